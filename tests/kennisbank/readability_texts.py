"""Texts for the readability tests of the answer editor, report and commands."""

PLAIN_SHORT_ANSWER = "U vraagt een paspoort aan bij het stadsloket. Neem een pasfoto mee."
PLAIN_PARAGRAPH = "<p>Maak eerst een afspraak. U betaalt met uw pinpas.</p>"

# Together a B2 answer: passives and long words, but short sentences.
B2_SHORT_ANSWER = "De aanslag wordt in februari verstuurd."
B2_PARAGRAPH = (
    "<p>De aanslag wordt in februari verstuurd. Het bedrag kan in termijnen worden betaald "
    "via automatische incasso van uw bankrekening.</p>"
)

HARD_SHORT_ANSWER = (
    "Teneinde uw aanvraag in behandeling te kunnen nemen, dient u middels het daartoe "
    "bestemde formulier de benodigde bescheiden te verstrekken."
)
HARD_PARAGRAPH = (
    "<p>Derhalve wordt u verzocht het formulier alsmede de bescheiden onverwijld te "
    "retourneren, waarna de aanvraag door de gemeente in behandeling wordt genomen.</p>"
)


def hard_body():
    return [{"type": "paragraph", "value": HARD_PARAGRAPH}]


def plain_body():
    return [{"type": "paragraph", "value": PLAIN_PARAGRAPH}]
