"""Well-formedness of the real-news development corpus (plain Python + PyYAML).

Checks files only; it never imports casebook and never parses a story.
"""
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
HEADER = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ([^,]+), ([^a-z]+)$")
VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TOPICS = {"elections", "courts", "protests", "politics", "diplomacy"}


def story_paragraphs(path):
    """Return (header, [paragraph, ...]) for a story file."""
    text = path.read_text(encoding="utf-8")
    header, sep, body = text.partition("\n\n")
    assert sep, f"{path.name}: no blank line after the header"
    paras = [p for p in body.rstrip("\n").split("\n\n")]
    return header, paras


def load_all():
    stories = {p.stem: p for p in sorted((HERE / "stories").glob("*.txt"))}
    golds = {p.stem: p for p in sorted((HERE / "gold").glob("*.yaml"))}
    return stories, golds


def corpus_figures():
    stories, golds = load_all()
    outlets, countries, nq, nt = set(), set(), 0, 0
    for sid, gp in golds.items():
        g = yaml.safe_load(gp.read_text(encoding="utf-8"))
        outlets.add(g["outlet"])
        countries.add(g["country"])
        nq += len(g.get("quotes") or [])
        nt += len(g.get("timexes") or [])
    split = yaml.safe_load((HERE / "split.yaml").read_text(encoding="utf-8"))
    return dict(stories=len(stories), outlets=len(outlets), countries=len(countries),
                quotes=nq, timexes=nt, dev=len(split["dev"]), test=len(split["test"]))


def test_corpus_is_well_formed():
    stories, golds = load_all()
    assert set(stories) == set(golds), (
        f"story without gold: {sorted(set(stories) - set(golds))}; "
        f"gold without story: {sorted(set(golds) - set(stories))}")
    problems = []
    outlets, countries = set(), set()
    for sid, sp in stories.items():
        header, paras = story_paragraphs(sp)
        m = HEADER.match(header)
        if not m:
            problems.append(f"{sid}: bad header {header!r}")
            continue
        if not 3 <= len(paras) <= 8:
            problems.append(f"{sid}: {len(paras)} paragraphs (want 3-8)")
        if any(not p.strip() or "\n" in p for p in paras):
            problems.append(f"{sid}: empty paragraph or line break inside a paragraph")
        g = yaml.safe_load(golds[sid].read_text(encoding="utf-8"))
        for key in ("url", "outlet", "country", "published", "topic"):
            if not g.get(key):
                problems.append(f"{sid}: gold lacks {key}")
        if str(g.get("published")) != m.group(1):
            problems.append(f"{sid}: header date {m.group(1)} != published {g.get('published')}")
        if g.get("topic") not in TOPICS:
            problems.append(f"{sid}: topic {g.get('topic')!r}")
        outlets.add(g.get("outlet"))
        countries.add(g.get("country"))
        for kind in ("quotes", "timexes"):
            for item in g.get(kind) or []:
                n = item.get("paragraph")
                if not isinstance(n, int) or not 1 <= n <= len(paras):
                    problems.append(f"{sid}: {kind} paragraph {n!r} out of range")
                    continue
                if item["text"] not in paras[n - 1]:
                    problems.append(f"{sid}: {kind} text not in paragraph {n}: {item['text'][:60]!r}")
                if kind == "quotes":
                    for key in ("speaker", "cue"):
                        if key not in item:
                            problems.append(f"{sid}: quote lacks {key}")
                elif not VALUE.match(str(item.get("value"))):
                    problems.append(f"{sid}: bad value {item.get('value')!r}")
    assert not problems, "\n".join(problems)

    split = yaml.safe_load((HERE / "split.yaml").read_text(encoding="utf-8"))
    listed = list(split["dev"]) + list(split["test"])
    assert sorted(listed) == sorted(stories), "split must list every id exactly once"
    assert len(stories) >= 40, len(stories)
    assert len(outlets) >= 15, len(outlets)
    assert len(countries) >= 10, len(countries)
    assert len(split["test"]) >= 15, len(split["test"])


if __name__ == "__main__":
    for k, v in corpus_figures().items():
        print(f"{k}: {v}")
