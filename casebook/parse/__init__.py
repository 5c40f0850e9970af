"""The parser: a story's text in, an :class:`~casebook.model.Article` out.

One pipeline (:func:`parse_text`, in :mod:`casebook.parse.pipeline`) runs
its stages in order, header, segment, tokens, dates, names, speech,
coreference, quotations, each taking the :class:`Doc` and the layers before
it. Its rules are general; what it may be told about a story's actors
arrives as :class:`KnownActors`. May import: the standard library,
``casebook.model`` and ``casebook.errors`` only. Never YAML, pandas,
matplotlib, ipywidgets or networkx (an import-linter contract checks it).
"""
from casebook.parse.actors import Actor, CorefOverride, KnownActors
from casebook.parse.anchor import anchor, phrase_pattern
from casebook.parse.attribution import Speech, find_speech
from casebook.parse.coref import Resolution, resolve_coreference
from casebook.parse.doc import Doc, build_doc
from casebook.parse.header import HEADER_FORMAT, parse_header
from casebook.parse.lexicon import names_several
from casebook.parse.mentions import coref_overrides, find_names, merge_mentions
from casebook.parse.pipeline import check_text, document_date, parse_text
from casebook.parse.quotes import UNKNOWN_SPEAKER, attribute_quotes
from casebook.parse.source import MAX_SOURCE_BYTES, decode_source, read_source
from casebook.parse.timex import find_dates

__all__ = [
    "parse_text", "check_text", "document_date",
    "Doc", "build_doc", "parse_header", "HEADER_FORMAT",
    "find_dates", "coref_overrides", "find_names", "find_speech", "Speech",
    "resolve_coreference", "Resolution", "merge_mentions", "attribute_quotes", "UNKNOWN_SPEAKER", "names_several",
    "anchor", "phrase_pattern", "Actor", "CorefOverride", "KnownActors",
    "read_source", "decode_source", "MAX_SOURCE_BYTES",
]
