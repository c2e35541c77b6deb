"""Title: the first substantial line after the header boilerplate."""

from __future__ import annotations

import pytest

from pressflow_enrich.release.title import find_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Communiqué de presse\n\nRennes, le 3 avril 2022\n\nCP014-2022\n\n"
            "La ville ouvre un nouveau parc urbain\n",
            "La ville ouvre un nouveau parc urbain",
        ),
        (
            "Press release\nMarch 3, 2021\nHarbour works begin in Plymouth\nText.",
            "Harbour works begin in Plymouth",
        ),
        (
            "société :\n\nACME SA\n\nACME SA : Résultats semestriels 2020\n",
            "ACME SA : Résultats semestriels 2020",
        ),
        ("bordeaux\nmétropole\n\nUn tramway pour la rive droite\n", "Un tramway pour la rive droite"),
        (
            "NEWS RELEASE\n\nHalifax, 12 May 2024 – Harbour Council today approved a new bus lane. "
            "Works start in June.\n",
            "Harbour Council today approved a new bus lane.",
        ),
        (
            "Brest, le 3 mars 2023 – La société Armor Lab annonce " + "une levée de fonds " * 12 + ".\n",
            "La société Armor Lab annonce une levée de fonds une levée de fonds une levée de fonds une levée "
            "de fonds une levée de fonds une levée de fonds une…",
        ),
        (
            "Communiqué – 14/02/2023\n\nNordel : résultats annuels 2022 en hausse\n\nTexte.",
            "Nordel : résultats annuels 2022 en hausse",
        ),
        ("mardi 20 février 2018 à 17h45\n\nRésultats annuels 2017\n", "Résultats annuels 2017"),
        ("Court\n", "Court"),
        ("\n\n", None),
    ],
)
def test_title_skips_header_lines(text: str, title: str | None) -> None:
    assert find_title(text) == title
