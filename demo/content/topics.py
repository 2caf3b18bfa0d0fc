"""The knowledge base's topics: (slug, name, description)."""

TOPICS = [
    (
        "samen-west-betuws-werken",
        "Samen West Betuws Werken",
        "Het programma dat alle ontwikkel- en verbeterinitiatieven van West Betuwe samenbrengt.",
    ),
    (
        "leren-en-ontwikkelen",
        "Leren en ontwikkelen",
        "Je eigen ontwikkeling: leercafés, coaching, leercultuur en het aanbod van het coördinatiepunt.",
    ),
    ("academie", "Academie", "De West Betuwe Academie: trainingen, cursussen en hoe je je aanmeldt."),
    (
        "procesverbetering",
        "Procesverbetering",
        "Lean werken: verspillingen zien, processen in beeld brengen en verbeteren met de experts.",
    ),
    (
        "hr-gesprekscyclus",
        "HR-gesprekscyclus",
        "Het jaarlijkse ontwikkelgesprek, het goede gesprek en feedback.",
    ),
    (
        "teamontwikkeling",
        "Teamontwikkeling",
        "Samen een beter team worden: Belbin teamrollen, teaming kompas en teamwiel.",
    ),
    (
        "leiderschap",
        "Leiderschap",
        "Persoonlijk en situationeel leiderschap en het managementontwikkeltraject.",
    ),
    ("werkwijzen", "Werkwijzen", "Hoe we in West Betuwe samenwerken aan projecten en opgaven."),
    ("digitaal-werken", "Digitaal werken", "Microsoft 365, Teams en SharePoint in de praktijk."),
    ("werkplezier", "Werkplezier en vitaliteit", "Werkdruk, timemanagement en mindfulness."),
    ("nieuwe-collegas", "Nieuwe collega's", "Alles voor je eerste weken bij de gemeente West Betuwe."),
]
