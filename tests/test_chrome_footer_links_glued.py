"""A site's footer glued after the figures of a flattened letter's last contact row
(``…联系电话：13800000000网站地图网站标识码：…``): its links (网站地图, 联系我们)
are the footer's, cut from the letter as the rest of it is, no part of the phone's row
nor a contact. Words of the letter that name the site, after words or inside a sentence, stay:
also at the end of the letter's last line, where the footer's links would be cut were they
read after any character, not only after a figure."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import TextView

LETTER = (
    "某某委员：您提出的建议收悉，现答复如下：我局将加快推进道路改造。某市住房和城乡建设局2099年8月24日"
    "主管领导：王某某；联系电话：138xxxx0001经办人：李某某；联系电话：0000-5550123"
)


@pytest.mark.parametrize("link", ["网站地图", "联系我们"])
def test_footer_links_after_the_phone_are_chrome(link: str) -> None:
    letter = parse_text(LETTER + link + "网站标识码：0000000000某ICP备00000000号")
    names = [c.name for c in letter.contacts]
    assert names == ["王某某", "李某某"]
    assert all(link not in (c.name or "") + (c.org or "") for c in letter.contacts)


def test_words_of_the_letter_stay() -> None:
    text = (
        "某某委员：您提出的建议收悉，现答复如下：详情可查阅我局网站地图中的办事指南栏目，"
        "或拨打0000-5550123联系我们。某市住房和城乡建设局2099年8月24日"
    )
    view = TextView(text)
    assert "网站地图" in view.norm
    assert "联系我们" in view.norm
    assert parse_text(text).signature.date == "2099-08-24"


@pytest.mark.parametrize("link", ["网站地图", "联系我们"])
def test_words_ending_the_last_line_stay(link: str) -> None:
    text = (
        "某某委员：您提出的建议收悉，现答复如下：我局将加快推进道路改造。办理进度可查阅我局" + link
    )
    assert TextView(text).norm.endswith("我局" + link)
