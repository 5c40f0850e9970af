"""Who acts on whom: the curated events as a graph, grouped into arrows and laid out by side.

The graph is a :class:`networkx.MultiDiGraph` with one edge per event, so
that any graph measure (degree, in- and out-degree) counts events. For the
figure, events with the same source, target and modality share one arrow, and
a repeated report (``same_as``) joins the arrow of its first report.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebook.knowledge.annotations import Annotations
from casebook.knowledge.events import Event, Events

if TYPE_CHECKING:
    import networkx
    import pandas

# Rows top to bottom: critics, the state, its opponents, then the rest.
NETWORK_ROWS = ("rights", "government", "opposition", "media", "neutral")
COLUMN_GAP = 4.0  # between neighbours in a row
ROW_GAP = 3.0  # between rows, plus three quarters of a unit per arrow that crosses the gap


@dataclass(frozen=True)
class Edge:
    """One drawn arrow: events with the same source, target and modality."""

    source: str
    target: str
    modality: str
    events: tuple[Event, ...]

    def label(self) -> str:
        """One line per relation, with every paragraph that reports it: ``dissolved ¶2``."""
        lines: dict[str, list[int]] = {}
        for e in self.events:
            paragraphs = lines.setdefault(e.relation, [])
            if e.paragraph not in paragraphs:
                paragraphs.append(e.paragraph)
        return "\n".join(f"{rel} " + ", ".join(f"¶{p}" for p in ps) for rel, ps in lines.items())


def event_graph(events: Events, annotations: Annotations) -> networkx.MultiDiGraph:
    """One node per actor in an event (with label and side), one edge per event (keyed by its id)."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for e in events:
        for node in (e.source, e.target):
            actor = annotations.actor(node)
            graph.add_node(node, label=actor.label if actor else node, side=actor.side if actor else "neutral")
        graph.add_edge(e.source, e.target, key=e.id, relation=e.relation, paragraph=e.paragraph,
                       modality=e.modality, cameo=e.cameo)
    return graph


def network_edges(events: Events) -> list[Edge]:
    """Group events into arrows, in the order of their first event."""
    first_of = {e.id: e for e in events}
    groups: dict[tuple[str, str, str], list[Event]] = {}
    for e in events:
        origin = first_of.get(e.same_as) if e.same_as else None
        modality = origin.modality if origin else e.modality
        groups.setdefault((e.source, e.target, modality), []).append(e)
    return [Edge(s, t, m, tuple(evs)) for (s, t, m), evs in groups.items()]


def network_layout(edges: list[Edge], annotations: Annotations) -> dict[str, tuple[float, float]]:
    """One row per side, top to bottom in ``NETWORK_ROWS`` order; within a row, nodes ordered
    to shorten edges (barycentre sweeps). Rows with many arrows between them sit further apart.

    Deterministic: the first order is that of the first event, and ties keep it.
    """
    nodes: list[str] = []
    for edge in edges:
        for node in (edge.source, edge.target):
            if node not in nodes:
                nodes.append(node)
    neighbours: dict[str, set[str]] = {n: set() for n in nodes}
    for edge in edges:
        neighbours[edge.source].add(edge.target)
        neighbours[edge.target].add(edge.source)
    side_of = {a.id: a.side for a in annotations.actors}
    rows = [r for r in NETWORK_ROWS if any(side_of.get(n, "neutral") == r for n in nodes)]
    row_of = {n: rows.index(side_of.get(n, "neutral")) for n in nodes}
    order = {r: [n for n in nodes if row_of[n] == r] for r in range(len(rows))}
    width = max((len(v) for v in order.values()), default=1)

    def place() -> dict[str, float]:
        return {n: (width - len(ns)) / 2 + i for ns in order.values() for i, n in enumerate(ns)}

    x = place()
    for _ in range(4):
        for r in order:
            def centre(node: str) -> float:
                others = [x[m] for m in neighbours[node] if row_of[m] != row_of[node]]
                return sum(others) / len(others) if others else x[node]
            order[r].sort(key=lambda node: (centre(node), x[node]))
            x = place()
    y_of, y = {}, 0.0
    for r in range(len(rows)):
        if r:
            between = sum(1 for e in edges if {row_of[e.source], row_of[e.target]} == {r - 1, r})
            y -= ROW_GAP + 0.75 * between
        y_of[r] = y
    return {n: (x[n] * COLUMN_GAP, y_of[row_of[n]]) for n in nodes}


def events_html(events: Events, annotations: Annotations, *, caption: str) -> str:
    """The events as a compact, escaped HTML table: paragraph, who → whom, the words, modality, CAMEO."""
    import html

    from casebook.book.cast import short_name
    from casebook.book.links import paragraph_link

    def name(actor_id: str) -> str:
        actor = annotations.actor(actor_id)
        return html.escape(short_name(actor) if actor else actor_id)

    rows = []
    for e in events:
        codes = html.escape(e.cameo or "—")
        if e.alt_codes:
            codes += f" <small>(or {html.escape(', '.join(e.alt_codes))})</small>"
        rows.append(
            f"<tr><td>{paragraph_link(e.paragraph)}</td><td>{name(e.source)} → {name(e.target)}</td>"
            f"<td>{html.escape(e.relation)}<br><small>“{html.escape(e.trigger)}”</small></td>"
            f"<td>{html.escape(e.modality)}</td><td>{codes}</td></tr>")
    head = "".join(f'<th scope="col">{t}</th>' for t in ("¶", "Who → whom", "Relation (words in the text)",
                                                          "Modality", "CAMEO"))
    return (f'<table class="dataframe casebook-cast casebook-events"><caption>{html.escape(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def events_frame(events: Events) -> pandas.DataFrame:
    """The events as a DataFrame, one row per entry, in file order."""
    import pandas

    columns = ["id", "paragraph", "trigger", "source", "target", "relation", "cameo",
               "alt_codes", "modality", "date", "same_as", "start", "end"]
    rows = [{name: (", ".join(getattr(e, name)) if name == "alt_codes" else getattr(e, name))
             for name in columns} for e in events]
    return pandas.DataFrame(rows, columns=columns)
