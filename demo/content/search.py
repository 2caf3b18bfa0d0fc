"""Search aids the coordination point maintains: synonyms and promoted results ("Aanbevolen")."""

# Each entry: words, abbreviations or phrases that mean the same (comma separated).
SYNONYMS = [
    "M365, Microsoft 365",
    "Awb, Algemene wet bestuursrecht",
    "SWBW, Samen West Betuws Werken",
    "MOT, managementontwikkeltraject",
    "lean, procesverbetering",
    "inwerken, onboarding, inwerkprogramma",
]

# (query, article slug, description shown with the promoted result)
PROMOTIONS = [
    ("academie", "west-betuwe-academie", "Zo schrijf je je in voor een training van de Academie."),
    ("training", "academie-trainingsaanbod", "Het volledige trainingsaanbod van de West Betuwe Academie."),
    ("model", "model-voor-lerend-veranderen", "Het interactieve PDF-model en de instructievideo's."),
    ("ontwikkelgesprek", "ontwikkelgesprek-voorbereiden", "Bereid je ontwikkelgesprek in vijf stappen voor."),
]
