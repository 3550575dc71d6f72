"""The curated skill taxonomy: size, aliases, linguist names and topics."""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path

import pytest

from talent.jd import parse_jd
from talent.jd.taxonomy import ALIASES, SKILLS, Skill, alias_key, canonical_name, get_skill

# GitHub Linguist's names, shipped by talent.jd.build_vocabulary; a typo would break language search.
LINGUIST = {
    line
    for line in (Path(__file__).resolve().parents[3] / "layers/talent/talent/jd/linguist.txt")
    .read_text()
    .splitlines()
    if line and not line.startswith("#")
}
TOPIC = re.compile(r"^[a-z0-9][a-z0-9-]{0,49}$")  # GitHub's rule for topic names


def test_at_least_400_skills() -> None:
    assert len(SKILLS) >= 400
    assert all(isinstance(skill, Skill) and name == skill.name for name, skill in SKILLS.items())


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("k8s", "Kubernetes"),
        ("Postgres", "PostgreSQL"),
        ("golang", "Go"),
        ("JS", "JavaScript"),
        ("ES6", "JavaScript"),
        ("node", "Node.js"),
        ("nodejs", "Node.js"),
        (".NET", ".NET"),
        ("dotnet", ".NET"),
        ("C#", "C#"),
        ("csharp", "C#"),
        ("C++", "C++"),
        ("cpp", "C++"),
        ("Ruby on Rails", "Ruby on Rails"),
        ("RoR", "Ruby on Rails"),
        ("sklearn", "scikit-learn"),
        ("Amazon Web Services", "AWS"),
        ("GCP", "Google Cloud"),
        ("react.js", "React"),
        ("Vue", "Vue.js"),
        ("bash", "Shell"),
        ("Spring Boot", "Spring Boot"),
        ("ExpressJS", "Express"),
        ("AWS SNS", "Amazon SNS"),  # the vendor prefix either way; SNS is its own service, not SQS
    ],
)
def test_aliases(spelling: str, name: str) -> None:
    assert canonical_name(spelling) == name


def test_unknown_spelling() -> None:
    assert canonical_name("COBOL on Cogs") is None
    assert get_skill("Nonexistent") is None


def test_languages_have_valid_linguist_names() -> None:
    languages = [s for s in SKILLS.values() if s.category == "language"]
    assert len(languages) >= 50
    for skill in languages:
        assert skill.linguist in LINGUIST, skill.name
    for skill in SKILLS.values():
        assert skill.linguist is None or skill.linguist in LINGUIST, skill.name


def test_topics_are_valid_github_topics() -> None:
    for skill in SKILLS.values():
        assert skill.topics, skill.name
        for topic in skill.topics:
            assert TOPIC.match(topic), (skill.name, topic)


def test_aliases_are_lower_case_and_unique() -> None:
    owners: dict[tuple[str, ...], str] = {}
    for skill in SKILLS.values():
        for alias in skill.aliases:
            assert alias == alias.lower(), (skill.name, alias)
            key = alias_key(alias)
            assert owners.setdefault(key, skill.name) == skill.name, (alias, owners[key], skill.name)
    assert all(ALIASES[alias_key(name)].skill == name for name in SKILLS)


def test_ambiguous_words_are_marked() -> None:
    for word in ("go", "swift", "rust", "spring", "express", "react", "node", "rails", "shell", "excel"):
        assert ALIASES[(word,)].mode == "word", word
    for letter in ("r", "c"):
        assert ALIASES[(letter,)].mode == "exact"


def test_brands_simple_icons_later_removed_are_in_the_vocabulary_but_not_a_vendor_alone() -> None:
    assert canonical_name("MS Office") == canonical_name("Microsoft Office") == "Microsoft Office"
    assert canonical_name("Visio") == "Microsoft Visio"
    assert canonical_name("SharePoint") == "Microsoft SharePoint"
    assert canonical_name("Microsoft") is None  # the company, not a product the role works with
    assert canonical_name("Google") is None
    assert canonical_name("Apache") == "Apache"  # also the HTTP server


def test_removed_icons_are_the_older_releases_titles_the_current_one_lacks() -> None:
    from talent.jd.build_vocabulary import removed_icons

    current = [{"title": "Slack"}, {"title": "GitHub"}]
    older = {"icons": [{"title": "slack"}, {"title": "Microsoft Visio"}, {"title": "GitHub"}]}
    assert removed_icons(current, older) == [{"title": "Microsoft Visio"}]


def test_logos_names_lose_a_spelled_out_bracket_and_keep_a_short_one_and_an_aka() -> None:
    from talent.jd.build_vocabulary import logo_icons

    names = ("AWS KMS (Key Management Service)", "ReactiveX (RxJS)", "NW.js a.k.a. Nodewebkit")
    logos = [{"name": name} for name in names]
    assert logo_icons(logos) == [
        {"title": "AWS KMS", "aliases": {"aka": []}},
        {"title": "ReactiveX", "aliases": {"aka": ["RxJS"]}},
        {"title": "NW.js", "aliases": {"aka": ["Nodewebkit"]}},
    ]


def test_a_later_source_adds_no_word_and_no_name_known_without_its_spaces_or_vendor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from talent.jd.build_vocabulary import _new_name

    # wordfreq is build-time only (not in the test venv): its Zipf frequencies for these words
    zipf = {"release": 4.6, "codebase": 2.34}
    fake = types.SimpleNamespace(zipf_frequency=lambda word, _language: zipf.get(word.lower(), 0.0))
    monkeypatch.setitem(sys.modules, "wordfreq", fake)

    taken = {("red", "hat"), ("amazon", "aurora"), ("aurora",), ("windows",)}
    assert [_new_name(n, taken) for n in ("RedHat", "AWS Aurora", "Microsoft Windows")] == [False] * 3
    assert [_new_name(n, set()) for n in ("Release", "Codebase", "osquery")] == [False, False, True]


def test_the_logos_set_adds_niche_tools_to_the_vocabulary() -> None:
    assert [canonical_name(n) for n in ("osquery", "BrowserStack", "Google Workspace", "Katalon")] == [
        "osquery",
        "BrowserStack",
        "Google Workspace",
        "Katalon",
    ]


def test_an_icon_that_linguist_lists_as_data_or_markup_is_a_format_not_a_brand(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from talent.jd.build_vocabulary import build_rows

    fake = types.SimpleNamespace(zipf_frequency=lambda _word, _language: 0.0)  # wordfreq: build-time only
    monkeypatch.setitem(sys.modules, "wordfreq", fake)
    languages = {
        "Quuxdata": {"type": "data", "aliases": []},
        "Quuxlang": {"type": "programming", "aliases": []},
    }
    rows = build_rows(languages, [{"title": "Quuxdata"}, {"title": "Strava"}])
    assert [row.split(" | ")[:2] for row in rows] == [
        ["Quuxlang", "language"],
        ["Quuxdata", "format"],
        ["Strava", "product"],
    ]
    assert ALIASES[("yaml",)].mode == "plain"  # a format counts anywhere; a brand only where it is asked for


def test_a_vendor_before_common_words_names_a_product(monkeypatch: pytest.MonkeyPatch) -> None:
    from talent.jd.build_vocabulary import _spelling

    common = {"microsoft", "office", "ms", "teams", "power", "query"}
    fake = types.SimpleNamespace(zipf_frequency=lambda word, _language: 5.0 if word in common else 0.0)
    monkeypatch.setitem(sys.modules, "wordfreq", fake)  # wordfreq is build-time only
    assert [_spelling(s) for s in ("Microsoft Office", "MS Teams", "Power Query", "Office")] == [
        "microsoft office",
        "ms teams",
        "^power query",
        "^office",
    ]


def test_aws_service_names_from_botocore_carry_the_vendor() -> None:
    from talent.jd.build_vocabulary import aws_spellings

    assert aws_spellings("AWS Key Management Service", "KMS") == ["AWS Key Management Service", "AWS KMS"]
    assert aws_spellings("Amazon Simple Systems Manager (SSM)", "Amazon SSM") == [
        "Amazon Simple Systems Manager",
        "Amazon SSM",
    ]
    assert aws_spellings("AWS CloudHSM V2", "CloudHSM V2") == ["AWS CloudHSM"]
    assert aws_spellings("AWS Budgets", "AWSBudgets") == ["AWS Budgets"]
    assert aws_spellings("AWS Signer", "signer") == ["AWS Signer"]
    assert aws_spellings("Partner Central Channel API", None) == []


def test_aws_rows_add_only_services_no_earlier_source_names(monkeypatch: pytest.MonkeyPatch) -> None:
    from talent.jd.build_vocabulary import aws_rows

    zipf = {"account": 4.5}  # wordfreq is build-time only
    fake = types.SimpleNamespace(zipf_frequency=lambda word, _language: zipf.get(word.lower(), 0.0))
    monkeypatch.setitem(sys.modules, "wordfreq", fake)
    taken = {("amazon", "cloudwatch"), ("elastic", "compute", "cloud")}
    services = [
        ("AWS Config", "Config Service"),
        ("Amazon CloudWatch Logs", None),  # extends a known product
        ("Amazon Elastic Compute Cloud", "Amazon EC2"),  # known without its vendor
        ("AWS Account", None),  # the vendor before a common word
    ]
    assert aws_rows(services, taken) == ["AWS Config | cloud | aws config, aws config service | | aws-config"]


def test_aws_services_are_in_the_vocabulary_only_with_the_vendor() -> None:
    assert canonical_name("AWS KMS") == canonical_name("AWS Key Management Service")
    assert canonical_name("AWS Control Tower") == "AWS Control Tower"
    assert canonical_name("Control Tower") is None
    assert canonical_name("Config") is None
    assert canonical_name("AWS Account") is None


def test_aws_rows_skip_account_services_products_inside_and_a_second_vendor_spelling(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from talent.jd.build_vocabulary import aws_rows

    zipf = {"config": 2.93, "data": 5.3, "pipeline": 4.0, "pricing": 4.0, "kms": 3.1, "service": 5.5}
    fake = types.SimpleNamespace(zipf_frequency=lambda word, _language: zipf.get(word.lower(), 0.0))
    monkeypatch.setitem(sys.modules, "wordfreq", fake)  # wordfreq is build-time only
    services = [
        ("AWS Config", None),  # common words after the vendor: only as written
        ("AWS Data Pipeline", None),
        ("AWS Key Management Service", "KMS"),  # an acronym is no common word
        ("AWS Price List Service", "AWS Pricing"),  # the bill's
        ("Amazon OpenSearch Service", None),  # holds a known product
        ("AWS CloudHSM V2", "CloudHSM V2"),
        ("Amazon CloudHSM", None),  # the same product under the other vendor name
    ]
    assert aws_rows(services, {("opensearch",)}) == [
        "AWS CloudHSM | cloud | aws cloudhsm | | aws-cloudhsm",
        "AWS Config | cloud | !AWS Config | | aws-config",
        "AWS Data Pipeline | cloud | !AWS Data Pipeline | | aws-data-pipeline",
        "AWS Key Management Service | cloud | aws key management service, aws kms | | "
        "aws-key-management-service",
    ]


_AZURE_TABLE = """\
"Package","VersionGA","DisplayName","ServiceName","Type","Hide"
"azure-keyvault-secrets","4.8.0","Key Vault - Secrets","Key Vault","client",""
"azure-mgmt-keyvault","10.3.0","Resource Management - Key Vault","Key Vault","mgmt",""
"azure-monitor-query","1.4.0","Monitor Query","Monitor","client",""
"azure-mgmt-network","27.0.0","Resource Management - Network","Network","mgmt",""
"","","Azure Backup","Backup","","true"
"azure-mgmt-datadog","2.1.0","Resource Management - Datadog","Datadog","mgmt",""
"azure-mgmt-costmanagement","4.0.1","Resource Management - Cost Management","Cost Management","mgmt",""
"azure-mgmt-resource-policy","1.0.0","Resource Management - Policy","Resource-Policy","mgmt",""
"azure-mgmt-hanaonazure","1.0.0","Resource Management - SAP HANA","HANA on Azure","mgmt",""
"azure-mgmt-azurestack","1.0.0","Resource Management - Azure Stack","Azure Stack","mgmt",""
"apiview-stub-generator","0.3.0","API View","API View","tool",""
"azure-core","1.30.0","Core - Client - Core","Core","client",""
"azure-mgmt-workloads","1.0.0","Resource Management - Workloads","Workloads","mgmt",""
"azure-mgmt-logic","10.0.0","Resource Management - Logic Apps","Logic Apps","mgmt",""
"azure-mgmt-dataprotection","1.0.0","Resource Management - Data Protection","Data Protection","mgmt",""
"azure-mgmt-hdinsight","9.0.0","Resource Management - HDInsight","HDInsight","mgmt",""
"""
# Another language's table: a data-plane library for Logic Apps, and its own library names ("Core HTTP")
_AZURE_JS_TABLE = """\
"Package","VersionGA","DisplayName","ServiceName","Type","Hide"
"@azure/arm-logic","8.0.0","Logic Apps","Logic Apps","client",""
"@azure/core-http","3.0.0","Core HTTP","Core HTTP","client",""
"""


def test_azure_services_read_the_sdk_release_table() -> None:
    from talent.jd.build_vocabulary import azure_services

    assert azure_services(_AZURE_TABLE, [_AZURE_TABLE, _AZURE_JS_TABLE]) == {
        "Key Vault": True,  # a data-plane library ships for it
        "Monitor": True,
        "Network": False,  # management libraries only
        "Backup": True,  # a row of the catalogue of services: no package
        "Datadog": False,
        "Cost Management": False,
        "Resource-Policy": False,
        "HANA on Azure": False,
        "Stack": False,  # "Azure Stack": the vendor is added back once
        "Core": True,
        "Workloads": False,
        "Logic Apps": True,  # a data-plane library in another language's table
        "Data Protection": False,
        "HDInsight": False,
    }  # not "Core HTTP": another table's library, no service of the python table


def test_azure_rows_carry_the_vendor_and_skip_parts_partners_and_the_account(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from talent.jd.build_vocabulary import azure_rows, azure_services

    zipf = {"key": 5.0, "vault": 3.0, "monitor": 4.0, "network": 4.5, "backup": 3.5, "stack": 4.0}
    zipf |= {"cost": 5.0, "management": 4.8, "core": 4.5, "workloads": 3.1, "logic": 4.2, "apps": 4.3}
    zipf |= {"data": 5.3, "protection": 4.5}
    fake = types.SimpleNamespace(zipf_frequency=lambda word, _language: zipf.get(word.lower(), 0.0))
    monkeypatch.setitem(sys.modules, "wordfreq", fake)  # wordfreq is build-time only
    rows = azure_rows(azure_services(_AZURE_TABLE, [_AZURE_TABLE, _AZURE_JS_TABLE]), {("datadog",)})
    assert rows == [
        "Azure Backup | cloud | !Azure Backup | | azure-backup",
        "Azure HDInsight | cloud | azure hdinsight | | azure-hdinsight",  # a name, not a phrase
        "Azure Key Vault | cloud | !Azure Key Vault | | azure-key-vault",
        "Azure Logic Apps | cloud | !Azure Logic Apps | | azure-logic-apps",
        "Azure Monitor | cloud | !Azure Monitor | | azure-monitor",
    ]  # not Network, Stack or Data Protection (common words, management libraries only), Workloads (a
    # phrase), Datadog (a partner's product), Cost Management, Resource-Policy (a part), HANA on Azure
    # (another vendor's), API View (a tool), Core


def test_azure_services_are_in_the_vocabulary_only_with_the_vendor() -> None:
    assert canonical_name("Azure Key Vault") == canonical_name("azure key vault") == "Azure Key Vault"
    assert canonical_name("Azure Logic Apps") == "Azure Logic Apps"
    assert canonical_name("Azure Monitor") == "Azure Monitor"
    assert canonical_name("Key Vault") is None  # a phrase without the vendor ("API Management" too)
    assert canonical_name("Azure Network") is None
    assert canonical_name("Azure Security") is None


def test_an_azure_service_in_a_posting_is_that_service_not_a_word_of_its_name() -> None:
    parsed = parse_jd("Requirements:\n- Experience with Azure Key Vault, Azure Monitor and Azure Logic Apps")
    assert {"Azure Key Vault", "Azure Monitor", "Azure Logic Apps"} <= set(parsed.required_skills)
    assert "Vault" not in parsed.required_skills  # HashiCorp's, not Azure's


def test_spellings_no_package_lists_name_the_skill() -> None:
    assert canonical_name("LangchainJS") == canonical_name("LangChain.js") == "LangChain"
    assert canonical_name("SolrCloud") == "Solr"  # Solr's distributed mode


def test_gcp_services_are_the_cloud_apis_of_the_discovery_documents() -> None:
    from talent.jd.build_vocabulary import gcp_services

    cloud, other = "https://cloud.google.com/x/docs", "https://developers.google.com/gmail/api/"
    documents = [
        {"title": "Compute Engine API", "documentationLink": cloud},
        {"title": "Cloud Run Admin API", "documentationLink": cloud},
        {"title": "Cloud Key Management Service (KMS) API", "documentationLink": cloud},
        {"title": "Cloud Debugger API (Deprecated)", "documentationLink": cloud},
        {"title": "Cloud Deployment Manager V2 API", "documentationLink": cloud},
        {"title": "Google Cloud Data Catalog API", "documentationLink": cloud},
        {"title": "Looker (Google Cloud core) API", "documentationLink": cloud},
        {"title": "Gmail API", "documentationLink": other},  # a consumer product's API
    ]
    assert gcp_services(documents) == [
        ("Cloud Debugger", None),
        ("Cloud Deployment Manager", None),
        ("Cloud Key Management Service", "KMS"),
        ("Cloud Run", None),
        ("Compute Engine", None),
        ("Data Catalog", None),
        ("Looker", None),
    ]


def test_gcp_spellings_carry_the_vendor() -> None:
    from talent.jd.build_vocabulary import gcp_spellings

    assert gcp_spellings("Compute Engine", None) == [
        "Google Compute Engine",
        "Google Cloud Compute Engine",
        "GCP Compute Engine",
    ]
    assert gcp_spellings("Cloud Build", None) == [
        "Google Cloud Build",
        "Google Build",
        "GCP Cloud Build",
        "GCP Build",
    ]
    assert gcp_spellings("Cloud Key Management Service", "KMS")[-2:] == ["Google Cloud KMS", "GCP KMS"]


def test_gcp_rows_skip_the_bill_and_products_known_or_held(monkeypatch: pytest.MonkeyPatch) -> None:
    from talent.jd.build_vocabulary import gcp_rows

    zipf = {"compute": 3.5, "engine": 4.2, "billing": 3.6, "for": 7.0, "cloud": 4.5}
    fake = types.SimpleNamespace(zipf_frequency=lambda word, _language: zipf.get(word.lower(), 0.0))
    monkeypatch.setitem(sys.modules, "wordfreq", fake)  # wordfreq is build-time only
    taken = {("google", "cloud"), ("cloud", "run"), ("redis",)}
    services = [
        ("Cloud Billing", None),  # the bill's
        ("Cloud Run", None),  # the curated taxonomy's
        ("Cloud Memorystore for Redis", None),  # holds a known product
        ("Compute Engine", None),
    ]
    assert gcp_rows(services, taken) == [
        "Google Compute Engine | cloud | !Google Compute Engine, !Google Cloud Compute Engine, "
        "!GCP Compute Engine | | google-compute-engine"
    ]


def test_gcp_services_are_in_the_vocabulary_only_with_the_vendor() -> None:
    assert canonical_name("GCP Compute Engine") == canonical_name("Google Compute Engine")
    assert canonical_name("GCP Deployment Manager") == "Google Cloud Deployment Manager"
    assert canonical_name("Compute Engine") is None
    assert canonical_name("Google Cloud Run") == "Cloud Run"  # the curated name stays
