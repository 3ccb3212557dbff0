"""A child's age, as the answers say it: "minderjarig" (pure functions).

A resident gives the age ("mijn zoon van 14", "mijn dochter (15)", "ze is 16 en wil ..."); the
answers speak of "minderjarigen" and "kinderen jonger dan 18 jaar". The number matched
nothing, or the wrong thing ("binnen 14 dagen"). An age under 18 is therefore also read as
"minderjarig" (search.ranking).

Only a number that reads as someone's age counts: after a person ("zoon van 14", "dochter
15"), before "geworden" or "jaar oud", or after "is", "ben" or "wordt" with a person before
it ("mijn zoon is 16", "ik ben net 17"). "3 weken oud", "2 jaar ziek", "een bord van 80" and
"het is 16 kilometer" are no ages.
"""

ADULT_AGE = 18
MINOR = "minderjarig"

PERSONS = frozenset({
    "zoon", "zoontje", "dochter", "dochtertje", "kind", "kindje", "kinderen", "jongen",
    "meisje", "baby", "broer", "broertje", "zus", "zusje", "neef", "nicht", "neefje",
    "nichtje", "kleinkind", "kleinzoon", "kleindochter", "stiefzoon", "stiefdochter",
    "pleegkind", "pleegzoon", "pleegdochter", "vriend", "vriendin", "ik", "hij", "zij", "ze",
})  # fmt: skip
# Verbs that give an age after a person ("ik ben 16", "hij wordt 17").
BEING = frozenset({"ben", "is", "wordt", "word", "werd", "was"})
# Words that may stand between the verb and the age ("ik ben net 17", "ze is bijna 16").
ADVERBS = frozenset({"net", "bijna", "pas", "nu", "al", "inmiddels", "sinds", "ongeveer"})
# What a number that is no age counts ("14 dagen", "2 kinderen").
COUNTED = frozenset({
    "dag", "dagen", "week", "weken", "maand", "maanden", "uur", "uren", "minuten", "seconden",
    "euro", "eur", "cent", "procent", "km", "kilometer", "kilo", "kg", "meter", "cm", "liter",
    "keer", "stuks", "kinderen", "personen", "mensen", "jaren", "nachten", "straten",
})  # fmt: skip
# After "jaar": the number was a person's age ("14 jaar oud", "16 jaar en wil ...").
AGE_AFTER_YEARS = frozenset({"oud", "geworden", "en", "maar", "want", "dus", "wil", "mag"})


def _number(token: str) -> int | None:
    return int(token) if token.isdecimal() and len(token) <= 3 else None


def _reads_as_age(tokens: list[str], position: int) -> bool:
    before = tokens[max(position - 4, 0) : position]
    after = tokens[position + 1 : position + 3]
    following = after[0] if after else None
    if following in ("geworden", "jarig", "jarige") or after[:2] == ["jaar", "oud"]:
        return True
    if following == "jaar" and len(after) == 2 and after[1] not in AGE_AFTER_YEARS:
        return False  # "2 jaar ziek": how long, not how old
    if following in COUNTED:
        return False  # "14 dagen", "80 km", "2 maanden geleden": a number of something else
    if before and before[-1] in PERSONS:
        return True  # "mijn dochter (15)"
    if len(before) >= 2 and before[-1] == "van" and before[-2] in PERSONS:
        return True  # "mijn zoon van 14"
    # "mijn zoon is 16", "ik ben net 17": a person, a verb of being, perhaps an adverb.
    words = [token for token in before if token not in ADVERBS]
    return len(words) >= 2 and words[-1] in BEING and words[-2] in PERSONS


def minor_ages(tokens: list[str]) -> list[str]:
    """The tokens (normalised) that give the age of someone under 18."""
    found = []
    for position, token in enumerate(tokens):
        age = _number(token)
        if age is not None and age < ADULT_AGE and _reads_as_age(tokens, position):
            found.append(token)
    return found
