"""Articles about team development and leadership."""

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
from demo.content.organisation import COORDINATION_POINT, MANAGEMENT

ARTICLES = [
    Article(
        slug="teamontwikkeling",
        title="Teamontwikkeling: zo pak je het aan",
        summary=(
            "Na een pilot met zes teams en drie methodes kozen we Belbin teamrollen als instrument "
            "voor teamontwikkeling. Lees wat de pilot opleverde en hoe je team aan de slag kan."
        ),
        topics=("teamontwikkeling",),
        owner="redacteur",
        team=COORDINATION_POINT,
        related=("belbin-teamrollen", "teaming-kompas-en-teamwiel", "model-voor-lerend-veranderen"),
        body=[
            image("team", "", "Teamontwikkeling: elkaar beter leren kennen."),
            p(
                "Een team dat elkaar kent, werkt beter samen. Teamontwikkeling helpt je om helder te "
                "krijgen wat jullie ontwikkelopgave is, om elkaar beter te leren kennen en om het "
                "goede gesprek te voeren over hoe jullie samenwerken."
            ),
            h2("De pilot"),
            p(
                "Zes teams probeerden drie instrumenten uit: "
                + page_link("belbin-teamrollen", "Belbin teamrollen")
                + ", het "
                + page_link("teaming-kompas-en-teamwiel", "teaming kompas")
                + " (teampraktijk leren) en het teamwiel. Elk instrument moest zo in elkaar zitten dat we "
                "er een 'train de trainer' voor kunnen opzetten, zodat het coördinatiepunt het zelf "
                "kan aanbieden."
            ),
            p(
                "Alle drie de instrumenten hielpen teams om elkaar beter te leren kennen en het "
                "gesprek over samenwerken te openen. <b>Belbin teamrollen</b> sloot het best aan en is "
                "gekozen als vast instrument."
            ),
            h2("Wie is verantwoordelijk?"),
            p(
                "De teamontwikkeling zelf is van het team en de teamleider. Het coördinatiepunt "
                "levert het instrument, begeleidt de eerste sessie en denkt mee over het vervolg."
            ),
            steps(
                "Aan de slag als team",
                ("Teamleider en team bespreken de vraag", "Wat willen we bereiken? Waar lopen we tegenaan?"),
                ("Aanvragen bij het coördinatiepunt", "We plannen een intake met de teamleider."),
                (
                    "Vragenlijst invullen",
                    "Iedereen vult de Belbin-vragenlijst in; een paar collega's geven feedback op jou.",
                ),
                ("Teamsessie", "Een dagdeel waarin jullie de uitkomsten bespreken en afspraken maken."),
                ("Vervolg", "Na drie maanden kijken jullie terug op de afspraken."),
            ),
            info(
                "Een vraag die we nog onderzoeken: helpt het instrument ook bij de samenwerking "
                "tussen teams, en niet alleen binnen een team?"
            ),
        ],
    ),
    Article(
        slug="belbin-teamrollen",
        title="Belbin teamrollen",
        summary=(
            "Iedereen neemt in een team bepaalde rollen op zich. Het model van Belbin onderscheidt "
            "negen teamrollen. Ken je eigen rollen en die van je collega's, en benut de verschillen."
        ),
        topics=("teamontwikkeling",),
        owner="redacteur",
        team=COORDINATION_POINT,
        related=("teamontwikkeling", "feedback-geven-en-ontvangen"),
        body=[
            p(
                "De Britse onderzoeker Meredith Belbin zag dat succesvolle teams een goede mix van "
                "gedrag hebben. Hij beschreef negen <b>teamrollen</b>. Iedereen heeft een paar rollen "
                "die hem of haar goed liggen, en een paar die minder passen. Een team is sterk als de "
                "rollen elkaar aanvullen."
            ),
            image(
                "belbin",
                "Negen tegels met de teamrollen plant, brononderzoeker, voorzitter, vormer, monitor, "
                "groepswerker, bedrijfsman, afmaker en specialist.",
                "De negen teamrollen van Belbin.",
            ),
            h2("De negen rollen"),
            h3("Denkrollen"),
            p(
                bullets(
                    "<b>Plant</b>: creatief, komt met nieuwe ideeën;",
                    "<b>Monitor</b>: kritisch, weegt opties zorgvuldig af;",
                    "<b>Specialist</b>: brengt diepe vakkennis in.",
                )
            ),
            h3("Doerollen"),
            p(
                bullets(
                    "<b>Vormer</b>: zet vaart achter het werk, durft te duwen;",
                    "<b>Bedrijfsman</b>: maakt van ideeën een werkbaar plan;",
                    "<b>Afmaker</b>: let op details en deadlines.",
                )
            ),
            h3("Mensgerichte rollen"),
            p(
                bullets(
                    "<b>Voorzitter</b>: brengt mensen bij elkaar en verdeelt het werk;",
                    "<b>Groepswerker</b>: zorgt voor een goede sfeer en verbindt;",
                    "<b>Brononderzoeker</b>: legt contacten buiten het team.",
                )
            ),
            tip(
                "Ontbreekt er een rol in je team? Dat is geen ramp. Spreek af wie die rol bewust "
                "oppakt, bijvoorbeeld de afmaker bij een belangrijk besluit."
            ),
            warning(
                "Teamrollen zijn geen hokjes. Gebruik ze om elkaar te begrijpen, niet om iemand vast "
                "te zetten ('jij bent toch de afmaker?')."
            ),
        ],
    ),
    Article(
        slug="teaming-kompas-en-teamwiel",
        title="Teaming kompas en teamwiel",
        summary=(
            "Naast Belbin probeerden we in de pilot teamontwikkeling twee andere methodes: het teaming "
            "kompas en het teamwiel. Wanneer past welke methode?"
        ),
        topics=("teamontwikkeling",),
        owner="redacteur",
        team=COORDINATION_POINT,
        related=("teamontwikkeling", "belbin-teamrollen"),
        body=[
            p(
                "Belbin is ons vaste instrument, maar soms past een andere methode beter bij de vraag "
                "van een team. Twee methodes uit de pilot zetten we daarom nog in op maat."
            ),
            h2("Teaming kompas (teampraktijk leren)"),
            p(
                "Het teaming kompas richt zich op hoe een team samen leert in de praktijk. Je kijkt "
                "naar hoe jullie elkaar om hulp vragen, fouten bespreken en experimenteren. Geschikt "
                "voor teams die veel met nieuwe vraagstukken te maken hebben."
            ),
            h2("Teamwiel"),
            p(
                "Het teamwiel is een teamonderzoek aan de hand van factoren die bepalen of een team "
                "succesvol is, zoals een gedeeld doel, duidelijke rollen en onderling vertrouwen. "
                "Iedereen scoort het team, en de verschillen in scores geven gespreksstof."
            ),
            faq(
                (
                    "Welke methode past bij ons team?",
                    "Dat bepalen we samen in de intake. Als vuistregel: Belbin voor 'wie zijn we', het "
                    "kompas voor 'hoe leren we', het wiel voor 'waar staan we'.",
                ),
            ),
        ],
    ),
    Article(
        slug="managementontwikkeltraject-mot",
        title="Managementontwikkeltraject (MOT)",
        summary=(
            "In het managementontwikkeltraject (MOT) werkt het managementteam aan teamontwikkeling, "
            "vertrouwen en persoonlijk leiderschap. Wat is er gedaan en wat staat er op de agenda?"
        ),
        topics=("leiderschap", "samen-west-betuws-werken"),
        owner="pdekker",
        team=MANAGEMENT,
        related=("situationeel-leiderschap", "teamontwikkeling", "intervisie"),
        body=[
            image("leiderschap", "", "Leiderschap ontwikkel je samen."),
            p(
                "Samen West Betuws Werken vraagt ook iets van leidinggevenden. In het "
                "<b>managementontwikkeltraject (MOT)</b> geven teamleiders en managers samen vorm aan "
                "hun rol, al doende en als team."
            ),
            h2("De eerste fase"),
            p(
                "In vier ontwikkelbijeenkomsten en drie intervisiemomenten, online en op locatie, "
                "stonden deze vragen centraal:"
                + bullets(
                    "Waar komen we vandaan en waar staan we nu?",
                    "Wat vinden we belangrijk in onze samenwerking?",
                    "Wat zijn onze ontwikkelopgaven als team?",
                    "Wat brengt ieder mee vanuit persoonlijk leiderschap?",
                )
                + "De deelnemers groeiden vooral op teamontwikkeling en vertrouwen, en zetten een "
                "eerste stap in situationeel leiderschap en het vertellen van het veranderverhaal."
            ),
            h2("De tweede fase"),
            p(
                bullets(
                    page_link("situationeel-leiderschap", "situationeel leiderschap") + " in de praktijk;",
                    "samen optrekken van programmamanagement en lijnmanagement;",
                    "coachend en motiverend leiding geven aan teams in verandering;",
                    "opgavegericht werken en sturen op doelen en resultaten.",
                )
            ),
            info(
                "Nieuwe teamleiders stromen in bij de start van een fase, zodat het team van "
                "leidinggevenden de volgende stap samen zet."
            ),
        ],
    ),
    Article(
        slug="situationeel-leiderschap",
        title="Situationeel leiderschap",
        summary=(
            "Niet elke medewerker heeft in elke situatie dezelfde aansturing nodig. Situationeel "
            "leiderschap helpt leidinggevenden hun stijl af te stemmen op de taak en de persoon."
        ),
        topics=("leiderschap",),
        owner="pdekker",
        team=MANAGEMENT,
        related=("managementontwikkeltraject-mot", "feedback-geven-en-ontvangen"),
        body=[
            p(
                "Een nieuwe collega die voor het eerst een bezwaarschrift behandelt, heeft iets anders "
                "nodig dan een ervaren collega die dat al jaren doet. <b>Situationeel leiderschap</b> "
                "gaat uit van dat verschil: je past je stijl aan op hoe bekwaam en hoe gemotiveerd "
                "iemand is voor deze specifieke taak."
            ),
            h2("Vier stijlen"),
            p(
                bullets(
                    "<b>Instrueren</b>: duidelijke aanwijzingen en nauwe begeleiding, voor wie nog weinig ervaring heeft;",
                    "<b>Begeleiden</b>: uitleggen waarom en samen oplossingen zoeken, voor wie leert maar nog onzeker is;",
                    "<b>Steunen</b>: vertrouwen geven en meedenken, voor wie het kan maar twijfelt;",
                    "<b>Delegeren</b>: loslaten, voor wie de taak zelfstandig en met zin uitvoert.",
                )
            ),
            tip(
                "Vraag het de medewerker zelf: 'Hoeveel houvast wil je van mij bij deze klus?' Het "
                "antwoord is vaak verrassend duidelijk."
            ),
            faq(
                (
                    "Is dit alleen voor leidinggevenden?",
                    "Nee. Projectleiders en ervaren collega's die nieuwe collega's inwerken, hebben er "
                    "ook veel aan.",
                ),
            ),
        ],
    ),
    Article(
        slug="intervisie",
        title="Intervisie: leren van elkaars praktijk",
        summary=(
            "Bij intervisie bespreek je met een paar collega's een vraag uit je eigen werk. Een "
            "eenvoudige werkvorm in zes stappen om zelf mee te beginnen."
        ),
        topics=("leren-en-ontwikkelen", "leiderschap"),
        owner="mjansen",
        team=COORDINATION_POINT,
        related=("leercultuur", "experts-procesverbetering"),
        body=[
            p(
                "Intervisie is een gesprek met vier tot zes collega's over een vraag uit de praktijk "
                "van één van hen. Je geeft geen adviezen, maar helpt de inbrenger met vragen om zelf "
                "scherper te zien wat er speelt. De experts procesverbetering en het managementteam "
                "gebruiken het al; het werkt in elk team."
            ),
            steps(
                "Intervisie in zes stappen",
                ("Inbreng", "Iemand beschrijft kort een situatie waar hij of zij mee zit."),
                ("Verhelderen", "De anderen stellen alleen vragen om het te begrijpen."),
                ("Vraag scherpstellen", "De inbrenger formuleert zijn of haar echte vraag."),
                ("Doorvragen", "Open vragen die de inbrenger aan het denken zetten."),
                ("Inzichten", "De inbrenger vertelt wat hij of zij nu anders ziet."),
                ("Terugblik", "Hoe ging het gesprek? Wat nemen we mee?"),
            ),
            tip("Spreek af dat wat er gezegd wordt, in de groep blijft."),
        ],
    ),
]
