"""The voices table: every row against the source at its offsets and against the gold;
the channel and kind rules on invented sentences; the figures and the explorer's views."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from casebook import parse_text
from casebook.knowledge import load_case, load_voices
from casebook.book.voices import CHANNEL_RULES, KIND_RULES, collect_voices, speech_channel, speech_kind, voices_frame, voices_html
from casebook.book.voice_explorer import cue_frame, reactions_html, voice_views
from casebook.book.voice_figures import KIND_HATCHES, share_table, voice_map, voice_share

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "tests" / "gold" / "reuters-2018-01-15.json").read_text(encoding="utf-8"))
PRONOUNS = {"he", "she", "they", "it", "i", "we", "him", "her", "them", "his", "its", "their", "who"}


@pytest.fixture(scope="module")
def case():
    return load_case("reuters-2018-01-15", root=ROOT)


@pytest.fixture(scope="module")
def curated(case):
    return load_voices(ROOT / "data" / "annotations" / "voices.yaml", case.article, case.bibliography)


@pytest.fixture(scope="module")
def voices(case, curated):
    return collect_voices(case.article, case.annotations, curated)


def test_each_row_matches_the_source_at_its_offsets(case, voices) -> None:
    text = case.article.text
    assert len(voices) == len(case.article.quotes) >= 10
    for v in voices:
        assert text[v.start:v.end] == v.text, v
        assert text[v.cue_start:v.cue_end] == v.cue, v
        paragraph = next(p for p in case.article.paragraphs if p.number == v.paragraph)
        assert paragraph.start <= v.start < v.end <= paragraph.end, v
        assert paragraph.start <= v.cue_start < v.cue_end <= paragraph.end, v


def test_every_speaker_equals_the_gold_and_is_never_a_pronoun(case, voices) -> None:
    gold = {(q["start"], q["end"]): q for q in GOLD["quotes"]}
    assert {(v.start, v.end) for v in voices} == set(gold), "the rows are not the gold's quotations"
    for v in voices:
        g = gold[(v.start, v.end)]
        assert v.actor == g["speaker_actor"], (v.text, v.actor, g["speaker_actor"])
        assert v.cue == g["cue"]
        assert v.speaker.lower() not in PRONOUNS and v.speaker not in ("", "unknown")
        assert v.speaker == case.annotations.actor(v.actor).label
        if g["speaker_text"].lower() in PRONOUNS | {"the statement"}:
            assert v.written_as.lower() == g["speaker_text"].lower()
        assert (v.kind == "reported") == (g["kind"] == "reported")


def test_kinds_channels_and_lemmas_of_the_article(voices) -> None:
    by_cue = {(v.paragraph, v.cue): v for v in voices}
    assert by_cue[(10, "called")].kind == by_cue[(10, "said")].kind == "fragment"
    assert by_cue[(11, "said")].kind == "direct" and by_cue[(5, "wrote")].kind == "direct"
    assert by_cue[(4, "said")].channel == "social" and by_cue[(4, "said")].platform == "Twitter"
    assert by_cue[(4, "said")].channel_rule == "on-named-platform"
    assert by_cue[(5, "wrote")].channel_rule == "annotation" and by_cue[(5, "wrote")].channel_reason
    assert {by_cue[(p, c)].channel for p, c in ((7, "According to"), (8, "said"), (9, "said"))} == {"statement"}
    assert by_cue[(13, "decried")].lemma == "decry" and by_cue[(14, "called")].lemma == "call"
    assert by_cue[(7, "According to")].lemma == "according to"
    for v in voices:
        assert v.channel_rule in CHANNEL_RULES and v.kind in KIND_RULES


@pytest.mark.parametrize(("text", "channel", "rule"), [
    ("The minister said on Facebook that the plan would fail.", "social", "on-named-platform"),
    ("The minister said on Monday that the plan would fail.", "unstated", "none"),
    ("“The plan will fail,” the minister said in a tweet.", "social", "post-words"),
    ("The party said in a statement that it would appeal.", "statement", "statement-words"),
    ("“We will appeal,” the lawyer told reporters.", "press", "told-the-press"),
    ("“We will appeal,” the lawyer said at a news conference.", "press", "told-the-press"),
    ("“We will appeal,” the lawyer said.", "unstated", "none"),
])
def test_channel_rules_on_invented_sentences(text: str, channel: str, rule: str) -> None:
    article = parse_text(" date 2020-03-02 Agency, LIMA\n\n" + text)
    assert article.quotes, f"the parser found no quotation in {text!r}"
    got, _platform, got_rule = speech_channel(article, article.quotes[0])
    assert (got, got_rule) == (channel, rule)


@pytest.mark.parametrize(("text", "kind"), [
    ("The minister called the plan “reckless”.", "fragment"),
    ("The minister called the plan “a danger to us all”.", "fragment"),
    ("The minister said “we will win”.", "direct"),
    ("“We will win,” the minister said.", "direct"),
    ("The minister said that the party would win.", "reported"),
])
def test_kind_rule_on_invented_sentences(text: str, kind: str) -> None:
    article = parse_text(" date 2020-03-02 Agency, LIMA\n\n" + text)
    assert article.quotes, text
    assert speech_kind(article.quotes[0]) == kind


def test_the_table_and_frame(voices) -> None:
    frame = voices_frame(voices)
    assert list(frame.index) == list(range(1, len(voices) + 1))
    assert frame["words"].sum() == sum(len(re.findall(r"[\w’'-]+", v.text)) for v in voices)
    page = voices_html(voices, caption="Table 1")
    assert page.count("<tr>") == len(voices) + 1 and "source.html#p11" in page
    assert 'data-label="Speaker and side"' in page and "written “he”" in page


def test_voice_share_tells_the_kinds_apart_by_more_than_colour(voices) -> None:
    import matplotlib.pyplot as plt

    assert len(set(KIND_HATCHES.values())) == 3
    fig = voice_share(voices)
    bars = [p for ax in fig.axes for p in ax.patches if (p.get_gid() or "").startswith("bar-")]
    hatches = {p.get_gid().split("-")[1]: p.get_hatch() or "" for p in bars}
    assert set(hatches) == {"direct", "fragment", "reported"}
    assert len(set(hatches.values())) == 3
    sides = share_table(voices, by="side")
    assert sum(sum(k.values()) for k in sides.values()) == sum(v.words for v in voices)
    plt.close(fig)


def test_voice_map_puts_each_side_where_it_speaks(case, voices) -> None:
    import matplotlib.pyplot as plt

    fig = voice_map(voices, len(case.article.paragraphs))
    gids = {c.get_gid() for c in fig.axes[0].collections}
    for v in voices:
        assert f"voice-{v.side}-{v.paragraph}-{'reported' if v.kind == 'reported' else 'quoted'}" in gids
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert any(t.startswith("first word") for t in texts) and any(t.startswith("last word") for t in texts)
    plt.close(fig)


def test_explorer_views_and_the_other_tables(case, curated, voices) -> None:
    views = voice_views(case.article, voices)
    speakers = [k for k in views if k.startswith("Speaker: ")]
    assert len(speakers) == len({v.speaker for v in voices})
    for v in voices:
        view = views[f"Speaker: {v.speaker}"]
        assert v.cue in view and "Speaker found by" in view and "Channel" in view
    assert views[next(iter(views))].count('class="cb-voice-item"') == len(voices)
    verbs = cue_frame(voices)
    assert {"say", "decry", "call"} <= set(verbs["verb"])
    table = reactions_html(curated.reactions, case.article, case.bibliography, caption="Table 3")
    assert table.count("<tr>") == len(curated.reactions) + 1 and "Confidence: 2+ agree" in table
