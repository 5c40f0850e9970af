"""Make the built pages valid HTML (issue 16, part 3; checked by tests/test_html_valid.py).

Three things the stock tool chain writes fail the Nu HTML checker; each is fixed
here, where the HTML is made, rather than filtered out of the check:

- myst-nb's ``hide-input`` toggle puts ``<p>`` elements in ``<summary>``, which
  allows only phrasing content. The same toggle is written with ``<span>``;
  _static/valid-html.css gives the spans the rules mystnb.css gives the ``p``.
- pandas' ``DataFrame._repr_html_`` starts every table with a ``<style scoped>``
  block. ``scoped`` is not HTML, and a ``<style>`` in the body may only style
  what follows it. The block (only the exact pandas block, nothing else) is
  removed from notebook outputs and its rules live in _static/valid-html.css.
- sphinx-external-toc writes ``index.html`` as a bare ``<meta>`` redirect with
  no doctype or title. A complete page that redirects the same way, with a
  link for readers whose browser does not follow the redirect, is written first.
"""
from __future__ import annotations

import html
import os
import re
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform

# Exactly what pandas.io.formats.html.NotebookFormatter.write_style writes:
# "<style scoped>", then one or more ".dataframe SELECTOR { property: value; }" rules.
PANDAS_STYLE = re.compile(
    r"<style scoped>\s*(?:\.dataframe [^{}<]+\{\s*[a-z-]+:\s*[a-z]+;\s*\}\s*)+</style>\s*"
)


def strip_pandas_style(text: str) -> str:
    """``text`` without pandas' ``<style scoped>`` blocks; any other markup is left alone."""
    return PANDAS_STYLE.sub("", text)


class StripPandasStyle(SphinxPostTransform):
    """Remove pandas' scoped style block from raw HTML outputs (its rules are in valid-html.css)."""

    default_priority = 400
    formats = ("html",)

    def run(self, **kwargs: object) -> None:
        for node in list(self.document.findall(nodes.raw)):
            if "html" not in node.get("format", "").split():
                continue
            text = node.astext()
            cleaned = strip_pandas_style(text)
            if cleaned != text:
                node.replace(node.children[0], nodes.Text(cleaned))


def visit_hide_cell(self, node: nodes.Element) -> None:
    """myst-nb's visit_HideCellInput, with <span> (phrasing content) in place of <p>."""
    classes = " ".join(node["classes"])
    self.body.append(f'<details class="admonition hide {classes}">\n')
    self.body.append('<summary aria-label="Toggle hidden content">\n')
    self.body.append(f'<span class="collapsed admonition-title">{html.escape(node["prompt_show"])}</span>\n')
    self.body.append(f'<span class="expanded admonition-title">{html.escape(node["prompt_hide"])}</span>\n')
    self.body.append("</summary>\n")


def depart_hide_cell(self, node: nodes.Element) -> None:
    self.body.append("</details>\n")


def redirect_page(target: str, title: str, language: str) -> str:
    """A complete HTML page that sends the reader to ``target`` (a relative URL).

    Its icon is an empty ``data:`` URL: without one the browser asks for
    /favicon.ico, which the book does not have (a 404 in the console), and a
    real icon file would be requested and then cancelled by the redirect.
    """
    url = html.escape(target, quote=True)
    name = html.escape(title)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(language or "en", quote=True)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{name}</title>\n"
        f'<meta http-equiv="refresh" content="0; url={url}">\n'
        f'<link rel="canonical" href="{url}">\n'
        '<link rel="icon" href="data:,">\n'
        "</head>\n"
        "<body>\n"
        f'<p>The book starts at <a href="{url}">its first page</a>.</p>\n'
        "</body>\n"
        "</html>\n"
    )


def write_index_redirect(app: Sphinx, exception: Exception | None) -> None:
    """Write index.html before sphinx-external-toc does (it skips an existing file)."""
    if exception is not None or app.builder.format != "html" or app.builder.name == "dirhtml":
        return
    root = app.config.root_doc
    if root == "index":
        return
    index = Path(app.outdir) / "index.html"
    text = redirect_page(f"{root}.html", app.config.html_title or app.config.project, app.config.language)
    tmp = index.with_name("index.html.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, index)


def setup(app: Sphinx) -> dict[str, object]:
    app.setup_extension("myst_nb")
    from myst_nb.sphinx_ import HideCodeCellNode

    app.add_node(HideCodeCellNode, override=True, html=(visit_hide_cell, depart_hide_cell))
    app.add_post_transform(StripPandasStyle)
    # Before sphinx-external-toc's ensure_index_file (default priority 500).
    app.connect("build-finished", write_index_redirect, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
