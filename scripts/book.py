"""Build the book: strict, cached, and never stale.

Runs ``jupyter-book build . -W -n --keep-going``. The notebook cache keys on
code cells only, so a change to ``casebook/``, ``data/`` or ``_ext/`` would
otherwise leave stale outputs in the book: this script hashes those folders
and, when the hash differs from the last successful build, throws the whole
``_build`` away first (Sphinx would not re-read unchanged notebooks either).

Usage: python scripts/book.py [--clean] [--student]
Writes _build/build.log and _build/build-info.json; prints where index.html is.

Before Sphinx starts, the notebooks that the cache lacks are executed in parallel,
one per core, into the same jupyter-cache that myst-nb reads (see prewarm_cache):
myst-nb alone runs them one after the other. The build still runs them again and
fails, with the traceback, if any of them failed here; the prewarm only saves time.

--student builds the student edition into _build/student/_build/html: the
extension _ext/student_edition.py drops every cell and block marked solution or
teacher, and a table of contents without the teacher-only pages is written to
_build/student/_toc.yml (see student_toc).
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
# benchmarks/results: the Methods and Build status pages read the benchmarks' result files.
# _static: Sphinx copies static files only when some page is rewritten, so an edited
# stylesheet would otherwise never reach a book whose pages are all up to date.
HASHED = ("casebook", "data", "_ext", "_vendor", "_static", "references.bib", "benchmarks/results")
STAMP = BUILD / ".inputs.sha256"
STUDENT_OUTPUT = BUILD / "student"
FLAGS = ["-W", "-n", "--keep-going"]
# jsonschema imports rfc3987-syntax when it is installed (JupyterLab's jupyter-events asks for
# it), which compiles 38 lark grammars: about 4 s of every build, before Sphinx even starts, on
# this project's 2-core machine. They serve only the "iri" format checks, and Jupyter Book
# validates _config.yml without a format checker, so the build's launcher hides the module;
# jsonschema then simply has no "iri" check (its own fallback). Nothing else changes.
SKIP_SLOW_IMPORTS = "import sys; sys.modules['rfc3987_syntax'] = None"
JUPYTER_BOOK = SKIP_SLOW_IMPORTS + "; from jupyter_book.cli.main import main; sys.argv[0] = 'jupyter-book'; sys.exit(main())"


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


def student_toc(root: Path = ROOT) -> str:
    """_toc.yml without the pages that only teachers need (see _ext/student_edition.teacher_only)."""
    import yaml

    sys.path.insert(0, str(root / "_ext"))
    from student_edition import teacher_only

    def page(entry: str) -> Path:
        return next(p for p in (root / f"{entry}.ipynb", root / f"{entry}.md") if p.exists())

    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    for part in toc.get("parts", []):
        part["chapters"] = [c for c in part["chapters"] if not teacher_only(page(c["file"]))]
    toc["parts"] = [part for part in toc.get("parts", []) if part["chapters"]]
    return "# Written by scripts/book.py --student: _toc.yml without the teacher-only pages.\n" + \
        yaml.safe_dump(toc, sort_keys=False, allow_unicode=True)


def toc_notebooks(root: Path = ROOT) -> list[Path]:
    """The notebooks that _toc.yml lists, in its order."""
    import yaml

    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    entries = [toc["root"], *(c["file"] for part in toc.get("parts", []) for c in part["chapters"])]
    return [root / f"{entry}.ipynb" for entry in entries if (root / f"{entry}.ipynb").exists()]


def prewarm_cache(cache_dir: Path, notebooks: list[Path], timeout: int = 300) -> int:
    """Execute the notebooks that ``cache_dir`` lacks, one per core (jupyter-cache's
    local-parallel executor, which runs each in its own folder as myst-nb does).

    myst-nb then finds them by the same hash of their code cells and does not run them
    again. Returns how many failed; a failure is only reported here: the build runs that
    notebook again and fails on it with -W, so the build stays the gate.
    """
    from jupyter_cache import get_cache
    from jupyter_cache.executors import load_executor

    cache = get_cache(str(cache_dir))
    for path in notebooks:
        cache.add_nb_to_project(str(path))
    pending = [r.uri for r in cache.list_unexecuted()]
    if not pending:
        return 0
    print(f"[book] executing {len(pending)} notebook(s) on {os.cpu_count()} cores before the build", flush=True)
    started = time.perf_counter()
    result = load_executor("local-parallel", cache).run_and_cache(filter_uris=pending, timeout=timeout)
    failed = [*result.excepted, *result.errored]
    print(f"[book] {len(result.succeeded)} executed in {time.perf_counter() - started:.1f} s"
          + (f"; failed (the build will run them again and report why): {', '.join(failed)}" if failed else ""),
          flush=True)
    return len(failed)


def build(clean: bool, student: bool = False) -> int:
    if student:
        return _build(clean, STUDENT_OUTPUT, student=True)
    return _build(clean, OUTPUT)


def _build(clean: bool, output: Path, student: bool = False) -> int:
    build_dir = output / "_build"
    stamp = build_dir / ".inputs.sha256"
    current = inputs_hash()
    previous = stamp.read_text().strip() if stamp.exists() else None
    # No stamp means no successful build yet, or the last one failed: start clean,
    # so that a notebook cached half-way through a failure is never reused.
    if clean or previous != current:
        reason = "--clean" if clean else "no successful build of the current casebook/, data/, _ext/, _static/, benchmarks/results/ yet"
        print(f"[book] clearing _build ({reason})", flush=True)
        shutil.rmtree(build_dir, ignore_errors=True)
    build_dir.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-c", JUPYTER_BOOK, "build", str(ROOT), "--path-output", str(output), *FLAGS]
    env = {**os.environ, "CASEBOOK_STATIC_BUILD": "1"}
    if student:
        toc = output / "_toc.yml"
        _write_atomic(toc, student_toc())
        cmd += ["--toc", str(toc)]
        env["CASEBOOK_EDITION"] = "student"
    else:
        env.pop("CASEBOOK_EDITION", None)
    started = time.perf_counter()
    if not student and not (build_dir / ".jupyter_cache").exists():
        # Only on a fresh cache: after that myst-nb re-runs just the notebooks that changed,
        # and a rebuild should not pay for starting jupyter-cache. The student edition strips
        # cells at read time, so its notebooks hash differently and are not prewarmed.
        subprocess.run([sys.executable, __file__, "--prewarm", str(build_dir / ".jupyter_cache")],
                       cwd=ROOT, env=env, check=False)
    print("[book] jupyter-book " + " ".join(cmd[3:]), flush=True)
    with open(build_dir / "build.log", "w", encoding="utf-8") as log:
        # CASEBOOK_STATIC_BUILD tells chapters that no reader will have a kernel,
        # so live-only widgets (free-text search) are left out of the static page.
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
    _write_atomic(build_dir / "build-info.json", json.dumps(info, indent=1) + "\n")
    if code != 0:
        stamp.unlink(missing_ok=True)
        print(f"[book] build FAILED (exit {code}); see {build_dir / 'build.log'}", file=sys.stderr)
        return code
    _write_atomic(stamp, current + "\n")
    index = build_dir / "html" / "index.html"
    print(f"[book] built in {seconds} s")
    print(f"[book] open {index.as_uri()}")
    print("[book] or serve it: make serve  (then http://127.0.0.1:8000/)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove _build first (what `make test` does)")
    parser.add_argument("--student", action="store_true",
                        help="build the student edition (no solutions, model answers or teacher notes)")
    parser.add_argument("--prewarm", metavar="CACHE", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.prewarm:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # as SKIP_SLOW_IMPORTS: nbformat imports jsonschema
        prewarm_cache(args.prewarm, toc_notebooks())
        return 0
    return build(args.clean, args.student)


if __name__ == "__main__":
    raise SystemExit(main())
