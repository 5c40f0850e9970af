"""Checks against the kinds of error that the fact-check of issue 10 found.

Each test reads the repository's files directly (YAML, JSON, plain text,
regular expressions on references.bib) and imports nothing from `casebook`, so
that it stays valid while the package changes. Each guards one kind of error
that could come back: a supplied title printed as a real headline, a citation
key with no entry, two files that read ¶11 differently, a licence left out, a
label that claims more than its sources, a judgement in the book's own voice.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "data" / "annotations"
CHAPTERS = ROOT / "chapters"

# ------------------------------------------------------------------ readers
_ENTRY = re.compile(r"^@(\w+)\s*\{\s*([^,\s]+)\s*,(.*?)^\}", re.S | re.M)


def _field(body: str, name: str) -> str | None:
    """The value of one field of a BibTeX entry, braces balanced, outer braces removed."""
    match = re.search(rf"^\s*{name}\s*=\s*\{{", body, re.M | re.I)
    if not match:
        return None
    depth, start = 1, match.end()
    for i in range(start, len(body)):
        if body[i] == "{":
            depth += 1
        elif body[i] == "}":
            depth -= 1
            if depth == 0:
                return body[start:i]
    raise AssertionError(f"unbalanced braces in field {name}")


def _bib() -> dict[str, str]:
    text = (ROOT / "references.bib").read_text(encoding="utf-8")
    entries = {key: body for _kind, key, body in _ENTRY.findall(text)}
    assert len(entries) > 50, "references.bib was not read: the entry pattern found too few entries"
    return entries


def _yaml(name: str):
    return yaml.safe_load((ANNOTATIONS / name).read_text(encoding="utf-8"))


def _markdown_cells(path: Path) -> str:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return "\n\n".join("".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "markdown")


def _prose() -> dict[str, str]:
    """Everything a reader reads: markdown chapters and the markdown cells of the notebooks."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in CHAPTERS.glob("*.md")}
    texts.update({p.name: _markdown_cells(p) for p in CHAPTERS.glob("*.ipynb")})
    assert {"start.ipynb", "source.ipynb", "actors.ipynb", "about.md"} <= set(texts)
    return texts


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def bib() -> dict[str, str]:
    return _bib()


@pytest.fixture(scope="module")
def notes() -> list[dict]:
    return _yaml("notes.yaml")["notes"]


@pytest.fixture(scope="module")
def events() -> list[dict]:
    return _yaml("events.yaml")["events"]


# ------------------------------------------------------- titles (item 2)
def test_bib_titles_without_title_source_are_bracketed(bib) -> None:
    """A title nobody printed (rebuilt from a URL, or the book's own) is in [brackets]."""
    problems = []
    for key, body in bib.items():
        title = (_field(body, "title") or "").strip()
        bracketed = title.startswith("[") and title.endswith("]")
        if _field(body, "title_source") is None and not bracketed:
            problems.append(f"{key}: title {title!r} has no title_source and no [brackets]")
        if _field(body, "title_source") is not None and bracketed:
            problems.append(f"{key}: a title with a title_source is a real title: drop the brackets")
    assert not problems, "\n".join(problems)


def test_the_source_articles_title_is_marked_as_supplied(bib) -> None:
    """Our copy has no headline: every place that names the article's title brackets it."""
    assert _field(bib["reuters2018cnrm"], "title").startswith("[")
    assert _field(bib["reuters2018cnrm"], "title_source") is None
    places = {"about.md": (CHAPTERS / "about.md").read_text(encoding="utf-8"),
              "annotations README": (ANNOTATIONS / "README.md").read_text(encoding="utf-8"),
              "README.md": (ROOT / "README.md").read_text(encoding="utf-8")}
    places.update(_prose())
    for name, text in places.items():
        for match in re.finditer(r"Foreign-based CNRP\s+members\s+launch", text):
            before = text[max(0, match.start() - 2):match.start()]
            assert "[" in before, f"{name}: the supplied title is printed without [brackets]"


# ------------------------------------------------- citation keys (design)
def _keys_in_annotations() -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}

    def add(where: str, keys) -> None:
        for key in keys or []:
            used.setdefault(str(key), set()).add(where)

    for actor in _yaml("actors.yaml")["actors"]:
        add(f"actors.yaml:{actor['id']}", actor.get("sources"))
    data = _yaml("events.yaml")
    add("events.yaml:codebook", [data["codebook"]] if data.get("codebook") else [])
    for event in data["events"]:
        add(f"events.yaml:{event['id']}", event.get("sources"))
    for note in _yaml("notes.yaml")["notes"]:
        add(f"notes.yaml:¶{note['paragraph']} {note['anchor']}", note.get("sources"))
    versions = _yaml("versions.yaml")
    for copy_id, copy in versions["copies"].items():
        add(f"versions.yaml:{copy_id}", [copy["source"]])
    for row in versions["rows"]:
        add(f"versions.yaml:{row['element']}", row.get("sources"))
    return used


def test_every_citation_key_in_the_annotations_is_in_references_bib(bib) -> None:
    used = _keys_in_annotations()
    assert len(used) > 40, "too few keys found: the annotation files were not read"
    missing = {key: sorted(where) for key, where in used.items() if key not in bib}
    assert not missing, f"citation keys with no entry in references.bib: {missing}"


def test_every_cite_in_the_chapters_is_in_references_bib(bib) -> None:
    keys = set()
    for text in _prose().values():
        for group in re.findall(r"\{cite(?::\w+)?\}`([^`]+)`", text):
            keys.update(k.strip() for k in group.split(","))
    assert len(keys) > 20, "too few {cite} keys found: the chapters were not read"
    assert not keys - set(bib), f"{{cite}} keys with no entry in references.bib: {sorted(keys - set(bib))}"


# ------------------------------------------------ the ¶11 reading (item 1)
def test_notes_and_events_agree_that_the_paragraph_11_list_is_ambiguous(notes, events) -> None:
    note = next(n for n in notes if n["paragraph"] == 11 and n["anchor"] == "the people on this list")
    event = next(e for e in events if e["paragraph"] == 11 and "this list" in e["trigger"])
    assert note["confidence"] == "CONFLICT", "no source settles which list: label it CONFLICT"
    for name, text in (("notes.yaml", note["text"]), ("events.yaml", event.get("note", ""))):
        flat = _flat(text).lower()
        assert "ambiguous" in flat or "does not say" in flat, f"{name}: the ¶11 list is not shown as ambiguous"
        assert "member" in flat and ("banned" in flat or "118" in flat), \
            f"{name}: give both readings of the ¶11 list (the movement's members, the banned officials)"


def test_no_chapter_states_one_reading_of_the_list_as_fact() -> None:
    for name, text in _prose().items():
        flat = _flat(text)
        assert not re.search(r"Huy Vannak invokes against the movement's members", flat), name
        assert not re.search(r"\b5\. The 118 CNRP officials banned", flat), name


# ------------------------------------------- launch and announcement (item 3)
def test_sunday_is_the_tweet_not_the_announcement() -> None:
    twitter = next(a for a in _yaml("actors.yaml")["actors"] if a["id"] == "twitter")
    assert "announced the movement" not in twitter["role"]
    for name, text in _prose().items():
        flat = _flat(text)
        assert not re.search(r"Sunday when Sam Rainsy announced", flat), name
        assert not re.search(r"announced in New York and presented in Houston", flat), name


def test_notes_that_place_the_announcement_show_the_conflict(notes) -> None:
    placing = [n for n in notes if re.search(r"New York(?! Times)", n["text"])]
    assert placing, "no note places the announcement: the New York/Houston conflict must be shown"
    for note in placing:
        assert note["confidence"] == "CONFLICT", f"¶{note['paragraph']} {note['anchor']}: New York vs Houston is a conflict"


# ---------------------------------------------------- names (items 4, 6)
def test_sokha_is_not_called_a_short_form() -> None:
    kem_sokha = next(a for a in _yaml("actors.yaml")["actors"] if a["id"] == "kem_sokha")
    assert "Western-style short form" not in kem_sokha.get("note", "")
    assert "given name" in kem_sokha.get("note", "")


def test_penal_code_appears_only_as_a_variant_of_criminal_code() -> None:
    """One English name for the code: Criminal Code; "Penal Code" only beside it, as other outlets' word."""
    texts = dict(_prose())
    for path in ANNOTATIONS.glob("*.yaml"):
        texts[path.name] = path.read_text(encoding="utf-8")
    seen_criminal = False
    for name, text in texts.items():
        flat = _flat(text)
        seen_criminal = seen_criminal or "Criminal Code" in flat
        for match in re.finditer(r"Penal Code", flat):
            window = flat[max(0, match.start() - 200):match.end() + 50]
            assert "Criminal Code" in window and "write" in window, \
                f"{name}: 'Penal Code' used as the name of the code: write 'Criminal Code'"
    assert seen_criminal


def test_the_2023_conviction_gives_both_articles(notes) -> None:
    note = next(n for n in notes if n["paragraph"] == 3 and n["anchor"] == "espionage")
    flat = _flat(note["text"])
    assert "3 March 2023" in flat and "439" in flat and "443" in flat and "27 years" in flat


# --------------------------------------------------- distinct events (item 5)
def test_the_prose_count_of_repeated_government_targets_still_holds(events) -> None:
    """The actors chapter says the government-target entries hold exactly one repeat."""
    repeats = [e for e in events if e["target"] == "government" and e.get("same_as")]
    assert len(repeats) == 1, "the actors chapter says one repeated entry: update its prose"
    actors = _flat(_markdown_cells(CHAPTERS / "actors.ipynb"))
    assert "distinct event" in actors and "same_as" in actors
    ids = {e["id"] for e in events}
    assert all(e["same_as"] in ids for e in events if e.get("same_as"))


# ---------------------------------------- agents the text does not name (item 10)
def test_passive_triggers_are_marked_agent_inferred(events) -> None:
    passives = [e for e in events if re.match(r"(was|were|is|are|has been|have been) \w+(ed|en)\b", e["trigger"])]
    assert passives, "the agentless passives of ¶3 are no longer events: check this test"
    for event in passives:
        assert event["modality"] == "agent-inferred", f"{event['id']}: '{event['trigger']}' names no agent"
        assert "AGENT INFERRED" in event.get("note", ""), f"{event['id']}: the note must say why"


# ------------------------------------------- confidence labels (items 8, 9)
def _originator(body: str) -> str:
    author = (_field(body, "author") or _field(body, "organization") or "").strip("{} ")
    return author.split(" via ")[0]


def test_two_plus_agree_notes_cite_independent_reports(notes, bib) -> None:
    """2+ agree: two outlets at least, and for facts beyond a copy's own wording, two originators."""
    problems = []
    for note in notes:
        if note["confidence"] != "2+ agree":
            continue
        keys = note["sources"]
        outlets = {(_field(bib[k], "organization") or _field(bib[k], "author") or k) for k in keys}
        if len(outlets) < 2:
            problems.append(f"¶{note['paragraph']} {note['anchor']}: one outlet only")
        if note["kind"] != "wording" and note["paragraph"] != 0:
            if len({_originator(bib[k]) for k in keys}) < 2:
                problems.append(f"¶{note['paragraph']} {note['anchor']}: copies of one story are one report")
    assert not problems, "\n".join(problems)


def test_inferred_links_are_not_labelled_2_plus_agree(notes) -> None:
    for note in notes:
        if re.search(r"\binference\b", note["text"]):
            assert note["confidence"] != "2+ agree", f"¶{note['paragraph']} {note['anchor']}"


def test_labels_are_defined_once_and_linked() -> None:
    about = (CHAPTERS / "about.md").read_text(encoding="utf-8")
    assert "(confidence-labels)=" in about
    for label in ("**2+ agree.**", "**1 source.**", "**CONFLICT.**"):
        assert about.count(label) == 1, label
    assert "confidence-labels" in _markdown_cells(CHAPTERS / "source.ipynb")


def test_mirrors_and_copies_say_so(bib) -> None:
    copy_sites = re.compile(r"blogspot|docslib|scribd|khmercircle|asia-info|cambodianewsgazette|"
                            r"chinastrategy|mwcnews|how\.com\.vn|genocidewatch|archive\.hrf|cnv\.org\.kh|"
                            r"opendevelopmentcambodia|ucsb\.edu|ifex\.org|minotdailynews")
    problems = []
    for key, body in bib.items():
        if copy_sites.search(_field(body, "url") or ""):
            said = (_field(body, "howpublished") or "") + " " + (_field(body, "note") or "")
            if not re.search(r"mirror|copy|repost|aggregator", said, re.I):
                problems.append(key)
    assert not problems, f"entries read on a copy that do not say so: {problems}"


# ------------------------------------------------ the book's voice (items 7, 11)
@pytest.mark.parametrize("phrase", ["words of contempt", "stock phrase", "small play", "off stage",
                                    "squeezed into", "as in Reuters practice"])
def test_no_judgement_or_idiom_in_the_books_voice(phrase: str) -> None:
    texts = dict(_prose())
    texts["docs/decisions.md"] = (ROOT / "docs" / "decisions.md").read_text(encoding="utf-8")
    for name, text in texts.items():
        assert phrase not in _flat(text), f"{name}: {phrase!r}"


def test_crackdown_is_attributed() -> None:
    """In the book's prose "crackdown" belongs to the rights groups: quoted or attributed."""
    for name, text in _prose().items():
        flat = _flat(text)
        for match in re.finditer(r"crackdown", flat):
            window = flat[max(0, match.start() - 80):match.end() + 5]
            if "{cite}" in flat[match.start() - 30:match.start()] or "`amnesty2017crackdown" in window:
                continue
            assert re.search(r"rights groups|Amnesty|\"[^\"]*crackdown", window), f"{name}: …{window}…"


def test_teachers_timings_are_realistic() -> None:
    """About 400 words read aloud take about 3 minutes, not 10."""
    for name, text in _prose().items():
        for minutes in re.findall(r"read aloud \((?:about )?(\d+) minutes", _flat(text)):
            assert int(minutes) <= 5, f"{name}: reading the article aloud takes about 3 minutes"


def test_the_reuters_story_is_dated_14_january() -> None:
    texts = dict(_prose())
    texts["README.md"] = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, text in texts.items():
        assert not re.search(r"Reuters report of 15 January", _flat(text)), name


# ----------------------------------------------------- licences (item 12)
def test_citation_cff_names_both_licences() -> None:
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    licences = cff["license"] if isinstance(cff["license"], list) else [cff["license"]]
    assert "MIT" in licences and "CC-BY-4.0" in licences


def test_versions_table_has_the_straits_times_american_help() -> None:
    row = next(r for r in _yaml("versions.yaml")["rows"] if r["element"] == "Who helped")
    assert row["wording"]["st"] == "with American help"
