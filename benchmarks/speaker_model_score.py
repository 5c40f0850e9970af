"""The rules against the rules with the optional speaker model, on a part of the corpus.

    python benchmarks/speaker_model_score.py --part test --json benchmarks/results/speaker_model-YYYY-MM-DD.json

Scores the part twice with ``casebook.io.score_corpus``: the parser alone, then with
:meth:`casebook.learned.SpeakerModel.fill` (the shipped model, or ``--model FOLDER``). Also counts,
descriptively, what the override policy would do (the model overruling a speaker the rules named
when it picks another candidate with probability ``--threshold`` or more): how often the model
would then be right and the rules wrong, and the reverse. The Methods chapter reads the newest
file (``casebook.book.speaker_model_rows``). Issue 9, fifty-third and fifty-fourth rounds.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE))


def _commit() -> str | None:
    done = subprocess.run(["git", "-C", str(HERE), "rev-parse", "--short=8", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip() or None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--model", type=Path, help="the model's folder (default: the shipped one)")
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--json", type=Path, required=True)
    args = parser.parse_args(argv)

    import yaml

    from casebook.io.corpus import CorpusScore, score_story, story_ids
    from casebook.io.fileio import atomic_write_text
    from casebook.learned import load_speaker_model, named_by
    from casebook.parse import parse_text

    corpus = HERE / "tests" / "corpus"
    model = load_speaker_model(args.model)
    stories = story_ids(corpus, args.part)
    report: dict = {"part": args.part, "stories": len(stories), "commit": _commit(),
                    "model": json.loads((model.folder / "model.json").read_text(encoding="utf-8"))["files"]}
    override = {"threshold": args.threshold, "cases": 0, "model_right_rules_wrong": 0,
                "rules_right_model_wrong": 0, "no_change": 0}
    scores: dict[str, list] = {"rules": [], "rules + speaker model": []}
    for story in stories:  # each story parsed once, then scored three ways
        text = (corpus / "stories" / f"{story}.txt").read_text(encoding="utf-8")
        gold = yaml.safe_load((corpus / "gold" / f"{story}.yaml").read_text(encoding="utf-8")) or {}
        article = parse_text(text, path=f"{story}.txt", annotations=None)
        rules = score_story(story, article, gold)
        scores["rules"].append(rules)
        scores["rules + speaker model"].append(score_story(story, model.fill(article), gold))
        for guess in model.overrule(article, args.threshold):
            changed = dataclasses.replace(article, quotes=tuple(
                named_by(q, guess, article) if q is guess.quote else q for q in article.quotes))
            delta = score_story(story, changed, gold).tallies["speaker"].right - rules.tallies["speaker"].right
            override["cases"] += 1
            override["model_right_rules_wrong" if delta > 0 else "rules_right_model_wrong" if delta < 0 else "no_change"] += 1
    for label, stories_scored in scores.items():
        score = CorpusScore(args.part, stories_scored)
        report[label] = {"layers": {layer: {"right": t.right, "predicted": t.predicted, "gold": t.gold}
                                    for layer, t in score.tallies.items()},
                         "wrong_speakers": score.wrong_speakers, "unknown_speakers": score.unknown_speakers}
    report["override"] = override
    atomic_write_text(args.json, json.dumps(report, indent=2) + "\n")
    print(json.dumps({k: report[k] for k in ("part", "stories", "override")}))
    for label in ("rules", "rules + speaker model"):
        print(label, report[label]["layers"]["speaker"], "wrong", report[label]["wrong_speakers"],
              "unknown", report[label]["unknown_speakers"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
