"""Messages from someone in danger or in crisis, and the help lines they need first.

"ik wil niet meer leven", "mijn man slaat mij" or "er is brand" got "Dat weet ik niet zeker"
with the municipality's channels (closed on a Sunday) and answers that share a word, such as
how to register a death. Every channel now puts the national help lines first: 112 for
danger now, 113 for thoughts of suicide, Veilig Thuis for violence at home. They are open day
and night and free, which no municipal channel is.

Phrases, not single words: "brand" alone is also "brandveiligheid" and "brandgang", and in the
chat a false alarm takes the place of the answer. So the phrases are broad where a word has
one meaning ("zelfmoord", "huiselijk geweld") and exact where it has several ("er is brand",
not "na de brand"; "ik wil dood" at the end, not "ik wil dood hout laten ophalen").
"""

import re
from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext_lazy as _

from kennisbank.models.channels import ChannelKind, contact_href
from search.understanding.normalise import normalise

# The longest chat message (search.chat.conversation.MAX_MESSAGE_LENGTH).
MAX_TEXT_LENGTH = 1000


class Crisis(StrEnum):
    EMERGENCY = "emergency"
    SUICIDE = "suicide"
    VIOLENCE = "violence"
    GAS = "gas"


# On normalised text (lower case, punctuation gone). The first kind that matches wins, in
# this order: thoughts of suicide before danger, since "ik wil dood" needs 113 before 112.
_MY = r"(mijn|m n|mn)"
_PATTERNS = {
    Crisis.SUICIDE: (
        r"\b(zelfmoord\w*|zelfdoding|su[iï]cid\w*)\b",
        # Not "ik kan niet meer leven van mijn uitkering": a question about money.
        r"\bniet meer (willen )?leven\b(?! van)",
        r"\bik wil (graag )?(dood|doodgaan|sterven)$",
        r"\bik wil (doodgaan|sterven|mezelf doden|er niet meer zijn)\b",
        rf"\b(een )?(eind|einde) (aan {_MY} leven|eraan maken|aan maken)\b",
        rf"\b{_MY} leven (beeindigen|beëindigen)\b",
        r"\b(mezelf|mijzelf|me) (iets|wat)? ?(aandoen|van kant maken|ophangen|doden)\b",
        r"\b(zie het|zie het leven) niet meer zitten\b",
        r"\b(pillen|medicijnen) (geslikt|ingenomen) om\b|\bvan het leven beroven\b",
    ),
    Crisis.VIOLENCE: (
        r"\b(huiselijk geweld|kindermishandeling|ouderenmishandeling|eergerelateerd geweld)\b",
        r"\b(slaat|sloeg|slaan|schopt|schopte|wurgt|wurgde|mishandelt) (mij|me|ons|mijn kind\w*|de kinderen)\b",
        r"\b(heeft|hebben) (mij|me|mijn kind\w*) (geslagen|geschopt|gewurgd|mishandeld|verkracht)\b",
        # Not "ons": "de boom bedreigt ons huis" is a question for the gardeners.
        r"\b(bedreigt|verkracht|misbruikt) (mij|me|mijn kind\w*)\b",
        r"\b(ik word|ik werd|wij worden|mijn kind wordt)( thuis| seksueel)? (geslagen|mishandeld|misbruikt|verkracht)\b",
        rf"\b(bedreigd door|bang voor) {_MY} (man|vrouw|partner|ex|vader|moeder|ouders|vriend|vriendin)\b",
    ),
    Crisis.EMERGENCY: (
        # Fire now, not a fire past ("na de brand in ons huis") or "brandgevaar".
        r"\b(er is (een )?brand|het brandt|staat in brand|staat in de fik)\b",
        r"\b(levensgevaar|ik ben in gevaar|wij zijn in gevaar)\b",
        r"\b(is bewusteloos|ademt niet meer|ademt niet|bel een ambulance|ambulance nodig)\b",
        r"\b(er wordt (nu )?bij (mij|ons) ingebroken|inbreker in (mijn|ons) huis)\b",
    ),
    # A gas smell goes to the grid operators' emergency number first, 112 when it is acute.
    Crisis.GAS: (r"\b(ik ruik gas|ruik gas in|ruik ik gas|gaslucht in|het ruikt naar gas)\b",),
}
_COMPILED = {crisis: re.compile("|".join(patterns)) for crisis, patterns in _PATTERNS.items()}


@dataclass(frozen=True)
class HelpLine:
    name: str
    number: str
    note: str

    @property
    def href(self) -> str:
        return contact_href(ChannelKind.PHONE, self.number)


EMERGENCY_LINE = HelpLine("112", "112", _("For danger now: police, fire brigade, ambulance."))
SUICIDE_LINE = HelpLine(
    "113 Zelfmoordpreventie", "0800-0113", _("Free, day and night. You can also chat on 113.nl.")
)
VIOLENCE_LINE = HelpLine(
    "Veilig Thuis",
    "0800-2000",
    _("Free, day and night, for violence at home or worries about a child. Also anonymous."),
)

GAS_LINE = HelpLine(
    "Storingsnummer gas en stroom",
    "0800-9009",
    _("Free, day and night. Do not switch on lights, open windows and doors, leave the house."),
)

HELP_LINES = {
    Crisis.SUICIDE: (SUICIDE_LINE, EMERGENCY_LINE),
    Crisis.VIOLENCE: (VIOLENCE_LINE, EMERGENCY_LINE),
    Crisis.EMERGENCY: (EMERGENCY_LINE,),
    Crisis.GAS: (GAS_LINE, EMERGENCY_LINE),
}

MESSAGES = {
    Crisis.SUICIDE: _(
        "Are you thinking about suicide? You do not have to carry this alone. Talk to someone "
        "at 113, free and day and night."
    ),
    Crisis.VIOLENCE: _(
        "Is there violence at home, or are you worried about a child? Veilig Thuis helps, day "
        "and night. Are you in danger now? Call 112."
    ),
    Crisis.EMERGENCY: _("Is there danger now? Call 112 straight away."),
    Crisis.GAS: _(
        "Do you smell gas? Call the emergency number for gas and electricity, day and night. Is "
        "there acute danger? Call 112."
    ),
}


def crisis_in(text: str) -> Crisis | None:
    """The crisis `text` speaks of, or None."""
    # As far as a chat message goes: "... ik wil niet meer leven" can come after 200 letters.
    normalised = normalise(text or "", max_length=MAX_TEXT_LENGTH)
    for crisis, pattern in _COMPILED.items():
        if pattern.search(normalised):
            return crisis
    return None
