"""What an analyst must find in the sample corpus (data/articles), with evidence."""
import pytest

from ingest.pipeline import GraphBuilder, extract_document
from ingest.reader import read_documents
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def graph():
    builder = GraphBuilder()
    for doc in read_documents([str(ROOT / "data" / "articles")]):
        builder.add(extract_document(doc))
    return {(r.source, r.type, r.target): r for r in builder.relations.values()}


EXPECTED = [
    ("person:vladimir-putin", "LEADS", "state:RUS"), ("person:kim-jong-un", "LEADS", "state:PRK"),
    ("person:xi-jinping", "LEADS", "state:CHN"), ("person:ebrahim-raisi", "LEADS", "state:IRN"),
    ("person:jens-stoltenberg", "LEADS", "org:NATO"),
    ("state:PRK", "SUPPLIES_ARMS", "state:RUS"), ("state:IRN", "SUPPLIES_ARMS", "state:RUS"),
    ("state:RUS", "SUPPLIES_ARMS", "state:PRK"), ("state:PRK", "DEPLOYS_TROOPS", "state:RUS"),
    ("state:RUS", "ATTACKS", "state:UKR"), ("state:RUS", "VETOES", "state:PRK"), ("state:CHN", "VETOES", "state:PRK"),
    ("state:CHN", "TRADES_WITH", "state:PRK"), ("state:PRK", "TRADES_WITH", "state:RUS"),
    ("state:PRK", "TRADES_WITH", "state:SUN"),
    ("state:RUS", "MEMBER_OF", "org:SCO"), ("state:CHN", "MEMBER_OF", "org:SCO"),
    ("state:UZB", "MEMBER_OF", "org:SCO"), ("state:PAK", "MEMBER_OF", "org:SCO"),
    ("state:PRK", "ALLIED_WITH", "state:RUS"), ("state:USA", "SANCTIONS", "state:PRK"),
    ("org:UN", "SANCTIONS", "state:PRK"), ("org:EU", "CONDEMNS", "state:RUS"), ("state:RUS", "CONDEMNS", "state:PRK"),
    ("org:NATO", "SUPPORTS", "state:JPN"), ("org:NATO", "SUPPORTS", "state:KOR"),
]


@pytest.mark.parametrize("edge", EXPECTED, ids=["-".join(e) for e in EXPECTED])
def test_analyst_finds_it_with_evidence(graph, edge):
    relation = graph[edge]
    for evidence in relation.evidence:
        assert evidence.sentence and evidence.article_id.startswith("file:")
        assert evidence.start <= evidence.span_start < evidence.span_end <= evidence.end


def test_nothing_comes_from_teaser_lines(graph):
    for relation in graph.values():
        for evidence in relation.evidence:
            assert not evidence.sentence.lower().startswith(("see also", "read more"))
