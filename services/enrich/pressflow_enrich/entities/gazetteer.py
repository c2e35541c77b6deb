"""Word lists the entity rules lean on: type cues, generic heads, titles and non-entity cues."""

from __future__ import annotations

# A name whose head (first word) is one of these is an organisation, whatever the NER said.
ORG_HEADS = frozenset(
    [
        "confédération",  # the Swiss federal state acting: "la Confédération finance"
        "chancellerie",
        "préfecture",  # the State's office in a département: "la Préfecture de l'Isère apporte"
        "cégep",  # a Québec college: "Cégep de Jonquière"
        "cegep",
        "tribunal",
        "ville",
        "métropole",
        "théâtre",
        "theatre",
        "opéra",
        "opera",
        "orchestre",
        "orchestra",
        "bibliothèque",
        "médiathèque",
        "library",
        "chu",
        "chru",
        "hôpital",
        "hospital",
        "clinique",
        "agence",
        "agency",
        "association",
        "alliance",  # "Alliance française de Toamasina", "Alliance for Rural Water"
        "coopérative",  # "Coopérative boulangère Pain d'Anse"
        "mutuelle",  # a mutual insurer: "Mutuelle Océane Santé"
        "mutualité",
        "atelier",  # a studio or a firm of architects: "Atelier Kanal Architectes"
        "ateliers",
        "assemblée",
        "autorité",
        "banque",
        "bank",
        "bourse",  # "Bourse de Tunis": an exchange
        "municipalité",  # "Municipalité de Lausanne": a Swiss town's executive
        "euronext",  # "Euronext Dublin", "Nasdaq Stockholm": an exchange by its city
        "nasdaq",
        # forces, courts and services of a state ("Garde côtière canadienne", "Police Scotland")
        "garde",
        "gendarmerie",
        "police",
        "sûreté",
        "douane",
        "douanes",
        "régie",
        "parquet",
        "cour",
        "sénat",
        "parlement",
        "parliament",
        "archives",
        "bureau",
        "caisse",  # "Caisse Régionale du Morvan", "Caisse des Dépôts"
        "chambre",
        "cité",
        "comité",
        "communauté",
        "commission",
        "centre",
        "center",
        "committee",
        "compagnie",
        "company",
        "conseil",
        "conservatoire",
        "council",
        "department",
        "direction",
        "école",
        "ecole",
        "federation",
        "fédération",
        "fondation",
        "foundation",
        "groupement",
        "institut",
        "institute",
        "institution",
        "laboratoire",
        "laboratory",
        "lycée",
        "collège",
        "college",
        "ministère",
        "ministry",
        "gouvernement",  # "Gouvernement de Wallonie", "Government of India": a government acting
        "government",
        "musée",
        "museum",
        "office",
        "organisation",
        "organization",
        "observatoire",
        "réseau",
        "school",
        "société",
        "society",
        "syndicat",
        "union",
        "université",
        "university",
    ]
)


# Common nouns that introduce an organisation's name: "la société X", "le pôle X".
ORG_DESCRIPTORS = frozenset(
    [
        "société",
        "compagnie",
        "entreprise",
        "groupe",
        "pôle",
        "association",
        "agence",
        "start-up",
        "startup",
        "opérateur",
        "company",
        "firm",
        "group",
        "agency",
        "operator",
        "cabinet",
        "banque",
        "enseigne",
        "holding",  # "sa holding personnelle X"
        "laboratoire",  # "le laboratoire français X"
        "laboratory",
        "filiale",
        "subsidiary",
    ]
)

# Legal forms and group words stripped to find the short name a company is also called by.
LEGAL_SUFFIXES = frozenset(
    [
        "llp",
        "lp",
        "as",
        "asa",
        "ab",
        "bv",
        "spa",
        "srl",
        "sasu",
        "limited",
        "ltd",
        "plc",
        "sa",
        "sas",
        "sarl",
        "inc",
        "corp",
        "gmbh",
        "ag",
        "nv",
        "se",
        "llc",
        "pty",
        "pvt",
        "sdn",
        "bhd",
        "berhad",
        "ltée",
        "limitée",
        "group",
        "groupe",
        "holding",
        "holdings",
        "co",  # "Northwoods Rural Telephone Co."
        "incorporated",  # a South African firm of lawyers or accountants ("Mazibuko & Partners Incorporated")
        "pjsc",  # joint-stock companies of the Gulf, Russia and Central Asia; Oman's listed ones
        "jsc",
        "psc",
        "qpsc",
        "saog",
    ]
)

# A name ending with a legal form or one of these is an organisation ("Toulouse Métropole",
# "X Council", "Y Trust").
ORG_TAILS = LEGAL_SUFFIXES | frozenset(
    [
        "authority",  # "Regional Health Authority", "Marine Park Authority": a body, not the park
        "commission",
        "tribunal",
        "board",
        "agency",
        "agglo",  # "Lannion Agglo": a grouping of communes, a body
        "agglomération",
        "airlines",
        "association",
        "alliance",  # "Palliative Care Alliance"; ensembles: "Youth Orchestra", "Heritage Choir"
        "orchestra",
        "choir",
        "communications",
        "corporation",
        "council",
        "foundation",
        "institute",
        "museum",
        "métropole",
        "society",
        "trust",
        "university",
        "ferries",  # "Seatruck Ferries", "British Airways", "Indian Railways": carriers
        "railway",  # "Ecclesbourne Valley Railway", "South Central Railway"
        # football and rugby clubs by their second word ("Ayr United", "Raith Rovers", "Brechin
        # Athletic"), which the NER calls a person or a place
        "united",
        "rovers",
        "rangers",
        "athletic",
        "albion",
        "wanderers",
        "airways",
        "railways",
        "commissioners",  # "Belfast Harbour Commissioners": a board
        "collective",  # "Korimako Dance Collective": a company of artists
        # firms named after a street or a founder ("Fenwick Street Partners", "Banksia Lane Advisory")
        "partners",
        "advisory",
        "advisers",
        "advisors",
        "associates",
        "consultants",
        "consulting",
        # investors ("Garrigue Ventures", "Cépage Capital", "Mistral Angels", "Mara Peak Holdings")
        "ventures",
        "capital",
        "angels",
        "holdings",
        "investments",
        "cooperative",
        "co-operative",
        "tribe",  # a tribal nation's government: "Nez Perce Tribe", "Confederated ... Tribes"
        "tribes",
    ]
)

# What a firm's name ends with, its trade, not a club's or a body's kind: a firm "of" a town is two
# names ("Rathbawn Construction of Claremorris"), and its short form drops it ("Soo Steelcraft").
FIRM_WORDS = frozenset(
    ["partners", "solutions", "capital", "construction", "holdings", "services", "logistics", "engineering"]
    + ["contractors", "builders", "consulting", "consultants", "ventures", "industries", "motors", "foods"]
    + ["fabricators", "farms", "networks", "products", "systems", "technologies", "manufacturing", "mining"]
    + ["minerals", "resources", "pharmaceuticals", "therapeutics", "biosciences", "laboratories", "media"]
)

# Organisation heads French writes in lower case before a capitalised domain ("ministère de la Mer").
LOWERCASE_ORG_HEADS = frozenset(["ministère", "secrétariat"])

# The particles a surname may open on ("van der Laan", "ap Rhys-Morgan", "de Gaulle", "Le Bihan",
# "bin Ariffin", "Ní Bhriain"): a surname is never the word after one alone.
SURNAME_PARTICLES = frozenset(
    ["van", "von", "de", "da", "di", "du", "des", "d'", "d’", "le", "la", "ap", "ab", "bin", "binti"]
    + ["ní", "nic"]
)

# Administrative units: an institution when "la Région X" acts, a place when merely located.
REGION_HEADS = frozenset(
    ["région", "region", "province", "state", "état", "etat", "city", "town", "département", "departement"]
    + ["canton", "commune"]  # "le Canton de Vaud a adopté", "la Commune de Lectoure porte le projet"
)

# Malay words for a kind of place, written before its name in Malaysia, Singapore, Brunei and
# Indonesia ("Pulau Ubin", an island; "Bukit Batok", a hill; "Jalan Ampang", a road).
PLACE_HEADS = frozenset(
    ["pulau", "jalan", "bukit", "kampung", "kampong", "sungai", "tanjung", "taman", "gunung"]
)

# Sites, not bodies: spaceports and launch bases.
SITE_MARKERS = ("centre spatial", "space center", "spaceport", "cosmodrome", "base spatiale")

# A span made only of these words is a description, not a name ("la Région", "l'Agence").
GENERIC_WORDS = frozenset(
    # local governments named by their kind alone ("The Shire will", "la Principauté")
    ["shire", "borough", "department", "county", "commune", "municipality", "district", "board"]
    # a newsroom's header, the land a people holds, "the Traditional Owners", "la Municipalité"
    + ["newsroom", "country", "traditional", "owners", "municipalité", "directors"]
    + ["embargoed", "nnnn"]  # page furniture: "EMBARGOED until ...", "NNNN" (a wire's end of message)
    # a term sheet's labels and defined terms ("Issuer:", "Ticker:", "at the Issuer's discretion"), a
    # postal address's box ("P.O. Box 2870")
    + ["issuer", "ticker", "p.o.", "po", "box"]
    + ["mio", "mrd", "mia", "mds"]  # scales written with a capital at a table's head ("Mrd CHF")
    + ["principauté", "principality"]
    + [
        "company",
        "corporation",
        "financial",
        "bank",
        "banque",
        "fondation",
        "foundation",
        "centre",
        "center",
        "fund",
        "fonds",
        "trust",
        "business",
        "culture",
        "budget",
        "finances",
        "portefeuille",
        "ministres",
        "ministers",
        "maisons",
        "shares",
        "actions",
        "joint",
        "venture",
        "call",
        "parliament",
        "parlement",
        "bourse",
        "ville",
        "métropole",
        "cabinet",
        "agence",
        "agences",
        "agency",
        "association",
        "cité",
        "city",
        "commission",
        "conseil",
        "council",
        "département",
        "etat",
        "état",
        "états",
        "etats",
        "gouvernement",
        "government",
        "group",
        "groupe",
        "nation",
        "nations",
        "pays",
        "président",
        "présidente",
        "province",
        "région",
        "régions",
        "regions",
        "république",
        "republic",
        "société",
        "state",
        "states",  # "the States" of a federation, described
        "université",
        "universités",
        "university",
        "ministère",
        "ministry",
        "gouverneur",
        "governor",
        "directeur",
        "directrice",
        "general",
        "général",
        "générale",
        "délégué",
        "déléguée",
        "chef",
        "maire",
        "mayor",
        "ministre",
        "minister",
        "premier",
        "première",
        "secrétaire",
        "secretary",
    ]
)

# A council's members, a form of address and a title: American and Welsh forms too ("Councilor Anh
# Tran", "Cynghorydd Nia Wyn Roberts").
# "Cr" is Australia's councillor: "Lord Mayor Cr Jane Citizen"
_COUNCILLORS = [
    "councillor",
    "councilor",
    "councilmember",
    "alderman",
    "alderwoman",
    "cynghorydd",
    "cr",
    "cr.",
]

HONORIFICS = frozenset(
    [
        "m.",
        "mme",
        "mlle",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dr",
        "dr.",
        "pr",
        "cllr",
    ]
    + _COUNCILLORS
    + ["sir", "dame", "monsieur", "madame", "mademoiselle", "shri", "sri", "smt", "shrimati", "hon", "hon."]
    + ["honourable", "honorable"]
    # Belgian and French titles of nobility before a name ("le Baron Philippe de Walckiers")
    + ["baron", "baronne", "comte", "comtesse", "vicomte", "vicomtesse"]
    # French forms for lawyers and notaries ("Me Jean-Robert Toussaint", "Maître X")
    + ["me", "maître", "maitre"]
    # Nigerian and Malaysian forms of address: "Alhaji", "Alhaja", "Haji", "Hajah" (who made the
    # pilgrimage to Mecca)
    + ["alhaji", "alhaja", "hajiya", "haji", "hajah", "hajjah"]
    # a Fijian chief's title ("Ratu Jone Vakaloa", "Adi Mere Tuisawau")
    + ["ratu", "adi"]
    # Thailand's form of address in English releases ("Khun Pimchanok Srisawat")
    + ["khun"]
    # Tamil forms of address in Tamil Nadu's English releases ("Thiru K. Raman", "Tmt. Priya")
    + ["thiru", "thiru.", "tmt", "tmt.", "thirumathi", "selvi"]
    # Malaysian honours used as forms of address ("Datuk Seri Aminah Yusof"), "the Rt Hon", clergy
    + ["datuk", "dato", "dato'", "dato’", "datin", "seri", "rt", "rt.", "reverend", "rev", "rev.", "pastor"]
    + ["imam", "sheikh", "excellency", "h.e.", "prof", "prof."]
    # Singaporean and Malaysian forms of address ("Mdm Siti Aishah", "Puan Nur Izzah"), a Nigerian
    # one ("Mallam Sani Bello") and an engineer's ("Engr. Ade Bello", in Kenya "Eng. Faith Wanjiru")
    + ["mdm", "mdm.", "puan", "encik", "mallam", "engr", "engr.", "eng."]
    # an Aboriginal or Torres Strait elder ("Aunty Marlene Doolan", "Uncle Ray Kelly"); Nigerian professional
    # forms ("Barr. Ada Obi", "Arc. Femi Ade", "Pharm. Bola Ojo")
    + ["aunty", "auntie", "uncle", "barr.", "barrister", "arc.", "pharm."]
    # Samoan forms of address before a titled person ("Afioga Tuilaepa ...", "Susuga Fiame ...")
    + ["afioga", "susuga", "lau afioga", "lau susuga"]
)
# The letters of a member's seat in a parliament or an assembly ("Aoife Brannock TD", "Kimberley MLA
# Carla Hoskins", "MP for Gympie")
SEAT_LETTERS = frozenset(["TD", "MP", "MLA", "MPP", "MHA", "MEP", "MSP", "MNA", "MLC", "MHR", "MHK"])
# Letters written after a person's name: seats, honours, degrees ("Aoife Brannock TD", "Jo Bloggs MP").
POST_NOMINALS = SEAT_LETTERS | frozenset(
    ["MS", "AM", "OBE", "CBE", "MBE", "KBE", "DBE"]
    + ["KC", "QC", "SC", "PhD", "Jr", "Jr.", "Sr.", "FRS", "FREng", "GBM", "GBS", "SBS", "BBS", "MH", "JP"]
    + ["M.D.", "M.D", "Ph.D.", "Ph.D", "Pharm.D.", "D.Phil.", "MBA", "CPA", "CFA"]  # degrees after a name
    + ["BA", "BSc", "BCom", "BEng", "MSc", "MEng", "LLB", "LLM", "ACA", "FCA", "ACCA", "FCCA", "CEng"]
    + ["CA", "FAAAS"]  # chartered accountants ("N Pillay CA(SA)"), the AAAS's fellows
    # engineers' and geoscientists' licences; Australian honours
    + ["P.E.", "P.Eng.", "P.Eng", "P.Geo.", "P.Geo", "AO", "OAM", "PSM", "APM"]
    # a competent person's memberships under the JORC and NI 43-101 codes
    + ["FAusIMM", "MAusIMM", "FGS", "FIMMM", "MIMMM", "MAIG", "FAIG", "FSAIMM", "CGeol", "EurGeol"]
    # company directors' and physicians' and surgeons' fellowships ("Jo Tan FRACP", "Ade Rao, M.D., FACS")
    + [
        "GAICD",
        "FAICD",
        "MAICD",
        "FRACP",
        "FRACS",
        "FACS",
        "FACP",
        "FRCP",
        "FRCS",
        "MRCP",
        "FRCSI",
        "FCS",
        "FCIS",
    ]
    # the royal colleges' fellowships and memberships of the other specialties ("Ade Obi FRCR")
    + ["FRCR", "FRCPath", "FRCOG", "FRCGP", "FRCPCH", "FRCPsych", "FRCA", "FRCPI", "FRCPC", "FRCSC"]
    + ["MRCGP", "MRCS", "MRCOG", "MRCPsych", "MRCPI", "FRANZCR", "FRACGP", "FANZCA", "FRCSEd"]
    # Australian academies' fellowships; Irish engineers' ("Helen Vuko AO FTSE", "Eoin Byrne BE CEng MIEI")
    + ["FTSE", "FAHMS", "FASSA", "FAHA", "MIEI", "FIEI", "BE"]  # not "FAA": the aviation body's name
    + ["FRSA", "FIoD", "CMgr", "ICD.D", "CSC", "BEM", "QPM", "KPM", "DL", "CVO", "LVO", "MVO", "CMG", "KCMG"]
    # Canadian, New Zealand, Jamaican, Nigerian and Indian honours, ranks and services ("Ade Obi, SAN, mni")
    + ["P.C.", "C.M.", "O.C.", "O.Ont.", "ONZM", "MNZM", "CNZM", "QSO", "QSM", "OJ", "OD", "CD"]
    + ["SAN", "mni", "OFR", "OON", "CON", "MFR", "FNSE", "FAS", "IAS", "IPS", "IFS"]
    # degrees written with their dots ("Ravi Menon, M.A., LL.B.")
    + ["M.A.", "B.A.", "M.Sc.", "B.Sc.", "B.Com.", "M.Com.", "LL.B.", "LL.M.", "B.E.", "B.Tech.", "M.Tech."]
    + ["MBBS", "M.B.A.", "M.Phil.", "D.Litt.", "MD"]
    # learned societies' fellowships ("Ana Ruiz FRSE FAcSS", "Jo Tan FMedSci")
    + ["FRSE", "FAcSS", "FBA", "FMedSci", "FRSC", "FRGS", "FLSW", "FRSB", "FInstP"]
)

# The titles of who heads a body: job titles (below) and titles held in an organisation.
_HEADS_OF_BODIES = frozenset(
    ["président", "présidente", "vice-président", "vice-présidente", "directeur", "directrice", "director"]
    + ["général", "générale"]
)

# Job titles and honorifics: never part of a name, cut off wherever they stick to one.
TITLE_WORDS = (
    _HEADS_OF_BODIES
    | frozenset(
        [
            "cofondateur",
            "cofondatrice",
            "administrateur",  # a board member, and with his office: "Administrateur Directeur Général"
            "administratrice",
            "associé",
            "associée",
            "partner",
            "cllr",
            *_COUNCILLORS,
            "cathaoirleach",  # an Irish council's chair ("Cathaoirleach of Offaly County Council")
            "sir",
            "dame",
            "doyen",
            "doyenne",
            "entraîneur",  # a team's coach (not "coach": a bus in "Harbour Coach Lines")
            "entraîneuse",
            "dean",  # a university's officers: "JCU Vice-Chancellor Professor Ana Ruiz"
            "chancellor",
            "vice-chancellor",
            "provost",
            "rector",
            "registrar",  # a university's or a court's officer: "For: Registrar"
            "recteur",
            "rectrice",
            "member",
            "managing",
            "head",
            "president",
            "general",
            "délégué",
            "déléguée",
            "délégué-général",
            "chef",
            "chief",
            "executive",
            "officer",
            "gouverneur",
            "governor",
            "ministre",
            "minister",
            "maire",
            "mayor",
            "secrétaire",
            "secretary",
            "attaché",
            "attachée",
            "chargé",
            "chargée",
            "responsable",
            "fondateur",
            "fondatrice",
            "founder",
            "pdg",
            "ceo",
            "coo",
            "cfo",
            "cto",
            "dg",
            "conseiller",
            "conseillère",
            "sénateur",
            "sénatrice",
            "député",
            "députée",
            "adjoint",
            "adjointe",
            "professeur",
            "professeure",
            "professor",
            "docteur",  # "le Docteur Abdou SALL", "Docteure Awa FALL": a title, written in full
            "docteure",
            # French functions written before a name or a body ("Représentante de l'IRD au Bénin",
            # "l'échevine Anne Dufour", "le préfet de la région")
            "représentant",
            "représentante",
            "ingénieur",
            "ingénieure",
            "cheffe",
            "coordonnateur",
            "coordonnatrice",
            "coordinateur",
            "coordinatrice",
            "trésorier",
            "trésorière",
            "gouverneure",
            "préfet",
            "préfète",
            "échevin",
            "échevine",
            "bourgmestre",
            "commissaire",
            "procureur",
            "procureure",
            "magistrat",
            "magistrate",
            "gérant",
            "gérante",
            "inspecteur",
            "inspectrice",
            "premier",
            "première",
            "porte-parole",  # "Porte-parole du Ministre X": the title of who speaks for another
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "chair",  # "Chair Jo Bloggs said": who chairs a board or committee
            "leader",  # a UK council's elected head: "Leader of Medway Council"
            "patron",  # "Patron Dame Helen Ashdown DBE": a charity's honorary head
            "chairman",
            "chairwoman",
            "chairperson",
            "mec",  # a South African province's minister, Member of the Executive Council ("MEC Ndlovu")
            "chieftainess",  # "Senior Chieftainess Mweemba", a traditional leader's title
            "chieftain",
            "headman",
            "emeritus",  # "Professor Emeritus Alan Grey"
            "deputy",
            "ambassador",
            "ambassadeur",  # "Ambassadeur du Japon": the title and the country it serves
            "ambassadrice",
            "commissioner",
            # elected and sworn ranks written before a name ("Sen. Ana Ruiz", "Sgt. Mike Torres")
            "senator",
            "sen.",
            "rep.",
            "representative",
            "congressman",
            "congresswoman",
            "councilman",
            "councilwoman",
            "alderman",
            "superintendent",
            "supt.",
            "inspector",
            "detective",
            "det.",  # "Det. Sgt. Marcus Holloway"
            "insp.",
            "sergeant",
            "sgt",
            "sgt.",
            "lieutenant",
            "lt.",
            "captain",
            "capt.",
            "colonel",
            "col.",
            "commander",
            "constable",
            "cpl",  # "Cpl. Josée Bellegarde", "Cst. Ravi Dhillon": Canadian police ranks
            "cpl.",
            "cst",
            "cst.",
            "sheriff",  # a Scottish judge ("Sheriff Graeme Oliphant"), a US county's
            "judge",  # "District Court Judge Renata Ocampo-Hayes", then "Judge Ocampo-Hayes"
            "magistrate",
            # British police ranks by their letters ("DCI Ann Shaw", "PC Jo Bell")
            "dci",
            "dsi",
            "dsupt",
            "dc",
            "pc",
            "ds",
            "psi",
        ]
    )
    | HONORIFICS
)

# A company's legal form written out and the labels of its register lines, in a release's legal
# block ("Société anonyme au capital de ...", "RCCM : RC/DLA/...", "RCS Lyon 123 456 789"): not names.
LEGAL_FORMS = frozenset(
    ["société anonyme", "société par actions simplifiée", "société à responsabilité limitée"]
    + ["société en commandite par actions", "société coopérative", "société d'économie mixte"]
    + ["public limited company", "private limited company", "limited liability company"]
)
REGISTER_LABELS = frozenset(
    ["rccm", "rcs", "siren", "siret", "ninea", "registre du commerce"]
    # the codes of a listing or a company's registration on an announcement's header
    + ["lei", "isin", "cin", "cusip", "sedol", "tidm", "epic", "gstin", "abn", "acn", "uen"]
)

# Words that, at a span's head or just before it, mark an event, programme, craft or product.
NON_ENTITY_CUES = frozenset(
    [
        "scheme",
        "initiative",
        "strategy",
        "stratégie",
        "settlement",
        "forum",
        "summit",
        "sommet",
        "assises",
        "congrès",
        "congress",
        "conférence",
        "conference",
        "fund",
        "fonds",
        "programme",
        "program",
        "mission",
        "satellite",
        "satellites",
        "constellation",
        "sonde",
        "probe",
        "instrument",
        "robot",
        "lanceur",
        "launcher",
        "salon",
        "festival",
        "exposition",
        "exhibition",
        "prix",
        "award",
        "dispositif",
        "plan",
        "projet",
        "project",
        "opération",
        "operation",
        "dialogue",
        "sub-committee",
        "expo",
        "astéroïde",
        "asteroid",
        "comète",
        "comet",
        "planète",
        "planet",
        "framework",  # "the Medium-Term Expenditure Framework (MTEF)", a plan
        "estimate",  # "Mineral Resource Estimate (MRE)", a mine's figures
        "yojana",  # Hindi for a government scheme ("X Gramin Yojana"), a campaign ("X Abhiyan")
        "abhiyan",
    ]
)

# Honorifics: the name after one is a person's ("Mme Le Floch", "Dr Hamelin", "Cllr Sandhu").
# Words that name a press or communication department, not an organisation ("Service presse").
DEPARTMENT_WORDS = frozenset(
    [
        "service",
        "office",
        "direction",
        "département",
        "department",
        "communication",
        "communications",
        "presse",
        "press",
        "media",
        "médias",
        "relations",
        "publiques",
        "public",
        "corporate",  # "Corporate Communications", "Investor Relations", "Bureau d'information"
        "affairs",
        "investor",
        "investors",
        "investisseurs",
        "bureau",
        "information",
        # a French State press desk: "Service départemental de la communication interministérielle"
        "départemental",
        "départementale",
        "interministériel",
        "interministérielle",
    ]
)

# Words after a name that make it a programme's or an event's ("the Marine Futures programme").
FOLLOWING_NON_ENTITY_CUES = frozenset(
    ["programme", "program", "scheme", "initiative", "mission", "project", "strategy", "summit", "forum"]
)

# Lower-case nouns that make the name after them a site's, even one named after a person
# ("le port Édouard Herriot").
SITE_NOUNS = frozenset(
    ["port", "quai", "place", "rue", "avenue", "boulevard", "gare", "parc", "pont", "stade", "aéroport"]
    + ["river", "rivière", "fleuve", "lake", "lac"]  # "located on river Tamar"
)

# Titles held in an organisation: "directrice générale d'Aquitel" names a body, not a place or a person.
ORG_ROLE_TITLES = _HEADS_OF_BODIES | frozenset(
    [
        "fondateur",
        "fondatrice",
        "cofondateur",
        "cofondatrice",
        "founder",
        "pdg",
        "ceo",
        "executive",
        "officer",
    ]
)

# Holidays and festivals: periods of the calendar, events, not names of the guide ("through the
# Easter holidays", "avant Noël").
HOLIDAYS = frozenset(
    ["easter", "christmas", "noël", "noel", "pâques", "paques", "ramadan", "diwali", "thanksgiving"]
    + ["toussaint", "pentecôte", "pentecost", "hanukkah", "lent", "carême", "anzac day", "boxing day"]
    + ["eid", "eid al-fitr", "eid al-adha", "tabaski", "korité", "hogmanay", "new year"]
)
# Celestial bodies: never places in a release's sense.
CELESTIAL = frozenset(
    [
        "terre",
        "lune",
        "soleil",
        "mars",
        "mercure",
        "vénus",
        "jupiter",
        "saturne",
        "uranus",
        "neptune",
        "pluton",
        "phobos",
        "deimos",
        "ryugu",
        "bennu",
        "earth",
        "moon",
        "sun",
        "venus",
        "mercury",
        "saturn",
        "pluto",
        "titan",
        "europa",
    ]
)

# Acronyms of accounting and everyday terms the NER mistakes for organisations.
TERM_ACRONYMS = frozenset(
    ["mw", "gw", "kw", "tw", "mwh", "gwh", "kwh", "twh", "mwc", "mwp", "km", "ha", "bn"]
    + [
        "ca",
        "ht",
        "ttc",
        "tva",
        "roc",
        "ebo",
        "ebit",
        "ebitda",
        "agm",  # a company's general meetings
        "egm",
        "pib",
        "gdp",
        "r&d",
        "rh",
        "hr",
        "ceo",
        "cfo",
        "coo",
        "pme",
        "tpe",
        "eti",
        "amo",
        "moa",
        "pdg",
        "dg",
        "cp",
        "faq",
        "pdf",
        "kpi",
        "capex",
        "opex",
        "bfr",
        "eps",
    ]
    # results' measures: funds from operations, net asset value, all-in sustaining cost, headline
    # earnings per share, year on year, value added tax, a bank's capital and margin ratios
    + ["ffo", "affo", "ebita", "ebt", "ebitdar", "nav", "aisc", "dps", "heps", "yoy", "ytd", "cagr"]
    + ["vat", "gaap", "roe", "irr", "npv", "nim", "cet1"]
)

# Lowercase words that continue a place name ("Amérique latine", "Corée du Sud" is caught as is).
# The adjectives that make a region of a larger place in French ("Amérique latine", "Suisse romande",
# "France métropolitaine", "Afrique subsaharienne"): one name, the adjective its own.
PLACE_ADJECTIVES = frozenset(
    ["latine", "centrale", "occidentale", "orientale", "septentrionale", "méridionale"]
    + ["romande", "alémanique", "métropolitaine", "subsaharienne", "australe", "insulaire", "continentale"]
)

# Contact-line labels and headings the NER picks up as names.
CONTACT_LABELS = frozenset(
    [
        "release",  # a header's "Release Date: 03/03/2026"
        "date",
        "tél",
        "tel",
        "téléphone",
        "telephone",
        "phone",
        "portable",
        "port",
        "mobile",
        "fax",
        "e-mail",
        "email",
        "mail",
        "courriel",
        "twitter",
        "linkedin",
        "facebook",
        "instagram",
        "site",
        "web",
        "contact",
        "contacts",
        "presse",
        "press",
        "media",  # "Media Contact: Jo Bell", "Media enquiries"
        "médias",
        "source",  # the labels of a contact block's lines: "Source :", "Renseignements :", "Inquiries"
        "information",
        "informations",
        "renseignements",
        "inquiries",
        "enquiries",
        "end",  # the closing mark of an exchange announcement ("END")
        "print",  # a web page's share bar: "Share this: Facebook | X | Email | Print"
        "imprimer",
        "share",
        "partager",
    ]
)

# Last words of a section's heading or a block's label, written alone on their line: "Media
# Contacts", "Additional Resources", "Background", "ASX ANNOUNCEMENT", "Notes to Editors".
SECTION_HEADS = frozenset(
    ["contacts", "contact", "enquiries", "inquiries", "resources", "background", "announcement"]
    + ["highlights", "overview", "editors", "links", "ressources", "annonce", "faits saillants"]
    # "Quotes", "For Immediate Release", "Pour diffusion immédiate": a block's label on its line
    + ["quotes", "quote", "citations", "release", "diffusion immédiate"]
)
# Stock exchanges by the codes a ticker follows ("ASX: KRM", "(TSX: GLP)"): the symbol after one
# is a ticker, not a name.
EXCHANGE_CODES = frozenset(
    ["ASX", "NYSE", "NASDAQ", "Nasdaq", "TSX", "TSXV", "TSX-V", "LSE", "AIM", "JSE", "NSE", "BSE", "SGX"]
    + ["HKEX", "SEHK", "NZX", "OTCQX", "OTCQB", "CSE", "BRVM", "BVC", "NGX", "EGX", "Euronext"]
)

# The names exchanges go by beside their codes ("ASX" and "the Australian Securities Exchange",
# "TSX" and "la Bourse de Toronto"): one body.
EXCHANGE_NAMES = {
    "asx": ["australian securities exchange", "australian stock exchange"],
    "tsx": ["toronto stock exchange", "bourse de toronto"],
    "tsxv": ["tsx venture exchange", "bourse de croissance tsx"],
    "nyse": ["new york stock exchange", "bourse de new york"],
    "lse": ["london stock exchange", "bourse de londres"],
    "jse": ["johannesburg stock exchange"],
    "nzx": ["new zealand exchange", "new zealand stock exchange"],
    "sgx": ["singapore exchange"],
    "hkex": ["hong kong exchanges and clearing", "stock exchange of hong kong"],
    "sehk": ["stock exchange of hong kong"],
    "nse": ["national stock exchange of india", "nairobi securities exchange"],
    "bse": ["bombay stock exchange"],
    "brvm": ["bourse régionale des valeurs mobilières"],
    "ngx": ["nigerian exchange"],
}

# Function words after which a capitalised single word is still a noun in English.
EN_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "has",
        "had",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "said",
        "says",
        "that",
        "the",
        "their",
        "this",
        "to",
        "was",
        "were",
        "which",
        "who",
        "will",
        "with",
        "would",
        "are",
        "be",
        "been",
        "also",
    ]
    # the rest of the closed classes: "Rajasthan and Karnataka where", "Ontario while", "Kenya after"
    + ["where", "when", "while", "whose", "whom", "after", "before", "since", "until", "during", "over"]
    + ["under", "between", "among", "through", "via", "per", "than", "because", "if", "so", "not", "nor"]
    + ["can", "could", "may", "might", "must", "shall", "should", "do", "does", "did", "being", "he"]
    + ["she", "we", "they", "you", "his", "her", "our", "them", "us", "him", "each", "both", "all"]
)

# Prepositions that place what follows: "en Bretagne", "in the UAE".
PLACE_PREPOSITIONS = frozenset(["en", "dans", "à", "au", "aux", "in", "at", "from", "vers"])

# Newswires and market-announcement services: the carrier of a release, not an actor in it.
WIRE_SERVICES = frozenset(
    ["globe newswire", "globenewswire", "business wire", "businesswire", "pr newswire", "prnewswire"]
    + ["marketwired", "marketwire", "cnw", "cnw telbec", "canada newswire", "newswire", "accesswire"]
    + ["rns", "eqs", "dgap", "cision", "actusnews", "businesswire france", "firmenpresse", "newsfile"]
    + ["newsfile corp."]  # a wire's dateline "(Newsfile Corp. - February 24, 2026)"
)
# A company's or an assembly's governing bodies: named by their role, never names of their own.
GOVERNING_BODIES = frozenset(
    ["conseil d'administration", "conseil de surveillance", "directoire", "comité exécutif"]
    + ["comité de direction", "commission permanente", "assemblée générale", "board of directors"]
    + ["board", "executive committee", "general meeting", "annual general meeting", "cabinet approvals"]
    # the English of "directoire" and "conseil de surveillance", a German or Polish company's boards
    + ["management board", "supervisory board", "executive board", "board of management"]
    + ["directors"]  # "the Directors of Banahaw Water Holdings, Inc."
    # a shareholders' meeting named by its kind
    + ["assemblée générale ordinaire", "assemblée générale extraordinaire", "assemblée générale mixte"]
    + ["assemblée générale annuelle", "extraordinary general meeting"]
)

# The level a council is named by when its territory is not ("le Conseil départemental"): a
# description, as "la Région" alone.
COUNCIL_LEVELS = frozenset(
    ["départemental", "départementale", "régional", "régionale", "municipal", "municipale"]
    + ["communautaire", "métropolitain", "métropolitaine", "communal", "communale"]
)
# Words for a body's seat, named after the body ("Brenmoor Headquarters": the body).
SEAT_WORDS = frozenset(["Headquarters", "HQ"])

# Kinds of site whose name a release writes with the kind in front ("château de Kerbrat", "Port of
# Ballykeel"): the site is the place, not the town it is named after. A port, a station or an airport
# written in lower case ("le port de Lorient") is the town's, described.
SITE_KINDS = frozenset(
    ["château", "chateau", "abbaye", "palais", "remparts", "villa", "domaine", "parc éolien"]
    + ["autoroute", "île", "îles", "barrage", "pont"]  # a bridge bears its own name
    # an airport, a stadium, a town hall named after their town: "aéroport de Pau", "maison communale d'Ans"
    + ["aéroport", "aérodrome", "stade", "maison communale", "mairie de quartier"]
    # a street, a tunnel and a business park bear theirs, even a person's ("boulevard Jean Moulin")
    + ["boulevard", "avenue", "tunnel", "zone industrielle", "zone d'activités", "zone d’activités"]
    + ["rue", "route", "allée", "allées", "salle", "collège"]  # "rue des Carmes", "salle du Carmel"
    + ["chemin", "canal", "viaduc"]  # "chemin de Chambly", "viaduc de Chillon"
    # buildings named after their town or a person: "hôtel de ville de Mons", "bibliothèque Lisette-Morin"
    + ["hôtel de ville", "palais de justice", "maison de la culture", "bibliothèque", "médiathèque"]
    + ["piscine", "cathédrale", "école élémentaire", "école primaire"]
    # natural sites named after a town or a river: "rade de Lorient", "vallée de la Loire"
    + ["rade", "baie", "golfe", "vallée", "lac", "mer", "étang", "estuaire", "massif"]
    + ["port of", "airport of", "isle of", "mine of", "château of", "palace of"]
    # a station and a headland named after their town: "gare d'Alès", "pointe du Chay", "presqu'île
    # de Crozon" (not "port de" or "canton de", which the guide's annotators cut to the town as
    # often as not: "port de Kamsar" is "Kamsar", "canton d'Yvetot" "Yvetot")
    + ["gare", "pointe", "presqu'île", "presqu’île"]
    # a treatment plant named for its place ("station d'épuration de Sète Nord"), and the venues
    # of `NAMED_VENUE_KINDS`
    + ["station d'épuration", "station d’épuration"]
)
# A venue's kind, before the venue's own name ("centre culturel Aimé-Rivière"); before "de" and its
# town it describes ("le centre culturel de Mersch": no name). A "centre" alone is as often a body.
NAMED_VENUE_KINDS = frozenset(
    ["centre culturel", "complexe culturel", "espace culturel", "complexe sportif", "centre sportif"]
    + ["centre aquatique"]
)
SITE_KINDS |= NAMED_VENUE_KINDS
# Last words that make a name a site, not a body ("Kerrow Highway", "Tallis Mine").
SITE_TAILS = frozenset(
    ["highway", "motorway", "freeway", "interchange", "airport", "mine", "hospital", "bridge", "tunnel"]
    + ["dam", "stadium", "arena", "road", "street", "avenue", "station", "terminal"]
    + ["st.", "ave.", "rd.", "blvd.", "hwy."]  # "N. Main St.": a street, its kind abbreviated
    + ["wharf", "pier", "quay", "ground"]  # "Gibson Quay", "Daren Sammy Cricket Ground"
    + ["harbour", "harbor", "farm", "project", "mill", "refinery", "smelter", "quarry", "hotel"]
    + ["river", "creek", "beach", "building"]  # "the Clearwater River", "Cable Beach", "the Ross Building"
    # "the Murdock Canal Trail", "Alderney Landing", "Milimani Law Courts", "Olusegun Obasanjo Way"
    + ["trail", "landing", "lane", "drive", "boulevard", "way", "courts", "library"]
    # "Travers Reservoir", "Jefferson Water Treatment Plant", "the Nakivubo Channel"
    + ["reservoir", "plant", "canal", "channel", "promenade", "estate"]
    # towers, plazas and barracks; Indian and Bangladeshi buildings and roads ("Nirman Bhavan", "Anna Salai",
    # "Rajpath Marg"); a harbour's road crossing
    + ["tower", "towers", "plaza", "barracks", "bhavan", "bhawan", "bhaban", "salai", "marg", "crossing"]
    + ["parkway", "crescent", "terrace", "greenway"]  # "Southgate Parkway", "the Waterford Greenway"
    # water and power works and the places they span: "Eden Vale Weir", "Burutu Jetty", "Ferrum substation"
    + ["weir", "barrage", "jetty", "substation", "viaduct", "marina", "gorge"]
    + [
        "house",
        "square",
        "quarter",
    ]  # "Government House", "Corporation Square", "Titanic Quarter": buildings, areas
)
# Last words of a named place that is no town: "Temba Community Hall", "Cable Beach" (with SITE_TAILS).
HALL_TAILS = frozenset(["hall", "hub", "park", "port", "point", "campus", "square", "market", "gardens"])
# A place's last word for the lie of the land, or a route for walking and cycling: no surname, and
# a place's name when it ends one ("Tate Hill", "Achill Sound", "Adelaide Plains", "Appledore Island").
LANDFORMS = frozenset(
    ["hill", "hills", "sound", "pines", "panhandle", "peninsula", "valley", "bay", "head", "greenway"]
    + ["heights", "plains", "island", "islands", "lake"]
)
# A centre named for what is held there is a venue, a site ("St. Brendan Community Centre", "Harbour
# Convention Center", "Bedok Hawker Centre"); a health or research centre is an institution.
VENUE_KINDS = frozenset(
    ["community", "convention", "conference", "exhibition", "hawker", "shopping", "leisure", "sports"]
    # a hospital or a jail by its building ("Riverside Medical Center", "Harlow County Detention Center")
    + ["medical", "detention", "correctional", "event"]
    + ["aquatic", "aquatics", "recreation", "events", "civic", "visitor", "visitors", "trade", "transit"]
    + ["memorial", "neighborhood", "neighbourhood"]  # "Ashburton Memorial Centre", a hall
)
VENUE_TAILS = frozenset(["centre", "center", "complex", "space"])  # "Harbourfront Event Space"
# Last words that make a name an area of a country, not its council ("Calder Borough", "Dunmore
# District"): "Calder Borough Council" ends with its kind of body and stays one.
# A district that does one thing is a body that does it, not an area ("Taber Irrigation District",
# "South Yakima Conservation District", "Harbour School District").
PURPOSE_DISTRICTS = frozenset(
    ["irrigation", "conservation", "school", "water", "fire", "sanitation", "sewer", "drainage"]
    + ["utility", "improvement", "hospital", "library", "transit", "park", "parks", "port"]
)
AREA_TAILS = frozenset(
    ["borough", "district", "county", "township", "parish", "country"]  # "Larrakia Country"
    + [
        "area",
        "reservation",
        "ward",
    ]  # "Irepodun Local Government Area", "Nez Perce Reservation", "East Ward"
)
# Kinds of security: a name they head or end is a financial instrument, not a body ("New
# Class B Deferred Shares", "Titres Participatifs", "Ten-Year Treasuries").
SECURITY_WORDS = frozenset(
    ["shares", "notes", "bonds", "debentures", "warrants", "treasuries", "titres", "obligations"]
)
# Every word of the kinds above, one by one: a name holding one names a body, a place or a title
# ("Grace Hospital", "River Murray"), not a person, whatever given name it opens on.
CUE_WORDS = frozenset(
    word.lower()
    for kinds in (
        ORG_HEADS,
        ORG_DESCRIPTORS,
        LEGAL_SUFFIXES,
        ORG_TAILS,
        LOWERCASE_ORG_HEADS,
        REGION_HEADS,
        GENERIC_WORDS,
        TITLE_WORDS,
        DEPARTMENT_WORDS,
        SITE_NOUNS,
        SITE_KINDS,
        SITE_TAILS,
        HALL_TAILS,
        VENUE_KINDS,
        VENUE_TAILS,
        AREA_TAILS,
        SECURITY_WORDS,
        GOVERNING_BODIES,
        SEAT_WORDS,
        SECTION_HEADS,
    )
    for name in kinds
    for word in name.split()
)


def names_a_job(line_words: list[str]) -> bool:
    """A line of a signer's job title, its words in lower case: a title first ("director, public
    affairs") or last ("corporate communications officer"), not an office ("office of the chief
    public relations officer"). Read under a signature in capitals and over a signed date."""
    return bool(line_words) and (
        line_words[0] in TITLE_WORDS or (line_words[-1] in TITLE_WORDS and "of" not in line_words)
    )
