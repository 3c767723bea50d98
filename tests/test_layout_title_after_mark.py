"""A title broken after its issuer, under a header that named that issuer already.

GB/T 9704 sets the title as issuer + subject + 文种 and lets it wrap where the words
allow, often right after the authority's name. Under a header whose mark named the same
authority (``某局`` or ``某局文件``, then the 发文字号), that name alone over a line opening
with 关于 or 对 is the title's first line: the header is not given twice. A name given
once, or given twice in a row (a page repeating a line), or over a line that opens no
title, stays the header's.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = "张某代表：\n您提出的建议收悉，现答复如下：\n已纳入计划。\n"
_DATE = "\n2024年5月6日\n"

# (snippet, title, issuer)
TITLE_OPENS_WITH_ITS_ISSUER = [
    pytest.param(
        "某市某某局\n某某函〔2024〕3号\n某市某某局\n关于市人大某次会议第5号建议的答复\n",
        "某市某某局关于市人大某次会议第5号建议的答复",
        "某市某某局",
        id="mark-number-name",
    ),
    pytest.param(
        "某县水利局文件\n某水发〔2023〕12号\n某县水利局\n关于县人大某次会议第8号建议的答复\n",
        "某县水利局关于县人大某次会议第8号建议的答复",
        "某县水利局",
        id="file-mark-number-name",
    ),
    pytest.param(
        "办理类型：B\n某区教育局\n某教函〔2022〕7号\n某区教育局\n对区政协某次会议\n第12号提案的答复\n",
        "某区教育局对区政协某次会议第12号提案的答复",
        "某区教育局",
        id="label-then-three-line-title",
    ),
    pytest.param(
        "某省某某厅\n签发人：王某\n某省某某厅\n关于省人大某次会议第20号建议的答复\n",
        "某省某某厅关于省人大某次会议第20号建议的答复",
        "某省某某厅",
        id="signer-between",
    ),
]

# (snippet, title, issuer): the name stays the header's
HEADER_KEEPS_THE_NAME = [
    pytest.param(
        "某某函〔2024〕3号\n某市某某局\n关于市人大某次会议第5号建议的答复\n",
        "关于市人大某次会议第5号建议的答复",
        "某市某某局",
        id="named-once-under-number",
    ),
    pytest.param(
        "某市某某局\n关于市人大某次会议第5号建议的答复\n",
        "关于市人大某次会议第5号建议的答复",
        "某市某某局",
        id="named-once",
    ),
    pytest.param(
        "某市某某局\n某市某某局\n关于市人大某次会议第5号建议的答复\n",
        "关于市人大某次会议第5号建议的答复",
        "某市某某局",
        id="given-twice-in-a-row",
    ),
    pytest.param(
        "某市某某局\n某某函〔2024〕3号\n某市另一局\n关于市人大某次会议第5号建议的答复\n",
        "关于市人大某次会议第5号建议的答复",
        "某市某某局",
        id="another-authority",
    ),
    pytest.param(
        "某市某某局\n某某函〔2024〕3号\n某市某某局\n市人大某次会议第5号建议的答复\n",
        "市人大某次会议第5号建议的答复",
        "某市某某局",
        id="next-line-opens-no-title",
    ),
]


@pytest.mark.parametrize(("head", "title", "issuer"), TITLE_OPENS_WITH_ITS_ISSUER)
def test_title_opens_with_its_issuer(head: str, title: str, issuer: str) -> None:
    # signed by the issuer, as most are, and by nobody
    for signed in (issuer + _DATE, ""):
        letter = parse_text(head + _BODY + signed)
        assert (letter.title, letter.issuer) == (title, issuer), signed


@pytest.mark.parametrize(("head", "title", "issuer"), HEADER_KEEPS_THE_NAME)
def test_header_keeps_the_name(head: str, title: str, issuer: str) -> None:
    for signed in (issuer + _DATE, ""):
        letter = parse_text(head + _BODY + signed)
        assert (letter.title, letter.issuer) == (title, issuer), signed
