"""The gates: which types and rules a sentence can match, found in one pass."""
import re
from pathlib import Path

from ingest import sentences
from ingest.gates import Gates
from ingest.patterns import GATES, RULE_GATES, WORD_START_GATES, compile_gates, compile_patterns

TOY = Gates({"A": "aid|-\\d", "B": "war"}, {"A"}, {"r.plain": "sign|seal", "r.regex": r"\baid\b"},
           {"r.plain": (frozenset({"treaty", "pact"}), frozenset({"signed"})), "r.other": (frozenset({"pact", "treaty"}),),
            "r.none": ()})


def test_a_word_start_gate_needs_its_word_to_start_a_word() -> None:
    assert "A" in TOY.found("the aid flows") and "A" not in TOY.found("he said so")
    # "-\d" is a model number: "\b" before "-" needs a word character before it
    assert "A" in TOY.found("the mig-29 jets") and "A" not in TOY.found("minus -29 degrees")


def test_other_gates_match_anywhere_in_a_word() -> None:
    assert "B" in TOY.found("the postwar order") and "B" not in TOY.found("the peace")
    assert "rule:sign|seal" in TOY.found("they signed it") and "rule:sign|seal" not in TOY.found("they met")


def test_a_rule_gate_that_is_more_than_words_stays_a_regex() -> None:
    assert TOY.of_rule["r.plain"] == "rule:sign|seal"
    assert isinstance(TOY.of_rule["r.regex"], re.Pattern) and TOY.of_rule["r.regex"].search("aid to kyiv")


def test_each_of_a_rules_needs_is_a_key_found_anywhere() -> None:
    """Rules needing the same strings share a key; a rule needing nothing has none."""
    assert TOY.need_of == {"r.plain": ("need:pact|treaty", "need:signed"), "r.other": ("need:pact|treaty",)}
    assert "need:pact|treaty" in TOY.found("a non-aggression pact") and "need:pact|treaty" in TOY.found("treatymaking")
    assert "need:pact|treaty" not in TOY.found("they signed it") and "need:signed" in TOY.found("they signed it")


def test_the_automaton_opens_what_the_gates_as_regexes_open() -> None:
    """On every sentence of the sample articles and the test cases' own words, the one-pass search
    agrees with searching each gate as a regular expression."""
    texts = [path.read_text() for path in (Path(__file__).parents[2] / "data" / "articles").iterdir()]
    lowered = [text[a:b].lower() for text in texts for a, b in sentences.split(text)]
    lowered += ["the mig-29 and the su-35", "minus -29", "said", "aid", "a bombardment", "signed a pact"]
    type_regex = {name: re.compile((r"\b(?:" + gate + ")" if name in WORD_START_GATES else gate).lower())
                  for name, gate in GATES.items()}
    rule_regex = {rule: re.compile(gate.lower()) for rule, gate in RULE_GATES.items()}
    gates = compile_gates()
    for sentence in lowered:
        present = gates.found(sentence)
        assert {n for n in GATES if n in present} == {n for n, rx in type_regex.items() if rx.search(sentence)}, sentence
        for rule, rx in rule_regex.items():
            gate = gates.of_rule[rule]
            opened = gate in present if isinstance(gate, str) else gate.search(sentence) is not None
            assert opened == (rx.search(sentence) is not None), (rule, sentence)


def test_every_title_holds_a_title_word() -> None:
    """People's title patterns are skipped when a sentence holds none of TITLE_WORDS: on every test
    sentence and every sentence of the samples, a title TITLES finds holds one."""
    from ingest.mentions import TITLE_WORDS, TITLES
    from tests.ingest.cases import CASES
    from tests.ingest.heldout import HELDOUT
    texts = [path.read_text() for path in (Path(__file__).parents[2] / "data" / "articles").iterdir()]
    sentences_ = [text[a:b] for text in texts for a, b in sentences.split(text)]
    sentences_ += [text for text, _ in CASES + HELDOUT]
    titles = [m.group() for s in sentences_ for m in re.finditer(TITLES, s)]
    assert len(titles) > 100
    assert all(any(word in title.lower() for word in TITLE_WORDS) for title in titles), \
        [t for t in titles if not any(word in t.lower() for word in TITLE_WORDS)]


def test_every_rule_has_a_name_of_its_own() -> None:
    """Gates and needs are keyed by rule name: two rules of one name would share the first one's."""
    names = [rule for _, rule, _ in compile_patterns()]
    assert [name for name in set(names) if names.count(name) > 1] == []


def test_every_rule_has_its_own_name() -> None:
    # a rule gate, a target check or an exception is keyed by the rule's name: a second rule of that name
    # would silently share them
    names = [rule for _, rule, _ in compile_patterns()]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
