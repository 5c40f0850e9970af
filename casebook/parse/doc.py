"""The ``Doc``: one story's text cut into paragraphs, sentences and tokens, once.

Every later stage of the pipeline (:mod:`casebook.parse.pipeline`) takes the
``Doc`` and the layers found before it, so no stage splits or tokenises the
text again.
"""
from __future__ import annotations

from dataclasses import dataclass

from casebook.model import Header, Paragraph, Sentence
from casebook.parse.segment import split_paragraphs, split_sentences
from casebook.parse.tokens import TokenIndex


@dataclass(frozen=True, eq=False)
class Doc:
    """The text and its segmentation; every offset indexes ``text``."""

    path: str
    text: str
    header: Header | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: TokenIndex


def build_doc(text: str, header: Header | None = None, path: str = "<text>") -> Doc:
    """Split ``text`` (after the header line, if any) into paragraphs, sentences and tokens."""
    paragraphs = split_paragraphs(text, header.end if header else 0)
    sentences = split_sentences(text, paragraphs)
    return Doc(path, text, header, paragraphs, sentences, TokenIndex(text))
