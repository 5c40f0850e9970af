"""The names stage, and the mention layer that coreference completes.

:func:`find_names` finds every name in a story: the known actors' names,
aliases and short forms (the gazetteer, when the parser is given
:class:`~casebook.parse.actors.KnownActors`), then names found by pattern
(:mod:`casebook.parse.names`), so that any story parses with no annotations.
The gazetteer matches longest first, on word boundaries, and never includes a
possessive ’s/'s. A nationality adjective written as part of an
organisation's name is included (for example "Italian Supreme Court").
Coreference overrides relink or drop a name, or add one no rule found.

:func:`merge_mentions` adds the pronouns that coreference resolved, giving
the article's mention layer.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from casebook.model import Mention
from casebook.parse.actors import CorefOverride, KnownActors
from casebook.parse.anchor import anchor
from casebook.parse.doc import Doc
from casebook.parse.lexicon import PRONOUNS, is_demonym
from casebook.parse.names import find_pattern_names
from casebook.parse.tokens import paragraph_at

_RULES = {"name": "gazetteer-name", "alias": "gazetteer-alias", "short": "short-form"}
_DEMONYM_BEFORE = re.compile(r"(?<![\w’'])([A-Z][a-z]+) \Z")

Overrides = dict[tuple[int, int], "str | None"]  # (start, end) -> actor id, or None: "no mention"


def coref_overrides(doc: Doc, known: KnownActors | None) -> Overrides:
    """``{(start, end): actor}`` for each coreference override, anchored in ``doc``."""
    if known is None:
        return {}
    return {anchor(doc, entry.text, entry.paragraph, entry.occurrence, where=_where(known, entry)): entry.actor
            for entry in known.coref_overrides}


def _where(known: KnownActors, entry: CorefOverride) -> str:
    return f"{known.path}:{entry.line}: coref override (paragraph {entry.paragraph}, '{entry.text}')"


def find_names(doc: Doc, known: KnownActors | None, overrides: Overrides) -> list[Mention]:
    """Every named mention (no pronouns), in text order, each with the rule that found it."""
    gazetteer = gazetteer_mentions(doc, known) if known else []
    named = sorted([*gazetteer, *find_pattern_names(doc.text, doc.sentences, gazetteer, doc.tokens)],
                   key=lambda m: m.start)
    return _apply_overrides(doc, named, overrides, known)


def merge_mentions(doc: Doc, names: Sequence[Mention], resolutions: Sequence) -> list[Mention]:
    """The mention layer: the names plus every pronoun that coreference linked to an actor."""
    pronouns = [
        Mention(r.start, r.end, r.text, r.actor, "pronoun", r.rule, r.actor_type, paragraph_at(doc.sentences, r.start))
        for r in resolutions if r.actor is not None and r.rule != "epithet-in-view"  # (a description is no pronoun)
    ]
    return sorted([*names, *pronouns], key=lambda m: (m.start, m.end))


def gazetteer_mentions(doc: Doc, known: KnownActors) -> list[Mention]:
    """Matches of the known actors' names, aliases and short forms, longest first."""
    forms, pattern = known.gazetteer.forms, known.gazetteer.pattern
    if pattern is None:
        return []
    text, found = doc.text, []
    for match in pattern.finditer(text):
        actor, kind, actor_type = forms[match.group()]
        start = match.start()
        if kind != "short" and actor_type == "organisation":
            demonym = _DEMONYM_BEFORE.search(text, max(0, start - 40), start)
            if demonym and is_demonym(demonym.group(1)):
                start = demonym.start(1)
        found.append(Mention(start, match.end(), text[start : match.end()], actor, kind, _RULES[kind], actor_type,
                             paragraph_at(doc.sentences, start)))
    return found


def _apply_overrides(doc: Doc, named: list[Mention], overrides: Overrides,
                     known: KnownActors | None) -> list[Mention]:
    """Relink (or drop) named mentions that an override points at; add the ones no rule found."""
    if not overrides:
        return named
    out = []
    for mention in named:
        if (mention.start, mention.end) in overrides:
            actor = overrides[(mention.start, mention.end)]
            if actor is None:
                continue
            found = known.actor(actor) if known else None
            mention = replace(mention, actor=actor, rule="override", actor_type=found.type if found else None)
        out.append(mention)
    spans = {(m.start, m.end) for m in named}
    for (start, end), actor in overrides.items():
        word = doc.text[start:end]
        if (start, end) in spans or actor is None or word.lower() in PRONOUNS or word == "I":
            continue
        found = known.actor(actor) if known else None
        out.append(Mention(start, end, word, actor, "short", "override", found.type if found else None,
                           paragraph_at(doc.sentences, start)))
    return sorted(out, key=lambda m: m.start)
