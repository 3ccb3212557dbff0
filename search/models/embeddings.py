from django.db import models
from django.utils.translation import gettext_lazy as _

from kennisbank.models import AnswerPage


class AnswerEmbedding(models.Model):
    """The meaning of one answer as vectors of one model, computed after publish.

    `vector` holds the answer's question fields together as a passage; `question_vectors` each
    of its alternative questions alone, embedded as a question, since a citizen's question
    matches one of those best ("query: " on both sides is how e5 compares two questions);
    `title_vector` the answer's own question, embedded as a question; `latent_terms` the
    passage's strongest latent terms (search.embeddings.latent). Vectors are
    stored as the raw bytes of float32 values, the same on SQLite and PostgreSQL.
    `content_hash` covers the texts that were embedded, so an answer is embedded again only
    when they or the model change.
    """

    page = models.ForeignKey(
        AnswerPage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("answer"),
        help_text=_("The answer this vector describes."),
    )
    model_name = models.CharField(
        _("model"), max_length=200, help_text=_("The embedding model that made the vector.")
    )
    content_hash = models.CharField(
        _("content hash"), max_length=64, help_text=_("Hash of the text that was embedded.")
    )
    vector = models.BinaryField(_("vector"), help_text=_("float32 values, L2-normalised."))
    question_vectors = models.BinaryField(
        _("question vectors"),
        default=b"",
        blank=True,
        help_text=_(
            "One vector per alternative question, embedded as a question: float32 values, "
            "L2-normalised, one after another."
        ),
    )
    title_vector = models.BinaryField(
        _("question vector"),
        default=b"",
        blank=True,
        help_text=_(
            "The answer's own question, embedded as a question: float32 values, L2-normalised."
        ),
    )
    latent_terms = models.BinaryField(
        _("latent terms"),
        default=b"",
        blank=True,
        help_text=_(
            "The passage's strongest latent terms: uint16 indices, then float16 values, "
            "L2-normalised; empty when the model gives none."
        ),
    )
    updated_at = models.DateTimeField(_("changed at"), auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("answer embedding")
        verbose_name_plural = _("answer embeddings")
        constraints = [
            models.UniqueConstraint(fields=["page", "model_name"], name="one_vector_per_model")
        ]
        indexes = [
            # Every worker counts a model's vectors and their latest change once a second
            # (search.index.QuestionIndex._vectors_fingerprint). Without this index that read
            # every row, vectors and all: 17 ms at 10,000 answers, paid by the search that
            # happened to run the check. With the answer id in it, the rows changed lately
            # (VectorIndex._rows_to_check) are read from the index alone too: reading them from
            # the table, past every row's vectors, took 29 ms instead of 5 for 10,000 rows.
            models.Index(
                fields=["model_name", "updated_at", "page"], name="embedding_model_changed_page"
            ),
        ]

    def __str__(self):
        return f"{self.page_id} / {self.model_name}"
