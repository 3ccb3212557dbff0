"""False positives of name scrubbing (search/names.py) on text where no citizen's name is meant:
every sentence of the demo answers (titles, alternative questions, short and full answers) and
the chat openers of the benchmarks. Prints how many sentences lost a word to [NAAM], and which.

    python benchmarks/scrubbing_names.py

Pure Python: no database.
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.data.chat_openers import OPENERS  # noqa: E402
from kennisbank.demo_content.answers import ANSWERS  # noqa: E402
from search.scrubbing import Kind, find_personal_data  # noqa: E402

SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def sentences():
    for answer in ANSWERS:
        texts = [answer["title"], answer.get("short_answer", ""), answer.get("body", "")]
        texts += answer.get("alternative_questions", [])
        texts.append(answer.get("internal_notes", ""))
        for text in texts:
            yield from (s.strip() for s in SENTENCE.findall(text) if s.strip())
    for opener in OPENERS:
        yield opener["message"]


def main():
    total, hits = 0, []
    for sentence in sentences():
        total += 1
        names = [m for m in find_personal_data(sentence) if m.kind is Kind.NAME]
        if names:
            hits.append((sentence, [sentence[m.start : m.end] for m in names]))
    print(f"sentences without a citizen's name: {total}")
    print(f"scrubbed as a name anyway:          {len(hits)} ({len(hits) / total:.2%})")
    for sentence, names in hits:
        print(f"  {names} in: {sentence[:100]}")


if __name__ == "__main__":
    main()
