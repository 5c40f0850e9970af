"""Pair quotation marks into quoted stretches, paragraph by paragraph.

Curly marks say which way they face; a straight ``"`` is decided by its
position (after a space or an opening bracket and before a letter it opens;
after a letter or punctuation and before a space it closes). A curly mark
typed the wrong way round is read by its position too: a ``”`` after a space
and before a letter opens, a ``“`` after a letter or punctuation and before a
space or the end closes an open quote, and a mark with spaces on both sides
opens when no quote is open and closes the one that is. Single quotes
are only ever nested inside double ones and stay part of the content.
Guillemets (« ») pair like curly double marks. Where a paragraph has no
double marks at all, single marks are the quotation marks (the convention of
much British, Irish, South African and Indian news: ‘We will win,’ she said):
an opening ‘ (or ' after a space) pairs with the first closing ’ (or ') that
follows punctuation, else with the first one not preceded by "s" (so that a
plural possessive such as "leaders’ demands" is not taken for a close).
A quotation left open at the end of a paragraph is the newswire convention
for a quote that continues when the next paragraph opens with a mark. It is
also taken to run to the end of its paragraph when it is the story's last
paragraph or the paragraph itself continues a quote (it opens with the mark):
a closing mark missing there is a typo or the excerpt's end, and a warning
says so. Otherwise it is unbalanced: we return a warning and go on. A quotation left open
also runs on when the next paragraph opens with words, not a mark, and its first double
mark can only close ("… lines. / The exercise of …,” he said"): the opening mark of the
continued paragraph was left out, so its quotation runs from the paragraph's start to
that mark (``open`` is then the paragraph's first character, not a mark).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from casebook.model import Sentence
from casebook.parse.lexicon import CUE_AFTER_CLOSE, CUE_VERB_FORMS

_OPENERS_BEFORE = " \t\r\n([{—–-/"
# A backtick is sometimes typed for an opening mark, and two apostrophes for a double mark.
_MARK = re.compile("''|’’|‘‘|[“”\"«»„`]")  # "‘‘ … ’’": two single marks typed for a double one
_DOUBLE = _MARK
_SINGLE_OPEN = re.compile("[‘']")


class QuoteSpan(NamedTuple):
    """One quoted stretch: marks at ``open``/``close`` (``close`` is None when the
    quote runs on into the next paragraph); content is ``text[start:end]``."""

    open: int
    close: int | None
    start: int
    end: int
    paragraph: int


def paragraph_spans(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int, int]]:
    """``(start, end, number)`` of each body paragraph: from its first sentence to the
    end of the line of its last one (so a mark left outside a sentence is still seen)."""
    spans: dict[int, list[int]] = {}
    for sentence in sentences:
        span = spans.setdefault(sentence.paragraph, [sentence.start, sentence.end])
        span[0], span[1] = min(span[0], sentence.start), max(span[1], sentence.end)
    out = []
    for number, (start, end) in spans.items():
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        while line_end > end and text[line_end - 1].isspace():
            line_end -= 1
        out.append((start, line_end, number))
    return sorted(out)


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPENERS_BEFORE or before in "“‘") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def position(text: str, offset: int) -> str:
    """"offset N (line L, column C)" for warnings; lines and columns count from 1."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"offset {offset} (line {line}, column {column})"


def pair_quotes(text: str, sentences: Sequence[Sentence]) -> tuple[list[QuoteSpan], list[str]]:
    """All top-level quoted stretches in body paragraphs, and warnings for stray marks."""
    spans: list[QuoteSpan] = []
    warnings: list[str] = []
    paragraphs = paragraph_spans(text, sentences)
    left_open = False  # the paragraph before ended inside a quotation
    single_left_open = False  # the same, for a paragraph whose quotation marks are single ones
    for index, (start, end, number) in enumerate(paragraphs):
        next_start = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
        runs_on = next_start is not None and (text[next_start] in "“\"`" or text.startswith("‘‘", next_start)
                                              or _bare_reopening(text, *paragraphs[index + 1][:2]) is not None)
        open_ended = not runs_on and (next_start is None or text[start] in "“\"`" or text.startswith("‘‘", start))
        bare = _bare_reopening(text, start, end) if left_open else None
        left_open = False
        if bare is not None:
            # "… “Our disagreement is along those lines. / The exercise of your right …,” he
            # said": the quotation goes on with no opening mark, up to the first closing mark
            spans.append(_trimmed(text, start - 1, bare, number)._replace(open=start))
            start = bare + 1
        if _DOUBLE.search(text, start, end) is None:
            closed = _single_bare_close(text, start, end) if single_left_open else None
            if closed is not None:  # "… Moldova. / It is a victory …’, Corlatean said.": carried over
                spans.append(_trimmed(text, start - 1, closed, number)._replace(open=start))
                start = closed + 1
            singles = _pair_single(text, start, end, number)
            following = paragraphs[index + 1][:2] if next_start is not None else None
            single_left_open = (closed is None and text.startswith("‘", start) and not singles
                                and following is not None and (text.startswith("‘", following[0])
                                                               or _single_bare_close(text, *following) is not None))
            if single_left_open:
                # "‘It is an important day … / It is a victory …’, Corlatean said.": a single-marked
                # quotation left open runs on as a double-marked one does (newswire convention)
                spans.append(_trimmed(text, start, end, number)._replace(close=None))
            spans.extend(singles)
            continue
        found = _pair_range(text, start, end, number, runs_on or open_ended, warnings)
        left_open = bool(found) and found[-1].close is None
        if open_ended and found and found[-1].close is None:
            warnings.append(f"quotation opened at {position(text, found[-1].open)} is not closed before the"
                            " end of its paragraph; it is taken to run to the end of the paragraph."
                            " Fix: add the closing mark if one is missing.")
        spans.extend(found)
        spans.extend(_single_between(text, start, end, number, found))
    return sorted(spans, key=lambda s: s.open), warnings


def _bare_reopening(text: str, start: int, end: int) -> int | None:
    """The offset of a paragraph's first double mark when it can only close ("… lines,” he
    said") and words come before it: a quotation carried over from the paragraph before
    with its opening mark left out."""
    if start >= end or text[start] in "“\"`«„" or text.startswith(("‘‘", "''"), start):
        return None
    mark = _MARK.search(text, start, end)
    if mark is None or mark.group() in ("''", "‘‘") or not _closes(text, mark.start()) or _opens(text, mark.start()):
        return None
    return mark.start()


_SINGLE_BARE_CLOSE = re.compile(r"[’'][,.]?\s+(?:(?:the\s+)?[A-Z][\w’'-]*\s+){0,3}" + CUE_VERB_FORMS + r"\b")


def _single_bare_close(text: str, start: int, end: int) -> int | None:
    """The offset of a paragraph's closing single mark when words, not a mark, open the
    paragraph and the mark is followed by its cue ("… European route’, Corlatean said"): the
    end of a single-marked quotation carried over from the paragraph before."""
    if start >= end or text[start] in "‘'“\"":
        return None
    close = _SINGLE_BARE_CLOSE.search(text, start, end)
    if close is None or text[close.start() - 1].isspace() or _SINGLE_OPEN.search(text, start, close.start()):
        return None
    return close.start()


def _single_between(text: str, start: int, end: int, number: int, doubles: Sequence[QuoteSpan]) -> list[QuoteSpan]:
    """Single-mark quotations outside the double-marked ones of a paragraph that has both
    ("Singh told reporters 'the chemistry was pretty good' while Kasuri said, "…""): kept
    only when three words or more, so that an apostrophe is not taken for a mark."""
    out: list[QuoteSpan] = []
    edges = [start, *[b for span in doubles for b in (span.open, span.end if span.close is None else span.close + 1)], end]
    for gap_start, gap_end in zip(edges[::2], edges[1::2]):
        out += [span for span in _pair_single(text, gap_start, gap_end, number)
                if len(text[span.start : span.end].split()) >= 3]
    return out


def _pair_single(text: str, start: int, end: int, number: int) -> list[QuoteSpan]:
    """Single-mark quotations in a paragraph that has no double marks (see the module docstring)."""
    spans: list[QuoteSpan] = []
    i = start
    while True:
        opener = _SINGLE_OPEN.search(text, i, end)
        if opener is None:
            return spans
        o = opener.start()
        if not _opens(text, o) or (text[o] == "'" and o > start and text[o - 1].isalnum()):
            i = o + 1
            continue
        closers = [j for j in range(o + 2, end) if text[j] in "’'" and _closes(text, j)
                   and not text[j + 1 : j + 2].isalpha()]
        nxt = _SINGLE_OPEN.search(text, o + 1, end)
        while nxt is not None and not _opens(text, nxt.start()):
            nxt = _SINGLE_OPEN.search(text, nxt.start() + 1, end)
        limit = nxt.start() if nxt is not None else end
        closers = [j for j in closers if j < limit] or closers
        chosen = next((j for j in closers if text[j - 1] in ",.!?;:"), None)
        if chosen is None:
            chosen = next((j for j in closers if text[j - 1] not in "sS"), closers[0] if closers else None)
        if chosen is None:
            return spans
        spans.append(QuoteSpan(o, chosen, o + 1, chosen, number))
        i = chosen + 1


def _role(text: str, i: int, char: str, is_open: bool) -> str:
    if char == "’’":
        return "close"  # only ever a closing mark (read only while a quotation is open)
    if char == "‘‘":
        return "open"
    if char == "''":  # two apostrophes: read at the pair's outer edges, like a straight mark
        before = text[i - 1] if i > 0 else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        opens = (before in _OPENERS_BEFORE or before in "“‘") and not after.isspace()
        closes = not before.isspace() and (after.isspace() or not after.isalnum())
        if opens != closes:
            return "open" if opens else "close"
        return "close" if is_open else "open"
    return _role_one(text, i, char, is_open)


def _role_one(text: str, i: int, char: str, is_open: bool) -> str:
    """"open" or "close" for the double mark at ``i``. Its position decides when it is
    clear (after a space and before a word it opens; after a word and before a space or
    punctuation it closes), whatever the glyph: sources mix curly, straight and angle
    marks, and some type them the wrong way round. Otherwise the glyph decides, and a
    straight mark closes whatever is open."""
    opens, closes = _opens(text, i), _closes(text, i)
    if is_open and opens and (_CUE_AFTER_MARK.match(text, i + 1) or _PHRASE_CUE_AFTER_MARK.match(text, i + 1)) and (
            re.search(r"[,.!?]\s\Z", text[max(0, i - 2) : i])):
        return "close"  # '…economic revival, “said Dr Ruto', '…find him, "added Mkisi': a closing mark set apart
        # (or '… influence it, «the head of state added.': a subject and its cue, then the sentence's end)
    if opens != closes:
        return "open" if opens else "close"
    if char == '"' or _spaced(text, i):  # 'said, ” Bail …' / '… tomorrow. “': what is open decides
        return "close" if is_open else "open"
    return "open" if char in "“«„`" else "close"


_CUE_AFTER_MARK = re.compile(CUE_AFTER_CLOSE)
_PHRASE_CUE_AFTER_MARK = re.compile(r"the\s+(?:[a-z]+\s+){1,4}" + CUE_VERB_FORMS + r"\s*[.,]")


def _stray_opening(text: str, i: int, end: int) -> bool:
    """True when a mark that can only close, with no quotation open, ends a sentence and a new
    sentence follows it up to the next mark, which closes: the source typed the opening mark
    the wrong way round ('… process.” We are calling on …,” he said')."""
    if not re.match(r"\s+[A-Z]", text[i + 1 : i + 3]) or text[i - 1 : i] not in (".", "!", "?"):
        return False
    following = _MARK.search(text, i + 1, end)
    return following is not None and _role(text, following.start(), following.group(), True) == "close" and (
        len(text[i + 1 : following.start()].split()) >= 3)


def _spaced(text: str, i: int) -> bool:
    """A mark with white space (or the text's edge) on both sides: its glyph says
    nothing reliable, since such marks are typed either way round."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isspace() and after.isspace()


def _trimmed(text: str, opened: int, closed: int, number: int) -> QuoteSpan:
    """The quoted stretch between two marks, its content without the white space that a
    mark typed apart from its words leaves ('said, ” Bail …', '… tomorrow. “')."""
    start, end = opened + _width(text, opened), closed
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(opened, closed, start, end, number)


def _pair_range(text: str, start: int, end: int, number: int, runs_on: bool, warnings: list[str]) -> list[QuoteSpan]:
    """Pair the marks of ``text[start:end]``; an opening mark left unclosed is either a
    quote running on into the next paragraph (nothing follows it and the next paragraph
    opens with a mark) or an error: warn, and pair again after it to keep the rest."""
    spans: list[QuoteSpan] = []
    stack: list[int] = []  # offsets of the opening marks not yet closed
    last_mark = -1
    for mark in _MARK.finditer(text, start, end):
        i, char = mark.start(), mark.group()
        if char == "’’" and not stack:
            continue  # apostrophes outside a quotation ("the states’’") are no mark
        last_mark = i
        if _role(text, i, char, bool(stack)) == "open":
            stack.append(i)
            continue
        if stack:
            opened = stack.pop()
            if not stack:
                span = _trimmed(text, opened, i, number)
                spans.append(span._replace(close=i + 1) if char in ("''", "’’") else span)
        elif _stray_opening(text, i, end):
            stack.append(i)  # '… the peace process.” We are calling …,” he said': a closing glyph that opens
        else:
            warnings.append(
                f"unbalanced quotation mark {char} at {position(text, i)}: no opening mark"
                " before it in its paragraph; it is ignored. Fix: add the opening mark or"
                " delete this one."
            )
    if not stack:
        return spans
    opened = stack[0]
    introduced = bool(re.search(r"[,:]\s*\Z", text[max(start, opened - 3) : opened])) or (
        _CUE_RIGHT_BEFORE.search(text, max(start, opened - 20), opened) is not None)  # ('saying "I will not …')
    # Nested pairs inside the open quote are fine when its own words go on after them
    # (“… the “X” protest gave …); a pair that ends the paragraph is a quotation of its own.
    nested_ok = last_mark == opened or any(c.isalpha() for c in text[last_mark + 1 : end])
    if len(stack) == 1 and nested_ok and (runs_on or introduced):
        content_end = end
        while content_end > opened + 1 and text[content_end - 1].isspace():
            content_end -= 1
        if not runs_on:
            warnings.append(f"quotation opened at {position(text, opened)} after a colon, a comma or a speech verb"
                            " is not closed in its paragraph; it is taken to run to the end of the paragraph. Fix: add the"
                            " closing mark if one is missing.")
        return [*spans, QuoteSpan(opened, None, opened + _width(text, opened), content_end, number)]
    warnings.append(
        f"unbalanced quotation mark {text[opened]} at {position(text, opened)}: no"
        " closing mark before the end of its paragraph; it is ignored. Fix: add the"
        " closing mark or delete this one."
    )
    return [*spans, *_pair_range(text, opened + _width(text, opened), end, number, runs_on, warnings)]


_CUE_RIGHT_BEFORE = re.compile(r"\b(?:" + CUE_VERB_FORMS + r"|saying|adding|stating|noting|insisting)\s+\Z")


def _width(text: str, mark: int) -> int:
    """Characters in the mark at ``mark``: 2 for two apostrophes, else 1."""
    return 2 if text.startswith(("''", "’’", "‘‘"), mark) else 1
