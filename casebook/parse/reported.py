"""Reported (indirect) speech: attributions without quotation marks.

Patterns:
- ``SV-that``       X said (on DAY) (on a platform / in the statement / to an agency) that CLAUSE
- ``SV``            X has said are …;  X decried NP;  X called NP NP;  X told AGENCY CLAUSE
- ``ACCORDING-TO``  According to X, CLAUSE  /  CLAUSE, according to X
The content is the clause after "that" when there is one, otherwise what
follows the cue, to the end of the sentence, without the final full stop.
A cue whose words are quoted directly (“…,” X said; X called it “…”) is left
to the direct attribution, so a mixed quote is counted once.
"""
from __future__ import annotations

import re
from typing import Sequence

from casebook.parse.lexicon import (
    ADDRESSEES, AUXILIARIES, DIRECT_ONLY_CUES, BE_FORMS, CUE_LEMMA, DETERMINERS, PREPOSITIONS, TITLE_WORDS, WEEKDAYS,
)
from casebook.model import Mention, Sentence
from casebook.parse.quotemarks import QuoteSpan
from casebook.parse.subjects import Attribution, Cue, SpeakerExpr, inside, noun_phrase, sentence_cues, subject_of
from casebook.parse.tokens import Token, TokenIndex, starts_with_letter

_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_PRONOUN_THEN_CLAUSE = re.compile(r"\s+(him|her|them)\s+(?=[a-z])")  # "According to him they …": no comma
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")
_REJECT_START = frozenset({"and", "or", "but", "nor", "to", "that", "which", "who"})
_MEDIA_NOUNS = frozenset(
    "statement interview post tweet speech letter message video broadcast report briefing".split()
)


def find_reported(text: str, sentences: Sequence[Sentence], quotes: Sequence[QuoteSpan],
                  named: Sequence[Mention], used_cues: set[tuple[int, int]], tokens: TokenIndex) -> list[Attribution]:
    """Reported-speech attributions; ``used_cues`` are cues already given to direct quotes."""
    out: list[Attribution] = []
    for sentence in sentences:
        according = _according_to(text, sentence, quotes, named, tokens)
        if according is not None and (according.cue.start, according.cue.end) not in used_cues:
            out.append(according)
        cues = sentence_cues(text, sentence.start, sentence.end, quotes, tokens)
        for cue in cues:
            if (cue.start, cue.end) in used_cues or cue.lemma in DIRECT_ONLY_CUES:
                continue
            if any(q.open > cue.end and q.open < sentence.end for q in quotes):
                continue  # the clause holds a direct quote: attributed as direct (mixed quote)
            inverted = _inverted(text, sentence, cue, named, tokens)
            if inverted is not None:  # "EC officials will decide …, said Election Commissioner Rafiqul Islam."
                out.append(Attribution(sentence.start, inverted[0], "reported", "QCVS", cue, inverted[1],
                                       sentence.paragraph))
                continue
            content = _content(text, cue, sentence.end, tokens) or _clause_before(text, sentence, cue, tokens)
            if content is None:
                continue
            speaker = subject_of(text, sentence.start, cue, cues, named, quotes, tokens)
            if speaker is None:
                continue
            start, end, structure = content
            out.append(Attribution(start, end, "reported", structure, cue, speaker, sentence.paragraph))
    return out


_INVERTED_CUE = re.compile(r",\s+(?:said|told|added|says)\s+(?=[A-Z])")
_TRAILING_DAY = re.compile(r"\A(?:on\s+)?(?:" + "|".join(sorted(WEEKDAYS)) + r"|today|yesterday)\b\s*")


def _inverted(text: str, sentence: Sentence, cue: Cue, named: Sequence[Mention],
              tokens: TokenIndex) -> tuple[int, SpeakerExpr] | None:
    """``(content end, speaker)`` for a clause reported before its cue: "CLAUSE, said X." with
    only titles between the cue and the name, and nothing but the name's appositive after it."""
    before = text[sentence.start : cue.start].rstrip()
    if not before.endswith(",") or len(before.split()) < 4 or cue.lemma == "tell":
        return None  # (", told RNZ Pacific": the one told, no speaker)
    for mention in named:
        if mention.start < cue.end or mention.start >= sentence.end:
            continue
        between = tokens.between(cue.end, mention.start)
        if not all(t.lower in TITLE_WORDS or t.is_capitalised or t.lower in ("the", "of") for t in between):
            return None
        rest = _TRAILING_DAY.sub("", text[mention.end : sentence.end].strip())  # "said X Tuesday."
        if rest and not rest.startswith(",") and rest not in (".", "!"):
            continue  # "said Election Commissioner Rafiqul Islam": "Election" belongs to the title
        return sentence.start + len(before) - 1, SpeakerExpr(mention.start, mention.end, mention.text, mention)
    return None


_AFTER_TRAILING_CUE = re.compile(r"\s*(?:(?:on|in|at|to)\s+[^,.;:“”\"]{1,40}?|(?:" + "|".join(sorted(WEEKDAYS))
                                 + r"|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?)?\s*[.!]?\s*\Z")  # ("said Tuesday.")


def _clause_before(text: str, sentence: Sentence, cue: Cue, tokens: TokenIndex) -> tuple[int, int, str] | None:
    """"Those who left early learned a lesson, he said.": the clause before a comma, reported by
    the short subject and cue that end the sentence (nothing after the cue but a time or place)."""
    comma = text.rfind(",", sentence.start, cue.start)
    if comma < 0 or not _AFTER_TRAILING_CUE.match(text[cue.end : sentence.end]):
        return None
    if not 1 <= len(_words(tokens, comma, cue.start)) <= 4 or len(_words(tokens, sentence.start, comma)) < 4:
        return None
    return _trim(text, sentence.start, comma, "QCSV", tokens)


def _words(tokens: TokenIndex, start: int, end: int) -> list[Token]:
    return [t for t in tokens.between(start, end) if t.is_word or t.text[:1].isdigit()]


def _content(text: str, cue: Cue, end: int, tokens: TokenIndex) -> tuple[int, int, str] | None:
    """The reported clause or noun phrase after ``cue``, up to ``end`` (the sentence end)."""
    begin = cue.end
    aside = _ASIDE.match(text[begin:end])  # said (in French) that ...
    if aside:
        begin += aside.end()
    words = tokens.select(begin, end, starts_with_letter)
    that = next((i for i, w in enumerate(words[:8]) if w.lower == "that"), None)
    if that is not None and all(_gap_word(w) for w in words[:that]):
        return _trim(text, words[that].end, end, "SV-that", tokens)
    skip = 0
    if cue.lemma == "tell" and words:
        skip = _addressee(words)
    skip += _time_phrase(words[skip:])
    if skip >= len(words):
        return None
    if cue.lemma in _CLAUSE_ONLY and not any(w.lower in AUXILIARIES or w.lower in BE_FORMS for w in words[skip : skip + 6]):
        return None  # "furthered her career": no clause, no speech (but "furthered the next government will …")
    return _trim(text, words[skip].start, end, "SV", tokens)


# Cues that report speech only with a clause after them, never a bare noun phrase.
_CLAUSE_ONLY = frozenset({"further"})


def _gap_word(word: Token) -> bool:
    """Words allowed between a cue and "that": places, times, addressees, media nouns."""
    low = word.lower
    if low in AUXILIARIES or low in BE_FORMS or word.text in CUE_LEMMA:
        return False
    return (word.is_capitalised or low in PREPOSITIONS or low in DETERMINERS or low in ADDRESSEES
            or low in _MEDIA_NOUNS or low[:1].isdigit())


def _addressee(words: Sequence[Token]) -> int:
    """How many words name who was told (an agency's name, "reporters", "the media")."""
    n = 0
    while n < len(words) and words[n].is_capitalised:
        n += 1
    if n:
        return n
    if words[0].lower in ADDRESSEES:
        return 1
    return 0


def _time_phrase(words: Sequence[Token]) -> int:
    """Length of a leading "on Monday" / "in a statement" phrase (0 if none)."""
    if len(words) >= 2 and words[0].lower in ("on", "in", "at", "via"):
        if words[1].is_capitalised:
            return 2
        if len(words) >= 3 and words[1].lower in ("a", "an", "the") and words[2].lower in _MEDIA_NOUNS:
            return 3
    if len(words) == 1 and (words[0].text in WEEKDAYS or words[0].lower in ("today", "yesterday")):
        return 1  # "…, her lawyer said Tuesday.": a bare day that ends the sentence
    return 0


def _trim(text: str, start: int, end: int, structure: str, tokens: TokenIndex) -> tuple[int, int, str] | None:
    inverted = _INVERTED_CUE.search(text, start, end)
    if inverted is not None:  # "… urged them to prepare for the polls, said Tin Swe, …": the content stops there
        end = inverted.start()
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    if end <= start:
        return None
    first = tokens.between(start, end)[:1]
    if not first or first[0].lower in _REJECT_START or first[0].text in "“\"":
        return None
    return start, end, structure


def _according_to(text: str, sentence: Sentence, quotes: Sequence[QuoteSpan],
                  named: Sequence[Mention], tokens: TokenIndex) -> Attribution | None:
    """"According to X, CLAUSE" or "CLAUSE, according to X"."""
    if text.find("ccording to", sentence.start, sentence.end) < 0:
        return None  # a plain search first: most sentences have no "according to"
    match = _ACCORDING.search(text, sentence.start, sentence.end)
    if match is None or inside(match.start(), quotes):
        return None
    cue = Cue(match.start(), match.end(), match.group(), "according to")
    lead = text[sentence.start : match.start()].strip()
    bare = _PRONOUN_THEN_CLAUSE.match(text, match.end(), sentence.end) if not lead else None
    if bare is not None:  # "According to him they mean well …": a pronoun source, no comma before the clause
        speaker = SpeakerExpr(bare.start(1), bare.end(1), bare.group(1), None, True)
        content = _trim(text, bare.end(), sentence.end, "ACCORDING-TO", tokens)
    elif not lead:  # According to X, CLAUSE
        comma = text.find(",", match.end(), sentence.end)
        if comma < 0:
            return None
        speaker = _source(text, match.end(), comma, named, tokens)
        clause_start = _after_appositive(text, comma, sentence.end, tokens)
        content = _trim(text, clause_start, sentence.end, "ACCORDING-TO", tokens)
    elif lead.endswith(","):  # CLAUSE, according to X.
        stop = sentence.end
        speaker = _source(text, match.end(), stop, named, tokens)
        content = _trim(text, sentence.start, text.rfind(",", sentence.start, match.start()), "ACCORDING-TO", tokens)
    else:
        return None
    if speaker is None or content is None:
        return None
    start, end, structure = content
    return Attribution(start, end, "reported", structure, cue, speaker, sentence.paragraph)


def _after_appositive(text: str, comma: int, end: int, tokens: TokenIndex) -> int:
    """Skip ", a party official," after the source of "According to X": a comma-delimited
    phrase that starts with "a"/"an" or holds a title word describes X, it is not content."""
    second = text.find(",", comma + 1, end)
    if second < 0:
        return comma + 1
    words = _words(tokens, comma + 1, second)
    if words and len(words) <= 8 and (words[0].lower in ("a", "an") or any(w.lower in TITLE_WORDS for w in words)):
        return second + 1
    return comma + 1


_UNNAMED_STAFF = re.compile(r"\s+(?:officials|sources|staff|officers|spokesm[ae]n|representatives)\b")


def names_the_source(text: str, mention: Mention, end: int) -> bool | None:
    """Whether a name after "according to" is the source: not an owner ("according to
    Kathmandu’s hospital officials": None, look further) and not a body whose unnamed staff
    speak ("according to Civil Service Hospital officials": False, the phrase as written)."""
    after = text[mention.end : end]
    if re.match(r"[’']s\s", after):
        return None
    return _UNNAMED_STAFF.match(after) is None


_INDEFINITE_AND = re.compile(r"\s*(?P<np>(?:a|an)\s+[^,;:]*?)\s+and\s+(?:one\s+of|an?|the)\s")


def _source(text: str, start: int, end: int, named: Sequence[Mention], tokens: TokenIndex) -> SpeakerExpr | None:
    """The source after "according to": its first name, else the noun phrase."""
    stop = end
    for mention in named:
        if start <= mention.start and mention.end <= end:
            joined = _INDEFINITE_AND.match(text, start, mention.start)
            if joined is not None:  # "according to a former elections chief and one of the framers of the 1987
                stop = end = joined.end("np")  # Constitution": someone unnamed, the first description
                break
            verdict = names_the_source(text, mention, end)
            if verdict is None:
                continue
            if not verdict:
                break
            return SpeakerExpr(mention.start, mention.end, mention.text, mention)
    while stop > start and text[stop - 1] in " .,;":
        stop -= 1
    phrase = noun_phrase(text, start, stop, tokens)
    if phrase is None:  # "according to police": any short phrase will do here
        words = _words(tokens, start, stop)
        if 0 < len(words) <= 6:
            phrase = SpeakerExpr(words[0].start, words[-1].end, text[words[0].start : words[-1].end])
    return phrase
