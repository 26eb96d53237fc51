"""What keeps the server safe: a write token, a body-size limit and security headers."""

from __future__ import annotations

import hmac

from fastapi import Header, HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


class SecurityHeaders(BaseHTTPMiddleware):
    """A strict Content-Security-Policy and friends on every response."""

    async def dispatch(self, request: Request, call_next) -> Response:  # type: ignore[override]
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response


class BodyLimit:
    """Reject request bodies over ``limit`` bytes with 413, whether or not they declare a length."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._too_large(scope, receive, send)
            return
        # No declared length (chunked): read up to the limit, then replay what was read.
        messages: list[Message] = []
        received = 0
        more = scope["method"] not in {"GET", "HEAD", "OPTIONS", "DELETE"}
        while more:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            received += len(message.get("body", b""))
            if received > self.limit:
                await self._too_large(scope, receive, send)
                return
            more = message.get("more_body", False)

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = JSONResponse({"detail": f"request body over the limit of {self.limit} bytes"}, status_code=413)
        await response(scope, receive, send)


def require_token(expected: str | None):
    """A dependency that admits a request only with ``Authorization: Bearer <DRAGOMAN_TOKEN>``."""

    def check(authorization: str | None = Header(default=None)) -> None:
        if not expected:
            raise HTTPException(status_code=403, detail="writing is disabled: set DRAGOMAN_TOKEN on the server")
        supplied = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(supplied.encode(), expected.encode()):
            raise HTTPException(status_code=401, detail="a valid token is required to write")

    return check


def token_matches(expected: str | None, authorization: str | None) -> bool:
    if not expected or not authorization:
        return False
    return hmac.compare_digest(authorization.removeprefix("Bearer ").strip().encode(), expected.encode())
