"""The demo municipality's home page."""

HOME = {
    "title": "Gemeente Voorbeeldstad",
    "intro": "Zoek hier het antwoord op uw vraag aan de gemeente.",
}

# Where the privacy statement sends questions about privacy.
PRIVACY_EMAIL = "privacy@voorbeeldstad.example"
