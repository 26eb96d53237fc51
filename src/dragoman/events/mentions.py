"""The actors of a document by token: entity mentions, quote speakers, resolved pronouns."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..extract.speakers import GROUP_PRONOUNS, PERSON_PRONOUNS, SpeakerResolver
from ..model import Actor, Quote

FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
_MEMBERSHIP = frozenset({"including", "among", "like"})
#: Prepositions after which a group's members are named ("unions including the AFL-CIO").
_NAMED_MEMBERS = frozenset({"including", "like"})
_REPORTED_PRONOUNS = frozenset({"it", "they"})
#: Dependents that name the country or body of a noun ("Russian personnel", "UK negotiators").
_MODIFIERS = frozenset({"compound", "poss", "amod", "nmod"})


def identity(actor: Actor | None) -> tuple[str, str | None] | None:
    """What makes two actor mentions the same actor."""
    return None if actor is None else (actor.name, actor.code)


class ActorIndex:
    """Actors of the document by token, with pronouns resolved through the quote speakers."""

    def __init__(self, doc: Doc, actors: Sequence[Actor], quotes: Sequence[Quote], resolver: SpeakerResolver) -> None:
        self.resolver = resolver
        self.by_token: dict[int, Actor] = {}
        for actor in sorted(actors, key=lambda a: a.span[0] - a.span[1]):  # a name inside a phrase keeps its tokens
            span = doc.char_span(*actor.span, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.by_token[token.i] = actor
        self.by_name = {actor.name: actor for actor in actors}
        self.speaker_at: dict[int, Actor] = {}
        self.source_tokens: set[int] = set()
        for quote in quotes:
            speaker = quote.speaker.actor if quote.speaker else None
            source = doc.char_span(*quote.source, alignment_mode="expand") if quote.source else None
            # "The United Kingdom and the European Union have agreed": where other sides are named
            # beside the speaker, each keeps its own actor
            coordinated = speaker is not None and any(t.dep_ == "cc" for t in source or ()) and any(
                identity(self.by_token.get(t.i)) not in {None, identity(speaker)} for t in source or ()
            )
            for token in source or ():
                self.source_tokens.add(token.i)
                if speaker is not None and not coordinated:
                    self.speaker_at[token.i] = speaker
            if speaker is None:
                continue
            for start, end in quote.content:  # "I", "my", "we" in a quote are its speaker
                for token in doc.char_span(start, end, alignment_mode="expand") or ():
                    if token.lower_ in FIRST_PERSON:
                        self.speaker_at[token.i] = speaker

    def at(self, token: Token) -> Actor | None:
        """The actor one token belongs to: a mention, a speaker, a resolved pronoun."""
        actor = self.by_token.get(token.i)
        if actor is not None and actor.country is not None:
            return actor
        # a speaker, a pronoun or a description ("the administration") stands for an actor named elsewhere
        pronoun = token.pos_ == "PRON" and (token.lower_ in PERSON_PRONOUNS or token.lower_ in GROUP_PRONOUNS)
        return (
            self.speaker_at.get(token.i)
            or (self._reporter(token) if pronoun else None)
            or (self._resolved(token) if pronoun or actor is not None else None)
            or actor
        )

    def _reporter(self, pronoun: Token) -> Actor | None:
        """The actor a pronoun stands for as the subject of a clause its own subject reports: "the
        Afghan government said it would free …", "rebels said they will release …", "Trump has
        said that he would not …" (a person of the pronoun's gender, or of none known)."""
        if pronoun.dep_ not in {"nsubj", "nsubjpass"} or pronoun.head.dep_ != "ccomp":
            return None
        if self.resolver.in_quote(pronoun.idx):
            return None  # "“… it will face consequences,” the minister said": the speaker's own words
        reporter = next((c for c in pronoun.head.head.children if c.dep_ == "nsubj"), None)
        if reporter is None or reporter.pos_ == "PRON":
            return None
        if pronoun.lower_ in PERSON_PRONOUNS:
            gender = self.resolver.person_gender(reporter.idx)
            if gender not in {"?", PERSON_PRONOUNS[pronoun.lower_]}:
                return None
        elif pronoun.lower_ not in _REPORTED_PRONOUNS or (reporter.tag_ in {"NNS", "NNPS"}) != (pronoun.lower_ == "they"):
            return None  # "it" for one reporter, "they" for several
        return next(iter(self.of(reporter)), None)

    def _resolved(self, token: Token) -> Actor | None:
        name = self.resolver.resolve((token.idx, token.idx + len(token.text)))
        actor = self.by_name.get(name) if name else None
        return actor if actor is not None and actor.country is not None else None

    def of(self, token: Token | None) -> list[Actor]:
        """The actors an argument names: itself, its modifiers ("Russian personnel"), its conjuncts."""
        if token is None:
            return []
        if token.tag_ in {"WDT", "WP"} and token.head.dep_ == "relcl":
            token = token.head.head  # "Russia, which invaded Ukraine": the noun the clause hangs on
        found: list[Actor] = []
        for head in [token, *itertools.islice(token.conjuncts, 8)]:
            actor = self.at(head)
            uncountried = actor if actor is not None and actor.country is None else None
            if uncountried is not None:
                actor = None  # "expelled diplomats": the phrase around it may name their country
            if actor is None:
                actor = self._modifier(head)
            # "British and EU negotiators", "US and Iraqi forces": each coordinated modifier names a side
            sides = self._coordinated_modifiers(head) if actor is not None else []
            if actor is None:
                # "my season's greetings", "children of US diplomats": the modifiers' own modifiers
                left = [t for t in head.doc[max(head.left_edge.i, head.i - 8) : head.i]]
                of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in itertools.islice(c.subtree, 12)]
                actor = next((found_at for t in [*reversed(left), *of] if (found_at := self.at(t)) is not None), None)
            if actor is None:
                # "a second opposition member, former mayor Vicencio Scarano": the apposition names it;
                # "MOGADISHU, Somalia -- A U.S. military airstrike has killed": so does the phrase
                # the parser hangs beside a dateline
                actor = next((named for c in head.children if c.dep_ == "appos" and (named := self.at(c) or self._modifier(c)) is not None), None)
            if actor is None:
                # "unions including the AFL-CIO": a whole takes its named members' actors
                members = [g for c in head.children if c.dep_ == "prep" and c.lower_ in _NAMED_MEMBERS for g in c.children if g.dep_ == "pobj"]
                named = [a for g in members for t in [g, *itertools.islice(g.conjuncts, 8)] if (a := self.at(t)) is not None]
                actor, sides = (named[0], named[1:]) if named else (None, [])
            if actor is None:
                # "96 Russians, including (expelled) diplomats": a part takes its whole's actor
                member = next((a for a in itertools.islice(head.ancestors, 2) if a.lower_ in _MEMBERSHIP and a.dep_ == "prep"), None)
                actor = next(iter(self.of(member.head)), None) if member is not None and member.head != member else None
            actor = actor or uncountried
            for named in [actor, *sides]:
                if named is not None and all(identity(a) != identity(named) for a in found):
                    found.append(named)
        return found

    def _modifier(self, head: Token) -> Actor | None:
        """The actor a noun's modifier names ("Russian personnel", "a U.S. military airstrike")."""
        return next((self.by_token[c.i] for c in head.children if c.dep_ in _MODIFIERS and c.i in self.by_token), None)

    def _coordinated_modifiers(self, head: Token) -> list[Actor]:
        """The actors of a noun's modifiers when they are coordinated ("UK and EU negotiators")."""
        modifiers = [c for c in head.children if c.dep_ in _MODIFIERS]
        if not any(g.dep_ in {"cc", "conj"} for c in modifiers for g in c.children):
            return []
        words = [t for c in modifiers for t in [c, *itertools.islice(c.conjuncts, 8)]]
        return [actor for t in words if (actor := self.by_token.get(t.i)) is not None]

    def counterpart(self, sentence: SpacySpan, known: Actor, trigger: Token, phrase: Collection[Token] = ()) -> Actor | None:
        """The other side of a one-sided act, when its sentence names one other country only.

        "Zakharova warned of payback after the White House penalized Moscow": the warning's
        target is the White House. Media, speakers of attributions, actors of ``known``'s own
        country and those after the head of a ``phrase`` (the one naming the side acted on:
        "condemning Russia's invasion of Ukraine" names no side Ukraine; "his support of X" may
        name its author) are not candidates; two other countries make it ambiguous (None).
        """
        if known.country is None:
            return None
        inside = {i for head in phrase for i in _post_modifiers(head)}
        others = [
            (abs(i - trigger.i), actor)
            for i in range(sentence.start, sentence.end)
            if (actor := self.by_token.get(i)) is not None
            and i not in self.source_tokens
            and i not in inside
            and actor.country not in {None, known.country}
            and actor.sector != "MED"
        ]
        if len({actor.country for _, actor in others}) != 1:
            return None
        return min(others, key=lambda item: item[0])[1]


def _post_modifiers(head: Token, limit: int = 64) -> set[int]:
    """Tokens of the phrases after a noun ("the U.S. compound in Benghazi", "John McCain, a former
    Vietnam prisoner"), less conjuncts, which a misparse may hang there ("visit to Zimbabwe,
    South African President Cyril Ramaphosa")."""
    found: set[int] = set()
    stack = [c for c in head.children if c.i > head.i]
    while stack and len(found) < limit:
        token = stack.pop()
        if token.dep_ in {"conj", "cc"}:
            continue
        found.add(token.i)
        stack.extend(token.children)
    return found
