"""The date a sentence gives, anchored on the article's date (a Sunday, 1 September 2024)."""
from datetime import date

import pytest

from ingest.dates import sentence_date

ANCHOR = date(2024, 9, 1)


@pytest.mark.parametrize("sentence, expected", [
    ("The two leaders met on August 15, 2023 in Vladivostok.", "2023-08-15"),
    ("The treaty was signed on 19 June 2024.", "2024-06-19"),
    ("Sanctions were imposed in March 2022.", "2022-03"),
    ("Kenya sent troops to Haiti on June 25.", "2024-06-25"),
    ("Talks are planned on December 3.", "2023-12-03"),  # after the anchor: last year's
    ("Kenya sent troops to Haiti in June.", "2024-06"),
    ("The ministers met in October.", "2023-10"),
    ("Exports have grown since mid-July.", "2024-07"),
    ("The drills began in early August.", "2024-08"),
    ("Germany delivered tanks to Ukraine on Thursday.", "2024-08-29"),
    ("On Sunday, the envoy arrived.", "2024-09-01"),
    ("Russia annexed Crimea in 2014.", "2014"),
    ("Russia may send more troops, officials said.", "2024-09-01"),  # "may" is no month
    ("The alliance held together.", "2024-09-01"),
])
def test_sentence_date(sentence: str, expected: str) -> None:
    assert sentence_date(sentence, ANCHOR) == expected


def test_without_an_article_date_only_absolute_dates_count() -> None:
    assert sentence_date("The two leaders met in June.", None) is None
    assert sentence_date("The two leaders met in June 2019.", None) == "2019-06"
