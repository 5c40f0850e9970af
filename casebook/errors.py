"""Specific exceptions. Each message names the file, the line and the fix."""
from __future__ import annotations


class CasebookError(Exception):
    """Base class for every error the package raises on bad input."""


class SourceFormatError(CasebookError):
    """The source article cannot be read or has no usable header."""


class AnnotationError(CasebookError):
    """A file under data/annotations/ (or references.bib) is malformed."""


def where(path: object, line: int | None = None) -> str:
    """Format ``path:line`` for messages."""
    return f"{path}:{line}" if line else f"{path}"


class SpeakerModelError(CasebookError):
    """The optional speaker model cannot be loaded: its folder, a file in it, or a library is missing."""
