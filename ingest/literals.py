"""The words a regular expression cannot match without, read from its parse tree.

Most rules are tried on sentences that cannot match them: the type's gate opened on one of its
words, but the rule needs a word of its own ("accession", "war games", "at war with"). Every
match of a pattern holds at least one of the strings `required` returns, so a sentence whose
lower-cased text holds none of them is skipped without running the pattern — the same idea as
RE2's and Hyperscan's prefilters. Lower-casing is how the gates already read a sentence; a pattern
compiled with IGNORECASE matches exactly where its lower-cased literals occur in lower-cased text
(but for the rare letters whose lower case is not their case fold, such as the long s "ſ").

The parse tree is Python's own (`re._parser`, the module behind `re.compile`); if a later Python
changes it, `required` returns None and every rule is simply tried, as before.
"""
from __future__ import annotations

import re

try:
    from re import _constants as _c, _parser
except ImportError:  # pragma: no cover - another Python's internals
    _parser = None

# the part of a literal worth looking for: letters, with inner spaces, hyphens and apostrophes
_WORDY = re.compile(r"[a-z][a-z '\-]*[a-z]|[a-z]")
MIN_CHARS = 3  # a shorter string is in nearly every sentence: looking for it saves nothing


def required(regex: re.Pattern) -> frozenset[str] | None:
    """Lower-case strings of which every match of `regex` contains one; None when none is known."""
    needs = required_all(regex)
    return needs[0] if needs else None


def required_all(regex: re.Pattern) -> tuple[frozenset[str], ...]:
    """Every such set of strings the pattern holds, each one required ("signed" and one of "treaty",
    "pact"), the most telling first; empty when none is known."""
    if _parser is None or regex.flags & re.LOCALE:
        return ()
    try:
        tree = _parser.parse(regex.pattern, regex.flags)
        return tuple(sorted(_sequence(list(tree)), key=_telling))
    except (AttributeError, TypeError, ValueError, re.error):  # pragma: no cover - internals changed
        return ()


def _telling(need: frozenset[str]) -> tuple[int, int, tuple[str, ...]]:
    """The most telling need first: the one whose shortest string is longest, then the fewest strings."""
    return -min(map(len, need)), len(need), tuple(sorted(need))


def _sequence(items: list) -> list[frozenset[str]]:
    """What a sequence of items needs: each of its items' needs (a run of literal text, its longest word)."""
    needs: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            words = _WORDY.findall("".join(run).lower())
            if words:
                needs.append(frozenset([max(words, key=len)]))
            run.clear()
    for op, arg in items:
        if op is _c.LITERAL:
            run.append(chr(arg))
            continue
        flush()
        if op is _c.SUBPATTERN:
            needs += _sequence(list(arg[3]))
        elif op is _c.BRANCH:  # one of the branches' needs (each branch's most telling one)
            branches = [sorted(_sequence(list(branch)), key=_telling) for branch in arg[1]]
            if all(branches):
                needs.append(frozenset().union(*(branch[0] for branch in branches)))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            needs += _sequence(list(arg[2]))
        elif op is _c.ATOMIC_GROUP:
            needs += _sequence(list(arg))
        elif op is _c.ASSERT:  # a lookaround that must hold looks at text that is there
            needs += _sequence(list(arg[1]))
    flush()
    return [need for need in dict.fromkeys(needs) if min(map(len, need)) >= MIN_CHARS]
