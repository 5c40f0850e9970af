"""Build the book: strict, cached, and never stale.

Runs ``jupyter-book build . -W -n --keep-going``. The notebook cache keys on
code cells only, so a change to ``casebook/``, ``data/`` or ``_ext/`` would
otherwise leave stale outputs in the book: this script hashes those folders
and, when the hash differs from the last successful build, throws the whole
``_build`` away first (Sphinx would not re-read unchanged notebooks either).

Usage: python scripts/book.py [--clean]
Writes _build/build.log and _build/build-info.json; prints where index.html is.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# BOOK_OUTPUT lets two builds run side by side (the build goes to $BOOK_OUTPUT/_build).
OUTPUT = Path(os.environ.get("BOOK_OUTPUT", ROOT)).resolve()
BUILD = OUTPUT / "_build"
HASHED = ("casebook", "data", "_ext", "_vendor", "references.bib")
STAMP = BUILD / ".inputs.sha256"
FLAGS = ["-W", "-n", "--keep-going"]


def inputs_hash(root: Path = ROOT) -> str:
    """SHA-256 over the files that notebooks read but jupyter-cache does not see."""
    digest = hashlib.sha256()
    for name in HASHED:
        base = root / name
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def build(clean: bool) -> int:
    current = inputs_hash()
    previous = STAMP.read_text().strip() if STAMP.exists() else None
    # No stamp means no successful build yet, or the last one failed: start clean,
    # so that a notebook cached half-way through a failure is never reused.
    if clean or previous != current:
        reason = "--clean" if clean else "no successful build of the current casebook/, data/, _ext/ yet"
        print(f"[book] clearing _build ({reason})", flush=True)
        shutil.rmtree(BUILD, ignore_errors=True)
    BUILD.mkdir(parents=True, exist_ok=True)
    jb = Path(sys.executable).with_name("jupyter-book")
    cmd = [str(jb), "build", str(ROOT), "--path-output", str(OUTPUT), *FLAGS]
    print("[book] " + " ".join(cmd), flush=True)
    started = time.perf_counter()
    with open(BUILD / "build.log", "w", encoding="utf-8") as log:
        # CASEBOOK_STATIC_BUILD tells chapters that no reader will have a kernel,
        # so live-only widgets (free-text search) are left out of the static page.
        env = {**os.environ, "CASEBOOK_STATIC_BUILD": "1"}
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stdout.write(line)
            log.write(line)
        code = proc.wait()
    seconds = round(time.perf_counter() - started, 1)
    info = {
        "command": ["jupyter-book", "build", ".", *FLAGS],
        "returncode": code,
        "seconds": seconds,
        "clean": clean or previous != current,
        "inputs_sha256": current,
        "python": platform.python_version(),
    }
    _write_atomic(BUILD / "build-info.json", json.dumps(info, indent=1) + "\n")
    if code != 0:
        STAMP.unlink(missing_ok=True)
        print(f"[book] build FAILED (exit {code}); see _build/build.log", file=sys.stderr)
        return code
    _write_atomic(STAMP, current + "\n")
    index = BUILD / "html" / "index.html"
    print(f"[book] built in {seconds} s")
    print(f"[book] open {index.as_uri()}")
    print("[book] or serve it: make serve  (then http://127.0.0.1:8000/)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove _build first (what `make test` does)")
    args = parser.parse_args(argv)
    return build(args.clean)


if __name__ == "__main__":
    raise SystemExit(main())
