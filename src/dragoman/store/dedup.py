"""Near-duplicate articles (the same wire story in many outlets) by MinHash LSH.

Signatures come from datasketch; their bands are kept in the database (`lsh_bands`), so the
index is shared by every run and worker and nothing grows in memory with the corpus. A band
match is confirmed by the exact Jaccard similarity of the two texts' word shingles.
"""

from __future__ import annotations

import re
import struct

from datasketch import MinHash

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
#: Jaccard similarity of word 5-shingles above which two articles are the same story.
THRESHOLD = 0.8
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def band_keys(text: str) -> list[str]:
    """One key per LSH band of the text's MinHash signature."""
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    for shingle in shingles(text):
        minhash.update(shingle.encode("utf-8"))
    values = minhash.hashvalues
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS]
        keys.append(f"{band:02d}:{struct.pack(f'<{ROWS}Q', *map(int, chunk)).hex()[:24]}")
    return keys


def similarity(a: str, b: str) -> float:
    """Exact Jaccard similarity of the two texts' word shingles."""
    first, second = shingles(a), shingles(b)
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)
