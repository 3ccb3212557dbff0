"""What Voorbeeldstad's citizens asked in the last eight weeks, for the analytics reports.

Without it a newcomer opens "Ontbrekende content", "Populair" and "Toptaken-advies" on a fresh
demo and finds them empty. The questions are written as people type them (short, lower case,
sometimes a typo) and include needs the demo content does not cover (fireworks, graves, the
swimming pool), so the missing-content report has something to show.

Each entry: (question, how often it was asked in eight weeks, share of those in the last four).
A share above one half is demand that grows; the reports compare the two periods.
"""

# Questions the demo content answers with the wrong answer (the swimming pool's hours with the
# town hall's): citizens who rate it in the chat say it did not help.
NOT_HELPED = frozenset({"zwembad openingstijden"})

QUESTIONS = [
    ("paspoort aanvragen", 64, 0.5),
    ("pasport aanvragen", 3, 0.5),
    ("wat kost een paspoort", 38, 0.5),
    ("id kaart kwijt", 17, 0.5),
    ("rijbewijs verlengen", 22, 0.4),
    ("verhuizing doorgeven", 46, 0.5),
    ("uittreksel brp", 15, 0.5),
    ("afspraak maken stadhuis", 29, 0.5),
    ("grofvuil ophalen", 41, 0.6),
    ("grofvuil ophaln", 4, 0.5),
    ("afvalkalender", 33, 0.5),
    ("container kapot", 12, 0.5),
    ("kerstboom inzamelen", 9, 0.9),
    ("kwijtschelding gemeentelijke belastingen", 18, 0.5),
    ("bezwaar woz waarde", 14, 0.3),
    ("hondenbelasting", 8, 0.5),
    ("bijstand aanvragen", 16, 0.5),
    ("energietoeslag aanvragen", 13, 0.7),
    ("huishoudelijke hulp", 11, 0.5),
    ("parkeervergunning aanvragen", 19, 0.5),
    ("boom kappen vergunning", 7, 0.4),
    ("dakkapel vergunning", 6, 0.5),
    ("lantaarnpaal kapot", 9, 0.7),
    ("gevonden voorwerpen", 6, 0.5),
    ("trouwen gemeente", 10, 0.4),
    # Needs the demo content does not cover.
    ("vuurwerk afsteken", 12, 0.8),
    ("vuurwerk", 8, 0.8),
    ("wanneer mag ik vuurwerk afsteken", 5, 0.8),
    ("graf kosten begraafplaats", 7, 0.5),
    ("zwembad openingstijden", 9, 0.5),
    ("zwemles kinderen", 4, 0.5),
    ("marktkraam huren", 3, 0.5),
]
