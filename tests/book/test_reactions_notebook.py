"""The reactions chapter as committed: numbered figures with captions and real alt text,
referenced from the prose; hidden solutions; every {glue} name defined; every citation known."""
from __future__ import annotations

import re
from pathlib import Path

import nbformat

from casebook.knowledge.bib import read_bib

ROOT = Path(__file__).resolve().parents[2]
NB = nbformat.read(ROOT / "chapters" / "reactions.ipynb", as_version=4)
PROSE = "\n".join(c.source for c in NB.cells if c.cell_type == "markdown")
CODE = "\n".join(c.source for c in NB.cells if c.cell_type == "code")


def test_every_figure_has_a_name_a_caption_and_real_alt_text() -> None:
    figures = [c.metadata["mystnb"] for c in NB.cells if c.cell_type == "code" and "mystnb" in c.metadata]
    assert {f["figure"]["name"] for f in figures} == {"fig-voice-share", "fig-voice-map"}
    for f in figures:
        assert len(f["figure"]["caption"].split()) >= 15
        alt = f["image"]["alt"]
        assert len(alt.split()) >= 40, alt
        assert "fig" not in alt.lower().split()[0]
        assert f"{{numref}}`{f['figure']['name']}`" in PROSE


def test_solutions_are_hidden_and_tagged() -> None:
    solutions = [c for c in NB.cells if "solution" in c.metadata.get("tags", [])]
    assert len([c for c in solutions if c.cell_type == "markdown"]) >= 3
    for cell in solutions:
        if cell.cell_type == "code":
            assert "hide-cell" in cell.metadata["tags"]
        else:
            assert ":class: dropdown" in cell.source


def test_every_glue_name_is_defined_and_every_citation_exists() -> None:
    used = set(re.findall(r"\{glue\}`([^`]+)`", PROSE))
    defined = set(re.findall(r"glue\(f?[\"']([^\"'{]+)[\"']", CODE))
    defined |= {f"{prefix}_{side}" for prefix in ("words", "share") for side in ("government", "opposition", "rights")}
    assert used and used <= defined, used - defined
    keys = {k.strip() for group in re.findall(r"\{cite\}`([^`]+)`", PROSE) for k in group.split(",")}
    bib = read_bib(ROOT / "references.bib")
    assert keys and keys <= set(bib), keys - set(bib)


def test_paragraph_links_use_the_book_form() -> None:
    links = re.findall(r'<a class="casebook-para-link" href="source.html#p(\d+)">¶(\d+)</a>', PROSE)
    assert len(links) >= 30 and all(a == b for a, b in links)
    assert "source.html#p" not in re.sub(r'<a class="casebook-para-link" href="source.html#p\d+">', "", PROSE)
