"""The student edition: leave out every solution, model answer and note for teachers (issue 14, part 3).

Active only when the environment variable ``CASEBOOK_EDITION`` is ``student``
(``python scripts/book.py --student``, ``make student``); the default book is
untouched. A dropdown is not enough, because a student can open it, so this
extension removes the text before any parser sees the page, on Sphinx's
``source-read`` event:

- a notebook cell tagged ``solution`` or ``teacher`` is dropped whole;
- a MyST colon-fence block (``:::{admonition} ...``) whose ``:class:`` option
  names ``solution`` or ``teacher`` is cut out, in Markdown pages and in the
  Markdown cells of notebooks, with every block nested inside it.

Pages meant only for teachers (a page whose notebook metadata has
``casebook: {edition: teacher}``, or a Markdown page with the comment line
``% edition: teacher``) are left out of the student table of contents, which
``scripts/book.py --student`` writes; see :func:`teacher_only`.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

HIDDEN = ("solution", "teacher")
_OPEN = re.compile(r"^(\s*)(:{3,})\{[^}]+\}")
_OPTION = re.compile(r"^\s*:([\w-]+):\s*(.*)$")
_TEACHER_MD = re.compile(r"^%\s*edition:\s*teacher\s*$", re.M)


def student_edition() -> bool:
    return os.environ.get("CASEBOOK_EDITION", "").strip().lower() == "student"


def _hidden_block(options: list[str]) -> bool:
    for line in options:
        match = _OPTION.match(line)
        if match and match.group(1) == "class" and set(match.group(2).split()) & set(HIDDEN):
            return True
    return False


def strip_blocks(text: str) -> str:
    """Remove every colon-fence block whose ``:class:`` names solution or teacher (nested blocks too)."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    while i < len(lines):
        match = _OPEN.match(lines[i])
        if match:
            colons = len(match.group(2))
            j = i + 1
            options = []
            while j < len(lines) and _OPTION.match(lines[j]):
                options.append(lines[j])
                j += 1
            if _hidden_block(options):
                # Skip to the closing fence: a line of colons at least as long as the opening one.
                while j < len(lines) and not (lines[j].strip() and set(lines[j].strip()) == {":"}
                                              and len(lines[j].strip()) >= colons):
                    j += 1
                i = j + 1
                continue
        out.append(lines[i])
        i += 1
    return "".join(out)


def _tags(cell: dict[str, Any]) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def strip_notebook(text: str) -> str:
    """The notebook JSON without hidden cells, and its Markdown cells without hidden blocks."""
    nb = json.loads(text)
    cells = []
    for cell in nb.get("cells", []):
        if _tags(cell) & set(HIDDEN):
            continue
        if cell.get("cell_type") == "markdown":
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            cell = {**cell, "source": strip_blocks(source)}
        cells.append(cell)
    return json.dumps({**nb, "cells": cells}, ensure_ascii=False, indent=1)


def teacher_only(path: Path) -> bool:
    """True for a page that the student edition leaves out of its table of contents."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        return json.loads(text).get("metadata", {}).get("casebook", {}).get("edition") == "teacher"
    return bool(_TEACHER_MD.search(text))


def _on_source_read(app: Any, docname: str, source: list[str]) -> None:
    if not student_edition():
        return
    path = Path(app.env.doc2path(docname))
    source[0] = strip_notebook(source[0]) if path.suffix == ".ipynb" else strip_blocks(source[0])


def setup(app: Any) -> dict[str, Any]:
    app.connect("source-read", _on_source_read)
    app.add_config_value("casebook_edition", "student" if student_edition() else "full", "env")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
