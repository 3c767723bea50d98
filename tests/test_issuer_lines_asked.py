"""The issuer's header walk asks its questions that pass a line over (a form's cell, a
listing's cell under its labels, a label's value under it, a publisher's cell, the page's
site after the title) only of a line that could name the issuer: the authority's line, or
one an issuer's mark reads (issue #9, speed73). A line that is neither was passed over
whatever they answered, and none of them changes what a later line reads, so the walk
gives what the plain walk (every question of every line, in the old order) gives, over
every gold letter, their perturbations and snippets. Snippets are invented."""

from __future__ import annotations

import pytest

from goldsets import at_least, gold_texts
from helpers import contexts_before
from replyparse import parse_text
from replyparse.context import Context, Item
from replyparse.fields import issuer as I
from replyparse.fields.title import Title, TitleChrome
from replyparse.layout import issuer_mark_at, title_issuer, value_under_label
from replyparse.textview import Line, TextView

_SNIPPETS = [
    "甲山县交通局\n关于某路修缮的答复\n王某代表：\n    您提出的建议收悉。\n甲山县交通局\n2024年5月6日",
    "承办单位：\n甲山县交通局\n关于某路修缮的答复\n王某代表：\n    您提出的建议收悉。",
    "承办单位  答复日期\n甲山县交通局\n关于某路修缮的答复\n王某代表：\n    来信收悉。",
    "发布机构甲山县交通局\n关于某路修缮的答复\n王某代表：\n    来信收悉。\n乙河市某局\n2024年5月6日",
    "甲交函〔2024〕5号\n关于某路修缮的答复\n李小明代表：\n    来信收悉。\n甲山县交通局\n2024年5月6日",
]


def _plain_from_letter(ctx: Context) -> list[Item]:
    """The walk as written before speed73: every question asked of every header line."""
    form = {line.index for line in ctx.layout.form}
    chrome_after_title = ctx.claims.taken.get(TitleChrome)
    for line in ctx.layout.header:
        if line.index in form:
            continue
        if I._under_labels_row(ctx, line):
            continue
        if value_under_label(ctx.view, line):
            continue
        if I._PUBLISHER_CELL.match(line.text):
            continue
        if chrome_after_title and I._claimed(line, chrome_after_title):
            continue
        if line is ctx.layout.authority:
            claim = (line.start, line.end)
            return [I.Issuer(line.text, ctx.span(*claim), claim)]
        at = issuer_mark_at(line.text)
        if at is not None:
            claim = I._first_of_joint(ctx, line, (line.start + at[0], line.start + at[1]))
            name = line.text[claim[0] - line.start : claim[1] - line.start]
            if "·" in name:
                name = "".join(ctx.view.written(*claim).split())
            return I._over_own_title(ctx, name) or [I.Issuer(name, ctx.span(*claim), claim)]
    signer = I._first_signer(ctx)
    if signer is not None:
        return I._whole_in_title(ctx, signer.value) or [signer]
    titles = I._found_once(ctx, Title)
    if not titles and ctx.view.content_lines:
        first = ctx.view.content_lines[0]
        if not I._may_open_with_issuer(first.text):
            return []
        titles = [Title(ctx.flat((first.start, first.end), drop=" \n", written=True), None)]
    for title in titles:
        m = title_issuer(title.text)
        if m:
            claim = title.value.range(*m.span("name"))
            return [I.Issuer(m.group("name"), ctx.span(*claim), claim)]
    return []


@pytest.fixture(scope="module")
def contexts() -> list[Context]:
    return contexts_before(gold_texts(*_SNIPPETS), "issuer")


def test_the_walk_is_the_plain_walk(contexts: list[Context]) -> None:
    named = 0
    for ctx in contexts:
        found = I._from_letter(ctx)
        assert found == _plain_from_letter(ctx)
        named += bool(found)
    assert named >= at_least(200, 10)  # (not vacuous: many letters name one)


def test_a_line_that_names_no_issuer_is_not_asked_whether_it_is_a_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A head of a 发文字号 over the title (no authority's line, no mark): the label's-value
    question is never asked of the number's line; the signer is the issuer."""
    asked: list[str] = []
    real = value_under_label

    def counted(view: TextView, line: Line) -> bool:
        asked.append(line.text)
        return real(view, line)

    monkeypatch.setattr(I, "value_under_label", counted)
    letter = parse_text(_SNIPPETS[4])
    assert asked == []
    assert letter.issuer == "甲山县交通局"
