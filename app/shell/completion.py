"""Tab completion for the shell: keywords, functions, and labels, relationship types, property
keys and parameter names read from the live database."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

KEYWORDS = (
    "MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER BY", "SKIP", "LIMIT",
    "DISTINCT", "AS", "AND", "OR", "XOR", "NOT", "IN", "IS NULL", "IS NOT NULL", "STARTS WITH",
    "ENDS WITH", "CONTAINS", "CASE", "WHEN", "THEN", "ELSE", "END", "CALL", "YIELD", "UNION",
    "UNION ALL", "EXISTS", "COUNT", "COLLECT", "ASC", "DESC", "CREATE", "MERGE", "ON CREATE SET",
    "ON MATCH SET", "SET", "DELETE", "DETACH DELETE", "REMOVE", "FOREACH", "EXPLAIN", "PROFILE",
    "SHORTEST", "ALL SHORTEST", "TRUE", "FALSE", "NULL",
)
FUNCTIONS = (
    "count(", "collect(", "sum(", "avg(", "min(", "max(", "size(", "length(", "labels(", "type(",
    "elementId(", "properties(", "keys(", "nodes(", "relationships(", "startNode(", "endNode(",
    "shortestPath(", "allShortestPaths(", "coalesce(", "head(", "last(", "tail(", "range(",
    "reduce(", "toLower(", "toUpper(", "toString(", "toInteger(", "toFloat(", "trim(", "split(",
    "substring(", "replace(", "date(", "datetime(", "duration(", "exists(", "any(", "all(",
    "none(", "single(", "degree(",
)
COMMANDS = (":help", ":schema", ":param", ":params", ":mode read", ":mode write", ":export csv",
            ":export json", ":quit", ":exit")
_WORD = re.compile(r"([:.$]?)(`?[\w]*)$")


@dataclass
class Vocabulary:
    labels: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)


def _opener(text: str) -> str:
    """The innermost unclosed bracket before the cursor: '(' node, '[' relationship, '{' map."""
    stack: list[str] = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for c in text:
        if c in "([{":
            stack.append(c)
        elif c in pairs and stack and stack[-1] == pairs[c]:
            stack.pop()
    return stack[-1] if stack else ""


def _matching(word: str, candidates: Iterable[str], case_insensitive: bool = False) -> Iterable[str]:
    needle = word.lower() if case_insensitive else word
    for candidate in candidates:
        if (candidate.lower() if case_insensitive else candidate).startswith(needle):
            yield candidate


class CypherCompleter(Completer):
    def __init__(self, vocabulary: Callable[[], Vocabulary], params: Callable[[], Iterable[str]]):
        self.vocabulary = vocabulary
        self.params = params

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        before = document.text_before_cursor
        if before.lstrip().startswith(":") and "\n" not in before:
            typed = before.lstrip()
            for command in COMMANDS:
                if command.startswith(typed):
                    yield Completion(command, start_position=-len(typed))
            return
        found = _WORD.search(before)
        sigil, word = found.groups() if found else ("", "")
        bare = word.lstrip("`")
        vocab = self.vocabulary()
        if sigil == ":":
            opener = _opener(before)
            names = vocab.types if opener == "[" else vocab.labels if opener == "(" else []
            for name in _matching(bare, names):
                yield Completion(name if re.fullmatch(r"\w+", name) else f"`{name}`", start_position=-len(word))
        elif sigil == ".":
            for key in _matching(bare, vocab.keys):
                yield Completion(key, start_position=-len(word))
        elif sigil == "$":
            for name in _matching(bare, sorted(self.params())):
                yield Completion(name, start_position=-len(word))
        elif word:
            for candidate in _matching(word, KEYWORDS + FUNCTIONS, case_insensitive=True):
                yield Completion(candidate, start_position=-len(word))
