"""Serve the vendored widget JavaScript from ``_static/`` without auto-including it.

Jupyter Book adds every ``.js`` file found in a static path to *every* page, in
file-name order. The widget manager must load only where widgets are, and
``require.js`` must come before ``embed-amd.js``; so ``_vendor/`` joins the
static path here, after Jupyter Book's scan, and ``nb_ipywidgets_js`` in
``_config.yml`` names the two files in order.
"""
from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

VENDOR_DIR = "_vendor"


def _add_vendor_static(app: Sphinx, config: Config) -> None:
    vendor = Path(app.srcdir) / VENDOR_DIR
    if not vendor.is_dir():
        raise FileNotFoundError(
            f"{vendor}: the vendored widget JavaScript is missing; "
            "run `bash scripts/vendor_widgets.sh` to restore it"
        )
    if VENDOR_DIR not in config.html_static_path:
        config.html_static_path.append(VENDOR_DIR)


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("config-inited", _add_vendor_static)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
