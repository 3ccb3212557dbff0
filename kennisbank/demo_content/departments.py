"""Departments (afdelingen) of Gemeente Voorbeeldstad.

Each department owns answers. Reminder e-mails go to ``reminder_emails``
when an answer is due for review; overdue answers escalate to
``escalation_email``. ``review_interval_months`` is the default review
interval for new answers of that department.
"""

DEPARTMENTS = [
    {
        "slug": "burgerzaken",
        "name": "Burgerzaken",
        "reminder_emails": ["burgerzaken@voorbeeldstad.example"],
        "escalation_email": "hoofd.burgerzaken@voorbeeldstad.example",
        "review_interval_months": 12,
        "contact": "Team Burgerzaken, toestel 2100",
    },
    {
        "slug": "belastingen",
        "name": "Belastingen",
        "reminder_emails": ["belastingen@voorbeeldstad.example"],
        "escalation_email": "hoofd.belastingen@voorbeeldstad.example",
        "review_interval_months": 6,
        "contact": "Team Belastingen, toestel 2200",
    },
    {
        "slug": "afval-en-grondstoffen",
        "name": "Afval en Grondstoffen",
        "reminder_emails": [
            "afval@voorbeeldstad.example",
            "milieustraat@voorbeeldstad.example",
        ],
        "escalation_email": "hoofd.afval@voorbeeldstad.example",
        "review_interval_months": 12,
        "contact": "Team Afval en Grondstoffen, toestel 2300",
    },
    {
        "slug": "parkeren",
        "name": "Parkeren",
        "reminder_emails": ["parkeren@voorbeeldstad.example"],
        "escalation_email": "hoofd.parkeren@voorbeeldstad.example",
        "review_interval_months": 12,
        "contact": "Team Parkeren, toestel 2350",
    },
    {
        "slug": "werk-en-inkomen",
        "name": "Werk en Inkomen",
        "reminder_emails": ["werkeninkomen@voorbeeldstad.example"],
        "escalation_email": "hoofd.werkeninkomen@voorbeeldstad.example",
        "review_interval_months": 12,
        "contact": "Team Werk en Inkomen, toestel 2400",
    },
    {
        "slug": "zorg-en-welzijn",
        "name": "Zorg en Welzijn (Wmo)",
        "reminder_emails": [
            "wmo@voorbeeldstad.example",
            "wijkteams@voorbeeldstad.example",
        ],
        "escalation_email": "hoofd.zorgenwelzijn@voorbeeldstad.example",
        "review_interval_months": 12,
        "contact": "Wmo-loket, toestel 2500",
    },
    {
        "slug": "vergunningen",
        "name": "Vergunningen",
        "reminder_emails": ["vergunningen@voorbeeldstad.example"],
        "escalation_email": "hoofd.vergunningen@voorbeeldstad.example",
        "review_interval_months": 12,
        "contact": "Team Vergunningen, toestel 2600",
    },
    {
        "slug": "openbare-ruimte",
        "name": "Openbare Ruimte",
        "reminder_emails": ["openbareruimte@voorbeeldstad.example"],
        "escalation_email": "hoofd.openbareruimte@voorbeeldstad.example",
        "review_interval_months": 24,
        "contact": "Team Openbare Ruimte, toestel 2700",
    },
    {
        "slug": "klantcontactcentrum",
        "name": "Klantcontactcentrum",
        "reminder_emails": ["kcc.redactie@voorbeeldstad.example"],
        "escalation_email": "teamleider.kcc@voorbeeldstad.example",
        "review_interval_months": 12,
        "contact": "Klantcontactcentrum, toestel 2000",
    },
    {
        "slug": "wonen",
        "name": "Wonen",
        "reminder_emails": ["wonen@voorbeeldstad.example"],
        "escalation_email": "hoofd.wonen@voorbeeldstad.example",
        "review_interval_months": 24,
        "contact": "Team Wonen, toestel 2800",
    },
    {
        "slug": "onderwijs-en-jeugd",
        "name": "Onderwijs en Jeugd",
        "reminder_emails": [
            "onderwijs@voorbeeldstad.example",
            "leerplicht@voorbeeldstad.example",
        ],
        "escalation_email": "hoofd.onderwijsenjeugd@voorbeeldstad.example",
        "review_interval_months": 12,
        "contact": "Team Onderwijs en Jeugd, toestel 2850",
    },
    {
        "slug": "economie-en-ondernemen",
        "name": "Economie en Ondernemen",
        "reminder_emails": ["ondernemersloket@voorbeeldstad.example"],
        "escalation_email": "hoofd.economie@voorbeeldstad.example",
        "review_interval_months": 12,
        "contact": "Ondernemersloket, toestel 2900",
    },
    {
        "slug": "juridische-zaken",
        "name": "Juridische Zaken",
        "reminder_emails": ["juridischezaken@voorbeeldstad.example"],
        "escalation_email": "hoofd.juridischezaken@voorbeeldstad.example",
        "review_interval_months": 24,
        "contact": "Team Juridische Zaken, toestel 2950",
    },
]
