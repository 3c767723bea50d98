"""A flattened copy's salutation that sets the role before the names, one naming its body
(``县政协委员王某：``, ``市人大代表王某、李某：``), and one to a 政协 sector
(``市政协经济界别：``): read where the copy lost the line breaks around it, the title or
the 发文字号 before it, the opening after it (snippets written here, names invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_OPENING = (
    "您提出的关于修缮村道的提案收悉。现答复如下：该路段已列入计划。 甲县交通运输局 2024年5月10日"
)

# (id, letter, title, salutation, addressees)
READ = [
    (
        "after-title-space",
        "关于县政协九届四次会议第63号提案的答复 县政协委员王某某： " + _OPENING,
        "关于县政协九届四次会议第63号提案的答复",
        "县政协委员王某某：",
        [("王某某", "县政协委员")],
    ),
    (
        "after-title-glued",
        "关于县政协九届四次会议第63号提案的答复县政协委员王某某：" + _OPENING,
        "关于县政协九届四次会议第63号提案的答复",
        "县政协委员王某某：",
        [("王某某", "县政协委员")],
    ),
    (
        "after-number",
        "甲县林业局 关于县政协九届四次会议第63号提案的答复 甲林函〔2021〕7号 政协委员钱某： "
        + _OPENING,
        "关于县政协九届四次会议第63号提案的答复",
        "政协委员钱某：",
        [("钱某", "政协委员")],
    ),
    (
        "opener-two-names",
        "关于市人大二次会议第9号建议的答复 尊敬的市人大代表李某、赵某某：你们提出的建议收悉。"
        "现答复如下：已落实。 甲市民政局 2024年5月10日",
        "关于市人大二次会议第9号建议的答复",
        "尊敬的市人大代表李某、赵某某：",
        [("李某", "市人大代表"), ("赵某某", "市人大代表")],
    ),
    (
        "sector",
        "关于市政协十三届二次会议第15号提案的答复 市政协经济界别： 贵界别提出的提案收悉。"
        "现答复如下：已落实。 甲市商务局 2024年5月10日",
        "关于市政协十三届二次会议第15号提案的答复",
        "市政协经济界别：",
        [("市政协经济界别", None)],
    ),
    (
        "sector-after-number",
        "关于市政协十三届二次会议第15号提案的答复 甲市商务局 甲商函〔2024〕2号 民建界别： "
        "贵界别提出的提案收悉。现答复如下：已落实。 甲市商务局 2024年5月10日",
        "关于市政协十三届二次会议第15号提案的答复",
        "民建界别：",
        [("民建界别", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "salutation", "addressees"),
    [case[1:] for case in READ],
    ids=[case[0] for case in READ],
)
def test_flat_salutation_read(
    text: str, title: str, salutation: str, addressees: list[tuple[str, str | None]]
) -> None:
    letter = parse_text(text, keywords=False)
    assert letter.title == title
    assert letter.salutation == salutation
    assert [(a.name, a.role) for a in letter.addressees] == addressees


# Near misses: a role word before names and a colon that opens no letter (a list, a
# sentence's words before it), or 界别 inside a sentence, is no salutation there.
NOT_SALUTATIONS = [
    (
        "list-after-colon",
        "关于市人大二次会议第9号建议的答复 市人大代表名单：王某、李某。 甲市民政局 2024年5月10日",
        "市人大代表名单：",
    ),
    (
        "inside-sentence",
        "关于市人大二次会议第9号建议的答复 会上邀请市人大代表王某某：介绍提出建议的背景。"
        "已落实。 甲市民政局 2024年5月10日",
        "市人大代表王某某：",
    ),
    (
        "label-kind",
        "关于第5号建议的答复 人大代表建议：关于加强森林防火的建议，您提出的建议收悉。 "
        "甲县林业局 2024年5月10日",
        "人大代表建议",
    ),
    (
        "sector-in-sentence",
        "关于市政协会议第15号提案的答复 甲市商务局： 按界别分组讨论后，贵局提出的提案收悉。 "
        "甲市商务局 2024年5月10日",
        "按界别",
    ),
]


@pytest.mark.parametrize(
    ("text", "not_salutation"),
    [case[1:] for case in NOT_SALUTATIONS],
    ids=[case[0] for case in NOT_SALUTATIONS],
)
def test_no_salutation_there(text: str, not_salutation: str) -> None:
    salutation = parse_text(text, keywords=False).salutation or ""
    assert not_salutation not in salutation
