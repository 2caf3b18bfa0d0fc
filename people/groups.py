"""The two roles of the intranet, by the names the municipality uses."""

EDITORS = "Coördinatiepunt"
EMPLOYEES = "Medewerkers"
