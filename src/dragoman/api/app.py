"""The HTTP API and the web UI, one process over the store (`dragoman serve`)."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from importlib import resources
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from ..errors import StoreError
from ..export import write_csv
from ..io.language import detect_language
from ..jsonio import extraction_to_dict
from ..model import Document
from ..store import Filters, Store
from .security import BodyLimit, SecurityHeaders, require_token, token_matches

MAX_PAGE = 500
DEFAULT_BODY_LIMIT = 1_000_000
Date = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Format = Annotated[Literal["json", "csv"], Query(description="json (paginated) or csv (a download)")]


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, description="Article text; offsets in the answer index it.")
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    title: str | None = None
    url: str | None = None


def create_app(db_url: str, *, token: str | None = None, body_limit: int = DEFAULT_BODY_LIMIT) -> FastAPI:
    """The application over the database at ``db_url``; writing needs ``token``."""
    token = token if token is not None else os.environ.get("DRAGOMAN_TOKEN") or None
    store = Store(db_url)
    app = FastAPI(
        title="dragoman",
        summary="Who said what, and who did what to whom, in the news: quotes and PLOVER/CAMEO events with their text spans.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=body_limit)
    swagger = _swagger_folder()
    if swagger is not None:
        app.mount("/swagger", StaticFiles(directory=str(swagger)), name="swagger")

    def page(rows: Iterator[dict[str, Any]], limit: int, offset: int, format: str, name: str) -> Any:
        items = list(rows)
        if format == "csv":
            buffer = io.StringIO()
            write_csv(iter(items), buffer)
            return StreamingResponse(
                iter([buffer.getvalue()]),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
            )
        # A ready response: FastAPI's generic encoder would cost ten times the JSON encoding itself.
        return JSONResponse({"items": items, "limit": limit, "offset": offset, "next": offset + limit if len(items) == limit else None})

    async def fetch(table: str, filters: Filters) -> list[dict[str, Any]]:
        try:
            return await run_in_threadpool(lambda: list(store.rows(table, filters)))  # type: ignore[arg-type]
        except StoreError as error:
            raise HTTPException(status_code=503, detail=str(error)) from None

    @app.get("/api/documents", tags=["documents"], summary="Documents, newest last; `search` is full-text")
    async def documents(
        search: str | None = None, since: Date = None, until: Date = None,
        limit: Limit = 50, offset: Offset = 0, format: Format = "json",
    ) -> Any:
        rows = await fetch("documents", Filters(search=search, since=since, until=until, limit=limit, offset=offset))
        return page(({k: v for k, v in r.items() if k != "text"} for r in rows), limit, offset, format, "documents")

    @app.get("/api/documents/{document_id}", tags=["documents"], summary="One document with its text and every span")
    async def document(document_id: str) -> Any:
        rows = await fetch("documents", Filters(document=document_id, limit=1))
        if not rows:
            raise HTTPException(status_code=404, detail="no such document")
        only = Filters(document=document_id)
        return JSONResponse({
            "document": rows[0],
            "quotes": await fetch("quotes", only),
            "events": await fetch("events", only),
            "entities": await fetch("entities", only),
        })

    @app.get("/api/quotes", tags=["quotes"], summary="Quotes by speaker, actor, kind, date or words")
    async def quotes(
        speaker: str | None = None, actor: str | None = None, kind: Literal["direct", "mixed", "indirect"] | None = None,
        since: Date = None, until: Date = None, search: str | None = None, document: str | None = None,
        limit: Limit = 50, offset: Offset = 0, format: Format = "json",
    ) -> Any:
        filters = Filters(speaker=speaker, actor=actor, kind=kind, since=since, until=until, search=search,
                          document=document, limit=limit, offset=offset)
        return page(iter(await fetch("quotes", filters)), limit, offset, format, "quotes")

    @app.get("/api/events", tags=["events"], summary="Events by type, actors, country, place or date")
    async def events(
        type: str | None = None, actor: str | None = None, source: str | None = None, target: str | None = None,
        country: str | None = None, place: str | None = None, since: Date = None, until: Date = None,
        document: str | None = None, limit: Limit = 50, offset: Offset = 0, format: Format = "json",
    ) -> Any:
        filters = Filters(type=type, actor=actor, source=source, target=target, country=country, place=place,
                          since=since, until=until, document=document, limit=limit, offset=offset)
        return page(iter(await fetch("events", filters)), limit, offset, format, "events")

    @app.get("/api/actors", tags=["actors"], summary="Actors with their mention counts")
    async def actors(
        search: str | None = None, actor: str | None = None, since: Date = None, until: Date = None,
        limit: Limit = 50, offset: Offset = 0, format: Format = "json",
    ) -> Any:
        filters = Filters(search=search, actor=actor, since=since, until=until, limit=limit, offset=offset)
        return page(iter(await fetch("actors", filters)), limit, offset, format, "actors")

    @app.get("/api/dyads", tags=["actors"], summary="Top source-target pairs: event counts and mean Goldstein score")
    async def dyads(
        type: str | None = None, actor: str | None = None, since: Date = None, until: Date = None,
        limit: Limit = 100, offset: Offset = 0, format: Format = "json",
    ) -> Any:
        filters = Filters(type=type, actor=actor, since=since, until=until, limit=limit, offset=offset)
        rows = await run_in_threadpool(lambda: list(store.dyads(filters)))
        return page(iter(rows), limit, offset, format, "dyads")

    @app.get("/api/timeline", tags=["events"], summary="Events per date and PLOVER type")
    async def timeline(type: str | None = None, actor: str | None = None, since: Date = None, until: Date = None) -> Any:
        filters = Filters(type=type, actor=actor, since=since, until=until)
        return {"items": await run_in_threadpool(lambda: list(store.timeline(filters)))}

    @app.post("/api/extract", tags=["extract"], summary="Extract from a text; stored only with the write token")
    async def extract(body: ExtractRequest, request: Request) -> Any:
        from ..extraction import extract_documents

        document = Document(text=body.text, published=body.published, title=body.title, url=body.url)
        language, _probability = detect_language(body.text)
        if language != "en":
            raise HTTPException(status_code=422, detail=f"not English (detected {language!r}): dragoman reads English only")
        extraction = await run_in_threadpool(lambda: next(extract_documents([document])))
        stored = False
        authorization = request.headers.get("authorization")
        if authorization is not None:
            if not token_matches(token, authorization):
                raise HTTPException(status_code=401, detail="a valid token is required to store")
            stored = await run_in_threadpool(lambda: store.write(extraction))
        return {**extraction_to_dict(extraction), "stored": stored}

    @app.delete("/api/documents/{document_id}", tags=["documents"], summary="Delete a document (needs the token)",
                dependencies=[Depends(require_token(token))])
    async def delete_document(document_id: str) -> Any:
        if not await run_in_threadpool(lambda: store.delete(document_id)):
            raise HTTPException(status_code=404, detail="no such document")
        return {"deleted": document_id}

    app.mount("/static", StaticFiles(directory=str(resources.files("dragoman.web").joinpath("static"))), name="static")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(_read_static("docs.html"))

    @app.get("/", include_in_schema=False)
    async def index() -> HTMLResponse:
        return HTMLResponse(_read_static("index.html"))

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, error: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=503)

    app.state.store = store
    return app


def app_from_environment() -> FastAPI:
    """The app for `dragoman serve --workers N`: each server process builds its own."""
    return create_app(os.environ["DRAGOMAN_SERVE_DB"], body_limit=int(os.environ.get("DRAGOMAN_SERVE_BODY_LIMIT", DEFAULT_BODY_LIMIT)))


def _read_static(name: str) -> str:
    return resources.files("dragoman.web").joinpath("static", name).read_text(encoding="utf-8")


def _swagger_folder() -> Any:
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    return swagger_ui_path
