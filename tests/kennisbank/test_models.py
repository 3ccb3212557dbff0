import datetime

import pytest

from django.core.exceptions import ValidationError
from django.db.models import ProtectedError

from kennisbank.models import AnswerPage, Department, KennisbankIndexPage
from kennisbank.models.channels import contact_href
from tests.kennisbank.factories import AnswerPageFactory, DepartmentFactory, UplProductFactory


def unsaved_answer(index, **overrides):
    fields = {
        "title": "Wat kost een paspoort?",
        "slug": "wat-kost-een-paspoort",
        "short_answer": "Een paspoort kost € 84,70.",
        "owner_department": DepartmentFactory(),
        "review_date": datetime.date(2027, 6, 1),
        **overrides,
    }
    answer = AnswerPage(**fields)
    answer.path = index.path + "0001"
    answer.depth = index.depth + 1
    return answer


@pytest.mark.django_db
class TestAnswerRules:
    def test_owner_department_is_required(self, index):
        with pytest.raises(ValidationError) as error:
            unsaved_answer(index, owner_department=None).full_clean()
        assert "owner_department" in error.value.message_dict

    def test_review_date_is_required(self, index):
        with pytest.raises(ValidationError) as error:
            unsaved_answer(index, review_date=None).full_clean()
        assert "review_date" in error.value.message_dict

    def test_short_answer_is_required_and_at_most_300_characters(self, index):
        with pytest.raises(ValidationError) as error:
            unsaved_answer(index, short_answer="").full_clean()
        assert "short_answer" in error.value.message_dict
        with pytest.raises(ValidationError) as error:
            unsaved_answer(index, short_answer="a" * 301).full_clean()
        assert "short_answer" in error.value.message_dict
        unsaved_answer(index, short_answer="a" * 300).full_clean()

    def test_external_id_is_unique(self, index):
        AnswerPageFactory(parent=index, external_id="kb-1")
        with pytest.raises(ValidationError):
            AnswerPageFactory(parent=index, external_id="kb-1")


@pytest.mark.django_db
class TestDepartment:
    def test_department_owning_answers_cannot_be_deleted(self, index):
        answer = AnswerPageFactory(parent=index)
        with pytest.raises(ProtectedError):
            answer.owner_department.delete()

    def test_department_without_answers_can_be_deleted(self):
        department = DepartmentFactory()
        department.delete()
        assert not Department.objects.filter(name=department.name).exists()

    def test_reminder_addresses_are_validated_and_split(self):
        department = DepartmentFactory(
            reminder_emails="a@voorbeeldstad.example; b@voorbeeldstad.example\nc@x.nl"
        )
        department.full_clean()
        assert department.reminder_addresses == [
            "a@voorbeeldstad.example",
            "b@voorbeeldstad.example",
            "c@x.nl",
        ]
        department.reminder_emails = "a@voorbeeldstad.example, geen-adres"
        with pytest.raises(ValidationError, match="geen-adres"):
            department.full_clean()

    def test_review_interval_between_one_and_sixty_months(self):
        department = DepartmentFactory.build(review_interval_months=0)
        with pytest.raises(ValidationError):
            department.full_clean()


@pytest.mark.django_db
class TestPageTree:
    def test_answers_live_only_under_the_answers_index(self, home, index):
        assert AnswerPage.can_create_at(index)
        assert not AnswerPage.can_create_at(home)

    def test_one_answers_index_per_site(self, home, index):
        assert not KennisbankIndexPage.can_create_at(home)

    def test_nothing_below_an_answer(self, index):
        answer = AnswerPageFactory(parent=index)
        assert not AnswerPage.can_create_at(answer)


class TestSubjects:
    """The A-Z list groups by subject, not by a question's first word (issue #20)."""

    @pytest.mark.parametrize(
        ("question", "upl", "keywords", "subjects"),
        [
            ("Hoe vraag ik een paspoort aan?", "", [], ["paspoort"]),
            ("Wat kost een paspoort?", "Paspoort", [], ["paspoort"]),
            ("Hoe laat ik grofvuil ophalen?", "", ["grofvuil", "meubels"], ["grofvuil"]),
            # The question's rarest word, not its first: "kapot" and "hulp" are said of anything.
            ("Mijn container is kapot. Hoe krijg ik een nieuwe?", "", [], ["container"]),
            ("Is er hulp bij hoge energiekosten?", "", [], ["energiekosten"]),
            ("Kan ik met voorrang een woning krijgen?", "", [], ["voorrang"]),
            # Imported questions: a rare verb form is no subject, a two-letter abbreviation is.
            ("Krijg ik minder AOW als ik samenwoon?", "", [], ["AOW"]),
            ("Hoe beëindig ik mijn huurcontract?", "", [], ["huurcontract"]),
            ("Mag ik vuurwerk afsteken?", "", [], ["vuurwerk"]),
            ("Hoe lang en hoeveel WW krijg ik?", "", [], ["WW"]),
            ("Tot welke leeftijd krijg ik kinderbijslag?", "", [], ["kinderbijslag"]),
            ("Wat moet ik regelen als ik ga emigreren?", "", [], ["emigreren"]),
            # The keywords the question names, first what it names first.
            (
                "Hoe vraag ik een paspoort aan voor mijn kind?",
                "",
                ["kind", "paspoort", "toestemming"],
                ["paspoort", "kind"],
            ),
            # "ID-kaart" listed only "Hoe vraag ik een ID-kaart aan?".
            (
                "Wat kost een paspoort of ID-kaart?",
                "",
                ["id-kaart", "kosten", "paspoort", "tarieven"],
                ["paspoort", "ID-kaart"],
            ),
            # What happened to it is no heading.
            (
                "Mijn container is kapot of kwijt.",
                "",
                ["container", "kapot", "kwijt"],
                ["container"],
            ),
            ("Kan ik met spoed een paspoort krijgen?", "", ["spoed", "paspoort"], ["paspoort"]),
            (
                "Wat mag er in de groene container?",
                "",
                ["gft", "groene container"],
                ["groene container"],
            ),
            # The citizen's word and the national product name, when they differ.
            (
                "Wat kan ik naar de milieustraat brengen?",
                "afvalinzamelstation",
                ["milieustraat", "puin"],
                ["milieustraat", "afvalinzamelstation"],
            ),
            # One entry when the product name holds the citizen's word.
            (
                "Hoe laat ik grofvuil ophalen?",
                "afvalinzameling grofvuil",
                ["grofvuil"],
                ["grofvuil"],
            ),
            # Without a keyword the question names, the product name, not a guess ("strooit").
            (
                "Welke wegen strooit de gemeente?",
                "gladheidbestrijding",
                ["gladheid"],
                ["gladheidbestrijding"],
            ),
            # Abbreviations as the question writes them: "Digid" reads as a typo.
            ("Ik kan niet inloggen met DigiD. Wat nu?", "digid", [], ["DigiD"]),
            (
                "Hoe vraag ik een uittreksel uit de BRP aan?",
                "brp-uittreksel",
                [],
                ["BRP-uittreksel"],
            ),
            # A question typed in capitals is not an abbreviation.
            ("WAT KOST EEN PASPOORT?", "", [], ["paspoort"]),
        ],
    )
    def test_the_subjects_of_a_question(self, question, upl, keywords, subjects):
        from kennisbank.content.subjects import answer_subjects

        assert answer_subjects(question, upl, keywords) == subjects

    def test_an_answer_is_found_under_the_citizens_word_and_the_product_name(self, client, index):
        """The milieustraat was only under A, as "afvalinzamelstation"."""
        answer = AnswerPageFactory(
            parent=index,
            title="Wat kan ik naar de milieustraat brengen?",
            upl=UplProductFactory(label="afvalinzamelstation"),
        )
        answer.keywords.add("milieustraat")
        answer.save_revision().publish()
        groups = dict(client.get(index.url).context["answers_by_letter"])
        assert [page.title for page in dict(groups["M"])["milieustraat"]] == [answer.title]
        assert [page.title for page in dict(groups["A"])["afvalinzamelstation"]] == [answer.title]

    def test_abbreviations_are_written_as_any_question_writes_them(self, client, index):
        AnswerPageFactory(parent=index, title="Hoe vraag ik een uittreksel uit de BRP aan?")
        AnswerPageFactory(
            parent=index,
            title="Ik kom in Voorbeeldstad wonen.",
            upl=UplProductFactory(label="brp-inschrijving"),
        )
        groups = dict(client.get(index.url).context["answers_by_letter"])
        assert "BRP-inschrijving" in dict(groups["B"])

    def test_questions_starting_with_hoe_are_listed_under_their_subject(self, client, index):
        for title in [
            "Hoe vraag ik een paspoort aan?",
            "Wat kost een paspoort?",
            "Hoe meld ik mijn hond aan?",
            "Hoe geef ik mijn verhuizing door?",
        ]:
            AnswerPageFactory(parent=index, title=title)
        groups = dict(client.get(index.url).context["answers_by_letter"])
        assert "H" in groups and "P" in groups and "V" in groups
        assert dict(groups["P"])["paspoort"][0].title in {
            "Hoe vraag ik een paspoort aan?",
            "Wat kost een paspoort?",
        }
        assert len(dict(groups["P"])["paspoort"]) == 2
        assert list(dict(groups["H"])) == ["hond"]

    def test_every_letter_leads_back_to_the_letters(self, client, index):
        for title in ["Hoe vraag ik een paspoort aan?", "Hoe meld ik mijn hond aan?"]:
            AnswerPageFactory(parent=index, title=title)
        page = client.get(index.url).content.decode()
        assert 'id="letters"' in page
        # One after the H and one after the P.
        assert page.count('href="#letters"') == 2

    def test_subjects_differing_in_case_are_one_subject(self, client, index):
        AnswerPageFactory(parent=index, title="DigiD kwijt, wat nu?")
        AnswerPageFactory(parent=index, title="Hoe vraag ik digid aan?")
        groups = dict(client.get(index.url).context["answers_by_letter"])
        assert [(subject, len(answers)) for subject, answers in groups["D"]] == [("DigiD", 2)]

    def test_synonyms_under_one_letter_are_one_subject(self, client, index):
        """ "ID-kaart" and "identiteitskaart" were two lists of the same answers side by side."""
        AnswerPageFactory(parent=index, title="Hoe vraag ik een ID-kaart aan?", keywords=[])
        AnswerPageFactory(parent=index, title="Wat kost een identiteitskaart?", keywords=[])
        AnswerPageFactory(parent=index, title="Wat kost een huwelijk?", keywords=[])
        AnswerPageFactory(parent=index, title="Waar kan ik trouwen?", keywords=[])
        groups = dict(client.get(index.url).context["answers_by_letter"])
        assert [(subject, len(answers)) for subject, answers in groups["I"]] == [("ID-kaart", 2)]
        # Under another letter a synonym stays where a resident looks for it.
        assert list(dict(groups["H"])) == ["huwelijk"] and list(dict(groups["T"])) == ["trouwen"]


@pytest.mark.parametrize(
    ("kind", "contact", "href"),
    [
        ("phone", "14 0123", "tel:140123"),
        # As the municipality's own number in the footer: digits and a leading plus only.
        ("phone", "+31 (0)30 123-45 67", "tel:+310301234567"),
        ("email", " info@voorbeeldstad.example ", "mailto:info@voorbeeldstad.example"),
        ("whatsapp", "06 1234 0123", "https://wa.me/31612340123"),
        ("whatsapp", "+31 6 1234 0123", "https://wa.me/31612340123"),
        ("whatsapp", "+31 (0)6 1234 0123", "https://wa.me/31612340123"),
        ("whatsapp", "0032 470 12 34 56", "https://wa.me/32470123456"),
        ("whatsapp", "geen nummer", ""),
        ("counter", "Markt 1, Voorbeeldstad", ""),
    ],
)
def test_contact_links_act_on_the_channel(kind, contact, href):
    assert contact_href(kind, contact) == href
