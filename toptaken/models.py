from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from kennisbank.models import AnswerPage
from toptaken.icons import TOP_TASK_ICONS


class AnswerListBlock(blocks.StructBlock):
    """A titled group of answers: a sub-section of a top task or an "other topic" on the home page."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    answers = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="kennisbank.AnswerPage", label=_("Answer")),
        label=_("Answers"),
    )

    class Meta:
        icon = "list-ul"
        label = _("Group of answers")


def live_answers(pages):
    """Drop answers that were unpublished or deleted after an editor chose them."""
    return [page.specific for page in pages if page and page.live]


class HomePage(Page):
    intro = models.CharField(
        _("intro"),
        max_length=255,
        blank=True,
        help_text=_("One short sentence next to the search box."),
    )
    other_topics = StreamField(
        [("topic", AnswerListBlock())],
        verbose_name=_("other topics"),
        blank=True,
        help_text=_("Themes below the top tasks, each with a few answers."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("other_topics")]
    subpage_types = [
        "toptaken.TopTaskPage",
        "kennisbank.KennisbankIndexPage",
        "toptaken.InformationPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["top_tasks"] = TopTaskPage.objects.child_of(self).live().public().order_by("path")
        context["topics"] = [
            {"heading": block.value["heading"], "answers": live_answers(block.value["answers"])}
            for block in self.other_topics
        ]
        return context


class TopTaskPage(Page):
    """A top task ("toptaak"): the few answers most people need for one life event or service."""

    intro = models.TextField(_("intro"), max_length=400, help_text=_("One or two plain sentences."))
    sections = StreamField(
        [("section", AnswerListBlock())],
        verbose_name=_("sub-sections"),
        blank=True,
        help_text=_("Further answers, grouped under a heading."),
    )
    icon = models.CharField(
        _("icon"),
        max_length=40,
        blank=True,
        choices=TOP_TASK_ICONS,
        help_text=_("Shown on the card of this top task on the home page."),
    )
    show_contact = models.BooleanField(
        _("show contact options"),
        default=True,
        help_text=_("Show phone, counter and e-mail with today's opening hours at the bottom."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("icon"),
        InlinePanel(
            "key_answer_links",
            heading=_("Most asked"),
            label=_("Answer"),
            min_num=1,
            # A top task has no pages of its own ("0 pagina's" in the explorer): editors looked
            # for where to add an answer.
            help_text=_(
                "Choose existing answers. A new answer is written in the list of answers "
                "(Pages → the answers page, such as “Vragen en antwoorden”) and can then be "
                "chosen here."
            ),
        ),
        FieldPanel("sections"),
        FieldPanel("show_contact"),
    ]
    parent_page_types = ["toptaken.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("top task")
        verbose_name_plural = _("top tasks")

    @property
    def key_answers(self):
        return live_answers(link.answer for link in self.key_answer_links.select_related("answer"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["section_list"] = [
            {"heading": block.value["heading"], "answers": live_answers(block.value["answers"])}
            for block in self.sections
        ]
        return context


class TopTaskAnswer(Orderable):
    page = ParentalKey(TopTaskPage, on_delete=models.CASCADE, related_name="key_answer_links")
    answer = models.ForeignKey(
        AnswerPage, verbose_name=_("answer"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("answer")]


class InformationPage(Page):
    """A plain page such as the privacy statement or the accessibility statement."""

    body = RichTextField(_("text"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["toptaken.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")
