"""Rows for the encoder experiment: one per gold quotation of the corpus, with its candidates.

    python benchmarks/encoder_rows.py --root CHECKOUT --out ROWS.jsonl [--part dev|test|all] [--ids LO-HI] [--skip LO-HI]

An experiment, not part of the parser (``docs/decisions.md``, issue 9, fifty-second round;
``benchmarks/encoder_experiment.py`` trains and scores on these rows). ``--root`` is the
checkout whose parser reads the stories (so that stories held out from a parser are read by
that parser, not by a later one that studied them); the gold and the stories come from this
checkout's ``tests/corpus``.

For each gold quotation (speech only; scare quotes, names and glosses are left out):

- ``found``: whether the parser finds it as a direct quotation (pairs made as ``casebook
  score`` makes them); a quotation it does not find counts as a miss for every method;
- ``want``: the gold speaker, folded as the scorer folds it (``None``: the story names no one);
- ``rules`` / ``rules_right``: the parser's own speaker and whether the scorer counts it right;
- ``window``: the text a model reads: a line naming the candidates, then the quotation's
  paragraph and the one before it, with the quotation between ``<<`` and ``>>`` (a long
  quotation keeps its first and last 150 characters);
- ``candidates``: every actor the parser names (not by pronoun) before the quotation ends or
  inside the window, the nearest eight; each with its character spans in ``window`` (its
  place in the candidates line, and its mentions in the window, pronouns the parser resolved
  to it included) and ``right``, whether the scorer would count it as the speaker.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
CORPUS = HERE / "tests" / "corpus"


def _ids(spec: str) -> tuple[int, int]:
    """``"1677-1871"`` as (1677, 1871); anything else is refused with the form to use."""
    match = re.fullmatch(r"(\d+)-(\d+)", spec.strip())
    if not match or int(match.group(1)) > int(match.group(2)):
        raise argparse.ArgumentTypeError(f"{spec!r} is not a range of story numbers; write LO-HI, e.g. 1677-1871")
    return int(match.group(1)), int(match.group(2))


def _number(story: str) -> int | None:
    match = re.match(r"t(\d+)-", story)
    return int(match.group(1)) if match else None


def story_rows(story: str, parse_text, scorer, speaker_windows) -> list[dict]:
    import yaml

    text = (CORPUS / "stories" / f"{story}.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((CORPUS / "gold" / f"{story}.yaml").read_text(encoding="utf-8")) or {}
    article = parse_text(text, path=f"{story}.txt", annotations=None)
    speech = [q for q in scorer.locate(article, gold.get("quotes") or [])
              if q.get("kind") not in ("scare", "name", "gloss")]
    direct = [q for q in article.quotes if q.kind == "direct"]
    pairs = {id(item): quote for item, quote in scorer.match_quotes(direct, speech)}
    windows = {id(w.quote): w for w in speaker_windows(article, list(pairs.values()))}
    rows = []
    for item in speech:
        want = scorer.fold_name(item.get("speaker"))
        quote = pairs.get(id(item))
        row = {"story": story, "paragraph": item["paragraph"], "want": want, "found": quote is not None}
        if quote is None:
            rows.append(row)
            continue
        got = scorer.fold_name(scorer.said_speaker(quote))
        row.update(rules=got, rules_right=scorer.same_speaker(want, got), structure=quote.structure)
        window = windows[id(quote)]
        row["window"] = window.text
        row["candidates"] = [{
            "actor": c.actor, "name": c.name, "spans": [list(s) for s in c.spans],
            "right": bool(scorer.same_speaker(want, scorer.fold_name(c.name))
                          or (quote.speaker_actor == c.actor and row["rules_right"] and want is not None)),
        } for c in window.candidates]
        rows.append(row)
    return rows


def _windows_module():
    """This checkout's :mod:`casebook.learned.windows`, whichever checkout's parser reads the stories."""
    spec = importlib.util.spec_from_file_location("_speaker_windows", HERE / "casebook" / "learned" / "windows.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=HERE, help="the checkout whose parser reads the stories")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--ids", type=_ids, help="only held-out ids tLO-tHI (numbers), e.g. 1677-1871")
    parser.add_argument("--skip", type=_ids, help="leave out ids tLO-tHI (numbers)")
    parser.add_argument("--part", choices=("dev", "test", "all"), default="all",
                        help="which part of split.yaml to read (default: all)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.root.resolve()))
    from casebook.io import corpus as scorer
    from casebook.parse import parse_text

    windows = _windows_module().speaker_windows

    only, skip = args.ids, args.skip
    split = scorer.load_split(CORPUS)
    stories = [s for part in ("dev", "test") if args.part in (part, "all") for s in split[part]]
    chosen = []
    for story in stories:
        number = _number(story)
        if only and not (number is not None and only[0] <= number <= only[1]):
            continue
        if skip and number is not None and skip[0] <= number <= skip[1]:
            continue
        chosen.append(story)
    tmp = args.out.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as out:
        for story in chosen:
            for row in story_rows(story, parse_text, scorer, windows):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(args.out)
    print(f"{len(chosen)} stories -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
