"""Compile the Phoenix/PETRARCH actor and agent dictionaries and CountryInfo into
src/dragoman/data/actors.json, the package's offline actor dictionary.

Usage: python scripts/build_actor_dictionary.py ../shared/data/dictionaries
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "actors.json"
_CODE = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]*))?\]")
_TAG = re.compile(r"<(\w[\w-]*)>(.*?)</\1>", re.S)


def phrase(raw: str) -> str:
    """A dictionary name as lower-case words: ``VLADIMIR_V._PUTIN_`` -> ``vladimir v. putin``."""
    raw = raw.split("#", 1)[0].strip().lstrip("+").strip()
    raw = raw.split("{", 1)[0].strip()
    return " ".join(raw.replace("_", " ").lower().split())


def _date(value: str) -> str:
    value = value.strip()
    if len(value) == 6:  # YYMMDD, the Phoenix convention: 00-29 are 2000s
        century = "20" if int(value[:2]) < 30 else "19"
        value = century + value
    return f"{value[:4]}-{value[4:6]}-{value[6:8]}"


def _code_entry(code: str, dates: str | None) -> list[str | None]:
    if not dates:
        return [code, None, None]
    dates = dates.strip()
    if dates.startswith(">"):
        return [code, _date(dates[1:]), None]
    if dates.startswith("<"):
        return [code, None, _date(dates[1:])]
    start, _, end = dates.partition("-")
    return [code, _date(start), _date(end) if end else None]


def read_actor_file(path: Path, entries: list[dict], phrases: dict[str, int]) -> None:
    current: dict | None = None
    for line in path.read_text(encoding="latin-1").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0] in " \t" and stripped.startswith("["):
            if current is not None:
                for code, dates in _CODE.findall(stripped.split("#", 1)[0]):
                    current["codes"].append(_code_entry(code, dates))
            continue
        if stripped.startswith("+"):
            if current is not None and (name := phrase(stripped)):
                phrases.setdefault(name, current["id"])
            continue
        name = phrase(_CODE.sub("", stripped))
        if not name:
            continue
        if current is not None and not current["codes"]:
            # A second head line before any code is a variant spelling of the same actor.
            phrases.setdefault(name, current["id"])
            for code, dates in _CODE.findall(stripped.split("#", 1)[0]):
                current["codes"].append(_code_entry(code, dates))
            continue
        current = {"id": len(entries), "name": name.title(), "codes": []}
        entries.append(current)
        phrases.setdefault(name, current["id"])
        for code, dates in _CODE.findall(stripped.split("#", 1)[0]):
            current["codes"].append(_code_entry(code, dates))


def read_agents(path: Path) -> dict[str, str]:
    substitutions: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            key, values = line.split("=", 1)
            substitutions[key.strip()] = [v.strip() for v in values.split(",")]
            continue
        match = _CODE.search(line)
        if not match or not match[1].startswith("~"):
            continue
        head = line[: line.index("[")]
        plurals = re.findall(r"\{([^}]*)\}", head)
        words = [head.split("{", 1)[0]] + (plurals[0].split() if plurals else [])
        for word in words:
            variants = [word]
            for key, values in substitutions.items():
                variants = [v.replace(key, value) for v in variants for value in (values if key in v else [key])]
            for variant in variants:
                if name := phrase(variant):
                    agents.setdefault(name, match[1][1:])
    return agents


def read_countries(path: Path) -> dict[str, dict]:
    countries = {}
    text = path.read_text(encoding="latin-1")
    text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    for block in text.split("<Country>")[1:]:
        fields = {tag: value for tag, value in _TAG.findall(block)}
        # CAMEO's own code first: the Phoenix actors use it, and the file's ISO column has errors
        # (Japan "JON", Guatemala "GLP", Myanmar "MOZ"); dependencies have 6-letter CAMEO codes.
        # A territory coded with its sovereign's code (Mayotte "FRA") keeps its own ISO code.
        candidates = [fields.get("CountryCode", "").strip(), fields.get("ISO3166-alpha3", "").strip()]
        code = next((c for c in candidates if re.fullmatch(r"[A-Z]{3}", c) and c not in countries), None)
        if code is None:
            continue

        def items(tag: str) -> list[str]:
            return [phrase(line) for line in fields.get(tag, "").splitlines() if phrase(line)]

        countries[code] = {
            "name": phrase(fields.get("CountryName", "")).title(),
            "nationality": items("Nationality"),
            "capital": items("Capital"),
        }
    return countries


def main(folder: str) -> None:
    root = Path(folder)
    entries: list[dict] = []
    phrases: dict[str, int] = {}
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        read_actor_file(root / name, entries, phrases)
    data = {
        "source": "Phoenix/PETRARCH actor dictionaries and CountryInfo.120116 (openeventdata, MIT)",
        "entries": [{"name": e["name"], "codes": e["codes"]} for e in entries],
        "phrases": phrases,
        "agents": read_agents(root / "Phoenix.agents.txt"),
        "countries": read_countries(root / "CountryInfo.120116.txt"),
    }
    OUT.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(entries)} actors, {len(phrases)} phrases, {len(data['agents'])} agents, {len(data['countries'])} countries -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/dictionaries")
