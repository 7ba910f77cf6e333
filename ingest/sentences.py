"""Sentence spans with offsets (rule-based: abbreviations, initials, quotes, line breaks)."""
from __future__ import annotations

import re

from ingest.literals import anchored

_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
    "rep", "pres", "st", "jr", "sr", "lieut", "brig", "cmdr", "cdr", "cpl", "pvt", "rev", "hon", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept",
    "u.s", "u.n", "u.k", "e.u", "d.p.r.k", "u.s.s.r", "a.m", "p.m", "i.e", "e.g",
}
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_LAST_WORD = re.compile(r"(?:.*[^\w.])?([\w.]+)$", re.S)  # (matched from the window's start: one pass, not a search from each position)
_END = anchored(re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|\n+"""))


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith("."):
            word = _LAST_WORD.match(text, max(start, match.start() - 24), match.start())
            token = (word.group(1) if word else "").lower()
            possessive = word is not None and text[word.start(1) - 1:word.start(1)] in ("'", "’")  # ("… and Moldova's. Russia")
            if token in _ABBREV or (len(token) == 1 and "a" <= token <= "z" and not possessive) or _INITIALS.fullmatch(token):
                continue  # "Mr. Putin", "J. Biden", "the U.S. said", "K.P. Sharma Oli"
        _add(text, start, match.end() if not match.group().startswith("\n") else match.start(), spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
