"""The synonyms for the A-Z list of answers (kennisbank.content.subjects): "ID-kaart" and
"Identiteitskaart" are one subject under I, not two lists of the same answers side by side."""

from search.models import SynonymGroup
from search.understanding.synonyms import synonym_index


def synonym_subject_key():
    """For one A-Z list: a subject's key is the first phrase of its synonym group."""
    groups = tuple(
        tuple(group.phrase_list) for group in SynonymGroup.objects.filter(is_active=True)
    )
    index = synonym_index(groups)

    def key(subject: str) -> str:
        return index.first_phrase(subject) or subject.lower()

    return key
