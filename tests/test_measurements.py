"""scripts/measure.py and the measurements page. The quick mode runs (measure,
then plot), so that the script cannot rot; the committed plots and table rows
are exactly what the committed CSV files give, so that the page shows nothing
the data do not back; both languages publish the same data; and the pages'
images and tables fit the generated files. No assertion on how long anything
takes on the machine that runs the tests; the committed data, which the pages
describe in words, are checked against those words."""
import csv
import importlib.util
import json
import mmap
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests import harness

pytestmark = pytest.mark.xdist_group("measurements")

SCRIPT = harness.ROOT / "scripts" / "measure.py"
_spec = importlib.util.spec_from_file_location("measure", SCRIPT)
measure = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(measure)

ASSETS = {lang: harness.ROOT / measure.ASSETS.format(lang=lang) for lang in measure.LANGS}
FRAGMENTS = harness.ROOT / measure.FRAGMENTS
DATA_FILES = ("creation.csv", "fork-memory.csv", "cow.csv", "machine.json")
ROW_FILES = ("creation", "fork-memory", "fork-memory-fit", "cow", "machine-hardware",
             "machine-software")
SVG_NS = "{http://www.w3.org/2000/svg}"
CJK = re.compile(r"[\u4e00-\u9fff]")


def script(*args):
    result = subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True,
                            text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    return result


def svg_names():
    return [f"{name}-{scheme}.svg" for name in measure.PLOTS for scheme in measure.SCHEMES]


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def cells(line):
    """The cells of a Markdown table row (no cell of these tables holds a "|")."""
    assert line.startswith("|") and line.endswith("|"), line
    return [c.strip() for c in line[1:-1].split("|")]


@pytest.fixture(scope="module")
def quick(tmp_path_factory):
    """A quick run written into two folders, then plotted from the first."""
    tmp = tmp_path_factory.mktemp("measure")
    for step in (script("run", "--quick", "--quiet", "--out", tmp / "a", "--out", tmp / "b"),
                 script("plot", "--quiet", "--data", tmp / "a", "--root", tmp / "out")):
        assert step.stdout == step.stderr == "", step.stderr    # no warning either
    return tmp, json.loads((tmp / "a" / "machine.json").read_text(encoding="utf-8"))


# ----------------------------------------------------------- the quick mode

def test_quick_run_writes_the_same_files_into_every_folder(quick):
    tmp, _ = quick
    for name in DATA_FILES:
        assert (tmp / "a" / name).read_bytes() == (tmp / "b" / name).read_bytes(), name


def test_quick_run_refuses_to_overwrite_the_committed_data():
    result = subprocess.run([sys.executable, str(SCRIPT), "run", "--quick"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode != 0 and "--out" in result.stderr


def test_machine_json_describes_the_machine_and_the_command(quick):
    _, info = quick
    assert set(info) == set(measure.MACHINE_KEYS)
    assert info["quick"] is True and info["parameters"] == measure.QUICK
    assert info["page_size"] == mmap.PAGESIZE
    assert info["cpus"] >= info["cpus_usable"] >= 1
    assert info["memory_bytes"] > 0 and info["kernel"] and info["python"]
    assert info["command"].startswith("python3 scripts/measure.py run --quick")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\dZ", info["date"])


def check_creation_csv(folder, info):
    header, *rows = read_rows(folder / "creation.csv")
    assert tuple(header) == measure.CSV_COLUMNS["creation"]
    runs = info["parameters"]["creation_runs"]
    for method in measure.CREATION_METHODS:
        mine = [r for r in rows if r[0] == method]
        assert sorted(int(r[1]) for r in mine) == list(range(runs)), method
    assert len(rows) == runs * len(measure.CREATION_METHODS)
    assert all(int(r[2]) > 0 for r in rows)


def check_fork_memory_csv(folder, info):
    header, *rows = read_rows(folder / "fork-memory.csv")
    assert tuple(header) == measure.CSV_COLUMNS["fork-memory"]
    p = info["parameters"]
    sizes = [m for m in p["memory_sizes_mib"] if m not in info["skipped_sizes_mib"]]
    assert sizes, "every size was skipped: not enough free memory?"
    for mib in sizes:
        for method in measure.MEMORY_METHODS:
            mine = [r for r in rows if r[0] == method and int(r[1]) == mib * measure.MiB]
            assert sorted(int(r[3]) for r in mine) == list(range(p["memory_runs"])), (mib, method)
            # Every page of the buffer was written, so the parent holds it all.
            assert all(int(r[2]) >= mib * measure.MiB for r in mine)
    assert len(rows) == len(sizes) * len(measure.MEMORY_METHODS) * p["memory_runs"]
    assert all(int(r[4]) > 0 for r in rows)
    # The fork() call is the first part of the same run: never longer than the whole.
    whole = {(r[1], r[3]): int(r[4]) for r in rows if r[0] == "fork"}
    assert all(int(r[4]) <= whole[r[1], r[3]] for r in rows if r[0] == "fork_call")


def check_cow_csv(folder, info):
    header, *rows = read_rows(folder / "cow.csv")
    assert tuple(header) == measure.CSV_COLUMNS["cow"]
    p = info["parameters"]
    for pages in p["cow_pages"]:
        for method in measure.COW_METHODS:
            mine = [r for r in rows if r[0] == method and int(r[1]) == pages]
            assert sorted(int(r[2]) for r in mine) == list(range(p["cow_runs"])), (pages, method)
    assert len(rows) == len(p["cow_pages"]) * len(measure.COW_METHODS) * p["cow_runs"]
    assert all(int(r[3]) > 0 for r in rows)


CSV_CHECKS = (check_creation_csv, check_fork_memory_csv, check_cow_csv)


@pytest.mark.parametrize("check", CSV_CHECKS, ids=lambda c: c.__name__)
def test_quick_run_writes_every_method_size_and_run(quick, check):
    tmp, info = quick
    check(tmp / "a", info)


def check_svg(path, lang):
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg", path
    assert (root.get("width"), root.get("height")) == (str(measure.WIDTH), str(measure.HEIGHT))
    texts = "".join("".join(t.itertext()) for t in root.iter(f"{SVG_NS}text"))
    assert texts, f"{path}: no text element (svg.fonttype must be 'none')"
    assert bool(CJK.search(texts)) == (lang == "zh"), f"{path}: text in the wrong language"
    assert "DejaVu Sans', sans-serif" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", measure.LANGS)
def test_quick_plot_writes_every_plot_in_each_language(quick, lang):
    tmp, _ = quick
    for name in svg_names():
        check_svg(tmp / "out" / measure.ASSETS.format(lang=lang) / name, lang)


def test_quick_plot_writes_table_rows(quick):
    tmp, _ = quick
    for name in ROW_FILES:
        text = (tmp / "out" / measure.FRAGMENTS / f"{name}.md").read_text(encoding="utf-8")
        lines = text.rstrip("\n").split("\n")
        assert lines and text.endswith("\n"), name
        assert all(line.startswith("| ") and line.endswith(" |") for line in lines), name
        assert len({len(cells(line)) for line in lines}) == 1, name


# ------------------------------------------------------- the committed files

def test_both_languages_publish_the_same_data():
    for name in DATA_FILES:
        assert (ASSETS["zh"] / name).read_bytes() == (ASSETS["en"] / name).read_bytes(), name


def committed_info():
    return json.loads((ASSETS["en"] / "machine.json").read_text(encoding="utf-8"))


def test_the_committed_data_come_from_a_full_run():
    info = committed_info()
    assert info["quick"] is False and info["parameters"] == measure.FULL
    assert set(info) == set(measure.MACHINE_KEYS)


@pytest.mark.parametrize("check", CSV_CHECKS, ids=lambda c: c.__name__)
def test_committed_data_hold_every_method_size_and_run(check):
    check(ASSETS["en"], committed_info())


def test_committed_rows_are_what_the_committed_data_give():
    """The table rows need no matplotlib, so they are checked whatever its version
    (the plots below are skipped when it differs)."""
    data = ASSETS["en"]
    made = measure.fragments(measure.read_csv(data / "creation.csv"),
                             measure.read_csv(data / "fork-memory.csv"),
                             measure.read_csv(data / "cow.csv"), committed_info())
    assert sorted(made) == sorted(ROW_FILES)
    for name, text in made.items():
        assert (FRAGMENTS / f"{name}.md").read_bytes() == text.encode("utf-8"), \
            f"{name}: run `scripts/measure.py plot` and commit its output"


def stats(rows, method, key=None, value=None):
    """spread() (median, p10, p90) of one method's samples, at one size if given."""
    return measure.spread([int(r["nanoseconds"]) for r in rows if r["method"] == method
                           and (key is None or int(r[key]) == value)])


def test_committed_data_bear_out_what_the_pages_say():
    """The prose of both pages describes the committed data in words; after a new
    `make measure`, this fails where the words no longer fit the figures."""
    data = ASSETS["en"]
    # "What each kind does, from the cheapest": thread, posix_spawn(), subprocess.run()
    # ("costs more than posix_spawn() but less than a fork()"), fork(), fork() + exec.
    creation = measure.read_csv(data / "creation.csv")
    order = ["thread", "posix_spawn", "subprocess_run", "fork", "fork_exec"]
    medians = [stats(creation, m)[0] for m in order]
    assert medians == sorted(medians), dict(zip(order, medians))

    # The fork line rises with the memory; the posix_spawn line stays nearly flat:
    # its fitted slope "hundreds of times smaller" than fork()'s, and its rise less
    # than the spread of its own runs.
    memory = measure.read_csv(data / "fork-memory.csv")
    sizes = sorted({int(r["buffer_bytes"]) for r in memory})
    small, large = sizes[0], sizes[-1]
    fork_small, fork_large = (stats(memory, "fork", "buffer_bytes", s)[0] for s in (small, large))
    assert fork_large > 10 * fork_small
    big = sizes[len(sizes) // 2:]
    slope = {m: measure.fit(big, [stats(memory, m, "buffer_bytes", s)[0] for s in big])[0]
             for m in measure.MEMORY_METHODS}
    assert slope["fork"] > slope["fork_call"] > 100 * abs(slope["posix_spawn"]), slope
    spawn_small = stats(memory, "posix_spawn", "buffer_bytes", small)
    spawn_large = stats(memory, "posix_spawn", "buffer_bytes", large)
    assert spawn_large[0] - spawn_small[0] < spawn_large[2] - spawn_large[1]

    # A first write costs far more per page than a second one, and its cost per page
    # "settles" at the larger sizes.
    cow = measure.read_csv(data / "cow.csv")
    pages = sorted({int(r["pages"]) for r in cow})
    for n in pages[len(pages) // 2:]:
        first, second = (stats(cow, m, "pages", n)[0] for m in measure.COW_METHODS)
        assert first > 10 * second, (n, first, second)
    per_page = [stats(cow, "first_write", "pages", n)[0] / n for n in pages[-3:]]
    assert max(per_page) < 1.25 * min(per_page), per_page


def test_committed_plots_and_rows_are_what_the_committed_data_give(tmp_path):
    import matplotlib
    committed = (ASSETS["en"] / svg_names()[0]).read_text(encoding="utf-8")
    made_with = re.search(r"Matplotlib v([\w.]+)", committed).group(1)
    if made_with != matplotlib.__version__:
        pytest.skip(f"the plots were made with matplotlib {made_with}, this is "
                    f"{matplotlib.__version__}: SVG bytes differ between versions")
    script("plot", "--quiet", "--data", ASSETS["en"], "--root", tmp_path)
    for lang in measure.LANGS:
        made = sorted(p.name for p in (tmp_path / measure.ASSETS.format(lang=lang)).iterdir())
        assert made == sorted(svg_names())
        for name in made:
            assert (tmp_path / measure.ASSETS.format(lang=lang) / name).read_bytes() == \
                (ASSETS[lang] / name).read_bytes(), f"{lang}/{name}: run `make measure` or " \
                "`scripts/measure.py plot` and commit its output"
    for name in ROW_FILES:
        assert (tmp_path / measure.FRAGMENTS / f"{name}.md").read_bytes() == \
            (FRAGMENTS / f"{name}.md").read_bytes(), name


def test_no_stray_file_among_the_committed_ones():
    for lang in measure.LANGS:
        assert sorted(p.name for p in ASSETS[lang].iterdir()) == sorted([*DATA_FILES, *svg_names()])
    assert sorted(p.name for p in FRAGMENTS.iterdir()) == sorted(f"{n}.md" for n in ROW_FILES)


@pytest.mark.parametrize("lang", measure.LANGS)
def test_committed_plots_are_in_the_page_language(lang):
    for name in svg_names():
        check_svg(ASSETS[lang] / name, lang)


# ---------------------------------------------------------------- the pages

IMAGE = re.compile(r'!\[([^\]]+)\]\(assets/measurements/([\w-]+\.svg)#only-(light|dark)\)'
                   r'\{ width="(\d+)" height="(\d+)" loading=lazy \}')
LINK = re.compile(r"\]\(assets/measurements/([\w.-]+)\)")


@pytest.mark.parametrize("lang", measure.LANGS)
def test_page_shows_every_plot_with_its_size_and_scheme(lang):
    text = (harness.DOCS / lang / "measurements.md").read_text(encoding="utf-8")
    shown = IMAGE.findall(text)
    assert sorted(name for _, name, _, _, _ in shown) == sorted(svg_names())
    for alt, name, scheme, width, height in shown:
        assert name.endswith(f"-{scheme}.svg"), name
        root = ET.parse(ASSETS[lang] / name).getroot()
        assert (width, height) == (root.get("width"), root.get("height")), name
        assert bool(CJK.search(alt)) == (lang == "zh"), f"alt text of {name} in the wrong language"
    assert sorted(LINK.findall(text)) == sorted(DATA_FILES)


@pytest.mark.parametrize("lang", measure.LANGS)
def test_page_tables_have_the_columns_of_the_generated_rows(lang):
    """The pages hold the headers (in their language), the generated files the rows."""
    lines = (harness.DOCS / lang / "measurements.md").read_text(encoding="utf-8").split("\n")
    included = []
    for i, line in enumerate(lines):
        m = re.fullmatch(r'--8<-- "measurements/([\w-]+)\.md"', line)
        if not m:
            continue
        included.append(m.group(1))
        header, separator = cells(lines[i - 2]), cells(lines[i - 1])
        assert all(re.fullmatch(r":?-+:?", c) for c in separator), lines[i - 1]
        for row in (FRAGMENTS / f"{m.group(1)}.md").read_text(encoding="utf-8").splitlines():
            assert len(cells(row)) == len(header) == len(separator), (m.group(1), row)
    assert sorted(included) == sorted(ROW_FILES)
