"""The currency table is cached where every other rebuildable file of factcheck goes."""

from __future__ import annotations

import json

from factcheck import currencies


def test_currency_table_is_cached_in_factcheck_cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    currencies.currency_symbols.cache_clear()
    try:
        table = currencies.currency_symbols()
        written = list(tmp_path.glob("currency-symbols-*.json"))
        assert len(written) == 1
        assert json.loads(written[0].read_text(encoding="utf-8")) == table
        assert table["RM"] == "MYR" and table["HK$"] == "HKD"
        currencies.currency_symbols.cache_clear()
        assert currencies.currency_symbols() == table  # read back from the file
    finally:
        currencies.currency_symbols.cache_clear()


def test_currency_table_without_a_writable_cache_is_rebuilt(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocked / "cache"))
    currencies.currency_symbols.cache_clear()
    try:
        assert currencies.currency_symbols()["RM"] == "MYR"
    finally:
        currencies.currency_symbols.cache_clear()


def test_tender_codes_are_cached_and_a_bad_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    currencies.tender_codes.cache_clear()
    try:
        codes = currencies.tender_codes()
        assert {"USD", "INR", "EUR"} <= codes and "DEM" not in codes  # marks went in 2002
        written = list(tmp_path.glob("currency-tender-*.json"))
        assert len(written) == 1 and json.loads(written[0].read_text()) == sorted(codes)
        for content in ("", "[]", '{"USD": 1}', "[1, 2]", "not json"):
            written[0].write_text(content)
            currencies.tender_codes.cache_clear()
            assert currencies.tender_codes() == codes
        currencies.tender_codes.cache_clear()
        monkeypatch.setattr(currencies, "get_global", None)  # babel's data is not read again
        assert currencies.tender_codes() == codes
    finally:
        currencies.tender_codes.cache_clear()
