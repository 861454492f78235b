"""The one error the web layer answers with: a 4xx status and a message in both languages."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse

from ..findings import Msg


class WebError(HTTPException):
    """A request the server refuses, answered as ``{"error": {"code", "message"}}``.

    It is an HTTPException so that it also stops a request from inside the body stream
    (the size limit), where Starlette's exception middleware still turns it into a response.
    """

    def __init__(self, status: int, code: str, message: Msg) -> None:
        super().__init__(status_code=status, detail=message.vi)
        self.code = code
        self.message = message


def error_response(exc: WebError, lang: str) -> JSONResponse:
    return JSONResponse({"error": {"code": exc.code, "message": exc.message.get(lang)}},
                        status_code=exc.status_code)
