import datetime

import factory
import wagtail_factories
from django.utils import timezone

from teasers.models import Audience, Campaign, FeedToken, NewsletterIndexPage, NewsletterPage, Teaser


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Campagne {n}")
    target_per_week = 0


class TeaserFactory(factory.django.DjangoModelFactory):
    """A live teaser for everyone, shown from an hour ago without an end."""

    class Meta:
        model = Teaser
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Teaser {n}")
    text = "Kom naar de Academie en leer iets nieuws."
    link_url = "https://www.westbetuwe.nl/"
    campaign = factory.SubFactory(CampaignFactory, name="Academie")
    audience = Audience.EVERYONE
    display_from = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    display_until = None
    live = True

    @factory.post_generation
    def teams(self, create, extracted, **kwargs):
        if create and extracted:
            self.teams.set(extracted)
            self.save()

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.set(extracted)
            self.save()


def make_token(**fields):
    """A saved FeedToken and its secret."""
    from teasers.tokens import issue_token

    token = FeedToken(name=fields.pop("name", "Teams-kanaal"), **fields)
    return token, issue_token(token)


class NewsletterIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsletterIndexPage

    title = "Nieuwsbrief"
    slug = "nieuwsbrief"


class NewsletterPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsletterPage

    title = factory.Sequence(lambda n: f"Nieuwsbrief {n}")
    issue_date = datetime.date(2026, 12, 1)
    foreword_author = "Marieke Jansen"
    foreword_role = "Kwartiermaker lerende organisatie"
    foreword = "<p>Leren doen we samen.</p>"
