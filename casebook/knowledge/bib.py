"""A minimal BibTeX reader: entry keys, types, fields and line numbers.

Why our own: the annotations only need to know which citation keys exist and
where each entry starts (for error messages), and the book renders the
bibliography with sphinxcontrib-bibtex anyway. Stdlib only; ``@string``
macros are not expanded, ``@comment`` and ``@preamble`` are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from casebook.errors import AnnotationError, where

_SKIPPED_TYPES = {"comment", "preamble", "string"}
_NAME = re.compile(r"[A-Za-z][\w\-]*")
_KEY = re.compile(r"[^\s,{}()\"#%'=]+")
_SPACE = re.compile(r"\s*")
_FLAT_GROUP = re.compile(r"\{[^{}\\]*\}")
_GROUPING = re.compile(r"\\.?|[{}()]", re.DOTALL)


@dataclass(frozen=True)
class BibEntry:
    """One ``@type{key, name = value, ...}`` entry; ``line`` is 1-based."""

    key: str
    entry_type: str
    line: int
    fields: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def get(self, name: str, default: str | None = None) -> str | None:
        """The field's value with its outer braces or quotes removed."""
        return self.fields.get(name.lower(), default)


def read_bib(path: str | Path) -> dict[str, BibEntry]:
    """Read a ``.bib`` file into ``{key: BibEntry}``, raising AnnotationError on bad syntax."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnnotationError(
            f"{where(path)}: bibliography not found. Fix: create it (BibTeX, one"
            " @misc{key, ...} entry per cited source) or point to it with"
            " `bibliography:` in the annotations' index.yaml."
        ) from None
    except UnicodeDecodeError as err:
        raise AnnotationError(
            f"{where(path)}: not valid UTF-8 (byte offset {err.start}). Fix: re-save it as UTF-8."
        ) from None
    return parse_bib(text, path)


def parse_bib(text: str, path: object = "<bib>") -> dict[str, BibEntry]:
    """Parse BibTeX ``text``; ``path`` is only used in error messages."""
    entries: dict[str, BibEntry] = {}
    pos = 0
    while (at := text.find("@", pos)) >= 0:
        entry, pos = _parse_entry(text, at, path)
        if entry is None:
            continue
        if entry.key in entries:
            first = entries[entry.key].line
            raise AnnotationError(
                f"{where(path, entry.line)}: duplicate citation key '{entry.key}'"
                f" (first defined on line {first}). Fix: rename one of the two"
                " entries or delete the copy."
            )
        entries[entry.key] = entry
    return entries


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _skip_space(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()  # type: ignore[union-attr]  # \s* always matches


def _error(text: str, pos: int, path: object, problem: str, fix: str) -> AnnotationError:
    return AnnotationError(f"{where(path, _line(text, pos))}: {problem}. Fix: {fix}.")


def _balanced(text: str, pos: int, path: object, opener: str) -> int:
    """Index just past the group that opens at ``text[pos] == opener``."""
    flat = _FLAT_GROUP.match(text, pos) if opener == "{" else None
    if flat is not None:  # most values: {...} with no brace or backslash inside
        return flat.end()
    closer = "}" if opener == "{" else ")"
    depth = 0
    for match in _GROUPING.finditer(text, pos):  # only backslashes and brackets matter here
        char = match.group()
        if char[0] == "\\":  # an escaped brace such as \{ does not count
            continue
        if char == opener or (opener == "(" and char == "{"):
            depth += 1
        elif char == closer or (opener == "(" and char == "}"):
            depth -= 1
            if depth == 0:
                return match.end()
    raise _error(text, pos, path, f"'{opener}' is never closed",
                 "add the missing closing brace at the end of this entry")


def _parse_entry(text: str, at: int, path: object) -> tuple[BibEntry | None, int]:
    name = _NAME.match(text, at + 1)
    if name is None:  # a stray '@' outside an entry is a comment in BibTeX
        return None, at + 1
    entry_type = name.group().lower()
    pos = _skip_space(text, name.end())
    if pos >= len(text) or text[pos] not in "{(":
        raise _error(text, at, path, f"'@{name.group()}' is not followed by '{{'",
                     "write entries as @misc{key, title = {...}, ...}")
    if entry_type in _SKIPPED_TYPES:
        return None, _balanced(text, pos, path, text[pos])
    end = _balanced(text, pos, path, text[pos])
    body_end = end - 1
    key_match = _KEY.match(text, _skip_space(text, pos + 1))
    if key_match is None:
        raise _error(text, at, path, f"@{entry_type} entry has no citation key",
                     "put the key right after the brace: @misc{smith2018, ...}")
    entry = BibEntry(key_match.group(), entry_type, _line(text, at))
    cursor = _skip_space(text, key_match.end())
    while cursor < body_end:
        if text[cursor] == ",":
            cursor = _skip_space(text, cursor + 1)
            continue
        cursor = _parse_field(text, cursor, body_end, entry, path)
    return entry, end


def _parse_field(text: str, pos: int, body_end: int, entry: BibEntry, path: object) -> int:
    name = _NAME.match(text, pos)
    eq = _skip_space(text, name.end()) if name else pos
    if name is None or eq >= body_end or text[eq] != "=":
        raise _error(text, pos, path, f"malformed field in entry '{entry.key}'",
                     "write each field as `name = {value},`")
    parts: list[str] = []
    cursor = _skip_space(text, eq + 1)
    while True:
        if cursor >= body_end:
            raise _error(text, pos, path, f"field '{name.group()}' of '{entry.key}' has no value",
                         "give it a value in braces, e.g. {2018}")
        char = text[cursor]
        if char == "{":
            close = _balanced(text, cursor, path, "{")
            parts.append(text[cursor + 1 : close - 1])
        elif char == '"':
            close = text.find('"', cursor + 1)
            if close < 0 or close > body_end:
                raise _error(text, cursor, path, f"unterminated quoted value in '{entry.key}'",
                             'close the value with a double quote')
            parts.append(text[cursor + 1 : close])
            close += 1
        else:
            bare = re.compile(r"[^\s,#}]+").match(text, cursor)
            close = bare.end() if bare else cursor + 1
            parts.append(text[cursor:close])
        cursor = _skip_space(text, close)
        if cursor < body_end and text[cursor] == "#":  # BibTeX string concatenation
            cursor = _skip_space(text, cursor + 1)
            continue
        break
    value = " ".join("".join(parts).split())
    entry.fields[name.group().lower()] = value
    return cursor
