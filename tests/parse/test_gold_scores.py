"""The parser scored against hand-made gold (tests/gold/, tests/fixtures/).

Floors on the source article (agreed in DESIGN.md §2 and the issue): sentences,
quotations with speakers (content span + speaker actor) and date values must be
perfect; mentions (span + actor) must reach F1 0.95. These are in-sample figures:
the rules were written while reading this article, so the book must not present
them as expected accuracy on other stories. The held-out invented story below
(no annotations) gives that honest figure.
Run with ``-s`` to see the score table.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebook import parse_article
from casebook.io.score import (
    score_article, score_quote_spans, score_quotes_by_name, score_sentences, score_timexes,
)

ROOT = Path(__file__).resolve().parents[2]
OTHER = ROOT / "tests" / "fixtures" / "other-story.txt"
OTHER_GOLD = ROOT / "tests" / "fixtures" / "other-story.gold.json"


def _report(title: str, scores) -> str:
    lines = [title] + [f"  {s.summary()}" for s in scores]
    for s in scores:
        lines += [f"    missed   {item}" for item in s.missed] + [f"    spurious {item}" for item in s.spurious]
    text = "\n".join(lines)
    print(text)
    return text


@pytest.fixture(scope="module")
def article_scores(gold: dict) -> dict:
    parsed = parse_article(ROOT / "data" / "source" / "reuters-2018-01-15.txt",
                                   annotations_dir=ROOT / "data" / "annotations")
    return score_article(parsed, gold)


def test_article_scores(article_scores: dict) -> None:
    report = _report("Source article, with annotations (in-sample):", list(article_scores.values()))
    # In-sample: the rules were written while reading this article, so anything below 1.0 is a regression.
    assert set(article_scores) >= {"sentences", "mentions", "quotes", "timexes"}
    for layer, score in article_scores.items():
        assert score.precision == 1.0 and score.recall == 1.0, f"{layer} below 1.0\n{report}"


def test_other_story_without_annotations() -> None:
    """A held-out invented story, parsed with no annotations at all.

    Measured when this test was written (first run, rules not changed afterwards):
    sentences 1.00; quote spans 9/9; quotes with the speaker's name 8/9 (P = R = 0.889);
    date expressions 7/7. The one miss is a naming extent: we name the speaker
    "Green Harbour Party of Veloria" (our rule keeps "of X" after an organisation head
    noun, as in "Ministry of the Interior"), the gold says "Green Harbour Party".
    Floors are what the parser scores now (2026-11-30), so that any regression fails:
    every sentence, quote span and date; the speaker's name for 8 of 9 quotations.
    """
    gold = json.loads(OTHER_GOLD.read_text(encoding="utf-8"))
    parsed = parse_article(OTHER, discover_annotations=False)
    scores = {
        "sentences": score_sentences(parsed.sentences, gold["sentences"]),
        "quote spans": score_quote_spans(parsed.quotes, gold["quotes"]),
        "quotes (name)": score_quotes_by_name(parsed.quotes, gold["quotes"]),
        "timexes": score_timexes(parsed.timexes, gold["timexes"]),
    }
    report = _report("Held-out story, no annotations:", list(scores.values()))
    floors = {"sentences": 1.0, "quote spans": 1.0, "quotes (name)": 8 / 9, "timexes": 1.0}
    for layer, floor in floors.items():
        score = scores[layer]
        assert score.precision >= floor - 1e-9 and score.recall >= floor - 1e-9, f"{layer} below {floor}\n{report}"
