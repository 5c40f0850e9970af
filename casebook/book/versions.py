"""The versions comparison as tables: a DataFrame for analysis, a compact one for reading, HTML.

The data comes from :func:`casebook.knowledge.versions.load_versions`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from casebook.knowledge.versions import NOT_SEEN, VersionRow, Versions

if TYPE_CHECKING:
    import pandas


def versions_frame(versions: Versions) -> pandas.DataFrame:
    """One row per element, one column per copy, then the comment: the data, for analysis."""
    import pandas as pd

    records = []
    for row in versions.rows:
        record = {"Element": _element(row)}
        record.update({c.label: row.wording[c.id] or NOT_SEEN for c in versions.copies})
        record["Comment"] = row.comment
        records.append(record)
    return pd.DataFrame.from_records(records).set_index("Element")


def _element(row: VersionRow) -> str:
    return row.element if row.paragraph is None else f"{row.element} (¶{row.paragraph})"


def grouped_wording(versions: Versions, row: VersionRow) -> list[str]:
    """The other copies' wording with identical readings merged: ``["ABC, JPost: ...", "ST: ..."]``.

    The first copy is the one studied; copies that stop earlier are listed as not seen.
    """
    groups: dict[str, list[str]] = {}
    unseen: list[str] = []
    for copy in versions.copies[1:]:
        text = row.wording[copy.id]
        if text is None:
            unseen.append(copy.name)
        else:
            groups.setdefault(text, []).append(copy.name)
    lines = [f"{', '.join(names)}: {text}" for text, names in groups.items()]
    if unseen:
        lines.append(f"not seen in {', '.join(unseen)}")
    return lines


def versions_summary(versions: Versions) -> pandas.DataFrame:
    """The compact table for reading: element, this copy, the others (merged where they agree), comment.

    Cells with several readings are lists of strings; :func:`summary_html` puts each on its own line.
    """
    import pandas as pd

    first = versions.copies[0]
    records = [{"Element": _element(row), first.label: row.wording[first.id] or NOT_SEEN,
                "Other copies": grouped_wording(versions, row), "Comment": row.comment}
               for row in versions.rows]
    return pd.DataFrame.from_records(records)


def summary_html(frame: pandas.DataFrame, *, css_class: str = "cb-versions") -> str:
    """``frame`` as an HTML table, every value escaped, list cells one item per line."""
    import html as _html

    head = "".join(f'<th scope="col">{_html.escape(str(c))}</th>' for c in frame.columns)
    rows = []
    for record in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, record):
            if isinstance(value, list):  # "ABC, JPost: wording": the copies' names in bold
                parts = [str(v).partition(": ") for v in value]
                items = [f"<strong>{_html.escape(a)}:</strong> {_html.escape(c)}" if b else _html.escape(a)
                         for a, b, c in parts]
            else:
                items = [_html.escape(str(value))]
            # data-label lets a phone stylesheet show each row as a card, column names inline.
            cells.append(f'<td data-label="{_html.escape(str(column))}">' + "<br>".join(items) + "</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<table class="dataframe {_html.escape(css_class)}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")
