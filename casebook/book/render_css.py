"""The stylesheet of the annotated article, built from the book's side colours.

It travels with the rendered HTML (a ``<style>`` element), so the article looks
the same in the built book and in a notebook opened in Jupyter. Colours come
from ``casebook.book.style.SIDE_COLOURS``: a light tint of a side's colour is the
background of a mention (dark text on it passes WCAG AA), a darker shade draws
the side's symbol, so that side is told by shape as well as by colour.
Everything works without JavaScript: popovers open on focus (tap or Tab),
and the layer switches are plain checkboxes read by CSS. The article sits on
its own white "page" with fixed dark ink, so it reads the same in a light or
dark theme (the book's dark mode puts notebook output on a light ground).
"""
from __future__ import annotations

from casebook.book.style import SIDE_COLOURS

# One symbol per side, the shapes of style.SIDE_MARKERS (s, o, ^, D, v) in text form.
SIDE_SYMBOLS: dict[str, str] = {
    "government": "■",
    "opposition": "●",
    "rights": "▲",
    "media": "◆",
    "neutral": "▼",
}
LAYERS = ("mention", "quote", "timex", "note")  # what the reader can switch on and off
TEXT = "#1a1a1a"
DIRECT_QUOTE_BG = "#fbf0c0"
WIDE = "(min-width: 768px)"  # room for the notes of a paragraph in two columns


def mix(colour: str, other: str, share: float) -> str:
    """``colour`` mixed with ``other`` (hex #rrggbb), ``share`` being the part of ``colour``."""
    a = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x * share + y * (1 - share)):02x}" for x, y in zip(a, b))


def tint(colour: str) -> str:
    """The light background of a side: 22 % of its colour on white."""
    return mix(colour, "#ffffff", 0.22)


def shade(colour: str) -> str:
    """The dark ink of a side's symbol: 70 % of its colour on black."""
    return mix(colour, "#000000", 0.7)


def _side_rules() -> str:
    rules = []
    for side, colour in SIDE_COLOURS.items():
        symbol = SIDE_SYMBOLS.get(side, "•")
        rules.append(
            f".cb-side-{side}{{background:{tint(colour)};box-shadow:inset 0 -2px 0 {colour}}}"
            f".cb-side-{side}::before,.cb-key-{side}::before{{content:\"{symbol}\";"
            f"content:\"{symbol}\"/\"\";color:{shade(colour)}}}"
            f".cb-key-{side}{{background:{tint(colour)};box-shadow:inset 0 -2px 0 {colour}}}"
        )
    return "\n".join(rules)


def _toggle_rules(prefix: str) -> str:
    off: dict[str, tuple[tuple[str, str], ...]] = {
        "mention": ((".cb-mention", "background:none;box-shadow:none"), (".cb-mention::before", "content:none")),
        "quote": ((".cb-quote", "background:none;text-decoration:none"),),
        "timex": ((".cb-timex", "border-color:transparent"),),
        "note": ((".cb-notes", "display:none"), (".cb-ref", "display:none")),
    }
    rules = []
    for layer in LAYERS:
        box = f"#{prefix}-show-{layer}"
        label = f".cb-legend label[for={prefix}-show-{layer}]"
        for selector, declarations in off[layer]:
            important = ";".join(f"{d}!important" for d in declarations.split(";"))
            rules.append(f"{box}:not(:checked)~.cb-article {selector}{{{important}}}")
        rules.append(f"{box}:checked~{label}::before{{content:\"✓ \"}}")
        rules.append(f"{box}:focus-visible~{label}{{outline:2px solid currentColor;outline-offset:2px}}")
    return "\n".join(rules)


def article_css(prefix: str = "cb") -> str:
    """The whole stylesheet; ``prefix`` is the id prefix of the layer switches."""
    return f"""
.cb-doc{{position:relative;background:#fff;color:{TEXT};--cb-muted:#4d4d4d;--cb-link:#0a58ca}}
.cb-doc a{{color:var(--cb-link)}}
.cb-toggle{{position:absolute;opacity:0;width:1px;height:1px;margin:0}}
.cb-legend{{border:1px solid #bbb;border-radius:6px;padding:.5rem .75rem;margin:0 0 1.25rem;font-size:.9em}}
.cb-legend p{{margin:.2rem 0}}
.cb-legend .cb-keys{{display:flex;flex-wrap:wrap;gap:.35rem .9rem;list-style:none;padding:0;margin:.25rem 0}}
.cb-legend .cb-switches label{{display:inline-block;border:1px solid currentColor;border-radius:1rem;padding:0 .6rem;margin:.15rem .3rem .15rem 0;cursor:pointer}}
.cb-key{{color:{TEXT};border-radius:3px;padding:0 .2em}}
.cb-article{{line-height:1.75}}
.cb-para{{margin:0 0 1.1rem;scroll-margin-top:4.5rem}}
.cb-para:target>.cb-p{{background:#eef4ff;box-shadow:0 0 0 .35rem #eef4ff}}
.cb-para:target .cb-pnum{{font-weight:700;color:var(--cb-link)}}
.cb-note{{scroll-margin-top:4.5rem}}
.cb-note:target{{background:#eef4ff}}
.cb-p{{position:relative;margin:0}}
.cb-dateline .cb-p{{font-variant:small-caps;letter-spacing:.02em}}
.cb-doc .cb-pnum{{display:inline-block;min-width:2.4em;font-size:.8em;color:var(--cb-muted);text-decoration:none;font-variant-numeric:tabular-nums}}
.cb-pnum:hover,.cb-pnum:focus{{text-decoration:underline}}
.cb-hl{{cursor:help;-webkit-box-decoration-break:clone;box-decoration-break:clone}}
.cb-hl:focus{{outline:2px solid var(--cb-link);outline-offset:1px}}
.cb-hl:focus::after{{content:attr(data-tip);position:absolute;left:0;right:0;top:auto;margin-top:1.9em;z-index:20;
  display:block;background:#fff;color:{TEXT};border:1px solid #555;border-radius:4px;padding:.3rem .55rem;
  font-size:.85rem;font-style:normal;font-weight:400;line-height:1.4;text-decoration:none;box-shadow:0 2px 6px rgba(0,0,0,.25)}}
.cb-mention{{color:{TEXT};border-radius:3px;padding:0 .12em}}
.cb-mention::before{{font-size:.6em;vertical-align:.25em;margin-right:.15em}}
.cb-quote.cb-direct{{background:{DIRECT_QUOTE_BG};color:{TEXT}}}
.cb-quote.cb-reported{{text-decoration:underline dashed;text-decoration-thickness:1.5px;text-underline-offset:.3em}}
.cb-timex{{border:1.5px solid currentColor;border-radius:4px;padding:0 .15em}}
.cb-key-direct{{background:{DIRECT_QUOTE_BG};color:{TEXT};padding:0 .3em}}
.cb-key-reported{{text-decoration:underline dashed;text-decoration-thickness:1.5px;text-underline-offset:.3em}}
.cb-key-timex{{border:1.5px solid currentColor;border-radius:4px;padding:0 .2em}}
.cb-ref,.cb-key-ref{{font-size:.7em;vertical-align:super;line-height:0;text-decoration:none;font-weight:600;padding:0 .1em}}
.cb-ref::after{{content:attr(data-ref)}}
.cb-notes{{font-size:.85em;line-height:1.45;margin:.5rem 0 0 2.4em;padding:.1rem 0 0 .7rem;border-left:3px solid #bbb}}
.cb-note{{margin:0 0 .6rem}}
.cb-note p{{margin:0 0 .15rem}}
.cb-note-head{{font-weight:600}}
.cb-note-letter{{display:inline-block;min-width:1.1em}}
.cb-note-anchor{{font-weight:400;font-style:italic}}
.cb-note-src{{color:var(--cb-muted);font-size:.95em}}
.cb-note-src a{{color:inherit}}
.cb-conf{{white-space:nowrap}}
.cb-conf-conflict,.cb-conf-1{{font-weight:600}}
@media (max-width: 767.98px){{
  .cb-notes{{margin-left:.2rem}}
}}
@media {WIDE}{{
  .cb-notes{{columns:2 16rem;column-gap:1.5rem}}
  .cb-note{{break-inside:avoid}}
}}
{_side_rules()}
{_toggle_rules(prefix)}
"""
