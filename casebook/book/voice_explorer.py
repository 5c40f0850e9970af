"""The quotation explorer's views, the framing table and the table of later reactions.

A view is escaped HTML, precomputed for one filter (all voices, one side, one
speaker): each quotation in its sentence, the cue verb and the quoted words
marked, with the speaker's role and the rules that attributed and classified
it. :func:`casebook.book.widgets.static_explorer` switches between the views
in the browser, with no kernel.
"""
from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

from casebook.book.explorers import explain_rule
from casebook.book.links import paragraph_link
from casebook.book.render_notes import sources_line
from casebook.book.style import SIDE_COLOURS, SIDE_LABELS, side_mark_style, side_swatch
from casebook.book.voices import CHANNEL_RULES, KIND_RULES, Voice
from casebook.knowledge.bib import BibEntry
from casebook.knowledge.voices import Reaction
from casebook.model import Article

if TYPE_CHECKING:
    import pandas

STRUCTURES: dict[str, str] = {
    "QCSV": "quotation, comma, speaker, verb (“…,” she said)",
    "QCVS": "quotation, comma, verb, speaker (“…,” said she)",
    "SVQ": "speaker, verb, quotation (she called it “…”)",
    "SV:Q": "speaker, verb, colon, quotation (she said: “…”)",
    "SV-that": "speaker, verb, 'that', reported clause",
    "SV": "speaker, verb, reported clause or noun phrase",
    "ACCORDING-TO": "'according to' the source, reported clause",
    "ACCORDING-TO:Q": "'according to' the source, quotation",
    "NOUN:Q": "a speech noun and its owner, quotation (X’s claim that “…”)",
    "CONT": "a quotation that continues the one before",
    "SAME-SENTENCE": "a later quotation in the sentence of an attributed one, the same speaker's",
    "RUN": "a paragraph of a quotation that runs over paragraphs, attributed once",
    "AFTER": "a quotation with no cue, after a sentence about its speaker",
    "IN-REPORTED": "a quotation inside another's reported speech (…, according to X)",
    "NONE": "a quotation no rule attributes (speaker unknown)",
}
# What a cue verb tells the reader beyond "words were spoken" (general English, not this story).
VERB_FRAMES: dict[str, str] = {
    "say": "neutral: only that words were spoken",
    "write": "neutral: only that words were written",
    "according to": "neutral: the reporter relies on a source",
    "add": "neutral: more words from the same speaker",
    "tell": "neutral: words spoken to someone",
    "tweet": "neutral: words posted on a network",
    "call": "labels: the speaker puts a name or a quality on someone or something",
    "decry": "judges: the speaker condemns something strongly",
    "deny": "answers: the speaker rejects an accusation",
    "accuse": "judges: the speaker blames someone",
    "claim": "distances: the reporter does not vouch for the words",
    "insist": "stresses: the speaker holds a position against doubt",
    "warn": "frames the words as a threat or a danger",
    "advise": "frames the words as advice",
}
_CUE_STYLE = "font-weight: 700; text-decoration: underline; text-decoration-thickness: 2px"


def _marked(article: Article, start: int, end: int, spans: list[tuple[int, int, str, str]]) -> str:
    """``text[start:end]`` as escaped HTML, each ``(start, end, open tag, close tag)`` span wrapped."""
    out, cursor = [], start
    for s, e, opening, closing in sorted(spans):
        if s < cursor or e > end:
            continue
        out += [html.escape(article.text[cursor:s]), opening, html.escape(article.text[s:e]), closing]
        cursor = e
    out.append(html.escape(article.text[cursor:end]))
    return "".join(out)


def voice_item(article: Article, voice: Voice) -> str:
    """One quotation in its sentence(s), cue and words marked, with the rules that placed it."""
    low, high = min(voice.start, voice.cue_start), max(voice.end, voice.cue_end)
    sentences = [s for s in article.sentences if s.start < high and low < s.end]
    start = min((s.start for s in sentences), default=low)
    end = max((s.end for s in sentences), default=high)
    side = html.escape(voice.side)
    spans = [(voice.cue_start, voice.cue_end, f'<strong class="cb-cue" style="{_CUE_STYLE}">', "</strong>"),
             (voice.start, voice.end, f'<mark class="cb-voice-mark casebook-side-{side}" style="'
              f'{html.escape(side_mark_style(voice.side))}">', "</mark>")]
    who = html.escape(voice.speaker)
    if voice.written_as and voice.written_as != voice.speaker:
        who += f" (written “{html.escape(voice.written_as)}”)"
    found = explain_rule(voice.speaker_rule) if voice.speaker_rule not in ("", "document") else (
        "a document listed for this actor (actors.yaml: documents)" if voice.speaker_rule == "document"
        else "the name as written")
    channel = html.escape(voice.channel_label) + ": " + html.escape(CHANNEL_RULES[voice.channel_rule])
    if voice.channel_reason:
        channel += f" <em>{html.escape(voice.channel_reason)}</em>"
    facts = [
        f"<strong>{who}</strong> · {side_swatch(voice.side)}{html.escape(SIDE_LABELS.get(voice.side, voice.side))}",
        f"Role: {html.escape(voice.role or 'not in the annotations')}",
        f"Speaker found by: {html.escape(found)} <code>{html.escape(voice.speaker_rule or 'name')}</code>;"
        f" pattern <code>{html.escape(voice.structure)}</code>: {html.escape(STRUCTURES.get(voice.structure, voice.structure))}",
        f"Cue: <q>{html.escape(voice.cue)}</q> (lemma <em>{html.escape(voice.lemma)}</em>) · "
        f"Kind: {html.escape(voice.kind)}, {html.escape(KIND_RULES[voice.kind])}",
        f"Channel: {channel}",
    ]
    return (f'<li class="cb-voice-item"><span class="casebook-where">{paragraph_link(voice.paragraph)}</span> '
            f"{_marked(article, start, end, spans)}"
            f'<br><small class="casebook-rule">{"<br>".join(facts)}</small></li>')


def voice_views(article: Article, voices: tuple[Voice, ...]) -> dict[str, str]:
    """``{option: view}``: every voice, then each side, then each speaker (in order of first voice)."""
    def view(selected: list[Voice], lead: str) -> str:
        words = sum(v.words for v in selected)
        return (f'<div class="cb-voice-view"><p>{html.escape(lead)}: {len(selected)} quotation'
                f'{"s" if len(selected) != 1 else ""} and reported statements, {words} words.</p>'
                f'<ol class="casebook-sentences">{"".join(voice_item(article, v) for v in selected)}</ol></div>')

    views = {f"All voices ({len(voices)})": view(list(voices), "Every voice in the report")}
    for side in SIDE_COLOURS:
        mine = [v for v in voices if v.side == side]
        if mine:
            label = SIDE_LABELS.get(side, side)
            views[f"Side: {label}"] = view(mine, f"Side: {label}")
    for speaker in dict.fromkeys(v.speaker for v in voices):
        mine = [v for v in voices if v.speaker == speaker]
        views[f"Speaker: {speaker}"] = view(mine, speaker)
    return views


def cue_frame(voices: tuple[Voice, ...]) -> pandas.DataFrame:
    """The attribution verbs: one row per lemma, with who uses it, where, and what it tells the reader."""
    import pandas as pd

    rows: dict[str, dict] = {}
    for v in voices:
        row = rows.setdefault(v.lemma, {"verb": v.lemma, "as written": [], "speakers": [], "paragraphs": [],
                                        "kinds": [], "what the verb adds": VERB_FRAMES.get(v.lemma, "")})
        for key, value in (("as written", v.cue), ("speakers", v.speaker), ("paragraphs", v.paragraph),
                           ("kinds", v.kind)):
            if value not in row[key]:
                row[key].append(value)
    columns = ["verb", "as written", "speakers", "paragraphs", "kinds", "what the verb adds"]
    frame = pd.DataFrame(list(rows.values()), columns=columns)  # the columns also when there is no voice
    for key in ("as written", "speakers", "kinds"):
        frame[key] = frame[key].map(", ".join)
    frame["paragraphs"] = frame["paragraphs"].map(lambda ps: ", ".join(f"¶{p}" for p in ps))
    return frame


def reactions_html(reactions: tuple[Reaction, ...], article: Article, bib: Mapping[str, BibEntry], *,
                   caption: str) -> str:
    """Later reactions beside the voice of the report each answers; on a phone each row becomes a card."""
    head = ("When", "Who", "What they said", "Voice in the report it answers", "Sources")
    rows = []
    for r in reactions:
        answered = (f"{paragraph_link(r.paragraph)} “{html.escape(article.text[r.answer_start:r.answer_end])}”")
        cells = [html.escape(r.date.replace("/", " to ")),
                 f"{html.escape(r.speaker)}<br>{side_swatch(r.side)}{html.escape(SIDE_LABELS.get(r.side, r.side))}",
                 html.escape(r.said), answered,
                 f"{sources_line(r.sources, bib)}<br><span class='cb-conf'>Confidence: {html.escape(r.confidence)}</span>"]
        rows.append("<tr>" + "".join(f'<td data-label="{html.escape(h)}">{c}</td>' for h, c in zip(head, cells))
                    + "</tr>")
    header = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in head)
    return (f'<table class="dataframe cb-reactions"><caption>{html.escape(caption)}</caption>'
            f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
