"""The snippets folder: every file (Python, C, recorded output) is shown by
both languages, every program has its recorded output, and section markers are
paired (an unpaired --8<-- [start:x] silently reads to the end)."""
import re

import pytest

from tests import harness

SECTION = re.compile(r"--8<--\s*\[(start|end):([\w-]+)\]")


def snippet_files():
    return sorted(p.relative_to(harness.SNIPPETS).as_posix()
                  for p in harness.SNIPPETS.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts)


def included_by(lang):
    found = set()
    for page in harness.pages(lang):
        for _, target in harness._included_files(page.read_text(encoding="utf-8")):
            found.add(target.split(":")[0])        # "file.py:section" -> file.py
    return found


def test_there_are_snippets():
    assert len(snippet_files()) >= 12


@pytest.mark.parametrize("lang", harness.LANGUAGES)
def test_every_snippet_file_is_included_by_every_language(lang):
    missing = sorted(set(snippet_files()) - included_by(lang))
    assert not missing, f"snippet files that no {lang} page includes: {missing}"


@pytest.mark.parametrize("name", snippet_files())
def test_section_markers_are_paired(name):
    text = (harness.SNIPPETS / name).read_text(encoding="utf-8")
    opened = {}
    for m in SECTION.finditer(text):
        kind, section = m.groups()
        if kind == "start":
            assert section not in opened, f"{name}: [start:{section}] twice"
            opened[section] = True
        else:
            assert opened.pop(section, None), f"{name}: [end:{section}] without [start:{section}]"
    assert not opened, f"{name}: [start:{', '.join(opened)}] never ended"


@pytest.mark.parametrize("name", [n for n in snippet_files() if n.endswith((".py", ".c"))])
def test_every_program_has_its_recorded_output(name):
    # A C twin that prints what its Python program prints shares its .out
    # (same name); one that prints something else has a name of its own.
    assert (harness.SNIPPETS / name).with_suffix(".out").exists(), f"{name} has no .out file"


def test_an_unpaired_marker_would_be_caught(tmp_path, monkeypatch):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "x.py").write_text("# --8<-- [start:main]\nprint(1)\n")
    monkeypatch.setattr(harness, "SNIPPETS", tmp_path)
    with pytest.raises(AssertionError, match="never ended"):
        test_section_markers_are_paired("t/x.py")
