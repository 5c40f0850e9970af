"""Mentions: gazetteer, pattern names, pronoun rules and coreference overrides.

Expected values come from reading the texts (the article, or short invented
sentences written for each rule), never from the parser's output.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from casebook.knowledge.annotations import Annotations, load_annotations
from casebook.parse.actors import Actor, CorefOverride
from casebook.errors import AnnotationError
from casebook.parse.header import parse_header
from casebook import parse_text
from casebook.parse.segment import split_paragraphs, split_sentences

ROOT = Path(__file__).resolve().parents[2]


def sentences_of(text: str):
    header = parse_header(text, "<test>")
    return split_sentences(text, split_paragraphs(text, header.end if header else 0))


def mentions_of(text: str, annotations: Annotations | None = None):
    """The mention layer of the whole pipeline (a story without a header gets any date)."""
    date = None if parse_header(text, "<test>") else "2020-01-01"
    return list(parse_text(text, annotations=annotations, date=date).mentions)


def table(mentions) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor) for m in mentions]


# ------------------------------------------------------------ the article

@pytest.fixture(scope="module")
def article_mentions(source_text: str):
    return mentions_of(source_text, load_annotations(ROOT / "data" / "annotations"))


def test_every_mention_matches_its_offsets(source_text: str, article_mentions, assert_spans) -> None:
    assert_spans(source_text, article_mentions)


def test_article_pronouns_follow_the_salience_rules(article_mentions) -> None:
    """The ten pronoun links of the article, read off the text (nlp.md §4.2 lists eight;
    "We"/"our" in the statement's quote are the other two)."""
    pronouns = [(m.text, m.actor, m.paragraph) for m in article_mentions if m.kind == "pronoun"]
    assert pronouns == [
        ("its", "cnrp", 1), ("he", "kem_sokha", 3), ("who", "sam_rainsy", 6), ("his", "sam_rainsy", 7),
        ("We", "cnrm", 8), ("our", "cnrm", 8), ("They", "cnrm", 9), ("they", "cnrm", 9),
        ("I", "huy_vannak", 11), ("he", "huy_vannak", 11),
    ]


def test_he_said_after_a_quote_is_the_previous_speaker(article_mentions) -> None:
    """“I advise…,” he said: the nearest person named before "he" is Sam Rainsy, but
    the person last speaking is Huy Vannak."""
    he = [m for m in article_mentions if m.text == "he" and m.paragraph == 11][0]
    assert he.actor == "huy_vannak" and he.rule == "pronoun-previous-speaker"
    i = [m for m in article_mentions if m.text == "I"][0]
    assert i.rule == "pronoun-quote-speaker"


def test_article_names_titles_and_possessives(article_mentions, source_text: str) -> None:
    found = table(article_mentions)
    assert ("PHNOM PENH", "phnom_penh") in found  # the dateline in capitals
    assert ("Cambodian Supreme Court", "supreme_court") in found  # nationality adjective kept
    assert ("Cambodian Ministry of the Interior", "interior_ministry") in found
    assert ("The court", "supreme_court") in found  # short form, capital T, no ’s
    assert ("Rights groups", "rights_groups") in found and ("One group", "rights_groups") in found
    texts = [m.text for m in article_mentions]
    assert "Party" not in texts and "Prime Minister" not in texts and "Undersecretary of State" not in texts
    assert "It" not in texts and "their" not in texts and "a movement" not in texts
    assert not any(m.text.endswith(("’s", "'s")) for m in article_mentions)
    # "Cambodia" inside the party's name is not a mention of the country
    party = next(m for m in article_mentions if m.text == "Cambodia National Rescue Party")
    assert not any(m.start >= party.start and m.end <= party.end and m is not party for m in article_mentions)


# ------------------------------------------------------------ gazetteer

def invented_annotations(*overrides: CorefOverride) -> Annotations:
    return Annotations(actors=(
        Actor("veloria", "Veloria", "place", names=("Veloria",), short_forms=("the country",)),
        Actor("port_aster", "Port Aster", "place", names=("Port Aster",)),
        Actor("vfp", "Veloria Freedom Party", "organisation", names=("Veloria Freedom Party",),
              aliases=("VFP",), short_forms=("the party",)),
        Actor("court", "Supreme Court", "organisation", names=("Supreme Court",), short_forms=("the court",)),
        Actor("ilsa", "Ilsa Varenne", "person", names=("Ilsa Varenne",)),
    ), coref_overrides=overrides, path="invented/actors.yaml")


INVENTED = (
    " date 2022-09-10 Agency, PORT ASTER\n\n"
    "Members of the Veloria Freedom Party (VFP) met in Veloria’s capital. The party said the VFP's plan stands.\n\n"
    "The Velorian Supreme Court rejected it. Party leader Ilsa Varenne said she would appeal to the court."
)


def test_gazetteer_longest_match_possessives_and_case() -> None:
    found = table(mentions_of(INVENTED, invented_annotations()))
    assert found == [
        ("PORT ASTER", "port_aster"), ("Veloria Freedom Party", "vfp"), ("VFP", "vfp"),
        ("Veloria", "veloria"), ("The party", "vfp"), ("VFP", "vfp"),
        ("Velorian Supreme Court", "court"), ("Ilsa Varenne", "ilsa"), ("she", "ilsa"),
        ("the court", "court"),
    ]


def test_kinds_and_rules_of_gazetteer_mentions() -> None:
    by_text = {m.text: m for m in mentions_of(INVENTED, invented_annotations())}
    assert (by_text["VFP"].kind, by_text["VFP"].rule) == ("alias", "gazetteer-alias")
    assert (by_text["The party"].kind, by_text["The party"].rule) == ("short", "short-form")
    assert by_text["Ilsa Varenne"].kind == "name"
    assert by_text["she"].rule == "pronoun-last-person"


# ------------------------------------------------------------ without annotations

def test_title_before_a_name_gives_the_person() -> None:
    found = mentions_of("Interior Minister Sar Kheng said on Tuesday that the ban would stand.")
    assert [(m.text, m.actor_type, m.rule) for m in found] == [("Sar Kheng", "person", "title-pattern")]


def test_acronym_in_parentheses_is_an_alias_of_the_name_before() -> None:
    text = "Human Rights Watch (HRW) criticised the verdict. HRW said it was unjust."
    found = mentions_of(text)
    names = [(m.text, m.actor, m.kind) for m in found if m.kind != "pronoun"]
    actor = names[0][1]
    assert names == [("Human Rights Watch", actor, "pattern"), ("HRW", actor, "alias"), ("HRW", actor, "alias")]
    assert found[0].actor_type == "organisation"
    it = [m for m in found if m.text == "it"]
    assert it == []  # "it was unjust" refers to the verdict, an expletive-like use: not resolved


def test_capitalised_words_that_are_not_names() -> None:
    text = ("Foreign-based members of the party met on Sunday in September. The Cambodian people "
            "voted. Cambodians waited.")
    assert mentions_of(text) == []


def test_acronym_glued_to_a_name_is_split() -> None:
    text = "Its members include deputy presidents of the now-dissolved CNRP Eng Chhai Eang and Mu Sochua."
    names = [m.text for m in mentions_of(text) if m.kind != "pronoun"]
    assert names == ["CNRP", "Eng Chhai Eang", "Mu Sochua"]


def test_one_word_of_a_full_name_is_the_same_person() -> None:
    text = "Opposition leader Ilsa Varenne spoke first. Later, Varenne said the vote was rigged."
    found = [m for m in mentions_of(text) if m.kind != "pronoun"]
    assert [m.text for m in found] == ["Ilsa Varenne", "Varenne"]
    assert found[0].actor == found[1].actor and found[1].rule == "partial-name"


def test_pronoun_rules_without_annotations() -> None:
    text = (
        "Party leader Ilsa Varenne, who lives in exile, called the plan “reckless” and said "
        "Tomas Brede was “a danger.”\n\n"
        "“I warn the government,” she said.\n\n"
        "The Green Harbour Party said on Friday that its members would march. They said in a "
        "statement that they would not stop. It was not immediately clear how many would come."
    )
    found = [(m.text, m.actor, m.rule) for m in mentions_of(text) if m.kind == "pronoun"]
    ilsa, party = "ilsa_varenne", "green_harbour_party"
    assert found == [
        ("who", ilsa, "pronoun-relative"),
        ("I", ilsa, "pronoun-quote-speaker"),
        ("she", ilsa, "pronoun-previous-speaker"),
        ("its", party, "pronoun-last-organisation"),
        ("They", party, "pronoun-plural-collective"),
        ("they", party, "pronoun-plural-collective"),
    ]


def test_a_fronted_participle_clause_points_ahead_to_its_subject() -> None:
    """"Explaining what she called …, Senator Otieno urged": "she" is the subject after the comma
    (Kenya); "According to her, Governor Ruiz …" is no such clause: "her" looks back (Ecuador)."""
    text = ("Former governor Mary Wanjiku Otieno has accused the electoral body of bias.\n\n"
            "Commissioner Paul Kibet Mwangi denied it.\n\n"
            "Explaining what she called a pattern of abuse, Senator Otieno urged reforms.\n\n"
            "Lawmaker Ana Lucia Torres spoke next.\n\n"
            "According to her, Governor Pedro Ruiz had lied.")
    found = [(m.text, m.actor, m.rule) for m in mentions_of(text) if m.kind == "pronoun"]
    assert found == [("she", "mary_wanjiku_otieno", "pronoun-cataphora"),
                     ("her", "ana_lucia_torres", "pronoun-last-person")]


def test_third_person_inside_a_quote_looks_only_inside_it() -> None:
    text = "“We invite all citizens, whatever their views, to join us,” the Green Party said."
    found = [(m.text, m.actor) for m in mentions_of(text) if m.kind == "pronoun"]
    assert ("their", "green_party") not in found
    assert ("We", "green_party") in found and ("us", "green_party") in found


# ------------------------------------------------------------ overrides

def test_override_relinks_a_pronoun_by_paragraph_and_occurrence() -> None:
    override = CorefOverride(paragraph=2, text="she", occurrence=1, actor="veloria")
    found = {m.text: m for m in mentions_of(INVENTED, invented_annotations(override))}
    assert (found["she"].actor, found["she"].rule) == ("veloria", "override")


def test_override_to_null_removes_a_mention() -> None:
    override = CorefOverride(paragraph=1, text="The party", occurrence=1, actor=None)
    found = table(mentions_of(INVENTED, invented_annotations(override)))
    assert ("The party", "vfp") not in found and ("VFP", "vfp") in found


def test_override_can_add_a_mention_the_rules_missed() -> None:
    override = CorefOverride(paragraph=2, text="Party leader", occurrence=1, actor="vfp")
    found = mentions_of(INVENTED, invented_annotations(override))
    added = [m for m in found if m.text == "Party leader"]
    assert len(added) == 1 and added[0].actor == "vfp" and added[0].rule == "override"


def test_override_that_matches_nothing_names_the_file_and_the_fix() -> None:
    override = CorefOverride(paragraph=2, text="he", occurrence=3, actor="ilsa", line=7)
    with pytest.raises(AnnotationError) as err:
        mentions_of(INVENTED, invented_annotations(override))
    message = str(err.value)
    assert message.startswith("invented/actors.yaml:7:") and "paragraph 2" in message and "Fix:" in message
