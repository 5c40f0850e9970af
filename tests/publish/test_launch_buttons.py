"""Launch and repository buttons: off while repository.url is the placeholder, right when it is real.

The build check uses a one-chapter book whose ``repository``, ``launch_buttons`` and
``html`` settings are copied from the real ``_config.yml`` and which loads the real
``_ext/launch_buttons.py``; only ``repository.url`` changes between the two builds.
"""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "_ext"))
from launch_buttons import buttons_off, is_placeholder  # noqa: E402

CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
REAL_URL = "https://github.com/casebook-team/cnrm-casebook"


@pytest.mark.parametrize("url", [
    "https://github.com/example/cnrm-casebook", "", None, "https://github.com/example/other/",
    "not a url", "https://github.com/",
])
def test_placeholder_urls_are_recognised(url):
    assert is_placeholder(url)


@pytest.mark.parametrize("url", [REAL_URL, "https://gitlab.com/someone/book", "https://github.com/Example-Org/x"])
def test_real_urls_are_kept(url):
    assert not is_placeholder(url)


def test_the_shipped_config_is_the_placeholder_and_the_extension_is_loaded():
    assert is_placeholder(CONFIG["repository"]["url"])
    assert CONFIG["sphinx"]["local_extensions"]["launch_buttons"] == "_ext"


def test_buttons_off_removes_providers_and_repository_buttons():
    options = {"use_repository_button": True, "use_download_button": True, "repository_url": "x",
               "launch_buttons": {"binderhub_url": "b", "colab_url": "c", "notebook_interface": "jupyterlab"}}
    off = buttons_off(options)
    assert off["use_repository_button"] is False and off["use_download_button"] is True
    assert off["launch_buttons"] == {"notebook_interface": "jupyterlab"}
    assert options["launch_buttons"]["binderhub_url"] == "b", "the input must not change"


def _tiny_book(root: Path, url: str) -> Path:
    html_options = {k: v for k, v in CONFIG["html"].items() if k not in ("favicon", "extra_footer")}
    config = {
        "title": "Launch button check",
        "only_build_toc_files": True,
        "execute": {"execute_notebooks": "off"},
        "repository": {**CONFIG["repository"], "url": url},
        "launch_buttons": CONFIG["launch_buttons"],
        "html": html_options,
        "sphinx": {"local_extensions": {"launch_buttons": str(ROOT / "_ext")}},
    }
    root.mkdir(parents=True)
    (root / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (root / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: chapters/source\n")
    (root / "intro.md").write_text("# Intro\n\nA page.\n")
    (root / "chapters").mkdir()
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Source\n"]},
                    {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                     "source": ["1 + 1"]}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
          "nbformat": 4, "nbformat_minor": 5}
    (root / "chapters" / "source.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    jb = Path(sys.executable).with_name("jupyter-book")
    proc = subprocess.run([str(jb), "build", str(root), "-W"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return root / "_build" / "html" / "chapters" / "source.html"


def _links(page: Path) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]+)"', page.read_text(encoding="utf-8"))]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("launch")
    return {"placeholder": _tiny_book(base / "placeholder", CONFIG["repository"]["url"]),
            "real": _tiny_book(base / "real", REAL_URL)}


def test_with_a_real_url_binder_and_colab_open_the_chapter_notebook(built):
    links = _links(built["real"])
    branch = CONFIG["repository"]["branch"]
    owner_repo = REAL_URL.removeprefix("https://github.com/")
    binder = CONFIG["launch_buttons"]["binderhub_url"].rstrip("/")
    colab = CONFIG["launch_buttons"]["colab_url"].rstrip("/")
    assert f"{binder}/v2/gh/{owner_repo}/{branch}?urlpath=lab/tree/chapters/source.ipynb" in links, links
    assert f"{colab}/github/{owner_repo}/blob/{branch}/chapters/source.ipynb" in links, links
    assert REAL_URL in links, "the repository button is missing"


def test_with_the_placeholder_no_launch_or_repository_link_is_drawn(built):
    links = _links(built["placeholder"])
    assert not [link for link in links if "mybinder" in link or "colab" in link or "/example/" in link], links
    # The download button stays: it needs no repository.
    assert any(link.endswith("source.ipynb") for link in links), links
