"""Dates: the release's own date and every calendar reference, as the annotation guide says."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pressflow_enrich.dates.mentions import find_dates
from pressflow_enrich.dates.published import find_published_on
from pressflow_enrich.words.initials import initials


def values(text: str, anchor: date, lang: str = "fr") -> set[str]:
    return {m.value for m in find_dates(text, lang, anchor)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Communiqué de presse\n\nLyon, le 3 avril 2019\n\nLa Métropole inaugure", "fr", "2019-04-03"),
        ("Bordeaux, 12 juin 2020 – Le groupe annonce ce jour", "fr", "2020-06-12"),
        ("\n\n7 octobre 2016\n\nNouveau partenariat industriel", "fr", "2016-10-07"),
        ("Agence X\n\njeudi 8 mars 2018 à 09h30\n\nRésultats annuels", "fr", "2018-03-08"),
        ("Le 2 mai 2019, un accord a été signé.\n\nParis, le 6 mai 2019 - Le CNES", "fr", "2019-05-06"),
        ("févr. 14 2019 | Acme : ouverture d'un site à Nantes", "fr", "2019-02-14"),
        ("Mis en ligne le 05/11/2021\n\nLa ville lance son budget", "fr", "2021-11-05"),
        ("September 9, 2020\n\nAcme opens a plant in Ohio", "en", "2020-09-09"),
        ("Posted: 3rd March 2015 14:02\n\nAcme buys Beta Ltd", "en", "2015-03-03"),
        ("LONDON, 21 May 2022 — Acme plc today reported", "en", "2022-05-21"),
        ("Acme opens a new depot\n\nThe statement published by Acme on 4 July 2021.", "en", "2021-07-04"),
        ("Bilan annuel\n\nAlbi, le 3 mars 2021.\n\nLa commune publie", "fr", "2021-03-03"),
        ("Communiqué de presse – Paris, le 9 juin 2022\nLe musée rouvre", "fr", "2022-06-09"),
        ("Acme blog\n\nPosted on March 3, 2021 by the press office\n\nAcme opens", "en", "2021-03-03"),
        ("Acme announces growth\n\nMarch 2009\n\nAcme said profits rose.", "en", None),
        ("Acme news\n\n" + "Acme grows. " * 60 + "The film, released on 5 May 2019, won.", "en", None),
        ("La Région soutient la filière. Le contrat a été signé en 2018.", "fr", None),
        ("Acme unveils its results\n\nThe board met on 2 May 2019 to approve them.", "en", None),
        # Markdown emphasis around a dateline.
        ("# Titre\n\n**Brest, 9 mars 2024** – La société Ondine annonce", "fr", "2024-03-09"),
        ("__Rennes, le 2 juin 2023__\n\nLe syndicat mixte vote son budget.", "fr", "2023-06-02"),
        # Dates in the closing blocks or after the body are events, not the release's own date.
        (
            "Un titre\n\n"
            + "Le syndicat a voté le plan de rénovation des écoles. " * 5
            + "\n\n"
            + "Les travaux dureront deux ans et mobiliseront dix entreprises. " * 4
            + "\n\nProchain conseil : lundi 6 mai 2024 à 18h00",
            "fr",
            None,
        ),
        (
            "Un titre\n\nLe club ouvre une école de voile.\n\nContact presse\nMardi 4 juin 2024 – Léa",
            "fr",
            None,
        ),
        ("New ferry route\n\nThe line opens in May.\n\nNotes to editors\nUpdated: 3 April 2024", "en", None),
        # A dateline whose town has its province in brackets, or whose date is in brackets.
        ("Montréal (Québec), le 3 novembre 2026 – La Fondation Aubier annonce", "fr", "2026-11-03"),
        ("LEEDS (4 March 2025) – Harbourline plc today reported", "en", "2025-03-04"),
        ("PUNE (March 4, 2025): Varaha Motors Ltd said", "en", "2025-03-04"),
        # A town the geodata knows, then a dash and the date; a heading before a dash is no town.
        ("Kampala – 3rd November 2026\n\nThe ministry opens a clinic", "en", "2026-11-03"),
        ("Q3 Results – 30 September 2026\n\nAcme grew its sales", "en", None),
        # A header line naming the document, a separator, then the date.
        ("Media Release | 3 November 2026\n\nNew bridge for Albany", "en", "2026-11-03"),
        ("NEWS RELEASE — Nov. 3, 2026\n\nAcme hires", "en", "2026-11-03"),
        ("Harbour Board\nNews release - Nov. 3, 2026\n\nAcme hires", "en", "2026-11-03"),
        ("Key figures - 2026\n\nAcme hires in Berlin - March 3, 2026 onwards", "en", None),
        ("Communiqué de presse – 3 novembre 2026\n\nLa commune rénove l'école", "fr", "2026-11-03"),
        # Labels: a release date, a publication date, an embargo (perhaps with its time first).
        ("Release date: 03/11/2026 10:30\n\nThe council adopts its plan", "en", "2026-11-03"),
        ("Date de publication : 3 novembre 2026\n\nLe syndicat vote", "fr", "2026-11-03"),
        ("EMBARGOED UNTIL 00:01 GMT, 3 NOVEMBER 2026\n\nCharity warns on rents", "en", "2026-11-03"),
        ("For release: Nov. 3, 2026\n\nCity opens library", "en", "2026-11-03"),
        # a contact line above the first paragraph belongs to the header, and ends no part of it
        (
            "STATE PARKS\nContact: Jo Tan, Communications, 801-555-0187\n\nParks reopen\n\n"
            "OGDEN (Nov. 3, 2026) - The division reopened its trails after a storm closed them for a week, "
            "and crews will keep clearing fallen trees from the canyon roads and the campgrounds above the "
            "reservoir until the end of the month.",
            "en",
            "2026-11-03",
        ),
        # the day of a meeting is no dateline, the header's date is; a section's name and the date
        ("Date: 10/13/2026\n\nHIGHLIGHTS – Regular Meeting of Monday, October 12, 2026", "en", "2026-10-13"),
        ("Women's Basketball | 3/23/2027 10:00:00 AM\n\nBoise State extends its coach", "en", "2027-03-23"),
        # a wire's name in brackets between the town and the date; an ISO timestamp's line
        ("LEEDS (Reuters) 12-Mar-2026 - Harbourline plc said it would buy a mill", "en", "2026-03-12"),
        ("Harbourline reports results\n2026-03-12T07:00:00Z\n\nHarbourline plc said", "en", "2026-03-12"),
    ],
)
def test_published_on(text: str, lang: str, expected: str | None) -> None:
    found = find_published_on(text, lang)
    assert (found.isoformat() if found else None) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # Full dates, in every written form.
        ("La cérémonie a eu lieu le 14 décembre 2018 à Albi.", date(2019, 1, 1), {"2018-12-14"}),
        ("Le dossier doit être déposé avant le 14/12/2018.", date(2019, 1, 1), {"2018-12-14"}),
        ("The plant opened on December 14, 2018 in Ohio.", date(2019, 1, 1), {"2018-12-14"}),
        ("Le rapport est daté du 1er mars 2021.", date(2021, 5, 1), {"2021-03-01"}),
        ("Shares were admitted on 11th November 2014.", date(2015, 1, 1), {"2014-11-11"}),
        ("Le décret du 2021-03-01 s'applique.", date(2021, 5, 1), {"2021-03-01"}),
        ("Revenue for the year ended 31 March 2016 rose.", date(2016, 6, 1), {"2016-03-31"}),
        ("Les comptes de l'exercice clos le 30 juin 2019.", date(2019, 9, 1), {"2019-06-30"}),
        ("La vente a eu lieu le 3 févr. 2020 à Nice.", date(2020, 3, 1), {"2020-02-03"}),
        # Year-less days: the nearest one, the weekday and the tense deciding.
        ("Le protocole a été signé le 9 décembre à Rodez.", date(2018, 12, 14), {"2018-12-09"}),
        ("Le 20 juin, les élus se réuniront à Foix.", date(2011, 6, 2), {"2011-06-20"}),
        ("Le 2 décembre, les ministres se réuniront à Bruxelles.", date(2003, 5, 16), {"2003-12-02"}),
        ("Le conseil s'est réuni le 2 décembre à Paris.", date(2003, 5, 16), {"2002-12-02"}),
        ("Samedi 10 mars à Lille, le ministre a inauguré le site.", date(2018, 3, 12), {"2018-03-10"}),
        ("Jeudi 28 décembre, la mairie a voté le budget.", date(2018, 1, 4), {"2017-12-28"}),
        ("Wednesday 10 April, the two agencies met in Rome.", date(2019, 4, 12), {"2019-04-10"}),
        ("La présidente est en mission jusqu'au 20 mai en Inde.", date(2022, 5, 14), {"2022-05-20"}),
        # The day itself and its neighbours.
        ("Le maire a inauguré ce jour la nouvelle médiathèque.", date(2021, 6, 10), {"2021-06-10"}),
        ("La ministre a annoncé aujourd'hui un plan.", date(2021, 6, 10), {"2021-06-10"}),
        ("Acme today announced a new chief executive.", date(2021, 6, 10), {"2021-06-10"}),
        ("Le préfet a visité ce matin le chantier.", date(2021, 6, 10), {"2021-06-10"}),
        ("Le jury s'est réuni hier à Montpellier.", date(2021, 6, 10), {"2021-06-09"}),
        ("The board approved the plan yesterday.", date(2021, 6, 10), {"2021-06-09"}),
        ("Le comité rendra son avis demain.", date(2021, 6, 10), {"2021-06-11"}),
        ("Le comité prépare les métiers de demain.", date(2021, 6, 10), set()),
        ("On 5 June, a new depot will open in Leeds.", date(2020, 1, 20), {"2020-06-05"}),
        ("On 5 June, a new depot opened in Leeds.", date(2020, 1, 20), {"2019-06-05"}),
        ("Le 5 juin, le salon s'est tenu à Pau.", date(2020, 1, 20), {"2019-06-05"}),
        # two days in a row are one span, days further apart two dates
        ("Les assises auront lieu les 4 et 5 juin à Pau.", date(2020, 1, 20), {"2020-06-04/2020-06-05"}),
        ("Le jury siégera les 4 et 11 juin à Pau.", date(2020, 1, 20), {"2020-06-04", "2020-06-11"}),
        ("The summit meets on 11 and 12 March 2026 in Accra.", date(2026, 1, 10), {"2026-03-11/2026-03-12"}),
        ("Storms hit on September 7 and 8, 2023.", date(2024, 1, 10), {"2023-09-07/2023-09-08"}),
        ("Hearings are set for June 4 and 11, 2026.", date(2026, 1, 10), {"2026-06-04", "2026-06-11"}),
        # two years joined by "to" are a span, with or without a "from"
        ("Covering 2025 to 2027, the plan is funded by the state.", date(2026, 1, 10), {"2025/2027"}),
        ("Funding of $12 million over the 2026 to 2029 period.", date(2026, 1, 10), {"2026/2029"}),
        (
            "Vendredi dernier, le conseil a voté ; lundi prochain, il votera.",
            date(2021, 6, 10),
            {"2021-06-04", "2021-06-14"},
        ),
        ("The show runs April 15-18, 2019 in Lyon.", date(2019, 3, 1), {"2019-04-15/2019-04-18"}),
        ("Le salon se tiendra du lundi 3 au mercredi 5 juin.", date(2019, 3, 1), {"2019-06-03/2019-06-05"}),
        ("Rendez-vous les 20 et 21 novembre 2019.", date(2019, 3, 1), {"2019-11-20/2019-11-21"}),
        # Months.
        ("Le chantier débutera en juillet 2024.", date(2023, 1, 1), {"2024-07"}),
        ("Work will start in July 2024.", date(2023, 1, 1), {"2024-07"}),
        ("Le plan a été adopté en juin dernier.", date(2024, 10, 8), {"2024-06"}),
        ("Le plan a été adopté en décembre dernier.", date(2018, 3, 5), {"2017-12"}),
        ("Le salon ouvrira en octobre prochain.", date(2018, 6, 15), {"2018-10"}),
        ("The fair opens next October.", date(2018, 6, 15), {"2018-10"}),
        ("Le festival aura lieu en juin de cette année.", date(2024, 10, 15), {"2024-06"}),
        ("La livraison est attendue courant mars 2023.", date(2022, 1, 1), {"2023-03"}),
        ("L'atterrissage est prévu en octobre.", date(2018, 3, 5), {"2018-10"}),
        ("La sonde mettra le cap vers Mars.", date(2018, 3, 5), set()),
        ("[March 2022] Acme signs a lease", date(2022, 3, 4), {"2022-03"}),
        ("Le trafic a doublé le mois dernier.", date(2021, 6, 10), {"2021-05"}),
        ("La ligne a été inaugurée il y a 3 mois.", date(2021, 6, 10), {"2021-03"}),
        # Years.
        ("Fondée en 2015, la société emploie 40 personnes.", date(2021, 1, 1), {"2015"}),
        ("Le réseau grandit depuis 2019.", date(2021, 1, 1), {"2019"}),
        ("Le service sera payant à compter de 2026.", date(2021, 1, 1), {"2026"}),
        ("Objectifs 2018 : croissance du chiffre d'affaires.", date(2018, 2, 1), {"2018"}),
        ("Le groupe confirme ses ambitions pour 2019.", date(2018, 2, 1), {"2019"}),
        ("2016 : deux tranches ; 2017 : une tranche.", date(2018, 2, 1), {"2016", "2017"}),
        ("Le projet sera lancé à la mi-2025.", date(2024, 2, 1), {"2025"}),
        ("La neutralité carbone est visée à l'horizon 2030.", date(2024, 2, 1), {"2030"}),
        ("Le plan couvre les exercices 2017-19.", date(2018, 2, 1), {"2017/2019"}),
        # Spans.
        ("La convention couvre la période 2024-2027.", date(2024, 1, 1), {"2024/2027"}),
        ("Le plan porte sur la période 2019-2024.", date(2024, 1, 1), {"2019/2024"}),
        ("L'enveloppe sera engagée de 2023 à 2027.", date(2024, 1, 1), {"2023/2027"}),
        ("The works are due in the 2005/6 academic year.", date(2004, 1, 1), {"2005/2006"}),
        ("Le salon aura lieu du 3 au 5 juin 2025 à Caen.", date(2025, 1, 1), {"2025-06-03/2025-06-05"}),
        ("Le festival se tiendra du 28 février au 2 mars.", date(2024, 1, 20), {"2024-02-28/2024-03-02"}),
        ("The course runs from 8 to 12 May in Dubai.", date(2019, 5, 2), {"2019-05-08/2019-05-12"}),
        (
            "The grant runs from Jan. 1, 2009, through Sept. 30, 2012.",
            date(2009, 1, 1),
            {"2009-01-01/2012-09-30"},
        ),
        # Relative years and periods.
        ("Les travaux commenceront l'année prochaine.", date(2018, 12, 14), {"2019"}),
        ("Le musée ouvrira l'an prochain.", date(2018, 6, 18), {"2019"}),
        ("The school will open next year.", date(2018, 12, 14), {"2019"}),
        ("Les ventes ont reculé l'an dernier.", date(2018, 12, 14), {"2017"}),
        ("La ligne sera livrée à la fin de l'année.", date(2018, 3, 5), {"2018"}),
        ("La dette sera stable en fin d'année.", date(2016, 7, 29), {"2016"}),
        ("Le déficit était de 3 M€ fin 2009.", date(2011, 1, 21), {"2009"}),
        ("Une nouvelle usine ouvrira début 2024.", date(2023, 1, 1), {"2024"}),
        ("Les premiers essais auront lieu au printemps 2023.", date(2022, 1, 1), {"2023"}),
        ("La route sera fermée cet été.", date(2018, 4, 1), {"2018"}),
        ("Construction began in spring 2022.", date(2023, 1, 17), {"2022"}),
        ("Le chiffre d'affaires au T3 2024 progresse.", date(2024, 11, 1), {"2024"}),
        ("La marge du S1 2017 s'améliore.", date(2017, 9, 1), {"2017"}),
        ("Sales rose in Q2 2021 and in H1 2025.", date(2025, 9, 1), {"2021", "2025"}),
        ("Les ventes progressent au S1 et au T2.", date(2016, 7, 29), {"2016"}),
        ("Les ventes ont progressé au premier semestre.", date(2016, 7, 29), {"2016"}),
        ("Le comité a été créé il y a deux ans.", date(2019, 5, 10), {"2017"}),
        ("The office opened two years ago.", date(2019, 5, 10), {"2017"}),
        ("Les ventes avaient baissé l'année dernière.", date(2018, 12, 14), {"2017"}),
        ("Le lancement est prévu l'été prochain.", date(2018, 10, 1), {"2019"}),
        # A season without year or cue: the tense places it around the anchor, at year grain.
        ("Les premières rames seront livrées à l'automne.", date(2025, 4, 14), {"2025"}),
        ("La piscine rouvrira au printemps.", date(2025, 10, 1), {"2026"}),
        ("Le chantier a démarré au printemps.", date(2024, 10, 8), {"2024"}),
        ("The depot was built in the winter.", date(2024, 6, 3), {"2023"}),
        ("Le marché couvert est ouvert en été comme en hiver.", date(2024, 6, 3), set()),
        ("Ferries run more often in summer.", date(2024, 6, 3), set()),
        # A day and month written in figures, both on two digits.
        ("Les dossiers sont à déposer avant le 28/02.", date(2024, 2, 10), {"2024-02-28"}),
        ("Les candidatures ont été closes le 20/12.", date(2024, 2, 10), {"2023-12-20"}),
        # Not dates.
        ("La durée du contrat est de cinq ans, renouvelable tous les 2 ans.", date(2020, 1, 1), set()),
        (
            "Avec 21 années d'existence, le club investit sur les trois prochaines années.",
            date(2020, 1, 1),
            set(),
        ),
        ("Le projet est lauréat de France 2030 et d'Horizon 2020.", date(2020, 1, 1), set()),
        ("Rendez-vous au salon CAP24 pour la 7e édition.", date(2020, 1, 1), set()),
        ("Les 6èmes Rencontres et le XXVème Sommet franco-italien.", date(2020, 1, 1), set()),
        ("La réunion commencera à 17h45 dans la salle 3.", date(2020, 1, 1), set()),
        ("Tél. : 05 61 22 33 44 - Port. : 06 12 34 56 78", date(2020, 1, 1), set()),
        ("Référence CP041-2019, merci de la rappeler.", date(2020, 1, 1), set()),
        ("Le site compte 2000 salariés et 15 000 emplois indirects.", date(2020, 1, 1), set()),
        ("Le bâtiment a été rénové par la commune.", date(2020, 1, 1), set()),
        ("Le site compte 2 salles S3 et le tram T1 dessert la gare.", date(2020, 1, 1), set()),
        ("En 2018 - 20 salariés ont rejoint le site.", date(2020, 1, 1), {"2018"}),
        ("La décision n° 2019-1234 est publiée.", date(2020, 1, 1), set()),
        ("Le service répond 24/7 et couvre 1/3 du territoire.", date(2020, 1, 1), set()),
        # Weeks have no ISO grain in the guide's scheme; weekdays alone are office hours here.
        ("La commission se réunira la semaine prochaine.", date(2020, 1, 1), set()),
        ("The panel meets next week.", date(2020, 1, 1), set()),
        ("Accueil du lundi au vendredi, Monday to Friday 9am to 5pm.", date(2020, 1, 1), set()),
        # A short quoted name that ends with a year names a plan, a quoted sentence does not.
        ("La feuille de route « Cap Santé 2028 » est adoptée.", date(2024, 1, 1), set()),
        ("The “Clean Ports 2035” strategy was published.", date(2024, 1, 1), set()),
        ("« Nous ouvrirons en 2026 », précise la maire.", date(2024, 1, 1), {"2026"}),
    ],
)
def test_find_dates_values(text: str, anchor: date, expected: set[str]) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rodez, le 4 mars 2019 – la Région a voté hier, du 3 au 5 juin, 2024-2027 et en 2015.",
        "On March 4, 2019, two years ago, from 3 to 5 June, and next year.",
    ],
)
def test_mentions_carry_exact_offsets(text: str) -> None:
    mentions = find_dates(text, "fr", date(2019, 3, 6))
    assert mentions
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_range_mention_is_marked_as_range() -> None:
    (mention,) = find_dates("Du 3 au 5 juin 2025, le salon.", "fr", date(2025, 1, 1))
    assert (mention.value, mention.grain, mention.is_range) == ("2025-06-03/2025-06-05", "day", True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Publié le 3 déc. 2019 à 10 h.", "2019-12-03"),
        ("Mis en ligne le 14 sept. 2021.", "2021-09-14"),
        ("Updated Feb. 2, 2022.", "2022-02-02"),
        ("Mise à jour : 5 juil. 2023.", "2023-07-05"),
        ("Le 9 octob. 2020, le conseil a voté.", "2020-10-09"),
    ],
)
def test_a_month_cut_at_any_length_with_its_dot_is_read(text, value):
    assert value in {d.value for d in find_dates(text, "fr", date(2024, 1, 1))}


def test_a_prefix_shared_by_two_months_is_not_a_month():
    assert find_dates("Réunion le 3 jui. à Paris.", "fr", date(2024, 1, 1)) == []


# The shapes of a release's own date that wire services, portals and governments use, each on
# texts the team wrote; a year-less dateline takes its year from the day the release arrived.
@pytest.mark.parametrize(
    ("text", "received", "expected"),
    [
        ("ALBANY, N.Y., Jan. 9, 2019 /PRNewswire/ -- Acme Corp. said", None, "2019-01-09"),
        ("PORTLAND, Ore.--(BUSINESS WIRE)--May 3, 2018--Acme Inc. today", None, "2018-05-03"),
        ("DENVER, June 04, 2021 (GLOBE NEWSWIRE) — Acme today announced", None, "2021-06-04"),
        ("GHENT, Belgium I June 4, 2021 I Acme NV (Euronext: ACM) today", None, "2021-06-04"),
        ("Annual Results\n\n12 Apr 2006 07:00\n\nAcme PLC reports", None, "2006-04-12"),
        (
            "Acme wins a contract\n\n(firm) - REGINA, SASKATCHEWAN -- (Wire) -- 10/28/15 -- Acme",
            None,
            "2015-10-28",
        ),
        ("Acme plc\n\n28/10/2015 7:00am\n\nAcme plc announces", None, "2015-10-28"),
        ("Dated: 3 February 2010\n\nThe authority awards grants", None, "2010-02-03"),
        ("Séance du Conseil communal du 14 mars 2024\nLe Conseil adopte le budget", None, "2024-03-14"),
        (  # the meeting's heading below the issuing office's lines
            "Chancellerie\nService de presse\n\nCommuniqué\n\nSéance du Conseil communal du 9 mai 2024\n"
            "Le Conseil adopte les comptes",
            None,
            "2024-05-09",
        ),
        (
            "Vendredi 8 mars 2024 à Dakar, la banque et l'Etat ont signé un accord de prêt.",
            None,
            "2024-03-08",
        ),
        ("Nantes, mardi 5 mars 2024, 18h00 CET\n\nRésultats annuels", None, "2024-03-05"),
        ("Cape Town, 7 April 2022. The minister announced a plan.", None, "2022-04-07"),
        ("avr\n14\n2015\n\nUn printemps pour le club", None, "2015-04-14"),
        # no year: the one that puts the dateline just before the day it arrived
        ("QUEBEC CITY, March 11 /CNW/ - Acme Ltd reported", date(2010, 3, 12), "2010-03-11"),
        ("Titre\n\n   GATINEAU, le 7 déc. /CNW Telbec/ - La Ville", date(2008, 1, 3), "2007-12-07"),
        ("Titre\n\nGATINEAU, le 7 déc. /CNW Telbec/ - La Ville", None, None),
        # a sentence is no dateline, and an empty label grabs nothing after it
        ("Titre\n\nC'est à Lyon, mardi 4 avril, que le club a signé.", date(2023, 4, 7), None),
        ("Acme news\nPublished on:\nThe board will meet on 4 May 2024.", None, None),
        # a town named with "of"; a town in two languages; a date alone under an address at the foot
        ("Results\n\nPort of Spain, Trinidad, November 14th, 2025\n\nDear Shareholders,", None, "2025-11-14"),
        ("Communiqué\n\nBastia / Bastia, le 27 mars 2026\n\nL'Assemblée adopte", None, "2026-03-27"),
        (
            "FUEL REGULATORY AUTHORITY\n\nPRESS RELEASE\n\n"
            "CAP PRICES FOR PETROL AND DIESEL FROM WEDNESDAY, 4th MARCH 2026\n\n"
            "The Authority announces the cap prices.\n\n"
            "Jo Mollel\nDIRECTOR GENERAL\nAuthority House, Plot No. 3, Dodoma\n3rd March 2026\n",
            None,
            "2026-03-03",
        ),
        # a year-less day in brackets in the body's first sentence is not a dateline
        ("Hana Ross TD, Minister for Ports, has today (Monday, 3 March) opened", date(2025, 3, 3), None),
        # a wire between dashes, a country before a bracketed date, a colon after a known town
        ("OSAKA--(BUSINESS WIRE)--Nov 3, 2026--Kirin Valves", None, "2026-11-03"),
        ("Durban, South Africa (3 November 2026) - Umhlali Foods", None, "2026-11-03"),
        ("New Delhi: November 3, 2026 – Varaha Motors", None, "2026-11-03"),
        ("Ferry fares frozen\n\nBy Jo Hart | 3 November 2026\n\nThe port", None, "2026-11-03"),
        # a numeric date the text never shows the order of: the reading near its arrival
        ("FOR IMMEDIATE RELEASE: 11/3/2026\n\nCity opens library", date(2026, 11, 4), "2026-11-03"),
        ("FOR IMMEDIATE RELEASE: 4/3/2026\n\nCity opens library", date(2026, 11, 4), "2026-03-04"),
        # a French communiqué signed at its foot
        ("Le ministère lance un appel.\n\nFait à Dakar, le 3 novembre 2026\n", None, "2026-11-03"),
        # an exchange's announcement form: the day announced, not the period the report covers
        (
            "Type | Announcement\nQuarterly report for the financial period ended | 30 Sep 2026\n"
            "Company Name | PERMATA HIJAU BERHAD\nDate Announced | 25 Nov 2026\n",
            None,
            "2026-11-25",
        ),
    ],
)
def test_published_on_shapes(text: str, received: date | None, expected: str | None) -> None:
    found = find_published_on(text, "en", received)
    assert (found.isoformat() if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ride on 10/28/2015 and on 11/02/2015.", {"2015-10-28", "2015-11-02"}),  # month first, shown
        ("Le 28/10/2015 puis le 02/11/2015.", {"2015-10-28", "2015-11-02"}),  # day first, shown
        ("BOSTON, Mass. -- The event is on 03/04/2016.", {"2016-03-04"}),  # a US release: month first
        ("The works run from April 2021 to December 2022.", {"2021-04/2022-12"}),
        ("La CCI remonte aux années 1930.", {"1930/1939"}),
        ("Output doubled in the 2000s.", {"2000/2009"}),
        ("The plan is part of Project Ireland 2040 and of Vision 2030.", set()),
        ("She spoke at Wind Europe 2023 in Copenhagen.", set()),
        ("Objectifs 2018 : poursuivre la croissance.", {"2018"}),
    ],
)
def test_numeric_orders_ranges_and_names(text: str, expected: set[str]) -> None:
    assert values(text, date(2024, 1, 1), "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Entre 2019 et 2021, puis DE 2022 À 2024; de mars à mai",
        "Il part demain, pas après-demain ni « de demain », TODAY, Tonight",
        "ſtand FOR the Q3, le T2; au-delà du S1, pour le H2 et İn the year",
    ],
)
def test_a_rule_written_from_its_initials_matches_as_the_plain_alternation(text: str) -> None:
    """The skipping form finds what the plain case-insensitive alternation finds, with the
    letters IGNORECASE folds into another case ("ſ" is an "s", "İ" an "i")."""
    words = ("de", "d['’]", "entre", "for", "sur le", "in the", "stand", "après-demain", "today")
    plain = re.compile(rf"\b(?:{'|'.join(words)})\s+\w+", re.IGNORECASE)
    skipping = re.compile(initials(*words) + r"\s+\w+", re.IGNORECASE)
    found = [m.span() for m in skipping.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    assert found


_EDGES = [
    "mardi 3 mars 2020",
    "Mar. 5\nmardi\n\n3 mars\n2020",
    "x1 juin 2020, 2juin, a3 mai, l'été 2019-2020 et mi-2018",
    "ſeptembre 2020, \u212anov., JEUDI 5 MAI, Àvril 2021, âvr. 3, Ôct 5, sun 5 june",
    "du 3 au 5 juin\nles 4 et 5 juin, 15-18 avril, April 15-18, 2019, vendredi dernier",
    "Tuesday, April 16, 2019 - next Monday; ce lundi;12/03/2020 2020-03-04 2018/19",
    "d'avril 2021 à décembre 2022, DU MOIS DE\nmars 2020 au mois de juin 2021, dejuin 2020 - mai 2021",
    "from March 2019 to June 2020; Between  1990 and 1995, entre 2001 et 2003; de\t2010 à 2012",
    "du 3 au 5 juin, From Monday 3 to Friday 7 June, entre le\n3 et le 5 mai, between 1st and 3rd May",
    "Cet  été, l'été dernier, AU\nprintemps, à l’automne, d'ici la fin de l'année, L’AN prochain",
    "the end of this year, year-end, au T3, pour le \u00a0H2, Q4, au cours du   semestre, 28/02",
    "cet après-midi, avant-hier et DEMAIN, pas de demain; ce ſemestre, ın the spring, İn the fall",
    "France 2030, Project Ireland  2040, à l'horizon 2030, Wind\u00a0Europe 2023; les années 1990, mid1990s",
]


@pytest.mark.parametrize("text", _EDGES)
def test_a_rule_read_from_its_cues_finds_what_a_scan_of_the_whole_text_finds(text: str) -> None:
    from pressflow_enrich.dates.mentions import _COMPILED, _Cues
    from pressflow_enrich.openings import opened_at

    cues = _Cues(text)
    for pattern, _handler, _triggers, _looser, opens, needs, leads, anchors in _COMPILED:
        whole = [m.span() for m in pattern.finditer(text)]
        if opens:
            starts = cues.led(text, opens, leads) if leads else getattr(cues, opens)
            assert [m.span() for m in opened_at(pattern, text, starts)] == whole
        if needs and not getattr(cues, needs):
            assert whole == []
        anchored = cues.anchored(*anchors) if anchors else None
        if anchored is not None:
            assert [m.span() for m in opened_at(pattern, text, anchored)] == whole


@pytest.mark.parametrize("text", _EDGES)
def test_the_cues_of_a_long_text_found_in_arrays_are_those_re_finds(text: str) -> None:
    """Past a few hundred characters the cues are found with numpy tables (`WordOpenings`):
    the same offsets as the pattern's own scan, with digits of other scripts, letters IGNORECASE
    folds ("ı", "ſ", "İ") and accents."""
    from pressflow_enrich.dates.mentions import _CUE, _Cues

    long = (text + " ١٢ mARDİ 3 Déc. ſept 1er jeudı, xmai 5, 7mai, 5 JUIN.\n") * 12
    assert len(long) > 500
    cues = _Cues(long)
    for kind in ("number", "weekday", "month"):
        assert getattr(cues, kind) == [m.start() for m in _CUE.finditer(long) if m.lastgroup == kind]


def test_the_cues_initials_are_every_character_ignorecase_takes_for_them() -> None:
    from pressflow_enrich.dates.mentions import _CUE

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    initials = _CUE.pattern[len("(?-i:[") : _CUE.pattern.index("])")].replace("\\d", "")
    folded = set(re.findall(f"[{''.join(sorted(set(initials.lower())))}]", every, re.IGNORECASE))
    assert folded == set(initials)


def test_a_weekday_written_with_a_dotless_i_is_read_not_a_crash() -> None:
    """`re` matches "i" against a dotless "ı" case-insensitively, so the lexicon lookup must fold
    it too: a release typed on a Turkish keyboard once made the whole release fail."""
    found = find_dates("Rendez-vous jeudı 5 mai 2025 à Lyon.", "fr", date(2025, 1, 1))
    assert [m.value for m in found] == ["2025-05-05"]
