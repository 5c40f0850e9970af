"""YAML loading that remembers line numbers, for error messages that point at the entry.

PyYAML's safe loader forgets where a value came from once it is a dict or a
list. This loader returns :class:`MarkedDict` and :class:`MarkedList`, which
carry the 1-based line of the node and of each key or item. It also keeps
dates as strings (so a malformed date is *our* error with a line, not a
``ValueError`` deep inside PyYAML) and refuses duplicate keys, which PyYAML
would silently overwrite.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from casebook.errors import AnnotationError


class MarkedDict(dict):
    """A mapping with ``line`` (where it starts) and ``key_lines`` ({key: line})."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class MarkedList(list):
    """A sequence with ``line`` and ``item_lines`` (one line per item)."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


class _MarkedLoader(yaml.SafeLoader):
    """SafeLoader building Marked containers; the path is kept for messages."""


def _construct_mapping(loader: _MarkedLoader, node: yaml.MappingNode):  # noqa: ANN202
    data = MarkedDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in data.key_lines:
            raise AnnotationError(
                f"{loader.source_path}:{line}:{key_node.start_mark.column + 1}: the key"
                f" '{key}' appears twice in the same entry (first on line"
                f" {data.key_lines[key]}). Fix: keep one of the two."
            )
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines[key] = line


def _construct_sequence(loader: _MarkedLoader, node: yaml.SequenceNode):  # noqa: ANN202
    data = MarkedList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=True) for child in node.value)


def _construct_timestamp_as_text(loader: _MarkedLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


_MarkedLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_MarkedLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_MarkedLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_as_text)


def load_marked_yaml(path: Path) -> Any:
    """Load one YAML file; broken YAML becomes AnnotationError with line, column and a fix."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnnotationError(f"{path}: file not found. Fix: create it (see data/annotations/README.md).") from None
    except UnicodeDecodeError as err:
        raise AnnotationError(f"{path}: not valid UTF-8 (byte offset {err.start}). Fix: re-save it as UTF-8.") from None
    loader = _MarkedLoader(text)
    loader.source_path = str(path)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        problem = err.problem or err.context or "invalid YAML"
        raise AnnotationError(
            f"{path}:{line}:{column}: broken YAML ({problem}) at line {line}, column"
            f" {column}. Fix: check the indentation and quoting there; a value that"
            " contains ': ' or ' #', or starts with '[', '{', '*', '&' or a quote,"
            " must be written inside quotes."
        ) from None
    except yaml.YAMLError as err:
        raise AnnotationError(f"{path}: broken YAML ({err}). Fix: check the file's syntax.") from None
    finally:
        loader.dispose()
