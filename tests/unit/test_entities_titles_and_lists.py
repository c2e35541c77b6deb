"""Entities rules for shapes read in blind releases from West and Central Africa, Belgium, Romandy
and English wire releases (own735–own764): portfolios with capitalised adjectives, titles written
in full, surnames in capitals after a form of address, signatures, towns a site is named after,
legal forms, lists over a comma, contact blocks, and a district's number. Every sentence is ours.
"""

from __future__ import annotations

from entity_rules import candidates
from entity_rules import found as _found


def _proposed(text: str, hits: list[tuple[str, str]], lang: str = "fr") -> dict[str, list[str]]:
    """The rules' proposals before the judge, each with its aliases."""
    return {name: sorted(e.aliases) for name, e in candidates(text, hits, lang).items()}


def test_a_portfolio_s_capitalised_adjectives_close_its_domains() -> None:
    text = (
        "Le Ministère des Finances, du Budget et des Comptes Publics porte à la connaissance du public "
        "le calendrier. Le Ministère de l'Élevage, des Ressources Pastorales et Halieutiques y est associé."
    )
    hits = [("Ministère des Finances", "ORG"), ("Comptes Publics", "ORG")]
    hits += [("Ministère de l'Élevage", "ORG"), ("Ressources Pastorales", "ORG")]
    assert _found(text, hits) == {
        "Ministère des Finances, du Budget et des Comptes Publics": "ORG",
        "Ministère de l'Élevage, des Ressources Pastorales et Halieutiques": "ORG",
    }


def test_a_given_name_after_a_portfolio_is_no_adjective_of_it() -> None:
    text = "Le ministre de l'Industrie et de la Culture Pascale Vannier a signé la convention."
    hits = [("Industrie et de la Culture", "ORG"), ("Pascale Vannier", "PER")]
    assert "Pascale Vannier" in _found(text, hits)


def test_a_currency_in_brackets_is_a_row_s_unit_not_an_acronym() -> None:
    text = (
        "Résultats de l'adjudication\n\nValeur nominale unitaire (FCFA)        10 000\n"
        "Montant retenu (FCFA)                  45 000 000 000\n"
    )
    hits = [("Valeur nominale unitaire", "ORG"), ("FCFA", "ORG"), ("FCFA", "ORG")]
    assert "FCFA" not in str(_proposed(text, hits))


def test_a_title_written_in_full_is_no_part_of_the_name() -> None:
    text = (
        "« Les essais commencent en mai », a souligné la Professeure Awa KONATÉ-DIARRA. Le Docteur "
        "Sékou-Ahmed TRAORÉ, Maître de Conférences, coordonne le programme."
    )
    hits = [("Professeure Awa KONATÉ-DIARRA", "PER"), ("Docteur Sékou-Ahmed TRAORÉ", "MISC")]
    assert _found(text, hits) == {"Awa KONATÉ-DIARRA": "PER", "Sékou-Ahmed TRAORÉ": "PER"}


def test_a_surname_in_capitals_after_a_title_needs_no_known_given_name() -> None:
    text = "La cérémonie s'est tenue en présence du Docteur Komlanvi ADJAVON, chef du service."
    assert _found(text, []) == {"Komlanvi ADJAVON": "PER"}


def test_a_name_signed_under_its_title_is_a_person_not_a_heading() -> None:
    text = (
        "Le Conseil se réunira en octobre à Lomé.\n\nPour le Conseil,\nLe Secrétaire Général\n\n"
        "Aminata Binta NDIAYE\n\nÀ propos du Conseil\nLe Conseil régule le marché régional."
    )
    hits = [("Conseil", "ORG"), ("Lomé", "LOC"), ("Aminata Binta NDIAYE", "PER")]
    assert _found(text, hits).get("Aminata Binta NDIAYE") == "PER"


def test_a_town_a_site_is_named_after_stays_the_town() -> None:
    text = (
        "Le gymnase sera construit près de la gare de Morges. La circulation à Morges sera déviée "
        "pendant deux ans."
    )
    hits = [("Morges", "LOC"), ("Morges", "LOC")]
    assert _found(text, hits) == {"gare de Morges": "LOC", "Morges": "LOC"}


def test_a_legal_form_makes_a_company_of_a_name_the_ner_took_for_a_place() -> None:
    text = (
        "Basée à Wavre, Neurolia emploie 20 personnes. Ses fournisseurs sont la SARL Bellamar, à "
        "Esch-sur-Alzette, et Tagus Corridor Logistics Lda. À propos de Neurolia SA : Neurolia conçoit "
        "des implants."
    )
    hits = [("Wavre", "LOC"), ("Neurolia", "LOC"), ("SARL Bellamar", "LOC"), ("Esch-sur-Alzette", "LOC")]
    hits += [("Tagus Corridor Logistics Lda", "LOC"), ("Neurolia SA", "ORG"), ("Neurolia", "LOC")]
    found = _found(text, hits)
    assert found["Neurolia"] == "ORG"
    assert found["SARL Bellamar"] == "ORG"
    assert found["Tagus Corridor Logistics Lda"] == "ORG"
    assert found["Wavre"] == "LOC"


def test_a_body_s_lower_case_domains_stop_at_another_body() -> None:
    text = (
        "Les unités spéciales de la Police fédérale et de la zone de police Hesbaye-Ouest sont intervenues."
    )
    hits = [("Police fédérale", "ORG"), ("Hesbaye-Ouest", "LOC")]
    assert "Police fédérale" in _found(text, hits)


def test_two_bodies_of_a_list_over_one_comma_are_two() -> None:
    text = (
        "Applications will follow to Swissmedic, Health Canada and the Therapeutic Goods "
        "Administration. Trials run at the University of California, Berkeley and at Stanford University."
    )
    hits = [("Swissmedic, Health Canada", "ORG"), ("the Therapeutic Goods Administration", "ORG")]
    hits += [("the University of California, Berkeley", "ORG"), ("Stanford University", "ORG")]
    found = _found(text, hits, "en")
    assert {"Swissmedic", "Health Canada", "Therapeutic Goods Administration"} <= set(found)
    assert "University of California, Berkeley" in found  # a campus after its university


def test_a_person_in_a_contact_block_is_no_headline() -> None:
    text = (
        "Les travaux débuteront en septembre 2027.\n\nContact presse\n"
        "Élodie Vanhecke – Cellule Communication de la Commune de Jette\n"
        "0471 58 63 20 – communication@jette.example.be\n"
    )
    hits = [("Élodie Vanhecke", "PER"), ("Commune de Jette", "ORG")]
    assert _found(text, hits) == {"Élodie Vanhecke": "PER", "Commune de Jette": "ORG"}


def test_french_functions_before_a_name_are_titles_not_bodies() -> None:
    text = (
        "La Représentante de l'ONUDI au Togo a salué le projet, comme l'Échevin de l'Urbanisme et le "
        "Préfet de Tsiroanomandidy."
    )
    hits = [("Représentante", "ORG"), ("ONUDI", "ORG"), ("Togo", "LOC"), ("Échevin de l'Urbanisme", "ORG")]
    hits += [("Préfet de Tsiroanomandidy", "LOC")]
    found = _found(text, hits)
    assert not {"Représentante", "Échevin de l'Urbanisme", "Préfet de Tsiroanomandidy"} & set(found)
    assert found["ONUDI"] == "ORG"


def test_a_town_s_district_number_is_part_of_its_name() -> None:
    text = (
        "Les marchés de Douala 3e et de Yaoundé 1er seront rénovés. Le Maire de la Commune "
        "d'Arrondissement de Douala 3e et celui de la Commune d'Arrondissement de Douala 5e ont signé."
    )
    hits = [("Douala 3e", "MISC"), ("Yaoundé 1er", "MISC"), ("Commune d'Arrondissement de Douala", "ORG")]
    hits += [("Commune d'Arrondissement de Douala", "ORG")]
    assert _found(text, hits) == {
        "Douala 3e": "LOC",
        "Yaoundé 1er": "LOC",
        "Commune d'Arrondissement de Douala 3e": "ORG",
        "Commune d'Arrondissement de Douala 5e": "ORG",
    }


def test_a_name_cut_at_an_et_its_acronym_spells_is_whole() -> None:
    text = (
        "Un recours est ouvert devant la Cour de Justice de l'Union Économique et Monétaire Ouest "
        "Africaine (UEMOA), dans un délai de deux mois."
    )
    hits = [("Cour de Justice de l'Union Économique", "ORG"), ("Monétaire Ouest Africaine", "ORG")]
    hits += [("UEMOA", "ORG")]
    assert "Cour de Justice de l'Union Économique et Monétaire Ouest Africaine" in _proposed(text, hits)


def test_a_date_s_first_day_after_a_town_is_no_district() -> None:
    text = "Dakar 1er avril 2027 – La réunion s'est tenue à Lomé en présence des délégués."
    assert _found(text, [("Dakar", "LOC"), ("Lomé", "LOC")]) == {"Dakar": "LOC", "Lomé": "LOC"}
