import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dragoman.io import ReadOptions, read_documents

ARTICLE_HTML = """<!doctype html><html><head><title>Moscow vows response to sanctions</title>
<meta property="og:title" content="Moscow vows response to sanctions">
<meta property="article:published_time" content="2016-12-29T18:00:00Z">
<link rel="canonical" href="https://example.org/news/moscow-response"></head>
<body><nav>Home | World</nav><article><h1>Moscow vows response to sanctions</h1>
<p>Russian Foreign Ministry Spokesperson Maria Zakharova warned of payback on Thursday after the
White House penalized Moscow for alleged interference in the U.S. election.</p>
<p>"If Washington takes new hostile steps, it will receive an answer," she said in a statement
published by the ministry in Moscow late on Thursday evening.</p></article>
<footer>Copyright</footer></body></html>"""


def read(paths, **options):
    errors = []
    documents = list(read_documents([str(p) for p in paths], ReadOptions(**options), errors.append))
    return documents, [str(e) for e in errors]


def test_text_is_kept_exactly(tmp_path):
    raw = "  Title line\r\n\r\n“Quoted,” she said.\n\n"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    (document,), errors = read([path])
    assert errors == []
    assert document.text == raw
    assert document.path == str(path)


def test_published_from_flag_then_file_name(tmp_path):
    named = tmp_path / "story-2016-12-30.txt"
    named.write_text("Putin said so.", encoding="utf-8")
    (document,), _ = read([named])
    assert document.published == "2016-12-30"
    (document,), _ = read([named], published="2017-01-02")
    assert document.published == "2017-01-02"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"", "empty"),
        (b"   \n\t", "empty"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_bad_text_is_named_and_others_still_read(tmp_path, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Medvedev said it.", encoding="utf-8")
    documents, errors = read([bad, good])
    assert [d.text for d in documents] == ["Medvedev said it."]
    assert len(errors) == 1 and str(bad) in errors[0] and reason in errors[0]


def test_missing_file_and_empty_glob(tmp_path):
    documents, errors = read([tmp_path / "nope.txt", tmp_path / "*.none"])
    assert documents == []
    assert "no such file" in errors[0] and "no file matches" in errors[1]


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    documents, errors = read([path], max_bytes=100)
    assert documents == [] and "over the limit" in errors[0]


def test_html_article_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    (document,), errors = read([path])
    assert errors == []
    assert "Zakharova warned of payback" in document.text
    assert "Copyright" not in document.text and "Home | World" not in document.text
    assert document.title == "Moscow vows response to sanctions"
    assert document.published == "2016-12-29"
    assert document.url == "https://example.org/news/moscow-response"


def test_broken_html_is_an_error(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><<<>>>", encoding="utf-8")
    documents, errors = read([path])
    assert documents == [] and str(path) in errors[0]


def test_jsonl_fields_and_bad_line(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"body": "Putin said he regretted it.", "day": "2016-12-30", "headline": "H1", "link": "u1"}),
        "{not json",
        json.dumps({"other": "no text"}),
        json.dumps({"body": "Zakharova warned.", "day": "30 December 2016"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, errors = read(
        [path], text_field="body", date_field="day", title_field="headline", url_field="link"
    )
    assert [(d.text, d.published, d.title, d.url) for d in documents] == [
        ("Putin said he regretted it.", "2016-12-30", "H1", "u1"),
        ("Zakharova warned.", "2016-12-30", None, None),
    ]
    assert [e.split(":")[-2].strip() for e in errors] == ["2", "3"]
    assert "bad JSON" in errors[0] and "'body'" in errors[1]


def test_csv_fields(tmp_path):
    path = tmp_path / "docs.csv"
    path.write_text('text,published,title\n"He said, ""no.""",2016-12-30,T\n', encoding="utf-8")
    (document,), errors = read([path])
    assert errors == []
    assert (document.text, document.published, document.title) == ('He said, "no."', "2016-12-30", "T")


def test_rss_feed(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>One</title><link>https://example.org/1</link>
        <pubDate>Fri, 30 Dec 2016 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;Putin said Russia would not expel anyone.&lt;/p&gt;</description></item>
        <item><title>Two</title><link>https://example.org/2</link><description>Plain text item.</description></item>
        </channel></rss>""",
        encoding="utf-8",
    )
    documents, errors = read([path])
    assert errors == []
    assert [d.title for d in documents] == ["One", "Two"]
    assert documents[0].text.strip() == "Putin said Russia would not expel anyone."
    assert documents[0].published == "2016-12-30" and documents[0].url == "https://example.org/1"
    assert documents[0].source == "Wire"


def _warc(path, pages):
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body, content_type in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def test_warc_html_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(
        path,
        [
            ("https://example.org/a", ARTICLE_HTML.encode(), "text/html; charset=utf-8"),
            ("https://example.org/img.png", b"\x89PNG", "image/png"),
            ("https://example.org/empty", b"<html><body></body></html>", "text/html"),
        ],
    )
    documents, errors = read([path])
    assert len(documents) == 1 and documents[0].url == "https://example.org/moscow-response".replace("moscow", "news/moscow")
    assert len(errors) == 1 and "#3" in errors[0]


def test_truncated_warc_keeps_what_was_read(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://example.org/a", ARTICLE_HTML.encode(), "text/html")] * 2)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])
    documents, errors = read([path])
    assert len(documents) >= 1
    assert errors and str(path) in errors[-1]


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    documents, errors = read([tmp_path])
    assert [d.text for d in documents] == ["First.", "Second."] and errors == []


def test_gzip_is_not_mistaken_for_text(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(gzip.compress(b"hello"))
    documents, errors = read([path])
    assert documents == [] and errors
