"""The Colab set-up cell: first in every chapter notebook, a no-op outside Colab, hidden in the book."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import colab_setup  # noqa: E402

CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
NOTEBOOKS = colab_setup.chapter_notebooks(ROOT)
HTML = Path(os.environ.get("BOOK_OUTPUT", ROOT)) / "_build" / "html"


def test_there_are_chapter_notebooks():
    assert len(NOTEBOOKS) >= 10, NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_the_setup_cell_is_first_hidden_and_current(path: Path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert cells[0] == colab_setup.setup_cell(ROOT), f"{path.name}: run `python scripts/colab_setup.py`"
    assert "remove-cell" in cells[0]["metadata"]["tags"]
    assert sum(map(colab_setup.is_setup_cell, cells)) == 1
    assert not cells[0]["outputs"] and cells[0]["execution_count"] is None


def test_check_mode_passes_on_the_committed_notebooks():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "colab_setup.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def _run_cell(monkeypatch, in_colab: bool) -> list[tuple]:
    calls: list[tuple] = []
    if in_colab:
        monkeypatch.setitem(sys.modules, "google.colab", types.ModuleType("google.colab"))
    else:
        monkeypatch.delitem(sys.modules, "google.colab", raising=False)
    monkeypatch.setattr(subprocess, "run", lambda cmd, **kw: calls.append(("run", tuple(cmd))))
    monkeypatch.setattr(os, "chdir", lambda path: calls.append(("chdir", path)))
    monkeypatch.setattr(os.path, "isdir", lambda path: False)
    exec(compile(colab_setup.cell_source(ROOT), "colab-setup", "exec"), {})
    return calls


def test_outside_colab_the_cell_does_nothing(monkeypatch):
    assert _run_cell(monkeypatch, in_colab=False) == []


def test_in_colab_the_cell_clones_the_configured_repository_installs_and_moves_to_chapters(monkeypatch):
    calls = _run_cell(monkeypatch, in_colab=True)
    url, branch = CONFIG["repository"]["url"], CONFIG["repository"]["branch"]
    assert calls[0] == ("run", ("git", "clone", "--depth", "1", "--branch", branch, url, colab_setup.CLONE_DIR))
    kind, pip = calls[1]
    assert pip[1:4] == ("-m", "pip", "install") and f"./{colab_setup.CLONE_DIR}" in pip
    assert colab_setup.pinned("myst-nb", ROOT) in pip
    assert calls[2] == ("chdir", f"{colab_setup.CLONE_DIR}/chapters")


def test_rewriting_replaces_a_stale_cell_and_keeps_the_rest_byte_for_byte():
    original = (ROOT / "chapters" / "bare-article.ipynb").read_text(encoding="utf-8")
    stale = json.loads(json.dumps(colab_setup.setup_cell(ROOT)))
    stale["source"] = ["# an old version of the cell\n"]
    once = colab_setup.with_setup_cell(original, stale)
    again = colab_setup.with_setup_cell(once, colab_setup.setup_cell(ROOT))
    assert again == original


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_the_built_page_does_not_show_the_setup_cell(path: Path):
    page = HTML / "chapters" / f"{path.stem}.html"
    if not page.exists():
        pytest.fail(f"{page} not built: run `make book` (or `make test`) first")
    text = page.read_text(encoding="utf-8")
    assert "google.colab" not in text and colab_setup.CLONE_DIR not in text
