"""A letter signed with its date alone, no name over it, saved from a page whose words
follow the date (标签：, 留言与评论, 验证码：), flattened onto one line with spaces or with
nothing between its lines: the whole date right after the reply's closing sentence
(感谢…, also led by 最后，) is the signature's date, as in the tidy letter. A date after
any other sentence, words and a colon after it, is a sentence's, no signature.
"""

from __future__ import annotations

import pytest

from snippets import glued, signature_of, spaced

HEAD = "关于恢复某院区门诊的建议的答复\n尊敬的冯某代表：\n您提出的建议收悉，现答复如下：\n院区已完成改造并恢复门诊。\n"
PAGE = "标签：\n留言与评论（共有0条评论）\n验证码：\n"


@pytest.mark.parametrize(
    "thanks",
    ["感谢您对医疗事业的支持。", "最后，感谢您对医疗事业的支持，希望您继续提出宝贵建议。"],
)
@pytest.mark.parametrize("flatten", [glued, spaced])
def test_date_alone_after_thanks_signs(thanks: str, flatten: object) -> None:
    tidy = HEAD + thanks + "\n2099年8月18日\n" + PAGE
    assert signature_of(tidy) == (None, "2099-08-18")
    assert signature_of(flatten(tidy)) == (None, "2099-08-18")  # type: ignore[operator]


@pytest.mark.parametrize("flatten", [glued, spaced])
def test_date_after_a_report_is_no_signature(flatten: object) -> None:
    body = HEAD + "院区改造方案已上报。\n2099年8月18日专家组意见：同意实施。\n感谢您的支持。\n"
    assert signature_of(flatten(body))[1] is None  # type: ignore[operator]
