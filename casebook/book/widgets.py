"""Explorers that work with and without a kernel (DESIGN §4).

The static layer: a selector whose ``index`` is linked with ``jslink`` to the
``selected_index`` of a ``Stack`` of precomputed views. The link lives in the
browser, so it keeps working in the built HTML, where no Python runs. Every
explorer also offers :func:`views_as_html`, a plain ``<details>`` list of the
same views, which a chapter shows beneath the widget so that a reader whose
browser does not run the widget script still gets every view.
"""
from __future__ import annotations

import html
import os
from collections.abc import Callable, Mapping
from typing import Any

STATIC_BUILD_ENV = "CASEBOOK_STATIC_BUILD"


def in_static_build() -> bool:
    """True while ``make book`` executes the chapters for the static HTML.

    A live-only widget (one whose callback needs Python) would be dead in the
    built page, so chapters show it only when this is False: in JupyterLab,
    Binder or Colab.
    """
    return os.environ.get(STATIC_BUILD_ENV) == "1"


def static_explorer(
    views: Mapping[str, str],
    *,
    description: str,
    selector: str = "dropdown",
    css_class: str | None = None,
) -> Any:
    """A selector linked in the browser to a stack of precomputed HTML views.

    ``views`` maps each option label to an HTML fragment (already escaped by the
    caller). ``description`` labels the selector for screen readers.
    ``css_class`` is added to the box beside ``casebook-explorer``, for styling
    one kind of explorer (and for tests to find it).
    """
    import ipywidgets as w

    if not views:
        raise ValueError("static_explorer needs at least one view")
    labels = list(views)
    if selector == "dropdown":
        choose = w.Dropdown(options=labels, index=0, description=description,
                            style={"description_width": "initial"})
    elif selector == "toggle":
        choose = w.ToggleButtons(options=labels, index=0, description=description,
                                 style={"description_width": "initial"})
    else:
        raise ValueError(f"selector must be 'dropdown' or 'toggle', not {selector!r}")
    panels = [w.HTML(value=views[label]) for label in labels]
    stack = w.Stack(children=panels, selected_index=0)
    w.jslink((choose, "index"), (stack, "selected_index"))
    box = w.VBox([choose, stack])
    box.add_class("casebook-explorer")
    if css_class:
        box.add_class(css_class)
    return box


def live_search(render: Callable[[str], str], *, description: str, placeholder: str = "",
                initial: str = "") -> Any:
    """A text box whose value is passed to ``render`` (query -> escaped HTML) on every change.

    Live only: the callback runs in Python, so chapters show this widget only
    when :func:`in_static_build` is False.
    """
    import ipywidgets as w

    box = w.Text(value=initial, description=description, placeholder=placeholder,
                 continuous_update=False, style={"description_width": "initial"})
    result = w.HTML(value=render(initial))

    def update(change: dict[str, Any]) -> None:
        result.value = render(change["new"])

    box.observe(update, names="value")
    out = w.VBox([box, result])
    out.add_class("casebook-search")
    return out


def views_as_html(views: Mapping[str, str], *, summary: str) -> str:
    """Every view in one collapsed ``<details>`` block: the no-script fallback."""
    parts = [f"<details class='casebook-fallback'><summary>{html.escape(summary)}</summary>"]
    for label, body in views.items():
        parts.append(f"<section><p><strong>{html.escape(label)}</strong></p>{body}</section>")
    parts.append("</details>")
    return "".join(parts)
