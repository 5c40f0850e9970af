"""Read a source article from disk as exact, offset-safe text.

"As read" means: the file's bytes decoded as UTF-8, with one leading UTF-8
byte-order mark removed, and **no newline translation** (a CRLF file keeps its
``\\r\\n`` in the string). Every offset in the package indexes that string, so
``text[start:end]`` is the item's surface text whatever the line ends are.
We read bytes and decode ourselves because text-mode ``open()`` would turn
``\\r\\n`` into ``\\n`` and shift every offset after the first line end.
"""
from __future__ import annotations

import codecs
from pathlib import Path

from casebook.errors import SourceFormatError, where

MAX_SOURCE_BYTES = 5 * 1024 * 1024
"""Refuse files above 5 MiB: a wire story is a few kB, so a bigger file is
almost surely the wrong file or many stories pasted together."""

_SPLIT_HINT = (
    "split it into one file per story (each starting with its own header line"
    " ` date YYYY-MM-DD Agency, PLACE`), or check that you passed the right file"
)


def _size_error(path: object, size: int) -> SourceFormatError:
    return SourceFormatError(
        f"{where(path)}: the file is {size:,} bytes; the limit is "
        f"{MAX_SOURCE_BYTES:,} bytes ({MAX_SOURCE_BYTES // (1024 * 1024)} MiB), "
        f"since a news story is a few kilobytes. Fix: {_SPLIT_HINT}."
    )


def decode_source(data: bytes, path: object = "<bytes>") -> str:
    """Decode source bytes as UTF-8 (BOM stripped, CRLF kept) or raise with the bad byte's place."""
    if len(data) > MAX_SOURCE_BYTES:
        raise _size_error(path, len(data))
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as err:
        offset = bom + err.start
        line = data.count(b"\n", 0, offset) + 1
        column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
        raise SourceFormatError(
            f"{where(path, line)}: byte 0x{data[offset]:02x} at byte offset {offset}"
            f" (line {line}, byte column {column}) is not valid UTF-8. Fix: re-save the"
            " file as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 IN > OUT`"
            " if it came from a Windows editor."
        ) from None
    if not text.strip():
        what = "is empty" if not text else "contains only whitespace"
        raise SourceFormatError(
            f"{where(path, 1)}: the file {what}. Fix: put the story in it, starting"
            " with a header line ` date YYYY-MM-DD Agency, PLACE`."
        )
    return text


def read_source(path: str | Path) -> str:
    """Read ``path`` as the article text; check the size before reading a byte."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise _size_error(path, size)
        with path.open("rb") as handle:
            # Read one byte past the limit so a file that grew since stat() is caught.
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except FileNotFoundError:
        raise SourceFormatError(
            f"{where(path)}: no such file. Fix: check the path (it is relative to"
            " the current directory)."
        ) from None
    except IsADirectoryError:
        raise SourceFormatError(
            f"{where(path)}: is a directory. Fix: pass the article's .txt file."
        ) from None
    except PermissionError:
        raise SourceFormatError(
            f"{where(path)}: permission denied. Fix: make the file readable."
        ) from None
    return decode_source(data, path)
