"""Write (or check) the first cell of every chapter notebook: the Colab set-up cell.

A chapter opened alone in Google Colab has neither the book's data (``data/``)
nor the ``casebook`` package. Its first cell, hidden in the book (tag
``remove-cell``) and a no-op anywhere but Colab, clones the repository named by
``repository.url`` in ``_config.yml``, installs ``casebook`` from that clone
(plus myst-nb, which the chapters use for ``glue`` and Colab lacks, pinned as in
``binder/requirements.txt``) and moves into its ``chapters/`` folder.

Usage: python scripts/colab_setup.py [--check]
Run it after changing ``repository.url``; ``--check`` exits 1, naming each
notebook whose cell is missing or stale, and writes nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TAG = "colab-setup"
CLONE_DIR = "casebook-repository"

TEMPLATE = '''\
# Google Colab only (elsewhere this cell does nothing): fetch the book's repository,
# whose data/ the chapter reads, install the casebook package from it, and work in
# its chapters/ folder.
import sys

if "google.colab" in sys.modules:
    import os
    import subprocess

    REPOSITORY, BRANCH = "{url}", "{branch}"
    if not os.path.isdir("{clone}"):
        subprocess.run(["git", "clone", "--depth", "1", "--branch", BRANCH, REPOSITORY, "{clone}"], check=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "./{clone}", "{mystnb}"], check=True)
    os.chdir("{clone}/chapters")'''


def pinned(requirement: str, root: Path = ROOT) -> str:
    """``name==version`` for ``requirement`` as binder/requirements.txt pins it."""
    path = root / "binder" / "requirements.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+)", line.strip())
        if match and match.group(1).lower().replace("_", "-") == requirement:
            return match.group(0)
    raise SystemExit(f"{path}: no exact pin for {requirement}. Fix: add '{requirement}==VERSION' to it.")


def cell_source(root: Path = ROOT) -> str:
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    repo = config.get("repository") or {}
    if not repo.get("url"):
        raise SystemExit(f"{root / '_config.yml'}: repository.url is not set. Fix: set it to the repository's address.")
    return TEMPLATE.format(url=repo["url"], branch=repo.get("branch", "main"), clone=CLONE_DIR,
                           mystnb=pinned("myst-nb", root))


def setup_cell(root: Path = ROOT) -> dict:
    return {"cell_type": "code", "execution_count": None, "id": "colab-setup",
            "metadata": {"tags": ["remove-cell", TAG]}, "outputs": [],
            "source": cell_source(root).splitlines(keepends=True)}


def is_setup_cell(cell: dict) -> bool:
    return TAG in cell.get("metadata", {}).get("tags", [])


def chapter_notebooks(root: Path = ROOT) -> list[Path]:
    """The notebooks of the table of contents, in reading order."""
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    entries = [toc["root"]] + [c["file"] for part in toc.get("parts", []) for c in part.get("chapters", [])]
    return [root / f"{e}.ipynb" for e in entries if (root / f"{e}.ipynb").exists()]


CELLS_OPEN = '{\n "cells": [\n'
CELL_CLOSE = "\n  },\n"


def with_setup_cell(text: str, cell: dict) -> str:
    """The notebook's text with ``cell`` first, and any older set-up cell removed.

    Edits the text in place rather than re-serialising the notebook, so that the
    rest of the file (key order, layout) stays byte for byte as it was.
    """
    if not text.startswith(CELLS_OPEN):
        raise SystemExit("a notebook does not start with '{\"cells\": [' in nbformat's layout. "
                         "Fix: save it once with Jupyter, then run this script again.")
    rest = text[len(CELLS_OPEN):]
    if is_setup_cell(json.loads(text)["cells"][0]):
        rest = rest[rest.index(CELL_CLOSE) + len(CELL_CLOSE):]
    block = "\n".join("  " + line for line in json.dumps(cell, ensure_ascii=False, indent=1, sort_keys=True).splitlines())
    new = CELLS_OPEN + block + ",\n" + rest
    nb = json.loads(new)
    if nb["cells"][0] != cell or sum(map(is_setup_cell, nb["cells"])) != 1:
        raise SystemExit("the notebook's first cell could not be replaced cleanly. "
                         "Fix: delete its cells tagged colab-setup by hand, then run this script again.")
    return new


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a notebook is stale")
    args = parser.parse_args(argv)
    cell = setup_cell()
    stale = []
    for path in chapter_notebooks():
        text = path.read_text(encoding="utf-8")
        nb = json.loads(text)
        if nb["cells"] and nb["cells"][0] == cell and sum(map(is_setup_cell, nb["cells"])) == 1:
            continue
        stale.append(path.relative_to(ROOT).as_posix())
        if not args.check:
            try:
                _write_atomic(path, with_setup_cell(text, cell))
            except SystemExit as exc:
                raise SystemExit(f"{path}: {exc}") from None
    if args.check and stale:
        print("Colab set-up cell missing or stale in: " + ", ".join(stale)
              + ". Fix: python scripts/colab_setup.py", file=sys.stderr)
        return 1
    print(f"{'stale' if args.check else 'updated'}: {len(stale)} notebook(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
