"""A contact's name with a broken tag of a web page's markup glued after it (dev21 round:
a mirror's ``李某span lang="EN-US">``, ``李某</span>``): the name is the words before the
tag, as if the tag were not there; its span covers the name alone (contact_rows checks the
spans). Snippets are invented."""

from __future__ import annotations

import pytest

from snippets import ContactRow, contact_rows

GLUED = [
    pytest.param('经办人：李某某span lang="EN-US">\n联系电话：0000-5550123',
                 [("李某某", "0000-5550123")], id="tag-name-glued"),
    pytest.param("经办人：李某某</span>\n联系电话：0000-5550123",
                 [("李某某", "0000-5550123")], id="closing-tag"),
    pytest.param('联系人：王某?span lang="EN-US">\n联系电话：0000-5550123',
                 [("王某", "0000-5550123")], id="character-eaten"),
    pytest.param('联系人：王某span lang="EN-US">  联系电话：0000-5550123',
                 [("王某", "0000-5550123")], id="one-line"),
    pytest.param("联系人：王某<br>联系电话：0000-5550123",
                 [("王某", "0000-5550123")], id="line-break-tag"),
    # clean, as before
    pytest.param("经办人：李某某\n联系电话：0000-5550123",
                 [("李某某", "0000-5550123")], id="clean"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), GLUED)
def test_a_tag_glued_after_the_name_is_no_part_of_it(
    lines: str, expected: list[ContactRow]
) -> None:
    assert contact_rows(lines) == expected
