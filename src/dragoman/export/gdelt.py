"""GDELT 2.0 event-table layout: 61 tab-separated columns, no header, unfillable fields empty."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()


def _actor(actor: dict[str, Any] | None) -> list[Any]:
    if not actor:
        return [""] * 10
    sector = actor.get("sector") or ""
    return [actor.get("code") or "", (actor.get("name") or "").upper(), actor.get("country") or "", "", "", "", "", sector, "", ""]


def _geo(place: dict[str, Any] | None) -> list[Any]:
    if not place:
        return [""] * 8
    if place.get("lat") is None:
        kind = 2 if place.get("country") == "USA" and place.get("admin1") else 1
    else:
        kind = 3 if place.get("country") == "USA" else 4
    # GDELT writes FIPS 10-4 country codes here; dragoman knows ISO 3166, so those stay empty.
    return [kind, place.get("name") or "", "", place.get("admin1") or "", "", place.get("lat") or "", place.get("lon") or "", place.get("geonameid") or ""]


def gdelt_row(event: dict[str, Any]) -> list[Any]:
    """One event row (as `Store.rows("events")` gives it) in GDELT 2.0 column order."""
    date = event.get("date") or ""
    if len(date) != 10:  # a month or year only: GDELT's SQLDATE needs a day, so the article's
        date = event.get("published") or ""
    day = date.replace("-", "")
    cameo = event.get("cameo") or ""
    row = [
        event.get("id", ""), day, day[:6], day[:4],
        f"{int(day[:4]) + (int(day[4:6] or 1) - 1) / 12 + (int(day[6:8] or 1) - 1) / 365:.4f}" if day else "",
        *_actor(event.get("source")),
        *_actor(event.get("target")),
        "", cameo, cameo[:3], cameo[:2], event.get("quad") or "",
        "" if event.get("goldstein") is None else event["goldstein"], 1, 1, 1, "",
        *([""] * 8), *([""] * 8), *_geo(event.get("location")),
        (event.get("ingested_at") or "").replace("-", "").replace(":", "").replace("T", "")[:14],
        event.get("url") or event.get("path") or "",
    ]
    return row


def write_gdelt(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write events as GDELT 2.0 event-table rows; returns the number written."""
    count = 0
    for event in events:
        out.write("\t".join(str(value).replace("\t", " ").replace("\n", " ") for value in gdelt_row(event)) + "\n")
        count += 1
    return count
