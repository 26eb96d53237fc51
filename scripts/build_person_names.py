"""Compile person-name lists from the 1990 US Census (public domain, carried by the MIT-licensed
PyPI package ``names``) into src/dragoman/data/person_names.json:

- ``first``: first-name genders, kept when one gender's frequency is at least RATIO times the
  other's ("Jane" f, "Tom" m; names common for both are left out). Pronouns use it as a cue.
- ``surnames``: the SURNAMES most frequent surnames, with which a first name makes a two-to-four
  word "organisation" a person ("Lester Holt", which the small model tags ORG).
Usage: python scripts/build_person_names.py   (needs requirements/train.txt)
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "person_names.json"
RATIO = 4.0
#: Past about 5,000 the list holds common words ("Springs" 7,510th, "Service" 16,004th).
SURNAMES = 5000


def frequencies(filename: str) -> dict[str, float]:
    """Name -> percentage of the population, from one Census list (in order of frequency)."""
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
    surnames = sorted(list(frequencies("dist.all.last"))[:SURNAMES])
    data = {"first": genders, "surnames": surnames}
    OUT.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(genders)} first names, {len(surnames)} surnames -> {OUT}")


if __name__ == "__main__":
    main()
