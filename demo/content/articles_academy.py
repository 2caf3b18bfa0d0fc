"""Articles about the West Betuwe Academie, its trainings and everyday ways of working."""

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
    warning,
)
from demo.content.organisation import COORDINATION_POINT, INFORMATION, PUBLIC_SERVICES

ARTICLES = [
    Article(
        slug="west-betuwe-academie",
        title="West Betuwe Academie",
        summary=(
            "In de West Betuwe Academie vind je trainingen en cursussen voor je eigen ontwikkeling, "
            "afgestemd op je ontwikkelgesprek. Zo zoek je een training en zo meld je je aan."
        ),
        topics=("academie", "leren-en-ontwikkelen"),
        owner="lvermeulen",
        team=COORDINATION_POINT,
        related=("academie-trainingsaanbod", "hr-gesprekscyclus", "leercultuur"),
        body=[
            image("academie", "", "De West Betuwe Academie: leren op jouw moment."),
            p(
                "We willen een werkklimaat dat inspireert en veilig voelt, waarin iedereen initiatief "
                "neemt en blijft leren. De <b>West Betuwe Academie</b> helpt daarbij. Je vindt er "
                "trainingen en cursussen die aansluiten bij de afspraken uit je ontwikkelgesprek, "
                "veelgevraagde cursussen voor individueel leren en modules die collega's zelf "
                "ontwikkelen en geven."
            ),
            h2("Hoe werkt het?"),
            p(
                "Trainingen vinden op locatie plaats, tenzij anders vermeld. Het "
                + page_link("academie-trainingsaanbod", "aanbod")
                + " wordt geleverd door drie trainingsbureaus die de aanbesteding wonnen, aangevuld "
                "met interne modules. De Academie groeit mee met wat collega's vragen."
            ),
            steps(
                "Aanmelden voor een training",
                (
                    "Bespreek het met je teamleider",
                    "Een training uit je ontwikkelafspraken is al besproken; anders even overleggen.",
                ),
                (
                    "Kies een training en een datum",
                    "Bekijk het " + page_link("academie-trainingsaanbod", "trainingsaanbod") + ".",
                ),
                (
                    "Meld je aan",
                    "Via het aanmeldformulier bij de training. Je teamleider krijgt een bericht.",
                ),
                ("Bevestiging", "Je ontvangt een bevestiging met locatie en eventuele voorbereiding."),
            ),
            warning(
                "Kun je toch niet? Meld je uiterlijk een week van tevoren af, dan kan een collega van "
                "de wachtlijst je plek innemen. Bij late afmelding worden de kosten soms toch in "
                "rekening gebracht."
            ),
            h2("De eerste maanden"),
            p(
                "De Academie ging op 12 april 2022 van start. In de eerste tien weken waren er negen "
                "soorten trainingen en 61 aanmeldingen, en stonden er 47 uitvoeringen gepland voor de "
                "rest van het jaar. De projectleider en de kwartiermaker gingen langs de teams om "
                "te horen welke wensen er leven."
            ),
            faq(
                (
                    "Kost een training mij iets?",
                    "Nee, trainingen uit de Academie worden betaald uit het centrale opleidingsbudget.",
                ),
                (
                    "Mis je een training?",
                    "Laat het de projectleider Academie weten. Veelgevraagde onderwerpen nemen we op in het aanbod.",
                ),
                (
                    "Kan ik ook een training buiten de Academie volgen?",
                    "Ja, voor vakinhoudelijke opleidingen. Bespreek het met je teamleider.",
                ),
            ),
        ],
    ),
    Article(
        slug="academie-trainingsaanbod",
        title="Trainingsaanbod van de Academie",
        summary=(
            "Een overzicht van de trainingen in de West Betuwe Academie: persoonlijk leiderschap, "
            "effectief werken en algemene kennis, plus de trainingen die eraan komen."
        ),
        topics=("academie",),
        owner="lvermeulen",
        team=COORDINATION_POINT,
        related=("west-betuwe-academie", "timemanagement-en-werkdruk", "zes-denkhoeden"),
        body=[
            p("Dit is het vaste aanbod. Data en aanmelden vind je bij elke training."),
            h2("Persoonlijk leiderschap"),
            p(bullets("Kracht in verandering", "Persoonlijk leiderschap")),
            h2("Effectief werken"),
            p(
                bullets(
                    "Presenteren met impact",
                    page_link("timemanagement-en-werkdruk", "Timemanagement en omgaan met werkdruk"),
                    "Omgaan met conflicten",
                    "Zakelijke gesprekken voeren",
                    "Schrijven van college- en raadsvoorstellen",
                )
            ),
            h2("Algemene kennis"),
            p(bullets("Kennismaking met de inkoopfunctie")),
            h2("Binnenkort"),
            p(
                bullets(
                    page_link("microsoft-365", "Werken met Microsoft 365 (Teams en SharePoint)"),
                    page_link("omgaan-met-emotie-en-agressie", "Omgaan met emotie en agressie"),
                    page_link("zes-denkhoeden", "De Zes Denkhoeden"),
                    page_link(
                        "projectmatig-en-programmatisch-werken", "Projectmatig en programmatisch werken"
                    ),
                    page_link("algemene-wet-bestuursrecht", "Algemene wet bestuursrecht"),
                    page_link("het-goede-gesprek", "Ontwikkelgesprekken voeren"),
                )
            ),
            h3("Wat deelnemers zeggen"),
            p(
                "Over Kracht in verandering: even afstand van het dagelijkse werk, een kleine groep "
                "en een trainer die uitlegt waarom we reageren zoals we reageren op verandering. De "
                "inzichten zijn thuis net zo bruikbaar als op het werk."
            ),
            tip(
                "Twijfel je tussen twee trainingen? Neem contact op met de projectleider Academie voor advies."
            ),
        ],
    ),
    Article(
        slug="zes-denkhoeden",
        title="De Zes Denkhoeden",
        summary=(
            "Met de Zes Denkhoeden van De Bono kijk je als groep gestructureerd vanuit zes "
            "invalshoeken naar een vraagstuk. Een populaire workshop uit het Leercafé."
        ),
        topics=("werkwijzen", "academie"),
        owner="lvermeulen",
        team=COORDINATION_POINT,
        related=("leercafe", "academie-trainingsaanbod"),
        body=[
            p(
                "Vergaderingen lopen vaak vast omdat iedereen tegelijk vanuit een andere hoek praat: "
                "de een ziet risico's, de ander kansen. Met de <b>Zes Denkhoeden</b> van Edward de "
                "Bono denkt de hele groep tegelijk vanuit dezelfde hoek, en wissel je bewust van hoed."
            ),
            image(
                "denkhoeden",
                "Zes tegels: wit voor feiten, rood voor gevoel, zwart voor risico's, geel voor kansen, "
                "groen voor ideeën, blauw voor het proces.",
                "De zes hoeden en waar ze voor staan.",
            ),
            h2("De hoeden"),
            p(
                bullets(
                    "<b>Wit</b>: welke feiten en cijfers hebben we, en wat weten we niet?",
                    "<b>Rood</b>: wat is ons gevoel erbij, zonder uitleg?",
                    "<b>Zwart</b>: wat kan er misgaan?",
                    "<b>Geel</b>: wat levert het op?",
                    "<b>Groen</b>: welke nieuwe ideeën en alternatieven zijn er?",
                    "<b>Blauw</b>: hoe pakken we het gesprek aan, en wat is de conclusie?",
                )
            ),
            steps(
                "Een vergadering met de hoeden",
                ("Begin met blauw", "Spreek af welke vraag jullie bespreken en in welke volgorde."),
                ("Wit, geel, zwart, groen", "Een paar minuten per hoed; iedereen draagt dezelfde hoed."),
                ("Rood", "Een rondje onderbuikgevoel, in één zin per persoon."),
                ("Eindig met blauw", "Wat besluiten we, en wie doet wat?"),
            ),
            info(
                "De workshop werd twee keer gegeven, en steeds waren deelnemers enthousiast. Daarom "
                "komt hij in de Academie."
            ),
        ],
    ),
    Article(
        slug="microsoft-365",
        title="Microsoft 365: Teams en SharePoint",
        summary=(
            "Met Microsoft 365 (M365) werk je samen in Teams en deel je documenten in SharePoint. "
            "Tips voor de start, afspraken over waar je wat bewaart en de training die eraan komt."
        ),
        topics=("digitaal-werken", "academie"),
        owner="tvisser",
        team=INFORMATION,
        related=("inwerkprogramma", "timemanagement-en-werkdruk"),
        review_in_days=20,
        body=[
            image("digitaal", "", "Samenwerken in Teams en SharePoint."),
            p(
                "Microsoft 365 zorgt voor meer verbondenheid, samenwerking en structuur in hoe we "
                "ons werk doen. Kennis van M365 hoort bij de basis van elke medewerker. We werken "
                "hierin samen met de gemeenten Tiel en Culemborg."
            ),
            h2("Waar bewaar je wat?"),
            p(
                bullets(
                    "<b>OneDrive</b>: je eigen concepten, die nog niemand hoeft te zien;",
                    "<b>Teams</b>: werkdocumenten van je team of project, met overleg in de kanalen;",
                    "<b>SharePoint</b>: vastgestelde documenten die de hele organisatie gebruikt;",
                    "<b>het zaaksysteem</b>: alles wat bij een zaak van een inwoner hoort.",
                )
            ),
            steps(
                "Een projectteam in Teams opzetten",
                (
                    "Vraag een team aan",
                    "Via de servicedesk van Informatievoorziening, met een eigenaar en een plaatsvervanger.",
                ),
                ("Maak kanalen per onderwerp", "Niet per persoon; houd het bij vijf tot zeven kanalen."),
                ("Zet afspraken vast bovenaan", "Waar staat wat, wie besluit, hoe snel reageren we?"),
                ("Sluit af", "Archiveer het team als het project klaar is."),
            ),
            tip(
                "Maak een regel in Outlook die mail waarin je alleen in cc staat naar een aparte map "
                "verplaatst. Je inbox blijft rustiger, en je leest de cc-mail wanneer het jou uitkomt."
            ),
            h2("Training"),
            p(
                "Er komt een training voor alle medewerkers die verder gaat dan vrijblijvende tips: "
                "hoe werken we als gemeente echt samen in Teams en SharePoint. Houd de "
                + page_link("west-betuwe-academie", "Academie")
                + " in de gaten."
            ),
            faq(
                (
                    "Mag ik documenten met persoonsgegevens in Teams zetten?",
                    "Alleen in een team met beperkte toegang, en alleen als het niet in het "
                    "zaaksysteem hoort. Twijfel je, vraag het de privacy-officer.",
                ),
                (
                    "Ik kan een bestand niet vinden dat een collega deelde.",
                    "Zoek in Teams bovenaan, of vraag je collega om de link via de chat te sturen.",
                ),
            ),
        ],
    ),
    Article(
        slug="algemene-wet-bestuursrecht",
        title="Algemene wet bestuursrecht (Awb): de basis",
        summary=(
            "De Algemene wet bestuursrecht (Awb) bepaalt hoe de gemeente besluiten neemt en hoe "
            "inwoners bezwaar maken. De basisbegrippen en termijnen die elke medewerker moet kennen."
        ),
        topics=("werkwijzen", "academie"),
        owner="emulder",
        team=PUBLIC_SERVICES,
        related=("inwerkprogramma", "academie-trainingsaanbod"),
        body=[
            p(
                "Of je nu vergunningen verleent, subsidies toekent of brieven aan inwoners schrijft: "
                "de <b>Algemene wet bestuursrecht</b> bepaalt de spelregels. Kennis van de Awb hoort "
                "bij de basiskennis van iedereen die bij de gemeente werkt."
            ),
            h2("Belangrijke begrippen"),
            h3("Besluit"),
            p(
                "Een schriftelijke beslissing van de gemeente met rechtsgevolg, zoals een vergunning "
                "of een afwijzing van een aanvraag. Tegen een besluit kan een belanghebbende bezwaar maken."
            ),
            h3("Zorgvuldigheid en motivering"),
            p(
                "De gemeente verzamelt de nodige kennis voordat ze besluit, en legt in het besluit uit "
                "waarom. Een goede motivering voorkomt veel bezwaarschriften."
            ),
            h3("Bezwaar"),
            p(
                "Wie het niet eens is met een besluit, kan binnen zes weken bezwaar maken. De gemeente "
                "heroverweegt het besluit dan, meestal na een hoorzitting."
            ),
            h2("Termijnen om te onthouden"),
            p(
                bullets(
                    "<b>beslistermijn op een aanvraag</b>: de termijn uit de wet, of anders een redelijke termijn van maximaal acht weken;",
                    "<b>bezwaartermijn</b>: zes weken na bekendmaking van het besluit;",
                    "<b>beslissen op bezwaar</b>: zes weken, of twaalf weken met een adviescommissie.",
                )
            ),
            warning(
                "Termijnen verschillen per wet. Check altijd de regeling waar je mee werkt, of vraag het team Juridische zaken."
            ),
            tip(
                "Schrijf een besluit in begrijpelijke taal. Een inwoner die het besluit snapt, maakt minder snel bezwaar."
            ),
            info("Er komt een basistraining Awb in de Academie, voor nieuwe en ervaren collega's."),
        ],
    ),
    Article(
        slug="projectmatig-en-programmatisch-werken",
        title="Projectmatig en programmatisch werken",
        summary=(
            "Wanneer maak je van iets een project, en wanneer een programma? Uitleg over de twee "
            "werkwijzen die we in West Betuwe gebruiken voor opgaven die over teams heen gaan."
        ),
        topics=("werkwijzen", "samen-west-betuws-werken"),
        owner="mjansen",
        team=COORDINATION_POINT,
        related=("model-voor-lerend-veranderen", "samen-west-betuws-werken"),
        body=[
            p(
                "Veel vraagstukken in de gemeente vragen om samenwerking tussen teams. We werken dan "
                "in projecten en programma's, naast het gewone werk in de lijn."
            ),
            h2("Project of programma?"),
            p(
                bullets(
                    "Een <b>project</b> levert een vooraf bepaald resultaat op, binnen tijd en budget. "
                    "Bijvoorbeeld: een nieuw dorpshuis, of een nieuw aanvraagformulier.",
                    "Een <b>programma</b> werkt aan een maatschappelijk doel dat je niet in één keer "
                    "bereikt, met een samenhangende reeks projecten en activiteiten. Bijvoorbeeld: "
                    "Samen West Betuws Werken zelf.",
                )
            ),
            h2("Zo start je goed"),
            steps(
                "",
                (
                    "Maak de opdracht helder",
                    "Wie is opdrachtgever, wat is het resultaat, wat mag het kosten?",
                ),
                ("Stel het team samen", "Denk ook aan collega's van andere teams en aan partners."),
                (
                    "Gebruik het Model voor Lerend Veranderen",
                    "Zie " + page_link("model-voor-lerend-veranderen", "het model") + ".",
                ),
                ("Leg besluiten vast", "Een korte besluitenlijst voorkomt veel discussie achteraf."),
            ),
            info("Trainingen projectmatig en programmatisch werken komen in de Academie."),
        ],
    ),
    Article(
        slug="timemanagement-en-werkdruk",
        title="Timemanagement en omgaan met werkdruk",
        summary=(
            "Veel collega's ervaren werkdruk. Praktische tips om je werk te ordenen, nee te zeggen "
            "en beter voor jezelf te zorgen, uit de gelijknamige training van de Academie."
        ),
        topics=("werkplezier", "academie"),
        owner="lvermeulen",
        team=COORDINATION_POINT,
        related=("mindfulness", "microsoft-365", "leercultuur"),
        body=[
            image("werkplezier", "", "Werkplezier begint bij goed voor jezelf zorgen."),
            p(
                "Hoge werkdruk is een van de redenen dat collega's geen ruimte voelen om te leren. "
                "Je kunt niet alles zelf oplossen, maar je hebt meer in de hand dan je denkt. Dat is "
                "ook wat deelnemers aan de training het vaakst als inzicht noemen."
            ),
            h2("Tips van collega's die de training volgden"),
            p(
                bullets(
                    "Maak je hoofd leeg door alles op één takenlijst te zetten.",
                    "Vraag jezelf bij elk verzoek af: ben ik degene die dit moet oppakken?",
                    "Zet mail waarin je alleen in cc staat automatisch in een aparte map.",
                    "Oefen met nee zeggen, respectvol en met uitleg.",
                    "Accepteer dat niet alles perfect hoeft.",
                )
            ),
            steps(
                "Je week plannen in vijftien minuten",
                ("Kijk terug", "Wat is blijven liggen, en waarom?"),
                ("Kies drie resultaten", "Wat moet er aan het eind van de week echt af zijn?"),
                ("Blok tijd", "Zet focustijd in je agenda, net als een afspraak."),
                ("Laat ruimte", "Plan maximaal zestig procent van je tijd vol."),
            ),
            warning(
                "Houdt de werkdruk aan, of slaap je er slecht van? Praat erover met je teamleider of "
                "met de bedrijfsarts. Werkdruk is geen persoonlijk falen."
            ),
        ],
    ),
    Article(
        slug="mindfulness",
        title="Mindfulness op het werk",
        summary=(
            "Mindfulness helpt je om met aandacht te werken en even afstand te nemen van de drukte. "
            "Drie korte oefeningen die je aan je bureau kunt doen."
        ),
        topics=("werkplezier",),
        owner="redacteur",
        team=COORDINATION_POINT,
        related=("timemanagement-en-werkdruk", "leercafe"),
        body=[
            p(
                "Mindfulness betekent: met aandacht aanwezig zijn in het moment, zonder meteen te "
                "oordelen. Het is geen zweverige techniek, maar een vaardigheid die je kunt trainen, "
                "net als presenteren. De workshop op het Leercafé was snel vol."
            ),
            h2("Drie oefeningen"),
            steps(
                "",
                (
                    "Drie minuten ademruimte",
                    "Merk op hoe je erbij zit, richt je aandacht op je adem en verbreed die dan naar je hele lichaam.",
                ),
                (
                    "Eén ding tegelijk",
                    "Lees een mail zonder tegelijk een ander venster open te hebben. Merk op hoe vaak je wilt wisselen.",
                ),
                ("Bewust lopen", "Loop naar de koffieautomaat en voel je voeten bij elke stap."),
            ),
            tip("Koppel een oefening aan een vast moment, zoals het opstarten van je laptop."),
            faq(
                (
                    "Komt er een training mindfulness?",
                    "We onderzoeken of we hem in de Academie opnemen. Laat het weten als je interesse hebt.",
                ),
            ),
        ],
    ),
    Article(
        slug="omgaan-met-emotie-en-agressie",
        title="Omgaan met emotie en agressie",
        summary=(
            "Aan de balie of aan de telefoon kun je te maken krijgen met boze of emotionele "
            "inwoners. Wat je kunt doen, wat je niet hoeft te accepteren en waar je terechtkunt."
        ),
        topics=("werkwijzen", "academie"),
        owner="emulder",
        team=PUBLIC_SERVICES,
        related=("feedback-geven-en-ontvangen", "west-betuwe-academie"),
        body=[
            p(
                "Inwoners die bij de gemeente aankloppen, zitten soms in een moeilijke situatie. "
                "Emotie is dan begrijpelijk. Agressie hoef je nooit te accepteren."
            ),
            h2("Emotie: erkennen en de-escaleren"),
            p(
                bullets(
                    "laat de ander uitpraten en vat samen wat je hoort;",
                    "benoem de emotie: 'Ik zie dat u hier erg van schrikt';",
                    "leg uit wat je wel kunt doen, en wat niet;",
                    "spreek een concrete volgende stap af.",
                )
            ),
            h2("Agressie: grenzen stellen"),
            steps(
                "",
                ("Benoem het gedrag", "'Als u blijft schreeuwen, beëindig ik dit gesprek.'"),
                ("Beëindig het gesprek", "Als het gedrag niet stopt. Je veiligheid gaat voor."),
                ("Haal hulp", "Gebruik de alarmknop aan de balie of roep een collega."),
                ("Meld het incident", "Altijd, ook als het goed afliep. Zo kunnen we maatregelen nemen."),
            ),
            warning(
                "Na een incident is opvang geregeld. Je teamleider neemt dezelfde dag contact met je op."
            ),
            info(
                "Voor collega's van de opvang van Oekraïense vluchtelingen is een basistraining "
                "ingekocht. We willen die training voor iedereen beschikbaar maken via de Academie."
            ),
        ],
    ),
]
