"""``analyse``: walk the sentences once, count features and collect findings."""

import re
from collections.abc import Iterable

from .markup import to_plain_text
from .officialese import SHIPPED, Lexicon, find_officialese
from .passive import find_passives
from .result import Analysis, Finding
from .scoring import EVERYDAY_ZIPF, LEVEL_UNKNOWN, Features, difficulty, level_for
from .sentences import split_sentences
from .syllables import count_syllables
from .words import Token, is_plain_word, letters, tokenise, word_set, word_zipf

MAX_CHARS = 100_000
LONG_SENTENCE_WORDS = 20  # more words than this: "long_sentence"
VERY_LONG_SENTENCE_WORDS = 30
RARE_ZIPF = 2.5  # below this Zipf frequency a word is "rare_word"
LONG_WORD_SYLLABLES = 4  # counts towards long_word_share
FLAG_WORD_SYLLABLES = 7  # from here a single word is flagged as "long_word"
FLAG_WORD_LETTERS = 20

_PERSONAL = word_set("u uw je jij jou jouw we wij ons onze ik mij mijn jullie")
_DUTCH_MARKERS = word_set("de het een en van dat niet op te voor met zijn er ook")
_ENGLISH_MARKERS = word_set(
    "the and of to that not for with you your are this be will from have has which"
)
_SLASH = re.compile(r"([^\W\d_]+)/([^\W\d_]+)")
# Brackets that only spell out an abbreviation, "(GS)", do not interrupt.
_ABBREVIATION = re.compile(r"\([A-Z]{2,}\)")


def analyse(text: str | Iterable[str] | None, officialese: Lexicon | None = None) -> Analysis:
    """Readability of Dutch text: difficulty, level, summary numbers and findings.

    ``text`` may be plain text, HTML (rich text) or a list of blocks such as
    ``[str(block) for block in page.body]``. Offsets in the findings refer to
    ``Analysis.text``, the plain text that was analysed. ``officialese`` is the list of
    officialese to flag (an officialese.Lexicon); by default the one that ships with the scorer.
    """
    source = to_plain_text(text)
    notes = []
    truncated = len(source) > MAX_CHARS
    if truncated:
        notes.append(
            f"De tekst is {_thousands(len(source))} tekens lang; alleen de eerste "
            f"{_thousands(MAX_CHARS)} tekens zijn beoordeeld."
        )
        source = _cut(source, MAX_CHARS)

    walker = _Walker(source, officialese or SHIPPED)
    for span in split_sentences(source):
        walker.sentence(span.start, span.end)

    analysis = walker.result()
    analysis.truncated = truncated
    analysis.notes[:0] = notes
    return analysis


class _Walker:
    """Accumulates counts and findings over the sentences of one text."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self.findings: list[Finding] = []
        self.sentences = 0
        self.tokens = 0
        self.words = 0  # tokens with letters
        self.syllables = 0
        self.long_words = 0
        self.rare_words = 0
        self.rarity = 0.0
        self.personal = 0
        self.passives = 0
        self.officialese = 0
        self.interruptions = 0
        self.long_sentences = 0
        self.dutch_markers = 0
        self.english_markers = 0

    def sentence(self, start: int, end: int) -> None:
        tokens = tokenise(self.text, start, end)
        if not tokens:
            return
        self.sentences += 1
        self.tokens += len(tokens)
        if len(tokens) > LONG_SENTENCE_WORDS:
            self._long_sentence(start, end, len(tokens))
        flagged = self._officialese(tokens, end)
        self._passives(tokens)
        asides = self._interruptions(start, end)
        for index, token in enumerate(tokens):
            if token.is_word:
                aside = any(opening < token.start < closing for opening, closing in asides)
                self._word(token, index == 0, index in flagged, aside)

    def _word(self, token: Token, first: bool, is_officialese: bool, aside: bool = False) -> None:
        self.words += 1
        lower = token.lower
        syllables = count_syllables(lower)
        self.syllables += syllables
        if syllables >= LONG_WORD_SYLLABLES:
            self.long_words += 1
        if lower in _PERSONAL and not aside:
            self.personal += 1
        if lower in _DUTCH_MARKERS:
            self.dutch_markers += 1
        elif lower in _ENGLISH_MARKERS:
            self.english_markers += 1

        plain = is_plain_word(token)
        # A capital at the start of a sentence says nothing; elsewhere it marks a name.
        if not plain and first and token.text.istitle() and token.text.isalpha():
            plain = True
        if not plain:
            return
        zipf = word_zipf(lower)
        self.rarity += max(0.0, EVERYDAY_ZIPF - zipf)
        length = letters(token.text)
        if zipf < RARE_ZIPF and length >= 4:
            self.rare_words += 1
            if not is_officialese:
                self._add(
                    "rare_word",
                    token.start,
                    token.end,
                    f"'{token.text}' is een weinig gebruikt woord. "
                    "Kies een bekender woord of leg het uit.",
                )
        if syllables >= FLAG_WORD_SYLLABLES or length >= FLAG_WORD_LETTERS:
            self._add(
                "long_word",
                token.start,
                token.end,
                f"'{token.text}' is een lang woord ({syllables} lettergrepen). "
                "Kies een korter woord of schrijf het in delen uit.",
            )

    def _long_sentence(self, start: int, end: int, count: int) -> None:
        self.long_sentences += 1
        if count > VERY_LONG_SENTENCE_WORDS:
            message = f"Deze zin is erg lang ({count} woorden). Verdeel hem over drie zinnen."
        else:
            message = f"Deze zin is lang ({count} woorden). Maak er twee zinnen van."
        self._add("long_sentence", start, end, message)

    def _officialese(self, tokens: list[Token], end: int) -> set[int]:
        flagged = set()
        for first, last, plain in find_officialese(self.text, tokens, end, self.lexicon):
            self.officialese += 1
            flagged.update(range(first, last + 1))
            start, stop = tokens[first].start, tokens[last].end
            excerpt = self.text[start:stop]
            if infinitive := self.lexicon.form_of.get(tuple(excerpt.lower().split())):
                message = (
                    f"'{excerpt}' (van '{infinitive}') is ambtelijke taal. "
                    f"Schrijf liever een vorm van '{plain}'."
                )
            else:
                if excerpt[0].isupper() and not excerpt.isupper():
                    plain = plain[0].upper() + plain[1:]
                message = f"'{excerpt}' is ambtelijke taal. Schrijf liever '{plain}'."
            self._add("officialese", start, stop, message, plain)
        return flagged

    def _passives(self, tokens: list[Token]) -> None:
        for passive in find_passives(self.text, tokens):
            self.passives += 1
            aux, participle = tokens[passive.auxiliary], tokens[passive.participle]
            start, end = min(aux.start, participle.start), max(aux.end, participle.end)
            if passive.agent:
                suggestion = f"Begin met wie het doet: '{passive.agent}'."
            else:
                suggestion = "Zeg wie het doet, bijvoorbeeld 'wij' of 'u'."
            self._add(
                "passive",
                start,
                end,
                f"Lijdende vorm ('{aux.text} ... {participle.text}'). Schrijf actief.",
                suggestion,
            )

    def _interruptions(self, start: int, end: int) -> list[tuple[int, int]]:
        for match in _SLASH.finditer(self.text, start, end):
            self.interruptions += 1
            self._add(
                "slash",
                match.start(),
                match.end(),
                "Een schuine streep leest lastig. Schrijf 'of' of 'en' voluit.",
                f"{match.group(1)} of {match.group(2)}",
            )
        asides = []
        for opening, closing in _bracket_pairs(self.text, start, end):
            if _ABBREVIATION.fullmatch(self.text, opening, closing):
                continue
            asides.append((opening, closing))
            self.interruptions += 1
            self._add(
                "brackets",
                opening,
                closing,
                "Tekst tussen haakjes onderbreekt de zin. Zet het in een eigen zin of laat "
                "het weg.",
            )
        return asides

    def _add(self, code: str, start: int, end: int, message: str, suggestion: str = "") -> None:
        self.findings.append(Finding(code, start, end, self.text[start:end], message, suggestion))

    def features(self) -> Features:
        return Features(
            words_per_sentence=self.tokens / self.sentences,
            word_rarity=self.rarity / self.words,
            passives_per_sentence=self.passives / self.sentences,
            officialese_per_100_words=100 * self.officialese / self.tokens,
            interruptions_per_sentence=self.interruptions / self.sentences,
            long_word_percentage=100 * self.long_words / self.words,
            personal_per_100_words=100 * self.personal / self.tokens,
        )

    def result(self) -> Analysis:
        if not self.words:
            note = "Geen tekst om te beoordelen." if not self.tokens else "Geen woorden gevonden."
            return Analysis(
                text=self.text,
                difficulty=0.0,
                level=LEVEL_UNKNOWN,
                sentences=self.sentences,
                words=self.tokens,
                notes=[note],
            )
        features = self.features()
        score = difficulty(features)
        notes = []
        if self.english_markers > max(2, self.dutch_markers):
            notes.append("De tekst lijkt niet Nederlands; de score zegt dan weinig.")
        self.findings.sort(key=lambda finding: (finding.start, finding.end))
        return Analysis(
            text=self.text,
            difficulty=score,
            level=level_for(score),
            findings=self.findings,
            sentences=self.sentences,
            words=self.tokens,
            words_per_sentence=features.words_per_sentence,
            syllables_per_word=self.syllables / self.words,
            long_word_share=self.long_words / self.words,
            rare_word_share=self.rare_words / self.words,
            long_sentences=self.long_sentences,
            passives=self.passives,
            officialese=self.officialese,
            flesch_douma=206.835
            - 0.93 * features.words_per_sentence
            - 77.0 * self.syllables / self.words,
            components=features.components(),
            notes=notes,
        )


def _bracket_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of every matched "(...)" in the range, nested ones included."""
    pairs = []
    open_at: list[int] = []
    pos = start
    while True:
        opening = text.find("(", pos, end)
        closing = text.find(")", pos, end)
        if closing == -1 and (opening == -1 or not open_at):
            return pairs
        if opening != -1 and (closing == -1 or opening < closing):
            open_at.append(opening)
            pos = opening + 1
        else:
            if open_at:
                pairs.append((open_at.pop(), closing + 1))
            pos = closing + 1


def _cut(text: str, limit: int) -> str:
    """``text[:limit]``, moved back to a space if one is near, to keep words whole."""
    space = text.rfind(" ", limit - 200, limit + 1)
    return text[:space] if space > 0 else text[:limit]


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")
