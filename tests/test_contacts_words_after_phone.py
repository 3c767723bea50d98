"""Words after a contact's phone out of brackets name a person only as a contact's name is
written there: a short name opening with a surname (``联系电话：0000-5550123  王某``), an
office before it allowed (``，办公室王某``). Words of a sentence a copy ran on after the
number (``…0000-5550123，欢迎来电咨询``, ``…，办理进度可查阅网站地图``: an "office" ending in
站 before words that open with no surname, or holding a sentence's words, 请 …) and a
site's footer link left after a gap (``联系我们``, ``网站地图``) name nobody: the contact
is the one read before them, and no second one."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "周某代表：\n你提出的关于整治河道的建议收悉，现答复如下：\n河道整治已列入计划。\n"
    "丙县水利局\n2099年6月3日\n"
)


def _contacts(line: str) -> list[tuple[str | None, str | None, str | None]]:
    letter = parse_text(HEAD + line + "\n")
    return [(c.name, c.org, c.phone) for c in letter.contacts]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("联系人：吴某某，联系电话：0000-5550123，办理进度可查阅网站地图", id="site-map-sentence"),
        pytest.param("联系人：吴某某，联系电话：0000-5550123，欢迎来电咨询", id="welcome"),
        pytest.param("联系人：吴某某，联系电话：0000-5550123，详情请登录网站查询", id="plea"),
        pytest.param("联系人：吴某某，联系电话：0000-5550123，工作日受理", id="clause"),
        pytest.param("联系人：吴某某  联系电话：0000-5550123  联系我们", id="footer-link"),
        pytest.param("联系人：吴某某，联系电话：0000-5550123，网站地图", id="site-map"),
    ],
)  # fmt: skip
def test_sentence_words_after_the_phone_name_nobody(line: str) -> None:
    assert _contacts(line) == [("吴某某", None, "0000-5550123")]


def test_a_sentence_after_a_phone_alone_names_nobody() -> None:
    line = "联系电话：0000-5550123，办理进度可查阅网站地图"
    assert _contacts(line) == [(None, None, "0000-5550123")]


# Must not match: a person named after the number, in brackets, with an office before him,
# or between numbers of a list.
@pytest.mark.parametrize(
    ("line", "contacts"),
    [
        ("联系电话：0000-5550123  吴某", [("吴某", None, "0000-5550123")]),
        ("联系电话：0000-5550123（吴某某）", [("吴某某", None, "0000-5550123")]),
        ("联系电话：0000-5550123，办公室吴某", [("吴某", "办公室", "0000-5550123")]),
        (
            "联系人：吴某 0000-5550123、郑某 13800000000",
            [("吴某", None, "0000-5550123"), ("郑某", None, "13800000000")],
        ),
        (
            "电话：吴某 0000-5550123 郑某 13800000000",
            [("吴某", None, "0000-5550123"), ("郑某", None, "13800000000")],
        ),
    ],
)
def test_names_after_the_phone_are_read(
    line: str, contacts: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _contacts(line) == contacts
