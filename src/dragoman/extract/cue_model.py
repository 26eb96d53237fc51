"""A logistic cue classifier over parse features, trained on PolNeAR train
(scripts/train_cue_model.py); it decides which words introduce reported speech or belief."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import cue_lexicon
from .linear_models import linear_model

CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "ADP", "PUNCT"})


def is_candidate(token: Token) -> bool:
    """Words that could be cues at all: content words, prepositions ("according to"), colons."""
    if token.pos_ == "PUNCT":
        return token.text == ":"
    return token.pos_ in CANDIDATE_POS and (token.pos_ != "ADP" or token.lower_ in {"according", "to", "for", "in"})


def _child_deps(token: Token) -> set[str]:
    return {c.dep_ for c in token.children}


def cue_features(token: Token, touches_quote: bool) -> list[str]:
    """Indicator features of one candidate token."""
    lemma = token.lemma_.lower()
    deps = _child_deps(token)
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    prior = cue_lexicon().get(lemma, 0.0)
    features = [
        "bias",
        f"lemma={lemma}",
        f"lemma_pos={lemma}|{token.pos_}",
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"head_dep={token.dep_}|{token.head.dep_}",
        f"prior={min(int(prior * 10), 9)}",
        f"lemma_dep={lemma}|{token.dep_}",
        f"prev={token.nbor(-1).lower_ if token.i > 0 else '^'}",
        f"next={token.nbor(1).lower_ if token.i + 1 < len(token.doc) else '$'}",
        f"quote={touches_quote}",
        f"lemma_quote={lemma}|{touches_quote}",
    ]
    features += [f"child={d}" for d in deps]
    features += [f"lemma_child={lemma}|{d}" for d in deps if d in {"ccomp", "dobj", "xcomp", "nsubj", "prep", "dative", "auxpass", "neg"}]
    if subject is not None:
        features.append(f"subject={subject.pos_}|{subject.ent_type_ or '-'}")
        features.append(f"subject_lemma={subject.lemma_.lower()}" if subject.pos_ == "PRON" else "subject_named")
    else:
        features.append("no_subject")
    # A root is its own head: it gets its own lemma here, as the trained weights expect.
    features.append(f"head_lemma={token.head.lemma_.lower()}")
    return features


def cue_model_threshold() -> float:
    return linear_model("cue_model").threshold


def cue_model_probability(token: Token, touches_quote: bool) -> float:
    """Probability that ``token`` is an attribution cue."""
    return linear_model("cue_model").probability(cue_features(token, touches_quote))
