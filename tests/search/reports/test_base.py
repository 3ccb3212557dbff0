"""search.reports.base: period, trend and chart helpers (no database)."""

import datetime

from django.utils import timezone, translation

from kennisbank.reports.base import Period, period_from_cleaned, week_over_week
from kennisbank.reports.chart import bar_chart
from search.reports.base import AnalyticsFilterSet


def test_trends_in_dutch_notation():
    with translation.override("nl"):
        assert str(week_over_week(1500, 1200)) == "+300 (+25%)"
        assert str(week_over_week(12000, 2000)) == "+10.000 (+500%)"
        assert str(week_over_week(95, 100)) == "-5 (-5,0%)"
        assert str(week_over_week(3, 0)) == "+3 (nieuw)"
        assert str(week_over_week(0, 0)) == "0"
        assert week_over_week(0, 4).direction == "down"


def test_periods():
    period = Period(datetime.date(2026, 3, 1), datetime.date(2026, 3, 28))
    assert period.days == 28
    assert period.previous() == Period(datetime.date(2026, 2, 1), datetime.date(2026, 2, 28))
    weeks = period.weeks()
    assert [week.days for week in weeks] == [7, 7, 7, 7]
    assert weeks[-1].end == period.end
    assert [
        w.days for w in Period(datetime.date(2026, 3, 1), datetime.date(2026, 3, 10)).weeks()
    ] == [3, 7]
    today = datetime.date(2026, 3, 28)
    assert period_from_cleaned(None, today) == period


def test_filter_form_takes_dates_and_refuses_bad_periods(db):
    valid = AnalyticsFilterSet({"period_from": "2026-01-01", "period_to": "2026-01-31"})
    assert valid.is_valid()
    assert valid.form.cleaned_data["period"] == slice(
        datetime.date(2026, 1, 1), datetime.date(2026, 1, 31)
    )
    with translation.override("nl"):
        reversed_dates = AnalyticsFilterSet(
            {"period_from": "2026-02-01", "period_to": "2026-01-01"}
        )
        assert not reversed_dates.is_valid()
        assert reversed_dates.form.errors["period"] == ["De begindatum ligt na de einddatum."]
        # Only a start long ago: up to today is too long.
        too_long = AnalyticsFilterSet({"period_from": "2020-01-01"})
        assert not too_long.is_valid()
        # An empty report without a reason looked like nobody asked anything.
        tomorrow = timezone.localdate() + datetime.timedelta(days=1)
        future = AnalyticsFilterSet({"period_from": tomorrow.isoformat()})
        assert not future.is_valid()
        assert future.form.errors["period"] == [
            "De periode begint na vandaag: daarover zijn nog geen cijfers."
        ]
        # Up to a day in the future is fine: the figures up to today.
        ending_later = AnalyticsFilterSet(
            {"period_from": timezone.localdate().isoformat(), "period_to": tomorrow.isoformat()}
        )
        assert ending_later.is_valid()


def test_bar_chart_is_accessible_svg_with_a_table():
    chart = bar_chart(
        [{"week": "1 mrt – 7 mrt", "n": 1234}, {"week": "8 mrt – 14 mrt", "n": 0}],
        label="week",
        value="n",
        caption="Vragen per week",
    )
    html = str(chart)
    assert 'role="img"' in html
    assert "<title id=" in html and "<desc id=" in html
    assert "Vragen per week" in html
    assert "style=" not in html and "<script" not in html
    assert "<table" in html and "1.234" in html
    assert [bar.width for bar in chart.bars][1] == 0
    assert "1 mrt – 7 mrt: 1.234" in chart.description


def test_the_longest_label_fits_left_of_the_bars():
    chart = bar_chart(
        [{"question": "kwijtschelding gemeentelijke belastingen aanvragen", "n": 9}],
        label="question",
        value="n",
        caption="Meest gestelde vragen",
    )
    shown = chart.bars[0].short_label
    assert shown.endswith("…")
    # 13px text, at a generous 0.6 em per character of a sans-serif font.
    assert len(shown) * 13 * 0.6 <= chart.label_x
