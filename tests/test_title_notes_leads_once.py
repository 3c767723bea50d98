"""A title line with many dashes or colons after its ending (a flattened page's cells,
``关于…的答复- 发布机构- 发布机构- …``): each lead is asked where it stands, the line not cut
and searched again from its start at each one (which read a long line once a lead:
quadratic; the time is ``make hostile``'s, txt-title-leads). The steps are counted here:
the characters of the title that ``without_notes`` copies out. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse.fields.title import without_notes


class _Counted(str):
    """A title whose slices count the characters they copy."""

    copied = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        part = str.__getitem__(self, key)
        _Counted.copied += len(part)
        return part


@pytest.mark.parametrize("cell", ["-发布机构-", "：发布机构：", "——来源——"])
@pytest.mark.parametrize("cells", [1, 50, 2000])
def test_leads_read_once(cell: str, cells: int) -> None:
    text = "关于某事的答复" + cell * cells
    _Counted.copied = 0
    assert without_notes(_Counted(text)) == len(text)
    assert _Counted.copied <= 3 * len(text)  # (a few reads of the whole, never one a lead)


@pytest.mark.parametrize(
    ("title", "core"),
    [
        ("关于某事的答复——关于增设站点的建议", "关于某事的答复"),
        ("关于某事的答复：“关于增设站点的提案”", "关于某事的答复"),
        ("关于某事的答复-《某校扩建的议案》 ", "关于某事的答复"),
        ("关于某事的复函：关于某事", "关于某事的复函"),
        ("关于某事的答复-发布机构-关于增设站点的建议", "关于某事的答复"),
        # must not match: no proposal's title after the lead, or no ending before it
        ("关于某事的答复-发布机构-发布机构", "关于某事的答复-发布机构-发布机构"),
        ("关于某事的答复：“”", "关于某事的答复：“”"),
        ("关于某事的答复-", "关于某事的答复-"),
        ("关于2021-2025年规划的建议", "关于2021-2025年规划的建议"),
        ("答复：关于某事", "答复：关于某事"),
    ],
)
def test_notes_after_a_lead(title: str, core: str) -> None:
    assert title[: without_notes(title)] == core
