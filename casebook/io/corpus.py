"""Score the parser on a corpus of real stories with hand-made gold, parsed with no annotations.

A corpus folder holds ``stories/<id>.txt`` (header line, blank line, paragraphs),
``gold/<id>.yaml`` (``quotes`` and ``timexes``, each item with its ``text`` and
body ``paragraph``) and ``split.yaml`` (the ``dev`` and ``test`` ids). See
``tests/corpus/README.md`` for the annotation conventions.

Matching rules (``docs/parser-generality.md`` states them for readers):

- **quotation found**: only the parser's *direct* quotes are compared with the
  gold quotes. A predicted quote matches a gold quote when both lie in the same
  body paragraph and their content spans overlap by at least one character;
  pairs are made one to one, gold in text order, each taking the unmatched
  prediction with the largest overlap. Gold marks that are not speech
  (``kind: scare | name | gloss``) are not counted as quotes: a prediction that
  overlaps one is neither a hit nor a false alarm.
- **speaker**: on a matched pair, the parser's speaker equals the gold name after
  folding case, apostrophes (also one opening a word), accents, spaces and a leading "the", and setting aside a
  possessive owner or an honorific on one side (for example "Chile's Electoral Service" = "Electoral
  Service", "Sheikh Abdullah bin Zayed" = "Abdullah bin Zayed"); a gold ``speaker: null``
  is right only when the parser says it does not know (``Quote.speaker is None``).
  Precision is right / matched, recall is right / all gold quotes. Wrong answers
  are told apart from unknown ones, since a wrong name is the worse error.
- **cue**: on a matched pair, the cue as written (case folded); a gold
  ``cue: null`` (a quote continued without a cue of its own) is right when the
  parser's quote has no cue of its own (structure ``CONT``, or no cue).
- **date value**: a predicted date expression matches a gold one when its value is
  the gold value and its span is the gold text or overlaps it (pairs one to one,
  exact spans first): annotators draw the edges of "Tuesday, Oct. 4" or "yesterday
  afternoon" differently. "date span" scores the span alone, exactly. The header's own date is not scored, and neither are
  relative weeks ("last week" → 2020-W43): the gold leaves them out by convention.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import yaml

from casebook.errors import SourceFormatError
from casebook.model import Article
from casebook.parse import UNKNOWN_SPEAKER, parse_text

PARTS = ("dev", "test", "all")
NOT_SPEECH = frozenset({"scare", "name", "gloss"})
LAYERS = ("quotes found", "speaker", "cue", "date value", "date span")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


@dataclass
class Tally:
    """Counts of one layer: ``right`` of ``predicted`` predictions and ``gold`` gold items."""

    right: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    def add(self, other: "Tally") -> None:
        self.right += other.right
        self.predicted += other.predicted
        self.gold += other.gold


@dataclass
class StoryScore:
    """One story's tallies and the misses, each miss one printable line."""

    story: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {layer: Tally() for layer in LAYERS})
    misses: list[str] = field(default_factory=list)
    wrong_speakers: int = 0
    unknown_speakers: int = 0
    marks_reported: int = 0  # gold marks that are not speech (scare quotes, names, glosses) the parser reported as quotes


@dataclass
class CorpusScore:
    """The tallies summed over the stories of a part, with every story's misses."""

    part: str
    stories: list[StoryScore]

    @property
    def tallies(self) -> dict[str, Tally]:
        total = {layer: Tally() for layer in LAYERS}
        for story in self.stories:
            for layer, tally in story.tallies.items():
                total[layer].add(tally)
        return total

    @property
    def wrong_speakers(self) -> int:
        return sum(s.wrong_speakers for s in self.stories)

    @property
    def unknown_speakers(self) -> int:
        return sum(s.unknown_speakers for s in self.stories)

    @property
    def marks_reported(self) -> int:
        return sum(s.marks_reported for s in self.stories)

    def report(self, misses: bool = True) -> str:
        """The printed report: one line per layer, then (optionally) every miss."""
        lines = [f"part {self.part}: {len(self.stories)} stories, parsed with no annotations"]
        for layer, tally in self.tallies.items():
            lines.append(f"  {layer:<13} P {tally.precision:6.1%}  R {tally.recall:6.1%}"
                         f"   (right {tally.right}, predicted {tally.predicted}, gold {tally.gold})")
        lines.append(f"  speakers wrong {self.wrong_speakers}, said unknown {self.unknown_speakers}"
                     " (of matched quotes)")
        lines.append(f"  marks that are not speech reported as quotes {self.marks_reported}"
                     " (scare quotes, names, glosses: counted in no layer)")
        if misses:
            lines += ["", "misses:"] + [line for story in self.stories for line in story.misses]
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Loading


def load_split(corpus: Path) -> dict[str, list[str]]:
    """``{"dev": [...], "test": [...]}`` from ``split.yaml``."""
    split = yaml.safe_load((corpus / "split.yaml").read_text(encoding="utf-8")) or {}
    return {"dev": list(split.get("dev") or []), "test": list(split.get("test") or [])}


def story_ids(corpus: Path, part: str) -> list[str]:
    """The story ids of ``part`` (dev, test or all), sorted."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    split = load_split(corpus)
    ids = split["dev"] + split["test"] if part == "all" else split[part]
    return sorted(ids)


def locate(article: Article, items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold items with ``start``/``end`` added: their ``text`` found in their paragraph
    (a text that occurs twice in one paragraph takes the next occurrence each time)."""
    paragraphs = {p.number: p for p in article.paragraphs}
    cursor: dict[tuple[int, str], int] = {}
    out = []
    for item in items:
        number, text = item["paragraph"], str(item["text"])
        paragraph = paragraphs.get(number)
        if paragraph is None:
            raise SourceFormatError(f"gold item in paragraph {number}, which the story does not have: {text[:60]!r}")
        begin = cursor.get((number, text), paragraph.start)
        start = article.text.find(text, begin, paragraph.end)
        if start < 0:
            raise SourceFormatError(f"gold text not in paragraph {number}: {text[:60]!r}")
        cursor[(number, text)] = start + 1
        out.append({**item, "start": start, "end": start + len(text)})
    return out


# ---------------------------------------------------------------------------------------------
# Matching and comparison


def fold_name(name: str | None) -> str | None:
    """A speaker's name for comparison: None stays None (unknown); case, curly
    apostrophes (also one opening a word, as a Tongan okina), accents, repeated spaces and a
    leading "the" are folded away. Accents
    fold because stories spell one name both ways ("Lajčák" and "Lajcak")."""
    if name is None:
        return None
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    folded = " ".join(bare.translate(_APOSTROPHES).split()).casefold()
    folded = folded[4:] if folded.startswith("the ") else folded
    return " ".join(word.lstrip("'") for word in folded.split())  # a Tongan okina: "‘Etuate" = "Etuate"


_OWNER = re.compile(r"(?:[\w.-]+ ){0,2}[\w.-]+'s (?=\S+ \S)")


_HONORIFIC = re.compile(r"\A(?:sheikh|sheikha|lord|lady|sir|dame|mr\.?|mrs\.?|ms\.?|dr\.?|datuk|dato'?|tan sri|"
                        r"tun|samdech|alhaji|hon\.?|crown prince|prince|princess|king|queen|emir|sultan) (?=\S+ \S)")


def same_speaker(want: str | None, got: str | None) -> bool:
    """Folded names (see :func:`fold_name`) name the same speaker: equal, or equal once an
    honorific ("Sheikh Abdullah bin Zayed" and "Abdullah bin Zayed") or, on one side, a
    possessive owner ("Chile's Electoral Service" and "Electoral Service") is set aside
    before a name of two words or more."""
    if want == got:
        return True
    if want is None or got is None:
        return False
    if _HONORIFIC.sub("", want, count=1) == _HONORIFIC.sub("", got, count=1):
        return True  # "Sheikh Abdullah bin Zayed" and "Abdullah bin Zayed": one person, with or without the honorific
    return _OWNER.sub("", want, count=1) == got or _OWNER.sub("", got, count=1) == want


def match_quotes(predicted: Sequence[Any], gold: Sequence[dict[str, Any]]) -> list[tuple[dict[str, Any], Any]]:
    """One-to-one pairs (gold, prediction) by the rule of the module docstring. Items need
    ``start``, ``end`` and ``paragraph`` (dicts or dataclasses)."""
    taken: set[int] = set()
    pairs = []
    for item in gold:
        best, best_overlap = None, 0
        for index, quote in enumerate(predicted):
            if index in taken or _get(quote, "paragraph") != item["paragraph"]:
                continue
            overlap = min(_get(quote, "end"), item["end"]) - max(_get(quote, "start"), item["start"])
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is not None:
            taken.add(best)
            pairs.append((item, predicted[best]))
    return pairs


def _get(item: Any, name: str) -> Any:
    return item[name] if isinstance(item, dict) else getattr(item, name)


def said_speaker(quote: Any) -> str | None:
    """The speaker the parser gives, None when it says it does not know."""
    speaker = _get(quote, "speaker")
    return None if speaker in (None, UNKNOWN_SPEAKER) else speaker


def own_cue(quote: Any) -> str | None:
    """The cue written for this quote, or None for a continued quote that inherits it."""
    if _get(quote, "structure") in ("CONT", "SAME-SENTENCE") or not _get(quote, "cue"):
        return None
    return str(_get(quote, "cue")).casefold()


def score_story(story: str, article: Article, gold: dict[str, Any]) -> StoryScore:
    """Compare one parsed story with its gold."""
    result = StoryScore(story)
    t = result.tallies
    located = locate(article, gold.get("quotes") or [])
    speech = [q for q in located if q.get("kind") not in NOT_SPEECH]
    marks = [q for q in located if q.get("kind") in NOT_SPEECH]
    direct = [q for q in article.quotes if q.kind == "direct"]
    ignored = {id(q) for _, q in match_quotes(direct, marks)}
    result.marks_reported = len(ignored)
    direct = [q for q in direct if id(q) not in ignored]
    pairs = match_quotes(direct, speech)
    matched = {id(q) for _, q in pairs}
    t["quotes found"] = Tally(len(pairs), len(direct), len(speech))
    for item in speech:
        if not any(g is item for g, _ in pairs):
            result.misses.append(f"{story} p{item['paragraph']} quote not found: “{_short(item['text'])}”"
                                 f" (speaker {item.get('speaker')})")
    for quote in direct:
        if id(quote) not in matched:
            result.misses.append(f"{story} p{quote.paragraph} spurious quote: “{_short(quote.text)}”"
                                 f" (speaker {quote.speaker})")
    right_speakers = right_cues = 0
    for item, quote in pairs:
        want, got = fold_name(item.get("speaker")), fold_name(said_speaker(quote))
        if same_speaker(want, got):
            right_speakers += 1
        else:
            if got is None:
                result.unknown_speakers += 1
            else:
                result.wrong_speakers += 1
            result.misses.append(f"{story} p{item['paragraph']} speaker: got {quote.speaker!r}, want"
                                 f" {item.get('speaker')!r} [{quote.structure}] “{_short(item['text'])}”")
        want_cue = item.get("cue")
        want_cue = str(want_cue).casefold() if want_cue else None
        if own_cue(quote) == want_cue:
            right_cues += 1
        else:
            result.misses.append(f"{story} p{item['paragraph']} cue: got {own_cue(quote)!r}, want"
                                 f" {want_cue!r} “{_short(item['text'])}”")
    t["speaker"] = Tally(right_speakers, len(pairs), len(speech))
    t["cue"] = Tally(right_cues, len(pairs), len(speech))
    _score_dates(story, article, gold, result)
    return result


def _score_dates(story: str, article: Article, gold: dict[str, Any], result: StoryScore) -> None:
    located = locate(article, gold.get("timexes") or [])
    body = [x for x in article.timexes if x.paragraph > 0 and x.granularity != "week"]
    want = {(g["start"], g["end"]): str(g["value"]) for g in located}
    got = {(x.start, x.end): x.value for x in body}
    spans = set(want) & set(got)
    values = _date_pairs(located, body)
    result.tallies["date value"] = Tally(len(values), len(got), len(want))
    result.tallies["date span"] = Tally(len(spans), len(got), len(want))
    paired = {id(x) for _, x in values}
    for g in located:
        key = (g["start"], g["end"])
        if any(item is g for item, _ in values):
            continue
        if key in got:
            result.misses.append(f"{story} p{g['paragraph']} date value: {g['text']!r} got {got[key]}, want {g['value']}")
        else:
            result.misses.append(f"{story} p{g['paragraph']} date not found: {g['text']!r} = {g['value']}")
    for x in body:
        if (x.start, x.end) not in want and id(x) not in paired:
            result.misses.append(f"{story} p{x.paragraph} spurious date: {x.text!r} = {x.value}")


def _date_pairs(located: Sequence[dict[str, Any]], body: Sequence[Any]) -> list[tuple[dict[str, Any], Any]]:
    """Gold dates paired one to one with predicted dates of the same value whose span is the
    gold span, else overlaps it ("Tuesday, Oct. 4" for the gold "Tuesday"; "yesterday" for
    "yesterday afternoon"): annotators draw span edges differently, which the span layer scores."""
    pairs: list[tuple[dict[str, Any], Any]] = []
    taken: set[int] = set()
    for exact in (True, False):
        for g in located:
            if any(item is g for item, _ in pairs):
                continue
            for x in body:
                if id(x) in taken or x.value != str(g["value"]):
                    continue
                same = (x.start, x.end) == (g["start"], g["end"])
                if same if exact else (x.start < g["end"] and g["start"] < x.end):
                    pairs.append((g, x))
                    taken.add(id(x))
                    break
    return pairs


def _short(text: str, width: int = 70) -> str:
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= width else text[: width - 1] + "…"


def score_corpus(corpus: str | Path, part: str = "all",
                 fill: Callable[[Article], Article] | None = None) -> CorpusScore:
    """Parse every story of ``part`` with no annotations and score it against its gold.

    ``fill``, if given, runs on each parsed story before it is scored: e.g.
    :meth:`casebook.learned.SpeakerModel.fill`, the optional speaker model.
    """
    corpus = Path(corpus)
    stories = []
    for story in story_ids(corpus, part):
        text = (corpus / "stories" / f"{story}.txt").read_text(encoding="utf-8")
        gold = yaml.safe_load((corpus / "gold" / f"{story}.yaml").read_text(encoding="utf-8")) or {}
        article = parse_text(text, path=f"{story}.txt", annotations=None)
        stories.append(score_story(story, fill(article) if fill else article, gold))
    return CorpusScore(part, stories)

