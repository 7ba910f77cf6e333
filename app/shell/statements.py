"""Splitting console input into statements and `:commands`, the way cypher-shell reads it.

A statement ends at a `;` outside strings, backtick names and comments; a line that starts
with `:` (where a statement could start) is a shell command. Neo4j parses each statement itself.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    kind: str  # "statement" or "command"
    text: str


def _skip_blank(text: str, i: int) -> int:
    """Past whitespace and comments."""
    n = len(text)
    while i < n:
        if text[i].isspace():
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
        else:
            break
    return i


def _statement_end(text: str, i: int) -> int | None:
    """Index of the `;` that ends the statement starting at i, or None if it does not end."""
    n = len(text)
    quote = None
    while i < n:
        c = text[i]
        if quote:
            if c == "\\" and quote != "`":
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "'\"`":
            quote = c
        elif text.startswith("//", i):
            end = text.find("\n", i)
            if end < 0:
                return None
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                return None
            i = end + 1
        elif c == ";":
            return i
        i += 1
    return None


def split(text: str) -> tuple[list[Item], str]:
    """The complete items in `text`, and what is left over (an unfinished statement, or '')."""
    items: list[Item] = []
    i = _skip_blank(text, 0)
    while i < len(text):
        if text[i] == ":":
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            items.append(Item("command", text[i:end].strip()))
            i = _skip_blank(text, end)
            continue
        end = _statement_end(text, i)
        if end is None:
            return items, text[i:]
        statement = text[i:end].strip()
        if statement:
            items.append(Item("statement", statement))
        i = _skip_blank(text, end + 1)
    return items, ""


def is_complete(text: str) -> bool:
    """True when Enter should submit: a command line, or input that ends its last statement."""
    if not text.strip():
        return True
    _, rest = split(text)
    return not rest.strip()
