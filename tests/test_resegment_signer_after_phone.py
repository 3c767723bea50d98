"""Words after the last phone of a letter that ends on its contact's row (resegment's
``_signer_at_end`` and ``_cut_signer_at_end``): an authority there signs, whole or cut
short by the page, but a contact row's own label that lost its colon, with its value after
it (``传真县政务中心``, ``地址县政务服务中心三楼``, ``邮箱…``, ``办公地点…``), is no authority,
however it ends: no signer (signers54; an earlier round signed the label and its value).
Names, places and numbers are invented."""

from __future__ import annotations

import pytest

from snippets import signature_of, spaced

OPENING = (
    "关于某某建议的答复\n曹某代表：\n　　您提出的建议收悉，现答复如下。\n　　感谢您的关心和支持。\n"
)
ROW = "联系人：曹某  联系电话：0000-5550142  "

LABELLED_VALUES = [
    pytest.param("传真县政务中心", id="fax-label-then-a-place"),
    pytest.param("地址县政务服务中心三楼", id="address-label-then-a-floor"),
    pytest.param("邮箱县水利局办公室", id="mailbox-label-then-an-office"),
    pytest.param("办公地点县政务服务中心", id="office-place-label"),
    pytest.param("联系地址北江县水利局", id="contact-address-label"),
]


@pytest.mark.parametrize("words", LABELLED_VALUES)
def test_label_and_value_after_the_phone_sign_nothing(words: str) -> None:
    assert signature_of(OPENING + ROW + words + "\n") == (None, None)


@pytest.mark.parametrize("words", LABELLED_VALUES)
def test_label_and_value_after_the_phone_flattened(words: str) -> None:
    assert signature_of(spaced(OPENING + ROW + words + "\n")) == (None, None)


AUTHORITIES = [
    pytest.param("北江县水利局", id="an-authority"),
    pytest.param("北江县政务服务中心", id="a-centre"),
]


@pytest.mark.parametrize("words", AUTHORITIES)
def test_authority_after_the_phone_signs(words: str) -> None:
    assert signature_of(OPENING + ROW + words + "\n") == (words, None)


@pytest.mark.parametrize("words", [*AUTHORITIES, pytest.param("北江县人民政", id="cut-short")])
def test_authority_after_the_phone_flattened_signs(words: str) -> None:
    assert signature_of(spaced(OPENING + ROW + words + "\n")) == (words, None)


# (closing.CONTACT_VALUE_LABEL: such words on a line of their own over the date are no
# signer's line either; the date stays the signature's)
@pytest.mark.parametrize("words", LABELLED_VALUES)
def test_label_and_value_over_the_date_sign_nothing(words: str) -> None:
    assert signature_of(OPENING + words + "\n2024年5月10日\n") == (None, "2024-05-10")
