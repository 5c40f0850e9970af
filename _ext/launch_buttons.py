"""Launch (Binder, Colab) and repository buttons only when the repository is real.

``repository.url`` in ``_config.yml`` ships as a placeholder
(``https://github.com/example/...``). sphinx-book-theme would still draw a
repository button and Binder/Colab links to it, and every one of them would
lead to a page that does not exist. On ``config-inited`` this extension checks
the URL: while it is the placeholder (or empty), the repository, issues and
edit buttons are turned off and the launch providers are removed from
``html_theme_options``. Set ``repository.url`` to the published repository
and the buttons come back, with no other change.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging

LOGGER = logging.getLogger(__name__)
# The owner that marks the shipped placeholder: https://github.com/example/<repo>.
PLACEHOLDER_OWNERS = frozenset({"example", "your-name", "owner"})
LAUNCH_KEYS = ("binderhub_url", "jupyterhub_url", "colab_url", "deepnote_url", "jupyterlite_url", "thebe")
REPOSITORY_BUTTONS = ("use_repository_button", "use_issues_button", "use_edit_page_button")


def is_placeholder(url: str | None) -> bool:
    """True when ``url`` is empty or names no real repository (owner ``example`` and the like)."""
    if not url or not url.strip():
        return True
    parsed = urlparse(url.strip())
    parts = [p for p in parsed.path.split("/") if p]
    if parsed.scheme not in ("http", "https") or not parsed.netloc or len(parts) < 2:
        return True
    return parts[0].lower() in PLACEHOLDER_OWNERS


def buttons_off(theme_options: dict[str, Any]) -> dict[str, Any]:
    """``theme_options`` without launch providers and repository buttons (a new dict)."""
    options = dict(theme_options)
    for key in REPOSITORY_BUTTONS:
        options[key] = False
    launch = dict(options.get("launch_buttons") or {})
    for key in LAUNCH_KEYS:
        launch.pop(key, None)
    options["launch_buttons"] = launch
    return options


def _check_repository(app: Sphinx, config: Config) -> None:
    options = config.html_theme_options
    url = options.get("repository_url")
    if is_placeholder(url):
        LOGGER.info(f"[launch_buttons] repository.url is the placeholder {url!r}: no launch or "
                    "repository buttons (set repository.url in _config.yml to show them)")
        config.html_theme_options = buttons_off(options)


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("config-inited", _check_repository)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
