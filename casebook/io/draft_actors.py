"""A draft ``actors.yaml`` for a new story: the actors and speakers the parser found, each "to review".

``python -m casebook new`` parses the story with general rules only (no
annotations), so every name the rules find has an id made from its words and a
type guessed from the words around it. This module turns those mentions and
the quotations' speakers into actor entries that the loader
(:func:`casebook.knowledge.load_annotations`) accepts: each carries
``status: to review``, a guessed ``type``, ``side: neutral`` and empty ``role``
and ``sources``, which the loader allows only for entries marked so. A person
then fills them in and deletes the ``status`` line.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import get_args

from casebook.model import ActorType, Article

DEFAULT_TYPE = "organisation"  # a capitalised name the rules could not type, e.g. a news agency
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class DraftActor:
    """One actor as the parser saw it: its id, the forms written in the text, its counts."""

    id: str
    forms: list[str]
    type: str | None
    rule: str
    first_paragraph: int
    named: int = 0
    pronouns: int = 0
    cues: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The longest form as written, preferring one that is not in capitals (a dateline)."""
        return max(self.forms, key=lambda form: (not form.isupper(), len(form)))


def slug(name: str) -> str:
    """A snake_case id for ``name``: lower case, runs of other characters as ``_``."""
    text = _SLUG.sub("_", name.lower()).strip("_")
    return text if text[:1].isalpha() else f"actor_{text}".rstrip("_")


def draft_actors(article: Article) -> list[DraftActor]:
    """The named actors and the speakers of ``article``, in order of first appearance.

    Names come from the mentions the general rules found (kind ``pattern``); a
    speaker who is not among them gets an entry of their own. Forms are
    de-duplicated without case, and a form already claimed by an earlier actor is
    dropped, so that the loader's rule "one form, one actor" holds.
    """
    drafts: dict[str, DraftActor] = {}
    claimed: set[str] = set()
    for mention in article.mentions:
        if mention.actor is None:
            continue
        draft = drafts.get(mention.actor)
        if mention.kind == "pronoun":
            if draft is not None:
                draft.pronouns += 1
            continue
        if draft is None:
            draft = drafts[mention.actor] = DraftActor(
                mention.actor, [], mention.actor_type, mention.rule, mention.paragraph)
        draft.named += 1
        if draft.type is None:
            draft.type = mention.actor_type
        folded = mention.text.casefold()
        if folded not in claimed:
            claimed.add(folded)
            draft.forms.append(mention.text)
        elif not mention.text.isupper():  # "Port Aster" rather than a dateline's "PORT ASTER"
            draft.forms = [mention.text if f.casefold() == folded and f.isupper() else f for f in draft.forms]
    for quote in sorted(article.quotes, key=lambda q: q.start):
        key = quote.speaker_actor or (slug(quote.speaker) if quote.speaker else None)
        if key is None:
            continue
        draft = drafts.get(key)
        if draft is None and quote.speaker and quote.speaker.casefold() not in claimed:
            claimed.add(quote.speaker.casefold())
            draft = drafts[key] = DraftActor(key, [quote.speaker], None, "speaker", quote.paragraph)
        if draft is not None:
            draft.cues.append(quote.cue)
    found = [d for d in drafts.values() if d.forms]
    ids: set[str] = set()
    for draft in found:  # the loader wants snake_case ids, unique
        base = slug(draft.id)
        draft.id = next(f"{base}_{n}" if n else base for n in range(len(found) + 1)
                        if (f"{base}_{n}" if n else base) not in ids)
        ids.add(draft.id)
        if draft.type not in get_args(ActorType):
            draft.type = None
    return found


def _quoted(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


# Plain scalars YAML reads as something other than a string: booleans and nulls of YAML 1.1
# (an actor "Yes", the Scottish campaign, gets the id "yes") and numbers ("1_000").
_NOT_A_PLAIN_STRING = re.compile(r"(?:y|yes|n|no|true|false|on|off|null|[0-9_.]+)", re.IGNORECASE)


def _id_scalar(value: str) -> str:
    """An actor id as YAML: plain, as ids are snake_case, but quoted when YAML would read the
    plain word as a boolean, a null or a number."""
    return _quoted(value) if _NOT_A_PLAIN_STRING.fullmatch(value) else value


def _note(draft: DraftActor) -> str:
    where = "the dateline" if draft.first_paragraph == 0 else f"paragraph {draft.first_paragraph}"
    parts = [f"Found by the parser (rule {draft.rule}): {draft.named} mention(s) by name"]
    if draft.pronouns:
        parts[0] += f" and {draft.pronouns} by pronoun"
    parts[0] += f", first in {where}"
    if draft.cues:
        cues = ", ".join(dict.fromkeys(draft.cues))
        parts.append(f"speaks {len(draft.cues)} time(s) ({cues})")
    return "; ".join(parts) + "."


HEADER = """\
# Actors of {file}: a DRAFT, written by `python -m casebook new` from what the
# parser found with its general rules. Every entry is marked `status: to review`.
#
# For each entry, by reading the story:
#   1. check the label and the type (person | organisation | group | place);
#   2. set the side (government | opposition | rights | media | neutral);
#   3. write the role at the time of the story, and add its sources: citation
#      keys of entries in ../../references.bib;
#   4. merge two entries that are one actor (move the forms to `aliases:`),
#      and delete entries that are not actors;
#   5. delete the `status: to review` line. A reviewed entry must have a role
#      and sources; the book's build fails otherwise, naming the line.
# Schema: README.md in this folder.

"""


def actors_yaml(article: Article, file_name: str) -> str:
    """The text of a draft ``actors.yaml`` for ``article`` (see :func:`draft_actors`)."""
    lines = [HEADER.format(file=file_name)]
    drafts = draft_actors(article)
    if not drafts:
        return "".join(lines) + "actors: []  # the parser found no names; add the actors by hand\n"
    lines.append("actors:\n")
    for draft in drafts:
        names = ", ".join(_quoted(form) for form in sorted(draft.forms, key=lambda f: f != draft.label))
        kind = draft.type or DEFAULT_TYPE
        guessed = "" if draft.type else ", guessed"
        lines.append(
            f"  - id: {_id_scalar(draft.id)}\n"
            f"    status: to review\n"
            f"    label: {_quoted(draft.label)}\n"
            f"    type: {kind}  # person | organisation | group | place (from rule {draft.rule}{guessed})\n"
            f"    names: [{names}]\n"
            f"    role: \"\"  # to write: the role at the time of the story\n"
            f"    side: neutral  # to set: government | opposition | rights | media | neutral\n"
            f"    sources: []  # to add: citation keys of ../../references.bib\n"
            f"    note: {_quoted(_note(draft))}\n\n"
        )
    return "".join(lines).rstrip("\n") + "\n"
