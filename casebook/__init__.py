"""casebook: the annotated case study's helper package.

It turns a news story into offset-anchored layers (header, paragraphs,
sentences, actor mentions, quotations, date expressions) and serves them to
the book's chapters as tables, figures and widgets. The package is in
layers, each importing only the ones below it (``docs/architecture.md``):

- :mod:`casebook.parse`: text to :class:`Article`, standard library only;
- :mod:`casebook.knowledge`: the annotation files and the bibliography, as dataclasses;
- :mod:`casebook.book`: tables, figures, explorers and HTML for the chapters;
- :mod:`casebook.io`: derived data files and scores;
- :mod:`casebook.cli`: ``python -m casebook``.

The names below are the public API; chapters import only these and the
``__all__`` of the subpackages. Knowledge names load on first use, so that
``import casebook; casebook.parse_text(...)`` does not read YAML machinery.
"""
from casebook.errors import AnnotationError, CasebookError, SourceFormatError
from casebook.lazy import lazy_exports
from casebook.model import Article, Header, Mention, Paragraph, Quote, Sentence, Timex
from casebook.parse.pipeline import parse_text

__version__ = "0.1.0"

__all__ = [
    "parse_text", "parse_article", "load_case", "Case", "BookPaths",
    "Article", "Header", "Paragraph", "Sentence", "Mention", "Quote", "Timex",
    "CasebookError", "SourceFormatError", "AnnotationError", "__version__",
]

__getattr__, __dir__ = lazy_exports(__name__, {
    "parse_article": "casebook.knowledge.case",
    "load_case": "casebook.knowledge.case",
    "Case": "casebook.knowledge.case",
    "BookPaths": "casebook.knowledge.paths",
})
