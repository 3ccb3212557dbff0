"""Other countries by name: to the answers, "abroad" (pure data and functions).

A resident names the country ("we verhuizen naar Spanje", "een Marokkaans rijbewijs", "boete
uit Italië"); government answers say "buitenland" and "buitenlands" and name no country. The
country's name then matched nothing, and of "AOW als u in het buitenland woont" and "AOW
opbouwen" the words could not tell which one a move to Spain was about: the situation abroad
was answered with the same situation at home. A country or nationality is therefore also
read as "buitenland" (search.ranking), which the stemmer gives "buitenlands" and
"buitenlandse" too.

A nationality right before "paspoort" or "nationaliteit" is the resident's own nationality
instead ("mijn Marokkaanse paspoort", "de Turkse nationaliteit"), read as "nationaliteit".

Names are compared accent-folded ("italië" and "italie"). The Netherlands and its parts are no
other country; Caribbean Netherlands and Suriname are, for these answers.
"""

from .normalise import fold

ABROAD = "buitenland"

# Dutch names, as residents type them; a few everyday names beside the official ones
# ("amerika", "engeland", "tsjechie").
# fmt: off
COUNTRIES = frozenset({
    "afghanistan", "albanie", "algerije", "andorra", "angola", "argentinie", "armenie",
    "aruba", "australie", "azerbeidzjan", "bahrein", "bangladesh", "belgie", "benin",
    "bolivia", "bonaire", "bosnie", "brazilie", "bulgarije", "burundi", "cambodja", "canada",
    "chili", "china", "colombia", "congo", "cuba", "curacao", "cyprus", "denemarken",
    "duitsland", "dubai", "ecuador", "egypte", "engeland", "eritrea", "estland", "ethiopie",
    "filipijnen", "finland", "frankrijk", "gambia", "georgie", "ghana", "griekenland",
    "guinee", "hongarije", "ierland", "ijsland", "india", "indonesie", "irak", "iran",
    "israel", "italie", "japan", "jemen", "jordanie", "kaapverdie", "kameroen", "kazachstan",
    "kenia", "koeweit", "kosovo", "kroatie", "letland", "libanon", "liberia", "libie",
    "liechtenstein", "litouwen", "luxemburg", "macedonie", "maleisie", "mali", "malta",
    "marokko", "mexico", "moldavie", "monaco", "mongolie", "montenegro", "nepal",
    "nicaragua", "nigeria", "noorwegen", "oekraine", "oostenrijk", "pakistan", "palestina",
    "peru", "polen", "portugal", "qatar", "roemenie", "rusland", "rwanda", "saba",
    "schotland", "senegal", "servie", "singapore", "slowakije",
    "slovenie", "soedan", "somalie", "spanje", "suriname", "syrie", "taiwan",
    "tanzania", "thailand", "tsjechie", "tunesie", "turkije", "uganda", "venezuela",
    "vietnam", "wales", "zweden", "zwitserland",
    # Parts of the world, and the shorthands of the United States and Kingdom.
    "afrika", "amerika", "azie", "usa", "uk",
    # Cities and islands residents name for the country: where they travel, marry, emigrate
    # or come from ("in Las Vegas getrouwd", "naar Paramaribo"). The last word of a name
    # of two ("las vegas", "new york") is enough.
    "parijs", "londen", "berlijn", "brussel", "antwerpen", "madrid", "barcelona", "lissabon",
    "istanbul", "ankara", "antalya", "casablanca", "rabat", "marrakech", "tanger", "nador",
    "paramaribo", "willemstad", "oranjestad", "kralendijk", "vegas", "york", "toronto",
    "sydney", "bangkok", "bali", "ibiza", "mallorca", "tenerife", "kreta", "benidorm",
})

# Nationalities and the adjectives of a country, uninflected ("marokkaans"); the inflected
# forms ("marokkaanse") are found by abroad_terms.
NATIONALITIES = frozenset({
    "afghaans", "albanees", "algerijns", "amerikaans", "antilliaans", "argentijns",
    "armeens", "arubaans", "australisch", "belgisch", "bosnisch", "braziliaans", "brits",
    "bulgaars", "canadees", "chileens", "chinees", "colombiaans", "congolees", "cubaans",
    "curacaos", "deens", "duits", "egyptisch", "eritrees", "ests", "ethiopisch",
    "filipijns", "fins", "frans", "georgisch", "ghanees", "grieks", "hongaars",
    "iers", "indiaas", "indonesisch", "iraaks", "iraans", "israelisch", "italiaans",
    "japans", "jordaans", "keniaans", "koerdisch", "kroatisch", "lets", "libanees",
    "litouws", "luxemburgs", "marokkaans", "mexicaans", "nigeriaans", "noors",
    "oekraiens", "oostenrijks", "pakistaans", "pools", "portugees", "roemeens", "russisch",
    "schots", "servisch", "slowaaks", "sloveens", "somalisch", "spaans", "surinaams",
    "syrisch", "thais", "tsjechisch", "tunesisch", "turks", "vietnamees", "zweeds",
    "zwitsers",
})
# fmt: on


def _uninflected(word: str) -> str:
    """ "marokkaanse" -> "marokkaans", "poolse" -> "pools", "chinese" -> "chinees"."""
    if not word.endswith("e"):
        return word
    base = word[:-1]
    # Dutch doubles a vowel before a single last consonant when the ending goes: "chinese",
    # "portugese" are "chinees", "portugees".
    if len(base) > 2 and base[-2] in "aeou" and base[-3] not in "aeiou":
        return base[:-2] + base[-2] * 2 + base[-1]
    return base


def _is_nationality(folded: str) -> bool:
    return folded in NATIONALITIES or _uninflected(folded) in NATIONALITIES


# After a nationality, these make it the resident's own nationality, not a country they go to:
# "mijn Marokkaanse paspoort inleveren als ik Nederlander word" is about nationality, and the
# answers about a passport lost abroad are no answer to it.
NATIONALITY_NOUNS = frozenset({"paspoort", "paspoorten", "nationaliteit", "nationaliteiten"})
NATIONALITY = "nationaliteit"


def abroad_terms(tokens: list[str]) -> dict[str, str]:
    """{token: the answers' word} for the countries and nationalities in `tokens`
    (normalised): "buitenland", or "nationaliteit" for a nationality before "paspoort" or
    "nationaliteit"."""
    found = {}
    for position, token in enumerate(tokens):
        folded = fold(token)
        if folded in COUNTRIES:
            found[token] = ABROAD
        elif _is_nationality(folded):
            following = tokens[position + 1] if position + 1 < len(tokens) else None
            found[token] = NATIONALITY if following in NATIONALITY_NOUNS else ABROAD
    return found
