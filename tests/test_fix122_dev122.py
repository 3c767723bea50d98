"""dev122's misses, in our own words: a page's download buttons set between its cells under
the heading."""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "桐溪县水务局关于县八届人大二次会议第15号建议的答复"
REPLY = (
    "王某代表：\n"
    "您提出的《关于整治河道淤积的建议》收悉，现答复如下：\n"
    "今年县财政安排清淤资金60万元。\n"
    "感谢您对水利工作的关心和支持！\n"
    "桐溪县水务局\n"
    "2024年6月18日\n"
)


@pytest.mark.parametrize(
    "tools",
    [
        pytest.param("【下载Word】\n【下载PDF】", id="two-lines"),
        pytest.param("【下载Word】 【下载PDF】", id="one-line"),
        pytest.param("下载Word", id="bare"),
    ],
)
def test_download_buttons_between_the_pages_cells_are_no_part_of_the_title(tools: str) -> None:
    text = f"政府信息公开\n{TITLE}\n时间:2024-06-20\n点击:\n{tools}\n- 索引号: 0000-0001\n{REPLY}"
    assert parse_text(text).title == TITLE


def test_a_bracketed_note_under_the_title_with_no_cells_around_it_stays() -> None:
    text = f"{TITLE}\n（县八届人大二次会议第15号建议）\n{REPLY}"
    assert parse_text(text).title == TITLE


SESSION_REPLY = (
    "王某委员：\n您提出的关于开通某路公交的提案已收悉，现答复如下：\n我局将积极协调。\n"
    "某县交通运输局\n2025年4月8日\n"
)
NOTED_TITLE = "对《关于开通某路公交线路的提案》的答复（县政协十二届三次会议第031号提案）"


@pytest.mark.parametrize(
    "cells",
    [
        pytest.param("县政协十二届三次会议\n", id="session"),
        pytest.param("县政协十二届三次会议\n031\n建议人：王某\n", id="session-number-asker"),
    ],
)
def test_a_listings_session_cell_under_a_title_ended_by_its_note_is_no_title(cells: str) -> None:
    letter = parse_text(f"{NOTED_TITLE}\n{cells}{SESSION_REPLY}")
    assert letter.title == "对《关于开通某路公交线路的提案》的答复"
    assert letter.proposal.number == "031"


def _contacts(sentence: str) -> list[tuple[str | None, str | None, str | None]]:
    text = (
        "王某委员：\n您提出的提案收悉，现答复如下：\n"
        f"我局将积极协调。{sentence}\n某县交通运输局\n2025年4月8日\n"
    )
    return [(c.name, c.org, c.phone) for c in parse_text(text).contacts]


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        pytest.param(
            "如有疑问，可拨打某县交通运输局客运科电话0000-5550123向我们反映，感谢您的支持！",
            "某县交通运输局客运科",
            id="reflect-to-us-then-thanks",
        ),
        pytest.param(
            "如有疑问，请拨打我局运管股电话0000-5550123咨询。", "运管股", id="own-section"
        ),
        pytest.param("您可致电某县公路站联系电话0000-5550123。", "某县公路站", id="call-station"),
        pytest.param("如有疑问，可拨打我局电话0000-5550123咨询。", None, id="own-office-alone"),
    ],
)
def test_a_closing_sentence_that_has_the_reader_dial_an_office_gives_its_contact(
    sentence: str, org: str | None
) -> None:
    assert _contacts(sentence) == [(None, org, "0000-5550123")]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("群众可拨打服务电话0000-5550123咨询。", id="no-office"),
        pytest.param("可拨打某县交通运输局电话0000-5550123，我们将及时处理并回复。", id="goes-on"),
    ],
)
def test_a_dialled_number_with_no_office_or_a_sentence_going_on_gives_no_office(
    sentence: str,
) -> None:
    assert all(org is None for _, org, _ in _contacts(sentence))


def _section_marks(body: str) -> list[tuple[str, int]]:
    text = f"王某代表：\n您提出的建议收悉，现答复如下：\n{body}某县公安局\n2024年5月8日\n"
    return [(s.marker, s.number) for s in parse_text(text).sections]


def test_a_heading_that_writes_the_last_number_again_before_the_run_goes_on_is_a_section() -> None:
    body = (
        "一、关于第一条“放宽燃放时间”建议的办理情况\n我局已转达立法机关。\n"
        "二、关于第二条“划定燃放区域”建议的办理情况\n各区已发布通告。\n"
        "二、关于第三条“发挥社区作用”建议的办理情况\n社区将加强劝导。\n"
        "三、关于第四条“加强宣传”建议的办理情况\n我局将加强宣传。\n"
    )
    assert _section_marks(body) == [("一、", 1), ("二、", 2), ("二、", 2), ("三、", 3)]


def test_a_number_written_again_that_the_run_does_not_go_on_from_stays_body_text() -> None:
    body = (
        "一、关于放宽燃放时间的办理情况\n我局已转达立法机关。\n"
        "二、关于划定燃放区域的办理情况\n各区已发布通告。\n"
        "二、关于发挥社区作用的办理情况\n社区将加强劝导。\n"
    )
    assert _section_marks(body) == [("一、", 1), ("二、", 2)]


def test_a_clause_quoted_under_a_colon_that_writes_the_number_again_stays_body_text() -> None:
    # review66: a rule's clause the section quotes (…规定：/ 二、…) is no slip in the
    # numbering, though the run goes on after it
    body = (
        "一、规划情况\n我局已编制村道规划。\n"
        "二、资金保障\n《某县村道养护办法》第五条规定：\n二、县级财政应当足额保障养护资金。\n"
        "三、下一步工作\n我局将加强督促。\n"
    )
    assert _section_marks(body) == [("一、", 1), ("二、", 2), ("三、", 3)]


@pytest.mark.parametrize("join", [" ", ""])
def test_a_flattened_headings_date_after_until_is_no_paragraphs_opening(join: str) -> None:
    lines = [
        "王某委员：",
        "您的提案收悉，现将会办意见函复如下：",
        "一、自公告之日至2099年3月31日，全县城区范围内禁止燃放烟花爆竹。",
        "二、春节期间加强巡查。",
        "某县公安局",
        "2099年4月2日",
    ]
    headings = [s.heading for s in parse_text(join.join(lines)).sections]
    assert headings[0] == "自公告之日至2099年3月31日，全县城区范围内禁止燃放烟花爆竹"


CLOSED = "王某委员：\n您的提案收悉，现答复如下：\n我局将加强巡查。\n某县公安局\n2099年4月27日\n"


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("抄送：县督查办标签：0人觉得有用", id="tags-glued"),
        pytest.param("抄送：县督查办 标签： 0人觉得有用", id="tags-after-a-blank"),
        pytest.param("抄送：县督查办来源：某县公安局", id="source-cell-glued"),
    ],
)
@pytest.mark.parametrize("join", ["\n", " ", ""])
def test_a_pages_cell_glued_after_the_cc_list_ends_it(tail: str, join: str) -> None:
    assert parse_text((CLOSED + tail).replace("\n", join)).cc == ["县督查办"]


@pytest.mark.parametrize("join", [" ", ""])
def test_the_signer_glued_after_a_phone_the_page_masked_whole_signs(join: str) -> None:
    lines = [
        "王某委员：",
        "您的提案收悉，现答复如下：",
        "我局将加强巡查。",
        "单位联系电话：*******",
        "某县公安局",
        "2099年4月27日",
        "抄送：县督查办",
    ]
    letter = parse_text(join.join(lines))
    assert (letter.signature.issuer, letter.signature.date) == ("某县公安局", "2099-04-27")
    assert letter.contacts == []


@pytest.mark.parametrize("join", ["\n", " ", ""])
def test_a_police_registration_with_its_colon_glued_after_the_date_is_the_pages(join: str) -> None:
    text = (CLOSED + "某公网安备:00000000000000号").replace("\n", join)
    letter = parse_text(text)
    assert (letter.signature.issuer, letter.signature.date) == ("某县公安局", "2099-04-27")


@pytest.mark.parametrize("join", [" ", ""])
@pytest.mark.parametrize(
    "heading",
    ["关于第二条“设置集中燃放区域”建议的办理情况", "关于设置集中燃放区域的落实情况"],
)
def test_a_flattened_heading_ending_in_what_was_done_and_its_topic_ends_there(
    join: str, heading: str
) -> None:
    lines = [
        "王某代表：",
        "您提出的建议收悉，现答复如下：",
        "一、关于第一条建议的办理情况",
        "您所提的建议属于修改法规。",
        f"二、{heading}",
        "公安机关会同相关部门，推动各区发布通告。",
        "某市公安局",
        "2099年5月8日",
    ]
    headings = [s.heading for s in parse_text(join.join(lines)).sections]
    assert headings[1] == heading


@pytest.mark.parametrize("join", ["\n", " ", ""])
def test_a_lost_person_labels_colon_glued_after_the_phone_keeps_the_name_its(join: str) -> None:
    lines = [
        "王某代表：",
        "您的建议收悉，现答复如下：",
        "我局将加强巡查。",
        "感谢您对我们工作的支持。",
        "办复类别：A",
        "联系电话：13800000000",
        ": 李某某",
    ]
    contacts = parse_text(join.join(lines)).contacts
    assert [(c.name, c.phone) for c in contacts] == [("李某某", "13800000000")]


@pytest.mark.parametrize("join", [" ", ""])
def test_a_glued_heading_whose_paragraph_opens_with_its_words_again_ends_there(join: str) -> None:
    lines = [
        "王某委员：",
        "您的提案收悉，现答复如下：",
        "一、燃放爆竹的影响",
        "燃放爆竹作为传统习俗，承载着美好期许。",
        "二、下一步工作",
        "我局将加强宣传。",
        "某市公安局",
        "2099年5月8日",
    ]
    headings = [s.heading for s in parse_text(join.join(lines)).sections]
    assert headings == ["燃放爆竹的影响", "下一步工作"]


@pytest.mark.parametrize("join", [" ", ""])
@pytest.mark.parametrize(
    "item",
    [
        pytest.param("加快推进村道建设和加快推进桥梁建设，已列入明年计划。", id="and"),
        pytest.param("进一步加强堤防管理并进一步加强汛期巡查，确保安全。", id="and-then"),
        pytest.param("提高补助标准与提高补助覆盖面，均已报县政府研究。", id="with"),
    ],
)
def test_a_glued_items_words_written_again_after_a_binding_word_end_no_heading(
    join: str, item: str
) -> None:
    # review66: the verb written again after 和/并/与 is one sentence's parallel clause,
    # not a paragraph restating its heading (fix122's restated opening had cut before it)
    lines = [
        "钱某代表：",
        "您提出的建议收悉，现答复如下：",
        f"一、{item}",
        "二、下一步工作",
        "我局将积极争取资金。",
        "某县交通运输局",
        "2099年5月8日",
    ]
    headings = [s.heading for s in parse_text(join.join(lines)).sections]
    assert headings[0] == item.rstrip("。")
