"""The shipped speaker model: a small fine-tuned encoder that picks a quotation's speaker.

An optional fallback of the parser (issue 9): :meth:`SpeakerModel.fill` names a speaker only for
the direct quotations the rules leave without one, and changes nothing else. The model is
all-MiniLM-L6-v2 fine-tuned on the corpus gold (``benchmarks/encoder_experiment.py``), exported
to ONNX with 8-bit weights (``benchmarks/encoder_onnx.py``); it reads the windows of
:mod:`casebook.learned.windows` and scores "nobody named" against each candidate. It runs with
``onnxruntime``, ``tokenizers`` and ``numpy`` (``pip install '.[speakers]'``), never torch.
Its folder, ``data/models/speaker-encoder/``, says how it was trained and what it scored.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebook.errors import SpeakerModelError
from casebook.learned.windows import SpeakerWindow, speaker_windows
from casebook.model import Article, Quote
from casebook.parse import names_several

MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "models" / "speaker-encoder"
ENCODER, TOKENIZER, HEADS = "encoder.int8.onnx", "tokenizer.json", "heads.npz"
HEAD_ARRAYS = ("candidate_weight", "candidate_bias", "nobody_weight", "nobody_bias")
MAX_TOKENS = 256   # as in training; what lies beyond is cut, and a candidate cut away cannot be chosen
NOT_CHOSEN = -1e4  # the score of a candidate none of whose tokens survived the cut


@dataclass(frozen=True)
class SpeakerGuess:
    """The model's choice for one quotation: an actor, or ``None`` for "nobody named"."""

    quote: Quote
    actor: str | None
    name: str | None
    probability: float  # of the choice, among "nobody" and the candidates (softmax)


class SpeakerModel:
    """The encoder, its tokenizer and its two heads, loaded from one folder."""

    def __init__(self, folder: str | Path = MODEL_DIR, threads: int = 2, encoder: str = ENCODER) -> None:
        self.folder = Path(folder)
        missing = [name for name in (encoder, TOKENIZER, HEADS) if not (self.folder / name).is_file()]
        if missing:
            raise SpeakerModelError(
                f"{self.folder}: no {', '.join(missing)}. Fix: pass the folder the speaker model was"
                f" exported to (benchmarks/encoder_onnx.py --out), or use the shipped one, {MODEL_DIR}.")
        try:
            import numpy
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as error:
            raise SpeakerModelError(
                f"the speaker model needs numpy, onnxruntime and tokenizers ({error.name} is missing)."
                " Fix: pip install -r requirements.txt, or pip install '.[speakers]'.") from None
        self._np = numpy
        try:
            heads = numpy.load(self.folder / HEADS)
            arrays = {name: heads[name] for name in HEAD_ARRAYS}
        except (KeyError, ValueError, OSError) as error:
            raise SpeakerModelError(
                f"{self.folder / HEADS}: not the heads of a speaker model ({error}). Fix: export the"
                f" model again with benchmarks/encoder_onnx.py; it must hold {', '.join(HEAD_ARRAYS)}.") from None
        self._candidate_w, self._candidate_b = arrays["candidate_weight"][0], float(arrays["candidate_bias"][0])
        self._nobody_w, self._nobody_b = arrays["nobody_weight"][0], float(arrays["nobody_bias"][0])
        try:
            self._tokenizer = Tokenizer.from_file(str(self.folder / TOKENIZER))
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = threads
            self._session = onnxruntime.InferenceSession(
                str(self.folder / encoder), options, providers=["CPUExecutionProvider"])
        except Exception as error:  # the two libraries raise their own types for a damaged file
            raise SpeakerModelError(
                f"{self.folder}: the tokenizer or the encoder cannot be loaded ({error}). Fix: export"
                " the model again with benchmarks/encoder_onnx.py.") from None
        self._tokenizer.enable_truncation(MAX_TOKENS)

    def scores(self, window: SpeakerWindow) -> list[float]:
        """Raw scores: "nobody named" first, then each candidate in order."""
        np = self._np
        encoding = self._tokenizer.encode(window.text)
        feed = {"input_ids": np.array([encoding.ids], dtype=np.int64),
                "attention_mask": np.ones((1, len(encoding.ids)), dtype=np.int64)}
        states = self._session.run(None, feed)[0][0]
        out = [float(states[0] @ self._nobody_w + self._nobody_b)]
        for candidate in window.candidates:
            tokens = span_tokens(encoding.offsets, candidate.spans)
            if tokens:
                picked = states[tokens]
                both = np.concatenate([picked.mean(0), picked.max(0)])
                out.append(float(both @ self._candidate_w + self._candidate_b))
            else:
                out.append(NOT_CHOSEN)
        return out

    def guess(self, article: Article, quotes: list[Quote] | None = None) -> list[SpeakerGuess]:
        """The model's choice for each of ``quotes`` (default: every direct quotation)."""
        np = self._np
        guesses = []
        for window in speaker_windows(article, quotes):
            scores = np.array(self.scores(window))
            probabilities = np.exp(scores - scores.max())
            probabilities /= probabilities.sum()
            pick = int(np.argmax(scores))
            chosen = window.candidates[pick - 1] if pick > 0 else None
            guesses.append(SpeakerGuess(window.quote, chosen.actor if chosen else None,
                                        chosen.name if chosen else None, float(probabilities[pick])))
        return guesses

    def overrule(self, article: Article, threshold: float = 0.9) -> list[SpeakerGuess]:
        """The guesses that would overrule a speaker the rules named: another candidate, chosen
        with probability ``threshold`` or more. Not used by :meth:`fill`; for measuring only."""
        named = [q for q in article.quotes if q.kind == "direct" and q.speaker is not None]
        return [g for g in self.guess(article, named)
                if g.actor is not None and g.actor != g.quote.speaker_actor and g.probability >= threshold]

    def fill(self, article: Article) -> Article:
        """``article`` with a speaker named where the rules named none; every other item as it was.

        A quotation whose speaker the rules left to words that stand for several people
        ("Opposition parties blasted …", "chants of “…”") keeps no speaker: one person's name
        would be a guess the words rule out (:func:`casebook.parse.names_several`)."""
        unknown = [q for q in article.quotes if q.kind == "direct" and q.speaker is None and not (
            q.speaker_start is not None and names_several(article.text[q.speaker_start:q.speaker_end]))]
        if not unknown:
            return article
        chosen = {id(g.quote): g for g in self.guess(article, unknown) if g.actor is not None}
        if not chosen:
            return article
        quotes = tuple(named_by(q, chosen[id(q)], article) if id(q) in chosen else q for q in article.quotes)
        return dataclasses.replace(article, quotes=quotes)


def span_tokens(offsets: Any, spans: Any) -> list[int]:
    """The positions of the tokens (character offsets ``(a, b)``) that overlap any of ``spans``."""
    return [i for i, (a, b) in enumerate(offsets) if b > a and any(a < e and s < b for s, e in spans)]


def named_by(quote: Quote, guess: SpeakerGuess, article: Article) -> Quote:
    """``quote`` with the guessed speaker, pointing at that actor's nearest named mention before it."""
    mentions = [m for m in article.mentions if m.actor == guess.actor and m.kind != "pronoun"]
    before = [m for m in mentions if m.end <= quote.start]
    near = before[-1] if before else min(mentions, key=lambda m: abs(m.start - quote.end), default=None)
    return dataclasses.replace(quote, speaker=guess.name, speaker_actor=guess.actor,
                               speaker_start=near.start if near else None, speaker_end=near.end if near else None)


def load_speaker_model(folder: str | Path | None = None) -> SpeakerModel:
    """The speaker model in ``folder`` (default: the one shipped in ``data/models/speaker-encoder``)."""
    return SpeakerModel(MODEL_DIR if folder is None else folder)
