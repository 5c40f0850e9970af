"""The PyYAML loaders behind :func:`casebook.knowledge.marked_yaml.load_marked_yaml`.

A module of its own so that PyYAML (~30 ms to import) is imported only when a
YAML file is actually read. ``FastLoader`` parses with libyaml when PyYAML was
built with it (about ten times faster); ``Loader`` is the pure-Python parser,
whose error messages are the ones we report.
"""
from __future__ import annotations

from collections.abc import Iterator

import yaml

from casebook.errors import AnnotationError
from casebook.knowledge.marked import MarkedDict, MarkedList

MarkedYAMLError = yaml.MarkedYAMLError
YAMLError = yaml.YAMLError


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Iterator[MarkedDict]:
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
                f"{loader.source_path}:{line}:{key_node.start_mark.column + 1}: the key"  # type: ignore[attr-defined]
                f" '{key}' appears twice in the same entry (first on line"
                f" {data.key_lines[key]}). Fix: keep one of the two."
            )
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines[key] = line


def _construct_sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> Iterator[MarkedList]:
    data = MarkedList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=True) for child in node.value)


def _construct_timestamp_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


class Loader(yaml.SafeLoader):
    """SafeLoader building Marked containers; the path is kept for messages."""


_CONSTRUCTORS = {
    "tag:yaml.org,2002:map": _construct_mapping,
    "tag:yaml.org,2002:seq": _construct_sequence,
    "tag:yaml.org,2002:timestamp": _construct_timestamp_as_text,
}
for _tag, _constructor in _CONSTRUCTORS.items():
    Loader.add_constructor(_tag, _constructor)

FastLoader: type | None = None
if yaml.__with_libyaml__:
    class _FastLoader(yaml.CSafeLoader):  # type: ignore[name-defined,misc]
        """The same constructors on libyaml's parser."""

    for _tag, _constructor in _CONSTRUCTORS.items():
        _FastLoader.add_constructor(_tag, _constructor)
    FastLoader = _FastLoader
