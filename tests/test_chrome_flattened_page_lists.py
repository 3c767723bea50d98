"""A saved page flattened onto one line (its line breaks lost, its lines glued with nothing):
the page's metadata table written as a list (dash items ``- 索引号`` / ``- 0000/2024-01``, or
bullets ``• 某局``), its crumb's last step (``建议提案办理情况``), a share box glued to the
salutation, are the page's chrome, and the title starts where the letter's title starts. A
list of the page's own labels glued to their values (``- 发布机构某局`` / ``- 主题分类…``)
is a page's sign with no date nor index number beside it; a view count over the letter's
publication mark on one line (``浏览次数：12 同意公开``) keeps the mark; a site's credit of
its unit (``某区人民政府主办``) run on after the signature never takes it. Snippets in our
own words, invented; tidy letters are read as before."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于区九届人大四次会议第43号建议的答复"
BODY = (
    "孙某代表：\n您提出的《关于增设社区养老服务站的建议》收悉，现答复如下。\n"
    + "我局已在三个街道试点建设养老服务站，明年将扩大覆盖范围。" * 6
    + "\n某区民政局\n2024年4月2日"
)


def _glued(text: str) -> str:
    return "".join(line.strip() for line in text.split("\n"))


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(
            f"{TITLE}\n- 索引号\n- 0000-1/2024-0402001\n- 发文机构\n- 某区民政局\n- 文 号\n"
            f"- 日期\n- 2024-04-03\n{TITLE}",
            id="dash-labels-over-values-under-the-heading",
        ),
        pytest.param(
            "当前位置:首页 > 信息公开 > 建议提案办理情况\n• 0000-1/2024-00031\n• 某区民政局\n"
            f"• 有效\n• 2024年04月03日\n{TITLE}\n字号:\n用微信扫描二维码\n分享至好友和朋友圈\n×",
            id="bullets-after-the-crumb-and-a-share-box",
        ),
        pytest.param("- 发布机构某区民政局\n- 主题分类建议提案", id="glued-rows-no-date"),
        pytest.param("• 发布机构某区民政局\n• 主题分类建议提案", id="glued-bullet-rows-no-date"),
        pytest.param(
            "- 发布机构\n- 某区民政局\n- 主题分类\n- 建议提案", id="labels-over-values-no-date"
        ),
        pytest.param(
            "当前位置：首页 > 建议提案\n- 发布机构某区民政局\n- 主题分类建议提案",
            id="after-a-crumb",
        ),
    ],
)
def test_the_pages_list_is_chrome_lines_kept_or_glued(head: str) -> None:
    for text in (f"{head}\n{TITLE}\n{BODY}" if TITLE not in head else f"{head}\n{BODY}",):
        for form in (text, _glued(text)):
            record = parse_text(form)
            assert record.title == TITLE, form[:80]
            assert record.addressees and record.addressees[0].name == "孙某"


@pytest.mark.parametrize(
    ("head", "public"),
    [
        ("浏览次数：12 同意公开", True),
        ("访问量：3487  公开", True),
        ("发布时间：2024-04-03 浏览次数：12 同意公开", True),
        ("浏览次数：12 不予公开", False),
    ],
)
def test_a_mark_after_a_views_count_on_its_line(head: str, public: bool) -> None:
    record = parse_text(f"{head}\n{TITLE}\n{BODY}")
    assert record.public is public
    assert record.title == TITLE


def test_a_views_count_alone_says_nothing_of_publication() -> None:
    assert parse_text(f"浏览次数：12\n{TITLE}\n{BODY}").public is None


@pytest.mark.parametrize("credit", ["某区人民政府主办", "某区人民政府办公室主办"])
@pytest.mark.parametrize("sep", ["\n", " ", ""])
def test_a_sites_credit_after_the_date_never_signs(credit: str, sep: str) -> None:
    text = f"{TITLE}\n{BODY}{sep}{credit}"
    for form in (text, _glued(text)):
        record = parse_text(form)
        assert record.signature.issuer == "某区民政局", form[-40:]
        assert record.signature.date == "2024-04-02"


def test_tidy_letters_keep_their_head_and_closing() -> None:
    # (a closing's note of the units handling the reply: the letter's, no page's credit)
    record = parse_text(f"{TITLE}\n{BODY}\n（本件由某区民政局主办）")
    assert record.title == TITLE
    assert record.signature.issuer == "某区民政局"
    # (a body's sentence that only opens with a page's word, a dash in a phone number)
    body = BODY.replace("我局已在", "发布机构应当在", 1).replace(
        "现答复如下。", "现答复如下- 联系电话0000- 0000。"
    )
    record = parse_text(f"{TITLE}\n{body}")
    assert record.title == TITLE
    assert record.addressees[0].name == "孙某"
    assert record.signature.issuer == "某区民政局"


def test_a_crumbs_step_naming_the_session_glued_to_the_title() -> None:
    # (the crumb's last step names the session; the title after it opens with 对 and it)
    title = "对区九届人大四次会议第43号建议的答复"
    head = f"您当前所在的位置：首页 > 议案建议 > 区九届人大四次会议\n{title}\n发布日期：2024-04-03"
    text = f"{head}\n{BODY}"
    for form in (text, _glued(text)):
        assert parse_text(form).title == title, form[:60]


def test_a_crumbs_lead_written_as_a_sentence_before_the_title() -> None:
    # (位置是：, the lead a sentence with its 是: dev119/008 glued the crumb into the title)
    title = "对区九届人大四次会议第43号建议答复的函"
    head = (
        f"您当前所在的位置是: 首页 > 互动交流 > 在线访谈\n{title}\n发布时间:2024-04-03 00:00 浏览:"
    )
    text = f"{head}\n{BODY}"
    for form in (text, " ".join(text.split("\n")), _glued(text)):
        record = parse_text(form)
        assert record.title == title, form[:60]
        assert [d.value for d in record.dates] == ["2024-04-02"], form[:60]


def test_a_crumbs_last_step_naming_its_body_with_its_level() -> None:
    # (市人大代表建议办理: the banner with its body's level, the authority's title glued after
    # it; dev119/002 cut at 关于 and lost the authority)
    title = "某区民政局关于市九届人大四次会议第43号建议的答复"
    head = f"首页>政务公开>建议提案办理 > 市人大代表建议办理\n{title}\n日期: 2024-04-03"
    text = f"{head}\n{BODY}"
    for form in (" ".join(text.split("\n")), _glued(text)):
        record = parse_text(form)
        assert record.title == title, form[:60]
        assert record.issuer == "某区民政局", form[:60]


def test_an_empty_attachments_box_after_the_date_is_the_pages() -> None:
    text = f"当前位置：首页 > 建议提案\n{TITLE}\n{BODY}\n附件下载：\n扫一扫在手机上查看当前页面"
    for form in (text, _glued(text)):
        record = parse_text(form)
        assert record.signature.issuer == "某区民政局", form[-60:]
        assert record.signature.date == "2024-04-02"


def test_a_title_cells_value_over_the_same_heading_is_the_pages() -> None:
    # (a table of cells apart by single blanks, empty ones glued to the value before, its
    # title cell's label last; the heading under it writes the title again)
    title = "某市人民政府关于省人大某届某次会议第56号建议的会办意见"
    head = (
        "返回顶部\n某州部门频道\n您当前所在位置:首页 >> 政务公开 >> 建议提案 >> 人大代表建议答复\n"
        "索引号 0000/2021-01 信息分类 人大代表建议答复\n"
        f"发布机构 发布日期\n文号 是否有效\n信息名称 {title}\n{title}\n发布时间: 2021-05-24 16:47"
    )
    text = f"{head}\n{BODY.replace('孙某代表', '某区民政局')}"
    assert parse_text(_glued(text)).title == title
