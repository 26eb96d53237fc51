"""The event coder's offline lexicon: CAMEO verbs and patterns mapped to PLOVER (data/verbs.json)."""

from __future__ import annotations

import functools
import itertools
import json
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

#: Nouns that name an action ("the sanctions", "a warning of payback"), with the CAMEO code of
#: the act; general vocabulary of diplomatic reporting, not words of any one article.
NOMINAL_TRIGGERS = {
    "sanction": "163", "embargo": "163", "boycott": "163", "expulsion": "166", "threat": "130",
    "warning": "130", "ultimatum": "130", "accusation": "112", "allegation": "112", "criticism": "111",
    "condemnation": "111", "invitation": "040", "greeting": "051", "praise": "051", "attack": "190",
    "airstrike": "195", "bombing": "183", "invasion": "192", "protest": "140", "demonstration": "141",
    "talks": "040", "meeting": "040", "visit": "042", "negotiation": "046", "agreement": "057",
    "ceasefire": "0871", "truce": "0871", "armistice": "0871", "aid": "070", "assistance": "070", "arrest": "173",
    "detention": "173",
    "rejection": "120", "refusal": "120", "demand": "100", "appeal": "020", "apology": "055",
    "deployment": "154", "blockade": "191", "siege": "191", "raid": "190", "offensive": "190", "warfare": "190", "shelling": "194",
    "crackdown": "175", "investigation": "090", "probe": "090", "inquiry": "090", "lawsuit": "115",
    "summit": "040", "cooperation": "060", "donation": "070", "supply": "070", "mobilization": "150",
    "discussion": "040", "consultation": "040", "curfew": "1721", "pact": "057", "treaty": "057", "accord": "057", "deal": "057",
    # phrases: a modifier and the noun, the noun "of" another, the preposition or verb it hangs on
    "air strike": "195", "drone strike": "195", "missile strike": "195", "hunger strike": "142", "general strike": "143",
    "martial law": "1724", "state of emergency": "1724", "state of siege": "1724",
    "cease fire": "0871",  # "cease-fire", which the tokenizer splits
    "on strike": "143", "on alert": "150", "carry strike": "190", "conduct strike": "190",
    "war game": "062", "military exercise": "062", "joint exercise": "062", "naval exercise": "062", "military drill": "062",
}
#: Verbs whose CAMEO block has patterns but no default code.
DEFAULT_VERB_CODES = {"reject": "120", "sanction": "163", "close": "172", "expel": "166", "deport": "174",
                      "invite": "040", "greet": "051", "condemn": "111", "deny": "120", "veto": "120",
                      "refuse": "120"}
#: Verbs coded only through a matching pattern, never by their block's default code: light verbs
#: (too general alone), and verbs of thought, perception, need and leading, which CAMEO's blocks
#: give a default ("think" and "consider" CONSULT, "need" REQUEST, "mean" AGREE, "head" and "lead"
#: COOPERATE: "I think NATO may be obsolete" is no consultation, "a coalition led by Saudi Arabia"
#: no cooperation), and verbs whose subject suffers or strains rather than acts, which CAMEO's fight
#: block gives an attack ("died in custody", "Charlotte struggles to return to normal", "surrounded
#: himself with advisers"), and "contain", which in news mostly means "include" ("the region contains
#: two-thirds of the oil" is no coercion), "pass" and "issue", whose objects are mostly laws and
#: papers ("Congress passed the bill" is no concession, "issued a policy paper" no cooperation), and
#: verbs CAMEO's block gives unspecified cooperation (060) that in news mostly name none ("increased
#: its growth forecast", "Brussels' role in handling threats", "linked the breach to a Russian group").
PATTERN_ONLY_VERBS = frozenset({
    "take", "go", "make", "get", "have", "do", "come", "leave", "put", "set", "keep", "bring", "hold", "turn", "run",
    "show", "see", "look", "find", "give", "move",
    "think", "consider", "believe", "know", "learn", "hear", "feel", "need", "wish", "hope", "mean", "retire", "head",
    "lead", "want", "plan", "expect", "intend", "aim",
    "die", "struggle", "surround", "contain", "pass", "issue", "increase", "handle", "link", "assign", "relate",
})
#: Prepositions that place an act in time by another one ("said after her release").
_TIME_PREPS = frozenset({"after", "before", "since", "until", "during", "following", "amid"})
#: Things a release publishes rather than frees.
_PUBLISHED = frozenset({
    "video", "ad", "advertisement", "footage", "tape", "clip", "audio", "recording", "letter", "report", "poll", "survey",
    "data", "record", "document", "email", "return", "book", "transcript", "list", "image", "photo", "photograph", "plan",
    "proposal", "budget", "statement", "memo", "result", "figure", "detail", "information", "interview", "excerpt",
})
#: PLOVER types whose events are verbal (coded from speech acts) or material, for quad classes.
QUAD_BY_TYPE = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3, "SANCTION": 4, "MOBILIZE": 4,
    "COERCE": 4, "ASSAULT": 4,
}


_PATTERN_WINDOW = 12


TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: Dependencies that open another clause below a verb (a reported or adverbial clause, a
#: relative clause); an infinitive on the verb's object ("an effort to resolve the rift") stays.
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj"})


def _in_phrase(word: Token, verb: Token) -> bool:
    """Whether ``word`` hangs from ``verb`` without crossing into another clause with a verb of
    its own ("found her guilty" is one phrase)."""
    while word.i != verb.i:
        if word.head.i == word.i or (word.dep_ in _CLAUSES and word.pos_ in {"VERB", "AUX"}):
            return False
        word = word.head
    return True


def _in_object_clause(word: Token, verb: Token) -> bool:
    """Whether ``word`` lies in a participle or infinitive clause below the verb's object."""
    while word.i != verb.i and word.head.i != word.i:
        if word.dep_ in {"acl", "relcl"} and word.head.i != verb.i:
            return True
        word = word.head
    return False


def _says_when(word: Token) -> bool:
    """Whether a word belongs to a time phrase ("on Friday", "last week", "after her release"):
    "called X on Friday" is no call on X to act, "said after her release" frees no one."""
    if word.ent_type_ in TIME_ENTITIES or (
        word.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in TIME_ENTITIES for g in word.children)
    ):
        return True
    phrase = (word, *itertools.takewhile(lambda a: a.pos_ not in {"VERB", "AUX"}, word.ancestors))
    return any(a.dep_ == "prep" and a.lower_ in _TIME_PREPS for a in phrase)


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    type: str
    mode: str | None
    goldstein: float | None
    quad: int | None


class VerbLexicon:
    def __init__(self, data: dict) -> None:
        self.verbs: dict[str, str | None] = data["verbs"]
        self.patterns: dict[str, list[list]] = data["patterns"]
        self.codes: dict[str, dict] = data["codes"]
        self.scale = data["goldstein_scale"]

    def cameo(self, code: str | None) -> CameoCode | None:
        """The PLOVER coding of a CAMEO code, or None when PLOVER has no type for it (statements)."""
        if not code:
            return None
        entry = self.codes.get(code) or self.codes.get(code[:3]) or {}
        plover = entry.get("type") or (self.codes.get(code[:3]) or {}).get("type") or (self.codes.get(code[:2]) or {}).get("type")
        if not plover:
            return None
        quad = entry.get("quad") or QUAD_BY_TYPE.get(plover)
        return CameoCode(code=code, type=plover, mode=entry.get("mode"), goldstein=entry.get("goldstein"), quad=quad)

    def code_for(self, token: Token) -> CameoCode | None:
        """The CAMEO code of a trigger word, refined by the verb's patterns over its dependents."""
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and lemma in NOMINAL_TRIGGERS):
            return self.cameo(_nominal_code(token, lemma))
        if token.pos_ != "VERB" or token.lower_ == "according":  # "according to" is a preposition, however tagged
            return None
        default = None if lemma in PATTERN_ONLY_VERBS else (DEFAULT_VERB_CODES.get(lemma) or self.verbs.get(lemma))
        if lemma == "release" and any(c.dep_ == "dobj" and c.lemma_.lower() in _PUBLISHED for c in token.children):
            default = None  # "released a video": published, nobody freed (CAMEO 084)
        patterns = self.patterns.get(lemma)
        if not patterns:
            return self.cameo(default)
        # Patterns name the words of the verb's own phrase after it, not those of a clause it
        # reports or another clause ("said that they attacked a post" is no attack by the speaker).
        following = [
            t for t in token.doc[token.i + 1 : token.i + 1 + _PATTERN_WINDOW] if _in_phrase(t, token) and not _says_when(t)
        ]
        dependents = {t.lemma_.lower() for t in following} | {t.lower_ for t in following}
        # A pattern of one word is a particle or preposition ("fly to", "lead to"): an infinitive's
        # "to" ("flew here to swim", "managed to win") is not it.
        # Nor is a word of a clause on the object ("rejected a bid to issue a statement" is no
        # rejection of a statement).
        particles = [t for t in following if not (t.tag_ == "TO" and t.dep_ == "aux") and not _in_object_clause(t, token)]
        single_words = {t.lemma_.lower() for t in particles} | {t.lower_ for t in particles}
        # The longest pattern wins, and among patterns as long the one whose words end nearest the
        # verb: "rejected the appeal of a man convicted on charges" is a rejection of the appeal.
        reach: dict[str, int] = {}
        for offset, t in enumerate(following):
            for word in (t.lemma_.lower(), t.lower_):
                reach.setdefault(word, offset)
        best: tuple[int, int, str] | None = None
        for words, code in patterns:
            found = dependents if len(words) > 1 else single_words
            if words and all(w in found for w in words):
                rank = (len(words), -max(reach[w] for w in words))
                if best is None or rank > best[:2]:
                    best = (*rank, code)
        return self.cameo(best[2] if best else default)


#: Nouns that name an act only through their modifier ("mediation effort", "aid program").
_GENERIC_ACT_HEADS = frozenset({"effort", "bid", "campaign", "drive", "initiative", "program", "programme", "mission", "operation"})


def _nominal_code(noun: Token, lemma: str) -> str | None:
    """The CAMEO code of an act noun, by its phrase first ("air strikes", "a state of emergency"),
    then by itself ("talks", which spaCy lemmatises to "talk")."""
    phrases = [f"{c.lower_} {lemma}" for c in noun.children if c.dep_ in {"compound", "amod"}]
    if noun.dep_ == "pobj":  # "went on strike", "remained on alert"
        phrases.append(f"{noun.head.lower_} {lemma}")
    elif noun.dep_ == "dobj":  # "carried out strikes" (an attack), not "went on strike"
        phrases.append(f"{noun.head.lemma_.lower()} {lemma}")
    phrases += [
        f"{lemma} of {g.lemma_.lower()}" for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    for key in [*phrases, lemma, noun.lower_, lemma.rstrip("s")]:
        if key in NOMINAL_TRIGGERS:
            return NOMINAL_TRIGGERS[key]
    if lemma in _GENERIC_ACT_HEADS:  # "a mediation effort", "a bombing campaign": the modifier names the act
        return next((code for c in noun.children if c.dep_ == "compound" and (code := _nominal_code(c, c.lemma_.lower()))), None)
    return None


@functools.cache
def verb_lexicon() -> VerbLexicon:
    return VerbLexicon(json.loads(resources.files("dragoman.data").joinpath("verbs.json").read_text(encoding="utf-8")))
