from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from kennisbank.content.opening_hours import WEEKDAY_NAMES, Period, channel_status, weekly_schedule
from kennisbank.models.channels import ChannelKind, contact_href


class OpeningPeriodBlock(blocks.StructBlock):
    weekday = blocks.ChoiceBlock(
        label=_("Day"), choices=[(str(i), name) for i, name in enumerate(WEEKDAY_NAMES)]
    )
    opens = blocks.TimeBlock(label=_("Opens"))
    closes = blocks.TimeBlock(label=_("Closes"))


class ChannelBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=60, help_text=_("For example “Telefoon”."))
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=ChannelKind.choices)
    contact = blocks.CharBlock(
        label=_("Contact details"), max_length=255, help_text=_("Phone number, address or e-mail.")
    )
    note = blocks.CharBlock(label=_("Note"), required=False, max_length=255)
    hours = blocks.ListBlock(
        OpeningPeriodBlock(),
        label=_("Opening hours"),
        help_text=_("Leave empty for channels that are always available, such as e-mail."),
    )


class ClosedDayBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    label = blocks.CharBlock(
        label=_("Reason"), max_length=100, help_text=_("For example “Koningsdag”.")
    )


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """How citizens reach a person: one place, used by every page and by the chatbot."""

    channels = StreamField(
        [("channel", ChannelBlock(label=_("Channel")))],
        verbose_name=_("contact channels"),
        blank=True,
        help_text=_("In the order citizens should see them."),
    )
    closed_days = StreamField(
        [("day", ClosedDayBlock(label=_("Closed day")))],
        verbose_name=_("closed days"),
        blank=True,
        help_text=_("Public holidays and other days when phone and counter are closed."),
    )

    panels = [FieldPanel("channels"), FieldPanel("closed_days")]

    class Meta:
        verbose_name = _("contact channels")

    def closed_day_map(self):
        return {block.value["date"]: block.value["label"] for block in self.closed_days}

    def channel_list(self, now=None):
        """Every channel with its status at `now`, ready for a template or the chatbot."""
        closed = self.closed_day_map()
        result = []
        for block in self.channels:
            value = block.value
            periods = [
                Period(int(period["weekday"]), period["opens"], period["closes"])
                for period in value["hours"]
            ]
            result.append(
                {
                    "name": value["name"],
                    "kind": value["kind"],
                    "contact": value["contact"],
                    "href": contact_href(value["kind"], value["contact"]),
                    "note": value["note"],
                    "status": channel_status(periods, closed, now),
                    "schedule": weekly_schedule(periods) if periods else [],
                }
            )
        return result
