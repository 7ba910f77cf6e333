"""A small corpus written for the explorer tests (not the sample articles), one of them hostile."""
from __future__ import annotations

import hashlib

from ingest.pipeline import extract_document
from ingest.reader import Raw, to_document
from ingest.writer import GraphWriter

XSS_TITLE = "<script>window.__xss=1</script>Tricky title"
ARTICLES = {
    "arms.txt": "title: Arms deliveries\nurl: https://news.example/arms\ndate: 2024-03-10\n\n"
                "Germany delivered tanks to Ukraine on Monday. Russia invaded Ukraine in February 2022. "
                "Poland sent air defence systems to Ukraine. Germany delivered more tanks to Ukraine in March.\n",
    "sanctions.txt": "title: Sanctions round\nurl: https://news.example/sanctions\ndate: 2023-05-02\n\n"
                     "The European Union imposed new sanctions on Belarus. Japan has sanctioned Russia over the invasion. "
                     "Belarus is a member of the Collective Security Treaty Organization.\n",
    "summit.txt": "title: Summit\nurl: https://news.example/summit\ndate: 2022-09-01\n\n"
                  "Xi Jinping met Vladimir Putin in Moscow. China's trade with Brazil reached a record last year. "
                  "Belarus supported Russia at the meeting.\n",
    "hostile.txt": f"title: {XSS_TITLE}\nurl: javascript:window.__xss=4\ndate: 2024-01-01\n\n"
                   "Kenya sent troops to Haiti <img src=x onerror=\"window.__xss=2\"> in June. "
                   "Kenya condemned Haiti <script>window.__xss=3</script> yesterday.\n",
}


def seed(driver, database: str) -> None:
    with driver.session(database=database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    docs = [to_document(Raw(name, text.encode(), ".txt")) for name, text in ARTICLES.items()]
    GraphWriter(driver, database).write([extract_document(d) for d in docs])


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
