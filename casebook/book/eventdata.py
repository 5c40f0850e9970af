"""The story as event data: the coding table, what each dataset would keep, the actor matrix, the exercise.

Everything here reads the coded events (:class:`~casebook.knowledge.events.Events`),
the code list (:class:`~casebook.knowledge.event_codes.EventCodes`) and the
actors; nothing parses text. Counts always use distinct events
(:meth:`Events.distinct`): a repeated report of an event is not a second event.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from casebook.book.cast import short_name
from casebook.book.links import paragraph_link
from casebook.book.render_notes import esc
from casebook.book.style import use_book_style
from casebook.knowledge.annotations import Annotations
from casebook.knowledge.coding_exercise import CodingQuestion
from casebook.knowledge.event_codes import EventCodes
from casebook.knowledge.events import Event, Events

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Okabe-Ito colours, each with its own hatching, so the classes differ in greyscale too.
QUAD_STYLES: dict[int, tuple[str, str]] = {
    1: ("#56B4E9", ""),  # verbal cooperation: sky blue, plain
    2: ("#009E73", "++"),  # material cooperation: bluish green, crosses
    3: ("#E69F00", "//"),  # verbal conflict: orange, diagonal lines
    4: ("#D55E00", "xx"),  # material conflict: vermilion, cross-hatching
}
NO_CODE_STYLE = ("#DDDDDD", "..")


def _actor_name(annotations: Annotations, actor_id: str) -> str:
    actor = annotations.actor(actor_id)
    return short_name(actor) if actor else actor_id


def coding_rows(events: Events, annotations: Annotations, codes: EventCodes) -> list[dict[str, Any]]:
    """One row per entry, in text order: the coding of each event with its labels."""
    rows = []
    for e in events:
        quad = codes.quad(e.cameo) if e.cameo else None
        rows.append({
            "id": e.id, "paragraph": e.paragraph, "sentence": e.sentence, "trigger": e.trigger,
            "source": _actor_name(annotations, e.source), "source_code": e.source_code or "",
            "target": _actor_name(annotations, e.target), "target_code": e.target_code or "",
            "cameo": e.cameo or "", "label": codes.label(e.cameo) if e.cameo else "",
            "alternatives": [(c, codes.label(c)) for c in e.alt_codes],
            "quad": quad[1] if quad else "", "modality": e.modality, "date": e.date or "",
            "same_as": e.same_as or "",
        })
    return rows


def coding_html(rows: Sequence[dict[str, Any]], *, caption: str) -> str:
    """The coding table as escaped HTML (wrap it in ``scroll_frame`` on a phone)."""
    head = ("¶", "Source → target (actor codes)", "Words in the text", "CAMEO code", "Other defensible codes",
            "Quad class", "Modality", "Date")
    body = []
    for r in rows:
        code = f"<strong>{esc(r['cameo'])}</strong> {esc(r['label'])}" if r["cameo"] else "<em>no code</em>"
        alts = "<br>".join(f"{esc(c)} {esc(label)}" for c, label in r["alternatives"]) or "—"
        repeat = f"<br><small>repeats {esc(r['same_as'])}: not counted again</small>" if r["same_as"] else ""
        body.append(
            f"<tr><td>{paragraph_link(r['paragraph'])}</td>"
            f"<td>{esc(r['source'])} <code>{esc(r['source_code'])}</code> → {esc(r['target'])}"
            f" <code>{esc(r['target_code'])}</code></td><td>“{esc(r['trigger'])}”{repeat}</td>"
            f"<td>{code}</td><td>{alts}</td><td>{esc(r['quad']) or '—'}</td><td>{esc(r['modality'])}</td>"
            f"<td>{esc(r['date']) or '—'}</td></tr>")
    cols = "".join(f'<th scope="col">{esc(h)}</th>' for h in head)
    return (f'<table class="dataframe casebook-cast casebook-coding"><caption>{esc(caption)}</caption>'
            f"<thead><tr>{cols}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def dataset_rows(events: Events, codes: EventCodes) -> list[dict[str, str]]:
    """For each distinct event: what a CAMEO dataset such as GDELT, PLOVER and ACLED would record."""
    rows = []
    for e in events.distinct():
        plover = codes.plover_type(e.cameo) if e.cameo else ""
        rows.append({
            "id": e.id, "paragraph": str(e.paragraph), "words": e.trigger, "modality": e.modality,
            "cameo": f"{e.cameo} ({codes.quad(e.cameo)[1].lower()})" if e.cameo else "no code",
            "plover": ("not coded (statements and appeals are dropped)" if plover == "dropped"
                       else plover or "no code"),
            "acled": f"possibly: strategic development, {e.acled}" if e.acled else "not recorded",
        })
    return rows


def dataset_counts(events: Events, codes: EventCodes) -> dict[str, int]:
    """How many distinct events each scheme could keep: the basis of the chapter's comparison."""
    distinct = events.distinct()
    coded = [e for e in distinct if e.cameo]
    return {
        "distinct": len(distinct), "cameo": len(coded),
        "plover": sum(1 for e in coded if codes.plover_type(e.cameo) not in ("", "dropped")),
        "acled": sum(1 for e in distinct if e.acled),
        "verbal": sum(1 for e in coded if codes.quad(e.cameo)[0] in (1, 3)),
        "material": sum(1 for e in coded if codes.quad(e.cameo)[0] in (2, 4)),
        "conditional": sum(1 for e in distinct if e.modality == "conditional"),
    }


def dataset_html(rows: Sequence[dict[str, str]], *, caption: str) -> str:
    head = ("¶", "Words in the text", "Modality", "CAMEO (as in GDELT)", "PLOVER", "ACLED")
    body = "".join(
        f"<tr><td>{paragraph_link(int(r['paragraph']))}</td><td>“{esc(r['words'])}”</td><td>{esc(r['modality'])}</td>"
        f"<td>{esc(r['cameo'])}</td><td>{esc(r['plover'])}</td><td>{esc(r['acled'])}</td></tr>" for r in rows)
    cols = "".join(f'<th scope="col">{esc(h)}</th>' for h in head)
    return (f'<table class="dataframe casebook-cast casebook-datasets"><caption>{esc(caption)}</caption>'
            f"<thead><tr>{cols}</tr></thead><tbody>{body}</tbody></table>")


def _axis_order(ids: list[str], annotations: Annotations) -> list[str]:
    rank = {"rights": 0, "government": 1, "opposition": 2}
    side = {a.id: a.side for a in annotations.actors}
    return sorted(ids, key=lambda i: (rank.get(side.get(i, ""), 3), ids.index(i)))


def event_matrix(events: Events, annotations: Annotations, codes: EventCodes) -> Figure:
    """Actors × actors: each distinct event is a box in the cell (source row, target column),
    filled with its quad class's colour and hatching and labelled with its code and paragraph."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch, Rectangle

    use_book_style()
    distinct = list(events.distinct())
    sources = _axis_order(list(dict.fromkeys(e.source for e in distinct)), annotations)
    targets = _axis_order(list(dict.fromkeys(e.target for e in distinct)), annotations)
    cells: dict[tuple[str, str], list[Event]] = {}
    for e in distinct:
        cells.setdefault((e.source, e.target), []).append(e)
    fig, ax = plt.subplots(figsize=(1.55 * len(targets) + 2.2, 0.95 * len(sources) + 1.6))
    for (source, target), group in cells.items():
        x0, y0, width = targets.index(target), sources.index(source), 1 / len(group)
        for k, e in enumerate(group):
            colour, hatch = QUAD_STYLES[codes.quad(e.cameo)[0]] if e.cameo else NO_CODE_STYLE
            ax.add_patch(Rectangle((x0 + k * width + 0.03, y0 + 0.06), width - 0.06, 0.88, facecolor=colour,
                                   hatch=hatch, edgecolor="#222222", linewidth=1.2,
                                   linestyle=":" if e.modality == "conditional" else "-"))
            actor = annotations.actor(e.source)
            override = f"\nas {e.source_code}" if actor and e.source_code != actor.cameo else ""
            text = f"{e.cameo or '—'}\n¶{e.paragraph}{' if' if e.modality == 'conditional' else ''}{override}"
            ax.text(x0 + (k + 0.5) * width, y0 + 0.5, text, ha="center", va="center", fontsize=8.5,
                    fontweight="bold", bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "alpha": 0.85,
                                             "linewidth": 0})

    def tick(actor_id: str) -> str:
        actor = annotations.actor(actor_id)
        return f"{_actor_name(annotations, actor_id)}\n{actor.cameo if actor and actor.cameo else ''}"

    ax.set_xlim(0, len(targets))
    ax.set_ylim(len(sources), 0)
    ax.set_xticks([i + 0.5 for i in range(len(targets))], [tick(t) for t in targets], fontsize=8.5)
    ax.set_yticks([i + 0.5 for i in range(len(sources))], [tick(s) for s in sources], fontsize=8.5)
    ax.xaxis.tick_top()
    ax.set_xlabel("Target: the actor acted upon")
    ax.xaxis.set_label_position("top")
    ax.set_ylabel("Source: the actor who acts")
    for i in range(len(targets) + 1):
        ax.axvline(i, color="#BBBBBB", linewidth=0.6)
    for i in range(len(sources) + 1):
        ax.axhline(i, color="#BBBBBB", linewidth=0.6)
    used = sorted({codes.quad(e.cameo) for e in distinct if e.cameo})
    handles = [Patch(facecolor=QUAD_STYLES[n][0], hatch=QUAD_STYLES[n][1], edgecolor="#222222", label=label)
               for n, label in used]
    handles.append(Patch(facecolor=NO_CODE_STYLE[0], hatch=NO_CODE_STYLE[1], edgecolor="#222222",
                         label="No CAMEO code"))
    handles.append(Patch(facecolor="white", edgecolor="#222222", linestyle=":", label="Conditional (\"if\")"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8.5)
    for spine in ax.spines.values():
        spine.set_visible(False)
    fig.tight_layout()
    return fig


_VERDICTS = {
    "reference": ("Reference coding.", "cb-right"),
    "alternative": ("A defensible alternative; the reference coding chose otherwise.", "cb-close"),
    "other": ("Not the reference coding.", "cb-wrong"),
}


def coding_questions(questions: Sequence[CodingQuestion], events: Events, codes: EventCodes) -> list[dict[str, Any]]:
    """The exercise as ``self_check`` questions: the sentence, the question, and feedback per choice."""
    by_id = {e.id: e for e in events}
    out = []
    for q in questions:
        event = by_id[q.event]
        choices = {}
        for c in q.choices:
            label = f"{c.answer} {codes.label(c.answer)}" if q.field == "cameo" else (
                f"{c.answer} ({codes.describe_actor_code(c.answer)})" if q.field.endswith("_code") else c.answer)
            verdict, css = _VERDICTS[c.verdict]
            choices[label] = f'<p class="{css}"><strong>{esc(verdict)}</strong> {esc(c.why)}</p>'
        prompt = (f"{paragraph_link(event.paragraph)} <q>{esc(event.sentence)}</q><br>{esc(q.prompt)}")
        out.append({"prompt": prompt, "choices": choices})
    return out
