"""Joint signers a flattened copy set one blank apart on the date's line (``某市财政局
某市教育局（主办） 2021年6月3日``): several authorities, joined with 、, when a signer's part
note says so, each opens with the first one's place, or each names its place before the date;
else one name a stray blank sits in."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于第21号建议的答复\n"
    "张某代表：\n"
    "　　您提出的建议收悉，现答复如下：\n"
    "　　我们将抓好落实。感谢您的关心。\n"
)

SIGNERS = [
    pytest.param("某市财政局 某市教育局（主办） 2021年6月3日", "某市财政局、某市教育局",
                 id="part-note-on-the-second"),
    pytest.param("某市财政局（协办） 某市教育局（主办） 2021年6月3日", "某市财政局、某市教育局",
                 id="part-notes-on-both"),
    pytest.param("甲县财政局 乙县教育局（主办单位） 2021年6月3日", "甲县财政局、乙县教育局",
                 id="part-note-different-places"),
    pytest.param("某市财政局 某市教育局 2021年6月3日", "某市财政局、某市教育局",
                 id="same-place-no-note"),
    pytest.param("某市财政局 某市教育局（主办）\n2021年6月3日", "某市财政局、某市教育局",
                 id="own-line-over-the-date"),
    # (notes46: each naming its place, the date after them, as over the date on the next
    # line; an earlier round read one name 甲县财政局乙县教育局)
    pytest.param("甲县财政局 乙县教育局 2021年6月3日", "甲县财政局、乙县教育局",
                 id="different-places-no-note"),
]  # fmt: skip

# near misses: one authority, a blank inside its name
ONE = [
    pytest.param("某县人民政府 办公室 2021年6月3日", "某县人民政府办公室", id="office-suffix-apart"),
    pytest.param("某市 财政局 2021年6月3日", "某市财政局", id="place-apart"),
    pytest.param("某市公安局 交通警察支队 2021年6月3日", "某市公安局交通警察支队",
                 id="unit-and-its-sub-unit"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "issuer"), SIGNERS + ONE)
def test_signers_one_blank_apart(closing: str, issuer: str) -> None:
    record = parse_text(HEAD + closing + "\n")
    assert (record.signature.issuer, record.signature.date) == (issuer, "2021-06-03")
    assert span_problems(record) == []
