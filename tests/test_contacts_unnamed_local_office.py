"""An office a closing sentence sends the reader to by his own place and no name of its own
(当地派出所, 辖区社区居委会) is no org of the letter's: the phone alone (small67)."""

from __future__ import annotations

import pytest

from replyparse import parse_text


def _contacts(sentence: str) -> list[tuple[str | None, str | None, str | None]]:
    text = (
        "赵某代表：\n您提出的建议收悉，现答复如下：\n我局已完成摸底工作。"
        f"{sentence}\n感谢您的关心！\n某县民政局\n2031年7月1日\n"
    )
    return [(c.org, c.name, c.phone) for c in parse_text(text).contacts]


@pytest.mark.parametrize(
    "sentence",
    [
        "如有疑问，可拨打当地派出所电话0000-5550123咨询。",
        "可拨打辖区派出所电话0000-5550123咨询。",
        "可拨打户籍所在地派出所电话0000-5550123咨询。",
        "如有疑问，请与当地派出所联系，电话：0000-5550123。",
        "如有疑问，请与附近的社区服务中心联系，电话：0000-5550123。",
        # (review67: the region's word whole, 本地区, and a level's office, 县级)
        "如有疑问，可拨打本地区人社局电话0000-5550123咨询。",
        "如有疑问，请与户籍所在地县级民政局联系，电话：0000-5550123。",
        "如有疑问，请与所在地社区居委会联系，电话：0000-5550123。",
    ],
)
def test_an_unnamed_local_office_gives_the_phone_alone(sentence: str) -> None:
    assert _contacts(sentence) == [(None, None, "0000-5550123")]


def test_an_unnamed_local_office_with_no_phone_gives_nothing() -> None:
    assert _contacts("如有疑问，可拨打当地派出所电话咨询。") == []


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("如有疑问，可拨打某县某局某科电话0000-5550123咨询。", "某县某局某科"),
        ("如有疑问，可拨打地震局电话0000-5550123咨询。", "地震局"),
        ("如有疑问，请与某县某局联系，电话：0000-5550123。", "某县某局"),
    ],
)
def test_a_named_office_stays_the_org(sentence: str, org: str) -> None:
    assert _contacts(sentence) == [(org, None, "0000-5550123")]


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("如有疑问，可拨打当地东坪镇派出所电话0000-5550123咨询。", "东坪镇派出所"),
        ("如有疑问，请与属地青石县人社局联系，电话：0000-5550123。", "青石县人社局"),
    ],
)
def test_a_local_office_named_by_its_place_and_level_stays_the_org(sentence: str, org: str) -> None:
    # (review67: the reader's place's word before an office that names its own place and
    # level has a name of its own: the office's, as without the word)
    assert _contacts(sentence) == [(org, None, "0000-5550123")]
