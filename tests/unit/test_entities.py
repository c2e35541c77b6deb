"""Entity rules on hand-written sentences, with a fake NER so no model loads."""

from __future__ import annotations

import pytest
from entity_rules import RULES_ALONE
from entity_rules import candidates as _candidates
from entity_rules import found as _found
from entity_rules import proposed as _proposed
from fake_ner import FakeNer

from pressflow_enrich.entities.mentions import find_candidates, find_entities
from pressflow_enrich.entities.spans import Hit, _cut_country_titles
from pressflow_schemas import Entity


def _forms(entity: Entity) -> list[str]:
    return [entity.name, *entity.aliases]


CASES = [
    (  # a job title glued to an acronym, and the man's surname alone later
        "Marc Dubreuil, Directeur général de la SNPA, a signé. M. Dubreuil a salué l'accord.",
        [("Marc Dubreuil", "PER"), ("Directeur général de la SNPA", "MISC"), ("Dubreuil", "PER")],
        {"Marc Dubreuil": "PER", "SNPA": "ORG"},
    ),
    (  # leading article dropped; a region that acts is a body, the same region as a place is not
        "La Région Bretagne a adopté un plan pour les ports installés en Bretagne.",
        [("La Région Bretagne", "LOC"), ("Bretagne", "LOC")],
        {"Région Bretagne": "ORG", "Bretagne": "LOC"},
    ),
    (  # "la Région" alone is a description
        "La Région soutient la filière à Lorient.",
        [("La Région", "LOC"), ("Lorient", "LOC")],
        {"Lorient": "LOC"},
    ),
    (  # acronym and its expansion are one entity
        "L'Institut national de l'océan (INO) ouvre un centre à Brest. L'INO recrute.",
        [("Institut national de l'océan", "ORG"), ("INO", "LOC"), ("Brest", "LOC"), ("INO", "ORG")],
        {"INO": "ORG", "Brest": "LOC"},
    ),
    (  # all-capitals surname in a contact block; contact labels are not names
        "Contact presse\nAgnès MARTEAU\nE-mail : agnes@exemple.fr",
        [("Agnès", "LOC"), ("E-mail", "MISC")],
        {"Agnès MARTEAU": "PER"},
    ),
    (  # an enumeration shares one type; the NER's odd label is corrected
        "Les bureaux de Lyon, Nantes, Brest, Rennes et Lille ouvrent.",
        [("Lyon", "LOC"), ("Nantes", "LOC"), ("Brest", "LOC"), ("Rennes", "ORG"), ("Lille", "PER")],
        {"Lyon": "LOC", "Nantes": "LOC", "Brest": "LOC", "Rennes": "LOC", "Lille": "LOC"},
    ),
    (  # events, missions and celestial bodies are not entities
        "Lors du Salon Nautique Forum, la mission Aquila observera la Lune.",
        [("Salon Nautique Forum", "ORG"), ("Aquila", "LOC"), ("Lune", "LOC")],
        {},
    ),
    (  # a university cue overrides a place label; a legal form links the short name
        "Veritec SAS et l'Université de Poitiers collaborent. Veritec fournit les capteurs.",
        [("Veritec SAS", "ORG"), ("Université de Poitiers", "LOC"), ("Veritec", "MISC")],
        {"Veritec SAS": "ORG", "Université de Poitiers": "ORG"},
    ),
    (  # a spaceport is a site
        "Le lancement aura lieu depuis le Centre Spatial Guyanais.",
        [("Centre Spatial Guyanais", "ORG")],
        {"Centre Spatial Guyanais": "LOC"},
    ),
    (  # English: an adjective-like place word and a one-word PER are dropped
        "The deal supports Norwegian expertise. Helen Price, CEO of Fjordline Ltd, said so.",
        [("Norwegian", "GPE"), ("Helen Price", "PERSON"), ("Fjordline Ltd", "ORG")],
        {"Helen Price": "PER", "Fjordline Ltd": "ORG"},
    ),
]


@pytest.mark.parametrize(("text", "hits", "expected"), CASES)
def test_entities_follow_the_annotation_guide(
    text: str, hits: list[tuple[str, str]], expected: dict[str, str]
) -> None:
    lang = "en" if text.startswith("The") else "fr"
    assert _found(text, hits, lang) == expected


FRENCH_RULES = [
    (  # "Ville de X" and "Métropole de X" are institutions; "la Ville" alone is a description
        "La Ville de Rennes et la Métropole de Rennes financent le projet. La Ville recrute.",
        [("La Ville de Rennes", "LOC"), ("Métropole", "LOC"), ("Rennes", "LOC"), ("Ville", "LOC")],
        {"Ville de Rennes": "ORG", "Métropole de Rennes": "ORG"},
    ),
    (  # a ministry keeps its lower-case head
        "Le ministère de la Mer soutient Brest.",
        [("ministère de la Mer", "ORG"), ("Brest", "LOC")],
        {"ministère de la Mer": "ORG", "Brest": "LOC"},
    ),
    (  # a name after an honorific is a person's, even when the NER misses it
        "Mme Louise Kerjean a signé. Mme Kerjean a salué l'accord.",
        [],
        {"Louise Kerjean": "PER"},
    ),
    (  # a name followed by a job title is a person; the body the title is held in is an ORG
        "Paul Garnier, directeur de Biovera, a signé.",
        [("Paul Garnier", "ORG"), ("Biovera", "LOC")],
        {"Paul Garnier": "PER", "Biovera": "ORG"},
    ),
    (  # the same with the title glued to the company
        "Selon la directrice générale d'Aquitel, les ventes montent.",
        [("directrice générale d'Aquitel", "PER")],
        {"Aquitel": "ORG"},
    ),
    (  # a press department in a contact block is not an organisation
        "Contacts\nRégion Bretagne – Service presse\nTél. : 02 99 00 00 00",
        [("Région Bretagne – Service presse", "LOC")],
        {"Région Bretagne": "ORG"},
    ),
    (  # an acronym leading or closing a name makes it a body's
        "L'ARS Bourgogne soutient Dijon INP cette année.",
        [("ARS Bourgogne", "LOC"), ("Dijon INP", "LOC")],
        {"ARS Bourgogne": "ORG", "Dijon INP": "ORG"},
    ),
    (  # a fund's acronym is no more an entity than the fund
        "Le Fonds social européen (FSE) finance l'Afpa.",
        [("Fonds social européen", "ORG"), ("FSE", "ORG"), ("Afpa", "ORG")],
        {"Afpa": "ORG"},
    ),
    (  # a ticker marks a listed company and is no entity; an acquired name is a company
        "Veltis (Euronext Paris : VLT) annonce l'acquisition de Brandt Ocean.",
        [("Veltis", "PER"), ("Euronext Paris", "ORG"), ("VLT", "ORG"), ("Brandt Ocean", "PER")],
        {"Veltis": "ORG", "Euronext Paris": "ORG", "Brandt Ocean": "ORG"},
    ),
    (  # "la start-up rennaise X": a descriptor, then an adjective
        "La start-up rennaise Algavia recrute.",
        [("Algavia", "LOC")],
        {"Algavia": "ORG"},
    ),
    (  # a site named after a person, after a site noun
        "La station sera construite sur le port Marcel Cachin.",
        [("Marcel Cachin", "PER")],
        {"Marcel Cachin": "LOC"},
    ),
    (  # a contact name followed on the next line by its phone number stays a name
        "Contact\nYann Le Goff\n02 98 00 00 00",
        [("Yann Le Goff", "PER")],
        {"Yann Le Goff": "PER"},
    ),
    (  # "ARF Bretagne" is the agency "ARF" in Bretagne
        "L'Agence régionale des forêts (ARF) agit. L'ARF Bretagne recrute en Bretagne.",
        [
            ("Agence régionale des forêts", "ORG"),
            ("ARF", "ORG"),
            ("ARF Bretagne", "LOC"),
            ("Bretagne", "LOC"),
        ],
        {"Agence régionale des forêts": "ORG", "Bretagne": "LOC"},
    ),
    (  # a route between two towns is two places
        "La compagnie Armorair lance la ligne Lorient-Groix ce lundi.",
        [("Armorair", "ORG"), ("Lorient-Groix", "LOC")],
        {"Armorair": "ORG", "Lorient": "LOC", "Groix": "LOC"},
    ),
    (  # a government that decides, a state that guarantees: bodies; a compound title is not a name
        "Le Gouvernement de Wallonie a choisi, à la demande du Ministre-Président Paul Verhaegen, "
        "d'accorder la garantie de l'Etat de Genève.",
        [("Wallonie", "LOC"), ("Ministre-Président Paul Verhaegen", "ORG"), ("Etat de Genève", "LOC")],
        {"Gouvernement de Wallonie": "ORG", "Paul Verhaegen": "PER", "Etat de Genève": "ORG"},
    ),
    (  # a school and a grouping of communes are bodies; a body's name may wrap to the next line
        "La Région finance le lycée Pierre-Loti et Lannion Agglo, avec la Communauté\n"
        "urbaine de Brest et le Biopôle.",
        [("lycée Pierre-Loti", "LOC"), ("Lannion Agglo", "LOC"), ("Communauté", "LOC")],
        {"lycée Pierre-Loti": "ORG", "Lannion Agglo": "ORG", "Communauté\nurbaine de Brest": "ORG"},
    ),
    (  # a town's elided or capitalised article is part of its name; "région" in lower case only
        # describes the place, the body is "la Région"
        "Le corridor relie N’Djamena à Bangui. À La Réunion et dans la région Grand Est, "
        "la Région Bretagne investit aussi.",
        [
            ("Djamena", "LOC"),
            ("Bangui", "LOC"),
            ("Réunion", "LOC"),
            ("région Grand Est", "ORG"),
            ("Région Bretagne", "LOC"),
        ],
        {
            "N’Djamena": "LOC",
            "Bangui": "LOC",
            "La Réunion": "LOC",
            "Grand Est": "LOC",
            "Région Bretagne": "ORG",
        },
    ),
    (  # a common noun, a building's letter, a web address and a clock's time zone are not names
        "Lyon, 3 mars 2021, 09h30 CET (Bourse-Actu.net)\nLes ventes du bâtiment K baissent.",
        [("Lyon", "LOC"), ("CET", "ORG"), ("Bourse-Actu.net", "ORG"), ("ventes", "LOC"), ("K", "LOC")],
        {"Lyon": "LOC"},
    ),
    (  # a name cut at its apostrophe is whole again; a dash and a space part two names; a body
        # named in full and then by its first words is one
        "La compagnie Armor’Air dessert l’île et Armor’Air recrute. "
        "Rendez-vous à l’Hôtel de Région- Rennes.\n"
        "La Caisse Régionale du Morvan publie ses comptes. La Caisse Régionale reste solide.",
        [
            ("Air", "ORG"),
            ("Air", "ORG"),
            ("Hôtel de Région- Rennes", "LOC"),
            ("Caisse Régionale", "ORG"),
            ("Morvan", "LOC"),
            ("Caisse Régionale", "ORG"),
        ],
        {
            "Armor’Air": "ORG",
            "Hôtel de Région": "LOC",
            "Rennes": "LOC",
            "Caisse Régionale du Morvan": "ORG",
        },
    ),
    (  # a name never ends with "des" or "et": it goes on capitalised, or it ends before them
        "Le Président de la Banque de développement des Ports de l’Atlantique nord (BDPAN) et "
        "l’Institut des sciences marines et à Harbourline.",
        [
            ("Président de la Banque de développement", "PER"),
            ("Ports de l’Atlantique nord", "LOC"),
            ("BDPAN", "ORG"),
            ("Institut des sciences marines et", "ORG"),
            ("Harbourline", "ORG"),
        ],
        {
            "Banque de développement des Ports de l’Atlantique nord": "ORG",
            "Institut des sciences marines": "ORG",
            "Harbourline": "ORG",
        },
    ),
    (  # an amount's unit in a heading is not an organisation
        "Encours (en milliards FCFA) : 12,4\nLa BRDL a approuvé le prêt.",
        [("milliards FCFA", "ORG"), ("BRDL", "ORG")],
        {"BRDL": "ORG"},
    ),
]

ENGLISH_RULES = [
    (  # a dateline names a place
        "Leeds, 2 May 2024 – The scheme opens.",
        [("Leeds", "ORG")],
        {"Leeds": "LOC"},
    ),
    (  # one place preposition governs a list
        "The firm has sites in Leeds, Derby and York.",
        [("Leeds", "GPE"), ("Derby", "ORG"), ("York", "PERSON")],
        {"Leeds": "LOC", "Derby": "LOC", "York": "LOC"},
    ),
    (  # a lone place, mistyped as a person, after "in"
        "The plant is a production site in Glasgow.",
        [("Glasgow", "PERSON")],
        {"Glasgow": "LOC"},
    ),
    (  # "X Council" names the place X; its press office is not an organisation
        "Kirkdale Council will help people across Kirkdale.\nKirkdale Council Press Office",
        [("Kirkdale Council", "ORG"), ("Kirkdale", "PERSON"), ("Kirkdale Council Press Office", "ORG")],
        {"Kirkdale Council": "ORG", "Kirkdale": "LOC"},
    ),
    (  # a programme named before its cue word, and a minister's portfolio, are not entities
        "The Blue Skills programme was launched by the Skills Minister.",
        [("Blue Skills", "ORG"), ("Skills", "ORG")],
        {},
    ),
    (  # a Norwegian legal form links the short name; a two-word country and its initials are one
        "Nordvik Subsea AS works in the United Kingdom. Nordvik serves the UK market.",
        [("Nordvik Subsea AS", "ORG"), ("United Kingdom", "GPE"), ("Nordvik", "PERSON"), ("UK", "GPE")],
        {"Nordvik Subsea AS": "ORG", "United Kingdom": "LOC"},
    ),
    (  # a town the NER missed, after "in", is a place the geodata knows
        "Harbourline Ltd will open a second depot in Ballyjamesduff this year.",
        [("Harbourline Ltd", "ORG")],
        {"Harbourline Ltd": "ORG", "Ballyjamesduff": "LOC"},
    ),
    (  # a government and a province acting are bodies; a state written as a place is a place
        "The Government of Lindora is extending a grant. The agency will partner with the Province "
        "of Saskatchewan on projects in the State of Victoria.",
        [("Lindora", "GPE"), ("Province of Saskatchewan", "GPE"), ("State of Victoria", "GPE")],
        {"Government of Lindora": "ORG", "Province of Saskatchewan": "ORG", "State of Victoria": "LOC"},
    ),
    (  # the exchange a ticker is listed on is a body; a wire dateline in capitals names a place
        "SPRINGFIELD, Ill.--(BUSINESS WIRE)--May 2, 2024--Harbourline Inc. (Nasdaq:HRBL) today "
        "reported results.",
        [("Harbourline Inc.", "ORG")],
        {"SPRINGFIELD": "LOC", "Ill.": "LOC", "Harbourline Inc.": "ORG", "Nasdaq": "ORG"},
    ),
    (  # a minister introduced as "The Honourable", whom the NER missed, is a person
        "The Honourable Priya Lakhani, Minister of Skills, opened the centre.",
        [],
        {"Priya Lakhani": "PER"},
    ),
    (  # a heading between blank lines is not a person; a name signing a contact block is
        "The depot opens in May.\n\nKey Dates\n\nWork starts on site next week.\n\n"
        "Press office\n\nTom Ashby\nTel: 0161 496 0000",
        [("Key Dates", "PERSON"), ("Tom Ashby", "PERSON")],
        {"Tom Ashby": "PER"},
    ),
    (  # a table's unit is not a name, whatever the NER made of it
        "Revenue (KShs) rose to 1.2 billion.\nFigures in EUR unless stated.",
        [("KShs", "ORG"), ("EUR", "GPE")],
        {},
    ),
]


@pytest.mark.parametrize(("text", "hits", "expected"), FRENCH_RULES)
def test_entities_french_rules(text: str, hits: list[tuple[str, str]], expected: dict[str, str]) -> None:
    assert _found(text, hits, "fr") == expected


@pytest.mark.parametrize(("text", "hits", "expected"), ENGLISH_RULES)
def test_entities_english_rules(text: str, hits: list[tuple[str, str]], expected: dict[str, str]) -> None:
    assert _found(text, hits, "en") == expected


def test_entities_aliases_and_all_mentions_are_kept() -> None:
    text = "L'Agence spatiale européenne (ESA) et l'ESA encore."
    hits = [("Agence spatiale européenne", "ORG"), ("ESA", "ORG"), ("ESA", "ORG")]
    (entity,) = find_entities(text, "fr", FakeNer(hits))
    assert entity.name == "ESA"
    assert entity.aliases == ["Agence spatiale européenne"]
    assert len(entity.mentions) == 3


def test_entities_person_canonical_is_the_fullest_form() -> None:
    text = "Hélène Le Bihan préside. Le Bihan a conclu."
    (entity,) = find_entities(text, "fr", FakeNer([("Hélène Le Bihan", "PER"), ("Le Bihan", "PER")]))
    assert (entity.type, entity.name) == ("PER", "Hélène Le Bihan")


def test_entities_empty_text_has_none() -> None:
    assert find_entities("", "fr", FakeNer([])) == []


# Names as the guide wants them whatever the recogniser hands over: no forms of address,
# letters after a name or possessives; carriers and governing bodies are no actors; a place
# the data knows is a place.
@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (
            "Monsieur Abel KOUASSI, Président de la BRVA, a ouvert la séance.",
            [("Monsieur Abel", "PER"), ("BRVA", "ORG")],
            "fr",
            {"Abel KOUASSI": "PER", "BRVA": "ORG"},
        ),
        (
            "Shri Arun Mehta chaired the meeting of the Board.",
            [("Shri Arun Mehta", "PER")],
            "en",
            {"Arun Mehta": "PER"},
        ),
        (  # a Nigerian form of address, taken by the recogniser for a body's name
            "Alhaji Musa Danjuma, the Chairman, thanked the staff in Kaduna.",
            [("Alhaji Musa Danjuma", "ORG"), ("Kaduna", "GPE")],
            "en",
            {"Musa Danjuma": "PER", "Kaduna": "LOC"},
        ),
        (  # "Chair" heads a board: a title, not part of the name
            "Chair Hemi Walker said the trust had waited long enough.",
            [("Chair Hemi Walker", "ORG")],
            "en",
            {"Hemi Walker": "PER"},
        ),
        (
            "Minister Ciara Walsh TD said the fund would help.",
            [("Ciara Walsh TD", "PER")],
            "en",
            {"Ciara Walsh": "PER"},
        ),
        (
            "The Ohio Department of Taxation's new portal opens today.",
            [("Ohio Department of Taxation's", "ORG")],
            "en",
            {"Ohio Department of Taxation": "ORG"},
        ),
        (
            "DENVER, June 4, 2021 (GLOBE NEWSWIRE) -- Acme Robotics today announced a deal.",
            [("DENVER", "GPE"), ("GLOBE NEWSWIRE", "ORG"), ("Acme Robotics", "ORG")],
            "en",
            {"DENVER": "LOC", "Acme Robotics": "ORG"},
        ),
        (
            "Le Conseil d'administration de Valtera a approuvé les comptes.",
            [("Conseil d'administration", "ORG"), ("Valtera", "ORG")],
            "fr",
            {"Valtera": "ORG"},
        ),
        (  # a governing body named in full is no actor, and no part of it is a name
            "The Board of Directors of Kwara Foods has recommended a final dividend.",
            [("The Board of Directors", "ORG"), ("Kwara Foods", "ORG")],
            "en",
            {"Kwara Foods": "ORG"},
        ),
        (  # a holiday is a period of the calendar, not a place or a body
            "Crews will work at night through the Easter holidays and stop before Christmas in Hobart.",
            [("Easter", "LOC"), ("Christmas", "ORG"), ("Hobart", "GPE")],
            "en",
            {"Hobart": "LOC"},
        ),
        (  # the names inside a call's quoted title are the title's; a quoted sentence keeps its names
            "L'Agence a ouvert à Namur l'appel à projets « Ports verts Grande Région ». « La Région "
            "Wallonne suivra », a dit Paul Renard.",
            [("Agence", "ORG"), ("Namur", "LOC"), ("Grande Région", "LOC"), ("Région Wallonne", "ORG")]
            + [("Paul Renard", "PER")],
            "fr",
            {"Namur": "LOC", "Région Wallonne": "ORG", "Paul Renard": "PER"},
        ),
        (
            "The new ferry sails from Portugal to Melbourne.",
            [("Portugal", "ORG"), ("Melbourne", "ORG")],
            "en",
            {"Portugal": "LOC", "Melbourne": "LOC"},
        ),
    ],
)
def test_names_as_the_guide_wants_them(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (
            "Les visiteurs du château de Blois et de l'abbaye de Cluny sont revenus.",
            [("Blois", "LOC"), ("Cluny", "LOC")],
            "fr",
            {"château de Blois": "LOC", "abbaye de Cluny": "LOC"},
        ),
        (  # a town hall, a viaduct and a road named after their town are sites of their own
            "Les élus se réunissent à l'hôtel de ville de Verlaine ; le viaduc de Corsalle et le chemin de "
            "Brétigny seront fermés. Les élèves de l'école élémentaire Jules-Vallès déménagent.",
            [
                ("hôtel de ville de Verlaine", "LOC"),
                ("viaduc de Corsalle", "LOC"),
                ("Brétigny", "PER"),
                ("Jules-Vallès", "PER"),
            ],
            "fr",
            {
                "hôtel de ville de Verlaine": "LOC",
                "viaduc de Corsalle": "LOC",
                "chemin de Brétigny": "LOC",
                "école élémentaire Jules-Vallès": "LOC",
            },
        ),
        (  # natural sites named after a town or a river are places of their own, apart from the town
            "Les relevés couvrent la rade de Lorient, la baie de Quiberon et la vallée de la Vilaine ; "
            "l'équipe reste basée à Lorient.",
            [("Lorient", "LOC"), ("Quiberon", "LOC"), ("Vilaine", "PER"), ("Lorient", "LOC")],
            "fr",
            {
                "rade de Lorient": "LOC",
                "baie de Quiberon": "LOC",
                "vallée de la Vilaine": "LOC",
                "Lorient": "LOC",
            },
        ),
        (  # a person's honours and ranks are no part of a name; a person "of" a company is not the company
            "The plant was opened on Monday by Datuk Seri Aminah Yusof of Kenanga Rubber Berhad, who was "
            "joined on the day by the geologist Professor Emeritus Hugh Dallow and by Sgt. Ola Brandt of the "
            "local police.",
            [
                ("Datuk Seri", "PER"),
                ("Aminah Yusof", "PER"),
                ("Emeritus Hugh Dallow", "PER"),
                ("Ola Brandt", "PER"),
            ],
            "en",
            {
                "Aminah Yusof": "PER",
                "Kenanga Rubber Berhad": "ORG",
                "Hugh Dallow": "PER",
                "Ola Brandt": "PER",
            },
        ),
        (  # a centre named for what is held there is a venue, a site; a health centre is a body
            "The fair opens at the Harbourside Convention Centre, beside the Pellow Community Centre, "
            "and the Pellow Health Centre will run a stall.",
            [
                ("Harbourside Convention Centre", "ORG"),
                ("Pellow Community Centre", "ORG"),
                ("Pellow Health Centre", "ORG"),
            ],
            "en",
            {
                "Harbourside Convention Centre": "LOC",
                "Pellow Community Centre": "LOC",
                "Pellow Health Centre": "ORG",
            },
        ),
        (  # a body whose portfolio ends with a site's word is still a body; a road is a site
            "The Department of Ports and Coastal Roads (DPCR) will close Kerrow Road overnight.",
            [("Department of Ports and Coastal Roads", "ORG"), ("DPCR", "ORG"), ("Kerrow Road", "ORG")],
            "en",
            {"Department of Ports and Coastal Roads": "ORG", "Kerrow Road": "LOC"},
        ),
        (  # a grouping of communes written in lower case before its name is a body, not the area
            "La communauté de communes du Pays de Vernoux et la communauté d'agglomération de la Plaine "
            "Verte financent les abords, à Vernoux.",
            [("Pays de Vernoux", "LOC"), ("Plaine Verte", "LOC"), ("Vernoux", "LOC")],
            "fr",
            {
                "communauté de communes du Pays de Vernoux": "ORG",
                "communauté d'agglomération de la Plaine Verte": "ORG",
                "Vernoux": "LOC",
            },
        ),
        (
            "Grain leaves the Port of Geelong by the Princes Highway.",
            [("Geelong", "LOC"), ("Princes Highway", "PER")],
            "en",
            {"Port of Geelong": "LOC", "Princes Highway": "LOC"},
        ),
        (  # the dateline's town is the town the release is written from, not a short name of its port
            "PORTREE, Isle of Skye, 4 May 2026 - Ferries return to the Portree Harbour today.",
            [("PORTREE", "LOC"), ("Isle of Skye", "LOC"), ("Portree Harbour", "LOC")],
            "en",
            {"PORTREE": "LOC", "Isle of Skye": "LOC", "Portree Harbour": "LOC"},
        ),
        (
            "Output at the Kestrel Mine rose, and Westmead Hospital opened a ward.",
            [("Kestrel Mine", "ORG"), ("Westmead Hospital", "ORG")],
            "en",
            {"Kestrel Mine": "LOC", "Westmead Hospital": "LOC"},
        ),
    ],
)
def test_sites_are_places_with_their_kind(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # a state or a county the ISO 3166-2 data knows is a place
            "Freight grew in Queensland and in Cornwall.",
            [("Queensland", "ORG"), ("Cornwall", "ORG")],
            "en",
            {"Queensland": "LOC", "Cornwall": "LOC"},
        ),
        (  # units and honours are no organisations
            "The 450 MW farm was opened by Mr Wong Kar-ho, GBS, JP.",
            [("MW", "ORG"), ("Wong Kar-ho", "PERSON"), ("GBS", "ORG"), ("JP", "ORG")],
            "en",
            {"Wong Kar-ho": "PER"},
        ),
        (  # a department is named with its kind; a minister's portfolio names no body
            "From Department of Coastal Affairs. Ann Lee, Minister for Coastal Affairs, spoke.",
            [("Coastal Affairs", "ORG"), ("Ann Lee", "PERSON"), ("Coastal Affairs", "ORG")],
            "en",
            {"Department of Coastal Affairs": "ORG", "Ann Lee": "PER"},
        ),
        (
            "Paul Ndong, Ministre des Transports et du Tourisme, a signé.",
            [("Paul Ndong", "PER"), ("Transports", "ORG"), ("Tourisme", "ORG")],
            "fr",
            {"Paul Ndong": "PER"},
        ),
    ],
)
def test_places_titles_and_portfolios(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # an acronym defined by words in lower case abbreviates a term, wherever it is written again
            "The drug treats chronic retinal swelling (CRS). CRS affects 2% of adults. Novexa sells it.",
            [("CRS", "ORG"), ("CRS", "ORG"), ("Novexa", "ORG")],
            "en",
            {"Novexa": "ORG"},
        ),
        (  # a board named by its role, then by its initials, is no body either
            "Les membres du comité de direction (CD) ont validé le plan de la Caisse Dupré. Le CD a voté.",
            [("CD", "ORG"), ("Caisse Dupré", "ORG"), ("CD", "ORG")],
            "fr",
            {"Caisse Dupré": "ORG"},
        ),
        (  # a body's name keeps its acronym, even when a lower-case word of it shares the first letter
            "L'Agence spatiale européenne (ESA) et la banque publique d'investissement (BPI) financent.",
            [("Agence spatiale européenne", "ORG"), ("ESA", "ORG"), ("BPI", "ORG")],
            "fr",
            {"Agence spatiale européenne": "ORG", "BPI": "ORG"},
        ),
        (  # the town a dateline opens with is that town wherever the text names it, whatever the NER said
            "SMITHERS, B.C., May 3, 2022 -- A new fund for Smithers opens. Smithers grew last year.",
            [("Smithers", "ORG"), ("Smithers", "ORG")],
            "en",
            {"Smithers": "LOC", "B.C.": "LOC"},  # its province too, as "MONROEVILLE, Pa." gives its state
        ),
    ],
)
def test_terms_and_the_dateline_town(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # a name no atlas knows, listed with a company, is a company whatever the NER said
            "Les ventes de Brevalto et Quintessor progressent.",
            [("Brevalto", "ORG"), ("Quintessor", "LOC")],
            "fr",
            {"Brevalto": "ORG", "Quintessor": "ORG"},
        ),
        (  # "in" before a list places only what the atlas knows as a place
            "The group wrote down its stakes in Zorvanex and Kelbrite Holdings.",
            [("Zorvanex", "LOC"), ("Kelbrite Holdings", "ORG")],
            "en",
            {"Zorvanex": "ORG", "Kelbrite Holdings": "ORG"},
        ),
        (  # a holding company or a subsidiary is a body
            "Il a souscrit via sa holding Morvane Participations.",
            [("Morvane Participations", "LOC")],
            "fr",
            {"Morvane Participations": "ORG"},
        ),
        (  # an area named with its kind is a place; its council is a body
            "Towns across Kerry Borough get a fund for Kerry Borough’s parks.",
            [("Kerry Borough", "ORG"), ("Kerry Borough", "PERSON")],
            "en",
            {"Kerry Borough": "LOC"},
        ),
        (  # a town written with its county or its country after a comma is the town
            "The library opened in the old mill, Clonakilty, Co. Cork, and in Gisborne, New Zealand.",
            [("Clonakilty", "ORG"), ("Co. Cork", "LOC"), ("Gisborne", "ORG"), ("New Zealand", "GPE")],
            "en",
            {"Clonakilty": "LOC", "Co. Cork": "LOC", "Gisborne": "LOC", "New Zealand": "LOC"},
        ),
        (  # a country's initials beside its full name are the country
            "A Kenya-United Arab Emirates trade forum met. Exports to the UAE, its main market, grew.",
            [("UAE", "ORG")],
            "en",
            {"UAE": "LOC"},
        ),
    ],
)
def test_bodies_and_places_by_what_surrounds_them(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # an airport's code is no town: the acronym of a body stays a body
            "Le MEL et la CDG financent les travaux. Le MEL et la CDG publient leur rapport.",
            [("MEL", "ORG"), ("CDG", "ORG"), ("MEL", "ORG"), ("CDG", "ORG")],
            "fr",
            {"MEL": "ORG", "CDG": "ORG"},
        ),
        (  # two bodies, each named with its kind, are not joined by "et de la"
            "L'Université Libre de Namur et de la Métropole Sud de Namur signent.",
            [("Université Libre de Namur", "ORG"), ("Métropole Sud de Namur", "ORG")],
            "fr",
            {"Université Libre de Namur": "ORG", "Métropole Sud de Namur": "ORG"},
        ),
    ],
)
def test_acronyms_and_joined_bodies(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # a class of securities is an instrument, not a body
            "Harbourline plc will issue Senior Secured Notes and Ordinary Shares.",
            [("Harbourline plc", "ORG"), ("Senior Secured Notes", "ORG"), ("Ordinary Shares", "ORG")],
            "en",
            {"Harbourline plc": "ORG"},
        ),
        (
            "La société Vernissac a émis des Titres Subordonnés.",
            [("Vernissac", "ORG"), ("Titres Subordonnés", "PER")],
            "fr",
            {"Vernissac": "ORG"},
        ),
        (  # a governing body described in lower case, and an ordinal, are no names
            "Lors de la Commission permanente de la rentrée, Vernissac a présenté son Troisième trimestre.",
            [("Commission permanente de la rentrée", "ORG"), ("Vernissac", "ORG"), ("Troisième", "ORG")],
            "fr",
            {"Vernissac": "ORG"},
        ),
    ],
)
def test_securities_boards_ordinals_no_names(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # the company a ticker follows is a body, found where the NER saw none
            "TORONTO, May 2, 2019 -- Quillmark Systems Corporation (Nasdaq:QMSC) reported sales.",
            [],
            "en",
            {"TORONTO": "LOC", "Quillmark Systems Corporation": "ORG", "Nasdaq": "ORG"},
        ),
    ],
)
def test_listed_companies(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


def test_a_listed_company_and_its_short_name_are_one() -> None:
    """ "Inc." with its dot is a legal form: the short name is the same company."""
    text = "Brantwell Mining Inc. (TSX: BWM) reported sales. Brantwell will pay a dividend."
    entities = find_entities(text, "en", FakeNer([("TSX", "ORG"), ("Brantwell", "ORG")]))
    brantwell = [e for e in entities if e.name.startswith("Brantwell")]
    assert len(brantwell) == 1
    assert sorted(m.text for m in brantwell[0].mentions) == ["Brantwell", "Brantwell Mining Inc."]


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # the province a minister serves is a place; a portfolio is no name
            "Le premier ministre du Manitoba et la ministre de la Culture ont inauguré le pont.",
            [("Manitoba", "LOC"), ("Culture", "ORG")],
            "fr",
            {"Manitoba": "LOC"},
        ),
        (  # a route between two towns is its two towns, whatever describes it first
            "Ligne ferroviaire Lannion-Guingamp : 2 M€ pour la voie.",
            [("Ligne ferroviaire Lannion-Guingamp", "LOC")],
            "fr",
            {"Lannion": "LOC", "Guingamp": "LOC"},
        ),
        (  # a site "de X" where X is a company the text names is X's site, not a place of its own
            "Valorem inaugure un parc. C'est le plus grand parc éolien de Valorem. Valorem a 40 parcs.",
            [("Valorem", "ORG"), ("Valorem", "ORG"), ("Valorem", "ORG")],
            "fr",
            {"Valorem": "ORG"},
        ),
    ],
)
def test_jurisdictions_routes_and_owners(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # a river is a place, even beside a company named after it
            "The dam sits on river Tawa. Tawa Valley Hydro Limited will run it.",
            [("Tawa", "PERSON"), ("Tawa Valley Hydro Limited", "ORG")],
            "en",
            {"Tawa": "LOC", "Tawa Valley Hydro Limited": "ORG"},
        ),
        (  # a site named in full, then by its own name, is one place
            "Ore from the Bellamy Ridge Gold Mine goes to Corvell Mill. Mining Bellamy Ridge is half"
            " done, and milling at Corvell goes on.",
            [
                ("Bellamy Ridge Gold Mine", "ORG"),
                ("Corvell Mill", "FAC"),
                ("Bellamy Ridge", "PERSON"),
                ("Corvell", "GPE"),
            ],
            "en",
            {"Bellamy Ridge Gold Mine": "LOC", "Corvell Mill": "LOC"},
        ),
        (  # programmes and projects in the plural are no names either
            "The Digital Harbour Projects and the Coastal Schemes were chosen.",
            [("Digital Harbour Projects", "ORG"), ("Coastal Schemes", "ORG")],
            "en",
            {},
        ),
    ],
)
def test_rivers_sites_and_programmes(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # "its partner X" names a company; the NER's place is overruled
            "Sales by Corvanta rose. The fee comes from its partner Corvanta.",
            [("Corvanta", "GPE"), ("Corvanta", "GPE")],
            "en",
            {"Corvanta": "ORG"},
        ),
        (  # a person stays a person
            "Elle a remercié son partenaire Paul Varenne.",
            [("Paul Varenne", "PER")],
            "fr",
            {"Paul Varenne": "PER"},
        ),
    ],
)
def test_a_partner_is_a_body_unless_a_person(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # whose turnover, growth or capital it is: a company, whatever the NER said
            "Le chiffre d'affaires de Marvelle progresse, et la croissance très soutenue de Tessaro aussi.",
            [("Marvelle", "PER"), ("Tessaro", "PER")],
            "fr",
            {"Marvelle": "ORG", "Tessaro": "ORG"},
        ),
        (  # not a country's growth
            "La croissance de la France ralentit, dit Anne Morel.",
            [("France", "LOC"), ("Anne Morel", "PER")],
            "fr",
            {"France": "LOC", "Anne Morel": "PER"},
        ),
        (  # a co-founder's company, a laboratory described before its name
            "Le laboratoire breton Phytalis signe. Marc Hervé, co-fondateur de Phytalis, a signé.",
            [("Phytalis", "PER"), ("Marc Hervé", "PER"), ("Phytalis", "PER")],
            "fr",
            {"Phytalis": "ORG", "Marc Hervé": "PER"},
        ),
    ],
)
def test_companies_by_their_figures_and_founders(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # a representative's seat is a place, found or not by the NER
            "Jane Roe, Member of Parliament for Halton Hills-Milton, spoke.",
            [("Jane Roe", "PERSON")],
            "en",
            {"Jane Roe": "PER", "Halton Hills-Milton": "LOC"},
        ),
        (
            "Paul Ndiaye, député de Saint-Jean-sur-Richelieu, a signé.",
            [("Paul Ndiaye", "PER")],
            "fr",
            {"Paul Ndiaye": "PER", "Saint-Jean-sur-Richelieu": "LOC"},
        ),
    ],
)
def test_a_representative_s_seat_is_a_place(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


def test_an_acronym_says_where_its_name_begins() -> None:
    """The NER began at "Tan": "(LTKF)" puts "Lim" in the name, in the headline too."""
    text = (
        "Lim Tan Kee Foundation gives $1m\n\nThe Lim Tan Kee Foundation (LTKF) said the gift is its largest."
    )
    entities = find_entities(
        text, "en", FakeNer([("Tan Kee Foundation", "ORG"), ("Tan Kee Foundation", "ORG")])
    )
    names = {m.text for e in entities for m in e.mentions}
    assert "Lim Tan Kee Foundation" in names and "Tan Kee Foundation" not in names


def test_a_name_goes_on_to_its_acronym() -> None:
    """The NER stopped at "et": the acronym's letters say the name goes on to it."""
    text = "Une aide au Pôle Régional de Recherche et de Valorisation Agricole (PRRVA) de Niort."
    hits = [("Pôle Régional de Recherche", "ORG"), ("Valorisation Agricole", "ORG"), ("Niort", "LOC")]
    entities = find_entities(text, "fr", FakeNer(hits))
    names = {m.text for e in entities for m in e.mentions}
    assert "Pôle Régional de Recherche et de Valorisation Agricole" in names
    assert "Valorisation Agricole" not in names


def test_a_company_name_the_ner_cut_in_two_and_its_partner_in_capitals() -> None:
    """ "Norvik" + "Hydrogen" (labelled a product) is one company; "and TEVAL" after it another."""
    text = "The venture was formed in 2021 by Norvik Hydrogen and TEVAL, and builds a plant in Leeds."
    hits = [("Norvik", "ORG"), ("Hydrogen", "PRODUCT"), ("Leeds", "GPE")]
    assert _found(text, hits, "en") == {"Norvik Hydrogen": "ORG", "TEVAL": "ORG", "Leeds": "LOC"}


def test_units_after_and_are_no_bodies() -> None:
    text = "Brenmoor Energy and MW figures were published by Brenmoor Energy in Leeds."
    hits = [("Brenmoor Energy", "ORG"), ("Brenmoor Energy", "ORG"), ("Leeds", "GPE")]
    assert _found(text, hits, "en") == {"Brenmoor Energy": "ORG", "Leeds": "LOC"}


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # what a stake is held in is a company, each name of the list, whatever the NER said
            "The write-down of Halvard's investments in Brisemont and Carvel Mourreau cost $12 million.",
            [("Halvard", "ORG"), ("Brisemont", "GPE"), ("Carvel Mourreau", "PERSON")],
            "en",
            {"Halvard": "ORG", "Brisemont": "ORG", "Carvel Mourreau": "ORG"},
        ),
        (
            "Le groupe Ferrand a cédé sa participation dans Valdoria à Lyon.",
            [("Ferrand", "ORG"), ("Valdoria", "LOC"), ("Lyon", "LOC")],
            "fr",
            {"Ferrand": "ORG", "Valdoria": "ORG", "Lyon": "LOC"},
        ),
        (  # a country stays a place
            "Halvard Group doubled its investments in Canada and in Leeds.",
            [("Halvard Group", "ORG"), ("Canada", "GPE"), ("Leeds", "GPE")],
            "en",
            {"Halvard Group": "ORG", "Canada": "LOC", "Leeds": "LOC"},
        ),
    ],
)
def test_what_a_stake_is_held_in_is_a_company(text: str, hits: list, lang: str, expected: dict) -> None:
    # the rules' proposals: the judge refitted on 719 releases weighs the one-word possessive
    # "Halvard's" of a one-sentence text below its threshold (0.15.0's judge drops it)
    assert _proposed(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # the body a title is held in, named just before it, where the NER found none
            "Work began in Leeds.\n\nBrenmoor chief executive Jo Pryce said Brenmoor would hire 40 people.",
            [("Leeds", "GPE"), ("Jo Pryce", "PERSON")],
            {"Leeds": "LOC", "Brenmoor": "ORG", "Jo Pryce": "PER"},
        ),
        (  # a portfolio the text writes in lower case names no body
            "Energy Minister Dr Ann Hale opened the energy park in Leeds.",
            [("Ann Hale", "PERSON"), ("Leeds", "GPE")],
            {"Ann Hale": "PER", "Leeds": "LOC"},
        ),
    ],
)
def test_the_body_named_before_a_title(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "en") == expected


def test_a_known_name_run_on_into_a_title_case_headline_s_verb() -> None:
    text = (
        "Harlow Trust and Mireval Group Back New Schools In Leeds\n\n"
        "Mireval Group and the Harlow Trust gave £2m to schools in Leeds."
    )
    hits = [
        ("Harlow Trust", "ORG"), ("Mireval Group Back New Schools", "ORG"), ("Leeds", "GPE"),
        ("Mireval Group", "ORG"), ("Harlow Trust", "ORG"), ("Leeds", "GPE"),
    ]  # fmt: skip
    assert _found(text, hits, "en") == {"Harlow Trust": "ORG", "Mireval Group": "ORG", "Leeds": "LOC"}


def test_a_capitalised_article_inside_a_sentence_belongs_to_the_place() -> None:
    text = "Le parc s'étend sur les communes de Harol, Les Aulnettes et Dompaire, près d'Épinal."
    hits = [("Harol", "LOC"), ("Aulnettes", "LOC"), ("Dompaire", "LOC"), ("Épinal", "LOC")]
    found = _found(text, hits)
    assert found["Les Aulnettes"] == "LOC" and "Aulnettes" not in found


def test_a_site_named_before_its_kind() -> None:
    """The NER found the second word only; the site's kind after it says the name is a site's."""
    text = "Brenmoor Energy took the investment decision on its Harrow Carnmoor offshore wind farm in Wales."
    hits = [("Brenmoor Energy", "ORG"), ("Carnmoor", "GPE"), ("Wales", "GPE")]
    assert _found(text, hits, "en") == {"Brenmoor Energy": "ORG", "Harrow Carnmoor": "LOC", "Wales": "LOC"}


def test_a_capital_the_inside_a_sentence_opens_the_name() -> None:
    text = "The scanner is part of £2m invested across The Harlow and Kenton Schools Trust this year."
    hits = [("Harlow", "GPE"), ("Kenton Schools Trust", "ORG")]
    assert _found(text, hits, "en") == {"Harlow and Kenton Schools Trust": "ORG"}


def test_an_acronym_in_mixed_case_after_its_name() -> None:
    text = "The Department for Rural Affairs (DfRA) opened an office in Leeds. DfRA will hire 12 people."
    hits = [("The Department for Rural Affairs", "ORG"), ("DfRA", "ORG"), ("Leeds", "GPE"), ("DfRA", "ORG")]
    entities = find_entities(text, "en", FakeNer(hits))
    assert [(e.type, e.name, e.aliases) for e in entities if e.type == "ORG"] == [
        ("ORG", "DfRA", ["Department for Rural Affairs"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the issuer opening the headline, named again below it, found where the NER saw none
            "Corvane : résultats annuels 2024\n\nCorvane annonce un chiffre d'affaires en hausse à Lyon.",
            {"Corvane": "ORG", "Lyon": "LOC"},
        ),
        (  # the headline's topic, a word the text also writes in lower case, is no name
            "Climat : un plan pour Lyon\n\nLe plan climat de Lyon est adopté.",
            {"Lyon": "LOC"},
        ),
    ],
)
def test_the_issuer_a_headline_opens_with(text: str, expected: dict) -> None:
    assert _found(text, [("Lyon", "LOC")] * text.count("Lyon")) == expected


def test_messrs_before_a_company_is_no_part_of_its_name() -> None:
    text = "The plant will be built by M/s. Tamar Hydro Limited near Leeds."
    hits = [("M/s. Tamar Hydro Limited", "ORG"), ("Leeds", "GPE")]
    assert _found(text, hits, "en") == {"Tamar Hydro Limited": "ORG", "Leeds": "LOC"}


def test_the_items_the_ner_skipped_in_a_typed_list() -> None:
    text = "Commitments came from investors (Halvard, BRKM, Old Carvel and Norvane) on Tuesday."
    hits = [("Halvard", "ORG"), ("Norvane", "ORG")]
    found = _found(text, hits, "en")
    assert found["BRKM"] == "ORG" and found["Old Carvel"] == "ORG"


def test_a_site_named_by_its_kind_then_by_its_own_name() -> None:
    text = (
        "Les parcs éoliens de Bel Orme et Mont Vert sont en service. "
        "Le parc éolien du Mont Vert compte trois éoliennes."
    )
    hits = [("Bel Orme", "LOC"), ("Mont Vert", "LOC"), ("parc éolien du Mont Vert", "LOC")]
    entities = find_entities(text, "fr", FakeNer(hits))
    sites = [e for e in entities if any("Mont Vert" in m.text for m in e.mentions)]
    assert len(sites) == 1 and {m.text for m in sites[0].mentions} == {
        "Mont Vert",
        "parc éolien du Mont Vert",
    }


def test_a_ministry_named_by_its_domain_is_a_body() -> None:
    text = "Le musée reçoit une subvention versée par le ministère de la Mer à Brest."
    hits = [("ministère de la Mer", "ORG"), ("Brest", "LOC")]
    assert _found(text, hits) == {"ministère de la Mer": "ORG", "Brest": "LOC"}


def test_a_ministry_in_lower_case_keeps_its_kind_and_every_domain_of_its_portfolio() -> None:
    text = (
        "Le budget sera transmis au ministère de l'Administration territoriale et de la Sécurité avant "
        "janvier, en présence du ministère des Transports et de l'Équipement et des maires."
    )
    hits = [("Administration territoriale", "ORG"), ("Sécurité", "LOC"), ("Transports", "ORG")]
    hits += [("Équipement", "ORG")]
    assert _found(text, hits) == {
        "ministère de l'Administration territoriale et de la Sécurité": "ORG",
        "ministère des Transports et de l'Équipement": "ORG",
    }


def test_an_official_name_with_its_capital_the_inside_a_sentence_keeps_that_form() -> None:
    text = (
        "The grant comes from The Halden Heritage Society and the Marlow Trust.\n"
        "KOWLOON — The Lantau Harbour Board met on Monday."
    )
    hits = [("The Halden Heritage Society", "ORG"), ("the Marlow Trust", "ORG")]
    hits += [("The Lantau Harbour Board", "ORG")]
    entities = {e.name: e.aliases for e in find_entities(text, "en", FakeNer(hits))}
    assert entities["Halden Heritage Society"] == ["The Halden Heritage Society"]
    assert entities["Marlow Trust"] == [] and entities["Lantau Harbour Board"] == []  # articles


def test_a_state_chancellery_in_a_letterhead_is_the_issuing_body() -> None:
    text = "Chancellerie d'Etat – Service de presse\n\nLe Conseil d'Etat a adopté le budget."
    assert _found(text, []) == {"Chancellerie d'Etat": "ORG"}


def test_a_site_s_kind_in_lower_case_before_a_name_taken_for_a_person_s() -> None:
    text = "Le public visite la villa Marbois, à Lille, et M. Paul Marbois la présente."
    hits = [("Marbois", "PER"), ("Lille", "LOC"), ("Paul Marbois", "PER")]
    found = _found(text, hits)
    assert found["villa Marbois"] == "LOC" and found["Paul Marbois"] == "PER"


def test_a_bridge_bears_its_own_name() -> None:
    text = "Le ministre annonce la réouverture du pont Marcotte à Laval. Le pont Marcotte rouvre lundi."
    hits = [("Marcotte", "PER"), ("Laval", "LOC"), ("Marcotte", "LOC")]
    assert _found(text, hits) == {"pont Marcotte": "LOC", "Laval": "LOC"}


def test_a_council_named_by_its_level_alone_is_a_description() -> None:
    text = "La Région, le Conseil départemental et Lannion Agglo financent le projet à Lannion."
    hits = [("Conseil départemental", "ORG"), ("Lannion Agglo", "ORG"), ("Lannion", "LOC")]
    assert _found(text, hits) == {"Lannion Agglo": "ORG", "Lannion": "LOC"}


def test_a_person_met_only_in_a_title_case_headline_s_words() -> None:
    text = (
        "Quarterly Copper Output Rises Again As Smelting Capacity Grows Strongly\n"
        "Brenmoor Mining said output rose at its Carnmoor mine near Leeds."
    )
    hits = [("Smelting Capacity", "PERSON"), ("Brenmoor Mining", "ORG"), ("Leeds", "GPE")]
    assert "Smelting Capacity" not in _found(text, hits, "en")


def test_a_person_a_headline_names_is_named_again() -> None:
    text = (
        "Brenmoor Mining Appoints Former Treasury Director Jane Hale\n"
        "Brenmoor Mining said Ms Hale joins in May from Leeds."
    )
    hits = [("Jane Hale", "PERSON"), ("Brenmoor Mining", "ORG"), ("Hale", "PERSON"), ("Leeds", "GPE")]
    assert _found(text, hits, "en")["Jane Hale"] == "PER"


def test_a_body_s_headquarters_is_the_body_s_name() -> None:
    text = "Suppliers gathered at BRKM Headquarters in Leeds, where BRKM showed its plans."
    hits = [("BRKM Headquarters", "ORG"), ("Leeds", "GPE"), ("BRKM", "ORG")]
    assert _found(text, hits, "en") == {"BRKM": "ORG", "Leeds": "LOC"}


def test_the_ticker_beside_a_security_s_isin_is_no_body() -> None:
    text = "Les actions nouvelles seront cotées sur Euronext Growth (ISIN FR0000123456, ALBRM) à Paris."
    hits = [("Euronext Growth", "ORG"), ("ALBRM", "ORG"), ("Paris", "LOC")]
    assert "ALBRM" not in _found(text, hits)


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a government named by its party or its leader is a description
            "We are working with the Harlan Liberal Government on roads in Tasmania.",
            [("the Harlan Liberal Government", "ORG"), ("Tasmania", "GPE")],
            {"Tasmania": "LOC"},
        ),
        (  # one named by its place is a body
            "The Kenyan Government and the Ontario Government signed the deal.",
            [("The Kenyan Government", "ORG"), ("the Ontario Government", "ORG")],
            {"Kenyan Government": "ORG", "Ontario Government": "ORG"},
        ),
    ],
)
def test_a_government_named_by_its_party_is_no_body(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "en") == expected


# Shapes met on releases we wrote and annotated after the rules (tests/fixtures/gold/own13-own22).
@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # a government named by its place, in French lower case or capitalised, acts as a body
            "Le gouvernement du Manitoba verse 3 M$ à la Ville de Brandon.",
            [("Manitoba", "LOC"), ("Ville de Brandon", "LOC")],
            "fr",
            {"gouvernement du Manitoba": "ORG", "Ville de Brandon": "ORG"},
        ),
        (
            "Le Gouvernement de Wallonie a approuvé le plan présenté à Liège.",
            [("Gouvernement de Wallonie", "LOC"), ("Liège", "LOC")],
            "fr",
            {"Gouvernement de Wallonie": "ORG", "Liège": "LOC"},
        ),
        (  # the labels of a contact block and a press desk are no names
            "Renseignements :\nBureau d'information et de communication\nTél. 021 555 00 00",
            [("Renseignements", "ORG"), ("Bureau d'information et de communication", "ORG")],
            "fr",
            {},
        ),
        (
            "For media queries:\nMs Ada Tembo\nCorporate Communications\nEND",
            [("Ada Tembo", "PERSON"), ("Corporate Communications", "ORG"), ("END", "ORG")],
            "en",
            {"Ada Tembo": "PER"},
        ),
        (  # a wire release's closing "SOURCE" line names the issuer; "X, Inc." is X (one entity,
            # named by the form written most: twice with its legal form)
            "Korvath Labs, Inc. (NYSE: KVL) reported sales. Korvath Labs grew.\n\nSOURCE Korvath Labs, Inc.",
            [("Korvath Labs, Inc.", "ORG"), ("Korvath Labs", "ORG"), ("SOURCE Korvath Labs", "ORG")],
            "en",
            {"Korvath Labs, Inc.": "ORG", "NYSE": "ORG"},
        ),
        (  # an exchange written by its initials beside a ticker, and in full
            "Brenlow Foods PLC (LSE: BRF) posts results.\nThis is provided by the London Stock Exchange.",
            [("Brenlow Foods PLC", "ORG"), ("the London Stock Exchange", "ORG")],
            "en",
            {"Brenlow Foods PLC": "ORG", "London Stock Exchange": "ORG"},
        ),
        (  # a label and its number in parentheses expand no acronym (the officials' initials alone on
            # their line are no name either)
            "Issued by the Ministry of Ports.\n\nKT/PL\n(Release ID: 4410032)",
            [("Ministry of Ports", "ORG"), ("KT/PL", "ORG")],
            "en",
            {"Ministry of Ports": "ORG"},
        ),
        (  # a state followed by "where" is a place, not an adjective
            "The grant covers Gujarat, Odisha and Kerala where wells ran dry.",
            [("Gujarat", "GPE"), ("Odisha", "GPE"), ("Kerala", "GPE")],
            "en",
            {"Gujarat": "LOC", "Odisha": "LOC", "Kerala": "LOC"},
        ),
        (  # ", the minister noted" after a place opens a clause: no appositive title for a person
            "Funds went to flood works in the Assiniboine Delta Flats, the minister noted.",
            [("the Assiniboine Delta Flats", "LOC")],
            "en",
            {"Assiniboine Delta Flats": "LOC"},
        ),
        (  # a person after an agency's name on a contact line stays a person
            "Contacts\nAgence Lirane – Paule Cabrol – 06 00 00 00 00",
            [("Agence Lirane", "PER"), ("Paule Cabrol", "PER")],
            "fr",
            {"Agence Lirane": "ORG", "Paule Cabrol": "PER"},
        ),
    ],
)
def test_shapes_of_releases_the_rules_were_not_written_on(
    text: str, hits: list, lang: str, expected: dict
) -> None:
    found = _found(text, hits, lang)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a law and a government scheme are no bodies; "the States" of a federation is described
            "Under the Clean Harbours Act, the Pani Suraksha Yojana pays the States in Goa.",
            [
                ("the Clean Harbours Act", "ORG"),
                ("the Pani Suraksha Yojana", "ORG"),
                ("States", "GPE"),
                ("Goa", "GPE"),
            ],
            {"Goa": "LOC"},
        ),
        (  # a city that acts is a body, as a region is; a city one lives in is a place
            "The City of Brandon will contribute $2 million. Families in the City of Selkirk benefit.",
            [("The City of Brandon", "GPE"), ("the City of Selkirk", "ORG")],
            {"City of Brandon": "ORG", "City of Selkirk": "LOC"},
        ),
    ],
)
def test_laws_schemes_and_cities_that_act(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a route between two towns is two places
            "La Région finance la ligne ferroviaire Rennes-Vitré.",
            [("Rennes-Vitré", "LOC")],
            {"Rennes": "LOC", "Vitré": "LOC"},
        ),
        (  # a place named after two towns is one place
            "La zone d'activité de Ghlin-Baudour accueille 40 entreprises.",
            [("Ghlin-Baudour", "LOC")],
            {"Ghlin-Baudour": "LOC"},
        ),
    ],
)
def test_two_joined_towns_split_only_on_a_route(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits) == expected


def test_the_spokesperson_of_a_minister_names_the_minister() -> None:
    text = "Le Ministre Éric MOREAU a signé.\nContact : Léa Fontaine – Porte-parole du Ministre Moreau"
    hits = [("Éric MOREAU", "PER"), ("Léa Fontaine", "PER"), ("Porte-parole du Ministre Moreau", "ORG")]
    assert _found(text, hits) == {"Éric MOREAU": "PER", "Léa Fontaine": "PER"}


def test_a_town_named_after_a_saint_is_no_person() -> None:
    text = "L'usine dessert les citoyens de Matane et de Sainte-Félicité depuis 1980."
    hits = [("Matane", "LOC"), ("Sainte-Félicité", "PER")]
    assert _found(text, hits) == {"Matane": "LOC", "Sainte-Félicité": "LOC"}


def test_a_republic_named_by_its_adjective_is_its_country() -> None:
    text = "La banque finance une route en République gabonaise. Le chantier au Gabon commence."
    hits = [("République gabonaise", "LOC"), ("Gabon", "LOC")]
    assert [(e.name, e.aliases) for e in find_entities(text, "fr", FakeNer(hits))] == [
        ("République gabonaise", ["Gabon"])
    ]


def test_a_place_named_with_its_administrative_kind_is_that_place() -> None:
    text = "The plant in Gansu Province opens in May. Gansu exports wind power."
    hits = [("Gansu Province", "GPE"), ("Gansu", "GPE")]
    assert [(e.type, e.name, e.aliases) for e in find_entities(text, "en", FakeNer(hits))] == [
        ("LOC", "Gansu Province", ["Gansu"])
    ]


def test_a_firm_named_by_its_role_in_a_contact_block_is_a_body() -> None:
    text = "Contacts:\nMarlow Keane (Nominated Adviser and Broker)\nTed Ansty\n+44 20 0000 0000"
    hits = [("Marlow Keane", "PERSON"), ("Ted Ansty", "PERSON")]
    assert _found(text, hits, "en") == {"Marlow Keane": "ORG", "Ted Ansty": "PER"}


def test_a_law_is_no_body_and_a_territory_s_initials_stay_a_place() -> None:
    text = "Under the Safe Harbours Act, schools in the ACT and Victoria reopen."
    hits = [("the Safe Harbours Act", "ORG"), ("ACT", "GPE"), ("Victoria", "GPE")]
    assert _found(text, hits, "en") == {"ACT": "LOC", "Victoria": "LOC"}


def test_a_body_whose_domain_is_in_press_desk_words_keeps_it() -> None:
    text = "The Ministry of Corporate Affairs and Halden Group Press Office replied."
    hits = [("The Ministry of Corporate Affairs", "ORG"), ("Halden Group Press Office", "ORG")]
    assert _found(text, hits, "en") == {"Ministry of Corporate Affairs": "ORG", "Halden Group": "ORG"}


# Shapes of the third held-out set (own31-own40, enricher 0.7.4).


def test_a_street_and_a_tunnel_keep_their_kind_even_named_after_a_person() -> None:
    text = "Le tunnel Valmont, sous le boulevard Henri Jaspar à Ixelles, sera rénové. Valmont fermera en mai."
    hits = [("tunnel Valmont", "LOC"), ("Henri Jaspar", "PER"), ("Ixelles", "LOC"), ("Valmont", "PER")]
    assert _found(text, hits) == {"tunnel Valmont": "LOC", "boulevard Henri Jaspar": "LOC", "Ixelles": "LOC"}


def test_a_business_park_is_a_site_not_its_town() -> None:
    text = "Le siège est installé dans la Zone industrielle de Magzi, à Garoua."
    hits = [("Magzi", "LOC"), ("Garoua", "LOC")]
    assert _found(text, hits) == {"Zone industrielle de Magzi": "LOC", "Garoua": "LOC"}


def test_a_legal_block_s_form_and_register_label_are_not_names() -> None:
    text = "BRALIMA SA\nSociété anonyme au capital de 5 000 000 FCFA\nRCCM : RC/ABJ/2011/B/42\n\nIl vend."
    hits = [("BRALIMA SA", "ORG"), ("Société anonyme", "ORG"), ("RCCM", "ORG")]
    assert _found(text, hits) == {"BRALIMA SA": "ORG"}


def test_a_company_s_dotted_legal_form_links_its_short_name() -> None:
    text = "Kanem Textiles S.A. annonce ses résultats. Kanem Textiles ouvre une usine à Garoua."
    hits = [("Kanem Textiles S.A.", "ORG"), ("Kanem Textiles", "ORG"), ("Garoua", "LOC")]
    entities = find_entities(text, "fr", FakeNer(hits))
    assert [sorted([e.name, *e.aliases]) for e in entities if e.type == "ORG"] == [
        ["Kanem Textiles", "Kanem Textiles S.A."]
    ]


def test_a_south_african_mec_is_a_title() -> None:
    text = "MEC Thandi Mokoena opened the clinic in Polokwane. The MEC said more would follow."
    hits = [("Thandi Mokoena", "PERSON"), ("Polokwane", "GPE"), ("MEC", "ORG")]
    assert _found(text, hits, "en") == {"Thandi Mokoena": "PER", "Polokwane": "LOC"}


def test_numbered_roads_are_places_one_per_road() -> None:
    text = (
        "La route nationale 90 (RN 90) est fermée entre Moûtiers et Bourg. La RN 90 rouvrira lundi ; "
        "la RD 915 et l'A43 restent ouvertes. Le trafic de la RN 90 est dévié."
    )
    hits = [("Moûtiers", "LOC"), ("Bourg", "LOC")]
    entities = find_entities(text, "fr", FakeNer(hits))
    roads = sorted((e.name, sorted(e.aliases)) for e in entities if e.name[:1] in "RAr")
    assert roads == [("A43", []), ("RD 915", []), ("RN 90", ["route nationale 90"])]


def test_a_numbered_road_in_english_needs_its_article() -> None:
    text = "Work on the N2 near George and the R62 starts in May. Form R62 must be filed."
    hits = [("George", "GPE")]
    assert _found(text, hits, "en") == {"George": "LOC", "N2": "LOC", "R62": "LOC"}


def test_motorways_and_european_routes_after_their_article() -> None:
    text = "Le trafic de l'autoroute A41 est dévié par la E25 jusqu'à lundi."
    assert _found(text, [], "fr") == {"A41": "LOC", "E25": "LOC"}
    # a British A road after "the", but not a credit rating of one digit
    text = "Lanes on the A591 reopen. Moody's kept the A1 rating of the county."
    assert _found(text, [("Moody's", "ORG")], "en") == {"A591": "LOC", "Moody": "ORG"}


def test_a_french_departement_that_acts_is_a_body_and_a_ministry_named_departement_too() -> None:
    text = "Le Département de la Savoie participera aux travaux. Le Département de la santé publie un avis."
    hits = [("Département de la Savoie", "LOC"), ("Département de la santé", "LOC")]
    found = _found(text, hits)
    assert found["Département de la Savoie"] == "ORG" and found.get("Département de la santé") != "LOC"


def test_an_exchange_named_bourse_is_a_body() -> None:
    text = "L'action, cotée à la Bourse de Casablanca, a progressé à Rabat."
    hits = [("Bourse de Casablanca", "LOC"), ("Rabat", "LOC")]
    assert _found(text, hits) == {"Bourse de Casablanca": "ORG", "Rabat": "LOC"}


def test_a_body_named_by_its_list_of_domains_is_whole() -> None:
    text = "The Department of Housing, Heritage and the Islands opened an office in Galway."
    hits = [("Department of Housing, Heritage", "ORG"), ("Islands", "NORP"), ("Galway", "GPE")]
    assert _found(text, hits, "en") == {
        "Department of Housing, Heritage and the Islands": "ORG",
        "Galway": "LOC",
    }
    french = "Le Ministère de l'Énergie, de l'Eau et de l'Assainissement ouvre un bureau à Thiès."
    hits = [("Ministère de l'Énergie", "ORG"), ("Eau", "LOC"), ("Thiès", "LOC")]
    assert _found(french, hits) == {
        "Ministère de l'Énergie, de l'Eau et de l'Assainissement": "ORG",
        "Thiès": "LOC",
    }


def test_a_capitals_letterhead_naming_a_ministry_is_the_ministry() -> None:
    text = (
        "MINISTÈRE DE LA PÊCHE, DE L'AQUACULTURE ET DES PORTS\n\nCOMMUNIQUÉ\n\n"
        "Le ministre a inauguré le quai de Joal."
    )
    hits = [("MINISTÈRE DE LA PÊCHE", "MISC"), ("Joal", "LOC")]
    assert _found(text, hits) == {
        "MINISTÈRE DE LA PÊCHE, DE L'AQUACULTURE ET DES PORTS": "ORG",
        "Joal": "LOC",
    }


def test_names_before_an_area_s_kind_are_places() -> None:
    text = "Clinics in the Capricorn and Vhembe districts will open. Capricorn residents welcomed it."
    hits = [("Capricorn", "GPE"), ("Vhembe", "GPE"), ("Capricorn", "PERSON")]
    assert _found(text, hits, "en") == {"Capricorn": "LOC", "Vhembe": "LOC"}


def test_a_company_with_its_legal_form_in_brackets() -> None:
    text = "The contract went to Mopani Steelworks (Pty) Ltd of Tzaneen."
    hits = [("Mopani Steelworks (Pty) Ltd", "ORG"), ("Tzaneen", "GPE")]
    assert _found(text, hits, "en") == {"Mopani Steelworks (Pty) Ltd": "ORG", "Tzaneen": "LOC"}


def test_a_us_state_s_abbreviation_and_its_name_are_one_place() -> None:
    text = "HARTFORD, Conn. -- The governor said every town in Connecticut will benefit."
    hits = [("HARTFORD", "GPE"), ("Conn.", "GPE"), ("Connecticut", "GPE")]
    entities = find_entities(text, "en", FakeNer(hits))
    assert sorted(sorted([e.name, *e.aliases]) for e in entities) == [
        ["Conn.", "Connecticut"],
        ["HARTFORD"],
    ]  # the period is the abbreviation's


def test_a_surname_particle_does_not_open_the_name() -> None:
    text = "Minister of State Siobhán Ní Bhriain TD visited the pier. Ms Ní Bhriain praised the crews."
    hits = [("Ní Bhriain TD", "PERSON"), ("Ní Bhriain", "PERSON")]
    assert _found(text, hits, "en") == {"Siobhán Ní Bhriain": "PER"}


def test_towns_listed_after_in_are_places_even_when_taken_for_bodies() -> None:
    text = "Evenings will be held in Ballina, Swinford and Claremorris before the deadline."
    hits = [("Ballina", "ORG"), ("Swinford", "ORG")]
    assert _found(text, hits, "en") == {"Ballina": "LOC", "Swinford": "LOC", "Claremorris": "LOC"}


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # the last of a list after "through", and a town "from ... to"
            "Crews will resurface the highway through Orem, Lehi and American Fork, and the coastal road "
            "from Abersoch to Nefyn.",
            [
                ("Orem", "GPE"),
                ("Lehi", "GPE"),
                ("American Fork", "ORG"),
                ("Abersoch", "GPE"),
                ("Nefyn", "ORG"),
            ],
            {"Orem": "LOC", "Lehi": "LOC", "American Fork": "LOC", "Abersoch": "LOC", "Nefyn": "LOC"},
        ),
        (  # a person's age, then the town she lives in
            "Deputies arrested Dana Whitlow, 52, of Apache Junction on Friday.",
            [("Dana Whitlow", "PERSON"), ("Apache Junction", "ORG")],
            {"Dana Whitlow": "PER", "Apache Junction": "LOC"},
        ),
        (  # not a company a company sells to, nor the body a person is "of"
            "Harbourline Ltd. sold the plant to Cessnock and said its chief, Ann Lee of Cessnock Foods, "
            "agreed.",
            [
                ("Harbourline Ltd.", "ORG"),
                ("Cessnock", "ORG"),
                ("Ann Lee", "PERSON"),
                ("Cessnock Foods", "ORG"),
            ],
            {"Harbourline Ltd.": "ORG", "Cessnock": "ORG", "Ann Lee": "PER", "Cessnock Foods": "ORG"},
        ),
    ],
)
def test_towns_in_a_list_after_a_place_word_from_to_and_after_a_person_s_age(
    text: str, hits: list, expected: dict
) -> None:
    assert _found(text, hits, "en") == expected


def test_a_county_named_by_its_kind_is_a_body_where_it_acts_and_a_place_after_in() -> None:
    text = (
        "The agency will brief the County of Kauai before work starts. Crews are already working in "
        "the Township of Esquimalt."
    )
    hits = [("the County of Kauai", "GPE"), ("the Township of Esquimalt", "GPE")]
    assert _found(text, hits, "en") == {"County of Kauai": "ORG", "Township of Esquimalt": "LOC"}


def test_a_hong_kong_name_keeps_the_english_name_written_after_a_comma() -> None:
    text = (
        "The Government announced the appointment of Professor Lam Kwok-ming, Henry, as Chairman. "
        "Mrs Ho Lee Siu-wah, Gloria, and Mr Tang Chi-fai will serve as members.\n"
        "Ms Cheng Mei-yan, who chairs the panel, welcomed them.\n"
    )
    hits = [("Lam Kwok-ming", "PERSON"), ("Henry", "PERSON"), ("Ho Lee Siu-wah", "PERSON"), ("Gloria", "GPE")]
    hits += [("Tang Chi-fai", "PERSON"), ("Cheng Mei-yan", "PERSON")]
    assert _found(text, hits, "en") == {
        "Lam Kwok-ming, Henry": "PER",
        "Ho Lee Siu-wah, Gloria": "PER",
        "Tang Chi-fai": "PER",
        "Cheng Mei-yan": "PER",  # "who" after the comma: no name of hers
    }


def test_a_town_named_with_a_particle_the_ner_cut_in_two() -> None:
    text = "Les distributions débuteront dans les départements de Nioro du Rip et de Kaffrine."
    hits = [("Nioro", "LOC"), ("Rip", "LOC"), ("Kaffrine", "LOC")]
    assert _found(text, hits) == {"Nioro du Rip": "LOC", "Kaffrine": "LOC"}


def test_a_headline_s_opening_common_noun_is_no_name() -> None:
    text = "Ponts genevois : 12 millions pour trois ouvrages\n\nLe canton rénovera trois ponts à Genève."
    hits = [("Ponts genevois", "LOC"), ("Genève", "LOC")]
    assert _found(text, hits) == {"Genève": "LOC"}


def test_an_acronym_with_a_shared_tail_is_its_expansion() -> None:
    text = "La Direction interrégionale des routes Nord-Ouest (DIR Nord-Ouest) engagera les travaux."
    hits = [("Direction interrégionale des routes Nord-Ouest", "ORG"), ("DIR Nord-Ouest", "LOC")]
    entities = find_entities(text, "fr", FakeNer(hits))
    assert [sorted([e.name, *e.aliases]) for e in entities] == [
        ["DIR Nord-Ouest", "Direction interrégionale des routes Nord-Ouest"]
    ]


def test_a_prefecture_s_press_desk_is_no_body() -> None:
    text = "Contact presse : Service départemental de la communication interministérielle – 04 50 00 00 00"
    hits = [("Service départemental de la communication interministérielle", "ORG")]
    assert _found(text, hits) == {}


def test_section_headings_and_block_labels_alone_on_their_line_are_no_names() -> None:
    text = (
        "PORTWELL ANNOUNCEMENT\n\nPortwell Holdings opened a depot in Leeds.\n\nBackground\n\n"
        "The depot employs 40 people.\n\nPress Contacts\n\nAmy Holt, amy@portwell.example.com\n"
    )
    hits = [
        ("PORTWELL ANNOUNCEMENT", "ORG"), ("Portwell Holdings", "ORG"), ("Leeds", "LOC"),
        ("Background", "LOC"), ("Press Contacts", "ORG"), ("Amy Holt", "PER"),
    ]  # fmt: skip
    assert _found(text, hits, "en") == {"Portwell Holdings": "ORG", "Leeds": "LOC", "Amy Holt": "PER"}


def test_a_ticker_after_its_exchange_code_is_no_name() -> None:
    text = "NZX: TWP\n\nTaweka Power Limited said output rose in Napier."
    hits = [("TWP", "ORG"), ("Taweka Power Limited", "ORG"), ("Napier", "LOC")]
    found = _found(text, hits, "en")  # the exchange is a body of the guide's, the ticker no name
    assert found == {"NZX": "ORG", "Taweka Power Limited": "ORG", "Napier": "LOC"}


def test_a_metric_defined_at_a_list_item_s_start_is_a_term() -> None:
    text = "Highlights\n- Net operating margin (NOM) of 14% at Castlereagh Mining.\n- The NOM rose."
    hits = [("NOM", "ORG"), ("Castlereagh Mining", "ORG"), ("NOM", "ORG")]
    assert _found(text, hits, "en") == {"Castlereagh Mining": "ORG"}


def test_a_weekday_and_a_motto_s_words_are_no_names() -> None:
    text = (
        "RÉPUBLIQUE DU TOGO\nTravail – Liberté – Patrie\n\nJeudi, 3 décembre 2026\n\n"
        "Le forum régional s'ouvre à Lomé."
    )
    hits = [("Travail", "LOC"), ("Liberté", "ORG"), ("Patrie", "LOC"), ("Jeudi", "LOC"), ("Lomé", "LOC")]
    assert _found(text, hits) == {"Lomé": "LOC"}


def test_a_short_form_in_brackets_that_is_not_plain_initials_is_an_alias() -> None:
    text = (
        "La Commission de Surveillance du Marché de la CEMAC (COSUMAF-CEMAC) et la Société de Bourse "
        "et d'Intermédiation Sahel Finance (SBI Sahel Finance) ont signé l'accord à Douala."
    )
    hits = [
        ("Commission de Surveillance du Marché de la CEMAC", "ORG"), ("COSUMAF-CEMAC", "ORG"),
        ("Société de Bourse et d'Intermédiation Sahel Finance", "ORG"), ("SBI Sahel Finance", "ORG"),
        ("Douala", "LOC"),
    ]  # fmt: skip
    entities = find_entities(text, "fr", FakeNer(hits))
    assert sorted(sorted([e.name, *e.aliases]) for e in entities) == [
        ["COSUMAF-CEMAC", "Commission de Surveillance du Marché de la CEMAC"],
        ["Douala"],
        ["SBI Sahel Finance", "Société de Bourse et d'Intermédiation Sahel Finance"],
    ]


def test_a_degree_after_a_name_and_a_weekday_heading_the_date_are_no_places() -> None:
    text = (
        "Mardi, 3 novembre 2026\n\n"
        "TOULOUSE - Le docteur Alain Fresnel, M.D., Ph.D., rejoint Voltaïa Santé à Toulouse."
    )
    hits = [
        ("Mardi", "LOC"),
        ("Alain Fresnel", "PER"),
        ("M.D.", "LOC"),
        ("Voltaïa Santé", "ORG"),
        ("Toulouse", "LOC"),
    ]
    found = _found(text, hits)
    assert "M.D." not in found and "Mardi" not in found and found["Alain Fresnel"] == "PER"


def test_a_company_s_legal_form_in_lower_case_and_its_abbreviation_dot() -> None:
    text = (
        "QUÉBEC - Ateliers Morin Bois et Acier inc. (TSX: AMB) rachète Scierie Lac-Noir ltée, "
        "de Chicoutimi. The deal with Tomura Seiki Co., Ltd. for Japan closed."
    )
    hits = [
        ("Ateliers Morin Bois", "ORG"), ("Acier inc", "MISC"), ("Scierie Lac-Noir", "LOC"),
        ("Chicoutimi", "LOC"), ("Tomura Seiki Co., Ltd", "ORG"), ("Japan", "LOC"),
    ]  # fmt: skip
    found = _found(text, hits)
    assert found["Ateliers Morin Bois et Acier inc."] == "ORG"
    assert found["Scierie Lac-Noir ltée"] == "ORG"
    assert found["Tomura Seiki Co., Ltd."] == "ORG"
    assert "Ateliers Morin Bois" not in found and "Scierie Lac-Noir" not in found


def test_an_exchange_s_code_and_its_usual_name_are_one_body() -> None:
    text = (
        "Tarrow Gold Limited (ASX: TGL) is listed on the Australian Securities Exchange. "
        "Nordet inc. (TSX : NDT) est inscrite à la Bourse de Toronto."
    )
    hits = [
        ("Tarrow Gold Limited", "ORG"), ("Australian Securities Exchange", "ORG"),
        ("Nordet inc.", "ORG"), ("Bourse de Toronto", "LOC"),
    ]  # fmt: skip
    entities = find_entities(text, "en", FakeNer(hits))
    forms = [{e.name, *e.aliases, *(m.text for m in e.mentions)} for e in entities if e.type == "ORG"]
    assert {"ASX", "Australian Securities Exchange"} in forms
    assert {"Bourse de Toronto", "TSX"} in forms


def test_governments_named_by_their_place_and_a_city_council_with_its_kind() -> None:
    text = (
        "WINNIPEG — The Manitoba government is investing $4 million with the City of Brandon Council "
        "and Red River College and Brandon University."
    )
    hits = [
        ("WINNIPEG", "LOC"), ("Brandon Council", "ORG"), ("Red River College and Brandon University", "ORG"),
    ]  # fmt: skip
    found = _found(text, hits, "en")
    assert found["Manitoba government"] == "ORG" and found["City of Brandon Council"] == "ORG"
    assert found["Red River College"] == "ORG" and found["Brandon University"] == "ORG"
    # one body whose name holds "and" stays whole
    text = "The Department of Agriculture, Food and the Marine met farmers in Athenry."
    found = _found(
        text, [("Department of Agriculture, Food and the Marine", "ORG"), ("Athenry", "LOC")], "en"
    )
    assert found["Department of Agriculture, Food and the Marine"] == "ORG"


def test_the_state_named_by_its_place_acts_as_a_body() -> None:
    text = "LAUSANNE - L'Etat de Vaud prendra en charge la moitié des frais à Lausanne."
    found = _found(text, [("LAUSANNE", "LOC"), ("Lausanne", "LOC")])
    assert found["Etat de Vaud"] == "ORG" and found["LAUSANNE"] == "LOC"


def test_a_body_named_in_lower_case_with_its_acronym_after_it() -> None:
    text = (
        "Le conseiller d'Etat chargé du département du territoire et de l'environnement (DTE), "
        "M. Paul Arnaud, a visité Lausanne. Le service des sports (SPX) n'a pas répondu."
    )
    hits = [("DTE", "ORG"), ("Paul Arnaud", "PER"), ("Lausanne", "LOC")]
    found = _found(text, hits)
    assert found["département du territoire et de l'environnement"] == "ORG"
    # initials that do not match the words are no evidence of a name
    assert not any(name.startswith("service des sports") for name in found)


def test_a_table_column_of_towns_and_a_column_of_councils() -> None:
    text = (
        "Aides votées\n\n| Commune | Projet | Aide |\n|---|---|---|\n"
        "| Vitré (Ille-et-Vilaine) | halle | 1,1 M€ |\n| Fougères | école | 0,4 M€ |\n"
        "| Redon | musée | 0,2 M€ |\n| Total | | 1,7 M€ |\n\n"
        "| Council | Grant |\n|---|---|\n| Perth and Kinross Council | £2m |\n| Angus Council | £1m |\n"
        "| Moray Council | £1m |\n| Falkirk Council | £1m |\n"
    )
    hits = [("Fougères", "LOC"), ("Perth and Kinross Council", "ORG"), ("Angus Council", "ORG")]
    found = _found(text, hits)
    assert found["Vitré"] == "LOC" and found["Redon"] == "LOC" and "Total" not in found
    assert found["Moray Council"] == "ORG" and found["Falkirk Council"] == "ORG"


def test_a_town_and_its_state_joined_by_a_comma_are_two_places() -> None:
    text = "Adelaide, South Australia: Corella Minerals Limited reports its quarter."
    hits = [("Adelaide, South Australia", "ORG"), ("Corella Minerals Limited", "ORG")]
    found = _found(text, hits, "en")
    assert found["Adelaide"] == "LOC" and found["South Australia"] == "LOC"
    assert "Adelaide, South Australia" not in found


def test_a_tables_header_names_its_columns_and_is_none_of_their_cells() -> None:
    # "Ville" and "Ward" are villages somewhere: atop a column of towns they are its name
    text = (
        "Travaux\n\n| Ville | Chantier |\n|---|---|\n| Dinan | voirie |\n| Lannion | école |\n"
        "| Guingamp | halle |\n\nWorks\n\n| Ward | Works |\n|---|---|\n| Kisii | road |\n| Bomet | drain |\n"
        "| Kericho | bridge |\n"
    )
    found = _found(text, [("Dinan", "LOC"), ("Kisii", "LOC")])
    assert found["Lannion"] == "LOC" and found["Bomet"] == "LOC" and found["Kericho"] == "LOC"
    assert "Ville" not in found and "Ward" not in found


def test_a_languages_name_is_neither_a_place_nor_a_body() -> None:
    text = "The leaflet is printed in Welsh and English and sent to every home in Aberaeron and Cardiff."
    hits = [("Welsh", "LOC"), ("English", "ORG"), ("Aberaeron", "LOC"), ("Cardiff", "LOC")]
    found = _found(text, hits, "en")
    assert "Welsh" not in found and "English" not in found
    assert found["Cardiff"] == "LOC" and found["Aberaeron"] == "LOC"


def test_a_currencys_sign_at_home_is_no_place() -> None:
    text = "Antananarivo, le 3 mai 2026 – Le sac coûte 65 000 Ar. À Sion, la route coûte Fr. 2'350'000.–."
    hits = [("Antananarivo", "LOC"), ("Ar", "LOC"), ("Sion", "LOC"), ("Fr", "LOC")]
    found = _found(text, hits)
    assert "Ar" not in found and "Fr" not in found and found["Sion"] == "LOC"


def test_block_labels_column_headers_and_a_lawyers_title_are_not_names() -> None:
    text = (
        "For Immediate Release\n\nHarbour Freight Ltd reports its results in Galway.\n\n"
        "| € million | 2026 | 2025 | Change |\n|---|---|---|---|\n| Revenue | 48.2 | 41.0 | 17.6 |\n\n"
        'Quotes\n\n"A good year," said Me Anne Lemaire, the company\'s lawyer.'
    )
    hits = [
        ("Immediate Release", "ORG"),
        ("Harbour Freight Ltd", "ORG"),
        ("Galway", "LOC"),
        ("Change", "ORG"),
        ("Quotes", "ORG"),
        ("Me Anne Lemaire", "PER"),
    ]
    found = _found(text, hits, "en")
    assert found == {"Harbour Freight Ltd": "ORG", "Galway": "LOC", "Anne Lemaire": "PER"}


def test_a_heading_above_a_list_is_no_body_and_a_logos_name_is_proposed() -> None:
    # the rules' proposals: the learned judge weighs a lone word in capitals on the first line
    # as the 125 annotated releases teach it (refitted with own61-own70, it drops it in this
    # four-line text; the quality ratchet measures its choices on whole releases)
    text = "HARBOURLINE\n\nThe key figures of the year are out.\n\nKey Figures\n- Sales up 4%\n- New depots"
    entities, _ = find_candidates(text, "en", FakeNer([("HARBOURLINE", "ORG"), ("Key Figures", "ORG")]))
    assert {e.name: e.type for e in entities} == {"HARBOURLINE": "ORG"}


def test_a_full_stop_ending_a_paragraph_is_no_part_of_a_companys_form() -> None:
    text = (
        "The depot was finished early by Harrow Modular Build Ltd.\n\nContact:\n"
        "Anita Rao, Lakeview IR Advisors Pvt. Ltd.\n\nÀ propos de Groupe Vermeil inc.\nFondé en 1990."
    )
    names = {e.name for e in find_candidates(text, "en", FakeNer([("Groupe Vermeil", "ORG")]))[0]}
    # a sentence's full stop goes; a contact's line is no sentence; "inc." is written with its dot
    assert {"Harrow Modular Build Ltd", "Lakeview IR Advisors Pvt. Ltd.", "Groupe Vermeil inc."} <= names


def test_a_body_the_ner_missed_named_by_the_acronym_its_initials_spell() -> None:
    english = (
        "The track is approved by the Rail Gauges and Signals Organisation (RGSO). Earnings Per Share "
        "(EPS) rose. The Warm Homes Fund (WHF) opens, said the County Executive Committee Member (CECM)."
    )
    assert {e.name: (e.type, e.aliases) for e in find_candidates(english, "en", FakeNer([]))[0]} == {
        "Rail Gauges and Signals Organisation": ("ORG", ["RGSO"])
    }
    french = "Le Fonds régional pour le développement des marchés ruraux (FRDMR) finance les pistes."
    assert {e.name: e.aliases for e in find_candidates(french, "fr", FakeNer([]))[0]} == {
        "Fonds régional pour le développement des marchés ruraux": ["FRDMR"]  # "développement": its D
    }


def test_a_council_cabinet_members_portfolio_is_no_body() -> None:
    text = "Cllr Gwen Rees, Cabinet Member for Highways and Environmental Services, visited Aberaeron."
    hits = [("Gwen Rees", "PER"), ("Highways and Environmental Services", "ORG"), ("Aberaeron", "LOC")]
    assert _found(text, hits, "en") == {"Gwen Rees": "PER", "Aberaeron": "LOC"}


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # names the NER never saw, closed by their legal form; the town inside one stays a town
            "Grants go to firms in Marlow and Tewin:\n- Marlow Quay Fisheries Ltd. receives $40,000.\n"
            "- Tewin Valley Growers Co-operative Ltd receives $25,000.",
            [("Marlow", "GPE"), ("Tewin", "GPE"), ("Marlow", "GPE"), ("Tewin", "NORP")],
            {
                "Marlow": "LOC",
                "Tewin": "LOC",
                "Marlow Quay Fisheries Ltd.": "ORG",
                "Tewin Valley Growers Co-operative Ltd": "ORG",
            },
        ),
        (  # joined by "and", after a wire's dashes, with ", Inc."; the board is the company's
            "OSLO--(BUSINESS WIRE)--Norhaven Pumps and Valves Limited bought Dalby Fluidics, Inc. "
            "The purchase was approved by the Board of Norhaven Pumps and Valves Limited.",
            [("OSLO", "GPE")],
            {"OSLO": "LOC", "Norhaven Pumps and Valves Limited": "ORG", "Dalby Fluidics, Inc.": "ORG"},
        ),
        (  # a heading's "About", a sentence's opening word, and a French form
            "About Quenby Robotics plc\n\nToday Quenby Robotics plc opened a plant. The robots "
            "are sold today by Atelier Gaudin SAS in Lyon.",
            [("Lyon", "GPE")],
            {"Quenby Robotics plc": "ORG", "Atelier Gaudin SAS": "ORG", "Lyon": "LOC"},
        ),
        (  # a legal form in brackets; a town that describes the company is no part of its name
            "The Perth-based Ridgeway Dredging Pty Ltd will build the berth, advised by Karoo Capital "
            "Sponsors (Pty) Ltd of Durban.",
            [("Perth", "GPE"), ("Karoo Capital Sponsors", "ORG"), ("Durban", "GPE")],
            {
                "Perth": "LOC",
                "Ridgeway Dredging Pty Ltd": "ORG",
                "Karoo Capital Sponsors (Pty) Ltd": "ORG",
                "Durban": "LOC",
            },
        ),
        (  # a bracket then "and": the acronym closes the body before, the company starts after it
            "Pipes were moved by the Harbour Water Board (HWB) and the Kestrel Power Company Limited.",
            [
                ("the Harbour Water Board", "ORG"),
                ("HWB", "ORG"),
                ("the Kestrel Power Company Limited", "ORG"),
            ],
            {"Harbour Water Board": "ORG", "Kestrel Power Company Limited": "ORG"},
        ),
        (  # the seat or country in brackets before the form, in capitals, in two words, one letter
            "Orders rose at Tamarind Ovens (UK) Limited and at Kee Wah Noodles (Tai Po) Limited, "
            "while Lakeside Timber (U) Ltd and Indus Ledger Services (Pvt.) Limited kept theirs.",
            [("Tamarind Ovens", "ORG"), ("UK", "GPE"), ("Kee Wah Noodles", "PERSON"), ("Tai Po", "GPE")],
            {
                "Tamarind Ovens (UK) Limited": "ORG",
                "Kee Wah Noodles (Tai Po) Limited": "ORG",
                "Lakeside Timber (U) Ltd": "ORG",
                "Indus Ledger Services (Pvt.) Limited": "ORG",
            },
        ),
        (  # Mexico's form is three parts after the comma
            "The routes go to Transportes Sierra Alta, S.A. de C.V., of Saltillo.",
            [("Transportes Sierra Alta", "ORG"), ("Saltillo", "GPE")],
            {"Transportes Sierra Alta, S.A. de C.V.": "ORG", "Saltillo": "LOC"},
        ),
        (  # Luxembourg's, Monaco's and Denmark's forms, with their dots
            "The buyer is Tessel Iberia Holdings S.à r.l., advised by Corvo Travaux Maritimes S.A.M. "
            "and Nordvind Shipping A/S.",
            [("Tessel Iberia Holdings", "ORG")],
            {
                "Tessel Iberia Holdings S.à r.l.": "ORG",
                "Corvo Travaux Maritimes S.A.M.": "ORG",
                "Nordvind Shipping A/S": "ORG",
            },
        ),
    ],
)
def test_a_legal_form_closes_a_companys_name(text: str, hits: list, expected: dict) -> None:
    # the rules' proposals: the judge refitted on 719 releases weighs "Nordvind Shipping A/S" of a
    # one-sentence text below its threshold (0.15.0's judge drops it)
    assert _proposed(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # the NER cut a province's name, and took the seat with the title's last word
            "Wyn Lloyd, Member of Parliament for Charlottetown, spoke for Prince Edward Island today.",
            [("Wyn Lloyd", "PERSON"), ("Parliament for Charlottetown", "ORG"), ("Edward Island", "GPE")],
            {"Wyn Lloyd": "PER", "Charlottetown": "LOC", "Prince Edward Island": "LOC"},
        ),
        (  # towns the NER took for bodies, written where a place is written
            "The road between Tewin and Marlow will close. Works start at Tewin in May.",
            [("Tewin", "ORG"), ("Marlow", "ORG"), ("Tewin", "ORG")],
            {"Tewin": "LOC", "Marlow": "LOC"},
        ),
        (  # a town's name sold to, bought from: the company, not the place
            "In May, Pryce Foods sold its depot to Marlow and bought vans from Marlow.",
            [("Pryce Foods", "ORG"), ("Marlow", "ORG"), ("Marlow", "ORG")],
            {"Pryce Foods": "ORG", "Marlow": "ORG"},
        ),
    ],
)
def test_a_town_where_a_place_is_written_and_a_seat(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # a table laid out with spaces: the clinic's name stops at its column
            "Centre                      Parish\nBrindle Health Centre       St. Mary\n\n"
            "Works start in St. Mary.",
            [("Brindle Health Centre       St. Mary", "ORG"), ("St. Mary", "GPE")],
            "en",
            {"Brindle Health Centre": "ORG", "St. Mary": "LOC"},
        ),
        (  # a company closed by its legal form, in the column after a town's: from the gap on
            "Site                     Operator                      Role\n"
            "Leeds, England           Harcastle Widgets Ltd.        Head office\n"
            "Harcastle Widgets Ltd. makes valves.",
            [("Leeds", "GPE"), ("England", "GPE")],
            "en",
            {"Harcastle Widgets Ltd.": "ORG", "England": "LOC", "Leeds": "LOC"},
        ),
        (  # a dateline's town in capitals, cut at its dot by the NER
            "ST. CLOUD -- The county will pay $40,000.",
            [("ST", "GPE"), ("CLOUD", "ORG")],
            "en",
            {"ST. CLOUD": "LOC"},
        ),
        (  # a legal form after a comma; two firms, each with its form, are two
            "Lawyers: Pryce Tembo & Rosati, Professional Corporation. Advisers: Quenby Partners LP and "
            "Dalby Hart LLP.",
            [
                ("Pryce Tembo & Rosati", "ORG"),
                ("Professional Corporation", "ORG"),
                ("Quenby Partners LP and Dalby Hart LLP", "ORG"),
            ],
            "en",
            {
                "Pryce Tembo & Rosati, Professional Corporation": "ORG",
                "Quenby Partners LP": "ORG",
                "Dalby Hart LLP": "ORG",
            },
        ),
        (  # a department's portfolio joined by "and" without a comma, when no body follows
            "Funding comes from the Department for Coastal Security and Net Growth this year.",
            [("the Department for Coastal Security", "ORG")],
            "en",
            {"Department for Coastal Security and Net Growth": "ORG"},
        ),
        (  # bodies the NER took for places: an authority, a court, a Québec college
            "The Harbour Reef Marine Park Authority went to the Brindle County District Court. "
            "Le Cégep de Roberval forme des infirmières.",
            [
                ("The Harbour Reef Marine Park Authority", "FAC"),
                ("Brindle County District Court", "GPE"),
                ("Cégep de Roberval", "LOC"),
            ],
            "en",
            {
                "Harbour Reef Marine Park Authority": "ORG",
                "Brindle County District Court": "ORG",
                "Cégep de Roberval": "ORG",
            },
        ),
    ],
)
def test_columns_capitals_legal_forms_and_body_kinds(
    text: str, hits: list, lang: str, expected: dict
) -> None:
    assert _found(text, hits, lang) == expected


def test_a_city_the_data_knows_is_a_place_whatever_the_ner_called_it() -> None:
    text = "Trucks take the milk to Nairobi. Our Glasgow bakery and the central depot stay open."
    hits = [("Nairobi", "NORP"), ("Glasgow", "PERSON")]
    assert _found(text, hits, "en") == {"Nairobi": "LOC", "Glasgow": "LOC"}


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a name after a title, which the NER did not see
            "ST. CLOUD -- Attorney General Wanda Okafor today announced a settlement.",
            [("ST", "GPE"), ("CLOUD", "GPE")],
            {"ST. CLOUD": "LOC", "Wanda Okafor": "PER"},
        ),
        (  # a headline's words after a title are no one
            "Premier Unveils Coastal Housing Plan For Northern Towns\n\nThe plan was unveiled today.",
            [],
            {},
        ),
        (  # a contact line's first name, which the NER left out
            "For media enquiries:\nNurul Aina Kamarudin\nTom Lister / Priya Nandakumar\n",
            [("Aina Kamarudin", "PERSON"), ("Tom Lister", "PERSON"), ("Nandakumar", "PERSON")],
            {"Nurul Aina Kamarudin": "PER", "Tom Lister": "PER", "Priya Nandakumar": "PER"},
        ),
        (  # a quote's attribution in title case is a person's name, not a headline's words
            '"We ship faster now."\n– Ada Tembo, President, Harbour Shellfish Co-operative Ltd.',
            [("Ada Tembo", "PERSON")],
            {"Ada Tembo": "PER", "Harbour Shellfish Co-operative Ltd.": "ORG"},
        ),
    ],
)
def test_people_after_titles_on_contact_lines_and_in_attributions(
    text: str, hits: list, expected: dict
) -> None:
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a French body in lower case after its kind, its domains listed
            "Le Service des routes, de la signalisation et du stationnement estime le coût à 2 M€.",
            [("Service des routes", "ORG")],
            {"Service des routes, de la signalisation et du stationnement": "ORG"},
        ),
        (  # a name the NER cut inside its domains, at an elided article
            "L'étude est conduite par la Direction de la Prévention, de l'Eau et de la Mobilité.",
            [("Direction de la Prévention, de l'", "ORG"), ("Eau et de la Mobilité", "MISC")],
            {"Direction de la Prévention, de l'Eau et de la Mobilité": "ORG"},
        ),
        (  # the Swiss federal state acting is a body
            "La Confédération finance la moitié des travaux à Sion.",
            [("Confédération", "LOC"), ("Sion", "LOC")],
            {"Confédération": "ORG", "Sion": "LOC"},
        ),
    ],
)
def test_french_bodies_by_their_kind(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "fr") == expected


def test_a_speaker_set_off_by_commas_and_an_acronym_are_no_body_and_no_person() -> None:
    text = (
        "Queensland Minister for the Reef, Mara Quinlan, said the plan would help.\n\n"
        "HCU Vice-Chancellor Professor Tom Adeyemi said the HCU nursery was ready."
    )
    hits = [("Mara Quinlan", "ORG"), ("HCU", "PERSON"), ("Tom Adeyemi", "PERSON"), ("HCU", "ORG")]
    found = _found(text, hits, "en")
    assert found["Mara Quinlan"] == "PER" and found["Tom Adeyemi"] == "PER"
    assert found.get("HCU") == "ORG" and "HCU Vice-Chancellor" not in found


def test_a_span_that_ends_inside_its_acronyms_parenthesis_is_the_name_and_its_acronym() -> None:
    text = "The Institute of Reef Science (IRS) and the council signed. IRS will lead."
    hits = [("The Institute of Reef Science (IRS", "ORG"), ("IRS", "ORG")]
    entities = {e.name: e for e in _entities(text, hits)}
    assert set(entities) == {"Institute of Reef Science"} or set(entities) == {"IRS"}
    (entity,) = entities.values()
    assert entity.type == "ORG" and {m.text for m in entity.mentions} == {"Institute of Reef Science", "IRS"}


def test_a_span_that_ends_inside_a_short_name_s_parenthesis() -> None:
    text = "A loan from the Coastal Export-Import Bank (Coastexbank) funds the mills."
    hits = [("the Coastal Export-Import Bank (Coastexbank", "ORG")]
    (entity,) = _entities(text, hits)
    assert entity.type == "ORG" and {m.text for m in entity.mentions} == {
        "Coastal Export-Import Bank",
        "Coastexbank",
    }


def _entities(text: str, hits: list[tuple[str, str]]) -> list:
    return find_entities(text, "en", FakeNer(hits))


def test_the_headers_of_a_table_laid_out_with_blanks_are_no_names() -> None:
    text = (
        "Répartition du financement\n\nPartenaire                      Montant\n"
        "Ville de Roberval               8 200 000 $\nFondation Lac-Bleu              750 000 $\n"
    )
    hits = [
        ("Partenaire", "LOC"),
        ("Montant", "LOC"),
        ("Ville de Roberval", "ORG"),
        ("Fondation Lac-Bleu", "ORG"),
    ]
    assert _found(text, hits) == {"Ville de Roberval": "ORG", "Fondation Lac-Bleu": "ORG"}


def test_post_nominals_two_contacts_on_a_line_and_a_listings_codes_are_no_part_of_names() -> None:
    text = (
        "Media statement\n\nHon. Priya Marsh BA MLA\nMinister for Ports\n\nThe minister met the "
        "geologist Ana Ruiz P.Geo. on site. The board will meet in Hobart.\n\nJSE share code: MFH\n"
        "ISIN: ZAE000123456\n\nContacts\nTom Ashby / Priya Shah\n"
    )
    hits = [
        ("Marsh BA MLA", "PERSON"),
        ("Ana Ruiz P.Geo", "PERSON"),
        ("Hobart", "GPE"),
        ("MFH", "ORG"),
        ("ISIN", "ORG"),
        ("Tom Ashby / Priya Shah", "PERSON"),
    ]
    assert _found(text, hits, "en") == {
        "Priya Marsh": "PER",
        "Ana Ruiz": "PER",
        "Hobart": "LOC",
        "Tom Ashby": "PER",
        "Priya Shah": "PER",
    }


def test_a_local_government_of_a_town_stays_whole_and_its_kind_alone_is_no_name() -> None:
    text = (
        "Works will be carried out by the Shire of Kalbarri under a separate agreement with the port.\n\n"
        "The Shire will keep pressing for local contracts, and the Shire of Kalbarri will report in May."
    )
    hits = [("the Shire of Kalbarri", "ORG"), ("Shire", "ORG"), ("Shire of Kalbarri", "ORG")]
    assert _found(text, hits, "en") == {"Shire of Kalbarri": "ORG"}


def test_directors_by_initials_a_person_by_the_letters_after_the_name_and_a_title_s_tail() -> None:
    text = (
        "Directors: P.K. Ndlovu* (Chair), J.C. van der Berg (Chief Executive), L. Moyo*\n\n"
        "For further information:\nKeiran Lott FCA, Finance Director\n\n"
        "Deputy Secretary for Rail Freight Marisa T. Okafor said the line reopens in May, as did "
        "the bank's clerk in a letter to the U.S. Steel board."
    )
    hits = [("Rail Freight Marisa T. Okafor", "ORG")]
    assert _found(text, hits, "en") == {
        "P.K. Ndlovu": "PER",
        "J.C. van der Berg": "PER",
        "L. Moyo": "PER",
        "Keiran Lott": "PER",
        "Marisa T. Okafor": "PER",
    }
    # "M." before a name is French's Monsieur, no initial
    french = "En présence de M. Paul Garnier, de M. Luc Moreau et de Mme Anne Roux."
    assert _found(french, [], "fr") == {"Paul Garnier": "PER", "Luc Moreau": "PER", "Anne Roux": "PER"}


def test_an_address_s_parts_a_country_listed_with_a_company_and_an_area_of_a_region() -> None:
    text = (
        "Regd. Office: 4th Floor, Sagar Bhavan, Marine Point, Mumbai - 400 021\n\n"
        "Harlow Homes plc, the UK's largest maker of timber frames, opens a plant in the East "
        "Riding of Yorkshire. All amounts are in Canadian dollars."
    )
    hits = [
        ("Sagar Bhavan", "PERSON"),
        ("Marine Point", "PERSON"),
        ("Mumbai", "GPE"),
        ("Harlow Homes plc", "ORG"),
        ("UK", "GPE"),
        ("the East Riding", "LOC"),
        ("Yorkshire", "PERSON"),
        ("Canadian", "NORP"),
    ]
    assert _found(text, hits, "en") == {
        "Sagar Bhavan": "LOC",
        "Marine Point": "LOC",
        "Mumbai": "LOC",
        "Harlow Homes plc": "ORG",
        "UK": "LOC",
        "East Riding of Yorkshire": "LOC",
    }


def test_people_with_a_middle_initial_or_a_particle_the_ner_cut_and_french_monsieur() -> None:
    text = (
        "The plan was welcomed by Darnell B. Okoro, a parent, and by Jan-Willem van der Laan of the bank "
        "at its AGM in the Harbourview Hotel, with members from the Netherlands. The Board agreed.\n\n"
        "Le projet, selon M. Vasseur, avance."
    )
    hits = [
        ("Okoro", "PERSON"),
        ("Jan-Willem van", "PERSON"),
        ("AGM", "ORG"),
        ("Harbourview Hotel", "ORG"),
        ("the Netherlands", "GPE"),
        ("Board", "ORG"),
        ("Vasseur", "PERSON"),
    ]
    assert _found(text, hits, "en") == {
        "Darnell B. Okoro": "PER",
        "Jan-Willem van der Laan": "PER",
        "Harbourview Hotel": "LOC",
        "Netherlands": "LOC",
    }  # a surname alone is no entity; "Selon M. Vasseur" is none either


def test_a_government_named_in_a_header_an_exchange_by_its_city_and_a_country_in_a_legal_name() -> None:
    text = (
        "Government of Nova Scotia\nNews Releases\n\nThe shares trade on Euronext Dublin, and Tamu Bank "
        "(Uganda) Limited joins the group."
    )
    hits = [("Euronext Dublin", "PERSON"), ("Tamu Bank", "ORG"), ("Uganda", "GPE")]
    assert _found(text, hits, "en") == {
        "Government of Nova Scotia": "ORG",
        "Euronext Dublin": "ORG",
        "Tamu Bank (Uganda) Limited": "ORG",
    }


def test_a_person_after_a_title_inside_a_body_s_span_a_member_by_her_seat_and_a_town_one_comes_from() -> None:
    text = (
        "The stopbank plan was approved on Monday.\n\n"
        "Regional Council Chair Mereana Tūhoro-Kahu thanked residents for their patience.\n\n"
        "Priya Sandhu-Laurent, MLA for Bedford South, said the school was overdue.\n\n"
        "Derek Holloway, 78, from Nailsworth, was among the first patients seen at the new unit."
    )
    hits = [
        ("Regional Council Chair Mereana Tūhoro-Kahu", "ORG"),
        ("Sandhu-Laurent", "ORG"),
        ("Derek Holloway", "PERSON"),
        ("Nailsworth", "ORG"),
    ]
    found = _found(text, hits, "en")
    assert found["Mereana Tūhoro-Kahu"] == "PER"
    assert found["Priya Sandhu-Laurent"] == "PER"
    assert found["Nailsworth"] == "LOC"
    assert "Regional Council Chair Mereana Tūhoro-Kahu" not in found


def test_a_french_name_the_ner_cut_runs_to_the_acronym_it_spells_and_ports_by_their_town() -> None:
    text = (
        "Le réseau reçoit 6,8 M$ du Conseil de recherches en sciences naturelles et en génie du Canada "
        "(CRSNG) et l'appui de l'Université du Québec à Trois-Rivières (UQTR).\n\n"
    )
    hits = [("Conseil de recherches en sciences naturelles", "ORG"), ("Université du Québec", "ORG")]
    assert _found(text, hits, "fr") == {
        "Conseil de recherches en sciences naturelles et en génie du Canada": "ORG",
        "Université du Québec à Trois-Rivières": "ORG",
    }
    english = "Fruit left through the Port of Durban and the Port of Cape Town Shiploader on time."
    assert _found(english, [], "en") == {"Port of Durban": "LOC", "Port of Cape Town": "LOC"}


def test_a_state_s_forces_and_courts_are_bodies() -> None:
    text = "Les relevés sont transmis à la Garde côtière canadienne et à la Cour supérieure."
    hits = [("Garde côtière canadienne", "LOC"), ("Cour supérieure", "LOC")]
    assert _found(text, hits, "fr") == {"Garde côtière canadienne": "ORG", "Cour supérieure": "ORG"}


def test_a_title_with_its_rank_a_people_in_a_list_a_land_s_country_and_page_furniture() -> None:
    text = (
        "Newsroom\n\nThe deal was advised by Harrow Stanfield LLP, acting as Canadian and U.S. legal "
        "counsel. "
        "The centre sits on Larrakia Country, and the Traditional Owners welcomed it.\n\n"
        "For further information: Priya Deshmane-Lowe, Vice President, Investor Relations"
    )
    hits = [
        ("Newsroom", "ORG"),
        ("Harrow Stanfield LLP", "ORG"),
        ("Canadian", "NORP"),
        ("U.S.", "GPE"),
        ("Larrakia Country", "ORG"),
        ("Traditional Owners", "ORG"),
        ("Priya Deshmane-Lowe", "ORG"),
    ]
    assert _found(text, hits, "en") == {
        "Harrow Stanfield LLP": "ORG",
        "U.S.": "LOC",  # a country's initials before a noun, as the guide's annotators mark them
        "Larrakia Country": "LOC",
        "Priya Deshmane-Lowe": "PER",
    }


def test_a_swiss_town_s_executive_is_a_body() -> None:
    text = "La Municipalité de Lausanne demande un crédit. La Municipalité rappelle que le projet avance."
    hits = [("Municipalité de Lausanne", "LOC"), ("Municipalité", "LOC")]
    assert _found(text, hits, "fr") == {"Municipalité de Lausanne": "ORG"}


def test_an_english_body_s_name_goes_on_with_what_it_is_for() -> None:
    text = (
        "The Lakeshore Office of the Chief Coroner and the Northern Development Agency for Rural "
        "Manitoba signed a protocol. The agency for the region will report."
    )
    hits = [("Lakeshore Office", "ORG"), ("Northern Development Agency", "ORG")]
    assert _found(text, hits, "en") == {
        "Lakeshore Office of the Chief Coroner": "ORG",
        "Northern Development Agency for Rural Manitoba": "ORG",
    }


def test_a_place_the_ner_took_for_a_person_where_the_text_writes_a_place() -> None:
    text = (
        "Crews surveyed the canal between Ashby and Tarrow, and new homes went up at Pelham, Dunmow and "
        "Harpley. Oliver Kelby chaired the board; the vote split between Kelby and the mayor."
    )
    hits = [
        ("Ashby", "PER"),
        ("Tarrow", "PER"),
        ("Pelham", "LOC"),
        ("Dunmow", "PER"),
        ("Harpley", "PER"),
        ("Oliver Kelby", "PER"),
        ("Kelby", "PER"),
    ]
    assert _found(text, hits, "en") == {
        "Ashby": "LOC",
        "Tarrow": "LOC",
        "Pelham": "LOC",
        "Dunmow": "LOC",
        "Harpley": "LOC",
        "Oliver Kelby": "PER",  # and "between Kelby and the mayor" is the man, named by his surname
    }


def test_rivers_lakes_and_mountains_by_their_kind() -> None:
    text = "Samples from the River Wenning and Loch Arkaig were compared; the river Wenning was clearer."
    assert _found(text, [("Wenning", "PER")], "en") == {"River Wenning": "LOC", "Loch Arkaig": "LOC"}


def test_a_headline_s_verb_is_cut_from_the_name_the_ner_ran_into_it() -> None:
    text = (
        "Corvalis Robotics Partners With Regional Hospitals and Mayor Dunmore Opens New Depot Today\n\n"
        "Corvalis Robotics Ltd. said the hospitals partnered with it last year. Mayor Alan Dunmore "
        "opened the depot on Monday.\n\nHarbour Partners was not involved."
    )
    hits = [
        ("Corvalis Robotics Partners", "PER"),
        ("Dunmore Opens", "ORG"),
        ("Corvalis Robotics Ltd.", "ORG"),
        ("Alan Dunmore", "PER"),
        ("Harbour Partners", "ORG"),
    ]
    found = _found(text, hits, "en")
    assert found["Corvalis Robotics Ltd."] == "ORG"  # the headline's "Corvalis Robotics" is the company
    assert found["Alan Dunmore"] == "PER"  # "Dunmore" in the headline is his surname, no body
    assert "Dunmore Opens" not in found and "Corvalis Robotics Partners" not in found
    assert found["Harbour Partners"] == "ORG"  # not in a headline: a name that ends in a plural stays


def test_a_header_s_body_ending_in_a_plural_the_lead_writes_again_keeps_its_last_word() -> None:
    """ "Services" ends the body's name: the lead writes the same whole name again, and "services"
    in lower case; it is no verb run into the name."""
    text = (
        "NEWS RELEASE\n\nTarrow County Department of Health and Human Services\n12 Mill St., Orland\n\n"
        "The Tarrow County Department of Health and Human Services today funded rural ambulance "
        "services in four towns."
    )
    name = "Tarrow County Department of Health and Human Services"
    found = find_entities(text, "en", FakeNer([(name, "ORG"), (name, "ORG")]), RULES_ALONE)
    [body] = [e for e in found if "Tarrow County Department" in e.name]
    assert body.name == name and [m.text for m in body.mentions] == [name, name]


def test_a_person_after_a_job_and_a_generation_after_a_name() -> None:
    text = (
        "The case was handled by agency investigator Tomas Ruelle, and Henry P. Caldwell Jr. signed "
        "the gift. Harbour Agency investigators met on Monday."
    )
    hits = [("Tomas Ruelle", "ORG"), ("Henry P. Caldwell", "PER"), ("Harbour Agency", "ORG")]
    assert _found(text, hits, "en") == {
        "Tomas Ruelle": "PER",
        "Henry P. Caldwell Jr.": "PER",
        "Harbour Agency": "ORG",
    }


def test_organs_of_a_body_and_page_furniture_are_no_names() -> None:
    text = (
        "EMBARGOED\n\nThe Finance Committee approved the plan of the International Olympic Committee. "
        "La présidente du Comité de direction du SPF Mobilité a signé.\n\nNNNN"
    )
    hits = [
        ("EMBARGOED", "LOC"),
        ("The Finance Committee", "ORG"),
        ("International Olympic Committee", "ORG"),
        ("Comité", "ORG"),
        ("NNNN", "ORG"),
    ]
    assert _found(text, hits, "en") == {"International Olympic Committee": "ORG", "SPF Mobilité": "ORG"}


def test_sites_named_after_their_town_and_a_prefecture_acting() -> None:
    text = (
        "Les travaux de l'aéroport de Saint-Pierre commencent. La Préfecture de la Creuse finance le "
        "projet ; les plans sont à la maison communale d'Aywaille.\n\nService presse de la Région Grand Est"
    )
    hits = [("Saint-Pierre", "LOC"), ("Préfecture de la Creuse", "LOC"), ("Aywaille", "LOC")]
    hits.append(("Service presse de la Région Grand Est", "ORG"))
    assert _found(text, hits, "fr") == {
        "aéroport de Saint-Pierre": "LOC",
        "Préfecture de la Creuse": "ORG",
        "maison communale d'Aywaille": "LOC",
        "Région Grand Est": "ORG",  # its press office is no name of its own
    }


def test_a_council_before_its_mayor_s_title_and_a_seat_before_its_member_s_letters() -> None:
    text = (
        "Tarrow City Council Mayor Ilse Brandt and Kenmare Ports Authority Chair Rua Tane met on Monday. "
        "Comments attributed to Geraldton MLA Tessa Quayle follow; Opposition MP Dov Harker agreed."
    )
    hits = [("Tarrow City Council", "ORG"), ("Ilse Brandt", "PER"), ("Kenmare Ports Authority", "ORG")]
    hits += [("Rua Tane", "PER"), ("Geraldton MLA Tessa Quayle", "PER"), ("Opposition MP Dov Harker", "PER")]
    assert _found(text, hits, "en") == {
        "Tarrow City Council": "ORG",  # the council, not a title's town
        "Ilse Brandt": "PER",
        "Kenmare Ports Authority": "ORG",
        "Rua Tane": "PER",
        "Geraldton": "LOC",  # the member's seat
        "Tessa Quayle": "PER",
        "Dov Harker": "PER",  # "Opposition" is no seat
    }


def test_names_joined_by_a_dash_are_one_name_a_route_s_two_towns_are_not() -> None:
    text = (
        "La députée de Kamloops—Thompson—Nicola, Mme Léa Roy, était dans l'arrondissement de "
        "Verdun–Île-des-Sœurs avec la MRC du Saguenay–Lac-Saint-Jean. La liaison Sion–Sierre rouvre. "
        "Le prix Lyon — Paris est décerné."
    )
    hits = [("Kamloops", "LOC"), ("Nicola", "PER"), ("Léa Roy", "PER"), ("Île-des-Sœurs", "LOC")]
    hits += [("MRC", "ORG"), ("Saguenay", "LOC"), ("Lac-Saint-Jean", "LOC"), ("Sion", "LOC")]
    hits += [("Sierre", "LOC"), ("Lyon", "LOC"), ("Paris", "LOC")]
    assert _found(text, hits, "fr") == {
        "Kamloops—Thompson—Nicola": "LOC",  # a riding named by its towns
        "Léa Roy": "PER",
        "Verdun–Île-des-Sœurs": "LOC",  # a borough
        "MRC du Saguenay–Lac-Saint-Jean": "ORG",
        "Sion": "LOC",  # a route between two towns
        "Sierre": "LOC",
        "Lyon": "LOC",  # a dash set between blanks parts two names
        "Paris": "LOC",
    }


def test_a_name_the_ner_cut_at_its_et_is_whole_where_its_acronym_spells_it() -> None:
    text = (
        "Le fonds investit dans la Communauté Économique et Monétaire de l'Afrique Centrale (CEMAC) et "
        "dans l'Union Économique et Monétaire Ouest Africaine (UEMOA) depuis Lomé."
    )
    hits = [("Communauté Économique", "ORG"), ("Monétaire de l'Afrique Centrale", "ORG"), ("CEMAC", "ORG")]
    hits += [
        ("Union Économique", "ORG"),
        ("Monétaire Ouest Africaine", "LOC"),
        ("UEMOA", "ORG"),
        ("Lomé", "LOC"),
    ]
    entities = {e.name: (e.type, e.aliases) for e in find_entities(text, "fr", FakeNer(hits), RULES_ALONE)}
    assert entities == {
        "Communauté Économique et Monétaire de l'Afrique Centrale": ("ORG", ["CEMAC"]),
        "Union Économique et Monétaire Ouest Africaine": ("ORG", ["UEMOA"]),
        "Lomé": ("LOC", []),
    }


def test_a_group_s_name_alone_is_the_group_not_each_subsidiary_named_after_it() -> None:
    text = (
        "Sion, le 2 mars 2027 – Valdorne SA publie ses comptes. Valdorne a vendu plus. Au Canada, la "
        "filiale Valdorne Optics Inc. a grandi; en Autriche, Valdorne Mechanik GmbH aussi. Les assemblées "
        "générales ont voté, dont l'Assemblée Générale Extraordinaire du 2 février."
    )
    hits = [("Sion", "LOC"), ("Valdorne SA", "ORG"), ("Valdorne", "ORG"), ("Canada", "LOC")]
    hits += [("Valdorne Optics Inc.", "ORG"), ("Autriche", "LOC"), ("Valdorne Mechanik GmbH", "ORG")]
    hits += [("Assemblée Générale Extraordinaire", "ORG")]
    entities = {e.name: e.aliases for e in find_entities(text, "fr", FakeNer(hits), RULES_ALONE)}
    assert entities == {
        "Sion": [],
        "Valdorne SA": ["Valdorne"],
        "Canada": [],
        "Valdorne Optics Inc.": [],
        "Autriche": [],
        "Valdorne Mechanik GmbH": [],
    }  # and a shareholders' meeting is no body


def test_a_firm_of_founders_and_partners_and_a_title_of_nobility() -> None:
    text = (
        "Les réviseurs sont Tazi Expertise & Associés. Dewulf & Partners Bedrijfsrevisoren BV a signé "
        "sous la présidence du Baron Henri de Lanchy."
    )
    hits = [
        ("Tazi Expertise", "PER"),
        ("Partners Bedrijfsrevisoren BV", "ORG"),
        ("Baron Henri de Lanchy", "PER"),
    ]
    assert _found(text, hits, "fr") == {
        "Tazi Expertise & Associés": "ORG",
        "Dewulf & Partners Bedrijfsrevisoren BV": "ORG",
        "Henri de Lanchy": "PER",
    }


def test_a_campus_after_its_university_s_dash_and_a_road_s_two_ends() -> None:
    text = "Works on the Kelso Road–Amberley link began, led by the University of Tarnwick–Ebbsfield."
    hits = [("Kelso Road–Amberley", "ORG"), ("University of Tarnwick", "ORG")]
    names = set(_found(text, hits, "en"))
    assert "University of Tarnwick–Ebbsfield" in names  # the campus is the university's name
    assert "Kelso Road–Amberley" not in names and "Kelso Road" in names  # a link between two ends


def test_a_seat_s_letters_at_the_end_of_a_name_leave_the_seat() -> None:
    text = "The works were welcomed by Kerry TD and by Galway TD Aoife Nolan on Friday."
    hits = [("Kerry TD", "PER"), ("Galway TD Aoife Nolan", "PER")]
    assert _found(text, hits, "en") == {"Kerry": "LOC", "Galway": "LOC", "Aoife Nolan": "PER"}


def test_a_ministry_s_last_domain_keeps_its_complement_in_lower_case() -> None:
    text = (
        "La convention lie le ministère de la Ville et de l'Aménagement du territoire à la commune de "
        "Tulle. Le Ministère du Commerce, de l'Artisanat et de la Promotion des exportations la "
        "finance, avec le ministère de la Culture et des Sports du gouvernement et le ministère de la "
        "Santé et des Solidarités des petites communes."
    )
    hits = [("ministère de la Ville", "ORG"), ("Aménagement", "LOC"), ("Tulle", "LOC")]
    hits += [("Ministère du Commerce", "ORG"), ("Artisanat", "ORG"), ("ministère de la Culture", "ORG")]
    hits += [("ministère de la Santé", "ORG")]
    assert _found(text, hits, "fr") == {
        "ministère de la Ville et de l'Aménagement du territoire": "ORG",
        "Tulle": "LOC",
        "Ministère du Commerce, de l'Artisanat et de la Promotion des exportations": "ORG",
        "ministère de la Culture et des Sports": "ORG",  # the government is no part of its name
        "ministère de la Santé et des Solidarités": "ORG",  # nor a noun after an adjective
    }


def test_a_ministry_s_portfolio_ends_with_its_adjective() -> None:
    text = "Le Ministère de la Santé et des Affaires sociales publie son rapport."
    hits = [("Ministère de la Santé et des", "ORG"), ("Affaires", "MISC")]
    assert _found(text, hits, "fr") == {"Ministère de la Santé et des Affaires sociales": "ORG"}


def test_a_region_and_its_country_a_manager_of_a_company_and_memberships() -> None:
    text = (
        "The Kobra gold project lies in the Volta Region of Ghana. Dr Ama Boateng, MSc, FAusIMM, FGS, "
        "Exploration Manager of Kobra Mining Limited, approved this announcement."
    )
    hits = [("the Volta Region", "LOC"), ("Ghana", "GPE"), ("Ama Boateng", "PER"), ("FGS", "ORG")]
    assert _found(text, hits, "en") == {
        "Volta Region": "LOC",
        "Ghana": "LOC",
        "Ama Boateng": "PER",
        "Kobra Mining Limited": "ORG",
    }


def test_a_province_before_a_title_and_a_contact_s_name_above_hers() -> None:
    text = (
        "Gauteng MEC for Transport, Ms Lindiwe Z. Mokoena, welcomed the plan.\n\n"
        "Media enquiries:\nNomsa Dlamini-Peters\nSpokesperson to the Executive Mayor\nCell: 082 555 0100"
    )
    hits = [("Gauteng MEC", "PER"), ("Lindiwe Z. Mokoena", "PER"), ("Nomsa Dlamini-Peters", "ORG")]
    assert _found(text, hits, "en") == {
        "Gauteng": "LOC",
        "Lindiwe Z. Mokoena": "PER",
        "Nomsa Dlamini-Peters": "PER",
    }


def test_suburbs_the_ner_took_for_people_and_forms_of_address() -> None:
    text = (
        "New wells will serve homes in Jurong West, Bukit Batok and Choa Chu Kang, said Mdm Nur Hidayah "
        "binte Rahmat. Mallam Sani Bello agreed."
    )
    hits = [
        ("Jurong West", "PER"),
        ("Bukit Batok", "PER"),
        ("Choa Chu Kang", "PER"),
        ("Mdm Nur Hidayah", "PER"),
        ("Rahmat", "PER"),
        ("Mallam Sani Bello", "PER"),
    ]
    found = _found(text, hits, "en")
    assert {n: t for n, t in found.items() if t == "LOC"} == {
        "Jurong West": "LOC",
        "Bukit Batok": "LOC",
        "Choa Chu Kang": "LOC",
    }
    assert found.get("Sani Bello") == "PER"


def test_a_member_and_her_seat_a_portfolio_list_and_areas_by_their_kind() -> None:
    text = (
        "The Department of Transport, Tourism and Sport welcomed the plan. The Minister of State with "
        "responsibility for Sport, Ciarán Ó Dálaigh TD, opened it. Aoife Ní Mhurchú TD attended. Work "
        "starts in the Oyun Local Government Area and along the Clearwater River."
    )
    hits = [
        ("Department of Transport, Tourism", "ORG"),
        ("Sport", "ORG"),
        ("Sport", "ORG"),
        ("Ciarán Ó Dálaigh TD", "PER"),
        ("Aoife Ní Mhurchú TD", "ORG"),
        ("the Oyun Local Government Area", "ORG"),
        ("the Clearwater River", "ORG"),
    ]
    assert _found(text, hits, "en") == {
        "Department of Transport, Tourism and Sport": "ORG",
        "Ciarán Ó Dálaigh": "PER",
        "Aoife Ní Mhurchú": "PER",
        "Oyun Local Government Area": "LOC",
        "Clearwater River": "LOC",
    }


def test_a_site_s_kind_on_the_line_above_is_no_part_of_the_next_line_s_name() -> None:
    text = "Direction départementale des territoires et de la mer\n\nBordeaux, le 16 juillet 2026\n\nIl agit."
    assert _found(text, [("Bordeaux", "LOC")], "fr") == {"Bordeaux": "LOC"}
    wrapped = "Les projets de l'autoroute\nVerdun avancent."  # a line wrapped inside a paragraph
    assert _found(wrapped, [("Verdun", "LOC")], "fr") == {"autoroute\nVerdun": "LOC"}


def test_numbered_english_roads_storms_and_a_place_the_ner_took_for_a_title() -> None:
    text = (
        "Repairs on State Highway 35 and Interstate 84 follow Cyclone Tamsin, which cut roads in "
        "northern Hawke's Bay."
    )
    hits = [("State Highway", "ORG"), ("Cyclone Tamsin", "PERSON"), ("Hawke's Bay", "WORK_OF_ART")]
    assert _found(text, hits, "en") == {
        "State Highway 35": "LOC",
        "Interstate 84": "LOC",
        "Hawke's Bay": "LOC",
    }


def test_routes_and_county_roads_by_their_kind_and_a_bare_route_as_the_one_it_repeats() -> None:
    text = (
        "Crews will resurface U.S. Route 7 and NY Route 22, then County Road K12. "
        "Route 22 stays open at night."
    )
    entities = {e.name: (e.type, e.aliases) for e in find_entities(text, "en", FakeNer([]))}
    assert entities == {
        "U.S. Route 7": ("LOC", []),
        "NY Route 22": ("LOC", ["Route 22"]),
        "County Road K12": ("LOC", []),
    }


def test_a_road_named_for_the_towns_it_joins_and_a_registrar_is_a_title() -> None:
    text = (
        "The campus lies along the Akure–Ondo Expressway, and trucks use the Mumbai-Pune Expressway.\n"
        "Signed\nDeputy Registrar\nFor: Registrar\n"
    )
    hits = [("Akure", "GPE"), ("Mumbai", "GPE"), ("Registrar", "ORG")]
    assert _found(text, hits, "en") == {"Akure–Ondo Expressway": "LOC", "Mumbai-Pune Expressway": "LOC"}


def test_two_syllable_given_names_after_a_family_name() -> None:
    text = "For media queries, please contact Ms Grace Tan Mei Ling or Mr Daniel Ong Wei."
    hits = [("Grace Tan Mei", "PERSON"), ("Daniel Ong Wei", "PERSON")]
    assert _found(text, hits, "en") == {"Grace Tan Mei Ling": "PER", "Daniel Ong Wei": "PER"}


def test_a_site_de_is_its_town_and_a_neighbourhood_centre_is_a_venue() -> None:
    text = "Le site de Besançon emploie 120 personnes."
    assert _found(text, [("Besançon", "LOC")], "fr") == {"Besançon": "LOC"}
    venue = "Cooling will be offered at the Ridgeway Neighborhood Center from June."
    assert _found(venue, [("the Ridgeway Neighborhood Center", "ORG")], "en") == {
        "Ridgeway Neighborhood Center": "LOC"
    }


def test_a_company_with_its_seat_in_brackets_and_one_with_co() -> None:
    text = (
        "The land goes to Qiantang Harbour (Ningbo) Cold Chain Co., Ltd. and to Lakeside Rural "
        "Telephone Co., Dane and Iowa counties."
    )
    hits = [("Cold Chain Co., Ltd.", "ORG"), ("Lakeside Rural Telephone Co.", "ORG"), ("Dane", "GPE")]
    hits.append(("Iowa", "GPE"))
    found = _found(text, hits, "en")
    assert found["Qiantang Harbour (Ningbo) Cold Chain Co., Ltd."] == "ORG"
    assert found["Lakeside Rural Telephone Co."] == "ORG"  # not a place for being listed with counties


def test_a_lake_inside_a_longer_name_wards_and_two_listed_places_run_together() -> None:
    text = (
        "The Kinosao Lake Cree Nation signed with the Northern College of Manitoba in The Pas this "
        "spring. Councillors for East Ward met. Grants reach Florence, Marinette and Oconto."
    )
    hits = [
        ("Northern College of Manitoba in The Pas this spring", "ORG"),
        ("East Ward", "ORG"),
        ("Florence, Marinette", "ORG"),
        ("Oconto", "GPE"),
    ]
    found = _found(text, hits, "en")
    assert "Lake Cree" not in found
    assert found["Northern College of Manitoba"] == "ORG" and found["East Ward"] == "LOC"
    assert found["Florence"] == found["Marinette"] == "LOC"


def test_a_councillor_s_ward_in_brackets_is_a_place_her_party_is_not() -> None:
    text = (
        "Cllr Jo Pascoe (Liberal Democrat, Bodmin St Petroc) and Councillor Ian Rowe (Pendeen and "
        "Morvah) backed the plan."
    )
    hits = [("Jo Pascoe", "PER"), ("Ian Rowe", "PER"), ("Pendeen", "PER")]
    assert _found(text, hits, "en") == {
        "Jo Pascoe": "PER",
        "Bodmin St Petroc": "LOC",
        "Ian Rowe": "PER",
        "Pendeen and Morvah": "LOC",
    }


def test_a_place_before_a_title_a_super_typhoon_and_a_building() -> None:
    text = "Leyte Governor Ana Reyes met families hit by Super Typhoon Odette at the Ross Building."
    hits = [("Leyte Governor", "PERSON"), ("Ana Reyes", "PERSON"), ("Super Typhoon Odette", "ORG")]
    hits.append(("the Ross Building", "ORG"))
    assert _found(text, hits, "en") == {"Leyte": "LOC", "Ana Reyes": "PER", "Ross Building": "LOC"}


def test_a_gulf_or_a_bay_by_its_kind() -> None:
    text = "The cable runs from the Gulf of Mexico to Texas; the Bay of Plenty Regional Council agreed."
    hits = [("Gulf", "LOC"), ("Texas", "GPE"), ("the Bay of Plenty Regional Council", "ORG")]
    assert _found(text, hits, "en") == {
        "Gulf of Mexico": "LOC",
        "Texas": "LOC",
        "Bay of Plenty Regional Council": "ORG",
    }


def test_a_contact_s_name_before_her_field_and_role() -> None:
    text = (
        "For more information contact:\nAroha Pene | Communications Advisor, Tasman District Council\n"
        "Media: Owen Black, Media Relations Manager, Harlow Trust\n"
        "Investors: Acme Holdings, Investor Relations"
    )
    hits = [("Aroha Pene", "ORG"), ("Tasman District Council", "ORG"), ("Owen Black", "ORG")]
    hits += [("Harlow Trust", "ORG"), ("Acme Holdings", "ORG")]
    assert _found(text, hits, "en") == {
        "Aroha Pene": "PER",
        "Tasman District Council": "ORG",
        "Owen Black": "PER",
        "Harlow Trust": "ORG",
        "Acme Holdings": "ORG",  # a field without a role after it names no person's job
    }


def test_a_header_s_release_date_label_is_no_name() -> None:
    text = "Release Date: 03/03/2026 07:05:00\nCode(s): KRT\n\nKaroo Freight Limited reports its results."
    hits = [("Release Date:", "ORG"), ("Karoo Freight Limited", "ORG")]
    assert _found(text, hits, "en") == {"Karoo Freight Limited": "ORG"}


def test_a_people_a_form_of_address_and_a_council_s_building_are_no_bodies() -> None:
    text = (
        "« Les Martiniquais et les Guyanéens attendent ces travaux », a dit Son Excellence M. Paul Ndiaye "
        "à l'Hôtel du Département."
    )
    hits = [("Martiniquais", "LOC"), ("Guyanéens", "LOC"), ("Son Excellence", "LOC"), ("Paul Ndiaye", "PER")]
    hits.append(("Hôtel du Département", "ORG"))
    assert _found(text, hits, "fr") == {"Paul Ndiaye": "PER", "Hôtel du Département": "LOC"}


def test_bodies_and_sites_named_with_their_kind_that_the_ner_never_proposed() -> None:
    text = (
        "The grants are:\n\n - Penwarren Combined Authority: £9.8 million\n"
        " - Kestle County Council: £5.1 million\n"
        " - Trevose Community Hall: £0.4 million\n\nThe Town Council thanked the Head of Communications. "
        "Corporate Communications will publish Thursday's Council papers under a safe harbour notice "
        "(Safe Harbour).\n\nON BEHALF OF THE BOARD"
    )
    assert _found(text, [], "en") == {
        "Penwarren Combined Authority": "ORG",
        "Kestle County Council": "ORG",
        "Trevose Community Hall": "LOC",
    }


def test_public_bodies_and_places_named_by_a_kind_the_ner_never_proposed() -> None:
    # the kinds a municipality's, a department's, a court's or a police force's name ends with, and
    # a place's landform; the words before them hold a name's own word ("the finance department", in lower
    # case, and "Head Office", a kind left out, stay no names)
    text = (
        "Allocations:\n - Kellowan Regional Municipality: $8.4 million\n"
        " - Ardcastle County Roads Department: $2.2 million\n\n"
        "The case was heard at Tressick Magistrates Court. Borrowdale Municipal Police and the "
        "finance department at Head Office welcomed it. Trials run on the Mellander Plains, on "
        "Quarrick Island and up Corran Hill."
    )
    assert _found(text, [], "en") == {
        "Kellowan Regional Municipality": "ORG",
        "Ardcastle County Roads Department": "ORG",
        "Tressick Magistrates Court": "ORG",
        "Borrowdale Municipal Police": "ORG",
        "Mellander Plains": "LOC",
        "Quarrick Island": "LOC",
        "Corran Hill": "LOC",
    }


def test_a_name_the_english_ner_opened_one_word_late_gets_its_first_word_back() -> None:
    # the small English model often starts a name a word late; the word before is the name's when
    # it is a given name or no dictionary holds it, never a title, an ordinary word or a participle
    text = (
        "Lawyers were Pemby Lane LLP. Brennock Tallis & Co. is serving as financial adviser. The "
        "Tarvock Valleys Heritage Choir sang. Minister Tessa Marlowe-Quin opened Coastal Rennick "
        "Works, and the Leeds-based Halvard Group built it."
    )
    hits = [
        ("Tallis & Co.", "ORG"),
        ("Valleys Heritage Choir", "ORG"),
        ("Tessa Marlowe-Quin", "PERSON"),
        ("Rennick Works", "ORG"),
        ("Halvard Group", "ORG"),
    ]
    proposed = _proposed(text, hits)
    assert {name: kind for name, kind in proposed.items() if name not in ("Leeds", "Pemby Lane LLP")} == {
        "Brennock Tallis & Co.": "ORG",
        "Tarvock Valleys Heritage Choir": "ORG",
        "Tessa Marlowe-Quin": "PER",
        "Rennick Works": "ORG",
        "Halvard Group": "ORG",
    }


def test_a_town_written_with_its_state_or_county() -> None:
    text = "Clinics in Riverton, Wyo. and Kitchener, Ontario join. Tralee, Co. Kerry: €1.2m for the library."
    found = _found(text, [("Tralee, Co. Kerry", "ORG")], "en")
    assert {
        k: found.get(k) for k in ("Riverton", "Kitchener", "Ontario", "Tralee", "Kerry")
    } == dict.fromkeys(("Riverton", "Kitchener", "Ontario", "Tralee", "Kerry"), "LOC")


def test_a_person_the_ner_missed_after_her_title_or_above_it() -> None:
    text = (
        "Chair Hinemoa Tautahi-Reid said the year was hard. Chief Executive Officer said nothing.\n\n"
        "For further information:\nAroha Ngata-Bell\nChief Financial Officer, Kawakawa Freight Limited\n"
    )
    found = _found(text, [("Kawakawa Freight Limited", "ORG")], "en")
    assert found == {
        "Hinemoa Tautahi-Reid": "PER",
        "Aroha Ngata-Bell": "PER",
        "Kawakawa Freight Limited": "ORG",
    }


def test_a_table_column_named_by_its_header_types_its_cells() -> None:
    text = (
        "Selected grants\n\nOrganization                        Location              Amount\n"
        "Tamsin Valley Health Partners       Alamosa, Colo.        $400,000\n"
        "Wind River Family Care              Riverton, Wyo.        $300,000\n"
        "Big Horn Nurse Pathways             Worland, Wyo.         $210,000\n"
    )
    hits = [("Tamsin Valley Health", "ORG"), ("Alamosa", "GPE"), ("Big Horn Nurse Pathways", "LOC")]
    found = _found(text, hits, "en")
    assert {k: found.get(k) for k in ("Tamsin Valley Health Partners", "Wind River Family Care")} == {
        "Tamsin Valley Health Partners": "ORG",
        "Wind River Family Care": "ORG",
    }
    assert found["Big Horn Nurse Pathways"] == "ORG" and found["Riverton"] == found["Alamosa"] == "LOC"


def test_a_place_the_ner_cut_at_a_small_word_and_buildings_by_their_kind() -> None:
    text = (
        "Exports to Trinidad and Tobago grew; the Export-Import Bank of Trinidad and Tobago lent it. "
        "Tankers berth at the Port of Dar es Salaam. The minister spoke at Government House and "
        "then at Corporation Square."
    )
    hits = [
        ("Trinidad", "GPE"),
        ("Tobago", "ORG"),
        ("the Export-Import Bank of Trinidad", "ORG"),
        ("Tobago", "ORG"),
        ("the Port of Dar", "FAC"),
        ("Salaam", "GPE"),
        ("Government House", "ORG"),
        ("Corporation Square", "PERSON"),
    ]
    assert _found(text, hits, "en") == {
        "Trinidad and Tobago": "LOC",
        "Export-Import Bank of Trinidad and Tobago": "ORG",
        "Port of Dar es Salaam": "LOC",
        "Government House": "LOC",
        "Corporation Square": "LOC",
    }


def test_a_country_s_whole_name_after_and_the_or_of_the_is_one_place() -> None:
    text = (
        "Delegates from Saint Vincent and the Grenadines met envoys of the Republic of the Philippines; "
        "the Philippines will host the next round, and the Congo the one after."
    )
    hits = [("Saint Vincent", "GPE"), ("Grenadines", "GPE"), ("Philippines", "GPE"), ("Philippines", "GPE")]
    hits += [("Congo", "GPE")]
    assert _found(text, hits, "en") == {
        "Saint Vincent and the Grenadines": "LOC",
        "Republic of the Philippines": "LOC",  # and "the Philippines", the same country
        "Congo": "LOC",
    }


def test_an_office_of_a_body_named_after_its_acronym_is_one_name() -> None:
    text = (
        "The Tamsin Department of Transportation (TDOT) paid the invoices. The FBI and the TDOT Office "
        "of Inspector General investigated."
    )
    hits = [
        ("Tamsin Department of Transportation", "ORG"),
        ("TDOT", "ORG"),
        ("FBI", "ORG"),
        ("the TDOT Office of Inspector General", "ORG"),
    ]
    found = _found(text, hits, "en")
    assert found["TDOT Office of Inspector General"] == "ORG"
    assert found.get("TDOT", found.get("Tamsin Department of Transportation")) == "ORG"


def test_carriers_and_boards_by_their_kind_and_an_engineer_above_her_title() -> None:
    text = (
        "Freight grew on the routes of Tamar Ferries, and the Kelso Harbour Commissioners approved it.\n\n"
        "Eng. Neema Mollel-Kasonga\nDIRECTOR GENERAL\n"
    )
    hits = [("Tamar Ferries", "PERSON"), ("the Kelso Harbour Commissioners", "ORG")]
    assert _found(text, hits, "en") == {
        "Tamar Ferries": "ORG",
        "Kelso Harbour Commissioners": "ORG",
        "Neema Mollel-Kasonga": "PER",
    }


def test_a_town_of_the_release_s_own_country_the_ner_called_a_body() -> None:
    text = (
        "LONDON, UK - Cornwall Council gives £5.1 million for a cycle path to Truro, and Truro welcomed it."
    )
    found = _found(
        text, [("LONDON", "GPE"), ("UK", "GPE"), ("Cornwall Council", "ORG"), ("Truro", "ORG")], "en"
    )
    assert found["Truro"] == "LOC" and found["Cornwall Council"] == "ORG"


def test_a_french_body_named_by_its_kind_and_its_place() -> None:
    text = (
        "Le procureur près le tribunal judiciaire de Lyon a parlé. La direction interdépartementale de "
        "la police nationale du Rhône enquête ; la chambre d'agriculture de la Haute-Corse chiffre les "
        "pertes, pour un projet présenté par le Conseil exécutif de Corse. Le conseil municipal de Nantes "
        "votera pour reconstruire le quai de Matane. La Préfecture de la Seine-Maritime a signé."
    )
    hits = [("Lyon", "LOC"), ("Rhône", "LOC"), ("Haute-Corse", "LOC"), ("Conseil", "ORG"), ("Corse", "LOC")]
    hits += [("Nantes", "LOC"), ("Matane", "LOC"), ("Seine-Maritime", "LOC")]
    found = _found(text, hits)
    assert {k: v for k, v in found.items() if v == "ORG"} == {
        "tribunal judiciaire de Lyon": "ORG",
        "direction interdépartementale de la police nationale du Rhône": "ORG",
        "chambre d'agriculture de la Haute-Corse": "ORG",
        "Conseil exécutif de Corse": "ORG",
        "Préfecture de la Seine-Maritime": "ORG",
    }
    assert "Haute-Corse" not in found and found["Nantes"] == found["Matane"] == "LOC"


def test_two_sites_the_ner_ran_into_one() -> None:
    text = (
        "Seagrass grows between Kerrin Point and Tamsin Beach. Dinner is at the Banquet Hall, Kerrin House."
    )
    hits = [("Kerrin Point and", "ORG"), ("Tamsin Beach", "GPE"), ("the Banquet Hall, Kerrin House", "FAC")]
    assert _found(text, hits, "en") == dict.fromkeys(
        ["Kerrin Point", "Tamsin Beach", "Banquet Hall", "Kerrin House"], "LOC"
    )


def test_a_country_named_before_a_body_and_kept_whole_after_its_first_word() -> None:
    text = (
        "Our results are audited in Trinidad and Tobago. Shares trade on the Trinidad and Tobago Stock "
        "Exchange, the Trinidad regulator said."
    )
    hits = [("Trinidad", "GPE"), ("Tobago Stock Exchange", "ORG"), ("Trinidad", "GPE")]
    found = _found(text, hits, "en")
    assert found["Trinidad and Tobago"] == "LOC" and found["Trinidad and Tobago Stock Exchange"] == "ORG"


def test_an_area_named_by_its_number_but_not_a_body_s_office_for_it() -> None:
    text = "Councillors for Ward 1 and Ward 3 met in Region 8. ITD District 2 and DPWH Region 8 agreed."
    found = _found(text, [("DPWH", "ORG")], "en")
    assert found == {"Ward 1": "LOC", "Ward 3": "LOC", "Region 8": "LOC", "DPWH": "ORG"}


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # the name a contact line gives a number for: a person, not a name with figures in it
            "Media contact: Priya Halvorsen 0412 555 019",
            [("Media", "ORG"), ("Priya Halvorsen", "PER")],
            {"Priya Halvorsen": "PER"},
        ),
        (  # the NER ran the name into the number's first group, and took it for a body
            "Media contact: Tomas Reyes-Okafor 0438 255 917",
            [("Media", "ORG"), ("Tomas Reyes-Okafor 0438", "ORG")],
            {"Tomas Reyes-Okafor": "PER"},
        ),
        (  # a figure after a capitalised word that is no phone: a plan's or a model's name
            "Brenmoor Energy unveiled its Horizon 2030 plan in Leeds.",
            [("Brenmoor Energy", "ORG"), ("Horizon", "ORG"), ("Leeds", "GPE")],
            {"Brenmoor Energy": "ORG", "Leeds": "LOC"},
        ),
    ],
)
def test_a_phone_number_after_a_name(text: str, hits: list[tuple[str, str]], expected: dict[str, str]):
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a contact's name the NER took for a body: a given name, then a surname
            "Media:\nMarisol Quintero-Baines\n555-0142\n\nSource: Halberd Freight Inc.",
            [("Marisol Quintero-Baines", "ORG"), ("Halberd Freight Inc.", "ORG")],
            {"Marisol Quintero-Baines": "PER", "Halberd Freight Inc.": "ORG"},
        ),
        (  # a given name, but the text writes the other word in lower case: a company
            "Austin Energy will cut energy bills for 4,000 homes.",
            [("Austin Energy", "ORG")],
            {"Austin Energy": "ORG"},
        ),
        (  # a given name before a kind of place or a country: no person
            "Crews cleared the River Murray banks. Raven Russia leased the depot.",
            [("River Murray", "ORG"), ("Raven Russia", "ORG")],
            {"River Murray": "LOC", "Raven Russia": "ORG"},
        ),
    ],
)
def test_a_name_opening_on_a_given_name(text: str, hits: list[tuple[str, str]], expected: dict[str, str]):
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a company named after its country, and the country itself
            "Kenya Grain Exchange Limited gained 4%, its best day in Kenya this year.",
            [("Kenya Grain Exchange Limited", "ORG"), ("Kenya", "GPE")],
            {"Kenya Grain Exchange Limited": "ORG", "Kenya": "LOC"},
        ),
        (  # a signature: the ministry, its town in capitals on the next line; two things
            "Vets vaccinated herds in Lusaka.\n\nIssued by:\nMinistry of Water Works\nLUSAKA",
            [("Lusaka", "GPE"), ("Ministry of Water Works", "ORG"), ("LUSAKA", "ORG")],
            {"Lusaka": "LOC", "Ministry of Water Works": "ORG"},
        ),
        (  # a public hall and a market are places, and a region named with its kind
            "Residents met at the Kelso Public Hall and Dunmore Market, in Kwara State.",
            [("the Kelso Public Hall", "ORG"), ("Dunmore Market", "ORG"), ("Kwara State", "ORG")],
            {"Kelso Public Hall": "LOC", "Dunmore Market": "LOC", "Kwara State": "LOC"},
        ),
    ],
)
def test_places_and_bodies_kept_apart(text: str, hits: list[tuple[str, str]], expected: dict[str, str]):
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a double-barrelled name set off by commas before "said"
            "The league's head of venues, Ravi Kessler-Doyle, said the deal was sound.",
            [("Ravi Kessler-Doyle", "ORG")],
            {"Ravi Kessler-Doyle": "PER"},
        ),
        (  # a contact line in title case is no headline: its person is kept
            "Funds reached 40 districts.\n\nContacts\n"
            "Perpetua Vane-Osei, Press Office, London: +44 20 7946 0101",
            [("Perpetua Vane-Osei", "PERSON"), ("London", "GPE")],
            {"Perpetua Vane-Osei": "PER", "London": "LOC"},
        ),
    ],
)
def test_people_the_rules_type(text: str, hits: list[tuple[str, str]], expected: dict[str, str]):
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a person's name, then the kind of the site named after them
            "Flights land at Harold T. Kealoha International Airport from May.",
            [("Harold T. Kealoha", "PERSON")],
            {"Harold T. Kealoha International Airport": "LOC"},
        ),
        (  # the honour before a site's name is the name's; a given name before its surname too
            "Games move to Sir Everton Lashley Stadium and Marlon Greaves Cricket Ground.",
            [("Everton Lashley", "PERSON"), ("Greaves Cricket Ground", "PERSON")],
            {"Sir Everton Lashley Stadium": "LOC", "Marlon Greaves Cricket Ground": "LOC"},
        ),
        (  # a saint's name alone is a town's, its possessive kept before a comma
            "The squad trains in St Kitts, then flies to St John's, Antigua.",
            [("St Kitts", "PERSON"), ("St John's", "PERSON"), ("Antigua", "GPE")],
            {"St Kitts": "LOC", "St John's": "LOC", "Antigua": "LOC"},
        ),
    ],
)
def test_sites_named_after_people_and_saints(
    text: str, hits: list[tuple[str, str]], expected: dict[str, str]
):
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # no given name, and a word the text writes in lower case: a body
            "Tarrawonga Water will fix the water main.",
            [("Tarrawonga Water", "PERSON")],
            {"Tarrawonga Water": "ORG"},
        ),
        (  # an acronym closes it: a body; a compass word: part of a place
            "Grants from Innovate UK reach Kuranda West and Kuranda East.",
            [("Innovate UK", "PERSON"), ("Kuranda West", "PERSON"), ("Kuranda East", "PERSON")],
            {"Innovate UK": "ORG", "Kuranda West": "LOC", "Kuranda East": "LOC"},
        ),
        (  # a person whose given name no list holds, and one whose surname is in capitals
            "Tendai Mavhunga met Issiaka ZONGO in Harare.",
            [("Tendai Mavhunga", "PERSON"), ("Issiaka ZONGO", "PERSON"), ("Harare", "GPE")],
            {"Tendai Mavhunga": "PER", "Issiaka ZONGO": "PER", "Harare": "LOC"},
        ),
    ],
)
def test_no_one_named_by_what_the_ner_took_for_a_person(
    text: str, hits: list[tuple[str, str]], expected: dict[str, str]
):
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a company by the words before its trade and legal form
            "Banahaw Water Holdings, Inc. reported results. Banahaw Water said sales rose.",
            [("Banahaw Water Holdings, Inc.", "ORG"), ("Banahaw Water", "ORG")],
            {("ORG", "Banahaw Water Holdings, Inc.")},
        ),
        (  # the place a company is named after stays a place
            "Rusitu Valley Agro Holdings Limited buys tea grown in the Rusitu Valley.",
            [("Rusitu Valley Agro Holdings Limited", "ORG"), ("the Rusitu Valley", "LOC")],
            {("ORG", "Rusitu Valley Agro Holdings Limited"), ("LOC", "Rusitu Valley")},
        ),
        (  # a person without the middle name
            "Margaret Anne BESTWICK, 81, died on Friday. Margaret Bestwick had lived in Leeds.",
            [("Margaret Anne BESTWICK", "PERSON"), ("Margaret Bestwick", "PERSON"), ("Leeds", "GPE")],
            {("PER", "Margaret Anne BESTWICK"), ("LOC", "Leeds")},
        ),
        (  # a country by its initials with dots
            "Sales in the United States rose while U.S. exports fell.",
            [("the United States", "GPE"), ("U.S.", "GPE")],
            {("LOC", "United States")},
        ),
        (  # a state or province in a dateline, by AP's abbreviation or its postal code
            "KEARNEY, Neb.--(BUSINESS WIRE)--Platte Valley Health will build a hospital in rural Nebraska.",
            [("KEARNEY", "GPE"), ("Platte Valley Health", "ORG"), ("Nebraska", "GPE")],
            {("LOC", "KEARNEY"), ("ORG", "Platte Valley Health"), ("LOC", "Nebraska")},
        ),
        (
            "CALGARY, AB, Nov. 17, 2025 /CNW/ - Crews ran 40 well sites across Alberta this year.",
            [("CALGARY", "GPE"), ("Alberta", "GPE")],
            {("LOC", "CALGARY"), ("LOC", "Alberta")},
        ),
        (  # "&" for "and"
            "The Ministry of Fisheries, Animal Husbandry & Dairying said the Ministry of Fisheries, "
            "Animal Husbandry and Dairying will fund 40 harbours.",
            [
                ("The Ministry of Fisheries, Animal Husbandry & Dairying", "ORG"),
                ("the Ministry of Fisheries, Animal Husbandry and Dairying", "ORG"),
            ],
            {("ORG", "Ministry of Fisheries, Animal Husbandry and Dairying")},
        ),
        (  # an Irish county with its kind first, a city's division with its kind after
            "Roads in County Offaly reopened; Offaly farmers and Kawempe Division, Kampala, were hit. "
            "In Kawempe, crews cleared drains.",
            [
                ("County Offaly", "GPE"),
                ("Offaly", "GPE"),
                ("Kawempe Division", "GPE"),
                ("Kampala", "GPE"),
                ("Kawempe", "GPE"),
            ],
            {("LOC", "County Offaly"), ("LOC", "Kawempe Division"), ("LOC", "Kampala")},
        ),
    ],
)
def test_one_entity_by_its_short_forms(text: str, hits: list[tuple[str, str]], expected: set) -> None:
    entities = find_entities(text, "en", FakeNer(hits), RULES_ALONE)
    assert {(e.type, e.name) for e in entities} == expected


def test_a_short_name_two_companies_open_with_is_neither_s() -> None:
    # whether the short name is kept alone is the judge's to weigh; the rules link it to neither
    text = (
        "Rowan Arch Capital Partners Inc. and Rowan Arch Infrastructure Fund II LP closed. "
        "Rowan Arch said so."
    )
    hits = [("Rowan Arch Capital Partners Inc.", "ORG"), ("Rowan Arch Infrastructure Fund II LP", "ORG")]
    entities = _candidates(text, [*hits, ("Rowan Arch", "ORG")])
    for name, entity in entities.items():
        if name != "Rowan Arch":
            assert "Rowan Arch" not in [m.text for m in entity.mentions]
    assert set(entities) >= {
        "Rowan Arch Capital Partners Inc.",
        "Rowan Arch Infrastructure Fund II LP",
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (  # the Belgian, Swiss and Danish forms, an elided article inside the name
            "Le commissaire, EY Réviseurs d'Entreprises SRL, a certifié les comptes de "
            "Lemanic Photonique SA.",
            "fr",
            {"EY Réviseurs d'Entreprises SRL": "ORG", "Lemanic Photonique SA": "ORG"},
        ),
        (
            "The agent is Fjordvik Sports Management ApS, based in Aarhus.",
            "en",
            {"Fjordvik Sports Management ApS": "ORG", "Aarhus": "LOC"},
        ),
        (  # an acronym closing a sentence is no part of the name after it; a state and its postcode
            "Le montant s'entend hors TVA. Rhodanie Énergies SA versera le solde. Siège : 12 King William "
            "Street, Adelaide SA 5000.",
            "fr",
            {"Rhodanie Énergies SA": "ORG", "Adelaide": "LOC"},
        ),
    ],
)
def test_a_company_by_its_legal_form(text: str, lang: str, expected: dict[str, str]) -> None:
    assert _found(text, [("Adelaide", "LOC")] if "Adelaide" in text else [], lang) == expected


def test_the_place_a_council_is_named_for_is_without_the_councils_kind() -> None:
    text = (
        "Regional Council awards ferry contract\n\nHalifax Regional Council has awarded the contract. "
        "Funding: Halifax Regional Municipality, $8.4 million. Ferries will sail from Halifax."
    )
    hits = [("Regional Council", "ORG"), ("Halifax Regional Council", "ORG"), ("Halifax", "GPE")]
    entities = find_entities(text, "en", FakeNer(hits), RULES_ALONE)
    assert {e.name for e in entities if e.type == "LOC"} == {"Halifax"}


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # initials without the accents
            "Le Ministère de l'Économie et des Finances a publié le budget. Le MEF prévoit 6 %.",
            [("Ministère de l'Économie et des Finances", "ORG"), ("MEF", "ORG")],
            "fr",
            {("ORG", "Ministère de l'Économie et des Finances", ("MEF",))},
        ),
        (  # without the legal form; without what follows "of"
            "Volta Heritage Bank PLC reported a profit. VHB grew its loans by 12%.",
            [("Volta Heritage Bank PLC", "ORG"), ("VHB", "ORG")],
            "en",
            {("ORG", "Volta Heritage Bank PLC", ("VHB",))},
        ),
        (
            "Shares are listed on the National Stock Exchange of India Limited. The NSE said so.",
            [("the National Stock Exchange of India Limited", "ORG"), ("NSE", "ORG")],
            "en",
            {("ORG", "National Stock Exchange of India Limited", ("NSE",))},
        ),
        (  # initials written with a small letter
            "The Northern Electricity Distribution Company cut tariffs. NEDCo said the cut starts in May.",
            [("The Northern Electricity Distribution Company", "ORG"), ("NEDCo", "ORG")],
            "en",
            {("ORG", "Northern Electricity Distribution Company", ("NEDCo",))},
        ),
        (  # not initials another name opens with
            "Kestrel Harbour Utilities Inc. sold its plant to KHU Energy Holdings Ltd. KHU will run it.",
            [("Kestrel Harbour Utilities Inc.", "ORG"), ("KHU Energy Holdings Ltd.", "ORG"), ("KHU", "ORG")],
            "en",
            {("ORG", "Kestrel Harbour Utilities Inc.", ()), ("ORG", "KHU Energy Holdings Ltd.", ("KHU",))},
        ),
    ],
)
def test_a_body_by_the_initials_its_acronym_writes(
    text: str, hits: list[tuple[str, str]], lang: str, expected: set
) -> None:
    entities = find_entities(text, lang, FakeNer(hits), RULES_ALONE)
    assert {(e.type, e.name, tuple(e.aliases)) for e in entities} == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # the country only in its currency's name: no place
            "Fees are paid in Kenya shillings to the county.",
            [("Kenya", "GPE")],
            set(),
        ),
        ("The bond pays 4% in New Zealand dollars.", [("New Zealand", "GPE")], set()),
        (  # the country written as a place too: the place
            "Exports to Kenya rose as the Kenya shilling fell.",
            [("Kenya", "GPE"), ("Kenya", "GPE")],
            {("LOC", "Kenya")},
        ),
    ],
)
def test_a_country_named_in_its_currency_is_no_place(
    text: str, hits: list[tuple[str, str]], expected: set
) -> None:
    entities = find_entities(text, "en", FakeNer(hits), RULES_ALONE)
    assert {(e.type, e.name) for e in entities} == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a body named for its country: the country's initials are no one's surname
            "A grant from Innovate UK paid for the sensor.",
            [("Innovate", "ORG"), ("UK", "GPE")],
            {("ORG", "Innovate UK", ())},
        ),
        (
            "Mara Lindqvist of Hospice UK said the wards were full.",
            [("Mara Lindqvist", "PERSON"), ("Hospice", "PERSON"), ("UK", "GPE")],
            {("PER", "Mara Lindqvist", ()), ("ORG", "Hospice UK", ())},
        ),
        (  # a sum in US dollars after the name is no part of it
            "Sales at Tallowood US$31.5 million were flat.",
            [("Tallowood", "ORG")],
            {("ORG", "Tallowood", ())},
        ),
        (  # the country a company trades in, in brackets, is part of its name, not an acronym
            "Tallowood Cellars (UK) Limited, which sells the wines in the United Kingdom, grew by 9%.",
            [("Tallowood Cellars", "ORG"), ("UK", "GPE"), ("the United Kingdom", "GPE")],
            {("ORG", "Tallowood Cellars (UK) Limited", ()), ("LOC", "United Kingdom", ())},
        ),
        (  # an acronym that is also a country's initials, after the name it stands for
            "The canton guarantees loans to Transports publics de la région lausannoise (TL). "
            "The TL will add buses.",
            [("Transports publics de la région lausannoise", "ORG"), ("TL", "ORG"), ("TL", "ORG")],
            {("ORG", "TL", ("Transports publics de la région lausannoise",))},
        ),
    ],
)
def test_a_countrys_initials_after_a_name(text: str, hits: list[tuple[str, str]], expected: set) -> None:
    entities = find_entities(text, "en", FakeNer(hits), RULES_ALONE)
    assert {(e.type, e.name, tuple(e.aliases)) for e in entities} == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # an occupation the NER ran into the name: the person opens on the given name
            "Farmer Owen Tregarthen said every farmer in the valley lost stock.",
            [("Farmer Owen Tregarthen", "PERSON")],
            {"Owen Tregarthen": "PER"},
        ),
        (  # an occupation the text never writes in lower case: a word of the dictionary all the same
            "Striker Tomasz Wielgosz scored twice before the break.",
            [("Striker Tomasz Wielgosz", "PERSON")],
            {"Tomasz Wielgosz": "PER"},
        ),
        (  # and a person so named, which the NER took for a place
            "Composer Aoife Brannigan wrote the closing piece for the festival.",
            [("Composer Aoife Brannigan", "LOC")],
            {"Aoife Brannigan": "PER"},
        ),
        (  # what follows the occupation is no person's name: the hit is left as the NER cut it
            "Contractor Grace Memorial Hospital said every contractor was paid.",
            [("Contractor Grace Memorial Hospital", "ORG")],
            {"Contractor Grace Memorial Hospital": "LOC"},
        ),
    ],
)
def test_a_person_opens_on_a_given_name(text: str, hits: list[tuple[str, str]], expected: dict[str, str]):
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # the NER found the surname alone: the given name before it is the person's
            "The chair, Corentin Abelard-Voss, opened the session. Abelard-Voss thanked the staff.",
            [("Abelard-Voss", "PERSON"), ("Abelard-Voss", "PERSON")],
            {"Corentin Abelard-Voss": "PER"},
        ),
        (  # a given name no list holds, before a double-barrelled surname
            "Board secretary Tafadzwa Mupfumira-Lowe signed the minutes.",
            [("Mupfumira-Lowe", "PERSON")],
            {"Tafadzwa Mupfumira-Lowe": "PER"},
        ),
        (  # a title before the surname stays out of the name
            "Governor Ama Adeyinka-Stone opened the road. Governor Adeyinka-Stone said it was late.",
            [("Ama Adeyinka-Stone", "PERSON"), ("Adeyinka-Stone", "PERSON")],
            {"Ama Adeyinka-Stone": "PER"},
        ),
    ],
)
def test_a_given_name_before_the_surname_the_ner_found(
    text: str, hits: list[tuple[str, str]], expected: dict[str, str]
):
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a person the NER missed, after a long title: the double-barrelled surname names them
            "Minister for Coastal Affairs Orla Brennock-Tait said the works start in May.",
            [],
            {"Orla Brennock-Tait": "PER"},
        ),
        (  # a compound word is no surname where the text writes its halves in lower case
            "Independent Non-Executive Director. She is a non-executive director since 2019.",
            [],
            {},
        ),
        (  # two capitalised words inside a longer name, and a headline's words: no person
            "Harbour Firm Adds Real-Time Tracking\n\nLoans came from the African Export-Import Bank.",
            [("the African Export-Import Bank", "ORG")],
            {"African Export-Import Bank": "ORG"},
        ),
    ],
)
def test_a_person_named_with_a_double_barrelled_surname(
    text: str, hits: list[tuple[str, str]], expected: dict[str, str]
):
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a street, a road, a room and an alley: the kind in lower case is part of the place's name
            "Le marché quitte la rue des Tanneurs pour la salle du Moulin, route de Vesoul, "
            "et les allées Jean-Jaurès.",
            [("Tanneurs", "LOC"), ("Moulin", "LOC"), ("Vesoul", "LOC"), ("Jean-Jaurès", "PER")],
            {"rue des Tanneurs": "LOC", "salle du Moulin": "LOC", "route de Vesoul": "LOC"}
            | {"allées Jean-Jaurès": "LOC"},
        ),
        (  # a room of a building named in its own right: the building is the place
            "La séance se tient dans la salle du Palais des congrès de Vitré.",
            [("Palais des congrès de Vitré", "LOC")],
            {"Palais des congrès de Vitré": "LOC"},
        ),
    ],
)
def test_a_french_street_or_room_keeps_its_kind(
    text: str, hits: list[tuple[str, str]], expected: dict[str, str]
):
    assert _found(text, hits, "fr") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a title's place and its holder, run into one name
            "Quotes from the Member for Calder North Ada Quinlan-Ross on the new rail timetable.",
            [("Calder North Ada Quinlan-Ross", "ORG")],
            {"Calder North": "LOC", "Ada Quinlan-Ross": "PER"},
        ),
        (  # a portfolio is no place: the person alone
            "Minister of Fisheries Ivo Kettering-Shaw said fisheries would reopen.",
            [("Fisheries Ivo Kettering-Shaw", "PERSON")],
            {"Ivo Kettering-Shaw": "PER"},
        ),
        (  # a company the text names again is one name, whatever word opens its second half
            "said Ruth Amadi, Chairman of Kestrel Meadow Dairies. Kestrel Meadow Dairies PLC owns it.",
            [("Ruth Amadi", "PERSON"), ("Kestrel Meadow Dairies", "ORG")]
            + [("Kestrel Meadow Dairies PLC", "ORG")],
            {"Ruth Amadi": "PER", "Kestrel Meadow Dairies PLC": "ORG"},
        ),
        (  # a form of address is no part of the name
            "The award was presented by Hajiya Amina Sule Dauda and Ratu Jone Vakaloa-Reid.",
            [("Hajiya Amina Sule Dauda", "ORG"), ("Ratu Jone Vakaloa-Reid", "PERSON")],
            {"Amina Sule Dauda": "PER", "Jone Vakaloa-Reid": "PER"},
        ),
    ],
)
def test_a_title_before_a_person(text: str, hits: list[tuple[str, str]], expected: dict[str, str]):
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a title ends no body's name: the town before it is the place, a role alone nothing
            "The Kinross Governor Hon opened the market, said the Media Officer.",
            [("Kinross Governor Hon", "ORG"), ("Media Officer", "ORG")],
            {"Kinross": "LOC"},
        ),
        (  # a body named with "of" keeps its title word
            "The Office of the Attorney General filed the suit in Hartford.",
            [("The Office of the Attorney General", "ORG"), ("Hartford", "GPE")],
            {"Office of the Attorney General": "ORG", "Hartford": "LOC"},
        ),
    ],
)
def test_a_title_ends_no_body(text: str, hits: list[tuple[str, str]], expected: dict[str, str]):
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # an AP state keeps its period, and its postal code later is the same state
            "DULUTH, Minn., March 3, 2026 -- Crews reached Superior, Wis. The plant in Duluth, MN reopens.",
            [("DULUTH", "GPE"), ("Minn.", "GPE"), ("Superior", "GPE"), ("Wis.", "GPE"), ("Duluth", "GPE")],
            {"DULUTH": "LOC", "Minn.": "LOC", "Superior": "LOC", "Wis.": "LOC"},
        ),
        (  # a street whose kind is abbreviated keeps its period and is a place; a numbered street
            "The clinic at 410 N. Elm St. moves to West 52nd Street and 9th Ave. in May.",
            [("N. Elm St.", "PERSON")],
            {"N. Elm St.": "LOC", "West 52nd Street": "LOC", "9th Ave.": "LOC"},
        ),
    ],
)
def test_abbreviated_places_keep_their_period(
    text: str, hits: list[tuple[str, str]], expected: dict[str, str]
):
    found = find_entities(text, "en", FakeNer(hits))
    assert {e.name: e.type for e in found} == expected
    assert not any(e.name == "MN" for e in found)  # the postal code joined Minnesota's entity


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a body the NER cut before the country it serves, and its legal form after it
            "Shares are listed on the Stock Exchange of Tonga Ltd since May.",
            [("the Stock Exchange", "ORG")],
            {"Stock Exchange of Tonga Ltd": "ORG"},
        ),
        (  # "the X and" before a body the NER found from its second word
            "Funds go to the Soil and Water Research Institute this year.",
            [("Water Research Institute", "ORG")],
            {"Soil and Water Research Institute": "ORG"},
        ),
        (  # a preposition never ends a name; a company and its seat stay apart
            "Clinics run by the Ministry of Health at Kapiri Hospital. Orwell Castings LLC of Norfolk bid.",
            [("the Ministry of Health at", "ORG"), ("Kapiri Hospital", "FAC"), ("Orwell Castings LLC", "ORG")]
            + [("Norfolk", "GPE")],
            {
                "Ministry of Health": "ORG",
                "Kapiri Hospital": "LOC",
                "Orwell Castings LLC": "ORG",
                "Norfolk": "LOC",
            },
        ),
    ],
)
def test_bodies_the_ner_cut_short_or_ran_on(text: str, hits: list[tuple[str, str]], expected: dict[str, str]):
    assert _found(text, hits, "en") == expected


def test_a_malay_kind_of_place_before_its_name() -> None:
    text = "Volunteers planted mangroves on Pulau Hantu and cleared Sungai Pandan, said Dr Lim Wei Ming."
    hits = [("Pulau Hantu", "PERSON"), ("Sungai Pandan", "PERSON"), ("Lim Wei Ming", "PERSON")]
    assert _found(text, hits, "en") == {"Pulau Hantu": "LOC", "Sungai Pandan": "LOC", "Lim Wei Ming": "PER"}


def test_a_document_or_a_rule_is_no_body() -> None:
    text = (
        "Accounts follow International Financial Reporting Standards and the Harbour Pilotage Rules. "
        "The Register of Members closes on 3 May. The Controller of Budget approved the release."
    )
    hits = [
        ("International Financial Reporting Standards", "ORG"),
        ("the Harbour Pilotage Rules", "ORG"),
        ("The Register of Members", "ORG"),
        ("The Controller of Budget", "ORG"),
    ]
    assert _found(text, hits, "en") == {"Controller of Budget": "ORG"}


def test_a_double_barrelled_surname_the_ner_took_for_a_firm_is_the_person() -> None:
    text = "Mayor Ines Ortega-Blythe signed the order. Ortega-Blythe said the pool opens in May."
    hits = [("Ines Ortega-Blythe", "PERSON"), ("Ortega-Blythe", "ORG")]
    assert _found(text, hits, "en") == {"Ines Ortega-Blythe": "PER"}


def test_a_surname_the_ner_took_for_a_firm_is_the_person_when_it_speaks() -> None:
    text = (
        "Director Marta Kostiuk opened the bridge. Kostiuk added that it cost less than planned. "
        "Ruth Halden founded the shop; Halden Group now runs it."
    )
    hits = [("Marta Kostiuk", "PERSON"), ("Kostiuk", "ORG")]
    hits += [("Ruth Halden", "PERSON"), ("Halden Group", "ORG")]
    expected = {"Marta Kostiuk": "PER", "Ruth Halden": "PER", "Halden Group": "ORG"}
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # the NER's place alone, its kind before it: the government, a body
            "The City of Port Alberni will receive $2 million, and the State of Arizona $1 million.",
            [("Port Alberni", "GPE"), ("Arizona", "GPE")],
            {"City of Port Alberni": "ORG", "State of Arizona": "ORG"},
        ),
        (  # a funder on a list, a town the NER took for a person, one it missed
            "Funding:\n  • Province of Manitoba: $12 million\n  • Town of Camden: $1 million\n\n"
            "The board thanked the City of Cheney.",
            [("Cheney", "PERSON")],
            {"Province of Manitoba": "ORG", "Town of Camden": "ORG", "City of Cheney": "ORG"},
        ),
        (  # French, "la Ville de" a body; "la ville de" in lower case is the place's description
            "La Ville de Saint-Flour finance les travaux menés dans la ville de Murat.",
            [("Saint-Flour", "LOC"), ("Murat", "LOC")],
            {"Ville de Saint-Flour": "ORG", "Murat": "LOC"},
        ),
        (  # not inside a longer body's name
            "The Royal Borough of Windsor approved the plan.",
            [("The Royal Borough of Windsor", "ORG")],
            {"Royal Borough of Windsor": "ORG"},
        ),
    ],
)
def test_a_government_named_by_its_kind_is_a_body(
    text: str, hits: list[tuple[str, str]], expected: dict[str, str]
) -> None:
    lang = "fr" if "Ville" in text else "en"
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # trails, landings and ways are places; clubs by their second word are bodies
            "The Harrow Canal Trail links Ferris Landing to Okoro Way and the Kiberu Law Courts. "
            "Ayr United beat Raith Rovers.",
            [
                ("The Harrow Canal Trail", "ORG"),
                ("Ferris Landing", "ORG"),
                ("Okoro Way", "PERSON"),
                ("the Kiberu Law Courts", "ORG"),
                ("Ayr United", "PERSON"),
                ("Raith Rovers", "PERSON"),
            ],
            {
                "Harrow Canal Trail": "LOC",
                "Ferris Landing": "LOC",
                "Okoro Way": "LOC",
                "Kiberu Law Courts": "LOC",
                "Ayr United": "ORG",
                "Raith Rovers": "ORG",
            },
        ),
        (  # a body named for its country, and a part of a country
            "Fáilte Ireland will fund trails in Western Canada and Mainland China.",
            [("Fáilte Ireland", "GPE"), ("Western Canada", "ORG"), ("Mainland China", "GPE")],
            {"Fáilte Ireland": "ORG", "Western Canada": "LOC", "Mainland China": "LOC"},
        ),
        (  # two people on one contact line, whatever the NER called them
            "Media:\nRhodri Vaughan-Ellis / Catrin Lloyd-Okoro\n",
            [("Rhodri Vaughan-Ellis / Catrin Lloyd-Okoro", "FAC")],
            {"Rhodri Vaughan-Ellis": "PER", "Catrin Lloyd-Okoro": "PER"},
        ),
    ],
)
def test_sites_clubs_bodies_named_for_a_country_and_names_on_one_line(
    text: str, hits: list[tuple[str, str]], expected: dict[str, str]
) -> None:
    assert _found(text, hits, "en") == expected


def test_a_header_of_ticker_company_and_title_is_cut_at_each_dash() -> None:
    text = "LKA - Harbeck Agri Holdings Limited - Audited results for the year\n\nThe group grew."
    found = _found(text, [("LKA - Harbeck Agri Holdings Limited - Audited", "ORG")], "en")
    assert found.get("Harbeck Agri Holdings Limited") == "ORG"
    assert not [name for name in found if " - " in name]


def test_a_signature_in_capitals_over_a_job_title_is_a_person() -> None:
    text = (
        "WESTERN RAILWAY\nOffice of the Chief Public Relations Officer\n\nThe zone loaded more freight.\n\n"
        "Sd/-\n(R. MEENAKSHI IYER)\nChief Public Relations Officer\n\n"
        "Signed:\nADAEZE OKONJO-BELL\nDirector, Public Affairs\n"
    )
    hits = [("WESTERN RAILWAY", "ORG"), ("Sd/-", "ORG"), ("IYER", "ORG"), ("ADAEZE OKONJO-BELL", "ORG")]
    found = _found(text, hits, "en")
    assert found["R. MEENAKSHI IYER"] == "PER" and found["ADAEZE OKONJO-BELL"] == "PER"
    assert "IYER" not in found and not [name for name in found if name.startswith("Sd")]


def test_a_signature_with_a_form_of_address_a_saint_s_name_and_a_title_at_the_end_of_the_line() -> None:
    text = (
        "EASTERN RAILWAY\nOffice of the Chief Public Relations Officer\n\nThe zone loaded more freight.\n\n"
        "SIGNED\nEFUA ADOMAKO-BOATENG (MRS)\nHEAD, PUBLIC AFFAIRS UNIT\n\n"
        "For further information, contact:\nMARCIA ST. CLAIR-JOSEPH\nCorporate Communications Officer\n"
    )
    hits = [("EASTERN RAILWAY", "ORG"), ("EFUA ADOMAKO-BOATENG", "ORG"), ("ST. CLAIR-JOSEPH", "ORG")]
    found = _found(text, hits, "en")
    assert found["EFUA ADOMAKO-BOATENG"] == "PER" and found["MARCIA ST. CLAIR-JOSEPH"] == "PER"
    assert found.get("EASTERN RAILWAY") != "PER"  # over an office's name, not a signer's title


def test_an_accused_named_with_the_surname_in_capitals_and_the_surname_alone_later() -> None:
    text = (
        "Brandon Lee TKACHUK, 29, of Yorkton, is charged with trafficking. Renata Joy OKIMAW, 33, of "
        "Regina, is charged with possession.\n\nTKACHUK was remanded in custody. OKIMAW was released."
    )
    hits = [("TKACHUK", "PERSON"), ("Renata Joy OKIMAW", "PERSON"), ("TKACHUK", "PERSON"), ("OKIMAW", "ORG")]
    entities = {e.name: (e.type, e.aliases) for e in find_entities(text, "en", FakeNer(hits))}
    assert entities["Brandon Lee TKACHUK"] == ("PER", ["TKACHUK"])
    assert entities["Renata Joy OKIMAW"] == ("PER", ["OKIMAW"]) and "OKIMAW" not in entities


def test_a_district_that_does_one_thing_is_a_body_and_a_reservoir_a_site() -> None:
    text = (
        "The Taber Irrigation District will draw on Travers Reservoir, and the Harlow Water Treatment "
        "Plant will serve the Calder District."
    )
    hits = [
        ("The Taber Irrigation District", "ORG"),
        ("Travers Reservoir", "ORG"),
        ("the Harlow Water Treatment Plant", "ORG"),
        ("the Calder District", "ORG"),
    ]
    found = _found(text, hits, "en")
    assert found["Taber Irrigation District"] == "ORG" and found["Travers Reservoir"] == "LOC"
    assert found["Harlow Water Treatment Plant"] == "LOC" and found["Calder District"] == "LOC"


def test_an_office_named_for_its_officer_is_one_body_with_its_jurisdiction() -> None:
    text = (
        "The Colorado Attorney General's Office and the 23rd Judicial District Attorney's Office "
        "charged him. The Attorney General's Office and Minister Kowalczyk's Office declined comment."
    )
    hits = [("Colorado", "GPE"), ("General's Office", "ORG"), ("23rd Judicial District", "LOC")]
    found = _found(text, hits, "en")
    assert found["Colorado Attorney General's Office"] == "ORG"
    assert found["23rd Judicial District Attorney's Office"] == "ORG"
    assert "Attorney General's Office" not in found and "Minister Kowalczyk's Office" not in found


def test_initials_a_patron_and_a_region_that_names_a_company() -> None:
    text = (
        "M. K. Sreedharan Nambiar MLA opened the block. Patron Dame Helen Ashdown DBE thanked donors. "
        "Nurses in Kerala will be trained by the Kerala Medical Services Corporation Ltd from May."
    )
    hits = [
        ("M. K. Sreedharan Nambiar MLA", "PERSON"),
        ("Patron Dame Helen Ashdown DBE", "ORG"),
        ("Kerala", "GPE"),
        ("the Kerala Medical Services Corporation Ltd", "ORG"),
    ]
    assert _found(text, hits, "en") == {
        "M. K. Sreedharan Nambiar": "PER",
        "Helen Ashdown": "PER",
        "Kerala": "LOC",
        "Kerala Medical Services Corporation Ltd": "ORG",
    }


def test_a_column_of_counties_laid_out_with_blanks_are_places() -> None:
    text = "Grants by county\nCork       €5.8m\nOffaly     €4.6m\nDonegal    €4.1m\nGalway     €3.2m\n"
    assert _found(text, [], "en") == {"Cork": "LOC", "Offaly": "LOC", "Donegal": "LOC", "Galway": "LOC"}


def test_a_firm_named_in_the_possessive_keeps_its_s() -> None:
    text = "The paintings will be sold at Christie's in May. The Bank's, Firth's and Ward's backing helped."
    hits = [("Christie", "ORG"), ("Bank", "ORG"), ("Ward's", "ORG")]
    assert _found(text, hits, "en") == {"Christie's": "ORG", "Ward": "ORG"}


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a contact line in title case holding a phone with its area code is no headline
            "Contact: Harriet Okonjo-Vale, Press Secretary, (603) 555-0188\n\nThe state opens two piers.",
            [("Harriet Okonjo-Vale", "PERSON")],
            {"Harriet Okonjo-Vale": "PER"},
        ),
        (  # a name alone on a line over a job title, and one over an e-mail address
            "Media contacts:\nCapt. Rhea Dolan\nPublic Information Officer, Harbour Fire Service\n\n"
            "Tristan Mercer\ntmercer@harbourfire.example.org\n",
            [],
            {"Rhea Dolan": "PER", "Tristan Mercer": "PER"},
        ),
        (  # two words alone over a paragraph are a heading, not a person
            "Media contacts:\nHarbour Works\nThe pier reopens in May after repairs.\n",
            [],
            {},
        ),
        (  # a double-barrelled surname the NER took for a body; a name over its firm, then a phone
            "Contacts:\n\nTidewater Communications\nNiamh Carrick-Boyle\n+353 87 555 0192\n\n"
            "Investor Relations\nDelia Thornbury\nHarrowgate Seeds Corp.\n(509) 555-0147\n",
            [("Carrick-Boyle", "ORG")],
            {
                "Tidewater Communications": "ORG",
                "Niamh Carrick-Boyle": "PER",
                "Delia Thornbury": "PER",
                "Harrowgate Seeds Corp.": "ORG",
            },
        ),
        (  # a name, a comma and the person's job, on a contact or signature line
            "For more information:\nSigrún Hekla Ólafsdóttir, CFO, tel. +354 555 4012\n"
            "Issued by: Thandeka Mnyandu, Spokesperson for the Executive Mayor\n",
            [("Mnyandu", "NORP")],
            {"Sigrún Hekla Ólafsdóttir": "PER", "Thandeka Mnyandu": "PER"},
        ),
        (  # a body before its role is no person
            "Harbour Board, Chair of the regional forum, met on Monday.",
            [],
            {"Harbour Board": "ORG"},
        ),
    ],
)
def test_a_contact_block_names_its_people(text: str, hits: list[tuple[str, str]], expected: dict[str, str]):
    assert _found(text, hits, "en") == expected


def test_places_the_ner_ran_into_one_list_are_each_a_place() -> None:
    text = "Patients come from Powys, Ceredigion and Gwynedd to the new unit."
    hits = [("Powys, Ceredigion and Gwynedd", "ORG")]
    assert _found(text, hits, "en") == {"Powys": "LOC", "Ceredigion": "LOC", "Gwynedd": "LOC"}


def test_a_quarter_is_named_without_its_kind() -> None:
    # the gold writes a town's quarter by its name (11 of 12 times): "quartier de Pérolles" is "Pérolles"
    text = "Les travaux du quartier des Tanneries, à Dijon, commencent lundi."
    hits = [("Tanneries", "LOC"), ("Dijon", "LOC")]
    assert _found(text, hits) == {"Tanneries": "LOC", "Dijon": "LOC"}


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a site on its street with the town after a comma: three places
            "Drop-in sessions are held at Carrow House on Mill Lane, Wisbech every Tuesday.",
            [("Carrow House on Mill Lane, Wisbech", "ORG")],
            {"Carrow House": "LOC", "Mill Lane": "LOC", "Wisbech": "LOC"},
        ),
        (  # a centre at the bay it stands on
            "Samples go to the Coastal Studies Centre at Pelican Bay for testing.",
            [("Coastal Studies Centre at Pelican Bay", "LOC")],
            {"Coastal Studies Centre": "LOC", "Pelican Bay": "LOC"},
        ),
        (  # a hotel and the town it stands in, both places
            "The dinner is at the Glenview Lodge Hotel, Kilbride on Friday.",
            [("Glenview Lodge Hotel, Kilbride", "ORG")],
            {"Glenview Lodge Hotel": "LOC", "Kilbride": "LOC"},
        ),
        (  # not a body on a subject, a firm and its legal form, nor a firm and a town
            "The Select Committee on Housing met. Brightwater Leisure Centre, Inc. and Hale Morrow, "
            "Leeds signed.",
            [
                ("Select Committee on Housing", "ORG"),
                ("Brightwater Leisure Centre, Inc.", "ORG"),
                ("Hale Morrow, Leeds", "ORG"),
            ],
            {
                "Select Committee on Housing": "ORG",
                "Brightwater Leisure Centre, Inc.": "ORG",
                "Hale Morrow, Leeds": "ORG",
            },
        ),
    ],
)
def test_a_site_written_with_its_street_or_town_is_each_a_place(
    text: str, hits: list, expected: dict
) -> None:
    assert _found(text, hits, "en") == expected


def test_a_body_named_after_its_owner_s_possessive_is_the_name_after_it() -> None:
    text = (
        "Funding comes from the University's Institute of Coastal Ecology and DOE's Office of Science. "
        "Hawke's Bay and Shooter's Hill are unchanged."
    )
    hits = [
        ("University's Institute of Coastal Ecology", "ORG"),
        ("DOE's Office of Science", "ORG"),
        ("Hawke's Bay", "LOC"),
        ("Shooter's Hill", "LOC"),
    ]
    assert _found(text, hits, "en") == {
        "Institute of Coastal Ecology": "ORG",
        "Office of Science": "ORG",
        "Hawke's Bay": "LOC",
        "Shooter's Hill": "LOC",
    }


def test_a_patronym_and_a_dutch_particle_belong_to_the_name() -> None:
    text = (
        "Mdm Farah Nadia binte Osman, a volunteer, and Mr Suresh s/o Ramasamy spoke. "
        "Coach Pieter Van der Berg said the squad is ready."
    )
    hits = [("Farah Nadia", "PER"), ("Suresh", "PER"), ("Pieter Van", "PER")]
    assert _found(text, hits, "en") == {
        "Farah Nadia binte Osman": "PER",
        "Suresh s/o Ramasamy": "PER",
        "Pieter Van der Berg": "PER",
    }


def test_a_firm_and_the_town_it_is_from_are_a_body_and_a_place() -> None:
    text = "The contract went to Hollin Ridge Builders of Galway and to the Bank of Ireland."
    hits = [("Hollin Ridge Builders of Galway", "ORG"), ("Bank of Ireland", "ORG")]
    assert _found(text, hits, "en") == {
        "Hollin Ridge Builders": "ORG",
        "Galway": "LOC",
        "Bank of Ireland": "ORG",
    }


def test_the_people_of_a_company_opening_its_name_are_not_part_of_it() -> None:
    text = "Policyholders of Marlow Vale Assurance Limited will be written to in May."
    assert _found(text, [], "en") == {"Marlow Vale Assurance Limited": "ORG"}


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a name over a title that ends the first part of the line below
            "By Order of the Board\nKavita Ramlogan-Ali\nCorporate Secretary\n",
            [("Kavita Ramlogan-Ali", "ORG")],
            {"Kavita Ramlogan-Ali": "PER"},
        ),
        (  # a name the NER took for a place, followed by an age
            "Police are looking for Darnell Rhett Okafor, 24, of Savannah.",
            [("Darnell Rhett Okafor", "GPE"), ("Savannah", "GPE")],
            {"Darnell Rhett Okafor": "PER", "Savannah": "LOC"},
        ),
        (  # a form of address, then the post-nominal letters of a signature
            "The Honourable Marcus Tevita-Lane MP\nAssistant Minister for Roads\n\nMiss Odessa Pryce-Lyn, "
            "Kingston, was honoured.",
            [("The Honourable Marcus Tevita-Lane MP", "ORG"), ("Miss Odessa Pryce-Lyn", "LOC")],
            {"Marcus Tevita-Lane": "PER", "Odessa Pryce-Lyn": "PER", "Kingston": "LOC"},
        ),
    ],
)
def test_people_by_their_title_line_their_age_and_their_form_of_address(
    text: str, hits: list, expected: dict
):
    assert _found(text, hits, "en") == expected


def test_two_bodies_of_one_kind_joined_by_and_are_two() -> None:
    text = "Deans of the College of Arts and Sciences and College of Nursing spoke."
    hits = [("College of Arts and Sciences and College of Nursing", "ORG")]
    assert _found(text, hits, "en") == {"College of Arts and Sciences": "ORG", "College of Nursing": "ORG"}


def test_post_nominal_letters_and_ranks_are_no_names() -> None:
    text = "Dr Nadia Feretti-Lowe FRACP chairs the board. Aunty Ruby Wallaby and DCI Harriet Coyle spoke."
    hits = [("Nadia Feretti-Lowe FRACP", "PER"), ("Aunty Ruby Wallaby", "PER"), ("DCI Harriet Coyle", "ORG")]
    assert _found(text, hits, "en") == {
        "Nadia Feretti-Lowe": "PER",
        "Ruby Wallaby": "PER",
        "Harriet Coyle": "PER",
    }


def test_towers_plazas_bhavans_salais_and_medical_centers_are_sites() -> None:
    text = (
        "The meeting is at Vaigai Bhavan, 14 Kamarajar Salai, near Orchid Towers. "
        "The victim was taken to Harlow Ridge Medical Center."
    )
    hits = [("Vaigai Bhavan", "ORG"), ("Kamarajar Salai", "PERSON"), ("Orchid Towers", "ORG")]
    hits += [("Harlow Ridge Medical Center", "ORG")]
    assert _found(text, hits, "en") == {
        "Vaigai Bhavan": "LOC",
        "Kamarajar Salai": "LOC",
        "Orchid Towers": "LOC",
        "Harlow Ridge Medical Center": "LOC",
    }


def test_a_nickname_in_quotes_stays_inside_the_person_s_name() -> None:
    text = 'Team captain Delroy "Skip" Anderton-Hyde, and Mayor Corazon "Cora" Malabanan-Reyes spoke.'
    hits = [('Skip" Anderton-Hyde', "WORK_OF_ART"), ("Corazon", "PERSON")]
    assert _found(text, hits, "en") == {
        'Delroy "Skip" Anderton-Hyde': "PER",
        'Corazon "Cora" Malabanan-Reyes': "PER",
    }


def test_honours_and_roles_in_the_plural_are_no_entities() -> None:
    text = (
        "She received the Order of Merit and the Harbour Police Medal. The Internal Auditors and Joint "
        "Company Secretaries reported. Kessler & Ode Chartered Accountants signed the accounts. Paul Ruto, "
        "M.A., spoke."
    )
    hits = [("Order of Merit", "ORG"), ("Harbour Police Medal", "ORG"), ("Internal Auditors", "ORG")]
    hits += [("Joint Company Secretaries", "ORG"), ("Kessler & Ode Chartered Accountants", "ORG")]
    hits += [("Paul Ruto", "PERSON"), ("M.A.", "GPE")]
    # the rules' proposals: the judge refitted on 665 releases weighs this one-sentence firm at 0.29
    # against its 0.35 (its word "chartered" and its title-case line weigh against it)
    assert _proposed(text, hits) == {"Kessler & Ode Chartered Accountants": "ORG", "Paul Ruto": "PER"}


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a national body named for its country, and an embassy by its country's long name
            "Officers from Police Scotland and the Embassy of the Kingdom of Norway attended.",
            [("Scotland", "GPE"), ("Kingdom of Norway", "GPE")],
            {"Police Scotland": "ORG", "Embassy of the Kingdom of Norway": "ORG"},
        ),
        (  # a venue named for two kinds of event, and a hotel named with its town
            "Guests stay at the Indus Grand Hotel Lahore before the gala at the Perth Convention and "
            "Exhibition Centre.",
            [("Indus Grand Hotel Lahore", "ORG"), ("Perth Convention", "ORG")],
            {"Indus Grand Hotel Lahore": "LOC", "Perth Convention and Exhibition Centre": "LOC"},
        ),
        (  # a research centre named after a person, a heritage railway and a law firm by its legal form
            "Engineers of the Mary W. Jackson Research Center and the Tanfield Valley Railway met. "
            "Counsel: Dube Mokoena Incorporated.",
            [("Mary W. Jackson Research Center", "PERSON"), ("Tanfield Valley Railway", "PERSON")],
            {
                "Mary W. Jackson Research Center": "ORG",
                "Tanfield Valley Railway": "ORG",
                "Dube Mokoena Incorporated": "ORG",
            },
        ),
        (  # form labels and a Malaysian honour of two words
            "Date Announced: 3 May 2026\nTan Sri Ahmad Rashid chaired the meeting.",
            [("Date Announced", "ORG"), ("Tan Sri Ahmad Rashid", "PERSON")],
            {"Ahmad Rashid": "PER"},
        ),
    ],
)
def test_bodies_venues_and_labels_by_the_words_around_them(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "en") == expected


def test_a_short_name_defined_as_the_company_is_a_body() -> None:
    text = 'KOPANO MINERALS LIMITED\n("Kopano" or "the Company")\n\nShareholders note that Kopano agreed.'
    hits = [("Kopano", "GPE"), ("Kopano", "GPE")]
    assert _found(text, hits, "en") == {"Kopano": "ORG"}


def test_landforms_greenways_and_counties_taken_for_people_are_places() -> None:
    text = "The Kilbrack Greenway runs from Dunmore Sound to County Laois, past Knockmore Hill."
    hits = [("Kilbrack Greenway", "PERSON"), ("Dunmore Sound", "PERSON"), ("County Laois", "PERSON")]
    hits += [("Knockmore Hill", "PERSON")]
    expected = {
        "Kilbrack Greenway": "LOC",
        "Dunmore Sound": "LOC",
        "County Laois": "LOC",
        "Knockmore Hill": "LOC",
    }
    assert _found(text, hits, "en") == expected


def test_us_legal_forms_and_a_title_with_its_office_before_a_name() -> None:
    text = (
        "Counsel: Birchwood Tally S.C. and Harbor Gate Bank, N.A. Lender: Quill Ridge Energy Corp. "
        '"We are ready," said Park Superintendent Dana Oyelaran-Pike, who runs the park.'
    )
    hits = [("Birchwood Tally", "PERSON"), ("Harbor Gate Bank", "ORG"), ("Ridge Energy Corp.", "ORG")]
    hits += [("Park Superintendent Dana Oyelaran-Pike", "PERSON")]
    assert _found(text, hits, "en") == {
        "Birchwood Tally S.C.": "ORG",
        "Harbor Gate Bank, N.A.": "ORG",
        "Quill Ridge Energy Corp.": "ORG",
        "Dana Oyelaran-Pike": "PER",
    }


def test_a_wire_s_dateline_company_and_a_corporal_are_no_bodies() -> None:
    text = (
        "Halifax, Nova Scotia--(Newsfile Corp. - March 2, 2027) - Tidewell Labs Inc. reports.\n\n"
        "Media: Cpl. Anouk Tremblay-Rao"
    )
    hits = [("Halifax", "GPE"), ("Nova Scotia", "GPE"), ("Cpl. Anouk Tremblay-Rao", "ORG")]
    assert _found(text, hits, "en") == {
        "Halifax": "LOC",
        "Nova Scotia": "LOC",
        "Tidewell Labs Inc.": "ORG",
        "Anouk Tremblay-Rao": "PER",
    }


def test_the_place_a_body_is_based_in_is_a_place() -> None:
    text = (
        "The Auckland-based Rātā Capital Partners will buy 40% of Kōwhai Growers, a Mosgiel-based "
        "orchard company, from the Group's Miami-based partner; a New Zealand-based trust holds the rest.\n\n"
        "Nature-based flood works and GPS-based tracking continue."
    )
    hits = [("Rātā Capital Partners", "ORG"), ("Kōwhai Growers", "ORG"), ("Mosgiel", "PER")]
    assert _found(text, hits, "en") == {
        "Auckland": "LOC",
        "Rātā Capital Partners": "ORG",
        "Kōwhai Growers": "ORG",
        "Mosgiel": "LOC",
        "Miami": "LOC",
        "New Zealand": "LOC",
    }


def test_a_large_city_the_ner_missed_is_a_place() -> None:
    text = "The new quay was built by Vela Marittima S.p.A. of Genoa, which won the tender in March."
    assert _found(text, [("Vela Marittima S.p.A.", "ORG")], "en") == {
        "Vela Marittima S.p.A.": "ORG",
        "Genoa": "LOC",
    }


def test_a_known_place_then_a_body_s_words_in_a_list_line_is_one_body() -> None:
    text = (
        "Ogun State has named the heads of its agencies.\n\n"
        "- Chief Adewale Bello – Chairman, Ogun State Housing Corporation\n"
        "- Mrs Tolani Ade – Chair, Ogun State Law Reform Commission\n"
    )
    hits = [
        ("Ogun State", "GPE"),
        ("Adewale Bello", "PERSON"),
        ("Ogun State Housing Corporation", "ORG"),
        ("Tolani Ade", "PERSON"),
        ("Ogun State Law Reform Commission", "ORG"),
    ]
    found = _found(text, hits, "en")
    assert found["Ogun State Housing Corporation"] == "ORG"
    assert found["Ogun State Law Reform Commission"] == "ORG"


def test_a_french_fund_that_goes_by_an_acronym_is_a_body_and_a_fund_without_one_is_no_name() -> None:
    text = (
        "Le Fonds de développement agricole (FDA) accorde 2 milliards de FCFA aux coopératives de Kara. "
        "Le FDA a signé hier. Le Fonds vert apporte 1 million d'euros."
    )
    hits = [
        ("Fonds de développement agricole", "ORG"),
        ("FDA", "ORG"),
        ("Kara", "LOC"),
        ("Fonds vert", "ORG"),
    ]
    fund, place = find_entities(text, "fr", FakeNer(hits), RULES_ALONE)
    assert (fund.type, {fund.name, *fund.aliases}) == ("ORG", {"Fonds de développement agricole", "FDA"})
    assert (place.type, place.name) == ("LOC", "Kara")  # "Fonds vert", a budget line, is no name


def test_the_funders_of_a_financing_plan_are_bodies_and_its_other_lines_no_names() -> None:
    text = (
        "La commune rénove sa médiathèque.\n\nLe plan de financement\n\n"
        "- Région Grand Est : 380 000 €\n"
        "- Province de Luxembourg : 120 000 €\n"
        "- Ville de Marche-en-Famenne : 95 000 €\n"
        "- Fonds propres : 60 000 €\n"
        "- Budget total : 655 000 €\n"
    )
    hits = [("Province de Luxembourg", "LOC"), ("Marche-en-Famenne", "LOC")]
    assert _found(text, hits) == {
        "Région Grand Est": "ORG",
        "Province de Luxembourg": "ORG",
        "Ville de Marche-en-Famenne": "ORG",
    }
    english = "Funding partners:\n\n• Halifax Regional Municipality: $8.4 million\n• Total: $31.7 million\n"
    assert _found(english, [], "en") == {"Halifax Regional Municipality": "ORG"}


def test_towns_joined_by_or_and_to_are_each_a_place() -> None:
    text = (
        "Patients travel to Lubbock or Amarillo for dialysis. The ferry runs from Kittery to Eastport "
        "twice a week."
    )
    hits = [("Lubbock or Amarillo", "ORG"), ("Kittery to Eastport", "LOC")]
    assert _found(text, hits, "en") == {
        "Lubbock": "LOC",
        "Amarillo": "LOC",
        "Kittery": "LOC",
        "Eastport": "LOC",
    }


def test_a_person_signing_with_initials_is_the_person_named_in_full() -> None:
    text = (
        "Chief executive Lindiwe Z. Mthembu-Ferreira said the year was strong. Finance director "
        "Johan H. Botha agreed.\n\nBy order of the Board\nL.Z. Mthembu-Ferreira\nJ.H. Botha\nP.M. Naidoo\n"
    )
    hits = [
        ("Lindiwe Z. Mthembu-Ferreira", "PERSON"),
        ("Johan H. Botha", "PERSON"),
        ("L.Z. Mthembu-Ferreira", "PERSON"),
        ("J.H. Botha", "PERSON"),
        ("P.M. Naidoo", "PERSON"),
    ]
    people = {e.name: sorted(e.aliases) for e in find_entities(text, "en", FakeNer(hits), RULES_ALONE)}
    assert people == {
        "Lindiwe Z. Mthembu-Ferreira": ["L.Z. Mthembu-Ferreira"],
        "Johan H. Botha": ["J.H. Botha"],
        "P.M. Naidoo": [],
    }


def test_a_town_listed_beside_a_place_is_a_place_but_not_a_form_of_address() -> None:
    text = "The Governor of Nakuru, Hon. Jane Wanjiru, met traders from Corby or Daventry."
    hits = [("Nakuru", "GPE"), ("Jane Wanjiru", "PERSON"), ("Corby", "GPE")]
    assert _found(text, hits, "en") == {
        "Nakuru": "LOC",
        "Jane Wanjiru": "PER",
        "Corby": "LOC",
        "Daventry": "LOC",
    }


def test_a_body_and_what_it_owns_are_two_names_over_the_possessive() -> None:
    text = (
        "Staff from Kelvingrove University's Department of Marine Biology and Kelvingrove University's "
        "Paisley campus met the Department of Energy's Office of Science. Lisburn Homes said that "
        "Lisburn's Investment Committee approved the plan, and St Michael's Hospital agreed."
    )
    hits = [
        ("Kelvingrove University's Department of Marine Biology", "ORG"),
        ("Kelvingrove University's Paisley", "ORG"),
        ("Department of Energy's Office of Science", "ORG"),
        ("Lisburn Homes", "ORG"),
        ("Lisburn's Investment Committee", "ORG"),
        ("St Michael's Hospital", "ORG"),
    ]
    assert _found(text, hits, "en") == {
        "Kelvingrove University": "ORG",
        "Department of Marine Biology": "ORG",
        "Paisley": "LOC",  # a town it owns a campus in
        "Department of Energy": "ORG",
        "Office of Science": "ORG",
        "Lisburn Homes": "ORG",  # "Lisburn's": the company's short name, one entity
        "Investment Committee": "ORG",  # its organ: the rules cut it off the owner; the judge
        # weighs organs against a name (test_entity_judge.py)
        "St Michael's Hospital": "LOC",  # a saint's hospital: no body owns it
    }


def test_a_french_noun_the_ner_took_for_a_name_is_none_unless_the_geodata_knows_the_place() -> None:
    text = (
        "La ministre de l'Enfance et de la Jeunesse a visité Doulon puis Tours.\n"
        "  • Montant : 4 millions d'euros\nLa formation en Soins infirmiers ouvre en septembre.\n"
        "Rectificatif : la formation ouvre le 8 septembre."
    )
    hits = [("Jeunesse", "LOC"), ("Doulon", "LOC"), ("Tours", "LOC"), ("Montant", "LOC"), ("Soins", "LOC")]
    hits += [("Rectificatif", "ORG")]  # a heading the NER took for a body
    # "Tours" is a noun and a town the geodata knows; "Doulon", a district of Nantes, no noun
    assert _found(text, hits, "fr") == {"Doulon": "LOC", "Tours": "LOC"}


def test_french_nouns_are_read_from_the_installed_pipeline() -> None:
    from pressflow_enrich.words.nouns import french_nouns, is_french_noun

    assert len(french_nouns()) > 10_000
    assert is_french_noun("Jeunesse") and is_french_noun("lycées") and not is_french_noun("Doulon")


def test_a_form_of_address_and_a_modifier_s_participle_are_no_part_of_a_name() -> None:
    text = "The contract went to Messrs Ofada Building Supplies Limited; the World Bank-funded scheme starts."
    hits = [("Messrs Ofada Building Supplies Limited", "ORG"), ("World Bank-funded", "ORG")]
    assert _found(text, hits, "en") == {"Ofada Building Supplies Limited": "ORG", "World Bank": "ORG"}


def test_a_time_zone_after_a_clock_and_a_currency_code_as_a_unit_are_no_bodies() -> None:
    text = (
        "Kifaru Breweries will host a call at 10.00am EAT and at 9:30 p.m. (AEST).\n"
        "Revenue (TZS million) rose to TZS 38,415 million. The TZS Board met."
    )
    hits = [("Kifaru Breweries", "ORG"), ("EAT", "ORG"), ("AEST", "ORG"), ("TZS", "ORG"), ("TZS", "ORG")]
    hits += [("TZS Board", "ORG")]
    assert _found(text, hits, "en") == {"Kifaru Breweries": "ORG", "TZS Board": "ORG"}
    # a body whose acronym is also a currency's code, closing a bracket it did not open: a body
    text = "The interview aired on public radio (KQED and NPR) last week."
    assert _found(text, [("KQED", "ORG"), ("NPR", "ORG")], "en") == {"KQED": "ORG", "NPR": "ORG"}


def test_an_acronym_a_term_in_lower_case_defines_in_quotes_is_no_body() -> None:
    text = (
        'Harwick Solar Income plc announces its net asset value ("NAV") at 31 March. '
        "NAV per share rose; the Harwick Pension Board (HPB) approved it."
    )
    hits = [
        ("Harwick Solar Income plc", "ORG"),
        ("NAV", "ORG"),
        ("NAV", "ORG"),
        ("Harwick Pension Board", "ORG"),
    ]
    hits += [("HPB", "ORG")]
    assert _found(text, hits, "en") == {"Harwick Solar Income plc": "ORG", "Harwick Pension Board": "ORG"}


def test_a_general_hospital_is_named_by_its_kind_though_general_is_a_title_word() -> None:
    text = "Patients go to Kyrenia General Hospital, said Attorney General Council officers."
    assert _found(text, [], "en") == {"Kyrenia General Hospital": "LOC"}


def test_a_wire_release_s_source_line_names_the_issuer_by_its_kind_without_the_label() -> None:
    text = "Lakemoor University won a grant, the university said.\n\nSOURCE Lakemoor University\n"
    assert _found(text, [("Lakemoor University", "ORG")], "en") == {"Lakemoor University": "ORG"}


def test_a_sentence_s_full_stop_after_a_word_in_capitals_is_no_initial() -> None:
    text = "The grant was signed with the Ministry of Agriculture of GHANA. Officials welcomed it."
    hits = [("Ministry of Agriculture of GHANA.", "ORG")]
    assert _found(text, hits, "en") == {"Ministry of Agriculture of GHANA": "ORG"}


def test_a_name_by_its_kind_opens_at_the_words_in_capitals_the_ner_left_out() -> None:
    text = (
        "Fans met at the Obiora Nwankwo Stadium on Friday; the Kestrel Valley Tourism Authority paid "
        "for buses from Kenya's Ports Authority depot, said Director Harbour Board staff."
    )
    hits = [("Nwankwo Stadium", "FAC"), ("Tourism Authority", "ORG"), ("Ports Authority", "ORG")]
    hits += [("Harbour Board", "ORG")]
    assert _found(text, hits, "en") == {
        "Obiora Nwankwo Stadium": "LOC",
        "Kestrel Valley Tourism Authority": "ORG",
        "Ports Authority": "ORG",
        "Harbour Board": "ORG",
    }
    # a headline in title case: its words before the name are the headline's, not the name's
    text = "Parcels go to 212 Ogunleye Bankole Road, Ikeja."  # after a street number, before a street
    assert _found(text, [("Bankole Road", "FAC")], "en") == {"Ogunleye Bankole Road": "LOC", "Ikeja": "LOC"}
    text = "Orchard Growers Sign Freight Deal with Tamar Valley Tourism Authority\n\nThe deal runs two years."
    assert _found(text, [("Tourism Authority", "ORG")], "en") == {"Tourism Authority": "ORG"}


def test_a_programme_s_name_and_acronym_before_the_word_programme_are_no_body() -> None:
    text = (
        "Harrowgate Tooling receives $2 million through the Northern Skills Renewal (NSR) program of "
        "the Kestrel Valley Development Agency. The NSR program opened in May."
    )
    hits = [("Harrowgate Tooling", "ORG"), ("Northern Skills Renewal", "ORG"), ("NSR", "ORG")]
    hits += [("Kestrel Valley Development Agency", "ORG"), ("NSR", "ORG")]
    # the rules' proposals: the judge refitted on 689 releases weighs this one-sentence firm at 0.344
    # against its 0.35 (0.355 with 0.13.0's), which is the judge's call, not this rule's
    assert _proposed(text, hits) == {
        "Harrowgate Tooling": "ORG",
        "Kestrel Valley Development Agency": "ORG",
    }


def test_the_letters_after_a_person_s_name_are_no_body() -> None:
    text = (
        "The chair, Wanjiru Kamau-Otieno, EBS, MBChB, opened the Kisumu Water Board (KWB) plant; "
        "Ama Owusu, KWB, said the plant is ready."
    )
    hits = [
        ("Wanjiru Kamau-Otieno", "PERSON"),
        ("EBS", "ORG"),
        ("MBChB", "ORG"),
        ("Kisumu Water Board", "ORG"),
    ]
    hits += [("KWB", "ORG"), ("Ama Owusu", "PERSON"), ("KWB", "ORG")]
    found = _found(text, hits, "en")
    assert "EBS" not in found and "MBChB" not in found
    assert found["Kisumu Water Board"] == "ORG" and found["Wanjiru Kamau-Otieno"] == "PER"


def test_a_station_and_a_headland_keep_their_kind_before_the_town() -> None:
    text = (
        "Les navettes partiront de la gare de Vernoux et longeront la pointe du Kerlenn jusqu'à la "
        "presqu'île de Brennac, a indiqué la Régie des transports de Vernoux."
    )
    hits = [
        ("Vernoux", "LOC"),
        ("Kerlenn", "LOC"),
        ("Brennac", "LOC"),
        ("Régie des transports de Vernoux", "ORG"),
    ]
    found = _found(text, hits, "fr")
    assert found["gare de Vernoux"] == "LOC" and found["pointe du Kerlenn"] == "LOC"
    assert found["presqu'île de Brennac"] == "LOC" and "Kerlenn" not in found


def test_a_term_the_release_defines_with_its_article_is_no_name() -> None:
    text = (
        'Tarnwell Minerals Limited (the "Company") reports for the three months to 30 June (the "Quarter"). '
        "Output for the Quarter rose, said the Company's chief executive."
    )
    hits = [("Tarnwell Minerals Limited", "ORG"), ("Company", "ORG"), ("Quarter", "GPE"), ("Quarter", "GPE")]
    assert _found(text, hits, "en") == {"Tarnwell Minerals Limited": "ORG"}
    # a name in capitals defined so stays one: an acronym with a hyphen too
    text = 'Kestrel REIT trades on the Main Board of the Harbour Exchange (the "HBX-MB"). The HBX-MB agreed.'
    hits = [("Kestrel REIT", "ORG"), ("Harbour Exchange", "ORG"), ("HBX-MB", "ORG"), ("HBX-MB", "ORG")]
    assert _found(text, hits, "en")["HBX-MB"] == "ORG"


def test_a_place_s_kind_before_a_title_names_no_one() -> None:
    text = "Speaking at Kilbrack Pier, County Roscarra, Minister Aoife Ní Dhonnabháin said the works start."
    hits = [("Kilbrack Pier", "FAC"), ("County Roscarra", "GPE"), ("Aoife Ní Dhonnabháin", "PERSON")]
    found = _found(text, hits, "en")
    assert found["County Roscarra"] == "LOC" and found["Aoife Ní Dhonnabháin"] == "PER"


def test_a_professor_s_name_is_a_person_s_found_or_not() -> None:
    text = (
        "The panel is chaired by Professor Eluned ap Gwyn-Rhys, with Prof. Wanjiku Njeri Kamau of the "
        "Kestrel Institute."
    )
    found = _found(text, [("Kestrel Institute", "ORG")], "en")
    assert found["Eluned ap Gwyn-Rhys"] == "PER" and found["Wanjiku Njeri Kamau"] == "PER"


def test_a_body_named_for_two_fields_is_one_name_across_the_and() -> None:
    text = (
        "The survey is led by the Harwick School of Coastal Ecology and Ocean Mapping, with funding from the "
        "Kestrel Bank of Canada and Moorfield Capital."
    )
    hits = [
        ("Harwick School of Coastal Ecology", "ORG"),
        ("Ocean Mapping", "ORG"),
        ("Kestrel Bank of Canada", "ORG"),
    ]
    hits += [("Moorfield Capital", "ORG")]
    assert _found(text, hits, "en") == {
        "Harwick School of Coastal Ecology and Ocean Mapping": "ORG",
        "Kestrel Bank of Canada": "ORG",
        "Moorfield Capital": "ORG",
    }


def test_a_french_body_the_ner_cut_goes_on_to_its_acronym() -> None:
    # "lutte": its "l" is the word's, no elided article; "produits": a word the acronym passes over
    text = (
        "Les enquêteurs de l'Office régional de lutte contre les fraudes et les trafics illicites (ORLFTI) "
        "et l'Agence Nationale de Contrôle des produits Vétérinaires (ANCV) ont saisi les lots."
    )
    hits = [("Office régional de lutte contre les fraudes", "ORG"), ("ORLFTI", "ORG")]
    hits += [("Agence Nationale de Contrôle", "ORG"), ("ANCV", "ORG")]
    assert _found(text, hits, "fr") == {
        "Office régional de lutte contre les fraudes et les trafics illicites": "ORG",  # alias ORLFTI
        "Agence Nationale de Contrôle des produits Vétérinaires": "ORG",  # alias ANCV
    }


def test_a_french_body_in_lower_case_goes_on_to_its_foreign_acronym() -> None:
    text = "L'Organisation mondiale pour la pêche et l'aquaculture durables (WOSFA) appuie le projet."
    hits = [("Organisation mondiale pour la pêche", "ORG"), ("WOSFA", "ORG")]
    assert _found(text, hits, "fr") == {
        "Organisation mondiale pour la pêche et l'aquaculture durables": "ORG"
    }


def test_a_state_s_or_a_province_s_code_of_the_release_s_country_is_a_place() -> None:
    text = (
        "BRANDON, Manitoba - The Kestrel Grain Co-op will build a terminal near Brandon, MB, the co-op said."
    )
    hits = [("Kestrel Grain Co-op", "ORG"), ("Brandon", "GPE"), ("MB", "ORG")]
    assert _found(text, hits, "en")["MB"] == "LOC"
    # where a country's codes are no one's writing, an acronym stays a body: GB-CMA is Cumbria's code
    text = "LONDON, 3 May 2027 - The CMA has opened an inquiry into Harbourline PLC, the CMA said."
    hits = [("LONDON", "GPE"), ("CMA", "ORG"), ("Harbourline PLC", "ORG"), ("CMA", "ORG")]
    assert _found(text, hits, "en")["CMA"] == "ORG"


def test_a_government_by_its_kind_in_lower_case_is_a_body_whatever_the_ner_ran_it_into() -> None:
    text = (
        "Le projet s'inscrit dans la Stratégie maritime 2026-2030 du gouvernement du Québec, qui la finance."
    )
    hits = [("Stratégie maritime 2026-2030 du gouvernement du Québec", "MISC")]
    assert _found(text, hits, "fr") == {"gouvernement du Québec": "ORG"}


def test_a_name_the_ner_ran_over_a_comma_into_a_person_ends_at_the_comma() -> None:
    text = "At Kwun Tong Pier, the chair of Harbourfront Trust, Ms Winnie Chan Siu-ling, said work starts."
    hits = [("Kwun Tong Pier", "FAC"), ("Harbourfront Trust, Ms Winnie", "ORG")]
    found = _found(text, hits, "en")
    assert found["Harbourfront Trust"] == "ORG" and found["Winnie Chan Siu-ling"] == "PER"


def test_haji_and_hajah_are_forms_of_address_not_part_of_the_name() -> None:
    text = "The works were opened by Haji Rosli bin Kamarudin and Hajah Norlela binti Samad in Seberang Jaya."
    hits = [
        ("Haji Rosli bin Kamarudin", "PERSON"),
        ("Hajah Norlela binti Samad", "PERSON"),
        ("Seberang Jaya", "GPE"),
    ]
    found = _found(text, hits, "en")
    assert found["Rosli bin Kamarudin"] == "PER" and found["Norlela binti Samad"] == "PER"


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # the English NER cuts these at the first hyphen, or misses them
            "Buses link Kirby-on-Wold, Aston-in-Marsh and Hensby-under-Lyne with Thornby-le-Dale.",
            [("Kirby", "GPE"), ("Aston", "PERSON")],
            {
                "Kirby-on-Wold": "LOC",
                "Aston-in-Marsh": "LOC",
                "Hensby-under-Lyne": "LOC",
                "Thornby-le-Dale": "LOC",
            },
        ),
        (  # an office or a status of two English words is no town
            "The Editor-in-Chief spoke for the Debtor-in-Possession at Clayborne-on-Sea.",
            [],
            {"Clayborne-on-Sea": "LOC"},
        ),
    ],
)
def test_an_english_town_joined_by_on_or_in(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a saint's or a figure's site, which the NER took for a person or cut at the "'s"
            "Walkers left St Aldric's Hospital for Pellham's Wall and the Warden's Causeway.",
            [("St Aldric's", "PERSON"), ("Pellham", "ORG")],
            {"St Aldric's Hospital": "LOC", "Pellham's Wall": "LOC", "Warden's Causeway": "LOC"},
        ),
        (  # a college named for a saint is a body
            "Pupils of St Corvan's College won the cup.",
            [("St Corvan's", "PERSON")],
            {"St Corvan's College": "ORG"},
        ),
        (  # the owner is a place, or a company the release names alone: two names, not one
            "Ireland's Lough Park reopened. Tessaly's Wharf Hall is new; Tessaly employs 40.",
            [("Ireland", "GPE"), ("Lough Park", "FAC"), ("Tessaly", "ORG"), ("Wharf Hall", "FAC")],
            {"Ireland": "LOC", "Lough Park": "LOC", "Tessaly": "ORG", "Wharf Hall": "LOC"},
        ),
    ],
)
def test_a_site_named_in_the_possessive(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a body named for two places, cut by the NER at the "and"
            "Calls reached Kendal and Wenlow Police, and pupils of Ludlow and Pellow College helped.",
            [("Kendal", "GPE"), ("Wenlow Police", "ORG"), ("Ludlow", "GPE"), ("Pellow College", "ORG")],
            {"Kendal and Wenlow Police": "ORG", "Ludlow and Pellow College": "ORG"},
        ),
        (  # a company, or a country, before the "and": two names
            "Loans from Kestrabank and Harbour Bank rose; Kenya and Uganda Police met.",
            [("Kestrabank", "ORG"), ("Harbour Bank", "ORG"), ("Kenya", "GPE"), ("Uganda Police", "ORG")],
            {"Kestrabank": "ORG", "Harbour Bank": "ORG", "Kenya": "LOC", "Uganda Police": "ORG"},
        ),
    ],
)
def test_a_body_named_for_two_places(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # given names, then the surname in capitals, which the NER takes for a body or misses
            "The medal went to Helen Margaret STOCKDALE and to Kwame ADJEI-MENSAH of the club.",
            [("Helen Margaret STOCKDALE", "ORG")],
            "en",
            {"Helen Margaret STOCKDALE": "PER", "Kwame ADJEI-MENSAH": "PER"},
        ),
        (  # a form of address before a name all in capitals is no part of it
            "PICTURED: Sister MAIREAD O'CONNELL, who leads the ward.",
            [],
            "en",
            {"MAIREAD O'CONNELL": "PER"},
        ),
        (  # an article, a term, an honour's letters: no surname
            "Les SDIS ont voté. Marge EBITDA stable. Rhys Morgan CBE a parlé.",
            [("Rhys Morgan", "PERSON")],
            "fr",
            {"Rhys Morgan": "PER"},
        ),
    ],
)
def test_a_surname_in_capitals(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # the body, not its press desk, named after it
            "Contact Brenmouth City Council Communications, or the Harlow University Office of "
            "Communications, or the Coastline Police Media Unit.",
            [
                ("Brenmouth City Council Communications", "ORG"),
                ("the Harlow University Office of Communications", "ORG"),
                ("the Coastline Police Media Unit", "ORG"),
            ],
            {"Brenmouth City Council": "ORG", "Harlow University": "ORG", "Coastline Police": "ORG"},
        ),
    ],
)
def test_a_body_s_press_desk_after_its_name(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "en") == expected


def test_a_company_named_for_its_trade_and_a_desk_s_own_name_are_not_cut() -> None:
    text = "Shares of Tamsin Communications rose, said the Office of University Communications."
    hits = [("Tamsin Communications", "ORG"), ("the Office of University Communications", "ORG")]
    proposed = {e.name for e in find_candidates(text, "en", FakeNer(hits))[0]}
    assert "Tamsin Communications" in proposed
    assert "Office of University" not in proposed  # a desk's whole name, left to the judge


def test_a_maori_name_joined_by_o_is_one_body() -> None:
    text = "The plan was backed by Te Rūnanga o Ngāti Hāua and by Te Kaunihera o Te Awa o Rangi."
    hits = [("Te Rūnanga", "PERSON"), ("Ngāti Hāua", "PERSON"), ("Te Awa", "PERSON")]
    proposed = _proposed(text, hits)
    assert proposed == {"Te Rūnanga o Ngāti Hāua": "ORG", "Te Kaunihera o Te Awa o Rangi": "ORG"}


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a venue named after a person, a plant named for its place: the kind is the site's
            "Le concert aura lieu au centre culturel Aimé-Rivière. La station d'épuration de Sète "
            "Nord sera rénovée.",
            [("Aimé-Rivière", "LOC"), ("Sète Nord", "LOC")],
            {"centre culturel Aimé-Rivière": "LOC", "station d'épuration de Sète Nord": "LOC"},
        ),
        (  # a venue's kind, "de" and its town describe it: the town is the name
            "Une réunion aura lieu au centre culturel de Pontivy.",
            [("Pontivy", "LOC")],
            {"Pontivy": "LOC"},
        ),
        (  # a name the French NER cut at its inner apostrophe, as if elided
            "Les vols reprennent à l'aéroport de Tahiti-Faa'a.",
            [("aéroport de Tahiti-Faa'", "LOC")],
            {"aéroport de Tahiti-Faa'a": "LOC"},
        ),
    ],
)
def test_french_venues_and_an_apostrophe_inside_a_name(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "fr") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # Maria abbreviated, as the Philippines write it
            "The prize went to Ma. Lourdes Tanjuatco-Reyes of Cebu.",
            [("Ma", "PERSON"), ("Lourdes Tanjuatco-Reyes", "PERSON"), ("Cebu", "GPE")],
            {"Ma. Lourdes Tanjuatco-Reyes": "PER", "Cebu": "LOC"},
        ),
    ],
)
def test_a_first_name_abbreviated_with_its_dot(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "en") == expected


def test_a_town_before_et_is_no_part_of_the_company_after_it() -> None:
    text = "Le pôle regroupe Brevolt Industrie SA à Annecy et Kaskada Polska sp. z o.o. à Poznań."
    hits = [("Brevolt Industrie SA", "ORG"), ("Annecy", "LOC"), ("Poznań", "LOC")]
    assert _found(text, hits, "fr") == {
        "Brevolt Industrie SA": "ORG",
        "Annecy": "LOC",
        "Kaskada Polska sp. z o.o.": "ORG",
        "Poznań": "LOC",
    }


def test_the_exchanges_a_company_s_tickers_are_listed_on() -> None:
    text = "Brellin Therapeutics Limited (ASX: BRL; Nasdaq: BRLX) today said.\nNSE: BRELLINPH | BSE: 543210"
    hits = [("Brellin Therapeutics Limited", "ORG"), ("ASX", "ORG")]
    found = _found(text, hits, "en")
    assert {"ASX", "Nasdaq", "NSE", "BSE"} <= set(found)
    assert "BRLX" not in found and "BRELLINPH" not in found  # the tickers are no names


def test_two_names_joined_by_and_before_a_legal_form() -> None:
    text = (
        "Tarrow Ember advised the buyer. Counsel were Tarrow Ember and Lindqvist Morrow LLP. "
        "The pumps came from Brenlow Pumps and Valves Limited."
    )
    found = _found(text, [("Tarrow Ember", "ORG"), ("Tarrow Ember", "ORG")], "en")
    assert found == {
        "Tarrow Ember": "ORG",  # named alone too: its own name, then the firm's
        "Lindqvist Morrow LLP": "ORG",
        "Brenlow Pumps and Valves Limited": "ORG",  # never written alone: one company
    }


def test_a_company_s_kind_before_and_ends_it() -> None:
    text = "It was built by Carreon Steel Supply Corporation and Sta. Lucia Crane Rentals, Inc. in May."
    hits = [("Carreon Steel Supply Corporation", "ORG"), ("Lucia Crane Rentals", "ORG")]
    assert _found(text, hits, "en") == {
        "Carreon Steel Supply Corporation": "ORG",
        "Sta. Lucia Crane Rentals, Inc.": "ORG",
    }


def test_emphasis_in_capitals_after_a_word_written_in_lower_case_names_no_one() -> None:
    text = "We hope so, and we mark it. Hope ALWAYS wins; Mark THIS day, said Owen Marcus HADFIELD."
    proposed = {e.name for e in find_candidates(text, "en", FakeNer([]))[0]}
    assert not {"Hope ALWAYS", "Mark THIS"} & proposed and "Owen Marcus HADFIELD" in proposed


def test_an_irish_council_s_chair_is_a_title_before_the_council() -> None:
    text = "The Cathaoirleach of Kilbrack County Council opened the pier."
    hits = [("The Cathaoirleach of Kilbrack County Council", "ORG")]
    assert _found(text, hits, "en") == {"Kilbrack County Council": "ORG"}


def test_a_system_named_for_what_it_does_is_no_body_nor_is_its_acronym() -> None:
    text = (
        "Payments moved to the Integrated Budget Management Information System (IBMIS) in May, "
        "said the Brennor Health System."
    )
    hits = [
        ("the Integrated Budget Management Information System", "ORG"),
        ("IBMIS", "ORG"),
        ("the Brennor Health System", "ORG"),
    ]
    proposed = {e.name for e in find_candidates(text, "en", FakeNer(hits))[0]}
    assert proposed == {"Brennor Health System"}  # a health system is a body


def test_a_people_by_its_own_word_is_no_place() -> None:
    text = "Australian growers, Jamaicans and Queenslanders met in Kudan and in Brisbane."
    hits = [("Australian", "NORP"), ("Jamaicans", "ORG"), ("Queenslanders", "ORG"), ("Kudan", "GPE")]
    hits += [("Brisbane", "GPE")]
    assert _found(text, hits, "en") == {"Kudan": "LOC", "Brisbane": "LOC"}  # not Kentucky's "Ky"


def test_a_firm_whose_name_repeats_its_first_word_stays_whole() -> None:
    text = "The deal was advised by Marlow & Marlow LLP in Leeds."
    assert _found(text, [("Leeds", "GPE")], "en") == {"Marlow & Marlow LLP": "ORG", "Leeds": "LOC"}


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # the NER leaves the number out; a rule's kind stops before it
            "Lorries will use the National Highway 412 near Dunsmore, then Tollard Road 6 past Eldham.",
            [
                ("the National Highway", "FAC"),
                ("Dunsmore", "GPE"),
                ("Tollard Road", "FAC"),
                ("Eldham", "GPE"),
            ],
            {"National Highway 412": "LOC", "Dunsmore": "LOC", "Tollard Road 6": "LOC", "Eldham": "LOC"},
        ),
        (  # a distance after a road is no part of its name
            "The works close Tollard Road 3 km north of Eldham.",
            [("Tollard Road", "FAC"), ("Eldham", "GPE")],
            {"Tollard Road": "LOC", "Eldham": "LOC"},
        ),
    ],
)
def test_a_site_numbered_within_its_kind_keeps_its_number(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "expected"),
    [
        (  # a list item's first word, which no dictionary holds, opens the name the NER cut
            "Grants were made to:\n- Tewksbeck Harbor Seafood Co., Marlow: $640,000\n"
            "• Whetūrangi Theatre Collective, for a new work.",
            [("Harbor Seafood Co.", "ORG"), ("Marlow", "GPE"), ("Theatre Collective", "ORG")],
            {
                "Tewksbeck Harbor Seafood Co.": "ORG",
                "Marlow": "LOC",
                "Whetūrangi Theatre Collective": "ORG",
            },
        ),
        (  # an ordinary word or a town at a line's start stays out
            "Highlights Theatre Collective\nMoncton Tollard Road lift station: $2,000,000",
            [("Theatre Collective", "ORG"), ("Tollard Road", "FAC")],
            {"Theatre Collective": "ORG", "Tollard Road": "LOC"},
        ),
        (  # a street named for a holder of a title, after its number, in an address line
            "Registered Office\nTower House, 214 Sheikh Rahmat Road, Port Calder",
            [("Tower House", "FAC"), ("Rahmat Road", "FAC"), ("Port Calder", "GPE")],
            {"Tower House": "LOC", "Sheikh Rahmat Road": "LOC", "Port Calder": "LOC"},
        ),
    ],
)
def test_words_the_ner_left_out_before_a_kind(text: str, hits: list, expected: dict) -> None:
    assert _found(text, hits, "en") == expected


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # a body named for two fields, cut by the NER at the "and"
            "Funds come from Forestry and Rivers Canada and the Kelby Harbours and Tourism Board.",
            [
                ("Forestry", "ORG"),
                ("Rivers Canada", "ORG"),
                ("the Kelby Harbours", "ORG"),
                ("Tourism Board", "ORG"),
            ],
            "en",
            {"Forestry and Rivers Canada": "ORG", "Kelby Harbours and Tourism Board": "ORG"},
        ),
        (
            "Le projet est financé par Forêts et Rivières Canada.",
            [("Forêts", "LOC"), ("Rivières Canada", "LOC")],
            "fr",
            {"Forêts et Rivières Canada": "ORG"},
        ),
        (  # a place or a name written alone elsewhere is a name of its own
            "Talks joined the United States and Rivers Canada. "
            "Torvane said Torvane and Harbour Board agreed.",
            [
                ("the United States", "GPE"),
                ("Rivers Canada", "ORG"),
                ("Torvane", "ORG"),
                ("Torvane", "ORG"),
                ("Harbour Board", "ORG"),
            ],
            "en",
            {"United States": "LOC", "Rivers Canada": "ORG", "Torvane": "ORG", "Harbour Board": "ORG"},
        ),
    ],
)
def test_a_body_named_for_two_fields(text: str, hits: list, lang: str, expected: dict) -> None:
    assert _found(text, hits, lang) == expected


def test_bodies_whose_names_differ_by_their_kind_are_two() -> None:
    text = (
        "The Kelby Harbours and Tourism Department runs the quays; the Kelby Harbours and Tourism "
        "Commission sets the fees and the Kelby Harbours and Tourism Foundation raises funds."
    )
    hits = [
        ("Kelby Harbours and Tourism Department", "ORG"),
        ("Kelby Harbours and Tourism Commission", "ORG"),
        ("Kelby Harbours and Tourism Foundation", "ORG"),
    ]
    entities = find_candidates(text, "en", FakeNer(hits))[0]
    assert sorted(e.name for e in entities) == [h for h, _ in sorted(hits)]


@pytest.mark.parametrize(
    ("text", "hits", "lang", "expected"),
    [
        (  # a word no dictionary holds after a preposition of place
            "The pumps at Kivunde and a tank near Oshari will serve traders in Emboro's market.",
            [],
            "en",
            {"Kivunde": "LOC", "Oshari": "LOC", "Emboro": "LOC"},
        ),
        (
            "L'atelier installé à Vellouze et la station de Bramessac ouvriront.",
            [],
            "fr",
            {"Vellouze": "LOC", "Bramessac": "LOC"},
        ),
        (  # an ordinary word, a given name, or the first word of a longer name is no place
            "Meet us in Marketing, ask at Reception for Harriet, or write to Kivunde Holdings.",
            [],
            "en",
            {},
        ),
    ],
)
def test_a_word_no_dictionary_holds_after_a_preposition_of_place(
    text: str, hits: list, lang: str, expected: dict
) -> None:
    assert _found(text, hits, lang) == expected


def test_words_no_dictionary_holds_listed_beside_a_place_are_places() -> None:
    text = "Water will reach Mwanza, Kivunde, Oshari and Emboro. Staff of Mwanza and Harriet met."
    found = _found(text, [("Mwanza", "GPE"), ("Mwanza", "GPE")], "en")
    assert {"Kivunde", "Oshari", "Emboro", "Mwanza"} <= found.keys()
    assert "Harriet" not in found  # a given name, listed or not, is no place


def test_a_country_whose_name_opens_with_an_honorific_keeps_it() -> None:
    text = "Orvane Textiles PLC, Sri Lanka's third-largest knitter, met Sri Ranjan Perera."
    hits = [("Orvane Textiles PLC", "ORG"), ("Sri Lanka's", "PERSON"), ("Sri Ranjan Perera", "PERSON")]
    assert _found(text, hits, "en") == {
        "Orvane Textiles PLC": "ORG",
        "Sri Lanka": "LOC",
        "Ranjan Perera": "PER",
    }


def test_a_person_in_a_list_item_of_capitalised_words_is_no_headline() -> None:
    text = "Charged:\n- Carys Anwen Pellow, 42, of Dunmore, Pa. – Theft of Property over $5,000."
    hits = [("Carys Anwen Pellow", "PERSON"), ("Dunmore", "GPE"), ("Pa.", "GPE")]
    assert _found(text, hits, "en")["Carys Anwen Pellow"] == "PER"


def test_maria_abbreviated_after_a_title_opens_the_name() -> None:
    text = "Corporate Secretary Atty. Ma. Lourdes P. Acebedo said the Board agreed."
    hits = [("Atty", "PERSON"), ("Lourdes P. Acebedo", "PERSON"), ("Board", "ORG")]
    assert "Ma. Lourdes P. Acebedo" in _found(text, hits, "en")


def test_a_name_then_a_job_a_body_gives_in_the_possessive_is_a_person() -> None:
    text = "The sale closes in June.\n\nOrla Venkataraman, Tidewater Mills' finance director, will stay on."
    hits = [("Tidewater Mills'", "ORG")]
    assert _found(text, hits, "en").get("Orla Venkataraman") == "PER"


def test_a_position_s_letter_before_a_body_and_a_name_s_capitalised_particles() -> None:
    text = (
        "1. Kestrel Hawks – Ronan Ulloa-Brandt (F, University of Tessaly)\n"
        "2. Owls – Ivo Kalder (G, De La Vega College)"
    )
    hits = [
        ("Ronan Ulloa-Brandt", "PERSON"),
        ("F, University of Tessaly", "ORG"),
        ("De La Vega College", "ORG"),
    ]
    found = _found(text, hits, "en")
    assert found.get("University of Tessaly") == "ORG" and found.get("De La Vega College") == "ORG"


def test_a_country_s_initials_before_a_noun_are_the_country() -> None:
    text = "Harrowgate Diagnostics signed its first U.S. customer; UK rules apply to its Leeds lab."
    hits = [("Harrowgate Diagnostics", "ORG"), ("U.S.", "GPE"), ("UK", "GPE"), ("Leeds", "GPE")]
    found = _found(text, hits, "en")
    assert found.get("U.S.") == "LOC" and found.get("UK") == "LOC"


def test_a_title_tied_to_a_place_or_a_body_by_in_for_or_of_the() -> None:
    text = (
        "The Institute's Representative in Tobago, Marisol Quintana-Reyes, met Dr. Ilse Varga, Vice "
        "Chair for Research, and the Managing Director of the Kaveri Valley Industrial Development "
        "Corporation Limited."
    )
    hits = [
        ("Representative in Tobago", "ORG"),
        ("Marisol Quintana-Reyes", "PERSON"),
        ("Ilse Varga", "PERSON"),
        ("Chair for Research", "ORG"),
        ("the Kaveri Valley Industrial Development Corporation Limited", "ORG"),
    ]
    found = _found(text, hits, "en")
    assert found.get("Tobago") == "LOC" and found.get("Marisol Quintana-Reyes") == "PER"
    assert found.get("Kaveri Valley Industrial Development Corporation Limited") == "ORG"
    assert not [name for name in found if name[0].islower()]  # no "in Tobago", "for Research", "the Kaveri"


def test_names_listed_before_an_area_s_kind_in_the_plural_are_places() -> None:
    text = (
        "Boats from the Central, Western, Upper Keta and Volta regions will rest. In Monze and Kalomo "
        "districts rain fell. Tallgrass Fiber Cooperative, Bayfield and Ashland counties signed."
    )
    hits = [("Central", "LOC"), ("Monze", "GPE"), ("Tallgrass Fiber Cooperative", "ORG")]
    found = _found(text, hits, "en")
    for place in ("Western", "Upper Keta", "Volta", "Kalomo", "Bayfield", "Ashland"):
        assert found.get(place) == "LOC", place
    assert found.get("Tallgrass Fiber Cooperative") == "ORG"
    assert "In Monze" not in found


def test_one_word_taken_for_a_person_that_only_a_town_is_named_is_a_place() -> None:
    text = (
        "Crews will resurface the road from Montpelier to Bridgewater and fish off Bonavista. "
        "Mr. Beaulieu thanked Kinsella Foods; Tamarack's plants stay open. Harwell Consumer Finance "
        "Inc. settled, and Harwell will pay."
    )
    hits = [("Montpelier", "PERSON"), ("Bridgewater", "PERSON"), ("Bonavista", "PERSON")]
    hits += [("Beaulieu", "PERSON"), ("Kinsella Foods", "ORG"), ("Tamarack", "PERSON")]
    hits += [("Harwell Consumer Finance Inc.", "ORG"), ("Harwell", "PERSON")]
    types = _proposed(text, hits)
    assert types.get("Montpelier") == "LOC" and types.get("Bonavista") == "LOC"
    assert types.get("Beaulieu") != "LOC" and types.get("Tamarack") != "LOC"  # a surname, a company
    assert "LOC" not in {t for name, t in types.items() if "Harwell" in name}  # the company's short name


def test_one_word_taken_for_a_body_that_only_a_town_is_named_is_a_place() -> None:
    text = (
        "Truganina will host the depot next year; URA inspectors and Riverbend's owners approved, "
        "and its investors (Woodford, IAML and Kestrel Capital) backed it."
    )
    hits = [("Truganina", "ORG"), ("URA", "ORG"), ("Riverbend", "ORG"), ("Woodford", "ORG")]
    types = _proposed(text, hits)
    assert types.get("Truganina") == "LOC"
    assert types.get("URA") == "ORG" and types.get("Riverbend") == "ORG"  # an acronym; a possessive
    assert types.get("Woodford") == "ORG"  # listed before an acronym: one of the investors


def test_a_town_the_ner_took_for_a_product_or_a_people_is_a_place() -> None:
    text = "A Kentville oyster reached Halifax within a day, said a Sunnyside grower."
    hits = [("Kentville", "PRODUCT"), ("Halifax", "GPE"), ("Sunnyside", "NORP")]
    types = _proposed(text, hits)
    assert types.get("Kentville") == "LOC" and types.get("Sunnyside") == "LOC"


def test_a_large_place_the_ner_missed_is_a_place_unless_it_is_a_longer_name_s_word() -> None:
    text = (
        "The Gqeberha berth opens in May. Its Pahang suppliers and the Westport Harbour Board met "
        "by the Straits of Johor. Mr Kildare signed for the firm (Co./ Ind. Name)."
    )
    hits = [("Westport Harbour Board", "ORG")]
    types = _proposed(text, hits)
    assert types.get("Gqeberha") == "LOC" and types.get("Pahang") == "LOC"
    assert "Westport" not in types and "Kildare" not in types and "Ind" not in types


def test_a_small_town_of_the_release_s_own_country_the_ner_missed_is_a_place() -> None:
    text = (
        "LONDON, 3 March 2026 - Hartfield Dairies will open its Tetbury creamery in June and move "
        "its Bakewell stores there; its Oamaru plant will close. Ms Ledbury, its chair, will visit. "
        "The firm will Settle the claim."
    )
    types = _proposed(text, [("LONDON", "GPE"), ("Hartfield Dairies", "ORG")])
    assert types.get("Tetbury") == "LOC" and types.get("Bakewell") == "LOC"
    # a small town abroad, a name after a form of address and an ordinary word stay as they were
    assert "Oamaru" not in types and "Ledbury" not in types and "Settle" not in types


def test_a_short_name_defined_in_quotes_is_the_company_whatever_the_ner_called_it() -> None:
    text = (
        'CHICAGO, March 3, 2027 -- Pellworth Rail Services, Inc. (NYSE: PRS) ("Pellworth" or the '
        '"Company") and Corvid Valley Creamery, Inc. ("Corvid Valley") agreed to merge. Pellworth '
        "sold its unit, Pellworth Railcar Leasing LLC. Corvid Valley will keep its plant."
    )
    hits = [("CHICAGO", "GPE"), ("Pellworth Rail Services, Inc.", "ORG"), ("Pellworth", "PERSON")]
    hits += [("Corvid Valley Creamery, Inc.", "ORG"), ("Corvid Valley", "LOC"), ("Pellworth", "PERSON")]
    hits += [("Pellworth Railcar Leasing LLC", "ORG"), ("Corvid Valley", "LOC")]
    named = _candidates(text, hits)
    corvid = next(e for e in named.values() if "Corvid Valley" in _forms(e))
    assert corvid.type == "ORG" and "Corvid Valley Creamery, Inc." in _forms(corvid)
    pellworth = next(e for e in named.values() if "Pellworth Rail Services, Inc." in _forms(e))
    assert "Pellworth" in _forms(pellworth)
    # the subsidiary that opens with the same word stays a company of its own
    assert named["Pellworth Railcar Leasing LLC"].aliases == []


def test_a_short_name_defined_between_french_quotes_is_the_company() -> None:
    text = (
        "MONTRÉAL, le 12 mai 2027 /CNW/ - Groupe Falaise Portes inc. (TSX: GFP) (« Falaise » ou la "
        "« Société ») annonce ses résultats. Falaise a vendu douze usines."
    )
    hits = [("MONTRÉAL", "LOC"), ("Falaise Portes inc.", "ORG"), ("Falaise", "LOC"), ("Falaise", "LOC")]
    falaise = next(e for e in _candidates(text, hits, "fr").values() if "Falaise Portes inc." in _forms(e))
    assert falaise.type == "ORG" and "Falaise" in _forms(falaise)


def test_a_term_defined_in_quotes_is_no_short_name_of_the_name_before_it() -> None:
    text = 'The Harbourline REIT ("Units") trade on the exchange. Units rose.'
    found = _candidates(text, [("Harbourline REIT", "ORG"), ("Units", "ORG")])
    assert "Units" not in found["Harbourline REIT"].aliases


def test_a_headline_ends_its_issuer_s_name_at_its_verb_and_a_fiscal_quarter_is_no_site() -> None:
    text = (
        "Larchmont Aerostructures Reports Third Quarter 2026 Results\n\n"
        "MONTREAL, Nov. 5, 2026 - Larchmont Aerostructures Inc. reported sales."
    )
    hits = [("Larchmont Aerostructures Reports Third Quarter", "ORG"), ("MONTREAL", "GPE")]
    hits += [("Larchmont Aerostructures Inc.", "ORG")]
    assert not any("Quarter" in name or "Reports" in name for name in _candidates(text, hits))


def test_a_legal_form_abbreviated_keeps_its_period_where_the_sentence_ends_with_it() -> None:
    text = (
        "The offering was led by Coal Creek Securities Ltd.\nThe shares went to Tarn Partners Inc. He said."
    )
    found = _proposed(text, [("Coal Creek Securities Ltd.", "ORG"), ("Tarn Partners Inc.", "ORG")])
    assert "Coal Creek Securities Ltd." in found and "Tarn Partners Inc." in found


def test_a_name_after_a_possessive_is_a_thing_its_owner_has_not_a_body() -> None:
    text = (
        "The grant comes from Tidewater Trust under its Coastal Homes Challenge. Owners should update "
        "their Member Portal, and the Kestrel Dairy Co-operative renewed its Fair Pasture Network "
        "certification. Neither the exchange nor its Listing Review Panel (as defined) approved it."
    )
    hits = [("Tidewater Trust", "ORG"), ("Coastal Homes Challenge", "ORG"), ("Member Portal", "ORG")]
    hits += [("Kestrel Dairy Co-operative", "ORG"), ("Fair Pasture Network", "ORG")]
    hits += [("Listing Review Panel", "ORG")]
    found = _proposed(text, hits)
    assert not {"Coastal Homes Challenge", "Member Portal", "Listing Review Panel"} & set(found)
    # a noun after the name: the body that certifies; a body's own name keeps its place
    assert found.get("Fair Pasture Network") == "ORG" and found.get("Tidewater Trust") == "ORG"


def test_a_site_or_a_company_after_a_possessive_stays() -> None:
    text = (
        "Funding goes to work at its Harbour Research Center in Walpole. The group sold "
        "its Lumen Holdings Ltd."
    )
    found = _proposed(text, [("Harbour Research Center", "ORG"), ("Lumen Holdings Ltd.", "ORG")])
    assert {"Harbour Research Center", "Lumen Holdings Ltd."} <= set(found)


def test_a_letterhead_naming_the_state_formally_is_the_country_the_text_names() -> None:
    text = (
        "REPUBLIC OF KENYA\n\nMINISTRY OF WATER AND IRRIGATION\n\nThe ministry opened two dams "
        "in Kenya this week."
    )
    found = _candidates(text, [("MINISTRY OF WATER AND IRRIGATION", "ORG"), ("Kenya", "GPE")])
    kenya = found["Kenya"]
    assert kenya.type == "LOC" and "REPUBLIC OF KENYA" in [m.text for m in kenya.mentions]
    assert not any(e is not kenya and "REPUBLIC" in e.name for e in found.values())


def test_a_french_letterhead_and_its_adjective_form_are_the_country() -> None:
    text = "RÉPUBLIQUE TOGOLAISE\nTravail - Liberté - Patrie\n\nLe Togo a signé la convention."
    togo = _candidates(text, [("Togo", "LOC")], "fr")["Togo"]
    assert togo.type == "LOC" and "RÉPUBLIQUE TOGOLAISE" in [m.text for m in togo.mentions]
    alone = _candidates(
        "RÉPUBLIQUE DU SÉNÉGAL\nUn Peuple - Un But - Une Foi\n\nLe ministère a signé.", [], "fr"
    )
    assert [e.type for e in alone.values() if "SÉNÉGAL" in e.name] == ["LOC"]


@pytest.mark.parametrize(
    ("text", "formal", "short", "lang"),
    [
        (
            "The United Republic of Tanzania signed the loan. Tanzania will repay it.",
            "United Republic of Tanzania",
            "Tanzania",
            "en",
        ),
        (
            "The Kingdom of Morocco signed the loan. Morocco will repay it.",
            "Kingdom of Morocco",
            "Morocco",
            "en",
        ),
        (
            "Le Grand-Duché de Luxembourg a signé. Le Luxembourg paiera.",
            "Grand-Duché de Luxembourg",
            "Luxembourg",
            "fr",
        ),
    ],
)
def test_a_state_s_formal_name_with_its_qualifier_is_one_place_with_its_short_name(
    text: str, formal: str, short: str, lang: str
) -> None:
    found = _candidates(text, [(formal, "GPE"), (short, "GPE")], lang)
    assert [e.type for e in found.values()] == ["LOC"] and short in _forms(found[formal])


def test_awards_named_after_someone_are_no_one_and_a_fund_in_their_memory_is_a_body() -> None:
    text = (
        "The Dame Ada Marsh Memorial Fund was set up in 1990. This year, Dame Ada Marsh Memorial "
        "Scholarships went to six students and the Ada Marsh Memorial Fellowship to a nurse."
    )
    hits = [
        ("Ada Marsh Memorial", "PER"),
        ("Ada Marsh Memorial", "PER"),
        ("Ada Marsh Memorial Fellowship", "PER"),
    ]
    found = _proposed(text, hits)
    assert found.get("Dame Ada Marsh Memorial Fund") == "ORG"
    assert not [name for name, kind in found.items() if kind == "PER"]


def test_an_ambassador_s_title_names_the_country_not_a_person() -> None:
    text = "Le ministre a reçu M. Kenji Arakawa, Ambassadeur du Japon au Niger, qui a signé le don."
    found = _proposed(
        text, [("Kenji Arakawa", "PER"), ("Ambassadeur du Japon", "PER"), ("Niger", "LOC")], "fr"
    )
    assert found.get("Japon") == "LOC" and "Ambassadeur du Japon" not in found


def test_a_title_after_its_elided_article_is_no_first_name() -> None:
    text = "Le club a publié ses comptes.\n\nL'entraîneur Mickaël Tanguy-N'Dour, en poste depuis 2021, reste."
    assert _proposed(text, [("Mickaël Tanguy-N'Dour", "PER")], "fr") == {"Mickaël Tanguy-N'Dour": "PER"}
    whole = "Le club a publié ses comptes. L'entraîneuse Ana Ruiz-Delmas reste."
    assert "Ana Ruiz-Delmas" in _proposed(whole, [("L'entraîneuse Ana Ruiz-Delmas", "PER")], "fr")


def test_a_person_addressed_or_aged_in_a_list_of_places_stays_a_person() -> None:
    text = "Medals\n- Miss Tamsin Olivia Drake-Hollis, Montego Bay, St. James – for 200 families.\n"
    hits = [("Tamsin Olivia Drake-Hollis", "PER"), ("Montego Bay", "LOC"), ("St. James", "LOC")]
    assert _proposed(text, hits)["Tamsin Olivia Drake-Hollis"] == "PER"
    aged = "Arrested were:\n\n- Corwin Lyle Abernathy, 29, of Chattanooga – Theft of Property.\n"
    found = _proposed(aged, [("Corwin Lyle Abernathy", "ORG"), ("Chattanooga", "GPE")])
    assert found["Corwin Lyle Abernathy"] == "PER"


def test_a_fund_written_with_its_capital_the_mid_sentence_is_a_body() -> None:
    text = "The project is funded by The Harbour Lottery Fund. The Coastal Futures Fund will open in May."
    found = _candidates(text, [("The Harbour Lottery Fund", "ORG"), ("The Coastal Futures Fund", "ORG")])
    assert "The Harbour Lottery Fund" in _forms(found["Harbour Lottery Fund"])
    assert "Coastal Futures Fund" not in found  # the sentence's own "The": a programme's name, as before


def test_a_state_s_formal_name_has_its_short_name_as_an_alias() -> None:
    text = "Republic of the Philippines\nENERGY REGULATORY BOARD\n\nThe board approved the rates."
    found = _candidates(text, [("Republic of the Philippines", "GPE"), ("ENERGY REGULATORY BOARD", "ORG")])
    assert "Philippines" in found["Republic of the Philippines"].aliases


def test_a_country_closing_a_sentence_in_capitals_leaves_the_period_out() -> None:
    text = "NOT FOR RELEASE IN OR INTO THE UNITED STATES, CANADA OR THE REPUBLIC OF SOUTH AFRICA.\n\nBody."
    assert "REPUBLIC OF SOUTH AFRICA" in _candidates(text, [])


def test_a_letterhead_in_two_languages_names_one_body() -> None:
    text = "Harbour City Council | Te Kaunihera o Kirikiriroa\nMedia release\n\nThe council said."
    found = _candidates(text, [("Harbour City Council", "ORG"), ("Te Kaunihera o Kirikiriroa", "PER")])
    council = next(e for e in found.values() if "Harbour City Council" in _forms(e))
    assert council.type == "ORG" and "Te Kaunihera o Kirikiriroa" in _forms(council) and len(found) == 1
    text = "Canton du Valais\nKanton Wallis\n\nCommuniqué pour les médias\n\nLe Canton du Valais a adopté."
    hits = [("Canton du Valais", "ORG"), ("Kanton Wallis", "LOC"), ("Canton du Valais", "ORG")]
    assert _candidates(text, hits, "fr")["Canton du Valais"].aliases == ["Kanton Wallis"]


def test_a_country_over_a_body_s_letterhead_stays_the_country() -> None:
    text = "BURKINA FASO\nCOMMUNE DE KOUDOUGOU\n\nCOMMUNIQUÉ DE PRESSE\n\nLa commune a voté son budget."
    found = _candidates(text, [("BURKINA FASO", "LOC"), ("COMMUNE DE KOUDOUGOU", "ORG")], "fr")
    assert found["BURKINA FASO"].type == "LOC" and found["COMMUNE DE KOUDOUGOU"].aliases == []


def test_an_english_hit_opens_at_its_first_capital_not_on_the_sentence_s_words() -> None:
    text = (
        "Readings rose to 5.2 parts per litre below Harrogate. The trust owns 4,100 homes in north "
        "Yorkshire and applied for an Environmental Permit. Pieter van der Merwe spoke."
    )
    hits = [
        ("litre below Harrogate", "PERSON"),
        ("north Yorkshire", "GPE"),
        ("an Environmental Permit", "ORG"),
        ("Pieter van der Merwe", "PERSON"),
    ]
    proposed = _proposed(text, hits)
    assert proposed["Harrogate"] == "LOC"
    assert proposed["Yorkshire"] == "LOC"
    assert "Environmental Permit" in proposed
    assert proposed["Pieter van der Merwe"] == "PER"
    assert not [name for name in proposed if name[:1].islower()]


def test_a_french_hit_keeps_its_lower_case_kind() -> None:
    text = "Le chantier de la rue Malherbe à Caen débute lundi."
    assert "rue Malherbe" in _proposed(text, [("rue Malherbe", "LOC"), ("Caen", "LOC")], "fr")


def test_a_country_capitalised_mid_sentence_is_a_place_though_a_dictionary_holds_its_word() -> None:
    text = (
        "Our Jamaica subsidiary, Blue Ridge Foods Jamaica Ltd, returned to profit.\n\n"
        "Sales to Turkey doubled, and the hotel's fine china came from Stoke."
    )
    hits = [("Blue Ridge Foods Jamaica Ltd", "ORG"), ("Stoke", "GPE")]
    proposed = _proposed(text, hits)
    assert proposed.get("Jamaica") == "LOC"
    assert proposed.get("Turkey") == "LOC"
    assert "china" not in proposed and "China" not in proposed


@pytest.mark.parametrize(
    "hit",
    [("Canton du Valais", "ORG"), ("Valais", "LOC")],
    ids=["the NER took the canton", "the NER took its name"],
)
def test_a_swiss_canton_s_official_title_is_one_body(hit: tuple[str, str]) -> None:
    text = (
        "République et Canton du Valais\nService de la communication\n\n"
        "Sion, le 3 mai 2026. La République et Valais ne forment pas un titre."
    )
    proposed = _proposed(text, [hit, ("Sion", "LOC"), ("Valais", "LOC")], "fr")
    assert proposed["République et Canton du Valais"] == "ORG"
    assert proposed["Valais"] == "LOC"  # a name after "République et" alone is no canton's title


def test_a_role_or_a_thing_taken_for_a_person_is_no_name() -> None:
    text = (
        "The Portfolio Holder for Housing, Councillor Ann Rees, met the Market Traders. "
        "Questions go to the Communications Advisor. Chew Li Ting and Kiri Walker also spoke, "
        "with R. Fletcher and DANIEL OKORO-BRIGGS."
    )
    hits = [
        ("Portfolio Holder", "PER"),
        ("Ann Rees", "PER"),
        ("Market Traders", "PER"),
        ("Communications Advisor", "PER"),
        ("Chew Li Ting", "PER"),
        ("Kiri Walker", "PER"),
        ("R. Fletcher", "PER"),
        ("DANIEL OKORO-BRIGGS", "PER"),
    ]
    found = _found(text, hits, "en")
    assert not {"Portfolio Holder", "Market Traders", "Communications Advisor"} & set(found)
    # a given name, an initial, a name in capitals or a name's short syllables: people
    for person in ("Ann Rees", "Chew Li Ting", "Kiri Walker", "R. Fletcher"):
        assert found.get(person) == "PER", person
    assert any(name.upper() == "DANIEL OKORO-BRIGGS" for name in found)


def test_a_street_after_a_range_of_numbers_opens_at_its_first_capital() -> None:
    text = "The depot at 22-28 Kwai Fung Road, Tsuen Wan, reopens on Monday."
    proposed = _proposed(text, [("Fung Road", "FAC"), ("Tsuen Wan", "GPE")])
    assert proposed.get("Kwai Fung Road") == "LOC"


def test_a_term_and_its_number_is_no_name() -> None:
    text = (
        "The notes were offered under Regulation S and rank with the Series B shares. The mill is "
        "listed at Grade II. Schedule 4 lists the Harbour Board's assets."
    )
    hits = [("Regulation S", "ORG"), ("Series B", "ORG"), ("Grade II", "LOC"), ("Harbour Board", "ORG")]
    assert _found(text, hits, "en") == {"Harbour Board": "ORG"}


def test_a_term_of_accounts_after_its_qualifiers_is_no_name() -> None:
    text = "Diluted EPS rose to 41 cents and Adjusted EBITDA to $12 million at Quarry Ridge EPS Ltd."
    hits = [("Diluted EPS", "ORG"), ("Adjusted EBITDA", "ORG"), ("Quarry Ridge EPS Ltd", "ORG")]
    assert _found(text, hits, "en") == {"Quarry Ridge EPS Ltd": "ORG"}


def test_a_body_named_in_two_languages_at_once_is_one_name() -> None:
    text = (
        "Funding goes to the Harbour Safety Authority Kaitiaki Whanga for new beacons, to the "
        "Tourism Agency Nairobi office and to the Office, Rotorua."
    )
    hits = [
        ("Harbour Safety Authority", "ORG"),
        ("Kaitiaki Whanga", "PERSON"),
        ("Tourism Agency", "ORG"),
        ("Nairobi", "GPE"),
        ("Office,", "ORG"),
        ("Rotorua", "GPE"),
    ]
    proposed = _proposed(text, hits)
    assert proposed.get("Harbour Safety Authority Kaitiaki Whanga") == "ORG"
    # a known place after a body is no second language, nor is a name after a comma
    assert "Nairobi" in proposed and not [name for name in proposed if "Agency Nairobi" in name]
    assert proposed.get("Rotorua") == "LOC"


def test_a_region_named_by_a_place_and_its_adjective_is_one_place() -> None:
    text = (
        "La tournée passe par la Suisse romande, puis par l'Afrique subsaharienne et Lyon, avant la "
        "France métropolitaine."
    )
    hits = [("Suisse", "LOC"), ("Afrique", "LOC"), ("Lyon", "LOC"), ("France", "LOC")]
    proposed = _proposed(text, hits, "fr")
    assert proposed.get("Suisse romande") == "LOC"
    assert proposed.get("Afrique subsaharienne") == "LOC"
    assert proposed.get("France métropolitaine") == "LOC"


def test_a_name_holding_its_founder_s_possessive_keeps_its_service() -> None:
    text = "The notes were rated by Halloran's Investors Service and by the Bank's Press Office."
    hits = [("Halloran's Investors Service", "ORG")]
    assert _proposed(text, hits).get("Halloran's Investors Service") == "ORG"


def test_a_given_name_the_ner_left_out_mid_sentence_opens_the_person() -> None:
    text = "The hall was left to the parish by the late Hazel Joan Pettigrew, a nurse, and by Mr Tom Reid."
    proposed = _proposed(text, [("Joan Pettigrew", "PERSON"), ("Tom Reid", "PERSON")])
    assert proposed.get("Hazel Joan Pettigrew") == "PER"
    assert proposed.get("Tom Reid") == "PER"  # a title before a name is no given name


def test_a_form_of_address_written_whole_at_a_name_s_end_is_its_surname() -> None:
    text = "Managing Director Mr. Tariq Mahmood Sheikh said sales rose; Camille Dorval Attaché agreed."
    hits = [("Tariq Mahmood Sheikh", "PERSON"), ("Camille Dorval Attaché", "PERSON")]
    proposed = _proposed(text, hits)
    assert proposed.get("Tariq Mahmood Sheikh") == "PER"
    assert proposed.get("Camille Dorval") == "PER"  # a title after a name is still cut


def test_a_name_read_only_inside_a_law_s_title_is_no_mention() -> None:
    text = (
        "This announcement contains inside information for the purposes of Regulation (EU) No 596/2014 "
        "as it forms part of domestic law by virtue of the European Union (Withdrawal) Act 2018. "
        "The grants follow the General Appropriations Act of 2025. The Fenwick Trust welcomed them, "
        "as did Scotland's ministers under the Housing (Scotland) Act 1987."
    )
    hits = [
        ("EU", "ORG"),
        ("European Union", "ORG"),
        ("Appropriations Act", "PER"),
        ("Fenwick Trust", "ORG"),
        ("Scotland", "GPE"),
        ("Scotland", "GPE"),
    ]
    found = _found(text, hits, "en")
    assert not {"EU", "European Union", "Appropriations Act"} & set(found)
    # a name the text also writes outside the law's title stays
    assert found.get("Fenwick Trust") == "ORG" and found.get("Scotland") == "LOC"


def test_a_site_named_after_someone_and_its_town_are_two_places() -> None:
    text = (
        "Les travaux du collège Jean-Moulin de Besançon commencent lundi, et la Médiathèque "
        "Simone-Veil d'Albi rouvre. La conseillère Anne-Sophie de Montmollin-Rey était là."
    )
    hits = [
        ("collège Jean-Moulin de Besançon", "LOC"),
        ("Médiathèque Simone-Veil d'Albi", "LOC"),
        ("Anne-Sophie de Montmollin-Rey", "PER"),
    ]
    proposed = _proposed(text, hits, "fr")
    assert proposed.get("collège Jean-Moulin") == "LOC" and proposed.get("Besançon") == "LOC"
    assert "Médiathèque Simone-Veil" in proposed and proposed.get("Albi") == "LOC"
    assert proposed.get("Anne-Sophie de Montmollin-Rey") == "PER"  # a person's name, no site's


def test_authors_listed_surname_first_are_the_people_named_in_full() -> None:
    text = (
        "Le professeur Thomas Guérin et Claire Roussel-Andrieu ont conduit l'étude.\n\n"
        "Référence\nGuérin T., Roussel-Andrieu C. et al. Une étude des racines. 2026"
    )
    hits = [
        ("Thomas Guérin", "PER"),
        ("Claire Roussel-Andrieu", "PER"),
        ("Guérin T.", "PER"),
        ("Roussel-Andrieu C.", "PER"),
    ]
    people = _candidates(text, hits, "fr")
    assert set(people) == {"Thomas Guérin", "Claire Roussel-Andrieu"}
    assert _forms(people["Thomas Guérin"]) == ["Thomas Guérin", "Guérin T."]
    assert _forms(people["Claire Roussel-Andrieu"]) == ["Claire Roussel-Andrieu", "Roussel-Andrieu C."]


def test_a_plural_title_before_people_is_no_part_of_the_first_name() -> None:
    text = (
        "The board met on June 11.\n\nCommissioners Dale Hutchins and Megan Tran-Whitaker joined the Chair. "
        "The audit was done by Tshipidi & Partners Chartered Accountants."
    )
    hits = [
        ("Dale Hutchins", "PERSON"),
        ("Megan Tran-Whitaker", "PERSON"),
        ("Tshipidi & Partners Chartered Accountants", "ORG"),
    ]
    proposed = _proposed(text, hits)
    assert proposed.get("Dale Hutchins") == "PER" and proposed.get("Megan Tran-Whitaker") == "PER"
    # a plural title before words no one is named by stays in a firm's name
    assert proposed.get("Tshipidi & Partners Chartered Accountants") == "ORG"


def test_a_judge_s_title_is_no_part_of_her_name() -> None:
    text = (
        "District Court Judge Renata Ocampo-Hayes sentenced the owner on Monday. "
        "Judge Ocampo-Hayes also ordered restitution."
    )
    hits = [("Renata Ocampo-Hayes", "PERSON"), ("Judge Ocampo-Hayes", "PERSON")]
    people = _candidates(text, hits)
    assert [n for n, e in people.items() if e.type == "PER"] == ["Renata Ocampo-Hayes"]
    assert "Ocampo-Hayes" in [m.text for m in people["Renata Ocampo-Hayes"].mentions]
    text = "Magistrate Tomas Oyelaran-Hale heard the case. Magistrate Oyelaran-Hale adjourned it."
    people = _candidates(text, [("Tomas Oyelaran-Hale", "PERSON"), ("Magistrate Oyelaran-Hale", "PERSON")])
    assert [n for n, e in people.items() if e.type == "PER"] == ["Tomas Oyelaran-Hale"]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        (
            "The fund bought the plants from Montado Renewables, S.L., a Madrid-based developer.",
            "Montado Renewables, S.L.",
        ),
        (
            "The Trustee commissioned Hibiya Real Estate Appraisal K.K. to value the tower.",
            "Hibiya Real Estate Appraisal K.K.",
        ),
        ("The mill belongs to Tessera Ingegneria S.R.L. since May.", "Tessera Ingegneria S.R.L."),
        ("The plant was sold to Ardoise Énergies S.A.S. last year.", "Ardoise Énergies S.A.S."),
        (
            "The port is run by Vigo Terminales Atlánticos S.A.U. since 2024.",
            "Vigo Terminales Atlánticos S.A.U.",
        ),
        ("The turbines come from Pohjola Tuulivoima Oyj under the contract.", "Pohjola Tuulivoima Oyj"),
    ],
)
def test_more_legal_forms_close_a_company_s_name(sentence: str, company: str) -> None:
    first = company.split()[0]
    proposed = _proposed(sentence, [(first, "PERSON")])
    assert proposed.get(company) == "ORG"


def test_a_subsidiary_named_by_its_country_is_not_its_parent() -> None:
    text = (
        'MONTREAL - Quillon Aerostructures Inc. ("Quillon") reported its results. In July, Quillon '
        "Aerostructures USA, Inc., its subsidiary, opened a plant. Quillon will hold a call."
    )
    hits = [
        ("Quillon Aerostructures Inc.", "ORG"),
        ("Quillon", "ORG"),
        ("Quillon Aerostructures USA, Inc.", "ORG"),
        ("Quillon", "ORG"),
    ]
    found = _candidates(text, hits)
    assert set(_forms(found["Quillon"])) == {"Quillon Aerostructures Inc.", "Quillon"}
    assert found["Quillon Aerostructures USA, Inc."].type == "ORG"


def test_a_swiss_canton_is_named_with_its_kind_a_french_canton_by_its_town() -> None:
    text = (
        "Les habitants de Moutier sont rattachés au canton du Jura depuis janvier. Le canton d'Yvetot "
        "et le canton de Grevenmacher ont signé."
    )
    hits = [("Moutier", "LOC"), ("Jura", "LOC"), ("Yvetot", "LOC"), ("Grevenmacher", "LOC")]
    proposed = _proposed(text, hits, "fr")
    assert "canton du Jura" in proposed
    assert "Yvetot" in proposed and "Grevenmacher" in proposed


def test_a_currency_s_letter_and_a_figure_before_its_scale_is_a_sum_not_a_road() -> None:
    text = (
        "The firm bought Sundew (Pty) Ltd, a processor in the North West province, for R94 million. "
        "The R215 million packhouse at Kirkwood opened in November on the R59, financed from the "
        "R1.1 billion loan facility."
    )
    hits = [
        ("Sundew (Pty) Ltd", "ORG"),
        ("North West", "GPE"),
        ("R215", "GPE"),
        ("Kirkwood", "GPE"),
        ("R59", "GPE"),
        ("R1", "GPE"),
    ]
    found = _found(text, hits, "en")
    assert not {"R1", "R215"} & set(found)
    assert {"R59", "Kirkwood"} <= set(found)


def test_a_country_office_s_title_ends_the_body_before_it() -> None:
    text = (
        "Ahmed Bello-Sanogo, AfDB Country Manager for Rwanda, spoke. The World Bank Country Director "
        "for Uganda attended."
    )
    hits = [
        ("Ahmed Bello-Sanogo", "PERSON"),
        ("AfDB Country", "GPE"),
        ("Rwanda", "GPE"),
        ("World Bank Country", "ORG"),
        ("Uganda", "GPE"),
    ]
    proposed = _proposed(text, hits)
    assert proposed.get("AfDB") == "ORG" and proposed.get("World Bank") == "ORG"
    assert not any(name.endswith("Country") for name in proposed)
    # a hit of the word alone is no body's end: it is left whole, not cut to before its start
    text = "In Kigali the Country Manager, Ana Ruiz, spoke."
    alone = Hit(text.index("Country"), text.index("Country") + len("Country"), "ORG")
    start, end = alone.start, alone.end
    assert [(h.start, h.end, h.label) for h in _cut_country_titles(text, [alone])] == [(start, end, "ORG")]


def test_an_irish_particle_is_no_word_of_the_three_after_an_honorific() -> None:
    text = "Councillor Pádraig Mac Giolla Rua welcomed the award, as did Cllr Seán Ó Máille Breathnach."
    proposed = _proposed(text, [("Giolla Rua", "PERSON")])
    assert proposed.get("Pádraig Mac Giolla Rua") == "PER"
    assert proposed.get("Seán Ó Máille Breathnach") == "PER"


def test_an_engineer_s_or_an_attorney_s_honorific_opens_the_name_after_it() -> None:
    text = (
        "- Engr. Taofeek Adisa Oladejo – Chairman, Water Corporation\n- Atty. Maria Lourdes Santos – Counsel"
    )
    proposed = _proposed(text, [("Adisa Oladejo", "PERSON"), ("Water Corporation", "ORG")])
    assert proposed.get("Taofeek Adisa Oladejo") == "PER"
    assert proposed.get("Maria Lourdes Santos") == "PER"


def test_a_currency_code_after_in_within_brackets_is_no_body() -> None:
    text = "Regional allocation (in PHP)\n- Ilocos Region: 212.5 million\n- Bicol Region: 198.0 million\n"
    hits = [("PHP", "ORG"), ("Ilocos Region", "LOC"), ("Bicol Region", "LOC")]
    assert _proposed(text, hits) == {"Ilocos Region": "LOC", "Bicol Region": "LOC"}


def test_a_royal_college_s_fellowship_after_a_name_is_no_part_of_it() -> None:
    text = "Dr Kemi Adeyemi-Hart FRCR leads the unit with Mr Paul Ngata FRACS and Dr Ana Lutui MRCGP."
    hits = [("Kemi Adeyemi-Hart FRCR", "PER"), ("Paul Ngata FRACS", "PER"), ("Ana Lutui MRCGP", "PER")]
    assert _found(text, hits, "en") == {"Kemi Adeyemi-Hart": "PER", "Paul Ngata": "PER", "Ana Lutui": "PER"}


def test_a_department_and_its_government_run_into_one_name_are_two_bodies() -> None:
    text = "Dr Ravi Nair, Secretary, Department of Ports, Government of India, attended."
    hits = [("Ravi Nair", "PER"), ("Department of Ports, Government of India", "ORG")]
    assert _proposed(text, hits) == {
        "Ravi Nair": "PER",
        "Department of Ports": "ORG",
        "Government of India": "ORG",
    }
    # a university and its campus town stays one name
    text = "Professor Ana Ruiz of the University of California, Berkeley, spoke."
    hits = [("Ana Ruiz", "PER"), ("the University of California, Berkeley", "ORG")]
    assert _proposed(text, hits)["University of California, Berkeley"] == "ORG"


def test_a_body_s_kind_and_the_country_it_serves_after_of_are_one_name() -> None:
    text = "Costs fell, helped by the Central Bank of Kenya's cuts and the Competition Commission of India."
    hits = [
        ("the Central Bank", "ORG"),
        ("Kenya", "LOC"),
        ("the Competition Commission", "ORG"),
        ("India", "LOC"),
    ]
    assert _proposed(text, hits) == {"Central Bank of Kenya": "ORG", "Competition Commission of India": "ORG"}
    # a person's title before "of" is no body's kind: the country stays a place
    text = "Ana Obi, Chief Executive of Kenya Power, spoke in Kenya."
    hits = [("Ana Obi", "PER"), ("Kenya Power", "ORG"), ("Kenya", "LOC")]
    found = _proposed(text, hits)
    assert (
        "Kenya Power" in found and found["Kenya"] == "LOC" and not any(" of Kenya" in name for name in found)
    )


def test_a_us_state_as_ap_writes_it_keeps_its_period() -> None:
    text = (
        "Grants\n\nReaders Trust          Elkins, W.Va.             $425,000\n"
        "The collector, a Memphis, Tenn.-based firm, paid."
    )
    hits = [("Readers Trust", "ORG"), ("Elkins", "LOC"), ("W.Va", "LOC"), ("Memphis", "LOC")]
    found = _proposed(text, hits)
    assert found["W.Va."] == "LOC" and found["Tenn."] == "LOC" and "Tenn" not in found


def test_numbered_roads_b_and_d_after_the_and_quebec_s_routes_in_lower_case() -> None:
    text = (
        "A section of the B869 near Lochinver and the D3810 washed away; the A83 reopened, "
        "not the A1 rating nor the B40 group or the B40 categories. "
        "Travaux sur la route 132 et l'autoroute 20 ; la déroute 12 fois."
    )
    found = _proposed(text, [("Lochinver", "LOC")])
    assert {k: v for k, v in found.items() if k != "Lochinver"} == {
        "B869": "LOC",
        "D3810": "LOC",
        "A83": "LOC",
        "route 132": "LOC",
        "autoroute 20": "LOC",
    }


def test_american_and_welsh_councillors_titles_are_no_part_of_a_name() -> None:
    text = "Councilor Anh Tran-Pryor and Cynghorydd Nia Wyn Roberts spoke."
    hits = [("Councilor Anh Tran-Pryor", "PER"), ("Cynghorydd Nia Wyn Roberts", "PER")]
    assert _proposed(text, hits) == {"Anh Tran-Pryor": "PER", "Nia Wyn Roberts": "PER"}


def test_honours_after_a_name_the_ner_took_for_a_body() -> None:
    text = "Dr Helena Vuko-Darcy AO FTSE leads it with Eoin Mac Pháidín BE CEng MIEI."
    hits = [("Helena Vuko-Darcy AO FTSE", "ORG"), ("Eoin Mac Pháidín BE CEng MIEI", "ORG")]
    assert _proposed(text, hits) == {"Helena Vuko-Darcy": "PER", "Eoin Mac Pháidín": "PER"}


def test_a_french_body_named_by_its_acronym_and_the_place_it_serves() -> None:
    text = (
        "Le CHU de Limoges et la JIRS de Lyon, avec les services du CHU de Caen Normandie. "
        "La Fondation du CHU de Québec contribue. Le PNB de la Caisse progresse."
    )
    found = _proposed(text, [("Limoges", "LOC"), ("Lyon", "LOC"), ("Caen Normandie", "LOC")], "fr")
    assert {k: v for k, v in found.items() if k.startswith(("CHU", "JIRS", "PNB"))} == {
        "CHU de Limoges": "ORG",
        "JIRS de Lyon": "ORG",
        "CHU de Caen Normandie": "ORG",
    }
    assert "Limoges" not in found and "Lyon" not in found


def test_a_region_by_its_number_in_brackets_is_the_place_it_follows() -> None:
    text = "Allocations: Central Luzon (Region III): PHP 742.6 million; Cagayan Valley (Region II): PHP 618m."
    hits = [("Central Luzon", "ORG"), ("Region III", "ORG"), ("Cagayan Valley", "ORG"), ("Region II", "ORG")]
    found = _candidates(text, hits)
    assert found["Central Luzon"].type == "LOC" and _forms(found["Central Luzon"]) == [
        "Central Luzon",
        "Region III",
    ]
    assert found["Cagayan Valley"].type == "LOC" and "Region II" in _forms(found["Cagayan Valley"])


def test_weirs_jetties_and_substations_are_sites() -> None:
    text = "Works at Eden Vale Weir, Burutu Jetty and the Ferrum Substation start in May."
    hits = [("Eden Vale Weir", "ORG"), ("Burutu Jetty", "ORG"), ("the Ferrum Substation", "ORG")]
    assert _proposed(text, hits) == {
        "Eden Vale Weir": "LOC",
        "Burutu Jetty": "LOC",
        "Ferrum Substation": "LOC",
    }


def test_a_federal_court_is_named_whole_with_its_district_or_circuit() -> None:
    text = (
        "The suit in the U.S. District Court for the Northern District of Ohio ends; the appeal to "
        "the U.S. Court of Appeals for the Sixth Circuit is withdrawn."
    )
    hits = [("District Court", "ORG"), ("Northern District of Ohio", "LOC"), ("U.S. Court of Appeals", "ORG")]
    hits += [("Sixth Circuit", "ORG")]
    assert _proposed(text, hits) == {
        "U.S. District Court for the Northern District of Ohio": "ORG",
        "U.S. Court of Appeals for the Sixth Circuit": "ORG",
    }


def test_a_name_with_a_legal_form_makes_its_short_forms_a_company() -> None:
    # the short name a town shares, written as a place once, is the company's
    text = (
        'Selby settles\n\nSelby Marine Systems, Inc. ("Selby" or the "Company") settled the suit between '
        "Selby and Norcastle."
    )
    hits = [("Selby", "ORG"), ("Selby Marine Systems, Inc.", "ORG"), ("Selby", "ORG"), ("Selby", "ORG")]
    hits += [("Norcastle", "ORG")]
    assert _proposed(text, hits)["Selby"] == "ORG"
    # a header defining the short name as the group and the company
    text = 'ORTEMBA MINING HOLDINGS LIMITED\n("Ortemba" or "the Group" or "the Company")\n\nOrtemba grew.'
    assert _proposed(text, [("Ortemba", "LOC"), ("Ortemba", "LOC")]) == {"Ortemba": "ORG"}


def test_firms_named_after_a_street_and_companies_named_in_a_deal_s_heading() -> None:
    text = "Advisers: Quarry Lane Partners and Tollgate Street Advisory.\n\n"
    text += "- Acquisition of Merrow Foods Limited"
    hits = [("Quarry Lane Partners", "LOC"), ("Tollgate Street Advisory", "LOC")]
    hits += [("Acquisition of Merrow Foods Limited", "ORG")]
    assert _proposed(text, hits) == {
        "Quarry Lane Partners": "ORG",
        "Tollgate Street Advisory": "ORG",
        "Merrow Foods Limited": "ORG",
    }


def test_two_departments_run_together_by_the_ner_and_people_it_cut_short() -> None:
    text = "The Department of Labor and the U.S. Department of Energy agreed, said Mayor Tavita Fono-Leung."
    hits = [("The Department of Labor and the U", "ORG"), ("Fono-Leung", "ORG")]
    assert _proposed(text, hits) == {
        "Department of Labor": "ORG",
        "U.S. Department of Energy": "ORG",
        "Tavita Fono-Leung": "PER",
    }
    text = "Technopôle Brest-Iroise accueille le projet."  # the whole name the NER gave stays its
    assert _proposed(text, [("Technopôle Brest-Iroise", "LOC")], "fr") == {"Technopôle Brest-Iroise": "LOC"}


def test_a_contact_line_s_person_before_the_phone_number() -> None:
    text = "Results are out.\n\nInvestor relations: Naledi Sibeko, +27 11 555 0142, ir@example.co.za\n"
    assert _proposed(text, [("Naledi Sibeko", "ORG")]) == {"Naledi Sibeko": "PER"}
    text = "Results are out.\n\nPress office: City Hall, +27 11 555 0100\n"
    assert "City Hall" not in {k for k, v in _proposed(text, [("City Hall", "ORG")]).items() if v == "PER"}


def test_a_body_named_after_a_place_with_an_s_and_a_list_item_s_numeral() -> None:
    text = "A grant to Hawke's Bay Regional Council was made. Lodge Tuesday's Council minutes."
    assert (
        _proposed(text, [("Hawke", "PER"), ("Bay Regional Council", "ORG")])["Hawke's Bay Regional Council"]
        == "ORG"
    )
    text = "Sanctions:\n  ii.  Harbour Gate Terminals Limited – fined.\n"
    assert _proposed(text, [("ii.  Harbour Gate Terminals Limited", "ORG")]) == {
        "Harbour Gate Terminals Limited": "ORG"
    }


def test_a_qualified_ministry_keeps_its_domains_and_an_organ_names_its_body() -> None:
    text = "The Federal Ministry of Fisheries and Ocean Economy was told. Kasane Municipality's Council met."
    hits = [("Federal Ministry of Fisheries", "ORG"), ("Kasane Municipality's Council", "ORG")]
    assert _proposed(text, hits) == {
        "Federal Ministry of Fisheries and Ocean Economy": "ORG",
        "Kasane Municipality": "ORG",
    }
    text = "The Principal Secretary, State Department for Forestry and Wildlife Affairs, said so."
    hits = [("State Department for Forestry", "LOC"), ("Wildlife Affairs", "ORG")]
    assert _proposed(text, hits) == {"State Department for Forestry and Wildlife Affairs": "ORG"}
    # a place before the kind is the body's place, not a qualifier of its name
    text = "Issued by the Limpopo Department of Roads and Transport"
    assert "Limpopo Department of Roads and Transport" not in _proposed(text, [("Limpopo", "LOC")])


def test_a_title_and_a_given_name_taken_for_a_body_and_forms_of_address() -> None:
    text = '"We fixed it first," said Board Chair Marisol Quenneville. "Now we build."'
    assert _proposed(text, [("Board Chair Marisol", "ORG")]) == {"Marisol Quenneville": "PER"}
    text = "The Principal Secretary, Eng. Wanjiru Atieno Kamau, and H.E. Zawadi Mwende Odhiambo spoke."
    hits = [("Atieno Kamau", "PER"), ("H.E. Zawadi", "ORG")]
    assert _proposed(text, hits) == {"Wanjiru Atieno Kamau": "PER", "Zawadi Mwende Odhiambo": "PER"}
    text = "Her son Barrister Tunde Adeyemi-Cole and His Worship Roland Beauchesne, Mayor, were there."
    hits = [("Barrister Tunde Adeyemi-Cole", "PER"), ("Roland Beauchesne", "ORG")]
    assert _proposed(text, hits) == {"Tunde Adeyemi-Cole": "PER", "Roland Beauchesne": "PER"}
    text = "La séance est présidée par M. Karim Bennani El Idrissi."
    assert _proposed(text, [("Karim Bennani El", "PER")], "fr") == {"Karim Bennani El Idrissi": "PER"}


def test_post_nominals_of_learned_societies_and_the_second_person_of_a_contact_line() -> None:
    text = "The board named Professor Ines Carvalho-Lowe FRSE FAcSS and Dr Ewan Pryde MD FRCPI.\n\n"
    text += "Harbourside Capital (Nominated Adviser)\nTobias Renwick / Ayesha Mirza\n"
    hits = [("Ines Carvalho-Lowe FRSE", "ORG"), ("Ewan Pryde MD", "PER"), ("Harbourside Capital", "ORG")]
    hits += [("Tobias Renwick", "PER")]
    assert _proposed(text, hits) == {
        "Ines Carvalho-Lowe": "PER",
        "Ewan Pryde": "PER",
        "Tobias Renwick": "PER",
        "Ayesha Mirza": "PER",
        "Harbourside Capital": "ORG",
    }


def test_a_site_s_possessive_and_a_firm_named_by_its_partners() -> None:
    text = "Berths at the Port of Walvis Bay's north terminal face the Bay of Whales's swell.\n"
    text += "Supervision went to Windhoek engineers Nangolo, Shikongo & Partners."
    hits = [("Shikongo & Partners", "ORG")]
    found = _proposed(text, hits)
    assert found["Nangolo, Shikongo & Partners"] == "ORG"
    assert "Port of Walvis Bay's" not in found and "Bay of Whales's" not in found
    assert found.get("Bay of Whales") == "LOC"


def test_a_legal_form_closing_a_list_names_the_last_item_alone() -> None:
    text = "It adds Tarrow Bank, Red Butte Bank, Pecos Valley Savings and Kleist Bank AG as lenders."
    found = _proposed(text, [])
    assert found["Kleist Bank AG"] == "ORG"
    assert "Pecos Valley Savings and Kleist Bank AG" not in found
    text = "Advice came from Norhaven Pumps and Valves Limited."  # one company's name, no list
    assert _proposed(text, []) == {"Norhaven Pumps and Valves Limited": "ORG"}


def test_the_boilerplate_s_about_heading_is_no_part_of_a_name() -> None:
    body = "Kestrel Data, Inc. makes planning software. Heron Bay Partners invests in it."
    text = f"Results are out.\n\nAbout Kestrel Data\n{body}\n\nAbout Heron Bay Partners\nIt invests.\n"
    for hits in ([("About Kestrel Data", "PER")], [("Kestrel Data", "PER")]):
        found = _proposed(text, hits)
        assert not any(name.startswith("About") for name in found), found
    assert _proposed(text, [])["Heron Bay Partners"] == "ORG"


def test_a_local_government_whose_town_holds_a_saint_s_short_form() -> None:
    text = "Grants went to the City of Sault Ste. Marie for its water mains."
    assert _proposed(text, [("City of Sault", "ORG")]) == {"City of Sault Ste. Marie": "ORG"}


def test_a_council_named_after_a_hyphenated_town_beside_another_council() -> None:
    text = "Councils such as Fleetwood Council and Stockton-on-Tees Borough Council will bid."
    found = _proposed(text, [("Fleetwood Council", "ORG")])
    assert found == {"Fleetwood Council": "ORG", "Stockton-on-Tees Borough Council": "ORG"}
    text = "The Wessex Technology and Innovation Council met in Stockton-on-Tees."
    found = _proposed(text, [])
    assert found == {"Wessex Technology and Innovation Council": "ORG", "Stockton-on-Tees": "LOC"}


def test_a_board_member_s_title_before_the_company_is_no_part_of_its_name() -> None:
    text = "« Nous abordons 2030 avec confiance », a souligné Mme Salma Idrissi, Administrateur Directeur "
    text += "Général de Bank Oum Rabia.\n\nBank Oum Rabia est une banque régionale."
    hits = [("Salma Idrissi", "PER"), ("Administrateur Directeur Général de Bank Oum Rabia", "PER")]
    hits += [("Bank Oum Rabia", "ORG")]
    found = _proposed(text, hits, "fr")
    assert found.get("Bank Oum Rabia") == "ORG" and not any(n.startswith("Administrateur") for n in found)


def test_names_holding_a_plural_s_possessive_and_ensembles() -> None:
    text = "The Karoo Children's Hospital Foundation gave R4 million. The Fenland Weavers' Co-operative "
    text += "and the Harlech Youth Orchestra played; the Welsh Women's Rowing Alliance rowed."
    hits = [("Karoo Children's", "PER"), ("Fenland Weavers'", "ORG"), ("Welsh Women's", "ORG")]
    found = _proposed(text, hits)
    assert found["Karoo Children's Hospital Foundation"] == "ORG"
    assert found["Fenland Weavers' Co-operative"] == "ORG"
    assert found["Harlech Youth Orchestra"] == "ORG"
    assert found["Welsh Women's Rowing Alliance"] == "ORG"


def test_a_company_s_board_and_a_ministry_beside_another_body() -> None:
    text = "The Board of Directors of Salcete Valves Limited declared a dividend."
    assert _proposed(text, [("Board of Directors of Salcete Valves Limited", "ORG")]) == {
        "Salcete Valves Limited": "ORG"
    }
    text = "We will work with the Ministry of Manpower and the Housing & Development Board on it."
    hits = [("the Ministry of Manpower", "ORG"), ("the Housing & Development Board", "ORG")]
    assert _proposed(text, hits) == {"Ministry of Manpower": "ORG", "Housing & Development Board": "ORG"}


def test_a_name_the_ner_never_proposed_keeps_a_plural_s_possessive_but_not_an_owner() -> None:
    text = "The Tarrow Women's Rowing Association met on Monday. Lodge Tuesday's Harbour Council minutes."
    found = _proposed(text, [])
    assert found.get("Tarrow Women's Rowing Association") == "ORG"
    assert "Rowing Association" not in found and "Tuesday's Harbour Council" not in found


def test_a_company_s_name_ends_at_its_legal_form_after_a_county_a_country_s_a_body_or_a_person_of() -> None:
    text = "Orchard Valley Foods bought Glenbrook Bakehouse Limited, Co. Kildare, for cash."
    found = _proposed(
        text, [("Orchard Valley Foods", "ORG"), ("Glenbrook Bakehouse Limited, Co. Kildare", "ORG")]
    )
    assert found == {
        "Orchard Valley Foods": "ORG",
        "Glenbrook Bakehouse Limited": "ORG",
        "Co. Kildare": "LOC",
    }
    text = "The deal was approved by Tanzania's Kagera Regional Power Company Limited on Monday."
    found = _proposed(text, [("Tanzania", "LOC")])
    assert found == {"Tanzania": "LOC", "Kagera Regional Power Company Limited": "ORG"}
    text = "Payments go through the Punjab Revenue Authority and Sui Northern Gas Pipelines Limited."
    found = _proposed(text, [("the Punjab Revenue Authority and Sui Northern Gas Pipelines Limited", "ORG")])
    assert found == {"Punjab Revenue Authority": "ORG", "Sui Northern Gas Pipelines Limited": "ORG"}
    text = "Please contact Inês Carvalho of Weyland Lowe Investment Management Limited on 0131 555 0100."
    found = _proposed(text, [("Inês Carvalho of Weyland Lowe Investment Management Limited", "ORG")])
    assert found == {"Inês Carvalho": "PER", "Weyland Lowe Investment Management Limited": "ORG"}


def test_an_australian_councillor_s_cr_a_road_of_three_towns_and_results_measures() -> None:
    text = "Lord Mayor Cr Helena Marchetti said the budget was fair. Cr Marchetti thanked staff."
    assert _proposed(text, [("Cr Helena Marchetti", "PER"), ("Cr Marchetti", "PER")]) == {
        "Helena Marchetti": "PER"
    }
    text = "Work will start on the Sagamu–Ikenne–Ilishan Road in June, the Commissioner said."
    assert _proposed(text, [("Sagamu", "LOC"), ("Ilishan Road", "LOC")]) == {
        "Sagamu–Ikenne–Ilishan Road": "LOC"
    }
    text = "The trust reported FFO of $0.42 per share, AFFO of $0.38 and NAV of 212p, up 4% YoY."
    assert _proposed(text, [("FFO", "ORG"), ("AFFO", "ORG"), ("NAV", "ORG"), ("YoY", "ORG")]) == {}


def test_a_ministry_s_last_domain_in_the_possessive_is_no_part_of_its_name() -> None:
    text = (
        "LUSAKA, 3 March 2027 - The figures were reconciled with the Ministry of Finance and National "
        "Planning's published statistics."
    )
    assert _proposed(text, [("Ministry of Finance", "ORG")]) == {
        "Ministry of Finance and National Planning": "ORG",
        "LUSAKA": "LOC",
    }


def test_indonesian_companies_close_on_tbk_with_persero_before_it() -> None:
    text = (
        "JAKARTA, 3 March 2027 - The loan is arranged by PT Bank Pesisir Raya Tbk and PT Bank Tani "
        "Sejahtera (Persero) Tbk, said Lusiana Marpaung."
    )
    hits = [("PT Bank Pesisir Raya", "ORG"), ("Tani Sejahtera", "ORG"), ("Lusiana Marpaung", "PERSON")]
    assert _proposed(text, hits) == {
        "PT Bank Pesisir Raya Tbk": "ORG",
        "PT Bank Tani Sejahtera (Persero) Tbk": "ORG",
        "Lusiana Marpaung": "PER",
        "JAKARTA": "LOC",
    }


def test_khun_is_a_form_of_address_and_an_issuer_a_ticker_and_a_po_box_are_no_names() -> None:
    text = (
        'BANGKOK, 3 March 2027 - "Demand was stronger," said Chief Executive Officer Khun Pimchanok '
        "Srisawat.\n\nIssuer: Chao Phraya Green Power Public Company Limited\nTicker: CPGP\n"
        "The notes may be redeemed at the Issuer's discretion.\n\nP.O. Box 2870, Bangkok\n"
    )
    hits = [("Khun Pimchanok Srisawat", "PERSON"), ("Issuer", "ORG")]
    hits += [("Chao Phraya Green Power Public Company Limited", "ORG"), ("Ticker", "ORG"), ("Issuer", "ORG")]
    hits += [("P.O. Box", "ORG"), ("Bangkok", "GPE")]
    assert _proposed(text, hits) == {
        "Pimchanok Srisawat": "PER",
        "Chao Phraya Green Power Public Company Limited": "ORG",
        "Bangkok": "LOC",
    }


def test_a_euronext_ticker_after_its_french_label_is_no_name() -> None:
    text = "Le Conseil de Vernalys (Euronext Paris – compartiment B – mnémonique : VRNLY) s'est réuni."
    names = _proposed(text, [("Vernalys", "ORG"), ("Euronext Paris", "ORG"), ("VRNLY", "ORG")], "fr")
    assert "Vernalys" in names and "VRNLY" not in names


def test_a_table_s_bar_cuts_a_name_and_a_trade_s_house_is_a_body() -> None:
    text = (
        "Entreprise | Municipalité | Aide\n"
        "Fromagerie des Deux-Berges | Rivière-Ouelle | 960 000 $\n"
        "Coopérative boulangère Pain d'Anse | Carleton-sur-Mer | 415 000 $\n"
        "Les ateliers ouvriront à l'Alliance française de Rimouski.\n"
    )
    hits = [
        ("Fromagerie des Deux-Berges | Rivière-Ouelle", "PER"),
        ("Coopérative boulangère Pain d'Anse", "ORG"),
    ]
    hits += [("Carleton-sur-Mer", "LOC"), ("Alliance française de Rimouski", "LOC")]
    names = _proposed(text, hits, "fr")
    assert names.get("Fromagerie des Deux-Berges") == "ORG"
    assert not any("|" in name for name in names)
    assert names.get("Alliance française de Rimouski") == "ORG"
