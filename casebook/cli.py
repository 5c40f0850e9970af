"""Command line: ``python -m casebook parse FILE|DIR``, ``data [--check]``, ``export [--format F]
[--check]``, ``score DIR`` and ``new ARTICLE DEST``; ``parse`` and ``score`` take ``--speaker-model``.

Exit codes: 0 ok, 1 bad data (one clear message on stderr, no traceback),
2 bad usage (argparse). Warnings (e.g. an unbalanced quotation mark) go to
stderr and do not change the exit code.
``parse DIR --format jsonl`` is the exception: its exit status is the number of
stories that failed (at most 100), each reported on its own line, and stderr
says "N of M stories failed".
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from casebook.errors import CasebookError
from casebook.model import Article

_TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "paragraphs": ("number", "start", "end", "text"),
    "sentences": ("number", "paragraph", "start", "end", "text"),
    "mentions": ("start", "end", "actor", "kind", "rule", "text"),
    "quotes": ("start", "end", "kind", "speaker", "cue", "structure", "text"),
    "timexes": ("start", "end", "value", "granularity", "rule", "signal", "text"),
}
_TEXT_WIDTH = 72


def _iso_date(value: str) -> str:
    """argparse type for --date: a real calendar date written YYYY-MM-DD."""
    try:
        if len(value) != 10:
            raise ValueError("expected YYYY-MM-DD")
        dt.date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(
            f"invalid date {value!r} ({err}); write it as YYYY-MM-DD, e.g. 2009-06-15"
        ) from None
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m casebook",
        description="Parse a news story into offset-anchored layers; regenerate the book's data.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser("parse", help="print every layer of one story (or, with jsonl, of a folder)")
    parse.add_argument("file", type=Path, metavar="FILE",
                       help="the story, UTF-8 text; or a folder of .txt stories with --format jsonl")
    parse.add_argument(
        "--annotations",
        metavar="DIR",
        help="annotations folder (default: FILE's ../annotations if it exists; 'none' disables)",
    )
    parse.add_argument("--format", choices=("json", "table", "jsonl"), default="table",
                       help="jsonl: one JSON line per story, in input order; exit status = stories failed")
    parse.add_argument("--jobs", type=_jobs, metavar="N",
                       help="with jsonl: worker processes (default: every core; 1 parses in this process)")
    parse.add_argument(
        "--date", type=_iso_date, metavar="YYYY-MM-DD",
        help="the story's date, for a file without a header line",
    )
    parse.add_argument("--speaker-model", nargs="?", const="shipped", metavar="FOLDER",
                       help="let the optional speaker model name the speakers the rules leave unknown"
                            " (default folder: data/models/speaker-encoder; needs onnxruntime and tokenizers)")
    data = commands.add_parser("data", help="regenerate data/derived/ (or --check it)")
    data.add_argument("--check", action="store_true", help="exit 1 if data/derived/ has drifted")
    data.add_argument("--root", type=Path, help="repository root (default: found from cwd)")
    data.add_argument("--out", type=Path, help="derived folder (default: ROOT/data/derived)")
    export = commands.add_parser(
        "export", help="write the exports for reuse into data/exports/ (or --check them)")
    export.add_argument("--format", default="all", metavar="FORMAT",
                        help="w3c (Web Annotation JSON-LD), tei (TEI P5 XML), csv (tables +"
                             " datapackage.json), several comma-separated, or all (the default)")
    export.add_argument("--check", action="store_true", help="exit 1 if data/exports/ has drifted")
    export.add_argument("--root", type=Path, help="repository root (default: found from cwd)")
    score = commands.add_parser(
        "score", help="score the parser, run with no annotations, on a corpus with hand-made gold")
    score.add_argument("corpus", type=Path, metavar="DIR",
                       help="corpus folder with stories/, gold/ and split.yaml (e.g. tests/corpus)")
    score.add_argument("--part", choices=("dev", "test", "all"), default="all",
                       help="which part of split.yaml to score (default: all)")
    score.add_argument("--no-misses", dest="misses", action="store_false",
                       help="print the scores only, not every miss")
    score.add_argument("--speaker-model", nargs="?", const="shipped", metavar="FOLDER",
                       help="let the optional speaker model name the speakers the rules leave unknown"
                            " (default folder: data/models/speaker-encoder; needs onnxruntime and tokenizers)")
    new = commands.add_parser("new", help="scaffold a case-study book for another wire story")
    new.add_argument("article", type=Path, metavar="ARTICLE.txt", help="the story, with its header line")
    new.add_argument("dest", type=Path, metavar="DEST", help="the new book's folder (must not exist, or be empty)")
    return parser


def _jobs(value: str) -> int:
    """argparse type for --jobs: a whole number from 1."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"invalid --jobs {value!r}; give a whole number from 1, e.g. 4")
    return int(value)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= _TEXT_WIDTH else text[: _TEXT_WIDTH - 1] + "…"


def format_table(article: Article) -> str:
    """Human-readable layers; the first line is ``date YYYY-MM-DD Agency, PLACE``."""
    header = article.header
    if header is not None:
        lines = [f"date {header.date} {header.agency}, {header.place}"]
    else:
        lines = [f"date {article.dct} (given with --date; the file has no header line)"]
    for layer, columns in _TABLE_COLUMNS.items():
        items = getattr(article, layer)
        rows = [[_cell(getattr(item, column, "")) for column in columns] for item in items]
        widths = [max([len(column), *(len(row[i]) for row in rows)]) for i, column in enumerate(columns)]
        lines += ["", f"{layer} ({len(items)})"]
        lines.append("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
        lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines) + "\n"


def _run_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casebook.knowledge.case import parse_article

    if args.format == "jsonl" or args.file.is_dir():
        if args.speaker_model is not None:
            print("error: --speaker-model reads one story at a time. Fix: leave out --format jsonl, or"
                  " run `python -m casebook parse FILE --speaker-model` for each story.", file=err)
            return 1
        return _run_parse_many(args, out, err)

    no_annotations = args.annotations is not None and args.annotations.lower() == "none"
    article = parse_article(
        args.file,
        annotations_dir=None if no_annotations else args.annotations,
        date=args.date,
        discover_annotations=not no_annotations,
    )
    if args.speaker_model is not None:
        article = _speaker_model(args.speaker_model).fill(article)
    for warning in article.warnings:
        print(f"warning: {warning}", file=err)
    if args.format == "json":
        out.write(json.dumps(article.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(format_table(article))
    return 0


def _run_parse_many(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``parse DIR --format jsonl``: exit status = the number of stories that failed (at most 100)."""
    from casebook.io.batch import ParseOptions, Story, is_error_line, story_line, write_jsonl

    if args.format != "jsonl":
        print(f"error: {args.file} is a folder. Fix: add `--format jsonl` to parse every story in it,"
              " one JSON line per story.", file=err)
        return 1
    options = ParseOptions("none" if (args.annotations or "").lower() == "none" else args.annotations, args.date)
    if args.annotations is not None and args.annotations.lower() != "none":
        from casebook.knowledge.case import load_annotations_dir

        load_annotations_dir(args.annotations)  # a broken folder stops the run before any story
    if args.file.is_file():
        line = story_line(Story(str(args.file), args.file.name), options)
        out.write(line + "\n")
        return int(is_error_line(line))
    total, failed = write_jsonl(args.file, out, options, args.jobs)
    if failed:
        print(f"{failed} of {total} stories failed; their lines carry \"error\".", file=err)
    return min(failed, 100)


def _run_new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casebook.io.scaffold import new_book

    book = new_book(args.article, args.dest)
    print(f"Wrote {book.root}: the story in {book.source.relative_to(book.root)}, {book.actors} draft actor(s)"
          f" ({book.speakers} speaking) to review in data/annotations/actors.yaml, {book.dates} date"
          f" expression(s).\nNext: cd {book.root} && make book", file=out)
    return 0


def _run_data(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casebook.io.derived import REGENERATE, build_derived, check_derived, write_derived
    from casebook.knowledge.paths import BookPaths

    paths = BookPaths(args.root.resolve()) if args.root else BookPaths.find()
    root = paths.root
    out_dir = args.out or paths.derived_dir
    build = build_derived(root)  # everything in memory first: a parse error writes nothing
    for warning in build.warnings:
        print(f"warning: {warning}", file=err)
    if args.check:
        problems = check_derived(out_dir, build.files)
        for problem in problems:
            print(f"drift: {problem}", file=err)
        if problems:
            print(f"{len(problems)} derived file(s) out of date. Run `{REGENERATE}`.", file=err)
            return 1
        print(f"{out_dir} is up to date.", file=out)
        return 0
    changed = write_derived(out_dir, build.files)
    summary = f"{len(changed)} derived file(s) written to {out_dir}." if changed else "Nothing changed."
    print(summary, file=out)
    return 0


def _speaker_model(folder: str):
    """The optional speaker model: the shipped one for a bare ``--speaker-model``, else ``folder``'s."""
    from casebook.learned import load_speaker_model

    return load_speaker_model(None if folder == "shipped" else folder)


def _run_score(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casebook.io.corpus import score_corpus

    if not (args.corpus / "split.yaml").is_file():
        print(f"error: {args.corpus} has no split.yaml. Fix: pass a corpus folder such as"
              " tests/corpus (stories/, gold/, split.yaml).", file=err)
        return 1
    fill = None if args.speaker_model is None else _speaker_model(args.speaker_model).fill
    out.write(score_corpus(args.corpus, args.part, fill=fill).report(misses=args.misses) + "\n")
    return 0


def _run_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from casebook.io.exports import (FORMATS, build_exports, check_exports,
                                     regenerate_command, write_exports)
    from casebook.knowledge.paths import BookPaths

    formats = list(FORMATS) if args.format == "all" else [f.strip() for f in args.format.split(",")]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        print(f"error: unknown export format {unknown[0] if unknown else args.format!r}. Fix: use"
              f" --format {'|'.join(FORMATS)}|all, or several separated by commas.", file=err)
        return 2
    paths = BookPaths(args.root.resolve()) if args.root else BookPaths.find()
    out_dir = paths.exports_dir
    build = build_exports(paths.root, formats)  # everything in memory first: an error writes nothing
    for warning in build.warnings:
        print(f"warning: {warning}", file=err)
    if args.check:
        problems = check_exports(out_dir, build.files, formats)
        for problem in problems:
            print(f"drift: {problem}", file=err)
        if problems:
            print(f"{len(problems)} export file(s) out of date. Run `{regenerate_command(formats)}`.",
                  file=err)
            return 1
        print(f"{out_dir} is up to date ({', '.join(formats)}).", file=out)
        return 0
    changed = write_exports(out_dir, build.files)
    print(f"{len(changed)} export file(s) written to {out_dir}." if changed else "Nothing changed.", file=out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "parse":
            return _run_parse(args, sys.stdout, sys.stderr)
        if args.command == "score":
            return _run_score(args, sys.stdout, sys.stderr)
        if args.command == "export":
            return _run_export(args, sys.stdout, sys.stderr)
        if args.command == "new":
            return _run_new(args, sys.stdout, sys.stderr)
        return _run_data(args, sys.stdout, sys.stderr)
    except CasebookError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `... | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0
