"""The demo content as data: what `load_demo_content` puts in the database.

Add an article by adding an `Article` to one of the article modules; add a kind of demo data
(search synonyms, promotions, ...) as a new module here and a step in `demo.loading`.
"""

from demo.content import articles_academy, articles_hr, articles_lean, articles_programme, articles_teams
from demo.content.build import page_link

HOME_INTRO = (
    "<p>Welkom op het intranet van <b>Samen West Betuws Werken</b>, de plek waar je alles vindt "
    "over leren, ontwikkelen en verbeteren bij de gemeente West Betuwe.</p>"
    "<p>In de kennisbank lees je hoe je het Model voor Lerend Veranderen gebruikt, hoe je je "
    "aanmeldt voor een training van de Academie en hoe je je ontwikkelgesprek voorbereidt. "
    "Zoek je iets? Typ het in de zoekbalk bovenaan.</p>"
)

KNOWLEDGE_BASE_TITLE = "Kennisbank"
KNOWLEDGE_BASE_INTRO = (
    "<p>Uitleg, werkwijzen en antwoorden op veelgestelde vragen, geschreven door collega's van "
    "het Coördinatiepunt Lerende Organisatie, HR en de projecten van Samen West Betuws Werken.</p>"
    "<p>Nieuw hier? Begin bij "
    + page_link("samen-west-betuws-werken", "Wat is Samen West Betuws Werken?")
    + ", lees het "
    + page_link("inwerkprogramma", "inwerkprogramma voor nieuwe collega's")
    + " of kijk wat de "
    + page_link("west-betuwe-academie", "West Betuwe Academie")
    + " je te bieden heeft.</p>"
)

ARTICLES = [
    *articles_programme.ARTICLES,
    *articles_lean.ARTICLES,
    *articles_hr.ARTICLES,
    *articles_teams.ARTICLES,
    *articles_academy.ARTICLES,
]
