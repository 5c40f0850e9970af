"""Would a learned tie-breaker name more speakers right than the rules? Cross-validated on dev.

    python benchmarks/tiebreak_experiment.py [--folds 5] [--json PATH]

An experiment, not part of the parser (``docs/decisions.md``, issue 9, ninth round). For
every gold quotation of the corpus's **dev** part that the parser finds, the candidates
are the actors the story has named (not by pronoun) before the quotation ends; each
(quotation, candidate) pair gets a few general features that any news story has:

- whether the rules chose this candidate, and whether they said "unknown";
- the candidate's distance back from the quotation (characters, and paragraphs);
- how often it has been named, and how often the rules made it a speaker before;
- whether it was the speaker of the quotation just before;
- whether a speech cue follows one of its mentions within 30 characters;
- its type (person, organisation, place, unknown) and whether its name has two words;
- whether it is named after the quotation's opening mark in the same paragraph.

A logistic regression (scikit-learn) scores the pairs; for each quotation the
best-scored candidate is the learned answer, or "unknown" when no candidate scores
above a threshold chosen on the training folds. Folds are whole stories (grouped), so
no story is both trained on and scored. Three figures are reported on the held-out
folds, against the same gold and the same matching rule as ``python -m casebook
score``: the rules alone, the model alone, and the model used only where the rules
say "unknown" (a tie-breaker that never overrides a named speaker).

The test part is never read here. Needs the optional libraries
(``pip install '.[compare]'``: scikit-learn and numpy).
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from casebook.io.corpus import fold_name, locate, match_quotes, same_speaker, story_ids  # noqa: E402
from casebook.parse import parse_text  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
_CUE_AFTER = re.compile(r"\W{0,3}\s*(?:\w+\s+){0,2}(?:said|says|told|added|stressed|noted|warned|explained)\b")
FEATURES = ("rule_pick", "rule_unknown", "log_chars_back", "paragraphs_back", "log_mentions", "spoke_before",
            "previous_speaker", "cue_after_name", "person", "organisation", "place", "two_words", "named_after_open",
            "same_sentence", "opens_sentence", "last_named_person",
            # added in the fortieth round (2026-12-02): where the candidate stands in the quotation's sentence
            # and the one before, what came between, and the quotation's own shape
            "first_in_sentence", "subject_before", "log_others_since", "pronoun_since", "opens_paragraph",
            "mid_sentence", "log_quote_words", "no_cue", "no_cue_x_previous_speaker", "no_cue_x_subject_before",
            "no_cue_x_last_named_person", "no_cue_x_first_in_sentence")
# The tie-breaker model leaves out the rules' own verdict: it must rank candidates where the rules found none.
LEARNED = tuple(i for i, f in enumerate(FEATURES) if f not in ("rule_pick", "rule_unknown"))


def _display(mentions) -> str:
    return max((m.text for m in mentions), key=len)


def story_rows(story: str):
    """(quotation key, candidate display, features, is_right, gold_is_none) for one dev story."""
    text = (CORPUS / "stories" / f"{story}.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((CORPUS / "gold" / f"{story}.yaml").read_text(encoding="utf-8")) or {}
    article = parse_text(text, path=story, annotations=None)
    speech = [q for q in locate(article, gold.get("quotes") or []) if q.get("kind") not in ("scare", "name", "gloss")]
    direct = [q for q in article.quotes if q.kind == "direct"]
    named = [m for m in article.mentions if m.kind != "pronoun" and m.actor and m.paragraph > 0]
    by_actor: dict[str, list] = {}
    for m in named:
        by_actor.setdefault(m.actor, []).append(m)
    rows = []
    ordered = sorted(direct, key=lambda q: q.start)
    for item, quote in match_quotes(direct, speech):
        want = fold_name(item.get("speaker"))
        position = ordered.index(quote)
        previous = ordered[position - 1].speaker_actor if position else None
        spoke = {}
        for earlier in ordered[:position]:
            if earlier.speaker_actor:
                spoke[earlier.speaker_actor] = spoke.get(earlier.speaker_actor, 0) + 1
        sentence = next((x for x in article.sentences if x.start <= quote.start < x.end), None)
        people = [m for m in named if m.start < quote.start and m.actor_type == "person"]
        index = article.sentences.index(sentence) if sentence is not None else -1
        earlier_sentence = article.sentences[index - 1] if index > 0 else None
        first_here = next((m for m in named if sentence is not None and sentence.start <= m.start < quote.start), None)
        first_before = next((m for m in named if earlier_sentence is not None
                             and earlier_sentence.start <= m.start < earlier_sentence.end), None)
        opens = text[text.rfind("\n", 0, quote.start) + 1 : quote.start].strip(" “\"'‘«") == ""
        mid = sentence is not None and text[sentence.start : quote.start].strip(" “\"'‘«") != ""
        pronouns = [m for m in article.mentions if m.kind == "pronoun" and m.start < quote.start]
        last_person = people[-1].actor if people else None
        for actor, mentions in by_actor.items():
            before = [m for m in mentions if m.start < quote.end]
            if not before:
                continue
            last = max(before, key=lambda m: m.start)
            types = {m.actor_type for m in mentions}
            features = {
                "rule_pick": float(quote.speaker_actor == actor),
                "rule_unknown": float(quote.speaker is None),
                "log_chars_back": math.log1p(max(0, quote.start - last.end)),
                "paragraphs_back": float(max(0, quote.paragraph - last.paragraph)),
                "log_mentions": math.log1p(len(before)),
                "spoke_before": math.log1p(spoke.get(actor, 0)),
                "previous_speaker": float(previous == actor),
                "cue_after_name": float(any(_CUE_AFTER.match(text, m.end) for m in before)),
                "person": float("person" in types),
                "organisation": float("organisation" in types),
                "place": float("place" in types),
                "two_words": float(" " in _display(mentions)),
                "named_after_open": float(any(m.paragraph == quote.paragraph and m.start > quote.start for m in before)),
                "same_sentence": float(sentence is not None and any(sentence.start <= m.start < sentence.end for m in before)),
                "opens_sentence": float(any(m.start == x.start for m in before for x in article.sentences)),
                "last_named_person": float(last_person == actor),
                "first_in_sentence": float(first_here is not None and first_here.actor == actor),
                "subject_before": float(first_before is not None and first_before.actor == actor),
                "log_others_since": math.log1p(len({m.actor for m in named if last.end <= m.start < quote.start
                                                    and m.actor != actor and m.actor_type != "place"})),
                "pronoun_since": float(any(p.actor == actor and p.start > last.end for p in pronouns)),
                "opens_paragraph": float(opens),
                "mid_sentence": float(mid),
                "log_quote_words": math.log1p(len(quote.text.split())),
            }
            no_cue = float(quote.structure == "NONE")  # no cue found, so the rules named no one
            features["no_cue"] = no_cue
            for name in ("previous_speaker", "subject_before", "last_named_person", "first_in_sentence"):
                features[f"no_cue_x_{name}"] = no_cue * features[name]
            right = same_speaker(want, fold_name(_display(mentions))) or same_speaker(
                want, fold_name(quote.speaker) if quote.speaker_actor == actor else "\0")
            rows.append(((story, quote.start), actor, [features[f] for f in FEATURES], right, want is None))
        rule_right = same_speaker(want, fold_name(quote.speaker))
        rows.append(((story, quote.start), None, None, rule_right, want is None))  # the rules' own verdict
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--model", choices=("logistic", "boosting"), default="logistic",
                        help="logistic regression (weights a parser could carry) or gradient-boosted trees"
                             " (interactions found by the model; an upper bound for these features)")
    parser.add_argument("--train-on-unknown", action="store_true",
                        help="train the tie-breaker only on the quotations the rules leave unknown")
    args = parser.parse_args(argv)
    try:
        import numpy as np
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError:
        print("needs scikit-learn and numpy: pip install '.[compare]'", file=sys.stderr)
        return 2
    stories = story_ids(CORPUS, "dev")
    quotes: dict[tuple, dict] = {}
    for story in stories:
        for key, actor, features, right, gold_none in story_rows(story):
            entry = quotes.setdefault(key, {"story": story, "candidates": [], "rule_right": False, "gold_none": gold_none})
            if actor is None:
                entry["rule_right"] = right
            else:
                entry["candidates"].append((features, right))
    keys = sorted(quotes)
    groups = [quotes[k]["story"] for k in keys]
    totals = {"quotations": len(keys), "rules": 0, "model": 0, "tie_breaker": 0, "tie_breaker_changed": 0,
              "tie_breaker_wrong_new": 0}
    held_out_scores: list[tuple[float, bool, bool]] = []  # (best score, best is right, unknown was right)
    for train_index, test_index in GroupKFold(n_splits=args.folds).split(keys, groups=groups):
        x, y = [], []
        for i in train_index:
            for features, right in quotes[keys[i]]["candidates"]:
                x.append(features)
                y.append(int(right))
        def fitted():
            return (HistGradientBoostingClassifier(max_iter=200, learning_rate=0.1, random_state=0)
                    if args.model == "boosting" else LogisticRegression(max_iter=2000, C=1.0))
        model = fitted().fit(np.array(x), np.array(y))
        if args.train_on_unknown:  # the tie-breaker learns only from quotations the rules left unknown
            ux = [f for i in train_index for f, _ in quotes[keys[i]]["candidates"] if f[FEATURES.index("rule_unknown")]]
            uy = [int(r) for i in train_index for f, r in quotes[keys[i]]["candidates"] if f[FEATURES.index("rule_unknown")]]
            ranker = fitted().fit(np.array(ux)[:, LEARNED], np.array(uy))
        else:
            ranker = fitted().fit(np.array(x)[:, LEARNED], np.array(y))

        # every candidate of every quotation scored once per model (one batch: fast for trees too)
        every = np.array([f for k in keys for f, _ in quotes[k]["candidates"]])
        scored = {False: model.predict_proba(every)[:, 1], True: ranker.predict_proba(every[:, LEARNED])[:, 1]}
        offsets, at = {}, 0
        for k in keys:
            offsets[id(quotes[k])] = at
            at += len(quotes[k]["candidates"])

        def best(entry, learned_only=False):
            if not entry["candidates"]:
                return None, 0.0
            at = offsets[id(entry)]
            scores = scored[learned_only][at : at + len(entry["candidates"])]
            k = int(np.argmax(scores))
            return k, float(scores[k])

        # the abstention threshold: the one that maximises right answers on the training folds
        thresholds = [t / 20 for t in range(1, 20)]
        def right_at(entry, threshold):
            k, score = best(entry)
            if k is None or score < threshold:
                return entry["gold_none"]
            return entry["candidates"][k][1]
        threshold = max(thresholds, key=lambda t: sum(right_at(quotes[keys[i]], t) for i in train_index))
        # the tie-breaker's own threshold, chosen on the training folds' rule-unknown quotations only
        def tie_right(entry, t):
            k, score = best(entry, learned_only=True)
            return entry["candidates"][k][1] if k is not None and score >= t else entry["gold_none"]
        unknown_train = [quotes[keys[i]] for i in train_index
                         if any(f[FEATURES.index("rule_unknown")] for f, _ in quotes[keys[i]]["candidates"])]
        tie_threshold = max(thresholds + [1.01], key=lambda t: sum(tie_right(e, t) for e in unknown_train))
        for i in test_index:
            entry = quotes[keys[i]]
            totals["rules"] += entry["rule_right"]
            totals["model"] += right_at(entry, threshold)
            rule_unknown = any(f[FEATURES.index("rule_unknown")] for f, _ in entry["candidates"])
            if rule_unknown:
                k, score = best(entry, learned_only=True)
                if k is not None:
                    held_out_scores.append((score, bool(entry["candidates"][k][1]), bool(entry["rule_right"])))
                if k is not None and score >= tie_threshold:
                    totals["tie_breaker_changed"] += 1
                    hit = entry["candidates"][k][1]
                    totals["tie_breaker"] += hit
                    totals["tie_breaker_wrong_new"] += not hit
                else:
                    totals["tie_breaker"] += entry["rule_right"]
            else:
                totals["tie_breaker"] += entry["rule_right"]
    unknown = [e for e in quotes.values() if any(f[FEATURES.index("rule_unknown")] for f, _ in e["candidates"])]
    totals["rules_unknown"] = len(unknown)
    totals["rules_unknown_gold_none"] = sum(e["gold_none"] for e in unknown)
    totals["rules_unknown_gold_among_candidates"] = sum(any(r for _, r in e["candidates"]) for e in unknown)
    n = totals["quotations"]
    print(f"dev quotations found by the parser and scored: {n} ({args.folds} folds, grouped by story;"
          f" {args.model}, {len(FEATURES)} features)")
    for name in ("rules", "model", "tie_breaker"):
        print(f"  {name:<12} right speaker {totals[name]:5d}  ({totals[name] / n:.1%} of those quotations)")
    print(f"  the tie-breaker named {totals['tie_breaker_changed']} speakers the rules left unknown;"
          f" {totals['tie_breaker_wrong_new']} of them wrong")
    print(f"  of the {totals['rules_unknown']} quotations the rules leave unknown, {totals['rules_unknown_gold_none']}"
          f" have no named speaker in the gold, and for {totals['rules_unknown_gold_among_candidates']} the gold"
          " speaker is among the candidates (the ceiling of a tie-breaker over them)")
    # how sure must the tie-breaker be? At each fixed threshold, on the held-out folds: speakers named where
    # the rules said unknown, how many of those are wrong, and the net change in right speakers
    totals["by_threshold"] = {}
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        named = [(hit, was) for score, hit, was in held_out_scores if score >= threshold]
        wrong = sum(not hit for hit, _ in named)
        net = sum(hit for hit, _ in named) - sum(was for _, was in named)
        totals["by_threshold"][str(threshold)] = {"named": len(named), "wrong": wrong, "net": net}
        print(f"  at a fixed threshold {threshold:.2f}: {len(named)} named, {wrong} of them wrong, net {net:+d}")
    totals["model_kind"] = args.model
    totals["trained_on_unknown_only"] = args.train_on_unknown
    totals["features"] = len(FEATURES)
    if args.json:
        args.json.write_text(json.dumps(totals, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
