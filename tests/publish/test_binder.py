"""binder/requirements.txt: the chapters' run-time needs, pinned exactly as requirements.txt pins them."""
from __future__ import annotations

import ast
import json
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BINDER = ROOT / "binder" / "requirements.txt"
PIN = re.compile(r"([A-Za-z0-9_.-]+)==(\S+)")
# Imported by casebook only inside functions that no chapter calls (development tools).
# The optional speaker model (casebook.learned) is one too: no chapter loads it, and Binder and
# the classroom kit leave out its 20 MB runtime; requirements.txt pins it for the tests.
DEV_ONLY = {"dask": "casebook.io.batch.dask_story_bag, the corpus recipe",
            "onnxruntime": "casebook.learned.SpeakerModel, the optional speaker model",
            "tokenizers": "casebook.learned.SpeakerModel, the optional speaker model"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-e"):
            continue
        match = PIN.fullmatch(line)
        assert match, f"{path.name}: '{line}' is not an exact pin (name==version)"
        pins[_norm(match.group(1))] = match.group(2)
    return pins


def _imports(code: str) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def runtime_modules() -> set[str]:
    """Third-party top-level modules imported by the chapter notebooks and by casebook."""
    modules = set()
    for nb in (ROOT / "chapters").glob("*.ipynb"):
        for cell in json.loads(nb.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                modules |= _imports("".join(cell["source"]))
    for py in (ROOT / "casebook").rglob("*.py"):
        if "templates" not in py.parts:
            modules |= _imports(py.read_text(encoding="utf-8"))
    return {m for m in modules if m not in sys.stdlib_module_names and m != "casebook"} - set(DEV_ONLY)


def test_every_binder_pin_equals_the_project_pin():
    project, binder = _pins(ROOT / "requirements.txt"), _pins(BINDER)
    assert binder, "binder/requirements.txt pins nothing"
    differ = {name: (version, project.get(name)) for name, version in binder.items() if project.get(name) != version}
    assert not differ, f"binder pin vs requirements.txt: {differ}"


def test_binder_leaves_out_the_build_and_test_tools():
    binder = _pins(BINDER)
    for tool in ("pytest", "playwright", "jupyter-book", "import-linter", "nbmake", "axe-playwright-python", "dask"):
        assert tool not in binder, f"{tool} is a build or test tool, not a run-time need"


def test_every_module_the_chapters_import_is_covered():
    binder = _pins(BINDER)
    dists = packages_distributions()
    modules = runtime_modules()
    assert {"pandas", "yaml", "myst_nb", "IPython"} <= modules, modules  # the scan itself works
    missing = {m: dists.get(m) for m in modules if not any(_norm(d) in binder for d in dists.get(m, []))}
    assert not missing, f"imported at run time but not in binder/requirements.txt: {missing}"


def test_binder_installs_casebook_and_python_311():
    post_build = (ROOT / "binder" / "postBuild").read_text(encoding="utf-8")
    assert "pip install" in post_build and " ." in post_build
    assert (ROOT / "binder" / "runtime.txt").read_text().strip() == "python-3.11"
