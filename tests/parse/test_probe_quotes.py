"""The held-out Reuters-style probe, parsed WITHOUT annotations: quotations and names.

tests/probe/reuters_style_probe.yaml was written by the gold annotator, by hand and
before any parser ran on it (see tests/probe/README.md). Each item's text is parsed
on its own, with its own document date, and must give exactly the expected
quotations (speaker, cue, kind, content) and every expected person/organisation name.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from casebook import parse_text

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "probe" / "reuters_style_probe.yaml"

ITEMS = yaml.safe_load(PROBE.read_text(encoding="utf-8"))


def _name(value: str | None) -> str:
    """Speakers compare without a leading "the" (probe convention) and case."""
    name = (value or "").strip()
    return (name[4:] if name.lower().startswith("the ") else name).casefold()


def _parse(item: dict):
    return parse_text(item["text"], date=str(item["dct"]))


@pytest.mark.parametrize("item", [i for i in ITEMS if "quotes" in i.get("expect", {})], ids=lambda i: i["id"])
def test_probe_quotations(item: dict) -> None:
    parsed = _parse(item)
    got = Counter((_name(q.speaker), q.cue, q.kind, q.text) for q in parsed.quotes)
    want = Counter((_name(q["speaker"]), q["cue"], q["kind"], q["content"]) for q in item["expect"]["quotes"])
    assert got == want, f"{item['text']}\nmissing: {want - got}\nspurious: {got - want}"
    for quote in parsed.quotes:  # offsets hold and the cue is as written
        assert item["text"][quote.start : quote.end] == quote.text
        assert item["text"][quote.cue_start : quote.cue_end] == quote.cue


@pytest.mark.parametrize("item", [i for i in ITEMS if "names" in i.get("expect", {})], ids=lambda i: i["id"])
def test_probe_names(item: dict) -> None:
    """Every expected name is found; any other name found must be one we typed a place
    (the probe lists people and organisations only)."""
    parsed = _parse(item)
    found = {m.text: m for m in parsed.mentions if m.kind != "pronoun"}
    expected = set(item["expect"]["names"])
    assert expected <= set(found), f"{item['text']}\nmissing: {expected - set(found)}"
    extra = {text for text, m in found.items() if text not in expected and m.actor_type != "place"}
    assert not extra, f"{item['text']}\nnames not in the probe: {extra}"
