"""Every voice of a story: one row per quotation or reported statement, with how it was found.

A row joins the parser's :class:`~casebook.model.Quote` with the annotations:
the speaker's actor (label, side, role), the *channel* (how the words reached
the reporter), the cue verb and its lemma, and the *kind* of speech. Channel
and kind come from general rules over the words around the quotation, stated
in :data:`CHANNEL_RULES` and :data:`KIND_RULES`; a channel that no rule can
compute comes from ``voices.yaml`` (:func:`casebook.knowledge.load_voices`),
and the row says so. Every row keeps the offsets of its words and of its cue.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebook.book.links import paragraph_link
from casebook.book.style import SIDE_LABELS, side_swatch
from casebook.knowledge.annotations import Annotations
from casebook.knowledge.voices import CHANNELS, Voices
from casebook.model import Article, Quote
from casebook.parse.lexicon import ADDRESSEES, CUE_LEMMA

if TYPE_CHECKING:
    import pandas

KIND_RULES: dict[str, str] = {
    "reported": "no quotation marks: the reporter's words for what was said",
    "fragment": "in quotation marks, but only a few words with no verb of their own, set inside the reporter's sentence",
    "direct": "in quotation marks, a full clause",
}
CHANNEL_RULES: dict[str, str] = {
    "on-named-platform": "'on' and a capitalised name right after the cue, not a date or a place, as in 'said on <network>'",
    "post-words": "words such as 'in a tweet', 'tweeted' or 'in a post' around the cue",
    "statement-words": "the speaker is a document ('the statement'), or 'in a statement' or 'according to the statement'",
    "told-the-press": "'told' with reporters, journalists or a news outlet, or 'at a news conference' or 'in an interview'",
    "none": "no words about the channel near the cue",
    "annotation": "curated in voices.yaml: no general rule can tell",
}
_FINITE = frozenset("am is are was were will would can could shall should may might must has have had do does did "
                    "i we you he she they it".split())
_POST = re.compile(r"\b(?:in an? (?:tweet|post|message on \w+)|tweeted|posted)\b", re.IGNORECASE)
_STATEMENT = re.compile(r"\b(?:in (?:a|an|the|its|their|his|her) (?:written |joint )?(?:statement|press release|"
                        r"letter|communiqu[eé])|according to (?:a|the|its|their) statement)\b", re.IGNORECASE)
_PRESS = re.compile(r"\b(?:told (?:reporters|journalists|the press|a news conference|a press conference)|"
                    r"at (?:a|the) (?:news|press) conference|in an interview)\b", re.IGNORECASE)
_ON_NAME = re.compile(r"\s+on\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")
_TOLD_NAME = re.compile(r"\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")


@dataclass(frozen=True)
class Voice:
    """One quotation or reported statement, resolved and classified."""

    number: int  # order in the text, from 1
    paragraph: int
    start: int  # the words themselves: text[start:end]
    end: int
    text: str
    speaker: str  # the actor's label, or the name as written; never a pronoun
    actor: str | None
    side: str
    role: str
    written_as: str  # the speaker expression in the text ("he", "the statement"), or ""
    speaker_rule: str  # the mention rule that resolved it, "document", or ""
    structure: str
    cue: str
    cue_start: int
    cue_end: int
    lemma: str
    kind: str  # direct | fragment | reported
    channel: str  # a key of casebook.knowledge.CHANNELS
    platform: str | None
    channel_rule: str  # a key of CHANNEL_RULES
    channel_reason: str = ""  # for an annotated channel: the annotation's reason, sources and label

    @property
    def words(self) -> int:
        return len(re.findall(r"[\w’'-]+", self.text))

    @property
    def channel_label(self) -> str:
        label = CHANNELS[self.channel]
        return f"{label} ({self.platform})" if self.platform else label


def cue_lemma(cue: str) -> str:
    """The dictionary form of a cue ("decried" -> "decry"); multi-word cues in lower case."""
    low = cue.lower()
    return CUE_LEMMA.get(low, low)


def speech_kind(quote: Quote) -> str:
    """direct, fragment or reported, by :data:`KIND_RULES`."""
    if quote.kind != "direct":
        return "reported"
    words = re.findall(r"[\w’'-]+", quote.text)
    if words and words[0][0].islower() and len(words) <= 6 and not _FINITE & {w.lower() for w in words}:
        return "fragment"
    return "direct"


def _clause_around_cue(article: Article, quote: Quote) -> tuple[int, str]:
    """The sentence of the cue with the quoted words blanked out, and where it starts."""
    sentence = next((s for s in article.sentences if s.start <= quote.cue_start < s.end), None)
    start, end = (sentence.start, sentence.end) if sentence else (quote.cue_start, quote.cue_end)
    text = article.text[start:end]
    a, b = max(quote.start - start, 0), min(quote.end - start, len(text))
    if 0 <= a < b:
        text = text[:a] + " " * (b - a) + text[b:]
    return start, text


def _is_platform_name(article: Article, start: int, end: int) -> bool:
    """A capitalised name that is neither a date ("on Sunday") nor a place ("on Capitol Hill")."""
    if any(t.start < end and start < t.end for t in article.timexes):
        return False
    return not any(m.start < end and start < m.end and m.actor_type == "place" for m in article.mentions)


def speech_channel(article: Article, quote: Quote, annotations: Annotations | None = None) -> tuple[str, str | None, str]:
    """``(channel, platform, rule)`` by the general rules of :data:`CHANNEL_RULES`."""
    offset, clause = _clause_around_cue(article, quote)
    after = clause[quote.cue_end - offset:]
    on_name = _ON_NAME.match(after)
    if on_name and _is_platform_name(article, quote.cue_end + on_name.start(1), quote.cue_end + on_name.end(1)):
        return "social", on_name.group(1), "on-named-platform"
    if _POST.search(clause) or cue_lemma(quote.cue) == "tweet":
        return "social", None, "post-words"
    written = article.text[quote.speaker_start:quote.speaker_end].lower() if quote.speaker_start is not None else ""
    documents = {d.lower() for a in (annotations.actors if annotations else ()) for d in a.documents}
    if written in documents or _STATEMENT.search(clause):
        return "statement", None, "statement-words"
    if _PRESS.search(clause):
        return "press", None, "told-the-press"
    if cue_lemma(quote.cue) == "tell":
        told = _TOLD_NAME.match(after)
        media = {a.id for a in (annotations.actors if annotations else ()) if a.side == "media"}
        if told and any(m.actor in media for m in article.mentions
                        if m.start == quote.cue_end + told.start(1)):
            return "press", None, "told-the-press"
        if told is None and after.split()[:1] and after.split()[0].lower() in ADDRESSEES:
            return "press", None, "told-the-press"
    return "unstated", None, "none"


def _speaker_rule(article: Article, quote: Quote, annotations: Annotations) -> tuple[str, str]:
    if quote.speaker_start is None or quote.speaker_end is None:
        return "", ""
    written = article.text[quote.speaker_start:quote.speaker_end]
    mention = next((m for m in article.mentions if m.start == quote.speaker_start), None)
    if mention is not None:
        return written, mention.rule
    actor = annotations.actor(quote.speaker_actor)
    if actor and written.lower() in {d.lower() for d in actor.documents}:
        return written, "document"
    return written, ""


def collect_voices(article: Article, annotations: Annotations, curated: Voices | None = None) -> tuple[Voice, ...]:
    """One :class:`Voice` per quotation of ``article``, in text order."""
    out = []
    for number, quote in enumerate(sorted(article.quotes, key=lambda q: q.start), start=1):
        actor = annotations.actor(quote.speaker_actor)
        written, rule = _speaker_rule(article, quote, annotations)
        channel, platform, channel_rule = speech_channel(article, quote, annotations)
        reason = ""
        note = curated.channel_at(quote.cue_start) if curated else None
        if note is not None:
            channel, platform, channel_rule = note.channel, note.platform, "annotation"
            reason = f"{note.reason} (sources: {', '.join(note.sources)}; confidence: {note.confidence})"
        out.append(Voice(
            number=number, paragraph=quote.paragraph, start=quote.start, end=quote.end, text=quote.text,
            speaker=actor.label if actor else (quote.speaker or "unknown"), actor=quote.speaker_actor,
            side=actor.side if actor else "neutral", role=actor.role if actor else "",
            written_as=written, speaker_rule=rule, structure=quote.structure,
            cue=quote.cue, cue_start=quote.cue_start, cue_end=quote.cue_end, lemma=cue_lemma(quote.cue),
            kind=speech_kind(quote), channel=channel, platform=platform, channel_rule=channel_rule,
            channel_reason=reason))
    return tuple(out)


def voices_frame(voices: tuple[Voice, ...]) -> pandas.DataFrame:
    """The voices as a table: one row per voice, every field plus the word count and the channel label."""
    import pandas as pd

    rows = [{"number": v.number, "paragraph": v.paragraph, "speaker": v.speaker, "actor": v.actor,
             "side": v.side, "written_as": v.written_as, "speaker_rule": v.speaker_rule,
             "channel": v.channel_label, "channel_rule": v.channel_rule, "cue": v.cue, "lemma": v.lemma,
             "kind": v.kind, "structure": v.structure, "words": v.words, "text": v.text,
             "start": v.start, "end": v.end, "cue_start": v.cue_start, "cue_end": v.cue_end} for v in voices]
    return pd.DataFrame(rows).set_index("number")


def voices_html(voices: tuple[Voice, ...], *, caption: str) -> str:
    """Table 1 of the reactions chapter: escaped HTML; on a phone each row becomes a card (CSS)."""
    head = ("#", "¶", "Speaker and side", "Channel", "Cue (lemma)", "Kind", "Words")
    rows = []
    for v in voices:
        written = (f'<br><small class="cb-written">written “{html.escape(v.written_as)}”</small>'
                   if v.written_as and v.written_as != v.speaker else "")
        channel = html.escape(v.channel_label) + (" *" if v.channel_rule == "annotation" else "")
        marks = ("“", "”") if v.kind != "reported" else ("", "")
        words = f"{marks[0]}{html.escape(v.text)}{marks[1]}"
        side = f'<br><small>{side_swatch(v.side)}{html.escape(SIDE_LABELS.get(v.side, v.side))}</small>'
        cells = [str(v.number), paragraph_link(v.paragraph), html.escape(v.speaker) + written + side, channel,
                 f"{html.escape(v.cue)} ({html.escape(v.lemma)})", html.escape(v.kind),
                 f'<span class="cb-voice-words cb-kind-{html.escape(v.kind)}">{words}</span>']
        rows.append("<tr>" + "".join(f'<td data-label="{html.escape(h)}">{c}</td>' for h, c in zip(head, cells))
                    + "</tr>")
    header = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in head)
    return (f'<table class="dataframe cb-voices"><caption>{html.escape(caption)}</caption>'
            f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
