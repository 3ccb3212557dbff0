"""The link with an Objects API (KISS): what still has to be sent, and who may read our VACs.

VacSync is the durable outbox: one row per answer (by its VAC uuid, which outlives a deleted
answer), holding the latest change to send. A second change before delivery overwrites the
first, so the Objects API gets one call with the latest state, never a queue of stale ones.

ObjectsApiToken: keys for systems that read VACs from Kennisbank's own Objects-API-compatible
endpoint. Only a SHA-256 hash is stored; the key itself is shown once, when it is made.
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SyncAction(models.TextChoices):
    UPSERT = "upsert", _("Send (create or update)")
    DELETE = "delete", _("Delete")


class VacSync(models.Model):
    vac_uuid = models.UUIDField(_("VAC uuid"), unique=True)
    answer = models.ForeignKey(
        "kennisbank.AnswerPage",
        verbose_name=_("answer"),
        null=True,
        blank=True,
        # The row outlives the answer: its deletion still has to reach the Objects API.
        on_delete=models.SET_NULL,
        related_name="+",
    )
    question = models.CharField(
        _("question"), max_length=255, blank=True, help_text=_("As it was when last queued.")
    )
    action = models.CharField(_("action"), max_length=8, choices=SyncAction.choices)
    pending = models.BooleanField(_("waiting to be sent"), default=True, db_index=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    queued_at = models.DateTimeField(_("queued"), default=timezone.now)
    last_sent_at = models.DateTimeField(_("last sent"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    failed = models.BooleanField(
        _("refused"),
        default=False,
        help_text=_(
            "The Objects API refused the data (HTTP 400). It is sent again after the next "
            "change to the answer, or with sync_objects_api --full."
        ),
    )

    class Meta:
        verbose_name = _("VAC link")
        verbose_name_plural = _("VAC links")
        ordering = ["-queued_at"]

    def __str__(self):
        return self.question or str(self.vac_uuid)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ObjectsApiTokenQuerySet(models.QuerySet):
    def matching(self, token: str):
        """The token row for a key as presented, revoked or not (None when unknown)."""
        return self.filter(key_hash=hash_token(token)).first()


class ObjectsApiToken(models.Model):
    name = models.CharField(
        _("name"), max_length=100, help_text=_("Which system uses this key, e.g. “KISS”.")
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(
        _("key starts with"),
        max_length=8,
        editable=False,
        help_text=_("The first characters of the key, to recognise it."),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked = models.BooleanField(
        _("revoked"), default=False, help_text=_("A revoked key gives no access any more.")
    )

    objects = ObjectsApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("Objects API key")
        verbose_name_plural = _("Objects API keys")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, name: str, user=None) -> tuple["ObjectsApiToken", str]:
        """A new key for `name`: the stored row and the key itself, which is not kept."""
        key = secrets.token_urlsafe(32)
        token = cls.objects.create(
            name=name, key_hash=hash_token(key), prefix=key[:6], created_by=user
        )
        return token, key
