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


def _drop_duplicate_scripts(app: Sphinx, pagename: str, templatename: str,
                            context: dict, doctree: object) -> None:
    """Emit each script once per page.

    sphinx-thebe registers its inline ``const THEBE_JS_URL`` script once per
    read phase, so a page can carry it twice, and the second copy throws
    "Identifier 'THEBE_JS_URL' has already been declared" in the browser.
    """
    scripts = context.get("script_files")
    if not scripts:
        return
    seen: set[tuple[str, str]] = set()
    unique = []
    for script in scripts:
        # Same file and attributes is the same script (an inline one may carry
        # filename None or "": Sphinx stores both forms).
        key = (str(getattr(script, "filename", script) or ""),
               repr(sorted(getattr(script, "attributes", {}).items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    scripts[:] = unique


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("config-inited", _add_vendor_static)
    # Last, after every other extension has added its per-page scripts.
    app.connect("html-page-context", _drop_duplicate_scripts, priority=999)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
