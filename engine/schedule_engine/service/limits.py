"""Request size limit: a body is read only up to the server's maximum."""

from __future__ import annotations

from fastapi import HTTPException, Request

from schedule_engine.errors import Diagnostic, InvalidInputError
from schedule_engine.io.bounded_input import loads


async def read_json_body(request: Request, max_bytes: int) -> object:
    """The decoded JSON body; 413 past ``max_bytes``; InvalidInputError for text that is not JSON."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise HTTPException(413, f"the request body is {declared} bytes; this server accepts at most {max_bytes}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise HTTPException(413, f"the request body exceeds {max_bytes} bytes")
        chunks.append(chunk)
    try:
        text = b"".join(chunks).decode("utf-8") or "null"
    except UnicodeDecodeError:
        raise InvalidInputError([Diagnostic("error", "the request body is not UTF-8 text",
                                            location="request body", code="invalid_json")]) from None
    return loads(text, "request body")
