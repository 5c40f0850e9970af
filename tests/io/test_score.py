"""Precision/recall/F1 arithmetic and matching keys, on hand-counted examples."""
from __future__ import annotations

import pytest

from casebook.model import Quote
from casebook.io.score import (
    score_article, score_mentions, score_quotes, score_quotes_by_name, score_sentences, score_timexes,
)


def test_counts_and_ratios() -> None:
    gold = [{"start": 0, "end": 5, "text": "a"}, {"start": 6, "end": 9, "text": "b"}, {"start": 10, "end": 12, "text": "c"}]
    predicted = [{"start": 0, "end": 5, "text": "a"}, {"start": 6, "end": 8, "text": "b?"}]
    score = score_sentences(predicted, gold)
    assert (score.tp, score.fp, score.fn) == (1, 1, 2)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(1 / 3)
    assert score.f1 == pytest.approx(0.4)
    assert len(score.missed) == 2 and len(score.spurious) == 1


def test_mentions_need_the_same_actor() -> None:
    gold = [{"start": 0, "end": 2, "text": "he", "actor": "a"}]
    assert score_mentions([{"start": 0, "end": 2, "text": "he", "actor": "b"}], gold).tp == 0
    assert score_mentions([{"start": 0, "end": 2, "text": "he", "actor": "a"}], gold).f1 == 1.0


def test_duplicates_count_as_false_positives() -> None:
    gold = [{"start": 0, "end": 4, "text": "x", "value": "2018"}]
    twice = gold * 2
    score = score_timexes(twice, gold)
    assert (score.tp, score.fp) == (1, 1)


def test_quotes_by_actor_cue_and_name() -> None:
    quote = Quote(0, 4, "text", "The Ministry", "m", 10, 22, "said", 23, 27, "direct", "QCSV")
    gold = [{"start": 0, "end": 4, "text": "text", "speaker_actor": "m", "cue": "told", "speaker": "ministry"}]
    assert score_quotes([quote], gold).tp == 1
    assert score_quotes([quote], gold, with_cue=True).tp == 0
    assert score_quotes_by_name([quote], gold).tp == 1  # "The Ministry" ~ "ministry"


def test_empty_layers_are_perfect_not_undefined() -> None:
    score = score_sentences([], [])
    assert (score.precision, score.recall) == (1.0, 1.0)
    assert score_sentences([], [{"start": 0, "end": 1, "text": "x"}]).recall == 0.0


def test_score_article_scores_only_the_layers_gold_has() -> None:
    parsed = {"sentences": [{"start": 0, "end": 1, "text": "x"}], "quotes": []}
    scores = score_article(parsed, {"sentences": [{"start": 0, "end": 1, "text": "x"}]})
    assert set(scores) == {"sentences"}
