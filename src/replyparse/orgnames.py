"""How a letter names an office: by its name, which ends with an office's suffix
(``ORG_END``: …局, …委员会, …科). The closing, the signature's and cc's bodies, the
contacts and the parser's resegmenting read it the same way."""

from __future__ import annotations

import re

from replyparse import vocab

# An office's suffix; never the end of an everyday word that ends like one (打官司, 上司:
# data/not_org_endings.txt), told behind the suffix once it matched (a look there costs
# less than one before every place a suffix is tried). A lookbehind reads a fixed width:
# one for each length of those words.
_NOT_ORG_ENDINGS = "".join(
    "(?<!" + "|".join(re.escape(w) for w in words if len(w) == n) + ")"
    for words in [vocab.words("not_org_endings")]
    for n in sorted({len(w) for w in words})
)
ORG_SUFFIX = f"(?:{vocab.alternation('org_suffixes')}){_NOT_ORG_ENDINGS}"
# A name that ends with an office's suffix (…局, …委员会): search it, or search a slice
# with ``ORG_END.search(text, start, end)``. ``ORG_INSIDE`` finds the suffixes inside a name.
ORG_END = re.compile(rf"(?:{ORG_SUFFIX})$")
ORG_INSIDE = re.compile(ORG_SUFFIX)
