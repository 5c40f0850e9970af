"""`make pdf`: the single-page build printed by chromium, with the print stylesheet.

Runs scripts/pdf.py once (about 40 s: the notebooks' outputs come from the
build's cache) and reads the PDF back with poppler's pdfinfo and pdftotext.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = Path(os.environ.get("BOOK_OUTPUT", ROOT))
PDF = OUTPUT / "_build" / "pdf" / "casebook.pdf"
HTML_PAGE = OUTPUT / "_build" / "html" / "chapters" / "start.html"

pytestmark = pytest.mark.slow


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.fail(f"{name} not found: install poppler-utils (`apt-get install poppler-utils`; .ci/run does)")
    return path


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).strip()


def _title(notebook: str) -> str:
    cells = json.loads((ROOT / "chapters" / f"{notebook}.ipynb").read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        match = re.search(r"^# (.+)$", "".join(cell["source"]), re.M) if cell["cell_type"] == "markdown" else None
        if match:
            return match.group(1).strip()
    raise AssertionError(f"{notebook}: no title")


@pytest.fixture(scope="module")
def printed() -> dict:
    if not HTML_PAGE.exists():
        pytest.fail(f"{HTML_PAGE} not built: run `make book` (or `make test`) first")
    before = HTML_PAGE.read_bytes()
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "pdf.py")], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    print(proc.stdout.strip().splitlines()[-1])
    info = subprocess.run([_tool("pdfinfo"), str(PDF)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run([_tool("pdftotext"), str(PDF), "-"], capture_output=True, text=True, check=True).stdout
    return {"info": info, "text": _flat(text), "html_unchanged": HTML_PAGE.read_bytes() == before}


def test_the_pdf_has_pages(printed):
    pages = int(re.search(r"^Pages:\s+(\d+)", printed["info"], re.M).group(1))
    print(f"{pages} pages, {PDF.stat().st_size / 1e6:.1f} MB")
    assert pages >= 20, pages


def test_the_annotated_source_and_the_teachers_guide_are_in_it(printed):
    text = printed["text"]
    for notebook in ("source", "teachers-guide"):
        assert _flat(_title(notebook)) in text, notebook
    article = (ROOT / "data" / "source" / "reuters-2018-01-15.txt").read_text(encoding="utf-8")
    first_paragraph = article.split("\n\n")[1]
    # The annotated source marks names inside the sentence; its first words survive as they are.
    assert _flat(first_paragraph)[:40] in text


def test_the_print_stylesheet_hides_the_screen_only_parts(printed):
    text = printed["text"]
    for screen_only in ("Search Ctrl+K", "Hide code cell source", "Back to top", "google.colab"):
        assert screen_only not in text, screen_only
    page = (OUTPUT / "_build" / "singlehtml" / "book.html").read_text(encoding="utf-8")
    assert re.search(r'<link [^>]*href="_static/print\.css[?"]', page) and (OUTPUT / "_build" / "singlehtml" / "_static" / "print.css").exists()


def test_the_html_book_is_left_alone(printed):
    assert printed["html_unchanged"], "make pdf rewrote _build/html (it must build into _build/singlehtml)"
