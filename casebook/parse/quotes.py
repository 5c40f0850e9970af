"""The quotation stage: direct quotes and reported speech, each with speaker, cue, content and kind.

It takes what the stages before it found: the attributions of the speech
stage (:mod:`casebook.parse.attribution`), the mentions, and the coreference
resolutions. The ``speaker`` is never a pronoun: a pronoun speaker is
replaced by the actor it resolves to (through its mention, or else through
the coreference resolution of that pronoun); a document speaker ("the
statement") becomes the label of the actor the annotations say stands
behind it. Without annotations a speaker is named by its surface form, with
a leading "the" dropped.

Quotations that no cue attributes get a speaker by three news conventions, in
this order, and otherwise stay unknown (structure ``NONE``): the pieces of a
quotation that runs over paragraphs share the speaker of its attributed piece
(``RUN``); a quotation opening its sentence after a sentence whose subject is a
person, or opening its paragraph after a paragraph that ends with that
speaker's quotation or reported speech, is that speaker's (``AFTER``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from casebook.model import Mention, Quote, Sentence
from casebook.parse.actors import KnownActors
from casebook.parse.attribution import Speech, new_subject_before, said_by_a_crowd
from casebook.parse.coref import Resolution, document_actor
from casebook.parse.doc import Doc
from casebook.parse.lexicon import (
    COUNTRIES, CUE_LEMMA, DETERMINERS, ORG_WORDS, POSSESSIVE_DETERMINERS, RELATION_NOUNS, ROLE_NOUNS, SEATS, TITLE_MODIFIERS, TITLE_WORDS, is_demonym, names_a_platform, singular, top_office_pattern,
)
from casebook.parse.names import plain_name
from casebook.parse.quotemarks import QuoteSpan
from casebook.parse.speakers import (
    DOCUMENT_NOUNS, GENERIC_ORG_HEADS, ISSUED_BY, PERSON_NOUNS, acronym_holder, document_owner, head_word, is_person_title, named_in_full,
    described_person, organisation_described, owned_name, posted_on, statement_issuer, strip_determiner, title_holder, title_lead_words,
)
from casebook.parse.subjects import Attribution, first_subject, inside
from casebook.parse.tokens import sentence_at, starts_with_letter

_OUTLET_NOUNS = r"(?:newspaper|daily|weekly|paper|news\s+agency|agency|broadcaster|channel|website)"
_OUTLET_EPITHET = re.compile(r"(?:[Tt]he|[Tt]his)\s+" + _OUTLET_NOUNS)
_OUTLET_AFTER = re.compile(r"\s+" + _OUTLET_NOUNS + r"\b")
_BODY_DOCUMENT = re.compile(r"[Tt]he\s+(police|army|military|government|ministry|party|commission|court)\s+\w+")
_INDEFINITE = frozenset("a an some several many".split())
_UNNAMED_OPENERS = _INDEFINITE | {"another", "one"}  # a phrase that brings in someone unnamed
_ONE_OF_SEVERAL = frozenset({"one", "another", "a third", "others", "the other", "the others"})
# A bare plural of at most three words, no determiner and no name: "Opposition parties", "Critics".
_PLURAL_GROUP = re.compile(r"[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}s")
SEVERAL_PEOPLE = frozenset("duo pair trio couple both two three bench panel jury crowd crowds audience".split())
"""Head words of a speaker phrase that stands for several people at once."""

# "the group of 10 watchdogs said": a group counted by its members, no one named
_GROUP_OF_SEVERAL = re.compile(r"(?:[Tt]he\s+|[Aa]\s+)?(?:group|coalition|alliance|network|collective)\s+of\s+(?:\d+|two|three|four|five"
                               r"|six|seven|eight|nine|ten|several|dozens|\w+\s+dozen)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s")
_SEVERAL_BY_ACRONYM = re.compile(r"\b(?:MPs|MLAs|MEPs|MPPs|MSPs|TDs|MNAs)\Z")
_GROUP_MEMBERS = frozenset("opponent member critic".split())
UNKNOWN_SPEAKER = None
"""The ``speaker`` of a quote whose speaker the rules cannot name: the parser says so
rather than give a pronoun, a bare title or a wrong name. The words that stand for
the speaker stay at ``speaker_start:speaker_end``."""


def attribute_quotes(doc: Doc, speech: Speech, mentions: Sequence[Mention], resolutions: Sequence[Resolution],
                     known: KnownActors | None = None) -> list[Quote]:
    """Every quotation in text order, its speaker named (or None: unknown)."""
    by_span = {(m.start, m.end): m for m in mentions}
    resolved = {(r.start, r.end): r for r in resolutions}
    named: dict[int, tuple[str | None, str | None]] = {}  # id(attribution) -> (speaker, actor)
    quotes: list[Quote] = []
    people = _people(mentions)
    place_in_people: dict[Mention, int] = {}
    for i, m in enumerate(people):
        place_in_people.setdefault(m, i)  # (the first of equal mentions, as list.index gives)
    for attribution in speech.attributions:
        expr = attribution.speaker
        mention = by_span.get((expr.start, expr.end))
        actor: str | None
        speaker: str | None
        if mention is not None and mention.actor is not None and _SEVERAL_BY_ACRONYM.search(mention.text) and (
                mention.actor_type != "organisation"):
            actor, speaker = None, UNKNOWN_SPEAKER  # "Liberal MPs yelled out “weak”": several members, none named
        elif mention is not None and mention.actor is not None:
            actor = mention.actor
            speaker = _display(actor, mention, mentions, known)
            several = _coordinated_subject(doc, place_in_people.get(mention), attribution, people)
            if several is not None:  # "Leung and Yau said", "Uri Rosenthal and Jacques Wallage, two officials …, added"
                speaker, actor = _joined(doc.text, several, mentions, known), None
        elif expr.pronoun:
            found = resolved.get((expr.start, expr.end))
            actor = found.actor if found else None
            speaker = (_display(actor, None, mentions, known) if actor else
                       strip_determiner(found.display) if found and found.display and not (
                           found.display.split()[-1] in RELATION_NOUNS) and not (
                           found.display.split()[0].lower() in POSSESSIVE_DETERMINERS) else UNKNOWN_SPEAKER)
            # ("its foreign ministry announced …. It … said": a phrase owned by a pronoun names no one)
            # ("The president’s main rival urged …, what he called “…”": someone described, not named)
            earlier = next((a for a in reversed(speech.attributions) if found is not None and actor is None
                            and a.speaker.start < expr.start and a.speaker.text == found.display
                            and named.get(id(a), (None, None))[0] is not None), None)
            if earlier is not None:  # "“…,” the police's press service said …. “…,” it said": as named there
                speaker, actor = named[id(earlier)]
            elif actor is None and found is not None and found.display and (
                    found.display.split()[0].lower() in _UNNAMED_OPENERS):
                speaker = UNKNOWN_SPEAKER  # "a spokesman for PM Theresa May's office said …. “…,” he said": someone new
            elif actor is None and found is not None and found.display and is_person_title(found.display):
                holder = title_holder(doc.text, found.display, expr.start, mentions, speech.quotes,
                                      speech.attributions)  # "she" → "the magistrate"
                speaker, actor = (_display(holder.actor, holder, mentions, known), holder.actor) if holder else (
                    UNKNOWN_SPEAKER, None)
        else:
            actor = document_actor(expr.text, known)
            if actor is not None:
                speaker = _display(actor, None, mentions, known)
            else:
                speaker, actor = _phrase_speaker(doc.text, attribution, speech, mentions, known, named)
                if actor is None and speaker != UNKNOWN_SPEAKER:
                    speaker, actor = _fuller_earlier(speaker, attribution, named, speech.attributions) or (speaker, actor)
                in_view = resolved.get((expr.start, expr.end))
                if actor is None and in_view is not None and in_view.rule == "epithet-in-view":
                    actor = in_view.actor  # "“…,” the politician reiterated": the person in view
                    speaker = _display(actor, None, mentions, known)
        if actor is None and speaker and _DEMONSTRATIVE_PHRASE.match(speaker):
            speaker = UNKNOWN_SPEAKER  # "these political sectors assured": words pointing back, no name
        if attribution.cue.text.lower() == "saying" and _SIGN_BEFORE.search(
                doc.text, max(0, attribution.cue.start - 30), attribution.cue.start):
            speaker, actor = UNKNOWN_SPEAKER, None  # "placed a sign saying: “…”": a sign's words, as "a banner reading"
        named[id(attribution)] = (speaker, actor)
        quotes.append(_quote(doc.text, attribution, speaker, actor))
    attributed = {(q.start, q.end) for q in quotes if q.kind == "direct"}
    typed = {m.actor: m.actor_type for m in mentions}
    for span in speech.quotes:
        if (span.start, span.end) in attributed:
            continue
        # for example "… with the aim to “draw attention …”, according to the Interior Ministry": a quotation
        # inside reported speech is the reporting source's, even a short one ("expressed “concern”")
        holder = next((a for a in speech.attributions if a.kind == "reported" and a.start <= span.start
                       and span.end <= a.end and named[id(a)][0] is not None
                       and typed.get(named[id(a)][1]) in ("person", "organisation")), None)
        unnamed = next((a for a in speech.attributions if a.kind == "reported" and (
                            a.structure.startswith("ACCORDING") or (
                                named[id(a)][0] is None and a.speaker.mention is None and not a.speaker.pronoun
                                and head_word(a.speaker.text) in PERSON_NOUNS | TITLE_WORDS))
                        and a.start <= span.start and span.end <= a.end), None)
        # ("expects to return to prison “at any time” …, her attorney said": a person not named)
        if holder is None and unnamed is None and not looks_like_speech(doc.text[span.start : span.end]) and not (
                _partial_quotation(doc.text, span.start, span.open)) and not (
                len(doc.text[span.start : span.end].split()) >= 2 and (
                    _SAID_COMMA.search(doc.text, max(0, span.open - 12), span.open)
                    or _paired_with_speech(doc.text, span, speech.quotes))):
            # ("banners that said, “We need jobs”": words a cue and its comma introduce are speech;
            # so are the words of a pair whose other half reads as speech: "the messages “Traitor
            # resign now” and “No more impunity,”")
            continue  # (but "… suffered “minor injuries”, according to hospital officials": speech, speaker unknown)
        previous = _speaker_to_continue(doc, span, speech)
        if previous is not None and new_subject_before(doc.text, doc.sentences, span.open, previous.end, previous,
                                                       [m for m in mentions if m.kind != "pronoun"], speech.quotes, doc.tokens):
            previous = None
        if previous is not None and named[id(previous)][0] is not None:
            quotes.append(_quote(doc.text, previous._replace(start=span.start, end=span.end, kind="direct",
                                                               structure="CONT", paragraph=span.paragraph),
                                 *named[id(previous)]))
        elif holder is not None:
            quotes.append(_quote(doc.text, holder._replace(start=span.start, end=span.end, kind="direct",
                                                             structure="IN-REPORTED", paragraph=span.paragraph),
                                 *named[id(holder)]))
        elif unnamed is not None:  # the source's words, the source unknown
            quotes.append(_quote(doc.text, unnamed._replace(start=span.start, end=span.end, kind="direct",
                                                              structure="IN-REPORTED", paragraph=span.paragraph),
                                 UNKNOWN_SPEAKER, None))
        else:
            quotes.append(_unattributed(doc.text, span))
    quotes = _fill_running_quotes(doc.text, speech.quotes, sorted(quotes, key=lambda q: (q.start, q.end)))
    quotes = _after_narration(doc, speech, mentions, resolved, known, quotes)
    return quotes if known is not None else _with_owners(doc.text, mentions, quotes)


def _with_owners(text: str, mentions: Sequence[Mention], quotes: list[Quote]) -> list[Quote]:
    """With no annotations, an organisation speaker keeps the owner the story first gives it
    ("Argentina’s Foreign Ministry", not "Foreign Ministry")."""
    owned: dict[str, str] = {}
    for mention in mentions:
        if mention.actor_type == "organisation" and mention.kind != "pronoun" and mention.actor not in owned:
            name = owned_name(text, mention)
            if name is not None:
                owned[mention.actor] = name
    return [replace(q, speaker=owned[q.speaker_actor]) if q.speaker_actor in owned and q.speaker
            and q.speaker in owned[q.speaker_actor] else q for q in quotes]


def _fill_running_quotes(text: str, spans: Sequence[QuoteSpan], quotes: list[Quote]) -> list[Quote]:
    """A quotation that runs over paragraphs (each left open, the next reopened) is one
    speaker's: its unattributed pieces take the speaker of the nearest attributed piece of
    the same run, the later one on a tie ("“A. / “B. / “C,” she said.")."""
    ordered = sorted(spans, key=lambda s: s.open)
    run_of: dict[int, int] = {}  # content start -> run number
    run = 0
    for i, span in enumerate(ordered):
        previous = ordered[i - 1] if i else None
        joined = (previous is not None and previous.close is None and span.paragraph == previous.paragraph + 1
                  and _opens_paragraph(text, span.open))
        run = run if joined else run + 1
        run_of[span.start] = run
    by_run: dict[int, list[int]] = {}
    for index, quote in enumerate(quotes):
        if quote.kind == "direct" and quote.start in run_of:
            by_run.setdefault(run_of[quote.start], []).append(index)
    out = list(quotes)
    for members in by_run.values():
        named = [i for i in members if quotes[i].speaker is not None]
        if len(members) < 2 or not named:
            continue
        closing = [j for j in members if quotes[j].structure in ("QCSV", "QCVS") and quotes[j].speaker is not None]
        for i in members:
            if quotes[i].structure == "CONT" and closing and closing[-1] > i and (
                    quotes[closing[-1]].speaker_actor != quotes[i].speaker_actor):
                # "… plea. “I am not adjourning. / You will cross examine,” the magistrate
                # maintained": the cue that closes the run names its speaker, not the voice before
                source = quotes[closing[-1]]
                out[i] = replace(quotes[i], speaker=source.speaker, speaker_actor=source.speaker_actor,
                                 speaker_start=None, speaker_end=None, cue="", cue_start=quotes[i].start,
                                 cue_end=quotes[i].start, structure="RUN")
                continue
            if quotes[i].structure != "NONE":
                continue
            source = quotes[min(named, key=lambda j: (abs(j - i), -j))]
            out[i] = replace(quotes[i], speaker=source.speaker, speaker_actor=source.speaker_actor,
                             structure="RUN")
    return out


def _after_narration(doc: Doc, speech: Speech, mentions: Sequence[Mention], resolved: dict[tuple[int, int], Resolution],
                     known: KnownActors | None, quotes: list[Quote]) -> list[Quote]:
    """Quotations no cue attributes, by two news conventions, in text order:

    - a quotation that opens its sentence right after a sentence whose subject is a person
      is that person's ("She said she had done her best. “I have done everything …”");
    - a quotation that opens its paragraph right after a paragraph that ends with a
      quotation is the same speaker's, when no other person is named in between;
    - failing those, a quotation that opens its paragraph is the voice last quoted directly,
      when no other actor is named since.
    """
    names = [m for m in mentions if m.kind != "pronoun"]
    out = list(quotes)
    for i, quote in enumerate(out):
        if quote.structure != "NONE" or quote.kind != "direct":
            continue
        found = (_subject_before(doc, speech, names, resolved, known, quote)
                 or _own_sentence_subject(doc, speech, names, resolved, known, quote)
                 or _reported_just_before(doc, out[:i], quote)
                 or _previous_paragraph_speaker(doc.text, names, out[:i], quote)
                 or _paraphrase_before(doc.text, names, out[:i], quote)
                 or _statement_made_by(doc, names, known, quote)
                 or _last_voice(doc.text, names, out[:i], quote))
        if found is not None:
            out[i] = replace(quote, speaker=found[0], speaker_actor=found[1], structure="AFTER")
    return out


_MADE_BY = re.compile(r"(?:This|The|These|Those)\s+(?:statement|remarks?|comments?|words)\s+(?:was|were)\s+"
                      r"(?:made|delivered|issued|uttered)\s+by\s+"
                      r"|(?:This|That)\s+was\s+(?:announced|stated|said|declared|noted|emphasi[sz]ed|stressed)"
                      r"(?:\s+[^.“”\"]{1,40}?)?\s+by\s+")


def _statement_made_by(doc: Doc, names: Sequence[Mention], known: KnownActors | None,
                       quote: Quote) -> tuple[str | None, str | None] | None:
    """“…” (a paragraph of its own), then "This statement was made by Opposition Leader,
    Bharrat Jagdeo, …", or a sentence ending on a quotation, then "This was announced on
    Wednesday by the Prime Minister, …": the person the next sentence names as its maker."""
    paragraph = next((p for p in doc.paragraphs if p.start <= quote.start < p.end), None)
    if paragraph is None:
        return None
    sentence = sentence_at(doc.sentences, quote.end - 1)  # where the quotation ends
    following = next((s for s in doc.sentences if sentence is not None and s.start >= sentence.end), None)
    if following is None or doc.text[quote.end : sentence.end].strip(" .”\"’'") != "":
        return None  # the quotation must end its sentence
    if following.start >= paragraph.end:  # the next paragraph: only after a paragraph that is the quotation
        if doc.text[paragraph.start : quote.start].strip(" “\"‘'") != "":
            return None
    made = _MADE_BY.match(doc.text, following.start)
    if made is None:
        return None
    first = next((m for m in names if made.end() <= m.start < made.end() + 60 and m.actor_type in ("person", None)
                  and " " in m.text), None)
    return (_display(first.actor, first, names, known), first.actor) if first is not None else None


def _subject_before(doc: Doc, speech: Speech, names: Sequence[Mention], resolved: dict[tuple[int, int], Resolution],
                    known: KnownActors | None, quote: Quote) -> tuple[str, str | None] | None:
    opened = _sentence_it_opens(doc, quote)
    if opened is None:
        return None
    sentences, here = opened
    if here == 0:
        # A quotation standing alone as a paragraph after a one-sentence paragraph ("He also
        # directed law enforcers to …. ¶ “We won't tolerate any negligence.”"): that sentence's subject.
        before = [s for s in doc.sentences if s.paragraph == quote.paragraph - 1]
        alone = _narration_sentences(doc.text, quote) == 0
        if len(before) != 1 or not alone or inside(before[0].start, speech.quotes):
            return None
        previous = before[0]
    else:
        previous = sentences[here - 1]
    titled = _TITLE_OPENING.match(doc.text, previous.start)
    if titled is not None and is_person_title(titled.group("title")) and not any(
            previous.start <= m.start < titled.end("title") for m in names):
        # "The Prime Minister also had a special message for the Opposition. ¶ “Either get out of
        # the way …”": the one the title names in the story
        holder = title_holder(doc.text, titled.group("title"), previous.start, names, speech.quotes, speech.attributions)
        if holder is not None and holder.actor is not None and holder.actor_type == "person":
            return _display(holder.actor, holder, names, known), holder.actor
    subject = first_subject(previous.start, previous.end, names, speech.quotes, doc.tokens)
    if subject is None:
        return None
    if subject.mention is not None and subject.mention.actor_type == "person":
        return _display(subject.mention.actor, subject.mention, names, known), subject.mention.actor
    if subject.pronoun and subject.text.lower() in ("he", "she"):
        found = resolved.get((subject.start, subject.end))
        if found is not None and found.actor_type == "person" and (found.actor or found.display):
            if found.actor is None and found.display and found.display.split()[0].lower() in ("the", "a", "an", "one"):
                return UNKNOWN_SPEAKER, None  # "The veteran councilman said …. He said …. “…”": a role no one holds by name
            return (_display(found.actor, None, names, known) if found.actor else found.display), found.actor
    return None


_RELATIVE_BETWEEN = re.compile(r"\b(?:who|whom|which|where|whose)\b")
# A noun of someone else's speech right before the mark: "defended the plans against accusations of “social ignorance”"
_OTHERS_WORDS_BEFORE = re.compile(r"\b(?:accusations?|allegations?|charges?|criticism|claims?)\s+(?:of|that)\s+\Z")


def _own_sentence_subject(doc: Doc, speech: Speech, names: Sequence[Mention], resolved: dict[tuple[int, int], Resolution],
                          known: KnownActors | None, quote: Quote) -> tuple[str, str | None] | None:
    """A short partial quotation inside a sentence whose subject is a person (or an organisation
    by name): that one's ("Sheikh Salman deemed the ruling “an unjust and political sentence”", "He
    appealed to Abela to stop this “perilous attitude”"). The subject opens the sentence, after any
    title, and nothing in the sentence makes the words someone else's (see the guards below)."""
    sentence = next((s for s in doc.sentences if s.start <= quote.start < s.end), None)
    if sentence is None or _opens_its_sentence(doc.text, sentence.start, quote.start) or not _partial_quotation(
            doc.text, quote.start, quote.start - 1) or len(
            quote.text.split()) > 12:
        return None
    subject = first_subject(sentence.start, quote.start - 1, names, speech.quotes, doc.tokens)
    if subject is None or not _titles_only(doc.text[sentence.start : subject.start]):
        return None  # only a subject that opens the sentence, after its title ("Opposition leader X deemed")
    if re.match(r"[’']s\b", doc.text[subject.end : subject.end + 2]) or _RELATIVE_BETWEEN.search(doc.text, subject.end, quote.start) or (
            _OTHERS_WORDS_BEFORE.search(doc.text, max(sentence.start, quote.start - 40), quote.start - 1)):
        return None  # "Song's address came after …", "Lai, who state media describes as a “traitor,”": another's
    if any(t.text in CUE_LEMMA and not inside(t.start, speech.quotes)
           for t in doc.tokens.select(sentence.start, sentence.end, starts_with_letter)):
        return None  # a verb of saying in the sentence has its own speaker: "in trials that lawyers labelled “flawed”"
    mention = subject.mention
    if mention is not None and (mention.actor_type in ("person", "organisation") or mention.actor_type is None and " " in mention.text and not (
            set(mention.text.split()) & ORG_WORDS or mention.text.isupper())) and not is_demonym(mention.text.split()[0]):
        return _display(mention.actor, mention, names, known), mention.actor
    if subject.pronoun and subject.text.lower() in ("he", "she"):
        found = resolved.get((subject.start, subject.end))
        if found is not None and found.actor_type == "person" and found.actor:
            return _display(found.actor, None, names, known), found.actor
    return None


# A connective may stand before a quotation that opens its sentence: "However “legal measures
# will be taken …”" still opens the sentence as the quotation does.
_LEADING_CONNECTIVE = re.compile(r"(?:However|But|And|Also|Moreover|Furthermore|Still|Yet|Besides)\s*,?")


def _titles_only(lead: str) -> bool:
    """Nothing but titles before a subject that opens its sentence ("Opposition leader", "")."""
    return all(w.lower() in TITLE_WORDS or (w[:1].isupper() and w.lower() in TITLE_MODIFIERS)
               for w in re.findall(r"[A-Za-z]+", lead))


def _opens_its_sentence(text: str, sentence_start: int, quote_start: int) -> bool:
    """Only opening marks (or one connective: "However “…”") stand between the sentence's
    start and the quotation's words."""
    lead = text[sentence_start : quote_start - 1].strip(" “\"'‘«")
    return not lead or _LEADING_CONNECTIVE.fullmatch(lead) is not None


def _sentence_it_opens(doc: Doc, quote: Quote) -> tuple[list[Sentence], int] | None:
    """The quotation's paragraph's sentences and the index of its own, when the quotation opens
    that sentence (see :func:`_opens_its_sentence`)."""
    sentences = [s for s in doc.sentences if s.paragraph == quote.paragraph]
    here = next((n for n, s in enumerate(sentences) if s.start <= quote.start < s.end), None)
    if here is None or not _opens_its_sentence(doc.text, sentences[here].start, quote.start):
        return None
    return sentences, here


def _reported_just_before(doc: Doc, before: Sequence[Quote], quote: Quote) -> tuple[str, str | None] | None:
    """A quotation opening its sentence right after a sentence of someone's reported speech,
    in the same paragraph, is that person's: "The government is patient, the PM noted.
    However “legal measures will be taken …”"."""
    opened = _sentence_it_opens(doc, quote)
    if opened is None or opened[1] == 0:
        return None
    previous = opened[0][opened[1] - 1]
    last = next((q for q in reversed(before) if q.end <= quote.start), None)
    if last is None or last.kind != "reported" or not previous.start <= last.start < previous.end or (
            last.speaker is None or last.speaker_actor is None):
        return None
    return last.speaker, last.speaker_actor


_TITLE_OPENING = re.compile(r"(?P<title>[Tt]he\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+(?:also\s+)?[a-z]")


def _previous_paragraph_speaker(text: str, names: Sequence[Mention], before: Sequence[Quote],
                                quote: Quote) -> tuple[str, str | None] | None:
    if not _opens_paragraph(text, quote.start - 1):
        return None
    last = next((q for q in reversed(before) if q.kind == "direct"), None)
    if last is None or last.speaker is None or last.paragraph != quote.paragraph - 1:
        return None
    tail = text[last.end : quote.start]
    if tail.count("\n") > 2 or len(tail.strip(" ,.”\"’'\n")) > 2:
        return None  # narration after the last quotation: its speaker may have changed
    if any(last.end <= m.start < quote.start and m.actor_type == "person" for m in names):
        return None
    return last.speaker, last.speaker_actor


def _paraphrase_before(text: str, names: Sequence[Mention], before: Sequence[Quote],
                       quote: Quote) -> tuple[str, str | None] | None:
    """A quotation standing alone as a paragraph after a paragraph that ends with someone's
    reported speech ("MP Premadasa has pointed out that …. / “No leader or party …”") is that
    person's, when no other person is named in between."""
    if not _opens_paragraph(text, quote.start - 1) or _narration_sentences(text, quote) > 0:
        return None
    last = next((q for q in reversed(before) if q.paragraph == quote.paragraph - 1), None)
    if last is None or last.kind != "reported" or last.speaker is None or last.speaker_actor is None:
        return None
    if text[last.end : quote.start].strip(" .\n\"“”'") or any(
            last.end <= m.start < quote.start and m.actor_type == "person" for m in names):
        return None
    kinds = {m.actor_type for m in names if m.actor == last.speaker_actor}
    return (last.speaker, last.speaker_actor) if "person" in kinds else None


def _last_voice(text: str, names: Sequence[Mention], before: Sequence[Quote],
                quote: Quote) -> tuple[str, str | None] | None:
    """A quotation opening its paragraph, with no cue, is the voice last quoted directly, when no
    other actor (places aside) is named since that quotation: "“…,” he stressed. ¶ Since the
    polls, trade has been slow. ¶ “For businesses to grow, …”" is still his."""
    if not _opens_paragraph(text, quote.start - 1):
        return None
    last = next((q for q in reversed(before) if q.speaker_actor is not None and q.kind == "direct"), None)
    if last is None:
        return None
    if any(last.end <= m.start < quote.start and m.actor != last.speaker_actor and m.actor_type != "place"
           for m in names):
        return None
    return last.speaker, last.speaker_actor


def _narration_sentences(text: str, quote: Quote) -> int:
    """Sentences in the quotation's paragraph outside the quotation (0 or more)."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.end)
    rest = text[line_start : quote.start - 1] + text[quote.end + 1 : line_end if line_end >= 0 else len(text)]
    return len([w for w in re.split(r"[.!?]", rest) if w.strip(" ”\"’'")])


def _opens_paragraph(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return not text[line_start:offset].strip()


_WORD_AFTER_CLOSE = re.compile(r"\s*([a-z]+)\b")
_SOMEONE_NEW = re.compile(r"\s+(?:a|an|one|some|another)\b")
_PLAIN_LEAD = re.compile(r"[A-Z][a-z]+(?:\s+[a-z][\w-]*){0,5}\s*")
_LEAD_BLOCKERS = frozenset("he she they it we i you this that these those who".split()) | frozenset(CUE_LEMMA)


def _speaker_to_continue(doc: Doc, span: QuoteSpan, speech: Speech) -> Attribution | None:
    """The attribution an unattributed quotation continues, by the news convention that a
    quotation opening its sentence, with no cue, is still the last speaker's: the last
    attribution (direct or reported) before it, in its paragraph or the one before, with
    no other quotation in between."""
    sentence = next((s for s in doc.sentences if s.start <= span.open < s.end), None)
    if sentence is None:
        return None
    own = _WORD_AFTER_CLOSE.match(doc.text, span.close + 1) if span.close is not None else None
    if own is not None and own.group(1) in CUE_LEMMA and _SOMEONE_NEW.match(doc.text, own.end()):
        return None  # “Go home now,” read a placard held by a student: its own cue, and someone new
    lead = doc.text[sentence.start : span.open]
    if lead.strip() and not (_PLAIN_LEAD.fullmatch(lead) and not set(lead.lower().split()) & _LEAD_BLOCKERS):
        return None  # (but "Suspending the elections “is a bomb …”": a subject with no name, pronoun or cue)
    before = [a for a in speech.attributions if a.end <= span.open and a.paragraph in (span.paragraph, span.paragraph - 1)]
    if lead.strip() and not any(a.paragraph == span.paragraph and a.kind == "direct" for a in before):
        return None  # (the plain lead only after a quotation in the same paragraph)
    if not before:
        return None
    previous = max(before, key=lambda a: a.end)
    if any(previous.end < q.open < span.open for q in speech.quotes):
        return None
    if previous.kind == "reported":  # "“…,” Kawamura told reporters, Kyodo said. “…”": the one quoted, not the relay
        relayed = [a for a in before if a.kind == "direct" and previous.start <= a.cue.start < previous.end]
        if relayed:
            return relayed[-1]
    return previous


def _paired_with_speech(text: str, span: QuoteSpan, spans: Sequence[QuoteSpan]) -> bool:
    """True when "and" or "or" joins ``span`` to a quotation that reads as speech."""
    if span.close is None:
        return False
    after = next((q for q in spans if q.open > span.close), None)
    return after is not None and re.fullmatch(r"\s+(?:and|or)\s+", text[span.close + 1 : after.open]) is not None and (
        looks_like_speech(text[after.start : after.end]))


_SAID_COMMA = re.compile(r"\b(?:said|says|read|reads|chanted|shouted)[,:]\s*\Z")
_SPEECH_END = re.compile(r"[.!?…][’'”\"]*\s*\Z|[.!?]\s")


def looks_like_speech(content: str) -> bool:
    """A quoted stretch that no cue attributes is still reported as a quotation, with an
    unknown speaker, when it reads as speech: four words or more, or a sentence of its own
    ("Cadre! Cadre!"). Shorter marked words are scare quotes or names ("special fund")."""
    words = content.split()
    return len(words) >= 4 or (bool(words) and _SPEECH_END.search(content) is not None) or (
        len(words) >= 2 and content.endswith(","))


# Words that present what follows as a name or a term, not as anyone's words ("the so-called “special fund”").
_NAMING_BEFORE = re.compile(r"\b(?:so-called|so\s+called|known\s+as|nicknamed|dubbed|termed|the\s+(?:term|word|phrase|slogan|"
                            r"hashtag|motto|theme|label|name)|operation|campaign|movement)\s+\Z", re.IGNORECASE)


def _partial_quotation(text: str, start: int, open: int) -> bool:
    """A short marked stretch in lower case that no cue attributes ("a direct insult", "naughty
    corner") may be a partial quotation or a scare quote, which no rule can tell apart; it is
    reported as a quotation with an unknown speaker. Capitalised words ("Normandy Four", "Wake-Up
    Uganda") are a name or a slogan, and "the so-called “special fund”" is a term: neither is."""
    return text[start : start + 1].islower() and not _NAMING_BEFORE.search(text, max(0, open - 24), open)


def _unattributed(text: str, span: QuoteSpan) -> Quote:
    """A direct quotation no rule could attribute: no cue, speaker unknown (structure ``NONE``)."""
    return Quote(
        start=span.start, end=span.end, text=text[span.start : span.end], speaker=UNKNOWN_SPEAKER,
        speaker_actor=None, speaker_start=None, speaker_end=None, cue="", cue_start=span.start,
        cue_end=span.start, kind="direct", structure="NONE", paragraph=span.paragraph,
    )


_SIGN_BEFORE = re.compile(r"\b(?:signs?|banners?|placards?|posters?|billboards?|plaques?|t-shirts?|stickers?)\s+\Z", re.IGNORECASE)
_DEMONSTRATIVE_PHRASE = re.compile(r"(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s")


def _fuller_earlier(speaker: str, attribution: Attribution, named: dict[int, tuple[str, str | None]],
                    attributions: Sequence[Attribution]) -> tuple[str, str | None] | None:
    """"the Chinese foreign ministry said …. “…,” the foreign ministry said": a described speaker
    that ends an earlier speaker's fuller description (one word more in front, or more) is that
    speaker, when only one earlier speaker ends so."""
    words = speaker.casefold().split()
    fuller = {named[id(a)] for a in attributions if a.speaker.start < attribution.speaker.start and id(a) in named
              and named[id(a)][0] != UNKNOWN_SPEAKER and len(named[id(a)][0].split()) > len(words)
              and named[id(a)][0].casefold().split()[-len(words):] == words}
    return fuller.pop() if len(fuller) == 1 else None


def _phrase_speaker(text: str, attribution: Attribution, speech: Speech,
                    mentions: Sequence[Mention], known: KnownActors | None,
                    named: dict[int, tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """``(speaker, actor)`` for a speaker given by a noun phrase (rules in
    :mod:`casebook.parse.speakers`); speaker None: unknown."""
    phrase, before = attribution.speaker.text, attribution.speaker.start
    if said_by_a_crowd(attribution):
        return UNKNOWN_SPEAKER, None  # "chants of “Granger must go”": a crowd, no one named
    described = strip_determiner(phrase).split()
    first_noun = described[:1]
    head = head_word(phrase)
    if len(described) == 2 and phrase.islower() and described[1] in _OFFICIAL_NOUNS:
        last = _last_titled_speaker(text, attribution, speech, named)
        if last is not None and described[0] in last[2]:
            return last[0], last[1]  # "Police Joint Commissioner X said, “…”. …, the police official said": X
    owned = re.fullmatch(r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)[’']s\s+opposition", phrase.strip())
    if owned is not None and owned.group("owner") in COUNTRIES:
        return UNKNOWN_SPEAKER, None  # "Bolivia’s opposition has rallied …, accusing him of “…”": many people, no one named
    if _PLURAL_GROUP.fullmatch(phrase.strip()) and phrase.split()[0].lower() not in DETERMINERS and (
            len(phrase.split()) > 1 or singular(phrase.strip().lower()) in ROLE_NOUNS | _GROUP_MEMBERS) and not any(
            before <= m.start < before + len(phrase) and m.kind != "pronoun" for m in mentions) and (
            attribution.kind == "direct" or any(attribution.start <= q.start < attribution.end for q in speech.quotes)):
        # "Opposition parties blasted …, noting, “…”", "Human rights organisations said the laws “…”":
        # words in quotation marks from a bare plural are some unnamed member's (but "Rights groups have
        # decried a crackdown", with no marks, sums up the groups' view; and "the professionals" may
        # point back to a body named before)
        return UNKNOWN_SPEAKER, None
    if head in SEVERAL_PEOPLE or (first_noun and first_noun[0].lower() in SEVERAL_PEOPLE) or _GROUP_OF_SEVERAL.fullmatch(
            phrase.strip()) or (
            head.endswith("ers") and head[:-1] in TITLE_WORDS
            and not any(head.capitalize() in m.text.split() for m in mentions if m.end <= before)):
        # "the duo described the talks as …", "the crowd around him shouted"; "the commissioners
        # condemned": several office holders, not the body they sit on (but "the lawyers" after the
        # "Association of Nigerian Lawyers": the body named by them)
        return UNKNOWN_SPEAKER, None
    honoured = [m for m in mentions if before < m.start and m.end == before + len(phrase.rstrip()) and m.kind != "pronoun"
                and _HONORIFIC_LEAD.fullmatch(text, before, m.start)]
    if honoured:  # "Mr. Nasheed" when the sentence split after the stop: the person named
        return _display(honoured[0].actor, honoured[0], mentions, known), honoured[0].actor
    issued = _ISSUED_BY_PHRASE.search(phrase)
    if issued is not None:  # "a statement released by the Army said": the Army
        by = before + issued.start("by")
        inner = [m for m in mentions if by <= m.start and m.end <= before + len(phrase) and m.actor_type != "place"
                 and (m.kind != "pronoun" or m.actor is not None)]  # ("another message put out by him read")
        # (not "a statement from Nairobi": a place it came from)
        joint = re.fullmatch(r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+and\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+[a-z]+s",
                             issued.group("by").strip())
        if joint is not None and inner:
            return strip_determiner(joint.group()), None  # "the statement from the US and Saudi governments": both, as written
        if inner and re.match(r"[’']s\s+[a-z]", text[inner[0].end : inner[0].end + 4]) and inner[-1] is inner[0]:
            return strip_determiner(issued.group("by")).strip(), None  # "a statement from Russia’s foreign ministry": as written
        if inner:
            return _display(inner[0].actor, inner[0], mentions, known), inner[0].actor
        described = organisation_described(text, issued.group("by"), by, mentions, speech.quotes, speech.attributions)
        if described is None and _OWNED_OFFICE.fullmatch(issued.group("by").strip()):
            return strip_determiner(issued.group("by")), None  # "a statement by the parliament's secretariat-general": as written
        return described if described is not None else (UNKNOWN_SPEAKER, None)
    posted = posted_on(phrase)
    if posted is not None and head_word(phrase[:posted]) in DOCUMENT_NOUNS:
        phrase = phrase[:posted]  # "the President’s post on Instagram": the post, not where it went up
    if head_word(phrase) in DOCUMENT_NOUNS:
        owner = document_owner(phrase, before + len(phrase), mentions)
        if isinstance(owner, Mention):  # "the Kremlin’s statement reads": the Kremlin
            return _display(owner.actor, owner, mentions, known), owner.actor
        if owner is not None and owner.split()[-1].lower() in TITLE_WORDS:
            holder = title_holder(text, "the " + owner, before, mentions, speech.quotes, speech.attributions)
            if holder is not None:  # "the Kazakh President’s post": the president the story names
                return _display(holder.actor, holder, mentions, known), holder.actor
        if owner is not None:
            return owner, None
        issuer = statement_issuer(text, before, speech.attributions, mentions, speech.quotes)
        end = before + len(phrase.rstrip())
        modifier = next((m for m in mentions if before <= m.start and m.kind != "pronoun" and m.end < end
                         and not text[m.end : end].strip(" ").count(" ") and text[m.end : end].startswith(" ")
                         and (m.actor_type != "place" or m.text.split()[-1] in SEATS)
                         and not names_a_platform(m.text) and not is_demonym(m.text)
                         and not re.search(r"-[a-z]+\Z", m.text)), None) if issuer is None else None
        if modifier is not None:  # "the ANC statement said", "The Herald excerpt … read": the name before the
            # document, when no statement was issued before (not "the Facebook post said": a platform
            # publishes no words of its own; nor "the Amharic-language statement")
            return _display(modifier.actor, modifier, mentions, known), modifier.actor
        body = _BODY_DOCUMENT.fullmatch(phrase.strip()) if issuer is None and modifier is None else None
        if body is not None:  # "The police statement says": the police the story names, as "the police" would be
            described = organisation_described(text, "the " + body.group(1).lower(), before, mentions, speech.quotes,
                                               speech.attributions)
            if described is not None:
                return described
        if isinstance(issuer, Mention):
            return _display(issuer.actor, issuer, mentions, known), issuer.actor
        if isinstance(issuer, str):  # "Argentina’s economy ministry issued a statement"
            return issuer, None
        return named.get(id(issuer), (UNKNOWN_SPEAKER, None)) if issuer is not None else (UNKNOWN_SPEAKER, None)
    if _OUTLET_EPITHET.fullmatch(phrase.strip()):
        outlet = next((m for m in reversed(mentions) if m.end <= before and m.kind != "pronoun"
                       and _OUTLET_AFTER.match(text, m.end)), None)
        if outlet is not None:  # "al-Joumhouria newspaper reported …. “…,” the daily added": that outlet
            return _display(outlet.actor, outlet, mentions, known), outlet.actor
    described = _DESCRIBED_OFFICE.fullmatch(phrase.strip())
    if described is not None and not set(described.group("words").lower().split()) & (TITLE_MODIFIERS | _NOT_A_MOOD):
        # "a visibly angry PM said", "the defiant prime minister": the one office holder, described
        phrase = "the " + described.group("office")
    holder = acronym_holder(text, phrase, before, mentions)
    if holder is not None:  # "the CJI", "the SG"
        return _display(holder.actor, holder, mentions, known), holder.actor
    if is_person_title(phrase) and phrase.split()[0].lower() not in ("a", "an"):
        # ("A judge said …" brings in someone new, not the judge named before: unknown, below)
        holder = title_holder(text, phrase, before, mentions, speech.quotes, speech.attributions) or (
            described_person(text, phrase, before, mentions, speech.quotes))
        if holder is None:
            return UNKNOWN_SPEAKER, None
        return _display(holder.actor, holder, mentions, known), holder.actor
    if phrase.split()[0].lower() in _INDEFINITE or phrase.strip().lower() in _ONE_OF_SEVERAL or (
            phrase.split()[0].lower() in ("one", "another") and all(w.islower() for w in phrase.split()[1:])) or (
            re.match(r"(?:[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]any)\s+of\s+(?:the|its|his|her|their)\s", phrase)):
        # ("one protestor said", "said one of the protest organisers", "read one sign")
        # "a small group opposing them shouted", "“…” read one, while another …": no one named
        return UNKNOWN_SPEAKER, None
    holder = described_person(text, phrase, before, mentions, speech.quotes)
    if holder is not None:  # "Dainius Gaižauskas, a peasant, …. “…,” the peasant claimed"
        return _display(holder.actor, holder, mentions, known), holder.actor
    owner = _ORG_OFFICE.match(phrase.strip())
    if owner is not None:  # "the police's press service": the police the story names
        described = organisation_described(text, owner.group("owner"), before, mentions, speech.quotes,
                                           speech.attributions)
        if described is not None:
            return described[0], described[1]
    described = organisation_described(text, phrase, before, mentions, speech.quotes, speech.attributions)
    if described is not None:
        return described[0], described[1]
    led = _party_led_by(text, phrase, before, mentions)
    if led is not None:  # "Kamto's party" after "Maurice Kamto, leader of the Movement for …"
        return _display(led.actor, led, mentions, known), led.actor
    words = phrase.split()
    if len(words) >= 2 and words[-1] in GENERIC_ORG_HEADS:
        # "Netanyahu’s Likud party", "the ruling Zanu-PF party": the organisation named before its head noun
        end = before + len(phrase.rstrip()) - len(words[-1])
        inner = [m for m in mentions if before <= m.start and m.end <= end and m.kind != "pronoun"
                 and not text[m.end : end].strip()]
        if inner:
            return _display(inner[-1].actor, inner[-1], mentions, known), inner[-1].actor
    if _COMMON_OWNER.match(phrase.strip()):
        return UNKNOWN_SPEAKER, None  # "the country’s government announced": named by no name
    full = named_in_full(text, phrase, before)
    if full:
        return full, None
    bare = strip_determiner(phrase)
    if " " not in bare and bare[:1].isupper() and bare.lower().rstrip("s") in PERSON_NOUNS:
        return UNKNOWN_SPEAKER, None  # "Protesters chanted": a plural role opening its sentence
    head = head_word(phrase)
    qualified = any(w[:1].isupper() for w in bare.split()[:-1]) or re.search(r"[’']s\s", bare) is not None
    if head.endswith("s") and (head[:-1] in ROLE_NOUNS or (qualified and (head[:-1] in TITLE_WORDS or head[:-1] in _GROUP_MEMBERS))):
        # "Mr Plasterk’s supporters", "Opposition leaders", "Pallister’s political opponents": several, none named
        # (a bare "the lawyers said" may still be the lawyers' association, below)
        return UNKNOWN_SPEAKER, None
    if bare.islower() and " " not in bare:
        # "the framework said" after "The Coordination Framework": the name it ends; else no one
        heads = [m for m in mentions if m.end <= before and m.kind != "pronoun" and " " in m.text
                 and m.actor_type != "place" and m.text.split()[-1] == bare.capitalize()]
        # ("the prosecution remarked" after "the Seoul Central District Prosecutors' Office": one stem)
        heads = heads or [m for m in mentions if m.end <= before and m.kind != "pronoun" and len(bare) >= 7
                          and m.actor_type == "organisation" and any(w.lower()[:7] == bare[:7] for w in m.text.split())]
        return (_display(heads[-1].actor, heads[-1], mentions, known), heads[-1].actor) if heads else (UNKNOWN_SPEAKER, None)
    if bare.islower() and (head in PERSON_NOUNS or head in _PERSON_SLANG):
        return UNKNOWN_SPEAKER, None  # "the unnamed policeman told AFP", "the top cop said": a person described, not named
    if bare.split()[0].lower() in POSSESSIVE_DETERMINERS:
        return UNKNOWN_SPEAKER, None  # "its foreign ministry announced": owned by a pronoun, never returned as a name
    return bare, None


_OFFICIAL_NOUNS = frozenset({"official", "officer"})


def _last_titled_speaker(text: str, attribution: Attribution, speech: Speech,
                         named: dict[int, tuple[str | None, str | None]]) -> tuple[str, str, set[str]] | None:
    """The person who spoke last before ``attribution``, named, with the lower-cased words of the
    title written right before the name ("Detective Branch Police Joint Commissioner")."""
    earlier = [a for a in speech.attributions if a.speaker.end <= attribution.speaker.start
               and a.speaker.mention is not None and a.speaker.mention.actor_type == "person"
               and named.get(id(a), (None, None))[0] is not None]
    if not earlier:
        return None
    last = earlier[-1]
    words = title_lead_words(text, last.speaker.mention)
    speaker, actor = named[id(last)]
    return (speaker, actor, words) if words and speaker is not None and actor is not None else None


_PERSON_SLANG = frozenset("cop cops top-cop".split())  # ("boss" and "chief" are PERSON_NOUNS already)


# A top office after an article and a word or two of mood or manner ("a visibly angry PM"): the
# office's one holder, as "the PM" (not an office changed by its modifier: "a former president").
_DESCRIBED_OFFICE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?P<words>(?:[a-z]+ly\s+)?(?:[a-z][a-z-]+\s+){1,2}?)"
                               r"(?P<office>" + top_office_pattern(capitals=True) + ")")
_NOT_A_MOOD = frozenset("new next incoming outgoing late then current sitting interim caretaker party country's".split())
_COMMON_OWNER = re.compile(r"(?:[Tt]he\s+)?(?:country|nation|city|state|region|island|province|kingdom)[’']s\s")
_HONORIFIC_LEAD = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+")
_ISSUED_BY_PHRASE = re.compile(r"\b" + ISSUED_BY + r"(?P<by>\S.*)\Z")
_OWNED_OFFICE = re.compile(r"(?:the\s+)?[a-z]+[’']s\s+[a-z][a-z-]*")  # "the parliament's secretariat-general"
_ORG_OFFICE = re.compile(r"(?P<owner>(?:[Tt]he\s+)?[a-z]+)[’']s\s+(?:press\s+(?:service|office)|spokes(?:man|woman|person))\Z")
_OWNED_GENERIC = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w’'-]+)[’']s\s+(?P<head>\w+)\Z")
_LEADER_OF = re.compile(r"[,”\"\s]*(?:the\s+)?(?:leader|head|chairman|chairwoman|chair|president|founder)"
                        r"\s+of\s+(?:the\s+)?\Z")


def _party_led_by(text: str, phrase: str, before: int, mentions: Sequence[Mention]) -> Mention | None:
    """The organisation "X's party" stands for: the one the story names X the leader of."""
    owned = _OWNED_GENERIC.match(phrase.strip())
    if owned is None or owned.group("head") not in GENERIC_ORG_HEADS:
        return None
    owner = {m.actor for m in mentions if m.end <= before and owned.group("owner") in m.text.split()
             and m.actor_type == "person"}
    for org in (m for m in mentions if m.end <= before and m.actor_type == "organisation"):
        lead = next((m for m in reversed(mentions) if m.actor in owner and m.end <= org.start), None)
        if lead is not None and org.start - lead.end <= 40 and _LEADER_OF.fullmatch(text, lead.end, org.start):
            return org
    return None


# Head nouns of a document or a channel, never a speaker as written ("their report", "official website").
_NO_SPEAKER_HEADS = frozenset("report website site order communiqué communique quotes page account handle".split())


# What may join the people of one subject: "X and Y", "X, Y and Z", "X, Y, and Z".
_CONJOINED = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _people(mentions: Sequence[Mention]) -> list[Mention]:
    """The names of people (or bodies) among ``mentions``, in text order: who may be named together."""
    return [m for m in mentions if m.kind in ("name", "pattern", "alias") and m.actor_type in ("person", "organisation", None)
            and not is_demonym(m.text) and not names_a_platform(m.text)]


def _coordinated_subject(doc: Doc, index: int | None, attribution: Attribution,
                         people: Sequence[Mention]) -> list[Mention] | None:
    """The people (or bodies) named together as one subject with ``people[index]`` ("Leung and Yau
    said", "“…,” said X and Y"), in text order, or None when it stands alone (or ``index`` is None: the
    mention is no one's name). Only names, joined by commas and one "and"; the list opens its sentence
    (after any title) or follows the cue."""
    if index is None:
        return None
    first = last = index
    while first > 0 and _CONJOINED.fullmatch(doc.text, people[first - 1].end, people[first].start):
        first -= 1
    while last + 1 < len(people) and _CONJOINED.fullmatch(doc.text, people[last].end, people[last + 1].start):
        last += 1
    group = list(people[first : last + 1])
    if len(group) < 2 or not re.search(r"\band\s+\Z", doc.text[group[-2].end : group[-1].start]) or (
            re.match(r"[’']s\b", doc.text[group[-1].end : group[-1].end + 2])):
        return None  # (not "X and Y's lawyers")
    if attribution.cue.end <= group[0].start:  # "“…,” said X and Y"
        return group if not doc.text[attribution.cue.end : group[0].start].strip() else None
    sentence = sentence_at(doc.sentences, group[0].start)
    opening = doc.text[sentence.start if sentence is not None else 0 : group[0].start]
    opening = opening.split("”")[-1].split('"')[-1]  # ("“…,” X and Y said")
    if not _titles_only(opening):
        return None  # ("A meeting between X and Y …": not the subject)
    return group


def _joined(text: str, group: Sequence[Mention], mentions: Sequence[Mention], known: KnownActors | None) -> str:
    """The people of one subject, each named in full, joined as the story joins them ("X, Y and Z")."""
    joined = _display(group[0].actor, group[0], mentions, known)
    for before, after in zip(group, group[1:]):
        between = text[before.end : after.start].strip()
        joined += (", and " if between.endswith("and") else ", ") if between.startswith(",") else " and "
        joined += _display(after.actor, after, mentions, known)
    return joined


def _quote(text: str, a: Attribution, speaker: str | None, actor: str | None) -> Quote:
    if speaker and actor is None and speaker.split()[-1].lower() in _NO_SPEAKER_HEADS:
        speaker = UNKNOWN_SPEAKER  # "“…,” their report said": the words stay at speaker_start:speaker_end
    return Quote(
        start=a.start, end=a.end, text=text[a.start : a.end], speaker=speaker, speaker_actor=actor,
        speaker_start=a.speaker.start, speaker_end=a.speaker.end, cue=a.cue.text,
        cue_start=a.cue.start, cue_end=a.cue.end, kind=a.kind,  # type: ignore[arg-type]
        structure=a.structure, paragraph=a.paragraph,
    )


def _display(actor: str | None, mention: Mention | None, mentions: Sequence[Mention],
             known: KnownActors | None) -> str:
    """A name for ``actor``: a full name as written when the speaker is one, else the
    annotations' label, else the longest name the story uses for it (so that a
    surname alone and "he" both give the full name)."""
    if mention is not None and mention.kind == "name":
        return plain_name(mention.text)
    found = known.actor(actor) if known else None
    if found is not None:
        return found.label
    names = [m.text for m in mentions if m.actor == actor and m.kind in ("name", "pattern")]
    names = names or [m.text for m in mentions if m.actor == actor and m.kind == "alias"]
    if names:
        return plain_name(max(names, key=len))
    return plain_name(mention.text) if mention is not None else UNKNOWN_SPEAKER
