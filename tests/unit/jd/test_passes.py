"""Each pass of parse_jd on its own: markup, sections and cues, vocabulary matching, fields."""

from __future__ import annotations

import re

import pytest

from talent.jd import cues, evaluate, experience, markup, sections, skills, title, where
from talent.jd.evaluate import canonical_skills, place_key
from talent.jd.markup import normalise
from talent.jd.parser import parse_jd
from talent.jd.places import city_key, is_place
from talent.jd.sections import Kind
from talent.jd.skills import MAX_MATCHES, find_skills
from talent.jd.taxonomy import VOCABULARY
from talent.jd.where import phrase_places, remote_policy
from talent.models import JobRequirement

# --- pass 1: markup ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("[Backend Developer](https://x.example/jobs/1)", "Backend Developer"),
        ("![logo](https://x.example/logo.png) Acme", "Acme"),
        ("**Requirements**", "### Requirements"),
        ("Use `Docker` and *Kubernetes*", "Use Docker and Kubernetes"),
        ("_(Presencial)_ and __bold__", "(Presencial) and bold"),
        ("Fish &amp; Chips &#x2F; more", "Fish & Chips / more"),
        ("Title\n=====", "# Title"),
        ("\\- escaped \\*", "- escaped *"),
        # An address names no skill, place or title: "github.com/..." is no GitHub requirement.
        ("Apply: <https://acme.example/jobs>", "Apply:"),
        ("See https://github.com/acme/zfs/discussions/15896 now", "See now"),
        # a heading mark before a bullet styles a list item
        ("Est un plus :\n### · ElasticSearch\n#- Bioinformatics\n## Requirements", "Est un plus :\n"
         "- ElasticSearch\n- Bioinformatics\n## Requirements"),
        # kramdown's attribute lists (Jekyll pages) are markup: the heading's list follows it
        ("## Compétences souhaitées\n{: .no_toc}\n\n- Symfony", "## Compétences souhaitées\n\n- Symfony"),
        ('[Apply](https://x.example/a){:target="_blank"} now', "Apply now"),
    ],
)  # fmt: skip
def test_markdown_and_entities(raw: str, plain: str) -> None:
    assert markup.normalise(raw) == plain


def test_html_blocks_become_lines_and_list_items_bullets() -> None:
    text = markup.normalise(
        "<p>Intro</p><h3>Skills</h3><ul><li>Go</li><li>Rust</li></ul><script>x()</script>"
    )
    # a heading keeps its level: "<h3>" is "###", a subsection of an "<h2>"
    assert [line for line in text.split("\n") if line] == ["Intro", "### Skills", "- Go", "- Rust"]


def test_a_rows_cells_and_side_by_side_badges_stay_apart() -> None:
    text = markup.normalise(
        "<table><tr><td>Ort</td><td>Berlin</td></tr><tr><td>Start</td><td>sofort</td></tr></table>"
        '<p class="marken"><span>Offen</span><span>ab sofort</span><span>Meerbusch</span></p>'
        "<p>Wir <span>suchen</span> dich.</p>"
    )
    assert [line for line in text.split("\n") if line] == [
        "Ort | Berlin",
        "Start | sofort",
        "Offen ab sofort Meerbusch",
        "Wir suchen dich.",
    ]
    assert parse_jd("Entwickler\n\n<table><tr><td>Ort:</td><td>Berlin</td></tr></table>").locations == [
        "Berlin"
    ]


def test_a_block_list_under_a_level_field_is_its_value() -> None:
    front = "---\ntitle: Data Scientist\nseniority:\n  - Mid\n  - Senior\ncity: Cluj\n---\n\nWe build.\n"
    assert "seniority: Mid / Senior" in markup.normalise(front)
    assert parse_jd(front).seniority == "senior"
    assert "- Python\n- Docker" in markup.normalise("Dev\n\nRequirements:\n- Python\n- Docker\n")


def test_less_than_is_not_html() -> None:
    assert markup.normalise("Salary <5k and C++ <3") == "Salary <5k and C++ <3"


# --- pass 2: sections and cues -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Requirements", Kind.REQUIRED),
        ("Dein Profil", Kind.REQUIRED),
        ("Requisitos", Kind.REQUIRED),
        ("Profil recherché", Kind.REQUIRED),
        ("Nice to have", Kind.PREFERRED),
        ("Wünschenswert", Kind.PREFERRED),
        ("Compétences souhaitées", Kind.PREFERRED),
        ("Deseables", Kind.PREFERRED),
        ("No es excluyente, pero valoraremos conocimientos de", Kind.PREFERRED),
        ("Deine Aufgaben", Kind.CONTEXT),
        ("Vos missions", Kind.CONTEXT),
        ("About Acme", Kind.BOILERPLATE),
        ("Wir bieten", Kind.BOILERPLATE),
        ("Beneficios", Kind.BOILERPLATE),
        ("About the role", Kind.CONTEXT),
        ("Something else", None),
    ],
)
def test_heading_kinds_in_four_languages(heading: str, kind: Kind | None) -> None:
    assert sections.heading_kind(heading) == kind


def test_read_lines_gives_labels_headings_and_kinds() -> None:
    lines = sections.read_lines(
        "Backend Engineer\nLocation: Berlin\n## Requirements\n- Go\nBenefits\n- Snacks"
    )
    assert [(line.text, line.kind, line.heading, line.label) for line in lines] == [
        ("Backend Engineer", Kind.REQUIRED, False, ""),
        ("Location: Berlin", Kind.BOILERPLATE, False, "location"),
        ("Requirements", Kind.BOILERPLATE, True, ""),
        ("Go", Kind.REQUIRED, False, ""),
        ("Benefits", Kind.BOILERPLATE, True, ""),
        ("Snacks", Kind.BOILERPLATE, False, ""),
    ]


def test_trim_keeps_symbols_that_belong_to_names() -> None:
    assert sections.trim("- C# ##") == "C#"
    assert sections.trim("• .NET ===") == ".NET"
    assert sections.trim("🚀 C++ :") == "C++"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Go; Kafka is a plus", [Kind.REQUIRED, Kind.PREFERRED]),
        ("Javascript, git, valorable conocimientos de Django", [Kind.REQUIRED, Kind.PREFERRED]),
        ("PHP and JS (also a plus!)", [Kind.PREFERRED]),
        ("Docker on AWS (EKS is a plus)", [Kind.PREFERRED, Kind.REQUIRED]),
        ("Java (z.B. Maven, Spring)", [Kind.REQUIRED]),
        ("We were founded in 2010 by Java veterans", [Kind.BOILERPLATE]),
        ("=== ---", []),
    ],
)
def test_clauses(text: str, kinds: list[Kind]) -> None:
    assert [c.kind for c in sections.clauses(sections.Line(text, Kind.REQUIRED))] == kinds


def test_cue_kinds_are_checked() -> None:
    with pytest.raises(ValueError, match="no cue kind"):
        cues.alternatives("nonsense")


@pytest.mark.parametrize("language", sorted(cues.LANGUAGES))
def test_every_forward_cue_is_a_preferred_cue(language: str) -> None:
    preferred = cues.words("preferred_clause")
    forward = cues.LANGUAGES[language].forward_clause
    assert forward
    for fragment in forward:
        assert all(preferred.fullmatch(word) for word in _spellings(fragment)), fragment


def _spellings(fragment: str) -> list[str]:
    """The plain spellings of a cue fragment: "preferabl[ey]" -> "preferable", "preferably"; "(a )?x
    (b|c)" -> "a x b", "a x c", "x b", "x c"."""
    part = re.search(r"\(([^()]*)\)(\?)?|\[([^\]]*)\]", fragment)
    if part is None:
        return [fragment]
    if part.group(3) is not None:
        options = list(part.group(3))
    else:
        options = part.group(1).split("|") + ([""] if part.group(2) else [])
    head, tail = fragment[: part.start()], fragment[part.end() :]
    return [spelling for option in options for spelling in _spellings(head + option + tail)]


# --- pass 3: vocabulary ------------------------------------------------------------------------------------


def test_find_skills_gives_names_spans_and_concepts() -> None:
    found = skills.find_skills("Kafka and CI/CD on k8s")
    assert [(f.name, f.concept) for f in found] == [
        ("Apache Kafka", False),
        ("CI/CD", True),
        ("Kubernetes", False),
    ]
    assert [("Kafka and CI/CD on k8s"[f.offset : f.end]) for f in found] == ["Kafka", "CI/CD", "k8s"]


def test_generated_common_words_need_context() -> None:
    assert [f.name for f in skills.find_skills("We track issues in Linear, GitHub and Sentry")] == [
        "Linear",
        "GitHub",
        "Sentry",
    ]
    assert skills.find_skills("a linear process") == []


@pytest.mark.parametrize(
    ("clause", "names"),
    [
        ("Administration von Linux- und Windows-Systemen", ["Linux", "Windows"]),
        ("Detaillierte Kenntnisse in aktuellen Windows Betriebssystemen", ["Windows"]),
        ("functionality of Windows and MacOS operating systems", ["Windows", "macOS"]),
        ("Sysadmin skills (Linux/Mac/Windows)", ["Linux", "macOS", "Windows"]),
        ("Deploys happen in short maintenance windows.", []),
        ("Mac users welcome", []),
        ("Projekterfahrung im BMW-Umfeld oder Daimler-Umfeld", []),  # the system words name systems only
        ("Experience designing a Target Operating Model", []),
        ("Knowledge of MAC protocols and the PHY layer", []),  # media access control
    ],
)
def test_an_operating_system_is_named_by_its_context(clause: str, names: list[str]) -> None:
    assert [f.name for f in skills.find_skills(clause)] == names


def test_listed_names_need_known_neighbours_or_a_lead() -> None:
    def listed(text: str) -> list[str]:
        return [f.name for f in skills.listed_names(text, skills.find_skills(text))]

    assert listed("Kubernetes, Helm, Descheduler and Checkov") == ["Descheduler"]
    assert listed("Experience with DataFusion or Flyte") == ["DataFusion", "Flyte"]
    assert listed("Python, Django and others") == []
    assert listed("Offices in Berlin, Paris and London") == []
    assert listed("Kenntnisse in Java, Spring, Datenbanken und Automatisierung") == []


# --- pass 4: fields ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "years"),
    [
        ("5+ years of Python", [5]),
        ("3-5 yrs", [3]),
        ("Minimum 4, maximum 10 years", [4]),
        ("at least five years", [5]),
        ("3 años o más", [3]),
        ("mindestens 3 Jahre Erfahrung", [3]),
        ("au moins 2 ans d'expérience", [2]),
        ("Acme was founded 10 years ago", []),
    ],
)
def test_years_in(clause: str, years: list[int]) -> None:
    assert experience.years_in(clause) == years


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("Fully remote", "remote"),
        ("Hybrid or remote", "remote"),
        ("Hybrid, not remote", "hybrid"),
        ("Telecommute: No", "onsite"),
        ("in office five days a week", "onsite"),
        ("100% remoto", "remote"),
        ("Homeoffice möglich, hybrid", "hybrid"),
        ("Télétravail", "remote"),  # a bare item, as "Remote" alone (among the perks: the boilerplate's)
        ("flexible working", None),
    ],
)
def test_remote_policy(text: str, policy: str | None) -> None:
    assert where.remote_policy(text) == policy


def test_a_bare_teletravail_among_the_perks_is_no_policy() -> None:
    assert where.remote_policy("Horaires flexibles\nTélétravail\nMutuelle", onsite_cues=False) is None


@pytest.mark.parametrize(
    ("value", "places"),
    [
        ("Boston, NYC, Chicago", ["Boston", "NYC", "Chicago"]),
        ("Austin, TX or London", ["Austin, TX", "London"]),
        ("Paris 9, France", ["Paris, France"]),
        ("Remote (EU) · UTC+1", ["EU"]),
        ("False", []),
        ("Buenos Aires-Argentina", ["Buenos Aires, Argentina"]),
        ("Aix-en-Provence", ["Aix-en-Provence"]),
        ("Baden-Württemberg", ["Baden-Württemberg"]),
    ],
)
def test_places_in(value: str, places: list[str]) -> None:
    assert where.places_in(value) == places


def test_gazetteer_from_geonames_knows_local_names() -> None:
    assert is_place("München")
    assert is_place("Kempten")
    assert is_place("Vicente López, Argentina")
    assert city_key("München") == city_key("Munich") == place_key("Munich, Germany")
    assert not is_place("Mission")


def test_place_keys_fold_abbreviations_and_departement_numbers() -> None:
    assert place_key("Frankfurt a.M.") == place_key("Frankfurt am Main, Germany")
    assert place_key("Freiburg i. Br.") == place_key("Freiburg im Breisgau")
    assert place_key("Monaco (06)") == place_key("Monaco")
    assert place_key("US") == place_key("United States") == place_key("USA")
    assert place_key("México") != place_key("Ciudad de México")
    assert place_key("Frankfurt (Oder)") != place_key("Frankfurt am Main")


def test_a_run_of_state_codes_compares_as_states() -> None:
    def exact(got: list[str], want: list[str]) -> float:
        parsed = JobRequirement(title="Dev", locations=got)
        return evaluate.score([("p", parsed, {"locations": want})]).scores()["locations_exact"]

    assert exact(["CA", "FL", "TX"], ["California", "Florida", "Texas"]) == 1.0
    assert exact(["California", "Florida", "Texas"], ["CA", "FL", "TX"]) == 1.0
    # codes of two countries' states are not one country's run: "AR, CO, PE" (Argentina, Colombia, Peru)
    assert exact(["AR", "CO", "PE"], ["Argentina", "Colombia", "Peru"]) == 1.0
    # a code alone stays what it is alone: "CA" is Canada
    assert exact(["CA"], ["California"]) == 0.0


def test_clean_title_and_cut() -> None:
    assert title.clean_title("Walmart Chile busca Desarrollador Fullstack", None) == "Desarrollador Fullstack"
    assert (
        title.clean_title("Stacker (YC S20) Is Hiring Product Engineers (workable.com)", None)
        == "Product Engineer"
    )
    assert title.cut_at_word("Full Stack (Rails and React) Engineer", 20) == "Full Stack"


def test_canonical_skills_fold_aliases_and_vendor_prefixes() -> None:
    assert canonical_skills(["Kafka", "Apache Kafka", "k8s", "Postgres", "Redshift"]) == {
        "Apache Kafka",
        "Kubernetes",
        "PostgreSQL",
        "Amazon Redshift",
    }


# --- linear time: same results from the shortcuts the long inputs take ----------------------------------


def test_html_line_breaks_in_runs_of_spaces_keep_their_meaning() -> None:
    # The pattern starts only where a run of spaces starts (linear); the result is the browser's.
    assert normalise("<p>Backend\n   Engineer</p>").strip() == "Backend Engineer"
    assert normalise("<p>Engineer\nx" + " " * 5000 + "y</p>").strip() == "Engineer x y"


def test_a_work_mode_in_a_long_line_is_read_near_its_word() -> None:
    filler = "We build tools for teams. " * 200  # 5,200 characters without a work-mode word
    assert remote_policy(filler + "This is a fully remote role. " + filler) == "remote"
    assert remote_policy(filler + "Hybrid: 3 days a week in the office. " + filler) == "hybrid"
    assert remote_policy(filler) is None


def test_places_after_a_cue_in_a_long_line() -> None:
    filler = "We build tools for teams. " * 200
    assert phrase_places(filler + "The role is based in Hamburg. " + filler) == ["Hamburg"]


def test_a_keyword_dump_is_read_to_its_first_items() -> None:
    names = sorted(VOCABULARY, key=lambda name: (len(name), name))[:2000]
    found = find_skills(", ".join(names))
    assert 0 < len(found) <= MAX_MATCHES
    # A list of a realistic length is read whole.
    assert [f.name for f in find_skills("Python, Go, Rust, Kafka and PostgreSQL")] == [
        "Python", "Go", "Rust", "Apache Kafka", "PostgreSQL"
    ]  # fmt: skip


def test_emphasis_marks_go_whatever_leads_them() -> None:
    assert normalise("*Remote* role, **Go** and _Rust_; snake_case_name stays; 2*3*4") == (
        "Remote role, Go and Rust; snake_case_name stays; 2*3*4"
    )


def test_place_keys_take_a_city_and_the_area_around_it_as_the_city() -> None:
    assert place_key("Greater London, England, United Kingdom") == place_key("London")
    assert place_key("Toronto Area") == place_key("Toronto") == place_key("Greater Toronto Metropolitan Area")
    assert place_key("NYC area") == place_key("New York City")
    assert place_key("Bay Area") != place_key("Bay")  # a metro area with a name of its own


def test_a_regions_names_in_any_language_are_one_place() -> None:
    assert place_key("LatAM") == place_key("Latin America") == place_key("Latinoamérica")
    assert place_key("América Latina") == place_key("Amérique latine") == place_key("LATAM")
    assert place_key("Southeast Asia") == place_key("South-East Asia")
    assert place_key("EU") == place_key("Europe") == place_key("Europa")
    assert place_key("CABA") == place_key("Capital Federal, Buenos Aires") == place_key("Buenos Aires")
    assert place_key("LatAM") != place_key("South America")


def test_a_page_templates_markup_leaves_its_translated_strings() -> None:
    text = markup.normalise(
        '<h2>{% trans_noop "Front-end developer" %}</h2><p>{{ _("We use Python.") }} {% include x.html %}'
        " {{ page.title }} {{< toc >}}</p>"
    )
    assert [line for line in text.split("\n") if line] == ["## Front-end developer", "We use Python."]


@pytest.mark.parametrize(
    ("template", "text"),
    [
        ("{{ __('Senior PHP Developer') }}", "Senior PHP Developer"),  # Laravel Blade
        ('{{ $t("Requisitos") }}', "Requisitos"),  # Vue
        ('{{ i18n "Senior Go Developer" }}', "Senior Go Developer"),  # Hugo
        ("{{Senior Java Developer}} (m/w/d)", "Senior Java Developer (m/w/d)"),  # a field's plain words
        ('{% include "job-intro.html" %}Go', "Go"),  # a file's path is no text
        ("{{% notice %}}Go", "Go"),
    ],
)
def test_a_templates_strings_and_words_stay_text(template: str, text: str) -> None:
    assert markup.normalise(template).strip() == text


def test_a_posting_kept_as_an_xml_record_reads_as_fields_and_text() -> None:
    record = (
        "<job><id>IHM_Python</id><title>[CDI proche Marseille] : D&#233;veloppeur Python</title>"
        "<company>Celad</company><description>\nNous recrutons.\n\n* Python / Linux\n</description></job>"
    )
    lines = [line for line in markup.normalise(record).split("\n") if line]
    assert lines == [
        "id: IHM_Python",
        "title: [CDI proche Marseille] : Développeur Python",
        "company: Celad",
        "Nous recrutons.",
        "* Python / Linux",
    ]
    # a page pasted as HTML, a record holding HTML, or a component's markup, is no record
    assert markup.xml_record_to_text("<div><b>Go</b></div>") == "<div><b>Go</b></div>"
    html = (
        "<job><title>Dev</title><description><h2>Nice to have</h2><ul><li>Kafka</li></ul></description></job>"
    )
    assert markup.xml_record_to_text(html) == html
    assert markup.xml_record_to_text('<Layout title="Dev"><p>Go</p></Layout>').startswith("<Layout")


def test_a_hyphenated_word_with_an_ordinary_lower_case_part_is_no_unlisted_town() -> None:
    """ "teams in AI-assisted software delivery" read "AI-assisted" as a town after the strong cue."""
    assert phrase_places("- Train developers and teams in AI-assisted software delivery.") == []
    assert phrase_places("Notre équipe est basée à Clayes-sous-Bois.") == ["Clayes-sous-Bois"]


def test_a_word_the_posting_also_writes_in_lower_case_is_no_place_on_a_mode_line() -> None:
    """ "Para los que quieren trabajar …" on a hybrid posting named Pará (Belém) as the place."""
    lines = sections.read_lines(
        "Práctica profesional\nTrabajo híbrido. Para los que quieren trabajar mientras estudian.\n"
        "Buscamos gente para el equipo."
    )
    assert where.mode_line_places(lines) == []
    assert where.mode_line_places(sections.read_lines("Dev\nHybrid, Berlin office twice a week.")) == [
        "Berlin"
    ]
