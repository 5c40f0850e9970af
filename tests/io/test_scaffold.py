"""`python -m casebook new ARTICLE DEST`: what the new book holds, its checks, and that a
failure leaves nothing half-written. The build of a scaffolded book is in test_scaffold_build.py."""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from casebook import parse_text
from casebook.errors import CasebookError
from casebook.io.draft_actors import actors_yaml
from casebook.io import scaffold
from casebook.io.scaffold import TEMPLATES, new_book
from casebook.knowledge import load_annotations

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "other-story.txt"
GOLD = json.loads((ROOT / "tests" / "fixtures" / "other-story.gold.json").read_text(encoding="utf-8"))


def walls():
    spec = importlib.util.spec_from_file_location("walls", ROOT / "tests" / "architecture" / "test_walls.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "casebook", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("books") / "velorian-boycott"
    result = run("new", str(FIXTURE), str(dest))
    assert result.returncode == 0, result.stderr
    assert "Next: cd" in result.stdout and "make book" in result.stdout
    return dest


def test_the_book_has_every_file(book: Path) -> None:
    for name in ("_config.yml", "_toc.yml", "references.bib", "requirements.txt", "README.md", "Makefile",
                 ".gitignore", "chapters/start.md", "chapters/source.ipynb", "chapters/actors.ipynb",
                 "chapters/chronology.ipynb", "chapters/reactions.ipynb", "chapters/bibliography.md",
                 "data/annotations/actors.yaml", "data/annotations/notes.yaml",
                 "data/annotations/timeline.yaml", "data/annotations/voices.yaml", "tests/test_book.py"):
        assert (book / name).is_file(), name
    assert not list(book.rglob("*.template")) and not list(book.rglob("dot-*"))
    config = yaml.safe_load((book / "_config.yml").read_text(encoding="utf-8"))
    assert config["casebook"] == {"source_page": "source.html"}
    assert config["title"] == "A case study: a Reuters story from Port Aster, 2022-09-10"
    toc = yaml.safe_load((book / "_toc.yml").read_text(encoding="utf-8"))
    chapters = [c["file"] for part in toc["parts"] for c in part["chapters"]]
    assert chapters[:4] == ["chapters/source", "chapters/actors", "chapters/chronology", "chapters/reactions"]
    for path in book.rglob("*"):
        if path.is_file() and path.suffix in {".yml", ".md", ".ipynb", ".py", ".bib", ".txt", ""}:
            assert not re.search(r"\{\{[a-z_]+\}\}", path.read_text(encoding="utf-8")), path


def test_the_article_is_copied_verbatim(book: Path) -> None:
    assert (book / "data" / "source" / "other-story.txt").read_bytes() == FIXTURE.read_bytes()
    assert [p.name for p in (book / "data" / "source").iterdir()] == ["other-story.txt"]


def test_the_draft_actors_load_and_are_all_to_review(book: Path) -> None:
    annotations = load_annotations(book / "data" / "annotations")
    assert annotations.to_review == tuple(a.id for a in annotations.actors)
    labels = {a.label for a in annotations.actors}
    speakers = {q["speaker"] for q in GOLD["quotes"]}  # the hand-made gold, not the parser
    people = {s for s in speakers if len(s.split()) == 2}
    assert people <= labels, people - labels
    assert all(a.sources == () and a.side == "neutral" for a in annotations.actors)
    varenne = next(a for a in annotations.actors if a.label == "Ilsa Varenne")
    assert varenne.type == "person" and "speaks 2 time(s)" in varenne.note
    text = (book / "data" / "annotations" / "actors.yaml").read_text(encoding="utf-8")
    assert text.count("\n    status: to review\n") == len(annotations.actors)


def test_requirements_are_the_repositorys_pins_without_installing_it(book: Path) -> None:
    ours = [line for line in (ROOT / "requirements.txt").read_text().splitlines() if "==" in line]
    theirs = (book / "requirements.txt").read_text().splitlines()
    assert [line for line in theirs if "==" in line] == ours
    assert "-e ." not in theirs
    assert f"CASEBOOK ?= {ROOT}" in (book / "Makefile").read_text()


def test_the_books_own_tests_pass(book: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                            cwd=book, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "2 passed" in result.stdout


def test_the_books_own_tests_catch_an_edited_article(book: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    subprocess.run(["cp", "-r", str(book), str(copy)], check=True)
    source = copy / "data" / "source" / "other-story.txt"
    source.write_bytes(source.read_bytes().replace(b"40 people", b"41 people"))
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                            cwd=copy, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "the source article changed" in result.stdout


# ------------------------------------------------------------------ refusals, and nothing half-written

def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.endswith(".partial"))


def test_a_non_empty_destination_is_refused(tmp_path: Path) -> None:
    dest = tmp_path / "book"
    dest.mkdir()
    (dest / "keep.txt").write_text("mine")
    result = run("new", str(FIXTURE), str(dest))
    assert result.returncode == 1 and "not empty" in result.stderr and "Fix:" in result.stderr
    assert [p.name for p in dest.iterdir()] == ["keep.txt"] and leftovers(tmp_path) == []
    (tmp_path / "file").write_text("x")
    assert "is not a folder" in run("new", str(FIXTURE), str(tmp_path / "file")).stderr


def test_an_empty_destination_is_filled(tmp_path: Path) -> None:
    dest = tmp_path / "book"
    dest.mkdir()
    assert new_book(FIXTURE, dest).root == dest and (dest / "_config.yml").is_file()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"Jane Doe said on Sunday that it rained.", "header"),
    (b"\xff\xfe not utf-8", "UTF-8"),
])
def test_a_bad_article_writes_nothing(tmp_path: Path, content: bytes, message: str) -> None:
    article = tmp_path / "story.txt"
    article.write_bytes(content)
    result = run("new", str(article), str(tmp_path / "book"))
    assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "book").exists() and leftovers(tmp_path) == []


def test_a_file_name_the_chapters_cannot_load_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "my story.txt"
    article.write_bytes(FIXTURE.read_bytes())
    with pytest.raises(CasebookError, match="the file name must be"):
        new_book(article, tmp_path / "book")
    assert not (tmp_path / "book").exists()


def test_a_failure_half_way_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise CasebookError("voices.yaml: simulated failure")

    monkeypatch.setattr(scaffold, "load_voices", broken)
    with pytest.raises(CasebookError, match="simulated"):
        new_book(FIXTURE, tmp_path / "book")
    assert not (tmp_path / "book").exists() and leftovers(tmp_path) == []


# ------------------------------------------------------------------ the templates

def test_the_templates_name_nothing_of_the_case_study_article() -> None:
    terms = walls().TERMS_RE
    found = [f"{p.relative_to(TEMPLATES)}: {m.group()!r}" for p in TEMPLATES.rglob("*") if p.is_file()
             for m in terms.finditer(p.read_text(encoding="utf-8"))]
    assert not found, found
    assert terms.search("It began in Phnom Penh.")  # the scan itself works


def test_the_template_chapters_import_only_public_names() -> None:
    module = walls()
    notebooks = sorted(TEMPLATES.glob("chapters/*.ipynb"))
    assert len(notebooks) == 4
    problems = [f"{nb.name}: {p}" for nb in notebooks for cell in module.code_cells(nb)
                for p in module.private_imports(cell)]
    assert not problems, problems
    for nb in notebooks:
        cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
        assert all(not c.get("outputs") for c in cells if c["cell_type"] == "code"), nb.name


def test_the_chapters_show_more_once_an_actor_is_reviewed_and_a_note_added(book: Path, tmp_path: Path) -> None:
    """What a teacher does first: review one draft actor, cite a source, write a note. The same
    calls as the chapters then show the side, the role, the source and the note."""
    from casebook import load_case
    from casebook.book import cast_frame, cast_html, render_article
    from casebook.knowledge import load_notes

    copy = tmp_path / "book"
    subprocess.run(["cp", "-r", str(book), str(copy)], check=True)
    actors = copy / "data" / "annotations" / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    entry = text.index("  - id: ilsa_varenne\n")
    head, rest = text[:entry], text[entry:]
    block, tail = rest.split("\n\n", 1)
    block = (block.replace("    status: to review\n", "")
             .replace('role: ""', 'role: "Leader of the opposition party"')
             .replace("side: neutral", "side: opposition")
             .replace("sources: []", "sources: [wire2022boycott]"))
    actors.write_text(head + block + "\n\n" + tail, encoding="utf-8")
    with (copy / "references.bib").open("a", encoding="utf-8") as bib:
        bib.write("@misc{wire2022boycott, title = {Opposition to boycott vote}, year = {2022}}\n")
    (copy / "data" / "annotations" / "notes.yaml").write_text(
        "notes:\n  - paragraph: 3\n    anchor: questioned by police\n    kind: context\n"
        "    text: A note written by the teacher.\n    sources: [wire2022boycott]\n    confidence: '1 source'\n",
        encoding="utf-8")
    case = load_case("other-story", root=copy)
    assert "ilsa_varenne" not in case.annotations.to_review
    assert len(case.annotations.to_review) == len(case.annotations.actors) - 1
    cast = cast_frame(case.article, case.annotations)
    assert cast.loc["ilsa_varenne", "side"] == "opposition"
    assert "Leader of the opposition party" in cast_html(cast, caption="t", columns=("name", "role"))
    notes = load_notes(copy / "data" / "annotations" / "notes.yaml", case.article, case.bibliography)
    page = render_article(case.article, case.annotations, notes, case.bibliography)
    assert "A note written by the teacher." in page and "Opposition to boycott vote" in page


CORPUS = sorted((ROOT / "tests" / "corpus" / "stories").glob("*.txt"))


def test_there_is_a_corpus_to_scaffold() -> None:
    assert len(CORPUS) >= 30


@pytest.mark.parametrize("story", CORPUS, ids=lambda p: p.stem)
def test_every_chapter_runs_on_a_book_scaffolded_from_any_corpus_story(
        story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The chapters' code runs, with the draft annotations, on 40 real stories from many outlets
    (some with no quotation at all). The build itself is tested once, in test_scaffold_build.py."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    root = new_book(story, tmp_path / "book").root
    monkeypatch.chdir(root / "chapters")
    monkeypatch.setenv("CASEBOOK_STATIC_BUILD", "1")
    monkeypatch.setattr("IPython.display.display", lambda *args, **kwargs: None)
    for chapter in ("source", "actors", "chronology", "reactions"):
        cells = json.loads((root / "chapters" / f"{chapter}.ipynb").read_text(encoding="utf-8"))["cells"]
        namespace: dict = {}
        for number, cell in enumerate(c for c in cells if c["cell_type"] == "code"):
            exec(compile("".join(cell["source"]), f"{story.stem}/{chapter}.ipynb cell {number}", "exec"), namespace)
        plt.close("all")


def test_a_drafted_id_yaml_would_read_as_a_boolean_is_quoted() -> None:
    """An actor "Yes" (a referendum campaign) gets the id "yes", which plain YAML reads as true."""
    text = " date 2014-09-10 Metro, EDINBURGH\n\nYes campaigners gathered on Tuesday.\n\n“We will win,” said Yes.\n"
    drafted = yaml.safe_load(actors_yaml(parse_text(text, date="2014-09-10"), "story.txt"))
    ids = [entry["id"] for entry in drafted["actors"]]
    assert "yes" in ids and all(isinstance(i, str) for i in ids)
