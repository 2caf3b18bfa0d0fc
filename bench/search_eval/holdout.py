"""Held-out queries: written after the search was tuned on queries.py, by someone who had not seen the
search's results; run them with `python -m bench.search_eval --set holdout`.

Same format as queries.py: `(query, expected_slugs, kind)`, answered well when one of the expected
articles is among the first three results. About a quarter is about the demo articles
(demo/content/articles_*.py), the rest about the evaluation corpus (corpus.py).
"""

from bench.search_eval.queries import (
    COMPOUND_JOINED,
    COMPOUND_SPLIT,
    MULTI_WORD,
    QUESTION,
    SYNONYM,
    TITLE,
    TYPO,
    WORD_FORM,
)

QUERIES = [
    # --- The article's title, or most of it --------------------------------------------------
    ("klachten van inwoners", ("klachten-afhandelen",), TITLE),
    ("telefoon van de zaak", ("mobiele-telefoon",), TITLE),
    ("software aanvragen", ("software-aanvragen",), TITLE),
    ("uit dienst gaan", ("ontslag-nemen",), TITLE),
    ("integriteit gedragscode", ("integriteit-en-gedragscode",), TITLE),
    ("model lerend veranderen", ("model-voor-lerend-veranderen",), TITLE),
    # --- Another form of a word in the text: participle, plural, verb for noun -------------------
    ("bestelling geplaatst", ("inkoop-en-bestellen",), WORD_FORM),
    ("25 jarig jubileum", ("cadeau-voor-een-collega",), WORD_FORM),
    ("gelakte stukken", ("woo-verzoek",), WORD_FORM),
    ("hoorzittingen", ("bezwaarschrift-behandelen", "algemene-wet-bestuursrecht"), WORD_FORM),
    ("declaratie ingediend", ("declaraties-indienen",), WORD_FORM),
    ("verbetertrajecten", ("experts-procesverbetering",), WORD_FORM),
    # --- A typo: a dropped, swapped, doubled or wrong letter -------------------------------------
    ("ouderschapsverlov", ("ouderschapsverlof-en-geboorteverlof",), TYPO),
    ("bedrijfshulpverleing", ("bhv-bedrijfshulpverlening",), TYPO),
    ("phising", ("phishing-melden",), TYPO),
    ("studiekostenregelnig", ("studiekostenregeling",), TYPO),
    ("intervsie", ("intervisie",), TYPO),
    ("teamontwikkleing", ("teamontwikkeling",), TYPO),
    # --- An abbreviation or another word for what the text says --------------------------------
    ("multifactorauthenticatie", ("tweestapsverificatie",), SYNONYM),
    ("ikb fiets", ("fietsplan", "individueel-keuzebudget"), SYNONYM),
    ("helpdesk bereikbaar", ("servicedesk-ict",), SYNONYM),
    ("gdpr bsn mailen", ("avg-privacy",), SYNONYM),
    ("awb bezwaartermijn", ("algemene-wet-bestuursrecht", "bezwaarschrift-behandelen"), SYNONYM),
    ("lean expert", ("experts-procesverbetering", "green-belt"), SYNONYM),
    # --- A compound of the text written apart ------------------------------------------------
    ("zorg verlof", ("zorgverlof-en-calamiteitenverlof",), COMPOUND_SPLIT),
    ("geboorte verlof", ("ouderschapsverlof-en-geboorteverlof",), COMPOUND_SPLIT),
    ("jaar opgave", ("salaris-en-loonstrook",), COMPOUND_SPLIT),
    ("fietsen stalling", ("parkeren-gemeentehuis",), COMPOUND_SPLIT),
    ("werk druk", ("timemanagement-en-werkdruk",), COMPOUND_SPLIT),
    ("netwerk dag", ("netwerkdag",), COMPOUND_SPLIT),
    # --- Words written together that the text writes apart or with a hyphen --------------------
    ("woonwerkverkeer", ("reiskosten-woon-werkverkeer",), COMPOUND_JOINED),
    ("authenticatorapp", ("tweestapsverificatie",), COMPOUND_JOINED),
    ("ebike", ("fietsplan",), COMPOUND_JOINED),
    ("bijzonderverlof", ("zorgverlof-en-calamiteitenverlof",), COMPOUND_JOINED),
    ("mijnabp", ("pensioen-abp",), COMPOUND_JOINED),
    ("teamingkompas", ("teaming-kompas-en-teamwiel",), COMPOUND_JOINED),
    # --- Several words that describe the situation -------------------------------------------
    ("laptop kwijt trein", ("datalek-melden",), MULTI_WORD),
    ("scherm lenen thuis", ("thuiswerkplek-inrichten",), MULTI_WORD),
    ("schade dienstauto", ("dienstauto-reserveren",), MULTI_WORD),
    ("leverancier onbetaalde factuur", ("facturen-betalen",), MULTI_WORD),
    ("kosten training academie", ("west-betuwe-academie",), MULTI_WORD),
    ("vergadering loopt vast", ("zes-denkhoeden",), MULTI_WORD),
    # --- A question, as people ask a colleague ----------------------------------------------
    ("wie mag tekenen namens het college", ("mandaat-en-volmacht",), QUESTION),
    ("wanneer krijg ik een periodiek", ("beoordelingsgesprek", "salaris-en-loonstrook"), QUESTION),
    ("mag ik mijn eigen laptop gebruiken", ("laptop-aanvragen",), QUESTION),
    ("wat als ik mijn pas vergeten ben", ("toegangspas",), QUESTION),
    ("verschil tussen project en programma", ("projectmatig-en-programmatisch-werken",), QUESTION),
    ("wanneer is het volgende leercafe", ("leercafe",), QUESTION),
]
