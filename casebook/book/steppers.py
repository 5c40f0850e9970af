"""A stepper and a self-check that work in the static book, with no kernel (DESIGN §4).

The stepper shows one precomputed view at a time, with "previous" and "next"
buttons and a list to jump to any view. Everything is linked in the browser
with ``jslink``: the list's ``index`` and each view's navigation buttons are
linked to the ``selected_index`` of one ``Stack``. Each view's navigation is a
``ToggleButtons`` with one button per view; all are hidden by a small style
sheet except the ones for the view before and the view after, labelled
"Previous" and "Next". Choosing one sets the Stack to that view.

The self-check gives, for each question, a list of candidate answers linked to
a Stack of precomputed feedback. In a kernel, :func:`live_answer_check` also
takes free text and checks it with a function the chapter passes in.
"""
from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from typing import Any

_HIDE = "display: none !important;"


def _nav_css(css_class: str, total: int) -> str:
    """Hide every navigation button except those for the view before and after the shown one."""
    rules = [f".{css_class} .cb-step-nav .widget-toggle-button {{ {_HIDE} }}"]
    for i in range(total):
        shown = [j for j in (i - 1, i + 1) if 0 <= j < total]
        selectors = ", ".join(f".{css_class} .cb-step-at-{i} .widget-toggle-button:nth-of-type({j + 1})" for j in shown)
        if selectors:
            rules.append(f"{selectors} {{ display: inline-block !important; width: auto; min-width: 8em; }}")
    return "<style>" + "\n".join(rules) + "</style>"


def stepper(views: Mapping[str, str], *, description: str = "Event", css_class: str = "cb-stepper") -> Any:
    """Previous / next / choose over precomputed HTML views, linked in the browser (jslink)."""
    import ipywidgets as w

    if not views:
        raise ValueError("stepper needs at least one view")
    labels = list(views)
    total = len(labels)
    choose = w.Dropdown(options=labels, index=0, description=description,
                        style={"description_width": "initial"}, layout={"width": "100%", "max_width": "40em"})
    panels, navs = [], []
    for i, label in enumerate(labels):
        options = [("◀ Previous" if j == i - 1 else "Next ▶" if j == i + 1 else labels[j], j) for j in range(total)]
        nav = w.ToggleButtons(options=options, index=0, description="", tooltips=labels,
                              style={"button_width": "auto"})
        nav.add_class("cb-step-nav")
        nav.add_class(f"cb-step-at-{i}")
        navs.append(nav)
        panels.append(w.VBox([w.HTML(value=views[label]), nav]))
    stack = w.Stack(children=panels, selected_index=0)
    w.jslink((choose, "index"), (stack, "selected_index"))
    for nav in navs:
        # The Stack is the source: when the page loads, each link copies the Stack's index into
        # the navigation, never the other way (every navigation starts at its own view's index).
        w.jslink((stack, "selected_index"), (nav, "index"))
    box = w.VBox([w.HTML(value=_nav_css(css_class, total)), choose, stack])
    box.add_class("casebook-explorer")
    box.add_class(css_class)
    return box


def self_check(questions: Sequence[Mapping[str, Any]], *, css_class: str = "cb-self-check") -> Any:
    """One block per question: its text, a list of answers, and the feedback for the chosen answer.

    Each question is ``{"prompt": html, "choices": {label: feedback_html}}``; the
    first view, before any choice, asks the reader to choose.
    """
    import ipywidgets as w

    blocks = []
    for number, question in enumerate(questions, start=1):
        labels = ["(choose an answer)", *question["choices"]]
        choose = w.Dropdown(options=labels, index=0, description=f"Answer {number}",
                            style={"description_width": "initial"})
        feedback = [w.HTML(value="<p><em>Choose an answer to see whether it is right.</em></p>")]
        feedback += [w.HTML(value=question["choices"][label]) for label in labels[1:]]
        stack = w.Stack(children=feedback, selected_index=0)
        w.jslink((choose, "index"), (stack, "selected_index"))
        block = w.VBox([w.HTML(value=f"<p><strong>{number}.</strong> {question['prompt']}</p>"), choose, stack])
        block.add_class("cb-question")
        blocks.append(block)
    box = w.VBox(blocks)
    box.add_class("casebook-explorer")
    box.add_class(css_class)
    return box


def live_answer_check(prompts: Sequence[str], check: Callable[[int, str], str], *,
                      placeholder: str = "e.g. 8 March 2019") -> Any:
    """Kernel only: choose a question, type an answer; ``check(index, text)`` returns escaped HTML."""
    import ipywidgets as w

    question = w.Dropdown(options=[(f"Question {i + 1}", i) for i in range(len(prompts))], index=0,
                          description="Question", style={"description_width": "initial"})
    answer = w.Text(description="Your answer", placeholder=placeholder, continuous_update=False,
                    style={"description_width": "initial"})
    result = w.HTML(value="")

    def update(_: Any) -> None:
        text = answer.value.strip()
        result.value = check(question.value, text) if text else ""

    answer.observe(update, names="value")
    question.observe(update, names="value")
    out = w.VBox([w.HTML(value=f"<p>{html.escape(prompts[0])}</p>" if len(prompts) == 1 else ""),
                  question, answer, result])
    out.add_class("casebook-search")
    return out
