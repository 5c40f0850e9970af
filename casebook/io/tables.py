"""Each layer of an ``Article`` as rows, as a Frictionless table schema, and as a pandas DataFrame.

Rows and schemas are stdlib-only (the ``data`` command writes CSV with the
``csv`` module); pandas is imported only when a DataFrame is asked for, so
``python -m casebook parse`` does not pay for it.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from typing import TYPE_CHECKING, Any, Literal

from casebook.model import Article, Header, Mention, Paragraph, Quote, Sentence, Timex

if TYPE_CHECKING:
    import pandas

LAYER_TYPES: dict[str, type] = {
    "header": Header,
    "paragraphs": Paragraph,
    "sentences": Sentence,
    "mentions": Mention,
    "quotes": Quote,
    "timexes": Timex,
}
LAYERS = tuple(LAYER_TYPES)

PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "header": (),
    "paragraphs": ("number",),
    "sentences": ("number",),
    "mentions": ("start", "end"),
    "quotes": ("start", "end", "cue_start"),
    "timexes": ("start", "end"),
}

_SHARED = {
    "start": "Start offset: a Python string index (code point) into the source text as read.",
    "end": "End offset (exclusive): text[start:end] is this item's text.",
    "paragraph": "Number of the body paragraph it lies in (0 = the header line).",
}
FIELD_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "header": {
        "text": "The header line as written, without leading or trailing spaces.",
        "date": "The story's date: the document creation time (DCT) every relative date is resolved against.",
        "agency": "The news agency or outlet named in the header.",
        "place": "The dateline place as written.",
        "date_start": "Offset of the date in the text.",
        "agency_start": "Offset of the agency in the text.",
        "place_start": "Offset of the dateline place in the text.",
    },
    "paragraphs": {
        "text": "The paragraph's text, without surrounding blank lines.",
        "number": "Body paragraph number, from 1 (the header line is not a paragraph).",
    },
    "sentences": {
        "text": "The sentence, from its first character to its final punctuation and closing quote.",
        "number": "Sentence number, from 1, across the whole body.",
    },
    "mentions": {
        "text": "The mention as written.",
        "actor": "Actor id from the annotations folder; empty when the mention is unresolved.",
        "kind": "How the actor is named: full name, alias, short form, pronoun, or found by a pattern.",
        "rule": "Name of the rule that found or resolved the mention.",
        "actor_type": "Person, organisation, place or group, when known.",
    },
    "quotes": {
        "text": "The content: between the quotation marks (direct) or the reported clause (reported).",
        "speaker": "The speaker's name as written or resolved; never a pronoun or a bare title, and empty when the rules cannot name the speaker.",
        "speaker_actor": "Actor id of the speaker, when known.",
        "speaker_start": "Offset of the speaker expression as written (may be a pronoun).",
        "speaker_end": "End offset of the speaker expression.",
        "cue": "The speech verb or phrase as written, e.g. said, wrote, According to; empty for a quotation no cue attributes.",
        "cue_start": "Offset of the cue.",
        "cue_end": "End offset of the cue.",
        "kind": "direct (quotation marks) or reported (indirect speech).",
        "structure": "Attribution pattern, e.g. QCSV (quote, cue, speaker) or SV-that.",
    },
    "timexes": {
        "text": "The date expression as written, without its preposition (TimeML extent).",
        "value": "TIMEX3 value: an ISO 8601 prefix at the expression's granularity (2009-06, 2009-06-15).",
        "granularity": "day, week, month or year.",
        "rule": "Name of the anchoring rule that decided the value.",
        "signal": "The preposition before the expression (in, on), if any.",
        "type": "TIMEX3 type (DATE).",
    },
}


def _frictionless_type(hint: Any) -> dict[str, Any]:
    """Map a field's type hint to a Frictionless ``type`` (plus an enum for Literals)."""
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    options = tuple(option for option in options if option is not type(None))
    if all(typing.get_origin(option) is Literal for option in options):
        values = [value for option in options for value in typing.get_args(option)]
        return {"type": "string", "constraints": {"enum": values}}
    if options == (int,):
        return {"type": "integer"}
    return {"type": "string"}


def layer_fields(layer: str) -> list[dict[str, Any]]:
    """Frictionless field descriptors for a layer, in column order."""
    item_type = LAYER_TYPES[layer]
    hints = typing.get_type_hints(item_type)
    fields = []
    for field in dataclasses.fields(item_type):
        descriptor: dict[str, Any] = {"name": field.name}
        descriptor.update(_frictionless_type(hints[field.name]))
        if layer == "header" and field.name == "date":
            descriptor["type"] = "date"
        description = FIELD_DESCRIPTIONS[layer].get(field.name) or _SHARED.get(field.name)
        if description:
            descriptor["description"] = description
        fields.append(descriptor)
    return fields


def layer_items(article: Article, layer: str) -> tuple[Any, ...]:
    """The items of one layer (the header as a one-item tuple, or empty)."""
    if layer == "header":
        return (article.header,) if article.header else ()
    return tuple(getattr(article, layer))


def layer_rows(article: Article, layer: str) -> list[dict[str, Any]]:
    """One dict per item, keys in schema order, values as in the dataclass."""
    names = [field.name for field in dataclasses.fields(LAYER_TYPES[layer])]
    return [{name: getattr(item, name) for name in names} for item in layer_items(article, layer)]


def layer_frame(article: Article, layer: str) -> pandas.DataFrame:
    """One layer as a DataFrame; integer columns that may be empty use pandas' nullable Int64."""
    import pandas

    fields = layer_fields(layer)
    rows = layer_rows(article, layer)
    columns = {}
    for field in fields:
        values = [row[field["name"]] for row in rows]
        if field["type"] == "integer":
            columns[field["name"]] = pandas.array(values, dtype="Int64")
        else:
            columns[field["name"]] = pandas.array(values, dtype=object)
    return pandas.DataFrame(columns, columns=[field["name"] for field in fields])


def article_frames(article: Article) -> dict[str, pandas.DataFrame]:
    """Every layer as a DataFrame, keyed by layer name."""
    return {layer: layer_frame(article, layer) for layer in LAYERS}
