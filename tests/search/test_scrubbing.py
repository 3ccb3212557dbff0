"""Unit tests for search/scrubbing.py: one block per kind of personal data.

Ordinary queries, the API and robustness (Unicode, long input) are in
test_scrubbing_robustness.py; property-based tests in test_scrubbing_properties.py.
"""

import datetime

import pytest

from search.scrubbing import scrub

# Fixed, so the "future dates stay" cases do not change meaning over time.
TODAY = datetime.date(2026, 6, 1)


def scrubbed(text: str) -> str:
    return scrub(text, today=TODAY)


def check(text: str, expected: str) -> None:
    assert scrubbed(text) == expected


# --- BSN ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn bsn is 123456782 en ik ben verhuisd", "mijn bsn is [BSN] en ik ben verhuisd"),
        ("bsn 123 456 782", "bsn [BSN]"),
        ("bsn 123.456.782", "bsn [BSN]"),
        ("bsn 123-456-782", "bsn [BSN]"),
        ("persoonsnummer 1112.22.333", "persoonsnummer [BSN]"),
        ("bsn:111222333.", "bsn:[BSN]."),
        # 8 digits: a BSN whose leading zero was dropped (012345672)
        ("bsn 12345672", "bsn [BSN]"),
        ("bsn 012345672", "bsn [BSN]"),
        ("123456782, 111222333", "[BSN], [BSN]"),
        # the BSN may be the second of three groups
        ("nummer 100 111 222 333", "nummer 100 [BSN]"),
    ],
)
def test_bsn_passing_the_elfproef_is_scrubbed(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bsn: 1 1 1 2 2 2 3 3 3", "bsn: [BSN]"),
        ("bsn 11122233 3", "bsn [BSN]"),
        ("mijn BSN is 123.45.678", "mijn BSN is [BSN]"),
        ("burgerservicenummer: 1234-5678-9 graag", "burgerservicenummer: [BSN] graag"),
        ("sofinummer 12345678", "sofinummer [BSN]"),
        # Said to be a BSN: scrubbed without the elfproef (typed wrong, it is still someone's).
        ("bsn 123456789", "bsn [BSN]"),
        ("mijn bsn is: 123 45 678", "mijn bsn is: [BSN]"),
        ("BSN (123456780)", "BSN ([BSN])"),
        ("sofinr 123456780", "sofinr [BSN]"),
        ("bsn van mijn zoon is 123456780", "bsn van mijn zoon is [BSN]"),
    ],
)
def test_a_number_said_to_be_a_bsn_is_scrubbed_however_it_is_spaced(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text", ["bsn aanvragen", "bsn 2026", "bsn kwijt sinds 12 05", "bsn 1234567890123"]
)
def test_after_bsn_other_numbers_stay(text):
    check(text, text)


@pytest.mark.parametrize(
    "text",
    [
        "zaaknummer 123456789",  # fails the elfproef
        "123 456 789",
        "000000000",  # passes the sum, but is no BSN
        "1234567820",  # ten digits
        "12345678200",
        "klantnummer 87654321",
        "123 456 7820",
    ],
)
def test_numbers_failing_the_elfproef_are_kept(text):
    check(text, text)


# --- E-mail -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail jan@example.nl graag", "mail [E-MAIL] graag"),
        ("jan.jansen+gemeente@mail.example.co.uk", "[E-MAIL]"),
        ("JAN@GEMEENTE.NL.", "[E-MAIL]."),
        ("(a_b-c@sub.domein.nl)", "([E-MAIL])"),
        ("jöran@bücher.de", "[E-MAIL]"),
        ("naam [at] domein.nl", "[E-MAIL]"),
        ("naam(at)domein(dot)nl", "[E-MAIL]"),
        ("naam at domein punt nl", "[E-MAIL]"),
        ("Naam AT Domein DOT com!", "[E-MAIL]!"),
        ("naam apenstaartje domein punt nl", "[E-MAIL]"),
        ("naam @ domein.nl", "[E-MAIL]"),
        ("naam@domein punt nl", "[E-MAIL]"),
        ("jan punt jansen at gmail punt com", "[E-MAIL]"),
    ],
)
def test_email_addresses_are_scrubbed(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "ik at een appel",
        "wat at je vandaag punt",
        "ik at bij de buren.",
        "@gemeente",
        "naam at domein",
        "e-mail adres wijzigen",
        "mail naar info@",
    ],
)
def test_at_as_an_ordinary_word_is_kept(text):
    check(text, text)


# --- Telephone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "06-12345678",
        "06 1234 5678",
        "0612345678",
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06 - 12345678",
        "+31 6 12345678",
        "+31 (0)6 12345678",
        "+31(0)612345678",
        "+31 06 12345678",
        "+31-6-12345678",
        "0031612345678",
        "0031 (0)6 12345678",
        "010-1234567",
        "020 123 4567",
        "(010) 123 45 67",
        "010/1234567",
        "0111-123456",
        "085 123 4567",
        "+31 10 123 4567",
        "+32 470 12 34 56",
        "0032 470123456",
        "+44 20 7946 0958",
    ],
)
def test_phone_numbers_are_scrubbed(number):
    check(f"bel me op {number} aub", "bel me op [TELEFOON] aub")


@pytest.mark.parametrize(
    "text",
    [
        "bel 0800-1234",  # service numbers belong to organisations
        "0800 1234567",
        "bel 0900-8844",
        "0900-1234567",
        "0906-1234",
        "14 0123",  # the municipality's own number, cited in answers
        "bel 14 020",
        "061234567",  # too short
        "06123456789",  # too long
        "open 08.30 - 12.30 / 13.30 - 17.00 uur",  # ten digits, but opening hours
        "om 10.30 uur",
    ],
)
def test_service_numbers_and_other_digits_are_kept(text):
    check(text, text)


def test_phone_keeps_surrounding_brackets():
    check("(0612345678)", "([TELEFOON])")


def test_last_group_of_a_phone_number_is_not_a_postcode():
    # "4567 of 3" would read as postcode "4567 OF" with house number 3
    check("bel 020 123 4567 of 3 keer", "bel [TELEFOON] of 3 keer")


def test_date_followed_by_an_hour_is_not_a_phone_number():
    check("afspraak 06-03-1985 12:00", "afspraak [GEBOORTEDATUM] 12:00")


# --- Postcode, house number and street ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik woon op 1234 AB 12", "ik woon op [POSTCODE+HUISNUMMER]"),
        ("1234AB 12a", "[POSTCODE+HUISNUMMER]"),
        ("1234 ab, 12-3", "[POSTCODE+HUISNUMMER]"),
        ("1234AB12", "[POSTCODE+HUISNUMMER]"),
        ("1234 AB nr. 12 bis", "[POSTCODE+HUISNUMMER]"),
        ("Dorpsstraat 12, 1234 AB Utrecht", "[POSTCODE+HUISNUMMER] Utrecht"),
        ("Hoofdweg 1 1234AB", "[POSTCODE+HUISNUMMER]"),
        ("nummer 12, 1234 AB", "nummer [POSTCODE+HUISNUMMER]"),
        ("1234 DE 12", "[POSTCODE+HUISNUMMER]"),  # capitals: typed as a postcode
        ("3511 de 12", "[POSTCODE+HUISNUMMER]"),  # not a year, so an address
        ("postcode 1234 AB", "postcode [POSTCODE]"),
        ("1234ab", "[POSTCODE]"),
        ("3511KM", "[POSTCODE]"),
        # a rejected candidate ("2026 en 1234", a year and a word) must not hide the
        # postcode that starts inside it
        ("afvalkalender 2026 en 1234 AB 12", "afvalkalender 2026 en [POSTCODE+HUISNUMMER]"),
    ],
)
def test_postcodes_are_scrubbed(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "afvalkalender 2027",
        "afvalkalender 2026 en 2027",
        "in 2026 de kosten",
        "sinds 1995 is 1 op de 3",
        "1500 kg grofvuil",
        "1500 km 3 keer",
        "3511 KM",  # alone, more likely a distance
        "WW uitkering 2026",
        "2025 EU subsidie",
        "1234 SA",  # SA, SD and SS are never issued
        "tussen 3000 en 4000 euro",
    ],
)
def test_years_and_amounts_before_a_word_are_not_postcodes(text):
    check(text, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerkstraat 12", "[ADRES]"),
        ("ik woon in de kerkstraat 12a.", "ik woon in de [ADRES]."),
        ("Kerkstraat 12-3", "[ADRES]"),
        ("Kerkstraat nr. 12", "[ADRES]"),
        ("Jan-van-Galenstraat 3", "[ADRES]"),
        ("'s-Gravendijkwal 12", "'s-[ADRES]"),
        ("Van Goghstraat 3", "Van [ADRES]"),
        ("Laan van Meerdervoort 12", "[ADRES]"),
        ("Stationsplein 1 en Oudegracht 2", "[ADRES] en [ADRES]"),
    ],
)
def test_street_and_house_number_are_scrubbed(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "artikel 12",
        "artikel 12 lid 3",
        "huisnummer 12",
        "Kerkstraat",
        "weg 2 dagen",
        "onderweg 2 uur",
        "loopbaan 5 jaar",
        "de Afsluitdijk 32,5 km lang",  # a house number has no decimals
        "parkeervergunning zone A2",
    ],
)
def test_numbers_after_ordinary_words_are_kept(text):
    check(text, text)


# --- IBAN ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "iban",
    [
        "NL91ABNA0417164300",
        "NL91 ABNA 0417 1643 00",
        "nl91abna0417164300",
        "NL91-ABNA-0417-1643-00",
        "BE68539007547034",
        "DE89 3704 0044 0532 0130 00",
        "GB82 WEST 1234 5698 7654 32",
        "FR14 2004 1010 0505 0001 3M02 606",
        # Dutch shape with a wrong check digit or a digit missing: still an account
        "NL12ABNA0417164300",
        "NL91ABNA041716430",
    ],
)
def test_ibans_are_scrubbed(iban):
    check(f"mijn IBAN {iban}.", "mijn IBAN [IBAN].")


@pytest.mark.parametrize(
    "text",
    [
        "DE12 3456 7890 1234 5678 90",  # fails mod-97, could be any code
        "AB12CDEF34567890",
        "ISO 27001",
    ],
)
def test_foreign_looking_codes_failing_mod97_are_kept(text):
    check(text, text)


# --- Dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("geboortedatum 12-03-1985", "geboortedatum [GEBOORTEDATUM]"),
        ("12/3/1985", "[GEBOORTEDATUM]"),
        ("12.03.1985", "[GEBOORTEDATUM]"),
        ("12 maart 1985", "[GEBOORTEDATUM]"),
        ("12e MAART 1985", "[GEBOORTEDATUM]"),
        ("3 jan. '90", "[GEBOORTEDATUM]"),
        ("1985-03-12", "[GEBOORTEDATUM]"),
        ("12-03-85", "[GEBOORTEDATUM]"),
        ("March 12, 1985", "[GEBOORTEDATUM]"),
        ("geboren op 3 januari 1990", "geboren op [GEBOORTEDATUM]"),
        ("31-02-1990", "[GEBOORTEDATUM]"),  # a typo is still someone's birth date
        # past dates cannot be told apart from birth dates: privacy first
        ("aanvraag ingediend op 3 maart 2025", "aanvraag ingediend op [GEBOORTEDATUM]"),
        # after a birth keyword even day and month alone go
        ("geboren op 3 januari", "geboren op [GEBOORTEDATUM]"),
        ("geb. 12-03", "geb. [GEBOORTEDATUM]"),
        ("geboortedatum: 12 maart", "geboortedatum: [GEBOORTEDATUM]"),
    ],
)
def test_full_past_dates_are_scrubbed(text, expected):
    check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "1 januari",
        "op 12 maart",
        "vóór 1 januari 2027",  # a deadline, after TODAY
        "uiterlijk 31 december 2099 aanvragen",
        "in 2026",
        "geboren in 1985",
        "openingstijden 17:00",
        "1 januari 1850",  # history, not a living person
        "artikel 2.1.12 Bor",
        "versie 1.2.3",
        "schooljaar 2025-2026",
        "gebruik 3 januari",  # "geb" inside a word is no birth keyword
    ],
)
def test_dates_without_year_future_dates_years_and_times_are_kept(text):
    check(text, text)


def test_future_is_decided_by_today():
    text = "vóór 1 januari 2027"
    assert scrub(text, today=datetime.date(2027, 1, 1)) == "vóór [GEBOORTEDATUM]"
    assert scrub(text, today=datetime.date(2026, 12, 31)) == text


# --- Kenteken -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "plate",
    [
        "AB-123-C",
        "12-ABC-3",
        "1-ABC-23",
        "GH-12-34",
        "12-GH-34",
        "gh-12-34",
        "12-hts-3",
        "K-123-BB",
        "GHJ-12-K",
        "GH123K",
        "12hts3",
        "GH 123 K",
    ],
)
def test_licence_plates_are_scrubbed(plate):
    check(f"kenteken {plate} verlopen", "kenteken [KENTEKEN] verlopen")


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19",
        "A4 papier",
        "mp3 bestand",
        "N201 afgesloten",
        "PDF/A-1",
        "12 abc 3",  # spaced lower case is just words
        "12 ABC 3",  # vowels are never issued, so without dashes they are no plate
        "ab1234",
        "12abc3",
        "3-in-1",
        "€ 12,50",
    ],
)
def test_words_and_codes_are_not_plates(text):
    check(text, text)
