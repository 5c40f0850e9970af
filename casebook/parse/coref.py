"""Pronoun resolution by salience rules (no statistical model is installable offline).

Rules, tried in order for each pronoun, each named in the output:
- ``override``: a coreference override (:class:`~casebook.parse.actors.CorefOverride`) says who it is;
- ``pronoun-quote-speaker``: I/me/my/we/us/our inside a quotation → its speaker;
- ``pronoun-previous-speaker``: the speaker pronoun of “…,” he said → the speaker
  of the previous attribution (the person last *speaking*, not the last named);
- ``pronoun-relative``: who/whom/whose right after a person's name → that person;
- inside a quotation, third-person pronouns only look back within the quotation;
- ``pronoun-last-person``: he/his/she/her → the last person who is a subject or
  speaker, else the last person named;
- ``pronoun-plural-collective``: they/their → the last organisation or group
  that is a subject or speaker (a document speaker such as "the statement"
  counts), else the last one named;
- ``pronoun-last-organisation``: its (and "it" as a speaker) → last organisation.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple, Sequence

from casebook.parse.actors import KnownActors
from casebook.parse.attribution import Attribution, Speech, said_by_a_crowd
from casebook.parse.doc import Doc
from casebook.parse.lexicon import (
    COUNTRIES, SPEAKS_NEXT, names_a_platform,
    FIRST_PERSON, GENERIC_PERSON_NOUNS, ORG_WORDS, PLURAL, RELATIVE, SINGULAR_PERSON, SUBJECT_PRONOUNS, TITLE_WORDS,
)
from casebook.model import Mention, Sentence
from casebook.parse.segment import PARAGRAPH_BREAK
from casebook.parse.speakers import DOCUMENT_NOUNS, described_person, head_word, is_person_title, title_holder
from casebook.parse.subjects import SpeakerExpr, first_subject, inside, pronoun_tokens, role_opening
from casebook.parse.tokens import DATELINE, TokenIndex, sentence_at

Overrides = dict[tuple[int, int], "str | None"]

COLLECTIVE = frozenset({"organisation", "group", "document"})
_DETERMINER = re.compile(r"^(?:the|a|an)\s+")
_WHO_BEFORE_CUE = re.compile(r",?\s+who\s+(?:[a-z]+\s+){0,2}")


class Resolution(NamedTuple):
    """A pronoun (or speaker expression) and who it is; ``display`` names it for people."""

    start: int
    end: int
    text: str
    actor: str | None
    display: str | None
    rule: str
    actor_type: str | None = None


def _single_name(event: "_Event") -> bool:
    """A one-word name that is a subject or speaker ("Bushiri said"): maybe a person."""
    word = event.display
    return (event.type is None and " " not in word and word[:1].isupper() and not word.isupper()
            and word not in ORG_WORDS and word not in COUNTRIES and not names_a_platform(word) and not _PLURAL_ACRONYM.fullmatch(word))  # "MPs", "NGOs": several


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_ACRONYM_LED = re.compile(r"[A-Z]{2,}\s")


def _plural_title(display: str) -> bool:
    """A name ending in a plural title ("Foreign Secretaries", "Interior Ministers") is several people."""
    last = display.split()[-1].lower()
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else ""
    return singular in TITLE_WORDS


_DEMONSTRATIVES = frozenset("This These That Those Such".split())


def _first_dateline_end(text: str, named: Sequence[Mention]) -> int:
    """Where the dateline that opens the first body paragraph ends ("LUSAKA, Zambia (AP) —"), or -1."""
    first = next((m for m in named if m.paragraph == 1), None)
    if first is None:
        return -1
    dateline = DATELINE.match(text, text.rfind("\n", 0, first.start) + 1)
    return dateline.end() if dateline is not None else -1


class _Event(NamedTuple):
    pos: int
    actor: str | None
    type: str | None
    display: str
    salient: bool  # a subject or a speaker


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Madam|Dame|Lady|Sir)\.?\s+\Z")
_FEMININE = frozenset("she her hers herself".split())
# "the politician", "the 65-year-old ruler", "the veteran lawmaker": a definite description by a
# word that fits any public figure (GENERIC_PERSON_NOUNS), with lower-case modifiers only.
_GENERIC_EPITHET = re.compile(r"[Tt]he\s+(?:[a-z0-9][\w-]*\s+){0,2}[a-z]+")
# "Liam Fox’s remarks, in which he stated": a relative clause on the possessed noun is the
# possessor's; "scoffed at Wildman's claim as he described" is the subject's.
_IN_WHICH = re.compile(r"\b(?:which|whom|where)\s+\Z")


def speaker_type(expr: SpeakerExpr) -> str | None:
    """The type of a speaker given by a noun phrase: a document or group unless it names a person."""
    words = re.sub(r"^(?:The|An|A)\s+", "", expr.text.strip())
    first = words.split()[0].lower() if words.split() else ""
    if head_word(words) in DOCUMENT_NOUNS or first in DOCUMENT_NOUNS:
        return "document"  # "The statement above confirms …"
    if head_word(words).capitalize() in ORG_WORDS:
        return "organisation"  # "the Somali cabinet said …. It said": the cabinet
    return None if words[:1].isupper() and not set(words.split()) & ORG_WORDS else "document"


def document_actor(phrase: str, annotations: KnownActors | None) -> str | None:
    """The actor whose ``documents`` list this phrase ("the statement" → the movement)."""
    if annotations is None:
        return None
    key = _DETERMINER.sub("", phrase.strip().casefold())
    for actor in annotations.actors:
        for document in actor.documents:
            if _DETERMINER.sub("", document.casefold()) == key:
                return actor.id
    return None


def resolve_coreference(doc: Doc, names: Sequence[Mention], speech: Speech,
                        known: KnownActors | None = None, overrides: Overrides | None = None) -> list[Resolution]:
    """The coreference stage: resolve every pronoun of the body, in text order.

    Unresolved pronouns are kept, with ``actor=None`` (and a ``display`` name when
    the rules found a speaker the annotations do not know), because the
    quotation stage names pronoun speakers from them.
    """
    return _Resolver(doc.text, doc.sentences, names, known, overrides or {}, speech, doc.tokens).run()


_INTRODUCTORY = re.compile(r"(?:At|In|During|On|After|Before)\s(?:[^,;:“”\"]|(?<=\d):(?=\d)){1,80},\s+(?=[Tt]he\s|an?\s|[Aa]nother\s)")
_PARENTHETICAL_CUE = re.compile(r"\s[a-z]+(?:\s+[a-z]+)?\s*,")  # "Renamo, he added, continues": the cue set off by commas
_AND_ANOTHER = re.compile(r"\s+(?:and|&)\s+(?:his|her|[A-Z])")
# "remarks by Police Chief X …, in which he said": the one whose words "in which" opens
_REMARKS_BY = re.compile(r"\b(?:remarks|comments|statement|speech|words|interview)\s+(?:made\s+)?by\s+(?:[A-Z][\w.’'-]*\s+){0,5}\Z")
_CLOSED_RELATIVE = re.compile(r"\s+who\s[^,;“”\"]{1,120},\s*")
# "Expressing frustration over what he described as …, Senator Abbo advocated": a fronted
# participle clause, its pronoun before the clause's comma, and after the comma the subject
_FRONTED_PARTICIPLE = re.compile(r"(?!According)[A-Z][a-z]{2,}ing\s[^,;:“”\"]{0,120}\Z")
_SUBJECT_AFTER_COMMA = re.compile(r",\s+(?:(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){0,3})?")
_STATEMENT_BY_OPENING = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(DOCUMENT_NOUNS)) +
                        r")\s+(?:[a-z]+\s+){0,4}by\s+(?:the\s+)?(?:[A-Z][A-Z.]+\s+)?")  # ("by the U.N. High Commissioner")
_EXPLETIVE_PASSIVE = re.compile(r"\s+(?:is|was|has\s+been|had\s+been)\s+(?:alleged|reported|claimed|understood|believed"
                                r"|said|thought|feared|expected|learnt|learned)\s+that\b")
_JOINED_CLAUSE = re.compile(r"(?:,\s+(?:but|and|while|whereas)|;)\s+(?=(?:the|a|an|one|another)\s)")


class _Resolver:
    """Holds the state of one pass over the text (built and dropped inside resolve_pronouns)."""

    def __init__(self, text: str, sentences: Sequence[Sentence], named: Sequence[Mention],
                 annotations: KnownActors | None, overrides: dict[tuple[int, int], str | None],
                 speech: Speech, tokens: TokenIndex) -> None:
        quotes, attributions = speech.quotes, speech.attributions
        self.text, self.named, self.annotations = text, named, annotations
        self.overrides, self.quotes, self.attributions = overrides, quotes, attributions
        self.memo: dict[tuple[int, int], Resolution] = {}
        # (a sentence a role opens has that role for subject, not a name later in it: "The
        # committee’s vice chairman gave an example … the capital, Dodoma.")
        salient = {(c.start, c.end) for s in sentences
                   if (c := first_subject(s.start, s.end, named, quotes, tokens)) and c.mention
                   and not _AND_ANOTHER.match(text, c.end)  # ("X and Chakwera were equal": neither one is "he")
                   and not ((role := role_opening(text, s.start, s.end, tokens)) is not None and role.end <= c.start
                            and not text[role.end : role.end + 1] == ","  # (but "Another leader, X, dismissed": X)
                            and not _CLOSED_RELATIVE.fullmatch(text, role.end, c.start))}  # ("The official who led …, X, has")
        # A speaker inside another's reported speech ("X noted that Y had urged …") is not
        # the one a later "he said" continues.
        self.outer = [a for a in attributions if not any(
            b is not a and b.kind == "reported" and b.start <= a.speaker.start < b.end for b in attributions)
            and not (a.kind == "reported" and _WHO_BEFORE_CUE.fullmatch(text, a.speaker.end, a.cue.start))]
        # ("X commented on remarks by Y, who said …": Y speaks in a relative clause, in the background)
        salient |= {(a.speaker.start, a.speaker.end) for a in self.outer}
        # "Azerbaijan is ready for talks, spokeswoman Leyla Abdullayeva said": a person a speech verb
        # follows speaks, though no quotation marks what she said
        salient |= {(m.start, m.end) for m in named if m.actor_type == "person" and SPEAKS_NEXT.match(text, m.end)}
        dateline_end = _first_dateline_end(text, named)  # no antecedent of a later "it"
        self.events = [
            _Event(m.start, m.actor, m.actor_type, m.text, (m.start, m.end) in salient)
            for m in named if not inside(m.start, quotes) and m.paragraph > 0  # not the header line
            and not (m.paragraph == 1 and m.end <= dateline_end)  # nor the agency of "LUSAKA, Zambia (AP) —"
        ]
        for a in self.outer:  # (a crowd's "chants of “…”" puts no one in view; nor does a speaker inside
            # another's reported speech: "X told journalists that Orbán’s press conference had signalled …")
            if a.speaker.mention is None and not a.speaker.pronoun and not said_by_a_crowd(a):
                found = self.speaker(a)
                self.events.append(_Event(a.speaker.start, found.actor, found.actor_type, found.display or "", True))
        for s in sentences:  # "Her mother wept. “…,” she said": an unnamed person, now the one in view
            # (also opening a joined clause: "…, but the interior minister issued a statement")
            intro = _INTRODUCTORY.match(text, s.start, s.end)  # "At the briefing, the Ambassador answered"
            for opening in [s.start, *([intro.end()] if intro else []),
                            *(j.end() for j in _JOINED_CLAUSE.finditer(text, s.start, s.end))]:
                role = role_opening(text, opening, s.end, tokens)
                if role is not None and not inside(role.start, quotes):
                    head = role.text.rsplit(None, 1)[-1]
                    if not (head.islower() and head.capitalize() in ORG_WORDS):
                        # ("The congress is electing …": a body named by a common noun is no person in view)
                        holder = title_holder(text, role.text, role.start, named, quotes, attributions, epithets=False) if (
                            is_person_title(role.text)) else None  # "the Ambassador": Ambassador X, named before
                        if holder is not None or intro is None or opening != intro.end():
                            self.events.append(_Event(role.start, holder.actor if holder else None, "person",
                                                      holder.text if holder else role.text, True))
                    elif role.text.split()[0].lower() in ("a", "an", "another"):
                        # "At dawn, a group of 80 mayors gathered …. They said": a body brought in unnamed is
                        # the "they" in view, and no one named (an empty display: unknown)
                        self.events.append(_Event(role.start, None, "group", "", True))
        self.events.sort(key=lambda e: e.pos)
        # "the Lok Sabha", "the Electronic Voting Machines": an untyped name after "the" is no person
        self.after_the = {m.start for m in named if m.actor_type is None and text[max(0, m.start - 4) : m.start].lower() == "the "}
        self._pairs: set[int] | None = None
        self.pronouns = [t for s in sentences for t in pronoun_tokens(tokens, s.start, s.end)]
        self.sentences = sentences
        self.breaks = [b.end() for b in PARAGRAPH_BREAK.finditer(text)]  # paragraph starts, for bisect
        # "Ms McDonald", "Mr Martin": the honorific the story gives a person, the one sign of sex
        # the parser reads (it keeps no list of first names)
        self.sex: dict[str, str] = {}
        for m in named:
            honorific = _HONORIFIC_BEFORE.search(text, max(0, m.start - 8), m.start) if m.actor else None
            if honorific is not None:
                sex = "m" if honorific.group(1) in ("Mr", "Sir") else "f"
                self.sex[m.actor] = sex if self.sex.get(m.actor, sex) == sex else "?"

    def _type_of(self, actor: str | None) -> str | None:
        found = self.annotations.actor(actor) if self.annotations else None
        return found.type if found else None

    def run(self) -> list[Resolution]:
        # "“…,” the politician reiterated": a description by a word that fits any public figure,
        # which no title or appositive before it settles, stands like "he" for the person in view
        epithets = [(a.speaker.start, a.speaker.end, "she" if a.speaker.text.endswith("woman") else "he")
                    for a in self.outer if a.speaker.mention is None and not a.speaker.pronoun
                    and _GENERIC_EPITHET.fullmatch(a.speaker.text) and head_word(a.speaker.text) in GENERIC_PERSON_NOUNS
                    and self.speaker(a).actor is None]
        found = []
        for start, end, word in sorted([*((t.start, t.end, t.text) for t in self.pronouns), *epithets]):
            resolution = self.resolve(start, end, word)
            if (start, end, word) in epithets:
                resolution = resolution._replace(text=self.text[start:end], rule="epithet-in-view") if (
                    resolution.actor is not None and resolution.actor_type == "person") else None
            if resolution is not None:
                found.append(resolution)
        return found

    def resolve(self, start: int, end: int, word: str) -> Resolution:
        if (start, end) not in self.memo:
            found = self._resolve(start, end, word)
            self.memo[(start, end)] = found
            if found.actor is not None or found.display is not None:
                salient = word.lower() in SUBJECT_PRONOUNS or any(a.speaker.start == start for a in self.attributions)
                if any(a.kind == "reported" and a.start <= start < a.end and a.speaker.start != start
                       for a in self.attributions):
                    salient = False  # "X said that Y, during a call he received, urged …": Y stays in the background
                if found.rule == "pronoun-relative":
                    salient = False  # (the "who" of that relative clause keeps Y in the background too)
                if not inside(start, self.quotes):
                    self.events.append(_Event(start, found.actor, found.actor_type, found.display or "", salient))
        return self.memo[(start, end)]

    def speaker(self, attribution: Attribution) -> Resolution:
        expr = attribution.speaker
        if expr.pronoun:
            return self.resolve(expr.start, expr.end, expr.text)
        if expr.mention is not None:
            m = expr.mention
            return Resolution(m.start, m.end, m.text, m.actor, m.text, "speaker-name", m.actor_type)
        actor = document_actor(expr.text, self.annotations)
        if actor is None and is_person_title(expr.text):  # "the Taoiseach": the person named so
            holder = title_holder(self.text, expr.text, expr.start, self.named, self.quotes, self.attributions) if (
                expr.text.split()[0].lower() not in ("a", "an", "another", "one")) else None
            # ("a spokesman for PM Theresa May's office said": someone new, as in the quotation's speaker)
            if holder is not None:
                return Resolution(expr.start, expr.end, expr.text, holder.actor, holder.text, "title-holder", "person")
            described = described_person(self.text, expr.text, expr.start, self.named, self.quotes)
            if described is not None:
                return Resolution(expr.start, expr.end, expr.text, described.actor, described.text, "described-person", "person")
            return Resolution(expr.start, expr.end, expr.text, None, expr.text, "speaker-phrase", "person")
        described = described_person(self.text, expr.text, expr.start, self.named, self.quotes) if actor is None else None
        if described is not None:
            return Resolution(expr.start, expr.end, expr.text, described.actor, described.text, "described-person", "person")
        kind = self._type_of(actor) if actor else speaker_type(expr)
        return Resolution(expr.start, expr.end, expr.text, actor, expr.text, "speaker-phrase", kind)

    def _resolve(self, start: int, end: int, word: str) -> Resolution:
        low = word.lower() if word != "I" else "I"
        if (start, end) in self.overrides:
            actor = self.overrides[(start, end)]
            return Resolution(start, end, word, actor, None, "override", self._type_of(actor))
        quote = inside(start, self.quotes)
        if quote is not None and (low in FIRST_PERSON or word == "I"):
            own = next((a for a in self.attributions if a.kind == "direct" and a.start == quote.start), None)
            if own is None:
                return Resolution(start, end, word, None, None, "unresolved")
            found = self.speaker(own)
            return Resolution(start, end, word, found.actor, found.display, "pronoun-quote-speaker", found.actor_type)
        if quote is None and low in FIRST_PERSON:
            return Resolution(start, end, word, None, None, "unresolved")  # a first person outside quotes
        mine = next((a for a in self.attributions if a.speaker.start == start and a.speaker.pronoun), None)
        if mine is not None and mine.structure in ("QCSV", "QCVS"):
            earlier = [a for a in self.outer if a.start < mine.start and a is not mine]
            other = "m" if low in _FEMININE else "f"
            for previous in reversed(earlier):
                found = self.speaker(previous)
                if low in SINGULAR_PERSON and self.sex.get(found.actor or "") == other:
                    continue  # "Ms McDonald …. “…,” he said": not her
                if low in SINGULAR_PERSON and previous.speaker.mention is not None and previous.speaker.mention.start in self._paired():
                    continue  # "Weerawansa and Gammanpila had accused Minister Fernando …. “…,” he said": not one of the pair
                if (found.actor is None and found.display and found.rule == "speaker-phrase"
                        and is_person_title(found.display) and low in SINGULAR_PERSON
                        and not self._subject_since(previous, start, None)):
                    # "One protester left …, saying …. “…,” he said": the unnamed person, unknown
                    return Resolution(start, end, word, None, found.display, "pronoun-previous-speaker", "person")
                if low == "it" and found.actor is not None and found.actor_type in (None, "document", "place"):
                    # "Chadema said in a statement …. “…,” it added": "it" is never a person
                    return Resolution(start, end, word, found.actor, found.display, "pronoun-previous-speaker", found.actor_type)
                if self._agrees(low, found.actor_type, found.display) or (
                        low in SINGULAR_PERSON and _single_name(_Event(0, found.actor, found.actor_type, found.display or "", True))):
                    if self._subject_since(previous, start, found.actor, low in PLURAL, found.display):
                        break  # "Singh emphasised …. “…,” he said": the person now the subject
                    return Resolution(start, end, word, found.actor, found.display, "pronoun-previous-speaker", found.actor_type)
        if low in RELATIVE:
            gap = start  # the mention must end right before, with only spaces and commas between
            while gap > 0 and self.text[gap - 1] in " ,":
                gap -= 1
            before = [m for m in self.named if gap <= m.end <= start]
            if before and self._agrees("he", before[-1].actor_type, before[-1].text):
                m = before[-1]
                return Resolution(start, end, word, m.actor, m.text, "pronoun-relative", m.actor_type)
            return Resolution(start, end, word, None, None, "unresolved")
        events = [e for e in self.events if e.pos < start]
        if quote is not None:  # third person inside a quote: antecedents from the same quote only
            events = [_Event(m.start, m.actor, m.actor_type, m.text, False) for m in self.named
                      if quote.start <= m.start < start]
        here = sentence_at(self.sentences, start)
        lead = self.text[here.start : start] if here is not None else ""
        if quote is None and (mine is None or mine.kind == "reported") and low in SINGULAR_PERSON and (
                _FRONTED_PARTICIPLE.fullmatch(lead)):
            subject = self._subject_after_clause(start, here.end)
            if subject is not None:
                return Resolution(start, end, word, subject.actor, subject.text, "pronoun-cataphora", subject.actor_type)
        trailing = (mine is not None and quote is None and mine.structure not in ("QCSV", "QCVS")
                    and lead.rstrip().endswith(",") and len(lead.split()) >= 4
                    and lead.split()[0].lower() not in ("when", "after", "as", "while", "once", "asked"))
        # (a fronted clause is no report: "When the matter was put to X at a briefing, he said": X)
        parenthetical = (mine is not None and quote is None and here is not None and lead.rstrip().endswith(",")
                         and len(lead.split()) <= 4 and _PARENTHETICAL_CUE.match(self.text, mine.cue.start - 1))
        if trailing or parenthetical:  # "Win Myint was also sentenced …, he said": the speaker is not one spoken of
            events = [e for e in events if e.pos < here.start]  # (nor "Renamo, he added, continues to believe")
        if (mine is not None and quote is None and mine.kind == "reported" and mine.structure in ("QCSV", "QCVS")
                and low in SINGULAR_PERSON and lead.rstrip().endswith(",") and len(lead.split()) >= 4):
            # "Sin said punishments used to be a fine. The judge set a new precedent …, he said": a
            # report closed by "he said" goes on from the last speaker, not from one it speaks of
            earlier = [a for a in self.outer if a.cue.end <= here.start]
            found = self.speaker(earlier[-1]) if earlier else None
            if found is not None and found.actor is not None and found.actor_type == "person" and (
                    self._agrees(low, found.actor_type, found.display)):
                return Resolution(start, end, word, found.actor, found.display, "pronoun-previous-speaker", "person")
        if low == "it" and (mine is None or _EXPLETIVE_PASSIVE.match(self.text, end)):
            # expletive "It was not clear"; "it is alleged that the six insulted police officers saying: “…”"
            return Resolution(start, end, word, None, None, "unresolved")
        if low == "it" and quote is None and here is not None and not lead.strip():
            issued = self._document_issuer_before(here.start)
            if issued is not None:  # "A statement issued by X expressed concern …. It noted": X's statement
                return Resolution(start, end, word, issued.actor, issued.display, "pronoun-document-issuer", issued.actor_type)
        if low in SINGULAR_PERSON:
            events = [e for e in events if not (e.type is None and e.pos in self.after_the)]
            paired = self._paired()  # (the pair skipped above as earlier speakers: skipped here as names too)
            events = [e for e in events if e.pos not in paired] if any(e.pos not in paired for e in events) else events
        rule = ("pronoun-last-person" if low in SINGULAR_PERSON else
                "pronoun-plural-collective" if low in PLURAL else "pronoun-last-organisation")
        fitting = sorted((e for e in events if self._agrees(low, e.type, e.display)
                          or (e.salient and low in SINGULAR_PERSON and _single_name(e))), key=lambda e: e.pos)
        if low in SINGULAR_PERSON and self.sex:
            other = "m" if low in _FEMININE else "f"
            fitting = [e for e in fitting if self.sex.get(e.actor or "") != other] or fitting
        chosen = next((e for e in reversed(fitting) if e.salient), fitting[-1] if fitting else None)
        if chosen is not None and low in SINGULAR_PERSON and quote is None and here is not None:
            chosen = self._only_one_since(chosen, fitting, here.start) or self._opener_over_object(
                chosen, fitting, here.start) or chosen
        if fitting and fitting[-1].type == "person" and here is not None and fitting[-1].pos >= here.start and (
                low in SINGULAR_PERSON and quote is None) and not (
                chosen is not None and chosen.salient and chosen.pos >= here.start and chosen.actor != fitting[-1].actor
                and chosen.type in ("person", None) and not ((self._possessor(fitting[-1]) or _REMARKS_BY.search(
                    self.text, max(0, fitting[-1].pos - 60), fitting[-1].pos)) and _IN_WHICH.search(
                    self.text, max(0, start - 12), start))):
            # (but "Asiedu Nketia charged President Akufo-Addo to call …, for what he describes": the subject)
            chosen = fitting[-1]  # "Liam Fox’s remarks, in which he stated": the person just named
        if chosen is None:
            return Resolution(start, end, word, None, None, "unresolved")
        return Resolution(start, end, word, chosen.actor, chosen.display, rule, chosen.type)

    def _paired(self) -> set[int]:
        """Where two names are joined by "and" ("Weerawansa and Gammanpila had accused …"): each is
        one of a pair, no antecedent for "he" or "she" on its own."""
        if self._pairs is None:
            named = [m for m in self.named if m.kind != "pronoun"]
            joined = [(m, n) for m, n in zip(named, named[1:]) if self.text[m.end : n.start] in (" and ", ", and ", " & ")]
            self._pairs = {m.start for m, _ in joined} | {n.start for _, n in joined}
        return self._pairs

    def _document_issuer_before(self, start: int) -> Resolution | None:
        """The issuer X when the sentence before ``start`` opens with "A statement (issued) by X" and
        X speaks in it: the "it" that opens the next sentence is that statement."""
        previous = next((s for s in reversed(self.sentences) if s.end <= start), None)
        if previous is None:
            return None
        for a in self.outer:
            if previous.start <= a.speaker.start < previous.end and a.speaker.start < a.cue.start and (
                    _STATEMENT_BY_OPENING.fullmatch(self.text, previous.start, a.speaker.start)):
                return self.speaker(a)
            if a.speaker.start == previous.start and a.speaker.text == "It":
                found = self.speaker(a)  # "… It noted “…”. It said …": the same statement still
                if found.rule == "pronoun-document-issuer":
                    return found
        return None

    def _subject_after_clause(self, start: int, stop: int) -> Mention | None:
        """The person named right after the comma that closes a fronted clause, or None."""
        comma = self.text.find(",", start, stop)
        if comma == -1:
            return None
        return next((m for m in self.named if comma < m.start < comma + 60 and m.actor_type == "person"
                     and _SUBJECT_AFTER_COMMA.fullmatch(self.text, comma, m.start)), None)

    def _possessor(self, event: "_Event") -> bool:
        """True when the name stands as a possessor ("Milanović's statement")."""
        return re.match(r"[’']s?\b", self.text[event.pos + len(event.display) : event.pos + len(event.display) + 2]) is not None

    def _opener_over_object(self, chosen: "_Event", fitting: Sequence["_Event"], start: int) -> "_Event | None":
        """"The Opposition Leader also called out Holness for what he dubbed “…”": the person
        subject that opens the sentence, not one named after a verb later in it (with no comma
        between: not "Another leader, nationalist X, dismissed")."""
        opener = next((e for e in fitting if e.pos >= start), None)
        if (opener is None or opener is chosen or not opener.salient or opener.type != "person"
                or chosen.pos <= opener.pos or "," in self.text[opener.pos : chosen.pos]):
            return None
        if re.fullmatch(r"\s*(?:[Tt]he\s+)?", self.text[start : opener.pos]) and re.search(
                r"\b[a-z]{3,}\s+(?:[A-Z][\w.’'-]*\s+){0,3}\Z", self.text[max(start, chosen.pos - 50) : chosen.pos]):
            return opener
        return None

    def _only_one_since(self, chosen: "_Event", fitting: Sequence["_Event"], start: int) -> "_Event | None":
        """"Cameron and his counterpart, Albares, spoke on Monday. / The call was confirmed by Mr
        Albares …. / “…,” he said": when the subject chosen stands paragraphs back and the
        paragraph just before names one person only, and a person, that one is in view."""
        n = bisect.bisect_right(self.breaks, start)
        if n < 2 or chosen.pos >= self.breaks[n - 2]:
            return None
        last = [e for e in fitting if self.breaks[n - 2] <= e.pos < self.breaks[n - 1]]
        if len({e.actor for e in last}) == 1 and all(e.type == "person" for e in last) and last[-1].actor != chosen.actor:
            return last[-1]
        return None

    def _subject_since(self, previous: Attribution, start: int, actor: str | None, plural: bool = False,
                       display: str | None = None) -> bool:
        """True when another person (with ``plural``, another body: "a group of mayors gathered")
        is the subject of a sentence between ``previous`` and ``start``."""
        if plural:
            return any(previous.end <= e.pos < start and e.salient and (e.actor, e.display) != (actor, display)
                       and e.type in COLLECTIVE and not inside(e.pos, self.quotes) for e in self.events)
        return any(previous.end <= e.pos < start and e.salient and e.actor != actor
                   and (e.type == "person" or (e.type is None and self._agrees("he", None, e.display)))
                   and not inside(e.pos, self.quotes) for e in self.events)

    @staticmethod
    def _agrees(pronoun: str, kind: str | None, display: str | None) -> bool:
        """Number and animacy: he/she want a person, they a collective, its an organisation."""
        if pronoun in SINGULAR_PERSON or pronoun in RELATIVE:
            maybe_person = (kind is None and display and " " in display and not set(display.split()) & ORG_WORDS and not names_a_platform(display)
                            and display not in COUNTRIES
                            and not _plural_title(display) and not _ACRONYM_LED.match(display)  # not "RNZ Pacific"
                            and display.split()[0] not in _DEMONSTRATIVES)  # nor "This recurring pattern" (highlights)
            return kind == "person" or bool(maybe_person and display[:1].isupper())
        if pronoun in PLURAL:
            return kind in COLLECTIVE
        return kind in ("organisation", "group")
