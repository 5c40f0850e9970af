"""The actor explorer's views, free-text search, and the widgets that show them."""
from __future__ import annotations

import html
import re

import pytest

from casebook.knowledge.annotations import Actor, Annotations
from casebook import parse_text
from casebook.knowledge.case import load_case
from casebook.book.explorers import (
    RULE_EXPLANATIONS,
    actor_views,
    marked_sentence,
    search_html,
    search_sentences,
)
from casebook.book.widgets import live_search, static_explorer, views_as_html


@pytest.fixture(scope="module")
def case():
    return load_case("reuters-2018-01-15")


@pytest.fixture(scope="module")
def views(case):
    return actor_views(case.article, case.annotations, case.bibliography)


def _text(fragment: str) -> str:
    """Visible text of an HTML fragment: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_one_view_per_mentioned_actor_people_first(case, views, gold):
    labels = {a.id: a.label for a in case.annotations.actors}
    assert set(views) == {labels[m["actor"]] for m in gold["mentions"]}
    types = [case.annotations.actor(next(a for a, lab in labels.items() if lab == v)).type for v in views]
    order = ["person", "organisation", "group", "place"]
    assert types == sorted(types, key=order.index)


def test_each_view_holds_the_gold_sentences_and_marks_every_mention(case, views, gold):
    labels = {a.id: a.label for a in case.annotations.actors}
    for actor_id, label in labels.items():
        mentions = [m for m in gold["mentions"] if m["actor"] == actor_id]
        if not mentions:
            continue
        view = views[label]
        text = _text(view)
        for sentence in gold["sentences"]:
            if any(sentence["start"] <= m["start"] < sentence["end"] for m in mentions):
                assert sentence["text"] in text, (actor_id, sentence["text"])
        marks = re.findall(r"<mark[^>]*>(.*?)</mark>", view)
        assert sorted(html.unescape(m) for m in marks) == sorted(m["text"] for m in mentions), actor_id


def test_views_show_the_rule_role_note_and_sources(case, views):
    view = views["Kem Sokha"]
    assert "pronoun-last-person" in view and RULE_EXPLANATIONS["pronoun-last-person"] in _text(view)
    assert "Role:" in view and "Note:" in view and "Sources:" in view
    assert 'href="https://www.rfa.org/' in view
    assert 'href="source.html#p3"' in view and 'href="source.html#p9"' in view
    assert "dateline" in _text(views["Reuters"])


def test_marked_sentence_escapes_the_text():
    text = " date 2018-01-15 Agency, PLACE\n\nThe <b>Board</b> & A. Person met Q&A Ltd.\n"
    actor = Actor(id="board", label="<b>Board</b>", type="organisation", names=("<b>Board</b>",),
                  role="r", side="government")
    article = parse_text(text, annotations=Annotations((actor,)))
    sentence = article.sentences[0]
    start = text.index("<b>Board</b>")
    out = marked_sentence(article, sentence, [(start, start + len("<b>Board</b>"), "m")], style="x: 'y'")
    assert "<b>" not in out and "&lt;b&gt;Board&lt;/b&gt;" in out
    assert "&amp; A. Person" in out and "style=\"x: &#x27;y&#x27;\"" in out
    views = actor_views(article, Annotations((actor,)), {})
    assert "<b>Board" not in views["<b>Board</b>"].replace("<strong>", "")


def test_search_sentences_and_html(case):
    frame = search_sentences(case.article, "cnrp")
    expected = [s.number for s in case.article.sentences if "cnrp" in s.text.lower()]
    assert list(frame["sentence"]) == expected
    assert search_sentences(case.article, "   ").empty
    assert search_sentences(case.article, ".*").empty  # regex characters are literal
    assert len(search_sentences(case.article, "(")) == 2  # "(CNRP)" and "(CNRM)"
    out = search_html(case.article, "serial loser")
    assert "1 sentence contains" in out and '<mark class="casebook-match">serial loser</mark>' in out
    assert "No sentence contains" in search_html(case.article, "<zzz>")
    assert "&lt;zzz&gt;" in search_html(case.article, "<zzz>")


def test_static_explorer_keeps_its_signature_and_links_in_the_browser():
    box = static_explorer({"a": "<p>A</p>", "b": "<p>B</p>"}, description="Pick")
    choose, stack = box.children
    assert list(choose.options) == ["a", "b"] and stack.selected_index == 0
    assert "casebook-explorer" in box._dom_classes
    box = static_explorer({"a": "<p>A</p>"}, description="Pick", selector="toggle", css_class="extra")
    assert "extra" in box._dom_classes
    with pytest.raises(ValueError):
        static_explorer({}, description="Pick")


def test_live_search_updates_on_change(case):
    widget = live_search(lambda q: search_html(case.article, q), description="Search")
    text_box, result = widget.children
    assert "Type a word" in result.value
    text_box.value = "Twitter"
    assert "Twitter</mark>" in result.value


def test_fallback_lists_every_view(views):
    out = views_as_html(views, summary="All")
    assert out.count("<section>") == len(views)
