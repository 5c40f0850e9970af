"""The Build status page's data: the benchmark's result file and the rows made from it.

Speed goals are not asserted here (a timed test would pass or fail with the machine's
load); the benchmark measures them and the page reports them, met or not. These
tests check that the committed results have the benchmark's shape, that the page's
figures are the file's figures, and that a bad file gives a clear error.
"""
from __future__ import annotations

import copy
import importlib.util
import json
import statistics
from pathlib import Path

import pytest
import yaml

from casebook.book import (BuildReportError, build_status_summary, build_time_rows, load_build_report,
                           notebook_time_rows, page_weight_rows, targets_met)

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "benchmarks" / "results" / "build.json"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_build", ROOT / "benchmarks" / "bench_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report() -> dict:
    return load_build_report(RESULTS)


def _toc_docs() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    return [toc["root"], *(c["file"] for part in toc["parts"] for c in part["chapters"])]


# ------------------------------------------------------------------ the committed results


def test_results_have_every_build_with_runs_and_load(report):
    assert set(report["builds"]) == {"clean", "no_change", "one_page"}
    for kind, build in report["builds"].items():
        assert len(build["runs"]) == report["runs"] >= 1, kind
        assert build["median_s"] == pytest.approx(statistics.median(r["seconds"] for r in build["runs"]), abs=0.01)
        for run in build["runs"]:
            assert run["seconds"] > 0 and run["cpu_seconds"] > 0
            assert len(run["load_before"]) == len(run["load_after"]) == 3
    assert report["machine"]["cores"] >= 1 and report["machine"]["python"].startswith("3.")
    # A clean build executes every notebook, so it cannot be faster than a rebuild that executes none.
    assert report["builds"]["clean"]["median_s"] > report["builds"]["no_change"]["median_s"]


def test_results_cover_the_measured_notebooks_and_pages(report):
    # The page list is the toc of the measured commit: a page added since has no figure until
    # the next `make bench-build`, so the check is that every measured page is a real page
    # and that every measured notebook page has its execution time.
    measured = [p["page"] for p in report["pages"]]
    assert measured and len(set(measured)) == len(measured)
    assert report["pages"][0]["page"] == _toc_docs()[0]
    for doc in measured:
        assert (ROOT / f"{doc}.md").exists() or (ROOT / f"{doc}.ipynb").exists(), doc
    notebooks = {f"{doc}.ipynb" for doc in measured if (ROOT / f"{doc}.ipynb").exists()}
    assert notebooks == set(report["notebooks"]), "every measured notebook page needs an execution time"


def test_page_totals_add_up_and_widget_js_matches_widget_use(report):
    for page in report["pages"]:
        assert page["total_bytes"] == page["html_bytes"] + page["image_bytes"], page["page"]
        assert page["html_bytes"] > 0
    assert report["widget_js_only_where_used"] == all(p["loads_widget_js"] == p["uses_widgets"]
                                                       for p in report["pages"])
    shared = report["shared"]
    assert shared["static_bytes"] == shared["widget_js_bytes"] + shared["static_without_widget_js_bytes"]


def test_recorded_verdicts_are_those_of_the_figures(report):
    assert report["met"] == targets_met(report)


def test_markdown_twin_is_generated_from_the_json():
    """benchmarks/results/build.md is derived from build.json: regenerated, it is identical."""
    bench = _bench()
    raw = json.loads(RESULTS.read_text(encoding="utf-8"))
    assert (RESULTS.with_suffix(".md")).read_text(encoding="utf-8") == bench.markdown(raw)


# ------------------------------------------------------------------ the page's rows come from the file


def test_rows_follow_the_file_not_typed_figures(report):
    changed = copy.deepcopy(report)
    changed["builds"]["clean"]["median_s"] = 12.34
    changed["builds"]["no_change"]["median_s"] = 98.76
    name = next(iter(changed["notebooks"]))
    changed["notebooks"][name]["seconds"] = 543.21
    changed["pages"][0]["total_bytes"] = 2_345_678
    rows = {r["build"]: r for r in build_time_rows(changed)}
    assert rows["Clean build (every notebook run)"]["median"] == "12.3 s"
    assert rows["Clean build (every notebook run)"]["target"].endswith(": met")
    assert rows["Rebuild, nothing changed"]["median"] == "98.8 s"
    assert rows["Rebuild, nothing changed"]["target"].endswith(": not met")
    assert notebook_time_rows(changed)[0] == {"notebook": Path(name).stem, "execution": "543.2 s"}
    heaviest = page_weight_rows(changed)[0]
    assert heaviest["HTML + images"] == "2,346 kB"
    assert targets_met(changed)["page_bytes"] is False
    assert "exceeded" in build_status_summary(changed)["pages"]


def test_rows_of_the_committed_file(report):
    rows = build_time_rows(report)
    assert [r["median"] for r in rows] == [f"{report['builds'][k]['median_s']:.1f} s"
                                           for k in ("clean", "no_change", "one_page")]
    assert len(notebook_time_rows(report)) == len(report["notebooks"])
    assert len(page_weight_rows(report)) == len(report["pages"])
    # Three or four short columns, so that the tables fit a phone.
    for table in (rows, notebook_time_rows(report), page_weight_rows(report)):
        assert len(table[0]) <= 4
    summary = build_status_summary(report)
    assert str(report["machine"]["cores"]) in summary["measured"]
    assert report["machine"]["python"] in summary["measured"]


# ------------------------------------------------------------------ bad files


def test_missing_file_names_it_and_the_fix(tmp_path):
    with pytest.raises(BuildReportError, match=r"build\.json: no build benchmark.*git checkout"):
        load_build_report(tmp_path / "build.json")


def test_broken_json_names_the_line(tmp_path):
    path = tmp_path / "build.json"
    path.write_text('{\n "runs": 3,\n oops\n}\n', encoding="utf-8")
    with pytest.raises(BuildReportError, match=r"build\.json:3: not valid JSON.*make bench-build"):
        load_build_report(path)


@pytest.mark.parametrize("damage, message", [
    (lambda r: r.pop("targets"), "the file lacks targets"),
    (lambda r: r["builds"].pop("one_page"), "builds lacks one_page"),
    (lambda r: r["builds"]["clean"]["runs"][0].pop("load_before"), r"builds.clean.runs\[0\] lacks load_before"),
    (lambda r: r["builds"]["clean"].update(median_s=-1.0), "not the median of its runs"),
    (lambda r: r["builds"]["no_change"].update(runs=[]), "no_change has no runs"),
])
def test_damaged_file_is_refused(tmp_path, damage, message):
    raw = json.loads(RESULTS.read_text(encoding="utf-8"))
    damage(raw)
    path = tmp_path / "build.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(BuildReportError, match=message):
        load_build_report(path)


# ------------------------------------------------------------------ the benchmark's own helpers


def test_edited_page_is_restored_even_after_an_error(tmp_path):
    bench = _bench()
    page = tmp_path / "page.md"
    page.write_text("# Title\n\nText.\n", encoding="utf-8")
    before = (page.read_bytes(), page.stat().st_mtime_ns)
    backups = tmp_path / "backup"
    backups.mkdir()
    with pytest.raises(RuntimeError):
        with bench.EditedPage(page, backups):
            assert page.read_text(encoding="utf-8").endswith(bench.EDIT)
            raise RuntimeError("build failed")
    assert (page.read_bytes(), page.stat().st_mtime_ns) == before


def test_page_weights_count_only_the_pages_own_images(tmp_path):
    bench = _bench()
    html = tmp_path / "html"
    (html / "_images").mkdir(parents=True)
    (html / "chapters").mkdir()
    (html / "_images" / "a.png").write_bytes(b"x" * 100)
    (html / "_images" / "b.png").write_bytes(b"x" * 50)
    (html / "chapters" / "one.html").write_text(
        '<img src="../_images/a.png"><img src="../_images/a.png"><img src="https://example.org/c.png">'
        '<script type="application/vnd.jupyter.widget-view+json">{}</script>'
        '<script src="../_static/widgets/embed-amd.js"></script>', encoding="utf-8")
    (html / "chapters" / "two.html").write_text('<img src="../_images/b.png">', encoding="utf-8")
    one, two = bench.page_weights(html, ["chapters/one", "chapters/two"])
    assert (one["images"], one["image_bytes"], one["uses_widgets"], one["loads_widget_js"]) == (1, 100, True, True)
    assert (two["images"], two["image_bytes"], two["uses_widgets"], two["loads_widget_js"]) == (1, 50, False, False)
    assert two["total_bytes"] == two["html_bytes"] + 50


def test_readme_figures_are_the_results_files():
    """README.md's block of build figures is made from build.json by the benchmark: no drift."""
    bench = _bench()
    raw = json.loads(RESULTS.read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert bench.readme_block(raw) in readme, "README.md's build figures drifted: run `make bench-build`"


def test_readme_without_markers_is_refused(tmp_path):
    bench = _bench()
    readme = tmp_path / "README.md"
    readme.write_text("# Book\n", encoding="utf-8")
    raw = json.loads(RESULTS.read_text(encoding="utf-8"))
    with pytest.raises(bench.BenchmarkError, match=r"README\.md: no build-figures block\. Fix:"):
        bench.update_readme(raw, readme)
