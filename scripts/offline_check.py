"""Build the book and read it in chromium with no network at all (issue 16, part 4).

Meant to run inside a new network namespace that has only a loopback device:

    unshare -n -- .venv/bin/python scripts/offline_check.py OUTPUT_DIR REPORT.json

(``tests/test_offline.py`` does exactly that.) Inside, it:

1. brings up the loopback device and records every network link and route, so
   the report proves that nothing but ``lo`` existed;
2. builds the book from scratch into OUTPUT_DIR (``scripts/book.py --clean`` with
   ``BOOK_OUTPUT``), executing every notebook;
3. serves the result on 127.0.0.1 and opens every page in Debian's chromium,
   recording every request that was not to the loopback address, every failed
   request, every HTTP error, console error and page error, and how many widgets
   the vendored widget manager drew;
4. scans the built HTML and CSS for resources (scripts, style sheets, images,
   fonts, frames) that name another host (:func:`remote_resources`).

The report is written as JSON (atomically); the process exits 0 even when
the book fails, so that the caller can read what failed.
"""
from __future__ import annotations

import functools
import html.parser
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SKIP_DIRS = {"_static", "_sources", "_images", "_sphinx_design_static", "reports", "_downloads"}
REMOTE = re.compile(r"^\s*(?:https?:)?//", re.I)
CSS_URL = re.compile(r"""url\(\s*['"]?\s*((?:https?:)?//[^'")\s]+)|@import\s+['"]((?:https?:)?//[^'"]+)""", re.I)

# Element and attribute pairs whose URL the browser fetches by itself. <a href> is not
# one (a reader may follow it), nor <link rel="canonical"> and friends (see _FETCHED_RELS).
_FETCHING = {
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"), "iframe": ("src",),
    "embed": ("src",), "object": ("data",), "video": ("src", "poster"), "audio": ("src",),
    "track": ("src",), "input": ("src",), "image": ("href", "xlink:href"), "use": ("href", "xlink:href"),
}
_FETCHED_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload",
                 "prefetch", "manifest", "mask-icon"}


class _ResourceScanner(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str]] = []   # (line, what, url)
        self._in_style = False

    def _add(self, what: str, url: str) -> None:
        self.found.append((self.getpos()[0], what, url))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        for attr in _FETCHING.get(tag, ()):
            for url in re.split(r",\s*", values.get(attr, "")) if attr == "srcset" else [values.get(attr, "")]:
                url = url.strip().split(" ")[0] if attr == "srcset" else url
                if REMOTE.match(url):
                    self._add(f"<{tag} {attr}>", url.strip())
        if tag == "link" and set(values.get("rel", "").lower().split()) & _FETCHED_RELS:
            if REMOTE.match(values.get("href", "")):
                self._add(f"<link rel={values['rel']}>", values["href"])
        for match in CSS_URL.finditer(values.get("style", "")):
            self._add("style attribute", match.group(1) or match.group(2))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            for match in CSS_URL.finditer(data):
                self._add("<style>", match.group(1) or match.group(2))


def remote_resources(root: Path) -> list[str]:
    """Resources in the built HTML and CSS under ``root`` that the browser would fetch from another host."""
    found = []
    for path in sorted(root.rglob("*.html")):
        scanner = _ResourceScanner()
        scanner.feed(path.read_text(encoding="utf-8", errors="replace"))
        scanner.close()
        found += [f"{path.relative_to(root)}:{line}: {what} {url}" for line, what, url in scanner.found]
    for path in sorted(root.rglob("*.css")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in CSS_URL.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{path.relative_to(root)}:{line}: css {match.group(1) or match.group(2)}")
    return found


def book_pages(root: Path) -> list[str]:
    """Every page a reader opens (tests/browser/conftest.py's book_pages, plus genindex and search)."""
    return sorted(
        p.relative_to(root).as_posix() for p in root.rglob("*.html")
        if p.relative_to(root).parts[0] not in SKIP_DIRS
    )


def _network() -> dict[str, object]:
    """Bring up lo; return the links and routes this namespace has (netlink, not /sys, which is the host's)."""
    up = subprocess.run(["ip", "link", "set", "lo", "up"], capture_output=True, text=True)
    links = subprocess.run(["ip", "-o", "link", "show"], capture_output=True, text=True).stdout
    routes = subprocess.run(["ip", "route", "show"], capture_output=True, text=True).stdout
    routes6 = subprocess.run(["ip", "-6", "route", "show"], capture_output=True, text=True).stdout
    names = [line.split(":")[1].strip().split("@")[0] for line in links.splitlines() if ":" in line]
    return {
        "lo_up_returncode": up.returncode,
        "links": names,
        "routes": [r for r in routes.splitlines() if r.strip()],
        "routes6": [r for r in routes6.splitlines() if r.strip() and not r.startswith(("::1", "fe80"))],
    }


def _build(output: Path) -> dict[str, object]:
    env = {**os.environ, "BOOK_OUTPUT": str(output)}
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "book.py"), "--clean"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800,
    )
    return {
        "returncode": proc.returncode,
        "seconds": round(time.perf_counter() - started, 1),
        "log_tail": (proc.stdout + proc.stderr)[-3000:],
    }


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def _loopback(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("data", "blob", "about") or parsed.hostname in ("127.0.0.1", "localhost", "::1")


def _read(html_root: Path) -> dict[str, object]:
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(html_root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages, started = {}, time.perf_counter()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            for path in book_pages(html_root):
                log: dict[str, list[str]] = {k: [] for k in (
                    "external_requests", "failed_requests", "bad_responses", "console_errors", "page_errors")}
                context = browser.new_context()
                page = context.new_page()
                page.on("request", lambda r, log=log: None if _loopback(r.url) else log["external_requests"].append(r.url))
                page.on("requestfailed", lambda r, log=log: log["failed_requests"].append(f"{r.url} ({r.failure})"))
                page.on("response", lambda r, log=log: log["bad_responses"].append(f"{r.status} {r.url}")
                        if r.status >= 400 else None)
                page.on("console", lambda m, log=log: log["console_errors"].append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e, log=log: log["page_errors"].append(str(e)))
                # 404.html is the page a server sends for a missing address; opened directly it is a 200.
                response = page.goto(f"{base}/{path}", wait_until="networkidle", timeout=60000)
                widget_states = page.locator('script[type="application/vnd.jupyter.widget-view+json"]').count()
                widgets_drawn = page.locator(".jupyter-widgets").count()
                pages[path] = {
                    "status": response.status if response else None,
                    "title": page.title(),
                    "widget_views": widget_states,
                    "widgets_drawn": widgets_drawn,
                    **log,
                }
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return {"seconds": round(time.perf_counter() - started, 1), "pages": pages}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: offline_check.py OUTPUT_DIR REPORT.json  (run it under `unshare -n`)", file=sys.stderr)
        return 2
    output, report_path = Path(args[0]).resolve(), Path(args[1])
    report: dict[str, object] = {"network": _network()}
    report["build"] = _build(output)
    html_root = output / "_build" / "html"
    if report["build"]["returncode"] == 0:
        report["read"] = _read(html_root)
        report["remote_resources"] = remote_resources(html_root)
    tmp = report_path.with_name(report_path.name + ".tmp")
    tmp.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, report_path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
