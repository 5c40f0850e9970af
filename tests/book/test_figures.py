"""The actor figures build, hold the expected artists, use the book's side colours, and are deterministic."""
from __future__ import annotations

from collections import Counter

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.text import Annotation  # noqa: E402

from casebook.knowledge.case import load_case  # noqa: E402
from casebook.book.figures import map_rows, mention_map, relation_network  # noqa: E402
from casebook.book.network import event_graph, network_edges, network_layout  # noqa: E402
from casebook.book.style import BOOK_RC, SIDE_COLOURS  # noqa: E402


@pytest.fixture(scope="module")
def case():
    return load_case("reuters-2018-01-15")


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def _grid(fig):
    return next(ax for ax in fig.axes if ax.get_gid() == "mention-grid")


def test_mention_map_has_one_row_per_actor(case, gold):
    fig = mention_map(case.article, case.annotations)
    grid = _grid(fig)
    labels = [t.get_text() for t in grid.get_yticklabels()]
    rows = map_rows(case.article, case.annotations)
    assert labels == [case.annotations.actor(a).label for a in rows]
    # Every person, organisation and group of the gold mentions has its row, and only those.
    gold_actors = {m["actor"] for m in gold["mentions"]}
    types = {a.id: a.type for a in case.annotations.actors}
    assert set(rows) == {a for a in gold_actors if types[a] != "place"}


def test_mention_map_markers_match_the_gold_counts(case, gold):
    fig = mention_map(case.article, case.annotations)
    grid = _grid(fig)
    rows = map_rows(case.article, case.annotations)
    paragraph_of = {}
    for m in gold["mentions"]:
        paragraph_of[m["start"]] = next((s["paragraph"] for s in gold["sentences"]
                                         if s["start"] <= m["start"] < s["end"]), 0)
    expected = Counter((m["actor"], paragraph_of[m["start"]]) for m in gold["mentions"] if m["actor"] in rows)
    markers = {c.get_gid(): c for c in grid.collections if (c.get_gid() or "").startswith("mention-")}
    assert len(markers) == len(expected)
    numbers = sorted(int(t.get_text()) for t in grid.texts)
    assert numbers == sorted(expected.values())
    side_of = {a.id: a.side for a in case.annotations.actors}
    for (actor, paragraph) in expected:
        marker = markers[f"mention-{actor}-{paragraph}"]
        assert to_hex(marker.get_facecolor()[0]).upper() == SIDE_COLOURS[side_of[actor]].upper()


def test_mention_map_uses_the_book_style(case):
    matplotlib.rcParams.update({"font.size": 3})
    mention_map(case.article, case.annotations)
    assert matplotlib.rcParams["font.size"] == BOOK_RC["font.size"]
    fig = mention_map(case.article, case.annotations)
    assert not any(ax.get_title() for ax in fig.axes), "titles belong in captions"
    assert not fig._suptitle


def test_relation_network_has_one_labelled_edge_per_event(case):
    fig = relation_network(case.events, case.annotations)
    ax = fig.axes[0]
    arrows = [a for a in ax.texts if isinstance(a, Annotation) and (a.get_gid() or "").startswith("edge:")]
    labels = [t for t in ax.texts if (t.get_gid() or "").startswith("label:")]
    edges = network_edges(case.events)
    assert len(arrows) == len(labels) == len(edges)
    # Every event is drawn exactly once, and its label names the relation and the paragraph.
    drawn = Counter(i for a in arrows for i in a.get_gid().removeprefix("edge:").split(","))
    assert drawn == Counter(e.id for e in case.events)
    label_of = {t.get_gid().removeprefix("label:"): " ".join(t.get_text().split()) for t in labels}
    for e in case.events:
        text = next(v for k, v in label_of.items() if e.id in k.split(","))
        assert e.relation in text and f"¶{e.paragraph}" in text, (e.id, text)


def test_relation_network_colours_come_from_the_style(case):
    fig = relation_network(case.events, case.annotations)
    ax = fig.axes[0]
    side_of = {a.id: a.side for a in case.annotations.actors}
    for arrow in (a for a in ax.texts if isinstance(a, Annotation) and (a.get_gid() or "").startswith("edge:")):
        first = arrow.get_gid().removeprefix("edge:").split(",")[0]
        source = next(e.source for e in case.events if e.id == first)
        assert to_hex(arrow.arrow_patch.get_edgecolor()).upper() == SIDE_COLOURS[side_of[source]].upper()
    nodes = {c.get_gid().removeprefix("node-"): c for c in ax.collections if (c.get_gid() or "").startswith("node-")}
    assert set(nodes) == {n for e in case.events for n in (e.source, e.target)}
    for node, marker in nodes.items():
        assert to_hex(marker.get_facecolor()[0]).upper() == SIDE_COLOURS[side_of[node]].upper()


def test_network_layout_is_deterministic_and_by_side(case):
    edges = network_edges(case.events)
    first = network_layout(edges, case.annotations)
    assert first == network_layout(edges, case.annotations)
    side_of = {a.id: a.side for a in case.annotations.actors}
    heights: dict[str, set[float]] = {}
    for node, (_, y) in first.items():
        heights.setdefault(side_of[node], set()).add(y)
    assert all(len(ys) == 1 for ys in heights.values()), "each side sits on one row"
    row = {side: ys.pop() for side, ys in heights.items()}
    assert row["rights"] > row["government"] > row["opposition"]


def test_event_graph_counts_events(case):
    graph = event_graph(case.events, case.annotations)
    assert graph.number_of_edges() == len(case.events)
    assert graph.in_degree("government") == sum(e.target == "government" for e in case.events)
    assert graph.nodes["cnrp"]["side"] == "opposition"
