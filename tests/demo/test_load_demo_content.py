import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpRequest
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from knowledge_base.models import KnowledgeArticlePage, KnowledgeBaseIndexPage, RelatedArticle, Topic
from people.groups import EDITORS, EMPLOYEES
from people.models import EmployeeProfile, Team
from tests.demo.commands import run_command

pytestmark = pytest.mark.django_db

User = get_user_model()


def counts():
    models = [
        Team,
        User,
        EmployeeProfile,
        Topic,
        get_image_model(),
        get_document_model(),
        Page,
        Revision,
        RelatedArticle,
    ]
    return {model.__name__: model.objects.count() for model in models}


def printed_password(output, username):
    match = re.search(rf"^\s*{username} / (\S+)", output, re.MULTILINE)
    assert match, f"{username} is not in the output:\n{output}"
    return match[1]


def test_creates_a_published_knowledge_base_with_topics_and_owners(demo_output):
    home_page = Site.objects.get(is_default_site=True).root_page.specific
    assert "Samen West Betuws Werken" in home_page.intro
    index = KnowledgeBaseIndexPage.objects.child_of(home_page).live().get()
    articles = KnowledgeArticlePage.objects.child_of(index).live()
    assert articles.count() >= 25
    assert not articles.filter(has_unpublished_changes=True).exists()
    assert Topic.objects.count() >= 8
    assert all(article.topics.exists() for article in articles)
    assert all(article.owner_person_id or article.owner_team_id for article in articles)
    assert RelatedArticle.objects.exists()


def test_model_article_offers_the_pdf_and_the_instruction_videos(demo_output):
    article = KnowledgeArticlePage.objects.live().get(slug="model-voor-lerend-veranderen")
    blocks = {block.block_type: block.value for block in reversed(article.body)}
    videos = [block.value["video"].url for block in article.body if block.block_type == "video"]
    assert videos == [
        "https://www.youtube.com/watch?v=bDg8qKv7RT0",
        "https://www.youtube.com/watch?v=emhtVhzfSH8",
    ]
    pdf = blocks["document"]["document"]
    with pdf.open_file() as file:
        content = file.read()
    assert content.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", content)) >= 3
    assert blocks["image"]["image"].collection.name == "Kennisbank"


def test_images_are_real_pictures(demo_output):
    images = get_image_model().objects.all()
    assert images.count() >= 5
    image = images.get(title="De acht verspillingen")
    with image.open_file() as file:
        assert PILImage.open(file).size == (image.width, image.height)


def test_review_dates_give_the_review_report_overdue_and_soon_due_articles(demo_output):
    today = timezone.localdate()
    articles = KnowledgeArticlePage.objects.live()
    assert articles.filter(review_date__lt=today).count() >= 2
    assert (
        articles.filter(review_date__gte=today, review_date__lte=today + datetime.timedelta(days=30)).count()
        >= 2
    )
    assert articles.filter(review_date__gt=today + datetime.timedelta(days=90)).count() >= 10


def test_articles_are_in_the_search_index(demo_output):
    found = KnowledgeArticlePage.objects.live().search("Belbin")
    assert "belbin-teamrollen" in [page.slug for page in found]


def test_demo_accounts_are_printed_and_can_log_in(demo_output, client):
    output = demo_output

    editor = User.objects.get(username="redacteur")
    employee = User.objects.get(username="medewerker")
    assert list(editor.groups.values_list("name", flat=True)) == [EDITORS]
    assert list(employee.groups.values_list("name", flat=True)) == [EMPLOYEES]
    assert not employee.is_staff and not editor.is_staff
    assert employee.profile.team.name == "Publiekszaken"
    assert employee.profile.team_leader.username == "emulder"

    # django-axes checks every login against its limits, so authenticate() needs a request.
    request = HttpRequest()
    assert client.login(request=request, username="redacteur", password=printed_password(output, "redacteur"))
    assert client.get("/admin/").status_code == 200
    client.logout()
    password = printed_password(output, "medewerker")
    assert client.login(request=request, username="medewerker", password=password)
    assert client.get("/admin/").status_code == 302


def test_second_run_changes_nothing(demo_output):
    before = counts()
    published = dict(Page.objects.values_list("pk", "last_published_at"))

    output = run_command()

    assert counts() == before
    assert dict(Page.objects.values_list("pk", "last_published_at")) == published
    assert "nothing changed" in output
    assert "redacteur / " in output


def test_missing_parts_are_added_back_without_duplicates(demo_output):
    KnowledgeArticlePage.objects.get(slug="belbin-teamrollen").delete()
    Topic.objects.filter(slug="academie").delete()

    output = run_command()

    assert "1 topics" in output and "1 articles" in output
    assert KnowledgeArticlePage.objects.filter(slug="belbin-teamrollen").live().count() == 1
    assert Topic.objects.filter(slug="academie").count() == 1


def test_verbosity_zero_prints_nothing(demo_output):
    assert run_command(verbosity=0) == ""


def test_search_aids_let_abbreviations_find_their_articles(demo_output, client):
    client.force_login(User.objects.get(username="medewerker"))
    # No article says "onboarding": only the synonym group with "inwerkprogramma" finds it.
    found = client.get("/zoeken/", {"q": "onboarding", "format": "json"}).json()
    assert "/kennisbank/inwerkprogramma/" in [result["url"] for result in found["results"]]
    promoted = client.get("/zoeken/", {"q": "academie"}).content.decode()
    assert "Aanbevolen" in promoted
    assert "Zo schrijf je je in voor een training van de Academie." in promoted
