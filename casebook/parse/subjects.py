"""Who is speaking: speech cues in a sentence and the subject of each cue.

Without a parser we rely on newswire word order. The subject of a cue is the
nearest name or pronoun to its left that is separated from it only by
auxiliaries ("has"), time phrases ("on Sunday"), a parenthesis or a
comma-delimited appositive (", who lives in exile in Paris,"). A cue after
"and" shares the subject of the cue before it ("called … and said …").
When no name or pronoun fits, a short noun phrase at the start of the clause
is the speaker ("Aid agencies have decried …", "the statement said").
"""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from casebook.parse.lexicon import (
    COUNTRIES, MONTHS,
    ACRONYM_TITLES, AUXILIARIES, BE_FORMS, CUE_LEMMA, DETERMINERS, HONORIFIC_PAIRS, NEGATIONS, NP_CUES, PHRASAL_BEFORE_QUOTE, PHRASAL_BLOCKERS, PHRASAL_REQUIRED,
    POSSESSIVE_DETERMINERS, PREPOSITIONS,
    ORG_WORDS, PRONOUNS, RELATION_NOUNS, RELATIVE, ROLE_NOUNS, SUBJECT_PRONOUNS, TITLE_MODIFIERS, TITLE_WORDS, WEEKDAYS,
    ISSUED_DOCUMENT, ISSUING_VERB,
)
from casebook.model import Mention
from casebook.parse.quotemarks import QuoteSpan
from casebook.parse.tokens import DATELINE, Token, TokenIndex, char_before, starts_with_letter, tokenize

# An adverb in "-ly" ("definitively", "swiftly"), four letters or more before the ending (not "only").
_LY_ADVERB = r"[a-z]{4,}ly"

_UNCLOSED = r",(?=\s+(?:in|during|at|on|via|through)\s)"  # a comma opening a phrase that no comma closes
_GAP_PARTS = re.compile(
    r"\s+"
    r"|,(?:[^,“”\"]{1,120}?,){1,3}"  # appositives or a relative clause between commas (", 52, from Akkar,")
    r"|\([^()]{1,60}\)\)?"  # parenthesis (with a doubled closing mark, a typo: "Wong Sze-lai (…)) said")
    r"|(?:himself|herself|themselves|itself)\b"  # "Mr Plasterk himself added"
    rf"|{_LY_ADVERB}\b"  # an adverb: "Mr Omtzigt definitively ruled out …, adding"
    r"|quoted(?:\s+by\s+[^,.;“”\"]{1,40}?\s+as|\s+as)?\b"  # "he was quoted (by the newspaper) as saying"
    r"|[’']s\b"  # "she’s said": has
    r"|(?:newspaper|daily|weekly|news\s+agency|news\s+site|website|broadcaster)\b"  # "al-Joumhouria newspaper reported"
    r"|(?:secretariat|leadership|headquarters)\b"  # "the Organization of American States secretariat … said": the body
    r"|(?:during|at|in)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:briefing|conference|meeting|interview"
    r"|rally|speech|session|hearing|debate|address|summit)\b"  # "X during a press briefing said"
    r"(?:\s+(?:with|on|to)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?"  # ("during an interview with CitiTV")
    r"|(?:of|from)\s+(?:the\s+)?(?:[a-z]{4,}\s+)?(?:(?:city|town|village|province|region|district|county|island)\s+of\s+)?"
    r"[A-Z][\w.’'-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w.’'-]*)*"  # "of the Law Society" ("of the southern city of Theiban")
    # (also with one adjective: "of the ultranationalist People's Patrol")
    r"|(?:in|via|through)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:statement|interview|letter|speech"
    r"|post|message|tweet|release|video|broadcast|address)\b"  # "X in a statement in Abuja said"
    r"|(?:on|in|at|late|early|earlier|last|this|next)\s+(?:[A-Z][\w.]*|\d+|week|month|year|day|night|morning|evening|afternoon)(?:\s+\d{1,2})?"
    r"(?:\s+(?:night|morning|evening|afternoon))?\b"  # ("X on Sunday evening said")
    r"|(?:(?:on|later|earlier)\s+)?(?:the\s+same|that)\s+day\b"  # ("X (…) on the same day said")
    r"|,?\s*(?:" + "|".join(sorted(WEEKDAYS)) + r"|today|yesterday)(?:\s+(?:night|morning|evening|afternoon))?\b"  # AP: "X Tuesday said"
    # (after an appositive's comma too: "…, Mia Mottley, Tuesday described")
    r"|(?:" + "|".join(sorted(AUXILIARIES, key=len, reverse=True)) + r")\b"
    r"|" + _UNCLOSED  # "The party, in a statement said": the closing comma left out
)
_UNCLOSED_PHRASE = re.compile(_UNCLOSED)
_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS - {"who"}
_LOWER_PRONOUNS = PRONOUNS - {"i", "us"}  # "I" and "US" only as written
_TITLE_PARTS = TITLE_WORDS | TITLE_MODIFIERS
_TITLE_OF_PLACE = re.compile(r"\b(?:" + "|".join(sorted((w.title() for w in TITLE_WORDS if w.isalpha()), key=len, reverse=True))
                             + r")\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}\Z")
_POSSESSIVE_BEFORE = re.compile(r"[’']s\s+\Z")


def after_possessive(text: str, start: int) -> bool:
    """A possessive "’s" ends right before ``start``: the word there is owned, a noun
    ("Mr. Atambayev's remarks", "the minister’s statement"), not a cue."""
    return _POSSESSIVE_BEFORE.search(text, max(0, start - 3), start) is not None


_CLAUSE_JOINT = re.compile(r"(?:,[’'”\"]?\s+but|;)\s+(?=(?:the\s+)?[A-Z]|(?:he|she|they|it)\s)")
_PAIRED_HONORIFICS = frozenset(second for _, second in HONORIFIC_PAIRS)
_SUBORDINATORS = frozenset("after before while when whenever since although though despite following upon once during amid".split())
_NOT_PARTICIPLES = frozenset("morning evening during according nothing something everything anything".split())
_VERBAL = AUXILIARIES | BE_FORMS
_NOT_IN_NAMES = PREPOSITIONS - {"of", "for"}  # "Ministry of …", "Committee for …" are fine
_SEVERAL_HEADS = frozenset("crowd crowds people residents".split())  # heads of a group with no one named
_CLAUSE_BREAK = re.compile(r"[,;:”\"()]|\b(?:and|but|that|because|while|as|after|before|when|since)\b")


class SpeakerExpr(NamedTuple):
    """The speaker as written: a name mention, a pronoun, or a noun phrase."""

    start: int
    end: int
    text: str
    mention: Mention | None = None
    pronoun: bool = False


class Cue(NamedTuple):
    start: int
    end: int
    text: str
    lemma: str


class Attribution(NamedTuple):
    """One quotation before actor resolution; ``start``/``end`` is the content span."""

    start: int
    end: int
    kind: str  # "direct" | "reported"
    structure: str
    cue: Cue
    speaker: SpeakerExpr
    paragraph: int


def inside(offset: int, quotes: Sequence[QuoteSpan]) -> QuoteSpan | None:
    """The quote whose content holds ``offset``, if any."""
    for quote in quotes:
        if quote.start <= offset < quote.end:
            return quote
    return None


_BRACKETED = re.compile(r"\([^()]{1,120}\)")
_SUBORDINATE_BEFORE = re.compile(r"\b(?:while|whereas|although|though)\s+[^,;:“”\"]*\Z")
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|whom)\s+[^,;:“”\"]*\Z")


def directive_cue(text: str, token: Token) -> bool:
    """False for a verb of ordering with no "to" after its object: "ordered the forces to
    “protect …”" reports words, "ordered the “arrest …” of the judge" names a deed."""
    lemma = CUE_LEMMA.get(token.text)
    if lemma in ("fire back", "shoot back"):
        return re.match(r"\s+back\b", text[token.end : token.end + 6]) is not None  # not "fired gunshots"
    return lemma not in ("order", "recommend") or re.match(
        r"(?:\s+[\w’'-]+){1,6}?\s+to\s", text[token.end : token.end + 80]) is not None


def sentence_cues(text: str, start: int, end: int, quotes: Sequence[QuoteSpan], tokens: TokenIndex) -> list[Cue]:
    """Speech cues in ``text[start:end]`` that are verbs of narration, not nouns,
    infinitives, passives, negated or phrasal uses, and not inside a quotation."""
    words = tokens.select(start, end, starts_with_letter)
    cues: list[Cue] = []
    for i, token in enumerate(words):
        lemma = CUE_LEMMA.get(token.text)
        if lemma is None and token.lower in ("went", "goes") and not inside(token.start, quotes):
            went_on = _WENT_ON_COLON.match(text, token.end)
            if went_on is not None:  # "Mr Martin went on: “…”": the speaker carries on
                cues.append(Cue(token.start, went_on.end(1), text[token.start : went_on.end(1)], "go on"))
            continue
        if lemma is None or inside(token.start, quotes):
            continue
        before = [w.lower for w in words[max(0, i - 3) : i]]
        after = words[i + 1].lower if i + 1 < len(words) else ""
        prev = before[-1] if before else ""
        progressive = token.text.endswith("ing") and prev in ("is", "are", "was", "were")  # "Minnis is warning … that “…”"
        if (prev in ("to",) and not _WENT_ON_TO.search(text, max(0, token.start - 24), token.start)) or (
                prev in DETERMINERS or (prev in BE_FORMS and not progressive)):
            continue  # (but "went on to announce that …", "proceeded to say": the subject's own act)
        if text[max(0, token.start - 3) : token.start] in ("’s ", "'s ") and not (
                token.lower in ("claim", "claims") and after == "that" and _OWNER_BEFORE.search(text, max(start, token.start - 40), token.start)):
            continue  # "ANC’s claim that": a noun after a possessive (a speech cue only for a person's own claim)
        if prev in ("when", "if", "once", "unless") and token.text.endswith("ed"):
            continue  # "made the reaction when asked about …": a passive with its "be" left out, no speaker of its own
        if prev in PREPOSITIONS and token.text.endswith("ed") and after.isalpha() and after not in ("that", "to"):
            continue  # "a lawsuit for alleged genocide": a participle used as an adjective
        if any(w in NEGATIONS or w.endswith("n't") for w in before[-2:]):
            continue
        if (_RELATIVE_BEFORE.search(text, max(start, token.start - 60), token.start) and "," in text[token.end : end]) or (
                _SUBORDINATE_BEFORE.search(text, max(start, token.start - 60), token.start)
                and re.search(r"\w[^,]*,", text[token.end : end])):  # (not "while Kasuri said, “…”")
            # "the islands, which Japan calls its Northern Territories, has “…”": a closed relative clause;
            # "X said while the speakers claimed that …, “…”": a closed subordinate clause
            continue
        if lemma in ("express", "comment") and not re.match(r"(?:[\s,:]+[\w’'-]+){0,3}[\s,:]+[“\"]|\s+that\b", text[token.end : token.end + 60]):
            continue  # "expressed his “condolences …”", "expressed hope that “…”"; not "had expressed a willingness of …"
        if not directive_cue(text, token):
            continue
        if token.text.endswith("ed") and after == "by" and lemma not in NP_CUES and i and words[i - 1].text.islower() and (
                words[i - 1].lower not in AUXILIARIES | BE_FORMS) and not words[i - 1].lower.endswith("ly") and any(
                w.text in CUE_LEMMA for w in words[max(0, i - 10) : i - 1]):
            # "said some of the questions asked by Venaani “…”": after a verb of saying, a participle
            # after its noun is no cue (not "The audience responded by chanting")
            continue
        asked_for = re.match(r"\s+for(?=(?:\s+an?)?\s*[“\"‘]|\s+the\s+[a-z-]+\s+of\s+(?:an?\s+)?[“\"‘])",
                             text[token.end : token.end + 40]) if lemma == "call" else None
        if asked_for is not None:  # "Arce called for “democracy to be respected”", "called for a ‘clear way forward’"
            # (or "called for the establishment of “constructive and stable relations”")
            cues.append(Cue(token.start, token.end + asked_for.end(), text[token.start : token.end + asked_for.end()], lemma))
            continue
        if after in PHRASAL_BLOCKERS.get(lemma, ()) or (lemma in PHRASAL_REQUIRED and after != PHRASAL_REQUIRED[lemma] and not (
                after in PHRASAL_BEFORE_QUOTE.get(lemma, ()) and _QUOTE_AFTER_PARTICLE.match(text, token.end))):
            continue
        if token.text.endswith("ing") and not progressive and not _after_comma(text, words, i) and not _with_name(words, i) and (
                not _after_issued_document(words, i)) and not (prev == "by" and lemma in NP_CUES) and not (
                lemma == "say" and re.match(r"[,:]?\s*[“\"]", text[token.end : token.end + 3])):
            continue  # (but "… in that country saying “…”": "saying" right before a quotation is its cue)
        if token.text in NOUN_TOO and i and (not (words[i - 1].is_capitalised or words[i - 1].lower in PRONOUNS
                                                     or words[i - 1].lower in AUXILIARIES)
                                             or after_possessive(text, token.start)):
            continue  # "all states", "the remarks": a noun, not a cue
        if token.text.endswith("s") and i and words[i - 1].lower.endswith("ed") and words[i - 1].text.islower() and (
                words[i - 1].lower not in CUE_LEMMA):
            continue  # "he rejected calls from officials", "ignored demands": the object, a noun
        cues.append(Cue(token.start, token.end, token.text, lemma))
    return cues


# "issued a statement accusing …", "posted a message saying …": the participle reports what the
# document says, and the one who issued it speaks.
_ISSUE_VERBS = frozenset("issued released published posted sent shared out".split())
_ISSUED_DOCUMENTS = frozenset("statement letter communique communiqué release message notice post".split())


_AS_SAID = re.compile(r"\s*As\s+(?P<np>[^,;:“”\"]{2,60}?)\s+(?:said|says|noted|notes|put\s+it|explained|stressed),\s+")
_WENT_ON_COLON = re.compile(r"\s+(on)(?:\s*[:,]|\s+about)\s*[“\"‘]")  # (or "went on about “…”")
_QUOTE_AFTER_PARTICLE = re.compile(r"\s+[a-z]+\s*[“\"‘]")
_WENT_ON_TO = re.compile(r"\b(?:went\s+on|goes\s+on|proceeded|proceeds)\s+to\s+\Z")
# "the president was quoted as saying": the subject stands before the passive
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|been)\s+(?:also\s+)?quoted\s+(?:by\s+[^,.;“”\"]{1,40}?\s+)?as\s+\Z")


def _after_issued_document(words: Sequence[Token], i: int) -> bool:
    return i >= 3 and words[i - 1].lower in _ISSUED_DOCUMENTS and words[i - 2].lower in ("a", "an") and (
        words[i - 3].lower in _ISSUE_VERBS)


def _with_name(words: Sequence[Token], i: int) -> bool:
    """"with Zionist Union leader Isaac Herzog saying": a participle after "with" and a name."""
    if i == 0 or not words[i - 1].is_capitalised:
        return False
    # (also the one a source cites: "The group cited crossbench peer David Alton calling it “…”")
    return any(w.lower in ("with", "cited", "quoted") for w in words[max(0, i - 7) : i - 1])


def _after_comma(text: str, words: Sequence[Token], i: int) -> bool:
    """", saying" or ", initially claiming": a participle after a comma (and one -ly adverb)."""
    if char_before(text, words[i].start) == ",":
        return True
    return i > 0 and words[i - 1].lower.endswith("ly") and char_before(text, words[i - 1].start) == ","


def pronoun_tokens(tokens: TokenIndex, start: int, end: int) -> list[Token]:
    """Pronoun tokens in ``text[start:end]`` ("I" only as a word on its own)."""
    return tokens.select(start, end, pronouns)


def pronouns(tokens: Sequence[Token]) -> list[bool]:
    """Selector: personal, possessive and relative pronouns ("I" and "US" only so written)."""
    return [t.text in PRONOUNS or t.lower in _LOWER_PRONOUNS for t in tokens]


def candidates(start: int, end: int, named: Sequence[Mention], quotes: Sequence[QuoteSpan],
               tokens: TokenIndex) -> list[SpeakerExpr]:
    """Names and subject pronouns in ``[start, end)`` outside quotations, in text order."""
    found = [SpeakerExpr(m.start, m.end, m.text, m) for m in named
             if start <= m.start and m.end <= end and not inside(m.start, quotes)]
    found += [SpeakerExpr(t.start, t.end, t.text, None, True) for t in pronoun_tokens(tokens, start, end)
              if t.lower in _SUBJECT_PRONOUNS and not inside(t.start, quotes)]
    return sorted(found, key=lambda c: c.start)


def gap_ok(gap: str) -> bool:
    """True when ``gap`` holds only material allowed between a subject and its verb."""
    pos = 0
    while pos < len(gap):
        match = _GAP_PARTS.match(gap, pos)
        if match is None or match.end() == pos:
            return False
        pos = match.end()
    return True


_OWNER_BEFORE = re.compile(r"[A-Z][\w-]*(?P<s>[’']s)\s+\Z")  # "Lopez’s claim"
_PASSIVE_AGENT = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+by\s+")
_AGENT_END = re.compile(r",|\s(?:to|and|after|over|for|in|on|who|with|as)\s")


def _passive(tokens: TokenIndex, start: int, cue: Cue) -> bool:
    """True when the cue is a past participle after a form of "be", adverbs between ("was
    immediately slammed", "were told"): a passive, whose subject does not speak."""
    if not cue.text.endswith(("ed", "told", "said", "written")):
        return False
    before = [t for t in tokens.between(start, cue.start) if t.is_word]
    while before and before[-1].lower.endswith("ly") and before[-1].lower not in BE_FORMS:
        before.pop()  # "was immediately slammed"
    return bool(before) and before[-1].lower in BE_FORMS - {"being"}


_MANNER_ADVERB = re.compile(_LY_ADVERB)


def strip_auxiliaries(tokens: TokenIndex, start: int, offset: int) -> int:
    """Move ``offset`` left over auxiliaries and adverbs ("has also" in "has also said")."""
    went = _WENT_ON_TO.search(tokens.text, max(start, offset - 24), offset)
    if went is not None:
        offset = went.start()  # "went on to announce": the verb of the subject is "went on"
    quoted = _QUOTED_AS.search(tokens.text, max(start, offset - 70), offset)
    if quoted is not None:
        offset = quoted.start()
    words = tokens.between(start, offset)
    n = len(words)
    while n and words[n - 1].lower in AUXILIARIES and not words[n - 1].is_capitalised:  # "Mrs May said"
        n -= 1
        offset = words[n].start
    return offset


_HEAD_OF_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?(?:head|leader|chief|chairman|chairwoman|chairperson|chair|president"
                             r"|director|secretary|spokesman|spokeswoman|spokesperson)\s+of\s+(?:the\s+)?"
                             r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+)?\Z")


def subject_of(text: str, sentence_start: int, cue: Cue, cues: Sequence[Cue], named: Sequence[Mention],
               quotes: Sequence[QuoteSpan], tokens: TokenIndex) -> SpeakerExpr | None:
    """The speaker expression of ``cue`` (see the module docstring), or None."""
    dateline = DATELINE.match(text, sentence_start, cue.start)
    sentence_start = dateline.end() if dateline else sentence_start
    as_said = _AS_SAID.match(text, sentence_start, cue.start)
    if as_said is not None and as_said.end() <= cue.start:
        # "As Mr. Katrinis said, PASOK will insist …, adding that “…”": the whole sentence reports him
        source = [c for c in candidates(as_said.start("np"), as_said.end("np"), named, quotes, tokens) if c.mention]
        if source:
            return source[-1]
    owner = _OWNER_BEFORE.search(text, max(sentence_start, cue.start - 40), cue.start)
    if owner is not None and cue.text.lower() in ("claim", "claims"):
        # "Vice President Lopez’s claim that her removal is “openly discussed”": the claim's owner
        found = [c for c in candidates(owner.start(), owner.start("s"), named, quotes, tokens)
                 if c.end == owner.start("s") and c.mention is not None and c.mention.actor_type == "person"]
        return found[-1] if found else None
    edge = strip_auxiliaries(tokens, sentence_start, cue.start)
    if _passive(tokens, sentence_start, cue):
        # "It was immediately slammed as being “anti-social”": the subject is what was slammed; the
        # speaker is the agent after "by", else no one named
        agent = re.match(r"\s+by\s+", text[cue.end : cue.end + 6])
        found = candidates(cue.end, cue.end + 80, named, quotes, tokens) if agent else []
        return found[0] if found and found[0].start == cue.end + agent.end() else None
    if cue.text.lower() == "accused" and re.match(r"\s+of\b", text[cue.end : cue.end + 4]):
        # "he was challenged by TD Jane Roe to call an election and accused of hiding …": "accused
        # of" is a passive whatever stands before it; the speaker is the agent of the passive it
        # joins, else no one named
        agents = list(_PASSIVE_AGENT.finditer(text, sentence_start, cue.start))
        if not agents:
            return None
        phrase_end = _AGENT_END.search(text, agents[-1].end(), cue.start)
        found = candidates(agents[-1].end(), phrase_end.start() if phrase_end else cue.start, named, quotes, tokens)
        people = [c for c in found if c.mention is not None and c.mention.actor_type == "person"]
        return people[-1] if people else (found[0] if found and found[0].start == agents[-1].end() else None)
    last = tokens.between(sentence_start, edge)[-2:] or [None]
    if len(last) == 2 and last[0].lower in ("and", "but", "or") and _MANNER_ADVERB.fullmatch(last[1].text):
        last = last[:1]  # "rose on a point of order and swiftly responded": the adverb is the verb's
    last = last[-1:]
    if last[0] is not None and last[0].lower in ("and", "but", "or"):
        earlier = [c for c in cues if c.end <= last[0].start]
        limit = last[0].start
        reports = _REPORTS_CLAUSE.match(text, sentence_start, limit)
        if reports is not None and not [c for c in earlier if c.start > reports.end()]:
            own = role_opening(text, reports.end(), limit, tokens)
            if own is not None:
                return own  # "AAP reports the Prime Minister later crossed the floor and shouted": the clause's own subject
        if earlier:
            subject = subject_of(text, sentence_start, earlier[-1], cues, named, quotes, tokens)
            if subject is not None:
                return subject
            inverted = [c for c in candidates(earlier[-1].end, last[0].start, named, quotes, tokens) if c.mention is not None
                        and not text[earlier[-1].end : c.start].strip() and not text[c.end : last[0].start].strip()]
            if inverted:
                return inverted[0]  # "“…,” added Ortega and accused “the Yankee embassy …”": the inverted subject
            limit = earlier[-1].start  # "The leader on Monday praised the court and said": no subject found yet
        subject = first_subject(sentence_start, limit, named, quotes, tokens)
        role = role_opening(text, sentence_start, limit, tokens)
        apposed = role is not None and any(re.search(r",\s*\Z", text[role.end : c.start]) and not re.match(
            r"\s*,", text[c.end : limit]) for c in candidates(
            role.end, limit, named, quotes, tokens))  # not "A community leader in Vila, Harold Tache"
        if role is not None and not apposed and (subject is None or subject.start > role.end):
            subject = role  # "The junta leader on Monday defended the commission and said": the role opens it
        return subject
    if cue.text.endswith("ing"):  # ", saying …": the subject of the main clause
        according = re.match(r"\s*[Aa]ccording\s+to\s+", text[sentence_start : cue.start])
        source = candidates(sentence_start + according.end(), cue.start, named, quotes, tokens)[:1] if according else []
        if source and source[0].start == sentence_start + according.end() and source[0].mention is not None:
            return source[0]  # "According to Anton Gerashchenko, …, Shoigu suffered …, adding that": the source
        object_pronoun = re.match(r"(him|her|them),", text[sentence_start + according.end() : cue.start]) if according else None
        if object_pronoun is not None:  # "According to him, Barrow never confronted Jammeh …, saying": him
            at = sentence_start + according.end()
            return SpeakerExpr(at, at + len(object_pronoun.group(1)), object_pronoun.group(1), None, True)
        words = tokens.select(sentence_start, cue.end, starts_with_letter)
        if len(words) >= 4 and _after_issued_document(words, len(words) - 1):
            verb = words[-5] if words[-4].lower == "out" and len(words) >= 5 else words[-4]
            # "The ministry issued a statement accusing …": whoever issued it
            return subject_of(text, sentence_start, Cue(verb.start, verb.end, verb.text, "issue"),
                              (), named, quotes, tokens)
        joint = _CLAUSE_JOINT.search(text, sentence_start, cue.start)
        while joint is not None:  # "The SG had sought …, but the CJI fixed it on Monday, stating": the nearest clause
            sentence_start, joint = joint.end(), _CLAUSE_JOINT.search(text, joint.end(), cue.start)
        found = candidates(sentence_start, edge, named, quotes, tokens)
        with_named = [c for c in found if c.mention is not None and _after_with(tokens, sentence_start, c)
                      and gap_ok(text[c.end : edge])]
        if with_named:
            return with_named[-1]  # "…, with Zionist Union leader Isaac Herzog saying, “…”"
            # (also "with Grzegorz Schetyna, the leader of …, the Civic Platform, accusing": the name after "with")
        if found and found[-1].mention is not None and re.fullmatch(r"\s+as\s+", text[found[-1].end : cue.start]) and (
                _after_word(tokens, sentence_start, found[-1], "quoted")):
            return found[-1]  # "the newspaper quoted President Andrzej Duda as saying": the one quoted
        cited = [c for c in found if c.mention is not None and _CITED_AS.fullmatch(text, c.end, cue.start) and (
            _after_word(tokens, sentence_start, c, "quoted") or _after_word(tokens, sentence_start, c, "cited"))]
        if cited:
            return cited[0]  # "The website cited Abdurahmon Tashanov, a civil society activist …, as saying"
        if found and found[-1].mention is not None and text[found[-1].end : cue.start].isspace() and (
                _CITED_BEFORE.search(text, sentence_start, found[-1].start)):
            return found[-1]  # "It also cited crossbench peer David Alton calling the sentence “…”"
        finite = [c for c in cues if c.end <= cue.start and not c.text.endswith("ing")]
        if finite:  # "remarks, in which he stated that …, adding that …": the last speaker's subject
            subject = subject_of(text, sentence_start, finite[-1], cues, named, quotes, tokens)
            if (len(finite) > 1 and subject is not None and subject.mention is None and not subject.pronoun
                    and re.search(r"\bthat\b", text[finite[0].end : finite[-1].start])):
                # "He said that his Ministry announced that …, adding “…”": the cue inside the reported
                # clause has a subject no one names; the one adding is the main clause's speaker
                main = subject_of(text, sentence_start, finite[0], cues, named, quotes, tokens)
                if main is not None and (main.mention is not None or main.pronoun) and not inside(main.start, quotes):
                    subject = main
            if subject is not None and not inside(subject.start, quotes):
                return subject  # (else "“…”, promised Gutiérrez, warning that": the name after the cue)
            inverted = _INVERTED_SUBJECT.fullmatch(text, finite[-1].end, cue.start)
            if inverted is not None and re.search(r",[’'”\"]?\s*\Z", text[sentence_start : finite[-1].start]):
                # "“…,” said the minister, emphasizing …": the one named after the inverted cue
                found = candidates(inverted.start("np"), inverted.end("np"), named, quotes, tokens)
                if found and found[-1].mention is not None:
                    return found[-1]
                phrase = noun_phrase(text, inverted.start("np"), inverted.end("np"), tokens)
                if phrase is not None:
                    return phrase
        subject = first_subject(sentence_start, cue.start, named, quotes, tokens)
        opening_phrase = _PHRASE_THEN_THAT.match(text, sentence_start, cue.start)
        if opening_phrase is not None and (subject is None or subject.start >= opening_phrase.end("np")):
            # "A group of over 40 lawmakers … declared that the Assembly should impeach Yoon, calling
            # him …": the unnamed opening phrase, not a name inside the that-clause
            return SpeakerExpr(opening_phrase.start("np"), opening_phrase.end("np"), opening_phrase.group("np"))
        role = role_opening(text, sentence_start, cue.start, tokens)  # "The party rejected the ban, saying"
        opening = tokens.select(sentence_start, cue.start, starts_with_letter)[:1]
        if role is None and opening and opening[0].is_capitalised and opening[0].lower.endswith("ing"):
            # "Speaking at a press conference in Dadeldhura, the minister tried …, saying": the main
            # clause's role after the fronted participle's commas (a name inside the phrase is no subject)
            for comma in re.finditer(",", text[sentence_start : cue.start]):
                role = role_opening(text, sentence_start + comma.end(), cue.start, tokens)
                if role is not None:
                    if subject is not None and subject.start < role.start:
                        subject = role
                    break
        if role is not None and (subject is None or (subject.pronoun and subject.start > role.end)):
            subject = role  # "the CJI fixed it on Monday, stating": "it" is the object
        elif role is not None and subject is not None and role.start <= subject.start < role.end:
            subject = role  # "The Malawi leader called for unity, saying": the country is the title's, no subject
        elif role is not None and subject is not None and role.start == sentence_start and _VERB_BETWEEN.fullmatch(
                text, role.end, subject.start):
            subject = role  # "The minister identified Oman as …, saying": the name is the object
        if subject is None:  # "The military junta, who …, have …, initially claiming"
            comma = text.find(",", sentence_start, cue.start)
            subject = noun_phrase(text, sentence_start, comma, tokens) if comma > 0 else None
        return subject
    found = candidates(sentence_start, edge, named, quotes, tokens)
    opening = tokens.between(sentence_start, edge)[:1]
    fronted = bool(opening) and opening[0].lower in PREPOSITIONS  # "Outside the White House, protesters shouted"
    for n, candidate in enumerate(reversed(found)):
        close = _CLOSE_TO.search(text, max(sentence_start, candidate.start - 60), candidate.start) if n == 0 else None
        if close is not None and gap_ok(text[candidate.end : edge]):
            # "sources privy to the speaker said", "a source close to the president said": the group, no one named
            return SpeakerExpr(close.start("np"), close.end("np"), close.group("np"))
        if (n < len(found) - 1 or (candidate.mention is not None and candidate.mention.actor_type == "place") or (
                fronted and "," in text[candidate.end : edge])) and after_preposition(tokens, sentence_start, candidate):
            continue  # "Rotimi Oyekanmi in a statement in Abuja said": a place in a phrase is no subject
        k = len(found) - 1 - n
        opener = next((c for c in found[:k] if c.mention is not None and c.mention.actor_type == "person"
                       and _WHO_OPENS.match(text, c.end)), None) if n == 0 and not candidate.pronoun else None
        # (not "the supporters of X who continue to protest against what they describe as": "they" is the clause's own)
        if opener is not None and "," not in text[opener.end : edge] and gap_ok(text[candidate.end : edge]):
            return opener  # "Amal who is the wife of Hollywood star George Clooney also said": Amal
        if k > 0 and candidate.mention is not None and candidate.mention.actor_type in ("person", None) and (
                " " in candidate.text) and text[sentence_start : candidate.start].rstrip().endswith(",") and (
                _AFFILIATION_THEN_COMMA.fullmatch(text, candidate.end, edge)) and "," not in text[sentence_start : candidate.start].rstrip()[:-1]:
            return candidate  # "Mottley’s main opponent, Verla De Peiza of the Democratic Labor Party, conceded"
        if k > 0 and _SIGNED_BY.match(text, found[0].end, candidate.start) and found[0].mention is not None and (
                re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[sentence_start : found[0].start])):
            return found[0]  # "The APC in a statement signed by its secretary, Yekini Nabena had claimed": not the signatory
        if k > 0 and found[k - 1].start == sentence_start and found[k - 1].mention is not None and (
                found[k - 1].mention.actor_type == "person" or (found[k - 1].mention.actor_type is None and " " in found[k - 1].text)
        ) and _NAME_THEN_OFFICE.fullmatch(
                text, found[k - 1].end, candidate.start) and gap_ok(text[candidate.end : edge]):
            return found[k - 1]  # "Atanga Nji Paul, Minister of Cameroon’s Territorial Administration has warned"
        if candidate.mention is not None and candidate.mention.actor_type == "organisation" and _OFFICE_OF.search(
                text, sentence_start, candidate.start):
            continue  # "The leader of the ruling People’s National Party told": the party names the office
        if candidate.mention is not None and candidate.mention.actor_type != "person" and _HEAD_OF_BEFORE.search(
                text, max(sentence_start, candidate.start - 60), candidate.start):
            continue  # "the head of Bangladesh's Election Commission said": the body the office heads
        offices = _OFFICES_OF_COUNTRIES.search(text, sentence_start, candidate.start) if candidate.mention is not None and (
            candidate.text in COUNTRIES or candidate.mention.actor_type == "place") else None
        if offices is not None:  # "The ambassadors of Belize, Haiti and Tuvalu expressed": the countries name the offices
            return noun_phrase(text, sentence_start, offices.end("title"), tokens)
        if n == 0 and _stray_comma(text, tokens, sentence_start, candidate, edge, cue):
            return candidate
        if text[candidate.end : edge].lstrip().startswith(",") and _in_appositive_phrase(tokens, sentence_start, candidate):
            continue  # "Stelios, a manager from central Greece, who …, said": a name inside the appositive
        if k > 0 and candidate.text.isupper() and text[found[k - 1].end : candidate.start] == ", " and (
                after_preposition(tokens, sentence_start, found[k - 1])):
            continue  # "the leader of the Social Democratic Party, PSD, said": the party's acronym is no subject
        if gap_ok(text[candidate.end : edge]) or appositive_name(text, candidate, edge):
            outer = [c for c in cues if c.end <= candidate.start and c.lemma == "say"
                     and _THAT_THE.fullmatch(text, c.end, candidate.start)]
            if outer and candidate.mention is not None and candidate.mention.actor_type in ("organisation", None) and (
                    candidate.text.isupper() or candidate.mention.actor_type == "organisation"):
                speaker = subject_of(text, sentence_start, outer[-1], cues, named, quotes, tokens)
                if speaker is not None and speaker.mention is not None and speaker.mention.actor_type == "person":
                    return speaker  # "Mthembu said the ANC believed … “…”": a party believes, its spokesman speaks
            return candidate
    before_cue = tokens.between(sentence_start, edge)
    if before_cue and before_cue[-1].lower == "who" and len(before_cue) > 1:
        stop = before_cue[-2].start if before_cue[-2].text == "," else before_cue[-1].start
        owner = [c for c in candidates(sentence_start, stop, named, quotes, tokens) if c.mention]
        if owner and not text[owner[-1].end : stop].strip():
            return owner[-1]  # "…,” said Petro, who said that “…”" ("said Menem who added")
        apposed = _APPOSITIVE_BEFORE_WHO.search(text, sentence_start, stop)
        if apposed is not None and owner and owner[-1].end == apposed.start() and (
                owner[-1].mention.actor_type in ("person", None)):
            return owner[-1]  # "the resignation of X, one of the commission’s members, who argued": X
    brackets = [m.span() for m in _BRACKETED.finditer(text, sentence_start, edge)]
    relative = next((t for t in tokens.between(sentence_start, edge) if t.lower in ("who", "which")
                     and not any(a < t.start < b for a, b in brackets)), None)  # not "the police (which, …),"
    if relative is not None and relative.lower == "which" and re.search(r"\b(?:in|during|at)\s+\Z", text[sentence_start : relative.start]):
        inner = candidates(relative.end, edge, named, quotes, tokens)
        if inner and gap_ok(text[inner[-1].end : edge]) and not text[relative.end : inner[-1].start].strip():
            return inner[-1]  # "an interview, in which he reiterated": the relative clause's own subject
        own = noun_phrase(text, relative.end, edge, tokens)
        if own is not None:
            return own  # "…, in which the Spanish minister reiterated"
    if relative is not None:  # "The Minority Leader who is also an MP added"
        named_before = [c for c in candidates(sentence_start, relative.start, named, quotes, tokens) if c.mention]
        if named_before and text[named_before[-1].end : relative.start] == " " and (
                named_before[-1].mention.actor_type == "person" and "," not in text[sentence_start : relative.start]):
            return named_before[-1]  # "Taliban spokesman Zabihullah Majahid who posted …, asserted": the name
        stop = relative.start
        while "," in text[relative.end : edge] and stop > sentence_start and text[stop - 1] in " ,":
            stop -= 1  # "The Omani foreign minister, who facilitated the talks, described": a closed clause
        ending = [c for c in candidates(sentence_start, stop, named, quotes, tokens) if c.mention is not None
                  and c.end == stop and c.mention.actor_type in ("person", None) and _only_titles_before(tokens, sentence_start, c)]
        if ending:
            return ending[-1]  # "President Juan Manuel Santos, who won …, expressed": the name, not the titled phrase
        return noun_phrase(text, sentence_start, stop, tokens)
    apposed = _APPOSED_ACRONYM.search(text, sentence_start, edge)
    if apposed is not None and apposed.end() == edge:
        edge = apposed.start()  # "the leader of the Social Democratic Party, PSD, said": the title phrase
    found = noun_phrase(text, sentence_start, edge, tokens)
    comma = text.find(",", sentence_start, edge)
    if found is None and comma > 0 and (text[comma:edge].rstrip().endswith(",") or _UNCLOSED_PHRASE.match(
            text, comma, edge)) and gap_ok(text[comma:edge]):
        found = noun_phrase(text, sentence_start, comma, tokens)  # "The ministry, in a statement issued …, said"
        # (also with the closing comma left out: "The ministry, in a statement on Sunday said")
    if found is not None and found.mention is None and re.match(r"(?:a|an)\s", found.text) and (
            re.search(r",\s+\Z", text[sentence_start : found.start])):
        # "BenabdAllah, the Secretary-general of …, a member of the government told": an indefinite
        # appositive whose closing comma was left out; the person the sentence opens with speaks
        opening = next((c for c in candidates(sentence_start, found.start, named, quotes, tokens)), None)
        if opening is not None and opening.mention is not None and opening.mention.actor_type == "person" and (
                _only_titles_before(tokens, sentence_start, opening) and text[opening.end : opening.end + 1] == ","):
            return opening
    return found


def _only_titles_before(tokens: TokenIndex, start: int, candidate: SpeakerExpr) -> bool:
    """True when only titles, their modifiers, capitalised words or an article stand before the name."""
    return all(t.is_capitalised or t.lower in _TITLE_PARTS or t.lower in DETERMINERS
               for t in tokens.between(start, candidate.start) if t.is_word)


def _stray_comma(text: str, tokens: TokenIndex, sentence_start: int, candidate: SpeakerExpr, edge: int, cue: Cue) -> bool:
    """"Director for Operations Marvin Sarkor, informed the Daily Observer that …": a comma typed
    between a sentence's opening name (after titles only) and its finite cue verb."""
    if text[candidate.end : edge].strip() != "," or candidate.mention is None or candidate.mention.actor_type != "person":
        return False
    if cue.text.endswith("ing") or re.match(r"\s+to\b", text[cue.end : cue.end + 4]):
        return False  # ", saying"; ", said to be close to …"
    return all(t.is_capitalised or t.lower in _TITLE_PARTS or t.lower in ("of", "for", "the", "and") or t.text in "()" or t.text.isdigit()
               for t in tokens.between(sentence_start, candidate.start))


_OFFICE_OF = re.compile(r"\b(?:" + "|".join(sorted(w for w in TITLE_WORDS if w.isalpha())) + r")\s+of\s+(?:the\s+)?"
                        r"(?:[a-z]+[’']?\s+){0,2}(?:(?:on|in|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3})?\Z", re.IGNORECASE)
_OFFICES_OF_COUNTRIES = re.compile(r"\b(?P<title>(?:" + "|".join(sorted(w for w in TITLE_WORDS if w.isalpha())) + r")s?)"
                                   r"(?:\s+to\s+the\s+[A-Z][\w.]*)?\s+of\s+(?:[A-Z][\w.’'-]*,?\s+|(?:and|the)\s+)*\Z",
                                   re.IGNORECASE)
# ("The leader of the Conservative group on Lancashire County Council has accused": the council too)
# ", Minister of Cameroon’s ", ", the Secretary for ": an open appositive whose office the next name completes
_NAME_THEN_OFFICE = re.compile(r",\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:" + "|".join(sorted(
    w.capitalize() for w in TITLE_WORDS if w.isalpha())) + r")\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?")
_VERB_BETWEEN = re.compile(r"\s+(?:also\s+|on\s+\w+\s+)?[a-z]{3,}ed\s+(?:the\s+)?")  # " identified ", " on Monday urged the "
_THAT_THE = re.compile(r"\s+(?:that\s+)?(?:the\s+)?")
_PHRASE_THEN_THAT = re.compile(r"(?P<np>(?:A|An)\s+[a-z][\w-]*(?:\s+(?!that\b)[\w-]+){0,7}?"
                               # ("Guatemala’s prosecutors on Wednesday asked that …": a plural of people, unnamed)
                               r"|(?:[A-Z][\w-]*[’']s\s+(?:[a-z][\w-]*\s+)?|[A-Z][a-z]+\s+)?[a-z][\w-]*(?:ors|ers|ists|ants|ents|ians|ials)"
                               r"|[A-Z][a-z]+(?:ors|ers|ists|ants|ents|ians|ials))"
                               r"(?:\s+on\s+[A-Z][a-z]+day)?\s+(?:[a-z]{3,}ed|said|told|asked)\s+that\s")
_CITED_BEFORE = re.compile(r"\b(?:cited|quoted)\s+(?:[\w’'.-]+\s+){0,6}\Z")  # no comma in between
_CLOSE_TO = re.compile(r"\b(?P<np>(?:(?:[Ss]ources|[Oo]fficials|[Aa]ides|[Tt]hose|[Ff]riends|[Aa]llies)"
                       r"|(?:[Aa]|[Oo]ne|[Aa]nother)\s+(?:source|person|official|aide)))\s+(?:(?:very|politically)\s+)?"
                       r"(?:close|closer|privy|loyal|near)\s+to\s+(?:[A-Z][\w.’'-]*\s+)*\Z")
_CITED_AS = re.compile(r",[^,.;“”\"]{1,160},\s+as\s+")  # "X, an activist and head of …, as saying"
# "AAP reports (that) the …": a news outlet passing on what someone else did
_REPORTS_CLAUSE = re.compile(r"(?:[A-Z][\w.-]*\s+){1,3}(?:reports|reported)\s+(?:that\s+)?(?=[Tt]he\s)")
_INVERTED_SUBJECT = re.compile(r"\s+(?P<np>[^,;:“”\"]{2,60}?),\s*")
_APPOSED_ACRONYM = re.compile(r",\s+[A-Z]{2,6},\s*")


_ROLE_HEADS = TITLE_WORDS | ROLE_NOUNS
_WHO_OPENS = re.compile(r"\s+who\s")
# A described person set off before "who": ", one of the commission’s substitute members" (no name of its own).
_APPOSITIVE_BEFORE_WHO = re.compile(r",\s+(?:one\s+of|an?|the|his|her|their)\s+[a-z][^,;:“”\"A-Z]{0,60}?[’'a-z]\Z")
_BODY_THEN_TITLE = re.compile(r"[Tt]he\s+(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the)\s+)*){2,8}\([A-Z]{2,8}\)\s+(?P<head>[a-z]+)\b")


_OF_STATE = re.compile(r"\s+of\s+(?:[Ss]tate|[Gg]overnment)\b")


_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\b")


def role_opening(text: str, start: int, end: int, tokens: TokenIndex) -> SpeakerExpr | None:
    """"One protester left …, saying": a determiner, at most one more word, and a role noun
    opening the sentence are its subject."""
    words = tokens.select(start, end, starts_with_letter)[:7]
    if len(words) > 2 and words[0].lower in ("but", "and", "yet"):
        words = words[1:]  # "But the UPND leader told …": the subject after the conjunction
    words = words[:6]
    if len(words) < 2 or words[0].lower not in DETERMINERS | {"another"}:
        return None
    named_body = _BODY_THEN_TITLE.match(text, words[0].start, end)
    if named_body is not None and named_body.group("head") in _ROLE_HEADS:
        # "The United Party for National Development (UPND) leader told": the title after the body's name
        return SpeakerExpr(named_body.start(), named_body.end(), named_body.group())
    possessed = len(words) >= 4 and words[1].text.islower() and re.match(r"[’']s\s", text[words[1].end : words[1].end + 3])

    owned = bool(possessed) or words[0].lower in ("his", "her", "their", "its")  # ("His chief rival, X,")

    def heads(word: Token) -> bool:
        return word.lower in ROLE_NOUNS or word.lower in TITLE_WORDS or word.text in ACRONYM_TITLES or owned and (
            word.lower in RELATION_NOUNS) or (
            word.text.islower() and word.text.capitalize() in ORG_WORDS)
    if possessed:  # ("The president’s main rival urged …": the rival, someone the story has not named)
        # "The committee’s vice chairman gave …": the title after the body's possessive
        words = [words[0], *[w for w in words[2:] if w.lower != "s"][:2]]
    if len(words) >= 4 and words[0].lower in ("a", "an", "another") and all(
            w.text.islower() and not heads(w) for w in words[1:3]) and heads(words[3]):
        words = words[:4]  # "A senior opposition lawmaker urged": someone new, two modifiers before the role
    else:
        words = words[:3]
    for n, last in enumerate(words[1:], start=1):
        if heads(last):
            if n + 1 < len(words) and heads(words[n + 1]) and words[n + 1].start == last.end + 1:
                last = words[n + 1]  # "The veteran councilman": the whole title
            of_state = _OF_STATE.match(text, last.end) if last.lower == "head" else None
            stop = of_state.end() if of_state else last.end  # "The Head of State said": the president
            of_body = _OF_BODY.match(text, stop) if last.text[:1].isupper() and last.lower in TITLE_WORDS else None
            stop = of_body.end() if of_body and of_body.end() <= end else stop  # "the Leader of the Opposition regretted"
            return SpeakerExpr(words[0].start, stop, text[words[0].start : stop])
    return None


def _after_with(tokens: TokenIndex, sentence_start: int, candidate: SpeakerExpr) -> bool:
    """True when "with" comes right before the candidate and the titles in front of it."""
    return _after_word(tokens, sentence_start, candidate, "with")


def _after_word(tokens: TokenIndex, sentence_start: int, candidate: SpeakerExpr, word: str) -> bool:
    """True when ``word`` comes right before the candidate and the titles in front of it."""
    before = [t for t in tokens.between(sentence_start, candidate.start) if t.is_word]
    titled = False
    while before and (before[-1].is_capitalised or before[-1].lower in _TITLE_PARTS or (
            before[-1].lower == "of" and len(before) >= 2 and before[-2].lower in TITLE_WORDS)):
        popped = before.pop()  # (also "with Likud member of Knesset Ahmed Tibi": the title's "of")
        titled = titled or popped.lower in _TITLE_PARTS
    if titled and len(before) >= 2 and before[-1].lower not in PREPOSITIONS and before[-1].lower not in DETERMINERS:
        before.pop()  # "with his party chair Morgen Komichi": a word that qualifies the title
    while before and (before[-1].lower in DETERMINERS or before[-1].lower in POSSESSIVE_DETERMINERS):
        before.pop()
    return bool(before) and before[-1].lower == word


def after_preposition(tokens: TokenIndex, sentence_start: int, candidate: SpeakerExpr) -> bool:
    """True when the word right before ``candidate`` is a preposition ("in Abuja", "outside
    the court"): the name sits in a prepositional phrase, not in the subject."""
    before = tokens.between(sentence_start, candidate.start)[-4:]
    organisation = candidate.mention is not None and candidate.mention.actor_type == "organisation"
    while before and (before[-1].lower in DETERMINERS or (
            organisation and before[-1].is_capitalised and before[-1].lower in _TITLE_PARTS)):
        before = before[:-1]  # "of the Law Society", "of the General Elections Commission"
    return bool(before) and before[-1].lower in PREPOSITIONS


def _in_appositive_phrase(tokens: TokenIndex, sentence_start: int, candidate: SpeakerExpr) -> bool:
    """True when a preposition comes within the three words before ``candidate``, after a comma
    that opens an appositive (", a manager from central Greece")."""
    before = tokens.between(sentence_start, candidate.start)
    comma = max((i for i, t in enumerate(before) if t.text == ","), default=-1)
    return comma >= 0 and any(t.lower in PREPOSITIONS for t in before[max(comma + 1, len(before) - 3) :])


def appositive_name(text: str, candidate: SpeakerExpr, edge: int) -> bool:
    """"The foreign secretary, Tom Ashdown, said": a name set off by commas right before the cue."""
    if text[candidate.end : edge].strip() != ",":
        return False
    comma = text.rfind(",", 0, candidate.start)
    if comma < 0:
        return False
    between = [t for t in tokenize(text, comma + 1, candidate.start) if t.text not in (",", ".")]
    titled = any(t.lower in TITLE_WORDS for t in between)  # ("the deposed former President X": an -ed epithet)
    return all(t.lower in _TITLE_PARTS or t.text.isupper() or (titled and t.text.islower() and (
        t.lower.endswith("ed") or (n == 0 and t.lower == "the"))) or (
        n == 0 and titled and len(between) >= 2 and t.text[:1].isupper() and t.text[1:].islower())  # ", Riga deputy mayor X,": the office's place
        for n, t in enumerate(between))  # ", CSP Benjamin Hundeyin, said"


def first_subject(start: int, end: int, named: Sequence[Mention], quotes: Sequence[QuoteSpan],
                  tokens: TokenIndex) -> SpeakerExpr | None:
    """The first name or pronoun of a clause that does not follow a preposition; a clause
    opened by a subordinator ("After casting his vote, the President … spoke") is skipped."""
    dateline = DATELINE.match(tokens.text, start, end)
    if dateline:  # "Taipei, July 17 (CNA) Members of recall groups …": the dateline is no subject
        start = dateline.end()
    opening = tokens.between(start, end)[:1]
    if opening and (opening[0].lower in _SUBORDINATORS or (
            opening[0].is_capitalised and opening[0].lower.endswith("ing") and len(opening[0].lower) > 5
            and opening[0].lower not in _NOT_PARTICIPLES)):
        # (a fronted participle clause too: "Speaking on X, who lost his seat, Mr Issa challenged …")
        words = tokens.between(start, end)
        comma = next((t for t, after in zip(words, words[1:]) if t.text == ","  # not ", and on the eve of …,"
                      and after.lower not in PREPOSITIONS and after.lower not in ("and", "or", "but")
                      and not (after.text.islower() and (after.lower.endswith("ed") or after.lower in ("who", "which")))),
                     None)  # (nor "…, identified as Ali Hammed, Yameen delivered": an appositive inside the clause)
        if comma is not None:
            start = comma.end
    found = candidates(start, end, named, quotes, tokens)
    for n, candidate in enumerate(found):
        before = tokens.between(start, candidate.start)
        # (a hyphenated modifier stays in its phrase: "by the leader of right-wing Chega")
        if before and before[0].lower in PREPOSITIONS and before[0].is_capitalised and not any(
                t.text == "," for t in before) and "," in tokens.text[candidate.end : end]:
            continue  # "Outside the White House, the seat of government, protesters …": the fronted phrase's
        words = [t for t in before if t.is_word and t.lower not in _TITLE_PARTS and not t.is_capitalised
                 and "-" not in t.text]
        if _title_appositive(before):
            words = []  # "The President of Uzbekistan, Shavkat Mirziyoyev, …": the "of" is the title's
        plain = [t for t in before if t.is_word]
        relative = next((i for i, t in enumerate(before) if t.text in ("who", "whom")), None)
        if relative is not None and relative > 0 and before[relative - 1].text != "," and not any(
                t.text == "," for t in before[relative:]):
            continue  # "The official who led the Taliban security response, X, has …": inside the relative clause
        if len(plain) >= 2 and plain[-1].lower in ("a", "an") and plain[-2].lower in PREPOSITIONS:
            continue  # "At a Maputo press conference, spokesperson X said": a name inside the phrase
        if len(plain) >= 3 and re.search(r"[a-z]\s+[–—]\s+(?:[A-Z][\w.’'-]*\s+){0,4}\Z", tokens.text[start : candidate.start]):
            continue  # "the leader spoke to leaders in the audience – Prime Minister X; …": a dash's list, not the subject
        if candidate.mention is not None and candidate.mention.actor_type == "organisation" and _OFFICE_OF.search(
                tokens.text, start, candidate.start):
            continue  # "The leader of the opposition Democratic Party, Lee Jae-myung, …, saying": the office's party
        if " of " in tokens.text[max(start, candidate.start - 80) : candidate.start] and _TITLE_OF_PLACE.search(
                tokens.text, max(start, candidate.start - 80), candidate.start):
            words = []  # "the Foreign Minister of Belarus Uladzimir Mackei reported": the "of" is the title's
        if len(words) >= 2 and words[-1].lower == "the" and words[-2].lower in PREPOSITIONS and not (
                tokens.text[words[-1].end : candidate.start].strip()):
            words = words[:-1]  # "have issued a warning to the Economic Community …": "the" after the preposition
        governed = bool(words) and words[-1].lower in PREPOSITIONS and not (any(
            t.text == "," and t.start > words[-1].start for t in before) and not re.match(
            r"\s*(?:,|and\b|or\b|&)", tokens.text[candidate.end : candidate.end + 6]))
        # (not "on Tuesday, Asiedu Nketia charged"; but "from Times of Malta, Maltatoday and In-Nazzjon": a list)
        if not governed and not _listed_after_preposition(before):
            if (not before or (len(before) <= 3 and before[-1].text == ",")) and _COORDINATED_NAMES.match(
                    tokens.text, candidate.end, end):
                return None  # "PH, Parti Pribumi Bersatu Malaysia and Parti Warisan Sabah leaders met … and said": several
            return _modified_head(tokens, before, candidate) or _title_owner(tokens, candidate, found[n + 1 : n + 3])
    return None


def _modified_head(tokens: TokenIndex, before: Sequence[Token], candidate: SpeakerExpr) -> SpeakerExpr | None:
    """The noun phrase when the name opening a clause only modifies a lower-case head after it:
    a body of a place ("The Uganda police has banned … and warned": the police, not the
    country) or several people ("Opposition leaders are demanding … and have said")."""
    mention = candidate.mention
    if mention is None:
        return None
    head = _PLURAL_HEAD_AFTER.match(tokens.text, candidate.end) or (
        _OWNED_PLURAL_HEAD_AFTER.match(tokens.text, candidate.end) if mention.actor_type in ("place", None) else None)
    # ("Pakistan's jubilant Opposition leaders welcomed …": a country's people, not the country)
    if head is None or (head.group(1)[:-1] not in (ROLE_NOUNS | TITLE_WORDS | {"member"}) and head.group(1) != "opposition") or (
            mention.actor_type == "person" and head.group(1) not in _FOLLOWERS):  # ("Subianto supporters": his followers)
        head = _BODY_AFTER_PLACE.match(tokens.text, candidate.end) if mention.actor_type in ("place", None) else None
    if head is None and mention.actor_type == "organisation" and before and before[-1].lower == "the":
        office = _OFFICE_AFTER_BODY.match(tokens.text, candidate.end)  # "The PPP floor leader also attacked …": its officer
        head = office if office is not None and office.group(1) in TITLE_WORDS else None
    if head is None and mention.actor_type == "person":
        head = _PERSONS_BODY_AFTER.match(tokens.text, candidate.end)  # "Yoon's office has expressed …, calling": his office
    if head is None:
        return None
    lead = before[-1].start if before and before[-1].lower == "the" else candidate.start
    return noun_phrase(tokens.text, lead, head.end(), tokens)


_PERSONS_BODY_AFTER = re.compile(r"[’']s\s+(office|camp|team|campaign|secretariat)\b")


_OFFICE_AFTER_BODY = re.compile(r"\s+(?:[a-z]+\s+)?([a-z]+)(?=\s+(?:also\s+|has\s+|had\s+)?[a-z]+ed\b)")


_COORDINATED_NAMES = re.compile(r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*,?\s+and\s+[A-Z]")
_AFFILIATION_THEN_COMMA = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.-]*){0,5},\s*")
_SIGNED_BY = re.compile(r"\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:statement|letter|communiqu[eé]|release)\s+(?:signed|issued)\s+by\b[^.;“”\"]*\Z")
_FOLLOWERS = frozenset("supporters loyalists followers allies fans".split())
_PLURAL_HEAD_AFTER = re.compile(r"\s+([a-z]+s)\b")
_OWNED_PLURAL_HEAD_AFTER = re.compile(r"[’']s\s+(?:(?!opposition\b)[a-z]+\s+)?(?:[A-Z][\w-]*\s+)?(opposition|[a-z]+s)\b")  # ("Bolivia’s opposition")
_BODY_AFTER_PLACE = re.compile(r"\s+(?:police|army|military|government|navy|authorities|embassy|junta)\b")


def _title_appositive(before: Sequence[Token]) -> bool:
    """True when ``before`` is a title phrase and a comma ("The President of Uzbekistan, ",
    "Minority Leader in Parliament, Hon. ")."""
    before = list(before)
    while len(before) > 1 and (before[-1].text == "." or before[-1].text in _APPOSITIVE_HONORIFICS):
        before.pop()  # an honorific before the name: "…, Hon. Abdul Kargbo,"
    if len(before) < 3 or before[-1].text != ",":
        return False
    phrase = [t for t in before[:-1] if t.is_word]
    return any(t.lower in TITLE_WORDS for t in phrase) and all(
        t.lower in DETERMINERS or t.lower in _TITLE_PARTS or t.is_capitalised or t.lower in ("of", "for", "and", "in")
        for t in phrase)


_APPOSITIVE_HONORIFICS = frozenset("Hon Mr Mrs Ms Dr Prof Rt".split())


def _listed_after_preposition(before: Sequence[Token]) -> bool:
    """"reporters from Times of Malta, Maltatoday and In-Nazzjon he said": a name that ends a
    list ("and" right before it) opened by a preposition is in that phrase, not the subject."""
    if not before or before[-1].lower not in ("and", "or"):
        return False
    for token in reversed(before[:-1]):
        if token.lower in PREPOSITIONS and not token.is_capitalised:
            return True
        if not (token.is_capitalised or any(c.isupper() for c in token.text) or token.text in (",", "-")
                or token.lower in ("of", "the", "and")):
            return False  # ("l-Orrizont" is a name too)
    return False


def _title_owner(tokens: TokenIndex, candidate: SpeakerExpr, following: Sequence[SpeakerExpr]) -> SpeakerExpr:
    """"Senate Majority Leader Joel Villanueva": an organisation that only qualifies the title
    of the person named right after it is not the subject; that person is. Nor is the owner
    of an organisation ("Hong Kong’s Department of Justice")."""
    if (following and candidate.mention is not None  # (a person's too: "Budimir's Party of Justice and Trust")
            and following[0].mention is not None and following[0].mention.actor_type == "organisation"
            and [t.text for t in tokens.between(candidate.end, following[0].start)] in (["’s"], ["'s"])):
        return following[0]
    if following and candidate.mention is not None and following[0].mention is not None and (
            following[0].mention.actor_type in ("person", None) and " " in following[0].mention.text):
        gap = tokens.between(candidate.end, following[0].start)
        role = [t for t in gap[1:] if t.text != ","]
        if gap and gap[0].text in ("’s", "'s") and 1 <= len(role) <= 3 and all(
                t.lower in TITLE_WORDS or t.lower in ROLE_NOUNS or t.lower in RELATION_NOUNS or t.lower in TITLE_MODIFIERS
                for t in role) and (gap[-1].text == "," or role[-1].lower in TITLE_WORDS):
            return following[0]  # "Nhat’s lawyer, Tran Vu Hai, told RFA": the lawyer, not his client
    if (following and candidate.mention is not None and candidate.mention.actor_type == "person"
            and following[0].mention is not None and following[0].mention.actor_type in ("person", None)
            and " " in following[0].mention.text):
        between = [t for t in tokens.between(candidate.end, following[0].start) if t.text not in ("’s", "'s")]
        if 1 <= len(between) <= 2 and all(t.lower in RELATION_NOUNS or t.lower in TITLE_MODIFIERS for t in between):
            return following[0]  # "Merkel ally Julia Kloeckner": Kloeckner is the subject
    if (not following or candidate.mention is None or candidate.mention.actor_type == "person"
            or following[0].mention is None or following[0].mention.actor_type not in ("person", None)
            or (following[0].mention.actor_type is None and " " not in following[0].mention.text)):
        return candidate
    between = tokens.between(candidate.end, following[0].start)
    # "Leading Tory rebel Peter Bone": a capitalised qualifier of a role is no subject either
    parts = _TITLE_PARTS | _PAIRED_HONORIFICS  # "Umno secretary-general Datuk Seri Ahmad Maslan"
    parts = parts if candidate.mention.actor_type == "organisation" else parts | ROLE_NOUNS
    if between and len(between) <= 6 and all(_AFFIXED_TITLE.sub("", t.lower) in parts or t.text in ("’s", "'s", "’", "'")
                                             or (t.lower == "and" and 0 < k < len(between) - 1) for k, t in enumerate(between)):
        return following[0]  # (also "Te Pāti Māori co-leader Rawiri Waititi"; "NFP leader and Opposition MP Professor X")
    if (candidate.mention.actor_type == "organisation" and len(following) >= 2 and following[1].mention is not None
            and following[1].mention.actor_type == "person" and following[0].mention.actor_type is None):
        # "Progressive Liberal Party chairman and Foreign Affairs Minister Fred Mitchell": two offices
        # joined by "and", the second's department a capitalised run of its own, then their holder
        chain = [*between, *tokens.between(following[0].end, following[1].start)]
        joint = [k for k, t in enumerate(chain) if t.lower == "and"]
        if (len(joint) == 1 and 0 < joint[0] < len(between) and len(chain) <= 6
                and between[0].lower in TITLE_WORDS and chain[-1].lower in TITLE_WORDS
                and all(_AFFIXED_TITLE.sub("", t.lower) in parts or t.lower == "and" for t in chain)):
            return following[1]
    return candidate


_AFFIXED_TITLE = re.compile(r"\A(?:co|ex|vice|deputy)-|-(?:elect|designate)\Z")


def noun_phrase(text: str, start: int, end: int, tokens: TokenIndex) -> SpeakerExpr | None:
    """A short noun phrase ending at ``end`` and starting its clause ("One group")."""
    clause = text[start:end]
    # "The Environment and Water Minister": an "and" between capitalised words joins a title.
    breaks = [b for b in _CLAUSE_BREAK.finditer(clause)
              if not (b.group() == "and" and re.search(r"[A-Z][\w’'-]*\s+\Z", clause[: b.start()])
                      and re.match(r"\s+[A-Z]", clause[b.end() :]))]
    if breaks:
        start += breaks[-1].end()
    while start < end and not text[start].isalnum():
        start += 1
    opener = re.match(r"(?:But|And|Yet|So|Still|Now|However,?)\s+", text[start:end])
    if opener:  # "But the defiant party leader has said": the phrase, not the conjunction
        start += opener.end()
    words = tokens.select(start, end, starts_with_letter)
    while len(words) > 1 and (words[-1].text in WEEKDAYS or words[-1].lower in ("today", "yesterday")):
        words = words[:-1]  # "Protesters Saturday shouted": the phrase, not the day (AP style)
    titled_of = any(w.lower == "of" and n and words[n - 1].lower in TITLE_WORDS for n, w in enumerate(words[:4]))
    issued = _DOCUMENT_FROM.search(text, start, end) is not None  # "a press release from the Ministry of External Affairs"
    if not words or len(words) > (10 if issued else 9 if titled_of else 6):  # "The leader of the Social Democratic Party": a title
        return None
    placed = next((n for n, w in enumerate(words) if w.lower in _NOT_IN_NAMES or w.lower in ("around", "of")), None)
    if placed is not None and 1 <= placed <= 2 and (words[placed - 1].text.islower() or placed == 1) and (
            words[placed - 1].lower[:-1] in ROLE_NOUNS or words[placed - 1].lower in _SEVERAL_HEADS or (
                words[placed].lower != "of" and words[placed - 1].lower in ROLE_NOUNS | TITLE_WORDS)) and not any(
            w.lower in _VERBAL or w.text in CUE_LEMMA for w in words[placed:]):
        words = words[:placed]  # "Protesters in Lima shouted …, chanting": a group where it stands, named by its role
    first = words[0]
    if not (first.is_capitalised or first.lower in DETERMINERS) or first.lower in RELATIVE or first.lower in _SUBORDINATORS:
        return None  # ("When asked if …, he answered": no one called "When")
    if any(w.lower in _VERBAL or w.text in CUE_LEMMA or (w.lower in _NOT_IN_NAMES and not (
            issued and w.lower in ("from", "by"))) for w in words):
        return None
    if not issued and any(w.text.islower() and w.text.endswith("ed") and words[n - 1].text.islower() and not words[n - 1].text.endswith("ly")
           and words[n - 1].lower not in DETERMINERS for n, w in enumerate(words[1:-1], start=1)):
        return None  # "The demonstration witnessed harsh slogans chanted": a clause, not a noun phrase
    if first.lower in PRONOUNS and not (first.lower in _POSSESSIVE_DETERMINERS and len(words) > 1):
        return None  # but "his spokesman", "their lawyer" are noun phrases
    if all(w.text in WEEKDAYS or w.text in MONTHS or w.lower in ("on", "last", "this") for w in words):
        return None  # "Mia Mottley, Tuesday described …": a date, never the one who speaks
    if _CLOCK_TIME.search(text, first.start, words[-1].end):
        return None  # "Around 9 p.m., the protesters gathered …, chanting": a time, never the one who speaks
    return SpeakerExpr(first.start, words[-1].end, text[first.start : words[-1].end])


_DOCUMENT_FROM = re.compile(r"\b" + ISSUED_DOCUMENT + r"\s+(?:" + ISSUING_VERB + r"\s+)?(?:from|by)\s")
# Cue forms that are more often plural nouns: a cue only right after a name or a pronoun.
NOUN_TOO = frozenset("states remarks points thanks welcomes blasts terms labels brands hails claims notes".split())
_POSSESSIVE_DETERMINERS = frozenset("his her their its".split())
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\b|o’clock|o'clock)", re.IGNORECASE)
