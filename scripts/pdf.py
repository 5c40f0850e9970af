"""Print the book to one PDF: the single-page HTML build, printed by Debian's chromium.

1. ``jupyter-book build . --builder singlehtml`` into ``_build/singlehtml`` (its own
   folder; never ``--builder pdfhtml``, which overwrites ``_build/html``). The
   notebooks' outputs come from the same cache as ``make book``, which runs first.
2. ``chromium --headless --print-to-pdf`` with a throw-away profile. The page's
   ``@media print`` rules (``_static/print.css``) drop menus, buttons and the live
   parts of widgets, and keep figures, tables and notes.

Usage: python scripts/pdf.py   (writes _build/pdf/casebook.pdf atomically)
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = Path(os.environ.get("BOOK_OUTPUT", ROOT)).resolve()
SINGLE = OUTPUT / "_build" / "singlehtml"
PDF = OUTPUT / "_build" / "pdf" / "casebook.pdf"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
    "--run-all-compositor-stages-before-draw", "--virtual-time-budget=20000",
]


def build_singlehtml() -> Path:
    jb = Path(sys.executable).with_name("jupyter-book")
    env = {**os.environ, "CASEBOOK_STATIC_BUILD": "1"}
    env.pop("CASEBOOK_EDITION", None)
    cmd = [str(jb), "build", str(ROOT), "--path-output", str(OUTPUT), "--builder", "singlehtml",
           "-W", "-n", "--keep-going"]
    print("[pdf] " + " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    return root_page(SINGLE)


def root_page(single: Path) -> Path:
    """The single page, copied to the build's root folder as ``book.html``.

    Jupyter Book writes ``index.html`` as a redirect to ``chapters/start.html``,
    but Sphinx's singlehtml builder computes that page's links (``_static/``,
    ``_images/``) from the root, so opened where it lies it has no stylesheet
    and no images. From the root folder every link resolves.
    """
    index = single / "index.html"
    match = re.search(r'url=([^"]+)"', index.read_text(encoding="utf-8")) if index.exists() else None
    if not match or not (single / match.group(1)).exists():
        raise SystemExit(f"{index}: no redirect to the book's single page. Fix: check the build in {single}.")
    page = single / "book.html"
    tmp = page.with_name(page.name + ".tmp")
    shutil.copyfile(single / match.group(1), tmp)
    os.replace(tmp, page)
    return page


def print_pdf(page: Path, out: Path) -> Path:
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        raise SystemExit(f"{CHROMIUM} not found. Fix: sudo apt-get install chromium (or set CHROMIUM=path).")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp.pdf")
    with tempfile.TemporaryDirectory(prefix="casebook-pdf-") as profile:
        cmd = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={tmp}", page.as_uri()]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0 or not tmp.exists() or tmp.stat().st_size == 0:
        tmp.unlink(missing_ok=True)
        raise SystemExit(f"{out}: chromium could not print {page} (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    os.replace(tmp, out)
    return out


def main() -> int:
    started = time.perf_counter()
    index = build_singlehtml()
    built = time.perf_counter()
    pdf = print_pdf(index, PDF)
    done = time.perf_counter()
    print(f"[pdf] single-page build {built - started:.1f} s, print {done - built:.1f} s; "
          f"{pdf} ({pdf.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
