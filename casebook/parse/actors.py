"""What the parser may be told about a story's actors, as plain data.

The parser runs with no annotations at all; when it is given a
:class:`KnownActors`, it matches their names, aliases and short forms
(the gazetteer), links "the statement" to the actor it speaks for, and
applies coreference overrides. These types are defined here, on the parse
side, so that the parser never imports the loaders: ``casebook.knowledge``
reads the YAML files and builds these objects.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple


@dataclass(frozen=True)
class Actor:
    """One actor. ``names`` are full names, ``aliases`` acronyms and variants,
    ``short_forms`` definite descriptions ("the party"); ``documents`` are phrases
    that speak for the actor ("the statement"), used for quote attribution and
    never counted as mentions. ``role``, ``side``, ``wikidata``, ``sources``, ``cameo`` and
    ``note`` are for the book; the parser ignores them."""

    id: str
    label: str
    type: str
    names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    short_forms: tuple[str, ...] = ()
    role: str = ""
    side: str = "neutral"
    wikidata: str | None = None
    sources: tuple[str, ...] = ()
    note: str = ""
    documents: tuple[str, ...] = ()
    role_as_of: str | None = None
    line: int = 0
    cameo: str | None = None  # the actor's CAMEO actor code (e.g. a country code plus GOV), for event data


@dataclass(frozen=True)
class CorefOverride:
    """Link the ``occurrence``-th ``text`` of body paragraph ``paragraph`` to ``actor``
    (``None``: it is no mention at all). Offset-free, so it survives re-typing;
    :func:`casebook.parse.anchor.anchor` finds it. ``occurrence`` None means
    "the only one"."""

    paragraph: int
    text: str
    occurrence: int | None
    actor: str | None
    note: str = ""
    line: int = 0


class Gazetteer(NamedTuple):
    """Surface forms ``{form: (actor id, kind, actor type)}`` and one pattern matching
    them, longest first. Built once per :class:`KnownActors`, not once per parse."""

    forms: dict[str, tuple[str, str, str]]
    pattern: re.Pattern[str] | None


@dataclass(frozen=True)
class KnownActors:
    """The actors of one story and the coreference overrides, as the parser reads them.

    ``path`` names the file they came from, for error messages.
    """

    actors: tuple[Actor, ...]
    coref_overrides: tuple[CorefOverride, ...] = ()
    path: str = ""

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        return self._by_id.get(actor_id)  # type: ignore[arg-type]

    @cached_property
    def _by_id(self) -> dict[str, Actor]:
        by_id: dict[str, Actor] = {}
        for actor in self.actors:
            by_id.setdefault(actor.id, actor)
        return by_id

    @cached_property
    def gazetteer(self) -> Gazetteer:
        """The compiled name matcher, built on first use and kept with these (frozen) actors."""
        return build_gazetteer(self.actors)


def surface_forms(actors: tuple[Actor, ...]) -> dict[str, tuple[str, str, str]]:
    """``{form as it may be written: (actor id, kind, actor type)}``.

    A short form matches whatever the case of its first letter ("The court",
    "the court"); a longer name also matches in capitals (a dateline's "NEW YORK").
    """
    forms: dict[str, tuple[str, str, str]] = {}
    for actor in actors:
        for kind, values in (("name", actor.names), ("alias", actor.aliases), ("short", actor.short_forms)):
            for value in values:
                variants = [value]
                if kind == "short":
                    variants += [value[:1].upper() + value[1:], value[:1].lower() + value[1:]]
                elif value.upper() != value and len(value) > 3:
                    variants.append(value.upper())
                for variant in variants:
                    forms.setdefault(variant, (actor.id, kind, actor.type))
    return forms


def build_gazetteer(actors: tuple[Actor, ...]) -> Gazetteer:
    """Compile the matcher (use ``KnownActors.gazetteer``, which keeps it)."""
    forms = surface_forms(actors)
    if not forms:
        return Gazetteer(forms, None)
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return Gazetteer(forms, re.compile(rf"(?<![\w’'-])(?:{alternatives})(?![\w-])"))
