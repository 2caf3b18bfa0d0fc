"""A second corpus for the search evaluation: knowledge base articles on the everyday questions
of a municipal employee (leave, sickness, expenses, ICT, facilities, finance, legal).

They are written as the demo's articles are (`demo.content.build.Article`), in the words a real
text would use, so that the evaluation queries meet compounds, word forms and abbreviations as
they occur in practice. The corpus is only loaded by the evaluation (`bench.search_eval`) and its
test, never by `load_demo_content`.
"""

from demo.content.build import Article, bullets, faq, h2, info, p, page_link, steps, tip, warning
from demo.content.organisation import COMMUNICATION, FINANCE, HR, INFORMATION, MANAGEMENT

# (slug, name, description); added next to the demo's topics.
TOPICS = [
    ("arbeidsvoorwaarden", "Arbeidsvoorwaarden", "Salaris, vergoedingen, pensioen en je keuzebudget."),
    ("verlof-en-verzuim", "Verlof en verzuim", "Vakantie, bijzonder verlof, ziek zijn en weer beter worden."),
    ("ict-en-werkplek", "ICT en werkplek", "Je laptop, telefoon, accounts en hulp van de servicedesk."),
    ("facilitair", "Facilitaire zaken", "Het gemeentehuis: ruimtes, auto's, parkeren, pas en kantine."),
    ("financien-en-inkoop", "Financiën en inkoop", "Bestellen, facturen en budgetten."),
    ("juridisch-en-privacy", "Juridisch en privacy", "Woo, AVG, bezwaar en mandaat."),
    ("veiligheid-en-integriteit", "Veiligheid en integriteit", "BHV, integriteit en de vertrouwenspersoon."),
]

# Synonym groups the coordination point would maintain (search.models.Synonym), next to the demo's.
SYNONYMS = [
    "ABP, pensioenfonds",
    "IKB, individueel keuzebudget",
    "MFA, 2FA, tweestapsverificatie, multifactorauthenticatie",
    "BHV, bedrijfshulpverlening",
    "AVG, GDPR, Algemene verordening gegevensbescherming",
    "Woo, Wet open overheid",
    "loonstrook, salarisstrook",
    # Added after the first measurement, as the coordination point adds synonyms for the
    # searches that found nothing (search insights); docs/search.md gives the score without.
    "EHBO, eerste hulp",
    "helpdesk, servicedesk",
    "poolauto, dienstauto",
    "OV, openbaar vervoer",
    "arboarts, bedrijfsarts",
]

FACILITIES = "Facilitaire zaken"

ARTICLES = [
    # --- HR: leave and absence -------------------------------------------------------------
    Article(
        slug="verlof-aanvragen",
        title="Verlof aanvragen",
        summary=(
            "Vrij nemen voor vakantie, een lang weekend of een middagje naar de tandarts? Zo vraag je "
            "verlof aan in Youforce en zo zie je hoeveel vakantie-uren je nog hebt."
        ),
        topics=("verlof-en-verzuim", "arbeidsvoorwaarden"),
        team=HR,
        related=("zorgverlof-en-calamiteitenverlof", "individueel-keuzebudget"),
        body=[
            p(
                "Bij een fulltime dienstverband van 36 uur heb je recht op 165,6 vakantie-uren per jaar. "
                "Werk je minder uren, dan krijg je naar verhouding minder. Je vakantie-uren bouw je op "
                "over de maanden dat je in dienst bent."
            ),
            h2("Zo vraag je het aan"),
            steps(
                "",
                ("Overleg met je team", "Stem af met je collega's, zeker in de zomer en rond de feestdagen."),
                ("Open Youforce", "Kies Verlof en dan Nieuwe aanvraag. Vul de dagen en de uren in."),
                ("Wacht op akkoord", "Je teamleider keurt de aanvraag goed of neemt contact met je op."),
            ),
            tip(
                "Vraag een lange vakantie minstens zes weken van tevoren aan. Een enkele vrije dag mag "
                "ook een paar dagen vooraf."
            ),
            h2("Je saldo bekijken"),
            p(
                "In Youforce zie je onder Mijn verlof hoeveel uren je hebt opgebouwd, opgenomen en nog "
                "over hebt. Wettelijke vakantie-uren vervallen zes maanden na het jaar waarin je ze "
                "opbouwde; bovenwettelijke uren blijven vijf jaar staan."
            ),
            faq(
                (
                    "Kan ik een aanvraag intrekken?",
                    "Ja, zolang het verlof nog niet begonnen is. Een al goedgekeurde aanvraag trek je in "
                    "via je teamleider.",
                ),
                (
                    "Wat als ik ziek word tijdens mijn vakantie?",
                    "Meld je dan ziek zoals je dat altijd doet. Zieke dagen gelden niet als vakantiedagen.",
                ),
            ),
        ],
    ),
    Article(
        slug="ziek-en-beter-melden",
        title="Ziek melden en beter melden",
        summary=(
            "Ben je ziek? Bel je teamleider vóór half tien. Lees wat er daarna gebeurt, wanneer de "
            "bedrijfsarts in beeld komt en hoe je je weer beter meldt."
        ),
        topics=("verlof-en-verzuim",),
        team=HR,
        related=("bedrijfsarts-en-arbodienst", "verlof-aanvragen"),
        body=[
            p(
                "Word je ziek, dan meld je je zelf ziek bij je teamleider: telefonisch, vóór 9.30 uur. "
                "Een appje of een mail is niet genoeg, want je teamleider wil weten hoe het met je gaat "
                "en wat er met je werk moet gebeuren. Vertel niet wat je mankeert; dat hoeft niet."
            ),
            h2("Wat je doorgeeft"),
            p(
                bullets(
                    "je verwachting hoe lang je weg bent;",
                    "afspraken en werk die iemand moet overnemen;",
                    "je verpleegadres als je niet thuis bent;",
                    "of het gaat om een ongeval of een bedrijfsongeval.",
                )
            ),
            h2("Langer dan een week ziek"),
            p(
                "Ben je langer ziek, dan houdt je teamleider contact met je. Na zes weken maak je samen "
                "een plan van aanpak en krijg je een afspraak met de "
                + page_link("bedrijfsarts-en-arbodienst", "bedrijfsarts")
                + ". Dat heet de Wet verbetering poortwachter."
            ),
            h2("Weer aan het werk"),
            p(
                "Ben je weer beter, meld je dan op je eerste werkdag beter bij je teamleider. Die zet "
                "het in Youforce. Ga je eerst halve dagen werken, dan spreek je dat samen af."
            ),
            info("Je kind is ziek? Dan neem je geen ziekteverlof maar calamiteitenverlof of zorgverlof."),
        ],
    ),
    Article(
        slug="bedrijfsarts-en-arbodienst",
        title="De bedrijfsarts en de arbodienst",
        summary=(
            "De bedrijfsarts helpt je als je klachten hebt door of tijdens je werk. Je kunt ook zelf "
            "een afspraak maken voor het open spreekuur, zonder dat je teamleider het weet."
        ),
        topics=("verlof-en-verzuim",),
        team=HR,
        related=("ziek-en-beter-melden",),
        body=[
            p(
                "Onze arbodienst is ArboNed. De bedrijfsarts adviseert jou en je teamleider over "
                "gezondheid en werk: wat kun je nog wel, wat niet, en wat helpt bij je herstel."
            ),
            h2("Het open spreekuur"),
            p(
                "Merk je dat je werk je klachten geeft, zoals rugpijn, slecht slapen of stress? Maak "
                "dan zelf een afspraak op het open spreekuur. Dat kan ook als je niet ziek bent. Wat je "
                "bespreekt blijft tussen jou en de arts."
            ),
            steps(
                "Een afspraak maken",
                ("Bel of mail de arbodienst", "Het nummer staat op de pagina van HR in het intranet."),
                ("Kies preventief spreekuur", "Noem dat je zelf een afspraak wilt maken."),
            ),
            tip("Na langdurig verzuim plant HR de afspraken met de bedrijfsarts voor je in."),
        ],
    ),
    Article(
        slug="zorgverlof-en-calamiteitenverlof",
        title="Zorgverlof en calamiteitenverlof",
        summary=(
            "Moet je plotseling voor een ziek kind zorgen, of langere tijd voor je partner of een "
            "ouder? Dit zijn de vormen van bijzonder verlof en wat ze betekenen voor je salaris."
        ),
        topics=("verlof-en-verzuim",),
        team=HR,
        related=("verlof-aanvragen",),
        body=[
            p(
                "Soms gebeurt er iets waardoor je onverwacht weg moet: de school belt dat je kind ziek "
                "is, de waterleiding springt of je vader wordt opgenomen. Daarvoor is er "
                "calamiteitenverlof en kortdurend zorgverlof."
            ),
            h2("Calamiteitenverlof"),
            p(
                "Voor de eerste opvang van een noodsituatie, meestal een paar uur of een dag. Je "
                "houdt je volledige salaris. Meld het zo snel mogelijk bij je teamleider."
            ),
            h2("Kortdurend en langdurend zorgverlof"),
            p(
                "Zorg je voor een zieke huisgenoot of familielid, dan kun je per jaar twee keer je "
                "wekelijkse uren kortdurend zorgverlof opnemen, met 70% van je salaris. Voor langere "
                "mantelzorg is er langdurend zorgverlof, onbetaald."
            ),
            tip("Vraag zorgverlof aan in Youforce onder Bijzonder verlof."),
        ],
    ),
    Article(
        slug="zwangerschapsverlof-en-bevallingsverlof",
        title="Zwanger: zwangerschaps- en bevallingsverlof",
        summary=(
            "Ben je zwanger? Gefeliciteerd! Je hebt recht op minstens zestien weken verlof rond de "
            "bevalling. Zo regel je het met HR en het UWV."
        ),
        topics=("verlof-en-verzuim", "arbeidsvoorwaarden"),
        team=HR,
        related=("ouderschapsverlof-en-geboorteverlof",),
        body=[
            p(
                "Als je zwanger bent, heb je recht op zwangerschaps- en bevallingsverlof van in totaal "
                "minstens zestien weken. Het verlof voor de bevalling begint vier tot zes weken voor de "
                "uitgerekende datum. Tijdens het verlof krijg je een uitkering van het UWV, die de "
                "gemeente aanvult tot je volledige salaris."
            ),
            h2("Zo regel je het"),
            steps(
                "",
                ("Vertel het je teamleider", "Uiterlijk drie weken voor je verlof; eerder mag natuurlijk."),
                ("Zwangerschapsverklaring", "Vraag die aan je verloskundige en stuur hem naar HR."),
                ("HR vraagt de uitkering aan", "HR regelt de aanvraag bij het UWV voor je."),
            ),
            info(
                "Zwanger en je hebt last van je werk? Je kunt ook "
                "tijdens je zwangerschap naar de bedrijfsarts."
            ),
            h2("Na de bevalling"),
            p(
                "Je mag tijdens werktijd borstvoeding geven of kolven. Er is een stilteruimte op de "
                "eerste verdieping die je daarvoor kunt reserveren."
            ),
        ],
    ),
    Article(
        slug="ouderschapsverlof-en-geboorteverlof",
        title="Ouderschapsverlof en geboorteverlof",
        summary=(
            "Na de geboorte van je kind heb je als partner recht op geboorteverlof, en elke ouder "
            "heeft recht op ouderschapsverlof tot het kind acht jaar is."
        ),
        topics=("verlof-en-verzuim", "arbeidsvoorwaarden"),
        team=HR,
        related=("zwangerschapsverlof-en-bevallingsverlof", "verlof-aanvragen"),
        body=[
            p(
                "Als partner krijg je na de geboorte een week geboorteverlof met behoud van salaris. "
                "Daarna kun je vijf weken aanvullend geboorteverlof opnemen; dan krijg je een uitkering "
                "van het UWV."
            ),
            h2("Ouderschapsverlof"),
            p(
                "Elke ouder heeft per kind recht op 26 keer zijn wekelijkse werkuren aan "
                "ouderschapsverlof. Een deel daarvan wordt doorbetaald. Je kunt het verlof spreiden, "
                "bijvoorbeeld elke week een dag, tot je kind acht jaar is."
            ),
            steps(
                "Zo vraag je het aan",
                ("Bespreek het plan", "Overleg met je teamleider hoe je het verlof wilt opnemen."),
                ("Dien het in", "Minstens twee maanden vooraf, in Youforce onder Bijzonder verlof."),
            ),
            faq(
                ("Geldt dit ook bij adoptie?", "Ja. Bij adoptie of pleegzorg heb je recht op adoptieverlof."),
            ),
        ],
    ),
    # --- HR: pay and benefits --------------------------------------------------------------
    Article(
        slug="thuiswerkvergoeding",
        title="Thuiswerkvergoeding",
        summary=(
            "Werk je een deel van de week thuis? Dan krijg je per thuisgewerkte dag een vergoeding "
            "voor koffie, stroom en verwarming."
        ),
        topics=("arbeidsvoorwaarden",),
        team=HR,
        related=("thuiswerkplek-inrichten", "reiskosten-woon-werkverkeer"),
        body=[
            p(
                "We werken hybride: op kantoor als je collega's wilt ontmoeten, thuis als je "
                "geconcentreerd wilt werken. Voor elke dag dat je thuiswerkt, krijg je een "
                "thuiswerkvergoeding van € 2,45 netto."
            ),
            h2("Hoe krijg je het?"),
            p(
                "Je geeft in Youforce vooraf je vaste patroon op: op welke dagen je thuiswerkt. De "
                "vergoeding komt maandelijks bij je salaris. Op een thuiswerkdag krijg je geen "
                "reiskosten voor woon-werkverkeer."
            ),
            tip("Verandert je patroon, bijvoorbeeld door een nieuw rooster? Pas het dan meteen aan."),
            faq(
                (
                    "Krijg ik ook geld voor een bureaustoel?",
                    "Nee, maar je kunt via de webshop een stoel en een scherm lenen. Zie "
                    + page_link("thuiswerkplek-inrichten", "je werkplek thuis inrichten")
                    + ".",
                ),
            ),
        ],
    ),
    Article(
        slug="reiskosten-woon-werkverkeer",
        title="Vergoeding van reiskosten",
        summary=(
            "Voor je reis naar het werk en voor reizen tijdens je werk krijg je een vergoeding. "
            "Fiets, auto of openbaar vervoer: zo zit het."
        ),
        topics=("arbeidsvoorwaarden",),
        team=HR,
        related=("thuiswerkvergoeding", "fietsplan", "declaraties-indienen"),
        body=[
            p(
                "De gemeente vergoedt de kosten van het woon-werkverkeer: € 0,16 per kilometer, tot "
                "maximaal 30 kilometer enkele reis. Je krijgt de vergoeding alleen voor de dagen dat "
                "je echt naar kantoor reist."
            ),
            h2("Met het openbaar vervoer"),
            p(
                "Reis je met de trein of de bus, dan kun je een NS-Business Card aanvragen. De kosten "
                "van het woon-werkverkeer gaan dan rechtstreeks naar de gemeente."
            ),
            h2("Dienstreizen"),
            p(
                "Reis je voor je werk, bijvoorbeeld naar een overleg in Tiel of Utrecht, dan "
                "declareer je € 0,23 per kilometer. Neem liever een "
                + page_link("dienstauto-reserveren", "dienstauto")
                + " als die vrij is."
            ),
            tip("Je vaste reisafstand geef je één keer op in Youforce; je reisdagen vul je per maand in."),
        ],
    ),
    Article(
        slug="fietsplan",
        title="Fietsplan: voordelig een nieuwe fiets",
        summary=(
            "Met het fietsplan koop je eens per drie jaar een fiets of e-bike met belastingvoordeel, "
            "betaald uit je keuzebudget."
        ),
        topics=("arbeidsvoorwaarden",),
        team=HR,
        related=("individueel-keuzebudget", "reiskosten-woon-werkverkeer"),
        body=[
            p(
                "Fiets je naar je werk, of wil je dat gaan doen? Via het fietsplan koop je een fiets, "
                "een e-bike of een speed pedelec tot € 1.500 en betaal je die uit je brutosalaris "
                "of je individueel keuzebudget. Dat scheelt al snel een derde van de prijs."
            ),
            h2("Zo werkt het"),
            steps(
                "",
                ("Kies een fiets", "Bij een fietsenwinkel naar keuze; vraag om een offerte op je naam."),
                ("Vraag het aan", "Stuur de offerte met het formulier fietsplan naar HR."),
                ("Betalen", "HR betaalt de winkel en verrekent het bedrag met je salaris."),
            ),
            info(
                "Je kunt het fietsplan één keer in de drie jaar "
                "gebruiken. Accessoires zoals een slot tellen mee."
            ),
        ],
    ),
    Article(
        slug="pensioen-abp",
        title="Je pensioen",
        summary=(
            "Als medewerker van de gemeente bouw je pensioen op bij het ABP. Zo zie je hoeveel je "
            "hebt opgebouwd en bij wie je terecht kunt met vragen."
        ),
        topics=("arbeidsvoorwaarden",),
        team=HR,
        related=("individueel-keuzebudget", "salaris-en-loonstrook"),
        body=[
            p(
                "Iedereen die bij de gemeente werkt, bouwt pensioen op bij het ABP, het pensioenfonds "
                "voor overheid en onderwijs. De premie wordt elke maand van je salaris ingehouden; de "
                "gemeente betaalt het grootste deel."
            ),
            h2("Hoeveel heb ik opgebouwd?"),
            p(
                "Log in op Mijn ABP met je DigiD. Daar zie je wat je hebt opgebouwd en wat je kunt "
                "verwachten als je met pensioen gaat. Op mijnpensioenoverzicht.nl zie je ook je AOW en "
                "het pensioen van eerdere werkgevers."
            ),
            h2("Eerder stoppen of minder werken"),
            p(
                "Wil je eerder stoppen, of de laatste jaren minder "
                "gaan werken? Dat kan met deeltijdpensioen. "
                "Bespreek het op tijd met je teamleider."
            ),
            tip(
                "Vragen over je opbouw stel je aan het ABP. Voor vragen over regelingen van de "
                "gemeente is de HR-adviseur van je afdeling je aanspreekpunt."
            ),
        ],
    ),
    Article(
        slug="individueel-keuzebudget",
        title="Je individueel keuzebudget",
        summary=(
            "Elke maand spaar je 17,05% van je salaris in je keuzebudget. Laat het uitbetalen, koop er "
            "verlof van of gebruik het voor een fiets of vakbondscontributie."
        ),
        topics=("arbeidsvoorwaarden",),
        team=HR,
        related=("fietsplan", "verlof-aanvragen", "salaris-en-loonstrook"),
        body=[
            p(
                "In het keuzebudget zitten je vakantiegeld, je eindejaarsuitkering en een "
                "bovenwettelijk deel. Samen is dat 17,05% van je salaris. Jij bepaalt wanneer en "
                "waarvoor je het gebruikt."
            ),
            h2("Waarvoor kun je het gebruiken?"),
            p(
                bullets(
                    "laten uitbetalen, bijvoorbeeld in mei of december;",
                    "extra verlofuren kopen;",
                    "een fiets via het " + page_link("fietsplan", "fietsplan") + ";",
                    "vakbondscontributie of studiekosten, met belastingvoordeel.",
                )
            ),
            h2("Zo zet je het in"),
            p("In Youforce kies je Keuzebudget en dan het doel. Je ziet direct wat er op je budget staat."),
            warning(
                "Wat je op 31 december nog niet hebt gebruikt, wordt in december automatisch uitbetaald."
            ),
        ],
    ),
    Article(
        slug="salaris-en-loonstrook",
        title="Je salaris en je salarisstrook",
        summary=(
            "Je salaris wordt rond de 23e van de maand betaald. Je salarisstrook en je jaaropgave "
            "vind je in Youforce."
        ),
        topics=("arbeidsvoorwaarden",),
        team=HR,
        related=("individueel-keuzebudget", "pensioen-abp"),
        body=[
            p(
                "Het salaris wordt elke maand rond de 23e overgemaakt. Je salarisstrook staat een paar "
                "dagen eerder klaar in Youforce, onder Mijn documenten. Daar vind je ook je jaaropgave "
                "voor de belastingaangifte."
            ),
            h2("Wat staat erop?"),
            p(
                bullets(
                    "je brutosalaris en de toelagen;",
                    "de inhoudingen voor pensioen en loonheffing;",
                    "de opbouw van je keuzebudget;",
                    "vergoedingen zoals reiskosten en thuiswerken.",
                )
            ),
            h2("Klopt er iets niet?"),
            p("Mail de salarisadministratie via salaris@westbetuwe.nl. Zet je personeelsnummer in de mail."),
            info(
                "Een periodiek (een stap omhoog in je schaal) "
                "krijg je op 1 januari, na een goede beoordeling."
            ),
        ],
    ),
    Article(
        slug="declaraties-indienen",
        title="Onkosten declareren",
        summary=(
            "Heb je zelf iets betaald voor je werk, zoals een parkeerkaartje of een treinreis? "
            "Declareer het binnen drie maanden in Youforce."
        ),
        topics=("arbeidsvoorwaarden", "financien-en-inkoop"),
        team=FINANCE,
        related=("reiskosten-woon-werkverkeer", "inkoop-en-bestellen"),
        body=[
            p(
                "Kosten die je voor je werk maakt, krijg je terug. Denk aan parkeerkosten bij een "
                "afspraak buiten de deur, een treinkaartje naar een congres of kilometers met je eigen "
                "auto. Je dient ze in als declaratie."
            ),
            steps(
                "Zo declareer je",
                ("Bewaar het bonnetje", "Maak een foto van de bon of sla de digitale factuur op."),
                ("Nieuwe declaratie", "In Youforce kies je Declaraties en dan Nieuw. Voeg de bon toe."),
                (
                    "Akkoord",
                    "Je teamleider keurt de declaratie goed; daarna volgt uitbetaling met je salaris.",
                ),
            ),
            warning("Gedeclareerde kosten ouder dan drie maanden worden niet meer vergoed."),
            faq(
                (
                    "Mag ik een lunch declareren?",
                    "Alleen als je voor je werk de hele dag op pad bent en er geen lunch geregeld is.",
                ),
                (
                    "Kan ik grote uitgaven ook declareren?",
                    "Liever niet: bestel het via " + page_link("inkoop-en-bestellen", "inkoop") + ".",
                ),
            ),
        ],
    ),
    Article(
        slug="studiekostenregeling",
        title="Een opleiding volgen: de studiekostenregeling",
        summary=(
            "Wil je een opleiding of studie volgen die past bij je werk of je loopbaan? De gemeente "
            "betaalt mee en geeft je studieverlof."
        ),
        topics=("arbeidsvoorwaarden", "leren-en-ontwikkelen"),
        team=HR,
        related=("individueel-keuzebudget",),
        body=[
            p(
                "Naast de trainingen van de Academie kun je een langere opleiding volgen, zoals een "
                "hbo-studie of een post-hbo-cursus. Is de opleiding nodig voor je functie, dan betaalt "
                "de gemeente alles. Is ze goed voor je loopbaan, dan betaalt de gemeente de helft."
            ),
            h2("Studieverlof"),
            p("Voor examens krijg je de examendag vrij, en voor de voorbereiding per examen één dag extra."),
            h2("Terugbetalen"),
            p(
                "Ga je binnen twee jaar na je diploma weg, dan betaal je een deel van de kosten terug. "
                "Dat leg je vast in een studieovereenkomst."
            ),
            tip("Bespreek een opleiding eerst in je ontwikkelgesprek met je teamleider."),
        ],
    ),
    Article(
        slug="beoordelingsgesprek",
        title="Het beoordelingsgesprek",
        summary=(
            "Naast het ontwikkelgesprek is er eens per jaar een beoordeling. Waar word je op "
            "beoordeeld, en wat betekent het oordeel voor je periodiek?"
        ),
        topics=("hr-gesprekscyclus",),
        team=HR,
        related=("salaris-en-loonstrook",),
        body=[
            p(
                "In het beoordelingsgesprek kijkt je teamleider samen met jou terug op het afgelopen "
                "jaar. Hoe heb je je werk gedaan, en hoe ging de samenwerking? Het ontwikkelgesprek gaat "
                "over de toekomst, de beoordeling over het jaar dat achter je ligt. Vroeger voerden "
                "we hiervoor het functioneringsgesprek."
            ),
            h2("Het oordeel"),
            p(
                "Je wordt beoordeeld met een van vier oordelen: onvoldoende, voldoende, goed of "
                "uitstekend. Bij voldoende of beter krijg je een periodiek, zolang je nog niet aan het "
                "maximum van je schaal zit."
            ),
            h2("Niet eens?"),
            p(
                "Ben je het niet eens met je beoordeling, dan schrijf je je reactie op het verslag. "
                "Binnen vier weken kun je bezwaar maken bij de gemeentesecretaris."
            ),
            tip(
                "Houd het jaar door een lijstje bij van wat je hebt "
                "gedaan. Dat maakt het gesprekje een stuk makkelijker."
            ),
        ],
    ),
    Article(
        slug="ontslag-nemen",
        title="Uit dienst gaan",
        summary=(
            "Heb je een nieuwe baan gevonden of ga je met pensioen? Zo zeg je je aanstelling op en "
            "dit regel je voor je laatste werkdag."
        ),
        topics=("arbeidsvoorwaarden",),
        team=HR,
        related=("pensioen-abp", "laptop-aanvragen"),
        body=[
            p(
                "Wil je de gemeente verlaten, dan neem je ontslag met een brief of mail aan je "
                "teamleider. De opzegtermijn is een maand. Je teamleider stuurt je ontslagbrief door "
                "naar HR."
            ),
            h2("Voor je laatste werkdag"),
            p(
                bullets(
                    "lever je laptop, telefoon en toegangspas in bij de servicedesk;",
                    "draag je dossiers en lopende zaken over;",
                    "neem je resterende verlofuren op of laat ze uitbetalen;",
                    "vul de exitvragenlijst in: we leren graag van je ervaring.",
                )
            ),
            info("Je krijgt je eindafrekening met het salaris van de maand na je vertrek."),
        ],
    ),
    # --- Safety and integrity --------------------------------------------------------------
    Article(
        slug="bhv-bedrijfshulpverlening",
        title="Bedrijfshulpverlening in het gemeentehuis",
        summary=(
            "Bij een brand, een ontruiming of een collega die onwel wordt, helpen de "
            "bedrijfshulpverleners. Zo herken je ze en zo word je er zelf een."
        ),
        topics=("veiligheid-en-integriteit",),
        team=FACILITIES,
        related=("vertrouwenspersoon",),
        body=[
            p(
                "In het gemeentehuis en op de gemeentewerf zijn elke dag bedrijfshulpverleners "
                "aanwezig. Ze verlenen eerste hulp, blussen een beginnende brand en leiden een "
                "ontruiming. Je herkent ze aan het oranje hesje."
            ),
            h2("Als het alarm gaat"),
            steps(
                "",
                ("Stop met je werk", "Laat je spullen liggen en sluit ramen en deuren."),
                ("Volg de groene bordjes", "Gebruik de trap, nooit de lift."),
                ("Verzamelplaats", "Ga naar de verzamelplaats op het parkeerterrein en meld je."),
            ),
            h2("Zelf BHV'er worden?"),
            p(
                "We zoeken altijd collega's die het leuk vinden. Je krijgt een tweedaagse opleiding en "
                "elk jaar een herhaling, en een vergoeding van € 200 per jaar. Meld je bij Facilitaire zaken."
            ),
        ],
    ),
    Article(
        slug="vertrouwenspersoon",
        title="De vertrouwenspersoon",
        summary=(
            "Heb je te maken met pesten, intimidatie, discriminatie of een integriteitskwestie? De "
            "vertrouwenspersoon luistert en denkt vertrouwelijk met je mee."
        ),
        topics=("veiligheid-en-integriteit",),
        team=HR,
        related=("integriteit-en-gedragscode",),
        body=[
            p(
                "Soms gebeurt er op het werk iets waar je niet met je teamleider over kunt of wilt "
                "praten. Je wordt gepest, iemand maakt seksueel getinte grappen of je ziet iets wat "
                "niet deugt. Dan kun je terecht bij een van onze twee vertrouwenspersonen."
            ),
            h2("Wat doet een vertrouwenspersoon?"),
            p(
                bullets(
                    "luistert naar je verhaal en neemt het serieus;",
                    "zet samen met jou de mogelijkheden op een rij;",
                    "gaat mee naar een gesprek als je dat wilt;",
                    "doet niets zonder jouw toestemming.",
                )
            ),
            info(
                "Er is een interne vertrouwenspersoon en een externe. Je kiest zelf bij wie je je "
                "verhaal doet. De contactgegevens staan in het smoelenboek onder Vertrouwenspersonen."
            ),
        ],
    ),
    Article(
        slug="integriteit-en-gedragscode",
        title="Integriteit en de gedragscode",
        summary=(
            "Als ambtenaar werk je voor alle inwoners. De gedragscode zegt wat we van elkaar "
            "verwachten: over geschenken, belangen, vertrouwelijke informatie en sociale media."
        ),
        topics=("veiligheid-en-integriteit",),
        team=HR,
        related=("nevenwerkzaamheden", "vertrouwenspersoon", "cadeau-voor-een-collega"),
        body=[
            p(
                "Integer werken betekent dat inwoners en bedrijven op je kunnen vertrouwen. Je legt de "
                "ambtseed of belofte af op je eerste werkdag. De gedragscode helpt je bij de vragen "
                "die je in de praktijk tegenkomt."
            ),
            h2("Geschenken en uitnodigingen"),
            p(
                "Een attentie tot € 50, zoals een fles wijn met kerst, mag je aannemen; meld het wel "
                "bij je teamleider. Alles daarboven, en geld, neem je niet aan. Uitnodigingen voor "
                "etentjes of reisjes van leveranciers sla je af."
            ),
            h2("Belangenverstrengeling"),
            p(
                "Behandel geen aanvraag van familie, vrienden of je buren. Ook "
                + page_link("nevenwerkzaamheden", "nevenwerkzaamheden")
                + " kunnen botsen met je werk."
            ),
            tip("Twijfel je? Bespreek het met je teamleider of met de integriteitscoördinator."),
        ],
    ),
    Article(
        slug="nevenwerkzaamheden",
        title="Nevenwerkzaamheden melden",
        summary=(
            "Heb je naast je werk bij de gemeente een bijbaan, een eigen bedrijf of een "
            "bestuursfunctie? Dan meld je dat, zodat we kunnen zien of het botst met je werk."
        ),
        topics=("veiligheid-en-integriteit",),
        team=HR,
        related=("integriteit-en-gedragscode",),
        body=[
            p(
                "Nevenwerkzaamheden zijn alle werkzaamheden buiten je functie: betaald of onbetaald. "
                "Denk aan een bijbaan in de horeca, een webwinkel, penningmeester van de voetbalclub of "
                "raadslid in een andere gemeente."
            ),
            h2("Waarom melden?"),
            p(
                "De gemeente moet kunnen beoordelen of je nevenactiviteit de belangen van de gemeente "
                "raakt. Nevenfuncties van medewerkers in een kwetsbare functie, zoals vergunningverlening "
                "of inkoop, worden openbaar gemaakt."
            ),
            steps(
                "Zo meld je het",
                ("Formulier", "Vul het formulier nevenwerkzaamheden in Youforce in."),
                ("Gesprek", "Je teamleider bespreekt het met je en neemt een besluit."),
            ),
        ],
    ),
    # --- ICT -----------------------------------------------------------------------------------
    Article(
        slug="laptop-aanvragen",
        title="Een laptop of ander ICT-middel aanvragen",
        summary=(
            "Nieuw in dienst, is je laptop kapot of heb je een tweede scherm nodig? Zo vraag je "
            "een laptop, headset of beeldscherm aan bij Informatievoorziening."
        ),
        topics=("ict-en-werkplek",),
        team=INFORMATION,
        related=("servicedesk-ict", "mobiele-telefoon"),
        body=[
            p(
                "Iedereen krijgt bij de start een laptop, een headset en een muis. Je teamleider "
                "vraagt die aan voor je eerste werkdag. Heb je later iets anders of extra nodig, dan "
                "vraag je het zelf aan in de selfservice van de servicedesk."
            ),
            steps(
                "Zo vraag je een laptop aan",
                ("Open de selfservice", "Kies in TOPdesk Aanvragen en dan Hardware."),
                ("Kies het apparaat", "Laptop, beeldscherm, dockingstation, headset of toetsenbord."),
                ("Akkoord van je teamleider", "Je teamleider krijgt een mail en keurt de aanvraag goed."),
                ("Ophalen", "Je krijgt bericht als je het kunt ophalen bij de balie van de servicedesk."),
            ),
            info("Een laptop gaat vier jaar mee. Is de jouwe ouder en traag? Dan krijg je een nieuwe."),
            faq(
                (
                    "Mag ik mijn eigen laptop gebruiken?",
                    "Voor je mail en Teams wel, via de webversie. Bestanden "
                    "van de gemeente sla je niet op op een eigen apparaat.",
                ),
            ),
        ],
    ),
    Article(
        slug="wachtwoord-resetten",
        title="Wachtwoord vergeten",
        summary=(
            "Weet je je wachtwoord niet meer, of is je account geblokkeerd? Met de selfservice zet "
            "je zelf een nieuw wachtwoord, ook buiten kantoortijd."
        ),
        topics=("ict-en-werkplek",),
        team=INFORMATION,
        related=("tweestapsverificatie", "servicedesk-ict"),
        body=[
            p(
                "Je wachtwoord geeft toegang tot je laptop, je mail, Teams en de vakapplicaties. Ben je "
                "het vergeten, of heb je het drie keer verkeerd ingetikt, dan kun je het zelf resetten."
            ),
            steps(
                "Zelf een nieuw wachtwoord instellen",
                ("Ga naar wachtwoord.westbetuwe.nl", "Dat kan op je telefoon of een andere computer."),
                ("Bevestig wie je bent", "Met de code uit de Authenticator-app of een sms."),
                (
                    "Kies een nieuw wachtwoord",
                    "Minstens veertien tekens; een zin van vier woorden werkt goed.",
                ),
            ),
            tip(
                "Lukt het niet? Bel de servicedesk op 0345 - 12 34 "
                "56; zij resetten je wachtwoord na een controle."
            ),
            warning(
                "De servicedesk vraagt nooit om je wachtwoord. "
                "Geef het aan niemand, ook niet aan een collega."
            ),
        ],
    ),
    Article(
        slug="tweestapsverificatie",
        title="Inloggen met tweestapsverificatie",
        summary=(
            "Buiten het gemeentehuis log je in met je wachtwoord én een code op je telefoon. Zo "
            "stel je de Authenticator-app in, en zo los je problemen op."
        ),
        topics=("ict-en-werkplek", "digitaal-werken"),
        team=INFORMATION,
        related=("wachtwoord-resetten", "mobiele-telefoon"),
        body=[
            p(
                "Met alleen een wachtwoord is een account te makkelijk over te nemen. Daarom vragen we "
                "bij het inloggen van buiten het netwerk een tweede stap: een melding of code in de "
                "Microsoft Authenticator-app op je telefoon."
            ),
            steps(
                "De app instellen",
                ("Installeer de app", "Microsoft Authenticator, uit de App Store of Google Play."),
                ("Ga naar aka.ms/mysecurityinfo", "Log in en kies Aanmeldingsmethode toevoegen."),
                ("Scan de QR-code", "Met de app. Keur daarna de testmelding goed."),
            ),
            h2("Nieuwe telefoon?"),
            p(
                "Zet de app over voordat je je oude telefoon inlevert. Ben je te laat, dan zet de "
                "servicedesk je aanmeldingsmethode terug, zodat je de app opnieuw kunt koppelen."
            ),
            warning(
                "Krijg je een melding terwijl je niet aan het inloggen "
                "bent? Keur hem niet goed en meld het bij de servicedesk."
            ),
        ],
    ),
    Article(
        slug="teams-vergadering-plannen",
        title="Een Teams-vergadering plannen en leiden",
        summary=(
            "Online of hybride vergaderen met Teams: een vergadering inplannen, externe gasten "
            "uitnodigen, opnemen en de vergaderzaal met camera gebruiken."
        ),
        topics=("digitaal-werken", "ict-en-werkplek"),
        team=INFORMATION,
        related=("vergaderruimte-boeken", "microsoft-365"),
        body=[
            p(
                "Een Teams-vergadering plan je vanuit Outlook of vanuit de agenda in Teams. Kies "
                "Nieuwe vergadering, nodig de deelnemers uit en zet de schakelaar Teams-vergadering aan."
            ),
            h2("Externe deelnemers"),
            p(
                "Gasten van buiten de gemeente nodig je uit met hun mailadres. Ze komen eerst in de "
                "wachtruimte; jij laat ze binnen."
            ),
            h2("Hybride vergaderen"),
            p(
                "In de grote vergaderzalen hangt een camera met een speaker. Start de vergadering op "
                "het scherm in de zaal, niet op je laptop, anders krijg je rondzingend geluid."
            ),
            tip(
                "Neem je een vergadering op, vertel het de deelnemers "
                "vooraf. De opname staat 60 dagen in de chat."
            ),
        ],
    ),
    Article(
        slug="printen-en-scannen",
        title="Printen en scannen",
        summary=(
            "Je printopdracht komt uit elke printer in het gebouw: houd je pas bij de printer en "
            "je afdrukken rollen eruit. Zo werkt printen, kopiëren en scannen."
        ),
        topics=("ict-en-werkplek",),
        team=INFORMATION,
        related=("toegangspas", "servicedesk-ict"),
        body=[
            p(
                "Op elke verdieping staan multifunctionals waarmee je print, kopieert en scant. Je "
                "printopdrachten wachten in een wachtrij tot je ze ophaalt; zo blijven vertrouwelijke "
                "papieren niet in de bak liggen."
            ),
            steps(
                "Iets afdrukken",
                ("Print naar FollowMe", "Kies in het printvenster de printer FollowMe."),
                ("Houd je pas tegen de lezer", "Bij een printer naar keuze."),
                ("Kies Alles afdrukken", "Of kies per document."),
            ),
            h2("Scannen"),
            p("Kies Scan naar mijn e-mail. De scan komt als pdf in je mailbox."),
            info("Thuis printen met de laptop van de zaak kan niet. Print op kantoor, of beter nog: niet."),
        ],
    ),
    Article(
        slug="mobiele-telefoon",
        title="Je telefoon van de zaak",
        summary=(
            "Heb je voor je werk een smartphone nodig? Je krijgt een iPhone met een abonnement van "
            "de gemeente. Regels voor gebruik, verlies en privégebruik."
        ),
        topics=("ict-en-werkplek",),
        team=INFORMATION,
        related=("laptop-aanvragen", "tweestapsverificatie"),
        body=[
            p(
                "Collega's die veel onderweg zijn of bereikbaar moeten zijn, krijgen een mobiele "
                "telefoon van de zaak. Je teamleider vraagt hem aan bij de servicedesk. Je vaste "
                "nummer wordt doorgeschakeld naar je mobiel."
            ),
            h2("Privé bellen"),
            p(
                "Af en toe privé bellen of appen mag. Bellen naar het buitenland en betaalde "
                "nummers kunnen alleen met toestemming."
            ),
            h2("Kwijt of gestolen?"),
            p(
                "Bel meteen de servicedesk. Die blokkeert het toestel en wist het op afstand, zodat "
                "niemand bij je mail kan. Bij diefstal doe je ook aangifte bij de politie."
            ),
            tip(
                "Je eigen telefoon gebruiken voor de Authenticator-app "
                "mag; je krijgt er geen vergoeding voor."
            ),
        ],
    ),
    Article(
        slug="servicedesk-ict",
        title="De servicedesk van Informatievoorziening",
        summary=(
            "Werkt je laptop niet, heb je een storing of een vraag over een programma? De "
            "servicedesk helpt je telefonisch, via de selfservice en aan de balie."
        ),
        topics=("ict-en-werkplek",),
        team=INFORMATION,
        related=("laptop-aanvragen", "wachtwoord-resetten", "phishing-melden"),
        body=[
            p(
                "De servicedesk is het loket voor alles rond ICT: storingen, vragen, aanvragen en "
                "wijzigingen. Je bereikt ze op werkdagen van 8.00 tot 17.00 uur."
            ),
            h2("Hoe bereik je ze?"),
            p(
                bullets(
                    "selfservice in TOPdesk, voor meldingen die niet haasten;",
                    "telefoon 0345 - 12 34 56, als je niet kunt werken;",
                    "de balie op de begane grond, voor het ophalen van spullen.",
                )
            ),
            h2("Een storing melden"),
            p(
                "Beschrijf wat je deed, wat er gebeurde en wat je verwachtte. Een schermafbeelding "
                "helpt. Je krijgt een meldingsnummer en een bericht als het opgelost is."
            ),
            info(
                "Storingen die iedereen raken staan op de "
                "statuspagina; daar hoef je geen melding van te maken."
            ),
        ],
    ),
    Article(
        slug="phishing-melden",
        title="Verdachte mail en phishing",
        summary=(
            "Een mail die vraagt om je wachtwoord, een vreemde factuur of een link die net niet "
            "klopt? Klik niet en meld het. Zo herken je phishing."
        ),
        topics=("ict-en-werkplek", "juridisch-en-privacy"),
        team=INFORMATION,
        related=("datalek-melden", "servicedesk-ict"),
        body=[
            p(
                "Criminelen proberen via nepmails bij gegevens van de gemeente te komen. Ze doen zich "
                "voor als een leverancier, een collega of zelfs de burgemeester."
            ),
            h2("Herkennen"),
            p(
                bullets(
                    "haast: 'je account wordt vandaag geblokkeerd';",
                    "een afzender of link die er bijna goed uitziet;",
                    "een vraag om in te loggen, te betalen of een bijlage te openen.",
                )
            ),
            h2("Melden"),
            p(
                "Klik in Outlook op Phishing rapporteren. Heb je al op een link geklikt of je "
                "wachtwoord ingevuld? Bel dan direct de servicedesk. Dat is niet erg; te laat melden wel."
            ),
        ],
    ),
    Article(
        slug="software-aanvragen",
        title="Software of een app aanvragen",
        summary=(
            "Heb je een programma nodig dat niet op je laptop staat? Kijk eerst in het Softwarecentrum, "
            "en vraag anders nieuwe software aan via de servicedesk."
        ),
        topics=("ict-en-werkplek",),
        team=INFORMATION,
        related=("laptop-aanvragen", "avg-privacy"),
        body=[
            p(
                "Zelf programma's installeren kan niet op je laptop. In het Softwarecentrum staan de "
                "programma's die je wel zelf kunt toevoegen, zoals Adobe Reader, Notepad++ en QGIS."
            ),
            h2("Iets nieuws nodig?"),
            p(
                "Doe een aanvraag in TOPdesk. Informatievoorziening kijkt naar de licentie, de "
                "beveiliging en de privacy: waar staan de gegevens, en wie kan erbij? Voor een "
                "onlinedienst met persoonsgegevens is vaak een verwerkersovereenkomst nodig."
            ),
            tip("Gratis online tools zijn vaak niet gratis: je betaalt met je gegevens. Vraag het eerst na."),
        ],
    ),
    # --- Facilities ----------------------------------------------------------------------------
    Article(
        slug="dienstauto-reserveren",
        title="Een dienstauto reserveren",
        summary=(
            "Voor afspraken buiten de deur staan er vier elektrische dienstauto's klaar bij het "
            "gemeentehuis. Zo reserveer je er een en zo laad je hem op."
        ),
        topics=("facilitair",),
        team=FACILITIES,
        related=("parkeren-gemeentehuis", "reiskosten-woon-werkverkeer"),
        body=[
            p(
                "Moet je voor je werk naar een locatie in de gemeente, zoals een bouwplaats of een "
                "huisbezoek? Gebruik dan een van de dienstauto's. Het zijn elektrische Volkswagens, "
                "te herkennen aan het logo van West Betuwe."
            ),
            steps(
                "Zo reserveer je",
                ("Open Outlook", "Maak een afspraak en voeg de auto toe als ruimte: Dienstauto 1 tot 4."),
                (
                    "Sleutel ophalen",
                    "De sleutel ligt in de sleutelkast bij de receptie; open hem met je pas.",
                ),
                ("Rittenregistratie", "Noteer je rit en de kilometerstand in het boekje in de auto."),
            ),
            tip("Zet de auto na gebruik altijd aan de laadpaal, ook als hij nog half vol is."),
            faq(
                (
                    "Mag ik de auto mee naar huis nemen?",
                    "Alleen als je de volgende ochtend vroeg een afspraak "
                    "buiten de deur hebt, met toestemming van je teamleider.",
                ),
                (
                    "Schade?",
                    "Vul het schadeformulier in het dashboardkastje in en meld het bij Facilitaire zaken.",
                ),
            ),
        ],
    ),
    Article(
        slug="vergaderruimte-boeken",
        title="Een vergaderruimte boeken",
        summary=(
            "Alle overlegruimtes en vergaderzalen in het gemeentehuis reserveer je via Outlook. Met "
            "koffie, lunch of een beamer erbij? Zo regel je het."
        ),
        topics=("facilitair",),
        team=FACILITIES,
        related=("teams-vergadering-plannen", "kantine-en-lunch"),
        body=[
            p(
                "In het gemeentehuis zijn twaalf overlegruimtes voor vier tot zes personen en drie "
                "grote zalen. Je reserveert ze zoals je een collega uitnodigt: als ruimte in je "
                "Outlook-afspraak."
            ),
            steps(
                "Een ruimte reserveren",
                ("Nieuwe vergadering", "Klik in je Outlook-agenda op Nieuwe vergadering."),
                ("Ruimtezoeker", "Kies Ruimtezoeker en dan het gebouw en het aantal personen."),
                (
                    "Kies een vrije ruimte",
                    "Je krijgt een bevestiging of een afwijzing als de ruimte bezet is.",
                ),
            ),
            h2("Catering"),
            p(
                "Koffie en thee pak je zelf. Een lunch bestel je "
                "minstens twee werkdagen vooraf bij de kantine."
            ),
            info(
                "Heb je de ruimte toch niet nodig? Zeg de afspraak "
                "af, dan komt de ruimte weer vrij voor een ander."
            ),
        ],
    ),
    Article(
        slug="parkeren-gemeentehuis",
        title="Parkeren bij het gemeentehuis",
        summary=(
            "Waar parkeer je als je met de auto naar kantoor komt, en wat als het parkeerterrein "
            "vol is? Ook over laadpalen en fietsenstalling."
        ),
        topics=("facilitair",),
        team=FACILITIES,
        related=("toegangspas", "dienstauto-reserveren"),
        body=[
            p(
                "Achter het gemeentehuis in Geldermalsen is een parkeerterrein voor medewerkers. De "
                "slagboom gaat open met je toegangspas. De plekken vooraan zijn voor bezoekers en de "
                "dienst-auto's."
            ),
            h2("Vol?"),
            p(
                "Op dinsdag en donderdag is het druk. Parkeer dan op het terrein aan de Rijksstraatweg, "
                "op vijf minuten lopen. Kom als het kan met de "
                "fiets of de trein: het station ligt om de hoek."
            ),
            h2("Elektrisch laden"),
            p("Er zijn zes laadpalen voor medewerkers. Laden is gratis; zet je auto weg zodra hij vol is."),
            tip("De overdekte fietsenstalling heeft oplaadpunten voor e-bikes en kluisjes voor je helm."),
        ],
    ),
    Article(
        slug="toegangspas",
        title="Je toegangspas",
        summary=(
            "Met je personeelspas open je de deuren, print je en kom je op het parkeerterrein. "
            "Pas kwijt of kapot? Zo krijg je een nieuwe."
        ),
        topics=("facilitair",),
        team=FACILITIES,
        related=("printen-en-scannen", "parkeren-gemeentehuis"),
        body=[
            p(
                "Op je eerste werkdag krijg je een toegangspas met je foto. Daarmee kom je binnen in "
                "het gemeentehuis en de gemeentewerf, open je de slagboom en haal je je printjes op."
            ),
            h2("Kwijt, kapot of vergeten"),
            p(
                "Ben je je pas kwijtgeraakt, meld het dan meteen bij de receptie. Zij blokkeren de pas "
                "en maken een nieuwe. Een nieuwe pas kost € 15 als je de oude bent verloren. Vergeten? "
                "Dan krijg je voor een dag een dagpas."
            ),
            warning("Laat niemand achter je mee naar binnen lopen die je niet kent."),
        ],
    ),
    Article(
        slug="kantine-en-lunch",
        title="De kantine en je lunch",
        summary=(
            "In de kantine op de begane grond kun je elke werkdag lunchen. Wat het kost, hoe je "
            "betaalt en hoe je een lunch voor een overleg bestelt."
        ),
        topics=("facilitair",),
        team=FACILITIES,
        related=("vergaderruimte-boeken",),
        body=[
            p(
                "De kantine is open van 11.30 tot 14.00 uur. Er is soep, brood, salades en elke dag "
                "een warm gerecht. Koffie en thee uit de automaten op de verdiepingen zijn gratis."
            ),
            h2("Wat kost het?"),
            p(
                "Je betaalt met je pinpas of telefoon; contant kan niet. Een broodje kost € 2,20, soep "
                "€ 1,50. De kosten in de kantine worden niet vergoed, ook niet als je overwerkt."
            ),
            h2("Lunch bij een overleg"),
            p(
                "Bestel een lunch voor een vergadering minstens twee werkdagen vooraf via het formulier "
                "Catering. De kosten gaan naar het budget van je team; zet het kostenplaatsnummer erbij."
            ),
        ],
    ),
    Article(
        slug="thuiswerkplek-inrichten",
        title="Je werkplek thuis inrichten",
        summary=(
            "Werk je regelmatig thuis? Zorg voor een goede stoel, een scherm op ooghoogte en "
            "genoeg licht. Via de webshop leen je een bureaustoel en een beeldscherm."
        ),
        topics=("facilitair", "ict-en-werkplek"),
        team=FACILITIES,
        related=("thuiswerkvergoeding", "laptop-aanvragen"),
        body=[
            p(
                "Aan de keukentafel werken is prima voor een dag, maar niet voor elke week. Rug-, nek- "
                "en schouderklachten ontstaan sluipend. Richt je "
                "werkplek thuis daarom net zo goed in als op kantoor."
            ),
            h2("Checklist"),
            p(
                bullets(
                    "een verstelbare bureaustoel; je voeten staan plat op de grond;",
                    "een los beeldscherm met de bovenrand op ooghoogte;",
                    "een los toetsenbord en een muis;",
                    "daglicht van opzij, niet in je rug of recht van voren.",
                )
            ),
            h2("Spullen lenen"),
            p(
                "In de webshop van Facilitaire zaken leen je een bureaustoel, een beeldscherm en een "
                "dockingstation. Ze worden bij je thuis bezorgd."
            ),
        ],
    ),
    # --- Finance -------------------------------------------------------------------------------
    Article(
        slug="inkoop-en-bestellen",
        title="Inkopen en bestellen",
        summary=(
            "Wil je iets kopen of een opdracht geven aan een bureau? Onder € 50.000 regel je het zelf "
            "met drie offertes; daarboven helpt de inkoopadviseur met een aanbesteding."
        ),
        topics=("financien-en-inkoop",),
        team=FINANCE,
        related=("facturen-betalen", "budgethouder"),
        body=[
            p(
                "De gemeente koopt elk jaar voor miljoenen in: van kantoorartikelen tot het onderhoud "
                "van wegen. Dat doen we rechtmatig, doelmatig en duurzaam, volgens het inkoopbeleid."
            ),
            h2("Hoe koop je in?"),
            p(
                bullets(
                    "tot € 5.000: één offerte is genoeg;",
                    "van € 5.000 tot € 50.000: vraag drie offertes op;",
                    "daarboven: een aanbesteding, samen met de inkoopadviseur.",
                )
            ),
            steps(
                "Een bestelling plaatsen",
                (
                    "Kijk of er een contract is",
                    "Voor kantoorartikelen, ICT en catering hebben we vaste leveranciers.",
                ),
                ("Maak een inkooporder", "In het financiële systeem, met het bedrag en de kostenplaats."),
                ("Goedkeuring", "De budgethouder keurt de order goed; pas dan bestel je."),
            ),
            tip("Bestel je zonder inkooporder, dan kan de factuur niet worden betaald."),
        ],
    ),
    Article(
        slug="facturen-betalen",
        title="Facturen laten betalen",
        summary=(
            "Leveranciers sturen hun facturen naar het factuuradres van de gemeente. Zo komt een "
            "factuur bij jou ter controle, en zo keur je hem goed."
        ),
        topics=("financien-en-inkoop",),
        team=FINANCE,
        related=("inkoop-en-bestellen", "budgethouder"),
        body=[
            p(
                "Elke inkoopfactuur komt binnen bij de crediteurenadministratie via "
                "facturen@westbetuwe.nl of als e-factuur. Vraag leveranciers de factuur nooit naar "
                "jou persoonlijk te sturen, en vermeld altijd het inkoopordernummer."
            ),
            h2("Controleren en goedkeuren"),
            p(
                "Hoort de factuur bij een order van jou, dan krijg je een taak in het financiële "
                "systeem. Controleer of de levering klopt en keur de factuur goed. De budgethouder "
                "doet de tweede controle."
            ),
            warning("We betalen binnen dertig dagen. Laat een factuur dus niet liggen."),
            faq(
                (
                    "Een leverancier belt over een onbetaalde rekening. Wat nu?",
                    "Verwijs naar de crediteurenadministratie; die ziet waar de factuur staat.",
                ),
            ),
        ],
    ),
    Article(
        slug="budgethouder",
        title="Budgethouder zijn",
        summary=(
            "Als budgethouder ben je verantwoordelijk voor een budget: je keurt uitgaven goed en "
            "bewaakt dat er niet meer wordt uitgegeven dan er is."
        ),
        topics=("financien-en-inkoop",),
        team=FINANCE,
        related=("inkoop-en-bestellen", "facturen-betalen", "mandaat-en-volmacht"),
        body=[
            p(
                "Het college wijst per programma de budgetten toe. Teamleiders en sommige "
                "projectleiders zijn budgethouder: zij mogen binnen hun budget verplichtingen aangaan "
                "en facturen goedkeuren."
            ),
            h2("Wat wordt er van je verwacht?"),
            p(
                bullets(
                    "je keurt inkooporders en facturen op tijd goed;",
                    "je volgt de uitputting van je budget in de maandrapportage;",
                    "je meldt een dreigende overschrijding bij je controller.",
                )
            ),
            info("De bedragen tot waar je mag tekenen staan in het mandaatbesluit."),
        ],
    ),
    Article(
        slug="cadeau-voor-een-collega",
        title="Een bloemetje of cadeautje voor een collega",
        summary=(
            "Is een collega jarig in dienst, ziek of gaat iemand met pensioen? Dan mag het team "
            "iets geven. Wat de gemeente betaalt bij jubilea, afscheid en ziekte."
        ),
        topics=("arbeidsvoorwaarden",),
        team=HR,
        related=("integriteit-en-gedragscode",),
        body=[
            p(
                "Een bloemetje bij een geboorte, een kaartje bij ziekte: het hoort bij een goed team. "
                "De gemeente betaalt mee volgens de attentieregeling."
            ),
            p(
                bullets(
                    "ziekte langer dan twee weken: een bos bloemen of fruitmand tot € 35;",
                    "geboorte of huwelijk: een cadeaubon van € 50;",
                    "12,5, 25 of 40 jaar in dienst: een receptie en een jubileumgratificatie;",
                    "afscheid en pensioen: een afscheidscadeau tot € 100.",
                )
            ),
            tip("Bestel de attentie zelf en declareer de kosten met het bonnetje, onder Attenties."),
        ],
    ),
    # --- Legal and privacy ---------------------------------------------------------------------
    Article(
        slug="woo-verzoek",
        title="Een Woo-verzoek behandelen",
        summary=(
            "Iedereen mag de gemeente vragen om informatie openbaar te maken. Zo behandel je een "
            "verzoek op grond van de Wet open overheid, en binnen welke termijn."
        ),
        topics=("juridisch-en-privacy",),
        team=MANAGEMENT,
        related=("avg-privacy", "bezwaarschrift-behandelen"),
        body=[
            p(
                "Sinds 2022 geldt de Wet open overheid (Woo), de opvolger van de Wob. Een inwoner, "
                "journalist of bedrijf kan vragen om documenten over een bestuurlijke aangelegenheid. "
                "Dat kan mondeling, per mail of met een brief."
            ),
            h2("Termijnen"),
            p(
                "We beslissen binnen vier weken. Die termijn kunnen we één keer met twee weken "
                "verlengen. Laat de verzoeker weten als dat nodig is."
            ),
            steps(
                "Zo pak je het aan",
                ("Stuur het door", "Elk verzoek gaat direct naar de Woo-coördinator."),
                ("Documenten verzamelen", "Zoek alle mails, notities en stukken over het onderwerp."),
                ("Lakken", "Persoonsgegevens en andere uitzonderingen maak je onleesbaar."),
                ("Besluit", "De Woo-coördinator stelt het besluit op en publiceert de stukken."),
            ),
            warning("Ook appjes en Teams-berichten over je werk vallen onder de wet."),
        ],
    ),
    Article(
        slug="avg-privacy",
        title="Privacy in je werk",
        summary=(
            "We werken elke dag met persoonsgegevens van inwoners. De AVG zegt wat wel en niet mag: "
            "alleen gebruiken wat je nodig hebt, en goed beveiligen."
        ),
        topics=("juridisch-en-privacy",),
        team=MANAGEMENT,
        related=("datalek-melden", "woo-verzoek", "software-aanvragen"),
        body=[
            p(
                "Namen, adressen, BSN's, uitkeringen, zorgvragen: bij de gemeente gaan veel gevoelige "
                "gegevens door je handen. De AVG, de Europese regels voor privacy, geldt voor alles "
                "wat je met die gegevens doet."
            ),
            h2("De basisregels"),
            p(
                bullets(
                    "gebruik gegevens alleen voor het doel waarvoor we ze kregen;",
                    "kijk alleen in dossiers die je voor je werk nodig hebt;",
                    "mail geen BSN's naar buiten; gebruik beveiligd mailen;",
                    "bewaar gegevens niet langer dan nodig.",
                )
            ),
            h2("Vragen?"),
            p(
                "De privacyadviseur helpt je bij een nieuw project of een nieuwe applicatie, "
                "bijvoorbeeld met een DPIA. Bij een vermoedelijk lek: "
                + page_link("datalek-melden", "meld het meteen")
                + "."
            ),
        ],
    ),
    Article(
        slug="datalek-melden",
        title="Een datalek melden",
        summary=(
            "Een mail naar de verkeerde persoon, een kwijtgeraakte laptop of een map die iedereen "
            "kan openen: meld het direct. We hebben 72 uur om het door te geven."
        ),
        topics=("juridisch-en-privacy", "ict-en-werkplek"),
        team=MANAGEMENT,
        related=("avg-privacy", "phishing-melden"),
        body=[
            p(
                "Een datalek is elke situatie waarin persoonsgegevens bij iemand terechtkomen die ze "
                "niet mag zien, of verloren gaan. Dat gebeurt vaker dan je denkt, en meestal per "
                "ongeluk. Wat telt is dat je het snel meldt."
            ),
            h2("Voorbeelden"),
            p(
                bullets(
                    "een brief met een BSN naar het verkeerde adres;",
                    "een mail met bijlage naar de verkeerde Jan de Vries;",
                    "een laptop of telefoon verloren in de trein;",
                    "een klik op een phishinglink.",
                )
            ),
            steps(
                "Wat doe je?",
                ("Meld het meteen", "Via het formulier Datalek op het intranet, of bel de privacyadviseur."),
                ("Beperk de schade", "Vraag de ontvanger de mail te verwijderen."),
                (
                    "Wacht op advies",
                    "De functionaris gegevensbescherming beslist of het "
                    "gemeld moet worden bij de Autoriteit Persoonsgegevens.",
                ),
            ),
        ],
    ),
    Article(
        slug="bezwaarschrift-behandelen",
        title="Een bezwaarschrift behandelen",
        summary=(
            "Is een inwoner het niet eens met een besluit, dan kan hij binnen zes weken bezwaar "
            "maken. Zo verloopt de behandeling, van ontvangst tot beslissing op bezwaar."
        ),
        topics=("juridisch-en-privacy", "werkwijzen"),
        team=MANAGEMENT,
        related=("algemene-wet-bestuursrecht", "klachten-afhandelen"),
        body=[
            p(
                "Een bezwaarschrift is geen klacht: het gaat over een besluit, zoals een "
                "vergunning, een uitkering of een aanslag. De regels staan in de "
                + page_link("algemene-wet-bestuursrecht", "Algemene wet bestuursrecht")
                + "."
            ),
            steps(
                "De behandeling",
                ("Ontvangstbevestiging", "Binnen een week stuurt het team Juridische zaken een bevestiging."),
                ("Bellen", "Bel de indiener: vaak is een gesprek genoeg om het op te lossen."),
                ("Hoorzitting", "Lukt dat niet, dan hoort de bezwaarcommissie beide kanten."),
                ("Beslissing op bezwaar", "Binnen twaalf weken na het einde van de bezwaartermijn."),
            ),
            tip(
                "Wie het besluit nam, behandelt het bezwaar niet "
                "zelf. Een collega kijkt er met frisse ogen naar."
            ),
        ],
    ),
    Article(
        slug="klachten-afhandelen",
        title="Klachten van inwoners",
        summary=(
            "Is een inwoner ontevreden over hoe hij door de gemeente is behandeld? Zo handel je een "
            "klacht af, eerst informeel en zo nodig formeel."
        ),
        topics=("juridisch-en-privacy",),
        team=COMMUNICATION,
        related=("bezwaarschrift-behandelen", "omgaan-met-emotie-en-agressie"),
        body=[
            p(
                "Een klacht gaat over gedrag: iemand werd niet teruggebeld, voelde zich onheus "
                "bejegend of wachtte te lang. Over een besluit maak je geen klacht maar bezwaar."
            ),
            h2("Eerst bellen"),
            p(
                "De meeste klachten los je op met een telefoontje. Luister, bied zo nodig excuses aan "
                "en spreek af wat er gebeurt. Leg het kort vast in het zaaksysteem."
            ),
            h2("Formele klacht"),
            p(
                "Is de inwoner niet tevreden, dan behandelt de klachtencoördinator de klacht formeel, "
                "binnen zes weken. Daarna kan de inwoner naar de Nationale ombudsman."
            ),
        ],
    ),
    Article(
        slug="mandaat-en-volmacht",
        title="Mandaat en volmacht: wie mag wat tekenen?",
        summary=(
            "Het college neemt besluiten, maar in de praktijk tekenen medewerkers namens het college. "
            "Het mandaatbesluit regelt wie wat mag."
        ),
        topics=("juridisch-en-privacy", "financien-en-inkoop"),
        team=MANAGEMENT,
        related=("budgethouder", "bezwaarschrift-behandelen"),
        body=[
            p(
                "Mandaat is de bevoegdheid om namens het college of de burgemeester besluiten te "
                "nemen. Een volmacht is hetzelfde voor privaatrechtelijke zaken, zoals een contract. "
                "Zonder mandaat is een besluit dat je ondertekent niet geldig."
            ),
            h2("Waar staat het?"),
            p(
                "In het mandaatregister staat per functie welke besluiten je mag nemen en tot welk "
                "bedrag. Je teamleider kan je ook ondermandaat geven."
            ),
            tip("Twijfel je of je mag tekenen? Vraag het voordat je tekent, niet erna."),
        ],
    ),
    Article(
        slug="archiveren-en-zaakgericht-werken",
        title="Documenten archiveren",
        summary=(
            "Alles wat je voor je werk maakt of ontvangt, hoort in het zaaksysteem. Zo vinden "
            "collega's het terug en voldoen we aan de Archiefwet."
        ),
        topics=("juridisch-en-privacy", "digitaal-werken"),
        team=INFORMATION,
        related=("woo-verzoek", "avg-privacy"),
        body=[
            p(
                "We werken zaakgericht: elke aanvraag, melding of vraag van een inwoner is een zaak, "
                "met een begin en een eind. Documenten sla je op bij de zaak, niet in je eigen "
                "OneDrive of in een Teams-kanaal."
            ),
            h2("Wat archiveer je?"),
            p(
                bullets(
                    "brieven en mails die iets vastleggen of besluiten;",
                    "adviezen, besluiten en vergunningen;",
                    "verslagen van overleggen met inwoners of partners.",
                )
            ),
            info("Concepten en persoonlijke aantekeningen hoef je niet te archiveren."),
        ],
    ),
]
