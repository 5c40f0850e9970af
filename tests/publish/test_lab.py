"""`make lab` starts JupyterLab on the chapters, and every chapter runs in its live kernel.

The test starts the real `make lab` target (with --no-browser, a token and a free
port on 127.0.0.1 passed through LAB_FLAGS), opens each chapter of the table of
contents through the server's REST API, starts a kernel the way JupyterLab does
(a session for the notebook), runs every code cell over the kernel's websocket,
and then drives the live explorers: each text box whose Python observer renders a
result (``live_search``, ``live_answer_check``) gets a value, and its result must
change. Chapters that call ``in_static_build()`` show such widgets only in a
running kernel, so each of them must have at least one.
"""
from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from colab_setup import chapter_notebooks  # noqa: E402

pytestmark = pytest.mark.notebooks

# Runs in the kernel after the chapter: type a query into every live text box and
# report the rendered result before and after. Prints one JSON line.
PROBE = r'''
import json as _json
import ipywidgets as _w
from ipywidgets.widgets.widget import _instances as _all_widgets
_report = []
for _box in list(_all_widgets.values()):
    if isinstance(_box, _w.VBox) and "casebook-search" in _box._dom_classes:
        _texts = [c for c in _box.children if isinstance(c, _w.Text)]
        _result = [c for c in _box.children if isinstance(c, _w.HTML)][-1]
        _before = _result.value
        _texts[-1].value = "Sokha"
        _report.append({"before": _before[:200], "after": _result.value[:200],
                        "changed": _result.value != _before})
print("PROBE " + _json.dumps(_report))
'''


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    def __init__(self, port: int, token: str):
        self.base = f"http://127.0.0.1:{port}"
        self.token = token

    def api(self, method: str, path: str, body: dict | None = None) -> dict | None:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"{self.base}{path}", data=data, method=method,
                                     headers={"Authorization": f"token {self.token}",
                                              "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    port, token = _free_port(), secrets.token_hex(16)
    runtime = tmp_path_factory.mktemp("jupyter-runtime")
    flags = f"--no-browser --ip=127.0.0.1 --port={port} --IdentityProvider.token={token} --ServerApp.port_retries=0"
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(runtime)}
    env.pop("CASEBOOK_STATIC_BUILD", None)
    log = open(runtime / "lab.log", "w+")
    proc = subprocess.Popen(["make", "--no-print-directory", "lab", f"LAB_FLAGS={flags}"], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    server = Lab(port, token)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                server.api("GET", "/api/status")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"`make lab` did not start (exit {proc.poll()}):\n{log.read()[-3000:]}")
                time.sleep(0.5)
        yield server
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def _execute(ws, session_id: str, code: str, timeout: float = 300) -> tuple[str, list[dict]]:
    """Run ``code`` in the kernel; return the reply status and the iopub outputs."""
    msg_id = uuid.uuid4().hex
    ws.send(json.dumps({
        "header": {"msg_id": msg_id, "username": "test", "session": session_id,
                   "msg_type": "execute_request", "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True},
    }))
    status, outputs, idle = None, [], False
    deadline = time.monotonic() + timeout
    while status is None or not idle:
        ws.settimeout(max(1.0, deadline - time.monotonic()))
        msg = json.loads(ws.recv())
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        if msg["channel"] == "shell" and kind == "execute_reply":
            status = msg["content"]["status"]
        elif kind == "status" and msg["content"]["execution_state"] == "idle":
            idle = True
        elif kind in ("stream", "error", "display_data", "execute_result"):
            outputs.append({"type": kind, **msg["content"]})
    return status, outputs


CHAPTERS = [p.relative_to(ROOT / "chapters").as_posix() for p in chapter_notebooks(ROOT)]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_runs_in_the_lab_kernel_and_its_live_explorers_respond(lab: Lab, chapter: str):
    import websocket

    model = lab.api("GET", f"/api/contents/{chapter}?content=1&type=notebook")
    cells = [c for c in model["content"]["cells"] if c["cell_type"] == "code"]
    assert cells, f"{chapter}: no code cell"
    session = lab.api("POST", "/api/sessions", {"path": chapter, "type": "notebook", "name": chapter,
                                                "kernel": {"name": "python3"}})
    try:
        kernel = session["kernel"]["id"]
        ws = websocket.create_connection(
            f"ws://127.0.0.1:{lab.base.rsplit(':', 1)[1]}/api/kernels/{kernel}/channels?token={lab.token}",
            timeout=60)
        try:
            started = time.perf_counter()
            for i, cell in enumerate(cells):
                status, outputs = _execute(ws, session["id"], "".join(cell["source"]))
                errors = [o for o in outputs if o["type"] == "error"]
                stderr = [o["text"] for o in outputs if o["type"] == "stream" and o["name"] == "stderr"]
                assert status == "ok" and not errors, f"{chapter} code cell {i}: {errors}"
                assert not stderr, f"{chapter} code cell {i} wrote to stderr: {stderr}"
            status, outputs = _execute(ws, session["id"], PROBE)
            print(f"{chapter}: {len(cells)} code cells in {time.perf_counter() - started:.1f} s")
        finally:
            ws.close()
    finally:
        lab.api("DELETE", f"/api/sessions/{session['id']}")
    assert status == "ok", outputs
    line = next(o["text"] for o in outputs if o["type"] == "stream" and o["text"].startswith("PROBE "))
    report = json.loads(line.removeprefix("PROBE ").strip())
    source = "".join("".join(c["source"]) for c in cells)
    if "in_static_build()" in source:
        assert report, f"{chapter}: live widgets are expected in a kernel, none found"
    for widget in report:
        assert widget["changed"], f"{chapter}: a live widget did not update its result: {widget}"
