"""Check that every built page is valid HTML, with the Nu HTML checker (vnu.jar).

The checker comes from the npm package ``vnu-jar``, pinned in
tools/htmlcheck/package.json and package-lock.json; ``make htmlcheck-tools``
(run by ``make test``) installs it with ``npm ci --ignore-scripts``. It needs
Java 11 or newer (Debian: ``apt-get install default-jre-headless``).

Only errors count. A message is dropped only when it matches FALSE_POSITIVES,
each with the reason why it is not a fault of the page; a file is left out only
when it is in EXCLUDED_FILES, with its reason. Everything else is reported with
page, line and column.

Usage: python scripts/check_html.py [BUILD_HTML_DIR]   (default: _build/html)
Exit status 1 when a page has an error, 2 when the checker cannot run.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools" / "htmlcheck"
VNU_JAR = TOOLS / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
DEFAULT_HTML = Path(os.environ.get("BOOK_OUTPUT", ROOT)) / "_build" / "html"

# (regular expression on vnu's message, why it is not a fault of the book). Empty on
# purpose: every error vnu 26.9.27 found in the book was fixed where the HTML is made
# (_ext/valid_html.py: myst-nb's <p> in <summary>, pandas' <style scoped>, the bare
# index.html redirect). Add an entry only for a message that is wrong about valid HTML,
# with the reason, never to silence a real fault.
FALSE_POSITIVES: tuple[tuple[str, str], ...] = ()

# (path relative to the build root, why the file is not a page to check).
EXCLUDED_FILES: tuple[tuple[str, str], ...] = (
    (
        "_static/webpack-macros.html",
        "pydata-sphinx-theme copies its Jinja macro source into _static; it is a template "
        "({{ pathto(...) }} placeholders, no doctype), never a page nor linked from one.",
    ),
    (
        "_static/sbt-webpack-macros.html",
        "sphinx-book-theme's Jinja macro source, copied into _static like the one above.",
    ),
)


class CheckerUnavailable(RuntimeError):
    """java or vnu.jar is missing; the message says how to install it."""


@dataclass(frozen=True)
class HtmlError:
    page: str
    line: int
    column: int
    message: str
    extract: str

    def __str__(self) -> str:
        extract = " ".join(self.extract.split())[:120]
        return f"{self.page}:{self.line}:{self.column}: {self.message}  [{extract}]"


def html_files(root: Path) -> list[Path]:
    """Every .html file under ``root`` except EXCLUDED_FILES, sorted."""
    excluded = {name for name, _ in EXCLUDED_FILES}
    return sorted(p for p in root.rglob("*.html") if p.relative_to(root).as_posix() not in excluded)


def _checker_command() -> list[str]:
    java = shutil.which("java")
    if java is None:
        raise CheckerUnavailable("java not found: install it with `apt-get install default-jre-headless`")
    if not VNU_JAR.is_file():
        raise CheckerUnavailable(
            f"{VNU_JAR.relative_to(ROOT)} is missing: run `make htmlcheck-tools` "
            f"(npm ci --ignore-scripts in {TOOLS.relative_to(ROOT)})"
        )
    return [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout", "--no-langdetect"]


def is_false_positive(message: str) -> bool:
    return any(re.search(pattern, message) for pattern, _ in FALSE_POSITIVES)


def run_vnu(files: list[Path], root: Path) -> tuple[list[HtmlError], int]:
    """Check ``files`` (under ``root``); return (errors, number of messages filtered as false positives)."""
    if not files:
        raise ValueError(f"no HTML files to check under {root}: build the book first (`make book`)")
    proc = subprocess.run(
        [*_checker_command(), *map(str, files)],
        capture_output=True, text=True, encoding="utf-8", timeout=600,
    )
    try:
        messages = json.loads(proc.stdout)["messages"]
    except (json.JSONDecodeError, KeyError) as exc:
        raise CheckerUnavailable(f"vnu.jar gave no JSON report (exit {proc.returncode}): {proc.stderr[-2000:]}") from exc
    errors, filtered = [], 0
    for msg in messages:
        if msg.get("type") not in ("error", "non-document-error"):
            continue
        if is_false_positive(msg.get("message", "")):
            filtered += 1
            continue
        path = Path(unquote(urlparse(msg.get("url", "")).path))
        page = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        errors.append(HtmlError(
            page=page,
            line=int(msg.get("lastLine", msg.get("firstLine", 0))),
            column=int(msg.get("firstColumn", msg.get("lastColumn", 0))),
            message=msg.get("message", ""),
            extract=msg.get("extract", ""),
        ))
    return errors, filtered


def check_book(root: Path) -> tuple[list[Path], list[HtmlError], int]:
    root = root.resolve()
    files = html_files(root)
    errors, filtered = run_vnu(files, root)
    return files, errors, filtered


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else DEFAULT_HTML
    try:
        files, errors, filtered = check_book(root)
    except (CheckerUnavailable, ValueError) as exc:
        print(f"check_html: {exc}", file=sys.stderr)
        return 2
    for error in errors:
        print(error)
    print(f"check_html: {len(files)} files, {len(errors)} errors, {filtered} filtered as known false positives")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
