import datetime

import factory
from django.utils import timezone

from search.models import QueryStatistic, Synonym


class SynonymFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Synonym

    terms = "M365, Microsoft 365"


class QueryStatisticFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QueryStatistic

    query = factory.Sequence(lambda n: f"zoekterm {n}")
    date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=1))
    searches = 1
    zero_result_searches = 0
    clicks = 0
