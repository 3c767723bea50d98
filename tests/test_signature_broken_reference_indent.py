"""A signer's line indented with blanks' character references a copy of a page's source
left as text and a mirror broke by strewing characters inside them and between them
(``&nb某某sp; &某某nbsp; 某某 某局``): the signer is the authority after the line's last
blank; the broken references and the junk before that blank are none of its name (fix66;
an earlier round read the junk glued to the name). A stray blank inside a name on any
other line keeps the name whole (snippets written here, invented units and junk)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "关于第3号建议的答复\n王某代表：\n    您提出的建议收悉。现答复如下：\n"
    "    我局已落实。感谢您的支持！\n"
)

CASES = [
    pytest.param(
        "&nb甲乙sp; &nb丙丁sp;  戊己; &庚辛nbsp; 壬癸 青山市林业局", "青山市林业局", id="junk"
    ),
    pytest.param("&nbsp; &nbs甲乙p; &e丙丁msp; 戊己 青山市林业局", "青山市林业局", id="ensp-emsp"),
    pytest.param(
        "&nb甲乙sp; &nb丙丁sp; 壬癸 青山市林业局  青山市财政局",
        "青山市林业局、青山市财政局",
        id="joint-after-junk",
    ),
    # spam or stray characters before the blank, an authority naming its place after it
    # (issuer59): the junk is none of the name, with one broken reference or none
    pytest.param("&nb甲sp; 乙丙 青山市林业局", "青山市林业局", id="one-reference-junk"),
    pytest.param("哈呀 青山市林业局", "青山市林业局", id="spam-stray"),
    pytest.param("哈呀 白鹭左旗林业局", "白鹭左旗林业局", id="spam-banner"),
    pytest.param("哈呀 青 山 市 林 业 局", "青山市林业局", id="spam-letter-spaced"),
    pytest.param("&nb甲sp; &nb乙sp; 丙丁 青山市林 业局", "青山市林业局", id="stray-blank-after"),
    # near misses: no broken references, or one alone, before a stray blank
    pytest.param("青山 市林业局", "青山市林业局", id="place-cut-from-its-level"),
    pytest.param("中共 青山市委员会", "中共青山市委员会", id="name-head-word"),
    pytest.param("国网 青山县供电公司", "国网青山县供电公司", id="grid-head-word"),
    pytest.param("九三学社 青山市委员会", "九三学社青山市委员会", id="party-head-word"),
    pytest.param("青山市林业局 办公室", "青山市林业局办公室", id="office-tail"),
    pytest.param("青 山 市 林 业 局", "青山市林业局", id="letter-spaced"),
    pytest.param("青山 县市场监督管理局", "青山县市场监督管理局", id="level-opens-the-rest"),
    pytest.param("青山市 林业局", "青山市林业局", id="stray-blank-no-references"),
    # a stray blank inside a name whose rest reads as one naming its own place (城乡, 开发区,
    # 城市): the piece before it opens with a place and its level, a name's head (review59c)
    pytest.param("青山县住房和 城乡建设局", "青山县住房和城乡建设局", id="cut-before-chengxiang"),
    pytest.param("青山县住 房和城乡建设局", "青山县住房和城乡建设局", id="cut-inside-zhufang"),
    pytest.param(
        "青山市高新 技术产业开发区管委会",
        "青山市高新技术产业开发区管委会",
        id="cut-before-kaifaqu",
    ),
    pytest.param("青山县数字 城市管理局", "青山县数字城市管理局", id="cut-before-chengshi"),
    # two bodies, the first ending as no department the joint reading knows: read as one
    # name, as before issuer59 (test_signature_joint_departments_one_blank), never the
    # second alone with the first lost
    pytest.param("青山县科协 青山县科技局", "青山县科协青山县科技局", id="first-body-kept"),
    pytest.param("&nb甲乙sp; 青山市 林业局", "青山市林业局", id="one-reference"),
    # one broken reference, stray characters, then an authority that names no place of its
    # own before a level (a street office, a traffic brigade, a zone's committee): the stray
    # piece is none of the name either (pert65)
    pytest.param(
        "&nb甲sp; 乙乙 白鹭街道办事处", "白鹭街道办事处", id="one-reference-street-office"
    ),
    pytest.param("&nb甲sp; 乙 交警白鹭大队", "交警白鹭大队", id="one-reference-brigade"),
    pytest.param(
        "&nb甲sp; 乙 青山白鹭杨林工业园区管理委员会",
        "青山白鹭杨林工业园区管理委员会",
        id="one-reference-zone",
    ),
]


@pytest.mark.parametrize(("line", "signer"), CASES)
def test_signer_after_a_broken_indent(line: str, signer: str) -> None:
    letter = parse_text(_HEAD + line + "\n2031年6月20日\n", keywords=False)
    assert letter.signature.issuer == signer
    assert letter.issuer == signer.split("、")[0]
    assert letter.signature.date == "2031-06-20"
