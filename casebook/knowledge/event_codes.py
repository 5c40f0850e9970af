"""The codes an event coding may use: CAMEO event and actor codes, QuadClass, PLOVER and ACLED types.

``event_codes.yaml`` in the annotations folder lists the codes that a book's
coders have checked against the codebooks, with their labels and the citation
keys of those codebooks. The events loader refuses any code that is not listed,
so a typing error ("1052" for "1053") or a code that does not exist fails loudly.
Every mistake is an :class:`~casebook.errors.AnnotationError` naming the file,
the line and the fix.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook.errors import AnnotationError, where
from casebook.knowledge.annotations import Annotations
from casebook.knowledge.marked_yaml import MarkedDict, load_marked_yaml

EVENT_CODES_FILE = "event_codes.yaml"
_KEYS = {"codebook", "sources", "roots", "event_codes", "quad_classes", "plover", "acled", "actor_codes"}
_CODE = re.compile(r"\d{2,4}\Z")
_ROOT = re.compile(r"\d{2}\Z")
_GROUP = re.compile(r"[A-Z]{3}\Z")
ACTOR_CODE = re.compile(r"(?:[A-Z]{3}){1,5}\Z")  # TABARI: one to five three-letter groups
_ACTOR_KINDS = ("countries", "international", "roles", "organisations")


@dataclass(frozen=True)
class EventCodes:
    """The checked codes, with their labels and sources."""

    codebook: str
    event_codes: dict[str, str]
    roots: dict[str, str]
    quad_of_root: dict[str, tuple[int, str]]
    plover: dict[str, str]
    acled_event_types: tuple[str, ...]
    acled_strategic: tuple[str, ...]
    actor_groups: dict[str, dict[str, str]] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    path: str = ""

    def label(self, code: str) -> str:
        return self.event_codes[code]

    def root(self, code: str) -> str:
        return code[:2]

    def quad(self, code: str) -> tuple[int, str]:
        """GDELT's QuadClass of a code: (number, label)."""
        return self.quad_of_root[self.root(code)]

    def plover_type(self, code: str) -> str:
        """The PLOVER event type that the code's root becomes, or "dropped"."""
        return self.plover.get(self.root(code), "")

    def actor_code_problem(self, code: str) -> str | None:
        """Why ``code`` is not a well-formed actor code of the listed groups, or None if it is."""
        if not ACTOR_CODE.match(code):
            return "an actor code is one to five groups of three capital letters, e.g. KHMGOV"
        groups = [code[i:i + 3] for i in range(0, len(code), 3)]
        first = self.actor_groups.get("countries", {}) | self.actor_groups.get("international", {})
        if groups[0] not in first:
            return f"'{groups[0]}' is not a listed country or international code ({', '.join(sorted(first))})"
        rest = self.actor_groups.get("roles", {}) | self.actor_groups.get("organisations", {})
        for group in groups[1:]:
            if group not in rest:
                return f"'{group}' is not a listed role or organisation code ({', '.join(sorted(rest))})"
        return None

    def describe_actor_code(self, code: str) -> str:
        """The labels of an actor code's groups, joined with a dot, for example the country's name and 'Government'."""
        labels = []
        for i in range(0, len(code), 3):
            group = code[i:i + 3]
            for kind in _ACTOR_KINDS:
                if group in self.actor_groups.get(kind, {}):
                    labels.append(self.actor_groups[kind][group].split(":")[0])
                    break
        return " · ".join(labels)


def load_event_codes(directory: str | Path, annotations: Annotations) -> EventCodes:
    """Load ``event_codes.yaml`` from ``directory`` and check its shape and citation keys."""
    path = Path(directory) / EVENT_CODES_FILE
    doc = load_marked_yaml(path)
    if not isinstance(doc, MarkedDict):
        raise AnnotationError(f"{where(path, 1)}: the file must be a mapping. Fix: start it with `codebook:`.")
    for key in doc:
        if key not in _KEYS:
            raise AnnotationError(f"{where(path, doc.line_of(key))}: unknown top-level key '{key}'."
                                  f" Fix: use only {', '.join(sorted(_KEYS))}.")
    for key in ("codebook", "roots", "event_codes", "quad_classes"):
        if not doc.get(key):
            raise AnnotationError(f"{where(path, doc.line)}: missing `{key}:`. Fix: add it"
                                  " (see the comment at the top of data/annotations/event_codes.yaml).")
    sources = [str(doc["codebook"]), *map(str, doc.get("sources") or [])]
    for key in sources:
        if key not in annotations.bib_keys:
            raise AnnotationError(f"{where(path, doc.line_of('sources'))}: citation key '{key}' is not in"
                                  f" {annotations.bibliography}. Fix: add the entry there or correct the key.")
    roots = _codes(doc["roots"], path, "roots", _ROOT)
    codes = _codes(doc["event_codes"], path, "event_codes", _CODE)
    quad = _quad(doc["quad_classes"], path)
    for code in codes:
        line = doc["event_codes"].line_of(code)
        if code[:2] not in roots or code[:2] not in quad:
            raise AnnotationError(f"{where(path, line)}: event code '{code}': its root '{code[:2]}' is not"
                                  " under `roots:` and in a quad class. Fix: add the root with its label.")
    plover = {str(k): str(v) for k, v in (doc.get("plover") or {}).items()}
    acled = doc.get("acled") or {}
    groups = {kind: {str(k): str(v) for k, v in ((doc.get("actor_codes") or {}).get(kind) or {}).items()}
              for kind in _ACTOR_KINDS}
    for kind, values in groups.items():
        for group in values:
            if not _GROUP.match(group):
                raise AnnotationError(f"{where(path, doc.line_of('actor_codes'))}: actor_codes.{kind}: '{group}'"
                                      " is not three capital letters. Fix: write the group as in the codebook.")
    return EventCodes(
        codebook=str(doc["codebook"]), event_codes=codes, roots=roots, quad_of_root=quad, plover=plover,
        acled_event_types=tuple(map(str, acled.get("event_types") or ())),
        acled_strategic=tuple(map(str, acled.get("strategic_developments") or ())),
        actor_groups=groups, sources=tuple(sources), path=str(path),
    )


def _codes(mapping: Any, path: Path, key: str, pattern: re.Pattern[str]) -> dict[str, str]:
    if not isinstance(mapping, MarkedDict):
        raise AnnotationError(f"{where(path)}: `{key}` must be a mapping of code: label."
                              f" Fix: write `\"0241\": Appeal for change in leadership`.")
    out = {}
    for code, label in mapping.items():
        if not isinstance(code, str) or not pattern.match(code):
            raise AnnotationError(
                f"{where(path, mapping.line_of(code))}: {key}: {code!r} is not a CAMEO code. Fix: quote it"
                " (\"016\", not 016: unquoted, YAML drops the leading zero) and use 2 to 4 digits.")
        if not isinstance(label, str) or not label.strip():
            raise AnnotationError(f"{where(path, mapping.line_of(code))}: {key}: code '{code}' has no label."
                                  " Fix: copy its label from the codebook.")
        out[code] = label.strip()
    return out


def _quad(entries: Any, path: Path) -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        if not isinstance(entry, dict) or not {"quad", "label", "roots"} <= set(entry):
            raise AnnotationError(f"{where(path)}: quad_classes[{index}] needs `quad`, `label` and `roots`."
                                  " Fix: e.g. `{quad: 1, label: Verbal cooperation, roots: [\"01\"]}`.")
        for root in entry["roots"]:
            if str(root) in out:
                raise AnnotationError(f"{where(path)}: root '{root}' is in two quad classes. Fix: keep it in one.")
            out[str(root)] = (int(entry["quad"]), str(entry["label"]))
    if not out:
        raise AnnotationError(f"{where(path)}: `quad_classes` is empty or not a list. Fix: list the four classes.")
    return out
