"""The sections' extractor gives the same items as the plain reading of
:func:`~replyparse.fields.sections.find_sections` (every section, then every diagnostic),
its shortcut for a letter without diagnostics included."""

from __future__ import annotations

from goldsets import at_least, gold_texts
from helpers import contexts_before
from replyparse.context import Item, Reported
from replyparse.fields import sections

# Letters of our own: diagnostics with sections and without (a lone 二、 opens nothing),
# sections without diagnostics, neither.
_SNIPPETS = [
    "关于道路的答复\n张三代表：\n二、加强维护。\n此复。\n某某局\n2024年1月2日",
    "关于道路的答复\n张三代表：\n一、加强维护。\n三、增加投入。\n此复。\n某某局\n2024年1月2日",
    "关于道路的答复\n张三代表：\n1、加强维护。\n2、增加投入。\n此复。\n某某局\n2024年1月2日",
    "关于道路的答复\n张三代表：\n一、加强维护。\n二、增加投入。\n此复。\n某某局\n2024年1月2日",
    "关于道路的答复\n张三代表：\n您的建议收悉。现答复如下。\n此复。\n某某局\n2024年1月2日",
]


def _plain(ctx: sections.Context) -> list[Item]:
    start, end = ctx.layout.body_range
    found, diagnostics = sections.find_sections(ctx.view, start, end)
    items: list[Item] = [sections.SectionFound(s, s.extent) for s in found]
    return items + [Reported.of(d) for d in diagnostics]


def test_extract_reads_as_the_plain_reading() -> None:
    ctxs = contexts_before(gold_texts(*_SNIPPETS), "sections")
    with_diagnostics = without_sections = 0
    for ctx in ctxs:
        items = sections.extract(ctx)
        assert items == _plain(ctx)
        reported = [i for i in items if isinstance(i, Reported)]
        with_diagnostics += bool(reported)
        without_sections += bool(reported) and len(reported) == len(items)
    # both kinds the shortcut must keep were read
    assert with_diagnostics >= at_least(50, 1)
    assert without_sections >= 1


def _clamped(start: int, end: int, size: int) -> tuple[int, int]:
    """The plain reading of a range's bounds: clamped into the text, never reversed."""
    start = max(0, min(start, size))
    return start, max(start, min(end, size))


def test_find_sections_reads_any_range_as_its_clamped_range() -> None:
    # a text ending with a numeral: a range starting before the text would read it first
    ctxs = contexts_before(gold_texts(*_SNIPPETS, "二、加强维护\n三、一"), "sections")
    differs = 0
    for ctx in ctxs:
        view, size = ctx.view, len(ctx.view.norm)
        start, end = ctx.layout.body_range
        # each range outside the text on one side only (or reversed), and beyond on both
        ranges = [(-k, stop) for k in (1, 2, 3) for stop in (end, size)]
        ranges += [(start, size + 5), (end, start), (-3, size + 3)]
        for a, b in ranges:
            got = sections.find_sections(view, a, b)
            assert got == sections.find_sections(view, *_clamped(a, b, size))
            differs += got != sections.find_sections(view, start, end)
    assert differs >= at_least(100, 1)  # ranges that read otherwise than the body were read
