"""Containers that remember the YAML line they came from (built by :mod:`casebook.knowledge.yaml_loaders`).

A module of their own so that the loaders and :mod:`casebook.knowledge.marked_yaml`
both import them without importing each other.
"""
from __future__ import annotations

from typing import Any


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
