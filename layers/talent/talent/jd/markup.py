"""Pass 1 of parse_jd: markup in, plain lines out.

Postings arrive as HTML fragments (job boards, "who is hiring" threads), markdown (aggregators,
career pages kept in repositories) or plain text, often mixed. This pass turns all of them into
plain text whose structure the next pass can read: one line per paragraph or list item, list items
start with "- ", headings start with "# ", and no tag, entity, link target, emphasis marker or code
fence is left. A new markup kind touches only this module.

Every pattern here is linear in its input: no nested or adjacent unbounded quantifiers that can
match the same characters, and runs of one punctuation character are squeezed first.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from typing import Final

from talent.jd.cues import may_match, needles

# Tags that end a line; their text belongs to its own line, as a browser would show it.
_BLOCK_TAGS: Final = frozenset(
    {
        "p",
        "div",
        "br",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "pre",
    }
    | {"blockquote", "hr", "form", "label", "small"}  # a <label> names the field beside it; a <small> adds
)  # a note to it: "Lieux de travail | Le Haillan | déplacements à prévoir"
_HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Struck-out text ("<del>work from our Nairobi office</del>") no longer holds.
_SKIPPED_TAGS: Final = frozenset({"script", "style", "head", "title", "noscript", "svg", "del", "strike"})
# A page's own furniture around the posting: its menu, and outside the page's <main> or <article> the
# site's footer ("Other technologies we use: …"). Skipped only when the page closes every one it opens, so a
# stray tag hides nothing. An <aside> stays: it holds a job's details as often as a "Similar jobs" list
# (whose heading marks it boilerplate: cues).
_PAGE_CHROME: Final = ("nav", "footer")
_CONTENT_TAGS: Final = frozenset({"main", "article"})
_CHROME_TAG = re.compile(r"<(/?)(nav|footer|main|article)\b", re.IGNORECASE)
# A tag that a posting written as HTML would contain; "<5 years" or "C++ <3" is not HTML.
_LOOKS_LIKE_HTML = re.compile(
    r"</?(?:p|br|li|ul|ol|div|span|a|b|i|em|strong|h[1-6]|table|tr|td|pre|code)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,10});")


# A line break inside a paragraph, list item or cell is a space, as a browser shows it. Text outside
# them keeps its breaks: a pasted header ("Title\nLocation: X") or a JSON record around HTML values.
# It starts only where a run of spaces starts: from every space of a long run without a break it would
# read the rest of the run again (20,000 spaces in a <p>: 0.4 s); the same matches, in linear time.
_SOURCE_BREAK = re.compile(r"(?<![ \t])[ \t]*\n(?![ \t]*\n)[ \t]*")
_TEXT_BLOCKS: Final = frozenset({"p", "li", "td", "th", "dd", "dt", "pre"} | _HEADING_TAGS)
# Except a break before a capital after a whole phrase: items typed one per line in a <p> ("... the
# WordPress framework\nFamiliarity with APIs\nAdobe Photoshop would be beneficial") stay items.
# Wrapped prose breaks after a joining word or comma ("experience with\nPython") and stays one line.
_JOINING_WORDS: Final = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
    | {"und", "oder", "mit", "et", "ou", "de", "des", "du", "en", "y", "o", "con"}
)


MIN_ITEM_WORDS: Final = 3  # "Backend\nEngineer" in a <p> is one wrapped name, not two items


_BULLET: Final = re.compile(r"[-*\u2022] ")  # a list item typed on its own line: "Requirements:\n- 3+ years"


def _source_break(match: re.Match[str]) -> str:
    text = match.string
    if _BULLET.match(text, match.end()):
        return "\n"
    if not text[match.end() : match.end() + 1].isupper():
        return " "
    line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]  # back to the last break: linear
    words = line.split()
    if not words or not (line[-1].isalnum() or line[-1] in ").?!"):
        return " "  # "web (PHP,\n JavaScript)": a wrapped item
    if len(words) < MIN_ITEM_WORDS and not _BULLET.match(line.lstrip()):
        return " "  # a short typed item ("* Kubernetes\nRequired:") ends its line all the same
    return " " if words[-1].casefold() in _JOINING_WORDS else "\n"


# Inline elements that a page sets side by side as labels or badges, whose text never runs on.
_SIDE_BY_SIDE: Final = frozenset({"span", "a", "time", "button"})


class _TextExtractor(HTMLParser):
    """HTML to text with line structure: block tags end lines, list items become "- " bullets."""

    def __init__(self, chrome: frozenset[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.chrome = chrome  # the page furniture tags to skip (`_page_chrome`)
        self._content = 0  # <main>/<article> elements open now
        self._chrome_open = 0  # skipped furniture elements open now
        self.parts: list[str] = []
        self._skipping = 0
        self._open: dict[str, int] = {}  # text blocks open now, by tag (an <li> or <p> is often unclosed)
        self._cells = 0  # cells of the table row so far
        self._row_head = False  # the row's first cell is a header cell (<th>)
        self._inline_closed = False  # an inline element just ended, with no text after it yet
        self._titled = False  # a page component's title attribute was read

    def _track(self, tag: str, opened: bool) -> None:
        if tag in ("ul", "ol") and not opened:
            self._open.pop("li", None)
        elif tag in _TEXT_BLOCKS:
            count = self._open.get(tag, 0) + (1 if opened else -1)
            self._open[tag] = 1 if opened and tag == "p" else max(0, count)  # a <p> ends the one before

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._track(tag, opened=True)
        self._separate(tag)
        self._component_title(attrs)
        self._content += tag in _CONTENT_TAGS
        if tag in self.chrome and (tag == "nav" or not self._content):
            self._chrome_open += 1
            self._skipping += 1
        elif tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _HEADING_TAGS:
            self.parts.append(f"\n{'#' * int(tag[1])} ")  # its level: "<h3>" under "<h2>" is a subsection
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("b", "strong"):
            self.parts.append("**")

    def _component_title(self, attrs: list[tuple[str, str | None]]) -> None:
        """A page template's first component with a title (Svelte, Astro, JSX: '<PageHeader title="Database
        Engineer" />', '<Layout title="Head of Education">') gives the page's "title:" field; a plain tag's
        title attribute is a tooltip."""
        raw = self.get_starttag_text() or ""
        if self._titled or not raw[1:2].isupper():
            return
        title = next((value for name, value in attrs if name == "title" and value), None)
        if title and "{" not in title:  # not a template expression
            self.parts.append(f"\ntitle: {title}\n")
            self._titled = True

    def _separate(self, tag: str) -> None:
        """A row's cells and side-by-side labels ("<td>Ort</td><td>Berlin</td>", "<span>Offen</span><span>
        Meerbusch</span>") are separate words, as a browser lays them out, not "OrtBerlin"; a row headed by
        its own header cell is a field ("<th>Location</th><td>Riga</td>" -> "Location: Riga")."""
        if tag == "tr":
            self._cells = 0
        elif tag in ("td", "th"):
            field = self._cells == 1 and self._row_head and tag == "td"
            self.parts.append(": " if field else " | " if self._cells else "")
            self._row_head = tag == "th" if not self._cells else self._row_head
            self._cells += 1
        elif tag in _SIDE_BY_SIDE and self._inline_closed:
            self.parts.append(" ")
        self._inline_closed = False

    def handle_endtag(self, tag: str) -> None:
        self._track(tag, opened=False)
        self._inline_closed = tag in _SIDE_BY_SIDE
        self._content = max(0, self._content - (tag in _CONTENT_TAGS))
        if tag in self.chrome and self._chrome_open:
            self._chrome_open -= 1
            self._skipping = max(0, self._skipping - 1)
        elif tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _HEADING_TAGS or tag in _BLOCK_TAGS or tag == "li":
            self.parts.append("\n")
        elif tag in ("b", "strong"):
            self.parts.append("**")

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        self._inline_closed = self._inline_closed and not data.strip()
        if "\n" in data and not self._open.get("pre") and any(self._open.values()):
            data = _SOURCE_BREAK.sub(_source_break, data)
        self.parts.append(data)


def _page_chrome(text: str) -> frozenset[str]:
    """The furniture tags to skip: each that the page closes as often as it opens; <footer> only on a page
    whose posting sits in a <main> or <article> (skipped outside it)."""
    counts: Counter[str] = Counter(f"{slash}{tag.lower()}" for slash, tag in _CHROME_TAG.findall(text))
    framed = counts["main"] + counts["article"] > 0
    return frozenset(
        tag
        for tag in _PAGE_CHROME
        if counts[tag] and counts[tag] == counts[f"/{tag}"] and (framed or tag == "nav")
    )


def html_to_text(text: str) -> str:
    """Text of an HTML fragment, with entities decoded and one line per block or list item."""
    text = _without_open_comment(text)
    extractor = _TextExtractor(_page_chrome(text) if "<" in text else frozenset())
    extractor.feed(text)
    extractor.close()
    return "".join(extractor.parts)


# A run of spaces of any kind becomes one plain space; a lone plain space, the most of them, is left as it
# is rather than replaced by itself (the same text, with far fewer replacements).
_OTHER_SPACE = r"\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff"
_SPACES = re.compile(rf"[ {_OTHER_SPACE}]{{2,}}|[{_OTHER_SPACE}]")
# A paste that lost its line breaks keeps blocks apart by runs of spaces: "the team.   Responsibilities
# Build". Not after a colon: "title:    Backend Engineer" is an aligned front matter value.
_FLATTENED_BREAK = re.compile(r"(?<=[^\s:])[ \t]{3,}(?=[A-ZÀ-Ý¿¡])")
# A run of one punctuation character: rules ("====", "----"), decorations, adversarial input.
_RUN = re.compile(r"([^\w\s])\1{7,}")
_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\s]{0,2000}\)")
# Link text may hold one level of brackets: "[Acme Is Hiring in Toronto [Remote] (x.com)](https://...)".
_LINK = re.compile(
    r"\[((?:[^\[\]\n]|\[[^\[\]\n]{0,100}\]){1,500})\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}"
    r"(?:\s\"[^\"\n]{0,200}\")?\)"
)
# Link text holds no "[": from each "[" of a run such as "[[[[" it would read 500 characters ahead.
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\]\n]{0,50}\]")
_REF_DEFINITION = re.compile(r"^\s{0,3}\[[^\]\n]{1,100}\]:\s*\S+.*$", re.MULTILINE)
# A bare address names no skill, place or title ("github.com/openzfs/zfs/discussions/15896").
_BARE_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>()\[\]\"']{1,2000}")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,2000})>")
_CODE_SPAN = re.compile(r"`{1,3}([^`\n]{1,500})`{1,3}")
_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})[^\n`]{0,40}$", re.MULTILINE)
# Spaces and tabs only around it: "\s" would take the blank lines after it, and glue the next bold
# line to this one ("### All roles are remote.### About Acme").
_BOLD_LINE = re.compile(r"^[ \t]{0,3}(?:\*\*|__)([^*_\n]{1,120}?)(?:\*\*|__)[ \t]*:?[ \t]*$", re.MULTILINE)
# The emphasis patterns start with their mark and look behind it after: re then jumps from mark to
# mark in C instead of testing a lookbehind at every character (same matches).
_STRONG = re.compile(r"\*\*|__(?=\w)|__(?<=\w__)")
_EMPHASIS = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])")
_UNDERSCORE_EMPHASIS = re.compile(r"_(?<![\w_]_)(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])")
# "a _ **senior-level engineer**_ position": the stray marks of an emphasis around a strong one.
_LONE_MARK = re.compile(r"(?<!\S)_ (?=\*\*)|(?<=\*\*)_(?!\w)")
# A markdown escape ("\*"), or a backslash that ends a line: a hard break ("Berlin \" over "ab sofort").
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])|[ \t]?\\$", re.MULTILINE)
# A list item over "---" is no heading: the rule is a thematic break (CommonMark).
_SETEXT = re.compile(r"^(?![ \t]{0,3}[-*+•][ \t])([^\n]{1,200})\n\s{0,3}(?:=+|-{3,})\s*$", re.MULTILINE)
_BLOCKQUOTE = re.compile(r"^\s{0,3}(?:>\s?){1,5}", re.MULTILINE)
# A YAML front matter's fences: its last "key: value" over the closing "---" is no setext heading.
# Anchored at the start and at most 80 lines: one bounded try.
_FRONT_MATTER = re.compile(r"\A\s{0,10}---[ \t]*\n((?:[^\n]{0,2000}\n){0,80}?)---[ \t]*$", re.MULTILINE)


# A YAML comment inside front matter ("# meta description") is no heading.
_FRONT_MATTER_COMMENT = re.compile(r"^\s{0,10}#[^\n]{0,2000}\n", re.MULTILINE)


# A YAML folded scalar is its key's value: "title: >-" over "  Délégué-e chargé-e des expositions" (a
# literal one, "|", keeps its lines: a list of requirements).
_BLOCK_SCALAR = re.compile(
    r"^([\w-]{1,40}):[ \t]*>[-+]?[ \t]*\n((?:[ \t]{1,10}[^\n]{0,2000}\n){1,40})", re.MULTILINE
)
# A comment after a quoted value: 'title: "Sozialarbeiter*in" # Title of your project'.
_VALUE_COMMENT = re.compile(
    r"^([\w-]{1,40}:[ \t]*([\"'])[^\"'\n]{0,2000}\2)[ \t]+#[^\n]{0,2000}$", re.MULTILINE
)


# A page's list of tags, categories or keywords: "tags:" over "- JavaScript" and "- Jobs" is metadata, as
# "tags: [JavaScript, Jobs]" is, not items of the posting's asks.
_METADATA_LIST = re.compile(
    r"^((?:tags|categories|keywords)):[ \t]*\n((?:[ \t]{0,8}-[ \t][^\n]{1,200}\n){1,60})", re.MULTILINE
)


# An author's profile fields ("author:" over "  github: techM6Web"): handles, not the tools the role uses.
_PROFILE_FIELD = re.compile(
    r"^[ \t]{0,10}(?:github|gitlab|bitbucket|twitter|linkedin|facebook|mastodon|stackoverflow|youtube"
    r"|instagram)[ \t]{0,10}:[ \t]{0,10}[^\s]{0,100}[ \t]{0,10}\n",  # a handle, not "github: GitHub Actions"
    re.MULTILINE | re.IGNORECASE,
)


def _metadata_list(found: re.Match[str]) -> str:
    return f"{found.group(1)}: [{', '.join(_list_items(found.group(2)))}]\n"


def _front_matter(found: re.Match[str]) -> str:
    """A YAML front matter's keys and values, one per line: no comments nor profile fields, block scalars
    and lists of tags folded."""
    body = _FRONT_MATTER_COMMENT.sub("", found.group(1))
    body = _BLOCK_SCALAR.sub(lambda m: f"{m.group(1)}: {' '.join(m.group(2).split())}\n", body)
    body = _PROFILE_FIELD.sub("", _METADATA_LIST.sub(_metadata_list, body))
    return _VALUE_COMMENT.sub(r"\1", body)


# A block list under a level field, in front matter or on a page, is the field's value: "seniority:"
# over "- Mid" and "- Senior" reads "seniority: Mid / Senior", a range. (A list under a place key is read
# item by item where places are read; a list of tags or requirements stays items.)
_YAML_LIST = re.compile(
    r"^((?i:seniority|level|experience_?level|seniority_?level)):[ \t]*\n"
    r"((?:[ \t]{0,8}-[ \t][^\n:]{1,60}\n){1,30})",
    re.MULTILINE,
)
_YAML_ITEM = re.compile(r"^[ \t]{0,8}-[ \t]", re.MULTILINE)


def _list_items(block: str) -> list[str]:
    """The items of a YAML block list ("- Mid" over "- Senior"), without their dashes."""
    return [item.strip() for item in _YAML_ITEM.sub("", block).strip().split("\n")]


def _yaml_lists(text: str) -> str:
    def joined(found: re.Match[str]) -> str:
        items = _list_items(found.group(2))
        return f"{found.group(1)}: {' / '.join(items)}\n"  # " / ", not ", ": a range, not "City, Region"

    return _YAML_LIST.sub(joined, text)


# "**Department: **Technology**Location: **Berlin": bold marks between two words part them.
_GLUED_STRONG = re.compile(r"\*\*(?<=\w\*\*)(?=\w)")
# A link glued to the word before it: "React, Angular, or[Vue.js](http://Vue.js)" reads "or Vue.js".
_GLUED_LINK = re.compile(r"(?<=[a-z])\[(?=[A-Z])")
# "### · ElasticSearch", "#- Bioinformatics": a heading mark before a bullet is a list item's styling.
_BULLET_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]?[·•▪◦‣.-][ \t]+(?=\S)", re.MULTILINE)
# kramdown's attribute lists (Jekyll pages): "## Compétences souhaitées\n{: .no_toc}", "[Apply](…){:target=
# "_blank"}". A list on its own line heads nothing: the heading's section goes on under it.
_ATTRIBUTE_LIST = re.compile(r"^[ \t]{0,3}\{:[^{}\n]{0,200}\}[ \t]*\n|\{:[^{}\n]{0,200}\}", re.MULTILINE)
# Each step, in order: the marks it needs in the text, its pattern and what a match becomes.
_MARKDOWN_STEPS: Final = (
    (("---",), _FRONT_MATTER, _front_matter),
    (("{:",), _ATTRIBUTE_LIST, ""),
    (("```", "~~~"), _FENCE, ""),
    (("#",), _BULLET_HEADING, "- "),
    (("]:",), _REF_DEFINITION, ""),
    (("![",), _IMAGE, " "),
    (("](",), _GLUED_LINK, " ["),
    (("](",), _LINK, r"\1"),
    (("][",), _REF_LINK, r"\1"),
    (("<",), _AUTOLINK, r"\1"),
    (("`",), _CODE_SPAN, r"\1"),
    (("=", "---"), _SETEXT, r"# \1"),
    ((">",), _BLOCKQUOTE, ""),
    (("**", "__"), _BOLD_LINE, r"### \1"),
    (("**_", "_ **"), _LONE_MARK, ""),
    (("**",), _GLUED_STRONG, " "),
    (("**", "__"), _STRONG, ""),
    (("*",), _EMPHASIS, r"\1"),
    (("_",), _UNDERSCORE_EMPHASIS, r"\1"),
    (("\\",), _ESCAPE, lambda m: m.group(1) or ""),
)


# A task-list item: "- [x] Home Office" (ticked) or "- [ ] Dienstwagen" (not ticked).
_TASK_ITEM = re.compile(r"^([ \t]{0,3}[-*+][ \t])\[([ xX])\][ \t]?([^\n]*)$", re.MULTILINE)


def _task_lists(text: str) -> str:
    """Task-list items as plain items. Where some boxes are ticked and some not, the list is a form
    (a university's benefit form ticks what it offers): an unticked item is not offered, so it goes."""
    marks = {item.group(2).lower() for item in _TASK_ITEM.finditer(text)}
    form = marks == {" ", "x"}
    return _TASK_ITEM.sub(
        lambda item: "" if form and item.group(2) == " " else item.group(1) + item.group(3), text
    )


def markdown_to_text(text: str) -> str:
    """Plain text of markdown: link text without targets, no images, code spans, emphasis or escapes.

    Headings keep their "#" (the next pass reads them); `**Heading**` alone on a line becomes one;
    a setext heading ("Title" over "====") becomes "# Title".
    """
    if "] " in text:
        text = _task_lists(text)
    if ":\n" in text:
        text = _yaml_lists(text)
    for marks, pattern, replacement in _MARKDOWN_STEPS:
        if any(mark in text for mark in marks):  # most steps find nothing to do: skip their scan
            text = pattern.sub(replacement, text)
    return text


def _without_open_comment(text: str) -> str:
    """The text with every "<!--" that no "-->" closes escaped ("&lt;!--"): the HTML parser reads it as
    text, as it did before, but without searching the rest of the text again from each one ("<!--<p>a"
    * 2500: quadratic). One inside a script or an attribute ('var s = "<!--";') stays where it was;
    one in the page's text is cut to the end by `_without_comments` after the parser, as before."""
    closed = text.rfind("-->")
    start = closed + 3 if closed >= 0 else 0
    return text if "<!--" not in text[start:] else text[:start] + text[start:].replace("<!--", "&lt;!--")


def _without_comments(text: str) -> str:
    """Markdown without its HTML comments ("<!-- markdownlint-disable -->"); an unclosed one runs to the
    end. str.find, not a pattern: one pass however many "<!--" there are."""
    kept, position = [], 0
    while (start := text.find("<!--", position)) >= 0:
        kept.append(text[position:start])
        end = text.find("-->", start + 4)
        position = len(text) if end < 0 else end + 3
    kept.append(text[position:])
    return "".join(kept)


# A script tag pasted into markdown ('<script type="application/ld+json">'): the tag is markup ("ld+json"
# names no skill); its data stays, a labeller reads a JobPosting's description too.
_SCRIPT_TAG = re.compile(r"</?script\b[^<>]{0,200}>", re.IGNORECASE)


MAX_RECORD_DEPTH: Final = 4  # deeper values of a JSON record are ids and settings, not the posting
MAX_INLINE_VALUE: Final = 80  # characters; a longer value (a description) goes on lines of its own


def _record_lines(value: object, key: str, depth: int) -> list[str]:
    """A JSON value as the "key: value" lines a YAML front matter would give: a list under its key as
    items ("location:\n- Köln\n- Hamburg"), an object as its own fields, a long text under its key."""
    if isinstance(value, dict):
        lines = [f"{key}:"] if key else []
        if depth < MAX_RECORD_DEPTH:
            for name, item in value.items():
                lines += _record_lines(item, str(name), depth + 1)
        return lines
    if isinstance(value, list):
        lines = [f"{key}:"] if key else []
        if depth < MAX_RECORD_DEPTH:
            for item in value:
                shown = _record_lines(item, "", depth + 1)
                lines += [f"- {shown[0]}", *shown[1:]] if shown and not isinstance(item, dict) else shown
        return lines
    scalar = json.dumps(value) if value is None or isinstance(value, bool) else str(value)
    if not key:
        return [scalar]
    if "\n" in scalar or len(scalar) > MAX_INLINE_VALUE:
        return [f"{key}:", scalar]
    return [f"{key}: {scalar}"]


def json_record_to_text(text: str) -> str:
    """A posting kept as a JSON record ('{"title": "…", "location": ["Köln", "Hamburg"], …}') as the
    lines a front matter would give; any other text unchanged. The standard library's parser reads it
    (linear); nesting too deep for it is not a record."""
    if text.lstrip()[:1] not in ("{", "["):
        return text
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):
        return text
    if not isinstance(record, (dict, list)):
        return text
    return "\n".join(_record_lines(record, "", 0))


# A posting kept as an XML record (a job board's feed: "<job><id>…</id><title>…</title><description>…"):
# its root is no HTML tag. Each short leaf is a "key: value" line as a front matter's; a long one (the
# description) is text; any other tag is a line break. Each try is bounded: linear.
_XML_ROOT = re.compile(r"\A\s{0,200}(?:<\?xml[^<>]{0,200}>\s{0,200})?<([a-z][\w-]{0,30})[\s>]")
# The tags a page pasted as HTML may start with (a component, "<Layout …>", starts with a capital)
_HTML_TAGS: Final = frozenset(
    {
        "html", "head", "body", "div", "p", "span", "section", "article", "main", "header", "footer", "nav",
        "ul", "ol", "li", "table", "thead", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
        "a", "b", "i", "u", "em", "strong", "br", "hr", "img", "script", "style", "meta", "link", "title",
        "form", "button", "pre", "code", "blockquote", "dl", "dt", "dd", "figure", "aside", "small",
        "label", "input", "svg", "iframe", "template", "center", "font", "sup", "sub", "picture", "noscript",
    }
)  # fmt: skip
_XML_LEAF = re.compile(r"<([a-zA-Z][\w-]{0,30})(?:\s[^<>]{0,200})?>([^<]{0,20000})</\1>")
_XML_TAG = re.compile(r"</?[a-zA-Z][\w:-]{0,30}(?:\s[^<>]{0,200})?/?>|<\?xml[^<>]{0,200}>")
MAX_FIELD_CHARS: Final = 200  # a longer leaf is the posting's text, not a field


def _xml_leaf(found: re.Match[str]) -> str:
    value = found.group(2).strip()
    if "\n" in value or len(value) > MAX_FIELD_CHARS:
        return f"\n{value}\n"
    return f"\n{found.group(1)}: {value}\n" if value else "\n"


def xml_record_to_text(text: str) -> str:
    """A posting kept as an XML record as the lines a front matter would give; any other text (HTML: its
    root is an HTML tag, or it holds HTML markup) unchanged."""
    root = _XML_ROOT.match(text)
    # a record with HTML in it ("<description><h2>…") keeps its sections through the HTML pass
    if root is None or root.group(1).lower() in _HTML_TAGS or _LOOKS_LIKE_HTML.search(text):
        return text
    return _XML_TAG.sub("\n", _XML_LEAF.sub(_xml_leaf, text))


# A job bot's own evaluation appended to the posting it scraped: a heading line alone ("## 🤖 AI Evaluation
# Results") with the bot's fields after it (its score, the LLM it asked, that LLM's notes on a CV). Not part
# of the posting. A run of marks or spaces never crosses a line (linear).
_BOT_EVALUATION = re.compile(
    r"^[#*\t ]*(?:[^\w\s][\t ]?)?(?:AI|LLM) Evaluation Results[*\t ]*$", re.MULTILINE
)
_BOT_FIELDS = re.compile(r"Evaluation Timestamp|Pre-Evaluation Phase|LLM Analysis Phase")


def _without_bot_evaluation(text: str) -> str:
    found = _BOT_EVALUATION.search(text)
    if found is None or not found.start() or _BOT_FIELDS.search(text, found.end()) is None:
        return text
    return text[: found.start()]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # C0 controls but tab and line ends, and DEL
# A terminal's sequence pasted with the text (ECMA-48): a colour or cursor code ("\x1b[31m", or 8-bit
# "\x9b31m") or an operating-system command such as a hyperlink ("\x1b]8;;https://…\x1b\\")
_TERMINAL_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-9;?]{0,32}[ -/]{0,4}[@-~]"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]{0,2048}(?:\x07|\x1b\\|\x9c)?"
)
_C1_SEQUENCE_START = re.compile(r"[\x9b\x9d]")


def _without_controls(text: str) -> str:
    """`text` without control characters ("Python\\x00 developer" became the title as sent) or terminal
    sequences; a vertical tab or form feed ends a line."""
    if not _CONTROL.search(text) and not _C1_SEQUENCE_START.search(text):
        return text
    text = _TERMINAL_SEQUENCE.sub("", text)
    return _CONTROL.sub(lambda found: "\n" if found.group() in "\x0b\x0c" else "", text)


# "*nix", "*NIX": the Unix-like systems (the star would read as emphasis, and "Nix" is a package manager);
# not an emphasis closed after it: "builds with *Nix*", "*Nix and Guix*"
_STAR_NIX = re.compile(r"(?<![^\W_])(?<!\*)\*nix(?![^\W_])(?![^*\n]{0,80}(?<=\w)\*(?!\*))", re.IGNORECASE)


def _before_markdown(text: str) -> str:
    """What markdown's reading would garble: a paragraph of " * " items, German fields glued together, and
    "*nix" (its star read as emphasis: "* *Nix administration", "__*NIX__")."""
    if " * " in text or ".* " in text:
        text = _inline_items(text)
    if may_match(_GERMAN_FIELD_NAMES, text):
        text = _GLUED_GERMAN_FIELD.sub(lambda glued: f"{glued.group()}\n", text)
    if "*nix" in text or "*Nix" in text or "*NIX" in text:
        text = _STAR_NIX.sub("Unix-like", text)
    return text


# A page template's markup (Django, Jinja, Liquid, Blade, Vue, Hugo): a tag or expression that holds a
# quoted string of words gives the string ('{% trans_noop "Front-end developer" %}', "{{ __('Senior PHP
# Developer') }}", '{{ $t("Requisitos") }}'), not a path ('{% include "job-intro.html" %}') nor a lower-case
# argument ("{{ svg('link') }}"); one of plain words is its words ("{{Senior Java Developer}}"); any other
# is no text ("{{ page.title }}", "{% endif %}", "{{< toc >}}"). Each try is bounded: linear.
_TEMPLATE = re.compile(r"\{([%{])[<%-]?([^{}%\n]{0,300}?)[>%-]?[%}]\}")
_QUOTED = re.compile(r"([\"'])([^\"'\n]{1,300})\1")
_A_PATH = re.compile(r"[^\s]*[/.][^\s]*")
_AN_EXPRESSION = re.compile(r"[.|()=<>$_\[\]]")


def _template(found: re.Match[str]) -> str:
    body = found.group(2).strip()
    quoted = _QUOTED.search(body)
    if quoted:  # words, not a path nor an argument such as "{{ svg('link') }}"'s
        string = quoted.group(2)
        return string if (" " in string or string[:1].isupper()) and not _A_PATH.fullmatch(string) else ""
    words = body.split()
    plain = found.group(1) == "{" and len(words) > 1 and not _AN_EXPRESSION.search(body)
    return body if plain and any(word[:1].isupper() for word in words) else ""


def _without_templates(text: str) -> str:
    return _TEMPLATE.sub(_template, text)


# A Laravel Blade page's directive lines ("@extends('frontend.layouts.app')", "@section('content')",
# "@endsection"): no text, but for a section given its value ("@section('title', 'PHP Developer')").
_BLADE_DIRECTIVE = re.compile(
    r"^[ \t]*@(?:extends|section|endsection|yield|include|push|endpush|stack|stop|show|parent|csrf|php"
    r"|endphp|if|elseif|else|endif|foreach|endforeach|auth|endauth|guest|endguest|component|endcomponent)"
    r"(?:\(([^()\n]{0,300})\))?[ \t]*$",
    re.MULTILINE,
)


def _without_page_templates(text: str) -> str:
    """A page template's markup read as its text: Django, Jinja, Liquid, Vue or Hugo tags and
    expressions (`_TEMPLATE`), Blade's directive lines (`_BLADE_DIRECTIVE`)."""
    if "{%" in text or "{{" in text:
        text = _without_templates(text)
    return _BLADE_DIRECTIVE.sub(_blade_value, text) if "@" in text else text


# A directive's string argument, either quote: "@section('title', \"Head of Children's Products\")"
_BLADE_STRING = re.compile(r"'([^'\n]{0,300})'|\"([^\"\n]{0,300})\"")


def _blade_value(found: re.Match[str]) -> str:
    strings = [single or double for single, double in _BLADE_STRING.findall(found.group(1) or "")]
    value = strings[-1] if len(strings) > 1 else ""
    return value if " " in value or value[:1].isupper() else ""


_HYPHENS: Final = str.maketrans({"\u2010": "-", "\u2011": "-"})


def normalise(text: str) -> str:
    """The posting as plain lines: decoded HTML, markdown without markup, one kind of space and quote.

    Input: any text; output: text with "\\n" line ends, no tags, entities, link targets or emphasis.
    """
    # Styled letters are letters: mathematical bold (how LinkedIn posts write bold), full width, ligatures.
    text = json_record_to_text(unicodedata.normalize("NFKC", text))
    text = xml_record_to_text(text) if text.lstrip()[:1] == "<" else text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _without_controls(text)
    text = _RUN.sub(lambda run: run.group(1) * 3, text)
    text = _without_page_templates(text)
    if _LOOKS_LIKE_HTML.search(text):
        text = html_to_text(text)
    elif _ENTITY.search(text):
        text = html.unescape(text)
    if "<!--" in text:
        text = _without_comments(text)
    if "<script" in text or "<SCRIPT" in text:
        text = _SCRIPT_TAG.sub(" ", text)
    if "Evaluation Results" in text:
        text = _without_bot_evaluation(text)
    text = markdown_to_text(_before_markdown(text))
    if "://" in text:
        text = _BARE_URL.sub(" ", text)
    if "   " in text or "\t" in text:
        text = _FLATTENED_BREAK.sub("\n", text)
    text = _SPACES.sub(" ", text.replace("\u2019", "'").replace("\u2018", "'"))
    text = text.translate(_HYPHENS)  # "Full\u2010Stack", "Back\u2011End": the hyphen a keyboard types
    if " Job type " in text:
        text = _STARTUP_PAGE_FIELDS.sub(_field_lines, text)
    text = _GLUED_LEAD.sub(r"\1 ", text)
    text = _GLUED_YEARS.sub(". ", text)
    text = _GLUED_FIELD.sub("\n", text)
    if "\n%" in text or "\n %" in text:
        text = _WRAPPED_PERCENT.sub("", text)
    if "\n| " in text or "\n | " in text:
        text = _joined_header(text)
    return "\n".join(
        item.strip()
        for line in text.split("\n")
        for piece in _unflattened(line)
        for item in _bullets_apart(piece)
    )


# A Y Combinator "Work at a Startup" job page pasted flat (how many Hacker News "is hiring" stories come):
# its fields run into one line, "$220K - $280K • 0.50% - 1.50% • New York, NY, US Job type Full-time Role
# Engineering, Full stack Experience 6+ years Visa US citizen/visa only Skills Express, React Connect …".
_STARTUP_PAGE_FIELDS = re.compile(
    r"[$£€][\d.,]{1,9}K?(?: [-\u2013] [$£€][\d.,]{1,9}K?)?(?: [A-Z]{3})?(?: / \w{1,10})?"  # the pay
    r"(?: • [\d.]{1,6}%(?: - [\d.]{1,6}%)?)? • (?P<place>[^•\n]{1,120}?)"  # the equity, the place
    r" Job type (?P<type>[\w-]{1,20}) Role (?P<role>[^\n]{1,80}?) Experience (?P<years>[^\n]{1,40}?)"
    r" Visa [^\n]{1,60}?(?: Skills (?P<skills>[^\n]{1,600}?))?"
    r" (?=Connect directly with founders|Apply to )"
)


# The page's fields kept, each as a line of its own (pay, equity and visa are dropped).
_PAGE_FIELDS: Final = {
    "Location": "place", "Job type": "type", "Category": "role", "Experience": "years", "Skills": "skills"
}  # fmt: skip


def _field_lines(found: re.Match[str]) -> str:
    lines = [f"{label}: {found.group(group)}" for label, group in _PAGE_FIELDS.items() if found.group(group)]
    return "\n" + "\n".join(lines) + "\n"


# A list run into one line: "* Problem: Clinical data is messy. * Funding: Backed by VCs. * Stack: PostgreSQL,
# MariaDB.* Values: …": each labelled item its own (the investors' item must not take the stack with it)
_INLINE_ITEM = re.compile(r"(?<=\S)\s?\*\s(?=[A-Z][\w/&-]{1,20}(?:\s[\w/&-]{1,20}){0,2}:\s)")
_ITEM_LINE = re.compile(r"^[ \t]{0,3}\*[ \t][^\n]*", re.MULTILINE)


def _inline_items(text: str) -> str:
    """A list item's line that holds several labelled items ("* Problem: … * Stack: …"), one per line."""
    return _ITEM_LINE.sub(lambda item: _INLINE_ITEM.sub("\n* ", item.group()), text)


# A sentence run into the next one's years: "React, HTML, CSS & Javascript.8+ years proficient in .NET"
_GLUED_YEARS = re.compile(r"(?<=[a-z])\.(?=\d{1,2}\+?\s?(?:years?|yrs|jahre|ans|años)\b)", re.IGNORECASE)
# A page converter that lost the spaces around linked words: "Frameworks wieSpring Boot", "Tools wieGitLab";
# only a list's lead word, so camel-case names ("withCredentials" aside) keep their letters.
_GLUED_LEAD = re.compile(r"\b(wie|sowie|inkl\.|mit|von|für|like|such as|e\.g\.)(?=[A-Z][a-z])")
# The same converter's run of fields: "Nürnberg (90% remote)Dauer: 01.10.2025 - 31.03.2026Volumen: 1598"
_GLUED_FIELD = re.compile(r"(?<=[)\d])(?=[A-ZÄÖÜ][a-zäöüß]{2,20}:\s)")
# A board's German fields glued to the word before, or to its bold heading: "**Rahmenbedingungen**Einsatzort:
# GR Hamburg, wöchentlich vor OrtProjektstart: Oktober 2025" (the field names only: "IsRemote:" is a data key)
_GLUED_GERMAN_FIELD = re.compile(
    r"(?<=[a-zäöüß])(?:\*\*)?(?=(?:Projekt(?:start|dauer|beginn)|Einsatzort|Auslastung|Laufzeit|Standort|Dauer"
    r"|Vertragsart|Arbeitsort|Start(?:termin|datum)|Beginn):\s"
    r"(?![A-ZÄÖÜ][a-zäöü]{2,20}:))"  # an empty field ("Einsatzort: Einsatzland: …") stays
)

_GERMAN_FIELD_NAMES = needles(_GLUED_GERMAN_FIELD)  # most postings name none: skip the pattern


# A heading run into a flattened line ("… in AWS Preferred Experience: We prefer …"): its own line.
_INLINE_HEADING = re.compile(
    r"(?<=[\w.)]) (?=(?:Preferred|Desired|Desirable|Nice to Have|Nice to have|Bonus|Required|Minimum|Basic"
    r"|Other)(?: [A-Z][a-z]{2,15}){0,2}:)"
)
MIN_FLATTENED_CHARS: Final = 300  # a line this long may hold a page's sections run together


def _unflattened(line: str) -> list[str]:
    """A flattened page's line split at the section headings run into it (`_INLINE_HEADING`)."""
    return _INLINE_HEADING.split(line) if len(line) >= MIN_FLATTENED_CHARS else [line]


# A list run into one line by a page's converter: "Anforderungen:• Berufserfahrung … • Kenntnisse …",
# "Qualifications:● 5 to 7+ years …● You love …": each item its own line, so each is a clause of the list.
# Only after a label's colon, or in a long line of several: "Remote • Full-time • Berlin" is a header.
_INLINE_BULLET = re.compile(r"[ \t]?[●•][ \t]?")
_LIST_AFTER_LABEL = re.compile(r":[ \t]?[●•]")
_LIST_LABEL = re.compile(r"(?<=[.!?])[ \t]?[^.!?\n]{1,60}:[ \t]*$")
# a later label after a sentence's end: "… PostgreSQL. Nice to have:• Kafka" (the cut is after the stop)
_LATER_LABEL = re.compile(r"(?<=\S)[.!?](?=[ \t]?[^.!?:•●\n]{1,60}:[ \t]?[●•])")
MIN_INLINE_BULLETS: Final = 2  # after a label
MIN_UNLABELLED_BULLETS: Final = 3  # in a long line without one
MIN_BULLET_LINE_CHARS: Final = 200
MAX_INLINE_BULLETS: Final = 60  # more is no list a person wrote: the line stays whole (and its parse fast)


def _bullets_apart(line: str) -> list[str]:
    """A line's inline list items (`_INLINE_BULLET`) as lines of their own, each led by "• "; a later
    label's list ("… PostgreSQL. Nice to have:• Kafka") under its label. A later label that no sentence
    end sets apart ("• PostgreSQL Nice to have:• Kafka") leaves the line whole: its item cannot be told
    from the label."""
    count = line.count("•") + line.count("●")
    if count < MIN_INLINE_BULLETS or count > MAX_INLINE_BULLETS:
        return [line]
    labels = len(_LIST_AFTER_LABEL.findall(line))
    if not labels and (count < MIN_UNLABELLED_BULLETS or len(line) < MIN_BULLET_LINE_CHARS):
        return [line]
    cuts = [found.end() for found in _LATER_LABEL.finditer(line)]
    if labels > 1 and len(cuts) != labels - 1:
        return [line]
    bounds = zip([0, *cuts], [*cuts, len(line)], strict=True)
    return [item for start, end in bounds for item in _items(line[start:end])]


def _items(line: str) -> list[str]:
    head, *items = _INLINE_BULLET.split(line)
    # "… (Delphyn, ASP, PHP)6. Tecnologías valorables:": the label heads the items
    label = _LIST_LABEL.search(head)
    heads = [head[: label.start()], label.group()] if label and label.start() else [head]
    return [*heads, *(f"• {item}" for item in items if item.strip())]


# A share split from its number by a page's layout: "Einsatzart: 80\n        % Remote" (freelancermap).
WRAPPED_HEADER_LINES: Final = 4  # the lines a "Company | Place | Role" header may wrap over


def _joined_header(text: str) -> str:
    """A " | " header wrapped before a bar ("Acme | https://acme.com\n | Remote | Senior Engineer") as one
    line; a table's rows ("| a | b |") stay apart."""
    lines = text.split("\n")
    for index in range(min(WRAPPED_HEADER_LINES, len(lines) - 1), 0, -1):
        line, above = lines[index].strip(), lines[index - 1].strip()
        if line.startswith("| ") and not line.endswith("|") and "|" in above and not above.startswith("|"):
            lines[index - 1 : index + 1] = [f"{above} {line}"]
    return "\n".join(lines)


_WRAPPED_PERCENT = re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=%)")
