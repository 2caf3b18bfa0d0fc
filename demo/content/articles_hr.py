"""Articles about the HR conversation cycle, feedback, coaching and onboarding."""

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
from demo.content.organisation import COORDINATION_POINT, HR

ARTICLES = [
    Article(
        slug="hr-gesprekscyclus",
        title="De HR-gesprekscyclus",
        summary=(
            "Eén keer per jaar voer je met je teamleider een ontwikkelgesprek. Lees hoe de "
            "gesprekscyclus werkt, wat het oplevert en hoe de Academie erop aansluit."
        ),
        topics=("hr-gesprekscyclus", "leren-en-ontwikkelen"),
        owner="asmit",
        team=HR,
        related=("ontwikkelgesprek-voorbereiden", "het-goede-gesprek", "west-betuwe-academie"),
        body=[
            p(
                "In de <b>HR-gesprekscyclus</b> sta je samen met je teamleider stil bij je werk en je "
                "ontwikkeling. Het jaarlijkse ontwikkelgesprek is het hart van die cyclus. Het gaat "
                "over je talenten en hoe je die inzet, over wat er verandert in je vakgebied en in de "
                "organisatie, en over je wensen, ambities en levensfase."
            ),
            image(
                "gesprekscyclus",
                "Een cirkel met vijf stappen: voorbereiden, ontwikkelgesprek, afspraken vastleggen, "
                "leren en ontwikkelen, terugblikken.",
                "De HR-gesprekscyclus in vijf stappen.",
            ),
            h2("Waarom een ontwikkelgesprek?"),
            p(
                bullets(
                    "je blijft met plezier werken, en mismatches in de toekomst worden voorkomen;",
                    "je maakt afspraken op maat over je ontwikkeling;",
                    "de organisatie ziet welke behoeften er leven, zodat de "
                    + page_link("west-betuwe-academie", "Academie")
                    + " het juiste aanbod heeft.",
                )
            ),
            h2("Het jaar rond"),
            steps(
                "",
                (
                    "Voorbereiden",
                    "Zie "
                    + page_link("ontwikkelgesprek-voorbereiden", "je ontwikkelgesprek voorbereiden")
                    + ".",
                ),
                ("Het gesprek", "Je teamleider plant het gesprek; reken op een uur."),
                ("Afspraken vastleggen", "Jullie leggen de ontwikkelafspraken samen vast."),
                (
                    "Leren en ontwikkelen",
                    "Je gaat aan de slag: een training, een stage bij een ander team, coaching.",
                ),
                ("Terugblikken", "Halverwege het jaar kijk je kort terug: lopen de afspraken nog?"),
            ),
            info(
                "In de eerste ronde voerden alle teamleiders een ontwikkelgesprek met al hun "
                "medewerkers. De overkoepelende thema's werden de basis voor het aanbod van de Academie."
            ),
            h2("Je eigen regie"),
            p(
                "Je bent zelf verantwoordelijk voor je ontwikkeling en je loopbaan, en dus ook voor een "
                + page_link("ontwikkelgesprek-voorbereiden", "goede voorbereiding")
                + " van het gesprek. Dat vraagt "
                "openheid en zelfreflectie, en dat is niet voor iedereen vanzelfsprekend. Daarom "
                "zijn er trainingen over "
                + page_link("het-goede-gesprek", "het goede gesprek")
                + " en is er "
                + page_link("loopbaancoaching", "loopbaancoaching")
                + "."
            ),
        ],
    ),
    Article(
        slug="ontwikkelgesprek-voorbereiden",
        title="Je ontwikkelgesprek voorbereiden",
        summary=(
            "Een goed ontwikkelgesprek begint bij een goede voorbereiding. Met deze vragen en tips "
            "ga je goed beslagen het gesprek met je teamleider in."
        ),
        topics=("hr-gesprekscyclus",),
        owner="asmit",
        team=HR,
        related=("hr-gesprekscyclus", "het-goede-gesprek", "feedback-geven-en-ontvangen"),
        body=[
            p(
                "Het ontwikkelgesprek is jouw gesprek. Hoe beter je weet wat je wilt bespreken, hoe "
                "meer je eraan hebt. Neem er een half uur voor, een week voor het gesprek."
            ),
            h2("Vragen om over na te denken"),
            p(
                bullets(
                    "Waar haalde ik het afgelopen jaar energie uit, en wat kostte energie?",
                    "Waar ben ik goed in, en weten mijn collega's dat?",
                    "Wat verandert er in mijn vakgebied, en wat moet ik daarvoor leren?",
                    "Waar wil ik over drie jaar staan?",
                    "Wat heb ik van mijn teamleider nodig?",
                )
            ),
            steps(
                "Zo bereid je je voor",
                ("Kijk terug", "Pak de afspraken van vorig jaar erbij. Wat is gelukt?"),
                ("Vraag feedback", "Vraag twee collega's wat zij als jouw kwaliteit zien."),
                ("Kies twee of drie onderwerpen", "Liever een paar onderwerpen goed dan alles half."),
                ("Blader door de Academie", "Kijk welke trainingen passen bij je wensen."),
            ),
            tip(
                "Schrijf je belangrijkste punt vooraf op en stuur het naar je teamleider. Dan kan die "
                "zich ook voorbereiden."
            ),
            faq(
                (
                    "Wat als ik het niet eens ben met mijn teamleider?",
                    "Zeg het in het gesprek en leg uit waarom. Kom je er samen niet uit, dan kun je HR "
                    "om advies vragen.",
                ),
                (
                    "Is het ontwikkelgesprek een beoordeling?",
                    "Nee. Het gaat over je ontwikkeling, niet over een oordeel over je functioneren.",
                ),
            ),
        ],
    ),
    Article(
        slug="het-goede-gesprek",
        title="Het goede gesprek",
        summary=(
            "In de workshop 'het goede gesprek' oefen je met open en eerlijke gesprekken over "
            "ontwikkeling, voor medewerkers en leidinggevenden. Bijna 150 collega's gingen je voor."
        ),
        topics=("hr-gesprekscyclus", "leren-en-ontwikkelen"),
        owner="asmit",
        team=HR,
        related=("feedback-geven-en-ontvangen", "ontwikkelgesprek-voorbereiden"),
        body=[
            image("gesprek", "", "Een goed gesprek begint met echt luisteren."),
            p(
                "Een goed gesprek over ontwikkeling gaat verder dan een lijstje afspraken. Het gaat "
                "over wat je drijft, wat je lastig vindt en wat je nodig hebt. Dat vraagt iets van "
                "beide kanten: openheid van de medewerker en nieuwsgierigheid van de leidinggevende."
            ),
            h2("De workshop"),
            p(
                "Ter voorbereiding op de ontwikkelgesprekken organiseerden we achttien workshops, "
                "waarvan drie online. Bijna 150 collega's deden mee. In de workshop oefen je met "
                "open vragen stellen, doorvragen en samenvatten, en met het bespreken van wensen die "
                "niet meteen in te vullen zijn."
            ),
            h3("Waar collega's meer over willen leren"),
            p(
                "Uit de evaluatie bleek dat collega's graag verder willen met:"
                + bullets(
                    page_link("feedback-geven-en-ontvangen", "feedback geven en ontvangen"),
                    "assertiviteit en grenzen aangeven",
                    "omgaan met belemmerende gedachten",
                    page_link("timemanagement-en-werkdruk", "timemanagement"),
                    "je kwaliteiten kennen en inzetten",
                )
            ),
            tip(
                "Een goede openingsvraag: 'Waar ben je het afgelopen jaar trots op?' Het zet de toon "
                "voor de rest van het gesprek."
            ),
            info(
                "Nieuwe collega's die na de laatste ronde zijn begonnen, kunnen de workshop volgen via "
                "de Academie. Er zijn ook opfrisworkshops."
            ),
        ],
    ),
    Article(
        slug="feedback-geven-en-ontvangen",
        title="Feedback geven en ontvangen",
        summary=(
            "Feedback helpt je en je collega's om te groeien, als je het goed doet. Een eenvoudig "
            "model in vier stappen, en tips om feedback te ontvangen zonder in de verdediging te schieten."
        ),
        topics=("hr-gesprekscyclus", "teamontwikkeling"),
        owner="asmit",
        team=HR,
        related=("het-goede-gesprek", "belbin-teamrollen", "leercultuur"),
        body=[
            p(
                "Feedback is informatie over hoe jouw gedrag op een ander overkomt. Het is geen "
                "oordeel over wie je bent. Goede feedback is concreet, op tijd en goed bedoeld."
            ),
            h2("Feedback geven in vier stappen"),
            steps(
                "",
                (
                    "Waarneming",
                    "Beschrijf wat je zag of hoorde, zonder interpretatie: 'In het overleg van vanochtend onderbrak je Sanne twee keer.'",
                ),
                (
                    "Effect",
                    "Vertel wat het met jou of het werk deed: 'Daardoor kwam haar voorstel niet goed uit de verf.'",
                ),
                (
                    "Vraag of wens",
                    "Zeg wat je graag anders ziet: 'Ik zou willen dat je haar eerst laat uitpraten.'",
                ),
                ("Check", "Vraag hoe de ander het ziet: 'Herken je dat?'"),
            ),
            h2("Feedback ontvangen"),
            p(
                bullets(
                    "luister tot het einde en vraag door als iets niet duidelijk is;",
                    "bedank de ander: het kost moed om feedback te geven;",
                    "je hoeft het niet meteen eens te zijn; neem de tijd om erover na te denken;",
                    "vraag zelf om feedback, dan wordt het gewoon.",
                )
            ),
            tip(
                "Geef ook positieve feedback, net zo concreet. 'Goed gedaan' zegt minder dan 'je samenvatting maakte het besluit makkelijk'."
            ),
            warning(
                "Geef feedback niet via de mail of de chat als het gevoelig ligt. Loop even langs of bel."
            ),
        ],
    ),
    Article(
        slug="loopbaancoaching",
        title="Loopbaancoaching",
        summary=(
            "Twijfel je over je volgende stap, of wil je ontdekken waar je energie van krijgt? Met "
            "loopbaancoaching onderzoek je in een paar gesprekken je mogelijkheden. Vertrouwelijk."
        ),
        topics=("leren-en-ontwikkelen",),
        owner="mjansen",
        team=COORDINATION_POINT,
        related=("ontwikkelgesprek-voorbereiden", "coordinatiepunt-lerende-organisatie"),
        body=[
            p(
                "Een loopbaancoach helpt je om scherp te krijgen wat je wilt en wat je kunt. Dat kan "
                "gaan over een volgende stap binnen de gemeente, over een andere invulling van je "
                "huidige functie, of over werk en privé in balans brengen."
            ),
            h2("Wat kun je verwachten?"),
            p(
                bullets(
                    "een kennismakingsgesprek om je vraag helder te krijgen;",
                    "drie tot vijf gesprekken met een coach;",
                    "opdrachten om tussen de gesprekken mee aan de slag te gaan;",
                    "een afrondend gesprek, eventueel met je teamleider erbij als jij dat wilt.",
                )
            ),
            steps(
                "Aanvragen",
                ("Neem contact op met het coördinatiepunt", "Een korte mail met je vraag is genoeg."),
                ("Kennismaking", "We bespreken je vraag en kiezen een coach die erbij past."),
                ("Start", "Je plant de gesprekken zelf met de coach, onder werktijd."),
            ),
            info(
                "Wat je met de coach bespreekt, blijft tussen jou en de coach. Je teamleider hoort "
                "alleen dat je coaching volgt als jij dat zelf vertelt."
            ),
        ],
    ),
    Article(
        slug="inwerkprogramma",
        title="Inwerkprogramma voor nieuwe collega's",
        summary=(
            "Welkom bij de gemeente West Betuwe! Wat je in je eerste dag, week en maanden kunt "
            "verwachten, en wie je waarmee helpt."
        ),
        topics=("nieuwe-collegas", "leren-en-ontwikkelen"),
        owner="asmit",
        team=HR,
        related=("samen-west-betuws-werken", "microsoft-365", "algemene-wet-bestuursrecht"),
        body=[
            p(
                "Een goede start maakt veel verschil. Met het inwerkprogramma leer je de organisatie, "
                "je team en je werk kennen, in een tempo dat bij je past. Je teamleider en een vaste "
                "buddy uit je team begeleiden je."
            ),
            h2("Je eerste dag"),
            p(
                bullets(
                    "ontvangst door je teamleider en je buddy;",
                    "laptop, telefoon en toegangspas ophalen bij de servicebalie;",
                    "een rondleiding door het gemeentehuis;",
                    "lunch met je team.",
                )
            ),
            h2("Je eerste weken"),
            steps(
                "",
                (
                    "Lees over Samen West Betuws Werken",
                    "Begin bij " + page_link("samen-west-betuws-werken", "wat SWBW is") + ".",
                ),
                (
                    "Richt je digitale werkplek in",
                    "Zie " + page_link("microsoft-365", "Microsoft 365: Teams en SharePoint") + ".",
                ),
                (
                    "Maak kennis met andere teams",
                    "Plan met je buddy vijf korte kennismakingen buiten je eigen team.",
                ),
                (
                    "Volg de basistraining Awb",
                    "Voor iedereen die met besluiten te maken heeft; zie "
                    + page_link("algemene-wet-bestuursrecht", "Algemene wet bestuursrecht")
                    + ".",
                ),
                ("Evalueer na zes weken", "Je bespreekt met je teamleider hoe de start ging."),
            ),
            h2("Na drie maanden"),
            p(
                "Je voert je eerste ontwikkelgesprek en kiest samen met je teamleider trainingen uit "
                "de Academie. Ook word je uitgenodigd voor een welkomstbijeenkomst met de directie."
            ),
            tip("Vragen staat vrij, ook na maanden nog. Niemand verwacht dat je alles meteen weet."),
            faq(
                (
                    "Wie is mijn buddy?",
                    "Je teamleider koppelt je in je eerste week aan een ervaren collega uit je team.",
                ),
                (
                    "Ik werk parttime. Duurt het inwerken dan langer?",
                    "Het programma schuift mee met je werkdagen. Bespreek het tempo met je teamleider.",
                ),
            ),
        ],
    ),
]
