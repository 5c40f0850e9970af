"""The book build: strict flags, cache invalidation, and the built site's basics."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
BUILD = Path(os.environ.get("BOOK_OUTPUT", ROOT)) / "_build"
HTML = BUILD / "html"


def _book_script():
    spec = importlib.util.spec_from_file_location("book_script", ROOT / "scripts" / "book.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_last_build_was_strict_and_succeeded():
    info_path = BUILD / "build-info.json"
    if not info_path.exists():
        pytest.fail("no _build/build-info.json: run `make book` or `make test` first")
    info = json.loads(info_path.read_text())
    assert info["returncode"] == 0
    for flag in ("-W", "-n", "--keep-going"):
        assert flag in info["command"]
    assert "build succeeded" in (BUILD / "build.log").read_text()


def test_built_book_is_not_stale():
    info = json.loads((BUILD / "build-info.json").read_text())
    assert info["inputs_sha256"] == _book_script().inputs_hash(ROOT), (
        "casebook/ or data/ changed after the last build: run `make book`"
    )


def test_inputs_hash_changes_when_casebook_or_data_change(tmp_path):
    book = _book_script()
    for name in book.HASHED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, tmp_path / name)
    before = book.inputs_hash(tmp_path)
    (tmp_path / "casebook" / "new_module.py").write_text("X = 1\n")
    after_code = book.inputs_hash(tmp_path)
    (tmp_path / "data" / "annotations" / "extra.yaml").write_text("a: 1\n")
    after_data = book.inputs_hash(tmp_path)
    assert len({before, after_code, after_data}) == 3


def test_config_uses_cache_mode_and_vendored_widget_js():
    config = yaml.safe_load((ROOT / "_config.yml").read_text())
    assert config["execute"]["execute_notebooks"] == "cache"
    js = list(config["sphinx"]["config"]["nb_ipywidgets_js"])
    assert js.index("widgets/require.js") < js.index("widgets/embed-amd.js")
    for name in js:
        assert "://" not in name, f"{name} would load from the network"
        assert (ROOT / "_vendor" / name).is_file(), name
    assert "_static" not in js[0]


def test_built_pages_load_no_script_or_style_from_another_host():
    """<script src>, <link href> and <img src> must be relative (a[href] may point out)."""
    import re

    assert HTML.exists(), "run `make book` first"
    pattern = re.compile(r"<(?:script|img|link|iframe)\b[^>]*\b(?:src|href)=[\"'](?:https?:)?//", re.I)
    offenders = []
    for page in HTML.rglob("*.html"):
        for match in pattern.finditer(page.read_text(encoding="utf-8", errors="replace")):
            offenders.append(f"{page.relative_to(HTML)}: {match.group(0)}")
    assert not offenders, offenders


def test_vendored_js_comes_with_licences():
    widgets = ROOT / "_vendor" / "widgets"
    assert (widgets / "LICENSE-html-manager.txt").read_text().count("BSD") >= 1
    assert "MIT" in (widgets / "LICENSE-requirejs.txt").read_text()


def test_bibliography_has_the_source_article():
    bib = (ROOT / "references.bib").read_text(encoding="utf-8")
    assert "reuters2018cnrm" in bib
