"""The cast of characters: one row per actor, computed from the parsed mentions and quotations.

Nothing here is typed by hand: counts come from ``Article.mentions`` and
``Article.quotes``; names, roles, sides and Wikidata ids from the actor
annotations. The HTML renderers escape every text they are given and build
links themselves, so a name with ``<`` or ``&`` cannot break the page.
"""
from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casebook.knowledge.annotations import Actor, Annotations
from casebook.book.links import paragraph_link
from casebook.model import Article, Mention
from casebook.book.style import SIDE_LABELS, side_colour, side_swatch

if TYPE_CHECKING:
    import pandas

TYPE_ORDER = ("person", "organisation", "group", "place")
PEOPLE_AND_ORGANISATIONS = ("person", "organisation", "group")
NAMED_KINDS = ("name", "alias", "short", "pattern")  # everything but pronouns
WIKIDATA_URL = "https://www.wikidata.org/wiki/"
HEADER_LABEL = "dateline"  # paragraph 0 is the header line

COLUMN_TITLES = {
    "actor": "Actor",
    "name": "Actor",
    "place": "Place",
    "first": "First ¶",
    "named": "Named",
    "pronouns": "Pronoun",
    "mentions": "Mentions",
    "quotes": "Quoted",
    "role": "Role at the time of the story",
}


def short_name(actor: Actor) -> str:
    """A short display name: a person's label (never a bare given or family name); for
    anything else the shortest of its label, names and aliases (for example "CNRP")."""
    if actor.type == "person":
        return actor.label
    return min((actor.label, *actor.names, *actor.aliases), key=lambda form: (len(form), form))


def sentence_of(article: Article, offset: int) -> int:
    """The number of the sentence containing ``offset`` (0 for the header line)."""
    return next((s.number for s in article.sentences if s.start <= offset < s.end), 0)


def mention_frame(article: Article, annotations: Annotations) -> pandas.DataFrame:
    """Every resolved mention as a row: where it is, who it names, how it was found."""
    import pandas

    rows = []
    for m in article.mentions:
        actor = annotations.actor(m.actor)
        if actor is None:
            continue
        rows.append({
            "paragraph": m.paragraph, "sentence": sentence_of(article, m.start), "text": m.text,
            "actor": m.actor, "label": actor.label, "type": actor.type, "side": actor.side,
            "kind": m.kind, "rule": m.rule, "start": m.start, "end": m.end,
        })
    columns = ["paragraph", "sentence", "text", "actor", "label", "type", "side", "kind", "rule", "start", "end"]
    return pandas.DataFrame(rows, columns=columns)


def written_forms(mentions: Sequence[Mention]) -> tuple[str, ...]:
    """Distinct non-pronoun surface forms, in order of first appearance."""
    seen: dict[str, None] = {}
    for m in mentions:
        if m.kind != "pronoun":
            seen.setdefault(m.text, None)
    return tuple(seen)


def cast_frame(article: Article, annotations: Annotations,
               types: Sequence[str] = PEOPLE_AND_ORGANISATIONS) -> pandas.DataFrame:
    """One row per actor of the given types, indexed by actor id.

    Columns: label, written_as, type, role, role_as_of, side, first_paragraph
    (0 = the dateline, <NA> if never mentioned), named (names, acronyms and
    descriptions such as "the party"), pronouns, mentions (their sum), quotes
    (quotations and reported statements attributed to the actor), wikidata.
    """
    import pandas

    rows = []
    for actor in annotations.actors:
        if actor.type not in types:
            continue
        mine = [m for m in article.mentions if m.actor == actor.id]
        named = sum(1 for m in mine if m.kind in NAMED_KINDS)
        pronouns = sum(1 for m in mine if m.kind == "pronoun")
        rows.append({
            "id": actor.id, "label": actor.label, "written_as": " · ".join(written_forms(mine)),
            "type": actor.type, "role": actor.role, "role_as_of": actor.role_as_of, "side": actor.side,
            "first_paragraph": min((m.paragraph for m in mine), default=None),
            "named": named, "pronouns": pronouns, "mentions": named + pronouns,
            "quotes": sum(1 for q in article.quotes if q.speaker_actor == actor.id),
            "wikidata": actor.wikidata, "_offset": min((m.start for m in mine), default=len(article.text)),
        })
    frame = pandas.DataFrame(rows, columns=[
        "id", "label", "written_as", "type", "role", "role_as_of", "side", "first_paragraph",
        "named", "pronouns", "mentions", "quotes", "wikidata", "_offset"])
    frame["first_paragraph"] = frame["first_paragraph"].astype("Int64")
    rank = frame["type"].map({t: i for i, t in enumerate(TYPE_ORDER)})
    order = frame.assign(_rank=rank).sort_values(["_rank", "_offset", "label"], kind="stable")
    frame = order.drop(columns=["_rank", "_offset"]).set_index("id")
    # The story's month: roles dated otherwise get an "as of" remark in role_cell.
    frame.attrs["story_month"] = (article.dct or "")[:7]
    return frame


# ------------------------------------------------------------------ HTML


def _missing(value: object) -> bool:
    """None, NaN, pandas.NA or an empty string: a cell with nothing to show."""
    import pandas

    if value is None or isinstance(value, str):
        return not value
    try:
        return bool(pandas.isna(value))
    except (TypeError, ValueError):  # a list or an array: not a single missing value
        return False


def wikidata_link(qid: object) -> str:
    """An escaped link to a Wikidata item, or an empty string when there is none."""
    if _missing(qid):
        return ""
    qid = str(qid)
    return f'<a href="{html.escape(WIKIDATA_URL + qid)}" title="Wikidata item {html.escape(qid)}">{html.escape(qid)}</a>'


def first_link(paragraph: object) -> str:
    """The first paragraph as a link to the source chapter ("dateline" for the header)."""
    if _missing(paragraph):
        return "—"
    number = int(paragraph)  # type: ignore[call-overload]
    # A soft hyphen lets "dateline" break on a narrow screen.
    return html.escape(HEADER_LABEL).replace("line", "\u00adline") if number == 0 else paragraph_link(number)


def actor_cell(row: pandas.Series) -> str:
    """Name, the forms it is written in, type, side and Wikidata link, in one cell."""
    side = str(row["side"])
    written = [w for w in str(row["written_as"]).split(" · ") if w and w != row["label"]]
    parts = [f'<strong>{html.escape(str(row["label"]))}</strong>']
    if written:
        parts.append('<span class="casebook-written">as written: '
                     + ", ".join(f"“{html.escape(w)}”" for w in written) + "</span>")
    facts = [html.escape(str(row["type"])),
             f'<span class="casebook-side casebook-side-{html.escape(side)}">{side_swatch(side)}'
             f'{html.escape(SIDE_LABELS.get(side, side))}</span>']
    if not _missing(row["wikidata"]):
        facts.append(wikidata_link(row["wikidata"]))
    parts.append('<span class="casebook-facts">' + " · ".join(facts) + "</span>")
    return "<br>".join(parts)


def role_cell(row: pandas.Series, story_month: str = "") -> str:
    """The role, with "(as of DATE)" when it is dated other than the story's month."""
    role = html.escape(str(row["role"]))
    as_of = row["role_as_of"]
    if not _missing(as_of) and not (story_month and str(as_of).startswith(story_month)):
        role += f" <em>(as of {html.escape(str(as_of))})</em>"
    return role


def cast_html(frame: pandas.DataFrame, *, caption: str,
              columns: Sequence[str] = ("actor", "first", "named", "pronouns", "quotes"),
              css_class: str = "") -> str:
    """A compact, phone-friendly HTML table of ``frame`` (from :func:`cast_frame`).

    Every text is escaped here; ``caption`` too. The side is shown as a word
    and as the colour of the row's left border, so it reads without colour.
    """
    cells = {
        "actor": actor_cell, "place": actor_cell,
        "role": lambda r: role_cell(r, frame.attrs.get("story_month", "")),
        "name": lambda r: f'<strong>{html.escape(str(r["label"]))}</strong>',
        "first": lambda r: first_link(r["first_paragraph"]),
        "named": lambda r: str(int(r["named"])), "pronouns": lambda r: str(int(r["pronouns"])),
        "mentions": lambda r: str(int(r["mentions"])), "quotes": lambda r: str(int(r["quotes"])),
    }
    numeric = {"first", "named", "pronouns", "mentions", "quotes"}
    css = {c: ' class="casebook-num"' if c in numeric else "" for c in columns}
    head = "".join(f'<th scope="col"{css[c]}>{html.escape(COLUMN_TITLES[c])}</th>' for c in columns)
    body = []
    for _, row in frame.iterrows():
        colour = side_colour(str(row["side"]))
        tds = "".join(
            (f'<td style="border-left: 6px solid {colour}"{css[c]}>' if i == 0 else f"<td{css[c]}>")
            + cells[c](row) + "</td>" for i, c in enumerate(columns))
        body.append(f"<tr>{tds}</tr>")
    classes = " ".join(["dataframe", "casebook-cast", *css_class.split()])
    return (f'<table class="{html.escape(classes)}"><caption>{html.escape(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")
