"""A hijacked mirror's words where the session's place stood, right before its 届: a site's
name with a bracketed note inside it (``某某娱乐(中国)官方网站 十二届人大三次会议``) or words an
underscore joins with a site's tag after them (``某某城_某某网-【某某平台】第九届…``). They are
no part of the session, which starts after them (spam60: mirror57 read them into it as
written; an earlier round cut it after the bracket, ``官方网站十二届…``, or read it from its
第). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

OPENING = "王某代表：\n　　您在{session}上提出的关于修缮某村便桥的建议收悉，现答复如下：\n　　已列入计划。\n"


@pytest.mark.parametrize(
    ("session", "read"),
    [
        pytest.param("星河彩票(中国)官方网站 十二届人大三次会议", "十二届人大三次会议",
                     id="site-with-note-and-blank"),
        pytest.param("星河彩票（中国）官网十二届人大三次会议", "十二届人大三次会议",
                     id="full-width-note-short-word"),
        pytest.param("金沙乐园_足球网-【下注平台】第九届某县人大第三次会议",
                     "第九届某县人大第三次会议", id="underscored-tag"),
        pytest.param("金沙乐园_足球网第九届某县人大第三次会议", "第九届某县人大第三次会议",
                     id="underscored-no-tag"),
    ],
)  # fmt: skip
def test_the_mirror_s_words_are_no_part_of_the_session(session: str, read: str) -> None:
    record = parse_text(OPENING.format(session=session))
    assert record.proposal is not None
    assert record.proposal.session == read
    assert span_problems(record) == []


@pytest.mark.parametrize(
    ("session", "read"),
    [
        pytest.param("县政协（十届）三次会议", None, id="a-note-no-site"),
        pytest.param("某县（试点）十二届人大三次会议", "十二届人大三次会议", id="a-place-note"),
        # (a bracket right before the session, so the words before it are read back over:
        # a sentence's, no site's name whole)
        pytest.param(
            "门户网站公布的（第二批）十二届人大三次会议", "十二届人大三次会议", id="a-sentence"
        ),
    ],
)
def test_other_brackets_before_a_session_add_nothing(session: str, read: str | None) -> None:
    record = parse_text(OPENING.format(session=session))
    assert (record.proposal.session if record.proposal else None) == read


@pytest.mark.parametrize(
    "session",
    [
        pytest.param("请登录(新版)官网十二届人大三次会议", id="a-request"),
        pytest.param("本局（新版）官网十二届人大三次会议", id="the-letter-s-own-authority"),
    ],
)
def test_a_sentence_ending_in_a_site_s_word_is_no_mirror_s_seat(session: str) -> None:
    """Words that end in a site's word but are a sentence's (a request, the letter's own
    authority: :func:`replyparse.orgnames.site_name`) are not read back over as a mirror's."""
    record = parse_text(OPENING.format(session=session))
    assert record.proposal is not None
    assert record.proposal.session == "官网十二届人大三次会议"
