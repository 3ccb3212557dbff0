"""The demo municipality: its name and general contact details, its contact channels and
closed days."""

MUNICIPALITY = {
    "name": "Gemeente Voorbeeldstad",
    "owms_identifier": "https://standaarden.overheid.nl/owms/terms/Voorbeeldstad_(gemeente)",
    "phone": "14 0123",
    "email": "info@voorbeeldstad.example",
}

# weekday: 0 = maandag ... 6 = zondag. An empty "hours" list means the
# channel is always available; the note explains when we answer.
CONTACT_CHANNELS = [
    {
        "name": "Telefoon",
        "kind": "phone",
        "contact": "14 0123",
        "note": "Bel ons op werkdagen. Op donderdag kunt u ook 's avonds bellen.",
        "hours": [
            {"weekday": 0, "opens": "08:30", "closes": "17:00"},
            {"weekday": 1, "opens": "08:30", "closes": "17:00"},
            {"weekday": 2, "opens": "08:30", "closes": "17:00"},
            {"weekday": 3, "opens": "08:30", "closes": "20:00"},
            {"weekday": 4, "opens": "08:30", "closes": "17:00"},
        ],
    },
    {
        "name": "Balie in het Stadhuis",
        "kind": "counter",
        "contact": "Stadhuis, Marktplein 1, 1234 AB Voorbeeldstad",
        "note": (
            "Voor de meeste zaken op afspraak: maak online een afspraak of bel 14 0123. "
            "Zonder afspraak: een paspoort, ID-kaart of rijbewijs ophalen. "
            "Op zaterdagochtend kunt u alleen terecht voor paspoort, ID-kaart en rijbewijs."
        ),
        "hours": [
            {"weekday": 0, "opens": "09:00", "closes": "16:30"},
            {"weekday": 1, "opens": "09:00", "closes": "16:30"},
            {"weekday": 2, "opens": "09:00", "closes": "16:30"},
            {"weekday": 3, "opens": "09:00", "closes": "16:30"},
            {"weekday": 3, "opens": "17:30", "closes": "20:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
            {"weekday": 5, "opens": "09:00", "closes": "12:00"},
        ],
    },
    {
        "name": "E-mail",
        "kind": "email",
        "contact": "info@voorbeeldstad.example",
        "note": (
            "U kunt ons altijd mailen. U krijgt binnen 2 werkdagen antwoord. "
            "Stuur geen kopie van uw paspoort of ID-kaart mee."
        ),
        "hours": [],
    },
    {
        "name": "WhatsApp",
        "kind": "whatsapp",
        "contact": "06 1234 0123",
        "note": "Stuur ons een bericht op werkdagen. Wij antwoorden meestal binnen een uur.",
        "hours": [
            {"weekday": 0, "opens": "08:30", "closes": "17:00"},
            {"weekday": 1, "opens": "08:30", "closes": "17:00"},
            {"weekday": 2, "opens": "08:30", "closes": "17:00"},
            {"weekday": 3, "opens": "08:30", "closes": "17:00"},
            {"weekday": 4, "opens": "08:30", "closes": "17:00"},
        ],
    },
]

# Days the town hall, the phone line and WhatsApp are closed.
CLOSED_DAYS = [
    {"date": "2026-12-25", "label": "Eerste Kerstdag"},
    {"date": "2026-12-26", "label": "Tweede Kerstdag"},
    {"date": "2027-01-01", "label": "Nieuwjaarsdag"},
    {"date": "2027-03-28", "label": "Eerste Paasdag"},
    {"date": "2027-03-29", "label": "Tweede Paasdag"},
    {"date": "2027-04-27", "label": "Koningsdag"},
    {"date": "2027-05-05", "label": "Bevrijdingsdag"},
    {"date": "2027-05-06", "label": "Hemelvaartsdag"},
    {"date": "2027-05-07", "label": "Vrijdag na Hemelvaartsdag"},
    {"date": "2027-05-16", "label": "Eerste Pinksterdag"},
    {"date": "2027-05-17", "label": "Tweede Pinksterdag"},
    {"date": "2027-12-25", "label": "Eerste Kerstdag"},
    {"date": "2027-12-26", "label": "Tweede Kerstdag"},
]
