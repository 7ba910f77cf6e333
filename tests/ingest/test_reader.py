"""Reading and cleaning: headers, HTML main text, boilerplate, bad input."""
from datetime import date
from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.reader import MAX_BYTES, ReadError, read_documents
from ingest import sentences


def read_one(path: Path):
    [item] = list(read_documents([str(path)]))
    return item


def test_header_block_gives_metadata_and_is_not_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("title: Talks resume\nurl: https://news.example/a\ndate: 2024-03-05\n\n"
                 "Egypt and Qatar held talks on Monday.\n")
    doc = read_one(f)
    assert (doc.title, doc.url, doc.date, doc.id) == ("Talks resume", "https://news.example/a",
                                                      date(2024, 3, 5), "https://news.example/a")
    assert doc.text == "Egypt and Qatar held talks on Monday."


def test_html_main_text_is_extracted_without_navigation(tmp_path):
    f = tmp_path / "a.html"
    f.write_text("<html><head><title>Veto</title><meta property='article:published_time' content='2024-03-28'>"
                 "</head><body><nav><a href='/'>Home</a> <a href='/w'>World news from Russia</a></nav>"
                 "<article><h1>Veto at the UN</h1><p>Russia vetoed a draft resolution on Mali in August, "
                 "diplomats said after the closed session ended late in the evening.</p>"
                 "<p>China abstained from the vote, which had been expected for weeks by most observers.</p>"
                 "</article><footer>Leave a Reply</footer></body></html>")
    doc = read_one(f)
    assert "Russia vetoed a draft resolution" in doc.text
    assert "Home" not in doc.text and "Leave a Reply" not in doc.text
    assert doc.date == date(2024, 3, 28)


@pytest.mark.parametrize("line", ["See also  Why talks failed in Geneva", "Read more: The war in Sudan",
                                  "Related Articles", "- Advertisement -", "Leave a Reply", "Back to top button",
                                  "Comments are closed.", "By Jane Doe and John Roe",
                                  "Your email address will not be published."])
def test_boilerplate_lines_are_dropped(line):
    assert clean(f"Kenya sent troops to Haiti.\n{line}\nThe mission began in June.") == \
        "Kenya sent troops to Haiti.\nThe mission began in June."


def test_see_also_lines_produce_no_relations(tmp_path):
    from ingest.pipeline import extract_document
    f = tmp_path / "a.txt"
    f.write_text("Headline\n\nSee also  Russia invaded Ukraine again\nMarkets were calm today.\n")
    assert extract_document(read_one(f)).relations == []


def test_sentence_spans_respect_abbreviations():
    text = "The U.S. imposed sanctions on Iran. Mr. Smith disagreed!\nNew paragraph. Premier K.P. Sharma Oli left. Then A.B. Kovind spoke."
    assert [text[s:e] for s, e in sentences.split(text)] == [
        "The U.S. imposed sanctions on Iran.", "Mr. Smith disagreed!", "New paragraph.", "Premier K.P. Sharma Oli left.",
        "Then A.B. Kovind spoke."]


def test_a_possessive_before_a_full_stop_ends_the_sentence():
    text = "Michel said the EU's future was also Ukraine's and Moldova's. Russia, which invaded Ukraine, objected. J. Biden spoke."
    assert [text[s:e] for s, e in sentences.split(text)] == [
        "Michel said the EU's future was also Ukraine's and Moldova's.", "Russia, which invaded Ukraine, objected.", "J. Biden spoke."]


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"), (b"  \n\n", "empty file"), (b"\x00\x01\x02binary", "binary file"),
    (b"caf\xe9 Russia", "not UTF-8"), (b"Related Articles\nAdvertisement\n", "no article text left")])
def test_bad_files_give_a_one_line_reason(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    error = read_one(f)
    assert isinstance(error, ReadError) and reason in str(error) and "\n" not in str(error)


def test_oversized_missing_and_unsupported_inputs(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES * 20)
    odd = tmp_path / "notes.pdf"
    odd.write_bytes(b"%PDF")
    results = list(read_documents([str(big), str(tmp_path / "missing.txt"), str(odd)]))
    assert [type(r) for r in results] == [ReadError] * 3
    assert "too large" in str(results[0]) and "no such file" in str(results[1]) and "unsupported" in str(results[2])


def test_folder_of_mixed_files_keeps_the_good_ones(tmp_path):
    (tmp_path / "good.md").write_text("Japan joined the talks.\n")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    kinds = sorted(type(r).__name__ for r in read_documents([str(tmp_path)]))
    assert kinds == ["Document", "ReadError"]


def test_unicode_spaces_and_hyphens_are_plain():
    """A no-break space and a non-breaking hyphen ("al‑Sharaa") read as their plain forms, so names
    written with either match the dictionary and the name patterns."""
    assert clean("President\u00a0Ahmed al\u2011Sharaa spoke.") == "President Ahmed al-Sharaa spoke."
