"""Site chrome of a saved web page: the lines a site prints around every article, none of
them part of the letter (the view drops them as it drops page numbers,
:class:`replyparse.textview.TextView`). A careful clerk reads past them: they are never
title, issuer, salutation, body, date, contact nor cc, and no field reads a value off them.

A line is chrome, whole, when it is

- a breadcrumb: ``当前位置：首页 > 政务公开``, ``首页 >> 建议提案``, or its steps carried on
  to a line of their own (``>>某局 >>建议提案``);
- a menu copied with its links' paths (``综合信息/col/col1/index.html政务公开/…``);
- page tools: ``【字体：大 中 小】``, ``打印本页  关闭窗口``, ``分享到：``,
  ``扫一扫在手机打开当前页``, a share box's ``用微信扫描二维码`` / ``分享至好友和朋友圈`` / ``×``,
  an accessibility toolbar's buttons with ``辅助浏览`` or ``大鼠标`` among them (``读屏  放大
  缩小  配色  大鼠标``; not a run of them inside the letter's prose, its list of the
  functions), and the rest of them at the page's ends (``拼音``, ``全屏``);
- ``上一篇：…`` / ``下一篇：…``, or a ``相关链接`` heading;
- a site's banner: ``欢迎访问某县政府网站``, ``某县人民政府门户网站``, ``某市政务网``;
- a page's date after a list's bullet (``• 2020-09-30``), or a listing's row that opens
  with it and then counts the page's views or holds its tools
  (``2017-12-16 00:00:00 某县政府办公室 点击:[] 打印``);
- a footer line: ``…ICP备…号``, ``网站标识码``, ``公网安备``, ``版权所有``, ``©``, ``技术支持：``,
  a mirror's ``免责声明：…``;
- a mirror's byline: ``某某百科·作者佚名  2012-04-18``;
- a forum's post header: ``发表于 2018-6-13 15:53:26 | 显示全部楼层``;
- cells of what the page says of itself: labels of ``data/labels.tsv`` with their values,
  a page date or tools, apart by blanks, ``|`` or bullets, one label at least of the page's
  own (field ``page``: 来源, 发布时间, 浏览次数, 索引号, 生成日期, 主题分类 …), written with
  its colon or, in a table's layout, before a gap: ``来源：某局  发布时间：2024-06-01``,
  ``| 索引号： | 0000/2024-001 | 文号： | |``, ``索 引 号  0000/2024-001  主题分类  教育``,
  or glued, a label opening them (``时间：2023-01-01 08:00来源：作者：点击：``), also
  without their colons (``索引号0000/2024-001主题分类教育发布机构某局``, in a page's head),
  or opened by the site's name with no label, the page's date among them
  (``某区人民政府  发布时间：2010-08-18  信息来源：某局``, :func:`_site_name_lead`).
  The letter's own labels in such a table (``文号``, ``公开方式``) are the page's cells
  there: they feed nothing (``docs/record.md``).
- a page's date after a list's bullet, its label or not (``• 2020-09-30``, ``• 日期：…``);
- a panel's heading of linked interpretations alone (``访谈解读:``, ``相关解读``, ``【图解】``).
- a site's menu opening with 首页 on one line (``首页 政务公开 政务服务 互动交流``), on a page.

and, by its neighbours, when it is

- above the page's breadcrumb, near the top, with no title's word and no sentence (the
  site's name, a row of adverts);
- a row of a 建议 database's table of the item (``编号：| … | 建议类型：| … | 提交日期：| … |``)
  and its ``建议答复：`` heading over the reply;
- a row of a metadata table flattened into a list, its label glued to its value with no
  colon (``- 发布机构某局`` / ``- 发布日期2024-06-01``), two such rows or more together, one
  a label only a page's table writes (:func:`_glued_rows`); flattened onto one line, its
  dash or bullet items glued (``…的答复- 索引号- 0000/2024-001- 发布机构- 某局``), a list
  of short items with a page's date or two of the page's own labels (:func:`_bulleted_list`);
- a row of a wiki's infobox (``- 中文名:…`` / ``- 发布时间:…``) and its heading (``基本介绍``);

- a cell of a metadata table whose labels stand alone over their values (``索引号`` over
  ``0000/2024-001``, also after a list's bullet, ``• 发布机构`` over ``某局``, or listed one
  cell a dash item, ``- 索引号`` over ``- 0000/2024-001``, :func:`_unlisted`), a page label
  among them, and the list's other bulleted lines next to it;
- a link under a ``相关链接`` heading (a short line), when everything from the heading to
  the page's end is links or chrome;
- a listing's row of cells (``主办单位  某局  交办日期  2021-03-02``) over its link to the
  item (``详细查看``) or with the link at its end, and the item's title over it;
- a forum thread's title over its first post header, and the later posts from the first
  header under the letter's signed date to the page's end (:func:`_later_posts`);
- a page's heading written again under the site's furniture (a page saved in another's
  frame: heading, cells, ``返回顶部``, the channel's name over its crumb, then the title),
  the furniture with it (:func:`_heading_over_furniture`);
- a site's menu listed one item a line under a lone 首页, and a list of the page's values
  without labels around its bulleted date (:func:`_dated_list`), above the letter;
- the page set again under the letter: a crumb below it, the letter's title written again
  under the crumb, and all down to the page's end (:func:`_page_again`);
- two teasers of other articles or more ending the page (``某镇组织农机手开展秋收作业...``),
  on any page;
- a footer's line of two labelled cells or more (``地址：…  邮编：…  电话：…``,
  ``主办单位：…  承办单位：…``) in the block of chrome that ends the page, a footer line
  among it;
- the lines that end a page misread from another encoding (a footer kept in UTF-8 on a
  page served as GBK: ``网站地图`` shown as ``缃戠珯鍦板浘``), on any letter
  (:func:`_misdecoded_tail`; run on after a flattened letter, :func:`misread_tail`).

A line of the letter that only begins like one stays: ``来源于群众的意见``, ``关闭违规企业``,
``资金来源：…``, ``首页设计…``, a signature date alone, ``联系电话：…`` alone, a note of
the units handling the reply that names a person (``主办单位：…  协办单位：…  联系人：…``).
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, islice, pairwise, product
from operator import itemgetter
from typing import NamedTuple

from replyparse import patterncache, vocab
from replyparse.fields.numerals import CN_DAY, CN_MONTH, CN_YEAR_DIGITS
from replyparse.formatchars import FORMAT_CHARS, INVISIBLE
from replyparse.orgnames import body_before_code
from replyparse.printwidth import (
    MIN_WIDTH,
    SENTENCE_END,
    WIDTH_SLACK,
    columns,
    crowded_width,
    first_word_columns,
)
from replyparse.sharing import sharing_lines, shows_sharing

_LONGEST = 200
"""A line of chrome is never longer than this (a metadata table on one line included)."""
_VALUE = 48
"""How long one cell's value may be (a site's name, a code, a date, a subject)."""
_LINK = 30
"""How long a link under a 相关链接 heading may be."""

CELL_BARS = "|｜│┃"
"""The bars a table copied as text sets between its cells (``| 届次 | 某会议 |``): ASCII,
full-width, and the box-drawing bars, light and heavy, a text copy of a page draws its
table with (``│ 索引号： │ … │``, ``┃ 抄送 ┃ … ┃``). The one set every reader of cells
takes (:mod:`replyparse.textview` gives it on: the view, which imports this module, reads
``┃`` as ``│``)."""
BULLET_MARKS = "•·●▪◆■"
"""The bullets a copy renders before a page's list item (``• 2020-09-30``, ``• 关于…的答复``):
the one set the page's chrome (a date after a bullet, a bullet glued after an item) and
the title (:mod:`replyparse.fields.title`, bullets before it no part of it) read."""
_SEP = rf"\s{CELL_BARS}{BULLET_MARKS}"
_BULLETS = "•·●-"
"""What may stand before a page's first label on its line: a list's bullet, also the
hyphen a text copy of an HTML list writes (``- 索引号：…``)."""
_LOST_MARKS = "?"
"""What a broken encoding left for a character it could not write (NFKC reads ``？`` as
``?``): before a page's first label on its line, the bullet or blank the row opened with
(``??索 引 号：…``, ``?发布机构：…``), furniture as the bullet is (fix113)."""
# Runs written as one character and any more (not ``[…]+``): the engine then skips to the
# class's characters instead of trying every place (:func:`replyparse.textview.run_of`,
# which chrome, imported by the view, cannot import).
_SEPS = re.compile(rf"[{_SEP}][{_SEP}]*")
_BLANKS = re.compile(r"\s\s*")
_OPENS = "【[〔（("


def _alternation(words: Sequence[str]) -> str:
    """The words, longest first, with blanks allowed between their characters (``索 引 号``,
    ``文  号``), as a tree of shared beginnings (:func:`replyparse.vocab.longest_first`)."""
    return vocab.longest_first(words, between=r"\s*")


_TABLE = vocab.labels()
_PAGE = frozenset(e.spelling for e in _TABLE if e.field == "page")
_TITLE_CELLS = frozenset(vocab.words("page_title_labels"))
# The labels of data/labels.tsv, and the cells a page's metadata table writes that no label
# of a letter's is (发文机关, 公文种类, 名称): a table's line is cut into its cells at each.
_LABELS = tuple(
    dict.fromkeys(
        (
            *(e.spelling for e in _TABLE if e.is_label),
            *vocab.words("page_table_labels"),
            *sorted(_TITLE_CELLS),
        )
    )
)
_LABEL = re.compile(rf"(?P<label>{_alternation(_LABELS)})(?=\s*[:：\]】]|[{_SEP}]|$)")
_LABEL_BRACKET_CLOSE = "]】"
_TABLE_ONLY = frozenset(vocab.words("page_table_labels")) - {e.spelling for e in _TABLE}
_TABLE_ROW_SIGNS = ("发文机关", "发文单位", "公文种类")
"""The cells a page's metadata table writes that no label of a letter's is (发文机关, 公文种类,
名称): in a row of such a table, its cells set apart by bars, they mark it the page's as a
page's own label does (:func:`_page_cells`)."""
_GLUED_DATE_LABELS = ("发布日期", "发布时间", "生成日期", "成文日期", "更新时间", "发文日期")
"""A page's date labels that a table flattened into a list glues to its year (发布日期2024-…)."""
_UNDER_MARK_LABELS = frozenset({"值班室电话"})
"""The footer's labels (``data/page_footer_labels.txt``) of a cell a letter's closing writes
too (``值班室电话：…``, the duty room's phone): a footer's cell only inside the footer's block,
on a line under its mark (Copyright, ICP备, 版权所有…; a row of the site's host over the mark,
``主办单位：…  值班室电话：…``, is the footer's by its 主办); a row of the letter's closing over
the footer holds its own (mend72b: fix153 read it as the footer's wherever it stood, and
glued after the letter's date it started the page's tail: the letter's contact was lost)."""
_FOOTER_LABELS = (
    *(w for w in vocab.words("page_footer_labels") if w not in _UNDER_MARK_LABELS),
    *(e.spelling for e in _TABLE if e.field in ("contact_address", "contact_phone", "contact_fax")),
)


def _footer_label(labels: Sequence[str]) -> re.Pattern[str]:
    # (a label is no word of a longer one spaced out character by character, 承 办 人 电 话：…,
    # 承  办  人：…: a lone character between blanks after it, one or more, goes on with that
    # word)
    return re.compile(
        rf"(?P<label>{_alternation(labels)})(?![ \t\u3000]+[\u4e00-\u9fff][ \t\u3000:：])"
        rf"(?=\s*[:：]|[{_SEP}]|$)"
    )


_FOOTER_LABEL = _footer_label(_FOOTER_LABELS)
_FOOTER_LABEL_UNDER_MARK = _footer_label((*_FOOTER_LABELS, *_UNDER_MARK_LABELS))
""":data:`_FOOTER_LABEL` with :data:`_UNDER_MARK_LABELS`: the cells of a line inside the
footer's block."""
_DETAIL_WORDS = ("详细查看", "查看详情", "点击查看")
"""A listing's link to the item it lists, which only a site writes (:func:`_listing_rows`)."""

# What parts a crumb's steps: arrows, slashes, and the bars a site's trail is drawn with
# (``首页丨政务公开``: 丨 is the CJK stroke many sites type for a bar; NFKC reads ｜ as |).
_CRUMB_NOW = r"(?:现在|当前|目前)"
"""The word for now a crumb's lead writes before 所在 (``您当前所在``, ``您现在所在``,
``您目前所在``: variants65)."""
_CRUMB_READER = rf"(?:您|你){_CRUMB_NOW}?所在"
"""The reader a crumb's lead names where it stands (``您所在的位置``, ``你当前所在位置``),
in each of the leads below (:data:`_CRUMB`, :data:`_MENU_BEFORE_CRUMB`,
:data:`_GLUED_CRUMB_LEAD`)."""
_CRUMB_STEP = r"\s*(?:-*>|»|›|→|/|\\|＞|&gt;|\||丨)"
_DASH_CRUMB_HOME = r"(?:网站)?首页\s*[-－—–]{1,2}(?!>)\s*[\u4e00-\u9fff]"
"""A crumb's 首页 and its first step after a dash, a hyphen, its full-width form or one or two
long dashes (``首页-政务公开``, ``首页 － 政务公开``, ``首页 — 政务公开``: the full-width form
too, as :data:`_DASH_CRUMB_SIGN` takes it, where a line is searched as written; left70): no
letter's line opens with 首页 and a dash."""
_DASH_CRUMB_SIGN = r"\s*[-－—–]{1,2}(?!>)\s*[\u4e00-\u9fff]{2,10}\s*[-－—–]{1,2}\s*[\u4e00-\u9fff]"
"""What follows 首页 in a crumb whose steps dashes part, two steps at least (``首页-政务公开-
正文``): a page's sign, as the crumb's arrows are (a letter's sentence names no 首页 so)."""
_CRUMB = re.compile(
    rf"^(?:(?:当前|您的当前|您的|您当前的|您现在的|现在的|所在|{_CRUMB_READER})(?:的)?位置是?"
    rf"\s*(?:[:：]|$|(?=(?:网站)?首页{_CRUMB_STEP}))"
    rf"|(?:[:：]\s*)?(?:网站)?首页{_CRUMB_STEP}"
    # (or dashes: 首页-政务公开-建议提案办理-正文, 首页 - 政务公开 - …: left69)
    rf"|(?:[:：]\s*)?{_DASH_CRUMB_HOME}"
    r"|位置\s*[:：]\s*(?:网站)?首页"  # (位置 alone leads a crumb only into its 首页)
    # (a lead that lost its 位置, 当前所在：, only into its 首页 and a step: fix117)
    rf"|(?:您|你)?{_CRUMB_NOW}所在\s*[:：]\s*(?:网站)?首页{_CRUMB_STEP})"
)
"""A breadcrumb's line: its lead (``当前位置：``, ``您的当前位置：``, ``…位置是：``, the lead
written as a sentence, dev119/008), also alone on its line
with the trail on the next (``您当前所在的位置`` over ``：首页 > …``), or its trail from 首页;
a lead written without its 位置 (``当前所在：首页 > …``) only with that trail."""
# A menu of a few short names a page sets before its crumb's lead on the crumb's own line,
# blanks or bars between (``议案建议 当前位置：首页 -> …``, ``县委| 县人大| 县政协 当前位置：…``;
# NFKC): the column's name or the site's links, then the lead with its colon. No letter
# writes a name or two and then ``当前位置：`` (decided, fix102).
_MENU_BEFORE_CRUMB = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,8}[ \t]*[|丨][ \t]*){0,3}[\u4e00-\u9fff]{2,8}[ \t]+"
    rf"(?=(?:当前|您的当前|您当前的|您现在的|{_CRUMB_READER}的?)位置是?\s*[:：])"
)


def _crumb_line(text: str) -> bool:
    """Whether ``text`` (normalised) opens with a breadcrumb (:data:`_CRUMB`), a menu of a few
    short names before its lead or not (:data:`_MENU_BEFORE_CRUMB`)."""
    if _CRUMB.match(text) is not None:
        return True
    menu = _MENU_BEFORE_CRUMB.match(text)
    if menu is None or _CRUMB.match(text[menu.end() :]) is None:
        return False
    crumb = text[menu.end() :]
    # (a name holding a title's word is the column's only when a step writes it again,
    # 议案建议 当前位置：首页 -> 议案建议; a title before the lead is the letter's: review63d)
    return all(
        name in crumb or _TITLE.search(name) is None for name in _COLUMN_NAME.findall(menu.group())
    )


_SWITCH_WORDS = (
    # (the button that enters a version, its 进入 written: 进入关怀版, 进入无障碍)
    "进入关怀版",
    "进入关怀模式",
    "进入长者模式",
    "进入长辈版",
    "进入无障碍",
    "无障碍浏览",
    "无障碍阅读",
    "无障碍",
    "长者模式",
    "关怀模式",
    "关怀版",
    "长辈版",
    "长辈模式",
    "长者版",
    "长者专版",
    "老年模式",
    # (its switch named whole, decided flat55: 打开适老化模式, 关闭适老化模式)
    "打开适老化模式",
    "关闭适老化模式",
    "进入适老化模式",
    "退出适老化模式",
    "适老化模式",
    "适老化",
    "简体版",
    "繁体版",
    "繁體版",
    "信息无障碍",
    "智能问答",
    "智能机器人",
    "加入收藏",
    "设为首页",
    "站群导航",
    "全文检索",
    "登录",
    "注册",
    "进入适老模式",
    "适老模式",
    "适老版",
    "文章播报",
    "语音播报",
    # (the read-aloud button's modes and its status while it speaks, decided flat59:
    # 进入播报模式, 退出播报模式, 语音合成中 of _READ_ALOUD_STATUS)
    "进入播报模式",
    "退出播报模式",
    "语音合成中",
    "手机版",
    "我要纠错",
    # (the toolbar's button to comment on the article, by its login: 登录 注册 留言评论)
    "留言评论",
    # (its link to the government's mailbox, among the switches: 长者模式 政府信箱 加入收藏;
    # fix141)
    "政府信箱",
    "领导信箱",
)
"""A site's switches and toolbar buttons (its versions for the old and the blind, its
scripts, its login, a page read aloud, the call for corrections): words of its tools on a
line of them (:data:`_TOOL_WORD`) and glued before what follows (:data:`_SWITCHES`). A word
that opens with another stands before it (无障碍浏览 before 无障碍)."""
_TITLE_AUTHORITY = rf"[\u4e00-\u9fff()（）]{{1,30}}?(?:{vocab.alternation('org_suffixes')})"
"""An authority's name as a title opens with it (NFKC): up to thirty characters and an
office's ending (``某县某局`` in ``某县某局关于…``), in the patterns that find a title glued
after a page's words."""
NAME_GOES_ON = (
    f"(?:{vocab.longest_first(w for w in vocab.words('org_suffixes') if w != '政协')})(?:关于|对)"
)
"""An office's ending (``办公室``, ``中心``, ``科``: ``data/org_suffixes.txt``) right after a
page's word or a disclosure platform's name, the title's 关于 or 对 right after it
(``…政府信息公开办公室关于…``): the words are the office's own name, the title's authority,
and no page's; the ending opens no authority of its own (政协, which opens one,
``政协某县委员会``, left out: left72a). An authority that only opens with an ending's
characters (``科技局关于…``, ``党委宣传部关于…``, ``中心医院关于…``) is a name of its own after
the page's words, as before left72a (mend72a)."""
_READ_ALOUD_STATUS = r"语音合成中[，,]?请耐心等待(?:\.{3}|…{1,2})?"
"""The read-aloud tool's status while it speaks (``语音合成中，请耐心等待...``): a piece of
the page's tools, read before the switch word 语音合成中 alone (decided, flat59)."""
_ACCESS_TOOL_WORDS = (
    "辅助浏览", "轻松阅读", "读屏", "拼音", "视图", "放大", "缩小", "配色", "原始配色",
    "页面原始配色", "大鼠标", "辅助线", "十字线", "显示屏", "大字幕", "声音", "语速", "指读",
    "连读", "减速", "加速", "音量", "增加音量", "减小音量", "后退", "前进", "全屏", "刷新",
    "换肤", "纯文本", "重置", "帮助", "退出",
    # (a cursor's, the text's size and its colour: 光标  纯文本  大字  小字  颜色)
    "光标", "大字", "小字", "颜色",
)  # fmt: skip
_ACCESS_TOOLS = (
    "(?:"
    + "|".join(sorted(_ACCESS_TOOL_WORDS, key=lambda w: (-len(w), w)))
    # (its colour schemes: 白底黑字蓝链接, 蓝底黄字白链接, 黄底黑字)
    + "|[白黑蓝黄]底[白黑蓝黄]字(?:[白黑蓝黄]链接)?)"
)
"""The buttons of the accessibility toolbar many government sites carry (辅助浏览: read
aloud, magnify, recolour, a big pointer, guide lines), which a copy of the page keeps as
text, often one button a line over the article: each line of them is the page's tools
(:data:`_TOOLS`), the run of them at the page's top its furniture (:func:`_page_furniture`),
and 辅助浏览 or 大鼠标 on such a line marks it chrome wherever it stands
(:data:`_TOOL_MUST_WORDS`) but inside the letter's prose, where a reply about a site's
accessibility lists its functions so (:func:`_listed_toolbar`). None of them is two
others run together (增加音量: 增加 is none), as :data:`_TOOL_WORD` asks."""
_SHARE_BUTTONS = r"新浪微博|腾讯微博|微博|微信|朋友圈|QQ空间|QQ"
"""A share box's buttons, each the place the page is shared to (``分享到： 微信 微博``)."""
_DUI_WORD = r"对[接外口象应策话照比标]"
"""A word that opens with 对 (对接, 对外, 对口…): no title's 对, which opens with the session or
item it answers (对县某届…, 对《…》). A page's word before it is the first word of a name
(``微信对接平台关于…``: its 微信 no share button; left72a)."""
_TITLE_GLUED = rf"(?:{_TITLE_AUTHORITY})?(?:关于|对)"
"""A title glued after a page's words, its authority first or not (``某局关于…``, ``对…``)."""
_TITLE_AFTER_SHARE = rf"(?!{_DUI_WORD})(?:{_TITLE_AUTHORITY})?(?:关于|(?!{_DUI_WORD})对)"
"""A title glued after a share box's buttons (:data:`_TITLE_GLUED`): not a name opening with a
word of 对's (:data:`_DUI_WORD`), whose share word is the name's own first word. After a
page's tool (打印, 关闭) such a name is the title's authority (``打印对外经济贸易局关于…``),
the tool the page's, as before left72a (mend72a)."""
_TOOL_WORD = (
    r"扫一扫在手机(?:上)?(?:打开|查看|浏览|阅读)(?:当前)?页(?:面)?|手机扫一扫|扫一扫"
    f"|{vocab.alternation('page_buttons')}"
    # a listing's link to the item it lists (a 办理单's row over 详细查看)
    f"|{'|'.join(_DETAIL_WORDS)}"
    # (the font tool's label in a site's own words: 选择阅读字号：[ 大 中 小 ])
    r"|收藏本页|收藏|纠错|返回顶部|回到\s?顶部|选择阅读字号|阅读字号|选择字号"
    r"|字体|字号|默认|大|中|小"
    # (its sizes' bracket, the sizes lost to a copy's marks for what it could not write:
    # 字体【??????】; fix124)
    r"|[\[【][?？\ufffd]{2,9}[\]】]"
    # (no word here is two others run together, 微信朋友圈 being 微信 and 朋友圈: a run of them
    # is read one way only, so a line that fails at its end never backtracks through them)
    rf"|{_SHARE_BUTTONS}|视力保护色|护眼模式"
    # a site's switches and way back, chrome only on a page that shows itself otherwise
    # (no must word below but a switch named whole, 无障碍浏览, 长者模式, 打开适老化模式:
    # tools55; a letter never writes them alone on a line, but the view's scan looks for no
    # mark of the others; :func:`_page_furniture`); a toolbar's 登录 and 注册
    # (扫码登录 is 扫码 then 登录), a button that reads the article aloud (文章播报)
    f"|{_READ_ALOUD_STATUS}|{'|'.join(_SWITCH_WORDS)}"
    r"|返回上一级|返回上级|返回列表|返回首页|返回|简体|繁体|繁體|好友|✕|朗读全文"
    # a mirror's width switch and font sizes (宽屏版  字体：|||超大)
    r"|恢复窄屏|恢复宽屏|宽屏版|窄屏版|宽屏|窄屏|超大|特大"
    # (an article's box of attachments, left empty: 附件下载：)
    r"|保存为word|保存为WORD|保存|附件下载[:：]?|文件下载|下载|政策咨询|展开|收起|菜单|导航|扫码关注|扫码"
    r"|打开手机版|手机浏览|手机阅读|打印正文|打印文章|下载Word|下载PDF|下载word|下载pdf"
    # a share box's prompts (用微信扫描二维码 / 分享至好友和朋友圈) and its close button (×)
    r"|用?(?:手机)?扫描二维码|用微信扫描二维码|分享(?:至|给)(?:好友和朋友圈|好友|朋友圈)?|×"
    # what to follow after scanning (关注某县政府网微信)
    r"|关注(?:(?!微信|微博|公众号)[\u4e00-\u9fff]){0,12}(?:微信公众号|公众号|微信|微博)"
    # an accessibility toolbar's buttons (a copy lists them one a line over the title:
    # 辅助浏览 / 读屏 / 放大 / 配色 / 白底黑字蓝链接 / 大鼠标 / 指读 …, :data:`_ACCESS_TOOLS`)
    f"|{_ACCESS_TOOLS}"
)
_TOOLS = re.compile(rf"^(?:[{_SEP}\[\]【】()（）/:：,，]|{_TOOL_WORD})+$")
_TOOL_MUST_WORDS = (
    "菜单",
    "扫码",
    "字体",
    "字号",
    "打印",
    "关闭",
    "分享",
    "扫一扫",
    "扫描二维码",
    "纠错",
    "收藏",
    "视力保护色",
    "×",
    "适老模式",
    # (a version's switch named whole: 打开适老化模式, 无障碍浏览, 长者模式; not the bare
    # 无障碍 or 适老化, a reply's words on the site it answers for)
    "适老化模式",
    "无障碍浏览",
    "长者模式",
    "长者专版",
    "文章播报",
    "语音播报",
    "播报模式",
    "语音合成中",
    "辅助浏览",
    "大鼠标",
    # (a letter box's button to write one, named whole: data/page_buttons.txt; left72b)
    "我要写信",
    *_DETAIL_WORDS,
)
_TOOL_MUST = re.compile("|".join(_TOOL_MUST_WORDS))
_PREV_NEXT_WORDS = ("上一篇", "下一篇", "上一条", "下一条", "上篇", "下篇")
# (with its colon and the item's title, or alone on its line: a link's words with no title)
_PREV_NEXT_TAIL = r"(?:[】\]]?\s*[:：]|[】\]]?\s*$)"
# A link to the page's previous or next article, opening its line. A copy that kept the
# page's layout as a table's rows (a Markdown export, a mirror's text) writes it as a row's
# one cell, its bar before it (``| 上一条：某局关于…的答复 |``): the bar is the row's, no
# sign of a letter's line (no letter opens a line with a bar and the link's words), so the
# row is the link as the bare line is (an earlier round read such rows after the date as the
# letter's and lost its signer and date, dev54).
_PREV_NEXT = re.compile(
    rf"^(?:[{CELL_BARS}]\s*)?[【\[]?(?:{'|'.join(_PREV_NEXT_WORDS)}){_PREV_NEXT_TAIL}"
)
# (a site's recommendations under the article are such links too: 相关推荐, 热门推荐, 精彩推荐,
# 热点推荐, 为你推荐, 猜你喜欢, a mirror's 站长推荐 and 编辑推荐 (fix136), and its further
# reading, 延伸阅读, 扩展阅读; 你 or 您 alike; an earlier round kept a 相关推荐 ending the page
# as the letter's last line, under its damaged date 2024719, and the signer over that date
# signed nothing. No word a letter's line opens with: each is also a sign of a page,
# :data:`_PAGE_SIGNS`)
_LINKS_WORDS = (
    "相关链接",
    "友情链接",
    "相关阅读",
    "相关文章",
    "相关信息",
    "相关新闻",
    "推荐阅读",
    "相关推荐",
    "热门推荐",
    "精彩推荐",
    "热点推荐",
    "为你推荐",
    "为您推荐",
    "猜你喜欢",
    "猜您喜欢",
    "延伸阅读",
    "扩展阅读",
    "站长推荐",
    "编辑推荐",
)
# A row of a page that links to a file or the page it copied, its value a prompt to click or
# an address (附件链接：点击下载, 原文链接:点击查看, 相关链接: http…, 政策解读链接：): chrome,
# whatever names the link (NFKC: the colon is :).
_LINK_ROW = re.compile(
    r"^[\u4e00-\u9fff]{0,8}链接\s*:\s*"
    r"(?:点击[\u4e00-\u9fff]{0,6}|查看|下载|(?:https?://|www\.)[!-~]*)?$",
    re.IGNORECASE,
)
# (a row's one cell, its bar before it, as a link to the previous article is: | 友情链接: |,
# where a copy kept the page's layout as a table's rows; left72b)
_LINKS_HEADING = re.compile(
    rf"^(?:[{CELL_BARS}]\s*)?[【\[]?(?:{'|'.join(_LINKS_WORDS)})[】\]]?\s*(?:[:：].*)?$"
)
_BANNER_ENDS = ("门户网站", "政府网站", "网站", "政务网", "门户网", "政务服务网", "公众信息网")
_TODAY_LEADS = ("今天是", "当前时间")
"""The widget's label for the visitor's day or moment (``今天是：``, ``当前时间：``, fix123)."""
_WELCOME_VERBS = "(?:访问|来到|光临)"
_WELCOME_WORDS = rf"欢迎(?:您|你)?{_WELCOME_VERBS}"
"""How a site's banner welcomes its visitor (``欢迎访问``, ``欢迎您来到``, ``欢迎光临``), before
the site's name."""
_SITE_NAME = rf"[\u4e00-\u9fff()（）]{{2,30}}?(?:{'|'.join(_BANNER_ENDS)})"
"""A site's name as its banner writes it (``某县人民政府门户网站``)."""
_WELCOMED_SITE = _WELCOME_WORDS + _SITE_NAME
"""A banner's welcome and the site's name (``欢迎访问某县人民政府门户网站``)."""
_BANNER_BUTTONS = r"(?:\s*[\[【](?:登录|注册|退出|注销)[\]】])*"
"""The account's buttons a banner's line writes after the site's name, in brackets
(``欢迎来到某县人民政府网站 [登录]``, fix123): no letter's words."""
_BANNER_TAIL = rf"[!！。]?{_BANNER_BUTTONS}$"
_BANNER_TAIL_UNTRIMMED = rf"[!！。]?{_BANNER_BUTTONS}\s*$"
_BANNER = re.compile(
    rf"^(?:{_WELCOME_WORDS}\s*)?[\u4e00-\u9fff（）()]{{2,30}}?"
    rf"(?:{'|'.join(_BANNER_ENDS)}){_BANNER_TAIL}"
)
_NOT_BANNER = re.compile(r"关于|建议|提案|议案|答复|复函|的函")
IPV6_BADGE = (
    r"(?:本网站|本網站|本站|网站|網站|本网|本網)?(?:现已|現已|已经|已經|已)?(?:全面)?支持\s*"
    r"(?:[Ii][Pp][Vv]4\s*[/和与與、]\s*)?[Ii][Pp][Vv]6(?:双栈|雙棧)?(?:访问|浏览|訪問|瀏覽)?"
)
"""A site's IPv6 badge's words (``网站支持IPv6``, ``本网站已支持IPv4/IPv6双栈访问``): the
source :data:`_IPV6_NOTE` reads alone on its line, and a flattened page's title reader
before the title (review60g)."""
_IPV6_NOTE = re.compile(rf"^[{BULLET_MARKS}-]?\s*{IPV6_BADGE}\s*[!！。]?$")
"""A site's badge saying it serves IPv6, alone on its line (``网站支持IPv6``, ``本网站已支持
IPv6``, a list's bullet before it or not; a traditional copy's ``網站支持IPv6``: review60g): the
site's banner, never a letter's title nor line (fix92: an earlier round read it as the title
over the page's heading)."""
# The notice a site pops up over a link that leaves it, kept as text by a copy: its lead, a
# name and 提醒您 with its colon (``市政府门户网站提醒您：``, ``本站提醒您：``), and its
# sentence (``您访问的链接即将离开“某市人民政府”门户网站，是否继续？``), on two lines or
# one. The page's, on any page: a letter addresses no one so, and names no site's link
# (an earlier round read the lead, a name and a colon, as the letter's salutation, and
# the header and title under it as its body). NFKC (the colon is ``:``).
# The name before 提醒您 is a site's, ending in a site's word (review56c: a letter's own
# ``特此提醒您：``, ``我局在此提醒您：`` ending its line names none and stays the letter's);
# the sentence's bare form, ``您即将离开本网站``, leaves a site it names.
# The popup's lead may be its bare title, ``温馨提示：`` ending its line, over the sentence
# (left57a: an earlier round read it as the salutation); a page's only, as the rest is.
_LEFT_PAGES = ("链接", "网址", "网页", "页面")
_NOTICE_SITES = ("网站", "網站", "本站", "门户", "門戶", "网", "網", "平台")
_NOTICE_SITE = f"(?:{'|'.join(_NOTICE_SITES)})"
# (about to: 即将, or 将要, 您将要离开本站, left57a; or 将 alone, 您将离开本网站, review57e;
# longest first)
_SOON = ("即将", "将要", "将")
_LEAVING = (
    rf"[您你]所?(?:(?:访问|点击|打开|浏览)?的(?:{'|'.join(_LEFT_PAGES)})(?:{'|'.join(_SOON)})(?:离开|跳转)"
    rf"|(?:{'|'.join(_SOON)})(?:离开|跳转)(?=[^,，。]{{0,30}}?(?:网站|網站|门户|門戶|本站)))"
)
_SITE_NOTICE = re.compile(
    rf"^(?:(?P<site>(?:[\u4e00-\u9fff()“”]{{0,30}}?{_NOTICE_SITE}(?:温馨|特别)?)?)"
    rf"提醒(?:您|你)\s*:\s*(?:{_LEAVING}.{{0,60}})?"
    rf"|温馨提示\s*:\s*(?:{_LEAVING}.{{0,60}})?"
    rf"|{_LEAVING}.{{0,60}})$"
)
_LEFT_SITE = r"(?:本站|本网站|本網站|“[^”\n]{1,30}”\s*(?:门户)?网站)"  # (the bare sentence's sign)
_DISCLOSURE_ENDS = ("平台", "网站", "网", "专栏", "专题", "目录")
# The words of an action a body's heading names the disclosure with, before a government
# written by its bare level (全面推进县政府政务公开, 深化市政府信息公开, 加强县政府信息公开):
# no platform's name, which writes its government's place and nothing else before it.
_DISCLOSURE_ACTS = (
    "推进|推动|加强|强化|深化|做好|抓好|完善|健全|规范|落实|提升|优化|开展|创新|全面|持续|扎实"
)
_DISCLOSURE_ACT_BEFORE = "".join(
    rf"(?<!(?:{_DISCLOSURE_ACTS}){'.' * between}[省市县区州旗盟镇乡]政府..公开)"
    rf"(?<!(?:{_DISCLOSURE_ACTS}){'.' * between}人民政府..公开)"
    for between in range(3)
)
"""Lookbehinds, at the end of ``…政府信息公开`` (or 政务公开), that no act's word
(:data:`_DISCLOSURE_ACTS`, each of two characters) stands before the government, up to two
characters between (``全面推进县政府政务公开``, ``加强我县政府信息公开``, ``推进全市人民政府…``):
a body's heading, no platform's name (a lookbehind reads a fixed width: one for each)."""
_DISCLOSURE_PLATFORM = (
    r"[\u4e00-\u9fff]{1,16}?(?:[省市县区州旗盟镇乡]|人民)政府(?:信息|政务)公开"
    rf"(?:{'|'.join(_DISCLOSURE_ENDS)})?"
)
"""A government's disclosure platform's name: a government's, then 政府信息公开 / 政府政务公开
and the platform's word after it or none."""
_DISCLOSURE_BANNER = re.compile(
    rf"^(?![\u4e00-\u9fff]{{0,16}}?(?:{_DISCLOSURE_ACTS})){_DISCLOSURE_PLATFORM}$"
)
"""A government's disclosure platform named alone on its line over the article
(``某县人民政府信息公开``, ``某市政府政务公开平台``): a government's name, then 政府信息公开 /
政府政务公开, nothing after but the platform's word. No letter's title (that names what it
answers: 关于…, …的答复) nor sentence: chrome by itself, a sign of a page, so the section's
name beside it (``政府信息公开`` alone, :data:`_SECTION_BANNER`) is the page's furniture
too (an earlier round read the two lines as the letter's title). The section's name alone
stays a letter's line where no page shows, and so does a body's heading naming an act on
the disclosure before its government (:data:`_DISCLOSURE_ACTS`)."""


_DISCLOSURE_REACH = 26
"""How far into a piece a disclosure platform's 公开 stands at most (a name of sixteen, its
level and 政府, 信息 or 政务, then 公开)."""


def disclosure_banner(text: str) -> bool:
    """Whether ``text`` is a government's disclosure platform named alone
    (:data:`_DISCLOSURE_BANNER`: ``某县人民政府信息公开``, the section's name glued before it
    or not, ``政府信息公开某县人民政府信息公开``): the page's, never a letter's title. For
    the layout, which sees such a line where a flattened copy glued it to the salutation
    (fix140); a line of its own is chrome already."""
    return "公开" in text and _DISCLOSURE_BANNER.match(text) is not None


# A page's count of its views alone on a line, by a bare word and its colon (``阅读：100次``,
# ``【浏览：12】``, ``点击：34次``): the labels of data/labels.tsv (阅读次数, 浏览量) are
# read as the page's cells; these words alone are no label, as a letter writes them
# (阅读：《某某》 is none), so only a count and nothing after it makes the line chrome.
_VIEW_WORDS = ("阅读", "浏览", "点击")  # (访问量, 访问次数: page labels already)
_VIEW_TAIL = r"(?:次数|人次|量|数)?\s*[:：]\s*\d"
_VIEWS = re.compile(rf"^[【\[(]?(?:{'|'.join(_VIEW_WORDS)}){_VIEW_TAIL}\d*\s*(?:人次|次)?[】\])]?$")
_VIEWS_LEFT_EMPTY = re.compile(rf"[【\[(]?(?:{'|'.join(_VIEW_WORDS)})(?:次数|人次|量|数)?:$")
"""Such a count's word and colon ending a piece, its count left empty (NFKC)."""
_BARE_VIEWS_TAIL = r"(?:次数|人次|量|数)?[ \t\u3000]*[:：][ \t\u3000]*$"
"""After such a word, its count's place left empty and nothing after the colon on its line
(with :data:`re.MULTILINE`): a page's counter alone, a sign of the page (:data:`_PAGE_SIGNS`)."""
_COUNT_UNIT = re.compile(r"人次|次")
"""The unit of a count of views, after the count's place left empty (``点击数: 人次``)."""
VIEWS_UNIT = r"万?人次|万?次|万"
"""The unit of a count of views after its figures (``88次``, ``1.2万``, ``3万人次``): one
spelling for the counts chrome cuts (fix140) and the re-segmenter's before the names (left70)."""
_COUNT_FIGURES = re.compile(
    rf"\d+(?:\.\d+)?(?:{VIEWS_UNIT})?(?![\d年月日号])(?=[\u4e00-\u9fff〔\[【])"
)
"""A count of views in figures after a blank, its unit or not, the letter's words glued
after it (``浏览次数: 1某函〔…``): a figure a date, a year or a number's serial goes on
with (``2019年``, ``12号``) is none."""
# A page's moment of publication after a bare 时间 or 日期, alone on its line: a date in
# figures parted by - / . and a clock time (时间：2018-09-29 08:19). A letter writes its
# dates with 年月日 and never a clock time after one so written.
_TIMED_WORDS = ("时间", "日期")
_TIMED_TAIL = r"\s*[:：]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}"
_TIMED = re.compile(rf"^(?:{'|'.join(_TIMED_WORDS)}){_TIMED_TAIL}(?::\d{{2}})?$")
# Such a count that leads the page's other cells on its line (``浏览：740次  时间：2024年1月5日``,
# ``阅读：12次 | 来源：某局``), a stray quote a template leaked parting them as a blank would:
# what follows it is the page's date or cells (:func:`_lead_is_furniture`, :func:`_page_cells`).
_VIEWS_LEAD = re.compile(
    rf"^[【\[(]?(?:{'|'.join(_VIEW_WORDS)}){_VIEW_TAIL}\d*\s*(?:人次|次)?[】\])]?[{_SEP}'‘’]+"
)
# The page's stamp, its date in figures and its clock time, with the page's cells glued right
# after the clock (``2024-01-30 19:10来源：``, ``2020-12-09 18:49来源：某局``, as a ministry's
# site prints its article's byline with no blank): what follows it is the page's cells alone
# (:func:`_stamped_cells`). A letter dates itself with 年月日 and writes no clock time.
_STAMP_FIRSTS = frozenset("12")
"""What a line :data:`_STAMP_GLUED` matches opens with (19…, 20…): the gate before it."""
_STAMP_GLUED = re.compile(
    r"^(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?(?=[\u4e00-\u9fff])"
)
# A person named after a footer's 主办单位 (联系人：, 经办人：, 承办人：): a letter's note of
# the units handling the reply (主办单位：…  协办单位：…  联系人：…), never a site's footer,
# which names offices only: its 联系人：办公室 (an office, 某局信息中心) names no person.
_PERSON_LABEL = re.compile(
    r"(?:联\s*系\s*人|经\s*办\s*人|承\s*办\s*人)\s*[:：]"
    r"(?!\s*[\u4e00-\u9fff]{0,16}?(?:办公室|中心)(?![\u4e00-\u9fff]))"
)
_PERSON_AFTER = rf".*{_PERSON_LABEL.pattern}"
# A letter's contact row with the site's footer links run on after its phone (联系人：王某
# 电话：0000-5550123  网站地图  联系我们, a bar or no blank between): the row names a person
# after the person's label, as no site's footer does (its 联系人：办公室, :data:`_PERSON_AFTER`;
# 联系人：网站管理员, 网站联系人：…, :func:`_row_names_person`),
# and nothing of a footer but the links follows its figures. The row is the letter's
# contact, kept; its links are the page's, cut off as its tail (:func:`chrome_tail`).
_CONTACT_ROW_LINKS = re.compile(
    rf"(?P<row>{_PERSON_AFTER}(?=\s*[\u4e00-\u9fff]).*[0-9])"
    rf"(?P<links>(?:[\s{CELL_BARS}]*(?:{vocab.alternation('page_footer_links')}))+)"
    rf"[\s{CELL_BARS}]*$"
)
# A site's note of the screen and browser to view it with: the screen's resolution in figures
# and, in the same clause, a word of viewing the site (推荐使用1366*768分辨率以上显示器及IE8.0
# 以上版本浏览器进行浏览, 1024×768分辨率下显示效果最佳, 浏览本站请使用1280*1024分辨率;
# after the time the page took to make, 本页面执行时间为0.04秒，): a clause of the footer's, as
# a registration number is one of its marks. A resolution alone is no mark: a letter about
# cameras or screens names one (均为1920×1080分辨率, 采用3840×2160分辨率，方便群众浏览).
_RESOLUTION = r"\d{3,4}\s*[*×xX]\s*\d{3,4}\s*(?:像素)?(?:以上)?(?:的)?分辨率"
_BROWSER_NOTE_MARK = (
    rf"{_RESOLUTION}[^，,。；;！!？?]{{0,24}}?(?:浏览|访问|最佳)"
    rf"|(?:浏览|访问)[^，,。；;！!？?]{{0,12}}?{_RESOLUTION}"
    # (the best view the note promises may stand in a clause before it: 为获得最佳浏览效果，
    # 建议使用1366×768以上分辨率)
    rf"|最佳[^。；;！!？?]{{0,16}}?{_RESOLUTION}"
)
_BROWSER_NOTE = re.compile(_BROWSER_NOTE_MARK)
_FOOTER_MARKS = (
    r"ICP\s*备", r"ICP\s*证", "网站标识码", "公网安备", "版权所有", "copyright", "©",
    r"技术支持\s*[:：]", "网站地图", r"中文域名\s*[:：]", "最佳分辨率",
    # (the advice may speak to the reader: 建议您使用IE9以上版本…的浏览器进行浏览; fix153. Its
    # 您 is a group, not 您?: _lead reads a mark's plain characters up to its first mark)
    r"建议(?:您)?使用.{0,30}浏览器", r"推荐(?:您)?使用.{0,30}浏览器",
    _BROWSER_NOTE_MARK, r"网络实名\s*[:：]",
    "位访问者", r"网站(?:监督)?举报[^:：]{0,4}[:：]",
    # (the line a site gives for reporting harmful content on it, 站内不良信息举报电话：…,
    # 违法和不良信息举报电话：…: a label a letter's own contact never writes)
    r"不良信息举报[^:：]{0,4}[:：]",
    r"开办(?:单位)?\s*[:：]",
)  # fmt: skip
_FOOTER_FIRSTS = r"\dic©中位公建开技推最浏版网访不"
"""What a match of each of :data:`_FOOTER_MARKS` opens with: its first character (``I`` of
ICP and ``c`` of copyright as a class read without case, which takes the same characters:
a test checks), a resolution's figure (``\\d``), or the 浏 or 访 of ``(?:浏览|访问)``."""
_SITE_FOOTER = re.compile(f"(?=[{_FOOTER_FIRSTS}])(?:{'|'.join(_FOOTER_MARKS)})", re.IGNORECASE)
"""A mark of a site's footer (:data:`_FOOTER_MARKS`), but the units' row that may be a
letter's too (:func:`_host_footer`). Asked only whether it matches: the look-ahead of
:data:`_FOOTER_FIRSTS` passes over every place no mark opens at with one test of a class,
where the alternation tried each mark there (the search read a line's every character
some twenty times); exact, as every match opens with one of those characters."""
_LINE_BREAK = re.compile("\n")
_HOST_ROW = re.compile(r"主办单位\s*[:：].{1,40}(?:承办|协办|技术支持|邮编|邮政编码)")
"""The row of the units that run the site (主办单位：某县政府  承办：某县信息中心), a footer's
mark where no person's label follows it on its line (:func:`_host_footer`)."""


def _host_footer(text: str, pos: int = 0) -> bool:
    """Whether ``text[pos:]`` holds a site's row of its units (:data:`_HOST_ROW`) that no
    person's label follows on its line (:data:`_PERSON_LABEL`: a letter's note of the units
    handling the reply names the person too, 主办单位：…  协办单位：…  联系人：王某; a footer's
    联系人：办公室 names an office). Each row is asked where the next person's label and the
    line's end stand, found once for the text (a lookahead over the rest of the line at each
    row read a long line again at each: quadratic)."""
    row = _HOST_ROW.search(text, pos)
    if row is None:
        return False
    persons = [m.start() for m in _PERSON_LABEL.finditer(text, row.start())]
    ends = [m.start() for m in _LINE_BREAK.finditer(text, row.start())] if "\n" in text else []
    while row is not None:
        at = row.start()
        person = bisect_left(persons, at)
        end = ends[k] if (k := bisect_left(ends, at)) < len(ends) else len(text)
        if person == len(persons) or persons[person] >= end:
            return True
        row = _HOST_ROW.search(text, at + 1)
    return False


def _footer_marked(text: str, pos: int = 0) -> bool:
    """Whether ``text[pos:]`` holds a mark of a site's footer: one of :data:`_SITE_FOOTER`'s,
    or the row of its units (:func:`_host_footer`)."""
    return _SITE_FOOTER.search(text, pos) is not None or _host_footer(text, pos)


def shows_host_footer(text: str) -> bool:
    """Whether ``text`` shows a page by the row of its site's units (:func:`_host_footer`),
    the one sign of a page that :data:`SIGNS` leaves out (it asks the rest of a line)."""
    return "主办单位" in text and _host_footer(text)


# A site's registration number, as only a page's footer writes it (某ICP备00000000号,
# 某公网安备 00000000000000号, 网站标识码：0000000000): no sentence of a letter does.
_SITE_NUMBER = re.compile(
    r"ICP\s*[备证]\s*[:：]?\s*\d|公网安备\s*[:：]?\s*\d|网站标识码\s*[:：]?\s*[0-9A-Za-z]"
)
# A site's disclaimer of what it carries (本站部分信息由…提供，其内容的真实性由…负责；本网
# 转载的文章不代表本网观点), a sentence about the site that no letter opens a line with (a
# station's letter writes 本站 of itself, never of its information's truth or its views).
_DISCLAIMER_TAIL = (
    r"站?[^。！？!?\n]{0,30}?(?:信息|内容|文章|资料|稿件)"
    r"[^。！？!?\n]{0,40}?(?:真实性|不代表|仅供参考|观点)"
)
# Or a line a mirror heads with its 免责声明： (本文为网络用户发布…): no letter's.
_DISCLAIMER = re.compile(r"本[站网]" + _DISCLAIMER_TAIL + r"|免责声明\s*[:：]")
_DISCLAIMER_HEAD = re.compile(r"免责声明\s*[:：]")
# A site's notice that it takes down what infringes (…如有侵权请联系删除, 如有侵权，请告知我们
# 删除, 版权归原作者所有), anywhere on its line, or a line opening with what the site carries
# (本站所载…, 本网转载…): the page's footer, no letter's (a reply on infringement asks for a
# report, never for its own removal).
_INFRINGE_TAIL = (
    r"[,，]?\s*请?\s*(?:及时)?\s*(?:与?(?:我们|本站|本网|站长|管理员))?\s*(?:联系|告知|通知)"
)
"""What follows a site's 如有侵权 (NFKC): a request to tell it (``，请联系``, ``请及时告知``)."""
_INFRINGEMENT = re.compile(
    # (the site's own phrasing, 如有侵权请联系删除: a letter may write that a rights holder
    # 认为构成侵权的，可以通知平台删除, which is no notice of the page's)
    rf"(?:如|若)(?:有|涉及|涉)侵权{_INFRINGE_TAIL}|版权归原作者|^本[站网](?:所载|转载|所发)"
    r"|^版权(?:说明|声明)\s*:"
)
# A site's notice of its rights (…均为本站版权所有，未经授权禁止复制或镜像。), a sentence of
# the footer's: a letter that writes 版权所有 forbids nothing after it.
_NOTICE = re.compile(r"版权所有.{0,20}(?:未经|禁止).{0,12}(?:复制|转载|镜像|链接)")
# A sentence's end (NFKC): a line that holds one is a letter's, registration number or not.
_ENDED = re.compile(r"[。!?]")
# The footer's marks but its units' (主办单位：…  协办单位：…), which a letter writes too.
# A signature's date alone on its line (2024年5月10日, 二〇二四年五月十日, its zeros typed as
# figures: 二00七年; NFKC digits; blanks around its 年月日 as copies leave them: 2024年 5月10日,
# 2024 年 5 月 10 日): the units' line right over it is the letter's own note of the units
# that answer, no footer. Its year, month and day each in figures or in numerals, a day in
# figures with 号, as the closing reads a signed date (:data:`replyparse.closing.DATE`, from
# the same numerals: 二〇二四年5月10日, 2024年五月十日, 2024年5月10号; review60e: an earlier
# round read no mix here, and a proposal printed after a reply so signed stayed the letter's).
_SIGNATURE_DATE = re.compile(
    rf"(?:(?:19|20)\d{{2}}|[{CN_YEAR_DIGITS}]{{4}})[ \t]*年[ \t]*(?:\d{{1,2}}|{CN_MONTH})[ \t]*月"
    rf"[ \t]*(?:\d{{1,2}}[ \t]*[日号]|{CN_DAY}[ \t]*日)$"
)
# ... anywhere: a footer's cell holds none (联系电话：… 某局 2024年9月24日, a flattened
# letter's contact line and signature, is the letter's)
_SIGNATURE_DATE_IN = re.compile(_SIGNATURE_DATE.pattern.removesuffix("$"))
_PAGE_DATE = re.compile(
    r"^(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_PAGE_DATE_FIRST = re.compile(_PAGE_DATE.pattern.removesuffix("$") + r"\s")
"""A page's date opening a text, a blank after it."""
# A mirror's byline under the title: the site's name and its 作者 glued by a dot, the
# author (佚名 when none), the page's date in figures (某某百科·作者佚名  2012-04-18), or the
# 作者 alone so written; the site's line, never the title's nor the letter's date.
_BYLINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,16}\s*[·•]\s*)?作者\s*[:：]?\s*[\u4e00-\u9fffA-Za-z]{1,12}\s+"
    + _PAGE_DATE.pattern.removeprefix("^")
)
# A page's date after a list's bullet, alone on its line (• 2020-09-30): an item of the
# page's list of what it says of itself; a letter sets no bullet before its date.
_GLUED_BULLETS = BULLET_MARKS.replace("·", "")
"""A list's bullets a copy without line breaks glues after the item before (``某局•``; not
the middle dot of a transliterated name)."""
_BULLET_DATE = re.compile(
    rf"^[{BULLET_MARKS}]\s*(?:(?:日期|时间)\s*:\s*)?{_PAGE_DATE.pattern.removeprefix('^')}"
)
"""A page's date after a list's bullet, its 日期/时间 label before it or not (NFKC:
``• 2020-09-30``, ``• 日期:2020-09-30``): a list's row of the page, never the letter's date."""
_READING_HEADING = re.compile(
    r"^[【\[]?(?:(?:访谈|相关|政策|图文|文字|视频|专家|媒体|新闻)?解读|图解)[】\]]?\s*:?$"
)
"""A heading of a page's panel of linked interpretations (NFKC: ``访谈解读:``, ``相关解读``,
``【图解】``), alone on its line: the site's section, no addressee (a letter addresses
persons and bodies) nor title."""
_GLUED_PANEL_HEADING = re.compile(
    rf"(?:{'|'.join(_LINKS_WORDS)}|(?:访谈|相关|政策|图文|文字|视频|专家|媒体|新闻)?解读)[:：]"
)
"""A heading of a page's panel of links or interpretations and its colon, the panel's links
left out (``相关文章：``, ``访谈解读：``), glued to what stands around it in a page flattened
with nothing between its lines: a piece of its own."""
# A page's date in its lenticular brackets (【2020-09-30】, 【2020年9月30日】), or in figures
# after the page's 发布于 (发布于 2020-09-30; its colon and round brackets or not, NFKC:
# （发布于：2020-09-30 14:10）), alone on its line: a letter writes neither. So is one after
# a page's other words for its publication (发布日期, 发布时间, 更新时间), the figures glued to
# it, after a blank, after the cell's colon (发布日期: 2024-05-21, NFKC) or in round brackets
# where that colon would stand (发布日期（2025-04-11）; also a piece of a row of such cells,
# 发布日期2024-05-21): a letter dates itself with 年月日 and never labels its date so.
_FIGURES = r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_MARKED_DATE_LABELS = ("发布日期", "发布时间", "更新时间")
"""A page's words for its publication before its date in figures (:data:`_MARKED_DATE`)."""
_MARKED_DATE = re.compile(
    rf"^(?:【\s*(?:{_FIGURES}|(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)\s*】"
    rf"|\(\s*发布于\s*:?\s*{_FIGURES}\s*\)|发布于\s*:?\s*{_FIGURES}"
    rf"|(?:{'|'.join(_MARKED_DATE_LABELS)})\s*(?::\s*)?(?:{_FIGURES}|\(\s*{_FIGURES}\s*\)))$"
)
# A forum's post header (a Discuz thread's and its like), alone on its line: the moment of the
# post after 发表于, in figures with its clock time or not, and the post's links after bars
# (发表于 2018-6-13 15:53:26 | 显示全部楼层 | 阅读模式); a quoted reply's header, its poster's
# name before it, with its clock time (李某 发表于 2018-6-13 15:53). NFKC. A letter dates
# itself with 年月日, and writes no clock time after a date in figures.
_POST_DATE = r"发表于\s*[:：]?\s*(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}"
_POST_CLOCK = r"\s*\d{1,2}:\d{2}(?::\d{2})?"
_POST_STAMP = re.compile(
    rf"^(?:{_POST_DATE}(?:{_POST_CLOCK})?|[^\s|:]{{1,20}}?\s*{_POST_DATE}{_POST_CLOCK})"
    r"(?:\s*\|\s*[^|。!?,:]{1,12})*\s*\|?$"
)
# A post's byline alone on its line (a blog's, a forum's, a portal's; NFKC): who posted it,
# 于, the day and 发表 (``Admin - admin 于2031年07月09日发表``), or 发表于 / 发布于 with the day
# after it, in words or in figures, its clock time or not, its poster before it or not
# (``某某 发布于 2031-07-09 10:20``, ``发表于2031年7月9日``): the page's line, its day no
# date of the letter (a letter dates a sentence, ended by its stop, never its own posting).
# The poster is parted from its 于 by a blank, as a site's template prints it, or is a
# handle ending in a Latin letter or a figure (``admin于…``): hanzi glued to 于 are a
# sentence's subject, a line a hard-wrapped copy broke after its 发表 (``县长王某于2031年7月
# 9日发表`` / ``讲话，…``: review63b).
_POSTER_PIECE = r"[^\s。!?;,:|()《》“”\[\]【】]{1,20}"
_POSTER = rf"{_POSTER_PIECE}(?:\s*[-·•]\s*{_POSTER_PIECE})?"
_POST_DAY = (
    r"(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    rf"(?:{_POST_CLOCK})?"
)
_POSTED_BYLINE = re.compile(
    rf"^(?:{_POSTER}(?:\s+|(?<=[A-Za-z0-9_]))于\s*{_POST_DAY}\s*发表"
    rf"|(?:{_POSTER}\s+)?(?:发表于|发布于)\s*:?\s*{_POST_DAY})$"
)
# A commercial site's customer-service line in its banner (客服热线:0000-555 0123, NFKC; the
# number parted by a blank as the site prints it or not): the site's, as no letter has a
# 客服 (a letter's own hotline, 咨询热线：…, is its contact line, never this).
_SERVICE_LINE = re.compile(r"^客服(?:热线|电话)\s*:?\s*\d[\d -]{5,18}\d$")
# A server's error page a copy kept around the letter (404 Not Found, its server's name
# nginx alone under it): its status and reason, or the server's name and version alone;
# chrome on a page that shows itself (404 Not Found does: one sign, one character scanned).
_SERVER_ERROR_WORDS = ("Not Found", "Forbidden", "Bad Gateway")
_SERVER_STATUS = re.compile(rf"[45]\d{{2}}\s+(?:{'|'.join(_SERVER_ERROR_WORDS)})")
"""A server's status and its reason anywhere in a line (404 Not Found), one piece of a tail."""
_SERVER_ERROR = re.compile(
    rf"^(?:[45]\d{{2}}\s+(?:{'|'.join(_SERVER_ERROR_WORDS)})|(?:nginx|openresty)(?:/[\d.]+)?)$",
    re.IGNORECASE,
)
# A count of the page's views as a listing's row writes it, its value a number or the
# brackets a template left empty (点击:[], 浏览:【12】; NFKC: ： is :, （ is ().
_EMPTY_COUNT = r"[\[【(]\s*\d*\s*[\]】)]"
_COUNT_LABEL = rf"(?:{'|'.join(_VIEW_WORDS)})(?:次数|人次|量|数)?\s*:"
_VIEW_CELL = rf"{_COUNT_LABEL}\s*(?:\d+\s*(?:人次|次)?|{_EMPTY_COUNT})"
# A listing's row of the page: its date in figures (its clock time after it or not), the
# office that posted it or not, then the count of its views or its tools and nothing else
# (2017-12-16 00:00:00 某县政府办公室 点击:[] 打印).
_DATED_ROW = re.compile(
    r"^(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s+[\u4e00-\u9fff()]{2,16})?"
    rf"\s+(?:{_VIEW_CELL}|{_TOOL_WORD}|[\[\]【】|/])(?:\s*(?:{_VIEW_CELL}|{_TOOL_WORD}|[\[\]【】|/]))*$"
)
_COUNT_SIGN = re.compile(_COUNT_LABEL)
# A page's date after a bare 时间/日期 before its other cells (时间：2024-06-21  点击数：12).
_DATE_LABEL = re.compile(r"^(?:时间|日期)\s*[:：]\s*")
# Both widths: the lines are compared NFKC-normalised (！ is !, ， is ,).
_SENTENCE = re.compile(r"[。！？；!?;]")
_CLAUSE = re.compile(r"[。！？；!?;，,]")
_IMAGE_MARKS = re.compile(r"!\[[^\]\n]{0,80}\]\([^)\s]{0,300}\)")
"""The placeholder a Markdown copy of a page leaves for an image, anywhere on a line
(``![]()``, ``![徽标](/images/logo.png)``): markup, no sentence (:func:`_is_chrome`)."""


# A crumb's steps carried on to a line of their own, each led by its step (``>>某局 >>建议提案``
# under ``当前位置：首页``), NFKC (＞ is >): short names, no clause, no colon.
_CRUMB_STEPS = re.compile(
    r"^(?:(?:(?:>>|»|›)\s*[^\s>»›。,;:!?]{1,20}\s*)+"
    r"|(?:>\s*[^\s>»›。,;:!?]{1,20}\s*){2,})$"
)  # (one > step alone is a quoted line's mark, > 王某代表来信)
# A crumb's trail with no 首页 nor 当前位置 before it, its steps parted by > and a blank after
# it (NFKC: ＞ is >), a step left empty between two or not (``建议提案 > 人大代表建议``,
# ``某站> 建议提案 > > 人大代表建议``): short names, each with a Chinese character, no clause
# nor colon. A letter sets no such > between words of a line of its own: a figure's
# comparison (PM2.5 > 75) has no Chinese name on both sides, a book title's doubled marks
# are glued to their words (<<某办法>>所述).
_CRUMB_NAME = r"[A-Za-z0-9]{0,8}[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{0,19}"
_CRUMB_TRAIL = re.compile(rf"^{_CRUMB_NAME}(?:[ \t]*>+[ \t][ \t>]*{_CRUMB_NAME})+[ \t>]*$")
_CRUMB_TRAIL_SIGN = r">*[ \t][ \t>]*[A-Za-z0-9]{0,8}[\u4e00-\u9fff]"
"""What follows a trail's first > of a step (:data:`_CRUMB_TRAIL`): a sign of the page's."""
# A line of a site's menu copied with its links' paths (``综合信息/col/col1/index.html政务公开
# /col/col2/index.html``): each path ends in a page's file, the words between them are the
# menu's names (figures and characters alone, no colon: no URL a letter cites).
_LINK_PATH = re.compile(r"(?:/[0-9A-Za-z_-]+)+\.(?:shtml|html?|jsp|aspx?|php)")
_MENU_NAME = re.compile(r"[\u4e00-\u9fff0-9]{1,16}")


class _Cell(NamedTuple):
    label: str
    colon: bool
    value: str


def _norm(line: str) -> str:
    """``line`` compared as a page writes it: NFKC (``：`` is ``:``, ``｜`` is ``|``), trimmed.
    (:func:`_nfkc`: the same form, without the composing pass where it has nothing to compose,
    as on a line whose only wide characters are its punctuation.)"""
    return _nfkc(line).strip()


_GLUED_LEAST = 3
"""The fewest characters of a page's label that opens a cell glued to the value before it
(``来源：某局发布时间：…``, ``www.….com更新时间：…``): 来源, 作者 stand inside words (资金来源)."""


def _glued_page_label(m: re.Match[str]) -> bool:
    """Whether the label ``m`` found is a page's own, of :data:`_GLUED_LEAST` characters or
    more, its colon after it: a cell a copy glued to the value before it."""
    label = m.group("label")
    return (
        len(label) >= _GLUED_LEAST
        and m.string.startswith((":", "："), m.end())
        and _BLANKS.sub("", label) in _PAGE
    )


def _token_start(text: str, i: int) -> bool:
    return (
        i == 0
        or text[i - 1] in _OPENS
        or _SEPS.match(text, i - 1) is not None
        # (after the marks a broken encoding left opening the line: ??索 引 号：…)
        or (text[i - 1] in _LOST_MARKS and not text[:i].lstrip().strip(_LOST_MARKS))
    )


def _cells(text: str, pattern: re.Pattern[str]) -> tuple[str, list[_Cell]]:
    """The text before the first label of ``pattern`` that begins a token, and the labelled
    cells after it (each label's value runs to the next label)."""
    found = [
        m for m in pattern.finditer(text) if _token_start(text, m.start()) or _glued_page_label(m)
    ]
    if not found:
        return text, []
    cells = []
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        end = nxt.start() if nxt is not None else len(text)
        rest = text[m.end() : end].strip()
        if rest[:1] in _LABEL_BRACKET_CLOSE and _bracketed(text, m.start()):
            rest = rest[1:].lstrip()  # (a colon may follow the bracket too: 【来源】：…)
            colon = True
            rest = rest[1:] if rest.startswith((":", "：")) else rest
        else:
            colon = rest.startswith((":", "："))
            rest = rest[1:] if colon else rest
        value = _SEPS.sub(" ", rest)
        value = value.strip(" " + CELL_BARS).removesuffix(")")
        label = _BLANKS.sub("", m.group("label"))
        cells.append(_Cell(label, colon, value))
    return text[: found[0].start()], cells


def _bracketed(text: str, start: int) -> bool:
    """Whether the label at ``start`` of ``text`` opens right after ``[`` or ``【`` (blanks
    between them): a page's metadata row writes its label in brackets for its colon
    (``[ 成文日期 ] 2024-09-19``, ``【发布日期】2024-09-19``)."""
    at = start - 1
    while at >= 0 and text[at] in " \t\u3000":
        at -= 1
    return at >= 0 and text[at] in "[【"


def _lead_is_furniture(lead: str) -> bool:
    """Whether what stands before a line's first page label is furniture: nothing, a bullet,
    a page's date (its tools after it, ``时间：2024-06-01  大 中 小``), tools, or the site's
    banner or address (``某县政府门户网站 www.….com``)."""
    lead = _DATE_LABEL.sub(
        "", lead.strip().strip(CELL_BARS + _BULLETS + _LOST_MARKS + "【[(").strip()
    )
    if not lead or _PAGE_DATE.match(lead) is not None or _is_tools(lead):
        return True
    dated = _PAGE_DATE_FIRST.match(lead)
    if dated is not None and _TOOLS.match(lead[dated.end() :].strip()) is not None:
        return True
    return _site_address(lead) or (_BANNER.match(lead) is not None and not _NOT_BANNER.search(lead))


_DATE_AFTER = re.compile(r"\s+" + _PAGE_DATE.pattern.removeprefix("^"))
"""A page's date ending a text, a blank before it."""


def _site_address(lead: str) -> bool:
    """Whether ``lead`` is the site's name and address, the page's date after them or not
    (``某县政府 www.example.gov.cn 2025-02-06 12:23``, before the page's 来源 cell)."""
    if _SITE_ADDRESS.match(lead) is not None:
        return True
    dated = _DATE_AFTER.search(lead) if "www" in lead.lower() else None
    return dated is not None and _SITE_ADDRESS.match(lead[: dated.start()]) is not None


def _is_tools(text: str) -> bool:
    return _TOOLS.match(text) is not None and _TOOL_MUST.search(text) is not None


def tools_alone(text: str) -> bool:
    """Whether ``text`` (NFKC or the view's) is the page's tools and nothing else
    (``关闭返回顶部``, ``我要写信``, ``返回顶部``: :data:`_TOOLS`), no word of them a page's
    sign by itself required: the closing reads no authority in such a line under the date
    (``返回顶部``'s ``部`` is no office's), and the re-segmenter reads such a run glued after a
    signed date at the text's end as the page's run on after the letter (left72b)."""
    return _TOOLS.match(text) is not None


_EMPTY_BOX = re.compile(r"(?:附件下载|文件下载)[:：]?")
"""An article's box of attachments left empty, its label alone (``附件下载：``)."""


def empty_box(text: str) -> bool:
    """Whether ``text`` (stripped) is an article's empty box of attachments (:data:`_EMPTY_BOX`)
    alone or with the page's tools after it (``附件下载： 【打印】``): the page's, what a copy
    flattened with blanks runs on after the signed date; no letter ends so (decided,
    left64)."""
    m = _EMPTY_BOX.match(text)
    return m is not None and (m.end() == len(text) or _is_tools(text[m.end() :].strip()))


_Labelled = tuple[str, list[_Cell]]
"""A line's text before its first label of :data:`_LABEL`, and its cells (:func:`_cells`)."""


_TITLE_VALUE = 100
"""How long a title cell's value may be (信息名称：区政协某会议《关于…的提案》（第8号）答复)."""


def _long_value(cell: _Cell) -> bool:
    """Whether ``cell``'s value is too long for a page's cell: a title cell's may be a long
    title, another's a name, a code, a date or a subject."""
    return len(cell.value) > _VALUE and (
        len(cell.value) > _TITLE_VALUE or cell.label not in _TITLE_CELLS
    )


# The site's (or the publishing body's) name alone, with no label, opening the line of what
# the page says of itself (某区人民政府  发布时间：2010-08-18  信息来源：某局): a byline's
# first cell. An authority's name, short, no title's words.
_SITE_NAME_LEAD = re.compile(
    rf"^[\u4e00-\u9fff（）()]{{2,20}}?(?:{vocab.alternation('org_suffixes')})$"
)


def _site_name_lead(lead: str, cells: list[_Cell]) -> bool:
    """Whether ``lead``, before a line's first page label, is the site's name opening the
    page's byline: a bare authority's name (:data:`_SITE_NAME_LEAD`, no title's words),
    every cell after it the page's own with its colon and one of them the page's date
    (``发布时间：2010-08-18``). A letter writes no such row: its header's authority has the
    title or its number after it, never the page's date, so the row is dropped whole and
    its name read as no issuer (a name over a letter whose signature is lost or never
    written is still the site's, as dev19 reads a site's name over the title)."""
    lead = lead.strip()
    return (
        _SITE_NAME_LEAD.match(lead) is not None
        and _NOT_BANNER.search(lead) is None
        and all(c.label in _PAGE and c.colon for c in cells)
        and any(_PAGE_DATE.match(c.value) is not None for c in cells)
    )


_FONT_TOOLS = frozenset(w for w in _PAGE if w.startswith(("字号", "字体", "文字大小")))
"""The labels of a page's font tool, whose cell holds the sizes it offers: data/labels.tsv's
page labels that name the font (字体, 字号, 字体大小, 字体显示 …)."""
_FONT_LABEL = _alternation(sorted(_FONT_TOOLS))
"""Any of them, for the patterns that find one glued inside a flattened line."""
_FONT_SIZES = re.compile(
    r"\s*[\[［【(（]?(?:\s*(?:[大中小](?:号|字)?|[AaＡａ+＋\-－]))*\s*[\]］】)）]?\s*"
)
"""A font tool's value: its sizes, bracketed or not (大 中 小, A A A, A+ A-), or its
brackets left empty."""
_NO_SIZE_WORD = re.compile(r"(?![大中小号字超特默认放缩还原标准较])[\u4e00-\u9fff]")
"""A Han character no font tool's size writes: a line that holds one is no such tool's value
(``王某委员`` under an empty ``字体：``), while its sizes are, however written (``大 中 小``,
``[大][中][小]``, ``放大 缩小``, ``T T T``, ``16px 14px``)."""
_TOOL_OPENS = re.compile(_TOOL_WORD)


def _font_run_on(value: str) -> bool:
    """Whether words other than the page's tools follow a font tool's sizes in its cell's
    ``value`` (``[ ] 某某代表组``, not ``] 打印 分享：…``)."""
    rest = value[_FONT_SIZES.match(value).end() :]  # type: ignore[union-attr]
    return bool(rest) and _TOOL_OPENS.match(rest) is None


_KEYWORD_LIST = re.compile(
    r"[\u4e00-\u9fff0-9A-Za-z]{1,15}(?:\s?[;；,，、]\s?[\u4e00-\u9fff0-9A-Za-z]{1,15})+[;；]?"
)
"""A keyword cell's value: short words parted by semicolons or commas (``居民;提案;回收``)."""


def _sentence_value(cell: _Cell) -> bool:
    """Whether ``cell``'s value holds a sentence's stop: a keyword cell's list of words parted
    by semicolons (``关键词： | 垃圾分类;提案;回收``, :data:`_KEYWORD_LIST`) holds none, its
    marks no sentence's (dev127: the row was read as the letter's, its list as the title)."""
    if cell.label in _KEYWORD_CELLS and _KEYWORD_LIST.fullmatch(cell.value.strip()):
        return False
    return _SENTENCE.search(cell.value) is not None


def _page_cells(labelled: _Labelled) -> bool:
    """Whether a line of these cells is cells of the page's own data, one page label at
    least."""
    lead, cells = labelled
    if not cells or not (_lead_is_furniture(lead) or _site_name_lead(lead, cells)):
        return False
    if any(
        _long_value(c) or _sentence_value(c) or _validity_run_on(c.label, c.value) for c in cells
    ):
        return False
    if _salutation_last(cells):
        return False  # a salutation glued after an empty cell (来源：某街道办事处：)
    if any(c.label in _FONT_TOOLS and _font_run_on(c.value) for c in cells):
        # a font tool's value is its sizes only, in brackets or none (字号：[ 大 中 小 ],
        # 字号：[ ]): words after them are no cell's but the letter's, run on after the tool
        # on a flattened page (字号：[ ] 某某代表组)
        return False
    return any(c.label in _PAGE and (c.colon or len(cells) > 1) for c in cells)


def _salutation_last(cells: list[_Cell]) -> bool:
    """Whether the last of a line's ``cells`` ends with a colon that is no page tool's empty
    label (:func:`_tool_label_last`): a salutation glued after the cells (``来源：某平台
    王某代表：``), the letter's line, in a table of the page's cells too (review67's F4)."""
    value = cells[-1].value
    return value.endswith((":", "：")) and not _tool_label_last(value)


def _tool_label_last(value: str) -> bool:
    """Whether a cell's ``value`` ending with a colon ends with a page tool's label left
    empty after a blank (``某某政务服务平台 分享到：``: the share box, whose buttons a copy
    lost), no salutation glued after the cell (fix123: the byline's row was read as the
    letter's and its date as a date of the letter)."""
    head, blank, last = value.rpartition(" ")
    return bool(blank and head.strip()) and _TOOLS.match(last) is not None


def _bare_table_row(text: str, labelled: _Labelled) -> bool:
    """Whether ``text``, a line of these cells set apart by bars, is a row of a page's
    metadata table with no page label on it (``发文机关： | 某县政府 | 成文日期： | |``): two
    cells or more, one of :data:`_TABLE_ONLY`'s with its colon (the rest as
    :func:`_page_cells` wants them)."""
    lead, cells = labelled
    return (
        len(cells) > 1
        and any(c.label in _TABLE_ONLY and c.colon for c in cells)
        and any(bar in text for bar in CELL_BARS)
        and not lead.strip(CELL_BARS + " ")
        and not any(len(c.value) > _VALUE or _sentence_value(c) for c in cells)
    )


def is_chrome_line(line: str) -> bool:
    """Whether ``line``, whole, is site chrome by itself (no neighbour consulted)."""
    text = _norm(line)
    return _is_chrome(text, _cells(text, _LABEL))


_PAGE_CELL_LABELS = _PAGE | frozenset(vocab.words("page_table_labels")) | _TITLE_CELLS
"""Every label a page's metadata table writes: its own (索引号, 生成日期), the letter's labels
it sets as cells (文号, 公开方式, 信息类别) and its title cell's (标题, 信息名称)."""


def page_label_opens(text: str) -> bool:
    """Whether ``text`` opens with a label of a page's metadata table (:data:`_PAGE_CELL_LABELS`,
    its characters spaced or not, ``索  引  号 …``, ``发布日期：…``): the table a copy glued
    after what stood over it (fix123: the page's heading run on into its 索引号 row)."""
    m = _LABEL.match(_norm(text))
    return m is not None and _BLANKS.sub("", m.group("label")) in _PAGE_CELL_LABELS


def page_label_alone(line: str) -> bool:
    """Whether ``line`` is a label of a page's metadata table alone with its colon (a list's
    bullet before it or not: ``信息类别：``, ``信息索取号:``, ``相关文件：``), as a table
    printed one cell a line sets it over its value or left empty: a cell, never a
    salutation (a page's label names no one addressed: fix108)."""
    text = _norm(line)
    return text[-1:] == ":" and _bare_label(text) in _PAGE_CELL_LABELS


_KEYWORD_ROW = re.compile(r"关\s*键\s*[词字]\s*:")
"""A keyword cell's label and its colon opening a row (``关键词：``, ``关 键 字:``; NFKC)."""


def keyword_row(line: str) -> bool:
    """Whether ``line`` is a page's keyword cell with its value on its row (``关键词：路灯；照明；
    提案``, ``关键字：路灯``): the page's, no line of the title it stands over (left68). Read
    by the layout's head only: such a row shows no page by itself (a letter that shows none
    keeps it, as the search box's bare ``关键词：`` is kept)."""
    text = _norm(line)
    label = _KEYWORD_ROW.match(text)
    if label is None:
        return False
    value = text[label.end() :].strip()
    return (
        _KEYWORD_LIST.fullmatch(value) is not None
        or _SPACED_KEYWORDS.fullmatch(value) is not None
        or _cell_value("关键词", value)
    )


_SPACED_KEYWORDS = re.compile(r"[\u4e00-\u9fff]{1,15}(?:[ \t\u3000]+[\u4e00-\u9fff]{1,15}){1,5}")
"""A keyword row's words parted by blanks (``道路 建议 答复``: hanzi, six words at most), as a
page prints its keywords (left74a)."""


def page_label_value(line: str, below: str) -> bool:
    """Whether ``below``, the line right under ``line``, a page's label alone with its colon
    (:func:`page_label_alone`), is that cell's value (``关键词：`` / ``村道``): a value's
    length, no sentence, label, salutation or title (:func:`_cell_value`). The layout reads
    past it with its label, so a value is no line of the title under it (review63a). A
    title cell's value is none (``标题：`` / ``关于…的答复``): the title, the layout's."""
    label = _bare_label(_norm(line))
    return label is not None and label not in _TITLE_CELLS and _cell_value(label, _norm(below))


FORM_END_LABELS = ("办理情况", "办复情况", "办理结果", "答复情况", "答复内容")
"""A 办理单's handling row, its last, whose value is the reply itself under it, its title
first (one43; :mod:`replyparse.resegment` parts it from the title on a flattened line)."""
_REPLY_ROW_LABELS = frozenset({*FORM_END_LABELS, "回复内容"})
"""Such a row's labels and a web form's reply row: no line under the label is a value of its
own."""


def label_value_over_title(line: str, below: str) -> bool:
    """Whether ``below``, the line right under ``line``, a label of ours alone with its colon
    over the letter's title (``联系人：`` / ``李某``, ``名称：`` / ``某镇村道``), is that label's
    value: a value's length, no sentence, label, salutation nor title's shape (the title
    under it is the letter's, :func:`_cell_value` asked as of a label with no field). The
    layout reads past it with its label, no line of the title (left63b). A handling row's
    label (:data:`_REPLY_ROW_LABELS`, ``办理情况：``) has the reply for its value: the title's
    first line under it, broken before its ending (``某县…第二次`` / ``会议第5号建议办理单``), is
    the title's, as it was before left63b (a Word copy breaks a long title so)."""
    label = _bare_label(_norm(line))
    return (
        label is not None
        and label not in _REPLY_ROW_LABELS
        and _norm(line)[-1:] == ":"
        and _cell_value("", _norm(below))
    )


_SIGNED_DATE_IN = re.compile(_SIGNATURE_DATE.pattern.removesuffix("$"))
_CHROME_LEAD = re.compile(
    # (a forum's next post header, a template's debris or the poster's name before it:
    # …2018年5月18日 dsu_paulsign:classn_11 发表于 2018-6-13 15:53:26 | 显示全部楼层 …)
    rf"\s*(?:(?P<post>(?:[!-~]{{1,40}}?\s*|[^\s|:：]{{1,20}}?\s*)?{_POST_DATE}{_POST_CLOCK})"
    r"|(?P<image>[\w-]*\.(?:png|jpe?g|gif|bmp|webp|svg))"
    rf"|(?P<tools>(?:[\s\[\]【】{CELL_BARS}A-Za-z]|{_TOOL_WORD})+)"
    rf"|[【\[]?(?:{'|'.join(_PREV_NEXT_WORDS)}){_PREV_NEXT_TAIL}"
    r"|<[!！]--)",  # (an HTML comment a copy kept: <!--EndFragment-->)
    re.IGNORECASE,
)
"""What the chrome after a letter's last date opens with: tools (one a page is told by:
``打印``, ``关闭``, ``扫一扫`` …), an image's file name, a link to another article, an HTML
comment of the copy's."""
_HANDLING_UNIT_LABELS = frozenset({"承办单位", "承办", "协办单位", "协办"})
"""The footer's labels a letter writes too, closing its reply with the units that handled it
(``承办单位：某局``, ``协办：某局``): a site names its contractor so only after its host
(``主办单位：… 承办单位：…``)."""
_NOT_GLUED_HOST_LABELS = frozenset(
    {
        # a letter's own rows: the units that handle the reply (承办单位：某局, 协办：某局)
        # and its office's address (办公地址：…), written after its last row as often
        *_HANDLING_UNIT_LABELS,
        "办公地址",
        # a phone a letter's closing writes too, the footer's only inside its block
        *_UNDER_MARK_LABELS,
        # a 办理单's row of the units answering it, in their short words (主办：某局)
        "主办",
        "主管",
        # read by their own marks below: the site's code before its figures, a footer link
        "网站标识码",
        "联系我们",
    }
)
"""The footer's labels (``data/page_footer_labels.txt``) that, glued after the letter's last
row, start no piece of the tail by themselves (:data:`_TAIL_GLUED`)."""
_GLUED_HOST_WORDS = tuple(
    w for w in vocab.words("page_footer_labels") if w not in _NOT_GLUED_HOST_LABELS
)
"""The cells of who runs the site (主办单位, 技术支持, 运维单位…) that, glued after the letter's
last row, start the page's tail."""
_GLUED_HOST_LABELS = vocab.longest_first(_GLUED_HOST_WORDS)
_LOGIN_PROMPT = (
    r"(?:(?:您?[还尚]?(?:未|没有)登录|请先登录)[,，]?\s*)?"
    r"是否\s*(?:[“\"]?确[认定][”\"]?\s*)?(?:跳转|前往)(?:到|至)?登录(?:页面|页|界面)?"
)
"""The dialog a page asks before it sends the visitor to log in, kept as text under the
letter (``是否“确认”跳转到登录页?``, ``您还未登录，是否跳转至登录页面？``; ``您尚未登录，是否前往
登录？``, ``请先登录，是否跳转登录页面?``: variants65): a login box's words (:data:`_LOGIN_BOX`),
no letter's (fix115)."""
_COMMENTS_HEADING = "(?:全部|发表|网友|我要)?评论"
"""The heading of a site's comment box (a pattern: ``全部评论``, ``发表评论``, ``评论``)."""
_CAPTCHA_THEN_COMMENTS = rf"验证码[ \t]*{_COMMENTS_HEADING}[ \t]*$"
"""A comment box's captcha label, bare, and its heading ending the page (``验证码 全部评论``,
a page's sign: :data:`_PAGE_SIGNS`)."""
_TAIL_GLUED = re.compile(
    rf"(?={'|'.join(_PREV_NEXT_WORDS)}|{vocab.alternation('page_buttons')}|扫一扫|责任编辑|【"
    r"|网站标识码\s*[:：]?\s*[0-9A-Za-z])"
    # (the site's login glued after a tool's close button or bracket: …分享到:×用户登录)
    r"|(?<=[×✕】\]])(?=(?:用户|会员)(?:登录|注册))"
    # (or the page's login dialog, glued after the letter's date or words: …2099年1月2日是否
    # “确认”跳转到登录页?; never inside its own words: 您还|未登录, 尚|未登录)
    rf"|(?<=[0-9\u4e00-\u9fff。）)])(?<![您还尚])(?={_LOGIN_PROMPT})"
    # (a page's pager glued after the letter's date, and what is glued after it: …2099年1月2日
    # 共有1页当前第1页审核：…)
    r"|(?<=[0-9\u4e00-\u9fff。])(?=共有?\d{1,3}页\s*(?:当前)?第\d{1,3}页)|(?<=\d页)(?=\S)"
    # (a registration with its number, opened by its province's 苏 when one stands before it)
    # (its colon too: 甘公网安备:000…号; fix122)
    r"|(?:[\u4e00-\u9fff]|(?<![\u4e00-\u9fff]))(?=(?:公网安备|ICP\s*[备证])\s*[:：]?\s*\d)"
    # (the registration's label, glued after the figures or words of the letter's last row:
    # …电话：0000-0000000ICP备案：某ICP备…; a letter writes no such label)
    r"|(?<=[0-9\u4e00-\u9fff。])(?=ICP\s*备案\s*(?:编号|号)?\s*[:：])"
    # (the cell of who runs the site, glued after the letter's last row: …抄送：某局主办单位：
    # 某县政府…, or after its phone's figures, …电话：0000-5550123主办单位：…, flat74; a
    # piece of the tail only when the pieces after it are the footer's too)
    rf"|(?<=[0-9\u4e00-\u9fff。])(?=(?:{_GLUED_HOST_LABELS})\s*[:：])"
    # (the site's notice of its rights, the unit that holds them first or not, glued after
    # the figures of the letter's last contact or date: …电话：13800000000某县政府版权所有)
    r"|(?<=[0-9])(?=[\u4e00-\u9fff()（）]{0,30}?版权所有)"
    # (or its notice in English, glued after the letter's last figures or words: …某局
    # 2024年5月20日Copyright© 2024 …, …某局202062Copyright©…; or after a colon or a closing
    # bracket, the page's empty heading or the letter's note before it: …0000-5550123）
    # 相关附件：Copyright 2016 …; fix153)
    r"|(?<=[0-9\u4e00-\u9fff。:：)）])(?=Copyright\s*(?:©|\(c\)|\d{4}))"
    # (the page's archive cell glued after the figures or words of the letter's last contact
    # row or date: …联系电话：5550123归档时间：已归档; a letter writes no such row; fix121,
    # flat65b)
    r"|(?<=[0-9\u4e00-\u9fff。])(?=归档(?:时间|日期|状态)\s*[:：])"
    # (the page's source cell glued after the figures of the letter's last contact row:
    # …邮政编码：000000来源：某局; a letter's own 来源 is words, 资金来源：…, never a row)
    r"|(?<=[0-9])(?=(?:信息|文章|稿件)?来源\s*[:：])"
    # (the footer's links glued after the figures of the letter's last contact row:
    # …电话：13800000000网站地图网站标识码：…; a letter's figures are followed by no site
    # map: data/page_footer_links.txt)
    rf"|(?<=[0-9])(?={vocab.alternation('page_footer_links')})"
    # (a mirror's disclaimer by its head, glued after the letter's last figures or words or
    # the footnote mark a wiki sets after its date: …二〇〇七年五月二十四日[1]免责声明：本文为
    # 网络用户发布…; a letter writes no such head)
    r"|(?<=[0-9\u4e00-\u9fff。\]])(?=免责声明\s*[:：])"
    # (the heading of the page's links under the article, glued after the figures of the
    # letter's date, damaged or not: …某局2099916友情链接, …2099年1月2日相关链接; a letter's
    # last figures are followed by no such heading: :data:`_LINKS_WORDS`; or after the
    # page's link to the next article, its own piece: …上一篇下一篇相关文章)
    rf"|(?<=[0-9日篇条])(?=[【\[]?(?:{'|'.join(_LINKS_WORDS)}))"
    # (an image of the footer by its file name, glued after the letter's last figures or
    # words: …某局2024520foot_img.png主办单位：…; and what is glued after that name)
    r"|(?<=[0-9\u4e00-\u9fff。])(?=[A-Za-z][\w-]*\.(?:png|jpe?g|gif|bmp|webp|svg)(?![A-Za-z]))"
    r"|(?:(?<=\.png)|(?<=\.jpg)|(?<=\.jpeg)|(?<=\.gif)|(?<=\.bmp)|(?<=\.webp)|(?<=\.svg))(?=\S)"
    # (a server's error page a copy kept, glued after the letter's last figures or words:
    # …某局2099710404 Not Found404 Not FoundnginxBaidumap; each status, the server's name and
    # what is glued after them a piece of their own)
    rf"|(?<=[0-9A-Za-z\u4e00-\u9fff。])(?=[45]\d{{2}}\s+(?:{'|'.join(_SERVER_ERROR_WORDS)}))"
    rf"|(?:{'|'.join(f'(?<={w})' for w in (*_SERVER_ERROR_WORDS, 'nginx'))})(?=\S)"
    # (a site's comment box ending the page, its captcha's bare label and the box's heading,
    # glued after the letter's date: …2099年1月2日验证码全部评论; a piece each. fix156)
    rf"|(?<=[0-9日])(?={_CAPTCHA_THEN_COMMENTS})|(?<=验证码)(?={_COMMENTS_HEADING}\s*$)",
    re.IGNORECASE,
)
"""Where a piece of chrome starts that a copy without blanks glued to the text before it
(``…2024年5月20日打印本页``, ``…关闭上一篇：…``, ``…（此件公开发布）某公网安备…``)."""
# What every match of :data:`_TAIL_GLUED` holds, in the words its branches are made of:
# one of these words (their own vocabularies, or the words a branch spells: the login's
# 登录 or 注册, the pager's 页, 公网安备, 版权所有, 归档, 来源), or a letter with a case (the
# branches in Latin letters, read ignoring case: ICP, Copyright, an image's file name, a
# server's error; a letter's last line with none of them is told by ``str.lower``). The
# pattern, which opens with no character it could skip to, is tried at every place of the
# last line's stretch; most last lines hold none of these, told by one search (a test
# holds the gate to the pattern on constructed lines and every letter).
_TAIL_GLUED_WORDS = re.compile(
    vocab.longest_first(
        (
            *_PREV_NEXT_WORDS,
            *vocab.words("page_buttons"),
            *("扫一扫", "责任编辑", "【", "网站标识码", "登录", "注册", "页", "公网安备"),
            *_GLUED_HOST_WORDS,
            *("版权所有", "归档", "来源", "免责声明", "验证码"),
            *vocab.words("page_footer_links"),
            *_LINKS_WORDS,
            *_SERVER_ERROR_WORDS,
        )
    )
)
_TAIL_GLUED_BEHIND = 16
"""How far before the stretch :data:`_TAIL_GLUED` is tried in its look-behinds may read
(``(?<=Bad Gateway)``, ``(?<=\\.jpeg)``, ``(?<=\\d页)``): the gate reads that far back too (a
test holds it to the widest)."""


def _may_glue(line: str, reach: int) -> bool:
    """Whether :data:`_TAIL_GLUED` may find a place in ``line`` from ``reach`` on: only
    where that stretch (and what its look-behinds read before it) holds one of its words
    or a letter with a case (:data:`_TAIL_GLUED_WORDS`)."""
    stretch = line[max(0, reach - _TAIL_GLUED_BEHIND) :]
    return _TAIL_GLUED_WORDS.search(stretch) is not None or stretch.lower() != stretch.upper()


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")
"""A tag of a web page's markup a copy left as text (``<br>``, ``<br/>``, ``</p>``)."""


_SCRIPT_LEFTOVER_END = re.compile(r"(?<![A-Za-z])(?:null|undefined)\s*$")
"""A page's script's empty value a copy kept as text at the very end of the page, glued after
its tail (``…扫一扫在手机打开当前页null``): the page's, as the tail before it is."""


def chrome_tail(line: str) -> int | None:
    """Where, in ``line`` (a letter's last line), the site's chrome that a flattened page ran
    on after the letter starts: at a run of blanks after some text (or where a piece of
    chrome is glued to it, :data:`_TAIL_GLUED`), from which the rest of the line is pieces
    of chrome, each parted from the next by blanks or so glued (``… 2024年5月20日
    打印本页 关闭窗口``, ``… 责任编辑：李某 关闭 上一篇：… 下一篇：…``, a footer). A piece is
    chrome by itself, a site's furniture (:func:`_is_furniture`: ``foot_img.png``) or, in a
    tail that holds a footer's mark (ICP备…), a footer's cell (``联系电话：…``); one piece at
    least is chrome by itself. Pieces are taken from the line's end back, each as short as
    it can be. None when the line ends with none (a date, a contact, a cc list stay)."""
    if line.rstrip().endswith(("null", "undefined")) and (
        leftover := _SCRIPT_LEFTOVER_END.search(line)
    ):
        # (decided, fix132: the leftover glued after the page's tail is read with it; alone
        # after the letter's words it is read as before)
        at = chrome_tail(line[: leftover.start()])
        if at is not None:
            return at
    if "网站地图" in line or "联系我们" in line:
        # (read in the line's last stretch a chrome line may fill: a long flattened line
        # costs no more than a short one)
        links = _contact_row_links(line.rstrip(), max(0, len(line) - 2 * _LONGEST))
        if links is not None:  # (a contact row with the footer's links after its phone)
            return links
    reach = max(1, len(line) - 2 * _LONGEST)
    gaps = [m.span() for m in _BLANKS.finditer(line, reach)]
    glued = (
        [(p, p) for m in _TAIL_GLUED.finditer(line, reach) if (p := m.start()) > 0]
        if _may_glue(line, reach)
        else []
    )
    if glued:  # (where the copy glued a piece of chrome to the text before it)
        gaps = sorted({*gaps, *(g for g in glued if not line[g[0] - 1].isspace())})
    if "<" in line:  # (a web copy's tag before a piece parts it as a blank does: <br>打印本页)
        gaps = _with_tags(line, gaps, reach)
    if "Not Found" in line or "Forbidden" in line or "Bad Gateway" in line:
        # (a server's status and reason are one piece: 404 Not Found, no words apart)
        inside = [m.span() for m in _SERVER_STATUS.finditer(line, reach)]
        gaps = [g for g in gaps if not any(a < g[0] and g[1] < b for a, b in inside)]
    at, marked = _tail_pieces(line, gaps, cells=True)
    if at is not None and not marked:
        at, _ = _tail_pieces(line, gaps, cells=False)
    dated = _after_signed_date(line, reach)
    if dated is not None:  # (the date the page's tools follow is the letter's: nor a cell)
        at = dated
    rows = _closing_rows_after_date(line, reach, gaps) if at is not None else None
    if at is not None and rows is not None and at < rows:
        at = rows  # (the letter's rows of its unit and phone under its date: not the tail)
    form = _form_at_end(line, reach)
    if form is not None and (at is None or form < at):
        at = form  # (the page's comment form ends the line: the letter ends before its prompt)
    if (
        at is not None
        and line[:at].rstrip().endswith(("。", "！", "!"))
        and (dated_end := _publisher_over_date(line[at:])) is not None
    ):
        # (the cell over the letter's date right after its last sentence: the letter's, the
        # date its own; the pieces after the date, if any, the tail's as before; tail75)
        at = at + dated_end if line[at + dated_end :].strip() else None
    return at if at is not None and line[:at].strip() else None


_PUBLISHER_WORDS = sorted(
    (w for w in _PAGE if w.endswith(("来源", "机构", "单位"))), key=lambda w: (-len(w), w)
)
"""A page's labels of who published the article (来源, 信息来源, 发布机构, 发布单位…)."""
_PUBLISHER_OVER_DATE = re.compile(
    rf"(?:{'|'.join(_PUBLISHER_WORDS)})"
    r"\s*[:：]\s*(?P<value>[\u4e00-\u9fff（）()]{2,40})\s+(?P<date>"
    + _SIGNATURE_DATE_IN.pattern
    + r")(?=\s|$)"
)


def _publisher_over_date(text: str) -> int | None:
    """Where the date ends in ``text``, the tail of the letter's last line as written, when it
    opens with a page's publisher cell naming an authority and a date written as a letter
    dates itself after a blank (``来源：甲山县水利局 2099年5月6日``): a copy flattened with
    blanks of the cell over the letter's date (``来源：某局`` / ``2099年5月6日``, read so where
    the page kept its lines or glued them), the date the letter's own right after its last
    sentence (after a signed date the row is the page's again). A page's row dates itself
    in figures (2099-05-06), with its clock or after its own label (发布时间：…): left the
    page's (tail75). None when it does not open so, and where the piece after the date signs
    or is the page's (mend75b): a name or a date there (``… 2099年5月6日 甲山县水利局 2099年
    5月8日``) is the letter's closing under the cell, a clock or a page's piece (``10:30``,
    ``浏览次数：12``, ``发布时间：…``) makes the row the page's, its date no letter's."""
    if "年" not in text:
        return None  # (the usual tail: no such date)
    m = _PUBLISHER_OVER_DATE.match(text, len(text) - len(text.lstrip()))
    if m is None or _OFFICE_ENDING.search(m.group("value")) is None:
        return None
    after = text[m.end() :].split(maxsplit=1)
    if after and _signs_or_page(after[0]):
        return None
    return m.end()


_CLOCK_OPENS = re.compile(r"[0-2]?\d:[0-5]\d")
"""A page's clock opening a piece (``10:30``)."""


def _signs_or_page(piece: str) -> bool:
    """Whether ``piece``, the first after a publisher cell's date, signs (an authority's name,
    a date) or is the page's (its clock, a row of its own cells or tools)."""
    return (
        _CLOCK_OPENS.match(piece) is not None
        or _OFFICE_ENDING.search(piece) is not None
        or _SIGNATURE_DATE_IN.match(piece) is not None
        or is_chrome_line(piece)
    )


# A site's comment form a flattened page ran on at the letter's end (…某局 20241018 为进一步
# 了解…请您…提出宝贵的意见或建议。… • 姓  名: • 联系方式: • *验 证 码:): its empty
# fields, two or more, one its captcha, at the line's very end, and its prompt before them
# (:data:`_FORM_PROMPT`), as the form on lines of its own is read (:func:`_comment_form`).
_FORM_FIELDS_AT_END = re.compile(
    r"(?:\s*(?:[•·●▪]\s*)?\*?\s*[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,5}\s*[:：]){2,}\s*$"
)
_FORM_PROMPT_REACH = 200
"""How far before its fields a comment form's prompt may start."""
_PROMPT_START_AFTER = re.compile(r"[。!?！？\s0-9日]")
"""What stands right before a prompt's first sentence: the letter's last sentence, a blank,
or the figures of its date glued to it."""


def _form_at_end(line: str, reach: int) -> int | None:
    """Where a comment form run on at the end of ``line`` (:data:`_FORM_FIELDS_AT_END`)
    starts: the first sentence of its prompt (the one that asks for an opinion, or the
    sentence before it in the prompt's paragraph that opens with 为…), after the letter's
    last figure (its date): a plea of the letter's own before its signer and date is none.
    None without the form's captcha among its fields, or without the prompt."""
    if "码" not in line[-80:]:
        return None  # (every captcha's label ends in 码: most lines hold none near their end)
    fields = _FORM_FIELDS_AT_END.search(line, reach)
    if fields is None or not any(c in _BLANKS.sub("", fields.group()) for c in _CAPTCHA_LABELS):
        return None
    lo = max(reach, fields.start() - _FORM_PROMPT_REACH)
    for i in range(fields.start() - 1, lo - 1, -1):
        if line[i].isdigit():  # (the letter's date, or its phone: the prompt comes after)
            lo = i + 1
            break
    asks = list(_FORM_PROMPT.finditer(line, lo, fields.start()))
    if not asks:
        return None
    start = asks[0].start()
    while start > lo and _PROMPT_START_AFTER.match(line, start - 1) is None:
        start -= 1
    return start


def _with_tags(line: str, gaps: list[tuple[int, int]], reach: int) -> list[tuple[int, int]]:
    """``gaps`` with each tag of markup (:data:`_TAG`) from ``reach`` on taken as one, gaps
    that touch joined (``日 <br>【打印本页】``: the blank, the tag and the place the tools are
    glued at one gap before ``【``, the tag no piece of its own)."""
    spans = sorted((*gaps, *(m.span() for m in _TAG.finditer(line, reach))))
    joined = spans[:1]
    for start, after in spans[1:]:
        if start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(after, joined[-1][1]))
        else:
            joined.append((start, after))
    return joined


# A site's credit of the units that run it, right after the letter's last signed date on
# its line (``…2024年5月20日 某县人民政府主办``, ``…日主办：某县人民政府办公室 承办：某县
# 信息中心``): a unit and its 主办 / 承办 with nothing after but blanks or the next credit,
# or the 主办 / 承办 label (单位 or not) and its colon. A footer's, never the signer's: a
# letter names the units of its own reply in brackets (（由某局主办）), or with their 协办 /
# 会办 / 参办 or the person handling it beside (:data:`_UNITS_NOTE`), which stay the letter's.
_CREDIT_UNIT = rf"[\u4e00-\u9fff]{{1,30}}?(?:{vocab.alternation('org_suffixes')})(?:主办|承办)"
_CREDIT = re.compile(
    rf"\s*(?:{_CREDIT_UNIT}(?=\s|$|{_CREDIT_UNIT})|(?:主办|承办)(?:单位)?\s*[:：])"
)
_UNITS_NOTE = re.compile(rf"协办|会办|参办|牵头|{_PERSON_LABEL.pattern}")


_FOOTER_AFTER_DATE = 120
"""How long the site's footer after the letter's signed date may be, to the line's end."""
_PHONE_FIGURES = re.compile(r"\d{7}")
"""A run of seven figures or more: a phone's (no footer's word before its registration)."""


def _registered_footer_after(line: str, end: int) -> bool:
    """Whether what follows the letter's signed date at ``end`` to the line's end is the
    site's footer glued after it (``…日>某某官方微博某某官方微信公众号example.gov.cn  某县
    人民政府网站滇ICP备0000000``): short, ending with the site's registration number
    (:data:`_SITE_NUMBER`), and nothing of a letter's before that number: no sentence's end,
    no label's colon (a contact's, a 抄送), no phone's figures. A letter writes nothing after
    its date but such lines, and the site's words there are no signer's."""
    rest = line[end:]
    if not rest.strip() or len(rest) > _FOOTER_AFTER_DATE:
        return False
    number = _SITE_NUMBER.search(rest)
    if number is None:
        return False
    before = rest[: number.start()]
    return (
        _SENTENCE.search(before) is None
        and ":" not in before
        and "：" not in before
        and _PHONE_FIGURES.search(before) is None
    )


def _leaving_notice_after(line: str, end: int) -> bool:
    """Whether what follows the letter's signed date at ``end`` to the line's end is the
    notice a site pops up over a link that leaves it, glued after the date in a copy that
    lost its line breaks (``…2024年5月20日您访问的链接即将离开“某县人民政府”门户网站，是否
    继续？``): :data:`_SITE_NOTICE` whole, as on its own line, where it is chrome too."""
    rest = line[end:].strip()
    if not rest or ("离开" not in rest and "跳转" not in rest):
        return False
    notice = _SITE_NOTICE.match(rest)
    return notice is not None and not _NOT_BANNER.search(notice.group("site") or "")


def _after_signed_date(line: str, reach: int) -> int | None:
    """Where the page's chrome starts right after the letter's last signed date, when a
    site's tool, an image of its footer or a link to the previous or next article follows
    it at once (``…2024年5月20日扫一扫在手机打开当前页微博微信…``, ``…日【关闭】×…``,
    ``…日foot_img.png主办单位：…``), or a forum's next post header (``…日 发表于 2024-5-21
    10:02:13 | 显示全部楼层 …``): the page goes on from there, whatever its later pieces
    (a site's menu of links) are; or the site's credit of its units (:data:`_CREDIT`)."""
    # (the credit also after a date that opens the line: the signature's date on its own
    # line, the credit run on after it)
    dates = list(_SIGNED_DATE_IN.finditer(line, 0 if reach == 1 else reach))
    if not dates:
        return None
    end = dates[-1].end()
    if _CREDIT.match(line, end) and _UNITS_NOTE.search(line, end) is None:
        return end  # (the site's credit of its units: its footer)
    if dates[-1].start() < reach:  # (tools are read after a date past the line's start)
        return None
    if _registered_footer_after(line, end):
        return end  # (the site's footer to the line's end, its registration last: fix141)
    if _leaving_notice_after(line, end):
        return end  # (the site's notice over a link leaving it, to the line's end: fix144)
    lead = _CHROME_LEAD.match(line, end)
    if lead is None or (lead.group("tools") and not _TOOL_MUST.search(lead.group("tools"))):
        return None
    if lead.group("image") and not _footer_marked(line, lead.end()):
        return None  # (an image alone is no sign of a page: one of its footer's marks is)
    return end


_GLUED_LABEL = re.compile(
    rf"(?:{_alternation((*_LABELS, *_PAGE, *_TIMED_WORDS, *_VIEW_WORDS, '字号', '字体'))})\s?[:：]"
)
"""A label and its colon (a blank before it or not: ``作者 :``), where a copy glued a cell to
what stands before it."""
_GLUED_TITLE_END = re.compile(
    r"(?:答复函|答复|复函|回复|的函|意见)(?!函|的函)"
    r"(?=[\[［【(（]?[\u4e00-\u9fff]{0,10}[〔\[［【(（](?:19|20)\d{2}[〕\]］】)）]"  # a 发文字号
    # a title, its authority first (a blank may part them, 某局 关于…: the heading again)
    r"|[\u4e00-\u9fff()（）]{2,30}?[ \u3000]?(?:关于|对)"
    r"|(?:信息)?索引号[0-9A-Za-z]"  # a page's table, its index number's cell first (_INDEX_CODE)
    r"|(?:https?://)?www\.[0-9A-Za-z-]+\.[0-9A-Za-z]"  # the site's address (its cells next)
    # the site's name, an authority's, and its address after a blank (…的答复某县政府
    # www.example.gov.cn 2099-07-19: the page's byline; fix138)
    # (the run of characters and the address looked for first: a reply's ending is seldom
    # followed by them, and the authority's endings are not tried at each character)
    r"|(?=[\u4e00-\u9fff()（）]{2,31}[ \u3000]+(?:https?://)?www\.)"
    rf"{_TITLE_AUTHORITY}[ \u3000]+(?:https?://)?www\.[0-9A-Za-z-]+\.[0-9A-Za-z]"
    r"|(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?!\d)"  # the page's date in figures (its cells next)
    # the page's date in characters, a cell of the page's own after it (…的意见2025年07月16日
    # 来源：…): the page's line under its heading
    rf"|(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日\s?(?:{_alternation(sorted(_PAGE))})[:：]"
    # the page's date labelled, in round brackets in the colon's place (发布日期（2025-04-11）)
    r"|(?:发布日期|发布时间|更新时间)[(（]\s*(?:19|20)\d{2}[-/.]"
    rf"|{_SITE_NAME}(?![\u4e00-\u9fff])"  # a banner
    # a mirror's byline, its site's name and 作者 glued by a dot (王朝百科·作者佚名  2011-05-24)
    r"|[\u4e00-\u9fff]{2,16}[·•]作者"
    # or its site's name and 佚名 after a blank, the author it gives when it knows none
    # (某某网 佚名): no letter calls anybody 佚名
    r"|[\u4e00-\u9fff]{2,16}[ \u3000]+佚名)"
)
"""A title's ending that a 发文字号 or a title (the letter's under the page's heading) is
glued to. The ending is whole: a 答复 that 的函 or 函 goes on (…建议答复的函关于…, the
authority's heading over the title written again) ends no title there (flat65b)."""
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_TOOL_THEN_MARKS = re.compile(
    r"(?P<tool>打印本页|打印|关闭窗口|关闭)(?P<mark>[A-D]类?|[甲乙丙丁]类)?"
    rf"(?:{vocab.longest_first(w for w in vocab.mapping('public_values') if '公开' in w)})?"
    r"(?=[\u4e00-\u9fff]{1,10}[〔\[［【](?:19|20)\d{2}[〕\]］】])"
)
"""A page's tool word glued before the letter's class mark and publication value over its
发文字号 (``打印A公开某函〔2022〕8号``), a page flattened with nothing between its lines."""
_DATE_THEN_MARKS = re.compile(
    r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})"
    r"(?P<mark>[A-D]类?|[甲乙丙丁]类)"
    rf"(?:{vocab.longest_first(w for w in vocab.mapping('public_values') if '公开' in w)})?"
    r"(?=[\u4e00-\u9fff]{1,10}[〔\[［【](?:19|20)\d{2}[〕\]］】])"
)
"""A page's date (its cell's value) glued before the letter's class mark and publication
value over its 发文字号 (``发布时间：2099年1月2日A同意公开某函〔2099〕8号``, a page flattened
with nothing between its lines): the date ends the cell, the marks are the letter's (flat74)."""
_TOOL_THEN_TITLE = re.compile(
    rf"(?:(?:{_SHARE_BUTTONS})*(?:打印本页|打印|关闭窗口|关闭|加入收藏|收藏本页|收藏)"
    rf"(?={_TITLE_GLUED})"
    rf"|(?:{_SHARE_BUTTONS})+(?={_TITLE_AFTER_SHARE}))"
)
"""A page's tool word glued before the letter's title, its authority first or not
(``打印某局关于…的答复``), a page flattened with nothing after the tool: the piece also ends as
a reply's title does (:data:`_REPLY_TITLE_END`), and the page shows the word is its own
(:func:`_tool_of_the_page`). A share box's buttons glued before it, or in its place, are the
tool's run (``分享到： 微信打印某局关于…``, ``分享到：微信微博关于…``: left71)."""
_NAME_BEFORE_TITLE = 20
"""How long a name glued between a page's tool word and the title's 关于 may be."""
_TOOL_THEN_NAME = re.compile(
    r"(?:打印本页|打印|关闭窗口|关闭|加入收藏|收藏本页|收藏)"
    rf"(?=[\u4e00-\u9fff]{{2,{_NAME_BEFORE_TITLE}}}?(?:关于|对))"
)
"""Such a tool's word with a name glued after it that reads as no authority's, a copy
having lost its last character (``打印某县城市管理综合执法关于…``, its 局 lost), the title's
关于 or 对 after the name: the page shows the word is its own (:func:`_tool_of_the_page`)
and the piece ends as a reply's title does, so the word is cut off as with a whole name
(fix168)."""
_SHARE_THEN_TITLE = re.compile(rf"分享到?(?=关于|(?!{_DUI_WORD})对)")
"""The share tool's bare word (``分享``, ``分享到``) with the title glued after it opening
with its 关于 or 对 (``首页>>正文分享对…``: fix164), no name between: a word that runs on into
a name (``分享经济研究会关于…``) is the name's first (mend75c), and the word is the page's
only glued right after a crumb's last step (:func:`_share_after_step`)."""
_DISCLOSURE_THEN_TITLE = re.compile(rf"{_DISCLOSURE_PLATFORM}(?!{NAME_GOES_ON})(?={_TITLE_GLUED})")
"""A government's disclosure platform's name (``某市政府政务公开平台``) with the letter's title
glued after it, its authority first or not, a page flattened with nothing between its lines:
the platform's name is the page's banner, as on its line (left71), where it is one alone
(:data:`_DISCLOSURE_BANNER`, no act's word before its government) and the piece ends as a
reply's title does (:data:`_REPLY_TITLE_END`). An office's ending right after it
(``某县人民政府信息公开办公室关于…``, ``…政务公开中心对…``) makes the name the office's, the
title's own authority: no platform's (left72a)."""
_TOOL_THEN_OPENER = re.compile(r"[【\[](?:关闭窗口|关闭|打印本页|打印)(?=尊敬的|敬爱的|亲爱的)")
"""A page's tool in its opening bracket, the closing one lost and the salutation's opener
glued after it (``【关闭尊敬的王某代表：``): the tool a piece of its own (flat61a)."""
_ACCESS_THEN_TITLE = re.compile(
    rf"(?=(?:{_ACCESS_TOOLS})*?(?:辅助浏览|大鼠标))(?:{_ACCESS_TOOLS})++"
    rf"(?={_TITLE_GLUED})"
)
"""An accessibility toolbar's buttons glued together, 辅助浏览 or 大鼠标 among them, and the
letter's title glued after them, its authority first or not (``拼音辅助浏览读屏大鼠标对…``:
a page flattened with nothing between its lines). Each button is read one way only
(:data:`_ACCESS_TOOLS`) and the run whole (possessive), so the reach a piece of the head
allows is read once."""
_REPLY_TITLE_END = re.compile(r"答复|复函|的函|回复|(?:协办|会办|办理)意见")
"""How a reply's title ends (…的答复, …的复函, …的函, …的回复, and the co-handling
department's …的协办意见 / …的会办意见 / …的办理意见 to the lead one): a piece a tool's word
opens is the title glued after it only when it ends so."""
_TOOL_BEFORE = re.compile(rf"(?:{_TOOL_WORD})[{_SEP}\[\]【】()（）:：]*$")
"""Another tool's word right before a tool's (``保存为word 打印某局关于…``, ``收藏打印关于…``),
searched in a short reach before it; also the font tool's label with its colon, its sizes
lost (``【字号:打印某局关于…``, fix141)."""
_TOOL_APART = frozenset(f"{CELL_BARS}]】")
"""What sets a tool's word apart from the words before it as a menu's item: a bar or a
tool's closing bracket (``首页|打印某局关于…``, ``[收藏]打印…``)."""
_STEP_NAME_ALONE = re.compile(r"\s*[\u4e00-\u9fff]*")
"""A crumb's last step's name, alone after its mark (``> 建议提案``), or nothing."""
_TOOL_REACH = 24
"""How far before a tool's word the page's crumb or another tool is looked for: a crumb's
last step's name and its blank (建议提案办理), or a tool's word and its brackets."""


def _tool_of_the_page(line: str, at: int) -> bool:
    """Whether the tool's word at ``line[at]`` (打印, 关闭, 收藏), a title glued after it, is
    the page's: set apart by a bar or a tool's bracket before it (``首页|打印某局关于…``),
    another tool's word right before it (``保存为word 打印关于…``), or a crumb's last step
    before it, glued or a blank between (``首页 > 建议提案 打印某局关于…``,
    ``…>建议提案打印关于…``). A piece that opens with such a word and shows none of these is
    the letter's title as written (``收藏品市场管理处关于…``, ``关闭对…的建议的答复``)."""
    before = line[max(0, at - _TOOL_REACH) : at].rstrip()
    if not before:
        return False
    if before[-1] in _TOOL_APART or _TOOL_BEFORE.search(before) is not None:
        return True
    step = max((m.end() for m in _STEP.finditer(before)), default=-1)
    # (the crumb's last step: its name alone between the step's mark and the tool's word,
    # no cell after it, 建议提案发布日期：2024-05-21)
    return step >= 0 and _STEP_NAME_ALONE.fullmatch(before, step) is not None


def _share_after_step(line: str, at: int) -> bool:
    """Whether the share tool's word at ``line[at]`` stands glued right after a crumb's last
    step (``首页>>正文分享对…``), no blank between: a copy glued with nothing between its
    lines (fix164). After a blank, or after anything but a step, the word is the title's
    (``无障碍浏览 分享经济…``; mend75c)."""
    before = line[max(0, at - _TOOL_REACH) : at]
    if not before or before[-1].isspace():
        return False
    step = max((m.end() for m in _STEP.finditer(before)), default=-1)
    return step >= 0 and _STEP_NAME_ALONE.fullmatch(before, step) is not None


_CLASS_VALUE_GLUED = re.compile(r"(?<=别)[:：]\s*(?:[A-D][1-9]?|[甲乙丙丁])类?(?=[\u4e00-\u9fff])")
"""A class label's value glued to the words after it (``类别:B某市某局``, ``类 别:A类某局``): its
label's last characters before it (a spread label's ``别`` alone opens its piece)."""
_CLOCK_THEN_MARK = re.compile(r"[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?=[A-D][\u4e00-\u9fff])")
"""A page's clock (its date in the piece before) with a class mark glued after it, the
letter's title after that: a page flattened with nothing between its lines."""
_PAGE_DATE_FIGURES = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$")
"""A page's date in figures filling the rest of a piece (its clock in the next one)."""
_GLUED_PAGE_DATE = re.compile(
    r"(?:发布日期|发布时间|更新时间)[(（]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）](?=[\u4e00-\u9fff])"
)
"""A page's date labelled, in round brackets where its colon would stand, words glued after
it (``发布日期（2025-04-11）某局：…``, a page flattened with nothing between its lines)."""
_GLUED_CELL_END = re.compile(
    r"[\]】](?=[\u4e00-\u9fff〔]|(?:19|20)\d{2}[-/.])|(?<=[:：])\s*(?:\d+(?:人次|次)|\d+(?![\d人次年月日]))(?=[\u4e00-\u9fff])"
    # (a count's label left empty, the salutation glued, its name a redacted one or not:
    # 阅读次数：XXX代表：; its unit kept with no figure, the title glued: 浏览次数：次某局…)
    r"|(?:点击|浏览|阅读|访问)[\u4e00-\u9fff]{0,2}[:：](?:人次|次)?"
    r"(?=[\u4e00-\u9fff]|(?:[Xx×*＊]){2,4}[\u4e00-\u9fff])"
    # (an archive's cell and its value in words, the title glued after it: 归档时间:已归档
    # 某局对…; flat65b)
    r"|归档(?:时间|日期|状态)?[:：]\s?(?:已|未)归档(?=[\u4e00-\u9fff])"
    # (the share tool's label, its icons left out or its colon the links' that a copy lost:
    # 分享到：某函〔…, 分享：王某委员：…)
    r"|分享(?:到|至)?[:：](?=[\u4e00-\u9fff])"
    # (a share box's prompts and its close button: 用微信扫描二维码分享至好友和朋友圈×王某…)
    r"|(?:扫描二维码|分享(?:至|给)(?:好友和朋友圈|好友|朋友圈))×?(?=[\u4e00-\u9fff])"
    # (or a class mark glued after it, its sizes lost: 【字体:A类)住建议字…; fix102)
    # (or its sizes lost with their closing bracket, the opening one left: 字号：【某交复(…)
    rf"|(?:{_FONT_LABEL}|背景(?:颜)?色)[:：](?:[\[【]?[大中小][\]】]?){{0,3}}[\[【]?"
    r"(?=[\u4e00-\u9fff〔]|[A-D]类)"
    # (the salutation glued after it, its name a redacted one or not: 2024-05-21****委员：)
    r"|(?<!\d)(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?=[\u4e00-\u9fff]|[Xx×*＊]{2,4}[\u4e00-\u9fff])"
    # (an index number's code, right after its label's colon: 索引号：0000/2024-96某字〔…)
    r"|(?<=索引号[:：])\s*[0-9A-Za-z][0-9A-Za-z/_.\-]*(?=[\u4e00-\u9fff])"
    # (a page's scope cell's value, the title glued after it: 公开范围：面向社会某局关于…)
    r"|(?:(?<=公开范围[:：])|(?<=公开范围[:：]\s))\s*(?:面向全社会|面向社会|全社会|社会公众|不公开)(?=[\u4e00-\u9fff])"
    # (the author's cell's value a site gives when it knows none, the salutation glued
    # after it: 作者:佚名王某代表:; no letter calls anybody 佚名)
    r"|(?<=作者[:：])\s*佚名(?=[\u4e00-\u9fff])"
    # (or after a blank, its byline's site's name before it, the next line's words glued:
    # 某某网 佚名某某网 2099-07-11 10:06:17 评论())
    r"|(?<=[\u4e00-\u9fff][ \u3000])佚名(?=[\u4e00-\u9fff])"
    # (a cell's date in words, right after its label's colon: 时间：2024年1月5日对…)
    r"|(?<=[:：])\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?=[\u4e00-\u9fff])"
)
"""The end of a tool's brackets, of a cell's count (or of its label when the count is left
out) or of a page's date in figures (its clock after it) that words (or a mark's bracket)
are glued to (``字号：[ ]王某代表：``, ``字号：[大中小]〔A〕``, ``浏览次数：41王某代表：``,
``点击：某局关于…``, ``分享到：某函〔…``, ``发布日期：2024-05-21王某代表：``,
``时间：2024年1月5日对…``)."""
_GLUED_CRUMB_LEAD = re.compile(
    r"(?<=[\u4e00-\u9fff|｜0-9A-Za-z!！])"
    rf"(?:(?:您当前所在的|您当前的|您现在的|您的|当前|{_CRUMB_READER}的?)位置是?\s*[:：]"
    rf"|(?:您|你)?{_CRUMB_NOW}所在\s*[:：](?=\s*(?:网站)?首页{_CRUMB_STEP}))"
)
"""A crumb's lead that a site's name or menu is glued before (``县政协当前位置：首页>…``,
``本网站已支持IPV6您当前的位置：…``, ``某栏目您所在的位置：…``: the leads :data:`_CRUMB`
reads, 所在 with the reader it names; the welcome's mark before it, ``欢迎访问某网!当前所在：
首页 > …``, and the lead without its 位置 into its 首页 and a step: flat117)."""
_BODY_LABELS = (
    "来源",
    "信息来源",
    "文章来源",
    "稿件来源",
    "发布机构",
    "所属机构",
    "发布单位",
    "发布人",
)
_BODY_LABEL_END = re.compile(rf"(?:{_alternation(_BODY_LABELS)})\s*[:：]$")
"""A page's label whose value names a body, ending a piece (``发布机构：``): its value, after
a blank, may be glued to the title (``发布机构： 某县人民政府关于…``); a date's label left
empty (``生效日期：``) has the letter's title with its authority after it."""
_BODY_THEN_TOOL = re.compile(
    rf"(?:{_alternation(_BODY_LABELS)})\s*[:：]\s*[\u4e00-\u9fff()（）]{{1,30}}?"
    rf"(?:{vocab.alternation('org_suffixes')}|网站|网)"
    r"(?P<tool>加入收藏|收藏本页|收藏|打印本页|打印|关闭窗口|关闭|字号|字体)(?=[\u4e00-\u9fff])"
)
"""A page's cell naming a body or a site with one of the page's tools glued after its value
and words after that (``信息来源：某局收藏筹建…``, a page flattened with no blanks; the font
tool's label its sizes lost, ``来源：某某政务网字号对…``: fix129)."""
_TO_TITLE_AHEAD = (
    rf"对(?=[^:：,，。;；!?！？\s]{{2,{_TITLE_VALUE}}}?(?:{_REPLY_TITLE_END.pattern}))"
)
"""A reply's title opening with 对, its ending further on with no label's colon nor stop
before it (``对王某代表提出的…的答复``): the title a page cell's value is glued to."""
_CELL_AUTHORITY = re.compile(rf"{_TITLE_AUTHORITY}(?=关于|{_TO_TITLE_AHEAD})")
_CODE_BEFORE_NUMBER = re.compile(
    r"[\u4e00-\u9fff()（）]{6,40}?(?=[〔\[［【（(]\d{4}[〕\]］】）)]第?\d{1,5}号)"
)
"""The characters before a 发文字号's year a page cell's value glued to it opens with (the
body's name, then the number's code: ``甲山市农业农村局甲农函``)."""
_AUTHORITY_WHOLE = re.compile(_TITLE_AUTHORITY)


def _names_body(text: str) -> bool:
    """Whether ``text`` is a body's name whole (:func:`replyparse.orgnames.body_before_code`
    asks it of a page cell's value)."""
    return _AUTHORITY_WHOLE.fullmatch(text) is not None


_AUTHORITY_TITLE_AT = re.compile(rf"(?:{_TITLE_AUTHORITY})?关于")
"""A title opening with 关于, its authority before it or not."""
_TO_TITLE_AT = re.compile(
    rf"(?P<authority>{_TITLE_AUTHORITY})?对"
    rf"(?(authority)(?=[^:：,，。;；!?！？\s].*?(?:{_REPLY_TITLE_END.pattern}))"
    rf"|[^:：,，。;；!?！？\s]{{2,{_TITLE_VALUE}}}?(?:{_REPLY_TITLE_END.pattern}))"
)
"""A reply's title opening with 对, glued after a page's cell left empty: the letter's title,
as one opening with 关于 is (:data:`_AUTHORITY_TITLE_AT`). After its authority's name, a
reply's ending anywhere further on (``有效性:某局对…的答复``, fix113); with 对 alone, a word
of many sentences, its ending with no label's colon nor stop before it, a title's length
at most (``相关文件：对某会议第18号建议的答复``, fix108). Match it up to the cell's piece's end:
the ending is looked for there (one pattern for both since review63b)."""
_GLUED_LINK_END = re.compile(r"\.(?:shtml|html?|jsp|aspx?|php)(?=[\u4e00-\u9fff])")
"""The end of a menu's link path that words are glued to (``…/index.html关于…``)."""
_GLUED_CRUMB = re.compile(
    rf"(?:(?<=[\u4e00-\u9fff0-9A-Za-z])|(?<=[度序围型式][:：]))(?<!设为)(?<!返回)首页(?={_CRUMB_STEP})"
)
"""A crumb's 首页 that the site's name or a note is glued before (``某县人民政府首页>>…``,
``网站支持IPv6首页 >…``; not the tools 设为首页, 返回首页), or a search box's last option left
empty (``匹配度:排序:首页 >…``, :data:`SEARCH_OPTIONS` but its 位置, a crumb's lead's word:
fix129)."""
_LABEL_BRACKETS = "【[［"
"""The brackets a page opens a tool's or a cell's label with (【字体：, [发布时间：)."""
_TITLE_AHEAD = 40
"""How far past a piece :data:`_GLUED_TITLE_END` looks for what follows a title's ending."""
_LABEL_AFTER_TITLE = ("答复", "复函", "回复")
_TITLE_BEFORE_ENDING = re.compile(r"(?:的|建议|提案|议案|意见|号|[)）》”」])$")
"""How a title runs up to its ending (…的答复, …第5号建议答复, …《…》（第95号）答复): a label
glued after text that opens with such an ending (答复日期：) has its first words the title's;
after other words (某局答复时间：) the label is whole."""
_LABEL_REACH = 24
"""How far past a piece a label that starts in it may run (its characters apart, 类 别：)."""
_GLUED_IMAGE = re.compile(r"\.(?:png|jpe?g|gif|bmp|webp|svg)", re.IGNORECASE)
_WELCOME_BEFORE_OPENER = re.compile(
    rf"(?P<welcome>{_WELCOMED_SITE}"
    rf"[!！]?)(?:{vocab.alternation('salutation_openers')})"
)
"""The site's welcome that opens a flattened page's line with a salutation's opener glued
after it (``欢迎访问某区政务服务门户网站尊敬的…``): the welcome is a piece of its own."""
_SWITCHES = "|".join(
    # and what is read only glued: two tool words run together (展开菜单: 展开 and 菜单, which
    # a line of tools reads one by one), a page's button (打印本页: data/page_buttons.txt),
    # and words never met on a line of tools
    (*_SWITCH_WORDS, "中文版", "下载本页", "打印本页", "展开菜单", "收起菜单")
)
_SCAN_PROMPT = (
    r"扫一扫[·•，,]?(?:在手机(?:上)?)?(?:打开|查看|浏览|阅读)(?:手机版|(?:当前|本)?页面?)"
)
"""The prompt beside a page's QR code (``扫一扫·打开手机版``, ``扫一扫在手机打开当前页``):
the site's furniture, glued before what follows as well as on a line of its own."""
_AREA_HINT = re.compile(
    r"(?:[\u4e00-\u9fff]{0,8}?区域)?(?:内容)?"
    r"请(?:使用|按)\s?[Tt][Aa][Bb]\s?(?:按钮|按键|键)?切换(?:浏览)?"
)
"""A site's hint to a screen reader's user over an area of the page (``正文内容区域请使用tab
按钮切换浏览``, ``右侧区域内容请使用tab按钮切换浏览``): never a letter's words; the site's
furniture, looked for only where its 请 stands near (:func:`_furniture_at`)."""
_HINT_REACH = 16
"""How far from where it opens a hint's 请 stands at most (an area's name, 区域, 内容)."""
_INPUT_COUNTER = r"(?:您|你)?还(?:可以|可|能)输入\s?\d{1,4}(?:个)?(?:字符|字)?"
"""The counter under a site's box for a question or a message: how many characters are left
to type (``你还可以输入40``); a form's words, never a letter's."""
_GLUED_COUNTER = re.compile(_INPUT_COUNTER)
_GLUED_READ_ALOUD = re.compile(
    r"(?:(?:语音|文章)播报)?(?:语音合成中[，,]?请耐心等待|(?:进入|退出)播报模式)"
)
"""The read-aloud button with its status or its mode's switch (``语音播报语音合成中，请耐心
等待...``, ``进入播报模式``): the page's tool, never a letter's words (decided, flat59)."""
_GLUED_VALIDITY = re.compile(r"(?:本?文件|该文件)?(?:已失效|已废止|现行有效)")
"""A site's note that the document no longer holds, or still does (``文件已失效``), glued
after the title or the page's cells (decided, flat59); the bare 有效 or 失效 is none."""
SEARCH_OPTIONS = r"(?:搜索|检索)(?:位置|范围|方式|类型)|匹配(?:度|方式)|排序(?:方式)?"
"""A site's search box's options, each a label its choices follow (``搜索位置： 标题 全文``,
``匹配度： 精确 模糊``, ``排序： 按时间``), left empty where a copy lost the choices' buttons:
no letter writes one alone (fix129)."""
_GLUED_FURNITURE = re.compile(
    rf"(?:(?:{'|'.join(_TODAY_LEADS)})[:：]?|{_WELCOMED_SITE}[!！]?"
    # (the site's brand glued before its welcome, the banner's mark after its name's 网:
    # 某某中心欢迎访问某某在线网!, flat117)
    rf"|[0-9A-Za-z\u4e00-\u9fff]{{2,12}}?{_WELCOME_WORDS}[\u4e00-\u9fff()（）]{{2,30}}?网站?[!！]"
    # (or the government the site is, its banner's mark after it: 欢迎访问某县人民政府！)
    rf"|{_WELCOME_WORDS}[\u4e00-\u9fff()（）]{{2,30}}?政府[!！]"
    r"|[0-9A-Za-z\u4e00-\u9fff()（）]{2,30}?欢迎(?:您|你)[!！]"
    r"(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?(?:(?:星期|周)[一二三四五六日天])?"
    r"|星期[一二三四五六日天]"  # (the visitor's day's weekday, its date in the piece before)
    # (the counter under a site's box for a question: 你还可以输入40, 您还可输入200字)
    rf"|{_INPUT_COUNTER}"
    # (an accessibility toolbar's buttons, three or more run together: 辅助浏览读屏放大…换肤)
    rf"|(?:{_ACCESS_TOOLS}){{3,}}"
    # (the document's validity note: 文件已失效, flat59)
    rf"|{_GLUED_VALIDITY.pattern}|{_READ_ALOUD_STATUS}"
    # (the QR code's prompt and the way back to the top, glued: 扫一扫·打开手机版回到顶部)
    rf"|{_SCAN_PROMPT}|回到顶部|返回顶部"
    # (a search box's options left empty, glued: 搜索位置:匹配度:排序:, fix129)
    rf"|(?:{SEARCH_OPTIONS})[:：]"
    rf"|{_SWITCHES})+"
)
"""The site's furniture that opens a piece a copy glued to what follows: the visitor's day,
a welcome to the site, the site's switches (``无障碍浏览``, ``长者模式``), its call for
corrections (``我要纠错``) and its accessibility toolbar (``辅助浏览放大缩小…换肤``)."""
_TITLE_START_AT = re.compile("关于|对")
_FONT_SIZES_END = re.compile(rf"(?:(?:{_FONT_LABEL})[:：]|[\[【])[大中]$")
"""A font tool's size ending a piece after the tool's label (``字号：大``)."""
_NEXT_SIZE = {"大": "中", "中": "小"}
"""The size a font tool writes next (大 中 小)."""
_SIZE_BARS = re.compile(r"[|｜]+(?:超大|特大)?|超大|特大")
"""A mirror's font sizes after the tool's label, their links lost to bars, the largest kept
or not (``字体: |||超大``)."""
_SIZE_BARS_FIRST = frozenset("|｜超特")
_FONT_TOOL_END = re.compile(rf"(?:(?:{_FONT_LABEL})[:：]|[\[【])$")
"""A font tool's label or bracket ending a piece, its sizes after it (``【字体:`` 小 中 大)."""
_TWO_CHARACTER_CELLS = frozenset({"文号", "体裁"})
"""The labels of two characters a page's table writes that a copy glues to their values
with the rest (文号, 体裁): no word a letter's sentence writes before a value (来源, 作者,
点击 are, and stay out)."""
_BARE_CELL_LABELS = tuple(
    w
    for w in sorted(_PAGE | _TABLE_ONLY | {"文号", "发文字号"})
    if (len(w) >= 3 or w in _TWO_CHARACTER_CELLS) and w != "来源于"
)
_BARE_CELL = re.compile(vocab.longest_first(_BARE_CELL_LABELS))
"""A label of a page's metadata table written without its colon (索引号, 主题分类, 文号; not
来源于, which opens a sentence)."""
_BARE_CELL_OPEN = re.compile(
    rf"(?:{vocab.longest_first(tuple(w for w in _BARE_CELL_LABELS if w in _PAGE))})"
    r"(?=[0-9A-Za-z\u4e00-\u9fff])"
)
"""A label of the page's own glued to its value: a table whose cells lost their colons."""
_RUN_CELL_LABELS = tuple(
    sorted({*_BARE_CELL_LABELS, *(w for w in _TITLE_CELLS if len(w) >= 4)})
)  # (sorted: the pattern's source the same whatever the hash seed)
_RUN_CELL = re.compile(_alternation(_RUN_CELL_LABELS))
"""A label of a page's metadata table (索引号, 信息名称, 公开日期, 发布机构, 公开程序, 文号 …:
a closed vocabulary), its characters maybe spread (索 引 号, 文  号)."""
_CELL_VALUE_END = re.compile(
    r"(?:[0-9A-Za-z)）\]】〕]|答复|复函|回复|函|意见|建议|提案|议案|报告|通知"
    rf"|{vocab.alternation('org_suffixes')})$"
)
"""How a cell's value ends when the next cell's label is glued to it: figures (an index
number, a date), a title's ending, an authority's."""
_RUN_REACH = 60
"""How far apart two labels of one table stand at most (a title's value between them)."""
_RUN_LEAST = 2
"""How many labels written without colons make a table's run (one alone is a word of a
title or a sentence: 关于公开程序的建议)."""
_RUN_COUNT_VALUE = re.compile(
    r"(?<=点击数|点击量|点击率|浏览量|访问量)\s*\d+(?:人次|次)?(?=[\u4e00-\u9fff])"
    r"|(?<=次数)\s*\d+(?:人次|次)?(?=[\u4e00-\u9fff])"
)
"""A count cell's value in such a run, the words after it glued (``浏览量  12王某代表：``):
its figures end there, as after a count's colon (:data:`_GLUED_CELL_END`)."""
_NOT_VALUE_FIRST = "的和与及、之"
"""What follows such a word in a title or a sentence, never a cell's value."""


def _furniture_at(line: str, at: int, b: int) -> re.Match[str] | None:
    """The site's furniture that opens ``line[at:b]`` (:data:`_GLUED_FURNITURE`), or a
    screen reader's hint there (:data:`_AREA_HINT`, asked only where its 请 stands near)."""
    lead = _GLUED_FURNITURE.match(line, at, b)
    if lead is None and "请" in line[at : min(b, at + _HINT_REACH)]:
        lead = _AREA_HINT.match(line, at, b)
    return lead


_BRAND_LONGEST = 12
"""How long a site's brand before its welcome may be (a mirror's or a site's short name)."""


_WELCOME_END = re.compile(rf"{_WELCOME_WORDS}$")
"""A piece ending with a banner's welcome (``欢迎来到``, ``某某中心欢迎访问``), the site's name
after a blank."""


def _welcome_apart(texts: list[str], i: int, stop: int) -> int:
    """Where the banner that ``texts[i]`` opens ends when a blank parts its welcome from
    the site's name and mark after it (``欢迎来到 某某网!``, ``某某中心欢迎来到 某某网!``), or
    the site's brand opening the page from its welcome too (``某某中心 欢迎来到 某某网!``):
    the pieces read glued are the site's furniture (:func:`_glued_furniture`), as the
    banner with no blank is; ``i`` where no such banner opens there."""
    if _WELCOME_END.search(texts[i]) and _glued_furniture(texts[i] + texts[i + 1]):
        return i + 2
    if (
        i == 0
        and i + 2 < stop
        and len(texts[i]) <= _BRAND_LONGEST
        and _WELCOME_END.fullmatch(texts[i + 1]) is not None
        and _glued_furniture("".join(texts[i : i + 3]))
    ):
        return i + 3
    return i


def _glued_furniture(text: str) -> bool:
    """Whether ``text`` is all the site's furniture (:func:`_furniture_at`)."""
    return _GLUED_FURNITURE.fullmatch(text) is not None or (
        "请" in text and _AREA_HINT.fullmatch(text) is not None
    )


def _cell_edges(line: str, end: int, colons: str = ":：") -> list[re.Match[str]]:
    """The labels of :data:`_RUN_CELL` in ``line[:end]`` that stand at a cell's edge: each
    opens the line, follows a blank, a bar, another label or what ends a value
    (:data:`_CELL_VALUE_END`), and is no word before 的 or 和, nor before one of ``colons``
    (a labelled cell, read by the colon's rules where the line is a flattened page's head;
    a row of its own reads its kept colons with the rest, :func:`_bare_row`)."""
    found: list[re.Match[str]] = []
    for m in _RUN_CELL.finditer(line, 0, end):
        at, after = m.start(), line[m.end() : m.end() + 1]
        if after and after in _NOT_VALUE_FIRST + colons:
            # (a word of a title or a sentence; a labelled cell is read by the colon's rules)
            continue
        if (
            at == 0
            or line[at - 1].isspace()
            or line[at - 1] in CELL_BARS
            or (found and found[-1].end() == at)
            or _CELL_VALUE_END.search(line, max(0, at - 12), at) is not None
        ):
            found.append(m)
    return found


def _bare_run(line: str, end: int) -> set[int]:
    """Where, in ``line[:end]`` (a flattened page's head, before the letter's first
    sentence), the cells of a metadata table stand apart whose labels lost their colons
    and were glued to their values (``索 引 号  0000/2024-001信息名称  关于…的答复公开日期
    2024-05-01  失效日期文  号   发布机构  某局公开程序王某委员：``): before and after each
    label at a cell's edge (:func:`_cell_edges`), when two of them or more stand in one run
    (each within :data:`_RUN_REACH` of the next, no sentence between). A title that holds
    one such word (关于公开程序的建议) has no run."""
    found = _cell_edges(line, end)
    cuts: set[int] = set()
    run: list[re.Match[str]] = []
    for k, m in enumerate(found):
        run.append(m)
        following = found[k + 1] if k + 1 < len(found) else None
        if (
            following is None
            or following.start() - m.end() > _RUN_REACH
            or _SENTENCE.search(line, m.end(), following.start()) is not None
        ):
            if len(run) >= _RUN_LEAST:
                cuts.update(p for r in run for p in r.span())
                # (a count's figures, the words after them glued: 浏览量 12王某代表：…)
                cuts.update(
                    v.end()
                    for r in run
                    if (v := _RUN_COUNT_VALUE.match(line, r.end(), end)) is not None
                )
            run = []
    return cuts


def _bare_row(text: str) -> bool:
    """Whether ``text`` (NFKC), a line of its own, is wholly a row of a page's metadata
    table whose labels lost their colons, some or all, each glued to the value before it
    (:func:`_bare_run`'s cells on a page that kept its lines: ``文  号成文日期:2099-03-01
    发布日期:2099-03-02``, ``体  裁生效日期废止日期``): two labels or more at a cell's edge
    (:func:`_cell_edges`, a kept colon read with the rest), the first opening the line, one
    of them the page's own (发布日期, 生效日期: :data:`_PAGE`), each value short, no sentence,
    the last not ending in a colon (a salutation glued after the row: 发布日期2024-05-01王某
    代表:)."""
    if _RUN_CELL.match(text) is None:
        return False  # (most lines: one look at their start)
    found = _cell_edges(text, len(text), colons="")
    if len(found) < _RUN_LEAST or found[0].start() != 0 or text.endswith(":"):
        return False
    page = False
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        label = _BLANKS.sub("", m.group())
        value = text[m.end() : nxt.start() if nxt is not None else len(text)].strip(" :")
        if len(value) > (_TITLE_VALUE if label in _TITLE_CELLS else _VALUE) or _SENTENCE.search(
            value
        ):
            return False
        page = page or label in _PAGE
    return page


_EMPTY_CELL_LABELS = tuple(
    sorted(w for w in {*_BARE_CELL_LABELS, *vocab.words("page_table_labels")} if len(w) >= 3)
)  # (sorted: the pattern's source the same whatever the hash seed)
_EMPTY_CELL_TITLE = re.compile(
    rf"(?:{vocab.longest_first(_EMPTY_CELL_LABELS)})+"
    rf"(?=关于|{_TITLE_AUTHORITY}关于)"
)
"""A page's cell label written with no colon and left empty, the page's title glued to it
(``主题词关于…的回复``, ``发文字号某局关于…``): a table's last cell flattened onto the title;
or a run of such labels, each cell left empty (``浏览量主题词某局关于…``)."""
# A site's web address as a page prints it: www and two parts or more after it, or a domain
# without www whose last parts are a public suffix a government's or a company's site takes
# (example.gov.cn, example.com.cn, example.cn, example.com: :data:`_BARE_DOMAIN_ENDS`).
_BARE_DOMAIN_ENDS = r"(?:gov|com|org|net|edu)(?:\.cn)?|cn"
BARE_DOMAIN = rf"[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*\.(?:{_BARE_DOMAIN_ENDS})(?![0-9A-Za-z.-])"
"""A site's address without www (``example.gov.cn``, :data:`_BARE_DOMAIN_ENDS`), nothing of
an address glued after it: a page's, as ``www.example.gov.cn`` is (review67's E7)."""
_GLUED_ADDRESS = re.compile(
    rf"(?:https?://)?(?:www(?:\.[0-9A-Za-z-]+){{2,}}|{BARE_DOMAIN})/?(?=[\u4e00-\u9fff])",
    re.IGNORECASE,
)
"""A site's address with words glued after it (``www.example.gov.cn政府信息公开``): the
banner's address, the site's menu after it, a page flattened with nothing between its
lines."""
_KEYWORD_CELLS = frozenset(("关键词", "关键字", "主题词"))
"""A page's cell of keywords: its value a few words, never the letter's title (a title glued
after its colon is the heading under the table, the cell left empty)."""
_HEADING_AGAIN_SAME = 8
"""How many characters a heading glued after an empty keyword cell shares with the title
cell written before it, at least (a title's first words: 区政协十届三次会议)."""


def _heading_again_at(line: str, at: int, b: int) -> bool:
    """Whether the words at ``line[at:]`` (in the piece ending at ``b``) open as a text
    written earlier on the line: the page's heading under its table, the title cell before
    it (``信息名称：某会议《关于…》答复 … 关键词：某会议《关于…》答复``)."""
    if b - at < _HEADING_AGAIN_SAME:
        return False
    head = line[at : at + _HEADING_AGAIN_SAME]
    return _CJK_CHAR.match(head) is not None and line.find(head, 0, at) >= 0


_NUMBER_THEN_TITLE = re.compile(
    r"[\u4e00-\u9fff]{1,10}[〔\[［【（(](?:19|20)[0-9]{2}[〕\]］】）)][0-9]{1,5}号(?=关于|对)"
)
"""A 发文字号 with the letter's title glued after it (``某办〔2099〕2号关于…``)."""
_VALIDITY_LABELS = ("时效性", "有效性", "效力状态", "公文时效")
_VALIDITY_LABEL = rf"(?:{'|'.join(_VALIDITY_LABELS)})"
_VALIDITY_VALUE = r"(?:现行有效|已失效|已废止|有效|失效|废止)"
VALIDITY_CELL = rf"{_VALIDITY_LABEL}\s?[:：]?\s?{_VALIDITY_VALUE}|时效\s?[:：]\s?{_VALIDITY_VALUE}"
"""A page's cell of the document's validity and its closed value, its colon kept or lost
(``时效性有效``, ``有效性：失效``; the label 时效 with its colon, ``时效：有效``)."""
_VALIDITY_CELL = re.compile(
    rf"{_VALIDITY_LABEL}\s?[:：]?\s?{_VALIDITY_VALUE}(?=[\u4e00-\u9fff0-9])"
)
"""A page's cell of the document's validity with its value (a closed set: 有效, 失效, 废止 …),
the heading glued after it (``时效性: 有效某局关于…``, or a year opening it, ``效力状态:有效
2022年度某局关于…``: flat117): the value ends there."""
_LIST_DASHES = "\\-—–－"
"""The dashes a copy renders before a page's list item (``- 时效性有效``, ``— 时效性有效``)."""
_LONE_PAGE_CELL = re.compile(
    rf"(?:[{BULLET_MARKS}{_LIST_DASHES}]\s?)?(?:{_VALIDITY_LABEL}\s?[:：]?\s?{_VALIDITY_VALUE}"
    rf"|时效\s?[:：]\s?{_VALIDITY_VALUE}"
    r"|(?:信息)?索[ \t\u3000]{0,2}引[ \t\u3000]{0,2}号\s?[:：]?\s?[0-9A-Za-z][0-9A-Za-z/._-]{5,})"
)
"""A page's own cell whole on its line (a list's mark or dash before it or not), its colon
kept or lost: the document's validity with its closed value (``时效性有效``, ``有效性：失效``;
the label 时效 with its colon, ``时效：有效``, left57a) or the index number with its code
(``索引号0000/2024-001``, its label spaced out or not: ``索 引 号0000/…``). A letter
writes neither: chrome wherever it stands, so the title under it opens after it (fix75:
``时效性有效`` was read as the title's first words)."""


def _validity_run_on(label: str, value: str) -> bool:
    """Whether a validity cell's closed ``value`` has words glued after it (``时效性有效关于…
    的答复``, ``时效性：有效某局关于…``): the title a copy ran on after the cell, no value of
    it; the line is no whole cell of the page's (the title's own code drops the cell)."""
    return label in _VALIDITY_LABELS and _VALIDITY_OPENS.match(value.strip()) is not None


_VALIDITY_LABEL_END = re.compile(rf"{_VALIDITY_LABEL}\s?[:：]?$")
_VALIDITY_WORD = re.compile(_VALIDITY_VALUE)
_VALIDITY_OPENS = re.compile(rf"{_VALIDITY_VALUE}(?=[\u4e00-\u9fff])")
_INDEX_CODE = re.compile(r"(?:信息)?索引号[0-9A-Za-z]")
"""An index number's label glued to its code: a page's cell wherever it stands."""
_BARS = re.compile(rf"[{CELL_BARS}]+")
_STEP_CHARS = ">»›/＞"
_STEP = re.compile(r"[>»›＞]|(?<![\d-])/")
"""A crumb's step (not the slash of a date, 2024/05/21, nor of an index number's code after
its hyphen, ``…MB15379934-/2024-0715006``: fix102)."""
SECTION_BANNER = (
    r"(?:[省市县区州]?(?:人大代表|政协委员|人大|政协))?"
    r"(?:建议提案|议案提案|议案建议|建议|提案|议案)"
    r"(?:[和与及、](?:人大代表|政协委员|人大|政协)?(?:建议|提案|议案))?"
    r"(?:办理)?(?:答复|回复)?(?:情况|结果)?(?:公开)?"
)
"""A site's section that files the items and their replies, as its banner, a crumb's step or
a tag before the title names it (``建议提案办理``, ``人大代表建议答复``, ``建议提案办理情况``,
``建议提案办理结果公开``, ``议案建议``, ``人大代表建议和政协提案``): the one list of its words,
for the crumb's last step (:data:`_STEP_NAME`) and the title's tag (fields/title.py)."""
_STEP_NAME = re.compile(
    r"(?:正文|(?:详细|文章|信息)(?:内容|信息)|(?:文章|信息|内容)?详情"
    rf"|{SECTION_BANNER})"
    r"(?!办理|提案|建议|议案|答复|回复|情况|结果|公开"
    r"|[和与及、](?:人大代表|政协委员|人大|政协)?(?:建议|提案|议案))(?=[\u4e00-\u9fff])"
)
"""A crumb's last step that the article's heading is glued to: the article (正文, or its
page's name: 详细内容, 文章详情, 详情) or a section's banner (建议提案办理, 人大代表建议答复,
建议提案办理结果公开, 建议提案办理情况; also the 议案 a people's congress files, 议案提案,
议案建议: flat61a; two bodies' items joined, 人大代表建议和政协提案: flat117; the body
named with its level, 市人大代表建议办理: dev119/002)."""
_HEAD_REACH = 3 * _LONGEST
"""How far into a flattened page's first line the chrome over its letter may run (a crumb,
the page's heading and a metadata table of a dozen cells)."""
_PIECES = re.compile(r"\S\S*")
"""A piece of a flattened page's head: what stands between its blanks."""
_STEP_ONLY = re.compile(r"^(?:>|»|›|→|/|\\|\||丨|-|—|:)+$")
"""A crumb's step standing alone between blanks (``首页 > 政务公开``, ``首页 - 建议提案``)."""
_STEP_ENDS = (">", "»", "›", "→", "/", "\\", "|", "丨")
_ARROWS_ONLY = re.compile(r"^[>»›＞]+$")
"""A crumb's arrow alone between blanks (not a dash or a bar, which lists and tables draw)."""
"""What a crumb's piece ends with when its next step's name follows (``首页>``)."""
_SALUTED = re.compile(r"[:：]$")
_SALUTATION_INSIDE = re.compile(rf"(?:{vocab.alternation('roles')})[:：](?=您|你|贵|感谢)")
"""A salutation and the opening that speaks to its addressee after it, inside a piece
(``…复函王某代表:您提出的《关于…``, a stray blank further on parting the piece there): the
letter's words, however many of the page's labels stand before them."""
_OPENER_SALUTATION = re.compile(
    rf"^尊敬的[\u4e00-\u9fff、,·]{{1,40}}?(?:{vocab.alternation('roles')})$"
)
"""A salutation with its opener and no colon, a piece of its own (``尊敬的王某代表`` over
``提出的…收悉``; NFKC): no page's cell writes 尊敬的."""
_ROLE_APART = re.compile(rf"^(?:{vocab.alternation('roles')})?:$")
"""A salutation's role word or colon alone, its names in the piece before (``王某 委员：``,
``某组 ：``; NFKC)."""
_ROLE_ALONE = re.compile(rf"^(?:{vocab.alternation('roles')})$")
"""A salutation's role word alone, no colon (``王某  委员`` over ``您在…``)."""
_ROLE_LAST = re.compile(rf"(?:{vocab.alternation('roles')})$")
"""A salutation's role word ending a piece, its names before it (``王某委员``; NFKC)."""
_ROLE_OPENS = re.compile(rf"^(?:{vocab.alternation('roles')})(?:$|[:：您你])")
"""A piece that opens with a salutation's role, alone or before its colon or the opening's
pronoun (``委员``, ``委员：…``, ``委员您在…``; NFKC)."""
_ASKING_OPENS = re.compile(f"(?:{vocab.alternation('asking_verbs')})")
"""The verb of the item's asking (data/asking_verbs.txt) opening the reply's first sentence
right after the names (``王某代表 提出的…建议收悉``), as the pronoun does (``王某委员 您在…``)."""
_PADDED_REST = re.compile(r"[\u4e00-\u9fff](?:[、,]|$)")
"""A piece of a salutation's names that opens with a padded name's second half, the blanks
inside the name (``陈  先、张某``, ``李  亮 代表：``) parting it from its first (NFKC)."""
_NAMES_PIECE = re.compile(r"[\u4e00-\u9fff、,]*[\u4e00-\u9fff]")
"""A piece of a salutation's names before such a half (``王某、陈``)."""
_LIST_MARKS = "、,"
"""The marks that part a salutation's names (NFKC: ``，`` is ``,``)."""
_TITLE_FROM = re.compile(r"关于|对")
"""Where a title opens after the authority a page's heading names first."""


_SURNAMES = vocab.word_set("surnames")
_NAME_WORD = re.compile(r"[\u4e00-\u9fff]{2,3}")
_NAMES_APART_LEAST = 2
"""How many names parted by blanks must stand before a salutation's piece to open it."""


def _one_name(word: str) -> bool:
    """Whether ``word`` reads as one person's name: two or three characters opening with a
    surname, no tool's word."""
    return (
        _NAME_WORD.fullmatch(word) is not None
        and (word[0] in _SURNAMES or word[:2] in _SURNAMES)
        and _TOOLS.match(word) is None
    )


def _names_end(text: str) -> bool:
    """Whether ``text`` is one person's name, or a list of names parted by 、 that ends with
    one (``王某``, ``陈、赵某某``: a padded name's first half may open it)."""
    if _NAMES_PIECE.fullmatch(text) is None:
        return False
    return _one_name(text.rsplit("、", 1)[-1].rsplit(",", 1)[-1])


def _names_apart(texts: list[str], stop: int) -> int:
    """Where a salutation's names parted by blanks open, its last name and role in
    ``texts[stop]`` (``时间：2024-10-18 王某 李某某 陈 某 赵某委员：``: a flattened page's cell
    before them): two names or more before it, each of two or three characters opening
    with a surname (a padded one, two pieces of a character each, read as one), none a
    tool's word; ``stop`` when fewer stand there (one word before the names may be a cell's
    value)."""
    k, names = stop, 0
    while k > 0:
        word, take = texts[k - 1], 1
        if len(word) == 1 and k > 1 and len(texts[k - 2]) == 1:
            word, take = texts[k - 2] + word, 2  # (a padded name: 陈 某)
        if not (
            _NAME_WORD.fullmatch(word)
            and (word[0] in _SURNAMES or word[:2] in _SURNAMES)
            and _TOOLS.match(word) is None
        ):
            break
        k -= take
        names += 1
    return k if names >= _NAMES_APART_LEAST else stop


_CLOSE_BETWEEN = ("", "x", "X", "×", "✕")
"""What may stand between two runs of a flattened page's chrome that join, blanks aside:
nothing, or a toolbar's close button alone (``x``, ``×``); not a run of them (``xx``, a
placeholder the page holds)."""


def chrome_head(line: str, shown: bool = True) -> list[tuple[int, int]]:
    """Where, in ``line`` (the first line of a flattened page: the letter run on after what
    the page prints over it), the site's chrome stands before the letter's salutation or
    first sentence: its pieces parted by blanks, runs of which are chrome together
    (:func:`is_chrome_line`: tools, a banner, a page's cells ``发布时间：… 来源：…``), a
    crumb with its steps (``当前位置：首页 > 政务公开 > 建议提案``, up to the last step's
    name), the site's furniture (``无障碍浏览``, ``长者模式``), and the page's heading: a
    title the head writes again after it (``关于…的答复 发布时间：… 某发〔2024〕3号 关于…的答复``).
    A run of cells stops at a piece that reads as the letter's (a title's words, a
    发文字号, a label of the letter's own). Empty for a line that is no flattened page's
    (no longer than a line of chrome is), unless it is a short reply flattened whole under
    the page's crumb or its furniture (:func:`_short_page_letter`)."""
    if len(line) <= _LONGEST and not _short_page_letter(line):
        return []
    pieces = _glued_apart(line, [m.span() for m in _PIECES.finditer(line, 0, _HEAD_REACH)], shown)
    if shown and ("题" in line or "称" in line):
        pieces = _title_cells_apart(line, pieces)
    if "首" in line:
        pieces = _spaced_home(line, pieces)
    pieces = _spaced_labels(line, pieces)
    if any(lead in line for lead in _TODAY_LEADS):
        pieces = _today_whole(line, pieces)
    articles = _article_headings(line, pieces)
    texts = _piece_texts(line, pieces)
    # (a listing's cells hold sentences' marks, 王某;李某, and spread labels, 题  目：: the
    # head's end is looked for after it)
    listed = _listing_end(texts) if shown else 0
    if not listed and "|" in line and _RECORD_ITEM.match(texts[0]):
        # a proposal's record over the reply, its rows run on (关于…的建议 | 编号:… |
        # 提案人:… | … | 关于…的回复 |): the page's up to the reply's heading; the record
        # shows itself, as its rows on lines of their own do (fix141: on any page)
        listed = _flat_record_end(texts)
    if listed and (again := _record_title_again_end(line, pieces, texts, listed)) is not None:
        # the record's title cell's value written again under the listing's link and close
        # button (the record's heading over the item's page): the listing's, to its end
        k = next(k for k, (_, b) in enumerate(pieces) if b >= again)
        if pieces[k][1] > again:  # (glued to what follows: 王某等9名代表C某交提〔…)
            pieces[k : k + 1] = [(pieces[k][0], again), (again, pieces[k][1])]
            texts = _piece_texts(line, pieces)
        listed = k + 1
    stop = next(
        (
            k
            for k, text in enumerate(texts[listed:], listed)
            if _head_stops(text, shown)
            # (not the end of a label whose characters stand apart: 文 号：, 索 引 号：)
            and not any(_bare_label(" ".join(texts[k - n : k + 1])) for n in (1, 2) if k >= n)
            and not (shown and _menu_before_crumb(texts, k))
            and not _keywords_piece(texts, k)
            # (nor the site's name and mark after its banner's welcome: 欢迎来到 某某网!)
            and not any(_welcome_apart(texts, j, k + 1) == k + 1 for j in (k - 1, k - 2) if j >= 0)
        ),
        len(texts),
    )
    if (
        0 < stop < len(texts)
        and _ROLE_APART.match(texts[stop])
        # (not a cell's clock before a role with no name: 时间: 2024-05-08 10:04 代表:)
        and _CJK_CHAR.search(texts[stop - 1]) is not None
    ):
        stop -= 1  # the names of a salutation whose role or colon stands apart (王某 代表：)
    elif 0 < stop < len(texts) and texts[stop][:1] in "您你" and _ROLE_ALONE.match(texts[stop - 1]):
        stop -= 1  # its role alone, no colon, the opening after a blank (王某  委员 您在…)
    elif (
        0 < stop < len(texts)
        and (texts[stop][:1] in "您你" or _ASKING_OPENS.match(texts[stop]) is not None)
        and (role := _ROLE_LAST.search(texts[stop - 1])) is not None
        and _names_end(texts[stop - 1][: role.start()])
    ):
        # its names and role, no colon, the opening after a blank (王某委员 您在…), or the
        # opening the verb of the item's asking opens (王某代表 提出的…建议收悉; fix164)
        stop -= 1
    if 0 < stop < len(texts) and _ROLE_OPENS.match(texts[stop]) and _names_end(texts[stop - 1]):
        # its name apart from the role (背景色：王某  委员您在…, a cell before), or its list's
        # last name (…、陈  先、赵某某  代表：您在…, the opening glued after the colon)
        stop -= 1
    while (
        0 < stop < len(texts)
        and _PADDED_REST.match(texts[stop])
        and _NAMES_PIECE.fullmatch(texts[stop - 1])
    ):
        stop -= 1  # names a padded name parts (王某、陈  先、李某 代表：): they open before it
    while 0 < stop < len(texts) and texts[stop][:1] in _LIST_MARKS and _names_end(texts[stop - 1]):
        # names whose list mark a stray blank parts from the name before it (王某 、李某等代表：,
        # as a typist set it on the letter's line: fix158): no piece of chrome opens with a
        # list's mark, so the names open before it
        stop -= 1
    if 0 < stop < len(texts):
        stop = _names_apart(texts, stop)
    out: list[tuple[int, int]] = []
    tries = _HEADING_TRIES  # (the heading is looked for at the first pieces that open no chrome)
    tabled = False  # (whether a page's table of cells was dropped before)
    i = 0
    if listed:  # a listing of the item over the letter, to its link: the site's, whole
        out.append((pieces[0][0], pieces[listed - 1][1]))
        i = listed
    elif shown and "发表于" in line and (forum := _forum_head(texts)) is not None:
        # a forum's head over its first post, the thread's title kept (fix129)
        kept, i = forum
        for k in range(i):
            if k in kept:
                continue
            if out and k - 1 not in kept:
                out[-1] = (out[-1][0], pieces[k][1])
            else:
                out.append(pieces[k])
    while i < stop:
        j = _chrome_run(texts, i, stop, shown, tabled)
        tabled = tabled or (j > i and any(_PAGE_CELL.search(t) for t in texts[i:j]))
        if j == i and shown and _RECORD_TITLE_ALONE.match(texts[i]):
            # a proposal database's record: its item's title cell, the value with it (the
            # item's title as filed, :func:`page_item_title`; no letter's title)
            j = i + 1
            while j < stop and _BARS_ONLY.match(texts[j]):
                j += 1
            j = min(j + 1, stop)
        elif j == i and shown and _TITLE_CELL_ALONE.match(texts[i]):
            j = i + 1  # a title cell's label: its value, the page's title, stays
        if j == i and _number_cell_again(texts, i):
            # the 文号 cell's value of a table the page writes twice, the run before cut after
            # its label by its length ([ 文号 ] 某函〔…〕 … [ 文号 ] 某函〔…〕): the page's
            j = i + 1
        if j == i and _REPLY_HEADING.match(texts[i]):
            j = i + 1  # a 建议 database's heading over the reply (建议答复:), the page's
        if j == i and i in articles:
            j = i + 1  # the page's heading over the article (信息内容), the title after it
        if j == i and (tries or (i > 0 and _TITLE_CELL_END.search(texts[i - 1]) is not None)):
            # (also right after a title cell's label, however many pieces opened no chrome
            # before it: its value, the page's title, is the heading the letter writes again)
            j = _heading_again(texts, i, stop)
            # (after chrome, or opening the page)
            if j == i and shown and (i == 0 or (out and out[-1][1] == pieces[i - 1][1])):
                j = _heading_over_letter(texts, i, stop, tabled)
            if j > i:
                # (after the title cell's value written again, the page's heading after it is
                # looked for too: 标题: 某局关于…的答复 某局关于…的答复 … 某局 关于…的答复)
                tries = int(i > 0 and _TITLE_CELL_END.search(texts[i - 1]) is not None)
            else:
                tries = max(0, tries - 1)
        if j > i:
            if out and line[out[-1][1] : pieces[i][0]].strip() in _CLOSE_BETWEEN:
                # (one run with the chrome before it: a colon the view would read again
                # after a blank, 分享到 ：, goes with it; so does a toolbar's close button
                # alone between the two, 打开适老化模式 x 索引号…: flat55)
                out[-1] = (out[-1][0], pieces[j - 1][1])
            else:
                out.append((pieces[i][0], pieces[j - 1][1]))
            i = j
        else:
            i += 1
    if 0 < stop < len(texts) and (glued := _REPLY_HEADING_GLUED.match(line, pieces[stop][0])):
        # the database's heading over the reply glued before the salutation it stands over
        # (…县某局 |建议答复:王某代表:您好!…, a page flattened with nothing between its lines)
        if out and not line[out[-1][1] : glued.start()].strip(CELL_BARS + " \t\u3000"):
            out[-1] = (out[-1][0], glued.end())
        else:
            out.append(glued.span())
    return _over_crumb_head(line, pieces, texts, _site_name_between(line, out))


def _article_headings(line: str, pieces: list[tuple[int, int]]) -> frozenset[int]:
    """The indices of the pieces of a flattened page's head that are the page's heading over
    the article with the letter's title after it (:data:`ARTICLE_HEADING`), each piece that
    opens with one glued to the title cut in two in ``pieces`` (the heading a piece of its
    own); empty for most heads, which name no such heading."""
    if "内容" not in line and "详情" not in line and "正文" not in line:
        return frozenset()
    found: list[int] = []
    k = 0
    while k < len(pieces):
        a, b = pieces[k]
        heading = ARTICLE_HEADING.match(line, a) if line[a] in "正详文信内" else None
        if heading is not None:
            if heading.end() < b:  # (glued to the title: a piece of its own)
                pieces[k : k + 1] = [(a, heading.end()), (heading.end(), b)]
            found.append(k)
        k += 1
    return frozenset(found)


def _forum_head(texts: list[str]) -> tuple[frozenset[int], int] | None:
    """A forum's head over its first post in the pieces of a flattened page's first line
    (``某某论坛 找回密码 注册 … 查看: 21|回复: 0 打印 上一主题 下一主题 某局对…的答复
    [复制链接] 1 发表于 2031-7-9 10:00 | 只看该作者 |阅读模式 王某代表:…``): the post's
    header (:data:`_POST_STAMP`, its links after bars), no piece over it a sentence nor a
    salutation (the letter has not begun: a count's label, ``查看:``, may end the head's
    run of cells before it), is the page's, and so is every piece over it but
    those in a title's words (the thread's title, the letter's). The indices of those kept,
    and the piece after the header; None when no such header stands there. The lines of
    such a head are read so too (:func:`_over_crumb`)."""
    at = next(
        (k for k in range(min(len(texts), _POST_PIECES)) if texts[k].startswith("发表于")), None
    )
    if at is None or any(
        _SENTENCE.search(texts[k]) or _SALUTATION_OPENS.match(texts[k]) for k in range(at)
    ):
        return None
    end = at + 1
    while end < len(texts) and _POST_STAMP.match(" ".join(texts[at : end + 1])) is not None:
        end += 1
    if _POST_STAMP.match(" ".join(texts[at:end])) is None:
        return None
    # (a crumb over the header, a blog's or a portal's page under its byline as a forum's:
    # its steps are the page's to its last, 首页 > 建议提案办理 > …, whatever words they hold;
    # the title is looked for after it: review68)
    first = next((k + 1 for k in range(at - 1, -1, -1) if _CRUMB_ARROW.search(texts[k])), 0)
    if first and texts[first - 1].endswith(_CRUMB_ARROWS) and first < at:
        first += 1  # (the arrow a piece of its own or ending one: the step after it)
    kept = _forum_title_pieces(texts[first:at])
    return frozenset(k + first for k in kept), end


_CRUMB_ARROWS = (">", "»", "›", "→", "＞")
_CRUMB_ARROW = re.compile(r"-*>|»|›|→|＞|&gt;")
"""A crumb's arrow in a piece of a flattened head, a piece of its own or in a step's words
(a forum's counts part with bars, ``查看: 21|回复: 0``, no arrow)."""


def _forum_title_pieces(texts: list[str]) -> frozenset[int]:
    """The indices of ``texts`` (a forum's head's lines or pieces over its first post) that
    are the thread's title: each holding a title's words (:data:`_TITLE_WORDS_ONLY`), or
    one a title's word runs into from the next or the one before, broken there by a print's
    wrap or spread out (``某局对市某届人`` / ``大某次会议第12号建议的`` / ``答    复``: 人大,
    答复); the rest are the forum's."""
    words = [_SPREAD_BLANKS.sub("", text) for text in texts]
    # (and the letter's 发文字号 under its title, over a news page's byline that reads as a
    # post's header: a forum's head holds none, review68)
    kept = {
        k
        for k, text in enumerate(words)
        if _TITLE_WORDS_ONLY.search(text) or _HEAD_NUMBER.search(text)
    }
    for k in range(len(words) - 1):
        joined = words[k] + words[k + 1]
        if len(_TITLE_WORDS_ONLY.findall(joined)) > len(_TITLE_WORDS_ONLY.findall(words[k])) + len(
            _TITLE_WORDS_ONLY.findall(words[k + 1])
        ):
            kept.update((k, k + 1))
    return frozenset(kept)


_SPREAD_BLANKS = re.compile(r"\s+")


_POST_PIECES = 40
"""How many pieces from a flattened page's start a forum's first post header may stand."""
_TITLE_WORDS_ONLY = re.compile(r"关于|建议|提案|议案|答复|复函|的函|会议|人大|政协")
"""A title's words in a piece of a forum's head (:data:`_NOT_HEADER`'s, a label's colon
aside: ``查看:`` is a count's)."""


def _today_whole(line: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with the site's widget of the visitor's day one piece, its clock and lunar
    date's label left to a script (``今天是:00:00:00 农历:``, :data:`_TODAY`), as a line of
    its own reads it: the label's colon ends no head there (flat61a)."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(pieces):
        a, b = pieces[k]
        k += 1
        if line.startswith(_TODAY_LEADS, a):
            # (its label cut from its colon by the label reader, 当前 / 时间：, read whole)
            while k < len(pieces) and _TODAY.match(_norm(line[a : pieces[k][1]])) is not None:
                b = pieces[k][1]
                k += 1
        out.append((a, b))
    return out


def _piece_texts(line: str, pieces: list[tuple[int, int]]) -> list[str]:
    """The pieces of a flattened head as compared (:func:`_norm`), a spaced 首页 read whole,
    its blanks aside."""
    return [
        "首" + _norm(line[a + 1 : b]).lstrip()
        if b - a > 1 and line[a] == "首" and line[a + 1].isspace()
        else _norm(line[a:b])
        for a, b in pieces
    ]


_AGAIN_LEAST = 6
"""How many characters a record's title cell's value written again has at least."""


def _record_title_again_end(
    line: str, pieces: list[tuple[int, int]], texts: list[str], listed: int
) -> int | None:
    """Where, in a flattened head, the record's title cell's value written again ends, right
    after the listing that ends at piece ``listed`` (its link) and the page's close button
    (``题  目: 关于…的议案 王某等9名代表 领衔代表: … 详细查看 关闭 关于…的议案 王某等9名代表
    C 某交提〔…``; glued, ``…代表C某交提〔…``): the record's heading over the item's page, as
    fix95 reads it on a line of its own (flat61a). The value is compared blanks aside, and
    is written whole: in the record a label and its colon follow it (``领衔代表:``, ``提 案
    者:``). None when no record's title cell opens the listing or the words after the close
    button write another title (the reply's own)."""
    cell = _RECORD_TITLE_LABEL.search(line, pieces[0][0], pieces[listed - 1][1])
    k = listed
    while k < len(pieces) and _TOOLS.match(texts[k]) is not None:
        k += 1  # (the page's close button: 关闭, 【关闭】)
    if cell is None or k == len(pieces):
        return None
    r, a, record_end = cell.end(), pieces[k][0], pieces[listed - 1][1]
    matched, count = a, 0
    while r < record_end and a < len(line):
        if line[r].isspace():
            r += 1
        elif line[a].isspace():
            a += 1
        elif line[r] != line[a]:
            break
        else:
            r, a, count = r + 1, a + 1, count + 1
            matched = a
    if count < _AGAIN_LEAST:
        return None
    rest = line[r:record_end].lstrip()
    label = _LABEL.match(rest)
    if label is None or not rest[label.end() :].lstrip().startswith((":", "：")):
        return None  # (the value read on past its end, or not to it)
    return matched


def _spaced_home(line: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with a menu's 首页 spaced out to its items' width (``首   页 走进某县 新闻
    中心 …``, decided flat55) one piece, as :data:`_MENU_ROW` reads it on a line of its own:
    a lone 首 before a piece opening with 页."""
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        if out and line[out[-1][0] : out[-1][1]] == "首" and line[a] == "页":
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_SPACED_MOST = 3
"""How many lone characters of a label whose characters stand apart go before its last."""
_SPACED_CELLS = _PAGE | _TABLE_ONLY
"""The labels read whole spaced out: a page's table's own (发布机构, 内容概述, 时效), no
letter's (its class row, ``类  别：B``, ends the page's head, as the record reads it)."""


def _spaced_labels(line: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with a page's label its table spaced out to its cell's width one piece
    (``发 布 机 构: 某处``, ``时     效:…`` glued to its value), as the label reads on a line
    of its own: lone characters, up to :data:`_SPACED_MOST` of them, whose run with the
    piece after them opens with one of :data:`_LABELS` ending right at its colon in that
    last piece. A value glued after the colon is a piece of its own, as after a blank."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(pieces):
        a, b = pieces[k]
        label = _spaced_label_end(line, pieces, k) if b - a == 1 else None
        if label is None:
            out.append((a, b))
            k += 1
            continue
        n, colon = label
        out.append((a, colon))
        if colon < pieces[k + n][1]:  # (its value glued after the colon: a piece)
            out.append((colon, pieces[k + n][1]))
        k += n + 1
    return out


def _spaced_label_end(line: str, pieces: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """How many pieces after the lone character ``pieces[k]`` a label spaced out runs on
    (:func:`_spaced_labels`), and where after its colon it ends; None when it opens none."""
    a = pieces[k][0]
    if not "\u4e00" <= line[a] <= "\u9fff":
        return None
    for n in range(1, min(_SPACED_MOST, len(pieces) - 1 - k) + 1):
        last = pieces[k + n]
        m = _LABEL.match(line, a, last[1])
        if (
            m is not None
            and last[0] < m.end() < last[1]
            and line[m.end()] in ":："
            and _BLANKS.sub("", m.group("label")) in _SPACED_CELLS
        ):
            return n, m.end() + 1
        if last[1] - last[0] != 1:
            return None  # (the characters before the last stand alone, each)
    return None


_CLOSE_LEAD = re.compile(r"^[xX×✕]\s*(?=[\u4e00-\u9fff])")
"""A toolbar's close button before the site's name, a blank after it or none (``x 某县人民政府``,
``x某县人民政府``)."""
_PAGE_LABEL_REACH = 12
"""How far into a run a page's table label is read (``索 引 号``, ``发布机构``)."""


def _site_name_between(line: str, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``out`` with two runs of chrome joined when all that stands between them is the site's
    name glued to one of the page's words that opens the second (``手机版某县人民政府政府信息
    公开全文检索…``: :data:`_PAGE_WORD`), as a copy without blanks runs the site's header: the
    site's, no authority over the letter's title. So is the name alone, blanks about it or
    none, the toolbar's close button before it or not, when the second run opens with a
    label of the page's metadata table (``加入收藏 x 某县人民政府 索引号 …``, glued
    ``加入收藏x某县人民政府索引号…``; fix141): the banner between the site's tools and its
    table, over the letter, never its issuer."""
    joined = out[:1]
    for start, end in out[1:]:
        gap = line[joined[-1][1] : start]
        if (
            not line[start - 1].isspace()
            and _SITE_NAME_GLUED.fullmatch(gap.strip()) is not None
            and _PAGE_WORD.match(line, start) is not None
        ) or (
            _SITE_NAME_GLUED.fullmatch(_CLOSE_LEAD.sub("", gap.strip())) is not None
            and page_label_opens(line[start : start + _PAGE_LABEL_REACH])
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _over_crumb_head(
    line: str, pieces: list[tuple[int, int]], texts: list[str], out: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``out`` with the pieces before its first run of chrome when that run holds the page's
    breadcrumb and they read as the site's header (:func:`_over_crumb`: no title's words,
    no sentence; a row of adverts over the site's banner)."""
    if not out or out[0][0] == pieces[0][0] or not 0 < out[0][0] <= _LONGEST:
        return out
    first = next(k for k, (a, _) in enumerate(pieces) if a == out[0][0])
    last = next(k for k, (_, b) in enumerate(pieces) if b == out[0][1])
    if not any(_CRUMB.match(t) for t in texts[first : last + 1]):
        return out
    if _NOT_HEADER.search(_norm(line[: out[0][0]])) is not None:
        return out
    return [(pieces[0][0], out[0][1]), *out[1:]]


def _listing_end(texts: list[str]) -> int:
    """Where a listing of the item that a page prints over its letter ends, in the pieces
    of a flattened head (``题目：关于…的建议 … 主办单位 会办 交办日期 某厅 2016-03-01
    详细查看``): after its first link to the item (:data:`_DETAIL_WORDS`) that a row of its
    columns' heads stands before; 0 where none does."""
    for k, text in enumerate(texts):
        if "查看" in text and _DETAIL_LINK.fullmatch(text):
            # (two pieces a row of heads, or one its heads glued: 主办单位会办交办日期; or
            # opened by three heads or more, its values glued after them: 答复日期承办单位答复
            # 某局2099年5月22日)
            if any(_labels_row(f"{texts[m]} {texts[m + 1]}") for m in range(k - 1)) or any(
                _GLUED_HEADS().fullmatch(texts[m]) or _HEADS_OPENING().match(texts[m])
                for m in range(k)
            ):
                return k + 1
            return 0
    return 0


_KEYWORD_LABELS = ("关键词", "关键字", "主题词")
"""A keyword cell's label as a table without colons ends a piece with it (``浏览量主题词``)."""
_KEYWORD_VALUE_LONGEST = 8
"""How long a keyword cell's value glued before the title may be (``教育``, ``人大建议``)."""
_VALUE_BEFORE = " \t\u3000:："
"""What stands right before a cell's value: its label's blank or colon."""
_AUTHORITY_AGAIN_SHORTEST = 4
"""How long an authority's name a cell wrote before must be to be known again (某县某局)."""


_NAMED_TITLE_AT = re.compile(rf"(?P<name>{_TITLE_AUTHORITY})(?:关于|对)")
"""A title opening with its authority's name, then 关于 or 对."""


def _named_before(line: str, name: str, end: int) -> bool:
    """Whether ``name`` stands whole as a cell's value in ``line[:end]``: after a blank or a
    colon (its label's), or opening the line."""
    k = line.find(name, 0, end)
    while k >= 0:
        if k == 0 or line[k - 1] in _VALUE_BEFORE:
            return True
        k = line.find(name, k + 1, end)
    return False


def _keyword_value_end(line: str, a: int, b: int) -> int | None:
    """Where, in the piece ``line[a:b]`` after a keyword cell's label and a blank (``主题词
    教育某县某局关于…``), the cell's short value ends and the letter's title opens: at an
    authority's name that a cell of the line wrote before (the page's 发布机构, ``发布机构
    某县某局``), 关于 or 对 right after it; None where no such name opens there (a value of
    the page's alone, or a title glued after it whose authority no cell named), or where it
    opens the piece (the cell left empty, the title after its blank: ``主题词 某局关于…``)."""
    for at in range(a, min(b, a + _KEYWORD_VALUE_LONGEST + 1)):
        if not _CJK_CHAR.match(line, at):
            return None
        title = _NAMED_TITLE_AT.match(line, at, b)
        if title is None or len(name := title.group("name")) < _AUTHORITY_AGAIN_SHORTEST:
            continue
        # (the name whole as a cell's value, after its label's blank or colon: 发布机构 某局)
        if _named_before(line, name, a):
            return at if at > a else None  # (at the piece's start: the cell left empty)
    return None


def _glued_apart(line: str, pieces: list[tuple[int, int]], shown: bool) -> list[tuple[int, int]]:
    """``pieces`` parted where a copy that lost its blanks glued two of them: before a
    label and its colon (``…的答复发布时间：…浏览次数：…``), after a title's ending that a
    发文字号 or a title follows (``…的复函某财函〔2023〕8号…``), after an image's file name
    (``top_img.png对…``), a table's bars (``| |某函〔2024〕3号``), a tool's brackets, a
    cell's count or a page's date in figures;
    on a page (``shown``) also after the site's furniture that opens a piece
    (``今天是：欢迎访问某县人民政府门户网无障碍浏览长者模式某局关于…``), before a crumb's 首页
    the site's name is glued to, after a crumb's last step where the article's heading
    is glued to it (``首页>正文关于…``, ``首页>建议提案办理某局关于…``), and around the
    labels of a metadata table that lost its colons (:func:`_bare_cells`)."""
    out: list[tuple[int, int]] = []
    # (a table's cells without colons, glued, in a run of them: cut before the letter's first
    # sentence only, where a page's head stands)
    first = _SENTENCE.search(line)
    ran = _bare_run(line, len(line) if first is None else first.start()) if shown else set()
    stepped = False  # (whether the piece before ends with a crumb's step)
    dash_crumb = "首页" in line and _DASH_CRUMB_AT.search(line, 0, _HEAD_REACH) is not None
    labelled = False  # (whether it ends with a label's colon)
    sized = ""  # (the font tool's next size, when the piece before ends with one: 大 中 小)
    last = ""  # (the piece before, as written)
    counted = False  # (whether it is a count of views left empty: 点击数:)
    keyworded = False  # (whether it ends with a keyword cell's label, no colon: 主题词)
    celled = False  # (whether it ends with a page label of a body and its colon)
    valid = False  # (whether it ends with a validity cell's label: 时效性：)
    bulleted = False  # (whether it is a list's bullet alone: • or a dash)
    for a, b in pieces:
        furniture: list[tuple[int, int]] = []  # (the site's furniture that opens a part of it)
        # (a label that opens with a title's ending, 答复日期：, after text is that ending and
        # a label: …的答复日期：2024-05-21)
        # (a label may run past the piece: 类 别：, its characters apart)
        labels = _labels_from(line, a, b)
        # (a piece it opens, or words no title ends with before it, the label whole:
        # 答复时间：2024-06-12 after a blank, 某局答复时间：…)
        cuts = {
            m.start()
            + (
                2
                if line.startswith(_LABEL_AFTER_TITLE, m.start())
                and _TITLE_BEFORE_ENDING.search(line, a, m.start()) is not None
                else 0
            )
            for m in labels
        }
        # (a label its bracket opens, glued after text: …的答复【字体：, the bracket the tool's)
        cuts.update(
            m.start() - 1
            for m in labels
            if m.start() - 1 > a and line[m.start() - 1] in _LABEL_BRACKETS
        )
        cuts.difference_update(
            m.start()
            for m in labels
            if m.start() - 1 > a and line[m.start() - 1] in _LABEL_BRACKETS
        )
        # (what follows a title's ending is looked at past the piece: 某局 关于…, a blank in it)
        cuts.update(
            m.end()
            for m in _GLUED_TITLE_END.finditer(line, a, min(len(line), b + _TITLE_AHEAD))
            if m.end() < b
        )
        cuts.update(m.end() for m in _GLUED_IMAGE.finditer(line, a, b) if m.end() < b)
        if shown and any(sign in line[a:b].lower() for sign in _ADDRESS_SIGNS):
            # (the site's address, its menu glued after it: www.example.gov.cn政府信息公开)
            cuts.update(m.end() for m in _GLUED_ADDRESS.finditer(line, a, b) if m.end() < b)
        cuts.update(m.end() for m in _GLUED_CELL_END.finditer(line, a, b) if m.end() < b)
        cuts.update(m.end() for m in _GLUED_PAGE_DATE.finditer(line, a, b) if m.end() < b)
        if b - a > 1 and line[a] in "ABCD" and _PAGE_DATE_FIGURES.match(line, a + 1, b):
            cuts.add(a + 1)  # (a class mark glued to the page's date after it: B2017-12-16)
        if (classed := _CLASS_VALUE_GLUED.search(line, a, b)) is not None and classed.end() < b:
            # (the letter's class glued to the issuer's name after it: 类别:B某市某局 签发人:…)
            cuts.add(classed.end())
        if (clock := _CLOCK_THEN_MARK.match(line, a, b)) is not None:
            # (the page's clock, the letter's class mark and its title glued after it:
            # 09:30B某局关于…): each a piece of its own, so the mark stays the letter's
            cuts.update(p for p in (clock.end(), clock.end() + 1) if a < p < b)
        if (dated := _DATE_THEN_MARKS.search(line, a, b)) is not None:
            # (the page's date cell, the letter's class mark and publication value glued
            # after it over its number: 发布时间：2099年1月2日A同意公开某函〔…〕): each a piece
            # of its own, so the marks stay the letter's (flat74)
            cuts.update(p for p in (dated.end("date"), dated.end("mark"), dated.end()) if a < p < b)
        if shown and (tooled := _TOOL_THEN_MARKS.match(line, a, b)) is not None:
            # (a tool's word, then the letter's marks over its number, all glued: 打印A公开
            # 某函〔2022〕8号): each a piece of its own, so the marks stay the letter's
            cuts.update(
                p for p in (tooled.end("tool"), tooled.end("mark"), tooled.end()) if a < p < b
            )
        if (tooled_body := _BODY_THEN_TOOL.match(line, a, b)) is not None:
            # (a body's cell, a page's tool glued after its value, the letter glued after
            # that: 信息来源：某局收藏关于…): the tool a piece of its own, the letter's apart
            cuts.update(p for p in (tooled_body.start("tool"), tooled_body.end()) if a < p < b)
        if keyworded and (named := _keyword_value_end(line, a, b)) is not None:
            # (a keyword cell's value after a blank, the title glued after it, its authority
            # the one a cell named before: 发布机构 某局 … 主题词 教育某局关于…; fix141)
            cuts.add(named)
        if counted and (unit := _COUNT_UNIT.match(line, a, b)) is not None and unit.end() < b:
            # (a count left empty, its unit after a blank and the letter's words glued to the
            # unit: 点击数: 人次某函〔…; flat61a)
            cuts.add(unit.end())
        elif counted and (figures := _COUNT_FIGURES.match(line, a, b)) is not None:
            # (the count's figures after a blank, the letter's number or title glued to them:
            # 浏览次数: 1某函〔…〕3号（A）类对…; fix140)
            cuts.add(figures.end())
        if line[a] in ":：":
            cuts.add(a + 1)  # (a label's colon apart from it, words glued after: 分享到 ：王某…)
        elif labelled and line[a] in "-—–" and a + 1 < b and _CJK_CHAR.match(line, a + 1):
            cuts.add(a + 1)  # (a dash for an empty cell's value, words glued: 访问量： -某函〔…〕)
        elif line[a] in "!！" and a + 1 < b:
            cuts.add(a + 1)  # (a banner's mark set apart, the next piece glued: 网站 !县委|)
        elif line[a] in CELL_BARS:
            # (a table's last bar, the words of the letter glued after it: | |某函〔2024〕3号)
            bars = _BARS.match(line, a, b)
            cuts.add(bars.end() if bars is not None else a + 1)
        if (
            not shown
            and a == 0
            and (welcome := _WELCOME_BEFORE_OPENER.match(line, a, b)) is not None
        ):
            # (a page with no other sign of one: the site's welcome opening the line, the
            # letter's salutation glued after it, 欢迎来到某区政务服务门户网站尊敬的李某委员：)
            cuts.add(welcome.end("welcome"))
        if shown:
            if any(bar in line[a + 1 : b - 1] for bar in CELL_BARS):
                # (a menu's items parted by bars alone, no blank: 某县政府|加入收藏|手机版…)
                cuts.update(m.end() for m in _BARS.finditer(line, a + 1, b) if m.end() < b)
            if "查看" in line[a:b]:
                # (a listing's link glued after its last cell's date, the page's close button
                # and the letter after it: …2099年5月22日详细查看关闭某厅关于…): apart
                cuts.update(
                    p
                    for m in _GLUED_LINK.finditer(line, a, b)
                    for p in (*m.span("link"), m.end())
                    if a < p < b
                )
            if (opener := _TOOL_THEN_OPENER.match(line, a, b)) is not None:
                cuts.add(opener.end())  # (【关闭尊敬的王某代表：, its 】 lost)
            # (a government's disclosure platform's name glued before the title, on any page,
            # as alone on its line it shows one: 某市政府政务公开平台某局关于…, left71)
            if "公开" in line[a : a + _DISCLOSURE_REACH] and (
                (banner := _DISCLOSURE_THEN_TITLE.match(line, a, b)) is not None
                and _DISCLOSURE_BANNER.match(banner.group()) is not None
                and _REPLY_TITLE_END.search(line, banner.end(), b) is not None
            ):
                cuts.add(banner.end())
            # (a question box's counter glued after its button: 关闭你还可以输入40关于…)
            if "输入" in line[a:b]:
                cuts.update(m.start() for m in _GLUED_COUNTER.finditer(line, a, b) if m.start() > a)
            # (the read-aloud tool glued after the title: …的答复函语音播报语音合成中，请耐心等待…)
            if "播报" in line[a:b] or "语音合成" in line[a:b]:
                aloud = _GLUED_READ_ALOUD.finditer(line, a, b)
                cuts.update(m.start() for m in aloud if m.start() > a)
            # (the validity note glued after the title: …的答复函文件已失效王某代表：)
            if "已失效" in line[a:b] or "已废止" in line[a:b] or "现行有效" in line[a:b]:
                notes = _GLUED_VALIDITY.finditer(line, a, b)
                cuts.update(m.start() for m in notes if m.start() > a)
            # (a panel's heading, its links left out, glued between the title and the
            # letter's 发文字号: …的答复相关文章：访谈解读：某函〔…; flat62)
            if "：" in line[a:b] or ":" in line[a:b]:
                for m in _GLUED_PANEL_HEADING.finditer(line, a, b):
                    cuts.update(p for p in m.span() if a < p < b)
            # (the crumb's last step ended where the heading is glued: where a tool's word
            # may open the title below)
            cuts.update(_crumb_ends(line, a, b, stepped))
            banner = _STEP_NAME.match(line, a, b) if labelled else None
            if banner is not None and _PAGE_WORDS_TITLE.match(line, banner.end()):
                cuts.add(banner.end())  # a cell's value glued to the heading: 建议提案关于…
            if line[a] in "-—" and line.startswith("正文", a + 1) and a + 3 <= b:
                # (a crumb's dashed last step: 人大建议 -正文某局…, or alone, 人大建议 -正文 某局…)
                cuts.update((a + 1, a + 3) if a + 3 < b else (a + 1,))
            cuts.update(_glued_crumbs(line, a, b))
            # (its lead's look-ahead sees past the piece: …当前所在:首页 > …, a blank, a step)
            cuts.update(
                m.start()
                for m in _GLUED_CRUMB_LEAD.finditer(line, a, min(len(line), b + 4))
                if m.start() < b
            )
            # (at the piece's start or where a cut above parts it: ]我要纠错某局关于…)
            for at in (a, *sorted(c for c in cuts if a < c < b)):
                lead = _furniture_at(line, at, b)
                if lead is not None and lead.end() < b:
                    cuts.add(lead.end())
                if lead is not None:
                    furniture.append(lead.span())
                # (the page's words from there, or after the furniture, up to the next cut:
                # 手机版某县人民政府政府信息公开全文检索索引号：…)
                start = at if lead is None else lead.end()
                upto = min((c for c in cuts if c > start), default=b)
                cuts.update(_page_words_apart(line, start, upto))
                if line.startswith(_MENU_HOME, start):  # (after the banner: …欢迎您！网站首页…)
                    cuts.update(_home_steps_apart(line, start, b))
                # (a tool's word the page shows its own, the title glued after it, there or
                # after a crumb's last step: 打印某局关于…的答复, 建议提案打印关于…)
                tool = _TOOL_THEN_TITLE.match(line, start, b) or _TOOL_THEN_NAME.match(
                    line, start, b
                )
                if (
                    tool is not None
                    and _REPLY_TITLE_END.search(line, tool.end(), b) is not None
                    and _tool_of_the_page(line, start)
                ):
                    cuts.add(tool.end())
                # (the share tool's bare word glued after the crumb's last step, the title's
                # 关于 or 对 glued after it: …>>正文分享对…, fix164; mend75c)
                share = _SHARE_THEN_TITLE.match(line, start, b)
                if (
                    share is not None
                    and _REPLY_TITLE_END.search(line, share.end(), b) is not None
                    and _share_after_step(line, start)
                ):
                    cuts.add(share.end())
                # (an accessibility toolbar glued whole before the title: 拼音辅助浏览…大鼠标对…)
                access = _ACCESS_THEN_TITLE.match(line, start, b)
                if access is not None and _REPLY_TITLE_END.search(line, access.end(), b):
                    cuts.add(access.end())
            for at in [c for c in cuts if a < c < b and line[c] in "当您首"]:
                # (a crumb whose lead a cut above parted from the words glued before it:
                # 网站地图您当前位置：首页>详细资料对区…会议…, its last step glued to the title)
                cuts.update(_crumb_ends(line, at, b, False))
            if "." in line[a:b]:  # (a menu's link, the next name or the heading glued to it)
                cuts.update(m.end() for m in _GLUED_LINK_END.finditer(line, a, b) if m.end() < b)
            if (empty := _EMPTY_CELL_TITLE.match(line, a, b)) is not None:
                cuts.add(empty.end())
            for at in (a, *(m.start() for m in labels)):
                cell = _PAGE_CELL_TITLE.match(line, at, b)
                if cell is not None:  # a page cell's value glued to the title (发布人：某局关于…)
                    cuts.add(cell.end())
            for m in labels:  # (a page cell left empty, the title glued: 生效日期：某局关于…)
                label = m.group().rstrip(":：")
                page = label in _PAGE
                if (page or label in _KEYWORD_CELLS) and (
                    _AUTHORITY_TITLE_AT.match(line, m.end(), b)
                    # (相关文件：对…的答复, 有效性:某局对…的答复)
                    or (page and _TO_TITLE_AT.match(line, m.end(), b))
                ):
                    cuts.add(m.end())
                elif label in _KEYWORD_CELLS and _heading_again_at(line, m.end(), b):
                    # (the keywords' cell left empty, the page's heading glued after it, as
                    # its title cell wrote it before: 关键词：区政协某次会议《关于…》答复)
                    cuts.add(m.end())
                elif (number := _NUMBER_THEN_TITLE.match(line, m.end(), b)) is not None:
                    # (or the letter's 发文字号 glued after it, its title after that:
                    # 关键词：某办〔2099〕2号关于…): the number and the title apart
                    cuts.update((m.end(), number.end()))
            # (a validity cell's value, the heading glued after it: 时效性: 有效某局关于…)
            if "效" in line[a:b]:
                cuts.update(m.end() for m in _VALIDITY_CELL.finditer(line, a, b) if m.end() < b)
            if valid and (value := _VALIDITY_OPENS.match(line, a, b)) is not None:
                cuts.add(value.end())
            if celled and (value := _CELL_AUTHORITY.match(line, a, b)) is not None:
                cuts.add(value.end())  # (its value after a blank: 发布机构： 某局关于…)
            elif (
                celled
                and (code := _CODE_BEFORE_NUMBER.match(line, a, b)) is not None
                and (n := body_before_code(code.group(), _names_body))
            ):
                # (its value glued to the letter's 发文字号: 发布单位： 甲山市某局甲农函〔…〕;
                # the cell's body apart, the number the letter's; head73)
                cuts.add(a + n)
            cuts.update(_bare_cells(line, a, b, cuts))
            cuts.update(c for c in ran if a < c < b)
            if b - a > 1 and line[b - 1] in _LABEL_BRACKETS and _bracketed_label_at(line, b):
                # (a table's next label's opening bracket glued to a cell's value, the label
                # after a blank: …人大建议办理[ 发布机构 ] 市科技局…; a row a line, lines glued)
                cuts.add(b - 1)
            if line[b - 1] in _GLUED_BULLETS and b - a > 1:
                cuts.add(b - 1)  # (a list's next bullet glued to a value: 某局• 2020-09-30)
            elif line[b - 1] == "-" and b - a > 1 and b < len(line):
                # (a text copy's dash item, its blank after the dash, glued to the value
                # before it: 某局- 发布日期- 2020-09-30; a dash at a piece's end before a blank
                # parts nothing of the letter's)
                cuts.add(b - 1)
            if bulleted and (dated := _DATE_OPENS.match(line, a, b)) is not None:
                cuts.add(dated.end())  # (a list's date, a title glued: • 2020年9月30日关于…)
            elif bulleted and (valued := _VALUE_THEN_TITLE.match(line, a, b)) is not None:
                cuts.add(valued.end())  # (a list's value, a title glued: • 建议提案关于…)
        if (
            line[a] in _SIZE_BARS_FIRST
            and _FONT_TOOL_END.search(last) is not None
            and (bars := _SIZE_BARS.match(line, a, b)) is not None
            and bars.end() < b
        ):
            # (a mirror's font sizes, their links' words lost to bars, the largest kept, the
            # salutation glued after them: 字体: |||超大某某代表：)
            cuts.add(bars.end())
        if sized and line[a] == sized and b > a + 1:
            # (a font tool's next size, words glued after it: 大 中 小关于…, 字号：大 中某函〔…)
            cuts.add(a + 1)
        sized = (
            _NEXT_SIZE.get(line[b - 1], "")
            if line[a:b] in _NEXT_SIZE or _FONT_SIZES_END.search(line, a, b)
            else ""
        )
        # (the sizes written the other way, the last glued to the salutation: 【字体: 小 中
        # 大某镇代表团：…; flat61a)
        if line[a:b] == "中" and last == "小":
            sized = "大"
        elif line[a:b] == "小" and _FONT_TOOL_END.search(last) is not None:
            sized = "中"
        last = line[a:b]
        keyworded = shown and last.endswith(_KEYWORD_LABELS)
        counted = _VIEWS_LEFT_EMPTY.search(_norm(last)) is not None
        # (or such a label alone, a table's cell whose colon the page never wrote: 发布机构
        # 某局关于…, its value after a blank; fix164)
        celled = _BODY_LABEL_END.search(line, a, b) is not None or (shown and last in _BODY_LABELS)
        valid = _VALIDITY_LABEL_END.search(line, a, b) is not None
        # (or is a dash alone in a crumb whose steps dashes part: 首页 - 政务公开 - 正文某局…)
        stepped = line[b - 1] in _STEP_CHARS or (
            dash_crumb and _DASH_ONLY.match(line, a, b) is not None
        )
        labelled = line[b - 1] in ":："
        # (the furniture whole: a label its words hold parts none of it, 正文内容区域请使用…)
        cuts.difference_update(c for c in list(cuts) for f, g in furniture if f < c < g)
        for cut in sorted(c for c in cuts if a < c < b):
            out.append((a, cut))
            a = cut
        out.append((a, b))
        bulleted = line[a:b] in _HEAD_BULLETS  # (a bullet alone, or cut from its value)
    return out


def _bracketed_label_at(line: str, at: int) -> bool:
    """Whether a table's label in brackets goes on at ``line[at]``, past blanks, its opening
    bracket before ``at`` (``[ 发布机构 ]``)."""
    while at < len(line) and line[at] == " ":
        at += 1
    return _LABEL.match(line, at) is not None


def _bare_cells(line: str, a: int, b: int, cuts: set[int]) -> list[int]:
    """Where, in ``line[a:b]``, the cells of a page's metadata table stand apart that a copy
    glued label to value and cell to cell, no colon written (``索引号0000/2024-001主题分类
    教育发布机构某局文号``, ``• 发布机构某局•``): before and after each label, when a label of
    the page's own opens the piece (or a part a cut above made) glued to its value."""
    index = _INDEX_CODE.search(line, a, b)  # (the index number's cell after a tool: 关闭索引号…)
    starts = {a, *(c for c in cuts if a < c < b), *(() if index is None else (index.start(),))}
    for at in sorted(starts):
        if _BARE_CELL_OPEN.match(line, at, b) is not None:
            spans = [m.span() for m in _BARE_CELL.finditer(line, at, b)]
            out = [p for span in spans for p in span if a < p < b]
            # (a text copy's dash items glued with no blank, the dash between a value and
            # the next label: 某栏目-索引号…-发布机构某局-文号…: the dash apart from both)
            out += [s - 1 for s, _ in spans if s - 1 > a and line[s - 1] in _LIST_DASHES]
            return out
    return []


def _labels_from(line: str, a: int, b: int) -> list[re.Match[str]]:
    """The matches of :data:`_GLUED_LABEL` that start in ``line[a:b]``."""
    out = []
    for m in _GLUED_LABEL.finditer(line, a, min(len(line), b + _LABEL_REACH)):
        if m.start() >= b:
            break
        out.append(m)
    return out


def _glued_crumbs(line: str, a: int, b: int) -> list[int]:
    """Where in ``line[a:b]`` a crumb's 首页 starts that the site's name is glued before (its
    step may stand in the next piece). Each 首页 of the piece is asked where it stands (the
    pattern's look-behind sees the characters before it, its look-ahead those after ``b``):
    a search from ``a`` with no end ran on to the line's end when the piece held none, the
    whole of a long flattened line once for each piece of its head."""
    out = []
    at = line.find("首页", a, b + 1)
    while 0 <= at < b:
        if _GLUED_CRUMB.match(line, at) is not None:
            out.append(at)
        at = line.find("首页", at + 1, b + 1)
    return out


_HOME_GLUED = re.compile(r"(?:网站)?首页(?=[\u4e00-\u9fff])")
"""A crumb's home opening a piece, no arrow after it, its steps glued (``网站首页县政协提案``)."""
_HOME_STEPS_LONGEST = 3 * 8
"""How long a crumb's steps glued after its home run at most (:data:`_CRUMB_STEPS_LISTED`
names of a menu's item's length, :data:`_MENU_ITEM`)."""
_HOME_STEPS = re.compile(r"[\u4e00-\u9fff]+")
_REPLY_TITLE_REACH = 80
"""How far after a title's 关于 its reply's ending is looked for."""


def _home_steps_apart(line: str, a: int, b: int) -> list[int]:
    """Where a crumb with no arrows that opens ``line[a:b]`` with its home is parted from its
    steps and from the title glued after them (``网站首页县政协提案对县某届政协某次会议…``,
    a page flattened with nothing between its lines, its crumb listed a step a line): after
    the home, and before the title's 关于 (a reply's ending after it) or its 对 and the
    session it answers from (:data:`_TITLE_SESSION`), the steps between mere words. Empty
    where the piece holds no such title: a menu's items glued stay as they were read."""
    home = _HOME_GLUED.match(line, a, b)
    if home is None:
        return []
    steps = _HOME_STEPS.match(line, home.end(), b)
    reach = min(b, home.end() + _HOME_STEPS_LONGEST + 1)
    if steps is None:
        return []
    session = _TITLE_SESSION.search(line, home.end(), min(steps.end(), reach + 2))
    about = line.find("关于", home.end(), min(steps.end(), reach + 1))
    if about >= 0 and _REPLY_TITLE_END.search(line, about, about + _REPLY_TITLE_REACH) is None:
        about = -1
    title = min((p for p in (about, session.start() if session else -1) if p >= 0), default=-1)
    if title < 0:
        return []
    return [p for p in (home.end(), title) if a < p < b]


_DASH_STEPS = re.compile(
    r"(?:网站)?首页(?:\s*[-－—–]{1,2}\s*[^-－—–\s]{1,12}(?=\s*[-－—–]))*\s*[-－—–]{1,2}"
)
"""A crumb's steps parted by dashes, up to the dash before its last step's name, the heading
glued to that name (``首页-政务公开-建议提案办理-正文某局关于…``): each step before it a
short name."""


_WHOLE_TITLE_STEP = re.compile(
    rf"(?!.*?(?:建议|提案|议案|办理|答复|回复).*?关于){_TITLE_AUTHORITY}关于"
    rf"(?=.*(?:{_REPLY_TITLE_END.pattern})$)"
)
"""A crumb's last step that is a reply's whole title, its authority glued to its 关于 (NFKC:
``某县某局关于…的答复``): the words before 关于 an authority's name, no section's words in it
(``建议提案办理结果公开某局关于…`` is a section's step, the heading glued to it)."""
_WHOLE_TITLE_LONGEST = 120
"""The longest such step (an authority's name and a title's length)."""


def _whole_title_step(line: str, a: int, b: int) -> bool:
    """Whether ``line[a:b]``, a piece after a crumb's step and the blank after it (``首页 >
    政府信息公开 > 某县某局关于…的答复``), is a reply's whole title opening with its authority
    (:data:`_WHOLE_TITLE_STEP`): the letter's title, as no step's name and the heading under
    it are glued (glued72: an earlier round cut the authority off as the crumb's last step,
    and a page that kept its lines dropped the whole line as the crumb). Glued to the step
    mark with no blank (``…>某县某局关于…``) the piece is read as before: the step and the
    title a line under it give the same text there."""
    return (
        a > 0
        and line[a - 1].isspace()
        and b - a <= _WHOLE_TITLE_LONGEST
        and _WHOLE_TITLE_STEP.match(line[a:b]) is not None
    )


_DASH_CRUMB_AT = re.compile(_DASH_CRUMB_HOME)
_DASH_ONLY = re.compile(r"[-－—–]{1,2}$")


def _crumb_ends(line: str, a: int, b: int, stepped: bool) -> list[int]:
    """Where, in a piece of a crumb (``line[a:b]``: one that opens with a crumb's lead, or
    follows a step, ``stepped``), its last step's name ends when the heading is glued to
    it: after the article (正文) or a section's banner (建议提案办理), or before 关于, which
    no step's name holds."""
    # (a piece that opens with a step follows one too: 首页 >专题>详细内容某局关于…)
    stepped = stepped or line[a] in _STEP_CHARS
    if not stepped and _CRUMB.match(_norm(line[a:b])) is None:
        return []
    step = max((m.start() for m in _STEP.finditer(line, a, b)), default=-1)
    if step < a and (dashed := _DASH_STEPS.match(line, a, b)) is not None:
        step = dashed.end() - 1  # (its steps parted by dashes: 首页-政务公开-正文某局关于…)
    if step < a and not stepped:
        return []
    name = max(step + 1, a)
    while name < b and line[name].isspace():
        name += 1
    last = _STEP_NAME.match(line, name, b) or _MENU_STEP.match(line, name, b)
    if last is not None:
        return [last.end()]
    about = line.find("关于", name + 1, b)
    if about > 0 and _whole_title_step(line, a, b):
        return []  # (the title whole after the step's blank, its authority with it: glued72)
    # (or before a title's 对 and the session it answers from, 对县某届人大某次会议…, glued
    # to a step that names the session: …> 县某届人大某次会议对县某届…)
    session = _TITLE_SESSION.search(line, name + 1, b)
    if session is not None and (about < 0 or session.start() < about):
        about = session.start()
    return [about] if about > 0 else []


def _title_cells_apart(line: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with each title cell's label (``标题：``, ``名  称：``) a piece of its own,
    apart from the value it is glued to."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(pieces):
        a, b = pieces[k]
        m = _TITLE_CELL_RAW.match(line, a)
        if m is None:
            out.append((a, b))
            k += 1
            continue
        out.append((a, m.end()))
        while k < len(pieces) and pieces[k][1] <= m.end():
            k += 1
        if k < len(pieces) and pieces[k][0] < m.end():
            out.append((m.end(), pieces[k][1]))
            k += 1
    return out


_MARKS_ONLY = re.compile(r"^[。！？；!?;]+$")
"""A sentence's end alone, no sentence: a banner's mark set apart from it."""
_MENU_PIECES = 8
"""How many short pieces a site's menu over its crumb spans at most."""


_OVER_CRUMB_REACH = 4
"""How many pieces after a menu's heading the page's crumb may stand (the menu's entries)."""


def _menu_before_crumb(texts: list[str], k: int) -> bool:
    """Whether piece ``k`` of a flattened head, a few words and a colon (no sentence, no
    salutation's role, :func:`_head_stops`), is a heading of the site's menu over the
    page's crumb (``国务院信息： 省政府信息： 人大建议 您当前的位置：首页 > …``): the crumb
    follows within a few pieces, none of them a sentence. The letter's salutation stands
    under the crumb, never over it (flat118)."""
    text = texts[k]
    if (
        text[-1:] not in ":："
        or len(text) > _BANNER_LONGEST
        or _SALUTATION_INSIDE.search(text) is not None
        or _ROLE_LAST.search(text[:-1]) is not None
    ):
        return False
    for j in range(k + 1, min(len(texts), k + 1 + _OVER_CRUMB_REACH)):
        if _CRUMB.match(texts[j]) is not None:
            return True
        if _SENTENCE.search(texts[j]) is not None:
            return False
    return False


def _keywords_piece(texts: list[str], k: int) -> bool:
    """Whether piece ``k`` of a page's first line is a keyword cell's list of words
    (:data:`_KEYWORD_LIST`, ``居民;提案;回收``), its label with its colon the piece before, a
    table's bars between or not (``关 键 词: | 居民;提案``): the page's cell, whose semicolons
    end no sentence of the letter's."""
    if _KEYWORD_LIST.fullmatch(texts[k]) is None:
        return False
    j = k - 1
    while j >= 0 and not texts[j].strip(CELL_BARS):
        j -= 1
    label = "".join(texts[j].split()) if j >= 0 else ""
    return label.endswith((":", "：")) and label[:-1] in _KEYWORD_CELLS


def _head_stops(text: str, shown: bool) -> bool:
    """Whether a piece of a page's first line ends its head: a sentence's end, or a colon
    after no label (a salutation, ``…如下：``), not the site's furniture (``今天是：``)."""
    if shown and (_is_furniture(text, top=True) or _glued_furniture(text)):
        return False
    if _VIEWS_LEFT_EMPTY.match(text):
        return False  # (a page's count of its views left empty, its 次 apart: 阅读： 次)
    if text in _CUT_LABELS:
        return False  # (a page's label that lost its first characters: 称:, 号:)
    if _REPLY_HEADING.match(text):
        return False  # (a 建议 database's heading over the reply: 建议答复:, the page's)
    if _SENTENCE.search(text):
        return not _MARKS_ONLY.match(text)  # (not a banner's ! set apart: …门户网站 !)
    if _SALUTATION_INSIDE.search(text) or _OPENER_SALUTATION.match(text):
        return True
    return (
        _SALUTED.search(text) is not None
        # (not a heading of the page's own, its list of links left out: 相关文章：, 访谈解读：)
        and not (shown and text[-1:] in ":：" and is_chrome_line(text))
        and not text[-2:-1].isdigit()  # (a clock's hour, its minutes apart: 21: 38)
        and not _cells(text, _LABEL)[1]
        and _CRUMB.match(text) is None
    )


def _chrome_run(texts: list[str], i: int, stop: int, shown: bool, tabled: bool = False) -> int:
    """Where the run of chrome that opens at piece ``i`` ends (``i``: none opens there): a
    crumb to its last step's name, a piece of furniture, or the longest run that is a line
    of chrome together, up to a piece that reads as the letter's."""
    text = texts[i]
    if _crumb_at(texts, i, stop):
        j = i + 1
        while (
            j < stop
            # (a crumb's dash step, not a list's dash that opens the page's table after it)
            and not (texts[j] in _HEAD_BULLETS and _bulleted_list(texts, j, stop) > j)
            # (nor the letter's title whole after the last step's blank: glued72)
            and not (
                len(texts[j]) <= _WHOLE_TITLE_LONGEST
                and _WHOLE_TITLE_STEP.match(texts[j]) is not None
            )
            and (
                _STEP_ONLY.match(texts[j])
                or _STEP_ONLY.match(texts[j - 1])
                or texts[j - 1].endswith(_STEP_ENDS)
                or (j == i + 1 and text.endswith(":"))  # (the lead, its trail after a blank)
                or texts[j][:1] in ">»›"
            )
        ):
            j += 1
        if (
            shown
            and i + 1 < j < stop
            and texts[j] == texts[j - 1].lstrip(">»›")
            and _MENU_ITEM.match(texts[j]) is not None
            and _LETTER_TITLE.search(texts[j]) is None
        ):
            # the last step's name written again under the crumb, the section's heading
            # (… > 建议提案办理 > 办理结果公开 办理结果公开 • 对…的答复): the page's (flat117)
            j += 1
        return j
    if shown and i > 0 and _ARROWS_ONLY.match(text):
        # a crumb's arrow alone, its trail dropped before it and its last step the heading
        # the page writes (… 政协提案 > 某局关于…): the crumb's, never the letter's
        return i + 1
    if shown and text in _HEAD_BULLETS and (listed := _bulleted_list(texts, i, stop)) > i:
        return listed
    if shown and (_is_furniture(text, top=True) or _glued_furniture(text)):
        return i + 1
    if (
        shown
        and i == 0
        and i + 1 < stop
        and len(text) <= _BRAND_LONGEST
        and "欢迎" in texts[1]
        and _glued_furniture(text + texts[1])
    ):
        # the site's brand opening the page, a blank before its welcome (某某网 某县人民政府
        # 欢迎您!): the site's, as the two read glued (flat118)
        return i + 2
    if shown and i + 1 < stop and (apart := _welcome_apart(texts, i, stop)) > i:
        return apart  # the banner's welcome, a blank before the site's name (欢迎来到 某某网!)
    if shown and _MARKS_ONLY.match(text):
        return i + 1  # a banner's mark set apart (欢迎访问某县政府门户网站 !)
    if shown and text[-1:] in "网站" and (links := _site_links_end(texts, i, stop)) > i:
        return links  # a row of links to the governments' sites (中国政府网 某省政府网 …)
    if shown and _is_disclosure_kind(text) and _menu_piece_by(texts, i, stop):
        return i + 1  # the menu's 依申请公开 by its other entries (政府信息公开制度 依申请公开)
    if shown and text in _DISCLOSURE_MENU:
        # an entry of the disclosure menu, a piece of its own (法定主动公开内容 对…的答复, or
        # where a copy glued the menu to the title and the page's words were cut apart:
        # 法定主动公开内容政府信息公开年报对…): the page's links, as on their lines (fix164)
        return i + 1
    if (
        shown
        and (english := _english_name_end(texts, i + 1, stop)) > i + 1
        and _BANNER_NAME.fullmatch(text) is not None
    ):
        # a portal's banner: the government's name, its English name after it (某市人民政府
        # The People's Government of … Municipality): the page's, as its issuer never is
        return english
    if shown and i == 0 and i + 1 < stop and _YEAR_ALONE.match(text):
        # the page's column's year over its heading (2019年 某会议第9号提案的答复函 …): the
        # page's, as on its line alone (:func:`_top_page_date`)
        return i + 1
    if shown and text in _MENU_HOMES:
        # a crumb with no arrows, its home and its steps parted by blanks (网站首页 县政协提案
        # 对…的答复): the site's, as a crumb listed one step a line (:func:`_listed_crumb`)
        return _crumb_steps_end(texts, i, stop)
    if shown and len(text) <= _BROKEN_ENTRY and (menu := _broken_menu(texts, i, stop)) > i + 1:
        # the disclosure menu's entries, each broken over two lines that a copy joined
        # with a blank (政府信息 公开指南 政府信息 公开制度): the page's words, read glued
        return menu
    if (
        shown
        and i + 1 < stop
        and any(sign in texts[i + 1].lower() for sign in _ADDRESS_SIGNS)
        and _SITE_ADDRESS.match(f"{text} {texts[i + 1]}") is not None
    ):
        return i + 2  # the site's banner: its name, its address after it (某县政府 www.…)
    if shown:
        # the site's name or a menu of its links over its crumb (某县人民政府 首页 >> …,
        # 县委| 县人大| 县政协 当前位置：…)
        j = i
        while (
            j < min(stop, i + _MENU_PIECES)
            and len(texts[j]) <= _BANNER_LONGEST
            and (not _TITLE.search(texts[j]) or _column_before_crumb(texts, j, stop))
        ):
            j += 1
            if j < stop and _crumb_at(texts, j, stop):
                return j
    best, joined, labelled = i, "", False
    for j in range(i, stop):
        # (a page's label alone, 公开目录 |, has its value next: 人大建议办理结果 is none of
        # the letter's, unless it reads as a title or a 发文字号)
        valued = (
            labelled
            and (_LETTER_TITLE.search(texts[j]) is None or _category_value(texts, j))
            # (nor a title its authority opens, 某局关于…, a blank inside it, after a cell
            # that is no title cell's, 主题词: flat55; a title cell's value is the page's)
            and (_AUTHORITY_TITLE.match(texts[j]) is None or _title_cell_label(texts[j - 1]))
            and _HEAD_NUMBER.search(texts[j]) is None
            and _DAMAGED_NUMBER.match(texts[j]) is None
            and not _title_apart(texts, j)
        ) or _title_value_goes_on(texts, j, i)
        # (a 文号 cell's value the letter writes again after the head: the page's copy)
        valued = valued or (_HEAD_NUMBER.search(texts[j]) is not None and _number_again(texts, j))
        if (
            (_letter_piece(_spread_label_piece(texts, j, i)) and not valued)
            or _own_row_at(texts, j)
            or j - max(best, i) >= _RUN_GAP
            or _marks_over_number(texts, j, stop)
            or (j > i and _authority_over_title(texts, j))
            # (the letter's title, a blank inside it, after the page's cells: fix111)
            or (j > i and not valued and _title_apart(texts, j))
        ):
            break  # (a run of bare words, 甲 乙 丙 …, is asked a few pieces on from each)
        if texts[j].strip(CELL_BARS):
            labelled = (label := _bare_label(texts[j])) is not None and label in _TABLE_CELLS
        joined = f"{joined} {texts[j]}" if joined else texts[j]
        if len(joined) > _LONGEST:
            break
        if (
            is_chrome_line(joined)
            # (pieces the page's words were cut into, read glued as its line wrote them:
            # 政府信息公开 某县人民政府 信息公开, a portal's column over its section's banner)
            or (
                j > i
                and all(_WORDS_ONLY.fullmatch(t) for t in texts[i : j + 1])
                and is_chrome_line("".join(texts[i : j + 1]))
            )
            # (a mirror's byline over the article: 某某网 佚名, 某某网 2016-05-16 10:06:17 评论();
            # it opens with the site's name, never the letter's class mark: B 2017-…)
            or (shown and _CLASS_ALONE.match(texts[i]) is None and _mirror_byline(joined))
            or _BETWEEN_DATE.match(joined)
            or (tabled and (_table_row(joined) or _empty_cells(joined)))
        ):
            best = j + 1  # (the page's date, 日期：2024-06-01, as under a page's heading)
    return best


_BANNER_NAME = re.compile(rf"[\u4e00-\u9fff()]{{2,30}}?(?:{vocab.alternation('org_suffixes')})")
"""A government's name alone in a piece, as a portal's banner prints it (``某市人民政府``;
NFKC)."""
_ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*")
"""A word of Latin letters alone in a piece (``People's``; NFKC)."""
_ENGLISH_NAME_WORDS = frozenset(w.lower() for w in vocab.words("english_name_words"))
_ENGLISH_NAME_LONGEST = 12
"""How many words a body's English name runs to at most."""


_BANNER_NAME_FIRST = re.compile(
    rf"[\u4e00-\u9fff()]{{2,30}}?(?:{vocab.alternation('org_suffixes')})(?=\s*[A-Za-z])"
)
"""A government's name opening a line, Latin letters after it (``某市人民政府The …``; NFKC)."""


def _english_banner(text: str) -> bool:
    """Whether ``text`` is a portal's banner line: the government's name, its English name
    after it, a blank between or none (``某市人民政府 The People's Government of … County``,
    :func:`_english_name_end`)."""
    name = _BANNER_NAME_FIRST.match(text)
    if name is None:
        return False
    words = text[name.end() :].split()
    return len(words) > 1 and _english_name_end(words, 0, len(words)) == len(words)


def _english_name_end(texts: list[str], j: int, stop: int) -> int:
    """Where a government body's English name that opens at piece ``j`` ends (``The
    People's Government of … Municipality``, a word a piece): two words at least, the first
    capitalised, one of them a body's word (``data/english_name_words.txt``); ``j`` where
    none opens there. No letter writes its authority so; a portal's banner does."""
    k = j
    while k < stop and k - j < _ENGLISH_NAME_LONGEST and _ENGLISH_WORD.fullmatch(texts[k]):
        k += 1
    if k - j < 2 or not texts[j][:1].isupper():
        return j
    named = any(t.lower().replace("’", "'") in _ENGLISH_NAME_WORDS for t in texts[j:k])
    return k if named else j


_CATEGORY_VALUE = re.compile(r"[\u4e00-\u9fff]{2,8}")
"""A category's value in a page's classification cell (``主题分类 公开答复``): a few words."""


def _category_value(texts: list[str], j: int) -> bool:
    """Whether ``texts[j]`` is the value of the classification cell right before it
    (``主题分类 公开答复``, ``信息分类 建议答复``: a label ending in 分类): a few words, no
    title (none is so short; a title's 关于 opens none of them), though they end as one."""
    label = _bare_label(texts[j - 1]) if j > 0 else None
    return (
        label is not None
        and label.endswith("分类")
        and _CATEGORY_VALUE.fullmatch(texts[j]) is not None
        and not texts[j].startswith("关于")
    )


_LABEL_CLOSERS = frozenset("]】］")
"""A bracketed label's closing bracket alone in a piece (``[ 发文字号 ]``; NFKC)."""
_WORDS_ONLY = re.compile(r"[\u4e00-\u9fff]+")
"""A piece of bare words, no mark, figure or bracket: a banner's, read glued with its next."""
_SPREAD_PIECES = 3
"""How many characters of a label a flattened head may part with blanks before its last
piece (``发 布 机 构：…``)."""


def _spread_label_piece(texts: list[str], j: int, i: int) -> str:
    """``texts[j]`` read with the pieces before it (from ``i`` on) when they are the first
    characters of a label whose characters blanks part, one a piece, and ``texts[j]`` its
    last ones with its colon and value (``关`` / ``键`` / ``词:提案``: ``关 键 词:提案``, the
    page's keyword cell, whose value 提案 is no title's word there); else ``texts[j]``."""
    for n in range(min(_SPREAD_PIECES, j - i), 0, -1):
        if all(len(t) == 1 for t in texts[j - n : j]):
            joined = " ".join(texts[j - n : j + 1])
            m = _LABEL.match(joined)
            if m is not None and m.end() > len(joined) - len(texts[j]):
                return joined
    return texts[j]


_CLASS_LABELS = tuple(e for e in _TABLE if e.field == "handling_type" and e.is_label)
_CLASS_ROW = re.compile(
    rf"^(?:{vocab.spellings(_CLASS_LABELS)})"
    r"[:：]\s*[A-D甲乙丙丁]类?$"
)
"""The letter's class row, its mark a letter (``类别：B``, ``办理类型：A类``): never a page's
cell (a page's 信息类别 holds words)."""
_LEADER_LABEL = re.compile(
    rf"^(?:{vocab.spellings(tuple(e for e in _TABLE if e.field == 'leader' and e.is_label))})[:：]$"
)
"""The letter's signer's label alone in a piece (``签发人：``), the name in the next."""


def _own_row_at(texts: list[str], j: int) -> bool:
    """Whether ``texts[j]`` opens a row of the letter's own head that a flattened page ran
    on after its cells (``…信息来源： 某局 类  别：B 签发人： 王某 某交函〔…``): a class row
    with its letter (its label's characters apart, ``类`` then ``别：B``, read together),
    or the signer's label with a name after it. A page's cells hold neither."""
    text = texts[j]
    if _CLASS_ROW.match(text) or (
        len(text) == 1 and j + 1 < len(texts) and _CLASS_ROW.match(text + texts[j + 1])
    ):
        return True
    return (
        _LEADER_LABEL.match(text) is not None
        and j + 1 < len(texts)
        and (texts[j + 1][:1] in _SURNAMES or texts[j + 1][:2] in _SURNAMES)
    )


def _title_cell_label(text: str) -> bool:
    """Whether ``text`` ends with a page's title cell's label (``标题：``, ``名 称：``), or is
    one that lost its first characters (``称:``, :data:`_CUT_LABELS`)."""
    return (
        _TITLE_CELL_END.search(text) is not None
        or _bare_label(text) in _TITLE_CELLS
        or text in _CUT_TITLE_LABELS
    )


# A metadata table a copy damaged keeps of some labels only their last character and colon
# (``称:`` of 名称, ``号:`` of 文号 or 索引号, ``题:`` of 标题: a cell's first characters lost
# in a table the copy cut at a column): a piece that is such a character and its colon
# alone, in a page's head, is a cell's label, no salutation's colon (no letter addresses
# anyone by one character so), and 称: and 题: a title cell's (the letter's heading stands
# again under the table).
_CUT_TITLE_LABELS = frozenset({"称:", "题:"})
_CUT_LABELS = _CUT_TITLE_LABELS | {"号:"}


def _title_apart(texts: list[str], j: int) -> bool:
    """Whether ``texts[j]``, after a label that is no title cell's (``关键字：``, left
    empty), is the letter's heading that blanks its title holds split (``某局关于…第3号代表
    提案的答复``; decided, fix111: a title that opens with its 对 and session or its
    authority, and a blank about the item's number, ``某局对县某届某次会议第 9 号建议的回复``,
    ``对市某届某次会议第B(2099)9号 建议的答复``): a title's opening in it
    (:func:`_title_opening`), and its rest the pieces after it, at most
    :data:`_SPLIT_PIECES`, short together, none opening a title, the last ending as one (as
    :func:`_title_value_goes_on` reads it after a title cell, where it is the page's)."""
    if j > 0 and _title_cell_label(texts[j - 1]):
        return False
    if texts[j].endswith(_TITLE_ENDINGS) or not _title_opening(texts[j]):
        return False
    length = 0
    for k in range(j + 1, min(len(texts), j + 1 + _SPLIT_PIECES)):
        if texts[k].startswith("关于"):
            return False
        glued = _TITLE_END_SALUTED.search(texts[k], 0, _SPLIT_REST + _SALUTATION_REACH)
        length += len(texts[k]) if glued is None else glued.end()
        if length > _SPLIT_REST:
            return False
        if glued is not None or texts[k].endswith(_TITLE_ENDINGS):
            return True
    return False


def _title_opening(text: str) -> bool:
    """Whether a piece of a page's head opens a letter's title: a 关于 in it, or the 对 and
    the session it answers from (``对市某届某次会议第``), or its authority before its 关于
    or 对 (``某县某局对…``)."""
    return (
        "关于" in text
        or _TITLE_SESSION.match(text) is not None
        or _AUTHORITY_TITLE.match(text) is not None
    )


def _title_value_goes_on(texts: list[str], j: int, i: int) -> bool:
    """Whether ``texts[j]`` is the rest of a title cell's value that blanks the page's
    title holds split from it (``名 称： 某局关于…第3号代表  提案的答复  文号：``; decided,
    left56a: over more blanks, ``名称 某局关于县十届 人大三次会议 第12号建议的答复``): the
    cell's label before the value's first piece, that piece a title's (关于) ending with no
    title's ending, and this piece one of at most :data:`_SPLIT_PIECES` after it, short
    together, none opening a title nor ending one before the last, which ends as a title
    does."""
    label = next(
        (
            k
            for k in range(j - 2, max(i, j - 1 - _SPLIT_PIECES) - 1, -1)
            if _title_cell_label(texts[k])
        ),
        None,
    )
    if label is None or "关于" not in texts[label + 1] or texts[label + 1].endswith(_TITLE_ENDINGS):
        return False  # (a title's value: 某局关于…, its ending split off)
    length = 0
    for k in range(label + 2, min(len(texts), label + 2 + _SPLIT_PIECES)):
        length += len(texts[k])
        if length > _SPLIT_REST or texts[k].startswith("关于"):
            return False
        if texts[k].endswith(_TITLE_ENDINGS):
            return k >= j  # (the piece that ends the title, at ``j`` or after it)
    return False


_TITLE_ENDINGS = ("答复", "复函", "回复", "的函", "意见")
"""How a letter's title ends (:data:`_LETTER_TITLE`'s endings)."""
_SALUTATION_REACH = 40
"""How far after a title's ending the salutation glued to it ends at most."""
_TITLE_END_SALUTED = re.compile(
    rf"(?:{'|'.join(_TITLE_ENDINGS)})"
    rf"(?=尊敬的|[\u4e00-\u9fff、,·]{{1,30}}?(?:{vocab.alternation('roles')})[:：])"
)
"""A title's ending with the salutation glued after it (``…建议的答复尊敬的王某代表:``,
``…的回复王某代表:``): a page flattened with nothing between its lines."""
_SPLIT_REST = 24
"""How long the rest of a title split off by blanks its page title holds is at most."""
_SPLIT_PIECES = 3
"""How many pieces that rest is split into at most."""


_PAGE_CELL = re.compile(rf"(?:{_alternation(sorted(_PAGE))})\s*(?:[:：]|$)")
"""A page's own label in a piece (索引号：, 发布机构)."""
_RUN_GAP = 8
"""How many pieces a run of a page's chrome goes on past its last end that was chrome before
it is given up (a cell's label and its value split by blanks, ``[ 索引号 ] …``, a few)."""
_OWN_LABELS = vocab.spellings(tuple(e for e in _TABLE if e.is_label and e.field != "page"))
_OWN_LABEL = re.compile(rf"[{_OPENS}]?(?:{_OWN_LABELS})[:：]")
"""A label of the letter's own (签发人：, 类别：), not the page's, opening a piece (NFKC)."""


_PAGE_ROWS = _PAGE | (_TABLE_ONLY - {"来源于", "名称", "点击", "时效", "文种"})
"""The labels only a page's table writes (发布机构, 生成日期, 发文机关, 公文种类; not the
letter's 文号 nor 成文日期)."""
_PAGE_ROW_OPEN = re.compile(vocab.longest_first(tuple(sorted(_PAGE_ROWS))))
"""A label only a page's table writes opening a list's item (``发布机构``, ``发布机构某局``)."""


_LISTED_CLOCK = re.compile(r"[0-2]?[0-9][:：][0-5][0-9](?:[:：][0-5][0-9])?")
"""A page's clock alone in a piece, after its date in the piece before (the last item of a
bulleted list of what the page says of itself, ``• 2099-01-02 10:15``)."""


def _bulleted_list(texts: list[str], i: int, stop: int) -> int:
    """Where the bulleted list of what a page says of itself that opens at piece ``i`` ends
    (``• 0000/2020-00030 • 某局 • 综合,政务 • 2020-09-30``, a bullet alone before each
    value): its items, each value short and no sentence, a page's date among them; ``i``
    where it is no such list (as its lines, :func:`_list_items`)."""
    j, dated, paged = i, False, 0
    while j + 1 < stop and texts[j] in _HEAD_BULLETS:
        k = j + 2  # (where the item ends: its value a piece, or a label its blank parts,
        # 文 号, between two bullets)
        if (
            k < stop
            and texts[k] not in _HEAD_BULLETS
            and (
                (k + 1 < stop and texts[k + 1] in _HEAD_BULLETS)
                or _PAGE_ROW_OPEN.fullmatch(texts[j + 1]) is not None
                # (the list's last item, a validity cell, its value a closed word: 时效性: 有效)
                or (
                    _VALIDITY_LABEL_END.search(texts[j + 1]) is not None
                    and _VALIDITY_WORD.fullmatch(texts[k]) is not None
                )
            )
        ):
            k += 1  # (or a page's label its value is cut from: 发布机构 某局)
        value = "".join(texts[j + 1 : k])
        if len(value) > _VALUE or _SENTENCE.search(value) or value in _HEAD_BULLETS:
            break
        if k < stop and _LISTED_CLOCK.fullmatch(texts[k]) and _PAGE_DATE.match(value):
            k += 1  # (the date's clock, a blank before it: • 2099-01-02 10:15; fix124)
        if _title_apart(texts, j + 1):
            break  # (the letter's title after the list, a blank inside it: fix111)
        dated = dated or _PAGE_DATE.match(value) is not None
        paged += _PAGE_ROW_OPEN.match(value) is not None
        j = k
    # (a page's date among its values, or two labels only a page's table writes: a list
    # of 发布机构 and 主题分类 with no date)
    return j if (dated or paged >= 2) and j - i >= 4 else i


def _table_row(text: str) -> bool:
    """Whether ``text`` is cells of a page's table drawn with bars, each label a table's
    (``| 主题词： | | 时效： | 有效 |``): the rest of a table whose page labels came before."""
    if not any(bar in text for bar in CELL_BARS):
        return False
    lead, cells = _cells(text, _LABEL)
    return (
        bool(cells)
        and not lead.strip(CELL_BARS + " ")
        and all(c.label in _TABLE_CELLS for c in cells)
        and all(len(c.value) <= _VALUE and not _SENTENCE.search(c.value) for c in cells)
    )


def _empty_cells(text: str) -> bool:
    """Whether ``text`` is two cells or more of a page's table, each a table's label left
    empty (``文号: 关键字:``): the rest of a table whose page labels came before, though a
    letter's label is among them (a 文号 cell with no number, flat61a; alone, the number
    after it may be the letter's)."""
    lead, cells = _cells(text, _LABEL)
    return (
        len(cells) >= 2
        and not lead.strip()
        and all(c.label in _TABLE_CELLS and not c.value for c in cells)
    )


_COLUMN_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")
"""A column's name as a page sets it before its crumb (``议案建议``)."""


def _column_before_crumb(texts: list[str], j: int, stop: int) -> bool:
    """Whether piece ``j`` is the name of the page's column right before its crumb, which a
    step of the crumb writes again (``议案建议 当前位置：首页 -> 人事代表 -> 议案建议``): the
    page's, though it holds a title's word (decided, fix102)."""
    if j + 1 >= stop or not _COLUMN_NAME.fullmatch(texts[j]) or not _crumb_at(texts, j + 1, stop):
        return False
    end = _chrome_run(texts, j + 1, stop, True)
    return any(texts[k] == texts[j] for k in range(j + 2, end))


def _crumb_at(texts: list[str], i: int, stop: int) -> bool:
    """Whether a crumb opens at piece ``i`` (its lead, or 首页 with its first step after a
    blank: ``首页 -> 互动``)."""
    text = texts[i]
    if _CRUMB.match(text) or _CRUMB_STEPS.match(text):
        return True
    return (
        i + 1 < stop
        and _STEP_ONLY.match(texts[i + 1]) is not None
        and (
            _CRUMB.match(f"{text} {texts[i + 1].replace('-', '')}") is not None
            # (a dash for its step, the step's name after it: 首页 - 政务公开; left69)
            or (i + 2 < stop and _CRUMB.match(f"{text} {texts[i + 1]} {texts[i + 2]}") is not None)
        )
    )


_CLASS_ALONE = re.compile(r"^[（(]?(?:[A-D]|[A-D]类|[甲乙丙丁]类)[）)]?$")
"""A letter's class mark alone in a piece (``A``, ``B类``, ``（A类）``)."""
_MARKS_OVER_NUMBER = 3
"""How many marks a letter's head writes over its 发文字号 at most (A 公开, 类别 A)."""
_CLOCK_ENDS = re.compile(r"(?<![\d:])[0-2]?\d:[0-5]\d(?::[0-5]\d)?$")
"""A page's clock ending a piece (``10:32``, ``发布时间：2024-05-21 10:32:05``)."""


_MARK_BRACKETS = re.compile(r"^[〔［【\[](?P<mark>[^〔〕［］【】\[\]]{1,6})[〕］】\]]$")
"""A head's mark in the brackets a letter sets it in (``〔A〕``, ``【公开】``, ``［B类］``)."""


def _head_mark(text: str) -> bool:
    """Whether ``text`` is a letter's class mark or publication value alone in a piece, bare
    or in its brackets (``A``, ``（B类）``, ``公开``, ``〔A〕``, ``〔公开〕``)."""
    if _CLASS_ALONE.match(text) or _PUBLIC_MARK.match(text):
        return True
    m = _MARK_BRACKETS.match(text)
    return m is not None and bool(_CLASS_ALONE.match(m["mark"]) or _PUBLIC_MARK.match(m["mark"]))


def _marks_over_number(texts: list[str], j: int, stop: int) -> bool:
    """Whether the pieces from ``j`` are the letter's header marks over its 发文字号: a class
    mark or a publication value alone, then the number (``… 打印 A 公开 某函〔2022〕8号``,
    a page's tool words before them): the letter's head, never the tools' run."""
    k, marks = j, 0
    while k < stop and marks < _MARKS_OVER_NUMBER:
        if k + 1 < stop and len(texts[k + 1]) == 1 and _head_mark(texts[k] + texts[k + 1]):
            k += 2  # (a mark spread out to fill its cell, its last character apart: B 类, 公  开)
        elif _head_mark(texts[k]):
            k += 1
        else:
            break
        marks += 1
    if not (j < k <= stop and k < len(texts)):
        return False
    # (the number's piece may be the head's last, the salutation glued after it)
    if _HEAD_NUMBER.search(texts[k]) is not None:
        return True
    # (or one a copy damaged, its serial apart in the next piece, its 号 lost: 某函[2020]  19;
    # fix156)
    # (its serial's figures may have the title glued after them, a copy with nothing between
    # its lines: 某函[2020]  19对…的答复; flat74)
    if (
        k + 1 < len(texts)
        and (serial := _SERIAL_THEN_TITLE.match(texts[k + 1])) is not None
        and _DAMAGED_NUMBER.match(texts[k] + serial.group("serial")) is not None
    ):
        return True
    # a page's clock, then the marks, then the title's words (… 发布时间：2024-05-21 10:32
    # A 某局关于…): a page prints its time last among its cells, the letter opens under it
    # with the marks over its title; a tool's letters (字号 A A A) follow no clock
    return (
        j > 0
        and _CLOCK_ENDS.search(texts[j - 1]) is not None
        and _TITLE.search(texts[k]) is not None
    )


def _letter_piece(text: str) -> bool:
    """Whether a piece of a page's head reads as the letter's, never a cell of the page's:
    a title's words (not a section's banner), a 发文字号, a label of the letter's own."""
    lead, cells = _cells(text, _LABEL)
    if any(len(c.value) > _VALUE or _VALUE_COLON.search(c.value) for c in cells):
        return True  # a salutation or the letter's first words glued to a cell's value
    if not lead and cells and cells[0].label in _TABLE_CELLS - _TITLE_CELLS:
        return False  # a page's cell (主题分类：建议提案)
    if _BETWEEN_DATE.match(text):
        return False  # the page's date in figures (日期：2024/05/21)
    if "/" in text and _menu_links(text):
        return False  # a menu's names and links (政务公开/col/1/index.html提案办理/…)
    if _TITLE.search(text) and not _is_furniture(text, top=True) and not _KIND_ALONE.match(text):
        return True
    if _TITLE_SESSION.match(text):
        return True  # a title's first words, broken after its session (对县八届人大二次会议)
    own = _OWN_LABEL.match(text)
    # (a label of the letter's own left empty, 文号：, is the page table's cell)
    return (
        _HEAD_NUMBER.search(text) is not None
        or _DAMAGED_NUMBER.match(text) is not None
        or (own is not None and own.end() < len(text))
    )


_PUBLIC_MARK = re.compile(
    rf"^(?:{vocab.longest_first(w for w in vocab.mapping('public_values') if '公开' in w)})$"
)
"""A letter's publication mark alone on its line, as its head writes it over the title
(``同意公开``, ``公开``, ``不予公开``: a value of ``data/public_values.txt`` that says 公开;
``是`` or ``同意`` alone say nothing of what they answer). Under a page's count of its views
(``浏览次数：12`` / ``同意公开``, ``点击数：`` / ``公开``) it is the letter's head: no menu's
heading (:func:`_page_furniture`) nor the count's value (:func:`_cell_value`); under a
publication label left alone on its line (``公开方式：`` / ``主动公开``) it is its value."""


_TITLE_SESSION = re.compile(r"对[\u4e00-\u9fff]{0,16}?届[\u4e00-\u9fff]{0,8}?会议")
"""A title's 对 and the session it answers from: no page's cell."""
_KIND_ALONE = re.compile(r"^(?:意见|建议|提案|议案)$")
"""A kind of document alone in a piece: a category's value in a page's cell (``信息分类：
城乡建设 / 意见``), no title's words (a title broken before its ending leaves 答复, 复函)."""
_HEAD_END = re.compile(rf"[。！？；!?;]|(?:{vocab.alternation('roles')})[:：]")
"""A sentence's end or a salutation's role and colon: where the piece that ends a page's head
stops holding its title (a body's ``（新冠路）对面`` opens none)."""
_VALUE_COLON = re.compile(r"[^\d\s\[\]【】]:")
"""A colon inside a cell's value that is no clock's (11:34): a salutation glued to it."""
_SERIAL_THEN_TITLE = re.compile(r"(?P<serial>\d{1,4})(?:$|(?=关于|对))")
"""A damaged 发文字号's serial alone in its piece, or with the letter's title glued after it
(``19``, ``19对…的答复``)."""
_HEAD_NUMBER = re.compile(r"[〔\[【(](?:19|20)\d{2}[〕\]】)].{0,8}?号")
"""A 发文字号 in a piece of a page's head (NFKC: ［ is [, （ is ()."""
_NUMBER_BRACKETS = str.maketrans("[]【】()", "〔〕〔〕〔〕")


def _number_again(texts: list[str], j: int) -> bool:
    """Whether the 发文字号 a table's cell holds in piece ``j`` of a flattened head (its 文号
    cell's value) is written again after it, by the letter under the head, its brackets as
    they may be written (``文号: | 某交〔2019〕18号 | … 某交[2019]18号 王某代表：``):
    the page's copy of the letter's own number, chrome with its cell; the letter's stays."""
    number = texts[j].strip(CELL_BARS + " ").translate(_NUMBER_BRACKETS)
    if len(number) < _NUMBER_LEAST:
        return False
    return any(number in text.translate(_NUMBER_BRACKETS) for text in texts[j + 1 :])


_AUTHORITY_ALONE = re.compile(
    rf"[\u4e00-\u9fff]{{1,8}}?[省市县区州旗盟乡镇][\u4e00-\u9fff()]{{1,30}}?"
    rf"(?:{vocab.alternation('org_suffixes')})"
)
"""An authority's name alone in a piece, its place and level first (``某市某局``; NFKC): no
cell's value of words (``面向社会``)."""


ITEM_KIND = "(?:代表|委员)?(?:建议|提案|议案)"
"""An item's kind word, whose it is before it or not (``建议``, ``代表建议``, ``委员提案``):
after the item's number here (:data:`_ITEM_NUMBERED`) and after its kind's code in a
registry's number (:data:`replyparse.elements.ITEM_KIND_CODE`, which imports it: chrome,
imported by the view, cannot import the elements)."""
_ITEM_NUMBERED = re.compile(rf"第[0-9A-Za-z()]{{1,12}}号{ITEM_KIND}")
"""The item a title answers, named by its number (``第157号建议``; NFKC: ``第B(2099)9号建议``
in round brackets, which :data:`replyparse.elements.OPEN` does not take, so its serial is
read here): a title whose ending a copy lost (``关于对某届某次会议第157号建议的``) is a
title still (fix111)."""


def _authority_over_title(texts: list[str], j: int) -> bool:
    """Whether ``texts[j]`` is the letter's authority over its title, a blank between
    (``… [ 发布日期 ] 2024-07-12 某市某局 关于…的答复函``): an authority's name alone, the
    next piece a title (关于 or 对, a reply's ending or the item it answers named by its
    number, :data:`_ITEM_NUMBERED`: its ending lost, fix111), no body's label right before
    it (its value there, ``发布机构 某局``, is the page's)."""
    if j + 1 >= len(texts) or _AUTHORITY_ALONE.fullmatch(texts[j]) is None:
        return False
    title = texts[j + 1]
    if not title.startswith(("关于", "对")) or (
        _REPLY_TITLE_END.search(title) is None and _ITEM_NUMBERED.search(title) is None
    ):
        return False
    k = j - 1
    if texts[k] in _LABEL_CLOSERS:
        k -= 1
    return _BODY_LABEL_END.search(texts[k]) is None and texts[k] not in _BODY_LABELS


def _cell_label_before(texts: list[str], i: int) -> bool:
    """Whether a table's label ends right before piece ``i``, its closing bracket after it
    or not (``文号``, ``[ 文号 ]``)."""
    k = i - 1
    if k >= 0 and texts[k] in _LABEL_CLOSERS:
        k -= 1
    return k >= 0 and (label := _bare_label(texts[k])) is not None and label in _TABLE_CELLS


def _number_cell_again(texts: list[str], j: int) -> bool:
    """Whether piece ``j`` of a flattened head is a 发文字号 right after a table's label
    (:func:`_cell_label_before`) that a piece before it holds too: a table's cell the page
    wrote twice (a letter writes its own number once, with no label before it)."""
    if _HEAD_NUMBER.search(texts[j]) is None or not _cell_label_before(texts, j):
        return False
    number = texts[j].strip(CELL_BARS + " ").translate(_NUMBER_BRACKETS)
    if len(number) < _NUMBER_LEAST:
        return False
    return any(number in text.translate(_NUMBER_BRACKETS) for text in texts[:j])


_NUMBER_LEAST = 6
"""How long a 发文字号 compared again is at least (a code, its bracketed year, 号)."""
_DAMAGED_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,8}[〔\[【](?:19|20)\d{2}\d{1,4}号?(?:[A-D][1-9]?类|[甲乙丙丁]类)?$"
    r"|[\u4e00-\u9fff]{1,8}[〔\[【](?:19|20)\d{2}[〕\]】]\d{1,4}$"
    r"|[\u4e00-\u9fff]{1,8}字(?:19|20)\d{3,8}号?$"
)
"""A 发文字号 that lost its closing bracket, alone in a piece (``某教〔2024105``: a copy
dropped the bracket and ran the serial on after the year): the letter's number, never a
page's cell's value, though no 号 follows it (a count's value is figures alone); also with
the letter's class mark glued after it, a page flattened with nothing between its lines
(``某教〔2024105B1类``). So is one whole but for its 号, which a blank set apart into the
next piece or the copy lost (``某农议字〔2021〕105 号``), and one whose code ends in 字, as
only a 发文字号's does, that lost both brackets (``某农议字202146``; record.md reads its
year and serial so: fix129)."""
_TITLE_CELL_RAW = re.compile(rf"[{_OPENS}]?(?:{_alternation(sorted(_TITLE_CELLS))})\s*[:：]")
"""A page's title cell's label with its colon, as written (blanks between its characters)."""
_TITLE_CELL_ALONE = re.compile(rf"^[{_OPENS}]?(?:{'|'.join(sorted(_TITLE_CELLS))}):$")
_TITLE_CELL_END = re.compile(
    rf"(?:{'|'.join(sorted(_TITLE_CELLS, key=lambda w: (-len(w), w)))}):?$"
)
"""A page's title cell's label ending a piece, glued after the cell before it or not
(``是否有效信息名称``, NFKC)."""
_TITLE_CELL_LEAD = re.compile(rf"^[{_OPENS}]?(?:{_alternation(sorted(_TITLE_CELLS))})\s*:")
"""A page's title cell's label opening a piece (``名称：关于…``, NFKC)."""
PAGE_HEADING_PIECES = 8
"""How many pieces a page's heading spans at most (a title the copy broke into a few); also
how many stand at most between a heading that writes the letter's title again and that
title (:mod:`replyparse.fields.issuer`)."""
PAGE_HEADING_LEAST = 10
"""The fewest characters of a page's heading read as one (a shorter run of a title's words
is too few to tell a copy)."""
_HEADING_TRIES = 4
"""At how many pieces that open no chrome the page's heading is looked for: it stands near
the head's start, under the site's name, crumb or tools."""
_HEADING_END = re.compile(r"(?:答复|复函|回复|函|意见|报告|\))$")
_OWN_TITLE_OPEN = re.compile(rf"(?:^|号|类|[)\]】]|{vocab.alternation('org_suffixes')})(?:关于|对)")
"""Where the letter's own title opens in a piece of the head: at its start, or after the
发文字号, the class mark or the authority glued before it (NFKC)."""
_ITEM_KIND = re.compile(r"建议|提案|议案")
"""How a page's heading ends: a title's ending, or the office in brackets after it."""


def _heading_again(texts: list[str], i: int, stop: int) -> int:
    """Where the page's heading that opens at piece ``i`` ends (``i``: none does): the
    pieces from ``i`` that read as a title (no sentence) and stand again, whole, in the
    head after them (the letter's own title under the page's chrome)."""
    best = i
    heading = _TITLE_CELL_LEAD.sub("", texts[i], count=1)  # (名称：关于…, the page's cell)
    for j in range(i, min(stop, i + PAGE_HEADING_PIECES)):
        if j > i:
            heading += texts[j]
        if len(heading) > _LONGEST:
            break
        if (
            len(heading) >= PAGE_HEADING_LEAST
            and _HEADING_END.search(heading)
            and _TITLE.search(heading)
            and _again(heading, texts, j + 1, stop)
        ):
            best = j + 1
    return best


def _heading_over_letter(texts: list[str], i: int, stop: int, tabled: bool) -> int:
    """Where the page's heading that opens at piece ``i`` ends (``i``: none does), between
    chrome before it (or the page's start) and the page's cells after it, when the letter's
    own title opens later in the head (a heading the letter's damaged title writes
    otherwise: ``某县人大
    某届某次会议第12号建议的答复 更新时间：… 某字〔2016〕2号 某局 对县某届某次会议第12号
    建议的``)."""
    heading = ""
    for h in range(i, min(stop, i + PAGE_HEADING_PIECES)):
        heading += texts[h]
        if len(heading) > _LONGEST:
            break
        if (
            len(heading) < PAGE_HEADING_LEAST
            or not _HEADING_END.search(heading)
            or not _TITLE.search(heading)
        ):
            continue
        run = _chrome_run(texts, h + 1, stop, True, tabled) if h + 1 < stop else h + 1
        if run > h + 1 and _own_title_after(texts, run, stop):
            return h + 1
    return i


def _own_title_after(texts: list[str], start: int, stop: int) -> bool:
    """Whether a piece of ``texts[start:stop]`` opens the letter's own title (``关于…``,
    ``对…``, ``某局关于…``, ``某字〔2016〕2号(B)类某局对…``), the item answered named in what
    follows."""
    rest = texts[start:stop]
    if stop < len(texts):  # (and the piece that ends the head, up to its first sentence's end)
        rest.append(_HEAD_END.split(texts[stop], maxsplit=1)[0])
    for k, text in enumerate(rest):
        if _OWN_TITLE_OPEN.search(text) or _AUTHORITY_TITLE.match(text):
            return _ITEM_KIND.search("".join(rest[k:])) is not None
    return False


def _again(heading: str, texts: list[str], start: int, stop: int) -> bool:
    """Whether ``heading`` stands again in ``texts[start:stop]`` (blanks left out): whole,
    without the authority it opens with (``某局对…的答复`` over ``对…的答复``), or nearly
    (:func:`_nearly`)."""
    rest = "".join(texts[start:stop])
    if stop < len(texts):  # (and the piece that ends the head, up to its first sentence's end)
        rest += _HEAD_END.split(texts[stop], maxsplit=1)[0]  # (its cells' colons aside)
    if heading in rest:
        return True
    titled = _TITLE_FROM.search(heading, 1)
    if (
        titled is not None
        and len(heading) - titled.start() >= PAGE_HEADING_LEAST
        and heading[titled.start() :] in rest
    ):
        return True
    first = rest.find(heading[0])
    while first >= 0:
        if any(
            _nearly(heading, rest[first : first + len(heading) + d])
            for d in range(-_NEARLY, _NEARLY + 1)
        ):
            return True
        first = rest.find(heading[0], first + 1)
    return False


# An authority's name standing alone between blanks after a cell's value (联系电话：0000-0000000
# 某县某局 2020年…): the letter's signer after its contact row, which a flattened page ran on
# before its footer; a footer names its units only as the values of its labels (主办：某局).
_SIGNER_IN_CELL = re.compile(
    rf"(?<![:：\s])\s+[\u4e00-\u9fff()（）]{{2,40}}?(?:{vocab.alternation('org_suffixes')})(?=\s|$)"
)


_STAFF_CELL = re.compile(r"(?:审核人|审核|校对|签发)\s*:\s*[\u4e00-\u9fff]{1,8}")
"""A cell of the site's staff who passed the article (NFKC): ``审核：王某``; a letter may
write one too, so it is chrome only beside the page's cell after it."""
_PAGER_PIECE = re.compile(r"共有?\d{1,3}页(?:(?:当前)?第\d{1,3}页)?|(?:当前)?第\d{1,3}页")
"""A page's pager, or a piece of it (NFKC, no blanks): ``共有1页``, ``当前第1页``."""


def _tail_pieces(line: str, gaps: list[tuple[int, int]], cells: bool) -> tuple[int | None, bool]:
    """:func:`chrome_tail`'s start (footer cells taken as pieces when ``cells``), and
    whether a piece holds a footer's mark."""
    end, at, shown, marked = len(line.rstrip()), None, False, False
    taken = end  # (the end of the piece taken last)
    images = 0  # (the image file names among the pieces taken)
    units: list[int] = []  # (the ends of the pieces taken, back from the first, that open
    # with a unit handling the reply, each a footer's cell only: see below)
    hosted = False  # (whether the pieces taken since the last other one are the site's host
    # cell and unit cells before it: its contractor's, 承办单位：… 主办单位：…, not the letter's)
    for start, after in reversed(gaps):  # (the shortest piece first)
        if after >= end:
            continue
        if end - after > _LONGEST:
            break
        piece = line[after:end]
        text = _norm(piece)
        # (a piece chrome with the piece taken after it only: a page's row of staff cells,
        # 审核：王某 责任编辑：李某, whose first cell a letter may write too)
        chrome = is_chrome_line(piece) or (
            taken > end
            and _STAFF_CELL.fullmatch(text) is not None
            and is_chrome_line(line[after:taken])
        )
        if _IMAGE_FILE.match(text) is not None:
            images += len(_IMAGE_NAMES.findall(text))
        if (
            chrome
            or _is_furniture(text, top=False)
            or _PAGER_PIECE.fullmatch(text) is not None
            or (
                cells
                and _footer_cells(text, 1)
                and _SIGNATURE_DATE_IN.search(text) is None
                and _SIGNER_IN_CELL.search(text) is None
                and not _closes_unopened(text)
                # (a phone's cell right after the letter's contact person's: the letter's
                # contact row, the footer's mark after it or not, 联系人：王某 联系电话：…
                # 违法和不良信息举报电话：…; review68)
                and _CONTACT_PERSON_BEFORE.search(line, max(0, start - _PERSON_REACH), start)
                is None
            )
        ):
            first = _opening_cell(text)
            unit = (
                not chrome
                and first is not None
                and first.label in _HANDLING_UNIT_LABELS
                and bool(first.value)
            )
            # (the site's host cell, 主办单位：…: unit cells right before it are its
            # contractor's too, 承办单位：某中心 主办单位：某办公室; review69)
            hosted = (first is not None and first.label in _SITE_HOST_LABELS) or (hosted and unit)
            units = (
                [end, *units]
                if unit and not hosted
                else []  # (a piece after them of the site's, 主办单位：…, makes them its too)
            )
            at, taken, end = start, end, start
            shown = (
                shown
                or chrome
                or _LOGIN.match(text) is not None
                # (the page's pictures by their file names, two or more in the tail: a letter's
                # words end with none, 1.jpg 2.jpg 4.jpg no list; fix115. One name alone is
                # furniture, no sign: foot_img.png)
                or images > 1
                or (text[:1] in _COMMENT_BOX_FIRSTS and _COMMENT_SIGN.match(text) is not None)
            )
            marked = marked or _footer_marked(text)
    if units:
        # Decided (fix134): the tail's first pieces, cells of the units that handled the reply
        # (承办单位：某局, 协办单位：…) with no cell of the site's host before them, are the
        # letter's closing rows, as on lines of their own over the footer (_site_units asks
        # its 主办 first): …特此答复。 承办单位：某局 网站标识码：… (an earlier round took the row
        # with the footer, and the letter lost its signer).
        at = units[-1]
    return (at if shown else None), marked


def _closing_rows_after_date(line: str, reach: int, gaps: list[tuple[int, int]]) -> int | None:
    """Where the closing's rows the letter writes under its last signed date end in ``line``,
    a flattened page's tail after them: the units that handled the reply and a phone
    (``…2031年5月10日 承办单位：某局 联系电话：0000-5550123 网站标识码：…``), pieces between
    ``gaps`` each made of such cells alone, right after the date. They are the letter's, as
    on lines of their own (fix134 reads the unit so with no date before it), never the
    site's credit of its contractor (:data:`_CREDIT`) nor its footer's phone; but not where
    the site's host opens the piece after them (``承办单位：某中心 主办单位：某办公室``: its
    contractor's, review69). None when no such row follows the date."""
    dates = list(_SIGNED_DATE_IN.finditer(line, 0 if reach == 1 else reach))
    if not dates:
        return None
    rows, pos = None, dates[-1].end()
    labels: set[str] = set()  # (the rows' labels)
    for start, after in gaps:
        if start < pos:
            continue
        if line[pos:start].strip():
            piece = _closing_row_labels(line[pos:start])
            if piece is None:
                break
            labels |= piece
            # (an address's row counts only with the phone or the unit after it: alone
            # it may be the footer's own, 地址：… 主办单位：…)
            if not labels <= _ADDRESS_LABELS:
                rows = start
        pos = after
    else:
        return None  # (the rows end the line: no tail after them to part them from)
    if rows is None:
        return None
    if labels.isdisjoint(_HANDLING_UNIT_LABELS):
        return rows  # (a phone's row, an address's before it or not: the contact's; left71)
    after_rows = _opening_cell(_norm(line[pos:]))
    return rows if after_rows is None or after_rows.label not in _SITE_HOST_LABELS else None


def _closing_row_labels(piece: str) -> set[str] | None:
    """The labels of ``piece`` of a flattened tail when it is cells of the letter's closing
    rows alone: a unit that handled the reply (:data:`_HANDLING_UNIT_LABELS`), a phone
    (:data:`_PHONE_LABELS`) or an address (:data:`_ADDRESS_LABELS`), each with its value;
    else None."""
    lead, cells = _cells(_norm(piece), _FOOTER_LABEL)
    if lead or not cells:
        return None
    if all(
        c.value
        and (
            c.label in _HANDLING_UNIT_LABELS
            or c.label in _PHONE_LABELS
            or c.label in _ADDRESS_LABELS
        )
        for c in cells
    ):
        return {c.label for c in cells}
    return None


_PHONE_LABELS = frozenset(e.spelling for e in _TABLE if e.field == "contact_phone")
"""The labels of a phone a footer and a letter's closing both write (``联系电话：``)."""
_ADDRESS_LABELS = frozenset(e.spelling for e in _TABLE if e.field == "contact_address")
"""The labels of an address a footer and a letter's closing both write (``地址：``): the
letter's row over its phone's (``地址：… 联系电话：…`` under the date; left71)."""


_SITE_HOST_LABELS = frozenset({"主办单位", "主办"})
"""The footer's label of the site's host, which names its contractor (承办单位：…) beside it."""


def _opening_cell(text: str) -> _Cell | None:
    """The footer's cell ``text`` (NFKC), a piece of a flattened tail, opens with, if any: a
    unit handling the reply (:data:`_HANDLING_UNIT_LABELS`) or the site's host
    (:data:`_SITE_HOST_LABELS`) are asked of it, the cells read once."""
    cells = _cells(text, _FOOTER_LABEL)[1]
    return cells[0] if cells else None


_CONTACT_PERSON_BEFORE = re.compile(
    r"联系人\s*[:：]\s*[\u4e00-\u9fff]{1,4}(?:[、，,][\u4e00-\u9fff]{1,4})*\s*$"
)
"""The letter's contact person's cell right before a piece of a flattened tail
(``联系人：王某``)."""
_PERSON_REACH = 30
"""How far back from a piece :data:`_CONTACT_PERSON_BEFORE` is looked for."""


def _closes_unopened(text: str) -> bool:
    """Whether ``text`` closes a round bracket it does not open: the rest of a note the
    letter opened before it (``（联系人：王某  联系电话：0000-5550123）``, its phone's cell after
    the blanks), no footer's cell; at its end, or with the page's words after it on a line
    flattened with blanks (``…0000-5550123） 相关附件：``: fix153, an earlier round asked the
    text's end alone and took the phone's cell with the footer)."""
    if text[-1:] in "）)":
        return text.count("（") + text.count("(") < text.count("）") + text.count(")")
    if ")" not in text and "）" not in text:
        return False
    depth = 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth < 0:
                return True
    return False


def wrapped_rest(head: str, rest: str) -> bool:
    """Whether ``rest``, the printed line right under the chrome line ``head`` of a page
    printed at a width ``head`` fills, is the rest of it (``当前位置：首页 > … > 公`` over
    ``共服务``; ``上一篇：某局关于…第106号`` over ``建议的答复函``): the two joined are chrome,
    ``rest`` holds no clause and ends with no colon (a sentence, a salutation) but that of a
    page's cell left empty after other text (``… 阅读次数:``), and it reads
    as no letter's title (``关于…``, ``某局关于…``, ``…的答复``) unless ``head`` links the
    previous or the next article, whose name is one."""
    tail = _norm(rest)
    if tail.endswith(":") and not (_ends_with_empty_page_cell(tail) or _page_label_cut(head, tail)):
        return False
    if _CLAUSE.search(tail):
        # a mirror's 免责声明 goes on in sentences (本文为网络用户发布，其观点…)
        return _DISCLAIMER_HEAD.match(_norm(head)) is not None
    joined = _norm(head + rest)
    labelled = _cells(joined, _LABEL)
    cells = labelled[1]
    # (the page's title cell, chrome by its table: ``信息名称 某局关于…第21`` over ``号建议的答复``)
    titled = (
        bool(cells) and cells[-1].label in _TITLE_CELLS and 0 < len(cells[-1].value) <= _TITLE_VALUE
    )
    if not titled and not _is_chrome(joined, labelled):
        return False
    if _PREV_NEXT.match(joined) is not None:
        return True
    if not titled and _LETTER_TITLE.search(tail) is None and _AUTHORITY_TITLE.match(tail) is None:
        return True
    if _AUTHORITY_TITLE.match(tail) is not None or _TITLE_FROM.match(tail) is not None:
        return False  # (a title opens on its own line: the letter's, under the chrome)
    if titled:
        return True
    # Ending as a title does, the rest is still the chrome's where the chrome is a crumb
    # whose last step, a section's short name, was cut (``… >> 人大代表建`` over ``议答复``):
    # never a title's length.
    step = _STEP.split(joined)[-1].strip()
    if _CRUMB.match(joined) is None:
        return False
    # So is its rest where the crumb's last step, the page's title, was cut mid-title (``… >
    # 某县某局 关于对县`` over ``政协…第5号提案答复的函``): the head's step opens the title and
    # does not end it, and the rest opens no title of its own (it ends as one does).
    cut = _STEP.split(_norm(head))[-1]
    if "关于" in cut and _TITLE_ENDING.search(cut.rstrip()) is None:
        return True
    return 0 < len(step) <= _BANNER_LONGEST


def opens_labelled_row(line: str) -> bool:
    """Whether ``line``, as the letter writes it, opens a row of a table copied as text with
    the row's own label cell (``| 标 题 | 关于…``, ``｜文 号｜…``): a row of its own, never the
    rest of a row above it that a print carried on (:func:`wrapped_rest` asks of the view's
    text, where the label cell is gone)."""
    text = _norm(line)
    if not text or text[0] not in CELL_BARS:
        return False
    label = _LABEL.match(text, len(text) - len(text[1:].lstrip()))
    return label is not None and text[label.end() :].lstrip()[:1] in tuple(CELL_BARS)


_STEP_ITEM_ENDINGS = ("建议", "提案")
"""How a crumb's step that names the item the letter answers ends (``… > 关于…的建议``): a
step so ended is whole, no title the page cut (:func:`wrapped_rest`). Deliberately no
ending of a letter's title (:data:`_TITLE_ENDINGS`): a piece of a title that blanks split
may end so, the reply's ending in the next piece (``某局关于加快某某的建议`` / ``的答复``)."""
_TITLE_ENDING = re.compile(rf"(?:{'|'.join((*_TITLE_ENDINGS, *_STEP_ITEM_ENDINGS))})$")
"""How a title, or a crumb's step naming the item, ends."""


def ends_with_empty_page_cell(line: str) -> bool:
    """Whether ``line``, a line of chrome as the letter writes it, ends with a page's own
    label left empty after other text (``… 发布机构:某局 编辑:``): the label's value may
    stand on the next printed line (:func:`replyparse.unwrap.chrome_rests`, wrap66)."""
    return _ends_with_empty_page_cell(_norm(line))


def _ends_with_empty_page_cell(text: str) -> bool:
    """Whether ``text`` (NFKC) ends with a page's own label left empty after other text
    (``…中共某市 选择阅读字号:[ 大 中 小 ] 阅读次数:``): the colon of a page's cell, no
    salutation's (a salutation is its names alone before the colon)."""
    lead, cells = _cells(text, _LABEL)
    return (
        bool(cells)
        and cells[-1].label in _PAGE
        and not cells[-1].value
        and (bool(lead.strip()) or len(cells) > 1)
    )


def _page_label_cut(head: str, tail: str) -> bool:
    """Whether ``tail`` (NFKC), the rest of the printed line of chrome ``head``, opens with
    the rest of a page's own label the wrap cut (``… 浏览次数:- 字体`` over ``大小:``, ``…【字``
    over ``体:``, ``… 浏`` over ``览次数:``, ``… 发布时`` over ``间:2099-01-02 08:00 浏览:``): the
    page's cells carried on, whatever colon ends them, no salutation's, which opens its own
    line with names whole (wrap66)."""
    cut = len(_norm(head))
    joined = _norm(head) + tail
    for m in _LABEL.finditer(joined, max(0, cut - _LONGEST_LABEL)):
        if m.start() >= cut:
            return False
        if cut < m.end() and _BLANKS.sub("", m.group("label")) in _PAGE:
            return True
    return False


_LONGEST_LABEL = max(len(label) for label in _LABELS)
"""The most characters a page's label takes (:func:`_page_label_cut` looks this far about
the cut)."""


_LETTER_TITLE = re.compile(rf"^关于|(?:{'|'.join(_TITLE_ENDINGS)})$")
"""How a letter's title opens or ends."""
_REPLY_TITLE_LAST = re.compile(r"(?:答复|复函|回复|的函)$")
"""How a reply's title ends its line (no 意见: a cell's value may be one, 办理意见)."""
_REPLY_OF = re.compile(r"的(?:答复(?:函|意见)?|复函|回复|函|办理意见|报告)$")
"""How a reply's title ends its line after its 的 (…会议第18号建议的答复, …的办理意见, …办理
情况的报告): no cell's value ends so, a class a page files the letter under (建议提案答复,
已答复, 办理意见) writing no 的."""
_AUTHORITY_TITLE = re.compile(
    rf"^[\u4e00-\u9fff()]{{1,40}}?(?:{vocab.alternation('org_suffixes')}|[省市州县区乡镇]|街道)"
    r"(?:关于|对)"
)
"""How a letter's title opens that its authority heads (某县某局关于…, 某镇对…): the first
printed line of such a title, cut mid-title, neither opens with 关于 nor ends as one."""


# A short reply a web copy flattened onto its crumb's line (当前位置：首页 > 建议提案办理
# 关于…的答复 王某代表：您提出的…收悉…): such a line is the letter's under its crumb, never
# the crumb alone, and the crumb's own part is cut off it as a flattened page's head is
# (:func:`chrome_head`), as for a longer letter. The line is read by a letter's own signs,
# not by one phrase: a salutation's shape, the names and their role word with its colon
# (王某代表：) or a name alone with its colon before words spoken to the person (张某某：你
# 提出的…), then what only a reply writes after it: the first sentence answering (收悉,
# 答复如下, 你们提出的, 已转我局办理), or the closing run on at the end (a signer's date,
# 联系人：). A crumb's trail names no person before a colon, a news item about the
# handling (我局召开建议办理推进会) has no salutation, and a list of titles neither.
_ASKING = vocab.alternation("asking_verbs")
SPOKEN_ASKING = rf"(?:你们|您们|你|您)(?:{_ASKING}|在)"
"""Words spoken to a person that say what was asked (你提出的…, 您在…会议上): what follows
a salutation that is a name alone (张某某：); the re-segmenter reads it too."""
_HELD_SALUTATION = re.compile(
    rf"(?:{vocab.alternation('roles')})\s*[:：]"
    rf"|[\u4e00-\u9fff]{{2,4}}[:：]\s*(?={SPOKEN_ASKING})"
)
_HELD_OPENING = re.compile(
    rf"收悉|[答函回]复如下|(?:你们|您们|你|您)(?:{_ASKING})"
    r"|已(?:转|交)(?:我|本|由)"
)
"""What the first sentence after a salutation writes when it answers the person."""
_HELD_CLOSING = re.compile(r"联系人\s*[:：]|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:联系|$)")
"""The closing a flattened reply runs on at its end: a contact's label, or the signature's
date ending the line or before the contact."""
_HELD_SENTENCE_END = re.compile(r"[。！？!?]")
"""Where the first sentence after such a salutation ends (a semicolon goes on with it:
王某代表：您好；您提出的…收悉). Not :data:`_SENTENCE`, which counts a semicolon too: the
page's cells are asked with that one, and a second binding of the name would rebind it."""


def _letter_held(text: str) -> bool:
    """Whether ``text`` (normalised), after a crumb's lead, holds a letter: a salutation
    (:data:`_HELD_SALUTATION`) and, after it, the reply's opening in its first sentence
    (:data:`_HELD_OPENING`) or its closing (:data:`_HELD_CLOSING`)."""
    saluted = _HELD_SALUTATION.search(text)
    if saluted is None:
        return False
    stop = _HELD_SENTENCE_END.search(text, saluted.end())
    first = stop.start() if stop is not None else len(text)
    return (
        _HELD_OPENING.search(text, saluted.end(), first) is not None
        or _HELD_CLOSING.search(text, saluted.end()) is not None
    )


_LETTER_OPENING = re.compile(rf"的(?:答复|复函|回复|函)|{_HEAD_NUMBER.pattern}")
"""How a letter opens after a crumb, before its first sentence's end: a reply's title
(``关于…的答复``), a 发文字号."""
_PROSE_END = re.compile(r"[。！？!?]")
_COLON = re.compile(r"[:：]")


def _letter_after_crumb(text: str) -> bool:
    """Whether ``text`` (normalised), a crumb's line (:data:`_CRUMB`), goes on past its last
    step with a letter: after the crumb's last step mark before the first sentence's end
    (or its lead, the steps apart with no mark), a reply's title or a 发文字号 before that
    end (:data:`_LETTER_OPENING`), or a salutation's colon and the reply's answering words
    after it (:data:`_HELD_OPENING`: ``县政协办公室：你们转来的提案收悉。``). Read alike
    whatever the line's length, as a longer line's head is (:func:`chrome_head`, short64): a
    crumb whose last step is the page's heading writes no sentence after it; a news item
    under its crumb (``我局召开…``, a headline quoting a member, ``王某委员：建议…``) neither a
    reply's title nor an answer."""
    lead = _CRUMB.match(text)
    end = _PROSE_END.search(text) if lead is not None else None
    if lead is None or end is None:
        return False
    step = max((m.end() for m in _STEP.finditer(text, lead.end(), end.start())), default=0)
    start = max(step, lead.end())
    if _LETTER_OPENING.search(text, start, end.start()) is not None:
        return True
    colon = _COLON.search(text, start, end.start())
    return colon is not None and _HELD_OPENING.search(text, colon.end(), end.start()) is not None


def _short_page_letter(line: str) -> bool:
    """Whether ``line``, no longer than a line of chrome, is a short reply flattened whole
    with the page's head over it: a crumb's line with a letter's salutation and its answer
    run on after it, or such a letter under the site's furniture that opens the line
    (``政府信息公开 某县人民政府信息公开 王某代表：…收悉。…``, the portal's column over its
    section's banner): the letter's line, the crumb or the furniture only its head."""
    text = _norm(line)
    if _letter_after_crumb(text):
        return True
    if "www" in text and _BYLINE_AFTER_TITLE.search(text, 0, _HEAD_REACH) is not None:
        # (the page's byline under its heading, the site's name first: the page's head
        # by itself, over a salutation with its colon or with none; left71)
        return True
    if not _letter_held(text):
        return False
    if _CRUMB.match(text) is not None:
        return True
    first = _PIECES.search(text)
    return first is not None and _is_furniture(first.group(), top=True)


_BYLINE_AFTER_TITLE = re.compile(
    rf"(?:答复函|答复|复函|回复|的函|意见) ?{_TITLE_AUTHORITY} +(?:https?://)?www\.[0-9A-Za-z-]+\."
)
"""A reply's title's ending with the page's byline after it, its site's name (an authority's)
and the site's address after a blank (``…的答复某县政府 www.example.gov.cn 2099-07-19 …``,
NFKC), a blank between or none (fix138's byline): the page's head over a short letter, as a
crumb is."""


def _is_chrome(text: str, labelled: _Labelled) -> bool:
    """:func:`is_chrome_line` of a line already normalised, its cells already found."""
    if not text or len(text) > _LONGEST:
        return False
    if (
        # (a letter under it: no)
        (_crumb_line(text) and not _letter_held(text) and not _letter_after_crumb(text))
        or _PREV_NEXT.match(text)
        or _LINKS_HEADING.match(text)
        or _DISCLAIMER.match(text)
        or _BYLINE.match(text)
        or _LINK_ROW.match(text)
        or (text[:1] in _SEARCH_FIRSTS and _SEARCH_ALONE.match(text) is not None)
        or (
            ("侵权" in text or "版权" in text or text.startswith(("本站", "本网")))
            and _INFRINGEMENT.search(text) is not None
        )
    ):
        return True
    if _is_tools(text):
        return True
    if _footer_marked(text) and _LETTER_TITLE.search(text) is None:
        # (关于建议使用某浏览器的提案的答复 is a title)
        # a footer is cells and marks, never a clause (…侵犯版权所有人的…。); a comma inside
        # a cell of one that writes a site's registration number is none (地址：某路1号，邮编：…),
        # nor one inside a site's notice of its rights (…版权所有，未经授权禁止复制). The
        # placeholder a Markdown copy leaves for the footer's badge (``![]()``,
        # ``![警徽](…)``) is no clause: its ``!`` ends no sentence.
        bare = _IMAGE_MARKS.sub(" ", text) if "![" in text else text
        if _contact_row_links(bare) is not None:
            pass  # (a letter's contact row, the footer's links after its phone: its tail)
        elif (
            not _CLAUSE.search(bare)
            or (
                (_SITE_NUMBER.search(bare) or _BROWSER_NOTE.search(bare))
                and not _ENDED.search(bare)
            )
            or _NOTICE.search(bare)
        ):
            return True
    if _BANNER.match(text) and not _NOT_BANNER.search(text):
        return True
    if "6" in text and _IPV6_NOTE.match(text) is not None:
        return True
    if (
        (
            "提醒" in text
            or "将离开" in text
            or "将跳转" in text
            or "将要" in text
            or "温馨提示" in text
        )
        and (notice := _SITE_NOTICE.match(text)) is not None
        and not _NOT_BANNER.search(notice.group("site") or "")
    ):
        return True
    if "公开" in text and _DISCLOSURE_BANNER.match(text) is not None:
        return True
    return (
        _VIEWS.match(text) is not None
        or _VIEWS_LEFT_EMPTY.match(text) is not None  # (点击：, its count lost: dev32)
        or _TIMED.match(text) is not None
        or _BULLET_DATE.match(text) is not None
        or ("解" in text and _READING_HEADING.match(text) is not None)
        or _MARKED_DATE.match(text) is not None
        or _POST_STAMP.match(text) is not None
        or (text.startswith("客服") and _SERVICE_LINE.match(text) is not None)
        or (
            ("发表" in text or "发布于" in text)
            and _POSTED_BYLINE.match(text) is not None
            and _BYLINE_TITLE_WORDS.search(text) is None
        )
        or _SERVER_ERROR.match(text) is not None
        or _dated_row(text)
        or _page_cells(labelled)
        or _bare_table_row(text, labelled)
        or _views_then_cells(text)
        or (text[0] in _STAMP_FIRSTS and _stamped_cells(text))
        or _CRUMB_STEPS.match(text) is not None
        or (">" in text and _CRUMB_TRAIL.match(text) is not None)
        or _menu_links(text)
        or _glued_row(text)
        or _bare_row(text)
        or (text[0] in _LONE_CELL_FIRSTS and _LONE_PAGE_CELL.fullmatch(text) is not None)
        or (text[0] in "主信体组所" and _TOPIC_ROW.fullmatch(text) is not None)
        or (
            "{" in text
            and _RECORD_DUMP.fullmatch(text) is not None
            and _DUMP_KEY.search(text) is not None
        )
    )


_DUMP_OPENS = re.compile(r'(?:[\u4e00-\u9fffA-Za-z]{1,8}\s*:\s*)?\{\s*["“][^"“”]{1,30}["”]\s*:')
_RECORD_DUMP = re.compile(_DUMP_OPENS.pattern + r".*\}")
"""A page's record of the article dumped as the site stores it (a JSON object, its keys
quoted, ``摘要: {"发布时间":"…","发布者":"…","附件":[]}``), its label before it or not: the
site's data, never the letter's; its date is the page's, no date of the letter's.
:data:`_DUMP_OPENS` is how it opens (its label, its brace and its first quoted key): a copy
that wrapped it leaves its later pieces on the lines under it (:func:`_wrapped_dump`). A
dump is the page's only where one of its keys is a page's label (:data:`_DUMP_KEY`)."""
_DUMP_KEYS = vocab.longest_first(sorted(_PAGE | {"原始ID"}))
"""The keys of a page's record of its article (a page's labels, 发布时间, 发布者, 来源, and
the site's own 原始ID), quoted in its dump."""
_DUMP_KEY = re.compile(rf'["“](?:{_DUMP_KEYS})["”]\s*[:：]')
"""A quoted key of a page's record and its colon: what makes a JSON object on a line the
page's dump (``"发布时间":``, curly quotes or straight). An object whose keys are no page's
labels (``{"状态":"正常"}``, which a letter may quote) is the letter's (left59b: an earlier
round dropped any such line as chrome, and took it alone for a sign of a page)."""
_DUMP_SIGN_TAIL = rf'(?:[^"“”\n]{{1,30}}["”][^\n]{{0,300}}?["“])?(?:{_DUMP_KEYS})["”]\s*[:：]'
"""After a dump's brace and opening quote (``{"``, ``{“``): its first key a page's label,
or a later one within a line's reach (:data:`_DUMP_KEY`): the sign of a page a dump is."""
_DUMP_LINES = 8
"""How many lines a wrapped dump may run over (its opening line included)."""


def _wrapped_dump(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A page's record dumped as JSON (:data:`_RECORD_DUMP`) that a copy wrapped over
    lines (``摘要: {"原始ID":"…","`` / ``发布时间":"…"}``): the lines from its opening to
    the first that closes its brace, the pieces run on with no blank between, within
    :data:`_DUMP_LINES`, one of them holding a page's key (:data:`_DUMP_KEY`); also one
    whole on its line past :data:`_LONGEST`. An opening whose brace no later line closes
    there takes nothing."""
    for at, i in enumerate(filled):
        if "{" not in texts[i] or i in chrome or _DUMP_OPENS.match(texts[i]) is None:
            continue
        run = [i]
        if texts[i].endswith("}"):
            if _DUMP_KEY.search(texts[i]):
                chrome.add(i)  # (whole on its line, longer than a line of chrome by itself)
            continue
        for j in filled[at + 1 : at + _DUMP_LINES]:
            if j != run[-1] + 1:
                break  # (a blank between: the dump ended unclosed)
            run.append(j)
            if texts[j].endswith("}"):
                # (a page's key among its keys, read over the pieces joined: the copy may
                # have wrapped inside a key, "发 / 布时间":)
                if _DUMP_KEY.search("".join(texts[k] for k in run)):
                    chrome.update(run)
                break


# (信息分类 is left out: a plain noun a letter's own heading opens with, 信息分类管理, review57e)
_TOPIC_ROW_LABELS = ("主题分类", "体裁分类", "组配分类", "所属分类", "所属主题")
_TOPIC_ROW = re.compile(rf"(?:{'|'.join(_TOPIC_ROW_LABELS)})[\u4e00-\u9fff]{{2,12}}")
"""A page's classification row alone on its line, its colon lost, glued to a short value of
words (``主题分类城乡建设``): no letter writes these labels (left57a: an earlier round read
the row as the title's first words)."""
_LONE_CELL_FIRSTS = frozenset(f"时有效公信索-—–－{BULLET_MARKS}")
"""What :data:`_LONE_PAGE_CELL` opens with (most lines do not: no search)."""


def _contact_row_links(text: str, pos: int = 0) -> int | None:
    """Where the footer's links start after a letter's contact row (:data:`_CONTACT_ROW_LINKS`)
    in ``text[pos:]``, the row holding no other mark of a footer (某ICP备…: the footer's
    line)."""
    m = _CONTACT_ROW_LINKS.match(text, pos)
    if m is None or _footer_marked(m.group("row")):
        return None
    return m.start("links") if _row_names_person(m.group("row")) else None


def _row_names_person(row: str) -> bool:
    """Whether the first person's label of a contact row (:data:`_ROW_PERSON`) holds a
    person's name: two to four characters opening with a surname, a phone's label glued
    after it aside, no office's ending (``联系人：钱某某``). A site's footer names its
    contact so too, but as an office or a post (``联系人：网站管理员``, ``联系人：县政府办``,
    ``联系人：某县政务公开科``), or under the site's own label (``网站联系人：``)."""
    m = _ROW_PERSON.search(row)
    if m is None or m.group("site"):
        return False
    name = _PHONE_LABEL_GLUED.sub("", m.group("value"))
    return (
        2 <= len(name) <= 4
        and (name[0] in _SURNAMES or name[:2] in _SURNAMES)
        and (len(name) < 3 or _OFFICE_ENDING.search(name) is None)
    )


# The first person's label of a contact row and the words of its value, the site's own
# label (网站联系人) told apart (:func:`_row_names_person`).
_ROW_PERSON = re.compile(
    r"(?P<site>网站|本站|本网)?(?:联\s*系\s*人|经\s*办\s*人|承\s*办\s*人)\s*[:：]\s*"
    r"(?P<value>[\u4e00-\u9fff]+)"
)
_PHONE_LABEL_GLUED = re.compile(r"(?:联系|办公)?(?:电话|手机|方式)$")
_OFFICE_ENDING = re.compile(rf"(?:{vocab.alternation('org_suffixes')})$")


def _dated_row(text: str) -> bool:
    """Whether ``text`` is a listing's row of the page (:data:`_DATED_ROW`) that counts its
    views or holds a tool a page is told by (打印, 关闭…), not only a font's 大 中 小; or an
    article's row of who posted it and when (:data:`_POSTED_ROW`)."""
    return text[:1].isdigit() and (
        (
            _DATED_ROW.match(text) is not None
            and (_TOOL_MUST.search(text) is not None or _COUNT_SIGN.search(text) is not None)
        )
        or (":" in text and _POSTED_ROW.match(text) is not None)
    )


_POSTED_ROW_LABELS = (*sorted(_PAGE, key=lambda w: (-len(w), w)), "审核人", "审核", "校对", "签发")
"""The labels of an article's row of who posted it (:data:`_POSTED_ROW`): the page's own
(来源, 作者, 责任编辑…) and the site's staff who passed it (审核人, 校对)."""
# An article's row under its title (NFKC): the moment it was posted in figures with its clock
# time, the office that posted it, then the page's cells of who wrote and passed it, their
# values short or left empty (2024-11-29 17:31  某市某局 审核人:). A letter dates itself with
# 年月日 and writes no clock time; a closing's 审核人：王某 stands under no such date.
_POSTED_ROW = re.compile(
    r"^(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+[\u4e00-\u9fff()]{2,16})?"
    rf"(?:\s+(?:{'|'.join(_POSTED_ROW_LABELS)})\s*:\s*(?:[\u4e00-\u9fff]{{1,8}})?)+$"
)


# A page's row of cells glued together, each label with its colon (NFKC): the page's own
# labels, and the bare words a page's row writes (时间, 日期, 点击, 浏览, 阅读).
_ROW_LABEL = re.compile(rf"(?:{_alternation(sorted(_PAGE | {*_TIMED_WORDS, *_VIEW_WORDS}))})\s*:")


def _glued_row(text: str) -> bool:
    """Whether ``text`` is a page's row of two labelled cells or more glued together, one
    opening it (``时间:2023-01-01 08:00来源:作者:点击:``, its last cells left empty): short
    values with no sentence, the last one empty or ending with no colon (``来源:某街道办事处:``
    is a salutation glued after an empty cell)."""
    if _ROW_LABEL.match(text) is None:
        return False  # (most lines: one look at their start)
    found = list(_ROW_LABEL.finditer(text))
    if len(found) < 2:
        return False
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        value = text[m.end() : nxt.start() if nxt is not None else len(text)]
        if len(value) > _VALUE or _SENTENCE.search(value):
            return False
        if m.group().strip(" :：") in _FONT_TOOLS and _font_run_on(value):
            return False  # (words after a font tool's sizes: :func:`_page_cells`)
    return not (text.endswith(":") and found[-1].end() != len(text))


def _menu_links(text: str) -> bool:
    """Whether ``text`` is a menu's names and their links' paths (:data:`_LINK_PATH`), one
    path at least, nothing else."""
    if "/" not in text:
        return False
    names = [piece.strip() for piece in _LINK_PATH.split(text)]
    named = [name for name in names if name]
    # (one name: only before a site's deep path, 提案办理/art/2022/6/8/art_1.shtml; a letter
    # may point to a page, 详见/xxgk/index.html)
    enough = len(named) >= 2 or (len(named) == 1 and text.count("/") >= 3)
    return enough and all(_MENU_NAME.fullmatch(name) for name in named)


def _views_then_cells(text: str) -> bool:
    """Whether ``text`` is a count of the page's views (:data:`_VIEWS_LEAD`) and, after it,
    the page's date or cells alone."""
    m = _VIEWS_LEAD.match(text)
    if m is None or m.end() == len(text):
        return False
    rest = text[m.end() :]
    return _lead_is_furniture(rest) or _page_cells(_cells(rest, _LABEL))


def _stamped_cells(text: str) -> bool:
    """Whether ``text`` is the page's stamp (:data:`_STAMP_GLUED`) and the page's own cells
    glued after its clock, one of the page's labels at least (``2024-01-30 19:10来源：``),
    its cells glued to each other too or not (``…10:20作者:来源:``, :func:`_glued_row`)."""
    m = _STAMP_GLUED.match(text)
    if m is None:
        return False
    rest = text[m.end() :]
    lead, cells = _cells(rest, _LABEL)
    return (not lead.strip() and _page_cells((lead, cells))) or _glued_row(rest)


_ITEM_BULLETS = ("•", "·", "●")
_HEAD_BULLETS = (*_ITEM_BULLETS, "-")
"""The bullets of a list a flattened page's head holds, each alone between blanks: also the
dash a text copy of an HTML list writes (``- 索引号 - 0000/2020-001 - 日期 - 2020-09-30``)."""
_DATE_OPENS = re.compile(
    r"(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)(?=关于|对)"
)
"""A list's date that the page's heading is glued to (``2020年9月30日关于…``)."""
_VALUE_THEN_TITLE = re.compile(r"[^\s。！？；!?;:：你您]{2,24}?(?=关于)")
"""A list's short value, no sentence, that the page's heading opening with 关于 is glued to
(``建议提案关于…``, ``某局关于…``: the letter's authority before its title is the page's
cell there, as the gold writes a title from its 关于). Words spoken to the reader are no
cell's (``• 王某等委员你提出的关于…``: the salutation, its colon lost, and the opening;
fix164)."""
_LIST_BULLETS = "•·● "
"""What may stand before a label a page's list sets over its value (``• 发布机构`` over
``某局``)."""


def _bare_label(text: str) -> str | None:
    """The label that is the whole of ``text`` (its colon allowed; a list's bullet before
    it), or None."""
    at = len(text) - len(text.lstrip(_LIST_BULLETS)) if text[:1] in _ITEM_BULLETS else 0
    m = _LABEL.match(text, at)
    if m is None or text[m.end() :].strip(" :：" + CELL_BARS) != "":
        return None
    return _BLANKS.sub("", m.group("label"))


_FIELD = {e.spelling: e.field for e in _TABLE if e.is_label}
_DOC_NUMBER_LIKE = re.compile(r"\d.*号$")


def _cell_value(label: str, text: str) -> bool:
    """Whether ``text`` may be the value of ``label`` standing alone above it."""
    if not text or len(text) > _VALUE or _SENTENCE.search(text) or _bare_label(text):
        return False
    if text.endswith(":") or text.startswith("尊敬的"):
        return False  # a label, or the salutation under a page's last empty cell (浏览次数：)
    if label in _FONT_TOOLS and _NO_SIZE_WORD.search(text):
        return False  # a font tool's value is its sizes: the letter's line under it (王某委员)
    field = _FIELD.get(label)
    if field == "doc_number":
        return _DOC_NUMBER_LIKE.search(text) is not None
    if field != "public" and _PUBLIC_MARK.match(text):
        return False  # the letter's publication mark under a page's count left empty (点击数：)
    if label not in _TITLE_CELLS and (
        text.startswith("关于")
        or _AUTHORITY_TITLE.match(text)
        or (text.startswith("对") and _REPLY_TITLE_LAST.search(text) is not None)
        or _REPLY_OF.search(text) is not None
    ):
        return False  # the letter's title, right under the table's last empty cell (有效性：,
        # 相关文件：; fix108: one opening with 对 too, 对…的答复; review63a: any ending as a
        # reply's after its 的, 市…会议第18号建议的答复)
    return not (field == "public" and len(text) > 8)


def _by_first_character(alternatives: Sequence[str]) -> str:
    """``a|b|…`` of regexes that each begin with a plain character, grouped under it
    (``上(?:一篇…|篇…)``): the engine then skips a place by one test of its character and
    tries only the branches that begin with it."""
    groups = _first_characters(alternatives)
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _first_characters(alternatives: Sequence[str]) -> dict[str, list[str]]:
    """The regexes, each of which begins with a plain character, by that character: what
    follows it in each."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[0]
        if first == "\\" or re.escape(first) != first:
            raise ValueError(f"{alternative!r} begins with a regex mark")
        groups.setdefault(first, []).append(alternative[1:])
    return groups


# Characters that stand in most letters (关于, 建议, 政府, 单位…): a branch of a pattern the
# engine scans for by its first character is tried at every place one of them stands.
# (查, 看, 情: a listing's link, 详细查看 / 查看详情, is looked for from 细 or 详, not 情 of 情况)
_COMMON = frozenset("一上下关公政建议用号支持有所办单位分收相推体主题查看情")


def _from_rare(word: str, tail: str = "") -> str:
    """``word`` (plain characters) then ``tail``, as a regex that begins with the last of the
    word's characters not in :data:`_COMMON` (its first when all are) and checks the ones
    before it behind it: ``闭(?<=关闭)`` for ``关闭``. It matches wherever ``word + tail``
    does, that many characters further on, so a search finds one exactly when the plain
    one does; the engine tries it only where the rarer character stands."""
    at = max((i for i, ch in enumerate(word) if ch not in _COMMON), default=0)
    behind = f"(?<={re.escape(word[: at + 1])})" if at else ""
    return re.escape(word[at]) + behind + re.escape(word[at + 1 :]) + tail


def _lead(mark: str) -> tuple[str, str]:
    """A footer mark split into its plain characters and the regex after them."""
    plain = re.match(r"[^\\.\[(]*", mark)
    assert plain is not None  # (it matches the empty string at least)
    return mark[: plain.end()], mark[plain.end() :]


# Something of every kind of line that is chrome by itself (:func:`_is_chrome`: a crumb's
# 位置：/首页>, 上一篇：, a links heading, a tool word, a footer mark, a banner's end, a page
# label as :data:`_LABEL` finds it), or is a page's label alone on its line, each as
# ``(word, tail)``: plain characters and the regex after them. A line's match is the joined
# lines' match, so a text without one has no such line. The footer's Latin marks (ICP,
# copyright) are read case-blind there: each holds cp or copyr, whose letters have no case
# partners but the ASCII ones.
_CREDIT_UNITS = ("政府", "办公室", "办公厅", "中心", "委员会")
"""How the unit a site's credit names ends (某县人民政府, 某县政府办公室, 某市信息中心)."""
_GLUED_PAGE_ROW_LABELS = tuple(
    sorted(
        w
        for w in _PAGE
        if len(w) == 4
        and w[2:] in ("机构", "分类")
        and w[:2] in ("发布", "所属", "主题", "组配", "体裁")
    )
)
"""The labels of a page's table naming its body or its class (发布机构, 所属机构, 主题分类,
组配分类): words a letter never writes glued to what follows them, as a page's table does
when a copy lost its colons (``发布机构某局``)."""
_MENU_WORDS = frozenset(
    (
        "首页", "网站首页", "政务公开", "政府信息公开", "信息公开", "政务服务", "办事服务",
        "网上办事", "在线服务", "互动交流", "政民互动", "公众参与", "新闻中心", "新闻动态",
        "政务动态", "工作动态", "通知公告", "政策文件", "政策解读", "专题专栏", "数据开放",
        "机构设置", "机构概况", "领导之窗",
    )
)  # fmt: skip
"""The items a government site's menu names (``首页``, ``政务公开``, ``互动交流``): no letter
writes one alone on its line, and three in a run of short lines are a menu listed one item
a line (:func:`_listed_menu`)."""
SITE_COLUMN = (
    r"(?!(?:建议|提案|议案)(?:关于|对))"
    rf"(?:{SECTION_BANNER}|(?>{vocab.longest_first(_MENU_WORDS - {'首页', '网站首页'})}))"
)
"""A site's column a menu entry names, as a flattened page glues it right before the
article's title (``建议提案办理关于…``, ``政务公开对…的答复``): a section's banner
(:data:`SECTION_BANNER`, not a bare 建议 or 提案 right before 关于 or 对, which may open a
title's words) or one of a menu's items (:data:`_MENU_WORDS` but its 首页): the page's, no
word of the title (page76)."""
_SITE_CELL_VALUE = (
    rf"(?:本网站|本站|本网)(?:原创)?(?=(?:{_TITLE_AUTHORITY})?(?:关于|{_TO_TITLE_AHEAD}))"
)
"""The site's word for itself as a cell's value, the title glued after it, its authority
opening it or not (``来源：本站某局对…的答复``): the value the site's word (page76)."""
_PAGE_CELL_TITLE = re.compile(
    rf"(?:{_alternation(_BODY_LABELS)})[:：](?:{_SITE_CELL_VALUE}"
    rf"|{_TITLE_AUTHORITY}(?={SITE_COLUMN}(?:{_TITLE_AUTHORITY})?(?:关于|{_TO_TITLE_AHEAD}))"
    rf"|{_CELL_AUTHORITY.pattern})"
)
"""Such a label opening a piece, its value an authority's name that a title opening with 关于
(or a reply's 对) is glued to (``发布人：某局关于…``), or the site's word for itself, or a
site's column glued between (``来源：某局建议提案办理某局对…``: :data:`SITE_COLUMN`, read
with the title)."""


def menu_heading_alone(line: str) -> bool:
    """Whether ``line`` is one of a site's menu words alone with its colon (``通知公告：``,
    ``| 政务公开: |``, ``【政策文件】：``: a box's heading over the links it lists, the article
    under it), a cell's bars around it or not: the page's column, never a salutation nor the
    title's first line (a menu's word names no one addressed; fix138). A set's look-up, no
    pattern: asked of every line a salutation's shape or a colon ends."""
    text = line.strip(CELL_BARS + " \u3000")
    if text[-1:] not in ":：":
        return False
    return text[:-1].rstrip().strip("【】[]［］") in _MENU_WORDS


_MENU_CELL_VALUE = re.compile(vocab.key_alternation("public_values"))
"""A value a page's cell gives after one of a menu's words and its colon (``主动公开``,
``依申请公开``, ``是``: ``data/public_values.txt``): the word is then the cell's label
(``政务公开：主动公开``, the page's disclosure attribute), no column's heading."""


def menu_cell_end(text: str, colon: int) -> int | None:
    """Where a page's cell ends whose label is one of a menu's words, its colon at
    ``colon`` in ``text`` (:func:`menu_heading_alone` of the text up to it), a value of
    :data:`_MENU_CELL_VALUE` right after it, a blank between or not (``政务公开：主动公开``):
    a label and its value, one cell, no column's heading over what follows (review71a: an
    earlier round read the value as the title's first words). None where no value
    follows."""
    at = colon + 1
    while at < len(text) and text[at] in " \u3000":
        at += 1
    value = _MENU_CELL_VALUE.match(text, at)
    return None if value is None else value.end()


def menu_cell(line: str) -> bool:
    """Whether ``line`` is such a cell alone (``政务公开：主动公开``): the page's, no line of
    the title under it nor the salutation."""
    text = line.strip(CELL_BARS + " \u3000")
    colon = text.find("：") if "：" in text else text.find(":")
    return (
        colon > 0
        and menu_heading_alone(text[: colon + 1])
        and menu_cell_end(text, colon) == len(text)
    )


_MENU_WORDS_LEAST = 3
"""How many of :data:`_MENU_WORDS` a run of short lines holds when it is a site's menu."""
_MENU_WORD_ALONE = (
    r"[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*(?:"
    + "|".join(sorted(_MENU_WORDS - {"首页", "网站首页"}, key=lambda w: (-len(w), w)))
    + r")[^\S\n]*"
)
"""A line's end, blank lines, and a line that is one of a menu's words (not its 首页)."""
_MENU_WORD_LINE = _MENU_WORD_ALONE + "$"
"""The end of a line, blank lines, and a line that is one of a menu's words alone (not
its 首页), as the sign of a menu listed one item a line reads it after each (the lines
joined, :data:`re.MULTILINE`)."""


# A site's search box as a copy keeps it (NFKC: ： is :): its label left empty (搜索热词：,
# 热门搜索：, 热搜词：, 站内搜索, 搜索：, 关键词：), its placeholder (请输入关键词, 请输入搜索内容)
# and its button (搜索, 检索, 查询), alone or in a row of them: the page's tool, never a
# salutation nor a title (decided, fix88: an earlier round read 搜索热词 as the addressee).
_SEARCH_LABEL = (
    r"(?:(?:站内|全站|全文|本站|网站|高级|信息|在线)?(?:搜索|检索)(?:热词|关键词|关键字)?|在线检阅"
    r"|热门(?:搜索|检索)(?:词)?|热搜(?:词)?|热词|热门关键词|(?:搜索|检索)?关键[词字]"
    rf"|{SEARCH_OPTIONS})"
)
_SEARCH_BUTTON = vocab.alternation("search_box_buttons")
"""The box's button (搜索, 检索, 查询, GO: ``data/search_box_buttons.txt``)."""
_SEARCH_VERB = vocab.longest_first(
    word for word in vocab.words("search_box_buttons") if not word.isascii()
)
"""The box's buttons in Han characters (搜索, 检索, 查询): the verb its placeholder names too
(请输入搜索内容, 请输入您要查询的内容)."""
_SEARCH_PROMPT_TAIL = r"的?(?:关键[词字]|内容|信息)?(?:\.{3}|…{1,2})?"
_SEARCH_PROMPT_REST = rf"(?:您要)?(?:{_SEARCH_VERB})?{_SEARCH_PROMPT_TAIL}"
_SEARCH_PROMPT = rf"(?:请输入{_SEARCH_PROMPT_REST})"
_SEARCH_REST = rf"(?:[ \t]*(?:{_SEARCH_PROMPT}|{_SEARCH_BUTTON}))*"
"""What a search box's label or placeholder has after it on its line: the placeholder, the
button (``站内搜索：请输入关键词 搜索``)."""
# (its button alone: 搜索 and 检索 are labels too, 查询 and the Latin GO only a button;
# decided, left61b: GO alone on its line over the title is the box's, as 查询 is)
_SEARCH_BOX = re.compile(
    rf"^(?:{_SEARCH_LABEL}\s*:?|{_SEARCH_PROMPT}|{_SEARCH_BUTTON}){_SEARCH_REST}$"
)
_SEARCH_BUTTONS = rf"(?:[ \t]*(?:{_SEARCH_PROMPT}|{_SEARCH_BUTTON}))+"
_SEARCH_SIGNS = (
    # (its labels, data/search_box_labels.txt)
    *(
        (label, rf"[ \t]*(?:[:：]{_SEARCH_REST}|{_SEARCH_BUTTONS})[ \t]*$")
        for label in vocab.words("search_box_labels")
    ),
    # (its placeholder: 请输入关键词, 请输入搜索内容, 请输入您要搜索的内容…, how it opens in
    # data/search_box_prompts.txt; each opened at its rarer 词, 字 or 索, not at 入, which
    # letters write often: 纳入, 投入)
    *(
        (prompt, rf"{_SEARCH_PROMPT_TAIL}{_SEARCH_REST}[ \t]*$")
        for prompt in vocab.words("search_box_prompts")
    ),
)
"""A site's search box in words only it writes, each as ``(word, tail)``: a label with its
colon or its placeholder or button after it (``搜索热词：``, ``站内搜索 请输入关键词 搜索``),
or the placeholder (``请输入关键词``). Chrome by itself on any page and a sign of one
(:data:`_PAGE_SIGNS`); the label alone (``站内搜索``, a reply on a site may list its
functions so) and the bare ``搜索：``, ``关键词：`` are the page's only where it shows itself
otherwise (:func:`_is_furniture`)."""
_SEARCH_ALONE = re.compile("|".join(f"^{re.escape(word)}{tail}" for word, tail in _SEARCH_SIGNS))
_SEARCH_FIRSTS = frozenset("站全本网高信在搜检热关请匹排").union(
    word[0] for word in vocab.words("search_box_buttons")
)
"""What a line :data:`_SEARCH_BOX` matches opens with: the gate before it (a label's first
characters, a placeholder's 请, and a button's, each button a line of the box alone)."""


_TOOL_LEADS = ("我要", "加入", "取消", "进入", "退出", "打开", "加大", "缩小", "用微信", "用手机")
"""What a page's button writes glued before its tool's word (我要打印, 加入收藏, 取消收藏,
进入长者模式, 加大字体, 用微信扫描二维码)."""
_TOOL_ENDS = (
    r"(?:本页|此页|本頁|此頁|窗口|正文|文章|页面|大小|(?:到|至|给)(?:好友和朋友圈|好友|朋友圈)?)?"
)
"""What a page's button writes glued after its tool's word (打印本页, 关闭窗口, 字体大小,
分享到, 分享至好友和朋友圈)."""
_BUTTON_PAGE_ENDS = r"(?:本页|此页|本頁|此頁|窗口|页面)"
"""The ends of :data:`_TOOL_ENDS` that make a tool's word a page's button whatever stands
before it (打印本页, 关闭窗口): no sentence writes them after a date's figures."""
_TOOL_SET_OFF = rf"\s{CELL_BARS}{BULLET_MARKS}【\[（(\]】）)/>:："
"""What sets a tool's button apart before it on a page: a blank (or the line's start), a
bar, a bullet, a bracket, a crumb's step, a cell's colon (``【打印】``, ``点击：[] 打印``,
``|关闭``, ``作者：字体[ ]``)."""
_TOOL_SIGN_AFTER = (
    rf"(?=[\s{CELL_BARS}{BULLET_MARKS}【\[（(\]】）)/:：]|$"
    rf"|{'|'.join(_TOOL_MUST_WORDS)}|{vocab.alternation('page_buttons')}|在手机|关注)"
)
"""What a tool's button has after it on a page: a blank (or the line's end), a bar, a
bracket, its label's colon (``字号：[ ]``, ``分享到：``), another tool (``打印关闭``), or the
words only a page's share box writes after it (``扫一扫在手机打开``, ``扫码关注某微信``)."""


_BUTTON_LEADS = ("我要", "加入", "取消", "展开", "收起")
"""The leads of a page's buttons glued before a tool's word that no sentence writes before
it (我要纠错, 加入收藏, 取消收藏, 展开菜单): the button's, wherever it stands, a page flattened
with nothing between its lines too."""
_PAGE_ONLY_TOOLS = frozenset(
    (
        "文章播报", "语音播报", "播报模式", "语音合成中", "视力保护色", "适老模式", "适老化模式",
        "无障碍浏览", "长者模式", "长者专版", "辅助浏览", "大鼠标", "详细查看", "查看详情",
    )
)  # fmt: skip
"""The tools whose words only a page writes (a button named whole): the page's wherever
they stand, glued to what stands around them or not, but as an item of a list in a sentence
(``网站开设了长者模式、无障碍浏览等功能``: a punctuation mark of the sentence by it)."""
_TOOL_PHRASES = {
    "扫一扫": r"(?=在手机|·|打开手机)",
    "扫描二维码": (
        r"(?:(?<=用微信扫描二维码)|(?<=用手机扫描二维码))(?=\s|$|分享|打开|阅读|浏览)|(?=分享)"
    ),
    "扫码": r"关注[^\n。，,；;]{0,12}?(?:公众号|微信|微博)(?![。，,；;、！!])",
}
"""A tool's word and what only its box writes with it, glued around it or not: the share
box's ``扫一扫在手机打开当前页``, ``用微信扫描二维码分享至…``, ``扫码关注某公众号`` (not a
sentence's: ``扫码关注我局公众号。``)."""


_ROW_BUTTON_ENDS = "(?:本页|此页|本頁|此頁|窗口)"
"""A button's end that names the page itself (打印本页, 关闭窗口): glued straight to the next
tool's word (打印本页关闭窗口, a page whose lines were glued), a row of buttons, no sentence's."""
_SIZE_TOOLS = frozenset({"字体", "字号"})
_SIZES = r"\s*[:：]?\s*大\s*中\s*小"
"""The font box's sizes after its label, glued or not (字体大中小, 字号：大 中 小)."""
_TOOL_AS_OBJECT_VERBS = (
    "开通", "开设", "增设", "推出", "上线", "设置", "设有", "新增", "启用", "提供", "具备",
    "配备", "安装", "支持", "实现",
)  # fmt: skip
"""Verbs a letter's sentence writes before a page-only tool's name, the tool its object
(已开通无障碍浏览功能, 增设语音播报系统): the letter speaks of the tool, no page shows it."""
_TOOL_AS_OBJECT_AFTER = "功能|系统|服务|设备|设施|改造|专区"
"""Nouns a letter's sentence writes after a page-only tool's name (无障碍浏览功能, 语音播报
系统, 适老化模式改造): the tool as a thing spoken of, no page's button."""


def _tool_sign(word: str) -> str:
    """The tail of the sign of a page's tool or links heading (``word``: 关闭, 分享, 收藏,
    纠错, 打印, 相关链接…) as a page writes it: set apart before (:data:`_TOOL_SET_OFF`, its
    button's lead glued or not: 我要纠错) and after (:data:`_TOOL_SIGN_AFTER`, its button's
    end glued or not: 关闭窗口), alone on its line, in a row of tools, in its brackets, at a
    line's edge after the page's cells. Never a word inside a sentence of the letter, whose
    characters stand on both sides of it (``给予关闭或搬迁``, ``请分享给``): a letter that
    writes one so shows no page by it (pagesign64)."""
    # (the word's characters, which the tail reads behind it, as any characters: the tail
    # stands right after the word, so it reads the same, and the words of a length and of
    # the same kinds have one tail, which the search may write once for all of them:
    # :func:`_sign_search`)
    escaped = f".{{{len(word)}}}"
    # (set apart: no character but a set-off one before it, its button's lead between or
    # not: a line's start passes, and the text's; the leads of one width read together)
    leads: dict[int, list[str]] = {0: []}
    for lead in _TOOL_LEADS:
        leads.setdefault(len(lead), []).append(lead)
    behind = "|".join(
        (f"(?<=(?:{'|'.join(alike)}){escaped})" if alike else "")
        + f"(?<![^{_TOOL_SET_OFF}].{{{width + len(word)}}})"
        for width, alike in leads.items()
    )
    glued = [f"(?<=(?:{'|'.join(_BUTTON_LEADS)}){escaped})"]  # (展开菜单, 我要纠错)
    # (a row of the page's buttons glued, the first with its page's end: 打印本页关闭窗口)
    glued.append(f"{_ROW_BUTTON_ENDS}(?={'|'.join(_TOOL_MUST_WORDS)})")
    if word in _LINKS_WORDS:  # (glued after the letter's last date, the page's: …2099916友情链接)
        glued.append(f"(?<=[0-9日]{escaped}){_TOOL_SIGN_AFTER}")
    else:  # (a button with its page's end so glued, left70: …某局2099829打印本页, …日关闭窗口)
        glued.append(f"(?<=[0-9日]{escaped}){_BUTTON_PAGE_ENDS}{_TOOL_SIGN_AFTER}")
    if word in _SIZE_TOOLS:  # (the font box's sizes glued after it: 字体大中小)
        glued.append(_SIZES)
    if word in _PAGE_ONLY_TOOLS:  # (not a list's item of a sentence: 开设长者模式、…)
        glued.append(
            f"(?<![、，,]{escaped})(?![、，,。；;！!？?]|{_TOOL_AS_OBJECT_AFTER})"
            + f"(?<!(?:{'|'.join(_TOOL_AS_OBJECT_VERBS)}){escaped})"
        )
    if word in _ACCESS_TOOL_WORDS:  # (辅助浏览, 大鼠标 in a toolbar glued: 读屏辅助浏览放大…)
        glued.append(f"(?={_ACCESS_TOOLS})")
    if word in _TOOL_PHRASES:
        glued.append(_TOOL_PHRASES[word])
    return f"(?:(?:{behind}){_TOOL_ENDS}{_TOOL_SIGN_AFTER}|{'|'.join(glued)})"


_PAGE_SIGNS = (
    ("位置", r"\s*[:：]"),
    ("首页", _CRUMB_STEP),
    # (its steps parted by dashes, two of them at least: 首页-政务公开-正文; left69)
    ("首页", _DASH_CRUMB_SIGN),
    # (a lone 首页 over two of a menu's words, each alone on its line: _listed_menu)
    ("首页", _MENU_WORD_ALONE + _MENU_WORD_LINE),
    (">", _CRUMB_TRAIL_SIGN),
    *((word, _PREV_NEXT_TAIL) for word in _PREV_NEXT_WORDS),
    # (a tool's word or a links heading as a page sets it, never inside a sentence: _tool_sign)
    *((word, _tool_sign(word)) for word in (*_LINKS_WORDS, *_TOOL_MUST_WORDS)),
    # (the share tool's label, its colon after it, glued to what stands before or not:
    # 2021年10月22日分享到：; a letter's 经验分享：… writes no 到 nor 至)
    ("分享", r"(?:到|至)\s*[:：]"),
    # (a site's note of the screen to view it with, its figures a resolution's: 1024×768
    # 分辨率下显示效果最佳, 为获得最佳浏览效果，建议使用1366×768以上分辨率; :data:`_BROWSER_NOTE`)
    *(
        (
            "分辨率",
            rf"(?<=\d[*×xX]{digits}{between}分辨率)[^，,。；;！!？?]{{0,24}}?(?:浏览|访问|最佳)",
        )
        for digits in (r"\d\d\d", r"\d\d\d\d")
        for between in ("", "像素", "以上", "的", "以上的")
    ),
    ("最佳", rf"[^。；;！!？?]{{0,16}}?{_RESOLUTION}"),
    *((word, rf"[^，,。；;！!？?]{{0,12}}?{_RESOLUTION}") for word in ("浏览", "访问")),
    *(_lead(mark) for mark in _FOOTER_MARKS if not mark[0].isascii()),
    *((c, r"[Pp]\s*[备证]") for c in "Cc"),
    *((c, "[Oo][Pp][Yy][Rr]") for c in "Cc"),
    *((end, _BANNER_TAIL) for end in _BANNER_ENDS),
    # (a government's disclosure platform named alone: 某县人民政府信息公开,
    # :data:`_DISCLOSURE_BANNER`; not a body's heading naming an act on it before the
    # government, up to two characters between, 全面推进县政府政务公开, 加强我县政府信息公开:
    # :data:`_DISCLOSURE_ACT_BEFORE`)
    *(
        (
            "公开",
            rf"(?<=[省市县区州旗盟镇乡民]政府{kind}公开){_DISCLOSURE_ACT_BEFORE}"
            rf"(?:{'|'.join(_DISCLOSURE_ENDS)})?\s*$",
        )
        for kind in ("信息", "政务")
    ),
    *((word, _VIEW_TAIL) for word in _VIEW_WORDS),
    # (a count of views left bare alone on its line, 点击： under the page's heading and its
    # date: no word glued before it, nothing after its colon; :data:`_VIEWS_LEFT_EMPTY`)
    *((word, rf"(?<![\u4e00-\u9fff]{word}){_BARE_VIEWS_TAIL}") for word in _VIEW_WORDS),
    *((word, _TIMED_TAIL) for word in _TIMED_WORDS),
    # (a listing's row's count its template left empty, 点击:[]: :func:`_dated_row`)
    *((word, r"(?:次数|人次|量|数)?\s*[:：]\s*[\[【(（]") for word in _VIEW_WORDS),
    *((mark, r"\s*(?:19|20)\d{2}[-./年]") for mark in BULLET_MARKS),
    *((mark, r"\s*(?:日期|时间)\s*[:：]\s*(?:19|20)\d{2}[-./年]") for mark in BULLET_MARKS),
    # (a row of a page's table, its label glued to its value, no colon: - 发布机构某局,
    # • 主题分类建议提案; :func:`_glued_rows`, a list of them with no date nor index number)
    *((label, r"(?=[0-9A-Za-z\u4e00-\u9fff]|-\s)") for label in _GLUED_PAGE_ROW_LABELS),
    # (a site's credit of its unit ending its line, the page's last words: 某县人民政府主办,
    # run on after the letter's date or not; :data:`_CREDIT`. A unit's name before it, not
    # a head's 办理类型：主办)
    ("主办", rf"(?:{'|'.join(f'(?<={unit}主办)' for unit in _CREDIT_UNITS)})\s*$"),
    # (a site's IPv6 badge ending its line, 网站支持IPv6, 支持IPv4/IPv6双栈访问: the page's
    # banner, :data:`_IPV6_NOTE`, seen on a page that shows nothing else; review60g)
    *(
        (word, rf"(?:(?<=支持{word})|(?<=/{word}))(?:双栈|雙棧)?(?:访问|浏览|訪問|瀏覽)?\s*$")
        for word in ("IPv6", "IPV6", "ipv6")
    ),
    # (a panel's heading of interpretations alone on its line: 访谈解读：, 【图解】)
    ("解读", r"[】\]]?\s*[:：]\s*$"),
    ("图解", r"[】\]]?\s*[:：]?\s*$"),
    ("【", r"\s*(?:19|20)\d{2}[-./年]"),
    ("发布", r"于\s*[:：]?\s*(?:19|20)\d{2}[-./]"),
    ("发表", r"于\s*[:：]?\s*(?:19|20)\d{2}[-./]"),  # (a forum's post header)
    # (a post's byline ending its line, its day in words: 某某 于2031年7月9日发表, its poster
    # parted from its 于 by a blank or a handle's last letter or figure; 发表于 2031年7月9日,
    # 发布于 so, opening the line or after a blank: :data:`_POSTED_BYLINE`. A sentence's line
    # a hard-wrapped copy broke there, 县长王某于2031年7月9日发表 / 该文发表于2031年7月9日,
    # shows no page: review63b)
    *(
        ("发表", rf"(?<=[\sA-Za-z0-9_]于{blank}\d{{4}}年{month}月{day}日发表)[ \t]*$")
        for blank in ("", " ")
        for month in (r"\d", r"\d\d")
        for day in (r"\d", r"\d\d")
    ),
    *(
        (
            word,
            rf"(?:(?<=^{word})|(?<=\s{word}))"
            r"于\s*[:：]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t]*$",
        )
        for word in ("发表", "发布")
    ),
    *((word, _DISCLAIMER_TAIL) for word in ("本站", "本网")),
    # (a site's notice that it takes down what infringes: _INFRINGEMENT; a link's row)
    *((lead, _INFRINGE_TAIL) for lead in ("如有侵权", "若有侵权", "如涉及侵权", "如涉侵权")),
    ("版权归原作者", ""),
    ("版权", r"(?:说明|声明)\s*[:：]"),
    *((word, "(?:所载|转载|所发)") for word in ("本站", "本网")),
    ("链接", r"\s*[:：]\s*(?:点击|查看|下载|https?://|www\.)"),
    ("免责声明", r"\s*[:：]"),
    # (a page's record dumped as JSON, its first quoted key: _RECORD_DUMP)
    ('{"', _DUMP_SIGN_TAIL),
    ("{“", _DUMP_SIGN_TAIL),
    ("索引号", r"[0-9A-Za-z]"),  # (an index number's cell glued to its code: 索引号0000/2024-1)
    # (a page's classification row alone on its line, its colon lost, glued to a short value
    # of words: 主题分类城乡建设; no letter writes these labels, left57a)
    *((label, rf"(?<=^{label})[\u4e00-\u9fff]{{2,12}}[ \t]*$") for label in _TOPIC_ROW_LABELS),
    # (its label spaced out, a blank or a wide one between its characters: 索 引 号0000/…)
    # (one blank or two, a character's width, as :data:`_LONE_PAGE_CELL` reads it, review57e)
    ("索", "[ \t\u3000]{1,2}引[ \t\u3000]{1,2}号\\s?[0-9A-Za-z]"),
    # (the document's validity cell whole on its line, its colon kept or lost: 时效性有效,
    # 有效性：失效; :data:`_LONE_PAGE_CELL`)
    # (opening its line, or after a blank or a list's mark: no sentence's words ending so)
    *(
        (
            label,
            rf"(?:(?<=^{label})|(?<=[\s{BULLET_MARKS}{_LIST_DASHES}]{label}))"
            rf"\s?[:：]?\s?{_VALIDITY_VALUE}[ \t]*$",
        )
        for label in _VALIDITY_LABELS
    ),
    # (the label 时效 alone, its colon kept: 时效：有效; no sentence's words so)
    (
        "时效",
        rf"(?:(?<=^时效)|(?<=[\s{BULLET_MARKS}{_LIST_DASHES}]时效))"
        rf"\s?[:：]\s?{_VALIDITY_VALUE}[ \t]*$",
    ),
    # (a page's date cell glued to its year, its colon lost: 发布日期2024-06-01,
    # :func:`_glued_rows`)
    *((label, r"(?:19|20)\d{2}[-./年]") for label in _GLUED_DATE_LABELS),
    # (a page's labelled date in round brackets in the colon's place, 发布日期（2025-04-11）:
    # :data:`_MARKED_DATE`, the page asked for it by this sign where it shows no other)
    *((label, r"\s*[（(]\s*(?:19|20)\d{2}[-./]") for label in _MARKED_DATE_LABELS),
    ("Not Found", ""),  # (a server's error page, its commonest: 404 Not Found)
    # (a site's comment box ending the page, its captcha's label bare and the box's heading
    # after it, a blank between or none: 验证码 全部评论; a letter asks for no captcha. fix156)
    ("验证码", _CAPTCHA_THEN_COMMENTS[len("验证码") :]),
    # (a site's notice over a link leaving it: its lead ending its line, 某网站提醒您：, or
    # its sentence, 您访问的链接即将离开…; :data:`_SITE_NOTICE`)
    # (each looked for from a rare character, 醒, 离, 跳: not 您 nor 将, frequent in letters)
    # (the lead after a site's word, a mirror's gloss or nothing: not a letter's 特此提醒您：)
    ("提醒", r"(?:(?<=^提醒)|(?<=[站网網户戶台)]提醒))[您你]\s*[:：]\s*$"),
    # (a site's comment form's captcha field left empty, ending its line, its star or bullet
    # before it: • *验 证 码:; a letter asks its reader for no captcha: _comment_form)
    (
        "码",
        "(?:"
        + "|".join(
            rf"(?<=[*{BULLET_MARKS}]{blank}{gap.join(word)})"
            for word in ("验证码", "校验码")
            for gap in ("", r"\s")
            for blank in ("", r"\s")
        )
        + r")\s*[:：][ \t]*$",
    ),
    # (a site's search box alone on its line, named by words only it writes: 搜索热词：,
    # 站内搜索, 请输入关键词 搜索; :data:`_SEARCH_BOX`, whose bare 搜索： and 关键词： are
    # the page's only where it shows itself otherwise)
    *(
        (word, rf"(?:(?<=^{re.escape(word)})|(?<=\s{re.escape(word)})){tail}")
        for word, tail in _SEARCH_SIGNS
    ),
    *(
        (f"{what}{soon}{verb[0]}", verb[1])
        for what in _LEFT_PAGES
        for soon in _SOON
        for verb in ("离开", "跳转")
    ),
    *((f"{you}{soon}离开", _LEFT_SITE) for you in "您你" for soon in _SOON),
    ("作者", r"\s*[:：]?\s*[\u4e00-\u9fffA-Za-z]{1,12}\s+(?:19|20)\d{2}[-./年]"),  # (a byline)
    # (a row of a metadata table with no page label on it, :func:`_bare_table_row`, by the
    # cells such a row opens with: the rarer ones, a sign costs its scan's characters)
    *((label, rf"\s*[:：]\s*[{CELL_BARS}]") for label in _TABLE_ROW_SIGNS),
)
# (or the next dash item of a list a copy glued to it: 索引号- 0000/2024-01- 发布机构- …; or
# the bracket a page writes in its colon's place, 【发布日期】2024-…, [ 索引号 ] 0000…)
_LABEL_END = rf"(?=\s*[:：\]】]|[{_SEP}]|-\s|$)"


_LETTER_LABELS = frozenset(
    e.spelling for e in _TABLE if e.is_label and e.field != "page" and e.spelling not in _PAGE
)


def _own_heads() -> dict[str, tuple[str, ...]]:
    """:data:`_OWN_HEADS`: each own label's tails looked up among the page's labels (0.3 ms
    at import, where asking every pair with ``endswith`` took 7)."""
    heads: dict[str, list[str]] = {}
    for own in _LETTER_LABELS:
        for cut in range(1, len(own)):
            if own[cut:] in _PAGE:
                heads.setdefault(own[cut:], []).append(own[:cut])
    return {label: tuple(sorted(heads.get(label, ()))) for label in _PAGE}


_OWN_HEADS = _own_heads()
"""The heads of a letter's own labels that end with a page's label, for each page label:
公开 of 公开属性 (属性), 发文 of 发文字号 (字号). A letter's header row ``公开属性：主动公开``
is the letter's, no page's 属性 cell: the sign of a page's label is not the end of such a
label (pagesign64)."""


def _not_own(label: str, at: int) -> str:
    """Lookbehinds, read right after ``label[at]``, that fail where ``label`` is the end of a
    letter's own label written whole (:data:`_OWN_HEADS`)."""
    return "".join(
        f"(?<!{re.escape(head + label[: at + 1])})" for head in _OWN_HEADS.get(label, ())
    )


_SPREAD_RUNS = range(2, 13)
"""The runs of blanks a page spreads a label's characters with, the same run between each
two (``索  引  号``, a character's width; ``来    源``, ``作      者``, a short label spread
to a long one's width), besides one blank or none between each two (:func:`_label_from_rare`)."""


def _label_from_rare(label: str) -> str:
    """A page's ``label``, blanks allowed between its characters, as a regex that begins
    with the character :func:`_from_rare` would open it at and checks every one before it
    behind it. A lookbehind reads a fixed width, so each way a page spreads them is one:
    one blank or none between each two (``发布日期``, ``发 布 日 期``, ``发布 日期``, a line
    break in a label's place too), or the same run of blanks between each two
    (:data:`_SPREAD_RUNS`). A run that stands before the label's tail only, with none of
    its characters before it (a letter's ``公开`` line, its ``内容：``, ``地址：``,
    ``日期：``), is no such label (pagesign64b): the tail is no page's sign, a plain letter
    never asked the page's rules by its short words. The engine tries it only where the
    rarer character stands, and most places fail at the first lookbehind (the character
    before is neither the label's nor a blank). What ends a label (:data:`_LABEL_END`) is
    the caller's to write after it, once after many of them (:func:`_sign_search`)."""
    at = max((i for i, ch in enumerate(label) if ch not in _COMMON), default=0)
    ahead = r"\s*".join(map(re.escape, label[at + 1 :]))
    ahead = r"\s*" + ahead if ahead else ""
    if not at:
        return re.escape(label[0]) + _not_own(label, 0) + ahead
    rare, before = re.escape(label[at]), re.escape(label[at - 1])
    chars = [re.escape(ch) for ch in label[: at + 1]]
    behind = [
        # (one blank or none between each two: the label glued first)
        "".join(ch + gap for ch, gap in zip(chars, (*gaps, ""), strict=True))
        for gaps in product(("", r"\s"), repeat=at)
    ]
    behind += [f"\\s{{{run}}}".join(chars) for run in _SPREAD_RUNS]  # (the same run each)
    alternatives = "|".join(f"(?<={b})" for b in behind)
    return f"{rare}(?<=[{before}\\s]{rare})(?:{alternatives}){_not_own(label, at)}{ahead}"


# A page's label as written: glued, or spread with one blank or none between each two of its
# characters, or the same run of blanks between each two (:data:`_SPREAD_RUNS`).
_PAGE_LABEL_SIGNS = tuple(
    "".join(f"(?<!{re.escape(head)})" for head in _OWN_HEADS[label])
    + "(?:"
    + "|".join(
        (r"\s" * run).join(map(re.escape, label)) if run else r"\s?".join(map(re.escape, label))
        for run in (0, *_SPREAD_RUNS)
    )
    + ")"
    + _LABEL_END
    for label in sorted(_PAGE)
)
_SHARED_TAIL_LEAST = 3000
"""How many characters of a tail's source its words would write again (all of them but one
word's) before the words share it, the tail written once after them (:func:`_sign_search`):
the links headings' 19 words (:data:`_LINKS_WORDS`) share theirs; a shared tail's branch
costs the search a test at each place it tries, so a tool's few words of a kind keep theirs."""
_SIGN_CLASSES = 5
"""How many classes of first characters :func:`_sign_search` parts the signs into (each
class's signs a branch the engine enters only where one of its characters stands): with
five, the search tries at a place about a fifth of the branches it tried in one class, and
its own tests of the five classes cost about what that saves (fewer classes cost more
tries, more classes more tests: measured over the open dev letters)."""


def _gated(chars: Iterable[str], source: str) -> str:
    """``source``, a regex each of whose matches opens with one of ``chars``, as one that
    the engine enters only where one of them stands: a class, then ``source`` asked from
    before it (a branch that opens with a class is skipped by one test of it; a match is
    the class's character alone)."""
    return f"[{re.escape(''.join(chars))}](?<=(?={source}).)"


def _sign_search(signs: Iterable[tuple[str, str]], labels: Iterable[str]) -> tuple[str, str]:
    """The source of a search for ``signs`` (each ``(word, tail)``) and page ``labels``, and
    the characters a match opens with. Each sign is written from a rare character of it
    (:func:`_from_rare`, :func:`_label_from_rare`): about 7 places of a corpus letter tried
    rather than 35 (the labels from their first: 18). Words that share a long tail are one
    branch, the tail written once after them (``(?:相关链接|友情链接|…)TAIL``:
    :data:`_SHARED_TAIL_LEAST`), as are the labels before their end (:data:`_LABEL_END`);
    the rest are grouped by the character they open with (:func:`_by_first_character`) in
    classes of those characters (:data:`_SIGN_CLASSES`), each entered only where one of
    them stands (:func:`_gated`). Written once per word, the tails made the search's
    program five times the size, and loading it (:mod:`replyparse.patterncache`) most of a
    cold start's rise (stop 64); the classes keep the search's own time."""
    words_of: dict[str, list[str]] = {}
    for word, tail in signs:
        words = words_of.setdefault(tail, [])
        if word not in words:
            words.append(word)
    alone: list[str] = []
    parts: list[str] = []
    firsts: set[str] = set()
    for tail, words in words_of.items():
        if (len(words) - 1) * len(tail) < _SHARED_TAIL_LEAST:
            alone += (_from_rare(word, tail) for word in words)
            continue
        opened = _first_characters([_from_rare(word) for word in words])
        firsts.update(opened)
        shared = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in opened.items())
        parts.append(_gated(opened, f"(?:{shared}){tail}"))
    opened = _first_characters(alone)
    opened_labels = _first_characters(list(map(_label_from_rare, labels)))
    chars = sorted(opened.keys() | opened_labels.keys())
    firsts.update(chars)
    size = -(-len(chars) // _SIGN_CLASSES)
    for at in range(0, len(chars), size):
        those = chars[at : at + size]
        branches = [f"{c}(?:{'|'.join(opened[c])})" for c in those if c in opened]
        ends = [f"{c}(?:{'|'.join(opened_labels[c])})" for c in those if c in opened_labels]
        if ends:
            branches.append(f"(?:{'|'.join(ends)}){_LABEL_END}")
        parts.append(_gated(those, "|".join(branches)))
    return "|".join(parts), "".join(sorted(firsts))


def _searched(signs: str, firsts: str) -> Callable[[], re.Pattern[str]]:
    """A search for :data:`SIGNS`-like ``signs`` over a text (its lines joined), whose
    matches open with one of ``firsts``: the engine skips to each of them by a class (the
    signs' branches open with classes, which give it none to skip by). Only whether it
    finds one is asked: a match is the sign's first character. Made when first asked for
    (:func:`replyparse.patterncache.deferred`): each is about 650 KB of program, and the
    view's scan tells most letters' signs without either."""
    return patterncache.deferred(_gated(firsts, signs), re.MULTILINE)


def _kept_sign_search(signs: Iterable[tuple[str, str]], labels: Iterable[str]) -> tuple[str, str]:
    """:func:`_sign_search`, kept between processes with the compiled patterns
    (:func:`replyparse.patterncache.source`): building the two searches cost a cold start
    about 60 M instructions. The key holds what the source is made from: the signs and
    labels themselves, the values of the module's tables it reads (:data:`_COMMON`,
    :data:`_OWN_HEADS`, :data:`_LABEL_END`, :data:`_SPREAD_RUNS` and the two sizes), and
    this file's size and time of change, which stand for the code that writes it (a
    changed rule is a missing source, built anew, never a stale one)."""
    signs, labels = tuple(signs), tuple(labels)
    try:
        stat = os.stat(__file__)
    except OSError:  # (no file to tell the code by: made each time)
        return _sign_search(signs, labels)
    key = (
        "chrome-signs",
        signs,
        labels,
        "".join(sorted(_COMMON)),
        tuple(sorted(_OWN_HEADS.items())),
        _LABEL_END,
        tuple(_SPREAD_RUNS),
        _SHARED_TAIL_LEAST,
        _SIGN_CLASSES,
        stat.st_size,
        stat.st_mtime_ns,
    )

    def make() -> str:
        search, firsts = _sign_search(signs, labels)
        return f"{len(firsts)}:{firsts}{search}"

    kept = patterncache.source(key, make)
    count, _, rest = kept.partition(":")
    return rest[int(count) :], rest[: int(count)]


_SHOWS_PAGE = _searched(*_kept_sign_search(_PAGE_SIGNS, sorted(_PAGE)))
# :data:`_SHOWS_PAGE` for the lines joined before they are trimmed (:func:`_read`): a
# banner's end may stand before the blanks that end its line. Nothing else changes: every
# sign opens with a character that is no blank, and what a trimmed line loses is blanks
# next to a line break or the text's ends, which a sign reads only where it allows blanks
# (``\s*`` takes them, ``\s`` of a label's end is one, a label's lookbehind may count them
# in a run) or past its end (``.`` takes no line break). So it finds a sign in the
# untrimmed lines whenever the signs as written find one in the trimmed lines.
SIGNS, SIGN_FIRSTS = _kept_sign_search(
    (
        (word, _BANNER_TAIL_UNTRIMMED if tail == _BANNER_TAIL else tail)
        for word, tail in _PAGE_SIGNS
    ),
    sorted(_PAGE),
)
"""The source of :data:`_SHOWS_PAGE_UNTRIMMED` (with :data:`re.MULTILINE`), and the
characters a match of it opens with (each sign opens with a plain character). The view's
one scan of the letter looks for a sign at each of them
(:func:`replyparse.textview._scanned`), so a letter the view was made from is not searched
again here (:func:`chrome_lines`' ``shown``): a search that opens with a class of
characters costs about 90 instructions a character of the letter."""
_SHOWS_PAGE_UNTRIMMED = _searched(SIGNS, SIGN_FIRSTS)


def shows_page(text: str) -> bool:
    """Whether ``text`` (a letter as written, or its lines joined in NFKC) holds a page's
    sign (:data:`SIGNS`, or its site's row of units: :func:`shows_host_footer`)."""
    return _SHOWS_PAGE_UNTRIMMED().search(text) is not None or shows_host_footer(text)


# Common characters of Chinese text and their NFKD forms (a test checks): NFKC reads a text
# the same with them so replaced, and a text that is then in NFKC is only checked, not
# rebuilt character by character (``unicodedata.normalize`` is slow on wide punctuation).
_WIDE = (
    ("\u3000", " "), ("，", ","), ("：", ":"), ("（", "("), ("）", ")"), ("；", ";"),
    ("！", "!"), ("？", "?"), ("…", "..."),
)  # fmt: skip


def _nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, without its composing pass where it has
    nothing to compose: NFKC is NFC of the NFKD form, and an NFKD form already in NFKC is
    in NFC, so it is the NFKC form (``中发﹝2015﹞34号`` is ``中发〔2015〕34号``). The
    composing pass costs about 0.6 µs a Chinese character; NFKD and the check, 0.01."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    if unicodedata.is_normalized("NFKC", decomposed):
        return decomposed
    return unicodedata.normalize("NFKC", decomposed)  # (NFKC reads the NFKD form the same)


def _texts(lines: Sequence[str], joined: str | None = None) -> list[str]:
    """Each line as :func:`_norm` reads it, a line too long to be chrome as ``""``.
    ``joined``, when given, is ``"\n".join(lines)`` (the letter the lines were cut from)."""
    return _read(lines, joined)[0]


def _read(lines: Sequence[str] | None, joined: str | None = None) -> tuple[list[str], str | None]:
    """:func:`_texts`, and the lines joined in NFKC before they were trimmed when those are
    the texts untrimmed (no line too long, none with a break of its own), else None.
    ``lines`` None is ``joined.split("\n")``: split only where they are read (a long text)."""
    if joined is None:
        assert lines is not None
        joined = "\n".join(lines)
    # no line is longer than the text: a short text has none too long (most letters)
    short = len(joined) <= 4 * _LONGEST
    if lines is None and not short:
        lines = joined.split("\n")
    # A text in NFKC holds none of the wide characters (NFKC changes each: a test checks),
    # so it is read as it is, and asked once: the question answers no at the first
    # character NFKC changes (most letters with wide punctuation: early), where the nine
    # searches for them would each read the whole text.
    normalized = unicodedata.is_normalized("NFKC", joined)
    if not normalized:
        for wide, plain in _WIDE:
            if wide in joined:
                joined = joined.replace(wide, plain)
    normal = joined.split("\n")
    # (lines cut from the text have no break of their own: the replaces add or take none)
    if lines is not None and len(normal) != len(lines):  # a break of its own: each alone
        normal = list(map(_nfkc, lines))
        joined = None
    # a text in NFKC has every line in NFKC (a line break combines with nothing); a text
    # not in NFKC is read line by line (the check is quick on a line already in it)
    elif not normalized and not unicodedata.is_normalized("NFKC", joined):
        normal = list(map(_nfkc, normal))
        joined = "\n".join(normal)
    if short or lines is None or max(map(len, lines), default=0) <= 4 * _LONGEST:
        return list(map(str.strip, normal)), joined  # no line too long
    texts = [
        t.strip() if len(line) <= 4 * _LONGEST else ""
        for line, t in zip(lines, normal, strict=True)
    ]
    return texts, None


_DASH_ITEM = "- "
"""How a page's list item opens once a copy turned the page's markup into text (``- 索引号``)."""
_DASH_LIST_LEAST = 4
"""The fewest items in a row that make a page's dash list (a label and its value, twice)."""


def _unlisted(texts: list[str]) -> list[str] | None:
    """``texts`` with the dash before each item of a page's list taken off, where a run of
    :data:`_DASH_LIST_LEAST` lines or more in a row (blank lines between them or not) each
    opens with ``- `` and one of its items is a page's own label alone (``- 索引号`` /
    ``- 0000/2020-01`` / ``- 发文机构`` /
    ``- 某局`` / ``- 日期`` / ``- 2020-10-09``: a metadata table whose cells a copy listed
    one a line): its cells are then judged as those of a table whose labels stand alone
    over their values are (an earlier round read none of them as the page's, and the
    salutation under them was looked for too far down). None when there is no such run
    (most letters: a letter writes no list of a page's labels)."""
    out: list[str] | None = None
    i, n = 0, len(texts)
    while i < n:
        if not texts[i].startswith(_DASH_ITEM):
            i += 1
            continue
        j, at = i, []  # (blank lines between the items are the list's too)
        while j < n and (texts[j].startswith(_DASH_ITEM) or not texts[j]):
            if texts[j]:
                at.append(j)
            j += 1
        items = [texts[k][len(_DASH_ITEM) :].strip() for k in at]
        if len(at) >= _DASH_LIST_LEAST and any(_bare_label(item) in _PAGE for item in items):
            out = out if out is not None else list(texts)
            for k, item in zip(at, items, strict=True):
                out[k] = item
        i = j
    return out


_LIST_MARK = re.compile(rf"(?:(?P<count>[1-9][0-9]?)\.|(?P<bullet>[-*{BULLET_MARKS}]))[ \t]+")
"""How an item of a page's list opens once a copy wrote the page as text: its count in an
ordered list (``1. ``), a bullet or a dash in another (``• ``, ``- ``, ``* ``), a blank
after it (NFKC: ``１．`` is ``1.``)."""


def _crumb_item(text: str) -> bool:
    """Whether ``text`` is a crumb's lead, its trail or its steps carried on."""
    return (
        _CRUMB.match(text) is not None
        or _CRUMB_STEPS.match(text) is not None
        or (">" in text and _CRUMB_TRAIL.match(text) is not None)
    )


def _crumb_unlisted(texts: list[str]) -> list[str] | None:
    """``texts`` with the marks taken off the items of a list a crumb stands in: a run of
    lines each opening with a list's mark (:data:`_LIST_MARK`), counted 1, 2, 3… or the
    same bullet on each (blank lines between them or not), one item at least a crumb's
    lead, its 当前位置 or the 首页 its trail opens with (``1. 当前位置：`` /
    ``2. 首页 > 政务公开 > 某栏目`` / ``3. > 正文``, a copy that wrote the page's crumb, an
    ordered list, with its counts). Its items are then judged as a crumb's lines are (an
    earlier round read none of them as the page's: the lead gave the salutation, ``1.`` an
    addressee, and the title under it was lost).
    A letter's own list, its points or sections, holds no crumb and is left alone, also one
    whose steps name a site's pages (``1. 登录网站`` / ``2. 某政务网 > 办事服务 > 某查询``): a
    page's crumb stands over the letter, so a list opening under a line holding a sentence's
    end (``。``) is the letter's. None when there is no such run (most letters)."""
    out: list[str] | None = None
    i = 0
    # (a crumb's list opens before the letter's first sentence: the lines after are its own)
    n = next((k for k, text in enumerate(texts) if "。" in text), len(texts))
    while i < n:
        first = _LIST_MARK.match(texts[i])
        if first is None or first.group("count") not in (None, "1"):
            i += 1
            continue
        bullet, count = first.group("bullet"), 1
        j, at, items = i + 1, [i], [texts[i][first.end() :]]
        while j < n:
            if not texts[j]:  # (blank lines between the items are the list's too)
                j += 1
                continue
            m = _LIST_MARK.match(texts[j])
            if m is None or m.group("bullet") != bullet:
                break
            if bullet is None:
                if int(m.group("count")) != count + 1:
                    break
                count += 1
            at.append(j)
            items.append(texts[j][m.end() :])
            j += 1
        if any(_CRUMB.match(item) is not None for item in items):
            out = out if out is not None else list(texts)
            for k, item in zip(at, items, strict=True):
                out[k] = item
        i = at[-1] + 1
    return out


def chrome_lines(
    lines: Sequence[str] | None,
    joined: str | None = None,
    shown: bool | None = None,
    invisible: bool | None = None,
) -> frozenset[int]:
    """The indices of ``lines`` (a letter's lines as written) that are site chrome;
    ``joined``, when given, is the letter they were cut from (``"\n".join(lines)``);
    ``lines`` may then be None (the view's letter: it needs its lines split only when it
    has chrome, so they are not split for this alone). ``shown``, given with ``joined``,
    is whether ``joined`` holds a match of :data:`SIGNS`: it is then not searched for in a
    letter in NFKC. ``invisible``, when given, is whether the text holds an invisible
    format character (:data:`~replyparse.formatchars.FORMAT_CHARS`): the lines are judged
    without them (a web copy's zero-width space inside ``发布时间：2024-06-01`` hides no
    page's cell), and their indices are the same.

    Tables, link lists and footers, which are judged by their neighbours, are looked for
    only in a text that shows a page somewhere (a line that is chrome by itself, or a
    page's own label alone on its line, the head of a metadata table): they never touch a
    letter that shows none. A page heading shows itself (the next lines write it again).

    Remembered for the last ``joined`` asked with ``lines`` None (the view's letter): the
    document numbers' reader asks it again of the same letter (:func:`page_doc_number`).
    Exact: the text is told apart by identity, and the memo holds it, so no other string
    can take its place; the answer is a frozenset, never changed."""
    if lines is None and joined is not None:
        return _letter_chrome(joined, shown, invisible)[0]
    return _chrome_lines(lines, joined, shown, invisible)[0]


class _Chrome(NamedTuple):
    """What :func:`_chrome_lines` tells of a text."""

    lines: frozenset[int]
    """The indices of its lines that are chrome (:func:`chrome_lines`)."""
    paged: bool
    """Whether it shows a page: its tables were looked for."""
    invisible: bool
    """Whether it holds an invisible format character (the view's scan told it, or
    :data:`~replyparse.formatchars.INVISIBLE` found one)."""


def _letter_chrome(
    joined: str, shown: bool | None = None, invisible: bool | None = None
) -> _Chrome:
    """:func:`chrome_lines` of the view's letter ``joined``, with what else
    :func:`_chrome_lines` told of it, remembered for the last letter asked: the page's
    cells' readers (:func:`page_doc_number` …) take whether it holds an invisible character
    from it without searching the letter again (the view's scan told it). Returned
    together, read from one tuple, so a thread that asks of another letter meanwhile
    changes none."""
    global _last_chrome
    text, told = _last_chrome
    if text is joined and told is not None:
        return told
    told = _chrome_lines(None, joined, shown, invisible)
    _last_chrome = (joined, told)
    return told


_BODY_DATE_LABELS = ("有效日期", "生效日期")
"""The page's cells for the dates a document holds from and to that a letter's own body also
writes of a measure it tells of (``有效日期：2099年12月31日``): a page's sign only where the
letter shows another, or outside its body (:func:`_body_dates_alone`, decided left65)."""
_BODY_DATE = re.compile(
    rf"(?:{'|'.join(_BODY_DATE_LABELS)})"
    rf"(?=\s*[:：]\s*(?:(?:19|20)\d{{2}}|[{CN_YEAR_DIGITS}]{{4}})\s*[年./-])"
)
"""Such a label, a date after its colon, from its year (NFKC)."""
_SALUTATION_OPENS = re.compile(
    rf"^(?:尊敬的)?[\u4e00-\u9fff、,·\s]{{0,40}}?(?:{vocab.alternation('roles')})\s*[:：]"
)
"""A line that opens with a salutation (``王某代表：``, ``尊敬的王某、李某委员:您好``; NFKC)."""


def _body_dates_alone(texts: list[str], filled: list[int]) -> bool:
    """Whether the only page's signs of a text (:data:`SIGNS`) are the labels of the dates
    a measure holds from or to that its lines between the salutation and the last (the
    signer's) write with a date after them (:data:`_BODY_DATE`): the letter's own, in a
    letter that shows no page (its dates the letter's; decided left65). A page's metadata
    table over the salutation, or any other sign, still shows one."""
    if not any("效日期" in texts[i] for i in filled):  # (most pages: neither label)
        return False
    saluted = next((at for at, i in enumerate(filled) if _SALUTATION_OPENS.match(texts[i])), None)
    if saluted is None:
        return False
    body = set(filled[saluted + 1 : -1])
    cut = [_BODY_DATE.sub("", t) if i in body and "效日期" in t else t for i, t in enumerate(texts)]
    if cut == texts:
        return False
    lined = "\n".join(cut)
    return _SHOWS_PAGE().search(lined) is None and not shows_host_footer(lined)


_last_chrome: tuple[str | None, _Chrome | None] = (None, None)
"""The last letter :func:`chrome_lines` read whole, and what :func:`_chrome_lines` told of
it."""


def _chrome_lines(
    lines: Sequence[str] | None,
    joined: str | None,
    shown: bool | None = None,
    invisible: bool | None = None,
) -> _Chrome:
    """:func:`chrome_lines`, asked afresh, with what else was told of the text on the way
    (:class:`_Chrome`)."""
    if invisible is None:
        text = joined if joined is not None else "\n".join(lines or ())
        invisible = INVISIBLE.search(text) is not None
    if invisible:  # (no format character takes a line break's place: the lines stay)
        lines = None if lines is None else [INVISIBLE.sub("", line) for line in lines]
        joined = None if joined is None else INVISIBLE.sub("", joined)
        shown = None  # (a sign with one inside was not seen)
    texts, untrimmed = _read(lines, joined)
    # (most letters hold no dash item, and most no dash at all: the one character is
    # searched for first, about a fifth of the pair's search over a letter)
    if untrimmed is None or ("-" in untrimmed and "- " in untrimmed):
        listed = _unlisted(texts)
        if listed is not None:
            texts, untrimmed, shown = listed, None, None  # (asked again of the texts)
    # (every crumb's lead or trail holds 位置 or 首页, a crumb's steps alone a step's
    # arrow: most letters hold none of them, and no list's mark before them)
    if untrimmed is None or "位置" in untrimmed or "首页" in untrimmed or ">" in untrimmed:
        listed = _crumb_unlisted(texts)
        if listed is not None:
            texts, untrimmed, shown = listed, None, None
    paged = False
    filled = list(compress(range(len(texts)), texts))  # (the lines left with text)
    chrome: set[int] = set()
    if untrimmed is None:
        lined = "\n".join(texts)
        shown = _SHOWS_PAGE().search(lined) is not None or shows_host_footer(lined)
    elif shown is None or untrimmed is not joined:
        # (``shown`` was told of the letter as given: most letters are in NFKC already, and
        # their untrimmed lines are that text itself)
        shown = shows_page(untrimmed)
    if shown and _body_dates_alone(texts, filled):
        shown = False  # (a rule's dates the letter's body states: no page's cells, left65)
    if shown:
        paged = True
        _page_chrome(texts, filled, chrome, (lines, joined))
        if (untrimmed is None or "标题 " in untrimmed or "标题\t" in untrimmed) and _item_rows(
            texts, filled, chrome
        ):  # (its rows open with a 标题 and a blank)
            _page_furniture(texts, filled, chrome)  # (the tools by its heading too)
    elif untrimmed is None or "如下" in untrimmed:
        _repost_date(texts, filled, chrome)  # (an article giving the letter whole)
    if not chrome and (untrimmed is None or _INFOBOX_NAME in untrimmed):
        # (a page's infobox, named, on a page whose sign made no line chrome by itself, or
        # that shows none: the page's rules above read it where they found something)
        _infobox(texts, filled, chrome)
    if untrimmed is None or ":" in untrimmed:  # (NFKC: every label's colon is :)
        _top_cells(texts, filled, chrome)
    # A heading the next lines write again shows a page. A text ending in 文件 puts 文件 in
    # the lines joined in NFKC that it is trimmed from (``untrimmed``): a letter without it
    # (most) has no ``…文件`` banner to look past, which needs no comparison of its own.
    _heading(texts, filled, chrome, untrimmed is None or "文件" in untrimmed)
    _heading_over_head(texts, filled, chrome)
    if chrome:  # (a page shown: its furniture may stand between its heading and the title)
        _heading_over_furniture(texts, filled, chrome)
    _title_below_the_date(texts, filled, chrome)
    _top_stamp(texts, filled, chrome)
    if untrimmed is None or any(tail in untrimmed for tail in _REPLY_DATE_TAILS):
        _form_reply_date(texts, filled, chrome)  # (a page's form of the item: its date row)
    if untrimmed is None or "|" in untrimmed:  # (most letters hold no bar: no line asked)
        if (
            untrimmed is None
            or "内容 |" in untrimmed
            or "情况 |" in untrimmed
            or "内容: |" in untrimmed
        ):
            _item_form(texts, filled, chrome)  # (a proposal database's form: its rows)
        _item_record(texts, filled, chrome)
        _after_a_barred_letter(texts, filled, chrome)
    if untrimmed is None or "..." in untrimmed:  # (NFKC: … is ...; most letters hold none)
        _teasers(texts, filled, chrome)
    if untrimmed is None or "码" in untrimmed:  # (every captcha's word ends so)
        _comment_form(texts, filled, chrome)
    _proposal_after(texts, filled, chrome)
    if untrimmed is None or "答复内容" in untrimmed:  # (a page's tabs: most letters none)
        _proposal_tab_after(texts, filled, chrome, (lines, joined))
    if untrimmed is None or _REPRINT_SIGN.search(untrimmed) is not None:
        _reprint_trailer(texts, filled, chrome)  # (its labels' words: most letters none)
    _misdecoded_tail(texts, filled, chrome, (lines, joined))
    if untrimmed is None or shows_sharing(untrimmed):  # (its signs' words: most letters none)
        chrome.update(sharing_lines(texts, filled))
    if chrome:
        _empty_form_fields(texts, filled, chrome)
        if (inner := _inner_page(texts, filled, chrome)) is not None:
            heading, top = inner
            # a page printed inside another's (the outer page's heading over the inner
            # page's banner, menu and heading, the title written again under them): the
            # outer heading is the page's, and the inner page's lines read as at its top
            # (pert67: under the outer heading they were read as the letter's)
            source = lines if lines is not None else (joined or "").split("\n")
            rest = [text if i >= top else "" for i, text in enumerate(source)]
            told = _chrome_lines(rest, None, None, False)
            chrome.add(heading)
            chrome.update(told.lines)
            paged = paged or told.paged
    return _Chrome(frozenset(chrome), paged, invisible)


def _title_words_heading(text: str) -> str | None:
    """``text`` without its blanks when it may be a page's heading over the letter (a title's
    words, no sentence, of a heading's length): the first line of text after the page's
    chrome that :func:`_inner_page` and :func:`_heading_over_head` ask about; else None."""
    heading = _BLANKS.sub("", text)
    if (
        len(heading) < PAGE_HEADING_LEAST
        or len(heading) > _LONGEST
        or _SENTENCE.search(heading)
        or not _TITLE.search(heading)
    ):
        return None
    return heading


_INNER_REACH = 12
"""How many lines of an inner page's top (its banner, menu, heading, and the letter's head)
may stand between the outer page's heading and the title written again under them."""


def _inner_page(texts: list[str], filled: list[int], chrome: set[int]) -> tuple[int, int] | None:
    """The line of the outer page's heading, and the first line of text under it and its
    chrome (the inner page's top), when the page holds another page printed inside it: the
    first line of text after its chrome, a title's words (as :func:`_heading` reads
    a heading), the letter's title written again (whole, over a line or a few, or nearly)
    within :data:`_INNER_REACH` lines under it, and only short lines between, no sentence
    nor a salutation among them (the inner page's banner, menu and heading, the letter's
    head), one of them at least more than a line of the letter's head (its authority's name
    alone, its class mark, its 发文字号: with only those between, the heading is
    :func:`_heading_over_head`'s, whose name another signs for is the body the letter
    answers). None otherwise (most letters: the title once, or a heading right over it)."""
    content = [i for i in filled if i not in chrome]
    if len(content) < 4 or (heading := _title_words_heading(texts[content[0]])) is None:
        return None
    paged = False  # (whether a line between is more than the letter's head: the page's)
    for at in range(2, min(len(content), _INNER_REACH + 2)):
        between = texts[content[at - 1]]
        if _ROLE_FIELD.search(between) or (
            (len(between) > _LONGEST or _SENTENCE.search(between.rstrip("!！")))
            and not (at > 2 and _EMPTY_FIELD.fullmatch(texts[content[at - 2]].strip()))
        ):
            # (a sentence or a salutation between: the letter's; a banner's welcome ends
            # with ！, 欢迎访问某网！, and a form's row writes its value under its label
            # left with its colon alone, 内 容： over the proposal's text)
            return None
        paged = paged or _letter_head_line(between) is None
        if not paged:
            continue  # (the letter's head alone between: :func:`_heading_over_head`'s)
        if any(
            _CRUMB.match(texts[i]) or _CRUMB_TRAIL.match(texts[i])
            for i in range(content[at - 1] + 1, content[at])
        ):
            # the inner page's crumb under its banner or section's name (某某提案办理 /
            # 您所在的位置：首页 > …): its top, whether the title is written again or is
            # a cell of its table (信息名称  关于…)
            return content[0], content[1]
        written = ""
        for j in content[at : at + _HEADING_LINES]:
            written += _BLANKS.sub("", texts[j])
            if written == heading or (j == content[at] and _nearly(heading, written)):
                return content[0], content[1]
            if not heading.startswith(written):
                break
    return None


_EMPTY_FIELD = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff ]{1,10}[:：]")
"""A field's label and its colon alone on a line, its value left empty (``信息名称：``,
``发 文 号：``)."""
_ROLE_FIELD = re.compile(
    rf"^\s*(?:{vocab.alternation('salutation_openers')})|(?:{vocab.alternation('roles')})\s*[:：]$"
)
"""A salutation's role before its colon, or its greeting word first (``尊敬的林某：``:
review62b, never a form's field)."""
_EMPTY_FIELDS_UNDER = 2
"""How many empty fields of the page's own must stand under one it does not know."""


def _empty_form_fields(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A field left empty over a column of fields left empty, two of them at least chrome
    (the labels a page's table writes: ``信息名称：`` / ``信息类别：`` / ``发布机构：``, a
    disclosure page's search form over the letter), is chrome too, whatever its label
    (``信息编码：`` over them): a field of the same form, never a salutation (fix106: an
    earlier round read the unknown label as the addressee and lost the title under it).
    Only over them: a salutation stands under a page's cells (``文号：`` / ``分享到：`` /
    ``王某委员：``), never over them."""
    k = 0
    while k < len(filled):
        end = k
        while end < len(filled) and _EMPTY_FIELD.fullmatch(texts[filled[end]].strip()):
            end += 1
        run = filled[k:end]
        under = 0
        for i in reversed(run):  # (from the column's foot: each counts those under it)
            if i in chrome:
                under += 1
            elif under >= _EMPTY_FIELDS_UNDER and not _ROLE_FIELD.search(texts[i]):
                chrome.add(i)  # (王某委员：, 尊敬的王某： greet: never a field)
        k = end + 1 if end == k else end


_MISDECODED_LEAST = 4
"""How many ideographs a line's bytes must give back, read again as UTF-8, to be read as
UTF-8 shown as GBK by itself (a letter's own line gives one at most, by chance)."""


_MISDECODED_PIECE = 4
"""How many broken sequences a short piece of a misread line may give for each ideograph
it gives back (a piece of a few characters starts and ends inside characters' bytes; a
letter's own line gives back none, or one among dozens broken)."""


_READ_BACK_CHARS = 60
"""How many of a long line's first and last characters are read back: a misread line is
misread at both ends, a flattened letter that ends with a misread footer is not at its
start, and a long line costs no more than a short one."""
_TO_GB18030 = codecs.getencoder("gb18030")
"""The codec's encoder, bound once: ``str.encode("gb18030")`` looks the codec up by its
name on each call, which cost four times the encoding of a glance's two dozen characters
(about 1.0k instructions a call)."""
_GLANCE_CHARS = 24
"""How many of a letter's last characters are read back first: misread text gives some
ideograph back from any two dozen characters, figures among them (``…ICP澶�00000000鍙�``,
a dozen read only its figures and two pieces too short to give any), a letter's own words
none (most letters: nothing more is read)."""
_ASCII = "".join(map(chr, range(0x20, 0x7F))) + "\t"
"""What the glance skips at a line's end: ASCII reads back as itself, neither an ideograph
nor a broken sequence, so a dozen figures (a letter's last line is often its contact's
phone, ``联系电话：0000-5550123``) tell nothing, and the glance reads the characters before
them instead."""


def _glance(text: str) -> tuple[int, int] | None:
    """What the last :data:`_GLANCE_CHARS` characters of ``text`` before its ASCII end give
    back (:func:`_read_back_once`); None when ``text`` is ASCII alone, which no misread
    line is told by."""
    words = text.rstrip(_ASCII)
    return _read_back_once(words[-_GLANCE_CHARS:]) if words else None


def _read_back(text: str) -> tuple[int, int]:
    """The ideographs and the broken sequences ``text``'s GB18030 bytes give read as UTF-8
    (:func:`_read_back_once`); of a long text, of its first characters and of its last
    (:data:`_READ_BACK_CHARS`), the one that reads more as written."""
    if len(text) <= 2 * _READ_BACK_CHARS:
        return _read_back_once(text)
    head = _read_back_once(text[:_READ_BACK_CHARS])
    tail = _read_back_once(text[-_READ_BACK_CHARS:])
    return min(head, tail, key=lambda back: back[0] * _MISDECODED_PIECE - back[1])


def _read_back_once(text: str) -> tuple[int, int]:
    """The ideographs and the broken sequences ``text``'s GB18030 bytes give read as UTF-8,
    from its first byte or its second or third, whichever gives most ideographs (a line a
    print wrapped may start inside a character's bytes)."""
    # (a replacement character the page's own decoding left is no byte of the footer's)
    if "\ufffd" in text:
        text = text.replace("\ufffd", "")
    raw = _TO_GB18030(text, "replace")[0]
    back = raw.decode("utf-8", errors="replace")
    if _CJK_CHAR.search(back) is None:
        # (most of a letter's own lines: misread text gives some back from any byte, as
        # UTF-8 finds its way at the next character, so the other starts are not tried)
        return 0, back.count("\ufffd")
    best = (len(_CJK_CHAR.findall(back)), back.count("\ufffd"))
    for skip in (1, 2):
        back = raw[skip:].decode("utf-8", errors="replace")
        good = len(_CJK_CHAR.findall(back))
        if good > best[0]:
            best = (good, back.count("\ufffd"))
    return best


def _misdecoded(text: str) -> bool:
    """Whether ``text`` is UTF-8 that a page showed as GBK (or GB18030): its characters'
    GB18030 bytes read as UTF-8 give back more ideographs than broken sequences, four or
    more (``缂冩垹鐝崷鏉挎禈`` is ``网站地图`` so misread, twice over). A letter's own line,
    simplified or traditional, gives back almost nothing but broken sequences: its GBK
    bytes are hardly ever valid UTF-8."""
    good, bad = _read_back(text)
    return good >= _MISDECODED_LEAST and good > bad


def _misdecoded_tail(
    texts: list[str],
    filled: list[int],
    chrome: set[int],
    source: tuple[Sequence[str] | None, str | None],
) -> None:
    """The lines that end a page and were misread from another encoding (a site's footer,
    kept in UTF-8 on a page served as GBK, saved as the page showed it): chrome, on any
    letter, from the end up to the first line that reads as written. No field reads a
    value off such a line, and left in the view it parted the letter's signer and date
    from the end of the letter (the closing is read at the end). Only the page's end is
    looked at: one line is asked of a letter that ends with its own text.

    A short piece of such a line (a print wrapped it, ``鍥槕閻緤绱�0000``) gives back too
    few ideographs to tell by itself: it goes with the misread lines above it when it gives
    back one for every :data:`_MISDECODED_PIECE` sequences it breaks, or holds no ideograph
    (``0000-``), and the run's top line is always one told by itself. The lines are read as
    written (``source``: the lines, or the letter they were cut from), not in NFKC, which
    changes some of the characters misreading gives (``︽`` to ``《``)."""
    # the glance: the last line that holds more than ASCII (a line of figures under the
    # letter goes with the lines above it, as in the run below, and tells nothing)
    glance = next(
        (back for i in reversed(filled) if i not in chrome and (back := _glance(texts[i]))),
        None,
    )
    if glance is None or glance[0] * _MISDECODED_PIECE < glance[1]:
        return  # (most letters: their last words read as written)
    lines, joined = source
    raw = list(lines) if lines is not None else (joined or "").split("\n")
    if len(raw) != len(texts):  # (a list's items read as lines: no line as written)
        raw = texts
    run: list[int] = []
    told = 0  # (how many lines of the run, from its bottom, end with one told by itself)
    for i in reversed(filled):
        if i in chrome:
            continue
        good, bad = _read_back(raw[i].strip())
        if good >= _MISDECODED_LEAST and good > bad:
            run.append(i)
            told = len(run)
        elif good * _MISDECODED_PIECE >= bad:
            run.append(i)
        else:
            break
    chrome.update(run[:told])


def misread_tail(line: str) -> int | None:
    """Where, in ``line`` (a letter's last line), a misread footer (:func:`_misdecoded_tail`)
    that a flattened page ran on after the letter starts: at the first of its pieces, parted
    by blanks (``…联系电话：0000-5550123 缃戠珯鍦板浘 | 鍏充簬鎴戜滑``), each misread as a
    line of it is (a short one, a bar or figures going with the pieces before it), the first
    one told by itself. None when the line ends with a piece that reads as written (most
    letters: one piece is asked)."""
    last = line.rsplit(maxsplit=1)
    if len(last) < 2:  # (one piece: no letter's words before it; most letters' last lines)
        return None
    # (the letter's own last words, a contact's phone after them skipped: :func:`_glance`)
    glance = _glance(line)
    if glance is None or glance[0] * _MISDECODED_PIECE < glance[1]:
        return None
    pieces = list(_PIECES.finditer(line, max(0, len(line) - 4 * _LONGEST)))
    top = None  # (the first piece of the run told by itself)
    written = None  # (the piece over the run that reads as written)
    for piece in reversed(pieces):
        good, bad = _read_back(piece.group())
        if good >= _MISDECODED_LEAST and good > bad:
            top = piece
        elif good * _MISDECODED_PIECE < bad:
            written = piece
            break
    if top is None:
        return None
    at = _glued_footer_start(line, written, top)
    return at if line[:at].strip() else None


_GLUED_WINDOW = 6
"""How many characters from where a footer glued to the letter's last words may start are
read back to tell it: twelve bytes, four ideographs once misread (a letter's own words so
read break a sequence within a character or two, or give back Latin or Cyrillic letters)."""
_GLUED_BACK_LEAST = 2
"""How many ideographs those characters must give back (``首页`` misread is three
characters, ``棣栭〉``)."""
_READ_BACK_TEXT = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u20a0-\u20cf"
    r"\u0020-\u007e©®·×\ufffd]*"
)
"""What a footer's text misread once gives back (or a footer misread twice gives its once
misread text): ideographs, their punctuation and full-width forms, ASCII, the marks of a
copyright line. A letter's own character whose GBK bytes happen to be UTF-8 gives back a
Latin, Greek or Cyrillic letter (``一``'s bytes read ``һ``)."""
_UTF8_PART = codecs.getincrementaldecoder("utf-8")
"""A decoder that leaves a sequence the window cut short undecoded (not an error)."""


def _reads_back_clean(text: str) -> bool:
    """Whether ``text`` (a few characters) opens a footer misread from UTF-8: its GB18030
    bytes are UTF-8 with no broken sequence (a sequence its end cuts short aside) and give
    back :data:`_GLUED_BACK_LEAST` ideographs or more, and nothing a footer does not write."""
    text = text.partition("\ufffd")[0]  # (the page's own decoding lost a byte there)
    try:
        back = _UTF8_PART("strict").decode(_TO_GB18030(text, "replace")[0], False)
    except UnicodeDecodeError:
        return False
    return (
        len(_CJK_CHAR.findall(back)) >= _GLUED_BACK_LEAST
        and _READ_BACK_TEXT.fullmatch(back) is not None
    )


def _glued_footer_start(line: str, written: re.Match[str] | None, top: re.Match[str]) -> int:
    """Where in ``line`` a misread footer starts whose first piece told by itself is ``top``
    and which ``written``, the piece over it that reads as written, may end with: a copy
    that joined the page's lines with nothing glued the footer's first characters to the
    letter's last words (``…赵某某缃戠珯鍦板浘 | …``, ``…2099年3月2日缃戠珯…``,
    ``联系电话：0000-5550123缃戠珯…``). It starts at the first character, not ASCII (figures
    read back as themselves and tell nothing: a letter's last line ends with its contact's
    phone), that reads back clean (:func:`_reads_back_clean`) to ``written``'s end, in its
    last :data:`_READ_BACK_CHARS` characters, or with the :data:`_GLUED_WINDOW` characters
    from it, in ``top``'s first; at ``top``'s start when none does (the footer's pieces
    parted by blanks from the letter's words, as before)."""
    spans = [(top.start(), min(top.end(), top.start() + _READ_BACK_CHARS), _GLUED_WINDOW)]
    if written is not None:
        start = max(written.start(), written.end() - _READ_BACK_CHARS)
        spans.insert(0, (start, written.end(), _READ_BACK_CHARS))  # (to its end: the whole)
    for start, end, window in spans:
        for at in range(start, end):
            if not line[at].isascii() and _reads_back_clean(line[at : min(end, at + window)]):
                return at
    return top.start()


_PROPOSAL_HEAD = re.compile(
    r"^(?:附件?\s*\d?\s*:?\s*)?(?:[《“\"]?(?:关于|对)[^。;,:!?]{2,60}?(?:建议|提案|议案)[》”\"]?"
    r"|[\u4e00-\u9fff]{0,12}(?:建议|提案|议案)(?:原文|内容|全文|正文)?:?)$"
)
"""The heading of the proposal's own text a page prints after the reply (NFKC): its title
(``关于加强某某管理的建议``, in its quotes or not, after ``附件:`` or not), or a heading
naming it (``代表建议原文``, ``附:提案内容``)."""
_PROPOSAL_HEAD_WORD_LAST = "议案文容"
"""What the last word of a line that :data:`_PROPOSAL_HEAD` matches ends with (建议, 提案, 议案,
原文, 全文, 正文, 内容)."""
_PROPOSAL_HEAD_AFTER = ':》”"'
"""What may follow that word at the line's end (its colon, its closing quote): the word's
last character then stands before it. (A salutation ends in a colon too: 王某代表:, which
this reads past without the pattern's match, about 4k instructions a line.)"""
_PROPOSAL_HEAD_REACH = 6
"""How many lines under the signed date the proposal's heading may stand (a contact's, a
抄送's lines between)."""


def _proposal_after(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The proposal's own text a page prints after the reply (the reply, its signer and
    date, then ``关于…的建议`` and the proposal's paragraphs, its own sections, sums and
    dates): from its heading (:data:`_PROPOSAL_HEAD`), within a few lines under the
    letter's first signed date (:data:`_SIGNATURE_DATE`), to the end, none of the letter's,
    when text follows the heading (a heading alone at the end is left as it is)."""
    # (the signed date is looked for line by line from the top: only in a letter with a
    # line that reads as such a heading, which most letters have not; the last character
    # of each line is asked first. A loop, not ``any`` over a generator: its resumptions
    # cost about 1-2k instructions a letter on every letter)
    for i in filled:
        last = texts[i][-1:]
        if (
            last in _PROPOSAL_HEAD_WORD_LAST
            or (last in _PROPOSAL_HEAD_AFTER and texts[i][-2:-1] in _PROPOSAL_HEAD_WORD_LAST)
        ) and _PROPOSAL_HEAD.match(texts[i]):
            break
    else:
        return
    for at, i in enumerate(filled):
        if at < 2 or i in chrome or _SIGNATURE_DATE.search(texts[i]) is None:
            continue
        for k in range(at + 1, min(at + 1 + _PROPOSAL_HEAD_REACH, len(filled) - 1)):
            j = filled[k]
            if j not in chrome and _PROPOSAL_HEAD.match(texts[j]) is not None:
                chrome.update(filled[k:])
                return
        return  # (the first signed date only: the proposal's own may close its text)


# A page's tab strip over the letter, the reply's tab first, the item's text's second, each
# label alone after its bullet (``• 答复内容`` / ``• 建议内容``, NFKC): a copy of the page
# prints both tabs' texts, one after the other.
_TAB_BULLET = "[•·●▪]"
_REPLY_TAB_LABEL = "答复内容"
_ITEM_TAB_LABEL = "(?:建议|提案|议案)内容"
_REPLY_TAB = re.compile(rf"^{_TAB_BULLET}\s*{_REPLY_TAB_LABEL}$")
_PROPOSAL_TAB = re.compile(rf"^{_TAB_BULLET}\s*{_ITEM_TAB_LABEL}$")
_PROPOSAL_TAB_REACH = 4
"""How many lines with text under the reply's signed date the second tab's text may start
(the reply's contact's or 抄送's lines between)."""
_TAB_SIGNER = rf"[\u4e00-\u9fff()（）]{{2,30}}?(?:{vocab.alternation('org_suffixes')})"
"""The reply's signer as it stands before its signed date (an authority's name)."""
_TAB_SIGNED_DATE = re.compile(rf"^(?:{_TAB_SIGNER}\s*)?{_SIGNATURE_DATE.pattern}")
"""The reply's signed date under its tab (NFKC): a line that is the date, alone or after its
signer (``2099年6月10日``, ``甲镇人民政府 2099年6月10日``), none that a body's line ends with
(``计划完成时限:2099年12月31日``: mend72a)."""
_CLOSING_ROW_LABELS = tuple(
    e for e in vocab.labels_of(*vocab.CONTACT_FIELDS, "cc") if len(e.spelling) >= 2
)
_CLOSING_GLUED_LABELS = tuple(
    e for e in _CLOSING_ROW_LABELS if len(e.spelling) >= 3 and e.needs != "colon"
)
"""The labels of a contact's or a 抄送's row (data/labels.tsv), and those long enough to be
no sentence's word that a row may glue to its value (联系人王某)."""
_REPLY_CLOSING_ROW = re.compile(
    r"^[(（【\[]?\s*(?:"
    # (a contact's or a 抄送's label, its colon or a gap after it, or glued to its value
    # when it is long enough to be no sentence's word: 联系人王某; data/labels.tsv)
    rf"(?:{vocab.spellings(_CLOSING_ROW_LABELS)})(?:\s*[:：]|\s)"
    rf"|(?:{vocab.spellings(_CLOSING_GLUED_LABELS)})"
    rf"|抄\s+[送报]\s*[:：]"
    # (a publication note: 此件主动公开。, （此件公开发布。）, or a value alone, （主动公开）)
    rf"|(?:{vocab.spellings(tuple(e for e in vocab.labels_of('public') if e.needs == 'note'))})"
    r"[^。！？!?]{0,12}公开"
    rf"|(?:{vocab.spellings(tuple(e for e in vocab.labels_of('public') if e.needs == 'alone'))})"
    r"[)）】\]]?[。.]?$"
    # (a note on the reply, its thanks or an invitation to answer it: 如对本答复有意见，…;
    # data/sentence_openers.txt)
    rf"|(?:{vocab.alternation('sentence_openers')})"
    r")"
)
"""A row of the reply's own closing under its signed date, whatever its label: a contact's
(联系人, 经办人, 联系方式…), a 抄送's, a publication note, a note on the reply (如对本答复有意
见，请于…反馈。): no first paragraph of a page's second tab (mend72a)."""


def _proposal_tab_after(
    texts: list[str],
    filled: list[int],
    chrome: set[int],
    source: tuple[Sequence[str] | None, str | None],
) -> None:
    """The item's own text a page's second tab holds (:data:`_PROPOSAL_TAB`), printed after
    the reply its first tab holds (:data:`_REPLY_TAB`, the strip over the letter): from the
    first paragraph under the reply's first signed date (a sentence, past the letter's
    contact's or 抄送's lines), to the page's end, none of the letter's, as a proposal's text
    under its heading is (:func:`_proposal_after`). Its words are the proposer's: its sums
    and dates are not the reply's, and the reply's signer and date stand."""
    strip = next(
        (
            k
            for k in range(len(filled) - 1)
            if _REPLY_TAB.match(texts[filled[k]]) and _PROPOSAL_TAB.match(texts[filled[k + 1]])
        ),
        None,
    )
    if strip is None:
        return
    dated = next(
        (
            k
            for k in range(strip + 2, len(filled))
            if filled[k] not in chrome and _TAB_SIGNED_DATE.match(texts[filled[k]])
        ),
        None,
    )
    if dated is None:
        return
    lines, joined = source
    written = lines if lines is not None else (joined or "").split("\n")
    seen = 0
    for j in range(filled[dated] + 1, len(written)):
        text = texts[j] or written[j].strip()  # (a line too long for chrome is read as written)
        if not text:
            continue
        seen += 1
        if seen > _PROPOSAL_TAB_REACH:
            return
        if _REPLY_CLOSING_ROW.match(text) or _REPLY_CLOSING_ROW.match(_nfkc(text[:_LONGEST])):
            continue  # (the reply's own closing lines under its date)
        if _SENTENCE.search(text) is not None:
            chrome.update(range(j, len(written)))
        return


TAB_STRIP = re.compile(
    rf"{_TAB_BULLET}\s*{_REPLY_TAB_LABEL}\s*(?P<second>{_TAB_BULLET})\s*{_ITEM_TAB_LABEL}"
)
"""The tab strip (:data:`_REPLY_TAB`, :data:`_PROPOSAL_TAB`) in a copy flattened onto one
line, its two labels run on after their bullets, a blank between or none (``second``: the
second tab's bullet; resegment cuts the strip in a flattened head by it)."""
_SIGNER_BEFORE_DATE = re.compile(rf"[。！!](?P<gap>\s*){_TAB_SIGNER}(?P<apart>\s*)$")
"""The reply's last sentence and the authority after it, right before its signed date (in
a short reach before the date)."""
_DATE_CLAUSE_GOES_ON = re.compile(
    r"[，,、；;。！？!?：:）)”’」』的]|[起前后至到以止内]"
    rf"|{vocab.alternation('own_clause_verbs')}"
    r"|召开|召集|举行|组织|主持|专题|下发|印发|转发|下达|发布|出台|制定|作出|做出|批复|审议"
    r"|通过|签订|签署|成立|启动|开展|部署|会同|联合|前往|赴"
)
"""What goes on from a date inside a body's sentence, glued after it (…。某局2099年3月5日下发
通知，…, 经某镇人民政府2099年3月5日研究，…): its clause's mark, a word of time (起, 前, 以来) or
the act the date is of (data/own_clause_verbs.txt and the acts a reply dates): no signed
date the page's second tab's text runs on after (mend72a)."""
_SIGNER_REACH = 40
"""How far before a signed date the last sentence's stop and the signer are looked for."""


_CLOSING_FORMULA_OPENS = re.compile(rf"\s*(?:{vocab.alternation('closing_formulas')})")
"""A reply's closing formula opening a sentence (感谢您…, 特此答复, 此复:
data/closing_formulas.txt)."""
_CLOSING_SENTENCE_LONGEST = 80
"""How far back from its stop such a sentence's opening is looked for."""


def _after_closing_formula(line: str, stop: int) -> bool:
    """Whether the sentence that ends at ``stop`` (its 。 or ！) opens with a reply's closing
    formula, or its clause after a colon does (…现答复如下：非常感谢您…。: left74b): the
    signer after it is the reply's."""
    lo = max(0, stop - _CLOSING_SENTENCE_LONGEST)
    opening = max(line.rfind(c, lo, stop) for c in "。！!？?；;") + 1 or lo
    if _CLOSING_FORMULA_OPENS.match(line, max(opening, lo), stop) is not None:
        return True
    clause = max(line.rfind(c, max(opening, lo), stop) for c in "：:") + 1
    return clause > 0 and _CLOSING_FORMULA_OPENS.match(line, clause, stop) is not None


def tab_text_tail(line: str) -> int | None:
    """Where, in ``line`` (a letter's last line), the text of the page's second tab starts
    that a flattened copy ran on after the reply (:func:`_proposal_tab_after`): the tab strip
    over the letter on the line (:data:`TAB_STRIP`), then the reply's first signed date
    after it with its signer after the last sentence before it (``…支持。 某镇人民政府
    2099年6月10日 …``, glued or a blank apart), then a paragraph with a sentence's stop: it
    starts at that paragraph. None where the strip is not there, or the reply's own closing
    lines (a contact, a 抄送) follow the date."""
    strip = TAB_STRIP.search(line)
    if strip is None:
        return None
    signed = [
        (m, signer)
        for m in _SIGNED_DATE_IN.finditer(line, strip.end())
        if (
            signer := _SIGNER_BEFORE_DATE.search(
                line, max(strip.end(), m.start() - _SIGNER_REACH), m.start()
            )
        )
        is not None
    ]
    # the signer after the reply's closing formula (…感谢您对我们工作的支持。某镇人民政府
    # 2099年6月10日): its date is the reply's, whatever follows it; a body's sentence opening
    # with an authority and a date before it is none (a word list of what goes on from a
    # date is asked only where no such signer stands). The formula closes only where nothing
    # but its signer and date stand after it before the second tab's text: a thanks sentence
    # inside the body (…收悉。非常感谢您关注我镇交通建设。某镇人民政府2099年3月5日召开…) with
    # the reply's signer after it, its date ending a unit, closes nothing, and its signer
    # is passed over (mend73b)
    ends = [_tab_date_end(line, m, signer, listed=True) for m, signer in signed]
    formula = [_after_closing_formula(line, signer.start()) for _, signer in signed]
    closed: list[int | None] = [
        at
        for k, (m, signer) in enumerate(signed)
        if formula[k]
        and (at := _tab_date_end(line, m, signer, listed=False)) is not None
        and all(later is None for later in ends[k + 1 :])
    ]
    # (none closing: the signers after no formula, the words after each date telling)
    for at in closed or [at for k, at in enumerate(ends) if not formula[k]]:
        if at is None:
            continue
        rest = line[at:]
        if (
            _REPLY_CLOSING_ROW.match(_nfkc(rest[:_LONGEST])) is not None
            or _SENTENCE.search(_nfkc(rest[:_LONGEST])) is None
        ):
            return None
        return at
    return None


def _tab_date_end(
    line: str, m: re.Match[str], signer: re.Match[str], *, listed: bool
) -> int | None:
    """Where the text after a signed date (``m``, its ``signer`` before it) starts, past
    blanks, when the date ends a unit; None when it ends none: a copy that set a blank at each
    break (before the signer or between it and the date) sets one after the date too, and,
    ``listed``, a body's sentence goes on from its date glued (…。某局2099年3月5日召开…, its
    signer no reply's: mend72a). The line's end ends one."""
    at = m.end()
    while at < len(line) and line[at].isspace():
        at += 1
    if at == m.end() < len(line) and (
        signer["gap"]
        or signer["apart"]
        or (listed and _DATE_CLAUSE_GOES_ON.match(line, at) is not None)
    ):
        return None
    return at


# An aggregator's trailer under a letter it reprints (NFKC): the article's original title,
# its summary (the opening repeated), its web address and the site's disclaimer, each after
# its label (data/reprint_labels.txt; in brackets or not), or a notice of the reprint
# (本文转载自…, 转载请注明出处; 摘自 with the article before it, 本文摘自…: alone it opens an
# attachment's note of the rule it quotes, 摘自《…》); the page's cells of its source and
# editor go with them.
_REPRINT_LABEL = re.compile(
    rf"^(?:[【\[(](?P<label>{vocab.alternation('reprint_labels')})[】\])]"
    rf"|(?P<bare>{vocab.alternation('reprint_labels')})\s*:)"
)
"""A trailer's label opening its line, in its brackets (``【原标题】``) or with its colon
(``原标题：``): a sentence that opens with its words (``原标题为《…》的文件…``) is none."""
_REPRINT_NOTICE = re.compile(
    r"^[【\[(]?(?:(?:本文|此文|该文|文章)(?:系|为|由)?摘自"
    r"|(?:本文|此文|该文|文章)?(?:系|为|由)?(?:转载自|转自|转载于)|转载请(?:注明|保留)"
    r"|(?:本[站网]|[\u4e00-\u9fff]{1,10}网)转载(?:此文|本文))"
)
_REPRINT_CELL = re.compile(
    r"^[【\[(]?(?:文章来源|本文来源|稿件来源|信息来源|来源|责任编辑|编辑|作者)[】\])]?\s*:"
)
_REPRINT_SIGN = re.compile(rf"{vocab.alternation('reprint_labels')}|转载|转自|摘自")
"""What any trailer holds (a search of the whole letter, before its lines are read)."""
# A line the letter's closing writes under its date (its contact, its 抄送, another signed
# date): a run holding one is no trailer of a site's.
_OWN_CLOSING_LINE = re.compile(r"联系人|联系电话|联系单位|抄\s*送|抄\s*报")
_REPRINT_REACH = 6
"""How many lines under the signed date the trailer may start (a contact's, a 抄送's lines
between)."""
_REPRINT_LINES = 12
"""How many of the text's last lines a trailer with no signed date over it may take (a date
a scan damaged, ``2031年4月9``, ``2031049``, or none)."""
_REPRINT_LABELS_LEAST = 2
"""How many of its labels (:data:`_REPRINT_LABEL`, each another) show a trailer with no
signed date over it."""


def _reprint_line(text: str) -> bool:
    """Whether ``text`` (NFKC) opens an aggregator's trailer by itself: one of its labels
    (:data:`_REPRINT_LABEL`) or a notice of the reprint (:data:`_REPRINT_NOTICE`)."""
    return _REPRINT_LABEL.match(text) is not None or _REPRINT_NOTICE.match(text) is not None


def _reprint_trailer(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """An aggregator's trailer under the letter it reprints (``原标题：【…】``,
    ``内容摘要：…`` with the opening repeated, ``文章网址：…``, ``免责声明：…``, its 来源 and
    编辑 cells, on one line or a line each): from its first line, within a few lines under
    the letter's last signed date (:data:`_SIGNATURE_DATE`), to the end, none of the
    letter's, when one of its lines opens the trailer by itself (:func:`_reprint_line`)
    and none is the letter's closing (a contact, a 抄送, a signed date). The letter's
    signer, date and contact lines above it stay the closing."""
    dated: int | None = None
    after: list[tuple[bool, bool]] | None = None  # (read once, at the first line that may open it)
    for at, i in enumerate(filled):
        if i in chrome:
            continue
        text = texts[i]
        if _SIGNATURE_DATE.search(text) is not None:
            dated = at
            continue
        if dated is None or at - dated > _REPRINT_REACH or at < 2:
            continue
        if not (_reprint_line(text) or _REPRINT_CELL.match(text)):
            continue
        if after is None:
            after = _trailer_from(texts, filled, chrome)
        opened, closed = after[at]
        if opened and not closed:
            chrome.update(filled[at:])
            return
    _undated_trailer(texts, filled, chrome)


def _trailer_from(texts: list[str], filled: list[int], chrome: set[int]) -> list[tuple[bool, bool]]:
    """For each place in ``filled``: whether a line from there to the end (chrome aside)
    opens a trailer by itself (:func:`_reprint_line`), and whether one is the letter's
    closing (:func:`_closes_letter`). Read once from the end: asked of each run from its
    line, a long text of dates and cells read the rest again at each."""
    out: list[tuple[bool, bool]] = [(False, False)] * len(filled)
    opened = closed = False
    for at in range(len(filled) - 1, -1, -1):
        i = filled[at]
        if i not in chrome:
            opens = _reprint_line(texts[i])
            labelled = opens or _REPRINT_CELL.match(texts[i]) is not None
            opened = opened or opens
            closed = closed or _closing_line(texts[i], labelled)
        out[at] = (opened, closed)
    return out


def _closes_letter(texts: list[str], run: list[int]) -> bool:
    """Whether a line of ``run`` is the letter's closing (:func:`_closing_line`): no trailer
    of a site's holds one."""
    return any(_closing_line(texts[j]) for j in run)


def _closing_line(text: str, labelled: bool | None = None) -> bool:
    """Whether ``text`` is a line of the letter's closing: a contact's, a 抄送's
    (:data:`_OWN_CLOSING_LINE`), a signed date, or, on a line no trailer's label or cell
    opens (``labelled``, when given, says whether one does), its thanks or 此复
    (:data:`LETTERS_CLOSE`) or its signer, an authority's name alone
    (:data:`_SITE_NAME_LEAD`): a body line under a date at the letter's head that opens with
    a trailer's word has the letter's closing under it. (A trailer's summary may repeat the
    thanks after its label.)"""
    if _OWN_CLOSING_LINE.search(text) or _SIGNATURE_DATE_IN.search(text):
        return True
    if labelled is None:
        labelled = _reprint_line(text) or _REPRINT_CELL.match(text) is not None
    return not labelled and (
        LETTERS_CLOSE.search(text) is not None or _SITE_NAME_LEAD.match(text) is not None
    )


def _undated_trailer(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """:func:`_reprint_trailer` under no signed date (a scan damaged it, ``2031年4月9``, or
    the letter has none): among the text's last lines (:data:`_REPRINT_LINES`), from a line
    that opens the trailer by itself to the end, two of its labels or more, each another
    (``原标题：…`` and ``文章网址：…``), each opening its line, and no line of the letter's
    closing. A line that opens with one label alone stays the letter's."""
    tail = [at for at, i in enumerate(filled) if i not in chrome][-_REPRINT_LINES:]
    for k, at in enumerate(tail):
        if at < 2 or not _reprint_line(texts[filled[at]]):
            continue
        run = [filled[a] for a in tail[k:]]
        labels = {
            m.group("label") or m.group("bare")
            for j in run
            if (m := _REPRINT_LABEL.match(texts[j]))
        }
        if len(labels) >= _REPRINT_LABELS_LEAST and not _closes_letter(texts, run):
            chrome.update(filled[at:])
            return


_REPRINT_AT = re.compile(
    rf"(?:(?<=\s)|(?<=[0-9\u4e00-\u9fff。]))(?:[【\[(（](?:{vocab.alternation('reprint_labels')})"
    rf"[】\])）]|(?:{vocab.alternation('reprint_labels')})\s*[:：])"
)
"""A trailer's label a flattened copy ran on after the letter's last words (a blank before
it or nothing), in its brackets or with its colon as written."""
_REPRINT_AFTER_DATE = 240
"""How far after the letter's last signed date the flattened trailer may start: the lines
of a closing under the date between (a contact's row, a 抄送 list of many bodies), as the
trailer on lines of its own may start :data:`_REPRINT_REACH` lines under it (an earlier
round took 80 characters, and missed a trailer under a contact and a long 抄送)."""


def reprint_tail(line: str) -> int | None:
    """Where, in ``line`` (a letter's last line), an aggregator's trailer
    (:func:`_reprint_trailer`) that a flattened copy ran on after the letter starts: at its
    first label (:data:`_REPRINT_AT`), a signed date within a short reach before it and no
    line of the letter's closing (a contact, a 抄送, a signed date, its thanks or 此复:
    :data:`LETTERS_CLOSE`) after it. None on most letters (no label's word in the line)."""
    if _REPRINT_SIGN.search(line) is None:
        return None
    for m in _REPRINT_AT.finditer(line):
        at = m.start()
        if _SIGNATURE_DATE_IN.search(line, max(0, at - _REPRINT_AFTER_DATE), at) is None:
            continue
        rest = line[at:]
        if (
            _OWN_CLOSING_LINE.search(rest)
            or _SIGNATURE_DATE_IN.search(rest)
            or LETTERS_CLOSE.search(rest)
        ):
            return None  # (a letter dated under its title runs on to its thanks, no trailer)
        return at if line[:at].strip() else None
    return None


_TEASER = re.compile(r"^[^:]{4,40}?\.{3,}$")
"""A teaser of another article (NFKC): its first words cut off by an ellipsis, ``…`` or
``...`` (``某镇组织农机手开展秋收作业...``), short, no label's colon."""
_TEASERS_LEAST = 2


def _teasers(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The page's teasers of other articles that end it (:data:`_TEASER`), two or more in a
    row under the letter, chrome among or after them or not (a site's list of related
    news with no heading over it, set after the 签发人/联系电话 lines): no letter ends in
    cut-off lines, so they are no part of the closing (dev33). A lone one stays."""
    run: list[int] = []
    for i in reversed(filled):
        if i in chrome:
            continue
        if not _TEASER.match(texts[i]):
            break
        run.append(i)
    if len(run) >= _TEASERS_LEAST and len(run) < len(filled):
        chrome.update(run)


# A site's comment form at the foot of its article: its fields left empty, one to a line,
# a bullet before each or not, a star marking the ones it needs (``• 姓  名:``,
# ``• *内  容:``, ``• *验 证 码:``; NFKC). A letter never asks its reader for a captcha, so
# the form shows itself by its 验证码 (or 校验码) field.
_FORM_FIELD = re.compile(
    r"^(?:[•·●▪-]\s*)?\*?\s*(?P<label>[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,5})\s*:$"
)
_CAPTCHA_LABELS = ("验证码", "校验码")
_FORM_FIELDS_LEAST = 2
# The form's prompt right over its fields (为了解…的看法，请您…留下意见或建议。): a
# sentence asking the page's reader for an opinion or a rating.
_FORM_PROMPT = re.compile(r"请您?[^。]{0,40}(?:意见|建议|评价|留言)")


def _comment_form(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The site's comment form that ends the page (:data:`_FORM_FIELD`): its empty fields,
    two or more in a row at the page's end (chrome or a page's number among or after them),
    one of them its captcha, and the prompt right over them (:data:`_FORM_PROMPT`, its
    paragraph whole where a print wrapped it): the page's, no line of the letter's closing,
    which ends above them (dev48/003: a signer and a damaged date over such a form were read
    as the body's). Empty fields with no captcha among them (a letter's ``联系人：`` left
    blank) stay the letter's."""
    run: list[int] = []
    captcha = False
    at = len(filled)
    while at > 0:
        i = filled[at - 1]
        if i not in chrome and not _PAGE_NUMBER.match(texts[i]):
            m = _FORM_FIELD.match(texts[i])
            if m is None:
                break
            run.append(i)
            captcha = captcha or _BLANKS.sub("", m.group("label")) in _CAPTCHA_LABELS
        at -= 1
    if not captcha or len(run) < _FORM_FIELDS_LEAST or at == 0:
        return
    chrome.update(run)
    # the prompt's paragraph over the fields: its last line right over them (a page's
    # number between), the lines a print wrapped it in above, each running on into the
    # next, up to the line that holds its asking words (never the date over it)
    prompt: list[int] = []
    below = run[-1]
    for k in range(at - 1, max(-1, at - 1 - _PROMPT_LINES), -1):
        i = filled[k]
        if i in chrome or _PAGE_NUMBER.match(texts[i]):
            below = i
            continue
        if prompt and (i != below - 1 or texts[i].endswith(_PROMPT_STOPS)):
            return
        prompt.append(i)
        below = i
        if _FORM_PROMPT.search("".join(texts[j] for j in reversed(prompt))):
            chrome.update(prompt)  # (the paragraph read up to the words that ask: no further)
            # but for the lines over them that run on into them mid-clause, their last
            # word a comma (``为进一步了解…的评价，`` over ``请您…提出意见或建议。``): the
            # prompt's paragraph, wrapped; a date never ends so (wrap66)
            above = k - 1
            while (
                above >= 0
                and filled[above] == i - 1
                and filled[above] not in chrome
                and texts[filled[above]].endswith(_RUNS_ON)
            ):
                i = filled[above]
                chrome.add(i)
                above -= 1
            return


PAGE_NUMBERS = (
    r"[-－—–─\u2014\u2015]+\s*\d{1,3}\s*[-－—–─\u2014\u2015]+",  # — 1 —, - 2 -
    r"第\s*\d{1,3}\s*页\s*[，,]?\s*(?:共\s*\d{1,3}\s*页)?",  # 第1页 共3页
    r"共\s*有?\s*\d{1,3}\s*页\s*(?:当前\s*)?第\s*\d{1,3}\s*页",  # 共3页 第1页, 共有1页 当前第1页
    r"\d{1,3}\s*/\s*\d{1,3}",  # 1/3
)
"""How a page's number is written alone on its line (patterns, no blank in them): the
view drops such a line (:data:`replyparse.textview._NOISE_LINE` reads them from here)."""
_PAGE_NUMBER = re.compile(f"^(?:{'|'.join(PAGE_NUMBERS)})$")
"""A page's number alone on its line (``— 3 —``, ``第2页``, ``1/3``): the view drops it, and
it parts no form from its prompt."""
_PROMPT_LINES = 6
"""The most lines a form's prompt and the page's numbers among them may take."""
_RUNS_ON = (",", "、")
"""What ends a line of a prompt's paragraph that runs on into the next (NFKC): a clause's comma."""
_PROMPT_STOPS = ("。", "!", "?", ":")
"""What ends the line over a prompt's paragraph (NFKC): a sentence of its own, or a label."""


_DATE_THEN_BAR = re.compile(rf"(?:{_SIGNATURE_DATE_IN.pattern})\s*\|$")
"""A letter's signed date, then the bar a page sets after its article (``…2018年7月30日 |``)."""


_LABEL_CELL = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*\|[^|]")
"""A row's label cell before the bar that opens its one other cell (an encyclopedia's
``释义 | 王某委员：…``)."""


def _one_cell(text: str) -> bool:
    """Whether ``text`` holds one cell, its bar at its end: alone, or after a label cell."""
    bars = text.count("|")
    return bars == 1 or (bars == 2 and _LABEL_CELL.match(text) is not None)


_DATE_THEN_BAR_ON = re.compile(rf"(?:{_SIGNATURE_DATE_IN.pattern})\s*(?=\|\s*\S)")
"""A letter's signed date, then the bar a page sets after its article, words after it on the
line (``…2018年7月30日 | 某地新春灯会开幕…``: a flattened page)."""


_LABEL_CELL_ALONE = re.compile(r"\s*[\u4e00-\u9fff]{1,6}\s*")
"""A row's label cell, its blanks aside (``词条``, ``释义``), as :data:`_LABEL_CELL` reads one
before its bar (named apart from :data:`_ROW_LABEL`, a page's label before its colon)."""


_LETTER_CELL_LABELS = frozenset(e.spelling for e in _TABLE if e.is_label)
"""The letter's labels (data/labels.tsv), each alone in a form's cell (``联系人 | 李某``)."""


def _rows_before(text: str) -> bool:
    """Whether ``text`` (a flattened line up to a signed date) is a page's rows run on, each
    a label cell, its bar and its value (``词条 | 关于…的答复 | 释义 | 王某委员：…``): two
    rows or more, an even count of cells, every other one a label."""
    cells = text.split("|")
    return (
        len(cells) >= 4
        and len(cells) % 2 == 0
        and all(_LABEL_CELL_ALONE.fullmatch(cell) for cell in cells[::2])
        and all(cell.strip() for cell in cells[1::2])
    )


def after_barred_date(line: str) -> int | None:
    """Where the page's listing of other articles starts that a flattened page ran on after
    the bar it sets after the letter's signed date (``…顺致 敬礼！ 2018年7月30日 | 某地新春…
    2023年第2期…``), as :func:`_after_a_barred_letter` reads the lines under such a bar: the
    bar's place, when it is the line's only bar and what follows it holds no label's colon
    (a contact, a 抄送), no signed date and no reply's closing sentence. None otherwise.

    Decided, fix111: the bar may also close the last of a page's rows run on before it,
    each a label cell and its value (an encyclopedia's ``词条 | 关于…的答复 | 释义 | 王某委员：
    … 某局 2099年1月2日 | 随便看 | | 本站收录…``, :func:`_rows_before`): what follows it,
    bars or none, is the page's as its lines are under such a row. Decided, review64a: not
    where a cell after it is one of the letter's labels alone (a handling form's ``… 2099年
    1月2日 | 联系人 | 李某 | 联系电话 | …``: the form's rows go on, the contact the letter's)."""
    date = _DATE_THEN_BAR_ON.search(line)
    if date is None:
        return None
    if line.count("|") != 1 and not _rows_before(line[: date.end()]):
        return None
    rest = line[date.end() + 1 :]
    if (
        ":" in rest
        or "：" in rest
        # (nor a label of the letter's alone in a cell, a form's row after the reply's
        # date: 联系人 | 李某 | 联系电话 | …, its colon the bar: review64a)
        or any(cell.strip() in _LETTER_CELL_LABELS for cell in rest.split("|"))
        or _SIGNATURE_DATE_IN.search(rest) is not None
        or LETTERS_CLOSE.search(rest) is not None
    ):
        return None
    return date.end()


def _after_a_barred_letter(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The lines after the letter's signed date when the page's bar follows it, the only bar
    on its line (``2018年7月30日 |``, or a whole letter a copy flattened onto one line, ``…答复
    王某代表： … 顺致 敬礼！ 2018年7月30日 |``; a table's row opens with its bar too): the
    page's listing of other articles (news teasers, their years no dates of the letter's),
    chrome when none of them holds a label's colon (a contact, a 抄送 stays the letter's)
    nor is a signed date alone (``2018年7月30日``: the letter's own date under a table's row
    whose cell held the date too, a 印发 line's, ``某局办公室 2018年7月30日 |``; a teaser
    is words) nor holds the reply's own closing sentence (:data:`LETTERS_CLOSE`,
    ``感谢你对…的支持。``: a table's row in the body, its date the last cell, has the body's
    last paragraphs, its thanks and its signer under it). The site's footer under the
    listing, chrome already (``主办单位：…``, ``网站标识码：…``), is asked nothing: its
    labels are no contact's."""
    for at, i in enumerate(filled):
        text = texts[i]
        if text[-1] == "|" and _one_cell(text) and _barred_date(texts, filled, at):
            # (the page's footer under the listing, chrome by itself, is no line of it)
            after = [k for k in filled[at + 1 :] if k not in chrome]
            if after and not any(
                ":" in texts[k]
                or "：" in texts[k]
                or _SIGNATURE_DATE.fullmatch(texts[k])
                or LETTERS_CLOSE.search(texts[k])
                for k in after
            ):
                chrome.update(after)
            return


def _barred_date(texts: list[str], filled: list[int], at: int) -> bool:
    """Whether ``texts[filled[at]]`` ends with a letter's signed date and the page's bar
    after it (:data:`_DATE_THEN_BAR`), the date whole on it or begun at the end of the line
    right over it, which ends no sentence (a print broke it after its year: ``某局 二〇一八``
    over ``年七月三十日 |``, wrap66)."""
    text = texts[filled[at]]
    if _DATE_THEN_BAR.search(text):
        return True
    if at == 0 or filled[at - 1] != filled[at] - 1:
        return False
    above = texts[filled[at - 1]]
    return above[-1] not in SENTENCE_END and _DATE_THEN_BAR.search(above + text) is not None


LETTERS_CLOSE = re.compile(
    r"(?:感谢|谢谢)(?:您|你)们?(?:对(?!本站|本网)|一直|长期|的关心|的支持)"
    r"|此复|特此(?:答复|函复|回复)"
)
"""A reply's own closing sentence (``感谢你对…的支持。``, ``此复。``, ``特此答复。``): a line
that holds one is the letter's, never a page's listing of other articles or its footer
(``感谢您访问本站``, ``感谢您对本网站的关注``: the site thanks its visitor, no reply its
reader)."""


def _page_chrome(
    texts: list[str],
    filled: list[int],
    chrome: set[int],
    written: tuple[Sequence[str] | None, str | None] = (None, None),
) -> None:
    """The lines that are chrome by themselves and, when there is one or a page's label
    stands alone on its line, the tables, links and footers around them. ``written`` is
    the letter as :func:`chrome_lines` was given it (its lines, or the text they are cut
    from), read for the widths its lines were printed at."""
    # each filled line's cells, found once: both its own test and the tables' read them
    labelled = {i: _cells(texts[i], _LABEL) for i in filled}
    chrome.update(i for i in filled if _is_chrome(texts[i], labelled[i]))
    _wrapped_rows(texts, filled, labelled, chrome, written)
    for at, i in enumerate(filled):  # (主办 asked with ``in`` first: most lines lack it)
        if i in chrome and "主办" in texts[i] and _units_over_date(texts, filled, at):
            chrome.discard(i)
    _listed_toolbar(texts, filled, chrome)  # (around a line of tools chrome by itself)
    _listed_menu(texts, filled, chrome)  # (by itself: a menu no letter writes; its sign)
    _listing_rows(texts, filled, labelled, chrome)  # (its link is a sign, by itself or not)
    _glued_rows(texts, filled, chrome)
    _over_crumb(texts, filled, chrome)
    _wrapped_dump(texts, filled, chrome)  # (by itself: a dump no letter writes)
    if chrome or any(_bare_label(texts[i]) in _PAGE for i in filled):
        _over_tables(texts, filled, chrome)
        _dated_list(texts, filled, chrome)
        _cell_tables(texts, labelled, filled, chrome)
        _barred_rows_beside(texts, labelled, filled, chrome)
        _infobox(texts, filled, chrome)
        _listed_crumb(texts, filled, chrome)
        _crumb_last_step(texts, filled, chrome)
        _head_over_crumb(texts, filled, chrome)
        _page_furniture(texts, filled, chrome)
        _links(texts, filled, chrome)
        _wrapped_footer(texts, chrome, written)
        _footer(texts, filled, chrome)
        _host_rows_over_marks(texts, filled, chrome)
        _page_furniture(texts, filled, chrome)  # (also the furniture over a footer's lines)
        _tools_between(texts, filled, chrome)
        _article_label(texts, filled, chrome)
        _top_page_date(texts, filled, chrome)
        _later_posts(texts, filled, chrome)
        _link_dates(texts, filled, chrome)
        _page_again(texts, filled, chrome)
        _validity(texts, filled, chrome)
        _disclosure_menu(texts, filled, chrome)


_DISCLOSURE_MENU = frozenset(
    f"{head}{entry}"
    for head in ("政府信息", "信息")
    for entry in ("公开指南", "公开制度", "公开年报", "公开目录")
) | {"法定主动公开内容"}
"""The entries of a site's 政府信息公开 menu, as the disclosure platforms set them over the
article (政府信息公开指南, 政府信息公开制度, 法定主动公开内容): the page's links, no title's
words. (Not 主动公开 nor 依申请公开 alone: a letter's publication mark may stand so; only
next to an entry of the menu, :data:`_DISCLOSURE_KINDS`.)"""
_DISCLOSURE_KINDS = frozenset(("依申请公开", "主动公开"))
"""The menu's entries for the two ways a government discloses (依申请公开 under 政府信息公开
指南): a publication mark where a letter sets one alone, the menu's link right before or
after another of its entries (:func:`_disclosure_menu`)."""

_MENU_STEP = re.compile(
    rf"(?>{vocab.longest_first(_MENU_WORDS | _DISCLOSURE_MENU | _DISCLOSURE_KINDS)})"
    rf"(?=(?!{NAME_GOES_ON})[\u4e00-\u9fff()（）]{{1,30}}?(?:{vocab.alternation('org_suffixes')})"
    r"(?:关于|对))"
)
"""A crumb's last step that is one of a menu's words (``政府信息公开``, ``政务公开``, or an
entry of its disclosure menu, ``政府信息公开指南``, read whole), the article's title glued
after it opening with its own authority (``首页>政府信息公开某县某局关于…``): the step ends at
the word, the authority the title's (left72a: an earlier round read the authority as the
step's and the title from its 关于). An office's ending right after the word
(``信息公开办公室``) makes the word the office's name: no step's end there. The word is read
whole or not at all (atomic, longest first): ``政府信息公开指南`` never ends at its
``政府信息公开``, leaving ``指南`` to the title (mend72a)."""
_MENU_REACH = 8
"""How many of the page's first lines of text its menu may take."""


def _disclosure_menu(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The entries of a site's disclosure menu over the article (:data:`_DISCLOSURE_MENU`),
    each on its line or broken over two (``政府信息`` over ``公开指南``, as a narrow menu
    cell wraps it), among the page's first lines: chrome, so that a copy without blank lines
    does not read them into the title under them. So is the menu's 依申请公开 or 主动公开
    (:data:`_DISCLOSURE_KINDS`) on its line right under or over such an entry (``政府信息
    公开制度`` / ``依申请公开``), or both one under the other there, wherever the menu
    stands (a page may set its table over it, or print it twice): the menu's links, no
    publication mark of the letter's."""
    top = filled[:_MENU_REACH]
    at = 0
    while at < len(top):
        line = _BLANKS.sub("", texts[top[at]])
        if line in _DISCLOSURE_MENU:
            chrome.add(top[at])
        elif at + 1 < len(top) and line + _BLANKS.sub("", texts[top[at + 1]]) in _DISCLOSURE_MENU:
            chrome.update(top[at : at + 2])
            at += 1
        at += 1
    at = 0
    while at < len(filled):
        run = at  # (the menu's two kinds one under the other: the run of them, one or both)
        while run < len(filled) and _is_disclosure_kind(texts[filled[run]]):
            run += 1
        if run > at and (
            _menu_entry_at(texts, filled, at - 1, -1) or _menu_entry_at(texts, filled, run, 1)
        ):
            chrome.update(filled[at:run])
        at = max(run, at + 1)


def _is_disclosure_kind(text: str) -> bool:
    """Whether ``text`` is 依申请公开 or 主动公开 alone (:data:`_DISCLOSURE_KINDS`)."""
    return "公开" in text and _BLANKS.sub("", text) in _DISCLOSURE_KINDS


def _menu_piece_by(texts: list[str], i: int, stop: int) -> bool:
    """Whether the piece before ``texts[i]`` or the one after it (before ``stop``), of a
    flattened page's head, is an entry of a disclosure menu (:data:`_DISCLOSURE_MENU`) or
    its section's banner (``政府信息公开``): the menu's 依申请公开 by them, as
    :func:`_disclosure_menu` reads it on a line of its own (fix113)."""
    return any(
        0 <= k < stop
        and (
            _BLANKS.sub("", texts[k]) in _DISCLOSURE_MENU
            or _SECTION_BANNER.match(texts[k]) is not None
        )
        for k in (i - 1, i + 1)
    )


def _menu_entry_at(texts: list[str], filled: list[int], at: int, away: int) -> bool:
    """Whether the line ``filled[at]`` (none when out of range) is an entry of a disclosure
    menu (:data:`_DISCLOSURE_MENU`), alone or wrapped with the line past it in the direction
    ``away`` (-1 up, 1 down): ``政府信息`` over ``公开制度`` ends there going up."""
    if not 0 <= at < len(filled):
        return False
    line = _BLANKS.sub("", texts[filled[at]])
    if line in _DISCLOSURE_MENU:
        return True
    past = at + away
    if not 0 <= past < len(filled):
        return False
    other = _BLANKS.sub("", texts[filled[past]])
    return (other + line if away < 0 else line + other) in _DISCLOSURE_MENU


_VALIDITY = re.compile(r"^[【\[]?(?:本?文件|该文件)?(?:已失效|已废止|现行有效|失效|废止)[】\]]?$")
"""A site's note of whether the document still holds (``文件已失效``, ``【现行有效】``)."""


def _validity(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A document's validity note alone on its line next to a line of the page's chrome
    (under its 来源/日期 line): the site's, no title's nor letter's line."""
    for at, i in enumerate(filled):
        if i not in chrome and ("效" in texts[i] or "废止" in texts[i]):
            near = (filled[at - 1] if at else -1, filled[at + 1] if at + 1 < len(filled) else -1)
            if (near[0] in chrome or near[1] in chrome) and _VALIDITY.match(texts[i]):
                chrome.add(i)


_CRUMB_REACH = 6
"""How many lines from the top a breadcrumb may stand under the site's header."""
_NOT_HEADER = re.compile(r"关于|建议|提案|议案|答复|复函|的函|[。!?:]$|[。!?]")
_POST_REACH = 16
"""How many lines from the top a forum's first post header may stand under its head."""
_POST_NOT_HEAD = re.compile(r"[。!?]|:$")
"""What no line of a forum's head over its first post writes: a sentence's stop, a
salutation's colon at its end (NFKC)."""
"""What a line of the site's header never writes: a title's words, a sentence, a label's
or a salutation's colon at its end."""


def _over_crumb(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The site's header over the page's breadcrumb: its banner (``某市人民政府``), and any
    line a template or a hacked page set above it (a row of adverts), each a line with no
    title's words and no sentence. The letter starts under the crumb, never over it (a
    page's heading over it, its title's words kept, is the page's when the title under the
    crumb writes it again: :func:`_heading`). A forum's first post header (``发表于 … |
    显示全部楼层``) is such a crumb: over it the thread's title with its board's tag
    (``[政务热点] 某局：某水库明年开工``), the thread's tools and counts."""
    for k, i in enumerate(filled[:_CRUMB_REACH]):
        if i in chrome and (_crumb_line(texts[i]) or _POST_STAMP.match(texts[i])):
            chrome.update(j for j in filled[:k] if _NOT_HEADER.search(texts[j]) is None)
            return
    # A forum's first post header further down, under the forum's longer head (its login
    # links, search box, the thread's counts and tools, the thread's title, the post's
    # floor): the same, when none of the lines over it is a sentence or ends with a colon
    # (the letter has not begun above it).
    for k, i in enumerate(filled[_CRUMB_REACH:_POST_REACH], _CRUMB_REACH):
        if i in chrome and _POST_STAMP.match(texts[i]):
            if any(_POST_NOT_HEAD.search(texts[j]) for j in filled[:k]):
                return
            titled = _forum_title_pieces([texts[j] for j in filled[:k]])
            chrome.update(j for at, j in enumerate(filled[:k]) if at not in titled)
            return
    # Further down, a crumb under the page's other chrome (a page saved inside another's
    # frame, or a template's header rows over its own): the few lines right over it, back
    # to a line of chrome, are that header's when none has a title's words or a sentence.
    for k, i in enumerate(filled):
        if k < _CRUMB_REACH or i not in chrome or not _CRUMB.match(texts[i]):
            continue
        if any(j not in chrome and _SENTENCE_STOP in texts[j] for j in filled[:k]):
            return  # (a crumb under the letter's prose: the page set again, not its header)
        run = _lines_over_crumb(filled, chrome, k)
        if all(_NOT_HEADER.search(texts[j]) is None for j in run):
            chrome.update(run)
        return


def _lines_over_crumb(filled: list[int], chrome: set[int], at: int) -> list[int]:
    """The lines right over the crumb at ``filled[at]`` that are no chrome, at most
    :data:`_OVER_CRUMB_MOST`, when a line of chrome stands right above them (a header's
    rows between the page's other chrome and its crumb); else none."""
    above = at
    while above > 0 and filled[above - 1] not in chrome and at - above < _OVER_CRUMB_MOST:
        above -= 1
    return filled[above:at] if above > 0 and filled[above - 1] in chrome else []


_OVER_CRUMB_MOST = 3
"""How many lines between a crumb and the chrome above it may be a header's rows."""
_SENTENCE_STOP = "。"


_TITLE_AGAIN_REACH = 6
"""How many of the letter's first lines of text the page may write again under a crumb
below it (the title, the page's heading over it)."""
_TITLE_AGAIN_SHORTEST = 8
"""The shortest line written again that is the title (no name or label alone)."""
_CRUMB_TO_TITLE = 3
"""How many lines of text under such a crumb the title may stand (the page's cells between)."""


def _page_again(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The page set again under the letter (its print version, or a second copy cut short):
    a breadcrumb below the letter's prose (a line with a full stop), the letter's title
    (one of its first lines of text, above that prose) written again under it, the page's
    cells between or not: from the crumb to the page's end is chrome, so the closing above
    ends the letter (dev33: the title left under the contact line hid the signer)."""
    content = [i for i in filled if i not in chrome]
    prose = next((i for i in content if "。" in texts[i]), None)
    if prose is None:
        return  # (no letter's prose: no crumb stands under the letter)
    head = {
        line: i
        for i in reversed(content[:_TITLE_AGAIN_REACH])
        if i < prose and len(line := _BLANKS.sub("", texts[i])) >= _TITLE_AGAIN_SHORTEST
    }
    if not head:
        return
    for at, i in enumerate(filled):
        if i > prose and i in chrome and _CRUMB.match(texts[i]):
            below = [j for j in filled[at + 1 :] if j not in chrome][:_CRUMB_TO_TITLE]
            if any(_BLANKS.sub("", texts[j]) in head for j in below):
                chrome.update(filled[at:])
                return


_TITLE_AGAIN_FOOT = 3
"""How many of the page's last lines of text the title printed again under the closing
may stand among: the page may set a line or two of its own under it (the article's id
alone, ``19990850``, a counter) that no rule of the chrome reads (dev119/004)."""
_TITLE_AGAIN_TAIL = 24
"""How much a page may write after the title it prints again under the letter: a note in
brackets (the 发文字号, ``（第9号）``), a page's date, a file's ending, never a sentence."""
_AGAIN_LEAD = re.compile(rf"^(?:[{BULLET_MARKS}\-]|(?:{'|'.join(_LINKS_WORDS)})[:：]?|[【\[])\s*")
"""What a link or a heading printing the title again opens with (NFKC: ``· ``, ``相关链接：``,
``【``)."""


def _title_below_the_date(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The letter's title printed again under its closing: the page's heading set again at
    its foot, or a link to a related item holding the same title (``· 关于…的答复
    2024-05-06``, ``关于…的答复（某函〔2024〕9号）``). A line under the signed date (the last
    line of the letter's last ones to hold a date to the day) that opens with the title (one
    of the letter's first lines of text above its prose, or two or three of them joined; a
    bullet, a 相关链接 label or a bracket before it) and adds no
    more than a short note (:data:`_TITLE_AGAIN_TAIL`, no sentence) is the page's: the
    closing above it keeps its signer and date (an earlier round read none, the long line
    under the date taken for the body's). The title may stand among the page's last few
    lines (:data:`_TITLE_AGAIN_FOOT`), a line or two of the page's own under it or not,
    none a sentence (the article's id, a counter: a sentence under it is the letter's, and
    the title written again over it is no foot's)."""
    content = [i for i in filled if i not in chrome] if chrome else filled
    if len(content) < 3:
        return
    if not any(
        len(last) >= _TITLE_AGAIN_SHORTEST and "。" not in last and _TITLE.search(last)
        for last in (texts[i] for i in content[-_TITLE_AGAIN_FOOT:])
    ):
        return  # (most letters end in a sentence or in their closing's lines, no title's)
    prose = next((at for at, i in enumerate(content) if "。" in texts[i]), None)
    if prose is None:
        return
    # the signed date: the last line that holds a date to the day (its 日 lost or not), in
    # the letter's last lines (a flattened letter's on its one long line)
    reach = max(prose - 1, len(content) - 2 - _DATE_TO_END)
    dated = next(
        (at for at in range(len(content) - 2, reach, -1) if _DAY.search(texts[content[at]])),
        None,
    )
    if dated is None:
        return
    firsts = [_BLANKS.sub("", texts[i]) for i in content[: min(prose, _TITLE_AGAIN_REACH)]]
    heads = [
        line
        for at in range(len(firsts))
        for line in ("".join(firsts[at : at + n]) for n in (1, 2, 3) if at + n <= len(firsts))
        if len(line) >= _TITLE_AGAIN_SHORTEST
        and _TITLE.search(line)
        and not _SENTENCE.search(line)
        and not line.endswith(":")  # (a salutation to a body: 县政协提案委员会：)
    ]  # (a title the letter broke over two lines or three stands again on one)
    if not heads:
        return
    for at in range(dated + 1, len(content)):
        i = content[at]
        under = content[at + 1 :]
        if len(under) >= _TITLE_AGAIN_FOOT or any(_SENTENCE.search(texts[j]) for j in under):
            continue  # (a line or two of the page's own under it at most, no sentence: small66)
        line = _AGAIN_LEAD.sub("", _BLANKS.sub("", texts[i]), count=1)
        for head in heads:
            tail = line[len(head) :]
            if (
                line.startswith(head)
                and len(tail) <= _TITLE_AGAIN_TAIL
                and not _CLAUSE.search(tail)
            ):
                chrome.add(i)
                break


_DAY = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}")
"""A date to the day in figures (NFKC), its 日 lost or not: the signed date's line."""
_DATE_TO_END = 12
"""How many of the letter's last lines of text the signed date is looked for in."""


def _later_posts(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A forum thread's posts after the letter's: from the first post header
    (:data:`_POST_STAMP`) under the letter's signed date (a line ending in a date written
    with 年月日, ``2018年5月18日``, ``某局 2018年5月18日``) down to the page's end, each
    reply, its header and the forum's prompts (``您需要登录后才可以回帖 登录 | 注册``) are
    chrome: the letter was posted whole in one post, which ends at the next header."""
    if not any("发表于" in texts[i] for i in chrome):
        return  # (no post header: most pages, whose lines are not searched for a date)
    dated = False
    for at, i in enumerate(filled):
        if i not in chrome:
            dated = dated or _SIGNATURE_DATE.search(texts[i]) is not None
        elif dated and _POST_STAMP.match(texts[i]):
            chrome.update(filled[at:])
            return


def _link_dates(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The date alone on its line right under a link to the page's previous or next article
    (``上一篇：某局关于…的答复`` / ``2099年5月2日``, :data:`_PREV_NEXT`): the linked article's
    date, as the page lists it under its title, chrome with the link (tail76: an earlier
    round read it as the letter's last date, its 成文日期, under the letter's own)."""
    for at, i in enumerate(filled[:-1]):
        if i in chrome and _PREV_NEXT.match(texts[i]) is not None:
            below = filled[at + 1]
            if _SIGNATURE_DATE.match(texts[below]) or _PAGE_DATE.match(texts[below]):
                chrome.add(below)


# What a site prints at the top or the foot of its pages that is chrome only on a page that
# shows itself by another sign (:func:`_page_furniture`); NFKC (！ is !, （ is ().
# (its welcome with no 您 or 你, as found: :data:`_WELCOME_WORDS` less them)
_WELCOME = re.compile(  # 某县人民政府欢迎您！, 欢迎来到某市政协委员会！
    rf"^(?:[\u4e00-\u9fff()]{{2,30}}欢迎(?:您|你)!?|欢迎{_WELCOME_VERBS}[\u4e00-\u9fff()]{{2,30}}!)$"
)
# The visitor's day as a site's widget prints it (NFKC): 今天是, its colon or not, a list's
# bullet before it or not, then its date, the clock, the weekday and the lunar date, any of
# them, in any order, or their places left to a script (今天是：, 今天是2024年6月1日 星期六,
# • 今天是:00:00:00 农历:, 今天是 2024年6月1日 10:20:30 农历甲辰年四月廿五). No letter writes
# a clock time or a lunar date after 今天是.
_TODAY_PART = (
    r"(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|\d{1,2}:\d{2}(?::\d{2})?"
    r"|(?:星期|周)[一二三四五六日天]|农历\s*:?(?:\s*[\u4e00-\u9fff]{2,12})?)"
)
_TODAY = re.compile(
    rf"^(?:[{BULLET_MARKS}]\s*)?(?:{'|'.join(_TODAY_LEADS)})\s*:?(?:\s*{_TODAY_PART}){{0,4}}$"
)
_WELCOME_THEN_DAY = re.compile(r"^(?P<welcome>[^\s]{4,40}!)\s*(?P<day>今天是.*)$")
"""A banner's welcome and the visitor's day on one line, the welcome's ``!`` between
(``欢迎访问某某网! 今天是:``, NFKC): each a widget of the site's head by itself
(:data:`_WELCOME`, :data:`_TODAY`; decided, fix102)."""
_TODAY_FIRSTS = frozenset((*(lead[0] for lead in _TODAY_LEADS), *BULLET_MARKS))
"""What a line :data:`_TODAY` matches opens with: the gate before it."""
# A word or a few of Latin letters alone on a line, no figure, no mark, no ideograph
# (``Baidu`` / ``map``, a map widget's alternate text; ``Top``): what a page's images,
# widgets and scripts leave of themselves under the article. A letter in Chinese ends with
# no such line; above it, a site's English name or switch may stand where the title does,
# so it is read under the letter only (:func:`_is_furniture`).
_LATIN_WORDS = re.compile(r"^[A-Za-z]{2,16}(?: [A-Za-z]{2,16}){0,2}$")
_WEB_HOST = rf"(?:www(?:\.[0-9A-Za-z-]+){{2,}}|{BARE_DOMAIN})"
_SITE_ADDRESS = re.compile(  # 某县人民政府 www.example.gov.cn, or the address alone
    rf"^(?:[\u4e00-\u9fff()]{{2,30}}\s*)?(?:https?://)?{_WEB_HOST}/?$", re.IGNORECASE
)
_ADDRESS_SIGNS = ("www", ".cn", ".com", ".org", ".net")
"""What a line :data:`_SITE_ADDRESS` matches holds (lowered): the gate before it."""
# a government's site as a link names it (某省政府网, 某市人民政府门户网站)
_LINKED_SITE = r"[\u4e00-\u9fff]{2,20}(?:政府网|政府网站|门户网站|门户网|政务网)"
# a link to another site in a list's item at the page's foot (• 某省政府网, • 某市人民政府门户网站)
_SITE_LINK = re.compile(rf"^[•·●-]\s*{_LINKED_SITE}$")
_SITE_CAPTION = re.compile(
    rf"^(?:https?://)?{_WEB_HOST}/?\s+{_LINKED_SITE}$",
    re.IGNORECASE,
)
"""A site's logo caption under the letter, its address (:data:`_WEB_HOST`, www written or
not) and its name after it (``example.gov.cn  某区人民政府网站``): the footer's, read under the
letter only (:func:`_is_furniture`; dev131/009)."""
_ARROW_ALONE = re.compile(r"^[<>‹›«»]$")
"""A slider's arrow alone on its line (``>``): what a page's carousel of its accounts
leaves under the article, read under the letter only (:func:`_is_furniture`)."""
# a row of links to the governments' sites in the page's head or foot, parted by blanks
# (中国政府网 某省政府网 某地区政府网 某市人民政府, NFKC): two links or more naming a site,
# a government's own name among them or not; no letter lists sites (fix117)
_SITE_LINKS_ROW = re.compile(
    rf"^(?:(?:{_LINKED_SITE}|[\u4e00-\u9fff]{{2,20}}人民政府)[ \t]+)*{_LINKED_SITE}"
    rf"(?:[ \t]+(?:{_LINKED_SITE}|[\u4e00-\u9fff]{{2,20}}人民政府))+$"
)
_SITE_LINKS_MOST = 8
"""How many links a row of the governments' sites holds at most."""


def _site_links_end(texts: list[str], i: int, stop: int) -> int:
    """Where a row of links to the governments' sites (:data:`_SITE_LINKS_ROW`) that opens
    at piece ``i`` of a flattened head ends, its links parted by blanks (``中国政府网
    某省政府网 某地区政府网 某市人民政府``, flat117): the longest such run; ``i`` for none."""
    end = i
    for j in range(i + 2, min(stop, i + _SITE_LINKS_MOST) + 1):
        if _SITE_LINKS_ROW.match(" ".join(texts[i:j])) is not None:
            end = j
    return end


_TAGS = re.compile(r"^标签\s*:?$")  # the article's tags, their label left empty
# a site's comment box under the article (NFKC): its heading, the comments counted or not
# (留言与评论(共有 0 条评论), 网友评论, 发表评论, 全部评论, 已有3条评论), and its captcha's
# field left empty alone (验证码:): a letter counts no comments and asks its reader for no
# captcha (the count and the captcha show a page as its tools do, :func:`_tail_pieces`)
_COMMENT_COUNT = r"\(?\s*(?:共有|已有|共)\s*\d+\s*条(?:评论|留言)\s*\)?"
_CAPTCHA_FIELD = r"\*?\s*(?:验\s*证|校\s*验)\s*码\s*:?"
_COMMENT_BOX = re.compile(
    rf"^(?:(?:留言与评论|网友留言|{_COMMENTS_HEADING})\s*(?:{_COMMENT_COUNT})?"
    rf"|{_COMMENT_COUNT}|{_CAPTCHA_FIELD})$"
)
_COMMENT_SIGN = re.compile(
    rf"^(?:(?:留言与评论|网友评论|网友留言|评论)?\s*{_COMMENT_COUNT}|{_CAPTCHA_FIELD})$"
)
# a site's account box and its social accounts (账号+密码登录, 还没有账号？, 立即注册, 扫码关注,
# 某某微博): NFKC (＋ is +, ？ is ?)
_LOGIN_BOX = (
    r"(?:账号|帐号|手机|手机号|用户名|邮箱)\s*\+\s*(?:密码|验证码)登录|还没有账号\??|忘记密码\??"
    # (the dialog a page asks before it sends the visitor to log in, kept as text under the
    # letter: 是否“确认”跳转到登录页?, 您还未登录，是否跳转至登录页面？; fix115)
    rf"|{_LOGIN_PROMPT}[?？]?"
)
_ACCOUNT = re.compile(
    rf"^(?:{_LOGIN_BOX}|立即注册"
    r"|注册|(?:用户|会员)?登录|扫码关注|扫码登录|关注我们|[\u4e00-\u9fff]{0,8}(?:微博|微愽|公众号|微信号))$"
)
_LOGIN = re.compile(rf"^(?:{_LOGIN_BOX})$")
_COMMENT_BOX_FIRSTS = frozenset("留网发我全评共已(*验校")
"""What a line :data:`_COMMENT_BOX` matches opens with: the gate before it."""
# The counter under a site's box for a question or a message (its 智能问答 or 留言 widget):
# how many characters are left to type (你还可以输入40, 您还可输入200字): a form's, no letter's.
_INPUT_LEFT = re.compile(r"^(?:您|你)?还(?:可以|可|能)输入\s*\d{1,4}\s*(?:个)?(?:字符|字)?$")
"""The words of a site's login box no letter writes (``账号+密码登录``, ``还没有账号?``): in a
flattened page's tail they show the page as a tool of its does (:func:`_tail_pieces`)."""
_IMAGE_NAME = r"[\w.-]+\.(?:png|jpe?g|gif|bmp|webp|svg)"
_IMAGE_FILE = re.compile(rf"^{_IMAGE_NAME}(?:[{_SEP},，、]+{_IMAGE_NAME})*$", re.IGNORECASE)
_IMAGE_NAMES = re.compile(_IMAGE_NAME, re.IGNORECASE)
"""An image's file name alone on a line, or a row of them (``1.jpg 2.jpg 4.jpg``: a page's
pictures under the letter, their names left where the copy lost them, fix115): no item of a
list numbered ``1.``, whatever digit the name opens with."""
# the placeholder a Markdown copy leaves for an image (![]()), a table's bars after it
_IMAGE_MARK = re.compile(r"^!\[[^\]]*\]\([^)]*\)(?:\s*\|)*$")
_SECTION_BANNER = re.compile(
    r"^(?:政府信息公开(?:指南|制度|年报|目录|专栏|平台)?|政务公开|信息公开"
    r"|(?:人大代表|政协委员|人大|政协)?(?:建议|提案)(?:办理)?|建议提案(?:办理)?)$"
)
_PAGE_WORD = re.compile(
    rf"(?:{vocab.longest_first(sorted(_DISCLOSURE_MENU))}|{_SWITCHES}"
    r"|政府信息公开(?:指南|制度|年报|目录|专栏|平台)?|政务公开|信息公开"
    # (the site's name, when one of them is glued after it: 某县人民政府政府信息公开)
    rf"|[\u4e00-\u9fff()（）]{{2,12}}?(?:{vocab.alternation('org_suffixes')})"
    rf"(?=(?:{vocab.longest_first(sorted(_DISCLOSURE_MENU))}|{_SWITCHES}|政府信息公开|政务公开|信息公开)))"
)
"""A word only a page writes over its article, glued to the next: the site's switches
(``手机版``, ``长辈版``, ``全文检索``), the entries of its disclosure menu
(``政府信息公开指南``) and its section's banner (``政府信息公开``), and the site's name
before one of them."""
_SITE_NAME_GLUED = re.compile(
    rf"[\u4e00-\u9fff()（）]{{2,12}}?(?:{vocab.alternation('org_suffixes')})"
)
"""A site's name, as its header writes it (某县人民政府)."""
_PAGE_WORDS_TITLE = re.compile(rf"关于|对|(?!{NAME_GOES_ON}){_TITLE_AUTHORITY}(?:关于|对)")
"""A title's opening, its authority first or not (关于…, 对…, 某局关于…, 某局对…); not an
office's ending, which goes on with the words before it (信息公开 / 办公室关于…:
:data:`NAME_GOES_ON`)."""


_DISCLOSURE_KIND = re.compile("|".join(sorted(_DISCLOSURE_KINDS)))
"""The menu's 依申请公开 or 主动公开, read among its other entries only (fix113: alone, a
letter's publication mark may stand so)."""

_BROKEN_ENTRY = 8
"""How long a piece of a menu's entry broken over two lines is at most (政府信息)."""
_BROKEN_MENU_PIECES = 8
"""How many such pieces a menu runs to at most."""


def _broken_menu(texts: list[str], i: int, stop: int) -> int:
    """Where the run of pieces from ``i`` ends that, glued together, is the page's words
    only (:data:`_PAGE_WORD`: ``政府信息`` ``公开指南`` are ``政府信息公开指南``), each piece
    short; ``i`` when none is."""
    if i + 1 >= stop:
        return i
    # (asked further only where a page's word runs over into the next piece: 政府信息|公开…)
    first = _PAGE_WORD.match(texts[i] + texts[i + 1])
    if first is None or first.end() <= len(texts[i]):
        return i
    best, glued = i, ""
    for k in range(i, min(stop, i + _BROKEN_MENU_PIECES)):
        if len(texts[k]) > _BROKEN_ENTRY:
            break
        glued += texts[k]
        p = 0
        while p < len(glued) and (m := _PAGE_WORD.match(glued, p)) is not None:
            p = m.end()
        if p == len(glued):
            best = k + 1
    return best


def _page_words_apart(line: str, at: int, b: int) -> list[int]:
    """Where, in ``line[at:b]`` (a piece, or a part a cut made, of a flattened page's head),
    a run of the page's words (:data:`_PAGE_WORD`) that opens it ends, and each of them
    within it, when the run is all the piece holds or a title opens right after it
    (``政府信息公开指南政府信息公开制度对…的答复``, ``手机版某县人民政府政府信息公开全文检索``):
    the page's menu and switches, glued by a copy without blanks to each other and to the
    letter's title; the menu's 依申请公开 or 主动公开 among them after another of its words
    (``…政府信息公开制度依申请公开关于…``: fix113). Nothing when other words follow the run (a
    title that opens with such a word, ``政务公开工作的建议``, is read as it is); so when the
    site's furniture is all that follows the run (``政府信息公开搜索位置:匹配度:排序:``, a
    search box's options: fix129)."""
    out: list[int] = []
    p = at
    while p < b and (
        (m := _PAGE_WORD.match(line, p, b)) is not None
        or (out and (m := _DISCLOSURE_KIND.match(line, p, b)) is not None)
    ):
        p = m.end()
        out.append(p)
    if not out or not (
        p == b or _PAGE_WORDS_TITLE.match(line, p, b) or _GLUED_FURNITURE.fullmatch(line, p, b)
    ):
        return []
    return [c for c in out if c < b]


_MENU_HEADING = re.compile(
    r"^[\u4e00-\u9fff]{2,8}(?:信息|公开|服务|互动|动态|要闻|专题|专栏|栏目):?$"
)
"""A site's menu heading over the article (国务院信息：, 政务公开：)."""
_BANNER_LONGEST = 12
"""How long a site's name or a section's over its breadcrumb may be (大姚县人民政府)."""
_DAY_WITH_WEEKDAY = re.compile(  # the site's date of the visit, over the article
    # (the bar after it parts it from the header's next item: 2024年5月4日 星期六 |; blanks
    # around its 年月日 as a copy leaves them: 2024年 5月4日 星期六)
    r"^(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日\s*"
    r"(?:星期|周)[一二三四五六日天](?:\s*[|丨])?$"
)


_MENU_HOME = ("首页", "网站首页")
"""The first item of a site's menu (``首页 政务公开 政务服务 互动交流``), alone on its line when
the menu is listed one item a line."""
_MENU_ROW = re.compile(
    r"^(?:网站)?首\s{0,4}页(?:(?:\s+|\s*[|丨/]\s*)[\u4e00-\u9fff]{2,8}){2,}(?:\s*[|丨/])?$"
)
"""A site's menu on one line (NFKC): 首页 and two short items or more, apart by blanks or bars
(``首页 政务公开 政务服务 互动交流``, ``网站首页 | 新闻中心 | 政务公开``), no step's arrow (a
crumb's), no punctuation; no letter writes its lines so. Its 首页 may be spaced out to the
width of the items after it (``首   页 政务公开 …``, decided flat55)."""
_MENU_ROW_REACH = 16
"""How many lines from the top a site's menu on one line (:data:`_MENU_ROW`) may stand: under
the page's cells, its heading and its date."""
_MENU_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
"""An item of a site's menu listed one a line under its 首页 (政务公开, 互动交流, 走进某县)."""
_MENU_ITEM_NOT = re.compile(
    rf"(?:{vocab.alternation('org_suffixes')}|答复|复函|回复|的函|意见|[省市州县区乡镇]|街道)$"
)
"""How a line ends that is the letter's, not the menu's, when it ends the menu's run: an
authority's name over its title (某县水务局), a short title (答复意见)."""


def _menu_run(texts: list[str], filled: list[int], at: int) -> int:
    """How many lines from ``filled[at]`` are a site's menu listed one item a line: its 首页
    alone, then short items (:data:`_MENU_ITEM`), two or more; the run's last item not an
    authority's name nor a title's end (:data:`_MENU_ITEM_NOT`: the letter's issuer or
    title over it). 0 where none opens."""
    if texts[filled[at]] not in _MENU_HOME:
        return 0
    end = at + 1
    while end < len(filled) and _MENU_ITEM.match(texts[filled[end]]):
        end += 1
    while end > at + 1 and _MENU_ITEM_NOT.search(texts[filled[end - 1]]):
        end -= 1
    return end - at if end - at >= 3 else 0


_MENU_HOMES = frozenset(_MENU_HOME)
_CRUMB_STEPS_LISTED = 3
"""How many of a crumb's steps may stand under its 首页, one a line (首页 / 政务公开 /
建议提案 / the title)."""


def _crumb_step(text: str) -> bool:
    """Whether ``text`` may be a step of a crumb listed one a line (:func:`_listed_crumb`):
    a short name, none that ends as an authority's or a title does, no publication mark.
    The line that ends the run is asked the same: where it is the letter's own (its
    issuer's name over the title), the steps above it stay the crumb's."""
    return (
        _MENU_ITEM.match(text) is not None
        and not _MENU_ITEM_NOT.search(text)
        and not _PUBLIC_MARK.match(text)
    )


def _listed_crumb(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A breadcrumb copied without its arrows, one step a line, on a page known by another
    sign: a lone 首页 (or 网站首页) among the page's first lines, then the channel's short
    names, up to :data:`_CRUMB_STEPS_LISTED` (``网站首页`` / ``县政协提案`` over the title).
    No letter writes 首页 alone on its line, so it and the crumb's steps are the site's,
    never the title's first lines; a step that ends as an authority's name or a title does
    (:data:`_MENU_ITEM_NOT`: 某县水务局, 答复意见) and a publication mark stay the letter's,
    and so does all under them."""
    top = filled[:_CRUMB_REACH]
    if _MENU_HOMES.isdisjoint(map(texts.__getitem__, top)):
        return  # (most pages: no lone 首页 there; asked in C)
    for at, i in enumerate(top):
        if texts[i] not in _MENU_HOMES:
            continue
        end = at + 1
        while (
            end < len(filled)
            and end - at <= _CRUMB_STEPS_LISTED
            and _crumb_step(texts[filled[end]])
        ):
            end += 1
        if end < len(filled) and _crumb_step(texts[filled[end]]):
            end = at + 1  # (more short lines than a crumb's steps: the home alone)
        chrome.update(filled[at:end])
        return


def _crumb_steps_end(texts: list[str], i: int, stop: int) -> int:
    """Where a crumb with no arrows that opens with its home at piece ``i`` ends: after the
    steps (:func:`_crumb_step`) up to :data:`_CRUMB_STEPS_LISTED`, the home alone where more
    short pieces than a crumb's steps follow, as :func:`_listed_crumb` reads its lines."""
    j = i + 1
    while j < stop and j - i <= _CRUMB_STEPS_LISTED and _crumb_step(texts[j]):
        j += 1
    return i + 1 if j < stop and _crumb_step(texts[j]) else j


_ONE_STEP = re.compile(r"^(?:>|»|›|＞)\s*[^\s>»›。,;:!?]{1,20}$")
"""A crumb's one step alone on its line (``> 正文``), NFKC: a short name, no clause."""


def _crumb_last_step(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A crumb's last step carried on alone to the line right under the crumb's trail
    (``首页 > 政务公开 > 政协提案`` over ``> 正文``; a copy that wrote the crumb as a list
    made its last step an item of its own): the crumb's too. One step alone elsewhere is a
    quoted line's mark (``> 王某代表来信``) and stays."""
    for at, i in enumerate(filled[:-1]):
        j = filled[at + 1]
        if (
            i in chrome
            and j not in chrome
            and _ONE_STEP.match(texts[j]) is not None
            and (_CRUMB.match(texts[i]) is not None or _crumb_item(texts[i]))
        ):
            chrome.add(j)


_ACCESS_LINE = re.compile(
    rf"^(?:[{_SEP}\[\]【】()（）/:：,，]|{_ACCESS_TOOLS}|{'|'.join(_SWITCH_WORDS)})+$"
)
"""A line of an accessibility toolbar's buttons alone (:data:`_ACCESS_TOOLS`), or of a site's
versions and switches (:data:`_SWITCH_WORDS`: 无障碍浏览, 长者模式, a reply listing them)."""
_PROSE_STOPS = ("。", "！", "？", "；", "：", "!", "?", ";", ":")
"""What ends a letter's line that a list of its own may follow: a sentence, or the colon
that opens the list (``网站已上线以下功能：``)."""


def _listed_toolbar(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A page's toolbar listed one button a line (an accessibility toolbar's ``拼音`` /
    ``辅助浏览`` / ``读屏`` / ``放大`` …, :data:`_ACCESS_TOOLS`; ``打印`` / ``关闭`` / ``返回``):
    the lines of tools alone (:data:`_TOOLS`) next to one that is chrome by itself (a
    must word's: 辅助浏览, 大鼠标, 打印, :data:`_TOOL_MUST`), blank lines between or not,
    are its buttons too, wherever it stands (under a page's heading and cells as at its
    top, where :func:`_page_furniture` reads them). Each line is asked once: a run is
    walked from its first line chrome by itself, and no later one walks it again.

    But a run of accessibility buttons alone (:data:`_ACCESS_LINE`) inside the letter's
    prose, a line of the letter's that ends a sentence or opens a list right above it
    (``已上线以下功能：`` / ``辅助浏览`` / ``大鼠标``, ``…现答复如下：`` / ``辅助浏览`` as a
    heading) and a sentence of the letter's under it, is the letter's: a reply about a
    site's accessibility lists or heads its functions so, and no page sets its toolbar
    there (over its title, a cell or a salutation, none a sentence, a banner's ``欢迎您！``
    or a search box's ``请输入关键词：`` over it)."""
    done = -1  # (the last place of ``filled`` a run has reached)
    for at, i in enumerate(filled):
        if at <= done or i not in chrome or not _is_tools(texts[i]):
            continue
        first = at
        while first - 1 > done and _TOOLS.match(texts[filled[first - 1]]):
            first -= 1
        end = at + 1
        while end < len(filled) and _TOOLS.match(texts[filled[end]]):
            end += 1
        run = filled[first:end]
        if (
            first > 0
            and end < len(filled)
            and filled[first - 1] not in chrome
            and filled[end] not in chrome
            and texts[filled[first - 1]].endswith(_PROSE_STOPS)
            and _SENTENCE.search(texts[filled[end]]) is not None
            and all(_ACCESS_LINE.match(texts[k]) for k in run)
        ):
            chrome.difference_update(run)  # (the letter's list of the functions)
        else:
            chrome.update(run)
        done = end - 1


def _tools_between(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A page's toolbar set among its cells under the heading, a line of tools alone or a
    run of them (``时间：…`` / ``点击：`` / ``【下载Word】`` / ``【下载PDF】`` / ``索引号：…``):
    a run of lines of tools alone (:data:`_TOOLS`, no must word among them: 下载, 字号's
    大 中 小) with the page's chrome right over it and right under it is the page's, as a
    run of them at its top or foot is (:func:`_page_furniture`); no letter sets such a line
    between two of the page's cells (an earlier round read it as the title's tail, dev122)."""
    at = 1
    while at < len(filled) - 1:
        if filled[at] in chrome or filled[at - 1] not in chrome:
            at += 1
            continue
        end = at
        while end < len(filled) and filled[end] not in chrome and _TOOLS.match(texts[filled[end]]):
            end += 1
        if end > at and end < len(filled) and filled[end] in chrome:
            chrome.update(filled[at:end])
        at = max(end, at + 1)


def _listed_menu(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A site's menu listed one item a line above the letter, also with no other sign of a
    page (``首页`` / ``政务公开`` / ``政务服务`` / ``互动交流`` / ``投资指南``): a run of short
    lines of characters alone (:data:`_MENU_ITEM`), over the letter's first sentence or
    salutation, at least :data:`_MENU_WORDS_LEAST` of them a menu's words
    (:data:`_MENU_WORDS`), is chrome by itself, the run's other items with them (a site's
    own ``投资指南``); its last items that end as an authority's name or a title does
    (:data:`_MENU_ITEM_NOT`: the letter's issuer or title under the menu) stay. A letter's
    short lines (its issuer, a class mark, 同意公开) are none of the menu's words. Its sign
    (:data:`_PAGE_SIGNS`) is a lone 首页 over two of them: a run without its 首页 is read
    on a page known by another sign."""
    at = 0
    while at < len(filled):
        text = texts[filled[at]]
        if _SENTENCE.search(text) or text.endswith(":"):
            return  # (NFKC: the salutation's ： is :; the menu stands above the letter)
        if not _MENU_ITEM.match(text):
            at += 1
            continue
        end = at + 1
        while end < len(filled) and _MENU_ITEM.match(texts[filled[end]]):
            end += 1
        last = end
        while last > at and _MENU_ITEM_NOT.search(texts[filled[last - 1]]):
            last -= 1
        run = filled[at:last]
        if sum(texts[i] in _MENU_WORDS for i in run) >= _MENU_WORDS_LEAST:
            chrome.update(run)
        at = end


def _is_furniture(text: str, top: bool) -> bool:
    """Whether ``text`` is a line of a site's furniture on a page: tools and switches
    (``返回上一级``, ``无障碍浏览  长者模式``), a welcome, the visitor's day (``今天是：``),
    the site's name and address, a list's link to another site (``• 某省政府网``), an image's
    file name, a section's banner (``政府信息公开``)
    and, above the article only, the day of the visit with its weekday (under the letter
    such a date is the signature's, ``2024年5月10日 星期五``); under it only, a word or a few
    of Latin letters alone (``Baidu`` / ``map``: :data:`_LATIN_WORDS`)."""
    return (
        _TOOLS.match(text) is not None
        or _WELCOME.match(text) is not None
        or _TODAY.match(text) is not None
        or _welcome_and_day(text)
        or _SITE_ADDRESS.match(text) is not None
        or _IMAGE_FILE.match(text) is not None
        or (text[:1] == "!" and _IMAGE_MARK.match(text) is not None)
        or (text[:1] in _BULLETS and _SITE_LINK.match(text) is not None)
        or ("网 " in text and _SITE_LINKS_ROW.match(text) is not None)
        or _TAGS.match(text) is not None
        or (text[:1] in _SEARCH_FIRSTS and _SEARCH_BOX.match(text) is not None)
        or (text[:1] in _COMMENT_BOX_FIRSTS and _COMMENT_BOX.match(text) is not None)
        or _ACCOUNT.match(text) is not None
        or ("输入" in text and _INPUT_LEFT.match(text) is not None)
        or _SECTION_BANNER.match(text) is not None
        or (top and _DAY_WITH_WEEKDAY.match(text) is not None)
        or (top and _english_banner(text))
        or (not top and text[:1].isascii() and _LATIN_WORDS.match(text) is not None)
        or (not top and _ARROW_ALONE.match(text) is not None)
        or (not top and "网" in text and _SITE_CAPTION.match(text) is not None)
        or (text[:1] in "首网" and _MENU_ROW.match(text) is not None)
    )


def _welcome_and_day(text: str) -> bool:
    """Whether ``text`` is a banner's welcome with the visitor's day after it on its line
    (:data:`_WELCOME_THEN_DAY`): the site's head, as each is on a line of its own."""
    if "今天是" not in text:
        return False
    m = _WELCOME_THEN_DAY.match(text)
    return (
        m is not None
        and _WELCOME.match(m.group("welcome")) is not None
        and _TODAY.match(m.group("day")) is not None
    )


def _head_over_crumb(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The site's head over the page's first breadcrumb, its lines from the page's top: a
    markup's debris (``<wbr id="…">``), a mirror's advertisements, a style's name
    (``headerBg``), menus. Chrome when none of them holds a title's word or a sentence or
    ends with a colon (a salutation's): the letter stands under its page's crumb. Decided
    (left56a): so is the head over a later crumb under the page's other chrome, a page
    saved inside another's frame (its heading, crumb and cells, then the inner page's
    debris, adverts and style names over its own crumb): the few lines right over that
    crumb, back to a line of chrome, by the same signs, where no line of the letter's prose
    stands above them (:func:`_inner_head`)."""
    for at, i in enumerate(filled):
        text = texts[i]
        if i in chrome:
            if _crumb_line(text):
                chrome.update(filled[:at])
                return
            continue
        if not _head_line(text):
            _inner_head(texts, filled, chrome)
            return


def _head_line(text: str) -> bool:
    """Whether ``text`` may be a line of a site's head over its crumb: short, no title's
    word, no sentence, no salutation's colon at its end (NFKC: ``：`` is ``:``); the widget of
    the visitor's day with its label's colon (``今天是：``, ``当前时间：``, :data:`_TODAY`) is
    one, its value left to a script (fix123)."""
    if text[:1] in _TODAY_FIRSTS and _TODAY.match(text) is not None:
        return True
    return not (
        len(text) > _LONGEST or _TITLE.search(text) or _SENTENCE.search(text) or text.endswith(":")
    )


def _inner_head(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The inner page's head over its crumb, in a page saved inside another's frame
    (:func:`_head_over_crumb`): the lines right over a crumb, at most
    :data:`_OVER_CRUMB_MOST`, back to a line of chrome, each a head's line; only above the
    letter's first line of prose."""
    for at, i in enumerate(filled):
        if i not in chrome:
            if _SENTENCE_STOP in texts[i]:
                return  # (the letter's prose: no inner page's head stands under it)
            continue
        if not _CRUMB.match(texts[i]):
            continue
        run = _lines_over_crumb(filled, chrome, at)
        if all(_head_line(texts[j]) for j in run):
            chrome.update(run)


def _page_furniture(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A site's furniture (:func:`_is_furniture`) in the chrome that opens the page, down to
    the first line of the letter, and in the chrome that ends it, up to its last line.
    Above the letter also a menu's heading (国务院信息：) and the short line right over the
    page's breadcrumb: the site's name or the section's (大姚县人民政府 over 首页 >> …).
    The visitor's day among the page's first lines is the site's wherever it stands there
    (``某市政协`` / ``今天是：``): a widget, never the letter's salutation; so is a menu on
    one line (:data:`_MENU_ROW`), under the page's heading too, never the letter's issuer."""
    for i in filled[:_CRUMB_REACH]:
        if texts[i][:1] in _TODAY_FIRSTS and _TODAY.match(texts[i]):
            chrome.add(i)
    for i in filled[:_MENU_ROW_REACH]:
        # a site's menu on one line (首页 and its items), under the page's heading and
        # cells too (decided, flat55): no letter writes its lines so; nor a row of links to
        # the governments' sites (中国政府网 某省政府网 …, under the site's switches: fix117)
        if (texts[i][:1] in "首网" and _MENU_ROW.match(texts[i])) or (
            "网 " in texts[i] and _SITE_LINKS_ROW.match(texts[i])
        ):
            chrome.add(i)
    listed = 0  # (the lines left of a site's menu listed one item a line)
    for at, i in enumerate(filled):
        listed = max(listed - 1, _menu_run(texts, filled, at))
        if i not in chrome:
            # (a menu's heading, never the letter's publication mark: 同意公开)
            menu = _MENU_HEADING.match(texts[i]) and not _PUBLIC_MARK.match(texts[i])
            # (a toolbar's close button alone under its line, x or ×: flat55's, kept lines)
            closes = at > 0 and texts[i] in _CLOSE_BETWEEN and filled[at - 1] in chrome
            if not (listed or _is_furniture(texts[i], top=True) or menu or closes):
                below = filled[at + 1] if at + 1 < len(filled) else -1
                if below >= 0 and _banner_over_address(texts[i], texts[below]):
                    chrome.add(i)  # (the address, furniture itself, is taken next)
                    continue
                if not (
                    below in chrome
                    and (_CRUMB.match(texts[below]) or _CRUMB_TRAIL.match(texts[below]))
                    and len(texts[i]) <= _BANNER_LONGEST
                    and not _TITLE.search(texts[i])
                    and not _SENTENCE.search(texts[i])
                    and not texts[i].endswith((":", "："))  # (a salutation's colon)
                ):
                    break
            chrome.add(i)
    for i in reversed(filled):
        if i not in chrome:
            if not _is_furniture(texts[i], top=False):
                break
            chrome.add(i)


def _banner_over_address(text: str, below: str) -> bool:
    """Whether ``text``, a line of the page's head, is the site's name over its web address
    alone on the next line filled (``某县人民政府`` / ``www.example.gov.cn``): the banner the
    one-line reading takes whole (``某县人民政府 www.…``, :data:`_SITE_ADDRESS`), the page's,
    never the letter's issuer (fix123: the name alone read as the header's mark over the
    title of one of its offices)."""
    return (
        any(sign in below.lower() for sign in _ADDRESS_SIGNS)
        and _SITE_ADDRESS.match(below) is not None
        and _SITE_ADDRESS.match(f"{text} {below}") is not None
    )


# A date in figures alone on its line, parted by dots, dashes or slashes (2024.11.29): how a
# page dates its article; a letter dates itself with 年, 月 and 日.
_FIGURES_DATE = re.compile(r"^(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2}$")
_CLOCK = r"\s*\d{1,2}:\d{2}(?::\d{2})?"
# Such a date as a page's moment of publication over the article: in square brackets, or
# with its clock time (also after 年月日: 2020年09月30日 10:20), as only a page writes it.
_TOP_DATE = re.compile(
    r"^[\[【]?(?:(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2}(?:" + _CLOCK + r")?"
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日" + _CLOCK + r")[\]】]?$"
)
# A page's moment of publication as a site's template stamps it, on any page: a date in
# square brackets (its clock time after it or not: [2020-09-30], [2020年09月30日], NFKC
# reads ［］ so), or a date with its clock time (2020-09-30 10:20, 2020年09月30日 10:20:11).
# A letter dates itself with 年月日, in round brackets at most, and writes no clock time
# after the date alone on its line.
_STAMP_DATE = r"(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)"
# Or the date in figures (its clock time or not) with the authority that posted it and the
# count of the page's views after it, glued or after a blank, its label an icon the copy
# lost (2031-04-09 某省某某管理局10870, 2031-04-09 12:30 某县水务局 86): a letter writes no
# bare count after an authority's name. Six figures at most: a telephone number (seven or
# more) is none. Or the same byline with no count (2031-04-09   某县政府办: the date in
# figures, a gap, the office that posted it, nothing else; fix90): looked for only in the
# head above the salutation, where a letter dates nothing in figures before a name (its own
# date, 年月日 or in figures, stands under the body, over its signer or after it).
_STAMP_FIGURES = r"(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2}"
_COUNTED_BY = (
    rf"^{_STAMP_FIGURES}(?:{_CLOCK})?\s+[\u4e00-\u9fff()]{{1,20}}?"
    rf"(?:{vocab.alternation('org_suffixes')})(?:\s*\d{{1,6}})?$"
)
_STAMP = re.compile(
    rf"^\[\s*{_STAMP_DATE}(?:{_CLOCK})?\s*\]$|^{_STAMP_DATE}{_CLOCK}$|{_COUNTED_BY}"
)
_STAMP_OPENS = frozenset("[12")
"""What a line :data:`_STAMP` matches opens with: the gate before it."""
_FIRST_CHARACTER = itemgetter(0)  # (of a filled line: never empty)
_STAMP_LONGEST = 64
"""The longest line :data:`_STAMP` matches: a date with its clock time (19), an authority's
name of 20 characters and its longest ending (11: 人民代表大会常务委员会), a count of six
figures and blanks (``2020-09-30 10:20:11 某省某市自然资源和规划局 10870``; a date in square
brackets, ``[2020年09月30日 10:20:11]``, is shorter)."""
_STAMP_REACH = 8
"""How many of a text's first lines may hold the stamp: it stands right over or under the
title, above the salutation (a header's marks, a title of three lines over it at most)."""


# A mirror's byline over the article (NFKC), its pieces parted by blanks: the site's name, the
# place it files the document under or its author, then the moment it posted it, in figures
# with its clock time, and the count of its comments or views after it, left empty or not
# (某某网 中国某省  某某网 2016-05-16 10:06:17  评论()); or the site's name and 佚名, the
# author it gives when it knows none (某某网 佚名). A letter writes no clock time after a
# date and never calls anybody 佚名; a piece holding a title's words (关于, 答复, 建议…) or
# ending as a title ends (…报告, …说明, …复文, …函: fields.title's endings) is a title the
# page glued to its date (title58 cuts it there), and no byline (fix99; review61e: such an
# ending inside a site's name, 某某函授网, is none).
_BYLINE_PIECE = r"[^\s。!?;,:|()\[\]【】]{1,16}"
_BYLINE_COUNT = rf"(?:评论|{'|'.join(_VIEW_WORDS)})\s*(?:\(\s*\d*\s*\)|\[\s*\d*\s*\]|:\s*\d+)"
_TIMED_BYLINE = re.compile(
    rf"^(?:{_BYLINE_PIECE}\s+){{0,4}}{_STAMP_FIGURES}{_CLOCK}(?:\s+{_BYLINE_COUNT})?$"
)
_ANONYMOUS_BYLINE = re.compile(rf"^(?:{_BYLINE_PIECE}\s+)?佚名$")
_BYLINE_TITLE_WORDS = re.compile(
    rf"关于|{vocab.alternation('reply_endings')}|建议|提案|议案|意见|办理情况"
    r"|(?:函|复文|报告|说明)(?=\s)"
)
"""A title's words (data/reply_endings.txt among them), or its ending closing a piece: a
piece holding one is no byline's (:data:`_TIMED_BYLINE`)."""


def _mirror_byline(text: str) -> bool:
    """Whether ``text`` (normalised) is a mirror's byline (:data:`_TIMED_BYLINE`,
    :data:`_ANONYMOUS_BYLINE`), no piece of it a title's words."""
    return (
        _TIMED_BYLINE.match(text) is not None or _ANONYMOUS_BYLINE.match(text) is not None
    ) and _BYLINE_TITLE_WORDS.search(text) is None


_YEAR_ALONE = re.compile(r"^(?:19|20)\d{2}年?$")
"""A year alone on its line: a page's column or listing by year over the article (``2019年``
over the title), as a letter, which dates itself by its day, never writes one."""


def _top_page_date(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The page's date in figures (:data:`_FIGURES_DATE`), after a bare 日期 or 时间 or not,
    or its moment of publication (:data:`_TOP_DATE`), or its column's year alone
    (:data:`_YEAR_ALONE`), or a mirror's byline (:func:`_mirror_byline`), above the
    letter's first sentence or salutation (under the title: ``…的答复`` / ``2024.11.29`` /
    ``王某代表：``; ``日期：2022-07-13`` under the page's heading, ``2020-09-30 14:22:11``,
    ``[2020-09-30]``; ``2019年`` over the title; ``某某网 2016-05-16 10:06:17 评论()``)."""
    for i in filled:
        if i in chrome:
            continue  # (the page's own lines: a tool's colon, 分享到：, is no salutation's)
        text = texts[i]
        if _SENTENCE.search(text) or text.endswith(":"):
            return  # (NFKC: the salutation's ： is :)
        if (
            _TOP_DATE.match(_DATE_LABEL.sub("", text))
            or _STAMP.match(text)
            or _YEAR_ALONE.match(text)
            or _mirror_byline(text)
        ):
            chrome.add(i)


# An article's lead over the letter it gives whole (NFKC): a line ending with 全文如下 or
# 原文如下 and its colon (…发布对某建议的答复。 / 全文如下:), the title right under it. A
# letter never writes it over its own title: the lines above it are the article's.
REPOST_LEAD_WORDS = ("全文", "原文")
"""What stands right before the 如下 of an article's lead (全文如下：, 原文如下：): the one
spelling the layout's salutation and a flattened copy's cuts read too (an opening sentence's
现答复如下：, a body's 具体如下：, is no lead)."""
_REPOST_LEAD = re.compile(rf"(?:{'|'.join(REPOST_LEAD_WORDS)})如下:$")
_REPOST_TITLE = re.compile(rf"(?:{vocab.alternation('reply_endings')}|的函)$")
_REPOST_REACH = 4
"""How many filled lines from the top the lead may stand (a date, a sentence over it)."""


def _repost_date(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """On a text that shows no page otherwise, an article's lead over the letter's title
    (:data:`_REPOST_LEAD`) shows the article: the page's date above the lead
    (:func:`_top_page_date`, ``2024-02-01`` over it) is the article's, no date of the
    letter's."""
    for at, i in enumerate(filled[:_REPOST_REACH]):
        if (
            _REPOST_LEAD.search(texts[i])
            and at + 1 < len(filled)
            and _REPOST_TITLE.search(texts[filled[at + 1]])
        ):
            _top_page_date(texts, filled[:at], chrome)
            return


# A proposal database's form of the item over the reply (NFKC): its rows, a label and a bar,
# ``议案内容 | …the proposal's text… |`` and ``议案办理情况 | 已于…转交某镇办理。``, under the
# item's own title as the page's heading (``关于…的建议``, no reply's word).
_ITEM_FORM_ROW = re.compile(r"^(?:议案|建议|提案|问题)(?:内容|办理情况)\s*:?\s*\|")
_ITEM_HEADING = re.compile(r"^[^。!?:|]{4,}的(?:建议|提案|议案)$")
# The form's own row for the item's title right over its first row (标题: | 关于…的建议 |,
# NFKC): the item's title, as its heading is.
_ITEM_TITLE_CELL = re.compile(
    r"^(?:(?:议案|建议|提案|问题)?标\s*题)\s*:?\s*\|[^|。!?]{4,}的(?:建议|提案|议案)\s*\|?$"
)
_ITEM_FORM_REACH = 4
"""How many lines from the top (chrome aside) the form's first row may stand."""
_ITEM_FORM_SPAN = 12
"""How many lines from its first row the form's last row may stand (its text wrapped)."""


def _item_form(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A proposal database's form of the item (:data:`_ITEM_FORM_ROW`) at the page's top
    (among its first lines that are no chrome already): its rows are the page's, and the
    lines between them (a row's text wrapped), so the proposal's text and the date it was
    handed over are no dates of the reply; and so is the item's title right over them (the
    page's heading, the proposal's, no title of the reply)."""
    head = islice((at for at, i in enumerate(filled) if i not in chrome), _ITEM_FORM_REACH)
    first = next((at for at in head if _ITEM_FORM_ROW.match(texts[filled[at]])), None)
    if first is None:
        return
    last = first
    for at in range(first + 1, min(len(filled), first + _ITEM_FORM_SPAN)):
        if _ITEM_FORM_ROW.match(texts[filled[at]]):
            last = at
    chrome.update(filled[first : last + 1])
    if first > 0 and (
        _ITEM_HEADING.match(texts[filled[first - 1]])
        or _ITEM_TITLE_CELL.match(texts[filled[first - 1]])
    ):
        chrome.add(filled[first - 1])


# A proposal's record printed as rows of labelled cells at the page's top (NFKC: ``编 号:第
# 〔8〕号 | 所属类别:委员提案 |``, ``提案人:王某 | 联名人:李某 |``), two cells a row, and the
# reply's own heading under it (``关于…第8号委员提案的回复 |``).
_RECORD_ROW = re.compile(r"^[^|:。!?]{1,8}:[^|]{0,40}\|\s*[^|:。!?]{1,8}:")
_RECORD_HEADING = re.compile(r"^(?:关于|对)[^。!?:|]{4,80}(?:答复|回复|复函|的函)\s*\|?$")
_RECORD_ITEM = re.compile(r"^[^。!?:|]{4,}的(?:建议|提案|议案)\s*\|?$")
_RECORD_ROWS = 2
"""The fewest rows of two labelled cells a record shows itself by."""


def _item_record(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A proposal's record at the page's top (:data:`_RECORD_ROW`, its first row among the
    first lines that are no chrome already, the item's title over it or not) down to the
    reply's own heading under it: the page's (the proposal's text, its 交办时间, its
    信息公开 cell are no reply's), the heading the letter's title."""
    head = islice((at for at, i in enumerate(filled) if i not in chrome), _ITEM_FORM_REACH)
    first = next((at for at in head if _RECORD_ROW.match(texts[filled[at]])), None)
    if first is None:
        return
    rows = 0
    for at in range(first, min(len(filled), first + _ITEM_FORM_SPAN)):
        text = texts[filled[at]]
        if _RECORD_HEADING.match(text):
            if rows >= _RECORD_ROWS:
                top = first - 1 if first and _RECORD_ITEM.match(texts[filled[first - 1]]) else first
                chrome.update(filled[top:at])
            return
        rows += _RECORD_ROW.match(text) is not None


_RECORD_CELL = re.compile(r"^[^|:。!?]{1,8}:")
"""A record's labelled cell opening a piece of a flattened head (``提案人:王某``; NFKC)."""
_RECORD_VALUE = re.compile(r"^[^|:。!?]{1,20}$")
"""A piece of a record's cell that is no label's: a value's second word after a blank, or a
label's characters set apart (``督办单位:某办 某室``, ``编 号:…``)."""
_RECORD_PIECES = 80
"""How many pieces of a flattened head a record's rows run to at most."""


def _flat_record_end(texts: list[str]) -> int:
    """Where the reply's heading stands in a flattened head that opens with a proposal's
    record (:func:`_item_record`: the item's title, its rows of labelled cells, bars between
    them, run on one line, ``关于…的建议 | 编号:… | 提案人:… | | 审查结果:… | … | 关于…的
    回复 |``): the record's pieces end there, four labelled cells at least among them, no
    sentence but in the item's content cell after two of them, which runs to its bar
    (``… | 提案人:王某 | 目前，… 为此建议：…。 | | 审查结果:…``, fix141). 0 where the head
    opens no such record."""
    cells = 0
    prose = False  # (whether the pieces are the record's content cell, up to its bar)
    for j in range(1, min(len(texts), _RECORD_PIECES)):
        text = texts[j]
        if prose:
            # (the item's own text in its content cell, sentences and all, ends at the
            # cell's bar: fix141)
            prose = not (_BARS_ONLY.match(text) or text.endswith("|"))
            continue
        if _RECORD_HEADING.match(text):
            return j if cells >= 2 * _RECORD_ROWS else 0
        if _RECORD_CELL.match(text):
            cells += 1
        elif cells >= _RECORD_ROWS and _SENTENCE.search(text) is not None:
            prose = not text.endswith("|")  # (the content cell, after the record's rows)
        elif not (_BARS_ONLY.match(text) or _RECORD_VALUE.match(text)):
            return 0
    return 0


# A proposal database's form of the item at the page's top (NFKC): the proposer's row and
# the 主办单位's, then the day the reply was given (``建议人：王某`` / ``主办单位：某局`` /
# ``答复时间：2023-06-12``), the page's tabs (``• 答复内容``) or the letter under them.
_REPLY_DATE = vocab.labels_of("reply_date")
_REPLY_DATE_LABELS = tuple(e.spelling for e in _REPLY_DATE)
"""The labels of the day a reply was given (答复时间, 回复日期: data/labels.tsv)."""
_REPLY_DATE_TAILS = tuple(sorted({label[-3:] for label in _REPLY_DATE_LABELS}))
"""Their last three characters (复时间, 复日期): the gate a text passes before their form is
looked for, one scan of the text for each (a scan a label would cost twice as much)."""
_FORM_REPLY_DATE = re.compile(
    rf"^(?:{vocab.spellings(_REPLY_DATE)})\s*:\s*"
    r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)$"
)
_FORM_PROPOSER = re.compile(r"^(?:建议人|提案人|领衔代表|领衔委员|领衔人)\s*:")
_FORM_HOST = re.compile(r"^主办单位\s*:")
_SLIP_ROW = re.compile(r"^(?:办理|承办|交办|反馈|内容|责任|督办|办结|签发)[^:]{0,6}:")
"""A 办理单's row under its dates (``办理情况：``, ``反馈时间：``): its dates are the letter's."""


def _form_reply_date(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The reply's date row of a page's form of the item (:data:`_FORM_REPLY_DATE`) among
    its proposer's and its 主办单位's rows (any order: under them, between them or over
    them, as a copy may set the form's rows): the page's, as the date the page gives the
    reply, and no date of the letter (which signs with its own). Not in a handling slip
    (办理单), whose rows go on under them (:data:`_SLIP_ROW`): its dates are the letter's."""
    for at in range(len(filled)):
        if not _FORM_REPLY_DATE.match(texts[filled[at]]):
            continue
        low = at
        while low > 0 and at - low < 2 and _is_form_row(texts[filled[low - 1]]):
            low -= 1
        high = at
        while high + 1 < len(filled) and high - at < 2 and _is_form_row(texts[filled[high + 1]]):
            high += 1
        rows = [texts[filled[k]] for k in range(low, high + 1) if k != at]
        if not (any(map(_FORM_PROPOSER.match, rows)) and any(map(_FORM_HOST.match, rows))):
            continue
        if high + 1 < len(filled) and _SLIP_ROW.match(texts[filled[high + 1]]):
            continue
        chrome.add(filled[at])


def form_reply_date_rows(texts: Sequence[str]) -> set[int]:
    """Which of ``texts`` (lines in order, NFKC) are the reply's date row of a page's form
    of the item (:func:`_form_reply_date`): a copy that lost its line breaks has its form
    parted from the letter only after the view was made (the re-segmented head), and its
    date row is the page's there too (glued72)."""
    rows: set[int] = set()
    if any(map(_FORM_REPLY_DATE.match, texts)):
        _form_reply_date(list(texts), list(range(len(texts))), rows)
    return rows


def _is_form_row(text: str) -> bool:
    """Whether ``text`` is a form's proposer's or 主办单位's row."""
    return _FORM_PROPOSER.match(text) is not None or _FORM_HOST.match(text) is not None


# The same form written a row a line, each label then a blank and its value (no colon, no
# bar: 提案标题 关于…的建议 / 提案委员 某县政府 / 承办单位 某局 / 协办单位 / 办理状态 已办结),
# opened by its title's row; a label's value left empty stands alone.
_ITEM_TITLE_ROW = re.compile(r"^(?:议案|建议|提案)标题[ \t]+(?P<value>[^|:。!?]{4,})$")
_ITEM_ROW_LABELS = (
    "提案委员", "提案人", "建议人", "提出人", "领衔代表", "领衔人", "承办单位", "主办单位",
    "协办单位", "会办单位", "办理状态", "办理结果", *_REPLY_DATE_LABELS, "办结时间",
    "提案类别", "建议类别", "类别",
)  # fmt: skip
_ITEM_ROW = re.compile(rf"^(?:{'|'.join(_ITEM_ROW_LABELS)})(?:[ \t]+[^|:。!?]{{1,30}})?$")


def _item_rows(texts: list[str], filled: list[int], chrome: set[int]) -> bool:
    """A proposal database's form of the item written a row a line with blanks for its
    cells (:data:`_ITEM_TITLE_ROW` then rows of :data:`_ITEM_ROW`) at the top of a page
    that shows itself: the page's, and so is the item's title over it (the page's heading,
    the line that writes the title row's value): no title, issuer nor salutation of the
    reply is read off them. Whether it found one."""
    head = range(min(len(filled), 2 * _ITEM_FORM_REACH))  # (chrome among them or not)
    first = next((at for at in head if _ITEM_TITLE_ROW.match(texts[filled[at]])), None)
    if first is None:
        return False
    last = first
    while last + 1 < len(filled) and _ITEM_ROW.match(texts[filled[last + 1]]):
        last += 1
    if last == first:
        return False  # (a title's row alone is no form)
    chrome.update(filled[first : last + 1])
    value = _ITEM_TITLE_ROW.match(texts[filled[first]]).group("value").strip()  # type: ignore[union-attr]
    chrome.update(filled[at] for at in head if at < first and texts[filled[at]] == value)
    return True


def _top_stamp(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The page's moment of publication (:data:`_STAMP`) above the letter's first sentence
    or salutation, on any page (under the title: ``…的答复`` / ``[2020-09-30]`` /
    ``王某代表：``): chrome by itself, where a page that shows itself reads more
    (:func:`_top_page_date`). Looked for among the first lines only, and only where one
    of them opens as a stamp does, before any line is searched for a sentence."""
    head = filled[:_STAMP_REACH]
    if len(head) < 2:
        return  # (a stamp stands over a sentence or a salutation)
    # the first characters of those lines, picked in C (a loop over them in Python costs
    # thousands of instructions a letter): most letters' open with no stamp's
    firsts = "".join(map(_FIRST_CHARACTER, itemgetter(*head)(texts)))
    if "[" not in firsts and "1" not in firsts and "2" not in firsts:
        return
    stamps = [
        k
        for k, i in enumerate(head)
        if texts[i][:1] in _STAMP_OPENS
        and len(texts[i]) <= _STAMP_LONGEST
        and _STAMP.match(texts[i])
    ]
    if not stamps:
        return
    for k, i in enumerate(filled):
        text = texts[i]
        if _SENTENCE.search(text) or text.endswith(":"):  # (NFKC: the salutation's ： is :)
            chrome.update(head[s] for s in stamps if s < k)
            return
    # a text with no sentence nor salutation under them (a stamp alone) keeps them


# A listing's link glued after its row's last cell, a date (答复日期's: 2099年5月22日, 2099-05-22),
# the page's close button maybe after it (关闭).
_GLUED_LINK = re.compile(rf"(?<=[日\d])(?P<link>{'|'.join(_DETAIL_WORDS)})(?:关闭)?")
# A listing's link at the end of its line (详细查看, 【查看详情】; NFKC: （ is ().
_DETAIL_LINK = re.compile(rf"[\[【(]?(?:{'|'.join(_DETAIL_WORDS)})[\]】)]?$")


def _listing_rows(
    texts: list[str], filled: list[int], labelled: dict[int, _Labelled], chrome: set[int]
) -> None:
    """A listing's rows of the items it lists (a 办理单's cells, ``主办单位  某局  会办单位
    某局  交办日期  2021-03-02``) over its link to the item (``详细查看``) or with the link
    at the row's end, and the item's title alone over them (``关于…的建议``): the site's
    list, whose cells feed nothing of the letter."""
    step = 0  # (the least step between two lines with text, once a link is found)
    for at, i in enumerate(filled):
        if "查看" not in texts[i]:  # (each link word holds it: most lines, none)
            continue
        link = _DETAIL_LINK.search(texts[i])
        if link is None:
            continue
        if link.start() > 0:
            row = texts[i][: link.start()]
            if not (_listing_row(_cells(row, _LABEL)) or _gapped_row(row)):
                continue
            chrome.add(i)
        elif i not in chrome:
            continue
        # (a copy that set a blank line after every line, each line break doubled: only a
        # wider gap than that parts the listing's blocks; a few lines apart show no such copy)
        if not step:
            gaps = [b - a for a, b in pairwise(filled)]
            step = min(gaps) if len(gaps) >= _DOUBLED_LEAST else 1
        k = at
        while k > 0:
            k -= 1
            j = filled[k]
            if j in chrome:
                break
            if filled[k + 1] - j > step and not _heads_above(texts, filled, k, step):
                break  # (a blank line ends the listing but over its next heads' row)
            if _listing_row(labelled[j]) or _labels_row(texts[j]) or _gapped_row(texts[j]):
                chrome.add(j)
                continue
            if _values_under_heads(texts, filled, k, step):
                chrome.update((filled[k - 1], j))  # (the heads' row over it is the listing's too)
                k -= 1
                continue
            heads = _heads_over_values(texts, filled, k)
            if heads is not None:  # a column's values a line each under the row of its heads
                chrome.update(filled[heads : k + 1])
                k = heads
                continue
            if _LISTED_ITEM.match(texts[j]) is not None:
                chrome.add(j)  # the item it lists, over its row: the listing's cell
            elif _LISTING_SECTION().fullmatch(texts[j]) and filled[k + 1] in chrome:
                chrome.add(j)  # the heading over its heads' row (承办单位及答复): the record's
                k = _record_rows(texts, filled, labelled, chrome, k)
                _record_title_again(texts, filled, labelled, chrome, (k, at))
            break


_DOUBLED_LEAST = 6
"""How many gaps between lines with text show, all wider than one line, a copy that doubled
every line break (a short text's few lines a blank apart are paragraphs)."""


def _heads_above(texts: list[str], filled: list[int], k: int, step: int) -> bool:
    """Whether the line ``filled[k]`` is a listing's row of heads, or its row of values right
    under one (``主办单位 会办 交办日期`` over ``某厅;  某局;  2016-03-01``): a listing's block
    a blank line parts from the next one under it."""
    if _labels_row(texts[filled[k]]):
        return True
    return k > 0 and filled[k] - filled[k - 1] <= step and _labels_row(texts[filled[k - 1]])


def _values_under_heads(texts: list[str], filled: list[int], k: int, step: int) -> bool:
    """Whether the line ``filled[k]`` is a listing's row of values right under its row of
    heads, its cells parted by single blanks, bars or the ; of a list of units
    (``主办单位|会办|交办日期`` over ``某厅;某局; 2099-03-01``), each short and no sentence."""
    if k == 0 or filled[k] - filled[k - 1] > step or not _labels_row(texts[filled[k - 1]]):
        return False
    cells = [c for c in _VALUES_GAP.split(texts[filled[k]].strip(" " + CELL_BARS)) if c]
    return bool(cells) and all(map(_row_cell, cells))


_VALUES_GAP = re.compile(r"\s+|[|｜│;]")


_STACKED = 4
"""How many values, a line each, a listing's row of heads may stand over."""
_STACKED_VALUE = 20
"""How long such a value may be (an office, a date)."""


def _heads_over_values(texts: list[str], filled: list[int], k: int) -> int | None:
    """Where (an index of ``filled``) the row of a listing's heads stands over the line
    ``filled[k]`` and the short values between, a line each (``承办单位  答复日期`` over
    ``某厅`` / ``2016年7月29日``): every line from it down to ``filled[k]`` a value, short
    and no sentence; None when no such row stands within :data:`_STACKED` lines."""
    for m in range(k, max(-1, k - _STACKED - 1), -1):
        text = texts[filled[m]]
        if m < k and _labels_row(text):
            return m
        if len(text) > _STACKED_VALUE or _CLAUSE.search(text) or text.endswith(":"):
            return None
    return None


# The item a listing lists, its title alone on its line over the item's row: a proposal's
# own title (关于…的建议), no word of a reply (the letter's own title stays).
_LISTED_ITEM = re.compile(r"^关于(?!.*(?:答复|复函|回复))[^。;:,]{4,80}(?:建议|提案|议案)$")


_GAP = re.compile(r"\s{2,}|\t|[|｜│]")
_ROW_CELL = 80
"""How long a cell of a listing's row may be (the item's title)."""
_ROW_LABELS = frozenset(("序号", "标题", "名称", "题目", "答复"))
"""A listing's heads of its columns that no label of a letter's is (答复: the column of the
units' replies, 承办单位答复)."""
_HEADS_LONGEST = 60
"""How long a listing's row of heads written without its gaps may be."""
_HEAD = _alternation((*_LABELS, *sorted(_ROW_LABELS)))
# (two heads or more, glued or parted by blanks or bars: 主办单位会办交办日期, 答复日期
# 承办单位答复; each head a label or a column's head, its characters maybe apart)
# (these three made when first asked for: about 90 KB of program each, for a listing's
# heads, which few letters show; replyparse.patterncache.deferred)
_GLUED_HEADS = patterncache.deferred(rf"(?:{_HEAD})(?:[\s|｜│]*(?:{_HEAD}))+")
_HEADS_OPENING = patterncache.deferred(rf"(?:{_HEAD})(?:[\s|｜│]*(?:{_HEAD})){{2,}}")
"""Three heads or more opening a piece of a flattened head, their values glued after them."""


# A listing's heading over its heads' row that names two of its columns, joined
# (承办单位及答复: the units and their replies), as a proposal database heads its record.
_LISTING_SECTION = patterncache.deferred(rf"(?:{_HEAD})\s*(?:及|和|与)\s*(?:{_HEAD})")
_ITEM_TITLE_LABELS = frozenset(e.spelling for e in _TABLE if e.field == "proposal_title")
"""The labels of the item's title in a record (题目, 案由, 建议标题…)."""
_RECORD_TITLE_LABEL = re.compile(rf"(?:{_alternation(sorted(_ITEM_TITLE_LABELS))})\s*[:：]\s*")
"""A record's item title cell's label and its colon, as written (``题  目: ``)."""


def _record_rows(
    texts: list[str], filled: list[int], labelled: dict[int, _Labelled], chrome: set[int], k: int
) -> int:
    """The record's rows of the item over its listing's heading (``filled[k]``): its title's
    and its proposers' labelled rows (``题  目: 关于…的建议 王某等10名代表`` / ``领衔代表:
    代 表 团: 某代表团;``), labelled cells alone, each short and no sentence (the title's up
    to a listing's cell; names a ; ends, 王某;李某;, are a list), up to the page's chrome
    over them (its crumb): the page's record of the item, as the listing under them is.
    Only a record that opens the page, its crumb or nothing over its first row: rows under
    a line of the letter's (its signed date, over its ``联系人：`` / ``联系电话：`` rows and a
    listing at the page's foot) are the letter's (review61b). Where (an index of
    ``filled``) the record opens: ``k`` when no record stands there."""
    top = k
    while top > 0:
        j = filled[top - 1]
        if j in chrome:
            break
        lead, cells = labelled[j]
        if lead.strip() or not cells:
            break
        short = all(
            len(c.value) <= (_ROW_CELL if c.label in _ITEM_TITLE_LABELS else _VALUE)
            and not any(_SENTENCE.search(v) for v in c.value.rstrip(";").split(";"))
            for c in cells
        )
        if not short:
            break
        top -= 1
    if top > 0 and filled[top - 1] not in chrome:
        return k  # (a line of the letter's over the rows: they are the letter's)
    chrome.update(filled[top:k])
    return top


def _record_title_again(
    texts: list[str],
    filled: list[int],
    labelled: dict[int, _Labelled],
    chrome: set[int],
    between: tuple[int, int],
) -> None:
    """The first line under the listing's link (``between``: where the record opens and
    where the link stands, indices of ``filled``) that is no chrome, when it writes the
    record's title cell's value again (``关于…的建议 王某等10名代表``, the record's heading
    over the item's page): the page's, no title of the reply's (a title row's value is the
    item's title as filed, its proposers after it or not)."""
    top, link = between
    values = {
        _BLANKS.sub("", c.value)
        for at in range(top, link)
        for c in labelled[filled[at]][1]
        if c.label in _ITEM_TITLE_LABELS and c.value
    }
    if not values:
        return
    after = next((i for i in filled[link + 1 :] if i not in chrome), None)
    if after is not None and _BLANKS.sub("", texts[after]) in values:
        chrome.add(after)


def _gapped_row(row: str) -> bool:
    """Whether ``row`` is a listing's cells parted by gaps or bars, two or more, none long
    nor a sentence (``1  关于…的建议  某局  2021-03-02`` before its link)."""
    # (a cell may be a list of units, each ended with a ;, the units a column holds:
    # 某厅;  某局;  2099-03-01, 某厅;某局;某委;  2099-03-01)
    cells = [c.rstrip(";") for c in _GAP.split(row.strip(" " + CELL_BARS)) if c]
    return len(cells) >= 2 and all(map(_row_cell, cells))


def _row_cell(cell: str) -> bool:
    """Whether ``cell`` is one cell of a listing's row: short, no label's colon at its end,
    its values (the units a ; parts) each some words and no sentence."""
    return (
        len(cell) <= _ROW_CELL and not cell.endswith(":") and all(map(_unit_cell, cell.split(";")))
    )


def _unit_cell(text: str) -> bool:
    """Whether ``text`` is one value of a listing's cell: some words, no sentence."""
    return text != "" and not _SENTENCE.search(text)


def _labels_row(text: str) -> bool:
    """Whether ``text`` is a listing's heads of its columns, parted by gaps, bars or single
    blanks (``序号  标题  主办单位  交办日期``, ``主办单位 会办 交办日期``): two or more, each a
    label alone or a column's head; also glued, whatever the blanks between them
    (``主办单位会办交办日期``, ``承办单位答复 答复日期``)."""
    text = text.strip(" " + CELL_BARS)
    cells = [c for c in _HEADS_GAP.split(text) if c]
    if len(cells) >= 2 and all(c in _ROW_LABELS or _bare_label(c) for c in cells):
        return True
    # (heads a copy glued, whatever its blanks: 承办单位答复 答复日期, 主办单位会办交办日期)
    return len(text) <= _HEADS_LONGEST and _GLUED_HEADS().fullmatch(text) is not None


_HEADS_GAP = re.compile(r"\s+|[|｜│]")


def _listing_row(labelled: _Labelled) -> bool:
    """Whether a line of these cells is a listing's row: labelled cells alone, each value
    short and no sentence."""
    lead, cells = labelled
    if lead.strip(" " + CELL_BARS + _BULLETS) or not cells:
        return False
    return not any(len(c.value) > _VALUE or _SENTENCE.search(c.value) for c in cells)


def _units_over_date(texts: list[str], filled: list[int], at: int) -> bool:
    """Whether the line ``filled[at]`` is the units' line only (主办单位：…  协办单位：…, no
    other mark of a site's footer, no page cells) with a signature's date alone under it."""
    text = texts[filled[at]]
    return (
        at + 1 < len(filled)
        and _SIGNATURE_DATE.match(_BLANKS.sub("", texts[filled[at + 1]])) is not None
        and _SITE_FOOTER.search(text) is None
        and not _is_tools(text)
        and not _page_cells(_cells(text, _LABEL))
    )


_TABLE_CELLS = _PAGE | frozenset(vocab.words("page_table_labels")) | _TITLE_CELLS


def _table_cells(labelled: _Labelled) -> list[_Cell]:
    """The cells of a line when it is cells of a metadata table only (labels of the page
    or of :data:`_TABLE_CELLS`, short values), else none."""
    lead, cells = labelled
    if lead.strip(" " + CELL_BARS + _BULLETS + "[【") or not cells:
        return []  # (a label in brackets opens a row: ``[ 成文日期 ] 2024-09-19``)
    if any(c.label not in _TABLE_CELLS or len(c.value) > _VALUE for c in cells):
        return []
    if any(_sentence_value(c) or _validity_run_on(c.label, c.value) for c in cells):
        return []
    if _salutation_last(cells):
        return []  # (a salutation glued after the row's last cell: the letter's line)
    return cells


_OWN_CELLS = frozenset(e.spelling for e in _TABLE if e.is_label and e.field != "page")
"""The letter's own labels that a page's table writes too (文号, 公开方式, 公开类别)."""


def _own_head_lines(
    texts: list[str], labelled: dict[int, _Labelled], filled: list[int], run: list[int]
) -> int:
    """How many of ``run``'s first lines, a page's table's, are the letter's head instead:
    lines of the letter's own labels only (``公开类别：主动公开``, no page label), right under
    a label line of the letter's own that is no table's cell (``办理类型：B``, ``签发人：…``),
    or under the letter's 发文字号 alone on its line (``某水函〔2024〕3号``, left57a): the
    letter's labels go on there, the page's table set under them (none otherwise)."""
    at = bisect_left(filled, run[0])  # (filled: the text's lines in order)
    if at == 0:
        return 0
    above = texts[filled[at - 1]]
    if _OWN_LABEL.match(above) is None:
        if CELL_NUMBER.fullmatch(above.strip()) is None:
            return 0
        over = texts[filled[at - 2]].strip(" :：" + CELL_BARS) if at >= 2 else ""
        over = over.replace(" ", "")
        if over in _TABLE_CELLS or over in _OWN_CELLS:
            return 0  # (the number a table's 文号 label stands over: the table's value)
    if _table_cells(labelled[filled[at - 1]]):
        return 0  # (a table's cell itself: the run would have begun there)
    k = 0
    while k < len(run) and all(c.label in _OWN_CELLS for c in labelled[run[k]][1]):
        k += 1
    return k


def _cell_tables(
    texts: list[str], labelled: dict[int, _Labelled], filled: list[int], chrome: set[int]
) -> None:
    """A metadata table over several lines (索引号：… / 发布机构：… / 文号：…, or two cells
    to a line and the last alone): a run of lines of table cells, two page labels among
    them, is chrome whole. Once a run has begun, a line holding a cell bar and no sentence is
    a piece of its row that a hard-wrapped copy broke off (``…城市`` / ``”的建议 | ||||``)."""
    run: list[int] = []
    empty: list[int] = []  # rows left empty inside the run, kept once a row follows them
    pages = 0
    last: _Cell | None = None  # the last cell of the row right above
    for i in [*filled, -1]:
        cells = _table_cells(labelled[i]) if i >= 0 else []
        if cells:
            last = cells[-1]
            run.extend(empty)
            run.append(i)
            empty.clear()
            pages += sum(c.label in _PAGE for c in cells)
            continue
        if (
            run
            and i >= 0
            and (
                (
                    _EMPTY_CELL.match(texts[i]) is not None
                    and _REPLY_HEADING.match(texts[i]) is None  # (the heading under it: below)
                )
                or (last is not None and last.value and _wrapped_value(texts[i]))
                or _keyword_rest(last, texts[i].strip())
            )
        ):
            empty.append(i)  # (kept when a row of the table follows)
            last = None
            continue
        empty.clear()
        if run and i >= 0 and _BARS.search(texts[i]) and _row_piece(texts[i], last):
            run.append(i)
            continue
        if pages >= 2:
            chrome.update(run[_own_head_lines(texts, labelled, filled, run) :])
            if i >= 0 and _REPLY_HEADING.match(labelled[i][0]):
                chrome.add(i)  # (the database's heading over the reply it prints)
        run, pages, last = [], 0, None


_CONTACT_LABELS = frozenset(e.spelling for e in _TABLE if e.field.startswith("contact"))
"""The labels of a contact's row (联系人, 联系电话, 承办单位 …): a row holding one is the
letter's, whatever table it stands in."""


def _barred_rows_beside(
    texts: list[str], labelled: dict[int, _Labelled], filled: list[int], chrome: set[int]
) -> None:
    """The rows of a table drawn with bars right under or over a row of it that is the
    page's (chrome by itself: ``编号 | 12 | 办理部门 | 某局 | 处理状态 | 已办结 |``), one line
    after another, each with as many labelled cells (:func:`_same_table_row`): rows of the
    same table, the site's record of the item, so its ``签发日期`` cell gives no date of the
    letter's (fix7677; its class cell is still read, as a dropped row's is)."""
    for at, i in enumerate(filled):
        if i not in chrome or not any(bar in texts[i] for bar in CELL_BARS):
            continue
        lead, cells = labelled[i]
        if len(cells) < 2 or lead.strip(" " + CELL_BARS):
            continue
        for step in (1, -1):
            k = at + step
            while (
                0 <= k < len(filled)
                and filled[k] == filled[k - step] + step  # (the next line: no gap parts them)
                and filled[k] not in chrome
                and _same_table_row(texts[filled[k]], labelled[filled[k]], len(cells))
            ):
                chrome.add(filled[k])
                k += step


def _same_table_row(text: str, labelled: _Labelled, width: int) -> bool:
    """Whether ``text`` is a row of ``width`` labelled cells set apart by bars, each a short
    value with no sentence, none the title's cell (its value the title: read apart) nor a
    contact's (a contact row is the letter's)."""
    lead, cells = labelled
    return (
        len(cells) == width
        and not lead.strip(" " + CELL_BARS)
        and any(bar in text for bar in CELL_BARS)
        and not any(
            c.label in _TITLE_CELLS
            or c.label in _CONTACT_LABELS
            or len(c.value) > _VALUE
            or _SENTENCE.search(c.value)
            for c in cells
        )
    )


# A row of a metadata table whose label we do not know, its value left empty (NFKC: a word
# or two and its colon, a list's bullet before it or not: ``- 题裁分类:``): inside a run of
# the table's rows (:func:`_cell_tables`, a row after it) it is the table's, never a
# salutation (an earlier round read ``-题裁分类`` as the addressee: dev33).
_EMPTY_CELL = re.compile(rf"^(?:[{BULLET_MARKS}-]\s*)?[\u4e00-\u9fff]{{2,8}}\s*:$")


_WRAPPED_VALUE = re.compile(r"^[\u4e00-\u9fff]{1,24}$")
"""The rest of a cell's value that a hard-wrapped copy broke off its row (``主题分类: 人大代表
建议和政协`` over ``提案办理``): a few words, no digit, no mark, no label's colon."""


def _wrapped_value(text: str) -> bool:
    """Whether ``text``, a line right under a table's row whose last cell holds a value, may
    be that value's rest (:data:`_WRAPPED_VALUE`), no letter's title: the table goes on when
    a row of it follows (a line of words between the table and the letter stays)."""
    return (
        _WRAPPED_VALUE.match(text) is not None
        and _LETTER_TITLE.search(text) is None
        and _AUTHORITY_TITLE.match(text) is None
    )


def _keyword_rest(last: _Cell | None, text: str) -> bool:
    """Whether ``text`` (its bars left out), right under a row whose ``last`` cell is a
    keyword cell's list (``关 键 词: | 路灯;照明;背``), is the list's rest a print carried
    down (``街小巷;提案;检修``): a list of words too, whose semicolons end no sentence."""
    return (
        last is not None
        and last.label in _KEYWORD_CELLS
        and _KEYWORD_LIST.match(last.value) is not None
        and _KEYWORD_LIST.fullmatch(text) is not None
    )


def _row_piece(text: str, last: _Cell | None = None) -> bool:
    """Whether ``text``, a line holding a cell bar under a table's rows, may be a piece of
    a row: no sentence, and no letter's title (``某镇对…的答复 |``, a title the page sets
    in a cell under its table, stays). Right under a row whose ``last`` cell is a keyword
    cell's list (``关 键 词: | 路灯;照明;背`` over ``街小巷;提案 | |``), the list's rest has
    its semicolons and ends no sentence (:func:`_sentence_value`)."""
    bare = _BARS.sub("", text).strip()
    if (
        last is not None
        and last.label in _TITLE_CELLS
        and _CJK_CHAR.match(last.value[-1:]) is not None
        and _LETTER_TITLE.search(last.value) is not None
        and not last.value.endswith(_TITLE_ENDINGS)  # (a value the row closed stays closed)
        and _SENTENCE.search(bare) is None
        and _LABEL.match(bare) is None
        # (a rest page_title_cell carries: a longer one is read as the letter's, as before)
        and len(bare) <= _TITLE_REST
    ):
        # (the title cell's value a print broke, its rest under it up to the row's bars:
        # ``信息名称: | 关于某会议`` over ``第7号提案的答复 | ||``, the page's title)
        return True
    return (
        (_SENTENCE.search(bare) is None or _keyword_rest(last, bare))
        and _LETTER_TITLE.search(bare) is None
        and _AUTHORITY_TITLE.match(bare) is None
    )


_REPLY_HEADING = re.compile(r"^(?:建议|提案|议案)答复\s*:$")
_ARTICLE_HEADING_WORDS = r"(?:正文|(?:详细|文章|信息)内容|(?:文章|信息|内容)?详情)"
_TITLE_OPENS = rf"(?:{_TITLE_AUTHORITY})?(?:关于|对)"
ARTICLE_HEADING = re.compile(rf"{_ARTICLE_HEADING_WORDS}(?=[ \t\u3000]*{_TITLE_OPENS})")
"""The page's heading over the article in a flattened page's head, the letter's title after
it, glued or after a blank (``信息内容 对…的答复函``, ``文章内容关于…``): the page's, no word of
the title, as on a line of its own (head73; a crumb's last step so named is
:data:`_STEP_NAME`'s)."""
_ARTICLE_HEADING_ALONE = re.compile(_ARTICLE_HEADING_WORDS)
_TITLE_OPENING = re.compile(_TITLE_OPENS)


def article_heading_over_title(line: str, below: str) -> bool:
    """Whether ``line`` is the page's heading over the article alone on its line (``信息内容``,
    ``文章内容``, ``详细内容``, ``正文``, ``详情``) and ``below``, the line under it, opens the
    letter's title (关于, 对, its authority before them): the page's, no word of the title, as
    where a blank line or a blank parts them (left74a: head73 read it so flattened only)."""
    return (
        _ARTICLE_HEADING_ALONE.fullmatch(line) is not None
        and _TITLE_OPENING.match(below) is not None
    )


def article_heading_alone(line: str) -> bool:
    """Whether ``line`` is the page's heading over the article alone (``正文``, ``信息内容``,
    ``详情``…), as :func:`article_heading_over_title` reads it over the title: right over the
    salutation, the reply writing no title of its own, it is the page's too (head75)."""
    return _ARTICLE_HEADING_ALONE.fullmatch(line) is not None


_REPLY_HEADING_GLUED = re.compile(r"[|｜│]?(?:建议|提案|议案)答复\s*[:：](?=\S)")
"""That heading glued before what follows it in a piece of a flattened page's first line
(``建议答复:王某代表:…``): the page's, the salutation after it the letter's."""
"""A 建议 database's heading right under its table of the item, over the reply (建议答复：,
then the salutation; NFKC): the page's, no salutation nor title."""


# A wiki mirror's infobox: a bulleted list of what the page says of the item, one
# ``- label:value`` to a line (- 中文名:关于…的答复 / - 发布机关:某市人民政府), NFKC, under its
# heading (基本介绍). A page's metadata list is set so too, its labels spaced out to one width
# as its table's cells align them (- 索 引 号:… / - 文 号:无 / - 标 题:…): a few blanks
# between a label's characters part nothing (an earlier round broke the run at each such
# row, left ``- 文 号:无`` and ``- 标 题:…`` the letter's and read them into its title).
_INFOBOX_ROW = re.compile(
    r"^[-•·●▪]\s*(?P<label>[\u4e00-\u9fff](?:[ \t]{0,4}[\u4e00-\u9fff]){1,7})\s*:\s*[^\s。!?;]"
)
_INFOBOX_HEADING = re.compile(r"^(?:基本(?:介[绍紹]|信息|[资資]料)|概[况況]|[简簡]介)$")
_INFOBOX_NAME = "中文名"
"""The infobox's row of the item's name: when it writes a line above again (the title), the
run is the page's infobox, a page's label among its rows or not."""


def _infobox(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A wiki mirror's infobox (:data:`_INFOBOX_ROW`): a run of two bulleted label rows or
    more, one of them chrome already (its 发布时间) or its 中文名 the title above written
    again, is chrome whole, and its heading over it; its 中文名 is the page's name of the
    item, the letter's title only where no line of the letter writes one (:func:`page_title`,
    as a 标题 cell's value: fix108)."""
    run: list[int] = []
    for at, i in enumerate([*filled, -1]):
        if i >= 0 and len(texts[i]) <= _LONGEST and _INFOBOX_ROW.match(texts[i]):
            run.append(i)
            continue
        first = at - len(run)
        if len(run) >= 2 and (
            not chrome.isdisjoint(run) or _names_a_line_above(texts, filled, run, first)
        ):
            chrome.update(run)
            if first > 0 and _INFOBOX_HEADING.match(texts[filled[first - 1]]):
                chrome.add(filled[first - 1])
        run = []


def _names_a_line_above(texts: list[str], filled: list[int], run: list[int], first: int) -> bool:
    """Whether an infobox's 中文名 row in ``run`` writes again a line above the run (the
    page's title: ``对…的答复`` / ``• 中文名:对…的答复``)."""
    for i in run:
        row = _INFOBOX_ROW.match(texts[i])
        if row is not None and _BLANKS.sub("", row["label"]) == _INFOBOX_NAME:
            name = texts[i].partition(":")[2].strip()
            return any(texts[k] == name for k in filled[:first])
    return False


_TITLE = re.compile(r"关于|答复|复函|函$|意见|建议|提案|议案")
"""Words of a title: a page's heading repeats one (a date given twice is no heading)."""
_HEADING_LINES = 4
"""How many lines below may write the title a page's heading repeats."""
# The page's date on its line between its heading and the title that writes it again (a bare
# 日期 or 时间 before it or a bullet, as the page sets it; NFKC): the page's, as its
# heading is.
_BETWEEN_DATE = re.compile(
    rf"^(?:[{BULLET_MARKS}]\s*)?(?:(?:{'|'.join(_TIMED_WORDS)})\s*:\s*)?"
    + _PAGE_DATE.pattern.removeprefix("^")
)


def _heading(texts: list[str], filled: list[int], chrome: set[int], banners: bool = True) -> None:
    """A page's heading: a line that the next lines of text (chrome between them aside, and
    the letter's ``…文件`` banner) write again, on one line or several (the letter's issuer
    and title under it). ``banners`` False: no line ends in ``文件``."""
    content = [i for i in filled if i not in chrome] if chrome else filled  # (none to take out)
    for at in _may_be_written_again(texts, content, banners):
        i = content[at]
        below = content[at + 1 : at + 2 + _HEADING_LINES]
        heading = _BLANKS.sub("", texts[i])
        if len(heading) > _LONGEST or _SENTENCE.search(heading) or not _TITLE.search(heading):
            continue
        dated = [below[0]] if below and _BETWEEN_DATE.match(texts[below[0]]) else []
        if dated or (
            below
            and texts[below[0]].endswith("文件")
            and not heading.startswith(_BLANKS.sub("", texts[below[0]]))
        ):
            # the letter's banner (某局文件), or the page's date (日期：2022-07-13), between
            # heading and title
            below = below[1:]
        written = ""
        for j in below[:_HEADING_LINES]:
            written += _BLANKS.sub("", texts[j])
            if not heading.startswith(written):
                if j == below[0] and _nearly(heading, written):
                    chrome.update((i, *dated))  # a site's editor wrote the title again
                break
            if written == heading:
                chrome.update((i, *dated))
                break


_HEAD_BETWEEN = 3
"""How many lines of the letter's head (its authority's name, its class mark, its 发文字号)
may stand between a page's heading and the title that writes it again."""
_CLASS_LINE = re.compile(r"^(?:类别|分类|办理类别|答复类别|办复类别)\s*:?\s*[A-D甲乙丙丁]")
"""A letter's class mark on its line, its label first (``类别:B``, ``类别 A类 某函〔…〕号``;
NFKC), a 发文字号 after it or not."""
_HEAD_LINE_LONGEST = 40
"""How long a line of the letter's head (an authority's name, a class mark and a 发文字号)
is at most."""


_SIGNED_REACH = 8
"""How many of the page's last lines of text the letter's signature may stand among."""


def _letter_head_line(text: str) -> str | None:
    """What line of the letter's head ``text`` (NFKC) is as the head opens under a page's
    heading: ``"name"``, its authority's name alone (``某县某局``); ``"mark"``, its class mark
    (``类别:B``, ``B类``) or its 发文字号 (``某函〔2023〕6号``), one after the other on the
    line or not; None for any other line (a sentence among them)."""
    text = _BLANKS.sub("", text)
    if not text or len(text) > _HEAD_LINE_LONGEST or _CLAUSE.search(text):
        return None
    if _AUTHORITY_ALONE.fullmatch(text) is not None or _BANNER_NAME.fullmatch(text) is not None:
        return "name"
    if (
        _CLASS_ALONE.match(text) is not None
        or _CLASS_LINE.match(text) is not None
        or (_HEAD_NUMBER.search(text) is not None and not _TITLE.search(text))
    ):
        return "mark"
    return None


def _heading_over_head(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A page's heading (as :func:`_heading` reads one) over the letter's head, the title
    the heading writes under its lines: the authority's name, the class mark, the 发文字号
    (``某局关于…的复函`` / ``类别:B 某函〔2023〕6号`` / ``某局`` / ``关于…`` / ``…的复函``), a
    form-like letter a page prints under the heading it gives it. The heading is the page's,
    the first line of text after its chrome; the letter's head stays (pert66: the heading
    was read as the title and the head under it as the body, the issuer and the form's
    rows lost)."""
    if not chrome:
        return  # (no page shown: a title over the letter's head and its title again)
    content = [i for i in filled if i not in chrome]
    if len(content) < 3 or (heading := _title_words_heading(texts[content[0]])) is None:
        return
    kinds: list[str] = []
    for i in content[1 : _HEAD_BETWEEN + 1]:
        kind = _letter_head_line(texts[i])
        if kind is None:
            break
        kinds.append(kind)
    k = 1 + len(kinds)
    if k == 1:
        return  # (no head between: :func:`_heading`'s)
    if "mark" not in kinds:
        # an authority's name alone between heading and title is the head's when it signs
        # the letter too; one another signs is the body the letter answers (review62b)
        signed = "".join(_BLANKS.sub("", texts[i]) for i in content[k:][-_SIGNED_REACH:])
        if any(_BLANKS.sub("", texts[i]) not in signed for i in content[1:k]):
            return
    written = ""
    for j in content[k : k + _HEADING_LINES]:
        written += _BLANKS.sub("", texts[j])
        if not heading.startswith(written):
            if j == content[k] and _nearly(heading, written):
                chrome.add(content[0])
            return
        if written == heading:
            chrome.add(content[0])
            return


_FURNITURE_BETWEEN = 4
"""How many lines of a site's furniture may stand between a page's heading and the title
that writes it again (a page saved inside another's frame: 返回顶部, the channel's name)."""


def _heading_over_furniture(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A page's heading (as :func:`_heading` reads one) with the site's furniture between it
    and the title that writes it again: a page saved inside another site's frame, whose own
    buttons (``返回顶部``), the visitor's day (``2024年5月4日 星期六``), an image's file name
    or the channel's name over its crumb (``某某频道`` over ``首页 >> …``) come after the
    frame's heading and before the letter. The heading and the furniture are the page's:
    the letter opens with the title written again (never its issuer nor its date)."""
    content = [i for i in filled if i not in chrome]
    for at in range(len(content) - 2):
        heading = texts[content[at]]
        if len(heading) > _LONGEST or _SENTENCE.search(heading) or not _TITLE.search(heading):
            continue
        if not _between_heading_and_title(texts, filled, chrome, content[at + 1]):
            continue
        heading = _BLANKS.sub("", heading)
        k = at + 1
        while (
            k < len(content)
            and k - at <= _FURNITURE_BETWEEN
            and _between_heading_and_title(texts, filled, chrome, content[k])
        ):
            k += 1
        written = ""
        for j in content[k : k + _HEADING_LINES]:
            written += _BLANKS.sub("", texts[j])
            if not heading.startswith(written):
                if j == content[k] and _nearly(heading, written):
                    chrome.update(content[at:k])
                break
            if written == heading:
                chrome.update(content[at:k])
                break


def _between_heading_and_title(
    texts: list[str], filled: list[int], chrome: set[int], i: int
) -> bool:
    """Whether the line ``i`` is the site's furniture a page sets under its heading: a line
    :func:`_is_furniture` reads (the top's), or a short name right over the page's crumb
    (the channel's: no title's word, no sentence, no colon)."""
    text = texts[i]
    if _is_furniture(text, top=True):
        return True
    at = bisect_left(filled, i)  # (the lines in order: its place among them)
    below = filled[at + 1] if at + 1 < len(filled) else -1
    return (
        below in chrome
        and len(text) <= _BANNER_LONGEST
        and (_CRUMB.match(texts[below]) is not None or _CRUMB_TRAIL.match(texts[below]) is not None)
        and not _TITLE.search(text)
        and not _SENTENCE.search(text)
        and not text.endswith((":", "："))
    )


_NEARLY = 2
"""How many characters a page's heading may add to the title under it, or leave out of it
(第 before the number, 的 …), and still be its heading."""


def _nearly(heading: str, title: str) -> bool:
    """Whether ``heading`` is ``title`` with up to :data:`_NEARLY` characters added or left
    out (one of them the other with those taken out) after the first, which both open with
    (:func:`_may_be_written_again` finds such lines only), both a title's length."""
    short, long = sorted((heading, title), key=len)
    if len(short) < 10 or len(long) - len(short) > _NEARLY or short == long:
        return False
    if short[0] != long[0]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)  # (short is a subsequence of long)


def _may_be_written_again(texts: list[str], content: list[int], banners: bool = True) -> list[int]:
    """The places in ``content`` of the lines whose next line, or the one after a ``…文件``
    banner or the page's date (:data:`_BETWEEN_DATE`), begins with their first character:
    every heading :func:`_heading` finds is among them (the lines are stripped, so a
    line's first character is the first of it without its blanks). ``banners`` False: no
    line ends in ``文件``."""
    if not banners:  # (the next line alone: a third of the steps of a line, most letters)
        # One pass over the lines, each first character compared with the one before it:
        # a line whose character is its previous line's gives that line's place. "" is no
        # line's first character (each line in ``content`` has text), so the first line
        # gives none. (Not ``last == (last := ...)`` in a comprehension: compiled by mypyc,
        # the walrus ran before the left side was read, and every line matched itself.)
        places = []
        last = before = ""
        for at, i in enumerate(content):
            first = texts[i][0]
            if first == last:
                places.append(at - 1)
            elif first == before and _BETWEEN_DATE.match(texts[content[at - 1]]):
                places.append(at - 2)  # the page's date between (日期：2022-07-13)
            last, before = first, last
        return places
    firsts = [texts[i][0] for i in content]
    return [
        at
        for at in range(len(content) - 1)
        if firsts[at + 1] == firsts[at]
        or (
            at + 2 < len(content)
            and firsts[at + 2] == firsts[at]
            and (
                texts[content[at + 1]].endswith("文件")
                or _BETWEEN_DATE.match(texts[content[at + 1]]) is not None
            )
        )
    ]


_GLUED_ROW_LABELS = tuple(
    sorted({*_BARE_CELL_LABELS, *(w for w in _TABLE_CELLS if len(w) >= 3), *_GLUED_DATE_LABELS})
)
_GLUED_ROW = re.compile(
    rf"^(?:[{BULLET_MARKS}-]\s*)?(?P<label>{vocab.longest_first(_GLUED_ROW_LABELS)})"
    r"(?=[0-9A-Za-z\u4e00-\u9fff])(?P<value>.*)$"
)
"""A row of a page's metadata table flattened into a list, its label glued to its value
with no colon nor gap (NFKC: ``- 发布机构某局``, ``· 生成日期2024年06月01日``)."""
_GLUED_ROWS_LEAST = 2
_NOT_CLOCK_COLON = re.compile(r"[:：](?!\d{2})")
"""A colon that is no clock's (09:30): a label's."""


def _glued_row_label(text: str) -> str | None:
    """The label of ``text`` when it is a glued row (:data:`_GLUED_ROW`): a short value,
    no sentence, no colon (a line of the letter that only opens with such a word, 发布机构
    应当…。, holds one), else None."""
    m = _GLUED_ROW.match(text)
    if m is None:
        return None
    value = m.group("value")
    if len(value) > _VALUE or _CLAUSE.search(value) or _NOT_CLOCK_COLON.search(value):
        return None
    if _validity_run_on(m.group("label"), value):
        return None
    return m.group("label")


def _glued_rows(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A page's metadata table flattened into a list whose labels lost their colons, each
    glued to its value (``- 索引号0000/2024-001`` / ``- 发布机构某局`` / ``- 发布日期2024-06-01``
    / ``- 文号某函〔2024〕5号``): a run of :data:`_GLUED_ROWS_LEAST` such rows or more, two
    labels at least and one only a page's table writes (:data:`_PAGE_ROWS`: a letter prints
    its 文号 and its date, never a 发布机构 or a 生成日期 glued to them), is chrome whole. A
    lone glued row of a page's label next to the page's other chrome is its table's too. The
    文号 row is the page's copy of the letter's number (:func:`page_doc_number`). A list's
    bullet a copy set alone on the line over its item (``-`` / ``索引号0000/2024-001`` /
    ``-`` / ``发布机构某局``) parts no rows: it is the run's, as a blank line is (fix75)."""
    run: list[int] = []
    rows = 0
    marks: list[int] = []  # (the lone bullets since the last row: the next row's)
    labels: set[str] = set()
    for i in [*filled, -1]:
        if i >= 0 and texts[i] in _LONE_BULLETS:
            marks.append(i)
            continue
        label = _glued_row_label(texts[i]) if i >= 0 and texts[i][:1] in _GLUED_FIRSTS else None
        if label is not None:
            run += [*marks, i]
            rows += 1
            marks = []
            labels.add(label)
            continue
        if run and (
            (rows >= _GLUED_ROWS_LEAST and len(labels) >= 2 and labels & _PAGE_ROWS)
            or (rows == 1 and labels & _PAGE and _by_chrome(filled, run[-1], chrome))
        ):
            chrome.update(run)
            _list_items(texts, run, chrome)
        run, rows, marks, labels = [], 0, [], set()


def _by_chrome(filled: list[int], i: int, chrome: set[int]) -> bool:
    """Whether the filled line ``i`` stands next to a line of chrome."""
    at = filled.index(i)
    return (at > 0 and filled[at - 1] in chrome) or (
        at + 1 < len(filled) and filled[at + 1] in chrome
    )


_LONE_BULLETS = frozenset((*BULLET_MARKS, "-", "*"))
"""A list's bullet alone on its line, its item on the next (a copy of an HTML list whose
item's text stood in a block of its own)."""
_GLUED_FIRSTS = frozenset(BULLET_MARKS + "-" + "".join(w[0] for w in _GLUED_ROW_LABELS))
"""What a glued row opens with: a bullet or its label's first character (most lines of a
letter do not, and are not matched)."""


_ITEM_CLASSES = frozenset({"建议类型", "提案类型"})
"""The page labels a letter also sets over its title among its own marks (``建议类型：`` /
``一般建议`` / ``办理类型：`` / ``B类`` / ``公开方式：`` / ``主动公开``): the item's class as the
letter names it."""


def _over_tables(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """Metadata tables whose labels stand alone over their values. A run whose only page
    labels are the item's class (:data:`_ITEM_CLASSES`) and that holds the letter's own class
    or publication label (办理类型, 公开方式) is the letter's own label block, not a 建议
    database's table (which sets 提交日期 or 编号 by it, in bars or not): none of it is the
    page's (left63b)."""
    k = 0
    while k < len(filled):
        run: list[int] = []
        page = False
        pages: set[str] = set()
        own = False
        while k < len(filled) and (label := _bare_label(texts[filled[k]])) is not None:
            run.append(filled[k])
            if label in _PAGE:
                page = True
                pages.add(label)
            own = own or _FIELD.get(label) in ("handling_type", "public")
            if k + 1 < len(filled) and _cell_value(label, texts[filled[k + 1]]):
                run.append(filled[k + 1])
                k += 1
            elif (
                k + 1 < len(filled)
                and _FIELD.get(label) == "doc_number"
                and (pieces := _broken_number(texts, filled, k + 1))
            ):  # (the number's lines, a piece each, blank lines between or none)
                run.extend(filled[k + 1 : k + 1 + pieces])
                k += pieces
            k += 1
        if page and not (own and pages <= _ITEM_CLASSES):
            chrome.update(run)
            _list_items(texts, run, chrome)
        if not run:
            k += 1


def _top_cells(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A page's metadata table printed one cell a line at the text's top, chrome above it
    aside: each label alone with its colon (:func:`page_label_alone`) over its value or
    left empty (``信息类别：`` / ``办理结果`` / ``公开方式：`` / ``主动公开`` / ``相关文件：``), one
    of its labels one only a page's table writes (:data:`_PAGE_ROWS`: 信息类别, 索引号), two
    lines at least: the page's, on a page that shows itself elsewhere or not (a letter sets
    its own labels on the line of their values; fix108). The table ends at the first line
    that is neither such a label nor a value under one (the title: :func:`_cell_value`). A
    label alone (``关键词：`` over the title, a search box's too) is left to the layout,
    which reads it as no salutation nor title (:func:`page_label_alone`)."""
    at = next((at for at, i in enumerate(filled) if i not in chrome), len(filled))
    run: list[int] = []
    paged = False
    while at < len(filled):
        text = texts[filled[at]]
        label = _bare_label(text) if text[-1:] == ":" else None
        if label is None or label not in _PAGE_CELL_LABELS:
            break
        run.append(filled[at])
        paged = paged or label in _PAGE_ROWS
        at += 1
        if at < len(filled) and (
            _cell_value(label, below := texts[filled[at]])
            or (below[-1:] != ":" and _bare_label(below) is not None)  # (信息类别：/ 办理结果)
        ):
            run.append(filled[at])
            at += 1
    if paged and len(run) >= 2:  # (a label alone, 关键词：, is a search box's as well)
        chrome.update(run)


def _broken_number(texts: list[str], filled: list[int], first: int) -> int:
    """How many lines with text from ``filled[first]`` on, two or three, one after another
    (blank lines between or none: a copy that sets one between every two lines, review60g),
    hold between them one whole 发文字号 and nothing else (``某函`` / ``〔2024〕`` / ``5号``,
    ``某函`` / ``〔2024〕5号``): a page's 文号 cell whose value a copy broke a piece a line,
    under its label (fix92). 0 when they do not."""
    joined = ""
    for pieces in range(1, 4):
        if first + pieces > len(filled):
            return 0
        joined += texts[filled[first + pieces - 1]].strip()
        if pieces > 1 and CELL_NUMBER.fullmatch(joined):
            return pieces
    return 0


def _dated_list(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The bulleted list of what a page says of itself, its values without their labels
    (``• 0000/2020-00030`` / ``• 某局`` / ``• 有效``), around its page's date after a bullet
    (``• 2020-09-30``, chrome by itself) above the letter's first sentence: the list's
    other lines (:func:`_list_items`), as a letter sets no short bulleted lines by a date
    over its text."""
    for i in filled:
        if i in chrome:
            if texts[i][:1] in _ITEM_BULLETS and _BULLET_DATE.match(texts[i]):
                _list_items(texts, [i], chrome)
        elif _SENTENCE.search(texts[i]):
            return


def _list_items(texts: list[str], run: list[int], chrome: set[int]) -> None:
    """The lines of a bulleted list that a metadata table's ``run`` opens or ends (``•
    人大建议`` right over ``• 索引号`` / ``0000/2024-001``): each bulleted line next to it,
    no blank line between, short and with no sentence, is the list's too."""
    if not texts[run[0]].startswith(_ITEM_BULLETS):
        return  # (a list's table opens with its bullet)
    for ends, step in ((run[0], -1), (run[-1], 1)):
        i = ends + step
        while (
            0 <= i < len(texts)
            and texts[i].startswith(_ITEM_BULLETS)
            and len(texts[i]) <= _VALUE
            and not _SENTENCE.search(texts[i])
        ):
            chrome.add(i)
            i += step


def _links(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The links under a 相关链接 heading, when the page ends in links and chrome."""
    for at, i in enumerate(filled):
        if not _LINKS_HEADING.match(texts[i]) or _linked_row(texts[i]):
            continue
        below = filled[at + 1 :]
        short = [
            j for j in below if len(texts[j]) <= _LINK and not re.search(r"[。，；:：]", texts[j])
        ]
        if all(j in chrome or j in short or _footer_cells(texts[j]) for j in below):
            chrome.update(short)


def _linked_row(text: str) -> bool:
    """Whether ``text`` is a link's row with its prompt or address (``相关链接：点击查看``,
    :data:`_LINK_ROW`): a link itself, no heading over a list of them."""
    return _LINK_ROW.match(text) is not None and not text.endswith(":")


def _footer_cells(text: str, least: int = 2, under_mark: bool = False) -> bool:
    """Whether ``text`` is ``least`` labelled cells of a footer or more (地址：…  邮编：…);
    ``under_mark``: a line under the footer's mark, whose duty room's phone is a footer's cell
    too (:data:`_UNDER_MARK_LABELS`)."""
    lead, cells = _cells(text, _FOOTER_LABEL_UNDER_MARK if under_mark else _FOOTER_LABEL)
    return len(cells) >= least and not lead.strip() and all(len(c.value) <= _VALUE for c in cells)


def _wrapped_footer(
    texts: list[str], chrome: set[int], written: tuple[Sequence[str] | None, str | None]
) -> None:
    """The rest of a footer line of a page printed at a width (a PDF or a print view, each
    printed line a line) that the line filled: the printed lines right under it that carry
    on its cells, words and registration numbers (``… 版权所有：某市某办公室 网站地`` over
    ``图``, ``… 某ICP备000`` over ``00号-1 某公网安备 …``, ``… 承办单位：某市某`` over ``局信息中心
    地址：…``), each piece but the last filling the width too: the footer's, as the line
    over them is (left the letter's, they part the footer from the chrome over it, and
    the letter's closing reads them). The width is the letter's own, where its paragraphs
    crowd (:func:`replyparse.printwidth.crowded_width`): a letter that keeps a paragraph to
    a line shows none, and a line under its footer stays its own. So does a line the
    rest of a footer never is: a sentence, a label's lead-in, a title, or a unit's name
    alone or a date (the letter's closing set under the footer). The widths are read in
    ``written``, the letter's lines as written (indents and wide marks kept), when they are
    the lines of ``texts``."""
    heads = [
        i
        for i in sorted(chrome)
        if i + 1 < len(texts)
        and texts[i + 1]
        and i + 1 not in chrome
        and (_footer_marked(texts[i]) or _cells(texts[i], _FOOTER_LABEL)[1])
    ]
    if not heads:
        return  # (most pages: no footer line with a line of text right under it)
    lines, joined = written
    raw = lines if lines is not None else joined.split("\n") if joined is not None else texts
    if len(raw) != len(texts):
        raw = texts  # (a list's lines were read apart: no line is as written)
    width = _printed_width(texts, raw, chrome)
    if width is None:
        return
    for i in heads:
        # the printed lines under the head, each under a line that filled the width
        # (their text no longer than a chrome line: :func:`wrapped_rest` takes no longer
        # rest, so a long paragraph printed under a footer is not joined piece by piece)
        run: list[int] = []
        piece, at, held = raw[i].rstrip(), i + 1, 0
        while (
            at < len(texts)
            and texts[at]
            and at not in chrome
            # (the line filled the width: its next word, a number or a Latin word a print
            # carries over whole, did not fit on it)
            and columns(piece) + first_word_columns(raw[at], _first_at(raw[at]))
            >= width - WIDTH_SLACK // 2
            and _CLOSING_ALONE.match(texts[at]) is None
            and (held := held + len(texts[at])) <= _LONGEST
        ):
            run.append(at)
            piece, at = raw[at].rstrip(), at + 1
        # the most of them that carry the head on (a cut mid-value, ``联系人：办公`` over
        # ``室``, is read with the piece that completes it)
        for k in range(len(run), 0, -1):
            if wrapped_rest(texts[i], "".join(texts[j] for j in run[:k])):
                chrome.update(run[:k])
                break
        else:
            # (or the rest of a word of ASCII letters and figures the width cut, no blank in
            # it: an address, ``…Email:a`` over ``bcdef@example,com``, its typed comma no
            # clause's; a print carries a shorter word over whole, wrap66)
            if (
                run
                and _LATIN_WORD_CUT.search(texts[i])
                and _LATIN_WORD_REST.fullmatch(texts[run[0]])
            ):
                chrome.add(run[0])


_LATIN_WORD_CUT = re.compile(r"[!-~]$")
"""A footer line's end inside a word of ASCII letters, figures and marks."""
_LATIN_WORD_REST = re.compile(r"[!-~]+")
"""A printed line that is the rest of such a word, alone."""


def _first_at(line: str) -> int:
    """Where ``line``'s first character other than a blank stands."""
    return len(line) - len(line.lstrip())


def _wrapped_rows(
    texts: list[str],
    filled: list[int],
    labelled: dict[int, tuple[str, list[_Cell]]],
    chrome: set[int],
    written: tuple[Sequence[str] | None, str | None],
) -> None:
    """A row of the page's cells a print broke over two printed lines, neither chrome by
    itself (``2099-1-2 00:00| 发布者: 某县人民政府| 查看: 17| 评论:`` over ``0|来自: 某县政府
    门户网``): both the page's when the two read as one line are chrome by themselves, the
    upper one filling the width the letter's paragraphs were printed at, the first word of
    the lower one not fitting on it (wrap66). Asked only where one of the two holds a
    labelled cell; a letter that keeps a paragraph to a line shows no width."""
    pairs = [
        (i, j)
        for i, j in pairwise(filled)
        if j == i + 1 and i not in chrome and j not in chrome and (labelled[i][1] or labelled[j][1])
    ]
    if not pairs:
        return
    lines, joined = written
    raw = lines if lines is not None else joined.split("\n") if joined is not None else texts
    if len(raw) != len(texts):
        raw = texts
    width = _printed_width(texts, raw, chrome)
    if width is None:
        return
    for i, j in pairs:
        upper, lower = raw[i].rstrip(), raw[j]
        if i in chrome or (
            columns(upper) + first_word_columns(lower, _first_at(lower)) < width - WIDTH_SLACK // 2
        ):
            continue
        row = _norm(raw[i] + lower)
        if _is_chrome(row, _cells(row, _LABEL)):
            chrome.update((i, j))


_CLOSING_ALONE = re.compile(
    rf"^(?:[\u4e00-\u9fff()]{{2,30}}(?:{vocab.alternation('org_suffixes')})"
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$"
)
"""A unit's name or a date alone on its line: a letter's signer or its date, never a
footer's piece printed over (a piece of the footer's cells is cut mid-name or holds
others)."""


def _printed_width(texts: list[str], raw: Sequence[str], chrome: set[int]) -> int | None:
    """The width the letter's lines other than chrome were printed at, in columns, or
    None when they show none (:func:`replyparse.printwidth.crowded_width` of the lines
    stopping mid-sentence, as :mod:`replyparse.unwrap` reads them): each measured as
    written (``raw``), read as ``texts`` (NFKC, trimmed)."""
    kept = [i for i, text in enumerate(texts) if text and i not in chrome]
    lines = [texts[i] for i in kept]
    widths = [columns(raw[i].rstrip()) for i in kept]
    half = MIN_WIDTH // 2  # (a line of under half as many characters is narrower)
    open_widths = [
        w
        for w, text in zip(widths, lines, strict=True)
        if len(text) >= half and text[-1] not in SENTENCE_END
    ]
    return crowded_width(open_widths, (w for w in widths if w >= MIN_WIDTH))


def _footer(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A footer's lines of labelled cells, in the chrome block that ends the page: all of
    them when a footer's mark (ICP备, 网站标识码…) stands among them, and each line of
    footer cells, one cell or more (主办：…  联系电话：…, 地址：…  电话：…), under a line of
    the page's own chrome (打印本页  关闭窗口, 相关链接) or furniture (回到顶部) that ends the
    letter. Above such a line,
    a lone cell is the letter's own (联系电话：… over 版权所有). A duty room's phone
    (值班室电话：…) is a footer's cell only on a line under the footer's mark (its first line
    of chrome that holds one)."""
    # (the footer's first marked line, asked only of a page that writes such a label: most
    # write none)
    mark = len(texts)
    if any(w in texts[i] for i in filled for w in _UNDER_MARK_LABELS):
        mark = next((i for i in filled if i in chrome and _footer_marked(texts[i])), mark)
    block: list[int] = []
    for i in reversed(filled):
        if i in chrome:
            block.append(i)
            continue
        if (
            _footer_cells(texts[i], under_mark=i > mark)
            or _hotline_row(texts[i])
            or (block and _is_furniture(texts[i], top=False))
        ):
            # (a site's furniture among its lines, foot_img.png: the footer of a page printed
            # inside another's, the outer page's footer under it, pert67)
            block.append(i)
            continue
        break
    if any(_footer_marked(texts[i]) for i in block):
        chrome.update(block)
        chrome.update(_site_units(texts, filled, len(filled) - len(block)))
    below: list[int] = []  # the footer lines under the block's top line of chrome, from the end up
    for i in reversed(filled):
        # (a line of the site's furniture over them, 回到顶部, is the page's chrome too; so
        # is one right over the chrome, an image's name between a page's inner footer and
        # the outer page's, foot_banner.gif: the inner footer's cells over it are the page's,
        # 联系电话：… under 主办单位：…, review67's P1)
        if i in chrome or _is_furniture(texts[i], top=False):
            chrome.update(below)
            chrome.add(i)
            below = []
        elif _footer_cells(texts[i], 1, under_mark=i > mark) or _hotline_row(texts[i]):
            below.append(i)
        else:
            break


# A site's row of its hotline in the footer (NFKC): the hotline's name (某市12345政务服务热线,
# its 市长热线 in brackets or not), its phone's label (电话, numbered when it has two: 电话1,
# 电话2) or none, the number, and a note in brackets of where to call it from (某区域拨打);
# or its numbers listed in lenticular brackets, each with its note (某市12345政务服务便民热线
# 【12345(市内)、0000-5512345(市外)】, fix158). The footer's only when its block holds a
# footer's mark (:func:`_footer`): a letter's own line naming a hotline and its number stays
# the letter's under no footer.
_HOTLINE_NUMBER = r"\d[\d-]{2,14}\d(?:\s*\([^()]{1,12}\))?"
_HOTLINE_ROW = re.compile(
    r"^[\u4e00-\u9fff]{0,12}?(?:12345)?[\u4e00-\u9fff]{0,8}热线(?:\([\u4e00-\u9fff]{2,8}\))?"
    rf"\s*(?:电话\s*\d?)?\s*:?\s*(?:{_HOTLINE_NUMBER}"
    rf"|【{_HOTLINE_NUMBER}(?:\s*[、,/]\s*{_HOTLINE_NUMBER})*】)$"
)


def _hotline_row(text: str) -> bool:
    """Whether ``text`` is a site's hotline row (:data:`_HOTLINE_ROW`)."""
    return "热线" in text and _HOTLINE_ROW.match(text) is not None


def hotline_row(line: str) -> bool:
    """Whether ``line`` (as written) is a hotline's row alone (:data:`_HOTLINE_ROW`:
    ``服务热线：0000-5550123``, ``某市12345政务服务热线：12345``): the footer's inside a
    footer's block, a letter's own contact line under its date otherwise."""
    return "热线" in line and _hotline_row(_norm(line))


_ARTICLE_LABEL = re.compile(r"^[【\[]?正\s*文[】\]]?\s*[:：]?$")
"""A page's label of the article's text, alone on its line (``正文``, ``【正文】``): no
letter writes it."""


def _article_label(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """The page's label of the article (``正文``) right under a line of its chrome (the last
    row of its form over the letter, ``签发人 … 类别 A`` over ``正文``): chrome with it."""
    for k in range(1, len(filled)):
        i = filled[k]
        if i not in chrome and filled[k - 1] in chrome and _ARTICLE_LABEL.match(texts[i]):
            chrome.add(i)


def _host_rows_over_marks(texts: list[str], filled: list[int], chrome: set[int]) -> None:
    """A site's row of footer cells right over a line of the page's chrome that holds a
    footer's mark (``主 办：… | 联系地址：… | 联系方式：…`` over ``…ICP备…号``), wherever the
    footer stands (a line the page adds under it, 推荐, leaves it where it is): chrome,
    with the rows of such cells over it. A row is the site's when it opens with its 主办
    or sets its cells apart by bars; a letter's ``联系电话：…  地址：…`` is neither."""
    alone: Counter[str] | None = None  # (how often each text stands alone on a line:
    # asked only of a site's name found heading the page, so counted then, once)

    def banner(head: int) -> None:
        """The site's name heading the page (``texts[head]``) is its banner, but for a
        name the letter writes alone on another line too (its signer's: a department's own
        site, ``某县水务局`` at the top and leading the footer's row, over a letter signed
        ``某县水务局``): the first line may be the letter's own issuer's mark, written so."""
        nonlocal alone
        if alone is None:
            alone = Counter(texts[k].strip() for k in filled)
        if alone[texts[head].strip()] < 2:
            chrome.add(head)

    for k in range(len(filled) - 1, 0, -1):
        i = filled[k]
        if i not in chrome or filled[k - 1] in chrome or not _footer_marked(texts[i]):
            continue
        at = k - 1
        while at >= 0 and filled[at] not in chrome:
            if (head := _head_leading(texts, filled, texts[filled[at]], at)) >= 0:
                banner(head)  # (the row is the footer's all the same)
            elif not _host_row(texts[filled[at]]):
                # the row's rest, in a copy printed narrower than the row (``主 办：… | 联系地
                # 址：…北京东`` over ``路21号 | 联系方式：…``): a row with the piece over it,
                # a cell of its own in it, or led by the site's name the page opens with
                up, rest = filled[at - 1] if at > 0 else -1, texts[filled[at]]
                if (
                    up >= 0
                    and up not in chrome
                    and (head := _head_leading(texts, filled, texts[up] + rest, at - 1)) >= 0
                ):
                    banner(head)  # (the row's two pieces are added below)
                elif (
                    up < 0
                    or up in chrome
                    or not _cells(rest, _FOOTER_LABEL)[1]
                    or not _host_row(texts[up] + rest)
                ):
                    break
                chrome.add(filled[at])
                at -= 1
            chrome.add(filled[at])
            at -= 1


def _head_leading(texts: list[str], filled: list[int], text: str, at: int) -> int:
    """The line among the page's first (:data:`_BANNER_REACH`) that ``text`` (the line at
    ``filled[at]``, or a narrow print's two pieces of it joined) repeats when it is a
    site's footer row led by the site's name as that line writes it (``某县人民政府网`` at
    the top, ``某县人民政府网  主办单位：…`` at the foot, its other cells known or not), else
    -1: a site writes its name over its article and again before its host's cell; a name,
    no title or sentence (a letter's first line that holds its title, 关于…, …答复, is
    none), so that line is the page's banner (unless the letter signs with the name) and
    the row its footer."""
    if _SITE_HOST not in text:
        return -1
    lead, cells = _cells(text, _FOOTER_LABEL)
    if not cells or not cells[0].label.startswith(_SITE_HOST):
        return -1
    head = lead.strip()
    if not head or len(head) > _HEAD_NAME_LONGEST or _TITLE.search(head) or _SENTENCE.search(head):
        return -1
    # (the page's own first line, or one under what a page sets over it: its portal's name,
    # the heading written again, the publication's cells)
    return next((k for k in filled[: min(at, _BANNER_REACH)] if texts[k] == head), -1)


_HEAD_NAME_LONGEST = 30
"""The longest site's name a page's first line and its footer's row may share."""
_BANNER_REACH = 6
"""How many of the page's first lines of text the site's name its footer repeats may stand in."""


def _host_row(text: str) -> bool:
    """Whether ``text`` is a site's row of footer cells: two or more, the first its 主办 or
    the cells set apart by bars."""
    lead, cells = _cells(text, _FOOTER_LABEL)
    return (
        len(cells) >= 2
        and not lead.strip()
        and all(len(c.value) <= _VALUE for c in cells)
        and (cells[0].label.startswith(_SITE_HOST) or "|" in text)
    )


_SITE_HOST = "主办"
"""What the first line of a site's units opens with (``主办单位：…``, ``主办：…``)."""
_JOINT = "协办"
"""What a letter's note of the units that handle a proposal writes beside its 主办
(``主办单位：…`` / ``协办单位：…``), and a site's units never do."""


def _site_units(texts: list[str], filled: list[int], top: int) -> list[int]:
    """The lines right over a footer's block (``filled[top]`` its first line) that
    are the site's units and how to reach them, one cell a line: a run of lone footer
    cells that opens with the site's 主办 (``主办单位：…`` / ``联系电话：…`` over
    ``网站标识码：…``, its 承办 among them or not), no person's line among them; none else:
    a lone ``联系电话：…`` over the footer is the letter's own, and so is a run that names a
    协办 (``主办单位：…`` / ``协办单位：…`` / ``联系电话：…``: the units handling the
    proposal, as a letter notes them)."""
    run: list[int] = []
    for at in range(top - 1, -1, -1):
        i = filled[at]
        if not _footer_cells(texts[i], 1):
            break  # (a person's line, 联系人：…, holds no footer's cell: the run ends)
        run.append(i)
        if texts[i].startswith(_SITE_HOST):
            joint = any(texts[j].startswith(_JOINT) for j in run)
            if joint:
                return []
            # (and the site's hotline rows right over its units, 服务热线：… over 主办单位：…:
            # a hotline's row inside a footer's block is the footer's, fix55)
            while at > 0 and _hotline_row(texts[filled[at - 1]]):
                at -= 1
                run.append(filled[at])
            return run
    return []


# The 文号 cell of a page's metadata table (文号：, 发文字号:, 文 号, a | between label and
# value), and the 发文字号 that fills it, as the page writes it (widths and all).
# (its label in brackets for a colon too: ``[ 发文字号 ] 某函〔2024〕5号``)
# The cell's label: a 发文字号's spellings that open a line (data/labels.tsv: 发文字号, 文件编号,
# 发文号…), and 文号 spaced out (文 号).
_NUMBER_LABELS = vocab.spellings(
    tuple(e for e in vocab.labels_of("doc_number") if e.needs == "start")
)
_SPACED_NUMBER_LABEL = re.compile(r"文[ \t\u3000\xa0]{0,8}号")
"""The 文号 label, spaced to its cell's width by blanks of any kind or not (文号, 文 号,
文　　号, 文      号: fix8486): :data:`_NUMBER_CELL`'s, and the gate before the cells."""
_WRAPPED_NUMBER_LABEL = re.compile(r"[文编字]\n[ \t\u3000\xa0|｜│]*[字号]")
"""A number's label a printed line's end broke (``文`` over ``号:``, ``发文字`` over ``号``):
the gate before :func:`_wrapped_number_cell`."""
_NUMBER_CELL = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:{_NUMBER_LABELS}|{_SPACED_NUMBER_LABEL.pattern})"
    r"\s*[\]】]?\s*[:：]?[\s|｜│]*"
)
CELL_NUMBER = re.compile(
    r"(?P<prefix>[\u4e00-\u9fffA-Za-z]{1,16})[〔\[［【（(﹝〖](?P<year>(?:19|20)\d{2})年?"
    r"[〕\]］】）)﹞〗]第?(?P<serial>\d{1,5})号"
)


_TITLE_NUMBER = re.compile(r"^关于|会议第?[A-Za-z]?$")
"""What a title's item number holds before its bracketed year and no 发文字号's prefix does
(``关于某市六届人大六次会议第B(2025)174号建议…``, the page's heading under an empty 文号
cell, pert67): 关于 opening it, or the meeting's name right before the item's number (a
prefix that goes on after 会议 is an issuer's, ``某县政府常务会议纪要〔2025〕5号``,
review67)."""
# What stands before a cell's value on its own line: blanks of any width (a page's
# no-break spaces, ``&nbsp;`` read) and the table's bars.
_VALUE_LEAD = re.compile(r"[\s|｜│]*")


def page_doc_number(original: str) -> tuple[int, int] | None:
    """Where, in ``original``, the 文号 cell of a page's metadata table that the view drops
    as chrome holds a whole 发文字号 (``文号：某民函〔2024〕5号``; the value on the next line
    when the label stands over it, blank lines between or none, the value indented with
    blanks of any width): the page's copy of the letter's own number. None when the page
    has no such cell, or the cell is empty."""
    # (the view asked it of this letter already: remembered, so most letters, with no
    # chrome, are told at once, before any search of their text)
    chrome, paged, invisible = _letter_chrome(original)
    if not paged and chrome:
        return None  # (none of a page's tables, a page heading alone)
    # (a web copy's invisible format characters are read past, as the view reads past them:
    # each line is read without them, its places mapped back to the letter's; whether it
    # holds one the view's scan told, remembered with the chrome)
    if not paged and invisible:
        return None  # (a page flattened onto one line is read only without them: below)
    seen = INVISIBLE.sub("", original) if invisible else original
    labelled = bool(
        "文字号" in seen
        or "编号" in seen
        or _SPACED_NUMBER_LABEL.search(seen)
        or _WRAPPED_NUMBER_LABEL.search(seen)
    )
    if not labelled:
        # (or a publisher's cell whose body's name the number is glued to, on a line the
        # view drops: 发布单位： 甲山市某局甲农函〔2099〕16号; head73)
        return _published_number_cell(original, chrome, invisible) if paged else None
    # a page flattened onto one line too long to be read for its sign, its table in the
    # chrome before the letter, shows it. (Asked last: the questions before it change
    # nothing, and a letter that shows no page gives None whatever they answer, so the
    # order changes no answer; most letters hold no number's label, told with no search.)
    if not paged and not shows_page(_nfkc(original)):
        return None
    lines = original.split("\n")
    starts = _line_starts(lines)
    if not chrome:  # (a page flattened onto one line: its table in the chrome before the letter)
        return None if invisible else _flat_number_cell(lines, starts)
    for index in sorted(chrome):
        line, places = _seen(lines[index], invisible)
        for m in _NUMBER_CELL.finditer(line):
            at, row = m.end(), index
            below = index + 1
            while at == len(line) and below < len(lines) and not lines[below].strip():
                below += 1  # (blank lines between a label and its value: a page's spacing)
            if at == len(line) and below in chrome:  # the label over its value
                line, places = _seen(lines[below], invisible)
                at, row = _VALUE_LEAD.match(line).end(), below  # type: ignore[union-attr]
            number = CELL_NUMBER.match(line, at)
            if number is not None and not _TITLE_NUMBER.search(number["prefix"]):
                start = starts[row] + (places[at] if places else at)
                end = starts[row] + (places[number.end() - 1] + 1 if places else number.end())
                return start, end
            if row != index and (broken := _broken_cell(lines, starts, row, at, chrome)):
                return broken  # (the value under its label, broken a piece a line)
    return None if invisible else _wrapped_number_cell(lines, starts, chrome)


_PUBLISHER_NUMBER_CELL = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:{_alternation(_BODY_LABELS)})\s*[:：][\s|｜│]*"
    rf"(?P<number>{CELL_NUMBER.pattern})"
)
"""A page's publisher cell (:data:`_BODY_LABELS`) whose value is a body's name glued to a
发文字号 (``发布单位： 甲山市农业农村局甲农函〔2099〕16号``): the number's prefix holds the
body's name, then the number's code."""


def _published_number_cell(
    original: str, chrome: frozenset[int], invisible: bool
) -> tuple[int, int] | None:
    """:func:`page_doc_number` of a page whose publisher cell, on a line the view drops,
    holds a body's name with the letter's 发文字号 glued after it (:data:`_PUBLISHER_NUMBER_CELL`):
    the number from its code, the body's name (:func:`~replyparse.orgnames.body_before_code`)
    no part of it, as the flattened head parts them (left72b). None when no such cell
    stands on a dropped line, or the value is no body's name glued to a code."""
    if "号" not in original:
        return None
    lines = original.split("\n")
    starts: list[int] | None = None
    for index in sorted(chrome):
        line, places = _seen(lines[index], invisible)
        if "号" not in line:
            continue
        for m in _PUBLISHER_NUMBER_CELL.finditer(line):
            n = body_before_code(m["prefix"], _names_body)
            if not n:
                continue
            starts = starts or _line_starts(lines)
            at, last = m.start("number") + n, m.end("number") - 1
            start = starts[index] + (places[at] if places else at)
            return start, starts[index] + (places[last] + 1 if places else last + 1)
    return None


def _wrapped_number_cell(
    lines: list[str], starts: list[int], chrome: frozenset[int]
) -> tuple[int, int] | None:
    """:func:`page_doc_number` of a hard-wrapped page whose 文号 cell a printed line's end
    broke (wrap66): inside its number (``文 号 某人社函〔2031〕`` over ``101号``) or its label
    (``… | 文`` over ``号: | 某函〔2031〕285号 |``), the line of the table filling the width
    the letter's paragraphs were printed at, the word that opens the next line not fitting
    on it. From the number's first character to its last, over the break. None elsewhere."""
    width: int | None = None
    for index in sorted(chrome):
        below = index + 1
        if below >= len(lines) or not lines[below].strip():
            continue
        head = lines[index].rstrip()
        cut = len(head)
        joined = head + lines[below]
        for m in _NUMBER_CELL.finditer(joined, max(0, cut - _NUMBER_CELL_REACH)):
            if m.start() >= cut:
                break
            number = CELL_NUMBER.match(joined, m.end())
            if number is None or number.end() <= cut:
                continue  # (a whole number on the line is read there)
            if width is None:
                width = _printed_width([_norm(line) for line in lines], lines, set(chrome)) or -1
            first = len(lines[below]) - len(lines[below].lstrip())
            if width < 0 or (
                columns(head) + first_word_columns(lines[below], first) < width - WIDTH_SLACK // 2
            ):
                return None
            last = number.end() - 1
            start = number.start()
            return (
                starts[index] + start if start < cut else starts[below] + start - cut,
                starts[below] + last - cut + 1,
            )
    return None


_NUMBER_CELL_REACH = 60
"""How far before a printed line's end a 文号 label broken with its number may stand: the
label, its colon and bars, and the number's first part."""


def _flat_number_cell(lines: list[str], starts: list[int]) -> tuple[int, int] | None:
    """:func:`page_doc_number` of a page flattened onto one line: the 文号 cell in the chrome
    the page ran on before the letter on its first line with text (:func:`chrome_head`,
    ``… • 文号 某民函〔2024〕5号 • 发布日期 …``, glued or after a blank), the number whole
    right after its label (flat61a). None when the cell holds none."""
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        for a, b in chrome_head(line):
            for m in _NUMBER_CELL.finditer(line, a, b):
                number = CELL_NUMBER.match(line, m.end(), b)
                if number is not None:
                    return starts[index] + m.end(), starts[index] + number.end()
        return None
    return None


def _broken_cell(
    lines: list[str], starts: list[int], row: int, at: int, chrome: frozenset[int]
) -> tuple[int, int] | None:
    """Where the 发文字号 a page's 文号 cell holds under its label stands when a copy broke
    it a piece a line (``某函`` / ``〔2024〕`` / ``5号``, from ``at`` on line ``row``), two or
    three lines of the table (chrome) one after another, blank lines between or none, that
    hold it whole and nothing else (:func:`_broken_number` read them so): from its first
    character to its last, the breaks inside (fix92; the blank lines, review60g). None when
    they do not."""
    joined = ""
    rows = (r for r in range(row, len(lines)) if r == row or lines[r].strip())
    for r in islice(rows, 3):
        seen, places = _seen(lines[r], True)
        lead = at if r == row else _VALUE_LEAD.match(seen).end()  # type: ignore[union-attr]
        piece = seen[lead:].rstrip()
        if r not in chrome or not piece:
            return None
        joined += piece
        if r > row and CELL_NUMBER.fullmatch(joined):
            first = _seen(lines[row], True)[1]
            last = lead + len(piece) - 1
            return (
                starts[row] + (first[at] if first else at),
                starts[r] + (places[last] if places else last) + 1,
            )
    return None


_CELL_BREAKS = re.compile(r"\s*\n\s*")
"""The line breaks (and the blanks around them) inside a 发文字号 a page's cell holds
broken a piece a line (:func:`_broken_cell`): read past to read its parts."""


def cell_number(text: str) -> re.Match[str] | None:
    """The 发文字号 that is the whole of a page's 文号 cell's value ``text`` (as
    :func:`page_doc_number` found it, a copy's breaks inside it read past), its parts
    named, or None."""
    return CELL_NUMBER.fullmatch(_CELL_BREAKS.sub("", text) if "\n" in text else text)


# The class cell of a page's form of the item (``签发人 … 发布日期 …  类别 A``, ``办理类型：B``):
# a class's label as a token, a colon, blanks or a bar, the letter alone (its 类 or not).
_CLASS_CELL = re.compile(
    r"(?<![\u4e00-\u9fff])(?:办理类型|办复类别|答复类别|类别)\s*[:：]?[\s|｜│]*"
    r"(?P<value>[A-D])类?(?=[\s|｜│]|$)"
)


def page_class(original: str) -> tuple[int, int] | None:
    """Where, in ``original``, the class cell of a page's form that the view drops as chrome
    holds the item's class letter (``…  发布日期 2022-08-05  类别 A``): the page's note of the
    letter's class. None when the page has no such cell."""
    chrome, paged, invisible = _letter_chrome(original)
    if not chrome or not paged or "类" not in original:
        return None
    lines = original.split("\n")
    starts = _line_starts(lines)
    for index in sorted(chrome):
        line, places = _seen(lines[index], invisible)
        m = _CLASS_CELL.search(line) if "类" in line else None
        if m is not None:
            at = m.start("value")
            start = starts[index] + (places[at] if places else at)
            return start, start + 1
    return None


# The cell of a proposal database's record of the item that holds the item's title
# (``建议标题: | 关于… |``, ``提案名称：关于…``, ``案由：…``): a title label that names the
# item's kind (data/labels.tsv, field proposal_title; not a bare 标题 or 题目, which a page's
# own table writes for the reply's title, :func:`page_title`), its value to the next bar or
# the line's end.
_RECORD_TITLE_LABELS = tuple(
    sorted(
        e.spelling
        for e in _TABLE
        if e.field == "proposal_title" and any(w in e.spelling for w in ("建议", "提案", "议案"))
    )
)
_RECORD_TITLE_ALONE = re.compile(rf"^(?:{_alternation(_RECORD_TITLE_LABELS)})\s*[:：]$")
"""A proposal database's record's title cell's label alone in a piece (``建议标题:``)."""
_BARS_ONLY = re.compile(rf"^[{CELL_BARS}\s]+$")
_RECORD_TITLE_CELL = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:{_alternation(_RECORD_TITLE_LABELS)})\s*[:：]?[\s|｜│]*"
    r"(?P<value>[^|｜│\s](?:[^|｜│]*[^|｜│\s])?)"
)


def page_item_title(original: str) -> tuple[int, int] | None:
    """Where, in ``original``, the title cell of a proposal database's record of the item
    that the view drops as chrome (:data:`_RECORD_TITLE_CELL`, ``建议标题: | 关于…“…”的建议 |``)
    holds its value: the item's title as the database files it. None when the page has no
    such cell (a page that writes no record, or one the view keeps). A row printed at a
    width may carry the cell's rest to the next line (:func:`_cell_rest`): the span runs
    over the break, the value is the two pieces joined."""
    chrome, paged, invisible = _letter_chrome(original)
    if not paged or ("案" not in original and "建议" not in original):
        return None
    lines = original.split("\n")
    starts = _line_starts(lines)
    seen = [INVISIBLE.sub("", line) for line in lines] if invisible else lines
    for index in sorted(chrome):
        m = _RECORD_TITLE_CELL.search(seen[index])
        if m is None:
            continue
        at, end = m.span("value")
        # (a row printed at a width breaks inside the cell: its rest opens the next line)
        rest = _cell_rest(seen, index, end, chrome)
        return _cell_span(lines, starts, index, (at, end, rest), invisible)
    return _flat_item_title(lines, starts, chrome, invisible)


def _flat_item_title(
    lines: list[str], starts: list[int], chrome: frozenset[int], invisible: bool
) -> tuple[int, int] | None:
    """:func:`page_item_title` of a flattened page: the record's title cell inside the
    site's chrome that the page ran on before the letter on its first line with text that
    is no chrome line (:func:`chrome_head`, ``建议标题: | 关于…的建议 | 编号: | … 建议答复:
    王某代表:…``), its value within one span the view drops. Never in a web copy's invisible
    characters (not read)."""
    if invisible:
        return None
    for index, line in enumerate(lines):
        if index in chrome or not line.strip():
            continue
        if "标题" not in line:
            return None  # (the record opens the line: its title cell's label is there)
        for a, b in chrome_head(line):
            m = _RECORD_TITLE_CELL.search(line, a, b)
            if m is not None:
                return starts[index] + m.start("value"), starts[index] + m.end("value")
        return None
    return None


def _line_starts(lines: list[str]) -> list[int]:
    """Where each of ``lines`` (a text split at its line breaks) starts in the text."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _seen(line: str, invisible: bool) -> tuple[str, list[int] | None]:
    """``line`` without its invisible format characters, and where each of its characters
    stands in ``line`` (None when it holds none: the places are the same)."""
    if not invisible or INVISIBLE.search(line) is None:
        return line, None
    places = [i for i, ch in enumerate(line) if ch not in FORMAT_CHARS]
    return "".join(line[i] for i in places), places


_COUNT_THEN_NUMBER = re.compile(
    rf"\s*[【\[(（]?(?:(?:{'|'.join(_VIEW_WORDS)})(?:次数|人次|量|数)?|访问(?:次数|量))\s*[:：]"
    rf"\s*\d*\s*(?:人次|次)?[】\])）]?\s*"
    rf"(?=(?:{CELL_NUMBER.pattern}|{_PUBLIC_MARK.pattern.strip('^$')})\s*$)"
)
"""A page's count of its views (``浏览次数：12次``, ``点击数：``) with the letter's 发文字号
or its publication mark after it, nothing else after them on the line (``浏览次数：12次某发改字
〔2023〕5号``, ``浏览次数：12 同意公开``, the page's other cells before it or not): a copy ran
the letter's head line on after the count over it. The count is the page's, the number and
the mark the letter's own: the view drops the count (and the cells before it) alone
(:func:`count_before_number`); the mark is read as it is on a line of its own under the
count (:data:`_PUBLIC_MARK`)."""

_COUNT_FROM_WORD = re.compile(_COUNT_THEN_NUMBER.pattern.removeprefix(r"\s*"))
""":data:`_COUNT_THEN_NUMBER` from its count's word or bracket (its leading blanks left out),
for the search past the line's start."""


def count_before_number(line: str) -> int | None:
    """Where, in ``line`` (a line of chrome), the 发文字号 or the publication mark a page's
    count of its views holds after it starts (:data:`_COUNT_THEN_NUMBER`); None when it
    holds none."""
    if "号" not in line and "公开" not in line:
        return None  # (most chrome lines: no number's 号, no mark's 公开)
    m = _COUNT_THEN_NUMBER.match(line)
    if m is None and "公开" in line:  # (a mark after the page's other cells and its count)
        # (searched from the count's word, not the blanks before it: a search from every
        # blank of a long run read the run to its end each time, quadratic in the line)
        m = _COUNT_FROM_WORD.search(line)
        if m is not None and not line[m.end() :].strip().endswith("公开"):
            m = None  # (a 发文字号 after cells before the count: as before, the line's whole)
    return m.end() if m else None


_TITLE_AFTER_CELLS = re.compile(
    rf"(?<=\S)[\s{CELL_BARS}]+(?P<title>(?:[\u4e00-\u9fff()（）]{{1,40}}?"
    rf"(?:{vocab.alternation('org_suffixes')}))?(?:关于|对)[^\s{CELL_BARS}:：]{{2,{_TITLE_VALUE}}}?"
    rf"(?:{vocab.alternation('reply_endings')}|的函))[\s{CELL_BARS}]*$"
)
"""A letter's title (``关于…的答复``, ``某局关于…的复函``, ``对…的答复``) after the last gap of a
row of a page's cells it was flattened onto (``发布机构：某局  发布日期：2024-03-05  关于…的答复``):
the title opens with 关于 or 对 (its authority first or not), ends as a reply does
(data/reply_endings.txt, or 的函), and runs to the line's end holding no blank and no label's
colon."""


def title_after_cells(line: str) -> int | None:
    """Where, in ``line`` (a line of chrome), the letter's title that a flattened copy put
    after the page's cells on one line starts (:data:`_TITLE_AFTER_CELLS`): what stands
    before it must be chrome by itself, a row of cells whose last value ended (no label
    left empty before the title: a title cell's value is :func:`page_title`'s); None when
    the line ends with no such title."""
    if "关于" not in line and "对" not in line:
        return None  # (most chrome lines: no title's opening)
    m = _TITLE_AFTER_CELLS.search(line)
    if m is None:
        return None
    head = _norm(line[: m.start()])
    cells = _cells(head, _LABEL)[1]
    if not cells or head[-1] == ":" or cells[-1].label in _TITLE_CELLS:
        return None
    if _CRUMB.match(head) is not None or any(arrow in head for arrow in ">»›→"):
        return None  # (a crumb's last step, the page's heading glued after it: chrome whole)
    if head.endswith(_PREV_NEXT_WORDS):
        return None  # (上一篇 关于…: another article's title, the page's link to it; left59a)
    return m.start("title") if is_chrome_line(line[: m.start()]) else None


def title_after_crumb(line: str, original: str) -> int | None:
    """Where, in ``line`` (a crumb's line of chrome, as the page kept its lines), the letter's
    title starts when the crumb's last step, a blank after its step mark, is a reply's whole
    title opening with its authority (``首页 > 政府信息公开 > 某县某局关于…的答复``) that the
    page writes nowhere else (``original``: no heading under the crumb gives it again, from its
    关于 on): the page's only title, kept with its authority as the flattened copy with
    blanks reads it (glued72: an earlier round dropped the whole line and read no title).
    None elsewhere: a crumb whose last step the heading under it writes again is chrome
    whole."""
    if "关于" not in line:
        return None
    text = _norm(line)
    if _CRUMB.match(text) is None:
        return None
    step = max((m.end() for m in _STEP.finditer(line)), default=-1)
    if step < 0:
        return None
    at = step
    while at < len(line) and line[at].isspace():
        at += 1
    end = len(line.rstrip())
    if at == step or not _whole_title_step(line, at, end):
        return None
    about = line.find("关于", at, end)
    return at if original.count(line[about:end]) == 1 else None


def page_title(original: str) -> tuple[int, int] | None:
    """Where, in ``original``, the title cell of a page's metadata table that the view drops
    as chrome holds the page's title (``标题：关于…的答复``, ``| 名称 | 关于…的答复 |``, a wiki
    infobox's ``- 中文名:关于…的答复``; the value on the next line when the label stands over
    it): the site's copy of the letter's
    title, which the view keeps as a line of its own. None when the page has no such cell,
    when its value reads as no title (no word of one), or when the letter's
    lines write the title themselves (a page heading, the letter's own title line, also
    one that adds the issuer before it or spreads it over lines)."""
    return _page_title_cell(original, unwritten=True)


def page_title_cell(original: str) -> tuple[int, int] | None:
    """:func:`page_title`'s cell whether or not the letter's lines write its title too:
    where, in ``original``, the value of a page's title cell stands (the site's copy of the
    document's whole title, its authority first where the document's title writes it,
    ``某局关于…的答复``). None when the page has no such cell, or its value reads as no
    title."""
    return _page_title_cell(original, unwritten=False)


def _page_title_cell(original: str, unwritten: bool) -> tuple[int, int] | None:
    """:func:`page_title` (``unwritten``: None when the letter's lines write the title)
    or :func:`page_title_cell`."""
    chrome, paged, invisible = _letter_chrome(original)
    if not paged or (not chrome and unwritten):
        return None  # no chrome, or none of a page's tables (a page heading alone)
    if "题" not in original and "称" not in original and _INFOBOX_NAME not in original:
        return None  # (each label of data/page_title_labels.txt ends in one; an infobox's 中文名)
    lines = original.split("\n")
    starts = _line_starts(lines)
    # (a web copy's invisible format characters are read past, as page_doc_number does:
    # the lines are read without them, the cell's bounds mapped back to the letter's)
    seen = [INVISIBLE.sub("", line) for line in lines] if invisible else lines
    for index in sorted(chrome):
        cell = _title_cell(seen, index, chrome)
        if cell is None:
            continue
        at, start, end = cell
        # (a barred row's value printed over two lines: its rest opens the next)
        rest = _cell_rest(seen, at, end, chrome)
        carried = seen[at + 1][:rest] if rest else ""  # (the cell may end the page's text)
        value = _BLANKS.sub("", _norm(seen[at][start:end] + carried))
        if not _TITLE.search(value) or len(value) > _LONGEST:
            return None  # (a chrome line's value holds no sentence: its table's rule)
        if unwritten and _written_by_the_letter(seen, chrome, value):
            return None
        return _cell_span(lines, starts, at, (start, end, rest), invisible)
    return None if unwritten or invisible else _flat_title_cell(lines, starts, chrome)


def _flat_title_cell(
    lines: list[str], starts: list[int], chrome: frozenset[int]
) -> tuple[int, int] | None:
    """:func:`page_title_cell` of a flattened page: the title cell of the page's table inside
    the chrome that the page ran on before the letter on its first line with text that is
    no chrome line (:func:`chrome_head`, ``… 名 称: 某局关于…的函 文号: 关键字: …``), its
    value up to the next label, glued or after a blank (flat61a). Never in a web copy's
    invisible characters (not read)."""
    for index, line in enumerate(lines):
        if index in chrome or not line.strip():
            continue
        if "题" not in line and "称" not in line:
            return None
        cell = _title_in_head(line, chrome_head(line))
        return None if cell is None else (starts[index] + cell[0], starts[index] + cell[1])
    return None


def _title_in_head(line: str, head: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where, in ``line``, the value of the title cell of the page's table that ``head``
    (:func:`chrome_head`'s pieces of it) holds stands, up to the next label (glued or after
    a blank); None when none does, or its value reads as no title."""
    for a, b in head:
        label = _TITLE_CELL_RAW.search(line, a, b)
        if label is None:
            continue
        start = label.end()
        while start < b and line[start] in _CELL_ENDS:
            start += 1
        # (to the next label and its colon, glued or after a blank: …的函文号: 关键字:)
        after = (
            m
            for m in _LABEL.finditer(line, start, b)
            if line[m.end() : b].lstrip().startswith((":", "："))
        )
        end = next((m.start() for m in after), b)
        while end > start and line[end - 1] in _CELL_ENDS:
            end -= 1
        value = _BLANKS.sub("", _norm(line[start:end]))
        if not _TITLE.search(value) or len(value) > _LONGEST:
            return None
        return start, end
    return None


_OWN_TITLE_END = re.compile(
    rf"(?:的(?:{vocab.alternation('reply_endings')})|复函|的函|(?:的|办理|协办|答复)意见"
    r"|办理(?:情况|结果)(?:的?(?:报告|汇报))?)(?!:)"
)
"""How the letter's own title, over its salutation, ends (NFKC): a reply's ending after 的
(data/reply_endings.txt: ``…的答复``, ``…的答复函``), or an opinion or a handling report
(``…的办理意见``, ``…办理情况的报告``); not a label's 答复 (``答复类别:``) nor a handling row's
label, its colon right after it (``办理情况:``)."""
_LISTED_CELL_ENDS = "-—–·• \t\u3000"
"""What a page's list of cells sets between them (``- 标题: … - 内容概述: …``), trimmed off
a cell's value."""


def flat_head_title(line: str, head: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where, in ``line`` (a flattened page's first line with text, ``head`` the pieces of
    its chrome: :func:`chrome_head`), the title cell's value stands that the view keeps, as
    :func:`page_title` keeps a lined page's: when nothing else on the line, the page's
    heading again or the letter's own words, writes the title (neither the value nor its
    关于… part, the value with the issuer it adds before it left aside). None when the head
    holds no title cell."""
    if "题" not in line and "称" not in line:
        return None
    cell = _title_in_head(line, head)
    if cell is None or _RECORD_TITLE_CELL.search(line, 0, cell[1]) is not None:
        return None  # (a proposal record's title cell, 建议标题：: the item's, no reply's)
    start, end = cell
    while end > start and line[end - 1] in _LISTED_CELL_ENDS:
        end -= 1
    value = _BLANKS.sub("", _norm(line[start:end]))
    # (the letter's words, before the head or after it; and the rest of the head, where
    # the page's heading may write the title again)
    own = _BLANKS.sub("", _norm(line[: head[0][0]] + " " + line[head[-1][1] :]))
    rest = _BLANKS.sub("", _norm(line[:start] + " " + line[end:]))
    about = value.find("关于")
    if value in rest or (about >= 0 and len(value) - about >= 6 and value[about:] in own):
        return None
    if _OWN_TITLE_END.search(own, 0, own.find(":") + 1 if ":" in own else len(own)):
        return None  # (the letter's own title over its salutation: …的答复 王某代表：)
    return start, end


def _cell_span(
    lines: list[str], starts: list[int], index: int, cell: tuple[int, int, int], invisible: bool
) -> tuple[int, int]:
    """The text's span of a cell's value on line ``index``: ``cell`` is its start and end as
    seen (the invisible characters dropped when ``invisible``) and where its rest ends on the
    next line (0: none), mapped back to the lines as written."""
    at, end, rest = cell
    if invisible:
        places = _seen(lines[index], True)[1]
        if places:
            at, end = places[at], places[end - 1] + 1
        below = _seen(lines[index + 1], True)[1] if rest else None
        if below:
            rest = below[rest - 1] + 1
    if rest:
        return starts[index] + at, starts[index + 1] + rest
    return starts[index] + at, starts[index] + end


def _cell_rest(lines: list[str], at: int, end: int, chrome: frozenset[int]) -> int:
    """Where, in the line under ``lines[at]``, the rest of a barred row's cell that ends
    the line at ``end`` unclosed ends (0 when it has none): a row of a page's table printed
    at a width breaks inside its last cell (``| 信息名称： | 某局关于…的答`` over ``复 | |``),
    whose rest opens the next line, a line of the table too, up to its closing bar; a
    piece of no label and no sentence. A row whose cells are closed, or that sets no bar
    before the cell, has no rest; nor has a line under it that opens with its own label
    or a bar (a row of its own)."""
    line = lines[at]
    if at + 1 >= len(lines) or at + 1 not in chrome or line[end:].strip():
        return 0  # (the value is closed on its line, or the line under is no chrome)
    if not any(bar in line[:end] for bar in CELL_BARS):
        return 0  # (no barred row: a cell's value ends with its line)
    below = lines[at + 1]
    bar = min((k for k in map(below.find, CELL_BARS) if k > 0), default=-1)
    piece = below[:bar].rstrip()
    if (
        bar < 0
        or not piece
        or piece != piece.lstrip()
        or len(piece) > _TITLE_REST
        or _LABEL.match(_norm(piece)) is not None
        or any(ch in SENTENCE_END for ch in _norm(piece))
    ):
        return 0
    return len(piece)


_TITLE_REST = 20
"""The longest rest of a title cell a row printed at a width carries to the next line (a
page narrower than the title's cell leaves a few characters of it)."""


_CELL_ENDS = " \t\u3000" + CELL_BARS


def _title_cell(
    lines: list[str], index: int, chrome: frozenset[int]
) -> tuple[int, int, int] | None:
    """The line and the bounds in it of the value of a title cell on the chrome line
    ``index`` (its line is the next when the label stands alone at its line's end over it),
    or None."""
    line = lines[index]
    if _INFOBOX_NAME in line and (named := _infobox_name(line)) is not None:
        return index, *named
    found = [m for m in _LABEL.finditer(line) if _token_start(line, m.start())]
    for m, nxt in zip(found, [*found[1:], None][: len(found)], strict=True):
        if _BLANKS.sub("", m.group("label")) not in _TITLE_CELLS:
            continue
        end = nxt.start() if nxt is not None else len(line)
        rest = line[m.end() : end]
        lead = len(rest) - len(rest.lstrip(_CELL_ENDS + ":："))
        value = rest.strip(_CELL_ENDS + ":：")
        if value:
            return index, m.end() + lead, m.end() + lead + len(value)
        if nxt is None and index + 1 in chrome:  # the label over its value
            below = lines[index + 1]
            value = below.strip(_CELL_ENDS)
            if value and _bare_label(_norm(below)) is None:
                start = len(below) - len(below.lstrip(_CELL_ENDS))
                return index + 1, start, start + len(value)
        return None
    return None


def _infobox_name(line: str) -> tuple[int, int] | None:
    """The bounds in ``line`` of the value of a wiki infobox's 中文名 row (``- 中文名:关于…的
    答复``, :data:`_INFOBOX_ROW`): the item's name the page gives, a title cell of the page's
    as a metadata table's 标题 is (fix108), or None when ``line`` is no such row."""
    row = _INFOBOX_ROW.match(_norm(line))
    if row is None or _BLANKS.sub("", row["label"]) != _INFOBOX_NAME:
        return None
    colon = min((at for at in (line.find(":"), line.find("：")) if at >= 0), default=-1)
    value = line[colon + 1 :].strip(_CELL_ENDS) if colon >= 0 else ""
    if not value:
        return None
    start = line.index(value, colon + 1)
    return start, start + len(value)


def _written_by_the_letter(lines: list[str], chrome: frozenset[int], value: str) -> bool:
    """Whether the lines of ``lines`` that are no chrome write the title ``value`` (blanks
    removed): hold it whole, or a line of a title's words inside it (one line of a title
    spread over several, or the title without the issuer the value adds before it)."""
    content = [_BLANKS.sub("", _norm(line)) for i, line in enumerate(lines) if i not in chrome]
    if value in "".join(content):
        return True
    return any(len(text) >= 6 and text in value and _TITLE.search(text) for text in content)
