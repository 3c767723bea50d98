"""An authority with a date glued after it whose 年 the copy lost (closing.py,
``_DAMAGED_TAIL``): ``某局20176月6日``, ``某局 20236月6日``. The year's digits and the
month's run together, a date past reading: no date, but the authority still signs, as after
``某局 2021830``. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = [
    "关于增设某镇公交站点的建议的答复",
    "赵某代表：",
    "您提出的《关于增设某镇公交站点的建议》收悉，现答复如下：",
    "我局已会同公交公司勘察线路，计划年内增设两处站点。",
    "感谢您对交通工作的关心和支持。",
]


@pytest.mark.parametrize(
    "signed", ["某县交通局20176月6日", "某县交通局 20236月16日", "某县交通局20191月8"]
)
@pytest.mark.parametrize(
    "after",
    [
        pytest.param([], id="last"),
        pytest.param(["承办负责人：钱某", "联系人：孙某，电话：0000-0000000"], id="rows"),
    ],
)
def test_the_authority_signs_and_no_date(signed: str, after: list[str]) -> None:
    letter = parse_text("\n".join([*HEAD, signed, *after]))
    assert letter.issuer == "某县交通局"
    assert letter.signature is not None
    assert letter.signature.issuer == "某县交通局"
    assert letter.signature.date is None


@pytest.mark.parametrize(
    ("signed", "date"),
    [
        ("某县交通局2023年5月18日", "2023-05-18"),  # (whole: read as before)
        ("某县交通局2023年5月18", "2023-05-18"),  # (日 lost at the end: still whole)
        ("某县交通局 2024年6月3日", "2024-06-03"),
    ],
)
def test_a_whole_date_stays(signed: str, date: str) -> None:
    letter = parse_text("\n".join([*HEAD, signed, "承办负责人：钱某"]))
    assert letter.issuer == "某县交通局"
    assert letter.signature is not None
    assert letter.signature.date == date


def test_a_sentence_ending_in_a_date_signs_nothing() -> None:
    # (a body's line that ends in such figures is no authority's)
    letter = parse_text("\n".join([*HEAD, "该站点预计于20246月1日", "某县交通局", "2024年6月3日"]))
    assert letter.issuer == "某县交通局"
    assert letter.signature is not None
    assert letter.signature.date == "2024-06-03"
