"""Figures and tables of a story with nothing to show (no quotation, no named actor), as a
scaffolded book may hold: a figure that says so in words, and a table with its columns."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

from casebook import parse_text  # noqa: E402
from casebook.book import cue_frame, mention_map, voice_share  # noqa: E402
from casebook.knowledge import Annotations  # noqa: E402

QUIET = " date 2020-01-02 Reuters, LIMA\n\nIt rained on Monday. The river rose in December."


def texts(figure) -> list[str]:
    return [t.get_text() for ax in figure.axes for t in ax.texts]


def test_voice_share_of_no_voice_says_so() -> None:
    figure = voice_share(())
    assert texts(figure) == ["The parser found no quotation or reported statement in this story."]


def test_mention_map_of_no_actor_says_so() -> None:
    article = parse_text(QUIET, annotations=Annotations(()))
    assert not [m for m in article.mentions if m.actor and m.kind != "pattern"]
    figure = mention_map(article, Annotations(()))
    assert texts(figure) == ["No person, organisation or group is mentioned in this story."]


def test_cue_frame_of_no_voice_has_its_columns() -> None:
    frame = cue_frame(())
    assert frame.empty
    assert list(frame.columns) == ["verb", "as written", "speakers", "paragraphs", "kinds", "what the verb adds"]
