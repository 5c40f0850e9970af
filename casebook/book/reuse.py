"""The reuse guide's live examples: what the checks say when an annotation file has a mistake.

:func:`try_actor_edit` copies a book's ``actors.yaml`` to a temporary folder,
makes one edit there (the book's own files are never touched), loads it with the
same loader the book uses, parses the story with it, and returns the message a
teacher would see. The guide shows these messages as the code prints them, so
they cannot drift from what the loader really says.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from casebook.errors import CasebookError
from casebook.knowledge import BookPaths, load_case

ACTORS_FILE = "actors.yaml"


def try_actor_edit(paths: BookPaths, source: str, old: str, new: str) -> str:
    """The message for ``actors.yaml`` with the first ``old`` replaced by ``new``, or
    ``"no error"``. The temporary folder's name is shown as the book's annotations folder."""
    original = (paths.annotations_dir / ACTORS_FILE).read_text(encoding="utf-8")
    if old not in original:
        raise ValueError(f"{paths.shown(paths.annotations_dir / ACTORS_FILE)}: {old!r} does not occur in it")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "annotations"
        folder.mkdir()
        (folder / ACTORS_FILE).write_text(original.replace(old, new, 1), encoding="utf-8")
        (folder / "index.yaml").write_text(f"bibliography: {paths.bibliography.as_posix()}\n", encoding="utf-8")
        try:
            load_case(source, annotations_dir=folder, root=paths.root)
        except CasebookError as error:
            shown = paths.shown(paths.annotations_dir)
            return str(error).replace(folder.as_posix(), shown).replace(paths.root.as_posix() + "/", "")
    return "no error"
