"""Read articles (.txt, .md, .html, folders, stdin) into cleaned Documents, or say why not."""
from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from dateutil import parser as dateparser

from ingest.clean import clean
from ingest.model import Document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MAX_BYTES = 5 * 1024 * 1024  # a news article is tens of kB; anything past this is not one
_HEADER_LINE = re.compile(r"^(title|url|date|source|author|published)\s*:\s*(.*)$", re.IGNORECASE)


class ReadError(Exception):
    """One file could not be read as an article; the message is one line."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class Raw:
    source: str
    data: bytes
    suffix: str


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return dateparser.parse(value, fuzzy=True, default=None).date()
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None


def _decode(raw: Raw) -> str:
    if not raw.data.strip():
        raise ReadError(raw.source, "empty file")
    if b"\x00" in raw.data[:8192]:
        raise ReadError(raw.source, "binary file, not text")
    try:
        return raw.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(raw.source, f"not UTF-8 text (undecodable byte at offset {exc.start})") from None


def _split_header(text: str) -> tuple[dict[str, str], str]:
    lines = text.lstrip("\ufeff").split("\n")
    if lines and lines[0].strip() == "---":  # markdown front matter
        try:
            close = lines.index("---", 1)
        except ValueError:
            close = 0
        if close:
            meta = {m.group(1).lower(): m.group(2).strip().strip('"')
                    for ln in lines[1:close] if (m := _HEADER_LINE.match(ln.strip()))}
            return meta, "\n".join(lines[close + 1:])
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and (m := _HEADER_LINE.match(lines[i].strip())):
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if meta and (i == len(lines) or not lines[i].strip()):
        return meta, "\n".join(lines[i:])
    return {}, text


def _from_html(raw: Raw, text: str) -> tuple[dict[str, str], str]:
    import trafilatura  # imported here: loading it takes a while and only HTML needs it

    found = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                        include_tables=False, favor_precision=True)
    if found is None or not (found.text or "").strip():
        raise ReadError(raw.source, "no article text found in the HTML")
    meta = {"title": found.title or "", "date": found.date or "", "url": found.url or ""}
    return meta, found.text


def _article_id(meta: dict[str, str], source: str, body: str) -> str:
    if meta.get("url"):
        return meta["url"].strip()
    if source != "-":
        return "file:" + Path(source).name
    return "stdin:" + hashlib.sha256(body.encode()).hexdigest()[:12]


def to_document(raw: Raw) -> Document:
    """Decode, pull out metadata and main text, clean boilerplate."""
    if len(raw.data) > MAX_BYTES:
        raise ReadError(raw.source, f"too large for an article ({len(raw.data) / 1e6:.1f} MB > "
                                    f"{MAX_BYTES / 1e6:.0f} MB)")
    text = _decode(raw).replace("\r\n", "\n")
    looks_html = raw.suffix in HTML_SUFFIXES or (raw.suffix == "" and re.match(r"\s*<(!doctype|html)", text, re.I))
    meta, body = _from_html(raw, text) if looks_html else _split_header(text)
    cleaned = clean(body)
    if not cleaned:
        raise ReadError(raw.source, "no article text left after removing boilerplate")
    title = meta.get("title") or cleaned.split("\n", 1)[0][:200]
    return Document(id=_article_id(meta, raw.source, cleaned), title=title, url=meta.get("url") or None,
                    date=parse_date(meta.get("date") or meta.get("published")), text=cleaned,
                    source=raw.source, sha=hashlib.sha256(cleaned.encode()).hexdigest())


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith("."):
                yield child
    else:
        yield path


def read_raw(paths: Iterable[str]) -> Iterator[Raw | ReadError]:
    """Raw bytes of every input file in order, or a ReadError for one that cannot be opened."""
    for name in paths:
        if name == "-":
            yield Raw("-", sys.stdin.buffer.read(MAX_BYTES + 1), "")
            continue
        path = Path(name)
        if not path.exists():
            yield ReadError(name, "no such file or directory")
            continue
        for file in _files(path):
            suffix = file.suffix.lower()
            if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
                yield ReadError(str(file), f"unsupported file type {suffix or '(none)'} "
                                           "(expected .txt, .md or .html)")
                continue
            try:
                size = file.stat().st_size
                if size > MAX_BYTES:
                    yield ReadError(str(file), f"too large for an article ({size / 1e6:.1f} MB > "
                                               f"{MAX_BYTES / 1e6:.0f} MB)")
                    continue
                yield Raw(str(file), file.read_bytes(), suffix)
            except OSError as exc:
                yield ReadError(str(file), exc.strerror or str(exc))


def read_documents(paths: Iterable[str]) -> Iterator[Document | ReadError]:
    for item in read_raw(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            yield to_document(item)
        except ReadError as exc:
            yield exc
