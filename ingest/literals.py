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
    if _parser is None or regex.flags & re.LOCALE:
        return None
    try:
        tree = _parser.parse(regex.pattern, regex.flags)
        return _sequence(list(tree))
    except (AttributeError, TypeError, ValueError, re.error):  # pragma: no cover - internals changed
        return None


def _sequence(items: list) -> frozenset[str] | None:
    """What a sequence of items needs: the most telling of its items' needs (each one is required)."""
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
        need = None
        if op is _c.SUBPATTERN:
            need = _sequence(list(arg[3]))
        elif op is _c.BRANCH:  # one of the branches' needs
            branches = [_sequence(list(branch)) for branch in arg[1]]
            if all(branches):
                need = frozenset().union(*branches)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            need = _sequence(list(arg[2]))
        elif op is _c.ATOMIC_GROUP:
            need = _sequence(list(arg))
        elif op is _c.ASSERT:  # a lookaround that must hold looks at text that is there
            need = _sequence(list(arg[1]))
        if need:
            needs.append(need)
    flush()
    good = [need for need in needs if min(map(len, need)) >= MIN_CHARS]
    if not good:
        return None
    return max(good, key=lambda need: (min(map(len, need)), -len(need)))
