"""The misread-footer reading (:func:`replyparse.chrome._read_back_once`) with its encoder
bound once and its first reading cut short when nothing comes back gives what the plain
reading gives: every count, on a letter's own lines (simplified, traditional, figures,
rare characters, a replacement character its own decoding left) and on misread lines.
A speed change: this holds it exact, it does not fail on the code before it."""

from __future__ import annotations

import re

import pytest

from replyparse.chrome import _read_back_once

_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")


def plain(text: str) -> tuple[int, int]:
    """The reading written out plainly: the codec named on each call, every start tried."""
    raw = text.replace("\ufffd", "").encode("gb18030", errors="replace")
    back = raw.decode("utf-8", errors="replace")
    best = (len(_IDEOGRAPH.findall(back)), back.count("\ufffd"))
    if not best[0]:
        return best
    for skip in (1, 2):
        back = raw[skip:].decode("utf-8", errors="replace")
        good = len(_IDEOGRAPH.findall(back))
        if good > best[0]:
            best = (good, back.count("\ufffd"))
    return best


OWN = [
    "联系人：赵某某 联系电话：0000-5550123",
    "某县交通运输局",
    "2099年3月2日",
    "感謝你對教育事業的關心和支持。",
    "联系人：王堃喆",
    "0000-5550123",
    "",
    "某某局\ufffd办公室",
    "経済産業省の担当者",
    "담당자 김철수",
    "𠀀𠀁 龘靐",
]
FOOTERS = ["网站地图 | 网站声明 | 关于我们", "版权所有：某县人民政府 备案号：某ICP备00000000号"]


def misread(text: str, times: int) -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode("gbk", errors="replace")
    return text


@pytest.mark.parametrize(
    "text", OWN + [misread(f, t)[i:] for f in FOOTERS for t in (1, 2) for i in (0, 1, 5)]
)
def test_the_reading_is_the_plain_one(text: str) -> None:
    assert _read_back_once(text) == plain(text)
