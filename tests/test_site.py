"""The site as MkDocs really builds it: strict, both languages, the language
switch keeping the reader on the same page, Chinese search, no request to
another host; and a missing translation or include fails the build."""
import json
import re
import shutil
from html.parser import HTMLParser

import pytest

from tests import harness
from tests.conftest import build_site

pytestmark = pytest.mark.xdist_group("site")    # the builds of broken copies, on one worker


def slugs():
    return sorted(p.relative_to(harness.DOCS / "zh").with_suffix("").as_posix()
                  for p in harness.pages("zh"))


def html_path(site, lang, slug):
    prefix = site if lang == "zh" else site / "en"
    return prefix / ("index.html" if slug == "index" else f"{slug}/index.html")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(path):
    p = Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p.tags


@pytest.mark.parametrize("lang", harness.LANGUAGES)
@pytest.mark.parametrize("slug", slugs())
def test_page_is_built_with_its_language(site, lang, slug):
    path = html_path(site, lang, slug)
    assert path.exists(), f"{path} was not built"
    html = dict(parse(path))["html"]
    assert html["lang"] == lang


@pytest.mark.parametrize("lang", harness.LANGUAGES)
@pytest.mark.parametrize("slug", slugs())
def test_language_switch_keeps_the_reader_on_the_same_page(site, lang, slug):
    path = html_path(site, lang, slug)
    switch = {a["hreflang"]: a["href"] for t, a in parse(path)
              if t == "a" and "md-select__link" in a.get("class", "")}
    assert set(switch) == set(harness.LANGUAGES)
    for other, href in switch.items():
        # "/" is the site root: site_url's path is "/".
        target = (site / href.lstrip("/") if href.startswith("/") else path.parent / href).resolve()
        target = target / "index.html" if target.is_dir() else target
        assert target == html_path(site, other, slug).resolve(), f"{lang}/{slug} -> {other}: {href}"


@pytest.mark.parametrize("lang", harness.LANGUAGES)
@pytest.mark.parametrize("slug", slugs())
def test_no_request_to_another_host(site, lang, slug):
    """Links to man7.org are fine; loading anything from another host is not."""
    loads = []
    for tag, attrs in parse(html_path(site, lang, slug)):
        for attr in ("src", "srcset", "data-src"):
            if attrs.get(attr):
                loads.append(attrs[attr])
        if tag == "link" and attrs.get("rel") in ("stylesheet", "preload", "modulepreload",
                                                   "icon", "preconnect", "dns-prefetch"):
            loads.append(attrs.get("href", ""))
    external = [u for u in loads if re.match(r"^(https?:)?//", u)]
    assert not external, external
    text = html_path(site, lang, slug).read_text(encoding="utf-8")
    assert "fonts.googleapis" not in text and "fonts.gstatic" not in text


def test_code_blocks_have_no_span_that_styles_nothing(site):
    """overrides/hooks/lean_code.py unwraps Pygments' whitespace and plain-name
    tokens; that is invisible only while Material gives plain names the code's
    own colour, in both palettes."""
    html = html_path(site, "en", "fork").read_text(encoding="utf-8")
    assert '<span class="kn">' in html            # still highlighted
    assert not re.search(r'<span class="[nw]">', html)
    css = "".join(p.read_text(encoding="utf-8") for p in (site / "assets" / "stylesheets").glob("*.min.css"))
    names = re.findall(r"--md-code-hl-name-color:([^;}]+)", css)
    assert names and set(names) == {"var(--md-code-fg-color)"}, names
    assert not re.search(r"\.highlight \.w\b", css)


def test_stylesheets_do_not_load_remote_fonts(site):
    for css in site.rglob("*.css"):
        assert not re.search(r"@import\s+url\(\s*['\"]?https?:", css.read_text(errors="ignore")), css


@pytest.mark.parametrize("lang", harness.LANGUAGES)
def test_404_page_exists(site, lang):
    assert (site / "404.html").exists()


def test_chinese_search_index_is_segmented_with_our_terms(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert re.split(index["config"]["separator"], "进程\u200b线程") == ["进程", "线程"]
    zh = " ".join(d["title"] + " " + d["text"] for d in index["docs"]
                  if not d["location"].startswith("en/"))
    words = set(re.split(r"[\s\u200b]+", zh))
    # Terms of jieba_userdict.txt that the default dictionary would split.
    assert "写时复制" in words
    assert "打开文件描述" in words
    en_locations = [d["location"] for d in index["docs"] if d["location"].startswith("en/")]
    assert "en/fork/" in en_locations


def page_words(index, slug):
    """The words the search index holds for one Chinese page (all its sections)."""
    text = " ".join(d["title"] + " " + d["text"] for d in index["docs"]
                    if d["location"] == f"{slug}/" or d["location"].startswith(f"{slug}/#"))
    return set(re.split(r"[\s\u200b]+", text))


@pytest.mark.parametrize("term, slug", [
    ("僵尸进程", "wait"), ("孤儿进程", "wait"), ("子进程收割者", "wait"),
    ("写时复制", "copy-on-write"),
])
def test_a_search_finds_a_term_as_one_word_on_the_page_that_teaches_it(site, term, slug):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert term in page_words(index, slug), f"{term} is not a whole word in the index of {slug}"


def test_every_glossary_term_is_one_word_in_the_search_index(site):
    from tests.test_terms import CJK_WORD, terms
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    words = page_words(index, "glossary")
    split = sorted({w for _, zh, _, _ in terms("zh") for w in CJK_WORD.findall(zh)} - words)
    assert not split, f"segmented into pieces by the search: {split}"


def copy_project(tmp_path):
    dst = tmp_path / "project"
    for name in ("docs", "snippets", "overrides"):
        shutil.copytree(harness.ROOT / name, dst / name)
    for name in ("mkdocs.yml", "jieba_userdict.txt"):
        shutil.copy(harness.ROOT / name, dst / name)
    return dst


def test_a_page_without_its_translation_fails_the_build(tmp_path):
    project = copy_project(tmp_path)
    (project / "docs" / "en" / "fork.md").unlink()
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert "fork.md" in result.stderr


def test_a_missing_include_fails_the_build_naming_the_file(tmp_path):
    project = copy_project(tmp_path)
    page = project / "docs" / "zh" / "fork.md"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "fork/memory_copy.py", "fork/no_such_file.py"), encoding="utf-8")
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert "fork/no_such_file.py" in result.stderr
