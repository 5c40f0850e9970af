"""A book scaffolded from another story builds with warnings as errors, and its pages list
that story's speakers and dates, as a person annotated them (tests/fixtures/other-story.gold.json).

It takes about a minute, so it is marked ``slow``; `make test` runs it (deselect it while working
with ``-m "not slow"``). It reuses this virtual environment and needs no network.
"""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.book import human_date
from casebook.io.scaffold import new_book

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "other-story.txt"
GOLD = json.loads((ROOT / "tests" / "fixtures" / "other-story.gold.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.slow


def page_text(path: Path) -> str:
    """The visible text of a built page, roughly: tags dropped, entities decoded, spaces collapsed."""
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).split())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    book = new_book(FIXTURE, tmp_path_factory.mktemp("scaffold") / "book").root
    home = tmp_path_factory.mktemp("home")  # Jupyter's and matplotlib's files go here, not in the book
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    result = subprocess.run([str(jupyter_book), "build", str(book), "-W", "-n", "--keep-going"],
                            cwd=book, capture_output=True, text=True, timeout=900,
                            env={"PATH": str(jupyter_book.parent) + ":/usr/bin:/bin", "HOME": str(home)})
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-4000:]
    assert "build succeeded" in log, log[-4000:]
    return book / "_build" / "html"


def test_every_chapter_is_built(built: Path) -> None:
    for page in ("index.html", "chapters/start.html", "chapters/source.html", "chapters/actors.html",
                 "chapters/chronology.html", "chapters/reactions.html", "chapters/bibliography.html"):
        assert (built / page).is_file(), page
    source = (built / "chapters" / "source.html").read_text(encoding="utf-8")
    paragraphs = FIXTURE.read_text(encoding="utf-8").count("\n\n")
    assert all(f'id="p{n}"' in source for n in range(1, paragraphs + 1))


def test_the_reactions_page_lists_every_speaker(built: Path) -> None:
    text = page_text(built / "chapters" / "reactions.html")
    speakers = {quote["speaker"] for quote in GOLD["quotes"]}
    assert len(speakers) >= 5
    missing = [s for s in speakers if s not in text]
    assert not missing, missing
    assert "Error" not in text and "Traceback" not in text


def test_the_actors_page_lists_every_speaker_as_to_review(built: Path) -> None:
    text = page_text(built / "chapters" / "actors.html")
    assert all(quote["speaker"] in text for quote in GOLD["quotes"])
    assert re.search(r"\d+ of \d+ actors still to review: ", text)


def test_the_chronology_page_lists_every_date(built: Path) -> None:
    text = page_text(built / "chapters" / "chronology.html")
    for timex in GOLD["timexes"]:
        if timex["value"] == GOLD["dct"]:
            continue  # the header's own date is the reference, not a row
        assert timex["value"] in text, timex
        assert human_date(timex["value"]) in text, timex
        assert f"“{timex['text']}" in text or timex["text"] in text, timex


def test_paragraph_links_point_to_the_source_page(built: Path) -> None:
    chronology = (built / "chapters" / "chronology.html").read_text(encoding="utf-8")
    assert 'href="source.html#p1"' in chronology
