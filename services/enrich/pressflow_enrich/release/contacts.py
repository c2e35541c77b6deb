"""Contacts: e-mail addresses, phone numbers, URLs and social handles."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers

from pressflow_enrich.places import home_country
from pressflow_enrich.words.numbers import date_shaped
from pressflow_schemas import Contact, Entity

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]«»\"]+", re.I)
_LOCAL_CHAR = re.compile(r"[\w.+-]")
# The "@" first, then what may not stand before it: a literal first character lets re jump from
# one "@" to the next instead of trying the lookbehind at every offset.
_HANDLE = re.compile(r"@(?<![\w.@/]@)[A-Za-z0-9_]{2,30}\b")
# After the country the release comes from (places.home_country: its dateline, its issuer's
# heading, or its places in a country that speaks its language), national numbers are read as
# French, then as North-American ("418-555-0142" is by its own shape).
_DEFAULT_REGIONS = ("FR", "US")
# Eight digits or more, apart by at most three spaces or punctuation marks: every phone number
# we read in a national form looks like this (a British 0800 number, among the shortest, has eight), and
# most lines with dates or amounts do not.
# (Not tried at a digit after a digit: where a run opens there, it opens at the digit before too,
# which was tried first, and a run found ends at no digit.)
_DIGIT_RUN = re.compile(r"\d(?<!\d\d)(?:[^\w\n]{0,3}\d){7,}")
_PROSE_LINE = 100  # a longer line is running text, which ends a contact block
_BLOCK_REACH = 8  # lines above a contact searched for the name it belongs to


@dataclass(frozen=True)
class _Name:
    line: int
    start: int
    text: str
    is_person: bool


def find_contacts(text: str, entities: list[Entity], lang: str | None = None) -> list[Contact]:
    """Every contact in the text, tied to the person or office named next to it. `lang`, the
    release's language, lets the places it names decide how its phone numbers read."""
    found = _emails(text) + _urls(text) + _handles(text) + _phones(text, lang)
    found = _without_overlaps(found)
    names = _names(text, entities)
    owners = [_owner(text, c, names) for c in found]
    _pair_parallel_lists(text, found, names, owners)
    return [c.model_copy(update={"name": owner}) for c, owner in zip(found, owners, strict=True)]


def _pair_parallel_lists(
    text: str, found: list[Contact], names: list[_Name], owners: list[str | None]
) -> None:
    """Two name lines, then two phone lines: the i-th phone belongs to the i-th name."""
    name_lines = {n.line: n.text for n in names}
    kinds: dict[str, list[int]] = {}
    for index, contact in enumerate(found):
        kinds.setdefault(contact.kind, []).append(index)
    for indices in kinds.values():
        lines = [text.count("\n", 0, found[i].start) for i in indices]
        if len(set(lines)) != len(lines) or any(lines[0] < n < lines[-1] for n in name_lines):
            continue
        block = sorted(n for n in name_lines if n < lines[0])[-len(lines) :]
        if (
            len(lines) > 1
            and len(block) == len(lines)
            and not any(text.count("\n", 0, found[i].start) in name_lines for i in indices)
        ):
            for i, line in zip(indices, block, strict=True):
                owners[i] = owners[i] if found[i].kind == "email" and owners[i] else name_lines[line]


def _emails(text: str) -> list[Contact]:
    return [_contact(m, "email", m.group(0).lower()) for m in _email_matches(text)]


def _email_matches(text: str) -> Iterator[re.Match[str]]:
    """What `_EMAIL.finditer(text)` finds, read back from each "@": tried at every offset, the
    pattern runs to the end of every word and back, the costliest step of the contacts. A match
    starts where the run of address characters before its "@" starts (no earlier offset can reach
    an "@", no later one is leftmost), so trying there alone finds the same matches."""
    pos = 0
    while (at := text.find("@", pos)) >= 0:
        start = at
        while start > pos and _LOCAL_CHAR.match(text, start - 1):
            start -= 1
        m = _EMAIL.match(text, start) if start < at else None
        if m:
            yield m
        pos = m.end() if m else at + 1


def _urls(text: str) -> list[Contact]:
    contacts: list[Contact] = []
    lowered = text.lower()  # every address holds one of these: most releases are spared the scan
    if "http" not in lowered and "www." not in lowered:
        return contacts
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:!?")
        contacts.append(Contact(kind="url", value=url, text=url, start=m.start(), end=m.start() + len(url)))
    return contacts


def _handles(text: str) -> list[Contact]:
    return [_contact(m, "handle", m.group(0)) for m in _HANDLE.finditer(text)]


def _phones(text: str, lang: str | None) -> list[Contact]:
    """National forms read in the release's country first ("0412 555 019" from Brisbane is
    +61 412 555 019), then as French, then as North-American."""
    contacts: list[Contact] = []
    country = home_country(text, lang)
    home = [country] if country in phonenumbers.SUPPORTED_REGIONS else []
    regions = dict.fromkeys([*home, *_DEFAULT_REGIONS])
    for offset, line in _digit_lines(text):
        for region in regions:
            if region in _NEW_NUMBER_CUES and not _may_add(region, line, offset, contacts):
                continue
            for match in phonenumbers.PhoneNumberMatcher(line, region, leniency=phonenumbers.Leniency.VALID):
                start, end = offset + match.start, offset + match.end
                if any(c.start < end and start < c.end for c in contacts) or _not_a_phone(match.raw_string):
                    continue
                value = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                contacts.append(
                    Contact(kind="phone", value=value, text=match.raw_string, start=start, end=end)
                )
    return sorted(contacts, key=lambda c: c.start)


# What a number found under a region holds, within itself: a "+"; or as many digits as its
# national numbers have, apart by at most four marks (the matcher's own limit) of those the
# matcher lets stand between digits (no letter but "x", no ":", "|" or ",": `_MARKS`): ten for
# country code 1 (US, CA), nine for France; or the region's international prefix (011, 00) before
# another country's number; or digits other than ASCII ones, which these tests do not read. The
# passes tested: the North-American ones, which cost most (a number read as theirs is checked
# against each of some twenty-five regions) and after the French one rarely find anything new,
# and the French one, which otherwise reads every line of dates and figures that has eight
# digits (a table's row of figures, "| 285 507 | 270 688 |", holds no such run).
_MARKS = f"[{phonenumbers.phonenumberutil._VALID_PUNCTUATION}]{{0,4}}"  # as the matcher reads them
_NORTH_AMERICAN_CUE = re.compile(
    rf"[+\uff0b]|\d(?:{_MARKS}\d){{9}}|0{_MARKS}1{_MARKS}1|[^\D0-9]",
    re.IGNORECASE,  # "x" or "X", as there
)
_FRENCH_CUE = re.compile(rf"[+\uff0b]|\d(?:{_MARKS}\d){{8}}|0{_MARKS}0|[^\D0-9]", re.IGNORECASE)
_NEW_NUMBER_CUES = {"US": _NORTH_AMERICAN_CUE, "CA": _NORTH_AMERICAN_CUE, "FR": _FRENCH_CUE}


def _not_a_phone(raw: str) -> bool:
    """Fewer than eight digits (no national form we read is shorter), or a date's shape, which
    some countries' short plans read as a number (Luxembourg's: "2026-2032")."""
    return sum(c.isdigit() for c in raw) < 8 or date_shaped(raw)


def _may_add(region: str, line: str, offset: int, found: list[Contact]) -> bool:
    """Whether the line, the phones already found on it blanked, still holds the region's cue: a
    number that overlaps one already found is dropped, so a pass that has none to read finds
    nothing new and is skipped (the phones are the same, the cost of the pass spared)."""
    end = offset + len(line)
    for contact in found:
        if offset <= contact.start < end:
            start, stop = contact.start - offset, contact.end - offset
            line = line[:start] + "\n" * (stop - start) + line[stop:]
    return _NEW_NUMBER_CUES[region].search(line) is not None


def _digit_lines(text: str) -> list[tuple[int, str]]:
    """The lines that may hold a phone number, with their offsets: the matcher costs
    milliseconds per release when it reads every date and amount, and a number never spans lines."""
    # A run never crosses a line break: one scan of the text finds the lines that hold one.
    runs = [m.start() for m in _DIGIT_RUN.finditer(text)]
    if not runs:
        return []
    lines, offset, next_run = [], 0, 0
    for line in text.split("\n"):
        end = offset + len(line)
        if runs[next_run] < end:
            lines.append((offset, line))
            while next_run < len(runs) and runs[next_run] < end:
                next_run += 1
            if next_run == len(runs):
                break
        offset = end + 1
    return lines


def _contact(match: re.Match[str], kind: str, value: str) -> Contact:
    return Contact(kind=kind, value=value, text=match.group(0), start=match.start(), end=match.end())


def _without_overlaps(contacts: list[Contact]) -> list[Contact]:
    """A URL's or e-mail's digits are not a phone number; an e-mail's domain is not a handle."""
    kept: list[Contact] = []
    for contact in sorted(contacts, key=lambda c: (c.start, -c.end)):
        if not kept or contact.start >= kept[-1].end:
            kept.append(contact)
    return kept


def _names(text: str, entities: list[Entity]) -> list[_Name]:
    """People and organisations that stand on short lines, where contact blocks name their owners."""
    names = []
    for entity in entities:
        if entity.type == "LOC":
            continue
        for mention in entity.mentions:
            line = text.count("\n", 0, mention.start)
            names.append(_Name(line, mention.start, entity.name, entity.type == "PER"))
    return sorted(names, key=lambda n: n.start)


def _owner(text: str, contact: Contact, names: list[_Name]) -> str | None:
    if contact.kind == "email":
        owner = _named_in_address(contact.value, names)
        if owner:
            return owner
    line = text.count("\n", 0, contact.start)
    lines = text.split("\n")
    for above in range(line, max(-1, line - _BLOCK_REACH), -1):
        if above < line and len(lines[above]) > _PROSE_LINE:
            return None
        on_line = [n for n in names if n.line == above and n.start < contact.start]
        if on_line:
            people = [n for n in on_line if n.is_person]
            return (people or on_line)[-1].text
    return None


def _named_in_address(email: str, names: list[_Name]) -> str | None:
    """ "pascale.bresson@..." belongs to Pascale Bresson."""
    local = re.sub(r"[^a-z]", "", _plain(email.split("@")[0]))
    for name in names:
        surname = re.sub(r"[^a-z]", "", _plain(name.text.split()[-1]))
        if name.is_person and len(surname) > 2 and surname in local:
            return name.text
    return None


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
