"""zh and en are equal citizens: every page exists in both languages with the
same includes in the same order, the same explicit heading ids, and the same
number of code blocks, admonitions, content tabs and exercises. Tab labels
("Python", "C") are the same in both languages: content.tabs.link switches
every tab of a page that has the label the reader clicked."""
import re

import pytest

from tests import harness

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
HEADING_ID = re.compile(r"\{\s*#([\w-]+)\s*\}$")
FENCE = re.compile(r"^\s*(`{3,})")
ADMONITION = re.compile(r"^\s*(!!!|\?\?\?\+?)\s+(\w+)")
TAB = re.compile(r'^(\s*)===[+!]*\s+"([^"]*)"')


def structure(path):
    """What must be equal across languages, read from the raw page."""
    text = path.read_text(encoding="utf-8")
    headings, fences, admonitions, tabs, in_fence = [], 0, [], [], None
    for line in text.split("\n"):
        if (m := FENCE.match(line)):
            if in_fence is None:
                in_fence, fences = m.group(1), fences + 1
            elif line.strip().startswith(in_fence):
                in_fence = None
            continue
        if in_fence:
            continue
        if (m := HEADING.match(line)):
            hid = HEADING_ID.search(m.group(2))
            headings.append((len(m.group(1)), hid.group(1) if hid else f"<no id: {m.group(2)}>"))
        if (m := ADMONITION.match(line)):
            admonitions.append(m.group(2))
        if (m := TAB.match(line)):
            tabs.append((len(m.group(1)), m.group(2)))
    return {
        "includes": [target for _, target in harness._included_files(text)],
        "headings": headings,
        "code blocks": fences,
        "admonitions": admonitions,
        "content tabs (indent, label)": tabs,
        "exercises": [h for _, h in headings if h.startswith("exercise-")],
    }


def slugs():
    found = set()
    for lang in harness.LANGUAGES:
        found |= {p.relative_to(harness.DOCS / lang).as_posix() for p in harness.pages(lang)}
    return sorted(found)


@pytest.mark.parametrize("slug", slugs())
def test_page_exists_in_both_languages(slug):
    missing = [lang for lang in harness.LANGUAGES if not (harness.DOCS / lang / slug).exists()]
    assert not missing, f"{slug} has no {' / '.join(missing)} version"


@pytest.mark.parametrize("slug", slugs())
def test_both_languages_have_the_same_structure(slug):
    zh, en = (structure(harness.DOCS / lang / slug) for lang in harness.LANGUAGES)
    for key in zh:
        assert zh[key] == en[key], f"{slug}: {key} differ\n zh: {zh[key]}\n en: {en[key]}"


@pytest.mark.parametrize("slug", slugs())
def test_every_heading_has_an_explicit_id(slug):
    for lang in harness.LANGUAGES:
        bad = [h for _, h in structure(harness.DOCS / lang / slug)["headings"] if h.startswith("<no id")]
        assert not bad, f"{lang}/{slug}: headings without {{ #id }}: {bad}"


@pytest.mark.parametrize("slug", slugs())
def test_both_languages_run_the_same_blocks(slug):
    zh, en = (harness.examples(harness.DOCS / lang / slug) for lang in harness.LANGUAGES)
    assert [e.key() for e in zh] == [e.key() for e in en], \
        f"{slug}: the Python blocks or their outputs differ between zh and en"
