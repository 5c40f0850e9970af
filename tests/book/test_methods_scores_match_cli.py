"""The Methods chapter's scores, as the executed notebook shows them, equal what
`python -m casebook score` prints (corpus) and what `casebook.io.score_article` gives (article)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from casebook.io import score_article
from casebook.knowledge import load_case

ROOT = Path(__file__).resolve().parents[2]
CHAPTER = ROOT / "chapters" / "methods.ipynb"
ROW = re.compile(r'<td data-label="layer">([^<]+)</td><td data-label="right">(\d+)</td>'
                 r'<td data-label="predicted">(\d+)</td><td data-label="gold">(\d+)</td>'
                 r'<td data-label="precision">([\d.]+%)</td><td data-label="recall">([\d.]+%)</td>')
CLI_ROW = re.compile(r"^\s+(.+?)\s+P\s+([\d.]+%)\s+R\s+([\d.]+%)\s+\(right (\d+), predicted (\d+), gold (\d+)\)$", re.M)


def cli_rows(printed: str) -> list[tuple[str, ...]]:
    """``(layer, right, predicted, gold, precision, recall)`` from the command's report."""
    return [(layer, right, predicted, gold, p, r) for layer, p, r, right, predicted, gold in CLI_ROW.findall(printed)]


def chapter_rows(html: str) -> list[tuple[str, ...]]:
    return ROW.findall(html)


def test_the_row_readers_agree_on_an_example() -> None:
    printed = "part test: 1 stories\n  quotes found  P 100.0%  R  89.7%   (right 26, predicted 26, gold 29)\n"
    html = ('<td data-label="layer">quotes found</td><td data-label="right">26</td><td data-label="predicted">26'
            '</td><td data-label="gold">29</td><td data-label="precision">100.0%</td><td data-label="recall">89.7%</td>')
    assert cli_rows(printed) == chapter_rows(html) == [("quotes found", "26", "26", "29", "100.0%", "89.7%")]


@pytest.fixture(scope="module")
def executed() -> nbformat.NotebookNode:
    from nbclient import NotebookClient

    nb = nbformat.read(CHAPTER, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(CHAPTER.parent)}}).execute()
    return nb


def _table(nb: nbformat.NotebookNode, caption_start: str) -> str:
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html", "")
            if f"<caption>{caption_start}" in html:
                return html
    raise AssertionError(f"no table whose caption starts {caption_start!r}")


def _glued(nb: nbformat.NotebookNode, name: str) -> str:
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            record = output.get("metadata", {}).get("scrapbook", {})
            if record.get("name") == name:
                data = output["data"]
                markdown = data.get(record["mime_prefix"] + "text/markdown")
                return str(markdown if markdown is not None else data[record["mime_prefix"] + "text/plain"])
    raise AssertionError(f"nothing glued as {name!r}")


@pytest.mark.notebooks
@pytest.mark.parametrize("part, caption", [("test", "Table 11."), ("dev", "Table 12.")])
def test_the_chapter_shows_what_casebook_score_prints(executed, run_casebook, part: str, caption: str) -> None:
    result = run_casebook("score", "tests/corpus", "--part", part, "--no-misses")
    assert result.returncode == 0, result.stderr
    printed = cli_rows(result.stdout)
    assert printed, result.stdout
    assert chapter_rows(_table(executed, caption)) == printed
    if part == "test":
        wrong, unknown = re.search(r"speakers wrong (\d+), said unknown (\d+)", result.stdout).groups()
        assert (_glued(executed, "test_wrong"), _glued(executed, "test_unknown")) == (wrong, unknown)
        recall = {row[0]: row[5] for row in printed}
        assert _glued(executed, "test_found") == recall["quotes found"]
        assert _glued(executed, "test_speaker") == recall["speaker"]
        assert _glued(executed, "test_dates") == recall["date value"]


@pytest.mark.notebooks
def test_the_chapter_shows_the_article_scores(executed) -> None:
    case = load_case("reuters-2018-01-15", root=ROOT)
    gold = json.loads((ROOT / "tests" / "gold" / "reuters-2018-01-15.json").read_text(encoding="utf-8"))
    html = _table(executed, "Table 10.")
    for layer, score in score_article(case.article, gold).items():
        assert (f'<td data-label="layer">{layer}</td><td data-label="right (tp)">{score.tp}</td>'
                f'<td data-label="spurious (fp)">{score.fp}</td><td data-label="missed (fn)">{score.fn}</td>') in html


@pytest.mark.notebooks
def test_the_chapter_never_prints_the_test_parts_text(executed) -> None:
    """No sentence of a test story appears in any output (the test part is scored, not read)."""
    import yaml

    corpus = ROOT / "tests" / "corpus"
    test_ids = yaml.safe_load((corpus / "split.yaml").read_text(encoding="utf-8"))["test"]
    outputs = "\n".join(json.dumps(o.get("data", {}), ensure_ascii=False) + o.get("text", "")
                        for c in executed.cells for o in c.get("outputs", []))
    for story in test_ids:
        body = (corpus / "stories" / f"{story}.txt").read_text(encoding="utf-8").split("\n", 2)[2]
        for paragraph in body.split("\n\n"):
            words = paragraph.split()
            for i in range(0, max(len(words) - 8, 1), 8):
                assert " ".join(words[i:i + 8]) not in outputs, f"text of {story} shown"
