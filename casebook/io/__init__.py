"""Files made from the parsed story: derived CSV tables, their data package, and scores.

``derived`` regenerates ``data/derived/`` byte-identically (and checks it for
drift), writing every file atomically (``fileio``); ``tables`` turns each
layer of an Article into rows, a Frictionless schema or a DataFrame;
``score`` compares the parser's layers with hand-made gold. Later exports
(W3C Web Annotation, TEI, corpus runs) belong here too. May import every
layer below it (``book``, ``knowledge``, ``parse``, ``model``, ``errors``);
never ``casebook.cli``.
"""
from casebook.io.corpus import CorpusScore, score_corpus, story_ids
from casebook.io.derived import DerivedBuild, build_derived, check_derived, write_derived
from casebook.io.fileio import atomic_write_bytes, atomic_write_text
from casebook.io.score import LayerScore, score_article
from casebook.io.tables import LAYERS, article_frames, layer_fields, layer_frame, layer_rows

__all__ = [
    "build_derived", "check_derived", "write_derived", "DerivedBuild",
    "atomic_write_bytes", "atomic_write_text",
    "score_article", "LayerScore",
    "score_corpus", "CorpusScore", "story_ids",
    "LAYERS", "layer_fields", "layer_rows", "layer_frame", "article_frames",
]
