"""Deel 2 of the database game, "De datadialoog": the six questions and the statements.

Transcribed from the trainer manual (seed 000). The scanned page sets the
statements in two columns that the OCR interleaved; the groups below follow
the printed layout (left: kansen, voorwaarden, "Ik ben bang dat"; right:
risico's, vertrouwen). Spelling is the manual's, with three repairs of the
scan, each marked "OCR" below: the diaeresis in "cliënt" (scanned as
"cliént"/"client"), "conclusies" (scanned "conclusie worden") and
"geregistreerde" (scanned "geregistreerd"). Every statement has a stable id
(``kans_1`` …): collected answers refer to it, so never renumber.
"""

from __future__ import annotations

from dataclasses import dataclass

INTRODUCTION = (
    "In het tweede deel wordt aan de hand van een aantal vragen en stellingen in de groep gediscussieerd "
    "over ervaringen, opvattingen, kansen, risico’s en voorwaarden voor data-gedreven werken."
)

QUESTIONS = [
    "Heeft u ervaring met data-gedreven werken?",
    "Welke kansen ziet u voor data-gedreven werken?",
    "Welke risico’s ziet u voor data-gedreven werken?",
    "Onder welke voorwaarde is data-gedreven werken volgens u mogelijk?",
    "Heeft u er vertrouwen in data-gedreven werken door de gemeente?",
    "Waar bent u bang voor als de gemeente data-gedreven werkt?",
]


@dataclass(frozen=True)
class Group:
    """Statements that complete the same opening words."""

    key: str  # prefix of the ids
    title: str  # a short Dutch heading
    stem: str  # the opening words, verbatim
    completions: tuple[str, ...]  # verbatim endings, in the manual's order


GROUPS = [
    Group("kans", "Kansen", "Data-gedreven werken biedt kansen", (
        "om beter inzicht te krijgen in de situatie van de cliënt/bepaalde groepen cliënten.",
        "om beter passende re-integratiedienstverlening aan te bieden aan een cliënt/bepaalde groepen "
        "cliënten.",  # OCR: "client" without diaeresis
        "om de kwaliteit van de re-integratie dienstverlening te verbeteren voor de cliënt/bepaalde groepen "
        "cliënten.",  # OCR: "client" without diaeresis
    )),
    Group("risico", "Risico’s", "Het risico van data-gedreven werken is", (
        "dat onjuiste conclusies worden getrokken op basis van de data",  # OCR: "conclusie worden"
        "dat op basis van de data/een klantprofiel ‘automatisch’ een beslissing wordt gemaakt over de "
        "re-integratiedienstverlening aan een cliënt/bepaalde groepen cliënten.",
    )),
    Group("voorwaarde", "Voorwaarden", "Een voorwaarde van data-gedreven werken is", (
        "dat er helderheid moet zijn over de inhoud en het doel van de geregistreerde gegevens",  # OCR
        "dat transparant is wie, wanneer, en met welk doel toegang krijgt tot welke informatie",
        "dat cliënten inzicht krijgen in welke profielen er zijn en hoe beslissingen op basis van een "
        "profiel tot stand komen",
        "dat een cliënt moet kunnen zeggen: “Dit wil ik niet, of ben ik niet”.",
    )),
    Group("vertrouwen", "Vertrouwen", "Ik heb er vertrouwen in", (
        "dat de uitkeringsinstantie op een verantwoorde manier met mijn gegevens en die van andere "
        "cliënten omgaat",
        "dat de gemeente dankzij data-gedreven werken mij en andere cliënten een beter passend aanbod "
        "kan bieden",
    )),
    Group("bang", "Zorgen", "Ik ben bang dat", (
        # The scan has a capital here ("Data-gedreven"), after a bullet; lower case reads as one sentence.
        "data-gedreven werken leidt tot ongelijke kansen tussen (groepen) mensen",
        "ik of bepaalde groepen cliënten onzichtbaar blijven en daardoor geen passende dienstverlening "
        "krijgen",
    )),
]


@dataclass(frozen=True)
class Statement:
    id: str
    group: Group
    completion: str

    @property
    def text(self) -> str:
        """The whole statement: opening words and ending."""
        return f"{self.group.stem} {self.completion}"


STATEMENTS = {
    f"{group.key}_{number}": Statement(f"{group.key}_{number}", group, completion)
    for group in GROUPS
    for number, completion in enumerate(group.completions, start=1)
}
STATEMENT_IDS = list(STATEMENTS)
