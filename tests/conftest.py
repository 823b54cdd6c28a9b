"""Shared setup: the test process becomes a subreaper so that leaks are seen,
and --python chooses the interpreter that runs the snippets."""
import os

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
