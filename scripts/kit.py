"""The offline classroom kit: one archive with the book, the notebooks, the data,
the package and a wheelhouse of everything the notebooks need to run.

A classroom without internet unpacks it, installs with
``pip install --no-index --find-links wheelhouse -r requirements.txt`` and
opens the notebooks in JupyterLab; the built book (``book/index.html``) needs
no installation at all.

Usage: python scripts/kit.py [--platform TAG --python-version 3.11] [--out DIR]

By default the wheelhouse is for this machine (``pip wheel``). With
``--platform`` (e.g. ``win_amd64``, ``macosx_11_0_arm64``,
``manylinux2014_x86_64``) it is downloaded for that platform instead, binary
wheels only (``pip download --platform ... --only-binary=:all:``).
Writes DIR/casebook-kit-PYTAG-PLATFORM.tar.gz atomically (DIR: _build/kit).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = Path(os.environ.get("BOOK_OUTPUT", ROOT)).resolve()
HTML = OUTPUT / "_build" / "html"
RUNTIME = ROOT / "binder" / "requirements.txt"
# What the notebooks read besides the package: the data, the book's settings and bibliography.
BOOK_FILES = ["_config.yml", "_toc.yml", "references.bib", "LICENSE", "CITATION.cff"]
PACKAGE_FILES = ["pyproject.toml", "README.md"]
# data/models (the optional speaker model, 23 MB) is left out: the kit's wheelhouse leaves out its
# runtime (onnxruntime, tokenizers), and no chapter uses it.
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints", "models")

README = """\
# {title}: offline classroom kit

This archive holds everything needed to read the book and run its notebooks
with no internet connection, on {platform} with Python {python}.

| folder | what |
|---|---|
| `book/` | the book as a website: open `book/index.html` in any browser |
| `chapters/` | the chapters as Jupyter notebooks |
| `data/` | the article, its annotations and the derived tables |
| `casebook/`, `pyproject.toml` | the source of the `casebook` package |
| `wheelhouse/` | every package the notebooks need, {n_wheels} files, and the `casebook` wheel |
| `requirements.txt` | the exact versions to install from `wheelhouse/` |

## Reading

Open `book/index.html`. No installation is needed; search, figures and the
explorers' precomputed views all work offline.

## Running the notebooks

In a terminal, in this folder:

```bash
python3 -m venv .venv                      # Windows: py -3.11 -m venv .venv
. .venv/bin/activate                       # Windows: .venv\\Scripts\\activate
pip install --no-index --find-links wheelhouse -r requirements.txt
jupyter lab chapters/                      # as root, add --allow-root
```

JupyterLab opens in the browser; open a chapter and run its cells from the top
(Run > Run All Cells). `--no-index` makes pip use only the wheelhouse, so the
install needs no network. The parser also runs on its own:
`python -m casebook parse data/source/reuters-2018-01-15.txt --format table`.

The wheelhouse fits only this platform and Python version. To build a kit for
another one, see "Offline classroom kit" in the repository's README.
"""


def platform_tag(platform: str | None, python_version: str) -> str:
    plat = platform or sysconfig.get_platform()
    return f"py{python_version.replace('.', '')}-{re.sub(r'[^A-Za-z0-9_]+', '_', plat)}"


def _pip(*args: str) -> None:
    cmd = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    print("[kit] " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def fill_wheelhouse(wheelhouse: Path, platform: str | None, python_version: str) -> None:
    wheelhouse.mkdir()
    if platform:
        _pip("download", "--quiet", "-r", str(RUNTIME), "-d", str(wheelhouse), "--only-binary=:all:",
             "--platform", platform, "--python-version", python_version, "--implementation", "cp")
    else:
        _pip("wheel", "--quiet", "-r", str(RUNTIME), "-w", str(wheelhouse))
    # casebook is pure Python: one wheel fits every platform. Built from a copy of its
    # sources, because setuptools leaves build/ and *.egg-info behind in the folder it builds.
    with tempfile.TemporaryDirectory(prefix="casebook-src-") as src:
        shutil.copytree(ROOT / "casebook", Path(src) / "casebook", ignore=IGNORE)
        for file in PACKAGE_FILES:
            shutil.copy2(ROOT / file, Path(src) / file)
        _pip("wheel", "--quiet", "--no-deps", src, "-w", str(wheelhouse))


def kit_requirements() -> str:
    version = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    if not version:
        raise SystemExit(f"{ROOT / 'pyproject.toml'}: no version line. Fix: add version = \"X.Y.Z\" under [project].")
    runtime = [line for line in RUNTIME.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    return "# Install with: pip install --no-index --find-links wheelhouse -r requirements.txt\n" + \
        "\n".join(runtime + [f"casebook=={version.group(1)}"]) + "\n"


def build_kit(out_dir: Path, platform: str | None = None, python_version: str | None = None) -> Path:
    if not (HTML / "index.html").exists():
        raise SystemExit(f"{HTML}: no built book. Fix: run `make book` first (`make kit` does).")
    python_version = python_version or f"{sys.version_info.major}.{sys.version_info.minor}"
    tag = platform_tag(platform, python_version)
    name = f"casebook-kit-{tag}"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kit-", dir=out_dir) as tmp:
        stage = Path(tmp) / name
        stage.mkdir()
        shutil.copytree(HTML, stage / "book", ignore=shutil.ignore_patterns(".buildinfo", "reports"))
        for folder in ("chapters", "data", "casebook"):
            shutil.copytree(ROOT / folder, stage / folder, ignore=IGNORE)
        for file in BOOK_FILES + PACKAGE_FILES:
            shutil.copy2(ROOT / file, stage / file)
        fill_wheelhouse(stage / "wheelhouse", platform, python_version)
        (stage / "requirements.txt").write_text(kit_requirements(), encoding="utf-8")
        import yaml

        title = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["title"]
        n_wheels = len(list((stage / "wheelhouse").iterdir()))
        (stage / "README-KIT.md").write_text(README.format(
            title=title, platform=platform or sysconfig.get_platform(), python=python_version,
            n_wheels=n_wheels), encoding="utf-8")
        archive = out_dir / f"{name}.tar.gz"
        partial = Path(tmp) / archive.name
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(stage, arcname=name)
        os.replace(partial, archive)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", help="a wheel platform tag, e.g. win_amd64 (default: this machine)")
    parser.add_argument("--python-version", help="e.g. 3.11 (default: this Python)")
    parser.add_argument("--out", type=Path, default=OUTPUT / "_build" / "kit")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    archive = build_kit(args.out.resolve(), args.platform, args.python_version)
    print(f"[kit] {archive} ({archive.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
