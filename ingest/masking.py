"""A sentence with each actor mention replaced by «i», so relation patterns can be plain regexes
over words and actor slots; positions map back to article offsets."""
from __future__ import annotations

import re
from bisect import bisect_right

from ingest.mentions import Mention

SLOT = re.compile(r"«(\d+)»")


class Masked:
    def __init__(self, text: str, start: int, end: int, mentions: list[Mention]):
        self.article = text
        self.start = start
        self.end = end
        self.mentions = sorted(mentions, key=lambda m: m.start)
        pieces: list[str] = []
        self._marks: list[int] = []   # masked position where a piece starts
        self._origs: list[int] = []   # the article offset at that position
        self._slot: list[bool] = []   # whether the piece is a slot (maps to the mention's end)
        cursor, pos = start, 0
        for i, mention in enumerate(self.mentions):
            if mention.start < cursor:
                continue
            literal = text[cursor:mention.start]
            self._push(pos, cursor, False)
            pieces.append(literal)
            pos += len(literal)
            token = f"«{i}»"
            self._push(pos, mention.start, True)
            pieces.append(token)
            pos += len(token)
            cursor = mention.end
        self._push(pos, cursor, False)
        pieces.append(text[cursor:end])
        self.text = "".join(pieces)

    def _push(self, pos: int, orig: int, slot: bool) -> None:
        self._marks.append(pos)
        self._origs.append(orig)
        self._slot.append(slot)

    def orig(self, pos: int, *, at_end: bool = False) -> int:
        """Article offset of masked position `pos`."""
        i = bisect_right(self._marks, pos) - 1
        if self._slot[i]:
            mention = next(m for m in self.mentions if m.start == self._origs[i])
            return mention.end if (at_end or pos > self._marks[i]) else mention.start
        return self._origs[i] + (pos - self._marks[i])

    def masked_pos(self, orig: int) -> int:
        """Masked position of article offset `orig`, which lies in the text between mentions."""
        i = max(bisect_right(self._origs, orig) - 1, 0)
        while i > 0 and self._slot[i]:
            i -= 1
        return self._marks[i] + (orig - self._origs[i])

    def mention(self, index: str | int) -> Mention:
        return self.mentions[int(index)]
