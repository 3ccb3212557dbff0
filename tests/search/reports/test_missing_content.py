"""The analytics reports (search.reports.missing_content, poor_answers) and their shared
base (search.reports.base): figures from a hand-built set of events, filters, export,
access and the actions of "Missing content"."""

import datetime

import pytest

from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from kennisbank import review
from kennisbank.models import AnswerPage
from search.analytics import rollup
from search.analytics.recording import group_key
from search.models import Outcome, QueryGroup, SynonymGroup
from search.reports.missing_content import as_title, menu_item, synonym_pair
from tests.csv_export import exported_rows
from tests.kennisbank.factories import (
    DepartmentFactory,
    UserFactory,
    agent,
    department_member,
    editor,
    published_answer,
)
from tests.search.factories import click_event, days_ago, feedback_event, search_event

MISSING = "search:missing_content"
POOR = "search:poor_answers"
ACTION = "search:missing_content_action"


@pytest.fixture
def afval(db):
    return DepartmentFactory(name="Afval", review_interval_months=6)


@pytest.fixture
def burgerzaken(db):
    return DepartmentFactory(name="Burgerzaken", review_interval_months=12)


@pytest.fixture
def passport(index, burgerzaken):
    return published_answer(index, burgerzaken, title="Hoe vraag ik een paspoort aan?")


@pytest.fixture
def container(index, afval):
    return published_answer(index, afval, title="Mijn container is kapot")


@pytest.fixture
def user(index):
    return editor(username="redactie")


@pytest.fixture
def events(passport, container):
    """Two weeks ago and today; the previous 28-day period has one of the same questions."""
    for _ in range(3):
        search_event("grofvuil ophalen", at=days_ago(1))
    for _ in range(2):
        search_event(
            "Grof vuil ophalen", channel="chatbot", outcome=Outcome.HANDED_OVER, at=days_ago(10)
        )
    search_event("grofvuil ophaln", channel="werkplek", at=days_ago(12))
    search_event("grofvuil ophalen", at=days_ago(40))  # previous period
    search_event("paspoort kwijt", channel="chatbot", outcome=Outcome.NO_RESULTS, at=days_ago(2))
    search_event("hondenbelasting", at=days_ago(90))  # before both periods
    # Answered searches never count as missing content.
    searched = [
        search_event("paspoort aanvragen", results=[passport.pk], at=days_ago(3)) for _ in range(3)
    ]
    click_event(searched[0], passport.pk)
    feedback_event(passport.pk, False, search=searched[1])
    # Someone rephrased "kliko kapot" and found the answer.
    failed = search_event("kliko kapot", at=days_ago(4))
    found = search_event(
        "container kapot", results=[container.pk], at=days_ago(4), reformulation_of=failed.token
    )
    click_event(found, container.pk)
    rollup.refresh(force_today=True)


def rows_of(response):
    return list(response.context["object_list"])


def row_for(response, query):
    key = group_key(query)
    return next(row for row in rows_of(response) if key in row["members"])


# --- Missing content: figures ---------------------------------------------------------------


def test_unanswered_questions_are_grouped_and_counted_per_channel(client, user, events):
    client.force_login(user)
    response = client.get(reverse(MISSING))
    assert response.status_code == 200
    rows = rows_of(response)
    assert [row["example"] for row in rows] == ["grofvuil ophalen", "kliko kapot", "paspoort kwijt"]
    grofvuil = rows[0]
    assert grofvuil["total"] == 6
    assert (grofvuil["website"], grofvuil["chatbot"], grofvuil["werkplek"]) == (3, 2, 1)
    assert grofvuil["previous"] == 1
    assert str(grofvuil["trend"]) == "+5 (+500%)"
    assert grofvuil["phrasings"] == [
        ("grofvuil ophalen", 3),
        ("Grof vuil ophalen", 2),
        ("grofvuil ophaln", 1),
    ]
    assert grofvuil["status"] == QueryGroup.Status.NEW
    content = response.content.decode()
    assert "Onbeantwoorde vragen per week" in content
    assert 'role="img"' in content and "<table" in content


def test_questions_arriving_after_the_report_was_opened_are_grouped(client, user, db, index):
    """The grouping is cached; a report first opened on a quiet morning must not leave the
    afternoon's questions ungrouped for an hour."""
    client.force_login(user)
    search_event("hondenpoep", at=timezone.now())
    rollup.refresh(force_today=True)
    assert len(rows_of(client.get(reverse(MISSING)))) == 1
    for _ in range(3):
        search_event("grofvuil ophalen", at=timezone.now())
    search_event("grofvuil ophaln", channel="werkplek", at=timezone.now())
    rollup.refresh(force_today=True)
    rows = rows_of(client.get(reverse(MISSING)))
    assert [(row["example"], row["total"]) for row in rows] == [
        ("grofvuil ophalen", 4),
        ("hondenpoep", 1),
    ]


def test_no_template_comment_is_shown_above_the_table(client, user, events):
    client.force_login(user)
    content = client.get(reverse(MISSING)).content.decode()
    assert "rendered without the request context" not in content
    assert "{#" not in content


def test_question_and_actions_stay_in_view_in_a_wide_table(client, user, events):
    # reports.css keeps these columns sticky while the figures scroll sideways
    # (benchmarks/report_screenshots.py measures it in a browser at 1280 and 1024 px).
    client.force_login(user)
    content = client.get(reverse(MISSING)).content.decode()
    assert content.count('<td class="report-sticky-start">') == 3
    assert content.count('<td class="report-sticky-end">') == 3
    assert "kennisbank/css/reports.css" in content


def test_the_period_and_channel_filters(client, user, events):
    client.force_login(user)
    response = client.get(reverse(MISSING), {"channel": "chatbot"})
    assert [(row["example"], row["total"]) for row in rows_of(response)] == [
        ("Grof vuil ophalen", 2),
        ("paspoort kwijt", 1),
    ]
    start = timezone.localdate() - datetime.timedelta(days=50)
    end = timezone.localdate() - datetime.timedelta(days=30)
    response = client.get(reverse(MISSING), {"period_from": start, "period_to": end})
    assert [(row["example"], row["total"]) for row in rows_of(response)] == [
        ("grofvuil ophalen", 1)
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {"period_from": "2026-03-01", "period_to": "2026-02-01"},
            "De begindatum ligt na de einddatum.",
        ),
        (
            {"period_from": "2024-01-01", "period_to": "2026-01-01"},
            "Kies een periode van hoogstens 400 dagen.",
        ),
        ({"period_from": "2026-13-45"}, "Voer een geldige datum in."),
        ({"channel": "fax"}, "Selecteer een geldige keuze."),
    ],
)
def test_bad_filters_give_a_dutch_message_and_no_rows(client, user, events, params, message):
    client.force_login(user)
    for name in (MISSING, POOR):
        response = client.get(reverse(name), params)
        assert response.status_code == 200
        assert message in response.content.decode()
        assert rows_of(response) == []
        # No spreadsheet of nothing: the page with the message instead.
        response = client.get(reverse(name), {**params, "export": "csv"})
        assert response.status_code == 200
        assert message in response.content.decode()


def test_status_and_department_filters(client, user, events, afval):
    QueryGroup.objects.create(
        group_key=group_key("paspoort kwijt"), status=QueryGroup.Status.IGNORED
    )
    QueryGroup.objects.create(
        group_key=group_key("kliko kapot"), status=QueryGroup.Status.IN_PROGRESS, department=afval
    )
    client.force_login(user)
    examples = [row["example"] for row in rows_of(client.get(reverse(MISSING)))]
    assert examples == ["grofvuil ophalen", "kliko kapot"]  # ignored is hidden by default
    response = client.get(reverse(MISSING), {"status": ["genegeerd"]})
    assert [row["example"] for row in rows_of(response)] == ["paspoort kwijt"]
    response = client.get(reverse(MISSING), {"department": afval.pk})
    assert [row["example"] for row in rows_of(response)] == ["kliko kapot"]


def test_csv_export_has_the_rows(client, user, events):
    client.force_login(user)
    response = client.get(reverse(MISSING), {"export": "csv"})
    assert response.status_code == 200
    rows = exported_rows(response)
    assert rows[0][:3] == ["Vraag", "Website", "Chatbot"]
    assert rows[1] == [
        "grofvuil ophalen", "3", "2", "1", "0", "0", "6", "1", "5", "Nieuw", "", "",
        "Grof vuil ophalen; grofvuil ophaln",
    ]  # fmt: skip
    response = client.get(reverse(MISSING), {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxml")


@pytest.mark.parametrize("typed", ['=HYPERLINK("http://evil.example","klik")', "-2+3 zwembad"])
def test_a_search_typed_as_a_formula_stays_text_in_the_csv(client, user, events, typed):
    """Anyone can type a search; an editor opens the export in Excel or LibreOffice."""
    for _ in range(3):
        search_event(typed)
    rollup.refresh(force_today=True)
    client.force_login(user)
    response = client.get(reverse(MISSING), {"export": "csv"})
    rows = exported_rows(response)
    typed_rows = [row for row in rows if "zwembad" in row[0] or "HYPERLINK" in row[0]]
    assert len(typed_rows) == 1
    # The leading quote makes the spreadsheet show the text instead of running it.
    assert typed_rows[0][0].startswith("'")
    assert typed_rows[0][0][1:].lower() == typed.lower()


def test_reformulations_are_offered(client, user, events, container):
    client.force_login(user)
    row = row_for(client.get(reverse(MISSING)), "kliko kapot")
    assert row["suggestions"] == [
        {
            "page_id": container.pk,
            "title": "Mijn container is kapot",
            "phrasing": "kliko kapot",
            "successful_query": "container kapot",
            "count": 1,
            "synonym": "container, kliko",
        }
    ]


# --- Missing content: actions ---------------------------------------------------------------


def post_action(client, query, follow=False, **data):
    key = group_key(query)
    return client.post(reverse(ACTION), {"key": key, "members": key, **data}, follow=follow)


def test_create_answer_makes_a_draft(client, user, events, afval, index):
    client.force_login(user)
    key = group_key("grofvuil ophalen")
    members = " | ".join([key, group_key("grof vuil ophalen"), group_key("grofvuil ophaln")])
    response = client.post(
        reverse(ACTION),
        {"key": key, "members": members, "action": "create_answer", "department": afval.pk},
    )
    answer = AnswerPage.objects.get(title="Grofvuil ophalen")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[answer.pk])
    assert not answer.live
    assert answer.get_parent().specific == index
    assert answer.owner_department == afval
    assert answer.review_date == review.default_review_date(afval)
    assert [item.question for item in answer.alternative_questions.all()] == [
        "Grof vuil ophalen",
        "Grofvuil ophaln",
    ]
    assert answer.latest_revision is not None
    group = QueryGroup.objects.get(group_key=key)
    assert (group.status, group.answer_id, group.department) == ("in_behandeling", answer.pk, afval)

    # A second click on the same button makes no second draft.
    response = client.post(
        reverse(ACTION),
        {"key": key, "members": members, "action": "create_answer", "department": afval.pk},
        follow=True,
    )
    assert AnswerPage.objects.filter(title="Grofvuil ophalen").count() == 1
    assert "Er wordt al een antwoord op deze vraag geschreven" in response.content.decode()


def test_questions_become_titles():
    assert as_title("hoe vraag ik een paspoort aan") == "Hoe vraag ik een paspoort aan?"
    assert as_title("  grofvuil ophalen. ") == "Grofvuil ophalen"
    assert as_title("kliko kapot?") == "Kliko kapot?"
    assert as_title("") == ""


def test_create_answer_needs_a_department(client, user, events):
    client.force_login(user)
    pages = AnswerPage.objects.count()
    response = post_action(client, "paspoort kwijt", action="create_answer", follow=True)
    assert "Kies de afdeling die eigenaar wordt van het antwoord." in response.content.decode()
    assert AnswerPage.objects.count() == pages
    assert not QueryGroup.objects.exists()


def test_unknown_group_and_incomplete_form(client, user, events, afval):
    client.force_login(user)
    response = client.post(
        reverse(ACTION),
        {"key": "bestaat niet", "action": "create_answer", "department": afval.pk},
        follow=True,
    )
    assert "Deze vraaggroep is onbekend." in response.content.decode()
    response = client.post(reverse(ACTION), {"action": "save"}, follow=True)
    assert "De wijziging is niet opgeslagen" in response.content.decode()
    assert not QueryGroup.objects.exists()


def test_save_status_and_department(client, user, events, afval):
    client.force_login(user)
    response = post_action(
        client, "paspoort kwijt", action="save", status="genegeerd", department=afval.pk
    )
    assert response.status_code == 302
    group = QueryGroup.objects.get(group_key=group_key("paspoort kwijt"))
    assert (group.status, group.department) == ("genegeerd", afval)


def test_add_alternative_question_publishes_a_clean_live_answer(client, user, events, container):
    client.force_login(user)
    post_action(
        client, "kliko kapot", action="add_question", answer=container.pk, phrasing="kliko kapot"
    )
    container.refresh_from_db()
    assert [item.question for item in container.alternative_questions.all()] == ["Kliko kapot"]
    assert not container.has_unpublished_changes
    group = QueryGroup.objects.get(group_key=group_key("kliko kapot"))
    assert (group.status, group.answer_id) == ("beantwoord", container.pk)


def test_a_draft_takes_the_phrasing_that_is_a_question_as_its_title(client, user, afval, index):
    """ "vuurwerk afsteken", typed most, made a title that is no question, and "Wanneer mag ik
    vuurwerk afsteken?" an alternative question."""
    for _ in range(3):
        search_event("vuurwerk afsteken", outcome=Outcome.HANDED_OVER, at=days_ago(1))
    search_event("wanneer mag ik vuurwerk afsteken", outcome=Outcome.HANDED_OVER, at=days_ago(2))
    rollup.refresh(force_today=True)
    client.force_login(user)
    key = group_key("vuurwerk afsteken")
    members = " | ".join([key, group_key("wanneer mag ik vuurwerk afsteken")])
    client.post(
        reverse(ACTION),
        {"key": key, "members": members, "action": "create_answer", "department": afval.pk},
    )
    answer = AnswerPage.objects.get(title="Wanneer mag ik vuurwerk afsteken?")
    assert [item.question for item in answer.alternative_questions.all()] == ["Vuurwerk afsteken"]


def test_add_alternative_question_keeps_pending_draft_edits(client, user, events, container):
    draft = container.get_latest_revision_as_object()
    draft.short_answer = "Nieuwe tekst die nog niet gepubliceerd is."
    draft.save_revision(user=user)
    client.force_login(user)
    post_action(
        client, "kliko kapot", action="add_question", answer=container.pk, phrasing="kliko kapot"
    )
    container.refresh_from_db()
    latest = container.get_latest_revision_as_object()
    assert latest.short_answer == "Nieuwe tekst die nog niet gepubliceerd is."
    assert [item.question for item in latest.alternative_questions.all()] == ["Kliko kapot"]
    # Not published: that would publish the other editor's unfinished draft too.
    assert container.alternative_questions.count() == 0
    assert container.short_answer != latest.short_answer


def test_add_synonym(client, events, container, index):
    SynonymGroup.objects.all().delete()  # the starter list already knows kliko ~ container
    admin = UserFactory(is_superuser=True, username="beheerder")
    client.force_login(admin)
    post_action(
        client,
        "kliko kapot",
        action="add_synonym",
        answer=container.pk,
        phrasing="kliko kapot",
        successful_query="container kapot",
    )
    assert SynonymGroup.objects.filter(phrases="container, kliko").count() == 1
    group = QueryGroup.objects.get(group_key=group_key("kliko kapot"))
    assert (group.status, group.answer_id) == ("beantwoord", container.pk)


def test_a_known_synonym_is_not_added_twice(client, events, container, index):
    SynonymGroup.objects.all().delete()
    SynonymGroup.objects.create(phrases="container, kliko, minicontainer")
    client.force_login(UserFactory(is_superuser=True, username="beheerder"))
    data = {
        "action": "add_synonym",
        "answer": container.pk,
        "phrasing": "kliko kapot",
        "successful_query": "container kapot",
    }
    post_action(client, "kliko kapot", **data)
    post_action(client, "kliko kapot", **data)  # and a double click
    assert SynonymGroup.objects.count() == 1


def test_the_redactie_may_add_synonyms(user):
    assert user.has_perm("search.add_synonymgroup")


def test_synonym_needs_the_permission(client, user, events, container):
    # A municipality may take the synonym list away from its editors.
    for group in user.groups.all():
        group.permissions.remove(*group.permissions.filter(codename="add_synonymgroup"))
    client.force_login(user)
    before = SynonymGroup.objects.count()
    response = post_action(
        client,
        "kliko kapot",
        action="add_synonym",
        answer=container.pk,
        phrasing="kliko kapot",
        successful_query="container kapot",
        follow=True,
    )
    assert "U mag geen synoniemen toevoegen." in response.content.decode()
    assert SynonymGroup.objects.count() == before
    assert not QueryGroup.objects.exists()


def test_synonym_pair():
    assert synonym_pair("kliko kapot", "container kapot") == ("container", "kliko")
    assert synonym_pair("paspoort kwijt", "paspoort kwijt") is None
    assert synonym_pair("hoe laat", "openingstijden gemeentehuis zaterdag ochtend") is None


# --- Poorly answered ------------------------------------------------------------------------


def test_questions_with_results_but_no_click(client, user, events, passport):
    client.force_login(user)
    rows = rows_of(client.get(reverse(POOR)))
    assert [
        (row["query"], row["searches"], row["no_click"], row["negative_feedback"], row["title"])
        for row in rows
    ] == [("paspoort aanvragen", 3, 2, 1, "Hoe vraag ik een paspoort aan?")]
    assert rows[0]["department_name"] == "Burgerzaken"


def test_answers_rated_not_helpful(client, user, events, passport, container, burgerzaken):
    feedback_event(passport.pk, False)
    feedback_event(passport.pk, True)
    feedback_event(container.pk, False, channel="chatbot")
    rollup.refresh(force_today=True)
    client.force_login(user)
    rows = rows_of(client.get(reverse(POOR), {"show": "antwoorden"}))
    assert [
        (row["title"], row["not_helpful"], row["helpful"], row["not_helpful_share"]) for row in rows
    ] == [
        ("Hoe vraag ik een paspoort aan?", 2, 1, 67),
        ("Mijn container is kapot", 1, 0, 100),
    ]
    rows = rows_of(client.get(reverse(POOR), {"show": "antwoorden", "department": burgerzaken.pk}))
    assert [row["title"] for row in rows] == ["Hoe vraag ik een paspoort aan?"]
    rows = rows_of(client.get(reverse(POOR), {"show": "antwoorden", "channel": "chatbot"}))
    assert [row["title"] for row in rows] == ["Mijn container is kapot"]
    response = client.get(reverse(POOR), {"show": "antwoorden", "export": "csv"})
    assert ["Hoe vraag ik een paspoort aan?", "2", "1", "67", "Burgerzaken"] in [
        row[:5] for row in exported_rows(response)
    ]


def test_poor_answers_department_filter(client, user, events, afval):
    client.force_login(user)
    assert rows_of(client.get(reverse(POOR), {"department": afval.pk})) == []


# --- Access ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [MISSING, POOR])
def test_agents_and_department_members_get_a_403(client, index, afval, name):
    for user in (agent(username="kcc"), department_member(afval, index, username="afval")):
        client.force_login(user)
        assert client.get(reverse(name)).status_code == 403
        assert client.post(reverse(ACTION), {"action": "save"}).status_code == 403


@pytest.mark.parametrize("name", [MISSING, POOR])
def test_editors_and_administrators_may_open_the_reports(client, index, name):
    for user in (editor(username="redactie"), UserFactory(is_superuser=True, username="beheerder")):
        client.force_login(user)
        assert client.get(reverse(name)).status_code == 200


def test_the_menu_item_shows_only_for_editors(index, afval):
    request = RequestFactory().get("/admin/")
    item = menu_item()
    for user, shown in (
        (editor(username="redactie"), True),
        (UserFactory(is_superuser=True, username="beheerder"), True),
        (agent(username="kcc"), False),
        (department_member(afval, index, username="afval"), False),
        (AnonymousUser(), False),
    ):
        request.user = user
        assert item.is_shown(request) is shown


def test_the_report_forms_work_with_csrf_protection(user, events, afval):
    """The handling forms are rendered inside table cells; they must carry a valid token."""
    import re

    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    page = client.get(reverse(MISSING)).content.decode()
    form = page[page.index('name="key" value="' + group_key("grofvuil ophalen")) - 400 :]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)

    response = client.post(
        reverse(ACTION),
        {
            "csrfmiddlewaretoken": token,
            "key": group_key("grofvuil ophalen"),
            "members": group_key("grofvuil ophalen"),
            "action": "create_answer",
            "department": afval.pk,
        },
    )

    assert response.status_code == 302
    assert AnswerPage.objects.filter(title="Grofvuil ophalen").exists()
