"""Who a speaker given by a noun phrase is: a title, a document, an organisation described.

A wrong speaker is worse than an unknown one, so each rule either finds the
actor the story names for the phrase or says it does not know (``None``):

- ``title-holder``: a title alone ("the INEC boss", "the Cambodian premier",
  "the judge", "an election commission spokesperson") is the person the story
  last named with that title (or a title of the same office: premier ~ prime
  minister, boss ~ chairman); with no such person, unknown.
- ``statement-issuer``: a document ("the statement", "the letter") is the
  speaker of the last attribution made "in a statement", else the last
  organisation that issued one; with none, unknown.
- ``organisation-description``: "the ministry" is the last organisation named
  with that head word ("Kenya’s Ministry of Foreign Affairs"); "the party" the
  one organisation named; with none, the phrase as the story last gave it in
  full (``named_in_full``: "the press service of the Armenian Foreign Ministry",
  "the Lebanese army"), else as written ("the military junta").
- ``document-owner``: "the Kremlin’s statement" is the Kremlin.
- ``acronym-title``: "the CJI" is the person last named right after "CJI".
"""
from __future__ import annotations

import re
from typing import Sequence

from casebook.model import Mention
from casebook.parse.lexicon import (
    ACRONYM_TITLES, COUNTRIES, CUE_LEMMA, MONTHS, ORG_WORDS, ROLE_NOUNS, STOP_CAPITALISED, TITLE_MODIFIERS, TITLE_WORDS, WEEKDAYS, is_demonym, names_a_platform,
    top_office_pattern,
    may_spell, spelt_acronym, ISSUED_DOCUMENT, ISSUING_VERB,
)
from casebook.parse.quotemarks import QuoteSpan
from casebook.parse.segment import PARAGRAPH_BREAK
from casebook.parse.subjects import Attribution, inside

# Speaker nouns that stand for a person, beyond the title words of the lexicon.
PERSON_NOUNS = TITLE_WORDS | frozenset({"boss", "magistrate", "prosecutor", "premier", "spokesperson"}) | ROLE_NOUNS
# Titles that name the same office in news English.
_SAME_OFFICE = (
    frozenset({"premier", "prime"}),
    frozenset({"boss", "chairman", "chairwoman", "chair", "chief", "head", "director", "leader"}),
    frozenset({"spokesperson", "spokesman", "spokeswoman", "relations", "pro"}),  # a public relations officer
    frozenset({"judge", "justice", "magistrate"}),
    frozenset({"mp", "legislator", "lawmaker", "parliamentarian"}),  # "MP Ahmed Reda Chami …. the legislator said"
    frozenset({"journalist", "correspondent", "reporter"}),  # "correspondent X …. The journalist noted"
)
DOCUMENT_NOUNS = frozenset("""statement letter communique communiqué release declaration post tweet ruling
    judgment judgement verdict excerpt editorial""".split())
# Recordings and messages that go up somewhere ("a video posted on Facebook", "the President’s post on
# Instagram"), and the phrase that names where: shared by the attribution and quotation rules.
POSTED_NOUNS = DOCUMENT_NOUNS | frozenset("video message clip recording speech address interview broadcast page account".split())
_POSTED_ON = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:on|via)\s+(?P<platform>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s*\Z")


def posted_on(phrase: str) -> int | None:
    """Where the platform part starts in a phrase that ends with a document and the platform it went
    up on ("the Kazakh President’s post on Instagram" → the offset of " on Instagram"), else None."""
    found = _POSTED_ON.search(phrase)
    if found is None or not names_a_platform(found.group("platform")):
        return None
    noun = found.group("noun")
    return found.end("noun") if noun in POSTED_NOUNS or noun.endswith("s") and noun[:-1] in POSTED_NOUNS else None


_ORG_HEADS = frozenset(w.lower() for w in ORG_WORDS)
_WORD = re.compile(r"[\w’'-]+")
_APPOSITIVE = re.compile(r",\s+([^,.;:“”\"]{1,80}?)[,.;]")
# "Ambassador Dina Mufti, the spokesperson of the ministry discussed …": no comma closes it
# One or two capitalised words before "’s": a country ("Sri Lanka's") or a person ("Ruiz's")
_NAME_OWNER = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)[’']s\s+")
_TITLE_AFTER = re.compile(r",\s+((?:the\s+)?[A-Z][^,.;:“”\"]{1,60})")  # a capitalised appositive, however long
_OPEN_APPOSITIVE = re.compile(r",\s+((?:the|a|an)\s+[^,.;:“”\"]{1,60})")
_POSSESSIVE_OWNER = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)[’']s \Z")


def head_word(phrase: str) -> str:
    """The last word of a noun phrase, lower case ("the INEC boss" → "boss")."""
    words = _WORD.findall(phrase)
    head = words[-1].lower() if words else ""
    if head in ("state", "government") and len(words) >= 3 and [w.lower() for w in words[-3:-1]] == ["head", "of"]:
        return "president" if head == "state" else "premier"  # "the Bolivian head of state": the president
    cut = next((i for i, w in enumerate(words) if w in ("for", "to", "of") and i > 0), None)
    if cut is not None and words[cut - 1].lower() in PERSON_NOUNS:
        # "a spokesperson for Tusk", "an adviser to the minister", "the leader of the Socialist Party"
        words = words[:cut]
    head = words[-1].lower() if words else ""
    return head[3:] if head.startswith("ex-") else head  # "the ex-president": a president (former)


def is_person_title(phrase: str) -> bool:
    """True for a noun phrase headed by a title ("the president", "the INEC boss") or an
    age ("the 76-year-old")."""
    words = _WORD.findall(phrase)
    return (head_word(phrase) in PERSON_NOUNS or _AGE_EPITHET.search(phrase) is not None
            or (bool(words) and words[-1] in ACRONYM_TITLES))  # "the CJI"


# A general word for a member of a legislature also names the particular seats ("Senator Iván
# Cepeda …, asserted the legislator"), but not the other way round ("the senator" is no MP).
_LEGISLATOR_SEATS = frozenset({"senator", "congressman", "congresswoman", "assemblyman", "assemblywoman"})


def _offices(word: str) -> frozenset[str]:
    if word == "diplomat":  # "Ambassador to Russia X …. “…,” the diplomat said" (not the other way round)
        return frozenset({"diplomat", "ambassador", "envoy"})
    if word == "representative":  # "Deputy spokesperson for the Ministry X …. “…,” the ministry's representative stressed"
        return frozenset({"representative", "spokesperson", "spokesman", "spokeswoman"})
    for group in _SAME_OFFICE:
        if word in group:
            return group | _LEGISLATOR_SEATS if word in ("legislator", "lawmaker", "parliamentarian") else group
    return frozenset({word})


# "the leader of Kazakhstan", "the president of the Philippines": an office and the country it serves.
_OFFICE_OF_COUNTRY = re.compile(r"[Tt]he\s+(?P<office>[a-z]+(?:\s+[a-z]+)?)\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _nations_named(phrase: str) -> list[str]:
    """The nations a title names: its demonyms ("the Russian president") and the country of "the
    leader of Chile" (which is not "Prime Minister X of New Zealand")."""
    nations = [w for w in _WORD.findall(phrase)[1:-1] if is_demonym(w)]
    of_country = _OFFICE_OF_COUNTRY.fullmatch(phrase.strip())
    if of_country is not None and of_country.group("country") in COUNTRIES:
        nations.append(of_country.group("country"))
    return nations


def title_holder(text: str, phrase: str, before: int, mentions: Sequence[Mention],
                 quotes: Sequence[QuoteSpan] = (), attributions: Sequence[Attribution] = (),
                 epithets: bool = True) -> Mention | None:
    """The person last named, before ``before``, with the title that heads ``phrase``: the
    title before the name ("Prime Minister Jane Doe") or in an appositive after it ("Ana
    Ruiz, the country's president,"; the appositive also makes an untyped name a person).
    With ``epithets``, a title no one holds by name may stand for the one speaking (see
    :func:`_epithet_candidate`) or for the one named with it next."""
    if re.search(r"\b(?:for|to)\s+(?:the\s+)?[A-Z]", phrase):
        return None  # "a spokesperson for Novak": someone else's spokesperson, not named here
    offices = _offices(head_word(phrase))
    # "the prime minister" is not the home minister: the title's own modifiers must match too.
    required = {w.lower() for w in _WORD.findall(phrase)[:-1]} & _RANK_MODIFIERS
    # "the Congress leader" is not "BJP leader X": a proper noun in the title must match
    # (a nationality need not: "the Cambodian premier" is "Prime Minister X").
    office = re.sub(r"\b[Hh]ead\s+of\s+(?:[Ss]tate|[Gg]overnment)\b", "president", phrase)  # "the Head of State"
    country = _NAME_OWNER.match(office)
    if country and country.group(1) in COUNTRIES:  # "Sri Lanka's former chief justice": as "the former chief justice"
        office = "the " + office[country.end():]
    named_by = {re.sub(r"[’']s?\Z", "", w.lower()) for w in _WORD.findall(office)[1:-1] if w[:1].isupper() and not is_demonym(w)}
    body = re.search(r"\bof\s+(?:the\s+)?((?:[A-Z][\w-]*\s*){1,3})\Z", office)
    if body is not None and not body.group(1).strip() in COUNTRIES:
        # "the president of the Senate": only a president the story ties to the Senate
        named_by |= {w.lower() for w in body.group(1).split() if not is_demonym(w)}
    nations = _nations_named(phrase)
    if "former" in phrase.lower().split():
        # "Former president of Kyrgyzstan X …. the President of Russia Y …. the former president
        # assured": a holder called former first, else any holder
        former = next((m for m in reversed([m for m in mentions if m.end <= before])
                       if _holds(text, m, offices, required | {"former"}, named_by, quotes)), None)
        if former is not None:
            return former
    for mention in reversed([m for m in mentions if m.end <= before]):
        if nations and _of_another_nation(text, mention, nations[0]):
            continue  # "Kenya and its President X …. the Tanzanian president said": another country's president
        if _holds(text, mention, offices, required, named_by, quotes):
            return _the_one_who_spoke(mention, text, offices, before, mentions, attributions, required, named_by, quotes)
    if not epithets:
        return None
    held = _epithet_holder(text, phrase, before, mentions, quotes)
    if held is None:
        held = _lede_holder(text, offices, required, before, mentions, quotes)
    if held is None and re.match(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s", office):
        # "its spokesman said …. In an interview, its spokesman, Colonel Major Ismaël Waguë, said":
        # a definite title no one held before is the one the next paragraphs name with it
        ahead = [m for m in mentions if m.start >= before and len(PARAGRAPH_BREAK.findall(text, before, m.start)) <= 1]
        held = next((m for m in ahead if _holds(text, m, offices, required, named_by, quotes)), None)
    return held


# ", a peasant,", ", an opposition lawmaker from Kaunas,": an indefinite appositive's head noun
_INDEFINITE_APPOSITIVE = re.compile(
    r",\s+(?:a|an)\s+((?:[\w’'-]+\s+){0,3}?[a-z][\w-]*)(?=\s*[,.;]|\s+(?:of|from|in|at|for|with|who|whose|and)\b)")


def described_person(text: str, phrase: str, before: int, mentions: Sequence[Mention],
                     quotes: Sequence[QuoteSpan]) -> Mention | None:
    """"Dainius Gaižauskas, a peasant, …. “…,” the peasant claimed": a definite noun phrase
    whose head noun heads the indefinite appositive the story gave one named person, and
    only one, before ``before``; else None."""
    words = _WORD.findall(phrase)
    if len(words) < 2 or words[0].lower() != "the" or not words[-1].islower():
        return None
    head = words[-1]
    found = [m for m in mentions if m.end <= before and m.kind != "pronoun" and not inside(m.start, quotes)
             and m.actor_type in ("person", None) and (app := _INDEFINITE_APPOSITIVE.match(text, m.end))
             and app.group(1).rsplit(None, 1)[-1] == head]
    return found[-1] if len({m.actor for m in found}) == 1 else None


def _lede_holder(text: str, offices: frozenset[str], required: set[str], before: int,
                 mentions: Sequence[Mention], quotes: Sequence[QuoteSpan]) -> Mention | None:
    """"Europe needs new leaders, the Hungarian foreign minister said on Monday. / Peter
    Szijjarto reacted to …. / “…,” the minister added": a lede that gives an office and names
    no one, and a person's name that opens the next paragraph, are the same person."""
    if any(m.paragraph == 1 and m.actor_type == "person" for m in mentions):
        return None
    opener = next((m for m in mentions if m.paragraph == 2 and not inside(m.start, quotes)), None)
    if opener is None:
        return None
    breaks = list(PARAGRAPH_BREAK.finditer(text, 0, opener.start))
    lede = text[breaks[-2].end() if len(breaks) >= 2 else 0 : breaks[-1].start()] if breaks else ""
    role = re.search(r"\b[Tt]he\s+((?:[\w-]+\s+){0,3}?)(\w+)\s+(?:said|told|says|added|warned|stated)\b", lede)
    if role is None or role.group(2).lower() not in offices or not required <= {w.lower() for w in role.group(1).split()}:
        return None
    if opener.end > before or opener.actor_type not in ("person", None) or " " not in opener.text or (
            not _opens_paragraph(text, opener)) or set(opener.text.split()) & ORG_WORDS or opener.text.isupper():
        return None
    return opener


_PLURAL_TITLE = re.compile(r"\b(?:President|Minister|Prime\s+Minister|Senator|Governor|Ambassador)s\s+[A-Z]")
_OF_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\b")


def _of_another_nation(text: str, mention: Mention, demonym: str) -> bool:
    """True when the words before a name tie its title to a country or nationality other than
    ``demonym`` ("Kenya and its President X", "Kenyan Foreign Minister X" for "the Tanzanian
    president"); a lead with no country ties it to none. Two letters in common count as the
    same country ("Kenya", "Kenyan"; for example a country and its adjective)."""
    start = mention.start - len(_title_lead(text, mention))
    words = [re.sub(r"[’']s?\Z", "", w) for w in _WORD.findall(text, start, mention.start)]  # "Kenya's"
    tied = [w for w in words if w in COUNTRIES or is_demonym(w)]
    of_country = _OF_COUNTRY_AFTER.match(text, mention.end)
    if of_country is not None and of_country.group(1) in COUNTRIES:
        tied = [of_country.group(1)]  # "Presidents X of Russia and Y of Kazakhstan": X is Russia's, Y Kazakhstan's
    return bool(tied) and all(w[:2].lower() != demonym[:2].lower() for w in tied)


def _holds(text: str, mention: Mention, offices: frozenset[str], required: set[str], named_by: set[str],
           quotes: Sequence[QuoteSpan]) -> bool:
    """True when ``mention`` names a person given the office: a title before the name or in
    an appositive after it, with the title's own modifiers and proper nouns."""
    if mention.actor_type not in ("person", None) or mention.kind == "pronoun" or inside(mention.start, quotes):
        return False  # a name inside someone's quotation is not the one a title in the narration means
    if names_a_platform(mention.text):
        return False  # "Writing on his Facebook Page, the Zambian leader said": a page, not the leader
    lead = _title_lead(text, mention)
    if re.search(r"\bof(?:\s+the)?\s*\Z", lead) or re.search(r"\b(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*,?\s+)+(?:and|&)\s*\Z", lead) and not (
            _PLURAL_TITLE.search(lead)):  # (but "Presidents X of Russia and Y": Y is a president too)
        return False  # "Prime Minister of the Kingdom", "Minister of Information and National Orientation": the title's
    maybe_person = mention.actor_type == "person" or (" " in mention.text and not mention.text.isupper()
                                                      and not set(mention.text.split()) & ORG_WORDS) or (
        re.fullmatch(r"[A-Z]\.\s?[A-Z][a-z]+", mention.text) is not None)  # "S.Batbold": an initial and a name
    words = _title_words(_WORD.findall(lead)) if maybe_person else set()
    appositive = _APPOSITIVE.match(text, mention.end) or _OPEN_APPOSITIVE.match(text, mention.end)
    if appositive and (any(w in CUE_LEMMA for w in _WORD.findall(appositive.group(1))[:8]) if appositive.re is _OPEN_APPOSITIVE
                       else _ends_with_cue(appositive.group(1)) or _cue_inside(appositive.group(1))):
        appositive = None  # "Stopping Dr de Marco, the magistrate said" / "In a post on X, the Indian minister said,": a clause
    if appositive and re.match(r"(?:who|whom)\s+(?:he|she|they|we|I)\b", appositive.group(1)):
        appositive = None  # "Charlotte Osei, who he appointed as President by then,": the title is the appointer's
    owner = _NAME_OWNER.match(appositive.group(1)) if appositive else None
    if owner and owner.group(1) not in COUNTRIES and not is_demonym(owner.group(1).split()[0]) and not (
            owner.group(1).isupper() or set(owner.group(1).split()) & ORG_WORDS) and owner.group(1) not in mention.text:
        appositive = None  # "President X, Nazarbayev's spokesman said": another person's office, not X's
    if appositive:
        words |= {w.lower() for w in _WORD.findall(appositive.group(1))[:6]}
        # "Jega, chairman of the Independent National Electoral Commission (INEC)": "the INEC chairman"
        words |= {w.lower() for w in re.findall(r"\(([A-Z]{2,8})\)", appositive.group(1))}
    if "prime" in words and "prime" not in required and "minister" in offices:
        return False  # "the Indian minister" is not "Prime Minister Narendra Modi"
    spelt = {a for a in named_by - words if a.isalpha() and 2 <= len(a) <= 6 and re.search(
        r"\b" + r"[\w’'-]*\s+".join(a.upper()) + r"[\w’'-]*", lead)}
    # ("the IHC chief justice" is "Chief Justice Islamabad High Court Justice Aamir Farooq": the initials)
    return bool(words & offices) and required <= words and named_by <= words | spelt


def _cue_inside(phrase: str) -> bool:
    """True when a comma-closed phrase that opens with an article has a cue verb after a noun
    ("the Spanish president noted the importance of the visit"): a clause, not an appositive
    (but "a lawyer of one of accused": after "of" the word is no verb)."""
    words = _WORD.findall(phrase)[:8]
    return words[:1] in (["the"], ["a"], ["an"]) and any(
        w in CUE_LEMMA and words[n - 1].lower() not in ("of", "the", "a", "an", "for") for n, w in enumerate(words[2:], start=2))


def _ends_with_cue(phrase: str) -> bool:
    """True when a comma-closed phrase ends with a cue verb ("the Indian minister said"), not with
    a noun after "of" or an article ("a lawyer of one of accused")."""
    words = _WORD.findall(phrase)
    return len(words) >= 2 and words[-1] in CUE_LEMMA and words[-2].lower() not in ("of", "the", "a", "an", "for")


def _the_one_who_spoke(last: Mention, text: str, offices: set[str], before: int, mentions: Sequence[Mention],
                       attributions: Sequence[Attribution], required: set[str] = frozenset(),
                       named_by: set[str] = frozenset(), quotes: Sequence[QuoteSpan] = ()) -> Mention:
    """"President Lula …, alongside Uruguayan President Lacalle Pou …. Mr. Lula said …. The
    president argued": of two holders of the title, the one who has spoken; else the last named.
    The one who has spoken must hold the whole title, its modifiers and proper nouns too ("the
    Leader of the Opposition" is not "Chairman X", who spoke, though a chairman leads)."""
    spoke = {m.actor for m in mentions if m.end <= before and any(
        a.speaker.start <= m.start < a.speaker.end and a.cue.end <= before for a in attributions)}
    if last.actor in spoke or not spoke:
        return last
    for mention in reversed([m for m in mentions if m.end <= last.start and m.actor in spoke]):
        after = _TITLE_AFTER.match(text, mention.end)  # or "X, Minister of State for … Affairs, and Y"
        if (_title_words(_WORD.findall(_title_lead(text, mention))) & offices or (
                after and {w.lower() for w in _WORD.findall(after.group(1))[:4]} & offices)) and (
                not (required or named_by) or _holds(text, mention, frozenset(offices), required, named_by, quotes)):
            return mention
    return last


def title_lead_words(text: str, mention: Mention) -> set[str]:
    """The lower-cased words of the title written before ``mention`` (see :func:`_title_lead`):
    "Detective Branch Police Joint Commissioner X" gives {"detective", …, "commissioner"}."""
    return {w.lower() for w in _WORD.findall(_title_lead(text, mention))}


def _title_lead(text: str, mention: Mention) -> str:
    """The text where a title before ``mention`` may stand: the words right before the name,
    or before the comma that sets the name off ("Nigeria's president, Muhammadu Buhari,"),
    in the same sentence and outside quotes; never a title from an earlier phrase."""
    window = text[max(0, mention.start - 90) : mention.start]
    if "." in window:
        window = _ABBREVIATION_STOP.sub(r"\1 ", window)
    lead = re.split(r"[.;:“”\"]", window)[-1]
    segments = lead.split(",")
    lead = segments[-1]
    words = _WORD.findall(lead)
    if len(segments) > 1 and len(words) <= 2 and (lead == lead.upper() or all(
            w.lower().rstrip(".") in TITLE_WORDS for w in words)):
        # "The Force Public Relations Officer, CSP Benjamin Hundeyin"; "its spokesman, Colonel Major Ismaël Waguë"
        lead = segments[-2] + " " + lead
    elif len(segments) > 1 and re.search(r"\s+and\s+", lead) and _OFFICE_OF.search(segments[-2]):
        # "Minister of Justice, Prisons Affairs and Constitutional Reforms Dr X": a list of portfolios
        lead = segments[-2] + "," + lead
    return lead


_OFFICE_OF = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*\Z")


# The stop of an honorific is no sentence end: "The General Secretary of the NDC Mr. Johnson Asiedu Nketiah".
_ABBREVIATION_STOP = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sen|Rep|Gov|Hon|Rev|Capt|Maj|Sgt|Amb|Engr)\.")


def _title_words(lead: list[str]) -> set[str]:
    """The words of the title right before a name, lower case: read back from the name
    over titles, their modifiers and capitalised words ("veteran BJP leader" gives
    {"bjp", "leader"}; "remarks in the" gives nothing)."""
    out: set[str] = set()
    for word in reversed(lead[-10:]):
        low = word.lower()
        out |= _ACRONYM_OFFICES.get(word, set())  # "FM Vartan Oskanian": the foreign minister
        if low in TITLE_WORDS or low in TITLE_MODIFIERS or low in PERSON_NOUNS or word[:1].isupper() or low in (
                "of", "for", "and", "the"):  # "Chairman of the Commission, Mahinda Deshapriya"
            out.add(low)
            if word[:1].isupper() and low.endswith("s") and low[:-1] in TITLE_WORDS:
                out.add(low[:-1])  # "Presidents X of Russia and Y of Kazakhstan": each a president
            continue
        break
    return out


_ACRONYM_OFFICES = {"PM": {"prime", "minister"}, "FM": {"foreign", "minister"}, "DPM": {"deputy", "prime", "minister"},
                    "VP": {"vice", "president"}, "AG": {"attorney", "general"}, "CJI": {"chief", "justice"}}


# Modifiers that make a different office of the same head word ("prime" / "home" minister).
_RANK_MODIFIERS = frozenset("""prime first foreign home interior defence defense finance justice deputy vice chief
    attorney information health education trade labour labor""".split())


# "said in a statement", "in its written ruling", "wrote, along with a statement": the attribution was made in a
# document. A document noun alone is not enough ("if the false statements did not stop").
_IN_DOCUMENT = re.compile(r"\b(?:in|via|through|with)\s+(?:a|an|its|the|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:"
                          + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b")
_DESCRIBED_ISSUER = re.compile(
    r"(?P<org>(?:\b[A-Z][\w.-]*[’']s\s+)?(?:[a-z-]+\s+){0,2}(?P<head>[a-z]+))\s+(?:has\s+|had\s+)?"
    r"(?:issued|released|published|put\s+out)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|release)\b")
_ACCORDING_TO_DOCUMENT = re.compile(r"\A\s*[Aa]ccording\s+to\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:"
                                   + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b[^,]{0,80},\s*\Z")
_AGE_EPITHET = re.compile(r"\b\d{1,3}-year-old(?:\s+[a-z][a-z-]*)?\Z")  # (also "the 52-year-old businessman")
_IN_A_STATEMENT = re.compile(r"(?:^|(?<=\n))In\s+an?\s+(?:\w+\s+)?(?:statement|communiqu[eé]|letter)\b[^,]{0,40},")


# The head of a government in lower case ("the prime minister told supporters") stands for the
# one person speaking as the capitalised bare title does (one holder per country; "the president"
# in lower case is left alone: too often someone else's).
_TOP_OFFICE = re.compile(r"[Tt]he\s+" + top_office_pattern(capitals=False))
_HEAD_OF = re.compile(r"[Tt]he\s+[Hh]ead\s+of\s+(?:[Ss]tate|[Gg]overnment)")


def _epithet_holder(text: str, phrase: str, before: int, mentions: Sequence[Mention],
                    quotes: Sequence[QuoteSpan]) -> Mention | None:
    """See :func:`_epithet_candidate`; a bare capitalised title ("said the President.") never goes to
    someone the story gives another office ("Foreign Minister Ana Ruiz" is no President), and a
    title with a rank ("the foreign minister") never to someone given another rank of it
    ("Former Education Minister X")."""
    held = _epithet_candidate(text, phrase, before, mentions, quotes)
    if held is None:
        return held
    nations = _nations_named(phrase)
    if nations and any(m.actor == held.actor and m.kind != "pronoun" and m.end <= before
                       and all(_of_another_nation(text, m, n) for n in nations) for m in mentions):
        # "the Russian president" is not "Uzbek President X", the one who spoke last (but "the
        # Turkish Cypriot politician" may be "New Cyprus party leader X": one nation word in common)
        return None
    offices = _offices(head_word(phrase))
    rank = {w.lower() for w in _WORD.findall(phrase)[:-1]} & _RANK_MODIFIERS
    bare = _bare_office(phrase)
    if not rank and not bare:
        return held
    for mention in mentions:
        if mention.actor == held.actor and mention.kind != "pronoun":
            own = _title_words(_WORD.findall(_title_lead(text, mention)))
            if rank and own & offices and (own - offices) & _RANK_MODIFIERS and not rank <= own:
                return None  # "Zambia's foreign minister" is not "Former Education Minister X": another rank
            titles = own & _OWN_TITLES
            if bare and titles and not titles & offices:
                return None
    return held


_OWN_TITLES = TITLE_WORDS - {"mr", "mrs", "ms", "dr", "dr.", "mr.", "mrs.", "ms."}  # honorifics are no office


def _bare_office(phrase: str) -> bool:
    """"the President", "the head of state", "the prime minister": an office with no modifier
    that, with no holder named, stands for the one person speaking."""
    words = _WORD.findall(phrase)
    if len(words) == 3 and words[1].lower() == "former":
        words = [words[0], words[2]]  # "the former President", with no holder named: the one speaking
        phrase = " ".join(words)
    return (len(words) == 2 and words[0].lower() == "the" and words[1][:1].isupper() and words[1].lower() in TITLE_WORDS
            ) or _HEAD_OF.fullmatch(phrase) is not None or _TOP_OFFICE.fullmatch(phrase) is not None




def _epithet_candidate(text: str, phrase: str, before: int, mentions: Sequence[Mention],
                       quotes: Sequence[QuoteSpan]) -> Mention | None:
    """"The Selangor Mentri Besar said", "the BNP leader added": a title with a proper-noun
    modifier that no one in the story holds by name is an epithet for the person the story
    is about: the one person named (outside quotations) in the last paragraph that names
    anyone before it. A bare title ("the judge said") stays unknown."""
    words = _WORD.findall(phrase)
    if _AGE_EPITHET.search(phrase):  # "the 76-year-old said"
        words = ["the", "Age", "epithet"] if phrase.lower().startswith("the ") else []
    if re.match(r"[A-Z][\w-]*[’']s\s", phrase) and len(words) >= 3:
        words = ["the", "Owner", *words[1:]]  # "Jordan's top diplomat": as "the Jordanian top diplomat"
    elif re.match(r"[Tt]he\s+(?:country|nation)[’']s\s", phrase) and len(words) >= 4:
        words = ["the", "Owner", *words[2:]]  # "The country's top diplomat": the story's country, as above
    elif (of_country := _OFFICE_OF_COUNTRY.fullmatch(phrase.strip())) is not None and of_country.group("country") in COUNTRIES:
        words = ["the", "Owner", *of_country.group("office").split()]  # "the leader of Kazakhstan": as "the Kazakh leader"
    lone = len(words) == 2 and words[0].lower() == "the" and words[1] in _LONE_OFFICES
    party = re.search(r"\sof\s+the\s+[A-Z]{2,6}\Z", phrase)  # "The 2020 presidential candidate of the NDC"
    if not words or words[0].lower() != "the" or not (
            any(w[:1].isupper() for w in words[1:-1]) or party or _bare_office(phrase) or lone):
        return None  # only a definite title with a proper-noun modifier, or a bare office: not "One protester"
    people = [m for m in mentions if m.end <= before and m.kind != "pronoun" and not inside(m.start, quotes)
              and len(m.text) > 1  # ("In a post on X, the Indian minister said": X is no one)
              and not names_a_platform(m.text)  # ("Writing on his Facebook Page, the Zambian leader said")
              and (m.actor_type == "person" or (m.actor_type is None and " " in m.text
                                                  and not set(m.text.split()) & ORG_WORDS and not m.text.isupper()
                                                  and not is_demonym(m.text.split()[0]))  # (nor "Russian State Duma")
                   or (m.actor_type is None and (_any_cue_after(text, m)  # "Safadi said", "Tokayev proposed"
                                                 or _CUE_BEFORE.search(text, max(0, m.start - 20), m.start) is not None)
                       and not m.text.isupper() and m.text not in ORG_WORDS and m.text not in COUNTRIES))]
    # The epithet stands for someone who has spoken, not for a person only spoken of.
    here = [m for m in people if not PARAGRAPH_BREAK.search(text, m.end, before) and (
        m.actor_type == "person" or _titled_after(text, m))]
    if here and len({m.actor for m in here}) == 1 and _opens_paragraph(text, here[0]):
        # "Gitta Connemann, Chairwoman of the MIT, believes …. “…,” the CDU politician told": the
        # one person who opens the epithet's own paragraph
        return here[-1]
    speaking = [m for m in people if _speaks(text, m)]
    if not speaking:
        # "Resources Minister Shane Jones railed against …. The New Zealand First deputy leader
        # accused …": no one has spoken yet; the one person the paragraph before names, opening it
        people = [m for m in people if m.actor_type == "person"]
        if not people or len(PARAGRAPH_BREAK.findall(text, people[-1].end, before)) != 1:
            return None
        last = [m for m in mentions if m.paragraph == people[-1].paragraph and m.kind != "pronoun"
                and m.actor_type == "person" and not inside(m.start, quotes)]
        if len({m.actor for m in last}) == 1 and _opens_paragraph(text, last[0]):
            return last[0]
        return None
    if lone:
        # "Gerald Darmanin told RTL …. “…,” the minister said": a lower-case office no one holds by
        # name is the one person who has spoken so far, when only one has
        return speaking[-1] if len({m.actor for m in speaking}) == 1 else None
    people = speaking
    paragraph = people[-1].paragraph
    actors = {m.actor for m in people if m.paragraph == paragraph}
    return people[-1] if len(actors) == 1 else None


_PARAGRAPH_LEAD = re.compile(r"(?:\A|\n)(?:[A-Z][\w’'.-]*\s+){0,4}\Z")


def _titled_after(text: str, mention: Mention) -> bool:
    """True when a title opens the appositive after the name ("Gitta Connemann, Chairwoman of …")."""
    appositive = _APPOSITIVE.match(text, mention.end) or _OPEN_APPOSITIVE.match(text, mention.end)
    return appositive is not None and any(w.lower() in TITLE_WORDS for w in _WORD.findall(appositive.group(1))[:3])


def _opens_paragraph(text: str, mention: Mention) -> bool:
    """True for a person named first in a paragraph, after capitalised title words at most
    ("Resources Minister Shane Jones railed against …"): the one the paragraph is about."""
    return _PARAGRAPH_LEAD.search(text, max(0, mention.start - 80), mention.start) is not None


def _speaks(text: str, mention: Mention) -> bool:
    """True when a cue follows the name in its sentence, or a cue or "according to" comes right before it."""
    stop = text.find(".", mention.end)
    after = text[mention.end : stop if stop > 0 else len(text)]
    after = _OTHER_CLAUSE.split(after, 1)[0]  # "President X – the same accusations the party made when Y was declared"
    before = text[max(0, mention.start - 40) : mention.start].lower()
    if re.search(r"\b(?:to|told)\s+(?:\S+[’']s\s+)?\Z", before):
        return False  # "Speaking to CNN's Becky Anderson, Safadi said": the one spoken to
    inverted = _INVERTED_CUE.search(text, max(0, mention.start - 80), mention.start)  # "…,” said (Mr) Andrian Candu"
    return (any(w in CUE_LEMMA for w in _WORD.findall(after)) or bool(inverted and inverted.group(1).lower() in CUE_LEMMA)
            or bool(re.search(r"according to\s+(?:\S+\s+){0,3}\Z", before)))


def _any_cue_after(text: str, mention: Mention) -> bool:
    """True when a cue verb comes right after the name ("Tokayev proposed to hold elections")."""
    after = _NEXT_WORD.match(text, mention.end)
    return after is not None and after.group(1) in CUE_LEMMA


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_CUE_BEFORE = re.compile(r"[,”\"’']\s*(?:said|says|added|stressed|noted)\s+\Z")  # "…,” said Zarif"
_LONE_OFFICES = frozenset({"minister", "governor", "mayor", "ambassador", "senator"})
_OTHER_CLAUSE = re.compile(r"\s[–—]\s|\swhen\s")
_INVERTED_CUE = re.compile(r"[,”\"’']\s*((?i:[a-z]+))\s+(?:(?:[\w.’'-]+\s+){0,3}|(?:[A-Z][\w.’'-]*\s+){4,6})\Z")
# ("“…,” said BNP Senior Joint Secretary General X": a long capitalised title between)


def statement_issuer(text: str, before: int, attributions: Sequence[Attribution],
                     mentions: Sequence[Mention], quotes: Sequence[QuoteSpan] = ()) -> Mention | Attribution | str | None:
    """The attribution made "in a statement" (or the organisation that issued one, or its
    description as written) last before ``before``."""
    for attribution in reversed([a for a in attributions if a.cue.end <= before]):
        sentence_end = text.find(".", attribution.cue.end)
        window = text[attribution.cue.end : sentence_end if sentence_end > 0 else len(text)][:60]
        if attribution.speaker.end <= attribution.cue.start:  # "X in a statement in Abuja said"
            window += " " + text[attribution.speaker.end : attribution.cue.start][:60]
        elif attribution.speaker.start >= attribution.cue.end:  # "“…,” said the party's long-titled X in a statement"
            window += " " + text[attribution.speaker.end : sentence_end if sentence_end > attribution.speaker.end else len(text)][:60]
        if _IN_DOCUMENT.search(window) and attribution.speaker.text.lower() not in (
                "the statement", "statement"):
            return attribution
        if _ISSUED_BY.search(attribution.speaker.text):  # "“…,” a statement released by the Army said"
            return attribution
        if _NAMED_DOCUMENT.fullmatch(attribution.speaker.text):
            return attribution  # "…, said a State House statement …. “…,” the statement stressed"
        lead = re.split(r"[.!?]\s|\n", text[max(0, attribution.speaker.start - 160) : attribution.speaker.start])[-1]
        if _ACCORDING_TO_DOCUMENT.search(lead) and attribution.speaker.text.lower() not in ("the statement", "statement"):
            return attribution  # "According to a statement sent to the paper, the professionals said …"
        owned = _OWNED_DOCUMENT.match(attribution.speaker.text)
        if owned is not None:  # "…, according to the ANC’s statement dated Saturday": the ANC
            found = document_owner(owned.group(), attribution.speaker.end, mentions)
            if found is not None:
                return found
    # "In a statement to newsrooms, Chebukati cited …": whoever the sentence that opens so names first.
    for found in reversed(list(_IN_A_STATEMENT.finditer(text, 0, before))):
        stop = text.find(".", found.end())
        subject = next((a for a in attributions if a.cue.end <= before and a.speaker.mention is None
                        and not a.speaker.pronoun and found.end() <= a.speaker.start <= found.end() + 2
                        and re.match(r"[Tt]he\s+[a-z]", a.speaker.text)), None)  # (a description: "the ministry")
        if subject is not None and not inside(found.start(), quotes):
            return subject  # "In an official statement, the ministry said …": the subject right after it
        named = [m for m in mentions if found.end() <= m.start < (stop if stop > 0 else before)
                 and m.kind != "pronoun" and m.actor_type in ("person", "organisation", None)
                 and (not m.text.isupper() or m.kind == "alias")]  # ("the NUP denounced": its acronym)
        if named and not inside(found.start(), quotes):
            # ("In a statement, the speaker of Egypt's parliament Ali Abdel-Aal dismissed …": the
            # possessive owner of a title is not who spoke)
            return next((m for m in named if not re.match(r"[’']s\s", text[m.end : m.end + 3])), named[0])
    # "A statement issued by Maj. Gen. Jane Doe, the police deputy chief, indicated …": its signatory.
    for found in reversed(list(_ISSUED_BY.finditer(text, 0, before))):
        named = [m for m in mentions if found.end() <= m.start <= found.end() + 30 and m.kind != "pronoun"
                 and m.actor_type in ("person", "organisation", None)
                 and m.text.lower() not in TITLE_WORDS and m.text.lower() + "." not in TITLE_WORDS]
        if len(named) > 1 and named[0].actor_type != "person" and named[1].actor_type == "person" and all(
                w.lower() in TITLE_WORDS for w in text[named[0].end : named[1].start].split()) and text[
                    named[0].end : named[1].start].strip():
            named = named[1:]  # "a statement issued by UN spokesman Jane Doe": the spokesman, not his body
        if named and not inside(found.start(), quotes):
            if any(found.end() < a.cue.start < before and a.speaker.mention is not None
                   and a.speaker.mention.actor_type == "organisation" and a.speaker.mention.actor != named[0].actor
                   for a in attributions):
                return None  # another organisation has spoken since: "the statement" may be its own
            return named[0]
    issuer: Mention | None = None
    for mention in reversed([m for m in mentions if m.end <= before]):
        if mention.actor_type == "organisation":
            after = text[mention.end : mention.end + 60].lower()
            if re.match(r"\s+(?:has\s+|had\s+)?(?:issued|released|published|put out)\s+(?:a|an|the)\s", after) or (
                    re.match(r"\s+said\s+in\s+(?:a|an|its)\s+(?:\w+\s+)?(?:statement|release|communiqu)", after)):
                issuer = mention
                break
    # "Argentina’s economy ministry issued a statement": an organisation the story describes
    # in lower case, not by name; the description as written, when it comes after any named issuer.
    described = [f for f in _DESCRIBED_ISSUER.finditer(text, issuer.end if issuer else 0, before)
                 if f.group("head").lower() in _ORG_HEADS and not inside(f.start(), quotes)]
    if described:
        return described[-1].group("org")
    return issuer


def organisation_described(text: str, phrase: str, before: int, mentions: Sequence[Mention],
                           quotes: Sequence[QuoteSpan] = (),
                           attributions: Sequence[Attribution] = ()) -> tuple[str, str | None] | None:
    """``(name, actor)`` of the organisation "the ministry" stands for, the name with its
    possessive owner as written ("Kenya’s Ministry of Foreign Affairs"), or None."""
    head = head_word(phrase)
    if phrase.lower().startswith("the ") and (head in _ORG_HEADS or head[:-1] in _ORG_HEADS):
        # "The National Front for the Defense of the Constitution, a coalition of civil society
        # groups, accused …. “…,” the groups said": the last organisation whose appositive says so
        last = next((m for m in reversed(mentions) if m.end <= before and m.actor_type == "organisation"
                     and m.kind != "pronoun" and not inside(m.start, quotes)), None)
        appositive = _APPOSITIVE.match(text, last.end) if last is not None else None
        if appositive is not None and head in _WORD.findall(appositive.group(1).lower()) and head not in last.text.lower():
            return last.text, last.actor
    if head not in _ORG_HEADS or not phrase.lower().startswith("the "):
        return None
    fitting = [m for m in mentions if m.end <= before and m.kind != "pronoun" and head in m.text.lower().split()]
    if not fitting and head == "police" and _POLICE_SUBJECT.search(text, 0, before):
        return "Police", None  # "Police have issued a statement …. “…,” the police say": the force the story calls Police
    if not fitting and head == "force":  # "the force added" after "the Sierra Leone Police said": the police
        fitting = [m for m in mentions if m.end <= before and m.kind != "pronoun" and m.actor_type == "organisation"
                   and "police" in m.text.lower().split()]
    modifiers = {w.lower() for w in _WORD.findall(phrase)[1:-1]} - {"the"}
    described = [m for m in fitting if modifiers and modifiers <= set(m.text.lower().split())]
    if described:  # "the electoral commission": the Electoral Commission, not the last commission named
        fitting = described
    outside = [m for m in fitting if not inside(m.start, quotes)]
    # The last one named in the narration; else the first one its own quotation names ("“The
    # Guyana Police Force (GPF) notes … in a number of Regional Police Divisions …” the police said").
    chosen = outside[-1] if outside else (fitting[0] if fitting else None)
    if chosen is not None:
        return owned_name(text, chosen) or chosen.text, chosen.actor
    # "The party declared" after "The United National Congress (UNC)": the one organisation named.
    organisations = {m.actor: m for m in mentions if m.end <= before and m.actor_type == "organisation"
                     and m.kind != "pronoun" and m.kind != "alias" and m.paragraph > 0}  # not the outlet
    if head in GENERIC_ORG_HEADS and len(organisations) > 1:
        # "The UNC said …. … Trinidad Petroleum Holdings Ltd …. “…,” the party said": the one that spoke
        organisations = {m.actor: m for m in mentions if m.actor in organisations and m.end <= before and any(
            a.speaker.start <= m.start < a.speaker.end for a in attributions)}
    if head in GENERIC_ORG_HEADS and len(organisations) == 1:
        only = next(iter(organisations.values()))
        names = [m.text for m in mentions if m.actor == only.actor and m.kind != "pronoun"]
        return max(names, key=len), only.actor
    return None


_POLICE_SUBJECT = re.compile(r"(?:\A|\n|[.!?—–]\s+)Police(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+(?:have|has|had|said|say|says|issued|reported|stated|announced)\b")
# Heads that name any organisation of their kind ("the party", "the group"), not one by name.
GENERIC_ORG_HEADS = frozenset("party group movement coalition alliance organisation organization union".split())


def owned_name(text: str, mention: Mention) -> str | None:
    """The name with the possessive owner written right before it ("Argentina’s Foreign
    Ministry"), or None when there is no owner."""
    owner = _POSSESSIVE_OWNER.search(text, max(0, mention.start - 40), mention.start)
    return text[owner.start() : mention.end] if owner else None


_OWNED_DOCUMENT = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}[’']s\s+(?:[a-z]+\s+)?(?:"
                             + "|".join(sorted(DOCUMENT_NOUNS - {"ruling", "judgment", "judgement", "verdict"})) + r")\b")
_PART_OF_DOCUMENT = re.compile(r"\A(?:[Pp]arts?|[Ee]xcerpts?|[Ss]ections?|[Pp]ortions?)\s+of\s+")
_DOCUMENT_OWNER = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})[’']s\s+(?:[a-z]+\s+)?\w+\Z")
# "a statement issued by X", "the letter from X": the document and the words that lead to its author.
ISSUED_BY = (r"(?:" + ISSUED_DOCUMENT + r"\s+"
             r"(?:(?:was\s+)?(?:" + ISSUING_VERB + r"|put\s+out)\s+by|from)\s+"
             r"|(?:statement|communiqu[eé]|declaration)\s+by\s+(?=(?:the\s+)?(?:[A-Z]|[a-z]+[’']s\s+[a-z])))")
# ("a statement by the Ministry"; "a statement by the parliament's secretariat-general": an owned office in lower case)
_ISSUED_BY = re.compile(r"\b" + ISSUED_BY)
# A document named for where it comes from ("a State House statement", "a Kremlin statement").
_NAMED_DOCUMENT = re.compile(r"[Aa]n?\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+" + ISSUED_DOCUMENT)
_ACRONYM_TITLE = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2,5})")  # "the CJI", or bare: "PM added"


def document_owner(phrase: str, end: int, mentions: Sequence[Mention]) -> Mention | str | None:
    """"the Kremlin’s statement": the owner's mention (ending by ``end``), else its name as
    written; None when the document phrase has no possessive owner."""
    owner = _DOCUMENT_OWNER.match(_PART_OF_DOCUMENT.sub("", phrase.strip()))  # ("Parts of Justice X’s ruling read")
    if owner is None:
        return None
    name = owner.group("owner")
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words = words[1:]  # "Justice Nyirenda’s ruling": the judge's name, not the title
    name = " ".join(words)
    if name in WEEKDAYS or name in MONTHS or name.lower() in ("today", "yesterday"):
        return None  # "Wednesday’s statement said": the day it came out, not who issued it
    return next((m for m in reversed(mentions) if m.end <= end and m.text == name), name)


def acronym_holder(text: str, phrase: str, before: int, mentions: Sequence[Mention]) -> Mention | None:
    """"the CJI", "the SG": the person last named, before ``before``, right after that acronym."""
    acronym = _ACRONYM_TITLE.fullmatch(phrase.strip())
    if acronym is None:
        return None
    after = re.compile(r"\b" + acronym.group(1) + r"\.?\s+\Z")
    letters = acronym.group(1)  # or after the title it abbreviates
    return next((m for m in reversed(mentions) if m.end <= before and m.kind != "pronoun"
                 and (after.search(text, max(0, m.start - 12), m.start)
                      or may_spell(letters, text, max(0, m.start - 80), m.start)
                      and spelt_acronym(letters).search(text, max(0, m.start - 80), m.start))), None)


def strip_determiner(phrase: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", phrase.strip())


def named_in_full(text: str, phrase: str, before: int) -> str | None:
    """"the press service" after "the press service of the Armenian Foreign Ministry": the
    phrase as the story last gave it in full, with the organisation it belongs to; "the
    army" after "The Lebanese army" or "Russia’s foreign ministry"."""
    core = strip_determiner(phrase)
    if not core or core[:1].isupper():
        return None
    found = None
    for found in re.finditer(re.escape(core) + r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'-]*)*",
                             text[:before]):
        pass
    if found is not None and is_demonym(found.group().split()[-1]) and re.match(r"\s+[a-z]", text[found.end() :]):
        return None  # "A group of Liberian opposition parties …. the group claimed": a description, no name
    if found is not None or " " in core:
        return found.group() if found is not None else None
    for found in re.finditer(r"(?<![\w’'-])(?:(?:The|the|A|An) +)?(?P<name>(?:(?!(?:The|A|An) )[A-Z][\w’'-]+ +){1,2}"
                             r"(?:[a-z]+ +)?" + re.escape(core) + r")\b", text[:before]):
        pass
    if found is None or (not re.search(r"[’']s\s+[a-z]+\s", found.group("name"))
                         and re.search(r"\s[a-z]+\s+\S+\Z", found.group("name"))):
        return None  # a lower-case word only after a possessive owner
    if found.group("name").split()[0] in STOP_CAPITALISED:
        return None  # "In court on Thursday, …": a preposition opening the sentence, no name
    own = _OWN_NAME_AFTER.match(text, found.end()) if core in GENERIC_ORG_HEADS else None
    if own is not None and not set(own.group(1).split()) & (TITLE_WORDS | WEEKDAYS | MONTHS | STOP_CAPITALISED):
        return own.group(1)  # "Opposition party Potami urged …. “…,” the party said": the party's own name
    return found.group("name")


_OWN_NAME_AFTER = re.compile(r" +([A-Z][\w’'-]+(?: +[A-Z][\w’'-]+){0,2})\b(?! +(?:of|for)\b)")

