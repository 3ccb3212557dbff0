"""Fill a database with many realistic-looking answers, for speed benchmarks.

Each generated answer combines a demo answer's text with a numbered variation, so word
frequencies look like real content. Search indexing is switched off while creating the pages
and done once at the end (update_index), which is how a bulk import would run too.
"""

import random
import sys

from django.core.management import call_command


def generate(total: int, seed: int = 7):
    from modelsearch.index import get_indexed_models
    from modelsearch.signal_handlers import post_save_signal_handler, register_signal_handlers

    from django.db.models.signals import post_save

    from kennisbank.content.importing import get_or_create_index
    from kennisbank.demo_content.answers import ANSWERS
    from kennisbank.models import AlternativeQuestion, AnswerPage, Department

    existing = AnswerPage.objects.count()
    if existing >= total:
        return
    rng = random.Random(seed)
    index = get_or_create_index()
    departments = list(Department.objects.all())
    districts = [
        "Noord",
        "Zuid",
        "Oost",
        "West",
        "Centrum",
        "Haven",
        "Dorp",
        "Park",
        "Molen",
        "Beek",
    ]
    for model in get_indexed_models():
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        for number in range(existing, total):
            template = ANSWERS[number % len(ANSWERS)]
            district = f"{rng.choice(districts)}{number}"
            page = AnswerPage(
                title=f"{template['title'][:-1]} in wijk {district}?",
                slug=f"gegenereerd-{number}",
                short_answer=template["short_answer"],
                body=[
                    {"type": "paragraph", "value": f"<p>{paragraph}</p>"}
                    for paragraph in template["body"].split("\n\n")[:4]
                ],
                owner_department=departments[number % len(departments)],
                review_date="2027-06-01",
                audience=template["audience"],
            )
            page.alternative_questions = [
                AlternativeQuestion(question=f"{q} {district}")
                for q in template["alternative_questions"]
            ]
            index.add_child(instance=page)
            if number % 500 == 0:
                print(f"  {number}/{total} answers", file=sys.stderr)
    finally:
        register_signal_handlers()
    print("  indexing ...", file=sys.stderr)
    call_command("update_index", verbosity=0)
    # Fresh planner statistics, as autovacuum would give a real database after a bulk import;
    # without them PostgreSQL ignores the full-text indexes.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
