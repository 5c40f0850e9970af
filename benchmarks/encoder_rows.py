"""Rows for the encoder experiment: one per gold quotation of the corpus, with its candidates.

    python benchmarks/encoder_rows.py --root CHECKOUT --out ROWS.jsonl [--ids LO-HI] [--skip LO-HI]

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
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
CORPUS = HERE / "tests" / "corpus"
KEEP = 8          # candidates per quotation, nearest first
SIDE = 150        # characters kept at each end of a long quotation
LEFT, RIGHT = 900, 400  # characters of context kept before and after the quotation


def _ids(spec: str) -> tuple[int, int]:
    """``"1677-1871"`` as (1677, 1871); anything else is refused with the form to use."""
    match = re.fullmatch(r"(\d+)-(\d+)", spec.strip())
    if not match or int(match.group(1)) > int(match.group(2)):
        raise argparse.ArgumentTypeError(f"{spec!r} is not a range of story numbers; write LO-HI, e.g. 1677-1871")
    return int(match.group(1)), int(match.group(2))


def _number(story: str) -> int | None:
    match = re.match(r"t(\d+)-", story)
    return int(match.group(1)) if match else None


def story_rows(story: str, parse_text, scorer) -> list[dict]:
    import yaml

    text = (CORPUS / "stories" / f"{story}.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((CORPUS / "gold" / f"{story}.yaml").read_text(encoding="utf-8")) or {}
    article = parse_text(text, path=f"{story}.txt", annotations=None)
    speech = [q for q in scorer.locate(article, gold.get("quotes") or [])
              if q.get("kind") not in ("scare", "name", "gloss")]
    direct = [q for q in article.quotes if q.kind == "direct"]
    pairs = {id(item): quote for item, quote in scorer.match_quotes(direct, speech)}
    paragraphs = {p.number: p for p in article.paragraphs}
    named = [m for m in article.mentions if m.kind != "pronoun" and m.actor and m.paragraph > 0]
    every = [m for m in article.mentions if m.actor and m.paragraph > 0]
    display: dict[str, str] = {}
    for m in named:
        if len(m.text) > len(display.get(m.actor, "")):
            display[m.actor] = m.text
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
        here = paragraphs[quote.paragraph]
        before = paragraphs.get(quote.paragraph - 1)
        start = max(before.start if before is not None and quote.paragraph > 1 else here.start, quote.start - LEFT)
        end = min(here.end, quote.end + RIGHT)
        inside = text[quote.start:quote.end]
        if len(inside) > 2 * SIDE + 20:
            inside = inside[:SIDE] + " … " + inside[-SIDE:]
        left, right = text[start:quote.start], text[quote.end:end]
        body = left + "<< " + inside + " >>" + right

        def place(m) -> tuple[int, int] | None:
            if start <= m.start and m.end <= quote.start:
                return m.start - start, m.end - start
            if quote.end <= m.start and m.end <= end:
                shift = len(left) + 3 + len(inside) + 3 - quote.end
                return m.start + shift, m.end + shift
            return None

        in_window = {m.actor for m in named if place(m) is not None}
        last: dict[str, int] = {}
        for m in every:
            if m.start < quote.end or m.actor in in_window:
                if m.actor in display:
                    last[m.actor] = max(last.get(m.actor, -1), m.start if m.start < quote.end else quote.end)
        actors = sorted(last, key=lambda a: -last[a])[:KEEP]
        header, spans = "speakers?", {}
        for actor in actors:
            header += " "
            spans[actor] = [(len(header), len(header) + len(display[actor]))]
            header += display[actor] + " ;"
        header += "\n"
        for m in every:
            if m.actor in spans and (at := place(m)) is not None:
                spans[m.actor].append((at[0] + len(header), at[1] + len(header)))
        row["window"] = header + body
        row["candidates"] = [{
            "actor": actor, "name": display[actor], "spans": spans[actor],
            "right": bool(scorer.same_speaker(want, scorer.fold_name(display[actor]))
                          or (quote.speaker_actor == actor and row["rules_right"] and want is not None)),
        } for actor in actors]
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=HERE, help="the checkout whose parser reads the stories")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--ids", type=_ids, help="only held-out ids tLO-tHI (numbers), e.g. 1677-1871")
    parser.add_argument("--skip", type=_ids, help="leave out ids tLO-tHI (numbers)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.root.resolve()))
    from casebook.io import corpus as scorer
    from casebook.parse import parse_text

    only, skip = args.ids, args.skip
    split = scorer.load_split(CORPUS)
    stories = [s for part in ("dev", "test") for s in split[part]]
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
            for row in story_rows(story, parse_text, scorer):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(args.out)
    print(f"{len(chosen)} stories -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
