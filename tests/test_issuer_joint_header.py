"""A joint reply's header line naming its authorities side by side apart by gaps gives the
first as the issuer, as its signature does; one authority's name spread or spaced over a
line stays whole."""

from __future__ import annotations

import pytest

from replyparse import parse_text

LETTER = (
    "{header}\n某农函〔2023〕12号\n关于县十八届人大二次会议第14号建议的答复\n王某代表：\n"
    "您提出的建议收悉，现答复如下：\n感谢。\n2023年5月6日\n"
)

# (header line, issuer)
JOINT = [
    pytest.param("某县农业农村局    某县水务局", "某县农业农村局", id="two-wide-gap"),
    pytest.param("某县农业农村局 某县水务局", "某县农业农村局", id="two-one-blank"),
    pytest.param("某县农业农村局　　某县水务局　　某县财政局", "某县农业农村局", id="three-full-width-gaps"),
    pytest.param("某县农业农村局    某县水务局文件", "某县农业农村局", id="two-then-文件"),
    pytest.param("中共某县委组织部    某县人力资源和社会保障局", "中共某县委组织部", id="party-and-government"),
]  # fmt: skip

# Near-misses: one authority, its name spread or spaced over the line.
ONE = [
    pytest.param("某 县 农 业 农 村 局", "某县农业农村局", id="letter-spaced-name"),
    pytest.param("某市人民政府    办公室", "某市人民政府办公室", id="short-part-no-authority"),
    pytest.param("某县农业农村局", "某县农业农村局", id="no-gap"),
    pytest.param("某县农业农村局文件", "某县农业农村局", id="no-gap-文件"),
]  # fmt: skip


@pytest.mark.parametrize(("header", "issuer"), JOINT + ONE)
def test_header_issuer(header: str, issuer: str) -> None:
    text = LETTER.format(header=header)
    letter = parse_text(text)
    assert letter.issuer == issuer
    assert letter.issuer_span is not None
    start, end = letter.issuer_span
    assert "".join(text[start:end].split()) == issuer
