"""Browser fixtures: the built book served on 127.0.0.1, Debian's chromium via Playwright.

Playwright never downloads a browser here: it drives /usr/bin/chromium
(``apt-get install chromium``). Every request to a host other than the loopback
address is aborted and recorded, so a page that needs the network fails its test.
"""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
BOOK_HTML = Path(os.environ.get("BOOK_HTML", Path(os.environ.get("BOOK_OUTPUT", ROOT)) / "_build" / "html"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# Known messages from the theme that we cannot fix from the book, matched by exact text.
# Both former offenders are fixed in the book itself: sphinx-thebe's duplicated
# inline script is dropped by _ext/offline_widgets.py, and the theme's empty colour
# mode is set in _config.yml (html_theme_options.default_mode). Keep these empty
# unless a message truly cannot be fixed; then add its exact text with a reason.
ALLOWED_PAGE_ERRORS: set[str] = set()
ALLOWED_CONSOLE_ERRORS: set[str] = set()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def book_html() -> Path:
    if not (BOOK_HTML / "index.html").exists():
        pytest.fail(f"no built book at {BOOK_HTML}: run `make book` (or `make test`, which builds it) first")
    return BOOK_HTML


@pytest.fixture(scope="session")
def base_url(book_html: Path) -> str:
    handler = functools.partial(_QuietHandler, directory=str(book_html))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} not found: install Debian's browser with `apt-get install chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@dataclass
class PageLog:
    """What went wrong while a page loaded."""

    page_errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    bad_responses: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        out = [f"page error: {m}" for m in self.page_errors if m not in ALLOWED_PAGE_ERRORS]
        out += [f"console error: {m}" for m in self.console_errors if m not in ALLOWED_CONSOLE_ERRORS]
        out += [f"HTTP {m}" for m in self.bad_responses]
        out += [f"request left 127.0.0.1: {m}" for m in self.external_requests]
        out += [f"request failed: {m}" for m in self.failed_requests]
        return out


def _is_loopback(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in ("data", "blob", "about"):
        return True
    return parsed.hostname in ("127.0.0.1", "localhost", "::1")


@pytest.fixture()
def open_page(browser, base_url: str):
    """open_page(path, viewport=DESKTOP) -> (page, log); the page has fully loaded."""
    contexts = []

    def _open(path: str, viewport: dict[str, int] = DESKTOP):
        context = browser.new_context(viewport=viewport)
        contexts.append(context)
        log = PageLog()

        def route(route_obj):
            if _is_loopback(route_obj.request.url):
                route_obj.continue_()
            else:
                log.external_requests.append(route_obj.request.url)
                route_obj.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("pageerror", lambda exc: log.page_errors.append(str(exc.message)))
        page.on("console", lambda msg: log.console_errors.append(msg.text) if msg.type == "error" else None)
        page.on("response", lambda r: log.bad_responses.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        page.on(
            "requestfailed",
            lambda r: log.failed_requests.append(f"{r.url} ({r.failure})") if _is_loopback(r.url) else None,
        )
        page.goto(f"{base_url}/{path.lstrip('/')}", wait_until="networkidle")
        return page, log

    yield _open
    for context in contexts:
        context.close()


def book_pages(book_html: Path) -> list[str]:
    """Every content page of the built book, as paths relative to its root."""
    skip_dirs = {"_static", "_sources", "_images", "_sphinx_design_static", "reports"}
    pages = []
    for path in sorted(book_html.rglob("*.html")):
        rel = path.relative_to(book_html)
        if rel.parts[0] in skip_dirs or rel.name in {"genindex.html", "search.html"}:
            continue
        pages.append(rel.as_posix())
    return pages


def save_screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    out = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(out), full_page=True)
    return out


# axe findings that the book cannot fix, each scoped to ONE page and ONE element:
# {(page path, axe rule id, CSS selector of the node as axe reports it): reason}.
# Everything else that is serious or critical fails. Empty since issue 16: the
# bibliography's ARIA roles and the sidebar title outside a landmark ("region")
# are fixed in the build by _ext/a11y_markup.py.
AXE_ALLOWED: dict[tuple[str, str, str], str] = {}


def axe_results(page) -> dict:
    """axe-core's raw results for ``page`` (the axe bundled with axe-playwright-python, pinned)."""
    from axe_playwright_python.sync_playwright import Axe

    return Axe().run(page).response


def page_path(url: str) -> str:
    """The page's path in the book, as AXE_ALLOWED names it: ``chapters/start.html``."""
    return urlparse(url).path.lstrip("/") or "index.html"


def not_allowed(path: str, violation: dict) -> list[dict]:
    """The nodes of an axe ``violation`` on ``path`` that AXE_ALLOWED does not cover."""
    return [n for n in violation["nodes"]
            if (path, violation["id"], " ".join(n["target"])) not in AXE_ALLOWED]


def serious_axe_violations(page) -> list[str]:
    """axe-core's serious and critical violations on ``page``, minus AXE_ALLOWED, one line each."""
    path = page_path(page.url)
    out = []
    for v in axe_results(page)["violations"]:
        nodes = not_allowed(path, v)
        if nodes and v["impact"] in ("serious", "critical"):
            out.append(f"{v['id']} ({v['impact']}): {v['help']} — {len(nodes)} node(s), e.g. {nodes[0]['target']}")
    return out


def open_fallback(page) -> str:
    """Open the page's one no-script fallback (``details.casebook-fallback``) and return its text."""
    fallback = page.locator("details.casebook-fallback")
    assert fallback.count() == 1
    fallback.locator("summary").click()
    return fallback.inner_text()


def assert_solutions_hidden(page, minimum: int = 3) -> None:
    """At least ``minimum`` solution dropdowns, none showing its body before the reader opens it."""
    solutions = page.locator("details.dropdown, .admonition.dropdown")
    assert solutions.count() >= minimum
    for i in range(solutions.count()):
        body = solutions.nth(i).locator(".admonition-title ~ *, .sd-summary-content").first
        if body.count():
            assert not body.is_visible(), "a solution is visible before the reader opens it"
