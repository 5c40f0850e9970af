"""Paragraphs and sentences: gold agreement, abbreviation traps, line ends."""
from __future__ import annotations

from typing import Any

import pytest

from casebook.parse.header import parse_header
from casebook.parse.segment import split_paragraphs, split_sentences


def sentences_of(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, split_paragraphs(text))]


def test_article_has_fourteen_body_paragraphs(source_text: str) -> None:
    header = parse_header(source_text)
    assert header is not None
    paragraphs = split_paragraphs(source_text, header.end)
    # Counted by eye: 15 blank-line-separated blocks, the first being the header.
    assert len(paragraphs) == 14
    assert [p.number for p in paragraphs] == list(range(1, 15))
    assert paragraphs[0].text.startswith("Foreign-based members")
    assert paragraphs[-1].text.endswith("democracy in Cambodia.")


def test_article_sentences_equal_gold(source_text: str, gold: dict[str, Any]) -> None:
    header = parse_header(source_text)
    assert header is not None
    found = split_sentences(source_text, split_paragraphs(source_text, header.end))
    expected = [(s["start"], s["end"], s["paragraph"]) for s in gold["sentences"]]
    assert [(s.start, s.end, s.paragraph) for s in found] == expected
    assert [s.number for s in found] == list(range(1, len(expected) + 1))


def test_khmer_name_sen_ends_a_sentence_mid_paragraph(source_text: str) -> None:
    # Metamorphic: join paragraphs 2 and 3, so "Hun Sen." is no longer at a paragraph end.
    joined = source_text.replace("Hun Sen.\n\nParty leader", "Hun Sen. Party leader")
    assert joined != source_text
    header = parse_header(joined)
    assert header is not None
    found = split_sentences(joined, split_paragraphs(joined, header.end))
    texts = [s.text for s in found]
    assert any(t.endswith("Prime Minister Hun Sen.") for t in texts)
    assert any(t.startswith("Party leader Kem Sokha") for t in texts)
    assert len(found) == 15  # same sentences, one paragraph fewer
    assert max(s.paragraph for s in found) == 13


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith said the hearing had been postponed.",
        "Gen. Pol Saroeun said troops would stay in barracks.",
        "Dr. Chan treated the wounded at St. Mary hospital.",
        "The U.S. Embassy said it was concerned.",
        "The U.N. Security Council met behind closed doors.",
        "Former U.S. President John F. Kennedy visited the temples.",
        "Lt. Col. Sok said turnout was 83.2 percent.",
        "He called the movement “desperate” and said it was finished.",
    ],
)
def test_no_split_inside_one_sentence(text: str) -> None:
    assert sentences_of(text) == [text]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The plan was approved by Prime Minister Hun Sen. Party officials agreed.",
            ["The plan was approved by Prime Minister Hun Sen.", "Party officials agreed."],
        ),
        (
            # "Sen." after a word that is not a name is the title Senator (US, Philippine news).
            "He met Sen. Jones. They talked.",
            ["He met Sen. Jones.", "They talked."],
        ),
        (
            "Sen. John McCain said on Monday the vote would fail. Sen. Elizabeth Warren agreed.",
            ["Sen. John McCain said on Monday the vote would fail.", "Sen. Elizabeth Warren agreed."],
        ),
        (
            "“It is over,” said Sen. Chuck Grassley. Republican Sen. Lindsey Graham disagreed.",
            ["“It is over,” said Sen. Chuck Grassley.", "Republican Sen. Lindsey Graham disagreed."],
        ),
        (
            # After a capitalised name word, "Sen." ends a (Khmer or Bengali) name and the sentence.
            "The award went to Amartya Sen. Critics were silent.",
            ["The award went to Amartya Sen.", "Critics were silent."],
        ),
        (
            "Philippine Sen. Leila de Lima was arrested. U.S. Sen. Ed Markey objected.",
            ["Philippine Sen. Leila de Lima was arrested.", "U.S. Sen. Ed Markey objected."],
        ),
        (
            "He said Sam is “a serial loser.” The party did not reply.",
            ["He said Sam is “a serial loser.”", "The party did not reply."],
        ),
        (
            '"The roads are closed," said Nhem Bora. "Nobody can get in."',
            ['"The roads are closed," said Nhem Bora.', '"Nobody can get in."'],
        ),
        (
            "Is it over? Nobody knows! (The vote was close.) Then it rained",
            ["Is it over?", "Nobody knows!", "(The vote was close.)", "Then it rained"],
        ),
        (
            "“Why now?” Jane Doe asked. “Why not?” The crowd laughed.",
            ["“Why now?” Jane Doe asked.", "“Why not?”", "The crowd laughed."],
        ),
    ],
)
def test_split_points(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


def test_lowercase_after_a_full_stop_does_not_split() -> None:
    text = "Prices rose 3.5 percent in the year to June, i.e. faster than wages."
    assert sentences_of(text) == [text]


def test_paragraph_breaks_in_every_line_end_style() -> None:
    for newline in ("\n", "\r\n", "\r"):
        text = newline.join(["First para.", "", "Second para,", "same para.", " \t", "", "Third."])
        paragraphs = split_paragraphs(text)
        assert [p.text for p in paragraphs] == [
            "First para.",
            f"Second para,{newline}same para.",
            "Third.",
        ], repr(newline)
        for p in paragraphs:
            assert text[p.start : p.end] == p.text


def test_sentences_never_cross_a_paragraph_break() -> None:
    text = "The vote was held by Hun Sen\n\nParty leaders met. They agreed."
    found = split_sentences(text, split_paragraphs(text))
    assert [(s.text, s.paragraph) for s in found] == [
        ("The vote was held by Hun Sen", 1),
        ("Party leaders met.", 2),
        ("They agreed.", 2),
    ]


def test_body_start_skips_the_header() -> None:
    text = " date 2009-06-15 Reuters, LIMA\n\nIt rained."
    header = parse_header(text)
    assert header is not None
    assert [p.text for p in split_paragraphs(text, header.end)] == ["It rained."]
