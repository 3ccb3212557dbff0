import factory
import wagtail_factories

from toptaken.models import HomePage, InformationPage, TopTaskPage


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Gemeente Voorbeeldstad"
    slug = "voorbeeldstad"
    intro = "Waar kunnen we u mee helpen?"


class TopTaskPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TopTaskPage

    title = factory.Sequence(lambda n: f"Toptaak {n}")
    slug = factory.Sequence(lambda n: f"toptaak-{n}")
    intro = "Alles over deze toptaak op één plek."


class InformationPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InformationPage

    title = "Privacyverklaring"
    slug = "privacyverklaring"
    body = "<p>Wij bewaren geen persoonsgegevens van zoekopdrachten.</p>"
