"""Passive voice: a form of "worden" or "zijn" with a past participle in one clause.

"Het formulier wordt door de gemeente verwerkt" and "Uw aanvraag is goedgekeurd"
are passive; "Het wordt laat", "Hij is ziek" and "Zij is verhuisd" (a verb that
takes "zijn" in the perfect tense) are not. Without a tagger the participle is
recognised by its shape (ge-...-d/t, be-/ver-/ont-...-d/t, a list of strong
participles) and by its place next to the auxiliary.
"""

import re
from typing import NamedTuple

from .words import Token, word_set

_WORDEN = word_set("word wordt worden werd werden")
_ZIJN = word_set("is zijn was waren ben bent geweest")
_HEBBEN = word_set("heb hebt heeft hebben had hadden")
# Verbs that may stand between a participle and its auxiliary in a subordinate
# clause: "die verricht moeten worden".
_VERB_CLUSTER = (
    word_set(
        "moet moeten moest moesten kan kunnen kon konden zal zullen zou zouden mag mogen "
        "mocht mochten wil willen wilde wilden"
    )
    | _WORDEN
    | _ZIJN
)
_DETERMINERS = word_set(
    "de het een dit deze uw ons onze mijn je jouw zijn haar hun elk elke "
    "ieder iedere geen alle welk welke zo'n"
)
# After a preposition, "zijn" is the possessive: "met zijn auto".
_PREPOSITIONS = word_set(
    "met van in op aan voor door bij naar over om uit tot onder achter zonder na "
    "tijdens via tegen langs"
)
_CLAUSE_WORDS = word_set(
    "maar want omdat dat die als wanneer zodat terwijl nadat voordat waardoor "
    "waarin waarmee waarop welke hoewel doordat wat wie hoe waar"
)
# "en" and "of" are left out: they join words ("22 februari en 1 maart") as often
# as clauses, and the search window is short anyway.
_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]–—]")

# Particles of separable verbs before "ge": "aangemaakt", "goedgekeurd".
# Longest first, so the longest particle wins and the order never varies.
_PARTICLES = tuple(
    sorted(
        word_set(
            "aan af bij binnen door in los mee na neer om onder op over samen tegen terug toe "
            "uit vast voor vrij weg goed kennis plaats bekend teweeg tot thuis"
        ),
        key=lambda particle: (-len(particle), particle),
    )
)
_UNSTRESSED = ("be", "ver", "ont", "her", "er")

# Strong participles without a separable particle (the particle is stripped first).
_STRONG = word_set("""
    gebeten gebleken gebleven geboden gebogen gebonden geborgen gebroken gedaan
    gedragen gedreven gedwongen gegeten gegeven gegoten gegraven gegrepen gehangen
    geheten geholpen gehouden gekeken gekozen gekregen geladen gelegen geleden gelezen
    gelopen gemeten genomen genoten geraden gereden geroepen geschapen gescheiden
    geschoten geschoven geschreven geslagen gesloten gesneden gesproken gestoken
    gestolen gestoten getrokken getroffen gevallen gevangen gevonden gevlogen gevroren
    gewassen geweten geworpen gewogen gewonnen gewezen gezien gezonden gezongen
    gezworen begonnen begrepen beschreven besloten besproken betrokken bevolen
    bevonden bewezen verboden verbonden vergeleken vergeten verkregen verloren
    vermeden verschenen verscholen verschoven vertrokken verweven verwezen
    verworven verzonden ontheven ontnomen ontvangen onttrokken herschreven herzien
    onderzocht ondernomen onderworpen
    """)
# Verbs that take "zijn" in the perfect tense: "is verhuisd", "is gebeurd" are
# active. With "worden" they are passive: "het plan wordt veranderd".
_PERFECT_WITH_ZIJN = word_set("""
    gegaan gekomen gebleven geworden geweest gebeurd gestorven overleden vertrokken
    verhuisd begonnen gestart gestopt gevallen gestegen gedaald gegroeid veranderd
    ontstaan verdwenen verschenen gebleken toegenomen afgenomen opgehouden geslaagd
    gezakt verlopen vervallen gelopen gereden gevlogen gefietst gevlucht geland gelukt
    mislukt geëindigd afgelopen aangekomen teruggekomen binnengekomen opgegroeid
    ingegaan doorgegaan overgestapt ontsnapt
    """)
# Adjectives and nouns shaped like participles: "is bekend", "wordt gezond",
# "het beleid is".
_LOOK_ALIKES = word_set("""
    bekend bereid verplicht verkeerd gezond gewoon geschikt gewend betrokken gesloten
    geopend geboren bedoeld benieuwd bezorgd verliefd beroemd overtuigd verbaasd
    verrast geïnteresseerd gemotiveerd bevoegd verschuldigd gerechtigd gehandicapt
    getrouwd gescheiden bewust beleid bericht besluit bestand verband gebied gezicht
    gewicht gedicht gerecht geduld gevecht verlicht verslag gemiddeld gespecialiseerd
    """)


class Passive(NamedTuple):
    auxiliary: int  # token index of the form of worden/zijn
    participle: int  # token index of the participle
    agent: str  # words after "door" ("de gemeente"), or ""


def is_participle(word: str) -> bool:
    """Whether a lower-case word has the shape of a Dutch past participle."""
    if len(word) < 5 or not word.isalpha():
        return False
    if word in _STRONG:
        return True
    core = word
    for particle in _PARTICLES:
        if word.startswith(particle) and word.startswith(("ge", *_UNSTRESSED), len(particle)):
            core = word[len(particle) :]
            break
    if core in _STRONG:
        return True
    if core.endswith(("heid", "teit", "schap")) or core[-1] not in "dt":
        return False
    # 't kofschip: a weak participle ends in -t only after a voiceless sound
    # ("gewerkt", "verricht"); "betekent" and "bestaat" are present tense.
    if core[-1] == "t" and core[-2] not in "tkfsph":
        return False
    if core.startswith("ge"):
        return _has_vowel(core[2:-1])
    for prefix in _UNSTRESSED:
        if core.startswith(prefix):
            return len(core) >= len(prefix) + 4 and _has_vowel(core[len(prefix) : -1])
    return False


def _has_vowel(stem: str) -> bool:
    return any(ch in "aeiouyëïé" for ch in stem)


def find_passives(text: str, tokens: list[Token]) -> list[Passive]:
    """Passive constructions in one sentence's tokens, at most one per clause."""
    found = []
    for clause in _clauses(text, tokens):
        words = [tokens[i].lower for i in clause]
        has_hebben = any(w in _HEBBEN for w in words)
        for pos, word in enumerate(words):
            if word in _WORDEN:
                kind = "worden"
            elif word in _ZIJN and not has_hebben:
                if word == "zijn" and pos > 0 and words[pos - 1] in _PREPOSITIONS:
                    continue
                kind = "zijn"
            else:
                continue
            participle = _find_participle(words, pos, kind)
            if participle is not None:
                found.append(
                    Passive(clause[pos], clause[participle], _agent(words, pos, participle))
                )
                break
    return found


def _find_participle(words: list[str], aux: int, kind: str) -> int | None:
    def fits(index: int) -> bool:
        word = words[index]
        if not is_participle(word) or word in _VERB_CLUSTER or word in _LOOK_ALIKES:
            return False
        if kind == "zijn" and word in _PERFECT_WITH_ZIJN:
            return False
        # "is een gesloten deur", "het bericht": a determiner marks an adjective or noun.
        return index == 0 or words[index - 1] not in _DETERMINERS

    # Main clause: the participle follows, usually at the end ("is ... goedgekeurd").
    for index in range(aux + 1, min(len(words), aux + 14)):
        if fits(index):
            return index
    # Subordinate clause: it comes first ("dat het verwerkt (moet) worden").
    index = aux - 1
    while index >= 0 and words[index] in _VERB_CLUSTER:
        index -= 1
    if index >= 0 and fits(index):
        return index
    return None


def _agent(words: list[str], aux: int, participle: int) -> str:
    """The words after "door" up to the verb: who does it."""
    for index, word in enumerate(words):
        if word == "door":
            agent = []
            for following in range(index + 1, min(len(words), index + 5)):
                if following in (aux, participle):
                    break
                agent.append(words[following])
            return " ".join(agent)
    return ""


def _clauses(text: str, tokens: list[Token]) -> list[list[int]]:
    """Token indexes grouped by clause (split at commas, brackets, conjunctions)."""
    clauses: list[list[int]] = [[]]
    for index, token in enumerate(tokens):
        if index > 0 and (
            _CLAUSE_PUNCT.search(text, tokens[index - 1].end, token.start)
            or token.lower in _CLAUSE_WORDS
        ):
            clauses.append([])
        clauses[-1].append(index)
    return [clause for clause in clauses if clause]
