"""Check every internal link and anchor of the built book with linkchecker (pinned in requirements.txt).

The book is served on 127.0.0.1 by a throw-away HTTP server, and linkchecker
starts from every page (not only index.html, so pages that nothing links to,
such as 404.html, are checked too), follows every internal link, image, script
and style sheet, and with its AnchorCheck plugin checks that each ``#fragment``
names an ``id`` (or ``<a name>``) on the target page. External links are not
followed: the book is checked offline. linkchecker skips links to a fragment of
the same page (``href="#x"``), so same_page_anchor_problems checks those.

Why HTTP and not file:// (see docs/decisions.md): run as root, linkchecker drops
its privileges to ``nobody``, which cannot read a checkout under a private
directory (so this script also keeps linkchecker from dropping them: see
``_KEEP_USER``); and 404.html links from the site root (``/chapters/...``), which only
resolves when the book is served. The server sends a ``LinkChecker`` header, which
with ``maxrequestspersecond`` lifts linkchecker's throttle for this host.

Usage: python scripts/check_links.py [BUILD_HTML_DIR]   (default: _build/html)
Exit status 1 when a link or anchor is broken, 2 when linkchecker cannot run.
"""
from __future__ import annotations

import contextlib
import csv
import functools
import html.parser
import http.server
import io
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_HTML = Path(os.environ.get("BOOK_OUTPUT", ROOT)) / "_build" / "html"

# Not pages: Jinja templates that the themes copy into _static (see scripts/check_html.py).
NOT_PAGES = ("_static/webpack-macros.html", "_static/sbt-webpack-macros.html")

CONFIG = """\
# Written by scripts/check_links.py for one run.
[checking]
# The local server answers with a LinkChecker header, so this rate applies (no throttle).
maxrequestspersecond=1000
threads=4
[filtering]
# Internal links only: the reader's own copy of the book has no network.
checkextern=0
[output]
status=0
warnings=1
# Every URL in the report, not only the failing ones: the caller counts what was checked.
verbose=1
[AnchorCheck]
"""


class LinkCheckerUnavailable(RuntimeError):
    """linkchecker is not installed; the message says how to install it."""


@dataclass(frozen=True)
class LinkProblem:
    url: str
    parent: str
    line: str
    column: str
    result: str
    warning: str

    def __str__(self) -> str:
        what = "; ".join(x for x in (self.result, self.warning) if x)
        return f"{self.parent}:{self.line}:{self.column}: {self.url}: {what}"


class _Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        # linkchecker throttles every host unless the server names it (linkcheck/checker/httpurl.py).
        self.send_header("LinkChecker", "allowed")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # linkchecker may close a connection before a large file is sent: not a broken link.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 (a free port) for the duration of the block; yield its base URL."""
    handler = functools.partial(_Handler, directory=str(root))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def start_pages(root: Path) -> list[str]:
    """Every .html page under ``root`` except NOT_PAGES, relative, sorted."""
    return sorted(
        rel for rel in (p.relative_to(root).as_posix() for p in root.rglob("*.html")) if rel not in NOT_PAGES
    )


class _AnchorCollector(html.parser.HTMLParser):
    """The ids and <a name>s of one page, and its links to a fragment of itself (``href="#x"``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.targets: set[str] = set()
        self.links: list[tuple[str, int, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.targets.add(values["id"])
        if tag == "a" and values.get("name"):
            self.targets.add(values["name"])
        href = values.get("href")
        if tag in ("a", "area") and href and href.startswith("#") and len(href) > 1:
            line, column = self.getpos()
            self.links.append((urllib.parse.unquote(href[1:]), line, column + 1))

    handle_startendtag = handle_starttag


def same_page_anchor_problems(root: Path, pages: list[str]) -> list[LinkProblem]:
    """``href="#x"`` links whose page has no ``id="x"``: linkchecker 10.6 never checks these."""
    problems = []
    for page in pages:
        collector = _AnchorCollector()
        collector.feed((root / page).read_text(encoding="utf-8", errors="replace"))
        collector.close()
        for fragment, line, column in collector.links:
            if fragment not in collector.targets:
                problems.append(LinkProblem(
                    url=f"#{fragment}", parent=page, line=str(line), column=str(column), result="",
                    warning=f"Anchor `{fragment}' not found on its own page (checked by check_links.py)",
                ))
    return problems


# linkchecker run as root sets its effective user to "nobody" (drop_privileges), and then
# cannot read its own package files (chardet's model, loaded late) when the checkout sits under
# a directory only root may enter, such as one made by `mktemp -d`. The book is served on
# 127.0.0.1 by this script and nothing else is fetched, so here it keeps the caller's user.
_KEEP_USER = (
    "import sys\n"
    "import linkcheck.command.linkchecker as cli\n"
    "cli.drop_privileges = lambda: None\n"
    "sys.argv[0] = 'linkchecker'\n"
    "sys.exit(cli.linkchecker())\n"
)


def _linkchecker() -> list[str]:
    """The command that runs linkchecker: this interpreter's linkcheck package, else the script."""
    if importlib.util.find_spec("linkcheck") is not None:
        return [sys.executable, "-c", _KEEP_USER]
    found = shutil.which("linkchecker")
    if not found:
        raise LinkCheckerUnavailable("linkchecker not found: `pip install -r requirements.txt` (make install)")
    return [found]


@dataclass(frozen=True)
class LinkReport:
    pages: int            # start pages given to linkchecker
    urls: int             # URLs checked (pages, assets and page#anchor URLs)
    anchors: int          # of which URLs with a #fragment, checked by AnchorCheck
    problems: list[LinkProblem]


def parse_csv(text: str, base: str) -> tuple[list[dict[str, str]], list[LinkProblem]]:
    """linkchecker's verbose CSV output: (every row, the rows that failed or carry a warning)."""
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"))
    problems = []
    for row in rows:
        if row.get("valid") == "True" and not row.get("warningstring"):
            continue
        problems.append(LinkProblem(
            url=(row.get("url") or row.get("urlname") or "").removeprefix(base),
            parent=(row.get("parentname") or "(start)").removeprefix(base),
            line=row.get("line") or "-",
            column=row.get("column") or "-",
            result=(row.get("result") or "").strip() if row.get("valid") != "True" else "",
            warning=" ".join((row.get("warningstring") or "").split()),
        ))
    return rows, problems


def check_links(root: Path) -> LinkReport:
    """Check every page under ``root`` and what it links to."""
    root = root.resolve()
    pages = start_pages(root)
    if not pages:
        raise ValueError(f"no HTML pages under {root}: build the book first (`make book`)")
    exe = _linkchecker()
    with tempfile.TemporaryDirectory(prefix="casebook-links-") as tmp:
        config = Path(tmp) / "linkcheckerrc"
        config.write_text(CONFIG, encoding="utf-8")
        os.chmod(tmp, 0o755)  # readable by any user that linkchecker may run as
        os.chmod(config, 0o644)
        # linkchecker keeps its state under $HOME/.config and $HOME/.local: not the user's home.
        env = {**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_DATA_HOME": tmp}
        with serve(root) as base:
            proc = subprocess.run(
                [*exe, "-f", str(config), "--no-status", "-o", "csv", *(base + page for page in pages)],
                capture_output=True, text=True, encoding="utf-8", timeout=1200, env=env, cwd=tmp,
            )
    if proc.returncode not in (0, 1) or "urlname" not in proc.stdout:
        raise LinkCheckerUnavailable(f"linkchecker failed (exit {proc.returncode}): {proc.stderr[-2000:]}")
    rows, problems = parse_csv(proc.stdout, base)
    if proc.returncode == 1 and not problems:
        raise LinkCheckerUnavailable(f"linkchecker exited 1 with no problem in its report: {proc.stdout[-2000:]}")
    problems += same_page_anchor_problems(root, pages)
    urls = {row.get("url") for row in rows}
    anchors = {url for url in urls if url and "#" in url}
    return LinkReport(pages=len(pages), urls=len(urls), anchors=len(anchors), problems=problems)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else DEFAULT_HTML
    try:
        report = check_links(root)
    except (LinkCheckerUnavailable, ValueError) as exc:
        print(f"check_links: {exc}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(problem)
    print(f"check_links: {report.pages} start pages, {report.urls} URLs checked "
          f"({report.anchors} with an anchor), {len(report.problems)} broken links or anchors")
    return 1 if report.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
