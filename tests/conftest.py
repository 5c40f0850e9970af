"""Shared fixtures: the repository, the source article, its gold annotations, a span checker."""
from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "source" / "reuters-2018-01-15.txt"
GOLD = ROOT / "tests" / "gold" / "reuters-2018-01-15.json"


def _field(item: Any, name: str) -> Any:
    return item[name] if isinstance(item, dict) else getattr(item, name)


def assert_spans(text: str, items: Iterable[Any]) -> None:
    """Every item (dataclass or dict) satisfies ``text[start:end] == item.text``."""
    for item in items:
        start, end, surface = _field(item, "start"), _field(item, "end"), _field(item, "text")
        assert 0 <= start <= end <= len(text), f"offsets out of range: {item!r}"
        assert text[start:end] == surface, f"{text[start:end]!r} != {surface!r} in {item!r}"


def run_casebook(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run ``python -m casebook ARGS`` in a fresh process; capture text output."""
    return subprocess.run(
        [sys.executable, "-m", "casebook", *args],
        cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def source_path() -> Path:
    return SOURCE


@pytest.fixture(scope="session")
def source_text() -> str:
    """The article exactly as the package reads it (UTF-8, no newline translation)."""
    return SOURCE.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(name="assert_spans", scope="session")
def assert_spans_fixture() -> Callable[[str, Iterable[Any]], None]:
    return assert_spans


@pytest.fixture(name="run_casebook", scope="session")
def run_casebook_fixture() -> Callable[..., subprocess.CompletedProcess[str]]:
    return run_casebook
