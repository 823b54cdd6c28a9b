"""Every Python and C block of every page, in both languages, runs and prints
what its page shows (a C block is compiled first; a compile_fails block is only
compiled, and its diagnostics compared). Blocks that both languages share (the
normal case: the same included snippet and output file) are run once;
test_parity.py checks that the two languages show the same blocks. Without a C
compiler on PATH, the C blocks are skipped with that reason."""
import pytest

from tests import harness


def _collect():
    seen, params = {}, []
    for lang in harness.LANGUAGES:
        for page in harness.pages(lang):
            try:
                found = harness.examples(page)
            except harness.HarnessError as exc:
                params.append(pytest.param(exc, id=f"{lang}/{page.name}:invalid"))
                continue
            for ex in found:
                if ex.key() in seen:
                    continue
                seen[ex.key()] = ex
                reason = harness.skip_reason(ex)
                marks = [pytest.mark.skip(reason=reason)] if reason else []
                params.append(pytest.param(ex, id=ex.id, marks=marks))
    return params


@pytest.mark.parametrize("example", _collect())
def test_block_prints_what_the_page_shows(example):
    if isinstance(example, Exception):
        raise example
    harness.check(example, harness.run_example(example))
