"""The words of the eligibility criteria: each criterion's question and what it means,
and the statute's words quoted before a detail (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

#: A detail after the statute's words it explains.
QUOTED: Final = Template("{statute} {detail}", "{statute} {detail}")
DOES_PERSON_RECEIVE_NEED: Final = Template(
    "Mottar eller trenger personen to eller flere helse- og omsorgstjenester?",
    "Does the person receive or need two or more health and care services?",
)
HELSEDIREKTORATETS_GUIDANCE_READS_COORDINATED: Final = Template(
    "Helsedirektoratets veileder leser «koordinerte tjenester» som to eller flere tjenester som må virke sammen.",
    "Helsedirektoratet's guidance reads 'coordinated services' as two or more services that must work together.",
)
NEED_LONG_TERM_NORMALLY: Final = Template(
    "Er behovet langvarig (normalt mer enn to år)?",
    "Is the need long-term (normally more than two years)?",
)
LONG_TERM_NORMALLY_MEANS: Final = Template(
    "«langvarig» betyr normalt mer enn to år. Et langvarig behov (sammen med koordinerte tjenester) gir også rett til individuell plan etter § 2-5.",
    "'long-term' normally means more than two years. A long-term need (with coordinated services) also gives a right to an individual plan under § 2-5.",
)
NEED_COMPLEX: Final = Template("Er behovet komplekst?", "Is the need complex?")
COMPLEX_NEED_CAN_STAND: Final = Template(
    "Et komplekst behov kan erstatte et langvarig; en koordinator innvilget bare fordi behovet er komplekst, gir ingen lovfestet rett til individuell plan (§ 2-5).",
    "A complex need can stand in for a long-term one; a coordinator granted only because the need is complex gives no statutory right to an individual plan (§ 2-5).",
)
DO_SERVICES_NEED_COORDINATED: Final = Template(
    "Må tjenestene koordineres med hverandre?",
    "Do the services need to be coordinated with each other?",
)
SERVICES_MUST_NEED_COORDINATING: Final = Template(
    "Tjenestene må ha behov for koordinering (Helsedirektoratets veileder).",
    "The services must need coordinating (Helsedirektoratet's guidance).",
)
PERSON_GUARDIAN_GIVEN_INFORMED: Final = Template(
    "Har personen (eller verge) gitt informert samtykke til koordinator?",
    "Has the person (or guardian) given informed consent to a coordinator?",
)
COORDINATOR_GIVEN_CONSENT_PERSON: Final = Template(
    "En koordinator gis med samtykke: personen, eller vergen, har gitt informert samtykke til å få koordinator.",
    "A coordinator is given with consent: the person, or their guardian, has given informed consent to a coordinator.",
)
WILL_PERSON_GUARDIAN_RELATIVES: Final = Template(
    "Vil personen, eller verge/pårørende, delta aktivt?",
    "Will the person, or guardian/relatives, take an active part?",
)
MUNICIPALITYS_OWN_PRACTICE_CONDITION: Final = Template(
    "Kommunens egen praksis, ikke et vilkår i loven (pbrl § 2-5 b): personen, eller verge eller pårørende, deltar aktivt i arbeidet. Svaret registreres alltid, men avgjør saken bare der kommunen krever det.",
    "The municipality's own practice, not a condition of the statute (pbrl § 2-5 b): the person, or their guardian or relatives, takes an active part in the work. The answer is always recorded, but decides the case only where the municipality requires it.",
)
FAMILY_EXPECTING_CHILD_CHILD: Final = Template(
    "Venter familien barn, eller er barnet under 18 år?",
    "Is the family expecting a child, or is the child under 18?",
)
RIGHT_CAN_BEGIN_PREGNANCY: Final = Template(
    "Retten kan begynne i svangerskapet og gjelder til barnet fyller 18 år; kommunen kan velge å videreføre barnekoordinator etter 18 år.",
    "The right can begin in pregnancy and lasts until the child turns 18; the municipality may choose to continue a barnekoordinator past 18.",
)
DOES_CHILD_SERIOUS_ILLNESS: Final = Template(
    "Har barnet alvorlig sykdom, skade eller nedsatt funksjonsevne (somatisk, fysisk, psykisk, kognitiv eller sensorisk)? Diagnose kreves ikke.",
    "Does the child have a serious illness, injury or disability (somatic, physical, mental, cognitive or sensory)? No diagnosis is required.",
)
CONDITION_MAY_SOMATIC_PHYSICAL: Final = Template(
    "Tilstanden kan være somatisk, fysisk, psykisk, kognitiv eller sensorisk; det kreves ingen diagnose.",
    "The condition may be somatic, physical, mental, cognitive or sensory; no diagnosis is required.",
)
WILL_CHILD_NEED_LONG: Final = Template(
    "Vil barnet trenge langvarige og sammensatte, eller koordinerte, helse- og omsorgstjenester og andre velferdstjenester (barnehage, skole, NAV …)?",
    "Will the child need long-term and composite (sammensatte), or coordinated, health and care services and other welfare services (kindergarten, school, NAV …)?",
)
NEED_MUST_COVER_BOTH: Final = Template(
    "Behovet må gjelde både helse- og omsorgstjenester og andre velferdstjenester, som barnehage, skole og NAV.",
    "The need must cover both health and care services and other welfare services, such as kindergarten, school and NAV.",
)
DO_PARENTS_WHOEVER_CONSENTS: Final = Template(
    "Ønsker foreldrene, eller den som samtykker på barnets vegne, barnekoordinator?",
    "Do the parents, or whoever consents on the child's behalf, want a child coordinator?",
)
RIGHT_BELONGS_FAMILY_PARENTS: Final = Template(
    "Retten tilhører familien; foreldrene, eller den som samtykker på barnets vegne, velger om den skal brukes.",
    "The right belongs to the family; the parents, or whoever consents on the child's behalf, choose whether to use it.",
)
