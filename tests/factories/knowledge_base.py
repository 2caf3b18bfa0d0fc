import factory
import wagtail_factories
from django.utils.text import slugify

from knowledge_base.models import ArticleFeedback, KnowledgeArticlePage, KnowledgeBaseIndexPage, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Onderwerp {n}")
    slug = factory.LazyAttribute(lambda t: slugify(t.name))


class KnowledgeBaseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = KnowledgeBaseIndexPage

    title = "Kennisbank"
    slug = "kennisbank"


class KnowledgeArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = KnowledgeArticlePage

    title = factory.Sequence(lambda n: f"Artikel {n}")
    summary = "Een korte samenvatting van het artikel."


class ArticleFeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleFeedback

    useful = True
    comment = ""
