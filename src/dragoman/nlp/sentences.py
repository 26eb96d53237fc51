"""Sentence of a token in O(log n): spaCy's `Token.sent` scans the document on every call."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token


class SentenceIndex:
    def __init__(self, doc: Doc) -> None:
        self.sentences: list[Span] = list(doc.sents)
        self.starts = [s.start for s in self.sentences]

    def of(self, token: Token) -> Span:
        return self.sentences[bisect.bisect_right(self.starts, token.i) - 1]
