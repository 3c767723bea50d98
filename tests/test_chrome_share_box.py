"""A site's share box copied with the page (replyparse.chrome): its prompt to scan the page's
code with WeChat, its line of where to share to, and its close button alone on a line, which
a copy keeps between the page's heading and the letter. Each line is the page's, never the
title's tail; a letter's sentence that only names a code or sharing stays. Snippets in our
own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

CHROME = [
    pytest.param("用微信扫描二维码", id="scan-code-with-wechat"),
    pytest.param("微信扫描二维码", id="scan-code-wechat"),
    pytest.param("分享至好友和朋友圈", id="share-to-friends-and-moments"),
    pytest.param("分享给好友", id="share-to-friends"),
    pytest.param("×", id="close-button"),
    pytest.param("用微信扫描二维码 分享至好友和朋友圈 ×", id="share-box-on-one-line"),
]

NOT_CHROME = [
    pytest.param("扫描二维码即可预约办理。", id="scan-in-a-sentence"),
    pytest.param("请扫描二维码填写意见表", id="scan-to-fill-a-form"),
    pytest.param("分享至各乡镇参考", id="share-to-towns"),
    pytest.param("3×4米", id="times-sign-in-a-size"),
]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [pytest.param(*p.values, True, id=p.id) for p in CHROME]
    + [pytest.param(*p.values, False, id=p.id) for p in NOT_CHROME],
)
def test_share_box_lines(line: str, chrome: bool) -> None:
    assert is_chrome_line(line) is chrome


_PAGE = """关于桐溪县人大三届二次会议第9号“关于修缮东街排水沟的建议”的答复
时间：2024年06月12日 来源：桐溪县住房和城乡建设局
字号：

用微信扫描二维码
分享至好友和朋友圈

×

尊敬的王某代表：

您提出的关于修缮东街排水沟的建议已收悉，现答复如下：

我局已将该排水沟列入今年维修计划。

桐溪县住房和城乡建设局

2024年6月12日
"""


def test_the_share_box_is_no_part_of_the_title() -> None:
    letter = parse_text(_PAGE)
    assert letter.title == "关于桐溪县人大三届二次会议第9号“关于修缮东街排水沟的建议”的答复"
    assert [a.name for a in letter.addressees] == ["王某"]
