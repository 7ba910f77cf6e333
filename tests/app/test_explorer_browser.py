"""The explorer in real headless Chromium (Debian's), driven by Playwright, against the real Neo4j."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.app.seed import XSS_TITLE, seed
from tests.conftest import ROOT, live_server

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="module")
def base_url(settings, driver):
    with live_server(settings) as url:
        seed(driver, settings.neo4j_database)
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1400, "height": 850}, accept_downloads=True)
    pg = context.new_page()
    pg.requests = []
    pg.errors = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def open_view(page, url: str):
    page.goto(url)
    page.wait_for_function("window.entente && window.entente.stable && window.entente.nodes.length > 0")


def node_ids(page) -> set[str]:
    return set(page.evaluate("window.entente.nodes.getIds()"))


def click_node(page, node_id: str, *, double: bool = False):
    pos = page.evaluate("(id) => window.entente.domPosition(id)", node_id)
    box = page.locator("#network canvas").bounding_box()
    (page.mouse.dblclick if double else page.mouse.click)(box["x"] + pos["x"], box["y"] + pos["y"])


def click_edge(page, source: str, target: str):
    a = page.evaluate("(id) => window.entente.domPosition(id)", source)
    b = page.evaluate("(id) => window.entente.domPosition(id)", target)
    box = page.locator("#network canvas").bounding_box()
    # a quarter of the way along: clear of the label drawn at the middle and of the end nodes
    page.mouse.click(box["x"] + a["x"] + (b["x"] - a["x"]) * 0.35, box["y"] + a["y"] + (b["y"] - a["y"]) * 0.35)


def test_search_then_view(page, base_url):
    page.goto(base_url + "/")
    page.fill("#search", "Ukr")
    suggestion = page.locator("#suggestions li").first
    expect(suggestion).to_contain_text("Ukraine")
    suggestion.dispatch_event("mousedown")
    page.wait_for_function("window.entente.nodes.length >= 4")
    assert node_ids(page) == {"state:UKR", "state:DEU", "state:POL", "state:RUS"}
    assert parse_qs(urlparse(page.url).query)["center"] == ["state:UKR"]
    ARTIFACTS.mkdir(exist_ok=True)
    page.wait_for_function("window.entente.stable")
    page.screenshot(path=str(ARTIFACTS / "explorer.png"))
    assert not page.errors


def test_expand_and_collapse_in_place(page, base_url):
    open_view(page, base_url + "/?center=state:UKR")
    before = node_ids(page)
    positions = page.evaluate("window.entente.network.getPositions()")
    click_node(page, "state:RUS", double=True)
    page.wait_for_function("window.entente.nodes.length > %d" % len(before))
    assert node_ids(page) - before == {"state:JPN", "state:BLR", "person:xi-jinping"}  # (Xi visited Russia)
    after = page.evaluate("window.entente.network.getPositions()")
    for node_id, pos in positions.items():  # nothing already drawn moved
        assert abs(after[node_id]["x"] - pos["x"]) < 1 and abs(after[node_id]["y"] - pos["y"]) < 1
    assert "expand=state%3ARUS" in page.url
    click_node(page, "state:RUS", double=True)
    page.wait_for_function("window.entente.nodes.length == %d" % len(before))
    assert node_ids(page) == before and "expand" not in page.url


def test_legend_filters_a_relation_type(page, base_url):
    open_view(page, base_url + "/?center=state:UKR")
    total = page.evaluate("window.entente.edgeView.length")
    page.locator('#legend-types input[data-type="SUPPLIES_ARMS"]').uncheck()
    assert page.evaluate("window.entente.edgeView.length") == total - 2
    assert "SUPPLIES_ARMS" not in parse_qs(urlparse(page.url).query)["types"][0]
    page.locator('#legend-kinds input[data-kind="State"]').uncheck()
    assert page.evaluate("window.entente.nodeView.length") == 0


def test_clicking_an_edge_shows_its_evidence(page, base_url):
    open_view(page, base_url + "/?center=state:UKR")
    click_edge(page, "state:DEU", "state:UKR")
    quote = page.locator("#panel blockquote", has_text="Germany delivered tanks to Ukraine on Monday.")
    expect(quote).to_have_count(1)
    expect(quote.locator("mark")).to_have_text("Germany delivered tanks to Ukraine")
    expect(page.locator("#panel blockquote")).to_have_count(2)
    expect(page.locator("#panel")).to_contain_text("Arms deliveries")
    expect(page.locator("#panel")).to_contain_text("2024-03")
    click_node(page, "state:UKR")
    expect(page.locator("#panel h2")).to_have_text("Ukraine")


def test_path_finder(page, base_url):
    open_view(page, base_url + "/?center=state:UKR")
    for field, text, name in (("#path-from", "Germ", "Germany"), ("#path-to", "Japa", "Japan")):
        page.fill(field, text)
        hit = page.locator(f"{field} + ul li").first
        expect(hit).to_contain_text(name)
        hit.dispatch_event("mousedown")
    page.click("#path-find")
    expect(page.locator("#path-results li").first).to_have_text("Germany → Ukraine → Russia → Japan")
    assert {"state:JPN"} <= node_ids(page)


def test_png_export(page, base_url):
    open_view(page, base_url + "/?center=state:UKR")
    with page.expect_download() as info:
        page.click("#export-png")
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 2000
    with page.expect_download() as info:
        page.click("#export-graphml")
    assert b"<graphml" in Path(info.value.path()).read_bytes()


def test_shared_url_restores_the_view(page, base_url, browser):
    open_view(page, base_url + "/?center=state:UKR&depth=1&expand=state:RUS&types=SUPPLIES_ARMS,ATTACKS,SANCTIONS")
    shared = page.url
    nodes, visible = node_ids(page), page.evaluate("window.entente.edgeView.getIds()")
    assert "state:JPN" in nodes
    other = browser.new_context(viewport={"width": 1400, "height": 850}).new_page()
    open_view(other, shared)
    assert node_ids(other) == nodes
    assert sorted(other.evaluate("window.entente.edgeView.getIds()")) == sorted(visible)
    assert not other.locator('#legend-types input[data-type="TRADES_WITH"]').is_checked()
    other.context.close()


def test_no_request_leaves_the_app_and_hostile_text_stays_inert(page, base_url):
    open_view(page, base_url + "/?center=state:KEN")
    click_edge(page, "state:KEN", "state:HTI")
    quote = page.locator("#panel blockquote").first
    expect(quote).to_contain_text("window.__xss=")  # either Kenya-Haiti relation: both sentences carry a payload
    expect(page.locator("#panel")).to_contain_text(XSS_TITLE)
    assert page.locator("#panel img, #panel script").count() == 0
    assert page.locator("#panel a").count() == 0  # a javascript: url is never made a link
    page.mouse.move(0, 0)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert page.requests and all(url.startswith(base_url) for url in page.requests), page.requests


def test_cypher_tab_draws_a_read_and_refuses_a_write(page, base_url):
    page.goto(base_url + "/")
    page.click("#tab-cypher")
    expect(page.locator("#cypher-pane")).to_be_visible()
    page.fill("#cypher-query", "MATCH (a:State)-[r:SUPPLIES_ARMS]->(b)\nRETURN a.name AS supplier, r, b")
    page.click("#cypher-run")
    expect(page.locator("#cypher-status")).to_contain_text("2 rows")
    expect(page.locator("#cypher-table tr")).to_have_count(3)
    expect(page.locator("#cypher-table th")).to_have_text(["supplier", "r", "b"])
    page.wait_for_function("window.entente.stable")
    # entities keep their ids, so a drawn edge opens its evidence like any other
    assert node_ids(page) == {"state:DEU", "state:POL", "state:UKR"}
    assert set(page.evaluate("window.entente.edges.getIds()")) == {
        "SUPPLIES_ARMS|state:DEU|state:UKR", "SUPPLIES_ARMS|state:POL|state:UKR"}
    click_edge(page, "state:DEU", "state:UKR")
    expect(page.locator("#panel")).to_be_visible()
    expect(page.locator("#panel blockquote").first).to_contain_text("Germany delivered")

    page.click("#tab-cypher")
    page.fill("#cypher-query", "MATCH (n) DETACH DELETE n")
    page.press("#cypher-query", "Control+Enter")
    expect(page.locator("#cypher-status")).to_contain_text("error: only read queries are allowed")
    assert len(node_ids(page)) == 3

    page.fill("#cypher-query", "RETURN '<img src=x onerror=\"window.__xss=9\">' AS html")
    page.click("#cypher-run")
    expect(page.locator("#cypher-status")).to_contain_text("1 row,")
    expect(page.locator("#cypher-table td")).to_have_text('<img src=x onerror="window.__xss=9">')
    assert page.locator("#cypher-table img").count() == 0 and page.evaluate("window.__xss") is None
    assert not page.errors
