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
from collections.abc import Mapping
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
) -> Any:
    """A selector linked in the browser to a stack of precomputed HTML views.

    ``views`` maps each option label to an HTML fragment (already escaped by the
    caller). ``description`` labels the selector for screen readers.
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
    return box


def views_as_html(views: Mapping[str, str], *, summary: str) -> str:
    """Every view in one collapsed ``<details>`` block: the no-script fallback."""
    parts = [f"<details class='casebook-fallback'><summary>{html.escape(summary)}</summary>"]
    for label, body in views.items():
        parts.append(f"<section><p><strong>{html.escape(label)}</strong></p>{body}</section>")
    parts.append("</details>")
    return "".join(parts)
