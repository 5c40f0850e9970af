"""YAML loading that remembers line numbers, for error messages that point at the entry.

PyYAML's safe loader forgets where a value came from once it is a dict or a
list. This loader returns :class:`MarkedDict` and :class:`MarkedList`, which
carry the 1-based line of the node and of each key or item. It also keeps
dates as strings (so a malformed date is *our* error with a line, not a
``ValueError`` deep inside PyYAML) and refuses duplicate keys, which PyYAML
would silently overwrite. PyYAML itself is imported only when a file is read
(see :mod:`casebook.knowledge.yaml_loaders`): libyaml parses when available, and a file
it cannot load is read again by the pure-Python parser, whose message we report.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from casebook.errors import AnnotationError, where
from casebook.knowledge.marked import MarkedDict, MarkedList

__all__ = ["MarkedDict", "MarkedList", "load_marked_yaml", "load_entry_list", "check_fields", "check_choice"]



def load_marked_yaml(path: Path) -> Any:
    """Load one YAML file; broken YAML becomes AnnotationError with line, column and a fix."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnnotationError(f"{path}: file not found. Fix: create it (see data/annotations/README.md).") from None
    except UnicodeDecodeError as err:
        raise AnnotationError(f"{path}: not valid UTF-8 (byte offset {err.start}). Fix: re-save it as UTF-8.") from None
    from casebook.knowledge import yaml_loaders as loaders  # PyYAML is imported only when a file is read

    if loaders.FastLoader is not None:
        try:
            return _load(loaders.FastLoader, text, path)
        except Exception:  # noqa: BLE001 - load again below, to report the pure-Python parser's message
            pass
    try:
        return _load(loaders.Loader, text, path)
    except loaders.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        problem = err.problem or err.context or "invalid YAML"
        raise AnnotationError(
            f"{path}:{line}:{column}: broken YAML ({problem}) at line {line}, column"
            f" {column}. Fix: check the indentation and quoting there; a value that"
            " contains ': ' or ' #', or starts with '[', '{', '*', '&' or a quote,"
            " must be written inside quotes."
        ) from None
    except loaders.YAMLError as err:
        raise AnnotationError(f"{path}: broken YAML ({err}). Fix: check the file's syntax.") from None


def _load(loader_class: type, text: str, path: Path) -> Any:
    loader = loader_class(text)
    loader.source_path = str(path)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def check_fields(entry: MarkedDict, name: str, path: object, allowed: Any, required: Any,
                 what: str = "entry") -> None:
    """Refuse unknown keys and missing or empty required ones, naming file:line and the fix."""
    for key in entry:
        if key not in allowed:
            raise AnnotationError(
                f"{where(path, entry.line_of(key))}: {name}: unknown field '{key}'."
                f" Fix: use only {', '.join(sorted(allowed))}."
            )
    for key in required:
        if entry.get(key) in (None, "", []):
            raise AnnotationError(
                f"{where(path, entry.line)}: {name}: missing or empty '{key}'. Fix: add"
                f" `{key}:` to this {what} (see data/annotations/README.md)."
            )


def check_choice(entry: MarkedDict, key: str, allowed: Any, name: str, path: object) -> None:
    """Refuse a value of ``key`` outside ``allowed``, naming file:line and the choices."""
    if entry[key] not in allowed:
        raise AnnotationError(
            f"{where(path, entry.line_of(key))}: {name}: {key} '{entry[key]}' is not allowed."
            f" Fix: use one of {', '.join(allowed)}."
        )


def check_citation_keys(entry: MarkedDict, key: str, name: str, path: object,
                        bib_keys: Any) -> tuple[str, ...]:
    """The citation keys listed under ``key``, each checked against ``bib_keys``.

    Raises an error naming file:line and the fix when the value is not a list of
    non-empty strings or when a key is missing from the bibliography.
    """
    sources = entry[key]
    if not isinstance(sources, list) or not all(isinstance(s, str) and s.strip() for s in sources):
        raise AnnotationError(
            f"{where(path, entry.line_of(key))}: {name}: '{key}' must be a list of citation keys."
            f" Fix: write it as `{key}: [key1, key2]`."
        )
    for citation in sources:
        if citation not in bib_keys:
            raise AnnotationError(
                f"{where(path, entry.line_of(key))}: {name}: unknown citation key '{citation}'."
                " Fix: add an entry @misc{" + citation + ", title = {...}, url = {...}, year = {...}}"
                " to references.bib, or correct the key."
            )
    return tuple(s.strip() for s in sources)


def load_entry_list(path: Path, list_key: str, other_keys: tuple[str, ...], first_entry: str) -> MarkedDict:
    """Load ``path`` as a mapping holding a ``list_key`` list and at most ``other_keys`` beside
    it, or raise an error naming the line and the fix (``first_entry`` shows how an entry starts)."""
    doc = load_marked_yaml(path)
    if not isinstance(doc, MarkedDict) or not isinstance(doc.get(list_key), list):
        raise AnnotationError(
            f"{where(path, getattr(doc, 'line', 1))}: the file must be a mapping with an `{list_key}:`"
            f" list. Fix: start it with `{list_key}:` followed by `{first_entry}` entries."
        )
    unknown = sorted(str(key) for key in doc if key != list_key and key not in other_keys)
    if unknown:
        allowed = " and ".join(f"`{key}:`" for key in (*other_keys, list_key))
        raise AnnotationError(
            f"{where(path, doc.line_of(unknown[0]))}: unknown top-level key '{unknown[0]}'."
            f" Fix: use only {allowed}."
        )
    return doc
