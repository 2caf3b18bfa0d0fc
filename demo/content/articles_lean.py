"""Articles about process improvement (lean)."""

from demo.content.build import (
    Article,
    bullets,
    faq,
    h2,
    h3,
    image,
    info,
    p,
    page_link,
    steps,
    tip,
    video,
    warning,
)
from demo.content.organisation import INFORMATION

VIDEO_LEAN = "https://www.youtube.com/watch?v=7IMKp5G9QA8"

ARTICLES = [
    Article(
        slug="procesverbetering-lean",
        title="Procesverbetering en lean",
        summary=(
            "Met procesverbetering zetten we de inwoner centraal in onze werkprocessen en werken we "
            "effectiever. We gebruiken daarvoor het lean gedachtegoed. Zo werkt het in West Betuwe."
        ),
        topics=("procesverbetering", "werkwijzen"),
        owner="rhendriks",
        team=INFORMATION,
        related=("acht-verspillingen", "green-belt", "processen-in-beeld"),
        body=[
            image("lean", "", "Procesverbetering: de inwoner centraal in elk werkproces."),
            p(
                "Veel vraagstukken vragen om samenwerking over teams heen. Een aanvraag van een "
                "inwoner gaat vaak langs meerdere bureaus voordat er een besluit ligt. Met "
                "<b>procesverbetering</b> kijken we samen naar zo'n proces: wat voegt waarde toe voor "
                "de inwoner, en wat kan weg?"
            ),
            h2("Waarom lean?"),
            p(
                "Lean is een manier van kijken naar werk. Je kijkt door de ogen van de klant, in ons "
                "geval de inwoner of ondernemer, en je haalt stap voor stap verspilling uit het "
                "proces. Het gaat niet om harder werken, maar om slimmer organiseren."
            ),
            video(VIDEO_LEAN, "Procesverbetering bij de gemeente West Betuwe"),
            h2("Hoe we het organiseren"),
            p(
                bullets(
                    "<b>" + page_link("experts-procesverbetering", "Experts procesverbetering") + "</b>: "
                    "in elk team een collega met een "
                    + page_link("green-belt", "Green Belt")
                    + "-opleiding;",
                    "<b>Teamleiders</b> zijn opdrachtgever en proceseigenaar; samen met het management "
                    "bepalen zij welke "
                    + page_link("processen-in-beeld", "processen voorrang krijgen")
                    + ";",
                    "<b>Alle collega's</b> maken op een laagdrempelige manier kennis met lean, "
                    "bijvoorbeeld met het " + page_link("acht-verspillingen", "verspillingenspel") + ";",
                    "het <b>coördinatiepunt</b> en de <b>Academie</b> borgen de kennis.",
                )
            ),
            h2("Wat levert het op?"),
            p(
                "Teams die aan de slag gingen, merken dat taken duidelijker verdeeld zijn, dat "
                "collega's elkaar sneller vinden en dat knelpunten eindelijk worden opgepakt. Het "
                "effect op de dienstverlening meten we nog niet structureel; daar werken we aan."
            ),
            info(
                "Bij veel processen werken we samen met verbonden partijen, zoals "
                "uitvoeringsorganisaties in de regio. We betrekken hen bij het verbeteren, want het "
                "proces is pas optimaal als het van begin tot eind klopt."
            ),
            faq(
                (
                    "Ik zie een proces dat beter kan. Wat nu?",
                    "Bespreek het met je teamleider en de expert procesverbetering van je team. Zie ook "
                    + page_link("experts-procesverbetering", "werken met de experts")
                    + ".",
                ),
                (
                    "Betekent lean dat er banen verdwijnen?",
                    "Nee. Het doel is betere dienstverlening en minder frustratie in het werk. Tijd die "
                    "vrijkomt, gebruiken we voor werk dat er nu bij inschiet.",
                ),
            ),
        ],
    ),
    Article(
        slug="acht-verspillingen",
        title="De acht verspillingen",
        summary=(
            "Verspilling is alles wat tijd of moeite kost zonder dat de inwoner er iets aan heeft. "
            "Lean onderscheidt acht soorten. Herken jij ze in je eigen werk?"
        ),
        topics=("procesverbetering",),
        owner="rhendriks",
        team=INFORMATION,
        related=("procesverbetering-lean", "leercafe"),
        body=[
            p(
                "In elk proces zitten stappen die waarde toevoegen en stappen die dat niet doen. Die "
                "laatste noemen we <b>verspillingen</b>. Wie ze leert zien, ziet ze daarna overal: in "
                "de mailbox, in het archief en in de wachtrij aan de balie."
            ),
            image(
                "verspillingen",
                "Acht genummerde tegels: transport, voorraad, beweging, wachten, overproductie, "
                "overbewerking, fouten en herstel, onbenut talent.",
                "De acht verspillingen op een rij.",
            ),
            h2("De acht verspillingen met voorbeelden"),
            h3("1. Transport"),
            p("Dossiers die van bureau naar bureau gaan, of een document dat vijf keer wordt doorgemaild."),
            h3("2. Voorraad"),
            p("Een stapel aanvragen die ligt te wachten, of een mailbox met honderden ongelezen berichten."),
            h3("3. Beweging"),
            p("Zoeken naar de juiste map, inloggen in drie systemen om één vraag te beantwoorden."),
            h3("4. Wachten"),
            p(
                "Wachten op een handtekening, op een collega die op vakantie is, of op informatie van een partner."
            ),
            h3("5. Overproductie"),
            p("Een rapport van dertig pagina's waar één pagina volstond, of een brief die niemand leest."),
            h3("6. Overbewerking"),
            p("Dezelfde gegevens twee keer invoeren, of een besluit dat drie keer wordt gecontroleerd."),
            h3("7. Fouten en herstel"),
            p(
                "Een onvolledige aanvraag die terug moet naar de inwoner, of een verkeerd verstuurde beschikking."
            ),
            h3("8. Onbenut talent"),
            p("Collega's met goede ideeën die niemand vraagt, of kennis die in één hoofd blijft zitten."),
            tip(
                "Kies in je volgende teamoverleg één verspilling en laat iedereen een voorbeeld uit "
                "de afgelopen week noemen. Je hebt binnen tien minuten een lijst met verbeterideeën."
            ),
            h2("Het grote verspillingenspel"),
            p(
                "Voor een eerste kennismaking met lean ontwikkelden we een eigen workshop: het "
                "verspillingenspel. Het werd voor het eerst gespeeld op het Leercafé en wordt nu "
                "ingezet bij teams die met procesverbetering willen beginnen. Vraag het aan via de "
                "projectleider procesverbetering."
            ),
        ],
    ),
    Article(
        slug="green-belt",
        title="Lean Green Belt-opleiding",
        summary=(
            "We willen in elk team een collega met een lean Green Belt. Wat leer je in de opleiding, "
            "wat wordt er van je verwacht en hoe meld je je aan?"
        ),
        topics=("procesverbetering", "academie"),
        owner="rhendriks",
        team=INFORMATION,
        related=("experts-procesverbetering", "procesverbetering-lean"),
        review_in_days=12,
        body=[
            p(
                "Een <b>Green Belt</b> is iemand die verbeterprojecten zelfstandig kan begeleiden. In "
                "West Betuwe noemen we hen de <b>experts procesverbetering</b>. Zij werken binnen en "
                "buiten hun eigen team aan betere processen. Inmiddels zijn vijftien collega's "
                "opgeleid, en ook alle teamleiders volgen een lean-training over hun rol als "
                "leidinggevende."
            ),
            h2("Wat leer je?"),
            p(
                bullets(
                    "een proces in kaart brengen met de mensen die het uitvoeren;",
                    "verspillingen en oorzaken vinden met eenvoudige analyses;",
                    "een verbeterproject opzetten, begeleiden en afronden;",
                    "resultaten meten en borgen, zodat de verbetering blijft.",
                )
            ),
            h2("Wat wordt er van je verwacht?"),
            p(
                "Tijdens en na de opleiding werk je aan minimaal één verbetering. Daarvoor maak je "
                "samen met je teamleider minstens vier uur per week vrij in de planning."
            ),
            warning(
                "Die vier uur staan onder druk als het druk is in het reguliere werk. Maak er "
                "vooraf duidelijke afspraken over met je teamleider, en bespreek het als het niet lukt."
            ),
            steps(
                "Aanmelden",
                ("Bespreek het met je teamleider", "Jullie spreken samen af dat je de tijd krijgt."),
                (
                    "Meld je aan via de Academie",
                    "De opleiding staat in het aanbod van de "
                    + page_link("west-betuwe-academie", "West Betuwe Academie")
                    + ".",
                ),
                (
                    "Kennismakingsgesprek",
                    "De projectleider procesverbetering bespreekt met je welk proces je als eerste oppakt.",
                ),
            ),
            faq(
                (
                    "Wanneer start een nieuwe groep?",
                    "Er start ongeveer één groep per jaar, meestal in het najaar.",
                ),
                (
                    "Heb ik voorkennis nodig?",
                    "Nee. Wel is het handig als je het verspillingenspel al eens hebt gespeeld.",
                ),
            ),
        ],
    ),
    Article(
        slug="processen-in-beeld",
        title="Processen in beeld en prioriteren (GEMMA)",
        summary=(
            "Al onze werkprocessen staan in beeld volgens de GEMMA-structuur van de VNG. Met een "
            "weging bepalen we welke processen als eerste worden verbeterd."
        ),
        topics=("procesverbetering", "werkwijzen"),
        owner="rhendriks",
        team=INFORMATION,
        related=("procesverbetering-lean", "experts-procesverbetering"),
        review_in_days=-10,
        body=[
            p(
                "Voordat je processen kunt verbeteren, moet je weten welke processen er zijn. Daarom "
                "hebben we alle werkprocessen van de gemeente in beeld gebracht. We gebruiken daarvoor "
                "<b>GEMMA</b>, de gemeentelijke model-architectuur van de VNG. Zo gebruiken we "
                "dezelfde indeling als veel andere gemeenten, en kunnen we makkelijker van hen leren."
            ),
            h2("Hoe bepalen we de volgorde?"),
            p(
                "Elk proces krijgt een weging op vier punten:"
                + bullets(
                    "bestuurlijke prioriteit;",
                    "invloed op dienstverlening en bedrijfsvoering;",
                    "financiële impact;",
                    "structurele problemen in het proces.",
                )
                + "Processen die hoog scoren, pakken de experts procesverbetering als eerste op. Het "
                "managementteam stelt de prioriteiten vast. Elk jaar komt er een lijst van ongeveer "
                "tien processen met voorrang."
            ),
            info(
                "Soms gaat iets urgents voor. Zo zijn er tussendoor processen voor de opvang van "
                "vluchtelingen aangepakt, omdat snelheid daar het verschil maakte."
            ),
            tip(
                "Weet je niet onder welk GEMMA-proces jouw werk valt? De experts zoeken het graag met je uit."
            ),
        ],
    ),
    Article(
        slug="experts-procesverbetering",
        title="Werken met de experts procesverbetering",
        summary=(
            "De experts procesverbetering helpen teams bij het verbeteren van een werkproces. Zo "
            "vraag je hun hulp en zo verloopt een verbetertraject."
        ),
        topics=("procesverbetering",),
        owner="rhendriks",
        team=INFORMATION,
        related=("green-belt", "processen-in-beeld", "intervisie"),
        body=[
            p(
                "Elke expert procesverbetering werkt aan minimaal één verbetering tegelijk, vaak in "
                "een ander team dan het eigen team. Zo kijkt er altijd iemand met een frisse blik mee."
            ),
            steps(
                "Zo verloopt een verbetertraject",
                ("Aanmelden", "De teamleider meldt het proces aan bij de projectleider procesverbetering."),
                ("Prioriteren", "Het proces krijgt een weging en een plek op de lijst."),
                ("Startsessie", "De expert en het team brengen samen het huidige proces in beeld."),
                ("Verbeteren", "Het team test verbeteringen in korte rondes van een paar weken."),
                ("Borgen", "De nieuwe werkwijze wordt vastgelegd, en de teamleider bewaakt het resultaat."),
            ),
            h2("Elkaar scherp houden"),
            p(
                "De experts zien elkaar elke maand in een intervisie- en bijpraatmoment. Daar delen ze "
                "ervaringen en helpen ze elkaar met lastige vraagstukken."
            ),
            tip(
                "Een lean opgeleide teamleider maakt het verschil: die weet wat er van een "
                "opdrachtgever wordt gevraagd. Teamleiders volgen daarom ook een lean-training."
            ),
        ],
    ),
]
