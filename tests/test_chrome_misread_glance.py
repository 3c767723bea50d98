"""The misread-footer check (:func:`replyparse.chrome._misdecoded_tail` and
:func:`replyparse.chrome.misread_tail`) glances at a letter's last words before reading
any line whole. Many letters end with a contact's phone, whose figures read back as
themselves and told nothing, so the glance let those letters on to the whole reading; it
now looks at the words before the figures (a line of figures alone: the line above).
Snippets are invented; the misread lines are made here from invented footers."""

from __future__ import annotations

import pytest

from replyparse import chrome, parse_text

LETTER = (
    "关于某县政协五届三次会议第0号提案的答复\n李某委员：\n"
    "  您提出的《关于增设乡村公交站点的提案》收悉，现答复如下：\n"
    "  县交通局已将新增站点列入明年计划。\n"
    "某县交通运输局\n2099年3月2日\n"
)
ENDINGS = [
    pytest.param("联系人：赵某某 联系电话：0000-5550123\n", id="contact-line"),
    pytest.param("联系人：赵某某\n0000-5550123\n", id="figures-line"),
    pytest.param("（联系人：赵某某，联系电话：13800000000）\n", id="bracketed"),
]


def misread(text: str) -> str:
    """``text`` as UTF-8 bytes shown as GBK."""
    return text.encode("utf-8").decode("gbk", errors="replace")


@pytest.mark.parametrize("ending", ENDINGS)
def test_a_letter_ending_with_a_phone_is_not_read_whole(
    ending: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    real = chrome._read_back

    def counted(text: str) -> tuple[int, int]:
        read.append(text)
        return real(text)

    monkeypatch.setattr(chrome, "_read_back", counted)
    record = parse_text(LETTER + ending)
    assert read == []
    assert record.signature.date == "2099-03-02"


@pytest.mark.parametrize("ending", ENDINGS)
def test_a_misread_footer_under_the_phone_is_still_chrome(ending: str) -> None:
    footer = misread("网站地图 | 联系我们 | 主办：某县人民政府办公室") + "\n"
    record = parse_text(LETTER + ending + footer)
    assert [c.phone for c in record.contacts] == [
        "13800000000" if "138" in ending else "0000-5550123"
    ]
    assert record.signature.date == "2099-03-02"


def test_a_misread_footer_ending_in_figures_is_still_chrome() -> None:
    footer = misread("版权所有：某县人民政府 备案号：某ICP备00000000号") + "\n0000-1\n"
    record = parse_text(LETTER + ENDINGS[0].values[0] + footer)
    assert record.signature.date == "2099-03-02"
    assert [c.phone for c in record.contacts] == ["0000-5550123"]
    assert not chrome._misdecoded("0000-1")


@pytest.mark.parametrize("joint", [" ", "  "])
def test_a_flattened_letter_ending_with_a_phone_is_not_read_whole(
    joint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    flat = joint.join(line.strip() for line in (LETTER + ENDINGS[0].values[0]).splitlines())
    assert chrome.misread_tail(flat) is None
    read: list[str] = []
    real = chrome._read_back

    def counted(text: str) -> tuple[int, int]:
        read.append(text)
        return real(text)

    monkeypatch.setattr(chrome, "_read_back", counted)
    assert chrome.misread_tail(flat) is None
    assert read == []
    footer = joint + misread("网站地图 | 联系我们") + joint + "0000"
    at = chrome.misread_tail(flat + footer)
    assert at == len(flat) + len(joint)


@pytest.mark.parametrize("times", [1, 2])
@pytest.mark.parametrize(
    "footer",
    [
        "版权所有：某县人民政府 备案号：某ICP备00000000号",
        "技术支持：某某科技有限公司 Copyright © 2099 All Rights Reserved",
        "地址：某县某路1号 邮编：000000 电话：0000-0000000",
    ],
)
def test_a_misread_footer_ending_in_latin_or_figures_is_chrome(footer: str, times: int) -> None:
    for _ in range(times):
        footer = misread(footer)
    record = parse_text(LETTER + "联系人：赵某某 联系电话：0000-5550123\n" + footer + "\n")
    assert record.signature.date == "2099-03-02"
    assert [c.phone for c in record.contacts] == ["0000-5550123"]
