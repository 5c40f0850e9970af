"""One loader for a book's files: BookPaths, load_case and parse_article's discovery."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebook import BookPaths, CasebookError, load_case, parse_article
from casebook.book import source_page

ROOT = Path(__file__).resolve().parents[2]
STORY = " date 2020-01-02 Reuters, LIMA\n\nThe Lima Water Board said on Monday that prices would rise.\n"


def make_book(tmp_path: Path, config: str = "casebook:\n  source_page: text.html\n") -> Path:
    """A minimal book: one story, an actors file with no actors, a bibliography and a config."""
    (tmp_path / "data" / "source").mkdir(parents=True)
    (tmp_path / "data" / "annotations").mkdir(parents=True)
    (tmp_path / "data" / "source" / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "data" / "annotations" / "actors.yaml").write_text("actors: []\n", encoding="utf-8")
    (tmp_path / "references.bib").write_text("", encoding="utf-8")
    (tmp_path / "_config.yml").write_text(config, encoding="utf-8")
    return tmp_path


def test_book_paths_of_this_repository() -> None:
    paths = BookPaths.find(ROOT / "chapters")
    assert paths.root == ROOT
    assert paths.sources() == sorted((ROOT / "data" / "source").glob("*.txt")) != []
    assert paths.bibliography == ROOT / "references.bib" and paths.bibliography.exists()


def test_a_folder_outside_any_book_falls_back_to_the_installed_one(tmp_path: Path) -> None:
    assert BookPaths.find(tmp_path).root == ROOT


def test_load_case_from_another_book_root(tmp_path: Path) -> None:
    root = make_book(tmp_path)
    case = load_case("story", root=root)
    assert case.paths.root == root.resolve()
    assert case.article.path == "data/source/story.txt"
    assert [q.speaker for q in case.article.quotes] == ["Lima Water Board"]
    assert len(case.events) == 0 and case.bibliography == {}


def test_parse_article_finds_the_annotations_of_the_book_the_file_is_in(tmp_path: Path) -> None:
    root = make_book(tmp_path)
    bad = root / "data" / "annotations" / "actors.yaml"
    bad.write_text("actors: [\n", encoding="utf-8")  # broken YAML proves the file is read
    with pytest.raises(CasebookError, match="actors.yaml"):
        parse_article(root / "data" / "source" / "story.txt")
    loose = tmp_path / "elsewhere" / "story.txt"
    loose.parent.mkdir()
    shutil.copy(root / "data" / "source" / "story.txt", loose)
    assert parse_article(loose).quotes  # not in a data/source folder: no annotations looked for


def test_links_read_the_source_page_from_the_book_config(tmp_path: Path) -> None:
    assert source_page(ROOT) == "source.html"
    assert source_page(make_book(tmp_path / "a")) == "text.html"
    with pytest.raises(CasebookError, match=r"_config.yml.*source_page"):
        source_page(make_book(tmp_path / "b", config="title: x\n"))
