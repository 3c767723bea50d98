"""A reminder the reply adds under its signed date (a ``温馨提示：`` note, or the bare
sentence telling where to turn when the proposer is not satisfied): the closing's, which
hides no signature (it lost the authority and the date). Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from snippets import COPIES, signature_of

LETTER = (
    "关于增设青禾镇公交站点的建议的答复\n"
    "邹某代表：\n"
    "　　您提出的关于增设青禾镇公交站点的建议收悉。现答复如下：\n"
    "　　我局将会同有关部门研究办理。\n"
    "　　谢谢您对本局公路养护的关注。\n"
    "青禾县交通运输局\n"
    "2099年6月1日\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("温馨提示：如对本答复不满意，可在收到答复后十日内向我局反映。\n", id="note"),
        pytest.param("温馨提示：\n如对本答复不满意，可向我局反映。\n", id="note-over-sentence"),
        pytest.param("\n特别提示：请妥善保管本答复。\n", id="other-note-word"),
        pytest.param("如对此答复有异议，可于收到答复后十五日内提出。\n", id="bare-sentence"),
        pytest.param("如您对办理结果不满意，可以拨打热线反映。\n", id="bare-you"),
    ],
)
def test_a_reminder_under_the_date_hides_no_signature(tail: str) -> None:
    assert signature_of(LETTER + tail) == ("青禾县交通运输局", "2099-06-01")


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("如对本答复有意见，请于收到答复后一个月内向我局反馈。\n", id="has-views"),
        pytest.param("如您对我局的办理有其他意见，请于十日内书面告知。\n", id="our-handling"),
        pytest.param(
            "如对本答复仍有意见，请告知我局。\n联系人：李小明  联系电话：0000-5550123\n",
            id="over-a-contact",
        ),
    ],
)
def test_a_sentence_of_views_under_the_date_hides_no_signature(
    tail: str, flatten: Callable[[str], str]
) -> None:
    """The sentence inviting the proposer's views if not satisfied (…有意见，请…, …有其他意见,
    after 我局的办理) is such a reminder too (tail73: an earlier round read it as the body's
    last sentence and lost the signer and the date, lined and flattened)."""
    assert signature_of(flatten(LETTER + tail)) == ("青禾县交通运输局", "2099-06-01")


def test_the_same_sentence_above_the_signature_stays_the_body() -> None:
    """Only under the date is such a sentence the closing's: over the signer it ends the
    body, and the closing still starts at the authority."""
    body = LETTER.replace(
        "青禾县交通运输局\n", "如对本答复不满意，可向我局反映。\n青禾县交通运输局\n"
    )
    assert signature_of(body) == ("青禾县交通运输局", "2099-06-01")


NUMBERED = "".join(f"{n}.请留意第{n}项事宜，如有疑问请来电。\n" for n in range(1, 7))


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("温馨提示：\n" + NUMBERED, id="six-numbered-points"),
        pytest.param("温馨提示：\n" + NUMBERED[:60], id="three-numbered-points"),
        pytest.param("友情提示：\n请妥善保管本答复。\n欢迎继续关注本局工作。\n", id="plain-lines"),
        pytest.param(
            "温馨提示：请妥善保管本答复。\n欢迎继续关注本局工作。\n", id="note-on-label-line"
        ),
        pytest.param(
            "注：\n1.请妥善保管本答复。\n2.欢迎继续关注本局工作。\n", id="plain-note-label"
        ),
    ],
)
def test_a_notes_lines_under_its_label_hide_no_signature(tail: str) -> None:
    """A note's label under the date with its lines under it, numbered or not (left58b: an
    earlier round read them as the body's and lost the signer and the date)."""
    assert signature_of(LETTER + tail) == ("青禾县交通运输局", "2099-06-01")


LONG_NOTE = "".join(f"{n}.第{n}项：请按本局告知的时限办理相关手续。\n" for n in range(1, 41))


@pytest.mark.parametrize("count", [12, 13, 20, 40])
def test_a_long_note_under_its_label_hides_no_signature(count: int) -> None:
    """However many lines the note holds (left60: left58b read twelve at most, and a note of
    thirteen lines or more lost the signer and the date again)."""
    lines = LONG_NOTE.splitlines(keepends=True)[:count]
    assert signature_of(LETTER + "注：\n" + "".join(lines)) == ("青禾县交通运输局", "2099-06-01")


def test_a_long_run_with_no_label_stays_the_body() -> None:
    """Lines with no note's label over them are no note: a long run under the date ends
    the closing as before (the body's, no signer read under it)."""
    lines = "".join(LONG_NOTE.splitlines(keepends=True)[:13])
    assert signature_of(LETTER + lines) == (None, None)


def test_a_note_over_the_body_is_none_under_an_undated_signer() -> None:
    """A 注： under a dated block high in the letter (a quoted notice's), the body after it
    and an authority with no date under it closing the letter: the signer's, and no note
    runs over the body to that date (review60b: with left60's note of any length the
    signer was lost and the quoted date read as the letter's)."""
    quoted = "某乡人民政府\n2098年1月1日\n注：以下为办理情况。\n"
    body = "".join(f"第{n}项工作已经完成，具体情况如下所述。\n" for n in range(1, 16))
    text = LETTER.split("青禾县交通运输局\n")[0] + quoted + body + "青禾县交通运输局\n"
    assert signature_of(text) == ("青禾县交通运输局", None)
