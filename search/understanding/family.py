"""Family members by name: to the answers, "ouder", "kind" or "partner" (pure data and functions).

A resident names the person ("mijn moeder komt bij ons wonen", "alleenstaande moeder", "mijn
zoon wil stoppen met school", "mijn man heeft een uitkering"); government answers speak of
"ouder", "kind" and "partner". The name matched nothing, or only an answer that happened to use
it, so "krijg ik naast de kinderbijslag iets extra als alleenstaande moeder?" missed the answer
for "alleenstaande ouders". A family member's name is therefore also read as the word the
answers use (search.ranking), as another country is read as "buitenland".

"man", "vrouw", "vriend" and "vriendin" are a partner only after a possessive ("mijn man", "haar
vriend"): "een zwangere vrouw" and "een vriend van mij" name no partner. A child whose age is
given is read as "minderjarig" only (search.understanding.ages), not as "kind" as well.
"""

PARENT = "ouder"
CHILD = "kind"
PARTNER = "partner"

PARENTS = frozenset({
    "moeder", "vader", "mama", "papa", "mam", "pap", "moeders", "vaders", "stiefmoeder",
    "stiefvader", "pleegmoeder", "pleegvader", "schoonmoeder", "schoonvader",
})  # fmt: skip
CHILDREN = frozenset({
    "zoon", "zoontje", "dochter", "dochtertje", "zonen", "dochters", "stiefzoon",
    "stiefdochter", "pleegzoon", "pleegdochter", "kindje", "kindjes", "kinderen",
})  # fmt: skip
PARTNERS = frozenset({"echtgenoot", "echtgenote", "vriend", "vriendin", "man", "vrouw"})
# The partners that are a partner only after a possessive ("mijn man"); the others always are.
PARTNERS_AFTER_POSSESSIVE = frozenset({"vriend", "vriendin", "man", "vrouw"})
POSSESSIVES = frozenset({"mijn", "m'n", "mn", "haar", "zijn", "onze", "uw", "je", "jouw"})


def family_roles(tokens: list[str]) -> list[tuple[str, str]]:
    """(token, the answers' word) for every family member named in `tokens` (normalised)."""
    found = []
    for position, token in enumerate(tokens):
        if token in PARENTS:
            found.append((token, PARENT))
        elif token in CHILDREN:
            found.append((token, CHILD))
        elif token in PARTNERS and (
            token not in PARTNERS_AFTER_POSSESSIVE
            or (position > 0 and tokens[position - 1] in POSSESSIVES)
        ):
            found.append((token, PARTNER))
    return found
