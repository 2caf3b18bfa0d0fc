"""The demo's images and documents, drawn by `demo.illustrations` at load time.

Images are matched by title when the content is loaded again, documents too.
"""

# key: (title, how to draw it). Banners are decorative and show `text`; diagrams explain.
IMAGES = {
    "swbw": (
        "Illustratie Samen West Betuws Werken",
        {"style": "banner", "palette": "green", "text": "Samen West Betuws Werken"},
    ),
    "lerend-veranderen": (
        "Illustratie Model voor Lerend Veranderen",
        {"style": "banner", "palette": "teal", "text": "Model voor Lerend Veranderen"},
    ),
    "leercafe": (
        "Illustratie Leercafé",
        {"style": "banner", "palette": "orange", "text": "Leercafé"},
    ),
    "netwerkdag": (
        "Illustratie NetWerkdag",
        {"style": "banner", "palette": "blue", "text": "NetWerkdag"},
    ),
    "lean": (
        "Illustratie procesverbetering",
        {"style": "banner", "palette": "red", "text": "Procesverbetering"},
    ),
    "academie": (
        "Illustratie West Betuwe Academie",
        {"style": "banner", "palette": "purple", "text": "West Betuwe Academie"},
    ),
    "gesprek": (
        "Illustratie het goede gesprek",
        {"style": "banner", "palette": "teal", "text": "Het goede gesprek"},
    ),
    "team": (
        "Illustratie teamontwikkeling",
        {"style": "banner", "palette": "blue", "text": "Teamontwikkeling"},
    ),
    "leiderschap": (
        "Illustratie leiderschap",
        {"style": "banner", "palette": "purple", "text": "Leiderschap"},
    ),
    "digitaal": (
        "Illustratie digitaal werken",
        {"style": "banner", "palette": "blue", "text": "Digitaal werken"},
    ),
    "werkplezier": (
        "Illustratie werkplezier",
        {"style": "banner", "palette": "green", "text": "Werkplezier"},
    ),
    "verspillingen": (
        "De acht verspillingen",
        {
            "style": "diagram",
            "palette": "orange",
            "labels": [
                "Transport",
                "Voorraad",
                "Beweging",
                "Wachten",
                "Overproductie",
                "Overbewerking",
                "Fouten en herstel",
                "Onbenut talent",
            ],
        },
    ),
    "gesprekscyclus": (
        "De HR-gesprekscyclus",
        {
            "style": "diagram",
            "palette": "teal",
            "layout": "cycle",
            "labels": [
                "Voorbereiden",
                "Ontwikkelgesprek",
                "Afspraken vastleggen",
                "Leren en ontwikkelen",
                "Terugblikken",
            ],
        },
    ),
    "belbin": (
        "De negen teamrollen van Belbin",
        {
            "style": "diagram",
            "palette": "blue",
            "labels": [
                "Plant",
                "Brononderzoeker",
                "Voorzitter",
                "Vormer",
                "Monitor",
                "Groepswerker",
                "Bedrijfsman",
                "Afmaker",
                "Specialist",
            ],
        },
    ),
    "coordinatiepunt": (
        "De vier rollen van het coördinatiepunt",
        {
            "style": "diagram",
            "palette": "green",
            "labels": ["Faciliteren", "Coördineren", "Samenwerken", "Aanjagen"],
        },
    ),
    "denkhoeden": (
        "De zes denkhoeden",
        {
            "style": "diagram",
            "palette": "purple",
            "labels": [
                "Wit: feiten",
                "Rood: gevoel",
                "Zwart: risico's",
                "Geel: kansen",
                "Groen: ideeën",
                "Blauw: het proces",
            ],
        },
    ),
}

MODEL_BOXES = [
    ("1. Aanleiding", "Waarom starten we? Welk vraagstuk van inwoners of organisatie ligt er?"),
    ("2. Opgave en doel", "Wat willen we bereikt hebben, en hoe merken inwoners dat?"),
    ("3. Wie doen er mee?", "Teamleden, opdrachtgever, partners en inwoners: wie is nodig?"),
    ("4. Wat willen we leren?", "Welke kennis of vaardigheid missen we nog als team?"),
    ("5. Zo werken we samen", "Afspraken over overleg, rollen, besluiten en elkaar aanspreken."),
    ("6. Mijlpalen", "Welke tussenstappen zetten we, en wanneer kijken we samen terug?"),
    ("7. Delen en borgen", "Met wie delen we wat we leren? Wat geven we door aan de organisatie?"),
    ("8. Terugblik", "Wat ging goed, wat doen we de volgende keer anders?"),
]

MODEL_STEPS = [
    "Plan bij de start van je project een bijeenkomst van anderhalf uur met het hele team.",
    "Bekijk samen de instructievideo en open het model op een groot scherm.",
    "Vul de vakken in de volgorde van het model in; schrijf op waar je het nog niet over eens bent.",
    "Spreek af wanneer je het model weer opent, bijvoorbeeld bij elke mijlpaal.",
    "Sluit af met de terugblik en deel wat je leerde met het coördinatiepunt.",
]

# key: (title, file name, how to draw it)
DOCUMENTS = {
    "model-lerend-veranderen": (
        "Model voor Lerend Veranderen (interactieve PDF)",
        "model-voor-lerend-veranderen.pdf",
        {
            "title": "Model voor Lerend Veranderen",
            "subtitle": "Werkversie voor (project)teams",
            "intro": (
                "Met dit model zet je als (project)team de eerste stappen samen. Het helpt je om "
                "bij de start stil te staan bij de opgave, bij wie er nodig is en bij wat je "
                "samen wilt leren. Vul het model samen in, niet alleen: het gesprek is "
                "belangrijker dan het papier."
            ),
            "boxes": MODEL_BOXES,
            "steps": MODEL_STEPS,
        },
    ),
}
