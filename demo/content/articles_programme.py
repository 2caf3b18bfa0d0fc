"""Articles about the programme itself and the coordination point."""

from demo.content.build import (
    Article,
    bullets,
    document,
    document_link,
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
from demo.content.organisation import COMMUNICATION, COORDINATION_POINT

VIDEO_MODEL_INTRO = "https://www.youtube.com/watch?v=bDg8qKv7RT0"
VIDEO_MODEL_STEPS = "https://www.youtube.com/watch?v=emhtVhzfSH8"

ARTICLES = [
    Article(
        slug="samen-west-betuws-werken",
        title="Wat is Samen West Betuws Werken?",
        summary=(
            "Samen West Betuws Werken (SWBW) is de verzamelnaam voor hoe we in onze jonge gemeente "
            "werken, leren en verbeteren. Hier lees je wat het programma inhoudt en wat het voor jou betekent."
        ),
        topics=("samen-west-betuws-werken", "werkwijzen"),
        owner="mjansen",
        team=COORDINATION_POINT,
        related=("model-voor-lerend-veranderen", "coordinatiepunt-lerende-organisatie", "nieuwsbrief-swbw"),
        body=[
            image("swbw", "", "Samen West Betuws Werken: één noemer voor leren en verbeteren."),
            p(
                "West Betuwe is een jonge gemeente, ontstaan uit drie gemeenten met elk hun eigen "
                "gewoonten. <b>Samen West Betuws Werken</b> is de naam die we geven aan de manier "
                "waarop we nu samen werken: met de inwoner als vertrekpunt, met ruimte om te leren en "
                "met het lef om werkwijzen te verbeteren."
            ),
            h2("Eén programma, veel onderdelen"),
            p(
                "Onder SWBW vallen alle initiatieven die onze organisatie helpen ontwikkelen. Ze staan "
                "niet los van elkaar: wat je leert in een training, gebruik je in je team, en wat een "
                "team verbetert, delen we met de rest van de organisatie."
                + bullets(
                    page_link("model-voor-lerend-veranderen", "het Model voor Lerend Veranderen"),
                    page_link("leercafe", "het jaarlijkse Leercafé")
                    + " en "
                    + page_link("netwerkdag", "de NetWerkdag"),
                    page_link("procesverbetering-lean", "procesverbetering met lean"),
                    page_link("hr-gesprekscyclus", "de HR-gesprekscyclus"),
                    page_link("teamontwikkeling", "teamontwikkeling"),
                    page_link("managementontwikkeltraject-mot", "het managementontwikkeltraject (MOT)"),
                    page_link("west-betuwe-academie", "de West Betuwe Academie"),
                )
            ),
            h2("Wat betekent het voor jou?"),
            p(
                "SWBW is geen project dat je er even bij doet. Het gaat over je dagelijkse werk: "
                "hoe je een overleg voert, hoe je een proces inricht, hoe je "
                + page_link("projectmatig-en-programmatisch-werken", "met collega's van andere teams optrekt")
                + " en hoe je werkt aan je eigen ontwikkeling."
            ),
            tip(
                "Twijfel je bij welk onderdeel jouw vraag hoort? Stel hem gewoon aan het "
                + page_link("coordinatiepunt-lerende-organisatie", "Coördinatiepunt Lerende Organisatie")
                + ". Zij brengen je in contact met de juiste collega."
            ),
            h2("Wie zit erachter?"),
            p(
                "Het programma wordt gedragen door projectleiders per onderdeel en door het "
                + page_link("coordinatiepunt-lerende-organisatie", "coördinatiepunt")
                + ", dat de onderdelen samenbrengt en borgt in de organisatie. Het managementteam is "
                "opdrachtgever. Wat er speelt, lees je elke maand in de "
                + page_link("nieuwsbrief-swbw", "nieuwsbrief")
                + "."
            ),
            faq(
                (
                    "Is SWBW een verplicht programma?",
                    "Het is geen cursus die je afvinkt. Wel verwachten we van iedereen dat je meedenkt "
                    "over beter werken en dat je met je teamleider afspraken maakt over je ontwikkeling.",
                ),
                (
                    "Hoe blijf ik op de hoogte?",
                    "Lees de " + page_link("nieuwsbrief-swbw", "maandelijkse nieuwsbrief") + " en kom "
                    "naar het Leercafé en de NetWerkdag.",
                ),
            ),
        ],
    ),
    Article(
        slug="model-voor-lerend-veranderen",
        title="Model voor Lerend Veranderen",
        summary=(
            "Het Model voor Lerend Veranderen is een interactieve PDF die (project)teams stap voor stap "
            "helpt bij een goede start. Download het model en bekijk de instructievideo's."
        ),
        topics=("samen-west-betuws-werken", "werkwijzen", "teamontwikkeling"),
        owner="mjansen",
        team=COORDINATION_POINT,
        related=("samen-west-betuws-werken", "projectmatig-en-programmatisch-werken", "teamontwikkeling"),
        body=[
            image(
                "lerend-veranderen",
                "",
                "Het model begeleidt een team door de opbouwfase van een project.",
            ),
            p(
                "Begin je met een nieuw project, een nieuw initiatief of een nieuwe samenwerking? Pak "
                "dan het <b>Model voor Lerend Veranderen</b> erbij. Het is een interactieve PDF met "
                "vakken die je als team samen invult. Zo sta je aan het begin stil bij de vragen die "
                "later vaak voor vertraging zorgen: waarom doen we dit, wie hebben we nodig en wat "
                "willen we onderweg leren?"
            ),
            document("model-lerend-veranderen", "Download het Model voor Lerend Veranderen (PDF)"),
            h2("Wanneer gebruik je het model?"),
            p(
                "Het model werkt het best in de opbouwfase: als het team net is samengesteld en de "
                "opdracht nog vorm krijgt. Teams die het zo gebruiken, vertellen dat het model hen "
                "goed door het proces leidt. Later in een project is het nog steeds bruikbaar, "
                "bijvoorbeeld om bij een mijlpaal terug te kijken."
            ),
            h2("Zo vul je het model in"),
            steps(
                "Het model in vijf stappen",
                (
                    "Plan een startbijeenkomst",
                    "Reserveer anderhalf uur met het hele team, inclusief de opdrachtgever.",
                ),
                ("Bekijk de instructievideo", "De tweede video hieronder loopt alle vakken met je door."),
                (
                    "Vul de vakken samen in",
                    "Begin bij de aanleiding en werk naar de terugblik toe. Noteer ook waar je het nog niet over eens bent.",
                ),
                ("Maak afspraken", "Spreek af bij welke mijlpalen je het model opnieuw openzet."),
                (
                    "Deel wat je leert",
                    "Stuur je ingevulde model of je belangrijkste lessen naar het coördinatiepunt.",
                ),
            ),
            h2("Instructievideo's"),
            video(VIDEO_MODEL_INTRO, "Het Model voor Lerend Veranderen: uitleg"),
            video(VIDEO_MODEL_STEPS, "Stap voor stap: zo vul je elk vak van het model in"),
            tip(
                "Laat het model niet door één persoon invullen. Juist het gesprek over de vakken "
                "maakt het waardevol."
            ),
            h2("Wat we tot nu toe leerden"),
            p(
                "Projectteams van SWBW werken al met het model en zijn er enthousiast over. Tegelijk "
                "kent nog niet iedereen het. Daarom koppelen we het model steeds vaker aan het begin "
                "van een project, zodat het een logisch moment wordt om het te gebruiken."
            ),
            faq(
                (
                    "Moeten we het model printen?",
                    "Dat mag, maar het hoeft niet. Download "
                    + document_link("model-lerend-veranderen", "het model")
                    + ", vul het samen in op een groot scherm en bewaar het in de SharePoint-omgeving "
                    "van je project, zodat het hele team erbij kan.",
                ),
                (
                    "Wij zijn al halverwege ons project. Heeft het nog zin?",
                    "Zeker. Gebruik de vakken dan als terugblik: wat hadden we bij de start willen "
                    "afspreken, en wat spreken we nu alsnog af?",
                ),
                (
                    "Wie kan ons helpen bij de eerste keer?",
                    "Een adviseur van het coördinatiepunt begeleidt graag je startbijeenkomst.",
                ),
            ),
        ],
    ),
    Article(
        slug="nieuwsbrief-swbw",
        title="Nieuwsbrief Samen West Betuws Werken",
        summary=(
            "Elke maand verschijnt de nieuwsbrief van SWBW met successen, oproepen en nieuws uit de "
            "projecten. Lees eerdere edities terug of lever zelf een bijdrage aan."
        ),
        topics=("samen-west-betuws-werken",),
        owner="kbos",
        team=COMMUNICATION,
        related=("samen-west-betuws-werken", "leercafe"),
        review_in_days=-30,
        body=[
            p(
                "Met de nieuwsbrief nemen we je elke maand mee in wat er gebeurt binnen Samen West "
                "Betuws Werken. Zo weet je wat er speelt en kun je zelf de regie nemen over je "
                "ontwikkeling. Elke editie opent met een voorwoord van een bestuurder of een "
                "projectleider."
            ),
            h2("Wat staat erin?"),
            p(
                bullets(
                    "successen uit de projecten, zoals een verbeterd werkproces;",
                    "informatie over trainingen van de Academie en het Leercafé;",
                    "oproepen voor werkgroepen, pilots en denktanks;",
                    "een verspilling van de maand, uitgelegd met een voorbeeld uit ons eigen werk.",
                )
            ),
            h2("Eerdere edities"),
            p(
                bullets(
                    '<a href="https://gemeente-west-betuwe.email-provider.nl/web/c8pc4mmkoi/vss0yqfwhd">Nieuwsbrief februari 2022</a>',
                    '<a href="https://gemeente-west-betuwe.email-provider.nl/web/c8pc4mmkoi/a1jd3gmdti">Nieuwsbrief maart 2022</a>',
                    '<a href="https://gemeente-west-betuwe.email-provider.nl/web/c8pc4mmkoi/p7hh73qezz">Nieuwsbrief mei 2022</a>',
                    '<a href="https://gemeente-west-betuwe.email-provider.nl/web/c8pc4mmkoi/1raxaogq2p">Nieuwsbrief juni 2022</a>',
                )
            ),
            steps(
                "Zelf iets in de nieuwsbrief?",
                ("Kies je onderwerp", "Een succes, een vraag aan collega's of iets wat je geleerd hebt."),
                ("Schrijf een korte tekst", "Maximaal 200 woorden, het liefst met een foto."),
                ("Stuur het naar Communicatie", "Uiterlijk de tweede maandag van de maand."),
            ),
            info("De nieuwsbrief komt in je mailbox. Mis je hem? Vraag Communicatie om je toe te voegen."),
        ],
    ),
    Article(
        slug="leercafe",
        title="Het Leercafé",
        summary=(
            "Het Leercafé is onze jaarlijkse leerdag met workshops van en voor collega's. In 2022 "
            "kozen 171 collega's uit 17 workshops en gaven ze het aanbod gemiddeld een 7,7."
        ),
        topics=("samen-west-betuws-werken", "leren-en-ontwikkelen"),
        owner="redacteur",
        team=COORDINATION_POINT,
        related=("netwerkdag", "zes-denkhoeden", "acht-verspillingen"),
        review_in_days=5,
        body=[
            image("leercafe", "", "Het Leercafé: een dag lang leren met collega's."),
            p(
                "Eén keer per jaar maken we ruimte om samen te leren: het <b>Leercafé</b>. Je kiest "
                "workshops die aansluiten bij je werk of je nieuwsgierigheid, en je ontmoet collega's "
                "die je anders niet zo snel spreekt. Leren is bij ons geen extraatje, maar hoort bij "
                "je werk."
            ),
            h2("Zo kwam het programma tot stand"),
            p(
                "Een werkgroep van collega's stelde het programma samen. In denktanks haalden zij "
                "ideeën op en ze keken naar de ontwikkelwensen uit de ontwikkelgesprekken. Zo sluit "
                "het aanbod aan bij wat collega's zelf willen leren."
            ),
            h2("Het Leercafé van 10 maart 2022"),
            p(
                "Er waren 17 workshops, van praktisch tot creatief. Een greep uit het aanbod:"
                + bullets(
                    "Efficiënt en met plezier vergaderen",
                    "Scrummen voor dummies",
                    page_link("zes-denkhoeden", "De Zes Denkhoeden"),
                    "Design Thinking en effectiever brainstormen",
                    "Visueel werken en creatief schrijven",
                    "Zicht op je kwaliteiten",
                    page_link("timemanagement-en-werkdruk", "Timemanagement"),
                    page_link("mindfulness", "Mindfulness"),
                    "Werken met dronebeelden",
                    page_link("acht-verspillingen", "Het grote verspillingenspel (basis lean)"),
                )
            ),
            h3("In cijfers"),
            p(bullets("17 workshops", "171 deelnemende collega's", "gemiddeld rapportcijfer 7,7")),
            p(
                "Deelnemers noemden vooral de goede organisatie, de lunch en de fijne locaties. Veel "
                "collega's vonden het vooral prettig om elkaar weer eens te zien en in korte tijd "
                "verschillende methodes te proeven."
            ),
            tip("Schrijf na afloop op wat je de volgende dag anders gaat doen. Dan beklijft het beter."),
            faq(
                (
                    "Wanneer is het volgende Leercafé?",
                    "De datum staat in de nieuwsbrief en op de startpagina van het intranet zodra het "
                    "programma klaar is.",
                ),
                (
                    "Kan ik zelf een workshop geven?",
                    "Graag! Meld je bij het coördinatiepunt; de werkgroep neemt contact met je op.",
                ),
                (
                    "Telt een dag Leercafé als werktijd?",
                    "Ja. Bespreek wel met je team hoe het werk die dag doorgaat.",
                ),
            ),
        ],
    ),
    Article(
        slug="netwerkdag",
        title="De NetWerkdag",
        summary=(
            "Op de NetWerkdag fietsen collega's langs projecten in de gemeente om te zien wat anderen "
            "doen. Een dag over ontmoeten, verbinden, bewegen en kennis delen."
        ),
        topics=("samen-west-betuws-werken", "leren-en-ontwikkelen"),
        owner="redacteur",
        team=COORDINATION_POINT,
        related=("leercafe", "samen-west-betuws-werken"),
        review_in_days=-75,
        body=[
            image("netwerkdag", "", "Op de NetWerkdag ontmoet je collega's op locatie."),
            p(
                "Weet jij wat je collega's van Ruimtelijke ontwikkeling in Geldermalsen doen, of hoe "
                "Publiekszaken een drukke ochtend aanpakt? Op de <b>NetWerkdag</b> ga je het zien. In "
                "groepjes fiets je langs projecten in de gemeente, waar collega's vertellen waar ze "
                "aan werken."
            ),
            h2("Vier thema's"),
            p(
                bullets(
                    "<b>Ontmoeten</b>: collega's van andere teams leren kennen;",
                    "<b>Verbinden</b>: zien waar jouw werk en dat van anderen elkaar raken;",
                    "<b>Bewegen</b>: een dag op de fiets in plaats van achter je scherm;",
                    "<b>Kennis delen</b>: elkaar inspireren en helpen.",
                )
            ),
            h2("Organisatie"),
            p(
                "Een werkgroep van collega's organiseert de dag, samen met het coördinatiepunt. De "
                "NetWerkdag van 2022 vond plaats op 29 september."
            ),
            warning(
                "Fiets je liever niet? Geef het aan bij je aanmelding; er is altijd een route met vervoer."
            ),
        ],
    ),
    Article(
        slug="coordinatiepunt-lerende-organisatie",
        title="Coördinatiepunt Lerende Organisatie",
        summary=(
            "Het Coördinatiepunt Lerende Organisatie zorgt dat leren en ontwikkelen structureel "
            "geregeld is. Lees welke vier rollen het coördinatiepunt heeft en waarvoor je er terecht kunt."
        ),
        topics=("samen-west-betuws-werken", "leren-en-ontwikkelen"),
        owner="mjansen",
        team=COORDINATION_POINT,
        related=("leercultuur", "west-betuwe-academie", "loopbaancoaching"),
        body=[
            p(
                "Het coördinatiepunt is de spil van Samen West Betuws Werken. Het verbindt wat "
                "medewerkers nodig hebben met wat de organisatie en de samenleving van ons vragen. "
                "Het doel: jij hebt de regie over je eigen ontwikkeling, en de organisatie ondersteunt "
                "je daarbij."
            ),
            image(
                "coordinatiepunt",
                "Vier vlakken: faciliteren, coördineren, samenwerken en aanjagen.",
                "De vier rollen van het coördinatiepunt.",
            ),
            h2("De vier rollen"),
            h3("Faciliteren"),
            p(
                "Een passend ontwikkelaanbod dat steeds meegroeit: de "
                + page_link("west-betuwe-academie", "Academie")
                + ", (loopbaan)coaching, leercafés en deze kennisbank."
            ),
            h3("Coördineren"),
            p(
                "De werkmethoden van SWBW inbedden, evalueren en verbeteren, zoals procesverbetering "
                "(lean), projectmatig en programmatisch werken en datagedreven werken."
            ),
            h3("Samenwerken"),
            p(
                "Behoeften van medewerkers en ontwikkelingen van buiten ophalen en koppelen, met "
                "input uit ontwikkelgesprekken, strategische personeelsplanning, leerambassadeurs en "
                "het netwerk van partners."
            ),
            h3("Aanjagen"),
            p(
                "Een "
                + page_link("leercultuur", "leercultuur")
                + " en een wendbare organisatie stimuleren, met "
                + page_link("intervisie", "intervisie")
                + ", kennisdeling en een "
                + page_link("inwerkprogramma", "inwerkprogramma")
                + " voor nieuwe collega's."
            ),
            h2("Waarvoor kun je bij ons terecht?"),
            p(
                bullets(
                    "vragen over je ontwikkeling of loopbaan;",
                    "advies over leren en ontwikkelen in een nieuw project;",
                    "een workshop of intervisie voor je team;",
                    "ideeën voor het Leercafé of de Academie.",
                )
            ),
            tip(
                "Liever eerst even sparren? Plan een kop koffie met een van de adviseurs van het coördinatiepunt."
            ),
            info(
                "Het coördinatiepunt werkt aan een leermanagementsysteem, zodat al het "
                "ontwikkelaanbod op één plek te vinden en te registreren is."
            ),
        ],
    ),
    Article(
        slug="leercultuur",
        title="Werken aan een leercultuur",
        summary=(
            "Leren hoort bij je werk, niet erbovenop. Wat verstaan we onder een West Betuwse "
            "leercultuur, en wat kun je als team doen om ruimte te maken voor ontwikkeling?"
        ),
        topics=("leren-en-ontwikkelen", "samen-west-betuws-werken"),
        owner="mjansen",
        team=COORDINATION_POINT,
        related=("coordinatiepunt-lerende-organisatie", "timemanagement-en-werkdruk", "intervisie"),
        body=[
            p(
                "Collega's waarderen het ontwikkelaanbod, maar zeggen ook eerlijk dat de werkdruk in "
                "de weg zit. Op korte termijn voelt leren als extra werk. Op langere termijn maakt het "
                "je werk juist lichter. Een leercultuur betekent dat we die afweging bewust en samen "
                "maken."
            ),
            h2("Kenmerken van een leercultuur"),
            p(
                bullets(
                    "fouten bespreken we om ervan te leren, niet om schuld te zoeken;",
                    "we vragen elkaar om feedback, ook aan de teamleider;",
                    "kennis die je opdoet, deel je met je team;",
                    "tijd voor ontwikkeling staat in de planning, net als ander werk.",
                )
            ),
            h2("Aan de slag in je team"),
            steps(
                "Vier kleine stappen",
                (
                    "Begin het teamoverleg met een leermoment",
                    "Eén collega vertelt in vijf minuten wat hij of zij deze maand leerde.",
                ),
                (
                    "Plan leertijd in",
                    "Spreek per kwartaal af wie welke training volgt en hoe het werk dan doorgaat.",
                ),
                (
                    "Organiseer intervisie",
                    "Zie " + page_link("intervisie", "intervisie") + " voor een eenvoudige werkvorm.",
                ),
                ("Vier wat lukt", "Deel een geslaagde verbetering in de nieuwsbrief."),
            ),
            warning(
                "Ervaar je structureel geen ruimte om te leren? Bespreek het met je teamleider. "
                "Die bewaakt samen met het team de balans tussen werk en ontwikkeling."
            ),
        ],
    ),
]
