"""The feed page and the click redirect."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from teasers.models import Audience, TeaserDailyStats
from teasers.views.site import TEASERS_PER_PAGE
from tests.factories.knowledge_base import KnowledgeArticlePageFactory
from tests.factories.people import TeamFactory
from tests.factories.teasers import TeaserFactory

pytestmark = pytest.mark.django_db

FEED = "/feed/"


def make_teasers(count):
    now = timezone.now()
    return [
        TeaserFactory(title=f"Teaser nummer {n:02d}", display_from=now - datetime.timedelta(minutes=n + 1))
        for n in range(count)
    ]


def titles(response):
    return [teaser.title for teaser in response.context["teasers"].object_list]


def test_the_feed_url():
    assert reverse("teasers:feed") == FEED


@pytest.mark.parametrize(
    "path", ["/feed/", "/feed/klik/1/", "/feed/?pagina=2"], ids=["feed", "click", "feed page 2"]
)
def test_anonymous_visitors_are_sent_to_the_login_page(client, path):
    TeaserFactory()
    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"].startswith("/account/inloggen/")
    assert not TeaserDailyStats.objects.exists()


def test_the_feed_lists_the_employees_teasers_a_page_at_a_time(employee_client):
    make_teasers(TEASERS_PER_PAGE + 2)
    TeaserFactory(title="Ander team", audience=Audience.TEAMS, teams=[TeamFactory(name="Ander")])

    first = employee_client.get(FEED)
    second = employee_client.get(FEED, {"pagina": 2})

    assert titles(first) == [f"Teaser nummer {n:02d}" for n in range(TEASERS_PER_PAGE)]
    assert titles(second) == [f"Teaser nummer {n:02d}" for n in range(TEASERS_PER_PAGE, TEASERS_PER_PAGE + 2)]
    assert "Pagina 1 van 2" in first.content.decode()
    assert 'href="?pagina=2"' in first.content.decode()


@pytest.mark.parametrize("page", ["abc", "-1", "99999999999999999999999", "0"])
def test_a_wrong_page_number_shows_a_page_not_an_error(employee_client, page):
    make_teasers(TEASERS_PER_PAGE + 1)

    response = employee_client.get(FEED, {"pagina": page})

    assert response.status_code == 200
    assert titles(response)


def test_an_empty_feed_says_so(employee_client):
    assert "Er is op dit moment niets nieuws voor jou." in employee_client.get(FEED).content.decode()


def test_views_are_counted_per_day_for_the_teasers_shown(employee_client):
    teasers = make_teasers(TEASERS_PER_PAGE + 1)

    employee_client.get(FEED)
    employee_client.get(FEED)  # seen already today in this session

    rows = {row.teaser_id: row for row in TeaserDailyStats.objects.all()}
    assert len(rows) == TEASERS_PER_PAGE
    assert teasers[-1].pk not in rows  # on page 2, not shown
    assert {row.views for row in rows.values()} == {1}
    assert {row.date for row in rows.values()} == {timezone.localdate()}

    employee_client.get(FEED, {"pagina": 2})
    assert TeaserDailyStats.objects.get(teaser=teasers[-1]).views == 1


def test_a_session_counts_again_the_next_day():
    import datetime

    from teasers.stats import record_views_once

    teaser = TeaserFactory()
    session = {}
    today = timezone.localdate()
    record_views_once(session, [teaser.pk], today=today)
    record_views_once(session, [teaser.pk], today=today)
    record_views_once(session, [teaser.pk], today=today + datetime.timedelta(days=1))

    assert sorted(TeaserDailyStats.objects.values_list("views", flat=True)) == [1, 1]
    assert session["teasers_seen_today"]["ids"] == [teaser.pk]


def test_a_click_is_counted_and_redirected_to_the_page(employee_client, kb_index):
    article = KnowledgeArticlePageFactory(parent=kb_index, title="Verlof aanvragen")
    teaser = TeaserFactory(link_url="", link_page=article)

    response = employee_client.get(teaser.click_url)

    assert response.status_code == 302
    assert response["Location"] == article.url
    stats = TeaserDailyStats.objects.get(teaser=teaser)
    assert (stats.clicks, stats.views) == (1, 0)
    # Nobody's identity is kept: the row has a teaser, a date and two numbers.
    assert {field.name for field in TeaserDailyStats._meta.get_fields()} == {
        "id",
        "teaser",
        "date",
        "views",
        "clicks",
    }


def test_a_click_on_an_external_link(employee_client):
    teaser = TeaserFactory(link_url="https://www.westbetuwe.nl/werken-bij")

    response = employee_client.get(teaser.click_url)

    assert response["Location"] == "https://www.westbetuwe.nl/werken-bij"


@pytest.mark.parametrize("pk", ["999999", "99999999999999999999999"])
def test_a_click_on_an_unknown_teaser_is_a_404(employee_client, pk):
    assert employee_client.get(f"/feed/klik/{pk}/").status_code == 404


def test_a_click_on_a_draft_teaser_is_a_404(employee_client):
    teaser = TeaserFactory(live=False)

    assert employee_client.get(teaser.click_url).status_code == 404
    assert not TeaserDailyStats.objects.exists()


def test_post_is_refused(employee_client):
    teaser = TeaserFactory()
    assert employee_client.post(FEED).status_code == 405
    assert employee_client.post(teaser.click_url).status_code == 405
