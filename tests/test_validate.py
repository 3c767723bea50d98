"""``replyparse validate``: located messages and exit codes, for CI and pre-commit use."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from replyparse import parse_text
from replyparse.cli import app
from replyparse.validate import failing, findings

GOOD = "某市民政局文件\n某民函〔2021〕3号\n关于某某建议的答复\n张某代表：\n您提出的建议收悉。\n某市民政局\n2021年1月5日\n抄送：甲委，乙办。\n"
BAD = GOOD.replace("张某代表：", "张某代表:").replace("〔2021〕3号", "[2021]3号")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["validate", *args])
    return result.exit_code, result.output


def test_findings_are_located_by_line_and_column() -> None:
    located = findings("x.txt", parse_text("\n" + BAD))
    assert [(f.line, f.column, f.diagnostic.code) for f in located] == [
        (3, 1, "doc-number-format"),
        (5, 1, "salutation-colon"),
    ]
    assert str(located[1]).startswith("x.txt:5:1: warning: salutation-colon: ")


@pytest.mark.parametrize(("fail_on", "count"), [("error", 0), ("warning", 2), ("info", 2)], ids=str)
def test_failing_respects_the_threshold(fail_on: str, count: int) -> None:
    located = findings("x.txt", parse_text(BAD))
    assert len(failing(located, fail_on)) == count  # type: ignore[arg-type]


def test_clean_letter_passes_silently(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    assert run(str(tmp_path)) == (0, "")


def test_problems_fail_with_located_messages(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(BAD, encoding="utf-8")
    code, output = run(str(path))
    assert code == 1
    assert output.splitlines() == [
        f"{path}:2:1: warning: doc-number-format: 发文字号 某民函[2021]3号: year in [], "
        "not the hexagonal brackets 〔〕 (GB/T 9704-2012 7.2.5)",
        f"{path}:4:1: warning: salutation-colon: 主送 line ends with a half-width colon; "
        "GB/T 9704-2012 7.3.2 wants ：",
    ]


def test_fail_on_error_lets_warnings_pass(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    code, output = run("--fail-on", "error", str(tmp_path))
    assert code == 0
    assert "salutation-colon" in output


def test_unreadable_file_fails_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, output = run(str(path))
    assert code == 1
    assert output.strip() == f"{path}: error: unreadable: file is empty"


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    code, output = run(str(tmp_path / "nope.txt"))
    assert code == 2
    assert "no such file or folder" in output
