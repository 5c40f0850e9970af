"""``python -m casebook new ARTICLE DEST``: a new case-study book for another wire story.

The book is written into a temporary folder next to ``DEST``, checked (its
annotations load and the chapters' loaders accept them), and only then renamed
to ``DEST``, so that a failure leaves nothing half-written. ``DEST`` must not
exist, or be an empty folder.

What goes in: the article copied byte for byte into ``data/source/``; a draft
``data/annotations/actors.yaml`` (:mod:`casebook.io.draft_actors`) and empty
notes, timeline and voices files; the chapter notebooks and book files from
``casebook/io/templates/book/``, whose ``{{placeholders}}`` are filled here
(a ``.template`` suffix is dropped, a ``dot-`` prefix becomes ``.``);
and this repository's ``requirements.txt``, with its last line (which installs
casebook from the repository itself) replaced by a note, since the new book
installs casebook from the folder recorded in its Makefile.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from casebook.errors import CasebookError, where
from casebook.io.draft_actors import actors_yaml, draft_actors
from casebook.knowledge.case import load_case
from casebook.knowledge.notes import load_notes
from casebook.knowledge.timeline import load_timeline
from casebook.knowledge.voices import load_voices
from casebook.parse.pipeline import parse_text
from casebook.parse.source import read_source

TEMPLATES = Path(__file__).with_name("templates") / "book"
_STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\Z")
_PLACEHOLDER = re.compile(r"\{\{[a-z_]+\}\}")
_INSTALL_SELF = re.compile(r"^-e\s+\.\s*$", re.MULTILINE)


@dataclass(frozen=True)
class NewBook:
    """What :func:`new_book` wrote: the folder, the article's place in it, the draft actors."""

    root: Path
    source: Path
    actors: int
    speakers: int
    dates: int


def casebook_checkout() -> Path:
    """The source folder of the installed casebook (with its pyproject.toml and requirements.txt)."""
    root = Path(__file__).resolve().parents[2]
    missing = [name for name in ("pyproject.toml", "requirements.txt") if not (root / name).is_file()]
    if missing:
        raise CasebookError(
            f"{root}: casebook is not installed from a source checkout ({', '.join(missing)} missing),"
            " so a new book cannot copy its pinned requirements or install casebook from it."
            " Fix: clone the casebook repository and `pip install -e` it."
        )
    return root


def check_destination(dest: Path) -> None:
    """``dest`` must not exist, or be an empty folder."""
    if dest.is_symlink() or (dest.exists() and not dest.is_dir()):
        raise CasebookError(f"{where(dest)}: exists and is not a folder. Fix: choose a new folder name.")
    if dest.is_dir() and any(dest.iterdir()):
        raise CasebookError(
            f"{where(dest)}: the folder is not empty. Fix: choose a new folder, or empty this one;"
            " `new` never writes into an existing book."
        )


def _requirements(repo: Path) -> str:
    text = (repo / "requirements.txt").read_text(encoding="utf-8")
    note = ("# casebook itself is not on a package index: `make install` installs it from the folder\n"
            "# named CASEBOOK in the Makefile (pip install --no-deps -e CASEBOOK).")
    replaced, count = _INSTALL_SELF.subn(note, text)
    return replaced if count else text.rstrip("\n") + "\n" + note + "\n"


def _fill(template: str, values: dict[str, str], name: str) -> str:
    for key, value in values.items():
        template = template.replace("{{" + key + "}}", value)
    left = _PLACEHOLDER.search(template)
    if left:
        raise CasebookError(f"{TEMPLATES / name}: unknown placeholder {left.group()}. Fix: add it to new_book().")
    return template


def _title(article_header: object, stem: str) -> str:
    if article_header is None:
        return f"A case study: {stem}"
    agency, place, date = (getattr(article_header, k) for k in ("agency", "place", "date"))
    return f"A case study: a {agency} story from {place.title()}, {date}"


def _write_book(tmp: Path, article_path: Path, stem: str, text: str, repo: Path) -> tuple[int, int, int]:
    article = parse_text(text, path=article_path.name)
    sha256 = hashlib.sha256(article_path.read_bytes()).hexdigest()
    title = _title(article.header, stem)
    values = {
        "article_stem": stem, "article_file": f"{stem}.txt", "title": title,
        "title_json": json.dumps(title, ensure_ascii=False),
        "dateline": article.header.text.strip() if article.header else "",
        "sha256": sha256, "casebook_source": str(repo),
    }
    for template in sorted(p for p in TEMPLATES.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        relative = template.relative_to(TEMPLATES)
        name = relative.name.removesuffix(".template")
        target = tmp / relative.parent / ("." + name[4:] if name.startswith("dot-") else name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_fill(template.read_text(encoding="utf-8"), values, relative.as_posix()),
                          encoding="utf-8")
    source = tmp / "data" / "source" / f"{stem}.txt"
    source.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(article_path, source)
    annotations = tmp / "data" / "annotations"
    (annotations / "actors.yaml").write_text(actors_yaml(article, f"{stem}.txt"), encoding="utf-8")
    (tmp / "requirements.txt").write_text(_requirements(repo), encoding="utf-8")
    # The chapters' loaders must accept what was written, before anyone sees the book.
    case = load_case(stem, root=tmp)
    load_notes(annotations / "notes.yaml", case.article, case.bibliography)
    load_timeline(annotations, case.article, case.annotations)
    load_voices(annotations / "voices.yaml", case.article, case.bibliography)
    speakers = {q.speaker_actor for q in case.article.quotes if q.speaker_actor}
    return len(draft_actors(article)), len(speakers), sum(1 for t in article.timexes if t.paragraph)


def new_book(article_path: str | Path, dest: str | Path) -> NewBook:
    """Scaffold a case-study book for the story in ``article_path`` into the new folder ``dest``."""
    article_path, dest = Path(article_path), Path(dest)
    check_destination(dest)
    if not article_path.is_file():
        raise CasebookError(f"{where(article_path)}: no such file. Fix: pass the story's text file.")
    stem = article_path.stem
    if article_path.suffix != ".txt" or not _STEM.match(stem):
        raise CasebookError(
            f"{where(article_path)}: the file name must be letters, digits, '.', '-' or '_' and end in"
            " .txt, because the chapters load the story by that name. Fix: copy it to a name such as"
            " wire-2024-05-01.txt."
        )
    text = read_source(article_path)  # not UTF-8, empty or too big: stop before writing anything
    parse_text(text, path=str(article_path))  # no header line: stop here too, with the parser's fix
    repo = casebook_checkout()
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".partial", dir=dest.parent))
    try:
        actors, speakers, dates = _write_book(tmp, article_path, stem, text, repo)
        check_destination(dest)  # someone may have written there meanwhile
        os.chmod(tmp, 0o755)
        os.rename(tmp, dest)  # atomic; replaces an empty folder (POSIX)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return NewBook(dest, dest / "data" / "source" / f"{stem}.txt", actors, speakers, dates)
