"""Officialese ("ambtelijke taal") and plain alternatives.

The lists are data: an editor may extend them. Each line reads
``officialese = plain alternative``; a phrase is matched as consecutive words.
``_VERBS`` holds infinitives whose inflected forms (stem, -t, past tense,
participle) are derived by ``verb_forms``, with the stem in brackets where it is
not the infinitive minus "-en"; irregular forms are written out after a ``|``.
``_SPLIT_VERBS`` are separable verbs whose particle ends the clause ("vindt ...
plaats").
"""

import re
from dataclasses import dataclass

from .words import Token

_WORDS = """
aanstonds = straks
aldaar = daar
aldus = zo
alhier = hier
alsmede = en
alvorens = voordat
daartoe = daarvoor
alwaar = waar
ambtshalve = vanzelf
behoudens = behalve
benevens = en
betreffende = over
bijgevolg = daardoor
c.q = of
conform = volgens
daarenboven = bovendien
dan wel = of
danwel = of
derhalve = daarom
desalniettemin = toch
desgewenst = als u wilt
desondanks = toch
dezerzijds = door ons
dienaangaande = daarover
dientengevolge = daardoor
doch = maar
dusdanig = zo
echter = maar
eveneens = ook
evenwel = toch
gaarne = graag
gedurende = tijdens
geenszins = helemaal niet
hetgeen = wat
hetwelk = dat
hieromtrent = hierover
hiertoe = daarvoor
immer = altijd
immers = want
indien = als
ingevolge = volgens
inzake = over
jegens = tegenover
krachtens = volgens
luidens = volgens
medio = midden
middels = met
mits = als
momenteel = nu
nadien = daarna
navolgende = volgende
nimmer = nooit
omtrent = over
onderhavig = dit
onderhavige = deze
onverwijld = meteen
reeds = al
sedert = sinds
slechts = maar
teneinde = om
terstond = meteen
tevens = ook
thans = nu
uwerzijds = door u
vermits = omdat
vooralsnog = voorlopig
voornoemd = genoemd
voornoemde = genoemde
voorts = verder
wederom = weer
wegens = door
zijnde = die is
zodoende = zo
zulks = dat
accuraat = precies
additioneel = extra
additionele = extra
adequaat = goed
adequate = goede
afdoende = genoeg
cruciaal = heel belangrijk
cruciale = heel belangrijke
daadwerkelijk = echt
daadwerkelijke = echte
diverse = verschillende
evident = duidelijk
eventueel = misschien
eventuele = mogelijke
expliciet = duidelijk
frequent = vaak
geheel = helemaal
gering = klein
geringe = kleine
initieel = eerst
integraal = helemaal
louter = alleen
marginaal = klein
minimaal = minstens
navolgend = volgend
optimaal = zo goed mogelijk
potentieel = mogelijk
potentiële = mogelijke
primair = vooral
relevant = belangrijk
relevante = belangrijke
significant = duidelijk
significante = duidelijke
substantieel = flink
substantiële = flinke
summier = kort
tijdig = op tijd
urgent = dringend
veelvuldig = vaak
vigerend = geldend
vigerende = geldende
voldoende = genoeg
woonachtig = wonend
zeer = heel
zijdens = van
actualisatie = nieuwe versie
ambitie = doel
ambities = doelen
beschikking = besluit
bijzonderheden = details
doelstelling = doel
doelstellingen = doelen
draagvlak = steun
faciliteiten = voorzieningen
ingezetene = inwoner
ingezetenen = inwoners
legitimatie = identiteitsbewijs
leges = kosten
medewerking = hulp
mutatie = wijziging
mutaties = wijzigingen
participatie = meedoen
perceel = stuk grond
problematiek = problemen
realisatie = bouw
retributie = vergoeding
tijdsbestek = tijd
verordening = regels
verzoek = vraag
voornemen = plan
zienswijze = reactie
zienswijzen = reacties
aan de orde = besproken
bij dezen = hierbij
door middel van = met
een aanvang nemen = beginnen
gebruik maken van = gebruiken
gebruikmaken van = gebruiken
maakt gebruik van = gebruikt
maken gebruik van = gebruiken
maak gebruik van = gebruik
gebruik gemaakt van = gebruikt
gelet op = omdat
in aanmerking komen = recht hebben
in behandeling nemen = behandelen
in casu = in dit geval
in de gelegenheid = de kans
in de nabijheid van = dicht bij
in het bezit van = met
in het geval dat = als
in het kader van = bij
in kennis stellen = laten weten
in ontvangst nemen = aannemen
in overweging nemen = bekijken
in samenspraak met = samen met
in verband met = door
in werking treden = gaan gelden
kenbaar maken = laten weten
met betrekking tot = over
met dien verstande dat = maar
met inachtneming van = rekening houdend met
met ingang van = vanaf
na afloop van = na
naar aanleiding van = na
op basis van = volgens
op de hoogte stellen = laten weten
op grond van = volgens
op voorhand = vooraf
per omgaande = meteen
te allen tijde = altijd
te dien einde = daarvoor
ten aanzien van = over
ten behoeve van = voor
ten einde = om
ten gevolge van = door
ten hoogste = hoogstens
ten laste van = betaald door
ten minste = minstens
tenminste = minstens
ten opzichte van = vergeleken met
ten spoedigste = zo snel mogelijk
ten tijde van = tijdens
ter attentie van = voor
ter beschikking = beschikbaar
ter hoogte van = bij
ter inzage = om in te kijken
ter plaatse = op de plek
ter zake = hierover
tot uitdrukking brengen = laten zien
van kracht = geldig
voor zover = als
voorafgaand aan = voor
zo spoedig mogelijk = zo snel mogelijk
zorg dragen voor = zorgen voor
plaatsvinden = gebeuren
plaatsvindt = gebeurt
plaatsvond = gebeurde
plaatsvonden = gebeurden
plaatsgevonden = gebeurd
aanvangen = beginnen
aanvang = begin
aangevangen = begonnen
zorgdragen = zorgen
kennisnemen = lezen
kennis nemen van = lezen
neemt kennis van = leest
nemen kennis van = lezen
draagt zorg voor = zorgt voor
dragen zorg voor = zorgen voor
"""

_VERBS = """
aanwenden = gebruiken | aanwend, aanwendt, aanwendde, aangewend
behelzen = inhouden
beëindigen = stoppen
bekostigen = betalen
beogen (beoog) = willen
beschikken = hebben
betreffen = gaan over | betrof, betroffen
bevinden = zijn | bevond, bevonden
bevorderen = helpen
bewerkstelligen = regelen
constateren (constateer) = zien
continueren (continueer) = doorgaan
deponeren (deponeer) = neerleggen
effectueren (effectueer) = uitvoeren
faciliteren (faciliteer) = mogelijk maken
fiatteren (fiatteer) = goedkeuren
formuleren (formuleer) = opschrijven
fungeren (fungeer) = werken als
genereren (genereer) = opleveren
hanteren (hanteer) = gebruiken
honoreren (honoreer) = goedkeuren
implementeren (implementeer) = invoeren
impliceren (impliceer) = betekenen
informeren (informeer) = laten weten
initiëren (initieer) = starten | geïnitieerd
inwinnen = vragen | ingewonnen
monitoren (monitor) = volgen
opteren (opteer) = kiezen
participeren (participeer) = meedoen
prefereren (prefereer) = liever willen
prolongeren (prolongeer) = verlengen
realiseren (realiseer) = maken
retourneren (retourneer) = terugsturen
stimuleren (stimuleer) = aanmoedigen
toezenden = sturen | toegezonden
trachten = proberen
vaststellen = bepalen | stelt vast, vastgesteld
vergewissen = controleren
verifiëren (verifieer) = controleren | geverifieerd
verkrijgen = krijgen | verkreeg, verkregen
verlenen (verleen) = geven
vernemen = horen | vernam, vernamen, vernomen
verrichten = doen
verschaffen = geven
verstrekken = geven
vervaardigen = maken
verwerven (verwerf) = krijgen | verwierf, verwierven, verworven
verzenden = sturen | verzond, verzonden
verzoeken = vragen | verzocht, verzochten
"""

# Separable verbs split over the clause ("vindt ... plaats"): infinitive = plain |
# finite forms of the verb part ; particle. Joined forms are in _WORDS.
_SPLIT_VERBS = """
plaatsvinden = gebeuren | vind, vindt, vinden, vond, vonden ; plaats
aanvangen = beginnen | vang, vangt, vangen, ving, vingen ; aan
"""

# "welke" after a comma is a stiff relative pronoun: ", welke ..." -> ", die ...".
_RELATIVE_WELKE = "die"
# Verbs that mean "must" only with "te" later in the sentence ("u dient ... te").
# ("Dien uw bezwaar in" is "indienen", so the bare stem is left out.)
_MODAL_DIENEN = {"dient": "moet", "dienen": "moeten", "diende": "moest", "dienden": "moesten"}

_UNSTRESSED_PREFIXES = ("be", "ge", "her", "ont", "ver", "er")
_KOFSCHIP = frozenset("tkfschp")


def verb_forms(infinitive: str, stem: str = "") -> set[str]:
    """Regular Dutch verb forms: stem, stem+t, past tense, participle.

    ``verstrekken`` gives verstrek, verstrekt, verstrekte(n), verstrekt. Pass the
    stem when it is not the infinitive minus "-en" ("retourneren": "retourneer").
    """
    base = infinitive.removesuffix("en")
    if not stem:
        stem = base[:-1] if len(base) >= 2 and base[-1] == base[-2] else base
        # "verwerven" -> "verwerf", "verwijzen" -> "verwijs".
        stem = {"v": stem[:-1] + "f", "z": stem[:-1] + "s"}.get(stem[-1], stem)
    # 't kofschip: a voiceless final sound takes -te/-t, the others -de/-d.
    past = "t" if base[-1] in _KOFSCHIP else "d"
    participle = stem if stem[-1] in "td" else stem + past
    if not infinitive.startswith(_UNSTRESSED_PREFIXES):
        participle = "ge" + participle
    return {
        infinitive,
        stem,
        stem if stem.endswith("t") else stem + "t",
        stem + past + "e",
        stem + past + "en",
        participle,
    }


def _parse(data: str) -> list[tuple[str, str, str]]:
    """Lines "left = plain | extra" as (left, plain, extra)."""
    rows = []
    for line in data.strip().splitlines():
        left, _, right = line.partition("=")
        plain, _, extra = right.partition("|")
        rows.append((left.strip(), plain.strip(), extra.strip()))
    return rows


@dataclass(frozen=True)
class Entry:
    """One officialese word or phrase with its plain alternative, and other forms of it
    (a verb's inflections) that are flagged the same way."""

    phrase: str
    plain: str
    forms: tuple[str, ...] = ()


def shipped_entries() -> list[Entry]:
    """The list that ships with the scorer: the words and phrases, and the verbs with their
    forms spelled out."""
    entries = [Entry(phrase, plain) for phrase, plain, _ in _parse(_WORDS)]
    for left, plain, extra in _parse(_VERBS):
        infinitive, _, stem = left.partition(" (")
        forms = verb_forms(infinitive, stem.rstrip(")"))
        forms.update(form.strip() for form in extra.split(",") if form.strip())
        forms.discard(infinitive)
        entries.append(Entry(infinitive, plain, tuple(sorted(forms))))
    return entries


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


class Lexicon:
    """The officialese that find_officialese flags: a phrase matches as consecutive words,
    the longest first. Built from Entry rows; the shipped list is SHIPPED, and a caller may
    pass its own (the editors' list in the database) to ``analyse``."""

    def __init__(self, entries) -> None:
        entries = list(entries)
        self.phrases: dict[tuple[str, ...], str] = {}
        # A verb's inflected form -> its infinitive: the plain alternative is an infinitive,
        # so the advice for "vastgesteld" is a form of "bepalen", not "bepalen" itself.
        self.form_of: dict[tuple[str, ...], str] = {}
        # An entry's own phrase wins over the same words as another entry's form ("verzoek"
        # is a noun of its own and a form of "verzoeken").
        for entry in entries:
            for form in entry.forms:
                if key := _key(form):
                    self.phrases[key] = entry.plain
                    self.form_of[key] = entry.phrase
        for entry in entries:
            if key := _key(entry.phrase):
                self.phrases[key] = entry.plain
                self.form_of.pop(key, None)
        # First word -> phrases starting with it, longest first.
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for key in sorted(self.phrases, key=len, reverse=True):
            self.by_first.setdefault(key[0], []).append(key)


def _build_split_verbs() -> dict[str, tuple[str, str]]:
    table = {}
    for _infinitive, plain, extra in _parse(_SPLIT_VERBS):
        finite, _, particle = extra.partition(";")
        for form in finite.split(","):
            table[form.strip()] = (particle.strip(), plain)
    return table


SHIPPED = Lexicon(shipped_entries())
LEXICON = SHIPPED.phrases
_SPLIT = _build_split_verbs()

# Where a separable particle may stand: last word of the clause.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$|\s(?:en|of|maar|om|als|omdat|zodat|wanneer|dan)\b)")


def pair_count() -> int:
    """Number of officialese entries (words, phrases and verbs, not counting forms)."""
    # The two rules in find_officialese: "dienen ... te" and ", welke".
    return len(_parse(_WORDS)) + len(_parse(_VERBS)) + len(_parse(_SPLIT_VERBS)) + 2


def find_officialese(
    text: str, tokens: list[Token], sentence_end: int, lexicon: Lexicon = SHIPPED
) -> list[tuple[int, int, str]]:
    """Officialese in one sentence: (first token index, last token index, plain).

    The words and phrases come from `lexicon`; the rules for "dienen ... te", ", welke" and
    split verbs ("vindt ... plaats") always apply."""
    hits = []
    index = 0
    n = len(tokens)
    while index < n:
        word = tokens[index].lower
        matched = False
        for phrase in lexicon.by_first.get(word, ()):
            size = len(phrase)
            if index + size <= n and all(
                tokens[index + k].lower == phrase[k] for k in range(1, size)
            ):
                hits.append((index, index + size - 1, lexicon.phrases[phrase]))
                index += size
                matched = True
                break
        if matched:
            continue
        if word == "welke" and index and "," in text[tokens[index - 1].end : tokens[index].start]:
            hits.append((index, index, _RELATIVE_WELKE))
        elif word in _MODAL_DIENEN and any(t.lower == "te" for t in tokens[index + 1 :]):
            hits.append((index, index, _MODAL_DIENEN[word]))
        elif word in _SPLIT:
            particle, plain = _SPLIT[word]
            for later in range(index + 1, n):
                token = tokens[later]
                if token.lower == particle and _CLAUSE_END.match(text, token.end, sentence_end):
                    hits.append((index, later, plain))
                    break
        index += 1
    return hits
