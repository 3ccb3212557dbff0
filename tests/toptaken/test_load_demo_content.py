import io
import re

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import timezone

from wagtail.models import Site

from kennisbank.demo_content.answers import ANSWERS
from kennisbank.models import AnswerPage, ContactSettings, Department
from search.models import Channel, ClickEvent, FeedbackEvent, SearchEvent
from tests.csv_export import exported_dicts
from toptaken.models import HomePage, TopTaskPage


def load_demo():
    output = io.StringIO()
    call_command("load_demo_content", force=True, stdout=output, stderr=io.StringIO())
    return output.getvalue()


def counts():
    return {
        "answers": AnswerPage.objects.count(),
        "live answers": AnswerPage.objects.live().count(),
        "departments": Department.objects.count(),
        "top tasks": TopTaskPage.objects.count(),
        "users": get_user_model().objects.count(),
        "home pages": HomePage.objects.count(),
        "sites": Site.objects.count(),
        "searches": SearchEvent.objects.count(),
    }


def test_the_demo_answers_address_the_reader_as_u():
    """The site says "u" to citizens; an answer saying "jullie" or "je" reads as another voice."""
    informal = re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.IGNORECASE)
    found = [
        (answer["title"], match.group())
        for answer in ANSWERS
        for text in (answer["short_answer"], answer["body"])
        for match in informal.finditer(text)
    ]
    assert not found


@pytest.mark.django_db
def test_real_searches_are_never_joined_by_demo_questions():
    SearchEvent.objects.create(
        channel=Channel.WEBSITE, query="q", normalised_query="q", group_key="q", outcome="results"
    )
    load_demo()
    assert SearchEvent.objects.count() == 1


@pytest.mark.django_db
def test_refuses_to_run_in_production_without_force(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="productie"):
        call_command("load_demo_content", stdout=io.StringIO())


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded once for a class of tests, since one load takes 10 to 30 seconds.

    The load runs in a transaction that is rolled back after the class. Each test runs in a
    savepoint inside it, so what one test changes is undone before the next.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield load_demo()
        transaction.set_rollback(True)


@pytest.mark.django_db
class TestTheLoadedDemo:
    def test_builds_voorbeeldstad_and_is_idempotent(self, demo):
        first = counts()
        assert first["answers"] == first["live answers"] == len(ANSWERS) >= 80
        assert first["departments"] >= 10
        assert 8 <= first["top tasks"] <= 10
        assert first["home pages"] == first["sites"] == 1
        assert Site.objects.get().root_page.specific_class is HomePage
        assert (
            AnswerPage.objects.filter(review_date__lt=timezone.localdate()).count() >= 5
        )  # some overdue
        assert all(department.group for department in Department.objects.all())
        assert ContactSettings.for_site(Site.objects.get()).channels
        # Full links (catalogue feed, VACs) lead to where `make run` serves the demo.
        assert (
            AnswerPage.objects.live().first().full_url.startswith("http://127.0.0.1:8000/vragen/")
        )
        assert "beheerder" in demo and "redactie" in demo and "kcc" in demo

        load_demo()
        assert counts() == first

    def test_can_be_browsed(self, demo, client):
        home = client.get("/")
        assert home.status_code == 200
        for task in TopTaskPage.objects.live():
            assert task.title in home.content.decode()
            assert client.get(task.url).status_code == 200
        for answer in AnswerPage.objects.live()[:20]:
            assert client.get(answer.url).status_code == 200
        assert client.get("/vragen/").status_code == 200

    def test_no_answer_links_to_a_missing_page_of_the_site(self, demo, client):
        """A citizen who clicks a button or link in a demo answer never lands on a 404."""
        broken = set()
        for answer in AnswerPage.objects.live():
            page = client.get(answer.url).content.decode()
            body = page.split("<main", 1)[-1]
            for path in set(re.findall(r'href="(/[^"#?]*)', body)):
                if client.get(path).status_code >= 400:
                    broken.add((answer.slug, path))
        assert not broken

    def test_the_analytics_reports_have_eight_weeks_of_questions_to_show(self, demo, client):
        assert client.login(username="beheerder", password="voorbeeldstad")
        missing = client.get("/admin/search/analytics/missing-content/").content.decode()
        # Needs the demo content does not cover, searched for real and handed over.
        assert "vuurwerk" in missing
        assert "paspoort aanvragen" not in missing
        popular = client.get("/admin/search/analytics/popular/").content.decode()
        assert "paspoort aanvragen" in popular
        # Both report periods have questions, on more than one channel.
        four_weeks_ago = timezone.now() - timezone.timedelta(days=28)
        assert SearchEvent.objects.filter(occurred_at__gte=four_weeks_ago).count() > 100
        assert SearchEvent.objects.filter(occurred_at__lt=four_weeks_ago).count() > 100
        assert SearchEvent.objects.filter(channel=Channel.CHATBOT).exists()
        # Most citizens open what they found, so found answers are not all "no click".
        clicks = ClickEvent.objects.select_related("search")
        assert clicks.count() > 100
        assert all(click.search.occurred_at < click.occurred_at for click in clicks)
        assert FeedbackEvent.objects.filter(channel=Channel.CHATBOT).exists()

    def test_a_department_member_submits_and_a_colleague_approves(self, demo):
        burgerzaken = Department.objects.get(slug="burgerzaken")
        users = get_user_model().objects
        member, colleague = (
            users.get(username="burgerzaken"),
            users.get(username="burgerzaken-collega"),
        )
        answer = AnswerPage.objects.filter(owner_department=burgerzaken).first()
        answer.save_revision(user=member)
        answer.get_workflow().start(answer, member)
        task = answer.get_workflow().tasks[0].specific
        assert list(task.approvers(answer)) == [colleague]
        assert "burgerzaken-collega" in demo

    def test_logins_work(self, demo, client):
        assert client.login(username="redactie", password="voorbeeldstad")
        assert client.get("/admin/").status_code == 200

    def test_has_roles_approval_and_sign_offs_and_upgrades_an_older_demo(self, demo):
        from wagtail.models import WorkflowPage

        from kennisbank.access.approval import TASK_NAME
        from kennisbank.models import KennisbankIndexPage
        from kennisbank.review import sign_off

        index = KennisbankIndexPage.objects.get()
        burgerzaken = Department.objects.get(slug="burgerzaken")
        user = get_user_model().objects.get(username="burgerzaken")
        assert user.groups.filter(pk=burgerzaken.group_id).exists()
        answer = AnswerPage.objects.filter(owner_department=burgerzaken).first()
        assert answer.permissions_for_user(user).can_edit()
        other = AnswerPage.objects.exclude(owner_department=burgerzaken).first()
        assert not other.permissions_for_user(user).can_edit()
        assert [task.name for task in answer.get_workflow().tasks] == [TASK_NAME]
        assert AnswerPage.objects.exclude(reviewed_at=None).count() >= 20
        assert not AnswerPage.objects.filter(
            review_date__lt=timezone.localdate(), reviewed_at__isnull=False
        ).exists()

        # An older demo database: no workflow on the index yet. A sign-off made in the demo stays.
        WorkflowPage.objects.filter(page=index).delete()
        signed_on = sign_off(answer, user)
        load_demo()
        assert WorkflowPage.objects.filter(page=index).exists()
        answer.refresh_from_db()
        assert answer.review_date == signed_on
        assert answer.reviewed_by == user

    def test_the_answers_were_published_by_the_web_editors(self, demo, client):
        from wagtail.models import PageLogEntry

        editor = get_user_model().objects.get(username="redactie")
        publications = PageLogEntry.objects.filter(
            action="wagtail.publish", page__in=AnswerPage.objects.all()
        )
        assert publications.count() >= len(ANSWERS)
        assert set(publications.values_list("user", flat=True)) == {editor.pk}

        # The report of pages nobody touched for a while names who published them last.
        client.login(username="beheerder", password="voorbeeldstad")
        response = client.get("/admin/reports/aging-pages/", {"export": "csv"})
        rows = exported_dicts(response)
        answer_rows = [
            row for row in rows if row["Titel"] in {answer["title"] for answer in ANSWERS}
        ]
        assert len(answer_rows) == len(ANSWERS)
        assert {row["Voor het laatst gepubliceerd door"] for row in answer_rows} == {"redactie"}
