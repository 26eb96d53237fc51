"""Compile first-name genders from the 1990 US Census name lists (public domain, carried by the
MIT-licensed PyPI package ``names``) into src/dragoman/data/first_names.json.

A name is kept when one gender's frequency is at least RATIO times the other's ("Jane" f, "Tom" m;
"Jordan" and "Kim" are left out). The speaker resolver uses it as a gender cue for pronouns.
Usage: python scripts/build_first_names.py   (needs requirements/train.txt)
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "first_names.json"
RATIO = 4.0


def frequencies(filename: str) -> dict[str, float]:
    """Name -> percentage of the population, from one Census list."""
    rows = resources.files("names").joinpath(filename).read_text(encoding="ascii").splitlines()
    return {fields[0].lower(): float(fields[1]) for fields in (row.split() for row in rows) if len(fields) >= 2}


def main() -> None:
    male, female = frequencies("dist.male.first"), frequencies("dist.female.first")
    genders = {}
    for name in sorted(male.keys() | female.keys()):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= RATIO * f:
            genders[name] = "m"
        elif f >= RATIO * m:
            genders[name] = "f"
    OUT.write_text(json.dumps(genders, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(genders)} first names -> {OUT}")


if __name__ == "__main__":
    main()
