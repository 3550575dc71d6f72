"""The seven fault kinds of issue 13, each with the issue's own examples and the value the labelling
guide gives them (tests/fixtures/jd_corpus/LABELLING.md)."""

from __future__ import annotations

import pytest

from talent.geo.policy import location_policy
from talent.jd import parse_jd
from talent.jd.errors import JobDescriptionNotText
from talent.jd.evaluate import place_key
from talent.jd.markup import json_record_to_text, normalise
from talent.jd.places import is_place
from talent.jd.sections import Kind, _mode_place, heading_kind
from talent.jd.taxonomy import canonical_name
from talent.jd.where import phrase_places

# The hand-made passes alone: see conftest.rules_only.
pytestmark = pytest.mark.usefixtures("rules_only")

# --- 1. markup ---------------------------------------------------------------------------------------------


def test_markdown_link_title_is_its_text() -> None:
    result = parse_jd(
        "# [Backend Java Developer](https://jobs.example.com/apply/123)\n\nRequirements\n- Java"
    )
    assert result.title == "Backend Java Developer"


def test_html_one_liner_loses_tags_and_entities_and_keeps_london() -> None:
    text = (
        'Acme (<a href="https://acme.example">https:&#x2F;&#x2F;acme.example</a>) — London, England — '
        "App Engineer (ReactJS&#x2F;JS), full-time"
    )
    result = parse_jd(text)
    assert result.title == "App Engineer (ReactJS/JS)"
    assert result.locations == ["London, England"]
    assert "React" in result.required_skills
    assert "<" not in result.title
    assert "&#" not in result.title


def test_html_lists_keep_their_section() -> None:
    text = (
        "<h2>Data Engineer</h2><h3>Requirements</h3><ul><li>Python</li><li>dbt</li></ul>"
        "<h3>Nice to have</h3><ul><li>Kafka</li></ul><h3>Benefits</h3><ul><li>Free Java courses</li></ul>"
    )
    result = parse_jd(text)
    assert result.required_skills == ["Python", "dbt"]
    assert result.preferred_skills == ["Apache Kafka"]


def test_inline_code_does_not_hide_remote() -> None:
    result = parse_jd("# Go Developer\n### Acme\n#### `💰 65k-95k USD` `🌎 Remote`\n\nRequirements\n- Go")
    assert result.remote == "remote"


# --- 2. non-English ----------------------------------------------------------------------------------------


def test_accented_words_are_whole_words() -> None:
    result = parse_jd(
        "Softwareentwickler (m/w/d)\n\nWir bieten\nModerne Büros in Toplage.\n\nProfil\n- Python"
    )
    assert result.required_skills == ["Python"]
    assert not {"Ruby on Rails", "ROS"} & {*result.required_skills, *result.preferred_skills}


def test_spanish_years_and_desirable() -> None:
    result = parse_jd(
        "Desarrollador Backend\n\nRequisitos\n"
        "- Experiencia de 3 años o más en Java. Deseable conocimiento en Quarkus."
    )
    assert result.min_years == 3
    assert result.required_skills == ["Java"]
    assert result.preferred_skills == ["Quarkus"]


def test_french_competences_souhaitees_are_preferred() -> None:
    result = parse_jd(
        "Développeur Backend\n\nCompétences requises\n- Java\n- PostgreSQL\n\n"
        "Compétences souhaitées\n- Kafka\n- Docker"
    )
    assert result.required_skills == ["Java", "PostgreSQL"]
    assert result.preferred_skills == ["Apache Kafka", "Docker"]


def test_german_cues_and_years() -> None:
    result = parse_jd(
        "Backend Entwickler (m/w/d)\n\nDein Profil\n- mindestens 3 Jahre Erfahrung mit Java\n"
        "- Kenntnisse in Kubernetes sind von Vorteil\n- Idealerweise Erfahrung mit Terraform"
    )
    assert result.min_years == 3
    assert result.required_skills == ["Java"]
    assert result.preferred_skills == ["Kubernetes", "Terraform"]


# --- 3. locations ------------------------------------------------------------------------------------------


def test_location_from_a_header_line() -> None:
    result = parse_jd("# Backend Engineer\n### Acme\n#### 🌎 Warsaw, Poland\n\nRequirements\n- Go")
    assert result.locations == ["Warsaw, Poland"]


def test_a_digit_does_not_drop_the_place() -> None:
    result = parse_jd("Backend Engineer\nLocation: Paris 9, France\n\nRequirements\n- Go")
    assert result.locations == ["Paris, France"]


@pytest.mark.parametrize(
    "text",
    [
        "Python Developer - Lisbon, Portugal - Acme - Full time",
        "Python Developer\nLisbon, Portugal - Acme - Full time\n\nWe use Django.",
    ],
)
def test_city_country_company_one_liners(text: str) -> None:
    assert parse_jd(text).locations == ["Lisbon, Portugal"]


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        # An office address is where the work is when nothing else says (fresh postings, 2026-11).
        ("Java Entwickler\n\n- Java\n\nLanguageTooler GmbH\nKarl-Liebknecht-Str. 21/22\n14482 Potsdam",
         None, ["Potsdam"]),
        ("Entwickler\n\n- Java\n\nBüroadresse: re:edu GmbH // Von-Steuben-Str. 21 // 48143 Münster",
         None, ["Münster"]),
        # ... but a remote role's only address is the employer's or the agency's.
        ("PHP Entwickler\n\n100% remote.\n- PHP\n\nAgency GmbH\nAgrippinawerft 26, 50678 Köln", "remote", []),
        ("Programador\n\nRequisitos\n- PHP\n- Vivir en las proximidades de Vila-real", None, ["Vila-real"]),
        ("Dev\n\nNos locaux sont actuellement situés dans le 14ème à Paris.\n- Python", None, ["Paris"]),
        ("Dev front\n\nNous cherchons un·e dev front-end à Lyon.\n- React", None, ["Lyon"]),
        ("Engineer\n\nBei uns findest du ein Office an der Aare in Bern.\n- Go", None, ["Bern"]),
        # The headquarters is company information (the guide).
        ("DevOps\n\nAcme is a consulting company based in New York City.\n- Go", None, []),
        ("Eng\n\nLocation: Washington, DC; Virtual\n- Go", None, ["Washington, DC"]),
        # A front matter's last key over its closing fence is no heading.
        ('---\ntitle: "DevOps"\nlocation: "Remote"\n---\n\nRequisitos\n- Python', "remote", []),
        ("Snout | Principal Software Engineer | Remote US | Full Time\n\nWe use Python.", "remote", ["US"]),
        ("Java Entwickler\n\n- Du arbeitest im Büro oder von zu Hause, mit Besuchen im Büro\n- Java",
         "hybrid", []),
        ("Développeur\n\nVous travaillez depuis chez vous.\n- Python", "remote", []),
        ("Ingénieur\n\n* Possibilité de télétravail (après 6 mois)\n- Python", "hybrid", []),
        ("Dev\n\nThis role can be performed from anywhere in Canada.\n- Go", "remote", ["Canada"]),
        ("Dev\n\nDerzeit suchen wir an unserem Hamburger Standort eine:n Data Engineer.\n- Go", None,
         ["Hamburg"]),
        ("Dev\n\nLa posición es para trabajar permanentemente desde la Ciudad de México.\n- Ruby", None,
         ["Ciudad de México"]),
        ("Dev\n\n## Lieu et détails\n\n* Basé à Pau (#ski-à-1h)\n\n- Python", None, ["Pau"]),
        ("Dev\n\n## Modalités\n\n* Lieu de travail: ~ Toulouse\n\n- Python", None, ["Toulouse"]),
        ("Dev\n\n    location: 'Remote'\n\n- Python", "remote", []),
        # Hacker News headers: a field's qualifiers, a metro area after a city code, a web address after.
        ("Immunera | Principal ML Engineer | NYC area (hybrid) | Full-time", "hybrid", ["NYC"]),
        ("SpruceID | REMOTE (US-Based Preferred) | Full-Time\n\nWe hire engineers.", "remote", ["US"]),
        ("Enthought | Python Developers | Hybrid | Tokyo, JP www.enthought.com/careers\nWe build.", "hybrid",
         ["Tokyo, JP"]),
        ("Northstar | Software Engineer | SF Bay Area | Onsite | Full-time", "onsite", ["SF Bay Area"]),
        ("Ai2 | 3 open Senior Software Engineer roles| Seattle, WA | Full-time", None, ["Seattle, WA"]),
        ("Graphite |Senior Engineers| New York, NY in our Soho Headquarters", None, ["New York"]),
        ("CLEAR | Senior Software Engineers| NYC Onsite (4-5 days in-office w/ lunch)", "hybrid", ["NYC"]),
        ("telli is hiring engineers & designers [on-site, Berlin] - https://telli.com", "onsite", ["Berlin"]),
        ("Encube | Senior Engineers\nOnsite (Stockholm) or Remote | Full-time\nWe build.", "remote",
         ["Stockholm"]),
        ("Brico | San Francisco, CA | ONSITE (Hybrid OK) | Full-Time", "hybrid", ["San Francisco, CA"]),
        ("E2B | SF, Prague, Remote | Eng, GTM, and Operations | https://e2b.dev", "remote", ["SF", "Prague"]),
        ("Found | San Francisco, NYC, REMOTE [CAN/US] | Engineering", "remote",
         ["San Francisco", "NYC", "CAN", "US"]),
        ("Microsoft | Senior SWE | Redmond, Wa\n\nHiring developers.", None, ["Redmond"]),
        ("Rasm Labs | Full-Stack Engineer | REMOTE (EU-friendly) | Full-time", "remote", []),
        ("Engineer\n\nLocation: Remote (PKT)\n- React", "remote", []),
        ("Engineer\n\nLocation: NYC Salary: $150k\n- React", None, ["NYC"]),
        ("Cologne, Germany | UMH | Engineer | ONSITE (part remote)\nHi.", "hybrid", ["Cologne, Germany"]),
        ("Thirdfort | London, UK | multiple roles | remote (within UK) or hybrid/onsite", "remote",
         ["London, UK", "UK"]),
        ("Hi HN.\n\nWe're hiring a Senior Engineer to join us in our NYC office.", "onsite", ["NYC"]),
        # Days in the office are hybrid; the freer of two modes offered; "hybrid search" is no work mode.
        ("Dialogue | many roles | Montreal or Toronto | 3-days in office", "hybrid", ["Montreal", "Toronto"]),
        ("Apple | Engineer | San Diego, CA | ONSITE (3 days/week in office)", "hybrid", ["San Diego, CA"]),
        ("COVU | Engineers | San Francisco (Hybrid) or REMOTE (US) | Full-time", "remote",
         ["San Francisco", "US"]),
        ("Baseten | San Francisco |ONSITE, REMOTE, HYBRID | Visa", "remote", ["San Francisco"]),
        ("Acme | Backend Engineer | Vienna / Remote (Europe only!)\n\nYou'll build hybrid search.", "remote",
         ["Vienna", "Europe"]),
        ("Android Engineer\n\nFully remote, east coast hours. You must be living within the U.S. to be "
         "considered.\n- Kotlin", "remote", ["U.S"]),
        # A job board's flattened page: "Work Remotely: No"; "Acme, Inc." is the company, not a place.
        ("IT Coordinator\nBank of Holland, Inc. - East Aurora, NY\n\nRole: oversee. Work Remotely: No",
         "onsite", ["East Aurora, NY"]),
        ("QA\n\nPerks:\n* office in the center of Gdańsk (Wrzeszcz) with a parking card\n\n- Selenium", None,
         ["Gdańsk"]),
    ],
)  # fmt: skip
def test_where_the_work_is_read_from_addresses_phrases_and_header_fields(
    text: str, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


# --- 4. clause damage --------------------------------------------------------------------------------------


def test_a_boilerplate_word_does_not_wipe_a_requirement() -> None:
    result = parse_jd(
        "Backend Engineer\n\nRequirements:\n- 5+ years of Python experience building healthcare software"
    )
    assert result.min_years == 5
    assert result.required_skills == ["Python"]


def test_is_beneficial_is_preferred() -> None:
    result = parse_jd("Backend Engineer\n\nRequirements\n* Go\n* Python experience is beneficial")
    assert result.required_skills == ["Go"]
    assert result.preferred_skills == ["Python"]


def test_company_pitch_and_other_teams_are_not_requirements() -> None:
    result = parse_jd(
        "Data Engineer\n\nAcme is hiring! We hire backend, frontend, and iOS engineers across Europe. "
        "Trusted by customers such as Shopify and Salesforce.\n\nRequirements\n- SQL and dbt"
    )
    assert result.required_skills == ["SQL", "dbt"]
    assert result.preferred_skills == []


@pytest.mark.parametrize(
    ("text", "preferred"),
    [
        ("Backend Developer\n\nRequirements\n- 3+ years of Java (Kotlin is also nice)", ["Kotlin"]),
        (
            "Administrateur\n\nCompétences\n- Linux\n*\tOption : Cassandra\n*\tOption : routage (BGP)",
            ["Cassandra", "BGP"],
        ),
    ],
)
def test_a_plus_said_as_nice_or_as_an_option_bullet(text: str, preferred: list[str]) -> None:
    assert parse_jd(text).preferred_skills == preferred


def test_a_team_named_after_another_with_its_determiner_is_not_a_requirement() -> None:
    """A trial's iOS role listed Android as required: "Work closely with design and our Android team"."""
    result = parse_jd(
        "iOS Developer\n\nRequirements\n- 4+ years of Swift and SwiftUI\n"
        "- Work closely with design and our Android team\n- Partner with the backend and the Kotlin teams"
    )
    assert result.required_skills == ["iOS", "Swift", "SwiftUI"]


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        # a second trial's, in three languages: the teams the hire works with are not the role's stack
        (
            "Frontend Engineer (React) \u2013 London (Hybrid)\nYou will work closely with our Node.js "
            "backend team and our iOS team.\nRequirements: React, TypeScript, CSS.",
            ["React", "TypeScript", "CSS"],
            [],
        ),
        (
            "Android Entwickler (m/w/d)\nDeine Aufgaben\n- Entwicklung unserer App mit Kotlin\n"
            "- Zusammenarbeit mit Product, Design und dem iOS-Team\nDein Profil\n- Kotlin, Jetpack Compose",
            ["Android", "Kotlin", "Jetpack Compose"],
            [],
        ),
        (
            "Développeur PHP / Laravel (H/F)\nVos missions\n- Développer notre API en PHP / Laravel\n"
            "- Travailler en étroite collaboration avec l'équipe front (Vue.js)\nProfil recherché\n"
            "- PHP, Laravel, MySQL\n- Une expérience avec Vue.js serait un plus",
            ["PHP", "Laravel", "MySQL"],
            ["Vue.js"],
        ),
    ],
)
def test_other_teams_and_their_stacks_in_three_languages(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


def test_the_employers_customers_after_its_stack_are_not_skills() -> None:
    """ "we use Go ... serving apps like Strava, Nextdoor, Patreon" gave three required skills."""
    result = parse_jd(
        "Backend Engineer\n\nAt Acme, we use Go for our chat API, serving high traffic from major apps "
        "like Strava, Nextdoor, Patreon, and Midjourney.\nOur tech stack: Go, CockroachDB and Redis."
    )
    assert result.required_skills == ["Go", "CockroachDB", "Redis"]


@pytest.mark.parametrize(
    "text",
    [
        "Entwickler\n\n- Commits und Pull Requests sind für dich keine Fremdwörter\n- Python",
        "Engineer\n\nWe are based at a lab where companies such as Klarna and Legora started.\n- Python",
        "Engineer\n\nSee https://github.com/openzfs/zfs/discussions/15896 and 17567, 17568.\n- Python",
        "Engineer\n\nBacked by VCs and leaders at Hugging Face, DeepMind, and Black Forest Labs.\n- Python",
        "Engineer\n\nWe use Python. Payments - think Stripe, Adyen etc.",
    ],
)
def test_reviews_customers_and_link_numbers_are_not_skills(text: str) -> None:
    """ "Pull Requests" gave the Requests library; a startup lab's alumni and an issue id in a link
    gave Klarna and "15896" (fresh postings, 2026-11)."""
    assert parse_jd(text).required_skills == ["Python"]


def test_a_common_word_capitalised_at_a_sentence_start_is_not_a_language() -> None:
    """ "- Basic knowledge of frontend development" gave the BASIC language as required."""
    result = parse_jd(
        "Python Developer\n\nRequirements:\n- Basic knowledge of frontend development.\n- Python"
    )
    assert result.required_skills == ["Python"]


def test_hong_kong_is_a_place_and_spreadsheets_are_not_excel() -> None:
    result = parse_jd(
        "Analyst\n\nLocation: Hong Kong\n\nRequirements\n- Our office in Hong Kong is lovely\n"
        "- Comfortable with spreadsheets"
    )
    assert result.locations == ["Hong Kong"]
    assert result.required_skills == []


def test_kong_and_excel_by_context() -> None:
    assert (
        "Kong"
        in parse_jd("Platform Engineer\n\nRequirements\n- API gateways such as Kong or Tyk").required_skills
    )
    assert "Excel" in parse_jd("Analyst\n\nRequirements\n- Advanced Excel and SQL").required_skills
    assert "Excel" not in parse_jd("Analyst\n\nRequirements\n- You excel at communication").required_skills


def test_a_flattened_pages_inline_labels_and_a_spanish_lead_in_open_their_sections() -> None:
    flat = (
        "Escalations Specialist\n\nMinimum qualifications: Experience in Python and content policy work, "
        "reviewing content and answering user questions, and working with vendors and partners across teams. "
        "Ability to work non-standard hours. Preferred qualifications: Experience in driving large projects. "
        "SQL knowledge and interest in the intersection of policy and creator experience."
    )
    result = parse_jd(flat)
    assert (result.required_skills, result.preferred_skills) == (["Python"], ["SQL"])
    lead = "Backend\n\nRequisitos\n* Java\n\nY además nos gustaría experiencia con:\n* Spring Boot.\n* Kafka."
    result = parse_jd(lead)
    assert (result.required_skills, result.preferred_skills) == (["Java"], ["Spring Boot", "Apache Kafka"])


def test_pay_is_no_preferred_cue_and_the_teams_past_employers_are_no_skills() -> None:
    text = (
        "FullStory\n\n* Senior Software Engineer - $145~170k + up to 10% bonus - TypeScript, React, Go\n\n"
        "Our software team comes from the likes of Google, SpaceX, and Apple."
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (["TypeScript", "React", "Go"], [])


def test_a_header_field_cue_stays_in_its_field() -> None:
    """ "Costa Mesa, CA ideally | JavaScript/TypeScript, React": the stack is not nice to have."""
    text = "Anduril | Full Stack Engineer | Costa Mesa, CA ideally | TypeScript, React, PostgreSQL"
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (["TypeScript", "React", "PostgreSQL"], [])


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        # Typed without accents (fresh postings, 2026-11): the cues are the same words.
        ("Dev\n\nExigences\n\n* 2 ans d'expérience avec React et un framework (idealement Django ou Rails)",
         ["React"], ["Django", "Ruby on Rails"]),
        ("Programador\n\nRequisitos\n\n- Laravel\n\nAdemas se valoraran conocimientos de C# y Go.",
         ["Laravel"], ["C#", "Go"]),
        ("Frontend\n\nRequisitos\n\nReact\n\nRequisitos deseados\n\nJava / Spring Boot or Node.js",
         ["React"], ["Java", "Spring Boot", "Node.js"]),
        ("Rails Developer\n\nRequirements:\n\n- Ruby on Rails\n\nPlusses:\n\n- MongoDB", ["Ruby on Rails"],
         ["MongoDB"]),
    ],
)  # fmt: skip
def test_preferred_cues_without_accents_and_other_spellings(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        # A flat list's item heads the items after it (an issue-board posting, fresh set).
        ("Backend Engineer\n\n* Must-haves\n\n* 3+ years of Node.js\n\n"
         "* Nice-to-haves — experience with any of:\n\n* Docker\n\n* Go / Java\n\n* MongoDB",
         ["Node.js"], ["Docker", "Go", "Java", "MongoDB"]),
        # A label under a "desired" heading names the topic, not the kind.
        ("Entwickler\n\n**Was du mitbringst:**\n\n- Java\n\n**Was du idealerweise mitbringst:**\n\n"
         "- Erfahrung in der Full-Stack Entwicklung: (Angular oder React).", ["Java"], ["Angular", "React"]),
        ("PHP Dev\n\nJob Requirement:\nExperience using MVC frameworks; CodeIgniter plus.\nPHP7.",
         ["PHP"], ["CodeIgniter"]),
    ],
)  # fmt: skip
def test_preferred_cues_of_flat_lists_labels_and_trailing_plus(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


# --- 5. seniority and title --------------------------------------------------------------------------------


def test_member_of_technical_staff_is_no_level() -> None:
    assert parse_jd("Member of Technical Staff\n\nRequirements\n- Python").seniority is None
    assert parse_jd("Senior Member of Technical Staff\n\nRequirements\n- Python").seniority == "senior"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Middle Python Developer", "mid"),
        ("Junior+/Middle Frontend Developer", "mid"),
        ("Junior to Mid QA", "mid"),
    ],
)
def test_middle_and_ranges_take_the_upper_end(title: str, level: str) -> None:
    assert parse_jd(f"{title}\n\nRequirements\n- Python").seniority == level


def test_long_titles_are_never_cut_inside_a_word() -> None:
    first = (
        "InQuicker - Full Stack (Ruby on Rails, React) Engineer for our healthcare scheduling platform"
        " and more teams"
    )
    title = parse_jd(f"{first}\n\nRequirements\n- Ruby").title
    assert len(title) <= 100
    assert not title.endswith("(R")
    assert title.count("(") == title.count(")")
    assert first.startswith(title) or title in first


def test_an_aggregators_title_that_names_no_role_yields_to_the_postings_header() -> None:
    """Aggregator front matter: title "Spacelift : Remote", an "author:" key over nested keys, then
    the posting's own header line."""
    text = (
        '---\ntitle: "Spacelift : Remote"\nauthor:\n  name: [name]\n  url: https://example.com/item\n---\n'
        "Spacelift - Remote - Europe - Full-time - Senior Software Engineer - $80k-$120k\n\nWe use Go."
    )
    result = parse_jd(text)
    assert (result.title, result.seniority) == ("Senior Software Engineer", "senior")
    assert parse_jd('---\ntitle: "Backend Engineer"\n---\nAcme is great.\n- Go').title == "Backend Engineer"


def test_an_overall_figure_beats_the_topics_own_and_a_specialists_manager_title_keeps_its_level() -> None:
    """ "5+ years overall experience ... 3+ years of database design" is 5 (fresh postings, 2026-11)."""
    text = (
        "Senior Data Integration Manager (m/w/d)\n\n## Experience\n\n- 5+ years overall experience as a "
        "backend developer\n- 3+ years of database design\n- Python"
    )
    result = parse_jd(text)
    assert (result.min_years, result.seniority) == (5, "senior")
    assert parse_jd("Go Developer\n\nRequirements\n- 3+ years of Go\n- 5+ years of Python").min_years == 3


def test_a_section_label_after_the_pitch_reopens_the_role() -> None:
    text = (
        "Quidient | Software, Mobile | HYBRID (Columbia, MD)\n\nAbout us\n\nWe reconstruct scenes in 5D.\n\n"
        "Open Roles: - iOS Engineer • Build iOS apps using Swift, Metal and ARKit."
    )
    assert parse_jd(text).required_skills == ["iOS", "Swift", "Metal", "ARKit"]


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ('---\ntitle: "Programador PHP"\ntags: [Joomla, PHP]\n---\n\n## Requisitos\n\n- PHP', ["PHP"], []),
        # a block list of tags is metadata as a flow list is
        (
            "---\ntitle: Garden of Concepts sucht Web-Entwickler\nlayout: post\ntags:\n- JavaScript\n- Jobs\n"
            "  - jQuery\ncategories:\n- Jobs\n---\n\n### Dein Profil\n\n* PHP\n* JavaScript wäre schön",
            ["PHP"],
            ["JavaScript"],
        ),
        # an author's profile fields are handles; a key named so whose value is prose is no profile field
        (
            "---\ntitle: Développeur PHP\nauthor:\n  name: M6Web\n  github:\n  twitter: m6\n---\n\n- PHP",
            ["PHP"],
            [],
        ),
        (
            "---\ntitle: Dev\nrequirements:\n  github: GitHub Actions\n---\n\nJoin us.",
            ["GitHub", "GitHub Actions"],
            [],
        ),
        # a list under another key stays items: "requirements:" over "- Go"
        (
            "---\ntitle: Backend Engineer\nrequirements:\n- Go\n- Kafka\n---\n\nJoin us.",
            ["Go", "Apache Kafka"],
            [],
        ),
    ],
)
def test_a_front_matters_tags_are_metadata_not_requirements(
    text: str, required: list[str], preferred: list[str]
) -> None:
    found = parse_jd(text)
    assert (found.required_skills, found.preferred_skills) == (required, preferred)


def test_a_bullet_dash_glued_to_the_figure_is_no_minus() -> None:
    text = "Engineer\n\n<p>Qualifications: \n-5+ years of full-time experience in Python required\n-Git</p>"
    assert parse_jd(text).min_years == 5
    assert parse_jd("Engineer\n\nRequirements\n- 3-5 years of Go").min_years == 3


def test_a_terse_posting_asks_years_with_a_plus_and_a_teams_combined_years_are_history() -> None:
    text = "Rockbot | Senior Engineers | Remote (US)\n\nFullstack: Own features end to end. 5+ yrs backend."
    assert parse_jd(text).min_years == 5
    team = "ML Engineer\n\nWe're veteran AI engineers (20+ years combined, MIT PhDs) who ship models."
    assert parse_jd(team).min_years is None


def test_swe_names_a_role() -> None:
    result = parse_jd("Microsoft | Senior SWE | Redmond, WA\n\nHiring developers for our networking stack.")
    assert (result.title, result.seniority) == ("Senior SWE", "senior")


def test_a_header_line_naming_no_role_yields_to_a_listed_role() -> None:
    text = (
        "Fullstory | Atlanta, US | Hybrid\n\nWe build analytics.\n\n"
        "* Senior Software Engineer, Web Capture - $145~170k + up to 10% bonus - TypeScript, React, Go"
    )
    result = parse_jd(text)
    assert result.title.startswith("Senior Software Engineer, Web Capture")  # the stack after it stays
    assert result.seniority == "senior"


def test_a_gender_neutral_working_student_is_an_intern() -> None:
    assert parse_jd("Werkstudierende*r Entwickler für Web-Apps\n\n- Python").seniority == "intern"


def test_html_comments_and_an_mdx_pages_code_are_not_the_title() -> None:
    text = (
        "<!-- markdownlint-disable first-line-h1 -->\n\nimport Card from '@site/careers/position.jsx';\n\n"
        "# Junior QA Engineer\n\nWe test with Playwright."
    )
    result = parse_jd(text)
    assert (result.title, result.seniority) == ("Junior QA Engineer", "junior")
    assert normalise("a <!-- x --> b <!-- never closed") == "a b"


# --- 6. recall of named tools ------------------------------------------------------------------------------


def test_niche_tools_from_the_vocabulary_and_from_lists() -> None:
    result = parse_jd(
        "Data Platform Engineer\n\nRequirements\n- We use Hasura, Trigger.dev and Lightdash\n"
        "- Experience with DataFusion, OP-TEE or Flyte\n- Error tracking with Rollbar"
    )
    assert {"Hasura", "Trigger.dev", "Lightdash", "DataFusion", "OP-TEE", "Flyte", "Rollbar"} <= set(
        result.required_skills
    )


# --- 7. time -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Engineer\nx" + "=" * 19985 + "y",
        "Engineer\n" + "#" * 19990,
        "Engineer\n" + " " * 19989 + "x",
        "Engineer\n" + ".,;:!?*_~`|" * 1800,
    ],
    ids=["issue", "hashes", "spaces", "punctuation"],
)
def test_adversarial_inputs_parse(text: str) -> None:
    # Speed is measured by bench/stages.py, not asserted here; this checks the result is still sane.
    assert parse_jd(text).title == "Engineer"


def test_an_unclosed_html_comment_runs_to_the_end() -> None:
    """Escaped before the HTML parser, which searched the rest again from each unclosed "<!--" (quadratic:
    "<!--<p>a" * 2500 took up to 670 ms in the review; the bench times it); a closed comment goes, an
    unclosed one in the text runs to the end, and one inside a script or an attribute cuts nothing (a
    second review's finding against cutting the text at it)."""
    assert normalise("<p>Go developer</p><!-- draft <b>Rust</b>") == "\nGo developer\n"
    assert normalise("<p>A</p><!-- c --><p>B</p><!-- open <p>C</p>") == "\nA\n\nB\n"
    assert parse_jd("<p>Engineer</p>" + "<!--<p>a" * 2400).title == "Engineer"
    script = "<h1>Backend Engineer</h1><script>var s='<!--';</script><p>Requirements: Go, Kafka</p>"
    attribute = '<h1>Backend Engineer</h1><img alt="<!--"><p>Requirements: Go, Kafka</p>'
    for page in (script, attribute):
        assert parse_jd(page).required_skills == ["Go", "Apache Kafka"]


def test_normalise_squeezes_runs_of_one_character() -> None:
    assert normalise("Title\n" + "=" * 500) == "# Title"


# --- the guide: skills are named technologies only ---------------------------------------------------------


def test_concepts_are_never_skills() -> None:
    result = parse_jd(
        "Platform Engineer\n\nRequirements\n- CI/CD, microservices, machine learning, observability\n"
        "- System design and distributed systems\n- Infrastructure as code with Terraform\n- Agile, Scrum"
    )
    assert result.required_skills == ["Terraform"]
    assert result.preferred_skills == []


def test_a_stack_we_do_not_require_is_preferred() -> None:
    result = parse_jd(
        "Platform Engineer\n\nWhat you'll do\n- Debug Kubernetes and SQL\n\nTechnology Stack\n"
        "We don't require previous experience in it: TypeScript, Node.js, React.\nWe use Datadog and Sentry."
    )
    assert result.required_skills == ["Kubernetes", "SQL"]
    assert result.preferred_skills == ["TypeScript", "Node.js", "React", "Datadog", "Sentry"]


def test_the_employers_own_product_is_no_skill() -> None:
    result = parse_jd(
        "InfluxData | Kubernetes Engineer | San Francisco\n\nInfluxData's platform runs on InfluxDB. "
        "InfluxData's team uses Go.\n\nRequirements\n- Kubernetes and Go"
    )
    assert "InfluxDB" not in result.required_skills
    assert result.required_skills == ["Kubernetes", "Go"]


# --- kinds found on the t10 batch (career pages and boards, scored before these fixes) ------------------


def test_items_typed_one_per_line_in_a_paragraph_keep_their_own_cues() -> None:
    result = parse_jd(
        "<p>Junior Web Developer</p>\n<p>We are looking for a web developer with:\n"
        "Good experience using PHP, MySQL and the WordPress framework\n"
        "Some familiarity with using Adobe Photoshop would be beneficial\n"
        "Good knowledge of jQuery and experience with\nMongoDB</p>"
    )
    assert result.required_skills == ["PHP", "MySQL", "WordPress", "jQuery", "MongoDB"]
    assert result.preferred_skills == ["Adobe Photoshop"]


def test_a_career_figure_is_the_whole_and_a_tools_figure_a_part() -> None:
    result = parse_jd(
        "Technical Lead\n\nMinimum Qualifications\n- 5+ years of work experience in commercial software "
        "development\n- 2+ years of technical hands-on experience with Git and GitHub"
    )
    assert result.min_years == 5


def test_offsite_in_a_location_field_is_remote_and_no_place() -> None:
    result = parse_jd("Technical Lead\nLocation: Portland, OR or Offsite- United States\nJob ID: 18WD30442")
    assert result.remote == "remote"
    assert result.locations == ["Portland", "United States"]


def test_a_benefit_for_those_based_somewhere_names_no_location() -> None:
    result = parse_jd(
        "Senior Java Engineer\nLocation: Remote\n\nBenefits\nIf you're based in the US, we cover you on our "
        "policy. We pay the rate of a US-based tech hub."
    )
    assert result.remote == "remote"
    assert result.locations == []


@pytest.mark.parametrize(
    "text", ["Developer\nLocation: Fully remote", "Soporte técnico\n\nUbicación: Desde casa\n\nTareas:\n* X"]
)
def test_a_location_field_that_says_only_remote_names_no_place(text: str) -> None:
    result = parse_jd(text)
    assert result.remote == "remote"
    assert result.locations == []


def test_a_front_matter_nicehave_key_and_an_expertise_waiver_make_preferred_skills() -> None:
    result = parse_jd(
        "---\ntitle: Ruby on Rails Developer\nrequirements:\n- Experience with Ruby on Rails\nnicehave:\n"
        "- Knowledge of Vue/React\n---\n\nWe use a shared library written in TypeScript.\nAs a developer "
        "here, you don't have to be an expert in TypeScript or SQL."
    )
    assert result.required_skills == ["Ruby on Rails"]
    assert result.preferred_skills == ["Vue.js", "React", "TypeScript", "SQL"]


def test_a_town_the_gazetteer_lacks_is_read_with_its_state_after_a_cue() -> None:
    result = parse_jd("Developer\n\nThe Center for Open Science is located in Charlottesville, Virginia.")
    assert result.locations == ["Charlottesville, Virginia"]
    assert parse_jd("Developer\n\nWe are based in Our Team, Texas.").locations == []


def test_german_place_abbreviations_and_compound_workplace_nouns() -> None:
    result = parse_jd(
        "Softwareentwickler\n\nWir freuen uns auf Deine Bewerbung für einen der beiden Entwicklungsstandorte "
        "in Frankfurt a.M. oder Leipzig!"
    )
    assert result.locations == ["Frankfurt am Main", "Leipzig"]
    assert parse_jd("Entwickler\n\nDer Hauptsitz hat weitere Standorte in Dortmund.").locations == []


def test_spanish_feminine_work_modes_and_a_seniority_field_under_the_requirements() -> None:
    result = parse_jd(
        "C# Developer\n\nSobre la oportunidad\nModalidad: 100% remota.\n\nRequisitos\n● Idiomas: Español e "
        "Inglés.\n● Seniority: Senior.\n● Experiencia trabajando con C#."
    )
    assert result.remote == "remote"
    assert result.seniority == "senior"
    assert parse_jd("Desarrollador\nModalidad: híbrida").remote == "hybrid"


@pytest.mark.parametrize(
    ("text", "title", "locations"),
    [
        ("* (29/10/2014) Buscamos Software Engineer para Compañia Lider IT en Mendoza\n\nNuestro cliente.",
         "Software Engineer", ["Mendoza"]),
        ("# ¡En TOTS nos encontramos en la búsqueda de un/a C# Developer!\n\n## Sobre TOTS\nSomos.",
         "C# Developer", []),
        ("Estudiante para prácticas remuneradas\n\nBuscamos estudiantes.",
         "Estudiante para prácticas remuneradas", []),
    ],
)  # fmt: skip
def test_spanish_title_lines_lose_a_date_a_hiring_phrase_and_the_client(
    text: str, title: str, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.title, result.locations) == (title, locations)


def test_inline_labels_after_a_slash_and_valued_knowledge_in_spanish() -> None:
    result = parse_jd(
        "* FRANKLABS - Buscamos Desarrolladores Django/Python con conocimientos en UI (no excluyente), HTML5 "
        "(no excluyente), y Javascript / JQuery para desarrollo de sitios y aplicaciones web/ Conocimientos "
        "requeridos: * HTML5 / CSS * Javascript / Jquery * Django/Python. Conocimientos Valorados: "
        "Conocimientos en Bootstrap 3 / Manejo de Heramientas de Diseño ( Illustrator y PhotoShop_)"
    )
    # "(no excluyente)" marks UI and HTML5, not "y Javascript / JQuery" after them: those are asked in the
    # first line, whose asks come first
    assert result.required_skills == ["JavaScript", "jQuery", "Django", "Python", "HTML", "CSS"]
    assert result.preferred_skills == ["Bootstrap", "Adobe Illustrator", "Adobe Photoshop"]


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Développeur\n\nProgrammation :\n* Du lundi au vendredi\n* En présentiel", "onsite"),
        ("Développeur\n\nPoste en semi-présentiel à Lyon.", "hybrid"),
        ('---\ntitle: "Senior iOS Developer"\nlocation: "Anywhere"\n---\nWe build apps.', "remote"),
        ("Developer\nLocation: Worldwide", "remote"),
        ("Developer\n\nWe ship worldwide.", None),
    ],
)
def test_work_modes_in_french_and_location_fields_of_anywhere(text: str, remote: str | None) -> None:
    assert parse_jd(text).remote == remote


def test_a_posting_that_opens_with_its_requirements_takes_its_title_from_the_years_line() -> None:
    result = parse_jd("Requisitos\n\nExperiencia:\nMínimo de 3 años como desarrollador front-end.")
    assert result.title == "Desarrollador front-end"
    assert result.min_years == 3


def test_a_german_student_assistant_wanted_is_an_intern_title() -> None:
    result = parse_jd('---\ntitle: "Gesucht: SHK mit Programmierkenntnissen"\n---\nAls SHK mitarbeiten?')
    assert (result.title, result.seniority) == ("SHK mit Programmierkenntnissen", "intern")


def test_a_yaml_comment_in_front_matter_is_no_heading() -> None:
    result = parse_jd(
        '---\ntitle: ""\n# meta description\ndescription: "This is meta description"\n---\n\n'
        "<h2>Stage UX</h2>\n<p>Vous rejoindrez notre équipe.</p>"
    )
    assert (result.title, result.seniority) == ("Stage UX", "intern")


def test_one_of_our_studios_or_from_home_is_hybrid() -> None:
    text = "Contentful Developer\n\nDu arbeitest in einem unserer Studios oder auch von zu Hause aus."
    assert parse_jd(text).remote == "hybrid"


def test_a_front_matter_place_key_and_a_postcode_beside_the_city() -> None:
    result = parse_jd('---\ntitle: "Développeur"\nplace: "Lyon, télétravail partiel possible"\n---\nSalut')
    assert (result.locations, result.remote) == (["Lyon"], "hybrid")
    postcode = parse_jd("Technology Analyst\nLocation: Vancouver, BC, CA, V6B 3K9")
    assert postcode.locations == ["Vancouver, BC, CA"]
    assert parse_jd("Backend Developer\nLocation: District 3, HCMC").locations == ["District 3, HCMC"]


@pytest.mark.parametrize(
    "text",
    [
        "Frontend Developer\n\n- Vielleicht hast du sogar ein paar Projekte auf GitHub am Start.\n- React",
        "Frontend Developer\n\nRequirements\n- React\n- Show us your GitHub profile or portfolio",
        "Frontend Developer\n\nWe are a small team (ex-Google, GitHub, Meta, Palantir) building with React.",
    ],
)
def test_a_profile_host_or_a_former_employer_is_no_skill(text: str) -> None:
    assert parse_jd(text).required_skills == ["React"]


def test_github_as_the_teams_tool_is_still_a_skill() -> None:
    assert parse_jd("DevOps Engineer\n\nRequirements\n- GitHub Actions and GitHub").required_skills == [
        "GitHub Actions",
        "GitHub",
    ]


def test_spanish_de_preferencia_and_a_deseado_heading_mark_preferred_skills() -> None:
    result = parse_jd(
        "Front developer\n\n### Habilidades\n- Experiencia en frameworks de frontend, de preferencia "
        "Angular 4+ con TypeScript\n- Trabajar con Ionic 3+\n\n**Deseado (no necesario)**\n\n* Azure\n"
        "* ReactJS"
    )
    assert result.required_skills == ["Ionic"]
    assert result.preferred_skills == ["Angular", "TypeScript", "Azure", "React"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("ML Engineer\n**Experience**: 4+ years.\n\nRequirements\n- 3+ years experience as an ML engineer "
         "with PyTorch\n- 2+ years of experience building ML systems.", 4),
        ("Backend Engineer\n\n* Must-haves\n* 3+ years of experience as a backend engineer, DevOps or SRE\n"
         "* 1+ year of experience with Node.js", 3),
        ("Manager\n\nMinimum 5 years' experience managing a team Self-starter with a high degree of "
         "self-management", 5),
        ("Engineer\n\nRequirements\n- A four-year degree in Computer Science", None),
    ],
)  # fmt: skip
def test_the_careers_figure_an_experience_field_and_a_degree(text: str, years: int | None) -> None:
    assert parse_jd(text).min_years == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Engineer\n\nSalary on a B2B contract\n45-70 USD per hour\nWe're looking for someone with 5+ "
         "years of programming experience, including a year with Python.", 5),
        ("Engineer\n\nYou'll likely thrive here if you: - Have 3\u20136 years building product systems - "
         "Think in terms of invariants", 3),
    ],
)  # fmt: skip
def test_an_ask_after_the_perks_and_a_list_that_thinks_in_terms_of(text: str, years: int) -> None:
    assert parse_jd(text).min_years == years


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Senior Dev\n\nSalary: Competitive\nLocation: Remote. Our staff is located in the UK.", "remote"),
        ("Sr Software Engineer - Data Platform (US Remote Available)\n\nAbout the job", "remote"),
        ("Data Developer\n\n- Coordinate with the onsite team for code review", None),
        ("IT Consultant\n\n- Provide IT administration for clients both onsite and remote support", None),
        ("CTO\n\n8. Quiet working conditions? No (except when remote)\n\nAvantages\n* 1 jour de télétravail "
         "par semaine possible", "hybrid"),
        ("Développeur\n\n- Vous êtes libre de travailler complètement en télétravail.", "remote"),
    ],
)  # fmt: skip
def test_work_modes_seen_on_the_t11_batch(text: str, remote: str | None) -> None:
    assert parse_jd(text).remote == remote


def test_a_culture_and_environment_heading_holds_the_stack_and_vite_is_also_a_french_word() -> None:
    result = parse_jd(
        "Développeur PHP\n\n## Notre culture / environnement\n\n* Stack technique : PHP, NGINX, Redis\n"
        "* Automatisation des tâches (Jenkins, Ansible, Docker)\n\n## Nos attentes\n\nDes pages affichées "
        "toujours plus vite."
    )
    assert result.required_skills == ["PHP", "Nginx", "Redis", "Jenkins", "Ansible", "Docker"]


@pytest.mark.parametrize(
    ("text", "title", "seniority"),
    [
        ("Desarrollador .NET Semi Sr (QU1001)\n\nBuscamos.", "Desarrollador .NET Semi Sr", "mid"),
        ("Desarrollador JAVA Ssr (FT2001)\n\nBuscamos.", "Desarrollador JAVA Ssr", "mid"),
        ("Lead Java Backend :: Full Time :: 100% remote\n\nWe need.", "Lead Java Backend", "lead"),
        ("# Un·e CTO\n\nNous recrutons.", "CTO", None),
        ("# Un·e développeur·se PHP senior\n\nNous recrutons.", "Développeur·se PHP senior", "senior"),
        ("Ausbildung Fachinformatiker:in Anwendungsentwicklung\n\nWir bilden aus.",
         "Ausbildung Fachinformatiker:in Anwendungsentwicklung", "intern"),
    ],
)  # fmt: skip
def test_titles_and_levels_seen_on_the_t11_batch(text: str, title: str, seniority: str | None) -> None:
    result = parse_jd(text)
    assert (result.title, result.seniority) == (title, seniority)


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Senior Developer\n\n*Remote in the US*\n\n* Experience building REST-based web services", ["US"]),
        ("Engineer\n\nWe hire Phoenix-based engineers.", ["Phoenix"]),
        ("Engineering Team Lead\n\n*Remote or NYC*\n\nAs a lead you will", ["NYC"]),
        ("IT Consultant\n\nFull time salaried position in Clive, IA 50325\n\nDuties", ["Clive, IA"]),
        ("<h1>Engineer</h1>\n<p>Google · San Francisco, CA, USA; New York, NY, USA</p>\n<p>Minimum:</p>",
         ["San Francisco, CA, USA", "New York, NY, USA"]),
    ],
)  # fmt: skip
def test_places_seen_on_the_t11_batch(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Senior Test Engineer\n\n### Role\nSystems under test are written in Go, Python and Scala.\n\n"
         "- Strong programming experience in one language is required. The candidate should be willing to "
         "learn new languages such as Go and Python.", ["Scala"], ["Go", "Python"]),
        ("Senior Dev\n\nESSENTIAL SKILLS\n- Java\n\nDESIRABLE SKILLS\nWe don't expect you to have "
         "experience in all of these -- let us know which ones you have:\n- React\n- ElasticSearch",
         ["Java"], ["React", "Elasticsearch"]),
        ("export const job = {\n  title: 'Site Reliability Engineer',\n  responsibilities: [\n"
         "    'Run Terraform',\n  ],\n  desirableAttributes: [\n    'Experience with React or Ember',\n"
         "  ],\n}", ["Terraform"], ["React", "Ember.js"]),
    ],
    ids=["stack to learn", "lead-in under a desirable heading", "data file camelCase key"],
)  # fmt: skip
def test_required_and_preferred_seen_on_the_t11_and_t12_batches(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    "text",
    [
        "Data Engineer\n\nDu arbeitest mit Shareholdern. Wir erwarten nicht, dass du alles mitbringst. Es "
        "wäre natürlich großartig, wenn du einige der folgenden Fähigkeiten mitbringst:\n\n* Python\n* Kafka",
        "Data Engineer\n\nThe icing on the cake would be, if ...\n\n* You have deployed software onto one of "
        "the\n  major cloud platforms, e.g., Python or Kafka.",
    ],
)
def test_a_paragraphs_last_sentence_leads_its_list_and_an_items_second_line_stays_in_it(text: str) -> None:
    result = parse_jd(text)
    assert result.required_skills == []
    assert result.preferred_skills == ["Python", "Apache Kafka"]


def test_an_items_second_line_is_no_lead_in() -> None:
    result = parse_jd(
        "DevOps\n\nCalificaciones\n* Comprensión de textos en Inglés. Capacidad de comunicación oral y\n"
        "  escrita es un plus importante.\n* Al menos dos lenguajes: Python, PHP."
    )
    assert result.required_skills == ["Python", "PHP"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Engineer\n\nBenefits\n* 🌍 Participation in building and distributing an innovative product with "
         "a global reach", []),
        ("Engineer\n\nWe have offices in London, Bristol, Manchester, and Swansea.",
         ["London", "Bristol", "Manchester", "Swansea"]),
        ("Líder de Desarrollo\n\nBiometrika es una empresa tecnológica con sede en Chile.", []),
    ],
)  # fmt: skip
def test_places_seen_on_the_t12_batch(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


def test_a_leader_a_teams_aggregated_years_and_remote_work_options_as_a_perk() -> None:
    result = parse_jd(
        "Líder de Desarrollo Fullstack\n\nWorking with a team with more than twenty years of aggregated "
        "experience.\n\nBenefits\n- Flexible work schedule and remote work options."
    )
    assert (result.seniority, result.min_years, result.remote) == ("lead", None, None)


def test_a_lead_in_wrapped_over_two_lines_and_a_boards_search_terms() -> None:
    result = parse_jd(
        "Ingeniero de software\n\nRequisitos\n- Java\n\nAdemás, abrazamos la cultura DevOps, con lo que "
        "idealmente también nos gustaría que te\ndefendieras en los siguientes campos:\n\n- Gestión de la "
        "configuración: Puppet, Chef, etc.\n\nSearch terms: data platform, Rust, Parquet"
    )
    assert result.required_skills == ["Java"]
    assert result.preferred_skills == ["Puppet", "Chef"]


@pytest.mark.parametrize(
    ("title", "seniority"),
    [("Développeur·euse Javascript confirmé·e", "mid"), ("Développeur Java Confirmé H/F", "mid"),
     ("Analytics Engineer expérimenté (H-F)", "senior")],
)  # fmt: skip
def test_confirme_is_mid_and_experimente_senior(title: str, seniority: str) -> None:
    assert parse_jd(f"{title}\n\nNous recrutons.").seniority == seniority


def test_a_company_sentence_over_a_list_of_duties_introduces_nothing() -> None:
    result = parse_jd(
        "Data Analyst (Power BI)\nAs a global community of innovators, we foster a culture of growth\n\n"
        "- Build Power BI dashboards.\n- 2-5 years of experience with SQL and Python."
    )
    assert result.required_skills == ["Power BI", "SQL", "Python"]
    assert result.min_years == 2


def test_struck_out_text_no_longer_holds_and_working_mostly_remotely_is_remote() -> None:
    result = parse_jd(
        "<h2>Software Engineer</h2><ul><li><del>work from our quiet Nairobi office</del></li>"
        "<li>work mostly remotely due to Covid-19 restrictions</li></ul>"
    )
    assert (result.remote, result.locations) == ("remote", [])


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Ingeniero\n\nSerá jornada completa y el horario será mixto, presencial y teletrabajo.", "hybrid"),
        ("Desarrollador\n\nSe ofrece:\nContrato indefinido\nTeletrabajo parcial, no es total", "hybrid"),
        ("Desarrollador\n\nTrabajo 100% remoto desde cualquier lugar.", "remote"),
        ("Desarrollador\n\nModalidad: remoto", "remote"),
        ("Backend\n\n# Ofrecemos:\n* Posibilidad de trabajar algunos días en remoto.\n* Oficina.", "hybrid"),
        ("Engineer\n\nWe adopt a hybrid approach: a mixture of time in our offices and working remotely.",
         "hybrid"),
        ("Engineer\n\nThis is a hybrid cloud platform role.\nYou can work fully remotely.", "remote"),
    ],
)  # fmt: skip
def test_degrees_of_remote_work_in_spanish_and_a_hybrid_approach(text: str, remote: str) -> None:
    assert parse_jd(text).remote == remote


def test_north_and_south_america_are_two_regions() -> None:
    text = "Engineer\n\nWork from anywhere in North or South America."
    assert parse_jd(text).locations == ["North America", "South America"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("<h2>Robotics Engineer</h2><h5>Location</h5><p>UAE</p><h5>Skills</h5><p>ROS</p>", ["UAE"]),
        ("PHP Dev\n\n- **Ort:**\n\n## Schlagworte\nPHP, Symfony\n\n## Beschreibung\nText", []),
        ("Analyst\n\nBuscamos un Analyst en nuestra unidad de Operations, con base en Colombia.",
         ["Colombia"]),
        ("Líder\n\nBiometrika es una empresa tecnológica con base en Chile.", []),
    ],
)  # fmt: skip
def test_a_location_headings_value_in_capitals_and_con_base_en(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Sr Software Engineer - Data Platform (US Remote Available)\n\nAbout the job", "remote", ["US"]),
        ("Engineer (Remote US)\n\nAbout us", "remote", ["US"]),
        ("Engineer (Remote friendly)\n\nAbout us", "remote", []),
    ],
)  # fmt: skip
def test_a_remote_field_in_a_titles_parentheses(text: str, remote: str, locations: list[str]) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("<h1>Développeur</h1><div><label>Lieux de travail</label><span>Le Haillan<small>déplacements à "
         "prévoir (en France)</small></span></div><div><label>Type de contrat</label><span>CDI</span></div>",
         ["Le Haillan"]),
        ("<h1>Engineer</h1><label>Location</label><span>Leeds</span><label>Salary</label><span>£50k</span>",
         ["Leeds"]),
        # beside Madrid, Valencia is Spain's (`placed_by_context`), not the bigger one in Venezuela
        ("Desarrollador\n\nUbicaciones\nMadrid, Valencia\n\nRequisitos", ["Madrid", "Valencia, ES"]),
    ],
)  # fmt: skip
def test_an_html_label_names_the_field_beside_it(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Pasantía en Diseño\n\nApoyo en productos editoriales.", "intern"),
        ('---\npuesto: "Diseño"\ncategory: internships\n---\n## REQUISITOS\n* Estar estudiando', "intern"),
        ("---\ntitle: Engineer\ncategory: Management\n---\nWe build tools.", None),
        ("Graduate Engineer Trainee - Developer\n\nWe build pumps.", "junior"),
        ("Trainee Developer\n\nWe build pumps.", "junior"),  # a trainee: junior in 5 of 6 tuning labels
        ("Software Test Engineer - Fresher\n\nAutomate testing.", "junior"),
        ("Assistant RH\n\nNotre partenaire recherche un alternant sur le poste d'Assistant RH.", "intern"),
        ("Backend Engineer\n\nMore on hiring and the intern program can be found here.", None),
        ("Développeur Big Data\n\nProfil :\n* Niveau senior/intermédiaire. Junior possible.", "senior"),
    ],
)  # fmt: skip
def test_entry_levels_from_internship_words_and_the_hire(text: str, level: str | None) -> None:
    assert parse_jd(text).seniority == level


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Salesforce DevOps| 9-12 Years| Bangalore\n\nWe build release pipelines.", ["Salesforce"], []),
        ("Acme | Python Engineer | Berlin\n\nWe use Acme Cloud and Python.", ["Python"], []),
        ("DevOps\n\n**Primary Skills**\n---\n* Git\n\n**Secondary Skills**\n---\n* IaC such as Terraform",
         ["Git"], ["Terraform"]),
        ("Dev\n\n### Qualifications\n\n* Comfortable with Go\n* Familiarity with the following stack an "
         "asset (not required):\n  * React, Redux\n\n### Compensation\n\nThe salary",
         ["Go"], ["React", "Redux"]),
    ],
)  # fmt: skip
def test_a_title_before_pipes_secondary_skills_and_a_long_bullet_lead_in(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Entwickler\n\n## Danach suchen wir\n\n* Mindestens 1 Jahr Berufserfahrung in der Entwicklung", 1),
        ("Rectifieur\n\nProfil :\n* Au moins 1 an d'expérience sur un poste similaire", 1),
        ("Admin Linux\n\nUne entreprise recherche pour une mission de 6 mois à 1 an, un admin.", None),
    ],
)  # fmt: skip
def test_one_year_in_german_and_french_and_a_missions_length(text: str, years: int | None) -> None:
    assert parse_jd(text).min_years == years


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        # with nothing else said, a possibility of remote work is some days at home (12 of 18 tuning labels)
        ("Dev\n\nBenefits include a flexible schedule, option of remote work, team retreats.", "hybrid"),
        ("Buchhaltung\n\nWir bieten:\n* die Möglichkeit zur Arbeit im Homeoffice.", "hybrid"),
        ("Desarrollador\n\nOfrecemos:\n- Posibilidad de teletrabajo", "hybrid"),
        ("Dev\n\nLe poste est basé à Paris, avec possibilité de télétravail.", "hybrid"),
        # a board's "Remote" field beside it: a perk of a remote role
        ("Dev\n#### `🌎 Remote,Kraków, Poland`\n\n* Flexible hours\n* Possibility of remote work in Poland.",
         "remote"),
        ("Dev\n\nLocation: Berlin (on-site)\n\nPossibility of remote work.", "onsite"),
        ("Dev\n\nPossibility of fully remote work.", "remote"),
        ("Dev\n\nThe option to work remote after 12 months.", None),
        ("Data\n\nDifférents environnements : Modern Data Platforms, OnPremise ou hybride.", None),
        ("Dev\n\nThis role is hybrid.", "hybrid"),
    ],
)  # fmt: skip
def test_the_possibility_of_remote_work_is_some_days_at_home_and_a_hybrid_platform_no_mode(
    text: str, remote: str | None
) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Assistant RH\n\nUn acteur majeur basé à Chusclan pour une mission d'intérim.", ["Chusclan"]),
        ("Produktmanager\n\nThe role is based in Otterfing.", ["Otterfing"]),
        ("Consultant\n\nBased in Le Haillan, near Bordeaux.", ["Le Haillan"]),
        ("Dev\n\nThe team is based in Salesforce land.", []),
        ("Dev\n\nWe are based in Our Office.", []),
        ("Azubi\n\n- Ausbildungsdauer: 3 Jahre\n  Ausbildungsort: Leimen\n  Berufsschule: X", ["Leimen"]),
        ("Développeur\n\n* Localisation : Paris 4ème\n* Démarrage : ASAP", ["Paris"]),
    ],
)  # fmt: skip
def test_a_town_the_gazetteer_lacks_after_a_strong_cue_and_an_arrondissement(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Coordinador\n\nRequisitos\n- Dominio de Excel (indispensable).\n- Conocimiento de Power BI a nivel "
         "intermedio. (deseable).", ["Excel"], ["Power BI"]),
        ("Dev\n\nRequirements\n- Python.\n- Knowledge of Tableau. (nice to have)", ["Python"], ["Tableau"]),
    ],
)  # fmt: skip
def test_a_cue_in_parentheses_after_the_full_stop_marks_its_sentence(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


def test_a_pin_before_a_location_heading_is_no_place() -> None:
    text = "Python Engineer\n\n## 📍 Location\n\nBerlin, Germany\n\n## 📝 Qualifications\n\n- Python"
    assert parse_jd(text).locations == ["Berlin, Germany"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Engineer\n\nBei uns arbeitest du in Kundenprojekten im Raum Bern.\n\n## Profil", ["Bern"]),
        # the Swiss spelling, and the assignment's area
        ("Leiter\n\nFür ein Kundenprojekt im Grossraum Zürich suchen wir eine Persönlichkeit.", ["Zürich"]),
        ("Entwickler\n\nWir suchen einen Entwickler; Einsatzraum Bern mit 50% Remote-Anteil", ["Bern"]),
        # the office at the heart of a city
        ("Dev\n\nDes locaux : 20 avenue de Ségur - 75007 Paris en plein cœur de Paris", ["Paris"]),
        ("Entwickler\n\n- Wir arbeiten im Herzen von Stuttgart in einem tollen Team.", ["Stuttgart"]),
        ("Dev\n\nFor this role, we prefer that you are based in or near Cologne.", ["Cologne"]),
        ("Ingeniero\n\n• Residir en Bogotá, Cali o Medellín.", ["Bogotá", "Cali", "Medellín"]),
        ("Ingeniero\n\nFalabella busca un/a Ingeniero/a de Inteligencia Artificial en Bogotá (Híbrido)",
         ["Bogotá"]),
        ("Dev\n\nAcme is looking for a Backend Engineer in our Platform team.", []),
        ("Dev\n\nWe are hiring a Mobile Engineer Intern in South Asia and South-East Asia to design.",
         ["South Asia", "South-East Asia"]),
    ],
)  # fmt: skip
def test_places_after_im_raum_based_in_or_near_residir_en_and_the_hiring_sentence(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Tutor\n\n- Gehalt: 270 Euro\n- Remote Job: Nein\n\n### Kontakt", "onsite"),
        ("Recruiter\nCompany: visionm GmbH\nLocation: Frankfurt am Main\nRemote: No\n\nWe hire.", "onsite"),
        ("Dev\nLocation: Kempten\nremote: False\n\nHybrides Arbeiten: 2 Tage Homeoffice pro Woche.",
         "hybrid"),
        ("Dev\n\n- You will work mostly in our Office.", "hybrid"),
        ("Dev\n\nPosibilidad de teletrabajo (2 o 3 días en oficina y los otros en remoto).", "hybrid"),
        ("Architect\n\nCDI\n\nLa Défense\nTélétravail fréquent\n\nSalaire", "hybrid"),
    ],
)  # fmt: skip
def test_a_remote_no_field_mostly_in_the_office_and_frequent_telework(text: str, remote: str) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Engineer\n\nRequirements\n8+ years of professional software development experience\n3+ years of "
         "hands-on experience with TypeScript", 8),
        ("Consultant\n\n- 3~5 years related work experience;", 3),
        ("Data Scientist\n\nRequirements\n- 3yrs+ experience in improving products", 3),
        ("Ingeniero\n\n🚀 ¿Quién eres?\nEntre 3 y 5 años desarrollando modelos de IA en producción.", 3),
        ("Commercial\n\nProfil\nÊtre âgée de 18 à 30 ans", None),
    ],
)  # fmt: skip
def test_a_careers_figure_with_words_between_tilde_ranges_glued_units_and_an_age(
    text: str, years: int | None
) -> None:
    assert parse_jd(text).min_years == years


@pytest.mark.parametrize(
    "text",
    [
        "Engineer\n\nAbout us\n\nWe are a small team.\n\nOur expectations\n\n·  At least 3 years with Python",
        "Entwickler\n\nÜber uns\n\nWir sind ein kleines Team.\n\nUnsere Erwartungen\n\n·  Mindestens 3 Jahre "
        "Erfahrung mit Python",
        "Développeur\n\nQui sommes-nous\n\nNous sommes une équipe.\n\nNos attentes\n\n·  Au moins 3 ans "
        "d'expérience avec Python",
        "Desarrollador\n\nQuiénes somos\n\nSomos un equipo pequeño.\n\nLo que esperamos\n\n·  Al menos 3 "
        "años de experiencia con Python",
    ],
)
def test_expectations_headings_open_the_requirements_after_about_us(text: str) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.min_years) == (["Python"], 3)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Student Help Data Protection (m/w)\n\nWir suchen eine Studentische Aushilfe.", "intern"),
        ("Senior Business Development Manager\n\nWe sell software.", "senior"),
        ("E-Commerce Tech & Operations Manager (m/w/x)\n\n- Level: Intermediate bis Senior\n\nX", "senior"),
        ("Operations Manager\n\nYou run our warehouse.", "manager"),
        ("Engineering Manager\n\n- Level: Senior\n\nYou lead a team.", "manager"),
    ],
)  # fmt: skip
def test_student_help_and_a_job_familys_manager_beside_a_level_field(text: str, level: str) -> None:
    assert parse_jd(text).seniority == level


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Hilfskraft\n\n### Ihr Profil\n\n- Immatrikulation\n\nAußerdem wünschen wir uns, wenn möglich:\n\n"
         "- Programmierkenntnisse (insbesondere Python)", [], ["Python"]),
        ("SRE\n\nExperience with some of the following would be useful, but you don't need all of them: "
         "Kubernetes, Docker, Helm.", [], ["Kubernetes", "Docker", "Helm"]),
        ("Engineer\n\n# What you need\n* Experience with Docker.\n\n# Who You Might Be: \n* Familiarity with "
         "Cassandra.", ["Docker"], ["Cassandra"]),
        ("Engineer\n\n# You might be a fit if:\n* You know Docker.", ["Docker"], []),
        ("Engineer\n\n<p><strong>Additional Skills and Abilities:</strong></p><ul><li>Knowledge of Scala."
         "</li></ul>", [], ["Scala"]),
        ("Ingeniero\n\n¿Qué se necesita para aplicar?\n\n• Experiencia en proyectos.\n"
         "• Habilidades deseables:\n- Docker, Kubernetes.", [], ["Docker", "Kubernetes"]),
    ],
)  # fmt: skip
def test_more_ways_to_say_nice_to_have_and_what_is_asked(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Software Engineer ASP.NET/C# (70-100%)", "Software Engineer ASP.NET/C#"),
        ("AI Software Engineer (100%)", "AI Software Engineer"),
        ("Data Software Engineer 80 - 100 %", "Data Software Engineer"),
        ("Desarrollador Node.JS Backend (full inglés)", "Desarrollador Node.JS Backend"),
        ("Desarrollador Full Stack (Inglés básico-intermedio)", "Desarrollador Full Stack"),
        ("Backend Engineer (Go)", "Backend Engineer (Go)"),
    ],
)
def test_a_titles_workload_and_language_level_are_no_part_of_it(first_line: str, title: str) -> None:
    assert parse_jd(f"{first_line}\n\nWe build things.").title == title


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\n- Ability to work well in a team, in-person as well as via online channels.", None),
        ("Dev\n\nThis role is in-person in Zurich.", "onsite"),
    ],
)
def test_in_person_as_well_as_online_is_a_skill_not_a_work_mode(text: str, remote: str | None) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Arquitecto\n\nCondiciones\n\n- Vinculación directa\n- Ciudad Bogotá\n- Salario",
         ["Bogotá"]),
        ("Dev\n\n- Location Services experience", []),
        ("Dev\n\n- Standort Berlin oder München", ["Berlin", "München"]),
    ],
)  # fmt: skip
def test_a_location_label_without_its_colon(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Dev\n\nBenefits: 25 days holiday, 1 flexible work from home day", "hybrid", []),
        ("Dev\n\nRemote worldwide; Python and JavaScript required.", "remote", []),
        ("Dev expert Python en télétravail ! - H/F\n\nNous recrutons.", "remote", []),
        ("Ingénieur\n\ntelework: Télétravail 2 à 4 jours par semaine", "hybrid", []),
        ("Dev\n\n2 jours en télétravail par semaine", "hybrid", []),
        ("Dev\n\n-\tQui donne une possibilité d'être en télétravail", "hybrid", []),  # nothing else said
        ("Dev\n\ndes titres restaurants quand vous êtes en télétravail", None, []),
    ],
)  # fmt: skip
def test_work_from_home_days_remote_worldwide_and_french_telework(
    text: str, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Data Engineer\n\nIdeally you'll be able to work with us full-time, 5 days a week.\n\n## Benefits\n"
         "* Ability to work remotely, including with our clients.", "remote"),
        ("Data Engineer\n\nYou will be in the office 5 days a week.", "onsite"),
    ],
)  # fmt: skip
def test_five_days_a_week_are_hours_unless_in_the_office(text: str, remote: str) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Dev\n\nLocation: 130 Lonsdale Street, Melbourne VIC\n\nText", ["Melbourne, VIC"]),
        ("Dev\n\nLocation: St. Louis, MO", ["St. Louis, MO"]),
        ("Dev\n\nLocation: Washington DC", ["Washington DC"]),
        ("Dev\n\nDas Entwicklungsteam arbeitet in Freiburg. In enger Zusammenarbeit", ["Freiburg"]),
        ("Dev\n\nTeamarbeit mit anderen Teams in Filderstadt, Stuttgart.", ["Filderstadt", "Stuttgart"]),
        ("Dev\n\nGood relationships with other engineering teams in MayaData.", []),
    ],
)  # fmt: skip
def test_an_address_street_a_state_code_st_louis_and_the_teams_town(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Hospitanz (m/w) für die Repräsentanz Berlin\n\nText", "intern"),
        ("Full Stack Python Developer\n\nYou will be a senior developer in our team.", "senior"),
        ("Data Engineer\n\nWe are looking to hire a Senior Data Engineer to join.", "senior"),
        ("Data Engineer\n\nYou will be a member of our data team.", None),
    ],
)
def test_a_hospitanz_and_a_level_said_of_the_hire(text: str, level: str | None) -> None:
    assert parse_jd(text).seniority == level


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Pasante\n\nRequisitos\n- Hasta 25 años.\n- Nos respaldan 25 años de experiencia.", None),
        ("Dev\n\nRequisitos\n- De 2 hasta 5 años de experiencia", 2),
    ],
)  # fmt: skip
def test_an_age_limit_the_companys_track_record_and_a_range_up_to(text: str, years: int | None) -> None:
    assert parse_jd(text).min_years == years


def test_fluent_opening_an_item_is_an_adjective_and_travisci_is_travis_ci() -> None:
    result = parse_jd("Dev\n\nRequirements\n* Fluent with XML\n* Fluent in Photoshop\n* TravisCI or Jenkins")
    assert result.required_skills == ["XML", "Adobe Photoshop", "Travis CI", "Jenkins"]


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Operations Manager\n\nEcho is growing quickly, so we are hiring.\n\nResponsibilities\n- Oversee "
         "Echo operations and our Salesforce CRM", ["Salesforce"]),
        ("Growth Engineer\n\nGoogle is a global technology leader.\n\nRequirements\n- Google Ads and SQL",
         ["SQL"]),
        ("Backend Dev\n\nPython is a great language.\n\nRequirements\n- Python", ["Python"]),
    ],
)  # fmt: skip
def test_a_sentence_that_describes_the_employer_names_it(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Staff DE\n\nRequirements:\n\n8+ years as a Data Engineer on the data stack\n2+ years operating "
         "as a Staff or Lead engineer\n5+ years of experience writing production grade code", 8),
        ("Senior DE\n\nYour Qualifications:\n\n15+ years' experience developing data-related solutions and "
         "software\n10+ years of experience working with relational databases\n4+ years of experience with "
         "Azure", 15),
        ("AE\n\nRequirements\n- Amazing Salesperson. 8\u201010+ years of enterprise software sales "
         "experience.", 8),
        ("Cloud Engineer\n\n# Minimum qualifications\n\n* at least a year of professional experience", 1),
        ("Backend\n\n- If you are willing to stick to working on these features for at least a year, "
         "apply.", None),
    ],
)  # fmt: skip
def test_the_careers_figure_beside_a_levels_and_a_year_in_words(text: str, years: int | None) -> None:
    assert parse_jd(text).min_years == years


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Data Analyst\nUbicación: Madrid\nTipo de empleo: Jornada completa · Intermedio\n\nAcerca", "mid"),
        ("Data Scientist\nEmpresa: BBVA\nNivel de antigüedad: Intermedio\n\nText", "mid"),
        ("Jefe de call center\n\nText", "manager"),
        ("Jefe de equipo\n\nText", "lead"),
    ],
)
def test_linkedins_spanish_level_field_and_jefe(text: str, level: str) -> None:
    assert parse_jd(text).seniority == level


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Senior Python Engineer\nlocation: Cape Town / Remote after initial period\n\nText", "remote",
         ["Cape Town"]),
        ("Coordinator\n\nWe run in-person study groups. You can be based anywhere.", "remote", []),
        ("AE\nworkplace: Hannover DE, Zurich CH,\n\nText", None, ["Hannover, DE", "Zurich, CH"]),
        ("Dev\n\nLocation: Austin TX, USA", None, ["Austin, TX, USA"]),
        ("Analista\nUbicación: Toda Colombia\n\nText", None, ["Colombia"]),
        ("Coordinator\n\nP2PU is a U.S.-based non-profit organization that supports learning.", None, []),
    ],
)  # fmt: skip
def test_a_slash_before_remote_coded_cities_all_of_a_country_and_a_based_non_profit(
    text: str, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Hilfskraft\n\n## Profil & Bewerbung\n\n- Erste Programmiererfahrungen (z.B. mit JavaScript, "
         "Python), aber hauptsächlich Lust", ["JavaScript", "Python"], []),
        ("Hilfskraft\n\nZu den Aufgaben gehört das Testen.\nBei Interesse ist auch eine Mitarbeit an der "
         "Software, zum Beispiel in JavaScript oder Python möglich.", [], ["JavaScript", "Python"]),
        ("R Dev\n\n## Responsibilities\n- Write Go services.\n\nDepending on your interests and skills, you "
         "may also get involved in:\n\n- Python client work", ["Go"], ["Python"]),
    ],
)  # fmt: skip
def test_a_profile_and_application_heading_and_work_offered_if_interested(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("FrontEnd\n\nEn Flowics vamos a sumar Desarrolladores FrontEnd (Jr o Ssr) a nuestro equipo.", "mid"),
        ("Node\n\nSi te das maña con #NodeJS (nivel #Sr o #SSr) decinos.", "senior"),
        ("Perfil\n\n• Senior / Semi Senior (3 años o más de experiencia)", "senior"),
        # "mid-level or senior" was mid: the statement's first level (a new user's finding)
        ("ML Engineer\n\nWe are looking for a mid-level or senior ML engineer to join us.", "senior"),
        ("Dev\n\nMid-level or senior, 3+ years of Python.", "senior"),
        # the audience, not the hire (a second review)
        ("Data Analyst\n\nYou will present findings to mid-level or senior management.", None),
        ("Staff Security Engineer, (Access Control & Identity Access Management)\n\nText", "staff"),
        ("Head of Management\n\nText", "manager"),
    ],
)
def test_a_range_of_two_levels_in_the_body_and_a_teams_management_domain(
    text: str, level: str | None
) -> None:
    assert parse_jd(text).seniority == level


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("FE\n\nBina is looking for frontend engineers at all levels to join our Buenos Aires team.", None,
         ["Buenos Aires"]),
        ("Dev\n\nJoin our Platform team.", None, []),
        ("Lead Dev\n#### `🌎 Remote,Brest`\n\nUne politique RH attentive (accord télétravail 3J/semaine)",
         "hybrid", ["Brest"]),
        ("Java\n\nTrabajarás con uno de nuestros clientes pero desde nuestras oficinas.", "onsite", []),
    ],
)  # fmt: skip
def test_join_our_city_team_telework_days_as_3j_and_from_our_offices(
    text: str, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


@pytest.mark.parametrize(
    ("value", "places"),
    [
        ("Catedral 1401", []),
        ("Paris 9, France", ["Paris, France"]),
        ("District 3, HCMC", ["District 3, HCMC"]),
        ("Wien 1010, Austria", ["Wien, Austria"]),
    ],
)
def test_an_addresss_street_and_house_number_is_no_place(value: str, places: list[str]) -> None:
    assert parse_jd(f"Dev\n\n**Ubicación:**\n\n* {value}\n\n**Beneficios:**\n\n* Fruta").locations == places


@pytest.mark.parametrize(
    ("text", "remote", "years", "locations"),
    [
        ("Engineer\n\nThis is a remote position with periodic travel within the US.", "remote", None, []),
        ("Dir\n\nThis role requires\n  * 7+ years of experience leading engineering teams\n  * 17+ years of "
         "experience in Software Engineering", None, 17, []),
        ("Dev\n\nLe télétravail est la norme mais une présence ponctuelle est souhaitable.", "remote", None,
         []),
        ("Intern\n#### `🌎 remote,Shenzhen, China,China,Shanghai, China`\n\nText", "remote", None,
         ["Shenzhen, China", "China", "Shanghai, China"]),
        ("Data\n\nBeneficios\n\n🌎 Vacaciones Flex\n\n💯 Jornada Flex", None, None, []),
        ("Dev\n\n📍 Le Haillan\n\nText", None, None, ["Le Haillan"]),
    ],
)  # fmt: skip
def test_remote_with_travel_the_careers_software_figure_tight_commas_and_a_perks_globe(
    text: str, remote: str | None, years: int | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.min_years, result.locations) == (remote, years, locations)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("EM\n\nRequirements\n  * Prior engineering management experience (1+ year) and/or tech lead "
         "experience (2+ years).\n  * Back-end engineering experience (5+ years).", 5),
        ("Lead\n\nRequirements\n- 3+ years as a tech lead", 3),
    ],
)  # fmt: skip
def test_a_management_parts_figure_is_not_the_whole(text: str, years: int) -> None:
    assert parse_jd(text).min_years == years


def test_a_telework_agreement_beside_a_remote_tag_is_hybrid() -> None:
    text = "Engineer\n#### `🌎 Remote,Levallois-Perret, France`\n\n  * Un accord télétravail"
    assert parse_jd(text).remote == "hybrid"


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Dev\n#### `💰 ~0k` `🌎 US,Remote,Atlanta, GA`\n\nText", ["US", "Atlanta, GA"]),
        ("Dev\n#### `💰 ~195k` `🌎 Chicago, IL,Remote,US`\n\nText", ["Chicago, IL", "US"]),
        ("Dev\n#### `💰 ~0k` `🌎 Argentina,Remote,Buenos Aires, Argentina`\n\nText",
         ["Argentina", "Buenos Aires, Argentina"]),
        ("Dev\n#### `🌎 remote,India / Remote`\n\nText", ["India"]),
        ("Dev\n#### `🌎 US Remote / Canada`\n\nText", ["US", "Canada"]),
        ("Dev\n#### `🌎 Germany / Munich`\n\nText", ["Munich, Germany"]),
        ("Dev\n#### `🌎 Anywhere (EMEA)`\n\nText", ["EMEA"]),
        ("Dev\nlocations: [Remote,Luxembourg]\n\nText", ["Luxembourg"]),
        ("Dev\n\nLocation: London, UK | remote (within UK)", ["London, UK", "UK"]),
    ],
)  # fmt: skip
def test_a_boards_list_parts_by_tight_commas_or_slashes_and_a_repeated_country_stays(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Engineer\n\n• Projektstandort: Bonn\n• Arbeitsmix: 90% Remote", ["Bonn"]),
        ("Berater\n\n- Einsatzorte: Köln, Essen", ["Köln", "Essen"]),
        # the schedule is no place; NRW (Nordrhein-Westfalen) is, as the labels have it (not "Woche NRW)")
        ("Dev\n\n- Projektstandort: hybrid (3 Tage / Woche in NRW)", ["NRW"]),
        ("Dev\n\nLocation: Hybrid (2 days / week) - Berlin", ["Berlin"]),
    ],
)  # fmt: skip
def test_a_project_location_label_and_a_slash_inside_brackets(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Lead\n---\nlocation: Berlin\nremote: False\n---\n\nBenefits\n- Ein remote-freundliches "
         "Arbeitsmodell", "hybrid", ["Berlin"]),
        ("Lead\n---\nremote: False\n---\n\nWe are a fully remote team.", "remote", []),
        ("Dev\n\n- **Modalités de travail** \u2013 télétravail, besoin de présence régulière à la Défense",
         "hybrid", ["La Défense"]),
        ("Admin\n\nLe poste sera basé sur Sophia Antipolis.", None, ["Sophia Antipolis"]),
        ("UI dev\n\nWe're looking for a Senior UI dev in Argentina to work on data visualization.", None,
         ["Argentina"]),
        ("Dev\n\nWe\u2019re hiring a Founding Engineer to join us in our NYC office.", "onsite", ["NYC"]),
    ],
)  # fmt: skip
def test_a_boards_remote_no_beside_remote_friendly_and_districts_and_the_hiring_sentence(
    text: str, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


@pytest.mark.parametrize(
    ("text", "seniority", "locations"),
    [
        ("Teamlead Implementation Projects (w/m/d/x)\n\nText", "lead", []),
        ("Techlead Java\n\nText", "lead", []),
        ("---\nroles: Une ou un dev front pour Reva\nstartup: reva\n---\n\n# REVA recrute", None, []),
        ("Dev front\n\nProfil\n* Vous êtes un.e développeur.se front-end ou full-stack confirmé.e", "mid",
         []),
        ("Dev\n\nVous êtes un développeur senior.", "senior", []),
    ],
)  # fmt: skip
def test_one_word_teamlead_a_startup_named_like_a_town_and_a_french_level_after_the_role(
    text: str, seniority: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.seniority, result.locations) == (seniority, locations)


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("DBA\n\nThe fastest growing app of any fintech in the GCC region.\n\nRequirements\n- PostgreSQL",
         ["PostgreSQL"]),
        ("Dev\n\nRequirements\n- C++ with GCC or Clang", ["C++", "GCC", "LLVM"]),
        ("Dev\n\nÉvolution : Lead Dev, Tech Lead, Chef de projet MOE/MOA, Architecte.\n\nProfil\n- Java",
         ["Java"]),
        ("Ops\n\nRequirements\n- Puppet, Chef, Ansible", ["Puppet", "Chef", "Ansible"]),
        ("Dev\n\nAnforderungen\no Helm Charts & Kustomize (3 Jahre)\no ArgoCD, KMS (Hashicorp Vault)",
         ["Helm", "Kustomize", "Argo CD", "Vault"]),
        ("Dev\n\n## Anforderungen\nKubernetes, Linux, Devsecops, Pulumi", ["Kubernetes", "Linux", "Pulumi"]),
    ],
)  # fmt: skip
def test_gcc_is_not_llvm_chef_de_projet_a_quantity_and_devsecops_are_no_skills(
    text: str, required: list[str]
) -> None:
    assert parse_jd(text).required_skills == required


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Dev\n\nBusco alguien con conocimientos en javascript, jquery y en lo posible frameworks como "
         "Angular.",
         ["JavaScript", "jQuery"], ["Angular"]),
        ("Dev\n\nRequirements\n- Experience with Python and ideally Django.", ["Python"], ["Django"]),
        ("Dev\n\nRequirements\n- Python and Go are a plus.", [], ["Python", "Go"]),
    ],
)  # fmt: skip
def test_a_conjunction_right_before_a_preferred_cue_parts_the_clause(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "title", "locations"),
    [
        ("Austin Software | Director of Developer Education, Austin Texas | Full-time\n\nWe place devs.",
         "Director of Developer Education", ["Austin, Texas"]),
        ("Acme | Senior Engineer, Berlin | Full-time\n\nText", "Senior Engineer", ["Berlin"]),
        ("Senior Engineer, Payments\n\nText", "Senior Engineer, Payments", []),
        ("Dev\n\nLocation: Berlin Germany", "Dev", ["Berlin, Germany"]),
    ],
)  # fmt: skip
def test_a_place_after_the_roles_comma_and_a_city_with_its_country_and_no_comma(
    text: str, title: str, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.title, result.locations) == (title, locations)


def test_a_time_overlap_is_working_hours_not_a_place() -> None:
    text = "Dev\n\nLocation: Argentina (remote-friendly, US/EU time overlap)"
    assert parse_jd(text).locations == ["Argentina"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Dev\n\nHybrid, working onsite at our Toronto, Ontario headquarters 3 days per week.",
         ["Toronto, Ontario"]),
        ("Dev\n\nOffices in Berlin, Hamburg and Munich.", ["Berlin", "Hamburg", "Munich"]),
        ("Dev\n\nOficinas en Madrid, Barcelona.", ["Madrid", "Barcelona"]),
        ("Ride with GPS \u2013 <a href=\"http://ridewithgps.com\">http://ridewithgps.com</a> \u2013 "
         "Portland, OR<p>Looking for a capable iOS developer.", ["Portland"]),
    ],
)  # fmt: skip
def test_a_province_that_is_also_a_city_elsewhere_and_an_emptied_title_segment(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Scrum Master\n\nLaufzeit: 01.12.2025 - 31.05.2027Auslastung: 80% - 100% (300 PT)Standort: 90% "
         "Remote | 10% Nürnberg", ["Nürnberg"]),
        ("Dev\n\nType: Full-time | Location: Berlin, Germany | Hybrid", ["Berlin, Germany"]),
    ],
)  # fmt: skip
def test_a_location_field_inside_a_line_of_fields_is_read_from_its_label_on(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\nFür unser Team in Düsseldorf mit Möglichkeit auf Hybrid/Remote!", "remote"),
        ("Dev\n\nUnsere Teams arbeiten hybrid und haben die Möglichkeit entweder remote oder von einem "
         "unserer Bürostandorte zu arbeiten.", "remote"),
        ("Dev\n\n* Télétravail autorisé (3 jours par semaine)", "hybrid"),
        ("Dev\n#### `💰 ~0k` `🌎 Remote,France,Remote Hybrid,Paris, France`\n\nText\n\n* Full remote policy.",
         "remote"),
        ("Dev\n\nBenefits\n- Möglichkeit zum Homeoffice", "hybrid"),  # nothing else said
    ],
)  # fmt: skip
def test_hybrid_or_remote_written_with_a_slash_or_entweder_and_telework_days_allowed(
    text: str, remote: str | None
) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "required", "locations"),
    [
        ("# [Desarrollador Backend - Python](https://x.example/a)\n### PayPal\n#### `💰 ~0k` `🌎 Mexico,"
         "Remote,Mexico City, Mexico`\n\nRequisitos\n- Python", ["Python"],
         ["Mexico", "Mexico City, Mexico"]),
        ("# [Pilote documentation](https://x.example/a)\n### ALTEN\n#### `🌎 Remote,Fes, Morocco`\n\nTexte",
         [], ["Fes, Morocco"]),
    ],
)  # fmt: skip
def test_a_boards_company_heading_is_the_employer_not_pay_and_a_three_letter_town(
    text: str, required: list[str], locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.locations) == (required, locations)


def test_a_data_files_camel_case_key_is_split_but_a_brand_is_not() -> None:
    assert heading_kind("desirableAttributes") == Kind.PREFERRED
    assert heading_kind("PayPal") is None  # not "Pay" (the compensation section)


def test_at_least_glued_to_its_figure_by_a_scraped_page() -> None:
    text = "Dozent\n\nProfil\n- IT-Background: Mindestens2-3 Jahre Erfahrungz. B. als Fachinformatiker:in"
    assert parse_jd(text).min_years == 2


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Front\n\nRequerimos HTML5, CSS3 y JavaScript. Si trabajás con SASS o LESS, mucho mejor. Es ideal "
         "que sepas PHP.", ["HTML", "CSS", "JavaScript"], ["SCSS", "Less", "PHP"]),
        ("Dev\n\nRequirements\n- Go. TypeScript would be even better.", ["Go"], ["TypeScript"]),
        ("Dev\n\nProfil\n- Java. Une expérience Kotlin serait idéal.", ["Java"], ["Kotlin"]),
    ],
)  # fmt: skip
def test_even_better_and_ideal_mark_a_plus(text: str, required: list[str], preferred: list[str]) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\nBeneficios\n- Entorno de trabajo con amplia experiencia en trabajo remoto y distribuido.",
         None),
        ("Dev\n\nInfraestructura:- Cloud: SaaS, PaaS- On Premise (Linux)- Hybrid (Brokering)", None),
        ("Dev\n\n- Employment type: full-time, remote.\n- Experience working remotely.", "remote"),
        ("Dev\n\nEs un trabajo a tiempo completo en nuestras oficinas en Palermo.", "onsite"),
        ("Dev\n\nUne présence régulière à Paris est demandée. Le télétravail est possible.", "hybrid"),
    ],
)  # fmt: skip
def test_experience_of_remote_work_a_hybrid_cloud_and_an_employment_type_field(
    text: str, remote: str | None
) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Replicated | Backend Engineer | $120k - $150k + equity | Los Angeles + SF | <a href=\"https://r.ex\">"
         "r</a><p>Text", ["Los Angeles", "SF"]),
        ("Rapid7 | Senior DevOps | Boston, MA, Belfast(UK) | ONSITE | Full-time<p>Text",
         ["Boston, MA", "Belfast"]),
        ("Acme | Engineer | Remote (EU)<p>Text", ["EU"]),
        ("Dev\n\nStandort: Nürnberg (Nord)", ["Nürnberg"]),
    ],
)  # fmt: skip
def test_places_joined_by_a_plus_a_citys_own_country_in_brackets_and_a_compass_aside(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Dev Javascript (Expérimenté.e) + Ruby\n\nText", ["JavaScript", "Ruby"]),
        ("Dev\n\nProfil\n* Erfahrung mit Containern und Tools wie Docker und Kubernetes",
         ["Docker", "Kubernetes"]),
        ("Dev\n\nInfraestructura:- Cloud: SaaS, PaaS, IaaS, CaaS- On Premise (Linux)", ["Linux"]),
    ],
)  # fmt: skip
def test_inclusive_writing_a_german_plural_and_cloud_service_models_are_no_products(
    text: str, required: list[str]
) -> None:
    assert parse_jd(text).required_skills == required


@pytest.mark.parametrize(
    ("text", "seniority"),
    [
        ("Platform Engineer\n\nThis is a _ **senior-level engineer**_ position. We use Kubernetes.",
         "senior"),
        ("# HR1 _ Firmware Engineer _ Singapore\n\nText", None),
    ],
)  # fmt: skip
def test_a_level_before_the_role_noun_and_the_stray_marks_of_broken_emphasis(
    text: str, seniority: str | None
) -> None:
    assert parse_jd(text).seniority == seniority


def test_a_lone_underscore_separator_stays() -> None:
    assert normalise("# HR1 _ Firmware Engineer _ Singapore") == "# HR1 _ Firmware Engineer _ Singapore"


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("# [Mid-Level Go Developer - Remote - Latin America](https://x.example/a)\n### FullStack Labs\n"
         "#### `💰 65k-95k USD` `🌎 Dominican Republic`\n\nText", ["Latin America", "Dominican Republic"]),
        ("BuildBuddy | Engineering | Remote, Bay Area | Full-Time<p>Our stack: Go.<p><b>Sr. SWE</b>"
         "<p><b>SE</b>", ["Bay Area"]),
    ],
)  # fmt: skip
def test_a_boards_title_place_and_its_place_field_are_both_read(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Dev\n\n* Télétravail avec 2 réunions présentielles par mois à Paris (après la période de "
         "confinement)", "remote", ["Paris"]),
        ("Dev\n\n* Nous travaillons essentiellement à distance mais on se retrouve régulièrement", "remote",
         []),
        ("Dev\n\nTelecommuting is available 1-2 days/wk with the rest of your time spent in the office.",
         "hybrid", []),
        ("Autotab (YC S23) | Founding Engineer | NYC | 6 days a week in the office<p>Text", "onsite",
         ["NYC"]),
    ],
)  # fmt: skip
def test_monthly_meetings_mostly_at_a_distance_telecommute_days_and_a_six_day_office_week(
    text: str, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("# Staff Security Engineer\n### PAR Technology\n\nWe're PAR.\n\n**_Position Location:_** US Remote "
         "- PAR is headquartered in New York. This is a work remote role.", ["US"]),
        ("Stage\n\nLieu : LIFO, Université d'Orléans", ["LIFO, Université d'Orléans"]),
    ],
)  # fmt: skip
def test_a_position_location_label_the_employers_initials_and_a_place_in_prose(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


def test_suman_marks_a_plus() -> None:
    text = "UI\n\n**Qué buscamos?**\n- HTML5 y CSS3 (SASS o LESS suman).\n\n**Qué cosas suman?**\n- React.JS"
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (["HTML", "CSS"], ["SCSS", "Less", "React"])


@pytest.mark.parametrize(
    ("text", "seniority", "remote"),
    [
        ("Responsable opérations de services (H/F)\n\nTexte", "manager", None),
        ("Responsable technique plate-forme\n\nTexte", "lead", None),
        ("Entwickler\n\nÜberwiegend Remote, idealerweise 1x Woche vor Ort in Leverkusen", None, "hybrid"),
    ],
)  # fmt: skip
def test_a_french_responsable_and_mostly_remote_with_a_weekly_office_day(
    text: str, seniority: str | None, remote: str | None
) -> None:
    result = parse_jd(text)
    assert (result.seniority, result.remote) == (seniority, remote)


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Dev\n\n- Télétravail possible. Déplacements à Paris à prévoir occasionnellement", "remote",
         ["Paris"]),
        ("Dev\n\n* télétravail OK (déplacement à Nanterre au moins 1 fois par mois, si possible)", "remote",
         ["Nanterre"]),
        ("Dev\n\nTélétravail possible avec si besoin un ou deux jours sur site", "hybrid", []),
    ],
)  # fmt: skip
def test_telework_with_some_trips_is_remote_and_the_trips_place_is_the_place(
    text: str, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Dev\n\n**Location**\n\nThis role will be Remote in the USA but is not eligible to be hired in CA, "
         "NY, WA, PA, CT. We prioritize connections.", ["USA"]),
        ("Dev\n\n- Télétravail bienvenu. Prévoir un déplacement par mois sur Paris pour une réunion.",
         ["Paris"]),
        ("Dev\n\n- Télétravail bienvenu, avec déplacements à prévoir [à Paris](https://osm.example/node/1)",
         ["Paris"]),
    ],
)  # fmt: skip
def test_a_sentence_under_a_location_heading_and_a_monthly_trip(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n---\nremote: False\n---\n\nBenefits\n- ob voll remote oder in einem unserer Innenstadtbüros",
         "remote"),
        ("Dev - Remote\n\nBenefits\n* Arbeite, von wo du willst - im Homeoffice oder in unseren Offices",
         "remote"),
        ("Head of Engineering\n\nBenefits\n* Work from home or enjoy access to our office space in Zürich",
         "remote"),
        ("SAP\n\n- Beratung zu Hybrid-Szenarien (OnPrem - Cloud)\n\nEinsatzort: remote", "remote"),
    ],
)  # fmt: skip
def test_fully_remote_or_an_office_is_remote_and_a_hybrid_scenario_is_architecture(
    text: str, remote: str | None
) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Dallas, TX: Core Engineer, Cloud Application<p>At Brainspace we connect.", ["Dallas, TX"]),
        ("Remote: Senior Engineer<p>Text", []),
    ],
)  # fmt: skip
def test_a_place_leading_the_title_line_and_a_role_is_no_place(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


def test_a_post_to_fill_in_a_city() -> None:
    text = "Dev\n\n* Lieu de travail : poste à **pourvoir à Nantes** (siège social), remote possible"
    assert parse_jd(text).locations == ["Nantes"]


@pytest.mark.parametrize(
    "text",
    [
        "Dev\n\nProfil\n- Python\n\nEnvoyez votre LinkedIn et/ou CV et/ou GitHub à [email]",
        "Dev\n\nRequisitos\n- Python\n\nManda tu CV, Portafolio y/o GitHub a [email]",
        "Dev\n\nProfil\n- Python\n\nÉcrivez-nous avec votre LinkedIn / CV et votre compte GitHub.",
    ],
)
def test_a_github_account_sent_with_an_application_is_no_skill(text: str) -> None:
    assert parse_jd(text).required_skills == ["Python"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("# [Fullstack Engineer](https://x.example/a)\n### None\n#### `🌎 Remote`\n\nDo you wish your "
         "work had greater impact?", []),
        ("Dev\n\nLocation: We're based out of DC but your work location is negotiable (continental US).",
         ["DC"]),
        ("Dev\n\nLieu : Beauchastel - Ardèche (07), à 20 km au sud de Valence. Quelques déplacements.",
         ["Beauchastel"]),
    ],
)  # fmt: skip
def test_a_remote_glyph_heads_no_place_and_a_location_sentence_is_read_by_cue(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Dev\n\n* **Où ?** Chez toi ou à La Défense (Grande Arche)", "remote", ["La Défense"]),
        ("Dev\n\nPoste en “remote” avec présence ponctuelle à Paris.", "remote", ["Paris"]),
        ("Dev\n\n* Le travail à distance est... la norme. Nous souhaitons que vous puissiez être "
         "régulièrement présent.e dans nos bureaux", "hybrid", []),
        ("Dev\n\nPrévoir un déplacement par mois sur Paris.", None, ["Paris"]),
        ("Dev\n\nPoste à pourvoir à Nantes.", None, ["Nantes"]),
    ],
)  # fmt: skip
def test_home_or_la_defense_remote_in_quotes_a_regular_presence_and_trips_without_telework(
    text: str, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


def test_the_teams_stack_told_in_the_company_part_is_the_roles() -> None:
    text = (
        "Rails Developer\n\nAbout DecisionDesk:\n\n* We are one of the fastest growing companies.\n* We use "
        "these technologies to GSD: Rails, Ember.js, PostgreSQL\n\nAbout you:\n\n* Loves startups"
    )
    assert parse_jd(text).required_skills == ["Ruby on Rails", "Ember.js", "PostgreSQL"]


def test_customers_including_companies_like_are_no_skills() -> None:
    text = "Dev\n\n* Over 450 customers, including companies like MongoDB, Facebook, Lyft\n\nSkills\n- React"
    assert parse_jd(text).required_skills == ["React"]


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Dev\n\nOur current tech includes Node.js, Angular, Redis. We care much more about general ability "
         "than about experience with any of these particular technologies.", [],
         ["Node.js", "Angular", "Redis"]),
        ("Dev\n\n### Our stack\n\n- React, TypeScript\n- Ruby on Rails\n\nIt doesn't matter if you don't "
         "have experience with the specific technologies in our stack.\n\n### Requirements\n\n- React",
         ["React"], ["TypeScript", "Ruby on Rails"]),
        ("Dev\n\nBei uns triffst du auf: TypeScript, React, GraphQL. Wenn dir etwas davon nichts sagt, kein "
         "Problem!", [], ["TypeScript", "React", "GraphQL"]),
        ("Dev\n\nIf you can write some Python, we can teach you everything about our stack (Go, React).",
         ["Python"], ["Go", "React"]),
        ("Dev\n\n### Our Stack (we don't expect you to have all of these)\n\n- Spring Boot, MySQL",
         ["Spring Boot", "MySQL"], []),
        # an offer to teach waives what it names, not the stack named before it
        ("Dev\n\nWe use Python and Postgres. We are willing to teach Elixir to candidates with an aptitude "
         "for functional programming.", ["Python", "PostgreSQL"], ["Elixir"]),
        ("Dev\n\nYou'll mainly be working in server-side JavaScript, but don't need to have used this "
         "before.", [], ["JavaScript"]),
    ],
)  # fmt: skip
def test_a_sentence_that_waives_the_stack_before_it_makes_the_stack_a_plus(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "seniority", "locations"),
    [
        ("Software Engineer\n\nAs a Senior Software Engineer at Tourial, you will build.", "senior", []),
        ("Dev web\n\nLe poste : un lead tech pour notre équipe", "lead", []),
        ("Dev\n\n- Standort: Frankfurt (6 PT Remote)", None, ["Frankfurt"]),
        ("Dev\n\nEinsatzort: Nähe Frankfurt und Remote (50 - 75%)", None, ["Frankfurt"]),
    ],
)  # fmt: skip
def test_a_level_stated_as_the_role_person_days_and_a_place_nearby(
    text: str, seniority: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.seniority, result.locations) == (seniority, locations)


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("CSM\n---\nremote: False\n---\n\n- Wir leben ein Hybrides Arbeitsmodell. Wir treffen uns "
         "2\u20133 Tage pro Woche im Büro.", "hybrid"),
        ("Consultant\n\n* Flexible Arbeitsmodelle und hybrides Arbeiten je nach Projekt möglich", "hybrid"),
        ("Dev\n\nModalités : télétravail possible en majeure partie, présence ponctuelle à La Défense",
         "remote"),
        ("Dev\n\n* The ability to choose where you work whether it be your home, the beach, or a WeWork",
         "remote"),
    ],
)  # fmt: skip
def test_a_german_hybrid_model_office_days_mostly_telework_and_choosing_where_you_work(
    text: str, remote: str | None
) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Android Engineer\n\n* On Android, we use Kotlin and Room. It\u2019s helpful if you know these "
         "technologies, but if not, we\u2019ll help you learn.", ["Android"], ["Kotlin", "Room"]),
        ("Dev\n\nRequirements\n* Go\n* Experience in our current technologies is a bonus \u2014 Java, Ruby",
         ["Go"], ["Java", "Ruby"]),
    ],
)  # fmt: skip
def test_helpful_if_you_know_these_and_a_list_a_bonus_clause_introduces(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "seniority", "remote"),
    [
        ("Dev\n\n- Télétravail possible, avec une présence ponctuelle à Paris (Ségur)", None, "remote"),
        ("Dev\n\nL\u2019équipe est répartie à travers la France et travaille à distance.", None, "remote"),
        ("Dev\n\nPossibilité de travailler à distance.", None, None),
        ("Chief of Staff\n\nText", None, None),
    ],
)  # fmt: skip
def test_occasional_presence_a_team_working_remotely_and_a_chief_of_staff(
    text: str, seniority: str | None, remote: str | None
) -> None:
    result = parse_jd(text)
    assert (result.seniority, result.remote) == (seniority, remote)


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Data Scientist\n\n**Location/Work Style:** Remote US\n\nText", "remote", ["US"]),
        ("Data Scientist\n\nLocation: Remote US\n\nText", "remote", ["US"]),
        ("Dev\n\nRemote: No", "onsite", []),
    ],
)  # fmt: skip
def test_a_location_field_that_opens_with_remote_and_a_two_part_label(
    text: str, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


def test_a_boards_title_city_over_its_countrys_place_field_is_the_city() -> None:
    text = "# [Tech Lead Java - Aix-en-Provence](https://x.example/a)\n### Sopra\n#### `🌎 France`\n\nText"
    assert parse_jd(text).locations == ["Aix-en-Provence"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Acme (https://acme.example) | Frontend | Melbourne AU | Onsite\n\nText", ["Melbourne, AU"]),
        ("Way2 | @Florianopolis Brazil | #ONSITE\n\nText", ["Florianopolis, Brazil"]),
        ("Windsor Circle (Durham NC)<p>- Senior Python developer", ["Durham, NC"]),
        ("Dev\n\n- Büro: Berlin\n- Remote Work möglich\n\nText", ["Berlin"]),
        ("Acme | SRE\n\nONSITE in San Francisco and London.", ["San Francisco", "London"]),
        ("Acme is hiring.<p>All positions are in Berkeley, California:<p>- Head", ["Berkeley, California"]),
        ("Acme | Databases | Remote<p>Hiring in the US right now.", ["US"]),
    ],
)  # fmt: skip
def test_a_header_city_with_its_code_unparted_a_labelled_field_and_more_place_cues(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("# [Architect](https://x.example/a)\n### Gainwell Technologies\n#### `🌎 US`\n\nText", ["US"]),
        ("# [Dev](https://x/a)\n### Angi\n#### `🌎 US`\n\nAbout.\n\n### The Opportunity:\n\nText", ["US"]),
        ("Architect\n\n- Fully Remote Opportunity\n- Text", []),
    ],
)  # fmt: skip
def test_a_boards_company_heading_named_like_a_section_and_an_opportunity_is_no_place(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Acme | Go Developer | New York | Remote/Hybrid\n\nText", "remote"),
        ("Dev\n\nThis role offers options, including remote and hybrid opportunities.", "remote"),
        ("Dev\n\n- Bereitschaft für mind. 2 Präsenztage/Woche in der Region Bern", "hybrid"),
        ("Dev\n\nAuslastung: 80 % (davon 2 Tage wöchentlich Vorort, remote NUR in der CH)", "hybrid"),
    ],
)  # fmt: skip
def test_remote_or_hybrid_offered_is_remote_and_german_office_days_are_hybrid(text: str, remote: str) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Testmanager\n\nText.\n\nRegion: Bern und Region\nAuslastung: 80 %", ["Bern"]),
        ("AI Engineer\n\nRegion:\tON - Toronto\n\nText", ["Toronto, ON"]),
        ("Capco\nGermany - Frankfurt am Main\n(Senior) Consultant\n\nText", ["Frankfurt am Main, Germany"]),
        ("Acme - Rust developer - Full-time - Estonia (Tallinn or Tartu) - ONSITE\n\nText",
         ["Tallinn, Estonia", "Tartu, Estonia"]),
        ("Acme | Engineer | Remote (US or Ontario)\n\nText", ["US", "Ontario"]),
    ],
)  # fmt: skip
def test_a_region_field_and_an_area_written_before_its_cities(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


def test_a_citys_region_compares_as_the_city() -> None:
    assert place_key("Toronto Region") == place_key("Toronto")


def test_a_city_code_and_its_countrys_code_are_one_place() -> None:
    assert parse_jd("Acme | Dev | NYC, USA | Onsite\n\nText").locations == ["NYC, USA"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Dev\n\nEinsatzort: Remote - ggf. Wien\n\nText", ["Wien"]),
        ("Dev\n\n- Télétravail possible (l\u2019équipe vadrouille entre Paris et Lyon)", ["Paris", "Lyon"]),
        ("Dev\n\nTrabajamos remoto con sedes en Buenos Aires y Paraná.", ["Buenos Aires", "Paraná"]),
        ("Dev\n\nOrt: 100% Remote (Endkunde sitzt in Frankfurt am Main)", []),
        ("Dev\n\nWe are a remote-first company headquartered in Berlin.", []),
        ("Dev\n\nWe are loved in Berlin. " + "We ship weekly and we test. " * 6 + "We work remotely.", []),
    ],
)  # fmt: skip
def test_when_nothing_else_names_a_place_the_work_mode_sentences_places_are_read(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\n- Télétravail jusqu'à trois jours par semaine", "hybrid"),
        ("Dev\n\n- Télétravail partiel ou complet.", "remote"),
        ("Dev\n\nLe travail à distance est possible, ponctuellement, sans préavis.", "hybrid"),
        ("Dev\n\nLa propuesta es para trabajar en Olivos, incluye política de WFH.", "hybrid"),
        ("Dev\n\nOur offices are in the Mile-End. Work from home or elsewhere is possible.", "remote"),
    ],
)  # fmt: skip
def test_telework_up_to_some_days_now_and_then_a_wfh_policy_or_elsewhere(text: str, remote: str) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\n- **Einsatzart:** 80\n                                 % Remote\n\nText", "hybrid"),
        ("Dev\n\n- Einsatzart: 60 % Remote", "hybrid"),
        ("Dev\n\n- Einsatzart: 80% Remote\n- Arbeitsmix: 90% Remote", "remote"),
        ("Dev\n\n- 100 % Remote", "remote"),
        ("Dev\n\n- Remote\n- Flexible Work - With 60% remote workforce, work from anywhere.", "remote"),
    ],
)  # fmt: skip
def test_a_remote_share_up_to_80_percent_is_hybrid_and_90_and_up_remote(text: str, remote: str) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("PBS | Various Engineers | Full-Time | ONSITE (Flexible WFH) | Alexandria, VA<p>Text", "hybrid"),
        ("AMG | Sr. Engineering roles | NYC | Full-Time | ONSITE (mostly)<p>Text", "hybrid"),
        ("Lantern | Engineers | NYC<p>This role is based in our office (4 days/week in-person).", "hybrid"),
        ("Dev\n\n- Flexible Home-Office-Regelungen oder remote Work", "remote"),
    ],
)  # fmt: skip
def test_mostly_onsite_flexible_wfh_and_days_in_person_are_hybrid(text: str, remote: str) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    "text",
    [
        "Dev\n\n  * **Télétravail en place** : 3 jours par semaine (possible après l'onboarding).",
        "Dev\n\n* Télétravail jusqu'à 50% du temps",
    ],
)
def test_telework_some_days_a_week_or_up_to_a_share_is_hybrid(text: str) -> None:
    assert parse_jd(text).remote == "hybrid"


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Acme | Dev | Pinehurst, TX | Remote, Onsite, Hybrid\n\nText", "remote"),
        ("Acme | Remote, all timezones<p>Developers can build hybrid smart contracts.", "remote"),
    ],
)  # fmt: skip
def test_a_list_of_modes_with_remote_and_hybrid_smart_contracts(text: str, remote: str) -> None:
    assert parse_jd(text).remote == remote


_COUNTRIES = ["Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Costa Rica", "Ecuador", "El Salvador"]
_COUNTRIES += ["Guatemala", "Honduras", "Mexico", "Nicaragua", "Panama", "Paraguay", "Peru", "Uruguay"]
_COUNTRIES += ["Albania", "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Denmark", "Estonia"]
_COUNTRIES += ["Finland", "France", "Germany", "Greece", "Hungary", "Iceland", "Ireland", "Italy"]
_COUNTRIES += ["United Kingdom", "New Zealand", "South Africa", "Saudi Arabia", "Sri Lanka", "Sierra Leone"]
_COUNTRIES += ["Dominican Republic", "Puerto Rico", "Trinidad and Tobago", "Bosnia and Herzegovina"]
_COUNTRIES += ["Papua New Guinea", "Burkina Faso", "North Macedonia", "South Korea", "Hong Kong"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        (f"# [Backend Developer](https://x/a)\n### Nisum\n#### `🌎 {','.join(_COUNTRIES)}`\n\nText",
         _COUNTRIES),
        ("Dev\n\nL\u2019équipe est dispersée à travers la France, et travaille principalement à distance.",
         ["France"]),
    ],
)  # fmt: skip
def test_a_boards_long_list_of_countries_and_a_country_after_its_article(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Fox-IT | Embedded Developer | medior/senior | Netherlands | Delft | full-time | Onsite\n\nText",
         "onsite", ["Delft, Netherlands"]),
        ("Column Tax | Full Stack Engineer | REMOTE (US Timezone overlap), SF, NYC | Full-time\n\nText",
         "remote", ["SF", "NYC"]),
        ("# [Dev](https://x/a)\n#### `🌎 Remote,US`\n\nText.\n\n#LI-Remote #LI-Hybrid", "remote", ["US"]),
        ("Dev\n\nLa mission est basée à Paris, au sein d'une équipe télétravaillante répartie en France.",
         "remote", ["Paris"]),
    ],
)  # fmt: skip
def test_a_title_country_before_its_city_a_time_zone_overlap_and_a_linkedin_hybrid_tag(
    text: str, remote: str, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


def test_the_sf_bay_area_compares_as_the_bay_area() -> None:
    assert place_key("SF Bay Area") == place_key("San Francisco Bay Area, CA")


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Dev\n\nRequirements:\n- Experience in the oracle space and DeFi.", []),
        ("Dev\n\nRequirements:\n- SQL (oracle, postgres)", ["SQL", "Oracle Database", "PostgreSQL"]),
        ("Dev\n\nRequisitos:\n* base de datos: Oracle 11g", ["Oracle Database"]),
    ],
)  # fmt: skip
def test_an_oracle_in_lower_case_is_a_database_only_among_skills(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


@pytest.mark.parametrize(
    "text",
    [
        "Dev\n\n## Stack technique\n\nLa stack n'est pas encore définie et sera adaptée aux compétences.\n"
        "- backend : Python (Django), Ruby (RubyOnRails)",
        "Dev\n\nPersonne ne maîtrise toutes ces technologies, nous ne te demanderons pas de les maîtriser.\n"
        "Langages backend variés : Python, Ruby, Ruby on Rails, Django",
    ],
)
def test_a_sentence_that_waives_the_stack_below_as_a_whole_makes_it_a_plus(text: str) -> None:
    result = parse_jd(text)
    assert (result.required_skills, sorted(result.preferred_skills)) == (
        [],
        ["Django", "Python", "Ruby", "Ruby on Rails"],
    )


def test_a_preferred_heading_run_into_a_flattened_line_opens_its_own_section() -> None:
    text = (
        "GIS Data Engineer\n\nRequirements: 1 yr Python for data management, Pandas, data cleaning, metadata "
        "work on pipelines of many kinds. Cloud: BootCamp level or project experience in AWS Preferred "
        "Experience: We prefer more data processing experience in data feeds over management of systems. "
        "Geospatial : GDAL, GeoPandas Database Technology: PostgreSQL Tools and Software: Tableau"
    )
    result = parse_jd(text)
    assert result.required_skills == ["Python", "Pandas", "AWS"]
    assert result.preferred_skills == ["GDAL", "GeoPandas", "PostgreSQL", "Tableau"]


@pytest.mark.parametrize(
    "text",
    [
        "Dev\n\nProfil:\n* Du verfügst über gute Kenntnisse im Umgang mit MS Office Anwendungen",
        "Dev\n\nRequisitos:\n- Herramientas: Dominio de MS Office a nivel intermedio",
        "Dev\n\nRequirements:\n- Able to install and troubleshoot: MS Office Suites",
    ],
)
def test_ms_office_after_a_handling_word_or_before_applications_is_a_skill(text: str) -> None:
    assert parse_jd(text).required_skills == ["Microsoft Office"]


@pytest.mark.parametrize(
    "text",
    [
        "Dev\n\nRequirements:\n- We have thousands of GitHub stars.",
        "# Back-end Developer @ Jobsity\n\nHi GitHub community!\nWe are looking for you.",
        "Dev\n\nPour candidater :\n- Un lien vers votre profil GitHub / Gitlab ou vos réalisations",
        "Dev\n\nMerci de préciser vos références (GitHub, GitLab ou autres sources disponibles)",
        # where the company's code is
        "Dev\n\nProfil :\n- Nos repo Github sont accessibles ici.",
        "Dev\n\nRequirements:\n- Read the code: check out our GitHub repo.",
    ],
)
def test_github_stars_a_greeting_and_hosts_listed_as_a_profile_are_no_skills(text: str) -> None:
    assert parse_jd(text).required_skills == []


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Dev\n\nProfil :\n- Tu apportes un point de vue commercial.\n- Audits en vue de certification.", []),
        ("Dev\n\nProfil :\n- React, Vue, Angular", ["React", "Vue.js", "Angular"]),
        ("Dev\n\nRequirements:\n- Experience with Vue and TypeScript", ["Vue.js", "TypeScript"]),
    ],
)  # fmt: skip
def test_the_french_word_vue_is_no_vue_js(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


def test_a_who_is_hiring_lines_level_range_field_is_the_upper_level() -> None:
    text = "Fox-IT | Embedded Software Developer | Dutch | medior/senior | Delft | full-time\n\nText"
    assert parse_jd(text).seniority == "senior"


def test_local_only_is_onsite_and_its_line_names_the_place() -> None:
    result = parse_jd("VFILES - New York City. Local only.<p>VFILES is hiring a software engineer<p>We ship.")
    assert (result.remote, result.locations) == ("onsite", ["New York City"])


def test_a_stack_in_a_header_field_is_no_place_and_a_continent_qualifies_no_city() -> None:
    text = "Acme (YC) | SF, Europe, South America | Elixir, React, ML | Full-time\n\nText"
    assert parse_jd(text).locations == ["SF", "Europe", "South America"]


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("FullStory | Data Scientist | Remote and Onsite | Atlanta, GA<p>Text", "remote", ["Atlanta, GA"]),
        ("Lending Loop | Developer | Downtown Toronto | ONSITE | Fulltime<p>Text", "onsite", ["Toronto"]),
    ],
)  # fmt: skip
def test_remote_and_onsite_and_a_downtown(text: str, remote: str, locations: list[str]) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


def test_gitlabci_written_as_one_word_is_gitlab_ci() -> None:
    assert parse_jd("Dev\n\nRequirements:\n- GitlabCI, Docker").required_skills == ["GitLab CI", "Docker"]


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\n* **Où ?** Chez toi et, au moins un jour par semaine, dans le 19ème.", "hybrid"),
        ("Dev\n\nL\u2019équipe est dispersée à travers la France, et se retrouve par mois.", "remote"),
        ("Dev\n\n- Télétravail avec quelques réunions présentielles à Paris.", "remote"),
        ("MongoDB -- Remote North America | Senior Rust Engineer | Full-Time<p>Text", "remote"),
        ("Dev\n\n* A connected virtual first culture with a highly engaged distributed workforce", "remote"),
    ],
)  # fmt: skip
def test_a_weekly_day_in_french_a_dispersed_team_meetings_a_dashed_remote_field_and_virtual_first(
    text: str, remote: str
) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Dev\n\nRequirements:\n- Erfahrung mit SAP S/4HANA und SAP IS-U", ["SAP S/4HANA", "SAP IS-U"]),
        ("Dev\n\nRequirements:\n- Kenntnisse in SAP HCM und Java", ["SAP HCM", "Java"]),
        ("Dev\n\nRequirements:\n- SAP experience", ["SAP"]),
    ],
)  # fmt: skip
def test_an_sap_module_is_the_skill_a_posting_asks_for(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("# Python Developer\n### Magic Media\n#### 🌎 TELECOMMUTE Kyiv, Ukraine\n\nText", "remote"),
        ("Temporal | Multiple positions in United States - WORK FROM HOME | FULL-TIME |<p>Text", "remote"),
        ("Acme | Engineers | Costa Mesa, CA ideally, (would consider remote with travel) | React", "remote"),
        ("Dev\n\nAcme is a startup, spread out remotely across the USA.", "remote"),
        ("Dev\n\nMuch of our team works remotely — and so can you.", "remote"),
        ("Dev\n\n### Benefits\n* Permanent WFH opportunities\n* Full-Time", "remote"),
        ("Dev\n\n### Benefits\n- Working from home or remotely\n- 26 days of holiday", "remote"),
        ("Dev\n\n## Benefits\n- 35 days holiday\n- Work from Home\n- Pension Scheme", None),
    ],
)  # fmt: skip
def test_telecommute_a_work_from_home_field_considered_remote_and_a_team_working_remotely(
    text: str, remote: str | None
) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\n* Einsatzort: Wien (1 Tag pro Woche im Büro in Wien)", "hybrid"),
        ("Dev\n\n- Arbeite 2 Tage wöchentlich Vorort, sonst mobil", "hybrid"),
        ("Dev\n\nNous nous retrouvons en général le mercredi dans les locaux de la Fabrique.", "hybrid"),
        ("Dev\n\n- Arbeite von wo du willst", "remote"),
    ],
)  # fmt: skip
def test_a_work_mode_stated_only_with_an_office_word_is_read(text: str, remote: str) -> None:
    # Lines without a work-mode word are skipped before the patterns run: each cue's words must be kept.
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Dev\n\n### Who You Might Be\n* Experience in Python, Golang\n\n### Bonus Points\n* Kafka",
         ["Python", "Go"], ["Apache Kafka"]),
        ("Dev\n\n### Who You Are\n* Python\n\n### Who You Might Be\n* Experience in Kafka",
         ["Python"], ["Apache Kafka"]),
        ("Dev\n\n### Qualifications\n### Quels atouts pour rejoindre l\u2019équipe ?\n* Node.js, Angular",
         ["Node.js", "Angular"], []),
        ("Dev\n\n### Requirements\n* Interés en JavaScript\n\n### Diferencial\n* Azure, AWS",
         ["JavaScript"], ["Azure", "AWS"]),
        ("Dev\n\nRequisitos:\n* Python\n\nTe animamos a que nos sigas en Linkedin, Twitter y YouTube.",
         ["Python"], []),
    ],
)  # fmt: skip
def test_a_might_be_heading_without_an_ask_assets_to_join_a_differentiator_and_where_to_follow_us(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "seniority", "min_years"),
    [
        ("Desarrollador Pleno\n\nTexto", "mid", None),
        ("Dev\n\nÚnase a nuestro equipo como Chatbot Developer Pleno, en México.", "mid", None),
        ("Dev\n\nBuscamos talento en pleno crecimiento.\n* Mínimo 1 o 2 años de experiencia.", None, 1),
        ("Dev\n\n* 3 or 4 years of experience in Python", None, 3),
    ],
)  # fmt: skip
def test_pleno_is_mid_and_n_or_m_years_is_the_smaller(
    text: str, seniority: str | None, min_years: int | None
) -> None:
    result = parse_jd(text)
    assert (result.seniority, result.min_years) == (seniority, min_years)


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Celo | San Francisco, Berlin, and Buenos Aires | Engineers | ONSITE<p>Text", "onsite",
         ["San Francisco", "Berlin", "Buenos Aires"]),
        ("ko-br | Engineers | Cairo, Egypt &amp; London, UK<p>Text", None, ["Cairo, Egypt", "London, UK"]),
        ("# Staff Engineer\n#### `🌎 Remote`\n\nAcme is a remote-first company and has a distributed "
         "team with an office in New York. If you want to work remotely, you can!", "remote", []),
        ("Dev\n\nOrt: remote sowie Raum Offenburg", "remote", ["Offenburg"]),
    ],
)  # fmt: skip
def test_two_cities_of_two_countries_the_companys_office_and_a_german_area(
    text: str, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\n* Möglichkeit einer Tätigkeit im Homeoffice (100%) oder am Firmenstandort", "remote"),
        ("Dev\n\n**Remote Workplace:** Your location will be a home office. If you reside within commuting "
         "distance of a site, a hybrid working environment may be available.", "remote"),
        ("Dev\n\n- Up to 2 days per week of working from home\n- Modern office", "hybrid"),
        ("Dev\n\n* Le travail à distance est possible à temps partiel.", "hybrid"),
    ],
)  # fmt: skip
def test_all_of_the_week_at_home_a_remote_workplace_field_and_part_time_telework(
    text: str, remote: str
) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Dev\n\nRequirements:\n* Blazor WebAssembly, ASP.NET Core", ["Blazor", "ASP.NET"]),
        ("Dev\n\nWe are optimizing our serverless framework.\n\nRequirements:\n* Go", ["Go"]),
        ("Dev\n\nRequirements:\n* Serverless Framework, AWS Lambda", ["Serverless Framework", "AWS Lambda"]),
        ("Dev\n\nRequirements:\n* Analyzing data in formats like JSON, XML, CSV, Excel etc.",
         ["JSON", "XML", "Excel"]),
        ("Dev\n\n## Profile\n- You worked directly with Salesforce, Chargebee, Zapier, and similar tools",
         ["Salesforce", "Chargebee", "Zapier"]),
    ],
)  # fmt: skip
def test_blazors_hosting_model_a_generic_serverless_framework_formats_like_and_worked_with(
    text: str, required: list[str]
) -> None:
    assert parse_jd(text).required_skills == required


def test_a_boards_keyword_tags_ask_for_nothing_themselves() -> None:
    text = (
        "# Senior Softwareentwickler (m/w/d)\n\n- **Einsatzart:** 100 % Remote\n\n## Schlagworte\n"
        "Architektur, Kotlin, Prometheus, Grafana, Datenbanken\n\n## Projektbeschreibung\n"
        "Anforderungen:\n- Kotlin\n- Wünschenswert: Prometheus, Grafana\n"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (["Kotlin"], ["Prometheus", "Grafana"])


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Dev\n\nAnforderungen:\n- Java\n\nIdealerweise:\n- Python-Kenntnisse (MUSS)\n- Redis",
         ["Java", "Python"], ["Redis"]),
        ("Dev\n\nAnforderungen:\nBank-Kenntnisse sind MUSS - Idealerweise Wertpapiere\nPython (MUSS)\nJFrog",
         ["Python", "Artifactory"], []),
        ("Dev\n\nNice to Have (Not Required)\n\nPrior Laravel experience", [], ["Laravel"]),
        # an item that says it is required, under a heading of pluses
        ("Dev\n\n### Ideal Skills & Experience:\n* Proficiency with Python is required, and experience with"
         " Golang is a plus.\n* Docker", ["Python"], ["Go", "Docker"]),
        ("Dev\n\n**An ideal candidate also has:**\n* Experience with Jest and Storybook",
         [], ["Jest", "Storybook"]),
    ],
)  # fmt: skip
def test_an_items_own_must_mark_and_a_line_with_a_must_and_a_plus_is_no_heading(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "preferred"),
    [
        ("Acme | Engineers<p>Our stack includes Rust and Redis. Experience with our specific tech is not "
         "required.", ["Rust", "Redis"]),
        ("Acme | Engineers<p>The tech stack is Go and Angular. Experience in these is nice, but definitely "
         "not required.", ["Go", "Angular"]),
    ],
)  # fmt: skip
def test_experience_with_the_named_stack_said_not_required_makes_it_a_plus(
    text: str, preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == ([], preferred)


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Dev\n\nRequisitos:\n- React\n- Si sabes Python, mejor aún.", ["React"], ["Python"]),
        ("Dev\n\nRequirements:\n- Go\n- It helps to have familiarity with Java and Ruby.", ["Go"],
         ["Java", "Ruby"]),
        ("Dev\n\nCompétences :\n- Pratique de l\u2019IaC (Terraform recommandé) et maîtrise de Git", ["Git"],
         ["Terraform"]),
        ("Dev\n\nAnforderungen:\n- Linux\n- Kenntnisse von DNS wären eine Bereicherung", ["Linux"], ["DNS"]),
    ],
)  # fmt: skip
def test_even_better_it_helps_recommended_and_an_enrichment_are_a_plus(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Dev\n\nStandort: Quickborn, Schleswig-HolsteinBranche: IT / Bankinfrastruktur", None,
         ["Quickborn, Schleswig-Holstein"]),
        ("Dev\n\nEinsatzort: Remote und Gr. Gelsenkirchen", "remote", ["Gelsenkirchen"]),
        ("Dev\n\nBut you have choice in where and how you work.", "remote", []),
    ],
)  # fmt: skip
def test_a_glued_next_label_a_great_area_abbreviated_and_a_choice_of_where_you_work(
    text: str, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


def test_experience_in_some_of_the_named_stack_not_required_makes_it_a_plus() -> None:
    text = (
        "Dev\n\n* Our frontend stack consists of JavaScript, React, MobX, etc.. Experience in some of these "
        "would be valuable but is not required."
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == ([], ["JavaScript", "React", "MobX"])


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Dev\n\n### Compétences obligatoires :\n● Scala\n### Compétences appréciées :\n### ● Kafka-Stream\n"
         "● Google Cloud Platform (BigQuery)\n### Compétences personnelles :\n● communication",
         ["Scala"], ["Apache Kafka", "Google Cloud", "BigQuery"]),
        ("Dev\n\n* Erfahrungen in HTML, CSS sowie einem SPA-Framework (bevorzugt Vue 3).", ["HTML", "CSS"],
         ["Vue.js"]),
        ("Dev\n\n* Erfahrung mit Vue.js (bevorzugt), Angular oder React", ["Vue.js", "Angular", "React"], []),
    ],
)  # fmt: skip
def test_a_bullet_made_a_heading_stays_an_item_and_bevorzugt_before_a_name_is_a_plus(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\nL\u2019équipe est située en France et peut travailler à distance en mode Agile.", "remote"),
        ("Dev\n\nNous sommes basés à Montreuil, mais nous télétravaillons souvent.", "hybrid"),
    ],
)
def test_a_team_that_can_work_remotely_and_one_that_often_teleworks(text: str, remote: str) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "seniority", "locations"),
    [
        ("Développeur sénior Back-end Symfony\n\nText", "senior", []),
        ("Dev\n\nNous recherchons un(e) développeur(euse) PHP, de niveau junior à confirmé, pour nous aider.",
         "mid", []),
        ("# [React Developer](https://x)\n### FireHire\n#### `🌎 Anywhere in the World`\n\n"
         "**Headquarters:** New York\n**URL:** https://www.firehire.ai/\n\nText", None, []),
    ],
)  # fmt: skip
def test_an_accented_senior_a_french_level_range_and_a_boards_headquarters_field(
    text: str, seniority: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.seniority, result.locations) == (seniority, locations)


def test_the_named_stack_said_not_required_under_the_asks_is_a_plus_but_a_later_ask_stands() -> None:
    text = (
        "Dev\n\n### What we're looking for\n\n* Commercial experience.\n* Our frontend stack consists of "
        "JavaScript, React, MobX, etc.. Experience in some of these would be valuable but is not required.\n"
        "* Strong React skills"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (["React"], ["JavaScript", "MobX"])


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Dev\n\nLocation: Munich, Bavaria, Germany", ["Munich, Bavaria, Germany"]),
        ("Dev\n\nLocation: Cologne, North Rhine-Westphalia, Germany",
         ["Cologne, North Rhine-Westphalia, Germany"]),
        ("# Dev\n### Magic Media\n#### 🌎 TELECOMMUTE Kyiv, Kyiv city, Ukraine\n\nText", ["Kyiv"]),
    ],
)  # fmt: skip
def test_a_state_the_gazetteer_does_not_name_between_a_city_and_its_country(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "seniority"),
    [("Dev JavaScript experimenté.e\n\nText", "senior"), ("Développeur Java confirme\n\nText", "mid")],
)
def test_french_levels_typed_without_their_accents(text: str, seniority: str) -> None:
    assert parse_jd(text).seniority == seniority


def test_where_the_product_is_available_names_no_skill() -> None:
    text = "Dev\n\nTchap est lancé. L'application est disponible sur Android, iOS et le web.\n\nProfil:\n- Go"
    assert parse_jd(text).required_skills == ["Go"]


@pytest.mark.parametrize(
    "text", ["IT-Systemadministrator M365 Hybrid (m/w/d)\n\nText", "Dev\n\n- Betreuung von Exchange Hybrid"]
)
def test_a_microsoft_hybrid_environment_is_no_work_mode(text: str) -> None:
    assert parse_jd(text).remote is None


def test_a_region_written_as_region_only_is_the_region() -> None:
    assert parse_jd("Papa | Miami or remote US-only | Full-time\n\nText").locations == ["Miami", "US"]


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Dev\n\nIhre Qualifikationen\n- MUSS: Kenntnisse in Monitoring (AWS CloudWatch, Grafana).\n"
         "- SOLL: Erfahrung mit Event-Driven Architecture (Kafka, RabbitMQ).", ["CloudWatch", "Grafana"],
         ["Apache Kafka", "RabbitMQ"]),
        ("Dev\n\nRequirements:\n* Expertise in cloud platforms (e.g., Amazon AWS, Amazon CloudWatch)",
         ["AWS", "CloudWatch"], []),
    ],
)  # fmt: skip
def test_a_soll_field_is_a_plus_and_a_vendor_prefix_makes_no_other_skill(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\n* Télétravail : possible. Un minimum de présence dans les locaux est souhaitée (une à deux "
         "fois par mois)", "remote"),
        ("Dev\n\n- Le télétravail est possible, une présence ponctuelle à Paris est demandée.", "remote"),
        ("Dev\n\n* Télétravail 100%. Si la situation le permet, journées de regroupement.", "remote"),
    ],
)  # fmt: skip
def test_french_telework_with_monthly_or_occasional_presence_and_a_full_share_is_remote(
    text: str, remote: str
) -> None:
    assert parse_jd(text).remote == remote


def test_the_companys_own_years_of_experience_are_no_minimum() -> None:
    text = "Ausbildung\n\nAls wachstumsstarker Onlinehändler mit über 10 Jahren Erfahrung setzen wir auf KI."
    assert parse_jd(text).min_years is None


@pytest.mark.parametrize(
    ("text", "seniority"),
    [
        ('---\nroles: "Un.e ingénieur.e données"\ntitle: Trackdéchets recrute un.e ingénieur.e données '
         "senior\n---\n\n## À propos\n\nTexte", "senior"),
        ("---\nroles: Dev\ntitle: Reporting to the Platform Lead, the engineer will be part of a fast "
         "team\n---\n\nTexte", None),
    ],
)  # fmt: skip
def test_a_level_in_a_pages_other_short_title_field(text: str, seniority: str | None) -> None:
    assert parse_jd(text).seniority == seniority


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Acme | Eng<p>Technologies we often use: Git, PHP, MySQL.<p>Don't worry if you don't know all of "
         "them, we believe great developers learn quickly.", [], ["Git", "PHP", "MySQL"]),
        ("Acme | Eng<p>We use Java and React.<p>We don't really care if you've used these exact technologies "
         "before.", [], ["Java", "React"]),
        ("Dev\n\nLa technologie :\n* symfony\n\nPar ailleurs, il pourrait être intéressant d'avoir quelques "
         "notions de :\n* Kubernetes et Docker ;", ["Symfony"], ["Kubernetes", "Docker"]),
        ("Acme | Eng<p>We maintain the analytics infrastructure for companies like DigitalOcean, Atlassian, "
         "New Relic, and Docker.<p>Text", [], []),
    ],
)  # fmt: skip
def test_stack_waivers_a_french_could_be_interesting_and_customers_named_as_companies_like(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "remote", "seniority"),
    [
        ("Trunk Tools | Full-stack Engineers | Full-Time | REMOTE or ONSITE NYC<p>Text", "remote", None),
        ("Teamleitung Backend Development (m/w/d)\n\nText", None, "lead"),
    ],
)
def test_remote_or_onsite_is_remote_and_a_teamleitung_is_a_lead(
    text: str, remote: str | None, seniority: str | None
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.seniority) == (remote, seniority)


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Everlution Ltd | Nr London Bridge (Central London) | ONSITE | FULLTIME<p>Text", ["London"]),
        ("Location: Central America", ["Central America"]),
    ],
)
def test_central_before_a_city_is_the_city(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "seniority", "remote", "locations"),
    [
        ("Dev\n\nVeeva Link seeks a mid-to-senior level Front End Engineer (React).", "senior", None, []),
        ('Dev\n\n* Flexible Working Place - "Work from anywhere" (remote or from the Vienna office)', None,
         "remote", ["Vienna"]),
        ("Dev\n\nLocation: EU Country", None, None, ["EU"]),
    ],
)  # fmt: skip
def test_a_hyphenated_level_range_remote_or_an_office_and_a_region_country(
    text: str, seniority: str | None, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.seniority, result.remote, result.locations) == (seniority, remote, locations)


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        # A board's "Remote: No" field beside a perk of some work from home: some days at home.
        ("IT-Berater\nremote: False\n\n## Benefits\n- Flexible Arbeitszeiten und mobiles Arbeiten", "hybrid"),
        ("IT-Berater\nremote: False\n\n## Benefits\n- 30 Tage Urlaub", "onsite"),
        # A benefit form: the unticked box is not offered, the ticked one is.
        ("Tutor\nRemote: No\n\n### Vorteile\n\n- [x] Kantine\n- [ ] Home Office", "onsite"),
        ("Tutor\nRemote: No\n\n### Vorteile\n\n- [ ] Kantine\n- [x] Home Office", "hybrid"),
        # A task in the body "vor Ort" yields to the perks' stated mode.
        ("Senior QA\n\n## Aufgaben\n* Führen von QA-Teams vor Ort\n\n## Benefits\n* Flexible Working Place "
         "(remote or from the Vienna office)", "remote"),
        ("Dev\n\nWe are looking for developers who are willing to work locally or semi-remotely.", "hybrid"),
        ("Dev\n\n- Lieu de travail : télétravail encouragé ; nombreux déplacements de terrain à prévoir",
         "remote"),
        ("PM\n\nPlease note: this is not a remote only position, we offer you a flexible hybrid model here "
         "in Hamburg.", "hybrid"),
    ],
)  # fmt: skip
def test_a_remote_no_field_beside_a_home_perk_task_list_forms_and_a_negated_remote_only(
    text: str, remote: str
) -> None:
    assert parse_jd(text).remote == remote


def test_a_task_list_that_is_all_unticked_is_a_plain_list() -> None:
    text = "Dev\n\n### Lo que buscamos\n\n- [ ] Angular o React\n- [ ] Docker"
    assert parse_jd(text).required_skills == ["Angular", "React", "Docker"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        # A page converter marks every short line: the place under "### Arbeitsort" is its value.
        ("### Acme\n### Arbeitsort\n\n### Stuttgart/Remote\n\n### Deine Aufgaben\n- Python", ["Stuttgart"]),
        ("## Location\n\n## Keywords\n\nPython", []),
        # Two codes are no "City CODE": SAP is an airport's code and MDG Madagascar's.
        ("# SAP MDG\n## Details\n- Start: 08.2025\n\nText", []),
        ("Acme | Engineer | Melbourne VIC\n\nText", ["Melbourne, VIC"]),
        ("Acme | Engineer | India, preferably Jaipur/Delhi\n\nText", ["Jaipur, India", "Delhi"]),
    ],
)
def test_a_marked_place_under_a_location_heading_two_codes_and_a_preferred_city(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "seniority", "remote", "locations"),
    [
        ("Backend Engineer (f|m|x)\n\nDie Position als (Senior) Backend Engineer ist als Vollzeitstelle "
         "ausgeschrieben.", "senior", None, []),
        ("Werkstudent\n\n* Startup Umfeld: Ortsunabhängiges Arbeiten ist bei uns selbstverständlich.",
         "intern", "remote", []),
        ("Développeur\n\n* Télétravail et/ou possibilité de travailler à la DINUM", None, "remote", []),
        ("Co-Founder\nlocation: Halle (Saale)\n\nText", None, None, ["Halle (Saale)"]),
        ("Instant Commerce | Full-time | REMOTE (HQ in Amsterdam, NL) | https://x.io<p>Text", None, "remote",
         []),
        ("Backend Engineer\n\n• Remote-Anteil: 95 %\n• Vor-Ort-Anteil: 5 % in Berlin", None, "remote",
         ["Berlin"]),
    ],
)  # fmt: skip
def test_a_position_als_a_location_free_job_a_river_after_a_city_and_a_headquarters_aside(
    text: str, seniority: str | None, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.seniority, result.remote, result.locations) == (seniority, remote, locations)


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Senior Back End Engineer (Django, 200GB+ PSQL DB)\n\nText", ["Django", "PostgreSQL"], []),
        ("QA\n\n## Requirements\n* Experience in tools such as JIRA, X-Ray etc", ["Jira"], []),
        ("QA\n\n## Requirements\n* Strong experience in OOP languages (C# preferable)\n* Python", ["Python"],
         ["C#"]),
        ("DS\n\n* Python and tools like Jupyter notebooks, standard ML libraries, Spark, etc",
         ["Python", "Jupyter Notebook", "Apache Spark"], []),
        ("Architect\n\n* Experience architecting data platforms and dataflow management.", [], []),
        ("Data Engineer\n\n* Les ETL : Talend, Spark, Airflow, Datafactory", ["Talend", "Apache Spark",
         "Apache Airflow", "Azure Data Factory"], []),
    ],
)  # fmt: skip
def test_a_quantity_a_one_letter_prefix_a_preferable_item_and_lowered_names(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "seniority", "remote", "locations"),
    [
        ("Dev\n### Acme\n#### `💰 65k-95k USD` `🌎 Anywhere in the World`\n\nText", None, "remote", []),
        ("Senior/Leading Software Engineer (f/m/d)\n\nText", "lead", None, []),
        ("Engineer\n\nWe are a leading software developer of tools.", None, None, []),
        ("Dev\n\nLeipzig / Homeoffice Option\n\nArbeitsort: Mobil", None, "hybrid", ["Leipzig"]),
        ("Acme | Frontend Engineer | Remote (North America Timezones Only) | Full-time<p>Text", None,
         "remote", []),
        ("Dev\n\nLocation: REMOTE (Europe-friendly time zones)\nType: Full-time", None, "remote", []),
    ],
)  # fmt: skip
def test_anywhere_in_the_world_a_leading_engineer_german_mode_words_and_time_zones_as_no_place(
    text: str, seniority: str | None, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.seniority, result.remote, result.locations) == (seniority, remote, locations)


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Dev\n\nSeminarstandort: deutschlandweit (Vor-Ort /Virtual Classroom/hybrid)", "hybrid",
         ["Deutschland"]),
        ("Dev\n\nEinsatzart: 80\n% Remote\n\nEinsatzort: Remote, nach Absprache vor Ort (2-3 Tage/Monat)",
         "remote", []),
        ("Datadog | Software Engineers | ONSITE (Boston, Paris) and (a bit of) REMOTE | Full-time<p>Text",
         "hybrid", ["Boston", "Paris"]),
    ],
)  # fmt: skip
def test_a_country_wide_place_office_days_a_month_and_a_bit_of_remote(
    text: str, remote: str, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        # A converter dropped the bullets: short lines after a lead-in's colon are its items.
        ("Dev\n\nDein Profil:\nSehr gute Kenntnisse in der Softwareentwicklung mit Java\nKenntnisse in den "
         "folgenden Bereichen sind von Vorteil:\nPublic APIs\nWeitere Sprachen, wie JavaScript oder Python\n"
         "Freude an Teamarbeit", ["Java"], ["JavaScript", "Python"]),
        ("Dev\n\n**Preferred Qualifications:**\n\n* 3 years of experience with Go\n\n**Special "
         "Requirements:** Must have prior work experience in each of the following:\n\n* Performant in C++",
         ["C++"], ["Go"]),
        ("Dev\n\n**Preferred Qualifications:**\n\n* Go\n\nTools: Jira", [], ["Go", "Jira"]),
    ],
)  # fmt: skip
def test_bare_items_after_a_lead_in_and_a_must_label_after_the_pluses(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Dev\n\n* Experience with Azure Resource Management (ARM) deployment templates", ["Azure"]),
        ("Dev\n\n* Expérience avec les modèles de déploiement d'Azure Resource Management (ARM)", ["Azure"]),
        ("Dev\n\n* Experience with Amazon Web Services (AWS)", ["AWS"]),
        ("Dev\n\n* Firmware on ARM (Cortex-M4)", ["ARM Cortex-M"]),
        # French words that are names elsewhere: "de vue", "« Vite une nouvelle version »"
        ("Produit\n\n* Gestion de l'incertitude tout en gardant l'objectif de vue.", []),
        ("Dev\n\n- La découverte : « Vite une nouvelle version pour tester une hypothèse ! »", []),
        ("Dev\n\nLes choix technologiques sont ElectronJs, ReactJs et Vue.", ["Electron", "React", "Vue.js"]),
    ],
)  # fmt: skip
def test_an_abbreviation_of_the_words_before_and_french_words_named_like_tools(
    text: str, required: list[str]
) -> None:
    assert parse_jd(text).required_skills == required


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        # Company names that are also towns: a board's company heading, an HN header's linked name.
        ("# [Staff Software Engineer](https://x.com/a)\n### Lime\n#### `💰 363000.0` `🌎 Canada`\n\nText",
         ["Canada"]),
        ("Otta (https://otta.com) | Full-Stack Software Engineer | London | Onsite | Full Time<p>Text",
         ["London"]),
        ("| 28 | [Etleap (YC W13) Is Hiring Software Engineer \u2013 London (etleap.com)](https://x.com) |",
         ["London"]),
        # "(SAP)" is the skill, though San Pedro Sula's airport code; "CAN" is still Canada
        ("# IT Transformation Project Manager (SAP) (m/w/d) - Köln - ANÜ\n\nText", ["Köln"]),
        ("Acme | Engineer | REMOTE [CAN/US]<p>Text", ["CAN", "US"]),
        # A location heading over a sentence: its first noun is no town
        ("Dev\n\n### #Workplace\n\nArbeiten bei Alter Solutions bedeutet fast unbegrenzte Möglichkeiten bei "
         "der Wahl des Arbeitsortes.", []),
    ],
)  # fmt: skip
def test_company_names_skill_codes_and_a_sentences_first_noun_are_no_places(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


def test_a_name_with_its_version_before_a_list_is_the_technology() -> None:
    text = "Dev\n\n- Front : Bootstrap 4, JavaScript, jQuery"
    assert parse_jd(text).required_skills == ["Bootstrap", "JavaScript", "jQuery"]


def test_companies_like_names_customers_not_tools() -> None:
    text = (
        "Dev\n\nSanity.io is a content platform so companies like **PUMA, Spotify, Figma, Riot Games** "
        "can create digital experiences.\n\n## Requirements\n- React"
    )
    assert parse_jd(text).required_skills == ["React"]


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Oda | Oslo/Berlin/Helsinki | Full time | ONSITE/WFH (we help relocate)<p>Text", "remote",
         ["Oslo", "Berlin", "Helsinki"]),
        ("Dev\n\nRemote/On-Site: Nähe Kaiserslautern, Hybrid", "hybrid", ["Kaiserslautern"]),
        ("Dev\n\n- Organisation flexible, télétravail à volonté, possibilité de travailler dans des locaux "
         "à Paris.", "remote", ["Paris"]),
        ("Dev\n\n- Le télétravail est possible, mais une présence ponctuelle à Paris est demandée.", "remote",
         ["Paris"]),
        ("Bangalore, India. Many Positions. Full time.<p>This is my third monthly post.", None,
         ["Bangalore, India"]),
    ],
)  # fmt: skip
def test_onsite_or_wfh_telework_at_will_and_a_first_sentence_place(
    text: str, remote: str | None, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


def test_ce_serait_genial_leads_a_list_of_pluses() -> None:
    text = (
        "Dev\n\n## Ton profil hard skills\n\nNous aimerions échanger avec toi si tu maîtrises bien :\n"
        "- Typescript\n\nEt ce serait génial si tu connaissais aussi :\n- Next.js\n- GraphQL"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (["TypeScript"], ["Next.js", "GraphQL"])


def test_a_team_stack_you_need_not_have_used_is_a_plus() -> None:
    text = (
        "Data Engineer\n\nSome of the technologies you would use include: Scala, Snowflake, DeltaLake. "
        "If you haven't used these technologies you will have the chance to learn.\n\n"
        "## Requirements\n- 5+ years with Airflow"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (
        ["Apache Airflow"],
        ["Scala", "Snowflake", "Delta Lake"],
    )


def test_a_lead_in_heading_under_preferred_qualifications_keeps_them_preferred() -> None:
    text = (
        "Data Engineer\n\n**_Minimum Qualifications_**\n\n  * Has 5+ years of experience with Python.\n\n"
        "**_Preferred Qualifications_**\n\nWe would love it if you:\n\n"
        "  * Hold experience with big data technologies such as Spark or Hadoop.\n"
        "  * Can demonstrate equivalent industry experience (4+ years)."
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills, result.min_years) == (
        ["Python"],
        ["Apache Spark", "Hadoop"],
        5,
    )


def test_en_savoir_plus_heads_no_list_of_pluses() -> None:
    text = "Dev\n\n## En savoir plus\n\n**Au quotidien, vous utiliserez :**\n\n- React"
    assert parse_jd(text).required_skills == ["React"]


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Consultant\n\nFull Time ONSITE - TS&#x2F;SCI with Polygraph Required - Annapolis Junction, MD<p>"
         "Experience with Python", ["Python"]),
        ("Dev\n\nRequirements: JS/TS, Node", ["JavaScript", "TypeScript", "Node.js"]),
        ("Sysadmin\n\nRequirements: Experience with scripting and automation tools; Strong knowledge of "
         "developing helpdesk and IT operations best practices; Linux", ["Linux"]),
    ],
)  # fmt: skip
def test_a_clearance_and_a_lower_case_helpdesk_are_no_tools(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("IT Manager\n\n### Qualifications\n\n  * Bachelor's degree and 8+ years of progressive "
         "experience in designing and deploying Data warehouse solutions\n"
         "  * 7+ years of experience managing diverse teams\n"
         "  * 1+ year of experience delivering data solutions on cloud platform (GCP or Azure)", 8),
        ("Director\n\n**What we are looking for:**\n\n  * Solid software engineering background, with "
         "15+ years of experience developing enterprise-scale web/cloud-based commercial software products.\n"
         "  * 8+ years of experience leading complex software development projects.", 15),
    ],
)  # fmt: skip
def test_the_careers_figure_is_not_replaced_by_a_part_or_a_projects_lead(text: str, years: int) -> None:
    assert parse_jd(text).min_years == years


@pytest.mark.parametrize(
    "line",
    [
        "- Télétravail avec 1 réunion en présentiel tous les mois ;",
        "- Télétravail et possibilité de rejoindre les locaux de l'Incubateur des Territoires",
    ],
)
def test_telework_with_a_monthly_meeting_or_an_office_to_join_is_remote(line: str) -> None:
    assert parse_jd(f"Designer\n\n## Conditions\n{line}\n- Paris").remote == "remote"


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("# Senior Analytics Engineer\n### dbt Labs\n#### `🌎 Philippines - Remote`\n\n**About the role:**\n"
         "You will work with dbt, SQL and Snowflake.", ["SQL", "Snowflake"]),
        ("Elastic, the company behind Elasticsearch, is hiring for a lot of positions.<p>We use Java and "
         "Elasticsearch.", ["Java"]),
        ("Senior Software Engineer\n\nAt Weights & Biases, our mission is to build the best tools for AI "
         "developers.\n\n## Requirements\n- Python and Weights & Biases", ["Python"]),
    ],
)  # fmt: skip
def test_the_employers_own_product_from_a_board_heading_behind_or_at(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


def test_working_hours_in_a_location_field_are_no_places() -> None:
    text = (
        "# Lead Backend Engineer\n### None\n#### `🌎 South Africa`\n\n"
        "**Location: Fully-Remote (Work from Home), 9 AM - 5 PM EST**\n\n- Python"
    )
    result = parse_jd(text)
    assert (result.remote, result.locations) == ("remote", ["South Africa"])


def test_points_supplementaires_head_the_pluses() -> None:
    text = (
        "Dev Ruby\n\n## Profil\n- Vous êtes à l'aise avec PostgreSQL\n\n"
        "## Vous marquerez des points supplémentaires si\n\n- Vous avez une expérience avec Sidekiq / Redis"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (["Ruby", "PostgreSQL"], ["Sidekiq", "Redis"])


def test_a_time_zone_field_in_a_header_names_no_place() -> None:
    text = "Roadie (roadie.io) | Backend engineer | Full-time | Remote in EU timezones<p>We use Python."
    result = parse_jd(text)
    assert (result.remote, result.locations) == ("remote", [])


@pytest.mark.parametrize(
    ("text", "remote", "locations"),
    [
        ("Projektleiter\n\nRahmendaten\n\nEinsatzort: Hamburg / remote (4 Tage remote)\nEinsatzart: Vollzeit",
         "hybrid", ["Hamburg"]),
        ("Dev\n\n## Les modalités\n\nTélétravail par défaut - 2 déplacements par mois à prévoir pour réunion "
         "d'équipe.", "remote", []),
    ],
)  # fmt: skip
def test_four_days_remote_is_hybrid_and_telework_by_default_remote(
    text: str, remote: str, locations: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == (remote, locations)


def test_a_stack_you_need_not_know_yet_and_a_remote_place_in_a_title() -> None:
    text = (
        "# [Senior Software Engineer (C++ Angular) (USA & UK Remote)](https://x.example/apply)\n"
        "### Turnitin, LLC\n#### `🌎 Remote,Atlanta, GA`\n\n"
        "We build software in Go and Python (but it's not important that you already know these languages)."
        "\n\n## Requirements\n- C++"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (["C++", "Angular"], ["Go", "Python"])


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Dev\n\n## Requirements\n  * You are comfortable working with JavaScript and CSS, and have either "
         "strong experience in React (preferred) or another similar framework like Vue.",
         ["JavaScript", "CSS", "Vue.js"], ["React"]),
        ("Dev\n\n## Requirements\n  * Go\n  * (Preferred) Experience in Ruby on Rails", ["Go"],
         ["Ruby on Rails"]),
        ("Dev\n\n## Requirements\n  * PHP and JS (also a plus!)", [], ["PHP", "JavaScript"]),
    ],
)  # fmt: skip
def test_a_bracketed_cue_mid_clause_marks_the_name_before_it(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    "text",
    [
        "| 12 | [GiveCampus (profitable YC S15) hiring US-remote senior software engineers (lever.co)]"
        "(https://jobs.lever.co/givecampus/44) | 5/25/2022 12:00 PM |",
        "Acme | Backend Engineer | US-Remote",
    ],
)
def test_a_place_joined_to_remote_is_remote_there(text: str) -> None:
    result = parse_jd(text)
    assert (result.remote, result.locations) == ("remote", ["US"])


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Frontend Developer\n\nOur team includes veterans from Oracle, Palantir, Apple and Microsoft. We're "
         "building the AI-first ERP to replace decades-old giants like SAP and Oracle.\n\n## Requirements\n"
         "- React", ["React"]),
        ("| 1 | [QuestDB (YC S20) Is Hiring a Cloud Engineer (K8s, Argocd, Terraform)) (questdb.io)]"
         "(https://questdb.io/careers/) | 4/18/2022 12:00 PM |", ["Kubernetes", "Argo CD", "Terraform"]),
    ],
)  # fmt: skip
def test_veterans_competitors_and_an_accelerator_batch_are_no_skills(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


def test_a_heading_of_required_and_preferred_opens_the_asks() -> None:
    text = (
        "Cloud Identity Engineer\n\n### Skills and Qualifications Required and Preferred:\n\n"
        "* At least 5 years of experience in PowerShell\n* **Skills and Qualifications Preferred:**\n"
        "* 2+ years of Terraform"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills, result.min_years) == (
        ["PowerShell"],
        ["Terraform"],
        5,
    )


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Senior Engineer\n\n**What You Bring:**\n\n  * 5+ YoE working with a JVM based language", 5),
        ("Comulate | Senior Engineer (3+ YoE) | ONSITE in San Francisco, CA<p>We build software.", 3),
    ],
)
def test_yoe_counts_years_of_experience(text: str, years: int) -> None:
    assert parse_jd(text).min_years == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Dev\n\n- Plus de sept (7) ans d'expérience professionnelle en développement", 7),
        ("Berater\n\nAnforderung: AIX ++++ (excellent), > 4 yrs. Oracle ++++ (excellent)", 4),
        # a job board's screening items, required or preferred
        ("Entwickler\n\nBerufserfahrung:\n* Java: 2 Jahre (Erforderlich)", 2),
        ("Tester\n\n<p>Experience:</p><ul><li>SQL: 1 year (Preferred)</li></ul>", 1),
    ],
)
def test_a_figure_in_words_and_digits_a_greater_than_and_a_screening_item(text: str, years: int) -> None:
    assert parse_jd(text).min_years == years


@pytest.mark.parametrize(
    "row",
    [
        "? Start: Juli 2026 ? Dauer: 18 Monate ? Ort: Ulm / hybrid ? Projekt-ID: 13311",
        "Start: Juli 2026 · Dauer: 18 Monate · Ort: Ulm / hybrid · Projekt-ID: 13311",
    ],
)
def test_a_location_field_in_a_row_of_fields(row: str) -> None:
    result = parse_jd(f"Cyber Security Risk Expert\n\n## Beschreibung\n{row}\n\nAufgaben: Audits")
    assert (result.remote, result.locations) == ("hybrid", ["Ulm"])


@pytest.mark.parametrize(
    ("text", "seniority"),
    [
        ("Technical Product Manager\n\nYou will own the roadmap.", None),
        ("Responsable de produit numérique\n\nVous piloterez la feuille de route.", None),
        ("Senior Product Manager\n\nYou will own the roadmap.", "senior"),
        ("Engineering Manager\n\nYou will lead a team of six.", "manager"),
    ],
)
def test_product_manager_is_a_job_family_not_a_level(text: str, seniority: str | None) -> None:
    assert parse_jd(text).seniority == seniority


@pytest.mark.parametrize(
    "line",
    [
        "- Vous êtes assez à l'aise pour travailler à distance (organisation, communication)",
        "* **Organisation de travail** : télétravail flexible selon les contraintes techniques retenues",
        "* Organisation flexible, télétravail OK, possibilité de travailler dans des locaux à Paris",
        "-   Télétravail avec possibilité de déplacements occasionnels",
    ],
)
def test_french_remote_at_ease_flexible_or_ok_with_an_office(line: str) -> None:
    assert parse_jd(f"Développeur\n\n## Conditions\n{line}").remote == "remote"


@pytest.mark.parametrize(
    "line",
    [
        "Remote-hybrid work from our awesome Boston or Denver offices OR your home OR a mixture of both.",
        "Gestalte die Zukunft \u2013 deutschlandweit im Homeoffice oder in unserem Office in Greifswald!",
    ],
)
def test_an_office_or_your_home_is_either_so_remote(line: str) -> None:
    assert parse_jd(f"Developer\n\n{line}\n\n## Requirements\n- Python").remote == "remote"


def test_a_header_companys_initials_and_team_product_are_its_own() -> None:
    text = (
        "Amazon Web Services (AWS) - AppSync | Software Development Engineer | ONSITE | Seattle, WA"
        "<p>AWS AppSync makes it easy to build apps. We use Java and AWS."
    )
    assert parse_jd(text).required_skills == ["Java"]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Apprenti(e) Développeur Web H/F/N\n\nTexte", "seniority", "intern"),
        ("Admin\n\n## Aufgaben\n- Bearbeitung von Incidents sowie Service Requests in Python",
         "required_skills", ["Python"]),
        ("Architekt\n\nEinsatzort: Köln (mind. 30% vor Ort) mit hohem Remote-Anteil\n\nDeine Mission",
         "locations", ["Köln"]),
        ("Architekt\n\nEinsatzort: Köln (mind. 30% vor Ort) mit hohem Remote-Anteil\n\nDeine Mission",
         "remote", "hybrid"),
        ("Architect\n\nLocation: Bern / WorkSmart (50% onsite / 50% remote)", "remote", "hybrid"),
    ],
)  # fmt: skip
def test_apprenti_service_requests_and_a_share_of_office_days(text: str, field: str, value: object) -> None:
    assert getattr(parse_jd(text), field) == value


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("IT Support\n\n## Profil\n- Kenntnisse in Windows OS, Mac OS und VPN", ["Windows", "macOS"]),
        ("DevOps\n\n- Use your desktop platform of choice: Linux, Mac OS X, Windows\n\nWhat you will need:\n"
         "- Ansible", ["Ansible"]),
    ],
)  # fmt: skip
def test_operating_systems_by_their_spelled_names_but_not_as_a_perk(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Dev\n\n## Compétences\n\n- Une connaissance solide de plusieurs frameworks modernes (idéalement "
         "Laravel, mais aussi JS/TS/Node, Django, Rails)",
         ["JavaScript", "TypeScript", "Node.js", "Django", "Ruby on Rails"], ["Laravel"]),
        ("Dev\n\nRequirements: TCP/IP, PL/SQL and CI/CD", ["TCP/IP", "SQL"], []),
        ("| 1 | [Open Source Database QuestDB Is Hiring a Cloud Engineer (K8s, AWS, Argocd) (questdb.io)]"
         "(https://questdb.io/careers/) | 7/13/2022 09:01 PM |", ["Kubernetes", "AWS", "Argo CD"], []),
    ],
)  # fmt: skip
def test_a_slash_lists_names_but_also_ends_a_plus_and_the_employers_site(
    text: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("# [SRE](https://x.example/apply)\n### Arista Networks\n#### `🌎 Remote,Poland-Remote, Poland`\n\n"
         "### Company", "locations", ["Poland"]),
        ("Build Engineer\n\n## Requirements\n- Makefiles and GNU Make, Bazel", "required_skills",
         ["Make", "Bazel"]),
    ],
)  # fmt: skip
def test_a_place_joined_to_a_work_mode_and_makefiles_are_make(text: str, field: str, value: object) -> None:
    assert getattr(parse_jd(text), field) == value


def test_nice_to_haves_in_the_plural_is_a_plus() -> None:
    result = parse_jd("Engineer\n\n## Requirements\n  * Python and Rust. Kotlin and Swift are nice to haves.")
    assert (result.required_skills, result.preferred_skills) == (["Python", "Rust"], ["Kotlin", "Swift"])


def test_an_agencys_area_code_before_the_city_is_no_part_of_it() -> None:
    text = "IT Analyst\n\n? Start: Juli 2026 ? Dauer: 18 Monate ? Ort: D5 Köln / hybrid ? Projekt-ID: 13311"
    assert parse_jd(text).locations == ["Köln"]


def test_a_header_field_of_wfh_remote_or_a_city_is_remote() -> None:
    text = (
        "Abine - the online privacy company | WFH REMOTE or BOSTON, MA | Full Time | Full Stack Developers"
        "<p>We are a profitable small distributed company."
    )
    assert parse_jd(text).remote == "remote"


def test_no_remotes_in_the_plural_is_onsite() -> None:
    text = "Tanda\n\nBrisbane, Australia (sorry, no remotes)\n\nLooking for Software Engineers."
    assert parse_jd(text).remote == "onsite"


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Dev\n\nAprès l'avoir mise dans les mains des assistants de régulation médicale (ARM), il s'agira "
         "d'adapter la solution. Compétences : Python", ["Python"]),
        ("Dev\n\n- Azure Resource Management (ARM) templates and Python", ["Azure", "Python"]),
    ],
)  # fmt: skip
def test_an_abbreviation_after_the_words_it_spells_skips_small_words(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


def test_schoen_zu_haben_heads_pluses() -> None:
    text = (
        "Frontend Entwickler\n\n#### Kompetenzen\n- Erfahrung mit Javascript\n\n**Schön zu haben**\n\n"
        "- Fundierte Erfahrung mit Frameworks wie Vue.js und React"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (["JavaScript"], ["Vue.js", "React"])


def test_a_tool_category_and_a_dash_lead_a_list_of_brands() -> None:
    text = "Front-End Hacker\n\n### Requirements:\n\n* HTML5\n* static site generators - Jekyll"
    assert parse_jd(text).required_skills == ["HTML", "Jekyll"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("### Senior Frontend Entwickler (m / w)\n\nText.", "Senior Frontend Entwickler"),
        ("# Développeur web full stack H/F\n\nTexte.", "Développeur web full stack"),
        ("# Werkstudent (m/w/x) im Bereich Data Science\n\nText.", "Werkstudent im Bereich Data Science"),
        ("# Backend Entwickler*in\n\nText.", "Backend Entwickler*in"),  # the word itself is kept
    ],
)  # fmt: skip
def test_a_titles_gender_marker_is_dropped(text: str, title: str) -> None:
    assert parse_jd(text).title == title


def test_no_prior_experience_in_any_of_these_required_waives_the_stack() -> None:
    text = (
        "Founding Engineer\n\nPosition: Founding Engineer<p>Stack: Typescript, PostgreSQL, Redis "
        "(no prior experience in any of these required!)"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == ([], ["TypeScript", "PostgreSQL", "Redis"])


def test_a_cue_after_its_name_in_brackets_prefers_only_that_name() -> None:
    text = "SRE\n\n### You are:\n* Experience with IaC tools (Pulumi preferred, Terraform also acceptable)"
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (["Terraform"], ["Pulumi"])


def test_a_company_that_describes_itself_in_five_words_is_the_employer() -> None:
    text = (
        "SRE\n\nSupabase is an Open Source and fully remote company building developer tools.\n\n"
        "### You will:\n* Help build and maintain the Supabase Cloud offering with Go."
    )
    assert parse_jd(text).required_skills == ["Go"]


def test_what_is_hiring_in_a_title_line_is_the_company_not_a_place() -> None:
    text = "| 11 | Ciro (YC S22) is hiring founding engineers to build an SMB search engine | 10/14/2022 |"
    assert parse_jd(text).locations == []


def test_a_list_in_capitals_carries_no_unknown_name() -> None:
    text = "---\nroles: UNE DÉVELOPPEUSE OU UN DÉVELOPPEUR FULLSTACK PYTHON + REACT\nopen: false\n---\nTexte."
    assert parse_jd(text).required_skills == ["Python", "React"]


def test_remote_the_rest_of_the_time_after_a_weekly_meeting_is_hybrid() -> None:
    text = (
        "Dev\n\nL'équipe est basée à Paris et se réunit une fois par semaine. Le travail est effectué "
        "à distance le reste du temps."
    )
    assert parse_jd(text).remote == "hybrid"


def test_years_and_more_in_french_is_no_plus() -> None:
    text = (
        "Data Engineer\n\n### Qualifications\n\nNous sommes à la recherche d'un Data Engineer avec 7 ans "
        "d'expérience et plus\n\n- Python\n- Git"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills, result.min_years) == (["Python", "Git"], [], 7)


def test_a_header_field_of_a_city_or_a_countrys_remote_names_both() -> None:
    text = "# Software Engineer III\n### Vimeo\n#### `🌎 New York, NY OR US-Remote`\n\nText."
    assert parse_jd(text).locations == ["New York, NY", "US"]


def test_a_one_word_section_heading_with_an_office_icon_is_no_place() -> None:
    text = "Dev\n\n🏢 L'ENTREPRISE\n-------------\nTechInnovate est une scale-up.\n\n📍 Paris, France"
    assert parse_jd(text).locations == ["Paris, France"]


def test_how_much_of_a_work_mode_is_no_place() -> None:
    text = "Consultant\n\nStandort: Überwiegend Remote sowie Essen oder München\n\nText."
    assert parse_jd(text).locations == ["Essen", "München"]


def test_a_plain_line_with_a_years_figure_is_no_heading() -> None:
    text = "Dev\n\n## Beschreibung\n2nd Level Support: Hardware-Rollout\nMinimum 5 Jahre Erfahrung\nDeutsch"
    assert parse_jd(text).min_years == 5


@pytest.mark.parametrize(
    "text",
    [
        "Dev\n\n#### Kompetenzen\n- Mindestens 4 Jahre Erfahrung als Frontend-Softwareentwickler\n"
        "- Mehr als 2 Jahre Erfahrung in Wordpress",
        "Dev\n\n## Profil\n- 4 ans d'expérience en tant que développeur\n- 2 ans d'expérience sur Symfony",
        "Dev\n\n## Requisitos\n- 4 años de experiencia como desarrollador\n- 2 años de experiencia con Vue",
    ],
)
def test_experience_as_the_role_is_the_career_in_three_languages(text: str) -> None:
    assert parse_jd(text).min_years == 4


def test_as_a_senior_cloud_engineer_states_the_level() -> None:
    text = "Cloud Engineer\n\nOverview: Join our team. As a Senior Cloud Engineer, you will build it."
    assert parse_jd(text).seniority == "senior"


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: DevOps Engineer\nremote: False\n---\n## Benefits\n- Hybrides Homeofficemodell",
        "Frontend-Architekt\n\n- Einsatzort: Remote (ca. 80%) / Hamburg (ca. 20%)\n- Remoteanteil: 80%",
    ],
)
def test_a_share_of_remote_work_or_a_home_office_model_is_hybrid(text: str) -> None:
    assert parse_jd(text).remote == "hybrid"


def test_two_bold_lines_apart_stay_two_headings() -> None:
    text = "## Description\n\n **All roles are Remote.**\n\n  \n\n **About JumpCloud**\n\nJumpCloud delivers."
    lines = [line for line in normalise(text).split("\n") if line]
    assert lines == [
        "## Description",
        "### All roles are Remote.",
        "### About JumpCloud",
        "JumpCloud delivers.",
    ]


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Engineer\n\n**You**\n\n  * Have 5+ years building systems with Python/Go", ["Python", "Go"]),
        ("Engineer\n\n* With JumpCloud, IT teams manage Linux and Android devices", ["Linux", "Android"]),
    ],
)  # fmt: skip
def test_a_sentences_opening_words_are_no_unknown_name(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


def test_havent_used_those_technologies_no_worries_waives_the_stack() -> None:
    text = (
        "Engineer\n\nWe're using technologies like GoLang, Docker and Redis.\n\n"
        "Haven\u2019t used those technologies? No worries: good engineering is not technology specific."
    )
    assert parse_jd(text).preferred_skills == ["Go", "Docker", "Redis"]


@pytest.mark.parametrize(
    "text",
    [
        "Engineer\n\n## You are:\n  * Have 7+ years of experience writing professional production code\n"
        "  * 3+ years of experience in writing professional code, using Ruby-on-Rails\n"
        "  * 2+ years of experience in building rich web UIs with React",
        "Engineer\n\n### Needs:\n* In addition to 7+ years in an engineering position creating tools\n"
        "* Fluent in C# and .NET\n* 2+ years with SQL Server",
    ],
)
def test_years_writing_code_or_in_an_engineering_position_are_the_career(text: str) -> None:
    assert parse_jd(text).min_years == 7


def test_the_career_in_the_role_comes_before_a_looser_career_figure() -> None:
    text = (
        "Staff Data Engineer\n\nWhat We'll Love About You:\n\n8+ years as a Data Engineer working on the "
        "modern data stack\n5+ years of experience writing production grade code"
    )
    assert parse_jd(text).min_years == 8


def test_we_would_also_love_if_you_had_heads_pluses() -> None:
    text = "Dev\n\nWe'd also love if you had any of:\n- Experience with NodeJS, or web frameworks like Django"
    assert parse_jd(text).preferred_skills == ["Node.js", "Django"]


def test_also_looking_for_names_other_roles_not_this_ones_level() -> None:
    text = "Front End Engineer\n\nEmail me. We are also looking for Junior Frontend/Backend Engineers."
    assert parse_jd(text).seniority is None


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\nNous travaillons tous au même endroit et ne travaillons pas beaucoup à distance.", "onsite"),
        ("Chef de produit\n\n- Télétravail possible, avec une présence très fréquente à Paris pour les démos",
         "hybrid"),
    ],
)  # fmt: skip
def test_french_little_remote_work_and_frequent_presence(text: str, remote: str) -> None:
    assert parse_jd(text).remote == remote


def test_the_country_after_a_city_and_its_state_is_no_place_of_its_own() -> None:
    text = "NASA ADS | Two Back-End Engineers | Cambridge, MA (US) | Hybrid schedule | Full-time"
    assert parse_jd(text).locations == ["Cambridge, MA"]


def test_years_of_experience_in_business_analysis_are_the_candidates() -> None:
    text = (
        "Analyst\n\nAnforderungen:\n• Über 7 Jahre Erfahrung in Business Analyse und Requirements Engineering"
    )
    assert parse_jd(text).min_years == 7


def test_vous_netes_pas_oblige_de_tout_connaitre_waives_the_stack() -> None:
    text = (
        "Ops\n\n## Stack\n\n- **Technos :** Rails, PostgreSQL (vous n\u2019êtes pas obligé·e de tout "
        "connaitre).\n"
        "- **Outils :** Ansible, GitHub"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (
        ["Ansible", "GitHub"],
        ["Ruby on Rails", "PostgreSQL"],
    )


def test_a_linked_company_name_before_the_city_is_no_part_of_the_place() -> None:
    text = 'Getaround (<a href="http://getaround.com">getaround.com</a>), San Francisco, CA, Onsite<p>Hi.'
    assert parse_jd(text).locations == ["San Francisco, CA"]


def test_a_town_with_its_states_code_is_no_framework() -> None:
    text = "Drawbackwards | Remote-First (Phoenix, AZ) | UI Developer (React) | Contractor<p>We use React."
    result = parse_jd(text)
    assert (result.required_skills, result.locations) == (["React"], ["Phoenix, AZ"])
    framework = parse_jd("Dev\n\nWe build with Elixir and Phoenix, Ecto.").required_skills
    assert framework == ["Elixir", "Phoenix", "Ecto"]


@pytest.mark.parametrize(
    "text",
    [
        "Ravelin | Software Engineer | London, UK | onsite, full time, interns<p>We use ML.",
        "Fasulye | Software Developer | Full time / Interns | Onsite or Remote | Istanbul<p>Hello.",
        "Stryd | Boulder, CO | Full-time or Intern | Software Developer<p>Stryd is a team.",
    ],
)
def test_the_kinds_of_hire_in_a_header_are_no_part_of_the_title_or_level(text: str) -> None:
    result = parse_jd(text)
    assert (result.title, result.seniority) in (("Software Engineer", None), ("Software Developer", None))


def test_de_preference_marks_a_plus() -> None:
    text = "Dev\n\n## Profil\n  * Une expérience sur PHP et d'autres langages (Node ou Python de préférence)"
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (["PHP"], ["Node.js", "Python"])


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Projektleiter\n\n- Einsatzort: Raum Düsseldorf und in Absprache Remote", ["Düsseldorf"]),
        ("SAP-Teamleitung\n\n? Einsatzort: Hauptstandort Herne\n? Start: ASAP", ["Herne"]),
        ("Lead\n\nKey Facts\nStart: 15.02.2026\nEinsatzort:\nEinsatzland: Sonstiges\n\nYour tasks", []),
    ],
)
def test_an_arrangement_a_main_site_or_the_next_field_is_no_place(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


def test_a_list_lead_glued_to_the_first_name_is_parted_from_it() -> None:
    text = (
        "Software Architekt\n\n## Aufgaben\n\n- Einsatz moderner Tools und Frameworks wieSpring Boot,JPA.\n"
        "- CI/CD-Pipelines mit Tools wieGitLab und Erfahrung mitKafka."
    )
    assert parse_jd(text).required_skills == ["Spring Boot", "JPA", "GitLab", "Apache Kafka"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Engineer\n\n### Your skills:\n* Java.\n* 4+ years of software development experience.\n"
         "* 3+ years of commercial experience in cloud development, preferably Azure.", 4),
        ("Engineer\n\n**What you bring:**\n  * A minimum of 8 years of software development experience "
         "with a Bachelor's degree; or 6 years and a Master's degree\n  * 2+ years with AWS", 6),
    ],
)  # fmt: skip
def test_software_development_experience_and_a_degrees_alternative(text: str, years: int) -> None:
    assert parse_jd(text).min_years == years


def test_we_would_particularly_love_it_if_you_have_heads_pluses() -> None:
    text = "Engineer\n\n### We'd particularly love it if you have:\n\n* Experience with Python and C#."
    assert parse_jd(text).preferred_skills == ["Python", "C#"]


def test_teletravail_bienvenu_is_remote() -> None:
    text = "Dev\n\n## Modalités\n\n- Télétravail bienvenu, avec une présence de temps en temps à Paris."
    assert parse_jd(text).remote == "remote"


def test_a_remote_project_in_german_is_remote() -> None:
    text = "Dev\n\n## Beschreibung\nFür unseren Kunden suche ich einen Data Architect für ein remote Projekt."
    assert parse_jd(text).remote == "remote"


def test_a_french_day_rate_after_teletravail_is_no_place() -> None:
    text = "Dev\n\n**Condition** Mission 3 jours par semaine Télétravail TJM à définir selon profil."
    assert parse_jd(text).locations == []


@pytest.mark.parametrize(
    "text",
    [
        "---\nroles: Développeuse / développeur React + Typescript\n---\n## Présentation\n\nTexte.",
        "Dev\n\nWir suchen Entwicklerin / Entwickler für Kotlin, Java und Spring.",
    ],
)  # fmt: skip
def test_the_feminine_of_a_role_noun_is_no_skill(text: str) -> None:
    assert not {"Développeuse", "Entwicklerin"} & {*parse_jd(text).required_skills}


def test_les_petits_plus_heads_pluses() -> None:
    text = "Dev\n\nLes petits + :\n- Experience avec la construction d'API Node\n- Participation"
    assert parse_jd(text).preferred_skills == ["Node.js"]


@pytest.mark.parametrize(
    ("text", "title", "seniority"),
    [
        ("Nexvia | hybrid | Luxembourg | Software engineer, senior, also looking for an intern<p>We build.",
         "Software engineer, senior", "senior"),
        ("Tester gesucht mit kostenloser Einarbeitungszeit\n\nWir testen Software.", "Tester", None),
        ("ERP-Projektmanager NAV/BC gesucht - Raum Chiemsee\n\nText.", "ERP-Projektmanager NAV/BC", None),
    ],
)  # fmt: skip
def test_a_title_ends_before_also_looking_for_and_gesucht(text: str, title: str, seniority: object) -> None:
    got = parse_jd(text)
    assert (got.title, got.seniority) == (title, seniority)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("# Développeuse ou un développeur web full-stack", "Développeuse ou développeur web full-stack"),
        ("# INGÉNIEUR OU UNE INGÉNIEURE DE DONNÉES (DATA ENGINEER) 🐍",
         "INGÉNIEUR OU INGÉNIEURE DE DONNÉES (DATA ENGINEER)"),
        ("# DESIGNEUSE OU DESIGNEUR UI - 3 jours par semaine ✨", "DESIGNEUSE OU DESIGNEUR UI"),
        ("# Recrute un ou une data analyst", "Recrute un ou une data analyst"),
    ],
)  # fmt: skip
def test_a_french_pair_loses_its_second_article_and_a_title_its_icon_and_days(line: str, title: str) -> None:
    assert parse_jd(line + "\n\nNous construisons des services publics.").title == title


def test_onsite_when_needed_beside_remote_is_no_onsite_role() -> None:
    text = "Dev\n\nStart: asap\n\nEinsatzort: Remote + ggf. Onsite nach Bedarf\n\nAuslastung: Vollzeit"
    assert parse_jd(text).remote == "remote"


@pytest.mark.parametrize(
    "text",
    [
        "Dev\n\nDesirable skills\n\n  * Kafka, Redis",
        "Dev\n\n**Examples of desirable skills:**\n\n  * Experience managing partners:\n"
        "    * Developing relationships\n  * Experience with any of:\n    * Networking: Kafka, Redis",
        "Dev\n\nRequirements\n  * Previous work with Kafka and knowing Redis are significant pluses.",
    ],
)  # fmt: skip
def test_desirable_skills_alone_and_significant_pluses_are_pluses(text: str) -> None:
    got = parse_jd(text)
    assert (got.required_skills, got.preferred_skills) == ([], ["Apache Kafka", "Redis"])


def test_self_service_is_not_the_self_language() -> None:
    text = "Dev\n\n## Aufgaben\n- Entwicklung von Self-Service-Prozessen und Customer Self Service in Python"
    assert parse_jd(text).required_skills == ["Python"]


def test_a_remote_share_left_to_agreement_says_no_mode() -> None:
    text = "Dev\n\n**Sprache:**Deutsch\n\n**Remote-Anteil:**Nach Absprache\n\n**Auslastung:**4-5 Tage"
    assert parse_jd(text).remote is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Full-stack engineer to help us teach kids to code", "Full-stack engineer"),
        ("Senior Web Dev to Build a Better Tool for Thought", "Senior Web Dev"),
        ("Data Engineers who want to help simplify healthcare", "Data Engineer"),
        ("Product Lead to digitize $655B parking industry", "Product Lead"),
    ],
)  # fmt: skip
def test_a_title_ends_before_the_mission_it_is_hired_for(line: str, title: str) -> None:
    assert parse_jd(f"{line}\n\nWe build things.").title == title


@pytest.mark.parametrize(
    ("text", "title", "required"),
    [
        ("# Chef/cheffe de produit intrapreneur\n\nLe/la chef /Cheffe de produit pilote l'équipe.",
         "Chef/cheffe de produit intrapreneur", []),
        ("# Java Developers with SQL (Urgent required)\n\nRequirements:\n  * Minimum 5+ years of Java 8.",
         "Java Developers with SQL", ["Java", "SQL"]),
        ("# Une ou un dev front pour aider les jeunes\n\nTexte.", "Dev front", []),
        ("Product engineer in EU time zones\n\nWe build.", "Product engineer", []),
    ],
)  # fmt: skip
def test_french_pairs_missions_and_urgency_leave_the_title(text: str, title: str, required: object) -> None:
    got = parse_jd(text)
    assert (got.title, got.required_skills) == (title, required)


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\n### Modalités de travail\n* Télétravail\n* Contrat de travail : Freelance", "remote"),
        ("Dev\n\n## Avantages\n### • Horaires flexibles\n### • Télétravail\n• Mutuelle", None),
    ],
)  # fmt: skip
def test_a_bare_teletravail_item_is_remote_in_conditions_not_in_perks(text: str, remote: object) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Dev\n\nUn front-end en **Angular** (v13) et un backend **NestJS** (v9) sur **PostgreSQL** (v11).",
         ["Angular", "NestJS", "PostgreSQL"]),
        ("Lead Node.js Engineer - Edge Functions\n\nBuild Edge Functions in Node.js.", ["Node.js"]),
    ],
)  # fmt: skip
def test_a_version_and_edge_functions_are_no_skills(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


def test_languages_can_be_learned_waives_the_stack_before_it_and_customers_are_no_skills() -> None:
    text = (
        "Dev\n\n### About the team\nConnect enables platforms and marketplaces like Shopify and DoorDash to "
        "take payments.\n\n### Minimum requirements\n  * Write high quality code. We work mostly in Ruby, "
        "with some Scala and Go. However, languages can be learned: we care about engineering skill."
    )
    got = parse_jd(text)
    assert (got.required_skills, got.preferred_skills) == ([], ["Ruby", "Scala", "Go"])


def test_tech_preference_is_not_important_waives_the_stack() -> None:
    text = (
        "Acme | Software Developers | Remote\n\nWe are hiring. Tech preference isn't important for the "
        "role, but our projects commonly utilize Python/NodeJS on the backend, React on the frontend."
    )
    got = parse_jd(text)
    assert (got.required_skills, got.preferred_skills) == ([], ["Python", "Node.js", "React"])


@pytest.mark.parametrize(
    "text",
    [
        "Dev\n\nWünschenswerte Anforderungen:\n- Ansible\n- Jira",
        "Dev\n\nAufgaben:- Skripte\nWünschenswerte Anforderungen:- Ansible/AWX,- JIRA",
        "Dev\n\nOptionale Kenntnisse:\n- Ansible\n- Jira",
    ],
)  # fmt: skip
def test_a_declined_german_plus_heading_heads_pluses(text: str) -> None:
    got = parse_jd(text)
    assert (got.required_skills, got.preferred_skills) == ([], ["Ansible", "Jira"])


def test_fields_glued_after_a_bracket_or_a_date_are_split() -> None:
    text = (
        "Dev\n\nProjektstandort: Nürnberg (10% on-site/ 90% remote)Dauer: 01.10.2025 - 31.03.2026Volumen: "
        "1598 Projektstunden"
    )
    assert parse_jd(text).locations == ["Nürnberg"]
    assert normalise("a (remote)Dauer: 1.10.2025Volumen: 5") == "a (remote)\nDauer: 1.10.2025\nVolumen: 5"


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        # home-office equipment among the benefits, beside a remote role: no hybrid
        ("Dev\n\nRemote-Kultur: du kannst von überall in Deutschland arbeiten.\n\n## Benefits\n- Hardware "
         "für dein Homeoffice Setup", "remote"),
        ("Acme | Dev | Remote\n\nDu baust APIs.\n\n## Benefits\n- Homeoffice-Zuschuss", "remote"),
        ("Dev\n\nHomeoffice möglich.", "hybrid"),
        # the kind of role, and the customers' workplaces: no mode
        ("SDET\n\nThey play a hybrid role that bridges the gap between developers and testers.", None),
        ("Dev\n\nOrganizations must reskill employees for remote and hybrid work environments.", None),
        ("Dev\n\nThis is a hybrid role with 2-3 days per week in the office.", "hybrid"),
    ],
)  # fmt: skip
def test_home_office_equipment_and_a_mixed_role_state_no_hybrid_mode(text: str, remote: object) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    "text",
    ["Dev\n\n- Télétravail à temps complet", "Dev\n\nTravail à distance à temps plein"],
)  # fmt: skip
def test_full_time_teletravail_is_remote(text: str) -> None:
    assert parse_jd(text).remote == "remote"


def test_more_offices_in_a_location_field_are_the_companys() -> None:
    text = (
        "Coupa | Software Engineers | San Mateo, CA | coupa.com\n\nLocation: * HQ in San Mateo, CA near 101 "
        "and 92. * More offices in Reno, Ohio, Pune India, and elsewhere"
    )
    assert parse_jd(text).locations == ["San Mateo, CA"]


def test_a_place_and_mode_line_under_the_company_story_is_a_location_field() -> None:
    text = (
        "Samsara\nWho We Are\nSamsara, founded in 2015, leads Industrial IoT.\nSan Francisco (Onsite)\n"
        "Security Engineer\nSoftware Engineer, Backend Infrastructure"
    )
    got = parse_jd(text)
    assert (got.remote, got.locations) == ("onsite", ["San Francisco"])
    # a board's heading keeps its own reading (the board's header, not a field)
    assert _mode_place("#### \U0001f30e Spain (Remote)") is None
    assert _mode_place("Our values (remote)") is None


@pytest.mark.parametrize(
    ("text", "seniority"),
    [
        ("Senior Customer Delivery Manager\n\nYou run rollouts.", "senior"),
        ("Schnittstellenentwickler Service Management (m/w/d)\n\nDu baust Schnittstellen.", None),
        ("Identity & Access Management Engineer\n\nYou run Okta.", None),
        ("Engineering Manager\n\nYou lead a team.", "manager"),
    ],
)  # fmt: skip
def test_a_management_domain_is_no_manager_level(text: str, seniority: object) -> None:
    assert parse_jd(text).seniority == seniority


def test_a_workplace_sentence_names_no_place_and_an_ampersand_is_no_part_of_one() -> None:
    text = (
        "Senior Python Engineer\n\nWorkplace:\n\nBerlin & Hybrid: HQ office in Berlin, where the team often "
        "meets.\n\nRemote: We are a remote-first company with teams located around the Globe.\n\nYou have:\n"
        "- Python experience"
    )
    assert parse_jd(text).locations == ["Berlin"]


def test_a_headers_on_site_beats_a_perks_possibility_to_work_remotely() -> None:
    text = (
        "Apify.com | Full-stack engineer | Full-time | On-site | Prague, Czech republic\n\nApify runs on "
        "Linux.\n\nWe offer\n\n- Full-time job in Prague\n- Flexible hours, possibility to work remotely"
    )
    assert parse_jd(text).remote == "onsite"


@pytest.mark.parametrize(
    ("line", "required", "preferred"),
    [
        ("Prior experience in a leadership role is a significant plus.", ["AWS", "Kubernetes"], []),
        ("The following would be a plus.", [], ["AWS", "Kubernetes"]),
    ],
)  # fmt: skip
def test_a_sentence_stating_its_own_plus_heads_no_plus_list(
    line: str, required: object, preferred: object
) -> None:
    text = (
        f"**What We Are Looking For:**\n\n  * 7+ years of experience in SRE.   \n{line}\n\n  * Strong "
        "expertise in AWS.\n  * Experience with Kubernetes."
    )
    got = parse_jd(text)
    assert (got.required_skills, got.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\nEinsatzart: 80 % Remote\n\nEinsatzort: Remote, gelegentliche Termine in Köln", "remote"),
        ("Dev\n\n- **Einsatzart:** 80 % Remote\n\nEinsatzort: Köln & Remote (Großteil remote, vereinzelte "
         "Tage Onsite)", "remote"),
        ("Dev\n\nRemote/Onsite: Hybrid (Remote mit gelegentlichen Terminen vor Ort)", "hybrid"),
    ],
)  # fmt: skip
def test_remote_with_occasional_days_in_german_is_remote(text: str, remote: object) -> None:
    assert parse_jd(text).remote == remote


def test_experience_in_these_is_not_a_requirement_waives_the_stack_before_it() -> None:
    text = (
        "Junior Software Engineer\n\nWe hire junior backend and frontend developers. Frontend is in "
        "React. Backend is in Go. Prior experience in these specific technologies isn't a requirement."
    )
    got = parse_jd(text)
    assert (got.required_skills, got.preferred_skills) == ([], ["React", "Go"])


@pytest.mark.parametrize(
    "text",
    [
        "Tecton | Various roles | Remote (US/Canada), or Hybrid (SF/Seattle) | Full-time\n\nWe build.",
        "Chargé de produit\n\nLocalisation : Travail possible à distance, pas de localisation exigée",
    ],
)  # fmt: skip
def test_remote_or_hybrid_after_a_comma_and_no_place_required_are_remote(text: str) -> None:
    assert parse_jd(text).remote == "remote"


def test_a_link_glued_to_the_word_before_it_is_its_own_word() -> None:
    assert normalise("React, Angular, or[Vue.js](http://Vue.js)") == "React, Angular, or Vue.js"
    assert parse_jd("Dev\n\n- 2+ years with React or[Vue.js](http://Vue.js)").required_skills == [
        "React",
        "Vue.js",
    ]


@pytest.mark.parametrize(
    "heading", ["À propos de vous", "À propos de toi", "Über dich", "Sobre vos", "About you"]
)
def test_about_you_in_any_language_heads_the_profile(heading: str) -> None:
    assert heading_kind(heading) is Kind.REQUIRED
    text = f"Développeur\n\n### Le service\n\nNous aidons.\n\n## {heading}\n\n- La stack : Ruby, Python"
    assert parse_jd(text).required_skills == ["Ruby", "Python"]


def test_a_bracketed_cue_in_a_list_marks_only_what_follows_it() -> None:
    text = "Requirements:\n- You know Typescript, Redux, Git, and (ideally) Docker"
    got = parse_jd(text)
    assert (got.required_skills, got.preferred_skills) == (["TypeScript", "Redux", "Git"], ["Docker"])


def test_years_of_people_leadership_are_a_part_not_the_career() -> None:
    text = (
        "Software Engineering Manager\n\n### What you bring\n\n* 5+ years of hands-on software development\n"
        "* 3+ years of people leadership experience with SaaS teams"
    )
    assert parse_jd(text).min_years == 5


def test_a_single_workload_share_after_the_title_is_not_the_title() -> None:
    assert parse_jd("# Projektleiter 100%\n\nVollzeit | Zürich\n\nWir suchen.").title == "Projektleiter"


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\nEinsätze in Wiesbaden sind punktuell erforderlich. Bis dahin ist vor Ort in Wiesbaden "
         "erforderlich, danach kann primär Remote entwickelt werden.", "remote"),
        ("Dev\n\nÜberwiegend Remote, idealerweise 1x Woche vor Ort in Leverkusen", "hybrid"),
    ],
)  # fmt: skip
def test_occasional_days_on_site_in_german_are_remote(text: str, remote: object) -> None:
    assert parse_jd(text).remote == remote


def test_where_the_team_already_works_is_not_where_the_hire_works() -> None:
    line = "We are a remote first team and folks working from Germany, Turkey and Mexico."
    assert phrase_places(line) == []
    assert phrase_places("You will be working from Berlin.") == ["Berlin"]


@pytest.mark.parametrize(
    ("line", "noun"),
    [
        ("• Erfahrung mit Datenvisualisierungstools (z. B. Tableau, Power BI, Looker).",
         "Datenvisualisierungstools"),
        ("• Erfahrung mit Cloud-Plattformen für Datenmanagement und Analytik (idealerweise Google Cloud "
         "Platform, aber auch AWS oder Azure werden berücksichtigt).", "Analytik"),
    ],
)  # fmt: skip
def test_a_german_noun_in_a_tool_list_is_no_product_name(line: str, noun: str) -> None:
    got = parse_jd(f"Data Engineer\n\nProfil:\n{line}")
    assert noun not in got.required_skills
    assert {"Tableau", "Azure"} & set(got.required_skills)


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Supply Chain Data Engineer (ARBEITNEHMERÜBERLASSUNG!)", "Supply Chain Data Engineer"),
        ("Fullstackentwickler (nur bewerben wenn alle Kriterien erfüllt sind!)", "Fullstackentwickler"),
        ("Machine Learning Engineer - 1% Equity", "Machine Learning Engineer"),
        ("Sr. Backend Developer (Node.js)-Remote", "Sr. Backend Developer (Node.js)"),
    ],
)
def test_a_shout_an_equity_offer_or_a_glued_mode_leaves_the_title(heading: str, title: str) -> None:
    assert parse_jd(f"# {heading}\n\nWe build software.").title == title


def test_offices_in_a_trailing_with_clause_are_the_company_s() -> None:
    line = (
        "Acme has employees located across the U.S., with offices in San Francisco, Chicago, and New York "
        "City. This role can be based anywhere in the U.S."
    )
    assert "Chicago" not in phrase_places(line)
    assert phrase_places("Join a team with offices in Berlin.") == ["Berlin"]


def test_a_lead_in_heading_with_years_gives_the_years() -> None:
    text = (
        "Senior Software Engineer\n\n**Deal Breakers:**\n\n**5+ years' experience in the following:**\n\n"
        "* Experience in React.js, TypeScript"
    )
    assert parse_jd(text).min_years == 5


def test_einsatzort_without_a_colon_and_a_split_between_remote_and_onsite() -> None:
    text = (
        "Senior Data Engineer\n\nWeitere Informationen\nEinsatzort Berlin (onshore); teilweise Verteilung "
        "zwischen Remote und Onsite möglich; regelmäßige Workshops vor Ort vorgesehen"
    )
    got = parse_jd(text)
    assert (got.remote, got.locations) == ("hybrid", ["Berlin"])


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "SAP Entwickler\n\nFür unseren Kunden suchen wir ab sofort bis Ende Q4/2025 einen Senior SAP "
            "Entwickler.",
            "senior",
        ),
        ("SAP FI Berater\n\nFür ein Projekt suche ich einen Senior SAP FI Berater.", "senior"),
        (
            "Frontend Developer\n\nThe ideal candidate is a Senior frontend developer capable of owning "
            "features.",
            "senior",
        ),
        (
            "Développeur C#\n\n* En tant que Développeur C# Senior au sein de notre équipe, vous concevez",
            "senior",
        ),
        # guard: what a team of experienced developers brings says nothing of the hire's level
        ("Développeur\n\n* En tant que développeurs expérimenté, vous apportez votre expérience", None),
    ],
)
def test_a_level_in_the_sentence_that_names_the_hire(text: str, level: str | None) -> None:
    assert parse_jd(text).seniority == level


def test_a_city_centre_and_a_required_relocation_name_the_place() -> None:
    header = "# SCS Infra-as-Code Architect (d/f/m)\n(Remote or Berlin city centre)\n\nWe build clouds."
    assert parse_jd(header).locations == ["Berlin"]
    assert phrase_places("Relocating to Boulder is required.") == ["Boulder"]
    assert phrase_places("Relocation to Boulder, CO is offered.") == ["Boulder, CO"]


def test_a_plus_sentence_after_etc_states_its_own_plus() -> None:
    text = (
        "Frontend Engineer\n\nThis is a senior position: experience with either Mapbox, or Leaflet, etc. "
        "is a big plus.\n- Familiarity with performant CSS rules\n- Lives and breathes vanilla JavaScript"
    )
    got = parse_jd(text)
    assert {"CSS", "JavaScript"} <= set(got.required_skills)
    assert "Mapbox" in got.preferred_skills


def test_the_years_a_german_company_brings_are_not_asked() -> None:
    text = (
        "Backend Entwickler\n\nWir bei der P.A.C. GmbH verbinden über 20 Jahre Erfahrung mit Innovation.\n\n"
        "## Dein Profil\n- Erfahrung mit TypeScript"
    )
    assert parse_jd(text).min_years is None


@pytest.mark.parametrize(
    "text",
    [
        "Dev PHP\n\nContrat de 4 mois à 3 jours par semaine. Démarrage dès que possible. Travail à distance.",
        "Responsable produit\n\n**Environnement de travail**\n* Lieu de travail : télétravail encouragé ;",
    ],
)
def test_a_french_bare_remote_statement_is_remote(text: str) -> None:
    assert parse_jd(text).remote == "remote"


@pytest.mark.parametrize(
    "sentence",
    ["We deploy to our hybrid AWS environment.", "Experience with On-Premises and Hybrid solutions a plus."],
)
def test_a_hybrid_cloud_environment_is_no_work_mode(sentence: str) -> None:
    text = f"Senior Software Engineer\n\n**Location** : Remote - US\n\n{sentence}"
    assert parse_jd(text).remote == "remote"


@pytest.mark.parametrize(
    "text",
    [
        "Acme SA | Yverdon-les-Bains, Switzerland | fully or partially REMOTE\n\nSenior Software Engineer",
        "Engineer\n\nThis role has the option to be partially or fully remote.",
    ],
)
def test_fully_or_partially_remote_is_the_freer_mode(text: str) -> None:
    assert parse_jd(text).remote == "remote"


@pytest.mark.parametrize(
    ("line", "places"),
    [
        (
            "avec une présence régulière à Paris (Bercy) et Lille (Direccte) pour participer",
            ["Paris", "Lille"],
        ),
        ("The team is based in Berlin (Mitte) or Munich.", ["Berlin", "Munich"]),
        ("The team is based in Berlin (Germany). We build maps.", ["Berlin"]),
    ],
)
def test_a_place_s_aside_does_not_end_the_list(line: str, places: list[str]) -> None:
    assert phrase_places(line) == places


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        (
            "# Staff Engineer\n\n### Requirements\n* Java\n\n### It's great to have skills\n"
            "* Docker\n* Kubernetes",
            ["Java"],
            ["Docker", "Kubernetes"],
        ),
        (
            "ML Engineer\n\n**Requirements**\n* Python\n\n*  **Nice to have**\n"
            "* Frameworks such as TensorFlow, PyTorch.",
            ["Python"],
            ["TensorFlow", "PyTorch"],
        ),
        (
            "Dev\n\n**Technical Skills:**\n* A front-end framework (Angular 2+ is highly regarded)\n"
            "* Beneficial knowledge of NoSQL databases (e.g., MongoDB)\n* Proficiency in HTML5",
            ["HTML"],
            ["Angular", "MongoDB"],
        ),
        # a list item over a rule is no heading: its skills stay asked
        (
            "Engineer\n\n## Requirements\n* Experience with tools such as Splunk\n\n---\n\n"
            "## Highly Regarded\n* Rust",
            ["Splunk"],
            ["Rust"],
        ),
    ],
)
def test_plus_labels_in_headings_items_and_asides(
    text: str, required: list[str], preferred: list[str]
) -> None:
    got = parse_jd(text)
    assert (got.required_skills, got.preferred_skills) == (required, preferred)


def test_an_item_that_names_a_desired_thing_is_no_plus_label() -> None:
    text = "Engineer\n\n## Requirements\n* Network Certifications desired\n* Kubernetes"
    assert parse_jd(text).required_skills == ["Kubernetes"]


@pytest.mark.parametrize(
    ("field", "places"),
    [
        ("`🌎 Remote, anywhere in LATAM`", ["LATAM"]),
        (
            "`🌎 Austin, TX, or Remote within Canada or United States`",
            ["Austin, TX", "Canada", "United States"],
        ),
        ("🌎 London - remote first in UK", ["London"]),
    ],
)
def test_a_board_field_s_places_after_its_filler(field: str, places: list[str]) -> None:
    text = (
        f"# Senior Engineer\n### Acme\n#### {field}\n\nAcme is a provider of services, located in New York."
    )
    assert parse_jd(text).locations == places


def test_a_permanent_contract_field_is_no_city() -> None:
    text = "Acme, Inc | Chicago, IL | Perm, Onsite, Full-Time | Back-end developer\n\nWe build software."
    assert parse_jd(text).locations == ["Chicago, IL"]


@pytest.mark.parametrize(
    ("line", "mode"),
    [
        ("Le travail s\u2019effectue à distance, mais il faut prévoir des déplacements sur Paris.", "remote"),
        (
            "Die Einarbeitung findet in Berlin statt. Wenn alles gut klappt kannst du von Remote arbeiten.",
            "remote",
        ),
        ("* Remote wo möglich und vor Ort wo nötig", "hybrid"),
    ],
)
def test_work_mode_sentences_in_german_and_french(line: str, mode: str) -> None:
    assert parse_jd(f"Entwickler\n\nKonditionen\n\n{line}\n").remote == mode


def test_an_agency_branch_address_is_not_where_the_work_is() -> None:
    text = (
        "IT-Projektleitung\n\nAnforderungen\n* Erfahrung mit SAP\n\nKontaktperson: Herr [name]\n\n"
        "Acme GmbH\nNiederlassung Karlsruhe-City\nLorenzstr. 29\n76135 Karlsruhe\n"
    )
    employer = text.replace("Niederlassung Karlsruhe-City\n", "")
    assert (parse_jd(text).locations, parse_jd(employer).locations) == ([], ["Karlsruhe"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Relocating to Boulder is required. But if you like running, this is your dream place.",
        "We're looking for full-time employees who are already in Austin, TX or willing to relocate.",
        "We are happy to relocate you to either office.",
        "If you are not based in Canada, we do cover relocation expenses.",
    ],
)
def test_a_move_to_the_office_is_onsite(sentence: str) -> None:
    assert parse_jd(f"Software Engineer\n\nWe build apps.\n\n{sentence}\n").remote == "onsite"


def test_relocation_assistance_alone_is_a_perk_with_no_mode() -> None:
    text = (
        "Software Engineer\n\nWe build apps.\n\nWe offer excellent compensation and relocation assistance.\n"
    )
    assert parse_jd(text).remote is None


def test_a_city_s_own_country_in_brackets_adds_no_place() -> None:
    text = (
        "Intercom (https://www.intercom.io/careers)<p>We are hiring designers and developers in both San "
        "Francisco and Dublin (Ireland). We are happy to relocate you to either office.<p>Current roles "
        "include: - Application Security Engineer - Lead Software Engineer, Product"
    )
    assert parse_jd(text).locations == ["San Francisco", "Dublin"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Auszubildender zum Fachinformatiker für Anwendungsentwicklung (gn*)", None),
        ("Fullstack Entwickler (gn)", "Fullstack Entwickler"),
        ("Full-Stack-Entwickler (m/w/d) .Net / React (Ref.Nr.: 46111)", "Full-Stack-Entwickler .Net / React"),
        ("Software Engineer / DevOps (m/w/d) - ANÜ - Arbeitnehmerüberlassung", "Software Engineer / DevOps"),
        ("IT Transformation Project Manager (SAP) (m/w/d) - ANÜ", "IT Transformation Project Manager (SAP)"),
        ("IT-Projektmanager (m/w/d) für den Standort Berlin", "IT-Projektmanager"),
    ],
)
def test_a_german_staffing_title_without_its_contract_reference_and_site(
    line: str, title: str | None
) -> None:
    want = title or line.removesuffix(" (gn*)")
    assert parse_jd(f"# {line}\n\nWir suchen Verstärkung.\n").title == want


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("(Senior) DevOps Engineer (m/w/d) / Remote möglich", "(Senior) DevOps Engineer"),
        (
            "Projektleiter Sharepoint (m/w/d) / Remote / Infra / ISO- Zertifizierung / Ruhrgebiet",
            "Projektleiter Sharepoint",
        ),
        ("Software Engineer / DevOps", "Software Engineer / DevOps"),
    ],
)
def test_a_board_s_trailing_work_mode_fields_are_not_the_title(line: str, title: str) -> None:
    assert parse_jd(f"# {line}\n\nWir suchen Verstärkung.\n").title == title


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("* Erfahrung mit SAP PP/SD/MM", ["SAP PP", "SAP SD", "SAP MM"]),
        ("* Implementierung von SAP-SD/MM-Lösungen (S/4HANA)", ["SAP SD", "SAP MM", "SAP S/4HANA"]),
        ("* Tiefes Verständnis von SAP FI/CO-Prozessen", ["SAP FI", "SAP CO"]),
    ],
)
def test_a_list_of_sap_modules_is_each_module(line: str, skills: list[str]) -> None:
    assert (
        parse_jd(f"SAP Berater\n\nAnforderungen:\n{line}\n* Gute Deutschkenntnisse\n").required_skills
        == skills
    )


def test_the_bare_vendor_gives_way_to_the_sap_module_the_posting_names() -> None:
    text = "SAP Berater\n\nAnforderungen:\n* Erfahrung mit SAP\n* {}\n* Gute Deutschkenntnisse\n"
    assert parse_jd(text.format("Kenntnisse in SAP HCM")).required_skills == ["SAP HCM"]
    assert parse_jd(text.format("Kenntnisse in Jira")).required_skills == ["SAP", "Jira"]


def test_an_icon_before_a_location_label_leaves_the_label_out_of_the_place() -> None:
    text = (
        "# Sr. Software Engineer\n### Ceros\n#### `🌎 Remote Europe`\n\n"
        "**🌎 Location:** Remote within Europe\n\n**⬆ Reporting Into:** Lead Software Engineer\n\nWe build."
    )
    assert parse_jd(text).locations == ["Europe"]


@pytest.mark.parametrize(
    "first",
    ["  * WFA(Work From Anywhere at Anytime)\n  * Remote Job\n", "  * Remote Job\n"],
)
def test_work_from_anywhere_under_a_location_heading_is_no_place(first: str) -> None:
    text = f"ML Engineer\n\n#### Office Location\n\n{first}  * You can live anywhere in Japan\n"
    assert parse_jd(text).locations == ["Japan"]


@pytest.mark.parametrize(
    ("glued", "name"),
    [
        ("sumologic", "Sumo Logic"),
        ("CloudFoundry", "Cloud Foundry"),
        ("clevercloud", "Clever Cloud"),
        ("Go", "Go"),
    ],
)
def test_a_multi_word_name_written_as_one_word_is_that_name(glued: str, name: str) -> None:
    assert canonical_name(glued) == name
    assert canonical_name("Logic") is None  # one word of a name is not the name


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Ausbildung zum Fachinformatiker für Systemintegration (m/w/d) für 2026", None),
        ("Ausbildung zum Fachinformatiker Anwendungsentwicklung 2026", None),
        ("Windows Server 2019 Administrator", "Windows Server 2019 Administrator"),
    ],
)
def test_a_trailing_start_year_is_not_the_title(line: str, title: str | None) -> None:
    want = title or line.replace(" (m/w/d)", "").removesuffix(" 2026").removesuffix(" für")
    assert parse_jd(f"# {line}\n\nWir suchen Verstärkung.\n").title == want


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Leadership] Engineering Manager, AI", False),
        ("Senior Software Engineer, AI", False),
        ("Foster City, CA", True),
        ("Kempten, DE", True),
    ],
)
def test_role_words_before_a_country_code_are_no_place(text: str, place: bool) -> None:
    assert is_place(text) is place


@pytest.mark.parametrize(
    ("fields", "remote"),
    [
        ("`💰 0` `🌎 Remote Canada`", "remote"),
        ("`💰 ~213k` `🌎 Remote,US`", "remote"),
        ("`💰 0` `🌎 Canada`", None),
    ],
)
def test_a_remote_location_field_after_the_salary_field_is_remote(fields: str, remote: str | None) -> None:
    posting = f"# [Sustaining Engineer](https://example.com/a)\n### PAR\n#### {fields}\n\nWe build things.\n"
    found = parse_jd(posting)
    assert (found.remote, found.locations) == (remote, ["US" if "US" in fields else "Canada"])


@pytest.mark.parametrize(
    ("field", "level"),
    [
        ("experience: Senior Level", "senior"),
        ('experience: "Mid Level"', "mid"),
        ("experience: 4+ years", None),
    ],
)
def test_a_level_in_an_experience_field_is_the_seniority(field: str, level: str | None) -> None:
    found = parse_jd(f'---\ntitle: "Python Developer"\n{field}\n---\nWe build web services in Python.\n')
    assert found.seniority == level
    assert found.min_years == (4 if "4+" in field else None)


@pytest.mark.parametrize(
    ("line", "required"),
    [
        ("Data Warehousing / BI Certification a plus", ["SQL", "Apache Airflow"]),
        ("The following are a plus", []),
        ("Definitely a plus", []),
    ],
)
def test_a_named_thing_a_plus_is_one_statement_not_a_heading(line: str, required: list[str]) -> None:
    rest = "Advanced in SQL\n3+ years with Apache Airflow\n"
    posting = f"## Job Related Experience:\n\nBachelor's Degree\n{line}\n{rest}"
    found = parse_jd(posting)
    assert found.required_skills == required
    assert found.preferred_skills == ([] if required else ["SQL", "Apache Airflow"])


@pytest.mark.parametrize(
    ("line", "remote"),
    [
        ("* Networking avanzado en AWS: Transit Gateway, VPNs, BGP, conectividad híbrida.", "remote"),
        ("* Build hybrid connectivity between AWS and our data centres.", "remote"),
        ("* Modalidad de trabajo híbrida en Buenos Aires.", "hybrid"),
    ],
)
def test_hybrid_networking_is_no_work_mode(line: str, remote: str) -> None:
    posting = f'---\ntitle: "DevOps Engineer Senior"\nlocation: "Remote"\n---\n\n# Tareas\n\n{line}\n'
    assert parse_jd(posting).remote == remote


@pytest.mark.parametrize(
    ("lead", "preferred"),
    [
        (
            "### Strong candidates will have experience with, or a desire to learn, some of the following:",
            True,
        ),
        ("### Strong candidates will have:", True),
        ("### You will need experience with some of the following:", False),
    ],
)
def test_strong_candidates_or_a_desire_to_learn_lead_nice_to_haves(lead: str, preferred: bool) -> None:
    items = "* Application development with a language, such as Ruby, Python, Node, Go, etc.\n"
    posting = (
        f"# Penetration Tester\n\n### Requirements\n\n* Threat management experience.\n\n{lead}\n\n{items}"
    )
    found = parse_jd(posting)
    named = ["Ruby", "Python", "Node.js", "Go"]
    assert (found.preferred_skills, found.required_skills) == ((named, []) if preferred else ([], named))


@pytest.mark.parametrize(
    ("listed", "name"),
    [("Dockers", "Docker"), ("Lambdas", "AWS Lambda"), ("Quarks", "Quarks")],
)
def test_a_known_name_written_as_a_plural_is_that_name(listed: str, name: str) -> None:
    found = parse_jd(f"# Engineer\n\nRequirements: Java, Python, {listed} and Kubernetes required.\n")
    assert found.required_skills == ["Java", "Python", "Kubernetes", name]


@pytest.mark.parametrize(
    "line",
    [
        "Software Engineer (Ref. Job Code: SSE \u2013 2502) (has multiple openings)",
        "Software Engineer (Fulltime)",
        "Software Engineer (3 positions)",
    ],
)
def test_a_job_code_openings_and_fulltime_are_not_the_title(line: str) -> None:
    assert parse_jd(f"# {line}\n\nWe build web services in Java.\n").title == "Software Engineer"


@pytest.mark.parametrize(
    ("address", "place"),
    [
        ("7460 Warren Pkwy, Suite 100, Frisco, TX 75034", "Frisco, TX"),
        ("2100 Ocean Blvd, Long Beach, CA", "Long Beach, CA"),
        ("Frisco, TX", "Frisco, TX"),
    ],
)
def test_a_parkway_or_boulevard_is_a_street_not_a_place(address: str, place: str) -> None:
    found = parse_jd(f'---\ntitle: Engineer\nlocation: "{address}"\n---\nWe build web services in Java.\n')
    assert found.locations == [place]


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Nous recherchons un.e stagiaire de fin d\u2019études pour intégrer une équipe.", "intern"),
        ("Nous recherchons un\u00b7e stagiaire pour intégrer une équipe.", "intern"),
        ("Nous recherchons un.e ingénieur.e pour intégrer une équipe.", None),
    ],
)
def test_french_inclusive_article_before_the_hired_role(sentence: str, level: str | None) -> None:
    assert parse_jd(f"# Ingénieur.e Développement logiciel\n\n{sentence}\n").seniority == level


@pytest.mark.parametrize(
    ("fields", "remote", "places"),
    [
        ("Location: 'N/A',\nIsRemote: true,", "remote", []),
        ("Location: N/A\nIsRemote: false", None, []),
        ("Location: 'Santo Domingo',\nIsRemote: false,", None, ["Santo Domingo"]),
    ],
)
def test_a_board_records_not_applicable_place_and_remote_flag(
    fields: str, remote: str | None, places: list[str]
) -> None:
    posting = f"Title: 'FullStack .Net Developer',\n{fields}\nDescription:\n  '<p>Conocimiento en C#</p>'\n"
    found = parse_jd(posting)
    assert (found.remote, found.locations) == (remote, places)


@pytest.mark.parametrize(
    ("line", "remote"),
    [
        ('---\ntitle: "Stage Développeur Web (H/F)"\nlocation: "Télétravail"\n---\n', "remote"),
        (
            "# Développeur\n\n- Localisation : télétravail exclusivement, avec une rencontre par mois.\n",
            "remote",
        ),
        ("# Développeur\n\n- Lieu : télétravail partiel, 2 jours à Lyon\n", "hybrid"),
        ("# Développeur\n\n## Avantages\n- Tickets restaurant\n- Télétravail\n", None),
    ],
)
def test_telework_as_the_place_of_work_is_remote(line: str, remote: str | None) -> None:
    assert parse_jd(f"{line}\nTu maintiens notre site en Hugo.\n").remote == remote


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Posting Title: SQL developpeur\nJob Type: Full-time", "SQL developpeur"),
        ("## Intégrateur / Développeur front (CDI)", "Intégrateur / Développeur front"),
        ("# Support Specialist (Contract)", "Support Specialist"),
        ("<p>LEADER TECHNIQUE JAVA (F/H - AIX-EN-PROVENCE - CS) <br/></p>", "LEADER TECHNIQUE JAVA"),
        ("# Un\u22c5e développeur\u22c5se web back", "Développeur\u22c5se web back"),
    ],
)
def test_field_label_contract_and_gender_aside_are_not_the_title(line: str, title: str) -> None:
    assert parse_jd(f"{line}\n\nNous cherchons quelqu'un qui connaît SQL.\n").title == title


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("commit42 recrute un\u22c5e développeur\u22c5se web back à Toulouse", ["Toulouse"]),
        ("Développeur web back à distance", []),
    ],
)
def test_a_french_title_names_its_city_after_a(title: str, places: list[str]) -> None:
    posting = f"---\ntitle: {title}\ndate: 2020-09-03\n---\n# Profil recherché\n\nDeux ans de PHP.\n"
    assert parse_jd(posting).locations == places


@pytest.mark.parametrize("key", ["nice_to_have", "preferred_skills", "niceToHave"])
def test_a_data_file_key_in_snake_case_heads_its_section(key: str) -> None:
    posting = (
        "---\ntitle: Full Stack Developer\nrequired_skills:\n  - React.js or Angular (5+ years)\n"
        f"  - Git version control\n{key}:\n  - AWS or Azure cloud experience\n  - Docker & Kubernetes\n---\n"
    )
    found = parse_jd(posting)
    assert (found.required_skills, found.preferred_skills) == (
        ["React", "Angular", "Git"],
        ["AWS", "Azure", "Docker", "Kubernetes"],
    )


@pytest.mark.parametrize(
    ("sentence", "required"),
    [
        (
            "Conocimientos de OUTLOOK, REDES, WIFI, TESTEOS DE EQUIPOS, DESARME DE NOTEBOOK.",
            ["Microsoft Outlook", "Wi-Fi"],
        ),
        ("Experience with Python, AWS, EKS, Bazel, HCL", ["Python", "AWS", "Amazon EKS", "Bazel", "HCL"]),
    ],
)
def test_a_list_in_capitals_after_a_lower_case_lead_shows_no_name_by_its_case(
    sentence: str, required: list[str]
) -> None:
    assert parse_jd(f"# Técnico informático\n\n{sentence}\n").required_skills == required


@pytest.mark.parametrize(
    ("under", "places"),
    [
        ("location:\n  - Köln\n  - Hamburg\n", ["Köln", "Hamburg"]),
        ("location:\n  - Le Haillan\n  - déplacements à prévoir (en France)\n", ["Le Haillan"]),
    ],
)
def test_a_data_files_list_under_a_location_key_names_each_place(under: str, places: list[str]) -> None:
    posting = f"---\ntitle: Consultant\n{under}---\nWir suchen Verstärkung.\n"
    assert parse_jd(posting).locations == places


def test_a_quoted_item_of_a_data_file_keeps_no_quote_of_its_own() -> None:
    posting = (
        '---\ntitle: "Performance Testing Specialist"\nrequirements:\n'
        '  - "Experience with performance testing tools (LoadRunner, Gatling)"\n'
        '  - "Knowledge of scripting languages (Java, Python)"\n---\n'
    )
    assert parse_jd(posting).required_skills == ["Gatling", "LoadRunner", "Java", "Python"]


def test_icing_on_the_cake_leads_nice_to_haves_in_german() -> None:
    posting = (
        "# Softwareentwickler (w/m/d) - Backend\n\n## Das bringst du mit\n\n"
        "- Du hast Erfahrung in Java (z. B. Spring Boot) und SQL.\n"
        "- Als Sahnehäubchen interessieren dich auch noch Technologien wie Git, Gradle, Docker.\n"
    )
    found = parse_jd(posting)
    assert (found.required_skills, found.preferred_skills) == (
        ["Java", "Spring Boot", "SQL"],
        ["Git", "Gradle", "Docker"],
    )


def test_the_companys_past_work_names_no_required_skill() -> None:
    posting = (
        "# Software Engineer\n\nCompiler is a small software consultancy. Our recent work includes building "
        "payment technologies for public transportation agencies using Docker, Django, and Azure.\n\n"
        "## Required Qualifications\n\n- Experience with Python or JavaScript\n\n"
        "## Preferred Qualifications\n\n- Experience using Docker\n"
    )
    found = parse_jd(posting)
    assert (found.required_skills, found.preferred_skills) == (["Python", "JavaScript"], ["Docker"])


@pytest.mark.parametrize(
    ("listed", "named"),
    [("Softwarearchitektur", []), ("Qualitätsstandards", []), ("Lightdash", ["Lightdash"])],
)
def test_a_german_compound_noun_in_a_list_is_no_product_name(listed: str, named: list[str]) -> None:
    sentence = f"Kenntnisse in Java, SQL, REST, SOAP, {listed} und Clean Code."
    assert parse_jd(f"# Entwickler\n\n## Profil\n\n- {sentence}\n").required_skills == [
        "Java",
        "SQL",
        "SOAP",
        *named,
    ]


def test_years_of_mentoring_are_a_part_not_the_careers_figure() -> None:
    posting = (
        "# Software Engineer\n\n## What You Bring\n\n- A minimum of 4 years' experience in Full-Stack "
        "Software (Java, Web services, Databases).\n- If you've got 1 year of experience training and "
        "mentoring, you're who we are looking for.\n"
    )
    assert parse_jd(posting).min_years == 4


@pytest.mark.parametrize(
    ("sentence", "required"),
    [
        ("Experience with JMeter and Selenium", ["Apache JMeter", "Selenium"]),
        ("Experience with Gatling and Selenium", ["Gatling", "Selenium"]),
        ("Experience with load testing and Selenium", ["Selenium"]),  # the concept is still no skill
    ],
)
def test_a_named_load_testing_tool_is_a_skill_not_the_concept(sentence: str, required: list[str]) -> None:
    assert parse_jd(f"# QA Engineer\n\n## Requirements\n- {sentence}\n").required_skills == required


def test_a_json_record_reads_as_its_fields() -> None:
    record = (
        '{\n  "title": "Consultant/Project Manager",\n  "slug": "consultant-project-manager",\n'
        '  "location": [\n    "Köln",\n    "Hamburg"\n  ],\n  "needs": [\n'
        '    "Mind. 3 Jahre Erfahrung mit Java und SQL"\n  ],\n  "remote": false\n}'
    )
    parsed = parse_jd(record)
    assert (parsed.title, parsed.locations, parsed.min_years) == (
        "Consultant/Project Manager",
        ["Köln", "Hamburg"],
        3,
    )
    assert parsed.required_skills == ["Java", "SQL"]


@pytest.mark.parametrize(
    "text",
    [
        '{"title": "Engineer", broken',  # not JSON: read as text
        "[" * 50_000 + "]" * 50_000,  # nesting too deep for the standard parser
        '"just a string"',
        "{Engineer} wanted",
    ],
)
def test_text_that_is_no_json_record_is_read_as_text(text: str) -> None:
    assert json_record_to_text(text) == text


@pytest.mark.parametrize(
    ("posting", "locations"),
    [
        # a place heading's value with a spaced dash, from a page's HTML
        ("<h3>Data Engineer</h3>\n<h5>Location</h5>\n<p>Belgium - Remote</p>", ["Belgium"]),
        ("Engineer\nlocation: ['Remote', 'North America']", ["North America"]),  # a front matter's list
        ("Engineer\nlocation: ['Austin, TX', 'Remote']", ["Austin, TX"]),
    ],
)
def test_a_location_fields_value_in_a_data_files_shape(posting: str, locations: list[str]) -> None:
    assert parse_jd(posting).locations == locations


def test_from_anywhere_in_a_country_in_french_is_remote_there_not_at_the_trips_city() -> None:
    posting = (
        "---\ntitle: 'Chef d\u2019équipe - Notification GC'\ndescription: >-\n  Le SNC est une équipe "
        "entièrement décentralisée. Ce rôle peut être assumé de n\u2019importe où au Canada. "
        "À l\u2019avenir, des déplacements occasionnels à Ottawa pourraient être nécessaires.\n---\n\n"
        "Nous recrutons.\n"
    )
    parsed = parse_jd(posting)
    assert (parsed.remote, parsed.locations) == ("remote", ["Canada"])


def test_a_remote_roles_trips_city_is_its_place_when_no_other_is_named() -> None:
    posting = "# Designer UX\n\n- Mission en télétravail, déplacements ponctuels à Paris à prévoir\n"
    assert parse_jd(posting).locations == ["Paris"]


@pytest.mark.parametrize(
    ("posting", "locations"),
    [
        (
            '{\n  id: "data-engineer",\n  title: "Data Engineer",\n  city: "Santiago",\n'
            '  country: "Chile"\n}',
            ["Santiago, Chile"],
        ),
        ("Engineer\nCity: Montreal\nCountry: Canada", ["Montreal, Canada"]),
        ("Engineer\nLocation: Munich\nStandort: Deutschland", ["Munich", "Deutschland"]),  # no country field
        ("Engineer\nCity: Lyon\nCountry: Canada", ["Lyon", "Canada"]),  # no Lyon in Canada: two places
    ],
)
def test_a_records_city_and_country_fields_name_one_place(posting: str, locations: list[str]) -> None:
    assert parse_jd(posting).locations == locations


def test_situee_au_coeur_de_names_the_place() -> None:
    posting = "# Ingénieur\n\nParrot est le leader. Située au cœur de Paris, notre R&D réunit une équipe.\n"
    assert parse_jd(posting).locations == ["Paris"]


@pytest.mark.parametrize(
    ("line", "remote"),
    [
        ("Wir bieten ausschließlich Homeoffice an und haben kein festes Büro.", "remote"),
        ("Du bist bereit 3-4 Tage/Woche beim Kunden vor Ort zu arbeiten", "hybrid"),
        (
            "We are looking for a Senior Webapp Developer to work locally in our office on our projects.",
            "onsite",
        ),
        ("* On-site SEO", None),  # the search-engine term, no work mode
        ("remote: false,", "onsite"),  # a data file's record closes the value with a comma
    ],
)
def test_work_mode_cues_from_the_t83_batch(line: str, remote: str | None) -> None:
    assert parse_jd(f"# Developer\n\n{line}\n").remote == remote


def test_du_hast_with_an_ellipsis_heads_the_asks() -> None:
    posting = (
        "# Team Lead\n\n## Wir bieten dir\n\n- ein Weiterbildungsbudget\n\nDu hast...\n\n"
        "- Know-how in der Entwicklung auf Basis von Java oder Kotlin\n"
        "- Kenntnisse in Angular und TypeScript\n"
    )
    assert parse_jd(posting).required_skills == ["Java", "Kotlin", "Angular", "TypeScript"]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("Du hast...", Kind.REQUIRED), ("Du hast Erfahrung mit Java.", None), ("Du bist ein Teamplayer", None)],
)
def test_du_hast_is_a_heading_only_alone(heading: str, kind: Kind | None) -> None:
    assert heading_kind(heading) == kind


def test_ist_das_super_leads_nice_to_haves() -> None:
    posting = (
        "# Hilfskraft\n\nFolgende Fähigkeiten sollten vorhanden sein:\n\n* Excel\n\nWenn du Erfahrung mit "
        "folgendem hast ist das super, aber es wird auch Raum geben diese zu erlernen:\n\n* JavaScript; "
        "_sehr von Vorteil_ (d3)\n"
    )
    parsed = parse_jd(posting)
    assert (parsed.required_skills, parsed.preferred_skills) == (["Excel"], ["JavaScript", "D3.js"])


def test_a_data_files_requirements_key_after_a_contact_line_opens_the_asks_and_a_level_item() -> None:
    text = (
        "---\ntitle: Architect\nlocation: Remote\ndescription: For more information contact us via [email]\n"
        "requirements:\n  - 5+ years of experience .NET Core and React.\n  - Senior Level.\n"
        "  - C1 Advanced English Level.\n---\n"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.min_years, result.seniority) == ([".NET", "React"], 5, "senior")


@pytest.mark.parametrize(
    "line",
    [
        "Le second entretien sera organisé le mardi 11/10 en présentiel (distanciel possible).",
        "All interviews are conducted using Zoom video conferencing software or in person.",
        "- Persönliches Gespräch (vor Ort oder via MS Teams)",
    ],
)
def test_how_the_interviews_are_held_says_nothing_of_the_work_mode(line: str) -> None:
    assert parse_jd(f"Chargé de projets\n\nNous recrutons.\n\n{line}\n").remote is None


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Looking for Lua Developers", "Lua Developer"),
        ("Recrutement d'ingénieur d'étude", "Ingénieur d'étude"),
        ("Perfil frontend para iniciar área digital!", "Perfil frontend para iniciar área digital"),
    ],
)  # fmt: skip
def test_a_title_line_that_is_the_hiring_phrase_names_one_hire_without_its_exclamation(
    first_line: str, title: str
) -> None:
    assert parse_jd(f"{first_line}\n\nWe build tools for teams.\n").title == title


def test_managing_gitlab_repositories_is_the_tool() -> None:
    assert parse_jd(
        "DevOps\n\nAufgaben:\n- Verwaltung von GitLab-Repositories und Runnern"
    ).required_skills == ["GitLab"]


def test_sql_injection_is_an_attack_not_the_language() -> None:
    text = "Engineer\n\nRequirements:\n- Familiarity with XSS, SQL injection and CSRF\n- Python and SQL"
    assert parse_jd(text).required_skills == ["Python", "SQL"]
    assert parse_jd("Engineer\n\nRequirements:\n- Protecting against SQL injections").required_skills == []


def test_aws_before_one_of_its_services_names_the_service_only() -> None:
    text = "Dev\n\nRequirements:\n- Hands-on experience in AWS Lambda and AWS SNS/SQS"
    assert parse_jd(text).required_skills == ["AWS Lambda", "Amazon SNS", "Amazon SQS"]


def test_a_kind_of_tool_before_its_members_is_no_product_name() -> None:
    text = (
        "Developer\n\nRequirements:\n- Familiar with VM Technologies (such as openstack, proxmox or vmware)."
    )
    assert "vm technologies" not in [name.lower() for name in parse_jd(text).required_skills]
    assert "OpenStack" in parse_jd(text).required_skills


@pytest.mark.parametrize(
    "section",
    [
        "4j de TT / semaine\n",  # TT: télétravail
        "1 jour de présentiel imposé pour se retrouver\n",
        # full remote for some other teams says nothing of this role
        "4j de TT / semaine (1 jour de présentiel)\n*Possibilité de Full remote sur certaines Squads\n",
    ],
)
def test_french_office_and_home_days_are_hybrid(section: str) -> None:
    posting = f"# Dev Backend\n\n## Stack\nSymfony\n\n## Remote\n{section}\n## Expérience\nMinimum 5 ans\n"
    assert parse_jd(posting).remote == "hybrid"


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("# Frontend Engineers Wanted - Contract to Full-Time Opportunity", "Frontend Engineer"),
        ("Software-Entwickler gesucht!", "Software-Entwickler"),
        ("# Pix cherche : un(e) CTO", "CTO"),
        ("BibLibre cherche un développeur/consultant", "Développeur/consultant"),
    ],
)
def test_a_hiring_word_after_the_company_or_the_role_is_no_part_of_the_title(
    first_line: str, title: str
) -> None:
    assert parse_jd(f"{first_line}\n\nWe build tools for teams.\n").title == title


def test_a_long_sentence_with_a_hiring_verb_is_prose_not_a_title_line() -> None:
    posting = (
        "---\nroles: un·e dev web full-stack\nstartup: acme\n---\n\nAcme est une des premières start-up "
        "d'État et cherche un dèv·e pour faciliter les demandes des étrangers en France.\n\n"
        "Vous êtes développeur web à Paris.\n"
    )
    assert parse_jd(posting).locations == ["Paris"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "We are seeking a highly motivated and experienced Senior Backend Engineer.",
            "Senior Backend Engineer",
        ),
        ("We are looking for a talented, passionate software engineer.", "Software engineer"),
    ],
)
def test_praise_before_the_role_in_the_prose_is_no_part_of_the_title(sentence: str, title: str) -> None:
    result = parse_jd(f"## About the Role\n{sentence}\n\n## Requirements\n- Go\n")
    assert result.title == title


@pytest.mark.parametrize(
    ("item", "required", "preferred"),
    [
        ("Good with HTML and CSS, knowledge of Tailwind CSS is a bonus", ["HTML", "CSS"], ["Tailwind CSS"]),
        ("Very good knowledge of WPF, knowledge of Xamarin will be a plus", ["WPF"], ["Xamarin"]),
        ("React, Vue or Angular is a plus", [], ["React", "Vue.js", "Angular"]),  # one subject
        ("Experience in Objective-C - Advantage", [], ["Objective-C"]),
    ],
)  # fmt: skip
def test_a_new_subject_after_a_comma_takes_the_plus_cue_alone(
    item: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(f"Developer\n\nRequirements\n- {item}\n")
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("You'd be joining an international team based in the lively German city Jena.", "Jena"),
        ("Ma société, localisée sur Lyon 3ème, cherche à recruter plusieurs personnes.", "Lyon"),
    ],
)
def test_a_place_after_the_city_words_or_localisee_sur(sentence: str, place: str) -> None:
    assert parse_jd(f"# Engineer\n\n{sentence}\n").locations == [place]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Wir suchen eine/n erfahrene/n Full Stack Entwickler/in mit PHP.", "Full Stack Entwickler/in"),
        ("Wir suchen wieder Webapplikations-Entwickler in Zürich.", "Webapplikations-Entwickler"),
    ],
)  # fmt: skip
def test_a_german_hiring_sentence_names_the_role(sentence: str, title: str) -> None:
    assert parse_jd(f"## Aufgaben\n{sentence}\n\n## Profil\n- PHP\n").title == title


def test_the_company_before_cherche_is_the_employer_not_a_skill() -> None:
    posting = "# Pix cherche : un(e) SRE\n\n## Profil\n- Vous connaissez Pix et Node.js\n"
    assert parse_jd(posting).required_skills == ["Node.js"]


@pytest.mark.parametrize(
    "line",
    [
        "Standort: Remote (einmal die Woche vor Ort)",
        "Télétravail possible après la période d'essai. Pas de full remote, les interactions comptent.",
    ],
)
def test_some_office_days_beside_remote_are_hybrid(line: str) -> None:
    assert parse_jd(f"# Entwickler\n\n{line}\n").remote == "hybrid"


@pytest.mark.parametrize(
    ("line", "remote"),
    [
        ("Hiring will be into all EMEA offices, either for hybrid work or remotely.", "remote"),
        ("Hybrid working from Ho Chi Minh or Da Nang city or working remotely from anywhere.", "remote"),
        ("Support hybrid physics-based and machine-learning frameworks.", None),  # a kind of model
        ("We adopt a hybrid approach: most roles spend some time in the office.", "hybrid"),
    ],
)
def test_hybrid_or_remote_is_the_freer_mode_and_hybrid_physics_no_mode(line: str, remote: str | None) -> None:
    assert parse_jd(f"# Engineer\n\n{line}\n").remote == remote


@pytest.mark.parametrize(
    ("line", "remote"),
    [
        # a new user's posting: two options, one of them remote
        ("Location: Hybrid Toronto / Remote within Canada", "remote"),
        ("Remote within Canada, or hybrid in Toronto.", "remote"),
        ("Hybrid (2 days office / remote 3 days) in Berlin", "hybrid"),  # one mode, split by days
        # a review's findings: remote days or exceptions within a hybrid role are one mode
        ("Work model: Hybrid in Berlin / remote 2 days per week", "hybrid"),
        ("Remote in exceptional cases, or hybrid in Berlin (3 days office).", "hybrid"),
    ],
)
def test_a_hybrid_option_beside_a_remote_one_is_the_freer_mode(line: str, remote: str) -> None:
    result = parse_jd(f"# Backend Engineer\n\n{line}\n\nRequirements:\n- Python\n")
    assert result.remote == remote
    assert "Canada" in result.locations or "Berlin" in result.locations


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("100% Remote innerhalb Deutschlands.", "Deutschland"),  # a new user's posting gave no place
        ("- Full-Remote (innerhalb Deutschlands), vollständig Online", "Deutschland"),  # t86de-denog
        ("Remote innerhalb Europas.", "Europa"),
        ("Remote innerhalb der EU.", "EU"),
    ],
)
def test_remote_within_a_country_in_the_german_genitive_names_the_country(line: str, place: str) -> None:
    result = parse_jd(f"Backend Engineer\n\n{line}\n\nAnforderungen:\n- Python")
    assert (result.remote, result.locations) == ("remote", [place])


@pytest.mark.parametrize(
    ("line", "remote"),
    [
        ("Experience with deep learning, NLP and computer vision. Remote.", "remote"),
        ("We build developer tools. Remote! Apply below.", "remote"),
        ("We sell remote. controls for drones.", None),  # not a sentence of its own
    ],
)
def test_remote_as_a_sentence_of_its_own_is_the_mode(line: str, remote: str | None) -> None:
    assert parse_jd(f"Machine Learning Engineer\n\n{line}").remote == remote


def test_the_office_days_of_a_location_field_are_no_place() -> None:
    """A new user's "Standort: Hamburg, Hybrid (3 Tage Büro)" gave ["Hamburg", "Büro"]."""
    result = parse_jd(
        "Backend Entwickler (m/w/d)\n\nStandort: Hamburg, Hybrid (3 Tage Büro)\n\nAnforderungen:\n- Java"
    )
    assert (result.remote, result.locations) == ("hybrid", ["Hamburg"])


@pytest.mark.parametrize(
    "line", ["- **Télétravail** : Partiel", "Le télétravail est une possibilité, nos bureaux sont à Paris 7."]
)
def test_french_partial_or_possible_telework_is_hybrid(line: str) -> None:
    assert parse_jd(f"# Développeur\n\n{line}\n").remote == "hybrid"


@pytest.mark.parametrize(
    ("front_matter", "title"),
    [
        ('title: "Praktikum Beratungsstelle" # Title of your project', "Praktikum Beratungsstelle"),
        ("title: >-\n  Délégué-e aux expositions\nposted_on: '2019-09-10'", "Délégué-e aux expositions"),
        ('title: "Stellenausschreibung Organisationsassistenz"', "Organisationsassistenz"),
    ],
)  # fmt: skip
def test_a_front_matter_title_without_its_comment_fold_or_board_word(front_matter: str, title: str) -> None:
    assert parse_jd(f"---\n{front_matter}\n---\n\nWir bieten eine Stelle.\n").title == title


def test_a_literal_block_in_front_matter_keeps_its_lines() -> None:
    items = "  Exposure to Jenkins\n  Experience with Docker\n  Basic knowledge of Kubernetes concepts\n"
    posting = f"---\ntitle: Engineer\neligibility: |-\n{items}---\n"
    assert parse_jd(posting).required_skills == ["Jenkins", "Docker", "Kubernetes"]


@pytest.mark.parametrize("heading", ["### Beneficial Technologies", "Beneficial Skills:", "## Beneficial"])
def test_a_beneficial_heading_opens_the_pluses(heading: str) -> None:
    result = parse_jd(f"# Support Engineer\n\n## Requirements\n* Linux\n\n{heading}\n* Git\n* Java\n")
    assert (result.required_skills, result.preferred_skills) == (["Linux"], ["Git", "Java"])


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ('<script>\nimport PageHeader from "../header.svelte";\n</script>\n<div class="m-auto">\n'
         '<PageHeader title="Database Engineer" />\n</div>\n'
         "<div><h2>What You'll Do</h2><p>Build storage.</p></div>",
         "Database Engineer"),
        ('<div><a title="Apply now" href="/apply">Apply</a></div>\n'
         "<h1>Backend Engineer</h1><p>Build APIs.</p>",
         "Backend Engineer"),  # a plain tag's title attribute is a tooltip
    ],
)  # fmt: skip
def test_a_page_components_title_attribute_is_the_title(page: str, title: str) -> None:
    assert parse_jd(page).title == title


def test_a_markdown_hard_break_backslash_is_no_part_of_the_place() -> None:
    posting = "# Sozialarbeiter*in\n\nWir suchen jemanden für unser Zentrum in \\\nBerlin \\\nab sofort.\n"
    assert parse_jd(posting).locations == ["Berlin"]


@pytest.mark.parametrize("title", ["Technical Writer", "Content Writer"])
def test_a_writer_is_a_role(title: str) -> None:
    posting = f"---\ntitle: {title}\n---\n\nYou will work beside us as a programmer would.\n"
    assert parse_jd(posting).title == title


@pytest.mark.parametrize(
    "first_line",
    [
        "Backend Engineer (F/M/*)",
        "Backend Engineer (f/m/div.)",
        "Backend Engineer (m, w, d in Vollzeit 39 Stunden/Woche)",
        "Backend Engineer (m/w/d, befristet auf 1 Jahr)",
    ],
)
def test_a_trailing_bracket_that_opens_with_the_gender_mark_is_no_part_of_the_title(first_line: str) -> None:
    assert parse_jd(f"{first_line}\n\nWir bauen Software.\n").title == "Backend Engineer"


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Python Engineer onsite or remote", "Python Engineer"),
        ("Desarrollador JAVA Ssr / Remoto", "Desarrollador JAVA Ssr"),
        ("Senior Data Engineer / BI Architect 100 % remote", "Senior Data Engineer / BI Architect"),
        ("DevOps Engineer per remote", "DevOps Engineer"),
        ("The Full Stack Developer", "Full Stack Developer"),
        ("Full time software developer", "Software developer"),
        (
            "IT-Systemadministrator M365 & Hybrid",
            "IT-Systemadministrator M365 & Hybrid",
        ),  # the product's mode
    ],
)
def test_a_title_without_its_work_mode_or_contract_words(first_line: str, title: str) -> None:
    assert parse_jd(f"{first_line}\n\nWe build tools for teams.\n").title == title


@pytest.mark.parametrize(
    "title",
    [
        "IT Service Manager",
        "Technical Account Manager",
        "Customer Success Manager",
        "Software Release Manager",
    ],
)
def test_a_manager_of_a_thing_not_people_states_no_level(title: str) -> None:
    assert parse_jd(f"# {title}\n\nWe build tools for teams.\n").seniority is None


def test_an_engineering_manager_is_still_a_manager() -> None:
    assert parse_jd("# Engineering Manager\n\nWe build tools for teams.\n").seniority == "manager"


def test_working_from_our_city_office_names_the_city() -> None:
    posting = "# Support Engineer\n\nYou will report to the CTO and will work from our Denver office.\n"
    assert parse_jd(posting).locations == ["Denver"]


@pytest.mark.parametrize("heading", ["**Additional assets**", "Assets:", "### Other assets"])
def test_an_assets_heading_opens_the_pluses(heading: str) -> None:
    result = parse_jd(
        f"# Test Engineer\n\n## Requirements\n* Python\n\n{heading}\n* Well versed in AWS and Git\n"
    )
    assert (result.required_skills, result.preferred_skills) == (["Python"], ["AWS", "Git"])


@pytest.mark.parametrize("heading", ["* Advantages:", "### Advantages", "Advantages"])
def test_an_advantages_heading_opens_the_pluses(heading: str) -> None:
    """ "* Advantages:" over the pluses, as "Advantage:" was (t191en-11, t118en-32); the perks' "your
    advantages" opens no pluses (a review's finding)."""
    result = parse_jd(
        f"# Data Engineer\n\n## Requirements\n* Go\n\n{heading}\n- Experience with Node.js and SQL.\n"
    )
    assert (result.required_skills, result.preferred_skills) == (["Go"], ["Node.js", "SQL"])
    offer = parse_jd("# Data Engineer\n\n## What we offer (your advantages)\n- Work with Go and Kubernetes\n")
    assert offer.preferred_skills == []
    # "Your advantages" heads the perks as "Benefits" does: no pluses, and the stack they name is the
    # role's, as under "Benefits" (the guide); the office tools a perk names are no skills
    for perks in ("## Your advantages", "## Our advantages"):
        posting = (
            f"# Data Engineer\n\n## Your profile\n- Python and Django\n\n{perks}\n"
            "- Modern tech stack: Kubernetes, Terraform and AWS\n- 30 days of holiday\n"
        )
        assert parse_jd(posting) == parse_jd(posting.replace(perks, "## Benefits"))
        assert parse_jd(posting).preferred_skills == []
        tools = parse_jd(
            f"# Data Engineer\n\n## Your profile\n- Python\n\n{perks}\n- Slack, Notion and Figma\n"
        )
        assert (tools.required_skills, tools.preferred_skills) == (["Python"], [])  # they were required


def test_sera_privilegie_marks_a_plus_and_an_interlocuteur_privilegie_no_skill() -> None:
    posting = (
        "# Développeur Django\n\n## Stack\n- Front : Bootstrap, jQuery (Vue.js sera privilégié en cas de "
        "gros besoins côté client)\n\n## Missions\n- Interlocuteur privilégié des équipes Python\n"
    )
    result = parse_jd(posting)
    assert result.required_skills == ["Django", "Bootstrap", "jQuery", "Python"]
    assert result.preferred_skills == ["Vue.js"]


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("Acme | CTO | Full Time", "CTO"),
        ("Acme | www.acme.com | REMOTE worldwide | MongoDB DBA", "MongoDB DBA"),
        ("Acme | Quantum Computing Expert | Full-time", "Quantum Computing Expert"),
        ("Acme | Technical Co-Founder | REMOTE", "Technical Co-Founder"),
        ("Acme | Business Development Representative | Remote", "Business Development Representative"),
    ],
)
def test_a_chief_officer_dba_expert_co_founder_or_representative_is_a_role(header: str, title: str) -> None:
    assert parse_jd(f"{header}\n\nWe build tools for teams.\n").title == title


def test_a_cto_in_a_signature_bracket_or_a_cofounder_domain_is_no_role() -> None:
    posting = "Acme | Remote\n\nWe build tools for teams.\nEmail me (CTO) [email]\n"
    assert parse_jd(posting).title == "Acme"


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Une à deux journées de télétravail sont possibles par semaine.", "hybrid"),
        ("Le télé-travail est possible et encouragé.", "hybrid"),
        ("Mobiles Arbeiten an 2 Tagen pro Woche.", "hybrid"),
        ("Location: This is a full-time opportunity located remotely.", "remote"),
        ("We are looking for engineers to join our team in our San Francisco office.", "onsite"),
        ("You will report to the CTO and will work from our Denver office.", "onsite"),
        ("* Work at SOMA office.", "onsite"),
        ("Both roles are local, in our Toronto office.", "onsite"),
    ],
)
def test_work_mode_phrasings_of_days_at_home_remote_location_and_the_office(sentence: str, mode: str) -> None:
    assert parse_jd(f"# Backend Engineer\n\n{sentence}\n").remote == mode


@pytest.mark.parametrize(
    "sentence",
    [
        "You'll work from our home office setup.",
        "* Work at home office.",
        "We will work at the office party.",
    ],
)
def test_working_from_a_home_office_or_at_an_office_party_is_no_onsite_role(sentence: str) -> None:
    assert parse_jd(f"# Backend Engineer\n\n{sentence}\n").remote != "onsite"


def test_a_double_hyphen_separates_the_company_from_the_role() -> None:
    assert (
        parse_jd("MaintainX -- Senior Software Engineer\n\nWe build tools.\n").title
        == "Senior Software Engineer"
    )


@pytest.mark.parametrize(
    "body",
    [
        "We're hiring:\n- Senior Backend Engineer (Payments, Risk)\n",
        "We are looking for: 2 Senior Backend Engineers.\n",
    ],
)
def test_the_role_after_a_hiring_phrase_and_a_colon_is_the_title(body: str) -> None:
    about = "We build payment tools.\n\nOur customers are clinics.\n\nWe use Go.\n\nWe are 20 people.\n\n"
    posting = f"Acme (YC S17) | Remote | Full time\n\n{about}{body}"
    assert parse_jd(posting).title == "Senior Backend Engineer"


def test_the_first_of_several_listed_roles_is_the_title_and_gives_its_level() -> None:
    """Labellers give a multi-role posting its first role's level (9 of the 14 tuning postings whose
    parse changed when the first role's level was made the posting's; the 5 others, all labelled before
    t76, say none)."""
    about = "We build payment tools.\n\nOur customers are clinics.\n\nWe use Go.\n\nWe are 20 people.\n\n"
    posting = f"Acme | Remote\n\n{about}We're looking for:\n- Engineering Manager\n- Product Designer\n"
    result = parse_jd(posting)
    assert (result.title, result.seniority) == ("Engineering Manager", "manager")


def test_a_level_the_next_listed_role_shares_is_the_postings() -> None:
    about = "We build payment tools.\n\nOur customers are clinics.\n\nWe use Go.\n\nWe are 20 people.\n\n"
    roles = "- Senior Software Engineer (Prenatal)\n- Senior AI Engineer\n- AI Engineering Intern\n"
    result = parse_jd(f"Acme | Remote\n\n{about}We're hiring:\n{roles}")
    assert (result.title, result.seniority) == ("Senior Software Engineer", "senior")


@pytest.mark.parametrize(
    ("roles", "title", "seniority"),
    [
        (
            "Roles\n\nSenior AI Engineer | $180k-220k: Own end-to-end LLM work.\n\nSenior Software Engineer"
            " | $160k\n",
            "Senior AI Engineer",
            "senior",
        ),
        (
            "Senior Product Engineer (Remote, Europe)\n\nJunior Backend Engineer (Remote, Europe)\n",
            "Senior Product Engineer",
            "senior",
        ),
        # a label's line and a sentence name no role: the roles come after them
        (
            "Frontend: React, Relay\n\nBackend systems that scale with our load\n\n3. Data Engineer\n",
            "Data Engineer",
            None,
        ),
    ],
)
def test_a_company_only_header_takes_the_first_role_listed_below(
    roles: str, title: str, seniority: str | None
) -> None:
    about = "We build payment tools.\n\nOur customers are clinics.\n\nWe use Go.\n\nWe are 20 people.\n\n"
    result = parse_jd(f"Olli Health | REMOTE (US/CA) | Full-Time | ollihealth.ai\n\n{about}{roles}")
    assert (result.title, result.seniority) == (title, seniority)


@pytest.mark.parametrize(
    ("header", "below", "title", "seniority"),
    [
        # a role without a role word heads the line: its fields are not all a board's
        (
            "Scrum Master | Finlytics | Senior | Amsterdam | Hybrid",
            "- Mentor junior developers on agile practices",
            "Scrum Master",
            "senior",
        ),
        # a duty or a perk below is no role
        (
            "Kitehawk | Remote (EU) | Full-time | Mid-level",
            "- Pair with senior engineers on the planner",
            "Kitehawk",
            "mid",
        ),
        ("Kitehawk | Remote (EU) | Full-time", "- Home office stipend for engineers", "Kitehawk", None),
    ],
)
def test_a_listed_role_is_read_only_below_a_header_of_the_company_and_board_fields(
    header: str, below: str, title: str, seniority: str | None
) -> None:
    about = "We build payment tools.\n\nOur customers are clinics.\n\nWe use Go.\n\nWe are 20 people.\n\n"
    result = parse_jd(f"{header}\n\n{about}{below}\n")
    assert (result.title, result.seniority) == (title, seniority)


def test_a_first_line_without_fields_keeps_its_title_over_a_role_below() -> None:
    about = "Wir bauen Berichte.\n\nUnsere Kunden sind Kliniken.\n\nWir nutzen Go.\n\nWir sind 20.\n\n"
    result = parse_jd(f"Power BI Experte ab sofort\n\n{about}Data Engineer\n")
    assert result.title == "Power BI Experte ab sofort"


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Wir sind ein Softwareunternehmen mit Sitz in Hamburg.", ["Hamburg"]),
        # a line is a sentence of its own: the recruiter's word on the line before names no seat
        (
            "Unser Partner für Personalfragen ist dabei\nWir sind ein Softwareunternehmen mit Sitz in "
            "Hamburg.",
            ["Hamburg"],
        ),
        ("Wir suchen Engineers für unseren Unternehmenssitz in Salzburg.", ["Salzburg"]),
        ("Die Stelle ist ausschließlich für Bewerber:innen mit Wohnsitz in Deutschland.", ["Deutschland"]),
    ],
)
def test_the_seat_or_the_hires_residence_is_the_place_when_no_other_is_named(
    sentence: str, places: list[str]
) -> None:
    assert parse_jd(f"# Backend Entwickler\n\n{sentence}\n").locations == places


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir, die Hirschmann Personalberatung GmbH mit Sitz in Frankfurt, suchen für einen Kunden.",
        "Impressum: Talentbridge Recruiting GmbH, Sitz in Köln, Amtsgericht Köln HRB 12345",
        "Wir sind Teil der Nordic Systems Group mit Hauptsitz in Stockholm.",
        "Wir betreuen Kunden mit Sitz in Deutschland, Österreich und der Schweiz.",
    ],
)
def test_a_recruiters_a_parent_companys_or_a_clients_seat_is_no_place(sentence: str) -> None:
    assert parse_jd(f"# Backend Entwickler\n\n{sentence}\n").locations == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ein Wohnsitz in Deutschland ist nicht erforderlich.",
        "Falls du deinen Wohnsitz in Berlin nehmen möchtest, hilft dir HR.",
        "Unsere Gründer haben ihren Wohnsitz in Lissabon.",
    ],
)
def test_a_residence_not_asked_of_the_hire_is_no_place(sentence: str) -> None:
    assert parse_jd(f"# Entwickler\n\nDie Stelle ist 100% remote.\n\n{sentence}\n").locations == []


def test_the_seat_yields_to_a_named_workplace_and_is_no_place_of_a_remote_role() -> None:
    seat = "Wir sind ein Unternehmen mit Sitz in Hamburg."
    assert parse_jd(f"# Entwickler\n\n{seat}\n\nStandort: Köln\n").locations == ["Köln"]
    assert parse_jd(f"# Entwickler\n\n{seat}\n\nDie Stelle ist 100% remote.\n").locations == []
    residence = "Bewerber:innen mit Wohnsitz in Deutschland."
    assert parse_jd(f"# Entwickler\n\nDie Stelle ist 100% remote.\n\n{residence}\n").locations == [
        "Deutschland"
    ]


def test_an_arrondissement_de_names_the_city() -> None:
    posting = "# Développeur\n\nVous travaillerez chez Agoranov, dans le 6ème arrondissement de Lyon.\n"
    assert parse_jd(posting).locations == ["Lyon"]


@pytest.mark.parametrize(
    "heading",
    [
        "You'll have an edge if you:",
        "We would love for you to have:",
        "Kann-Anforderungen",
        "[Les cerises sur le gâteau 🍒]",
        "**[Cherries on the cake🍒]**",
        "Ce qui ferait la différence :",
        "Lo que suma:",
    ],
)
def test_an_edge_love_for_you_to_have_kann_anforderungen_and_cherries_head_the_pluses(heading: str) -> None:
    result = parse_jd(f"# Data Engineer\n\n## Requirements\n* Python\n\n{heading}\n* Snowflake, Databricks\n")
    assert (result.required_skills, result.preferred_skills) == (["Python"], ["Snowflake", "Databricks"])


@pytest.mark.parametrize(
    "heading", ["Le profil qui fera la différence :", "Ton profil, ce qui fera la différence :"]
)
def test_the_profile_that_will_make_the_difference_is_the_requirements(heading: str) -> None:
    result = parse_jd(f"# Data Engineer\n\n{heading}\n* Python, Snowflake\n")
    assert (result.required_skills, result.preferred_skills) == (["Python", "Snowflake"], [])


def test_cherries_on_the_cake_that_are_perks_name_no_skill() -> None:
    result = parse_jd(
        "# Data Engineer\n\n## Requirements\n* Python\n\nCherries on the cake (our perks):\n* Figma\n"
    )
    assert (result.required_skills, result.preferred_skills) == (["Python"], [])


@pytest.mark.parametrize(
    "item", ["Swift is a good plus :)", "Swift would be a big advantage", "Go is a must"]
)
def test_a_common_word_skill_opening_what_the_posting_asks_of_it_is_the_tool(item: str) -> None:
    result = parse_jd(f"# iOS Developer\n\n## Requirements\n- Objective-C\n- {item}\n")
    assert set(result.required_skills + result.preferred_skills) - {"Objective-C", "iOS"} == {item.split()[0]}


def test_arm_templates_are_azure_resource_manager_not_the_chip_family() -> None:
    result = parse_jd(
        "# Cloud Engineer\n\n## Requirements\n- Infrastructure as Code (Terraform, ARM templates)\n"
    )
    assert result.required_skills == ["Terraform", "Azure Resource Manager"]


def test_a_bracketed_cue_about_the_latter_marks_only_the_last_item() -> None:
    posting = (
        "# ML Engineer\n\nRequirements: a background in PyTorch and a MSc or PhD (the latter optional).\n"
    )
    result = parse_jd(posting)
    assert (result.required_skills, result.preferred_skills) == (["PyTorch"], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ort: OnSite/Remote (40/60)",
        "Vous travaillez en présentiel (Paris 12°) et en télétravail.",
        "Localisation : 20 avenue de Ségur, Paris (75) et en télétravail",
    ],
)
def test_a_share_of_office_and_remote_or_office_and_teletravail_is_hybrid(sentence: str) -> None:
    assert parse_jd(f"# Développeur\n\n{sentence}\n").remote == "hybrid"


def test_remote_friendly_options_are_a_perk_not_the_mode() -> None:
    posting = "# Engineer\n\nWe offer flexible working hours and remote friendly options.\n"
    assert parse_jd(posting).remote is None


def test_the_header_lines_are_counted_from_the_first_content_line_not_the_pages_fields() -> None:
    posting = (
        "Company: Acme\nLocation: Utrecht, Netherlands\nRemote: No\nType: Full-time\n"
        "Salary: €3858\u2013€4244/month + 8% holiday pay<p>Medior Backend Developer<p>Acme builds tools."
    )
    result = parse_jd(posting)
    assert (result.title, result.seniority) == ("Medior Backend Developer", "mid")


@pytest.mark.parametrize(
    "lead",
    [
        "We are hiring for a number of roles including:\n\nExperienced Unity Developer skilled in C#",
        "We currently have opportunities available for:\n- Senior Python Engineers (Python, Django)",
        "We are hiring for multiple core roles:\n\n1. Solution Architect: You will own integrations",
    ],
)
def test_a_roles_lead_with_a_colon_names_the_title(lead: str) -> None:
    about = "We build payment tools.\n\nOur customers are clinics.\n\nWe use Go.\n\nWe are 20 people.\n\n"
    title = parse_jd(f"Acme | Remote\n\n{about}{lead}\n").title
    assert title in ("Unity Developer", "Senior Python Engineer", "Solution Architect")  # praise is no part


@pytest.mark.parametrize(
    ("posting", "title"),
    [
        ("Acme \u2013 Your IT Expert since 1998\n\nSenior Java Developer (m/w/d)\n\nWir suchen Leute.\n",
         "Senior Java Developer"),
        ("Senior Software Engineer | Office of the CTO | Remote\n\nWe build tools.\n",
         "Senior Software Engineer"),
        ("Acme | Remote\n\nWe're looking for: a senior who leads.\n\nAs a Backend Engineer you code.\n",
         "Backend Engineer"),
    ],
)  # fmt: skip
def test_the_new_role_words_name_a_role_only_ending_a_segment(posting: str, title: str) -> None:
    assert parse_jd(posting).title == title


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("This position cannot be located remotely.", None),
        ("Candidates located remotely will not be considered.", None),
        ("Travail en présentiel et télétravail non possible.", "onsite"),
        ("Join our team in our London office two days a week, the rest from home.", "hybrid"),
    ],
)
def test_negated_or_partial_phrasings_of_the_new_work_mode_cues(sentence: str, mode: str | None) -> None:
    assert parse_jd(f"# Backend Engineer\n\n{sentence}\n").remote == mode


@pytest.mark.parametrize(
    ("section", "required", "preferred"),
    [
        ("## Muss- und Kann-Kriterien\n- Python\n- Java\n", ["Python", "Java"], []),
        ("## Requirements\n- Go is not required; we will teach you\n- Python\n", ["Python"], []),
        (
            "## Stack\nWe use Go and Kubernetes, which gives us a great advantage in speed.\n",
            ["Go", "Kubernetes"],
            [],
        ),
    ],
)
def test_a_heading_naming_both_kinds_a_negated_ask_and_a_great_advantage_mark_no_plus(
    section: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(f"# Entwickler\n\n{section}")
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Développeuses et développeurs séniors", "senior"),
        ("Développeurs expérimentés", "senior"),
        ("Développeurs juniors", "junior"),
    ],
)
def test_a_plural_level_word_is_the_level(title: str, level: str) -> None:
    assert parse_jd(f"# {title}\n\nNous recrutons pour nos équipes.\n").seniority == level


def test_an_address_under_a_location_label_names_its_city() -> None:
    page = (
        "<h1>Webdesigner</h1><p>Wir suchen dich.</p>"
        "<dl><div><dt>Arbeitsort</dt><dd>Zeiloch 13<br>76646 Bruchsal<br>Baden-Württemberg</dd></div></dl>"
    )
    assert parse_jd(page).locations == ["Bruchsal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It would also be ideal if you have significant experience with Heroku.",
        "Other skills that we would look kindly upon include Heroku.",
    ],
)
def test_would_also_be_ideal_and_look_kindly_upon_mark_a_plus(sentence: str) -> None:
    result = parse_jd(f"# Rails Developer\n\n## Requirements\n\nYou know Ruby on Rails.\n\n{sentence}\n")
    assert (result.required_skills, result.preferred_skills) == (["Ruby on Rails"], ["Heroku"])


@pytest.mark.parametrize("dash", ["--", " -- ", " \u2013 ", " - "])
def test_a_cue_after_a_dash_marks_only_what_follows(dash: str) -> None:
    sentence = f"We need 5 years of Ruby on Rails, including automated testing{dash}preferably with RSpec."
    result = parse_jd(f"# CTO\n\n## Requirements\n\n{sentence}\n")
    assert (result.required_skills, result.preferred_skills) == (["Ruby on Rails"], ["RSpec"])


def test_who_we_are_looking_for_heads_the_requirements_not_the_company() -> None:
    posting = "# Developer\n\n## Who we are looking for\n\nYou know Kafka.\n\n## Who we are\n\nWe use Go.\n"
    result = parse_jd(posting)
    assert result.required_skills == ["Apache Kafka"]


@pytest.mark.parametrize(
    "item",
    [
        "Docker - nice to have for the infra side",
        "Docker - a plus for senior candidates",
        "Docker - optional, we can teach you",
        "Docker - wünschenswert für den Betrieb",
    ],
)
def test_a_cue_after_a_dash_that_marks_what_it_follows_keeps_it(item: str) -> None:
    result = parse_jd(f"# CTO\n\n## Requirements\n\n- Python\n- {item}\n")
    assert (result.required_skills, result.preferred_skills) == (["Python"], ["Docker"])


def test_a_hybrid_solution_as_the_working_model_is_hybrid() -> None:
    assert parse_jd("# Dev\n\nWorking model: Hybrid solution possible\n").remote == "hybrid"


def test_a_postcode_without_a_street_starts_a_list_of_places() -> None:
    assert parse_jd("# Dev\n\nLocations\n13355 Berlin\nHamburg\nMünchen\n").locations == [
        "Berlin",
        "Hamburg",
        "München",
    ]


@pytest.mark.parametrize(
    "aside",
    [
        "Familiar with the cloud \u2013 preferably Microsoft Azure \u2013 you have used Docker.",
        "Vertraut mit Cloud-Technologien \u2013 vorzugsweise Microsoft Azure \u2013 hast du Docker genutzt.",
        "Experiencia en la nube \u2013 preferiblemente Microsoft Azure \u2013 y has usado Docker.",
    ],
)
def test_an_aside_opened_by_a_forward_cue_prefers_only_its_object(aside: str) -> None:
    result = parse_jd(f"# DevOps Engineer\n\n## Requirements\n\n- {aside}\n")
    assert (result.required_skills, result.preferred_skills) == (["Docker"], ["Azure"])


def test_a_forward_cue_reaches_its_object_not_what_as_well_as_adds() -> None:
    sentence = "Vorausgesetzt wird ein Studium, idealerweise in der Informatik, sowie Kenntnisse in Angular."
    result = parse_jd(f"# Werkstudent\n\n## Profil\n\n{sentence}\n")
    assert (result.required_skills, result.preferred_skills) == (["Angular"], [])


def test_a_line_with_a_forward_cue_and_its_object_is_no_heading() -> None:
    posting = (
        "# Developer\n\nRequisitos mínimos\n\nEstudios en TI, idealmente Ingeniería en Informática\n"
        " Amplia experiencia en JavaScript y React\n Jenkins\n"
    )
    result = parse_jd(posting)
    assert (result.required_skills, result.preferred_skills) == (["JavaScript", "React", "Jenkins"], [])


@pytest.mark.parametrize(
    "lead",
    ["Ideally you will have experience in the areas below.", "We would ideally like some of the following"],
)
def test_a_forward_cue_leading_a_list_without_a_colon_marks_it_a_plus(lead: str) -> None:
    posting = f"# Data Engineer\n\n## About you\n\n* You know SQL.\n\n{lead}\n\n* Kafka\n* Redis\n"
    result = parse_jd(posting)
    assert (result.required_skills, result.preferred_skills) == (["SQL"], ["Apache Kafka", "Redis"])


@pytest.mark.parametrize(
    "item",
    [
        "Idealerweise Erfahrung mit Docker sowie Kubernetes",
        "Ideally experience with Docker as well as Kubernetes",
        "Experience with containers, ideally Docker as well as Kubernetes",
        "Idéalement, une expérience avec Docker ainsi que Kubernetes",
        "Ideally \u2014 Docker or Kubernetes",
        "Preferably experience with the following \u2013 Docker, Kubernetes",
    ],
)
def test_a_forward_cue_that_opens_its_clause_marks_all_of_it(item: str) -> None:
    result = parse_jd(f"# DevOps Engineer\n\n## Requirements\n\n- Python\n- {item}\n")
    assert (result.required_skills, result.preferred_skills) == (["Python"], ["Docker", "Kubernetes"])


def test_a_waiver_turned_by_a_must_keeps_the_list_asked_for() -> None:
    posting = (
        "# Dev\n\n## Profil\n\nWir suchen keine ganze IT-Abteilung in einer Person, aber das hier solltest "
        "du unbedingt mitbringen:\n\n- Java und Spring Boot\n- PostgreSQL\n"
    )
    result = parse_jd(posting)
    assert (result.required_skills, result.preferred_skills) == (["Java", "Spring Boot", "PostgreSQL"], [])


def test_a_forward_cue_over_a_colon_still_leads_a_list_of_pluses() -> None:
    posting = "# Data Engineer\n\n## About you\n\n* You know SQL.\n\nIdeally you also have:\n\n* Python\n"
    result = parse_jd(posting)
    assert (result.required_skills, result.preferred_skills) == (["SQL"], ["Python"])


def test_data_formats_in_a_bare_list_are_skills_and_a_script_tag_is_not() -> None:
    posting = (
        "# Android Developer\n\n## Requirements\n\n- XML/JSON\n- Formate: YAML, TOML\n\n"
        '<script type="application/ld+json">\n{"@type": "JobPosting", "title": "Android Developer"}\n'
        "</script>\n"
    )
    assert parse_jd(posting).required_skills == ["Android", "XML", "JSON", "YAML", "TOML"]


@pytest.mark.parametrize(
    ("item", "named"),
    [
        ("Tools: Tableau, Microsoft Office", ["Tableau", "Microsoft Office"]),
        ("Conocimiento de PC (MS-Office / MS- Project)", ["Microsoft Office"]),
        ("Manejo de paquete Office a nivel usuario", []),  # a bare common word: no product
    ],
)
def test_a_vendor_led_office_product_counts_where_it_is_asked_for(item: str, named: list[str]) -> None:
    assert parse_jd(f"# Analyst\n\n## Requirements\n\n- {item}\n").required_skills == named


@pytest.mark.parametrize(
    ("item", "required", "preferred"),
    [
        ("Experience with TypeScript or Go is required (both preferred)", ["TypeScript", "Go"], []),
        ("Docker (a plus) and Python are required", ["Python"], ["Docker"]),
    ],
)
def test_a_bare_cue_after_the_clauses_own_must_adds_nothing(
    item: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(f"# Engineer\n\n## Requirements\n\n- {item}\n")
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


def test_a_german_sentence_that_waives_the_stack_as_a_whole_makes_it_a_plus() -> None:
    posting = (
        "# Fullstack Engineer\n\n## Profil\n\n- Du kennst Go.\n\nFolgende Technologien haben wir im Einsatz. "
        "Wir suchen keine ganze IT-Abteilung in einer Person.\n\n- Docker, Kubernetes\n"
    )
    result = parse_jd(posting)
    assert (result.required_skills, result.preferred_skills) == (["Go"], ["Docker", "Kubernetes"])


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Dev\n\n## Beschreibung\nFür unseren Kunden in Nordrhein-Westfalen suchen wir einen Entwickler.",
         ["Nordrhein-Westfalen"]),
        ("Dev\n\nFür unseren Kunden aus Hamburg suche ich aktuell Java Entwickler.", ["Hamburg"]),
        # a remote role's client sits elsewhere; the markets of "zu unseren Kunden in" are no workplace
        ("Dev\n\nFür unseren Kunden in Hamburg suche ich einen Entwickler.\n\nOrt: remote", []),
        ("Dev\n\nWir pflegen Beziehungen zu unseren Kunden in Deutschland und europaweit.", []),
    ],
)  # fmt: skip
def test_a_recruiters_client_place_is_where_an_office_role_works(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


def test_swift_package_manager_and_carthage_are_not_cocoapods() -> None:
    result = parse_jd("# iOS Dev\n\n## Requirements\n\n- Swift Package Manager or Carthage\n- ServiceNow SPM")
    assert "CocoaPods" not in result.required_skills
    assert {"Swift Package Manager", "Carthage"} <= set(result.required_skills)


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("Windows Server and Active Directory", ["Windows Server", "Active Directory"]),
        ("OAuth, SAML, OpenID Connect and JWT", ["OAuth", "SAML", "OpenID Connect", "JWT"]),
        ("OpenGL or Vulkan", ["OpenGL", "Vulkan"]),
        ("MySQL or MariaDB", ["MySQL", "MariaDB"]),
        ("Elasticsearch, Logstash and Kibana", ["Elasticsearch", "Logstash", "Kibana"]),
        ("Formik or React Hook Form", ["Formik", "React Hook Form"]),
        ("Flyway or Liquibase", ["Flyway", "Liquibase"]),
        ("Presto, Trino or Amazon Athena", ["Presto", "Trino", "Amazon Athena"]),
        ("Terraform and Terragrunt", ["Terraform", "Terragrunt"]),
        ("Socket.io and WebSockets", ["Socket.io", "WebSockets"]),
        ("Django and Django REST framework", ["Django", "Django REST framework"]),
        ("Python, FFmpeg, GStreamer, ArcGIS or QGIS", ["Python", "FFmpeg", "GStreamer", "ArcGIS", "QGIS"]),
    ],
)
def test_a_product_is_never_reported_as_another_product_of_its_kind(item: str, skills: list[str]) -> None:
    result = parse_jd(f"# Engineer\n\n## Requirements\n\n- {item}\n")
    assert sorted(result.required_skills) == sorted(skills)


@pytest.mark.parametrize(
    "concept",
    ["contract testing", "property-based testing", "type hints", "service mesh", "web scraping",
     "containerization"],
)  # fmt: skip
def test_a_concept_is_no_alias_of_a_product_that_does_it(concept: str) -> None:
    assert parse_jd(f"# Engineer\n\n## Requirements\n\n- Experience with {concept}\n").required_skills == []


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("# Dev\n### Acme\n#### `💰 ~0k` `🌎 Anywhere (EMEA)`\n\nText", ["EMEA"]),
        # the slash before "Remote, US" parts two places; it is not dropped to glue them into one
        ("# Dev\n### Acme\n#### `💰 ~0k` `🌎 Austin, TX / Remote, US`\n\nText", ["Austin"]),
        # the posting's own office is more explicit than a client's country
        ("Berater\n\nSie sind verantwortlich für unseren Kunden in Österreich.\n\nUnser Büro: Musterstraße 5,"
         " 80331 München\n", ["München"]),
    ],
)  # fmt: skip
def test_a_board_lines_worldwide_bracket_a_slash_before_a_place_and_an_office_over_a_client(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("Experience with dataflow analysis in compilers and C++", ["C++"]),
        ("Nuestro equipo altera la forma de trabajar con Python", ["Python"]),
        ("A superset of features in Python", ["Python"]),
        ("You will build dashboards in Kibana and write Python", ["Kibana", "Python"]),
        ("Python, Dataflow and BigQuery", ["Python", "Google Cloud Dataflow", "BigQuery"]),
    ],
)
def test_a_split_product_keeps_its_reach_and_its_common_word_guard(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\n## Requirements\n\n- {item}\n").required_skills == skills


@pytest.mark.parametrize(
    ("item", "required", "preferred"),
    [
        ("Proficiency in various languages, with a preference for JavaScript/TypeScript", [],
         ["JavaScript", "TypeScript"]),
        ("Familiarity with AWS, with a strong preference for experience with EKS", ["AWS"], ["Amazon EKS"]),
        ("Maîtrise de Python ; une connaissance de Spark et Hadoop serait un fort avantage", ["Python"],
         ["Apache Spark", "Hadoop"]),
        ("Connaissance de l'architecture dans le cadre Microsoft Azure (atout)", [], ["Azure"]),
        ("Git ; la maîtrise de Docker serait un vrai atout", ["Git"], ["Docker"]),
    ],
)  # fmt: skip
def test_a_preference_for_a_strong_advantage_and_a_bracketed_asset_are_a_plus(
    item: str, required: list[str], preferred: list[str]
) -> None:
    result = parse_jd(f"# Engineer\n\n## Requirements\n\n- {item}\n")
    assert (result.required_skills, result.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("sentence", "locations"),
    [
        ("This staff position is located either in Twin Falls, ID or remote.", ["Twin Falls, ID"]),
        ("The role is located in either Berlin, Toronto or San Francisco.",
         ["Berlin", "Toronto", "San Francisco"]),
        ("Our team is based in Berlin or in Munich.", ["Berlin", "Munich"]),
        ("Le poste est basé à Nantes ou à Lyon.", ["Nantes", "Lyon"]),
    ],
)  # fmt: skip
def test_either_after_a_place_cue_and_a_preposition_repeated_in_its_list(
    sentence: str, locations: list[str]
) -> None:
    text = f"Software Engineer\n\nWe build things for people.\n\n{sentence}\n"
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("C# .Net, C/C++/Qt, Java", ["C#", ".NET", "C", "C++", "Qt", "Java"]),
        ("Qt, C++ and Linux", ["Qt", "C++", "Linux"]),
        ("QT results, Java and Go", ["Java", "Go"]),  # "QT" is not how Qt is written
    ],
)
def test_qt_in_a_list_of_skills_is_the_framework(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\n## Requirements\n\n- {item}\n").required_skills == skills


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("Shell scripting for *nix systems", ["Shell", "Unix"]),  # Unix-likes, not the Nix package manager
        ("Nix and NixOS for our builds", ["Nix"]),
        ("A creative sabbatical in Maui, Hawaii", []),  # the island
        ("C#, Visual Studio and MAUI", ["C#", "Visual Studio", ".NET MAUI"]),
    ],
)
def test_a_wildcard_unix_and_an_island_are_no_framework(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\n## Requirements\n\n- {item}\n").required_skills == skills


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("Bazel with rules_haskell and rules_scala", ["Bazel"]),  # rule sets, not the languages
        ("github_issue_number: 812", []),
        ("Python, Git and GitHub", ["Python", "Git", "GitHub"]),
    ],
)
def test_a_name_inside_a_snake_case_identifier_is_no_skill(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\n## Requirements\n\n- {item}\n").required_skills == skills


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("Administration von Microsoft 365 und Intune", ["Microsoft 365", "Microsoft Intune"]),
        ("Office 365 (M365), Azure AD and Active Directory", ["Microsoft 365", "Microsoft Entra ID",
                                                              "Active Directory"]),
        ("Linux/Windows Serveur et serveurs Windows", ["Linux", "Windows Server"]),
    ],
)  # fmt: skip
def test_microsoft_cloud_products_and_windows_server_by_other_names(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\n## Requirements\n\n- {item}\n").required_skills == skills


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("DHCP, DNS und VLAN", ["DHCP", "DNS"]),
        ("Déploiement sur Scalingo", ["Scalingo"]),
        ("Product analytics with Amplitude and Mixpanel", ["Amplitude", "Mixpanel"]),
        ("A feel for the amplitude of a signal", []),  # the ordinary word
    ],
)
def test_a_protocol_a_paas_and_an_analytics_product_the_sources_lack(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\n## Requirements\n\n- {item}\n").required_skills == skills


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Atouts d'une candidate idéale ou d'un candidat idéal :", Kind.REQUIRED),
        ("Atouts du candidat(e) idéal:", Kind.REQUIRED),
        ("Atouts appréciés :", Kind.PREFERRED),
    ],
)
def test_an_ideal_candidates_assets_are_the_profile_and_bare_assets_a_plus(heading: str, kind: Kind) -> None:
    assert heading_kind(heading) == kind


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("GlobalLogic esta buscando un Developer Front end Sr para sumar a un nuevo proyecto", "senior"),
        ("Estamos buscando un Desarrollador Backend Junior para nuestro equipo", "junior"),
        ("Estamos buscando gente con ganas de aprender", None),  # no role named
        ("Single Position to fill for Senior Web Developer", "senior"),
        ("We have an opening for a Junior QA Engineer in Pune", "junior"),
        ("There is a vacancy for an experienced team", None),  # no role named
    ],
)
def test_a_hiring_verb_or_a_position_to_fill_names_the_level(text: str, level: str | None) -> None:
    assert parse_jd(f"# Web Developer\n\n{text}.\n").seniority == level


@pytest.mark.parametrize(
    ("item", "required", "preferred"),
    [
        ("Java + JavaScript; AWS experience a strong plus (everything as CDK IaC)", ["Java", "JavaScript"],
         ["AWS", "AWS CDK"]),
        ("Kafka a big plus", [], ["Apache Kafka"]),
        ("Python plus Django", ["Python", "Django"], []),  # "plus" joining two names
    ],
)  # fmt: skip
def test_a_plus_with_an_adjective_and_no_verb_is_a_plus(
    item: str, required: list[str], preferred: list[str]
) -> None:
    found = parse_jd(f"# Engineer\n\n## Requirements\n\n- {item}\n")
    assert (found.required_skills, found.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("first_line", "remote"),
    [
        ("Findigs | Full-time | NYC | 3x/week in office (M,T, Th) | findigs.com", "hybrid"),
        ("North Island Ventures | Software Engineer | NYC (4x / wk in office) | ONSITE", "hybrid"),
        ("Acme | Software Engineer | NYC | 2x per week on-site", "hybrid"),
        ("Acme | Software Engineer | NYC | ONSITE", "onsite"),
    ],
)
def test_office_days_written_as_times_a_week_are_hybrid(first_line: str, remote: str) -> None:
    assert parse_jd(f"{first_line}\n\nWe build things.\n").remote == remote


@pytest.mark.parametrize(
    ("body", "remote"),
    [
        ("This hybrid role offers flexibility, with 2 days in our Grantham office and potential for full "
         "remote work after 12 months.", "hybrid"),
        ("Hybrid: 2 days in the office, with the option to work fully remotely after onboarding.", "hybrid"),
        ("This hybrid role can also be done fully remote.", "remote"),  # a choice now, not later
    ],
)  # fmt: skip
def test_a_later_chance_of_remote_work_leaves_the_roles_mode(body: str, remote: str) -> None:
    assert parse_jd(f"Acme | Engineer | Grantham, UK | Remote\n\n{body}\n").remote == remote


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("We passed 100k stars on GitHub!", []),
        ("Our strong open-source roots (32,000 stars on GitHub)", []),
        ("5k stars on GitHub; we deploy on GitHub", ["GitHub"]),  # the second is the tool
        ("CI on GitHub Actions", ["GitHub Actions"]),
        # least-tuned postings: the company's code, the candidate's work or profile there
        ("Check out our code on GitHub", []),
        ("We expect to see a lot of your work on github or elsewhere", []),
        ("Si nos mandas tu perfil de github/bitbucket/linkedin, mejor", []),
        ("We review every pull request on GitHub", ["GitHub"]),
    ],
)
def test_stars_on_github_are_the_companys_renown_not_a_tool(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\n## Requirements\n\n- {item}\n").required_skills == skills


@pytest.mark.parametrize(
    ("body", "required", "preferred"),
    [
        ("Tech stack: Doesn't matter, we'll teach you. But we work mostly with Rust, Go, and TypeScript.",
         [], ["Rust", "Go", "TypeScript"]),
        ("Stack: it does not matter. We use Python and Django.", [], ["Python", "Django"]),
        ("Tech stack: Python and Django.", ["Python", "Django"], []),
    ],
)  # fmt: skip
def test_a_stack_that_does_not_matter_is_a_plus(body: str, required: list[str], preferred: list[str]) -> None:
    found = parse_jd(f"# Engineer\n\n{body}\n")
    assert (found.required_skills, found.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("about", "level"),
    [
        ("We are currently looking for an awesome Senior Back End Developer to join our team.", "senior"),
        ("We love to learn and we love to make the best products we can.", None),
    ],
)
def test_a_level_stated_only_in_the_company_part_is_the_roles(about: str, level: str | None) -> None:
    text = f"# Ruby on Rails Engineer\n\n## About Acme Engineering\n\n{about}\n\n## Requirements\n\n- Ruby\n"
    assert parse_jd(text).seniority == level


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("AWS (ECS, Glue, S3)", ["AWS", "Amazon ECS", "Amazon S3", "AWS Glue"]),
        ("Azure (Functions, Service Bus)", ["Azure", "Azure Functions", "Azure Service Bus"]),
        ("Glue code between Python and Go services", ["Python", "Go"]),  # no cloud's bracket
    ],
)
def test_a_short_name_in_a_clouds_bracket_is_that_clouds_product(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\n## Requirements\n\n- {item}\n").required_skills == skills


def test_a_location_fields_glued_on_fields_keep_their_place_and_figure() -> None:
    found = parse_jd("# Engineer\n\nLocation: Noida | Full time | Minimum 2 years experience\n")
    assert (found.locations, found.min_years) == (["Noida"], 2)


@pytest.mark.parametrize(
    ("heading", "title", "years"),
    [
        ("2 X Fullstack Engineer (5+ YOE)", "Fullstack Engineer", 5),
        ("1. Staff Software Engineer - Frontend", "Staff Software Engineer - Frontend", None),
        ("Senior Software Engineer - $240k USD + bonus", "Senior Software Engineer", None),
        ("Senior Engineer (3+ YoE)", "Senior Engineer", 3),
    ],
)
def test_a_titles_count_list_number_pay_and_years_are_not_the_role(
    heading: str, title: str, years: int | None
) -> None:
    found = parse_jd(f"# {heading}\n\nWe build tools.\n")
    assert (found.title, found.min_years) == (title, years)


def test_a_list_of_countries_is_not_read_as_city_and_country_pairs() -> None:
    assert phrase_places("Offices in the US, Netherlands, India.") == ["US", "Netherlands", "India"]
    assert phrase_places("Based in Austin, TX.") == ["Austin, TX"]


def test_the_eu_written_out_is_the_same_place() -> None:
    assert place_key("European Union") == place_key("EU")


def test_a_flat_startup_job_pages_fields_are_read() -> None:
    page = (
        "Acme (YC W23) Is Hiring a Head of Engineering\n\nHead of Engineering at Acme | Y Combinator"
        " Open menu Log in Apply Acme Instantly draft notices. Head of Engineering $220K - $280K • 0.50%"
        " - 1.50% • New"
        " York, NY, US Job type Full-time Role Engineering, Full stack Experience 6+ years Visa US"
        " citizen/visa only Skills Express, React, PostgreSQL Connect directly with founders of the best"
        " YC-funded startups. Apply to role About the role At Acme, we build documents.\n"
    )
    found = parse_jd(page)
    assert (found.min_years, found.locations) == (6, ["New York, NY, US"])
    assert found.required_skills == ["Express", "React", "PostgreSQL"]


@pytest.mark.parametrize(
    ("first", "body", "skills"),
    [
        # "Sage": the employer's short name, not the accounting product
        ("Sage Bionetworks | USA Remote | Backend Engineer", "The Sage ecosystem runs on Java.", ["Java"]),
        ("Go Fintech | Berlin | Backend Engineer", "We build in Go and Java.", ["Go", "Java"]),  # two letters
    ],
)
def test_the_first_word_of_the_employers_name_is_not_a_skill(
    first: str, body: str, skills: list[str]
) -> None:
    assert parse_jd(f"{first}\n\n{body}\n").required_skills == skills


def test_a_decimal_quantity_in_a_list_is_not_a_name() -> None:
    text = "# Engineer\n\nOur game (1.4M+ downloads, Unity/Godot) teaches languages.\n"
    assert parse_jd(text).required_skills == ["Unity", "Godot"]


@pytest.mark.parametrize(
    ("line", "mode"),
    [
        ("Acme | Hybrid (NY, Chicago, or Bay Area) and REMOTE | Engineers", "remote"),
        ("Acme | Engineers | We train staff for remote and hybrid work environments.", None),
        ("Acme | Engineers | Deploy across cloud, on-premise and hybrid setups.", None),
    ],
)
def test_a_mode_in_brackets_and_remote_is_remote_and_a_hybrid_setup_no_mode(
    line: str, mode: str | None
) -> None:
    assert parse_jd(f"{line}\n\nWe build tools.\n").remote == mode


def test_a_compass_word_before_a_place_is_part_of_its_name() -> None:
    text = "Our main office is in Manhattan, but we are building a new office in Northern Virginia."
    assert phrase_places(text) == ["Manhattan", "Northern Virginia"]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Applied AI Engineer: Deploy AI solutions with customers", "Applied AI Engineer"),
        ("Software Engineer: Build the World's Best AI Plan Checker", "Software Engineer"),
        ("Data Engineer: Analytics", "Data Engineer: Analytics"),  # no tagline's verb
    ],
)
def test_a_tagline_after_the_titles_colon_is_not_the_role(heading: str, title: str) -> None:
    assert parse_jd(f"# {heading}\n\nWe build tools.\n").title == title


@pytest.mark.parametrize(
    ("sentence", "skills"),
    [
        ("A support platform powering thousands of teams, including Lovable, Raycast, and n8n.", []),
        ("Our customers, like Deliveroo and Stripe, trust us.", []),
        ("You know tools like Terraform and Ansible.", ["Terraform", "Ansible"]),
    ],
)
def test_names_after_the_teams_a_product_serves_are_customers(sentence: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\n{sentence}\n").required_skills == skills


def test_a_role_in_a_list_of_roles_is_not_a_product_name() -> None:
    text = "# Engineers\n\nRoles: Senior SRE (Kubernetes, Argo CD), Senior SDET (Playwright, Cypress)\n"
    assert parse_jd(text).required_skills == ["Kubernetes", "Argo CD", "Playwright", "Cypress"]


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Technical Program Manager", None),
        ("IT Infrastructure Project Manager", None),
        ("Senior Project Manager", "senior"),
        ("Engineering Manager", "manager"),
    ],
)
def test_a_program_or_project_manager_is_a_family_not_a_level(title: str, level: str | None) -> None:
    assert parse_jd(f"# {title}\n\nWe build tools.\n").seniority == level


def test_a_list_of_ten_countries_is_read_whole() -> None:
    text = "Offices in the US, Netherlands, India, UK, Italy, China, Japan, Spain, New Zealand, Australia."
    assert phrase_places(text)[-2:] == ["New Zealand", "Australia"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "By turning legal code into AI code, Acme enables enterprises to move faster in compliance.\n"
            "We have raised more than $140 million from investors.\nLawyers build agents with our tools.\n"
            "Our agents run inside large banks.\nThe company is growing quickly and hiring in NYC "
            "across all teams, including:\n- Full Stack Engineer ($190k-280k)\n- Engineering Manager\n",
            "Full Stack Engineer",
        ),
        (
            "At Acme, we are a growing hedge fund.\nWe're hiring (Remote - US) for:\n"
            "- Lead Quantitative Developer to help design our trading systems\n",
            "Lead Quantitative Developer",
        ),
        (
            "Acme makes payroll simple.\nWe are looking for a Lead Data Engineer who loves data.",
            "Lead Data Engineer",
        ),
    ],
)
def test_a_prose_lead_in_names_the_listed_role(text: str, title: str) -> None:
    assert parse_jd(text).title == title


@pytest.mark.parametrize(("spelling", "name"), [("Pixi.js", "PixiJS"), ("MomentJS", "Moment.js")])
def test_a_js_library_is_known_by_either_spelling(spelling: str, name: str) -> None:
    assert canonical_name(spelling) == name
    assert parse_jd(
        f"# Game Developer\n\nYou build games with TypeScript and {spelling}.\n"
    ).required_skills == [
        "TypeScript",
        name,
    ]


def test_list_items_typed_in_an_html_paragraph_stay_lines() -> None:
    html = (
        "Acme | CTO | REMOTE<p>*Requirements:*\n- 3+ years managing engineering teams (5-15 people)\n"
        "- Strong Python production experience (5+ years)\n- Passion for music<p>*Comp:* $180K"
    )
    assert "Requirements:\n- 3+ years managing engineering teams" in normalise(html)
    assert parse_jd(html).min_years == 5


@pytest.mark.parametrize(
    ("items", "years"),
    [
        ("- Have 3-6 years building real product systems\n- Are strong in one language", 3),
        ("- 6+ years developing web applications\n- 2+ years as an Engineering Manager", 6),
    ],
)
def test_an_item_under_an_if_you_lead_in_gives_the_years(items: str, years: int) -> None:
    text = f"# Engineering Manager\n\nWe build tools.\n\nYou'll likely thrive here if you:\n{items}\n"
    assert parse_jd(text).min_years == years


def test_a_bare_level_under_apply_here_is_no_title() -> None:
    text = (
        "Acme | Remote (US) | Full-time\nWe build an ML feature store for lenders and their customers.\n"
        "Apply here:\n- Staff: https://acme.com/1\n- Senior: https://acme.com/2\n"
    )
    assert parse_jd(text).title != "Staff"


@pytest.mark.parametrize(
    ("asks", "years"),
    [
        (
            "3+ Years of DevOps or Linux server administration experience\n"
            "- 1+ Years of Experience with Docker",
            3,
        ),
        (
            "Minimum 5+ years of IT experience with Java\n"
            "- 2+ years of Experience in React and cloud-native development",
            2,
        ),
        ("8+ years of software engineering experience\n- 3+ years of experience with Kotlin", 8),
    ],
)
def test_a_field_of_work_figure_is_the_career_not_a_tool_figure(asks: str, years: int) -> None:
    assert parse_jd(f"# Engineer\n\nRequirements:\n- {asks}\n").min_years == years


@pytest.mark.parametrize(
    ("sentence", "skills"),
    [
        (
            "Experience with audio/DSP libraries (NumPy, Librosa, SciPy, Pedalboard)",
            ["NumPy", "SciPy", "Librosa", "Pedalboard"],
        ),
        ("Work with a team of engineers (Anna, Maria, Python, Go) on payments", ["Python", "Go"]),
    ],
)
def test_a_bracket_after_a_kind_of_tool_is_a_list_of_its_own(sentence: str, skills: list[str]) -> None:
    assert parse_jd(f"# CTO\n\nRequirements:\n- {sentence}\n").required_skills == skills


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("We are - REMOTE US Hours - Engineering, sales, support and other roles\nWe build things.", []),
        ("Acme | Engineer\nRemote in the US, working EU business hours.", ["US"]),
    ],
)
def test_a_places_working_hours_are_a_time_zone(text: str, places: list[str]) -> None:
    assert parse_jd(text).locations == places


@pytest.mark.parametrize(
    ("sentence", "skills"),
    [
        ("Our stack is Bun / Hono / Next / Expo", ["Bun", "Hono", "Next.js", "Expo"]),
        ("Next, you will build React apps. The next step is a call.", ["React"]),
    ],
)
def test_next_in_a_list_of_tools_is_next_js(sentence: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\n- {sentence}\n").required_skills == skills


@pytest.mark.parametrize(
    "sentence",
    [
        "You may already know us if you've used software we've built, such as Optuna or CuPy.",
        "We began in 2017 as TimescaleDB, focused on making PostgreSQL the best database.",
    ],
)
def test_the_companys_own_software_and_story_name_no_skill(sentence: str) -> None:
    assert parse_jd(f"Acme | Engineer | Remote\n{sentence}\nYou know Go.\n").required_skills == ["Go"]


@pytest.mark.parametrize(
    ("segment", "places"),
    [
        ("Remote across Canada with office in Toronto", ["Canada"]),
        ("Hybrid with office in Toronto", ["Toronto"]),
    ],
)
def test_a_remote_roles_office_in_the_header_is_no_place_of_the_job(segment: str, places: list[str]) -> None:
    assert parse_jd(f"Acme | Developer | {segment} | Full Time\nWe build.\n").locations == places


def test_a_header_field_of_kinds_of_hire_is_no_title_nor_level() -> None:
    text = (
        "Stellar Science | Hybrid (USA) | Full time, interns/co-ops | U.S. citizenship required\nWe build.\n"
    )
    requirement = parse_jd(text)
    assert "interns" not in requirement.title
    assert requirement.seniority is None


@pytest.mark.parametrize(
    ("line", "required", "preferred"),
    [
        ("Kenntnisse in Kubernetes (eventuell auch OpenShift)", ["Kubernetes"], ["OpenShift"]),
        ("Von grossem Vorteil ist ein Knowhow in Citrix.", [], ["Citrix"]),
        ("Vertrauter Umgang mit Confluence und möglichst auch mit Jira", ["Confluence"], ["Jira"]),
        ("Tu connais Python. Du React, ou encore mieux, du Elm.", ["Python", "React"], ["Elm"]),
        ("Maîtrise de Node.js et PostgreSQL, ou encore mieux de Go", ["Node.js", "PostgreSQL"], ["Go"]),
    ],
)
def test_german_and_french_preferred_cues(line: str, required: list[str], preferred: list[str]) -> None:
    requirement = parse_jd(f"# Entwickler\n\n- {line}\n")
    assert (requirement.required_skills, requirement.preferred_skills) == (required, preferred)


def test_a_region_code_before_its_country_is_a_place() -> None:
    assert is_place("BC, Canada")
    assert is_place("NSW, Australia")
    assert not is_place("TX, Canada")
    assert place_key("BC, Canada") == place_key("British Columbia") == place_key("British Columbia, Canada")
    text = "Acme | Engineering Manager | REMOTE (Ontario or BC, Canada) | Full-time\nWe build.\n"
    assert [place_key(p) for p in parse_jd(text).locations] == ["ontario", "british columbia"]


def test_coded_cities_beside_a_place_named_whole_are_read() -> None:
    text = "Stellar Science | Albuquerque NM, Washington DC, Dayton OH | Full-time\nWe build.\n"
    assert parse_jd(text).locations == ["Albuquerque, NM", "Washington DC", "Dayton, OH"]
    assert parse_jd(text.replace("Albuquerque NM, Washington DC, Dayton OH", "Austin TX, USA")).locations == [
        "Austin, TX, USA"
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Prove AI | Principal Engineer's and Senior Engineer's | Remote\nWe build.", "Principal Engineer"),
        (
            "Wolf Games is looking for a U.S.-based, fully remote Software Engineer (3+ yrs) to help.",
            "Software Engineer",
        ),
        ("We're hiring a NY-based engineer to build our payments stack.", "Engineer"),
    ],
)
def test_a_title_without_the_hires_terms_nor_an_apostrophe_plural(text: str, title: str) -> None:
    assert parse_jd(text).title == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Full Stack Engineer - We are seeking a skilled Full Stack Engineer with experience with both",
            "Full Stack Engineer",
        ),
        (
            "Lead Software Engineer \u2013 we're looking for a strong technical leader to drive our product",
            "Lead Software Engineer",
        ),
        (
            "Senior Software Engineer | You would be able to start with a specification",
            "Senior Software Engineer",
        ),
    ],
)
def test_a_sentence_after_the_role_is_not_part_of_the_title(line: str, title: str) -> None:
    text = f"Acme | San Francisco | Full-Time\nWe build tools for hospitals.\n{line}\n"
    assert parse_jd(text).title == title


def test_a_kinds_of_hire_header_is_read_in_linear_time() -> None:
    """ "Contractor" was read as "contract" + "or" as well: each more word doubled the work (2^n)."""
    assert parse_jd("Contractor " * 60 + "Engineer\nWe need Python.\n").required_skills == ["Python"]


@pytest.mark.parametrize(
    ("asks", "years"),
    [
        ("3+ years of AWS administration experience\n- 7+ years of experience overall", 7),
        (
            "6+ years of professional software experience\n- 3+ years of AWS or GCP administration work",
            6,
        ),
        ("Have a degree in CS\n- Have shipped 2 apps to the App Store in the last 3 years", None),
    ],
)
def test_a_field_figure_yields_to_the_careers_and_a_have_item_needs_a_figure(
    asks: str, years: int | None
) -> None:
    assert parse_jd(f"# Engineer\n\nYou're a fit if you:\n- {asks}\n").min_years == years


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("We're looking for a Tech Lead to guide our engineers.", "Tech Lead"),
        ("We are hiring a team lead with experience managing engineers.", "Team lead"),
        ("We are looking for a Lead Product Designer to join.", "Lead Product Designer"),
    ],
)
def test_lead_ends_a_role_unless_a_role_noun_follows_it(sentence: str, title: str) -> None:
    assert parse_jd(f"Northwind makes tools.\n{sentence}\n").title == title


def test_an_hours_label_after_a_place_keeps_the_place() -> None:
    assert parse_jd("Backend Engineer at Acme\nOnsite in New York City Hours: 9am-5pm ET\n").locations == [
        "New York City"
    ]


def test_a_short_typed_item_ends_its_line_before_the_next_heading() -> None:
    html = "<h1>Backend Engineer</h1><p>Nice to have:\n* Terraform\n* Kubernetes\nRequired:\n* Go</p>"
    requirement = parse_jd(html)
    assert (requirement.required_skills, requirement.preferred_skills) == (
        ["Go"],
        ["Terraform", "Kubernetes"],
    )


def test_a_tool_the_company_built_can_still_be_asked_for() -> None:
    text = "# Dev\n\nRequired: Python, PyTorch, and experience with tools we've built, like Optuna.\n"
    assert parse_jd(text).required_skills == ["Python", "PyTorch", "Optuna"]


@pytest.mark.parametrize("html", ["<p> </p>", "<br>", "<div>\n</div>", "<p>" + "\n" * 50 + "</p>"])
def test_markup_around_no_words_is_not_text(html: str) -> None:
    with pytest.raises(JobDescriptionNotText):
        parse_jd(html)


@pytest.mark.parametrize(
    ("sentence", "locations"),
    [
        ("This is a remote role in the US or Canada.", ["United States", "Canada"]),
        ("You can apply to work remotely from the United States or Canada.", ["United States", "Canada"]),
        # the company's places, not the hire's
        ("We have employees located throughout the US, Australia, and South America.", ["United States"]),
        (
            "Acme is a remote U.S.-based company with teams in Hungary and the United States.",
            ["United States"],
        ),
    ],
)
def test_a_remote_roles_country_gains_the_countries_the_hire_may_work_from(
    sentence: str, locations: list[str]
) -> None:
    header = "# [Backend Engineer](https://jobs.example.com/1)\n#### `🌎 Remote - United States`"
    text = f"{header}\n\nAbout us.\n{sentence}\n"
    assert parse_jd(text).locations == locations


def test_a_bracket_plus_with_its_own_cue_after_the_first_stays_a_plus() -> None:
    requirement = parse_jd(
        "# Dev\n\nRequirements:\n- Cloud providers (AWS preferred, bonus for Azure and GCP)\n"
    )
    assert (requirement.required_skills, requirement.preferred_skills) == (
        [],
        ["AWS", "Azure", "Google Cloud"],
    )


def test_additional_qualifications_after_the_requirements_are_a_plus() -> None:
    text = "# Dev\n\n**Required Skills**\n- Go\n\n**Additional Qualifications**\n- Languages: C#, Rust\n"
    requirement = parse_jd(text)
    assert (requirement.required_skills, requirement.preferred_skills) == (["Go"], ["C#", "Rust"])


@pytest.mark.parametrize(
    ("asks", "years"),
    [
        (
            "* 10 ans+ d\u2019expérience en développement\n* 4 ans+ d\u2019expérience avec NodeJS",
            10,
        ),
        ("* 5+ years experience designing and building web apps\n* 1+ years as a tech/team lead", 5),
        ("* (5+) years of experience as a UX/UI Frontend developer", 5),
    ],
)
def test_the_careers_figure_over_a_parts(asks: str, years: int) -> None:
    assert parse_jd(f"# Développeur\n\n### Qualifications\n\n{asks}\n").min_years == years


def test_a_remote_locations_field_lists_the_places() -> None:
    header = "# [Dev](https://x.com/1)\n### Acme\n#### `🌎 Remote - North America/Europe`"
    text = f"{header}\n\nWe build APIs.\n\n### **Remote Locations: Canada, Brazil, Europe**\n"
    assert parse_jd(text).locations == ["Canada", "Brazil", "Europe"]


def test_a_remote_tag_keeps_the_headers_remote_over_the_companys_hybrid_policy() -> None:
    header = "# [Engineer](https://x.com/1)\n### Acme\n#### `🌎 remote,Katowice`"
    body = (
        "Here at Acme we prioritize flexibility and work-life harmony. Our Hybrid work environment provides"
        " options tailored to your role and preferences."
    )
    assert parse_jd(f"{header}\n\n## Description\n\n{body}\n\n* #LI-Remote\n").remote == "remote"


def test_a_job_bots_evaluation_after_the_posting_is_not_read() -> None:
    posting = "# Go Developer\n\nAnforderungen:\n- Go\n\n---\n\n"
    evaluation = (
        "## 🤖 AI Evaluation Results\n\n### LLM Analysis Phase\n- **LLM Provider:** OpenAI\n\n"
        "#### Detailed Rationale\n- Strong matches: 30+ years Java experience\n"
    )
    requirement = parse_jd(posting + evaluation)
    assert (requirement.required_skills, requirement.min_years) == (["Go"], None)


def test_a_forward_cue_before_a_purpose_marks_no_name() -> None:
    text = (
        "# Dev\n\nRequirements:\n* Coding skills in Scala or Java preferably for building data pipelines.\n"
    )
    requirement = parse_jd(text)
    assert (requirement.required_skills, requirement.preferred_skills) == (["Scala", "Java"], [])


def test_a_job_keywords_line_is_the_boards_metadata() -> None:
    text = "# Analyst\n\nRequirements:\n* Power BI\n\n**Job Keywords:** Data Analyst, SQL, Python\n"
    assert parse_jd(text).required_skills == ["Power BI"]


def test_a_cloud_before_a_spaced_dash_and_its_services_is_a_skill_too() -> None:
    text = "# QA\n\n### What you'll need:\n* Experience with AWS - Lambda/S3.\n"
    assert parse_jd(text).required_skills == ["AWS", "AWS Lambda", "Amazon S3"]


def test_a_location_value_run_into_the_next_sentence_is_its_leading_place() -> None:
    text = (
        "# PR Berater\n\nStandort: München Du liebst Hotels, Destinationen und gutes Storytelling? Du hast"
        " Kontakte zu Journalist:innen und Content Creators im Travel- und Lifestyle-Umfeld?\n"
    )
    assert parse_jd(text).locations == ["München"]


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("# 2-3 Netzwerk Engineers (m/w/d)", "Netzwerk Engineer"),
        ("# Développeur Node.js Senior 100% télétravail - (REF 04-01D)", "Développeur Node.js Senior"),
        ("# Network Engineer (REF1704U)", "Network Engineer"),
        ("# Dev expert Python en télétravail", "Dev expert Python"),
    ],
)
def test_a_head_count_work_mode_and_reference_are_not_the_title(first_line: str, title: str) -> None:
    assert parse_jd(f"{first_line}\n\nWe build network software for hospitals.\n").title == title


def test_a_location_field_glued_to_a_dash_lists_its_places() -> None:
    text = "# Principal Engineer\n\nExperience- 5 years\n\nLocation- Bangalore & Hyderabad\n\nWe build.\n"
    assert parse_jd(text).locations == ["Bangalore", "Hyderabad"]


def test_a_figure_glued_to_its_unit_is_no_skill_name() -> None:
    text = "# Java Entwickler\n\nMuss:\n- 5Jahre/900PT Java-Entwicklung\n- 5Jahre/900PT SpringBoot, Oracle\n"
    assert parse_jd(text).required_skills == ["Java", "Spring Boot", "Oracle Database"]


def test_with_experience_in_after_a_comma_opens_the_plus() -> None:
    text = "# Dev\n\nRequirements:\n* 4+ years with TypeScript, with experience in Rust being a plus\n"
    requirement = parse_jd(text)
    assert (requirement.required_skills, requirement.preferred_skills) == (["TypeScript"], ["Rust"])


def test_hybrid_preferred_but_open_to_remote_is_remote() -> None:
    header = "# [Salesforce Developer](https://x.com/1)\n### Acme\n#### `🌎 remote,Remote, USA`"
    body = "## Description\n\nWe build robots.\n\n* Hybrid preferred, but open to remote candidates.\n"
    assert parse_jd(f"{header}\n\n{body}").remote == "remote"


@pytest.mark.parametrize(
    "sentence",
    [
        "This position is remote in the United States and is not open to candidates residing in Canada.",
        "Our engineers are located across the US, Canada and Mexico, and you will collaborate with them.",
        "You will work remotely from the United States and partner with our hubs in India.",
    ],
)
def test_countries_the_hire_may_not_work_from_are_not_added(sentence: str) -> None:
    header = "# [Backend Engineer](https://jobs.example.com/1)\n#### `🌎 Remote - United States`"
    assert parse_jd(f"{header}\n\nAbout us.\n{sentence}\n").locations == ["United States"]


def test_a_location_value_that_goes_on_with_a_second_place_keeps_both() -> None:
    text = "# Dev\n\nStandort: Berlin und München (hybrid, zwei Tage pro Woche im Büro, sonst zu Hause)\n"
    assert parse_jd(text).locations == ["Berlin", "München"]


def test_evaluation_results_in_the_posting_itself_are_read() -> None:
    text = "# AI Evaluation Engineer\n\n- AI Evaluation Results are weekly\n\nRequirements:\n- Python\n"
    assert parse_jd(text).required_skills == ["Python"]


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("# 12 Month FTC Data Engineer", "12 Month FTC Data Engineer"),
        ("# 24 Hour Support Engineer", "24 Hour Support Engineer"),
    ],
)
def test_a_number_before_a_unit_stays_in_the_title(first_line: str, title: str) -> None:
    assert parse_jd(f"{first_line}\n\nWe build network software for hospitals.\n").title == title


def test_a_bracket_plus_does_not_reach_an_item_with_its_own_must() -> None:
    text = "# Dev\n\nRequirements:\n- Databases (PostgreSQL preferred, MySQL is a plus, Redis required)\n"
    assert "Redis" in parse_jd(text).required_skills


def test_office_days_in_the_body_outweigh_a_remote_tag() -> None:
    header = "# [Engineer](https://x.com/1)\n### Acme\n#### `🌎 Remote`"
    body = (
        "## Description\n\nThis is a hybrid role and requires you to be in our Denver office 3 days a week."
    )
    assert parse_jd(f"{header}\n\n{body}\n\n* #LI-Remote\n").remote == "hybrid"


def test_additional_qualifications_as_the_only_profile_are_asked() -> None:
    text = (
        "# Dev\n\nResponsibilities\n- Build it\n\nAdditional Qualifications:\n- 5+ years of Java\n- Oracle\n"
    )
    assert parse_jd(text).required_skills == ["Java", "Oracle Database"]


def test_a_place_or_remote_header_keeps_the_place_and_offers_remote() -> None:
    header = "# [Staff Software Engineer](https://x.com/1)\n### FourKites\n#### `🌎 Chennai or Remote `"
    pitch = "At FourKites we tackle complex challenges with real-world impacts for supply chains worldwide."
    perks = "We offer 5 global recharge days, and a hybrid, flexible approach to work for all our employees."
    requirement = parse_jd(f"{header}\n\n{pitch}\n\n## Benefits\n\n{perks}\n")
    assert (requirement.locations, requirement.remote) == (["Chennai"], "remote")


@pytest.mark.parametrize(
    "title", ["Data Quality & Management Experts (Collibra)", "Data Management Expert", "Management Experts"]
)
def test_management_as_an_experts_domain_is_no_level(title: str) -> None:
    assert parse_jd(f"# {title}\n\nWe need SQL.\n").seniority is None


def test_a_capitalised_glue_in_an_aws_tool_list_is_aws_glue() -> None:
    text = "# Data Engineer\n\nRequirements:\n- Experience with AWS services like Athena, EMR and Glue\n"
    assert "AWS Glue" in parse_jd(text).required_skills


def test_glue_as_a_common_word_is_no_skill() -> None:
    text = "# Data Engineer\n\nRequirements:\n- You write the glue code between our Python services\n"
    assert "AWS Glue" not in parse_jd(text).required_skills


def test_years_in_a_kind_of_web_development_are_the_career_not_a_tools_figure() -> None:
    text = (
        "# Full Stack Developer\n\nRequirements:\n- 4+ years of experience in full stack web development.\n"
        "- 2+ years of experience with Node.js and Typescript.\n"
    )
    assert parse_jd(text).min_years == 4


def test_experience_at_a_venture_backed_startup_is_the_hires() -> None:
    item = "At least 5 years experience building apps (ideally with experience at a venture-backed startup)"
    assert parse_jd(f"# Engineer\n\nRequirements:\n- {item}\n").min_years == 5


def test_a_venture_backed_company_is_still_the_companys_story() -> None:
    text = "# Engineer\n\nRequirements:\n- Python\n- We are a venture-backed startup that built it in Rust\n"
    assert parse_jd(text).required_skills == ["Python"]


def test_minimum_years_as_an_items_start_ask_for_them_outside_a_requirements_heading() -> None:
    text = (
        "# Solutions Engineer\n\nWhat you will do:\n- Present the platform to customers\n"
        "- Minimum of five years previous Solutions Engineering with success in Cloud Security\n"
    )
    assert parse_jd(text).min_years == 5


@pytest.mark.parametrize(
    "item",
    [
        "Experience with Relational and NoSQL databases",
        "Experience in Data Warehousing (Relational and dimensional data modeling)",
    ],
)
def test_an_adjective_before_its_noun_is_no_product_name(item: str) -> None:
    assert parse_jd(f"# Data Engineer\n\nRequirements:\n- {item}\n").required_skills == []


@pytest.mark.parametrize(
    ("header", "sentence", "locations"),
    [
        (
            "remote,Dallas, TX",
            "Position allows telecommuting from anywhere in the U.S.",
            ["Dallas, TX", "U.S."],
        ),
        ("remote,Munich", "Du arbeitest zu 100% deutschlandweit im Homeoffice.", ["Munich", "Germany"]),
        ("remote,Munich", "You can work from anywhere in Germany but not from Bavaria.", ["Munich"]),
    ],
)
def test_a_remote_role_opened_to_a_whole_country_beside_its_city_lists_the_country(
    header: str, sentence: str, locations: list[str]
) -> None:
    text = f"# [Engineer](https://x.com/1)\n### Acme\n#### `🌎 {header}`\n\n## Description\n\n{sentence}\n"
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    "sentence", ["Du arbeitest zu 100% im Homeoffice.", "Du arbeitest zu 100% deutschlandweit im Homeoffice."]
)
def test_all_of_the_time_in_a_home_office_is_remote(sentence: str) -> None:
    assert parse_jd(f"# Vertriebsberater\n\n{sentence}\n").remote == "remote"


def test_it_would_be_beneficial_contracted_leads_a_list_of_pluses() -> None:
    text = (
        "# Engineer\n\n### Our tech stack\n\nYou will be an expert in Ruby.\n\n"
        "It\u2019d also be beneficial to have experience in the following tools:\n\n"
        "  * Frontend: TypeScript\n  * Storage: Redis\n\n## About you:\n\n  * 5+ years building web apps\n"
    )
    requirement = parse_jd(text)
    assert (requirement.required_skills, requirement.preferred_skills) == (["Ruby"], ["TypeScript", "Redis"])


@pytest.mark.parametrize(
    "item",
    [
        "Experience in offensive security (Penetration Testing, Red Teaming, Vulnerability Scanning)",
        "Experience with Red Team exercises",
        "Preferably within the offensive security realm",
    ],
)
def test_red_teaming_and_a_security_realm_name_no_technology(item: str) -> None:
    requirement = parse_jd(f"# Security Engineer\n\nRequirements:\n- {item}\n")
    assert requirement.required_skills + requirement.preferred_skills == []


def test_a_compulsory_internship_is_an_intern_role() -> None:
    assert parse_jd("# Pflichtpraktikum Marketing (m/w/d)\n\nWir suchen dich.\n").seniority == "intern"


def test_a_location_field_that_is_a_sentence_about_candidates_is_read_as_prose() -> None:
    value = "Candidates based in Vancouver, British Columbia or Toronto, Ontario are preferred, but apply."
    text = f"# BI Developer\n\n**Job Location:** {value}\n"
    assert parse_jd(text).locations == ["Vancouver, British Columbia", "Toronto, Ontario"]


def test_the_employers_own_tool_is_no_skill() -> None:
    text = (
        "# Staff Software Engineer\n\nWhat you will do:\n"
        "- Spearhead the development of Bento, our proprietary local development tool, written in Go\n"
    )
    assert parse_jd(text).required_skills == ["Go"]


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Software Engineer L6 - Operating System Security", "staff"),
        ("Software Engineer - Backend (E5)", "senior"),
        ("Software Engineer - Cody Core [IC2]", "mid"),
        ("Technical Support Engineer (L2)", None),  # a support tier
        ("L3 Network Engineer", None),
    ],
)
def test_a_ladder_code_in_the_title_is_its_level(title: str, level: str | None) -> None:
    assert parse_jd(f"# {title}\n\nWe need C.\n").seniority == level


def test_a_regions_header_narrowed_to_its_only_countries_lists_the_countries() -> None:
    header = "# [Trust and Security Engineer](https://x.com/1)\n### Bugcrowd\n#### `🌎 Remote DACH`"
    note = "We are currently only considering candidates located in Germany, Austria, and Switzerland."
    assert parse_jd(f"{header}\n\n{note}\n").locations == ["Germany", "Austria", "Switzerland"]


def test_a_regions_header_beside_a_sentence_that_only_names_an_example_keeps_the_region() -> None:
    header = "# [Trust and Security Engineer](https://x.com/1)\n### Bugcrowd\n#### `🌎 Remote DACH`"
    note = "Many of us are based in Germany."
    assert parse_jd(f"{header}\n\n{note}\n").locations == ["DACH"]


def test_a_code_glued_to_its_dash_in_a_header_still_names_the_country() -> None:
    header = "# [Integration Engineer](https://x.com/1)\n### Stripe\n#### `🌎 US- Remote, US- Chicago`"
    assert parse_jd(f"{header}\n\nWe build payments.\n").locations == ["US", "Chicago, US"]


@pytest.mark.parametrize(
    ("item", "required", "preferred"),
    [
        (
            "Desire to learn programming/scripting skills in Bash, Go, TypeScript",
            [],
            ["Shell", "Go", "TypeScript"],
        ),
        ("Strong skills in Rust, or C++ experience and a strong desire to learn Rust", ["Rust", "C++"], []),
        (
            "Having experience in Kafka, Spark etc will be added advantages.",
            [],
            ["Apache Kafka", "Apache Spark"],
        ),
    ],
)
def test_a_desire_to_learn_and_added_advantages_are_not_asked(
    item: str, required: list[str], preferred: list[str]
) -> None:
    requirement = parse_jd(f"# Engineer\n\nRequirements:\n- {item}\n")
    assert (requirement.required_skills, requirement.preferred_skills) == (required, preferred)


def test_veteran_builders_from_other_companies_are_the_teams_history() -> None:
    text = (
        "# Backend Engineer\n\nOur team is made up of veteran product builders from Airbnb and Slack.\n\n"
        "Requirements:\n- TypeScript\n"
    )
    assert parse_jd(text).required_skills == ["TypeScript"]


def test_a_remote_option_among_hybrid_offices_in_the_header_is_remote() -> None:
    header = "# [Engineer](https://x.com/1)\n### Acme\n#### `🌎 Denver, CO - Hybrid; United States - Remote`"
    assert parse_jd(f"{header}\n\nWe build payroll software.\n").remote == "remote"


# ---- stop 50: a fresh helper's attack on the rules above; each case once went wrong ----
BOARD = "# [Engineer](https://x.com/1)\n### Acme\n#### `🌎 {}`\n\n{}\n"


@pytest.mark.parametrize(
    ("header", "body", "remote"),
    [
        (
            "München",
            "Die Stelle ist nicht zu 100% im Homeoffice möglich, sondern hybrid mit 3 Tagen im Büro.",
            "hybrid",
        ),
        (
            "München",
            "Hybrid mit 2 Tagen im Büro.\n\n* Wir übernehmen 100% deiner Homeoffice-Ausstattung",
            "hybrid",
        ),
    ],
)
def test_a_full_home_office_share_negated_or_as_equipment_is_not_remote(
    header: str, body: str, remote: str
) -> None:
    assert parse_jd(BOARD.format(header, body)).remote == remote


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("Own dbt models in Snowflake, our internal data warehouse", ["dbt", "Snowflake"]),
        ("You're a veteran of building APIs in Go and Python", ["Go", "Python"]),
        ("Desire to learn and 3+ years of experience with Java and Spring Boot", ["Java", "Spring Boot"]),
        ("Fundierte Erfahrung in der Entwicklung von Systemen mit Go und Rust auf Basis von Kubernetes",
         ["Go", "Rust", "Kubernetes"]),
        ("Experience with swift, swiftui, core data, realm", ["Swift", "SwiftUI", "Core Data", "Realm"]),
    ],
)  # fmt: skip
def test_the_stop_50_rules_leave_asked_skills_asked(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\nRequirements:\n- {item}\n").required_skills == skills


@pytest.mark.parametrize(
    "title", ["NOC Engineer L3", "Network Engineer (L3)", "Software Engineer L4 Autonomous Trucking"]
)
def test_a_tier_or_autonomy_code_is_no_ladder_level(title: str) -> None:
    assert parse_jd(f"# {title}\n\nWe need C.\n").seniority is None


@pytest.mark.parametrize(
    ("header", "body", "locations"),
    [
        ("Remote EMEA", "Only candidates based in the UK are eligible for our pension scheme.", ["EMEA"]),
        ("remote,Austin, TX", "You will travel to customer sites anywhere in the U.S.", ["Austin, TX"]),
        ("Remote,München", "Wir sind deutschlandweit an 12 Standorten vertreten.", ["München"]),
    ],
)
def test_a_sentence_not_about_where_the_hire_works_adds_no_country(
    header: str, body: str, locations: list[str]
) -> None:
    assert parse_jd(BOARD.format(header, body)).locations == locations


def test_a_city_code_glued_to_its_dash_is_not_read_as_a_country() -> None:
    assert "SF" not in parse_jd(BOARD.format("SF- Bay Area, NY- New York", "We build things.")).locations


def test_the_customers_as_a_possessive_leave_the_roles_stack_in_its_sentence() -> None:
    text = (
        "# Backend Engineer\n\nWhat you will do:\n"
        "- Build systems that manage our customers experiments using Big Query, Snowflake, and RedShift.\n"
    )
    assert parse_jd(text).required_skills == ["BigQuery", "Snowflake", "Amazon Redshift"]


def test_the_customers_as_a_subject_are_still_the_companys_story() -> None:
    text = (
        "# Backend Engineer\n\nAbout us:\n- Our customers include Stripe and Shopify.\n\nRequirements:\n- Go"
    )
    assert parse_jd(text).required_skills == ["Go"]


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Minimum of two years commitment to the program.", None),
        ("3 years of experience, and a 2-year commitment to the team", 3),
        ("5 years commercial experience in Python", 5),
    ],
)
def test_years_of_commitment_are_a_stay_not_experience(line: str, years: int | None) -> None:
    assert parse_jd(f"# Software Engineer\n\nRequirements:\n- {line}\n").min_years == years


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("Experience with Batch processing in Python", ["Python"]),
        ("Shape the roadmap for the Batch Infra platform in Go", ["Go"]),
        ("Experience with Batch, PowerShell and Bash scripting", ["Batchfile", "PowerShell", "Shell"]),
    ],
)
def test_batch_work_is_not_windows_batch_files(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Data Engineer\n\nRequirements:\n- {item}\n").required_skills == skills


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("# Engineer\n#### `🌎 Remote - DEU`\nWe use Python.", ["Germany"]),
        ("# Engineer\n#### `💰 USD $150,000~$170,000` `🌎 Remote - CAN`\nWe use Python.", ["Canada"]),
        ("# Engineer\n#### `🌎 Stuttgart, DEU, Remote - DEU`\nWe use Python.", ["Stuttgart, DEU", "Germany"]),
        ("Backend Engineer\nRemote - POL\nWe use Python.", ["Poland"]),
        ("# Engineer\n#### `🌎 Remote - EST`\nWe use Python.", []),  # the time zone, not Estonia
    ],
)
def test_a_work_modes_country_code_names_the_country(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


def test_a_bare_remote_and_code_line_names_no_skill() -> None:
    posting = parse_jd("Backend Engineer\nRemote - CAN\nWe use Python and Go.")
    assert (posting.required_skills, posting.locations) == (["Python", "Go"], ["Canada"])


def test_rpc_is_a_concept_its_named_protocols_are_skills() -> None:
    posting = parse_jd(
        "# Backend Engineer\n\nNice to have:\n* Experience with RPC protocols (e.g., gRPC, Thrift).\n"
    )
    assert (posting.required_skills, posting.preferred_skills) == ([], ["gRPC", "Thrift"])


def test_a_board_summary_repeated_word_for_word_names_no_employer() -> None:
    summary = "We build solutions using Microsoft's Power Platform tools, including Power Apps and Power BI."
    duty = "* Integrate Power Platform solutions with other systems, including SharePoint and Dynamics 365."
    text = f"# Power Platform Developer\n\n{summary}\n\n{summary}\n\nResponsibilities:\n{duty}\n"
    assert "Microsoft SharePoint" in parse_jd(text).required_skills


def test_the_european_union_is_a_place() -> None:
    assert parse_jd("# Engineer\n#### `🌎 European Union`\nWe use Go.").locations == ["European Union"]


@pytest.mark.parametrize(
    ("title", "skills"),
    [
        ("Senior Software Engineer, UI Developer (JavaScript/React.js)", ["JavaScript", "React"]),
        ("DevOps Consultant, SRE (Kubernetes, Terraform)", ["Kubernetes", "Terraform"]),
    ],
)
def test_a_role_in_a_title_list_is_no_skill(title: str, skills: list[str]) -> None:
    assert parse_jd(f"# {title}\n\nWe build things.\n").required_skills == skills


def test_microsoft_sql_is_sql_server() -> None:
    text = "# Engineer\n\nRequirements:\n* Complex queries for both Microsoft SQL and MySQL.\n"
    assert parse_jd(text).required_skills == ["Microsoft SQL Server", "MySQL"]


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        (
            "Erfahrung mit SAP SuccessFactors und SAP Analytics Cloud",
            ["SAP SuccessFactors", "SAP Analytics Cloud"],
        ),
        ("Grundkenntnisse in SAP (Modul MM), MS Office", ["SAP MM", "Microsoft Office"]),
        ("Kenntnisse der SAP Module FI/CO", ["SAP FI", "SAP CO"]),
        ("SAP Solution Manager, SAP Sales Cloud", ["SAP Solution Manager", "SAP Sales Cloud"]),
        ("Erfahrung als SAP Prozessmanager", ["SAP"]),  # a German compound noun, not a product
        ("Migration in die SAP Public Cloud", ["SAP"]),  # a way to run S/4HANA
    ],
)
def test_sap_products_are_named_in_full(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# SAP Berater\n\nAnforderungen:\n- {item}\n").required_skills == skills


def test_data_vault_is_a_modelling_method_not_hashicorp_vault() -> None:
    text = "# Data Engineer\n\nRequirements:\n* Data Vault Methodology in Snowflake\n* HashiCorp Vault\n"
    assert parse_jd(text).required_skills == ["Snowflake", "Vault"]


def test_what_we_seek_opens_the_requirements() -> None:
    text = "# SRE\n\n### **What we seek:**\n* Strong engineering background (at least 6 years)\n"
    assert parse_jd(text).min_years == 6


@pytest.mark.parametrize(
    "item", ["EDV Kenntnisse (MS Office)", "EDV Kenntnisse(MS Office)", "Solid knowledge (MS Office)"]
)
def test_a_bracket_after_knowledge_names_the_tool(item: str) -> None:
    assert parse_jd(f"# Kaufmann\n\nAnforderungen:\n- {item}\n").required_skills == ["Microsoft Office"]


def test_what_will_give_you_an_edge_heads_the_nice_to_haves() -> None:
    text = "# Engineer\n\n### What will you bring?\n* Python\n\n### What will give you an edge?\n* Postgres\n"
    posting = parse_jd(text)
    assert (posting.required_skills, posting.preferred_skills) == (["Python"], ["PostgreSQL"])


def test_vor_ort_is_a_work_mode_not_a_place() -> None:
    text = (
        "# SAP HCM Consultant\n\n- Einsatzort: Hybrid: Remote / Vor Ort (Zentralschweiz)\n\nWir nutzen SAP.\n"
    )
    assert parse_jd(text).locations == ["Zentralschweiz"]


def test_years_working_as_the_role_are_the_career() -> None:
    text = (
        "# Lead Backend Engineer\n\nRequirements:\n* 8+ years of experience working as a Back-End Engineer\n"
        "* 5+ years of building and running at scale AWS cloud solutions\n"
    )
    assert parse_jd(text).min_years == 8


def test_a_hq_located_in_a_city_is_the_companys_place() -> None:
    text = (
        "# Principal Engineer\n#### `🌎 remote,Remote`\n\nWe have a HQ located in San Francisco, CA"
        " and we are considering remote candidates.\n\nWe use Go.\n"
    )
    assert parse_jd(text).locations == []


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("GCP Pub/Sub and Google Cloud Spanner", ["Google Pub/Sub", "Spanner"]),
        ("Docker Swarm or Kubernetes", ["Docker Swarm", "Kubernetes"]),
        ("VMware vSphere and ESXi", ["VMware vSphere", "VMware ESXi"]),
        ("AWS Bedrock, Qlik Sense", ["Amazon Bedrock", "Qlik Sense"]),
    ],
)
def test_products_are_named_as_the_labels_name_them(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\nRequirements:\n- {item}\n").required_skills == skills


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("Cloud SQL, Lightning Web Components (LWC)", ["Google Cloud SQL", "Lightning Web Components"]),
        ("Aurora PostgreSQL", ["Amazon Aurora"]),
        ("Proxmox VE", ["Proxmox"]),
    ],
)
def test_more_products_are_named_as_the_labels_name_them(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\nRequirements:\n- {item}\n").required_skills == skills


def test_check_mk_is_checkmk() -> None:
    assert canonical_name("check_mk") == "Checkmk"


@pytest.mark.parametrize("place", ["Aurora, Colorado", "Phoenix, Arizona", "Aurora, CO"])
def test_a_town_with_its_state_spelled_out_is_no_product(place: str) -> None:
    assert parse_jd(f"# Engineer\n\nThe office is in {place}.\n\nRequirements:\n- Go\n").required_skills == [
        "Go"
    ]


def test_willing_to_learn_marks_what_follows_not_the_ask_before_it() -> None:
    text = (
        "# Staff Engineer\n\nAbout you:\n* You've built features in Python, or have transferable experience"
        " in languages like Node.js and are willing to learn Python\n"
    )
    assert parse_jd(text).required_skills == ["Python", "Node.js"]


def test_tls_is_a_protocol() -> None:
    text = "# Security Engineer\n\nRequirements:\n- TLS/SSL and PKI\n- ISO 27001\n"
    assert parse_jd(text).required_skills == ["TLS", "ISO 27001"]  # its own standard, not SOC 2 (stop 63)


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        (
            "# ML Engineer\n\nWhat We're Looking For:\n* Python\n"
            "* Experience in the following tools is a plus. AWS (SageMaker, Lambda), Terraform, Docker.\n",
            ["Python"],
            ["AWS", "Amazon SageMaker", "AWS Lambda", "Terraform", "Docker"],
        ),
        (
            "# Developer\n\nExperience you need:\n* MuleSoft\n\n"
            "Experience with the following will also be useful:\n* Docker/Kubernetes\n* Jenkins\n",
            ["MuleSoft"],
            ["Docker", "Kubernetes", "Jenkins"],
        ),
        (
            "# Engineer\n\n### Requirements and Preferred Experience:\n* Angular, TypeScript\n",
            ["Angular", "TypeScript"],
            [],
        ),
        (
            "# Developer\n\nRequirements:\n* You have been using Docker and potentially also Kubernetes.\n",
            ["Docker"],
            ["Kubernetes"],
        ),
    ],
)
def test_cues_of_the_t103_batch(text: str, required: list[str], preferred: list[str]) -> None:
    posting = parse_jd(text)
    assert (posting.required_skills, posting.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Junior Manager (m/w/d) Projektstrukturierung", "junior"),
        ("Jr. Manager Finance", "junior"),
        ("Marketingpraktikant:in mit Schwerpunkt Social Media", "intern"),
        ("Engineering Manager", "manager"),
    ],
)
def test_junior_managers_and_compound_interns(title: str, level: str) -> None:
    assert parse_jd(f"# {title}\n\nWir nutzen Python.\n").seniority == level


def test_the_companys_past_years_are_no_experience() -> None:
    text = (
        "# Sr. Software Engineer\n\n### Requirements:\n* 8+ years of experience in cloud applications.\n\n"
        "**» Growth:** Record growth with seven acquisitions in the past six years!\n"
    )
    assert parse_jd(text).min_years == 8


def test_skills_you_can_learn_on_the_job_are_a_plus() -> None:
    text = (
        "# Engineer\n\n**Any project will involve:**\n* Python\n\n**Some projects involve skills that you can"
        " either learn on the job or bring from past experiences:**\n* DevOps: GCP/AWS, k8s\n"
    )
    posting = parse_jd(text)
    assert (posting.required_skills, posting.preferred_skills) == (
        ["Python"],
        ["Google Cloud", "AWS", "Kubernetes"],
    )


def test_times_a_month_on_site_name_no_place() -> None:
    text = "# Berater\n\n- Einsatzort: Hybrid, mind. 2x/Monat vor Ort in Hamburg\n\nWir nutzen Python.\n"
    assert parse_jd(text).locations == ["Hamburg"]


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("Nexus, Jenkins and Maven", ["Sonatype Nexus", "Jenkins", "Maven"]),
        ("Karma, Jasmine", ["Karma", "Jasmine"]),
    ],
)
def test_build_and_test_tools_by_their_short_names(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\nRequirements:\n- Experience with {item}\n").required_skills == skills


def test_nexus_and_karma_as_words_are_no_tools() -> None:
    assert parse_jd("# Engineer\n\nWe work at the nexus of art and tech. Good karma.\n").required_skills == []


def test_preferred_locations_are_places_not_a_plus() -> None:
    text = (
        "# Frontend Developer\n\n**Preferred locations: San Francisco, Seattle, New York.**\n\n"
        "We build with React.\n"
    )
    posting = parse_jd(text)
    assert (posting.locations, posting.required_skills) == (
        ["San Francisco", "Seattle", "New York"],
        ["React"],
    )


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Remote positions open to the US only.", ["US"]),
        ("We are open to remote candidates in France and Europe.", ["France", "Europe"]),
    ],
)
def test_open_to_names_where_the_hire_works(sentence: str, places: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\n{sentence}\n\nWe use Python.\n").locations == places


def test_a_role_open_across_countries_keeps_its_city_too() -> None:
    text = (
        "# Engineer\n\nLocation: Sydney, Australia\n\n"
        "We are open to candidates across Australia and New Zealand.\n"
    )
    assert parse_jd(text).locations == ["Sydney, Australia", "Australia", "New Zealand"]


def test_open_to_new_ideas_names_no_place() -> None:
    assert parse_jd("# Engineer\n\nWe are open to new ideas in Berlin.\n").locations == []


@pytest.mark.parametrize("mode", ["On-site 2-3x per week", "Onsite 3x/week"])
def test_a_few_office_days_a_week_are_hybrid(mode: str) -> None:
    assert parse_jd(f"Acme | Engineer | {mode} | Berlin\n\nWe use Go.\n").remote == "hybrid"


def test_hybrid_with_its_days_or_remote_is_remote() -> None:
    text = "Obie | Chicago, IL (Hybrid Tue/Thu) or Remote (US) | Full-time | Product Manager\n\nWe use Go.\n"
    assert parse_jd(text).remote == "remote"


def test_roles_listed_with_a_colon_under_a_company_only_header() -> None:
    text = (
        "Chorus | ONSITE (Hybrid): Mountain View, Austin | chorusview.com/careers\n\nThe physical world needs"
        " a voice.\n\nRoles:\n\nLead Full Stack Engineer: build beautiful, intuitive UX from database"
        " to browser."
        "\n\nSr. Backend Engineer: build the platform.\n"
    )
    posting = parse_jd(text)
    assert (posting.title, posting.seniority) == ("Lead Full Stack Engineer", "lead")


def test_a_header_wrapped_before_its_bar_is_one_header() -> None:
    text = (
        'Farmgirl Flowers | <a href="https:&#x2F;&#x2F;farmgirlflowers.com">'
        "https:&#x2F;&#x2F;farmgirlflowers.com</a>\n | Remote (US or EU timezones) | Senior Software Engineer"
        "<p>I'm the Director of Engineering at Farmgirl."
        " We use Rails."
    )
    posting = parse_jd(text)
    assert (posting.title, posting.seniority) == ("Senior Software Engineer", "senior")


def test_each_levels_pay_is_no_part_of_the_title() -> None:
    text = (
        "Zefr | Los Angeles, CA | Staff or Principal Site Reliability Engineer | Full-time"
        " | Staff: $190,000 - $210,000, Principal $210,000 - $235,000<p>We use Go."
    )
    assert parse_jd(text).title == "Staff or Principal Site Reliability Engineer"


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        (
            "Frameworks: Spring (Data, MVC, Boot, Security), JUnit",
            ["Spring", "JUnit", "Spring Data", "Spring MVC", "Spring Boot", "Spring Security"],
        ),
        ("Spring (core/web/boot)", ["Spring", "Spring Boot"]),
        ("Java e seus frameworks, como: Spring Framework/Boot", ["Java", "Spring", "Spring Boot"]),
        ("Spring (boot, Security, AOP, Cloud Config)", ["Spring", "Spring Boot", "Spring Security"]),
    ],
)
def test_a_familys_products_by_their_short_names(item: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\nRequirements:\n- {item}\n").required_skills == skills


def test_a_season_in_brackets_is_no_framework() -> None:
    assert parse_jd("# Engineer\n\nIn spring (summer, autumn) we hike. We use Go.\n").required_skills == [
        "Go"
    ]


@pytest.mark.parametrize(
    ("text", "preferred"),
    [
        ("Requisitos:\n* Java\n\n**Desejável:**\n* Oracle Cloud;\n* AWS;", ["Oracle Cloud", "AWS"]),
        (
            "Requisitos:\n* Java\n\n**Será um extra se você tiver:\n**\n\n* Experiência com PHP e Golang.",
            ["PHP", "Go"],
        ),
        (
            "Requirements:\n* Java\n* (Great to have) Experience with Databricks, Kafka",
            ["Databricks", "Apache Kafka"],
        ),
    ],
)
def test_more_ways_to_mark_a_plus(text: str, preferred: list[str]) -> None:
    posting = parse_jd(f"# Engineer\n\n{text}\n")
    assert (posting.required_skills, posting.preferred_skills) == (["Java"], preferred)


def test_a_tech_stack_paragraph_after_the_pluses_is_the_roles_stack() -> None:
    text = (
        "Acme | Engineer | Remote\n\nRequirements:\n\nStrong Python skills.\n\nPreferable:\n\n"
        "Knowledge of cloud services (AWS).\n\nTech Stack: React, Django.\n"
    )
    posting = parse_jd(text)
    assert (posting.required_skills, posting.preferred_skills) == (["Python", "React", "Django"], ["AWS"])


def test_portuguese_years() -> None:
    text = "# Engenheiro\n\n**O que precisas de ter:**\n* A partir de 4 anos de experiência em testes\n"
    assert parse_jd(text).min_years == 4


def test_years_in_program_management_are_a_part() -> None:
    text = (
        "# Program Manager\n\nRequirements:\n* 7+ years of experience in consulting or operational roles.\n"
        "* 4+ years in program management with a proven track record.\n"
    )
    assert parse_jd(text).min_years == 7


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("Tech: React, Python, SMART on FHIR, healthcare workflows", ["React", "Python", "SMART on FHIR"]),
        ("Experience with HL7 and FHIR interfaces, DICOM", ["HL7", "FHIR", "DICOM"]),
        ("We build a cloud-native EMR with clinical decision support in Go", ["Go"]),
        ("Experience with Redshift, EMR, EKS", ["Amazon Redshift", "Amazon EMR", "Amazon EKS"]),
    ],
)
def test_health_records_and_their_standards(text: str, skills: list[str]) -> None:
    assert parse_jd(f"# Engineer\n\nRequirements:\n- {text}\n").required_skills == skills


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Lead Development Rep (Contract)", None),
        ("Lead Generation Specialist", None),
        ("Lead Developer", "lead"),
        ("Growth engineers and early-stage marketers", None),
    ],
)
def test_sales_leads_and_early_stage_are_no_levels(title: str, level: str | None) -> None:
    assert parse_jd(f"# {title}\n\nWe use Go.\n").seniority == level


@pytest.mark.parametrize(
    ("requirement", "years"),
    [
        (
            "BS Computer Science + 8 years experience, or MS + 6 years experience,"
            " or Ph.D. + 3 years experience",
            3,
        ),
        ("Minimum 3/4 years experience in Web Development with .NET Framework/C#.", 3),
        ("8+ years of experience.\n* 3+ years of experience leading and driving large-scale initiatives.", 8),
        ("8+ years of Android experience.\n* 2+ years of experience in a senior engineering position", 8),
        (
            "5+ years of software development.\n* 2+ years of experience leading and managing a high"
            " performing"
            " Agile development teams",
            5,
        ),
    ],
)
def test_alternative_and_partial_years(requirement: str, years: int) -> None:
    assert parse_jd(f"# Engineer\n\nRequirements:\n* {requirement}\n").min_years == years


def test_a_remote_share_is_hybrid() -> None:
    assert parse_jd("# Berater\n\nOrt: Berlin & Remote, 50%/50%\n").remote == "hybrid"


def test_emplacement_is_a_french_location_field() -> None:
    text = (
        "- **Branche:** Medizin und Pharma\n- **Vertragsart:** Freiberuflich\n## Schlagworte\nPharmazie,"
        " Elisa, Kanban\n## Beschreibung\nEmplacement: Neuchatel, Suisse\n"
    )
    assert parse_jd(text).locations == ["Neuchatel, Suisse"]


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        (
            "Requirements:\n* Go\n\nStack:\n* React\n* Python\n* Familiarity with these technologies"
            " is a bonus,"
            " but we care more about you.",
            ["Go"],
            ["React", "Python"],
        ),
        (
            "Requirements:\n* Go\n* Not afraid to work in Python & TypeScript if needed (but you don't need"
            " to have"
            " experience with those 2 languages!)",
            ["Go"],
            ["Python", "TypeScript"],
        ),
        (
            "Profil:\n* Sehr gute Excel-Kenntnisse, bestenfalls VBA und XML",
            ["Excel"],
            ["Visual Basic", "XML"],
        ),
    ],
)
def test_a_stack_said_to_be_a_bonus(text: str, required: list[str], preferred: list[str]) -> None:
    posting = parse_jd(f"# Engineer\n\n{text}\n")
    assert (posting.required_skills, posting.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("title", "level"),
    [("Head, Clinical Development Operations", "manager"), ("Senior Social Media Manager", "senior")],
)
def test_head_and_social_media_manager(title: str, level: str) -> None:
    assert parse_jd(f"# {title}\n\nWe use Go.\n").seniority == level


def test_a_backend_framework_like_nest() -> None:
    text = (
        "# Engineer\n\nRequirements:\n* Experience with Express.js (or another backend framework like Nest)\n"
    )
    assert parse_jd(text).required_skills == ["Express", "NestJS"]


def test_what_will_make_us_love_you_is_a_plus() -> None:
    text = "# Engineer\n\nRequirements:\n* Java\n\n**What Will Make Us REALLY Love You**\n\n* Redux\n"
    posting = parse_jd(text)
    assert (posting.required_skills, posting.preferred_skills) == (["Java"], ["Redux"])


def test_the_brands_a_company_works_with_are_customers() -> None:
    text = (
        "People.ai | San Francisco, CA | Onsite<p>We work with some of the world's best brands to help them"
        " transform their businesses, including Lyft, New Relic, Okta, Dropbox, Splunk, and Zoom."
        "<p>We use Go."
    )
    assert parse_jd(text).required_skills == ["Go"]


def test_a_stack_not_only_looked_for_is_a_plus() -> None:
    text = (
        "Root | Columbus, OH | Full-time<p>Our tech stack involves Ruby / Rails and Javascript /"
        " React Native."
        " However, we're not only looking for people with experience in our stack, but rather, technologists."
    )
    posting = parse_jd(text)
    assert (posting.required_skills, posting.preferred_skills) == (
        [],
        ["Ruby", "Ruby on Rails", "JavaScript", "React Native"],
    )


def test_a_word_and_a_figure_name_no_tool() -> None:
    text = (
        "# Engineer\n\nRequirements:\n* 3+ years with languages (at least 2): Python, Power Shell, Java.\n"
        "* Desired 2+ years of experience with AWS (Kinesis/Storage/ETL), ElasticSearch, Kibana.\n"
    )
    posting = parse_jd(text)
    assert (posting.required_skills, posting.preferred_skills) == (
        ["Python", "PowerShell", "Java"],
        ["AWS", "Amazon Kinesis", "Elasticsearch", "Kibana"],
    )


def test_north_slash_south_america_is_both() -> None:
    text = "Goody | Remote | $150-250K + equity | North/South America | Full-time<p>We use Go."
    assert parse_jd(text).locations == ["North America", "South America"]


def test_a_level_three_written_with_ls() -> None:
    assert parse_jd("# Site Reliability Engineer lll\n\nWe use Go.\n").seniority == "senior"


@pytest.mark.parametrize(
    "about_us",
    [
        "Mit über 25 Jahren Branchenerfahrung sind wir Spezialisten in der Vermittlung.",
        "Wir sind eine Agentur. Mit rund 40 Mitarbeiter:innen und 15 Jahren Erfahrung beraten wir Kunden.",
    ],
)
def test_a_german_company_s_years_are_no_experience(about_us: str) -> None:
    assert parse_jd(f"# Personalberater\n\n{about_us}\n").min_years is None


def test_a_level_two_written_with_ls() -> None:
    assert parse_jd("# Software Engineer ll\n\nWe use Go.\n").seniority == "mid"


def test_a_bonus_after_a_semicolon_in_a_bracket_marks_only_its_part() -> None:
    text = (
        "Happy Returns | Software Engineer | Remote (US)<p>Stack: Go, React (plus some AWS/Kubernetes/Docker;"
        " DynamoDB familiarity is a bonus)"
    )
    posting = parse_jd(text)
    assert (posting.required_skills, posting.preferred_skills) == (
        ["Go", "React", "AWS", "Kubernetes", "Docker"],
        ["DynamoDB"],
    )


def test_an_abbreviation_spelled_out_once_keeps_that_sense_after() -> None:
    text = (
        "# Cloud Application Security Engineer\n\n"
        "You join developers with experience in Attack Surface Management (ASM).\n\n"
        "## Responsibilities\n- Collaborate across both SSD and ASM teams in Product Security.\n"
        "- Build tooling in Python.\n"
    )
    assert parse_jd(text).required_skills == ["Python"]


def test_a_technology_s_spelled_out_name_keeps_its_abbreviation() -> None:
    text = (
        "# Geospatial Engineer\n\nSkills: Python, Geospatial Data Abstraction Library (GDAL)\n\n"
        "Our stack is Python and Rasterio/GDAL.\n"
    )
    assert parse_jd(text).required_skills == ["Python", "GDAL", "Rasterio"]


def test_onsite_three_days_a_week_is_hybrid() -> None:
    text = "Microsoft AI | Platform Engineering | Full-time | Greater Seattle Area, WA | ONSITE (3 days/week)"
    assert parse_jd(f"{text}<p>We use Python.").remote == "hybrid"


def test_remote_with_onboarding_days_on_site_is_remote() -> None:
    text = "# SAP PP Berater\n\nEinsatzort: Remote mit 1-2 Tagen Onboarding vor Ort in Düsseldorf\n"
    assert parse_jd(text).remote == "remote"


def test_another_way_to_work_in_a_location_bracket_names_no_place() -> None:
    text = (
        "# IT Security Berater\n\nEinsatzort: Bonn, gewünscht und bevorzugt 5 Tage vor Ort"
        " (Alternativ 2-3 Tage Bonn, Rest Remote)\n"
    )
    assert parse_jd(text).locations == ["Bonn"]


def test_an_area_in_a_location_sentence_and_not_the_headquarters() -> None:
    text = (
        "#### `🌎 Remote,Burlingame, CA`\n\n"
        "**Location:** Various and unanticipated worksites throughout the U.S. (HQ: Burlingame, CA)\n"
    )
    assert parse_jd(text).locations == ["U.S"]


def test_a_city_before_in_person_in_a_header() -> None:
    text = "OmniAI (YC W24) | Full Stack Engineers | SF In-Person | Full Time<p>Tech stack: TypeScript"
    assert parse_jd(text).locations == ["SF"]


@pytest.mark.parametrize(
    ("title", "level"),
    [("Junior Compliance Manager (m/w/d)", "junior"), ("Trainee Vertrieb (m/w/d)", "junior")],
)
def test_a_junior_manager_and_a_trainee_are_junior(title: str, level: str) -> None:
    assert parse_jd(f"# {title}\n\nWir suchen Verstärkung.\n").seniority == level


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("# Junior Compliance Manager (m/w/d) Vollzeit (40h)", "Junior Compliance Manager"),
        (
            "# Fachinformatiker Anwendungsentwicklung in Voll- oder Teilzeit",
            "Fachinformatiker Anwendungsentwicklung",
        ),
        ("# SAP PP Berater (m/w/d) - Nr. 3246", "SAP PP Berater"),
        ("title: ++Service Manager (m/w/d) - ab Sofort - remote / Hamburg++", "Service Manager"),
        ("OmniAI | Full Stack Engineer | SF | $125k\u2013$175k • 0.50%\u20131.50%", "Full Stack Engineer"),
    ],
)
def test_a_title_without_contract_reference_decoration_and_offer(header: str, title: str) -> None:
    assert parse_jd(f"{header}\n\nWe use Python.\n").title == title


@pytest.mark.parametrize(
    ("line", "locations"),
    [
        ("Standort: Alling (Münchner Westen)", ["Alling"]),
        ("Location: Haidian District, Beijing (near Baidu/ByteDance/MSRA)", ["Haidian District, Beijing"]),
    ],
)
def test_the_area_or_landmark_beside_a_work_place_is_no_place(line: str, locations: list[str]) -> None:
    assert parse_jd(f"# Berater\n\n{line}\n").locations == locations


def test_the_office_s_location_label_beside_a_board_s_location() -> None:
    text = (
        "---\ntitle: Berater\nlocation: Esslingen\n---\n# Berater\n\n"
        + "Standort des Büros: Stuttgart (Feuerbach)"
    )
    assert parse_jd(text).locations == ["Esslingen", "Stuttgart"]


@pytest.mark.parametrize(
    ("header", "title", "level"),
    [
        ("# 2024-7263_Data Engineer", "Data Engineer", None),
        ("# Forward Deployed Engineer (aka Customer Delivery Lead)", "Forward Deployed Engineer", None),
    ],
)
def test_a_title_without_its_requisition_number_or_other_name(
    header: str, title: str, level: str | None
) -> None:
    posting = parse_jd(f"{header}\n\nWe use Go.\n")
    assert (posting.title, posting.seniority) == (title, level)


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("# Business Analyst im Bereich Vertrieb (28325-51CON)", "Business Analyst im Bereich Vertrieb"),
        ("# Junior Software Engineer (Contract, 1099)", "Junior Software Engineer"),
        ("# TEILZEIT Sachbearbeitung Bilanzbuchhaltung (m/w/d)", "Sachbearbeitung Bilanzbuchhaltung"),
        ("# Festanstellung! Teamleiter Controlling", "Teamleiter Controlling"),
        (
            "Acme | London\n\nWe are hiring a few Senior Backend Engineers to build things.",
            "Senior Backend Engineer",
        ),
    ],
)
def test_a_title_without_reference_contract_or_count(header: str, title: str) -> None:
    assert parse_jd(f"{header}\n\nWe use Python.\n").title == title


def test_a_role_field_holding_a_duty_is_no_title() -> None:
    text = (
        "The Museum of Modern Art | New York City | partial onsite | $140k-$160k\n"
        "We're looking for a Senior Front-End Developer to own our design system.<p>"
        "* Stack: Ruby on Rails, Tailwind CSS.\n"
        "* Role: Lead our front-end codebase, design a reusable component library, and mentor the team.\n"
    )
    posting = parse_jd(text)
    assert (posting.title, posting.remote) == ("Senior Front-End Developer", "hybrid")


def test_on_site_four_days_is_hybrid() -> None:
    assert (
        parse_jd("CCI | London, UK | on-site (4 days) | software engineers<p>We use Python.").remote
        == "hybrid"
    )


def test_similar_technologies_also_considered_are_a_plus() -> None:
    text = (
        "# Dev\n\n## Requirements\n* Angular\n"
        + "* Knowledge in similar technologies like React or Svelte is also considered"
    )
    posting = parse_jd(text)
    assert (posting.required_skills, posting.preferred_skills) == (["Angular"], ["React", "Svelte"])


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("# Private Equity Intern April-Mai", "Private Equity Intern"),
        ("# Teilprojektleitung, ab Oktober", "Teilprojektleitung"),
        ("# Trainer Zugpersonal und TF deutschlandweit", "Trainer Zugpersonal und TF"),
        (
            "Confido Legal | Security Engineer (Senior Software Engineer \u2013 Security) | Remote (US)",
            "Security Engineer (Senior Software Engineer \u2013 Security)",
        ),
    ],
)
def test_a_title_without_its_term_or_region_and_with_its_whole_bracket(header: str, title: str) -> None:
    assert parse_jd(f"{header}\n\nWe use Go.\n").title == title


def test_a_front_matter_internship_contract_is_an_intern() -> None:
    text = (
        "---\nroles: Chargé de développement\ntitle: L'incubateur recrute\ncontrat: stage\n---\nDescription\n"
    )
    assert parse_jd(text).seniority == "intern"


def test_remote_only_for_exceptional_candidates_is_not_the_mode() -> None:
    text = (
        "Youth Inc. | Staff Engineer | Hybrid Boston, Hybrid Chicago or Fully Remote (US) for exceptional"
        " candidate<p>We use Go."
    )
    assert parse_jd(text).remote == "hybrid"


def test_all_remote_in_french_keeps_the_city_the_team_meets_in() -> None:
    text = "# Chargé de déploiement\n\n* **100% distanciel**, réunions occasionnelles d'équipe à Paris\n"
    posting = parse_jd(text)
    assert (posting.remote, posting.locations) == ("remote", ["Paris"])


def test_a_city_state_after_a_far_city_is_the_next_place_of_a_list() -> None:
    text = "Remote-first company with offices in London, San Francisco, Singapore, Dubai and Berlin."
    assert phrase_places(text) == ["London", "San Francisco", "Singapore", "Dubai", "Berlin"]


@pytest.mark.parametrize(
    ("header", "title"),
    [
        (
            "Acme | Multiple Roles\n\n1) Founding Principal / Staff Full-Stack Engineer",
            "Founding Principal / Staff Full-Stack Engineer",
        ),
        ("# Senior Software Engineer (multiple cities)", "Senior Software Engineer"),
        ("# Chargé(e) de déploiement au 3/5e", "Chargé(e) de déploiement"),
        ("# Full Stack Engineer (0 to 2 Years)", "Full Stack Engineer"),
    ],
)
def test_a_title_without_its_number_places_contract_share_or_years(header: str, title: str) -> None:
    assert parse_jd(f"{header}\n\n- Salary: $100k-$140k\n").title == title


def test_a_long_header_of_dash_fields_gives_the_title_over_a_role_field_of_terms() -> None:
    text = (
        "Acme (Remote US) \u2014 Full-Stack Software Engineer \u2014 TypeScript / Postgres / React / AI"
        "<p>- Role: Full-time. (We are not able to sponsor visas.)"
    )
    assert parse_jd(text).title == "Full-Stack Software Engineer"


def test_the_customers_served_through_an_app_built_with_a_stack_name_the_stack() -> None:
    text = (
        "# Fullstack Engineer\n\nWe serve our customers through a web app built with React and TypeScript.\n"
    )
    assert parse_jd(text).required_skills == ["React", "TypeScript"]


@pytest.mark.parametrize(
    "sentence", ["You can apply from any country.", "Live anywhere you want in North America."]
)
def test_applying_or_living_anywhere_is_remote(sentence: str) -> None:
    assert parse_jd(f"# Engineer\n\nWe use Go. {sentence}\n").remote == "remote"


@pytest.mark.parametrize(
    ("header", "locations"),
    [
        (
            "DigitalOcean | Product Managers | New York - NY, Cambridge - MA, Palo Alto - CA",
            ["New York, NY", "Cambridge, MA", "Palo Alto, CA"],
        ),
        (
            "Nylas | New York, NY-San Francisco, CA-Denver, CO | Onsite",
            ["New York, NY", "San Francisco, CA", "Denver, CO"],
        ),
    ],
)
def test_a_town_s_state_set_apart_by_a_dash(header: str, locations: list[str]) -> None:
    assert parse_jd(f"{header}<p>We use Go.").locations == locations


def test_remote_for_now_because_of_a_pandemic_is_not_the_mode() -> None:
    text = "Atomic | Ann Arbor, MI | Onsite/Fulltime (we're currently all remote because of COVID-19)<p>"
    assert parse_jd(text).remote == "onsite"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("# Softwareingenieur Energiesysteme (m/w/d) 426-12484", "Softwareingenieur Energiesysteme"),
        (
            'Acme | Site Reliability Engineer (<a href="https://x.io">https://x.io</a>) | Remote',
            "Site Reliability Engineer",
        ),
        (
            "# Technischer Redakteur (m/w/d) mit Erfahrung in der Maschinen-Dokumentation",
            "Technischer Redakteur",
        ),
        ("# Steuerberater in Frankfurt am Main , auf Wunsch mit Partnerperspektive", "Steuerberater"),
        ("# Abteilungsleiter Technik Perspektive: Geschäftsführer in spe", "Abteilungsleiter Technik"),
    ],
)
def test_a_title_without_its_reference_link_ask_or_prospect(header: str, title: str) -> None:
    assert parse_jd(f"{header}\n\nWir suchen Verstärkung.\n").title == title


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("# Abteilungsleiter Technik\n\nWir suchen Verstärkung.", "manager"),
        ("# MRS\n\nModalités\n\n- Convention de stage\n", "intern"),
    ],
)
def test_a_department_head_and_a_french_internship(text: str, level: str) -> None:
    assert parse_jd(text).seniority == level


def test_remote_in_brackets_for_a_pandemic_is_not_the_mode() -> None:
    text = (
        "HackerRank | Bangalore, India | Senior Devops Engineer| ONSITE/remote(covid) | hackerrank.com<p>Go."
    )
    assert parse_jd(text).remote == "onsite"


def test_years_of_coursework_are_no_experience() -> None:
    text = "# Policy Intern\n\n## Qualifications\n\n* Completed three years of college coursework\n"
    assert parse_jd(text).min_years is None


@pytest.mark.parametrize(
    ("header", "title", "level"),
    [
        ("---\nroles: une / un business developer en stage\n---\n", "Business developer en stage", "intern"),
        (
            "# Software Development Engineer in Test II - B2B",
            "Software Development Engineer in Test II - B2B",
            "mid",
        ),
        ("WEX, INC. * Senior Full Stack Engineer * US REMOTE", "Senior Full Stack Engineer", "senior"),
        ("# Laborant\n\n- Berufserfahrung: Qualitätskontrolle, Einstiegsposition", "Laborant", "junior"),
    ],
)
def test_titles_and_levels_of_the_t121_t122_kinds(header: str, title: str, level: str | None) -> None:
    posting = parse_jd(f"{header}\n\nWe use Go.\n")
    assert (posting.title, posting.seniority) == (title, level)


def test_a_location_field_that_asks_where_the_hire_lives() -> None:
    text = "# Engineer\n\n**Location: Must be located in California or within the Pacific time zone.**\n"
    assert parse_jd(text).locations == ["California"]


def test_a_stack_backed_by_tools_is_no_investor_pitch() -> None:
    text = "# Sr. SRE\n\nOur stack is backed by Kubernetes, Docker, Prometheus and Grafana.\n"
    assert parse_jd(text).required_skills == ["Kubernetes", "Docker", "Prometheus", "Grafana"]


def test_occasional_days_on_site_if_needed_leave_the_role_remote() -> None:
    text = "# Berater\n\n• Einsatzort: Remote & ggf. punktuell vor Ort in Hannover (nach Absprache)\n"
    assert parse_jd(text).remote == "remote"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("Acme | Remote\n\nWe're looking for the brightest software engineer to join.", "Software engineer"),
        ("Platform Science|Senior Software Engineer|San Diego, CA|Onsite", "Senior Software Engineer"),
        ("# Interim Group Accountant (mwd)", "Interim Group Accountant"),
        ("# Senior Backend Developer JavaEE m/w/d", "Senior Backend Developer JavaEE"),
    ],
)
def test_a_title_without_praise_glued_bars_or_bare_gender_marks(header: str, title: str) -> None:
    assert parse_jd(f"{header}\n\nWe use Go.\n").title == title


# Cases a review of this stop's rules found them getting wrong (each right before the rules, and again now).
_CSS = "# Dev\n\nStyling uses Cascading Style Sheets (CSS).\n\n## Requirements\n- HTML and CSS\n"
_DASHES = "We're Acme \u2014 a fintech in Berlin \u2014 and we're hiring a Senior Backend Engineer."


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (_CSS, "required_skills", ["HTML", "CSS"]),
        ("# Data Analyst (Internship)\n\nWe use SQL.", "seniority", "intern"),
        ("# Great Lakes Software Engineer\n\nWe use Go.", "title", "Great Lakes Software Engineer"),
        ("# Two Sigma Quant Developer\n\nWe use Go.", "title", "Two Sigma Quant Developer"),
        (_DASHES, "title", "Senior Backend Engineer"),
        ("# Engineer\n\nLocation: Remote with occasional travel to Berlin\n", "locations", []),
        (
            "# Engineer\n\nLocation: Berlin. Live anywhere you like within 1 hour of the office.",
            "remote",
            None,
        ),
        ("# Engineer\n\nLocation: Paris. Apply from any country, we sponsor visas.", "remote", None),
        (
            "# Engineer\n\nWe are fully remote and pay top of market for exceptional candidates.",
            "remote",
            "remote",
        ),
        (
            "# Engineer\n\nWe are currently fully remote and were long before the pandemic hit.",
            "remote",
            "remote",
        ),
        (
            "# Engineer\n\nLocation: Remote anywhere in the US and Canada with team offsites",
            "locations",
            ["US", "Canada"],
        ),
        (
            "# Engineer\n\n## Requirements\n* 2+ years of professional experience or relevant coursework",
            "min_years",
            2,
        ),
        ("Open Roles at Acme: Engineering Manager and more\n\nRole: Product Designer.\n", "seniority", None),
        ("# Dev\n\nNous n'acceptons pas de convention de stage.\n", "seniority", None),
    ],
)
def test_this_stop_s_rules_leave_their_near_misses_alone(text: str, field: str, value: object) -> None:
    assert getattr(parse_jd(text), field) == value


_T125_10 = (
    "Acme | Software Engineer | Remote<p>TeamSnap is a service for sports teams.<p>You should be an expert in"
    " Ruby and have functional knowledge of elixir or golang and are happy to dabble in anything that helps"
    " TeamSnap deliver value to our customers."
)

_T125_24 = (
    "# Software Engineer\n\n## Qualifications\n* Primary development work using Python and TypeScript;"
    " proficiency in at least one of these or a similar (C#, Java, Ruby) recommended.\n"
)

_T125_34 = (
    "Greenline | Founding Engineer: Backend + Data | Remote (U.S. only)<p>Seed-stage fintech.<p>ROLE: Senior"
    " or staff-level IC with extensive experience with database schema design, microservices, and backend"
    " infrastructure. This is an underdeveloped area to own.<p>STACK:<p>- Postgres"
)
_T125_29 = (
    "Acme | NYC | Full-Time<p>We are a nonprofit.<p>Hiring:<p>Lead Software Engineer \u2014 Design and build"
    " LLM-driven workflows to ingest, normalize, and maintain production-grade data from disparate sources."
    " Define schemas, data contracts, and ranking/retrieval logic. ~10+ yrs, backend/data infra. $225K.\n"
)


_T125_CASES: list[tuple[str, str, object]] = [
    (_T125_10, "required_skills", ["Ruby", "Elixir", "Go"]),
    (_T125_24, "preferred_skills", ["C#", "Java", "Ruby"]),
    ("We want strong developers of any stripe who know Python.", "required_skills", ["Python"]),
    (
        "# EMEA Field Application Engineer Manager\n\n## Requirements\n* 7+ years of experience in"
        " electronics design\n* 3+ years of experience in a leadership or management role\n",
        "min_years",
        7,
    ),
    (
        "Acme | Engineer | Onsite<p>Our CTO has 20 years of software engineering experience.",
        "min_years",
        None,
    ),
    ("Acme | NYC (In-Office) | Full-Time<p>We build with Python.", "required_skills", ["Python"]),
    (_T125_34, "title", "Founding Engineer: Backend + Data"),
    (_T125_29, "title", "Lead Software Engineer"),
    (
        "Higher - Perth, Western Australia - Senior Developer ONSITE<p>We use Rails.",
        "title",
        "Senior Developer",
    ),
    (
        "# [Lead Quality Engineer [gn] - Zeenea - France](https://x.com/a)\n### Actian\n\nWe use Python.",
        "title",
        "Lead Quality Engineer",
    ),
    (
        "OpSourced | DevOps Engineer | Remote | Hiring Junior to Senior Levels<p>We run AWS.",
        "seniority",
        "senior",
    ),
    (
        "# IT-Analyst\n\n## Beschreibung\nAnforderungen\n\n- Erfahrungen mit AWS\n"
        "Über den Auftraggeber\n\nStart: ASAP\n\nLeistungsort: Köln\n",
        "locations",
        ["Köln"],
    ),
    ("# Entwickler\n\nLeistungsort: Köln\nVorort: min. 30%, Remote: max. 70%\n", "remote", "hybrid"),
    (
        "INTERCOM | San Francisco (USA), Dublin (Ireland), and London (UK) | ONSITE<p>We use Ruby.",
        "locations",
        ["San Francisco", "Dublin", "London"],
    ),
]


_T126_22 = (
    "# Frontend Engineer\n\n### What You Have:\n* 7+ years with JavaScript\n\n"
    "### You\u2019re a great addition if\u2026\n* You have experience with NestJS\n"
)


_T126_CASES: list[tuple[str, str, object]] = [
    (
        "Acme builds apps.<p>We are hiring for remote Software Engineers for our web and mobile apps.",
        "title",
        "Software Engineer",
    ),
    (
        "Acme builds apps.<p>We are hiring for remote Software Engineers for our web apps.",
        "remote",
        "remote",
    ),
    (
        "Payaut is a fintech startup seeking for developers to join us.<p>We use Java.",
        "title",
        "Developer",
    ),
    (
        "yeet | Chicago<p>Looking for extremely talented / passionate Rust developers with interest.",
        "title",
        "Rust developer",
    ),
    (_T126_22, "preferred_skills", ["NestJS"]),
    (
        "## Requirements\n* At least 5 years' Spring framework experience (Boot, Data, Web/MVC)\n",
        "required_skills",
        ["Spring", "Spring Boot", "Spring Data", "Spring MVC"],
    ),
    (
        "Stack: Django 5 / DRF, Redis, Django Q, React Router v7, TypeScript.",
        "required_skills",
        ["Django", "Django REST framework", "Redis", "React Router", "TypeScript"],
    ),
    ("# Level 2 Engineer\n\n## Requirements\n* 3+ years of Windows Server", "seniority", "mid"),
    (
        "Loom | San Francisco, Remote (US + EU timezones) | Full Time<p>We use Go.",
        "locations",
        ["San Francisco"],
    ),
]


_T127_05 = (
    "FreeFlyer | Multiple (C++ Developer, UI/UX Designer) | Washington, D.C. area | Full Time<p>We build"
    " mission software in C++.<p>P.S., if you're a Javascript developer and love space, write!"
)
_T127_06 = (
    "Framer | Amsterdam (NL) | REMOTE<p>About us: We build a design tool.<p>Role: Backend Engineer. Lead"
    " projects and implement features from start to finish.<p>Tech Stack: Go, TypeScript"
)


_T127_CASES: list[tuple[str, str, object]] = [
    (_T127_05, "title", "C++ Developer"),
    (_T127_05, "required_skills", ["C++"]),
    (
        "Acme | Designer | NYC<p>We use Figma.<p>In a few months we're going to be hiring for a"
        " Javascript developer as well.",
        "required_skills",
        ["Figma"],
    ),
    (_T127_06, "title", "Backend Engineer"),
    (_T127_06, "seniority", None),
    (
        "SEEKING FREELANCER/CONSULTANT | Part-time | SF Bay Area<p>We make graphics.",
        "title",
        "FREELANCER/CONSULTANT",
    ),
    (
        "Axle | London | Hybrid<p>We're looking for an exceptionally talented Software Engineer.",
        "title",
        "Software Engineer",
    ),
    (
        "# Entwickler\n\nStandort: 90% remote, 2 Tage pro Monat im GR Stuttgart\n",
        "locations",
        ["Stuttgart"],
    ),
    ("# Software Engineer - Level III\n\nWe use C#.", "seniority", "senior"),
]


_T128_CASES: list[tuple[str, str, object]] = [
    (
        "Acme in Seattle, WA has an opening for a research/software engineer in imaging.<p>We use"
        " MATLAB.<p>Requirements: a bachelors degree, with at least 2 years of work history",
        "min_years",
        2,
    ),
    (
        "Karma | Senior Backend Engineer | London, UK | ONSITE<p>We're a small London team, 2+ years in,"
        " building a consumer platform.",
        "min_years",
        None,
    ),
    (
        "PayPal | Fulltime | Remote Only (US-based) | Hiring Javascript Application Engineers<p>We build"
        " checkout.",
        "title",
        "Javascript Application Engineer",
    ),
    (
        "AREO | Remote (EU) | Full-Time | Roles: [Engineering Manager (Ruby on Rails), Senior Android"
        " Developer]<p>We build retail software.",
        "title",
        "Engineering Manager (Ruby on Rails)",
    ),
    ("# Senior Protocol Engineer (External)\n\nWe use Rust.", "title", "Senior Protocol Engineer"),
    (
        "# Software Engineer - VOIP\n\n#### `\U0001f30e Remote, Brazil`\n\n## Requirements\n* 2+ years of"
        " experience with cloud and hybrid or on-premises infrastructures\n",
        "remote",
        "remote",
    ),
    (
        "## Qualifications\n\n* Java\n* Maven\n* Tomcat\n* SQL\n\n**Nice-to-haves:**\n\n* Docker\n",
        "required_skills",
        ["Java", "Maven", "Apache Tomcat", "SQL"],
    ),
]


_T129_CASES: list[tuple[str, str, object]] = [
    (
        "Global Partners \u2014 Senior Director, Data Engineering\nLocation: Waltham, MA \u2014 Pay Range"
        " $182,300.00 - $291,500.00<p>Fortune 500 energy company.",
        "locations",
        ["Waltham, MA"],
    ),
    (
        "Visoid [0]| Software Engineer | Full-time | ONSITE Oslo<p>We build apps.",
        "title",
        "Software Engineer",
    ),
    (
        "Picnic | Software Engineer [React Native &#x2F; Node.js] | London, UK<p>We build a chat app.",
        "title",
        "Software Engineer [React Native / Node.js]",
    ),
    (
        "# [Consultant Engineer](https://www.remotewlb.com/apply/x)\n### Neo4j\n#### `\U0001f30e Remote:"
        " Germany`\n\n* Work hands-on with the Neo4j products\n* You know Java.\n",
        "required_skills",
        ["Java"],
    ),
    (
        "Rally | Multiple openings | ONSITE<p>Multiple openings for back-end (Scala, all levels welcome),"
        " front-end (typical React stack).",
        "required_skills",
        ["Scala", "React"],
    ),
    ("# Senior Developer\n\n- Oracle/APEX development, SQL\n", "required_skills", ["Oracle APEX", "SQL"]),
    ("Beautiful.ai | Full-Time | Remote in US &amp; CAN<p>We use Python.", "required_skills", ["Python"]),
    ("Valis | Software Engineer | remote-first hybrid Massachusetts (US)<p>We build.", "remote", "hybrid"),
    ("Vitl | London, UK | ONSITE, FULL-TIME (Remote days possible)<p>We build.", "remote", "hybrid"),
    (
        "# Technical Writer\n\nPensum: 100% (Home Office: 1 day per week)\nLocation: Basel\n",
        "remote",
        "hybrid",
    ),
    (
        "Oneleet | Application Software Engineer, Endpoint Security (macOS experience preferred) | Remote"
        "<p>We build.",
        "title",
        "Application Software Engineer, Endpoint Security",
    ),
    (
        "# [GPU Benchmarking Engineer (DRW portfolio company)](https://www.remotewlb.com/apply/x)\n### DRW\n"
        "#### `\U0001f30e Remote`\n\nWe build.",
        "title",
        "GPU Benchmarking Engineer",
    ),
    (
        "# [PHP Developer](https://www.remotewlb.com/apply/x)\n### Sigma Software\n#### `\U0001f30e"
        " Remote,Any, Poland`\n\nWe build.",
        "locations",
        ["Poland"],
    ),
]

_T130_CASES: list[tuple[str, str, object]] = [
    (
        "Cleric | Staff SWE, AI | Staff SWE, Product | Head of Marketing | SF Onsite<p>We build an AI SRE.",
        "title",
        "Staff SWE, AI",
    ),
    (
        "Acme is hiring Senior Engineers (TypeScript, React Native)<p>We build apps.",
        "title",
        "Senior Engineer (TypeScript, React Native)",
    ),
    (
        "CloudDefense | Remote | Part-time | Equity available for early engineers<p>We are looking for a"
        " Backend Engineer who knows Java.",
        "title",
        "Backend Engineer",
    ),
    (
        "Heartex / Label Studio | Senior Frontend Engineer | Remote<p>You will work on our open-source"
        " Label Studio tool with React.",
        "required_skills",
        ["React"],
    ),
]

_T131_CASES: list[tuple[str, str, object]] = [
    (
        "# Engineer\n\nRequirements:\n* Knowledge of Azure and Cloud-First development practices\n",
        "required_skills",
        ["Azure"],
    ),
    (
        "# Engineer\n\nRequirements:\n* 2+ years of experience with Autodesk APIs (AutoCAD, Revit) MUST"
        " HAVE\n",
        "required_skills",
        ["Autodesk", "AutoCAD"],
    ),
    ("# Suche Messingenieur (m/w/d) im Bereich NVH\n\nWir messen.", "title", "Messingenieur im Bereich NVH"),
    ("# Projekt: Senior Berater Robotik & KI\n\nWir beraten.", "title", "Senior Berater Robotik & KI"),
    (
        "# SRE\n\nRequirements:\n* 10+ years experience with high volume systems.\n* Ability to obtain UK SC"
        " security clearance. 5 years UK residency.\n",
        "min_years",
        10,
    ),
    (
        "# Salesforce Engineer\n\n* Build integrations between Salesforce, go-to-market and finance"
        " systems\n",
        "required_skills",
        ["Salesforce"],
    ),
    (
        "# Engineer\n\nRequirements:\n* Familiarity with Solidity and smart contracts is great, but not"
        " essential.\n",
        "preferred_skills",
        ["Solidity"],
    ),
    (
        "Acme | Engineer | NYC<p>We do most of our work in C#/.Net, but specific experience here is not"
        " required.<p>Requirements:<p>* Python experience.",
        "preferred_skills",
        ["C#", ".NET"],
    ),
]
_T132_CASES: list[tuple[str, str, object]] = [
    (
        "iGeolise | Scala developers | REMOTE, Full-Time\n\nOur stack: Scala, Scalaz, Shapeless, Akka,"
        " Ansible\n",
        "locations",
        [],
    ),
    ("# SAP FI Berater\n\nAnforderungen:\n- Erfahrung mit SAP R/3\n", "required_skills", ["SAP FI"]),
    (
        "# Westhouse Job: Java Entwickler - 25h/Woche\n\nWir suchen.",
        "title",
        "Java Entwickler",
    ),
    (
        "Open MOBILE DEVELOPER ANDROID (NOTIFICATIONS) job at Runtastic<p>We build apps.",
        "title",
        "MOBILE DEVELOPER ANDROID",
    ),
    (
        "# Full Stack Software Engineer with TS/SCI clearance\n\nWe build.",
        "title",
        "Full Stack Software Engineer",
    ),
    (
        "Software Engineer, Core Enterprise - [phone]...<p>We build.",
        "title",
        "Software Engineer, Core Enterprise",
    ),
    (
        "# Engineer\n\nGlobal leaders including Activision Blizzard and Cisco rely on us. You know SQL.\n",
        "required_skills",
        ["SQL"],
    ),
]

_T133_CASES: list[tuple[str, str, object]] = [
    ("# Netzwerkadministrator\n\nStandort: Augsburg / Home Office\n\nWir suchen.", "locations", ["Augsburg"]),
    (
        "Fathom (fathom.ai)<p>YC W21, ~100 employees<p>We\u2019re hiring for both our Full Stack Engineer"
        " and AI team.<p>Our values: Care.",
        "title",
        "Full Stack Engineer",
    ),
    (
        "# Engineer\n\nWe already support many enterprise and consumer cloud services (Salesforce, Google"
        " Docs, Asana, Trello). We build it with React and Electron.\n",
        "required_skills",
        ["React", "Electron"],
    ),
    (
        "# [Senior Software Developer I](https://www.remotewlb.com/apply/x)\n#### `\U0001f30e Remote, Canada,"
        " Remote, United States`\n\nWe build.",
        "locations",
        ["Canada", "United States"],
    ),
]
_T134_CASES: list[tuple[str, str, object]] = [
    (
        "Horison.ai | Applied Research Engineer + ML/AI Engineer | London, UK<p>We build.",
        "title",
        "Applied Research Engineer",
    ),
    (
        "ProductWind | Full Stack Engineers, Mobile Eng, UX/UI designers | Remote<p>We build.",
        "title",
        "Full Stack Engineer",
    ),
    (
        "# Engineer\n\nOur stack:\n* Webapp - Express.js / AWS backend, Electron for optional desktop"
        " client\n",
        "preferred_skills",
        [],
    ),
    (
        "# Engineer\n\nRequirements:\n* Single Page Applications with a variety of frameworks (React is"
        " ideal)\n* Jest\n",
        "preferred_skills",
        ["React"],
    ),
]

_T135_CASES: list[tuple[str, str, object]] = [
    (
        "Eventbrite | San Francisco, CA | Onsite | Full-time<p>If you're interested in building search"
        " we have a Senior Search Engineer opening in San Francisco.",
        "seniority",
        "senior",
    ),
    (
        "Understory Weather | Full-time | Onsite | Madison, WI<p>As Understory's Back End Engineer, you"
        " will build features.",
        "title",
        "Back End Engineer",
    ),
    (
        "Glitch is building the AI agent for Advertising<p>We need Engineers who want hard problems.",
        "title",
        "Engineer",
    ),
    (
        "# Engineer\n\nWe are a team of 16 and a mix of hustlers and ex-Google Ads Engineers. We use Go.\n",
        "required_skills",
        ["Go"],
    ),
    (
        "# Engineer\n\nRequirements:\n* Are familiar with deployment and maintenance tools such as Salt\n",
        "required_skills",
        ["Salt"],
    ),
    (
        "# Engineer\n\nWe actively use AI coding tools like Claude Code and Cursor.\n",
        "required_skills",
        ["Claude Code", "Cursor"],
    ),
    (
        "# SAP Berater\n\nWir suchen einen Berater.\n\n**Rahmenbedingungen**Einsatzort: GR Hamburg,"
        " wöchentlich vor OrtProjektstart: Oktober 2025\n",
        "locations",
        ["Hamburg"],
    ),
    ("# Engineer\n\nThis role is based in our Stockholm office.\n", "locations", ["Stockholm"]),
    (
        "# NetSuite Developer\n\nRequirements:\n* Experience with NetSuite and SuiteScript, integration tools"
        " such as Dell Boomi, Jamf and Zscaler\n",
        "required_skills",
        ["NetSuite", "Boomi", "Jamf", "Zscaler"],
    ),
]
_T136_CASES: list[tuple[str, str, object]] = [
    (
        "IOMED | Database Developer | Barcelona, Spain | Onsite<p>* Problem: Clinical data is messy. *"
        " Funding: Backed by international VCs. * Stack: relational databases (PostgreSQL, MariaDB),"
        " C, C++ or C#.* Values: Methodic.",
        "required_skills",
        ["PostgreSQL", "MariaDB", "C", "C++", "C#"],
    ),
    (
        "# [Senior Software Engineer](https://x.example/apply)\n### Acme\n#### `🌎 remote,Remote`\n\nWe build"
        " a product.\n\n## Requirements\n\n* Go\n* SQL\n\nWe meet twice a year.\n\nPreference for someone in"
        " Bay Area, CA, NY, Toronto, or Montreal\n",
        "locations",
        ["Bay Area, CA", "NY", "Toronto", "Montreal"],
    ),
    (
        "# Mobile Engineer\n\nYou will:\n* Build the app in Swift\n* Work closely with Android developers,"
        " product managers, and designers\n",
        "required_skills",
        ["Swift"],
    ),
    (
        "Acme | Engineer | SF<p>Join our current team coming from RelateIQ, Salesforce, Google, Dropbox,"
        " Asana & Zephyr Health. We use Python.",
        "required_skills",
        ["Python"],
    ),
    (
        "Stellar | Amsterdam, the Netherlands | Onsite (2 days remote OK) | EUR 70-100k<p>We build AI.",
        "remote",
        "hybrid",
    ),
    (
        "exe.dev | engineer | sf<p>competitive salary, 2 days a week in the downtown sf office",
        "remote",
        "hybrid",
    ),
    (
        "# Network Engineer\n\n- Protokolle: BGP, OSPF, IPsec\n",
        "required_skills",
        ["BGP", "OSPF", "IPsec"],
    ),
    (
        "---\ntitle: 'Projektmanager* Systemdekommissionierung #10937'\n---\n\n# Projektmanager*"
        " Systemdekommissionierung #10937\n\nWir suchen.\n",
        "title",
        "Projektmanager Systemdekommissionierung",
    ),
]

_T137_CASES: list[tuple[str, str, object]] = [
    (
        "Acme | Engineer | SF<p>We build systems. We use AWS, K8s, React, and"
        " Rust but there is no requirement"
        " to have prior experience with them specifically.",
        "preferred_skills",
        ["AWS", "Kubernetes", "React", "Rust"],
    ),
    (
        "# Software Engineer (Scala)\n\n**Requirements:**\n\n* Scala\n\n**What will set you apart:**\n\n"
        "  * Experience with Postgres, Clickhouse, Spark\n",
        "preferred_skills",
        ["PostgreSQL", "ClickHouse", "Apache Spark"],
    ),
    ("Acme | Engineer | Paris<p>• Dashboard: Angular7 / symfony3", "required_skills", ["Angular", "Symfony"]),
    (
        "# Engineer\n\n  * 8+ years Highly proficient web development skills in React, HTML, CSS &"
        " Javascript.8+ years Highly proficient in Microsoft .NET, C#.\n",
        "required_skills",
        ["React", "HTML", "CSS", "JavaScript", ".NET", "C#"],
    ),
    (
        "# Engineer\n\nSo, if you\u2019re excited about using cutting-edge technology and working alongside"
        " colleagues who\u2019ve built groundbreaking products at Apple, Uber,"
        " Facebook, Carta, Venmo, Telegram,"
        " and Plaid\u2014hop on.\n",
        "required_skills",
        [],
    ),
    (
        "# Front-end Developer\n\n  * Good comprehension of server-side CSS pre-processors such as Stylus,"
        " Less;\n",
        "required_skills",
        ["CSS", "Stylus", "Less"],
    ),
    (
        "# Value Engineer\n\nAs Account receivable Go to Market Value"
        " Engineer, you will work with clients.\n",
        "required_skills",
        [],
    ),
    (
        "# Front-end Developer\n\nRequirements:\n- CSS preprocessors (Sass or Less)\n",
        "required_skills",
        ["CSS", "SCSS", "Less"],
    ),
]
_T138_CASES: list[tuple[str, str, object]] = [
    ("# Engineer\n\nInfrastructure: 1000VM (AWS/Azure)\n", "required_skills", ["AWS", "Azure"]),
]

_T139_CASES: list[tuple[str, str, object]] = [
    # a kind of system, game or threat is no work mode
    (
        "# Engineer\n\nRemote\n\n* Work with partners on our hybrid SOC (SOC-as-a-Service/XDR).\n",
        "remote",
        "remote",
    ),
    # no town is named with a digit: "located in B2B sales"
    ("# Engineer\n\nThe role is located in B2B sales.\n", "locations", []),
    # "hiring for engineers": the role, not "For engineers"
    ("Acme | Remote\n\nWe're hiring for engineers at all levels of our stack.\n", "title", "Engineer"),
    ("Hiring for Senior Backend Engineers\n\nWe use Go.\n", "title", "Senior Backend Engineer"),
    # a plural role is one hire
    (
        "Acme | Forward Deployed Engineers | Remote (EU/UK)\n\nWe use Python.\n",
        "title",
        "Forward Deployed Engineer",
    ),
    # the candidate's combined years count; a team's are its history
    (
        "# Developer Advocate\n\nRequirements:\n"
        "  * Have 5+ years combined experience as a Developer Advocate\n",
        "min_years",
        5,
    ),
    (
        "# Engineer\n\nRequirements:\n"
        "  * Founded by a team with 20+ years of combined experience in retail\n",
        "min_years",
        None,
    ),
    (
        "# Engineer\n\nRequirements:\n- You have 4+ years of combined experience in Go and Rust\n",
        "min_years",
        4,
    ),
    # an ordinal is no product's name
    (
        "# Java Engineer\n\nRequirements:\n  * Integrate 3rd Party and Internal API, async, and file-based"
        " services utilizing CSV, JSON, or XML data\n",
        "required_skills",
        ["Java", "JSON", "XML"],
    ),
    ("# SRE\n\nExperience in open telemetry and observability.\n", "required_skills", ["OpenTelemetry"]),
]

_T140_CASES: list[tuple[str, str, object]] = [
    # a vendor's name before a German compound of technologies
    (
        "# Berater\n\nAnforderungen:\n- Fundierte Kenntnisse in Fortinet-Technologien\n",
        "required_skills",
        ["Fortinet"],
    ),
]


_T142_CASES: list[tuple[str, str, object]] = [
    # "Edge AI": computing near the data, not Microsoft's browser
    (
        "# Engineer\n\nRequirements:\n- Experience with Edge AI deployment on Jetson\n",
        "required_skills",
        [],
    ),
]


_T143_CASES: list[tuple[str, str, object]] = [
    # a header field of state codes is the states, not one "VA, PA, FL" place
    (
        "Zetier | Security Researcher | Multiple US locations (VA, PA, FL, TX, CA, NY) | ONSITE | Full-Time\n"
        "Zetier develops tools.",
        "locations",
        ["Virginia", "Pennsylvania", "Florida", "Texas", "California", "New York"],
    ),
]


_T145_CASES: list[tuple[str, str, object]] = [
    # a board's country in brackets before the role
    (
        "# [(Canada) Software Implementation Consultant - Rapid Services](https://example.com/apply/1)\n"
        "### PointClickCare\n",
        "title",
        "Software Implementation Consultant - Rapid Services",
    ),
]


_T146_CASES: list[tuple[str, str, object]] = [
    # a board's trailing separator and "new" mark after its reference; a contact line after the role
    (
        "Enterprise Architekt // 4 Monate //\n\nFür unseren Kunden suchen wir Unterstützung.",
        "title",
        "Enterprise Architekt",
    ),
    (
        "2nd Level Field Support/in (56337) NEU\n\nIhre Aufgaben: Support.",
        "title",
        "2nd Level Field Support/in",
    ),
    (
        "Senior Fullstack/Backend Engineer | | Contact [email] for more info.\nWe build pipes.",
        "title",
        "Senior Fullstack/Backend Engineer",
    ),
    # a freelance board's "Onsite-Standort" is a place field
    (
        "# Architekt\n\n• Remote-Anteil: ca. 80% Remote\n• Onsite-Standort: Strausberg\n",
        "locations",
        ["Strausberg"],
    ),
]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        *_T125_CASES,
        *_T126_CASES,
        *_T127_CASES,
        *_T128_CASES,
        *_T129_CASES,
        *_T130_CASES,
        *_T131_CASES,
        *_T132_CASES,
        *_T133_CASES,
        *_T134_CASES,
        *_T135_CASES,
        *_T136_CASES,
        *_T137_CASES,
        *_T138_CASES,
        *_T139_CASES,
        *_T140_CASES,
        *_T142_CASES,
        *_T143_CASES,
        *_T145_CASES,
        *_T146_CASES,
    ],
)
def test_fresh_batch_t125_to_t146_cases(text: str, field: str, value: object) -> None:
    """The kinds of error read on the fresh batches t125-t146, each with the value its posting's label has."""
    assert getattr(parse_jd(text), field) == value


# Near misses of the t125-t143 rules (the reviews' regressions, and the cases each rule must not reach); each
# is what the text says.
@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "# Engineer\n\n## Requirements\n- Strong Terraform and Kubernetes skills, AWS certification"
            " recommended.\n",
            "required_skills",
            ["Terraform", "Kubernetes", "AWS"],
        ),
        ("# Engineer\n\n- Stripe integration experience\n", "required_skills", ["Stripe"]),
        ("Puesto: Desarrollador Sr. Java\n\nUsamos Java.", "title", "Desarrollador Sr. Java"),
        ("Acme | Backend Engineer | Berlin / CET timezone<p>We use Go.", "locations", ["Berlin"]),
        ("Yidi | Senior Engineer | REMOTE (LATAM/EU time zones welcome)<p>We build apps.", "locations", []),
        ("DuckDuckGo | Senior Engineer | REMOTE<p>We use Go.", "required_skills", ["Go"]),
        (
            "# Engineering Manager\n\nYou will be hiring and mentoring engineers who work in Kotlin.",
            "required_skills",
            ["Kotlin"],
        ),
        (
            "# Engineer\n\nP.S. Our stack also includes Go and Kubernetes, so experience there is a plus.",
            "preferred_skills",
            ["Go", "Kubernetes"],
        ),
        (
            "# Consultant\n\nWe build Salesforce and SAP solutions for our clients. You know Python.",
            "required_skills",
            ["Python"],
        ),
        (
            "# Engineer\n\nLocation: Austin, TX (on-site)\n\nWe are not hiring for remote positions.",
            "remote",
            "onsite",
        ),
        (
            "# Engineer\n\nLocation: Remote (US)\nRemote: up to 25% travel to customer sites\n",
            "remote",
            "remote",
        ),
        ("# Network Engineer - Level 3 Support\n\nWe use Cisco.", "seniority", None),
        ("# Software Engineer - Level II/III\n\nWe use C#.", "seniority", "senior"),
        (
            "# Engineer\n\n## You would be a great addition if you have:\n* Python\n* PostgreSQL\n",
            "required_skills",
            ["Python", "PostgreSQL"],
        ),
        ("Acme | Senior Engineer [Remote] | NYC<p>We build.", "title", "Senior Engineer"),
        (
            "# Engineer\n\nRequirements:\n- Python\n- Experience with Rust is welcome\n",
            "preferred_skills",
            ["Rust"],
        ),
        (
            "# Embedded Engineer\n\nRequirements: C, CAN, SPI, I2C.",
            "required_skills",
            ["C", "CAN bus", "SPI", "I2C"],
        ),
        (
            "# Engineer\n\n* 8+ years of Python experience\n* 2+ years of management experience\n",
            "min_years",
            8,
        ),
        ("# Engineer\n\nLocation: Waltham, MA\n\nWe use Go.", "locations", ["Waltham, MA"]),
        ("Acme | Engineer | Remote (US) or onsite in Boston<p>We build.", "remote", "remote"),
        ("# Backend Engineer (Payments)\n\nWe use Go.", "title", "Backend Engineer (Payments)"),
        ("Acme | Backend / API Engineer | Remote<p>We build.", "title", "Backend / API Engineer"),
        (
            "Acme | Senior Software Engineer, Team Lead | Berlin<p>We build.",
            "title",
            "Senior Software Engineer, Team Lead",
        ),
        ("Visa | Senior Engineer | Remote<p>We build.", "title", "Senior Engineer"),
        ("# Data Engineer (Pipelines)\n\nWe use Go.", "title", "Data Engineer (Pipelines)"),
        ("# Project Manager\n\nWe build.", "title", "Project Manager"),
        (
            "# Engineer\n\nOur products use GraphQL.\n\nRequirements:\n* Experience with GraphQL and Kotlin"
            " is helpful but not required\n",
            "required_skills",
            ["GraphQL"],
        ),
        (
            "# Engineer\n\nRequirements:\n* Experience with tools such as HP ALM, IBM MQ and Jira\n",
            "required_skills",
            ["Jira", "HP ALM", "IBM MQ"],
        ),
        ("# Engineer\n\nWe use Go to build services.\n", "required_skills", ["Go"]),
        ("Microsoft | Senior Engineer | Redmond<p>We use Azure and C#.", "required_skills", ["Azure", "C#"]),
        (
            "# Engineer\n\nJersey, Ireland, Italy, Poland\n\nWe use Go.",
            "locations",
            ["Jersey", "Ireland", "Italy", "Poland"],
        ),
        ("# Analyst\n\nRequirements:\n* R, Python and SQL\n", "required_skills", ["R", "Python", "SQL"]),
        ("Acme | Backend + Data Engineer | Remote<p>We build.", "title", "Backend + Data Engineer"),
        (
            "# Engineer\n\nRequirements:\n* Go\n* optional Kaniko, OpenShift\n",
            "preferred_skills",
            ["Kaniko", "OpenShift"],
        ),
        ("# Engineer\n\nRequirements:\n* Go\n* Docker (optional)\n", "preferred_skills", ["Docker"]),
        ("# Engineer\n\nLocation: Berlin\n\nWe use Go.", "locations", ["Berlin"]),
        ("# Engineer\n\nWe support customers with Python tooling.\n", "required_skills", ["Python"]),
        (
            "Acme | Software Engineer | Full Stack | Remote (US)<p>We build.",
            "title",
            "Software Engineer | Full Stack",
        ),
        (
            "Acme | Relocation Support Specialist | Berlin<p>We build.",
            "title",
            "Relocation Support Specialist",
        ),
        (
            "Hays | DevOps Engineer for a SaaS company | Remote (EU)<p>We build.",
            "title",
            "DevOps Engineer for a SaaS company",
        ),
        (
            "# Flight Controllers Inc\n## Embedded Software Engineer\nLocation: Austin, TX\n",
            "title",
            "Embedded Software Engineer",
        ),
        ("SENIOR SOFTWARE ENGINEER (FLORIDA)\n\nWe build.", "title", "SENIOR SOFTWARE ENGINEER"),
        # "Open" is the name's own word; the posting's "Job" after the role goes (stop 86)
        ("Open Source Developer Job at Acme\n\nWe build.", "title", "Open Source Developer"),
        ("Suche & Ranking Engineer (m/w/d)\n\nWe build.", "title", "Suche & Ranking Engineer"),
        (
            "# Senior Software Engineer\n## Kubernetes Platform Team\nLocation: Berlin,"
            " Germany\nRequirements: 5+ years with Go and Kubernetes\n",
            "required_skills",
            ["Go", "Kubernetes"],
        ),
        (
            "Acme (Python / Django) | Backend Engineer | Remote<p>3+ years with Python and Django,"
            " PostgreSQL",
            "required_skills",
            ["Python", "Django", "PostgreSQL"],
        ),
        (
            "# Engineer\n\nOur stack is Elixir, Phoenix and PostgreSQL. Prior experience with them"
            " is not required.\n",
            "preferred_skills",
            ["Elixir", "Phoenix", "PostgreSQL"],
        ),
        (
            "# Engineer\n\nRequirements:\n- Strong Python and Django skills (degree not essential)\n- AWS\n",
            "required_skills",
            ["Python", "Django", "AWS"],
        ),
        (
            "# Engineer\n\nBenefits: home office allowance, 4 days per week work schedule (32h)."
            " Onsite in Munich.\n",
            "remote",
            "onsite",
        ),
        (
            "# Backend Engineer\nBerlin | Full-time | Python, Go, Kubernetes\n\nWe build.",
            "locations",
            ["Berlin"],
        ),
        ("# Engineer\n\nErfahrung mit Go-Tooling und Kubernetes\n", "required_skills", ["Go", "Kubernetes"]),
        (
            "# Engineer\n\nExperience with CAN and US automotive safety standards\n",
            "required_skills",
            ["CAN bus"],
        ),
        (
            "# Engineer\n\nExperience building integrations with systems common in enterprises,"
            " such as Salesforce, ServiceNow and Workday\n",
            "required_skills",
            ["Salesforce", "ServiceNow", "Workday"],
        ),
        ("# Residence Hall Director\n\n2 years of residence life experience\n", "min_years", 2),
        (
            "# Mobile Developer\n\nRequirements:\n- Swift, iOS/iPadOS-macOS apps\n",
            "required_skills",
            ["Swift", "iOS", "macOS"],
        ),
        (
            "# Engineer\n\nBuyers talk on social media platforms like Instagram, Reddit, and LinkedIn.\n",
            "required_skills",
            [],
        ),
        (
            "Acme | ML Intern | NYC<p>We're also hiring an ML/SWE intern for the Spring & Summer.<p>We"
            " use Python.",
            "required_skills",
            ["Python"],
        ),
        (
            "# DevOps Engineer\n\n* Read the Phoenix Project? Be ready for a quiz.\n* Docker\n",
            "required_skills",
            ["Docker"],
        ),
        ("# Engineer #1\n\nWe build.\n", "title", "Engineer #1"),
        ("# Entwickler*in Backend\n\nWir bauen.\n", "title", "Entwickler*in Backend"),
        (
            "# IT-Architekt\n\n- Einsatzort: Remote / Teilweise vor Ort möglich (nach Absprache)\n",
            "remote",
            "remote",
        ),
        (
            "# [Backend Engineer](https://x.example/apply)\n### Puffer\n#### `🌎 United Kingdom`\n\n"
            "**Location: Remote (with preference for candidates in Europe)**\n\nWe build.\n",
            "locations",
            ["United Kingdom"],
        ),
        (
            "# Mobile Engineer\n\n* Experience with iOS and Android development\n",
            "required_skills",
            ["iOS", "Android"],
        ),
        (
            "# Consultant\n\n- Beratung zu Digital Workplace Lösungen auf Basis von Microsoft 365\n",
            "required_skills",
            ["Microsoft 365"],
        ),
        (
            "# Berater\n\n* Professioneller Einsatz von Leading-Edge-Technologien\n* SAP\n",
            "required_skills",
            ["SAP"],
        ),
        (
            "Acme | Data Engineer | Berlin<p>We use Apache Spark and Python.",
            "required_skills",
            ["Apache Spark", "Python"],
        ),
        ("# Engineer\n\nWe are a team of ex-Google engineers. We use Go.\n", "required_skills", ["Go"]),
        (
            "Acme | New York, NY | Onsite | Full-time\n\nWe need to hire two developers quickly"
            ". We are looking for a Senior Python Developer.",
            "title",
            "Senior Python Developer",
        ),
        (
            "Sunforge | Berlin, Germany | Hybrid\n\nAs Germany's largest developer of wind farm"
            "s, we are looking for a Senior Data Engineer.",
            "title",
            "Senior Data Engineer",
        ),
        (
            "Acme | NYC\n\nAs Acme's Engineering Manager, I'm hiring a Senior Backend Engineer "
            "to join my team.",
            "seniority",
            "senior",
        ),
        (
            "Acme | NYC\n\nAcme has NASA's lead engineer as an advisor. We're hiring a Senior F"
            "light Software Engineer.",
            "title",
            "Senior Flight Software Engineer",
        ),
        (
            "Acme | NYC\n\nWe have a small team of 5 engineers and an opening for a designer. W"
            "e're looking for a Senior Product Designer.",
            "title",
            "Senior Product Designer",
        ),
        (
            "SAP FI/CO Berater | Remote | Vollzeit\n\nErfahrung mit SAP FI/CO und SAP S/4HANA",
            "required_skills",
            ["SAP FI", "SAP CO", "SAP S/4HANA"],
        ),
        (
            "Salesforce Product Owner | Acme | Remote\n\nYou will be the Product Owner on Salesforce.",
            "required_skills",
            ["Salesforce"],
        ),
        (
            "Spark Networks | Berlin, Germany | Hybrid | Data Engineer\n\nWe use Apache Spark.",
            "required_skills",
            ["Apache Spark"],
        ),
        (
            "# Firmware Engineer\n\n- 5+ years of firmware development on ARM Cortex-M FreeRTOS targets\n",
            "required_skills",
            ["ARM Cortex-M", "FreeRTOS"],
        ),
        (
            "# Engineer\n\nYou will build integrations that interface with Salesforce and Strip"
            "e for our finance teams.\n",
            "required_skills",
            ["Salesforce", "Stripe"],
        ),
        (
            "# Data Engineer\n\n- Strong Python alongside SQL, Airflow and dbt to support analytics teams\n",
            "required_skills",
            ["Python", "SQL", "Apache Airflow", "dbt"],
        ),
        (
            "# Engineer\n\nCollaborate with Jira and Confluence across engineering teams.\n",
            "required_skills",
            ["Jira", "Confluence"],
        ),
        (
            "# Engineer\n\nRequirements:\n- 5+ years experience, ideally previously with Rails "
            "and PostgreSQL at a startup\n",
            "preferred_skills",
            ["Ruby on Rails", "PostgreSQL"],
        ),
        (
            "# Engineer\n\nYou will filter traffic using tools like Magic Transit and Cloudflare WAF.\n",
            "required_skills",
            ["Cloudflare"],  # Cloudflare's WAF, not AWS's: no AWS is named
        ),
        (
            "Acme | Engineer | NYC<p>Our customers include:\nStripe, Shopify and Airbnb.<p>We use Go.",
            "required_skills",
            ["Go"],
        ),
        (
            "Acme | NYC<p>Open Roles: \nSenior Backend Engineer, Payments \nProduct Designer \nWe use Go.",
            "title",
            "Senior Backend Engineer, Payments",
        ),
        (
            "Acme | Engineer | Onsite<p>Onsite 5 days; 1 day remote allowed per month.",
            "remote",
            "onsite",
        ),
        (
            "# Vertriebsmitarbeiter\n\nVertrieb von Bosch-Produkten und Siemens-Produkten\n",
            "required_skills",
            [],
        ),
        (
            "Acme | Senior Data Engineer | Mpls, MN | Hybrid<p>We use Python.",
            "required_skills",
            ["Python"],
        ),
        (
            "Acme | Senior Data Engineer | Mpls, MN | Hybrid<p>We use Python.",
            "locations",
            ["Mpls, MN"],
        ),
        (
            "Acme | Senior Engineer | Remote (EU)<p>You'll spend about 2 days a week in the hom"
            "e office, working async.",
            "remote",
            "remote",
        ),
        (
            "# Senior Java Entwickler\n\nEinsatzort: Remote, ggf. wöchentlich vor Ort Abstimmun"
            "g nicht nötig.\n",
            "remote",
            "remote",
        ),
        (
            "Acme | Engineer | SF<p>We use AWS, K8s, React, and Rust but there is no requiremen"
            "t to have prior experience with them. You must have 5+ years with Python.",
            "required_skills",
            ["Python"],
        ),
        (
            "# Engineer\n\nYou must be fluent in Python. We deploy on AWS with Terraform; there"
            " is no requirement for prior experience with these.\n",
            "required_skills",
            ["Python"],
        ),
        (
            "# Engineer\n\nStrong Python required, plus Django. Other tools: Airflow and dbt - "
            "there is no requirement to have prior experience with those.\n",
            "required_skills",
            ["Python", "Django"],
        ),
        (
            "Acme | Engineer | NYC<p>We expect to IPO in 2-3 years. Requirements: 5+ years of P"
            "ython experience.",
            "min_years",
            5,
        ),
        (
            "Acme | Engineer | NYC<p>We grew 3-5x in 2-3 years and now serve millions. You know"
            " Python and Django.",
            "min_years",
            None,
        ),
        (
            "Acme | Engineer | NYC<p>Our projects typically last 1-2 years with a single client"
            ". You know Java.",
            "min_years",
            None,
        ),
        (
            "# Java Developer\n\nExperience duration: 5 years minimum in Java development.\n",
            "min_years",
            5,
        ),
        (
            "# Java Developer\n\nExperience: Duration 5+ years\nSkills: Java, Spring\n",
            "min_years",
            5,
        ),
        (
            "# Java Entwickler\n\nDauer: 3 Jahre Berufserfahrung mit Java erforderlich.\n",
            "min_years",
            3,
        ),
        (
            "# Software Engineer - Berlin\n\nHybrid of office and home working. We use Go and PostgreSQL.\n",
            "remote",
            "hybrid",
        ),
        (
            "# Senior Engineer (Hybrid of on-site and remote)\n\nWe use Go.\n",
            "remote",
            "hybrid",
        ),
        (
            "# Entwickler\n\nEinsatzort: München. Remote, nicht wöchentlich vor Ort.\n",
            "remote",
            "remote",
        ),
        (
            "# Entwickler\n\nEinsatzort: Hamburg, 40 Stunden wöchentlich vor Ort beim Kunden\n",
            "remote",
            "onsite",
        ),
        (
            "Acme | Engineer<p>On-site role (4 days remote possible per quarter). Python.",
            "remote",
            "onsite",
        ),
        (
            "# Cloud Engineer\n\nExperience with companies in the cloud space such as AWS, GCP "
            "or Azure is required.\n",
            "required_skills",
            ["AWS", "Google Cloud", "Azure"],
        ),
        (
            "# Engineer\n\nRequirements:\n- You have built integrations for companies in the pa"
            "yments space like Stripe and Adyen\n",
            "required_skills",
            ["Stripe", "Adyen"],
        ),
        (
            "<div><h2>Frontend Engineer</h2><p>Benefits:\nFlexible hours, optional gym</p><p>Re"
            "quirements: React, TypeScript</p></div>",
            "required_skills",
            ["React", "TypeScript"],
        ),
        (
            "<div><h2>Frontend Engineer</h2><p>Our offer:\nRemote work within Germany, Hamburg "
            "office optional</p><p>Requirements: React</p></div>",
            "required_skills",
            ["React"],
        ),
        (
            "<div><h2>Frontend Engineer</h2><p>Required experience:\nReact and TypeScript. Nice"
            " to have: Next.js</p></div>",
            "required_skills",
            ["React", "TypeScript"],
        ),
        (
            "# Data Engineer\n\nYou will use Go to market-data pipelines. Requirements: Kafka.\n",
            "required_skills",
            ["Go", "Apache Kafka"],
        ),
        (
            "<h2>Backend Engineer</h2>\n<p>Bonus:\nUp to 10% annual bonus</p>\n<p>Requireme"
            "nts:\n3+ years of Ruby on Rails</p>",
            "required_skills",
            ["Ruby on Rails"],
        ),
        (
            "<h2>Backend Engineer</h2>\n<p>Our preferred tools:\nPython and Django</p>\n<p>"
            "Requirements:\n5+ years of Python and Django</p>",
            "required_skills",
            ["Python", "Django"],
        ),
        (
            "Data Engineer (Contract)\n\nPosition details \u2013 Experience: 8 years, Duration: 2 years",
            "min_years",
            8,
        ),
        (
            "Senior Java Developer\n\nExperience required\nDuration: 5 years\nSkills: Java, Spring",
            "min_years",
            5,
        ),
        (
            "SAP Berater (m/w/d)\n\nAnforderungen:\n- SAP FI/CO Projekterfahrung, Dauer: 5 Jahre",
            "min_years",
            5,
        ),
        (
            "Java Entwickler (m/w/d)\n\nEinsatzort: Hamburg, wöchentlich vor Ort (Mo-Fr)",
            "remote",
            "onsite",
        ),
        (
            "Embedded Engineer\n\nOnsite in Munich (2 days remote allowed per calendar month)",
            "remote",
            "onsite",
        ),
        (
            "Embedded Engineer\n\nOnsite role in Munich, 4 days remote possible every month.",
            "remote",
            "onsite",
        ),
        (
            "Software Engineer\n\nWork model: a hybrid of WFH & onsite days.",
            "remote",
            "hybrid",
        ),
        (
            "Software Engineer\n\nWorking pattern: Hybrid of WFH/office.",
            "remote",
            "hybrid",
        ),
        (
            "Backend Engineer\n\nRequirements:\n- Write services in Go to market standards",
            "required_skills",
            ["Go"],
        ),
        (
            "Acme | Engineer<p>Location: MediaCity, Salford",
            "locations",
            ["MediaCity, Salford"],
        ),
        (
            "# Engineer\n\nWe offer a hybrid work model with two days a week in the office.\n",
            "remote",
            "hybrid",
        ),
        ("# Engineer\n\nBe onsite in our office on Mondays.\n", "locations", []),
        ("# Engineer\n\nWe are backed by Sequoia and use AWS.\n", "required_skills", []),
        ("# Engineer\n\nRequirements:\n- 3+ years of experience in Python\n", "min_years", 3),
        (
            "# Engineer\n\nWe do not require any formal experience. "
            "Instead, we are seeking engineers who show:\n\n"
            "  * Expertise in Python\n",
            "required_skills",
            ["Python"],
        ),
        (
            "Acme\n\nIf you're excited about freeing developers from clouds, mail us.\n"
            "- Senior Front-End Engineer (TypeScript)\n",
            "title",
            "Senior Front-End Engineer (TypeScript)",
        ),
        ("# Berater\n\n- Analyse von Altsystemen und Excel-basierten Prozessen\n", "required_skills", []),
        # the review of the t139/t140 rules (31 regressions at the commit it read, all mended or reverted)
        (
            "Operations Manager\nWe are a hybrid workforce with offices in London and Manchester.",
            "remote",
            "hybrid",
        ),
        (
            "Customer Support Lead\nThis is a hybrid operations role based in our Leeds office.",
            "remote",
            "hybrid",
        ),
        ("Netzwerktechniker (m/w/d)\nEinsatz onsite in Rechenzentren unserer Kunden.", "locations", []),
        ("Consultant\n2 days onsite in Celonis offices.", "locations", []),
        (
            "Consultant\nYou'll spend your first two weeks on site in Walldorf for training, then work "
            "remotely from Berlin.",
            "locations",
            ["Berlin"],
        ),
        ("Softwareentwickler (m/w/d) | Remote in Festanstellung", "locations", []),
        ("Systems Engineer | On-site in SCIF", "locations", []),
        ("Manager, Solutions Architects", "title", "Manager, Solutions Architects"),
        ("Head of Solutions Architects", "title", "Head of Solutions Architects"),
        ("Community Manager - Developers", "title", "Community Manager - Developers"),
        ("Recruiter for Data Scientists", "title", "Recruiter for Data Scientists"),
        (
            "We build payments software for marketplaces.\nAcme | 120 engineers | Berlin\nWe are looking "
            "for a Senior Data Engineer.",
            "title",
            "Senior Data Engineer",
        ),
        (
            "We build payments software for marketplaces.\nAcme | The platform for data scientists\nWe are "
            "looking for a Senior Data Engineer.",
            "title",
            "Senior Data Engineer",
        ),
        (
            "Acme builds developer tools.\nIf you're a designer, see our other openings. We're looking for "
            "a Backend Engineer.",
            "title",
            "Backend Engineer",
        ),
        (
            "Acme builds developer tools.\nIf you're a senior engineer looking for your next step, we're "
            "hiring a Staff Engineer.",
            "seniority",
            "staff",
        ),
        (
            "Backend Engineer\nRequirements:\n- A minimum of 5 years of combined professional experience in "
            "software engineering",
            "min_years",
            5,
        ),
        (
            "Backend Engineer\nRequirements:\n- Requires 7 years of combined work experience in IT",
            "min_years",
            7,
        ),
        (
            "Backend Engineer\nWith 5+ years of backend experience, you'll grow into a Staff role in 2 "
            "years.",
            "min_years",
            5,
        ),
        (
            "Backend Engineer\nRequirements:\n- 5+ years of professional experience, with hands-on "
            "Kubernetes work in recent years",
            "min_years",
            5,
        ),
        (
            "Backend Engineer\nAbout you: you've shipped 3 products in 5 years and have 5+ years of Python "
            "experience.",
            "min_years",
            5,
        ),
        ("Backend Engineer\nOur team (15-20 years) has built banks before. Go.", "min_years", None),
        ("Backend Engineer\nRoadmap horizon (2-3 years). Go, Postgres.", "min_years", None),
        (
            "Backend Engineer\nWe are a Sequoia-backed infrastructure startup used by engineers at "
            "Snowflake, Databricks and MongoDB.\nYou will build APIs in Go.",
            "required_skills",
            ["Go"],
        ),
        (
            "Backend Engineer\nAcme is a VC-backed services company helping retailers adopt Salesforce and "
            "SAP.\nYou will build APIs in Go.",
            "required_skills",
            ["Go"],
        ),
        (
            "Data Scientist\nRequirements:\n- Regression models (Lasso, Ridge, Elastic Net) in Python",
            "required_skills",
            ["Python"],
        ),
        (
            "Cloud Engineer\nRequirements:\n- Elastic scaling of Kubernetes workloads",
            "required_skills",
            ["Kubernetes"],
        ),
        (
            "Backend Engineer\nDein Profil \u2013 ein Abschluss ist nicht erforderlich, "
            "aber du bringst mit:\n- Java\n- Spring Boot",
            "required_skills",
            ["Java", "Spring Boot"],
        ),
        (
            "Backend Engineer\nWhat you bring\nExperience with Rust is not required, but you must know:\n- "
            "Go\n- PostgreSQL",
            "required_skills",
            ["Go", "PostgreSQL"],
        ),
        (
            "Backend Engineer\nRequirements - if you are not familiar with Kafka, we'll teach you:\n- Go\n- "
            "PostgreSQL",
            "required_skills",
            ["Go", "PostgreSQL"],
        ),
        (
            "Netzwerkingenieur (m/w/d)\nDein Profil:\n- Erfahrung mit Access-Technologien (xDSL, FTTH)",
            "required_skills",
            [],
        ),
        ("Entwickler (m/w/d)\nDein Profil:\n- Erfahrung mit Edge-Technologien", "required_skills", []),
        # the second review, of 3abd3f69 (21 regressions there; its rules reverted or narrowed)
        (
            "Acme is building the future of data with great people.\nProduct | Solutions | For Data "
            "Scientists | Pricing\nWe are looking for a Backend Engineer to build our API in Python.",
            "title",
            "Backend Engineer",
        ),
        (
            "We make deployment boring for everyone, everywhere, every day.\nDocs | Blog | Community | "
            "Developers\nWe are seeking a Staff Site Reliability Engineer with Terraform.",
            "title",
            "Staff Site Reliability Engineer",
        ),
        (
            "Acme is the leading vector database for AI applications.\nAcme | Loved By Data Scientists | "
            "SOC 2 Certified\nWe're looking for a Solutions Architect with Python and AWS. New York, hybrid.",
            "title",
            "Solutions Architect",
        ),
        (
            "Acme builds analytics for product teams.\nIf you're a product manager who struggles with data, "
            "you know the pain. We have a Senior Frontend Engineer opening in our Berlin team. React.",
            "title",
            "Senior Frontend Engineer",
        ),
        (
            "Acme builds analytics for product teams.\nIf you're a data scientist who hates slow notebooks, "
            "Acme is for you. We need Backend Engineers who love Rust. Remote.",
            "title",
            "Backend Engineer",
        ),
        (
            "Developer Advocate for Data Scientists\nAcme builds notebooks. You will write tutorials and "
            "talk at conferences. Remote in Europe.",
            "title",
            "Developer Advocate for Data Scientists",
        ),
        (
            "Technical Writer for Developers\nWrite docs for our API. Markdown, Git. Remote.",
            "title",
            "Technical Writer for Developers",
        ),
        (
            "Java Developer\nCandidate should have experience in 4+ years in Java and Spring Boot.",
            "min_years",
            4,
        ),
        (
            "Frontend Engineer\nRequirements:\n- Experience in 3+ years of React development\n- TypeScript",
            "min_years",
            3,
        ),
        ("Data Scientist\nRequirements:\n- Proficient in 3+ years of Python\n- SQL", "min_years", 3),
        (
            "Data Engineer\n- 20+ years of combined experience across our founding team\n- Series A, 30 "
            "people\nRequirements: SQL, Airflow.",
            "min_years",
            None,
        ),
        (
            "Software Engineer\nOur team: 8 engineers (5-15 years) and 2 designers.\nRequirements: Go, "
            "Postgres.",
            "min_years",
            None,
        ),
        (
            "Software Engineer\nWe are a team of senior developers (8-15 years) building fintech.\nStack: "
            "Kotlin.",
            "min_years",
            None,
        ),
        ("Hybrid Integration Engineer - London\nMuleSoft, REST APIs.", "remote", "hybrid"),
        ("Senior SOC Analyst\nHybrid SOC Analyst position in Glasgow. Splunk, Sentinel.", "remote", "hybrid"),
        ("Game Developer\nHybrid games developer, Barcelona. Unity, C#.", "remote", "hybrid"),
        (
            "Backend Engineer\nWe are a YC-backed infrastructure platform used by teams running Kubernetes "
            "and Terraform.\nRequirements: Go.",
            "required_skills",
            ["Go"],
        ),
        (
            "Backend Engineer\nAcme is a Sequoia-backed infrastructure software company that makes Postgres "
            "fast.\nRequirements: Go.",
            "required_skills",
            ["Go"],
        ),
        (
            "Backend Engineer\nBacked up by Accel and Index, we build tools for Snowflake and dbt users.\n"
            "Requirements: Python.",
            "required_skills",
            ["Python"],
        ),
        (
            "Backend Engineer\nYou'll need - no previous experience required in fintech, but these are "
            "essential:\n- Python\n- Docker",
            "required_skills",
            ["Python", "Docker"],
        ),
        (
            "Backend-Entwickler (m/w/d)\nDas bringst du mit (ein Studium ist nicht erforderlich, diese "
            "Kenntnisse schon):\n- Python\n- Docker",
            "required_skills",
            ["Python", "Docker"],
        ),
        # a lead-in that points at the list is still one ("these", "the tools below")
        (
            "We are hiring.\n\nKnowledge of these is a plus but not required.\n\n* Kafka\n* Redis\n",
            "preferred_skills",
            ["Apache Kafka", "Redis"],
        ),
        (
            "We are hiring.\n\nExperience with the tools below is nice but not required.\n\n"
            "* Kafka\n* Redis\n",
            "preferred_skills",
            ["Apache Kafka", "Redis"],
        ),
        # an explicit "Hybrid" with office days a month stays hybrid; "hybride Arbeitsmodelle" is a mode
        ("Backend Engineer. Hybrid (3 days per month on-site)", "remote", "hybrid"),
        ("# Entwickler (m/w/d)\n\nWir bieten hybride Arbeitsmodelle in Berlin.\n", "remote", "hybrid"),
        # the first review of the t141/t142 rules: plus lists under a generic waiver stay plus lists
        (
            "Backend Engineer\n\nRequirements:\n- Python\n\nNice to have, but not required.\n"
            "- Kafka\n- Redis",
            "preferred_skills",
            ["Apache Kafka", "Redis"],
        ),
        (
            "Backend Engineer\n\nRequirements:\n- Python\n\nExperience with our tech stack is helpful but not"
            " required.\n- Kafka\n- Redis",
            "preferred_skills",
            ["Apache Kafka", "Redis"],
        ),
        # "Post-Secondary Qualifications", "Primary and Secondary Requirements" ask
        (
            "Software Developer\n\nPost-Secondary Qualifications:\n- Diploma in Computer Science\n"
            "- Experience with C# and SQL Server",
            "required_skills",
            ["C#", "Microsoft SQL Server"],
        ),
        (
            "Data Analyst\n\nPrimary and Secondary Requirements\n- SQL\n- Tableau",
            "required_skills",
            ["SQL", "Tableau"],
        ),
        # office days a month under an explicit hybrid or partly remote mode stay hybrid
        ("Product Designer\nHybrid: remote + 2 days/month onsite in Paris", "remote", "hybrid"),
        ("Product Designer\nWork mode: Hybrid (remote + 3 days per month in the office)", "remote", "hybrid"),
        ("Product Designer\nPartially remote, 4 days per month onsite in Lyon", "remote", "hybrid"),
        # the browser: named in full, or in a list before a comma
        (
            "Desktop Engineer\nRequirements:\n- Experience with Microsoft Edge deployment via Intune",
            "required_skills",
            ["Microsoft Edge", "Microsoft Intune"],
        ),
        (
            "IT Support Technician\nRequirements:\n- Windows 11, Microsoft 365, Chrome/Edge, hardware and"
            " peripherals",
            "required_skills",
            ["Windows 11", "Microsoft 365", "Google Chrome", "Microsoft Edge"],
        ),
        # "hybride Lösungen für mobiles Arbeiten": a way of working
        (
            "Systemadministrator (m/w/d)\nStandort: Köln\nWir bieten flexible, hybride Lösungen für mobiles"
            " Arbeiten.",
            "remote",
            "hybrid",
        ),
        # a passing remote state needs the office named first; two state codes stay one field
        ("Acme | Engineer | Boston | Remote\nWe are currently fully remote.", "remote", "remote"),
        ("Acme | Engineer | Austin, TX | ONSITE\nWe build tools.", "locations", ["Austin, TX"]),
        (
            "Acme | Engineer | San Francisco, CA, USA | ONSITE\nWe build tools.",
            "locations",
            ["San Francisco, CA, USA"],
        ),
        # a particle stays with its place
        ("# Engineer\nLocation: Rio de Janeiro, Brazil\n", "locations", ["Rio de Janeiro, Brazil"]),
        ("# Ingénieur\nLieu : Paris la Défense\n", "locations", ["Paris la Défense"]),
        # the second review: a passing remote state only in the office's brackets or hyphen, the region's
        # either-or only as a header field, a place's lead words only the company's sites
        (
            "Backend Engineer\nLocation: Boston, MA\nWork mode: previously onsite, currently remote-first.",
            "remote",
            "remote",
        ),
        (
            "Backend Engineer\nLocation: Boston, MA\nWe used to be on-site, currently fully remote and"
            " staying that way.",
            "remote",
            "remote",
        ),
        (
            "Backend Engineer\nLocation: Austin, TX\nThis position is onsite in Austin. Our 400 employees"
            " work remote US or onsite at our HQ.",
            "remote",
            "onsite",
        ),
        ("Backend Engineer\nLocation: Remote (US), excluding Puerto Rico", "locations", ["US"]),
        (
            "Backend Engineer\nLocation: Austin, TX, company headquartered in San Francisco",
            "locations",
            ["Austin, TX"],
        ),
        ("Backend Engineer\nLocation: Dublin, reporting into London", "locations", ["Dublin"]),
        ("Softwareentwickler (m/w/d)\nStandort: Hamburg, nicht Berlin", "locations", ["Hamburg"]),
        # the second review: office days a month beside a hybrid mode, German "hybride" ways of working
        (
            "Product Designer\nLocation: Paris, France\nHybrid model (remote + 2 days per month on-site)",
            "remote",
            "hybrid",
        ),
        (
            "Softwareentwickler (m/w/d)\nStandort: Hamburg\nWir bieten eine hybride Umgebung aus Büro und"
            " mobilem"
            " Arbeiten.",
            "remote",
            "hybrid",
        ),
        (
            "Java Developer\nLocation: Pune\n\nPrimary/Secondary Requirements:\n- Java, Spring Boot,"
            " Microservices\n"
            "- Kafka, AWS",
            "preferred_skills",
            [],
        ),
        # the third review: "onsite (currently remote)" as the past, "remote US or onsite" as a question,
        # an office city freed from "offices in" merged into the remote country
        (
            "Backend Engineer\nLocation: Boston, MA\nPreviously onsite (currently fully remote)",
            "remote",
            "remote",
        ),
        (
            "Engineer\nLocation: New York, NY\nRemote US or onsite? Onsite only: this role requires 5 days a"
            " week in our NYC office.",
            "remote",
            "onsite",
        ),
        ("Engineer\nLocation: Remote - US; offices in Austin", "locations", ["US"]),
        # "Secondary Technologies" beside "Primary Technologies": the rest of the stack
        (
            "# Node.js Developer\n\nPrimary Technologies: Node.js\n\n"
            "Secondary Technologies: MongoDB, MySQL\n",
            "preferred_skills",
            [],
        ),
        # t145: a topic's label before a list of tools, a short count before the role, a founder's pitch
        (
            "Stack:\n- AI/ML: Claude (Anthropic), PyTorch\n",
            "required_skills",
            ["Claude", "Anthropic", "PyTorch"],
        ),
        ("9 - Flexport Is Still Hiring\nWe use Go.", "title", "9 - Flexport Is Still Hiring"),
        (
            "Backend Engineer\nOur founders built Stripe's first API. Requirements:\n- Go\n",
            "required_skills",
            ["Go"],
        ),
        # t146: a preference of the hire's, investors, a town or a known place in a mode's brackets
        ("Requirements:\n- Our preferred candidate knows Kafka.\n", "preferred_skills", ["Apache Kafka"]),
        ("We are a startup building with Python, backed by Sequoia.\n", "required_skills", []),
        ("DevOps Engineer\nLocation: Remote (Ottobrunn)\n", "locations", ["Ottobrunn"]),
        ("DevOps Engineer\nOrt: hybrid (Berlin oder Hamburg)\n", "locations", ["Berlin", "Hamburg"]),
        ("Senior Engineer | Contact Center Platform\nWe build phones.", "title", "Senior Engineer"),
        (
            "Engineer\nWe use Django and React; if you don't have experience with them, please don't"
            " apply.\n",
            "required_skills",
            ["Django", "React"],
        ),
        # the review of the t145/t146 rules: each snippet broke a first version of a rule
        ("(Jakarta EE) Backend Developer\nWe build.", "title", "(Jakarta EE) Backend Developer"),
        ("(Palo Alto) Firewall Engineer\nWe build.", "title", "(Palo Alto) Firewall Engineer"),
        ("(Hybrid) Mobile App Developer\nWe build.", "title", "(Hybrid) Mobile App Developer"),
        ("HEAD OF WHAT'S NEW\nWe build.", "title", "HEAD OF WHAT'S NEW"),
        (
            "Backend Engineer\n\nRequirements:\n- 5+ years of professional experience\n- 1+ year"
            " contributing to open source in any language",
            "min_years",
            5,
        ),
        (
            "Backend Engineer\n\nOur CEO brings prior founder experience from exits to Twilio and Segment.",
            "required_skills",
            [],
        ),
        (
            "Platform Engineer\n\nWhat you'll do:\n- Lead a team of ex-FAANG engineers running Kubernetes and"
            " Terraform",
            "required_skills",
            ["Kubernetes", "Terraform"],
        ),
        (
            "Data Engineer\n\nThe company is backed by a database pioneer, Oracle, and by Salesforce"
            " Ventures.",
            "required_skills",
            [],
        ),
        (
            "Mobile Engineer\n\nWhat you'll do:\n- We're hoping you will own our React Native app and"
            " its Expo builds",
            "preferred_skills",
            [],
        ),
        (
            "Backend Engineer\n\nOur stack: Go, gRPC and Kafka. If you don't have experience with them,"
            " you will need to get up to speed quickly.",
            "preferred_skills",
            [],
        ),
        (
            "Backend Engineer\n\nOur stack:\nKubernetes is essential for this role. If you don't have"
            " experience with it, we can't teach it on the job.",
            "required_skills",
            ["Kubernetes"],
        ),
        ("Backend Engineer\n\nLocation: Hybrid (Greater London area)", "locations", ["London"]),
        (
            "Backend Engineer\n\nLocation: Remote (Pacific Northwest preferred)",
            "locations",
            ["Pacific Northwest"],
        ),
        ("Backend Engineer\n\nLocation: Hybrid (Cambridge MA office)", "locations", ["Cambridge, MA"]),
        ("Sales Engineer\n\nLocation: Remote 25% travel", "remote", "remote"),
        ("Backend Engineer\n\nBenefits: home office 50% subsidy, gym membership", "remote", None),
        # the second review, of the narrowed rules (each of those rules was then reverted)
        ("2025 - 2026 Graduate Programme - Technology\n\nWe hire.", "seniority", "junior"),
        (
            "Backend Engineer\n\nRequirements:\n- 8+ years of industry experience\n- 2+ years of professional"
            " software development in a regulated environment",
            "min_years",
            8,
        ),
        (
            "Backend Engineer\n\nWe're a team of ex-Googlers, and we build everything in Go on Kubernetes.",
            "required_skills",
            ["Go", "Kubernetes"],
        ),
        (
            "Backend Engineer\n\nOur CTO previously worked as a founder at a startup that ran on AWS and"
            " Kubernetes.\n\nRequirements:\n- Go",
            "required_skills",
            ["Go"],
        ),
        (
            "Frontend Engineer\n\nOur stack:\n- Frontend development: Lit web components",
            "required_skills",
            ["Lit", "Web Components"],
        ),
        (
            "Platform Engineer\n\nWe're hoping you will be comfortable leading our migration to Kubernetes.",
            "required_skills",
            ["Kubernetes"],
        ),
        (
            "Backend Engineer\n\nRequirements:\n- Familiarity with our preferred tech stack (Elixir, Phoenix)"
            " will be prioritised",
            "preferred_skills",
            ["Elixir", "Phoenix"],
        ),
        (
            "Backend Engineer\n\nStrong Python is a must, and we deploy with Terraform - if you don't have"
            " experience with it, we will teach you.",
            "required_skills",
            ["Python", "Terraform"],
        ),
        (
            "Backend Engineer\n\nOrt: Heidelberg, hybrid (3 Tage pro Woche vor Ort in Walldorf)",
            "locations",
            ["Heidelberg", "Walldorf"],
        ),
        ("Sales Engineer\n\nLocation: Remote 25% domestic travel", "remote", "remote"),
        ("Backend Engineer\n\nBenefits: Home office 100% covered by us", "remote", None),
    ],
)
def test_the_t125_to_t146_rules_leave_their_near_misses_alone(text: str, field: str, value: object) -> None:
    assert getattr(parse_jd(text), field) == value


def test_place_keys_fold_an_area_word_a_bare_state_code_and_a_bracketed_country() -> None:
    """The scorer's place key: "Raum Stuttgart" is Stuttgart, "Cleveland OH" Cleveland, "London (UK)"
    London; not "Remote CA" (no city before the code) nor "Frankfurt (Oder)" (a city of its own)."""
    assert place_key("Raum Stuttgart") == place_key("Stuttgart")
    assert place_key("Großraum München") == place_key("Munich")
    assert place_key("Cleveland OH") == place_key("Cleveland, OH")
    assert place_key("London (UK)") == place_key("London")
    assert place_key("Frankfurt a.Main") == place_key("Frankfurt a. M.") == place_key("Frankfurt")
    assert place_key("Barcelona (Spain)") == place_key("Barcelona")
    assert place_key("Remote CA") != place_key("Remote")
    assert place_key("Frankfurt (Oder)") != place_key("Frankfurt am Main")
    assert place_key("Region of Waterloo") != place_key("of Waterloo")


def test_a_big_citys_short_name_keys_as_the_city() -> None:
    """ "LA" in a posting is Los Angeles, not Laos (the ISO code); "HK" stays the country it also is."""
    assert place_key("LA") == place_key("L.A.") == place_key("Los Angeles, CA")
    assert place_key("Laos") != place_key("LA")
    assert place_key("SF") == place_key("San Francisco")
    assert place_key("HK") == place_key("Hong Kong")
    assert place_key("New Orleans, LA") == place_key("New Orleans")


@pytest.mark.parametrize(
    ("field", "locations"),
    [
        ("Remote: Vereinzelt nach Absprache", ["Düsseldorf"]),  # "occasionally, by arrangement": no town
        ("Remote: Nein", ["Düsseldorf"]),
        ("Remote: Possible after onboarding", ["Düsseldorf"]),
        ("Remote: US, Canada", ["Düsseldorf", "US", "Canada"]),
        ("Remote: Austin, TX", ["Düsseldorf", "Austin, TX"]),
        ("Remote: Ja, deutschlandweit", ["Düsseldorf", "Deutschland"]),  # the answer goes, the place stays
        ("Remote: No, onsite in Austin, TX", ["Düsseldorf", "Austin, TX"]),
        ("Remote: Ulm", ["Düsseldorf", "Ulm"]),  # towns the gazetteer lacks or reads only after a cue
        ("Remote: Zug", ["Düsseldorf", "Zug"]),
        ("Remote: Garching bei München", ["Düsseldorf", "Garching bei München"]),
    ],
)
def test_a_remote_fields_answer_is_no_place(field: str, locations: list[str]) -> None:
    text = f"Backend Engineer (m/w/d)\nStandort: Düsseldorf\n• {field}\nPython, Django"
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        (  # the German "preferred qualifications" heading after the asks
            "DevOps Engineer\n\nAnforderungen:\n- Erfahrung mit Docker und Kubernetes\n\n"
            "**Bevorzugte Qualifikationen:**\n\n- Erfahrung mit MS SQL Server und Oracle\n",
            ["Docker", "Kubernetes"],
            ["Microsoft SQL Server", "Oracle Database"],
        ),
        (  # a person's traits under "Bevorzugte Fähigkeiten", then the stack: asked for
            "DevOps Engineer\n\nBevorzugte Fähigkeiten und Eigenschaften:\n- Teamgeist\n\n"
            "Technologien: Kafka, Docker\n",
            ["Apache Kafka", "Docker"],
            [],
        ),
        (  # the team's welcome is no cue: "… and we think your perspective would be valuable"
            "Engineer\n\nWe're a Python, Django and React shop and we think your perspective would be"
            " valuable.",
            ["Python", "Django", "React"],
            [],
        ),
        (  # the cue weighs what ", with" adds, not the frameworks before it
            "Engineer\n\nRequired Skills:\n* Proficiency in JS Frameworks (e.g., React, Angular, VueJS,"
            " Ember), with NextJS expertise considered a bonus.\n* Go",
            ["JavaScript", "React", "Angular", "Vue.js", "Ember.js", "Go"],
            ["Next.js"],
        ),
        (
            "Engineer\n\nRequirements:\n* Python, Django, with Flask a plus.",
            ["Python", "Django"],
            ["Flask"],
        ),
        (  # under a nice-to-have heading everything stays a plus
            "Engineer\n\nNice to have:\n* Docker, with Kubernetes a plus.",
            [],
            ["Docker", "Kubernetes"],
        ),
        (
            "Engineer\n\nRequirements:\n* Familiar with programming languages like Java, Ruby, or Go can be"
            " beneficial.\n* Terraform",
            ["Terraform"],
            ["Java", "Ruby", "Go"],
        ),
    ],
)
def test_what_a_preferred_cue_weighs(text: str, required: list[str], preferred: list[str]) -> None:
    parsed = parse_jd(text)
    assert (parsed.required_skills, parsed.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "locations"),
    [  # a city then a place in another state of its country is a second city, not its state
        (
            "Acme | Los Angeles, New York, or Remote (US Timezones) | Backend Engineers",
            ["Los Angeles", "New York"],
        ),
        ("Acme | Boston, Washington | Onsite | Backend Engineer", ["Boston", "Washington"]),
        ("Acme | Brooklyn, New York | Onsite | Backend Engineer", ["Brooklyn, New York"]),
        ("Acme | Atlanta, Georgia | Onsite | Backend Engineer", ["Atlanta, Georgia"]),
        ("Acme | Kansas City, Kansas | Onsite | Backend Engineer", ["Kansas City, Kansas"]),
        # a small town the data lacks, named like a city of another state: still the town in its state
        ("Acme | Troy, NY | Onsite | Backend Engineer", ["Troy, NY"]),
        ("Location: Springfield, Virginia", ["Springfield, Virginia"]),
        ("Location: Jackson, Wyoming", ["Jackson, Wyoming"]),
        # a mode's sentence: the city and its country, or state, are one place
        ("Engineer\nFully remote but monthly visits to our office, in Sofia, Bulgaria.", ["Sofia, Bulgaria"]),
        ("Engineer\nFully remote, or hybrid in Brooklyn, New York.", ["Brooklyn, New York"]),
        ("Engineer\nFully remote, or hybrid in Portland, Oregon.", ["Portland, Oregon"]),
        ("Engineer\nFully remote, or hybrid in Washington, Oregon.", ["Washington", "Oregon"]),  # two states
        (
            "Engineer\nFully remote, or hybrid in Austin, Texas or Berlin, Germany.",
            ["Austin, Texas", "Berlin, Germany"],
        ),
    ],
)
def test_a_city_and_the_place_after_its_comma(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "locations"),
    [  # a title bracket's role or level words before its comma are no part of the place
        ("# [Web Developer (Full Stack, Costa Rica)](https://x.example/a)\n\nText.", ["Costa Rica"]),
        ("Data Engineer (Senior, London, UK)", ["London, UK"]),
        ("Engineer (Austin, TX)", ["Austin, TX"]),
    ],
)
def test_a_title_brackets_place_without_the_role(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


def test_a_sentence_that_starts_with_a_figure_is_a_clause_of_its_own() -> None:
    # "… preferred" weighs the years of its own sentence, not the stack before it
    posting = parse_jd(
        "Software Developer\n\nThe stack is React/Node/Postgres/ElasticSearch. "
        "3-5+ years of experience preferred."
    )
    assert posting.required_skills == ["React", "Node.js", "PostgreSQL", "Elasticsearch"]
    assert posting.preferred_skills == []


@pytest.mark.parametrize(
    "header",
    [  # remote work that will end is no mode of the role's
        "Acme | Software Engineers | Amsterdam, Netherlands | Fulltime | Onsite-currently remote",
        "Acme | Senior Data Scientist | Onsite (Temporarily Remote) | https://acme.example",
        "Acme | SDE1 and SDE2 - full-time | Austin, TX | ONSITE (currently remote)",
        "Acme | Engineer | Venice Beach, Los Angeles | ONSITE (but remote for now)",
    ],
)
def test_remote_for_now_is_a_passing_state(header: str) -> None:
    assert parse_jd(header).remote == "onsite"


def test_remote_for_now_leaves_the_stated_mode() -> None:
    posting = parse_jd(
        "Acme | Front End Engineer | New York, NY | ONSITE/HYBRID (remote for now)\n\nOur team is centered "
        "in New York City. We are fully remote for now, but we'll eventually snap to an on-site policy."
    )
    assert posting.remote == "hybrid"
    assert parse_jd("Acme | Engineer | Remote\n\nThe team is currently remote-first.").remote == "remote"


@pytest.mark.parametrize(
    ("text", "locations"),
    [  # career pages' fields
        (  # a table row headed by its own header cell is a field, after the benefits too
            "<h1>Engineer</h1><h2>We Offer</h2><ul><li>Health insurance</li></ul>"
            "<h2>Additional Information</h2>"
            "<table><tr><th>Location</th><td>Riga, Latvia</td></tr><tr><th>Salary</th><td>2000 EUR</td></tr>"
            "</table>",
            ["Riga, Latvia"],
        ),
        ("---\ntitle: Research Software Engineer\njobLocation: Bristol, or Remote\n---\nText.", ["Bristol"]),
        ("Engineer\n\n**Location:** Head Office (Remote work available within Japan only)", ["Japan"]),
        ("Engineer\n\nLocation: Main Office, Berlin", ["Berlin"]),
        ("Engineer\n\nArbeitsort: Zum Teil im Homeoffice in 22087 Hamburg", ["Hamburg"]),
        ("Engineer\n\nadresse: Am Seerhein 6, 78467 Konstanz. Zwei Tage die Woche vor Ort.", ["Konstanz"]),
        ("Engineer\n\nYour work will be on site in the headquarters in Madrid city center.", ["Madrid"]),
        ("Engineer\n\n- Location: anywhere (prefer a time zone between US/Pacific and Central European)", []),
        (
            "Frontend-Entwickler\n\nGarden of Concepts aus Hanau sucht zur Verstärkung ihres Teams einen "
            "Frontend-Entwickler.",
            ["Hanau"],
        ),
        ("Engineer\n\nWir kommen aus Berlin und suchen dich.", []),  # not a hiring sentence's "aus"
        ("Engineer\n\nYou would join a local team near our headquarters here in Paris.", ["Paris"]),
    ],
)
def test_places_seen_on_career_pages(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


def test_a_table_row_headed_by_a_header_cell_is_a_field() -> None:
    table = (
        "<table><tr><th>Location</th><td>Riga</td></tr><tr><th>A</th><th>B</th></tr>"
        "<tr><td>x</td><td>y</td></tr></table>"
    )
    assert [line for line in normalise(table).splitlines() if line] == ["Location: Riga", "A | B", "x | y"]


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [  # German nice-to-haves: "im besten Fall", a heading of "keine Bedingung"
        (
            "Engineer\n\n## Profil\n\n* Erfahrung mit REST und SOAP. Im Besten Fall kennst du dich aus mit "
            "Technologien wie Apache Airflow, Prefect oder Dagster.\n* Git",
            ["SOAP", "Git"],
            ["Apache Airflow", "Prefect", "Dagster"],
        ),
        (
            "Engineer\n\n## Was du mitbringst\n\n- Python\n\n## Was hilft und keine Bedingung ist\n\n"
            "- Kubernetes, Terraform, alles rund um den Betrieb der Plattform selbst.",
            ["Python"],
            ["Kubernetes", "Terraform"],
        ),
    ],
)
def test_german_plus_cues_of_career_pages(text: str, required: list[str], preferred: list[str]) -> None:
    posting = parse_jd(text)
    assert (posting.required_skills, posting.preferred_skills) == (required, preferred)


def test_a_german_heading_of_what_is_necessary_opens_the_asks() -> None:
    posting = parse_jd(
        "Data Engineer\n\n## Was Sie tun\n\n- Anlagen anbinden.\n\n## Was notwendig ist\n\n"
        "- Drei Jahre oder mehr an Datenstrecken im Betrieb, nicht nur im Projekt.\n\n"
        "- Python auf einem Niveau."
    )
    assert (posting.min_years, posting.required_skills) == (3, ["Python"])


def test_what_we_hope_you_know_is_a_plus() -> None:
    posting = parse_jd(
        "DevOps engineer\n\n## We're looking for somebody who\n\n- Has Ops chops. We work a lot with Python, "
        "Docker and Ansible, but we hope you'll know a whole lot more (Collectd, CouchBase, HAProxy, ...)."
    )
    assert posting.required_skills == ["Python", "Docker", "Ansible"]
    assert sorted(posting.preferred_skills) == ["Collectd", "Couchbase", "HAProxy"]


def test_not_required_before_a_dash_weighs_its_own_clause() -> None:
    posting = parse_jd(
        "Community Manager\n\n## Requirements\n\n- Git\n- Experience in the R language is valuable but not "
        "required — enthusiasm for learning is fine."
    )
    assert (posting.required_skills, posting.preferred_skills) == (["Git"], ["R"])


def test_useful_qualities_are_a_plus() -> None:
    posting = parse_jd(
        "Developer\n\n### Necessary qualities\n* Python or R\n\n### Useful qualities\n"
        "* Experience with the Jupyter ecosystem"
    )
    assert (posting.required_skills, posting.preferred_skills) == (["Python", "R"], ["Jupyter Notebook"])


def test_pull_requests_are_no_requests_library() -> None:
    posting = parse_jd(
        "Dev\n\n## Requirements\n\n* Experience with Git and pull requests (Github, BitBucket, Gitlab)"
    )
    assert posting.required_skills == ["Git", "GitHub", "Bitbucket", "GitLab"]
    assert (
        "Requests"
        in parse_jd("Dev\n\n## Requirements\n\n* Python libraries: Requests, NumPy").required_skills
    )


def test_an_ecmascript_edition_is_javascript() -> None:
    text = "Dev\n\n## Anforderungen\n\n- Gute Kenntnisse in JavaScript (ES2016) und Vue.js"
    assert parse_jd(text).required_skills == ["JavaScript", "Vue.js"]


@pytest.mark.parametrize(
    ("raw", "title"),
    [  # career pages' and saved job boards' noise around the role
        ("Name: Junior Agile TesterIn", "Junior Agile TesterIn"),
        ("Backend Softwareentwickler - Indeed.com", "Backend Softwareentwickler"),
        ("{DevOps Engineer} (m/w/d)", "DevOps Engineer"),
        ("Data Scientist (25.000 €)", "Data Scientist"),
        ("Vacancy for HPC/cloud specialist", "HPC/cloud specialist"),
        ("DevOps engineer job opening", "DevOps engineer"),
    ],
)
def test_career_page_title_noise(raw: str, title: str) -> None:
    assert parse_jd(f"{raw}\n\nWe build things.").title == title


def test_a_location_field_of_anywhere_with_an_aside_is_remote() -> None:
    posting = parse_jd(
        "Engineer\n\n- Location: anywhere (prefer a time zone between US/Pacific and Central European)"
    )
    assert (posting.remote, posting.locations) == ("remote", [])


@pytest.mark.parametrize(
    ("line", "skills"),
    [  # "*nix" is the Unix-like systems, never the Nix package manager
        ("* *Nix administration experience", ["Unix"]),
        ("* Proficiency in *nix", ["Unix"]),
        ("- We work a lot with Python, __*NIX__, Docker", ["Python", "Unix", "Docker"]),
        ("* Nix and NixOS", ["Nix"]),
    ],
)
def test_star_nix_is_unix(line: str, skills: list[str]) -> None:
    assert parse_jd(f"Dev\n\n## Requirements\n\n{line}").required_skills == skills


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [  # near misses of stop 70's rules, found by a reviewer
        (
            "Dev\n\nDein Profil:\n- Idealerweise mind. 2 Jahre Berufserfahrung in der Java-Entwicklung",
            "preferred_skills",
            ["Java"],
        ),
        (
            "Dev\n\n## Requirements\n\n- Preferably max. 2 years of Terraform",
            "preferred_skills",
            ["Terraform"],
        ),
        (
            "Engineer\n\nRemote (US only). We are not open to remote work from other countries.",
            "remote",
            "remote",
        ),
        (
            "Engineer\n\nFully remote. This is not a job for working remotely from a beach.",
            "remote",
            "remote",
        ),
        ("Engineer\n\nLocation: Formerly onsite (currently fully remote)", "remote", "remote"),
        ("Engineer\n\nLocation: Previously hybrid (currently fully remote)", "remote", "remote"),
        ("Engineer\n\nLocation: Anywhere in Europe (we are currently remote)", "remote", "remote"),
        ("Engineer\n\nTélétravail flexible jusqu'à 5 jours par semaine.", "remote", "remote"),
        ("Engineer\n\nTélétravail flexible, un jour par mois au bureau à Lyon.", "remote", "remote"),
        ("Engineer\n\nArbeitsort: Remote teilweise oder vollständig möglich", "remote", "remote"),
        ("Engineer\n\nLocation: Frankfurt am Main Office", "locations", ["Frankfurt am Main"]),
        (
            "Engineer\n\nLocation: Remote, any time zone between UTC-2 and UTC+3, or on-site in Berlin",
            "locations",
            ["Berlin"],
        ),
        (
            "Engineer\n\nEin Dienstleister aus München sucht für einen Kunden in Hamburg einen Entwickler.",
            "locations",
            ["Hamburg"],
        ),
        (
            "Dev\n\n## Requirements\n\n- Reproducible builds with *Nix*, Bazel",
            "required_skills",
            ["Nix", "Bazel"],
        ),
        ("Senior Developer - ASP.NET\n\nText.", "title", "Senior Developer - ASP.NET"),
        ("Vacancy Management Specialist\n\nText.", "title", "Vacancy Management Specialist"),
    ],
)
def test_stop_70_rules_leave_their_near_misses_alone(text: str, field: str, value: object) -> None:
    assert getattr(parse_jd(text), field) == value


@pytest.mark.parametrize(
    ("line", "remote"),
    [
        # some of the week remote, in German
        ("- Vor Ort im Office (Remote teilweise möglich)", "hybrid"),
        ("Arbeitsort: Zum Teil im Homeoffice in 22087 Hamburg", "hybrid"),
        ("Arbeitsort: teilweise Homeoffice, sonst München", "hybrid"),
        # a role not for working remotely
        ("This is not a position for working remotely.", "onsite"),
        ("This role is not open to remote work.", "onsite"),
        ("Remote. This role is not open to remote candidates outside the EU.", "remote"),
        # a flexible remote policy of a few days a week
        (
            "* Notre politique de télétravail flexible, qui permet jusqu'à 3 jours de télétravail "
            "par semaine.",
            "hybrid",
        ),
        ("* Notre politique de télétravail flexible.", "remote"),
    ],
)
def test_work_mode_lines_seen_on_career_pages(line: str, remote: str) -> None:
    assert parse_jd(f"Engineer\n\n{line}").remote == remote


@pytest.mark.parametrize(
    ("line", "locations"),
    [
        ("Der Arbeitsort ist in Münster. Die Vergütung erfolgt nach TVöD.", ["Münster"]),
        ("Der Arbeitsort ist Leipzig.", ["Leipzig"]),
        ("Der Arbeitsort ist flexibel.", []),
        ("**Dónde**: Nuestra oficina está en el centro de Madrid.", ["Madrid"]),
        # beside Sevilla, Cádiz is Spain's, not Cadiz City in the Philippines (`placed_by_context`)
        ("Nuestras oficinas están en Sevilla y Cádiz.", ["Sevilla", "Cádiz, ES"]),
        # a French address's sorting office, a preference in the field, a wish; a work mode is no place
        (
            "UAR 3035 du CNRS, 240 Av. du Professeur Emile Jeanbrau, 34296 Montpellier Cedex 5.",
            ["Montpellier"],
        ),
        ("**Ort:** vorzugsweise Berlin", ["Berlin"]),
        ("Si conocen algún amigo que viva en Barcelona, escríbanme.", ["Barcelona"]),
        ("Der Arbeitsort ist Homeoffice.", []),
        ("**Ort:** bevorzugt Kundennähe", []),
    ],
)
def test_a_sentence_that_says_where_the_workplace_is(line: str, locations: list[str]) -> None:
    assert parse_jd(f"Backend-Entwickler\n\n{line}").locations == locations


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        (
            "DevOps Engineer\n\n# Minimum qualifications\n* 3 years of Linux.\n\n# Preferred qualifications\n"
            "Experience in the following, the more the better.\n## System / DevOps\n1. Containers: Docker\n"
            "## Python\n1. Testing: Mypy\n\n# Contract matters\n* Go",
            ["Linux", "Go"],
            ["Docker", "Mypy"],
        ),
        (
            "<h1>Engineer</h1><h2>Nice to have</h2><h3>Cloud</h3><ul><li>Kubernetes</li></ul>"
            "<h2>Requirements</h2><h3>Backend</h3><ul><li>Rust</li></ul>",
            ["Rust"],
            ["Kubernetes"],
        ),
        # a stack heading under the pluses is the role's stack; a heading of the same level ends them
        (
            "Développeur\n\n## Profil\n- Java\n\n## Les plus\n- Kotlin\n\n### Environnement technique\n"
            "Spring Boot",
            ["Java", "Spring Boot"],
            ["Kotlin"],
        ),
        ("Engineer\n\n## Nice to have\n- Kubernetes\n\n## Backend\n- Rust", ["Rust"], ["Kubernetes"]),
        # a desired profile may be the asks themselves
        (
            "Développeur\n\n## Profil souhaité\n#### Développeur full-stack\n- Maîtrise de Python",
            ["Python"],
            [],
        ),
    ],
)
def test_a_subsection_of_the_pluses_is_a_plus(text: str, required: list[str], preferred: list[str]) -> None:
    found = parse_jd(text)
    assert (found.required_skills, found.preferred_skills) == (required, preferred)


def test_a_posts_hashtags_after_the_title_hide_no_place() -> None:
    text = "---\ntitle: 'Java developer &#8211; itemis.de &#8211; Germany #jobs #abroad'\n---\n\nWe use Java."
    assert parse_jd(text).locations == ["Germany"]
    assert parse_jd("Senior C# Developer - Berlin\n\nWe use C#.").locations == ["Berlin"]


@pytest.mark.parametrize(
    ("text", "required"),
    [
        (
            "Développeur\n\n## Technologies\n\n* Express 4 (serveur http / https)\n* React (UX)\n"
            "* Mongoose (modèle de donnée)\n* Rust (systems)\n* Spring (2024)",
            ["Express", "React", "Mongoose", "Rust"],
        ),
        # a month, a person's role: a season and a colleague
        (
            "Intern\n\n## Requirements\n* Python\n\n## Start dates\n* Spring (April)\n\n## Team\n"
            "* Julia (Tech Lead)",
            ["Python"],
        ),
        # an aside in mid-sentence decides nothing: the sentence's first word is still a word
        ("Engineer\n\nReact (quickly) to incidents.", []),
    ],
)
def test_a_list_items_name_with_an_aside_is_the_item(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


@pytest.mark.parametrize(
    ("sentence", "seniority"),
    [
        ("- Contexte : Le stage est proposé dans le cadre d'un projet collaboratif.", "intern"),
        ("Le stagiaire en master 2 informatique aura pour mission de participer au projet.", "intern"),
        ("Das Praktikum dauert 6 Monate.", "intern"),
        ("This internship lasts 3 months.", "intern"),
        # another stage, or an internship program the hire runs
        ("At this stage the team is small.", None),
        ("The internship program is run by you.", None),
    ],
)
def test_the_postings_own_internship_as_a_sentences_subject(sentence: str, seniority: str | None) -> None:
    assert parse_jd(f"Génération procédurale de scénarios\n\n{sentence}\n\nPython.").seniority == seniority
    # under a role's title, the interns are the ones the hire tutors
    tutor = f"Développeur Python (H/F) - CDI\n\nVous serez tuteur. {sentence}\n\nPython."
    assert parse_jd(tutor).seniority is None


def test_a_posts_hashtags_are_no_part_of_its_title() -> None:
    assert parse_jd("Software Engineer #job #jhug\n\nJava.").title == "Software Engineer"
    assert parse_jd("Software Engineer, Team #Payments\n\nJava.").title == "Software Engineer, Team #Payments"
    assert parse_jd("Senior C# Developer\n\nC#.").title == "Senior C# Developer"


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("Dans le cadre de son développement, la société ONLINE SAS recrute. Python.", ["Python"]),
        ("* Société : DIGIKET TOGO SAS\n* Python", ["Python"]),
        ("Experience with R and SAS programming", ["R", "SAS"]),
        ("Outils : R, Python, Sql, SAS", ["R", "Python", "SQL", "SAS"]),
    ],
)
def test_a_french_companys_legal_form_is_no_sas(line: str, skills: list[str]) -> None:
    assert parse_jd(f"Data Scientist\n\n{line}").required_skills == skills


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Dev\n\n* Se requieren mínimo 2 días presenciales en la oficina.", "hybrid"),
        ("Dev\n\n* 3 días presenciales y 2 de teletrabajo", "hybrid"),
        ("Dev\n\nModalidad mixta", "hybrid"),
        ("Dev\n\n* 3 jours sur site par semaine", "hybrid"),
        ("Dev\n\n* Télétravail ponctuel possible", "hybrid"),
        ("Dev\n\n- **Eligibilité télétravail :** Oui", "hybrid"),
        ("Dev\n\n- **Télétravail :** non", "onsite"),
        ("Dev\n\n* bis zu 3 Tage mobiles Arbeiten pro Woche", "hybrid"),
        ("Dev\n\n* die Möglichkeit zur Arbeit im Home-Office (bis zu 30% der Arbeitszeit)", "hybrid"),
        ("Dev\n\n* Flexible Arbeitszeiten, Home Office nach Wunsch", "hybrid"),
        ("Dev\n\n* Mobiles Arbeiten nach Absprache", "hybrid"),
        ("Dev\n\n* Remote-Arbeit teilweise möglich", "hybrid"),
        ("Dev\n\n* Kein Homeoffice möglich", "onsite"),
        ("Dev\n\n* Homeoffice-Zuschuss", None),
        ("Dev\n\n* Possibility to be remote up to 50% of your time", "hybrid"),
        ("Dev\n\nYou can work from home up to two days a week.", "hybrid"),
        ("Dev\n\nWe're flexible to remoting working some of the time.", "hybrid"),
        ("Dev\n\nThe position is remote/work from home with travel of up to 20%.", "remote"),
    ],
)  # fmt: skip
def test_some_days_at_home_in_four_languages_and_no_home_office_is_onsite(
    text: str, remote: str | None
) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Security Engineer\n\nRequirements:\n- Firm understanding of IAM and RBAC", []),
        ("SRE\n\nRequirements:\n- Cloud networking: VPCs, subnets and firewalls", []),
        ("Dev\n\nRequirements:\n- HTTP technologies such as WAF and CDN", []),
        ("ML Engineer\n\nYou will design an ML API Gateway.", []),
        ("Dev\n\nRequirements:\n- AWS: EC2, S3, IAM, VPC",
         ["AWS", "Amazon EC2", "Amazon S3", "IAM", "Amazon VPC"]),
        ("Dev\n\nRequirements:\n- Experience with AWS WAF", ["AWS WAF"]),
        # a list's items under its AWS item, two lines away
        ("Dev\n\nRequirements:\n* AWS general knowledge\n* EC2\n* VPC\n* IAM: IRSA",
         ["AWS", "Amazon EC2", "Amazon VPC", "IAM"]),
        ("Dev\n\nRequirements:\n- Experience building REST APIs on Amazon API Gateway", ["API Gateway"]),
        ("Dev\n\nRequirements:\n- DynamoDB, API Gateway and CloudWatch",
         ["DynamoDB", "API Gateway", "CloudWatch"]),
        # a heading that names AWS holds its section's items, however many
        ("Dev\n\nAWS-Kenntnisse:\n- VPC design\n- IAM policies\n- API Gateway",
         ["Amazon VPC", "IAM", "API Gateway"]),
        # so does a title that names it
        ("AWS Cloud Engineer\n\nWe build.\n\nMore.\n\nRequirements:\n- Python\n- IAM roles and VPC peering",
         ["AWS", "Python", "IAM", "Amazon VPC"]),
        # AWS named far away does not make a security list's IAM the product
        ("Dev\n\nRequirements:\n- AWS\n- Python\n- Go\n- Rust\n- Firm understanding of IAM and RBAC",
         ["AWS", "Python", "Go", "Rust"]),
    ],
)  # fmt: skip
def test_general_security_and_network_terms_are_aws_products_only_beside_aws(
    text: str, required: list[str]
) -> None:
    assert parse_jd(text).required_skills == required


def test_aws_services_named_with_the_vendor_are_skills() -> None:
    text = "Cloud Engineer\n\nRequirements:\n- Experience with AWS Config, AWS Control Tower and AWS KMS"
    assert parse_jd(text).required_skills == ["AWS Config", "AWS Control Tower", "AWS Key Management Service"]


@pytest.mark.parametrize(
    "heading",
    ["Puntos extra:", "Puntos a favor:", "Lo que te hará destacar:", "Y si además tienes:",
     "Sería genial si:", "Extrapunkte:", "Bonuspunkte gibt es für:", "Was uns zusätzlich freut:",
     "Schön wäre:", "Noch besser:", "Darüber freuen wir uns:"],
)  # fmt: skip
def test_bonus_point_headings_in_german_and_spanish_open_the_pluses(heading: str) -> None:
    text = (
        f"Software Engineer\n\nREQUIREMENTS:\n- Experience with Java\n\n{heading}\n- Experience with Kotlin\n"
    )
    result = parse_jd(text)
    assert (result.required_skills, result.preferred_skills) == (["Java"], ["Kotlin"])


@pytest.mark.parametrize("heading", ["Was dich auszeichnet:", "Was wir uns wünschen:"])
def test_a_german_profile_heading_still_asks(heading: str) -> None:
    text = f"Entwickler\n\n{heading}\n- Erfahrung mit Kotlin\n"
    assert parse_jd(text).required_skills == ["Kotlin"]


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("there is no possibility of remote work for this role.", "onsite"),
        ("Unfortunately the option of remote work is not available for this position.", None),
        ("Leider besteht keine Möglichkeit zum Homeoffice.", "onsite"),
        ("Die Möglichkeit zum Homeoffice besteht bei dieser Stelle leider nicht.", None),
        ("Pas de possibilité de télétravail sur ce poste.", "onsite"),
        ("Sin posibilidad de teletrabajo.", "onsite"),
        ("El puesto no ofrece posibilidad de teletrabajo.", None),
        ("Flexible Arbeitszeiten ohne Kernarbeitszeit, Möglichkeit zur Remote- und Teilzeitarbeit", "hybrid"),
        ("Our product gives clinicians the possibility of remote monitoring of patients.", None),
        ("The device offers the option of remote updates over LTE-M.", None),
        ("Wir bieten die Möglichkeit der Remote-Wartung beim Kunden.", None),
        ("Possibility of remote work from abroad for up to 30 days a year", None),
        ("Option of remote work from anywhere in Germany", "remote"),
        ("Poste sur site : 5 jours sur site par semaine.", "onsite"),
        ("Une formation de 3 jours au bureau de Paris est prévue à l'arrivée.", None),
        ("Modalidad: remoto, con 2 días presenciales al mes para reuniones.", "remote"),
        ("Teletrabajo con dos días presenciales al trimestre.", "remote"),
        ("Pas de 100 % télétravail possible : 2 jours par semaine maximum.", "hybrid"),
        ("Pas de full télétravail possible, mais 2 jours par semaine.", "hybrid"),
        ("Teletrabajo: no más de 2 días por semana.", "hybrid"),
        ("Hybrides Arbeitsmodell: teilweise ortsungebunden, 2 Tage pro Woche im Büro.", "hybrid"),
        ("Remote role, with a performance bonus of up to 15%.", "remote"),
        ("Remote mit Einsätzen beim Kunden vor Ort von bis zu 20%.", "remote"),
        ("Perks: remote work and a four days a week schedule at full pay.", "remote"),
        ("Horario: jornada mixta, de lunes a viernes de 2:00 p.m. a 10:00 p.m.", None),
        ("Jornada mixta, modalidad presencial.", "onsite"),
        ("Du arbeitest zu 100% im Home-Office.", "remote"),
        ("Du arbeitest ausschließlich im Home-Office.", "remote"),
        ("Benefits: home office allowance, up to 15% annual bonus", None),
        ("Benefits: Homeoffice-Zuschuss und Mitarbeiterrabatte von bis zu 40% auf unsere Produkte", None),
    ],
)  # fmt: skip
def test_a_denied_or_technical_possibility_office_days_a_month_and_shares_of_pay_are_no_hybrid(
    text: str, remote: str | None
) -> None:
    assert parse_jd(f"Software Engineer\n\n{text}\n").remote == remote


@pytest.mark.parametrize(
    ("line", "required"),
    [
        ("Manage AWS config and secrets with Terraform", ["AWS", "Terraform"]),
        ("Design and build a scalable AWS data pipeline", ["AWS"]),
        ("Reduce AWS transfer costs between regions", ["AWS"]),
        ("Strong understanding of AWS pricing and AWS Savings Plans", ["AWS"]),
        ("Built a project on the AWS Free Tier", ["AWS"]),
        ("Experience with AWS Data Pipeline", ["AWS Data Pipeline"]),
    ],
)
def test_an_aws_service_named_by_common_words_counts_only_as_written(line: str, required: list[str]) -> None:
    assert parse_jd(f"Cloud Engineer\n\nRequirements:\n- {line}\n").required_skills == required


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Standort: Stuttgart\nHomeoffice: Nein\nArbeitszeit: Vollzeit im Büro", "onsite"),
        ("Ubicación: Madrid\nTeletrabajo: No\nJornada: completa, en oficina", "onsite"),
        ("Teletrabajo: No (puesto 100% presencial)", "onsite"),
        ("Télétravail : non !", "onsite"),
        ("100% Home-Office ist leider nicht möglich, aber 2 Tage pro Woche mobiles Arbeiten", "hybrid"),
        ("Kein 100% Home-Office: 3 Tage pro Woche im Büro", "hybrid"),
        ("Die Tätigkeit ist nicht ausschließlich im Home-Office möglich; 2 Tage pro Woche bist du im Büro",
         "hybrid"),
        ("Keine Möglichkeit zum Homeoffice in der Probezeit, danach 2 Tage pro Woche", "hybrid"),
        ("Pas de possibilité de télétravail pendant la période d'essai, puis 2 jours par semaine", "hybrid"),
        ("Pas de possibilité de full télétravail", None),
        ("Keine Kernarbeitszeiten & die Möglichkeit zum Homeoffice", "hybrid"),
        ("Benefits: Kein Dresscode • Möglichkeit zum Homeoffice • JobRad", "hybrid"),
        ("No dress code and the option of remote work", "hybrid"),
        ("Not only a competitive salary but also the possibility of remote work", "hybrid"),
        ("Horario flexible sin fichajes y posibilidad de teletrabajo", "hybrid"),
        ("Pas de pointage et possibilité de télétravail", "hybrid"),
        ("Aucune possibilité de télétravail sur ce poste", "onsite"),
        ("Keinerlei Möglichkeit zum Homeoffice", "onsite"),
        ("Remote up to 40% of the time, the rest on-site in our Austin office", "hybrid"),
        ("Home office up to 40%, depending on the client project", "hybrid"),
        ("Teletrabajo desde el primer mes hasta el 60% de la jornada", "hybrid"),
        ("Homeoffice-Pauschale, Prämie bis zu 10% des Jahresgehalts", None),
        ("Teletrabajo con 2 días presenciales mensuales", "remote"),
        ("Remoto, con 2 días presenciales cada dos meses", "remote"),
        ("Possibility of remote firmware updates", None),
        ("Möglichkeit der Remote-Überwachung", None),
        ("Möglichkeit zum mobilen Arbeiten aus dem EU-Ausland (bis zu 20 Tage im Jahr)", None),
        ("Work from home four days a week", "hybrid"),
        ("Arbeiten im Home-Office ist bei dieser Position nicht möglich.", "onsite"),
        ("Kein Homeoffice-Zwang: Arbeite im Büro oder zuhause, wie es dir passt", "hybrid"),
    ],
)  # fmt: skip
def test_second_review_refusals_in_a_field_a_later_start_perks_denials_and_office_days(
    text: str, remote: str | None
) -> None:
    assert parse_jd(f"Software Engineer\n\n{text}\n").remote == remote


@pytest.mark.parametrize(
    ("text", "required"),
    [
        # a heading takes no place among the two lines around a term
        ("Dev\n\nOur stack:\n- AWS (ECS, Lambda)\n\nRequirements:\n- 5+ years of Python\n"
         "- IAM and VPC design",
         ["AWS", "Amazon ECS", "AWS Lambda", "Python", "IAM", "Amazon VPC"]),
        # "Amazon" the shop or a customer is no vendor
        ("Dev\n\nWe help brands sell on Amazon and Zalando.\n\nRequirements:\n"
         "- Python APIs behind an API Gateway",
         ["Python"]),
        ("Dev\n\nRequirements:\n- JIRA, BIT BUCKET, JENKINS", ["Jira", "Jenkins"]),
    ],
)  # fmt: skip
def test_aws_terms_around_headings_amazon_the_shop_and_a_shouted_list(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("There is no option to work remotely for this position.", "onsite"),
        ("We do not offer remote work.", "onsite"),
        ("Unfortunately, we cannot offer remote working.", "onsite"),
        ("No se ofrece teletrabajo.", "onsite"),
        ("Pas de télétravail possible.", "onsite"),
        ("Remote: not possible", "onsite"),
        ("Présence requise 5 jours par semaine au bureau.", "onsite"),
        # the week written with a slash (a new user's posting read "vor Ort, 5 Tage/Woche im Büro" as hybrid)
        ("Standort: München (vor Ort, 5 Tage/Woche im Büro am Marienplatz)", "onsite"),
        ("Office: Berlin, 5 days / week in the office.", "onsite"),
        ("Arbeitszeit: 5 Tage/Woche, davon 2 Tage im Büro.", "hybrid"),
        # the week at home, or the office's hours, whichever the words say (a review's cases)
        ("5 días/semana en remoto, oficina en Madrid opcional.", "remote"),
        ("Télétravail 5 jours/semaine, bureau à Paris pour les réunions.", "hybrid"),
        ("You work 5 days/week from home, we meet at the office once a quarter.", None),
        ("Büro: 5 Tage/Woche geöffnet.", None),
        ("Unser Büro in Köln ist 5 Tage/Woche besetzt, du kommst 2 Tage rein.", None),
        ("No possibility of remote work during the probation period, then 2 days per week.", "hybrid"),
        ("Home office: no more than 2 days per week.", "hybrid"),
        ("Remote: partial", "hybrid"),
        ("Télétravail : Oui, 100 %", "remote"),
        # near misses: some of the full week at home, a technical "remote", a perk that is no mode
        ("Présence au bureau 5 jours par semaine dont 2 en télétravail.", "hybrid"),
        ("Le rythme de travail est de 5 jours par semaine, le télétravail est la norme.", "remote"),
        ("We don't support remote debugging in production.", None),
        ("We do not offer relocation.", None),
        ("5 jours par semaine.", None),
    ],
)  # fmt: skip
def test_refusals_as_verbs_a_full_week_in_four_languages_and_capped_home_days(
    text: str, remote: str | None
) -> None:
    assert parse_jd(f"Software Engineer\n\n{text}\n").remote == remote


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("Cloud Engineer\n\nRequirements:\n- Experience configuring AWS WAF rules", ["AWS WAF"]),
        ("Cloud Engineer\n\nRequirements:\n- AWS WAF rules", ["AWS WAF"]),
        ("Dev\n\nWe sell on Amazon Marketplace.\n\nRequirements:\n- Python", ["Python"]),
    ],
)  # fmt: skip
def test_a_cloud_product_written_with_its_vendor_needs_no_other_context(
    text: str, required: list[str]
) -> None:
    assert parse_jd(text).required_skills == required


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Research Software Engineer\n\nThe e-Research Centre at the University of Oxford seeks an engineer.",
         ["Oxford"]),
        ("Wissenschaftliche:r Mitarbeiter:in\n\nAm Lehrstuhl der RWTH Aachen ist eine Stelle frei.",
         ["Aachen"]),
        ("Ingénieur de recherche\n\nL'équipe DiverSE de l'Université de Rennes recrute.", ["Rennes"]),
        ("Softwareentwickler:in\n\nDie Universität Münster sucht eine:n Entwickler:in.", ["Münster"]),
        # a stated place, a remote role or a degree's school give no institution's city
        ("Data Engineer\n\nLocation: Berlin\n\nWe work with the University of Oxford.", ["Berlin"]),
        ("Data Engineer (Remote)\n\nWe are a spin-off of the University of Oxford. Fully remote.", []),
        ("Data Engineer\n\nRequirements:\n- A PhD from the University of Cambridge or similar", []),
    ],
)  # fmt: skip
def test_with_no_place_stated_a_university_named_after_its_city_gives_the_city(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("POSITION_NAME: Software Engineer — Front-End At 0x\n\nWe build things.",
         "Software Engineer — Front-End"),
        ("---\ntitle: PGlite Engineer - Jobs\n---\n\nWe build things.", "PGlite Engineer"),
        ("---\ntitle: Rockstar Full-Stack Web Developer - SignSpan Corporation\n---\n\nWe build things.",
         "Rockstar Full-Stack Web Developer"),
        ("Data Engineer - Acme GmbH\n\nWe build.", "Data Engineer"),
        ("Data Engineer - Careers at Acme\n\nWe build.", "Data Engineer"),
        ("### Poste de Développeur back-end Drupal / Symfony\n\nNous recherchons.",
         "Développeur back-end Drupal / Symfony"),
        ("## Programmeur.\n\nNous recherchons.", "Programmeur"),
        # near misses: a short word's stop, a role that names a company's kind
        ("Node.js Developer, Sr.\n\nWe build.", "Node.js Developer, Sr."),
        ("Backend Engineer - Jobs Platform\n\nWe build.", "Backend Engineer - Jobs Platform"),
    ],
)  # fmt: skip
def test_a_title_loses_its_company_by_legal_form_a_careers_site_a_post_label_and_a_full_stop(
    text: str, title: str
) -> None:
    assert parse_jd(text).title == title


@pytest.mark.parametrize(
    ("text", "seniority"),
    [
        ("Sommerpraktikum 2021: Datenbearbeitung mit EndNote\n\nDu hilfst uns.", "intern"),
        ("Studentische Codierer*innen\n\nWir suchen zwei Studierende.", "intern"),
        ("DHBW-Student Wirtschaftsinformatik\n\nDu studierst dual.", "intern"),
        # a student's project or affairs are no student's job; a role for interns is no internship
        ("Softwareentwickler für studentische Projekte\n\nDu hilfst uns.", None),
        ("Sachbearbeiter*in Studentische Angelegenheiten (m/w/d)\n\nDu hilfst uns.", None),
        ("Coordinador/a del Programa de Becarios\n\nBuscamos.", None),
        ("Ausbilder (m/w/d) für Werkstudentinnen und Praktikantinnen\n\nDu hilfst uns.", None),
        ("Teamleiter (m/w/d) Hochschulmarketing & Praktika\n\nDu hilfst uns.", "lead"),
    ],
)  # fmt: skip
def test_student_jobs_and_internships_in_their_compound_forms_are_intern(
    text: str, seniority: str | None
) -> None:
    assert parse_jd(text).seniority == seniority


def test_a_front_matter_date_is_no_title() -> None:
    text = "---\nlayout: post\ndate: 2025-10-02 14:39:00-0400\n---\n\nData Engineer\n\nWe build pipelines."
    assert parse_jd(text).title == "Data Engineer"


@pytest.mark.parametrize(
    "heading",
    ["¿Cuáles serán tus retos?", "Tus desafíos", "Your challenges", "Vos défis", "Deine Herausforderungen"],
)
def test_the_duties_written_as_challenges_open_the_roles_context_after_the_benefits(heading: str) -> None:
    text = (
        f"Data Engineer\n\nBenefits:\n- Flexible hours\n\n{heading}\n- Orquestación con Azure Data Factory\n"
    )
    assert parse_jd(text).required_skills == ["Azure Data Factory"]


def test_an_institution_in_the_application_contact_is_no_place_of_work() -> None:
    text = "Sommerpraktikum\n\nDu hilfst uns.\n\n## Bewerbungen an\n[name], Hochschule Luzern\n"
    assert parse_jd(text).locations == []


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Développeur\n\nNos avantages :\n- Un lieu de travail moderne à Lyon.", ["Lyon"]),
    ],
)
def test_french_prose_places_the_workplace(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("This job is remote, or partially in-person in our San Francisco, CA office.", "remote"),
        ("Employees are no longer working remotely. This position will require work from our office.",
         "onsite"),
        ("Unser Sitz ist offiziell in Bonn, aber wir arbeiten alle im Homeoffice.\n"
         "- Flexible Arbeitszeiten im Homeoffice", "remote"),
        ("Poste basé à Paris, Lyon ou Valence / Ouvert au Télétravail", "hybrid"),
        # near misses: an opening to something else, a share after the opening
        ("Nous sommes ouverts au dialogue.", None),
        ("Ce poste est ouvert au télétravail partiel.", "hybrid"),
        ("Flexibel starten: Remote oder hybrid \u2013 so wie es für Dich passt", "hybrid"),
    ],
)  # fmt: skip
def test_remote_or_partly_in_person_a_team_all_at_home_no_longer_remote_and_open_to_teletravail(
    text: str, remote: str | None
) -> None:
    assert parse_jd(f"Software Engineer\n\n{text}\n").remote == remote


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Buscamos para nuestro equipo un desarrollador frontend con conocimientos en Angular.\n\n- Angular",
         "Desarrollador frontend"),
        ("Möchtest du als Backend-Entwickler arbeiten? Dann bewirb dich.\n\n- Java", "Backend-Entwickler"),
        ("¿Te gustaría trabajar como desarrollador web? Escríbenos.\n\n- PHP", "Desarrollador web"),
    ],
)  # fmt: skip
def test_a_hiring_sentence_names_the_role_after_the_team_it_joins_or_the_work_it_offers(
    text: str, title: str
) -> None:
    assert parse_jd(text).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Job Description\nThe Senior Software Engineer helps lead the creation of our web products.",
         "Senior Software Engineer"),
        ("Careers\n\nWe're looking for you to be our next Data Engineer!", "Data Engineer"),
    ],
)  # fmt: skip
def test_a_paragraph_with_the_role_as_its_subject_names_the_title(text: str, title: str) -> None:
    assert parse_jd(text).title == title


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Requirements:\n- pref experience with reactive systems (RxJS, Signals)", [], ["RxJS"]),
        ("Requirements:\n- Java\n- Pref. experience with Kotlin", ["Java"], ["Kotlin"]),
        ("Requirements:\n- Store the user prefs in React state", ["React"], []),
    ],
)  # fmt: skip
def test_pref_abbreviated_marks_a_plus(text: str, required: list[str], preferred: list[str]) -> None:
    parsed = parse_jd(f"Dev\n\n{text}\n")
    assert (parsed.required_skills, parsed.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("* Die Möglichkeit im Berliner Büro und/oder mobil zu arbeiten.", "hybrid"),
        ("Gleitzeitregelung und Möglichkeit der Tele- oder Mobilarbeit", "hybrid"),
        ("Ability to Work Remotely: Onsite Full-time: The work will be performed onsite.", "onsite"),
        ("Ability to Work Remotely: Full-time Remote Telework", "remote"),
    ],
)
def test_mobile_work_and_telework_as_a_possibility_and_a_field_named_after_remote_work(
    text: str, remote: str | None
) -> None:
    assert parse_jd(f"Software Engineer\n\n{text}\n").remote == remote


@pytest.mark.parametrize(
    "text",
    ["Berater\n\nOrt: Alle\n\nWir suchen dich.", "Engineer\n\nLocation: All locations\n\nWe build."],
)
def test_a_location_field_that_names_every_office_names_no_place(text: str) -> None:
    assert parse_jd(text).locations == []


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("This is a fully remote position within the EU. Unfortunately we cannot offer "
         "remote work from outside the EU.",
         "remote"),
        ("This is a remote role. We are unable to offer remote employment in the "
         "following states: Alaska, Hawaii, Montana.",
         "remote"),
        ("Remote (EU). We currently do not support remote work in the UK or Switzerland.",
         "remote"),
        ("Fully remote within Germany. We do not offer remote work from abroad for tax reasons.",
         "remote"),
        ("Remote within Spain. There is no option to work remotely from other countries.",
         "remote"),
        ("Posición remota dentro de España. No se ofrece teletrabajo desde el extranjero.",
         "remote"),
        ("Poste en full remote depuis la France. Le télétravail n'est pas possible "
         "depuis l'étranger.",
         "remote"),
        ("Teletrabajo 100%. Si lo prefieres, nuestra oficina de Valencia está abierta 5 "
         "días a la semana.",
         "remote"),
        ("Full remote ! Notre bureau à Nantes est ouvert 5 jours par semaine pour ceux "
         "qui le souhaitent.",
         "remote"),
        ("Die Stelle ist komplett remote \u2013 unser Büro in Köln steht dir aber 5 Tage die "
         "Woche offen.",
         "remote"),
        ("Arbeitszeiten: 5 Tage die Woche, Bürozeiten 9\u201317 Uhr. Die Stelle ist komplett remote.",
         "remote"),
        ("Horaires de bureau, 5 jours par semaine. Poste en télétravail complet.",
         "remote"),
        ("Arbeitszeit: 5 Tage pro Woche, davon 2 Tage im Büro.",
         "hybrid"),
        ("Rythme : 5 jours par semaine, dont 3 jours au bureau à Paris.",
         "hybrid"),
        ("Jornada completa, 5 días a la semana, 2 de ellos en la oficina de Madrid.",
         "hybrid"),
        ("Poste à temps plein (5 jours par semaine), présence au bureau 2 jours par semaine.",
         "hybrid"),
        ("Jornada de 5 días por semana, con 3 días presenciales en nuestra oficina de "
         "Barcelona y 2 días de teletrabajo.",
         "hybrid"),
        ("Vollzeit, 5 Tage pro Woche: 3 Tage im Büro in Frankfurt am Main, 2 Tage "
         "mobiles Arbeiten.",
         "hybrid"),
        ("Homeoffice wird in der Einarbeitung nicht angeboten, später sind 2 Tage pro "
         "Woche möglich.",
         "hybrid"),
        ("We do not offer remote work during the probation period; afterwards up to 2 "
         "days per week from home.",
         "hybrid"),
        ("Remote. Home office equipment: we do not provide home office furniture, but "
         "you get a 500 EUR budget.",
         "remote"),
        ("We're a remote-first company. While many companies are no longer working "
         "remotely, we remain fully distributed.",
         "remote"),
        ("Remote role: you'll spend the first week in our Berlin office, then 2 days "
         "each quarter at team meetups.",
         "remote"),
        ("Teletrabajo desde cualquier lugar de España; el primer mes en Madrid, luego 2 "
         "días al trimestre en la oficina.",
         "remote"),
        ("Remote aus ganz Deutschland; Onboarding eine Woche in Köln, danach 2 Tage pro "
         "Quartal beim Teamevent.",
         "remote"),
        ("Arbeitsort: Leipzig, vor Ort (kein Homeoffice). Ablauf: erstes Kennenlernen "
         "remote per Video, danach 2 Tage Probearbeiten bei uns.",
         "onsite"),
        ("Poste ouvert au télétravail complet, partout en France.",
         "remote"),
        ("Poste ouvert au télétravail à 100%.",
         "remote"),
        ("Puesto abierto al teletrabajo total desde cualquier punto de España.",
         "remote"),
        ("Wir sind offen für Bewerbungen von Remote-Kandidaten aus ganz Deutschland.",
         "remote"),
        ("Backend Engineer (Remote). Remote: up to 2 days of co-working per month paid by us.",
         "remote"),
        ("Wir arbeiten alle im Homeoffice an zwei Tagen pro Woche, den Rest der Zeit im "
         "Büro in Köln.",
         "hybrid"),
        ("Ability to Work Remotely: Yes",
         "remote"),
    ],
)  # fmt: skip
def test_review_a_limited_refusal_a_full_week_of_opening_hours_office_days_and_later_starts(
    text: str, remote: str
) -> None:
    assert parse_jd(f"Software Engineer\n\n{text}\n").remote == remote


@pytest.mark.parametrize(
    "text",
    [
        "We'd like a degree in computer science, ideally obtained at the University of Edinburgh.",
        "Abgeschlossenes Studium der Informatik (z.B. TU München, RWTH Aachen oder vergleichbar)",
        "Bac+5 en informatique (Université de Bordeaux ou équivalent)",
        "Grado en Estadística por la Universidad de Salamanca",
        "We are a spin-off of the University of Cambridge",
        "Nous sommes une start-up issue de l'Université de Strasbourg",
        "Wir arbeiten eng mit der Universität Stuttgart zusammen",
        "The project is a consortium of the University of Twente, Universidad de Granada and Inria",
        "You will edit Cambridge University Press journals",
        "Our customers include Stanford University, Columbia University and MIT",
        "As a George Washington University spin-out, we build tools",
    ],
)
def test_review_a_degree_a_partner_a_customer_or_a_founding_university_gives_no_place(text: str) -> None:
    assert parse_jd(f"Software Engineer\n\n{text}\n").locations == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Software Engineer\n\nJoin us!\n\nThe Hiring Manager works closely with you.", "Software Engineer"),
        ("Wir suchen für unseren Standort Hamburg eine/n Backend-Entwickler (m/w/d).\n\n- Java",
         "Backend-Entwickler"),
        ("Nous recherchons pour notre agence de Lyon un Développeur Java H/F\n\n- Java", "Développeur Java"),
        ("Statistical Programmer - Clinical SAS\n\nWe build.", "Statistical Programmer - Clinical SAS"),
        ("Consultant SAP FI/CO Schwerpunkt Contr.\n\nWir bauen.", "Consultant SAP FI/CO Schwerpunkt Contr."),
        ("Software Engineer - MLOps.\n\nWe build.", "Software Engineer - MLOps"),
    ],
)  # fmt: skip
def test_review_another_persons_role_a_team_before_the_role_sas_and_cut_words(text: str, title: str) -> None:
    assert parse_jd(text).title == title


@pytest.mark.parametrize(
    "text",
    [
        "Dev\n\nBenefits:\n- Fun\n\nDie Herausforderungen unserer Kunden\n- Veraltete SAP R/3 Systeme",
        "Dev\n\nBenefits:\n- Fun\n\nThe challenges we solve\n- COBOL mainframes",
        "Dev\n\nOur documentaries stream on Netflix and Amazon Prime Video.",
    ],
)
def test_review_the_companys_challenges_and_a_vendors_consumer_product_name_no_skill(text: str) -> None:
    assert parse_jd(text).required_skills == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a posting saved under its date
        ("20210908 NLP Engineer\n\nCTO cherche 1 ingénieur.", "NLP Engineer"),
        ("2022-06-01 Backend Developer\n\nWe build.", "Backend Developer"),
        # the experience asked, as a title's segment
        ("AI Engineer (H/F) \u2013 3 à 7 ans d'expérience\n\nNous recherchons.", "AI Engineer"),
        ("Backend Engineer - 5+ years experience\n\nWe build.", "Backend Engineer"),
        ("Java Entwickler (m/w/d) \u2013 3-5 Jahre Berufserfahrung\n\nWir bauen.", "Java Entwickler"),
        # a gender mark names a role no role word matches, under a page's navigation
        (
            "Zum Inhalt springen\nStartseite\nKarriere Zertifikate\n\n"
            "## Monteur Luft- und Klimatechnik (m/w/d)\n\nUetze\n\n## Stellenbeschreibung\nWir bauen.",
            "Monteur Luft- und Klimatechnik",
        ),
        # ... or when the page's own title is the careers page
        (
            '---\ntitle: "Karriere"\n---\n\nProjektingenieur/in (m/w/d)\n\nZur Verstärkung unseres Teams.',
            "Projektingenieur/in",
        ),
        # praise before the role in a hiring phrase
        (
            "Overview\nWe are seeking a dynamic and motivated Senior AI NodeJS Engineer with a strong focus.",
            "Senior AI NodeJS Engineer",
        ),
    ],
)
def test_a_date_stamp_an_experience_segment_and_a_gender_mark_in_titles(text: str, title: str) -> None:
    assert parse_jd(text).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a "title:" field keeps its place before a gender-marked first line without a role word
        (
            "---\ntitle: Berater für den Betrieb der Oracle-Instanz\n---\n\n"
            "ab 01.01.2026 (m/w/d) (35177-06)\n",
            "Berater für den Betrieb der Oracle-Instanz",
        ),
        (
            "---\ntitle: Projektleiter EDI-Umfeld (m/w/d)\n---\n\nsource_url: (m/w/d)>\n",
            "Projektleiter EDI-Umfeld",
        ),
        # a figure in a title that is not years asked stays
        ("Engineer - 2 Teams\n\nWe build.", "Engineer - 2 Teams"),
    ],
)
def test_a_title_field_beats_a_gender_marked_line_and_other_figures_stay(text: str, title: str) -> None:
    assert parse_jd(text).title == title


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Requisitos:\n- Un año de experiencia con React", 1),
        ("Profil :\n- un an d'expérience en React minimum", 1),
        ("Anforderungen:\n- Mindestens ein Jahr praktische Erfahrung mit React", 1),
        (
            "Anforderungen:\n- Mindestens zwei Jahre Erfahrung mit JavaScript\n"
            "- Mindestens ein Jahr praktische Erfahrung in einem JavaScript-Framework",
            1,
        ),
        ("Anforderungen:\n- Ein Jahr im Ausland ist ein Plus", None),  # no experience asked
        ("Profil :\n- un an de contrat renouvelable", None),
    ],
)
def test_one_year_written_with_the_article(text: str, years: int | None) -> None:
    assert parse_jd(text).min_years == years


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Engineer\nLocation: mostly remote with occasional office visits", "remote"),
        ("Engineer\nPrimarily remote (Waterloo region, Canada)", "remote"),
        ("Ingénieur\nOù ?\nÀ Paris, remote essentiellement avec présentiel occasionnel.", "remote"),
        ("Ingénieur\nLieu : télétravail essentiellement", "remote"),
        ("Ingénieur\nLieu : en présentiel", "onsite"),
        ("Desarrollador\nModalidad: presencial", "onsite"),
        # the company's, not the role's
        ("Engineer\nWe are a mostly remote company, but this role is in our office 5 days a week.", "onsite"),
    ],
)
def test_mostly_remote_and_an_occasional_presence(text: str, remote: str) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        # a lab's, an office's or a venue's name beside the city in a location field
        ("Entwickler\n\nArbeitsort: CityLAB Berlin (Tempelhof-Schöneberg)", ["Berlin"]),
        ("Ingénieur\n\n- lieu: LIG (bâtiment IMAG), Grenoble", ["Grenoble"]),
        ("Engineer\n\nLocation: Acme HQ Boston", ["Boston"]),
        # a place's own name stays whole
        ("Engineer\n\nLocation: San Francisco Bay Area", ["San Francisco Bay Area"]),
        ("Engineer\n\nLocation: Berlin, Germany", ["Berlin, Germany"]),
        ("Engineer\n\nLocation: Frankfurt am Main", ["Frankfurt am Main"]),
        ("Engineer\n\nLocation: NCR, India", ["NCR, India"]),
        ("Engineer\n\nLocation: Nord Switzerland", ["Nord Switzerland"]),
    ],
)
def test_a_location_field_names_the_city_beside_a_venue(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "title", "seniority"),
    [
        (
            "Offre de stage ReactJS / NodeJS Developer - Février\n\nNous cherchons.",
            "Stage ReactJS / NodeJS Developer",
            "intern",
        ),
        ("Offre d'alternance Développeur web\n\nNous cherchons.", "Alternance Développeur web", "intern"),
        ("Backend Engineer - September 2024\n\nWe build.", "Backend Engineer", None),
        ("Offre d'emploi : Développeur web\n\nNous cherchons.", "Développeur web", None),  # a label, no level
    ],
)
def test_an_offer_of_an_internship_and_a_start_month_around_the_role(
    text: str, title: str, seniority: str | None
) -> None:
    parsed = parse_jd(text)
    assert (parsed.title, parsed.seniority) == (title, seniority)


def test_a_range_of_years_written_out_and_in_figures() -> None:
    text = "Requirements:\n- Six to seven (6-7) years\u2019 relevant experience with HPC"
    assert parse_jd(text).min_years == 6


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("EMPRESA DE INFORMATICA EN MURCIA PRECISA PROGRAMADOR/A DE APLICACIONES WEB.", []),  # the trade
        ("Requirements:\n- Experience with Informatica PowerCenter or Talend", ["Informatica", "Talend"]),
        ("Skills: Informatica, SSIS, Talend", ["Informatica", "SSIS", "Talend"]),
    ],
)
def test_informatica_is_the_product_only_in_a_technology_context(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("Location: Leeds office, 5 days a week on site. You will provide mostly remote support.", "onsite"),
        (
            "Our team is largely remote, but this role is based in our Austin office five days a week.",
            "onsite",
        ),
        ("You'll join a mostly remote team. This position is hybrid: 3 days a week in our office.", "hybrid"),
        ("This is an on-site role in Dublin. Our customers are predominantly remote workers.", "onsite"),
        ("Based at our Manchester depot. Diagnose faults primarily remotely.", None),
        (
            "Poste basé à Lyon, 2 jours de télétravail par semaine. Formation en distanciel principalement.",
            "hybrid",
        ),
        (
            "Lieu : Nantes, présentiel. Vous aidez nos clients en remote essentiellement pour le support.",
            "onsite",
        ),
        (
            "Poste en présentiel ponctuellement chez le client, le reste du temps dans nos locaux de Lille.",
            "onsite",
        ),
        ("Trabajo presencial puntualmente en cliente, resto en oficina de Madrid.", "onsite"),
        ("Mainly remote working with some on-site European / U.K. visits.", "remote"),
    ],
)
def test_review_mostly_remote_support_or_teams_and_an_occasional_presence_elsewhere(
    text: str, remote: str | None
) -> None:
    assert parse_jd(f"Engineer\n{text}").remote == remote


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Requisitos: 3-5 años de experiencia. Contrato de un año con experiencia en proyectos.", 3),
        ("Unser Traineeprogramm dauert ein Jahr und bietet Erfahrung in allen Fachbereichen.", None),
        ("El programa dura un año y ofrece experiencia real en proyectos.", None),
        ("Profil:\n- Tu as moins d'un an d'expérience ? Postule quand même !", None),
        ("Requisitos:\n- buscamos perfiles con menos de un año de experiencia profesional", None),
        (
            "Anforderungen:\n- Auch Berufseinsteiger mit weniger als einem Jahr Berufserfahrung willkommen.",
            None,
        ),
        ("Profil:\n- Pas besoin d'un an d'expérience : la motivation compte.", None),
    ],
)
def test_review_a_year_that_is_not_the_experience_asked(text: str, years: int | None) -> None:
    assert parse_jd(text).min_years == years


def test_review_one_year_of_experience_after_two_adjectives() -> None:
    text = "Anforderungen:\n- mindestens einem Jahr einschlägiger praktischer Berufserfahrung im Bereich VoIP"
    assert parse_jd(text).min_years == 1


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("ACME Software GmbH\nWir suchen Dich (m/w/d)\nJava Developer\n\nWir bauen.", "Java Developer"),
        ("ACME Software GmbH\nAb sofort (m/w/d)\nJava Developer\n\nWir bauen.", "Java Developer"),
        ("ACME Software SAS\nRejoignez-nous ! (H/F)\nDéveloppeur Java\n\nNous.", "Développeur Java"),
        (
            "ACME Software S.L.\nÚnete a nuestro equipo (h/m)\nDesarrollador Java\n\nSomos.",
            "Desarrollador Java",
        ),
        (
            "---\ntitle: Wir suchen Dich (m/w/d)!\n---\n# Senior Java Entwickler (m/w/d)\n\nWir bauen.",
            "Senior Java Entwickler",
        ),
        (
            "Titel: Stellenangebote (m/w/d)\n\nWir suchen einen Java-Entwickler (m/w/d) für unser Team.",
            "Java-Entwickler",
        ),
        (
            "Job title: Vollzeit oder Teilzeit (m/w/d)\n\nWir suchen einen Java-Entwickler für unser Team.",
            "Java-Entwickler",
        ),
        ("We are looking for a Dynamic Positioning Engineer to join.", "Dynamic Positioning Engineer"),
        ("We are hiring a Dynamic Pricing Manager.", "Dynamic Pricing Manager"),
    ],
)
def test_review_a_gender_marked_slogan_or_page_names_no_role(text: str, title: str) -> None:
    assert parse_jd(text).title == title


@pytest.mark.parametrize(
    "value",
    [
        "Ismaning Deutschland", "Kista Sweden", "Washington University", "Columbia Sportswear HQ",
        "Boston Dynamics HQ", "Texas A&M", "New Bern", "New Albany", "Clermont Ferrand", "Mülheim Kärlich",
    ],
)  # fmt: skip
def test_review_a_location_field_keeps_a_town_an_institution_or_a_company_whole(value: str) -> None:
    assert parse_jd(f"Engineer\n\nLocation: {value}").locations == [value]


@pytest.mark.parametrize(
    "text",
    [
        "- Betrieb und Absicherung von Azure Workloads",
        "- Azure Identity and Access Management (IAM), PowerShell",
        "- Consultant Azure Managed Services (m/w/d)",
        "- Windows and Azure Server Management",
        "- Experience with Azure Data Protection and GDPR compliance.",
        "- Design Azure Hybrid Connectivity (ExpressRoute, VPN) and Azure Service Networking.",
        "- Manage Intune and Azure Devices, Office 365, Teams.",
        "- We partner with Azure Media, the London creative agency",
    ],
)
def test_review_azure_before_a_phrase_is_azure(text: str) -> None:
    skills = parse_jd(f"Engineer\n\nRequirements:\n{text}").required_skills
    assert "Azure" in skills
    assert not [skill for skill in skills if skill.startswith("Azure ")]


def test_review_informatica_powercenter_is_the_product_in_any_language() -> None:
    parsed = parse_jd("Requisitos:\n- Java\nValorable: Informatica PowerCenter.")
    assert parsed.preferred_skills == ["Informatica"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [  # towns of 15,000-50,000 people, which the gazetteer now holds under their own names
        ("SAP Berater (m/w/d)\n\n* 40% remote und 60% vor Ort in Neckarsulm", ["Neckarsulm"]),
        ("Stage\n\n* CDD de 5 mois à Cahors", ["Cahors"]),
        ("Engineer\n\nThis role is based in La Jolla, CA.", ["La Jolla, CA"]),
        ("Dev\n\nOrt: Muttenz, Basel, Schweiz", ["Muttenz, Basel, Schweiz"]),  # a suburb, its city, country
        ("Dev\n\nLocation: Soho, London, UK", ["Soho, London, UK"]),
        ("Dev\n\nTeamarbeit mit anderen Teams in Filderstadt, Stuttgart.", ["Filderstadt", "Stuttgart"]),
        ("Dev\n\nLocation: Palo Alto, San Francisco, CA", ["Palo Alto", "San Francisco, CA"]),
        # a town named like a technology is the technology ("Erlang", a town in China)
        ("Dev\n\nWe are based in Stockholm. We use Erlang and Elixir.", ["Stockholm"]),
    ],
)  # fmt: skip
def test_a_town_of_15000_people_and_a_suburb_beside_its_city(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote"),
    [  # an eighth fresh sample's work modes (t191), with the guide's answer
        # how the interviews are held, not the job
        ("Dev\n\nThe second interview is a take home design and architecture project, followed by a"
         " discussion (in person or remote).", None),
        # a share of the working time in the workplace, the rest from home
        ("Data Analyst\n\nCivil Servants spend at least 60% of their working time in an organisation"
         " workplace with the option to work the remaining time flexibly from home.", "hybrid"),
        ("Software Engineer\n\nExcited to join a hybrid team based in San Francisco or New York City.",
         "hybrid"),
        ("Dev\n\nWir bieten 100 % mobiles Arbeiten.", "remote"),
        ("Dev\n\n- Disponibilidad para cambio de residencia a Ensenada, B.C., México", "onsite"),
        ("Dev\n\nThis position will be based out of the HOT Indonesia office in Jakarta.", "onsite"),
        # the company's story, not where the hire works
        ("Dev\n\nWhen major disaster strikes anywhere in the world, HOT rallies volunteers.", None),
        ("Dev\n\n#### `🌎 Anywhere in the World`", "remote"),
        ("Dev\n\nYou can work from anywhere in the world.", "remote"),
    ],
)  # fmt: skip
def test_work_modes_of_the_eighth_fresh_sample(text: str, remote: str | None) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "locations"),
    [  # an eighth fresh sample's places (t191)
        ("Dev\n\nEinsatzort: Im Homeoffice, im Büro in Düsseldorf", ["Düsseldorf"]),
        ("Dev\n\nEinsatzort: Freiburg im Breisgau", ["Freiburg im Breisgau"]),
        ("Dev\n\n- Disponibilidad para cambio de residencia a Ensenada, B.C., México", ["Ensenada, B.C"]),
        ("Dev\n\nWe're fully remote. However, we prefer hiring US residents.", ["US"]),
        ("Dev\n\nWe help hiring managers hire great people.", []),
        # "a US-based NGO" is the employer's seat; "overlap with US East Coast hours" a time zone
        ("Dev\n\n**Work Location:** Remote\n\nHOT is a US-based NGO and a global community.", []),
        ("Dev\n\n* Buscamos a alguien *full-time* basado en Monterrey, Ciudad de México o Guadalajara.",
         ["Monterrey", "Ciudad de México", "Guadalajara"]),
        ("Dev\n\n* Experiencia en aplicaciones basadas en AJAX", []),
        ("Dev\n\nAls **Dienstorte** können **Mainz, Göttingen oder Berlin** angeboten werden.",
         ["Mainz", "Göttingen", "Berlin"]),
        ("Dev\n\nPoste à pourvoir sur Lyon dans les magnifiques locaux de Milkyway.", ["Lyon"]),
    ],
)  # fmt: skip
def test_places_of_the_eighth_fresh_sample(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "title"),
    [  # an eighth fresh sample's titles (t191)
        ("Karriere > Lernende > Entwickler/in digitales Business EFZ\n\nText",
         "Entwickler/in digitales Business EFZ"),
        ("Jam.dev \u2013 Senior Engineer (AI Product)\n\nText", "Senior Engineer (AI Product)"),
        ('---\ntitle: "¡Se busca! \u2013 Líder TI"\n---\n\nTexto', "Líder TI"),
        ('---\ntitle: "Looking for Senior/Mid-Level Developers to Change the World!"\n---\n\nText',
         "Senior/Mid-Level Developer"),
        # a gender-marked role in a sentence, where no line names one; not a qualification asked for
        ("Do you want to work in our M&A department and support clients?\n\nContribute to our common success"
         " as:  Intern Data & GenAI / M&A Analytics (m/f/d) .", "Intern Data & GenAI / M&A Analytics"),
        ("Wir freuen uns auf deine Bewerbung, wenn du Lust auf Neues hast.\n\nVerstärke unser Team als"
         " Servicetechniker (m/w/d) in Frankfurt.", "Servicetechniker"),
        # the feminine ending marks a person's noun, under a page's navigation link
        ("Alle Stellenangebote\n\n## Ausbildungsberuf\n\nInformatiker/in EFZ Applikationsentwicklung\n\nText",
         "Informatiker/in EFZ Applikationsentwicklung"),
    ],
)  # fmt: skip
def test_titles_of_the_eighth_fresh_sample(text: str, title: str) -> None:
    assert parse_jd(text).title == title


def test_a_qualification_as_a_gender_marked_trade_is_no_title() -> None:
    text = (
        "Wir freuen uns auf deine Bewerbung, wenn du Lust auf Neues hast.\n\nDeine Qualifikation: Du hast"
        " eine abgeschlossene Ausbildung als Gas-Wasser-Installateur (m/w/d) oder vergleichbar."
    )
    assert "Installateur" not in parse_jd(text).title


@pytest.mark.parametrize(
    ("text", "seniority", "min_years"),
    [  # an eighth fresh sample's levels and years (t191)
        ("Lehrstelle Informatiker/in EFZ\n\nText", "intern", None),
        ("Fachperson Betreuung EFZ\n\nText", None, None),  # the diploma, not an apprenticeship
        ("Berufsbildner/in Lernende Informatik (80-100 %)\n\nText", None, None),  # who trains them
        ("Lehrstellen-Koordinator/in (60 %)\n\nText", None, None),
        ("Dev\n\nBewerbung mit Lebenslauf und Zeugniskopien der letzten zwei Jahre.", None, None),
        ("Dev\n\n- Seven (7) years of experience in programs of similar scope is required.\n- Four (4) years"
         " of additional engineering experience may be substituted for a bachelor's degree.", None, 7),
    ],
)  # fmt: skip
def test_levels_and_years_of_the_eighth_fresh_sample(
    text: str, seniority: str | None, min_years: int | None
) -> None:
    found = parse_jd(text)
    assert (found.seniority, found.min_years) == (seniority, min_years)


@pytest.mark.parametrize(
    ("text", "locations"),
    [  # tuning's missed places: a field's mistyped colon, an agency's client
        ("# Projektmanager (m/w/d)\n\n## Anforderungen\n- SharePoint\n\nÜber den Auftraggeber\n\n"
         "Start: 03.11.2025\n\nStandort; Dresden, Erfurt, Leipzig und bis zu 40% Remote",
         ["Dresden", "Erfurt", "Leipzig"]),
        ("Dev\n\nDie räumliche Anwesenheit beim Kunden in Hannover ist im folgenden Umfang notwendig.",
         ["Hannover"]),
        ("Dev\n\nWir pflegen enge Beziehungen zu unseren Kunden in Deutschland.", []),
    ],
)  # fmt: skip
def test_a_mistyped_field_and_the_clients_town(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "remote"),
    [  # remote, and an office for whoever prefers one: the freer mode
        ("Apex | Full-Stack Developer | Dallas, TX (Remote US or Hybrid) | apexdp.com\n\nWe build.",
         "remote"),
        ("Praktikum\n\nDu kannst dabei remote oder auch vor Ort in unserem Head Quarter Office arbeiten.",
         "remote"),
        ("Dev\n\n- Travail essentiellement en télétravail, mais nous organisons des réunions en présentiel.",
         "remote"),
        ("Dev\n\nWe use Kotlin mostly. Remote possible for this position.", "remote"),
        # both, some days each
        ("Dev\n\n* Wir bieten Dir Flexibilität, indem Du sowohl im Office als auch remote arbeiten kannst",
         "hybrid"),
        ("Ploid AI | Barcelona, Spain | REMOTE (preferably hybrid) | Core Team | Full-time\n\nWe build.",
         "remote"),
        ("Acme | Developer | Dallas, TX (Hybrid) | Full-time\n\nWe build.", "hybrid"),
    ],
)  # fmt: skip
def test_remote_with_a_preferred_or_optional_office_is_remote(text: str, remote: str) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [  # the review of stop 75's rules: what they must leave alone (the guide's answer)
        ("Dev\n\nWe are looking for a PHP developer with solid experience in Behat and PHPUnit.", "locations",
         []),
        ("Dev\n\nBuscamos un desarrollador con experiencia en Behat y PHPUnit.", "locations", []),
        ("Perry Street Software | Senior iOS Developer | Remote | Full-time\n\nText", "locations", []),
        ("Poste Dev (H/F)\n\nVous serez rattaché à Vincent, notre CTO.", "locations", []),
        ("Dev\n\nRemote within the US. We are not able to hire New York residents at this time.", "locations",
         ["US"]),
        ("Dev\n\nTrabajo 100% remoto desde México, sin necesidad de cambio de residencia a Monterrey.",
         "locations", ["México"]),
        ("Dev\n\nDisponibilidad para trasladarse a las instalaciones del cliente cuando se requiera.",
         "remote", None),
        ("Dev\n\nWe're hiring a London-based foundation model engineer.", "locations", ["London"]),
        ("Dev\n\nYou'll join a hybrid team of data scientists and engineers.", "remote", None),
        ("Dev\n\nThis position is based in the Office of Information Technology and reports to the CIO.",
         "remote", None),
        ("Dev\n\nApplicants anywhere in the world are welcome.", "remote", "remote"),
        ("Dev\n\nOur interview process is short: one call with the founders and one take-home task, and the"
         " position is 100% remote.", "remote", "remote"),
        ("Senior Engineer > Platform\n\nText", "title", "Senior Engineer > Platform"),
        ("Acme GmbH\n\nDu berichtest als Mitglied des Entwicklungsteams an den Head of Engineering (m/w/d).",
         "title", "Acme GmbH"),
        ("Stellenangebot\n\nDie Beispiel AG ist ein Unternehmen mit mehr als 500 Mitarbeiter (m/w/d).",
         "title", "Stellenangebot"),
        ("Mindestens 3 Jahre Berufserfahrung als Java-Entwickler innerhalb der letzten fünf Jahre.",
         "min_years", 3),
    ],
)  # fmt: skip
def test_the_stop_75_rules_leave_the_reviews_cases_alone(text: str, field: str, value: object) -> None:
    assert getattr(parse_jd(text), field) == value


@pytest.mark.parametrize(
    "level",
    [
        "German C1",
        "Englisch B2+",
        "Français B2",
        "Business English C1",
        "C1 German",
        "English B2-C1",
        "German c1",
        "Greek B2",
        "Mandarin C1",
        "Ingles B2",
        "Swahili B2",
        "Conversational Modern Greek B1",
    ],
)
def test_a_human_languages_level_in_a_tool_list_is_no_skill(level: str) -> None:
    """ "Experience with Jira and Confluence, German C1." gave the skill "German C1", which the run then
    searched GitHub for (a new user's finding); human languages are no skills (the guide). One word beside
    a level is read as a language (as "Mandarin", "Ingles" are, which ISO 639's names lack), so a product
    so named ("Ampere A1") is lost; among more words, a name of `human_languages` (ISO 639) decides."""
    result = parse_jd(
        f"Office Manager\n\nYou keep the office running. Experience with Jira and Confluence, {level}.\n"
    )
    assert (result.required_skills, result.preferred_skills) == (["Jira", "Confluence"], [])


def test_the_human_language_names_are_what_the_builder_writes() -> None:
    """human_languages.txt is ISO 639 through pycountry (`talent_local.build_languages`), not a hand list."""
    from talent.jd.words import human_languages
    from talent_local.build_languages import OUT, text

    assert OUT.read_text("utf-8") == text()
    assert {"english", "englisch", "anglais", "inglés", "deutsch", "allemand"} <= human_languages()
    assert not {"go", "java", "rust", "swift", "ruby", "dart", "python"} & human_languages()


def test_a_pages_path_over_the_title_is_not_the_title() -> None:
    """A second trial's drafts named the role "Frontend": the careers page's path came first."""
    page = (
        "Careers > Engineering > Frontend\n\nFrontend Developer (React / TypeScript)\nLondon · Hybrid\n\n"
        "About the role\nYou will build our web app.\nRequirements\n- React, TypeScript\n"
    )
    assert parse_jd(page).title == "Frontend Developer (React / TypeScript)"
    # a path that ends at the role is still read as before
    assert parse_jd("Karriere > Lernende > Entwickler/in Applikationsentwicklung\nText.").title == (
        "Entwickler/in Applikationsentwicklung"
    )


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        # a trial: a Spanish posting's Valencia was Venezuela's, and Spain's developers were capped away
        ("Desarrollador Python\nUbicación: Valencia (presencial). Salario: 40.000 € brutos anuales.",
         ["Valencia, ES"]),
        ("Desarrollador Python\nUbicación: Córdoba. Somos una empresa de España.", ["Córdoba, ES"]),
        # a trial's: euros point to Spain's Mérida, a twentieth the size of Mexico's
        ("Desarrollador\nUbicación: Mérida (presencial). Salario: 35.000 € brutos", ["Mérida, ES"]),
        ("Développeur Java\nLieu : Laval (France)", ["Laval, FR"]),
        ("Software Engineer\nLocation: San Mateo, Palo Alto", ["San Mateo, US", "Palo Alto"]),
        # no pointer, or one to a far smaller namesake: the biggest stays
        ("Desarrollador Python\nUbicación: Valencia (presencial).", ["Valencia"]),
        ("Software Engineer\nOffices: San Francisco, Dublin, London", ["San Francisco", "Dublin", "London"]),
        # an attack review's: a code in capitals names the biggest namesake's country (boilerplate naming
        # the United States no longer moves a UK role); a code that is also a US state's is written out
        ("Engineer\nLocation: Cambridge. UK based role. Our parent company is in the United States.",
         ["Cambridge"]),
        ("Engineer\nLocation: Kingston (Ontario, Canada). Salary CAD", ["Kingston, Canada"]),
    ],
)  # fmt: skip
def test_a_city_several_countries_have_is_placed_where_the_posting_points(
    text: str, locations: list[str]
) -> None:
    assert parse_jd(text).locations == locations


def test_a_remote_role_limited_to_mexico_is_searched_within_mexico() -> None:
    """A trial: "100% remoto dentro de México" gave the office city alone, and the policy "remote
    anywhere"; the drafts went to New York, Beijing and Cairo."""
    result = parse_jd(
        "Ingeniero(a) Full Stack Sr. \u2013 Ciudad de México (100% remoto dentro de México)\n\n"
        "Ofrecemos:\n- Esquema 100% remoto, solo para personas residentes en México."
    )
    assert result.locations == ["Ciudad de México", "México"]
    assert location_policy(result).described == "remote within MX"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a trial: the mail subject's tag went into every draft's subject and the export's file name
        ("Asunto: [Búsqueda activa] Desarrollador/a Backend Python (Django) \u2013 Madrid, híbrido\n\n"
         "Requisitos: Python", "Desarrollador/a Backend Python (Django)"),
        ("Subject: [CDD 44] Ingénieur d'études\n\nPython", "Ingénieur d'études"),
    ],
)  # fmt: skip
def test_a_leading_bracketed_tag_is_no_part_of_the_title(text: str, title: str) -> None:
    assert parse_jd(text).title == title


@pytest.mark.parametrize(
    "sentence",
    [
        # a trial: the level was in the body only, after the verb that adds the hire to a team
        "Nuestro cliente busca incorporar a su equipo de plataforma un/a Desarrollador/a Backend Senior.",
        "Una fintech busca sumar a su equipo de producto a un(a) Ingeniero(a) Full Stack Senior.",
    ],
)
def test_the_level_of_the_hire_a_team_adds_is_read(sentence: str) -> None:
    assert (
        parse_jd(f"Desarrollador/a Backend Python\n\n{sentence}\n\nRequisitos:\n- Python").seniority
        == "senior"
    )


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # the customers cue after the stack had made the whole sentence the company's (tuning t170en-29)
        ("Acme | Software Engineers | NYC (ONSITE)\n\nOur stack is primarily Golang/K8s/Postgres/React and "
         "we support deployments in both our public cloud as well as our customers' clouds.",
         ["Go", "Kubernetes", "PostgreSQL", "React"]),
        # ... up to the company's cue: what the clients use is the clients' (tuning t169en-14)
        ("Acme | AI Engineer | Remote\n\nStack is whatever fits: TypeScript and Python, React or Next.js, "
         "integrations with the SaaS our clients already use: Notion, Slack, Google Workspace, and more.",
         ["TypeScript", "Python", "React", "Next.js"]),
        # an attack review's: the stack first does not make the customers, teams or investors after it
        # the role's
        ("Engineer\n\nOur stack is Python and our customers include Shopify, Stripe and Datadog.",
         ["Python"]),
        ("Engineer\n\nWe use dbt, Airflow and BigQuery and our other teams use Salesforce and HubSpot.",
         ["dbt", "Apache Airflow", "BigQuery"]),
        ("Engineer\n\nOur experience in SAP, Oracle and Salesforce implementations since 2005 has helped "
         "hundreds of clients.", []),
        # a company cue inside a plus is the plus's ("would be a benefit"; tuning t10en-autodesk)
        ("Engineer\n\nRequirements:\n- Strong knowledge of other SCM tools such as Perforce and TFS would be "
         "a benefit", []),
    ],
)  # fmt: skip
def test_a_clause_that_states_the_teams_stack_is_not_the_companys_pitch(text: str, skills: list[str]) -> None:
    assert parse_jd(text).required_skills == skills


def test_a_customers_cue_alone_is_still_the_companys_pitch() -> None:
    text = "# Engineer\n\nRequirements:\n- Python\n- Our customers include Salesforce and Atlassian\n"
    assert parse_jd(text).required_skills == ["Python"]


@pytest.mark.parametrize(
    ("company_part", "skills"),
    [
        # a field after a salary heading (tuning t166en-22)
        ("Salary range for both roles (120-180K)\n\nOur tech: Python, Django, Pandas\n\nWhy Acme: we care.",
         ["Python", "Django", "Pandas"]),
        # "About us" and the team's daily tools (t162en-22)
        ("ABOUT US\n\nWe're a busy team.\n\nConjur engineers use and integrate with the following tools on a "
         "more-or-less daily basis:\n\n- Golang, Ruby, and JS\n- Docker and Jenkins",
         ["Go", "Ruby", "JavaScript", "Docker", "Jenkins"]),
        ("ABOUT US\n\nWe deploy to production daily and use technologies like Python, Angular and AWS to "
         "keep up with our scale.", ["Python", "Angular", "AWS"]),
    ],
)  # fmt: skip
def test_the_teams_stack_in_the_companys_part_is_the_roles(company_part: str, skills: list[str]) -> None:
    text = f"Acme | Backend Engineer | Remote\n\nWe build insurance software.\n\n{company_part}"
    assert parse_jd(text).required_skills == skills


def test_the_company_part_without_a_stack_statement_names_no_skill() -> None:
    text = "Acme | Backend Engineer | Remote\n\n## About us\n\nOur customers include Slack and Atlassian.\n"
    assert parse_jd(text).required_skills == []


@pytest.mark.parametrize(
    ("sentence", "skills"),
    [
        # a system's backing, not investors (t65en-remind)
        ("We've got systems in go, node and python backed by AWS Aurora, Dynamo and SQS.",
         ["Go", "Node.js", "Python", "Amazon Aurora", "DynamoDB", "Amazon SQS"]),
        # investors and sponsors are the company's story still
        ("We're a Python shop backed by Y Combinator.", []),
        ("We maintain Valkey, the Redis fork backed by AWS, Google, and Oracle.", []),
    ],
)  # fmt: skip
def test_backed_by_a_technology_is_the_stack_backed_by_sponsors_the_story(
    sentence: str, skills: list[str]
) -> None:
    assert parse_jd(f"Acme | Software Engineer | Remote\n\n{sentence}").required_skills == skills


def test_an_ask_for_engineers_after_the_perks_is_an_ask() -> None:
    text = (
        "Acme\n\n## Perks\n\n- Health insurance\n- We are looking for both frontend and backend engineers "
        "that are familiar with any combination of Java, Scala and Python."
    )
    assert parse_jd(text).required_skills == ["Java", "Scala", "Python"]


def test_a_stack_heading_after_a_list_of_openings_names_the_roles_stack() -> None:
    # a Hacker News comment's "-> Our open positions:" list and then its stack (tuning t177en-30)
    text = (
        "Acme (YC W18) | Remote (US)<p>Acme is building the modern platform to transact insurance.<p>"
        'To learn more about who we are, read our profile: <a href="https://k.example/n">https://k.example/n</a>'
        '<p>-&gt; Our open positions:<p>* Backend Lead Software Engineer: <a href="https://j.example/1">'
        'https://j.example/1</a><p>* Engineering Manager: <a href="https://j.example/2">https://j.example/2</a>'
        "<p>-&gt; Our tech stack:<p>* Backend: Node, Typescript<p>* Infrastructure: AWS, Docker"
    )
    assert parse_jd(text).required_skills == ["Node.js", "TypeScript", "AWS", "Docker"]


@pytest.mark.parametrize(
    ("waiver", "required", "preferred"),
    [
        # a field of business said not to be needed waives no tool (tuning t165en-10)
        ("Prior experience in the real estate industry isn't required.", ["AWS", "Terraform", "Nginx"], []),
        ("Experience in the fintech domain is not required.", ["AWS", "Terraform", "Nginx"], []),
        # the team's stack said not to be needed is preferred still (the guide)
        ("Experience with our stack is not required.", [], ["AWS", "Terraform", "Nginx"]),
    ],
)
def test_a_domain_said_not_needed_waives_no_tool(
    waiver: str, required: list[str], preferred: list[str]
) -> None:
    text = (
        "Acme | Infrastructure Engineer | SF\n\nWe're looking for infrastructure engineers to work on our "
        f"cloud systems (AWS, Terraform, nginx).\n\n{waiver}"
    )
    parsed = parse_jd(text)
    assert (parsed.required_skills, parsed.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        # a run-on ask whose certification part holds a company cue ("training in"; tuning t5en-roberthalf)
        ("Excellent knowledge of Windows, Linux, SQL, PHP and TCP/IP Special Training in SANS",
         ["Windows", "Linux", "SQL", "PHP", "TCP/IP"]),
        # an offer of training is the company's still
        ("We offer training in Kubernetes and AWS.", []),
    ],
)  # fmt: skip
def test_a_clause_that_opens_with_an_ask_is_not_the_companys(item: str, skills: list[str]) -> None:
    assert parse_jd(f"Security Engineer\n\nWhat you will do:\n- {item}").required_skills == skills


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        # cues the tuning postings t154en-10, t167en-30 and t170en-23 used and the parser lacked
        ("Engineer\n\nRequirements:\n- 3+ years of Go\n\nValuable Extras:\n- Kafka",
         ["Go"], ["Apache Kafka"]),
        ("Engineer\n\nYou will likely have:\n- 3+ years of Go\n\nYou may have:\n- Kafka",
         ["Go"], ["Apache Kafka"]),
        ("Engineer\n\nWe use ClickHouse. Experience with Kafka or Flink would also be valuable.",
         ["ClickHouse"], ["Apache Kafka", "Apache Flink"]),
        # a bare "Extras" heading is a perks one as often ("Faire Vergütung & Extras"): no cue
        ("Engineer\n\nRequirements:\n- 3+ years of Go\n\nExtras:\n- Kafka", ["Go", "Apache Kafka"], []),
    ],
)  # fmt: skip
def test_valuable_extras_and_what_you_may_have_are_pluses(
    text: str, required: list[str], preferred: list[str]
) -> None:
    parsed = parse_jd(text)
    assert (parsed.required_skills, parsed.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "locations", "described"),
    [
        # a trial's US-only remote role: the dash inside the bracket had split the header's field, and the
        # role was read as remote anywhere (eight of ten drafts went to Europe and Nigeria)
        ("Senior Data Engineer\nLone Star Analytics · Austin, TX (Remote - US)\n\nRequirements:\n- Python",
         ["Austin, TX", "United States"], "remote within US"),
        # the trial's refusal had been read as a place the role was open to
        ("Senior Data Engineer\n\nRemote. You must reside in and be authorized to work in the United "
         "States. We are unable to consider candidates located in Canada or outside the US.\n\n"
         "Requirements:\n- Python", ["United States"], "remote within US"),
        # a city's remote role and a sentence saying the hire must live in its country
        ("Senior Data Engineer\n\nAustin, TX (Remote)\nYou must reside in the United States. We cannot "
         "consider candidates in Canada.\n\nRequirements:\n- Python",
         ["Austin, TX", "United States"], "remote within US"),
        # a country that does not hold the city adds nothing
        ("Senior Data Engineer\n\nAustin, TX (Remote)\nCandidates based in Germany are welcome.\n\n"
         "Requirements:\n- Python", ["Austin, TX"], "remote anywhere"),
    ],
)  # fmt: skip
def test_a_us_only_remote_role_is_read_as_remote_within_the_us(
    text: str, locations: list[str], described: str
) -> None:
    parsed = parse_jd(text)
    assert (parsed.locations, location_policy(parsed).described) == (locations, described)


@pytest.mark.parametrize(
    "company_part",
    [
        # an attack review's: the customers' tools, a benefit's and another opening's are not the role's
        "About us\n\nWe make it easy for teams to use tools like Jira, Slack and GitHub together.",
        "About us\n\nWe believe small businesses should use tools such as QuickBooks and Xero.",
        "Benefits\n\n- Our engineers use the following benefits:\n- Headspace\n- Notion and Figma licences",
        "Benefits\n\n- The technology:\n- Notion, Figma, Slack subscriptions",
        "Other openings\n\nWe're looking for iOS developers with Swift experience too, apply separately.",
    ],
)
def test_the_companys_part_names_no_skill_of_the_role(company_part: str) -> None:
    text = f"Acme | Backend Engineer | Remote\n\nRequirements:\n- 3+ years of Go\n\n{company_part}"
    assert parse_jd(text).required_skills == ["Go"]


@pytest.mark.parametrize(
    ("sentence", "described"),
    [
        # an attack review's: a condition or a duty of people somewhere is no limit of a remote role
        ("We hire worldwide. If you are based in the United States you will need a home office.",
         "remote anywhere"),
        ("Candidates based in Canada must provide a SIN. We hire anywhere in the world.", "remote anywhere"),
        ("You must reside in the United States.", "remote within US"),
    ],
)  # fmt: skip
def test_only_an_obligation_to_live_in_the_citys_country_limits_a_remote_role(
    sentence: str, described: str
) -> None:
    text = f"Senior Data Engineer\n\nAustin, TX (Remote)\n{sentence}\n\nRequirements:\n- Python"
    assert location_policy(parse_jd(text)).described == described


def test_a_refusal_of_anyone_not_there_names_the_place() -> None:
    text = "Engineer\n\nRemote. We are unable to hire anyone not located in the United States.\n\nPython"
    assert location_policy(parse_jd(text)).described == "remote within US"


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        # an attack review's: a waiver naming the tools still waives them beside a business word
        ("Engineer\n\n- We use Ruby on Rails and React.\n- Experience with our stack or the industry isn't "
         "required.", [], ["Ruby on Rails", "React"]),
        # a cue's words elsewhere are no cue: duties under "You may have to:", a "will be valuable" duty
        ("Engineer\n\nYou may have to:\n- maintain Kafka\n- write Terraform",
         ["Apache Kafka", "Terraform"], []),
        ("Engineer\n\nRequirements:\n- Knowledge of Kafka will be valuable for our on-call rotation, which "
         "is required", ["Apache Kafka"], []),
    ],
)  # fmt: skip
def test_cue_words_that_mark_no_plus(text: str, required: list[str], preferred: list[str]) -> None:
    parsed = parse_jd(text)
    assert (parsed.required_skills, parsed.preferred_skills) == (required, preferred)


# --- stop 86: a fresh collection (t196), before any change for it ------------------------------------------


def test_a_blade_pages_directives_are_no_text() -> None:
    """A Laravel page kept as its Blade template: the directive lines had made the title
    "Extends('frontend.layouts.app')"; a section given its value keeps the value."""
    page = (
        "@extends('frontend.layouts.app')\n@section('content')\n"
        "<h1>Senior Software Engineer (PHP/Laravel)</h1>\n"
        "<h5>Requirements</h5><p>Laravel and MySQL</p>\n@endsection"
    )
    parsed = parse_jd(page)
    assert (parsed.title, parsed.seniority) == ("Senior Software Engineer (PHP/Laravel)", "senior")
    assert "extends" not in normalise(page).lower()
    assert normalise("@section('title', 'Senior PHP Developer')\n@acme is hiring").split("\n") == [
        "Senior PHP Developer",
        "@acme is hiring",
    ]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        # the institution's name ended a line: the next line's first word had been read as its second
        ("Technical Support Specialist\n\nEmployer: HPC Center, University of Tartu\n\nApplication deadline: "
         "30.11.2024\n\nResponsibilities:\n- Support users of the Linux clusters", ["Tartu"]),
        # the campus's city after the institution's name, not the name's own place (Washington, DC)
        ("Research Software Engineer\n\nThe Echospace group at the University of Washington, Seattle is "
         "seeking an engineer.\n\nRequirements:\n- Python", ["Seattle"]),
        ("Research Software Engineer\n\nThe lab at the University of Oxford, UK is seeking an engineer.",
         ["Oxford"]),
        # who is hired, by where they are; not a refusal
        ("Node.js Developer\n\nWe consider candidates from Zaporizhzhya.\n\nRequirements:\n- Node.js",
         ["Zaporizhzhya"]),
        ("Node.js Developer\n\nOffice: Kyiv\n\nWe do not consider candidates from Canada.", ["Kyiv"]),
    ],
)  # fmt: skip
def test_where_a_fresh_collections_postings_place_the_role(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("text", "required"),
    [
        # "sonar" is the word (a research group's ocean sonar data), unless a tool's context names it
        ("Research Software Engineer\n\nWe build cloud-based ocean sonar data processing pipelines in "
         "Python.", ["Python"]),
        ("QA Engineer\n\nRequirements:\n- Experience with Sonar and Jenkins", ["SonarQube", "Jenkins"]),
        # a list of browsers names them: "browsers (Chrome, Firefox, Safari)"
        ("Frontend Developer\n\nRequirements:\n- Testing in browsers (Chrome, Firefox, Safari)",
         ["Google Chrome", "Firefox", "Safari"]),
    ],
)  # fmt: skip
def test_names_a_fresh_collections_postings_use(text: str, required: list[str]) -> None:
    assert parse_jd(text).required_skills == required


def test_a_title_field_that_names_no_role_yields_to_one_that_does() -> None:
    """A page's front matter: "title: Jobs" (the careers page's) over "subtitle: Senior Product Manager"."""
    parsed = parse_jd(
        '---\ntitle: "Jobs"\nsubtitle: "Senior Product Manager, Payments"\nlayout: "job"\n---\n\n'
        "We are looking for an experienced Product Manager to join our Edinburgh team."
    )
    assert (parsed.title, parsed.seniority) == ("Senior Product Manager, Payments", "senior")


@pytest.mark.parametrize(
    ("line", "seniority"),
    [
        ("English level: Intermediate and higher", None),  # a human language's level, not the role's
        ("Language level: Intermediate", None),
        ("Level: Intermediate", "mid"),
        ("Experience level: Senior", "senior"),
    ],
)
def test_a_language_level_is_no_seniority(line: str, seniority: str | None) -> None:
    text = f"Node.js Developer\n\nRequirements:\n- Node.js\n- {line}"
    assert parse_jd(text).seniority == seniority


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        # a t196 page: the offices' addresses under its "Location" heading, each line named after its town
        ("Backend Engineer\n\n## Location\n\nDhaka Office: Dhaka, Banasree. Block#M, House#08 Rd07, "
         "Dhaka 1219\nKhulna Office: 82, Khan Jahan Ali Road, Khulna.\n\n## Requirements\n- PHP",
         ["Dhaka", "Khulna"]),
        ("Backend Engineer\n\n## Location\n\nBureau de Lyon : 5 rue de la République\n\n"
         "## Requirements\n- PHP", ["Lyon"]),
        # an office that is no town's: nothing read from its name
        ("Backend Engineer\n\n## Location\n\nHead Office: 1 Main Street\n\n## Requirements\n- PHP", []),
    ],
)  # fmt: skip
def test_office_lines_under_a_location_heading_name_their_towns(text: str, locations: list[str]) -> None:
    assert parse_jd(text).locations == locations


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        # the posting's own name around the role (t182, t186, t192, t196 titles)
        ("Research Software Engineer Position", "Research Software Engineer"),
        ("Research software engineer position for cloud-based ocean sonar data processing",
         "Research software engineer"),
        ("JD for Sr. Node.js Backend Engineer", "Sr. Node.js Backend Engineer"),
        ("IT System Admin / IT Support Role", "IT System Admin / IT Support"),
        ("CS PhD position", "CS PhD position"),  # what is left names no role: the whole stays
        # a public employer's pay grade, not a company's level
        ("Software engineer (GS 12/13)", "Software engineer"),
        ("Software Engineer - Backend (E5)", "Software Engineer - Backend (E5)"),
    ],
)  # fmt: skip
def test_a_titles_posting_words_and_pay_grade_go(first_line: str, title: str) -> None:
    assert parse_jd(f"{first_line}\n\nRequirements:\n- Python").title == title


# An attack review of stop 86's changes: each case had regressed on its first version.
@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # a Blade section's value in double quotes with an apostrophe inside
        ("@section('title', \"Head of Children's Products\")\n@section('content')\nLocation: Leeds\nYou will "
         "lead a team of product managers. Tools: Jira, Figma.", "title", "Head of Children's Products"),
        # an institution's comma part that is no town's name, and a founding story
        ("Research Software Engineer\n\nThe University of Mannheim, Chair of Information Systems, is seeking "
         "a research software engineer.", "locations", ["Mannheim"]),
        ("Data Engineer\n\nAcme AI was started by researchers at the University of California, Berkeley.",
         "locations", []),
        # a turned-away country is no place of the role, however the refusal is phrased
        ("Engineer (Remote)\n\nWe're not currently accepting applications from Canada.\n\n- Go",
         "locations", []),
        ("Engineer (Remote)\n\nWe no longer accept applicants from Russia or Belarus.\n\n- Go",
         "locations", []),
        ("Engineer (Remote)\n\nWe have paused accepting applications from Brazil.\n\n- Go", "locations", []),
        # an office named after no town: its value, or nothing
        ("Engineer\n\n## Location\n\nLondon, UK\nEMEA office: Dublin\n\n## Requirements\n- Go", "locations",
         ["London, UK", "Dublin"]),
        ("Engineer\n\n## Location\n\nToronto, ON\nDowntown office: 100 King St W\n\n- Go", "locations",
         ["Toronto, ON"]),
        # a browsers list leads only browsers: not the users' set-ups in the same bracket
        ("Frontend Engineer\n\nRequirements:\n- Our users are on older browsers (Windows 7, Low-End Android "
         "Phones, Slow 3G). JavaScript, Preact.", "required_skills", ["Android", "JavaScript", "Preact"]),
        # two fields run together: the role's level after a language's name
        ("Backend Engineer\n\nLanguage: English Level: Junior Type: Full-time\n\n- Go", "seniority",
         "junior"),
        # a later title field that reports to someone names that someone, not the role
        ("Title: Bookkeeper\nRole: Reports to the Finance Manager\n\nWe need Excel.", "title", "Bookkeeper"),
        # "SMEs" are small firms, not subject-matter experts
        ("Lending Platform for SMEs\n\nBackend Engineer\n\nRequirements:\n- Go", "title", "Backend Engineer"),
    ],
)  # fmt: skip
def test_stop_86_rules_leave_their_near_misses_alone(text: str, field: str, value: object) -> None:
    assert getattr(parse_jd(text), field) == value


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Berufserfahrung: mind. 2 Jahre", 2),  # a board's experience field, also read as a level field
        ("job_years: 3 years", 3),  # a page's front matter key
        # the candidate's own record, not the company's history
        ("You have 4+ years of experience as an engineer with a proven history of shipping.", 4),
        ("Have a strong technical background (minimum of 3 -5 years writing production code)", 3),
        ("You have a total of 1.5+ years of experience as a software engineer.", 1),  # whole years
        # a page's converter lost the spaces around the figure
        ("Mindestens5 JahreBerufserfahrung", 5),
        ("8+ yearsof professional experience in backend development", 8),
        ("Working knowledge of operations5+ years of professional experience", 5),
        ("Une expérience de3 ans minimum en Ruby", 3),
    ],
)
def test_stop_87_years_in_fields_glued_and_fractional_figures(line: str, years: int) -> None:
    assert parse_jd(f"Backend Engineer\n\nAbout the team\n{line}").min_years == years


@pytest.mark.parametrize(
    "line",
    [
        "We have a long history: for 20 years we have built trains.",  # the company's own history
        "Our Web3 years started in 2021.",  # a name with a figure, no experience
        "Founded 12 years ago, we now have a minimum of 10 offices.",
    ],
)
def test_stop_87_years_rules_leave_company_figures_alone(line: str) -> None:
    assert parse_jd(f"Backend Engineer\n\nAbout us\n{line}").min_years is None


def test_stop_87_an_inline_list_after_a_label_is_read_item_by_item() -> None:
    """ "Qualifications:● 5 to 7+ years …● …": a converter ran the list into one line; its items are
    clauses of the list, and a preferred list's label ("Tecnologías valorables:") still heads them."""
    parsed = parse_jd(
        "Backend Engineer\nResponsibilities:● Build services in Go● Review code"
        "Qualifications:● 5 to 7+ years of software development experience● You know Kafka\n"
        "Usamos PHP)6. Tecnologías valorables:• Git -> control de versiones.• Jenkins -> integración."
    )
    assert (parsed.min_years, parsed.preferred_skills) == (5, ["Git", "Jenkins"])
    assert {"Go", "Apache Kafka", "PHP"} <= set(parsed.required_skills)


def test_stop_87_a_short_header_of_bullets_stays_one_line() -> None:
    assert (
        normalise("Remote • Full-time • Berlin\nBackend Engineer")
        == "Remote • Full-time • Berlin\nBackend Engineer"
    )


def test_stop_87_a_glued_tagline_figure_is_no_experience() -> None:
    text = "IT Administrator\n\nRequirements:\n- Linux\n\n[name]Talent Akquisition25 Jahre Best in Class"
    assert parse_jd(text).min_years is None


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        # a field of engineering, no work mode
        ("Remote Sensing Software Engineer\n\nJoin the Remote Sensing Group.\nRequirements:\n- Python", None),
        ("Remote\nBackend Engineer\n\nRequirements:\n- Python", "remote"),  # the field alone still is
        ("Analyst\n\nOutcomes:\nThis position will work from home; occasional travel to HQ.", "remote"),
        ("Developer\n\nBenefits\n- Select one to two days a week to work from home.", "hybrid"),
    ],
)  # fmt: skip
def test_stop_87_work_modes(text: str, remote: str | None) -> None:
    assert parse_jd(text).remote == remote


@pytest.mark.parametrize(
    "line",
    [
        "This is a full time role (40 hours/week) in our main offices in Amsterdam, the Netherlands.",
        "You will join our team full-time in our office close to Mariatorget in Stockholm.",
        "Le stage se déroulera à Paris, dans les locaux de la Fabrique Numérique.",
    ],
)
def test_stop_87_a_desk_in_the_office_is_onsite(line: str) -> None:
    assert parse_jd(f"Developer\n\nAbout this position\n{line}").remote == "onsite"


@pytest.mark.parametrize(
    "line",
    [
        "We have offices in Amsterdam and Berlin.",  # the company's offices, no mode for this role
        "Our team in our office close to the river loves coffee.",
        "You must be physically located in the UK to apply.",  # where the hire lives, no mode
    ],
)
def test_stop_87_offices_named_without_the_role_give_no_mode(line: str) -> None:
    assert parse_jd(f"Developer\n\nAbout us\n{line}").remote is None


def test_stop_87_a_front_matter_header_names_the_role() -> None:
    parsed = parse_jd(
        '---\nheader: "Senior Software Engineer - Back-End"\nlayout: "layouts/job-apply.html"\n---\n\n'
        "As a Senior Software Engineer (Back-End) at Aerlytix, you will build our platform in Python."
    )
    assert (parsed.title, parsed.seniority) == ("Senior Software Engineer - Back-End", "senior")


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        # a profile's hosts, not the team's tools
        ("If you have an active GitHub, GitLab, BitBucket or Stack Overflow profile, include a link.", []),
        ("Twitter: @[name] | GitHub: [name]", []),  # a contact's handles
        ("- [name] - GitHub: @octocat, Twitter: @octocat", []),
        ("We use GitHub: Actions run every build.", ["GitHub"]),  # the team's tool
    ],
)
def test_stop_87_code_hosts_as_profiles_and_handles(line: str, skills: list[str]) -> None:
    assert parse_jd(f"Backend Engineer\n\nRequirements:\n- Python\n\n{line}").required_skills == [
        "Python",
        *skills,
    ]


@pytest.mark.parametrize(
    ("value", "locations"),
    [
        ("Tel Aviv, Israel | Engineering", ["Tel Aviv, Israel"]),  # the team beside the place
        ("Reading, UK", ["Reading, UK"]),  # a town that is also a word
    ],
)
def test_stop_87_a_department_beside_a_location_is_no_place(value: str, locations: list[str]) -> None:
    assert parse_jd(f"Backend Engineer\nlocation: {value}\n\nRequirements:\n- Python").locations == locations


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a hashtag's sentence first, the role in the hiring phrase below it
        ("#WeAreCrowdStrike and our mission is to stop breaches. As a global leader, our team changed the "
         "game.\n\nCrowdStrike Services is seeking a Sr. Platform Operations Specialist who would be "
         "responsible for the planning.\n\nRequirements:\n- Linux", "Sr. Platform Operations Specialist"),
        ("About this role\nThe team is looking for a Data Analyst to join us.\n\nRequirements:\n- SQL",
         "Data Analyst"),
    ],
)  # fmt: skip
def test_stop_87_a_hiring_phrase_names_specialists_and_analysts(text: str, title: str) -> None:
    assert parse_jd(text).title == title


def test_stop_87_a_group_of_specialists_is_not_the_role() -> None:
    text = (
        "Microsoft is hiring Application Security specialists! This role can be remote.\n"
        "I'm looking for a Senior Application Security Engineer with 6 years of experience.\n"
    )
    assert parse_jd(text).title == "Senior Application Security Engineer"


@pytest.mark.parametrize(
    ("line", "not_this"),
    [
        # home days in the line: no onsite desk
        ("This is a full time role in our main offices in Amsterdam, with the option to work from home.",
         "onsite"),
        ("Le stage se déroulera en partie à distance, dans les locaux de l'entreprise le reste du temps.",
         "onsite"),
        # a home day or a start at home: no remote role
        ("This position will work from home on Fridays; the rest of the week is in our office.", "remote"),
        ("This role will work from home during onboarding, then move to our Madrid office.", "remote"),
    ],
)  # fmt: skip
def test_stop_87_desk_and_home_phrases_leave_mixed_lines_alone(line: str, not_this: str) -> None:
    assert parse_jd(f"Developer\n\nAbout this position\n{line}").remote != not_this


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("- Maintain our active GitHub repositories and CI pipelines", ["GitHub"]),  # the team's tool
        ("- Administer active Bitbucket and Jira workspaces", ["Bitbucket", "Jira"]),
    ],
)
def test_stop_87_an_active_tool_is_no_profile(line: str, skills: list[str]) -> None:
    assert parse_jd(f"Backend Engineer\n\nRequirements:\n- Python\n{line}").required_skills == [
        "Python",
        *skills,
    ]


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        # a later label after a sentence's end heads its own items
        ("Dev\nMust have:• Python • Django • PostgreSQL. Nice to have:• Kafka • Redis",
         ["Python", "Django", "PostgreSQL"], ["Apache Kafka", "Redis"]),
    ],
)  # fmt: skip
def test_stop_87_a_later_label_in_an_inline_list(
    text: str, required: list[str], preferred: list[str]
) -> None:
    parsed = parse_jd(text)
    assert (parsed.required_skills, parsed.preferred_skills) == (required, preferred)


@pytest.mark.parametrize(
    "line",
    [
        "Acme has a proven history of over 25 years of delivering software to banks.",  # the company's
        "This is a fixed term engagement for a minimum of 2 years.",  # a term, not experience
        "The project has funding secured for a minimum of 3 years.",
    ],
)
def test_stop_87_company_history_and_terms_are_no_experience(line: str) -> None:
    assert parse_jd(f"Backend Engineer\n\nAbout the role\n{line}").min_years is None


@pytest.mark.parametrize("title", ["Remote-Sensing Data Scientist", "Remote Pilot (Drone Operations)"])
def test_stop_87_technical_remote_titles(title: str) -> None:
    assert parse_jd(f"{title}\n\nRequirements:\n- Python").remote is None


def test_stop_87_a_later_label_no_stop_sets_apart_leaves_the_line_whole() -> None:
    """ "• PostgreSQL Nice to have:• Kafka": the item cannot be told from the label, so no split."""
    line = "Requirements:• Python • Django • PostgreSQL Nice to have:• Kafka • Redis"
    assert normalise(f"Dev\n{line}") == f"Dev\n{line}"


def test_stop_87_an_office_among_the_benefits_is_the_place_when_it_is_the_only_one() -> None:
    text = (
        "Entwickler:in (m/w/d)\n\nDein Profil\n- Python\n\nWas wir bieten\n"
        "- Die Möglichkeit im Berliner Büro und/oder mobil zu arbeiten.\n- Flexible Arbeitszeiten"
    )
    assert parse_jd(text).locations == ["Berlin"]


@pytest.mark.parametrize(
    ("line", "locations"),
    [
        ("- Residir cercano a CDMX.", ["CDMX"]),  # where the hire must live
        ("- Residir en Monterrey o alrededores.", ["Monterrey"]),
        ("- Si prefieres residir en otra ciudad, es posible.", []),  # no town named after the cue
    ],
)
def test_stop_87_a_spanish_residence_requirement_names_the_place(line: str, locations: list[str]) -> None:
    assert parse_jd(f"Desarrollador Java\n\nRequisitos:\n- Java\n{line}").locations == locations


@pytest.mark.parametrize(
    ("line", "remote"),
    [
        ("Remote workers are not eligible.", "onsite"),  # a refusal, not a remote role
        ("A lot of developers are moving toward remote work, but this is an on site position.", "onsite"),
        ("Remote candidates will be considered.", "remote"),
        ("Monday - Thursday in office (Fridays are remote optional)", "hybrid"),  # a home day a week
    ],
)
def test_stop_87_refusals_and_home_days(line: str, remote: str) -> None:
    assert parse_jd(f"Developer\n\nAdditional Info\n{line}").remote == remote


def test_stop_87_a_data_files_hyphenated_key_heads_its_list() -> None:
    """ "additional-skills:" after "required-skills:" in a page's YAML: the nice-to-haves."""
    text = (
        "jobs:\n  - title: Head of DevOps\n    required-skills:\n      '<li>Docker</li><li>Jenkins</li>'\n"
        "    additional-skills:\n      '<li>Experience with Terraform and Packer</li>'\n"
    )
    parsed = parse_jd(text)
    assert (parsed.required_skills, parsed.preferred_skills) == (
        ["Docker", "Jenkins"],
        ["Terraform", "Packer"],
    )


def test_stop_87_a_strong_engineer_is_the_engineer() -> None:
    text = "About us\nWe are seeking a strong Software Engineer for our API team.\n\nRequirements:\n- Java"
    assert parse_jd(text).title == "Software Engineer"


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        (
            "Technical Engineer (Unreal Engine) - Volunteer Role",
            "Technical Engineer (Unreal Engine)",
        ),  # terms
        ("Backend Engineer (Volunteer)", "Backend Engineer"),
        ("Volunteer Coordinator", "Volunteer Coordinator"),  # the role itself
    ],
)
def test_stop_87_volunteer_terms_leave_the_title(first_line: str, title: str) -> None:
    assert parse_jd(f"{first_line}\n\nRequirements:\n- C++").title == title


def test_stop_87_a_hiring_phrase_keeps_the_hires_kind_after_the_role() -> None:
    text = (
        "The Opportunity\nWe are seeking a talented and motivated Front End Developer Intern to join us."
        "\n\nRequirements:\n- JavaScript"
    )
    parsed = parse_jd(text)
    assert (parsed.title, parsed.seniority) == ("Front End Developer Intern", "intern")


def test_stop_87_unicode_hyphens_are_hyphens() -> None:
    """ "Full\u2010Stack", "Remote\u2011First": the hyphens a keyboard types, for titles, names and modes."""
    assert normalise("Full\u2010Stack Developer\nBack\u2011End") == "Full-Stack Developer\nBack-End"
    text = (
        "Backend Engineer\n\nBenefits\n- Wir leben ein Hybrides Arbeitsmodell: Remote\u2011First mit "
        "regelmäßigem Austausch vor Ort.\n\nProjekt an der Ruprecht\u2011Karls\u2011Universität Heidelberg."
    )
    parsed = parse_jd(text)
    assert (parsed.remote, parsed.locations) == ("hybrid", ["Heidelberg"])
