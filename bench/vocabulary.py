"""Dutch building blocks for synthetic knowledge base articles.

The words come from the domain of the programme Samen West Betuws Werken (see the seed report):
development talks, trainings, process improvement, team development, the Leercafé, and so on.
Nouns come in singular and plural so that search has word forms to match (`training` and
`trainingen`, `medewerker` and `medewerkers`).
"""

# (article, singular, plural)
NOUNS = [
    ("het", "ontwikkelgesprek", "ontwikkelgesprekken"),
    ("de", "training", "trainingen"),
    ("de", "workshop", "workshops"),
    ("het", "leercafé", "leercafés"),
    ("de", "procesverbetering", "procesverbeteringen"),
    ("het", "verbetertraject", "verbetertrajecten"),
    ("de", "teamdag", "teamdagen"),
    ("de", "werkgroep", "werkgroepen"),
    ("het", "functioneringsgesprek", "functioneringsgesprekken"),
    ("het", "ontwikkelplan", "ontwikkelplannen"),
    ("de", "intervisiebijeenkomst", "intervisiebijeenkomsten"),
    ("de", "nieuwsbrief", "nieuwsbrieven"),
    ("de", "e-learning", "e-learnings"),
    ("de", "opleiding", "opleidingen"),
    ("de", "verspilling", "verspillingen"),
    ("het", "proces", "processen"),
    ("de", "procesplaat", "procesplaten"),
    ("de", "teamrol", "teamrollen"),
    ("de", "netwerkdag", "netwerkdagen"),
    ("het", "project", "projecten"),
    ("de", "vergadering", "vergaderingen"),
    ("het", "inwerkprogramma", "inwerkprogramma's"),
    ("de", "cursus", "cursussen"),
    ("het", "opleidingsbudget", "opleidingsbudgetten"),
    ("het", "teamoverleg", "teamoverleggen"),
    ("de", "vaardigheid", "vaardigheden"),
    ("de", "verbeteractie", "verbeteracties"),
    ("de", "evaluatie", "evaluaties"),
    ("de", "bijeenkomst", "bijeenkomsten"),
    ("de", "studiedag", "studiedagen"),
    ("het", "gesprek", "gesprekken"),
    ("de", "coachingssessie", "coachingssessies"),
    ("de", "denktank", "denktanks"),
    ("de", "instructievideo", "instructievideo's"),
]

GROUPS = [
    "medewerkers",
    "nieuwe collega's",
    "teamleiders",
    "leidinggevenden",
    "projectleiders",
    "alle collega's",
    "procesregisseurs",
    "HR-adviseurs",
    "stagiairs",
    "deelnemers",
]

TEAMS = [
    "het Coördinatiepunt Lerende Organisatie",
    "team HR",
    "team Dienstverlening",
    "team Ruimte",
    "team Sociaal Domein",
    "de afdeling Bedrijfsvoering",
    "team Financiën",
    "team Informatievoorziening",
    "de Academie",
]

CONCEPTS = [
    "Samen West Betuws Werken",
    "het Model voor Lerend Veranderen",
    "lean",
    "de HR-gesprekscyclus",
    "het goede gesprek",
    "Belbin",
    "het managementontwikkeltraject",
    "mindfulness",
    "timemanagement",
    "Design Thinking",
    "scrum",
    "Microsoft 365",
    "de Algemene wet bestuursrecht",
    "klimaatadaptatie",
    "vitaliteit",
    "teamontwikkeling",
    "leiderschap",
    "kennisdeling",
    "zakelijk creatief denken",
    "visueel werken",
]

VERBS = [
    "voorbereiden",
    "plannen",
    "aanvragen",
    "evalueren",
    "organiseren",
    "bespreken",
    "verbeteren",
    "vastleggen",
    "begeleiden",
    "inplannen",
]

# Topics editors would manage; each generated article gets one to three of them.
TOPICS = [
    "Model voor Lerend Veranderen",
    "Leercafé",
    "Procesverbetering",
    "Lean",
    "HR-gesprekscyclus",
    "Het goede gesprek",
    "Teamontwikkeling",
    "Managementontwikkeltraject",
    "Academie",
    "Nieuwsbrief",
    "Coördinatiepunt Lerende Organisatie",
    "Vitaliteit",
    "Digitaal werken",
    "Inwerken",
    "Leiderschap",
    "Projectmatig werken",
]

# Placeholders: {n} singular with article, {s} bare singular, {p} plural, {g} group, {t} team,
# {c} concept, {v} verb, {y} year, {k} a number. The first letter of a sentence is capitalised.
SENTENCES = [
    "{g} kunnen {n} {v} met hulp van {t}.",
    "In {p} staat {c} centraal.",
    "Tijdens {n} bespreken {g} hoe het werk slimmer en prettiger kan.",
    "{t} organiseert elk kwartaal {p} over {c}.",
    "Wil je meer weten over {c}? Neem dan contact op met {t}.",
    "Bij {n} hoort altijd een korte evaluatie met {g}.",
    "Het doel is dat {g} {p} zelf leren {v}.",
    "{p} helpen om {c} in de dagelijkse praktijk toe te passen.",
    "Zo ontdek je welke {p} bij jouw team passen.",
    "Een goede voorbereiding maakt {n} waardevoller voor iedereen.",
    "Leg afspraken over {p} vast in je persoonlijk ontwikkelplan.",
    "Veel {g} vinden het prettig om {n} samen met een collega te {v}.",
    "In de evaluatie gaven {g} {p} gemiddeld een {k},{k2}.",
    "Door {c} verminderen we verspillingen in onze processen.",
    "{t} helpt je graag op weg met {n}.",
    "Denk bij {n} aan tijd, budget en de ontwikkelwensen van {g}.",
    "Na afloop deel je de opbrengst in het teamoverleg.",
    "Het opleidingsbudget is bedoeld voor {p} die bijdragen aan je ontwikkeling.",
    "Meld je aan voor {n} via de Academie.",
    "{g} die net begonnen zijn volgen eerst het inwerkprogramma.",
    "Samen West Betuws Werken brengt alle ontwikkel- en verbeterinitiatieven onder één noemer.",
    "In {y} namen {k}{k2} collega's deel aan {p}.",
    "Bespreek je ontwikkelwensen op tijd met je leidinggevende.",
    "Gebruik de procesplaat om de huidige werkwijze van {n} in beeld te brengen.",
    "{p} vinden plaats in het gemeentehuis in Geldermalsen of online via Teams.",
    "Met {c} krijgen {g} meer regie op hun eigen ontwikkeling.",
    "Een werkgroep van {g} bereidt {n} inhoudelijk voor.",
    "Stel vooraf drie vragen op die je tijdens {n} wilt bespreken.",
    "Teamontwikkeling begint bij inzicht in elkaars kwaliteiten en teamrollen.",
    "Leren en ontwikkelen is een vanzelfsprekend onderdeel van je werk, niet iets wat je er extra bij doet.",
]

TITLES = [
    "{S} {v}",
    "Zo werkt {n}",
    "Veelgestelde vragen over {p}",
    "{C} in de praktijk",
    "Tips voor {p} met {g}",
    "{P} {v} in {k} stappen",
    "Wat is {c}?",
    "{S} voor {g}",
    "Aan de slag met {c}",
]

HEADINGS = [
    "Waarom {n}?",
    "Zo pak je het aan",
    "Voor wie is {n} bedoeld?",
    "Wat levert {c} op?",
    "Praktische informatie",
    "Ervaringen van {g}",
    "Meer weten?",
]

FAQ_QUESTIONS = [
    "Hoe meld ik me aan voor {n}?",
    "Wie betaalt {n}?",
    "Telt {n} mee voor mijn ontwikkelplan?",
    "Kan ik {n} ook online volgen?",
    "Met wie neem ik contact op over {c}?",
]
