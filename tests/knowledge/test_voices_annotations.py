"""voices.yaml: the real file (channels pinned to cues, later reactions with resolvable
citations) and every bad input, each reported with the file, the line and a fix."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from casebook import parse_article
from casebook.errors import AnnotationError
from casebook.knowledge.bib import read_bib
from casebook.knowledge.notes import CONFIDENCE
from casebook.knowledge.voices import CHANNELS, SIDES, load_voices

ROOT = Path(__file__).resolve().parents[2]
FILE = ROOT / "data" / "annotations" / "voices.yaml"
BIB = read_bib(ROOT / "references.bib")
ARTICLE = parse_article(ROOT / "data" / "source" / "reuters-2018-01-15.txt")


@pytest.fixture(scope="module")
def voices():
    return load_voices(FILE, ARTICLE, BIB)


def test_every_channel_entry_is_the_cue_of_a_quotation(voices) -> None:
    assert voices.channels
    cues = {q.cue_start: q for q in ARTICLE.quotes}
    for entry in voices.channels:
        assert entry.start in cues, entry
        assert ARTICLE.text[entry.start:entry.end] == entry.cue == cues[entry.start].cue
        assert entry.channel in CHANNELS and entry.reason and entry.confidence in CONFIDENCE


def test_the_later_reactions_cover_the_issue_and_their_citations_resolve(voices) -> None:
    reactions = voices.reactions
    assert len(reactions) >= 6
    for r in reactions:
        assert r.sources and all(key in BIB for key in r.sources), r.id
        assert all(BIB[key].get("url") for key in r.sources), r.id
        assert r.confidence in CONFIDENCE and r.side in SIDES
        assert ARTICLE.text[r.answer_start:r.answer_end] == r.answer
        paragraph = next(p for p in ARTICLE.paragraphs if p.number == r.paragraph)
        assert paragraph.start <= r.answer_start < r.answer_end <= paragraph.end
    said = " ".join(r.said for r in reactions)
    for phrase in ("It is not [illegal] that such a movement be established", "terrorist",
                   "will not be changed", "complaint", "neither join nor support", "intensified"):
        assert phrase in said, phrase
    # A fact from one report says so in its label.
    assert next(r for r in reactions if "28 people" in r.said).confidence == "1 source"


def test_a_quotation_in_a_reaction_is_short(voices) -> None:
    for r in voices.reactions:
        for quoted in re.findall(r"“([^”]+)”", r.said):
            assert len(quoted.split()) <= 25, (r.id, quoted)


# ------------------------------------------------------------ bad input

GOOD_CHANNEL = """channels:
  - paragraph: 5
    cue: wrote
    channel: social
    reason: why
    sources: [abc2018cnrm]
    confidence: "1 source"
"""
GOOD_REACTION = """reactions:
  - id: r1
    date: "2018-01-16"
    speaker: Someone
    side: government
    said: words
    answers: {paragraph: 4, anchor: "would provide a new structure"}
    sources: [rfa2018movement]
    confidence: "2+ agree"
"""


def _load(tmp_path: Path, text: str):
    path = tmp_path / "voices.yaml"
    path.write_text(text, encoding="utf-8")
    return load_voices(path, ARTICLE, BIB)


def test_the_minimal_file_loads(tmp_path: Path) -> None:
    voices = _load(tmp_path, GOOD_CHANNEL + GOOD_REACTION)
    assert voices.channels[0].platform is None and voices.reactions[0].paragraph == 4


@pytest.mark.parametrize(("text", "line", "fix"), [
    (GOOD_CHANNEL.replace("cue: wrote", "cue: tweeted"), 3, "copy the words"),
    (GOOD_CHANNEL.replace("paragraph: 5", "paragraph: 6").replace("cue: wrote", "cue: say"), 3,
     "not the cue of a quotation"),
    (GOOD_CHANNEL.replace("channel: social", "channel: radio"), 4, "use one of social"),
    (GOOD_CHANNEL.replace("[abc2018cnrm]", "[nosuchkey2018]"), 6, "add an entry"),
    (GOOD_CHANNEL.replace('"1 source"', "sure"), 7, "use one of"),
    (GOOD_CHANNEL.replace("    reason: why\n", ""), 2, "missing or empty 'reason'"),
    (GOOD_CHANNEL.replace("reason: why", "reason: why\n    colour: red"), 6, "unknown field 'colour'"),
    (GOOD_CHANNEL.replace("paragraph: 5", "paragraph: 40"), 2, "no paragraph 40"),
    (GOOD_REACTION.replace('"2018-01-16"', "January"), 3, "is not an ISO date"),
    (GOOD_REACTION.replace("side: government", "side: army"), 5, "use one of government"),
    (GOOD_REACTION.replace("would provide a new structure", "a structure nobody saw"), 7, "Fix"),
    (GOOD_REACTION + GOOD_REACTION.replace("reactions:\n", ""), 10, "used twice"),
    ("other: []\n", 1, "unknown top-level key"),
    ("channels: [\n", 2, "broken YAML"),
])
def test_each_bad_entry_names_the_file_the_line_and_the_fix(tmp_path: Path, text: str, line: int, fix: str) -> None:
    with pytest.raises(AnnotationError) as caught:
        _load(tmp_path, text)
    message = str(caught.value)
    assert f"voices.yaml:{line}" in message, message
    assert fix in message and "Fix" in message, message
