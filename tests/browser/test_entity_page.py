"""The entity page and a release's copies in a real headless Chromium, JavaScript off."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from store_releases import CNES, analyst_releases, release
from store_server import serving_releases
from test_store_page import browser  # noqa: F401  (fixtures shared with the search page)


def copies_of_the_cnes_release():
    [original] = [r for r in analyst_releases() if r.release_id == "cnes-2024"]
    entities = (("ORG", CNES, ("CNES",), (CNES,)), ("PER", "Philippe Baptiste", (), ("Philippe Baptiste",)))
    copy = release(
        "cnes-2024-spatial-hebdo",
        "Repris : le CNES finance un lanceur",
        "Repris par Spatial Hebdo à partir du communiqué de l'agence\n\n" + original.text,
        published=date(2024, 3, 14),
        received=datetime(2025, 7, 2, tzinfo=UTC),
        entities=entities,
    )
    revised = release(
        "cnes-2024-corrected",
        "Le CNES finance un lanceur (rectificatif)",
        original.text.replace("12 millions", "15 millions"),
        published=date(2024, 3, 15),
        received=datetime(2025, 7, 3, tzinfo=UTC),
        entities=entities,
    )
    return [copy, revised]


@pytest.fixture(scope="module")
def store_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("entity")
    with serving_releases(folder, analyst_releases(), copies_of_the_cnes_release()) as url:
        yield url


@pytest.fixture
def page(browser, store_url):  # noqa: F811
    context = browser.new_context(base_url=store_url, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_a_release_shows_where_else_it_was_published_and_what_revised_it(page):
    page.goto("/view/cnes-2024")
    assert page.locator("ul.copies").inner_text().startswith("Repris : le CNES finance un lanceur")
    assert "rectificatif" in page.locator("ul.revised-by").inner_text()
    page.locator("ul.copies a").click()
    assert "A copy of Le CNES finance un lanceur réutilisable" in page.locator("p.copy-of").inner_text()


def test_an_entity_page_has_its_names_a_monthly_chart_its_releases_and_its_company(page):
    page.goto("/view/cnes-2022")  # wrote only "CNES"
    page.locator("ul.entities li", has_text="CNES").locator("a.profile").click()
    # the name written most (three releases against two) names it; the other is an alias
    assert page.locator("h1").inner_text() == CNES
    assert page.locator("ul.aliases").inner_text() == "CNES"
    # one bar per month from March 2024 back to November 2022, the empty months at zero
    bars = page.locator("svg.mentions rect")
    assert bars.count() == 20
    counted = {
        bars.nth(i).get_attribute("data-month"): bars.nth(i).get_attribute("data-count") for i in range(20)
    }
    assert (counted["2022-11"], counted["2023-06"], counted["2024-03"], counted["2024-06"]) == (
        "1",
        "0",
        "3",
        "1",
    )
    titles = page.locator("ul.releases a").all_inner_texts()
    assert "Le CNES et la JAXA signent un accord" in titles and len(titles) == 5
    page.locator("ul.company-people a", has_text="Hiroshi Yamakawa").click()
    assert page.locator("h1").inner_text() == "Hiroshi Yamakawa"
    assert CNES in page.locator("ul.company-organisations").inner_text()


def test_the_search_can_show_one_release_per_set_of_copies(page):
    page.goto("/?entity=CNES")
    page.get_by_label("One per set of copies").check()
    page.get_by_role("button", name="Search").click()
    titles = page.locator(".result h2 a").all_inner_texts()
    assert "Repris : le CNES finance un lanceur" not in titles
    original = page.locator(".result", has_text="Le CNES finance un lanceur réutilisable")
    assert original.locator(".copies").inner_text() == "1 other copy"


def test_an_unknown_entity_is_a_404_page(page):
    assert page.goto("/entity/999999").status == 404
