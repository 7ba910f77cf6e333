"""The strings a pattern cannot match without (`ingest.literals`), and that skipping a rule whose
strings a sentence lacks never loses a match."""
import re
from datetime import date

import pytest

import ingest.relations as relations
from ingest import modality, people, readings, references, sentences
from ingest.literals import anchored, required_all
from ingest.model import Document
from ingest.pipeline import extract_document
from tests.ingest.cases import CASES


def needs(pattern: str, flags: int = re.IGNORECASE):
    """The most telling of a pattern's required sets, or None."""
    sets = required_all(re.compile(pattern, flags))
    return sets[0] if sets else None


@pytest.mark.parametrize("pattern,expected", [
    (r"«(?P<s>\d+)»\s+(?:has\s+)?signed\s+a\s+treaty", {"signed"}),  # the longest of the required words
    # one of a branch's words; of two such needs, the one whose shortest word is longest
    (r"(?:supplied|delivered|sent)\s+(?:drones|tanks)\s+to", {"drones", "tanks"}),
    (r"(?:very\s+)?big\s+deal", {"deal"}),          # an optional word is not required
    (r"(?:talks|)\s+with\s+«", {"with"}),           # a branch that can be empty requires nothing
    (r"«\d+»(?=\s+(?:condemned|accused))", {"condemned", "accused"}),  # what a lookahead needs is there
    (r"«\d+»(?!\s+denied)\s+said", {"said"}),      # what a negative lookahead names is not
    (r"(?:re)+armament", {"armament"}),
    (r"MET WITH", {"met with"}),                    # lower case, as the gates read sentences
    (r"«\d+»\s+of\s+«\d+»", None),                  # "of" is too short to be worth looking for
    (r"[a-z]+\s+«\d+»", None),                      # no literal word at all
])
def test_required_strings(pattern, expected):
    assert needs(pattern) == (frozenset(expected) if expected is not None else None)


@pytest.mark.parametrize("pattern,expected", [
    # each required word is a need of its own, the most telling first
    (r"«\d+»\s+(?:has\s+)?signed\s+a\s+(?:treaty|pact)\s+with\s+«\d+»", [{"signed"}, {"with"}, {"pact", "treaty"}]),
    (r"(?:delivered|supplied)\s+(?:weapons|arms)\s+to", [{"delivered", "supplied"}, {"arms", "weapons"}]),
    (r"(?:agreed\s+(?:to\s+)?|)hold\s+talks", [{"talks"}, {"hold"}]),  # the optional branch adds nothing
    (r"«\d+»\s+of\s+«\d+»", []),
    # a run matching a few strings needs one of their words ("used" holds "use": "use" is enough)
    (r"us(?:es?|ed|ing)\s+drones", [{"drones"}, {"use", "using"}]),
    (r"(?:re)?arm(?:s|ed)\b", [{"armed", "arms"}]),         # not "arm", which "army" and "harm" hold
    (r"organi[sz]ation", [{"organisation", "organization"}]),
])
def test_every_required_set(pattern, expected):
    assert required_all(re.compile(pattern, re.IGNORECASE)) == tuple(frozenset(need) for need in expected)


def test_a_case_sensitive_part_still_gives_lower_case_strings():
    assert needs(r"(?-i:Prime Minister)\s+«\d+»") == {"prime minister"}


def _case_readings(monkeypatch) -> list[str]:
    """Every reading of every sentence of the case table, as the extractor reads it."""
    seen: list[str] = []
    real_readings = relations.readings

    def recording(masked):
        out = real_readings(masked)
        seen.extend(text for text, *_ in out)
        return out
    monkeypatch.setattr(relations, "readings", recording)
    for text, _ in CASES:
        extract_document(Document("case", "case", None, date(2024, 6, 15), text, "-", "sha"))
    return seen


def test_every_rule_that_matches_a_case_sentence_finds_its_strings_there(monkeypatch):
    """Over every sentence of the case table, as the extractor reads it: no rule matches a reading
    that lacks all the strings of one of its required sets (the skip is safe), and most rules have such strings."""
    seen = _case_readings(monkeypatch)
    assert len(seen) > len(CASES) / 2
    rules = [(rule, regex, required_all(regex)) for entries in relations.patterns().values()
             for _, rule, regex, _, _ in entries]
    assert sum(bool(sets) for _, _, sets in rules) > 0.9 * len(rules)
    assert sum(len(sets) > 1 for _, _, sets in rules) > 0.5 * len(rules)
    matched = 0
    for text in seen:
        lowered = text.lower()
        for rule, regex, sets in rules:
            if sets and regex.search(text):
                matched += 1
                assert all(any(word in lowered for word in need) for need in sets), (rule, text)
    assert matched > len(CASES)


@pytest.mark.parametrize("pattern,flags,lookahead", [
    (r"(?:\bboth\s+)?«\d+»", re.I, "b«"),               # an optional word or the mention
    (r"(?<=»),\s+which", 0, ","),                         # a lookbehind consumes nothing
    (r"\b(?:could|would)\b", re.I, "cw"),
    (r"(?i)[a-c\d]x", 0, "a-c\\d"),                       # global flags stay in the flags
    (r"«\d+»", re.I, None),                               # a literal first: the engine already jumps to it
    (r"(?:a|)b?", 0, None),                               # a match can be empty: it starts anywhere
    (r"(?i:x)y", 0, None),                                # a case-blind part in a case-sensitive pattern
    (r"[^a]b", 0, None),                                  # a negated class: not known
])
def test_anchored_patterns_start_with_a_lookahead_on_their_first_characters(pattern, flags, lookahead):
    regex = re.compile(pattern, flags)
    wrapped = anchored(regex)
    if lookahead is None:
        assert wrapped is regex
    else:
        head = re.match(r"\(\?=\[(.*?)\]\)\(\?:", wrapped.pattern)
        assert head
        starts = re.compile(f"[{head.group(1)}]", regex.flags)
        assert {char for char in map(chr, range(32, 256)) if starts.match(char)} == \
               {char for char in map(chr, range(32, 256)) if re.match(f"[{lookahead}]", char, regex.flags)}
        assert wrapped.flags == regex.flags and wrapped.groupindex == regex.groupindex


def test_anchored_patterns_match_where_the_patterns_did(monkeypatch):
    """Every anchored module pattern, and every rule anchored, on every reading of the case table:
    the same spans and groups as the pattern without its lookahead."""
    seen = _case_readings(monkeypatch)
    pairs = []  # the module patterns the code anchors, and the rules (which it does not) anchored here
    for regex in dict.fromkeys(value for module in (relations, readings, modality, references, people, sentences)
                               for value in vars(module).values() if isinstance(value, re.Pattern)):
        head = re.match(r"\(\?=\[[^\]]*\]\)\(\?:(.*)\)\Z", regex.pattern, re.S)
        if head:
            pairs.append((regex, re.compile(head.group(1), regex.flags)))
    assert len(pairs) > 10
    rules = [regex for entries in relations.patterns().values() for _, _, regex, _, _ in entries]
    pairs += [(anchored(regex), regex) for regex in rules if anchored(regex) is not regex]
    assert len(pairs) > 100
    texts = seen + [text for text, _ in CASES]
    for wrapped, plain in pairs:
        for text in texts:
            assert [(m.span(), m.groups()) for m in wrapped.finditer(text)] == \
                   [(m.span(), m.groups()) for m in plain.finditer(text)], (plain.pattern[:80], text)
