"""Reading the source: checksum, encodings, line ends, and every kind of bad input."""
from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from casebook import parse_article, parse_text
from casebook.errors import SourceFormatError
from casebook.parse.source import MAX_SOURCE_BYTES, decode_source, read_source

SOURCE_SHA256 = "95493b129d93439da3a66dcb6872b289c64522b4e5923fc8d4ea6fe15a1199fc"
HEADER = " date 2009-06-15 Reuters, SOMEWHERE\n\n"


def test_source_file_is_the_verbatim_article(source_path: Path) -> None:
    assert hashlib.sha256(source_path.read_bytes()).hexdigest() == SOURCE_SHA256


def test_read_source_returns_the_decoded_bytes_unchanged(source_path: Path) -> None:
    assert read_source(source_path) == source_path.read_bytes().decode("utf-8")


def test_empty_file_is_refused_with_file_line_and_fix(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(SourceFormatError) as caught:
        read_source(path)
    message = str(caught.value)
    assert f"{path}:1" in message and "empty" in message and "Fix:" in message


def test_whitespace_only_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\r\n\t\n")
    with pytest.raises(SourceFormatError, match="only whitespace"):
        read_source(path)


def test_invalid_utf8_names_byte_offset_and_line(tmp_path: Path) -> None:
    prefix = HEADER.encode() + b"Caf"  # the bad byte sits on line 3
    path = tmp_path / "latin1.txt"
    path.write_bytes(prefix + b"\xe9 au lait.")
    with pytest.raises(SourceFormatError) as caught:
        read_source(path)
    message = str(caught.value)
    assert f"{path}:3" in message
    assert f"byte offset {len(prefix)}" in message
    assert "0xe9" in message and "UTF-8" in message and "Fix:" in message


def test_invalid_utf8_after_a_bom_counts_the_bom_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bom-latin1.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"ab\xff")
    with pytest.raises(SourceFormatError, match="byte offset 5 "):
        read_source(path)


def test_bom_is_stripped_and_offsets_index_the_decoded_text(tmp_path: Path) -> None:
    body = HEADER + "Jane Doe said on Sunday that it rained."
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + body.encode())
    text = read_source(path)
    assert text == body  # no U+FEFF left: offsets are those of the file without its BOM
    article = parse_article(path, discover_annotations=False)
    assert article.header is not None and article.header.date == "2009-06-15"
    (sunday,) = [t for t in article.timexes if t.text == "Sunday"]
    assert text[sunday.start : sunday.end] == "Sunday"


def test_crlf_is_kept_so_offsets_match_the_text_as_read(tmp_path: Path, source_path: Path) -> None:
    lf_text = source_path.read_bytes().decode()
    crlf_bytes = lf_text.replace("\n", "\r\n").encode()
    path = tmp_path / "crlf.txt"
    path.write_bytes(crlf_bytes)
    text = read_source(path)
    assert "\r\n" in text and text == crlf_bytes.decode()
    lf = parse_article(source_path, discover_annotations=False)
    crlf = parse_article(path, discover_annotations=False)
    # Same segmentation and dates; only the offsets move by the extra "\r"s.
    assert [s.text for s in crlf.sentences] == [s.text for s in lf.sentences]
    assert [p.text for p in crlf.paragraphs] == [p.text for p in lf.paragraphs]
    assert [(t.text, t.value) for t in crlf.timexes] == [(t.text, t.value) for t in lf.timexes]
    for item in (*crlf.paragraphs, *crlf.sentences, *crlf.timexes):
        assert text[item.start : item.end] == item.text
        assert "\r" not in item.text


def test_file_over_the_size_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened although its size is over the limit")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(SourceFormatError) as caught:
        read_source(path)
    message = str(caught.value)
    assert f"{MAX_SOURCE_BYTES:,}" in message and "52,428,800" in message
    assert "split" in message and "Fix:" in message


def test_file_at_the_size_limit_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "limit.txt"
    path.write_bytes(b"a" * MAX_SOURCE_BYTES)
    assert len(read_source(path)) == MAX_SOURCE_BYTES


def test_decode_source_applies_the_same_limit_to_bytes() -> None:
    with pytest.raises(SourceFormatError, match="limit"):
        decode_source(b"a" * (MAX_SOURCE_BYTES + 1))


def test_missing_file_and_directory_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceFormatError, match="no such file"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(SourceFormatError, match="is a directory"):
        read_source(tmp_path)


def test_no_header_and_no_date_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "headless.txt"
    path.write_text("Jane Doe said on Sunday that it rained.", encoding="utf-8")
    with pytest.raises(SourceFormatError) as caught:
        parse_article(path, discover_annotations=False)
    message = str(caught.value)
    assert f"{path}:1" in message and "--date" in message and "Fix:" in message


def test_no_header_with_a_date_parses(tmp_path: Path) -> None:
    path = tmp_path / "headless.txt"
    path.write_text("Jane Doe said on Sunday that it rained.", encoding="utf-8")
    article = parse_article(path, date="2009-06-17", discover_annotations=False)  # a Wednesday
    assert article.header is None and article.dct == "2009-06-17"
    assert [(t.text, t.value) for t in article.timexes] == [("Sunday", "2009-06-14")]


@pytest.mark.parametrize("bad", ["2018-13-45", "2009-02-30", "15/06/2009", "2009-6-15"])
def test_malformed_date_argument_is_refused(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "headless.txt"
    path.write_text("It rained.", encoding="utf-8")
    with pytest.raises(SourceFormatError, match="YYYY-MM-DD"):
        parse_article(path, date=bad, discover_annotations=False)


def test_malformed_header_date_names_line_one(tmp_path: Path) -> None:
    path = tmp_path / "bad-date.txt"
    path.write_text(" date 2018-13-45 Reuters, SOMEWHERE\n\nIt rained.", encoding="utf-8")
    with pytest.raises(SourceFormatError) as caught:
        parse_article(path, discover_annotations=False)
    message = str(caught.value)
    assert f"{path}:1" in message and "2018-13-45" in message and "Fix:" in message


def test_nothing_is_written_next_to_the_source(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(HEADER + "It rained.", encoding="utf-8")
    before = sorted(os.listdir(tmp_path))
    parse_article(path)
    assert sorted(os.listdir(tmp_path)) == before


def test_path_as_str_and_text_give_the_same_layers(source_path: Path) -> None:
    from_path = parse_article(source_path, discover_annotations=False)
    from_str = parse_article(str(source_path), discover_annotations=False)
    from_text = parse_text(source_path.read_bytes().decode("utf-8"))
    for other in (from_str, from_text):
        assert other.sentences == from_path.sentences and other.timexes == from_path.timexes
    assert from_text.path == "<text>" and from_str.path == str(source_path)


def test_a_text_goes_to_parse_text_and_a_path_to_parse_article(tmp_path: Path) -> None:
    """No guessing from the string: a one-line text is a text, a str path is a path."""
    one_line = parse_text("Jane Doe said on Monday that the vote would go ahead.", date="2009-06-17")
    assert [t.value for t in one_line.timexes] == ["2009-06-15"]
    path = tmp_path / "story.txt"
    path.write_text(HEADER + "It rained.", encoding="utf-8")
    assert parse_article(str(path)).sentences[0].text == "It rained."
    with pytest.raises(ValueError, match="parse_text"):
        parse_article(HEADER + "It rained.")
