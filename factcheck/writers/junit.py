"""JUnit XML for CI dashboards: a test suite per article, a test case per checked claim.

A finding that fails the run is a <failure>; an unverifiable claim that does not is <skipped>
(it could not be tested); an article that could not be read is a test case with an <error>.
Suites are spooled to a temporary file as they arrive, so memory stays flat on big corpora;
the file is written atomically when the run ends.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import XMLGenerator

from ..fileio import open_atomic
from ..model import Verdict

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _x(text) -> str:
    """Text without the characters XML 1.0 cannot hold (an article may contain them)."""
    return _NOT_XML.sub("\ufffd", str(text))


def _case_name(f) -> str:
    where = f"line {f.line}: " if f.line else ""
    about = f.measure + (f" of {f.subject}" if f.subject else "")
    return f"{where}{f.claim} ({about})"


def article_suite(result) -> ET.Element:
    """One <testsuite> for one article result."""
    name = result.id or result.source or "article"
    suite = ET.Element("testsuite", name=_x(name))
    if result.source:
        suite.set("file", _x(result.source))
    failures = errors = skipped = 0
    if result.error is not None:
        case = ET.SubElement(suite, "testcase", name="read article", classname=_x(name))
        if result.failing:
            errors += 1
            ET.SubElement(case, "error", message=_x(result.error), type="unreadable").text = \
                _x(result.detail or result.error)
        else:
            skipped += 1
            ET.SubElement(case, "skipped", message=_x(f"accepted in baseline: {result.error}"))
    for f in result.findings:
        case = ET.SubElement(suite, "testcase", name=_x(_case_name(f)), classname=_x(name))
        if result.source:
            case.set("file", _x(result.source))
        if f.line:
            case.set("line", str(f.line))
        if f.failing:
            failures += 1
            failure = ET.SubElement(case, "failure", message=_x(f.explanation), type=f.verdict.value)
            failure.text = _x("\n".join([f"claim: {f.claim}", f"sentence: {f.sentence}",
                                      f"fingerprint: {f.fingerprint}", *f.sources]))
        elif f.verdict is Verdict.UNVERIFIABLE:
            skipped += 1
            ET.SubElement(case, "skipped", message=_x(f.explanation))
        elif f.accepted:
            ET.SubElement(case, "system-out").text = _x(
                f"{f.verdict.value}, accepted" + ("" if f.accepted_inline else " in baseline")
                + (f": {f.accepted_reason}" if f.accepted_reason else "") + f"\n{f.explanation}")
        elif f.verdict is not Verdict.SUPPORTED:
            ET.SubElement(case, "system-out").text = _x(f"{f.verdict.value}: {f.explanation}")
    tests = len(suite)
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", str(skipped))
    suite.set("time", "0")
    return suite


class JUnitWriter:
    def __init__(self, path: str):
        self.path = Path(path)
        self.spool = None
        self.totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}

    def start(self, run) -> None:
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8")

    def handle(self, result) -> None:
        suite = article_suite(result)
        for key in self.totals:
            self.totals[key] += int(suite.get(key))
        self.spool.write(ET.tostring(suite, encoding="unicode"))
        self.spool.write("\n")

    def stop(self, summary) -> None:
        try:
            with open_atomic(self.path) as out:
                xml = XMLGenerator(out, encoding="utf-8")
                xml.startDocument()
                out.write("\n")
                xml.startElement("testsuites", {"name": "factcheck",
                                                "time": f"{summary.elapsed:.3f}",
                                                **{k: str(v) for k, v in self.totals.items()}})
                out.write("\n")
                self.spool.seek(0)
                shutil.copyfileobj(self.spool, out)
                xml.endElement("testsuites")
                out.write("\n")
        finally:
            self.spool.close()
