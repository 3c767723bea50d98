"""The unit that answers, given after its label in the closing above the date (``主办单位：
某县交通运输局``, ``主办：…``, ``答复单位：…``, ``承办单位：…``), signs the letter when no authority line does; a 协办单位
(a unit that helps) signs nothing, and an authority line above the date comes first. So does
the unit a 承办单位 row names (decided: an earlier round read it as the contact's office only)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于县十八届人大三次会议第45号建议的答复\n\n"
    "李某某代表：\n　　您提出的《关于加快农村公路养护的建议》收悉，现答复如下：\n"
    "　　我局已将农村公路养护资金纳入年度预算。\n"
    "　　感谢您对交通运输工作的关心和支持。\n\n"
)

# (the closing, the signer, the date)
HOSTS = [
    pytest.param("主办单位：某县交通运输局\n2024年5月10日\n", "某县交通运输局", "2024-05-10",
                 id="host-over-the-date"),
    pytest.param("主办单位：某县交通运输局\n协办单位：某县财政局\n2024年5月10日\n", "某县交通运输局",
                 "2024-05-10", id="helper-between"),
    pytest.param("答复单位：某县交通运输局\n二〇二四年五月十日\n", "某县交通运输局", "2024-05-10",
                 id="answering-unit-chinese-date"),
    pytest.param("（主办单位:某县交通运输局，协办单位:某县财政局）\n2024年5月10日\n", "某县交通运输局",
                 "2024-05-10", id="bracketed-half-width"),
    pytest.param("主办单位：某县交通运输局    协办单位：某县财政局    联系人：王某    电话：0871-6123456\n"
                 "2024年5月10日\n", "某县交通运输局", "2024-05-10", id="with-a-contact"),
    pytest.param("主办部门：某市生态环境局某某分局\n联系人：王某，电话：0871-6123456\n2024年5月10日\n",
                 "某市生态环境局某某分局", "2024-05-10", id="department-contact-between"),
    pytest.param("主办单位：某县交通运输局\n　　　　　　　　　某县公路事业发展中心\n　　　　　　　　　2024年5月10日\n",
                 "某县公路事业发展中心", "2024-05-10", id="near-an-authority-line-first"),
    pytest.param("主办：某县交通运输局\n会办：某县财政局\n2024年5月10日\n", "某县交通运输局",
                 "2024-05-10", id="short-host-label-co-handler-below"),
    pytest.param("主办：某县交通运输局    协办：某县财政局\n2024年5月10日\n", "某县交通运输局",
                 "2024-05-10", id="short-labels-one-line"),
    pytest.param("承办单位：某县住房和城乡建设局    单位负责人：\n二〇二四年五月十日\n",
                 "某县住房和城乡建设局", "2024-05-10", id="handling-unit-empty-leader-slot"),
    pytest.param("承办单位：某县住房和城乡建设局 单位负责人： 二〇二四年五月十日\n",
                 "某县住房和城乡建设局", "2024-05-10", id="handling-unit-flattened-with-the-date"),
    pytest.param("承办单位：某县水利局  联系人：李某  电话：0000-5550123\n2024年5月10日\n",
                 "某县水利局", "2024-05-10", id="handling-unit-with-a-contact"),
    # under the date as the closing's last line (dev23 round), a seal's slot between or not
    pytest.param("2024年5月10日\n承办单位：某县交通运输局\n", "某县交通运输局", "2024-05-10",
                 id="handling-unit-under-the-date"),
    pytest.param("2024年5月10日\n\n单位负责人盖章：\n\n承办单位：某镇人民政府、某县水利局、某县财政局\n",
                 "某镇人民政府、某县水利局、某县财政局", "2024-05-10", id="joint-list-under-the-seal-slot"),
    # the answering unit's labels read as 承办单位 is (left58b)
    pytest.param("2024年5月10日\n答复单位：某县交通运输局\n", "某县交通运输局", "2024-05-10",
                 id="answering-unit-under-the-date"),
    pytest.param("2024年5月10日\n联系人：李某  联系电话：0000-5550123\n回复部门：某县交通运输局\n",
                 "某县交通运输局", "2024-05-10", id="answering-unit-under-a-contact"),
    # 经办单位 too, as the contacts read it (tail58: the closing's list left it out)
    pytest.param("2024年5月10日\n经办单位：某县交通运输局\n", "某县交通运输局", "2024-05-10",
                 id="jingban-unit-under-the-date"),
    pytest.param("经办单位：某县交通运输局\n2024年5月10日\n", "某县交通运输局", "2024-05-10",
                 id="jingban-unit-above-the-date"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "signer", "date"), HOSTS)
def test_the_host_signs(closing: str, signer: str, date: str) -> None:
    record = parse_text(HEAD + closing)
    assert (record.signature.issuer, record.signature.date) == (signer, date)


# (the closing): a label above the date that names no one who answers
NOT_HOSTS = [
    pytest.param("协办单位：某县财政局\n2024年5月10日\n", id="a-helper-alone"),
    pytest.param("主办单位：我局\n2024年5月10日\n", id="no-authority-named"),
    pytest.param("主办：王某\n2024年5月10日\n", id="short-label-a-person"),
    pytest.param("承办科室：办公室\n2024年5月10日\n", id="an-office-of-no-authority"),
    # under the date with more closing lines under it: who handled the reply (dev23 round)
    pytest.param("2024年5月10日\n承办单位：某县水利局养老科　承办人：陈某\n答复类型：C\n",
                 id="handling-note-under-the-date"),
    pytest.param("2024年5月10日\n主办单位：某县人民政府办公室 地址：某县某路1号 邮编：000000\n",
                 id="site-footer-under-the-date"),
]  # fmt: skip


@pytest.mark.parametrize("closing", NOT_HOSTS)
def test_no_host_signs(closing: str) -> None:
    record = parse_text(HEAD + closing)
    assert record.signature.issuer is None
    assert record.signature.date == "2024-05-10"


# (the undated closing, the signer): a lone 主办 line ending the page is the site's host its
# footer names (it signed before); the units handling the reply, a 协办 beside it, still sign
UNDATED = [
    pytest.param("主办单位：某县人民政府办公室\n", None, id="site-host-last"),
    pytest.param("主办：某县人民政府办公室\n", None, id="site-host-short-label"),
    pytest.param("主办单位：某县交通运输局\n协办单位：某县财政局\n", "某县交通运输局", id="host-over-a-helper"),
    pytest.param("协办单位：某县财政局\n主办单位：某县交通运输局\n", "某县交通运输局", id="helper-over-the-host"),
    pytest.param("承办单位：某县交通运输局\n", "某县交通运输局", id="handling-unit-last"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "signer"), UNDATED)
def test_an_undated_closings_host_line(closing: str, signer: str | None) -> None:
    record = parse_text(HEAD + closing)
    assert (record.signature.issuer, record.signature.date) == (signer, None)
    assert record.issuer == signer
