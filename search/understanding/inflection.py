"""Other forms of a Dutch word: verb conjugations and diminutives.

The Snowball stemmer leaves most verb forms apart: "woont", "gewoond" and "woonde" do not stem
like "wonen", nor "aangevraagd" like "aanvragen", nor "tafeltjes" like "tafel". A citizen
writes "er woont iemand die hier nooit gewoond heeft" while the answer asks "Woont er iemand op
uw adres die er niet staat ingeschreven?". :func:`related_forms` guesses the lemma (infinitive
or base noun) behind a word by rule and lists the regular forms of that lemma.

The guesses over-generate on purpose ("kaart" also yields "karen"): callers only use the forms
the knowledge base actually contains, so a form no answer uses costs nothing. Pure functions,
no Django.
"""

from collections.abc import Container
from functools import lru_cache

__all__ = ["infinitives", "related_forms"]

# Particles of separable verbs, longest first: "aangevraagd" is "aan" + "gevraagd".
_PARTICLES = ("terug", "door", "over", "mee", "aan", "bij", "toe", "uit", "vast", "weg", "af",
              "na", "om", "op", "in")  # fmt: skip
# Verbs with one of these unstressed prefixes take no "ge-": "betaald", "verhuisd", "ontvangen".
_PREFIXES = ("be", "ge", "her", "ont", "ver", "er")
# Stems ending in one of these take -te/-t ("'t kofschip"): "gewerkt", "werkte".
_VOICELESS = frozenset("tkfschp")
_VOWELS = frozenset("aeiou")
_DEVOICED = {"v": "f", "z": "s"}
_VOICED = {"f": "v", "s": "z"}
# Strong and irregular verbs that citizens use in questions to the municipality: their forms
# follow no rule. Form -> infinitive.
_IRREGULAR = {
    "gestolen": "stelen", "stal": "stelen", "stalen": "stelen",
    "overleden": "overlijden", "overleed": "overlijden",
    "verloren": "verliezen", "verloor": "verliezen", "verliest": "verliezen",
    "gekregen": "krijgen", "kreeg": "krijgen", "kregen": "krijgen",
    "gevonden": "vinden", "vond": "vinden", "vonden": "vinden",
    "geschreven": "schrijven", "schreef": "schrijven",
    "gegeven": "geven", "gaf": "geven", "gaven": "geven",
    "gegaan": "gaan", "ging": "gaan", "gingen": "gaan",
    "gekomen": "komen", "kwam": "komen", "kwamen": "komen",
    "gedaan": "doen", "deed": "doen", "deden": "doen",
    "gezien": "zien", "zag": "zien", "zagen": "zien",
    "gebracht": "brengen", "bracht": "brengen",
    "gekocht": "kopen", "kocht": "kopen", "verkocht": "verkopen",
    "gezocht": "zoeken", "zocht": "zoeken",
    "gereden": "rijden", "reed": "rijden",
    "gelopen": "lopen", "liep": "lopen",
    "gebleven": "blijven", "bleef": "blijven",
    "gestaan": "staan", "stond": "staan", "stonden": "staan",
    "gehad": "hebben", "had": "hebben", "hadden": "hebben",
    "getrouwd": "trouwen",
    "geboren": "baren",
    "gesloten": "sluiten", "sloot": "sluiten",
    "gesproken": "spreken", "sprak": "spreken",
    "gebeurd": "gebeuren",
    "ontvangen": "ontvangen", "ontving": "ontvangen",
    "aangeboden": "aanbieden", "bood": "bieden",
    "opgegeven": "opgeven",
    "afgewezen": "afwijzen", "wees": "wijzen",
    "gesneden": "snijden",
    "gevallen": "vallen", "viel": "vallen",
}  # fmt: skip


def _split_particle(word: str) -> tuple[str, str]:
    for particle in _PARTICLES:
        if word.startswith(particle) and len(word) - len(particle) >= 4:
            return particle, word[len(particle) :]
    return "", word


def infinitives(verb_stem: str) -> list[str]:
    """Infinitives a present-tense stem may come from, most likely first: "woon" -> "wonen",
    "zet" -> "zetten", "verhuis" -> "verhuizen"."""
    if len(verb_stem) < 2:
        return []
    # The final consonant is voiced again before "-en": "verhuis" -> "verhuizen".
    base = verb_stem[:-1] + _VOICED.get(verb_stem[-1], verb_stem[-1])
    found = [verb_stem + "en", base + "en"]
    # A long vowel is written single in an open syllable: "woon" -> "wonen", "haal" -> "halen".
    if len(base) >= 3 and base[-1] not in _VOWELS and base[-2] == base[-3] and base[-2] in "aeou":
        found.append(base[:-2] + base[-1] + "en")
    # A short vowel doubles the consonant: "zet" -> "zetten", "bel" -> "bellen".
    short_vowel = verb_stem[-2] in _VOWELS and (len(verb_stem) < 3 or verb_stem[-3] not in _VOWELS)
    if verb_stem[-1] not in _VOWELS and short_vowel:
        found.append(verb_stem + verb_stem[-1] + "en")
    return list(dict.fromkeys(found))


def _present_stem(infinitive: str) -> set[tuple[str, str]]:
    """Present-tense stems of an infinitive with their past ending's consonant: "wonen" ->
    ("woon", "d"), "werken" -> ("werk", "t"), "verhuizen" -> ("verhuis", "d")."""
    if not infinitive.endswith("en") or len(infinitive) < 5:
        return set()
    base = infinitive[:-2]
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in _VOWELS:
        found = {base[:-1]}  # "zetten" -> "zet"
    elif (
        len(base) >= 3
        and base[-1] not in _VOWELS
        and base[-2] in "aeou"
        and base[-3] not in _VOWELS
    ):
        # A single vowel before one consonant in an open syllable is long: "wonen" -> "woon".
        # An "e" after an earlier vowel is mostly unstressed: "wandelen" -> "wandel".
        found = {base[:-2] + base[-2] + base[-2:]}
        if base[-2] == "e" and any(letter in _VOWELS for letter in base[:-3]):
            found.add(base)
    else:
        found = {base}
    # The past ending follows the infinitive's sound ("'t kofschip"); the stem then devoices a
    # final v or z: "geven" -> "geef", "verhuizen" -> "verhuis" + "de".
    return {
        (stem[:-1] + _DEVOICED.get(stem[-1], stem[-1]), "t" if stem[-1] in _VOICELESS else "d")
        for stem in found
    }


def _conjugations(infinitive: str) -> set[str]:
    """The regular forms of a verb: stem, -t, past tense and past participle.

    A separable verb keeps its particle in every form ("aanmeldt", "aangemeld"): its forms
    without it ("hij meldt de hond aan") are those of another verb ("melden", to report).
    """
    particle, verb = _split_particle(infinitive)
    forms = {infinitive}
    for verb_stem, ending in _present_stem(verb):
        participle = verb_stem if verb_stem[-1] in "dt" else verb_stem + ending
        prefix = "" if verb.startswith(_PREFIXES) else "ge"
        forms |= {
            particle + verb_stem,
            particle + (verb_stem if verb_stem.endswith("t") else verb_stem + "t"),
            particle + verb_stem + ending + "e",
            particle + verb_stem + ending + "en",
            particle + prefix + participle,
        }
    return forms


@lru_cache(maxsize=16_384)
def _lemmas(word: str) -> frozenset[str]:
    """Infinitives and base nouns `word` may be a form of, itself included."""
    if len(word) < 3 or not word.isalpha():
        return frozenset()
    lemmas = {word}
    if word in _IRREGULAR:
        lemmas.add(_IRREGULAR[word])
    particle, rest = _split_particle(word)
    # Past participle: (particle +) "ge" + stem + "d"/"t"; the stem may end in d/t itself.
    if rest.startswith("ge") and rest[-1] in "dt" and len(rest) >= 6:
        core = rest[2:]
        for verb_stem in (core, core[:-1]):
            lemmas |= {particle + infinitive for infinitive in infinitives(verb_stem)}
    # Past tense: stem + "de(n)"/"te(n)".
    for ending in ("den", "ten", "de", "te"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            lemmas.update(infinitives(word[: -len(ending)]))
            break
    # Present tense "-t", or a participle without "ge-" ("betaald", "verhuisd").
    if word[-1] in "dt" and len(word) >= 4:
        lemmas.update(infinitives(word[:-1]))
    # The bare stem: "ik woon", "vraag".
    if not word.endswith("en") and len(word) >= 3:
        lemmas.update(infinitives(word))
    # Diminutives: "tafeltjes" -> "tafel", "zoontje" -> "zoon", "boompje" -> "boom".
    for ending in ("etjes", "etje", "tjes", "tje", "pjes", "pje", "kjes", "kje", "jes", "je"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)]
            if ending.startswith("e") and len(base) >= 2 and base[-1] == base[-2]:
                base = base[:-1]  # "karretje" -> "kar"
            lemmas |= {base, base + "en", base + "s"}
            break
    return frozenset(lemmas)


def related_forms(word: str, known: Container[str]) -> set[str]:
    """Forms of the verbs and nouns `word` may be a form of, `word` itself excluded.

    Only lemmas that `known` (the knowledge base's vocabulary) holds, or two of whose forms
    it holds, count: a guess that is no Dutch word ("gewonen" from "gewoond") adds nothing,
    and neither does one that only looks like a form of a word ("maanden" is not a form of
    "manen", a verb guessed from "man").

    >>> {"wonen", "woon", "woonde"} <= related_forms("gewoond", {"woont", "woonde"})
    True
    """
    forms: set[str] = set()
    for lemma in _lemmas(word):
        lemma_forms = _forms(lemma)
        known_forms = sum(1 for form in lemma_forms if form != word and form in known)
        if lemma == word or lemma in known or known_forms >= 2:
            forms |= lemma_forms
    forms.discard(word)
    return forms


@lru_cache(maxsize=16_384)
def _forms(lemma: str) -> frozenset[str]:
    return frozenset(_conjugations(lemma) if lemma.endswith("en") else {lemma})
