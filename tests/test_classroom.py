"""The classroom kit (issue 14, parts 1-3): pages, reading length, downloads, quiz, student edition."""
from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = ROOT / "chapters"
HTML = Path(os.environ.get("BOOK_OUTPUT", ROOT)) / "_build" / "html"
STUDENT_HTML = ROOT / "_build" / "student" / "_build" / "html"
sys.path.insert(0, str(ROOT / "_ext"))
from student_edition import strip_blocks, strip_notebook, teacher_only  # noqa: E402

CLASSROOM_PAGES = ("teachers-guide", "pre-class-reading", "bare-article", "handout-50", "handout-90",
                   "worksheets", "model-answers")
TEACHER_PAGES = ("teachers-guide", "model-answers")
# Sentences that only a solution, a model answer or a teacher box contains; the student build must have none.
SOLUTION_SENTENCES = (
    "None of the values change",                        # chronology, exercise 3 solution
    "is found as the same person",                      # actors, exercise 3 solution
    "There is no single answer; a good answer uses more than one measure",  # reactions, exercise 3
    "the reference coding keeps the appeal",            # eventdata solution
    "Full model answers, with typical weak answers",    # source, pointers for the teacher
    "Eleven rows: \u201csaid\u201d 6 times",            # worksheets, answer key 1
    "Typical weak answers",                             # model answers page
    "solutions are folded away here",                   # actors, For teachers box
)
MARKERS = ("For teachers", "Pointers for the teacher", "Answer key", "Model answers", "Teacher's guide")


def _page(entry: str) -> Path:
    return next(p for p in (CHAPTERS / f"{entry}.ipynb", CHAPTERS / f"{entry}.md") if p.exists())


def _markdown_text(path: Path) -> str:
    if path.suffix == ".md":
        return path.read_text(encoding="utf-8")
    nb = json.loads(path.read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")


def _visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# --------------------------------------------------------------- the pages
def test_toc_lists_every_classroom_page_once() -> None:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [c["file"] for part in toc["parts"] for c in part["chapters"]]
    for name in CLASSROOM_PAGES:
        assert files.count(f"chapters/{name}") == 1, name


@pytest.mark.parametrize("name", CLASSROOM_PAGES)
def test_only_the_guide_and_the_model_answers_are_teacher_only(name: str) -> None:
    assert teacher_only(_page(name)) == (name in TEACHER_PAGES)


def test_teachers_guide_has_every_part_the_issue_asks_for() -> None:
    text = _markdown_text(_page("teachers-guide"))
    for heading in ("### Synopsis", "### Where it happened", "### One-page timeline", "### Words to know",
                    "## Learning objectives, activities and assessments", "## Lesson plan A: the 50-minute seminar",
                    "## Lesson plan B: the 90-minute lab", "### Short assessments, one per objective",
                    "### Essay on the story's framing: rubric", "## Running the notebooks in class",
                    "## Teaching a politically sensitive case", "### The government's case, from its own sources",
                    "### Ground rules", "### An alternative task for anyone who opts out", "### Privacy",
                    "## Further reading"):
        assert heading in text, heading
    for phase in ("Hook", "Think-pair-share", "Group work", "Debrief", "Exit ticket"):
        assert text.count(f"| {phase} |") == 2, f"{phase} should be in both lesson plans"
    for fact in ("Forks", "Colab needs a Google account", "works offline", "No recording"):
        assert fact.lower() in text.lower(), fact
    readings = re.findall(r"\{cite\}`(morgenbesser2019hegemonic|sutton2018personalrule|strangio2014hunsen)`", text)
    assert len(set(readings)) == 3


def test_every_objective_has_a_chapter_an_activity_and_an_assessment() -> None:
    text = _markdown_text(_page("teachers-guide"))
    table = text[text.index("| # | Objective"):text.index("## Lesson plan A")]
    rows = [r for r in table.splitlines() if re.match(r"\| \d \|", r)]
    assert len(rows) >= 5
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert len(cells) == 5 and all(cells), row
        assert re.search(r"\]\(\w+\.ipynb\)", cells[2]), f"objective {cells[0]}: link its chapter"


def test_lesson_plans_fill_their_minutes() -> None:
    text = _markdown_text(_page("teachers-guide"))
    for heading, total in (("## Lesson plan A", 50), ("## Lesson plan B", 90)):
        plan = text[text.index(heading):]
        plan = plan[:plan.index("\n## ", 3)]
        spans = [(int(a), int(b)) for a, b in re.findall(r"^\| (\d+)–(\d+) \|", plan, re.M)]
        assert spans[0][0] == 0 and spans[-1][1] == total, spans
        assert all(prev[1] == nxt[0] for prev, nxt in zip(spans, spans[1:])), f"gap or overlap: {spans}"


def test_pre_class_reading_is_about_a_thousand_words() -> None:
    from casebook import load_case
    from casebook.book import article_words, word_count

    text = _markdown_text(_page("pre-class-reading"))
    text = re.sub(r"\{cite\}`[^`]*`", "", text)
    text = re.sub(r"^\(.+\)=$", "", text, flags=re.M)
    total = word_count(text) + article_words(load_case("reuters-2018-01-15").article)
    assert 900 <= total <= 1100, f"the pre-class reading has {total} words; the issue asks for about 1,000"


def test_handouts_have_the_five_phases_and_print_well() -> None:
    css = (ROOT / "_static" / "print.css").read_text(encoding="utf-8")
    assert "@media print" in css and ".bd-sidebar-primary" in css
    for name in ("handout-50", "handout-90"):
        text = _markdown_text(_page(name))
        for phase in ("Hook", "Think, pair, share", "Group work", "Exit ticket"):
            assert phase in text, f"{name}: {phase}"
        assert "cb-write-box" in text


def test_every_chapter_coding_exercise_has_a_starter_cell() -> None:
    """An exercise whose solution is code has a starter cell before it, not only the hidden solution."""
    for name in ("actors", "chronology", "reactions", "eventdata"):
        cells = json.loads(_page(name).read_text(encoding="utf-8"))["cells"]
        for i, cell in enumerate(cells):
            source = "".join(cell["source"])
            if cell["cell_type"] == "markdown" and re.search(r"^### Exercise", source, re.M):
                following = cells[i + 1:i + 4]
                solution_code = any(c["cell_type"] == "code" and "solution" in c["metadata"].get("tags", [])
                                    for c in following)
                if not solution_code:
                    continue  # a discussion exercise: no code to start from
                assert any(c["cell_type"] == "code" and "solution" not in c["metadata"].get("tags", [])
                           for c in following), f"{name}: '{source.splitlines()[0]}' has no starter cell"


def test_questions_on_paragraph_5_and_on_attribution_verbs_exist() -> None:
    source = _markdown_text(_page("source"))
    assert re.search(r"href=\"source\.html#p5\">¶5</a> is the most charged sentence", source)
    reactions = _markdown_text(_page("reactions"))
    assert "### Activity: attribution verbs" in reactions and "*Cue* column" in reactions


def test_no_teacher_box_is_a_plain_dropdown() -> None:
    for path in CHAPTERS.glob("*.ipynb"):
        text = _markdown_text(path)
        assert "{dropdown} Pointers" not in text, path.name
        for match in re.finditer(r":{3,}\{admonition\} (For teachers|Solution|Answer key|Pointers for the teacher)\n(.*)",
                                 text):
            assert re.search(r"\b(teacher|solution)\b", match.group(2)), f"{path.name}: {match.group(1)} is not marked"


# ------------------------------------------------------------- the quiz
def test_quiz_file_loads_and_every_section_is_used() -> None:
    from casebook.book import load_quiz, quiz_answer_key, quiz_questions

    quiz = load_quiz(ROOT / "data" / "annotations" / "quiz.yaml")
    for section in quiz:
        questions = quiz_questions(quiz, section)
        assert len(quiz_answer_key(quiz, section)) == len(questions) >= 2
        assert all(sum("cb-right" in f for f in q["choices"].values()) == 1 for q in questions)
        notebook = _page(section).read_text(encoding="utf-8")
        assert f'quiz_questions(quiz, \\"{section}\\")' in notebook, f"the {section} chapter does not show its quiz"


def test_quiz_rejects_a_question_without_one_right_answer(tmp_path: Path) -> None:
    from casebook.book import load_quiz
    from casebook.errors import AnnotationError

    bad = tmp_path / "quiz.yaml"
    bad.write_text("s:\n  - prompt: Q\n    choices:\n      - {answer: A, why: W}\n", encoding="utf-8")
    with pytest.raises(AnnotationError, match="exactly one"):
        load_quiz(bad)


# -------------------------------------------------------- the mechanism
def test_strip_blocks_removes_marked_blocks_and_keeps_the_rest() -> None:
    text = ("Keep this.\n\n::::{admonition} Solution\n:class: dropdown solution\nSecret.\n:::{note}\nInner.\n:::\n"
            "::::\n\n:::{admonition} For teachers\n:class: note teacher\nHidden.\n:::\n\n"
            ":::{admonition} Questions\n:class: note\nShown.\n:::\nEnd.\n")
    out = strip_blocks(text)
    assert "Secret" not in out and "Inner" not in out and "Hidden" not in out
    assert "Keep this." in out and "Shown." in out and out.rstrip().endswith("End.")


def test_strip_notebook_drops_tagged_cells() -> None:
    nb = {"cells": [{"cell_type": "code", "metadata": {"tags": ["hide-cell", "solution"]}, "source": ["x = 1"]},
                    {"cell_type": "markdown", "metadata": {"tags": ["teacher"]}, "source": ["T"]},
                    {"cell_type": "markdown", "metadata": {}, "source": ["Keep"]}], "metadata": {}}
    out = json.loads(strip_notebook(json.dumps(nb)))
    assert [c["source"] for c in out["cells"]] == ["Keep"]


def test_student_toc_leaves_out_the_teacher_pages() -> None:
    spec = importlib.util.spec_from_file_location("book_script", ROOT / "scripts" / "book.py")
    book = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(book)
    toc = yaml.safe_load(book.student_toc())
    files = [c["file"] for part in toc["parts"] for c in part["chapters"]]
    assert "chapters/worksheets" in files and "chapters/handout-50" in files
    assert not {f"chapters/{name}" for name in TEACHER_PAGES} & set(files)


# ------------------------------------------------------------ built books
def test_full_book_has_the_teacher_text_the_student_edition_must_drop() -> None:
    """The control for the student test below: these markers really are in the full book."""
    pages = {p.relative_to(HTML).as_posix(): _visible_text(p.read_text(encoding="utf-8")) for p in HTML.rglob("*.html")}
    assert "chapters/teachers-guide.html" in pages and "chapters/model-answers.html" in pages
    everything = " ".join(pages.values())
    for sentence in SOLUTION_SENTENCES:
        assert sentence in everything, f"control: {sentence!r} is not in the full book"


def test_worksheet_downloads_resolve_in_the_built_book() -> None:
    page = HTML / "chapters" / "worksheets.html"
    hrefs = re.findall(r'href="([^"]+\.(?:csv|json))"', page.read_text(encoding="utf-8"))
    assert len(hrefs) >= 8, hrefs
    for href in hrefs:
        target = (page.parent / href).resolve()
        assert target.is_file() and target.stat().st_size > 0, href
    names = {Path(h).name for h in hrefs}
    assert {"quotes.csv", "mentions.csv", "timexes.csv", "timeline.csv", "events.csv"} <= names


@pytest.fixture(scope="module")
def student_html() -> Path:
    """Build the student edition (jupyter-cache makes a second run fast)."""
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "book.py"), "--student"], cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return STUDENT_HTML


def test_student_edition_contains_no_solution_or_teacher_text(student_html: Path) -> None:
    pages = {p.relative_to(student_html).as_posix(): p.read_text(encoding="utf-8")
             for p in student_html.rglob("*.html")}
    assert "chapters/source.html" in pages and "chapters/worksheets.html" in pages
    for name in TEACHER_PAGES:
        assert f"chapters/{name}.html" not in pages, f"{name} is in the student edition"
    for path, html in pages.items():
        text = _visible_text(html)
        for sentence in SOLUTION_SENTENCES:
            assert sentence not in text, f"{path}: {sentence!r}"
        for marker in MARKERS:
            assert marker not in text, f"{path}: {marker!r}"
        assert not re.search(r'class="[^"]*\b(solution|teacher|tag_solution|tag_teacher)\b', html), path
        assert "teachers-guide.html" not in html and "model-answers.html" not in html, f"{path} links a teacher page"


def test_student_edition_keeps_exercises_starters_and_quizzes(student_html: Path) -> None:
    actors = _visible_text((student_html / "chapters" / "actors.html").read_text(encoding="utf-8"))
    assert "Exercise 1: named but never heard" in actors and "STARTER" in actors
    reactions = (student_html / "chapters" / "reactions.html").read_text(encoding="utf-8")
    assert "Check yourself" in reactions and "cb-quiz" in reactions
