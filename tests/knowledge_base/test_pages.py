"""Where knowledge base pages may live, and that editors can create articles in the admin."""

from django.contrib.auth.models import Group
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from knowledge_base.models import KnowledgeArticlePage, KnowledgeBaseIndexPage
from people.groups import EDITORS, EMPLOYEES
from tests.factories.knowledge_base import KnowledgeBaseIndexPageFactory, TopicFactory
from tests.factories.people import UserFactory


class KnowledgeBasePageRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = Site.objects.get(is_default_site=True).root_page.specific
        cls.index = KnowledgeBaseIndexPageFactory(parent=cls.home)
        cls.topic = TopicFactory(name="Procesverbetering")
        cls.editor = UserFactory(username="redacteur")
        cls.editor.groups.add(Group.objects.get(name=EDITORS))
        cls.employee = UserFactory(username="medewerker")
        cls.employee.groups.add(Group.objects.get(name=EMPLOYEES))

    def test_index_lives_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(KnowledgeBaseIndexPage, {HomePage})

    def test_index_holds_articles_only(self):
        self.assertAllowedSubpageTypes(KnowledgeBaseIndexPage, {KnowledgeArticlePage})

    def test_article_lives_in_the_knowledge_base_and_has_no_children(self):
        self.assertAllowedParentPageTypes(KnowledgeArticlePage, {KnowledgeBaseIndexPage})
        self.assertAllowedSubpageTypes(KnowledgeArticlePage, set())
        self.assertCanNotCreateAt(HomePage, KnowledgeArticlePage)

    def article_data(self, **overrides):
        data = {
            "title": "De acht verspillingen",
            "slug": "de-acht-verspillingen",
            "summary": "Welke verspillingen lean onderscheidt en hoe je ze herkent.",
            "body": streamfield(
                [
                    ("heading", {"text": "Wat is verspilling?", "level": "h2"}),
                    ("paragraph", rich_text("<p>Alles waar de inwoner niet om vraagt.</p>")),
                    ("video", {"video": "https://www.youtube.com/watch?v=abc", "title": "Uitleg lean"}),
                ]
            ),
            "owner_person": self.editor.pk,
            "owner_team": "",
            "review_date": "",
            "related_links": inline_formset([]),
        }
        data.update(overrides)
        # A multiple choice value must stay a list, so it is added after flattening.
        return {**nested_form_data(data), "topics": [self.topic.pk]}

    def test_editor_of_the_coordination_point_can_create_an_article(self):
        self.client.force_login(self.editor)
        self.assertCanCreate(self.index, KnowledgeArticlePage, self.article_data())
        article = KnowledgeArticlePage.objects.get(slug="de-acht-verspillingen")
        self.assertTrue(article.live)
        self.assertEqual(list(article.topics.all()), [self.topic])
        self.assertEqual(article.review_date, article.default_review_date())

    def test_employee_cannot_create_an_article(self):
        self.client.force_login(self.employee)
        response = self.client.post(
            f"/admin/pages/add/knowledge_base/knowledgearticlepage/{self.index.pk}/", self.article_data()
        )
        self.assertNotEqual(response.status_code, 200)
        self.assertFalse(KnowledgeArticlePage.objects.filter(slug="de-acht-verspillingen").exists())

    def test_editor_can_preview_a_new_article(self):
        self.client.force_login(self.editor)
        preview_url = f"/admin/pages/add/knowledge_base/knowledgearticlepage/{self.index.pk}/preview/"
        response = self.client.post(preview_url, self.article_data())
        self.assertEqual(response.json(), {"is_valid": True, "is_available": True})
        response = self.client.get(preview_url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "De acht verspillingen")
        self.assertContains(response, 'href="https://www.youtube.com/watch?v=abc"')

    def test_editor_can_preview_an_existing_article(self):
        self.client.force_login(self.editor)
        self.assertCanCreate(self.index, KnowledgeArticlePage, self.article_data())
        article = KnowledgeArticlePage.objects.get(slug="de-acht-verspillingen")
        preview_url = f"/admin/pages/{article.pk}/edit/preview/"
        self.client.post(preview_url, self.article_data(title="Verspillingen herkennen"))
        response = self.client.get(preview_url)
        self.assertContains(response, "Verspillingen herkennen")
        self.assertContains(response, "Wat is verspilling?")
