"""Messages from someone in danger or in crisis, and the help lines they need first.

"ik wil niet meer leven", "mijn man slaat mij" or "er is brand" got "Dat weet ik niet zeker"
with the municipality's channels (closed on a Sunday) and answers that share a word, such as
how to register a death. Every channel now puts the national help lines first: 112 for
danger now, 113 for thoughts of suicide, Veilig Thuis for violence at home. They are open day
and night and free, which no municipal channel is.

Phrases, not single words: "brand" alone is also "brandveiligheid" and "brandgang", and a
false alarm only costs a line above the answers, while a missed crisis costs more. So the
phrases are broad where a word has one meaning ("zelfmoord", "huiselijk geweld") and exact
where it has several ("er is brand", not "brand").
"""

import re
from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext_lazy as _

from search.understanding.normalise import normalise


class Crisis(StrEnum):
    EMERGENCY = "emergency"
    SUICIDE = "suicide"
    VIOLENCE = "violence"


# On normalised text (lower case, punctuation gone). The first kind that matches wins, in
# this order: thoughts of suicide before danger, since "ik wil dood" needs 113 before 112.
_PATTERNS = {
    Crisis.SUICIDE: (
        r"\b(zelfmoord\w*|zelfdoding|su[iï]cid\w*)\b",
        r"\b(niet meer (willen )?leven|wil niet meer leven|wil (graag )?dood|dood willen)\b",
        r"\b(ik wil er niet meer zijn|einde aan mijn leven|mijn leven beeindigen|mijn leven beëindigen)\b",
        r"\b(mezelf|mijzelf|me) (iets )?(aandoen|van kant maken|ophangen)\b",
        r"\b(van het leven beroven)\b",
    ),
    Crisis.VIOLENCE: (
        r"\b(huiselijk geweld|kindermishandeling|ouderenmishandeling|eergerelateerd geweld)\b",
        r"\b(slaat|schopt|wurgt|mishandelt|bedreigt|verkracht) (mij|me|ons|mijn kind\w*|de kinderen)\b",
        r"\b(ik word|ik ben|wij worden|mijn kind wordt) (geslagen|mishandeld|bedreigd|misbruikt|verkracht)\b",
        r"\b(bedreigd door mijn|bang voor mijn (man|vrouw|partner|ex|vader|moeder|vriend|vriendin))\b",
    ),
    Crisis.EMERGENCY: (
        r"\b(er is brand|het brandt|staat in brand|in brand gevlogen|brand in (mijn|ons|het) )",
        r"\b(noodgeval|levensgevaar|ik ben in gevaar|wij zijn in gevaar)\b",
        r"\b(ik ruik gas|ruik gas|gaslucht|gaslek)\b",
        r"\b(is bewusteloos|ademt niet|hartaanval|ambulance nodig|bel een ambulance)\b",
        r"\b(er wordt ingebroken|inbreker in (mijn|ons|het) huis)\b",
    ),
}
_COMPILED = {crisis: re.compile("|".join(patterns)) for crisis, patterns in _PATTERNS.items()}


@dataclass(frozen=True)
class HelpLine:
    name: str
    number: str
    note: str

    @property
    def href(self) -> str:
        return "tel:" + self.number.replace("-", "").replace(" ", "")


EMERGENCY_LINE = HelpLine("112", "112", _("For danger now: police, fire brigade, ambulance."))
SUICIDE_LINE = HelpLine(
    "113 Zelfmoordpreventie", "0800-0113", _("Free, day and night. You can also chat on 113.nl.")
)
VIOLENCE_LINE = HelpLine(
    "Veilig Thuis",
    "0800-2000",
    _("Free, day and night, for violence at home or worries about a child. Also anonymous."),
)

HELP_LINES = {
    Crisis.SUICIDE: (SUICIDE_LINE, EMERGENCY_LINE),
    Crisis.VIOLENCE: (VIOLENCE_LINE, EMERGENCY_LINE),
    Crisis.EMERGENCY: (EMERGENCY_LINE,),
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
}


def crisis_in(text: str) -> Crisis | None:
    """The crisis `text` speaks of, or None."""
    normalised = normalise(text or "")
    for crisis, pattern in _COMPILED.items():
        if pattern.search(normalised):
            return crisis
    return None
