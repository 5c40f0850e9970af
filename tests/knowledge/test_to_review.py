"""Draft actors (`status: to review`, as `casebook new` writes them): what the loader lets
them leave empty, and that a reviewed actor, like every actor of the real book, must be complete."""
from __future__ import annotations

from pathlib import Path

import pytest

from casebook.errors import AnnotationError
from casebook.knowledge.annotations import load_annotations

ROOT = Path(__file__).resolve().parents[2]
DRAFT = """actors:
  - id: jane_doe
    status: to review
    label: Jane Doe
    type: person
    names: ["Jane Doe"]
    role: ""
    side: neutral
    sources: []
  - id: city_council
    label: City Council
    type: organisation
    role: The city's elected council
    side: government
    sources: [council2024]
"""
BIB = "@misc{council2024, title = {Minutes}, year = {2024}}\n"


def book(tmp_path: Path, actors: str, bib: str = BIB) -> Path:
    annotations = tmp_path / "data" / "annotations"
    annotations.mkdir(parents=True)
    (annotations / "actors.yaml").write_text(actors, encoding="utf-8")
    (tmp_path / "references.bib").write_text(bib, encoding="utf-8")
    return annotations


def test_a_draft_may_leave_role_and_sources_empty(tmp_path: Path) -> None:
    annotations = load_annotations(book(tmp_path, DRAFT))
    assert annotations.to_review == ("jane_doe",)
    jane = annotations.actor("jane_doe")
    assert (jane.role, jane.sources, jane.side) == ("", (), "neutral")
    assert annotations.actor("city_council").sources == ("council2024",)


def test_an_empty_bibliography_is_enough_for_drafts(tmp_path: Path) -> None:
    draft_only = DRAFT.split("  - id: city_council")[0]
    annotations = load_annotations(book(tmp_path, draft_only, bib="% no entries yet\n"))
    assert annotations.to_review == ("jane_doe",) and annotations.bib_keys == frozenset()


@pytest.mark.parametrize("field, edit", [
    ("role", ("sources: []", "sources: [council2024]")),
    ("sources", ('role: ""', "role: A resident")),
])
def test_once_the_status_line_is_gone_role_and_sources_are_required(tmp_path: Path, field: str,
                                                                   edit: tuple[str, str]) -> None:
    reviewed = DRAFT.replace("    status: to review\n", "").replace(*edit, 1)
    with pytest.raises(AnnotationError) as caught:
        load_annotations(book(tmp_path, reviewed))
    message = str(caught.value)
    assert "actors.yaml:2: actor 'jane_doe'" in message and f"missing or empty '{field}'" in message, message
    assert "Fix:" in message


def test_a_draft_is_still_checked_for_everything_else(tmp_path: Path) -> None:
    with pytest.raises(AnnotationError, match=r"actors.yaml:8: .*side 'unknown' is not allowed"):
        load_annotations(book(tmp_path, DRAFT.replace("side: neutral", "side: unknown")))
    with pytest.raises(AnnotationError, match=r"missing or empty 'label'"):
        load_annotations(book(tmp_path / "b", DRAFT.replace("label: Jane Doe", 'label: ""')))
    with pytest.raises(AnnotationError, match=r"citation key 'nowhere2024'"):
        load_annotations(book(tmp_path / "c", DRAFT.replace("sources: []", "sources: [nowhere2024]", 1)))


def test_an_unknown_status_names_the_line_and_the_fix(tmp_path: Path) -> None:
    with pytest.raises(AnnotationError, match=r"actors.yaml:3: actor 'jane_doe': status 'done' is not allowed"
                                              r".*Fix: write `status: to review`"):
        load_annotations(book(tmp_path, DRAFT.replace("status: to review", "status: done")))


def test_the_real_book_has_no_draft_left() -> None:
    annotations = load_annotations(ROOT / "data" / "annotations")
    assert annotations.to_review == ()
    assert all(actor.role and actor.sources for actor in annotations.actors)
