"""A coding exercise as data: questions on coded events, with the reasons for each choice.

``coding_exercise.yaml`` asks, for chosen events of ``events.yaml``, which
CAMEO event code, actor code or modality a coder would give. The right answer is
never typed in the exercise file: it is the event's own coding, so the
exercise cannot drift from the reference. Each choice carries the reason a
student might pick it. Errors are :class:`~casebook.errors.AnnotationError`
naming the file, the line and the fix.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casebook.errors import AnnotationError, where
from casebook.knowledge.event_codes import EventCodes
from casebook.knowledge.events import Events
from casebook.knowledge.marked_yaml import MarkedDict, load_marked_yaml

EXERCISE_FILE = "coding_exercise.yaml"
FIELDS = ("cameo", "source_code", "target_code", "modality")


@dataclass(frozen=True)
class Choice:
    answer: str
    why: str
    verdict: str  # reference | alternative | other


@dataclass(frozen=True)
class CodingQuestion:
    event: str
    field: str
    prompt: str
    choices: tuple[Choice, ...]


def load_coding_exercise(directory: str | Path, events: Events, codes: EventCodes) -> tuple[CodingQuestion, ...]:
    """Load the exercise and check every question against the events and the code list."""
    path = Path(directory) / EXERCISE_FILE
    doc = load_marked_yaml(path)
    entries = doc.get("questions") if isinstance(doc, MarkedDict) else None
    if not isinstance(entries, list) or not entries:
        raise AnnotationError(f"{where(path, 1)}: the file needs a `questions:` list. Fix: see the comment at its top.")
    by_id = {e.id: e for e in events}
    questions = []
    for index, entry in enumerate(entries):
        line = entries.line_of(index)
        name = f"questions[{index}]"
        if not isinstance(entry, MarkedDict) or not {"event", "field", "prompt", "choices"} <= set(entry):
            raise AnnotationError(f"{where(path, line)}: {name}: needs `event`, `field`, `prompt` and `choices`."
                                  " Fix: add the missing keys.")
        event = by_id.get(str(entry["event"]))
        if event is None or event.same_as is not None:
            raise AnnotationError(f"{where(path, line)}: {name}: '{entry['event']}' is not a distinct event of"
                                  " events.yaml. Fix: use the id of an event without same_as.")
        field = str(entry["field"])
        if field not in FIELDS:
            raise AnnotationError(f"{where(path, line)}: {name}: field '{field}' is unknown. Fix: use one of"
                                  f" {', '.join(FIELDS)}.")
        reference = getattr(event, field)
        choices = []
        for choice in entry["choices"]:
            answer, why = str(choice.get("answer", "")), str(choice.get("why", "")).strip()
            if not answer or not why:
                raise AnnotationError(f"{where(path, line)}: {name}: each choice needs `answer` and `why`."
                                      " Fix: e.g. `- {answer: \"111\", why: ...}`.")
            if field == "cameo" and answer not in codes.event_codes:
                raise AnnotationError(f"{where(path, line)}: {name}: '{answer}' is not in event_codes.yaml."
                                      " Fix: check it in the codebook and list it there first.")
            if field.endswith("_code") and codes.actor_code_problem(answer):
                raise AnnotationError(f"{where(path, line)}: {name}: '{answer}': {codes.actor_code_problem(answer)}."
                                      " Fix: correct the actor code.")
            alternative = (field == "cameo" and answer in event.alt_codes) or bool(choice.get("alternative"))
            verdict = "reference" if answer == reference else "alternative" if alternative else "other"
            choices.append(Choice(answer, why, verdict))
        if sum(c.verdict == "reference" for c in choices) != 1:
            raise AnnotationError(f"{where(path, line)}: {name}: exactly one choice must be the reference"
                                  f" coding of {event.id} ({field} = {reference}). Fix: add it or correct it.")
        questions.append(CodingQuestion(event.id, field, str(entry["prompt"]).strip(), tuple(choices)))
    return tuple(questions)
