"""Held-out checks: the Reuters-style probe and the invented fixture story, both written by the
gold annotator before the parser ran. Sentence counts and date values only (quotes and names
are scored by the quotes/mentions tests)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from casebook import parse_article, parse_text

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests/probe/reuters_style_probe.yaml"
FIXTURE = ROOT / "tests/fixtures/other-story.txt"
FIXTURE_GOLD = ROOT / "tests/fixtures/other-story.gold.json"


def load_probe() -> list[dict[str, Any]]:
    """The probe file; a missing file is an error, not a reason to skip."""
    import yaml

    return yaml.safe_load(PROBE.read_text(encoding="utf-8"))


ITEMS = load_probe()


def _ids(item: dict[str, Any]) -> str:
    return str(item["id"])


def test_probe_is_not_empty() -> None:
    assert len(ITEMS) >= 10


@pytest.mark.parametrize("item", [i for i in ITEMS if "sentences" in i["expect"]], ids=_ids)
def test_probe_sentence_count(item: dict[str, Any]) -> None:
    article = parse_text(item["text"], date=_date(item["dct"]))
    assert len(article.sentences) == item["expect"]["sentences"], [s.text for s in article.sentences]


@pytest.mark.parametrize("item", [i for i in ITEMS if "timexes" in i["expect"]], ids=_ids)
def test_probe_timexes(item: dict[str, Any]) -> None:
    article = parse_text(item["text"], date=_date(item["dct"]))
    found = [{"text": t.text, "value": t.value, "granularity": t.granularity} for t in article.timexes]
    assert found == item["expect"]["timexes"]


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def test_fixture_story_sentences_and_timexes() -> None:
    gold = json.loads(FIXTURE_GOLD.read_text(encoding="utf-8"))
    article = parse_article(FIXTURE)
    assert [(s.start, s.end, s.paragraph) for s in article.sentences] == [
        (s["start"], s["end"], s["paragraph"]) for s in gold["sentences"]
    ]
    assert [(t.start, t.end, t.value, t.granularity) for t in article.timexes] == [
        (t["start"], t["end"], t["value"], t["granularity"]) for t in gold["timexes"]
    ]
