"""The store's web page in a real headless Chromium: load it, search, filter by an entity, open a release."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from store_releases import analyst_releases
from store_server import serving_releases

CHROMIUM = Path("/usr/bin/chromium")
# Quiet and offline: no sandbox (CI runs as root), no GPU, no calls home.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def store_url(tmp_path_factory):
    """The store app served by uvicorn in a thread, over an SQLite file seeded with releases."""
    with serving_releases(tmp_path_factory.mktemp("page"), analyst_releases()) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI must run the page test: apt-get install chromium")
        pytest.skip(
            "/usr/bin/chromium is absent (apt-get install chromium); the page test needs a real browser"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, store_url):
    context = browser.new_context(base_url=store_url, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def result_titles(page) -> list[str]:
    # a click that submits the form returns once the next page starts loading; the list is read
    # from that page whole (read at once, it was empty in one CI run)
    page.wait_for_load_state()
    return page.locator(".result h2 a").all_inner_texts()


def test_the_page_loads_with_every_release_and_the_facets(page):
    page.goto("/")
    assert page.title() == "pressflow"
    assert page.locator("#total").inner_text() == "7"
    assert len(result_titles(page)) == 7
    assert "Toulouse" in page.locator("ul.facet-loc").inner_text()


def test_a_search_finds_releases_and_marks_what_enrichment_found(page):
    page.goto("/")
    page.get_by_label("Search").fill('"Région Occitanie"')
    page.get_by_role("button", name="Search").click()
    assert sorted(result_titles(page)) == [
        "La Région Occitanie annonce un plan électrolyse",
        "Région Occitanie : la rentrée culturelle",
    ]
    june = page.locator(".result", has_text="électrolyse")
    assert june.locator("mark.org").first.inner_text() == "Région Occitanie"
    assert june.locator("mark.amount").inner_text() == "45 millions d'euros"
    assert june.locator("mark.date").first.inner_text() == "12 juin 2025"


def test_clicking_an_entity_facet_filters_by_it(page):
    page.goto("/?q=JAXA")
    page.locator("ul.facet-per a", has_text="Hiroshi Yamakawa").click()
    assert page.locator("#total").inner_text() == "3"
    assert "entity: Hiroshi Yamakawa" in page.locator(".chips").inner_text()
    page.get_by_label("Language").select_option("fr")
    page.get_by_role("button", name="Search").click()
    assert result_titles(page) == ["Le CNES et la JAXA signent un accord"]


def test_a_release_opens_with_its_marks_and_its_entities_lead_back_to_a_search(page):
    page.goto("/?entity=CNES&sort=oldest")
    page.locator(".result h2 a").first.click()
    assert page.locator("h1").inner_text() == "Le CNES et la JAXA signent un accord"
    assert page.locator(".text mark.per").inner_text() == "Hiroshi Yamakawa"
    page.locator(".text mark.org a", has_text="JAXA").click()
    assert page.locator("#total").inner_text() == "3"


def test_a_bad_filter_is_explained_on_the_page(page):
    response = page.goto("/?published_from=2025-06-01&published_to=2025-01-01")
    assert response.status == 422
    assert "published_from must not be after published_to" in page.get_by_role("alert").inner_text()
