"""Where a case-study book keeps its data, worked out in one place.

A book's root folder holds ``data/source/*.txt`` (the articles, verbatim),
``data/annotations/`` (curated knowledge), ``data/derived/`` (generated
tables), ``data/exports/`` (W3C, TEI and CSV exports) and ``references.bib``.
Chapters run from ``chapters/``, Binder or Colab, so the root is found by
looking upward for ``data/source/``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casebook.errors import CasebookError

SOURCE_DIR = Path("data/source")
ANNOTATIONS_DIR = Path("data/annotations")
DERIVED_DIR = Path("data/derived")
EXPORTS_DIR = Path("data/exports")
BIBLIOGRAPHY = Path("references.bib")


@dataclass(frozen=True)
class BookPaths:
    """The folders and files of the book rooted at ``root``."""

    root: Path

    @property
    def source_dir(self) -> Path:
        return self.root / SOURCE_DIR

    @property
    def annotations_dir(self) -> Path:
        return self.root / ANNOTATIONS_DIR

    @property
    def derived_dir(self) -> Path:
        return self.root / DERIVED_DIR

    @property
    def exports_dir(self) -> Path:
        return self.root / EXPORTS_DIR

    @property
    def bibliography(self) -> Path:
        return self.root / BIBLIOGRAPHY

    def sources(self) -> list[Path]:
        """The articles, in a stable order."""
        return sorted(self.source_dir.glob("*.txt"))

    def source(self, name: str | Path) -> Path:
        """``data/source/<name>.txt`` for a bare name such as ``"story"``; a path is kept as it is."""
        path = Path(name)
        return path if path.suffix else self.source_dir / f"{name}.txt"

    def shown(self, path: Path) -> str:
        """``path`` relative to the root when it is inside it, for messages and the ``Article.path``."""
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else str(path)

    @classmethod
    def find(cls, start: str | Path | None = None) -> BookPaths:
        """The book at or above ``start`` (default: the working directory), else the one
        this package was installed from."""
        here = Path(start or Path.cwd()).resolve()
        for candidate in (here, *here.parents, Path(__file__).resolve().parents[2]):
            if (candidate / SOURCE_DIR).is_dir():
                return cls(candidate)
        raise CasebookError(
            f"{here}: no {SOURCE_DIR}/ here or above. Fix: run from the book's folder or pass its root."
        )

    @classmethod
    def of_annotations(cls, directory: str | Path) -> BookPaths:
        """The book whose ``data/annotations`` is ``directory`` (two folders up)."""
        return cls(Path(directory).resolve().parent.parent)

    @classmethod
    def of_source(cls, path: str | Path) -> BookPaths:
        """The book whose ``data/source`` holds the file ``path`` (three folders up)."""
        return cls(Path(path).resolve().parents[2])
