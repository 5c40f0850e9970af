"""The Build status page: build times and page weights, read from the benchmark's result file.

``benchmarks/bench_build.py`` measures the builds and writes
``benchmarks/results/build.json``; this module only checks that file's shape and
turns it into short rows (three columns at most, so that the tables fit a phone)
and sentences. Whether a target is met is computed here from the figures and the
targets in the file, never taken on trust.
"""
from __future__ import annotations

import datetime as dt
import json
import statistics
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from casebook.errors import CasebookError

Row = dict[str, str]
BUILDS = {"clean": ("Clean build (every notebook run)", "clean_s"),
          "no_change": ("Rebuild, nothing changed", "no_change_s"),
          "one_page": ("Rebuild, one page edited", "one_page_s")}
FIX = "Fix: run `make bench-build` to write it again."


class BuildReportError(CasebookError):
    """benchmarks/results/build.json is missing or does not have the benchmark's shape."""


def _require(data: Mapping[str, Any], keys: tuple[str, ...], where: str, path: Path) -> None:
    missing = [k for k in keys if k not in data]
    if missing:
        raise BuildReportError(f"{path}: {where} lacks {', '.join(missing)}. {FIX}")


def load_build_report(path: str | Path) -> dict[str, Any]:
    """The benchmark's result file, checked: every build kind with its runs, the targets,
    the notebooks and the pages. Raises :class:`BuildReportError` naming the file and the fix."""
    path = Path(path)
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BuildReportError(f"{path}: no build benchmark. Fix: restore the committed file (git checkout --"
                               " benchmarks/results/build.json), then run `make bench-build` to measure again."
                               ) from None
    except json.JSONDecodeError as error:
        raise BuildReportError(f"{path}:{error.lineno}: not valid JSON ({error.msg}). {FIX}") from None
    if not isinstance(report, dict):
        raise BuildReportError(f"{path}: expected a JSON object. {FIX}")
    _require(report, ("date", "runs", "machine", "conditions", "targets", "builds", "notebooks", "pages",
                      "shared", "widget_js_only_where_used"), "the file", path)
    _require(report["machine"], ("cores", "cpu", "system", "python", "jupyter_book"), "machine", path)
    _require(report["targets"], ("clean_s", "no_change_s", "one_page_s", "page_bytes"), "targets", path)
    _require(report["builds"], tuple(BUILDS), "builds", path)
    for kind in BUILDS:
        build = report["builds"][kind]
        _require(build, ("median_s", "median_cpu_s", "runs"), f"builds.{kind}", path)
        if not build["runs"]:
            raise BuildReportError(f"{path}: builds.{kind} has no runs. {FIX}")
        for i, run in enumerate(build["runs"]):
            _require(run, ("seconds", "cpu_seconds", "load_before", "load_after"), f"builds.{kind}.runs[{i}]", path)
        if abs(statistics.median(r["seconds"] for r in build["runs"]) - build["median_s"]) > 0.01:
            raise BuildReportError(f"{path}: builds.{kind}.median_s is not the median of its runs. {FIX}")
    for name, notebook in report["notebooks"].items():
        _require(notebook, ("seconds",), f"notebooks[{name}]", path)
    for i, page in enumerate(report["pages"]):
        _require(page, ("page", "html_bytes", "image_bytes", "total_bytes", "uses_widgets", "loads_widget_js"),
                 f"pages[{i}]", path)
    return {**report, "file": path.name}


def targets_met(report: Mapping[str, Any]) -> dict[str, bool]:
    """Each target, met or not, from the figures (a build's median under its target; every
    page, HTML plus its own images, at most the page limit)."""
    targets, builds = report["targets"], report["builds"]
    met = {target: builds[kind]["median_s"] < targets[target] for kind, (_, target) in BUILDS.items()}
    met["page_bytes"] = all(p["total_bytes"] <= targets["page_bytes"] for p in report["pages"])
    return met


def _seconds(value: float) -> str:
    return f"{value:.1f} s"


def _kb(n: int) -> str:
    return f"{n / 1000:,.0f} kB"


def _load(runs: list[Mapping[str, Any]]) -> str:
    """The range of the 1-minute load average over a build's runs, before and after."""
    values = [v for r in runs for v in (r["load_before"][0], r["load_after"][0])]
    low, high = min(values), max(values)
    return f"{low:.1f}" if low == high else f"{low:.1f}–{high:.1f}"


def build_time_rows(report: Mapping[str, Any]) -> list[Row]:
    """One row per kind of build: the median time, the target (met or not), the load average."""
    met = targets_met(report)
    rows = []
    for kind, (label, target) in BUILDS.items():
        build = report["builds"][kind]
        rows.append({"build": label, "median": _seconds(build["median_s"]),
                     "target": f"under {report['targets'][target]:g} s: {'met' if met[target] else 'not met'}",
                     "load average": _load(build["runs"])})
    return rows


def notebook_time_rows(report: Mapping[str, Any]) -> list[Row]:
    """One row per notebook, slowest first: its execution time as jupyter-cache recorded it."""
    rows = []
    for name, notebook in sorted(report["notebooks"].items(), key=lambda item: -item[1]["seconds"]):
        same = notebook.get("same_code_as")
        rows.append({"notebook": Path(name).stem,
                     "execution": _seconds(notebook["seconds"]) + (f" (run once with {Path(same).stem})"
                                                                  if same else "")})
    return rows


def page_weight_rows(report: Mapping[str, Any]) -> list[Row]:
    """One row per page, heaviest first: HTML plus its own images, and whether it loads the widget JS."""
    pages = sorted(report["pages"], key=lambda p: -p["total_bytes"])
    return [{"page": Path(p["page"]).name, "HTML + images": _kb(p["total_bytes"]),
             "widget JS": "yes" if p["loads_widget_js"] else "no"} for p in pages]


def build_status_summary(report: Mapping[str, Any]) -> dict[str, str]:
    """Sentences for the page: when and where the figures were measured, the targets, the assets."""
    machine, shared, targets = report["machine"], report["shared"], report["targets"]
    met = targets_met(report)
    when = dt.datetime.fromisoformat(report["date"].replace("Z", "+00:00"))
    heaviest = max(report["pages"], key=lambda p: p["total_bytes"])
    build_targets = [t for _, t in BUILDS.values()]
    met_count = sum(met[t] for t in build_targets)
    return {
        "measured": (f"Measured on {when:%-d %B %Y} at {when:%H:%M} UTC, the median of {report['runs']} "
                     f"run{'s' if report['runs'] != 1 else ''} of each build, on {machine['cores']} cores "
                     f"({machine['cpu'] or 'CPU model not recorded'}), {machine['system']}, Python "
                     f"{machine['python']}, Jupyter Book {machine['jupyter_book']}."
                     + (f" {report['conditions']}" if report["conditions"] else "")),
        "targets": (f"{met_count} of {len(build_targets)} build-time targets met. The CPU time that the"
                    " builds used, kernels included, changes little when other work shares the machine: "
                    + ", ".join(f"{_seconds(report['builds'][kind]['median_cpu_s'])} for the {label[0].lower()}"
                                f"{label[1:]}" for kind, label in (("clean", "clean build"),
                                                                  ("no_change", "rebuild with nothing changed"),
                                                                  ("one_page", "rebuild after one edit")))
                    + "."),
        "pages": (f"The heaviest page, {Path(heaviest['page']).name}, weighs {_kb(heaviest['total_bytes'])} "
                  f"with its images; the limit of {_kb(targets['page_bytes'])} is "
                  f"{'met by every page' if met['page_bytes'] else 'exceeded'}."),
        "shared": (f"Every page also shares the theme's files in _static ({_kb(shared['static_without_widget_js_bytes'])}),"
                   f" which the browser caches; the vendored widget files, JavaScript and fonts ({_kb(shared['widget_js_bytes'])}), "
                   + ("loads only on the pages that embed widgets."
                      if report["widget_js_only_where_used"] else
                      "also loads on pages without widgets.")),
    }
