"""Files made from the parsed story: derived CSV tables, their data package, and scores.

``derived`` regenerates ``data/derived/`` byte-identically (and checks it for
drift), writing every file atomically (``fileio``); ``tables`` turns each
layer of an Article into rows, a Frictionless schema or a DataFrame;
``score`` compares the parser's layers with hand-made gold. ``exports``
writes the exports for reuse into ``data/exports/`` (W3C Web Annotation in
``w3c``, TEI P5 in ``tei``, CSV with a data package in ``export_tables``) and
``dictionary`` describes every exported field; ``batch`` parses a folder of
stories into JSON lines on every core (and on a Dask bag, Dask imported only
there); ``scaffold`` writes a new case-study book for another story. May import every
layer below it (``book``, ``knowledge``, ``parse``, ``model``, ``errors``);
never ``casebook.cli``.
"""
from casebook.io.corpus import CorpusScore, score_corpus, story_ids
from casebook.io.derived import DerivedBuild, build_derived, check_derived, write_derived
from casebook.io.dictionary import DataDictionary, data_dictionary
from casebook.io.exportdata import Story, load_stories
from casebook.io.exports import FORMATS, ExportBuild, build_exports, check_exports, write_exports
from casebook.io.fileio import atomic_write_bytes, atomic_write_text
from casebook.io.score import LayerScore, score_article
from casebook.io.tables import LAYERS, article_frames, layer_fields, layer_frame, layer_rows
from casebook.io.tei import tei_document
from casebook.io.w3c import offline_document_loader, web_annotations
from casebook.lazy import lazy_exports

__all__ = [
    "build_derived", "check_derived", "write_derived", "DerivedBuild",
    "atomic_write_bytes", "atomic_write_text",
    "score_article", "LayerScore",
    "score_corpus", "CorpusScore", "story_ids",
    "LAYERS", "layer_fields", "layer_rows", "layer_frame", "article_frames",
    "build_exports", "check_exports", "write_exports", "ExportBuild", "FORMATS",
    "load_stories", "Story", "web_annotations", "offline_document_loader", "tei_document",
    "data_dictionary", "DataDictionary",
    "find_stories", "story_line", "parse_lines", "write_jsonl", "dask_story_bag", "ParseOptions",
    "new_book", "NewBook",
]

# Loaded on first use: the corpus run and the scaffold are not needed to regenerate derived data.
__getattr__, __dir__ = lazy_exports(__name__, {
    **{name: "casebook.io.batch" for name in
       ("find_stories", "story_line", "parse_lines", "write_jsonl", "dask_story_bag", "ParseOptions")},
    "new_book": "casebook.io.scaffold", "NewBook": "casebook.io.scaffold",
})
