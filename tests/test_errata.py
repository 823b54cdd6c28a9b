"""The errata page (issue 6), in both languages.

Every erratum of the two source articles is an entry `### N. … { #row-N }`,
numbered 1 to N without a gap (N >= 34: the rows of the project's fact sheet,
then any found since). An entry is a list of four items in this order: the
claim (naming the article it comes from), what is true (starting with a bold
verdict), the primary source, and where the site shows it. Each "shown in"
item links to at least one section of the site, and every such link names a
page that exists and an explicit heading id on it; the strict build
(tests/test_site.py) checks the same anchors in the built HTML. The verdict
table lists each entry under the verdict the entry gives. Both languages have
the same entries, from the same article, with the same verdict and the same
links."""
import re
from dataclasses import dataclass, field

import pytest

from tests import harness

SLUG = "errata.md"
MIN_ROWS = 34          # the errata rows of the fact sheet (FACTS.md, part A)

LABELS = {"en": ("Claim", "In fact", "Source", "Shown in"),
          "zh": ("原文", "实际", "依据", "本站演示")}
ARTICLE = {"en": {"first article": "first", "second article": "second", "both articles": "both"},
           "zh": {"第一篇": "first", "第二篇": "second", "两篇": "both"}}
VERDICTS = {"en": {"Wrong": "wrong", "Imprecise": "imprecise", "Incomplete": "incomplete",
                   "Outdated": "outdated", "Partly right": "partly right", "Correct": "correct",
                   "Bug": "bug"},
            "zh": {"错误": "wrong", "不准确": "imprecise", "不完整": "incomplete", "过时": "outdated",
                   "部分正确": "partly right", "正确": "correct", "代码错误": "bug"}}

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{\s*#([\w-]+)\s*\})?\s*$")
ROW_HEADING = re.compile(r"^###\s+(\d+)\.\s+.*\{\s*#row-(\d+)\s*\}\s*$")
ITEM = re.compile(r"^- \*\*([^*]+)\*\*")
LINK = re.compile(r"\]\(([^)\s]+)\)")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


@dataclass
class Entry:
    number: int
    items: list = field(default_factory=list)      # (label, text) in page order
    article: str | None = None
    verdict: str | None = None
    links: list = field(default_factory=list)      # targets of the "shown in" item


def _lines_outside_code(text):
    fence = None
    for line in text.split("\n"):
        if (m := FENCE.match(line)):
            if fence is None:
                fence = m.group(1)
            elif line.strip().startswith(fence):
                fence = None
            continue
        if fence is None:
            yield line


def heading_ids(text):
    return {m.group(3) for line in _lines_outside_code(text)
            if (m := HEADING.match(line)) and m.group(3)}


def sections(text):
    """[(heading line, body lines)] for every heading outside code blocks."""
    out = []
    for line in _lines_outside_code(text):
        if HEADING.match(line):
            out.append((line, []))
        elif out:
            out[-1][1].append(line)
    return out


def entries(lang, text):
    """{number: Entry} for the `{ #row-N }` entries of one language's page."""
    found, problems = {}, []
    for heading, body in sections(text):
        if "#row-" not in heading:
            continue
        m = ROW_HEADING.match(heading)
        if not m or m.group(1) != m.group(2):
            problems.append(f"{lang}: entry heading must read '### N. … {{ #row-N }}': {heading}")
            continue
        entry = Entry(int(m.group(1)))
        if entry.number in found:
            problems.append(f"{lang}: entry {entry.number} appears twice")
        found[entry.number] = entry
        for line in body:
            if (item := ITEM.match(line)):
                entry.items.append((item.group(1), line))
        labels = [label for label, _ in entry.items]
        if labels != list(LABELS[lang]):
            problems.append(f"{lang}: entry {entry.number} has the items {labels}, "
                            f"not {list(LABELS[lang])}")
            continue
        claim, fact, _, shown = (line for _, line in entry.items)
        entry.article = next((a for word, a in ARTICLE[lang].items()
                              if re.search(rf"[(（]{re.escape(word)}", claim)), None)
        if entry.article is None:
            problems.append(f"{lang}: entry {entry.number}: the claim does not say which "
                            f"article it comes from ({' / '.join(ARTICLE[lang])}): {claim}")
        verdict = re.match(r"^- \*\*[^*]+\*\*[:：]\s*\*\*([^*]+?)[.。]?\*\*", fact)
        entry.verdict = VERDICTS[lang].get(verdict.group(1)) if verdict else None
        if entry.verdict is None:
            problems.append(f"{lang}: entry {entry.number}: what is true must start with a bold "
                            f"verdict ({', '.join(VERDICTS[lang])}): {fact[:80]}")
        entry.links = LINK.findall(shown)
    return found, problems


def link_problems(lang, entry, page_ids):
    """A "shown in" link must name an existing page and one of its heading ids."""
    bad = []
    if not entry.links:
        bad.append(f"{lang}: entry {entry.number} links to no section of the site")
    for target in entry.links:
        page, _, anchor = target.partition("#")
        if re.match(r"^[a-z]+:", target):
            bad.append(f"{lang}: entry {entry.number}: “shown in” must link into the site: {target}")
            continue
        if not anchor:
            bad.append(f"{lang}: entry {entry.number}: {target} names no section (#id)")
            continue
        path = harness.DOCS / lang / (page or SLUG)
        if not path.exists():
            bad.append(f"{lang}: entry {entry.number}: {target}: no page docs/{lang}/{page}")
        elif anchor not in page_ids(path):
            bad.append(f"{lang}: entry {entry.number}: {target}: docs/{lang}/{page or SLUG} "
                       f"has no heading {{ #{anchor} }}")
    return bad


def verdict_table(lang, text):
    """{entry number: verdict} from the table of the `{ #verdicts }` section."""
    table = {}
    for heading, body in sections(text):
        if "{ #verdicts }" not in heading:
            continue
        for line in body:
            cells = [c.strip() for c in line.strip().strip("|").split("|")] \
                if line.startswith("|") else []
            if len(cells) < 3 or not (m := re.fullmatch(r"\*\*(.+)\*\*", cells[0])):
                continue
            verdict = VERDICTS[lang].get(m.group(1))
            for number in re.findall(r"\(#row-(\d+)\)", cells[2]):
                table[int(number)] = verdict
    return table


def check_page(lang, text, page_ids=None):
    """Every problem of one language's errata page, as readable lines."""
    page_ids = page_ids or (lambda path: heading_ids(path.read_text(encoding="utf-8")))
    found, problems = entries(lang, text)
    numbers = sorted(found)
    if len(numbers) < MIN_ROWS or numbers != list(range(1, len(numbers) + 1)):
        missing = sorted(set(range(1, max(numbers + [MIN_ROWS]) + 1)) - set(numbers))
        problems.append(f"{lang}: entries must be numbered 1..N with N >= {MIN_ROWS}; "
                        f"missing: {missing}")
    own_ids = heading_ids(text)
    for entry in found.values():
        problems += link_problems(
            lang, entry, lambda path: own_ids if path.name == SLUG else page_ids(path))
    table = verdict_table(lang, text)
    given = {n: e.verdict for n, e in found.items() if e.verdict}
    if table != given:
        differ = sorted(n for n in set(table) | set(given) if table.get(n) != given.get(n))
        problems.append(f"{lang}: the verdict table disagrees with the entries on {differ}")
    return problems


def page_text(lang):
    return (harness.DOCS / lang / SLUG).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", harness.LANGUAGES)
def test_every_erratum_is_an_entry_that_links_to_an_existing_section(lang):
    problems = check_page(lang, page_text(lang))
    assert not problems, "\n".join(problems)


def test_both_languages_have_the_same_entries():
    zh, _ = entries("zh", page_text("zh"))
    en, _ = entries("en", page_text("en"))
    assert list(zh) == list(en), f"entry order differs:\n zh {list(zh)}\n en {list(en)}"
    for n in zh:
        for what in ("article", "verdict", "links"):
            assert getattr(zh[n], what) == getattr(en[n], what), \
                f"entry {n}: {what} differs: zh {getattr(zh[n], what)} / en {getattr(en[n], what)}"


# The checks can fail: a broken entry put into a copy of the page is reported.

def test_a_link_to_a_missing_section_is_reported():
    text = page_text("en").replace("(processes.md#pid-t-signed)", "(processes.md#no-such-id)", 1)
    assert any("processes.md#no-such-id" in p and "has no heading" in p
               for p in check_page("en", text))
    text = page_text("zh").replace("(wait.md#no-children)", "(no-such-page.md#no-children)", 1)
    assert any("no page docs/zh/no-such-page.md" in p for p in check_page("zh", text))


def test_a_missing_entry_or_link_is_reported():
    text = page_text("en")
    start = text.index("### 23.")
    without_23 = text[:start] + text[text.index("### 24.", start):]
    assert any("missing: [23]" in p for p in check_page("en", without_23))
    row_1 = text.index("{ #row-1 }")
    shown = re.compile(r"^- \*\*Shown in\*\*: .*$", re.M).search(text, row_1)
    no_link = text[:shown.start()] + "- **Shown in**: nowhere" + text[shown.end():]
    assert any("entry 1 links to no section" in p for p in check_page("en", no_link))


def test_a_verdict_that_the_table_does_not_list_is_reported():
    text = page_text("en").replace("- **In fact**: **Correct.**", "- **In fact**: **Wrong.**", 1)
    assert any("verdict table disagrees" in p for p in check_page("en", text))
