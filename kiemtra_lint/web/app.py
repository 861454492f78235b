"""The routes of ``kiemtra serve``: the page, the API, the rules' explanations.

``POST /api/check``     multipart, fields ``file`` (one or more), optional ``profile``,
                        ``report_date``, ``lang``: exactly what ``kiemtra check --format json``
                        prints for the same files (200; 422 when a file could not be read,
                        as the CLI exits 2; the file's "error" says why).
``POST /api/report``    the same fields: {"json": <that JSON>, "html": <the HTML report>}
                        (what the page shows).
``POST /api/annotate``  one ``file`` (.docx): the copy with a Word comment per finding
                        (their number in ``X-Kiemtra-Comments``).
``POST /api/fix``       one ``file`` (.docx): the copy with each certain fix as a tracked change
                        (``kiemtra fix``; their number in ``X-Kiemtra-Fixes``, the fixes that could
                        not be written exactly in ``X-Kiemtra-Fixes-Left``).
``GET /rules/KT201``    a rule's explanation (``kiemtra rules KT201``).

Every refusal is a JSON ``{"error": {"code", "message"}}`` with a 4xx status.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..config import Settings
from ..findings import Msg
from .errors import WebError, error_response
from .options import asked_lang, request_settings
from .page import CSP, STATIC, render_page, render_rule
from .uploads import Limits, received
from .work import Refusal, WorkerDied, Workers, annotate, check, fix

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PRIVATE_HEADERS = [(b"cache-control", b"no-store"), (b"x-content-type-options", b"nosniff"),
                   (b"referrer-policy", b"no-referrer")]
ONE_FILE = Msg("Mỗi lần chỉ ghi nhận xét vào một tệp.", "Comments are written into one file at a time.")
ONE_FILE_FIX = Msg("Mỗi lần chỉ ghi sửa đổi vào một tệp.", "Fixes are written into one file at a time.")
NOT_FOUND = Msg("Không có trang này.", "No such page.")
NOT_ALLOWED = Msg("Địa chỉ này không nhận cách gửi đó.", "This address does not take that method.")


def _died(uploads) -> WebError:
    names = ", ".join(u.name for u in uploads)
    return WebError(422, "worker-died", Msg(
        f"{names}: không kiểm tra được: tiến trình kiểm tra bị dừng đột ngột (có thể do tệp quá lớn hoặc hỏng)",
        f"{names}: could not be checked: the worker process died (the file may be too large or damaged)"))


def create_app(settings: Settings | None = None, jobs: int | None = None,
               limits: Limits | None = None) -> "PrivateHeaders":
    """The web application; ``settings`` are the server's own (its --config file)."""
    limits = limits or Limits()
    base = settings or Settings()
    workers = Workers(jobs or os.cpu_count() or 1)

    async def run(uploads, fn, *args):
        try:
            return await workers.run(fn, *args)
        except WorkerDied:
            raise _died(uploads) from None

    async def checked(request: Request, with_html: bool) -> dict:
        async with received(request, limits) as (uploads, form):
            options = request_settings(base, form, request.query_params)
            request.state.lang = options.lang
            rule_link = f"{request.base_url}rules/{{code}}?lang={options.lang}" if with_html else None
            return await run(uploads, check, uploads, options, rule_link)

    async def api_check(request: Request) -> Response:
        out = await checked(request, with_html=False)
        return Response(out["json"], status_code=422 if out["unreadable"] else 200,
                        media_type="application/json; charset=utf-8")

    async def api_report(request: Request) -> Response:
        out = await checked(request, with_html=True)
        return JSONResponse({"json": out["json"], "html": out["html"]})

    def word_copy_route(fn, one_file: Msg, suffix_vi: str, counted: str, left_header: str | None = None):
        """POST one Word ``file``: the copy ``fn`` makes (work.annotate, work.fix) as a download
        named "<stem>-<suffix_vi>.docx", how many it wrote in the header ``counted`` (and how
        many it left for a person in ``left_header``)."""
        async def route(request: Request) -> Response:
            async with received(request, limits) as (uploads, form):
                options = request_settings(base, form, request.query_params)
                request.state.lang = options.lang
                if len(uploads) != 1:
                    raise WebError(400, "one-file", one_file)
                out = await run(uploads, fn, uploads[0], options)
            if isinstance(out, Refusal):
                raise WebError(out.status, out.code, out.message)
            data, done, left = out
            stem, suffix = os.path.splitext(uploads[0].name)
            name = f"{stem}-{suffix_vi}{suffix}"
            headers = {"content-disposition": f"attachment; filename=\"kiemtra-{suffix_vi}{suffix}\"; "
                                              f"filename*=UTF-8''{quote(name)}",
                       counted: str(done)}
            if left_header is not None:
                headers[left_header] = str(left)
            return Response(data, media_type=DOCX_TYPE, headers=headers)

        return route

    api_annotate = word_copy_route(annotate, ONE_FILE, "nhan-xet", "x-kiemtra-comments")
    api_fix = word_copy_route(fix, ONE_FILE_FIX, "da-sua", "x-kiemtra-fixes", "x-kiemtra-fixes-left")

    async def page(request: Request) -> Response:
        return HTMLResponse(render_page(asked_lang(request.query_params), base, limits),
                            headers={"content-security-policy": CSP})

    async def rule(request: Request) -> Response:
        lang = asked_lang(request.query_params)
        html = render_rule(request.path_params["code"].upper(), lang)
        if html is None:
            raise WebError(404, "no-rule", Msg(f"Không có quy tắc {request.path_params['code']}.",
                                               f"No rule {request.path_params['code']}."))
        return HTMLResponse(html)

    def lang_of(request: Request) -> str:
        return getattr(request.state, "lang", None) or asked_lang(request.query_params)

    async def refused(request: Request, exc: WebError) -> Response:
        return error_response(exc, lang_of(request))

    async def http_error(request: Request, exc: HTTPException) -> Response:
        """Starlette's own refusals (no such page, wrong method) in the same JSON shape."""
        words = {404: ("not-found", NOT_FOUND), 405: ("method", NOT_ALLOWED)}
        code, message = words.get(exc.status_code, ("bad-request", Msg(str(exc.detail), str(exc.detail))))
        status = exc.status_code if 400 <= exc.status_code < 500 else 400
        return JSONResponse({"error": {"code": code, "message": message.get(lang_of(request))}},
                            status_code=status, headers=exc.headers)

    @asynccontextmanager
    async def lifespan(app):
        yield
        workers.close()

    app = Starlette(routes=[
        Route("/", page),
        Route("/api/check", api_check, methods=["POST"]),
        Route("/api/report", api_report, methods=["POST"]),
        Route("/api/annotate", api_annotate, methods=["POST"]),
        Route("/api/fix", api_fix, methods=["POST"]),
        Route("/rules/{code}", rule),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ], exception_handlers={WebError: refused, HTTPException: http_error},  # type: ignore[dict-item]
        lifespan=lifespan)
    return PrivateHeaders(app)


class PrivateHeaders:
    """ASGI wrapper: no answer is cached or guessed at by the browser (nothing is kept)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        async def with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + PRIVATE_HEADERS
            await send(message)

        await self.app(scope, receive, with_headers if scope["type"] == "http" else send)
