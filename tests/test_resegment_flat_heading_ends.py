"""A section's heading glued to its paragraph in a copy that lost its line breaks (joined by
a blank or by nothing, flat61b): where a careful reader of the flattened text still sees the
heading end, the sections read as the tidy letter's; where the words go on one sentence, they
stay whole. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

OPENING = "孙某代表：\n您提出的关于改善乙镇供水的建议收悉，现答复如下：\n"
CLOSING = "感谢您对我局工作的关心和支持。\n甲县水务局\n2099年5月6日\n"


def _headings(text: str) -> list[tuple[str, str]]:
    letter = parse_text(text, keywords=False)
    out = [(s.marker, s.heading or "") for s in letter.sections]
    out += [(c.marker, c.heading or "") for s in letter.sections for c in s.children]
    return out


def _joined(tidy: str, joiner: str) -> str:
    return joiner.join(line.strip() for line in tidy.split("\n"))


def _same_flattened(body: str) -> list[tuple[str, str]]:
    """The tidy letter's headings, asserted the same when its lines are joined by a blank
    and by nothing."""
    tidy = OPENING + body + CLOSING
    want = _headings(tidy)
    for joiner in (" ", ""):
        assert _headings(_joined(tidy, joiner)) == want, joiner
    return want


def test_an_opening_word_after_a_conjunction_goes_on_the_heading() -> None:
    # (根据 after 并 is the heading's own clause; 近年来 opens the paragraph)
    body = (
        "一、关于统计乙镇缺水户数，并根据户主意愿登记改水方式\n"
        "近年来，乙镇部分村组地下水位下降，我局已组织排查。\n"
        "二、关于新建蓄水池\n"
        "目前蓄水池选址已完成。\n"
    )
    assert _same_flattened(body)[:2] == [
        ("一、", "关于统计乙镇缺水户数，并根据户主意愿登记改水方式"),
        ("二、", "关于新建蓄水池"),
    ]


def test_an_aim_clause_opens_the_paragraph() -> None:
    body = (
        "一、关于增设乙镇至丙村的供水支管\n"
        "为确保支管布局科学、运行安全，我局会同乙镇政府开展了现场勘查。\n"
        "二、关于水质检测\n"
        "目前检测频次已提高。\n"
    )
    assert _same_flattened(body)[0] == ("一、", "关于增设乙镇至丙村的供水支管")


def test_an_aim_after_a_verb_of_becoming_stays_in_the_heading() -> None:
    # (改为 takes its object: no aim opens the paragraph there)
    text = OPENING + "一、将乙镇水厂改为提升水质，扩大供水范围的示范点。\n" + CLOSING
    assert _headings(_joined(text, ""))[0][1] != "将乙镇水厂改"


def test_a_listed_subject_opens_the_paragraph_after_a_topic() -> None:
    body = (
        "一、基本情况\n"
        "县委、县政府历来重视农村供水工作，已完成三个村的管网改造。\n"
        "二、下一步打算\n"
        "我局将继续争取资金。\n"
    )
    assert _same_flattened(body)[0] == ("一、", "基本情况")


def test_jianyi_as_a_verb_ends_no_heading() -> None:
    # (建议 opening the item, or after whom it is made to, takes its object: each item is
    # one sentence, as the tidy letter's are)
    body = (
        "一、我局向县政府建议成立由水务、财政、乡镇组成的工作专班，统筹推进改水工作。\n"
        "二、按照县政府部署，我局已开展排查，摸清了缺水户底数。\n"
        "三、建议乙镇把改水工程纳入年度民生实事，从源头解决问题。\n"
    )
    headings = [heading for _, heading in _same_flattened(body)]
    assert headings[0].startswith("我局向县政府建议成立")
    assert headings[2].startswith("建议乙镇把改水工程")


def test_a_run_of_points_opens_after_a_glued_heading() -> None:
    # (its first point's own short heading ends with a full stop; 二是 after it or not)
    body = (
        "一、健全工作机制，加快形成共建共管格局\n"
        "一是完善协调方面。我局与乙镇建立了月度会商制度，按月通报进展。\n"
        "二、加快工程建设\n"
        "目前管网铺设已过半。\n"
    )
    assert _same_flattened(body)[:2] == [
        ("一、", "健全工作机制，加快形成共建共管格局"),
        ("二、", "加快工程建设"),
    ]


def test_a_cited_rule_opens_the_paragraph() -> None:
    # (the document cited with its article, its authority before it or not)
    body = (
        "一、农村集中供水工程的管护规定\n"
        "水利部《某供水工程管理办法》第九条规定：供水工程由产权单位负责管护。\n"
        "二、供水价格的核定范围\n"
        "《某省供水价格管理规定》第三条规定：供水价格由县级价格主管部门核定。\n"
    )
    assert _same_flattened(body)[:2] == [
        ("一、", "农村集中供水工程的管护规定"),
        ("二、", "供水价格的核定范围"),
    ]


def test_a_document_the_heading_takes_as_its_object_stays() -> None:
    # (落实 takes the document, its authority before it, as its object: one sentence)
    body = "一、认真落实水利部《某供水工程管理办法》第九条规定：明确管护责任。\n"
    assert _same_flattened(body)[0][1].startswith("认真落实水利部《")


def test_a_bracketed_heading_numbered_on_after_a_paragraph_without_its_stop() -> None:
    body = (
        "（一）关于硬化丙村道路的问题\n"
        "经现场查看，该路段已列入乡村道路规划，将按计划逐步实施\n"
        "（二）关于修建丙村蓄水池的问题\n"
        "经了解，蓄水池选址已报乙镇审核。\n"
        "（三）关于更换老旧管网的问题\n"
        "我局已安排资金更换管网。\n"
    )
    assert [h for _, h in _same_flattened(body)] == [
        "关于硬化丙村道路的问题",
        "关于修建丙村蓄水池的问题",
        "关于更换老旧管网的问题",
    ]


def test_the_last_heading_numbered_on_after_a_paragraph_without_its_stop() -> None:
    body = (
        "一、乙镇供水工程分两期实施，一期已建成通水。\n"
        "二、我局已将二期工程纳入年度计划，目前正在编制可研报告，进一步优化工程规模\n"
        "三、下一步，我局将加快审批，推动项目尽早开工。\n"
    )
    assert [m for m, _ in _same_flattened(body)] == ["一、", "二、", "三、"]


@pytest.mark.parametrize(
    "sentence",
    [
        "乙镇初三、高三学生的饮水问题已解决。",  # (a grade, no heading numbered on)
        "我局统一是按标准执行的。",  # (统一 before 是: no run of points)
    ],
)
def test_numerals_inside_a_sentence_stay(sentence: str) -> None:
    body = "一、乙镇供水情况\n我局已完成排查。\n二、学校供水情况\n" + sentence + "\n"
    tidy = OPENING + body + CLOSING
    for joiner in (" ", ""):
        assert [m for m, _ in _headings(_joined(tidy, joiner))] == ["一、", "二、"]
