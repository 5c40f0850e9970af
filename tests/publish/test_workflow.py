"""The GitHub Actions workflow builds strictly, runs the tests, and deploys _build/html to Pages."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "book.yml"


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _steps(job: dict) -> list[dict]:
    return job.get("steps", [])


def _uses(job: dict, action: str) -> list[dict]:
    return [s for s in _steps(job) if s.get("uses", "").split("@")[0] == action]


def _runs(job: dict) -> str:
    return "\n".join(s.get("run", "") for s in _steps(job))


def test_triggers_on_push_to_main():
    wf = _workflow()
    on = wf.get("on", wf.get(True))  # YAML 1.1 reads a bare `on` key as True
    assert "main" in on["push"]["branches"]


def test_build_job_installs_chromium_and_runs_the_strict_build_and_tests():
    build = _workflow()["jobs"]["build"]
    runs = _runs(build)
    if ".ci/run" in runs:  # the project's CI script installs the browser, then runs `make test`
        runs += (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"apt-get install[^\n]*", runs) and "chromium" in runs
    assert "make test" in runs
    # `make test` builds through scripts/book.py, whose flags make any warning an error.
    spec = importlib.util.spec_from_file_location("book_script", ROOT / "scripts" / "book.py")
    book = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(book)
    assert {"-W", "-n", "--keep-going"} <= set(book.FLAGS)
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_recipe = make.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "scripts/book.py" in test_recipe and "pytest" in test_recipe
    assert _uses(build, "actions/checkout")
    # Python 3.11: from Debian 12 (the container) or from actions/setup-python.
    python = _uses(build, "actions/setup-python")
    assert build.get("container") == "debian:12" or str(python[0]["with"]["python-version"]).startswith("3.11")


def test_the_built_html_is_uploaded_as_the_pages_artifact_after_the_tests():
    build = _workflow()["jobs"]["build"]
    steps = _steps(build)
    upload = _uses(build, "actions/upload-pages-artifact")
    assert len(upload) == 1 and upload[0]["with"]["path"] == "_build/html"
    test_index = next(i for i, s in enumerate(steps) if "make test" in s.get("run", "") or ".ci/run" in s.get("run", ""))
    assert steps.index(upload[0]) > test_index, "upload only what passed the tests"


def test_deploy_job_publishes_to_pages_only_from_main():
    deploy = _workflow()["jobs"]["deploy"]
    assert deploy["needs"] == "build" or "build" in deploy["needs"]
    assert _uses(deploy, "actions/deploy-pages")
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert "refs/heads/main" in deploy["if"] and "push" in deploy["if"]
