"""The walls of docs/architecture.md: import contracts, the public API, and a parser
that names nothing of the case-study article.

Each check here can fail: the helpers are also run on small bad inputs.
"""
from __future__ import annotations

import ast
import importlib
import io
import json
import re
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "casebook"
CHAPTERS = ROOT / "chapters"
ANNOTATIONS = ROOT / "data" / "annotations"
PUBLIC_MODULES = ("casebook", "casebook.parse", "casebook.knowledge", "casebook.learned", "casebook.book", "casebook.io")
HEAVY = ("yaml", "pandas", "matplotlib", "ipywidgets", "networkx", "numpy")


# ------------------------------------------------------------------ import contracts

def test_import_contracts_hold() -> None:
    """`lint-imports` checks the layers, the forbidden imports and cycles (pyproject.toml)."""
    result = subprocess.run([str(Path(sys.executable).parent / "lint-imports")], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert re.search(r"Contracts: [1-9]\d* kept, 0 broken", result.stdout), result.stdout[-2000:]


# ------------------------------------------------------------------ the public API

def chapter_imports(source: str) -> list[tuple[int, str, tuple[str, ...]]]:
    """``(line, module, names)`` for every import of casebook in a code cell's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "casebook":
            found.append((node.lineno, node.module, tuple(a.name for a in node.names)))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name, ()) for a in node.names if a.name.split(".")[0] == "casebook"]
    return found


def private_imports(source: str) -> list[str]:
    """Every import in ``source`` of a casebook module or name outside the public API."""
    problems = []
    for line, module, names in chapter_imports(source):
        if module not in PUBLIC_MODULES:
            problems.append(f"line {line}: {module} is a private module; import from {', '.join(PUBLIC_MODULES)}")
            continue
        public = set(importlib.import_module(module).__all__)
        problems += [f"line {line}: {module}.{name} is not in {module}.__all__" for name in names
                     if name not in public]
    return problems


def code_cells(notebook: Path) -> list[str]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


NOTEBOOKS = sorted(CHAPTERS.glob("*.ipynb"))


def test_there_are_chapters_to_check() -> None:
    assert len(NOTEBOOKS) >= 3, NOTEBOOKS


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_chapters_import_only_public_names(notebook: Path) -> None:
    problems = [f"{notebook.name} cell {i}: {p}" for i, cell in enumerate(code_cells(notebook))
                for p in private_imports(cell)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("cell", [
    "from casebook.book.render_notes import scroll_frame",
    "import casebook.parse.timex",
    "from casebook.book import _NAMES",
    "from casebook import parse_text, find_repo_root",
])
def test_the_chapter_check_catches_private_imports(cell: str) -> None:
    assert private_imports(cell), f"not caught: {cell}"


def test_public_imports_pass_the_chapter_check() -> None:
    assert private_imports("from casebook import load_case, parse_text\nfrom casebook.book import cast_html") == []


@pytest.mark.parametrize("module", PUBLIC_MODULES)
def test_every_public_name_exists_and_every_layer_says_what_it_may_import(module: str) -> None:
    imported = importlib.import_module(module)
    assert imported.__doc__ and len(imported.__doc__.split()) >= 30, f"{module} needs a docstring paragraph"
    assert module == "casebook" or "import" in imported.__doc__, f"{module}'s docstring must say what it may import"
    assert imported.__all__, module
    missing = [name for name in imported.__all__ if not hasattr(imported, name)]
    assert not missing, f"{module}.__all__ names what it does not have: {missing}"


def test_import_casebook_stays_light() -> None:
    """`import casebook; casebook.parse_text(...)` loads no heavy library and no YAML."""
    code = ("import sys, casebook\n"
            "casebook.parse_text(' date 2020-01-02 Reuters, LIMA\\n\\nIt rained on Monday.')\n"
            f"print([m for m in {HEAVY!r} if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", result.stdout


# ------------------------------------------------------------------ nothing of the article in the code

def article_terms() -> list[str]:
    """Names, places and dates of the case-study article, taken from its annotations."""
    actors = yaml.safe_load((ANNOTATIONS / "actors.yaml").read_text(encoding="utf-8"))["actors"]
    events = yaml.safe_load((ANNOTATIONS / "events.yaml").read_text(encoding="utf-8"))["events"]
    terms = set()
    for actor in actors:
        if actor["type"] == "group":
            continue  # common nouns such as "rights groups", not names
        for value in [actor["label"], *actor.get("names", []), *actor.get("aliases", [])]:
            if len(value) >= 4 or (value.isupper() and len(value) >= 3):
                terms.add(value)
    terms |= {str(e["date"]) for e in events if e.get("date") and len(str(e["date"])) >= 7}
    header = (ROOT / "data" / "source" / "reuters-2018-01-15.txt").read_text(encoding="utf-8").splitlines()[0]
    terms |= set(re.findall(r"\d{4}-\d{2}-\d{2}", header))
    return sorted(terms, key=len, reverse=True)


TERMS = article_terms()
TERMS_RE = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, TERMS)) + r")(?![\w-])")
EXAMPLE = re.compile(r"for example|e\.g\.", re.IGNORECASE)


def article_specific(source: str) -> list[str]:
    """Uses of the article's terms in ``source``: anywhere in code, and in a comment or
    docstring unless the same sentence says it is an example ("for example", "e.g.")."""
    problems = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type not in (tokenize.STRING, tokenize.COMMENT, tokenize.NAME):
            continue
        for match in TERMS_RE.finditer(tok.string):
            is_prose = tok.type == tokenize.COMMENT or tok.string.lstrip("rbuRBU").startswith(('"""', "'''"))
            sentence_start = max(tok.string.rfind(". ", 0, match.start()), tok.string.rfind("\n\n", 0, match.start()))
            if is_prose and EXAMPLE.search(tok.string, max(sentence_start, 0), match.start()):
                continue
            problems.append(f"line {tok.start[0]}: {match.group()!r}")
    return problems


def test_the_article_terms_come_from_the_annotations() -> None:
    assert len(TERMS) >= 15 and any(re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", t) for t in TERMS), TERMS


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_package_names_nothing_of_the_article(module: Path) -> None:
    problems = article_specific(module.read_text(encoding="utf-8"))
    assert not problems, f"{module.relative_to(ROOT)} names the case-study article: " + "; ".join(problems) + (
        ". Move it to data/annotations/, or (in a docstring or comment) say 'for example'.")


def test_the_scan_catches_article_names_in_code_and_allows_examples() -> None:
    name = next(t for t in TERMS if " " in t)
    assert article_specific(f"SPEAKER = {name!r}\n")
    assert article_specific(f"x = 1  # {name} said so\n")
    assert not article_specific(f"x = 1  # for example, {name} said so\n")
    assert not article_specific(f'def f():\n    """A name, for example {name}."""\n')
