"""Dutch sentence splitting with character offsets.

A line break ends a sentence unless the line reads on: it has no closing punctuation
and the next line starts with a lower-case letter (a hard-wrapped paragraph). So
headings, list items and table cells become sentences of their own, which is how a
reader takes them in too. Inside a line, ".", "!", "?" and "..." end a sentence
unless they close a known abbreviation ("o.a.", "bijv.", "art. 4"), an initial
("J. de Vries") or are followed by a lower-case word.
"""

import re
from collections.abc import Iterator
from typing import NamedTuple

from .words import word_set


class Span(NamedTuple):
    start: int
    end: int


# Abbreviations that are (almost) never the last word of a sentence: titles, and
# words that announce what follows ("art. 4", "bijv. een", "o.a. de").
# Ordinary words ("lid", "ver", "zie") are left out: they do end sentences.
_NEVER_FINAL = word_set("""
    a.d aanv adv afd afz alg art bijv bijz blz ca cf d.d d.i d.m.v d.w.z dhr dr drs
    e.e.a excl fig gld h.t hfst i.c i.e i.o i.p.v i.s.m i.v.m incl ir jhr m.a.w m.b.t
    m.i.v m.n m.u.v max mevr min mr mw mej n.a.v nr o.b.v o.i o.l.v o.v.v o.a ong p.a
    par pag pct prof resp st str t.a.v t.b.v t.g.v t.o.v t.w tel vgl vlgs vnl vs z.g
    zgn zg
    """)
# Abbreviations that often close a sentence: a following capital means a new sentence.
_MAYBE_FINAL = word_set("a.s e.a e.d enz etc jl j.l m.m n.v.t vv z.s.m zo.s.m")

# "- ", "1. ", "2) ", "a. ", "(b) ": capital letters only with ")" so "J. de Vries" stays.
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*•·–—▪◦>]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[A-Z]\))[ \t]+")
# Sentence-final punctuation, with any closing quotes or brackets that belong to it.
_FINAL = re.compile(r"(?:[.!?]+|…)[\"'”’»)\]]*(?=\s|$)")
_WORD_BEFORE_DOT = re.compile(r"[^\W\d_][\w.]*$")
_LINE_END_PUNCT = frozenset(".!?…:;\"'”’»)")


def split_sentences(text: str) -> list[Span]:
    """Split text into sentence spans (start, end offsets into ``text``).

    Spans are trimmed of surrounding whitespace and list markers; spans without any
    letter or digit (a line of dashes, an emoji) are left out.
    """
    spans: list[Span] = []
    for block_start, block_end in _blocks(text):
        _split_block(text, block_start, block_end, spans)
    return spans


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of runs of lines that read as one paragraph."""
    lines = []
    pos = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        lines.append((pos, pos + len(content)))
        pos += len(line)
    block_start = None
    for index, (start, end) in enumerate(lines):
        content = text[start:end]
        stripped = content.strip()
        if not stripped:
            if block_start is not None:
                yield block_start, lines[index - 1][1]
                block_start = None
            continue
        if block_start is None:
            block_start = start
        next_line = (
            text[lines[index + 1][0] : lines[index + 1][1]] if index + 1 < len(lines) else ""
        )
        next_stripped = next_line.lstrip()
        reads_on = (
            stripped[-1] not in _LINE_END_PUNCT
            and next_stripped[:1].islower()
            # A list item never continues the previous line.
            and not _LIST_MARKER.match(next_line)
        )
        if not reads_on:
            yield block_start, end
            block_start = None
    if block_start is not None:
        yield block_start, lines[-1][1]


def _split_block(text: str, start: int, end: int, spans: list[Span]) -> None:
    marker = _LIST_MARKER.match(text, start, end)
    if marker and marker.end() < end:
        start = marker.end()
    sentence_start = start
    for match in _FINAL.finditer(text, start, end):
        if _is_sentence_end(text, match, end):
            _add_span(text, sentence_start, match.end(), spans)
            sentence_start = match.end()
    _add_span(text, sentence_start, end, spans)


def _is_sentence_end(text: str, match: re.Match, block_end: int) -> bool:
    next_char = _next_visible_char(text, match.end(), block_end)
    if next_char == "":
        return True
    # "Zie bijv. de website", "enz. en", "... en toen": the sentence carries on.
    if next_char.islower():
        return False
    if not match.group().startswith("."):
        return True
    if match.group().startswith(".."):
        # An ellipsis ends a sentence unless a lower-case word follows (checked above).
        return True
    # Abbreviations are short; looking back a few characters keeps this linear.
    word = _WORD_BEFORE_DOT.search(text, max(0, match.start() - 24), match.start())
    if word is None:
        return True
    token = word.group().lower().rstrip(".")
    if token in _NEVER_FINAL:
        return False
    if token in _MAYBE_FINAL:
        return next_char.isupper()
    # An initial: "J. de Vries", "A. Jansen".
    if len(token) == 1 and word.group().isupper() and next_char.isupper():
        return False
    # Unknown dotted abbreviation such as "a.u.b." before a number: keep together.
    return not ("." in token and next_char.isdigit())


def _next_visible_char(text: str, pos: int, end: int) -> str:
    while pos < end and text[pos].isspace():
        pos += 1
    if pos >= end:
        return ""
    # Look through opening quotes and brackets to the first real character.
    while pos < end and text[pos] in "\"'“‘«([":
        pos += 1
    return text[pos] if pos < end else ""


def _add_span(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and any(ch.isalnum() for ch in text[start:end]):
        spans.append(Span(start, end))
