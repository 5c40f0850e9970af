"""Build speed and page weight of the book, measured on this machine.

    python benchmarks/bench_build.py [--runs 3] [--page chapters/epilogue.md]
                                     [--output DIR] [--json PATH] [--markdown PATH]

Each run times three builds of ``scripts/book.py`` (what ``make book`` runs, with
``-W -n --keep-going``) into a separate output folder (``BOOK_OUTPUT``), so the
repository's own ``_build`` is never touched:

1. **clean**: ``--clean``, which removes the output's ``_build`` with its
   jupyter-cache, so every notebook is executed;
2. **no change**: the same build again;
3. **one page edited**: a paragraph appended to one markdown page (``--page``),
   which is restored byte for byte, with its modification time, afterwards,
   even when the build fails or the run is interrupted.

The figure kept for each kind is the median over the runs. Each build records the
load average just before and just after it. Notebook execution times are read from
the jupyter-cache that myst-nb filled during the clean builds (never timed here);
page weights are read from the last build's HTML: each page's HTML plus the images
under ``_images/`` that it references, and the shared assets (``_static/``, with the
vendored widget JavaScript apart). The results go to ``benchmarks/results/build.json``
and a readable ``build.md`` beside it, and a short table replaces the block between
the markers in README.md ("Build speed and size"); every file is written atomically.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
# The targets of issue 16 for a 2-core machine; the page limit is 1 MB = 1,000,000 bytes.
TARGETS = {"clean_s": 60.0, "no_change_s": 5.0, "one_page_s": 10.0, "page_bytes": 1_000_000}
WIDGET_JS = "widgets/"          # _static/widgets/: the vendored widget manager (see _vendor/README.md)
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
PREWARM = re.compile(r"\[book\] \d+ executed in ([\d.]+) s")  # scripts/book.py's line after the parallel run
EDIT = "\n\nThis paragraph was added by benchmarks/bench_build.py and is removed after the build.\n"


class BenchmarkError(RuntimeError):
    """A build failed or the input is unusable; the message names the file and the fix."""


# ------------------------------------------------------------------ builds


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def run_build(output: Path, clean: bool) -> dict[str, Any]:
    """Time one ``scripts/book.py`` build into ``output``; its log goes to ``output/bench-build.log``."""
    env = {**os.environ, "BOOK_OUTPUT": str(output)}
    cmd = [sys.executable, str(ROOT / "scripts" / "book.py"), *(["--clean"] if clean else [])]
    before, cpu_before = load_average(), resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(output / "bench-build.log", "w", encoding="utf-8") as log:
        code = subprocess.run(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT).returncode
    seconds = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code != 0:
        raise BenchmarkError(f"{output / 'bench-build.log'}: the build failed (exit {code}). "
                             "Fix: run `make book` and fix the warnings it reports, then benchmark again.")
    # CPU seconds of the build and everything it started (kernels included): unlike the wall
    # time, they hardly change when other work shares the machine.
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    result = {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "load_before": before,
              "load_after": load_average()}
    prewarm = PREWARM.search((output / "bench-build.log").read_text(encoding="utf-8"))
    if prewarm:
        result["parallel_notebooks_s"] = float(prewarm.group(1))
    return result


class EditedPage:
    """Append a paragraph to ``page`` for the duration of a ``with`` block, then put the
    original bytes and modification time back (also on an exception or SIGTERM)."""

    def __init__(self, page: Path, backup_dir: Path):
        self.page, self.backup = page, backup_dir / (page.name + ".orig")

    def __enter__(self) -> Path:
        shutil.copy2(self.page, self.backup)
        self._old_handler = signal.signal(signal.SIGTERM, _raise_exit)
        with open(self.page, "a", encoding="utf-8") as f:
            f.write(EDIT)
        return self.page

    def __exit__(self, *exc: object) -> None:
        tmp = self.page.with_name(self.page.name + ".bench-restore")
        shutil.copy2(self.backup, tmp)
        os.replace(tmp, self.page)
        signal.signal(signal.SIGTERM, self._old_handler)


def _raise_exit(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


# ------------------------------------------------------------------ what the build left


def notebook_seconds(build_dir: Path, notebooks: list[Path]) -> dict[str, dict[str, Any]]:
    """Per notebook (relative path): the execution time jupyter-cache recorded for the code it
    matched, and which notebook that record was made for when two have the same code cells."""
    from jupyter_cache import get_cache

    cache = get_cache(str(build_dir / ".jupyter_cache"))
    found: dict[str, dict[str, Any]] = {}
    for path in notebooks:
        name = path.relative_to(ROOT).as_posix()
        try:
            record = cache.get_cached_project_nb(str(path))
        except KeyError:
            record = None
        if record is None:
            raise BenchmarkError(f"{build_dir / '.jupyter_cache'}: no cached execution of {name}. "
                                 "Fix: the clean build must execute every notebook; see bench-build.log.")
        entry: dict[str, Any] = {"seconds": round(record.data["execution_seconds"], 2)}
        executed_as = Path(record.uri).resolve()
        if executed_as != path.resolve():
            entry["same_code_as"] = executed_as.relative_to(ROOT).as_posix()
        found[name] = entry
    return found


class _PageRefs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.images: set[str] = set()
        self.scripts: set[str] = set()
        self.script_types: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "img" and a.get("src"):
            self.images.add(a["src"])
        elif tag == "script":
            if a.get("src"):
                self.scripts.add(a["src"])
            if a.get("type"):
                self.script_types.add(a["type"])


def page_weights(html_dir: Path, pages: list[str]) -> list[dict[str, Any]]:
    """Per page (docname): HTML bytes, bytes of its own images under _images/, whether it embeds
    widget views, and whether it loads the vendored widget JavaScript."""
    rows = []
    for doc in pages:
        page = html_dir / f"{doc}.html"
        if not page.exists():
            raise BenchmarkError(f"{page}: not built. Fix: check _toc.yml and the build log.")
        parser = _PageRefs()
        parser.feed(page.read_text(encoding="utf-8"))
        images = {(page.parent / src.split("#")[0].split("?")[0]).resolve() for src in parser.images
                  if "://" not in src and not src.startswith("data:")}
        own = [p for p in images if (html_dir / "_images") in p.parents and p.is_file()]
        html_bytes, image_bytes = page.stat().st_size, sum(p.stat().st_size for p in own)
        rows.append({"page": doc, "html_bytes": html_bytes, "images": len(own), "image_bytes": image_bytes,
                     "total_bytes": html_bytes + image_bytes,
                     "uses_widgets": WIDGET_VIEW in parser.script_types or WIDGET_STATE in parser.script_types,
                     "loads_widget_js": any(WIDGET_JS in s for s in parser.scripts)})
    return rows


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def shared_assets(html_dir: Path) -> dict[str, int]:
    static = html_dir / "_static"
    widgets = static / WIDGET_JS.rstrip("/")
    widget_bytes = folder_bytes(widgets) if widgets.exists() else 0
    return {"static_bytes": folder_bytes(static), "widget_js_bytes": widget_bytes,
            "static_without_widget_js_bytes": folder_bytes(static) - widget_bytes}


def toc_pages(root: Path = ROOT) -> list[str]:
    import yaml

    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    return [toc["root"], *(c["file"] for part in toc.get("parts", []) for c in part["chapters"])]


# ------------------------------------------------------------------ machine and report


def machine() -> dict[str, Any]:
    cpu = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib.metadata import version

    return {"cores": os.cpu_count(), "cpu": cpu, "system": platform.system(), "python": platform.python_version(),
            "jupyter_book": version("jupyter-book"), "myst_nb": version("myst-nb"), "sphinx": version("sphinx")}


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return out.stdout.strip() + ("+changes" if dirty else "") if out.returncode == 0 else None
    except OSError:
        return None


def summarise(builds: list[dict[str, Any]]) -> dict[str, Any]:
    return {"median_s": round(statistics.median(b["seconds"] for b in builds), 2),
            "median_cpu_s": round(statistics.median(b["cpu_seconds"] for b in builds), 2), "runs": builds}


def verdicts(report: dict[str, Any]) -> dict[str, bool]:
    b, t = report["builds"], report["targets"]
    return {"clean_s": b["clean"]["median_s"] < t["clean_s"],
            "no_change_s": b["no_change"]["median_s"] < t["no_change_s"],
            "one_page_s": b["one_page"]["median_s"] < t["one_page_s"],
            "page_bytes": all(p["total_bytes"] <= t["page_bytes"] for p in report["pages"])}


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def kb(n: int) -> str:
    return f"{n / 1000:,.0f} kB"


def markdown(report: dict[str, Any]) -> str:
    """The report for reading in the repository (the book renders its own tables)."""
    b, t, m, met = report["builds"], report["targets"], report["machine"], report["met"]
    yes = {True: "met", False: "NOT met"}
    lines = [f"# Build benchmark, {report['date']}", "",
             f"Written by `benchmarks/bench_build.py` (median of {report['runs']} run{'s' if report['runs'] != 1 else ''}) at commit "
             f"`{report['commit']}`, on {m['cores']} cores ({m['cpu']}), {m['system']}, Python {m['python']}, "
             f"jupyter-book {m['jupyter_book']}. {report['conditions']}", "",
             "| build | median | target | | CPU time (median) | load average before → after (1 min), per run |",
             "|---|---|---|---|---|---|"]
    for key, label, target in (("clean", "clean (every notebook executed)", "clean_s"),
                               ("no_change", "nothing changed", "no_change_s"),
                               ("one_page", f"one page edited ({report['edited_page']})", "one_page_s")):
        loads = "; ".join(f"{r['load_before'][0]} → {r['load_after'][0]}" for r in b[key]["runs"])
        lines.append(f"| {label} | {b[key]['median_s']} s | < {t[target]:g} s | {yes[met[target]]} | "
                     f"{b[key]['median_cpu_s']} s | {loads} |")
    parallel = [r["parallel_notebooks_s"] for r in b["clean"]["runs"] if "parallel_notebooks_s" in r]
    if parallel:
        lines += ["", f"In the clean builds, executing the notebooks one per core took "
                  f"{statistics.median(parallel)} s (median) of the build."]
    lines += ["", "| notebook | execution (median) |", "|---|---|"]
    for name, nb in report["notebooks"].items():
        same = f" (same code as {nb['same_code_as']}: one execution)" if "same_code_as" in nb else ""
        lines.append(f"| {name} | {nb['seconds']} s{same} |")
    lines += ["", f"Page weight: HTML plus the page's own images; limit {kb(t['page_bytes'])} "
              f"({yes[met['page_bytes']]}).", "",
              "| page | HTML | images | total | widgets | loads widget JS |", "|---|---|---|---|---|---|"]
    for p in report["pages"]:
        lines.append(f"| {p['page']} | {kb(p['html_bytes'])} | {p['images']}: {kb(p['image_bytes'])} | "
                     f"{kb(p['total_bytes'])} | {'yes' if p['uses_widgets'] else 'no'} | "
                     f"{'yes' if p['loads_widget_js'] else 'no'} |")
    s = report["shared"]
    lines += ["", f"Shared assets (`_static/`): {kb(s['static_bytes'])}, of which the vendored widget "
              f"JavaScript and fonts (`_static/widgets/`) {kb(s['widget_js_bytes'])}. Widget JS loaded only by pages "
              f"that embed widgets: {'yes' if report['widget_js_only_where_used'] else 'NO'}.", ""]
    return "\n".join(lines)


README = ROOT / "README.md"
README_START = "<!-- build figures: written by benchmarks/bench_build.py from benchmarks/results/build.json -->"
README_END = "<!-- end of build figures -->"


def readme_block(report: dict[str, Any]) -> str:
    """The README's short table of build figures, made from the report (so it cannot drift)."""
    b, t, m, met = report["builds"], report["targets"], report["machine"], report["met"]
    heaviest = max(report["pages"], key=lambda p: p["total_bytes"])
    rows = [("clean build (every notebook executed)", "clean", "clean_s"),
            ("rebuild, nothing changed", "no_change", "no_change_s"),
            (f"rebuild, one page edited (`{report['edited_page']}`)", "one_page", "one_page_s")]
    lines = [README_START, "", "| build | median | target | load average |", "|---|---|---|---|"]
    for label, key, target in rows:
        loads = [v for r in b[key]["runs"] for v in (r["load_before"][0], r["load_after"][0])]
        lines.append(f"| {label} | {b[key]['median_s']:.1f} s | < {t[target]:g} s: {'met' if met[target] else 'not met'}"
                     f" | {min(loads):.1f}–{max(loads):.1f} |")
    lines += ["", f"Measured {report['date'][:10]}, median of {report['runs']} run{'s' if report['runs'] != 1 else ''}, on {m['cores']} cores, "
              f"Python {m['python']}. {report['conditions']}".rstrip() + f" The heaviest page, `{heaviest['page']}`, "
              f"weighs {kb(heaviest['total_bytes'])} with its images (limit {kb(t['page_bytes'])}: "
              f"{'met' if met['page_bytes'] else 'not met'}); the widget JavaScript loads "
              f"{'only on the pages that embed widgets' if report['widget_js_only_where_used'] else 'on pages without widgets too'}.",
              "", README_END]
    return "\n".join(lines)


def update_readme(report: dict[str, Any], path: Path = README) -> None:
    """Replace the block between the README's markers with :func:`readme_block`."""
    text = path.read_text(encoding="utf-8")
    start, end = text.find(README_START), text.find(README_END)
    if start < 0 or end < start:
        raise BenchmarkError(f"{path}: no build-figures block. Fix: put the two lines {README_START!r} and "
                             f"{README_END!r} where the figures belong (section 'Build speed and size').")
    write_atomic(path, text[:start] + readme_block(report) + text[end + len(README_END):])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each kind of build; the median is kept (default 3)")
    parser.add_argument("--page", type=Path, default=Path("chapters/epilogue.md"),
                        help="the markdown page to edit for the one-page rebuild (default chapters/epilogue.md)")
    parser.add_argument("--output", type=Path,
                        help="where to build (BOOK_OUTPUT); default: a temporary folder, removed afterwards")
    parser.add_argument("--json", type=Path, default=RESULTS / "build.json", help="default benchmarks/results/build.json")
    parser.add_argument("--markdown", type=Path, default=RESULTS / "build.md", help="default benchmarks/results/build.md")
    parser.add_argument("--no-readme", action="store_true",
                        help="leave README.md's block of build figures as it is")
    parser.add_argument("--conditions", default="",
                        help="a sentence on the conditions, e.g. 'Measured while other builds ran.'")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    page = (ROOT / args.page).resolve()
    if page.suffix != ".md" or not page.is_file() or ROOT not in page.parents:
        parser.error(f"--page {args.page}: not a markdown page of this book. Fix: name one listed in _toc.yml, "
                     "e.g. chapters/epilogue.md")
    doc = page.relative_to(ROOT).with_suffix("").as_posix()
    pages = toc_pages()
    if doc not in pages:
        parser.error(f"--page {args.page}: not in _toc.yml, so the build would not read it. Fix: choose a page "
                     "that _toc.yml lists")

    temporary = args.output is None
    output = Path(tempfile.mkdtemp(prefix="bench-build-")) if temporary else args.output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    if output == ROOT:
        parser.error("--output must not be the repository itself (its _build would be removed)")
    notebooks = [ROOT / f"{d}.ipynb" for d in pages if (ROOT / f"{d}.ipynb").exists()]
    builds: dict[str, list[dict[str, Any]]] = {"clean": [], "no_change": [], "one_page": []}
    executions: dict[str, list[dict[str, Any]]] = {}
    commit = git_commit()  # before the runs: what was measured, whatever is edited meanwhile
    finished = False
    try:
        for run in range(1, args.runs + 1):
            for kind in builds:
                print(f"[bench] run {run}/{args.runs}: {kind} build ...", flush=True)
                if kind == "one_page":
                    with tempfile.TemporaryDirectory() as backup, EditedPage(page, Path(backup)):
                        result = run_build(output, clean=False)
                else:
                    result = run_build(output, clean=kind == "clean")
                builds[kind].append(result)
                print(f"[bench]   {result['seconds']} s (load {result['load_before'][0]} → "
                      f"{result['load_after'][0]})", flush=True)
                if kind == "clean":
                    for name, nb in notebook_seconds(output / "_build", notebooks).items():
                        executions.setdefault(name, []).append(nb)
        html = output / "_build" / "html"
        weights = page_weights(html, pages)
        shared = shared_assets(html)
        finished = True
    finally:
        if temporary and finished:
            shutil.rmtree(output, ignore_errors=True)
        elif temporary:
            print(f"[bench] kept {output} for its logs (remove it when done)", file=sys.stderr)

    report: dict[str, Any] = {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": commit,
        "runs": args.runs,
        "machine": machine(),
        "conditions": args.conditions.strip(),
        "command": "python scripts/book.py [--clean]  (jupyter-book build . -W -n --keep-going)",
        "edited_page": page.relative_to(ROOT).as_posix(),
        "targets": TARGETS,
        "builds": {kind: summarise(runs) for kind, runs in builds.items()},
        "notebooks": {name: {"seconds": round(statistics.median(e["seconds"] for e in runs), 2),
                             "runs": [e["seconds"] for e in runs],
                             **({"same_code_as": runs[0]["same_code_as"]} if "same_code_as" in runs[0] else {})}
                      for name, runs in executions.items()},
        "pages": weights,
        "shared": shared,
    }
    report["widget_js_only_where_used"] = all(p["loads_widget_js"] == p["uses_widgets"] for p in weights)
    report["met"] = verdicts(report)
    write_atomic(args.json, json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    write_atomic(args.markdown, markdown(report))
    if not args.no_readme:
        update_readme(report)
    print(markdown(report))
    print(f"[bench] wrote {args.json} and {args.markdown}")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BenchmarkError as error:
        print(f"bench_build: {error}", file=sys.stderr)
        raise SystemExit(1)
