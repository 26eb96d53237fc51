"""Speech acts inside attributions: what a speaker's words do to another actor they name.

A quote that names another actor is an act of its speaker towards that actor when its words say
so: a promised response to that actor's moves is a threat (CAMEO 130), wrongdoing the words say
that actor did an accusation (112), strongly negative words criticism (111), strongly positive ones
praise (051). "If Washington takes new hostile steps, it will receive an answer," she said: the
speaker threatens Washington. The trigger is the attribution's cue; the evidence runs from the
quoted sentence to the cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from ..model import Actor, Event, Quote
from ..nlp.doc_text import document_text
from ..nlp.sentences import SentenceIndex
from .actors import GENERIC_SECTORS, actor_dictionary
from .dates import sentence_date
from .lexicon import verb_lexicon
from .mentions import ActorIndex, identity
from .negation import is_negated
from .tone import tone

#: A response promised to someone's moves: "will receive an answer", "we will retaliate".
THREAT = re.compile(
    r"\b(?:will|would|shall|'ll)\b[^.;]{0,60}?\b(?:receive|get|face|meet|see|pay)\b[^.;]{0,30}?"
    r"\b(?:answer|response|retaliation|consequences|reply|rebuff|price)\b"
    r"|\b(?:will|would|shall|'ll)\s+(?:\w+\s+)?(?:retaliate|respond|hit back|strike back|backfire|pay)\b"
    r"|\b(?:retaliation|payback|reprisals?)\b",
    re.IGNORECASE,
)
#: Wrongdoing alleged of someone (the CAMEO 112x subjects: crime, espionage, aggression, abuses);
#: not the end of a compound ("low-lying").
ALLEGATION = re.compile(
    r"(?<!-)\b(?:espionage|spying|spied|intelligence[- ](?:related|gathering|operations?)|interfer(?:ence|ed|ing)|"
    r"meddl(?:ing|ed)|hack(?:ing|ed)|cyber-?attacks?|corrupt(?:ion|ed)|fraud(?:ulent)?|war crimes?|"
    r"atrocit(?:y|ies)|aggression|terroris[mt]s?|abuses|violat(?:ed|ing|ions?)|illegal(?:ly)?|lied|lying)\b",
    re.IGNORECASE,
)
#: Verbs that only report words: their tone is the words', not an act towards whoever they name.
_REPORTING_CUES = frozenset({
    "say", "tell", "add", "write", "note", "state", "explain", "report", "tweet", "post", "recall", "continue", "ask",
    "answer", "reply", "respond", "comment", "remark", "observe", "mention", "point", "acknowledge", "describe", "think",
    "believe", "argue", "contend", "assert", "suggest", "emphasize", "emphasise", "stress", "cite", "predict",
    "maintain",
})
CRITICISM_TONE = -0.35
PRAISE_TONE = 0.6
CRITICISM_CODE, PRAISE_CODE, THREAT_CODE, ALLEGATION_CODE = "111", "051", "130", "112"
#: Links by which an allegation word sits in the phrase or clause that names its doer: "Russian
#: hacking" (amod), "a disgusting fraud" (attr), "used by Russian personnel for intelligence-related
#: purposes" (pobj, prep), "committed war crimes" (dobj).
_ALLEGATION_PATH = frozenset({
    "amod", "compound", "nmod", "npadvmod", "attr", "acomp", "dobj", "pobj", "prep", "conj", "appos", "oprd",
})
#: Who did what a word names: its owner ("Russia's interference", "Russian hacking"), a clause's subject.
_DOERS = frozenset({"poss", "compound", "amod", "nmod", "nsubj", "nsubjpass"})


def _act(words: str, target: Actor, speaker: Actor, cue: str) -> tuple[str, float] | None:
    """The CAMEO code of what ``words`` do to the actor they name, with a confidence.

    Tone alone (criticism, praise) is read where the cue is itself a stance ("expressed", "issued a
    report", "reiterated"), and after a plain verb of saying, a dash credit or a colon label only
    from one country towards another ("Merkel said the Russian government's conduct was
    shameful"): within one country's politics the tone of what someone "said" is as often about a
    third party as about whoever it names ("“… very wrong,” said Blair. “Many schools …”"), and a
    reader's comment credited with a dash judges in passing. It is read only towards people, bodies and
    countries: words about a city or a state ("the flooding in Louisiana") judge events, not an
    actor, and words about the general public ("people who attack my wife") judge no political actor.
    """
    if THREAT.search(words):
        return THREAT_CODE, 0.6
    plain = cue in _REPORTING_CUES or not cue.isalpha()  # a dash credit or a colon label reports too
    if plain and (speaker.country is None or target.country in {None, speaker.country}):
        return None
    if target.sector in GENERIC_SECTORS or (target.sector is None and target.name.lower() not in actor_dictionary().nationality):
        return None
    return judgment(words)


def _accused(doc: Doc, start: int, end: int, index: ActorIndex) -> list[Actor]:
    """The actors that the words between ``start`` and ``end`` say did wrong: the owner of an
    allegation word ("Russia's interference", "interference by Russia") or the doer of the clause it
    is in ("Clinton is lying", "used by Russian personnel for intelligence-related purposes"). Those
    the wrong was done to ("hacking into a political party") and bystanders are not accused."""
    found: list[Actor] = []
    for match in ALLEGATION.finditer(document_text(doc), start, end):
        words = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if words is None:
            continue
        path = set(words)
        node = words.root
        while True:
            doers = [c for c in node.children if c.dep_ in _DOERS and c not in path]
            doers += [o for c in node.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in {"by", "from"})
                      for o in c.children if o.dep_ == "pobj"]
            found += [a for doer in doers for a in index.of(doer)]
            clause = node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"amod", "compound"}  # not "intelligence-related"
            if clause or node.dep_ not in _ALLEGATION_PATH or node.head is node:
                break
            path.add(node)
            node = node.head
    return found


def judgment(words: str) -> tuple[str, float] | None:
    """Criticism (CAMEO 111) or praise (051) by the tone of ``words``, with a confidence; None
    when the words are about neutral."""
    score = tone(words)
    if score <= CRITICISM_TONE:
        return CRITICISM_CODE, 0.5 + min(-score, 1.0) / 4
    if score >= PRAISE_TONE:
        return PRAISE_CODE, 0.5 + min(score, 1.0) / 4
    return None


def _target(candidates: Sequence[Actor], speaker: Actor) -> Actor | None:
    """The actor a quote addresses: another country's first, else the first other actor. The
    speaker under another name ("Clinton", "Hillary Clinton") or its own body (the president and
    "the White House", both USAGOV) is not another actor."""
    others = [a for a in candidates if a.sector != "MED" and not _same_side(a, speaker)]
    foreign = [a for a in others if a.country is not None and a.country != speaker.country]
    return (foreign or others or [None])[0]


def _same_side(actor: Actor, speaker: Actor) -> bool:
    """Whether an actor is the speaker: the same mention, the same code, or one name inside the other."""
    if identity(actor) == identity(speaker) or (actor.code is not None and actor.code == speaker.code):
        return True
    names = set(actor.name.lower().split()), set(speaker.name.lower().split())
    return names[0] <= names[1] or names[1] <= names[0]


def speech_acts(
    doc: Doc, quotes: Sequence[Quote], index: ActorIndex, sentences: SentenceIndex, published: str | None
) -> Iterator[Event]:
    """Acts of each attributed speaker towards the actors their words name."""
    text = document_text(doc)
    lexicon = verb_lexicon()
    for quote in quotes:
        speaker = quote.speaker.actor if quote.speaker else None
        if speaker is None or quote.cue is None or speaker.sector == "MED":
            continue
        cue = doc.char_span(*quote.cue, alignment_mode="expand")
        if cue is None or cue[0].lower_ == "according" or is_negated(cue.root):
            continue  # "according to X" credits facts to X, not an act; "neither X nor Y condemned"
        cue_sentence = sentences.of(cue[0])
        seen: set[tuple] = set()
        for start, end in quote.content:
            fragment = doc.char_span(start, end, alignment_mode="expand")
            for sentence in dict.fromkeys(sentences.of(t) for t in fragment or ()):
                lo, hi = max(start, sentence.start_char), min(end, sentence.end_char)
                named = [a for t in doc.char_span(lo, hi, alignment_mode="expand") or () if (a := index.at(t)) is not None]
                target = _target(named, speaker)
                act = _act(text[lo:hi], target, speaker, cue.root.lemma_.lower()) if target is not None else None
                if act is None or act[0] != THREAT_CODE:
                    wrongdoer = _target(_accused(doc, lo, hi, index), speaker)
                    if wrongdoer is not None:
                        target, act = wrongdoer, (ALLEGATION_CODE, 0.6)
                addressed = (act[0], target.country or identity(target)) if act is not None and target is not None else None
                if addressed is None or addressed in seen:
                    continue  # one act of a kind per quote and addressee ("Washington", "the United States")
                seen.add(addressed)
                code = lexicon.cameo(act[0])
                yield Event(
                    type=code.type,
                    mode=code.mode,
                    cameo=code.code,
                    goldstein=code.goldstein,
                    quad=code.quad,
                    source=speaker,
                    target=target,
                    trigger=quote.cue,
                    evidence=(min(sentence.start_char, cue_sentence.start_char), max(sentence.end_char, cue_sentence.end_char)),
                    date=sentence_date(cue_sentence, published) or sentence_date(sentence, published),
                    confidence=round(act[1], 3),
                )
