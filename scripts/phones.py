"""Phone numbers of every region: which ones are safe to show, and how to make one.

Parsing, regions and number types are libphonenumber's (`phonenumbers`). A number is
safe (synthetic) when it lies in a range set aside for fiction:

- Australia (+61): ACMA's numbers for creative works, 0491 570 xxx..0491 579 xxx
  mobiles and (0x) 5550 xxxx / (0x) 7010 xxxx landlines;
- the United Kingdom (+44): Ofcom's drama numbers (07700 900xxx, 020 7946 0xxx, ...);
- the North American plan (+1: the US, Canada and the other +1 regions): 555-0100..0199
  in any area code.

Elsewhere (New Zealand, Ireland, Singapore, South Africa, ...) no regulator sets numbers
aside. There a synthetic number is the example number libphonenumber documents for the
region and the number's type (`phonenumbers.example_number_for_type`: 021 123 4567 for a
New Zealand mobile, 085 012 3456 for an Irish one, 8123 4567 for a Singaporean one) with
its last two digits drawn, kept only if phonenumbers says it is a valid number of that
region. Those placeholders are runs like 1234567 that read as made up, and they are the
only numbers of such a region the repository scan accepts.

redact.py fakes numbers with `fictional`, and its `findings` (the repository scan) asks
`looks_real` about every phone-shaped string: one home for both sides of the rule.
"""

from __future__ import annotations

import functools
import random
import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat, PhoneNumberType

# Where a number's region cannot be told (no +CC prefix, no country_code beside it).
DEFAULT_REGION = "AU"
# Where the repository scan checks a national number (trunk 0) with no country_code beside
# it: the countries with fictional ranges and a trunk 0.
NATIONAL_READINGS = ("AU", "GB")

# National significant numbers (no trunk 0, no country code) set aside for fiction, by calling code.
RESERVED = {
    # ACMA "numbers for use in creative works": 0491 570 xxx..0491 579 xxx mobiles,
    # (0x) 5550 xxxx and (0x) 7010 xxxx landlines.
    61: re.compile(r"^(?:49157[0-9]{4}|[2378]5550[0-9]{4}|[2378]7010[0-9]{4})$"),
    # Ofcom drama numbers: 07700 900xxx, 01632 960xxx, 020 7946 0xxx, 0113..0191 496/498 0xxx,
    # 028 9018 0xxx, 029 2018 0xxx, 0808 157 0xxx, 0909 879 0xxx, 0306 999 0xxx.
    44: re.compile(
        r"^(?:7700900[0-9]{3}|1632960[0-9]{3}|2079460[0-9]{3}|1[1-9][1-8]4960[0-9]{3}|1914980[0-9]{3}"
        r"|2890180[0-9]{3}|2920180[0-9]{3}|8081570[0-9]{3}|9098790[0-9]{3}|3069990[0-9]{3})$"
    ),
    # NANP: 555-0100..555-0199 in any area code.
    1: re.compile(r"^[2-9][0-9]{2}55501[0-9]{2}$"),
}
# Ofcom's drama ranges by the leading digits of the number they stand in for.
UK_DRAMA = (("7", "7700900"), ("20", "2079460"), ("28", "2890180"), ("29", "2920180"), ("80", "8081570"),
            ("9", "9098790"), ("3", "3069990"), ("191", "1914980"),
            *((area, area + "4960") for area in ("113", "114", "115", "116", "117", "118", "121", "131",
                                                 "141", "151", "161")),
            ("1", "1632960"))
# A number shown in national form starts with its trunk prefix ("0" in most of the world):
# only such strings are taken for national numbers when the region is unknown (a bare run of
# digits is as likely a Medicare number, an id or a timestamp).
_NANP_WRITTEN = re.compile(r"^(?:\+?1[ .-]?)?\(?[2-9][0-9]{2}\)?[ .-]?[2-9][0-9]{2}[ .-][0-9]{4}$")
# Faked in place of what is no number at all, and of numbers of a calling code without examples.
STAND_IN = phonenumbers.parse("+61400000000")
_TYPES = tuple(t for t in vars(PhoneNumberType).values() if isinstance(t, int) and t != PhoneNumberType.UNKNOWN)


def parse(text: str, region: str | None) -> PhoneNumber | None:
    """The number `text` writes (a `+CC` prefix wins over `region`), if it could be one."""
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


def nsn(number: PhoneNumber) -> str:
    return phonenumbers.national_significant_number(number)


def e164(number: PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def region_of(number: PhoneNumber, written_in: str | None = None) -> str:
    """The region a number belongs to: its own if it is valid, else where it was written."""
    own = phonenumbers.region_code_for_number(number)
    if own and own != "001":
        return own
    regions = phonenumbers.region_codes_for_country_code(number.country_code)
    return written_in if written_in in regions else (regions[0] if regions else DEFAULT_REGION)


@functools.cache
def _example_stems(country_code: int) -> frozenset[tuple[str, int]]:
    """(leading digits, length) of libphonenumber's example numbers for a calling code."""
    stems = set()
    for region in phonenumbers.region_codes_for_country_code(country_code):
        for number_type in _TYPES:
            if example := phonenumbers.example_number_for_type(region, number_type):
                digits = nsn(example)
                stems.add((digits[:-2], len(digits)))
    return frozenset(stems)


def is_fictional(number: PhoneNumber) -> bool:
    digits = nsn(number)
    if number.country_code in RESERVED:
        return bool(RESERVED[number.country_code].match(digits))
    return (digits[:-2], len(digits)) in _example_stems(number.country_code)


def fictional(number: PhoneNumber, region: str, rng: random.Random) -> PhoneNumber:
    """A synthetic number of the same country (and kind: mobile, landline, ... where the
    ranges allow); `region` is where `number` was written, for the +1 and other shared codes."""
    code, digits = number.country_code, nsn(number)
    if code == 61:
        if digits.startswith("4"):
            fake = f"491570{rng.randrange(1000):03d}"
        else:
            area = digits[0] if digits[0] in "2378" else "2"
            fake = f"{area}{rng.choice(('5550', '7010'))}{rng.randrange(10000):04d}"
    elif code == 44:
        fake = next((drama for lead, drama in UK_DRAMA if digits.startswith(lead)), "7700900")
        fake += f"{rng.randrange(1000):03d}"
    elif code == 1:  # the region's own area code (201 for the US, 506 for Canada), not the patient's
        fake = f"{(_example(region, PhoneNumberType.FIXED_LINE) or '201')[:3]}55501{rng.randrange(100):02d}"
    elif example := _example(region, phonenumbers.number_type(number)):
        for _ in range(100):  # an ending the region does not allow is drawn again
            candidate = phonenumbers.parse(f"+{code}{example[:-2]}{rng.randrange(100):02d}")
            if phonenumbers.is_valid_number(candidate):
                return candidate
        fake = example
    else:  # a calling code without an example number (+800 and the like)
        return fictional(STAND_IN, DEFAULT_REGION, rng)
    return phonenumbers.parse(f"+{code}{fake}")


def _example(region: str, number_type: int) -> str | None:
    """libphonenumber's example number for the region: of this type, else a mobile, else any."""
    for kind in (number_type, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
        if example := phonenumbers.example_number_for_type(region, kind):
            return nsn(example)
    example = phonenumbers.example_number(region)
    return nsn(example) if example else None


def written_like(text: str, original: PhoneNumber, fake: PhoneNumber) -> str:
    """`fake` written as `text` writes `original`: international (with or without its +) or
    national, the same spaces, brackets and dashes where the digits line up, else in
    phonenumbers' layout of that form."""
    digits = re.sub(r"[^0-9]", "", text)
    code, national = str(original.country_code), nsn(original)
    plus = text.lstrip().startswith("+")
    international = plus or digits == code + national
    new_digits = (code if international else digits[: max(len(digits) - len(national), 0)]) + nsn(fake)
    if len(new_digits) == len(digits):
        it = iter(new_digits)
        return "".join(next(it) if c.isdigit() else c for c in text)
    out = phonenumbers.format_number(fake, PhoneNumberFormat.INTERNATIONAL if international
                                     else PhoneNumberFormat.NATIONAL)
    if re.fullmatch(r"\+?[0-9]+", text.strip()):  # written without separators
        out = re.sub(r"[^0-9+]", "", out)
    return out if plus else out.lstrip("+")


def looks_real(text: str, region: str | None = None) -> str | None:
    """Why a phone-shaped string looks like a real number; None when it is fictional, or
    when it cannot be placed. Placed are: a +CC number; 11 to 13 bare digits that are a
    valid number after a + (61412345678); a number in the NANP's layout ((212) 555-1234);
    a national number with a trunk 0 that is valid in `region` (the patient's country_code)
    or, without one, in Australia or the United Kingdom. Other bare runs of digits are as
    likely Medicare numbers, ids or timestamps, and national numbers without a trunk prefix
    (Singapore's) cannot be told from them.

    A national number is fictional when it is in any country whose trunk prefix is 0: a
    redacted patient keeps its fictional numbers while its country_code is redacted too, so
    an Irish placeholder may stand beside `country_code: "AU"`. The price: a real number that
    is also another country's placeholder passes (0412 345 678 is Finland's example mobile)."""
    digits = re.sub(r"[^0-9]", "", text)
    if text.startswith("+") or (not text.startswith(("0", "(0")) and 11 <= len(digits) <= 13):
        number = parse("+" + digits, None)
        if number is None or not (text.startswith("+") or phonenumbers.is_valid_number(number)):
            return None
        real, readings = [number], [number]
    elif _NANP_WRITTEN.match(text):
        real = readings = [n for n in [parse(text, "US")] if n]
    elif text.startswith(("0", "(0")):
        real = [n for where in ([region] if region else NATIONAL_READINGS)
                if (n := parse(text, where)) and phonenumbers.is_valid_number(n)]
        readings = [n for where in _trunk_zero_regions() if (n := parse(text, where))] if real else []
    else:
        return None
    if not real or any(is_fictional(n) for n in readings):
        return None
    return f"phone number {text!r} outside the fictional ranges of {'/'.join(sorted({region_of(n) for n in real}))}"


@functools.cache
def _trunk_zero_regions() -> tuple[str, ...]:
    return tuple(sorted(r for r in phonenumbers.SUPPORTED_REGIONS
                        if phonenumbers.PhoneMetadata.metadata_for_region(r).national_prefix == "0"))
