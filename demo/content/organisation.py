"""Teams and demo accounts of the municipality (invented people, real team names)."""

from demo.content.build import Account
from people.groups import EDITORS, EMPLOYEES

# Dev-only password of every demo account; printed by `load_demo_content`.
DEMO_PASSWORD = "samen-leren"

COORDINATION_POINT = "Coördinatiepunt Lerende Organisatie"
HR = "HR"
COMMUNICATION = "Communicatie"
PUBLIC_SERVICES = "Publiekszaken"
SPATIAL = "Ruimtelijke ontwikkeling"
INFORMATION = "Informatievoorziening"
FINANCE = "Financiën en control"
SOCIAL = "Sociaal domein"
MANAGEMENT = "Managementteam"

# (name, department)
TEAMS = [
    (COORDINATION_POINT, "Bedrijfsvoering"),
    (HR, "Bedrijfsvoering"),
    (COMMUNICATION, "Bedrijfsvoering"),
    (INFORMATION, "Bedrijfsvoering"),
    (FINANCE, "Bedrijfsvoering"),
    (PUBLIC_SERVICES, "Dienstverlening"),
    (SPATIAL, "Fysiek domein"),
    (SOCIAL, "Sociaal domein"),
    (MANAGEMENT, ""),
]

# The first two are the accounts a visitor of the demo logs in with.
ACCOUNTS = [
    Account(
        "redacteur",
        "Fleur",
        "van Dijk",
        EDITORS,
        COORDINATION_POINT,
        "Adviseur leren en ontwikkelen",
        team_leader="mjansen",
        started_days_ago=700,
    ),
    Account(
        "medewerker",
        "Jeroen",
        "Bakker",
        EMPLOYEES,
        PUBLIC_SERVICES,
        "Medewerker Publiekszaken",
        team_leader="emulder",
        started_days_ago=12,
    ),
    Account(
        "mjansen",
        "Marieke",
        "Jansen",
        EDITORS,
        COORDINATION_POINT,
        "Kwartiermaker lerende organisatie",
        started_days_ago=1400,
    ),
    Account(
        "lvermeulen",
        "Lotte",
        "Vermeulen",
        EDITORS,
        COORDINATION_POINT,
        "Projectleider Academie",
        team_leader="mjansen",
        started_days_ago=1100,
    ),
    Account(
        "rhendriks",
        "Rob",
        "Hendriks",
        EMPLOYEES,
        INFORMATION,
        "Projectleider procesverbetering",
        team_leader="tvisser",
        started_days_ago=1000,
    ),
    Account(
        "asmit", "Anouk", "Smit", EMPLOYEES, HR, "HR-adviseur", team_leader="pdekker", started_days_ago=1600
    ),
    Account("pdekker", "Peter", "Dekker", EMPLOYEES, HR, "Teamleider HR", started_days_ago=2000),
    Account(
        "emulder",
        "Esther",
        "Mulder",
        EMPLOYEES,
        PUBLIC_SERVICES,
        "Teamleider Publiekszaken",
        started_days_ago=1800,
    ),
    Account(
        "tvisser",
        "Tom",
        "Visser",
        EMPLOYEES,
        INFORMATION,
        "Teamleider Informatievoorziening",
        started_days_ago=1500,
    ),
    Account("kbos", "Karin", "Bos", EMPLOYEES, COMMUNICATION, "Communicatieadviseur", started_days_ago=900),
]
