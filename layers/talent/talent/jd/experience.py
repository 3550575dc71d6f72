"""Pass 4a of parse_jd: years of experience and seniority, in the four languages of `talent.jd.cues`.

min_years is the smallest number a clause asks for ("3-5 years" -> 3, "3 años o más" -> 3,
"mindestens 3 Jahre" -> 3); figures about the company ("founded 10 years ago") are ignored. Seniority
comes from the title's level word ("Middle" is mid, "Member of Technical Staff" is no level); a range
takes its upper end ("Junior to Mid" is mid).
"""

from __future__ import annotations

import re
from typing import Final

from talent.jd.cues import IN_BUSINESS, alternatives, guarded, may_match, needles, sentence
from talent.models import Seniority

_NUMBER_WORDS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "zehn": 10,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "dix": 10,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "diez": 10,
}  # fmt: skip
_NUM = r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + ")"
# "3-5", "3 a 5", "3~5", "2 hasta 5", "1 o 2 años" (the smaller figure is the minimum)
_RANGE_WORDS = r"-|/|~|\u2010|\u2011|\u2013|\u2014|to|a|à|bis|y|et|und|hasta|or|o|ou|oder"
_RANGE = rf"(?:\s?(?:{_RANGE_WORDS})\s?" + _NUM + r"\s?\+?)?"
_YEARS = re.compile(
    rf"(?:(?<![\w.,])|(?<=mindestens)|(?<=minimum)|(?<=mínimo))"  # "Mindestens2-3 Jahre": a page's lost space
    rf"(?<![\w.,]-){_NUM}\s?(?:\+|plus)?(?:(?<=\(\d\+)\)|(?<=\(\d\d\+)\))?{_RANGE}\s?(?:\(\d{{1,2}}(?:\s?[-\u2013]\s?\d{{1,2}})?\+?\)\s?)?"
    r"(?:or more |o más |ou plus |oder mehr )?(?:\+\s?)?(?:full[\s-]time |professional |commercial |de |d')?"
    rf"{alternatives('years_unit')}(?!\w)(?! old)(?!-old)"
    r"(?![\s-](?:of\s)?commitment)"  # "a minimum of two years commitment": a stay asked for, not experience
    r"(?![\s-](?:of\s)?runway\b)"  # "(2+ years runway)": the company's money, not experience
    # "5 years UK residency": a clearance's condition, not experience
    r"(?!\s(?:of\s)?(?:[A-Za-z]{2,3}\s)?(?i:residency)\b)"
)
_YEARS_HISTORY = re.compile(
    rf"(?<!\w)(?:founded|ago|{IN_BUSINESS}|years? old|year-old"
    r"|anniversary|since (?:19|20)\d\d"
    r"|(?:we|our company|the company|it)(?:'ve| have| has)"
    # someone else's career: "Our CTO has 20 years of intense software engineering experience"
    r"|our (?:cto|ceo|cpo|founders?|co-?founders?|founding team|leadership team) (?:has|have|brings?)"
    r"|has (?:served|been|helped|operated|existed|grown)"
    r"|for (?:over |more than |nearly |almost |about )?\w+ years,? (?:we|our|the company)"
    r"|(?<!work )history"
    r"|years? in(?=[,;])"  # "We're a small London team, 2+ years in, building …": the company's age
    r"|next (?:\d{1,2}\s?[-\u2013]\s?)?\w+ years"  # "for the next 3-5 years": the business's plan
    r"|every \w+ years|within \w+ years|vesting|warranty|contract|age"
    r"|(?:in|over|during) the (?:past|last) \w+ years"  # "seven acquisitions in the past six years"
    r"|zeugnis\w* der letzten \w+ jahre"  # "Zeugniskopien der letzten zwei Jahre": the school reports
    # "Four (4) years of additional experience … may be substituted for a bachelor's degree": the degree's
    r"|(?:may|can) be substituted for"
    r"|after \w+\+? years? in production"  # "(replacing Haskell after 5+ years in production)"
    r"|\w+[\s-]years?[\s-](?:\w+[\s-]){0,2}degree"  # "a four-year degree", not "a high degree of"
    r"|years? of (?:(?!experience\b)\w+[\s/-]){0,4}coursework"  # "three years of … college coursework"
    r"|have been (?:building|helping|serving)|seit|gegründet|depuis|fondée?|desde hace|hace \d|fundada"
    # "Mit 25 Jahren Erfahrung sind wir …", "rund 40 Mitarbeiter:innen und 15 Jahren"
    r"|sind seit|sind wir|(?:rund|über|mehr als|ca\.) \d+ mitarbeiter|existe"
    r"|wir [^!?\n]{0,40}?\b(?:verbinden|vereinen|blicken)"  # "Wir … verbinden über 20 Jahre Erfahrung"
    r"|âgée?s? de|de edad|jahre alt|(?<!\d )hasta \d{1,2} años"  # an age, an age limit
    r"|nos respaldan|respaldad[oa]s? por|trayectoria"  # "Nos respaldan 25 años de experiencia"
    r"|mission de|contrat|cdd|durée|duración|laufzeit|befristet)(?!\w)"  # "une mission de 6 mois à 1 an"
)
# A team's years added up ("a team with 20+ years of combined experience", "(20+ years combined)"), unless
# the clause asks them of the candidate: "Have 5+ years combined experience as a …", "You have at least 3
# years of combined experience"
_TEAM_YEARS = re.compile(
    r"years combined|years of (?:aggregated|combined|collective|cumulative) experience\b"
)
_ASKED_OF_YOU = re.compile(r"^\W{0,3}(?:have|minimum|at least)\s\d|\byou (?:have|bring|need)\b")
# Outside a requirements section a figure counts only when it is about the candidate.
_YEARS_ROLE = re.compile(
    r"\byou|\byour\b|candidate|experience|\bexp\b|\byoe\b|track record|proven|erfahrung|experiencia"
    r"|expérience"
    # an item completing "… if you:": "- Have 3-6 years building products"
    r"|^\W{0,3}(?:have|bring)\s(?:at least |over |more than |a minimum of )?\d"
    r"|^\W{0,3}(?:a )?(?:minimum|at least)\s(?:of\s)?[\w-]+\+?\s(?:years?|yrs)\b"  # "Minimum of five years …"
    # "a strong technical background (minimum of 3 -5 years writing production code …)"
    # (not a term's length: "an engagement for a minimum of 2 years")
    r"|\bminimum of \d{1,2}\s?(?:[-\u2013]\s?\d{1,2}\s?)?\+?\s?(?:years?|yrs)\s(?:of\s)?"
    r"(?:[a-z]+ing|experience)\b"
    r"|\d\s?\+\s?(?:years?|yrs)\b"  # "5+ yrs backend", "8-10+ years": what is asked, in a terse posting
    r"|[>≥]\s?\d{1,2}\s?(?:years?|yrs)\b"  # "AIX (excellent), > 4 yrs."
    # a job board's screening item: "SQL: 1 year (Preferred)", "Java: 2 Jahre (Erforderlich)"
    r"|\d\s(?:years?|jahre?|ans?|años?)\s\((?:preferred|required|erforderlich|wünschenswert|souhaité|requis"
    r"|obligatoire|deseable|obligatorio)\)"
)


def about_the_candidate(clause: str) -> bool:
    """Whether a clause speaks of the candidate ("you", "experience"), not of the company."""
    return bool(_YEARS_ROLE.search(sentence(clause).lower()))


# "Minimum 4, maximum 10 years": the minimum is the figure asked for.
_MIN_MAX = re.compile(
    rf"(?<!\w)(?:minimum|min\.?|mindestens|mínimo|au moins|at least) (?:of )?{_NUM},? (?:and |y |und |et )?"
    rf"(?:a )?(?:maximum|max\.?|máximo|maximal|höchstens|au plus|at most) (?:of )?{_NUM} "
    rf"{alternatives('years_unit')}(?!\w)"
)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


_UNIT = re.compile(rf"{alternatives('years_unit')}(?!\w)")  # literal-led: one fast scan (word start checked)
YEARS_REACH: Final = (
    60  # characters before "years" that a figure can stand in: "10 - 15 (12+) or more full-time"
)
# "at least a year of professional experience": one year ("$90k a year" is a salary).
_A_YEAR = guarded(
    r"\b(at least|minimum(?: of)?|over|more than) (?:a|one) year\b(?=(?: of)? (?:[\w-]+ ){0,2}experience)"
)
# "Mindestens ein Jahr praktische Erfahrung", "un an d'expérience", "un año de experiencia": one year (the
# article is the figure only right before the year and the experience: not "Contrato de un año con
# experiencia", "dauert ein Jahr und bietet Erfahrung"), unless less is asked ("moins d'un an", "menos de
# un año", "weniger als einem Jahr", "Pas besoin d'un an")
_ONE_YEAR = guarded(
    r"(?<!moins d')(?<!moins d\u2019)(?<!menos de )(?<!weniger als )(?<!besoin d')(?<!besoin d\u2019)"
    r"\b(?:ein|einem|un) (jahr|an|año)\b"
    r"(?=(?: d['\u2019]| de)? ?(?:[a-zäöüß]+e[nrs]? ){0,2}"
    r"(?:erfahrung|berufserfahrung|berufspraxis|expérience|experiencia))"
)
# "1.5+ years", "1,5 Jahre": the whole years are the minimum (the guide: an integer; the labels: 1)
_FRACTION = re.compile(r"(?<![\d.,])(\d{1,2})[.,]5(?=\s?\+?\s?(?:years?|yrs|jahre?n?|ans?|años?)\b)")
# A page's lost spaces around a figure of experience: "operations5+ years of", "de3 ans minimum", "8+
# yearsof", "5 JahreBerufserfahrung" (not a tagline's "Akquisition25 Jahre Best in Class")
_GLUED_FIGURE = re.compile(
    r"(?<=[a-zäöüéèà])(?<!web)(?=\d{1,2}\s?\+?\s?(?:years?|yrs|jahre|ans|años)\s?"
    r"(?:of\b|minimum|d'|de\s|(?:berufs)?erfahrung|experience|expérience|experiencia))"
    r"|(?<=\d\syears)(?=of\b)|(?<=\d\+\syears)(?=of\b)|(?<=\d\sjahre)(?=berufserfahrung)"
)
_AFTER_UNIT: Final = 15  # the look past "years": "5 years old", "2 years of commitment" are no experience


# the poster's own tenure, read out of its clause: "It's been a good company to work for, I've been there
# 7 years.", "I've been here 3 years and we're looking for engineers with 5+ years of Go"
_TENURE = re.compile(
    r"\bi(?:'ve|\u2019ve| have) been (?:there|here|with (?:them|us)|at [\w.&-]{2,30})"
    r"(?: for)?(?: (?:about|almost|nearly|over|more than))? \d{1,2}\+? years?\b"
)


def years_in(clause: str) -> list[int]:
    """Experience figures in one clause (the lower bound of each range); none in company history.

    Read from each "years" back: a run of digits without a unit costs nothing.
    """
    clause = _A_YEAR.sub(r"\1 1 year", clause.lower())  # the patterns read lower-case text (`cues.words`)
    clause = _FRACTION.sub(r"\1", clause) if "5" in clause else clause
    clause = _GLUED_FIGURE.sub(" ", clause)
    clause = _ONE_YEAR.sub(r"1 \1", clause)
    clause = _TENURE.sub(" ", clause) if "been" in clause else clause
    units = [
        u.end()
        for u in _UNIT.finditer(clause)
        if not u.start() or not clause[u.start() - 1].isalpha()  # "3yrs+" is a figure too
    ]
    read = sentence(clause)
    team = _TEAM_YEARS.search(read) is not None and _ASKED_OF_YOU.search(read) is None
    # "You have 4+ years … with a proven history of …": the candidate's own record, not the company's
    history = _YEARS_HISTORY.search(read.replace("history", "") if _ASKED_OF_YOU.search(read) else read)
    if not units or team or history:
        return []
    ranged = next(
        filter(None, (_MIN_MAX.search(clause, max(0, end - 2 * YEARS_REACH), end) for end in units)), None
    )
    if ranged:
        return [_number(ranged.group(1))]
    values = [
        _number(found.group(1))
        for end in units
        for found in _YEARS.finditer(clause, max(0, end - YEARS_REACH), end + _AFTER_UNIT)
        if found.end() == end
    ]
    return [value for value in values if value <= 30]  # longer than a career: history or a typo


# ----------------------------------------------------------------------------------------------------------
# Seniority

_NOT_A_TIER = r"(?!\s(?:support|clearance|certified|technician|help ?desk))"
_ROLE_NOUN = (
    r"(engineer(?: in test)?|developer|sde|sdet|swe|scientist|programmer|analyst|entwickler|desarrollador"
    r"|ingeniero)"
)
# A digit after the role noun is a rung ("Developer 2") unless it counts something else ("Engineer 4
# Days Onsite", "Python Developer 4+ years", "Entwickler 4 Tage Woche"); a Roman numeral always is one
# ("Software Engineer III x 2", "Engineer III+"), but "IV&V" is verification and validation.
_A_COUNT = (
    r"(?!\+|\s?-?\s?(?:days?|tage?|horas?|hours?|h|years?|yrs?|jahre?|ans?|años?|months?|monate?|mois"
    r"|meses|x|mal|day|week)\b)"
)
# Most senior first, so a range ("Junior to Mid", "Middle/Senior") takes its upper end.
_TITLE_LEVELS: Final[tuple[tuple[Seniority, re.Pattern[str]], ...]] = (
    (
        "intern",
        re.compile(
            r"\b(intern|internships?|interns|co-?op|apprentice"
            r"|apprentie?|apprentissage"  # "Apprenti(e) Développeur Web", "en apprentissage"
            r"|working student|student (?:help|assistant|worker)|werkstudent(in)?|werkstudierende"
            r"|hospitanz|hospitant(in)?"
            # a student's job ("Studentische Codierer*innen", not "Studentische Angelegenheiten"), a dual
            # study ("DHBW-Student Wirtschaftsinformatik"); plurals stay out: "Ausbilder für Praktikanten"
            r"|studentische[rn]? \w+(?:er|kraft|kräfte|hilfe)|shk|hiwi|ausbildung|duales studium"
            r"|dhbw-student\w*"
            # a Swiss apprenticeship ("Lehrstelle Informatiker/in EFZ"); "EFZ" alone is the diploma
            # ("Fachperson Betreuung EFZ" is a qualified post), "Lernende" the trainees a trainer serves
            r"|lehrstellen?(?!-)|lehrling"
            r"|auszubildende[rn]?|azubi|\w*praktikant(in)?|\w*praktikum|stagiaire|(?<!-)stage|alternan(ce|te?)"
            r"|becari[oa]|pasante|pasant[ií]as?|práctica(s)?)\b"
        ),
    ),
    (
        "manager",
        re.compile(
            # A CTO is an officer, not a level (the labels).
            r"\b(manager|head of|^head(?=,)|director|vp|vice president|jef[ea](?! de equipo)"
            r"|abteilungsleiter(?:in)?|bereichsleiter(?:in)?"  # a department's head
            r"|responsable(?! technique| d'équipe| de l'équipe))\b"  # "Responsable opérations": a manager
            r"|^(?!.*\b(engineer|developer|analyst|specialist|architect|consultant|expert)s?\b).*\bmanagement\b"
        ),
    ),
    ("principal", re.compile(r"\b(principal|distinguished|fellow)\b")),
    # "Engineer IV" is senior by the labels (4 of 4 tuning postings); "Engineer V" is staff
    ("staff", re.compile(rf"\bstaff\b|\b{_ROLE_NOUN}\s+(v\b|5\b{_A_COUNT})")),
    (
        "lead",
        re.compile(
            r"\b(lead(?! (?:generation|gen|development rep\w*)\b)"  # not a sales lead's "Lead Generation"
            r"|leaddev|teamlead|techlead|leader|leiter|teamleiter|teamleitung|tech lead"
            r"|responsable technique"
            r"|responsable d'équipe|chef d'équipe"
            r"|l[íi]der|jefe de equipo)\b"
            rf"|\bleading\s(?:[\w-]+\s){{0,2}}{_ROLE_NOUN}"  # "Senior/Leading Software Engineer"
        ),
    ),
    (
        "senior",
        re.compile(
            rf"\b(s[eéê]niors?|sr|snr|exp[ée]riment[ée](e)?s?)\b"
            rf"|\b{_ROLE_NOUN}\s+(iii\b|lll\b|iv\b(?!&v)|[34]\b{_A_COUNT})"
            # "Software Engineer - Level III", "Level II/III"; not a support tier or a clearance
            rf"|(?<!support )\b{_ROLE_NOUN}\s?[-\u2013,]?\s?level\s(?:(?:ii|2)\s?/\s?)?(iii|3)\b{_NOT_A_TIER}"
        ),
    ),
    (
        "mid",
        re.compile(
            rf"\b(mid|mid-level|midlevel|intermediate|intermedi[oa]|middle|semi[\s-]?s(enio)?r|ssr|medior"
            rf"|confirm[ée](e)?)\b|(?<!en )\bplen[oa]\b"  # "Desarrollador Pleno"; not "en pleno crecimiento"
            rf"|\b{_ROLE_NOUN}\s+(ii\b|ll\b|2\b{_A_COUNT})"
            rf"|\blevel\s(ii|2)\s{_ROLE_NOUN}"  # "Level 2 Engineer"
            rf"|(?<!support )\b{_ROLE_NOUN}\s?[-\u2013,]?\s?level\s(ii|2)\b{_NOT_A_TIER}"
        ),
    ),
    (
        "junior",
        re.compile(
            rf"\b(juniors?|jr|graduate|grad|entry[\s-]level|new grad|associate|débutant(e)?|freshers?"
            r"|trainee|einstiegsposition|berufseinsteiger(?:in)?)\b"
            rf"|\b{_ROLE_NOUN}\s+(i\b|1\b{_A_COUNT})"
        ),
    ),
)
_LEVEL_WORDS: Final[dict[str, Seniority]] = {
    "intern": "intern", "internship": "intern", "junior": "junior", "entry": "junior",
    "entry-level": "junior", "graduate": "junior", "mid": "mid", "mid-level": "mid",
    "intermediate": "mid", "senior": "senior", "staff": "staff", "principal": "principal",
    "lead": "lead", "management": "manager", "manager": "manager",
}  # fmt: skip
_LEVEL = (
    r"(intern|internship|junior|entry[\s-]level|entry|graduate|mid[\s-]level|mid|intermediate|senior|staff"
    r"|principal|lead)"
)
LEVEL_STATEMENT: Final = guarded(
    rf"\b(?:this|the|it) (?:is|will be) an? {_LEVEL}(?:[\s-]level)? "
    r"(?:(?:software|engineering|engineer|developer) )?"  # "This is a senior-level engineer position"
    r"(?:role|position|opportunity|job|hire)"
    rf"|\bif you are an? {_LEVEL}\b|\byou(?:'ll| will) be an? {_LEVEL} (?:developer|engineer)\b"
    rf"|\bideal candidate (?:is|will be) an? {_LEVEL} (?:[\w+#./-]{{1,20}} ){{0,2}}(?:engineer|developer)\b"
    rf"|\bto hire an? {_LEVEL}\b"
    rf"|(?:^|[.!?]\s)as an? {_LEVEL} (?:[\w+#./-]{{1,20}} ){{0,2}}"  # "As a Senior Cloud Engineer, you …"
    r"(?:engineer|developer)\b"
    rf"|\b(?:seniority|experience level|level|seniority level)\s?:\s?{_LEVEL}\b"
    rf"|\b(?:niveau|nivel)\s?:?\s?{_LEVEL}\b"  # "Niveau senior/intermédiaire.": a range's upper end
    # not "We are also looking for Junior … Engineers": other roles than this one
    rf"|\b(?<!also )(?:looking for|hiring|seeking|recruiting) (?:an? )?{_LEVEL}(?:[\s-]level)?\b"
    r"(?! (?:[\w-]+ )?(?:people|peers|folks))"
    rf"|\bjoin (?:us|our team|the team) as an? {_LEVEL}\b"
    rf"|\bthis {_LEVEL}(?:[\s-]level)? (?:role|position)\b"
    rf"|^\s?{_LEVEL}[\s-]level(?: role| position)?\.?\s?$"  # an item of its own: "- Senior Level."
)
# French puts the level after the role: "Vous êtes un.e développeur.se front-end ou full-stack confirmé.e".
# "Le poste : un lead tech": the post named by its level.
_POST_LEVEL = re.compile(
    r"\ble poste\s?:\s?une? ((?:lead|senior|junior|stagiaire|alternant)\w*)"
    r"|(?<!pas de )\bconvention de (stage)\b"  # an internship agreement among the terms
)
# The posting's own internship as a sentence's subject: "Le stage est proposé dans le cadre de …", "Ce stage
# de Master 2 se déroulera …", "Le stagiaire en master 2 aura pour mission", "Das Praktikum dauert 6 Monate",
# "This internship lasts 3 months" (not "The internship program is run by you"). Read only when the title
# names no role (`parser`): a "Développeur Java - CDI" posting's "Le stagiaire aura pour mission" is the
# intern its hire tutors.
_OWN_INTERNSHIP = re.compile(
    r"(?:^|[.!?:]\s)(?:le|ce) stage(?: [\w'-]{1,15}){0,4}? (?:est|se|sera|aura|porte|s'inscrit|consiste)\b"
    r"|(?:^|[.!?:]\s)(?:le|la) stagiaire(?: [\w'-]{1,15}){0,4}? (?:sera|travaillera|devra|aura|participera)\b"
    r"|(?:^|[.!?:]\s)(?:das|dieses) praktikum (?:ist|dauert|findet|beginnt|umfasst)\b"
    r"|(?:^|[.!?:]\s)(?:this|the) internship (?:is|will|lasts|runs|starts|offers)\b"
)
_INTERNSHIP_NEEDLES = needles(_OWN_INTERNSHIP)


def own_internship(text: str) -> bool:
    """Whether a line says the posting's subject is an internship (`_OWN_INTERNSHIP`)."""
    low = text.lower()
    return may_match(_INTERNSHIP_NEEDLES, low) and _OWN_INTERNSHIP.search(low) is not None


_LEVEL_AFTER_ROLE = re.compile(
    r"\bvous êtes (?:un|une|un\.e|un\(e\)) (?:développeu|ingénieu|dev\b)[\w.()-]*(?: [\w.()/-]+){0,5}? "
    r"(confirmé|expérimenté|senior|junior|débutant)"
    # "En tant que Développeur C# Senior au sein de notre équipe": only the plain level words, since
    # "en tant que développeurs expérimenté" also says what a team brings
    r"|\ben tant que (?:développeu|ingénieu|dev\b)[\w.()-]*(?: [\w.()/#+-]+){0,4}? (senior|junior)\b"
)
# A product, project or programme manager is a job family: a level word beside it is the level.
_MANAGER_FAMILY = re.compile(
    r"\b(product|project|program|programme|account|marketing|community|office|integration|content|sales"
    r"|business development"
    r"|operations|success|partner|brand|category|release|campaign|seo|recruiting|recruitment|finance"
    r"|customer|e-?commerce|delivery|service|social media|performance marketing|growth) manager\b"
)
_JUNIOR_MANAGER = re.compile(r"\b(?:junior|jr)\s+(?:[\w-]+\s+){0,2}manager\b")  # "Junior Compliance Manager"
_MID_RANGE = re.compile(r"\bsemi[\s-]?s(?:enio)?r\b|\bssr\b")
# A job family, not a level: "Member of Technical Staff" says nothing of seniority.
_NOT_A_LEVEL = re.compile(
    r"\bmembers? of (the )?technical staff\b|\bstaff (augmentation|accountant)\b|\bchief of staff\b"
    # a domain: "Schnittstellenentwickler Service Management", "Identity & Access Management Engineer"
    r"|\b(service|project|product|program|test|access|release|change|incident|configuration|asset"
    r"|content|vendor|risk|quality|data) management\b"
)


def level(word: str) -> Seniority | None:
    """The level a stated word names: "senior" -> senior, "entry-level" -> junior."""
    key = word.lower().replace(" ", "-")
    return _LEVEL_WORDS.get(key) or _LEVEL_WORDS.get(key.split("-")[0])


_LEVEL_FIELD = re.compile(
    r"^\s?(semi[\s-]?senior|ssr|senior|sr|junior|jr|mid[\s-]?level|mid|intern(ship)?|trainee|lead"
    r"|intermediate|intermedi[oa])\s?$",
    re.IGNORECASE,
)


def is_level(text: str) -> bool:
    """Whether a header field is only a level or a range of two: "Semi Senior", "Junior", "medior/senior"."""
    text = _LEVEL_WORDING.sub("", text.strip())
    return bool(_LEVEL_FIELD.match(text) or _LEVEL_RANGE.fullmatch(text.lower()))


# "Hiring Junior to Senior Levels": the words around a header's level field
_LEVEL_WORDING = re.compile(r"^(?:hiring|open to)\s|\slevels?$", re.IGNORECASE)


def range_level(title: str) -> Seniority | None:
    """ "Semi Senior", "Ssr": mid, a level word that a skill name ("SSR": server-side rendering) may hide."""
    return "mid" if _MID_RANGE.search(title.lower()) else None


def title_seniority(title: str) -> Seniority | None:
    """The level word of a title, most senior first. "(Senior) DevOps Engineer" opens the role to a level
    and the one below it: a range, labelled by its upper end (the guide), so senior."""
    low = _NOT_A_LEVEL.sub(" ", title.lower().replace(".", " "))
    low = _MID_RANGE.sub(" mid ", low)
    family = _MANAGER_FAMILY.sub(" ", _JUNIOR_MANAGER.sub(" junior ", low))  # "Junior Manager" is a junior
    if family != low and (level := _first_level(family)) is not None:
        return level  # "Senior Product Manager" is senior
    return _first_level(low) or _ladder_level(low)


# A company ladder's code after a software role or in brackets: "Software Engineer L6", "Software
# Engineer - Backend (E5)", "[IC2]"; not a support or network tier ("NOC Engineer L3"), nor an autonomy
# level ("L4 Autonomous Trucking"). Google's L and Meta's E ladders start at 3 (new graduates), the IC
# ladders at 1; Amazon's L4 (SDE I) reads one step high.
_LADDER = re.compile(
    r"^(?!.*\b(?:support|noc|network|technician|autonom\w*)\b)(?=.*\b(?:software|swe|sde|developer|data)\b)"
    rf".*?(?:\b{_ROLE_NOUN}\s+(?P<after>[le][3-8]|ic[1-6])\b"
    r"|[(\[](?P<bracket>[le][3-8]|ic[1-6])(?:[)\]]|$))"
)
_LADDER_LEVELS: Final[dict[str, Seniority]] = {
    "3": "junior", "4": "mid", "5": "senior", "6": "staff", "7": "staff", "8": "principal",
    "ic1": "junior", "ic2": "mid", "ic3": "senior", "ic4": "staff", "ic5": "principal", "ic6": "principal",
}  # fmt: skip


def _ladder_level(low: str) -> Seniority | None:
    """The level a ladder code in a lower-case title names (`_LADDER`), or None."""
    found = _LADDER.search(low)
    if found is None:
        return None
    code = found.group("after") or found.group("bracket")
    return _LADDER_LEVELS[code if code.startswith("ic") else code[1]]


def is_family_manager(title: str) -> bool:
    """Whether the title's "Manager" names a job family ("Operations Manager"), not a people manager."""
    return bool(_MANAGER_FAMILY.search(title.lower()))


def _first_level(low: str) -> Seniority | None:
    for name, pattern in _TITLE_LEVELS:
        if pattern.search(low):
            return name
    return None


# "buscan Desarrolladores Front End SSR o SR", "una vacante para un/a Desarrollador/a Senior Java": the
# role a hiring verb names, up to the clause's end or a word that starts a relative clause.
_HIRING_ROLE = guarded(
    r"\b(?<!also )(?:looking for|hiring|seeking|recruiting|buscamos|buscan|busca|vacante para|recherchons"
    r"|(?:está|esta|estamos) buscando|cherchons|recrutons|recrute|recherche(?= (?:une?|des|son|sa)\b)"
    r"|suchen|sucht|suche(?= ich\b| eine)"
    r"|(?:únete|únase|unete|súmate|sumate) a (?:nuestro|el) equipo como"
    r"|(?:position|vacancy|opening) (?:to fill )?for"  # "Single Position to fill for Senior Web Developer"
    r"|(?:position|stelle|rolle) als)\s([^.!?;:\n]{3,80})"  # "Die Position als (Senior) Backend Engineer"
)
_RELATIVE = re.compile(r"\s(?:to|who|that|which|with|para|que|con|qui|pour|avec|die|der|mit|um)\s")
_HIRED_NOUN = re.compile(
    rf"\b{_ROLE_NOUN}|\b(?:devs?|desarrolladore?s?|développeur|ingénieur|engineers)\b"
    r"|(?:berater|administrator|architekt|consultant)(?:_?in)?\b"  # German compounds: "SAP FI Berater"
)
MAX_ROLE_WORDS: Final = 7
_AN_ARTICLE = re.compile(r"(?:an?|une?|un\u00b7e|un\(e\)|eine[nr]?|un[oa]?|des|some)\s")  # "un·e stagiaire"


# "suchen wir ab sofort bis Ende Q4/2025 einen Senior SAP Entwickler": German puts time and place
# between the verb and the role, which starts at its article.
_GERMAN_ARTICLE = re.compile(r"\b(?:einen|eine|eine:n|eine/n|dich als|sie als)\s")


# "busca incorporar a su equipo de plataforma un/a Desarrollador/a Backend Senior": the hire is named
# from the article after the verb that adds them to a team
_ADDS_TO_THE_TEAM = re.compile(
    r"^(?:incorporar|sumar|contratar|incorporer|recruter)\b[^.;:]{0,60}?\s(?=(?:un/a|un\(a\)|una?|une?)\s)"
)


def _from_article(role: str) -> str:
    if added := _ADDS_TO_THE_TEAM.search(role):
        return role[added.end() :]
    article = _GERMAN_ARTICLE.search(role)
    return role[article.start() :] if article else role


# "un.e stagiaire": French inclusive writing, whose dot would end the role at its article
_INCLUSIVE_ARTICLE = re.compile(r"\bun\.e\s")


def _hired_level(text: str) -> Seniority | None:
    """The level of the role a hiring verb names (a range takes its upper end: "SSR o SR" is senior)."""
    found = _HIRING_ROLE.search(_INCLUSIVE_ARTICLE.sub("un\u00b7e ", text))
    if found is None:
        return None
    role = " ".join(_RELATIVE.split(_from_article(found.group(1)))[0].split()[:MAX_ROLE_WORDS])
    level = title_seniority(role)
    hired_intern = level == "intern" and _AN_ARTICLE.match(role) is not None  # "un alternant": the hire
    return level if _HIRED_NOUN.search(role) or hired_intern else None


# Most clauses state no level: a plain `in` test for the strings these patterns need skips them.
_STATEMENT_NEEDLES = needles(LEVEL_STATEMENT)
_AFTER_ROLE_NEEDLES = needles(_LEVEL_AFTER_ROLE)
_POST_LEVEL_NEEDLES = needles(_POST_LEVEL)


def _level_after(low: str) -> re.Match[str] | None:
    """A French level after the role ("vous êtes un développeur … confirmé") or the post's ("le poste :
    un lead tech")."""
    after = _LEVEL_AFTER_ROLE.search(low) if may_match(_AFTER_ROLE_NEEDLES, low) else None
    return after or (_POST_LEVEL.search(low) if may_match(_POST_LEVEL_NEEDLES, low) else None)


def stated_level(text: str) -> Seniority | None:
    """A level stated in prose: "This is a senior-level position", "Seniority: mid", "we're looking for
    Sr Backend Developers"."""
    low = sentence(text).lower()
    if "level" in low:
        low = _LANGUAGE_LEVEL.sub(" ", low)
    found = LEVEL_STATEMENT.search(low) if may_match(_STATEMENT_NEEDLES, low) else None
    ranged = _LEVEL_RANGE.search(low)
    if found and not (ranged and ranged.start() <= found.end() <= ranged.end()):
        return level(next(g for g in found.groups() if g))
    after = _level_after(low)
    if after:
        return title_seniority(after.group(after.lastindex or 0))
    # "de niveau junior à confirmé": a range, though its first word also makes a statement
    return title_seniority(ranged.group(0)) if ranged else _hired_level(low)


# A human language's level is no seniority: "English level: Intermediate and higher", "Language level: B2"
# (but "Language: English Level: Junior" runs two fields together: a role's level)
_LANGUAGE_LEVEL = re.compile(
    r"\b(?:english|german|french|spanish|language|englisch|deutsch)\s(?:level|niveau|nivel)\s?:\s?"
    r"(?:(?:upper|pre)[\s-])?(?:intermediate|advanced|beginner|basic|fluent|native|proficient|[abc][12])\b"
)


# Two levels a posting names together, the hire being either: "(Jr o Ssr)", "nivel #Sr o #SSr", "Senior /
# Semi Senior (3 años ...)", "a mid-level or senior ML engineer": the upper end (the guide).
_RANGE_WORD = (
    r"#?(?:jr|junior|ssr|semi[\s-]?senior|sr|senior|mid[\s-]?level|mid|middle|medior"
    r"|confirmée?|expérimentée?)"
)
# "de niveau junior à confirmé": French too
# not the audience: "You will present findings to mid-level or senior management"
_LEVEL_RANGE = re.compile(
    rf"(?<![\w#]){_RANGE_WORD}(?:\s?(?:o|or|/|-|to|a|à)\s?|-to-){_RANGE_WORD}(?!\w)"
    r"(?!\s(?:management|managers?|leadership|leaders?|executives?|stakeholders?)\b)"
)
