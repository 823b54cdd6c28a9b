"""Shared setup: the test process becomes a subreaper so that leaks are seen,
--python chooses the interpreter that runs the snippets, and `site` is the one
strict build of the site that the site and browser tests look at."""
import fcntl
import os
import subprocess
import sys

import pytest

from tests import harness


def pytest_addoption(parser):
    parser.addoption("--python", default=None, metavar="EXE",
                     help="interpreter that runs the snippets (default: this one); "
                          "for example --python python3.13")


def pytest_configure(config):
    exe = config.getoption("--python")
    if exe:
        os.environ["SNIPPET_PYTHON"] = exe
    harness.become_subreaper()


def pytest_report_header(config):
    import subprocess
    exe = harness.snippet_python()
    version = subprocess.run([exe, "-VV"], capture_output=True, text=True).stdout.strip()
    return f"snippets run with: {exe} ({version})"


def pytest_sessionfinish(session, exitstatus):
    # xdist's controller has its workers below it; only check where tests ran.
    if hasattr(session.config, "workerinput") or not session.config.pluginmanager.hasplugin("dsession"):
        left = harness.descendants(os.getpid())
        if left:
            harness.kill_tree(list(left))
            session.exitstatus = 1
            print(f"\nprocesses left behind by the test session: {left}")


def build_site(project, site):
    """`mkdocs build --strict` of a project into site: the CompletedProcess."""
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                           str(project / "mkdocs.yml"), "-d", str(site)],
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The site as `mkdocs build --strict` makes it from this repository, built
    once per test run: under xdist the first worker that needs it builds it and
    the others wait for it (the pattern of pytest-xdist's documentation), so the
    site tests and the browser tests look at the same build. No warning allowed
    (with -q, MkDocs 1.6 would not count them, so the build is not quiet)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = tmp_path_factory.getbasetemp().parent      # one per run, shared by the workers
    else:
        shared = tmp_path_factory.mktemp("shared")
    out, log = shared / "site", shared / "site.log"
    with open(shared / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not log.exists():
            result = build_site(harness.ROOT, out)
            log.write_text(f"{result.returncode}\n{result.stderr}", encoding="utf-8")
    code, stderr = log.read_text(encoding="utf-8").split("\n", 1)
    assert code == "0", stderr
    warnings = [l for l in stderr.splitlines() if l.startswith(("WARNING", "ERROR"))]
    assert not warnings, "\n".join(warnings)
    return out
