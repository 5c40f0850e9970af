"""The book builds and reads with no network at all (issue 16, part 4).

test_builds_and_reads_with_no_network runs scripts/offline_check.py inside a
new network namespace (``unshare -n``), which has only a loopback device: a
clean build into a temporary folder (every notebook executed, nothing reused
from _build), then every page opened in Debian's chromium. It is marked slow
(a clean build, about two to three minutes here).

A network namespace needs root or CAP_SYS_ADMIN. Without it the test fails
with a message saying so, rather than skip: a skipped check would pass CI
without proving anything (docs/decisions.md, "Checks on the built book").

The other tests check the static scan for remote resources, on the built book
and on a page that loads from a CDN.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from scriptload import load_script

ROOT = Path(__file__).resolve().parents[1]
HTML = Path(os.environ.get("BOOK_OUTPUT", ROOT)) / "_build" / "html"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


offline_check = load_script("offline_check")


def _require_network_namespace() -> str:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.fail("`unshare` not found: install util-linux (apt-get install util-linux)")
    if shutil.which("ip") is None:
        pytest.fail("`ip` not found: install iproute2 (apt-get install iproute2)")
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.fail(
            "cannot create a network namespace (`unshare -n true` said: "
            f"{probe.stderr.strip() or probe.returncode}). The offline test needs root or "
            "CAP_SYS_ADMIN: run `make test` as root (CI does), or in a container started with "
            "--cap-add SYS_ADMIN."
        )
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's browser with `apt-get install chromium`")
    return unshare


@pytest.mark.slow
def test_builds_and_reads_with_no_network(tmp_path):
    unshare = _require_network_namespace()
    report_path = tmp_path / "offline-report.json"
    proc = subprocess.run(
        [unshare, "-n", "--", sys.executable, str(ROOT / "scripts" / "offline_check.py"),
         str(tmp_path / "book"), str(report_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=2400,
    )
    assert proc.returncode == 0 and report_path.exists(), proc.stderr[-3000:]
    report = json.loads(report_path.read_text())
    print(json.dumps({k: report[k] for k in report if k != "read"}, indent=1)[:3000])

    network = report["network"]
    assert network["lo_up_returncode"] == 0
    assert network["links"] == ["lo"], f"the namespace had other network links: {network['links']}"
    assert network["routes"] == [] and network["routes6"] == [], network

    build = report["build"]
    assert build["returncode"] == 0, f"the offline build failed:\n{build['log_tail']}"

    read = report["read"]
    pages = read["pages"]
    assert len(pages) >= 20 and "chapters/source.html" in pages, sorted(pages)
    problems = []
    for path, page in sorted(pages.items()):
        if page["status"] != 200:
            problems.append(f"{path}: HTTP {page['status']}")
        for key in ("external_requests", "failed_requests", "bad_responses", "console_errors", "page_errors"):
            problems += [f"{path}: {key}: {item}" for item in page[key]]
        if page["widget_views"] and not page["widgets_drawn"]:
            problems.append(f"{path}: {page['widget_views']} widget views but none drawn (widget JS missing?)")
    assert not problems, "\n".join(problems)
    # The vendored widget manager drew the widgets with no network.
    assert sum(1 for p in pages.values() if p["widgets_drawn"]) >= 3
    assert report["remote_resources"] == [], report["remote_resources"]
    print(f"offline: build {build['seconds']} s, read {len(pages)} pages in {read['seconds']} s")


def test_built_book_fetches_nothing_from_another_host():
    if not (HTML / "index.html").exists():
        pytest.fail(f"no built book at {HTML}: run `make book` first")
    assert offline_check.remote_resources(HTML) == []


def test_remote_resource_scan_finds_cdn_scripts_styles_images_and_fonts(tmp_path):
    (tmp_path / "_static").mkdir()
    (tmp_path / "page.html").write_text(
        """<!DOCTYPE html><html><head>
<script src="https://cdn.example.org/lib.js"></script>
<link rel="stylesheet" href="//cdn.example.org/site.css">
<link rel="canonical" href="https://example.org/page.html">
<style>@import "https://fonts.example.org/css";</style>
</head><body>
<img src="local.png" srcset="local.png 1x, https://img.example.org/big.png 2x" alt="">
<a href="https://example.org/read-more">an ordinary link</a>
<div style="background: url('https://img.example.org/bg.png')"></div>
</body></html>
""",
        encoding="utf-8",
    )
    (tmp_path / "_static" / "fonts.css").write_text(
        "@font-face { font-family: X; src: url(https://fonts.example.org/x.woff2) format('woff2'); }\n"
        ".ok { background: url(../_images/local.png); }\n",
        encoding="utf-8",
    )
    found = offline_check.remote_resources(tmp_path)
    urls = sorted(item.rsplit(" ", 1)[1] for item in found)
    assert urls == sorted([
        "https://cdn.example.org/lib.js",
        "//cdn.example.org/site.css",
        "https://fonts.example.org/css",
        "https://img.example.org/big.png",
        "https://img.example.org/bg.png",
        "https://fonts.example.org/x.woff2",
    ]), found
    assert any(item.startswith("page.html:2: <script src>") for item in found), found
    assert any(item.startswith(os.path.join("_static", "fonts.css") + ":1: css") for item in found), found
