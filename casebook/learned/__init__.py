"""Learned speaker choice: an optional fallback of the parser, outside it.

:mod:`casebook.parse` stays pure Python and rule-based. This layer adds what a trained model can:
:func:`speaker_windows` (pure Python) makes the text and candidates a speaker model reads, and
:class:`SpeakerModel` (numpy, onnxruntime and tokenizers, imported only when a model is loaded)
names a speaker for the direct quotations the rules leave without one. May import
``casebook.parse``, ``casebook.model`` and ``casebook.errors``; never YAML, pandas, matplotlib,
ipywidgets or networkx (an import-linter contract checks it).
"""
from casebook.learned.encoder import MODEL_DIR, SpeakerGuess, SpeakerModel, load_speaker_model, named_by
from casebook.learned.windows import Candidate, SpeakerWindow, speaker_windows

__all__ = ["speaker_windows", "SpeakerWindow", "Candidate",
           "SpeakerModel", "SpeakerGuess", "load_speaker_model", "named_by", "MODEL_DIR"]
