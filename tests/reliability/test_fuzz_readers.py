"""Readers on hostile bytes: no exception escapes, every document read has real text."""

from __future__ import annotations

import gzip
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dragoman.io import ReadOptions, read_documents

SUFFIXES = [".txt", ".html", ".jsonl", ".csv", ".xml", ".rss", ".warc", ".warc.gz"]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def read_file(path):
    errors = []
    documents = list(read_documents([str(path)], ReadOptions(max_bytes=2_000_000), errors.append))
    for document in documents:
        assert isinstance(document.text, str) and document.text.strip()
    for error in errors:
        assert str(path) in str(error) or str(path) in error.source
    return documents, errors


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    read_file(path)


@FUZZ
@given(text=st.text(max_size=2000))
def test_any_unicode_text_is_kept_exactly(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "input.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    documents, errors = read_file(path)
    if documents:
        assert documents[0].text == text.removeprefix("\ufeff")


@FUZZ
@given(lines=st.lists(st.one_of(st.text(max_size=80), st.builds(lambda t: '{"text": %s}' % repr(t), st.text(max_size=40))), max_size=20))
def test_jsonl_lines_of_anything(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("fuzz") / "input.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    read_file(path)


def test_deeply_nested_html(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 20000 + "Putin said it was regrettable." + "</div>" * 20000 + "</body></html>")
    read_file(path)


def test_mixed_encodings_are_an_error_naming_the_file(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Café in UTF-8, ".encode("utf-8") + "café in Latin-1".encode("latin-1"))
    documents, errors = read_file(path)
    assert documents == [] and "not valid UTF-8" in str(errors[0])


@pytest.mark.parametrize("cut", [10, 100, 300, 600, 900])
def test_truncated_warc_gz(tmp_path, cut):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for i in range(3):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = f"<html><body><article><p>Story {i}: the minister said the talks had failed and would resume.</p></article></body></html>".encode()
        writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response", payload=io.BytesIO(body), http_headers=headers))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) - cut])
    read_file(path)


def test_truncated_plain_gzip_named_warc(tmp_path):
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" * 50)[:-20])
    documents, errors = read_file(path)
    assert documents == [] and errors
