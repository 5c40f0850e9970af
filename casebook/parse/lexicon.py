"""Generic English word lists for the rule-based parser.

Nothing here belongs to one article: these are newswire conventions (titles
before names, organisation head nouns, speech verbs, pronouns). Cue verbs
follow the idea of GenderGapTracker's and Citron's verb lists (verbs of the
VerbNet *say* class plus *call*, *decry*, *advise*, *deny*, *accuse*) but the
list is our own.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

MONTHS = frozenset(
    "January February March April May June July August September October November December"
    " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())

# Capitalised words that never start or belong to a name (sentence-initial function words).
STOP_CAPITALISED = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our My Your
    I’ve I’m I’d I’ll I've I'm I'd I'll
    Me Us Them Him But And Or If When While After Before As At In On Of For To From By With
    According Former Meanwhile However Also Some Many Most One Two Three Four Five Six Seven
    Eight Nine Ten Several Other Another Both Each Every All No Not Nor So Yet Then There Here
    Who Whom Whose What Which Where Why How Earlier Later Last Next Since Until Under Over
    During Despite Although Though Because Instead Asked Speaking Still Only Even Such
    Mr Mrs Ms Dr Hon Today Yesterday Tomorrow Now Thus Hence Indeed Nonetheless Nevertheless Moreover Furthermore
    Amid Amidst Among Amongst Alongside Besides Unlike Throughout Following""".split()
) | MONTHS | WEEKDAYS

# Title heads: a capitalised sequence "…Minister X Y" gives the person "X Y".
TITLE_WORDS = frozenset(
    """president vice-president premier minister secretary undersecretary under-secretary
    secretary-general spokesman spokeswoman spokesperson chairman chairwoman chairperson chair director clerk
    governor ambassador judge justice general gen. lieutenant colonel col. major captain commodore admiral brigadier
    commander chief deputy senator representative rep. mayor king queen prince princess pope
    mr mr. mrs mrs. ms ms. dr dr. prof prof. professor lawyer attorney activist leader
    founder editor reporter analyst officer inspector archbishop bishop lord lady sir
    dame emperor commissioner envoy rapporteur speaker lawmaker mp ceo official head adviser advisor
    researcher economist candidate monk sen. sgt. capt. maj. adm. amb. supt. insp. det. hon.
    rev. reverend fr. father imam rabbi ayatollah cardinal venerable bhante
    samdech techo oknha chumteav datuk dato dato' datin tun tengku sheikh sheikha emir sultan alhaji alhaja
    hajiya mallam otunba engr engr. barrister comrade madam madame monsieur senor señor
    senhor shri smt khun excellency taoiseach tánaiste chancellor whip counsel magistrate prosecutor
    registrar superintendent supervisor constable sergeant solicitor coroner advocate member ombudsman defender
    counsellor counselor administrator correspondent cllr cllr. coun coun. cde cde. councillor councilor attorney-at-law barrister-at-law
    menteri mentri besar legislator parliamentarian master boss honourable honorable rector publisher pastor
    councilman councilwoman alderman alderwoman assemblyman assemblywoman congressman congresswoman selectman
    gen col lt maj capt sgt brig cpl supt insp cmdr comr. sr.""".split()  # ranks written without a stop ("Pol Col X")
) | frozenset(  # hyphenated ranks below a head ("VMRO-DPMNE Vice-Chair Vlado Misajlovski", "Co-Chairman X")
    f"{rank}-{head}" for rank in ("vice", "deputy", "co", "acting", "assistant")
    for head in """chair chairman chairwoman chairperson president governor minister speaker director secretary
    leader commissioner mayor premier""".split()
)
# Acronyms that are titles before a name ("FM Vartan Oskanian", "CJI Ramana", "ASP Mariam Yusuf").
ACRONYM_TITLES = frozenset(
    """MP CEO PM FM DPM VP SG AG DG IGP CJI CSP ASP DSP SP SSP DCP ACP CP CID MLA MNA MEP TD CS CJ AIG DIG MSP MLC MHA MHK MPP SAN""".split()
)


_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")


def may_spell(acronym: str, text: str, start: int, end: int) -> bool:
    """A cheap necessary test for :func:`spelt_acronym`: the acronym's letters are, in order,
    the initials of capitalised words in ``text[start:end]``. Most acronyms fail it
    ("AFP" before a name), so their pattern is never compiled."""
    letters = iter(word[0] for word in _CAPITALISED.findall(text, start, end))
    return all(letter in letters for letter in acronym)  # a subsequence test


@functools.lru_cache(maxsize=4096)
def spelt_acronym(acronym: str) -> re.Pattern[str]:
    """The title an acronym abbreviates, ending right before a name: "CJP" matches "Chief
    Justice of Pakistan " and "Chief Justice of Pakistan Justice " (an honorific may follow)."""
    words = r"(?:\s+(?:of|the|for|and))*\s+".join(c + r"[\w’'-]*" for c in acronym)
    # ("Cabinet Secretary for Foreign and Diaspora Affairs, Dr ": the office's department may follow)
    department = r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][^\s,]*(?:\s+(?:and\s+|&\s+)?[A-Z][^\s,]*){0,5})?"
    return re.compile(r"\b" + words + department + r"(?:,?\s+[A-Z][\w’'.-]*)?,?\s+\Z")  # ("Inspector General, Col. ")


# The first word of a two-word honorific ("Tan Sri", "Datuk Seri", "Toh Puan"): part of the
# title only when the second word follows (a lone "Tan" is a surname).
HONORIFIC_PAIRS = frozenset({("tan", "sri"), ("datuk", "seri"), ("dato'", "sri"), ("dato", "sri"),
                             ("puan", "sri"), ("toh", "puan"), ("rt", "hon"),
                             ("lok", "chumteav")})
# Honorifics that may stand inside a name, after a given name ("Najib Tun Abdul Razak").
HONORIFIC_WORDS = frozenset("""tun tan sri seri datuk dato dato' datin toh puan tengku samdech techo oknha
    chumteav lok alhaji alhaja hajiya mallam otunba""".split())
# Words that may precede a title head and belong to the title ("Interior Minister").
TITLE_MODIFIERS = frozenset(
    """prime foreign interior defence defense finance deputy vice acting former first senior
    chief justice information health education commerce labour labor environment agriculture
    economy culture tourism planning transport public works opposition party state
    executive general assistant minority majority election electoral police home security safety joint
    pro tempore floor parliamentary""".split()
)
# A document that speaks for its author ("a statement issued by X", "the letter from X"), and the
# verbs that issue it: regular-expression pieces shared by the speaker and subject rules.
ISSUED_DOCUMENT = r"(?:statement|letter|communiqu[eé]|release|declaration|message|tweet|post)"
ISSUING_VERB = r"(?:issued|released|signed|sent|published|posted)"
# Department words after "Minister of …" that are still part of the title.
DEPARTMENT_WORDS = frozenset(
    """State Affairs Foreign Interior Information Justice Defence Defense Finance Health
    Education Commerce Labour Labor Environment Agriculture Economy Culture Tourism Planning
    Transport Public Works Home Trade Industry Energy Social Welfare Women Veterans Rural
    Development Land Management Posts Telecommunications Religion Cults National Homeland Security Internal
    Local Government Housing Youth Sports Lands Water Mines Fisheries Forestry Gender Children Communications
    Technology Science Research Immigration Citizenship Police Prisons Correctional Services Constitutional
    Legal Parliamentary Cooperation Integration Relations Resources Investment Budget Treasury Solidarity Media
    Safety Emergency Preparedness Infrastructure Family Affairs Heritage Digital Transformation Climate Food Trade
    Reform Employment Procurement Statistics Aviation Maritime Ports Railways Roads Petroleum Oil Gas Electricity
    Operations Intelligence Crime Traffic Administration Elections""".split()
)
# Organisation head nouns ("… Party", "Ministry of …", "… Court").
ORG_WORDS = frozenset(
    """Party Ministry Court Council Movement Committee Commission Assembly Parliament Senate
    Government Agency Bank Union Federation Confederation Association Institute League Front Office Bureau
    Department University College School Foundation Society Board Authority Service Army
    Police Force Forces Constabulary Corporation Company Group Organisation Organization Network Coalition
    Alliance Centre Center Watch International Times Post News Daily Press Radio Television
    Tribunal Club Fund Trust Church Secretariat Cabinet Mission Embassy Congress Command Directorate
    Institution Presidency Judiciary Legislature Chamber Inc Ltd Team Platform""".split()
)
# Head nouns of places and buildings ("Downing Street", "Blue House"): never a speaker.
PLACE_WORDS = frozenset(
    """Street Road Avenue Square Boulevard Lane Palace House Hall Building Tower Bridge Airport
    Station Park Hotel Stadium Hospital Prison Mosque Temple Cathedral Plaza Gate Island
    River Province District Village City County""".split()
)
# Buildings (a subset of PLACE_WORDS) that stand for whoever works in them ("a State House statement",
# "a Downing Street statement").
SEATS = frozenset("House Palace Street Hall".split())
# "of"/"for"/"and" may join capitalised words after these heads ("Bank of England", "Ministry of Health").
CONNECTOR_HEADS = ORG_WORDS - {"Times", "Post", "News", "Daily", "Press"}

# Country names as news writes them, one per line in countries.txt (a data file, so that
# the word list stays out of the code): a country is never "he" or "she".
def _word_list(name: str) -> frozenset[str]:
    """The entries of a one-per-line data file beside this module (``#`` lines are comments)."""
    lines = Path(__file__).with_name(name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


COUNTRIES = _word_list("countries.txt")
# Social networks and messaging services, one per line in platforms.txt (data, like the
# countries): a place of posting ("on her … account") is never "he" or "she".
# The head of a government or state, one holder per country: "the prime minister" in lower case
# and "a visibly angry PM" stand for that one person (speakers and quotes build their patterns on it).
TOP_OFFICES = ("prime minister", "premier", "taoiseach", "chancellor", "president")


def top_office_pattern(capitals: bool) -> str:
    """A regular expression for one of :data:`TOP_OFFICES`, in lower case, or (``capitals``)
    with each word's first letter either way and "PM" too."""
    if not capitals:
        return "(?:" + "|".join(o.replace(" ", r"\s+") for o in TOP_OFFICES) + ")"
    return "(?:PM|" + "|".join(r"\s+".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in o.split()) for o in TOP_OFFICES) + ")"


PLATFORMS = _word_list("platforms.txt")


def names_a_platform(name: str) -> bool:
    """True when a word of ``name`` is a platform ("Facebook Page", "X"): a page or a feed, never
    the person who speaks (one test for the coreference and speaker rules)."""
    return not PLATFORMS.isdisjoint(name.split())
# Nationality adjectives: a suffix rule plus the common irregular ones.
_DEMONYM_SUFFIX = re.compile(r"(?:ian|ean|ese|ish|ians|eans)\Z")
_DEMONYMS = frozenset(
    """American Americans French Thai Thais Dutch Swiss Greek Greeks Arab Arabs Iraqi Iraqis
    Israeli Israelis Pakistani Pakistanis Bangladeshi Nepali Afghan Afghans Kuwaiti Saudi
    Saudis Yemeni Filipino Filipinos Lao Khmer Burmese Vietnamese Chinese Japanese Korean
    Koreans Mexican Mexicans German Germans African Africans European Europeans Asian Asians
    Muslim Muslims Christian Christians Western Eastern Northern Southern Philippine Kenyan
    Kenyans Ugandan Ugandans Cuban Cubans Moroccan Venezuelan Guatemalan Nicaraguan Dominican
    Lankan Omani Qatari Emirati Bahraini Sudanese Somali Malawian Zambian Congolese Welsh
    Scottish Irish British Danish Swedish Finnish Polish Turkish Czech Slovak Nepalese
    Pole Poles Turk Turks Dane Danes Swede Swedes Finn Finns Scot Scots Briton Britons Spaniard Spaniards
    Serb Serbs Croat Croats Kurd Kurds Uzbek Uzbeks Kazakh Kazakhs Tajik Tajiks Pashtun Pashtuns
    Kyrgyz Turkmen Turkmens Malagasy Cypriot Cypriots Azerbaijani Azerbaijanis Azeri Azeris Kosovar Kosovars
    Montenegrin Montenegrins Salvadoran Salvadorans Honduran Hondurans Paraguayan Paraguayans Uruguayan
    Uruguayans Argentine Argentines Jamaican Jamaicans Samoan Samoans Tongan Tongans Libyan Libyans Rwandan
    Rwandans Mozambican Mozambicans Angolan Angolans Swazi Nigerien Nigeriens Burkinabe Moldovan Moldovans
    Icelandic Slovene Slovenes Motswana Batswana Basotho""".split()
)


# Lower-case particles inside a person's name ("Leila de Lima", "Mohammed bin Salman").
NAME_PARTICLES = frozenset("de da del della dela delos di dos das van von der den bin binti ibn du al el ya wa".split())
# Capitalised words that stand before a title without being part of a name ("Republican Sen.").
TITLE_PRECEDERS = frozenset(
    """Republican Democratic Democrat Independent Conservative Liberal Labour Labor Green
    Socialist Progressive Senior Veteran Freshman Outgoing Incoming Ex Then Now""".split()
)
# Abbreviated titles that are also name words: "Sen." is Senator in American and Philippine
# news, and Sen ends many Khmer and Bengali names. Such an abbreviation is a title only where
# no name word stands right before it (see :func:`abbreviation_is_title`).
AMBIGUOUS_TITLE_ABBREVIATIONS = frozenset({"Sen", "Sr"})  # "Sr. Comr. X" (a rank) but "John Smith Sr."
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*\Z")


def is_name_word(word: str) -> bool:
    """A capitalised word that can end a person's name: not a function word, a party or
    nationality adjective, a title, a dotted acronym ("U.N.") or a word before a comma."""
    return (bool(_NAME_WORD.match(word)) and word not in STOP_CAPITALISED and word not in TITLE_PRECEDERS
            and not is_demonym(word) and word.lower() not in TITLE_MODIFIERS
            and word.lower() not in TITLE_WORDS and f"{word.lower()}." not in TITLE_WORDS)


def abbreviation_is_title(previous_word: str) -> bool:
    """Whether an ambiguous abbreviation such as "Sen." is a title, given the word before it.

    It is a title where no name word comes right before it: at the start of a sentence,
    after "said", "Republican" or a comma. After a name word it is the end of a name
    that closes the sentence.
    """
    return not is_name_word(previous_word)


def singular(word: str) -> str:
    """"parties" → "party", "critics" → "critic": enough English plural for the lexicon's nouns."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


_PLURAL_HEAD = re.compile(r"(?:\A|\s)[a-z][a-z-]+[^isu’'\s]s\Z")


def names_several(words: str) -> bool:
    """The words for a speaker stand for several people: their last word is a lower-case plural
    noun ("Opposition parties", "the PDP senators", "chants"), so no one person is named by
    them. A singular in "-s" ("the union boss", "the bus") or a capitalised word does not count."""
    return bool(_PLURAL_HEAD.search(words.strip()))


def is_demonym(word: str) -> bool:
    """True for a nationality adjective or plural ("Italian", "Thais", "French")."""
    if not word[:1].isupper():
        return False
    return word in _DEMONYMS or bool(_DEMONYM_SUFFIX.search(word))


# Personal, possessive and relative pronouns the coreference rules look at.
FIRST_PERSON = frozenset("I me my mine myself we us our ours ourselves".split())
SINGULAR_PERSON = frozenset("he him his himself she her hers herself".split())
PLURAL = frozenset("they them their theirs themselves".split())
NEUTER = frozenset("it its".split())
RELATIVE = frozenset("who whom whose".split())
SUBJECT_PRONOUNS = frozenset("I we he she they who it".split())
PRONOUNS = FIRST_PERSON | SINGULAR_PERSON | PLURAL | NEUTER | RELATIVE

# Speech cues: lemma -> inflected forms (lower case). "According to" is separate.
CUE_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "post": ("posted",),
    "add": ("add", "adds", "added", "adding"),
    "call": ("call", "calls", "called", "calling"),
    "decry": ("decry", "decries", "decried", "decrying"),
    "advise": ("advise", "advises", "advised", "advising"),
    "deny": ("deny", "denies", "denied", "denying"),
    "accuse": ("accuse", "accuses", "accused", "accusing"),
    "warn": ("warn", "warns", "warned", "warning"),
    "claim": ("claim", "claims", "claimed", "claiming"),  # ("claims" a verb only after a name or pronoun: NOUN_TOO)
    "announce": ("announce", "announces", "announced", "announcing"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "elaborate": ("elaborated", "elaborates"),
    "note": ("noted", "noting", "notes"),
    "urge": ("urge", "urges", "urged", "urging"),
    "encourage": ("encouraged", "encourages", "encouraging"),
    "order": ("ordered",),  # "ordered the security forces to “protect demonstrators …”"
    "recommend": ("recommended", "recommends"),  # "recommended the commission to study … “up to cancelling …”"
    "direct": ("directed",),  # "“…,” the Senate Speaker directed"
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "condemn": ("condemn", "condemns", "condemned", "condemning"),
    "criticise": ("criticise", "criticises", "criticised", "criticize", "criticizes", "criticized"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "confirm": ("confirm", "confirms", "confirmed"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "stress": ("stressed", "stressing"),
    "highlight": ("highlighted", "highlights", "highlighting"),  # "He highlighted that …" (South Asian, Pacific press)
    "underline": ("underlined", "underlines", "underlining"),
    "underscore": ("underscored", "underscores", "underscoring"),
    "bark": ("barked", "barks"),
    "clarify": ("clarified", "clarifies", "clarifying"),
    "specify": ("specified", "specifies", "specifying"),
    "indicate": ("indicated",),
    "signal": ("signaled", "signalled"),
    "consider": ("considered",),
    "inform": ("informed", "informs"),
    "apologise": ("apologised", "apologized"),
    "commend": ("commended", "commending", "commends"),
    "denounce": ("denounced", "denounces", "denouncing"),  # "she informed that “…”" (South Asian, Caribbean press)  # "Berri considered that “…”" (translated Arabic press)  # "a statement … indicated that …"
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "reply": ("replied", "replies", "replying"),
    "describe": ("describe", "describes", "described", "describing"),
    "ask": ("asked", "asks", "asking"),  # ", asking, “Why …?”"
    "continue": ("continued",),
    "read": ("read", "reads"),  # "the statement read in part"
    "rule": ("ruled",),
    "state": ("stated", "states", "stating"),
    "emphasise": ("emphasised", "emphasized", "emphasises", "emphasizes", "emphasising", "emphasizing"),
    "assert": ("asserted", "asserts"),
    "affirm": ("affirmed", "affirms", "affirming"),
    "recall": ("recalled", "recalls", "recalling"),
    "disclose": ("disclosed", "discloses"),
    "reveal": ("revealed", "reveals"),
    "lament": ("lamented", "laments", "lamenting"),
    "complain": ("complained", "complains", "complaining"),
    "promise": ("promised", "promises"),
    "pledge": ("pledged", "pledges", "pledging"),
    "predict": ("predicted", "predicts"),
    "concede": ("conceded", "concedes", "conceding"),
    "assure": ("assured", "assures"),
    "maintain": ("maintained", "maintains"),
    "observe": ("observed", "observes"),
    "remark": ("remarked", "remarks"),
    "demand": ("demanded", "demands"),
    "plead": ("pleaded", "pleads"),
    "quiz": ("quizzed",),
    "query": ("queried",),
    "wonder": ("wondered", "wonders"),
    "quip": ("quipped", "quips"),
    "retort": ("retorted",),
    "respond": ("responded", "responds"),
    "counter": ("countered", "counters"),
    "exclaim": ("exclaimed",),
    "shout": ("shouted", "shouting"),
    "chant": ("chanted", "chanting"),
    "joke": ("joked", "jokes"),
    "boast": ("boasted", "boasts"),
    "point out": ("pointed", "points"),  # only before "out": see PHRASAL_REQUIRED
    "fire back": ("fired", "fires"),  # only before "back": "“…!” Bunting fired back."
    "shoot back": ("shot", "shoots"),  # only before "back"
    "charge": ("charged",),  # only before "that" ("charged that the “…”"), never "charged with"
    "reaffirm": ("reaffirmed", "reaffirms", "reaffirming"),
    "believe": ("believed", "believes"),  # "“…,” he believed" (South Asian press); "MP X believes that “…”"
    "congratulate": ("congratulated", "congratulates"),  # "X congratulated his “partners in the camp for …”"
    "thank": ("thanked", "thanks"),
    "praise": ("praised", "praises"),
    "hail": ("hailed", "hails"),
    "slam": ("slammed", "slams"),
    "blast": ("blasted", "blasts"),
    "welcome": ("welcomed", "welcomes"),
    "dismiss": ("dismissed", "dismisses"),
    "brand": ("branded", "brands", "branding"),
    "label": ("labelled", "labeled", "labels", "labelling", "labeling"),
    "term": ("termed", "terms", "terming"),
    "dub": ("dubbed", "dubs", "dubbing"),
    "characterise": ("characterised", "characterized", "characterising", "characterizing"),
    "submit": ("submitted",),  # a lawyer's argument in court
    "caution": ("cautioned", "cautions", "cautioning"),
    "yell": ("yelled", "yelling"),
    "scream": ("screamed",),
    "whisper": ("whispered",),
    "report": ("reported",),  # "“…,” the newspaper reported on Friday"
    "share": ("shared",),  # "“…,” PM Dahal shared" (South Asian press)
    "further": ("furthered",),  # "Minnis furthered the next government will …" (Caribbean, West African press)
    "hint": ("hinted", "hints"),  # "Browne has hinted that the vote could come “as early as November next year”"
    "propose": ("proposes", "proposed"),
    "refer": ("referred", "refers"),
    "express": ("expressed", "expresses"),
    "rail": ("railed",),  # "“What has happened is an attempted coup,” railed CHP leader X"
    "thunder": ("thundered",),
    "remind": ("reminded",),  # "He reminded member states that, “if we do not …”"
    "swear": ("swore",),  # "swore to use “all the means necessary”"
    "comment": ("commented",),  # "she referred to Tunisia as a “racist country”"  # "Peruashev proposes asking the people “in what parties they trust”"
}
# Cues that introduce a direct quotation only ("She continued: “…”"), never reported speech
# ("Talks continued in Geneva" is no speech).
DIRECT_ONLY_CUES = frozenset({"continue"}) | frozenset(
    # Verbs of manner that frame a quotation but seldom report speech ("maintained order").
    "quiz query wonder quip retort respond counter exclaim shout chant joke boast remark observe maintain"
    " thank praise hail slam blast welcome dismiss brand label term dub commend apologise submit yell scream"
    " whisper report share believe refer express comment rail thunder remind swear".split()) | {"fire back", "shoot back"}
CUE_LEMMA = {form: lemma for lemma, forms in CUE_FORMS.items() for form in forms}
# A verb of saying in the past or present right after a quotation mark, then a space
# ('…, “said Dr Ruto'): the words that tell a closing mark typed apart from its quotation.
CUE_VERB_FORMS = r"(?:" + "|".join(sorted((f for f in CUE_LEMMA if not f.endswith("ing") and f.isalpha()),
                                           key=len, reverse=True)) + r")"
CUE_AFTER_CLOSE = CUE_VERB_FORMS + r"\s+[A-Z]"
# Lemmas whose complement is a noun phrase rather than a clause ("decried a crackdown").
NP_CUES = frozenset("call decry deny accuse condemn criticise describe dismiss brand label term dub commend denounce"
                    " characterise".split())
# Phrasal uses that are not speech: "call for", "called off", "added to".
# Cues that are speech only with their particle: "pointed out", not "pointed a gun".
PHRASAL_REQUIRED = {"point out": "out", "charge": "that", "fire back": "back", "shoot back": "back"}
# ... or with another particle, right before a quotation mark: "he pointed at “flagrant abuse …”"
PHRASAL_BEFORE_QUOTE = {"point out": ("at", "to")}
PHRASAL_BLOCKERS = {"call": frozenset("for off up out in back".split()), "add": frozenset({"to"})}

AUXILIARIES = frozenset(
    """has have had was were is are be been being will would could should may might must
    shall can did does do also later earlier then again previously once repeatedly recently
    reportedly further furthermore moreover additionally likewise had've therefore thus however meanwhile subsequently
    nonetheless only simply merely now still rather just even""".split()
)
BE_FORMS = frozenset("is are was were be been being".split())
# Possessive determiners: a phrase they open is owned by a pronoun ("its foreign ministry").
POSSESSIVE_DETERMINERS = frozenset("his her their its our my your".split())
NEGATIONS = frozenset("not never n't no".split())
DETERMINERS = frozenset(
    "a an the this that these those his her their its our my your one some any another".split()
)
PREPOSITIONS = frozenset(
    """of in on at to from by with for about against under over into onto among between
    through during after before via across within without toward towards outside inside
    near beside behind opposite amid amidst amongst""".split()
)
ADDRESSEES = frozenset("reporters journalists him her them us me supporters lawmakers parliament".split())
# Roles that stand for one person the story may not name ("the complainant said"): the
# person named with that role, else unknown, never the role word itself.
ROLE_NOUNS = frozenset(
    """complainant witness eyewitness victim survivor resident source protester demonstrator
    student farmer voter doctor nurse teacher worker driver neighbour neighbor relative bystander
    passenger man woman mother father wife husband son daughter brother sister widow widower
    uncle aunt cousin friend colleague supporter official officer rebel activist campaigner
    dissident backbencher politician veteran hopeful nominee contender challenger diplomat
    mediator negotiator facilitator organiser organizer coordinator convener convenor commentator pundit
    academic scholar expert strategist pollster consultant historian lecturer columnist blogger
    policeman policewoman soldier journalist reporter employee villager citizen miner trader vendor""".split())
# Words that fit any public figure: "the politician said" points back to the person in view, as "he"
# would (coreference), when no title or appositive before it settles who.
GENERIC_PERSON_NOUNS = frozenset(
    "politician official diplomat lawmaker legislator parliamentarian congressman congresswoman ruler veteran".split())
# Nouns that tie one person to another, in a title before the second one's name ("Merkel ally
# Julia Kloeckner", "Putin spokesman Dmitry Peskov"): the subject is the one named last.
RELATION_NOUNS = frozenset(
    """ally aide adviser advisor spokesman spokeswoman spokesperson confidant confidante loyalist rival
    critic lawyer attorney deputy successor predecessor protege protégé""".split()) | (ROLE_NOUNS - {"man", "woman"})


# A weekday that is a person's name: a given name right after a lower-case title with the
# surname next ("PF candidate Sunday Chanda says"), or a surname the story uses alone as a
# speaker ("Godwin Friday, on Thursday, dismissed …. “…,” Friday said"). Read by the name
# finder and by the date finder, so that the one never takes what the other keeps.
# The speech verbs that mark the word before them as a speaker ("Friday said", "Abdullayeva
# said"): read by the weekday test below and by coreference, which keeps such a person in view.
SPOKEN_VERB = r"(?:said|says|told|tells|added|stated|stressed)\b"
SPEAKS_NEXT = re.compile(r"\s+" + SPOKEN_VERB)
_WEEKDAY_SPEAKS = re.compile(r"(?:[,?!][”\"’]|[”\"’][,?!]|^)\s*(" + "|".join(sorted(WEEKDAYS)) + r")\s+" + SPOKEN_VERB
                             # or opening a sentence before a verb of speech in the past: "Friday blasted the ruling party"
                             + r"|(?:^|[a-z][.!?]\s)(" + "|".join(sorted(WEEKDAYS)) + r")\s+(?!said\b)"
                             + r"(?=[a-z]+ed\b)" + CUE_VERB_FORMS + r"\b",
                             re.MULTILINE)  # "“…,” Friday said" (not "The Police Service (TTPS) Tuesday said")
# Capitalised words that may open a sentence right before a weekday that is a date ("On Friday was …").
_NOT_GIVEN = frozenset("On Last Next This Since Until By From Every Each Early Late Before After Good Black".split()) | MONTHS
_HONORIFIC_THEN_GIVEN = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Hon|Prof|Rev)\.?\s+(?:[A-Z][a-z]+\s+)?\Z")
_DATE_LEAD = re.compile(r"\b(?:on|On|last|Last|next|Next|this|This|by|since|until|from|to)\s+\Z")


def weekday_is_name(text: str, start: int, end: int) -> bool:
    """True when the weekday at ``text[start:end]`` is part of a person's name (see above)."""
    before = re.search(r"\b([a-z][a-z-]*)\s+\Z", text[max(0, start - 30) : start])
    if before is not None and re.match(r"\s+[A-Z][a-z]", text[end : end + 4]) and (
            before.group(1) in TITLE_WORDS or before.group(1) in ROLE_NOUNS or before.group(1) == "candidate"):
        return True  # "PF candidate Sunday Chanda says"
    if _HONORIFIC_THEN_GIVEN.search(text, max(0, start - 30), start):
        return True  # "Opposition Leader, Dr. Godwin Friday,": an honorific (and a given name) before it
    if re.match(r",\s+\d{2},", text[end : end + 6]):
        return True  # "Friday, 66, who holds a doctorate": an age in apposition, a person
    opening = re.search(r"(?:\A|\n|[.!?]\s)([A-Z][a-z]+)\s+\Z", text[max(0, start - 30) : start])
    if opening is not None and opening.group(1) not in _NOT_GIVEN and re.match(
            r"\s+(?:is|was|has|had|will|would)\b", text[end : end + 8]):
        return True  # "Goodwin Friday is set to become prime minister": a name opening the sentence, then its verb
    word = text[start:end]
    speaks = [m for m in _WEEKDAY_SPEAKS.finditer(text) if word in m.groups()]
    if _DATE_LEAD.search(text, max(0, start - 8), start) or not speaks:
        return False
    if any(m.start(2) == start for m in speaks) and re.search(
            r"[^.!?”\"\s]\s+[A-Z][a-z]+\s" + word + r"\b", text):
        # the surname itself, opening a sentence before a verb of speech, of a person the story
        # names in full: "Godwin Friday said …. Friday blasted …"
        return True
    given = re.search(r"(?:\A|[^.!?”\"\s])\s+[A-Z][a-z]+\s\Z", text[max(0, start - 30) : start])
    return given is not None or SPEAKS_NEXT.match(text, end) is not None  # "Godwin Friday,", "Friday said"
