"""Which currency a token means beyond the common ones `mentions.py` reads by its own patterns:
any country's currency by its ISO 4217 name or code (pycountry, through `places`), by the sign
Unicode names after it ("₱" is the PESO SIGN), by the Latin sign it goes by at home ("RM",
"Ar", "Fr."), and the hundredths it is counted in ("sen", "pesewas").

Every answer takes `local`, the currency of the country the release is written from (or None),
because many of these tokens are shared: "shillings", "₩" or "P" mean a sum only where the
release's country pays in one of the currencies they may mean."""

from __future__ import annotations

import unicodedata

from pressflow_enrich.places import (
    countries_paying,
    country_of,
    currency_codes,
    currency_name,
    currency_names,
    currency_of,
    fold,
    is_country,
)

# The Latin signs a currency goes by at home: too short or too common to be read anywhere else
# (the leone's "Le" is French's article). After a figure, only a sign of two letters or more is
# one ("9,6 milliards Ar"): "2 L", "3 D" are a volume and a printing.
HOME_SIGNS = {
    "RM": ("MYR",),
    "Rp": ("IDR",),
    "Ar": ("MGA",),
    "Tk": ("BDT",),
    "Tk.": ("BDT",),  # "Tk. 412.60 crore", as Dhaka's listed companies write it
    "Br": ("ETB",),
    "Gdes": ("HTG",),
    "gdes": ("HTG",),
    "G": ("HTG",),
    "Fr.": ("CHF",),
    "fr.": ("CHF",),  # "fr. 1'250'000.–", as Swiss cantons write it
    "Dh": ("AED", "MAD"),  # "Dh5 million", as Dubai's press writes it
    "Dhs": ("AED", "MAD"),
    "SR": ("SAR",),  # "SR 3 million": the riyal, as Riyadh writes it
    "P": ("PHP", "BWP", "MOP"),
    "Php": ("PHP",),  # "Php 1.5 billion", as Manila writes it
    "K": ("PGK", "ZMW", "MWK", "MMK"),
    "D": ("GMD",),
    "Q": ("GTQ",),
    "L": ("HNL", "LSL"),
    "S/": ("PEN",),
    "Bs": ("BOB", "VES"),
    "USh": ("UGX",),
    "Sh": ("KES", "UGX", "TZS", "SOS"),
    "Shs": ("KES", "UGX", "TZS", "SOS"),
    "TSh": ("TZS",),
    "Kshs": ("KES",),  # "Kshs. 2.5 billion", "Ushs 40 million", "Tshs 1.2 billion": East Africa's press
    "Kshs.": ("KES",),
    "Ushs": ("UGX",),
    "UShs": ("UGX",),
    "Tshs": ("TZS",),
    "TShs": ("TZS",),
    "QR": ("QAR",),  # the Gulf's and the Levant's Latin signs, as their English press writes them
    "KD": ("KWD",),
    "RO": ("OMR",),
    "BD": ("BHD",),
    "JD": ("JOD",),
    "LE": ("EGP",),  # "LE2.5 billion": the Egyptian pound (livre égyptienne)
    "Bt": ("THB",),  # "Bt2.5 billion": the baht, as Bangkok's English press writes it
    "FC": ("CDF",),
    "FG": ("GNF",),
    "FRw": ("RWF",),
    "Frw": ("RWF",),  # "Frw 27 billion", as Kigali's ministries write it
    "Rwf": ("RWF",),  # "Rwf 61.8 billion", as Kigali writes it in English
    "FBu": ("BIF",),
    "MK": ("MWK",),
    "ZK": ("ZMW",),
    "ZiG": ("ZWG",),  # "ZiG 96.4 million": Zimbabwe Gold, as Harare writes it
    "Le": ("SLE",),  # "Le 350", "NLe 1.9 million": the leone, new since 2022, as Freetown writes it
    "NLe": ("SLE",),
    "FDJ": ("DJF",),  # "1 500 FDJ": the franc Djibouti, as French writes it
}
# Home signs that are French words too ("Le 12 mai"): no sign in a French release.
FRENCH_WORD_SIGNS = frozenset({"Le"})
# The Latin signs one currency goes by wherever it is written: "GH¢0.12", "GH₵ 2.1 billion", "SFr 3m".
OWN_SIGNS = {"GH¢": "GHS", "GH₵": "GHS", "SFr": "CHF", "SFr.": "CHF"}  # "SFr 300 million": the Swiss franc
# The hundredths of currencies beyond the cent, the penny and the centime.
_CENTAVOS = ("PHP", "MXN", "BRL", "ARS", "COP", "CLP", "CUP", "DOP", "GTQ", "HNL", "NIO", "BOB", "MZN", "CVE")
SUBUNITS = {
    "sen": ("MYR", "IDR", "KHR"),
    "pesewa": ("GHS",),
    "centavo": _CENTAVOS,
    "paisa": ("INR", "PKR", "NPR", "BDT"),
    "paise": ("INR",),
    "thebe": ("BWP",),
    "ngwee": ("ZMW",),
    "tambala": ("MWK",),
    "santim": ("ETB",),
    "toea": ("PGK",),
    "piastre": ("EGP", "LBP", "SYP", "SDG"),
    "kobo": ("NGN",),
    "millime": ("TND",),
}
# Sub-units that are not hundredths: Tunisia's millime is a thousandth of the dinar.
SUBUNIT_PARTS = {"millime": 1000}
# The currencies whose hundredths a release calls cents, beyond the dollars.
CENTS = frozenset({"EUR", "ZAR", "KES", "UGX", "TZS", "SOS", "LKR", "MUR", "SCR"})
# "1.2 Singapore cents", "24 euro cents", "5 US cents": whose cent the word before it says.
_CENT_OF = {"euro": "EUR", "us": "USD", "u.s.": "USD", "canadian": "CAD", "australian": "AUD"}
# Unicode's currency signs `mentions.py` does not read itself ("₤" is a pound as often as a lira).
_READ_SIGNS = "$£€₹₦¢¤₤"
_SIGN_BLOCK = [chr(c) for c in range(0x20A0, 0x20C1)] + [
    "฿",
    "৳",
    "¥",
]  # the block, the baht, the taka, the yen
SIGNS = "".join(s for s in _SIGN_BLOCK if unicodedata.category(s) == "Sc" and s not in _READ_SIGNS)
_SIGN_WORDS = ("sign", "currency symbol", "new")
# Codes that are also words written in capitals ("ALL 12 SITES", "TOP 10", "Hong Kong SAR 2025").
_WORDLIKE_CODES = frozenset({"ALL", "TOP", "CUP", "MOP", "BAM", "GEL", "PEN", "TRY", "SOS", "BOB", "SAR"})


def one_of(codes: tuple[str, ...] | frozenset[str], local: str | None, alone: bool = False) -> str | None:
    """The release's own currency among those a token may mean, else the only one it means (not
    for a token `alone`, which means a sum only at home)."""
    if local in codes:
        return local
    return next(iter(codes)) if len(codes) == 1 and not alone else None


def by_sign(sign: str, local: str | None) -> str | None:
    """ "₱", "₵", "₺": by the name Unicode gives the sign ("PESO SIGN" -> peso); None for a sign
    of a currency no country pays in now ("₣")."""
    name = unicodedata.name(sign).lower()
    for word in _SIGN_WORDS:
        name = name.replace(word, " ")
    name = " ".join(name.split())
    if name == "yen" and local == "CNY":
        return local  # "¥" is the yuan's sign too, and means it in China
    names = currency_names()
    codes = (names.get(name) or names.get(name.split()[-1])) if name else None
    return one_of(codes, local) if codes else None


def by_code(code: str, scaled: bool = False) -> str | None:
    """A country's ISO 4217 code, not one that is also a word in capitals unless a scaled figure
    follows it ("SAR 45 million"; not "Hong Kong SAR 2025", "ALL 12 SITES")."""
    return code if code in currency_codes() and (scaled or code not in _WORDLIKE_CODES) else None


def at_home(sign: str, local: str | None) -> str | None:
    """ "RM", "Ar": the currency of the release's country where the sign is that country's;
    "GH¢": the cedi anywhere."""
    if sign in OWN_SIGNS:
        return OWN_SIGNS[sign]
    return local if local is not None and local in HOME_SIGNS.get(sign, ()) else None


def dollar_at_home(prefix: str, local: str | None) -> str | None:
    """ "J$", "TT$", "EC$", "SBD$", "BZ$": a dollar whose letters are its ISO name's initials, its
    first word abbreviated ("Jamaican Dollar", "Trinidad and Tobago Dollar", "Belize Dollar") or its code,
    read only where the release's country pays in it."""
    if local is None or local not in currency_codes():
        return None
    prefix = prefix.lower()
    if prefix == local.lower():
        return local  # "SBD$72.4 million": the code itself before the sign
    if "dollar" not in currency_name(local).lower():
        # a currency of no dollar written with the sign: "SAT$" (Samoa's tala), "T$" (Tonga's
        # pa'anga), its letters the country's name then the currency's; of a currency one country
        # alone pays in (not "J$" in London for Jersey's pound)
        paying = countries_paying(local)
        named = fold(f"{paying[0]}{currency_name(local)}").replace(" ", "") if len(paying) == 1 else ""
        return local if named and _abbreviates(prefix, named) else None
    words = [w for w in currency_name(local).lower().split() if w not in ("and", "dollar")]
    if not words:
        return None
    initials = prefix == "".join(w[0] for w in words)
    return local if initials or _abbreviates(prefix, words[0]) else None


def _abbreviates(prefix: str, word: str) -> bool:
    """ "j" of "jamaican", "bz" of "belize", "bds" of "barbados": the word's first letter, then
    some of its others in order."""
    rest = iter(word[1:])
    return prefix[:1] == word[:1] and all(letter in rest for letter in prefix[1:])


def subunit_parts(word: str) -> int:
    """How many of a sub-unit make its currency's unit: 100, or 1,000 for a millime."""
    return SUBUNIT_PARTS.get(word.lower().removesuffix("s"), 100)


def subunit(word: str, local: str | None) -> str | None:
    """ "sen", "pesewas", "centavos": whose hundredths, by the release's country."""
    codes = SUBUNITS.get(word.lower().removesuffix("s"))
    return one_of(codes, local) if codes else None


def names_a_currency(first: str, second: str | None) -> bool:
    """Whether a word, or it and the next, is a currency's name: a question with no country in it."""
    names = currency_names()
    return fold(first) in names or (second is not None and fold(f"{first} {second}") in names)


def by_name(first: str, second: str | None, scaled: bool, local: str | None) -> tuple[str | None, bool]:
    """A currency's ISO name in English or French, whole ("Ghana cedis", "francs congolais") or
    its unit alone ("cedis"), and whether the whole two words were its name. A unit alone is a
    sum after a scale or at home ("12 milliards d'ariary", "300 cedis" from Accra), not a word of
    the language after a count ("3 sol"); capitalised ("2 500 Ariary"), only at home."""
    names = currency_names()
    whole = fold(f"{first} {second}") if second else None  # "dinars koweïtiens": the names are folded
    if whole in names:
        return one_of(names[whole], local), True
    unit = fold(first)
    if unit not in names:
        return None, False
    return one_of(names[unit], local, alone=not scaled or not first.islower()), False


def cent_of(word: str, dollars: frozenset[str]) -> str | None:
    """The currency whose cent the word before "cents" names ("Singapore", "euro", "US"), among
    the dollars and the currencies of `CENTS`; None for a word that names none."""
    code = _CENT_OF.get(word.lower()) or currency_of(country_of(word) if is_country(word) else None)
    return code if code in dollars or code in CENTS else None
