"""``may_spell``: the cheap test that stands before compiling an acronym's title pattern.

It must never say no where :func:`spelt_acronym` would match (else a title would be missed),
and it should say no for the common acronyms that spell no title before a name.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from casebook.parse.lexicon import may_spell, names_several, spelt_acronym

STORIES = Path(__file__).resolve().parents[1] / "corpus" / "stories"


@pytest.mark.parametrize(("acronym", "lead", "expected"), [
    ("CJP", "the Chief Justice of Pakistan ", True),
    ("IGP", "said Inspector General of Police, Dr ", True),
    ("AFP", "told the Chief Justice of Pakistan ", False),
    ("PM", "the Minister of ", False),  # the letters in the wrong order
])
def test_may_spell(acronym: str, lead: str, expected: bool) -> None:
    assert may_spell(acronym, lead, 0, len(lead)) is expected
    if not expected:
        assert spelt_acronym(acronym).search(lead) is None


def test_may_spell_never_refuses_a_window_the_pattern_matches() -> None:
    """Over the corpus: every acronym, against the 80 characters before each capitalised word."""
    checked = 0
    for path in sorted(STORIES.glob("*.txt"))[:200]:
        text = path.read_text(encoding="utf-8")
        acronyms = set(re.findall(r"\b[A-Z]{2,5}\b", text))
        for word in re.finditer(r"\b[A-Z][a-z]+", text):
            start = max(0, word.start() - 80)
            for acronym in acronyms:
                if spelt_acronym(acronym).search(text, start, word.start()):
                    checked += 1
                    assert may_spell(acronym, text, start, word.start()), (path.name, acronym, word.group())
    assert checked > 10  # the property was tested on real matches, not on none


@pytest.mark.parametrize(("words", "several"), [
    ("Opposition parties", True),            # Japan: a bare plural
    ("the PDP senators", True),              # Nigeria
    ("chants", True),                        # South Africa: a crowd's chants
    ("Mr Plasterk’s supporters", True),      # the Netherlands: an owner's plural
    ("the union boss", False),               # Trinidad and Tobago: a singular in -ss
    ("The Tajik president", False),          # Tajikistan: one office holder
    ("the crisis", False), ("the status", False),  # singulars in -is and -us
    ("the United Nations", False),           # a capitalised name, one body
])
def test_names_several(words: str, several: bool) -> None:
    assert names_several(words) is several
