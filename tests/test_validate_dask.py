"""`factcheck validate --dask`: the same results, in the same order, as `--jobs 1`."""

from __future__ import annotations

import json

import pytest

from test_validate import make_corpus, run, without_run

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as local:
        yield local


def outputs(out):
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    reports = {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.json"))
               if p.name != "summary.json"}
    return without_run(summary), reports


def test_dask_matches_jobs_1(tmp_path, cluster):
    articles = make_corpus(tmp_path / "articles")
    local = run(articles, "--out", tmp_path / "local", "--format", "github", "-q", "-j", "1")
    remote = run(articles, "--out", tmp_path / "dask", "--format", "github", "-q",
                 "--dask", cluster.scheduler_address)
    assert remote == local and local[0] == 1
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")
    # The second run reuses every report, wherever it was made.
    run(articles, "--out", tmp_path / "dask", "-q", "--dask", cluster.scheduler_address)
    summary = json.loads((tmp_path / "dask" / "summary.json").read_text(encoding="utf-8"))
    assert summary["run"]["from_cache"] == summary["counts"]["checked"]


def test_dask_many_articles_stay_in_order(tmp_path, cluster):
    corpus_file = tmp_path / "many.jsonl"
    with corpus_file.open("w", encoding="utf-8") as handle:
        for i in range(120):
            text = (f"Report {i}\n\nMore than 3,00,000 people have died in Syria's civil war."
                    + (" Syria's population is about 90 million." if i % 10 == 0 else ""))
            handle.write(json.dumps({"id": f"many-{i:03d}", "date": "2016-10-18",
                                     "locale": "en_IN", "text": text}) + "\n")
    local = run(corpus_file, "--format", "github", "-q", "-j", "1")
    remote = run(corpus_file, "--format", "github", "-q", "--dask", cluster.scheduler_address)
    assert remote == local and local[0] == 1
    assert local[1].count("::error") == 12


def test_unreachable_scheduler_is_bad_usage(tmp_path, capsys):
    articles = make_corpus(tmp_path / "articles")
    import dask
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        status, _ = run(articles, "-q", "--dask", "tcp://127.0.0.1:1")
    assert status == 2
    assert "--dask" in capsys.readouterr().err
