"""The run index: which reports it lists, where it links, and that it stays inert and offline."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.errors import InputError
from factcheck.model import Article, Report
from factcheck.serialize import report_to_dict
from factcheck.writers.index import IndexEntry, read_reports, render_index, write_index
from review_fixtures import aleppo_report, empty_report, hostile_report, overlapping_report
from test_writers_html import Page, script_blocks, sha256

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "review"


def write_run(folder: Path, reports: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for slug, report in reports.items():
        (folder / f"{slug}.json").write_text(json.dumps(report_to_dict(report)), "utf-8")
    return folder


@pytest.fixture
def run(tmp_path) -> Path:
    folder = write_run(tmp_path / "run", {"aleppo": aleppo_report(), "hostile": hostile_report(),
                                          "quiet": empty_report()})
    (folder / "summary.json").write_text('{"articles": 3}', "utf-8")
    (folder / "other.json").write_text('{"not": "a report"}', "utf-8")
    (folder / "aleppo.html").write_text("<p>already here</p>", "utf-8")
    return folder


def rows(text: str) -> list[dict]:
    return [a for t, a in Page(text).tags if t == "tr" and "data-row" in a]


def links(text: str) -> list[str]:
    return [a["href"] for t, a in Page(text).tags if t == "a" and "href" in a]


def test_lists_reports_and_skips_summary_and_other_json(run):
    assert [slug for slug, _ in read_reports(run)] == ["aleppo", "hostile", "quiet"]
    text = write_index(run).read_text("utf-8")
    assert len(rows(text)) == 3
    assert "3 articles, 6 claims checked" in text


def test_links_html_when_present_else_json(run):
    text = write_index(run).read_text("utf-8")
    hrefs = links(text)
    assert "./aleppo.html" in hrefs
    assert "./hostile.json" in hrefs and "./quiet.json" in hrefs
    assert (run / "aleppo.html").read_text() == "<p>already here</p>"  # never overwritten


def test_writes_missing_html_reports_when_the_reports_are_given(run):
    path = write_index(run, [hostile_report(), empty_report(), overlapping_report()])
    assert (run / "hostile.html").exists() and (run / "quiet.html").exists()
    assert not (run / "overlap.html").exists()  # no JSON of it in the folder: not part of the run
    assert "./hostile.html" in links(path.read_text("utf-8"))


def test_counts_per_verdict_in_each_row(run):
    text = write_index(run).read_text("utf-8")
    row = text.split('data-row="0"')[1].split("</tr>")[0]
    cells = re.findall(r'<td class="num[^"]*" data-sort="(\d+)"', row)
    assert cells == ["4", "1", "1", "1", "1"]  # claims, then worst verdict first


def test_filter_keys_carry_verdict_measure_and_publishers(run):
    text = write_index(run).read_text("utf-8")
    data = json.loads(script_blocks(text)[0][1])
    aleppo = data["findings"][0]
    assert {"v": "contradicted", "m": "deaths", "p": ["UN Special Envoy for Syria"]} in aleppo
    assert '<option value="deaths">deaths</option>' in text
    assert '<option value="UNHCR (Refugee Data Finder)">UNHCR (Refugee Data Finder)</option>' in text


def test_page_is_inert_offline_and_hashes_its_code(run):
    text = write_index(run).read_text("utf-8")
    page = Page(text)
    for tag, attrs in page.tags:
        assert tag not in ("img", "iframe", "object", "embed", "link", "base", "image"), tag
        assert not any(k.startswith("on") for k in attrs) and "src" not in attrs
        assert "style" not in attrs
    for href in links(text):
        assert href.startswith("./"), href  # only the run's own files; no network
    assert "<script>alert" not in text and "<img" not in text
    csp = next(a["content"] for t, a in page.tags if a.get("http-equiv") ==
               "Content-Security-Policy")
    assert "default-src 'none'" in csp
    assert f"script-src {sha256(script_blocks(text)[1][1])}" in csp
    assert f"style-src {sha256(page.styles[0])}" in csp


def test_chart_shows_at_most_twenty_articles(tmp_path):
    reports = {}
    for n in range(25):
        r = aleppo_report()
        reports[f"a{n:02d}"] = Report(Article(id=f"a{n:02d}", text=r.article.text),
                                      r.mentions, r.claims, r.findings[: 2 + n % 3])
    text = write_index(write_run(tmp_path / "many", reports)).read_text("utf-8")
    svg = text.split("<svg")[1].split("</svg>")[0]
    assert svg.count("<a href=") == 20
    assert len(rows(text)) == 25
    assert "(top 20)" in text


def test_chart_says_when_there_is_no_discrepancy(tmp_path):
    text = write_index(write_run(tmp_path / "calm", {"quiet": empty_report()})).read_text()
    assert "No article in this run has a discrepancy." in text and "<svg" not in text


def test_render_index_of_nothing():
    text = render_index([])
    assert "0 articles, 0 claims checked" in text
    assert "holds no article reports" in text


def test_hrefs_are_escaped_and_relative():
    entry = IndexEntry(slug='x"><b>', report=report_to_dict(aleppo_report()), href='./x"><b>.json')
    text = render_index([entry])
    assert 'href="./x&#34;&gt;&lt;b&gt;.json"' in text
    assert links(text).count('./x"><b>.json') == 2  # the row's link and the chart's, intact
    assert not any(t == "b" for t, _ in Page(text).tags)


def test_slugs_with_url_syntax_become_file_links(tmp_path):
    folder = write_run(tmp_path / "odd", {"javascript:alert(1) #?": aleppo_report()})
    assert "./javascript%3Aalert%281%29%20%23%3F.json" in links(write_index(folder).read_text())


def test_missing_folder_and_broken_json_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="not a folder"):
        write_index(tmp_path / "nowhere")
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "bad.json").write_text('{"schema_version": ', "utf-8")
    with pytest.raises(InputError, match=r"bad\.json.*invalid JSON"):
        write_index(folder)


def test_report_command(run, capsys):
    assert main(["report", str(run)]) == 0
    assert capsys.readouterr().out.strip() == str(run / "index.html")
    assert (run / "index.html").exists()


def test_report_command_on_bad_input(tmp_path, capsys):
    assert main(["report", str(tmp_path / "nowhere")]) == 2
    assert "nowhere: not a folder" in capsys.readouterr().err


def test_report_command_on_the_fixture_run(tmp_path):
    import shutil
    folder = shutil.copytree(FIXTURES / "new", tmp_path / "new")
    assert main(["report", str(folder)]) == 0
    text = (folder / "index.html").read_text("utf-8")
    assert len(rows(text)) == 3 and "A story added later" in text


def write_severity_run(folder: Path, names: tuple[str, str, str]) -> None:
    """Reports of three articles, named one contradicted, three imprecise and two contradicted
    claims: by discrepancy count alone the second would lead; by severity it comes last."""
    import dataclasses
    from factcheck.model import Verdict
    C, I, S = Verdict.CONTRADICTED, Verdict.IMPRECISE, Verdict.SUPPORTED
    for name, verdicts in zip(names, ((C, S, S, S), (I, I, I, S), (C, C, S, S))):
        base = aleppo_report()
        report = dataclasses.replace(
            base, article=dataclasses.replace(base.article, id=name, title=name),
            findings=tuple(dataclasses.replace(f, verdict=v)
                           for f, v in zip(base.findings, verdicts)))
        (folder / f"{name}.json").write_text(json.dumps(report_to_dict(report)), "utf-8")


def test_chart_orders_articles_by_severity(tmp_path):
    """Most contradicted first, then most imprecise: not by the count of discrepancies."""
    write_severity_run(tmp_path, ("one", "imprecise", "two"))
    text = write_index(tmp_path).read_text("utf-8")
    chart = text[text.index('<section class="chart">'):text.index("</svg>")]
    assert [chart.index(f">{n}<title>") for n in ("two", "one", "imprecise")] == sorted(
        chart.index(f">{n}<title>") for n in ("two", "one", "imprecise"))


def test_rows_stream_from_the_spool_into_the_page(tmp_path):
    """The template writes each row before the next is read back from the spool: the page is
    never built whole (flat memory for any number of articles)."""
    from factcheck.writers.index import IndexPage
    written = []

    class Out:
        def write(self, piece):
            written.append(piece)

    with IndexPage("Streaming") as page:
        real_rows = page._rows
        pulled = []

        def watched(verdicts):
            for row in real_rows(verdicts):
                if pulled:  # the row before this one is already on its way to the file
                    assert f'data-row="{pulled[-1]}"' in "".join(written)
                pulled.append(row[0])
                yield row

        page._rows = watched
        for n in range(50):
            page.add(IndexEntry(slug=f"a{n}", report=report_to_dict(aleppo_report()),
                                href=f"./a{n}.json"))
        page.write(Out())
    assert pulled == list(range(50))
    assert [r["data-row"] for r in rows("".join(written))] == [str(n) for n in range(50)]
