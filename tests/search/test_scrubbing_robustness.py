"""Robustness tests for search/scrubbing.py: ordinary queries stay intact, the API
reports original offsets, Unicode cannot smuggle data through, long input stays fast.
"""

import datetime
import time

import pytest

from search.scrubbing import Kind, Match, find_personal_data, scrub

TODAY = datetime.date(2026, 6, 1)


def scrubbed(text: str) -> str:
    return scrub(text, today=TODAY)


def check(text: str, expected: str) -> None:
    assert scrubbed(text) == expected


# --- Ordinary queries ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "paspoort kwijt",
        "wat kost een id kaart",
        "afvalkalender 2027",
        "bijstand 25 jaar",
        "parkeervergunning zone A2",
        "14 0123",
        "artikel 2.1 Wabo",
        "€ 84,50",
        "openingstijden 17:00",
        "het kost € 1.250,00",
        "100.000 inwoners",
        "2 kinderen van 12 en 14 jaar",
        "Participatiewet artikel 31",
        "hoofdstuk 3.2.1",
        "laadpaal 22 kW",
        "btw 21%",
        "",
    ],
)
def test_ordinary_queries_are_kept_byte_for_byte(text):
    out = scrubbed(text)
    assert out == text
    assert find_personal_data(text, today=TODAY) == []


# --- API and robustness -------------------------------------------------------------


def test_find_personal_data_reports_kind_and_original_offsets():
    text = "bsn 123456782, mail jan@x.nl"
    assert find_personal_data(text, today=TODAY) == [
        Match(Kind.BSN, 4, 13),
        Match(Kind.EMAIL, 20, 28),
    ]
    assert Match(Kind.BSN, 4, 13).placeholder == "[BSN]"


def test_overlapping_detections_merge_under_the_longest_kind():
    # the IBAN contains a phone-like 0417164300: one placeholder, nothing left over
    check("NL91ABNA0417164300", "[IBAN]")


def test_non_text_is_refused_not_swallowed():
    with pytest.raises(TypeError):
        scrub(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bsn １２３４５６７８２", "bsn [BSN]"),  # fullwidth
        ("bsn ١٢٣٤٥٦٧٨٢", "bsn [BSN]"),  # Arabic-Indic
        ("bsn ۱۲۳۴۵۶۷۸۲", "bsn [BSN]"),  # Extended Arabic-Indic
        ("bsn १२३४५६७८२", "bsn [BSN]"),  # Devanagari
        ("bsn 123\u200b456\u200b782", "bsn [BSN]"),  # zero-width spaces
        ("bsn 123\u00ad456782", "bsn [BSN]"),  # soft hyphen
        ("bsn 123\x00456782", "bsn [BSN]"),  # null byte
        ("bel 06\u201312345678", "bel [TELEFOON]"),  # en dash
        ("bel 06\u00a012345678", "bel [TELEFOON]"),  # no-break space
        ("ＪＡＮ＠ＧＥＭＥＥＮＴＥ．ＮＬ", "[E-MAIL]"),
        ("😀 bsn 123456782 😀", "😀 bsn [BSN] 😀"),
        ("\u202eRTL 1234 AB 12\u202c", "\u202eRTL [POSTCODE+HUISNUMMER]\u202c"),
        ("رقم ١٢٣٤٥٦٧٨٢ شكرا", "رقم [BSN] شكرا"),
        ("\x00\x00 paspoort \ud800", "\x00\x00 paspoort \ud800"),
    ],
)
def test_unicode_cannot_smuggle_data_through_and_is_otherwise_kept(text, expected):
    check(text, expected)


ADVERSARIAL = {
    "digits": "1" * 100_000,
    "zeros": "0 " * 50_000,
    "letters": "a" * 100_000,
    "at signs": "a@" * 50_000,
    "dotted local part": "a." * 50_000 + "@",
    "spelled-out at": "a at " * 20_000,
    "punt": "a punt " * 15_000,
    "plus": "+3" * 50_000,
    "date-ish": "1-1-" * 25_000,
    "iban-ish": "NL91 " * 20_000,
    "postcodes": "1234 AB " * 12_500,
    "streets": "Kerkstraat 1 " * 8_000,
    "months": "1 januari " * 10_000,
    "emoji": "😀" * 100_000,
    "zero width": "1\u200b" * 50_000,
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_long_adversarial_text_finishes_fast(name):
    # Catastrophic backtracking would take minutes; linear time takes well under 1 s.
    text = ADVERSARIAL[name]
    started = time.perf_counter()
    scrub(text)
    assert time.perf_counter() - started < 3.0


def test_long_realistic_text_is_scrubbed_throughout():
    chunk = "Vraag over bijstand, bsn 123456782, bel 06-12345678. Afvalkalender 2027. "
    text = chunk * 1_400  # ~100,000 characters
    started = time.perf_counter()
    out = scrubbed(text)
    assert time.perf_counter() - started < 3.0
    assert out == ("Vraag over bijstand, bsn [BSN], bel [TELEFOON]. Afvalkalender 2027. " * 1_400)
