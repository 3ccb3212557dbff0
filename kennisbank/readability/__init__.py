"""Dutch readability scoring for editors: text in, difficulty, level and findings out.

Pure Python (no Django): views, tasks and the editor panel call ``analyse`` and
show ``Analysis.to_dict()``.

    >>> from kennisbank.readability import analyse
    >>> analysis = analyse("U maakt een afspraak teneinde uw paspoort te verlengen.")
    >>> [(finding.code, finding.excerpt, finding.suggestion) for finding in analysis.findings]
    [('officialese', 'teneinde', 'om')]
"""

from .analyser import MAX_CHARS, analyse
from .markup import text_from_html
from .result import Analysis, Finding
from .scoring import (
    B1_THRESHOLD,
    C1_THRESHOLD,
    LEVEL_B1,
    LEVEL_B2,
    LEVEL_C1,
    LEVEL_UNKNOWN,
    level_for,
)

__all__ = [
    "B1_THRESHOLD",
    "C1_THRESHOLD",
    "LEVEL_B1",
    "LEVEL_B2",
    "LEVEL_C1",
    "LEVEL_UNKNOWN",
    "MAX_CHARS",
    "Analysis",
    "Finding",
    "analyse",
    "level_for",
    "text_from_html",
]
