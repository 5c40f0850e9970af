"""Pattern name finding, for stories (or names) that the annotations do not cover.

Rules, in the order they apply to a run of capitalised words:
- a title ("Interior Minister", "leader", "Undersecretary of State") before
  capitalised words makes those words a person's name (``title-pattern``);
- a run holding an organisation head noun (Party, Ministry, Court, Movement...)
  is an organisation (``organisation-cue``), a nationality adjective included;
- an all-capitals word in parentheses right after a name is that name's
  acronym (``acronym-alias``), and later uses of it point to the same actor;
- other runs of capitalised words are names (``capitalised-sequence``); one
  capitalised word that only opens a sentence or a quotation is not;
- one word of a person's full name used alone is that person (``partial-name``).
Actor ids are slugs of the longest name ("sar_kheng").
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace
from typing import NamedTuple, Sequence

from casebook.parse.lexicon import (
    ACRONYM_TITLES, AMBIGUOUS_TITLE_ABBREVIATIONS, COUNTRIES, CUE_LEMMA, may_spell, spelt_acronym, CONNECTOR_HEADS, DEPARTMENT_WORDS, HONORIFIC_PAIRS, HONORIFIC_WORDS, NAME_PARTICLES, ROLE_NOUNS, WEEKDAYS, weekday_is_name,
    ORG_WORDS,
    PLACE_WORDS,
    STOP_CAPITALISED, TITLE_MODIFIERS, TITLE_PRECEDERS, TITLE_WORDS, abbreviation_is_title, is_demonym,
)
from casebook.model import Mention, Sentence
from casebook.parse.tokens import Token, TokenIndex, fold_accents, is_initial, regions, slug

_CONNECTORS = frozenset({"of", "for", "and", "&", "the", "de", "du", "van", "von", "bin"})
# "… Cooperation in Europe", "Embassy in Georgia": what "in" may add to an organisation's name
_PLACES_AFTER_IN = COUNTRIES | frozenset({"Europe", "Africa", "Asia", "Oceania", "Latin America", "the Americas"})
_ON_HEADS = frozenset("Commission Committee Council Conference Tribunal Subcommittee Taskforce Panel".split())
# Abbreviated titles written with a stop ("Mr. Smith"); "Sen." is decided by context (lexicon).
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Prof", "Rep", "Gov", "Capt", "Maj", "Sgt",
                         "Adm", "Amb", "Supt", "Insp", "Det", "Hon", "Rev", "Fr", "Engr", "Atty", "Cllr", "Coun", "Cde"})
_OF_TITLE = DEPARTMENT_WORDS | ORG_WORDS  # words after "Minister of" that still belong to the title
_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "across", "throughout", "near", "visited"})


class _Run(NamedTuple):
    tokens: tuple[Token, ...]
    initial: bool  # the run opens a sentence or a quotation
    after_title: bool  # a lower-case title word ("leader") comes right before
    before: str  # the word before the run, lower case
    paragraph: int

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


def find_pattern_names(text: str, sentences: Sequence[Sentence], known: Sequence[Mention],
                       tokens: TokenIndex) -> list[Mention]:
    """Names found by pattern, outside the spans of ``known`` (gazetteer) mentions."""
    blocked = sorted((m.start, m.end) for m in known)
    disjoint = all(b1 <= c0 for (_, b1), (c0, _) in zip(blocked, blocked[1:]))
    runs = [run for start, end, par in regions(text, sentences)
            for run in _runs(text, _unblocked(tokens.between(start, end), blocked, disjoint), start, par)]
    evidence = {t.text for run in runs if not run.initial for t in run.tokens}
    evidence |= {t.text for run in runs for t in run.tokens[1:]}
    found: list[Mention] = []
    for run in runs:
        found.extend(_classify(text, run, evidence))
    # A word of a person's name is that name's word, not a nationality adjective: "Nalbandian
    # said" after "Foreign Minister Edward Nalbandian" (Armenian names end in -ian).
    # (or a name not yet typed: "Pezeshkian secured" after "the sole reformist, Masoud Pezeshkian,")
    surnames = {w for m in found if m.actor_type == "person" or (
        m.actor_type is None and m.rule == "capitalised-sequence" and 2 <= len(m.text.split()) <= 3
        and not set(m.text.split()) & (ORG_WORDS | PLACE_WORDS) and not is_demonym(m.text.split()[0]))
        for w in m.text.split()[1:]}
    found += [m for run in runs if len(run.tokens) == 1 and run.tokens[0].text in surnames
              and (is_demonym(run.tokens[0].text) or run.tokens[0].lower in _SURNAME_TITLES)  # "Bishop said"
              for m in [_mention(text, run.tokens, "pattern", "capitalised-sequence", None, run.paragraph)]]
    # "Muhyiddin said" after "Muhyiddin Yassin said" opened a sentence: a given name used alone
    # (or "Sabti said" after "Fahad Al-Sabti": a surname without its particle)
    given = {w for m in found if m.rule in ("capitalised-sequence", "title-pattern")
             and m.actor_type in ("person", None) and 2 <= len(m.text.split()) <= 3
             and not set(m.text.split()) & (ORG_WORDS | PLACE_WORDS) and not any(is_demonym(w) for w in m.text.split())
             for w in [m.text.split()[0], *_name_words(m.text)[len(m.text.split()):],
                       *[w[:1].upper() + w[1:] for w in m.text.split()[1:] if w[:1].islower() and "-" in w]]}
    seen = {(m.start, m.end) for m in found}
    found += [m for run in runs if len(run.tokens) == 1 and run.initial and run.tokens[0].text in given
              and (run.tokens[0].start, run.tokens[0].end) not in seen and not _is_title(run.tokens[0])
              for m in [_mention(text, run.tokens, "pattern", "capitalised-sequence", None, run.paragraph)]]
    found += _month_surnames(text, sentences, found, tokens)
    found = _titled_across_comma(text, found, tokens)
    found = _title_offices(text, sentences, found, blocked)
    opening = next((s.start for s in sentences if s.paragraph == 1), -1)
    found = [_dateline_place(text, m, sentences) for m in found
             if not (m.start == opening and _CREDIT_BAR.match(text, m.end))  # "Fatahnews| April 14, 2019 – …"
             and not (m.text in ("Rt", "Hon") and text[m.end : m.end + 1] == ".")]  # "Prime Minister Rt. Hon. X": no one
    found.sort(key=lambda m: m.start)
    found = _regions_after_places(text, found)
    found = [_balinese_prefix(text, m) for m in found]
    found = _join_nicknames(text, found)
    found = _join_acronym_chains(text, found)
    return _link(text, found, known)


_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:)!?]|\Z)")
# Balinese names open with "I" (men) or "Ni" (women) before a birth-order name: "I Ketut
# Darpawan", "Ni Luh Putu Ari": the prefix is part of the name, not the pronoun.
_BALINESE_BIRTH_NAMES = frozenset("Wayan Putu Gede Made Kadek Nengah Nyoman Komang Ketut Luh".split())
_BALINESE_PREFIX = re.compile(r"(?<![\w’'])(?:I|Ni)\s\Z")


def _balinese_prefix(text: str, mention: Mention) -> Mention:
    """``mention`` widened over a Balinese name's "I" or "Ni" before its birth-order name."""
    if mention.text.split()[0] not in _BALINESE_BIRTH_NAMES or mention.actor_type not in ("person", None):
        return mention
    prefix = _BALINESE_PREFIX.search(text, max(0, mention.start - 3), mention.start)
    if prefix is None:
        return mention
    return replace(mention, start=prefix.start(), text=text[prefix.start() : mention.end])


def _regions_after_places(text: str, found: list[Mention]) -> list[Mention]:
    """An untyped name right after a place and a comma, where its clause ends, is the place's
    region or country: "the situation in Chetumal, Quintana Roo." (``found`` in text order)."""
    out = list(found)
    for n in range(1, len(out)):
        before, m = out[n - 1], out[n]
        if (before.actor_type == "place" and m.actor_type is None and m.rule == "capitalised-sequence"
                and text[before.end : m.start] == ", " and _CLAUSE_ENDS.match(text, m.end)
                and not set(m.text.split()) & ORG_WORDS):
            out[n] = replace(m, actor_type="place")
    return out


def _titled_across_comma(text: str, found: list[Mention], tokens: TokenIndex) -> list[Mention]:
    """A name of two to four words right after a title and a comma is a person's: "Education
    Minister, Rosy Akbar rubbished these claims", "Opposition MP, Mosese Bulitavu who served …"
    (a house style that sets the title off by a comma, with no second comma after the name)."""
    out = []
    for m in found:
        words = m.text.split()
        if (m.actor_type is None and m.rule == "capitalised-sequence" and 2 <= len(words) <= 4
                and not set(words) & (ORG_WORDS | PLACE_WORDS)  # (not is_demonym: "Mosese" ends in -ese)
                and re.search(r"\w,\s\Z", text[max(0, m.start - 3) : m.start])):
            before = tokens.between(max(0, m.start - 40), m.start)
            if len(before) >= 2 and before[-1].text == "," and _is_title(before[-2]):
                m = replace(m, actor_type="person")
        out.append(m)
    return out


# "the President’s Office", "the Prime Minister's Office": an office named by its holder's title
_TITLE_OFFICE = re.compile(r"\b((?:[A-Z][\w-]*\s+){0,2}([A-Z][\w-]*)[’']s\s+(?:Office|Secretariat|Bureau))\b")


def _title_offices(text: str, sentences: Sequence[Sentence], found: list[Mention],
                   blocked: Sequence[tuple[int, int]]) -> list[Mention]:
    """An office named by a title's possessive ("A statement released by the President’s Office")
    is an organisation, in place of the capitalised words inside it."""
    offices = []
    if "Office" not in text and "Secretariat" not in text and "Bureau" not in text:
        return found  # (a substring test spares the pattern on most stories)
    for match in _TITLE_OFFICE.finditer(text):
        if match.group(2).lower() not in TITLE_WORDS or any(b0 < match.end(1) and match.start(1) < b1 for b0, b1 in blocked):
            continue
        paragraph = next((s.paragraph for s in sentences if s.start <= match.start(1) < s.end), 0)
        name = match.group(1)
        offices.append(Mention(match.start(1), match.end(1), name, slug(name), "pattern", "title-office",
                               "organisation", paragraph))
    if not offices:
        return found
    kept = [m for m in found if not any(o.start < m.end and m.start < o.end for o in offices)]
    return kept + offices


# A name that opens its sentence, after at most a few capitalised words or titles ("APCC chief Bhupen Borah")
_OPENS_CLAUSE = re.compile(r"(?:\A|\n|[.!?:]\s+|[.!?][’”\"]\s+|[–—]\s+)(?:(?:\(?[A-Z][\w().’'-]*|(?:" + "|".join(
    sorted((w for w in TITLE_WORDS if w.isalpha()), key=len, reverse=True)) + r"))\s+){0,8}\Z")
_CHAIN_JOINT = re.compile(r"\s+(?:of|for|and|on)\s+(?:the\s+)?\Z")


def _join_acronym_chains(text: str, found: list[Mention]) -> list[Mention]:
    """"the Confederation of Indigenous Nationalities of Ecuador (CONAIE)": names joined by
    "of", "for", "and" or "on" and closed by an acronym in brackets are one organisation, the
    acronym its alias; the chain's first name must hold an organisation word."""
    out: list[Mention] = []
    for mention in found:
        out.append(mention)
        if mention.rule != "acronym" or text[mention.start - 1 : mention.start] != "(" or (
                text[mention.end : mention.end + 1] != ")"):
            continue
        chain = [out[-2]] if len(out) >= 2 and text[out[-2].end : mention.start] == " (" else []
        while chain and len(out) > len(chain) + 1:
            before = out[-len(chain) - 2]
            if before.paragraph != mention.paragraph or not _CHAIN_JOINT.fullmatch(text, before.end, chain[0].start):
                break
            chain.insert(0, before)
        if len(chain) < 2 or not set(chain[0].text.split()) & ORG_WORDS:
            continue
        name = text[chain[0].start : chain[-1].end]
        joined = replace(chain[0], end=chain[-1].end, text=name, actor=slug(name), rule="organisation-cue",
                         actor_type="organisation")
        out[-len(chain) - 1 :] = [joined, mention]
    return out


_NICKNAME = re.compile(r"\s+[“\"‘'][A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?[”\"’']\s+\Z")


def _join_nicknames(text: str, found: list[Mention]) -> list[Mention]:
    """"Juan Miguel “Migz” Zubiri": a person's name, a nickname in quotation marks and a
    surname are one name (its display drops the nickname: see :func:`plain_name`)."""
    out: list[Mention] = []
    for mention in found:
        previous = out[-1] if out else None
        if (previous is not None and mention.start > 0 and text[mention.start - 1] in "“\"‘'"
                and text[mention.end : mention.end + 1] in ("”", "\"", "’", "'")
                and not text[previous.end : mention.start - 1].strip()
                and re.match(r"\s+[A-Z]", text[mention.end + 1 : mention.end + 3])):
            continue  # the nickname itself ("Mike Rayong" in "Panupong “Mike Rayong” Jadnok"): part of the name
        if (previous is not None and previous.actor_type == "person" and " " in previous.text and " " not in mention.text
                and mention.actor_type in (None, "person") and re.fullmatch(r"\s+[“\"‘']", text[previous.end : mention.start])
                and text[mention.end : mention.end + 1] in ("”", "\"", "’", "'")
                and not re.match(r"\s+[A-Z]", text[mention.end + 1 : mention.end + 3])):
            # "Prime Minister Pushpa Kamal Dahal “Prachanda” over …": the nickname after a full name is that
            # person's (a later "Prachanda said" is the same man)
            out.append(replace(mention, actor=previous.actor, actor_type="person", rule="nickname"))
            continue
        if (previous is not None and (previous.actor_type == "person" or (  # or "said Panupong “Mike” Jadnok"
                previous.actor_type is None and " " not in previous.text)) and " " not in mention.text
                and mention.actor_type in (None, "person") and mention.paragraph == previous.paragraph
                and _NICKNAME.fullmatch(text, previous.end, mention.start)):
            name = text[previous.start : mention.end]
            out[-1] = replace(previous, end=mention.end, text=name, actor=slug(plain_name(name)))
            continue
        out.append(mention)
    return out


def plain_name(name: str) -> str:
    """A name without the nickname quoted inside it ("Juan Miguel Zubiri")."""
    return re.sub(r"\s+[“\"‘'][^“”\"‘’']+[”\"’']\s+", " ", name)


# A name opening the first paragraph before a bar is the outlet's credit line, no actor of the story.
_CREDIT_BAR = re.compile(r" ?\|")


def _dateline_place(text: str, mention: Mention, sentences: Sequence[Sentence]) -> Mention:
    """"KUALA LUMPUR, August 18 —", "SHAH ALAM:": capitals opening the first paragraph before a
    comma, colon, parenthesis or dash are the dateline's place, never a speaker."""
    first = next((s for s in sentences if s.paragraph == 1), None)
    if first is None or mention.start != first.start:
        return mention
    if re.match(r"\.[-–—]\s", text[mention.end : mention.end + 3]):
        return replace(mention, actor_type="place")  # "Santo Domingo.- To deal with …"
    if not mention.text.isupper():
        return mention
    if text[mention.end : mention.end + 3].lstrip()[:1] in (",", ":", "(", "—", "–", "-"):
        return replace(mention, actor_type="place")
    return mention


def _month_surnames(text: str, sentences: Sequence[Sentence], found: Sequence[Mention],
                    tokens: TokenIndex) -> list[Mention]:
    """"May says" after "Theresa May": a month that is the last word of a person's name is that
    person when it stands alone, not after a date preposition and not before a day number."""
    surnames = {m.text.split()[-1] for m in found if m.actor_type == "person" and " " in m.text} & _NAME_MONTHS
    if not surnames:
        return []
    taken = [(m.start, m.end) for m in found]
    out = []
    for sentence in sentences:
        words = tokens.between(sentence.start, sentence.end)
        for i, token in enumerate(words):
            if token.text not in surnames or any(a <= token.start < b for a, b in taken):
                continue
            before = words[i - 1] if i else None
            after = words[i + 1] if i + 1 < len(words) else None
            if (before is not None and (before.lower in _DATE_PREPOSITIONS or before.is_capitalised)) or (
                    after is not None and (after.text[:1].isdigit() or after.is_capitalised)):
                continue
            out.append(Mention(token.start, token.end, token.text, slug(token.text), "pattern",
                               "capitalised-sequence", "person", sentence.paragraph))
    return out


_DATE_PREPOSITIONS = frozenset("in on since by until till from through during before after between of early late mid"
                               " last next this until".split())


def _is_title(token: Token) -> bool:
    """A title word; an all-capitals word is an acronym ("MS"), not a title, unless it is one
    of the acronym titles ("MP", "FM", "CJI")."""
    return _title_word(token.text)


@functools.lru_cache(maxsize=8192)
def _title_word(text: str) -> bool:
    """:func:`_is_title` by the token's text, which decides every fact it asks (asked about a
    hundred times per story, for a few dozen different words)."""
    token = Token(0, len(text), text, text.lower(), text[:1].isalpha(), text[:1].isupper())
    if token.text in ACRONYM_TITLES:
        return True
    if token.is_acronym and token.text not in ACRONYM_TITLES and not (len(token.text) >= 4 and token.lower in TITLE_WORDS):
        return False  # "MS" is no title; "SENATE PRESIDENT X" in a capitalised lede is
    low = re.sub(r"-(?:elect|designate)\Z|\Aex-", "", token.lower)  # "President-elect", "ex-Senator"
    if token.is_capitalised and low.endswith("s") and low[:-1] in _PLURAL_TITLES:
        return True  # "a bench of Justices Rohinton Nariman and Vineet Saran"
    if "-" in low.strip("-") and all(part.rstrip(".") in TITLE_WORDS for part in low.split("-")):
        return True  # "Colonel-General", "Major-General", "Director-General": a compound of titles
    return low.rstrip(".") in TITLE_WORDS or low in TITLE_WORDS


def _overlaps(blocked: list[tuple[int, int]], token: Token) -> bool:
    """True when ``token`` overlaps a span of the sorted, non-overlapping ``blocked`` list."""
    i = bisect.bisect_right(blocked, (token.start, 1 << 62)) - 1
    for b0, b1 in blocked[max(i, 0) : i + 2]:
        if b0 < token.end and token.start < b1:
            return True
    return False


def _unblocked(tokens: list[Token], blocked: list[tuple[int, int]], disjoint: bool) -> list[Token]:
    """``tokens`` (in text order) that overlap no span of the sorted ``blocked`` list."""
    if not blocked or not tokens:
        return tokens
    if not disjoint:
        return [t for t in tokens if not _overlaps(blocked, t)]
    kept: list[Token] = []
    k = max(bisect.bisect_right(blocked, (tokens[0].start, 1 << 62)) - 1, 0)
    for token in tokens:  # spans are disjoint: only the first span ending after the token can overlap it
        while k < len(blocked) and blocked[k][1] <= token.start:
            k += 1
        if k == len(blocked) or blocked[k][0] >= token.end:
            kept.append(token)
    return kept


_PARTICLE_SURNAME = re.compile(r"(?:al|el|ad|ud|ul|as|ash|az|ar)-[A-Z][\w’'-]+")


def _surname_an(tokens: list[Token], i: int) -> bool:
    """"spokesperson An Ho-young": a capitalised "An" after a lower-case word, before a
    hyphenated given name, or before "said", is a surname (Korean), not an article."""
    if tokens[i].text != "An" or not 0 < i < len(tokens) - 1:
        return False
    if tokens[i + 1].text in ("said", "says", "told", "added"):
        return True  # "“…,” An said"
    return tokens[i - 1].is_word and tokens[i - 1].text.islower() and tokens[i + 1].is_capitalised and "-" in tokens[i + 1].text


def _named_after_title(words: Sequence[Token]) -> bool:
    """True when the words end with a title and a name after it ("Prime Minister Giorgia
    Meloni"), not with an office's department ("Director for Education")."""
    titles = [n for n, t in enumerate(words) if _is_title(t)]
    if not titles or titles[-1] == len(words) - 1:
        return False
    rest = words[titles[-1] + 1 :]
    return not any(t.lower in _CONNECTORS or t.text in DEPARTMENT_WORDS or t.text in ORG_WORDS for t in rest)


def _plain_word(token: Token) -> bool:
    """A capitalised word that is no acronym ("Health", "Chilenga"; not "MP", not "2024")."""
    return token.is_word and token.is_capitalised and not token.is_acronym


def _office_of(words: Sequence[Token]) -> bool:
    """True when the words end with a title, "of" and one or two capitalised words ("Minister of Health"), so
    that an "and" next joins a second portfolio: "Minister of Health and Wellness Jeffrey Bostic"."""
    of = max((n for n, t in enumerate(words) if t.lower == "of"), default=-1)
    return of > 0 and _is_title(words[of - 1]) and 1 <= len(words) - of - 1 <= 2 and all(
        _plain_word(t) for t in words[of + 1 :])


def _holder_follows(text: str, tokens: Sequence[Token], k: int) -> bool:
    """True when three or four plain capitalised words follow from ``tokens[k]`` (a second
    portfolio, then its holder's name), none of them a title: not "Secretary of State and
    Governor-elect Katie Hobbs", not "Minister of Information and National Orientation, on …"."""
    n = k
    while n < len(tokens) and _plain_word(tokens[n]) and (
            n == k or text[tokens[n - 1].end : tokens[n].start] == " ") and not _is_title(tokens[n]):
        n += 1
    return 3 <= n - k <= 4 and (n == len(tokens) or not tokens[n].is_capitalised)


def _all_opens_a_body(text: str, tokens: list[Token], i: int) -> bool:
    """"All Progressives Congress", "All People’s Congress", "All India Trinamool Congress": a
    capitalised "All" opens a party's or body's name when capitalised words (and a possessive)
    run from it, space by space, to an organisation word."""
    if tokens[i].text != "All":
        return False
    j = i + 1
    while j < len(tokens) and j <= i + 5 and text[tokens[j - 1].end : tokens[j].start] in (" ", ""):
        word = tokens[j]
        if word.text in ORG_WORDS:
            return j > i + 1
        if not (word.is_word and word.is_capitalised and word.text not in STOP_CAPITALISED) and word.text not in ("’s", "'s"):
            return False
        j += 1
    return False


def _runs(text: str, tokens: list[Token], start: int, paragraph: int) -> list[_Run]:
    """Runs of capitalised words among the tokens of one region (which opens at ``start``)."""
    runs: list[_Run] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (not (token.is_word and token.is_capitalised) or token.lower in ("the", "a", "an") or (
                token.text in STOP_CAPITALISED and not _month_as_name(text, tokens, i, start_of_run=True)
                and not (token.text in WEEKDAYS and weekday_is_name(text, token.start, token.end))
                and not _all_opens_a_body(text, tokens, i))
                or _title_abbreviation(text, tokens, i)) and not _surname_an(tokens, i) and not (
                _PARTICLE_SURNAME.fullmatch(token.text) and (i == 0 or not tokens[i - 1].is_capitalised)):
            # ("al-Joumhouria newspaper reported": a name may open with its particle)
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            nxt = tokens[j]
            gap = text[tokens[j - 1].end : nxt.start]
            if gap not in (" ", ""):
                break
            if nxt.text in ("A", "I") and _initial_stop(text, tokens, j + 1):
                j += 1  # "Bernard A. Friedman": a middle initial, not the article or the pronoun
                continue
            named_day = nxt.text in WEEKDAYS and weekday_is_name(text, nxt.start, nxt.end)  # "Godwin Friday"
            if nxt.text in WEEKDAYS and not named_day and (j + 1 >= len(tokens) or not tokens[j + 1].is_capitalised):
                break  # "The Lebanese Army Sunday night denied": a date after the name ("Sunday Times" stays)
            if nxt.is_word and nxt.is_capitalised and (nxt.text not in STOP_CAPITALISED or named_day
                                                       or _month_as_name(text, tokens, j, start_of_run=False)):
                if _title_abbreviation(text, tokens, j):
                    break  # "Republican Sen. X": the title starts a new run
                j += 1
                continue
            if _initial_stop(text, tokens, j):
                j += 1  # "Francis G. Escudero", "G.L Peiris": the stop of an initial stays in the name
                continue
            if _PARTICLE_SURNAME.fullmatch(nxt.text):
                j += 1  # "Salim al-Jubouri", "Haider al-Abadi": a particle joined to the surname
                continue
            if (nxt.text in ("’s", "'s", "’", "'") and j + 1 < len(tokens)
                    and (tokens[j - 1].lower in _NAME_POSSESSORS or (nxt.text in ("’", "'") and tokens[j - 1].lower.endswith("s")
                                                                    and not any(_is_title(t) for t in tokens[j + 1 : j + 3])))
                    # (not "Santos' High Commissioner for Peace": a person's office after his name)
                    and text[nxt.end : tokens[j + 1].start] == " " and tokens[j + 1].is_capitalised):
                j += 1  # "People’s Democratic Party", "Prosecutors' Office": a possessive inside the name
                continue
            joined = _particle_joins(text, tokens, i, j) if nxt.lower in NAME_PARTICLES else 0
            if joined:
                j += joined  # "Leila de Lima", "Ursula von der Leyen"
                continue
            if (nxt.lower == "to" and tokens[j - 1].lower in ("ambassador", "envoy") and j + 1 < len(tokens)
                    and tokens[j + 1].is_capitalised and text[nxt.end : tokens[j + 1].start] == " "):
                j += 2  # "Ambassador to Malaysia Lada Phumas": the office goes on over "to"
                continue
            if nxt.lower == "in" and j + 1 < len(tokens) and j - i >= 2 and {t.text for t in tokens[i:j]} & ORG_WORDS and (
                    text[nxt.end : tokens[j + 1].start] == " ") and (
                    country := next((k for k in (3, 2, 1) if j + k < len(tokens) and " ".join(
                        t.text for t in tokens[j + 1 : j + 1 + k]) in _PLACES_AFTER_IN), 0)):
                j += 1 + country  # "Organization for Security and Cooperation in Europe", "Embassy in Georgia"
                continue
            if (nxt.lower == "on" and tokens[j - 1].text in _ON_HEADS and j + 1 < len(tokens)
                    and tokens[j + 1].is_capitalised and tokens[j + 1].text not in STOP_CAPITALISED
                    and text[nxt.end : tokens[j + 1].start] == " "):
                j += 2  # "Commission on Elections", "Committee on Foreign Affairs": one name
                continue
            # "Ministry of Health", "Minister of Information": connectors need a head before.
            k = j
            while k < len(tokens) and tokens[k].lower in _CONNECTORS and text[tokens[k - 1].end : tokens[k].start] == " ":
                k += 1
            heads = {t.text for t in tokens[i:j]}
            if (k > j and k < len(tokens) and tokens[k].is_capitalised and tokens[k].text not in STOP_CAPITALISED
                    and text[tokens[k - 1].end : tokens[k].start] == " "
                    and (heads & CONNECTOR_HEADS or _is_title(tokens[j - 1])
                         or (k == j + 1 and nxt.lower == "of" and tokens[k].text in _BODY_MEMBERS
                             and any(_is_title(t) for t in tokens[i:j]))  # "Speaker of the House of Representatives X"
                         or (k == j + 1 and nxt.lower == "and" and _org_follows(text, tokens, k)
                             and not _named_after_title(tokens[i:j]))
                         or (k == j + 1 and nxt.lower == "and" and _office_of(tokens[i:j])
                             and _holder_follows(text, tokens, k)))):  # not "Prime Minister X and European Council"
                j = k + 1  # (or "Trinidad and Tobago Police Service": "and" inside an organisation's name)
                continue
            break
        prev = tokens[i - 1] if i > 0 and text[tokens[i - 1].end : token.start] == " " else None
        if prev is not None and prev.text == "." and i > 1 and tokens[i - 2].end == prev.start:
            prev = tokens[i - 2]  # "Mr. Smith", "Gen. Pol Saroeun"
        titled = prev is not None and (prev.text in _HONORIFICS or (not prev.is_capitalised and _is_title(prev))
                                       or _title_abbreviation(text, tokens, tokens.index(prev)))
        if prev is not None and _title_of_before(text, tokens, i):
            country = next((k for k in (3, 2, 1) if j - i - k >= 2 and " ".join(t.text for t in tokens[i : i + k]) in COUNTRIES), 0)
            if country:  # "Former president of Kyrgyzstan Almazbek Atambayev": the country, then the holder
                runs.append(_Run(tuple(tokens[i : i + country]), False, False, "of", paragraph))
                runs.append(_Run(tuple(tokens[i + country : j]), False, True, tokens[i + country - 1].lower, paragraph))
                i = j
                continue
        runs.append(_Run(
            tuple(tokens[i:j]), is_initial(text, token, start) and not titled,
            titled, tokens[i - 1].lower if i > 0 else "", paragraph,
        ))
        i = j
    return runs


def _title_of_before(text: str, tokens: Sequence[Token], i: int) -> bool:
    """A lower-case title, "of", and at most "the" and one lower-case word, right before token ``i``:
    "president of Kyrgyzstan …", "Prime Minister of the unrecognized Kosovo …"."""
    k = i - 1
    for _ in range(2):
        if k >= 1 and tokens[k].lower != "of" and not tokens[k].is_capitalised and tokens[k].is_word and (
                tokens[k].lower == "the" or tokens[k - 1].lower == "the") and not _is_title(tokens[k]):
            k -= 1
    return (k >= 1 and tokens[k].lower == "of" and (k < i - 1 or not tokens[k - 1].is_capitalised) and _is_title(tokens[k - 1])
            and all(text[tokens[m].end : tokens[m + 1].start] == " " for m in range(k - 1, i - 1)))


# Members a body is named after ("Council of Ministers", "House of Representatives", "Board of Directors").
_BODY_MEMBERS = frozenset("Ministers Representatives Directors Deputies Commons Lords Elders Governors Trustees Delegates".split())

def _of_members(tokens: Sequence[Token], k: int) -> bool:
    """True when "of" and the members a body is named after stand at ``k`` ("… of Ministers")."""
    return k + 1 < len(tokens) and tokens[k].lower == "of" and tokens[k + 1].text in _BODY_MEMBERS


_PLURAL_TITLES = frozenset("justice judge senator minister president commissioner governor ambassador".split())

# Title words that are also common surnames: after a given name they end a name ("Julie Bishop").
_SURNAME_TITLES = frozenset("bishop judge major marshal king".split())

_CHAMBERS = frozenset("House Opposition Senate Assembly Parliament Council Government".split())

# Street words written before the name in French, Spanish, Portuguese and Italian usage.
_STREET_FIRST = frozenset("Avenue Avenida Rue Calle Boulevard Plaza Piazza Praça Rua Via".split())

# Plural common nouns whose possessive is part of an organisation's name ("People’s Action
# Party", "Workers' Party"), unlike an owner's ("Kenya’s Ministry of Foreign Affairs").
_NAME_POSSESSORS = frozenset("people peoples workers women farmers citizens children veterans youth nations".split())

# Months that are also names ("Theresa May", "Mrs May", "April Ryan"): a name word only
# after a given name or an honorific, and not before a day number ("on May 5").
_NAME_MONTHS = frozenset({"May", "June", "April", "Jun", "Jan"})  # "Theresa May", "spokesperson Jun Hee-kyung"
# Month abbreviations that are also given names: a name when a capitalised word follows ("Jan Kowalczyk").
_GIVEN_NAME_MONTHS = frozenset({"Jan", "Jun"})


def _month_as_name(text: str, tokens: Sequence[Token], i: int, start_of_run: bool) -> bool:
    token = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if (token.text in _GIVEN_NAME_MONTHS and after is not None and after.is_capitalised and after.is_word
            and text[token.end : after.start] == " " and after.text not in STOP_CAPITALISED):
        return True
    if (token.text in _GIVEN_NAME_MONTHS and after is not None and after.lower in NAME_PARTICLES and i + 2 < len(tokens)
            and tokens[i + 2].is_capitalised and text[token.end : after.start] == " " == text[after.end : tokens[i + 2].start]):
        return True  # "Jan van Zanen", "Jan de Vries": a given name, a particle, a surname
    if token.text not in _NAME_MONTHS or i == 0 or text[tokens[i - 1].end : token.start] != " ":
        return False
    if after is not None and after.text[:1].isdigit():
        return False
    before = tokens[i - 1]
    if before.text == "." and i > 1:
        before = tokens[i - 2]
    if start_of_run:  # after an honorific, or after a title with a capitalised word next ("spokesperson Jun Hee-kyung")
        return before.text in _HONORIFICS or (
            not before.is_capitalised and _is_title(before) and after is not None and after.is_capitalised
            and text[token.end : after.start] == " " and after.text not in STOP_CAPITALISED)
    return before.is_capitalised and before.text not in STOP_CAPITALISED and not _is_title(before)


_FINITE = frozenset("had has have was were is are would will could should did does".split())


def _verb_follows(text: str, last: Token) -> bool:
    """True when an auxiliary or finite verb follows the token ("… Besigye had been")."""
    after = re.match(r"\s+([a-z]+)\b", text[last.end : last.end + 20])
    return after is not None and after.group(1) in _FINITE


def _org_follows(text: str, tokens: Sequence[Token], k: int) -> bool:
    """True when the capitalised words from ``tokens[k]`` on hold an organisation word."""
    while k < len(tokens) and tokens[k].is_capitalised and tokens[k].text not in STOP_CAPITALISED:
        if tokens[k].text in ORG_WORDS:
            return True
        if k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start] != " ":
            return False
        k += 1
    return False


_PEERAGE = frozenset({"lord", "lady"})


def _led_by_title(text: str, run: _Run) -> bool:
    """True when a lower-case title comes shortly before "of the" and the run ("deputy
    chairman of the CIS Executive Committee …")."""
    before = text[max(0, run.start - 60) : run.start]
    found = re.search(r"(?:(?i:leader\s+of\s+(?:the\s+)?)(?P<opposition>Opposition)|(?P<title>[A-Za-z-]+))\s+"
                      r"(?:of(?:\s+the)?|in(?:\s+the)?|for\s+the)\s+"  # ("spokesperson for the Ministry of … X")
                      r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+)?\Z", before)  # "Chief Whip in Parliament …"
    # ("Leader of the Opposition in Kenya's National Assembly …": a possessive owner may come
    # between, and the leader's office ends on "Opposition")
    return found is not None and (found.group("opposition") is not None or found.group("title").lower() in TITLE_WORDS)


def _initial_stop(text: str, tokens: Sequence[Token], j: int) -> bool:
    """``tokens[j]`` is the stop after a one-letter initial, with a capitalised word (or
    another initial) right after it: "G." in "Francis G. Escudero", "G.L Peiris"."""
    if tokens[j].text != "." or j + 1 >= len(tokens) or j == 0:
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    glued = after.start == tokens[j].end and re.fullmatch(r"(?:Ch|Kh|Sh|Ts|Ya|Yo|Yu|Zh)", before.text) is not None
    if (len(before.text) != 1 and not glued) or not before.text[0].isupper() or before.end != tokens[j].start:
        return False  # (a Mongolian initial of two letters glued to the name: "Kh.Bolorchuluun", "Ts.Nyamdorj")
    return text[tokens[j].end : after.start] in (" ", "") and after.is_word and after.is_capitalised and (
        after.text not in STOP_CAPITALISED)


def _particle_joins(text: str, tokens: Sequence[Token], i: int, j: int) -> int:
    """How many tokens a lower-case name particle at ``tokens[j]`` adds to the run ``tokens[i:j]``
    (0: none). It joins when a capitalised word follows it (or another particle and then one),
    with single spaces, and the run is not an organisation's name."""
    k = j
    while k < len(tokens) and tokens[k].lower in NAME_PARTICLES and text[tokens[k - 1].end : tokens[k].start] == " ":
        k += 1
    if k == j or k >= len(tokens) or k - j > 2 or text[tokens[k - 1].end : tokens[k].start] != " ":
        return 0
    after = tokens[k]
    if not (after.is_word and after.is_capitalised) or after.text in STOP_CAPITALISED or after.text in ORG_WORDS:
        return 0
    if {t.text for t in tokens[i:j]} & ORG_WORDS:
        return 0
    return k - j + 1


def _title_abbreviation(text: str, tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` is an ambiguous abbreviation ("Sen.") used as a title here: a stop follows
    it and no name word comes right before it."""
    token = tokens[i]
    if text[token.end : token.end + 1] != ".":
        return False
    if token.text not in AMBIGUOUS_TITLE_ABBREVIATIONS:  # "Maj. Gen. John Okello": titles, not names
        return token.lower + "." in TITLE_WORDS and token.lower not in ("mr", "mrs", "ms", "dr")
    before = tokens[i - 1].text if i > 0 and text[tokens[i - 1].end : token.start] == " " else ""
    return abbreviation_is_title(before)


def _mention(text: str, tokens: Sequence[Token], kind: str, rule: str, actor_type: str | None, paragraph: int) -> Mention:
    start, end = tokens[0].start, tokens[-1].end
    name = text[start:end]
    return Mention(start, end, name, slug(name), kind, rule, actor_type, paragraph)  # type: ignore[arg-type]


def _is_head(tokens: Sequence[Token], n: int, initial: bool) -> bool:
    """True when ``tokens[n]`` is a title that heads the run's name ("Minister", "Tan Sri")."""
    t = tokens[n]
    if n == 0 and initial and t.lower in ROLE_NOUNS and len(tokens) >= 3:
        return True  # "Demonstrator Lionel Jean-Pierre" opening a sentence
    if not (_is_title(t) or (n > 0 and (tokens[n - 1].lower, t.lower) in HONORIFIC_PAIRS)):
        return False
    if n == len(tokens) - 1 and n > 0 and not _is_title(tokens[n - 1]) and (t.lower in HONORIFIC_WORDS or (
            t.lower in _SURNAME_TITLES and tokens[n - 1].lower not in TITLE_MODIFIERS
            and tokens[n - 1].text not in ORG_WORDS and not is_demonym(tokens[n - 1].text))):
        return False  # "Zaw Min Tun", "Julie Bishop said": the last word of a name
    # "Ministry of Justice", "Court of Justice": a title word after an organisation's "of" is its department
    return not (n > 1 and tokens[n - 1].lower in ("of", "for") and tokens[n - 2].text in ORG_WORDS)


# Capitalised words that describe a party's standing, not its name ("Opposition", "Ruling").
_ORG_DESCRIPTORS = frozenset({"Opposition", "Ruling", "Governing", "Main"})


def _stands_alone(text: str, surname: Token, run: _Run) -> bool:
    """True when the run's last word is written elsewhere in the text as a name on its own
    (not after another capitalised word): "Bule said" later makes "Port Vila Hilaire Bule" two names."""
    for found in re.finditer(r"\b" + re.escape(surname.text) + r"\b", text):
        if run.start <= found.start() < run.end:
            continue
        before = re.search(r"(\S+)\s+\Z", text[max(0, found.start() - 40) : found.start()])
        if before is None or not before.group(1)[:1].isupper() or before.group(1)[-1:] in ".:”\"":
            return True
    return False


def _after_dash(text: str, run: _Run) -> bool:
    """True when a dash stands right before the run ("Assistant Commissioner of Police –
    Operations Livai Driu": the office's portfolio after the dash)."""
    return re.search(r"\w\s+[–—-]\s+\Z", text[max(0, run.start - 4) : run.start]) is not None


def _after_title(text: str, run: _Run, joint: str) -> bool:
    """True when the run follows a lower-case title and ``joint``: "for" ("special representative
    for Afghanistan Zalmay Khalilzad", "candidate for Siparia Kamla Persad-Bissessar": a place the
    office is for) or "of" ("member of Knesset Ahmed Tibi": the title's body, then its holder)."""
    if run.before != joint:
        return False
    word = re.search(r"\b([a-z][\w-]*)\s+" + joint + r"\s+\Z", text[max(0, run.start - 40) : run.start])
    return word is not None and word.group(1) in TITLE_WORDS


def _seat_and_holder(words: Sequence[Token]) -> bool:
    """True for three to five plain capitalised words after an MP's "for": a seat of one to
    three words, then its holder's two-word name ("Chitipa South Welani Chilenga")."""
    return 3 <= len(words) <= 5 and all(_plain_word(t) and t.text not in ORG_WORDS and not _is_title(t) for t in words)


# "Minister of Science, " or "Minister of Justice, Prisons Affairs and ": an office's list of
# portfolios, which the run after it carries on.
_ITEM = r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*"
_PORTFOLIO_LIST = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?" + _ITEM
                             + r"(?:(?:,\s+|,?\s+and\s+)" + _ITEM + r"){0,3}(?:,\s+|,?\s+and\s+)\Z")
_NEXT_ITEM = re.compile(r",?\s+and\s+[A-Z]|\s+(?:Dr|Mr|Mrs|Ms|Prof|Hon)\b\.?\s")  # (not ", SC": an appositive name's)


def _portfolio_item(text: str, run: _Run, tokens: Sequence[Token]) -> list[Token] | None:
    """For a run that carries on an office's list of portfolios ("Minister of Science,
    Technology and Innovation Khairy Jamaluddin"): the holder's name of two words after the
    last portfolio, an empty list for a portfolio that another item or a title follows
    ("Prisons Affairs and", "Constitutional Reforms Dr …"), or None when no list comes before."""
    if not _PORTFOLIO_LIST.search(text, max(0, run.start - 90), run.start):
        return None
    if _NEXT_ITEM.match(text, run.end):
        return []
    if run.before == "and" and 3 <= len(tokens) <= 4 and all(
            _plain_word(t) and t.text not in ORG_WORDS and not _is_title(t) for t in tokens):
        return list(tokens[-2:])
    return None


_STATE_OF = re.compile(r"\b(?:Republic|Kingdom|Federation|Commonwealth|Sultanate|Emirate|Principality)\s+of\s+\Z")
# A state's formal name, a demonym before one of these ("the Kyrgyz Republic", "the Russian Federation").
_STATE_HEADS = frozenset("Republic Federation Kingdom".split())


def _state_name(tokens: Sequence[Token]) -> bool:
    """"Czech Republic": a state's formal name of two words, a demonym and its head."""
    return len(tokens) == 2 and tokens[1].text in _STATE_HEADS and is_demonym(tokens[0].text)


_LOWER_APPOSITIVE = re.compile(r",\s+(?:the\s+)?([a-z]+)\b")  # ", leader of …"
_AFTER_PREPOSITION = frozenset("with to from by of in at for told said".split())  # ("an interview with RIA Novosti, the …")


def _classify(text: str, run: _Run, evidence: set[str]) -> list[Mention]:
    tokens = list(run.tokens)
    heads = [n for n in range(len(tokens)) if _is_head(tokens, n, run.initial)]
    out: list[Mention] = []
    joint = next((k for k, t in enumerate(tokens) if t.lower == "and"), -1)
    if (run.after_title and 2 <= joint <= 3 and not heads and all(_plain_word(t) for t in tokens[:joint])
            and not {t.text for t in tokens[:joint]} & ORG_WORDS and {t.text for t in tokens[joint + 1 :]} & ORG_WORDS):
        # "Rep. Park Chan-dae and People Power Party Rep. Kweon Seong-dong": the titled person, then a party
        return [_mention(text, tokens[:joint], "pattern", "title-pattern", "person", run.paragraph),
                *_classify(text, run._replace(tokens=tuple(tokens[joint + 1 :]), initial=False, after_title=False), evidence)]
    holder = _portfolio_item(text, run, tokens) if not heads else None
    if holder is not None:  # an office's portfolio, or its holder after the last one
        return [_mention(text, holder, "pattern", "title-pattern", "person", run.paragraph)] if holder else []
    if heads:
        head = _title_end(tokens, heads)
        name_from = head + 1
        if name_from < len(tokens) and (tokens[name_from].lower == "of" or (
                tokens[name_from].lower == "for" and (tokens[name_from - 1].lower in ("minister", "secretary") or (
                    name_from + 1 < len(tokens) and tokens[name_from + 1].text in DEPARTMENT_WORDS))) or (
                tokens[name_from].lower == "to" and tokens[name_from - 1].lower in ("ambassador", "envoy", "adviser"))):
            # ("Ambassador to Malaysia Lada Phumas": "to" carries the office too)
            # ("State Minister for Media Affairs Mohammad Momani", "Director for Operations Marvin Sarkor":
            # "for" carries the office too, after a minister or before a department)
            name_from += 1
            after_of = name_from
            while name_from < len(tokens) and (tokens[name_from].lower == "the" or tokens[name_from].text in _OF_TITLE
                                               or _of_members(tokens, name_from + 1) or (
                    name_from == len(tokens) - 2 and tokens[name_from - 1].lower == "of"
                    and tokens[name_from + 1].text in _OF_TITLE)):
                # ("Deputy Speaker of Kurdistan Parliament": a place's body ends the office, no name after it)
                name_from += 1
                if tokens[name_from - 1].lower != "the" and _of_members(tokens, name_from):
                    name_from += 2  # "Council of Ministers", "House of Representatives": the body's name goes on
            # "Minister of State for Housing Affairs Ammar Al-Ajmi": the office runs to its last
            # department word when "for" or "and" carries it on.
            last = max((k for k in range(name_from, len(tokens)) if tokens[k].text in _OF_TITLE), default=-1)
            if last >= name_from and any(t.lower in ("for", "and") for t in tokens[name_from:last]):
                name_from = last + 1
            joined = max((k for k in range(name_from, len(tokens)) if tokens[k].lower == "and"), default=-1)
            if joined >= name_from and joined > after_of and 3 <= len(tokens) - joined - 1 <= 4 and all(
                    t.is_word and not t.is_acronym and t.lower not in _CONNECTORS for t in tokens[joined + 1 :]):
                name_from = len(tokens) - 2  # "Minister of Blue Economy and Civil Aviation Kirk Humphrey": two portfolios, then the holder
            rest = [t for t in tokens[name_from:] if t.lower not in NAME_PARTICLES and t.text != "."]
            only_the = all(t.lower == "the" for t in tokens[after_of:name_from])
            country = next((k for k in (4, 3, 2, 1) if name_from + k < len(tokens) - 1 and (" ".join(
                t.text for t in tokens[name_from : name_from + k]) in COUNTRIES or _state_name(tokens[name_from : name_from + k]))),
                           0) if only_the or tokens[name_from - 1].lower == "of" else 0
            # ("Minister of Foreign Affairs of Tajikistan Sirodjidin Mukhriddin": "of" and a country end the office)
            if country:
                name_from += country  # "Prime Minister of St Lucia Philip J Pierre": a country of several words
            elif (len(rest) == 3 or len(rest) == 4 and rest[0].text in _CHAMBERS) and rest[0] is tokens[name_from] and only_the:
                name_from += 1  # "Governor of Lagos Babajide Sanwo-Olu", "Leader of the Opposition Inia Seruiratu"
                # ("Leader of the House Adhir Ranjan Chowdhury": a chamber, then a name of three words)
            elif len(rest) == 4 and rest[0] is tokens[name_from] and only_the and is_demonym(rest[0].text) and (
                    rest[1] is tokens[name_from + 1]):
                name_from += 2  # "Speaker of the Lithuanian Seimas Viktoras Pranckietis": a country's body, then the name
            elif only_the and (len(rest) == 1 or (
                    len(rest) == 2 and re.match(r",\s+[A-Z]", text[tokens[-1].end :]))):
                name_from = len(tokens)  # "the President of Uzbekistan, Shavkat Mirziyoyev": a place
        name = tokens[name_from:]
        words = [t for t in name if t.lower not in NAME_PARTICLES and t.text != "."]
        plain = all(t.lower not in _CONNECTORS or t.lower in NAME_PARTICLES for t in name)
        title_only = name_from >= len(tokens)  # "Prime Minister" before a name the annotations know
        organisation = bool({t.text for t in name} & ORG_WORDS)  # "General Elections Commission": no person
        title_only = title_only or (len(words) == 1 and words[0].text in DEPARTMENT_WORDS and len(name) == 1)
        # ("the 2018 General Elections", "Director Operations": a department word alone is the office's, no name)
        if title_only or (name and plain and not organisation and words[0] is name[0] and words[-1] is name[-1]
                          and len(words) <= 4 and any(len(w.text) > 1 for w in words)):  # not "Gen Z"
            if not title_only:
                if len(words) == 1 and name_from > 0 and tokens[name_from - 1].lower in _PEERAGE:
                    name = tokens[name_from - 1 :]  # "Lord Fakafanua": a noble's one-word name keeps the title
                out.append(_mention(text, name, "pattern", "title-pattern", "person", run.paragraph))
            pre = tokens[:head]
            while pre and (pre[-1].lower in TITLE_MODIFIERS or _is_title(pre[-1])
                           or (pre[-1].lower, tokens[len(pre)].lower) in HONORIFIC_PAIRS) and not ({t.text for t in pre} & ORG_WORDS):
                pre.pop()
            if pre:
                out.extend(_classify(text, run._replace(tokens=tuple(pre), after_title=False), evidence))
            return out
    while tokens and tokens[-1].lower in _CONNECTORS:
        tokens.pop()
    if not tokens:
        return out
    # "the PDP Jane Doe": an acronym glued to a following name is a separate name,
    # unless one organisation word follows ("BBC News").
    if (len(tokens) == 3 and len(tokens[0].text) == 1 and tokens[1].text == "." and tokens[0].end == tokens[1].start
            and tokens[1].end == tokens[2].start and tokens[2].is_word and len(tokens[2].text) >= 3
            and not tokens[2].is_acronym and tokens[2].text not in ORG_WORDS | PLACE_WORDS | COUNTRIES
            and not _is_title(tokens[2])):
        # "U.Khurelsukh", "L.Oyun-Erdene": a given name's initial joined to the name with no space
        # (Mongolian style), a person
        return [_mention(text, tokens, "pattern", "title-pattern" if run.after_title else "capitalised-sequence",
                         "person", run.paragraph)]
    if (1 < len(tokens) <= 4 and _INITIALS.fullmatch(tokens[0].text) and tokens[0].text not in COUNTRIES
            and all(t.is_word and not t.is_acronym and t.text not in ORG_WORDS and t.text not in PLACE_WORDS
                    and not _is_title(t) for t in tokens[1:])):
        # "Dr. A.K. Abdul Momen": a name's initials, not an acronym before it (a country's dotted
        # abbreviation is in the country list)
        return [_mention(text, tokens, "pattern", "title-pattern" if run.after_title else "capitalised-sequence",
                         "person" if run.after_title else None, run.paragraph)]
    if (len(tokens) == 2 and tokens[0].is_acronym and tokens[0].text.isalpha() and len(tokens[0].text) >= 3
            and re.search(r"[AEIOU]", tokens[0].text) and tokens[1].is_word and not tokens[1].is_acronym
            and tokens[0].text not in COUNTRIES and tokens[1].text not in ORG_WORDS and not _is_title(tokens[1])
            and run.before.lower() not in _AFTER_PREPOSITION and (appositive := _LOWER_APPOSITIVE.match(text, tokens[1].end))
            and (appositive.group(1) in TITLE_WORDS or appositive.group(1) in ROLE_NOUNS)):
        # "IZUMI Kenta, leader of the main opposition …": a surname in capitals before the given name
        # (Japanese and Hungarian order), set off by a comma and an appositive
        return [_mention(text, tokens, "pattern", "capitalised-sequence", "person", run.paragraph)]
    if len(tokens) > 1 and tokens[0].is_acronym and not tokens[1].is_acronym and " ".join(t.text for t in tokens) not in COUNTRIES:
        rest = tokens[1:]
        if _is_title(tokens[0]) and rest[0].lower == "for":
            seat = rest[1:]  # "MP for Chitipa South Welani Chilenga": the seat, then its holder (two words)
            if _seat_and_holder(seat):
                return [_mention(text, tokens[-2:], "pattern", "title-pattern", "person", run.paragraph)]
            return _classify(text, run._replace(tokens=tuple(seat), initial=False, after_title=False), evidence) if seat else []
        told = len(rest) == 1 and run.before in ("told", "to")  # "told RNZ Pacific": one outlet, the one told
        if not ({t.text for t in rest} & ORG_WORDS) and not told:  # "SA Electoral Commission", "ANC Youth League" stay whole
            first = _classify(text, run._replace(tokens=(tokens[0],)), evidence)
            return first + _classify(text, run._replace(tokens=tuple(rest), initial=False, after_title=False), evidence)
    if len(tokens) > 1 and run.before == "told" and _verb_follows(text, tokens[-1]) and not (
            {t.text for t in tokens} & ORG_WORDS):
        # "told AFP Besigye had been arrested": the one told (one word), then the clause's subject
        first = _classify(text, run._replace(tokens=(tokens[0],)), evidence)
        return first + _classify(text, run._replace(tokens=tuple(tokens[1:]), initial=False, after_title=False), evidence)
    words = {t.text for t in tokens}
    if (run.before in ("in", "from", "of", "capital") or _after_title(text, run, "for")) and 3 <= len(tokens) <= 5 and not words & ORG_WORDS and all(
            t.is_word and not t.is_acronym for t in tokens) and (_stands_alone(text, tokens[-1], run) or (
                run.before == "capital" and len(tokens) == 3 and _cue_follows(text, tokens[-1].end)) or (  # "the capital Bishkek Almaz Orazaliyev said"
                len(tokens) == 3 and _after_title(text, run, "of"))):  # ("member of Knesset Ahmed Tibi": a title's body, then its holder)
        # "correspondent in Port Vila Hilaire Bule said …. Bule said": a place, then the person
        # ("director of Vente Venezuela María Corina Machado …. María Corina said": three words)
        size = 3 if len(tokens) >= 4 and _stands_alone(text, tokens[-3], run) else 2
        place = _classify(text, run._replace(tokens=tuple(tokens[:-size])), evidence)
        return place + [_mention(text, tokens[-size:], "pattern", "capitalised-sequence", None, run.paragraph)]
    country = next((k for k in (4, 3, 2, 1) if k + 2 <= len(tokens) <= k + 3
                    and " ".join(t.text for t in tokens[:k]) in COUNTRIES), 0)
    if (country and run.before in ("the", "of", "to", "in", "from") and not words & ORG_WORDS and all(
            t.is_word and not t.is_acronym and t.text not in PLACE_WORDS and t.text not in COUNTRIES and not _is_title(t)
            and not is_demonym(t.text) for t in tokens[country:])
            and (_stands_alone(text, tokens[-1], run) or _cue_follows(text, tokens[-1].end)
                 or _STATE_OF.search(text, max(0, run.start - 40), run.start))):
        # "High Commissioner to the Solomon Islands Roy Mackie said": a country, then a person
        # ("President of the Republic of Cyprus Nicos Anastasiades has …": a state's formal name ends the office)
        place = _classify(text, run._replace(tokens=tuple(tokens[:country])), evidence)
        return place + [_mention(text, tokens[country:], "pattern", "capitalised-sequence", None, run.paragraph)]
    lead = 0
    while lead < len(tokens) and tokens[lead].text in DEPARTMENT_WORDS:
        lead += 1
    if lead and (run.before in ("and", "for") or _after_dash(text, run)) and 2 <= len(tokens) - lead <= 4 and all(
            t.is_word and t.text not in ORG_WORDS and t.text not in PLACE_WORDS and not _is_title(t)
            for t in tokens[lead:]):
        # "Minister for Political, Legal, and Security Affairs Mohamad Mahfud MD": the office's
        # last portfolio, then its holder
        return [_mention(text, tokens[lead:], "pattern", "title-pattern", "person", run.paragraph)]
    if len(tokens) == 1:
        only = tokens[0]
        if only.is_acronym:
            return [_mention(text, tokens, "pattern", "acronym", None, run.paragraph)]
        surname = not only.text.endswith("s") and _cue_follows(text, only.end)  # "Amirabdollahian, who …, said"
        if (is_demonym(only.text) and not surname) or only.text in ORG_WORDS or only.text in TITLE_PRECEDERS or _is_title(only):
            return []
        if run.initial and not run.after_title and only.text not in evidence and not _surname_speaks(text, only):
            return []
    if words & ORG_WORDS and not (len(tokens) == 1):
        while len(tokens) > 2 and tokens[0].text in _ORG_DESCRIPTORS and tokens[1].text not in ORG_WORDS:
            tokens = tokens[1:]  # "the Opposition People's National Party": the party's own name
        last_org = max(n for n, t in enumerate(tokens) if t.text in ORG_WORDS)
        if last_org + 2 < len(tokens) and tokens[last_org + 1].lower == "of" and tokens[last_org + 2].text in COUNTRIES:
            last_org += 2  # "Deputy of the Parliament of Kyrgyzstan Iskhak Masaliev": the country ends the body's name
        elif last_org + 2 < len(tokens) and tokens[last_org + 1].lower == "of" and tokens[last_org + 2].text in DEPARTMENT_WORDS:
            last_org += 2  # "Ministry of Foreign Affairs Lê Thị Thu Hằng": the department words end the body's name
            while last_org + 1 < len(tokens) and tokens[last_org + 1].text in DEPARTMENT_WORDS:
                last_org += 1
        tail = tokens[last_org + 1 :]
        titled = (run.before in ("the", "in", "of", "'s", "’s") and _led_by_title(text, run)) or any(
            _is_title(t) for t in tokens[:last_org])  # "Comelec Director for Information Department James Jimenez"
        seat = tail[1:] if tail and tail[0].lower == "for" and _is_title(tokens[0]) else []
        if _seat_and_holder(seat):
            # "Member of Parliament for Chitipa South Welani Chilenga": the seat, then its holder (two words)
            return [_mention(text, tokens[:-2], "pattern", "organisation-cue", "organisation", run.paragraph),
                    _mention(text, tokens[-2:], "pattern", "title-pattern", "person", run.paragraph)]
        if 2 <= len(tail) <= 4 and tail[0].lower not in _CONNECTORS and titled and all(
                t.is_word and t.text not in ORG_WORDS and t.text not in PLACE_WORDS and not _is_title(t)
                and not is_demonym(t.text) and not t.is_acronym for t in tail):
            # "chairman of the CIS Executive Committee Vladimir Garkun": the organisation, then its officer
            return [_mention(text, tokens[: last_org + 1], "pattern", "organisation-cue", "organisation", run.paragraph),
                    _mention(text, tail, "pattern", "title-pattern", "person", run.paragraph)]
        body = 2 if len(tokens) > 3 and _is_title(tokens[0]) and tokens[1].lower == "of" else 0
        body += 1 if body and tokens[body].lower == "the" else 0
        if body and {t.text for t in tokens[body:]} & ORG_WORDS:
            tokens = tokens[body:]  # "The Rector of the University of Belgrade, X,": the title is no part of the body's name
        return [_mention(text, tokens, "pattern", "organisation-cue", "organisation", run.paragraph)]
    if run.after_title:
        return [_mention(text, tokens, "pattern", "title-pattern", "person", run.paragraph)]
    if all(is_demonym(t.text) for t in tokens) and not (
            len(tokens) == 1 and not tokens[0].text.endswith("s") and _cue_follows(text, tokens[0].end)):
        return []  # (but "Amirabdollahian, who was visiting Syria, said": a surname ending like a demonym)
    according = re.search(r"[Aa]ccording\s+to\s+\Z", text[max(0, run.start - 16) : run.start]) is not None
    phrasal = _PHRASAL_IN.search(text, max(0, run.start - 20), run.start) is not None  # "to rein in Dodik": no place
    owner = re.match(r"[’']s\s+\w", text[tokens[-1].end : tokens[-1].end + 4]) is not None
    place = (run.before in _PLACE_PREPOSITIONS and len(tokens) <= 2 and not according and not phrasal  # not "According to Gary Rodríguez"
             and not owner) or tokens[-1].text in PLACE_WORDS or (  # (nor "from Marape's Pangu Party": its owner)
        len(tokens) > 1 and tokens[0].text in _STREET_FIRST)  # "Avenue William Ponty", "Rue de Rivoli"
    if not place and _TITLED_THE.search(text, max(0, run.start - 8), run.start):
        # "while talking to The Rising Nepal": a capital "The" inside a sentence opens a publication's
        # or a body's name, never a person's
        return [_mention(text, tokens, "pattern", "capitalised-sequence", "organisation", run.paragraph)]
    return [_mention(text, tokens, "pattern", "capitalised-sequence", "place" if place else None, run.paragraph)]


def _surname_speaks(text: str, token: Token) -> bool:
    """"Čmilytė-Nielsen pointed out that …": a sentence's first word that a cue verb follows is a
    surname, when it cannot be a common noun (a hyphenated or accented name, or a singular word
    that is no role or title: not "Officials said", "Police said")."""
    if not _cue_follows(text, token.end):
        return False
    if "-" in token.text or not token.text.isascii():
        return True
    return not token.lower.endswith("s") and token.lower not in ROLE_NOUNS and token.lower not in TITLE_WORDS and (
        token.text not in STOP_CAPITALISED) and token.lower not in _INDEFINITE_PRONOUNS  # ("Nobody asked us")


_INDEFINITE_PRONOUNS = frozenset("""nobody everyone everybody someone somebody anyone anybody no-one none all many
    few some one each both either neither another nothing everything something anything""".split())


_TITLED_THE = re.compile(r"[a-z,] The \Z")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")



def _one_letter_apart(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one letter changed, added or dropped, or two
    neighbours swapped (never the first letter)."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        swapped = len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        return len(diffs) == 1 or swapped  # "Zelensky" / "Zelenksy": two letters swapped
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_)))


def _chunk_end(tokens: Sequence[Token], heads: Sequence[int], head: int) -> int:
    while head + 1 < len(tokens) and (head + 1 in heads or tokens[head + 1].lower in TITLE_MODIFIERS):
        head += 1
    return head


def _title_end(tokens: Sequence[Token], heads: Sequence[int]) -> int:
    """Where the titles before a name end. The first chunk of titles, unless what follows it
    holds another office ("Presidential Spokesman and Chief Presidential Counsel Salvador
    Panelo"); an honorific inside the name stays in it ("Prime Minister Najib Tun Abdul Razak")."""
    first = _chunk_end(tokens, heads, heads[0])
    for head in [h for h in heads if h > first]:
        rest = tokens[first + 1 : head]
        if any(t.lower in _CONNECTORS for t in rest) or any(
                _is_title(t) and t.lower not in HONORIFIC_WORDS for t in tokens[first + 1 :]):
            first = _chunk_end(tokens, heads, head)
    return first


_PHRASAL_IN = re.compile(r"\b(?:rein(?:ed|ing|s)?|weigh(?:ed|ing|s)?|usher(?:ed|ing|s)?|fill(?:ed|ing|s)?|step(?:ped|ping|s)?"
                         r"|cave[ds]?|sworn|pitch(?:ed|es|ing)?)\s+in\s+\Z")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|outside|inside|near|from|into)\s+the\s+\Z")


def _name_words(name: str) -> list[str]:
    """A name's words, and a surname without its particle ("Al-Ghanem" gives "Ghanem" too)."""
    words = name.split()
    return words + [w.split("-", 1)[1] for w in words if "-" in w and w.split("-", 1)[0].lower() in NAME_PARTICLES]


def _second_half(name: str) -> str | None:
    """"Lawrence" for "Nyonblee Karnga-Lawrence": the half a double-barrelled surname may go by."""
    words = name.split()
    double = _DOUBLE_SURNAME.fullmatch(words[-1]) if len(words) > 1 else None
    return _fold(double.group(1)) if double else None


_DOUBLE_SURNAME = re.compile(r"[A-Z][a-z]{2,}-([A-Z][a-z]{2,})")


def _initials_match(acronym: str, name: str) -> bool:
    letters = acronym.replace(".", "")
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return bool(initials) and letters[0] == initials[0] and len(letters) <= len(initials) + 1


_WORD_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


_WHO_CLAUSE = re.compile(r",\s+who\s+[^,;:“”\"]{1,80},")


def _cue_follows(text: str, end: int) -> bool:
    """True when a cue verb (after at most one -ly adverb) follows ``end`` ("Corbyn said")."""
    after = _WORD_AFTER.match(text, end)
    if after is None:  # "Amirabdollahian, who was visiting Syria, said": past a relative clause
        clause = _WHO_CLAUSE.match(text, end)
        after = _WORD_AFTER.match(text, clause.end()) if clause is not None else None
    return after is not None and after.group(1) in CUE_LEMMA


def _speaking_places(text: str, found: list[Mention]) -> list[Mention]:
    """A two-word "place" typed only by the preposition before it is a person when its last
    word later speaks alone ("a vote of no confidence in Jeremy Corbyn …. Corbyn said", "Mr
    Corbyn"): places do not say things, and a place's last word is seldom used alone."""
    speakers = set()
    # "… a push from Rahul Gandhi …. Rahul Gandhi, who is Leader of the Opposition, accused": a name
    # that a "who" follows anywhere in the story is a person's
    who = {m.text for m in found if " " in m.text and re.match(r",?\s+who\b", text[m.end : m.end + 6])}
    for m in found:
        if " " in m.text or not m.text[:1].isupper():
            continue
        honoured = re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+\Z", text[max(0, m.start - 5) : m.start])
        if honoured or _cue_follows(text, m.end):
            speakers.add((m.text, m.start))
    if not speakers and not who:
        return found
    promoted = []
    for m in found:
        words = m.text.split()
        if (m.actor_type == "place" and m.rule == "capitalised-sequence" and len(words) == 2
                and not set(words) & (PLACE_WORDS | ORG_WORDS) and words[0] not in _STREET_FIRST
                and (any(w == words[-1] and s > m.end for w, s in speakers) or m.text in who)):
            m = replace(m, actor_type="person")
        promoted.append(m)
    return promoted


def _fold(word: str) -> str:
    """A name word in lower case without its apostrophes, glottal marks or accents: "Tuimalealiifano"
    is "Tuimaleali’ifano", as Pacific and Arabic names are often typed both ways, and "Çavuşoğlu" is
    "Cavuşoğlu" (one story spells a Turkish name both ways)."""
    return re.sub(r"[’'ʻ‘`]", "", fold_accents(word).lower())


def _cue_opened(text: str, found: list[Mention]) -> list[Mention]:
    """"Said Chakwera: “…”": a speech verb opening a sentence before a name the story has given
    before is the cue, not the name's first word (a name that is new stays whole: "Said Jalili")."""
    out: list[Mention] = []
    for mention in found:
        first, _, rest = mention.text.partition(" ")
        if first in _OPENING_CUES and rest and (mention.start == 0 or text[:mention.start].rstrip()[-1:] in ("", ".", "\n")
                                                 or text[mention.start - 1] == "\n"):
            earlier = next((m for m in out if m.text == rest or m.text.endswith(" " + rest)), None)
            if earlier is not None and not any(m.text == mention.text for m in out):
                start = mention.start + len(first) + 1
                mention = replace(mention, start=start, text=rest, actor=earlier.actor, actor_type=earlier.actor_type,
                                  rule="partial-name" if earlier.text != rest else mention.rule)
        out.append(mention)
    return out


_OPENING_CUES = frozenset({"Said", "Says", "Added", "Adds"})
_ALIAS = re.compile(r",?\s+(?:alias|aka|a\.k\.a\.?|popularly\s+known\s+as|better\s+known\s+as)\s+")


def _initials(name: str) -> str:
    """"Democratic Alliance": "DA", the initials of its capitalised words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _link(text: str, found: list[Mention], known: Sequence[Mention]) -> list[Mention]:
    """Acronym aliases, partial names and one actor id per name across the story."""
    everything = sorted([*known, *found], key=lambda m: m.start)
    aliases: dict[str, Mention] = {}
    for i, mention in enumerate(everything):
        if mention.rule != "acronym" or i == 0:
            continue
        previous = everything[i - 1]
        between = text[previous.end : mention.start]
        if between.strip() == "(" and text[mention.end : mention.end + 1] == ")" and (
                _initials_match(mention.text, previous.text) or previous.actor_type == "organisation"):
            # ("National Liberation Army (ELN)": an organisation's acronym may come from another language)
            aliases[mention.text] = previous
    # (the header's names are the outlet and the place: "Pacific" later is not "Asia Pacific Report")
    found = _speaking_places(text, found)
    persons = [m for m in found if (" " in m.text or m.rule == "nickname") and m.paragraph > 0 and (m.actor_type == "person" or (
        m.actor_type is None and m.rule == "capitalised-sequence" and not set(m.text.split()) & ORG_WORDS
        and m.text not in COUNTRIES  # ("Sudan" after "South Sudan" is no one's surname)
        and not _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start)))]  # (nor "House" after "in the Red House Rotunda")
    for mention in found:  # "the FMA labelled" after "Fijian Media Association said": its exact initials
        if mention.rule == "acronym" and mention.text not in aliases and mention.text.isalpha() and (
                len(mention.text) >= 3 or mention.text not in COUNTRIES):  # ("the DA said" after "Democratic Alliance"; not "US")
            bodies = {m.actor: m for m in everything if m.start < mention.start and m.actor_type == "organisation"
                      and _initials(m.text) == mention.text}
            if len(bodies) == 1:
                aliases[mention.text] = next(iter(bodies.values()))
    for mention in found:  # "the CJP" after "Chief Justice of Pakistan Qazi Faez Isa": that person
        if mention.rule == "acronym" and mention.text not in aliases and mention.text.isalpha() and not any(
                m.start < mention.start and m.actor_type != "person" and _initials(m.text) == mention.text
                for m in everything):  # (not "UN" after "United Nations Secretary-General X": the body's own initials)
            holders = {p.actor: p for p in persons if p.end <= mention.start
                       and may_spell(mention.text, text, max(0, p.start - 80), p.start)
                       and spelt_acronym(mention.text).search(text, max(0, p.start - 80), p.start)}
            if len(holders) == 1:
                aliases[mention.text] = holders.popitem()[1]
    person_words = {p.start: {_fold(w) for w in _name_words(p.text)} for p in persons}
    person_halves = {p.start: _second_half(p.text) for p in persons}
    found = _cue_opened(text, found)
    linked: list[Mention] = []
    remap: dict[str, str] = {}  # "Asiedu Nketia" linked to "Johnson Asiedu Nketia": "Mr Nketia" follows it there
    for mention in found:
        if mention.rule == "acronym" and mention.text in aliases:
            target = aliases[mention.text]
            mention = replace(mention, actor=target.actor, kind="alias", rule="acronym-alias",
                              actor_type=target.actor_type)
        elif " " not in mention.text and mention.rule in ("capitalised-sequence", "title-pattern"):
            # "Harris" or "Mr Harris" after "Taoiseach Simon Harris": the same person.
            owners = {p.actor for p in persons if p.start < mention.start  # ("Al-Burhan" opening a sentence)
                      and _fold(mention.text) in person_words[p.start] and mention.text not in COUNTRIES} or {
                p.actor for p in persons if p.start < mention.start and person_halves[p.start] == _fold(mention.text)}
            # (only when no name holds the word whole: "Browne" after "Gaston Browne" and "Maria Bird-Browne")
            if len(owners) > 1:  # "Gustavo Petro" and "Bogota Gustavo Petro": the name the others contain
                names = sorted({p.text for p in persons if p.actor in owners}, key=len)
                if all(f" {names[0]}" in f" {other}" for other in names[1:]):
                    owners = {next(p.actor for p in persons if p.text == names[0])}
                else:  # "Issam Chebbi …. Nejib Chebbi …. “…,” Chebbi said": the one named last
                    # (but not one only named as an object: "voting Ripun Borah on the seat" after
                    # "APCC chief Bhupen Borah said")
                    named = [p for p in persons if p.actor in owners and p.start < mention.start]
                    subjects = [p for p in named if _OPENS_CLAUSE.search(text, max(0, p.start - 80), p.start)]
                    owners = {max(subjects or named, key=lambda p: p.start).actor}
            if not owners and mention.text not in COUNTRIES and mention.text not in ORG_WORDS and not is_demonym(mention.text):
                # "Amnesty has previously described" after "Amnesty International": the organisation's first word
                bodies = {m.actor: m for m in everything if m.start < mention.start and m.actor_type == "organisation"
                          and len(m.text.split()) > 1 and m.text.split()[0] == mention.text}
                if len(bodies) == 1:
                    body = next(iter(bodies.values()))
                    linked.append(replace(mention, actor=body.actor, rule="partial-name", actor_type="organisation"))
                    continue
            if not owners and mention.text.endswith("s") and mention.text[:1].isupper():
                # "The Socialists rejected it" after "the Socialist Party (PS)": the party's members speak for it
                parties = {m.actor: m for m in everything if m.start < mention.start and m.actor_type == "organisation"
                           and m.text.split()[-1] == "Party" and m.text.split()[0].startswith(mention.text[:-1])}
                if len(parties) == 1:
                    party = next(iter(parties.values()))
                    linked.append(replace(mention, actor=party.actor, rule="partial-name", actor_type="organisation"))
                    continue
            if not owners and mention.text[:1].isupper() and not mention.text.isupper():
                # "Mr Marape said …" before "Prime Minister James Marape": the one full name given later
                later = {p.actor for p in persons if p.start > mention.start and p.actor_type == "person"
                         and _fold(mention.text) in person_words[p.start]}
                owners = later if len(later) == 1 else owners
            if not owners and len(mention.text) >= 6:  # "Cavasoglu said" after "Mevlut Cavusoglu": a typo
                owners = {p.actor for p in persons if p.start < mention.start
                          and (_one_letter_apart(mention.text, p.text.split()[-1])  # or "Abdulsalam", "Abdul-Salam"
                               or mention.text.lower() == p.text.split()[-1].replace("-", "").lower())}
            if len(owners) == 1:
                mention = replace(mention, actor=owners.pop(), rule="partial-name", actor_type="person")
        elif mention.rule in ("capitalised-sequence", "title-pattern"):
            # "Mr Ismail Sabri" after "Ismail Sabri Yaakob": the first words of a longer name.
            words = mention.text.lower().split()  # ("Dela Rosa" after "Ronald dela Rosa": a particle capitalised)
            owners = {p.actor for p in persons if p.start < mention.start
                      and len(p.text.split()) > len(words)
                      and words in (p.text.lower().split()[: len(words)], p.text.lower().split()[-len(words) :])}  # "Mrs Suu Kyi"
            if not owners:  # "Al Ansari" after "Majed Mohammed Al-Ansari": the hyphen written as a space
                spaced = mention.text.lower().replace("-", " ").split()
                owners = {p.actor for p in persons if p.start < mention.start and p.actor_type == "person"
                          and p.text.lower().replace("-", " ").split()[-len(spaced) :] == spaced
                          and len(p.text.replace("-", " ").split()) > len(spaced) and "-" in p.text + mention.text}
            if len(owners) == 1:
                owner = owners.pop()
                if mention.actor is not None and mention.actor != owner:
                    remap[mention.actor] = owner
                typed = any(p.actor == owner and p.actor_type == "person" for p in persons)
                # ("New Zealand" after "New Zealand First": the party's words, no person's)
                mention = replace(mention, actor=owner, rule="partial-name",
                                  actor_type="person" if typed or mention.actor_type == "person" else None)
        if mention.rule == "organisation-cue" and " " in mention.text:
            # "The Constitutional Court" after "the Constitutional Court of Guatemala": that court
            longer = {m.actor for m in everything if m.start < mention.start and m.actor_type == "organisation"
                      and m.text.startswith(mention.text + " of ")}
            if len(longer) == 1:
                mention = replace(mention, actor=longer.pop(), rule="partial-name")
        linked.append(mention)
    linked = [replace(m, actor=remap[m.actor]) if m.actor in remap and m.rule == "partial-name" else m for m in linked]
    # "Robert Kyagulanyi alias Bobi Wine": the second name is the same person, wherever it stands
    also = {b.actor: a.actor for a, b in zip(linked, linked[1:]) if a.actor and b.actor and a.actor != b.actor
            and a.actor_type in ("person", None) and _ALIAS.fullmatch(text, a.end, b.start)}
    linked = [replace(m, actor=also[m.actor]) if m.actor in also else m for m in linked]
    types: dict[str, str] = {}
    rank = {"person": 3, "organisation": 2, "place": 1}
    for mention in linked:
        if mention.actor_type and rank[mention.actor_type] > rank.get(types.get(mention.actor or "", ""), 0):
            types[mention.actor or ""] = mention.actor_type
    typed = [(m, m.actor_type or types.get(m.actor or "")) for m in linked]
    return [m if actor_type == m.actor_type else replace(m, actor_type=actor_type) for m, actor_type in typed]
