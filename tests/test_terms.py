"""One word per concept (issue 5). The glossary pairs every Chinese term with
its English one and links it to the section that explains it, in both
languages; the Chinese pages use its terms and none of the variants listed
below; and the search dictionary knows every term, so that Chinese search
finds it as one word.

What is checked on the Chinese pages is their prose: fenced code blocks, inline
code, link targets and HTML comments are left out. So is anything inside
Chinese quotation marks “…”: a word in quotes is mentioned, not used. That is
how an erratum quotes the wording of a source article, and how the glossary's
table of preferred terms names the variants it rejects. A paraphrase of a
source, outside quotes, uses the site's own terms."""
import re

import pytest

from tests import harness

GLOSSARY = {lang: harness.DOCS / lang / "glossary.md" for lang in harness.LANGUAGES}
USERDICT = harness.ROOT / "jieba_userdict.txt"
MIN_TERMS = 40

# (pattern, the variant as the glossary's table of preferred terms shows it, the term to use)
FORBIDDEN = [
    (r"收尸", "收尸", "回收"),
    (r"收割(?!者)", "收割", "回收（专名“子进程收割者”除外）"),
    (r"僵死", "僵死进程", "僵尸进程"),
    (r"僵尸(?!进程)", "僵尸", "僵尸进程"),
    (r"孤儿(?!进程)", "孤儿", "孤儿进程"),
    (r"写时拷贝", "写时拷贝", "写时复制"),
    (r"(?<!写时)拷贝", "拷贝", "复制"),
    (r"文件句柄", "文件句柄", "文件描述符"),
    (r"描述字", "文件描述字", "文件描述符"),
    (r"描述子", "描述子", "描述符"),
    (r"父进程 ?ID", "父进程 ID", "父进程 PID"),
    (r"父进程号", "父进程号", "父进程 PID"),
    (r"父 ?PID", "父 PID", "父进程 PID"),
    (r"(?<!父)进程号", "进程号", "PID 或进程 ID"),
    (r"线程号", "线程号", "线程 ID"),
    (r"屏蔽字", "信号屏蔽字", "信号掩码"),
    (r"屏蔽(?!字)(?=[^，。；：]{0,6}信号)", "屏蔽信号", "阻塞（信号）"),
    (r"处理方式", "处理方式", "信号处置"),
    (r"处置方式", "处置方式", "信号处置"),
    (r"信号处理程序", "信号处理程序", "信号处理函数"),
    (r"信号处理器", "信号处理器", "信号处理函数"),
    (r"未决信号", "未决信号", "待处理信号"),
    (r"挂起信号", "挂起信号", "待处理信号"),
    (r"系统函数", "系统函数", "系统调用（或 C 库函数）"),
    (r"系统呼叫", "系统呼叫", "系统调用"),
    (r"块缓冲", "块缓冲", "全缓冲"),
    (r"不带缓冲", "不带缓冲", "无缓冲"),
    (r"名字空间", "名字空间", "命名空间"),
    (r"名称空间", "名称空间", "命名空间"),
    (r"过量提交", "过量提交", "超额分配"),
    (r"过度提交", "过度提交", "超额分配"),
    (r"驻留", "驻留内存", "常驻内存"),
    (r"自由线程版", "自由线程版本", "自由线程构建"),
    (r"上下文交换", "上下文交换", "上下文切换"),
    (r"缺页中断", "缺页中断", "缺页异常"),
    (r"页表条目", "页表条目", "页表项"),
]
_FORBIDDEN = [(re.compile(p), shown, use) for p, shown, use in FORBIDDEN]

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
NOT_PROSE = [
    re.compile(r"(`+)(?:(?!\1).)+\1"),      # inline code, `x` or ``x``
    re.compile(r"<!--.*?-->"),              # declarations such as <!--pytest.mark.timeout(60)-->
    re.compile(r"\]\([^)\s]*\)"),           # link targets: keep "[text", drop "(url)"
    re.compile(r"<https?://[^>]*>"),        # autolinks
    re.compile(r"“[^”]*”"),                 # mentioned, not used
]
CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*\{\s*#([\w-]+)\s*\}\s*$")


def prose(text):
    """(line number, prose) for every line outside fenced code blocks."""
    fence = None
    for number, line in enumerate(text.split("\n"), 1):
        if (m := FENCE.match(line)):
            if fence is None:
                fence = m.group(1)
            elif line.strip().startswith(fence):
                fence = None
            continue
        if fence:
            continue
        for pattern in NOT_PROSE:
            line = pattern.sub(" ", line)
        yield number, line


def variants_in(text):
    """(line number, variant found, term to use, its context) for each forbidden variant."""
    found = []
    for number, line in prose(text):
        hits = sorted((m.start(), m.group(0), use) for pattern, _, use in _FORBIDDEN
                      for m in pattern.finditer(line))
        found += [(number, variant, use, " ".join(line[max(0, at - 30):at + 40].split()))
                  for at, variant, use in hits]
    return found


def zh_pages():
    return [p.relative_to(harness.DOCS / "zh").as_posix() for p in harness.pages("zh")]


@pytest.mark.parametrize("page", zh_pages())
def test_chinese_pages_use_the_preferred_terms(page):
    found = variants_in((harness.DOCS / "zh" / page).read_text(encoding="utf-8"))
    assert not found, f"docs/zh/{page} uses variants that the glossary rejects:\n" + "\n".join(
        f"  docs/zh/{page}:{number}: “{variant}”, use {use}: …{context}…"
        for number, variant, use, context in found)


@pytest.mark.parametrize("text, expected", [
    ("父进程没有收尸，子进程成了僵尸。", ["收尸", "僵尸"]),
    ("它的信号屏蔽字和处理方式都保留。", ["屏蔽字", "处理方式"]),
    ("子进程拷贝父进程的数据段；写时拷贝。", ["拷贝", "写时拷贝"]),
    ("先屏蔽所有信号，再调用 vfork()。", ["屏蔽"]),
    ("孤儿进程被过继给子进程收割者，由它回收。", []),
    ("第二篇原文说“除了进程号外，其他全部都被替换了”。", []),
    ("用 `sigprocmask()` 设置信号掩码，见 [手册](https://example.org/收尸)。", []),
    ("屏蔽这条警告。", []),
    ("```text\n僵尸 收尸 拷贝\n```\n    ```c\n    // 拷贝\n    ```", []),
])
def test_the_check_finds_variants_only_in_prose(text, expected):
    assert [variant for _, variant, _, _ in variants_in(text)] == expected


def test_a_variant_put_back_into_a_page_is_reported_with_page_and_line():
    text = (harness.DOCS / "zh" / "wait.md").read_text(encoding="utf-8")
    number = next(n for n, line in prose(text) if "回收" in line)
    lines = text.split("\n")
    lines[number - 1] = lines[number - 1].replace("回收", "收尸", 1)
    found = variants_in("\n".join(lines))
    assert [(n, variant) for n, variant, _, _ in found] == [(number, "收尸")]


def test_the_glossary_names_every_rejected_variant():
    text = GLOSSARY["zh"].read_text(encoding="utf-8")
    table = text.split("{ #preferred-terms }", 1)[1]
    missing = [shown for _, shown, _ in FORBIDDEN if f"“{shown}”" not in table]
    assert not missing, f"docs/zh/glossary.md#preferred-terms does not list: {missing}"


# ------------------------------------------------------------- glossary ----

def sections(lang):
    """{section id: [table rows as lists of cells]} for the term tables of the glossary."""
    out, current, header_seen = {}, None, False
    for line in GLOSSARY[lang].read_text(encoding="utf-8").split("\n"):
        if (m := HEADING.match(line)):
            current, header_seen = (m.group(3) if len(m.group(1)) == 2 else None), False
            if current and current != "preferred-terms":
                out[current] = []
            continue
        if current in out and line.startswith("|"):
            if not header_seen:
                header_seen = True
                continue
            if re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", line):
                continue
            out[current].append([c.strip() for c in line.strip().strip("|").split("|")])
    return out


def terms(lang):
    """(section, zh term, en term, link target) for every row, whatever the column order."""
    rows = []
    for section, table in sections(lang).items():
        for cells in table:
            assert len(cells) == 4, f"{lang}/glossary.md#{section}: a row needs 4 cells: {cells}"
            zh, en = (cells[0], cells[1]) if lang == "zh" else (cells[1], cells[0])
            link = re.search(r"\]\(([^)]+)\)", cells[3])
            assert link, f"{lang}/glossary.md#{section}: {zh} / {en} links nowhere"
            rows.append((section, zh, en, link.group(1)))
    return rows


def test_the_glossary_has_at_least_40_terms():
    assert len(terms("zh")) >= MIN_TERMS, f"{len(terms('zh'))} terms"


def test_both_languages_list_the_same_terms_in_the_same_order():
    zh, en = terms("zh"), terms("en")
    assert zh == en, "zh and en glossaries differ:\n" + "\n".join(
        f"  zh {a}\n  en {b}" for a, b in zip(zh, en) if a != b) + (
        f"\n  {len(zh)} zh rows, {len(en)} en rows" if len(zh) != len(en) else "")


def test_each_term_appears_once():
    zh = [t[1] for t in terms("zh")]
    assert len(zh) == len(set(zh)), [t for t in zh if zh.count(t) > 1]


def heading_ids(path):
    ids = set()
    for line in path.read_text(encoding="utf-8").split("\n"):
        if (m := HEADING.match(line)):
            ids.add(m.group(3))
    return ids


@pytest.mark.parametrize("lang", harness.LANGUAGES)
def test_every_term_links_to_a_section_that_exists(lang):
    bad = []
    for _, zh, en, target in terms(lang):
        page, _, anchor = target.partition("#")
        path = harness.DOCS / lang / page
        if not anchor or not path.exists() or anchor not in heading_ids(path):
            bad.append(f"{zh} / {en} -> {target}")
    assert not bad, f"{lang}/glossary.md: links to no explicit heading id:\n  " + "\n  ".join(bad)


def test_every_term_is_used_on_a_chinese_page():
    text = "\n".join(p.read_text(encoding="utf-8") for p in harness.pages("zh")
                     if p.name != "glossary.md").replace("*", "")     # *进程*描述符
    unused = [zh for _, zh, _, _ in terms("zh") if re.split(r"（", zh)[0] not in text]
    assert not unused, f"glossary terms no Chinese page uses: {unused}"


def test_every_term_is_in_the_search_dictionary():
    words = {line.split()[0] for line in USERDICT.read_text(encoding="utf-8").splitlines()
             if line.strip()}
    missing = sorted({w for _, zh, _, _ in terms("zh") for w in CJK_WORD.findall(zh)} - words)
    assert not missing, f"add to {USERDICT.name} (one 'word 100 n' per line): {missing}"


def test_the_search_dictionary_is_well_formed():
    for number, line in enumerate(USERDICT.read_text(encoding="utf-8").splitlines(), 1):
        assert re.fullmatch(r"\S+ \d+ [a-z]+", line), f"{USERDICT.name}:{number}: {line!r}"
