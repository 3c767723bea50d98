"""A ``validate`` run that fails with no error and every file read says why in one plain
line after its summary: the threshold, ``--fail-on``, and where it was set. Before, a
user saw ``1 letter, 2 warnings, 0 errors`` and an exit code of 1, and nothing tied the
two; the warnings fail because ``--fail-on`` is ``warning`` by default. A run with an
error, or an unreadable file, needs no such line (its summary counts what failed it); a
run that passes gets none; ``--quiet`` leaves it out with the summary."""

from __future__ import annotations

from pathlib import Path

import pytest

import helpers

# an invented letter: half-width colon after the addressee, [] around the year
TIDY = (
    "某县林业局文件\n某林函〔2022〕7号\n关于增设护林站点建议的答复\n王某代表：\n"
    "您提出的建议收悉。\n某县林业局\n2022年4月6日\n"
)
WARNED = TIDY.replace("王某代表：", "王某代表:").replace("〔2022〕7号", "[2022]7号")
OLD_DATE = TIDY.replace("2022年4月6日", "二〇二二年四月六日")


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no pyproject.toml above to pick up


run = helpers.run_validate
write = helpers.write_text


def test_warnings_alone_say_fail_on_is_why() -> None:
    code, stdout, _ = run(write("w.txt", WARNED))
    assert code == 1
    assert stdout.splitlines()[-2:] == [
        "1 letter, 2 warnings, 0 errors",
        "failed: 2 warnings at or above --fail-on warning (the default)",
    ]


def test_infos_under_fail_on_info_name_the_option_given() -> None:
    code, stdout, _ = run("--fail-on", "info", write("d.txt", OLD_DATE))
    assert code == 1
    assert stdout.splitlines()[-1] == "failed: 1 info at or above --fail-on info"


def test_the_config_is_named_when_it_set_the_threshold() -> None:
    Path("pyproject.toml").write_text('[tool.replyparse]\nfail-on = "info"\n', encoding="utf-8")
    code, stdout, _ = run(write("d.txt", OLD_DATE))
    assert code == 1
    assert (
        stdout.splitlines()[-1]
        == "failed: 1 info at or above --fail-on info (fail-on in pyproject.toml)"
    )


def test_machine_formats_say_it_on_standard_error() -> None:
    code, stdout, stderr = run("--format", "json", write("w.txt", WARNED))
    assert code == 1 and stdout.startswith("[")
    assert (
        stderr.splitlines()[-1] == "failed: 2 warnings at or above --fail-on warning (the default)"
    )


@pytest.mark.parametrize(
    ("args", "name", "text"),
    [
        pytest.param([], "ok.txt", TIDY, id="passes"),
        pytest.param(["--fail-on", "error"], "w.txt", WARNED, id="warnings-let-pass"),
        pytest.param([], "d.txt", OLD_DATE, id="info-below-threshold"),
        pytest.param(["-q"], "w.txt", WARNED, id="quiet"),
        pytest.param([], "note.txt", "周末去湖边走走，记得带伞。\n", id="an-error-says-it"),
        pytest.param([], "empty.txt", "", id="unreadable-says-it"),
    ],
)
def test_no_line_when_the_summary_says_it_or_nothing_fails(
    args: list[str], name: str, text: str
) -> None:
    _, stdout, stderr = run(*args, write(name, text))
    assert "failed:" not in stdout + stderr
