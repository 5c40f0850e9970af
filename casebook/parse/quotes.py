"""The quotation stage: direct quotes and reported speech, each with speaker, cue, content and kind.

It takes what the stages before it found: the attributions of the speech
stage (:mod:`casebook.parse.attribution`), the mentions, and the coreference
resolutions. The ``speaker`` is never a pronoun: a pronoun speaker is
replaced by the actor it resolves to (through its mention, or else through
the coreference resolution of that pronoun); a document speaker ("the
statement") becomes the label of the actor the annotations say stands
behind it. Without annotations a speaker is named by its surface form, with
a leading "the" dropped.
"""
from __future__ import annotations

import re
from typing import Sequence

from casebook.model import Mention, Quote
from casebook.parse.actors import KnownActors
from casebook.parse.attribution import Speech
from casebook.parse.coref import Resolution, document_actor
from casebook.parse.doc import Doc
from casebook.parse.subjects import Attribution

UNKNOWN_SPEAKER = "unknown"


def attribute_quotes(doc: Doc, speech: Speech, mentions: Sequence[Mention], resolutions: Sequence[Resolution],
                     known: KnownActors | None = None) -> list[Quote]:
    """Every quotation in text order, its speaker named."""
    by_span = {(m.start, m.end): m for m in mentions}
    resolved = {(r.start, r.end): r for r in resolutions}
    quotes: list[Quote] = []
    for attribution in speech.attributions:
        expr = attribution.speaker
        mention = by_span.get((expr.start, expr.end))
        actor: str | None
        if mention is not None and mention.actor is not None:
            actor = mention.actor
            speaker = _display(actor, mention, mentions, known)
        elif expr.pronoun:
            found = resolved.get((expr.start, expr.end))
            actor = found.actor if found else None
            speaker = (_display(actor, None, mentions, known) if actor else
                       _strip_determiner(found.display) if found and found.display else UNKNOWN_SPEAKER)
        else:
            actor = document_actor(expr.text, known)
            speaker = _display(actor, None, mentions, known) if actor else _strip_determiner(expr.text)
        quotes.append(_quote(doc.text, attribution, speaker, actor))
    return quotes


def _quote(text: str, a: Attribution, speaker: str, actor: str | None) -> Quote:
    return Quote(
        start=a.start, end=a.end, text=text[a.start : a.end], speaker=speaker, speaker_actor=actor,
        speaker_start=a.speaker.start, speaker_end=a.speaker.end, cue=a.cue.text,
        cue_start=a.cue.start, cue_end=a.cue.end, kind=a.kind,  # type: ignore[arg-type]
        structure=a.structure, paragraph=a.paragraph,
    )


def _display(actor: str | None, mention: Mention | None, mentions: Sequence[Mention],
             known: KnownActors | None) -> str:
    """A name for ``actor``: a full name as written when the speaker is one, else the
    annotations' label, else the longest name the story uses for it (so that a
    surname alone and "he" both give the full name)."""
    if mention is not None and mention.kind == "name":
        return mention.text
    found = known.actor(actor) if known else None
    if found is not None:
        return found.label
    names = [m.text for m in mentions if m.actor == actor and m.kind in ("name", "pattern")]
    names = names or [m.text for m in mentions if m.actor == actor and m.kind == "alias"]
    if names:
        return max(names, key=len)
    return mention.text if mention is not None else UNKNOWN_SPEAKER


def _strip_determiner(phrase: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", phrase.strip())
