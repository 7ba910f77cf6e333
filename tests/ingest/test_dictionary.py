"""The dictionary's data files hold together: every office belongs to a known state or organisation,
its dates read and run forwards, and no two people hold the same office at once."""
import json
from datetime import date
from importlib import resources
from itertools import combinations


def _data(name: str):
    return json.loads(resources.files("ingest.data").joinpath(name).read_text(encoding="utf-8"))


def _roles():
    return [(leader["name"], role) for leader in _data("leaders.json") for role in leader["roles"]]


def test_every_office_belongs_to_a_known_state_or_organisation():
    known = {s["id"] for s in _data("states.json")} | {o["id"] for o in _data("organizations.json")}
    assert not [(name, role["of"]) for name, role in _roles() if role["of"] not in known]


def test_office_dates_read_and_run_forwards():
    for name, role in _roles():
        start = date.fromisoformat(role["from"]) if role.get("from") else date.min
        end = date.fromisoformat(role["to"]) if role.get("to") else date.max
        assert start < end, (name, role)


def test_no_two_people_hold_one_office_at_once():
    def span(role):
        return (date.fromisoformat(role["from"]) if role.get("from") else date.min,
                date.fromisoformat(role["to"]) if role.get("to") else date.max)
    clashes = []
    for (name_a, a), (name_b, b) in combinations(_roles(), 2):
        if name_a != name_b and a["of"] == b["of"] and a["office"] == b["office"]:
            (start_a, end_a), (start_b, end_b) = span(a), span(b)
            if start_a < end_b and start_b < end_a:
                clashes.append((name_a, name_b, a["office"], a["of"]))
    assert not clashes


def test_an_ascii_sentence_read_as_bytes_has_the_words_the_regex_finds() -> None:
    """The fast test for a sentence naming no actor reads an ASCII sentence as bytes: its words must be
    exactly those `\\w+` finds, on every case sentence and on punctuation of every kind."""
    from ingest.mentions import _OFF_WORD_BYTES, WORD
    from tests.ingest.cases import CASES
    texts = [text.lower() for text, _ in CASES if text.isascii()]
    texts.append("".join(map(chr, range(128))) + " u.s.-led, al_qaeda's 2nd (nato) [eu]{un}")
    assert len(texts) > 1000
    for low in texts:
        assert set(low.encode().translate(_OFF_WORD_BYTES).split()) == {word.encode() for word in WORD.findall(low)}, low
