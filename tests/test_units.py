"""The unit table: pint's definitions, computed once and read back exactly."""

import json
from decimal import Decimal

import pytest

from factcheck import units


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    units._seconds.cache_clear()
    yield tmp_path
    units._seconds.cache_clear()


def test_table_agrees_with_pint_for_every_unit(fresh):
    from_pint = units.seconds_table_from_pint(units._lexicon_units())
    for unit in from_pint:
        for target in ("second", "day", "year"):
            via_pint = Decimal(units.duration(Decimal(3), unit).to(
                units._ALIASES.get(target, target)).magnitude)
            assert units.to_unit(Decimal(3), unit, target) == pytest.approx(via_pint, rel=Decimal('1e-12'))


def test_table_is_cached_and_rebuilt_when_pint_changes(fresh, monkeypatch):
    assert units.to_unit(Decimal(2), "week", "day") == 14
    path = fresh / "time-units.json"
    saved = json.loads(path.read_text())
    assert saved["seconds"]["hour"] == "3600"
    saved["seconds"]["hour"] = "7"  # a table left by another pint must not be trusted
    saved["key"]["pint"] = "another pint"
    path.write_text(json.dumps(saved))
    units._seconds.cache_clear()
    assert units.to_unit(Decimal(1), "hour", "second") == 3600


def test_known_units_need_no_pint_registry(fresh):
    units.to_unit(Decimal(1), "decade", "year")  # fills the cache
    units._seconds.cache_clear()
    units.registry.cache_clear()
    assert units.to_unit(Decimal(1), "decade", "year") == 10
    assert units.is_time_unit("fortnight") and not units.is_time_unit("metre")
    assert units.to_unit(Decimal(1), "decade", "year") == 10
