"""What ``analyse`` returns: a score, a level, numbers and findings."""

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class Finding:
    """One concrete problem, located by character offsets into ``Analysis.text``."""

    code: str  # stable English id: "long_sentence", "passive", "officialese", ...
    start: int
    end: int
    excerpt: str
    message: str  # Dutch, for the editor
    suggestion: str = ""  # Dutch plain alternative, or empty

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Analysis:
    """Readability of one text.

    ``difficulty`` is higher for harder text; ``level`` turns it into a band (see
    ``scoring.B1_THRESHOLD``). ``components`` says which features make up the
    difficulty, so the editor panel can show where the points come from.
    Offsets in ``findings`` refer to ``text``: the plain text that was analysed
    (markup removed, cut at ``MAX_CHARS``).
    """

    text: str
    difficulty: float
    level: str
    findings: list[Finding] = field(default_factory=list)
    sentences: int = 0
    words: int = 0
    words_per_sentence: float = 0.0
    syllables_per_word: float = 0.0
    long_word_share: float = 0.0  # words of 4 or more syllables, 0..1
    rare_word_share: float = 0.0  # words below the rare-word frequency, 0..1
    long_sentences: int = 0
    passives: int = 0
    officialese: int = 0
    flesch_douma: float = 0.0  # classic Dutch Flesch, from this module's own counts
    components: dict[str, float] = field(default_factory=dict)
    truncated: bool = False
    notes: list[str] = field(default_factory=list)

    def to_dict(self, include_text: bool = False) -> dict:
        """JSON-ready dict; the analysed text is left out unless asked for."""
        data = {
            "difficulty": round(self.difficulty, 1),
            "level": self.level,
            "sentences": self.sentences,
            "words": self.words,
            "words_per_sentence": round(self.words_per_sentence, 1),
            "syllables_per_word": round(self.syllables_per_word, 2),
            "long_word_share": round(self.long_word_share, 3),
            "rare_word_share": round(self.rare_word_share, 3),
            "long_sentences": self.long_sentences,
            "passives": self.passives,
            "officialese": self.officialese,
            "flesch_douma": round(self.flesch_douma, 1),
            "components": {name: round(value, 1) for name, value in self.components.items()},
            "truncated": self.truncated,
            "notes": list(self.notes),
            "findings": [finding.to_dict() for finding in self.findings],
        }
        if include_text:
            data["text"] = self.text
        return data
