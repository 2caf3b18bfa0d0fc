"""The teasers of the demo: campaigns, teasers around this week, and the home page's quick links."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Site

from teasers.models import Audience, Campaign, Teaser
from tests.demo.commands import run_command

pytestmark = pytest.mark.django_db


def test_campaigns_with_their_targets(demo_output):
    targets = dict(Campaign.objects.values_list("name", "target_per_week"))
    assert targets["Academie"] == 3
    assert {"Leercafé", "Procesverbetering"} <= set(targets)


def test_about_twenty_teasers_over_past_current_and_coming_weeks(demo_output):
    now = timezone.now()
    teasers = list(Teaser.objects.all())

    assert 18 <= len(teasers) <= 25
    assert any(teaser.display_until <= now for teaser in teasers)
    assert any(teaser.is_visible_at(now) for teaser in teasers)
    assert any(teaser.display_from > now for teaser in teasers)
    assert {teaser.audience for teaser in teasers} == set(Audience.values)
    assert all(teaser.latest_revision_id for teaser in teasers)
    assert any(not teaser.live for teaser in teasers)
    # Every teaser is valid as an editor would have to save it, and leads somewhere.
    for teaser in teasers:
        teaser.full_clean()
        assert teaser.link_page_id or teaser.link_url


def test_academie_has_three_teasers_a_week(demo_output):
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    starts = Teaser.objects.filter(campaign__name="Academie", audience=Audience.EVERYONE).values_list(
        "display_from", flat=True
    )
    this_week = [start for start in starts if 0 <= (timezone.localdate(start) - monday).days < 7]
    assert len(this_week) == 3


def test_the_new_employee_of_publiekszaken_sees_the_welcome_and_the_team_teaser(demo_output):
    employee = get_user_model().objects.get(username="medewerker")
    titles = list(Teaser.objects.live_for(employee).values_list("title", flat=True))

    assert titles[0] == "Welkom bij West Betuwe!"  # pinned
    assert "Voor Publiekszaken: omgaan met emotie en agressie" in titles
    assert "Voor het Coördinatiepunt: plan het Leercafé van volgend kwartaal" not in titles


def test_the_home_page_has_quick_links(demo_output):
    home_page = Site.objects.get(is_default_site=True).root_page.specific
    labels = [link.label for link in home_page.quick_links.all()]

    assert "Mijn inschrijvingen" in labels
    assert "Kennisbank" in labels


def test_a_second_run_adds_no_teasers(demo_output):
    before = Teaser.objects.count()
    run_command()
    assert Teaser.objects.count() == before


def test_the_four_newsletters_of_2022_in_their_archive(demo_output, client):
    from teasers import newsletter
    from teasers.models import NewsletterIndexPage, NewsletterPage

    archive = NewsletterIndexPage.objects.live().get()
    issues = NewsletterPage.objects.child_of(archive).live().order_by("issue_date")

    # The progress report names the issues of February, March, May and June 2022.
    assert [issue.issue_date.month for issue in issues] == [2, 3, 5, 6]
    for issue in issues:
        assert issue.chosen_teasers() and issue.chosen_articles()
        assert "<script" not in newsletter.email_html(issue)
