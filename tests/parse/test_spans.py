"""Every item of every layer is anchored: text[start:end] == item.text (DESIGN §2)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casebook import parse_article, parse_text
from casebook.io.tables import LAYERS, layer_items

ROOT = Path(__file__).resolve().parents[2]
def check_every_layer(text: str, article: Any, assert_spans: Callable[..., None]) -> None:
    for layer in LAYERS:
        assert_spans(text, layer_items(article, layer))
    if article.header is not None:
        h = article.header
        assert text[h.date_start : h.date_start + len(h.date)] == h.date
        assert text[h.agency_start : h.agency_start + len(h.agency)] == h.agency
        assert text[h.place_start : h.place_start + len(h.place)] == h.place
    for quote in article.quotes:
        assert text[quote.cue_start : quote.cue_end] == quote.cue
        if quote.speaker_start is not None:
            assert quote.speaker_end is not None and quote.speaker_start < quote.speaker_end


def test_article_spans(source_path: Path, source_text: str, assert_spans: Callable[..., None]) -> None:
    article = parse_article(source_path)
    assert article.text == source_text
    check_every_layer(source_text, article, assert_spans)
    assert article.sentences and article.timexes  # the check above was not vacuous


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_spans_survive_other_line_ends(source_text: str, newline: str, assert_spans: Callable[..., None]) -> None:
    text = source_text.replace("\n", newline)
    check_every_layer(text, parse_text(text), assert_spans)


def test_fixture_story_spans(assert_spans: Callable[..., None]) -> None:
    path = ROOT / "tests/fixtures/other-story.txt"
    article = parse_article(path)
    check_every_layer(path.read_bytes().decode("utf-8"), article, assert_spans)
