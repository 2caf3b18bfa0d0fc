"""Demo content of the West Betuwe Academie: the seed's offer, sessions around today, registrations.

Called from `demo.loading.load_demo_content`. Like the rest of the demo it creates only what is
missing: categories by slug, providers by name, the catalogue and its pages by slug. Sessions and
registrations are created together with their course or event, so a second run adds nothing and
an editor's changes survive a reload.

Registrations go through `academy_pages.registration`, so statuses, waiting lists and history are
the workflow's own. For sessions in the past the workflow is called with `now=` set to a moment
before the session (when the registration would really have been made); because
`Registration.created_at` and `RegistrationChange.created_at` are filled in by the database
clock, they are then set to that same moment, so the report and the history tell one story.
The signals of the workflow fire as usual: with a console mail backend the demo's mails show up
in the console.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from academy_pages import registration as workflow
from academy_pages.models import (
    AcademyIndexPage,
    Attendance,
    ChangeCause,
    CourseCategory,
    CoursePage,
    CourseQuestion,
    Evaluation,
    EventPage,
    EventSlot,
    Registration,
    RegistrationChange,
    RegistrationStatus,
    Session,
    SessionDay,
    SessionFormat,
    TrainingProvider,
)

ACADEMY_SLUG = "academie"
ACADEMY_TITLE = "West Betuwe Academie"
ACADEMY_INTRO = (
    "<p>Op de West Betuwe Academie vind je trainingen en cursussen die je helpen om actief aan je eigen "
    "ontwikkeling te werken, passend bij de afspraken uit je ontwikkelgesprek met je teamleider. "
    "De trainingen zijn fysiek, tenzij anders aangegeven. Naast het aanbod van onze drie "
    "trainingsbureaus vind je hier interne modules, gegeven door collega's.</p>"
)

CATEGORIES = [
    ("persoonlijk-leiderschap", "Persoonlijk leiderschap"),
    ("effectief-werken", "Effectief werken"),
    ("algemene-kennis", "Algemene kennis"),
]

# Invented bureaus; the municipality's own modules have an internal provider.
PROVIDERS = [
    {
        "name": "Koers & Kracht Training",
        "contact_name": "Ingrid Verbeek",
        "email": "planning@koersenkracht.example",
        "phone": "0345 123 456",
        "price_per_session": "1850.00",
    },
    {
        "name": "Trainingshuis De Linge",
        "contact_name": "Sander Willemsen",
        "email": "academie@trainingshuisdelinge.example",
        "phone": "0418 654 321",
        "price_per_session": "1450.00",
    },
    {
        "name": "Overheidsacademie Rivierenland",
        "contact_name": "Hanneke de Groot",
        "email": "opleidingen@overheidsacademie-rivierenland.example",
        "phone": "0344 987 654",
        "price_per_session": "1200.00",
    },
    {"name": "Gemeente West Betuwe (interne modules)", "is_internal": True},
]
KOERS, LINGE, RIVIERENLAND, INTERNAL = (provider["name"] for provider in PROVIDERS)

MOTIVATION = ("Wat is je motivatie om deze training te volgen?", "multiline", True)
DIET = ("Heb je dieetwensen of allergieën?", "singleline", False)
ACCESSIBILITY = ("Heb je iets nodig om goed mee te kunnen doen (toegankelijkheid)?", "singleline", False)

MAIN_LOCATION = "Gemeentehuis Geldermalsen, Rijksstraatweg 5"
DEIL = "Landgoed De Hoenderik, Deil"


@dataclass
class SessionPlan:
    """A session `offsets` days from today (one offset per day), with who registers."""

    offsets: tuple
    capacity: int = 12
    format: str = SessionFormat.PHYSICAL
    location: str = MAIN_LOCATION
    trainer: str = ""
    registrants: tuple = ()  # usernames, in the order they register
    self_cancel: tuple = ()  # usernames who cancel themselves
    cancelled_reason: str = ""  # cancel the whole session with this reason
    ratings: dict = field(default_factory=dict)  # username: rating, for past sessions


@dataclass
class CoursePlan:
    slug: str
    title: str
    category: str
    provider: str
    summary: str
    description: str
    learning_goals: str
    audience: str
    duration: str
    costs: str | None = None
    requires_approval: bool = False
    min_participants: int = 4
    max_participants: int = 12
    questions: tuple = ()
    sessions: tuple = ()


COURSES = [
    CoursePlan(
        slug="kracht-in-verandering",
        title="Kracht in verandering",
        category="persoonlijk-leiderschap",
        provider=KOERS,
        summary="Ontdek hoe jij reageert op veranderingen en hoe je er met meer veerkracht mee omgaat.",
        description=(
            "<p>Onze organisatie verandert voortdurend: nieuwe opgaven, andere manieren van samenwerken, "
            "nieuwe collega's. In deze tweedaagse training onderzoek je de achtergronden van je eigen, "
            "soms onbewuste gedrag bij verandering. Je werkt in een kleine groep, op een rustige locatie "
            "weg van de dagelijkse drukte.</p>"
        ),
        learning_goals=(
            "<ul><li>Je herkent je eigen reactiepatronen bij verandering.</li>"
            "<li>Je kunt verandering bespreekbaar maken in je team.</li>"
            "<li>Je hebt een persoonlijk plan om wendbaar te blijven.</li></ul>"
        ),
        audience="Alle medewerkers",
        duration="2 dagen",
        costs="395.00",
        requires_approval=True,
        min_participants=4,
        max_participants=10,
        questions=(MOTIVATION, DIET, ACCESSIBILITY),
        sessions=(
            SessionPlan(
                offsets=(-38, -31),
                capacity=10,
                location=DEIL,
                trainer="Ingrid Verbeek",
                registrants=("rhendriks", "asmit", "kbos", "tvisser", "lvermeulen"),
                ratings={"rhendriks": 9, "asmit": 8, "kbos": 8, "tvisser": 7},
            ),
            SessionPlan(
                offsets=(22, 29),
                capacity=10,
                location=DEIL,
                trainer="Ingrid Verbeek",
                registrants=("pdekker", "emulder"),
            ),
        ),
    ),
    CoursePlan(
        slug="persoonlijk-leiderschap",
        title="Persoonlijk leiderschap",
        category="persoonlijk-leiderschap",
        provider=KOERS,
        summary="Neem de regie over je eigen werk en ontwikkeling, vanuit wat jij belangrijk vindt.",
        description=(
            "<p>Persoonlijk leiderschap betekent dat je zelf richting geeft aan je werk en je loopbaan. "
            "Je verkent je waarden en drijfveren, oefent met het nemen van initiatief en het aangeven "
            "van grenzen, en vertaalt dat naar concrete stappen in je eigen werk.</p>"
        ),
        learning_goals=(
            "<ul><li>Je weet wat je drijft en waar je energie van krijgt.</li>"
            "<li>Je neemt initiatief en maakt heldere afspraken.</li>"
            "<li>Je bespreekt je ontwikkelwensen met je teamleider.</li></ul>"
        ),
        audience="Medewerkers die meer regie willen nemen",
        duration="3 dagdelen",
        costs="425.00",
        requires_approval=True,
        max_participants=10,
        questions=(MOTIVATION, DIET),
        sessions=(
            SessionPlan(
                offsets=(-23, -16, -9),
                capacity=10,
                trainer="Ingrid Verbeek",
                registrants=("asmit", "kbos"),
                cancelled_reason="De trainer is ziek; het trainingsbureau stelt een nieuwe datum voor.",
            ),
            SessionPlan(
                offsets=(41, 48, 55), capacity=10, trainer="Ingrid Verbeek", registrants=("medewerker",)
            ),
        ),
    ),
    CoursePlan(
        slug="presenteren-met-impact",
        title="Presenteren met impact",
        category="effectief-werken",
        provider=LINGE,
        summary="Breng je boodschap helder en overtuigend over, in het college, de raad of je team.",
        description=(
            "<p>Of je nu een voorstel toelicht aan de portefeuillehouder of een bewonersavond opent: "
            "met een goede opbouw en een ontspannen houding komt je verhaal beter aan. Je oefent met je "
            "eigen presentaties en krijgt feedback van de trainer en van collega's.</p>"
        ),
        learning_goals=(
            "<ul><li>Je bouwt een presentatie op rond één kernboodschap.</li>"
            "<li>Je gebruikt stem, houding en beeld bewust.</li>"
            "<li>Je gaat rustig om met lastige vragen.</li></ul>"
        ),
        audience="Alle medewerkers",
        duration="1 dag",
        costs="310.00",
        max_participants=8,
        questions=(ACCESSIBILITY,),
        sessions=(
            SessionPlan(
                offsets=(12,),
                capacity=4,
                trainer="Sander Willemsen",
                registrants=("rhendriks", "asmit", "kbos", "tvisser", "medewerker", "pdekker"),
            ),
        ),
    ),
    CoursePlan(
        slug="timemanagement-en-omgaan-met-werkdruk",
        title="Timemanagement en omgaan met werkdruk",
        category="effectief-werken",
        provider=LINGE,
        summary="Houd overzicht, stel prioriteiten en houd je werk vol, ook als het druk is.",
        description=(
            "<p>Veel ballen in de lucht en een volle mailbox? In deze training leer je werken met "
            "prioriteiten, plannen in blokken en nee zeggen zonder de samenwerking te schaden. Je "
            "gaat naar huis met afspraken met jezelf die je de week erna al toepast.</p>"
        ),
        learning_goals=(
            "<ul><li>Je onderscheidt urgent en belangrijk.</li>"
            "<li>Je plant je week realistisch.</li>"
            "<li>Je herkent signalen van werkdruk bij jezelf en collega's.</li></ul>"
        ),
        audience="Alle medewerkers",
        duration="1 dag",
        costs="275.00",
        questions=(DIET,),
        sessions=(
            SessionPlan(
                offsets=(-14,),
                trainer="Sander Willemsen",
                registrants=("pdekker", "emulder", "tvisser"),
                ratings={"pdekker": 8, "emulder": 7},
            ),
            SessionPlan(
                offsets=(30,),
                trainer="Sander Willemsen",
                registrants=("medewerker", "kbos"),
                self_cancel=("medewerker",),
            ),
        ),
    ),
    CoursePlan(
        slug="omgaan-met-conflicten",
        title="Omgaan met conflicten",
        category="effectief-werken",
        provider=LINGE,
        summary="Herken een conflict op tijd en bespreek het zo dat de relatie goed blijft.",
        description=(
            "<p>Verschil van mening hoort bij samenwerken; een conflict hoeft niet. Je leert hoe "
            "conflicten ontstaan, welke stijl jij meestal kiest en hoe je een lastig gesprek voert met "
            "een collega, een inwoner of een partner.</p>"
        ),
        learning_goals=(
            "<ul><li>Je kent de vijf conflictstijlen en je eigen voorkeur.</li>"
            "<li>Je benoemt wat er speelt zonder te beschuldigen.</li></ul>"
        ),
        audience="Alle medewerkers",
        duration="1 dag",
        costs="290.00",
        sessions=(
            SessionPlan(
                offsets=(18,),
                format=SessionFormat.ONLINE,
                location="",
                trainer="Marloes Kuipers",
                registrants=("medewerker", "rhendriks"),
            ),
        ),
    ),
    CoursePlan(
        slug="zakelijke-gesprekken-voeren",
        title="Zakelijke gesprekken voeren",
        category="effectief-werken",
        provider=LINGE,
        summary="Voer doelgerichte gesprekken met partners, aannemers en leveranciers.",
        description=(
            "<p>Een goed zakelijk gesprek heeft een doel, een structuur en een heldere afspraak aan het "
            "eind. Je oefent met situaties uit je eigen werk, met een trainingsacteur.</p>"
        ),
        learning_goals="<ul><li>Je bereidt een gesprek voor met een helder doel.</li></ul>",
        audience="Medewerkers met externe contacten",
        duration="1 dag",
        costs="320.00",
        sessions=(SessionPlan(offsets=(50,), trainer="Marloes Kuipers"),),
    ),
    CoursePlan(
        slug="schrijven-college-en-raadsvoorstellen",
        title="Schrijven college- en raadsvoorstellen",
        category="effectief-werken",
        provider=RIVIERENLAND,
        summary="Schrijf voorstellen die het college en de raad in één keer begrijpen.",
        description=(
            "<p>Een goed voorstel maakt de keuze voor het bestuur helder: wat is het probleem, welke "
            "opties zijn er en wat adviseer je. Je herschrijft een eigen voorstel volgens het "
            "West Betuwse model, in begrijpelijke taal (B1 waar het kan).</p>"
        ),
        learning_goals=(
            "<ul><li>Je schrijft een beslispunt dat op zichzelf staat.</li>"
            "<li>Je onderbouwt kort en volledig.</li></ul>"
        ),
        audience="Beleidsmedewerkers en adviseurs",
        duration="1 dag",
        costs="260.00",
        sessions=(
            SessionPlan(
                offsets=(-60,),
                trainer="Hanneke de Groot",
                registrants=("rhendriks", "kbos", "asmit", "lvermeulen"),
                self_cancel=("asmit",),
                ratings={"rhendriks": 8, "kbos": 9},
            ),
            SessionPlan(offsets=(25,), trainer="Hanneke de Groot", registrants=("tvisser",)),
        ),
    ),
    CoursePlan(
        slug="kennismaking-inkoopfunctie",
        title="Kennismaking inkoopfunctie",
        category="algemene-kennis",
        provider=RIVIERENLAND,
        summary="Wat mag wel en niet bij inkopen, en wanneer schakel je de inkoopadviseur in?",
        description=(
            "<p>Iedereen die iets bestelt of een opdracht geeft, heeft met inkoopregels te maken. In "
            "deze kennismaking hoor je hoe het inkoopbeleid werkt, welke drempelbedragen gelden en "
            "hoe je samen met de inkoopadviseur tot een goede opdracht komt.</p>"
        ),
        learning_goals="<ul><li>Je kent de drempelbedragen en de stappen van een inkoop.</li></ul>",
        audience="Budgethouders en opdrachtgevers",
        duration="1 dagdeel",
        costs="0.00",
        sessions=(
            SessionPlan(
                offsets=(8,),
                format=SessionFormat.HYBRID,
                trainer="Hanneke de Groot",
                registrants=("pdekker", "emulder"),
            ),
        ),
    ),
    CoursePlan(
        slug="de-zes-denkhoeden",
        title="De Zes Denkhoeden",
        category="effectief-werken",
        provider=INTERNAL,
        summary="Vergader en brainstorm gestructureerd met de methode van Edward de Bono.",
        description=(
            "<p>Met de zes denkhoeden kijk je als groep om de beurt vanuit één invalshoek naar een "
            "vraagstuk: feiten, gevoel, risico's, kansen, ideeën en proces. Collega's die de methode "
            "dagelijks gebruiken, laten zien hoe je er een vergadering korter en beter mee maakt. "
            "Na het Leercafé vroegen twintig collega's om een herhaling.</p>"
        ),
        learning_goals="<ul><li>Je leidt een overleg met de zes denkhoeden.</li></ul>",
        audience="Alle medewerkers",
        duration="1 dagdeel",
        sessions=(SessionPlan(offsets=(15,), capacity=16, trainer="Rob Hendriks", registrants=("kbos",)),),
    ),
    CoursePlan(
        slug="algemene-wet-bestuursrecht",
        title="Algemene wet bestuursrecht",
        category="algemene-kennis",
        provider=INTERNAL,
        summary="De basis van de Awb: besluiten, bezwaar en termijnen, voor iedere medewerker.",
        description=(
            "<p>De Algemene wet bestuursrecht regelt hoe de gemeente besluiten neemt en hoe inwoners "
            "daartegen in bezwaar kunnen gaan. Juristen van de gemeente leggen aan de hand van "
            "voorbeelden uit West Betuwe uit wat dat voor jouw werk betekent.</p>"
        ),
        learning_goals=(
            "<ul><li>Je herkent een besluit in de zin van de Awb.</li>"
            "<li>Je kent de belangrijkste termijnen.</li></ul>"
        ),
        audience="Alle medewerkers",
        duration="1 dagdeel",
        sessions=(
            SessionPlan(offsets=(35,), capacity=20, trainer="mr. Anke Mol", registrants=("asmit",)),
            SessionPlan(offsets=(70,), capacity=20, trainer="mr. Anke Mol"),
        ),
    ),
]

LEERCAFE_SLUG = "leercafe"
LEERCAFE_OFFSET = 32
# (round title, start, end, [(workshop, capacity, registrants)])
LEERCAFE_PROGRAMME = [
    (
        "Ronde 1",
        datetime.time(10, 0),
        datetime.time(11, 30),
        [
            ("Efficiënt en met plezier vergaderen", 15, ("medewerker", "kbos")),
            ("Scrummen voor dummies", 15, ("rhendriks",)),
            ("Design Thinking", 12, ("asmit",)),
            ("Mindfulness", 10, ()),
        ],
    ),
    (
        "Ronde 2",
        datetime.time(13, 0),
        datetime.time(14, 30),
        [
            ("Zicht op je kwaliteiten", 15, ("medewerker", "asmit")),
            ("Werken met dronebeelden", 12, ("rhendriks",)),
            ("Het grote verspillingenspel (basis lean)", 16, ("kbos", "tvisser")),
            ("Fotografie klimaatadaptatie", 10, ()),
        ],
    ),
]

# One line per workshop for the programme; the titles are the seed's Leercafé 2022 offer.
WORKSHOP_LINES = {
    "Efficiënt en met plezier vergaderen": (
        "Korter en beter vergaderen: een heldere agenda, iedereen aan het woord en afspraken die blijven."
    ),
    "Scrummen voor dummies": "Kennismaken met Scrum: in korte sprints samen werken aan een resultaat.",
    "Design Thinking": "Problemen oplossen vanuit de inwoner: inleven, ideeën bedenken en snel uitproberen.",
    "Mindfulness": (
        "Even stilstaan: oefeningen om met aandacht te werken en rust te vinden op een drukke dag."
    ),
    "Zicht op je kwaliteiten": (
        "Ontdek waar je goed in bent en hoe je dat in je werk en je ontwikkelgesprek gebruikt."
    ),
    "Werken met dronebeelden": "Wat dronebeelden laten zien van de openbare ruimte, en hoe je ze inzet.",
    "Het grote verspillingenspel (basis lean)": (
        "Onze eigen verspillingenworkshop: spelenderwijs verspilling in werkprocessen herkennen, de basis "
        "van lean."
    ),
    "Fotografie klimaatadaptatie": (
        "Met de camera op pad: leg vast hoe West Betuwe zich aanpast aan het klimaat."
    ),
}


def ensure_academy(home_page, users, result, *, today=None):
    """Create whatever is missing of the Academy demo under `home_page`."""
    today = today or timezone.localdate()
    categories = {}
    for slug, name in CATEGORIES:
        categories[slug], created = CourseCategory.objects.get_or_create(slug=slug, defaults={"name": name})
        result.created["course categories"] += created
    providers = {}
    for data in PROVIDERS:
        defaults = {key: value for key, value in data.items() if key != "name"}
        providers[data["name"]], created = TrainingProvider.objects.get_or_create(
            name=data["name"], defaults=defaults
        )
        result.created["training providers"] += created

    index = AcademyIndexPage.objects.child_of(home_page).filter(slug=ACADEMY_SLUG).first()
    if index is None:
        index = AcademyIndexPage(title=ACADEMY_TITLE, slug=ACADEMY_SLUG, intro=ACADEMY_INTRO)
        home_page.add_child(instance=index)
        index.save_revision().publish()
        result.created["academy"] += 1

    coordinator = users.get("redacteur")
    existing = set(CoursePage.objects.child_of(index).values_list("slug", flat=True))
    for plan in COURSES:
        if plan.slug in existing:
            continue
        course = _create_course(index, plan, categories, providers)
        result.created["courses"] += 1
        for session_plan in plan.sessions:
            session = _create_session(course, session_plan, today)
            result.created["sessions"] += 1
            result.created["registrations"] += _play(session, session_plan, users, coordinator, today)

    if not EventPage.objects.child_of(index).filter(slug=LEERCAFE_SLUG).exists():
        _create_leercafe(index, users, today, result)


def _create_course(index, plan, categories, providers):
    course = CoursePage(
        title=plan.title,
        slug=plan.slug,
        summary=plan.summary,
        description=plan.description,
        learning_goals=plan.learning_goals,
        audience=plan.audience,
        category=categories[plan.category],
        provider=providers[plan.provider],
        duration=plan.duration,
        format=_course_format(plan),
        # An online course has no place to go to.
        default_location="" if _course_format(plan) == SessionFormat.ONLINE else MAIN_LOCATION,
        costs=plan.costs,
        requires_approval=plan.requires_approval,
        min_participants=plan.min_participants,
        max_participants=plan.max_participants,
    )
    course.questions = [
        CourseQuestion(label=label, field_type=field_type, required=required, sort_order=order)
        for order, (label, field_type, required) in enumerate(plan.questions)
    ]
    index.add_child(instance=course)
    course.save_revision().publish()
    return course


def _course_format(plan):
    """The format all the course's sessions share; on location when they differ."""
    formats = {session.format for session in plan.sessions}
    return formats.pop() if len(formats) == 1 else SessionFormat.PHYSICAL


def _working_day(day):
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return day


def _day_times(course, plan):
    """Mornings for a course of dagdelen with a day per dagdeel, else whole days: the duration
    the catalogue derives from the days then agrees with the course's own."""
    number, _, unit = course.duration.partition(" ")
    if unit.startswith("dagde") and number.isdigit() and int(number) == len(plan.offsets):
        return datetime.time(9), datetime.time(12, 30)
    return datetime.time(9), datetime.time(16, 30)


def _create_session(course, plan, today):
    start_time, end_time = _day_times(course, plan)
    session = Session(
        course=course,
        capacity=plan.capacity,
        format=plan.format,
        location=plan.location,
        online_url="https://teams.microsoft.com/l/meetup-join/demo"
        if plan.format != SessionFormat.PHYSICAL
        else "",
        trainer=plan.trainer,
    )
    session.save()
    dates = []
    for offset in plan.offsets:
        day = _working_day(today + datetime.timedelta(days=offset))
        while day in dates:
            day = _working_day(day + datetime.timedelta(days=1))
        dates.append(day)
    SessionDay.objects.bulk_create(
        [SessionDay(session=session, date=day, start_time=start_time, end_time=end_time) for day in dates]
    )
    return session


def _play(session, plan, users, coordinator, today):
    """Register, approve, cancel and evaluate as the plan says; returns the registrations made."""
    session = Session.objects.prefetch_related("days").get(pk=session.pk)
    starts_at = session.starts_at
    in_past = starts_at <= timezone.now()
    # Past sessions: the registrations were made three weeks before the start, one hour apart.
    registered_at = starts_at - datetime.timedelta(days=21) if in_past else None
    made = []
    for number, username in enumerate(plan.registrants):
        user = users[username]
        now = registered_at + datetime.timedelta(hours=number) if in_past else None
        registration = workflow.register(
            session,
            user,
            answers=_answers(session.course),
            now=now,
        ).registration
        if in_past and registration.status == RegistrationStatus.PENDING_APPROVAL:
            # Upcoming sessions keep their requests open, for the team leaders to try out.
            leader = _team_leader(user) or coordinator
            registration = workflow.approve(registration, leader, now=now)
        made.append((registration, now))
    for registration, now in made:
        if registration.user.username in plan.self_cancel:
            later = now + datetime.timedelta(days=2) if now else None
            workflow.cancel(
                registration, registration.user, reason="Het past toch niet in mijn planning.", now=later
            )
    if plan.cancelled_reason:
        when = registered_at + datetime.timedelta(days=7) if in_past else None
        workflow.cancel_session(session, coordinator, reason=plan.cancelled_reason, now=when)
    if in_past:
        _backdate(made)
        _attend(session, plan)
    return len(made)


def _backdate(made):
    """Give past registrations and their history the moments the workflow was told (`now=`)."""
    first_steps = [ChangeCause.REGISTERED, ChangeCause.APPROVED]
    for registration, when in made:
        Registration.objects.filter(pk=registration.pk).update(created_at=when)
        changes = RegistrationChange.objects.filter(registration=registration)
        changes.filter(cause__in=first_steps).update(created_at=when)
        # Cancellations in the plan happen two (employee) or seven (session) days later.
        changes.exclude(cause__in=first_steps).update(created_at=when + datetime.timedelta(days=2))


def _attend(session, plan):
    if session.is_cancelled:
        return
    for registration in session.registrations.confirmed().select_related("user"):
        rating = plan.ratings.get(registration.user.username)
        registration.attendance = Attendance.PRESENT if rating else Attendance.ABSENT
        registration.save(update_fields=["attendance"])
        if rating:
            Evaluation.objects.create(
                registration=registration,
                rating=rating,
                learned="Hoe ik in mijn eigen werk meteen iets anders kan aanpakken.",
                remarks="Fijne trainer, goede groep." if rating >= 8 else "",
            )


def _create_leercafe(index, users, today, result):
    day = _working_day(today + datetime.timedelta(days=LEERCAFE_OFFSET))
    event = EventPage(
        title="Leercafé",
        slug=LEERCAFE_SLUG,
        summary=(
            "Het jaarlijkse Leercafé Samen West Betuws Werken: een dag vol workshops van en voor collega's."
        ),
        description=(
            "<p>Het Leercafé is de jaarlijkse dag waarop we van en met elkaar leren. Een werkgroep van "
            "collega's stelde het programma samen op basis van de ontwikkelwensen uit de "
            "ontwikkelgesprekken. Je kiest per ronde één workshop. In 2022 deden 171 collega's mee aan "
            "17 workshops, en gaven ze het Leercafé gemiddeld een 7,7.</p>"
        ),
        location=MAIN_LOCATION,
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    result.created["events"] += 1
    for title, start, end, workshops in LEERCAFE_PROGRAMME:
        slot = EventSlot.objects.create(
            event=event,
            title=title,
            start=timezone.make_aware(datetime.datetime.combine(day, start)),
            end=timezone.make_aware(datetime.datetime.combine(day, end)),
        )
        for workshop_title, capacity, registrants in workshops:
            session = Session.objects.create(
                event=event,
                slot=slot,
                title=workshop_title,
                description=WORKSHOP_LINES.get(workshop_title, ""),
                capacity=capacity,
                location=MAIN_LOCATION,
            )
            SessionDay.objects.create(session=session, date=day, start_time=start, end_time=end)
            result.created["sessions"] += 1
            for username in registrants:
                user = users[username]
                workflow.register(session, user)
                result.created["registrations"] += 1


def _team_leader(user):
    profile = getattr(user, "profile", None)
    return getattr(profile, "team_leader", None)


def _answers(course):
    answers = {}
    for question in course.questions.all():
        if question.clean_name and "motivatie" in question.label.lower():
            answers[question.clean_name] = "Dit sluit aan bij de afspraken uit mijn ontwikkelgesprek."
    return answers
