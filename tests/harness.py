"""The snippet harness: the page is the unit under test.

A page is expanded by the real pymdownx.snippets preprocessor, configured from
mkdocs.yml exactly as the build configures it; its fenced blocks are extracted
with pytest_codeblocks.extract_from_buffer (extraction only: that library's own
runner exec()s blocks inside pytest, where __name__ is not "__main__" and a
fork() would duplicate the test session). Every Python block then runs in a
fresh interpreter with a clean environment, in its own session, under a time
limit that kills the whole process tree, and what it prints is compared with
the output block the page shows.

C blocks (```c) are compiled, then run and compared in exactly the same way:
the compiler is `cc -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE`, plus the
flags the page declares with pytest.mark.cflags("..."), and any word from the
compiler (warning, note or error) fails the block with the compiler's message.
A block marked pytest.mark.compile_fails is not run: it is compiled with
`cc FLAGS -c NAME.c`, FLAGS being only what its cflags mark declares (the
compiler's own defaults otherwise), the compiler must reject or at least warn
about it, and its output block shows the command and the diagnostics:

    $ cc -std=gnu11 -c NAME.c
    NAME.c:LINE:COL: error: too few arguments to function 'wait'

Only the diagnostic lines (file:line:col: warning|error|fatal error: message)
are kept, normalised so that they read the same on every GCC: file paths are
the snippet's name, curly quotes are straight, the option tag at the end
("[-Wimplicit-function-declaration]", "[-Werror=...]") is dropped, and so is
whatever follows the first "; " (the hints newer GCCs add: "; did you mean
'perror'?", "; expected 1, have 0"). Notes, "In function" lines, source and
caret lines and summaries ("cc1: all warnings being treated as errors") are
dropped. Severities are not normalised: GCC 14 turned some warnings into
errors (implicit function declarations among them), so a page shows those with
-Werror=<name> (or -pedantic-errors), which gives the same line on every GCC.
Where no C compiler is on PATH, C blocks are skipped, saying so.

Varying values are written in recorded outputs as markers: ‹name›. A marker
matches a number (decimal or 0x-hex); the same marker must match the same
number everywhere in one output, and two different markers must match two
different numbers, so "the child's parent is the parent" is still checked.

Run `python -m tests.harness record [PAGE...]` to re-record outputs (C blocks'
included).
"""
from __future__ import annotations

import ast
import ctypes
import io
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
CONFIG = ROOT / "mkdocs.yml"
LANGUAGES = ("zh", "en")
PYTHON_SYNTAXES = {"python", "py", "python3"}
C_SYNTAXES = {"c"}
DEFAULT_TIMEOUT = 20.0

# C blocks: how a program that runs is compiled, and what a block that must be
# rejected is compiled with before its own flags (nothing: the compiler's defaults).
C_COMPILER = "cc"
C_FLAGS = ("-std=c11", "-Wall", "-Wextra", "-Werror", "-D_GNU_SOURCE")
COMPILE_TIMEOUT = 60.0
NO_C_COMPILER = "no C compiler (cc) on PATH: C companions not compiled"

# A clean environment, as on a reader's machine: nothing of ours leaks in
# (this machine sets PYTHONUNBUFFERED=1, which would hide buffering effects).
CLEAN_ENV = {
    "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
}

MARKER = re.compile(r"‹([A-Za-z][\w-]*)›")
NUMBER = r"(?:0x[0-9a-fA-F]+|\d+)"


class HarnessError(AssertionError):
    """A page, a snippet or its output breaks the snippet contract."""


# ---------------------------------------------------------------- pages ----

@lru_cache(maxsize=None)
def _snippets_config(config_file: str) -> dict:
    import yaml  # PyYAML comes with MkDocs

    class Loader(yaml.SafeLoader):
        pass

    # mkdocs.yml may use MkDocs' !ENV / !relative tags: accept any tag.
    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    with open(config_file, encoding="utf-8") as f:
        config = yaml.load(f, Loader=Loader)
    for ext in config.get("markdown_extensions", []):
        if isinstance(ext, dict) and "pymdownx.snippets" in ext:
            cfg = dict(ext["pymdownx.snippets"] or {})
            base = cfg.get("base_path", ["."])
            base = [base] if isinstance(base, str) else base
            # MkDocs runs from the directory of mkdocs.yml: resolve relative to it.
            cfg["base_path"] = [str(Path(config_file).parent / b) for b in base]
            return cfg
    raise HarnessError(f"{config_file}: pymdownx.snippets is not configured")


def expand(text: str) -> str:
    """Expand --8<-- includes with the real preprocessor, as the build does."""
    import markdown

    cfg = _snippets_config(str(CONFIG))
    md = markdown.Markdown(extensions=["pymdownx.snippets"],
                           extension_configs={"pymdownx.snippets": cfg})
    try:
        lines = md.preprocessors["snippet"].run(text.split("\n"))
    except Exception as exc:  # SnippetMissingError names the missing file
        raise HarnessError(f"include failed: {exc}") from exc
    return "\n".join(lines)


@dataclass
class Example:
    """One Python or C block of a page with the output block the page shows."""
    page: str
    lineno: int
    code: str
    expected: str | None
    language: str = "python"           # "python" or "c"
    returncode: int = 0
    merge_stderr: bool = False
    timeout: float = DEFAULT_TIMEOUT
    skip_reason: str | None = None
    cflags: tuple[str, ...] = ()       # C: pytest.mark.cflags("...")
    compile_fails: bool = False        # C: pytest.mark.compile_fails
    source: str | None = None          # snippets/<topic>/<name>.py (or .c) when included
    output_file: str | None = None     # snippets/<topic>/<name>.out when included

    @property
    def id(self) -> str:
        return self.source or f"{self.page}:{self.lineno}"

    @property
    def filename(self) -> str:
        """The name the program is compiled or run under (the snippet's own name)."""
        return Path(self.source.split(":")[0]).name if self.source else \
            ("block.c" if self.language == "c" else "block.py")

    def key(self) -> tuple:
        return (self.language, self.code, self.expected, self.returncode, self.merge_stderr,
                self.timeout, self.skip_reason, self.cflags, self.compile_fails)


_MARK = re.compile(r"pytest\.mark\.(\w+)(?:\((.*)\))?$")
_INCLUDE = re.compile(r'^\s*-{1,}8<-{1,}\s+"([^"]+)"\s*$')


def _included_files(raw: str) -> list[tuple[int, str]]:
    """Lines (1-based) and targets of the --8<-- includes written in a page."""
    return [(n, m.group(1)) for n, line in enumerate(raw.split("\n"), 1)
            if (m := _INCLUDE.match(line))]


def _cflags(arg: str | None, where: str) -> tuple[str, ...]:
    """pytest.mark.cflags("-D_DEFAULT_SOURCE -O2") or cflags("-O2", "-DX=1")."""
    try:
        value = ast.literal_eval(f"({arg},)") if arg and arg.strip() else ()
    except (ValueError, SyntaxError):
        value = None
    if not value or not all(isinstance(v, str) for v in value):
        raise HarnessError(f'{where}: cflags takes quoted strings: pytest.mark.cflags("-O2 -DX=1")')
    return tuple(flag for v in value for flag in shlex.split(v))


def examples(page: Path, text: str | None = None) -> list[Example]:
    """The Python and C blocks of a page, with their declared expectations."""
    from pytest_codeblocks import extract_from_buffer

    raw = page.read_text(encoding="utf-8") if text is None else text
    expanded = expand(raw)
    blocks = extract_from_buffer(io.StringIO(expanded))
    # Blocks in the raw page, in the same order, tell which file each came from.
    raw_blocks = extract_from_buffer(io.StringIO(raw))
    if len(raw_blocks) != len(blocks):
        raise HarnessError(f"{page}: includes changed the number of blocks")
    rel = _rel(page)
    out = []
    for block, raw_block in zip(blocks, raw_blocks):
        syntax = (block.syntax or "").split()[0] if block.syntax else ""
        if syntax in PYTHON_SYNTAXES:
            language = "python"
        elif syntax in C_SYNTAXES:
            language = "c"
        else:
            continue
        ex = Example(page=rel, lineno=block.lineno, code=block.code,
                     expected=block.expected_output, language=language)
        where = f"{rel}:{block.lineno}"
        for mark in block.marks:
            m = _MARK.match(mark.strip())
            if not m:
                raise HarnessError(f"{rel}:{block.lineno}: unknown mark {mark!r}")
            name, arg = m.groups()
            if name in ("cflags", "compile_fails") and language != "c":
                raise HarnessError(f"{where}: pytest.mark.{name} applies to C blocks only")
            if name == "cflags":
                ex.cflags = _cflags(arg, where)
            elif name == "compile_fails":
                ex.compile_fails = True
            elif name == "skip":
                reason = re.fullmatch(r'\s*reason\s*=\s*(["\'])(.+)\1\s*', arg or "")
                if not reason:
                    raise HarnessError(f"{rel}:{block.lineno}: a skipped block must state "
                                       "its reason: pytest.mark.skip(reason=\"...\")")
                ex.skip_reason = reason.group(2)
            elif name == "returncode":
                ex.returncode = int(arg)
            elif name == "merge_stderr":
                ex.merge_stderr = True
            elif name == "timeout":
                ex.timeout = float(arg)
            else:
                raise HarnessError(f"{rel}:{block.lineno}: unknown mark {mark!r}")
        inc = _INCLUDE.match(raw_block.code.strip().split("\n")[0]) if raw_block.code.strip() else None
        if inc and raw_block.code.strip().count("\n") == 0:
            ex.source = f"snippets/{inc.group(1)}"
        if raw_block.expected_output is not None:
            out_inc = _INCLUDE.match(raw_block.expected_output.strip())
            if out_inc:
                ex.output_file = f"snippets/{out_inc.group(1)}"
        if ex.expected is None and ex.skip_reason is None:
            raise HarnessError(
                f"{rel}:{block.lineno}: {'Python' if language == 'python' else 'C'} block "
                f"{ex.id} has no checked output "
                "(add <!--pytest-codeblocks:expected-output--> and an output block, "
                "or pytest.mark.skip(reason=...) stating why)")
        if ex.compile_fails and (ex.returncode or ex.merge_stderr):
            raise HarnessError(f"{where}: a compile_fails block is never run: returncode "
                               "and merge_stderr make no sense on it")
        out.append(ex)
    return out


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def pages(language: str) -> list[Path]:
    return sorted((DOCS / language).rglob("*.md"))


# ------------------------------------------------------------- processes ----

PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> None:
    """Orphans of the snippets we run are re-parented to us, so we see leaks."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")


def _process_table() -> dict[int, tuple[int, str, str]]:
    """pid -> (ppid, state, command name), read from /proc."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read().decode(errors="replace")
        except OSError:
            continue  # exited meanwhile
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        table[int(entry)] = (int(fields[1]), fields[0], name)
    return table


def descendants(root: int) -> dict[int, tuple[int, str, str]]:
    table = _process_table()
    children: dict[int, list[int]] = {}
    for pid, (ppid, _, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, todo = {}, list(children.get(root, []))
    while todo:
        pid = todo.pop()
        if pid in table and pid not in found:
            found[pid] = table[pid]
            todo.extend(children.get(pid, []))
    return found


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def kill_tree(pids) -> None:
    """SIGKILL processes and everything below them, and reap those that are ours.

    Repeats until nothing is left, since a process may fork while we kill.
    """
    me = os.getpid()
    for _ in range(100):
        victims = set()
        for pid in pids:
            if os.path.exists(f"/proc/{pid}"):
                victims.add(pid)
                victims |= set(descendants(pid))
        if not victims:
            return
        for pid in victims:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.005)
        # Killed processes re-parented to us (we are a subreaper) must be reaped.
        for pid, (ppid, _, _) in descendants(me).items():
            if ppid == me and pid in victims:
                _reap(pid)
        pids = victims


_BASELINE: set[int] = set()


@dataclass
class Result:
    stdout: str
    stderr: str
    returncode: int | None
    timed_out: bool = False
    leaked: list[str] = field(default_factory=list)


def run_program(argv: list[str], timeout: float = DEFAULT_TIMEOUT,
                merge_stderr: bool = False, cwd: str | Path | None = None) -> Result:
    """Run argv in its own session; kill its whole tree on timeout; report leaks.

    Output goes to files, not pipes, so an orphan holding stdout open cannot
    make us wait: we wait for the program itself. Leaks are the processes
    still below us once it exited: orphans (re-parented to us, since we are a
    subreaper) and zombies that nobody reaped. It runs in a new temporary
    directory, which is also its HOME and TMPDIR, unless cwd is given.
    """
    global _BASELINE
    me = os.getpid()
    _BASELINE = set(descendants(me))
    with tempfile.TemporaryDirectory(prefix="snippet-") as tmp:
        env = dict(CLEAN_ENV, HOME=tmp, TMPDIR=tmp)
        with open(Path(tmp) / ".stdout", "w+b") as out, open(Path(tmp) / ".stderr", "w+b") as err:
            proc = subprocess.Popen(
                argv, cwd=cwd or tmp, env=env, stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.STDOUT if merge_stderr else err,
                start_new_session=True)
            timed_out = False
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
                kill_tree([proc.pid])
                proc.wait()
            leaked = []
            left = {p: v for p, v in descendants(me).items() if p not in _BASELINE}
            for pid, (ppid, state, name) in sorted(left.items()):
                what = ("zombie: exited and never reaped" if state == "Z"
                        else f"orphan still running (state {state})")
                leaked.append(f"pid {pid} ({name}): {what}")
            kill_tree(list(left))
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read(), err.read()
    return Result(stdout.decode(errors="replace"), stderr.decode(errors="replace"),
                  proc.returncode, timed_out, leaked)


def snippet_python() -> str:
    """The interpreter that runs snippets: $SNIPPET_PYTHON, else this one."""
    return os.environ.get("SNIPPET_PYTHON") or sys.executable


def c_compiler() -> str | None:
    """The C compiler's path, or None: C blocks are then skipped (NO_C_COMPILER)."""
    return shutil.which(C_COMPILER)


def skip_reason(ex: Example) -> str | None:
    """Why this block is not run here, if it is not."""
    if ex.skip_reason:
        return ex.skip_reason
    if ex.language == "c" and c_compiler() is None:
        return NO_C_COMPILER
    return None


def compile_command(ex: Example) -> list[str]:
    """The compiler's arguments, as a reader would type them (cc first)."""
    if ex.compile_fails:
        return [C_COMPILER, *ex.cflags, "-c", ex.filename]
    return [C_COMPILER, *C_FLAGS, *ex.cflags, "-o", Path(ex.filename).stem, ex.filename]


_DIAGNOSTIC = re.compile(
    r"^(?P<where>[^\s:][^:]*:\d+(?::\d+)?): (?P<severity>fatal error|error|warning): (?P<message>.*)$")
_OPTION_TAG = re.compile(r"\s*\[-W[^\]]*\]$")


def diagnostics(output: str, directory: str | Path | None = None) -> list[str]:
    """The compiler's diagnostics, normalised to read the same on every GCC.

    Keeps only "file:line:col: warning|error|fatal error: message" lines. The
    directory the file was compiled in is removed (the file is compiled under
    the snippet's own name, so that name is what remains), curly quotes become
    straight, the trailing option tag is dropped, and so is everything from the
    first "; " of the message on (the hints newer GCCs add). Notes, source and
    caret lines go.
    """
    kept = []
    for line in output.splitlines():
        if directory is not None:
            line = line.replace(f"{directory}/", "")
        line = line.replace("\u2018", "'").replace("\u2019", "'")
        m = _DIAGNOSTIC.match(line)
        if not m:
            continue
        message = _OPTION_TAG.sub("", m["message"]).split("; ")[0]
        kept.append(f"{m['where']}: {m['severity']}: {message}")
    return kept


def _compile(ex: Example, directory: str) -> Result:
    cc = c_compiler()
    if cc is None:
        raise HarnessError(f"{ex.id}: {NO_C_COMPILER}")
    (Path(directory) / ex.filename).write_text(ex.code, encoding="utf-8")
    argv = compile_command(ex)
    return run_program([cc, *argv[1:]], timeout=COMPILE_TIMEOUT, cwd=directory)


def run_example(ex: Example, python: str | None = None) -> Result:
    """Run a block; for a C block, compile it first (and only that if compile_fails)."""
    with tempfile.TemporaryDirectory(prefix="page-block-") as tmp:
        if ex.language == "python":
            script = Path(tmp) / ex.filename
            script.write_text(ex.code, encoding="utf-8")
            return run_program([python or snippet_python(), str(script)],
                               timeout=ex.timeout, merge_stderr=ex.merge_stderr)
        built = _compile(ex, tmp)
        command = shlex.join(compile_command(ex))
        said = (built.stdout + built.stderr).replace(f"{tmp}/", "")
        if built.timed_out or built.leaked:
            raise HarnessError(f"{ex.id}: `{command}` timed out or left processes behind: "
                               f"{built.leaked}\n{said}")
        if ex.compile_fails:
            transcript = "\n".join([f"$ {command}", *diagnostics(said)]) + "\n"
            return Result(transcript, said, built.returncode)
        if built.returncode != 0 or said.strip():
            raise HarnessError(f"{ex.page}:{ex.lineno} ({ex.id}): `{command}` "
                               f"{'failed' if built.returncode else 'was not silent'} "
                               f"(exit status {built.returncode}); the compiler said:\n{said}")
        return run_program([str(Path(tmp) / Path(ex.filename).stem)],
                           timeout=ex.timeout, merge_stderr=ex.merge_stderr)


# ------------------------------------------------------------ comparison ----

def _pattern(expected: str) -> tuple[re.Pattern, list[str]]:
    parts, names, pos = [], [], 0
    for m in MARKER.finditer(expected):
        parts.append(re.escape(expected[pos:m.start()]))
        name = m.group(1)
        group = "m_" + name.replace("-", "_")
        if name in names:
            parts.append(f"(?P={group})")
        else:
            names.append(name)
            parts.append(f"(?P<{group}>{NUMBER})")
        pos = m.end()
    parts.append(re.escape(expected[pos:]))
    return re.compile("".join(parts), re.DOTALL), names


def normalise(text: str) -> str:
    return text.rstrip("\n") + "\n" if text.strip() else ""


def matches(expected: str, actual: str) -> tuple[bool, str]:
    """Does actual match expected, markers included? Returns (ok, reason)."""
    pattern, names = _pattern(normalise(expected))
    m = pattern.fullmatch(normalise(actual))
    if not m:
        return False, "output differs"
    values = {n: m.group("m_" + n.replace("-", "_")) for n in names}
    seen: dict[str, str] = {}
    for name, value in values.items():
        if value in seen:
            return False, (f"markers ‹{seen[value]}› and ‹{name}› stand for the same "
                           f"value {value}; different markers must be different values")
        seen[value] = name
    return True, ""


def _diff(expected: str, actual: str, why: str) -> str:
    import difflib
    diff = "".join(difflib.unified_diff(
        normalise(expected).splitlines(True), normalise(actual).splitlines(True),
        "page shows", "program printed"))
    return f"{why}:\n{diff}"


def check(ex: Example, result: Result) -> None:
    """Raise HarnessError unless the block behaved as its page says."""
    problems = []
    if ex.compile_fails:
        complained = len(result.stdout.splitlines()) > 1
        if result.returncode == 0 and not complained:
            problems.append("compiled without a diagnostic; the page says the compiler "
                            "rejects it or warns about it")
        elif normalise(ex.expected or "") != normalise(result.stdout):
            problems.append(_diff(ex.expected or "", result.stdout, "diagnostics differ")
                            + "\nthe compiler said:\n" + result.stderr)
        if problems:
            raise HarnessError(f"{ex.page}:{ex.lineno} ({ex.id}):\n- " + "\n- ".join(problems))
        return
    if result.timed_out:
        problems.append(f"timed out after {ex.timeout:g} s; its whole process tree was killed")
    if result.leaked:
        problems.append("left processes behind:\n  " + "\n  ".join(result.leaked))
    if not result.timed_out and result.returncode != ex.returncode:
        problems.append(f"exit status {result.returncode}, the page declares {ex.returncode}")
    if not ex.merge_stderr and result.stderr.strip():
        problems.append("wrote to stderr, which the page does not show:\n" + result.stderr)
    ok, why = matches(ex.expected or "", result.stdout)
    if not ok:
        problems.append(_diff(ex.expected or "", result.stdout, why))
    if problems:
        raise HarnessError(f"{ex.page}:{ex.lineno} ({ex.id}):\n- " + "\n- ".join(problems))


# ------------------------------------------------------------- recording ----

_VALUE = re.compile(NUMBER)


def templatise(first: str, second: str, old: str | None = None) -> str:
    """Turn two runs' outputs into a recorded output with ‹markers›.

    Numbers that differ between the runs vary; each distinct value gets a
    marker, named as in the old recording where the layout is unchanged. Where
    the layout is unchanged, a number the old recording marked stays marked
    even if both runs printed the same value (the harness's PID, say).
    """
    def split(text):
        return _VALUE.split(text), _VALUE.findall(text)

    (lit1, num1), (lit2, num2) = split(first), split(second)
    if lit1 != lit2 or len(num1) != len(num2):
        raise HarnessError("two runs differ in more than numbers: make the snippet "
                           "deterministic (synchronise, print verdicts)\n--- run 1\n"
                           f"{first}--- run 2\n{second}")
    old_names: list[str | None] = []
    if old is not None and _VALUE.split(MARKER.sub("0", old)) == lit1:
        # Same layout as before: keep the names the author gave the markers.
        old_names = [t.group(1) for t in re.finditer(rf"‹([A-Za-z][\w-]*)›|{NUMBER}", old)]
    names: dict[str, str] = {}
    used = set(n for n in old_names if n)
    counter = 0
    out = [lit1[0]]
    for i, (a, b) in enumerate(zip(num1, num2)):
        # A number equal in both runs is a constant, unless the author marked it:
        # the harness's own PID (a snippet's parent) is the same in both runs.
        authored = i < len(old_names) and old_names[i] is not None
        if a == b and not authored and a not in names:
            out.append(a)
        else:
            if a not in names:
                name = old_names[i] if i < len(old_names) and old_names[i] else None
                if name is None or name in names.values():
                    counter += 1
                    while f"v{counter}" in used:
                        counter += 1
                    name = f"v{counter}"
                names[a] = name
            out.append(f"‹{names[a]}›")
        out.append(lit1[i + 1])
    return "".join(out)


def record(page_paths: list[Path], python: str | None = None, log=print) -> int:
    """Re-record the output files of the given pages' blocks. Returns files written.

    An output file may be shared by two programs, a Python one and its C twin
    that prints the same: the first one records it, the other must match it.
    """
    written, recorded, done = 0, set(), set()
    for page in page_paths:
        # A new snippet's output file does not exist yet: start it empty.
        for _, target in _included_files(page.read_text(encoding="utf-8")):
            if target.endswith(".out") and not (SNIPPETS / target).exists():
                (SNIPPETS / target).touch()
        for ex in examples(page):
            if ex.output_file is None or ex.id in done:
                continue
            done.add(ex.id)
            if skip_reason(ex):
                log(f"skipped {ex.id}: {skip_reason(ex)}")
                continue
            path = ROOT / ex.output_file
            first = run_example(ex, python)
            if ex.output_file in recorded:
                try:
                    check(replace(ex, expected=path.read_text(encoding="utf-8")), first)
                except HarnessError as exc:
                    raise HarnessError(f"{ex.id} shares {ex.output_file} with another "
                                       f"program but does not print the same:\n{exc}") from None
                continue
            recorded.add(ex.output_file)
            if ex.compile_fails:
                if first.timed_out or (first.returncode == 0 and len(first.stdout.splitlines()) < 2):
                    raise HarnessError(f"{ex.id}: cannot record: the compiler did not complain\n"
                                       f"{first.stderr}")
            elif first.timed_out or first.leaked or first.returncode != ex.returncode:
                raise HarnessError(f"{ex.id}: cannot record: timed_out={first.timed_out} "
                                   f"leaked={first.leaked} exit={first.returncode}\n{first.stderr}")
            old = path.read_text(encoding="utf-8") if path.exists() else None
            if old is not None and matches(old, first.stdout)[0]:
                continue  # normalised form unchanged: leave the file alone
            second = run_example(ex, python)
            new = templatise(normalise(first.stdout), normalise(second.stdout), old)
            path.write_text(new, encoding="utf-8")
            written += 1
            log(f"recorded {ex.output_file}")
    return written


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "record":
        print("usage: python -m tests.harness record [PAGE.md ...]", file=sys.stderr)
        return 2
    become_subreaper()
    targets = [Path(a) for a in argv[1:]] or pages(LANGUAGES[0]) + pages(LANGUAGES[1])
    n = record(targets)
    print(f"{n} output file(s) rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
