"""A wire story's dateline: a place in capitals opening a paragraph, maybe its country and agency,
then a dash or colon ("MOSCOW, Dec 30 (Reuters) -", "KABUL (Pajhwok) :")."""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’ -]*[A-Z.])(?:, [A-Z][\w.'’ ]{1,30})?(?: ?\([\w .'’-]{1,30}\))? ?(?:--|—|–|-|:)(?= +[\"“‘']?[A-Z])"
)


def dateline_at(text: str, start: int) -> re.Match[str] | None:
    """The dateline opening the paragraph that begins at ``start``, if it has one."""
    return _DATELINE.match(text, start, min(len(text), start + 80))
