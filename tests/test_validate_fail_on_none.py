"""``validate --fail-on none``: a report-only run (a CI job that publishes the findings
and must not go red for them) exits 0 whatever the letters hold; a file that could not be
read or checked, and a letter the parser failed on, still fail it (the report is
incomplete there), and a usage or config error is still 2. Before, ``none`` was refused
and such a job had only ``|| true``, which hides those failures too."""

from __future__ import annotations

from pathlib import Path

import pytest

import helpers
from replyparse.validate import Finding, failing

# an invented letter: half-width colon after the addressee, [] around the year
WARNED = (
    "某县林业局文件\n某林函[2022]7号\n关于增设护林站点建议的答复\n王某代表:\n"
    "您提出的建议收悉。\n某县林业局\n2022年4月6日\n"
)
NOTE = "明天上午九点开会，请带好笔记本。\n"  # no letter at all: a not-a-letter error


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no pyproject.toml above to pick up


run = helpers.run_validate
write = helpers.write_text


def test_none_reports_every_finding_and_passes() -> None:
    code, stdout, _ = run("--fail-on", "none", write("w.txt", WARNED), write("n.txt", NOTE))
    assert code == 0
    lines = stdout.splitlines()
    assert any(": warning: salutation-colon: " in line for line in lines)
    assert any(line.startswith("n.txt: error: not-a-letter: ") for line in lines)
    assert lines[-1] == "1 letter, 1 not a letter, 2 warnings, 1 error"  # no "failed:" line


def test_the_default_still_fails_on_the_same_letters() -> None:
    assert run(write("w.txt", WARNED), write("n.txt", NOTE))[0] == 1


def test_an_unreadable_file_still_fails_a_report_only_run() -> None:
    Path("scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, stdout, _ = run("--fail-on", "none", write("w.txt", WARNED), "scan.txt")
    assert code == 1
    assert "scan.txt: error: unreadable: " in stdout


def test_a_usage_error_is_still_2() -> None:
    assert run("--fail-on", "none", "missing-folder")[0] == 2


@pytest.mark.parametrize("fmt", ["json", "sarif", "github"])
def test_machine_formats_pass_too(fmt: str) -> None:
    code, stdout, _ = run("--fail-on", "none", "--format", fmt, write("w.txt", WARNED))
    assert code == 0
    assert "salutation-colon" in stdout


def test_the_config_can_say_none_and_the_command_line_overrides_it() -> None:
    Path("pyproject.toml").write_text('[tool.replyparse]\nfail-on = "none"\n', encoding="utf-8")
    write("w.txt", WARNED)
    assert run("w.txt")[0] == 0
    assert run("--fail-on", "warning", "w.txt")[0] == 1


def test_a_wrong_fail_on_in_the_config_names_none_among_the_choices() -> None:
    Path("pyproject.toml").write_text('[tool.replyparse]\nfail-on = "never"\n', encoding="utf-8")
    code, _, stderr = run(write("w.txt", WARNED))
    assert code == 2
    assert "fail-on: 'never' is not one of error, warning, info, none" in stderr


def test_a_wrong_fail_on_option_lists_none() -> None:
    code, _, stderr = run("--fail-on", "never", write("w.txt", WARNED))
    assert code == 2
    assert "none" in stderr


def test_internal_error_and_unreadable_fail_under_none() -> None:
    found = [
        Finding("a.txt", "salutation-colon", "warning", "…"),
        Finding("a.txt", "not-a-letter", "error", "…"),
        Finding("a.txt", "internal-error", "error", "…"),
        Finding("b.txt", "unreadable", "error", "…"),
    ]
    assert [f.code for f in failing(found, "none")] == ["internal-error", "unreadable"]
