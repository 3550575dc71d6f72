"""The words that carry a posting's structure, per language: section headings, required/preferred
cues, labels, years, levels and work modes.

parse_jd does not detect the language: the cues of all languages are joined into one pattern per
role, because postings mix languages ("Requisitos: Java, nice to have Kafka"). Adding a language is
adding one `Cues` entry to `LANGUAGES`; nothing else changes. Each fragment is a regular expression
matched case-insensitively on lower-case text, with Unicode word boundaries; none may contain an
unbounded repeat of a group (the joined patterns must stay linear).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any, Final

# re's own regex parser: no public API reads a pattern, and typeshed has no stub for it
_parser: Any = importlib.import_module("re._parser")


@dataclass(frozen=True, slots=True)
class Cues:
    """Regex fragments (alternatives) of one language, by what they signal."""

    required_head: tuple[str, ...]  # a heading that opens what the posting asks for
    preferred_head: tuple[str, ...]  # a heading that opens nice-to-haves
    context_head: tuple[str, ...]  # duties, the role, the stack: skills there are the role's own
    boilerplate_head: tuple[str, ...]  # about us, benefits, how to apply: no skills, no years
    preferred_clause: tuple[str, ...]  # inside a sentence: "is a plus", "wünschenswert"
    # the preferred cues that mark what follows them ("--preferably with RSpec"), not what they follow
    # ("Docker - nice to have"): a dash breaks a clause only before one of these
    forward_clause: tuple[str, ...]
    required_clause: tuple[str, ...]  # inside a sentence: "must", "excluyente"
    desired: tuple[str, ...]  # "desired" qualifying a profile heading: "Compétences souhaitées"
    location_label: tuple[str, ...]  # "Location:", "Standort:"
    title_label: tuple[str, ...]  # "Job title:", "Puesto:"
    years_unit: tuple[str, ...]  # "years", "Jahre", "ans", "años"
    at_least: tuple[str, ...]  # "at least", "mindestens": the number that follows is a minimum
    remote: tuple[str, ...]  # fully remote
    hybrid: tuple[str, ...]
    onsite: tuple[str, ...]


# "Docker (optional)", "optional Kaniko"; not an adjective of a thing: "Electron for optional desktop client"
_OPTIONAL: Final = (
    r"optional(?!\s(?:desktop|client|features?|modules?|components?|add-?ons?|fields?|steps?|services?))"
)
# "proficiency in various languages, with a preference for JavaScript/TypeScript": marks what follows
_PREFERENCE_FOR: Final = r"(with )?(a )?(strong )?preference (for|toward|towards)"
# "we hope you'll know a whole lot more (Collectd, CouchBase, AWS, …)": a hope, not an ask; marks what follows
_HOPE_YOU: Final = r"(we|we'd) hope you('ll| will)? (know|have|bring)"

ENGLISH: Final = Cues(
    required_head=(
        r"requirements?",
        r"qualifications?",
        r"what you('ll| will)? (need|bring|have)",
        r"must[\s-]haves?",
        r"you have",
        r"you are",
        r"who you are",
        r"about you",
        r"your profile",
        r"profile",
        r"skills",
        r"experience",
        r"looking for",
        r"like you to have",
        r"you should have",
        r"you bring",
        r"you need",
        r"essential",
        r"ideal candidate",
        r"your background",
        r"what we need",
        r"what we expect",
        r"what we('re| are)? seek(ing)?",  # "What we seek:", "What We Are Seeking"
        r"we expect",
        r"(our )?expectations",
        r"minimum",
        r"basic",
        r"required",
        r"you might be",
        r"you may be",
        r"to succeed",
        r"(you )?should apply if",
        r"apply if you",
    ),
    preferred_head=(
        r"nice[\s-]*to[\s-]*haves?",
        r"bonus(es)?",
        r"(?<!savoir )plus(s?es)?",  # not "En savoir plus" (learn more)
        r"preferred",
        r"desirable",
        r"desired",
        r"would be (great|nice|a plus)",
        r"(good|great)[\s-]to[\s-]have",  # "It's great to have skills"
        r"nice[\s-]?haves?",
        r"^nice(?=\s?:|$)",  # a bare "Nice:" over the plus points, beside "Must:"
        r"^(should|could)( haves?)?(?=\s?:|$)",  # MoSCoW: "SHOULD: vite, vitest" after "MUST: React"
        r"(we )?hope you (have|bring)",  # "What we hope you have:" after "What you should have:"
        r"extra credit",
        # "Valuable Extras" after the asks ("Extras", "Nice extras": perks); "You may have" after "You will
        # likely have" (not "You may have to:" over duties)
        r"(valuable|bonus|technical) extras",
        r"you (may|might) (also )?have(?! to\b| heard\b| seen\b)",
        r"ideally",
        r"optional",
        r"even better",
        r"useful (qualities|skills|experience|knowledge)",  # "Useful qualities" after "Necessary qualities"
        r"brownie points",
        # "[Cherries on the cake🍒]", not "Cherries on the cake (our perks)"
        r"cherr(y|ies) on (the )?(top|cake)(?![^\n]{0,30}(perks|benefits))",
        r"stand[\s-]?out",  # "**Stand-out Qualifications:**"
        # "What will set you apart:" after the asks ("What Sets You Apart" is some boards' requirements)
        r"(will|would|could) set you apart",
        r"great if",
        # "* Advantages:" over the pluses, as "Advantage:"; not the perks ("What we offer (your advantages)")
        r"(?<!your )(?<!our )advantages?",
        r"not required",
        r"what would make you",
        r"added advantage",
        # beside "Primary Skills" on Indian job boards; "Secondary/Tertiary Qualifications" after the asks
        # not "Post-Secondary Qualifications" (a diploma)
        r"(?<!post-)(?<!post )(?<!post)(secondary|tertiary) (skills?|qualifications)",
        r"beneficial( skills| technologies| experience| knowledge| qualifications)?",  # "Beneficial Skills"
        r"(additional |other )?assets",  # "Additional assets" (Canadian postings: the nice-to-haves)
        r"who you might be",  # after the requirements ("You might be a fit if:" asks)
        r"additional (skills( and abilities)?|qualifications)",
        r"ideal (skills|experience|qualifications)",  # "Ideal Skills & Experience" after the must-haves
        r"ideal candidate (also|additionally) (has|have)",  # "An ideal candidate also has:"
        r"(we'?d|we\u2019d|we would) (also |really |particularly |especially )?love (it )?if you",
        r"love for you to have",  # "We would love for you to have:"
        # "**Other things we'd love to see:**" after the asks (not "What we'd love to see:" over them)
        r"other (things )?(we'?d|we\u2019d|we would) (also )?love to see",
        r"(we'?d|we\u2019d|we would) also love to see",
        r"(will|would) make us (really |truly )?love you",  # "What Will Make Us REALLY Love You"
        r"(have|give you|gives you) an edge",  # "You'll have an edge if you:", "What will give you an edge?"
        r"(great|valuable|welcome) addition if",  # "You're a great addition if…" after "What You Have"
    ),
    context_head=(
        r"responsibilit(y|ies)",
        r"^(your|the) challenges?\W*$",  # "Your challenges", not "The challenges we solve"
        r"what you('ll| will) (do|be doing|work on|build)",
        r"the role",
        r"your role",
        r"the job",
        r"your tasks",
        r"your mission",
        r"day[\s-]to[\s-]day",
        r"in this role",
        r"you will",
        r"you'll",
        r"the opportunity",
        r"the position",
        r"open (roles|positions)",
        r"(current )?openings",
        r"description",
        r"overview",
        r"duties",
        r"the team",
        r"stack",
        r"tools",
        r"tech(nical)? stack",  # the role's own stack: required, unless a clause says it is not needed
        r"our stack",
        r"the stack",
        r"technolog(y|ies)",
        r"tools we use",
        r"the work",
        r"what you('ll| will) be",
        r"summary",
        r"project",
        r"the challenge",
        r"your impact",
        r"how we work",
        r"work model",
        r"where",
        r"location",
        r"remote",
    ),
    boilerplate_head=(
        r"what to expect",
        r"(once|after|when) you apply",
        # a career page's list of its other openings ("Similar jobs" beside the posting)
        r"(similar|related|other|more|recommended) (jobs|roles|positions|openings|vacancies)",
        r"you (may|might) also like",
        r"benefits",
        r"perks",
        r"(your|our) advantages",  # "## Your advantages" over the perks, not the pluses
        r"what we offer",
        r"we offer",
        r"offer you",
        r"compensation",
        r"salary",
        r"pay",
        r"about us",
        r"who we are(?! (looking|seeking|searching) for| seeking| hiring)",  # not "Who we are looking for"
        r"about the company",
        r"the company",
        r"company",
        r"company (description|overview|profile|info)",
        r"our story",
        r"our mission",
        r"our values",
        r"culture",
        r"why join",
        r"why work",
        r"life at",
        r"equal opportunit(y|ies)",
        r"eeo",
        r"diversity",
        r"inclusion",
        r"how to apply",
        r"apply now",
        r"application",
        r"interview",
        r"hiring process",
        r"the process",
        r"next steps",
        r"legal",
        r"privacy",
        r"disclaimer",
        r"accommodations?",
        r"what's in it for you",
        r"contact",
    ),
    preferred_clause=(
        r"icing on the cake",
        r"(would|will) (also )?be (very |really )?useful",  # "… the following will also be useful"
        r"cherry on (the )?top",
        r"((are|be|is|if you.re) )?(willing|happy|eager|open) to learn",  # "…, and are willing to learn X"
        r"(can|could) (either )?learn (it |them |these )?on the job",  # "… either learn on the job or bring"
        r"(or|and) (a |the )?desire to learn",  # "experience with, or a desire to learn, the following"
        # "Desire to learn programming … in Bash, Go, TypeScript": not asked ("Desire to learn and 3+ years
        # of Java" still asks)
        r"^(a |the )?desire to learn(?! and\b)(?!\s?[,;])",
        r"strong candidates (will |would |may )?(also )?have",
        r"(don't|do not) (have|need) to be (an expert|familiar|fluent|proficient)",
        r"if you (aren't|are not) (an expert|familiar|experienced)",
        r"(is|are|would be|will be|be|as) (a |an )?"
        r"(big |huge |strong |definite |real |significant |major |good |great |nice )?"
        r"(plus|bonus|advantage|benefit|pluses|bonuses|advantages)",  # "… are significant pluses"
        # "AWS experience a strong plus"
        r"a (big |huge |strong |definite |real |significant |major |good |great |nice )?plus",
        # "Experience with MVC frameworks; CodeIgniter plus."; not "7 ans d'expérience et plus" (or more)
        r"(?<!\+ )(?<!c )(?<!savoir )(?<!et )(?<!ou )(?<!ans )(?<!years )plus\.?$",
        r"nice[\s-]to[\s-]haves?",  # "Kotlin and Swift are nice to haves."
        r"(?<![\w,] )nice(?=:\s)",  # "Vue. Nice: React": a label, not "in Nice: …"
        r"(good|great)[\s-]to[\s-]have",  # "(Great to have) Experience with Databricks"
        r"(looked|viewed|seen) (up)?on favou?rably",
        # "bonus points", not pay ("up to 10% bonus", "annual bonus plan")
        r"(?<!% )(?<!signing )(?<!annual )(?<!performance )(?<!cash )bonus(?! plan| scheme| structure)",
        r"preferred",
        r"pref\.?(?= experience| knowledge| familiarity|\s?:)",  # "pref experience with reactive systems"
        r"preferably",
        r"preferable",  # "OOP languages (C# preferable)"
        r"potentially also",  # "You have been using Docker and potentially also Kubernetes"
        r"highly regarded",  # "(Angular 2+ is highly regarded)"
        r"beneficial (knowledge|experience|skills?)",  # "Beneficial knowledge of NoSQL databases"
        r"desirable",
        r"desired",
        r"ideally",
        r"helpful",
        r"(don't|do not) need (all|every one|each) of (them|these|those)",
        r"depending on your interests",
        r"(is|are|will be) also considered",  # "Knowledge of … like React is also considered"
        r"you (may|might|could) also (get involved|work|help) (in|on|with)",
        r"advantageous",
        r"good[\s-]to[\s-]have",
        r"not (required|a must|mandatory)",
        r"(?<!degree )(?<!degree is )not essential",  # "… is great, but not essential"; not a degree's
        # not an adjective of a thing: "Electron for optional desktop client"
        _OPTIONAL,
        r"(is|are) ideal(?=\s?[).,;]|$)",  # "(React is ideal)"
        r"(is|are) (also )?nice(?=\s?[).,;!]|$)",  # "(Rust is also nice)"
        # "experience with … InfluxDB, TimescaleDB etc would also be valuable" (not "we think your
        # perspective would be valuable")
        r"(experience|knowledge|familiarity|exposure)\b[^.;]{0,200}?\bwould (also )?be"
        r" (very |really |highly |especially |extremely )?valuable",
        r"(would|it['\u2019]d) (also )?be (great|nice|good|useful|beneficial)",  # "It'd also be …"
        r"is beneficial",
        r"are beneficial",
        # "Familiar with programming languages like Java, Ruby, or Go can be beneficial"
        r"(can|could|may|might|will) (also )?be (very |highly |extremely )?beneficial",
        r"is welcome",
        r"(?<!levels )are welcome",
        r"appreciated",
        r"great if",
        # "(Scala/Play, all levels welcome)": whom the team takes, not a skill's weight
        r"(?<!levels )(?<!levels are )(?<!backgrounds )(?<!backgrounds are )welcomed?",
        r"extra points",
        r"is an asset",
        r"are an asset",
        r"an asset",
        r"highly desirable",
        r"(don't|do not|doesn't|does not) require",
        r"not needed",
        r"not necessary",
        r"no need",
        # "Knowledge of Kotlin isn't necessary", "no Elixir experience is needed", "you don't need to know
        # Elixir": the guide puts a skill said not to be needed in preferred
        r"(isn't|aren't|isn\u2019t|aren\u2019t) (needed|necessary|required|essential|mandatory|a must)",
        # a named thing's experience, not any ("no previous experience required in fintech, but …")
        r"no (prior |previous )?"
        r"(?!(prior|previous|professional|relevant|industry|work|formal|direct|specific)\b)"
        r"\w+ experience (is |are )?(needed|required|necessary)",
        r"(don't|do not|doesn't|does not|don\u2019t|doesn\u2019t) need to (have|know|be)",
        # "You do not need Kubernetes knowledge"
        r"(don't|do not|don\u2019t) need (any |prior )?(\S+ ){1,3}(knowledge|experience|skills)",
        r"(we'?d|we\u2019d|we would) (also |really )?love (it )?if you",  # "We'd love it if you knew Elixir"
        _HOPE_YOU,
        r"(?<!it )helps(?=\s?[.!;)]|$)",  # "Experience with Kafka helps."; not "which helps us scale"
        r"(is|are) beneficial",
        r"a bonus",
        r"nice if",
        r"(an|another|added|big|huge|real|further|additional) (plus|bonus|advantages?)",  # "added advantages"
        r"(brownie|plus) points",  # "Brownie points for Terraform"
        r"^points for",
        r"advantageous",
        r"comes? in handy",
        r"would (also )?be ideal",  # "It would also be ideal if you have experience with Heroku"
        r"(look|looks|looked) kindly (up)?on",  # "Other skills that we would look kindly upon include Redis"
        r"extra credit",
        r"even better",
        r"it helps",  # "it helps to have familiarity with Java"
        # "Prefer familiarity with languages such as Go"; not "we prefer generalists"
        r"prefer (familiarity|experience|knowledge|exposure|proficiency|candidates|applicants|someone)"
        r" (with|in|of|who)",
        r"(?<=[-\u2013\u2014:] )advantage(?=\.?$)",  # "Experience in Objective-C - Advantage"
        r"(?<![^(])prefer",  # opening a bracket or a clause: "(prefer AWS)" (a bracket is read alone)
        r"\(recommended\)",
        r"(is|are) a preference",  # "Experience with .NET Framework / C# / Web services is a preference"
        # "Optionally: SQL", "Python, optionally also Rust" (not "you can optionally join the on-call")
        r"^optionally",
        r"optionally also",
        # "Ideal if you have … exposure to automation frameworks (Cypress, Playwright, etc.)" opening a
        # clause (not "This role is ideal if you enjoy working with Go")
        r"^ideal if",
        # "… or a similar (C#, Java, Ruby) recommended."; not after a comma ("…, as recommended.")
        r"^(?:[^,;(]|\([^()]*\))*(?<!not )(?<!as )recommended\.?$",
        _PREFERENCE_FOR,
    ),
    forward_clause=(
        r"preferabl[ey]",
        r"ideally",
        r"optionally also",
        r"potentially also",
        _PREFERENCE_FOR,
        _HOPE_YOU,
    ),
    required_clause=(r"must", r"required", r"mandatory", r"essential"),
    desired=(r"desired",),  # not "desirable": the guide's cue for a plus
    location_label=(
        # "Remote Locations: North America, Europe", "Preferred locations: San Francisco, Seattle"; a
        # schema.org record's "jobLocation:"
        r"(job ?|position |work |remote |preferred |(preferred )?candidate )?locations?",
        r"based in",
        r"office( location)?",
        r"place( of work)?",
        r"work from",
        r"work(ing)? (model|pattern|arrangement|location|type|setup)",
        r"workplace( type)?",
        r"remote",
        r"where",
        r"city",
        r"region",  # "Region: Bern und Region", "Region:\tON - Toronto"
        r"country",
    ),
    title_label=(
        r"job title",
        r"title",
        r"subtitle",  # a page's front matter: "title: Jobs" over "subtitle: Senior Product Manager, …"
        r"header",  # a page's front matter: 'header: "Senior Software Engineer - Back-End"'
        r"position",
        r"role",
        r"roles",
        r"job",
        r"vacancy",
        r"job role",
        r"position title",
        r"posting title",  # "Posting Title: SQL developpeur" (Zoho Recruit's field)
    ),
    years_unit=(r"years?", r"yrs?", r"yoe"),  # "5+ YoE": years of experience
    at_least=(r"at least", r"minimum( of)?", r"min\.?", r"more than", r"over"),
    remote=(
        r"(fully|100%|completely|entirely|full[\s-]time|all|global|full)[\s-]remote(ly)?",
        r"remote[\s-](first|only|friendly|ok|native)",
        r"work(ing)? (fully |entirely |completely )remotely",
        r"work from anywhere",
        r"anywhere in the world",  # a board's "🌎 Anywhere in the World"
        r"remote[\s-]worldwide",
        r"(can|may) be based anywhere",
        r"worldwide remote",
        r"choose where you work",  # "whether it be your home, the beach, or a WeWork"
        r"choice (in|of) where (and how )?you work",  # "… in the office, at home or a bit of both: up to you"
        r"virtual[\s-]first",  # "A connected virtual first culture with a … distributed workforce"
    ),
    hybrid=(
        r"hybrid",
        r"(mostly|mainly|primarily) (in|from) (the|our) office",
        r"([1-4]|one|two|three|four) (flexible )?(work(ing)? from home|wfh) days?",
        # "Up to 2 days per week of working from home"
        r"([1-4]|one|two|three|four) days? (a|per) week of (work(ing)? from home|remote work|wfh)",
        r"([2-8]\d|90)\s?% (onsite|on-site|in the office)",  # "50% onsite / 50% remote"
    ),
    onsite=(r"on[\s-]?site", r"in[\s-]office", r"office[\s-]based", r"in[\s-]person", r"no remotes?"),
)

GERMAN: Final = Cues(
    required_head=(
        r"anforderungen",
        r"dein profil",
        r"ihr profil",
        r"profil",
        r"was du mitbringst",
        r"was sie mitbringen",
        r"das bringst du mit",
        r"das bringen sie mit",
        r"was bringst du mit",
        r"was bringen sie mit",
        r"qualifikation(en)?",
        r"voraussetzungen",
        r"was (notwendig|nötig|erforderlich|vorausgesetzt) ist",  # "## Was notwendig ist"
        r"deine skills",
        r"kenntnisse",
        r"du bringst mit",
        r"wir erwarten",
        r"was wir erwarten",
        r"unsere erwartungen",
        r"was du mitbringen solltest",
        r"dein background",
        r"erfahrungen?",
        r"(du hast|das hast du|du bist|das bist du)(?=\W*$)",  # a page's "Du hast…" alone over the asks
    ),
    preferred_head=(
        r"wünschenswert(e|en|er|es)?",  # "Wünschenswerte Anforderungen"
        # "Bevorzugte Qualifikationen": preferred qualifications (not "Bevorzugte Fähigkeiten und
        # Eigenschaften", a person's traits, over a stack the posting asks for)
        r"bevorzugte (qualifikation(en)?|kenntnisse|skills)",
        r"von vorteil",
        r"idealerweise",
        r"pluspunkte?",
        r"(extra|bonus)punkte?",  # "Extrapunkte:", "Bonuspunkte gibt es für:"
        r"(was uns )?zusätzlich freut|darüber freuen wir uns|schön wäre|noch besser",  # "Schön wäre:"
        r"optional(e|en|er)?",
        r"keine (bedingung|voraussetzung|pflicht)|kein muss",  # "Was hilft und keine Bedingung ist"
        r"nice to have",
        r"schön zu haben",  # "nice to have", word for word
        r"kann[\s-]?(anforderungen|kriterien)",  # beside "Muss-Anforderungen": the optional ones
        # "Soll-Anforderungen:", "Soll Kriterien:", "Soll (Bewertungskriterien):" after the "Muss-Kriterien"
        # of public and consulting tenders: scored if met, not required
        r"soll[\s-]?(anforderungen|kriterien|qualifikationen)",
        r"soll\s?\((bewertungs)?kriterien\)",
        # after "Mindestanforderungen:", the scored ones (not "Nicht bewertete Anforderungen (Muss)")
        r"(?<!nicht )bewertete (qualifikationen|kriterien|anforderungen)",
    ),
    context_head=(
        r"deine aufgaben",
        r"ihre aufgaben",
        r"aufgaben",
        r"was dich erwartet",
        r"was sie erwartet",
        r"deine rolle",
        r"die stelle",
        r"tätigkeiten",
        r"dein job",
        r"projektbeschreibung",
        r"das projekt",
        r"unser tech[\s-]?stack",
        r"technologien",
        r"^(deine|ihre) herausforderungen\W*$",  # the duties as the hire's challenges, in each language
    ),
    boilerplate_head=(
        r"wir bieten",
        r"was wir bieten",
        r"was bieten wir",
        r"unser angebot",
        r"benefits",
        r"über uns",
        r"wer wir sind",
        r"das unternehmen",
        r"unternehmen",
        r"kontakt",
        r"bewerbung",
        r"ansprechpartner(in)?",
        r"warum wir",
        r"deine vorteile",
        r"ihre vorteile",
        r"das bieten wir",
        r"was dich bei uns erwartet",
        r"schlagworte",  # a job board's keyword tags, made from the text: they ask for nothing themselves
    ),
    preferred_clause=(
        r"wäre (\w+ ){0,2}(großartig|toll|super|schön|klasse|ein plus)",
        # "Wenn du Erfahrung mit folgendem hast ist das super"
        r"ist das (großartig|toll|super|schön|klasse)",
        r"wünschenswert",
        r"von vorteil",
        r"bestenfalls",
        r"im besten fall",
        r"idealerweise",
        r"vorzugsweise",
        r"wenn möglich",
        r"bei interesse",
        r"ein plus",
        r"gerne gesehen",
        r"wäre schön",
        r"vorteilhaft",
        _OPTIONAL,
        r"pluspunkte?",
        r"hilfreich",
        r"wäre ideal",
        r"gern gesehen",
        r"kein muss",
        r"nicht zwingend",
        r"wünschenswerterweise",
        r"(ist|wäre) ein vorteil",
        r"ein vorteil",
        r"(eine )?bereicherung",  # "Kenntnisse von DNS … wären eine Bereicherung"
        r"bevorzugt(?= \w)",  # "(bevorzugt Vue 3)"; not "Vue.js (bevorzugt), Angular oder React": any of them
        r"soll\s?:",  # a freelance board's "- SOLL: Erfahrung mit Kafka" beside "- MUSS: …"
        r"(?<!zwingend )erwünscht",  # "Zusätzlicher Skill für Webservice erwünscht (Java, .Net)"
        r"\(soll\)",  # "- (SOLL) Software-Entwicklung: Java, …" beside "- (MUSS) …"
        r"(als |das )?(sahnehäubchen|i-tüpfelchen)",  # "Als Sahnehäubchen interessieren dich … Git, Docker"
        r"(von )?gro(ß|ss)e[mr] vorteil",  # "Von grossem Vorteil ist ein Knowhow in Citrix"
        # "if need be", "if possible": "(eventuell auch OpenShift)", "möglichst auch mit JIRA"
        r"eventuell",
        r"gegebenenfalls",
        r"möglichst auch",
    ),
    forward_clause=(
        r"idealerweise",
        r"vorzugsweise",
        r"eventuell",
        r"gegebenenfalls",
        r"möglichst auch",
        r"bestenfalls",  # "Sehr gute Excel-Kenntnisse, bestenfalls VBA und XML"
        r"im besten fall",  # "Im besten Fall kennst du dich aus mit … Apache Airflow, Prefect oder Dagster"
    ),
    required_clause=(r"zwingend", r"erforderlich", r"vorausgesetzt", r"notwendig", r"(?<!kein )muss"),
    desired=(r"gewünscht(e|en)?", r"erwünscht(e|en)?"),
    location_label=(
        # "Projektstandort: Bonn", "Standort des Büros:", "Onsite-Standort: Strausberg"
        r"(projekt|onsite-|vor-ort-)?standort(e)?( des büros| der stelle)?",
        r"arbeitsorte?",
        r"einsatzorte?",
        r"projektort",
        r"leistungsorte?",  # a staffing board's "Leistungsort: Köln"
        r"ausbildungsort",
        r"dienstort",
        r"ort",
        r"arbeitsplatz",
        r"vor[\s-]ort[\s-]anteil",  # a freelance board's "Vor-Ort-Anteil: 5 % in Berlin"
    ),
    title_label=(r"stelle", r"stellenbezeichnung", r"position", r"jobtitel"),
    years_unit=(r"jahr(?:e|en)?",),
    at_least=(r"mindestens", r"mind\.", r"über", r"mehr als"),
    remote=(
        # "100% Homeoffice", "zu 100% im Homeoffice", "zu 100% deutschlandweit im Homeoffice"; not "nicht zu
        # 100% im Homeoffice", "100% Homeoffice-Ausstattung"
        r"(?<!nicht zu )(?<!nicht )(?<!kein )100\s?% (?:deutschlandweit |bundesweit )?(?:im )?"
        r"(remote|home[\s-]?office)(?![\s-]?(?:ausstattung|equipment|zuschuss|setup|budget|pauschale))"
        r"(?![^.\n]{0,30}\bnicht\b)",  # "100% Home-Office ist leider nicht möglich"
        r"vollständig remote",
        r"komplett remote",
        r"heimarbeit(splatz|sstelle)?",
        r"full remote",
        r"remote[\s-]only",
        r"voll remote",  # "ob voll remote oder in einem unserer Büros": the freer mode
        r"(arbeite|arbeitest|arbeiten),? (\w+ )?von wo (aus )?(du|sie) (willst|möchtest|wollen)",
        r"ortsunabhängige[sn]? arbeiten",  # "Ortsunabhängiges Arbeiten ist bei uns selbstverständlich"
        # "Einsatzort: Remote, gelegentliche Termine in Frankfurt": remote with occasional days (the guide),
        # but not inside a stated "Hybrid (Remote mit gelegentlichen Terminen vor Ort)"
        r"(?<!hybrid \()remote,? (mit |\()?gelegentliche[nr]?",
        r"vereinzelte[n]? tage (onsite|vor[\s-]?ort)",  # "(Großteil remote, vereinzelte Tage Onsite)"
        # "Einsätze in Wiesbaden sind punktuell erforderlich, danach kann primär Remote entwickelt werden":
        # remote with occasional days ("überwiegend remote" alone is hybrid, below)
        r"primär remote",
        r"(kannst|können) (du|sie) ([\w-]+ ){0,2}(von )?remote arbeiten",  # "… kannst du von Remote arbeiten"
        r"(?:einsätze|einsatz|termine) [^.\n]{0,40}punktuell erforderlich",
        r"(?<!nicht )ausschließlich (im )?home[\s-]?office",  # "Wir bieten ausschließlich Homeoffice an"
        r"kein(en)? feste[sn]? büro",  # "… und haben kein festes Büro"
    ),
    hybrid=(
        r"hybrid",
        r"teilweise remote",
        r"verteilung zwischen remote und (onsite|vor[\s-]?ort|büro)",  # "teilweise Verteilung zwischen …"
        # "Homeoffice möglich": some days at home; "dein Homeoffice Setup", "Homeoffice-Zuschuss": equipment
        r"homeoffice(?![\s-]?(setup|ausstattung|zuschuss|pauschale|budget|ausrüstung))",
        r"(im|ins) büro[^.\n]{0,80} oder (von zu hause|im homeoffice|remote)",
        r"(in )?(einem )?unser(en|er)? (büros?|studios?|standorte?)[^.\n]{0,40} oder (auch )?von zu hause",
        # "idealerweise 1x Woche vor Ort", "Remote (einmal die Woche vor Ort)"
        r"(\d\s?x|einmal|zweimal|dreimal) (pro |die |in der )?woche (vor ort|im büro)",
        r"hybride[sn]? (arbeitsmodell|arbeiten)",  # "Wir leben ein Hybrides Arbeitsmodell"
        r"\d(\s?[\u2013-]\s?\d)? tage? (pro |die |in der )?woche (im büro|vor ort)",  # "2\u20133 Tage"
        r"\d(\s?[\u2013-]\s?\d)? tage? wöchentlich (im büro|vor ?ort)",  # "2 Tage wöchentlich Vorort"
        # "3-4 Tage/Woche beim Kunden vor Ort zu arbeiten"
        r"\d(\s?[\u2013-]\s?\d)? tage?\s?/\s?woche [^.\n]{0,30}(im büro|vor ort)",
        r"\d(\s?[\u2013-]\s?\d)? präsenztage?",  # "mind. 2 Präsenztage/Woche"
        r"([2-8]\d|90)\s?% (vor ort|im büro|präsenz)",  # "Köln (mind. 30% vor Ort)": a share of office days
        # "Hamburg / remote (4 Tage remote)": some days at home
        r"(?<!\d)[1-4](\s?[\u2013-]\s?[1-4])? tage?( pro woche | ?/ ?woche | )(remote|homeoffice|mobil\w*)",
        # "Home Office nach Wunsch", "mobiles Arbeiten nach Absprache", "im Home-Office": some days at home
        r"(home[\s-]?office|mobile[sn]? arbeiten) (nach|in) "
        r"(wunsch|absprache|bedarf|vereinbarung|rücksprache)",
        r"(im|ins) home[\s-]office(?![\s-]?(setup|ausstattung|zuschuss|pauschale|budget|ausrüstung))",
        r"überwiegend (für )?remote",
        r"remote,? wo möglich",  # "Remote wo möglich und vor Ort wo nötig"
        # "Mobiles Arbeiten an 2 Tagen pro Woche", "Homeoffice bis zu 3 Tage": some days at home
        r"(mobile[sn]? arbeiten|home\s?office|remote) (an |für |bis zu )?(\d|ein|zwei|drei|vier)"
        r"(\s?[\u2013-]\s?\d)? tage?n?\b",
        # a freelance board's "Remoteanteil: 80%", "Remote (ca. 80%) / Hamburg (ca. 20%)": a share of office
        # days, as above (95 % remote is remote)
        r"remote[\s-]?anteil\s?:?\s?(ca\.\s?)?[1-8]\d\s?%",
        r"remote \((ca\.\s?)?[1-8]\d\s?%\)",
    ),
    onsite=(r"vor ort", r"präsenz"),
)

# "… et télétravail non possible / interdit": the télétravail refused, no mode of it
_NOT_REFUSED = r"(?! (non|interdit|impossible|exceptionnel|pas))"

FRENCH: Final = Cues(
    required_head=(
        r"profil( recherché)?",
        r"compétences( requises)?",
        r"prérequis",
        r"exigences",
        r"qualifications",
        r"ce que nous recherchons",
        r"vous avez",
        r"vous êtes",
        r"votre profil",
        r"ton profil",
        r"expériences?",
        r"savoir[\s-]faire",
        r"stack technique",
        r"environnement technique",
        r"nos attentes",
        r"ce que nous attendons( de (vous|toi))?",
        r"(quels|vos|tes) atouts pour (réussir|rejoindre)",  # "Quels atouts pour rejoindre l'équipe ?"
        r"atouts d(u|'une?|e la) candidate?",  # "Atouts du candidat(e) idéal :": the ideal profile
    ),
    preferred_head=(
        r"compétences souhaitées",
        r"souhaité(e|es|s)?",
        r"un plus",
        r"apprécié(e|es|s)?",
        r"bonus",
        r"serait un plus",
        r"idéalement",
        # the assets "to succeed", or an ideal candidate's, are what the role asks
        r"atouts?(?! pour (réussir|rejoindre))(?! d(u|'une?|e la) candidat)",
        r"appréciées?",
        r"optionnel(le)?s?",
        r"points? (supplémentaires?|en plus|bonus)",  # "Vous marquerez des points supplémentaires si"
        r"(les )?petits? (\+|plus)",  # "Les petits + :"
        r"cerises? sur le g[âa]teau",  # "[Les cerises sur le gâteau 🍒]"
        # "Ce qui ferait la différence :"; not "Le profil qui fera la différence" (the whole profile)
        r"ce qui ferait la différence",
    ),
    context_head=(
        r"missions?",
        r"vos missions",
        r"tes missions",
        r"le poste",
        r"descriptif du poste",
        r"responsabilités",
        r"ce que vous ferez",
        r"le projet",
        r"l'équipe",
        r"vos responsabilités",
        r"rôle",
        r"^(vos|tes) défis\W*$",
    ),
    boilerplate_head=(
        r"avantages",
        r"ce que nous offrons",
        r"nous offrons",
        r"qui sommes[\s-]nous",
        r"à propos",
        r"l'entreprise",
        r"entreprise",
        r"processus de recrutement",
        r"candidature",
        r"pourquoi nous rejoindre",
        r"rémunération",
        r"contact",
    ),
    preferred_clause=(
        r"souhaité(e|es|s)?",
        r"(sera|seront|serait|seraient) privilégiée?s?",  # "(Vue.js sera privilégié en cas de gros besoins)"
        r"un plus",
        r"apprécié(e|es|s)?",
        r"de préférence",  # "preferably": "(Node ou Python de préférence)"
        r"encore mieux",  # "even better": "… du React... ou encore mieux, un⋅e dev Elm"
        r"idéalement",
        r"bienvenue?",
        r"est un bonus",
        r"serait appréciée?",
        r"pas (obligatoire|indispensable|nécessaire)",
        r"pas besoin de",  # "Pas besoin de connaître Go"
        r"optionnel(le)?",
        r"un (fort |gros |grand |vrai |réel |véritable )?(avantage|atout)",  # "serait un fort avantage"
        r"atouts?(?=\)|$)",  # "Microsoft Azure (atout)": a bracket's words are read alone too
        r"appréciable",
        r"serait idéal",
        r"(serait|pourrait être) intéressant",  # "il pourrait être intéressant d'avoir quelques notions de :"
        r"(ce )?serait (génial|super|top|parfait)",  # "Et ce serait génial si tu connaissais aussi :"
        r"recommandée?s?",  # "(Terraform recommandé)"
        r"^option\s?:",  # "Option : Cassandra", a bullet of the optional ones
    ),
    forward_clause=(r"idéalement", r"de préférence", r"encore mieux"),
    required_clause=(r"indispensable", r"obligatoire", r"requis(e|es)?", r"impératif"),
    desired=(r"souhaité(e|es|s)?", r"recherché(e|es|s)?"),
    location_label=(
        r"lieux?( de travail| du poste)?",
        r"localisation",
        r"localité",
        r"ville",
        r"adresse",
        r"emplacement",  # "Emplacement: Neuchatel, Suisse"
    ),
    title_label=(r"poste", r"intitulé( du poste)?"),
    years_unit=(r"ans?", r"années?"),
    at_least=(r"au moins", r"minimum", r"plus de"),
    remote=(
        r"full[\s-]remote",
        r"100\s?% (à distance|télétravail|remote|distanciel)",  # "100% distanciel, réunions occasionnelles"
        r"télétravail (en )?(full[\s-]time|complet|total)",
        r"totalement à distance",
        r"travail à distance\s?(\.|;|$)",  # "Démarrage dès que possible. Travail à distance."
        r"lieu de travail\s?:\s?télétravail\b(?! partiel)",  # "Lieu de travail : télétravail encouragé"
        r"(complètement|entièrement|totalement|100\s?%) en télétravail",
        r"(depuis|de) chez (vous|toi)",
        r"(depuis|de) n'importe où",  # "Ce rôle peut être assumé de n'importe où au Canada"
        r"chez (toi|vous) ou à",  # "Où ? Chez toi ou à La Défense": the freer mode
        r"poste en [\"“«]?\s?remote",  # "Poste en “remote” avec présence ponctuelle à Paris"
        # not "Paris et en télétravail" (both: hybrid)
        r"(?<!jours )(?<!jour )(?<!et )en télétravail"
        r"(?!\s(partiel|possible|occasionnel|fréquent|régulier|\d))",
        r"télétravail est la norme",
        r"télétravail exclusi(f|vement)",  # "Localisation : télétravail exclusivement, avec rencontres …"
        # "avec 2 réunions présentielles par mois", "avec 1 réunion en présentiel tous les mois"
        r"télétravail avec [^.\n]{0,40}\b(par|tous les|chaque) mois",
        r"télétravail [^.\n]{0,20}en (majeure|grande) partie",  # "télétravail possible en majeure partie"
        # occasional days in Paris (the guide)
        r"télétravail (est )?possible,? (avec |mais )?une présence ponctuelle",
        r"télétravail à volonté",  # "télétravail à volonté, possibilité de travailler dans des locaux"
        r"télétravail (à )?100\s?%",  # "Télétravail 100%."
        r"(télétravail|travail à distance) (à |en )?(temps (complet|plein)|total)",  # "… à temps complet"
        # "Télétravail : possible. Un minimum de présence … (une à deux fois par mois)": monthly visits
        r"(une|deux|\d)( (à|ou) (deux|trois|\d))? fois par mois",
        r"(travaille|travaillons|travaillent) (\w+ ){0,2}à distance",  # "L'équipe … travaille à distance"
        r"(peut|peux|pouvez|pouvons|peuvent) travailler (\w+ ){0,2}à distance",
        r"(essentiellement|principalement|majoritairement) à distance",
        r"équipe télétravaillante",  # "au sein d'une équipe télétravaillante répartie sur le territoire"
        r"équipe est (dispersée|répartie) à travers",  # "… et se retrouve deux fois par mois à Paris"
        r"télétravail avec (quelques|des) réunions",  # "Télétravail avec quelques réunions présentielles"
        r"télétravail partiel ou (complet|total)",  # the freer mode
        # "Télétravail possible. Déplacements à Paris à prévoir": remote with some travel (the guide)
        r"télétravail (est )?(possible|bienvenu|ok|encouragé)\b[^\n]{0,30}\bdéplacements?\b",
        # "… à la DINUM", "et possibilité de rejoindre les locaux": either, the freer mode
        r"télétravail et(/ou)? possibilité de (travailler|rejoindre)",
        r"télétravail par défaut",  # "Télétravail par défaut - 2 déplacements par mois"
        r"télétravail (est )?bienvenu",  # "Télétravail bienvenu, avec une présence de temps en temps à Paris"
        r"télétravail avec (la )?possibilité de déplacements",  # "… déplacements occasionnels": remote
        r"à l'aise pour travailler à distance",  # "Vous êtes assez à l'aise pour travailler à distance"
        # "Localisation : Travail possible à distance, pas de localisation spécifique exigée"
        r"pas de localisation (spécifique )?(exigée|requise|imposée)",
        r"s['\u2019]effectue (\w+ ){0,2}à distance",  # "Le travail s\u2019effectue à distance, mais …"
        # "télétravail flexible …, avec la possibilité de travailler depuis …"; not "… flexible, qui permet
        # jusqu'à 3 jours de télétravail par semaine" (some days at home: hybrid)
        r"télétravail flexible"
        r"(?![^.\n]{0,40}\b([1-4]|un|deux|trois|quatre) jours? (de télétravail )?par semaine)",
        r"télétravail (ok|possible), possibilité de travailler",  # "… dans des locaux à Paris": either
    ),
    # "télétravail" alone is a perk; a possibility of it is some days at home.
    hybrid=(
        r"hybride",
        r"semi[\s-]?présentiel",
        r"télétravail (est )?(partiel|possible|occasionnel|ponctuel|fréquent|régulier)",
        r"télétravail\s?:\s?\**\s?partiel",  # a field: "**Télétravail** : Partiel"
        # "Eligibilité télétravail : Oui": as "possible" (not "Oui, 100 %")
        r"télétravail\s?:\s?\**\s?(oui|possible)\b(?!,?\s?\(?\s?(à\s)?(100|complet|total|intégral))",
        # "3 jours sur site par semaine": the other days at home (not "5 jours", nor a training's "3 jours
        # au bureau")
        r"([1-4]|un|deux|trois|quatre)( (à|-) [1-4])? jours? (par semaine|/ ?semaine) "
        r"(sur site|au bureau|dans (les|nos) locaux)",
        r"([1-4]|un|deux|trois|quatre)( (à|-) [1-4])? jours? (sur site|au bureau|dans (les|nos) locaux) "
        r"(par semaine|/ ?semaine|hebdomadaires?)",
        r"télétravail est une possibilité",
        # "Le travail à distance est possible à temps partiel"
        r"(travail à distance|télétravail) (est )?(possible )?à temps partiel",
        r"télétravail (de )?\d( (à|-) \d)? jours?",
        r"télétravail jusqu'(à|a) (\d|un|deux|trois|quatre) jours?",  # "jusqu'à trois jours par semaine"
        r"télétravail jusqu'(à|a) \d{1,2}\s?%",  # "jusqu'à 50% de votre temps"
        r"télétravail[^.\n\d]{0,20}\d( (à|-) \d)? jours? par semaine",  # "Télétravail en place : 3 jours …"
        r"\d( (à|-) \d)? jour(née)?s? (de |en )télétravail",
        r"télétravail \d\s?j\b",  # "accord télétravail 3J/semaine"
        r"accord (de )?télétravail",
        r"jour(née)?s? de télétravail",  # "Une à deux journées de télétravail sont possibles"
        # "Vous travaillez en présentiel (Paris 12°) et en télétravail": both, some days each
        rf"présentiel[^.\n]{{0,30}} et (en )?télétravail{_NOT_REFUSED}",
        # "Localisation : 20 avenue de Ségur, Paris (75) et en télétravail"; not "… télétravail non possible"
        rf"et en télétravail{_NOT_REFUSED}",
        r"\d( (à|-) \d)?\s?j(ours?)? de tt\b",  # "4j de TT / semaine": TT is télétravail
        r"(\d|un|deux|trois|quatre)( (à|-) \d)? jours? (de |en )présentiel",  # "1 jour de présentiel imposé"
        r"possibilité de télétravail",
        r"télétravail, (avec )?(une |un )?(besoin de )?présence régulière",  # some days in the office
        r"télétravail (autorisé|possible|accordé) \(?\d( (à|-) \d)? jours?",  # "(3 jours par semaine)"
        r"(travail à distance|télétravail) (est )?possible,? ponctuellement",  # now and then
        r"présence (très |assez )?(fréquente|régulière) (à|au|dans|en|sur)\b",  # "… très fréquente à Paris"
        r"régulièrement présent",  # "que vous puissiez être régulièrement présent.e dans nos bureaux"
        r"télétravaill(ons|ez|ent) (souvent|régulièrement|parfois)",  # "mais nous télétravaillons souvent"
        # "Chez toi et, au moins un jour par semaine, dans le 19ème arrondissement"
        r"(au moins|minimum) (un|deux|trois|\d) jours? par semaine,? (dans|au|à|en|sur)\b",
        # a weekly office day: "nous nous retrouvons en général le mercredi dans les locaux"
        r"(le|chaque) (lundi|mardi|mercredi|jeudi|vendredi) (dans (les|nos) locaux|au bureau)",
        r"retrouvons (en général |généralement )?(le|chaque) (lundi|mardi|mercredi|jeudi|vendredi)",
        # "L'équipe … se réunit une fois par semaine. Le travail est effectué à distance le reste du temps."
        r"(à distance|en télétravail) (le reste du temps|les autres jours)",
    ),
    onsite=(r"sur site", r"présentiel"),
)

SPANISH: Final = Cues(
    required_head=(
        r"requisitos",
        r"requerimientos",
        r"perfil",
        r"qué buscamos",
        r"que buscamos",
        r"buscamos",
        r"conocimientos",
        r"habilidades",
        r"experiencia",
        r"lo que necesitas",
        r"competencias",
        r"qué necesitas",
        r"requisitos técnicos",
        r"stack tecnológico",
        r"tecnologías",
        r"¿?qui[ée]n eres\??",
        r"(lo )?que esperamos( de ti)?",
        r"¿?qu[ée] se necesita( para (aplicar|postular))?\??",
        r"a qui[ée]n buscamos",
        r"(o )?que precisas? (de )?ter",  # Portuguese: "O que precisas de ter:"
    ),
    preferred_head=(
        r"desead[oa]s?",
        r"deseables?",
        r"diferencial(es)?",  # "Diferencial": what sets a candidate apart (also Portuguese "Diferenciais")
        r"diferenciais",
        r"desejáve(l|is)",  # Portuguese, on the same boards: "Desejável:", "Será um extra se você tiver:"
        r"será um extra( se você tiver)?",
        r"requisitos deseados",
        r"se valorarán?",
        r"se valorará",
        r"valorables?",
        r"(conocimientos|requisitos|aptitudes) valorad[oa]s",
        r"suma(rá)? puntos",
        r"puntos (extra|a favor)",  # "Puntos extra:", "Puntos a favor:"
        r"(te|lo que te) har[áa]n? (destacar|brillar)",  # "Lo que te hará destacar:"
        r"si además|sería genial",  # "Y si además tienes:", "Sería genial si:"
        r"lo que suma",  # "Lo que suma:"
        r"(?<!savoir )plus",
        r"opcional(es)?",
        r"valoramos",
        r"valoraremos",
        r"será un plus",
        r"no excluyente",
        r"se valora",
    ),
    context_head=(
        r"responsabilidades",
        r"funciones",
        r"tareas",
        r"qué harás",
        r"que harás",
        r"el rol",
        r"tu rol",
        r"descripción",
        r"el puesto",
        r"tu misión",
        r"el proyecto",
        r"^tus (retos|desafíos)\W*$",
        r"cuáles serán tus (retos|desafíos|funciones|responsabilidades)",
    ),
    boilerplate_head=(
        r"beneficios",
        r"ofrecemos",
        r"qué ofrecemos",
        r"que ofrecemos",
        r"sobre nosotros",
        r"quiénes somos",
        r"la empresa",
        r"empresa",
        r"horarios?",
        r"contacto",
        r"postulación",
        r"cómo postular",
        r"sueldo",
        r"salario",
        r"condiciones",
    ),
    preferred_clause=(
        r"de preferencia",
        r"preferentemente",
        r"preferiblemente",
        r"deseables?",
        r"desejáve(l|is)",
        r"nos gustar[íi]a",
        r"se valorarán",
        r"se valorará",
        r"valorable",
        r"valoramos",
        r"es un plus",
        r"un plus",
        r"suma(rá)? (muchos )?puntos",
        r"será un plus",
        r"opcional(es)?",
        r"idealmente",
        r"no excluyente",
        r"se valora",
        r"valoraremos",
        r"valorables?",
        r"no es excluyente",
        r"no es necesario",
        r"no requerido",
        r"no se requiere",  # "No se requiere experiencia en Go"
        r"una ventaja",
        r"serán? valorad[oa]s?",
        r"mucho mejor",  # "Si trabajás con SASS o LESS, mucho mejor"
        r"mejor a[úu]n(?=\s?[.!)]|$)",  # "Si sabes Python, mejor aún." (not "mejor aún ya que …")
        r"suman",  # "(SASS o LESS suman)", "Qué cosas suman?": they add to the profile
        r"suma(rá)?(?=\s?[.!)]|$)",  # "Kubernetes suma."; not "de suma importancia"
        r"es ideal que",
        r"en lo posible",  # "y en lo posible frameworks como Angular": if possible
        r"de ser posible",
        r"si es posible",
    ),
    forward_clause=(r"preferiblemente", r"preferentemente", r"de preferencia", r"idealmente"),
    required_clause=(r"excluyente", r"obligatorio", r"indispensable", r"imprescindible", r"requerido"),
    desired=(r"desead[oa]s?",),
    location_label=(
        r"ubicaci(ón|ones)",
        r"localiza[çc][ãa]o",  # Portuguese, on the same boards
        r"lugar(es)?( de trabajo)?",
        r"ciudad",
        r"localidad",
        r"país",
        r"sede",
        r"dirección",
    ),
    title_label=(r"puesto", r"cargo", r"posición", r"título"),
    years_unit=(r"años?", r"anos?"),  # Portuguese "anos" on the same boards
    at_least=(r"al menos", r"mínimo( de)?", r"más de", r"a partir de"),
    remote=(  # fully remote; a bare "remoto" or "teletrabajo" is read by where._REMOTE
        r"100\s?% (en )?(remot[oa]|teletrabajo)",
        r"(totalmente|completamente) (en )?remot[oa]",
        r"teletrabajo (total|completo|100\s?%)",
        r"remot[oa] (total|100\s?%)",
    ),
    hybrid=(
        r"h[ií]brid[oa]",
        r"semi[\s-]?presencial",
        r"mixto",
        r"teletrabajo parcial",
        r"presencial y (teletrabajo|remoto)",
        r"(teletrabajo|remoto) y presencial",
        r"(algunos|[1-4]|uno|dos|tres|cuatro) d[íi]as? (a la semana )?(en remoto|de teletrabajo|desde casa)",
        r"([1-4]|dos|tres) (o [1-4] )?d[íi]as (a la semana )?en (la )?oficina",
        r"([1-4]|un|uno|dos|tres|cuatro)( (o|a) [1-4])? d[íi]as? "
        r"(a la semana |por semana |semanales )?presenciales(?! (al|por|cada) (\w+ )?(mes|meses|trimestre"
        r"|semestre|año|años))(?! (mensuales|trimestrales|semestrales|anuales))",
        r"(modalidad|trabajo|modelo) mixt[oa]",  # not a "jornada mixta", a shift
        r"pol[íi]tica de (wfh|home ?office|teletrabajo)",  # "incluye política de WFH": some days at home
    ),
    onsite=(r"presencial",),
)

LANGUAGES: Final = {"en": ENGLISH, "de": GERMAN, "fr": FRENCH, "es": SPANISH}


def alternatives(role: str) -> str:
    """All languages' fragments for one field of `Cues`, as one non-capturing alternation."""
    return "(?:" + "|".join(_fragments(role)) + ")"


def _fragments(role: str) -> list[str]:
    """One field's fragments of every language, in the order `alternatives` joins them."""
    if role not in {f.name for f in fields(Cues)}:
        raise ValueError(f"no cue kind {role!r}")
    parts = dict.fromkeys(p for cues in LANGUAGES.values() for p in getattr(cues, role))
    # Longest first, so "nice to have" wins over "nice" wherever two alternatives start together.
    return [_unaccented_too(p) for p in sorted(parts, key=len, reverse=True)]


# Postings are often typed without accents ("idealement", "se valoraran", "Requisitos deseados").
_BARE: Final = dict(zip("áàâéèêíîóôúùûüöäçñ", "aaaeeeiioouuuuoacn", strict=True))


def _unaccented_too(pattern: str) -> str:
    """A cue pattern that also matches its words written without accents: "idéalement" -> "id[ée]alement".
    Letters inside a character class are left as they are."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        bare = _BARE.get(char)
        if bare and not in_class and not escaped:
            out.append(f"[{char}{bare}]")
        else:
            out.append(char)
        in_class = (in_class or (char == "[" and not escaped)) and not (char == "]" and not escaped)
        escaped = char == "\\" and not escaped
    return "".join(out)


def words(role: str) -> re.Pattern[str]:
    """One field's cues as a whole-word pattern for LOWER-CASE text: "plus" in "a plus", not "surplus".

    Case-sensitive on purpose: re tries an alternative only when its first literal character matches,
    a shortcut that IGNORECASE turns off (about 15x slower on 20 KB). Callers pass `text.lower()`.
    The alternatives are grouped by their first character (`_by_first_character`): the same matches,
    but read only by their spans (a fragment's own groups may appear more than once).
    """
    return re.compile(rf"(?<!\w)(?=\w){_by_first_character(_fragments(role))}(?!\w)")


# re tries a long alternation's branches one after another at every word start (300 preferred cues,
# searched again and again per line). Grouped under a lookahead of the characters they can start with,
# a position tries only the branches that can match there, in their original order: so the same branch
# matches at every position, with the same span, about 2.5 times faster.
_MANY_FRAGMENTS: Final = 75
_MAX_CLASS_SIZE: Final = 256  # a wider range of a class counts as any character


def _first_characters(fragment: str) -> frozenset[str] | None:
    """The characters a match of `fragment` can start with, or None when it can start with any (or match
    nothing). Read from re's own parse of the fragment."""
    first, empty = _sequence_first(_parser.parse(fragment))
    return None if empty else first


_First = tuple[frozenset[str] | None, bool]  # the possible first characters (None: any); may match empty


def _sequence_first(items: Iterable[tuple[Any, Any]]) -> _First:
    chars: frozenset[str] = frozenset()
    for op, value in items:
        first, empty = _item_first(op, value)
        if first is None:
            return None, False
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def _item_first(op: Any, value: Any) -> _First:
    """The first characters of one parsed item; zero-width ones (anchors, lookarounds) add none."""
    if op is _parser.LITERAL:
        return frozenset({chr(value)}), False
    if op is _parser.IN:
        return _class_first(value), False
    if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):
        return frozenset(), True
    if op is _parser.SUBPATTERN:
        _group, add_flags, del_flags, items = value
        return (None, False) if add_flags or del_flags else _sequence_first(items)
    if op is _parser.BRANCH:
        branches = [_sequence_first(items) for items in value[1]]
        if any(first is None for first, _ in branches):
            return None, False
        return frozenset().union(*(first or () for first, _ in branches)), any(e for _, e in branches)
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        least, _most, items = value
        first, empty = _sequence_first(items)
        return (first, empty or least == 0) if first is not None else (None, False)
    return None, False


# A class's category as its escape; in a set of first characters, a two-character member such as "\\d"
_CATEGORIES: Final = {
    _parser.CATEGORY_DIGIT: r"\d",
    _parser.CATEGORY_SPACE: r"\s",
    _parser.CATEGORY_WORD: r"\w",
}


def _class_first(members: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of a parsed character class of literals, ranges and the \\d, \\s, \\w categories
    (those as their escape), or None (a negated class, another category)."""
    chars: set[str] = set()
    for op, value in members:
        if op is _parser.LITERAL:
            chars.add(chr(value))
        elif op is _parser.RANGE and value[1] - value[0] < _MAX_CLASS_SIZE:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        elif op is _parser.CATEGORY and value in _CATEGORIES:
            chars.add(_CATEGORIES[value])
        else:
            return None
    return frozenset(chars)


def _by_first_character(fragments: list[str]) -> str:
    """`fragments` as one alternation that matches as theirs does, grouped by first character when they
    are many (on fewer, the lookaheads cost about what they save)."""
    firsts = [_plain(_first_characters(f)) for f in fragments]
    starts = sorted(frozenset().union(*(f for f in firsts if f is not None)))
    if not starts or len(fragments) < _MANY_FRAGMENTS:
        return "(?:" + "|".join(fragments) + ")"
    groups: dict[tuple[int, ...], list[str]] = {}  # the fragments that can start with a character
    for char in starts:
        groups.setdefault(tuple(i for i, f in enumerate(firsts) if f is None or char in f), []).append(char)
    guarded = [(f"(?=[{_class(chars)}])", members) for members, chars in groups.items()]
    anywhere = tuple(i for i, f in enumerate(firsts) if f is None)
    guarded += [(f"(?![{_class(starts)}])", anywhere)] if anywhere else []
    branches = (guard + "(?:" + "|".join(fragments[i] for i in members) + ")" for guard, members in guarded)
    return "(?:" + "|".join(branches) + ")"


def _plain(first: frozenset[str] | None) -> frozenset[str] | None:
    """First characters without a category, or None (any) when one may start with a category's."""
    return first if first is not None and all(len(c) == 1 for c in first) else None


def _class(chars: Iterable[str]) -> str:
    return "".join(c if len(c) > 1 else re.escape(c) for c in chars)


def starts_guard(pattern: str) -> str:
    """A lookahead of the characters a match of `pattern` can start with ("" when any can): put before
    a pattern whose alternatives open with lookbehinds or groups, a position where no match can start
    fails at one test instead of one per alternative. To compile with the pattern's flags: case-insensitive,
    the class matches what its letters do in the pattern."""
    first = _first_characters(pattern)
    return f"(?=[{_class(sorted(first))}])" if first else ""


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled behind its `starts_guard`: the same matches and groups, found faster."""
    guard = starts_guard(pattern)
    return re.compile(f"{guard}(?:{pattern})" if guard else pattern, flags)


# A long pattern searched in every line finds nothing in most: a plain `in` test for the strings one of
# which each of its matches must contain (read from re's parse of it) skips those lines at C speed.
def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains, or None when no such set is known (a
    case-insensitive pattern has none: its text may spell them otherwise)."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _sequence_needles(_parser.parse(pattern.pattern, pattern.flags)) or ()
    # a needle that holds another adds nothing: "experience with any of these" beside "experience "
    return tuple(sorted(n for n in found if not any(o != n and o in n for o in found))) or None


def may_match(wanted: tuple[str, ...] | None, text: str) -> bool:
    """False only when `text` holds none of a pattern's `needles`: then the pattern cannot match it."""
    return wanted is None or any(map(text.__contains__, wanted))


def _sequence_needles(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best needles of a sequence: one of its literal runs, or those of one of its required parts."""
    options: list[frozenset[str]] = []
    run = ""
    for op, value in items:
        if op is _parser.LITERAL:
            run += chr(value)
            continue
        options += [frozenset({run})] if run else []
        run = ""
        part = _item_needles(op, value)
        options += [part] if part else []
    options += [frozenset({run})] if run else []
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def _item_needles(op: Any, value: Any) -> frozenset[str] | None:
    """The needles of one required item (a group, an alternation, a repeat at least once, a positive
    lookaround), or None."""
    if op is _parser.SUBPATTERN and not (value[1] or value[2]):
        return _sequence_needles(value[3])
    if op is _parser.BRANCH:
        branches = [_sequence_needles(items) for items in value[1]]
        return None if any(b is None for b in branches) else frozenset().union(*(b or () for b in branches))
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT) and value[0] >= 1:
        return _sequence_needles(value[2])
    if op is _parser.ASSERT:  # what a lookahead or a lookbehind sees is in the text too
        return _sequence_needles(value[1])
    return None


MAX_SENTENCE_CHARS: Final = 600

# The company's years in business ("in business for 20 years"), not "7 Jahre Erfahrung in Business Analyse":
# read by both the clause-level boilerplate test (sections) and the years reader (experience).
IN_BUSINESS: Final = r"(?:been|years) in business|in business (?:for|since)"


def sentence(text: str) -> str:
    """The part of a clause its cues are read in: the first MAX_SENTENCE_CHARS characters.

    A longer run without a sentence break is a list or a flattened paste, not a sentence: a cue deep
    inside it speaks for no part of it, and reading all of it on every pass costs time on a long input.
    """
    return text[:MAX_SENTENCE_CHARS]


def lower_same_length(text: str) -> str:
    """`text` in lower case, keeping every offset ("İ" lowers to two characters: it stays as it is)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
