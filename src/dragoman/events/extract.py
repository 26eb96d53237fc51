"""Who did what to whom: events from verbs and nominalisations, typed by the CAMEO lexicon and
the PLOVER classifier, with actors, date, place and evidence spans."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Span as SpacySpan, Token

from ..errors import ModelError
from ..extract.quote_marks import document_passages
from ..extract.speakers import SpeakerResolver
from ..model import Actor, Entity, Event, Place, Quote, Span
from .classifier import event_classifier
from .actors import GENERIC_SECTORS
from .dates import sentence_date
from .mentions import ActorIndex, identity
from .speech_acts import CRITICISM_CODE, judgment, speech_acts
from .lexicon import QUAD_BY_TYPE, TIME_ENTITIES, CameoCode, VerbLexicon, verb_lexicon
from .negation import denies
from .places import gazetteer
from .plv import YIELD_TYPES
from ..nlp.doc_text import document_text
from ..nlp.sentences import SentenceIndex, sentence_index

_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must"})
#: Modals that announce a verbal act rather than suppose it ("will invite", "would be inviting").
_ANNOUNCING_MODALS = frozenset({"will", "'ll", "would"})
_AUXILIARY_MODALS = _MODALS | _ANNOUNCING_MODALS
#: Subordinators that make a clause a condition ("if Washington imposes sanctions").
_CONDITIONS = frozenset({"if", "unless", "whether"})
#: Verbs whose gerund is an act not done ("avoided condemning", "refrained from attacking").
_AVOIDING = frozenset({"avoid", "refrain", "decline", "resist", "stop"})
_PLANNING = frozenset({"plan", "intend", "hope", "want", "consider", "propose", "seek", "aim", "prepare", "expect"})
#: Verbs that carry a nominal act ("offer greetings", "issue a warning"): the noun is the event.
_SUPPORT_VERBS = frozenset({
    "offer", "express", "extend", "send", "convey", "voice", "issue", "announce", "impose", "deliver", "make", "hold",
    "launch", "conduct", "carry", "stage", "mount", "wage", "order", "step", "lead", "head", "open", "file", "lodge",
    "level", "intensify", "escalate", "resume", "begin", "start", "sign", "reach", "conclude", "perform",
})
#: Agreements are acts only when made ("signed a pact", "reached an agreement"), not when named.
_AGREEMENTS = frozenset({"agreement", "pact", "treaty", "accord", "deal"})
#: Verbal acts (quad classes 1 and 3): an announced intention ("would be inviting") is the act itself.
_VERBAL_QUADS = frozenset({1, 3})
_TARGET_PREPS = frozenset({"against", "on", "to", "with", "at", "toward", "towards", "for", "of", "into"})
#: Documents whose words act for their author ("a statement condemning X").
_DOCUMENTS = frozenset({
    "statement", "report", "resolution", "lawsuit", "suit", "letter", "complaint", "petition", "motion", "communique",
    "declaration", "appeal", "message",
})
#: Prepositions naming who made the thing a verb's object names ("a proposal by X", "a request from X").
_AUTHOR_PREPS = frozenset({"by", "from"})
#: Nouns of prepositional phrases that say when or for whom ("on the eve of", "on behalf of").
_CIRCUMSTANCES = frozenset({
    "eve", "day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "anniversary",
    "occasion", "sidelines", "margins", "behalf",
})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across"})
#: Acts that actors named together do with each other when no one else is named ("India and
#: Pakistan agreed to a ceasefire").
_RECIPROCAL_VERBS = frozenset({
    "agree", "meet", "sign", "negotiate", "talk", "discuss", "cooperate", "collaborate", "reconcile", "consult", "confer",
    "exchange",
})
#: What parties reach together ("failed to reach a deal").
_SETTLEMENTS = frozenset({"agreement", "deal", "settlement", "compromise", "consensus", "accord", "truce", "ceasefire"})
#: Verbs that undo the act their object names ("lifted sanctions", "eased its embargo").
_UNDOING_VERBS = frozenset({
    "lift", "end", "ease", "suspend", "cancel", "drop", "remove", "halt", "relax", "scrap", "revoke", "rescind",
    "loosen", "waive", "withdraw", "reduce", "cut", "slash", "freeze", "curtail",
})
#: Possessives by which a subject owns its people ("withdraw its troops").
_OWN_POSSESSIVES = frozenset({"its", "their", "our"})
#: Verbs of asserting: with a clause after them, or set into one, they report it ("argued that the
#: EPA overstepped", "there are other tools, Castaneda argues"); what the words do is a speech act's.
_ASSERTING = frozenset({
    "argue", "contend", "assert", "suggest", "emphasize", "emphasise", "stress", "cite", "note", "predict",
    "maintain",
})
#: Verbs that give someone a name ("called him a liar"): a judgment, not the verb's own act.
_NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term"})
#: Verbs of agreement that commit their subject to the act of their infinitive ("agreed to lift the ban").
_COMMITTING = frozenset({"agree", "consent"})
#: Verbs that give in to a demand they take as object ("accepted the demands by X").
_ACCEPTING = frozenset({"accept", "meet", "heed", "grant", "fulfil", "fulfill", "satisfy"})
#: Verbs by which the subject is the one acted on by the act its object names ("received an
#: invitation from X", "faces criticism from X").
_RECEIVING = frozenset({"receive", "get", "accept", "face", "draw"})
#: Verbs of intent whose act lies in their infinitive ("agreed to provide Sri Lanka with …").
_INTENT_VERBS = frozenset({"agree", "pledge", "promise", "vow", "offer", "commit", "threaten", "decide", "refuse", "fail"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_WINDOW_CHARS = 250
_ALLEGING = frozenset({"alleged", "suspected", "purported", "supposed"})
ALLEGATION_CODE = "112"
#: Material cooperation an actor commits to is a promise (CAMEO 030, intent to cooperate: AGREE).
PROMISE_CODE = "030"
#: Undoing a conflictual act: easing sanctions (CAMEO 085, RETREAT/ease) or another measure (080).
EASED_SANCTIONS_CODE, CONCESSION_CODE = "085", "080"
#: Giving something back to someone (CAMEO 0842, return property): "returned the artifacts to Peru".
RETURN_CODE = "0842"
#: Setting people free (CAMEO 0841, release persons): "let free", "set free".
RELEASE_CODE = "0841"
_SETTING_FREE = frozenset({"let", "set"})
#: Verbs that free people, whatever code the lexicon gives them ("freed" is CAMEO 080, "released" 084).
_RELEASE_VERBS = frozenset({"free", "release"})
#: Undoing cooperation (CAMEO 16, reduce relations): aid (162), talks (164), anything else (160).
REDUCED_RELATIONS_CODES = {"AID": "162", "CONSULT": "164", None: "160"}
#: Cooperation an actor says it will not give is a rejection (CAMEO 120: REJECT).
REFUSAL_CODE = "120"
#: Verbs that report an announcement, whose "would" is a reported "will".
_REPORTING_VERBS = frozenset({"say", "announce", "tell", "state", "declare", "confirm", "pledge", "promise", "vow", "add"})
#: What a reported clause's subject "must" or "should" do is demanded of it (CAMEO 100).
_OBLIGATION = frozenset({"must", "should"})
DEMAND_CODE = "100"
#: Words whose infinitive states the subject's commitment ("is willing to provide").
_COMMITTED = frozenset({"willing", "ready"})
MAX_CLASSIFIED = 400
#: When the classifier is this sure of another type, it overrides a verb's lexicon code (nouns
#: such as "sanctions" name their act outright and keep it).
OVERRIDE_PROBABILITY = 0.85
#: An actor taken from the sentence rather than the trigger's own arguments is less certain.
IMPLIED_DISCOUNT = 0.8
#: So is an event with one side unknown: most false events on news outside diplomacy are one-sided.
ONE_SIDED_DISCOUNT = 0.8
#: The quad class of force ("captured", "attacks"), which may be used on a place.
MATERIAL_CONFLICT = 4
#: Quad classes of cooperation: an act of cooperation needs both parties named. One-sided ones
#: are mostly ordinary verbs ("served as director", "voted 19-15", "leads Trump by 2 points").
COOPERATIVE_QUADS = frozenset({1, 2})
#: Verbs of force that people and bodies without arms use with words: "Trump attacked Clinton for her
#: support of the war" is criticism (CAMEO 111).
_VERBAL_ATTACKS = frozenset({"attack", "hit", "slam", "blast", "assail", "bash", "target"})
#: Sectors that bear no arms: elites, parties, media, legislators, courts, schools, business, labour, NGOs.
_UNARMED_SECTORS = frozenset({"ELI", "PTY", "MED", "LEG", "JUD", "EDU", "BUS", "LAB", "NGO", "HLH"})


@dataclass(slots=True)
class _Candidate:
    trigger: Token
    code: CameoCode
    source: Actor | None
    target: Actor | None
    places: list[Place]
    implied: bool = False  # one side taken from the sentence, not from the trigger's arguments

    @property
    def one_sided(self) -> bool:
        return self.source is None or self.target is None

    @property
    def uncoded(self) -> bool:
        """Cooperation with one side unknown, which the lexicon names: not coded, whatever the
        classifier would say, so it is not classified."""
        return self.one_sided and self.code.quad in COOPERATIVE_QUADS


def _is_hypothetical(token: Token, verbal: bool) -> bool:
    """Negated, conditional, modal or merely planned actions are not coded as having happened."""
    if any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children):  # "went on to add"
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):  # "a step to undermine"
        return True
    if token.dep_ in {"xcomp", "pcomp"} and _governing_verb(token).lemma_.lower() in _AVOIDING:
        return True  # "refrained from criticizing China", "stopped short of condemning"
    chain = [token]
    while chain[-1].pos_ not in {"VERB", "AUX"} and chain[-1].head != chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)  # a nominal act takes the conditions of its governing verb
    verb = chain[-1]
    if len(chain) > 1 and verb.lemma_.lower() in _SUPPORT_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "refused to send aid": the aid is not sent ("to tear apart the investigation" has one)
    for node in [*chain, *itertools.islice(chain[-1].ancestors, 2)]:
        for child in node.children:
            if denies(child):
                return True
            announced = verbal and node in chain and child.lower_ in _ANNOUNCING_MODALS  # "would be inviting"
            if child.dep_ == "aux" and child.lower_ in _AUXILIARY_MODALS and not announced:
                return True
            if child.dep_ == "mark" and child.lower_ in _CONDITIONS:
                return True
        if node != token and node.lemma_.lower() in _PLANNING and token.dep_ == "xcomp":
            return True
        if node in chain[:-1]:
            continue
        if node.dep_ not in {"xcomp", "conj", "ccomp", "advcl"}:
            break
    return False


def _carrier(token: Token) -> Token:
    """The verb that carries an act noun as its object ("signed a pact", "will not send aid"), or
    the word itself."""
    return token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" else token


def _governing_verb(token: Token) -> Token:
    """The word a clause hangs on, past its preposition ("refrained from criticizing": "refrained")."""
    head = token.head
    while head.pos_ in {"ADP", "ADV", "ADJ"} and head.head.i != head.i:
        head = head.head
    return head


def _promised_by_actor(token: Token, index: ActorIndex) -> bool:
    """Whether a political actor, as the clause's own subject, commits to the act: "Israel will
    withdraw", "Germany is willing to provide" (no negation, condition or "would")."""
    auxiliaries = _auxiliaries(token)
    if auxiliaries & {"will", "'ll"} and not auxiliaries & _MODALS:
        clause = token
    elif "to" in auxiliaries and token.dep_ == "xcomp" and token.head.lemma_.lower() in _COMMITTED:
        clause = token.head.head if token.head.dep_ == "acomp" else token.head
    else:
        return False
    return _actor_is_subject(clause, index) and not _is_hypothetical(clause, verbal=True)


def _auxiliaries(token: Token) -> set[str]:
    """A verb's auxiliaries, with a reported "would" read as the "will" it reports ("said it would
    free …")."""
    auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if "would" in auxiliaries and token.dep_ == "ccomp" and token.head.lemma_.lower() in _REPORTING_VERBS:
        auxiliaries = (auxiliaries - {"would"}) | {"will"}
    return auxiliaries


def _returned_to(token: Token, lemma: str) -> list[Token]:
    """Whom a verb gives its object back to: "returned X to Y", "handed back X to Y", "X was
    returned by Y to Z" (none for other verbs)."""
    back = lemma == "return" or (lemma in {"hand", "give"} and any(c.dep_ == "prt" and c.lower_ == "back" for c in token.children))
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not (back and things):
        return []
    return [
        g
        for head in (token, *things)
        for prep in head.children
        if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to"
        for g in prep.children
        if g.dep_ == "pobj"
    ]


def _demanded(token: Token) -> bool:
    """Whether a reported clause says what its subject must do: a demand by the reporting
    subject of the clause's subject ("Eritrea's ambassador said that Qatar must mediate")."""
    return (
        token.dep_ == "ccomp"
        and token.head.lemma_.lower() in _REPORTING_VERBS
        and any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in token.children)
        and any(c.dep_ == "nsubj" for c in token.children)
        and any(c.dep_ == "nsubj" for c in token.head.children)
    )


def _actor_is_subject(clause: Token, index: ActorIndex) -> bool:
    """Whether the clause has a subject and every subject is a coded actor."""
    subjects = [index.at(c) for c in clause.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s is not None and s.code for s in subjects)


def _easing(token: Token, lexicon: VerbLexicon, code_of: Callable[[Token], CameoCode | None]) -> CameoCode | None:
    """What a verb that undoes the act its object names does. Undoing a conflictual act is a
    concession: easing sanctions, an embargo or a boycott (CAMEO 085), or any other measure (080).
    Undoing cooperation reduces relations: suspending aid (162), breaking off talks (164), ending
    other cooperation (160)."""
    undone = next((code for c in token.children if c.dep_ == "dobj" and (code := code_of(c)) is not None), None)
    if undone is None:
        return None
    if undone.quad in {3, 4}:
        return lexicon.cameo(EASED_SANCTIONS_CODE if undone.type == "SANCTION" else CONCESSION_CODE)
    return lexicon.cameo(REDUCED_RELATIONS_CODES.get(undone.type, REDUCED_RELATIONS_CODES[None]))


def _naming(token: Token, lexicon: VerbLexicon) -> CameoCode | None:
    """What calling someone something does: criticism or praise by the tone of the name given, or
    nothing when the name is neutral ("called it a transition")."""
    judged = judgment(" ".join(t.text for c in token.children if c.dep_ == "oprd" for t in c.subtree))
    return lexicon.cameo(judged[0]) if judged else None


def _refused_by_actor(token: Token, index: ActorIndex, verbal: bool) -> bool:
    """Whether a political actor, as the clause's own subject, says no to an act of cooperation:
    "Moscow won't release them", and for verbal cooperation only in the future, "Slovakia will not
    accept refugees", "the Taliban said it would not begin talks" ("don't think" is no refusal)."""
    clause = _carrier(token)  # "will not send aid"
    if not any(denies(c) for c in clause.children):  # also "neither X nor Y will support"
        return False
    if verbal and not _auxiliaries(clause) & {"will", "'ll"}:
        return False
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for node in (clause, clause.head) for c in node.children):
        return False
    return _actor_is_subject(clause, index)


def _arguments(token: Token) -> tuple[list[Token], list[Token]]:
    """Source and target argument heads of a trigger."""
    sources: list[Token] = []
    targets: list[Token] = []
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
    for child in token.children:
        if child.dep_ == "nsubj":
            sources.append(child)
        elif child.dep_ == "nsubjpass":
            targets.append(child)
        elif child.dep_ == "agent":
            sources += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in {"dobj", "dative", "attr"}:
            # a dative may be the preposition itself: "granted a pardon to X"
            targets += [g for g in child.children if g.dep_ == "pobj"] if child.pos_ == "ADP" else [child]
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            targets += [g for g in child.children if g.dep_ == "pobj" and not _circumstance(g)]
    if token.pos_ == "NOUN":
        sources += [c for c in token.children if c.dep_ in {"compound", "poss", "amod"}]
        if token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.pos_ in {"VERB", "AUX"}:
            sources += [c for c in token.head.head.children if c.dep_ == "nsubj"]  # "workers went on strike"
        # "demands by protesters", "an invitation from Putin": the act's author
        sources += _prep_objects(token, _AUTHOR_PREPS)
        verb = token.head
        if token.dep_ == "dobj" and verb.lemma_.lower() in _SUPPORT_VERBS:
            sources += [c for c in verb.children if c.dep_ == "nsubj"]
            targets += _prep_objects(verb, _TARGET_PREPS, deps={"prep", "dative"})
        elif token.dep_ == "dobj" and verb.lemma_.lower() in _RECEIVING:
            # "Bashir received an invitation from Putin": Putin invites Bashir
            sources += _prep_objects(verb, {"from"})
            targets += [c for c in verb.children if c.dep_ == "nsubj"]
        elif token.dep_ == "nsubjpass" and verb.lemma_.lower() in _SUPPORT_VERBS:
            # "the war game was staged by US marines"
            sources += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if token.dep_ == "amod" and token.pos_ == "VERB":  # "expelled diplomats"
        targets.append(token.head)
    if not targets:  # "regretted that the administration…": the reported clause's subject
        for clause in (c for c in token.children if c.dep_ == "ccomp"):
            targets += [g for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"}]
    if not sources and token.dep_ == "acl" and token.head.lemma_.lower() in _DOCUMENTS:
        # "passed a resolution criticizing X", "a report by Amnesty accusing X": the document's author
        document = token.head
        sources += _prep_objects(document, _AUTHOR_PREPS)
        if not sources and document.dep_ == "dobj":
            sources += [c for c in document.head.children if c.dep_ == "nsubj"]
    if not sources and token.dep_ == "ccomp" and token.head.lemma_.lower() in _SETTING_FREE:
        sources += [c for c in token.head.children if c.dep_ == "nsubj"]  # "Ethiopia let free 74 leaders"
    if not sources and token.dep_ in {"xcomp", "advcl", "conj", "pcomp", "relcl"} and not passive:
        climb = token.head
        if climb.dep_ == "acomp":  # "Germany is willing to provide …"
            climb = climb.head
        if token.dep_ == "relcl":
            sources.append(climb)
        else:
            sources += [c for c in climb.children if c.dep_ == "nsubj"]
    return sources, targets


def _prep_objects(head: Token, preps: Collection[str], deps: Collection[str] = ("prep",)) -> list[Token]:
    """The objects of a word's prepositions among ``preps``: "aid to X", "demands by X" give X."""
    return [g for c in head.children if c.dep_ in deps and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def _circumstance(noun: Token) -> bool:
    """Whether a prepositional object says when or on whose behalf, not to whom: "on the eve of a
    visit by X", "on Wednesday", "on the sidelines of", "on behalf of X"."""
    return noun.ent_type_ in TIME_ENTITIES or noun.lemma_.lower() in _CIRCUMSTANCES


def _indirect_targets(token: Token) -> list[Token]:
    """Targets a verb names through its object or its infinitive: "launched an investigation
    into X", "provided aid to X", "rejected a motion by X", "called for sanctions against X",
    "a mediation effort between X and Y", "agreed to provide X with …"."""
    # "called for sanctions against X", "conceded to demands from X"
    objects = [c for c in token.children if c.dep_ == "dobj"] + _prep_objects(token, _TARGET_PREPS)
    # "a motion by X"; "every offer made by X"; "sanctions imposed on X"
    preps = [c for obj in objects for c in obj.children if c.dep_ == "prep"] + [
        c
        for obj in objects
        if obj.dep_ == "dobj"
        for made in obj.children
        if made.dep_ == "acl"
        for c in made.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in {"on", "against"})
    ]
    found = [
        g
        for prep in preps
        if prep.lower_ in _TARGET_PREPS or prep.lower_ in _AUTHOR_PREPS or prep.lower_ == "between"
        for g in prep.children
        if g.dep_ == "pobj"
    ]
    if token.lemma_.lower() in _UNDOING_VERBS:  # "withdraw (some of) its troops from X"
        found += _prep_objects(token, {"from"})
    if not found and token.lemma_.lower() in _INTENT_VERBS:
        for clause in (c for c in token.children if c.dep_ == "xcomp"):
            found += _arguments(clause)[1] + _indirect_targets(clause)  # "threatened to halt talks with X"
    return found


def _reciprocal(verb: Token) -> bool:
    """Whether a verb's subjects act with each other: "agreed", "met", "failed to reach a deal",
    "decided to negotiate"."""
    lemma = verb.lemma_.lower()
    if lemma in _RECIPROCAL_VERBS:
        return True
    if lemma == "reach" and any(c.dep_ == "dobj" and c.lemma_.lower() in _SETTLEMENTS for c in verb.children):
        return True
    return any(c.dep_ == "xcomp" and _reciprocal(c) for c in verb.children)


def _unnamed(actor: Actor) -> bool:
    """Whether an actor is only a kind of people ("prisoners", "troops"), of no country or body."""
    return actor.country is None and (actor.code is None or actor.code == actor.sector)


def _own_forces(head: Token, actor: Actor) -> bool:
    """Whether an object is the subject's own people ("withdraw its troops", "their diplomats",
    "some of its troops"): a countryless agent its pronoun owns is no target."""
    if actor.country is not None:
        return False
    return any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for owner in (head, *_prep_objects(head, {"of"})) for c in owner.children)


def _place_actors(token: Token, index: ActorIndex) -> list[Actor]:
    """The countries a verb's "in" phrases name ("arrested on Monday in Niger", "released from
    captivity in Libya")."""
    return [
        actor
        for head in (token, *_prep_objects(token, {"from"}))
        for g in _prep_objects(head, {"in"})
        if (actor := index.at(g)) is not None and actor.country is not None
    ]


def _places(doc: Doc, token: Token, targets: list[Token], entity_at: dict[int, SpacySpan]) -> list[Place]:
    heads = [token, *targets]
    found: list[SpacySpan] = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    for item in [pobj, *itertools.islice(pobj.conjuncts, 8)]:
                        if item.ent_type_ in _PLACE_LABELS:
                            ent = entity_at.get(item.i)
                            if ent is not None and ent not in found:
                                found.append(ent)
    if not found:
        return []
    geo = gazetteer()
    states = any(e.text.lower() in geo.states for e in found)
    places = [geo.geocode(e.text, prefer_state=states and len(found) > 1) for e in found]
    return [p for p in places if p is not None]


def _alleging_act(token: Token) -> Token | None:
    """The act that alleges ``token``: "penalized Moscow for alleged interference" -> "penalized".

    Whoever acts against someone *for* an alleged or suspected deed accuses them of it (CAMEO
    112); the accusation takes the acting verb's source and target.
    """
    if token.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ in _ALLEGING for c in token.children):
        return None
    prep = token.head if token.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in {"for", "over"} or prep.head.pos_ != "VERB":
        return None
    return prep.head


def _act(
    token: Token, index: ActorIndex, lexicon: VerbLexicon, code_of: Callable[[Token], CameoCode | None]
) -> tuple[CameoCode, Token | None, bool] | None:
    """The act a word names, if any: its CAMEO coding, the verb that acts on an alleged deed (whose
    actors the accusation takes), and whether the word is a demand reported of another. None for
    words that name no act, or none that happened."""
    lemma = token.lemma_.lower()
    if lemma in _SUPPORT_VERBS and any(c.dep_ == "dobj" and code_of(c) is not None for c in token.children):
        return None  # "offered greetings": the noun is the act
    if lemma in _ASSERTING and (token.dep_ == "parataxis" or any(c.dep_ in {"ccomp", "parataxis"} for c in token.children)):
        return None  # "argued that the EPA overstepped": a report, not an act
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in _UNDOING_VERBS:
        return None  # "lifted sanctions": the verb codes the reversal, the noun is no new act
    if lemma in _AGREEMENTS and not (token.dep_ == "dobj" and token.head.lemma_.lower() in _SUPPORT_VERBS):
        return None  # "the NATO treaty", "the Paris accord" name a text; "signed a pact" is the act
    alleged = _alleging_act(token)
    code = lexicon.cameo(ALLEGATION_CODE) if alleged is not None else code_of(token)
    if token.pos_ == "VERB" and lemma in _UNDOING_VERBS:
        # "lifted its economic embargo": a concession (the verb's own pattern first, "lifted the
        # blockade"); "suspended aid": reduced relations, whatever the verb's own code says.
        eased = _easing(token, lexicon, code_of)
        if eased is not None and (code is None or eased.type == "SANCTION"):
            code = eased
    if code is not None and lemma in _NAMING_VERBS and any(c.dep_ == "oprd" for c in token.children):
        code = _naming(token, lexicon)  # "called the ambassador a very stupid guy": no phone call
    if lemma in _ACCEPTING and any(c.dep_ == "dobj" and (done := code_of(c)) is not None and done.type == "REQUEST" for c in token.children):
        code = lexicon.cameo(CONCESSION_CODE)  # "accepted the demands by protesters": a concession to them
    if code is not None and code.type == "SUPPORT" and lemma in _COMMITTING and any(c.dep_ == "xcomp" for c in token.children):
        code = lexicon.cameo(PROMISE_CODE)  # "agreed to lend $1 billion": a commitment to act, not approval
    if code is None and _returned_to(token, lemma):
        code = lexicon.cameo(RETURN_CODE)  # "ICE returned the artifacts to Peru"
    if code is None and lemma in _SETTING_FREE and any(
        t.lower_ == "free" and t.dep_ in {"amod", "acomp", "oprd", "advmod"} for c in token.children for t in (c, *c.children)
    ):
        code = lexicon.cameo(RELEASE_CODE)  # "Israel set free 20 prisoners"
    demand = _demanded(token)
    if demand:
        code = lexicon.cameo(DEMAND_CODE)  # "the U.S. has said that North Korea must first disarm"
    if code is None:
        return None
    if not demand and _is_hypothetical(token, code.quad in _VERBAL_QUADS):
        if code.quad in {1, 2} and _refused_by_actor(token, index, verbal=code.quad == 1):
            code = lexicon.cameo(REFUSAL_CODE)  # "Slovakia will not accept refugees": a rejection
        elif code.quad in {1, 2} and _promised_by_actor(token, index):
            code = lexicon.cameo(PROMISE_CODE)  # "Israel will withdraw its troops", "is willing to provide support": a promise
        else:
            return None
        if code is None:
            return None
    if lemma in _PLANNING and any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children):
        return None  # "are expected to leave": a forecast, nobody's act
    return code, alleged, demand


def _candidates(doc: Doc, index: ActorIndex, sentences: SentenceIndex) -> Iterator[_Candidate]:
    lexicon = verb_lexicon()
    code_of = functools.cache(lexicon.code_for)  # rules ask for one word's code more than once
    entity_at = {i: ent for ent in doc.ents if ent.label_ in _PLACE_LABELS for i in range(ent.start, ent.end)}
    for token in doc:
        if not (token.pos_ in {"VERB", "NOUN"} or (token.pos_ == "AUX" and _demanded(token))) or not sentences.is_prose(token):
            continue  # a verb, a noun, or a demanded state ("said the EU must be ready to mediate")
        act = _act(token, index, lexicon, code_of)
        if act is None:
            continue
        code, alleged, demand = act
        if demand:
            source_heads = [c for c in token.head.children if c.dep_ == "nsubj"]
            target_heads = [c for c in token.children if c.dep_ == "nsubj"]
        else:
            source_heads, target_heads = _arguments(token) if alleged is None else _arguments(alleged)
        if code.code == RETURN_CODE:
            target_heads = _returned_to(token, token.lemma_.lower()) or target_heads  # to whom, not what
        sources = [a for h in source_heads for a in index.of(h)]
        targets = [a for h in target_heads for a in index.of(h) if not _own_forces(h, a)]
        own = {identity(a) for a in sources}
        if all(identity(a) in own for a in targets) and alleged is None:  # none, or only "its blockade"
            indirect_heads = _indirect_targets(token)
            indirect = [a for h in indirect_heads for a in index.of(h) if identity(a) not in own and not _own_forces(h, a)]
            if indirect:
                target_heads, targets = indirect_heads, indirect
        if sources and not targets and code.quad == MATERIAL_CONFLICT:
            # "captured the mosque in Mosul", "attacks in Afghanistan": force used on a place
            acting = {identity(a) for a in sources}
            heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
            targets = [a for h in heads for a in _place_actors(h, index) if identity(a) not in acting][:1]
        if not sources and not targets:
            # "talks between Israel and Hamas": the sides act with each other
            sides = [a for g in _prep_objects(token, {"between"}) for a in index.of(g)]
            if len(sides) < 2:
                continue
            sources, targets = sides, list(sides)
        done_by = _carrier(token)  # "signed a pact"
        if len(sources) > 1 and all(_unnamed(t) for t in targets) and _reciprocal(done_by):
            # "India and Pakistan agreed to a ceasefire", "... agreed to exchange prisoners": each with the other
            targets = list(sources)
        implied = False
        released = code.code.startswith("084") or token.lemma_.lower() in _RELEASE_VERBS
        if not sources and (code.type == "COERCE" or released) and any(c.dep_ == "nsubjpass" for c in token.children):
            # "was arrested in Niger", "were released from captivity in Libya": the state where it
            # happened acted, as event coders code it
            acted_on = {identity(t) for t in targets}
            sources = [a for a in _place_actors(token, index) if identity(a) not in acted_on][:1]
            implied = bool(sources)
        if not sources or not targets:
            # the acted-on phrase holds no actor ("condemning Russia's invasion of Ukraine"); the
            # acting one may hold the other side ("the armies of Brazil and Argentina performed")
            other = index.counterpart(sentences.of(token), (sources or targets)[0], token, () if sources else target_heads)
            if other is not None and all(identity(other) != identity(a) for a in sources + targets):
                (targets if sources else sources).append(other)
                implied = True
        if not any(a.code and (a.country or a.sector not in GENERIC_SECTORS) for a in sources + targets):
            continue  # only names the dictionaries do not know, or "people", "women" ("people think"): no political actor
        places = _places(doc, token, target_heads, entity_at) or [None]  # type: ignore[list-item]
        seen: set[tuple] = set()
        for source in sources or [None]:
            for target in targets or [None]:
                key = (identity(source), identity(target))
                if key in seen or (source is not None and key[0] == key[1]):
                    continue
                seen.add(key)
                for place in places:
                    yield _Candidate(token, code, source, target, [place] if place else [], implied)


def _overridable(candidate: _Candidate) -> bool:
    """Whether the classifier may retype a trigger: a clause's verb with both actors its own
    arguments. Nouns ("sanctions") and participles ("expelled diplomats") name their act."""
    trigger = candidate.trigger
    return trigger.pos_ == "VERB" and trigger.dep_ not in {"amod", "pcomp"} and not candidate.implied


def _classify_unique(classifier, items: list[tuple[str, Span | None, Span | None]]) -> np.ndarray:
    """Probabilities for each item, classifying each distinct item once."""
    unique = list(dict.fromkeys(items))
    rows = dict(zip(unique, classifier.probabilities(unique)))
    return np.array([rows[item] for item in items]) if items else np.zeros((0, len(classifier.labels)))


def _classifier_input(text: str, sentence: SpacySpan, candidate: _Candidate) -> tuple[str, Span | None, Span | None]:
    """The trigger's sentence (at most a window around the trigger) with the actors' local spans."""
    start = max(sentence.start_char, candidate.trigger.idx - _WINDOW_CHARS)
    end = min(sentence.end_char, candidate.trigger.idx + _WINDOW_CHARS)

    def local(actor: Actor | None) -> Span | None:
        if actor is None or not (start <= actor.span[0] and actor.span[1] <= end):
            return None
        return (actor.span[0] - start, actor.span[1] - start)

    return text[start:end], local(candidate.source), local(candidate.target)


def events(
    doc: Doc, entities: Sequence[Entity], actors: Sequence[Actor], quotes: Sequence[Quote], published: str | None
) -> Iterator[Event]:
    """Events in ``doc``, in text order."""
    quoted = [span for p in document_passages(doc) for span in p.fragments]
    index = ActorIndex(doc, actors, quotes, SpeakerResolver(doc, entities, quoted))
    sentences = sentence_index(doc)
    candidates = list(_candidates(doc, index, sentences))
    coded = list(_typed(doc, candidates, sentences, published))
    acts = [act for act in speech_acts(doc, quotes, index, sentences, published) if not _restates(act, coded)]
    yield from sorted(coded + acts, key=lambda event: event.trigger)


def _restates(act: Event, coded: Sequence[Event]) -> bool:
    """Whether a speech act repeats an event coded from a word of its sentences: the word names
    the act better than the tone of the whole quote ("he would be inviting …")."""
    return any(
        (identity(event.source) == identity(act.source) and identity(event.target) == identity(act.target)
         and act.evidence[0] <= event.trigger[0] < act.evidence[1])
        # "rejected the appeal of a man convicted of terrorism": the cue is an act of its own, coded
        # as one, and the words it reports are what it rejects, not an accusation
        or (act.trigger[0] <= event.trigger[0] < act.trigger[1] and event.type != act.type)
        for event in coded
    )


def _discount(candidate: _Candidate) -> float:
    """How much less certain an event is for a side taken from the sentence or a side unknown."""
    return (IMPLIED_DISCOUNT if candidate.implied else 1.0) * (ONE_SIDED_DISCOUNT if candidate.one_sided else 1.0)


def _unarmed(doc: Doc, actor: Actor | None) -> bool:
    """Whether an actor is a body that bears no arms, or a person outside the forces ("Clinton",
    "the senator"); a state, an army, the police or an unknown group may use force."""
    if actor is None:
        return False
    if actor.sector in _UNARMED_SECTORS:
        return True
    span = doc.char_span(*actor.span, alignment_mode="expand")
    return actor.sector in {None, "GOV"} and span is not None and span.root.ent_type_ == "PERSON"


def _plv_root(plover_type: str) -> str:
    """The classifier's label for a PLOVER type (PLV has YIELD for CONCEDE and RETREAT)."""
    return "YIELD" if plover_type in YIELD_TYPES else plover_type


def _typed(doc: Doc, candidates: list[_Candidate], sentences: SentenceIndex, published: str | None) -> Iterator[Event]:
    """Events from the candidates, typed by the lexicon and refined by the classifier."""
    if not candidates:
        return
    sentence_of = [sentences.of(c.trigger) for c in candidates]
    try:
        classifier = event_classifier()
        # The classifier refines the lexicon; past a cap (no news article comes near it) the
        # lexicon alone types the rest, so a pathological document stays linear.
        text = document_text(doc)
        classified = [i for i, c in enumerate(candidates[:MAX_CLASSIFIED]) if not c.uncoded]
        items = [_classifier_input(text, sentence_of[i], candidates[i]) for i in classified]
        rows = dict(zip(classified, _classify_unique(classifier, items)))
        labels = classifier.labels
    except ModelError:
        rows, labels = {}, []
    types_by_sentence: dict[int, list[tuple[int, str]]] = {}
    for candidate, sentence in zip(candidates, sentence_of):
        types_by_sentence.setdefault(sentence.start, []).append((candidate.trigger.i, _plv_root(candidate.code.type)))
    dates: dict[int, str | None] = {}
    for i, candidate in enumerate(candidates):
        if candidate.uncoded:
            continue
        code = candidate.code
        sentence = sentence_of[i]
        plover_type, cameo, confidence = code.type, code, 0.6
        if (row := rows.get(i)) is not None:
            best = int(row.argmax())
            lexicon_label = _plv_root(code.type)
            lexicon_p = float(row[labels.index(lexicon_label)]) if lexicon_label in labels else 0.0
            # the classifier sees the whole sentence: a type another word there names is that word's
            elsewhere = {t for i, t in types_by_sentence[sentence.start] if i != candidate.trigger.i}
            if labels[best] != lexicon_label and row[best] >= OVERRIDE_PROBABILITY and _overridable(candidate) and labels[best] not in elsewhere:
                plover_type = "CONCEDE" if labels[best] == "YIELD" else labels[best]
                cameo = None
                confidence = float(row[best]) * 0.8
            else:
                confidence = 0.5 + lexicon_p / 2
        if plover_type == "ASSAULT" and candidate.trigger.lemma_.lower() in _VERBAL_ATTACKS and all(
            _unarmed(doc, actor) for actor in (candidate.source, candidate.target)
        ):
            cameo = verb_lexicon().cameo(CRITICISM_CODE)  # "Trump attacked Clinton": with words
            plover_type = cameo.type
        quad = cameo.quad if cameo else QUAD_BY_TYPE.get(plover_type)
        if candidate.one_sided and quad in COOPERATIVE_QUADS:
            continue  # cooperation by the classifier's type too: "Bill Clinton watched from the front row"
        yield Event(
            type=plover_type,
            mode=cameo.mode if cameo else None,
            cameo=cameo.code if cameo else None,
            goldstein=cameo.goldstein if cameo else None,
            quad=quad,
            source=candidate.source,
            target=candidate.target,
            trigger=(candidate.trigger.idx, candidate.trigger.idx + len(candidate.trigger.text)),
            evidence=(sentence.start_char, sentence.end_char),
            date=dates[sentence.start] if sentence.start in dates else dates.setdefault(sentence.start, sentence_date(sentence, published)),
            location=candidate.places[0] if candidate.places else None,
            confidence=round(min(confidence * _discount(candidate), 0.99), 3),
        )
