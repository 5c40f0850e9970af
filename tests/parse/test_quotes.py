"""Quotations: mark pairing, attribution patterns, reported speech, the article.

Expected speakers, cues and contents are read off the texts by hand.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from casebook.knowledge.annotations import load_annotations
from casebook.parse.header import parse_header
from casebook.parse.lexicon import PRONOUNS
from casebook import parse_text
from casebook.parse.quotemarks import pair_quotes
from casebook.parse.segment import split_paragraphs, split_sentences

ROOT = Path(__file__).resolve().parents[2]
STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def sentences_of(text: str):
    header = parse_header(text, "<test>")
    return split_sentences(text, split_paragraphs(text, header.end if header else 0))


def quotes_of(text: str, annotations=None):
    """(quotations, warnings) of the whole pipeline (a story without a header gets any date)."""
    date = None if parse_header(text, "<test>") else "2020-01-01"
    article = parse_text(text, annotations=annotations, date=date)
    return list(article.quotes), list(article.warnings)


def rows(text: str, annotations=None) -> list[tuple[str, str, str, str, str]]:
    """(speaker, cue, kind, structure, content) per quotation."""
    quotes, _ = quotes_of(text, annotations)
    return [(q.speaker, q.cue, q.kind, q.structure, q.text) for q in quotes]


# ------------------------------------------------------------ pairing

def test_curly_straight_and_nested_marks_pair() -> None:
    text = 'He said “it is ‘final’ now” and "that is “all”" today.'
    spans, warnings = pair_quotes(text, sentences_of(text))
    assert [text[s.start : s.end] for s in spans] == ["it is ‘final’ now", "that is “all”"]
    assert warnings == []


def test_straight_marks_are_decided_by_position() -> None:
    text = 'She called it "a sham" and "unfair," adding "nothing" more.'
    spans, _ = pair_quotes(text, sentences_of(text))
    assert [text[s.start : s.end] for s in spans] == ["a sham", "unfair,", "nothing"]


def test_unbalanced_mark_gives_a_warning_with_offset_and_line_and_parsing_goes_on() -> None:
    text = "First paragraph is fine.\n\nHe held “this never closes.\n\nThen she said: “Here.”"
    spans, warnings = pair_quotes(text, sentences_of(text))
    assert [text[s.start : s.end] for s in spans] == ["Here."]
    assert len(warnings) == 1
    offset = text.index("“this")
    assert f"offset {offset} (line 3, column 9)" in warnings[0] and "Fix:" in warnings[0]


def test_a_mark_left_open_after_a_speech_verb_runs_to_the_paragraph_end_with_a_warning() -> None:
    text = "First paragraph is fine.\n\nHe said “this never closes.\n\nThen she said: “Here.”"
    spans, warnings = pair_quotes(text, sentences_of(text))
    assert [text[s.start : s.end] for s in spans] == ["this never closes.", "Here."]
    assert len(warnings) == 1 and "speech verb" in warnings[0] and "Fix:" in warnings[0]


@pytest.mark.parametrize("mark", ["“", '"'])
def test_after_an_unclosed_mark_the_rest_of_the_paragraph_still_pairs(mark: str) -> None:
    close = "”" if mark == "“" else '"'
    text = f"He called it {mark}desperate and said she is {mark}a serial loser.{close}"
    spans, warnings = pair_quotes(text, sentences_of(text))
    assert [text[s.start : s.end] for s in spans] == ["a serial loser."]
    assert len(warnings) == 1 and f"offset {text.index(mark)} " in warnings[0]


def test_stray_closing_mark_is_a_warning() -> None:
    text = "It ended” there. “Fine,” he said."
    spans, warnings = pair_quotes(text, sentences_of(text))
    assert [text[s.start : s.end] for s in spans] == ["Fine,"]
    assert len(warnings) == 1 and f"offset {text.index('”')}" in warnings[0]


def test_a_quote_running_into_the_next_paragraph_is_not_unbalanced() -> None:
    text = "“The first part goes on,” Mu Sochua said. “And on\n\n“until here,” she added."
    spans, warnings = pair_quotes(text, sentences_of(text))
    assert [text[s.start : s.end] for s in spans] == ["The first part goes on,", "And on", "until here,"]
    assert warnings == []


# ------------------------------------------------------------ direct quotes

def test_qcsv_and_qcvs() -> None:
    assert rows("“We will win,” Mu Sochua said.") == [("Mu Sochua", "said", "direct", "QCSV", "We will win,")]
    assert rows("“We will win,” said Mu Sochua, a former minister.") == [
        ("Mu Sochua", "said", "direct", "QCVS", "We will win,")]


def test_svq_fragment_and_colon() -> None:
    assert rows("Police chief Sao Sokha called the group “terrorist” on Tuesday.") == [
        ("Sao Sokha", "called", "direct", "SVQ", "terrorist")]
    assert rows("Chea Vuthy told Reuters: “The vote was rigged.”") == [
        ("Chea Vuthy", "told", "direct", "SV:Q", "The vote was rigged.")]


def test_split_quote_gives_one_item_per_stretch_with_the_same_speaker() -> None:
    assert rows("“We are ready,” Ilsa Varenne told reporters. “We will not lend it our votes.”") == [
        ("Ilsa Varenne", "told", "direct", "QCSV", "We are ready,"),
        ("Ilsa Varenne", "told", "direct", "CONT", "We will not lend it our votes."),
    ]


def test_pronoun_speaker_is_replaced_by_the_name() -> None:
    text = "Party leader Ilsa Varenne spoke in Port Aster.\n\n“We will not back down,” she said."
    assert rows(text) == [("Ilsa Varenne", "said", "direct", "QCSV", "We will not back down,")]


def test_mixed_quote_is_counted_once_as_direct() -> None:
    text = "Huy Vannak called the movement “desperate” and said Sam Rainsy is “a serial loser.”"
    assert rows(text) == [
        ("Huy Vannak", "called", "direct", "SVQ", "desperate"),
        ("Huy Vannak", "said", "direct", "SVQ", "a serial loser."),
    ]


# ------------------------------------------------------------ reported speech

@pytest.mark.parametrize(("text", "expected"), [
    ("Sam Rainsy on Sunday said on Twitter that the group would provide a new structure.",
     ("Sam Rainsy", "said", "reported", "SV-that", "the group would provide a new structure")),
    ("Chea Vuthy, a spokesman for the opposition, told Reuters on Thursday that the vote had been rigged.",
     ("Chea Vuthy", "told", "reported", "SV-that", "the vote had been rigged")),
    ("Rights groups have decried an ongoing crackdown against the media.",
     ("Rights groups", "decried", "reported", "SV", "an ongoing crackdown against the media")),
    # "One group" is one of several, named by no name: unknown, its words kept as the speaker span.
    ("One group called the party’s dissolution the death of democracy.",
     (None, "called", "reported", "SV", "the party’s dissolution the death of democracy")),
    # No one in the text issued a statement, so the speaker is unknown (issue 9), not "statement".
    ("According to the statement, the members include Mu Sochua.",
     (None, "According to", "reported", "ACCORDING-TO", "the members include Mu Sochua")),
    ("At least 40 people have been detained, according to the Velorian Bar Association.",
     ("Velorian Bar Association", "according to", "reported", "ACCORDING-TO", "At least 40 people have been detained")),
])
def test_reported_patterns(text: str, expected: tuple) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize("text", [
    "Sam Rainsy did not say the movement was calling for any protests at this point.",
    "Kem Sokha is accused of trying to overthrow the government.",
    "Exiles launched a movement to call for free and fair elections.",
    "The group called for calm on Monday.",
    "It was not immediately clear how widespread the backing was.",
])
def test_not_quotations(text: str) -> None:
    assert rows(text) == []


def test_coordinated_cue_with_an_edited_verb_keeps_only_the_speech() -> None:
    """The article's "charges he has denies and has said are ..." (an editing error kept verbatim)."""
    text = "Kem Sokha was arrested in September on charges he has denies and has said are politically motivated."
    assert rows(text) == [("Kem Sokha", "said", "reported", "SV", "are politically motivated")]


# ------------------------------------------------------------ the article

@pytest.fixture(scope="module")
def annotations():
    return load_annotations(ROOT / "data" / "annotations")


def test_article_quote_offsets(source_text: str, annotations, assert_spans) -> None:
    quotes, warnings = quotes_of(source_text, annotations)
    assert_spans(source_text, quotes)
    assert warnings == []
    for q in quotes:
        assert source_text[q.cue_start : q.cue_end] == q.cue


def test_article_statement_quotes_are_the_movement(source_text: str, annotations) -> None:
    quotes, _ = quotes_of(source_text, annotations)
    statement = [q for q in quotes if source_text[q.speaker_start : q.speaker_end] == "the statement"]
    assert len(statement) == 2  # "According to the statement", "… the statement said"
    assert {(q.speaker_actor, q.speaker) for q in statement} == {("cnrm", "Cambodia National Rescue Movement")}


def test_straight_quotes_give_the_same_quotations(source_text: str, annotations) -> None:
    """Metamorphic: replacing curly marks by straight ones keeps every offset, so the same
    quotations must be found, with the same speakers and cues."""
    straight = source_text.translate(STRAIGHT)
    assert straight != source_text and len(straight) == len(source_text)

    def keys(text: str):
        quotes, warnings = quotes_of(text, annotations)
        assert warnings == []
        return [(q.start, q.end, q.speaker_actor, q.cue, q.kind) for q in quotes]

    assert keys(straight) == keys(source_text)
    assert len(keys(source_text)) == 11


def test_without_annotations_speakers_are_surface_names_never_pronouns(source_text: str) -> None:
    quotes, _ = quotes_of(source_text, None)
    assert len(quotes) == 11
    unnamed = [q for q in quotes if q.speaker is None]
    # "One group called …": one of several groups, named by no name, so unknown (its words kept)
    assert [source_text[q.speaker_start : q.speaker_end] for q in unnamed] == ["One group"]
    for q in quotes:
        if q.speaker is None:
            continue
        assert q.speaker.lower() not in {p.lower() for p in PRONOUNS}, q
        assert q.speaker and q.speaker[0].isalpha(), q
    speakers = {(q.cue, q.text[:12]): q.speaker for q in quotes}
    assert speakers[("wrote", "The CNRM can")] == "Sam Rainsy"
    assert speakers[("said", "I advise the")] == "Huy Vannak"  # “…,” he said
    assert speakers[("said", "are politica")] == "Kem Sokha"  # charges he … has said
    assert speakers[("decried", "an ongoing c")] == "Rights groups"
    assert speakers[("called", "desperate")] == "Huy Vannak"
