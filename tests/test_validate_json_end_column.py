"""``validate --format json``: where a finding ends, as written and as documented.

A tool reading the JSON must know whether ``end_column`` is the finding's last column
or the one after it; GitHub's ``endColumn`` is the last, SARIF's the one after. The
JSON gives the one after, and docs/validate.md says so.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run

ROOT = Path(__file__).resolve().parent.parent

# an invented letter whose salutation ends with a half-width colon (line 3, its 6th character)
LETTER = (
    "某县林业局关于县二届人大三次会议第9号建议的答复\n"
    "\n"
    "钱某某代表:\n"
    "　　您提出的关于增设护林站点的建议收悉，现答复如下。\n"
    "　　一、已在东坡增设站点两处。\n"
    "　　二、下一步继续研究。\n"
    "\n"
    "某县林业局\n"
    "2021年6月5日\n"
)


def _findings(tmp_path: Path, fmt: str) -> str:
    path = tmp_path / "draft.txt"
    path.write_text(LETTER, encoding="utf-8")
    code, stdout, _ = run("validate", "--no-config", "--format", fmt, str(path))
    assert code == 1
    return stdout


def test_json_end_column_is_the_column_after_the_last(tmp_path: Path) -> None:
    (finding,) = json.loads(_findings(tmp_path, "json"))
    assert finding["code"] == "salutation-colon"
    assert (finding["line"], finding["column"]) == (3, len("钱某某代表:"))  # the colon
    assert (finding["end_line"], finding["end_column"]) == (3, len("钱某某代表:") + 1)


def test_github_end_column_is_the_last(tmp_path: Path) -> None:
    # must not match: GitHub's endColumn stays the last column
    assert f"endColumn={len('钱某某代表:')}," in _findings(tmp_path, "github")


def test_the_reference_says_which_column_end_column_is() -> None:
    reference = (ROOT / "docs" / "validate.md").read_text(encoding="utf-8")
    row = next(line for line in reference.splitlines() if line.startswith("| `json` |"))
    assert "`end_column` is the column after the finding's last character" in row
    assert "`null` for a finding about the whole file" in row
