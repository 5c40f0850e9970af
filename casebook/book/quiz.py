"""A self-check quiz from a small YAML file: questions, choices and precomputed feedback.

The quiz file is plain data (see ``data/annotations/README.md``)::

    <section>:
      - prompt: "Who is quoted ...?"        # HTML allowed; paragraph links as [p5]
        choices:
          - answer: "The minister"
            right: true
            why: "Feedback shown for this choice."

:func:`quiz_questions` turns one section into the questions that
:func:`casebook.book.self_check` shows; the feedback is chosen in the browser
(jslink), so the quiz works in the static book. Nothing here knows the case.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from casebook.book.links import paragraph_link
from casebook.book.render_notes import esc
from casebook.errors import AnnotationError

_PARA = re.compile(r"\[p(\d+)\]")


def _with_links(text: str) -> str:
    """Escape text, then turn ``[p5]`` into a link to paragraph 5 of the annotated source."""
    return _PARA.sub(lambda m: paragraph_link(int(m.group(1))), esc(text))


def load_quiz(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """{section: [question, ...]}, checked: each question has a prompt and exactly one right choice."""
    import yaml

    path = Path(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise AnnotationError(f"{path}: the top level must map section names to lists of questions")
    for section, questions in data.items():
        for number, question in enumerate(questions or [], start=1):
            where = f"{path}: section {section!r}, question {number}"
            if not question.get("prompt") or not question.get("choices"):
                raise AnnotationError(f"{where}: give a 'prompt' and a list of 'choices'")
            right = [c for c in question["choices"] if c.get("right")]
            if len(right) != 1:
                raise AnnotationError(f"{where}: mark exactly one choice 'right: true' (found {len(right)})")
            for choice in question["choices"]:
                if not choice.get("answer") or not choice.get("why"):
                    raise AnnotationError(f"{where}: every choice needs an 'answer' and a 'why' (the feedback)")
    return data


def quiz_questions(quiz: dict[str, list[dict[str, Any]]], section: str) -> list[dict[str, Any]]:
    """One section as ``self_check`` questions: prompt HTML and {answer label: feedback HTML}."""
    if section not in quiz:
        raise KeyError(f"no quiz section {section!r}; sections: {', '.join(quiz)}")
    out = []
    for question in quiz[section]:
        choices = {}
        for choice in question["choices"]:
            verdict, css = ("Right.", "cb-right") if choice.get("right") else ("Not quite.", "cb-wrong")
            choices[choice["answer"]] = f'<p class="{css}"><strong>{verdict}</strong> {_with_links(choice["why"])}</p>'
        out.append({"prompt": _with_links(question["prompt"]), "choices": choices})
    return out


def quiz_answer_key(quiz: dict[str, list[dict[str, Any]]], section: str) -> list[str]:
    """The right answer of each question of a section, in order (for the teacher's answer key and tests)."""
    return [next(c["answer"] for c in q["choices"] if c.get("right")) for q in quiz[section]]
