"""Behaviour of parse_jd: ambiguous words, sections, years, seniority, remote, locations, errors."""

from __future__ import annotations

import pytest

from talent.jd import (
    MAX_JD_CHARS,
    EmptyJobDescription,
    InvalidJobDescription,
    JobDescriptionNotText,
    JobDescriptionTooLong,
    parse_jd,
    validate_jd_text,
)
from talent.models import JobRequirement


def jd(body: str, title: str = "Software Engineer") -> JobRequirement:
    return parse_jd(f"{title}\n\n{body}")


def required(body: str, title: str = "Software Engineer") -> list[str]:
    return jd(body, title).required_skills


# --- ambiguous words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "You go above and beyond for customers.",
        "Our go-to tool is a whiteboard.",
        "You enjoy working on the go.",
        "Ready to go from idea to launch in weeks.",
        "Go the extra mile when it matters.",
        "Let's go!",
        "Research and Go to market.",  # after "and", only a name that closes its clause
    ],
)
def test_go_the_verb_is_not_the_language(sentence: str) -> None:
    assert "Go" not in required(f"Requirements\n- {sentence}")


@pytest.mark.parametrize(
    "sentence",
    [
        "Strong experience with Go and PostgreSQL.",
        "Python, Go or Rust.",
        "You write Go services every day.",
        "3+ years of golang.",
        "Backend in Go (1.22) with gRPC.",
        "Proficient in Go.",
        "- Go",
        "- Go (3+ years)",  # the years asked of it
        "- Go and/or C",
        "We use Rails, MongoDB, Knockout, and Go.",  # the list's last name, after one the vocabulary lacks
        "Good at Go, Kubernetes",  # a skill the hire is good at, not an employer "at Go"
    ],
)
def test_go_the_language(sentence: str) -> None:
    assert "Go" in required(f"Requirements\n{sentence}")


def test_swift_rust_spring_express_as_words_are_not_skills() -> None:
    skills = required(
        "Requirements\n"
        "- A swift response to incidents\n"
        "- Our old servers gather rust in the basement\n"
        "- Internship starts in Spring 2025\n"
        "- Please express interest by email\n"
        "- Spring is our busiest season\n"
        "- Express your ideas freely\n"
    )
    assert not {"Swift", "Rust", "Spring", "Express"} & set(skills)


def test_swift_rust_spring_express_as_technologies() -> None:
    skills = required(
        "Requirements\n"
        "- iOS apps in Swift and SwiftUI\n"
        "- Systems programming in Rust\n"
        "- Java with Spring and Hibernate\n"
        "- Node.js with Express\n"
    )
    assert {"Swift", "Rust", "Spring", "Express", "Node.js", "Java"} <= set(skills)


def test_spring_boot_and_express_js_are_unambiguous() -> None:
    assert {"Spring Boot", "Express"} <= set(required("You have\n- spring boot and express.js experience"))


def test_r_and_c_need_a_tech_context() -> None:
    assert "R" in required("Requirements\n- Expert in R or Python for statistics")
    assert "R" in required("Requirements\n- Proficiency in R.")
    assert "C" in required("Requirements\n- Firmware in C/C++ for microcontrollers")
    assert "C" in required("Requirements\n- Very good knowledge of C")
    words = required(
        "Requirements\n- We fund R&D days\n- We raised a Series C round\n- Talk to C-level execs"
    )
    assert not {"R", "C"} & set(words)
    assert "R" not in required("Requirements\n- r is a letter")


def test_java_is_not_javascript_and_c_is_not_cpp_or_csharp() -> None:
    assert required("Requirements\n- JavaScript and TypeScript") == ["JavaScript", "TypeScript"]
    assert required("Requirements\n- Java and JavaScript") == ["Java", "JavaScript"]
    assert required("Requirements\n- C++ and C#") == ["C++", "C#"]
    assert required("Requirements\n- Objective-C") == ["Objective-C"]


def test_react_the_verb_and_reactive() -> None:
    assert "React" not in required("Requirements\n- You react quickly to feedback\n- Reactive programming")
    assert "React" in required("Requirements\n- React and Redux")
    assert "React Native" in required("Requirements\n- React Native for mobile")


def test_node_rails_and_shell() -> None:
    assert "Node.js" in required("Requirements\n- Node and TypeScript")
    assert "Node.js" not in required("Requirements\n- Each node of the graph matters")
    assert "Ruby on Rails" in required("Requirements\n- Ruby on Rails")
    assert "Ruby on Rails" in required("Requirements\n- Ruby and Rails")
    assert "Ruby on Rails" not in required("Requirements\n- Guard rails keep us safe")
    assert "Shell" in required("Requirements\n- Bash or shell scripting")
    assert "Shell" not in required("Requirements\n- Come out of your shell")


def test_excel_the_verb_is_not_the_spreadsheet() -> None:
    assert "Excel" not in required("Requirements\n- You excel at explaining numbers")
    assert "Excel" in required("Requirements\n- Working knowledge of SQL and Excel")


def test_aliases_map_to_canonical_names() -> None:
    skills = required("Requirements\n- k8s, Postgres, golang, JS/ES6, node, .NET, C#, C++, ASP.NET Core")
    assert skills == [
        "Kubernetes",
        "PostgreSQL",
        "Go",
        "JavaScript",
        "Node.js",
        ".NET",
        "C#",
        "C++",
        "ASP.NET",
    ]


# --- sections ----------------------------------------------------------------------------------------------

SECTIONED = """Backend Engineer

Requirements
- Python and Django
- PostgreSQL

Nice to have
- Kafka
- Python

Bonus points: Terraform, Ansible.

Benefits
- We use AWS credits as a perk
- Free Java courses
"""


def test_nice_to_have_section_is_preferred_and_required_wins() -> None:
    result = parse_jd(SECTIONED)
    assert result.required_skills == ["Python", "Django", "PostgreSQL"]
    assert result.preferred_skills == ["Apache Kafka", "Terraform", "Ansible"]


@pytest.mark.parametrize(
    "heading",
    [
        "Nice to have",
        "Bonus",
        "#### Bonuses",
        "Pluses:",
        "Preferred qualifications",
        "## Would be a plus",
        "IDEALLY",
        "Desirable",
    ],
)
def test_preferred_headings(heading: str) -> None:
    result = jd(f"What you need\n- Python\n\n{heading}\n- Kafka\n")
    assert result.required_skills == ["Python"]
    assert result.preferred_skills == ["Apache Kafka"]


@pytest.mark.parametrize(
    "line",
    [
        "- Experience with Kafka is a plus",
        "- Kafka would be a plus",
        "- Ideally, Kafka",
        "- Kafka experience preferred",
        "- Some Kafka background is helpful",
        "- Kafka is nice to have",
    ],
)
def test_preferred_sentences_inside_requirements(line: str) -> None:
    result = jd(f"Requirements\n- Python\n{line}\n")
    assert result.required_skills == ["Python"]
    assert result.preferred_skills == ["Apache Kafka"]


def test_a_preferred_clause_does_not_take_the_rest_of_the_line() -> None:
    result = jd(
        "Requirements\n- Strong Python; experience with Kafka is a plus\n- Docker on AWS (EKS is a plus)"
    )
    assert result.required_skills == ["Python", "Docker", "AWS"]
    assert result.preferred_skills == ["Apache Kafka", "Amazon EKS"]


def test_the_roles_stack_in_the_duties_is_required_even_when_also_named_nice_to_have() -> None:
    # The guide: the role's own stack ("we use Docker" in the duties) is required; named both ways, required.
    result = jd(
        "What you'll do\n- Build services with Go on Kubernetes\n\nNice to have\n- Kubernetes\n- Rust"
    )
    assert result.required_skills == ["Go", "Kubernetes"]
    assert result.preferred_skills == ["Rust"]


@pytest.mark.parametrize(
    ("line", "required", "preferred"),
    [
        # "Rust" and "Go" alone are ordinary words: the bracket is read with its clause around it
        ("- 3+ years of Go backend development (Rust is also nice)", ["Go"], ["Rust"]),
        ("- Experience with Go (Rust would be nice)", ["Go"], ["Rust"]),
        ("- Python / TypeScript (Rust a plus)", ["Python", "TypeScript"], ["Rust"]),
        ("- Experience with game engines (ideally Bevy)", [], ["Bevy"]),
        # a bracket that is only a cue still marks its whole clause
        ("- Experience with Docker (would be nice)", [], ["Docker"]),
    ],
)
def test_a_bracketed_plus_whose_name_needs_its_clause_marks_only_that_name(
    line: str, required: list[str], preferred: list[str]
) -> None:
    result = jd(f"Requirements\n{line}\n")
    assert result.required_skills == required
    assert result.preferred_skills == preferred


@pytest.mark.parametrize(
    "text",
    [
        "About us\nOur founders built Java tools in 2005.\n\nRequirements\n- Python",
        "Requirements\n- Python\n\nBenefits\n- We use AWS credits as a perk\n- Docker swag",
        "Requirements\n- Python\n\nPerks\n- Kubernetes conference tickets",
        "Requirements\n- Python\n\nEqual opportunity\nWe welcome Java and Go developers of all backgrounds.",
        "Requirements\n- Python\n- We were founded by Java veterans",
        "Who we are\nWe built the first Kafka clone.\n\nYou have\n- Python",
        "Requirements\n- Python\n\nHow to apply\nSend your GitHub and CV.",
        "ABOUT ACME\nAcme runs on Ruby since 2010.\n\nWHAT YOU BRING\n- Python",
    ],
)
def test_boilerplate_does_not_leak_skills(text: str) -> None:
    result = jd(text)
    assert result.required_skills == ["Python"]
    assert result.preferred_skills == []


def test_all_caps_and_markdown_headings() -> None:
    result = parse_jd(
        "# Data Engineer\n\n**WHAT YOU BRING**\n* SQL\n* dbt\n\n### NICE TO HAVE\n* Snowflake\n\n"
        "**Perks**\n* Spark joy with a Spotify subscription\n"
    )
    assert result.required_skills == ["SQL", "dbt"]
    assert result.preferred_skills == ["Snowflake"]


# --- years -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("5+ years of backend experience", 5),
        ("At least three years of professional experience", 3),
        ("3-5 years of experience with Python", 3),
        ("3 to 5 years in a similar role", 3),
        ("Minimum of 2 years of experience", 2),
        ("Five or more years of C# experience", 5),
        ("10+ yrs building web apps", 10),
        ("0-2 years of experience", 0),
        ("Several years of experience", None),
        ("A degree in computer science", None),
    ],
)
def test_years(line: str, years: int | None) -> None:
    assert jd(f"Requirements\n- {line}").min_years == years


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Five years of professional experience in web application development", 5),  # "application"
        ("Two years of experience in a product company", 2),  # "company"
        ("Cinco años de experiencia en empresa de software", 5),
        ("Trois ans d'expérience en entreprise", 3),
    ],
)
def test_years_on_an_item_line_without_a_bullet(line: str, years: int) -> None:
    # a short line without a full stop could be a heading; one that states the years asked is content
    assert jd(f"Requirements:\n{line}\nRuby on Rails").min_years == years


@pytest.mark.parametrize(
    "heading",
    [
        "Why you'll love working at our company",
        "What your application should include",
        "Deine Erfahrung und deine Bewerbung bei uns",
        "Über uns - seit zehn Jahren am Markt",  # the company's years are no experience asked
        "One year contract benefits",
    ],
)
def test_a_boilerplate_heading_stays_one(heading: str) -> None:
    # a review's: a heading read as content files the perks' and the process's names as asked
    text = f"Backend Engineer\nRequirements:\n- Python\n{heading}\n- Kubernetes and AWS courses"
    assert (parse_jd(text).required_skills, parse_jd(text).min_years) == (["Python"], None)


def test_years_takes_the_smallest_requirement_but_not_a_sub_requirement() -> None:
    # The guide: the smallest number asked for; a management sub-requirement does not replace it.
    text = "Requirements\n- 8+ years of software engineering, including 3+ years managing engineers"
    assert jd(text).min_years == 8
    assert jd(f"{text}\n- 2 years of Go").min_years == 2


@pytest.mark.parametrize(
    "history",
    [
        "Acme was founded 10 years ago.",
        "For over 20 years we have helped banks.",
        "We have been in business for 25 years.",
        "Since 2001 our company has served 40 years of customers.",
        "Our 4-year vesting schedule is generous.",
    ],
)
def test_years_ignore_company_history(history: str) -> None:
    assert jd(f"{history}\n\nRequirements\n- Python").min_years is None
    assert jd(f"About us\n{history}\n\nRequirements\n- 3+ years of Python").min_years == 3


def test_years_preferred_only_as_a_fallback() -> None:
    assert jd("Requirements\n- 3+ years of Python\n\nNice to have\n- 5+ years of Go").min_years == 3
    assert jd("Requirements\n- Python\n- 5+ years of experience preferred").min_years == 5


# --- seniority ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Software Engineering Intern", "intern"),
        ("Junior Frontend Developer", "junior"),
        ("Jr. Data Analyst", "junior"),
        ("Graduate Software Engineer", "junior"),
        ("Entry Level Developer", "junior"),
        ("Mid-level PHP Developer", "mid"),
        ("Software Engineer II", "mid"),
        ("Senior Backend Engineer", "senior"),
        ("Sr. Frontend Engineer", "senior"),
        ("Software Engineer III", "senior"),
        ("Data Engineer IV", "senior"),  # the labels: a fourth rung is senior, not staff
        ("Systems Analyst Programmer IV", "senior"),
        ("Software Engineer V", "staff"),
        # a count after the role noun is no rung (the review's), nor "IV&V" (verification and validation)
        ("Systems Engineer IV&V", None),
        ("Software Engineer III x 2", "senior"),  # a Roman numeral is a rung whatever follows (second review)
        ("Software Engineer III+", "senior"),
        ("Systems Engineer II&III", "mid"),
        ("Software Engineer 4 Days Onsite", None),
        ("Java Entwickler 4 Tage Woche (m/w/d)", None),
        ("Python Developer 4+ years", None),
        ("Junior Developer 4 Tage Homeoffice (m/w/d)", "junior"),
        ("Mid-level Engineer 4-day week", "mid"),
        ("Staff Platform Engineer", "staff"),
        ("Principal Engineer", "principal"),
        ("Tech Lead, Payments", "lead"),
        ("Android Team Lead", "lead"),
        ("Engineering Manager, Growth", "manager"),
        ("Head of Engineering", "manager"),
        ("Senior Engineering Manager", "manager"),
        ("Backend Engineer", None),
        ("(Senior) DevOps Engineer", "senior"),  # "DevOps or Senior DevOps": a range's upper end
    ],
)
def test_seniority_from_the_title(title: str, level: str | None) -> None:
    assert parse_jd(f"{title}\n\nRequirements\n- Python").seniority == level


def test_seniority_from_an_explicit_statement_only() -> None:
    assert jd("This is a senior-level position.\n\nRequirements\n- Python").seniority == "senior"
    assert jd("We're looking for a junior developer.\n\nRequirements\n- Python").seniority == "junior"
    # Mentoring juniors or working with seniors says nothing about this role's level.
    assert jd("You will mentor junior engineers and pair with senior staff.").seniority is None


# --- title, remote, locations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Senior Backend Engineer (Go) — Lumora, Berlin", "Senior Backend Engineer (Go)"),
        ("Data Engineer (m/f/d)", "Data Engineer"),  # the law's marker, not the role's name
        ("Machine Learning Engineer - Remote (EU)", "Machine Learning Engineer"),
        ("Founding Engineer @ Nimbus (YC W24)", "Founding Engineer"),
        ("Software Engineering Intern (Summer 2025)", "Software Engineering Intern"),
        ("Principal Engineer - Payments Platform", "Principal Engineer - Payments Platform"),
        ("# 🚀 Staff Engineer | Acme | London", "Staff Engineer"),
    ],
)
def test_title_strips_company_location_and_work_mode(first_line: str, title: str) -> None:
    assert parse_jd(f"{first_line}\n\nRequirements\n- Python").title == title


def test_title_from_a_label() -> None:
    assert parse_jd("Acme Corp careers\nJob title: Backend Developer\nRequirements\n- Go").title == (
        "Backend Developer"
    )


@pytest.mark.parametrize(
    ("line", "policy"),
    [
        ("We are fully remote across Europe.", "remote"),
        ("We are a remote-first company.", "remote"),
        ("Location: Remote (EU)", "remote"),
        ("Hybrid (2 days in office).", "hybrid"),
        ("You'll work from the office three days per week.", "hybrid"),
        ("This is an on-site role.", "onsite"),
        ("This is an in-office position.", "onsite"),
        ("This is not a remote position.", "onsite"),
        ("This position is remote.", "remote"),
        ("You must be in the office 5 days a week.", "onsite"),
        ("Based in our office, five days a week.", "onsite"),
        ("No remote work: the lab is in Munich.", "onsite"),
        ("Remote work is not possible.", "onsite"),
        ("You will work with a remote team of analysts.", None),
        ("We run a hybrid cloud.", None),
        ("We meet in person twice a year.", None),
        ("We like solving problems.", None),
    ],
)
def test_remote_policy(line: str, policy: str | None) -> None:
    assert jd(f"{line}\n\nRequirements\n- Python").remote == policy


def test_remote_in_the_title_wins_over_the_body() -> None:
    assert parse_jd("Go Developer (Remote)\n\nWe have a nice office in Berlin.").remote == "remote"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Location: Berlin, Germany", ["Berlin, Germany"]),
        ("Location: Remote (UK or Ireland)", ["UK", "Ireland"]),
        ("Locations: New York, NY or San Francisco, CA", ["New York, NY", "San Francisco, CA"]),
        ("This role is based in London.", ["London"]),
        ("Remote within the US, async-first.", ["US"]),
        ("We like solving problems.", []),
    ],
)
def test_locations(text: str, places: list[str]) -> None:
    assert jd(f"{text}\n\nRequirements\n- Python").locations == places


def test_location_in_the_title_suffix() -> None:
    assert parse_jd("Backend Engineer - Munich (on-site)\n\n- Python").locations == ["Munich"]


# --- search hints ------------------------------------------------------------------------------------------


def test_search_hints_languages_then_topics_in_order() -> None:
    result = jd("Requirements\n- Python, Go, Kubernetes and PostgreSQL\n\nNice to have\n- Rust, Terraform")
    assert result.search.languages == ["Python", "Go", "Rust"]
    assert result.search.topics[:3] == ["kubernetes", "k8s", "postgresql"]
    assert "terraform" in result.search.topics
    assert "python" not in result.search.topics


# --- errors, limits, determinism ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text(text: str) -> None:
    with pytest.raises(EmptyJobDescription, match="empty"):
        parse_jd(text)


def test_too_long_text_names_the_limit() -> None:
    with pytest.raises(JobDescriptionTooLong, match="20,000"):
        parse_jd("a" * (MAX_JD_CHARS + 1))
    assert MAX_JD_CHARS == 20_000
    parse_jd("Python developer " + "a" * (MAX_JD_CHARS - 17))  # exactly at the limit is fine


@pytest.mark.parametrize("text", ["12345 !!! ---", "💼🚀✨", "$$$ 100% 2024"])
def test_text_without_letters(text: str) -> None:
    with pytest.raises(JobDescriptionNotText):
        parse_jd(text)


@pytest.mark.parametrize(
    "text",
    [
        "<div><p></p><br/></div>",
        "<html><body><h1></h1></body></html>",
        "<p>&nbsp;</p><!-- Go -->",
        "https://example.com/jobs/123",  # a link pasted instead of the posting (a review's finding)
        "![logo](https://example.com/logo.png)",
        "[](https://x.com)",
    ],
)
def test_markup_around_no_words_is_no_text_for_the_api_as_for_the_parser(text: str) -> None:
    """`validate_jd_text` (the API's check before a run starts) reads the words left after the markup
    pass, as parse_jd does: the tags' own names are no words."""
    with pytest.raises(JobDescriptionNotText):
        validate_jd_text(text)
    with pytest.raises(JobDescriptionNotText):
        parse_jd(text)
    validate_jd_text("<p>Go developer</p>")  # markup around words is a job description
    validate_jd_text("R&D engineer")  # an ampersand alone is no markup to strip


def test_errors_are_value_errors_with_one_base() -> None:
    for error in (EmptyJobDescription, JobDescriptionTooLong, JobDescriptionNotText):
        assert issubclass(error, InvalidJobDescription)
        assert issubclass(error, ValueError)


def test_deterministic() -> None:
    first = parse_jd(SECTIONED).model_dump_json()
    assert all(parse_jd(SECTIONED).model_dump_json() == first for _ in range(5))


def test_windows_line_endings_and_nbsp() -> None:
    text = SECTIONED.replace("\n", "\r\n").replace(" ", "\u00a0")
    assert parse_jd(text).required_skills == parse_jd(SECTIONED).required_skills


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Location: Hybrid, Berlin office (UTC+1)", ["Berlin"]),
        ("Location: Remote (CET +/- 2 hours)", []),
        ("Location: Lisbon, Portugal · GMT", ["Lisbon, Portugal"]),
    ],
)
def test_time_zones_are_not_locations(line: str, expected: list[str]) -> None:
    requirement = parse_jd(f"Backend Engineer\n\n{line}\n\nRequirements:\n- Python\n")
    assert requirement.locations == expected
