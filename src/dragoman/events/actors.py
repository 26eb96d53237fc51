"""Code mentions as CAMEO actors (country + sector) with the compiled Phoenix dictionaries.

Office holders are coded for the publication date ("Putin" is RUSGOV in 2016). A
president-elect, not yet in office, is coded ELI (elite), as the Phoenix dictionaries code
politicians out of office. Capitals and seats of government stand for their governments
(metonymy: Moscow, the Kremlin -> RUSGOV); nationality words give the country only. Noun phrases
headed by a Phoenix agent ("the Korean government", "police in Niger", "rebels") are actors too,
and a person or organisation the dictionaries do not know is an actor with no code.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from dataclasses import dataclass
from importlib import resources

from collections.abc import Sequence

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..extract.names import clean_mention
from ..model import Actor, Entity
from ..nlp.datelines import dateline_at
from ..nlp.doc_text import document_text
from .places import gazetteer

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
#: Sectors of the general public ("people", "women", "voters"): no political actor on their own.
GENERIC_SECTORS = frozenset({"PPL", "CVL"})
#: Agent words that name a role inside an organisation: the organisation decides the sector.
_ROLE_WORDS = frozenset({"spokesperson", "spokesman", "spokeswoman", "official", "officials", "head", "chief"})
#: States that no longer exist, which CountryInfo lacks but the Phoenix actors and old texts use.
HISTORICAL_COUNTRIES = {
    "SUN": {"name": "Soviet Union", "nationality": ["soviet", "soviet union", "ussr", "u.s.s.r."], "capital": []},
    "YUG": {"name": "Yugoslavia", "nationality": ["yugoslav", "yugoslavian", "yugoslavia"], "capital": []},
    "CSK": {"name": "Czechoslovakia", "nationality": ["czechoslovak", "czechoslovakian", "czechoslovakia"], "capital": []},
    "DDR": {"name": "East Germany", "nationality": ["east german", "east germany"], "capital": []},
}
_ELECT = re.compile(r"\b(?:president|prime minister|chancellor|governor)[- ]elect\b", re.I)
#: Wire services and broadcasters the Phoenix lists lack (coded MED, like Reuters there).
MEDIA = {
    "tass": "RUS", "ria novosti": "RUS", "interfax": "RUS", "sputnik": "RUS", "rt": "RUS",
    "xinhua": "CHN", "afp": "FRA", "agence france-presse": "FRA", "associated press": "USA", "ap": "USA",
    "bbc": "GBR", "cnn": "USA", "al jazeera": "QAT", "bloomberg": "USA", "dpa": "DEU", "kyodo": "JPN",
    "yonhap": "KOR", "irna": "IRN", "anadolu": "TUR", "efe": "ESP", "ansa": "ITA", "voice of america": "USA",
}
#: Seats of government used for governments in news prose.
SEATS = {"washington": "USA", "white house": "USA", "kremlin": "RUS", "downing street": "GBR", "elysee": "FRA", "élysée": "FRA",
         "zhongnanhai": "CHN", "blue house": "KOR", "pentagon": "USA", "state department": "USA"}


@dataclass(frozen=True, slots=True)
class Coding:
    name: str
    country: str | None
    sector: str | None
    dictionary_code: str | None = None

    @property
    def code(self) -> str | None:
        if self.dictionary_code and self.sector in {"IGO", "NGO", "MNC"}:
            return self.dictionary_code
        parts = [p for p in (self.country, self.sector) if p]
        return "".join(parts) or None


class ActorDictionary:
    """Phrases, agents and countries from ``data/actors.json``."""

    def __init__(self, data: dict) -> None:
        self.entries = data["entries"]
        self.phrases: dict[str, int] = data["phrases"]
        self.agents: dict[str, str] = data["agents"]
        self.countries: dict[str, dict] = {**HISTORICAL_COUNTRIES, **data["countries"]}
        self.nationality: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        for iso3, country in self.countries.items():
            for word in country["nationality"] + [country["name"].lower()]:
                self.nationality.setdefault(word, iso3)
            for capital in country["capital"]:
                self.capitals.setdefault(capital, iso3)
        for word, iso3 in {"u.s.": "USA", "us": "USA", "u.s": "USA", "america": "USA", "american": "USA",
                           "united states": "USA", "britain": "GBR", "british": "GBR", "uk": "GBR", "u.k.": "GBR"}.items():
            self.nationality.setdefault(word, iso3)
        for word, iso3 in list(self.nationality.items()):  # "Russians", "Israelis": the people
            if word.endswith(("an", "i")):
                self.nationality.setdefault(word + "s", iso3)

    def entry_code(self, index: int, date: str | None) -> str | None:
        """The entry's code in force on ``date`` (dated codes first, then the undated default)."""
        codes = self.entries[index]["codes"]
        if date:
            for code, start, end in codes:
                if (start or end) and (start is None or start <= date) and (end is None or date <= end):
                    return code
        undated = [code for code, start, end in codes if not start and not end]
        if undated:
            return undated[0]
        return codes[-1][0] if codes and not date else None

    def split_code(self, code: str) -> tuple[str | None, str | None]:
        if len(code) >= 3 and code[:3] in self.countries:
            return code[:3], code[3:6] or None
        return None, code[:3] or None

    def adjective(self, iso3: str) -> str:
        """The nationality adjective of a country ("Russian")."""
        words = self.countries[iso3]["nationality"]
        return (words[0] if words else self.countries[iso3]["name"]).title()

    def lookup(self, phrase: str, date: str | None) -> tuple[str, str | None, str | None, str | None] | None:
        """(name, country, sector, dictionary code) of a dictionary phrase, or None."""
        phrase = phrase.lower()
        if phrase in MEDIA:
            return phrase.upper() if len(phrase) <= 4 else phrase.title(), MEDIA[phrase], "MED", None
        if phrase in SEATS:
            return phrase.title(), SEATS[phrase], "GOV", None
        if phrase in self.capitals:
            return phrase.title(), self.capitals[phrase], "GOV", None
        index = next((i for form in _written_forms(phrase) if (i := self.phrases.get(form)) is not None), None)
        if index is None:
            if phrase in self.nationality:
                iso3 = self.nationality[phrase]
                return self.countries[iso3]["name"], iso3, None, None
            return None
        code = self.entry_code(index, date)
        if code is None:
            return None
        country, sector = self.split_code(code)
        return self.entries[index]["name"], country, sector, code

    def agent(self, words: list[str]) -> str | None:
        """The sector named by the longest agent phrase in ``words`` (roles defer to organisations)."""
        best: tuple[int, str] | None = None
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                phrase = " ".join(words[i:j])
                if phrase in _ROLE_WORDS:
                    continue
                sector = self.agents.get(phrase) or self.agents.get(phrase.rstrip("s"))
                if sector and sector not in self.countries and (best is None or j - i > best[0]):
                    best = (j - i, sector)
        return best[1] if best else None


def _written_forms(phrase: str) -> list[str]:
    """A phrase as written, then with or without its article and the dots of an abbreviation:
    the dictionaries list "the EU", texts also write "EU" and "E.U."."""
    bare = phrase.removeprefix("the ")
    undotted = bare.replace(".", "") if re.fullmatch(r"(?:\w\.){2,}", bare) else bare
    return list(dict.fromkeys([phrase, bare, "the " + bare, undotted, "the " + undotted]))


@functools.cache
def actor_dictionary() -> ActorDictionary:
    data = json.loads(resources.files("dragoman.data").joinpath("actors.json").read_text(encoding="utf-8"))
    return ActorDictionary(data)


def _context_words(span: SpacySpan) -> list[str]:
    """Words of the noun phrase around a mention: titles, nationalities, possessors, appositions."""
    doc = span.doc
    words: list[str] = []
    i = span.start - 1
    while (
        i >= 0
        and doc[i].dep_ in {"compound", "amod", "poss", "case", "nmod", "punct"}
        and any(a.i >= span.start for a in itertools.islice(doc[i].ancestors, 6))
        and span.start - i <= 6
    ):
        if not doc[i].is_punct:
            words.insert(0, doc[i].text.lower())
        i -= 1
    for child in span.root.children:
        if child.dep_ in {"appos", "poss", "amod"} and not (span.start <= child.i < span.end):
            # an apposition's own words, not the list it may head ("the OIC, UN, NATO and Iran")
            listed = {t.i for c in child.children if c.dep_ == "conj" for t in c.subtree}
            words += [t.text.lower() for t in itertools.islice(child.subtree, 12) if not t.is_punct and t.i not in listed]
    return words


def code_mention(span: SpacySpan, name: str, date: str | None) -> Coding | None:
    """The actor coding of one mention, using its words and its noun phrase's titles."""
    dictionary = actor_dictionary()
    label = span.label_ or (span.root.ent_type_ if span.root.ent_type_ else "")
    text = clean_mention(span.text).lower()
    context = _context_words(span)
    found = dictionary.lookup(text, date) or (dictionary.lookup(name.lower(), date) if name.lower() != text else None)
    if found is None and label == "PERSON":
        last = text.split()[-1] if text.split() else ""
        known_surname = dictionary.phrases.get(last) is not None and last not in dictionary.nationality
        found = dictionary.lookup(last, date) if last and known_surname else None
        if found is not None and found[2] is None:
            found = None  # a place, not a person: "Benjamin J. Rhodes", "Michael Jordan"
        titled = next((dictionary.nationality[w] for w in context if w in dictionary.nationality), None)
        if found is not None and titled is not None and found[1] != titled:
            found = None  # "Japanese Defence Minister Taro Kono" is not the dictionary's other Kono
    country = sector = dictionary_code = None
    canonical = name
    if found is not None:
        found_name, country, sector, dictionary_code = found
        if label == "PERSON" and len(found_name.split()) > len(name.split()):
            canonical = found_name
    words = text.split()
    if country is None:
        # a surname is no nationality: "Mark Cuban", "Jeremy English"
        for word in context + (words[:-1] if label == "PERSON" else words):
            if word in dictionary.nationality:
                country = dictionary.nationality[word]
                break
        if country is None and len(words) > 1:
            for size in range(len(words) - 1, 0, -1):
                head = " ".join(words[:size])
                if head in dictionary.nationality:
                    country = dictionary.nationality[head]
                    break
    if sector is None and (label != "GPE" or context):
        sector = dictionary.agent(context + (words if label != "PERSON" else []))
    if _ELECT.search(" ".join(context + words).replace(" - ", "-")):
        sector = "ELI"
    if country is None and sector is None:
        # a person or body the dictionaries do not know is still an actor, coded by nothing
        return Coding(canonical, None, None) if label in {"PERSON", "ORG"} else None
    if label == "NORP":
        sector = None
    if label == "ORG" and found is None and country is not None and not any(w in dictionary.nationality for w in words):
        canonical = f"{dictionary.adjective(country)} {canonical}"  # "Russia's Foreign Ministry"
    return Coding(canonical, country, sector, dictionary_code)


def actors(doc: Doc, entities: Sequence[Entity], date: str | None) -> list[Actor]:
    """An Actor for each actor-like entity mention (mentions of one entity share its coding) and
    for each noun phrase headed by an agent word ("the Korean government", "police in Niger")."""
    named = _entity_actors(doc, entities, date)
    found = named + agent_actors(doc, entities, named)
    datelines = dateline_spans(document_text(doc))
    if datelines:  # "BEIJING -- A Chinese court …": the place a story was filed from acts in nothing
        found = [a for a in found if not any(start <= a.span[0] < end for start, end in datelines)]
    return sorted(found, key=lambda a: (a.span[0], -a.span[1]))


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Datelines opening the text's paragraphs ("THE HAGUE, Netherlands --", "KABUL (Pajhwok) :"),
    where the capitalised word is a place the gazetteer knows (not "NATO -" or "TRUMP:")."""
    spans = []
    places, capitals = gazetteer(), actor_dictionary().capitals
    for start in itertools.chain([0], (m.end() for m in re.finditer(r"\n\s*", text))):
        match = dateline_at(text, start)
        if match is None:
            continue
        place = match.group("place").strip(" -").lower()
        if place in places.cities or places.geocode(place) or place in capitals:
            spans.append((start, match.end()))
    return spans


def _entity_actors(doc: Doc, entities: Sequence[Entity], date: str | None) -> list[Actor]:
    spans = {}
    codings: dict[str, Coding] = {}
    for entity in entities:
        if entity.label not in ACTOR_LABELS:
            continue
        span = doc.char_span(*entity.span, label=entity.label, alignment_mode="expand")
        if span is None:
            continue
        spans[entity.span] = (entity, span)
        coding = code_mention(span, entity.name, date)
        known = codings.get(entity.name)
        if coding is not None and (known is None or _richer(coding, known)):
            codings[entity.name] = coding
    result = []
    for entity, span in spans.values():
        coding = codings.get(entity.name)
        if coding is None:
            continue
        result.append(
            Actor(text=entity.text, span=entity.span, name=coding.name, country=coding.country, sector=coding.sector, code=coding.code)
        )
    return result


def _richer(new: Coding, old: Coding) -> bool:
    return (new.country is not None) + (new.sector is not None) > (old.country is not None) + (old.sector is not None)


#: Units, sites and vehicles named after the agent they belong to ("a police convoy", "an army base").
_AGENT_ASSETS = frozenset({
    "convoy", "base", "camp", "post", "checkpoint", "station", "headquarters", "patrol", "outpost", "barracks",
    "vehicle", "helicopter", "jet", "aircraft", "ship", "vessel", "unit", "position",
})
#: Where a noun phrase's head sits when it names a participant (not a modifier of another noun).
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos", "attr", "ROOT"})
#: Prepositions that place an agent in its country ("police in Niger", "the government of Iraq").
_PLACING_PREPS = frozenset({"in", "of", "from"})


def agent_actors(doc: Doc, entities: Sequence[Entity], named: Sequence[Actor]) -> list[Actor]:
    """Actors for noun phrases headed by an agent of the Phoenix dictionary ("government",
    "police", "protesters", "rebels") outside named entities. The country comes from the
    phrase's modifiers ("the Korean government", "Iran's army") or a placing preposition
    ("authorities in the U.S.", "children of US diplomats"); a bare agent ("the government")
    has none here, and the event coder resolves it in context.
    """
    dictionary = actor_dictionary()
    in_entity: set[int] = set()
    for entity in entities:
        span = doc.char_span(*entity.span, alignment_mode="expand")
        in_entity.update(range(span.start, span.end) if span is not None else ())
    country_at: dict[int, str] = {}
    for actor in named:
        span = doc.char_span(*actor.span, alignment_mode="expand")
        for i in range(span.start, span.end) if span is not None and actor.country else ():
            country_at[i] = actor.country  # type: ignore[assignment]
    text = document_text(doc)
    found: list[Actor] = []
    for token in doc:
        if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in _ARGUMENT_DEPS or token.i in in_entity:
            continue
        modifiers = [c for c in token.lefts if c.dep_ in {"compound", "amod", "nmod", "poss"} and c.i >= token.i - 6]
        national = [t for m in modifiers for t in (m, *m.conjuncts)]
        countries = {country_at.get(t.i) or dictionary.nationality.get(t.lower_) for t in national} - {None}
        if len(countries) > 1:
            continue  # "the Russian and American people": two actors, not one
        sector = _head_agent(dictionary, [t for t in modifiers if t.i not in in_entity], token, bool(countries))
        if sector is None and token.lemma_.lower() in _AGENT_ASSETS and modifiers and modifiers[-1].i == token.i - 1:
            # "a police convoy", "an army base": what belongs to an agent stands for it
            owner = modifiers[-1]
            sector = _head_agent(dictionary, [t for t in modifiers[:-1] if t.i not in in_entity], owner, bool(countries))
        if sector is None:
            continue
        country = next(iter(countries), None)
        placed = None if country else _placing_country(token, country_at)
        # a noun modifier brings its own words ("New York judge"), an adjective not its adverbs ("so many")
        first = min([t.left_edge.i if t.dep_ != "amod" else t.i for t in modifiers] + [token.i])
        start, end = doc[first].idx, token.idx + len(token.text)
        mention = clean_mention(text[start:end])
        name = f"{dictionary.adjective(placed)} {mention}" if placed else mention
        coding = Coding(name, country or placed, sector)
        found.append(Actor(text=text[start:end], span=(start, end), name=name, country=coding.country, sector=sector, code=coding.code))
    return found


def _head_agent(dictionary: ActorDictionary, modifiers: list[Token], head: Token, national: bool) -> str | None:
    """The sector of the longest agent phrase that ends with the head noun ("riot police"). A role
    ("official", "spokesman") takes its modifiers' sector ("a rebel official"), or a government's
    when a country names it ("a Russian official")."""
    words = [t.lower_ for t in modifiers]
    if head.lemma_.lower() in _ROLE_WORDS or head.lower_ in _ROLE_WORDS:
        return dictionary.agent(words) or ("GOV" if national else None)
    for i in range(len(words) + 1):
        for last in dict.fromkeys((head.lower_, head.lemma_.lower())):
            sector = dictionary.agents.get(" ".join([*words[i:], last]))
            if sector and sector not in dictionary.countries:
                return sector
    return None


def _placing_country(head: Token, country_at: dict[int, str]) -> str | None:
    """The country of a placing preposition's object: "police in Niger", "children of US diplomats"."""
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in _PLACING_PREPS):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            country = next((country_at[t.i] for t in itertools.islice(obj.subtree, 8) if t.i in country_at), None)
            if country:
                return country
    return None
