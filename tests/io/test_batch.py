"""Many stories at once (`parse DIR --format jsonl`): order, error lines, exit status,
bounded work in flight, flat memory, and the Dask recipe giving the same bytes."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebook.io.batch import (CHUNK, IN_FLIGHT_PER_JOB, ParseOptions, Story, dask_story_bag, find_stories,
                               parse_lines, story_line)

ROOT = Path(__file__).resolve().parents[2]
STORY = (ROOT / "tests" / "fixtures" / "other-story.txt").read_text(encoding="utf-8")
LAYERS = {"header", "paragraphs", "sentences", "mentions", "quotes", "timexes"}
NONE = ParseOptions(annotations="none")


def corpus(folder: Path, count: int, *, bad: bool = False) -> Path:
    """``count`` variants of the fixture story (different days, so the lines differ), in two
    sub-folders; with ``bad``, an empty file and a file with no header line as well."""
    for i in range(count):
        day = 1 + i % 28
        text = STORY.replace("2022-09-10", f"2022-09-{day:02d}").replace("31 of the 120", f"{i} of the 120")
        path = folder / ("b" if i % 2 else "a") / f"story{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if bad:
        (folder / "a" / "empty.txt").write_text("", encoding="utf-8")
        (folder / "b" / "headless.txt").write_text("Jane Doe said on Sunday that it rained.", encoding="utf-8")
    return folder


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "casebook", *args], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


def test_one_line_per_story_in_input_order_and_error_lines(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "stories", 30, bad=True)
    result = run("parse", str(folder), "--format", "jsonl", "--jobs", "2", "--annotations", "none")
    lines = result.stdout.splitlines()
    expected = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.txt"))
    records = [json.loads(line) for line in lines]
    assert [r["file"] for r in records] == expected
    errors = {r["file"]: r["error"] for r in records if "error" in r}
    assert set(errors) == {"a/empty.txt", "b/headless.txt"}
    assert all(set(r) == {"file", "error"} for r in records if "error" in r)
    assert "empty.txt" in errors["a/empty.txt"] and "Fix:" in errors["a/empty.txt"]
    assert "headless.txt" in errors["b/headless.txt"] and "--date" in errors["b/headless.txt"]
    assert result.returncode == 2, result.stderr  # the exit status counts the failed stories
    assert "2 of 32 stories failed" in result.stderr and "Traceback" not in result.stderr
    good = [r for r in records if "error" not in r]
    assert len(good) == 30 and all(LAYERS | {"file", "warnings"} == set(r) for r in good)
    text = (folder / good[3]["file"]).read_text(encoding="utf-8")
    number = int(good[3]["file"].split("story")[1][:5])
    assert good[3]["header"]["date"] == f"2022-09-{1 + number % 28:02d}"
    for layer in LAYERS - {"header"}:
        assert all(text[i["start"]:i["end"]] == i["text"] for i in good[3][layer]), layer


def test_every_line_is_the_article_json_plus_the_file_name(tmp_path: Path) -> None:
    source = ROOT / "data" / "source" / "reuters-2018-01-15.txt"
    single = json.loads(run("parse", str(source), "--format", "json").stdout)
    line = json.loads(run("parse", str(source), "--format", "jsonl").stdout)
    assert line.pop("file") == source.name and line.pop("warnings") == []
    assert line == single  # annotations are discovered as for one file


def test_one_process_and_a_pool_write_the_same_bytes(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "stories", 50, bad=True)
    one = run("parse", str(folder), "--format", "jsonl", "--jobs", "1", "--annotations", "none")
    pool = run("parse", str(folder), "--format", "jsonl", "--jobs", "3", "--annotations", "none")
    assert one.returncode == pool.returncode == 2
    assert one.stdout == pool.stdout and len(one.stdout.splitlines()) == 52


def test_a_folder_needs_jsonl_and_jobs_must_be_a_count(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "stories", 2)
    table = run("parse", str(folder))
    assert table.returncode == 1 and "Fix: add `--format jsonl`" in table.stderr
    assert run("parse", str(folder), "--format", "jsonl", "--jobs", "0").returncode == 2
    missing = run("parse", str(tmp_path / "nowhere"), "--format", "jsonl")
    assert missing.returncode == 1 and "not a folder" in missing.stderr
    broken = tmp_path / "annotations"
    broken.mkdir()
    (broken / "actors.yaml").write_text("actors: [\n", encoding="utf-8")
    stopped = run("parse", str(folder), "--format", "jsonl", "--annotations", str(broken))
    assert stopped.returncode == 1 and stopped.stdout == "" and "actors.yaml:" in stopped.stderr


def test_work_in_flight_is_bounded() -> None:
    """The pool takes stories from the input only as lines go out: when the first line is
    yielded, at most (jobs × IN_FLIGHT_PER_JOB + 1) chunks have been read from the input."""
    taken = 0
    path = str(ROOT / "tests" / "fixtures" / "other-story.txt")

    def stories() -> Iterator[Story]:
        nonlocal taken
        for i in range(10_000):
            taken += 1
            yield Story(path, f"s{i}.txt")

    lines = parse_lines(stories(), NONE, jobs=2, chunk=4)
    first = next(lines)
    assert json.loads(first)["file"] == "s0.txt"
    assert taken <= (2 * IN_FLIGHT_PER_JOB + 1) * 4, taken
    lines.close()  # shuts the pool down


MEASURE = textwrap.dedent("""
    import os, resource, sys
    from casebook.io.batch import ParseOptions, write_jsonl
    with open(os.devnull, "w", encoding="utf-8") as out:
        total, failed = write_jsonl(sys.argv[1], out, ParseOptions(annotations="none"), int(sys.argv[2]))
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(total, failed, me, workers)
""")


def peak_rss_kib(folder: Path, jobs: int) -> tuple[int, int]:
    """Peak RSS (KiB) of the main process and of the largest worker, over one run."""
    result = subprocess.run([sys.executable, "-c", MEASURE, str(folder), str(jobs)], capture_output=True,
                            text=True, timeout=600, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    total, failed, me, workers = map(int, result.stdout.split())
    assert failed == 0 and total == sum(1 for _ in folder.rglob("*.txt"))
    return me, workers


@pytest.mark.parametrize("jobs", [1, 2])
def test_memory_stays_flat_from_500_to_3000_stories(tmp_path: Path, jobs: int) -> None:
    small = corpus(tmp_path / "small", 500)
    large = corpus(tmp_path / "large", 3000)
    me_small, workers_small = peak_rss_kib(small, jobs)
    me_large, workers_large = peak_rss_kib(large, jobs)
    # Holding every line would add about 3000 × 14 kB = 40 MB; allow 8 MB of allocator noise.
    limit = 8 * 1024
    assert me_large - me_small < limit, (me_small, me_large)
    if jobs > 1:
        assert workers_large - workers_small < limit, (workers_small, workers_large)


def test_the_dask_recipe_gives_the_pools_bytes(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "stories", 60, bad=True)
    pool = run("parse", str(folder), "--format", "jsonl", "--jobs", "2", "--annotations", "none")
    assert pool.returncode == 2
    for scheduler in ("synchronous", "processes"):
        lines = dask_story_bag(folder, NONE, npartitions=5).compute(scheduler=scheduler)
        assert "".join(line + "\n" for line in lines).encode() == pool.stdout.encode(), scheduler


def test_stories_are_found_at_any_depth_in_a_stable_order(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "stories", 5)
    (folder / "notes.md").write_text("not a story", encoding="utf-8")
    assert [s.name for s in find_stories(folder)] == [
        "a/story00000.txt", "a/story00002.txt", "a/story00004.txt", "b/story00001.txt", "b/story00003.txt"]
    assert CHUNK >= 1


def test_a_story_line_never_raises(tmp_path: Path) -> None:
    line = json.loads(story_line(Story(str(tmp_path / "gone.txt"), "gone.txt"), NONE))
    assert line["file"] == "gone.txt" and "gone.txt" in line["error"]
