"""Which relation types, and which of their rules, a sentence can match: every gate word in one pass.

A type's patterns are tried only when the sentence holds one of its gate words (`patterns.GATES`),
and many rules need a word of their own too (`patterns.RULE_GATES`). Searching those alternations
one by one took a tenth of extraction; an Aho–Corasick automaton (pyahocorasick, a C library)
finds every gate word of a sentence in one pass over it, whatever their number. A rule gate that is
more than plain words ("\\baid\\b") stays a regular expression. A rule's `needs` (the sets of strings
its pattern cannot match without, one of each set, `ingest.literals`) join the same automaton.
"""
from __future__ import annotations

import re

import ahocorasick

_NOT_PLAIN = re.compile(r"[\\()\[\]?*+.^${}]")


def _is_word(char: str) -> bool:
    # what `\w` matches, and the end of a masked mention: "«1»'s gas" holds "'s gas" as "Israel's gas" does
    return char.isalnum() or char == "_" or char == "»"


class Gates:
    def __init__(self, type_gates: dict[str, str], word_start: set[str], rule_gates: dict[str, str],
                 needs: dict[str, tuple[frozenset[str], ...]] | None = None) -> None:
        """`type_gates` and `rule_gates`: "|"-separated words, matched in lower-cased text; a type in
        `word_start` needs its word where `\\b` would match before it. `needs`: per rule, sets of
        strings, one of each of which must be in the text, anywhere."""
        self.types = list(type_gates)
        self.of_rule: dict[str, str | re.Pattern] = {}  # rule -> its gate's key, or a regex
        self.need_of: dict[str, tuple[str, ...]] = {}  # rule -> the keys of its needs (rules needing the same strings share one)
        words: dict[str, set[tuple[str, bool]]] = {}
        for rule, sets in (needs or {}).items():
            if sets:
                self.need_of[rule] = tuple("need:" + "|".join(sorted(need)) for need in sets)
                for key, need in zip(self.need_of[rule], sets):
                    for word in need:
                        words.setdefault(word, set()).add((key, False))
        for name, gate in type_gates.items():
            for word in self._words(gate):
                words.setdefault(word, set()).add((name, name in word_start))
        for rule, gate in rule_gates.items():
            if _NOT_PLAIN.search(gate):
                self.of_rule[rule] = re.compile(gate.lower())
                continue
            self.of_rule[rule] = key = "rule:" + gate.lower()
            for word in gate.lower().split("|"):
                words.setdefault(word, set()).add((key, False))
        self._automaton = ahocorasick.Automaton()
        for word, keys in words.items():  # (the keys found wherever the word is, and those needing it to start a word)
            anywhere = tuple(sorted(key for key, needs_start in keys if not needs_start))
            at_start = tuple(sorted(key for key, needs_start in keys if needs_start))
            self._automaton.add_word(word, (len(word), _is_word(word[0]), anywhere, at_start))
        self._automaton.make_automaton()

    @staticmethod
    def _words(gate: str) -> list[str]:
        """A type gate's words; "-\\d" (a model number: "MiG-29") is written out digit by digit."""
        words = []
        for word in gate.lower().split("|"):
            if "\\d" in word:
                words += [word.replace("\\d", digit) for digit in "0123456789"]
            else:
                assert not _NOT_PLAIN.search(word), f"a gate is plain words: {word!r}"
                words.append(word)
        return words

    def found(self, lowered: str) -> set[str]:
        """The types, and the rule gates' keys, whose words `lowered` holds."""
        present: set[str] = set()
        for end, (length, starts_word, anywhere, at_start) in self._automaton.iter(lowered):
            present.update(anywhere)
            if at_start:
                start = end - length + 1
                if (start > 0 and _is_word(lowered[start - 1])) != starts_word:
                    present.update(at_start)
        return present
