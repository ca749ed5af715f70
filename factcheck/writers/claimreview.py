"""schema.org ClaimReview JSON-LD, one file per checked claim, for publishing fact-checks.

The rating maps the verdict onto a 1..4 scale (4 supported, 1 contradicted) and names it in
`alternateName`; `itemReviewed` is the claim as it appeared in the article (its URL and date).
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import DISTRIBUTION, PROJECT_URL
from ..fileio import write_atomic
from ..model import Verdict

WORST = max(v.severity for v in Verdict)


def claim_review(result, f, reviewed: str) -> dict:
    """The ClaimReview of one finding of one article."""
    appearance = {"@type": "NewsArticle", "headline": result.title, "url": result.url,
                  "datePublished": result.date}
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": f.fingerprint,
        "datePublished": reviewed,
        "author": {"@type": "Organization", "name": DISTRIBUTION, "url": PROJECT_URL},
        "claimReviewed": f.sentence,
        "reviewBody": f.explanation,
        "reviewRating": {"@type": "Rating", "alternateName": f.verdict.value,
                         "ratingValue": WORST + 1 - f.verdict.severity,
                         "bestRating": WORST + 1, "worstRating": 1},
        "itemReviewed": {"@type": "Claim",
                         "appearance": {k: v for k, v in appearance.items() if v},
                         "datePublished": result.date},
        "isBasedOn": [{"@type": "Dataset", "url": url} for url in f.sources],
    }
    if not result.date:
        del review["itemReviewed"]["datePublished"]
    return review


class ClaimReviewWriter:
    def __init__(self, directory: str):
        self.directory = Path(directory)
        self.reviewed = None

    def start(self, run) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.reviewed = run.started.date().isoformat()

    def handle(self, result) -> None:
        if result.error is not None or not result.name:
            return
        for f in result.findings:
            data = claim_review(result, f, self.reviewed)
            write_atomic(self.directory / f"{result.name}-{f.fingerprint[:12]}.jsonld",
                         json.dumps(data, ensure_ascii=False, indent=2) + "\n")

    def stop(self, summary) -> None:
        pass
