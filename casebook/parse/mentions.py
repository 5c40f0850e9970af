"""Mentions of actors: names and aliases from the annotations, names found by
pattern, short forms ("the party"), and pronouns resolved by :mod:`casebook.parse.coref`.

The gazetteer matches longest first, on word boundaries, and never includes a
possessive ’s/'s. Short forms match whatever the case of their first letter
("The court", "the court"); a name also matches in capitals ("NEW YORK" in
a dateline). A nationality adjective written as part of an organisation's
name is included ("Italian Supreme Court"). Names the annotations do not
know are found by pattern (:mod:`casebook.parse.names`), so another story parses
with no annotations at all. Pronoun resolution needs the quotations
attributed; :func:`mentions_and_speech` hands them on so that the quote layer
does not find them again.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple, Sequence

from casebook.parse.attribution import Speech, find_speech
from casebook.parse.coref import override_spans, resolve_pronouns
from casebook.parse.lexicon import PRONOUNS, is_demonym
from casebook.model import Mention, Sentence
from casebook.parse.names import find_pattern_names
from casebook.parse.tokens import TokenIndex, paragraph_at

if TYPE_CHECKING:
    from casebook.knowledge.annotations import Annotations

_RULES = {"name": "gazetteer-name", "alias": "gazetteer-alias", "short": "short-form"}
_DEMONYM_BEFORE = re.compile(r"(?<![\w’'])([A-Z][a-z]+) \Z")


def find_mentions(text: str, sentences: Sequence[Sentence], annotations: Annotations | None = None) -> list[Mention]:
    """Every mention of an actor, in text order, each with the rule that found it."""
    return mentions_and_speech(text, sentences, annotations, TokenIndex(text))[0]


def mentions_and_speech(text: str, sentences: Sequence[Sentence], annotations: Annotations | None,
                        tokens: TokenIndex) -> tuple[list[Mention], Speech]:
    """The mentions, and the quotations attributed on the way (kept for the quote layer)."""
    known = gazetteer_mentions(text, annotations, sentences) if annotations else []
    # Both carry their paragraph already: gazetteer matches look it up, pattern names take their sentence's.
    named = sorted([*known, *find_pattern_names(text, sentences, known, tokens)], key=lambda m: m.start)
    overrides = override_spans(text, sentences, annotations)
    named = _apply_overrides(text, sentences, named, overrides, annotations)
    speech = find_speech(text, sentences, named, tokens)
    resolved = resolve_pronouns(text, sentences, named, annotations, overrides, speech=speech, tokens=tokens)
    pronouns = [
        Mention(r.start, r.end, r.text, r.actor, "pronoun", r.rule, r.actor_type, paragraph_at(sentences, r.start))
        for r in resolved if r.actor is not None
    ]
    return sorted([*named, *pronouns], key=lambda m: (m.start, m.end)), speech


def surface_forms(annotations: Annotations) -> dict[str, tuple[str, str, str]]:
    """``{form as it may be written: (actor id, kind, actor type)}``."""
    forms: dict[str, tuple[str, str, str]] = {}
    for actor in annotations.actors:
        for kind, values in (("name", actor.names), ("alias", actor.aliases), ("short", actor.short_forms)):
            for value in values:
                variants = [value]
                if kind == "short":
                    variants += [value[:1].upper() + value[1:], value[:1].lower() + value[1:]]
                elif value.upper() != value and len(value) > 3:
                    variants.append(value.upper())  # datelines: "NEW YORK"
                for variant in variants:
                    forms.setdefault(variant, (actor.id, kind, actor.type))
    return forms


class Gazetteer(NamedTuple):
    """The annotations' surface forms and one pattern matching them, longest first.
    Built once per :class:`Annotations` (its ``gazetteer`` property), not once per parse."""

    forms: dict[str, tuple[str, str, str]]
    pattern: re.Pattern[str] | None


def build_gazetteer(annotations: Annotations) -> Gazetteer:
    """Compile the matcher (use ``annotations.gazetteer``, which keeps it)."""
    forms = surface_forms(annotations)
    if not forms:
        return Gazetteer(forms, None)
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return Gazetteer(forms, re.compile(rf"(?<![\w’'-])(?:{alternatives})(?![\w-])"))


def gazetteer_mentions(text: str, annotations: Annotations, sentences: Sequence[Sentence] = ()) -> list[Mention]:
    """Matches of the annotations' names, aliases and short forms, longest first (each
    with its paragraph when ``sentences`` are given)."""
    forms, pattern = annotations.gazetteer.forms, annotations.gazetteer.pattern
    if pattern is None:
        return []
    found: list[Mention] = []
    for match in pattern.finditer(text):
        actor, kind, actor_type = forms[match.group()]
        start = match.start()
        if kind != "short" and actor_type == "organisation":
            demonym = _DEMONYM_BEFORE.search(text, max(0, start - 40), start)
            if demonym and is_demonym(demonym.group(1)):
                start = demonym.start(1)
        found.append(Mention(start, match.end(), text[start : match.end()], actor, kind, _RULES[kind], actor_type,
                             paragraph_at(sentences, start)))
    return found


def _apply_overrides(text: str, sentences: Sequence[Sentence], named: list[Mention],
                     overrides: dict[tuple[int, int], str | None], annotations: Annotations | None) -> list[Mention]:
    """Relink (or drop) named mentions that an override points at; add the ones no rule found."""
    if not overrides:
        return named
    out = []
    for mention in named:
        if (mention.start, mention.end) in overrides:
            actor = overrides[(mention.start, mention.end)]
            if actor is None:
                continue
            found = annotations.actor(actor) if annotations else None
            mention = replace(mention, actor=actor, rule="override", actor_type=found.type if found else None)
        out.append(mention)
    spans = {(m.start, m.end) for m in named}
    for (start, end), actor in overrides.items():
        word = text[start:end]
        if (start, end) in spans or actor is None or word.lower() in PRONOUNS or word == "I":
            continue
        found = annotations.actor(actor) if annotations else None
        out.append(Mention(start, end, word, actor, "short", "override", found.type if found else None,
                           paragraph_at(sentences, start)))
    return sorted(out, key=lambda m: m.start)
