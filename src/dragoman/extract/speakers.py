"""Resolve a quote's source mention to its canonical speaker, inside one document.

Rules over the parse, no coreference model: names take the fullest form the article uses;
pronouns take the most salient earlier person (or organisation, for "it" and "they") outside
quotations, agreeing in gender where a title or a first name shows it; descriptions ("the spokeswoman",
"the administration") take the entity they were introduced with.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..model import Entity, Span
from .names import clean_mention, first_name_genders, name_tokens

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = frozenset({"they", "them", "it", "its"})
_GENDER_WORDS = {
    "mr": "m", "mr.": "m", "sir": "m", "spokesman": "m", "chairman": "m", "congressman": "m", "king": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "spokeswoman": "f", "chairwoman": "f",
    "congresswoman": "f", "queen": "f", "madam": "f",
}
#: Entity labels that can speak (the White House is a FAC to spaCy).
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
#: A description's noun and the titles it stands for: "the leader" after "President Putin".
_ROLE_TITLES = {"leader": {"leader", "president", "premier", "chancellor", "prime", "king", "queen", "emir", "ayatollah"}}
#: Descriptions of an organisation that refer like "it": "the company said".
_ORGANISATION_NOUNS = frozenset({"company", "firm", "corporation", "group", "organization", "organisation"})
_TITLE = re.compile(r"^(spokes\w*|minister|president|secretary|ambassador|senator|governor|chancellor|chairman|chairwoman|leader|official|premier)$", re.I)


@dataclass(frozen=True, slots=True)
class _Mention:
    entity: Entity
    gender: str | None
    is_subject: bool
    titles: frozenset[str]


def _normalise_title(word: str) -> str:
    word = word.lower()
    return "spokes" if word.startswith("spokes") else word


class SpeakerResolver:
    """Canonical speakers for the source mentions of one document."""

    def __init__(self, doc: Doc, entities: Sequence[Entity], quoted: Sequence[Span]) -> None:
        self.doc = doc
        self.quoted = sorted(quoted)
        self._quote_starts = [s for s, _e in self.quoted]
        self._sentence_starts = [s.start_char for s in doc.sents]
        self._chunks: list[SpacySpan] | None = None
        self.mentions: list[_Mention] = []
        genders: dict[str, str] = {}
        for entity in entities:
            if entity.label not in SPEAKER_ENTITIES or self.in_quote(entity.span[0]):
                continue
            span = doc.char_span(*entity.span, alignment_mode="expand")
            if span is None:
                continue
            titles = self._titles(span)
            gender = self._gender(span, titles)
            if gender:
                genders[entity.name] = gender
            self.mentions.append(
                _Mention(entity, gender, span.root.dep_ in {"nsubj", "nsubjpass"} or span.root.head.dep_ == "nsubj", titles)
            )
        self.mentions = [
            _Mention(m.entity, m.gender or genders.get(m.entity.name), m.is_subject, m.titles) for m in self.mentions
        ]
        self._mention_starts = [m.entity.span[0] for m in self.mentions]

    def person_gender(self, position: int) -> str | None:
        """The gender of the person named at ``position`` ("m", "f", "?" when unknown), or None
        when no person is named there."""
        i = bisect.bisect_right(self._mention_starts, position) - 1
        mention = self.mentions[i] if i >= 0 else None
        if mention is None or mention.entity.label != "PERSON" or not position < mention.entity.span[1]:
            return None
        return mention.gender or "?"

    def in_quote(self, position: int) -> bool:
        """Whether the character at ``position`` lies between quote marks."""
        i = bisect.bisect_right(self._quote_starts, position) - 1
        return i >= 0 and self.quoted[i][0] <= position < self.quoted[i][1]

    @staticmethod
    def _titles(span: SpacySpan) -> frozenset[str]:
        words = [t for t in span if _TITLE.match(t.text)]
        doc = span.doc
        if span.root.dep_ == "appos" and span.root.head.pos_ == "NOUN":
            # "The spokeswoman for the ministry, Maria Zakharova": the noun she stands beside.
            head = span.root.head
            words += [head, *(t for t in head.children if t.dep_ in {"amod", "compound"})]
        i = span.start - 1
        while i >= 0 and doc[i].pos_ in {"PROPN", "NOUN", "ADJ"} and i >= span.start - 4:
            words.append(doc[i])
            i -= 1
        for token in span.root.children:
            if token.dep_ == "appos":
                words.extend(t for t in itertools.islice(token.subtree, 12) if t.pos_ == "NOUN")
        return frozenset(_normalise_title(t.text) for t in words)

    @staticmethod
    def _gender(span: SpacySpan, titles: frozenset[str]) -> str | None:
        """From a title ("Ms.", "spokesman") or else a first name ("Jane Park")."""
        doc = span.doc
        before = doc[span.start - 1].lower_ if span.start else ""
        for word in [before, *titles]:
            if word in _GENDER_WORDS:
                return _GENDER_WORDS[word]
        words = name_tokens(clean_mention(span.text))
        return first_name_genders().get(words[0].lower()) if len(words) >= 2 else None

    def resolve(self, source: Span) -> str | None:
        """The canonical name behind the mention at ``source``."""
        span = self.doc.char_span(*source, alignment_mode="expand")
        if span is None or not span.text.strip():
            return None
        lo = bisect.bisect_left(self._mention_starts, source[0])
        hi = bisect.bisect_right(self._mention_starts, source[1])
        inside = [m for m in self.mentions[lo:hi] if m.entity.span[1] <= source[1]]
        root = span.root
        if inside and not (root.pos_ == "NOUN" and self._only_modifiers(inside, root)):
            return self._head_entity(span, inside)
        lower = root.lower_
        if lower in PERSON_PRONOUNS and len(span) <= 2:
            return self._antecedent(source[0], {"PERSON"}, PERSON_PRONOUNS[lower])
        if lower in GROUP_PRONOUNS and len(span) <= 2:
            return self._antecedent(source[0], {"ORG", "GPE", "NORP"}, None)
        if root.pos_ == "NOUN":
            modifiers = frozenset(m.entity.name.lower() for m in inside)
            described = self._described(source[0], _normalise_title(root.text), root.lemma_.lower(), modifiers)
            if described:
                return described
            if root.lemma_.lower() in _ORGANISATION_NOUNS:
                return self._antecedent(source[0], {"ORG"}, None) or clean_mention(span.text)
        return clean_mention(span.text) or span.text

    @staticmethod
    def _only_modifiers(inside: list[_Mention], root: Token) -> bool:
        """``The Russian leader``: the entities inside the description modify its noun."""
        return all(m.entity.label in {"NORP", "GPE"} and not m.entity.span[0] <= root.idx < m.entity.span[1] for m in inside)

    def _head_entity(self, span: SpacySpan, inside: list[_Mention]) -> str:
        people = [m for m in inside if m.entity.label == "PERSON"]
        if people:
            return people[-1].entity.name
        root_start = span.root.idx
        for mention in inside:
            if mention.entity.span[0] <= root_start < mention.entity.span[1]:
                return mention.entity.name
        # "Russia's Foreign Ministry": the organisation named after the possessive.
        return clean_mention(span.text)

    def _antecedent(self, position: int, labels: set[str], gender: str | None) -> str | None:
        end = bisect.bisect_right(self._mention_starts, position)
        candidates = [m for m in self.mentions[max(0, end - 60) : end] if m.entity.span[1] <= position and m.entity.label in labels]
        if gender:
            agreeing = [m for m in candidates if m.gender in (None, gender)]
            candidates = agreeing or candidates
        if not candidates:
            return None
        recent = candidates[-6:]
        here = bisect.bisect_right(self._sentence_starts, position)
        window = self._sentence_starts[here - 3] if here >= 3 else 0
        subjects = [m for m in recent if m.is_subject and m.entity.span[0] >= window]
        return (subjects or recent)[-1].entity.name

    def _described(self, position: int, head: str, lemma: str, modifiers: frozenset[str] = frozenset()) -> str | None:
        end = bisect.bisect_right(self._mention_starts, position)
        roles = _ROLE_TITLES.get(head, {head})
        for mention in reversed([m for m in self.mentions[max(0, end - 200) : end] if m.entity.span[1] <= position]):
            if modifiers and not modifiers <= mention.titles:
                continue  # "the Russian leader" is not the German chancellor
            name_words = {_normalise_title(w) for w in mention.entity.name.split()}
            if roles & mention.titles or head in name_words or lemma in {w.lower() for w in name_words}:
                return mention.entity.name
        # "the administration" after "the Obama administration": the fuller noun phrase before.
        if self._chunks is None:
            self._chunks = list(self.doc.noun_chunks)
            self._chunk_starts = [c.start_char for c in self._chunks]
        end = bisect.bisect_right(self._chunk_starts, position)
        for chunk in reversed([c for c in self._chunks[max(0, end - 200) : end] if c.end_char <= position]):
            if self.in_quote(chunk.start_char) or chunk.root.lemma_.lower() != lemma or not modifiers <= {t.lower_ for t in chunk}:
                continue
            if any(t.dep_ in {"compound", "poss", "amod"} and t.pos_ in {"PROPN", "ADJ"} for t in chunk.root.children):
                return clean_mention(chunk.text)
        return None


#: Nouns that name who is cited without a name: "citing officials", "citing a report".
_CITED_NOUNS = frozenset({"source", "official", "report", "statement", "agency", "spokesman", "spokeswoman", "spokesperson", "diplomat", "document"})


def cited_speaker(token: Token) -> Token | None:
    """The speaker that ``citing X`` / ``quoting X`` names; None when X is not a speaker
    ("citing low growth" gives a reason: an attribution of its own, not a relay)."""
    if token.lemma_.lower() not in {"cite", "quote"}:
        return None
    cited = next((c for c in token.children if c.dep_ in {"dobj", "pobj"}), None)
    if cited is None:
        return None
    named = cited.pos_ == "PROPN" or cited.ent_type_ in SPEAKER_ENTITIES or cited.lemma_.lower() in _CITED_NOUNS
    named = named or any(c.ent_type_ in SPEAKER_ENTITIES for c in cited.children if c.dep_ in {"compound", "poss", "amod"})
    return cited if named else None


def relays(cue: Token) -> tuple[Token | None, list[Token]]:
    """``X said, citing Y from a Z report``: the cited speaker Y and the relaying outlets [X, Z]."""
    for child in cue.children:
        if child.dep_ in {"advcl", "xcomp", "conj", "prep", "dobj"}:
            cited = cited_speaker(child)
            if cited is None:
                continue
            outlets = [
                t
                for prep in child.children
                if prep.dep_ == "prep" and prep.lower_ in {"from", "in", "by", "via"}
                for t in itertools.islice(prep.subtree, 20)
                if t.ent_type_ == "ORG" and t.ent_iob_ == "B"
            ]
            return cited, outlets
    return None, []
