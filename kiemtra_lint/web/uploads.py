"""A request's files: read under the size and count limits into a private temporary folder.

The readers take a path, so each upload is written to a folder only this process can read
(``tempfile`` makes it 0700) and the folder is deleted as soon as the answer is ready,
whatever happens.  The size limit counts the body as it arrives, so a client that sends no
Content-Length, or a false one, cannot push more than the limit into the server.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import asynccontextmanager
from dataclasses import dataclass

import regex
from starlette.datastructures import UploadFile
from starlette.requests import Request

from ..findings import Msg
from .errors import WebError
from .work import Upload

MB = 1024 * 1024
CHUNK = MB
MAX_NAME_BYTES = 200  # file systems allow 255; a Vietnamese letter takes up to 3 bytes
_UNSAFE = regex.compile(r"[\p{Cc}\p{Cf}:*?\"<>|]")


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * MB  # the whole request
    max_files: int = 20

    def too_large(self) -> WebError:
        size = f"{self.max_bytes / MB:g} MB"
        return WebError(413, "too-large", Msg(
            f"Tệp tải lên quá lớn: mỗi lần gửi tối đa {size}. "
            "Hãy gửi từng tệp một, hoặc bỏ bớt hình ảnh trong bản thảo.",
            f"The upload is too large: at most {size} per request. Send one file at a time, or remove pictures "
            "from the draft."))

    def too_many(self) -> WebError:
        return WebError(413, "too-many-files", Msg(
            f"Quá nhiều tệp: mỗi lần gửi tối đa {self.max_files} tệp.",
            f"Too many files: at most {self.max_files} per request."))


NO_FILE = Msg("Chưa có tệp nào: hãy chọn một hoặc nhiều tệp .docx, .md, .txt (trường “file”).",
              "No file: choose one or more .docx, .md, .txt files (field “file”).")
BAD_FORM = Msg("Không đọc được dữ liệu tải lên: cần gửi dạng multipart/form-data, mỗi tệp trong một trường “file”.",
               "The upload cannot be read: send multipart/form-data, each file in a field named “file”.")


def safe_name(filename: str) -> str:
    """The browser's file name without its folders or characters a file system refuses."""
    name = _UNSAFE.sub("_", filename.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    if name in ("", ".", ".."):
        name = "tep-tai-len"
    stem, suffix = os.path.splitext(name)
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return stem + suffix


def limited(request: Request, limits: Limits) -> Request:
    """The same request, whose body stops with a 413 once it grows past the limit."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise limits.too_large()
    received = 0

    async def receive():
        nonlocal received
        message = await request.receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limits.max_bytes:
                raise limits.too_large()
        return message

    return Request(request.scope, receive)


@asynccontextmanager
async def received(request: Request, limits: Limits):
    """Yield (uploads, form) for the files in the fields named ``file``; the private folder
    and the parser's buffers are gone when the block ends."""
    try:
        # one file more than allowed, so that exactly one too many gets its own message
        form = await limited(request, limits).form(max_files=limits.max_files + 1, max_fields=32)
    except WebError:
        raise
    except Exception:  # noqa: BLE001 - whatever the multipart parser makes of a malformed body
        raise WebError(400, "bad-upload", BAD_FORM) from None
    try:
        files = [v for v in form.getlist("file") if isinstance(v, UploadFile) and v.filename]
        if not files:
            raise WebError(400, "no-file", NO_FILE)
        if len(files) > limits.max_files:
            raise limits.too_many()
        with tempfile.TemporaryDirectory(prefix="kiemtra-serve-") as folder:
            yield [await _save(f, os.path.join(folder, str(i))) for i, f in enumerate(files)], form
    finally:
        await form.close()


async def _save(upload: UploadFile, folder: str) -> Upload:
    """Each file in a folder of its own, so that two uploads of the same name never meet."""
    os.mkdir(folder)
    name = safe_name(upload.filename or "")
    path = os.path.join(folder, name)
    with open(path, "wb") as out:
        while chunk := await upload.read(CHUNK):
            out.write(chunk)
    return Upload(name=name, path=path)
