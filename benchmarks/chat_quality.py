"""Quality of the chatbot on conversation openers written against the demo content.

Prints, over benchmarks/data/chat_openers.py (of which some have no answer in the content), or
with --held-out over data/chat_openers_heldout.py: openers written by someone who had not seen
the first set nor the bot's misses, and never used to tune it, so it shows how well the
tuning carries over to new questions:
  top-1 correct   the answer given, or else the first answer offered (with "Bedoelt u" or
                  with the hand-over), is a right answer (answerable openers)
  answered right  the bot answered directly and correctly (answerable openers)
  found           a right answer is among the answer and the suggestions (answerable openers)
  hand-over       the bot handed over to a person (unanswerable openers)
  wrong confident the bot answered directly with a wrong answer (all openers)
and the share answered directly / clarified / handed over. --misses lists every opener that
counts against a figure (WRONG, NOT FOUND, NOT FIRST, NO HAND-OVER).

    python benchmarks/chat_quality.py [--database-url ...] [--calibrate] [--misses] [--held-out]

--calibrate sweeps the thresholds (CHAT_ANSWER_THRESHOLD, CHAT_CLARIFY_THRESHOLD, CHAT_MARGIN)
and prints the best settings. Targets: top-1 >= 80%, found >= 95%, hand-over on unanswerable
>= 90%, wrong confident <= 5%.
"""

import argparse
import itertools

from demo_database import setup


def evaluate(openers, identifier, respond_to):
    counts = dict.fromkeys(
        ("top1", "answered_right", "found", "handover", "wrong", "answerable", "unanswerable"), 0
    )
    outcomes = dict.fromkeys(("answered", "clarified", "handed_over", "small_talk"), 0)
    misses = []
    for opener in openers:
        turn = respond_to(opener["message"])
        expected = set(opener["expected"])
        answer = identifier[turn.answer.page_id] if turn.answer else None
        shown = ([answer] if answer else []) + [identifier[s.page_id] for s in turn.suggestions]
        outcomes[turn.outcome] += 1
        if answer and answer not in expected:
            counts["wrong"] += 1
            misses.append(("WRONG", opener["message"], opener["expected"], answer, turn.confidence))
        if expected:
            counts["answerable"] += 1
            counts["top1"] += bool(shown) and shown[0] in expected
            counts["answered_right"] += answer in expected
            counts["found"] += bool(expected & set(shown))
            if not expected & set(shown):
                misses.append(
                    ("NOT FOUND", opener["message"], opener["expected"], shown[:3], turn.confidence)
                )
            elif shown[0] not in expected and answer is None:
                # Found, but not first: counts against top-1.
                misses.append(
                    ("NOT FIRST", opener["message"], opener["expected"], shown[:3], turn.confidence)
                )
        else:
            counts["unanswerable"] += 1
            counts["handover"] += turn.outcome == "handed_over"
            if turn.outcome != "handed_over":
                misses.append(("NO HAND-OVER", opener["message"], [], shown[:3], turn.confidence))
    answerable, unanswerable = counts["answerable"] or 1, counts["unanswerable"] or 1
    figures = {
        "top-1 correct": counts["top1"] / answerable,
        "answered right": counts["answered_right"] / answerable,
        "found": counts["found"] / answerable,
        "hand-over on unanswerable": counts["handover"] / unanswerable,
        "wrong confident": counts["wrong"] / len(openers),
    }
    return figures, outcomes, misses


def meets_targets(figures):
    return (
        figures["top-1 correct"] >= 0.80
        and figures["found"] >= 0.95
        and figures["hand-over on unanswerable"] >= 0.90
        and figures["wrong confident"] <= 0.05
    )


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url")
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="use data/chat_openers_heldout.py, written apart from the tuned set",
    )
    arguments = parser.parse_args()
    setup(arguments.database_url)

    if arguments.held_out:
        from data.chat_openers_heldout import OPENERS
    else:
        from data.chat_openers import OPENERS

    from django.conf import settings

    from kennisbank.models import AnswerPage
    from search.chat.dialogue import respond

    identifier = {page.pk: page.external_id or page.slug for page in AnswerPage.objects.all()}

    def respond_to(message):
        return respond(message, {})

    if arguments.calibrate:
        # Search once per opener; only the decision depends on the thresholds.
        from search.chat import dialogue

        cached = {opener["message"]: respond(opener["message"], {}) for opener in OPENERS}
        searched = {message: dialogue._search(message, {}) for message in cached}

        def respond_to(message):  # noqa: F811 - the calibrating variant
            turn = cached[message]
            if turn.outcome == "small_talk" or turn.handoff_reason == dialogue._(
                "You asked to talk to a person."
            ):
                return turn
            results = searched[message]
            outcome = dialogue._decide(results)
            if outcome == "answered":
                see_also = [r for r in results[1:] if r.score >= dialogue.thresholds()[1]]
                return dialogue.Turn("", outcome, answer=results[0], suggestions=see_also)
            if outcome == "clarified":
                return dialogue.Turn("", outcome, suggestions=results[: dialogue.MAX_SUGGESTIONS])
            return dialogue.Turn(
                "", outcome, suggestions=results[: dialogue.MAX_SUGGESTIONS], handoff_reason="-"
            )

        rows = []
        for answer_at, clarify_at, margin in itertools.product(
            [0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8],
            [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6],
            [0.0, 0.05, 0.1, 0.15],
        ):
            if clarify_at > answer_at:
                continue
            (
                settings.CHAT_ANSWER_THRESHOLD,
                settings.CHAT_CLARIFY_THRESHOLD,
                settings.CHAT_MARGIN,
            ) = answer_at, clarify_at, margin
            figures, outcomes, _ = evaluate(OPENERS, identifier, respond_to)
            rows.append(
                (
                    meets_targets(figures),
                    outcomes["answered"],
                    figures,
                    (answer_at, clarify_at, margin),
                )
            )
        rows.sort(
            key=lambda row: (
                row[0],
                row[2]["hand-over on unanswerable"]
                - row[2]["wrong confident"] * 2
                + row[2]["top-1 correct"]
                + row[1] / 200,
            ),
            reverse=True,
        )
        print("answer  clarify  margin | top-1  answered  found  hand-over  wrong | meets targets")
        for meets, _answered, figures, (answer_at, clarify_at, margin) in rows[:10]:
            print(
                f"{answer_at:6.2f} {clarify_at:8.2f} {margin:7.2f} | {figures['top-1 correct']:.3f}  "
                f"{figures['answered right']:.3f}     {figures['found']:.3f}  {figures['hand-over on unanswerable']:.3f}      "
                f"{figures['wrong confident']:.3f} | {meets}"
            )
        return

    figures, outcomes, misses = evaluate(OPENERS, identifier, respond_to)
    total = sum(outcomes.values())
    unanswerable = sum(1 for opener in OPENERS if not opener["expected"])
    print(
        f"{len(OPENERS)} openers ({unanswerable} without an answer in the content), {len(identifier)} answers"
    )
    print(
        f"thresholds: answer {settings.CHAT_ANSWER_THRESHOLD}, clarify {settings.CHAT_CLARIFY_THRESHOLD}, "
        f"margin {settings.CHAT_MARGIN}"
    )
    targets = {"top-1 correct": ">= 0.80", "answered right": "", "found": ">= 0.95",
               "hand-over on unanswerable": ">= 0.90", "wrong confident": "<= 0.05"}  # fmt: skip
    for name, value in figures.items():
        print(f"  {name:<26} {value:.3f}  {targets[name]}")
    print(
        "  outcomes: "
        + ", ".join(f"{name} {count / total:.0%}" for name, count in outcomes.items())
    )
    if arguments.misses:
        for miss in misses:
            print("  ", miss)


if __name__ == "__main__":
    main()
