"""A reply that closes with a wish after its thanks (祝您工作顺利，万事如意！), its signer
and date on the lines under it, saved from a page whose footer follows (网站地图, 主办：…),
flattened onto one line with spaces or with nothing between its lines: the wish is the
reply's closing sentence, so the signer and the date after it sign, the page's words run on
after them, as after a thanks. After a sentence that reports (…已完成验收。) or a
congratulation (祝贺…), no signature is read out of the run.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from snippets import glued, signature_of, spaced

HEAD = "关于建设公益性公墓的建议的答复\n刘某等5名代表：\n你们提出的建议收悉，现答复如下：\n我局已将该项目列入年度计划。\n"
PAGE = "网站地图\n主办：丑州人民政府办公室\n"


@pytest.mark.parametrize("flatten", [glued, spaced])
@pytest.mark.parametrize("wish", ["祝你们工作顺利，万事如意！", "顺祝身体健康、工作顺利。"])
def test_signer_after_a_wish_signs(wish: str, flatten: Callable[[str], str]) -> None:
    tidy = HEAD + "衷心感谢你们对殡葬改革的关心。" + wish + "\n丑州民政局\n2099年6月29日\n" + PAGE
    assert signature_of(tidy) == ("丑州民政局", "2099-06-29")
    assert signature_of(flatten(tidy)) == ("丑州民政局", "2099-06-29")


@pytest.mark.parametrize("last", ["项目已完成验收。", "祝贺项目顺利完成。"])
def test_no_signature_after_other_sentences(last: str) -> None:
    text = glued(HEAD + last + "\n丑州民政局\n2099年6月29日\n" + PAGE)
    assert signature_of(text) == (None, None)
