"""What every response and request body shares, for the handlers (talent.api.requests) and the local
stack's front alike. No logger here: the local stack imports this before the functions' environment is
set, and a powertools Logger reads its service name when it is made."""

from __future__ import annotations

MAX_BODY_BYTES = 1024 * 1024
BODY_TOO_LARGE = f"The body is over {MAX_BODY_BYTES // 1024} KB"  # the 413's message
SECURITY_HEADERS: dict[str, str] = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}
