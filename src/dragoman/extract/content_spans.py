"""Choose the content span of an indirect attribution among the parse's candidates.

The rules give one span for a cue (its clause complement, its objects, the clause it interrupts);
the parse offers others (each complement alone, the clause after the cue, each cut at a comma or
without its leading "that"/preposition). A logistic ranker trained on PolNeAR train
(scripts/train_content_ranker.py) scores each candidate as the exact content and the best one is
kept. Quoted content is left to the quote marks: the ranker only sees spans without them.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Token

#: Dependents of the cue whose subtrees are candidate contents.
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "advcl", "attr", "oprd", "acomp", "nsubjpass", "conj", "parataxis"})
#: Marks where a candidate may be cut, keeping what comes before.
_CUT_MARKS = frozenset({",", "—", "–", "-", "(", ";"})
_FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX"})
_MAX_TOKENS = 600
#: How much better (log-odds) another candidate must score than the rules' own to replace it.
MARGIN = 0.5


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate content: its token indices and how it was made."""

    tokens: frozenset[int]
    tags: frozenset[str]
    from_rules: bool


def _subtree(token: Token) -> set[int]:
    return {t.i for t in itertools.islice(token.subtree, _MAX_TOKENS)}


def _variants(doc: Doc, base: set[int], origin: str) -> Iterator[tuple[set[int], tuple[str, str]]]:
    """The span, each cut before a comma or dash inside it, and without a leading "that"/preposition."""
    yield base, (origin, "var=whole")
    if not base:
        return
    ordered = sorted(base)
    for i in ordered[1:]:
        if doc[i].text in _CUT_MARKS:
            yield {j for j in base if j < i}, (origin, f"var=cut{doc[i].text}")
    first = doc[ordered[0]]
    if first.pos_ in {"SCONJ", "ADP"}:
        yield base - {first.i}, (origin, f"var=lead_{first.lower_}")


def candidates(doc: Doc, cue: Token, rule_content: set[int], exclude: set[int]) -> list[Candidate]:
    """Distinct candidate contents for ``cue`` (the rules' own among them), without ``exclude``."""
    found: list[tuple[set[int], tuple[str, str]]] = []
    if rule_content:
        found += _variants(doc, set(rule_content), "gen=rule")
    for child in cue.children:
        if child.dep_ in _COMPLEMENT_DEPS and (child.i > cue.i or child.dep_ in {"ccomp", "nsubjpass"}):
            found += _variants(doc, _subtree(child), f"gen={child.dep_}")
    if cue.head != cue:
        found += _variants(doc, _subtree(cue.head) - _subtree(cue), "gen=head")
    after = {t.i for t in cue.sent if t.i > cue.i}
    if after:
        found += _variants(doc, after, "gen=after")
    rules = frozenset(set(rule_content) - exclude)
    tags: dict[frozenset[int], set[str]] = {}
    for tokens, made in found:
        span = frozenset(tokens - exclude)
        if span and not all(doc[i].is_punct or doc[i].is_space for i in span):
            tags.setdefault(span, set()).update(made)
    return [Candidate(span, frozenset(made), span == rules) for span, made in tags.items()]


def _length(n: int) -> str:
    return "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8-15" if n <= 15 else "16-30" if n <= 30 else "31+"


def _word(token: Token | None, edge: str) -> str:
    if token is None:
        return edge
    return token.lower_ if token.pos_ in _FUNCTION_POS or token.is_punct else token.pos_


def candidate_features(doc: Doc, cue: Token, candidate: Candidate) -> list[str]:
    """Indicator features of one candidate: how it was made, its edges, its length, its place."""
    ordered = sorted(candidate.tokens)
    first, last = doc[ordered[0]], doc[ordered[-1]]
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    preceding = doc[first.i - 1] if first.i > 0 else None
    lemma = cue.lemma_.lower()
    origins = sorted(t for t in candidate.tags if t.startswith("gen="))
    cuts = sorted(t for t in candidate.tags if t.startswith("var="))
    length = _length(len(ordered))
    side = "before" if last.i < cue.i else "after" if first.i > cue.i else "around"
    ends_sentence = following is None or following.is_sent_start or following.text in {".", "?", "!"}
    features = [
        "bias",
        f"rule={candidate.from_rules}",
        f"len={length}",
        f"first={_word(first, '^')}|{first.dep_}",
        f"last={_word(last, '$')}|{last.dep_}",
        f"next={_word(following, '$')}",
        f"prev={_word(preceding, '^')}",
        f"side={side}",
        f"sentend={ends_sentence}",
        f"gaps={len(ordered) != last.i - first.i + 1}",
    ]
    features += [f"g={o}" for o in origins] + [f"v={c}" for c in cuts]
    features += [f"lemma_g={lemma}|{o}" for o in origins]
    features += [f"rule_v={candidate.from_rules}|{c}" for c in cuts]
    features += [f"g_len={o}|{length}" for o in origins]
    return features


@functools.cache
def _weights() -> dict[str, float]:
    return json.loads(resources.files("dragoman.data").joinpath("content_ranker.json").read_text(encoding="utf-8"))


def choose_content(doc: Doc, cue: Token, rule_content: set[int], exclude: set[int], quoted: frozenset[int]) -> set[int]:
    """The best-scoring candidate content for an indirect attribution; quoted content stays as is."""
    if not rule_content or any(i in quoted for i in rule_content):
        return rule_content
    weights = _weights()
    best, best_score, rules_score = rule_content, float("-inf"), float("-inf")
    for candidate in candidates(doc, cue, rule_content, exclude):
        if any(i in quoted for i in candidate.tokens):
            continue
        score = sum(weights.get(f, 0.0) for f in candidate_features(doc, cue, candidate))
        if candidate.from_rules:
            rules_score = score
        if score > best_score:
            best, best_score = set(candidate.tokens), score
    return best if best_score >= rules_score + MARGIN else rule_content
