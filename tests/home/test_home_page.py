"""The home page as each employee's personal start."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from academy_pages.models import Registration, RegistrationStatus
from home.models import HomePage, HomeQuickLink
from onboarding.models import OnboardingIndexPage
from teasers.models import Audience, Teaser, TeaserDailyStats
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory, SessionFactory, register
from tests.factories.knowledge_base import KnowledgeArticlePageFactory
from tests.factories.onboarding import (
    EnrolmentFactory,
    OnboardingIndexPageFactory,
    OnboardingProgrammePageFactory,
    ProgrammeStepFactory,
)
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory
from tests.factories.teasers import CampaignFactory, TeaserFactory

pytestmark = pytest.mark.django_db


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, home_page):
    response = client.get(home_page.url)

    assert response.status_code == 302
    assert response["Location"].startswith("/account/inloggen/")


def test_the_employee_sees_their_teasers_pinned_first(employee_client, employee, home_page):
    now = timezone.now()
    TeaserFactory(title="Gisteren", display_from=now - datetime.timedelta(days=1))
    TeaserFactory(title="Vastgepind", pinned=True, display_from=now - datetime.timedelta(days=3))
    TeaserFactory(title="Morgen", display_from=now + datetime.timedelta(days=1))
    TeaserFactory(title="Ander team", audience=Audience.TEAMS, teams=[TeamFactory(name="Ander")])

    content = employee_client.get(home_page.url).content.decode()

    assert content.index("Vastgepind") < content.index("Gisteren")
    assert "Morgen" not in content
    assert "Ander team" not in content


def test_a_view_is_counted_once_a_day_per_session(employee_client, client, editor, home_page):
    shown = TeaserFactory(title="Getoond")

    employee_client.get(home_page.url)
    employee_client.get(home_page.url)  # a reload counts nothing new
    stats = TeaserDailyStats.objects.get(teaser=shown)
    assert (stats.date, stats.views, stats.clicks) == (timezone.localdate(), 1, 0)

    client.force_login(editor)
    client.get(home_page.url)
    stats.refresh_from_db()
    assert stats.views == 2


def test_the_home_page_shows_at_most_six_teasers_and_links_the_feed(employee_client, home_page):
    for number in range(8):
        TeaserFactory(
            title=f"Nummer {number}", display_from=timezone.now() - datetime.timedelta(hours=number + 1)
        )

    content = employee_client.get(home_page.url).content.decode()

    assert content.count('<article class="teaser-card') == 6
    assert "Nummer 6" not in content
    assert 'href="/feed/"' in content


def test_the_employee_sees_their_next_sessions_and_waiting_list_places(employee_client, employee, home_page):
    academy = AcademyIndexPageFactory(parent=home_page)
    course = CoursePageFactory(parent=academy, title="Presenteren met lef")
    full_course = CoursePageFactory(parent=academy, title="Excel voor gevorderden")
    register(SessionFactory(course=course, days=[7]), employee)
    full = SessionFactory(course=full_course, capacity=1, days=[10])
    register(full, UserFactory(username="eerder"))
    register(full, employee)
    Registration.objects.create(  # over: not shown
        session=SessionFactory(course=course, days=[-7]),
        user=employee,
        status=RegistrationStatus.CONFIRMED,
        name="Medewerker",
        email="medewerker@westbetuwe.nl",
    )

    content = employee_client.get(home_page.url).content.decode()

    assert "Presenteren met lef" in content
    assert content.count("Presenteren met lef") == 1
    assert "Excel voor gevorderden" in content
    assert "nummer 1 op de lijst" in content


def test_new_and_updated_articles_are_listed(employee_client, kb_index, home_page):
    old = KnowledgeArticlePageFactory(parent=kb_index, title="Declaraties indienen")
    old.first_published_at = timezone.now() - datetime.timedelta(days=60)
    old.last_published_at = timezone.now() - datetime.timedelta(days=1)
    old.save()
    KnowledgeArticlePageFactory(parent=kb_index, title="Nieuw: thuiswerken")

    content = employee_client.get(home_page.url).content.decode()

    assert "Nieuw: thuiswerken" in content
    assert "Declaraties indienen" in content


def test_quick_links_editors_manage(employee_client, kb_index, home_page):
    HomeQuickLink.objects.create(page=home_page, link_page=kb_index, sort_order=0)
    HomeQuickLink.objects.create(
        page=home_page, title="Salarisstrook", link_url="https://youforce.example.nl/", sort_order=1
    )

    content = employee_client.get(home_page.url).content.decode()

    assert f'href="{kb_index.url}">{kb_index.title}</a>' in content
    assert 'href="https://youforce.example.nl/">Salarisstrook</a>' in content


def test_only_editors_get_the_admin_link(client, employee, editor, home_page):
    client.force_login(employee)
    assert 'href="/admin/"' not in client.get(home_page.url).content.decode()
    client.force_login(editor)
    assert 'href="/admin/"' in client.get(home_page.url).content.decode()


def enrol(user, *, start_date, steps):
    """Enrol `user` in a new programme with a step due `days` working days after the start."""
    index = OnboardingIndexPage.objects.first() or OnboardingIndexPageFactory(parent=HomePage.objects.get())
    programme = OnboardingProgrammePageFactory(parent=index, title="Algemeen inwerkprogramma")
    for title, days in steps:
        ProgrammeStepFactory(programme=programme, title=title, due_working_days=days)
    return EnrolmentFactory(colleague=user, programme=programme, start_date=start_date)


def section_order(html):
    return html.index('id="onboarding-home-heading"') < html.index('id="home-teasers-heading"')


def test_a_new_colleague_with_overdue_steps_sees_their_programme_first(employee_client, employee, home_page):
    three_weeks_ago = timezone.localdate() - datetime.timedelta(weeks=3)
    enrol(employee, start_date=three_weeks_ago, steps=[("Laptop ophalen", 0), ("Intranet lezen", 60)])

    html = employee_client.get(home_page.url).content.decode()

    assert "Mijn inwerkprogramma" in html and "Laptop ophalen" in html
    assert section_order(html)  # before the teasers: it leads


def test_a_colleague_on_schedule_sees_the_programme_beside_the_teasers(employee_client, employee, home_page):
    a_week_ago = timezone.localdate() - datetime.timedelta(weeks=1)
    enrol(employee, start_date=a_week_ago, steps=[("Intranet lezen", 30)])

    html = employee_client.get(home_page.url).content.decode()

    assert "Intranet lezen" in html
    assert not section_order(html)


def test_an_employee_without_a_programme_sees_no_onboarding_block(employee_client, home_page):
    assert 'id="onboarding-home-heading"' not in employee_client.get(home_page.url).content.decode()


# --- Query count -------------------------------------------------------------------------------


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_teasers(count, campaign):
    now = timezone.now()
    Teaser.objects.bulk_create(
        Teaser(
            title=f"Teaser {number}",
            text="Kom langs.",
            link_url="https://www.westbetuwe.nl/",
            campaign=campaign,
            display_from=now - datetime.timedelta(minutes=number + 1),
            live=True,
            pinned=number % 50 == 0,
        )
        for number in range(count)
    )


def test_the_query_count_does_not_grow_with_teasers_or_registrations(client, home_page):
    user = EmployeeProfileFactory(
        user=UserFactory(username="telling"), start_date=datetime.date(2026, 1, 5)
    ).user
    client.force_login(user)
    campaign = CampaignFactory(name="Academie")
    course = CoursePageFactory(
        parent=AcademyIndexPageFactory(parent=home_page), allow_multiple_registrations=True
    )
    add_teasers(10, campaign)
    client.get(home_page.url)  # warm up: site root paths, renditions, the day's counting rows

    few = queries_for(client, home_page.url)
    add_teasers(990, campaign)
    client.get(home_page.url)
    many_teasers = queries_for(client, home_page.url)

    for number in range(20):
        register(SessionFactory(course=course, days=[number + 1]), user)
    client.get(home_page.url)
    many_registrations = queries_for(client, home_page.url)

    assert Teaser.objects.count() == 1000
    assert Registration.objects.filter(user=user).count() == 20
    assert few == many_teasers == many_registrations
    assert client.get(home_page.url).content.decode().count('class="home-list__item"') == 3


@pytest.mark.parametrize(
    ("address", "valid"),
    [
        ("/academie/mijn-inschrijvingen/", True),
        ("https://www.westbetuwe.nl/", True),
        ("//elders.example/", False),
        ("javascript:alert(1)", False),
        ("ftp://bestanden.example/", False),
    ],
)
def test_a_quick_link_address_is_on_the_site_or_a_web_address(home_page, address, valid):
    from django.core.exceptions import ValidationError

    link = HomeQuickLink(page=home_page, title="Link", link_url=address)
    if valid:
        link.full_clean()
    else:
        with pytest.raises(ValidationError, match="Vul een adres in dat begint met / of https://."):
            link.full_clean()


def test_a_newly_published_article_shows_at_once_though_the_lists_are_cached(
    employee_client, kb_index, home_page, make_article
):
    make_article("Werken op locatie", parent=kb_index)
    assert "Werken op locatie" in employee_client.get(home_page.url).content.decode()

    make_article("Fietsplan aanvragen", parent=kb_index)

    html = employee_client.get(home_page.url).content.decode()
    assert "Fietsplan aanvragen" in html and "Werken op locatie" in html


def test_the_shared_lists_are_read_once_per_content_version(
    employee_client, kb_index, home_page, make_article
):
    make_article("Werken op locatie", parent=kb_index)
    first = queries_for(employee_client, home_page.url)
    second = queries_for(employee_client, home_page.url)
    assert second < first
