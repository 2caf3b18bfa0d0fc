"""Who may do what with the knowledge base's admin screens."""

import pytest
from django.contrib.auth.models import Group

from knowledge_base.models import Topic
from people.groups import EDITORS, EMPLOYEES
from tests.admin_access import assert_sent_to_admin_login

pytestmark = pytest.mark.django_db

TOPICS_URL = "/admin/snippets/knowledge_base/topic/"


def codenames(group_name):
    return set(
        Group.objects.get(name=group_name)
        .permissions.filter(content_type__app_label="knowledge_base")
        .values_list("codename", flat=True)
    )


def test_coordination_point_may_manage_topics_and_see_both_reports():
    assert {
        "add_topic",
        "change_topic",
        "delete_topic",
        "view_topic",
        "view_articlefeedback",
        "review_knowledgearticlepage",
    } <= codenames(EDITORS)


def test_employees_get_no_knowledge_base_admin_rights():
    assert codenames(EMPLOYEES) == set()


def test_editor_sees_the_knowledge_base_menu(editor_client):
    html = editor_client.get("/admin/").content.decode()
    for label in ("Kennisbank", "Onderwerpen", "Reacties op artikelen", "Te reviewen"):
        assert label in html


def test_editor_can_add_a_topic(editor_client):
    response = editor_client.post(
        TOPICS_URL + "add/", {"name": "Leercafé", "slug": "leercafe", "description": "Kennis delen"}
    )
    assert response.status_code == 302
    assert Topic.objects.filter(slug="leercafe").exists()


def test_topic_with_a_bad_slug_is_refused_at_the_field(editor_client):
    response = editor_client.post(TOPICS_URL + "add/", {"name": "Leercafé", "slug": "leer café!"})
    assert response.status_code == 200
    assert not Topic.objects.exists()
    assert response.context["form"].errors["slug"]


def test_employee_cannot_manage_topics(employee_client):
    response = employee_client.post(TOPICS_URL + "add/", {"name": "Leercafé", "slug": "leercafe"})
    assert_sent_to_admin_login(response, TOPICS_URL + "add/")
    assert not Topic.objects.exists()


def test_topic_list_shows_how_many_articles_use_each_topic(editor_client, make_article):
    from tests.factories.knowledge_base import TopicFactory

    lean = TopicFactory(name="Lean")
    make_article(topics=[lean])
    make_article(topics=[lean])
    response = editor_client.get(TOPICS_URL)
    assert response.status_code == 200
    assert [(topic.name, topic.article_count) for topic in response.context["object_list"]] == [("Lean", 2)]
