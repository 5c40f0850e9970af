"""Attribute each quoted stretch to a speaker and a cue; find reported speech.

Direct quotes, tried in this order (labels after GenderGapTracker/Quootstrap):
- ``QCSV``  “…,” Jane Doe wrote / “…,” the statement said
- ``QCVS``  “…,” said John Smith
- ``SVQ``   X called the movement “…” / X said Y is “…”   (``SV:Q`` with a colon)
- ``CONT``  a quote that opens a sentence right after an attributed one
  (“A,” she said. “B.”) inherits its speaker and cue; so does the second
  piece of “A,” he expressed, “B”.
- ``SAME-SENTENCE``  a later quote in an attributed quote's sentence, with no
  other name, finite cue or relative clause between (“…,” said Boric,
  calling for unity in “building the future.”).
Reported speech is in :mod:`casebook.parse.reported`. The speaker here is an
expression as written (a name, a pronoun, a noun phrase); turning it into an
actor is the job of :mod:`casebook.parse.coref` and :mod:`casebook.parse.quotes`.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from casebook.parse.lexicon import (
    ACRONYM_TITLES, COUNTRIES, CUE_LEMMA, DEPARTMENT_WORDS, DETERMINERS, NAME_PARTICLES, ORG_WORDS, PREPOSITIONS, PRONOUNS,
    ROLE_NOUNS, TITLE_MODIFIERS, TITLE_WORDS, is_demonym, ISSUED_DOCUMENT, ISSUING_VERB,
)
from casebook.model import Mention, Sentence
from casebook.parse.doc import Doc
from casebook.parse.quotemarks import QuoteSpan, pair_quotes
from casebook.parse.reported import find_reported, names_the_source
from casebook.parse.segment import PARAGRAPH_BREAK
from casebook.parse.speakers import ISSUED_BY, POSTED_NOUNS, posted_on
from casebook.parse.subjects import (
    Attribution, Cue, SpeakerExpr, after_possessive, after_preposition, appositive_name, candidates, first_subject,
    gap_ok, noun_phrase, NOUN_TOO, directive_cue, sentence_cues,
    strip_auxiliaries, subject_of,
)
from casebook.parse.tokens import Token, TokenIndex, char_before, sentence_at, starts_with_letter

# Words that end a speaker phrase after an inverted cue ("said the premier this morning").
_AFTER_SPEAKER = frozenset("""in on at who after before during this last yesterday today tomorrow earlier
    later when while as from to upon""".split())  # ("said the Prime Minister upon arrival at …")
_DOCUMENT_BEFORE = re.compile(r"\b" + ISSUED_DOCUMENT + r"\s+(?:" + ISSUING_VERB + r"\s+)?\Z")
_TITLE_LIKE = TITLE_WORDS | TITLE_MODIFIERS | DETERMINERS | ROLE_NOUNS | {"of", "main", "ruling", "governing"}
# ("protester David Oluoch said", "stated main opposition New Democracy spokeswoman X")
_ACCORDING_INSERTED = re.compile(r",\s+(?P<cue>according\s+to)\s+(?P<source>[A-Z][^,:;“”\"]{1,60}?),\s*\Z")
_ACCORDING_INNER = re.compile(r",\s+(?P<cue>according\s+to)\s+(?P<source>him|her|them|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),")
_ACCORDING_COLON = re.compile(r"(?P<cue>[Aa]ccording to)\s+(?!(?:him|her|them)\s+[a-z])"  # ("According to him they …": a clause)
                              r"(?P<source>[^,:;“”\"]{1,60}?)\s*[:,]\s*\Z")


class Speech(NamedTuple):
    """The speech stage's layer: the quoted stretches, and every attribution (direct
    and reported) with its speaker expression as written."""

    quotes: list[QuoteSpan]
    warnings: list[str]  # unbalanced quotation marks
    attributions: list[Attribution]


def find_speech(doc: Doc, names: Sequence[Mention]) -> Speech:
    """The speech stage: pair the quotation marks, attribute them, find reported speech."""
    quotes, warnings = pair_quotes(doc.text, doc.sentences)
    attributions = find_attributions(doc.text, doc.sentences, quotes, names, doc.tokens)
    return Speech(quotes, warnings, attributions)


def find_attributions(text: str, sentences: Sequence[Sentence], quotes: Sequence[QuoteSpan],
                      named: Sequence[Mention], tokens: TokenIndex) -> list[Attribution]:
    """Direct and reported attributions in text order."""
    direct = attribute_direct(text, sentences, quotes, named, tokens)
    used = {(a.cue.start, a.cue.end) for a in direct}
    reported = find_reported(text, sentences, quotes, named, used, tokens)
    return sorted([*direct, *reported], key=lambda a: (a.start, a.end))


def attribute_direct(text: str, sentences: Sequence[Sentence], quotes: Sequence[QuoteSpan],
                     named: Sequence[Mention], tokens: TokenIndex) -> list[Attribution]:
    """One attribution per quoted stretch that has a speaker."""
    out: list[Attribution] = []
    for quote in quotes:
        if not text[quote.start : quote.end].strip():
            continue  # "" is no quotation
        if any(m.start < quote.open and quote.end < m.end for m in named):
            continue  # a nickname inside a name: Juan Miguel “Migz” Zubiri
        found = (_after(text, sentences, quote, quotes, named, tokens)
                 or _unclosed_tail(text, quote, named, tokens)
                 or _before(text, sentences, quote, quotes, named, tokens)
                 or _colon_paragraph_before(text, sentences, quote, quotes, named, tokens)
                 or _speech_noun(text, sentences, quote, named)
                 or _made_the_remarks(text, quote, named))
        if found is None and out:
            found = _continuation(text, sentences, quote, out[-1], quotes, named, tokens) or _same_sentence(
                text, sentences, quote, out[-1], quotes, named, tokens)
        if found is not None:
            structure, cue, speaker = found
            out.append(Attribution(quote.start, quote.end, "direct", structure, cue, speaker, quote.paragraph))
    return _shared_closing_cue(text, sentences, quotes, out, tokens)


_SPEECH_NOUNS = r"(?:statements?|remarks?|comments?|claims?|words|assertions?|allegations?|accusations?|warnings?|pledges?|promises?|insistence|vow)"
_SPEECH_NOUN = re.compile(
    r"(?:\b(?P<noun>" + _SPEECH_NOUNS + r")\s+(?:of|by|from)\s+(?P<np>[^,;:“”\"]{2,80}?)"
    r"|(?P<owner>[A-Z][^,;:“”\"]{1,80}?)[’']s\s+(?:[a-z]+\s+)?(?P<noun2>" + _SPEECH_NOUNS + r"))"
    r"\s+(?:that\s+)?(?:[a-z]+ly\s+)?[,:]?\s*\Z")


_MADE_REMARKS = re.compile(r"[,.]?[”\"’]?[,.]?\s+(?P<who>he|she|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+"
                           r"(?P<verb>made)\s+(?:the|these|those|his|her)\s+(?:comments?|remarks?|statements?)\b")


def _made_the_remarks(text: str, quote: QuoteSpan, named: Sequence[Mention]) -> tuple[str, Cue, SpeakerExpr] | None:
    """"“…,” he made the comments while talking to journalists": the one who made the remarks
    right after the quotation said it (South Asian press)."""
    if quote.close is None:
        return None
    found = _MADE_REMARKS.match(text, quote.close)
    if found is None:
        return None
    cue = Cue(found.start("verb"), found.end("verb"), found.group("verb"), "make")
    who = found.group("who")
    if who in ("he", "she"):
        return "QCSV", cue, SpeakerExpr(found.start("who"), found.end("who"), who, None, pronoun=True)
    mention = next((m for m in named if m.start == found.start("who") and m.end == found.end("who")
                    and m.kind != "pronoun"), None)
    if mention is None or mention.actor_type not in ("person", None):
        return None
    return "QCSV", cue, SpeakerExpr(mention.start, mention.end, mention.text, mention)


def _speech_noun(text: str, sentences: Sequence[Sentence], quote: QuoteSpan,
                 named: Sequence[Mention]) -> tuple[str, Cue, SpeakerExpr] | None:
    """"the statements of Foreign Minister Ararat Mirzoyan that allegedly “…”", "Mirzoyan’s claim
    that “…”": the quotation is the words of the one the speech noun belongs to, when a name ends
    that noun's owner phrase and only "that" (and an adverb) stands before the opening mark."""
    sentence = sentence_at(sentences, quote.open)
    if sentence is None:
        return None
    match = _SPEECH_NOUN.search(text, max(sentence.start, quote.open - 160), quote.open)
    if match is None:
        return None
    group = "np" if match.group("np") is not None else "owner"
    end = match.end(group)
    mention = next((m for m in named if m.end == end and match.start(group) <= m.start and m.kind != "pronoun"
                    and m.actor_type in ("person", "organisation", None)), None)
    if mention is None:
        return None
    noun = "noun" if match.group("noun") is not None else "noun2"
    cue = Cue(match.start(noun), match.end(noun), match.group(noun), match.group(noun).rstrip("s"))
    return "NOUN:Q", cue, SpeakerExpr(mention.start, mention.end, mention.text, mention)


def _shared_closing_cue(text: str, sentences: Sequence[Sentence], quotes: Sequence[QuoteSpan],
                        found: list[Attribution], tokens: TokenIndex) -> list[Attribution]:
    """“…” then “…,” said X in one sentence, no cue between or before them: the cue after
    the second names the speaker of both ("police “discovered a citizen” with “a back
    wound,” stated Deputy Minister Luis Felipe Icaza")."""
    by_start = {a.start: a for a in found}
    added = []
    # (read from the last pair back, so that a list of three or more shares the cue: "“…”, “…,”
    # and “…,” read some banners")
    for quote, nxt in reversed(list(zip(quotes, quotes[1:]))):
        later = by_start.get(nxt.start)
        if quote.start in by_start or quote.close is None or later is None or later.structure not in ("QCSV", "QCVS"):
            continue
        sentence = sentence_at(sentences, quote.open)
        if sentence is None or sentence is not sentence_at(sentences, nxt.open) or any(
                t.text in CUE_LEMMA for t in tokens.select(sentence.start, nxt.open, starts_with_letter)):
            continue
        added.append(later._replace(start=quote.start, end=quote.end))
        by_start[quote.start] = added[-1]
    return sorted([*found, *added], key=lambda a: (a.start, a.end)) if added else found


def _after(text: str, sentences: Sequence[Sentence], quote: QuoteSpan, quotes: Sequence[QuoteSpan],
           named: Sequence[Mention], tokens: TokenIndex) -> tuple[str, Cue, SpeakerExpr] | None:
    """QCSV or QCVS: the cue follows the closing mark in the same sentence."""
    if quote.close is None or (text[quote.close - 1 : quote.close] == "." and text[quote.close + 1 : quote.close + 2].isupper()):
        return None  # ('… on merit."Muttahida Qaumi Movement …': the quotation ended its sentence; a new one is glued on)
    sentence = sentence_at(sentences, quote.close)
    end = sentence.end if sentence else len(text)
    if sentence is not None and not text[quote.close + 1 : end].strip():
        end = _cue_sentence_end(text, sentences, sentence, tokens,  # “… the bills?” He quizzed.
                                whole=_opens_sentence(text, sentences, quote.open))
    nxt = next((q.open for q in quotes if q.open > quote.close), end)
    stop = min(end, nxt)
    words = tokens.select(quote.close + 1, stop, starts_with_letter)[:26]  # a name, a title and an appositive (or two)
    cue_token = next((t for n, t in enumerate(words) if t.text in CUE_LEMMA and directive_cue(text, t) and not (
        n and t.text in NOUN_TOO and words[n - 1].text.islower() and words[n - 1].lower not in PRONOUNS
        and not re.match(r"\s*[.,;:]", text[t.end : t.end + 2])) and not (
        n and words[n - 1].lower in ("be", "been", "being", "to", "a", "an", "the")) and not (
        n and words[n - 1].lower in ("is", "are", "was", "were") and re.match(r"\s+to\b", text[t.end : t.end + 4])) and not (
        t.text in NOUN_TOO and after_possessive(text, t.start)) and not (
        n and t.text.endswith("ing") and words[n - 1].lower in ("of", "for", "by", "in", "about"))), None)
    # (but "a Facebook post states."; "who wished to be referred to by a pseudonym, said": not the cue;
    # nor a gerund after a preposition: "Seoul's position of underscoring its alliance")
    # ("rejected as “…” his counterpart’s recent public remarks": a noun, not a cue)
    # (", a call echoed by hundreds": after an article the word is a noun)
    begin = quote.close + 1
    if cue_token is None:  # a partial quote inside reported speech: “…” …, said X. / …, X said.
        cue_token = _closing_cue(text, quote.close + 1, stop, tokens)
        if cue_token is None:
            return _unknown_verb(text, quote, nxt, stop, named, quotes, tokens)
        begin = text.rfind(",", quote.close + 1, cue_token.start) + 1
    cue = Cue(cue_token.start, cue_token.end, cue_token.text, CUE_LEMMA[cue_token.text])
    if cue.lemma == "report" and sentence is not None and any(
            t.text in CUE_LEMMA for t in tokens.select(sentence.start, quote.open, starts_with_letter)):
        return None  # "He added that “…”, the news agency reported": the agency passes on another's words
    lead = text[begin : cue.start]
    if not lead.strip(" ,–—"):  # QCVS: “…,” said X (or “…” – said X, in Baltic and Balkan English)
        if cue.lemma == "tell":
            return None  # “…,” told AFP: the one told is no speaker
        if cue.text.endswith("ing"):
            return None  # “…,” adding that the ruling party …, “…,” declaring Noboa the winner: no inverted speaker
        if _THAT_AFTER.match(text, cue.end):
            return None  # "X, which cited “…,” added that Y was …": Y opens the reported clause, speaks no word
        speaker = _speaker_after_cue(text, cue.end, stop, named, tokens)
        return ("QCVS", cue, speaker) if speaker else None
    gloss = _GLOSS.match(text, begin, cue.start)
    if gloss is not None:  # “… the Indonesian Doctors Association,” or IDI, he said
        begin = gloss.end()
    edge = strip_auxiliaries(tokens, begin, cue.start)
    found = candidates(begin, edge, named, quotes, tokens)
    said_before = sentence is not None and any(  # "X said that he would “…” respect it, and Y said": X's
        t.text in CUE_LEMMA for t in tokens.select(sentence.start, quote.open, starts_with_letter))
    if said_before and (_NEW_CLAUSE.search(text, begin, edge) or _AND_CLAUSE.match(text, begin, edge)):
        # "X said that he would “…” respect it, and Minister Y said", "X would say only that “…”
        # in the town, where a hospital official said …": a new clause, whose cue is not the quotation's
        return None
    for n, candidate in enumerate(reversed(found)):
        if n < len(found) - 1 and after_preposition(tokens, begin, candidate):
            continue  # “…,” Jane Doe of the Law Society said: the society is no subject
        if candidate.mention is not None and (candidate.mention.actor_type in ("organisation", "place")
                                              or candidate.text in COUNTRIES) and (
                _TITLE_OF_BEFORE.fullmatch(text, begin, candidate.start)):
            break  # “…,” the leader of Grenada’s ruling National Democratic Congress declared: its leader, not the party
            # (nor the country: “…,” the leader of Kazakhstan said)
        if (gap_ok(text[candidate.end : edge]) or appositive_name(text, candidate, edge)) and _only_titles(
                tokens, begin, candidate.start):
            return "QCSV", cue, candidate  # also “…,” the spokeswoman, Maria Santos, said
        if n == len(found) - 1 and _unclosed_title_appositive(text[candidate.end : edge]) and _only_titles(
                tokens, begin, candidate.start) and candidate.mention is not None and candidate.mention.actor_type in (
                "person", None):
            return "QCSV", cue, candidate  # “…,” Charlotte Osei, the chairperson of the Commission announced
        comma = text.rfind(",", begin, candidate.start)
        if n == 0 and comma > begin and not said_before and gap_ok(text[candidate.end : edge]) and _only_titles(
                tokens, comma + 1, candidate.start) and not re.search(r"\b(?:and|or)\s+\Z", text[comma + 1 : candidate.start]) and (text[comma + 1 : candidate.start].strip() or " " in candidate.text or (
                candidate.mention is not None and candidate.mention.actor_type == "person")) and (
                candidate.mention is not None and candidate.mention.actor_type in ("person", None)):
            # "The court “rejected our appeal” of the two men who have been behind bars since
            # 2021, lawyer Miloud Kandil told AFP": a titled name after the sentence's last comma
            # (not the last of a list: "the statement issued in English, French and Creole said")
            return "QCSV", cue, candidate
        if n == 0 and re.fullmatch(r",\s+", text[candidate.end : edge]) and " " in candidate.text and (
                candidate.mention is not None and candidate.mention.actor_type in ("person", None)) and _only_titles(
                tokens, begin, candidate.start) and not said_before and "," not in text[begin : candidate.start]:
            return "QCSV", cue, candidate  # “…,” activist Nombulelo Dlamini, told CNN: a stray comma before the cue
        if n == 0 and gap_ok(text[candidate.end : edge]) and _described_name(text, begin, candidate):
            return "QCSV", cue, candidate  # “…,” a smiling Berri quipped
        if n == 0 and gap_ok(text[candidate.end : edge]) and _PLACE_OR_TIME_LEAD.fullmatch(text, begin, candidate.start):
            return "QCSV", cue, candidate  # “…” in the capital Naypyidaw, he added
        if candidate.mention is not None and re.fullmatch(r"\s+as\s+", text[candidate.end : edge]) and re.search(
                r"\bquoted\s+(?:[A-Z][\w.’'-]*\s+)*\Z", text[begin : candidate.start]):
            return "QCSV", cue, candidate  # “…,” the newspaper quoted (President) Andrzej Duda as saying
    issued = _DOCUMENT_ISSUED_BY.fullmatch(text, begin, edge)
    if issued is not None:  # “…,” a statement released by the Army said
        return "QCSV", cue, SpeakerExpr(issued.start("np"), issued.end("np"), issued.group("np"))
    speaker = noun_phrase(text, begin, edge, tokens)
    if speaker is not None and not text[begin : speaker.start].strip(" ,"):
        return "QCSV", cue, speaker
    someone = _SOMEONE_FROM.fullmatch(text, begin, edge)
    if someone is not None and someone.group("head").lower() in _SOMEONE_HEADS:
        # “…,” a spokesperson from the speaker’s office revealed: someone new, not named (also "a
        # spokesman for PM Theresa May's Downing Street office said": someone's spokesman)
        return "QCSV", cue, SpeakerExpr(someone.start("np"), someone.end("np"), someone.group("np"))
    bare = _bare_title(text, begin, edge, tokens)
    if bare is not None:
        return "QCSV", cue, bare
    group = tokens.select(begin, edge, starts_with_letter)
    if 1 <= len(group) <= 2 and all(t.text.islower() for t in group) and group[-1].lower.endswith("s") and (
            group[-1].lower[:-1] in ROLE_NOUNS) and not text[begin : group[0].start].strip(" ,") and not text[group[-1].end : edge].strip():
        # "“Socrates is cool!” supporters shouted": a group named by a plural role, no article
        return "QCSV", cue, SpeakerExpr(group[0].start, group[-1].end, text[group[0].start : group[-1].end])
    comma = text.rfind(",", begin, cue.start)
    if comma >= 0 and not text[comma + 1 : cue.start].strip() and cue.lemma != "tell" and not cue.text.endswith("ing"):
        # “…” and all would attend, said X (not "…, saying the Opposition estimates it": a participle's subject)
        speaker = _speaker_after_cue(text, cue.end, stop, named, tokens)
        return ("QCVS", cue, speaker) if speaker else None
    return None


_SOMEONE_FROM = re.compile(r"[\s,]*(?P<np>(?:a|an|one)\s+(?:[a-z-]+\s+)?(?P<head>[a-z-]+))\s+(?:from|at|in|with|for)\s+"
                           r"[^,.;:“”\"]{1,60}?\s*")
_SOMEONE_HEADS = ROLE_NOUNS | TITLE_WORDS


def _bare_title(text: str, begin: int, edge: int, tokens: TokenIndex) -> SpeakerExpr | None:
    """"“…,” talking to media on Tuesday interior minister said": a title with no article, in
    lower case, right before the cue, and not governed by a preposition or a determiner ("the
    lawyer for the former minister" is the lawyer's)."""
    words = tokens.select(begin, edge, starts_with_letter)
    n = len(words)
    while n and _bare_title_word(words[n - 1]):
        n -= 1
    title = words[n:]
    if not title or title[-1].lower not in TITLE_WORDS or len(title) > 3 or text[title[-1].end : edge].strip():
        return None
    if n and (words[n - 1].lower in PREPOSITIONS or words[n - 1].lower in DETERMINERS or words[n - 1].lower in PRONOUNS
              or words[n - 1].lower in ("for", "of", "to", "and", "or") or words[n - 1].is_acronym
              or text[words[n - 1].end : title[0].start].strip()):
        return None  # (nor a body's title: "the Saint Lucia Labour Party (SLP) leader" is resolved as a phrase)
    return SpeakerExpr(title[0].start, title[-1].end, text[title[0].start : title[-1].end])


# A verb the lexicon lacks, framed so that it can only be the cue: between two pieces of one
# quotation ("“…,” he expressed, “…”"), or closing the quotation's sentence after a named speaker
# ("“…,” Mr. Castillo expressed.", "“…”, Mr. Nketiah fumed.").
_SANDWICH = re.compile(r"\s+(?P<subject>[A-Za-z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?P<verb>[a-z]{3,}(?:ed|es|ts|ds|ns))\s*,\s*\Z")
_CLOSING_VERB = re.compile(r"\s*,?\s+(?P<subject>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|he|she)"
                           r"\s+(?P<verb>[a-z]{3,}ed)\s*[.!]?\s*\Z")


def _unknown_verb(text: str, quote: QuoteSpan, nxt: int, stop: int, named: Sequence[Mention],
                  quotes: Sequence[QuoteSpan], tokens: TokenIndex) -> tuple[str, Cue, SpeakerExpr] | None:
    """QCSV with a verb the lexicon lacks, in one of the two frames above (``nxt``: the next
    quotation's opening mark; ``stop``: where the cue search ends). The quotation must close
    with a comma, inside or right after its marks, as a quotation before its cue does."""
    if quote.close is None or not (text[quote.start : quote.end].rstrip().endswith(",")
                                   or text[quote.close + 1 : quote.close + 2] == ","):
        return None
    found = (_SANDWICH.fullmatch(text, quote.close + 1, nxt) if nxt < len(text) else None) or _CLOSING_VERB.fullmatch(
        text, quote.close + 1, stop)
    if found is None or PARAGRAPH_BREAK.search(text, quote.close, found.end()):
        return None
    subject = [c for c in candidates(found.start("subject"), found.end("subject"), named, quotes, tokens)
               if c.end == found.end("subject")]
    if not subject:
        return None
    cue = Cue(found.start("verb"), found.end("verb"), found.group("verb"), found.group("verb"))
    return "QCSV", cue, subject[-1]


_STAFF = frozenset("spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney counsel".split())
# (or a capitalised title with no article: "“…,” Kishor Paudel, Information Officer at the court told ANI")
_UNCLOSED_APPOSITIVE = re.compile(r",\s+(?:(?:the|a|an|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s)\s+|(?=[A-Z]))"
                                  r"(?P<phrase>[^,;:“”\"()]{1,80}?)\s*\Z")


def _unclosed_title_appositive(gap: str) -> bool:
    """", the chairperson of the Electoral Commission" with no comma before the cue: an
    appositive the writer left open, headed by a title."""
    found = _UNCLOSED_APPOSITIVE.fullmatch(gap)
    return found is not None and any(w.lower() in TITLE_WORDS for w in found.group("phrase").split()[:4])


def _opens_sentence(text: str, sentences: Sequence[Sentence], offset: int) -> bool:
    """True when nothing but spaces comes before ``offset`` in its sentence."""
    here = sentence_at(sentences, offset)
    return here is not None and not text[here.start : offset].strip()


_NAME_SET_OFF_CUE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+[^.;:“”\"!?]{3,120}?,\s+(?:[a-z]+ly\s+)?(?P<cue>[a-z]+)\b(?!\s*:)")


def _cue_sentence_end(text: str, sentences: Sequence[Sentence], sentence: Sentence, tokens: TokenIndex,
                      whole: bool = False) -> int:
    """Where to stop looking for the cue of a quotation that closes its sentence: the end of
    the next sentence when that one is only a speaker and a cue ("He quizzed.", "Rice added."),
    as when a question or exclamation mark ends the quote; for a quotation that is its whole
    sentence (``whole``), also a name set off by an appositive and a cue; else the quote's own
    sentence end."""
    following = next((s for s in sentences if s.start >= sentence.end), None)
    if following is None or following.paragraph != sentence.paragraph:
        return sentence.end
    words = tokens.select(following.start, following.end, starts_with_letter)
    titled = next((i for i, w in enumerate(words[1:8], 1) if w.text in CUE_LEMMA), None)
    if titled is not None and titled >= 4 and all(w.is_capitalised for w in words[:titled]) and (
            CUE_LEMMA[words[titled].text] == "tell"):
        return following.end  # “… stop throwing stones at us!” Central Jakarta Police Chief Harry Kurniawan told the mobs
    set_off = _NAME_SET_OFF_CUE.match(text, following.start, following.end)
    if whole and set_off is not None and set_off.group("cue") in CUE_LEMMA:
        return following.end  # “… what kind of violent threat?" Chan Po-ying, chairwoman of the League …, said
    if len(words) < 2 or not any(w.text in CUE_LEMMA for w in words[1:4]):
        return sentence.end
    cue_at = next(i for i, w in enumerate(words[1:4], 1) if w.text in CUE_LEMMA)
    if len(words) > 4 and ((text[words[cue_at].end : words[cue_at].end + 1] not in (",", ".")
                            and words[cue_at + 1].lower not in ("on", "in", "at", "to", "from", "via"))
                           or not all(w.is_capitalised for w in words[:cue_at])):
        # a longer sentence only when a name, the cue and a comma or a place open it (for example
        # "Rachel Tabitha posted on her page.")
        return sentence.end
    if len(words) <= 4 and text[words[-1].end : following.end].strip() not in (".", "!", ""):
        return sentence.end
    return following.end


def _closing_cue(text: str, start: int, stop: int, tokens: TokenIndex):
    """The cue of an attribution that closes the sentence after a comma (", said Burkhalter,
    speaking from …" or ", Rice said."), with at most four words between the comma and the
    cue or after the cue before a comma or the sentence's end; None if there is none."""
    for token in tokens.select(start, stop, starts_with_letter):
        if token.text not in CUE_LEMMA or CUE_LEMMA[token.text] in ("call", "describe", "deny", "accuse"):
            continue
        comma = text.rfind(",", start, token.start)
        if comma < 0:
            continue
        before = tokens.select(comma + 1, token.start, starts_with_letter)
        tail_end = next((i for i in range(token.end, stop) if text[i] in ",.;"), stop)
        after = tokens.select(token.end, tail_end, starts_with_letter)
        if (not before and 0 < len(after) <= 4) or (0 < len(before) <= 4 and not after):
            return token
    return None


_DESCRIBED = re.compile(r"\s*(?:(?:a|an|the)\s+((?:[a-z]+\s+){1,2})|([a-z]+(?:ive|ist|al|ic|an|ent)\s+))")
# ("“…” conservative Pineda tweeted": one describing word with no article, an adjective of a camp)


def _described_name(text: str, start: int, candidate: SpeakerExpr) -> bool:
    """True for a person's name after an article and one or two describing words ("a smiling
    Berri", "an emotional Ruto"), none of them a title, a role or a preposition."""
    lead = _DESCRIBED.fullmatch(text, start, candidate.start)
    return lead is not None and candidate.mention is not None and candidate.mention.actor_type in ("person", None) and all(
        w not in TITLE_WORDS and w not in ROLE_NOUNS and w not in PREPOSITIONS and w not in TITLE_MODIFIERS
        for w in (lead.group(1) or lead.group(2)).split())


def _only_titles(tokens: TokenIndex, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a comma, titles and capitalised words only (the stop
    of an abbreviated title such as "Sen." and a possessive "Armenia’s" included). A few
    lower-case words may describe a title that follows them ("presiding judge")."""
    between = tokens.between(start, end)
    bracketed = {id(t) for n, t in enumerate(between) if t.text in ("(", ")") and (  # "Union (SDKÚ), X": initials
        (t.text == "(" and n + 2 < len(between) and between[n + 2].text == ")" and between[n + 1].text.isupper())
        or (t.text == ")" and n >= 2 and between[n - 2].text == "(" and between[n - 1].text.isupper()))}
    words = [t for t in between if t.text not in (",", ".", "’s", "'s", "’", "'", "—", "–", "-") and id(t) not in bracketed
             and not t.text.isdigit() and t.lower not in ("year-old", "years-old", "and", "but")
             and t.lower not in NAME_PARTICLES]  # "said 24-year-old Phat", "al Fassi said"
    if len(words) >= 3 and [t.lower for t in words[:3]] in (["one", "of", "them"], ["one", "of", "us"], ["one", "of", "those"]):
        words = words[3:]  # "“…,” one of them, Gegham Manukian, told": the one named after the comma
    if words and words[-1].lower in ("for", "to"):
        return False  # "said a spokesperson for Tusk", "an adviser to the minister": someone else's
    if any(w.lower in ("for", "to") and n and words[n - 1].lower in _STAFF for n, w in enumerate(words)):
        return False  # "the spokesperson for National Assembly Speaker Woo Won-shik said": the Speaker's spokesperson
    if words and words[-1].lower in ("in", "at", "from", "near", "outside", "across"):
        return False  # "chanted demonstrators in Mexico City": a place, not the speaker
    every = tokens.between(start, end)
    if any(t.text.islower() and t.text.endswith("ing") and p.text == "," for p, t in zip(every, every[1:])):
        return False  # "said the minister, emphasizing Minsk's …": a participle ends the speaker
    if any(t.lower in TITLE_WORDS or t.lower in ROLE_NOUNS or (t.lower[-1:] == "s" and t.lower[:-1] in ROLE_NOUNS)
           or t.lower[3:] in TITLE_WORDS and t.lower[:3] in ("co-", "ex-")  # "Nippon Ishin co-leader X said"
           for t in words) and len(words) <= 6:  # ("one of the protesters, Byron Ramos,")
        return all(t.is_word for t in words)  # (also "protester and university student Nafta Keisya Kemalia")
    return all(t.is_capitalised or t.lower in _TITLE_LIKE or (
        t.lower == "in" and 0 < n < len(words) - 1 and words[n - 1].is_capitalised and words[n + 1].is_capitalised) or (
        t.is_word and n < len(words) - 1 and (words[n + 1].lower in TITLE_WORDS or words[n + 1].lower in ROLE_NOUNS))
        for n, t in enumerate(words))  # ("Leader of the Opposition in National Assembly X said": the office's body)
    # (and a noun before a title is its modifier: "a main protest organiser and general secretary of …")


_OF_TITLES = sorted((w for w in TITLE_WORDS if w.isalpha()), key=len, reverse=True)


_OWNED_OFFICE_AFTER = re.compile(r"[’']s\s+(?:[a-z-]+\s+){0,2}(?P<office>[a-z-]+)(?:,\s+|\s*)")  # "X’s spokesperson, "
_OFFICE_ENDS = re.compile(r"\s*(?:[.;]|\Z)")


def _speaker_after_cue(text: str, start: int, end: int, named: Sequence[Mention],
                       tokens: TokenIndex) -> SpeakerExpr | None:
    """The speaker right after an inverted cue: a name (after any title) or a short noun phrase."""
    for n, mention in enumerate(named):
        if start <= mention.start < end and posted_on(text[start : mention.end]) is not None:
            break  # "reads the Kazakh President’s post on Instagram": the post's owner, not where it went up
        if start <= mention.start < end and _only_titles(tokens, start, mention.start):
            following = named[n + 1] if n + 1 < len(named) else None
            if following is not None and n + 2 < len(named) and re.fullmatch(r"\s*\(\s*", text[mention.end : following.start]) and (
                    re.match(r"\s*\)", text[following.end : following.end + 3])):
                following = named[n + 2]  # "New Democracy (ND) spokeswoman X": the party's initials, then its title
            # "said Tory MP Anna Soubry", "said CHADEMA’s presidential candidate, Tundu Lissu":
            # the party word qualifies the title
            initials = re.match(r"\s*\([A-Z]{2,8}\)", text[mention.end : mention.end + 12])  # "New Democracy (ND) spokeswoman"
            title = [t for t in tokens.between(mention.end + (initials.end() if initials else 0), following.start)
                     if t.text not in ("’s", "'s", ",", "’", "'")] if (
                following is not None) else []
            appositive = " " in mention.text and mention.actor_type is None and text[mention.end : mention.end + 2].startswith(",")
            office = _OWNED_OFFICE_AFTER.match(text, mention.end, following.start if following is not None and following.start < end else end)
            if office is not None and (office.group("office") in TITLE_WORDS or office.group("office") in ROLE_NOUNS):
                # "said President X’s spokesperson, Jane Doe.": the one named after X's office, else no one named
                if following is not None and following.start < end and following.actor_type in ("person", None) and (
                        " " in following.text) and not text[following.start - 1 : following.start].isalpha():
                    return SpeakerExpr(following.start, following.end, following.text, following)
                if _OFFICE_ENDS.match(text, office.end()):
                    return None
            if (not appositive and following is not None and following.start < end and following.actor_type in ("person", None)
                    and (following.actor_type == "person" or " " in following.text)
                    and (mention.actor_type != "person" or (" " not in mention.text and " " in following.text
                                                            and "," not in text[mention.end : following.start]))
                    # ("said lawmaker and Guaido supporter Williams Davila": a surname can qualify a role too)
                    and title
                    and any(t.lower in TITLE_WORDS or t.lower in ROLE_NOUNS for t in title)  # ("Sandinista dissident X")
                    and (all(t.lower in _TITLE_LIKE or t.is_capitalised for t in title)
                         or (len(title) <= 3 and title[-1].lower in TITLE_WORDS and all(t.is_word for t in title)))):
                mention = following
            elif mention.actor_type != "person" and _country_title_after(text, mention):
                break  # "said the Antigua and Barbuda Prime Minister.": the country's office, no name
            elif mention.actor_type != "person" and _TITLE_AFTER.match(text, mention.end) and not (
                    mention.actor_type is None and " " in mention.text and not text[start : mention.start].strip()
                    and (_ARTICLE_NEXT.match(text, mention.end) or (
                        _ROLE_THEN_WHOSE.match(text, mention.end) and not set(mention.text.split()) & ORG_WORDS
                        and not is_demonym(mention.text.split()[0]) and mention.text not in COUNTRIES))):
                # (nor "said Mauga Precious Chang counsel representing Olo": a name, its title set off by no comma)
                break  # "said the Malawi Congress Party (MCP) president.": a title, no name
                # (but "said Jane Ansah the chairperson of …": a name, then its title, the comma left out)
            elif mention.actor_type != "person" and re.match(r"\s*(?:[.;]|,(?!\s+[A-Z])|\Z)", text[mention.end : mention.end + 3]) and (
                    re.search(r"\A\s*the\s+(?:[a-z-]+\s+)?(?:" + "|".join(_OF_TITLES) + r")\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+(?:and\s+|&\s+)?)*\Z",
                              text[start : mention.start], re.IGNORECASE)):
                break  # "said the Minister of Communication and Information.": the office, no name
            elif (following is not None and following.start < end and mention.actor_type != "person"
                  and following.actor_type in ("person", None) and " " in following.text
                  and text[mention.end : following.start].strip() == ","
                  and re.search(r"\b(?:" + "|".join(_OF_TITLES) + r")\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+of\s+(?:the\s+)?)?\Z",
                                text[max(start, mention.start - 60) : mention.start].lower())):
                mention = following  # "said the chairman of the Traders Association, Evarest Kayongo."
                # (or "said Kurdish lawmaker in the Iraqi Parliament, Bakhtyar Shawais.")
                # ("wrote the President of the Republic of Peru, Pedro Castillo": a place in the title)
            return SpeakerExpr(mention.start, mention.end, mention.text, mention)
        if mention.start >= end:
            break
    stop = start
    for token in tokens.between(start, end):
        if token.text in ",.;:!?" or (token.lower in _AFTER_SPEAKER and not (
                token.lower in ("from", "by") and _DOCUMENT_BEFORE.search(text, start, token.start))):
            break  # (but "read a press release from the Ministry of External Affairs": the document's issuer)
        stop = token.end
    phrase = noun_phrase(text, start, stop, tokens) if stop > start else None
    comma = re.match(r",\s+", text[stop:end])
    named_next = next((m for m in named if comma and m.start == stop + comma.end()), None)
    if phrase is not None and named_next is not None and re.match(r"\s*(?:[.;]|\Z)", text[named_next.end : end]) and all(
            t.text.islower() for t in tokens.select(start, stop, starts_with_letter)[1:]):
        # "said Norwegian mobile phone company, Telenor Asa.": the name the description sets off
        return SpeakerExpr(named_next.start, named_next.end, named_next.text, named_next)
    holder = _titled_holder(text, start, stop, end, named, tokens)
    if holder is not None:
        return holder  # "said 2019 presidential candidate and REWMI party leader, Idrissa Seck."
    first = tokens.select(start, stop, starts_with_letter)[:1]
    if phrase is None and first and first[0].lower[-1:] == "s" and first[0].lower[:-1] in ROLE_NOUNS:
        phrase = SpeakerExpr(first[0].start, first[0].end, first[0].text)  # "chanted demonstrators in …": a group
    if phrase is None and stop > start:
        title = tokens.select(start, stop, starts_with_letter)
        if 0 < len(title) <= 3 and all(_bare_title_word(t) for t in title) and title[-1].lower in TITLE_WORDS:
            phrase = SpeakerExpr(title[0].start, title[-1].end, text[title[0].start : title[-1].end])  # "said interior minister."
    return phrase


def _titled_holder(text: str, start: int, stop: int, end: int, named: Sequence[Mention],
                   tokens: TokenIndex) -> SpeakerExpr | None:
    """The name after a comma that closes a title phrase following an inverted cue and ends the
    sentence: "said 2019 presidential candidate and REWMI party leader, Idrissa Seck." (a phrase
    too long or too mixed for the name-after-titles test, but ending in a title word)."""
    words = tokens.select(start, stop, starts_with_letter)
    if not words or not (words[-1].lower in TITLE_WORDS or words[-1].lower in ROLE_NOUNS) or text[stop : stop + 1] != ",":
        return None
    holder = next((m for m in named if stop < m.start < end and not text[stop + 1 : m.start].strip()), None)
    if holder is None or holder.actor_type not in ("person", None) or " " not in holder.text or not re.match(
            r"\s*(?:[.;]|\Z)", text[holder.end : holder.end + 2]):
        return None
    return SpeakerExpr(holder.start, holder.end, holder.text, holder)


def _bare_title_word(token: Token) -> bool:
    """A lower-case word that may stand in a title with no article ("interior minister")."""
    return token.text.islower() and (token.lower in TITLE_WORDS or token.lower in TITLE_MODIFIERS
                                     or token.text.title() in DEPARTMENT_WORDS)


_CHANTS_OF = re.compile(r"\b(?P<noun>chants|cries|shouts)\s+of\s*\Z")


def said_by_a_crowd(attribution: Attribution) -> bool:
    """True for "chants of “…”": the quotation's noun stands for its speaker, a crowd no one names."""
    return attribution.structure == "NOUN:Q" and attribution.speaker.text == attribution.cue.text
_THAT_AFTER = re.compile(r"\s+that\b")
_JOINT_BEFORE = re.compile(r"\band\s+(?:[A-Z][\w.’'-]*\s+){0,4}\Z")  # ("X and Senate President Y")
# A message someone put out "that read" a quotation: the one who put it out.
# "Lithuania’s foreign ministry announced that it had declared …": the pronoun opening the
# reported clause is the one who announced it (the words reach us through that speaker)
_THAT_PRONOUN = re.compile(r"\s+(?:\w+\s+){0,2}?that\s+")
_MESSAGE_THAT_READ = re.compile(
    r"\b(?P<verb>put\s+out|posted|shared|issued|released|sent|wrote|tweeted|published)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:message|tweet|post|statement|note|letter)\b[^.;“”\"]{0,80}?\b(?:that|which)\s+(?P<cue>reads?)\s*[,:]?\s*\Z")


def _before(text: str, sentences: Sequence[Sentence], quote: QuoteSpan, quotes: Sequence[QuoteSpan],
            named: Sequence[Mention], tokens: TokenIndex) -> tuple[str, Cue, SpeakerExpr] | None:
    """SVQ / SV:Q: the nearest narration cue before the opening mark in the same sentence."""
    sentence = sentence_at(sentences, quote.open)
    if sentence is None:
        return None
    chants = _CHANTS_OF.search(text, max(sentence.start, quote.open - 40), quote.open)
    if chants is not None:  # "X said to loud cheers and chants of “Granger must go”": the crowd's, none named
        noun = Cue(chants.start("noun"), chants.end("noun"), chants.group("noun"), "chant")
        return "NOUN:Q", noun, SpeakerExpr(noun.start, noun.end, noun.text)
    according = _ACCORDING_COLON.match(text, sentence.start, quote.open)
    if according is not None:  # According to X: “…”
        source = according.group("source")
        begin = according.start("source")
        mention = next((m for m in named if m.start == begin and m.end == according.end("source")), None)
        cue = Cue(according.start(), according.start() + len("according to"), according.group("cue"), "according to")
        pronoun = source.lower() in PRONOUNS  # "According to him, “…”"
        return "ACCORDING-TO:Q", cue, SpeakerExpr(begin, begin + len(source), source, mention, pronoun)
    inserted = _ACCORDING_INSERTED.search(text, sentence.start, quote.open)
    if inserted is not None:  # "The results, according to Konneh, “represent …”": the source set off just before
        mention = next((m for m in named if m.start == inserted.start("source") and m.end == inserted.end("source")), None)
        if mention is not None:
            cue = Cue(inserted.start("cue"), inserted.end("cue"), inserted.group("cue"), "according to")
            return "ACCORDING-TO:Q", cue, SpeakerExpr(mention.start, mention.end, mention.text, mention)
    inner = _ACCORDING_INNER.search(text, sentence.start, quote.open)
    if inner is not None and not sentence_cues(text, inner.end(), quote.open, quotes, tokens):
        # "The most important aspect, according to her, was to see candidates who could “…”"
        begin, end = inner.start("source"), inner.end("source")
        mention = next((m for m in named if m.start == begin and m.end == end), None)
        pronoun = inner.group("source").lower() in ("him", "her", "them")
        if mention is not None or pronoun:
            cue = Cue(inner.start("cue"), inner.end("cue"), inner.group("cue"), "according to")
            return "ACCORDING-TO:Q", cue, SpeakerExpr(begin, end, inner.group("source"), mention, pronoun)
    message = _MESSAGE_THAT_READ.search(text, sentence.start, quote.open)
    if message is not None:  # "X put out a message on his social media page that read, “…”": X's message
        verb = Cue(message.start("verb"), message.end("verb"), message.group("verb"), "put out")
        speaker = subject_of(text, sentence.start, verb, [verb], named, quotes, tokens)
        if speaker is not None and not _JOINT_BEFORE.search(text, sentence.start, speaker.start):
            # (not "Burns and Adams released a joint statement that read": no one speaker)
            cue = Cue(message.start("cue"), message.end("cue"), message.group("cue"), "read")
            return ("SV:Q" if char_before(text, quote.open) == ":" else "SVQ"), cue, speaker
    cues = sentence_cues(text, sentence.start, quote.open, quotes, tokens)
    # "said in a statement posted on Facebook:", "said in video posted on Facebook that": a participle
    # after a document or a recording is no cue.
    cues = [c for c in cues if not _after_document(tokens, sentence.start, c)] or cues
    if not cues:
        return _according_opening(text, sentence.start, quote.open, named) or _in_own_view(
            text, sentence.start, quote.open, named) or _speaker_label(
            text, sentence.start, quote.open, named, tokens) or _subject_colon(
            text, sentence.start, quote.open, named, quotes, tokens)
    cue = cues[-1]
    speaker = subject_of(text, sentence.start, cue, cues, named, quotes, tokens)
    if len(cues) > 1 and (speaker is None or (speaker.mention is None and not speaker.pronoun) or (
            speaker.pronoun and _THAT_PRONOUN.fullmatch(text, cues[-2].end, speaker.start))) and (re.match(
            r"(?:\s+[\w’'-]+){0,3}?\s+that\b", text[cues[-2].end : cue.start]) or re.fullmatch(
            r"\s+(?:the|this|its|his|her|their|our)\s+(?:[a-z][\w’'-]*\s+){0,3}", text[cues[-2].end : cue.start])) and not any(
            cues[-2].end <= m.start < quote.open and m.actor_type == "person"
            and not any(q.open < m.start < (q.close or q.open) for q in quotes) for m in named):
        # "Orunbekov claimed on Facebook that the journalists had admitted to “…”": the words reach
        # us through the one who reported them, when the inner subject names no one
        outer = subject_of(text, sentence.start, cues[-2], cues, named, quotes, tokens)
        if outer is not None and (outer.mention is not None or (speaker is not None and speaker.text.lower() in ("it", "they"))):
            cue, speaker = cues[-2], outer
    if speaker is None:
        speaker = _named_after_cue(text, cue, quote.open, named, quotes, tokens)  # "Otherwise, said Mattarella, “…”"
    if speaker is None:
        return None
    colon = char_before(text, quote.open) == ":"
    return ("SV:Q" if colon else "SVQ"), cue, speaker


def _subject_colon(text: str, start: int, quote_open: int, named: Sequence[Mention], quotes: Sequence[QuoteSpan],
                   tokens: TokenIndex) -> tuple[str, Cue, SpeakerExpr] | None:
    """S:Q in one sentence with no speech verb: "Panton began with a bold statement of intent:
    “…”", "She put it bluntly: “…”". The clause before the colon has a person (a typed person
    or a name of two words) or "he"/"she" as its subject, and the quotation follows the colon."""
    colon = text.rfind(":", start, quote_open)
    if colon < 0 or text[colon + 1 : quote_open].strip():
        return None
    subject = first_subject(start, colon, named, quotes, tokens)
    if subject is None:
        return None
    mention = subject.mention
    if mention is None:
        if not (subject.pronoun and subject.text.lower() in ("he", "she")):
            return None
    elif not _person_like(mention):
        return None
    return "S:Q", Cue(colon, colon + 1, ":", "say"), subject


def _person_like(mention: Mention) -> bool:
    """A mention that may speak before a colon: a typed person, or an untyped name of two words
    or more that is no acronym."""
    return mention.actor_type == "person" or (
        mention.actor_type is None and " " in mention.text and not mention.text.isupper())


_DOCUMENT_ISSUED_BY = re.compile(r"[\s,]*(?P<np>(?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?:[\w-]+\s+)?" + ISSUED_BY + r"[^,;“”\"]{1,60}?)\s*")
# A prepositional phrase set off by a comma between a quotation and its speaker.
_PLACE_OR_TIME_LEAD = re.compile(r"\s*(?:in|on|at|from|during|outside|inside|near)\s[^,;:“”\"]{1,60},\s+")
_ACCORDING_OPENING = re.compile(r"(?P<cue>[Aa]ccording to)\s+(?P<source>[A-Z][^,:;“”\"]{1,60}?)\s*,")


def _colon_paragraph_before(text: str, sentences: Sequence[Sentence], quote: QuoteSpan, quotes: Sequence[QuoteSpan],
                            named: Sequence[Mention], tokens: TokenIndex) -> tuple[str, Cue, SpeakerExpr] | None:
    """"…, Ned Price, tweeted :" ending one paragraph, and the quotation opening the next."""
    here = sentence_at(sentences, quote.open)
    if here is None or text[here.start : quote.open].strip():
        return None
    previous = next((s for s in reversed(sentences) if s.end <= here.start), None)
    if previous is None or previous.paragraph != quote.paragraph - 1 or not text[previous.start : previous.end].rstrip().endswith(":"):
        return None
    cues = sentence_cues(text, previous.start, previous.end, quotes, tokens)
    if not cues:  # "Sameh Shoukry, Egypt's Foreign Minister, issued the following statement:"
        subject = first_subject(previous.start, previous.end, named, quotes, tokens)
        mention = subject.mention if subject is not None else None
        if mention is None or not _person_like(mention):
            return None
        colon = text.rindex(":", previous.start, previous.end)
        return "S:Q", Cue(colon, colon + 1, ":", "say"), subject
    speaker = subject_of(text, previous.start, cues[-1], cues, named, quotes, tokens)
    return ("SV:Q", cues[-1], speaker) if speaker is not None else None


_AND_WORD = re.compile(r"\s+and\s+[A-Z][\w-]*")
_TITLE_WORD_AFTER = re.compile(r"(?:\s+[A-Z][a-z-]+){0,2}?\s+(?P<title>[A-Za-z-]+)\b(?!\s+[A-Z])")


def _country_title_after(text: str, mention: Mention) -> bool:
    """True when a country's name ("Antigua", with its "and Barbuda") is followed by an office of
    one to three words ("Prime Minister"): "the Antigua and Barbuda Prime Minister"."""
    joined = _AND_WORD.match(text, mention.end)
    if mention.text not in COUNTRIES and not (
            joined is not None and mention.text + " and " + joined.group().split()[-1] in COUNTRIES):
        return False
    title = _TITLE_WORD_AFTER.match(text, joined.end() if joined is not None else mention.end)
    return title is not None and title.group("title").lower() in TITLE_WORDS


# "the leader of Grenada’s ruling …" before an organisation's name: the organisation is the office's.
_TITLE_OF_BEFORE = re.compile(r"[\s,]*the\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(w for w in TITLE_WORDS if w.isalpha()))
                              + r")\s+of\s+(?:the\s+)?(?:[\w-]+[’']s\s+)?(?:[a-z-]+\s+)?(?:[A-Z][\w-]*\s+)?")
# A new clause after a quotation its sentence has already attributed: a cue in it is another's.
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whilst|whereas|where|when)\s")
_AND_CLAUSE = re.compile(r"\s+and\s+(?=[A-Z])")  # "X called for “…” and Qin expressed his support": Qin's own clause
_ARTICLE_NEXT = re.compile(r"\s+(?:the|a|an)\s")
_ROLE_THEN_WHOSE = re.compile(r"\s+[a-z]+\s+(?:representing|for|to)\s")
_TITLE_AFTER = re.compile(r"(?:\s*\([A-Z]{2,8}\))?(?:[’']s)?(?:\s+(?-i:[a-z][a-z-]+)){0,2}?\s+(?:" + "|".join(sorted(w for w in TITLE_WORDS if w.isalpha()))
                          + r"|(?-i:" + "|".join(sorted(ACRONYM_TITLES)) + r"))\b(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
# (a capital letter only after it: not "president in"; an acronym title as written: "the Swapo SG";
# up to two lower-case words before it: "said the Nairobi regional police commander.")
_GLOSS = re.compile(r"\s*,?\s*or\s+[A-Z][\w-]*\s*,")
_LABEL = re.compile(r"(?P<label>(?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s*:\s*\Z")


def _speaker_label(text: str, start: int, quote_open: int, named: Sequence[Mention],
                   tokens: TokenIndex) -> tuple[str, Cue, SpeakerExpr] | None:
    """"Justice Surya Kant: “…”", "The CJI: “…”": a name or a title alone before a colon opens
    the sentence, as in a transcript; the colon is the cue."""
    found = _LABEL.fullmatch(text, start, quote_open)
    if found is None:
        return None
    label_start, label_end = found.start("label"), found.end("label")
    colon = text.index(":", label_end)
    cue = Cue(colon, colon + 1, ":", "say")
    mention = next((m for m in named if label_start <= m.start and m.end == label_end), None)
    if mention is not None and not (mention.text.isupper() and text[label_start:mention.start].strip()):
        return "S:Q", cue, SpeakerExpr(mention.start, mention.end, mention.text, mention)
    phrase = noun_phrase(text, label_start, label_end, tokens)
    return ("S:Q", cue, phrase) if phrase is not None and phrase.text.lower().startswith("the ") else None


def _according_opening(text: str, start: int, quote_open: int,
                       named: Sequence[Mention]) -> tuple[str, Cue, SpeakerExpr] | None:
    """"According to Anton Kuznets, an adviser, Shoigu suffered “…”": a partial quotation in a
    sentence that opens with "According to" a named source, with no other cue before it."""
    found = _ACCORDING_OPENING.match(text, start, quote_open)
    if found is None:
        return None
    mention = next((m for m in named if m.start == found.start("source") and m.end <= found.end("source")), None)
    if found.group("source").split()[-1].lower() in TITLE_WORDS:
        # "According to MDC Alliance spokesperson, Fadzayi Mahere, Nhende was …": the name after the title
        apposed = next((m for m in named if m.start == found.end() + 1 and text[found.end() : m.start] == " "
                        and m.actor_type in ("person", None) and text[m.end : m.end + 1] == ","), None)
        if apposed is not None:
            cue = Cue(found.start(), found.start() + len("according to"), found.group("cue"), "according to")
            return "ACCORDING-TO:Q", cue, SpeakerExpr(apposed.start, apposed.end, apposed.text, apposed)
    if mention is None or not names_the_source(text, mention, found.end("source")):
        return None
    cue = Cue(found.start(), found.start() + len("according to"), found.group("cue"), "according to")
    return "ACCORDING-TO:Q", cue, SpeakerExpr(mention.start, mention.end, mention.text, mention)


_IN_OWN_VIEW = re.compile(r"(?P<cue>In)\s+(?:(?P<pronoun>his|her|their)|(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})[’']s)"
                          r"\s+(?:opinion|view|words|estimation|assessment),\s")


def _in_own_view(text: str, start: int, quote_open: int,
                 named: Sequence[Mention]) -> tuple[str, Cue, SpeakerExpr] | None:
    """"In her opinion, the events of last Saturday “undermine the city’s image”": a partial
    quotation in a sentence that opens by naming whose view it gives, with no cue of its own."""
    found = _IN_OWN_VIEW.match(text, start, quote_open)
    if found is None:
        return None
    cue = Cue(found.start(), found.end() - 2, text[found.start() : found.end() - 2], "according to")
    if found.group("pronoun"):
        return "ACCORDING-TO:Q", cue, SpeakerExpr(found.start("pronoun"), found.end("pronoun"), found.group("pronoun"), None, True)
    mention = next((m for m in named if m.start == found.start("owner") and m.end == found.end("owner")), None)
    if mention is None:
        return None
    return "ACCORDING-TO:Q", cue, SpeakerExpr(mention.start, mention.end, mention.text, mention)


def _after_document(tokens: TokenIndex, start: int, cue: Cue) -> bool:
    before = tokens.between(start, cue.start)[-1:]
    return cue.text.endswith("ed") and bool(before) and before[0].lower in POSTED_NOUNS  # "said in video posted on Facebook"


def _named_after_cue(text: str, cue: Cue, quote_open: int, named: Sequence[Mention], quotes: Sequence[QuoteSpan],
                     tokens: TokenIndex) -> SpeakerExpr | None:
    """The speaker named between an inverted cue and the quotation it introduces, set off by a
    comma or colon ("Otherwise, said Mattarella, “…”", "added the minister: “…”")."""
    between = re.fullmatch(r"\s+(?P<who>[^,;:“”\"]{2,60}?)\s*[,:]\s*", text[cue.end : quote_open])
    if between is None or char_before(text, cue.start) not in (",", "", ".", "\n"):
        return None  # (the cue itself must stand inverted, after a comma or opening its sentence)
    start, end = cue.end + between.start("who"), cue.end + between.end("who")
    found = [c for c in candidates(start, end, named, quotes, tokens) if c.mention is not None and c.end == end]
    if found and _only_titles(tokens, start, found[-1].start):
        return found[-1]
    return noun_phrase(text, start, end, tokens)


# ", Chief Election Commissioner Neel Kantha Uprety said." ending a quotation whose closing mark is missing.
_TAIL_CUE = re.compile(r",\s+(?P<who>[A-Z][^,;:“”\"]{1,80}?)\s+(?P<cue>said|added|stated|explained)\.?\s*\Z")


def _unclosed_tail(text: str, quote: QuoteSpan, named: Sequence[Mention],
                   tokens: TokenIndex) -> tuple[str, Cue, SpeakerExpr] | None:
    """QCSV for a quotation left unclosed whose paragraph ends ", X said." (the closing mark
    the source forgot belongs before that comma)."""
    if quote.close is not None:
        return None
    tail = _TAIL_CUE.search(text, quote.start, quote.end)
    if tail is None:
        return None
    cue = Cue(tail.start("cue"), tail.end("cue"), tail.group("cue"), CUE_LEMMA[tail.group("cue")])
    found = [m for m in named if tail.start("who") <= m.start and m.end == tail.end("who")]
    if found:
        return "QCSV", cue, SpeakerExpr(found[-1].start, found[-1].end, found[-1].text, found[-1])
    phrase = noun_phrase(text, tail.start("who"), tail.end("who"), tokens)
    return ("QCSV", cue, phrase) if phrase is not None else None


def _same_sentence(text: str, sentences: Sequence[Sentence], quote: QuoteSpan, previous: Attribution,
                   quotes: Sequence[QuoteSpan], named: Sequence[Mention], tokens: TokenIndex) -> tuple[str, Cue, SpeakerExpr] | None:
    """“…,” said Boric, calling for unity in “building the future.”: a later quotation in the
    sentence of an attributed one, after its cue and speaker, with no other name, speaker or
    quotation between, is the same speaker's."""
    if previous.kind != "direct" or previous.structure not in ("QCSV", "QCVS", "SVQ", "SV:Q"):
        return None
    sentence = sentence_at(sentences, quote.open)
    if sentence is None or sentence is not sentence_at(sentences, previous.cue.start):
        return None
    after = max(previous.cue.end, previous.speaker.end, previous.end + 1)
    if after >= quote.open or any(after <= q.open < quote.open for q in quotes):
        return None
    if any(after <= m.start < quote.open for m in named) or candidates(after, quote.open, named, quotes, tokens):
        return None  # someone else named between: not sure whose words these are
    if any((t.text in CUE_LEMMA and not t.text.endswith("ing")) or t.lower in ("who", "whose", "whom")
           for t in tokens.select(after, quote.open, starts_with_letter)):  # ("said Boric, calling for …": his)
        return None  # "said Odinga …, who continue to claim that the vote was “stolen”": another voice
    return "SAME-SENTENCE", previous.cue, previous.speaker


def _continuation(text: str, sentences: Sequence[Sentence], quote: QuoteSpan, previous: Attribution,
                  quotes: Sequence[QuoteSpan], named: Sequence[Mention], tokens: TokenIndex) -> tuple[str, Cue, SpeakerExpr] | None:
    """CONT: the quote opens its sentence, and the last attributed quote is in this
    paragraph or ended the previous one."""
    if previous.kind != "direct" or previous.paragraph not in (quote.paragraph, quote.paragraph - 1):
        return None
    if previous.structure == "QCSV" and previous.end < previous.cue.start and re.fullmatch(
            r"\s*,\s*", text[previous.cue.end : quote.open]):
        return "CONT", previous.cue, previous.speaker  # “A,” he expressed, “B”: one utterance, broken
    sentence = sentence_at(sentences, quote.open)
    if sentence is None or text[sentence.start : quote.open].strip():
        return None
    between = [q for q in quotes if previous.end <= q.open < quote.open]
    if between:  # an unattributed quote sits in between: do not jump over it
        return None
    gap_start = previous.end + 1 if previous.end < quote.open else quote.open
    if sentence_cues(text, gap_start, sentence.start, quotes, tokens):
        return None  # "Meanwhile, Sangraula said that …. “…”": someone else's speech sits in between
    if new_subject_before(text, sentences, quote.open, gap_start, previous, named, quotes, tokens):
        return None
    return "CONT", previous.cue, previous.speaker


def new_subject_before(text: str, sentences: Sequence[Sentence], quote_open: int, after: int, previous: Attribution,
                       named: Sequence[Mention], quotes: Sequence[QuoteSpan], tokens: TokenIndex) -> bool:
    """True when the sentence right before the quotation's, in its paragraph and after ``after``,
    has for subject a person other than ``previous``'s speaker: "Jetten wonders …. / Timmermans
    is also looking forward to …. “We haven’t heard much …”" continues no one; the person the
    paragraph has just named speaks (see :func:`casebook.parse.quotes._after_narration`)."""
    here = sentence_at(sentences, quote_open)
    before = next((s for s in reversed(sentences) if here is not None and s.end <= here.start), None)
    if before is None or before.paragraph != here.paragraph or before.start < after:
        return False
    subject = first_subject(before.start, before.end, named, quotes, tokens)
    return subject is not None and subject.mention is not None and _person_like(subject.mention) and (
        previous.speaker.mention is None or subject.mention.text != previous.speaker.mention.text)
