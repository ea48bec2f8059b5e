"""No fixture, example or generated document carries anything that looks like real
personal data: emails outside reserved domains, phone numbers outside the fictional
ranges (scripts/phones.py: ACMA's, Ofcom's, NANP's 555-01xx, and libphonenumber's
example numbers where no regulator sets any aside), card numbers passing Luhn, Medicare
numbers passing their checksum.

The detectors live in scripts/redact.py (the redactor re-draws any synthetic value
that trips them); the tests below first prove they catch planted data, so the scan
cannot pass by looking at nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from redact import findings, scalars
from spec_schemas import ROOT, load_document


def scanned_files() -> list[Path]:
    files = [*ROOT.glob("tests/fixtures/**/*.json"), *ROOT.glob("tests/fixtures/**/*.yaml"),
             *ROOT.glob("spec/**/*.yaml"),  # examples, inline examples, samples
             ROOT / "spec" / "custom_fields.schema.json", ROOT / "generated" / "openapi.yaml"]
    return sorted(path for path in set(files) if path.is_file())


def scan(paths: list[Path]) -> tuple[list[str], int]:
    """Findings as `file: pointer: why`, and how many values were looked at."""
    found, seen = [], 0
    for path in paths:
        for pointer, text, region in scalars(load_document(path)):
            seen += 1
            found += [f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {pointer}: {why}"
                      for why in findings(text, region)]
    return found, seen


def test_repository_has_no_real_looking_personal_data() -> None:
    files = scanned_files()
    found, seen = scan(files)
    # Guard against a vacuous pass (a glob that stopped matching, a loader returning nothing).
    assert len(files) >= 20, [str(f) for f in files]
    assert seen >= 3000, seen
    assert found == [], "\n".join(found)


@pytest.mark.parametrize(
    "text",
    [
        "jane.citizen@gmail.com", "Contact: bob@bigpond.net.au today", "x@example.co",  # not example.com
        "0413 882 906", "0413882906", "+61 412 345 678", "61412345678", "(03) 9123 4567", "0291234567",
        "07911 123456", "+44 20 7123 4567", "020 7123 4567", "(212) 555-1234", "+1 212 555 1234",
        "+33 1 46 12 38 74", "call 0413 882 907 after 5", "+64 21 482 7730", "+353 85 555 0172",
        "+65 8555 0123", "+27 82 555 0134", "+1 416 482 7730",
        "4111 1111 1111 1111", "4111111111111111", "5555-5555-5555-4444", "378282246310005",
        "2123456701", "2123 45670 1", "Medicare 2953167451 ref 2",
    ],
)
def test_detectors_catch_real_looking_data(text: str) -> None:
    assert list(findings(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "alex@example.com", "a@sub.example.org", "b@example.net", "c@clinic.example", "d@host.test",
        "e@nowhere.invalid", "root@localhost", "dev@example.com)",
        "0491 570 156", "+61491570159", "0491 579 999", "(02) 5550 1234", "0370101234", "+61 8 5550 0000",
        "07700 900123", "+447700900999", "01632 960001", "020 7946 0123", "(212) 555-0123", "+1 202 555 0199",
        "61444444444", "61399999999",  # the seed documentation's placeholders (an allowlist)
        "555656064805111313",  # an attendee id of the 2021 docs' patient case (the other allowlist)
        # libphonenumber's example numbers, last two digits free, where no regulator sets numbers aside
        "+64 21 123 4599", "+353 85 012 3401", "+65 8123 4567", "+27 71 123 4550", "+33 1 23 45 67 89",
        "+1 506 555 0123", "+1 (416) 555-0150",  # NANP 555-01xx in any area code, Canada's too
        "082 555 0134", "8555 0123",  # national numbers of no placeable region (no trunk 0 / not AU, UK)
        # A country's placeholder, also valid in Australia: a redacted South African keeps 071 123 45xx
        # beside its redacted country_code; Australia's own example mobile is Finland's (041 234 5678).
        "071 123 4567", "0412 345 678",
        "4111 1111 1111 1112", "2123456711", "7123456701",  # checksums fail / not a Medicare first digit
        "836447129235883061", "https://api.au1.cliniko.com/v1/patients/836447129235883061",
        "2014-08-30T18:00:00Z", "1767225600", "Insurance #123456", "3000", "",
    ],
)
def test_detectors_pass_reserved_and_harmless_values(text: str) -> None:
    assert list(findings(text)) == [], text


@pytest.mark.parametrize(
    ("text", "country_code", "real"),
    [
        # A national number is read in its patient's country (country_code).
        ("082 555 0134", "ZA", True), ("071 123 4567", "ZA", False),
        ("021 482 7730", "NZ", True), ("021 123 4567", "NZ", False),
        ("085 555 0172", "IE", True), ("085 012 3456", "IE", False),
        ("07911 123456", "GB", True), ("07700 900123", "GB", False),
        ("0413 882 907", "AU", True), ("0491 570 123", "AU", False),
        # Without one, as an Australian and a British number.
        ("082 555 0134", None, False), ("0413 882 907", None, True), ("020 7123 4567", None, True),
        # A fictional number of any country is fictional beside any country_code (both are redacted).
        ("0491 570 123", "ZA", False), ("071 123 4567", "AU", False),
    ],
)
def test_national_numbers_are_read_in_the_patients_country(text: str, country_code: str | None,
                                                           real: bool) -> None:
    found = [why for _, value, region in scalars({"country_code": country_code, "number": text})
             for why in findings(value, region)]
    assert bool(found) is real, found


def test_a_planted_fixture_is_reported_with_file_pointer_and_reason(tmp_path: Path) -> None:
    planted = tmp_path / "response-200-planted.json"
    planted.write_text(json.dumps({"patients": [{"email": "alex@example.com"},
                                                {"email": "sam.r@outlook.com", "medicare": "2123456701"}]}))
    found, seen = scan([planted])
    assert seen == 7  # 4 keys, 3 values
    assert len(found) == 2
    assert found[0].endswith(
        "/patients/1/email: email address 'sam.r@outlook.com' outside the reserved example domains")
    assert "/patients/1/medicare: " in found[1] and "Medicare checksum" in found[1]
    assert found[0].startswith(str(planted))
