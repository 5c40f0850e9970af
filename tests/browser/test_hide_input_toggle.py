"""The hide-input toggle still works after _ext/valid_html.py writes it with <span> (valid HTML)."""
from __future__ import annotations


def test_hide_input_toggle_shows_one_label_and_opens(open_page):
    page, log = open_page("chapters/start.html")
    toggle = page.locator("div.cell details.hide").first
    assert toggle.locator("summary > p").count() == 0, "myst-nb's <p> in <summary> is back"
    show, hide = toggle.locator("span.collapsed"), toggle.locator("span.expanded")
    assert show.is_visible() and not hide.is_visible()
    assert not toggle.locator(".cell_input").is_visible()
    toggle.locator("summary").click()
    assert hide.is_visible() and not show.is_visible()
    assert toggle.locator(".cell_input").is_visible()
    assert not log.problems(), "\n".join(log.problems())
