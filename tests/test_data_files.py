"""The data files of factcheck/data/, read through their parsed copies in the user cache."""

import datetime as dt
import os

import yaml

from factcheck import lexicon


def test_every_data_file_reads_as_its_yaml():
    for path in sorted(lexicon.DATA_DIR.glob("*.yaml")):
        expected = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert lexicon.load_data_file(path.name) == expected  # parsed, or from the copy
        assert lexicon.load_data_file(path.name) == expected  # from the copy


def _use(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(lexicon, "DATA_DIR", data)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    return data


def test_an_edited_file_is_read_again(tmp_path, monkeypatch):
    data = _use(tmp_path, monkeypatch)
    path = data / "words.yaml"
    path.write_text("deaths: [died, killed]\n")
    assert lexicon.load_data_file("words.yaml") == {"deaths": ["died", "killed"]}
    assert (tmp_path / "cache" / "data-words.json").is_file()
    path.write_text("deaths: [died, killed, perished]\n")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert lexicon.load_data_file("words.yaml") == {"deaths": ["died", "killed", "perished"]}


def test_a_broken_copy_is_parsed_again(tmp_path, monkeypatch):
    data = _use(tmp_path, monkeypatch)
    (data / "words.yaml").write_text("a: 1\nb: [x, 2.5, true, null]\n")
    assert lexicon.load_data_file("words.yaml") == {"a": 1, "b": ["x", 2.5, True, None]}
    (tmp_path / "cache" / "data-words.json").write_text('{"key": [1, "wor')
    assert lexicon.load_data_file("words.yaml") == {"a": 1, "b": ["x", 2.5, True, None]}


def test_content_json_cannot_hold_exactly_is_never_copied(tmp_path, monkeypatch):
    data = _use(tmp_path, monkeypatch)
    (data / "dated.yaml").write_text("since: 2016-10-18\n1: one\n")
    assert lexicon.load_data_file("dated.yaml") == {"since": dt.date(2016, 10, 18), 1: "one"}
    assert not (tmp_path / "cache" / "data-dated.json").exists()
    assert lexicon.load_data_file("dated.yaml") == {"since": dt.date(2016, 10, 18), 1: "one"}


def test_without_a_writable_cache_the_file_is_parsed(tmp_path, monkeypatch):
    data = _use(tmp_path, monkeypatch)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    (data / "words.yaml").write_text("a: [b]\n")
    assert lexicon.load_data_file("words.yaml") == {"a": ["b"]}
