"""Attributions: who said (wrote, warned, believes …) what, from the parse and the quote marks.

An attribution has a cue (a verb learned from PolNeAR, "according to", a colon lead-in), a source
(the mention that names the speaker) and content: the reported clause, the quoted passage, or
both. Quoted paragraphs with no attribution of their own continue the previous speaker.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..nlp.datelines import dateline_at
from ..nlp.doc_text import document_text
from ..nlp.sentences import MAX_SENTENCE_TOKENS, SentenceIndex, sentence_index
from ..model import Actor, Entity, Quote, QuoteKind, Relay, Span, Speaker
from .content_spans import choose_content
from .cue_model import cue_model_probability, cue_model_threshold, is_candidate
from .cues import cue_lexicon
from .names import clean_mention
from .nesting import without_unlikely_nested
from .quote_marks import QuotedPassage, document_passages
from .speakers import SPEAKER_ENTITIES, SpeakerResolver, cited_speaker, relays

_SOURCE_DEPS = frozenset({"nsubj"})
_NARRATOR = frozenset({"i", "we", "me", "us"})
_CONTENT_DEPS = frozenset({"xcomp", "dobj", "oprd", "attr", "acomp"})
_CONTENT_PREPS = frozenset({"of", "about", "for", "on", "that", "as", "to", "over", "against"})
#: Prepositions that belong to the cue ("talked about X", "commented on X", "referring to X"):
#: PolNeAR train's content leaves them out, where it keeps "for" and "of".
_CUE_PREPS = frozenset({"about", "on", "to", "over", "against", "like"})
#: Verbs of speaking whose "to" phrase is the hearer ("said to reporters").
_SPEECH_VERBS = frozenset({"say", "speak", "talk", "write", "explain", "complain", "reply", "admit", "confide", "announce"})
#: Verbs whose direct object is the hearer ("told MSNBC", "asked them"), never what is said.
_ADDRESSEE_VERBS = frozenset({"tell", "ask", "inform", "remind", "assure", "notify", "brief", "advise", "urge"})
#: Prepositions on an addressee verb's hearer that say what the hearer was told ("reminded voters of …").
_HEARER_PREPS = frozenset({"of", "about", "on", "over"})
#: One-word answers that are what was said: "46 percent said yes", "he said no to the war", "half said so".
_ANSWERS = frozenset({"yes", "no", "so"})
_PARENTHETICAL_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})
_SUBJECT_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
_ASIDE_OPENERS = frozenset({"who", "which", "whose", "where"})
#: What an author issues: a participle hanging on one reports the author's words ("a statement saying").
_ISSUED_NOUNS = frozenset({
    "statement", "speech", "interview", "letter", "memo", "email", "tweet", "post", "testimony", "remarks", "op-ed",
    "resolution", "message", "release", "address",
})
#: What a sentence opened by "In ..." reports from ("In an NBC News poll, ...", "In her words, ...").
_REPORTING_NOUNS = _ISSUED_NOUNS | {
    "poll", "survey", "study", "report", "words", "view", "opinion", "analysis", "column", "editorial", "book",
}
#: Verbs whose subject receives what their object names ("faced criticism", "drew questions").
_RECEIVING_VERBS = frozenset({"face", "draw", "receive", "get", "attract", "earn", "meet", "field", "take", "endure", "weather"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
#: Verbs whose subject belongs to what they report ("The statistics appear to be fabricated").
_RAISING_VERBS = frozenset({"seem", "appear"})
_GLUE = re.compile(r"[\s,;:—–\-]*")
#: Punctuation before a quote that goes on with the speaker's words in their own sentence ("“…,” she
#: said in a speech, “…”"); after a word, a quote in title case is a name ("told the hosts of “Morning Joe”").
_GLUE_BEFORE = re.compile(r"[^\w\s]\s*\Z")
_GLUE_WINDOW = 80  # characters before the quote that _GLUE_BEFORE reads; a sentence has no longer run of spaces
#: What ends the sentence before a quote that opens the next one: a full stop, closing marks, a space.
_SENTENCE_BEFORE = re.compile(r"[.?!][\"”’']*\s+\Z")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: Words a title leaves in lower case ("State of the Union", "Destiny and Power").
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "at", "by", "with", "from"})
_LONGEST_TITLE = 8
#: A line with no more of its words in lower case than this share (small words aside) is a headline.
_HEADLINE_LOWER_SHARE = 0.2
#: A conjunction alone between two parts of one content joins them ("is “a big problem” but “nobody
#: has the guts”"): it is the speaker's sentence, said in two quoted pieces.
_JOINING_GAP = re.compile(r"[\s,]*\b(?:and|but|or|nor)\b\s*", re.IGNORECASE)
#: What may follow a quote's last word inside its passage: closing marks and spaces.
_CLOSING_AND_SPACE = "\"”’'» \n"
_COLON_WINDOW = 8  # "X said on Monday:" — the colon closes the cue's own clause
_MAX_TOKENS = 600  # no quotation clause is longer; caps the work on pathological sentences


@dataclass(slots=True)
class Attribution:
    """A quote under construction: token-level pieces before they become a `Quote`."""

    cue: Span | None
    source: Span | None
    content: list[Span]
    kind: QuoteKind
    confidence: float
    passages: list[QuotedPassage] = field(default_factory=list)
    cue_token: int | None = None
    antecedent: Span | None = None  # what a relative-pronoun source ("who said") stands for

    @property
    def start(self) -> int:
        return self.content[0][0]


def _subtree_span(token: Token, exclude: Iterable[Token] = ()) -> set[int]:
    excluded = {t.i for e in exclude for t in itertools.islice(e.subtree, _MAX_TOKENS)}
    return {t.i for t in itertools.islice(token.subtree, _MAX_TOKENS) if t.i not in excluded}


def _fragments(doc: Doc, indices: set[int]) -> list[Span]:
    """Character spans of runs of token indices, ignoring punctuation and spaces at their edges and
    a conjunction left at the end (the next conjunct was another attribution's)."""
    runs: list[list[int]] = []
    for i in sorted(indices):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    spans = []
    for run in runs:
        tokens = [doc[i] for i in run]
        while tokens and (tokens[0].is_space or (tokens[0].is_punct and not tokens[0].is_quote)):
            tokens.pop(0)
        while tokens and (tokens[-1].is_space or (tokens[-1].is_punct and not tokens[-1].is_quote) or tokens[-1].pos_ == "CCONJ"):
            tokens.pop()
        if tokens and any(not t.is_punct for t in tokens):
            spans.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
    return spans


def _source_token(cue: Token, near_quote: bool) -> Token | None:
    """The subject that names who speaks, climbing from participles ("…, saying") to their clause.
    ``near_quote``: whether the cue's sentence touches a quotation (a feature of the cue model)."""
    if _speakerless(cue):
        return None
    clause = cue.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if cue.dep_ in {"conj", "advcl"} and clause.dep_ == "ccomp" and cue in _coordinated_cues(clause, near_quote):
        return _source_token(clause.head, near_quote)  # "X said … and warned that …": X warned
    for _ in range(3):
        # of two subjects the parser gave one verb ("“That,” he said"), the nearer is the speaker
        for child in sorted(cue.children, key=lambda c: abs(c.i - cue.i)):
            if child.dep_ in _SOURCE_DEPS and (source := _past_dateline(child)) is not None:
                return source
            if child.dep_ == "agent":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if cue.dep_ == "acl" and (cue.head.pos_ in {"PROPN", "PRON"} or cue.head.ent_type_ in SPEAKER_ENTITIES):
            return cue.head  # "Police saying …", "one listing the facts"
        if cue.dep_ == "acl" and cue.head.pos_ in {"NOUN", "NUM"} and cue.tag_ != "VBN":
            # "an outside group backing Rubio", "911 calls saying …"; "issued a statement saying …" is
            # its author's ("a developer known to be bullish" says nothing)
            return (_author(cue.head) if cue.head.lemma_.lower() in _ISSUED_NOUNS else None) or cue.head
        if _noun_complements(cue) and (owner := _possessor(cue)) is not None:
            return owner  # "Mr. Trump's claims that his net worth exceeds …"
        if cue.dep_ == "pcomp" and cue.head.dep_ == "prep" and cue.head.head != cue.head:
            cue = cue.head.head  # "began by talking about …": the verb the preposition hangs on
        elif cue.pos_ == "NOUN" and cue.dep_ == "dobj" and cue.head.pos_ in {"VERB", "AUX"}:
            if cue.head.lemma_.lower() in _RECEIVING_VERBS:
                return None  # "Suu Kyi faced criticism for …": she is its target
            cue = cue.head  # "insurers are raising alarms about …": the verb's subject
        elif cue.dep_ in {"advcl", "xcomp", "conj", "acomp"} and cue.head != cue:
            cue = cue.head
        else:
            return None
    return None


def _raised_subject(cue: Token) -> Token | None:
    """``Clinton seemed irritated``, ``The closures appear to have brought …``: the subject of a
    raising verb is part of what seems so, not who says it (PolNeAR gives these no source)."""
    if cue.lemma_.lower() not in _RAISING_VERBS or not any(_raised_complement(c) for c in cue.children):
        return None
    return _subject(cue)


def _raised_complement(child: Token) -> bool:
    return child.dep_ in {"xcomp", "acomp", "attr", "oprd"} or (child.dep_ == "prep" and child.lower_ == "like")


def _speakerless(cue: Token) -> bool:
    """A raising verb reports no speaker: ``The statistics appear to be fabricated``, ``It seems
    that …``."""
    if cue.lemma_.lower() not in _RAISING_VERBS:
        return False
    subject = _subject(cue)
    return _raised_subject(cue) is not None or (subject is not None and subject.lower_ == "it" and any(c.dep_ == "ccomp" for c in cue.children))


def _subject(verb: Token) -> Token | None:
    """The verb's subject; of two the parser gave it ("“That,” he said"), the nearer."""
    return min((c for c in verb.children if c.dep_ in _SOURCE_DEPS), key=lambda c: abs(c.i - verb.i), default=None)


def _possessor(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _author(document: Token) -> Token | None:
    """Who issued a statement, speech or letter: its possessor ("her statement"), or the subject of
    the verb it is the object of ("Trump issued a statement", "said in a statement")."""
    owner = _possessor(document)
    if owner is not None:
        return owner
    node = document
    for _ in range(4):
        if node.dep_ not in {"dobj", "pobj", "prep"} or node.head == node:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return _subject(node)
    return None


def _past_dateline(subject: Token) -> Token | None:
    """The subject, or what follows a wire story's dateline the parser took for it: "MOSCOW, Dec
    30 (Reuters) - Russia said" has another subject; "WASHINGTON -- President Obama said" hangs
    Obama on the dateline."""
    text = document_text(subject.doc)
    match = dateline_at(text, subject.idx) if subject.is_upper and _starts_paragraph(text, subject.idx) else None
    if match is None or subject.idx >= match.end():
        return subject
    return next((c for c in subject.children if c.dep_ in {"appos", "conj"} and c.idx >= match.end()), None)


def _relative_antecedent(doc: Doc, source: Token | None, cue: Token) -> Span | None:
    """``Barkley, who said …``: the source is "who", the speaker the noun it stands for."""
    if source is None or source.lower_ not in _RELATIVE or source.head.dep_ != "relcl":
        return None
    return _source_span(doc, source.head.head, cue)


def _source_span(doc: Doc, token: Token | None, cue: Token) -> Span | None:
    if token is None:
        return None
    clauses = {t.i for child in token.children if child.dep_ in {"relcl", "acl"} for t in itertools.islice(child.subtree, _MAX_TOKENS)}
    indices = {t.i for t in itertools.islice(token.subtree, 60) if not (t.i >= cue.i and token.i < cue.i) and t.i not in clauses}
    tokens = [doc[i] for i in sorted(indices) if not doc[i].is_punct or doc[i].text in ".-'’"]
    if not tokens:
        return None
    # A source is a noun phrase: stop it at a clause boundary inside the subtree.
    run = [tokens[0]]
    for t in tokens[1:]:
        if t.i != run[-1].i + 1 and not doc[run[-1].i + 1].is_punct:
            break
        run.append(t)
    return (run[0].idx, run[-1].idx + len(run[-1].text))


def _names_a_time(preposition: Token) -> bool:
    """``said on Friday``, ``for the first time``: when it was said, not what."""
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in preposition.children)


def _is_passive(cue: Token) -> bool:
    """``is expected to …``, ``was named …``: a passive cue whose speaker the sentence leaves unsaid."""
    return any(c.dep_ == "auxpass" for c in cue.children)


def _without_trailing_aside(doc: Doc, indices: set[int]) -> set[int]:
    """Content without a closing relative clause set off by a comma ("…, who was his chief of
    staff at the time"): it describes a word of the content, and is the writer's, not the
    speaker's. (Closing appositions stay: on PolNeAR train cutting them lost more than it won.)"""
    if not indices:
        return indices
    first, last = min(indices), max(indices)
    while doc[last].is_punct and last - 1 in indices:
        last -= 1
    for i in sorted(indices):
        token = doc[i]
        if token.dep_ != "relcl" or i <= first:
            continue
        aside = list(itertools.islice(token.subtree, _MAX_TOKENS))
        start = aside[0].i
        if aside[-1].i >= last and start - 1 in indices and doc[start - 1].text == "," and aside[0].lower_ in _ASIDE_OPENERS:
            return {j for j in indices if j < start - 1}
    return indices


def _interruption(cue: Token) -> range | None:
    """``The risk, he said, is …``: the tokens of an attribution set off by commas inside the
    clause it reports ("he said"), or None. Words the parser hangs on the cue before its subject
    ("At times last year, people close to him said, …") belong to the reported clause."""
    if cue.dep_ != "parataxis" or cue.i > cue.head.i:
        return None
    doc = cue.doc
    subject = _subject(cue)
    first = subject.left_edge.i if subject is not None and subject.i < cue.i else cue.i
    last = cue.right_edge.i
    if doc[last].text == ",":
        last -= 1
    if first == 0 or last + 1 >= len(doc) or doc[first - 1].text != "," or doc[last + 1].text != ",":
        return None
    return range(first, last + 1)


def _inverted_speaker(cue: Token) -> Token | None:
    """``“…,” said Robert Reich, who served … yet endorsed Sanders``: the parser made the speaker
    the subject of a clause after the cue; right after a quote, the name that follows speaks."""
    if cue.i == 0 or not cue.doc[cue.i - 1].is_quote:
        return None
    for clause in (c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i):
        subject = next((c for c in clause.children if c.dep_ in _SOURCE_DEPS), None)
        if subject is not None and subject.left_edge.i == cue.i + 1 and (subject.pos_ == "PROPN" or subject.ent_type_ in SPEAKER_ENTITIES):
            return subject
    return None


def _as_clause(cue: Token) -> bool:
    """``As Dell said last week, “Israel is …”``: an "as" clause credits the clause it hangs on."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


def _names_a_hearer(cue: Token, preposition: Token) -> bool:
    """``said to reporters``, ``wrote to the senator``: to whom, not what."""
    return preposition.lower_ == "to" and cue.lemma_.lower() in _SPEECH_VERBS


def _noun_complements(cue: Token) -> list[Token]:
    """``his suggestion that a judge cannot be impartial``, ``his promise to build a wall``: the
    clause a noun cue takes."""
    if cue.pos_ != "NOUN":
        return []
    return [
        c
        for c in cue.children
        if c.dep_ == "acl" and c.i > cue.i and any(m.dep_ in {"mark", "aux"} and m.lower_ in {"that", "to"} for m in c.children)
    ]


def _stray_that_clauses(cue: Token) -> list[Token]:
    """``said following a vote in 2001 that he had …``, ``said, citing Lavrov, that …``: a "that"
    clause with its own subject that the parser hung on a noun after the cue as a relative clause
    (a relative "that" is a pronoun; this one is a conjunction)."""
    found = []
    for phrase in (c for c in cue.children if c.dep_ in {"prep", "advcl"} and c.i > cue.i):
        for token in itertools.islice(phrase.subtree, _MAX_TOKENS):
            if token.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children) and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in token.children
            ):
                found.append(token)
    return found


def _coordinated_cues(clause: Token, near_quote: bool) -> list[Token]:
    """``said she … and predicted that …``: a cue coordinated inside the reported clause starts an
    attribution of its own (the parser hangs it on the clause instead of on the first cue)."""
    cues: list[Token] = []
    extras: list[Token] = []
    heads = [clause]
    while heads:  # along a chain of conjuncts: "he'd sit Putin down and tell him … and tells the crowd …"
        head = heads.pop()
        found = [
            c
            for c in head.children
            if (c.dep_ == "conj" and c.pos_ == "VERB" or c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > head.i)
            and cue_model_probability(c, near_quote) >= cue_model_threshold()
        ]
        starts = {c.left_edge.i for c in found}
        cues += found
        extras += [c for c in head.children if c.dep_ in {"cc", "punct"} and (c.i + 1 in starts or c.i + 2 in starts)]
        heads += [c for c in head.children if c.dep_ == "conj" and c not in found]
    return cues + extras


def _content_indices(cue: Token, near_quote: bool) -> set[int]:
    """Tokens of what the cue reports: its clause complement, else its objects."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp"] or _stray_that_clauses(cue) or _noun_complements(cue)
    if clauses:
        return set().union(*(_subtree_span(c, exclude=_coordinated_cues(c, near_quote)) for c in clauses))
    idiom = _puts_it(cue)
    parts = [
        c
        for c in cue.children
        if c != idiom
        and (c.dep_ in _CONTENT_DEPS and not (c.dep_ == "dobj" and cue.lemma_.lower() in _ADDRESSEE_VERBS))
        or (c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS and c.i > cue.i and not _names_a_time(c) and not _names_a_hearer(cue, c))
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))
        or (c.lower_ in _ANSWERS and c.dep_ in {"intj", "advmod", "dobj"} and c.i > cue.i)
    ]
    if cue.lemma_.lower() in _ADDRESSEE_VERBS:
        # "reminded voters of the years …", "told reporters about the plan": what the hearer was told.
        parts += [
            p for hearer in cue.children if hearer.dep_ == "dobj"
            for p in hearer.children if p.dep_ == "prep" and p.lower_ in _HEARER_PREPS and not _names_a_time(p)
        ]
    if (raised := _raised_subject(cue)) is not None:
        parts += [raised, *(c for c in cue.children if c.dep_ == "prep" and c.lower_ == "like")]  # "seemed like a different man"
    has_agent = any(c.dep_ == "agent" for c in cue.children)
    if parts and _is_passive(cue) and not has_agent:
        parts += [c for c in cue.children if c.dep_ == "nsubjpass"]  # "The birth is expected to coincide …"
    if not parts and has_agent:
        # "The move was reported by MSNBC": the agent speaks, the passive subject is what it said.
        parts = [c for c in cue.children if c.dep_ == "nsubjpass"]
    if parts:
        # a preposition is the cue's only where it follows the cue ("talked about X"), not after
        # other content ("called the remarks “a wake-up call” to his coalition")
        cue_words = {c.i for c in parts if c.lower_ in _CUE_PREPS and c.head == cue and not any(cue.i < d.i < c.i for d in parts)}
        cue_words |= {m.i for c in parts if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"}  # "calling for X to act"
        return set().union(*(_subtree_span(c) for c in parts)) - cue_words
    if cue.dep_ in _PARENTHETICAL_DEPS and cue.head != cue and _source_token(cue, near_quote) is not None:
        # "The economy is strong, he said", "The risk, he said, is a clash", "As he said, …":
        # the cue hangs off the clause it reports.
        interruption = _interruption(cue)
        if interruption is not None:
            return _subtree_span(cue.head) - set(interruption)
        if cue.i > cue.head.i or _as_clause(cue):
            return _subtree_span(cue.head, exclude=[cue])
    return set()


def _according_to(token: Token, sentence: SpacySpan) -> tuple[Token | None, set[int]] | None:
    """``according to X``: the source is X, the content the clause around it."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    phrase = {s.i for s in itertools.islice(token.subtree, _MAX_TOKENS)}
    content = {t.i for t in sentence[:_MAX_TOKENS] if t.i not in phrase}
    if source is not None and not any(token.doc[i].is_alpha for i in content):
        # the parse hung the clause inside the phrase ("According to X, the move reeks of fear"
        # with "reeks" an apposition of X): the phrase ends at the first comma after X
        comma = next((t.i for t in sentence if t.i > source.i and t.text == ","), sentence.end)
        content = {t.i for t in sentence[:_MAX_TOKENS] if not token.i <= t.i <= comma}
    return source, content


def _in_source(token: Token, sentence: SpacySpan, threshold: float) -> tuple[Token | None, set[int]] | None:
    """A sentence opened by what it reports from: "In a CNN poll, Clinton held a 24-point lead",
    "In a statement, the company denied it". The source is the phrase's object, the content the
    clause after its comma, unless that clause has a cue of its own ("In a statement, Clinton said")."""
    if token.i != sentence.start or token.lower_ != "in":
        return None
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or source.lemma_.lower() not in _REPORTING_NOUNS:
        return None
    comma_at = max(t.i for t in source.subtree) + 1
    if comma_at >= sentence.end or token.doc[comma_at].text != ",":
        return None
    content = {t.i for t in token.doc[comma_at + 1 : min(sentence.end, comma_at + 1 + _MAX_TOKENS)]}
    root = sentence.root
    if root.i in content and is_candidate(root) and cue_model_probability(root, False) >= threshold:
        return None
    return source, content


def _after_colon(doc: Doc, token: Token, sentence: SpacySpan) -> set[int]:
    """Tokens after a colon that closes the cue's clause ("Trump said: …"), to the paragraph's end."""
    window = doc[token.i + 1 : min(sentence.end, token.i + 1 + _COLON_WINDOW)]
    colon = next((t for t in window if t.text == ":"), None)
    if colon is None or any(t.pos_ == "VERB" for t in doc[token.i + 1 : colon.i]):
        return set()
    indices = set()
    for t in doc[colon.i + 1 : colon.i + 1 + _MAX_TOKENS]:
        if t.is_space and "\n" in t.text:
            break
        indices.add(t.i)
    return indices


def _colon_lead_in(doc: Doc, token: Token, sentence: SpacySpan) -> tuple[Token | None, set[int]] | None:
    """``Name: words`` with no verb before the colon: a transcript-style attribution."""
    if token.text != ":":
        return None
    start = sentence.start
    left = doc[start : token.i]
    if not 0 < len(left) <= 6 or any(t.pos_ in {"VERB", "AUX"} for t in left) or not _starts_paragraph(document_text(doc), left[0].idx):
        return None  # a label opens its line: "Matthews: …", "John McCain: …"
    speaker = left[-1]  # the label ends at the colon: "Rush Limbaugh:", not "Editor's note:"
    headline = "\n" not in document_text(doc)[: left[0].idx].strip()  # "Poll: Trump Ties Clinton", "Issa: …"
    if not (
        speaker.ent_type_ in SPEAKER_ENTITIES
        or speaker.lower_ in _SUBJECT_PRONOUNS
        or (headline and speaker.is_title and speaker.pos_ in {"PROPN", "NOUN", "ADJ"})
    ):
        return None
    return speaker, _after_colon(doc, doc[token.i - 1], sentence)


_DASHES = frozenset({"—", "―", "–", "--", "-"})
_CREDIT_TOKENS = 8  # "— Sen. John McCain, R-Ariz.": a credit is a name, not a sentence


def _dash_credit(doc: Doc, token: Token, passages: _Passages) -> tuple[Token | None, set[int]] | None:
    """``“We will not back down.” — Sen. John McCain``: a dash right after a quote credits it to
    the name that follows on the same line."""
    if token.text not in _DASHES:
        return None
    before = document_text(doc)[: token.idx].rstrip(" \t\u00a0")
    passage = passages.at(len(before) - 1)
    if passage is None or passage.end != len(before):
        return None
    credit = []
    for t in doc[token.i + 1 : token.i + 1 + _CREDIT_TOKENS]:
        if "\n" in t.text or t.text in {",", ";", "(", ":"} or t.pos_ in {"VERB", "AUX"}:
            break
        credit.append(t)
    names = [t for t in credit if t.ent_type_ in SPEAKER_ENTITIES]
    if not names or (credit[-1].i + 1 < len(doc) and doc[credit[-1].i + 1].pos_ in {"VERB", "AUX"}):
        return None  # "The “reset” — a policy of Obama — failed": an apposition, not a credit
    speaker = names[-1]
    return speaker, set(_quoted_tokens(doc, [passage]))


#: How often a lemma must be a cue in PolNeAR train for "X <lemma>, “…”" to be read as one.
_LAYOUT_PRIOR = 0.3


def _opens_with_a_quote(cue: Token, passages: _Passages) -> bool:
    """``Another tweeted, “Clinton thinks …”``: a verb of speech with a subject, then a comma or
    colon and the start of a quoted passage, introduces that quote, however the parser hung the
    verb on the quote's clause."""
    doc = cue.doc
    if cue.pos_ != "VERB" or cue.i + 2 >= len(doc) or doc[cue.i + 1].text not in {",", ":"}:
        return False
    mark = doc[cue.i + 2]
    passage = passages.at(mark.idx)
    return (
        passage is not None
        and passage.start == mark.idx
        and _subject(cue) is not None
        and cue_lexicon().get(cue.lemma_.lower(), 0.0) >= _LAYOUT_PRIOR
    )


def _puts_it(cue: Token) -> Token | None:
    """``as the senator put it, “…”``, ``X put it: “…”``: "put it" with a speaker cues what
    follows whatever the cue model says of "put" ("to put it mildly", "put it into play" do not);
    returns the "it"."""
    if cue.lemma_.lower() != "put" or _subject(cue) is None:
        return None
    it = next((c for c in cue.children if c.dep_ == "dobj" and c.lower_ == "it" and c.i == cue.i + 1), None)
    if it is None:
        return None
    follows = cue.doc[it.i + 1].text if it.i + 1 < len(cue.doc) else ""
    as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    return it if as_clause or follows in {",", ":"} else None


def _cue_span(token: Token) -> Span:
    end = token
    for child in token.children:
        if child.dep_ == "prt" and child.i == end.i + 1:
            end = child
    if (it := _puts_it(token)) is not None:
        end = it
    if token.lower_ == "according":
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.lower_ == "to":
            end = nxt
    return (token.idx, end.idx + len(end.text))


class _Passages:
    """Quoted passages with lookups by position (bisect), so long documents stay linear."""

    def __init__(self, passages: list[QuotedPassage]) -> None:
        self.items = passages
        self.fragments = sorted((s, e, p) for p in passages for s, e in p.fragments)
        self.starts = [f[0] for f in self.fragments]

    def at(self, position: int) -> QuotedPassage | None:
        i = bisect.bisect_right(self.starts, position) - 1
        if i >= 0 and self.fragments[i][0] <= position < self.fragments[i][1]:
            return self.fragments[i][2]
        return None

    def near(self, start: int, end: int, margin: int = 400) -> list[QuotedPassage]:
        """Passages with a fragment within ``margin`` characters of [start, end)."""
        lo = bisect.bisect_left(self.starts, start - margin - _LONGEST_FRAGMENT)
        hi = bisect.bisect_right(self.starts, end + margin)
        found: list[QuotedPassage] = []
        for s, e, passage in self.fragments[max(lo, 0) : hi]:
            if e >= start - margin and passage not in found:
                found.append(passage)
        return found


_LONGEST_FRAGMENT = 6000


def _ends_sentence(doc: Doc, cue: Token) -> bool:
    """``… Trump said.``: nothing follows the cue in its sentence but a full stop."""
    rest = doc[cue.i + 1 : cue.i + 3]
    return len(rest) > 0 and rest[0].text in {".", "!"} and (len(rest) == 1 or rest[1].is_space or rest[1].is_sent_start)


def _adjacent_passages(text: str, passages: list[QuotedPassage], start: int, end: int, bare: bool = False) -> list[QuotedPassage]:
    """Passages that touch the clause [start, end) with only commas, dashes or a colon between.
    A quote closed by a full stop counts only for a ``bare`` clause ("“… missing.” Trump said."), and
    a title never does ("on CNN’s “New Day,” Gillibrand told …", "told “New Day” that …")."""
    found = []
    for passage in passages:
        before = passage.end <= start and _GLUE.fullmatch(text[passage.end : start]) and (bare or not _closes_sentence(text, passage))
        after = passage.start >= end and _GLUE.fullmatch(text[end : passage.start])
        if (before or after) and not _names_a_title_after_a_word(text, passage):
            found.append(passage)
    return found


def _closes_sentence(text: str, passage: QuotedPassage) -> bool:
    """``“… not ordinary.” The government refused …``: a quote closed by a full stop is not the
    content of the clause that follows it (``“…,” she said`` ends with a comma; ``“…?” he asked``
    and ``“…” he said`` still attach)."""
    words = _last_words(text, passage)
    return words.endswith(".") and not words.endswith("..")


def _without_what_follows_the_cue(
    content: list[Span], touching: list[QuotedPassage], clause_end: int
) -> tuple[list[Span], list[QuotedPassage]]:
    """``“Absolutely not,” he said of the possibility …``, ``“…,” he said as some booed``: after the
    quote it credits, the attribution's own phrases are not what was said, nor a quote inside them;
    a quote of its own after it is (``“…,” he said in a statement, “…”``)."""
    inside = [f for passage in touching for f in passage.fragments]
    dropped = [
        span for span in content if span[0] >= clause_end and not any(s <= span[0] and span[1] <= e for s, e in inside)
    ]
    content = [span for span in content if span not in dropped]
    kept = [
        passage for passage in touching
        if passage.start < clause_end or any(s < ce and cs < e for s, e in passage.fragments for cs, ce in content)
    ]
    return content, kept


def _colon_before_quote(text: str, touching: list[QuotedPassage], cue_start: int) -> int | None:
    """``… ticked through the code of conduct: ''Civility and good manners …,'' he said``: where the
    quote that a later attribution credits opens after a colon, the narration before it is the
    writer's; returns the quote's start."""
    credited = max((p for p in touching if p.end <= cue_start), key=lambda passage: passage.end, default=None)
    if credited is None or not text[: credited.start].rstrip(" \t\u00a0").endswith(":"):
        return None
    return credited.start


def _ends_with_comma(text: str, passage: QuotedPassage) -> bool:
    return _last_words(text, passage).endswith(",")


def _last_words(text: str, passage: QuotedPassage) -> str:
    return text[passage.start : passage.end].rstrip(_CLOSING_AND_SPACE)


def _kind(text: str, content: list[Span], passages: list[QuotedPassage]) -> QuoteKind:
    if not passages:
        return "indirect"
    quoted = {i for p in passages for s, e in p.fragments for i in range(s, e)}
    words = [i for s, e in content for i in range(s, e) if text[i].isalnum()]
    return "direct" if all(i in quoted for i in words) else "mixed"


def _sentences_touching_quotes(doc: Doc, passages: _Passages) -> set[int]:
    starts = set()
    for sentence in doc.sents:
        if any(s < sentence.end_char + 2 and sentence.start_char < e for p in passages.near(sentence.start_char, sentence.end_char, 0) for s, e in p.fragments):
            starts.add(sentence.start)
    return starts


#: Picks an attribution's content: (doc, cue, the rules' content, tokens it may not hold, quoted tokens).
ContentChooser = Callable[[Doc, Token, set[int], set[int], frozenset[int]], set[int]]


def _quoted_tokens(doc: Doc, passages: list[QuotedPassage]) -> frozenset[int]:
    """Indices of the tokens inside the passages' fragments."""
    indices: set[int] = set()
    for passage in passages:
        for start, end in passage.fragments:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                indices.update(range(span.start, span.end))
    return frozenset(indices)


#: Picks which attributions of nestings to keep: (text, attributions in text order) -> those kept.
NestingResolver = Callable[[str, list[Attribution]], list[Attribution]]


@dataclass(frozen=True, slots=True)
class _Reading:
    """What every cue of a document is read against: its quoted passages and sentences."""

    doc: Doc
    text: str
    quoted: frozenset[int]
    index: _Passages  # the quoted passages, found by position
    near_quotes: set[int]
    sentences: SentenceIndex
    relay_tokens: set[int]
    choose: ContentChooser

    @classmethod
    def of(cls, doc: Doc, choose: ContentChooser) -> _Reading:
        passages = document_passages(doc)
        index = _Passages(passages)
        relay_tokens = {
            c.i
            for t in doc
            if t.dep_ == "ROOT" or t.pos_ == "VERB"
            for c in t.children
            if c.dep_ in {"advcl", "xcomp", "conj"} and cited_speaker(c) is not None
        }
        return cls(
            doc=doc,
            text=document_text(doc),
            quoted=_quoted_tokens(doc, passages),
            index=index,
            near_quotes=_sentences_touching_quotes(doc, index),
            sentences=sentence_index(doc),
            relay_tokens=relay_tokens,
            choose=choose,
        )


def attributions(
    doc: Doc, *, threshold: float | None = None, choose: ContentChooser = choose_content, resolve: NestingResolver = without_unlikely_nested
) -> Iterator[Attribution]:
    """Every attribution in ``doc``, in text order; ``choose`` picks each content among the parse's
    candidates (the trained ranker; scripts/train_content_ranker.py passes its own to learn it), and
    ``resolve`` which attributions of a nesting to keep (the trained model; its training script
    passes one that keeps them all)."""
    threshold = cue_model_threshold() if threshold is None else threshold
    reading = _Reading.of(doc, choose)
    found = [a for token in doc if (a := _attribution(reading, token, threshold)) is not None]
    used = {id(p) for a in found for p in a.passages}
    found = _without_nested_unattributed(found)
    found.sort(key=lambda a: a.start)
    orphans = [p for p in reading.index.items if id(p) not in used]
    yield from resolve(reading.text, _with_continuations(reading.text, reading.sentences, found, orphans))


def _attribution(reading: _Reading, token: Token, threshold: float) -> Attribution | None:
    """The attribution ``token`` is the cue of, if the cue model (at ``threshold``) or a fixed
    construction ("according to", a colon lead-in, a dash credit) makes it one."""
    doc, text, index, relay_tokens = reading.doc, reading.text, reading.index, reading.relay_tokens
    if token.i in relay_tokens or index.at(token.idx) is not None:
        return None
    sentence = reading.sentences.of(token)
    if len(sentence) > MAX_SENTENCE_TOKENS:
        return None
    according = (
        _according_to(token, sentence) or _in_source(token, sentence, threshold) or _colon_lead_in(doc, token, sentence)
        or _dash_credit(doc, token, index)
    )
    if according is not None:
        source_token, content_indices = according
        probability = 0.6 if token.text == ":" else 0.8 if token.text in _DASHES else 0.9
    else:
        if not is_candidate(token):
            return None
        near_quote = sentence.start in reading.near_quotes
        probability = cue_model_probability(token, near_quote)
        if probability < threshold:
            # layouts the cue model doubts: "as X put it, “…”", "Another tweeted, “…”"
            if _puts_it(token) is not None:
                probability = 0.9
            elif _opens_with_a_quote(token, index):
                probability = threshold
            else:
                return None
        source_token = _source_token(token, near_quote)
        content_indices = _content_indices(token, near_quote) or _after_colon(doc, token, sentence)
        inverted = _inverted_speaker(token) if source_token is None else None
        if inverted is not None:
            source_token, content_indices = inverted, set()
    # The source's words, less the cue's own clause ("Barkley, who said he votes Democratic":
    # the source's subtree holds that clause): never content.
    speaker_words = _subtree_span(source_token, exclude=[token]) if source_token is not None else set()
    if according is None:
        content_indices -= speaker_words
    content_indices.discard(token.i)
    # "asked leaders to disavow him and has called him …": a cue coordinated with this one reports on its own.
    # A relay ("said, citing Lavrov, that …") is not one.
    coordinated = (
        {i for c in _coordinated_cues(token, near_quote) if c.i not in relay_tokens for i in _subtree_span(c)}
        if according is None
        else set()
    )
    content_indices -= coordinated
    exclude = speaker_words | coordinated | {token.i}
    content = _fragments(doc, reading.choose(doc, token, _without_trailing_aside(doc, content_indices), exclude, reading.quoted))
    cue_span = _cue_span(token)
    clause = list(cue_span)
    source = _source_span(doc, source_token, token)
    antecedent = _relative_antecedent(doc, source_token, token)
    # A participle's borrowed subject ("“…,” Jealous said, suggesting that …") is not part of its
    # clause, and a participle with content of its own takes no quote that merely touches it.
    borrowed = according is None and source_token is not None and source_token != token.head and source_token not in token.subtree
    if source and not borrowed:
        clause = [min(clause[0], source[0]), max(clause[1], source[1])]
    nearby = index.near(min([clause[0], *(c[0] for c in content)]), max([clause[1], *(c[1] for c in content)]))
    touching = [p for p in nearby if any(s < ce and cs < e for s, e in p.fragments for cs, ce in content)]
    if not content or not (touching or borrowed):
        bare = not content and _ends_sentence(doc, token)
        touching += [p for p in _adjacent_passages(text, nearby, clause[0], clause[1], bare) if p not in touching]
    elif not borrowed and all(any(s <= cs and ce <= e for p in touching for s, e in p.fragments) for cs, ce in content):
        # "“That, unfortunately,” he said, “is part of …”": a quote its attribution interrupts after a comma
        touching += [
            p
            for p in _adjacent_passages(text, nearby, clause[0], clause[1])
            if p not in touching and _ends_with_comma(text, min([p, *touching], key=lambda passage: passage.start))
        ]
    if any(passage.end <= clause[0] and "\n" not in text[passage.end : clause[0]] for passage in touching):
        content, touching = _without_what_follows_the_cue(content, touching, clause[1])
    if not content and not touching:
        return None
    if source is None and not touching and not _is_passive(token) and not _speakerless(token):
        return None
    fragments = {span for passage in touching for span in passage.fragments}
    fragments.update(span for span in content if not any(s <= span[0] and span[1] <= e for s, e in fragments))
    if (lead_in := _colon_before_quote(text, touching, token.idx)) is not None:
        fragments = {span for span in fragments if span[0] >= lead_in}
    merged = _without_short_gaps(_merge(sorted(fragments), text), text, [s for s in (clause, source) if s])
    if not merged:
        return None
    return Attribution(
        cue=cue_span,
        source=source,
        content=merged,
        kind=_kind(text, merged, touching),
        confidence=round(min(0.95, 0.4 + probability / 2 + (0.1 if source else 0)), 3),
        passages=touching,
        cue_token=token.i,
        antecedent=antecedent,
    )


def _without_nested_unattributed(found: list[Attribution]) -> list[Attribution]:
    """Drop a speakerless attribution ("96 Russians are expected to leave") that lies inside the
    content of one with a speaker ("…, Reuters said"): the outer one already reports it."""
    attributed = [a for a in found if a.source is not None]

    def nested(item: Attribution) -> bool:
        return any(
            all(any(s <= start and end <= e for s, e in outer.content) for start, end in item.content) for outer in attributed
        )

    return [a for a in found if a.source is not None or not nested(a)]


_MAX_GAP_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"\w+")


def _without_short_gaps(spans: list[Span], text: str, attribution: list[Span]) -> list[Span]:
    """Pieces of one content a few words apart within a sentence made one ("called President |
    Barack Obama | an “ignorant baboon”"): PolNeAR's contents are contiguous there. Words of the
    attribution itself (cue, speaker) keep pieces apart."""
    joined: list[Span] = []
    for start, end in spans:
        if joined:
            gap = text[joined[-1][1] : start]
            if (
                0 < len(_WORD.findall(gap)) <= _MAX_GAP_WORDS
                and not _SENTENCE_END.search(gap)
                and not any(s < start and joined[-1][1] < e for s, e in attribution)
            ):
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined


def _merge(spans: list[Span], text: str) -> list[Span]:
    """Sorted spans with overlapping ones, and ones a lone conjunction separates, made one."""
    merged: list[Span] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or _JOINING_GAP.fullmatch(text, merged[-1][1], start)):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _starts_paragraph(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    return not text[line_start:position].strip()


def _sentence_end(text: str, sentences: SentenceIndex, position: int) -> int:
    """Where the parsed sentence holding ``position`` ends, within its paragraph (a full stop
    after "Mr." or "U.S." does not end it)."""
    newline = text.find("\n", position)
    return min(sentences.end_char_after(position), newline if newline >= 0 else len(text))


def _names_a_title(text: str, passage: QuotedPassage) -> bool:
    """``“Meet the Press”``, ``“Destiny and Power”``: a few words, each capitalised but the small ones."""
    # a quote longer than a title is read no further than that
    found = (m.group() for start, end in passage.fragments for m in _TITLE_WORD.finditer(text, start, end))
    words = list(itertools.islice(found, _LONGEST_TITLE + 1))
    return 0 < len(words) <= _LONGEST_TITLE and all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words)


def _names_a_title_after_a_word(text: str, passage: QuotedPassage) -> bool:
    """``on NBC's “Meet the Press”``, ``told “New Day”``: a title straight after a word names a work
    or programme; after punctuation (``said, “Thank You All”``) it may be what was said."""
    after_punctuation = _GLUE_BEFORE.search(text, max(0, passage.start - _GLUE_WINDOW), passage.start)
    if after_punctuation or not _names_a_title(text, passage):
        return False
    # in a headline every word is capitalised: there, title case tells nothing
    line_start = text.rfind("\n", 0, passage.start) + 1
    line_end = text.find("\n", passage.start)
    words = [w for w in _TITLE_WORD.findall(text, line_start, line_end if line_end >= 0 else len(text)) if w not in _TITLE_SMALL_WORDS]
    return sum(w[0].islower() for w in words) > _HEADLINE_LOWER_SHARE * len(words)


def _opens_a_sentence(text: str, passage: QuotedPassage) -> bool:
    return _SENTENCE_BEFORE.search(text, max(0, passage.start - _GLUE_WINDOW), passage.start) is not None


def _continues(text: str, sentences: SentenceIndex, previous: Attribution, passage: QuotedPassage) -> bool:
    """A quote with no cue of its own goes on from the attribution just before it: later in that
    attribution's sentence (after punctuation, or if it is no title), right after that sentence,
    opening a later sentence of its paragraph ("“…,” said X, who flew in with them. “…”"), or
    opening the next paragraph."""
    anchor = max(previous.content[-1][1], previous.cue[1] if previous.cue else 0)
    end = _sentence_end(text, sentences, anchor)
    if anchor < passage.start < end:
        return not _names_a_title_after_a_word(text, passage)
    gap = text[end : passage.start] if anchor < passage.start else "x"
    if not gap.strip():
        return True
    if anchor < passage.start and "\n" not in text[anchor : passage.start] and _opens_a_sentence(text, passage):
        return True
    return _starts_paragraph(text, passage.start) and not text[previous.content[-1][1] : passage.start].strip(" \t\r\n\"”’.,")


def _aside_of(text: str, sentences: SentenceIndex, current: Attribution, item: Attribution) -> bool:
    """``“…,” said Elizabeth Arnold, … who said she planned to demonstrate. “…”``: an unquoted
    attribution in the sentence of a quoted one is an aside, and so is the same speaker's own
    ("“…,” Carson told the AP after hinting that “…” could come. “…”"); quotes after it go on
    from the quoted one."""
    if not current.passages or current.cue is None or item.cue is None:
        return False
    if item.passages and item.source != current.source:
        return False
    return current.cue[0] <= item.cue[0] < _sentence_end(text, sentences, current.cue[1])


def _with_continuations(
    text: str, sentences: SentenceIndex, found: list[Attribution], orphans: list[QuotedPassage]
) -> list[Attribution]:
    """Attributions in text order, each taking the uncued quotes that continue it as fragments."""
    events: list[tuple[int, int, Attribution | QuotedPassage]] = [(a.start, 0, a) for a in found]
    events += [(p.start, 1, p) for p in orphans]
    events.sort(key=lambda item: (item[0], item[1]))
    result: list[Attribution] = []
    current: Attribution | None = None
    for _start, _order, item in events:
        if isinstance(item, Attribution):
            result.append(item)
            if current is None or not _aside_of(text, sentences, current, item):
                current = item
        elif current is not None and current.source is not None and _continues(text, sentences, current, item) and _starts_paragraph(text, item.start):
            current = Attribution(None, current.source, list(item.fragments), "direct", 0.6, [item], current.cue_token, current.antecedent)
            result.append(current)
        elif current is not None and current.source is not None and _continues(text, sentences, current, item):
            current.content = _merge(sorted(set(current.content) | set(item.fragments)), text)
            current.passages.append(item)
            current.kind = _kind(text, current.content, current.passages)
    result.sort(key=lambda a: a.start)
    return result


def _token_span(token: Token) -> Span:
    """The character span of the noun phrase headed by ``token`` (its compounds and modifiers)."""
    left = min((t for t in itertools.islice(token.subtree, 60) if t.i <= token.i and t.dep_ in {"compound", "amod", "poss", "case", "det", "nmod"} or t == token), key=lambda t: t.i)
    return (left.idx, token.idx + len(token.text))


def quotes(doc: Doc, entities: tuple[Entity, ...], actors: tuple[Actor, ...] = ()) -> Iterator[Quote]:
    """Quotes with resolved speakers, their actors and relay chains, in text order."""
    found = list(attributions(doc))
    text = document_text(doc)
    quoted = [span for p in document_passages(doc) for span in p.fragments]
    resolver = SpeakerResolver(doc, entities, quoted)
    actor_by_name: dict[str, Actor] = {}
    for actor in actors:
        actor_by_name.setdefault(actor.name.lower(), actor)
    actor_starts = [a.span[0] for a in actors]  # actors come in text order
    for attribution in found:
        source = attribution.source
        via: tuple[Relay, ...] = ()
        if attribution.cue_token is not None:
            cited, outlets = relays(doc[attribution.cue_token])
            if cited is not None and source is not None:
                relay_spans = [source] + [(t.idx, t.idx + len(t.text)) for t in outlets]
                via = tuple(
                    Relay(name=resolver.resolve(span) or clean_mention(text[span[0] : span[1]]), span=span)
                    for span in relay_spans
                )
                source = _token_span(cited)
        name = resolver.resolve(attribution.antecedent or source) if source is not None else None
        if name is not None and name.lower() in _NARRATOR:
            name = None  # the text's own author ("I recommend that…"): a span, not a speaker to group
        actor = _speaker_actor(name, source, actors, actor_starts, actor_by_name) if name else None
        if actor is not None and actor.sector is not None and source is not None and _heads(doc, source, actor.span):
            name = actor.name  # the coded name: "Russia's Foreign Ministry" -> "Russian Foreign Ministry"
        yield Quote(
            content=tuple(attribution.content),
            kind=attribution.kind,
            cue=attribution.cue,
            source=source,
            speaker=Speaker(name=name, actor=actor) if name else None,
            via=via,
            confidence=attribution.confidence,
        )


def _heads(doc: Doc, source: Span, inner: Span) -> bool:
    """Whether ``inner`` lies in ``source`` and holds its head word ("aides to the admiral" is not the admiral)."""
    span = doc.char_span(*source, alignment_mode="expand")
    return source[0] <= inner[0] and inner[1] <= source[1] and span is not None and inner[0] <= span.root.idx < inner[1]


def _speaker_actor(
    name: str, source: Span | None, actors: tuple[Actor, ...], starts: list[int], by_name: dict[str, Actor]
) -> Actor | None:
    """The coded actor of the speaker: the actor mentioned in the source, else the one of that name."""
    if source is not None:
        lo, hi = bisect.bisect_left(starts, source[0]), bisect.bisect_right(starts, source[1])
        inside = [a for a in actors[lo:hi] if a.span[1] <= source[1]]
        named = [a for a in inside if a.name == name]
        if named:
            return named[-1]
        # "The Russian leader" -> Vladimir Putin: his own actor, not the nationality word's.
        if name.lower() in by_name and all(a.sector is None or a.country is None for a in inside):
            return by_name[name.lower()]
        if inside:
            return inside[-1]
    return by_name.get(name.lower())  # "the administration" -> "Obama administration" -> "the Obama Administration"
