import pytest

from tests.api.conftest import TOKEN


def test_documents_list_search_and_detail(client):
    listing = client.get("/api/documents").json()
    assert listing["items"] and "text" not in listing["items"][0]
    document_id = next(d["id"] for d in listing["items"] if "putin-sanctions" in (d["path"] or ""))
    found = client.get("/api/documents", params={"search": "Zakharova payback"}).json()["items"]
    assert document_id in [d["id"] for d in found]
    assert client.get("/api/documents", params={"search": "xylophonequartz"}).json()["items"] == []
    detail = client.get(f"/api/documents/{document_id}").json()
    text = detail["document"]["text"]
    for quote in detail["quotes"]:
        for start, end in quote["content"]:
            assert 0 <= start < end <= len(text)
    assert detail["events"] and detail["entities"]
    assert client.get("/api/documents/nope").status_code == 404


def test_quotes_events_actors_filters(client):
    putin = client.get("/api/quotes", params={"speaker": "Putin"}).json()["items"]
    assert putin and all("Putin" in q["speaker"]["name"] for q in putin)
    assert all(q["kind"] == "direct" for q in client.get("/api/quotes", params={"kind": "direct"}).json()["items"])
    sanctions = client.get("/api/events", params={"type": "SANCTION", "actor": "USA"}).json()["items"]
    assert sanctions and {e["type"] for e in sanctions} == {"SANCTION"}
    assert client.get("/api/events", params={"country": "RUS", "since": "2016-12-29", "until": "2016-12-29"}).json()["items"]
    assert client.get("/api/events", params={"place": "Maryland"}).json()["items"]
    actors = client.get("/api/actors", params={"limit": 5}).json()
    assert len(actors["items"]) == 5 and actors["next"] == 5
    assert client.get("/api/dyads").json()["items"]
    assert client.get("/api/timeline").json()["items"]


def test_pagination_is_stable(client):
    first = client.get("/api/actors", params={"limit": 3, "offset": 0}).json()["items"]
    second = client.get("/api/actors", params={"limit": 3, "offset": 3}).json()["items"]
    both = client.get("/api/actors", params={"limit": 6}).json()["items"]
    assert first + second == both


def test_csv_download(client):
    response = client.get("/api/quotes", params={"format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines()[0].startswith("id,document_id")


@pytest.mark.parametrize(
    "hostile", ["'; DROP TABLE quotes; --", "%", "_", "\\", '" OR 1=1 --', "NEAR(a b)", "* AND OR", "\x00"]
)
def test_sql_and_fts_metacharacters_are_plain_text(client, hostile):
    for path, name in [("/api/quotes", "speaker"), ("/api/quotes", "search"), ("/api/documents", "search"),
                       ("/api/events", "type"), ("/api/events", "place"), ("/api/actors", "search")]:
        response = client.get(path, params={name: hostile})
        assert response.status_code == 200, (path, name, response.text)
    assert client.get("/api/quotes").json()["items"]


def test_limits_and_validation(client):
    assert client.get("/api/quotes", params={"limit": 5000}).status_code == 422
    assert client.get("/api/events", params={"since": "yesterday"}).status_code == 422
    assert client.post("/api/extract", json={"text": "x" * 30_000}).status_code == 413
    chunked = client.post("/api/extract", content=(b"x" for _ in range(30_000)), headers={"content-type": "application/json"})
    assert chunked.status_code == 413


def test_extract_stores_only_with_the_token(client):
    text = "Chancellor Angela Merkel said Germany would send aid to Greece."
    answer = client.post("/api/extract", json={"text": text, "published": "2015-07-01"}).json()
    assert answer["stored"] is False and answer["quotes"]
    assert client.post("/api/extract", json={"text": text}, headers={"Authorization": "Bearer wrong"}).status_code == 401
    stored = client.post("/api/extract", json={"text": text}, headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert stored["stored"] is True
    document_id = stored["document"]["id"]
    assert client.delete(f"/api/documents/{document_id}").status_code == 401
    assert client.delete(f"/api/documents/{document_id}", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_openapi_docs_and_security_headers(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/documents", "/api/quotes", "/api/events", "/api/actors", "/api/extract"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/swagger/swagger-ui-bundle.js" in docs.text
    assert client.get("/swagger/swagger-ui-bundle.js").status_code == 200
    page = client.get("/")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert "http" not in page.text.replace("http-equiv", "")  # no CDN: every asset is local
