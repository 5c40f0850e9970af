"""casebook: the annotated case study's helper package.

It turns a wire story into offset-anchored layers (header, paragraphs,
sentences, actor mentions, quotations, date expressions) and serves them to
the book's chapters as tables, figures and widgets.
"""

__version__ = "0.1.0"
