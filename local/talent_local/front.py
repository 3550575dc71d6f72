"""HTTP front: turns each request into an API Gateway REST proxy event, routed by the template."""

from __future__ import annotations

import base64
import json
import logging
import re
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from werkzeug.datastructures import Headers
from werkzeug.wrappers import Request, Response

from talent.api.errors import ErrorInfo, ErrorResponse
from talent.api.limits import BODY_TOO_LARGE, MAX_BODY_BYTES, SECURITY_HEADERS
from talent_local.runtime import FunctionRuntime
from talent_local.template import FunctionSpec, Route, Template

logger = logging.getLogger("talent_local.front")


@dataclass(frozen=True)
class CompiledRoute:
    route: Route
    function: FunctionSpec
    pattern: re.Pattern[str]
    specificity: tuple[int, int]  # fewer parameters first, then longer literal path


def compile_route(route: Route, function: FunctionSpec) -> CompiledRoute:
    parts = []
    for segment in route.path.strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("+}"):
            parts.append(f"(?P<{segment[1:-2]}>.+)")
        elif segment.startswith("{") and segment.endswith("}"):
            parts.append(f"(?P<{segment[1:-1]}>[^/]+)")
        else:
            parts.append(re.escape(segment))
    pattern = re.compile("^/" + "/".join(parts) + "/?$")
    parameters = route.path.count("{")
    return CompiledRoute(route, function, pattern, (parameters, -len(route.path)))


_CORS_HEADERS = {  # SAM's Api Cors property -> the preflight response header
    "AllowOrigin": "Access-Control-Allow-Origin",
    "AllowHeaders": "Access-Control-Allow-Headers",
    "AllowMethods": "Access-Control-Allow-Methods",
    "MaxAge": "Access-Control-Max-Age",
}


@dataclass(frozen=True)
class GatewayCors:
    """What API Gateway adds for CORS, from the template's Api: the preflight's headers (its Cors
    property: OPTIONS on every path) and the headers of its own answers (GatewayResponses)."""

    preflight: dict[str, str]
    gateway: dict[str, str]

    @classmethod
    def from_template(cls, template: Template) -> GatewayCors:
        apis = list(template.of_type("AWS::Serverless::Api").values())
        props = apis[0]["Properties"] if apis else {}
        cors = template.resolve(props.get("Cors") or {})
        preflight = {header: _static(cors[name]) for name, header in _CORS_HEADERS.items() if name in cors}
        # The local front's own answers stand for DEFAULT_4XX/5XX and MISSING_AUTHENTICATION_TOKEN.
        default_4xx = template.resolve((props.get("GatewayResponses") or {}).get("DEFAULT_4XX") or {})
        headers = (default_4xx.get("ResponseParameters") or {}).get("Headers") or {}
        return cls(preflight, {name: _static(value) for name, value in headers.items()})


def _static(value: str) -> str:
    """API Gateway's static mapping value: 'text' in single quotes."""
    return value[1:-1] if value.startswith("'") and value.endswith("'") else value


def error_response(status: int, code: str, message: str, request_id: str, **headers: str) -> Response:
    """An answer of the front itself, as API Gateway's gateway responses give it (with the same
    security headers as every handler's response; template.yaml's GatewayResponses set them too)."""
    body = ErrorResponse(error=ErrorInfo(code=code, message=message, request_id=request_id))
    text = json.dumps(body.model_dump(mode="json"))
    response = Response(text, status=status, content_type="application/json")
    response.headers.update(SECURITY_HEADERS)
    for name, value in headers.items():
        response.headers[name.replace("_", "-")] = value
    return response


def raw_path(request: Request) -> str:
    """The path as sent, still percent-encoded: API Gateway matches routes on it, so `/projects/a%2Fb`
    is project `a/b`, not a path with one more segment (werkzeug's `request.path` is decoded)."""
    raw = request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI")
    if not raw:
        return quote(request.path)
    return urlsplit(raw).path if "://" in raw.split("?")[0] else raw.split("?")[0]


def _body_within_limit(request: Request) -> bytes | None:
    """The request's body, or None if it is over the product's limit (API Gateway allows 10 MB): a
    declared length over it is refused before anything is read."""
    if request.content_length and request.content_length > MAX_BODY_BYTES:
        return None
    body = request.get_data(cache=False)
    return body if len(body) <= MAX_BODY_BYTES else None


class ApiFront:
    """A WSGI app serving every `Api` event of every function in the template."""

    def __init__(
        self,
        functions: list[FunctionSpec],
        runtime: FunctionRuntime,
        stage: str = "local",
        cors: GatewayCors | None = None,
    ) -> None:
        self.runtime = runtime
        self.stage = stage
        self.cors = cors or GatewayCors({}, {})
        routes = [compile_route(route, spec) for spec in functions for route in spec.routes]
        self.routes = sorted(routes, key=lambda compiled: compiled.specificity)

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        started = time.perf_counter()
        response = self.handle(request)
        logger.info(
            "%s %s -> %s (%.0f ms)",
            request.method,
            request.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        return response(environ, start_response)

    def handle(self, request: Request) -> Response:
        request_id = str(uuid.uuid4())
        path = raw_path(request)
        matches = [(c, m) for c in self.routes if (m := c.pattern.match(path))]
        if matches and request.method == "OPTIONS" and self.cors.preflight:
            return Response("{}", status=200, headers=self.cors.preflight, content_type="application/json")
        if not matches:
            return self._gateway_error(404, "not_found", "No route matches this path and method", request_id)
        chosen = next(((c, m) for c, m in matches if c.route.method in (request.method, "ANY")), None)
        if chosen is None:
            allowed = sorted({c.route.method for c, _ in matches})
            return self._gateway_error(
                405,
                "method_not_allowed",
                f"{request.method} is not allowed here; use {', '.join(allowed)}",
                request_id,
                Allow=", ".join(allowed),
            )
        compiled, match = chosen
        body = _body_within_limit(request)
        if body is None:
            return self._gateway_error(413, "payload_too_large", BODY_TOO_LARGE, request_id)
        parameters = {name: unquote(value) for name, value in match.groupdict().items()}
        event = self.proxy_event(request, compiled.route, parameters, body, request_id)
        try:
            result = self.runtime.invoke(compiled.function, event)
        except Exception:
            # What API Gateway does when the Lambda itself crashes: 502, no details.
            logger.exception("handler %s crashed", compiled.function.logical_id)
            return self._gateway_error(502, "bad_gateway", "Internal server error", request_id)
        return self.http_response(result)

    def _gateway_error(
        self, status: int, code: str, message: str, request_id: str, **headers: str
    ) -> Response:
        """An answer API Gateway gives itself: its GatewayResponses' headers (CORS) included."""
        response = error_response(status, code, message, request_id, **headers)
        response.headers.update(self.cors.gateway)
        return response

    def proxy_event(
        self, request: Request, route: Route, path_parameters: dict[str, str], body: bytes, request_id: str
    ) -> dict[str, Any]:
        headers = Headers(request.headers)
        # API Gateway adds these; handlers build absolute URLs from them.
        headers.setdefault("X-Forwarded-Proto", request.scheme)
        headers.setdefault("X-Forwarded-For", request.remote_addr or "127.0.0.1")
        query = request.args
        try:
            text: str | None = body.decode("utf-8") if body else None
            is_base64 = False
        except UnicodeDecodeError:
            text, is_base64 = base64.b64encode(body).decode(), True
        return {
            "resource": route.path,
            "path": request.path,
            "httpMethod": request.method,
            "headers": {name: value for name, value in headers.items()} or None,
            "multiValueHeaders": {name: headers.getlist(name) for name in headers.keys()} or None,  # noqa: SIM118
            "queryStringParameters": {k: query.getlist(k)[-1] for k in query} or None,
            "multiValueQueryStringParameters": {k: query.getlist(k) for k in query} or None,
            "pathParameters": path_parameters or None,
            "stageVariables": None,
            "requestContext": {
                "resourcePath": route.path,
                "httpMethod": request.method,
                "path": f"/{self.stage}{request.path}",
                "stage": self.stage,
                "requestId": request_id,
                "requestTimeEpoch": int(time.time() * 1000),
                "requestTime": time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime()),
                "identity": {
                    "sourceIp": request.remote_addr or "127.0.0.1",
                    "userAgent": headers.get("User-Agent"),
                },
                "accountId": "123456789012",
                "apiId": "local",
                "protocol": request.environ.get("SERVER_PROTOCOL", "HTTP/1.1"),
            },
            "body": text,
            "isBase64Encoded": is_base64,
        }

    @staticmethod
    def http_response(result: Any) -> Response:
        if not isinstance(result, dict) or "statusCode" not in result:
            return error_response(502, "bad_gateway", "Malformed Lambda proxy response", "")
        raw = result.get("body") or ""
        data = base64.b64decode(raw) if result.get("isBase64Encoded") else str(raw).encode()
        response = Response(data, status=int(result["statusCode"]))
        response.headers.pop("Content-Type", None)
        for name, value in (result.get("headers") or {}).items():
            response.headers[name] = str(value)
        for name, values in (result.get("multiValueHeaders") or {}).items():
            response.headers.remove(name)
            for value in values:
                response.headers.add(name, str(value))
        return response
