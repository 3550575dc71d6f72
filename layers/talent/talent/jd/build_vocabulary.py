"""Rebuild `vocabulary.txt`, the generated part of the skill vocabulary, from maintained public packages.

    python3.13 -m venv /tmp/vocab && /tmp/vocab/bin/pip install wordfreq==3.1.1 botocore==1.44.8 \
        google-api-python-client==2.202.0
    PYTHONPATH=layers/talent /tmp/vocab/bin/python -m talent.jd.build_vocabulary   # needs npm, node, network
    (--logos PATH, --azure DIR: local copies of gilbarbara/logos' logos.json and of the Azure SDK's
    <language>-packages.csv files at the pinned commits)

Sources (versions pinned below and written into the file's header):
- GitHub Linguist's languages, from the npm package `linguist-languages`: every language of type
  "programming", with Linguist's own name (so search_github can use it as `language:`) and aliases.
- Technology and brand names with aliases, from the npm package `simple-icons` (titles, "aka" aliases),
  and the titles that a later release removed at their owners' request (Microsoft Office, Windows,
  Visual Studio, Salesforce, LinkedIn...), from its last release that still had them (`REMOVED_FROM`).
- How common a word is in English, German, French and Spanish, from the PyPI package `wordfreq`: a
  one-word name that is also a common word ("Linear", "Noir", "Max") is marked so that the parser
  wants a tech context before counting it.
- Technology and brand names from gilbarbara/logos (`logos.json`, the "SVG Logos" set that Iconify
  republishes on npm as @iconify-json/logos, which keeps only slugs), at a pinned commit (`LOGOS`): 1,400
  developer-facing names (RethinkDB, BrowserStack, osquery, Google Workspace...), about 600 of them in
  neither package above. A name's bracket is dropped ("AWS KMS (Key Management Service)") and kept as an
  alias when it is a name itself ("ReactiveX (RxJS)"); "NW.js a.k.a. Nodewebkit" gives both.
- AWS's service names from the PyPI package `botocore` (AWS's own SDK data: each service's
  `serviceFullName` and `serviceAbbreviation`): "AWS Key Management Service", also "AWS KMS"; "AWS
  Control Tower". Only spellings that carry the vendor ("AWS Config", never a bare "Config"), and no
  service that an earlier source already names in any spelling ("Amazon Elastic Compute Cloud" is EC2).
- Azure's service names from Microsoft's Azure SDK release tables (Azure/azure-sdk,
  `_data/releases/latest/<language>-packages.csv` at a pinned commit, `AZURE_SDK`): each row's
  `ServiceName`, the SDK team's name for the service a library serves, and the rows of its catalogue
  of services that have no library: "Azure Key Vault", "Azure Logic Apps", "Azure Monitor". As for
  AWS, only with the vendor (a bare "Key Vault" or "API Management" reads as a phrase), no service an
  earlier source names, and a name of common words only ("Azure Workloads", "Azure Data Protection")
  only where a table knows it for a product: a data-plane library in some language or a catalogue row.
- Google Cloud's service names from the PyPI package `google-api-python-client` (the discovery documents
  Google publishes for its APIs, shipped in the package): each API documented under cloud.google.com, by
  its title without " API" ("Compute Engine API": "Google Compute Engine", also "Google Cloud Compute
  Engine", "GCP Compute Engine"; "Cloud Build API": "Google Cloud Build", "GCP Cloud Build"), a bracket
  as its short name ("Cloud Key Management Service (KMS)": "Google Cloud KMS"). Only with the vendor, and
  no service an earlier source names ("Cloud Run", "BigQuery").
- `common_words.txt`: the 20,000 most frequent words of each of the four languages (wordfreq), so
  the parser can tell an unknown product name in a list ("Lightdash") from a word ("others").

Places are not here: parse_jd reads them from the project's gazetteer, `talent.geo` (built by
`talent_local.build_places`).

Nothing here runs at import or in tests; the parser only reads the generated file. Entries that the
curated `taxonomy.txt` already names (by any alias) are left to it.
"""

# ruff: noqa: S603, S607 - a build tool: it runs npm and node from PATH with fixed arguments
from __future__ import annotations

import csv
import gzip
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from talent.jd.taxonomy import CURATED_ALIASES, TOKEN, alias_key

PACKAGES: Final = {"linguist-languages": "9.5.0", "simple-icons": "16.37.0"}
LOGOS: Final = ("gilbarbara/logos", "42037415f0df19cd82b3853c18a967a81783f921")  # 2026-03-27
LOGOS_URL: Final = "https://raw.githubusercontent.com/{}/{}/logos.json"
AZURE_SDK: Final = ("Azure/azure-sdk", "397f07a1558eaee961b48261dabe65235b780b0c")  # 2026-08-19
AZURE_URL: Final = "https://raw.githubusercontent.com/{}/{}/_data/releases/latest/{}-packages.csv"
AZURE_LANGUAGES: Final = ("android", "c", "cpp", "dotnet", "go", "ios", "java", "js", "python", "rust")
REMOVED_FROM: Final = "9.21.0"  # simple-icons' last release with Microsoft Office and most removed brands
OUTPUT: Final = Path(__file__).with_name("vocabulary.txt")
WORDS_OUTPUT: Final = Path(__file__).with_name("common_words.txt")
COMMON_WORDS_PER_LANGUAGE: Final = 20_000
LINGUIST_OUTPUT: Final = Path(__file__).with_name("linguist.txt")  # every Linguist name: a test checks ours
COMMON_ZIPF: Final = 3.0  # wordfreq's Zipf scale: 3.0 is about once per million words
FORMAT_TYPES: Final = frozenset({"data", "markup"})  # Linguist language types that name a file format
# A broader source's one-word name that English uses at all ("codebase", "webhooks", "immutable") is a word
WORD_ZIPF: Final = 1.0
VENDORS: Final = (
    "apache ", "amazon ", "aws ", "google cloud ", "google ", "microsoft ", "azure ", "adobe ", "ibm ",
    "apple ", "meta ",
)  # fmt: skip
# A vendor's own name is the company, not a product the role works with (the guide): no entry. ("Apache"
# alone is also the HTTP server.)
_VENDOR_NAMES: Final = frozenset(vendor.strip() for vendor in VENDORS) - {"apache"}
_VENDOR_HEADS: Final = frozenset({*(vendor.split()[0] for vendor in VENDORS), "ms"})  # "MS Office"
_CELL_UNSAFE = re.compile(r"[|,\n]")


def _npm_pack(name: str, version: str, folder: Path) -> Path:
    subprocess.run(
        ["npm", "pack", f"{name}@{version}", "--silent"], cwd=folder, check=True, capture_output=True
    )
    archive = next(folder.glob(f"{name}-{version}.tgz"))
    target = folder / name
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return target / "package"


def _linguist(package: Path) -> dict[str, Any]:
    script = (
        "import * as L from './index.js'; const out = {};"
        "for (const [k, v] of Object.entries(L)) out[k] = {type: v.type, aliases: v.aliases || []};"
        "console.log(JSON.stringify(out));"
    )
    done = subprocess.run(
        ["node", "--input-type=module", "-e", script], cwd=package, check=True, capture_output=True, text=True
    )
    languages: dict[str, Any] = json.loads(done.stdout)
    return languages


def _common(word: str) -> bool:
    from wordfreq import zipf_frequency  # build-time only

    frequency: float = max(zipf_frequency(word, language) for language in ("en", "de", "fr", "es"))
    return frequency >= COMMON_ZIPF


def _english(word: str) -> float:
    from wordfreq import zipf_frequency  # build-time only

    frequency: float = zipf_frequency(word, "en")
    return frequency


def _spelling(alias: str) -> str:
    """An alias cell: "^" marks an alias made only of common words ("linear", "power query"), unless a
    vendor leads it: "Microsoft Office", "MS Teams", "Google Docs" name a product, not a phrase."""
    key = alias_key(alias)
    vendor_led = len(key) > 1 and key[0] in _VENDOR_HEADS
    return f"^{alias.lower()}" if not vendor_led and _all_common(alias) else alias.lower()


def _all_common(name: str) -> bool:
    return all(_common(token) for token in alias_key(name))


def _topic(name: str) -> str:
    slug = name.lower().replace("++", "pp").replace("#", "sharp").replace(".", "").replace(" ", "-")
    return re.sub(r"[^a-z0-9-]", "", slug).strip("-") or "code"


def _usable(name: str) -> bool:
    """A spelling the parser can match safely: letters enough to not be an initial or a stray code."""
    tokens = TOKEN.findall(name)
    return bool(tokens) and sum(map(len, tokens)) >= 3 and not _CELL_UNSAFE.search(name) and len(tokens) <= 5


def _aliases(name: str, extra: list[str], taken: set[tuple[str, ...]]) -> list[str]:
    spellings = [name, *extra]
    for vendor in VENDORS:
        if name.lower().startswith(vendor) and len(name) - len(vendor) >= 3:
            spellings.append(name[len(vendor) :])  # "Apache Flink" is also "Flink"
    if name.lower().startswith("microsoft "):
        spellings.append(f"MS {name[len('microsoft ') :]}")  # "MS Office", "MS-Office"
    kept: list[str] = []
    for spelling in spellings:
        key = alias_key(spelling)
        if _usable(spelling) and key and key not in taken:
            taken.add(key)
            kept.append(_spelling(spelling))
    return kept


def build_rows(
    languages: dict[str, Any],
    icons: list[dict[str, Any]],
    later_icons: list[dict[str, Any]] = (),  # type: ignore[assignment]
) -> list[str]:
    """Rows in taxonomy.txt's format for the languages and icons that the curated taxonomy lacks; a
    spelling goes to the first source that has it (`later_icons` come after `icons`: Google Chrome keeps
    "chrome" before another set's "Chrome")."""
    taken = set(CURATED_ALIASES)
    rows: list[str] = []
    for name, data in sorted(languages.items()):
        if data["type"] != "programming" or not _usable(name) or alias_key(name) in taken:
            continue
        aliases = _aliases(name, [a for a in data["aliases"] if len(a) > 2], taken)
        if aliases:
            rows.append(f"{name} | language | {', '.join(aliases)} | {name} | {_topic(name)}")
    # JSON, YAML, Markdown: Linguist's data and markup languages are formats, never a consumer brand
    formats = frozenset(name.lower() for name, data in languages.items() if data["type"] in FORMAT_TYPES)
    products = _product_rows(icons, taken, formats)
    later = [icon for icon in later_icons if _new_name(icon["title"], taken)]
    products += _product_rows(later, taken, formats)
    return rows + sorted(products, key=lambda row: row.split(" | ")[0].lower())


def _compact(key: tuple[str, ...]) -> str:
    return "".join(key)


def _new_name(name: str, taken: set[tuple[str, ...]]) -> bool:
    """Whether a later, broader source's name adds a product: not a common word ("Front", "Release",
    "Architect") nor one English uses at all ("Codebase", "webhooks"), not a spelling already taken
    without its spaces ("RedHat") or its vendor ("AWS Aurora" beside Amazon Aurora, "Microsoft Windows"
    beside Windows)."""
    if _all_common(name) or (len(alias_key(name)) == 1 and _english(name) >= WORD_ZIPF):
        return False
    known = {_compact(key) for key in taken}
    bare = next((name[len(v) :] for v in VENDORS if name.lower().startswith(v)), name)
    return _compact(alias_key(name)) not in known and _compact(alias_key(bare)) not in known


def _product_rows(
    icons: list[dict[str, Any]], taken: set[tuple[str, ...]], formats: frozenset[str] = frozenset()
) -> list[str]:
    rows = []
    for icon in sorted(icons, key=lambda i: i["title"].lower()):
        name = icon["title"]
        if not _usable(name) or alias_key(name) in taken or name.lower() in _VENDOR_NAMES:
            continue
        aliases = _aliases(name, list(icon.get("aliases", {}).get("aka", [])), taken)
        if aliases:
            category = "format" if name.lower() in formats else "product"
            rows.append(f"{name} | {category} | {', '.join(aliases)} | | {_topic(name)}")
    return rows


_BRACKET = re.compile(r"\s?\(([^()]*)\)$")
# "(RxJS)" names the product again; "(Key Management Service)" spells it out
MAX_BRACKET_ALIAS_WORDS: Final = 2


def logo_icons(logos: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """gilbarbara/logos entries (`{"name": ...}`) in simple-icons' shape (`{"title", "aliases": {"aka"}}`):
    "NW.js a.k.a. Nodewebkit" is NW.js, also Nodewebkit; "ReactiveX (RxJS)" is ReactiveX, also RxJS."""
    icons = []
    for logo in logos:
        title, _, aka = logo["name"].partition(" a.k.a. ")
        bracket = _BRACKET.search(title)
        aliases = [aka] if aka else []
        if bracket:
            title = title[: bracket.start()]
            short = len(bracket.group(1).split()) <= MAX_BRACKET_ALIAS_WORDS
            aliases += [bracket.group(1)] if short else []
        icons.append({"title": title.strip(), "aliases": {"aka": aliases}})
    return icons


_AWS_VENDOR = re.compile(r"^(AWS|Amazon) ")
# A review against AWS's "Well-Architected Framework", a set of practices (a concept to the guide)
_AWS_NOT_PRODUCTS: Final = frozenset({"AWS Well-Architected Tool"})
# The account's and the bill's services name no technology a role works with: "AWS Free Tier", "AWS
# Invoicing", "AWS Price List Service", "AWS Savings Plans", "AWS Marketplace Catalog Service", "Azure
# Cost Management", "Azure Management Partner"
_ACCOUNT_SERVICE = re.compile(
    r"free tier|invoic|billing|payments|pric|savings plans|budgets|marketplace|\bcost|account|support"
    r"|sustainability|supply chain|partner|re:post",
    re.IGNORECASE,
)
# A word this common reads as a phrase after the vendor ("AWS config", "an AWS data pipeline", "AWS
# transfer costs"), so such a spelling counts only as written ("AWS Config", "AWS Data Pipeline")
AWS_COMMON_ZIPF: Final = 2.5
_AWS_BRACKET = re.compile(r"\s?\(([A-Za-z0-9 -]{2,20})\)$")  # "Amazon Simple Systems Manager (SSM)"
_AWS_VERSION = re.compile(r"\s?[Vv]\d$")  # "AWS CloudHSM V2": the API's version, not another product


def aws_spellings(full_name: str, abbreviation: str | None) -> list[str]:
    """A botocore service's spellings that carry the vendor: its full name, its bracket or abbreviation
    after the vendor ("AWS KMS"), or none for a name without the vendor ("Partner Central Channel API")."""
    vendor = _AWS_VENDOR.match(full_name)
    if vendor is None:
        return []
    name = _AWS_VERSION.sub("", full_name)
    short = [abbreviation] if abbreviation else []
    if bracket := _AWS_BRACKET.search(name):
        name = name[: bracket.start()]
        short.append(bracket.group(1))
    spellings = [name]
    for code in (_AWS_VERSION.sub("", s) for s in short if not s.lower().startswith(("aws", "amazon"))):
        spellings.append(f"{vendor.group(1)} {code}")  # "KMS": "AWS KMS"; not "AWSBudgets"
    spellings += [s for s in short if _AWS_VENDOR.match(s)]  # "Amazon EC2"
    unique: dict[str, str] = {}
    for spelling in spellings:
        unique.setdefault(spelling.lower(), spelling)  # the first: "AWS Signer", not its code "signer"
    return list(unique.values())


def _new_service(keys: list[tuple[str, ...]], taken: set[tuple[str, ...]], one_word: bool = False) -> bool:
    """Whether a service's spellings (`keys`, with the vendor) name a product no earlier row names:
    none taken with or without the vendor, none extending a taken product ("Amazon CloudWatch Logs",
    "AWS Lambda Core") or holding one ("Amazon OpenSearch Service", "Amazon Managed Grafana"; a common
    word such as "elastic" is no product), and not the vendor before one common word ("AWS Account")
    unless `one_word` says the source knows it for a product."""
    for key in keys:
        if key in taken or key[1:] in taken or any(key[:n] in taken for n in range(2, len(key))):
            return False
        if any(_a_product(key[i:j], taken) for i in range(1, len(key)) for j in range(i + 1, len(key) + 1)):
            return False
    remainder = keys[0][1:]
    return one_word or not (len(remainder) == 1 and _english(remainder[0]) >= COMMON_ZIPF)


def _a_product(words: tuple[str, ...], taken: set[tuple[str, ...]]) -> bool:
    return words in taken and not (len(words) == 1 and _english(words[0]) >= COMMON_ZIPF)


def _vendor_cell(spelling: str) -> str:
    """A spelling's alias cell: "!AWS Config" (exact case) when the words after the vendor are common."""
    words = spelling.split()[1:]
    common = all(not w.isupper() and _english(w) >= AWS_COMMON_ZIPF for w in words)  # not "AWS KMS"
    return f"!{spelling}" if common else spelling.lower()


def aws_rows(services: list[tuple[str, str | None]], taken: set[tuple[str, ...]]) -> list[str]:
    """Rows for botocore's services (full name, abbreviation) that no earlier source names in any
    spelling, with or without the vendor."""
    rows = []
    for full_name, abbreviation in sorted(services, key=lambda service: service[0]):
        if full_name in _AWS_NOT_PRODUCTS or _ACCOUNT_SERVICE.search(full_name):
            continue
        spellings = [s for s in aws_spellings(full_name, abbreviation) if _usable(s)]
        keys = [alias_key(s) for s in spellings]
        if not keys or not _new_service(keys, taken):
            continue
        taken.update(keys)
        taken.update(key[1:] for key in keys)  # "Amazon CloudHSM" after "AWS CloudHSM": one product
        name = spellings[0]
        rows.append(f"{name} | cloud | {', '.join(map(_vendor_cell, spellings))} | | {_topic(name)}")
    return rows


def botocore_services() -> list[tuple[str, str | None]]:
    """(serviceFullName, serviceAbbreviation) of each service in the installed botocore's data."""
    import botocore  # build-time only

    services = []
    for service in sorted((Path(botocore.__file__).parent / "data").iterdir()):
        models = sorted(service.glob("*/service-2.json*"))
        if models:
            with (gzip.open if models[-1].suffix == ".gz" else open)(models[-1], "rt") as model:
                metadata = json.load(model)["metadata"]
            services.append((metadata.get("serviceFullName") or "", metadata.get("serviceAbbreviation")))
    return services


# The SDK's shared runtime, its template and its catch-all rows name no service; "Identity" is its
# credential library and "Media" a family of libraries (the service is Media Services); "Managed
# Services", "Server Management", "Devices" and "Workloads" read as phrases after "Azure"
# ("Consultant Azure Managed Services", "Manage Intune and Azure Devices", "Azure Workloads absichern")
_AZURE_NOT_SERVICES: Final = frozenset(
    {"Core", "Other", "Template", "Unknown Service", "unknown", "Identity", "Media", "Managed Services"}
    | {"Server Management", "Devices", "Workloads"}
)
# A part of a service ("Key Vault - Secrets", "Resource-Policy") or another vendor's product run there
# ("HANA on Azure", "Customer Lockbox for Microsoft Azure")
_AZURE_PART_OR_HOSTED = re.compile(r"[-+/()&]|\b(?:azure|microsoft)\b", re.IGNORECASE)


def azure_services(names: str, tables: list[str]) -> dict[str, bool]:
    """The services of one Azure SDK release table (`names`, python-packages.csv's text: the others name
    libraries too, "Core HTTP", "Tracing") as {service name: whether it is known for a product: a
    data-plane ("client") library ships for it in one of `tables`, or it is a row of the `names` table's
    catalogue of services (no package; the other tables' catalogues list "Commerce" too)}, the vendor
    dropped from a name that has it ("Azure Stack"). Rows of the SDK's own tools ("API View") are no
    service; a service with management libraries only may be the account's ("Subscriptions")."""
    products = {
        _azure_name(row)
        for table in tables
        for row in csv.DictReader(io.StringIO(table))
        if row["Type"].lower() == "client"
    }
    services: dict[str, bool] = {}
    for row in csv.DictReader(io.StringIO(names)):
        if (name := _azure_name(row)) and row["Type"].lower() != "tool":
            services[name] = services.get(name, False) or name in products or not row["Package"]
    return services


def _azure_name(row: dict[str, str]) -> str:
    return " ".join(row["ServiceName"].split()).removeprefix("Azure ")


def azure_rows(services: dict[str, bool], taken: set[tuple[str, ...]]) -> list[str]:
    """Rows for Azure services ({name: known for a product}) as "Azure <name>" only; not the account's
    or the bill's, not a part of a service or another vendor's product run there, none an earlier row
    names in any spelling ("Azure Cosmos DB", "Azure Datadog"), and common words only for a service
    known for a product ("Azure Monitor", "Azure Logic Apps"; not "Azure Network", "Azure Workloads")."""
    rows = []
    for name, product in sorted(services.items()):
        if name in _AZURE_NOT_SERVICES or _ACCOUNT_SERVICE.search(name) or _AZURE_PART_OR_HOSTED.search(name):
            continue
        spelling = f"Azure {name}"
        key = alias_key(spelling)
        phrase = all(not word.isupper() and _english(word) >= COMMON_ZIPF for word in name.split())
        if not _usable(spelling) or (phrase and not product) or not _new_service([key], taken, one_word=True):
            continue
        taken.add(key)  # not the bare name: another vendor's "Deployment Manager" is another product
        rows.append(f"{spelling} | cloud | {_vendor_cell(spelling)} | | {_topic(spelling)}")
    return rows


# An API's name around its product's: "Cloud Run Admin API", "Cloud Debugger API (Deprecated)", "Cloud
# Deployment Manager V2 API", "Recommendations AI (Beta)"
_API_WORDS = re.compile(r"(?:\sAdmin)?(?:\sV\d)?(?:\sAPI)?(?:\s\((?:Deprecated|Beta)\))?$")
_GCP_DOCUMENTATION = re.compile(r"^https://(?:docs\.)?cloud\.google\.com/")
_GCP_BRACKET = re.compile(r"\s\(([A-Z]{2,6})\)")  # "Cloud Key Management Service (KMS)"
_GCP_VENDOR = re.compile(r"^(?:Google Cloud|Google)\s")  # "Google Cloud Data Catalog API": the vendor again


def gcp_services(documents: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """(name, short name) of each Google Cloud API among discovery documents (`{"title",
    "documentationLink"}`), the vendor and the API's words dropped: "Cloud Build API" is ("Cloud Build",
    None), "Cloud Key Management Service (KMS) API" ("Cloud Key Management Service", "KMS"). An API not
    documented under cloud.google.com (Gmail, YouTube, AdSense) is no cloud service; a bracket that is no
    short name ("Looker (Google Cloud core)") goes."""
    services: dict[str, str | None] = {}
    for document in documents:
        if not _GCP_DOCUMENTATION.match(document.get("documentationLink") or ""):
            continue
        title = _GCP_VENDOR.sub("", _API_WORDS.sub("", document.get("title") or ""))
        short = _GCP_BRACKET.search(title)
        name = re.sub(r"\s?\([^()]*\)", "", title).strip()
        if name:
            services.setdefault(name, short.group(1) if short else None)
    return sorted(services.items())


def gcp_spellings(name: str, short: str | None) -> list[str]:
    """A Google Cloud service's spellings with the vendor, the first its name: "Compute Engine" is
    "Google Compute Engine", "Google Cloud Compute Engine", "GCP Compute Engine"; "Cloud Build" is
    "Google Cloud Build", "GCP Cloud Build", "GCP Build"; a short name adds "Google Cloud KMS", "GCP KMS"."""
    spellings = [f"Google {name}"]
    rest = name.removeprefix("Cloud ")
    spellings += [f"Google Cloud {name}"] if rest == name else [f"Google {rest}"]
    spellings += [f"GCP {name}"] + ([f"GCP {rest}"] if rest != name else [])
    return spellings + ([f"Google Cloud {short}", f"GCP {short}"] if short else [])


def gcp_rows(services: Sequence[tuple[str, str | None]], taken: set[tuple[str, ...]]) -> list[str]:
    """Rows for Google Cloud services (name, short name) that no earlier source names: not the bill's
    or the account's, not a product another row holds ("Cloud Memorystore for Redis", "BigQuery
    Connection") nor one it names ("Cloud Run")."""
    rows = []
    for name, short in services:
        spellings = [s for s in gcp_spellings(name, short) if _usable(s) and "@" not in s]
        if _ACCOUNT_SERVICE.search(name) or not spellings:
            continue
        bare = alias_key(name)
        # a neutral vendor word: "Google Cloud" is itself a product of the curated taxonomy
        names = [("gcp", *bare)] + ([("gcp", *bare[1:])] if bare[0] == "cloud" and len(bare) > 1 else [])
        if not _new_service(names, taken, one_word=True):
            continue
        keys = [alias_key(s) for s in spellings]
        taken.update(keys)
        cells = ", ".join(dict.fromkeys(map(_vendor_cell, spellings)))
        rows.append(f"{spellings[0]} | cloud | {cells} | | {_topic(spellings[0])}")
    return rows


def discovery_documents() -> list[dict[str, Any]]:
    """The discovery documents shipped in the installed google-api-python-client."""
    import googleapiclient  # build-time only

    folder = Path(googleapiclient.__file__).parent / "discovery_cache" / "documents"
    return [json.loads(path.read_text("utf-8")) for path in sorted(folder.glob("*.json"))]


def _azure_tables(local: Path | None) -> list[str]:
    """The <language>-packages.csv texts from the folder `local`, else from GitHub at the pinned commit."""
    if local is not None:
        return [(local / f"{language}-packages.csv").read_text("utf-8") for language in AZURE_LANGUAGES]
    from urllib.request import urlopen  # build-time only

    tables = []
    for language in AZURE_LANGUAGES:
        with urlopen(AZURE_URL.format(*AZURE_SDK, language), timeout=60) as answer:  # noqa: S310 - fixed https
            tables.append(answer.read().decode("utf-8"))
    return tables


def _logos(local: Path | None) -> list[dict[str, Any]]:
    """logos.json from `local`, else from GitHub at the pinned commit."""
    if local is not None:
        data: list[dict[str, Any]] = json.loads(local.read_text("utf-8"))
        return data
    from urllib.request import urlopen  # build-time only

    with urlopen(LOGOS_URL.format(*LOGOS), timeout=60) as answer:  # noqa: S310 - a fixed https URL
        fetched: list[dict[str, Any]] = json.loads(answer.read())
    return fetched


def removed_icons(current: list[dict[str, Any]], older: dict[str, Any]) -> list[dict[str, Any]]:
    """The icons of an older simple-icons release (`{"icons": [...]}`) whose titles the current lacks."""
    titles = {icon["title"].lower() for icon in current}
    return [icon for icon in older["icons"] if icon["title"].lower() not in titles]


def main(argv: list[str]) -> None:
    """`--logos PATH`, `--azure DIR`: local copies of logos.json and of the <language>-packages.csv files
    at the pinned commits (else they are downloaded). The PyPI packages' versions (botocore,
    google-api-python-client) are the installed ones, pinned by the module docstring's install line
    and written into the generated file's header."""
    from importlib.metadata import version

    local = Path(argv[argv.index("--logos") + 1]) if "--logos" in argv else None
    azure = Path(argv[argv.index("--azure") + 1]) if "--azure" in argv else None

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        linguist = _linguist(_npm_pack("linguist-languages", PACKAGES["linguist-languages"], folder))
        icons_package = _npm_pack("simple-icons", PACKAGES["simple-icons"], folder)
        icons = json.loads((icons_package / "data" / "simple-icons.json").read_text("utf-8"))
        (folder / "older").mkdir()
        older = _npm_pack("simple-icons", REMOVED_FROM, folder / "older")
        icons += removed_icons(icons, json.loads((older / "_data" / "simple-icons.json").read_text("utf-8")))
    rows = build_rows(linguist, icons, logo_icons(_logos(local)))
    taken = set(CURATED_ALIASES) | {
        alias_key(s.strip(" ^~!")) for row in rows for s in row.split(" | ")[2].split(",")
    }
    rows += aws_rows(botocore_services(), taken)
    tables = _azure_tables(azure)
    rows += azure_rows(azure_services(tables[AZURE_LANGUAGES.index("python")], tables), taken)
    rows += gcp_rows(gcp_services(discovery_documents()), taken)
    LINGUIST_OUTPUT.write_text(
        f"# GitHub Linguist's language names, from npm linguist-languages@{PACKAGES['linguist-languages']}.\n"
        + "\n".join(sorted(linguist))
        + "\n",
        "utf-8",
    )
    sources = ", ".join(f"npm {name}@{version}" for name, version in PACKAGES.items())
    sources += f" (and the titles it removed, from simple-icons@{REMOVED_FROM})"
    sources += f", github {LOGOS[0]}@{LOGOS[1][:12]} logos.json, PyPI botocore@{version('botocore')}"
    sources += f", github {AZURE_SDK[0]}@{AZURE_SDK[1][:12]} <language>-packages.csv"
    sources += f", PyPI google-api-python-client@{version('google-api-python-client')}"
    header = [
        "# Generated by `python -m talent.jd.build_vocabulary`; do not edit by hand.",
        f"# Sources: {sources}; common words: PyPI wordfreq@{version('wordfreq')} (Zipf >= {COMMON_ZIPF}).",
        "# Format as taxonomy.txt; '^alias': a common word, counted only in a tech context.",
    ]
    OUTPUT.write_text("\n".join([*header, *rows]) + "\n", "utf-8")
    print(f"wrote {len(rows)} entries to {OUTPUT}", file=sys.stderr)

    from wordfreq import top_n_list  # build-time only

    common = sorted(
        {
            w
            for lang in ("en", "de", "fr", "es")
            for w in top_n_list(lang, COMMON_WORDS_PER_LANGUAGE)
            if w.isalpha()
        }
    )
    WORDS_OUTPUT.write_text(
        f"# The {COMMON_WORDS_PER_LANGUAGE:,} most frequent words of English, German, French and Spanish,"
        " from PyPI"
        f" wordfreq@{version('wordfreq')}: a listed name made of these is a word, not a product.\n"
        + "\n".join(common)
        + "\n",
        "utf-8",
    )


if __name__ == "__main__":
    main(sys.argv[1:])
