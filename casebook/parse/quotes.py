"""Quotations: direct quotes and reported speech, each with speaker, cue, content and kind.

The pipeline: pair the quotation marks (:mod:`casebook.parse.quotemarks`), attribute
each quoted stretch and find reported speech (:mod:`casebook.parse.attribution`,
:mod:`casebook.parse.reported`), then name the speaker. The ``speaker`` is never a
pronoun: a pronoun speaker is replaced by the actor it resolves to (through
the mentions, or the coreference rules when no mention covers it); a
document speaker ("the statement") becomes the label of the actor the
annotations say stands behind it. Without annotations a speaker is named by
its surface form, with a leading "the" dropped.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from casebook.parse.attribution import Attribution, Speech, find_speech
from casebook.parse.coref import document_actor, resolve_pronouns
from casebook.model import Mention, Quote, Sentence
from casebook.parse.tokens import TokenIndex

if TYPE_CHECKING:
    from casebook.knowledge.annotations import Annotations

UNKNOWN_SPEAKER = "unknown"


def find_quotes(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                annotations: Annotations | None = None, *, speech: Speech | None = None,
                tokens: TokenIndex | None = None) -> tuple[list[Quote], list[str]]:
    """All quotations in text order, and warnings (unbalanced quotation marks).

    ``speech`` and ``tokens``: what the mention layer already found for this text, if at hand.
    """
    tokens = TokenIndex(text) if tokens is None else tokens
    named = [m for m in mentions if m.kind != "pronoun"]
    if speech is None or speech.named != named:
        speech = find_speech(text, sentences, named, tokens)
    attributions, warnings = speech.attributions, speech.warnings
    by_span = {(m.start, m.end): m for m in mentions}
    fallback = None  # coreference is only re-run when a pronoun speaker has no mention
    quotes: list[Quote] = []
    for attribution in attributions:
        expr = attribution.speaker
        mention = by_span.get((expr.start, expr.end))
        actor: str | None
        if mention is not None and mention.actor is not None:
            actor = mention.actor
            speaker = _display(actor, mention, mentions, annotations)
        elif expr.pronoun:
            if fallback is None:
                resolved = resolve_pronouns(text, sentences, named, annotations, speech=speech, tokens=tokens)
                fallback = {(r.start, r.end): r for r in resolved}
            found = fallback.get((expr.start, expr.end))
            actor = found.actor if found else None
            speaker = (_display(actor, None, mentions, annotations) if actor else
                       _strip_determiner(found.display) if found and found.display else UNKNOWN_SPEAKER)
        else:
            actor = document_actor(expr.text, annotations)
            speaker = _display(actor, None, mentions, annotations) if actor else _strip_determiner(expr.text)
        quotes.append(_quote(text, attribution, speaker, actor))
    return quotes, warnings


def _quote(text: str, a: Attribution, speaker: str, actor: str | None) -> Quote:
    return Quote(
        start=a.start, end=a.end, text=text[a.start : a.end], speaker=speaker, speaker_actor=actor,
        speaker_start=a.speaker.start, speaker_end=a.speaker.end, cue=a.cue.text,
        cue_start=a.cue.start, cue_end=a.cue.end, kind=a.kind,  # type: ignore[arg-type]
        structure=a.structure, paragraph=a.paragraph,
    )


def _display(actor: str | None, mention: Mention | None, mentions: Sequence[Mention],
             annotations: Annotations | None) -> str:
    """A name for ``actor``: a full name as written when the speaker is one, else the
    annotations' label, else the longest name the story uses for it (so "Kheng said"
    and "he said" both give "Sar Kheng")."""
    if mention is not None and mention.kind == "name":
        return mention.text
    known = annotations.actor(actor) if annotations else None
    if known is not None:
        return known.label
    names = [m.text for m in mentions if m.actor == actor and m.kind in ("name", "pattern")]
    names = names or [m.text for m in mentions if m.actor == actor and m.kind == "alias"]
    if names:
        return max(names, key=len)
    return mention.text if mention is not None else UNKNOWN_SPEAKER


def _strip_determiner(phrase: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", phrase.strip())
