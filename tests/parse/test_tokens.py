"""The speed-ups of the parser change no result: each is checked against the plain version.

The parse tokenises a story once (``TokenIndex``) and slices the tokens by offsets;
pattern names skip gazetteer spans with a merge walk; sentences are found by
binary search; YAML is parsed by libyaml when available. Each must give exactly
what the straightforward code gives, on tricky strings and random stretches.
"""
from __future__ import annotations

import bisect
import random
import re
from pathlib import Path

import pytest

from casebook.knowledge.annotations import load_annotations
from casebook.parse.header import parse_header
from casebook.parse.lexicon import PRONOUNS
from casebook.parse.names import _overlaps, _unblocked
from casebook.parse.segment import split_paragraphs, split_sentences
from casebook.parse.subjects import pronouns
from casebook.parse.tokens import TokenIndex, paragraph_at, sentence_at, starts_with_letter, tokenize

ROOT = Path(__file__).resolve().parents[2]
# The tokeniser as first written (one alternation per character); the fast one must agree.
REFERENCE_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"
    r"|[^\W\d_](?:\w|[’'](?!s\b)(?=\w)|-(?=\w))*"
    r"|\d(?:[\d,.:/-]*\d)?"
    r"|[’'](?=s\b)s"
    r"|[^\w\s]"
)
TRICKY = (
    "France’s U.S.-backed O’Brien's now-dissolved 1,200.5 2018-01-15 ’s 's -x x- U.S. "
    "snake_case A.B ’st Ο’Σ ² Ⅻ ‘quoted’ “CNRP’s”\u00a0end. it’s it's-a rock’n’roll 3:30pm"
)


def _texts() -> list[str]:
    story = (ROOT / "data" / "source" / "reuters-2018-01-15.txt").read_text(encoding="utf-8")
    return [TRICKY, story[:600], story]


def test_slices_of_the_index_are_the_tokens_of_every_stretch() -> None:
    text = TRICKY
    index = TokenIndex(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert index.between(start, end) == tokenize(text, start, end), (start, end)


def test_random_stretches_of_the_story_and_the_fast_tokeniser() -> None:
    rnd = random.Random(7)
    for text in _texts():
        assert [(t.start, t.end, t.text) for t in tokenize(text)] == [
            (m.start(), m.end(), m.group()) for m in REFERENCE_TOKEN.finditer(text)
        ]
        index = TokenIndex(text)
        for _ in range(400):
            start = rnd.randrange(len(text) + 1)
            end = rnd.randrange(start, len(text) + 1)
            assert index.between(start, end) == tokenize(text, start, end)
            stretch = tokenize(text, start, end)
            for keep in (starts_with_letter, pronouns):
                assert index.select(start, end, keep) == [t for t, ok in zip(stretch, keep(stretch)) if ok]
            assert index.select(start, end, starts_with_letter) == [t for t in stretch if t.is_word]
            assert index.select(start, end, pronouns) == [
                t for t in stretch if t.text in PRONOUNS or t.lower in PRONOUNS - {"i", "us"}
            ]
    alphabet = "aS s’'-_.,1 U.\n“”ΣΟ²"
    for _ in range(1500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 14)))
        assert [(t.start, t.end, t.text) for t in tokenize(text)] == [
            (m.start(), m.end(), m.group()) for m in REFERENCE_TOKEN.finditer(text)
        ], text


def test_blocked_tokens_are_the_ones_the_plain_check_blocks() -> None:
    tokens = tokenize(TRICKY * 2)
    rnd = random.Random(11)
    for _ in range(3000):
        starts = [rnd.randrange(0, len(TRICKY) * 2) for _ in range(rnd.randrange(0, 8))]
        spans = sorted((a, a + rnd.randrange(0, 12)) for a in starts)
        disjoint = all(b1 <= c0 for (_, b1), (c0, _) in zip(spans, spans[1:]))
        first = rnd.randrange(len(tokens))
        region = tokens[first : first + rnd.randrange(1, 30)]
        expected = [t for t in region if not _overlaps(spans, t)] if spans else region
        assert _unblocked(region, spans, disjoint) == expected, spans


def test_sentence_lookup_by_binary_search_matches_a_scan(source_text: str) -> None:
    header = parse_header(source_text)
    sentences = split_sentences(source_text, split_paragraphs(source_text, header.end if header else 0))
    starts = [s.start for s in sentences]
    assert starts == sorted(starts)
    for offset in range(-1, len(source_text) + 2):
        scanned = next((s for s in sentences if s.start <= offset < s.end), None)
        assert sentence_at(sentences, offset) is scanned
        assert paragraph_at(sentences, offset) == (scanned.paragraph if scanned else 0)
    assert bisect.bisect_right([], 0) == 0 and sentence_at((), 5) is None


def test_the_gazetteer_is_built_once_per_annotations() -> None:
    annotations = load_annotations(ROOT / "data" / "annotations")
    assert annotations.gazetteer is annotations.gazetteer
    assert annotations.actor("hun_sen") is next(a for a in annotations.actors if a.id == "hun_sen")


def test_libyaml_and_pure_python_yaml_give_the_same_marked_data() -> None:
    from casebook.knowledge import yaml_loaders as loaders

    assert loaders.FastLoader is not None, "the pinned PyYAML wheel ships libyaml; without it loading is slow"
    from casebook.knowledge.marked_yaml import _load

    def plain(value: object) -> object:
        if isinstance(value, dict):
            return ("map", value.line, value.key_lines, [(k, plain(v)) for k, v in value.items()])
        if isinstance(value, list):
            return ("seq", value.line, value.item_lines, [plain(v) for v in value])
        return (type(value).__name__, value)

    files = sorted((ROOT / "data" / "annotations").glob("*.yaml")) + [ROOT / "tests/probe/reuters_style_probe.yaml"]
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert plain(_load(loaders.FastLoader, text, path)) == plain(_load(loaders.Loader, text, path)), path


def test_every_mention_carries_the_paragraph_of_its_sentence(source_text: str) -> None:
    """Mentions take their paragraph where they are made (not in a second pass): check it."""
    from casebook import parse_text

    annotations = load_annotations(ROOT / "data" / "annotations")
    other = (ROOT / "tests" / "fixtures" / "other-story.txt").read_text(encoding="utf-8")
    for article in (parse_text(source_text, annotations=annotations), parse_text(source_text), parse_text(other)):
        assert article.mentions
        for mention in article.mentions:
            assert mention.paragraph == paragraph_at(article.sentences, mention.start), mention
