"""A contact line whose phone opens the next line, more labels after it: a landline a copy
broke after its area code's dash (``联系电话：0000-`` over ``5550123  传真：0000-5550124``),
or a phone under its label with the fax's, the postcode's or the mail's label beside it.
The line is the closing's (the signature and its date above it are read, and the contact
keeps its phone); a line opening with figures that are no phone, or with a phone and then
no label, is not."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import _phone_then_labels
from spans import span_problems

HEAD = (
    "关于第27号提案的答复\n周某委员：\n"
    "　　您提出的关于加快老旧小区改造的提案收悉，现答复如下：\n"
    "　　我局已将其列入明年改造计划。感谢您的关心和支持。\n"
)
SIGNER = "某县住房和城乡建设局"
SIGNED = SIGNER + "\n2024年9月12日\n"

Row = tuple[str | None, str | None]

# (the contact lines under the date, [(name, phone)])
READ = [
    pytest.param("联系人：吴某  联系电话：0000-\n5550123  传真：0000-5550124",
                 [("吴某", "0000-5550123")], id="broken-landline-fax-after"),
    pytest.param("联系人：吴某\n联系电话：0000-\n55501234　　邮编：555000",
                 [("吴某", "0000-55501234")], id="phone-line-under-postcode-after"),
    pytest.param("联系人：吴某  电话：0000-\n5550123，电子邮箱：someone@example.cn",
                 [("吴某", "0000-5550123")], id="comma-then-mail"),
    pytest.param("联系人：吴某  联系电话：0000-\n5550123  办公时间：工作日",
                 [("吴某", "0000-5550123")], id="a-label-the-table-lacks"),
    pytest.param("联系人：吴某  联系电话：0000-\n5550123  传真：0000-5550124\n抄送：县政府办公室",
                 [("吴某", "0000-5550123")], id="cc-under-it"),
]  # fmt: skip

# a line that opens with figures but is no phone's rest with labels after it
NOT_READ = [
    pytest.param("5550123传真机已配发到各站所", id="no-colon"),
    pytest.param("123456传真：0000-5550124", id="six-figures"),
    pytest.param("5550123元用于：道路修补", id="money-then-a-colon"),
    pytest.param("12345678人次参加培训：内容见附件", id="count-then-a-colon"),
    pytest.param("5550123", id="phone-alone-is-another-rule"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), READ)
def test_the_signature_above_a_phone_rest_with_labels(lines: str, expected: list[Row]) -> None:
    record = parse_text(HEAD + SIGNED + lines + "\n")
    assert (record.signature.issuer, record.signature.date) == (SIGNER, "2024-09-12")
    assert [(c.name, c.phone) for c in record.contacts] == expected
    assert span_problems(record) == []


def test_a_fax_under_its_label_alone_is_the_closing_too() -> None:
    lines = "联系人：吴某  手机：\n13900000000  邮箱：someone@example.cn\n"
    record = parse_text(HEAD + SIGNED + lines)
    assert (record.signature.issuer, record.signature.date) == (SIGNER, "2024-09-12")


@pytest.mark.parametrize("text", NOT_READ)
def test_no_phone_rest_with_labels(text: str) -> None:
    assert not _phone_then_labels(text)
