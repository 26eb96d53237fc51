def test_entities_spans_and_canonical_names(reference_extraction, reference_text):
    assert reference_extraction.entities
    for entity in reference_extraction.entities:
        start, end = entity.span
        assert reference_text[start:end] == entity.text
    names = {e.text: e.name for e in reference_extraction.entities}
    assert names["Dmitry Medvedev"] == "Dmitry Medvedev"
    assert names["Spokesperson Maria Zakharova"] == "Maria Zakharova"
