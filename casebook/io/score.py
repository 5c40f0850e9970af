"""Precision, recall and F1 of the parser against hand-made gold, one layer at a time.

Matching is strict (exact offsets), which is what the book reports:
- sentences by span;
- mentions by span and actor id;
- quotations by content span and speaker actor (and, separately, also the cue);
- date expressions by span and value.
Items may be dataclasses or the gold file's dicts. Counting is by multiset,
so a duplicated prediction is a false positive.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Hashable, Iterable, Mapping

Key = Callable[[Any], Hashable]


def field(item: Any, name: str, default: Any = None) -> Any:
    """``item[name]`` for a dict, ``item.name`` for a dataclass."""
    if isinstance(item, Mapping):
        return item.get(name, default)
    return getattr(item, name, default)


@dataclass(frozen=True)
class LayerScore:
    layer: str
    tp: int
    fp: int
    fn: int
    missed: tuple[str, ...] = ()  # gold items not found, as "start-end 'text' …"
    spurious: tuple[str, ...] = ()  # predictions not in gold

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> str:
        return (f"{self.layer:<14} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
                f"  (tp {self.tp}, fp {self.fp}, fn {self.fn})")


def score_layer(layer: str, predicted: Iterable[Any], gold: Iterable[Any], key: Key) -> LayerScore:
    """Strict multiset match of ``key(item)`` between predictions and gold."""
    predicted, gold = list(predicted), list(gold)
    want, got = Counter(map(key, gold)), Counter(map(key, predicted))
    tp = sum((want & got).values())
    missed = _describe([g for g in gold], want - got, key)
    spurious = _describe([p for p in predicted], got - want, key)
    return LayerScore(layer, tp, sum(got.values()) - tp, sum(want.values()) - tp, missed, spurious)


def _describe(items: list[Any], left: Counter, key: Key) -> tuple[str, ...]:
    out = []
    left = Counter(left)
    for item in items:
        k = key(item)
        if left[k] > 0:
            left[k] -= 1
            out.append(f"{field(item, 'start')}-{field(item, 'end')} {field(item, 'text')!r} {k[2:] if isinstance(k, tuple) else ''}")
    return tuple(out)


def span(item: Any) -> tuple[int, int]:
    return field(item, "start"), field(item, "end")


def score_sentences(predicted: Iterable[Any], gold: Iterable[Any]) -> LayerScore:
    return score_layer("sentences", predicted, gold, span)


def score_mentions(predicted: Iterable[Any], gold: Iterable[Any]) -> LayerScore:
    return score_layer("mentions", predicted, gold, lambda m: (*span(m), field(m, "actor")))


def score_quotes(predicted: Iterable[Any], gold: Iterable[Any], with_cue: bool = False) -> LayerScore:
    """Content span + speaker actor (+ cue as written when ``with_cue``)."""
    def key(q: Any) -> tuple:
        base = (*span(q), field(q, "speaker_actor"))
        return (*base, field(q, "cue")) if with_cue else base
    return score_layer("quotes+cue" if with_cue else "quotes", predicted, gold, key)


def speaker_name(quote: Any) -> str:
    """The speaker's name folded for comparison (case, a leading "the", outer spaces)."""
    name = str(field(quote, "speaker") or "").strip().casefold()
    return name[4:] if name.startswith("the ") else name


def score_quotes_by_name(predicted: Iterable[Any], gold: Iterable[Any]) -> LayerScore:
    """Content span + speaker *name*: for stories parsed without annotations (no actor ids)."""
    return score_layer("quotes (name)", predicted, gold, lambda q: (*span(q), speaker_name(q)))


def score_quote_spans(predicted: Iterable[Any], gold: Iterable[Any]) -> LayerScore:
    """Content span and kind only: did we find the quotation at all."""
    return score_layer("quote spans", predicted, gold, lambda q: (*span(q), field(q, "kind")))


def score_timexes(predicted: Iterable[Any], gold: Iterable[Any]) -> LayerScore:
    return score_layer("timexes", predicted, gold, lambda t: (*span(t), field(t, "value")))


def score_article(article: Any, gold: Mapping[str, Any]) -> dict[str, LayerScore]:
    """Every layer the gold has, scored against a parsed ``Article`` (or its dict)."""
    scorers: dict[str, Callable[[Iterable[Any], Iterable[Any]], LayerScore]] = {
        "sentences": score_sentences, "mentions": score_mentions, "quotes": score_quotes,
        "timexes": score_timexes,
    }
    out: dict[str, LayerScore] = {}
    for layer, scorer in scorers.items():
        if layer in gold:
            out[layer] = scorer(field(article, layer) or (), gold[layer])
    if "quotes" in gold:
        quotes = field(article, "quotes") or ()
        out["quotes+cue"] = score_quotes(quotes, gold["quotes"], with_cue=True)
        out["quote spans"] = score_quote_spans(quotes, gold["quotes"])
    return out
