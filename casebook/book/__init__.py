"""What the chapters show: tables, figures, explorers and HTML, from an Article and its knowledge.

Everything here reads a parsed :class:`~casebook.model.Article` plus the
objects of :mod:`casebook.knowledge` and never parses text again. Tables are
pandas DataFrames, figures matplotlib, the event graph networkx, and the
explorers ipywidgets that work in the static book (see ``widgets``). Names
load on first use, so that importing this package costs nothing until a
chapter asks for a table or a figure. May import: ``casebook.knowledge``,
``casebook.parse``, ``casebook.model``, ``casebook.errors`` and the
libraries above; never ``casebook.io`` or ``casebook.cli``.
"""
from casebook.lazy import lazy_exports

_NAMES = {
    "casebook.book.cast": ["cast_frame", "cast_html", "mention_frame", "short_name"],
    "casebook.book.explorers": ["actor_views", "search_html", "search_sentences"],
    "casebook.book.figures": ["mention_map", "relation_network"],
    "casebook.book.network": ["event_graph", "events_frame", "events_html", "network_edges"],
    "casebook.book.render": ["render_article", "highlight_rows"],
    "casebook.book.render_notes": ["scroll_frame", "sources_line"],
    "casebook.book.versions": ["versions_frame", "versions_summary", "summary_html"],
    "casebook.book.widgets": ["in_static_build", "live_search", "static_explorer", "views_as_html"],
    "casebook.book.links": ["paragraph_anchor", "paragraph_href", "paragraph_link", "source_page"],
    "casebook.book.chronology": ["explain_rule", "human_date", "timex_rows", "timex_frame", "timex_html",
                                 "timeline_rows", "timeline_html", "story_order_rows", "story_order_html",
                                 "timeline_views"],
    "casebook.book.timeline_figures": ["timeline_figure"],
    "casebook.book.steppers": ["stepper", "self_check", "live_answer_check"],
    "casebook.book.date_quiz": ["date_questions", "check_answer_html"],
    "casebook.book.eventdata": ["coding_rows", "coding_html", "dataset_rows", "dataset_html", "dataset_counts",
                                "event_matrix", "coding_questions"],
    "casebook.book.style": ["SIDE_COLOURS", "SIDE_LABELS", "side_colour", "use_book_style"],
    "casebook.book.voices": ["Voice", "collect_voices", "voices_frame", "voices_html", "speech_kind", "speech_channel"],
    "casebook.book.voice_figures": ["voice_share", "voice_map", "share_table"],
    "casebook.book.voice_explorer": ["voice_views", "cue_frame", "reactions_html"],
    "casebook.book.methods": ["html_table", "pipeline_rows", "sentence_rows", "mention_rows", "quote_rows",
                              "structure_examples", "unknown_speaker_rows", "date_rows", "date_rule_examples",
                              "read_stories"],
    "casebook.book.method_scores": ["layer_score_rows", "corpus_score_rows", "load_benchmark", "latest_benchmark",
                                    "measured_on", "corpus_benchmark_rows", "corpus_speed_ratio",
                                    "parse_benchmark_rows", "speaker_model_rows", "trial_rows"],
    "casebook.book.method_figures": ["recall_figure"],
    "casebook.book.reuse": ["try_actor_edit"],
    "casebook.book.classroom": ["word_count", "article_words", "bare_article_html", "one_page_timeline_html"],
    "casebook.book.locator_map": ["locator_map", "load_countries"],
    "casebook.book.quiz": ["load_quiz", "quiz_questions", "quiz_answer_key"],
    "casebook.book.build_status": ["load_build_report", "targets_met", "build_time_rows", "notebook_time_rows",
                                   "page_weight_rows", "build_status_summary", "BuildReportError"],
}

__all__ = sorted(name for names in _NAMES.values() for name in names)

__getattr__, __dir__ = lazy_exports(__name__, {name: module for module, names in _NAMES.items() for name in names})
