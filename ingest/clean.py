"""Remove boilerplate lines (navigation, teasers, bylines, comment furniture) before extraction."""
from __future__ import annotations

import re

# A line matching any of these is furniture around an article, not its content.
_BOILERPLATE = [
    r"(?:see|read|study|examine|check|learn|view|watch|discover|explore)\s+(?:also|more|much more|far more|further|next)\b.*",
    r"(?:also read|related|related articles?|related stories|recommended|more from|more on this|most read|trending|popular)\b.*",
    r"-*\s*advertisement\s*-*|sponsored( content)?|ad",
    r"leave a (?:reply|comment)|comments? (?:are|is) closed\.?|\d+ comments?|post a comment|add a comment|join the discussion",
    r"your email address will not be published\.?.*|required fields are marked.*",
    r"back to top( button)?|skip to (?:main )?content|toggle navigation|menu|home|search",
    r"share (?:this|on)\b.*|follow us\b.*|subscribe\b.*|sign up\b.*|newsletter\b.*|click here\b.*",
    r"(?:all rights reserved|copyright|©).*",
    r"(?:photo|image|picture|credit|source|file photo)\s*:.*",
    r"(?:by|written by|reporting by|editing by|additional reporting by)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s*(?:and|,)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*\.?",
    r"tags?\s*:.*|filed under\b.*|categories?\s*:.*",
    r"(?:published|updated|posted)\s*(?:on|:)?\s*[\w ,:.]+\d{4}.*",
]
_BOILERPLATE_RE = re.compile(r"^\s*(?:" + "|".join(_BOILERPLATE) + r")\s*$", re.IGNORECASE)
_PERSON_LINE = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$")


def is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE_RE.match(line))


def clean(text: str) -> str:
    """Cleaned article text: one paragraph per line, boilerplate and trailing bylines dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u2011", "-").replace("\ufeff", "")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    kept = [ln for ln in lines if ln and not is_boilerplate(ln)]
    # a bare personal name closing the article is its byline
    while kept and _PERSON_LINE.match(kept[-1]) and len(kept) > 1:
        kept.pop()
    return "\n".join(kept)
