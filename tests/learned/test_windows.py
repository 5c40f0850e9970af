"""``casebook.learned.speaker_windows``: the text a speaker model reads, and its candidates.

Checked on the case-study article and on corpus stories: the quotation is marked once, every
candidate span lies in its window and reads as a mention of that actor, the candidates are the
nearest eight at most, and nothing from outside the quotation's two paragraphs is read.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from casebook.learned import speaker_windows
from casebook.learned.windows import KEEP, SIDE
from casebook.parse import parse_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus" / "stories"
STORIES = sorted(CORPUS.glob("t16*.txt"))[:40]


def _check(article) -> int:
    windows = speaker_windows(article)
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert [w.quote for w in windows] == direct
    paragraphs = {p.number: p for p in article.paragraphs}
    for window in windows:
        quote, text = window.quote, window.text
        header, body = text.split("\n", 1)
        assert header.startswith("speakers?")
        assert text.count("<< ") == 1 and text.count(" >>") == 1
        inside = body.split("<< ", 1)[1].rsplit(" >>", 1)[0]
        if len(quote.text) <= 2 * SIDE + 20:
            assert inside == quote.text
        else:
            assert inside.startswith(quote.text[:SIDE]) and inside.endswith(quote.text[-SIDE:])
        here, before = paragraphs[quote.paragraph], paragraphs.get(quote.paragraph - 1)
        allowed = article.text[(before or here).start:here.end]
        left, right = body.split("<< ", 1)[0], body.rsplit(" >>", 1)[1]
        assert left in allowed and right in allowed
        assert len(window.candidates) <= KEEP
        assert len({c.actor for c in window.candidates}) == len(window.candidates)
        for candidate in window.candidates:
            names = {m.text for m in article.mentions if m.actor == candidate.actor}
            (first_start, first_end), *rest = candidate.spans
            assert text[first_start:first_end] == candidate.name and first_end <= len(header)
            for start, end in rest:
                assert len(header) < start < end <= len(text)
                assert text[start:end] in names, (candidate.actor, text[start:end], names)
    return len(windows)


def test_windows_on_the_case_study_article(source_text: str) -> None:
    assert _check(parse_text(source_text, annotations=None)) >= 5


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.stem)
def test_windows_on_corpus_stories(story: Path) -> None:
    _check(parse_text(story.read_text(encoding="utf-8"), path=story.name, annotations=None))


def test_the_nearest_candidate_comes_first() -> None:
    text = (" date 2020-03-02 Example News, LIMA\n\n"
            "Ana Ruiz spoke first. Then Pedro Gomez took the stage.\n\n"
            "\u201cWe will win,\u201d he said on Monday.")
    article = parse_text(text, annotations=None)
    (window,) = speaker_windows(article)
    assert [c.name for c in window.candidates][:2] == ["Pedro Gomez", "Ana Ruiz"]
    assert window.text.startswith("speakers? Pedro Gomez ; Ana Ruiz ;\n")


def test_a_story_without_quotations_has_no_windows() -> None:
    article = parse_text(" date 2020-03-02 Example News, LIMA\n\nIt rained on Monday.", annotations=None)
    assert speaker_windows(article) == []
