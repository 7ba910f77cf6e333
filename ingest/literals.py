"""The words a regular expression cannot match without, and the characters its matches start with,
read from its parse tree.

Most rules are tried on sentences that cannot match them: the type's gate opened on one of its
words, but the rule needs a word of its own ("accession", "war games", "at war with"). Every
match of a pattern holds one string of each set `required_all` returns, so a sentence whose
lower-cased text lacks all strings of one set is skipped without running the pattern — the same idea as
RE2's and Hyperscan's prefilters. Lower-casing is how the gates already read a sentence; a pattern
compiled with IGNORECASE matches exactly where its lower-cased literals occur in lower-cased text
(but for the rare letters whose lower case is not their case fold, such as the long s "ſ").

The parse tree is Python's own (`re._parser`, the module behind `re.compile`); if a later Python
changes it, `required_all` returns no set and every rule is simply tried, as before.
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


def required_all(regex: re.Pattern) -> tuple[frozenset[str], ...]:
    """The sets of lower-case strings every match of `regex` holds one string of ("signed", and one of
    "treaty" and "pact"), the most telling first; empty when none is known."""
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
    """What a sequence of items needs: each of its items' needs. A run of items that match a few
    known strings ("us(?:es?|ed|ing)" matches "use", "uses", "used", "using") needs one of those
    strings' longest words; RE2's prefilter reads patterns the same way."""
    needs: list[frozenset[str]] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        words = [max(_WORDY.findall(text), key=len, default="") for text in run]
        if words and min(map(len, words)) >= MIN_CHARS:  # (and no string of the run is without a word)
            needs.append(frozenset(word for word in words if not any(other != word and other in word for other in words)))
        run = {""}
    for item in items:
        strings = _strings([item])
        if strings is not None:
            joined = {a + b for a in run for b in strings}
            if len(joined) <= MAX_STRINGS:
                run = joined
            else:
                flush()
                run = strings
            continue
        flush()
        op, arg = item
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


MAX_STRINGS = 64  # more strings than this and a run is cut: a need of hundreds of strings is no cheaper to look for


def _strings(items: list) -> set[str] | None:
    """The lower-case strings a sequence matches, when they are few and known; else None. A word
    boundary or a negative lookaround consumes nothing and matches the empty string here."""
    out = {""}
    for op, arg in items:
        if op is _c.LITERAL:
            part = {chr(arg).lower()}
        elif op in (_c.AT, _c.ASSERT_NOT):
            continue
        elif op is _c.IN:
            part = _class_strings(arg)
        elif op is _c.SUBPATTERN:
            part = _strings(list(arg[3]))
        elif op is _c.BRANCH:
            branches = [_strings(list(branch)) for branch in arg[1]]
            part = set().union(*branches) if all(branch is not None for branch in branches) else None
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[1] <= 3:
            inner = _strings(list(arg[2]))
            part = None
            if inner is not None:
                part, level = ({""} if arg[0] == 0 else set()), {""}
                for count in range(1, arg[1] + 1):
                    level = {a + b for a in level for b in inner}
                    if count >= arg[0]:
                        part |= level
        else:
            part = None
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > MAX_STRINGS:
            return None
    return out


def _class_strings(items: list) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is _c.LITERAL:
            chars.add(chr(arg).lower())
        elif op is _c.RANGE and arg[1] - arg[0] < 10:
            chars.update(chr(code).lower() for code in range(arg[0], arg[1] + 1))
        else:
            return None
    return chars


# Where a match can start. The engine tries a pattern at every position of the text; it jumps
# straight to the candidates only when the pattern opens on a literal ("«", ","). A pattern that opens
# on a word boundary, a lookbehind or an optional word ("(?:both\s+)?«…", "(?<=»),\s+which") is
# entered, alternatives and all, at each position. A lookahead on the characters every match starts
# with rejects the other positions in one step and matches exactly where the pattern did.
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def anchored(regex: re.Pattern) -> re.Pattern:
    """`regex`, led by a lookahead on the characters its matches start with when they are known
    and the engine has no literal to look for; else `regex` itself. Same matches, same groups."""
    if _parser is None or regex.flags & re.LOCALE or not isinstance(regex.pattern, str):
        return regex
    try:
        tree = list(_parser.parse(regex.pattern, regex.flags))
        first, nullable = _first(tree, regex.flags)
    except (AttributeError, TypeError, ValueError, re.error):  # pragma: no cover - internals changed
        return regex
    if first is None or nullable or (tree and tree[0][0] is _c.LITERAL):
        return regex
    pattern = re.sub(r"^\(\?[aiLmsux]+\)", "", regex.pattern)  # (global flags are in regex.flags)
    return re.compile(f"(?=[{''.join(sorted(first))}])(?:{pattern})", regex.flags)


def _first(items: list, flags: int) -> tuple[set[str] | None, bool]:
    """Class pieces for the first character a sequence consumes (None: not known), and whether the
    sequence can match the empty string."""
    pieces: set[str] = set()
    for op, arg in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # (zero-width: the next item consumes the first character)
        if op is _c.LITERAL:
            first, nullable = {_char(arg)}, False
        elif op is _c.IN:
            first, nullable = _class(arg), False
        elif op is _c.SUBPATTERN:
            if arg[1] & re.IGNORECASE and not flags & re.IGNORECASE:
                return None, False  # ("(?i:…)" inside a case-sensitive pattern: the class would miss a case)
            first, nullable = _first(list(arg[3]), flags)
        elif op is _c.ATOMIC_GROUP:
            first, nullable = _first(list(arg), flags)
        elif op is _c.BRANCH:
            first, nullable = set(), False
            for branch in arg[1]:
                part, empty = _first(list(branch), flags)
                if part is None:
                    return None, False
                first |= part
                nullable = nullable or empty
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            first, nullable = _first(list(arg[2]), flags)
            nullable = nullable or arg[0] == 0
        else:
            return None, False  # (any character, a back-reference, a condition: not known)
        if first is None:
            return None, False
        pieces |= first
        if not nullable:
            return pieces, False
    return pieces, True


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _class(items: list) -> set[str] | None:
    pieces: set[str] = set()
    for op, arg in items:
        if op is _c.LITERAL:
            pieces.add(_char(arg))
        elif op is _c.RANGE:
            pieces.add(f"{_char(arg[0])}-{_char(arg[1])}")
        elif op is _c.CATEGORY and str(arg) in _CATEGORIES:
            pieces.add(_CATEGORIES[str(arg)])
        else:
            return None  # (a negated class or another category)
    return pieces
