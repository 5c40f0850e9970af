"""One rule for "phrase, occurrence N, in paragraph P" (casebook.parse.anchor).

Expected offsets are counted by hand on the small invented story below.
"""
from __future__ import annotations

import pytest

from casebook import AnnotationError, parse_text
from casebook.parse import anchor

STORY = (" date 2020-01-02 Reuters, LIMA\n\n"
         "He said the theft was over. The judge agreed, he said.\n\n"
         "Other news. “Yes,” said the judge.")
DOC = parse_text(STORY)
P1 = STORY.index("He said")


def test_first_letter_matches_either_case_and_words_keep_their_boundaries() -> None:
    # "he" matches "He" at the start and "he" before "said", never inside "the" or "theft".
    assert anchor(DOC, "he", 1, 1) == (P1, P1 + 2)
    second = STORY.index("he said.")
    assert anchor(DOC, "he", 1, 2) == (second, second + 2)


def test_the_header_is_paragraph_zero() -> None:
    start = STORY.index("LIMA")
    assert anchor(DOC, "LIMA", 0) == (start, start + 4)


def test_a_phrase_ending_in_punctuation_needs_no_word_boundary_there() -> None:
    start = STORY.index("“Yes,”")
    assert anchor(DOC, "“Yes,”", 2) == (start, start + len("“Yes,”"))


@pytest.mark.parametrize("phrase, paragraph, occurrence, words", [
    ("he", 1, None, ["occurs 2 times", "ambiguous", "occurrence: N"]),
    ("she", 1, None, ["does not occur in paragraph 1", "Fix"]),
    ("he", 1, 3, ["occurrence 3", "out of range", "from 1 to 2"]),
    ("judge", 7, None, ["no paragraph 7", "from 1 to 2"]),
    ("theft", 2, None, ["does not occur in paragraph 2"]),
])
def test_errors_name_the_entry_and_the_fix(phrase: str, paragraph: int, occurrence: int | None,
                                            words: list[str]) -> None:
    with pytest.raises(AnnotationError) as err:
        anchor(DOC, phrase, paragraph, occurrence, where="notes.yaml:12: notes[3]")
    message = str(err.value)
    assert message.startswith("notes.yaml:12: notes[3]: "), message
    for word in words:
        assert word in message, message
