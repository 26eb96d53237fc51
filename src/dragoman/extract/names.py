"""Canonical names: one name for every mention of the same entity in a document."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_SPACES = re.compile(r"\s+")
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sen sen. rep rep. gov gov. president prime minister "
    "secretary general gen. lt. col. sir lady lord spokesperson spokeswoman spokesman".split()
)


@functools.cache
def _person_names() -> dict:
    return json.loads(resources.files("dragoman.data").joinpath("person_names.json").read_text(encoding="utf-8"))


def first_name_genders() -> dict[str, str]:
    """Gender of common first names ("jane" -> "f"), from the 1990 US Census (scripts/build_person_names.py)."""
    return _person_names()["first"]


@functools.cache
def common_surnames() -> frozenset[str]:
    """The 5,000 most frequent US surnames, lower-case."""
    return frozenset(_person_names()["surnames"])


def looks_like_a_person(words: list[str]) -> bool:
    """``Lester Holt``, ``Keith Lamont Scott``: a known first name and a common surname, both
    capitalised, as a name the small model may have tagged as an organisation."""
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and words[0].lower() in first_name_genders()
        and words[-1].lower() in common_surnames()
    )


def clean_mention(text: str) -> str:
    """A mention without a leading article, possessive or extra spaces."""
    text = _SPACES.sub(" ", text.strip())
    text = _LEADING_ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text).strip(" ,;:\"'“”‘’")
    # A final period belongs to an abbreviation ("U.S.") but not to a sentence.
    return text if "." in text[:-1] else text.rstrip(".")


def name_tokens(name: str) -> list[str]:
    """The words of a personal name without honorifics."""
    words = [w for w in name.split() if w.lower() not in HONORIFICS]
    return words or name.split()


def person_canonical_names(mentions: Iterable[str]) -> dict[str, str]:
    """Map each person mention to the fullest name in the same document that ends with it.

    "Putin" becomes "Vladimir Putin" when the article names him in full, and so does a
    transcript's capitalised "PUTIN"; a mention that no longer name extends stays as written.
    """
    cleaned = {mention: clean_mention(mention) for mention in mentions}
    # each full name's words and their lowercase forms, longest names first, computed once
    fulls = sorted(((name_tokens(n), n) for n in {name for name in cleaned.values() if name}), key=lambda f: (-len(f[0]), f[1]))
    lowered = [(cwords, [w.lower() for w in cwords]) for cwords, _ in fulls]
    canonical: dict[str, str] = {}
    for mention, name in cleaned.items():
        words = name_tokens(name)
        ending = [w.lower() for w in words]
        best = " ".join(words)
        for cwords, clower in lowered:
            if len(cwords) <= len(words):
                break
            if clower[-len(words) :] == ending:
                best = " ".join(cwords)
                break
        canonical[mention] = best
    return canonical
