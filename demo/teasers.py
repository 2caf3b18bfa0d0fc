"""Demo content of the teasers: campaigns, about twenty teasers over the past, current and
coming weeks, the four newsletters of 2022 the seed names in their archive, and the quick links
of the home page.

Called from `demo.loading.load_demo_content`. Like the rest of the demo it creates only what is
missing (campaigns by name, teasers by title, quick links when the home page has none), so an
editor's changes survive a reload. Windows are placed around the week of the run: Academie
teasers three times a week (its target), Leercafé and procesverbetering once a week.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page

from home.models import HomeQuickLink
from people.groups import EDITORS
from people.models import Team
from teasers.models import (
    Audience,
    Campaign,
    NewsletterArticle,
    NewsletterIndexPage,
    NewsletterPage,
    NewsletterTeaser,
    Teaser,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FALLBACK_URL = "https://www.westbetuwe.nl/"

# (name, target per week, description)
CAMPAIGNS = [
    ("Academie", 3, "Trainingen en cursussen van de West Betuwe Academie."),
    ("Leercafé", 1, "Het maandelijkse Leercafé: samen leren over één onderwerp."),
    ("Procesverbetering", 1, "Lean, Green Belt en verbeterprojecten in de organisatie."),
    ("Kennisbank", 0, "Nieuwe en vernieuwde artikelen in de kennisbank."),
]


@dataclass(frozen=True)
class Plan:
    """A demo teaser: shown from 08:00 on `weekday` (0 is Monday) of the week `week` weeks from
    the current one, for `days` days; `page` is its path under the home page."""

    week: int
    weekday: int
    days: int
    campaign: str
    title: str
    text: str
    page: str
    cta: str = ""
    audience: str = Audience.EVERYONE
    teams: tuple = ()
    groups: tuple = ()
    new_within_months: int = 3
    pinned: bool = False
    live: bool = True


TEASERS = [
    Plan(
        week=-2,
        weekday=0,
        days=7,
        campaign="Academie",
        title="Presenteren met impact: nog vijf plaatsen",
        text="Leer in twee dagdelen presenteren zonder zenuwen, met een trainer die je echt verder helpt.",
        page="academie/presenteren-met-impact",
        cta="Schrijf je in",
    ),
    Plan(
        week=-2,
        weekday=2,
        days=7,
        campaign="Academie",
        title="Timemanagement en werkdruk",
        text="Grip op je agenda en je mailbox: praktische handvatten die je morgen al gebruikt.",
        page="academie/timemanagement-en-omgaan-met-werkdruk",
        cta="Bekijk de training",
    ),
    Plan(
        week=-2,
        weekday=4,
        days=7,
        campaign="Academie",
        title="Zakelijke gesprekken voeren",
        text="Lastige gesprekken met inwoners of collega's? Oefen ze in een veilige omgeving.",
        page="academie/zakelijke-gesprekken-voeren",
    ),
    Plan(
        week=-2,
        weekday=1,
        days=7,
        campaign="Leercafé",
        title="Leercafé: feedback geven en ontvangen",
        text="Schuif aan bij het Leercafé en praat met collega's over het goede gesprek.",
        page="kennisbank/leercafe",
        cta="Kom ook",
    ),
    Plan(
        week=-1,
        weekday=0,
        days=7,
        campaign="Academie",
        title="Omgaan met conflicten",
        text="Wat doe je als een gesprek uit de hand loopt? Een training vol praktijkvoorbeelden.",
        page="academie/omgaan-met-conflicten",
    ),
    Plan(
        week=-1,
        weekday=2,
        days=7,
        campaign="Academie",
        title="De zes denkhoeden van De Bono",
        text="Vergaderen kan korter en beter: probeer de zes denkhoeden in je eigen team.",
        page="academie/de-zes-denkhoeden",
    ),
    Plan(
        week=-1,
        weekday=4,
        days=10,
        campaign="Academie",
        title="Kracht in verandering",
        text="Veranderen is soms lastig. Ontdek wat jij nodig hebt om met verandering om te gaan.",
        page="academie/kracht-in-verandering",
    ),
    Plan(
        week=-1,
        weekday=3,
        days=8,
        campaign="Procesverbetering",
        title="Word Green Belt",
        text="Wil je processen slimmer maken? Meld je aan voor de volgende Green Belt-groep.",
        page="kennisbank/green-belt",
        cta="Meld je aan",
    ),
    Plan(
        week=0,
        weekday=0,
        days=7,
        campaign="Academie",
        title="Schrijven van college- en raadsvoorstellen",
        text="Heldere voorstellen schrijven die het bestuur graag leest: de interne module.",
        page="academie/schrijven-college-en-raadsvoorstellen",
        cta="Schrijf je in",
    ),
    Plan(
        week=0,
        weekday=2,
        days=7,
        campaign="Academie",
        title="Persoonlijk leiderschap",
        text="Neem de regie over je eigen ontwikkeling, passend bij je ontwikkelgesprek.",
        page="academie/persoonlijk-leiderschap",
    ),
    Plan(
        week=0,
        weekday=4,
        days=7,
        campaign="Academie",
        title="Kennismaking met de inkoopfunctie",
        text="Wat moet je weten voordat je iets inkoopt? Een korte interne module.",
        page="academie/kennismaking-inkoopfunctie",
    ),
    Plan(
        week=0,
        weekday=1,
        days=14,
        campaign="Leercafé",
        title="Leercafé deze maand: samen leren van fouten",
        text="Fouten maken mag. Hoe leren we er samen van? Kom naar het Leercafé.",
        page="kennisbank/leercafe",
        cta="Kom ook",
    ),
    Plan(
        week=0,
        weekday=0,
        days=21,
        campaign="Procesverbetering",
        title="Verspilling zien in je eigen werk",
        text="De acht verspillingen uit lean, met voorbeelden uit onze eigen processen.",
        page="kennisbank/acht-verspillingen",
        cta="Lees meer",
    ),
    Plan(
        week=0,
        weekday=0,
        days=60,
        campaign="Academie",
        title="Welkom bij West Betuwe!",
        text="Nieuw bij de gemeente? Het inwerkprogramma en de Academie helpen je op weg.",
        page="kennisbank/inwerkprogramma",
        cta="Begin hier",
        audience=Audience.NEW_COLLEAGUES,
        new_within_months=3,
        pinned=True,
    ),
    Plan(
        week=0,
        weekday=1,
        days=14,
        campaign="Kennisbank",
        title="Nieuw in de kennisbank: Microsoft 365",
        text="Tips voor Teams, OneDrive en samenwerken in documenten.",
        page="kennisbank/microsoft-365",
        cta="Lees het artikel",
    ),
    Plan(
        week=0,
        weekday=2,
        days=14,
        campaign="Academie",
        title="Voor Publiekszaken: omgaan met emotie en agressie",
        text="Een training op maat voor de balie en het klantcontactcentrum.",
        page="kennisbank/omgaan-met-emotie-en-agressie",
        audience=Audience.TEAMS,
        teams=("Publiekszaken",),
    ),
    Plan(
        week=0,
        weekday=3,
        days=14,
        campaign="Leercafé",
        title="Voor het Coördinatiepunt: plan het Leercafé van volgend kwartaal",
        text="Zet de data en onderwerpen van het volgende kwartaal alvast in de planning.",
        page="kennisbank/coordinatiepunt-lerende-organisatie",
        audience=Audience.GROUPS,
        groups=(EDITORS,),
    ),
    Plan(
        week=1,
        weekday=0,
        days=7,
        campaign="Academie",
        title="Algemene wet bestuursrecht in de praktijk",
        text="De Awb zonder juridisch jargon: wat betekent hij voor jouw werk?",
        page="academie/algemene-wet-bestuursrecht",
    ),
    Plan(
        week=1,
        weekday=2,
        days=7,
        campaign="Academie",
        title="Presenteren met impact: nieuwe groep",
        text="Door de grote belangstelling start er een extra groep. Schrijf je snel in.",
        page="academie/presenteren-met-impact",
        cta="Schrijf je in",
    ),
    Plan(
        week=1,
        weekday=4,
        days=7,
        campaign="Academie",
        title="Mindfulness op het werk",
        text="Even stilstaan in een drukke week: een korte kennismaking met mindfulness.",
        page="kennisbank/mindfulness",
    ),
    Plan(
        week=1,
        weekday=1,
        days=7,
        campaign="Leercafé",
        title="Leercafé: de lerende organisatie",
        text="Wat betekent leren in het werk voor jouw team? Praat mee in het Leercafé.",
        page="kennisbank/leercultuur",
        cta="Kom ook",
        live=False,
    ),
]

# (title, month, author, role, foreword, teaser titles, article paths under the home page)
NEWSLETTERS = [
    (
        "Nieuwsbrief februari 2022: iedereen heeft zijn ontwikkelgesprek gehad",
        datetime.date(2022, 2, 1),
        "Joost van Wijk",
        "Algemeen directeur",
        "<p>Tot en met februari voerden alle teamleiders een ontwikkelgesprek met elke medewerker. "
        "Wat jullie daar aangaven, bepaalt het aanbod van de Academie. Dank voor jullie openheid: "
        "in deze nieuwsbrief lees je hoe we ermee verder gaan.</p>",
        ["Zakelijke gesprekken voeren", "Timemanagement en werkdruk"],
        ["kennisbank/ontwikkelgesprek-voorbereiden", "kennisbank/het-goede-gesprek"],
    ),
    (
        "Nieuwsbrief maart 2022: het Leercafé komt eraan",
        datetime.date(2022, 3, 1),
        "Marieke Jansen",
        "Kwartiermaker lerende organisatie",
        "<p>Op 10 maart is het jaarlijkse Leercafé van Samen West Betuws Werken. Een werkgroep van "
        "collega's stelde het programma samen: zeventien workshops, van De Zes Denkhoeden tot "
        "werken met dronebeelden. Schrijf je in, en neem een collega mee.</p>",
        ["Leercafé: de lerende organisatie", "De zes denkhoeden van De Bono"],
        ["kennisbank/leercafe", "kennisbank/zes-denkhoeden"],
    ),
    (
        "Nieuwsbrief mei 2022: leren doe je samen",
        datetime.date(2022, 5, 1),
        "Marieke Jansen",
        "Kwartiermaker lerende organisatie",
        "<p>Het Leercafé groeit: elke maand schuiven meer collega's aan. In deze nieuwsbrief lees je "
        "wat we samen leerden over feedback, en welke trainingen de Academie deze zomer biedt.</p>",
        ["Leercafé: feedback geven en ontvangen", "Presenteren met impact: nog vijf plaatsen"],
        ["kennisbank/leercafe", "kennisbank/feedback-geven-en-ontvangen"],
    ),
    (
        "Nieuwsbrief juni 2022: verbeteren in kleine stappen",
        datetime.date(2022, 6, 1),
        "Rob Hendriks",
        "Projectleider procesverbetering",
        "<p>Procesverbetering begint bij het zien van verspilling in je eigen werk. De eerste Green "
        "Belts zijn klaar; in deze editie vertellen zij wat het hun team opleverde.</p>",
        ["Word Green Belt", "Verspilling zien in je eigen werk"],
        ["kennisbank/acht-verspillingen", "kennisbank/green-belt"],
    ),
]

# (title, page slug or None, address)
QUICK_LINKS = [
    ("", "kennisbank", ""),
    ("", "academie", ""),
    ("Mijn inschrijvingen", None, "/academie/mijn-inschrijvingen/"),
    ("Nieuws en aanbod", None, "/feed/"),
    ("", "nieuwsbrief", ""),
    ("Website gemeente West Betuwe", None, "https://www.westbetuwe.nl/"),
]


def ensure_teasers(home_page, result, *, today=None):
    """Create whatever is missing of the teasers demo and the home page's quick links."""
    today = today or timezone.localdate()
    campaigns = {}
    for name, target, description in CAMPAIGNS:
        campaigns[name], created = Campaign.objects.get_or_create(
            name=name, defaults={"target_per_week": target, "description": description}
        )
        result.created["campaigns"] += created

    monday = today - datetime.timedelta(days=today.weekday())
    existing = set(Teaser.objects.values_list("title", flat=True))
    url_paths = {f"{home_page.url_path}{plan.page}/": plan.page for plan in TEASERS}
    pages = {url_paths[page.url_path]: page for page in Page.objects.filter(url_path__in=url_paths)}
    for plan in TEASERS:
        if plan.title in existing:
            continue
        start_day = monday + datetime.timedelta(weeks=plan.week, days=plan.weekday)
        # Teasers go live at eight in the morning, Dutch time, and stop at midnight.
        display_until_day = start_day + datetime.timedelta(days=plan.days)
        page = pages.get(plan.page)
        teaser = Teaser(
            title=plan.title,
            text=plan.text,
            campaign=campaigns[plan.campaign],
            cta_label=plan.cta,
            link_page=page,
            # Without the page (an editor removed it), the municipality's site keeps the teaser valid.
            link_url="" if page else FALLBACK_URL,
            audience=plan.audience,
            new_within_months=plan.new_within_months,
            pinned=plan.pinned,
            display_from=datetime.datetime.combine(start_day, datetime.time(8), tzinfo=AMSTERDAM),
            display_until=datetime.datetime.combine(display_until_day, datetime.time(0), tzinfo=AMSTERDAM),
            live=False,
        )
        teaser.save()
        teaser.teams.set(Team.objects.filter(name__in=plan.teams))
        teaser.groups.set(Group.objects.filter(name__in=plan.groups))
        revision = teaser.save_revision()
        if plan.live:
            revision.publish()
        result.created["teasers"] += 1

    _ensure_newsletters(home_page, result)

    if not home_page.quick_links.exists():
        slugs = {page.slug: page for page in Page.objects.child_of(home_page)}
        links = [
            HomeQuickLink(title=title, link_page=slugs.get(slug), link_url=address, sort_order=order)
            for order, (title, slug, address) in enumerate(QUICK_LINKS)
            if slug is None or slug in slugs
        ]
        for link in links:
            home_page.quick_links.add(link)
        home_page.save_revision().publish()
        result.created["quick links"] += len(links)


def _ensure_newsletters(home_page, result):
    archive = NewsletterIndexPage.objects.child_of(home_page).first()
    if archive is None:
        archive = NewsletterIndexPage(
            title="Nieuwsbrief",
            slug="nieuwsbrief",
            intro="<p>Elke maand de successen, oproepen en het aanbod van Samen West Betuws Werken.</p>",
        )
        home_page.add_child(instance=archive)
        archive.save_revision().publish()
        result.created["newsletter archive"] += 1
    existing = set(NewsletterPage.objects.child_of(archive).values_list("title", flat=True))
    for title, month, author, role, foreword, teaser_titles, article_paths in NEWSLETTERS:
        if title in existing:
            continue
        issue = NewsletterPage(
            title=title, issue_date=month, foreword_author=author, foreword_role=role, foreword=foreword
        )
        teasers = {teaser.title: teaser for teaser in Teaser.objects.filter(title__in=teaser_titles)}
        for order, teaser_title in enumerate(teaser_titles):
            if teaser_title in teasers:
                issue.teaser_items.add(NewsletterTeaser(teaser=teasers[teaser_title], sort_order=order))
        paths = [f"{home_page.url_path}{path}/" for path in article_paths]
        for order, article in enumerate(Page.objects.filter(url_path__in=paths).order_by("url_path")):
            issue.article_items.add(NewsletterArticle(article=article, sort_order=order))
        archive.add_child(instance=issue)
        issue.save_revision().publish()
        result.created["newsletters"] += 1
