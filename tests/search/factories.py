import factory

from search.models import SynonymGroup


class SynonymGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SynonymGroup

    phrases = "kliko, minicontainer, container"
