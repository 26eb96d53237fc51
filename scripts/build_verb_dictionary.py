"""Compile CAMEO verb patterns (PETRARCH's CAMEO.2.0.txt), the CAMEO->PLOVER table and GDELT's
Goldstein scale into src/dragoman/data/verbs.json, the event coder's offline lexicon.

Usage: python scripts/build_verb_dictionary.py ../shared/data
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "verbs.json"
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([0-9-:]+)\]")
#: PLOVER 2.0 (not the 2021 draft table) counts economic sanctions and embargoes as SANCTION.
PLOVER_OVERRIDES = {"163": ("SANCTION", None), "1631": ("SANCTION", None), "1632": ("SANCTION", None)}
#: A pattern of these words alone ("- * (FOR)", "- * TO") was written for the verb its comment names
#: ("# HEAD": "headed for"); spread over the verb's whole block it made "ruled against Ohio's procedure
#: for removing voters" a visit. Patterns with a content word are shared by the block.
_FUNCTION_WORDS = frozenset({
    "to", "for", "on", "into", "with", "against", "at", "from", "in", "back", "off", "up", "out", "over", "toward",
    "towards", "by", "about", "after", "down", "away", "of", "through",
})
_ROOT_QUAD = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 9), 2), **dict.fromkeys(range(9, 14), 3), **dict.fromkeys(range(14, 21), 4)}


def _words(pattern: str) -> list[str]:
    pattern = pattern.split("#", 1)[0]
    pattern = _CODE.sub("", pattern)
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", pattern.replace("_", " "))
    return [w.lower() for w in words]


def read_verbs(path: Path) -> tuple[dict, dict]:
    verbs: dict[str, str | None] = {}
    patterns: dict[str, list] = {}
    block_code: str | None = None
    block_verbs: list[str] = []
    in_patterns = False
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.rstrip()
        if "VERB PATTERNS" in line:
            in_patterns = True
            continue
        if not in_patterns or not line.strip() or line.startswith("#"):
            continue
        block = _BLOCK.match(line)
        if block:
            code = block[2].strip()
            block_code = None if code.startswith("-") else code
            block_verbs = []
            continue
        if line.startswith("-"):
            match = _CODE.search(line)
            if not match or match[1].startswith("-"):
                continue
            code = match[1].split(":")[0]
            words = [w for w in _words(line[1:]) if w not in {"the", "a", "an"}]
            owner = line.split("#", 1)[1].strip().lower() if "#" in line else ""
            owners = [owner] if all(w in _FUNCTION_WORDS for w in words) and owner in block_verbs else block_verbs
            for verb in owners:
                patterns.setdefault(verb, []).append([words, code])
            continue
        text = line.split("#", 1)[0].split("{", 1)[0].strip()
        own = _CODE.search(text)
        name = _CODE.sub("", text).strip().lstrip("+").strip().lower().replace("_", " ")
        if not name or not re.fullmatch(r"[a-z][a-z' -]*", name):
            continue
        code = own[1].split(":")[0] if own and not own[1].startswith("-") else block_code
        verbs.setdefault(name, code)
        block_verbs.append(name)
    return verbs, patterns


def read_plover(path: Path) -> dict[str, dict]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if not match:
            continue
        code, plover, mode = match[1], match[2], (match[3] or "").strip() or None
        table[code] = {"type": plover, "mode": mode}
    for code, (plover, mode) in PLOVER_OVERRIDES.items():
        table[code] = {"type": plover, "mode": mode}
    return table


def read_goldstein(path: Path) -> dict[str, float]:
    scores = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) == 2 and parts[0].strip().isdigit():
            scores[parts[0].strip()] = float(parts[1])
    return scores


def main(folder: str) -> None:
    root = Path(folder)
    verbs, patterns = read_verbs(root / "dictionaries" / "CAMEO.2.0.txt")
    plover = read_plover(root / "events" / "codebooks" / "CAMEO2PLOVER-2021.txt")
    goldstein = read_goldstein(root / "events" / "codebooks" / "gdelt_CAMEO.goldsteinscale.txt")
    codes = {}
    for code in sorted(set(plover) | set(goldstein)):
        entry = dict(plover.get(code) or plover.get(code[:3]) or plover.get(code[:2]) or {})
        entry["goldstein"] = goldstein.get(code, goldstein.get(code[:3]))
        entry["quad"] = _ROOT_QUAD.get(int(code[:2])) if code[:2].isdigit() else None
        codes[code] = entry
    data = {
        "source": "PETRARCH CAMEO.2.0 verbs (MIT), CAMEO2PLOVER-2021, GDELT CAMEO Goldstein scale",
        "goldstein_scale": "gdelt",
        "verbs": verbs,
        "patterns": patterns,
        "codes": codes,
    }
    OUT.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(verbs)} verbs, {sum(map(len, patterns.values()))} patterns, {len(codes)} CAMEO codes -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
