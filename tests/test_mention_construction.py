"""make_mention builds the same immutable Mention as the dataclass constructor."""

import copy
import dataclasses
import pickle
from decimal import Decimal

import pytest

from factcheck.mentions import find_mentions
from factcheck.model import Alternative, Bound, Kind, Mention, make_mention

FIELDS = dict(start=3, end=9, text="about 5", kind=Kind.COUNT, value=Decimal(5), low=None,
              high=None, unit=None, bound=Bound.APPROX, style="plain",
              alternatives=(Alternative(Decimal(5), ("en",), "plain"),), problem=None,
              qualifier="about")


def test_same_as_the_constructor():
    made, built = make_mention(**FIELDS), Mention(**FIELDS)
    assert type(made) is Mention
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert dataclasses.asdict(made) == dataclasses.asdict(built)
    assert pickle.loads(pickle.dumps(made)) == built
    assert copy.deepcopy(made) == built
    assert dataclasses.replace(made, start=0) == Mention(**{**FIELDS, "start": 0})


def test_immutable():
    made = make_mention(**FIELDS)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.value = Decimal(6)


def test_takes_every_field():
    assert list(FIELDS) == [f.name for f in dataclasses.fields(Mention)]
    with pytest.raises(TypeError):
        make_mention(**{k: v for k, v in FIELDS.items() if k != "qualifier"})


def test_reader_mentions_equal_constructed_ones():
    for m in find_mentions("More than 3,00,000 people and Rs 3,000 crore, about 45 per cent"):
        assert m == Mention(**{f.name: getattr(m, f.name) for f in dataclasses.fields(Mention)})
