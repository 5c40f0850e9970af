"""The epilogue, the glossary and the front and back matter (issue 14, parts 4 to 6).

Reads the repository's files directly (Markdown, notebook JSON, YAML, BibTeX by
regular expression) and imports nothing from `casebook`. The last test reads the
built book, which `make test` builds before pytest runs.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = ROOT / "chapters"
HTML = Path(os.environ.get("BOOK_OUTPUT", ROOT)) / "_build" / "html"

EXISTING_CHAPTERS = ("start", "source", "actors")
NEW_PAGES = ("epilogue.md", "glossary.md", "about.md")
# Terms the issue asks the glossary for; each name must be one of the glossary's terms.
REQUIRED_TERMS = ("CNRP", "CNRM", "CPP", "NEC", "Supreme Court", "prisoner of conscience",
                  "wire copy", "dateline", "TIMEX", "TIMEX3", "CAMEO", "Wikidata identifier",
                  "2+ agree", "1 source", "CONFLICT")
_CITE = re.compile(r"\{cite(?::\w+)?\}`([^`]+)`")
_TERM = re.compile(r"\{term\}`([^`]+)`")


# ------------------------------------------------------------------ readers
def _bib_keys() -> set[str]:
    text = (ROOT / "references.bib").read_text(encoding="utf-8")
    keys = set(re.findall(r"^@\w+\s*\{\s*([^,\s]+)\s*,", text, re.M))
    assert len(keys) > 50, "references.bib was not read"
    return keys


def _cells(name: str) -> list[dict]:
    """The notebook's cells, without the hidden Colab set-up cell (scripts/colab_setup.py)."""
    cells = json.loads((CHAPTERS / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"]
    return [c for c in cells if "colab-setup" not in c.get("metadata", {}).get("tags", [])]


def _markdown(cell: dict) -> str:
    return "".join(cell["source"])


def _chapter_prose() -> dict[str, str]:
    """What a reader reads, by file: Markdown pages and the notebooks' markdown cells."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in CHAPTERS.glob("*.md")}
    for path in CHAPTERS.glob("*.ipynb"):
        texts[path.name] = "\n\n".join(_markdown(c) for c in _cells(path.stem) if c["cell_type"] == "markdown")
    return texts


def _glossary_entries() -> list[tuple[list[str], str]]:
    """(names, definition) for each entry of the {glossary} directive in glossary.md."""
    text = (CHAPTERS / "glossary.md").read_text(encoding="utf-8")
    match = re.search(r"^```\{glossary\}\n(.*?)^```", text, re.M | re.S)
    assert match, "glossary.md has no {glossary} directive"
    entries: list[tuple[list[str], str]] = []
    names: list[str] = []
    definition: list[str] = []
    for line in match.group(1).splitlines():
        if line.startswith(":") or not line.strip():
            continue
        if line[0].isspace():
            definition.append(line.strip())
            continue
        if definition:  # a new entry starts
            entries.append((names, " ".join(definition)))
            names, definition = [], []
        names.append(line.strip())
    if names:
        entries.append((names, " ".join(definition)))
    assert len(entries) >= 15, f"too few glossary entries read: {len(entries)}"
    return entries


def _term_target(role_text: str) -> str:
    explicit = re.search(r"<([^<>]+)>\s*$", role_text)
    return (explicit.group(1) if explicit else role_text).strip().lower()


def _terms_used(skip: str = "glossary.md") -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    for name, text in _chapter_prose().items():
        if name == skip:
            continue
        for role_text in _TERM.findall(re.sub(r"\s+", " ", text)):
            used.setdefault(_term_target(role_text), set()).add(name)
    return used


# ------------------------------------------------------------- citations
@pytest.mark.parametrize("page", NEW_PAGES + tuple(f"{n}.ipynb" for n in EXISTING_CHAPTERS))
def test_every_cite_key_exists_in_references_bib(page: str) -> None:
    text = _chapter_prose()[page]
    keys = {k.strip() for group in _CITE.findall(text) for k in group.split(",")}
    assert keys, f"{page} cites nothing"
    missing = sorted(keys - _bib_keys())
    assert not missing, f"{page}: {{cite}} keys with no entry in references.bib: {missing}"


def test_epilogue_cites_every_paragraph_that_gives_a_date_or_number() -> None:
    """A paragraph, list item or table row with a digit states a fact: it must carry a {cite}."""
    text = (CHAPTERS / "epilogue.md").read_text(encoding="utf-8")
    text = re.sub(r"^:::\{admonition\}.*?^:::\s*$", "", text, flags=re.M | re.S)  # objectives
    blocks = []
    for block in re.split(r"\n\s*\n", text):
        if block.lstrip().startswith("|"):
            blocks += [row for row in block.splitlines() if not re.fullmatch(r"\|[\s\-|]+\|", row)][1:]
        elif re.match(r"\s*- ", block):
            blocks += re.split(r"\n(?=- )", block)
        else:
            blocks.append(block)
    uncited = []
    for block in blocks:
        prose = re.sub(r"\{(?:term|ref)\}`[^`]*`|\(\w[\w-]*\)=", "", block)
        if block.lstrip().startswith("#") or not re.search(r"\d", prose):
            continue
        if "{cite" not in block:
            uncited.append(block.strip()[:100])
    assert not uncited, "epilogue passages with a date or number and no {cite}:\n" + "\n".join(uncited)


@pytest.mark.parametrize("topic, patterns", [
    ("the Senate election of February 2018", [r"Senate", r"25 February 2018", r"58"]),
    ("the July 2018 election, all 125 seats", [r"29 July 2018", r"all 125 seats"]),
    ("the boycott call and the spoiled ballots", [r"boycott", r"Clean Finger", r"spoiled"]),
    ("the US and EU responses", [r"White House", r"European Union", r"sovereign state"]),
    ("rehabilitation and how many of the 118", [r"rehabilitation", r"32 of the 118", r"16 November 2022"]),
    ("Kem Sokha's house arrest, trial and sentence", [r"house arrest", r"15 January\s+2020", r"27 years",
                                                      r"Articles 439 and 443"]),
    ("the CNRM's fate", [r"CNRM", r"formally ended"]),
    ("Sam Rainsy's attempted return", [r"9 November 2019", r"Kuala Lumpur"]),
    ("Hun Sen hands power to Hun Manet", [r"Hun Manet", r"22\s+August 2023"]),
])
def test_epilogue_covers_each_point_of_the_issue(topic: str, patterns: list[str]) -> None:
    text = re.sub(r"\s+", " ", (CHAPTERS / "epilogue.md").read_text(encoding="utf-8"))
    for pattern in patterns:
        assert re.search(pattern.replace(r"\s+", " "), text), f"epilogue: {topic}: {pattern!r} not found"


def test_epilogue_shows_where_sources_conflict() -> None:
    text = re.sub(r"\s+", " ", (CHAPTERS / "epilogue.md").read_text(encoding="utf-8"))
    assert text.count("Sources differ") + text.count("conflict") + text.count("one report") >= 3
    assert "October 2018" in text, "the date of the move to house arrest is in conflict: give both"


# --------------------------------------------------------------- glossary
def test_glossary_has_the_terms_the_issue_names() -> None:
    names = {n.lower() for entry, _ in _glossary_entries() for n in entry}
    missing = [t for t in REQUIRED_TERMS if t.lower() not in names]
    assert not missing, f"glossary lacks {missing}"


def test_every_glossary_entry_is_linked_from_a_chapter() -> None:
    used = _terms_used()
    unused = [entry[0] for entry, _ in _glossary_entries() if not any(n.lower() in used for n in entry)]
    assert not unused, f"glossary terms no chapter links with {{term}}: {unused}"


def test_every_term_link_points_to_a_glossary_entry() -> None:
    names = {n.lower() for entry, _ in _glossary_entries() for n in entry}
    dangling = {target: sorted(pages) for target, pages in _terms_used(skip="").items() if target not in names}
    assert not dangling, f"{{term}} links to no glossary entry: {dangling}"


@pytest.mark.parametrize("chapter", EXISTING_CHAPTERS + ("about",))
def test_existing_chapters_link_terms_to_the_glossary(chapter: str) -> None:
    name = f"{chapter}.md" if chapter == "about" else f"{chapter}.ipynb"
    assert _TERM.search(_chapter_prose()[name]), f"{name} links no term to the glossary"


def test_glossary_entries_on_institutions_cite_their_facts() -> None:
    institutions = {"CNRP", "CNRM", "CPP", "NEC", "Supreme Court", "Interior Ministry", "Senate",
                    "National Assembly", "Candlelight Party", "Law on Political Parties", "CAMEO",
                    "TIMEX3", "prisoner of conscience", "wire copy", "Clean Finger campaign",
                    "political rehabilitation", "Wikidata identifier"}
    for names, definition in _glossary_entries():
        if institutions & set(names):
            assert "{cite}" in definition, f"glossary entry {names[0]} states outside facts without a citation"


def test_confidence_labels_in_the_glossary_point_to_the_about_page() -> None:
    for names, definition in _glossary_entries():
        if names[0] in ("2+ agree", "1 source", "CONFLICT"):
            assert "confidence-labels" in definition, f"{names[0]}: link the definition on the About page"


# ------------------------------------------------ objectives and summaries
@pytest.mark.parametrize("chapter", EXISTING_CHAPTERS)
def test_chapter_opens_with_objectives_and_ends_with_a_summary(chapter: str) -> None:
    cells = _cells(chapter)
    first = _markdown(cells[0])
    assert cells[0]["cell_type"] == "markdown" and re.search(r"\{admonition\} Learning objectives", first), \
        f"{chapter}: the first cell should hold a 'Learning objectives' admonition"
    objectives = first[first.index("Learning objectives"):]
    assert re.search(r"^\s*1\. ", objectives, re.M), f"{chapter}: the objectives are not a numbered list"
    last = cells[-1]
    assert last["cell_type"] == "markdown", f"{chapter}: the last cell should be the summary"
    assert re.match(r"## Summary\n", _markdown(last)), f"{chapter}: the last cell should start with '## Summary'"
    assert "solution" not in last["metadata"].get("tags", []), f"{chapter}: a student edition would drop the summary"


def test_epilogue_opens_with_objectives_and_ends_with_a_summary() -> None:
    text = (CHAPTERS / "epilogue.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert text.index("{admonition} Learning objectives") < text.index("\n## "), "objectives come first"
    assert headings[-1] == "Summary", headings


# ---------------------------------------------------- front and back matter
def test_toc_lists_the_new_pages_and_keeps_the_bibliography_last() -> None:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [c["file"] for part in toc["parts"] for c in part["chapters"]]
    assert "chapters/epilogue" in files and "chapters/glossary" in files
    assert files[-1] == "chapters/bibliography"
    assert (CHAPTERS / "bibliography.md").read_text(encoding="utf-8").count("{bibliography}") == 1


def test_about_page_has_authors_licences_rights_citation_and_error_reports() -> None:
    about = (CHAPTERS / "about.md").read_text(encoding="utf-8")
    for heading in ("## Authors", "## Licences", "## Rights notice for the article text", "## How to cite",
                    "## How to report an error"):
        assert heading in about, f"about.md lacks {heading!r}"
    assert "(report-an-error)=" in about
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    flat = re.sub(r"\s+", " ", about)
    citation = flat[flat.index("## How to cite"):]
    assert cff["title"] in citation, "the citation on the About page must give CITATION.cff's title"
    assert f"version {cff['version']}" in citation
    assert all(a["name"] in citation for a in cff["authors"])
    assert str(cff["date-released"])[:4] in citation
    assert "MIT" in about and "CC BY 4.0" in about and "© Thomson Reuters" in about


def test_404_extension_is_pinned_and_configured() -> None:
    requirements = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    assert re.search(r"^sphinx-notfound-page==\d+\.\d+(\.\d+)?$", requirements, re.M), "pin sphinx-notfound-page exactly"
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert "notfound.extension" in config["sphinx"]["extra_extensions"]
    prefix = config["sphinx"]["config"]["notfound_urls_prefix"]
    assert prefix.startswith("/") and prefix.endswith("/"), "the extension requires a prefix that starts and ends with /"
    assert "<h1>" in config["sphinx"]["config"]["notfound_context"]["body"]


def test_404_page_is_built_with_absolute_links() -> None:
    page = HTML / "404.html"
    assert (HTML / "index.html").exists(), "no built book: run `make book` (or `make test`, which builds it) first"
    assert page.exists(), "the build wrote no 404.html: is sphinx-notfound-page installed and enabled?"
    html = page.read_text(encoding="utf-8")
    assert "Page not found" in html
    prefix = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["sphinx"]["config"]["notfound_urls_prefix"]
    resources = re.findall(r"<(?:script|link)\b[^>]*\b(?:src|href)=\"([^\"]+)\"", html)
    assert resources, "404.html loads no script or style"
    relative = [r for r in resources if not r.startswith((prefix, "#", "data:"))]
    assert not relative, f"404.html is served at any depth: its resources must be absolute: {relative[:5]}"
    for target in re.findall(r"<a\b[^>]*href=\"(/[^\"#]*)", html):
        assert (HTML / target.removeprefix(prefix)).exists(), f"404.html links to a page that was not built: {target}"
