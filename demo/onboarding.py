"""Demo content of onboarding: a general programme, a programme for new team leaders, and new
colleagues at different points of their onboarding.

Called from `demo.loading.load_demo_content`. Like the rest of the demo it creates only what is
missing: the section and the programmes by slug (with their steps), the new colleagues' accounts
by user name, enrolments by colleague and programme (with their progress). A second run adds
nothing, and an editor's changes survive a reload.

Dates are relative to the day of loading, in working days (`intranet.working_days`):

- Sanne Nieuwenhuis starts next week: nothing done yet, the steps before her first day are due.
- Daan van den Berg is in his third week: the first days went well, a few steps are overdue.
- Linda Willems started as team leader three months ago and finished her programme.
- Jeroen Bakker (the demo account "medewerker") started recently and is halfway, so a visitor
  who logs in as him sees "Mijn inwerkprogramma" filled in.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.utils import timezone

from academy_pages.models import CoursePage
from demo.content.organisation import DEMO_PASSWORD
from intranet.working_days import add_working_days
from knowledge_base.models import KnowledgeArticlePage
from onboarding import progress
from onboarding.models import (
    Enrolment,
    MeetWhom,
    OnboardingIndexPage,
    OnboardingProgrammePage,
    Performer,
    Phase,
    ProgrammeStep,
    StepType,
)
from people.groups import EMPLOYEES
from people.models import EmployeeProfile, Team

INDEX_SLUG = "inwerken"
INDEX_TITLE = "Inwerken"
INDEX_INTRO = (
    "<p>Welkom bij de gemeente West Betuwe! Hier vind je de inwerkprogramma's voor nieuwe collega's. "
    "Je eigen programma, met wat je wanneer doet, staat onder <b>Mijn inwerkprogramma</b>. Je buddy "
    "en je teamleider helpen je op weg; het Coördinatiepunt Lerende Organisatie houdt de programma's bij.</p>"
)

GENERAL = "algemeen-inwerkprogramma"
TEAM_LEADER = "inwerken-als-teamleider"

B, D, W, M, Q = (
    Phase.BEFORE_FIRST_DAY,
    Phase.FIRST_DAY,
    Phase.FIRST_WEEK,
    Phase.FIRST_MONTH,
    Phase.FIRST_THREE_MONTHS,
)
NEW, BUDDY, LEADER = Performer.NEW_COLLEAGUE, Performer.BUDDY, Performer.TEAM_LEADER


@dataclass
class Step:
    phase: str
    title: str
    step_type: str
    due: int
    performer: str = NEW
    explanation: str = ""
    article: str = ""  # slug
    course: str = ""  # slug
    meet: str = ""
    person: str = ""  # username
    video_url: str = ""
    checklist: tuple = ()


GENERAL_STEPS = [
    Step(
        B,
        "Laptop, telefoon en pas klaarzetten",
        StepType.TASK,
        -3,
        LEADER,
        "<p>Zorg dat alles klaarstaat, zodat je nieuwe collega op de eerste dag meteen aan de slag kan.</p>",
        checklist=("Laptop en telefoon aangevraagd", "Toegangspas aangevraagd", "Account in de kennisbank"),
    ),
    Step(
        B,
        "Welkomstmail sturen",
        StepType.TASK,
        -2,
        BUDDY,
        "<p>Stel je voor als buddy en vertel waar en hoe laat jullie elkaar op de eerste dag zien.</p>",
        checklist=("Tijd en plek van de eerste dag", "Parkeren en bereikbaarheid"),
    ),
    Step(
        D,
        "Kennismaken met je buddy",
        StepType.MEET,
        0,
        NEW,
        "<p>Je buddy is je vaste aanspreekpunt voor alle praktische vragen.</p>",
        meet=MeetWhom.BUDDY,
    ),
    Step(
        D,
        "Rondleiding door het gemeentehuis",
        StepType.TASK,
        0,
        BUDDY,
        checklist=("Werkplekken en vergaderruimtes", "Koffie en lunch", "Servicepunt"),
    ),
    Step(
        D,
        "Lees: Samen West Betuws Werken",
        StepType.ARTICLE,
        0,
        NEW,
        "<p>Het programma waarmee we samen een lerende organisatie worden.</p>",
        article="samen-west-betuws-werken",
    ),
    Step(
        W,
        "Welkomstgesprek met je teamleider",
        StepType.MEET,
        3,
        LEADER,
        "<p>Verwachtingen over en weer, de eerste opdrachten en afspraken over het inwerken.</p>",
        meet=MeetWhom.TEAM_LEADER,
    ),
    Step(W, "Aan de slag met Microsoft 365", StepType.ARTICLE, 4, NEW, article="microsoft-365"),
    Step(
        W,
        "Kijk de video over het model voor lerend veranderen",
        StepType.VIDEO,
        4,
        NEW,
        video_url="https://www.youtube.com/watch?v=bDg8qKv7RT0",
    ),
    Step(
        M,
        "Kennismaken met het Coördinatiepunt Lerende Organisatie",
        StepType.MEET,
        10,
        NEW,
        "<p>Zij vertellen je over de Academie, het Leercafé en de netwerkdag.</p>",
        meet=MeetWhom.PERSON,
        person="lvermeulen",
    ),
    Step(M, "Lees: het inwerkprogramma", StepType.ARTICLE, 10, NEW, article="inwerkprogramma"),
    Step(
        M,
        "Volg de Algemene wet bestuursrecht",
        StepType.COURSE,
        20,
        NEW,
        "<p>De interne module over de regels waar iedere ambtenaar mee werkt.</p>",
        course="algemene-wet-bestuursrecht",
    ),
    Step(Q, "Lees over de HR-gesprekscyclus", StepType.ARTICLE, 30, NEW, article="hr-gesprekscyclus"),
    Step(
        Q,
        "Evaluatiegesprek over het inwerken",
        StepType.MEET,
        55,
        LEADER,
        "<p>Hoe ging het inwerken, wat heb je nog nodig? Leg afspraken vast voor je ontwikkelgesprek.</p>",
        meet=MeetWhom.TEAM_LEADER,
    ),
]

TEAM_LEADER_STEPS = [
    Step(
        B,
        "Werkplek en accounts voor de nieuwe teamleider",
        StepType.TASK,
        -3,
        LEADER,
        checklist=("Laptop en telefoon", "Rechten in het personeelssysteem", "Agenda met het team gedeeld"),
    ),
    Step(
        B,
        "Kennismakingsgesprekken inplannen",
        StepType.TASK,
        -2,
        BUDDY,
        checklist=("Met elk teamlid", "Met de collega-teamleiders", "Met HR"),
    ),
    Step(D, "Kennismaken met je buddy (collega-teamleider)", StepType.MEET, 0, NEW, meet=MeetWhom.BUDDY),
    Step(D, "Kennismaken met je manager", StepType.MEET, 0, NEW, meet=MeetWhom.TEAM_LEADER),
    Step(D, "Lees: Samen West Betuws Werken", StepType.ARTICLE, 0, NEW, article="samen-west-betuws-werken"),
    Step(
        W,
        "Kennismaken met je team",
        StepType.TASK,
        2,
        NEW,
        checklist=("Teamoverleg bijwonen", "Eén-op-één gesprekken gestart"),
    ),
    Step(W, "Lees: de HR-gesprekscyclus", StepType.ARTICLE, 3, NEW, article="hr-gesprekscyclus"),
    Step(W, "Lees: het goede gesprek", StepType.ARTICLE, 4, NEW, article="het-goede-gesprek"),
    Step(W, "Kennismaken met HR", StepType.MEET, 4, NEW, meet=MeetWhom.PERSON, person="pdekker"),
    Step(M, "Lees: situationeel leiderschap", StepType.ARTICLE, 8, NEW, article="situationeel-leiderschap"),
    Step(M, "Lees: teamontwikkeling", StepType.ARTICLE, 8, NEW, article="teamontwikkeling"),
    Step(M, "Lees: Belbin-teamrollen", StepType.ARTICLE, 10, NEW, article="belbin-teamrollen"),
    Step(
        M,
        "Kennismaken met het Coördinatiepunt",
        StepType.MEET,
        10,
        NEW,
        meet=MeetWhom.PERSON,
        person="mjansen",
    ),
    Step(
        M,
        "Lees: feedback geven en ontvangen",
        StepType.ARTICLE,
        12,
        NEW,
        article="feedback-geven-en-ontvangen",
    ),
    Step(M, "Lees: leercultuur", StepType.ARTICLE, 15, NEW, article="leercultuur"),
    Step(M, "Eerste maandgesprek met je manager", StepType.MEET, 20, LEADER, meet=MeetWhom.TEAM_LEADER),
    Step(Q, "Volg Persoonlijk leiderschap", StepType.COURSE, 30, NEW, course="persoonlijk-leiderschap"),
    Step(Q, "Volg Kracht in verandering", StepType.COURSE, 40, NEW, course="kracht-in-verandering"),
    Step(
        Q,
        "Lees: het managementontwikkeltraject (MOT)",
        StepType.ARTICLE,
        40,
        NEW,
        article="managementontwikkeltraject-mot",
    ),
    Step(Q, "Lees: intervisie", StepType.ARTICLE, 45, NEW, article="intervisie"),
    Step(
        Q,
        "Sluit aan bij een intervisiegroep van teamleiders",
        StepType.TASK,
        50,
        BUDDY,
        checklist=("Groep gekozen", "Eerste bijeenkomst in de agenda"),
    ),
    Step(Q, "Lees: procesverbetering met lean", StepType.ARTICLE, 55, NEW, article="procesverbetering-lean"),
    Step(Q, "Evaluatie van het inwerken", StepType.MEET, 60, LEADER, meet=MeetWhom.TEAM_LEADER),
]

PROGRAMMES = [
    (
        GENERAL,
        "Algemeen inwerkprogramma",
        "<p>Voor iedere nieuwe collega: je eerste dagen, weken en maanden bij de gemeente West Betuwe.</p>",
        GENERAL_STEPS,
    ),
    (
        TEAM_LEADER,
        "Inwerken als teamleider",
        "<p>Voor nieuwe teamleiders: naast het algemene programma je team, je rol en leiderschap.</p>",
        TEAM_LEADER_STEPS,
    ),
]


@dataclass
class NewColleague:
    username: str
    first_name: str
    last_name: str
    team: str
    job_title: str
    team_leader: str
    buddy: str
    programme: str
    start_in_working_days: int  # negative: started that many working days ago
    # Steps done: all, or the titles of the steps done (each on its due date, or the start)
    done: object = ()


NEW_COLLEAGUES = [
    NewColleague(
        "snieuwenhuis",
        "Sanne",
        "Nieuwenhuis",
        "Publiekszaken",
        "Medewerker Burgerzaken",
        "emulder",
        "medewerker",
        GENERAL,
        5,
    ),
    NewColleague(
        "dvandenberg",
        "Daan",
        "van den Berg",
        "Informatievoorziening",
        "Informatieadviseur",
        "tvisser",
        "rhendriks",
        GENERAL,
        -11,
        done=(
            "Laptop, telefoon en pas klaarzetten",
            "Welkomstmail sturen",
            "Kennismaken met je buddy",
            "Rondleiding door het gemeentehuis",
            "Welkomstgesprek met je teamleider",
        ),
    ),
    NewColleague(
        "lwillems",
        "Linda",
        "Willems",
        "Sociaal domein",
        "Teamleider Sociaal domein",
        "mjansen",
        "emulder",
        TEAM_LEADER,
        -65,
        done="all",
    ),
]
# The demo's own "medewerker" account (already there) is halfway through the general programme.
DEMO_EMPLOYEE = ("medewerker", "kbos", GENERAL, -8)


def ensure_onboarding(home_page, users, result, *, today=None):
    """Create whatever is missing of the onboarding demo under `home_page`."""
    today = today or timezone.localdate()
    index = OnboardingIndexPage.objects.child_of(home_page).filter(slug=INDEX_SLUG).first()
    if index is None:
        index = OnboardingIndexPage(title=INDEX_TITLE, slug=INDEX_SLUG, intro=INDEX_INTRO)
        home_page.add_child(instance=index)
        index.save_revision().publish()
        result.created["onboarding section"] += 1

    users = dict(users)
    programmes = {}
    for slug, title, intro, steps in PROGRAMMES:
        programme = OnboardingProgrammePage.objects.child_of(index).filter(slug=slug).first()
        if programme is None:
            programme = _create_programme(index, slug, title, intro, steps, users)
            result.created["onboarding programmes"] += 1
            result.created["onboarding steps"] += len(steps)
        programmes[slug] = programme

    for colleague in NEW_COLLEAGUES:
        users[colleague.username] = _ensure_account(colleague, users, today, result)
    for colleague in NEW_COLLEAGUES:
        start = add_working_days(today, colleague.start_in_working_days)
        _ensure_enrolment(
            users[colleague.username],
            programmes[colleague.programme],
            start,
            colleague.done,
            users,
            colleague.buddy,
            colleague.team_leader,
            result,
            today,
        )
    username, buddy, slug, start_in = DEMO_EMPLOYEE
    if username in users:
        employee = users[username]
        start = add_working_days(today, start_in)
        leader = EmployeeProfile.objects.for_user(employee).team_leader
        halfway = [step.title for step in GENERAL_STEPS if step.due <= 2]
        _ensure_enrolment(
            employee,
            programmes[slug],
            start,
            halfway,
            users,
            buddy,
            leader.username if leader else "",
            result,
            today,
        )


def _create_programme(index, slug, title, intro, steps, users):
    programme = OnboardingProgrammePage(title=title, slug=slug, intro=intro)
    articles = dict(KnowledgeArticlePage.objects.values_list("slug", "pk"))
    courses = dict(CoursePage.objects.values_list("slug", "pk"))
    for number, step in enumerate(steps):
        programme.steps.add(
            ProgrammeStep(
                sort_order=number,
                title=step.title,
                explanation=step.explanation,
                phase=step.phase,
                step_type=step.step_type,
                due_working_days=step.due,
                performer=step.performer,
                article_id=articles.get(step.article),
                course_id=courses.get(step.course),
                meet=step.meet,
                person=users.get(step.person),
                video_url=step.video_url,
                checklist="\n".join(step.checklist),
            )
        )
    index.add_child(instance=programme)
    programme.save_revision().publish()
    return programme


def _ensure_account(colleague, users, today, result):
    User = get_user_model()
    user = User.objects.filter(username=colleague.username).first()
    if user is not None:
        return user
    user = User(
        username=colleague.username,
        first_name=colleague.first_name,
        last_name=colleague.last_name,
        email=f"{colleague.username}@westbetuwe.example",
        password=make_password(DEMO_PASSWORD),
    )
    user.save()
    user.groups.add(Group.objects.get(name=EMPLOYEES))
    profile, _created = EmployeeProfile.objects.get_or_create(user=user)
    profile.team = Team.objects.filter(name=colleague.team).first()
    profile.job_title = colleague.job_title
    profile.team_leader = users.get(colleague.team_leader)
    profile.start_date = add_working_days(today, colleague.start_in_working_days)
    profile.save()
    result.created["accounts"] += 1
    result.accounts.append((colleague.username, DEMO_PASSWORD, EMPLOYEES, colleague.job_title))
    return user


def _ensure_enrolment(colleague, programme, start, done, users, buddy, leader, result, today):
    if Enrolment.objects.filter(colleague=colleague, programme=programme).exists():
        return
    profile = EmployeeProfile.objects.for_user(colleague)
    enrolment = Enrolment.objects.create(
        colleague=colleague,
        programme=programme,
        programme_title=programme.title,
        start_date=start,
        team=profile.team,
        buddy=users.get(buddy),
        team_leader=users.get(leader),
        enrolled_by=users.get("redacteur"),
        enrolled_at=timezone.now() - datetime.timedelta(days=max(7, (today - start).days + 7)),
    )
    result.created["enrolments"] += 1
    for step in sorted(programme.steps.all(), key=ProgrammeStep.sort_key):
        if done != "all" and step.title not in done:
            continue
        due_date = min(step.due_date(start), today)
        performer = {NEW: colleague, BUDDY: enrolment.buddy, LEADER: enrolment.team_leader}[step.performer]
        moment = timezone.make_aware(datetime.datetime.combine(due_date, datetime.time(15, 30)))
        progress.mark_done(enrolment, step, performer, now=min(moment, timezone.now()))
        result.created["onboarding steps done"] += 1
