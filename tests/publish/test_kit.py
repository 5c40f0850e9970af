"""`make kit`: the offline classroom kit installs with --no-index into a fresh venv and runs.

Builds the kit with scripts/kit.py into a temporary folder (about 80 s from pip's
cache), unpacks it, installs its wheelhouse exactly as README-KIT says with no
index and no pip configuration of this machine, then runs the CLI and one
chapter notebook with the kit's own Python.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _offline_env() -> dict[str, str]:
    """This environment without any pip setting (find-links, extra indexes), so only the wheelhouse counts."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_") and k != "VIRTUAL_ENV"}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_CACHE_DIR="1")
    return env


@pytest.fixture(scope="module")
def kit(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("kit")
    timings = {}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "kit.py"), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    timings["build"] = time.perf_counter() - started
    archives = list(out.glob("casebook-kit-*.tar.gz"))
    assert len(archives) == 1, archives
    with tarfile.open(archives[0]) as tar:
        tar.extractall(out / "unpacked", filter="data")
    (root,) = (out / "unpacked").iterdir()
    env = _offline_env()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "venv", str(root / ".venv")], check=True, env=env)
    python = root / ".venv" / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-index", "--find-links", "wheelhouse",
                              "-r", "requirements.txt"], cwd=root, env=env, capture_output=True, text=True,
                             timeout=1800)
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    timings["install"] = time.perf_counter() - started
    size = archives[0].stat().st_size
    print(f"kit {archives[0].name}: {size / 1e6:.1f} MB; build {timings['build']:.0f} s, "
          f"offline install {timings['install']:.0f} s")
    return {"root": root, "python": python, "env": env}


def test_the_kit_holds_the_book_notebooks_data_package_and_instructions(kit):
    root = kit["root"]
    assert (root / "book" / "index.html").exists()
    assert {p.name for p in (ROOT / "chapters").glob("*.ipynb")} == {p.name for p in (root / "chapters").glob("*.ipynb")}
    assert (root / "data" / "source" / "reuters-2018-01-15.txt").read_bytes() == \
        (ROOT / "data" / "source" / "reuters-2018-01-15.txt").read_bytes()
    assert (root / "casebook" / "__init__.py").exists()
    assert not (root / "data" / "models").exists()  # the optional speaker model: its runtime is not in the kit
    readme = (root / "README-KIT.md").read_text(encoding="utf-8")
    assert "pip install --no-index --find-links wheelhouse -r requirements.txt" in readme
    assert list((root / "wheelhouse").glob("casebook-*.whl"))


def test_the_installed_kit_imports_casebook_from_the_wheel_and_runs_the_cli(kit):
    root, python = kit["root"], kit["python"]
    where = subprocess.run([str(python), "-c", "import casebook, sys; print(casebook.__file__)"], cwd="/",
                           env=kit["env"], capture_output=True, text=True, check=True).stdout
    assert ".venv" in where and "site-packages" in where, where
    proc = subprocess.run([str(python), "-m", "casebook", "parse", "data/source/reuters-2018-01-15.txt",
                           "--format", "json"], cwd=root, env=kit["env"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert '"quotes"' in proc.stdout and "Kem Sokha" in proc.stdout


def test_a_chapter_notebook_runs_in_the_kit(kit):
    root = kit["root"]
    jupyter = root / ".venv" / "bin" / "jupyter"
    started = time.perf_counter()
    proc = subprocess.run([str(jupyter), "nbconvert", "--to", "notebook", "--execute", "--output-dir", str(root / "out"),
                           "--ExecutePreprocessor.timeout=300", "chapters/actors.ipynb"],
                          cwd=root, env=kit["env"], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    print(f"actors.ipynb ran in the kit in {time.perf_counter() - started:.0f} s")
    import nbformat

    nb = nbformat.read(root / "out" / "actors.ipynb", as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert outputs and not [o for o in outputs if o.output_type == "error"]
