"""The harness's own tests: each proves that a way a snippet can go wrong is
caught, and that a correct snippet passes. The programs are real; they fork,
exec and leak for real, and the harness must notice."""
import os
import textwrap
from pathlib import Path

import pytest

from tests import harness


def page(tmp_path, code, expected=None, marks=(), syntax="python"):
    """A one-block page with `code` and, if given, its output block."""
    text = "# Fixture { #fixture }\n\n"
    text += "".join(f"<!--{m}-->\n" for m in marks)
    text += f"```{syntax}\n" + textwrap.dedent(code).strip("\n") + "\n```\n\n"
    if expected is not None:
        text += "<!--pytest-codeblocks:expected-output-->\n```text\n" + expected + "```\n"
    path = tmp_path / "fixture.md"
    path.write_text(text, encoding="utf-8")
    return path


def run(path):
    (example,) = harness.examples(path)
    harness.check(example, harness.run_example(example))


def fails(path, *needles):
    with pytest.raises(harness.HarnessError) as info:
        run(path)
    for needle in needles:
        assert needle in str(info.value), str(info.value)
    return str(info.value)


def test_a_correct_snippet_passes(tmp_path):
    run(page(tmp_path, 'print("hello")', "hello\n"))


def test_wrong_output_is_caught(tmp_path):
    fails(page(tmp_path, 'print("hello")', "goodbye\n"), "output differs", "-goodbye", "+hello")


def test_a_snippet_that_raises_is_caught(tmp_path):
    fails(page(tmp_path, 'print("before")\nraise RuntimeError("boom")', "before\n"),
          "exit status 1", "RuntimeError: boom")


def test_a_snippet_that_exits_non_zero_is_caught(tmp_path):
    fails(page(tmp_path, "import sys\nsys.exit(3)", ""), "exit status 3, the page declares 0")


def test_a_declared_exit_status_is_checked(tmp_path):
    run(page(tmp_path, "import sys\nsys.exit(3)", "", marks=["pytest.mark.returncode(3)"]))


def test_undeclared_stderr_is_caught(tmp_path):
    fails(page(tmp_path, 'import sys\nprint("oops", file=sys.stderr)', ""), "wrote to stderr", "oops")


def test_merged_stderr_is_compared(tmp_path):
    code = 'import sys\nprint("out", flush=True)\nprint("err", file=sys.stderr)'
    run(page(tmp_path, code, "out\nerr\n", marks=["pytest.mark.merge_stderr"]))


CHILD_REPORTS = """
import os
pid = os.fork()
if pid == 0:
    try:
        print(f"child: my parent is {PARENT_EXPR}", flush=True)
    finally:
        os._exit(0)
os.waitpid(pid, 0)
print(f"parent: I am {os.getpid()}")
"""
RELATION = "child: my parent is ‹parent›\nparent: I am ‹parent›\n"


def test_a_right_relation_between_pids_passes(tmp_path):
    run(page(tmp_path, CHILD_REPORTS.replace("PARENT_EXPR", "os.getppid()"), RELATION))


def test_a_wrong_relation_between_pids_is_caught(tmp_path):
    # The child prints its own PID where its parent's is expected.
    fails(page(tmp_path, CHILD_REPORTS.replace("PARENT_EXPR", "os.getpid()"), RELATION),
          "output differs")


def test_two_markers_cannot_stand_for_one_value(tmp_path):
    code = "import os\nprint(os.getpid(), os.getpid())"
    fails(page(tmp_path, code, "‹a› ‹b›\n"), "‹a› and ‹b› stand for the same value")


def test_a_child_never_reaped_is_caught(tmp_path):
    code = """
    import os
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    # Wait until the child has exited, but leave it unreaped (WNOWAIT).
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    print("done")
    """
    fails(page(tmp_path, code, "done\n"), "left processes behind", "zombie: exited and never reaped")
    assert not harness.descendants(os.getpid())


def test_a_leaked_orphan_is_caught_and_killed(tmp_path):
    code = """
    import os, time
    pid = os.fork()
    if pid == 0:
        time.sleep(60)
        os._exit(0)
    print(pid)
    """
    fails(page(tmp_path, code, "‹orphan›\n"), "left processes behind", "orphan still running")
    assert not harness.descendants(os.getpid())


def test_a_hanging_snippet_is_killed_with_its_whole_tree(tmp_path):
    code = """
    import os, time
    pid = os.fork()                   # the child hangs too, in the same session
    if pid == 0:
        os.setsid()                   # and even escapes to a session of its own
        time.sleep(60)
        os._exit(0)
    print(pid, flush=True)
    time.sleep(60)
    """
    path = page(tmp_path, code, "‹child›\n", marks=["pytest.mark.timeout(1)"])
    (example,) = harness.examples(path)
    result = harness.run_example(example)
    child = int(result.stdout)
    assert result.timed_out
    assert not os.path.exists(f"/proc/{child}")
    assert not harness.descendants(os.getpid())
    with pytest.raises(harness.HarnessError, match="timed out after 1 s"):
        harness.check(example, result)


EXEC = """
import os, sys
print("before exec: pid", os.getpid()FLUSH)
os.execv("/bin/sh", ["sh", "-c", "echo after exec: pid $$"])
"""


def test_a_snippet_that_execs_is_followed_into_the_new_program(tmp_path):
    # Same PID before and after exec: the same marker must match both.
    run(page(tmp_path, EXEC.replace("FLUSH", ", flush=True"),
             "before exec: pid ‹pid›\nafter exec: pid ‹pid›\n"))


def test_output_lost_by_exec_is_caught(tmp_path):
    # Without flush, the line stays in Python's buffer, which exec discards.
    fails(page(tmp_path, EXEC.replace("FLUSH", ""),
               "before exec: pid ‹pid›\nafter exec: pid ‹pid›\n"), "output differs")


def test_the_main_guard_body_runs(tmp_path):
    code = 'if __name__ == "__main__":\n    print("main ran")'
    run(page(tmp_path, code, "main ran\n"))
    fails(page(tmp_path, code, ""), "+main ran")


def test_the_environment_is_clean(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONUNBUFFERED", "1")
    code = 'import os, sys\nprint("PYTHONUNBUFFERED" in os.environ, sys.stdout.write_through)'
    run(page(tmp_path, code, "False False\n"))


def test_a_block_without_checked_output_is_refused(tmp_path):
    with pytest.raises(harness.HarnessError, match="has no checked output"):
        harness.examples(page(tmp_path, 'print("x")'))


def test_an_exemption_needs_a_reason(tmp_path):
    with pytest.raises(harness.HarnessError, match="must state its reason"):
        harness.examples(page(tmp_path, 'print("x")', marks=["pytest.mark.skip"]))
    (ex,) = harness.examples(page(tmp_path, 'print("x")',
                                  marks=['pytest.mark.skip(reason="needs a GPU")']))
    assert ex.skip_reason == "needs a GPU"


def test_a_missing_include_names_the_file(tmp_path):
    path = tmp_path / "p.md"
    path.write_text('```python\n--8<-- "fork/no_such_snippet.py"\n```\n', encoding="utf-8")
    with pytest.raises(harness.HarnessError, match="no_such_snippet.py"):
        harness.examples(path)


def test_recording_marks_varying_numbers_and_keeps_names():
    first = "child 101 of 100, counter 7\n"
    second = "child 205 of 204, counter 7\n"
    assert harness.templatise(first, second) == "child ‹v1› of ‹v2›, counter 7\n"
    old = "child ‹kid› of ‹dad›, counter 7\n"
    assert harness.templatise(first, second, old) == "child ‹kid› of ‹dad›, counter 7\n"
    same = "pid 300 then 300\n", "pid 400 then 400\n"
    assert harness.templatise(*same) == "pid ‹v1› then ‹v1›\n"


def test_recording_keeps_an_authored_marker_whose_value_did_not_change():
    # The snippet's parent is the harness: the same PID in both recording runs.
    first, second = "me 101, parent 50, 50\n", "me 205, parent 50, 50\n"
    assert harness.templatise(first, second) == "me ‹v1›, parent 50, 50\n"
    old = "me ‹me›, parent ‹parent›, ‹parent›\n"
    assert harness.templatise(first, second, old) == old


def test_recording_refuses_nondeterministic_text():
    with pytest.raises(harness.HarnessError, match="differ in more than numbers"):
        harness.templatise("parent first\n", "child first\n")


def test_record_rewrites_only_changed_outputs(tmp_path, monkeypatch):
    snippets = tmp_path / "snippets"
    (snippets / "demo").mkdir(parents=True)
    (snippets / "demo" / "pid.py").write_text("import os\nprint('pid', os.getpid())\n")
    config = tmp_path / "mkdocs.yml"
    config.write_text("markdown_extensions:\n  - pymdownx.snippets:\n"
                      "      base_path: [snippets]\n      check_paths: true\n")
    doc = tmp_path / "demo.md"
    doc.write_text('```python\n--8<-- "demo/pid.py"\n```\n\n'
                   '<!--pytest-codeblocks:expected-output-->\n```text\n--8<-- "demo/pid.out"\n```\n')
    monkeypatch.setattr(harness, "ROOT", tmp_path)
    monkeypatch.setattr(harness, "SNIPPETS", snippets)
    monkeypatch.setattr(harness, "CONFIG", config)
    assert harness.record([doc], log=lambda *_: None) == 1
    out = snippets / "demo" / "pid.out"
    assert out.read_text() == "pid ‹v1›\n"
    out.write_text("pid ‹me›\n")
    mtime = out.stat().st_mtime_ns
    assert harness.record([doc], log=lambda *_: None) == 0
    assert out.stat().st_mtime_ns == mtime and out.read_text() == "pid ‹me›\n"


# ------------------------------------------------------------------ C ----
# C blocks go through the same run_program and comparison as Python blocks,
# after a compiler that turns every warning into a failure.

needs_cc = pytest.mark.skipif(harness.c_compiler() is None, reason=harness.NO_C_COMPILER)


def c_page(tmp_path, code, expected=None, marks=()):
    return page(tmp_path, code, expected, marks, syntax="c")


C_CHILD_REPORTS = """
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    pid_t pid = fork();
    if (pid == -1) {
        perror("fork");
        return 1;
    }
    if (pid == 0) {
        printf("child: my parent is %ld\\n", (long)PARENT_EXPR);
        fflush(stdout);
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    printf("parent: I am %ld\\n", (long)getpid());
    return 0;
}
"""


@needs_cc
def test_a_correct_c_program_passes(tmp_path):
    run(c_page(tmp_path, C_CHILD_REPORTS.replace("PARENT_EXPR", "getppid()"), RELATION))


@needs_cc
def test_a_c_program_whose_output_differs_is_caught(tmp_path):
    fails(c_page(tmp_path, C_CHILD_REPORTS.replace("PARENT_EXPR", "getpid()"), RELATION),
          "output differs")


@needs_cc
def test_a_c_warning_fails_with_the_compilers_message(tmp_path):
    code = '#include <stdio.h>\nint main(void)\n{\n    int unused;\n    puts("hi");\n    return 0;\n}'
    fails(c_page(tmp_path, code, "hi\n"), "cc -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE",
          "unused variable", "block.c:4:9")


@needs_cc
def test_a_c_program_that_leaks_a_zombie_is_caught(tmp_path):
    code = """
    #include <stdio.h>
    #include <sys/wait.h>
    #include <unistd.h>

    int main(void)
    {
        siginfo_t info;
        pid_t pid = fork();
        if (pid == 0)
            _exit(0);
        /* Wait until the child has exited, but leave it unreaped (WNOWAIT). */
        waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT);
        puts("done");
        return 0;
    }
    """
    fails(c_page(tmp_path, code, "done\n"), "left processes behind", "zombie: exited and never reaped")
    assert not harness.descendants(os.getpid())


@needs_cc
def test_a_hanging_c_program_is_killed(tmp_path):
    code = "#include <unistd.h>\nint main(void)\n{\n    fork();\n    for (;;)\n        pause();\n}"
    fails(c_page(tmp_path, code, "", marks=["pytest.mark.timeout(1)"]), "timed out after 1 s")
    assert not harness.descendants(os.getpid())


@needs_cc
def test_a_c_exit_status_and_stderr_are_checked_like_python_ones(tmp_path):
    code = '#include <stdio.h>\nint main(void)\n{\n    fputs("err\\n", stderr);\n    return 3;\n}'
    fails(c_page(tmp_path, code, ""), "exit status 3, the page declares 0", "wrote to stderr")
    run(c_page(tmp_path, code, "err\n",
               marks=["pytest.mark.returncode(3)", "pytest.mark.merge_stderr"]))


@needs_cc
def test_declared_cflags_are_added_to_the_defaults(tmp_path):
    code = '#include <stdio.h>\nint main(void)\n{\n    printf("%d\\n", ANSWER);\n    return 0;\n}'
    run(c_page(tmp_path, code, "42\n", marks=['pytest.mark.cflags("-DANSWER=42")']))
    (ex,) = harness.examples(c_page(tmp_path, code, "42\n",
                                    marks=['pytest.mark.cflags("-DANSWER=42 -O2", "-g")']))
    assert harness.compile_command(ex) == [
        "cc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-D_GNU_SOURCE",
        "-DANSWER=42", "-O2", "-g", "-o", "block", "block.c"]


def test_c_marks_are_refused_on_python_blocks(tmp_path):
    for mark in ['pytest.mark.cflags("-O2")', "pytest.mark.compile_fails"]:
        with pytest.raises(harness.HarnessError, match="applies to C blocks only"):
            harness.examples(page(tmp_path, 'print("x")', "x\n", marks=[mark]))


def test_c_blocks_are_skipped_with_a_reason_without_a_compiler(tmp_path, monkeypatch):
    monkeypatch.setattr(harness.shutil, "which", lambda name, *a, **k: None)
    (c_ex,) = harness.examples(c_page(tmp_path, "int main(void) { return 0; }", ""))
    assert harness.skip_reason(c_ex) == harness.NO_C_COMPILER
    assert "no C compiler (cc) on PATH" in harness.NO_C_COMPILER
    with pytest.raises(harness.HarnessError, match="no C compiler"):
        harness.run_example(c_ex)                     # never silently passes
    (py_ex,) = harness.examples(page(tmp_path, "pass", ""))
    assert harness.skip_reason(py_ex) is None


WAIT_WITHOUT_ARGUMENT = """
#include <sys/wait.h>

int main(void)
{
    wait();
    return 0;
}
"""


@needs_cc
def test_a_block_the_compiler_must_reject_shows_its_diagnostics(tmp_path):
    expected = ("$ cc -std=gnu11 -c block.c\n"
                "block.c:5:5: error: too few arguments to function 'wait'\n")
    marks = ["pytest.mark.compile_fails", 'pytest.mark.cflags("-std=gnu11")']
    run(c_page(tmp_path, WAIT_WITHOUT_ARGUMENT, expected, marks))
    fails(c_page(tmp_path, WAIT_WITHOUT_ARGUMENT, expected.replace("5:5", "6:5"), marks),
          "diagnostics differ", "+block.c:5:5")


@needs_cc
def test_a_block_that_must_be_rejected_but_compiles_is_caught(tmp_path):
    code = "int main(void)\n{\n    return 0;\n}"
    fails(c_page(tmp_path, code, "$ cc -c block.c\n", ["pytest.mark.compile_fails"]),
          "compiled without a diagnostic")


@needs_cc
def test_warnings_a_page_makes_errors_read_the_same_on_every_gcc(tmp_path):
    # GCC < 14 warns about an implicit declaration, GCC >= 14 rejects it:
    # -Werror=implicit-function-declaration gives an error line on both.
    code = "int main(void)\n{\n    return fork();\n}"
    expected = ("$ cc -std=gnu11 -Werror=implicit-function-declaration -c block.c\n"
                "block.c:3:12: error: implicit declaration of function 'fork'\n")
    run(c_page(tmp_path, code, expected, ["pytest.mark.compile_fails",
               'pytest.mark.cflags("-std=gnu11 -Werror=implicit-function-declaration")']))


def test_diagnostics_are_normalised_across_gcc_versions():
    gcc12 = """\
/tmp/page-block-x1/p1.c: In function \u2018main\u2019:
/tmp/page-block-x1/p1.c:9:12: error: implicit declaration of function \u2018wait\u2019 [-Werror=implicit-function-declaration]
    9 |     else { wait(); }
      |            ^~~~
p1.c:14:37: warning: implicit declaration of function \u2018strerror\u2019; did you mean \u2018perror\u2019? [-Wimplicit-function-declaration]
p1.c:31:9: error: too few arguments to function \u2018wait\u2019
In file included from p1.c:4:
/usr/include/x86_64-linux-gnu/sys/wait.h:83:16: note: declared here
p2.c:2:10: fatal error: syspes.h: No such file or directory
compilation terminated.
cc1: some warnings being treated as errors
"""
    gcc15 = """\
p1.c: In function 'main':
p1.c:9:12: error: implicit declaration of function 'wait' [-Wimplicit-function-declaration]
p1.c:14:37: warning: implicit declaration of function 'strerror'; did you mean 'perror'? [-Wimplicit-function-declaration]
p1.c:31:9: error: too few arguments to function 'wait'; expected 1, have 0
p2.c:2:10: fatal error: syspes.h: No such file or directory
"""
    want = ["p1.c:9:12: error: implicit declaration of function 'wait'",
            "p1.c:14:37: warning: implicit declaration of function 'strerror'",
            "p1.c:31:9: error: too few arguments to function 'wait'",
            "p2.c:2:10: fatal error: syspes.h: No such file or directory"]
    assert harness.diagnostics(gcc12, "/tmp/page-block-x1") == want
    assert harness.diagnostics(gcc15) == want


@needs_cc
def test_record_records_c_blocks_and_checks_a_shared_output(tmp_path, monkeypatch):
    snippets = tmp_path / "snippets"
    (snippets / "demo").mkdir(parents=True)
    (snippets / "demo" / "pid.py").write_text("import os\nprint('pid', os.getpid())\n")
    (snippets / "demo" / "pid.c").write_text(
        '#include <stdio.h>\n#include <unistd.h>\n\nint main(void)\n{\n'
        '    printf("pid %ld\\n", (long)getpid());\n    return 0;\n}\n')
    (snippets / "demo" / "bad.c").write_text(
        '#include <stdio.h>\n\nint main(void)\n{\n    puts("something else");\n    return 0;\n}\n')
    config = tmp_path / "mkdocs.yml"
    config.write_text("markdown_extensions:\n  - pymdownx.snippets:\n"
                      "      base_path: [snippets]\n      check_paths: true\n")

    def doc(*programs):
        text = ""
        for program in programs:
            syntax = "c" if program.endswith(".c") else "python"
            text += (f'```{syntax}\n--8<-- "demo/{program}"\n```\n\n'
                     '<!--pytest-codeblocks:expected-output-->\n```text\n--8<-- "demo/pid.out"\n```\n\n')
        path = tmp_path / "demo.md"
        path.write_text(text)
        return path

    monkeypatch.setattr(harness, "ROOT", tmp_path)
    monkeypatch.setattr(harness, "SNIPPETS", snippets)
    monkeypatch.setattr(harness, "CONFIG", config)
    out = snippets / "demo" / "pid.out"
    assert harness.record([doc("pid.c")], log=lambda *_: None) == 1
    assert out.read_text() == "pid ‹v1›\n"
    out.unlink()
    assert harness.record([doc("pid.py", "pid.c")], log=lambda *_: None) == 1
    assert out.read_text() == "pid ‹v1›\n"
    with pytest.raises(harness.HarnessError, match="shares snippets/demo/pid.out .* does not print"):
        harness.record([doc("pid.py", "bad.c")], log=lambda *_: None)
