"""The PLV set (Zero-Shot-PLOVER): sentences with a marked source and target and a PLOVER root."""

from __future__ import annotations

import csv
import hashlib
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import Span

_MARK = re.compile(r"</?[st]>")
#: PLV's YIELD is PLOVER 2.0's CONCEDE or RETREAT.
YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})
DEV_SEED = 2024
DEV_SHARE = 0.2


@dataclass(frozen=True, slots=True)
class PlvRecord:
    id: str
    text: str
    source: Span | None
    target: Span | None
    label: str


def unmark(marked: str) -> tuple[str, Span | None, Span | None]:
    """The plain sentence and the spans of ``<s>…</s>`` and ``<t>…</t>``."""
    text, positions, last = [], {}, 0
    length = 0
    for match in _MARK.finditer(marked):
        piece = marked[last : match.start()]
        text.append(piece)
        length += len(piece)
        positions[match.group()] = length
        last = match.end()
    text.append(marked[last:])

    def span(open_: str, close: str) -> Span | None:
        if open_ in positions and close in positions:
            return (positions[open_], positions[close])
        return None

    return "".join(text), span("<s>", "</s>"), span("<t>", "</t>")


def read_plv(path: Path) -> Iterator[PlvRecord]:
    """Records of a PLV TSV file (``marked_sentence``, ``gold_root``)."""
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            label = (row.get("gold_root") or "").strip()
            if not label or not row.get("marked_sentence"):
                continue
            text, source, target = unmark(row["marked_sentence"])
            yield PlvRecord(id=row.get("sentence_id") or "", text=text, source=source, target=target, label=label)


def dev_split(records: list[PlvRecord]) -> tuple[list[PlvRecord], list[PlvRecord]]:
    """A fixed, stratified 80/20 split: the classifier trains on the first and is scored on the second."""
    rng = random.Random(DEV_SEED)
    by_label: dict[str, list[PlvRecord]] = {}
    for record in records:
        by_label.setdefault(record.label, []).append(record)
    train, dev = [], []
    for label in sorted(by_label):
        items = sorted(by_label[label], key=lambda r: (r.id, r.text))
        rng.shuffle(items)
        cut = max(1, round(len(items) * DEV_SHARE))
        dev += items[:cut]
        train += items[cut:]
    return train, dev


def sentence_hash(text: str) -> str:
    """A short, stable hash of a sentence's words (case and spacing ignored)."""
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()[:16]
