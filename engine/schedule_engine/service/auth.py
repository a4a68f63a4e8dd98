"""The API's one secret: every request carries ``Authorization: Bearer <token>``
with the token from ``SCHEDULE_ENGINE_API_TOKEN``.  No token configured means
no access at all."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request

CHALLENGE = {"WWW-Authenticate": "Bearer"}


def bearer_token(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def check_token(request: Request, expected: str) -> None:
    """401 without a Bearer token, 403 with a wrong one (or when the server has none)."""
    token = bearer_token(request.headers.get("authorization"))
    if token is None:
        raise HTTPException(401, "an 'Authorization: Bearer <token>' header is required",
                            headers=CHALLENGE)
    if not expected or not hmac.compare_digest(token.encode(), expected.encode()):
        raise HTTPException(403, "the token is not valid for this server")
