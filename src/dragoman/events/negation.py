"""Whether a clause says its act was not done: a negation on the verb, or a subject naming nobody."""

from __future__ import annotations

from spacy.tokens import Token

_NEGATIONS = frozenset({"not", "never", "n't"})
_NOBODY = frozenset({"nobody", "none", "neither"})


def denies(child: Token) -> bool:
    """Whether a dependent of a verb denies its act: "not", "never", or a subject that says
    nobody did it ("neither X nor Y helped", "no country condemned", "nobody")."""
    if child.dep_ == "neg" or child.lower_ in _NEGATIONS:
        return True
    if child.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return child.lower_ in _NOBODY or any(g.lower_ in {"neither", "no"} and g.dep_ in {"preconj", "det"} for g in child.children)


def is_negated(verb: Token) -> bool:
    """Whether ``verb`` is denied by one of its own dependents."""
    return any(denies(child) for child in verb.children)
