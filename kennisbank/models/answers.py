import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kennisbank import review
from kennisbank.access.rules import ANSWER, INDEX, OwnershipPermissionTester
from kennisbank.content.blocks import AnswerBodyBlock
from kennisbank.content.subjects import (
    answer_subjects,
    casing_of,
    group_by_subject,
    subject_key,
)
from kennisbank.content.visible import has_visible_text, has_words
from kennisbank.interop.objects_api.panel import VacStatusPanel
from kennisbank.interop.upl_panel import UplStatusPanel
from kennisbank.models.departments import Department
from kennisbank.models.workflows import OwnerDepartmentApprovalTask
from kennisbank.readability_check.analysis import (
    CONFIRM_FIELD,
    HARDER_THAN_B1,
    AnswerReadability,
    ReadabilityLevel,
    analyse_answer,
    check_confirmed,
)
from kennisbank.readability_check.blocking import APPROVE, PUBLISH, SCHEDULE, check_publishable
from kennisbank.review.panel import ReviewPanel

SHORT_ANSWER_MAX_LENGTH = 300
READABILITY_FIELDS = ("readability_difficulty", "readability_level", "readability_checked_at")


class Audience(models.TextChoices):
    RESIDENTS = "inwoners", _("Residents")
    BUSINESSES = "ondernemers", _("Businesses")
    BOTH = "beide", _("Residents and businesses")


class KennisbankIndexPage(Page):
    # The ownership rule (kennisbank.access.rules) lets department members add answers here.
    ownership_kind = INDEX
    """The home of all answers (/vragen/), listing them from A to Z."""

    intro = models.TextField(
        _("intro"),
        blank=True,
        help_text=_("One or two sentences above the list of all questions."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["kennisbank.AnswerPage"]
    max_count = 1

    class Meta:
        verbose_name = _("answers index")
        verbose_name_plural = _("answers indexes")

    def permissions_for_user(self, user):
        return OwnershipPermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        answers = AnswerPage.objects.child_of(self).live().public().order_by("title")
        audience = request.GET.get("voor")
        if audience in Audience.values and audience != Audience.BOTH:
            answers = answers.filter(audience__in=[audience, Audience.BOTH])
        else:
            audience = ""
        context["answers_by_letter"] = group_by_subject_letter(
            answers.only("title", "url_path", "short_answer", "upl_label")
        )
        context["audience"] = audience
        context["audiences"] = [
            (value, label) for value, label in Audience.choices if value != Audience.BOTH
        ]
        return context


def group_by_subject_letter(pages):
    """The A-Z list: answers under the letter of each of their subjects
    (subjects.answer_subjects), and under it by subject, so "Hoe vraag ik een paspoort aan?" is
    under P, paspoort."""
    pages = list(pages)
    keywords = {}
    for page_id, name in AnswerPageTag.objects.filter(
        content_object_id__in=[page.pk for page in pages]
    ).values_list("content_object_id", "tag__name"):
        keywords.setdefault(page_id, []).append(name)
    # Abbreviations as any question writes them: "BRP" in one question, so not "Brp-inschrijving"
    # for another whose question does not say "BRP".
    casing = casing_of(" ".join(page.title for page in pages))
    return group_by_subject(
        (
            (subject, page)
            for page in pages
            for subject in answer_subjects(
                page.title, page.upl_label, keywords.get(page.pk, []), casing
            )
        ),
        key=subject_key(),
    )


class AnswerPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "kennisbank.AnswerPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class AnswerPageForm(WagtailAdminPageForm):
    """Fills in the review date from the owner department when the editor leaves it empty, and
    refuses to publish an answer harder than B1 for the departments that block it.

    A department member can only make their own department the owner. The owner of an existing
    answer is changed with the audited "Reassign" action, never in the editor: a draft would
    otherwise carry an owner that neither the permissions nor the approval know about yet."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "review_date" in self.fields:
            self.fields["review_date"].required = False
        if owner := self.fields.get("owner_department"):
            if self.instance.pk:
                owner.disabled = True
                owner.help_text = _(
                    "The department that keeps this answer correct and signs it off. The "
                    "editors change it with “Reassign”."
                )
            else:
                owner.queryset = departments = Department.objects.assignable_to(self.for_user)
                # A member of one department has nothing to choose.
                if len(departments) == 1:
                    self.initial["owner_department"] = departments[0].pk

    def clean(self):
        cleaned_data = super().clean()
        department = cleaned_data.get("owner_department")
        if not cleaned_data.get("review_date") and "review_date" not in self.errors:
            cleaned_data["review_date"] = review.default_review_date(department)
        elif self._new_date_in_the_past(cleaned_data["review_date"]):
            # Nobody means a new answer to be overdue from the first day; an overdue answer
            # keeps its date through an edit (signing off moves it).
            self.add_error(
                "review_date",
                _("Choose a review date from today on. Leave it empty for the usual interval."),
            )
        if cleaned_data.get("online_application") in ("ja", "digid") and not cleaned_data.get(
            "application_url"
        ):
            self.add_error(
                "application_url", _("Give the address of the online form, or choose “No”.")
            )
        # Only publishing (the publish button, also when it schedules, and approving in the
        # workflow): saving a draft always works, so no work is lost.
        action = self._publishing_action(cleaned_data)
        workflow_action = self.data.get("action-workflow-action") and self.data.get(
            "workflow-action-name"
        )
        if workflow_action and self.has_changed() and self._department_approves():
            # Wagtail would save the change under the approver's name and then refuse the
            # approval or the request for changes (four eyes: whoever changed the answer no
            # longer approves it), with only "Sorry, u heeft geen toegang".
            self.add_error(None, self._approver_changed_error(workflow_action))
        if action and department:
            short_answer, body = cleaned_data.get("short_answer", ""), cleaned_data.get("body")
            check_publishable(short_answer, body, department, self.for_user, action)
            check_confirmed(short_answer, body, bool(self.data.get(CONFIRM_FIELD)))
        return cleaned_data

    @staticmethod
    def _approver_changed_error(workflow_action: str) -> ValidationError:
        if workflow_action == "approve":
            message = _(
                "You changed the answer, so you cannot approve it yourself (four eyes): "
                "a colleague approves your change. Save your change as a draft, or "
                "approve the answer without changing it."
            )
        else:
            message = _(
                "You changed the answer. Ask for changes without changing the text, and write "
                "in the comment what should be different. Or save your change as a draft: a "
                "colleague then approves it (four eyes)."
            )
        return ValidationError(message, code="approver_changed_text")

    def _department_approves(self) -> bool:
        """The answer's change waits for its department's approval, where whoever changed it
        may not approve it (OwnerDepartmentApprovalTask)."""
        task = self.instance.current_workflow_task if self.instance.pk else None
        return task is not None and isinstance(task.specific, OwnerDepartmentApprovalTask)

    def _new_date_in_the_past(self, date) -> bool:
        """`date` lies before today and is not the date the answer already had."""
        if date is None or date >= timezone.localdate():
            return False
        return not self.instance.pk or date != self.instance.review_date

    def _publishing_action(self, cleaned_data) -> str | None:
        """PUBLISH, SCHEDULE or APPROVE when the button pressed publishes this text, now or at
        its go-live date; None when it only saves (a draft, a submission)."""
        if self.data.get("action-workflow-action"):
            return APPROVE if self.data.get("workflow-action-name") == "approve" else None
        if not self.data.get("action-publish"):
            return None
        go_live_at = cleaned_data.get("go_live_at")
        return SCHEDULE if go_live_at and go_live_at > timezone.now() else PUBLISH


class AnswerPage(Page):
    # The ownership rule (kennisbank.access.rules) applies to answers.
    ownership_kind = ANSWER
    """One answer to one citizen question, used by every channel (website, chatbot, KCC)."""

    # Stable across moves, copies of the tree and reimports: KISS contact moments reference `vac_<uuid>`.
    vac_uuid = models.UUIDField(
        _("VAC uuid"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Identifier of this answer as a VAC object in the Objects API. Never changes."),
    )
    external_id = models.CharField(
        _("external id"),
        max_length=100,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Identifier from an import or another system. Leave empty for new answers."),
    )
    short_answer = models.TextField(
        _("short answer"),
        max_length=SHORT_ANSWER_MAX_LENGTH,
        validators=[MaxLengthValidator(SHORT_ANSWER_MAX_LENGTH)],
        help_text=_(
            "The answer in one to three plain sentences (max. 300 characters). The chatbot says "
            "this and question lists show it."
        ),
    )
    body = StreamField(
        AnswerBodyBlock(),
        verbose_name=_("full answer"),
        blank=True,
        help_text=_("Everything a citizen needs to act: steps, costs, what to bring, contact."),
    )
    internal_notes = RichTextField(
        _("internal notes"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "Work instructions for contact-centre agents. Never shown to citizens, never in the "
            "chatbot or public API."
        ),
    )
    owner_department = models.ForeignKey(
        "kennisbank.Department",
        verbose_name=_("owner department"),
        on_delete=models.PROTECT,
        related_name="answers",
        help_text=_("The department that keeps this answer correct and signs it off."),
    )
    review_date = models.DateField(
        _("review date"),
        help_text=_(
            "When the owner checks this answer again. Empty: today plus the department's interval."
        ),
    )
    reviewed_at = models.DateTimeField(
        _("signed off at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the owner department last confirmed that this answer is still correct."),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed off by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who last confirmed that this answer is still correct."),
    )
    audience = models.CharField(
        _("audience"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.RESIDENTS,
    )
    keywords = ClusterTaggableManager(
        verbose_name=_("keywords"),
        through=AnswerPageTag,
        blank=True,
        help_text=_("Words people search with that are not in the question, e.g. old names."),
    )
    upl = models.ForeignKey(
        "kennisbank.UplProduct",
        verbose_name=_("UPL product"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="answers",
        help_text=_(
            "The product in the Uniform Product List of the Dutch government, if the answer is "
            "about one. Overheid.nl and KISS find the answer by it."
        ),
    )
    online_application = models.CharField(
        _("apply online"),
        max_length=5,
        choices=[
            ("nee", _("No")),
            ("ja", _("Yes")),
            ("digid", _("Yes, with DigiD")),
        ],
        default="nee",
        # Not required in the form: an editor who never touches it means "No".
        blank=True,
        help_text=_("Whether citizens can request this product online (for overheid.nl)."),
    )
    application_url = models.URLField(
        _("address of the online application"),
        blank=True,
        help_text=_("The form where the product is requested online."),
    )
    # Copies of the chosen UPL entry, kept in step on every save: the VAC, the feed, the export
    # and the search index read them without a join.
    upl_uri = models.URLField(_("UPL product URI"), max_length=255, blank=True, editable=False)
    upl_label = models.CharField(_("UPL product name"), max_length=255, blank=True, editable=False)

    # Stored on every save, so the report and the publish warning need no recomputation.
    readability_difficulty = models.FloatField(
        _("difficulty"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "Readability score of the short and full answer together: below 25 reads as B1, "
            "from 35 as C1. Set on every save."
        ),
    )
    readability_level = models.CharField(
        _("language level"),
        max_length=10,
        choices=ReadabilityLevel.choices,
        blank=True,
        editable=False,
        help_text=_("Language level of the short and full answer together. Set on every save."),
    )
    readability_checked_at = models.DateTimeField(
        _("readability checked at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the difficulty and language level were last computed."),
    )

    content_panels = [
        TitleFieldPanel(
            "title",
            heading=_("Question"),
            placeholder=_("Question as a citizen asks it"),
            help_text=_("For example “Hoe vraag ik een paspoort aan?”."),
        ),
        InlinePanel("alternative_questions", heading=_("Also asked as"), label=_("question")),
        FieldPanel("short_answer"),
        FieldPanel("body"),
        FieldPanel("internal_notes"),
        MultiFieldPanel(
            [
                ReviewPanel(),
                FieldRowPanel(
                    [FieldPanel("owner_department", widget=forms.Select), FieldPanel("review_date")]
                ),
                FieldPanel("audience"),
            ],
            _("Ownership"),
        ),
        FieldPanel("keywords"),
        InlinePanel("related_answer_links", heading=_("Related answers"), label=_("answer")),
        MultiFieldPanel(
            [
                FieldPanel("upl"),
                UplStatusPanel(),
                FieldRowPanel([FieldPanel("online_application"), FieldPanel("application_url")]),
            ],
            _("Product (UPL)"),
        ),
    ]
    promote_panels = [
        *Page.promote_panels,
        FieldPanel("external_id"),
        VacStatusPanel(heading=_("Link to KISS (Objects API)")),
    ]

    # Internal notes are deliberately not indexed here: this is the public index.
    search_fields = [
        *Page.search_fields,
        index.SearchField("short_answer", boost=2),
        index.SearchField("body"),
        index.RelatedFields("alternative_questions", [index.SearchField("question", boost=4)]),
        index.RelatedFields("keywords", [index.SearchField("name", boost=4)]),
        index.FilterField("owner_department"),
        index.FilterField("audience"),
        index.FilterField("review_date"),
    ]

    base_form_class = AnswerPageForm
    # A copy is a new answer: it gets its own VAC uuid instead of clashing with the original's.
    exclude_fields_in_copy = ["vac_uuid"]
    parent_page_types = ["kennisbank.KennisbankIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def permissions_for_user(self, user):
        return OwnershipPermissionTester(user, self)

    # Signing off and reassigning change the answer without a revision, so a draft saved
    # before must not undo them when it is published: owner and sign-off always come from the
    # answer as stored. The review date can also be changed in the editor, so a draft keeps its
    # own date only if the editor changed it (it differs from the published revision's).
    def with_content_json(self, content):
        page = super().with_content_json(content)
        page.owner_department_id = self.owner_department_id
        page.reviewed_at = self.reviewed_at
        page.reviewed_by_id = self.reviewed_by_id
        live_content = self.live_revision.content if self.live_revision_id else None
        # str(): a revision just saved holds a date, one read from the database a string.
        draft_date, live_date = content.get("review_date"), (live_content or {}).get("review_date")
        if live_content and str(draft_date) == str(live_date):
            page.review_date = self.review_date
        return page

    @property
    def review_state(self) -> review.ReviewState:
        return review.review_state(self.review_date)

    @property
    def days_overdue(self) -> int:
        return review.days_overdue(self.review_date)

    @property
    def has_active_owner(self) -> bool:
        return self.owner_department.is_active

    @property
    def review_status(self) -> str:
        """What editors and agents see next to the answer, e.g. "Review overdue since …"."""
        if not self.has_active_owner:
            return gettext("No active owner")
        return review.review_status(self.review_date)

    @property
    def related_answers(self):
        return [link.answer for link in self.related_answer_links.all() if link.answer.live]

    @classmethod
    def body_text(cls, body) -> str:
        """The plain text of a body (a StreamValue, as a query's values() gives it), for the
        search indexes: what Wagtail's own index reads of it."""
        return " ".join(cls._meta.get_field("body").get_searchable_content(body)).strip()

    @staticmethod
    def heading_text(body) -> str:
        """The section headings and button texts of a body, one per line: an editor's own
        words for what each part of the answer is about, which search weighs above the body."""
        return "\n".join(
            block.value if block.block_type == "heading" else block.value["label"]
            for block in body
            if block.block_type in ("heading", "call_to_action")
        )

    def clean(self):
        super().clean()
        errors = {}
        for name in ("title", "short_answer"):
            value = getattr(self, name)
            if value and not has_visible_text(value):
                errors[name] = gettext("This holds only invisible characters. Type the text.")
            elif value and not has_words(value):
                errors[name] = gettext(
                    "Write this in words: only symbols or emoji say nothing to a resident, a "
                    "screen reader or the search."
                )
        latest = review.latest_review_date()
        if self.review_date and self.review_date > latest:
            errors["review_date"] = gettext(
                "Choose a review date no later than %(date)s: every answer is checked at least "
                "once in %(years)d years."
            ) % {"date": date_format(latest, "j F Y"), "years": review.MAX_INTERVAL_MONTHS // 12}
        if errors:
            raise ValidationError(errors)

    # The analysis is stored with the content on every save and with every revision, so the
    # editor, import and demo content all keep it. Not in clean(): Wagtail skips full_clean
    # when it saves a page that is not live.
    def save(self, *args, **kwargs):
        # Saves of a few fields (latest_revision, live, ...) leave the content alone.
        if kwargs.get("update_fields") is None:
            self.set_readability(self.readability())
            self.copy_upl()
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        self.set_readability(self.readability())
        self.copy_upl()
        return super().save_revision(*args, **kwargs)

    def copy_upl(self):
        self.upl_uri = self.upl.uri if self.upl else ""
        self.upl_label = self.upl.label if self.upl else ""

    def readability(self) -> AnswerReadability:
        """Analysis of the short and full answer as they are now (not the stored fields)."""
        return analyse_answer(self.short_answer, self.body)

    def set_readability(self, readability: AnswerReadability):
        self.readability_difficulty = readability.judged.difficulty
        self.readability_level = readability.level
        self.readability_checked_at = timezone.now()

    @property
    def reads_harder_than_b1(self) -> bool:
        return self.readability_level in HARDER_THAN_B1


class AlternativeQuestion(Orderable):
    page = ParentalKey(AnswerPage, on_delete=models.CASCADE, related_name="alternative_questions")
    question = models.CharField(_("question"), max_length=255)

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        verbose_name = _("alternative question")
        verbose_name_plural = _("alternative questions")

    def __str__(self):
        return self.question


class RelatedAnswer(Orderable):
    page = ParentalKey(AnswerPage, on_delete=models.CASCADE, related_name="related_answer_links")
    answer = models.ForeignKey(
        AnswerPage, verbose_name=_("answer"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("answer")]

    class Meta(Orderable.Meta):
        verbose_name = _("related answer")
        verbose_name_plural = _("related answers")
