"""An accessible server-side SVG bar chart (role="img" with <title> and <desc>, no script, no
style attributes) with its data table as the fallback for screen readers and printing.
Render it with ``{{ chart }}``."""

import itertools
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.translation import gettext

from kennisbank.reports.base import format_number
from kennisbank.reports.values import read_value

_chart_ids = itertools.count(1)
CHART_WIDTH = 640
# Room for LABEL_MAX_CHARS characters of 13px text left of the bars: at 220 the start of a long
# label ("Kan ik kwijtschelding ...") fell outside the chart.
LABEL_WIDTH = 260
VALUE_WIDTH = 70
ROW_HEIGHT = 26
BAR_HEIGHT = 18
LABEL_MAX_CHARS = 32


@dataclass(frozen=True)
class Bar:
    label: str
    short_label: str
    value: float
    value_display: str
    y: int
    text_y: int
    width: int
    value_x: int


@dataclass(frozen=True)
class BarChart:
    caption: str
    description: str
    bars: list
    height: int
    width: int
    id: str
    label_heading: str
    value_heading: str
    label_x: int = LABEL_WIDTH - 8
    bar_x: int = LABEL_WIDTH

    def __html__(self):
        return render_to_string("kennisbank/reports/chart.html", {"chart": self})

    def __str__(self):
        return self.__html__()


def bar_chart(
    rows,
    *,
    label,
    value,
    caption,
    description: str = "",
    label_heading=None,
    value_heading=None,
) -> BarChart:
    """A horizontal bar chart of `rows`, in their order. `label` and `value` are keys, dotted
    paths or callables; `caption` names the chart (its <title> and the table caption)."""
    items = [(str(read_value(row, label) or ""), read_value(row, value) or 0) for row in rows]
    largest = max((max(number, 0) for _, number in items), default=0)
    bar_area = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH
    bars = []
    for position, (text, number) in enumerate(items):
        width = round(bar_area * max(number, 0) / largest) if largest else 0
        y = position * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) // 2
        bars.append(
            Bar(
                label=text,
                short_label=text
                if len(text) <= LABEL_MAX_CHARS
                else text[: LABEL_MAX_CHARS - 1] + "…",
                value=number,
                value_display=format_number(number),
                y=y,
                text_y=position * ROW_HEIGHT + ROW_HEIGHT // 2 + 5,
                width=max(width, 1 if number > 0 else 0),
                value_x=LABEL_WIDTH + width + 6,
            )
        )
    if not description:
        description = "; ".join(f"{bar.label}: {bar.value_display}" for bar in bars)
    return BarChart(
        caption=str(caption),
        description=description,
        bars=bars,
        height=max(len(bars), 1) * ROW_HEIGHT,
        width=CHART_WIDTH,
        id=f"report-chart-{next(_chart_ids)}",
        label_heading=str(label_heading or gettext("Label")),
        value_heading=str(value_heading or gettext("Number")),
    )
