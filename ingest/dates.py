"""The date a sentence gives ("in June", "on Thursday", "in 2019", "on August 15"), anchored
on the article's date; else the article's date."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH = "|".join(sorted((m for m in MONTHS), key=len, reverse=True))
_MONTH_NAME = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))  # "in May", not "may"
_DAY = "|".join(DAYS)
FULL = re.compile(rf"\b(?:on\s+)?({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\.?,?\s+(\d{{4}})\b", re.I)
MONTH_DAY = re.compile(rf"\bon\s+({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
MONTH_YEAR = re.compile(rf"\b({_MONTH})\s+(\d{{4}})\b", re.I)
IN_MONTH = re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)(?:\s+|-)(?:(?:early|late|mid)(?:\s+|-))?"
                      rf"({_MONTH_NAME})\b")
WEEKDAY = re.compile(rf"\bon\s+({_DAY})\b", re.I)
DIGIT = re.compile(r"\d")
YEAR = re.compile(r"\b(?:in|since|during|by)\s+((?:19|20)\d{2})\b")


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def sentence_date(sentence: str, anchor: date | None) -> str | None:
    """ISO date (or YYYY-MM / YYYY) the sentence states, else the anchor's ISO date."""
    digits = DIGIT.search(sentence) is not None  # most sentences have none: skip the patterns that need one
    if digits and (m := FULL.search(sentence)):
        d = _safe(int(m.group(3)), MONTHS[m.group(1).lower()[:3] if m.group(1).lower() not in MONTHS else m.group(1).lower()], int(m.group(2)))
        if d:
            return d.isoformat()
    if digits and (m := DAY_FIRST.search(sentence)):
        d = _safe(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        if d:
            return d.isoformat()
    if digits and (m := MONTH_YEAR.search(sentence)):
        return f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}"
    if anchor is not None:
        if digits and (m := MONTH_DAY.search(sentence)):
            month, day = MONTHS[m.group(1).lower()], int(m.group(2))
            year = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
            if d := _safe(year, month, day):
                return d.isoformat()
        if m := IN_MONTH.search(sentence):
            month = MONTHS[m.group(1).lower()]
            year = anchor.year if month <= anchor.month else anchor.year - 1
            return f"{year}-{month:02d}"
        if "day" in sentence and (m := WEEKDAY.search(sentence)):
            back = (anchor.weekday() - DAYS[m.group(1).lower()]) % 7
            return (anchor - timedelta(days=back)).isoformat()
    if digits and (m := YEAR.search(sentence)):
        return m.group(1)
    return anchor.isoformat() if anchor else None
