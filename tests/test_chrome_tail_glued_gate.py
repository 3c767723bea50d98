"""The gate before :data:`replyparse.chrome._TAIL_GLUED` (:func:`chrome._may_glue`) never
turns away a line the pattern finds a place in: on lines built around each of its words
and of the shapes its branches read, in other cases of Latin letters, at every stretch's
start around them, and on every line of every letter. Snippets in our own words."""

from __future__ import annotations

import re._parser as sre_parse  # (the look-behinds' widths, read off the pattern itself)

import pytest

from goldsets import all_letters
from replyparse import chrome, vocab

_FILLER = "我局将继续加强道路养护工作确保群众出行安全" * 3
"""Letter words before the glued chrome (no word of the gate's)."""

SHAPES = [
    "2099年1月2日打印本页",
    "关闭上一篇：某局召开会议",
    "2099年1月2日扫一扫在手机打开",
    "某局责任编辑：李某",
    "2099年1月2日【打印】",
    "某局2099年1月2日【某县】",
    "电话：0000-5550123网站标识码：0000000001",
    "分享到:×用户登录",
    "关闭】会员注册",
    "某局2099年1月2日×会员注册",
    "某局2099年1月2日×用户登录",
    "某局2099年1月2日是否前往登录",
    "2099年1月2日是否“确认”跳转到登录页?",
    "某局您还未登录，是否跳转至登录页面？",
    "2099年1月2日共有1页当前第1页审核：王某",
    "2099年1月2日共3页第1页下一页",
    "（此件公开发布）某公网安备 00000000000001号",
    "某局2099年1月2日ICP备00000001号",
    "某局2099年1月2日ICP证000001号",
    "电话：0000-5550123ICP备案：某ICP备00000001号",
    "抄送：某局主办单位：某县人民政府",
    "电话：0000-5550123主办单位：某县人民政府",
    "某局技术支持：某公司",
    "电话：13800000000某县人民政府版权所有",
    "电话：13800000000版权所有",
    "某局2099年1月2日Copyright© 2099 某县",
    "某局209912Copyright(c)某县",
    "联系电话：5550123归档时间：已归档",
    "邮政编码：000000来源：某局",
    "邮政编码：000000信息来源：某局",
    "电话：13800000000网站地图网站标识码：0000",
    "电话：13800000000联系我们",
    "某局2099916友情链接",
    "2099年1月2日相关链接",
    "2099年1月2日【相关阅读】",
    "某局上一篇下一篇相关文章",
    "某局2099520foot_img.png主办单位：某局",
    "某局2099520logo.jpeg某局",
    "某局2099710404 Not Found404 Not FoundnginxBaidumap",
    "某局2099710403 Forbidden",
    "某局2099710502 Bad Gatewaynginx",
]


def _cases(text: str) -> list[str]:
    """``text`` in the cases the pattern reads alike (it ignores case): as written, upper,
    lower, and with the letters Unicode folds onto Latin ones (K for k, ſ for s, İ for i)."""
    return [
        text,
        text.upper(),
        text.lower(),
        text.replace("k", "\u212a").replace("s", "\u017f").replace("i", "\u0130"),
    ]


def _held(line: str, reach: int) -> bool:
    """What ``chrome_tail`` asks of the pattern: a place after the line's first character."""
    return any(m.start() > 0 for m in chrome._TAIL_GLUED.finditer(line, reach))


def _lines() -> list[str]:
    out = []
    for shape in SHAPES:
        for text in _cases(shape):
            out += [text, _FILLER + text, _FILLER + text + _FILLER[:7]]
    return out


def test_the_shapes_are_found_by_the_pattern() -> None:
    """(Each shape is one the pattern reads: the gate is tested where it matters.)"""
    missed = [s for s in SHAPES if not _held(_FILLER + s, 1)]
    assert missed == []


@pytest.mark.parametrize("line", _lines())
def test_no_place_turned_away(line: str) -> None:
    for reach in range(1, len(line) + 1):
        if _held(line, reach):
            assert chrome._may_glue(line, reach), (line, reach)


def test_no_place_turned_away_around_each_word() -> None:
    words = [
        *chrome._PREV_NEXT_WORDS,
        *vocab.words("page_buttons"),
        *chrome._GLUED_HOST_WORDS,
        *vocab.words("page_footer_links"),
        *chrome._LINKS_WORDS,
    ]
    for word in words:
        for tail in ("", "：某局", ":2099"):
            line = _FILLER + "2099年1月2日" + word + tail
            for reach in range(len(_FILLER), len(line) + 1):
                if _held(line, reach):
                    assert chrome._may_glue(line, reach), (line, reach)


def test_no_place_turned_away_in_any_letter() -> None:
    letters = all_letters()
    assert letters
    for g in letters:
        for line in g.text().split("\n"):
            reach = max(1, len(line) - 2 * chrome._LONGEST)
            if _held(line, reach):
                assert chrome._may_glue(line, reach), (g.key, line)


def _widest_behind(tree: sre_parse.SubPattern) -> int:
    """The widest look-behind in a parsed pattern (its greatest width)."""
    widest = 0
    for op, av in tree:
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            direction, sub = av
            if direction < 0:
                widest = max(widest, sub.getwidth()[1])
            widest = max(widest, _widest_behind(sub))
        elif op is sre_parse.SUBPATTERN:
            widest = max(widest, _widest_behind(av[3]))
        elif op is sre_parse.BRANCH:
            widest = max([widest, *(_widest_behind(b) for b in av[1])])
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
            widest = max(widest, _widest_behind(av[2]))
    return widest


def test_the_gate_reads_back_as_far_as_any_look_behind() -> None:
    parsed = sre_parse.parse(chrome._TAIL_GLUED.pattern, chrome._TAIL_GLUED.flags)
    assert 0 < _widest_behind(parsed) <= chrome._TAIL_GLUED_BEHIND


def test_a_letters_last_line_is_turned_away() -> None:
    line = _FILLER + "特此答复。某县交通运输局2099年1月2日（联系人：王某，电话：0000-5550123）"
    assert not chrome._may_glue(line, 1)
    assert not _held(line, 1)
