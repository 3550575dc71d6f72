"""Pass 4c of parse_jd: the role's title as a person would write it.

From a "Title:" label, else the first line (or the segment of a "Company | Role | City" line that
names a role), else "looking for a Backend Engineer" in the prose. The gender marker, the company a
job board glued on, trailing places, work modes and dates go; a long title is cut at a word, never
inside one.
"""

# ruff: noqa: RUF001 - the dashes in the patterns are what postings contain
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

from talent.jd.cues import guarded, lower_same_length
from talent.jd.experience import title_seniority
from talent.jd.places import another_name_of_a_skill, is_place, is_state, is_wide, known_place
from talent.jd.sections import PARENS, Kind, Line
from talent.jd.skills import names_a_skill
from talent.jd.taxonomy import canonical_name, category_of
from talent.jd.where import (
    WORK_MODE,
    cities_first,
    is_location_text,
    places_in,
    states_joined,
    without_zones,
)
from talent.jd.words import is_common_word

MAX_TITLE_CHARS: Final = 100
MAX_HEADER_TITLE_WORDS: Final = 8
MAX_TITLE_LINE: Final = 300  # a first line longer than this is prose; only its start can hold the title
_GENDER_MARK = (  # "(m/w/d)", "(all genders)", "H/F": the law's addition to a title, not the role's name
    r"\(\s?(?:[mfwdxhn]\s?[/|*,]\s?){1,3}[mfwdxhn]\s?\)|\(all genders?\)|\(\s?[mfwd]/[mfwd]\s?\)"
    r"|\b[HF]\s?/\s?[FH](?:\s?/\s?X)?\b|\(\s?[HF]\s?[-/]\s?[FH](?:\s?/\s?X)?\s?\)|\(\s?[mwd]\s?\)"
    r"|\(\s?gn\*?\s?\)|\[\s?gn\*?\s?\]"  # "(gn*)", "[gn]": geschlechtsneutral
    r"|\[\s?(?:[mfwdxhn]\s?[/|*,]\s?){1,3}[mfwdxhn]\s?\]"  # "[m/w/d]"
    r"|\(\s?[mfw][wfm][dx]\s?\)|(?<=\s)[mfw]/[wfm]/[dx](?=\s|$)"  # "(mwd)", "JavaEE m/w/d"
)
_GENDER = guarded(rf"{_GENDER_MARK}|\*in\b", re.IGNORECASE)
_BARE_STAR = re.compile(r"(?<=[a-zäöüß])\*(?=\s|$)")  # "Projektmanager* Systemdekommissionierung": *in's star
GENDER_MARK: Final = guarded(rf"\s?(?:{_GENDER_MARK})", re.IGNORECASE)  # "Entwickler*in" stays as written
TITLE_SPLIT: Final = guarded(
    r"(\s[|–—·•@_*](?:\s[|–—·•-])*\s|\s--?(?:\s[|–—·•-])*\s|\s\|\s?|(?<=[\w\])])\|\s?|\s//(?:\s|$)|\s::\s|\sat\s(?=[A-Z0-9])"
    r"|\s(?:para|pour)\s(?-i:(?=[A-ZÀ-Ý]))|\sbusca\s|\ssucht\s|\srecrute\s|\scherche\s:?\s?"
    r"|\s(?:is|are) hiring\s(?:an?\s)?)",
    re.IGNORECASE,
)
_HIRING_SEPARATORS: Final = (
    "busca",
    "sucht",
    "recrute",
    "cherche",
    "cherche :",
    "is hiring",
    "are hiring",
    "is hiring a",
    "is hiring an",
)
_SEASONS = (
    r"(?:summer|winter|spring|autumn|fall|été|hiver|printemps|automne|verano|invierno|primavera|otoño"
    r"|sommer|frühling|herbst)"
)
_MONTHS = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
    r"|january|february|march|may|june|july|october|december)"
)
_DATE_WORDS = re.compile(rf"\b(19|20)\d\d\b|\b{_SEASONS}\b", re.IGNORECASE)
ROLE_WORD: Final = guarded(
    r"\b(engineers?|developers?|scientists?|analysts?|architects?|managers?|lead|designers?|programmers?|interns?"
    r"|administrators?|specialists?|consultants?|head|director|devops|sre|testers?|officers?|researchers?"
    r"|technicians?|entwickler(in)?|desarrollador(es|a)?|développeur(se|\.e)?|ingénieur|ingeniero|programador"
    r"|administrateur|artists?|concierge|admins?|staff|dev|devs|full[\s-]?stack|front[\s-]?end|back[\s-]?end"
    r"|swes?|sdes?|sdets?|writers?"
    # only ending a segment: "Acme | MongoDB DBA", not "Your IT Expert since 1998" or "Office of the CTO"
    r"|(?:(?<!\()(?<!the )(?<!our )c[tiop]o|dbas?|co-?founders?(?!\.)|expert|sme|representatives?)"
    r"(?=\s?(?:$|[|(,:\u2013\u2014-])))\b",
    re.IGNORECASE,
)
_JUNK_TITLE = re.compile(r"^(multiple positions|various|several|[\d\s$€£,.kK+-]+|\W*)$", re.IGNORECASE)
# Segments a job board adds around the role: pay ("$500 to $800", "UP TO $1700"), the contract
# ("freiberuflich", "12 Monate+"), the start ("Start Mid-January") and codes ("FT", "HN").
_AMOUNT = r"[$€£]?\s?\d[\d.,]*\s?k?"
_NOT_THE_ROLE = re.compile(
    rf"^(?:(?:up to|bis zu|hasta|jusqu'à)\s)?(?=[$€£]){_AMOUNT}(?:\s?(?:to|-|–|à|a|bis)\s?{_AMOUNT})?"
    r"(?:\s?(?:usd|eur|gbp))?$"
    r"|^(?:freelance|freiberuflich|contract|contractor|permanent|festanstellung|cdi|cdd|interim|befristet"
    r"|volunteer(?:\s(?:role|position))?|unpaid)$"  # "… (Unreal Engine) - Volunteer Role": the terms
    r"|^(?:external|internal)$"  # "Senior Protocol Engineer (External)": who may apply
    r"|^\d{1,2}\s?(?:monate?|months?|meses|mois)\+?$|^(?:start(?:ing)?|ab sofort|à partir d|a partir de)\b"
    # the start month: "Stage ReactJS / NodeJS Developer - Février", "- September 2024"
    r"|^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january"
    r"|february|march|april|june|july|august|september|october|november|december|enero|febrero|marzo"
    r"|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|märz|juni|juli"
    r"|oktober|dezember)(?:\s(?:19|20)\d\d)?$"
    r"|^\w{2,12}:\s?[$€£]\s?\d"  # "Staff: $190,000 - $210,000, Principal $210,000 - …": each level's pay
    r"|^[\w.+#/ -]{1,40}\s(?:experience|knowledge)\s(?:preferred|required|a plus)$"  # "(macOS experience …)"
    # the experience asked: "AI Engineer (H/F) - 3 à 7 ans d'expérience", "- 5+ years experience"
    r"|^(?:min(?:imum|\.)?\s)?\d{1,2}\+?\s?(?:(?:-|–|à|a|to|bis)\s?\d{1,2}\+?\s)?(?:ans|years?|yrs|jahre|años)"
    r"(?:\s(?:d['\u2019]|de\s|of\s)?(?:exp[ée]riences?|experiencia|erfahrung|berufserfahrung))?$"
    # "(DRW portfolio company)"
    r"|^[\w&.' -]{1,30}\sportfolio company$"
    # the offer: "| Equity available for early engineers", "| VISA sponsorship"
    r"|^(?:equity|stock options|visa|relocation)(?:\s(?:available|offered|provided|possible|sponsorship)"
    r"\b.{0,60})?$",
    re.IGNORECASE,
)
_CODE = re.compile(r"^[A-Z]{2,4}$")
# "onsite, full time, interns", "Full-time or Intern": the kinds of hire a company takes, not the role
_KINDS_OF_HIRE = re.compile(
    r"^(?:(?:on[\s-]?site|remote|hybrid|full[\s-]?time|part[\s-]?time|contract(?:ors?)?|interns?(?:hips?)?"
    r"|graduates?|co-?ops?|freelance|permanent|visa|and|or)\b(?:\s?[,/&+]\s?|\s)?)+$",  # \b: one reading
    re.IGNORECASE,
)
MAX_TAGLINE_WORDS: Final = 5  # a longer segment without a role word is a tagline ("Solve a problem ...")
# "- SignSpan Corporation", "- Acme GmbH": the company by its legal form; "- Jobs", "| Careers at Acme",
# "- Karriere": the careers site's name
_COMPANY_OR_SITE = re.compile(
    r"^(?:[\w&.'-]+\s){1,4}(?:corporation|corp\.?|inc\.?|llc|ltd\.?|limited|gmbh|ag|plc|s\.a\.s?\.?|s\.l\.|b\.?v\.?"
    r"|pty(?:\sltd)?|co\.)$"
    r"|^(?:jobs?|careers?|karriere|stellenangebote?|empleos?|emplois?|offres d'emploi|join us)"
    r"(?:\s(?:at|bei|chez|en|@)\s.{1,40})?$",
    re.IGNORECASE,
)


def _droppable(segment: str, company: str | None) -> bool:
    """A title segment that names the company, the place, the work mode or the pay, not the role."""
    plain = segment.strip(" ()")
    role = bool(ROLE_WORD.search(plain))
    return (
        not plain
        or bool(company and plain.lower().startswith(company.lower()))
        or is_location_text(plain)
        or (bool(WORK_MODE.search(plain)) and not role)
        or bool(_JUNK_TITLE.match(plain) or _NOT_THE_ROLE.match(plain) or _KINDS_OF_HIRE.match(plain))
        or (bool(_COMPANY_OR_SITE.match(plain)) and not role)
        or (bool(_CODE.match(plain)) and not names_a_skill(plain))
        or (len(plain.split()) > MAX_TAGLINE_WORDS and not role)
        or any(is_place(part.strip()) for part in plain.split(","))
    )


def _says_no_role(inner: str) -> bool:
    """A trailing parenthesis about the place, work mode, dates or source ("(Remote)", "(Summer 2025)",
    "(linkedin.com)"), or a name in capitals that is no technology ("(NUBI)": the company)."""
    if (
        is_location_text(inner)
        or WORK_MODE.search(inner)
        or _DATE_WORDS.search(inner)
        or _DOMAIN.match(inner)  # "(linkedin.com)": where a job board found it
    ):
        return True
    if (
        _REFERENCE.match(inner)
        or _WORKLOAD.match(inner)
        or _LANGUAGE_LEVEL.match(inner)
        or _OPENINGS.match(inner)
        or _YEARS_ASKED.match(inner)
        or _NOT_THE_ROLE.match(inner)
        or _GENDER_LEAD.match(inner)
        or _PAY_GRADE.match(inner)
    ):
        return True  # "(FT2001)": the board's reference; "(70-100%)": a Swiss workload; "(CDI)": the contract
    return inner.isupper() and inner.isalpha() and len(inner) > MAX_CODE and not names_a_skill(inner)


# A public employer's pay grade: "(GS 12/13)", "(GS-13)", "(E 13 TV-L)", "(EG 13 TVöD)"
# (not a company's level: "Software Engineer - Backend (E5)")
_PAY_GRADE = re.compile(
    r"^(?:GS[\s-]?\d{1,2}(?:\s?/\s?\d{1,2})?|EG\s?\d{1,2}(?:\s(?:TV-?L|TVöD|TV-H))?"
    r"|E\s\d{1,2}\s(?:TV-?L|TVöD|TV-H))$"
)


# "(m, w, d in Vollzeit 39 Stunden/Woche)": the law's gender mark, then the contract's terms
_GENDER_LEAD = re.compile(r"^\s?(?:[mwdfhx]\s?[,/|*]\s?){1,3}[mwdfhx]\b", re.IGNORECASE)
_TRAILING_WORKLOAD = re.compile(r"\s(?:\d{2,3}\s?%?\s?(?:[-\u2013]|bis)\s?)?\d{2,3}\s?%$")
_WORKLOAD = re.compile(r"^\d{2,3}\s?(?:%\s?)?(?:[-\u2013]|bis|to|à)?\s?\d{0,3}\s?%$")
# A language the hire must speak, and how well: "(full inglés)", "(Inglés básico-intermedio)".
_LANGUAGE_LEVEL = re.compile(
    r"^(?:full |fluent |\w+ )?(?:ingl[ée]s|english|anglais|englisch|deutsch|german|français|french|alemán)"
    r"(?:\s[\w-]{2,30})?$",
    re.IGNORECASE,
)
_REFERENCE = re.compile(  # "(FT2001)", "(Ref.Nr.: 46094)", "(Ref. Job Code: SSE - 2502)", "(REF 04-01D)"
    r"^(?:(?:ref(?:\.?\s?nr)?|req|id|job id|(?:ref\.?\s)?job code)[.:]{0,2}\s?#?\s?)?"
    r"[A-Z]{0,4}(?:[-_ ]|\s?\u2013\s?)?#?\d{3,8}$"
    r"|^r[ée]f\.?\s?[:#]?\s?\d[\dA-Z]{0,5}(?:-[\dA-Z]{1,6}){0,2}$",
    re.IGNORECASE,
)
# "(5+ YOE)", "(3+ years)": the experience asked, not the role
_YEARS_ASKED = re.compile(r"^\d{1,2}\s?\+?\s?(?:yoe|years?|yrs)$", re.IGNORECASE)
# "(has multiple openings)", "(2 positions)": how many are hired, not the role
_OPENINGS = re.compile(
    r"^(?:has |with )?(?:multiple|several|many|\d{1,2}) (?:openings|positions|vacancies|roles|hires)$",
    re.IGNORECASE,
)


MAX_CODE = 3  # "(SRE)", "(AWS)": short capitals are kept


_NEW_TAG = re.compile(r"(?<=\))\s(?:NEU|NEW)!?$")  # a board's mark on a fresh posting: "… (56337) NEU"


def _strip_trailing_parens(title: str) -> str:
    # Trailing parentheses or brackets about the place, work mode or dates: "(Remote)", "[Remote]",
    # "(Summer 2025)".
    title = _NEW_TAG.sub("", title)
    while found := re.search(r"\s?[(\[]([^()\[\]]{0,200})[)\]]\s?$", title):
        inner = found.group(1)
        if _says_no_role(inner):
            title = title[: found.start()]
        else:
            break
    return _TRAILING_WORKLOAD.sub("", title)  # "Data Software Engineer 80 - 100 %"


def cut_at_word(text: str, limit: int = MAX_TITLE_CHARS) -> str:
    """`text` shortened to at most `limit` characters at a word boundary, with no open parenthesis."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    cut = cut[:space] if space > limit // 2 else cut
    if cut.count("(") > cut.count(")"):
        cut = cut[: cut.rfind("(")]
    return cut.rstrip(" -–—|,:;(")


def _role_segment(segments: list[str]) -> int:
    """The index of the first segment that names a role; 0 when none does. "Full-time or Intern" names
    the kinds of hire, not a role."""
    return next(
        (
            i
            for i, s in enumerate(segments)
            if _names_role_word(s)
            and not _JUNK_TITLE.match(s)
            and not _KINDS_OF_HIRE.match(s.strip(" ()"))
            and not _NOT_THE_ROLE.match(s.strip())  # "Equity available for early engineers": the offer
        ),
        0,
    )


# "Software Engineers, Data Engineers" (a "who is hiring" line): the first role names the posting.
_ROLE_LIST = re.compile(
    # "Applied Research Engineer + ML/AI Engineer", "Full Stack Engineers, Mobile Eng, UX/UI designers"
    r"(?:[,;]|\s(?:and|&|\+|y|et|und))\s"
    r"(?=[^,]{0,60}\b(?:engineers?|eng|developers?|scientists?|designers?|sre|managers?)\b)",
    re.I,
)
_TRAILING_NOISE = re.compile(
    r"\s?(?:\((?:[\w-]+\.)+(?:com|io|org|net|co)\)|(?<=\S\s)gesucht\b.*"  # "Tester gesucht mit …"
    r"|(?:\b|\s)(?:-|–)\s?(?:vollzeit|teilzeit|full[\s-]time|part[\s-]time|[\w ]{0,20}time zones?)"
    # "Vollzeit (40h)", "in Voll- oder Teilzeit"
    r"|(?:\s(?:in|als))?(?:\s(?:voll|teil)-\s(?:oder|und)|\s(?:vollzeit|teilzeit)\s?/)?\s(?:vollzeit|teilzeit)"
    r"(?:\s?\(\d{1,2}(?:[,.]\d)?\s?(?:h|std\.?|stunden)\))?"
    r"|\s[-–]\s(?:nr|no|ref)\.?\s?\d{2,}"  # a board's reference: "SAP PP Berater - Projekt - Nr. 3246"
    r"|\s\d{2,4}-\d{4,6}"  # a board's reference: "Softwareingenieur Energiesysteme (m/w/d) 426-12484"
    r"|\s#\d{3,}"  # a board's number: "Projektmanager* Systemdekommissionierung #10937" ("Engineer #1" stays)
    r"|\smit erfahrung in\b.*"  # an ask after the role: "Technischer Redakteur mit Erfahrung in der …"
    # a prospect after the role: "Steuerberater, auf Wunsch mit Partnerperspektive", "… Perspektive: CEO"
    r"|\s?,?\s(?:auf wunsch\s)?mit\s[\w-]*perspektive\b.*|\sperspektive:.*"
    r"|\s[-–]\s[1-5]\s(?:jours|days|tage)\s(?:par|per|a|pro)\s(?:semaine|week|woche)"  # "- 4 jours par…"
    rf"|\s(?:en|in|pour|para|für|for|im)\s{_SEASONS}(?:\s(?:19|20)?\d\d)?"
    r"|\s(?:(?:für|ab|for|pour|para)\s)?20\d\d"  # "Ausbildung zum Fachinformatiker für 2026": the start
    # the start or the term: "Private Equity Intern April-Mai", "Teilprojektleitung, ab Oktober"
    rf"|,?\s(?:ab\s{_MONTHS}|{_MONTHS}\s?[-–]\s?{_MONTHS})"
    r"|\s(?:deutschlandweit|bundesweit|europaweit)"  # "Trainer Zugpersonal deutschlandweit": where it travels
    r"|\s(?:who|that|which)"  # a prose title cut before its clause: "Backend Engineers who"
    r"|,\s?(?:full[\s-]time|part[\s-]time|remote|hybrid|on[\s-]?site|contract"
    r"|permanent|freelance)"
    # "Python Engineer onsite or remote", "Desarrollador JAVA Ssr / Remoto": the work mode
    r"|(?<!\soder)(?<!\sor)(?<![&+])\s(?:/\s)?(?:(?:überwiegend\s)?(?:per|in|en|für|100\s?%|fully)\s)?"
    r"(?:on[\s-]?site or remote|remote or on[\s-]?site|remote|remoto|hybrid|h[íi]brido|t[ée]l[ée]travail"
    r"|teletrabajo|on[\s-]?site)$"
    # a tagline after a colon: "Applied AI Engineer: Deploy AI solutions with customers"
    r"|:\s(?:deploy|build|lead|help|create|design|develop|make|own|scale|shape|join|ship|bring|power)\b.*"
    r"|\s(?:who (?:want|love|like)s?\s)?to (?:lead|build|help|work|join|create|design|develop|make|own|scale"
    r"|shape|grow|digitize|revolutioni[sz]e|simplify)\b.*"
    r"|\spour (?:aider|construire|développer|améliorer|rejoindre|accompagner|faciliter|simplifier)\b.*"
    r"|\sin\s[\w ]{0,20}time zones?|\s\(urgent(?:ly)?(?:\s(?:required|hiring|need))?\)"
    r"|\bin (?:emea|apac|latam)\b.*|[\[\]_]+"
    r"|\s?\[(?:\d{1,2}|phone|name|email)\](?:\.{3})?"  # a footnote's "[1]", a scrubbed "[phone]..."
    r"|\s(?:with|w/)\s(?:an?\s)?(?:active\s)?(?:[\w/-]{1,20}\s){0,3}clearance"  # "… with TS/SCI clearance"
    r"|\s[-\u2013]\s\d{1,2}\s?(?:h|std\.?|stunden)\s?/\s?(?:woche|week|wk)"  # "… - 25h/Woche": the hours
    r"|,?\s(?:and\s)?also\s(?:looking for|hiring|seeking)\b.*"  # "…, also looking for an intern"
    r"|\s?\((?:aka|a\.k\.a\.?|also known as)\s[^()]{1,60}\)"  # "Engineer (aka Customer Delivery Lead)"
    r"|\s?\(\d{4,}[-/\w]{0,10}\)"  # a reference: "Business Analyst … (28325-51CON)"
    r"|\s?\((?:multiple|several|various) (?:cities|locations|offices)\)"  # "(multiple cities)"
    # "… au 3/5e" (three days of five), "(0 to 2 Years)"
    r"|\sau\s\d/\de|\s?\(\d{1,2}\s?(?:to|-|\u2013)\s?\d{1,2}\s(?:years|yrs|ans)\)"
    # the contract: "Junior Software Engineer (Contract, 1099)"
    r"|\s?\((?:contract|freelance|part[\s-]time|full[\s-]time|permanent|temporary|volunteer|unpaid)"
    r"(?:,\s?[^()]{1,20})?\)"
    r"|\s?\([^()]{3,60}!\)"  # a shout: "(ARBEITNEHMERÜBERLASSUNG!)", "(nur bewerben wenn …!)"
    r"|\s[-–|]\s?[$€£]\s?\d.*"  # the pay: "Senior Software Engineer - $240k USD + bonus"
    r"|\s?\(\d{1,3}(?:[.,]\d{3})*\s?[$€£]\)"  # "Data Scientist (25.000 €)"
    # the board it was saved from, or the posting's kind: "Java Developer - Indeed.com", "… job opening"
    r"|\s[-–|]\s(?-i:(?:[A-Za-z][\w-]*\.)+(?:com|de|org|net|co|fr|es|uk))|\sjob\s(?:opening|offer|posting)"
    r"|\s[-–]\s?(?:\d{1,2}(?:\.\d{1,2})?\s?%\s)?equity"  # the offer: "Machine Learning Engineer - 1% Equity"
    r"|(?<=\))-(?:remote|hybrid|on[\s-]?site)"  # "Sr. Backend Developer (Node.js)-Remote"
    # a freelance board's trailing fields: "Database Developer MS SQL HealthTech / remote", "Projektleiter
    # Sharepoint / Remote / Infra / Ruhrgebiet"
    r"|\s/\s(?:remote|hybrid|homeoffice)(?:\s(?:möglich|possible|ok))?(?:\s{1,3}/\s{1,3}[^/\n]{1,40})*"
    # the contract and the site of a German staffing post: "… / DevOps - ANÜ - Arbeitnehmerüberlassung",
    # "IT-Projektmanager für den Standort Berlin"
    r"|(?:\s[-/–]|\s)\s?(?:anü|arbeitnehmerüberlassung)(?:\s[-/–]\s(?:anü|arbeitnehmerüberlassung))?"
    r"|\s(?:für den|an unserem|am) standort(?:\s[A-ZÄÖÜ][\w-]{1,30})?"
    "|[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]+"  # "… FULLSTACK PYTHON + REACT 🚚": an icon
    r")\s?$",
    re.IGNORECASE,
)
_PLURALS: Final = {
    "engineers": "Engineer", "developers": "Developer", "scientists": "Scientist", "designers": "Designer",
    "desarrolladores": "Desarrollador", "développeurs": "Développeur", "entwickler": "Entwickler",
    "artists": "Artist", "managers": "Manager", "analysts": "Analyst", "architects": "Architect",
}  # fmt: skip


_LAST_ASIDE = re.compile(r"\s\([^()]{1,60}\)$")


def _singular(title: str) -> str:
    if aside := _LAST_ASIDE.search(title):  # "Software Engineers (full-stack / product)": the noun before it
        return _singular(title[: aside.start()]) + aside.group(0)
    words = title.split()
    if words and words[-1].lower() in _PLURALS:
        words[-1] = (
            _PLURALS[words[-1].lower()] if words[-1][:1].isupper() else _PLURALS[words[-1].lower()].lower()
        )
    return " ".join(words)


_LEADING_NOISE = re.compile(
    # praise before the role: "the brightest software engineer", "Best Engineer", "Great software engineer"
    r"^(?:(?:the\s)?(?:best|brightest|great|greatest|talented|exceptional|amazing|awesome|stellar)\s"
    r"(?=(?:(?-i:[a-z])[\w-]*\s){0,2}(?:engineers?|developers?|designers?|programmers?)\b)"
    r"|[^\[\]]{1,20}\]\s?|une?\s(?:ou|/)\s?une?\s|(?:an?|the|un|una|une|un\.e|el|la|le|der|die|ein|eine)\s"
    r"|full[\s-]time\s(?!or\s|and\s)(?=\w+\s\w)"  # "Full time software developer", not "Full-time"
    # a count or a list's number: "2 X Fullstack Engineer", "1. Staff Engineer"
    r"|\d{1,2}\s?x\s(?=\w)|\d{1,2}[.)]\s(?=[A-Z])|(?:a\s)?(?:few|several|two|three)\s"
    r"(?=[^|]{0,40}?\b(?:engineers|developers|designers|scientists|managers|programmers)\b)"
    # a mail subject's or board's tag: "[Búsqueda activa] Desarrollador/a …", "[CDD 44] Ingénieur d'études"
    r"|\[(?!name\]|email\]|phone\])[^\[\]\n]{1,40}\]\s?(?=\w)"
    r"|\+{2,}\s?(?=\w)"  # a board's decoration: "++Service Manager (m/w/d) - ab Sofort … Hamburg++"
    r"|\d{4}-\d{3,6}_(?=[A-Za-z])"  # a requisition's number: "2024-7263_Data Engineer"
    # a board's reference: "F50250918P9A1 - Projektleitung …"
    r"|(?-i:[A-Z]{1,3}\d{6,12}[A-Z\d]{0,6})\s[-\u2013|]\s(?=\w))",
    re.IGNORECASE,
)
_URL = re.compile(r"\[?(?:https?://|www\.)\S{1,200}")


def _first_role(title: str) -> tuple[str, bool]:
    """The first of a list of roles ("Data Scientists, Engineers", "Sr Front end Engineer and Support
    Engineer"), never split inside a parenthesis nor at an "and" before the first role word ("Sales and
    Solutions Engineer"); and whether there was a list."""
    for found in _ROLE_LIST.finditer(title):
        head = title[: found.start()]
        conjunction = found.group(0)[:1] not in ",;"
        # "Backend + Data Engineer": a "+" parts two roles only after a whole role's name
        plus_needs_noun = found.group(0).strip() == "+" and not _ENDS_A_ROLE.search(head)
        if (
            head.count("(") == head.count(")")
            and (not conjunction or ROLE_WORD.search(head))
            and not plus_needs_noun
        ):
            return head, True
    return title, False


# "Développeuse ou un développeur", "INGÉNIEUR OU UNE INGÉNIEURE": the second article of a French pair
_PAIRED_ARTICLE = guarded(r"(?<=\w\sou\s)(?<!\bun\sou\s)(?<!\bune\sou\s)une?\s(?=\w)", re.IGNORECASE)


def _tidy(title: str) -> tuple[str, bool]:
    """The title without leading and trailing noise, and whether it was the first of a list of roles."""
    title = _PAIRED_ARTICLE.sub("", _LEADING_NOISE.sub("", _URL.sub("", title)))
    if several := _SEVERAL_LISTED.match(title):  # "Multiple (C++ Developer, UI/UX Designer)": the roles
        title = several.group(1)
    title, listed = _first_role(title)
    if title.startswith("[") and "]" not in title:  # "Roles: [Engineering Manager (Rails), …]": the list's
        title = title[1:]
    aside = _SQUARE_END.search(title)
    aside = aside if aside and any(c.isalnum() for c in aside.group(0)) else None  # "… Engineer [ ]"
    title, end = (title[: aside.start()], aside.group(0)) if aside else (title, "")
    for _ in range(3):  # "... (workable.com)", "... gesucht", "- Vollzeit": each at most once
        title = _TRAILING_NOISE.sub("", title).strip(" -–—|,:!")
    return title + end, listed


# "Job Offer: nRF Developer", "Open Collective Foundation: Finance Admin": a label or a name before the role.
_HEAD_COLON = re.compile(r"^([^:]{2,60}):\s")
_IN_PLACE_END = re.compile(
    r"\s(?:in|à|en)\s([A-ZÀ-Ý][\w'-]{1,30}(?:,?\s(?:(?:am|an der|im)\s)?[A-ZÀ-Ý][\w'-]{1,30}){0,2})$"
)  # "Steuerberater in Frankfurt am Main"


def _after_head(title: str) -> str:
    head = _HEAD_COLON.match(title)
    if head and not ROLE_WORD.search(head.group(1)) and ROLE_WORD.search(title, head.end()):
        return title[head.end() :]
    return title


_LAST_WORDS = re.compile(r"\s([A-ZÀ-Ý][\w'-]{1,30}\s[A-ZÀ-Ý][\w'-]{1,30})$")  # "... New Zealand"
_LAST_WORD = re.compile(r"\s([A-ZÀ-Ý][\w'-]{1,30})$")


def _comma_place(title: str) -> int | None:
    """Where the places after a role and a comma start: "Director of Education, Austin Texas" -> at the
    comma; None when the text after every comma is not all places."""
    for found in re.finditer(",", title):
        tail = title[found.end() :].strip()
        places = places_in(tail) if tail else []
        known = all(is_place(p) and known_place(p.split(",")[0]) for p in places)
        if places and known and ROLE_WORD.search(title, 0, found.start()):
            return found.start()
    return None


def _without_place(title: str) -> str:
    """ "Embedded Developer in Huntsville" -> "Embedded Developer"; "Senior Software Engineer for AI
    Poland" -> "Senior Software Engineer for AI" (a country or region glued on by a job board); "Engineer,
    Berlin" -> "Engineer"."""
    comma = _comma_place(title)
    if comma is not None:
        return title[:comma]
    found = _IN_PLACE_END.search(title)
    if found and is_place(found.group(1)):
        return title[: found.start()]
    glued = _glued_place(title)
    return title[: glued.start()] if glued else title


def _glued_place(title: str) -> re.Match[str] | None:
    """A country or region at the end of a title after its role, with no separator: "... AI Poland"."""
    for last in (_LAST_WORDS.search(title), _LAST_WORD.search(title)):
        if (
            last
            and is_place(last.group(1))
            and is_wide(last.group(1))
            and ROLE_WORD.search(title, 0, last.start())
        ):
            return last
    return None


# "Fullstack, Rails & React.JS": after the role, a list of technologies only.
_STACK_TAIL = re.compile(r",\s([^,()]{1,80})$")
_STACK_SPLIT = re.compile(r"\s?(?:[,/&+]|\sand\s|\sy\s|\set\s|\sund\s)\s?")


def _without_stack(title: str) -> str:
    tail = _STACK_TAIL.search(title)
    if tail is None or ROLE_WORD.search(tail.group(1)):
        return title
    items = [item for item in _STACK_SPLIT.split(tail.group(1)) if item.strip()]
    return title[: tail.start()] if len(items) > 1 and all(names_a_skill(item) for item in items) else title


# Words a job board or a poster puts before the role: "Job Offer:", "Detalle de la oferta", "Buscamos",
# "FREELANCE", "Remote", a date ("(29/10/2014)").
# The team or office a hire joins, before the role's article: "para nuestra oficina de Madrid un/a …"
_JOINS: Final = r"(?:para|pour|für) (?:nuestr[oa]|notre|unser\w{0,2}) [^.\n]{2,40}?"
_LEADING_LABEL = re.compile(
    r"^(?:\(?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\)?|un[·.\u22c5]e|un\(e\)"
    r"|job offer|job posting|job opening|detalle de la oferta|oferta de (?:empleo|trabajo)|stellenangebot"
    # "Vacancy for HPC/cloud specialist", a record's "Name: Junior Tester"
    r"|vacancy(?: for|(?=\s?:))|name(?=\s?:)"
    r"|stellenausschreibung|now accepting applications|poste d[e']|stelle als|puesto de"
    r"|offre d'emploi|busco|se busca|on recherche|recherche|gesucht"
    # with the article of a one-line posting: "Wir suchen einen Java-Entwickler", "Buscamos una …"
    # "Buscamos para nuestro equipo un desarrollador", "Nous recherchons pour notre équipe un développeur"
    r"|(?:buscamos|nous (?:re)?cherchons|wir suchen)"
    rf"(?: {_JOINS}(?= (?:einen?|eine[/*:]n|una?|un/a|une?|un[·.]e) ))?"
    r"(?: (?:einen?|eine[/*:]n|una?|un/a|une?|un[·.]e))?"
    # a board's "Suche Messingenieur …", "Projekt: Senior Berater …" (not "Suche & Ranking Engineer")
    r"|(?-i:Suche(?=\s[A-ZÄÖÜ]))|(?:projekt|project)(?=\s?:)"
    r"|teilzeit|vollzeit|fest\w{0,3}stellung!?"  # "TEILZEIT Sachbearbeitung …", "Festanstellung! …"
    r"|we(?:'re| are) hiring(?: for)?(?: an?)?|hiring:|\[?remote\]?|freelance)\s?:?\s(?=\S)"
    # "¡Se busca! - Líder TI", "We're hiring! - Backend Engineer": an exclamation, then the role
    r"|^¡?(?:se busca|se necesita|buscamos|wir suchen|on recrute|we(?:'re| are) hiring)\s?!\s?"
    r"(?:[\u2013\u2014-]\s)?(?=\S)",
    re.IGNORECASE,
)


# A title line that is the hiring phrase itself: "Looking for Software Engineers", "Hiring a RoR developer!",
# "Recrutement d'un-e chargé-e de projets".
_HIRING_LEAD = re.compile(
    r"^(?:(?:now |currently )?(?:looking for|seeking)|(?:now )?hiring(?: for)?|recrutement"
    r"|we (?:need|are looking for|are seeking|(?:'re|\u2019re) looking for)"  # a one-line posting
    # "Need a Rust dev who knows tokio", not "Need a change? Senior Java Engineer wanted"
    r"|need(?:ed|ing)?(?=\san?\s(?:[\w+#.-]+\s){0,3}(?:dev|developer|engineer|programmer|architect)s?\b)"
    r"|(?:an? )?opening for"
    # "Offre de stage ReactJS / NodeJS Developer": the offer of an internship, then the role
    r"|(?:offre|oferta)s?(?=\s(?:de|d['\u2019])\s?(?:stage|alternance|prácticas|pasant[ií]a)\b))"
    r"(?: (?:an?|d'une?|d'un[-·.]e|de deux|de trois|des|de|d'))?\s?(?=\w)",
    re.IGNORECASE,
)


def _is_hiring(separator: str) -> bool:
    return separator.strip().lower() in _HIRING_SEPARATORS


# "Jam.dev - Senior Engineer": a site's name ("dev" is no developer there), not a technology's ("ASP.NET")
_SITE_NAME = re.compile(r"(?:[\w-]+\.)+(?:com|io|org|net|co|dev|ai|app)", re.IGNORECASE)


def _names_role_word(segment: str) -> bool:
    site = _SITE_NAME.fullmatch(segment.strip()) and not names_a_skill(segment.strip())
    return bool(ROLE_WORD.search(segment)) and not site


def _begin(parts: list[str], segments: list[str], company: str | None) -> tuple[int, bool]:
    """The segment the role starts at, and whether a hiring phrase led to it ("Acme is hiring X")."""
    hiring = [k for k in range(1, len(parts), 2) if _is_hiring(parts[k])]
    if hiring:
        return (hiring[0] + 1) // 2, True  # "| 12 | Tab (YC W15) Is Hiring a Lead Developer in London"
    lead = len(segments) > 2 or _droppable(segments[0], company) or not _names_role_word(segments[0])
    begin = _role_segment(segments) if lead else 0
    if 2 * begin + 1 < len(parts) and _is_hiring(parts[2 * begin + 1]):
        return begin + 1, True  # "Walmart Chile busca Desarrollador Fullstack"
    return begin, begin > 0 and _is_hiring(parts[2 * begin - 1])


def _end(parts: list[str], segments: list[str], begin: int) -> int:
    """ "Engineer @ Nimbus (YC W24)": the segments after an "@" or "at" name the company."""
    after = range(begin + 1, len(segments))
    company = ("@", "at", "para", "pour")  # "Software Engineer para Compañia Lider IT"
    # "Lead Software Engineer — Design and build LLM-driven workflows to ingest, …": a description
    ends = (
        i
        for i in after
        if parts[2 * i - 1].strip() in company
        or _A_SENTENCE.match(segments[i])
        or (parts[2 * i - 1].strip() in _DASHES and len(segments[i].split()) > MAX_SEGMENT_WORDS)
    )
    return next(ends, len(segments))


MAX_SEGMENT_WORDS: Final = 14  # a longer segment after the role's dash is a sentence about it
_DASHES: Final = ("-", "\u2013", "\u2014")
# "Full Stack Engineer - We are seeking a skilled Full Stack Engineer with …": a sentence after the role
_A_SENTENCE = re.compile(
    r"(?:we|we're|we are|you|you'll|you will|i|i'm|our|join us)\s"
    # "Contact [email] for more info.", "Apply here": how to apply, after the role
    r"|(?:contact|email|e-mail)\s(?:us\b|me\b|\[|\S+@)|apply\s(?:at|via|here|now)\b",
    re.IGNORECASE,
)


def _kept(parts: list[str], begin: int, end: int, company: str | None) -> str:
    segments = parts[0::2]
    dropped = {index for index in range(begin + 1, end) if _droppable(segments[index], company)}
    # "Staff Engineer | Acme | London": a segment before the place that names no role is the company.
    last = max(dropped, default=0)
    kept = segments[begin]
    for index in range(begin + 1, end):
        role = ROLE_WORD.search(segments[index])
        if not _A_WORD.search(segments[index]):
            break  # "| $125k-$175k • 0.50%-1.50%": figures without a word start the offer
        if index in dropped or (index < last and not role):
            continue
        if not role and parts[2 * index - 1].strip() == "|":
            continue  # "Pex | Multiple positions": a segment after a bar that names no role
        if (
            parts[2 * index - 1].strip() == "|"
            and _ENDS_A_ROLE.search(kept)
            and _ENDS_A_ROLE.search(segments[index])
        ):
            break  # "Cleric | Staff SWE, AI | Staff SWE, Product | Head of Marketing": the next role
        kept += parts[2 * index - 1] + segments[index]
    return kept


# A role's name ends with its noun, or the noun and a short qualifier: "Staff SWE, AI", "Head of Marketing"
_ENDS_A_ROLE = re.compile(
    r"\b(?:engineers?|developers?|managers?|designers?|scientists?|architects?|swes?|sdes?|analysts?"
    r"|head of [\w&-]+)(?:,\s[\w/&-]+(?:\s[\w/&-]+)?|\s\([^()]{1,40}\))?\s*$",
    re.IGNORECASE,
)
_A_WORD = re.compile(r"[^\W\d_]{2}|(?<![\d.])[^\W\d_]\d")  # a word or a code ("B2B"), no figure ("125k")
_EMPTY_BRACKET = re.compile(r"\s?\(\s*\)")
_TEMPLATE_BRACES = re.compile(r"^\s?\{?([^{}\n]{1,100})\}(?=\s|$)")
_OPEN_JOB = re.compile(r"^open\s(.{3,100}?)\sjob(?=$|\sat\s)", re.IGNORECASE)
# "Software Engineer - Cody Core [IC2]": a square-bracketed aside at the end, kept as written (not a
# footnote's "[1]" nor a scrubbed "[phone]")
_SQUARE_END = re.compile(r"\s?\[(?!\d{1,2}\]|phone\]|name\]|email\])[^\[\]\n]{1,60}\]$")


# "Leader Technique Java (F/H - Aix-en-Provence - CS)": the aside left once the gender mark is gone holds
# more segments (the place, the company), not a part of the role's name
_EMPTIED_ASIDE = re.compile(r"\(\s?[-\u2013|,]\s")


# "Frontend Engineers Wanted - Contract to Full-Time", "Software-Entwickler gesucht!": the hiring phrase
# after the role
_WANTED = re.compile(r"(?<=\S)\s(?:wanted|needed|gesucht)\b!?(?:\s?[-–—|:(!.].*)?$", re.IGNORECASE)


_SEVERAL_LISTED = re.compile(
    r"^(?:multiple|several|various)(?:\s(?:roles|positions|openings))?:?\s?\(([^()]{3,200})\)\s?$",
    re.IGNORECASE,
)
# "Principal Engineer's and Senior Engineer's": a plural written with an apostrophe (no noun follows it)
_HEAD_COUNT = re.compile(
    r"^\s?\d{1,2}(?:\s?[-\u2013]\s?\d{1,2})?\s(?![xX]\s)"
    r"(?!(?i:month|week|day|hour|year|tier|monat|woche|tag|stunde|jahr|mois|semaine|jour|mes|semana|año)\w{0,2}\b)"
    r"(?=[A-ZÀ-Ý][\w.-]+\s\w)"  # "12 Month FTC Data Engineer", "5 G …" keep their number
)
_APOSTROPHE_PLURAL = re.compile(r"(?<=[a-z])'s(?=\s(?:and|or|&|\+|/|\|)\s|\s?[,|]|\s?$)")


def _title_parts(title: str) -> list[str]:
    """The title split at its separators, but not inside a bracket: "Security Engineer (Senior Software
    Engineer - Security) | Remote" keeps its bracket whole."""
    parts = TITLE_SPLIT.split(title)
    merged = parts[:1]
    for index in range(1, len(parts), 2):
        if merged[-1].count("(") > merged[-1].count(")"):
            merged[-1] += parts[index] + parts[index + 1]
        else:
            merged += parts[index : index + 2]
    return merged


_LEADING_ASIDE = re.compile(r"^\s?\(([^()]{2,40})\)\s(?=\S)")


def _without_leading_aside(title: str) -> str:
    """ "(Canada) Software Implementation Consultant": a board's country or work mode before the role."""
    aside = _LEADING_ASIDE.match(title)
    inner = aside.group(1).strip() if aside else ""
    # a country or region (not "(Julia)", "(Palo Alto)"); remote or onsite (not "(Hybrid) Mobile App …")
    if aside and ((is_wide(inner) and not names_a_skill(inner)) or _REMOTE_OR_ONSITE.fullmatch(inner)):
        return title[aside.end() :]
    return title


_REMOTE_OR_ONSITE = re.compile(r"(?:fully |100\s?% )?remote|on-?site|vor ort", re.IGNORECASE)
# A one-line posting goes on past the role: "Senior Python developer with Django and AWS, remote in EU",
# "senior Go engineer who knows Kubernetes", "Desarrollador Java senior con Spring Boot".
_ROLE_NOUN = (
    r"\b(?:engineer|developer|programmer|architect|scientist|dev|entwickler(?:in)?|desarrollador(?:a)?"
    r"|d[ée]veloppeur(?:se)?|ing[ée]nieur(?:e)?|ingeniero|ingeniera"
    r"|sre|swe|sde|sdet)s?"  # "Hiring: Senior SRE, remote US, Go/K8s/Terraform, 5+ yrs" (a trial's)
)
_ROLE_THEN_ASKS = re.compile(
    _ROLE_NOUN + r"(?:\s(?!(?:with|who|that|con|mit|avec|qui|que)\s)[\w+#./-]{1,20}){0,2}"  # "… Java senior"
    # "… with Django"; the years after a dash ("Lead DevOps Engineer — 7+ years"); a comma before the
    # stack (`_role_then_asks`)
    r"(?=\s(?:with|who|that|con|mit|avec|qui|que)\s|\s[-\u2013\u2014]\s(?=\d)|,\s)",
    re.IGNORECASE,
)
# The next sentence right after the role noun ("Kotlin Android developer. Onsite in Warsaw"); not after
# other words ("Software Engineer in St. Louis", "Senior Software Engineer II. Java")
_ROLE_THEN_SENTENCE = re.compile(_ROLE_NOUN + r"(?=[.;]\s[A-Z])", re.IGNORECASE)


def _role_then_asks(title: str) -> re.Match[str] | None:
    """Where a one-line posting's role ends; at a comma only when a list of technologies follows
    ("Kotlin Android developer, Jetpack Compose, Coroutines"), not a specialism ("Software Engineer,
    Backend", "Software Engineer, iOS")."""
    ends = [found for found in _ROLE_THEN_ASKS.finditer(title) if _ends_the_role(title, found)]
    ends += [found] if (found := _ROLE_THEN_SENTENCE.search(title)) else []
    return min(ends, key=lambda found: found.end(), default=None)


def _ends_the_role(title: str, found: re.Match[str]) -> bool:
    if title[found.end() : found.end() + 1] != ",":
        return True
    following = [item.split(". ")[0].strip().rstrip(".") for item in title[found.end() + 1 :].split(",")[:2]]
    if len(following) == 2 and all(_a_technology(item) for item in following):
        return True
    if _URGENCY_TAIL.search(title, 0, found.end()):
        return True  # "rust dev asap, embedded, remote ok"
    # "rust dev asap, embedded, remote ok": the asks after the urgency; "Python dev, remote": the work mode;
    # "Senior SRE, Berlin, Kubernetes": the place; "React Native dev in Lisbon, 3+ yrs, TypeScript": the
    # years asked (a trial's drafts named the whole line as the role)
    asks = _REMOTE_OR_ONSITE.match(following[0]) is not None or _YEARS_ASKED.match(following[0]) is not None
    return asks or is_place(following[0])


# What a one-line request says after the role: "Rust dev ASAP", "Senior python dev in London"
_URGENCY_TAIL = re.compile(
    r"(?:\s[-\u2013\u2014:|])?\s(?:asap|urgent(?:ly)?|immediately|right now)$", re.IGNORECASE
)
_TYPED_PLACE = re.compile(r"\s(?:in|based in)\s([A-Z][\w -]{1,40})$")


def _without_tail(title: str) -> str:
    """A one-line posting's role without the urgency or the place typed after it."""
    title = _URGENCY_TAIL.sub("", title)
    place = _TYPED_PLACE.search(title)
    return title[: place.start()] if place and is_place(place.group(1)) else title


def _a_technology(name: str) -> bool:
    canonical = canonical_name(name)
    return canonical is not None and category_of(canonical) != "concept"


# A posting saved under its date: "20210908 NLP Engineer", "2022-06-01 Tech fullstack"
_DATE_STAMP = re.compile(r"^(?:19|20)\d\d(?:[01]\d[0-3]\d|-[01]\d-[0-3]\d)\s+(?:[-–|:]\s+)?(?=\w)")


def clean_title(title: str, company: str | None, hired: bool = False) -> str:
    """The role's name from a raw title line: no company, place, work mode, date or job-board noise.

    A plural role is one hire's: "Software Engineers" -> "Software Engineer" (as most labels write it: on
    the tuning set this fixed 54 titles and broke 28 whose labels keep the plural), unless the singular
    reads as a level of its own ("Engineering Managers": several people, no manager's posting) or the
    plural is the team a role leads or serves ("Head of Data Scientists", "Technical Writer for
    Developers"), and no hiring phrase or list made it one role (`hired`, "Acme is hiring Engineering
    Managers").
    """
    title = _EMPTIED_ASIDE.sub(" - ", GENDER_MARK.sub("", _URL.sub("", title[:MAX_TITLE_LINE])))
    title = _DATE_STAMP.sub("", title)  # "20210908 NLP Engineer": a file's date, not the role's
    title = _BREADCRUMB.sub("", title)  # "Karriere > Lernende > Entwickler/in …": the page's path
    title = _without_hashtags(_BARE_STAR.sub("", title))  # "Software Engineer #job #jhug"
    title = _EMPTY_BRACKET.sub("", title)  # "Nuna (<a href=…>) | Staff Engineer": the link's bracket
    title = _TEMPLATE_BRACES.sub(r"\1", title)  # "{DevOps Engineer} (m/w/d)": a template's field
    if (wrapped := _OPEN_JOB.match(title)) and wrapped.group(1).isupper():  # "Open MOBILE DEVELOPER … job"
        title = wrapped.group(1) + title[wrapped.end() :]
    title = _APOSTROPHE_PLURAL.sub("s", title)
    title = _without_leading_aside(title)
    if lead := _HIRING_LEAD.match(title):  # "Looking for Lua Developers": the role, as one hire
        title, hired = _without_purpose(title[lead.end() :]), True
    if count := _HEAD_COUNT.match(title):  # "2-3 Netzwerk Engineers": how many, then the role
        title, hired = title[count.end() :], True
    if wanted := _WANTED.search(title):
        title, hired = title[: wanted.start()], True
    title = _strip_trailing_parens(_after_head(_LEADING_LABEL.sub("", title)))
    parts = _title_parts(title)  # [segment, separator, segment, ...]
    begin, after_hiring = _begin(parts, parts[0::2], company)
    kept = _kept(parts, begin, _end(parts, parts[0::2], begin), company)
    if lead := _HIRING_LEAD.match(kept):  # "PayPal | Fulltime | Hiring Javascript Application Engineers"
        kept, after_hiring = kept[lead.end() :], True
    cleaned, listed = _tidy(
        _LEADING_LABEL.sub("", " ".join(_strip_trailing_parens(kept).split()).strip(" -–—|,:"))
    )
    # a one-line posting's tail once its place is gone: "Développeur Python confirmé, Django, à Paris"
    cleaned = _strip_trailing_parens(_without_stack(_without_place(cleaned).rstrip(" ,;")))
    cleaned = _without_posting_word(cleaned)
    if (stop := _FULL_STOP.search(cleaned)) and not _abbreviated(stop.group(1)):  # "## Programmeur."
        cleaned = cleaned[: stop.end(1)]
    single = _singular(cleaned)
    managed = _MANAGES.search(cleaned) is not None  # "Head of Solutions Architects": the team led or served
    same_level = title_seniority(single) == title_seniority(cleaned)
    if hired or after_hiring or listed or (not managed and same_level):
        return cut_at_word(single)
    return cut_at_word(cleaned)


# The posting named around the role: "Research Software Engineer Position", "… position for cloud-based
# ocean sonar data", "JD for Sr. Node.js Backend Engineer" (not "Vacancy Management Specialist": a role)
_POSTING_WORD_AFTER = re.compile(
    r"\s(?:position|opportunity|vacancy|job|role)(?:\s(?:for|in|at|with|on)\s.*)?$", re.IGNORECASE
)
_POSTING_WORD_BEFORE = re.compile(r"^(?:jd for|job description for)\s(?=\w)", re.IGNORECASE)


def _without_posting_word(title: str) -> str:
    """The role without the posting's own name around it, when what is left still names a role."""
    bare = _POSTING_WORD_BEFORE.sub("", _POSTING_WORD_AFTER.sub("", title))
    return bare if bare != title and ROLE_WORD.search(bare) else title


_FULL_STOP = re.compile(r"([^\W\d_]{4,})\.$")  # not "Sr." nor "Node.js"
# "Karriere > Lernende > ": a page's path of two steps or more (not "Senior Engineer > Platform")
_BREADCRUMB = re.compile(r"^(?:[^>›()\n]{1,40}?\s[>›]\s){2,}(?=\S)")
# What the hires are sought for, after the role a hiring phrase names: "Looking for Senior/Mid-Level
# Developers to Change the World!", "Seeking Engineers who love Rust"
_PURPOSE = re.compile(r"(?<=[a-z]s)\s(?:to|who|that)\s", re.IGNORECASE)


def _without_purpose(title: str) -> str:
    """The title up to `_PURPOSE` (cut at the match: a pattern running on to the end would be quadratic)."""
    found = _PURPOSE.search(title)
    return title[: found.start()] if found else title


_TWO_CONSONANTS = re.compile(r"[b-df-hj-np-tv-zß]{2}$", re.IGNORECASE)
MAX_ABBREVIATION: Final = 12  # letters of a cut word ("Elektrotechn."); longer ones are words


def _abbreviated(word: str) -> bool:
    """A cut word, whose stop is its own ("Schwerpunkt Contr.", "Projektleiter Elektrotechn."): no
    common word, at most `MAX_ABBREVIATION` letters, ending in two consonants."""
    short = len(word) <= MAX_ABBREVIATION and _TWO_CONSONANTS.search(word) is not None
    named = any(c.isupper() for c in word[1:])  # "MLOps", "DevOps": a name, not a cut word
    return short and not named and not is_common_word(word)


# A role over or for the people the plural names: "Manager, Solutions Architects", "Head of Data
# Scientists", "Community Manager - Developers", "Technical Writer for Developers", "Developer Advocate for
# Data Scientists" (not "Senior / Lead Software Engineers")
_MANAGES = re.compile(
    r"\s(?:of|for)\s"
    r"|\b(?:manager|head|director|lead|leader|recruiter|vp|chief)\b[^,|]{0,40}?(?:,\s|\s[-\u2013\u2014]\s)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Title:
    """The cleaned title, the raw text it came from, and the places the first line names."""

    title: str
    raw: str
    places: list[str]


# "seeking a highly motivated and experienced Senior Backend Engineer": praise before the role's name
_PRAISE = (
    r"(?:(?:(?:highly|very|extremely|exceptionally|truly|really)\s)?(?:motivated|self-motivated|talented|experienced"
    r"|passionate|driven|skilled|exceptional|creative|dedicated|enthusiastic|ambitious|seasoned|proactive"
    r"|pragmatic|detail-oriented|brilliant|curious|versatile|energetic|results-driven|strong"
    # before another praise word only: not "a Dynamic Positioning Engineer", "an Innovation Manager"
    r"|(?:dynamic|innovative)(?=,?\s(?:and|&)\s)"
    # the hire's terms: "looking for a U.S.-based, fully remote Software Engineer"
    r"|[\w.]{1,12}-based|(?:fully\s|100%\s)?remote|full-time|part-time"
    r"|erfahrene[nr]?(?:/n|\*n|:n)?|motivierte[nr]?(?:/n|\*n|:n)?)(?:,?\s(?:and|und|or)\s|,\s|\s/\s|\s))*"
)
_ARTICLE: Final = r"(?:an?\s|un\s|una\s|un/a\s|un\(a\)\s|une\s|des\s|einen?\s|eine[/*:]n\s)"
_PROSE_ROLE = re.compile(
    r"\b(?:looking for|hiring(?!\smanager)|seeking|if you are|join us as|busca(?:mos|n)?|recrutons|recrute"
    r"|recherchons"
    r"|sucht|suchen"
    r"|vacantes? de|puesto de|poste de|búsqueda de|(?<!such )as an?|años como|ans en tant que"
    # "¿Te gustaría trabajar como Analista Programador/a?", "Möchtest du als Backend-Entwickler arbeiten?"
    r"|trabajar como|travailler (?:comme|en tant que)|(?:möchtest du|willst du|möchten sie) als"
    r"|open roles|openings include|opportunities available for"
    r"|(?:has|have) an? (?:opening|vacancy|position) for)"  # "… (SIBCR) has an opening for a …"
    # "We're hiring for these roles:\n- Senior Engineer (Prenatal)", "Open Roles:\n- Solution Architect"
    r"(?:\sfor(?:\s[\w-]{1,20}){0,3}?\s(?:roles|positions)(?:\sincluding)?"
    # "hiring in NYC across all teams, including:", "We're hiring (Remote - US) for:" before a list
    r"|\s[^:\n.]{1,60}?,?\s(?:including|for)(?=\s?:\s))?"
    r"(?:\s?:(?:\s{0,3}\n\s{0,3}(?:[-*•]\s|\d\.\s)?|\s[-*•]\s|\s(?=\d{1,2}\s))|\s)"
    r"(?:wieder\s|ab sofort\s|aktuell\s|currently\s|now\s)?"  # "Wir suchen wieder Entwickler"
    # "Buscamos para nuestro equipo un desarrollador", "für unseren Standort Hamburg eine/n": the team or
    # office it joins, then the role after its article
    rf"(?:{_JOINS}\s(?={_ARTICLE}))?"
    r"(?:(?<=hiring\s)for\s|(?<=seeking\s)for\s)?"  # "We are hiring for remote Software Engineers"
    rf"(?:{_ARTICLE}|\d{{1,2}}\s|several\s"
    r"|(?:both\s)?our\s)?"  # "We're hiring for both our Full Stack Engineer and AI team"
    rf"{_PRAISE}((?:[\w+#./-]{{1,30}}\s){{0,4}}?(?:[\w+#./]{{1,30}}-)?"  # "Webapplikations-Entwickler"
    r"(?:engineer|developer|scientist|architect|designer|programmer|desarrollador|développeur|entwickler"
    r"|(?:specialist|analyst|administrator|consultant)(?!s)"  # "seeking a Sr. Platform Operations Specialist"
    # "lead" ends the role only when no role noun follows: "a Lead Data Engineer" is not "Lead"
    r"|engineering manager|manager"
    r"|lead(?!\s(?:(?!(?:to|who|with|and|for|of|in|that|can|will)\s)[\w+#./-]{1,30}\s){0,3}"
    r"(?:engineer|developer|manager|designer|scientist|architect)))"
    r"(?:e?s|[/*:]in(?:nen)?)?\b"  # "Entwickler/in"
    # (and the hire's kind after it: "a talented and motivated Front End Developer Intern")
    r"(?:\s(?:senior|junior|sr|ssr|jr|frontend|backend|front[\s-]end|back[\s-]end|full[\s-]?stack|web|intern"
    r"|trainee|apprentice)){0,3})",
)  # read on lower-case text: IGNORECASE would try every alternative at every character (cues.words)


# Where no hiring phrase names the role, these do: "we have a Senior Search Engineer opening", "As Acme's
# Back End Engineer, you will …", "We need Engineers who …" (read on lower-case text, as `_PROSE_ROLE`).
_ROLE_NAME = (
    r"((?:[\w+#./-]{1,30}\s){0,4}?(?:engineer|developer|scientist|architect|designer|programmer|manager"
    r"|lead))(?:e?s)?"
)
_OTHER_ROLE_CUE = re.compile(
    rf"\b(?:we|i) have an?\s{_ROLE_NAME}\s(?:opening|vacancy|position)\b"
    rf"|(?<![\w.])as\s[\w.&-]{{2,30}}'s\s{_ROLE_NAME},\s(?:you|you'll)\b"
    rf"|\bwe need\s(?!to\s|someone|you|your|people|help|more|an?\s){_ROLE_NAME}\s(?:who|that|to)\b"
    # a paragraph that opens with the role as its subject: "The Senior Software Engineer helps lead …"
    # (not another person: "The Hiring Manager works closely with you", "The Engineering Manager will be …")
    rf"|(?:^|\n)the\s(?!hiring\s){_ROLE_NAME}\s(?:helps|is responsible|designs|builds|develops"
    r"|will (?!be your|support you|mentor|guide you|work with you|onboard))\b"
    rf"|\b(?:be|become) our next\s{_ROLE_NAME}\b"  # "We're looking for you to be our next Data Engineer!"
    # a gender-marked role in a sentence, after "as:" or a joining verb: "contribute to our common success
    # as: Intern Data & GenAI / M&A Analytics (m/f/d)", "Verstärke unser Team als Projektingenieur (m/w/d)"
    # (not a qualification, "Ausbildung als Gas-Wasser-Installateur (m/w/d)", nor "als Mitglied des Teams
    # an den Head of Engineering (m/w/d)", "mehr als 500 Mitarbeiter (m/w/d)")
    r"|(?:\b(?:as|als|en tant que|como):|\b(?:verstärke|verstärken sie|unterstütze|unterstützen sie|join)"
    r"\s(?:[\w-]+\s){0,3}(?:as|als))"
    r"\s{1,3}(?:an?\s|einen?\s|une?\s|una?\s)?([^\n.:;!?()\d]{3,80}?)\s?"
    r"\((?:[mfwdh]\s?/\s?){1,2}[mfwdhx]\)"
)


def _other_cue_role(head: str, low: str) -> str:
    """The role `_OTHER_ROLE_CUE` names, as written, or ""."""
    other = _OTHER_ROLE_CUE.search(low)
    if other is None:
        return ""
    group = next(g for g in range(1, other.re.groups + 1) if other.group(g))  # the alternative that matched
    return head[other.start(group) : other.end(group)]


def _prose_title(text: str) -> str:
    """The role a hiring phrase names in the first 3,000 characters, as written ("hiring a Senior Go Dev");
    the first of several it lists ("We're hiring:\n- Engineering Manager\n- Designer")."""
    head = text[:3000]
    low = lower_same_length(head)
    found = _PROSE_ROLE.search(low)
    if not found:
        return _other_cue_role(head, low)
    return head[found.start(1) : found.end(1)]


def _names_role(text: str, marks: bool = False) -> bool:
    """A role word, or with `marks` the law's gender mark that only a role carries ("Monteur Luft- und
    Klimatechnik (m/w/d)", "Projektingenieur/in (m/w/d)": German compounds no role word matches)."""
    return bool(ROLE_WORD.search(text) or (marks and _marked(text)))


def _a_role_line(text: str, marks: bool = False) -> bool:
    """A short title-like line naming a role: "Engineering Manager", not "You will report to our CTO."
    nor a bare level ("- Staff: <link>", "- Senior: <link>" under "Apply here:")."""
    short = len(text.split()) <= MAX_HEADER_TITLE_WORDS and not _is_prose(text)
    role = _names_role(text, marks) and not _BARE_LEVEL.match(text)
    return short and role and not _SPEAKER.match(text)


# "I'm a hiring manager at Microsoft …": the poster, not the role
_SPEAKER = re.compile(r"^\W{0,3}(?:i['\u2019]m|i am|we['\u2019]re|we are)\s(?:an?|the)\s", re.IGNORECASE)
_BARE_LEVEL = re.compile(r"^\W{0,3}(?:staff|senior|junior|principal)\W{0,3}$", re.IGNORECASE)


# "We're Acme — a fintech startup in Berlin — and we're hiring …": a sentence, whatever its dashes
_FIRST_PERSON = re.compile(r"\b(?:we|we're|we’re|we are|our|i|i'm|i’m)\b", re.IGNORECASE)


def _is_prose(line: str) -> bool:
    """A sentence, not a title line; a line of "|" fields ("12 | Acme Is Hiring a Lead | 8/31/2022") is
    a header however long, as is one of "—" fields ("Acme (Remote US) — Full-Stack Engineer — TypeScript /
    Postgres / React / AI")."""
    if " | " in line or (line.count(" \u2014 ") >= 2 and not _FIRST_PERSON.search(line)):
        return False
    return len(line.split()) > 14 or "?" in line or line.rstrip().endswith((".", "!")) or "[name]" in line


HEADER_LINES: Final = 5  # the lines under the first that may hold the title
MAX_HEADING_SEARCH: Final = 20  # a role heading further down is a section, not the posting's title


def _names_a_role(line: Line, marks: bool = False) -> bool:
    about = line.heading and line.text.lower().startswith(("about", "über", "à propos", "sobre"))
    return not line.label and not about and _a_role_line(_head(line.text), marks)


def _header_title(lines: list[Line], marks: bool) -> str:
    """A short header line with a role word (or with `marks` a gender mark), when the first line names
    the company ("Zenity", "Styra | Redwood City, CA") or the page ("On recrute !"); else the first
    heading that names a role."""
    # the lines under the first content line (a page's labelled fields may come before it)
    first = next((index for index, line in enumerate(lines) if line.is_first), 0)
    header = next(
        (line.text for line in lines[first + 1 : first + HEADER_LINES] if _names_a_role(line, marks)), ""
    )
    headings = (
        line.text
        for line in lines[HEADER_LINES:MAX_HEADING_SEARCH]
        if line.heading and _names_a_role(line, marks)
    )
    return header or next(headings, "")


MAX_LABELLED_TITLE_WORDS: Final = 14  # a longer "Role:" field of sentences describes the role
_NEXT_SENTENCE = re.compile(r"[a-z]\.\s+[A-Z]")
# "Role: Lead our front-end codebase, design a reusable component library, and mentor the team.": the duty
_A_DUTY = re.compile(r"\b(?:our|your|we|you)\b", re.IGNORECASE)


def _named_first(value: str) -> str:
    """A "Role:" field's first sentence when it is a role's short name: "Backend Engineer. Lead projects
    and implement features" is "Backend Engineer"."""
    second = _NEXT_SENTENCE.search(value)
    if second is None:
        return value
    first, rest = value[: second.start() + 1], value[second.end() - 1 :]
    # not an abbreviation's full stop: "Dev. Python - …", "Desarrollador Sr. Java", "(Ref. Job Code: …)"
    last = first.split()[-1].lower() if first.split() else ""
    whole = 2 <= len(first.split()) <= MAX_HEADER_TITLE_WORDS and first.count("(") == first.count(")")
    sentence = len(rest.split()) >= MIN_SENTENCE_WORDS and len(last) >= 3 and last not in _ABBREVIATIONS
    return first if whole and sentence and ROLE_WORD.search(first) else value


MIN_SENTENCE_WORDS: Final = 4
_ABBREVIATIONS: Final = frozenset({"bzw", "inc", "approx", "etc", "ltd", "corp", "usw", "ggf", "evtl"})


def _labelled_role(lines: list[Line]) -> tuple[str, bool]:
    """A "title:" field's value (its first sentence when that is a role's name) and whether it names a
    role: a role word or the gender mark (`_marked`); not a duty ("Role: Lead our front-end codebase,
    …"), a description ("ROLE: Senior or staff-level IC with extensive experience with …") nor the
    careers page ("Stellenangebote (m/w/d)"). A later field that is a role's short name wins over a first
    that names none: a page's "subtitle: Senior Product Manager" under its "title: Jobs"; not "Role: Reports
    to the Finance Manager" under "Title: Bookkeeper"."""
    values = [_named_first(line.value) for line in lines if line.label == "title" and line.value]
    first = next(iter(values), "")
    if _names_role_field(first):
        return first, True
    later = (value for value in values[1:] if _a_role_line(value) and not _REPORTS_TO.search(value))
    return next(((value, True) for value in later if _names_role_field(value)), (first, False))


# A reporting line names the manager, not the role: "Reports to the Finance Manager", "reporting al Director"
_REPORTS_TO = re.compile(r"\breport(?:s|ing)?\s(?:in)?to\b|\breporting\s(?:al|a|à|an)\b", re.IGNORECASE)


def _names_role_field(labelled: str) -> bool:
    described = len(labelled.split()) > MAX_LABELLED_TITLE_WORDS and bool(_NEXT_SENTENCE.search(labelled))
    cleaned = clean_title(labelled, None)
    named = ROLE_WORD.search(cleaned) or (_marked(labelled) and not _COMPANY_OR_SITE.match(cleaned))
    return bool(labelled and named and not _A_DUTY.search(labelled) and not described)


# A line that carries the gender mark but speaks to the reader or names the page: "Wir suchen Dich
# (m/w/d)", "Ab sofort (m/w/d)", "Rejoignez-nous ! (H/F)", "Únete a nuestro equipo (h/m)", "Vollzeit
# oder Teilzeit (m/w/d)", "Ihr Ansprechpartner (m/w/d)"; the careers page: "Stellenangebote (m/w/d)",
# "Offre d'emploi (H/F)"
_SLOGAN = re.compile(
    r"[!?]|\b(?:wir|dich|du|uns|ihr|ihre|euch|sofort|oder|willkommen|nous|vous|tu|toi|rejoins|rejoignez"
    r"|nuestro|nuestra|únete|te|we|you|your|our|join|or|stellenangebote?|stellenanzeige|karriere|jobs?"
    r"|careers?|emplois?|offres?|ofertas?|empleos?)\b",
    re.IGNORECASE,
)


def _marked(text: str) -> bool:
    """Whether a line names a role by the gender mark alone: "Monteur Luft- und Klimatechnik (m/w/d)",
    "Projektingenieur/in (m/w/d)", "Informatiker/in EFZ" (German compounds no role word matches; the
    feminine ending "/in", "*in", ":in" marks a person's noun); not a slogan (`_SLOGAN`)."""
    ending = ":" not in text and _INCLUSIVE_ENDING.search(text) and not _NOT_A_ROLE.search(text)
    marked = GENDER_MARK.search(text) or ending
    return bool(marked) and not _SLOGAN.search(GENDER_MARK.sub("", text))


_INCLUSIVE_ENDING = re.compile(r"(?<=[a-zäöü]er)[/*:]in\b")  # "Informatiker/in", "Entwickler*in"
# whom to contact or whom the page is for, not a role: "Ansprechpartner/in: Frau Meier", "Berufseinsteiger/in"
_NOT_A_ROLE = re.compile(r"ansprechpartner|berufseinsteiger|bewerber|kolleg", re.IGNORECASE)


def _first_names_role(first: str, marks: bool) -> bool:
    """Whether the first line is a title naming a role: a role word, or with `marks` the gender mark."""
    named = ROLE_WORD.search(clean_title(first, None)) or (marks and _marked(first))
    return bool(first) and not _is_prose(first) and bool(named)


def _raw_title(lines: list[Line], text: str) -> tuple[str, bool]:
    """The line the title is read from, and whether it is the prose's "looking for a ..." phrase."""
    labelled, named = _labelled_role(lines)
    if named:
        return labelled, False
    # A "title:" naming no role is an aggregator's summary ("OwnerRez : Remote"): the posting's lines first.
    first = next((line.text for line in lines if line.is_first), "")
    # the gender mark names the role where no "title:" field names one ("Karriere": the careers page's)
    marks = not labelled or bool(_COMPANY_OR_SITE.match(labelled))
    # "Careers > Engineering > Frontend" over "Frontend Developer (React)": the page's path, whose last
    # step is the department (a trial's drafts named the role "Frontend"); the header's role first
    names_role = _first_names_role(first, marks)
    if names_role and _BREADCRUMB.match(first) is None:
        return first, False
    header = _header_title(lines, marks)
    if header:
        return header, False
    if names_role:  # a path whose last step is the role, with no role under it
        return first, False
    prose = _prose_title(text)
    if prose:
        return prose, True
    listed = _listed_role(lines) if _company_only(first) else ""
    return (listed, False) if listed else (labelled or first, False)


MAX_LISTED_SEARCH: Final = 40  # the lines a company-only header's roles are looked for in
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s")
# "Frontend: React, Relay, Flow", "Backend systems that scale", "tools to give our writers superpowers":
# a label's line or a sentence, not a role's name
# "Pair with senior engineers", "Home office stipend for engineers", "Reporting into the Head of ...",
# "Founded by MIT researchers": a duty, a perk or the company's story
_LISTED_NOT_ROLE = re.compile(
    r"^[^|]{0,60}:|\b(?:that|which|our|your|we|you|to|with|for|into|by|on)\b", re.IGNORECASE
)


def _company_only(first: str) -> bool:
    """Whether a " | " header names the company and only fields a job board adds ("HIVED | Hybrid
    (London, UK) | Full-Time"), not a role without a role word ("Scrum Master | Finlytics | Amsterdam")."""
    segments = [segment.strip() for segment in TITLE_SPLIT.split(first)[0::2]]
    added = (_droppable(s, None) or _DOMAIN.fullmatch(s) or _SEVERAL.match(s) for s in segments[1:])
    return " | " in first and all(added)


_SEVERAL = re.compile(r"^(?:multiple|several|many|various|all)\s\w+$", re.IGNORECASE)  # "Multiple roles"


def _listed_role(lines: list[Line]) -> str:
    """The first line that names a role, when the header names only the company ("HIVED | Hybrid
    (London, UK) | Full-Time", then "Roles" and "Senior AI Engineer | $180k-220k: ...")."""
    return next((name for name in map(_listed_name, lines[:MAX_LISTED_SEARCH]) if name), "")


def _listed_name(line: Line) -> str:
    """The role a line of a company-only header's list names, or ""."""
    if line.kind == Kind.BOILERPLATE or line.is_first:
        return ""
    name = _LIST_NUMBER.sub("", _role_before_colon(line.text))
    named = _names_a_role(replace(line, text=name))
    return name if named and not _LISTED_NOT_ROLE.search(_head(name)) else ""


# "Lead Engineer: build the UI": a duty after the colon; "SWE Tech stack: …", "Frontend: React" label topics
_ROLE_COLON = re.compile(
    r"^([^:.]{3,60})(?<!stack)(?<!tech)(?<!tools)(?<!skills)(?<!requirements):\s(?-i:(?=[a-z]))", re.I
)


def _role_before_colon(line: str) -> str:
    """ "Lead Full Stack Engineer: build beautiful UX ...": the role a list line names before its colon."""
    found = _ROLE_COLON.match(line)
    return found.group(1) if found and _a_role_line(found.group(1)) else line


def _head(line: str) -> str:
    """A header line's first field: "Senior Engineer, Web" of "Senior Engineer, Web - $145k - React"."""
    return TITLE_SPLIT.split(line, maxsplit=1)[0]


# "Lead Developer in London", "Software Engineer para Compañia Lider IT en Mendoza".
_IN_PLACE = re.compile(r"\s(?:in|en|à)\s([A-ZÀ-Ý][\w'-]{1,30}(?:\s[A-ZÀ-Ý][\w'-]{1,30}){0,2})")


def _glued_places(segments: list[str]) -> list[str]:
    """The country a job board glued on the first segment ("... for AI Poland"): where the job is."""
    glued = [_glued_place(segment.strip()) for segment in segments]
    return [found.group(1) for found in glued if found]


# A bare web address in a header line: "www.acme.com/careers".
_DOMAIN = re.compile(
    r"(?<![\w@])(?:www\.)?[a-z0-9-]{1,60}(?:\.[a-z0-9-]{1,60}){0,3}\.[a-z]{2,6}(?:/\S{0,200})?(?!\w)"
)


# "New York, NY in our Soho Headquarters", "NYC Onsite (4-5 days in-office)", "Hybrid NYC": a field
# that goes on past its place, or a work mode around it.
_PLACE_TAIL = re.compile(r"\s(?:in|at|near|with)\s(?:our|the)\s.*$|\([^)]{0,200}\)?", re.IGNORECASE)
# "Remote across Canada with office in Toronto": a remote role's office is no place of the job (the guide)
_OFFICE_TAIL = re.compile(
    r"\s(?:with|and)\s(?:an?\s|our\s|the\s)?(?:offices?|hq|headquarters)\sin\s.*$", re.I
)


_BRACKETS = re.compile(r"\[([^\[\]]{1,100})\]")


def _an_office(raw: str, found: re.Match[str]) -> bool:
    """Whether " in Toronto" is a remote role's office: "Remote across Canada with office in Toronto"."""
    office = raw[max(0, found.start() - 8) : found.start()].lower().endswith(("office", "offices", " hq"))
    return office and _only_remote(raw)


def _only_remote(text: str) -> bool:
    low = text.lower()
    return "remote" in low and "hybrid" not in low


_SHARE = re.compile(r"^\s*\d{1,3}\s?%\s")  # "100% US Remote": how much of the week, before the place


def _place_head(segment: str) -> str:
    segment = _OFFICE_TAIL.sub(" ", segment) if _only_remote(segment) else segment
    return " ".join(WORK_MODE.sub(" ", _PLACE_TAIL.sub(" ", _SHARE.sub("", segment))).split())


_PLACE_LEAD = re.compile(r"^([^:|()]{2,40}):\s")


def _country_of_city(raw: str, aside: re.Match[str]) -> bool:
    words = raw[: aside.start()].split()
    # "Cambridge, MA (US)", "San Francisco (USA)": the city's last one to three words
    befores = (" ".join(words[-n:]).strip(",;|") for n in range(1, min(3, len(words)) + 1))
    return is_wide(aside.group(1)) and any(known_place(before) or is_state(before) for before in befores)


_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3})\.\s")
# "Otta (https://otta.com) | …", its link gone: the company and its site, though a town is called Otta
_LINKED = r"^\s*[\w.&'-]+(?:\s[\w.&'-]+){0,2}\s?\(\s*\)\s*"
_LINKED_NAME = re.compile(rf"{_LINKED}$")
_LINKED_LEAD = re.compile(rf"{_LINKED},\s")  # the name, then the place after a comma
# "REMOTE (HQ in Amsterdam, NL)": where the company sits, not where the hire works
_HQ_ASIDE = re.compile(r"\((?:hq|headquarter(?:s|ed)?)(?:\sin|:)\s[^()]{1,60}\)", re.IGNORECASE)
_ON_SITE = re.compile(r"on-?site|in[\s-]office", re.IGNORECASE)  # "Remote (US) or Onsite (office in …)"
# "Remote US (office in NYC or SF)": a remote role's offices, where the hire may go, not where it works
_OFFICE_ASIDE = re.compile(r"\((?:with\s)?(?:an?\s)?offices?\s(?:in|at)\s[^()]{1,60}\)", re.IGNORECASE)


# "New York, Chicago, Remote USA": a work mode starts another item of the list, not the city's country
_MODE_IN_LIST = re.compile(r",\s?(?i:remote|hybrid)\s(?=[A-Z][a-z]|[A-Z]{2,3}\b)")  # not "hybrid ONSITE"


def _a_company_first(found: list[tuple[str, list[str]]], segments: list[str]) -> bool:
    """Whether the first segment's place is the company's name: one word or more, no comma, and a later
    segment names a city."""
    first = found[0][0]
    later = [place for _, named in found[1:] for place in named]
    return first is segments[0] and "," not in first and any(not is_wide(place) for place in later)


def _segment_places(segments: list[str]) -> list[str]:
    """Places in the segments that name no role ("Acme | Engineer | TX & CA"), but the first's linked
    company name ("Otta (https://otta.com) | …")."""
    named = [s for s in segments if not ROLE_WORD.search(s)]
    named = [s for s in named if not (s is segments[0] and _LINKED_NAME.match(s))]
    # "Getaround (getaround.com), San Francisco, CA, Onsite": the linked name before the place
    named = [_LINKED_LEAD.sub("", s) if s is segments[0] else s for s in named]
    found = [
        (s, _places(listed := _MODE_IN_LIST.sub(" / ", s)) or _places(_place_head(listed))) for s in named
    ]
    # "Vana | Full-Stack Engineer | Onsite | SF, NYC": the board's company first, though a town bears
    # its name, when a later segment names a city (not "London | Lead Engineer | … | UK only")
    if len(segments) >= 3 and ROLE_WORD.search(segments[1]) and found and _a_company_first(found, segments):
        found = found[1:]
    return [p for _, places in found for p in places]


def _split_places(raw: str) -> tuple[list[str], list[str]]:
    """The title line's segments, and the places in those that name no role and are not the company
    before "is hiring" ("| 11 | Ciro (YC S22) is hiring …")."""
    parts = TITLE_SPLIT.split(_GENDER.sub("", raw))
    segments = parts[0::2]
    hirers = {k // 2 for k in range(1, len(parts), 2) if _is_hiring(parts[k])}
    return segments, _segment_places([s for i, s in enumerate(segments) if i not in hirers])


# A post's hashtags after its title: "... - Germany #jobs #abroad", in lower case (not "C#", nor a team's
# "Team #Payments"). Read word by word from the end: linear.
_HASHTAG = re.compile(r"#[a-z][\w-]{0,30}")


def _without_hashtags(text: str) -> str:
    words = text.rstrip().split(" ")
    while len(words) > 1 and _HASHTAG.fullmatch(words[-1]):
        words.pop()
    return " ".join(words)


def _title_places(raw: str) -> list[str]:
    """Places in the title line's segments that name no role ("LATAM - Looking for Developers", "Acme |
    Engineer | TX & CA"), in its parentheses and after " in " ("Lead Developer in London")."""
    raw = _DOMAIN.sub(" ", raw[:MAX_TITLE_LINE])  # "Tokyo, JP www.enthought.com/careers"
    raw = _without_hashtags(raw)  # "Java developer - itemis.de - Germany #jobs"
    raw = without_zones(_HQ_ASIDE.sub(" ", states_joined(raw)))  # "Remote in EU timezones": not the EU
    raw = _OFFICE_ASIDE.sub(" ", raw) if _only_remote(raw) and not _ON_SITE.search(raw) else raw
    segments, found = _split_places(raw)
    sentences = _SENTENCE_BREAK.split(segments[0])
    if len(sentences) > 1:  # "Bangalore, India. Many Positions. Full time.": the first sentence
        found += _segment_places(sentences[:1])
    # "Belfast (UK)": the country of the city before it is no place of its own
    parts = [m.group(1) for m in PARENS.finditer(raw) if not _country_of_city(raw, m)]
    # "is hiring engineers [on-site, Berlin]", "REMOTE [CAN/US]": brackets of a work mode
    parts += [
        m.group(1)
        for m in _BRACKETS.finditer(raw)
        if WORK_MODE.search(m.group(1)) or WORK_MODE.search(raw, max(0, m.start() - 12), m.start())
    ]
    parts += [
        m.group(1) for m in _IN_PLACE.finditer(raw) if _a_place_run(m.group(1)) and not _an_office(raw, m)
    ]
    parts += _glued_places(segments[:1])
    lead = _PLACE_LEAD.match(raw)  # "Dallas, TX: Core Engineer"
    found += [p for p in places_in(lead.group(1)) if is_place(p)] if lead else []
    # "Acme | Director of Education, Austin Texas | Full-time": a role segment's place after a comma
    for segment in segments:
        comma = _comma_place(segment) if ROLE_WORD.search(segment) else None
        found += places_in(segment[comma + 1 :]) if comma is not None else []
    return found + [p for part in parts for p in _places(part)]


def _a_place_run(words: str) -> bool:
    """ "London", or a city and its country without the comma: "in Vienna Austria"."""
    return is_place(words) or (" " in words and all(map(is_place, places_in(words))))


def _places(part: str) -> list[str]:
    if not is_location_text(part):
        return []
    return [p for p in map(_without_role, places_in(part)) if is_place(p) or is_state(p)]


def _without_role(place: str) -> str:
    """A bracket's place without the role's words before its comma: "(Full Stack, Costa Rica)" -> "Costa
    Rica", "(Senior, London, UK)" -> "London, UK", "(React, Paris)" -> "Paris"."""
    head, _, rest = place.partition(", ")
    role = ROLE_WORD.search(head) or title_seniority(head) or names_a_skill(head)
    return rest if rest and role and not known_place(head) else place


MAX_HEADER_WORDS: Final = 15  # a longer first line under a "title:" field is a paragraph, not a header


def read_title(lines: list[Line], text: str) -> Title:
    """The title (never empty), the raw line it came from and the places the first line names."""
    company = next((line.value for line in lines if line.label == "company" and line.value), None)
    raw, hired = _raw_title(lines, text)
    title = clean_title(raw, company, hired) or cut_at_word(raw.strip()) or "Untitled role"
    if len(lines) == 1:  # a one-line posting; a title line keeps "… with design skills"
        asks = _role_then_asks(title)
        title = _without_tail(title[: asks.end()] if asks else title) or title
    if title.split()[0].islower():  # "machine learning engineer", but not "iOS Developer" or "nRF / ..."
        title = title[:1].upper() + title[1:]
    first = next((line.text for line in lines if line.is_first), raw)
    # a long line split only by a hiring verb is a sentence: "Acme … cherche un dev pour … en France"
    separators = TITLE_SPLIT.split(first)[1::2]
    prose = len(first.split()) > MAX_HEADER_WORDS and all(_is_hiring(sep) for sep in separators)
    if prose and any(line.label == "title" for line in lines):
        first = raw  # a front matter's "description:" paragraph under its "title:" field is prose
    places = _line_places(first, raw)
    # "Un dev front pour Reva" with "startup: reva": the company, though a town bears its name.
    kept = [p for p in places if not company or p.casefold() != company.casefold()]
    return Title(title, raw, kept)


def _line_places(first: str, raw: str) -> list[str]:
    """The first line's places, cities first ("… | Netherlands | Delft | …"); not a skill's other town
    name ("Senior Rust Developer, Tokio, Axum": the crates, not Tokyo and Aksum)."""
    found = _title_places(first) or _title_places(raw)
    return cities_first([place for place in found if not another_name_of_a_skill(place)])
