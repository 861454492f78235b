"""``kiemtra serve``'s HTTP API: the same answers as the CLI, downloads, refusals, privacy.

The application runs in Starlette's test client with its real pool of worker processes.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from kiemtra_lint.cli import main  # noqa: E402
from kiemtra_lint.web.app import create_app  # noqa: E402
from kiemtra_lint.web.uploads import Limits, safe_name  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DRAFTS = ("kiem-diem.docx", "so-ket.docx", "sach.docx", "danh-so-tu-dong.docx", "danh-so-go-tay.docx")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# An invented draft with one wrong percentage (49/53 is 92,45%) and no report type line.
MD_DRAFT = "# I. KẾT QUẢ\n\nChi bộ có 49/53 đảng viên, đạt 90,5%, tham gia sinh hoạt đầy đủ.\n".encode()


@pytest.fixture(scope="module")
def client():
    if not (SAMPLES / "kiem-diem.docx").is_file():
        pytest.skip("samples/*.docx are not built (python samples/build.py)")
    with TestClient(create_app(jobs=2, limits=Limits(max_bytes=2 * 1024 * 1024, max_files=5))) as c:
        yield c


def cli_json(capsys, monkeypatch, folder: Path, *args: str) -> str:
    """What ``kiemtra check --format json ARGS`` prints, run in ``folder``."""
    monkeypatch.chdir(folder)
    capsys.readouterr()
    main(["check", "--format", "json", "--jobs", "1", *args])
    return capsys.readouterr().out


def upload(*names: str, folder: Path = SAMPLES) -> list:
    return [("file", (n, (folder / n).read_bytes())) for n in names]


def error_of(response) -> dict:
    return response.json()["error"]


# -- the same answers as the CLI ------------------------------------------------------------

def test_check_answers_exactly_the_cli_json(client, capsys, monkeypatch):
    expected = cli_json(capsys, monkeypatch, SAMPLES, "kiem-diem.docx")
    response = client.post("/api/check", files=upload("kiem-diem.docx"))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert response.text == expected
    assert json.loads(response.text)["summary"] == {"files": 1, "errors": 9, "warnings": 11, "infos": 2}


def test_check_several_files_with_options_matches_the_cli(client, capsys, monkeypatch):
    expected = cli_json(capsys, monkeypatch, SAMPLES, "so-ket.docx", "sach.docx", "--lang", "en",
                        "--profile", "kiem-diem", "--report-date", "2023-07-05")
    response = client.post("/api/check", files=upload("so-ket.docx", "sach.docx"),
                           data={"lang": "en", "profile": "kiem-diem", "report_date": "05/7/2023"})
    assert response.status_code == 200
    assert response.text == expected


def test_markdown_upload_matches_the_cli(client, capsys, monkeypatch, tmp_path):
    (tmp_path / "chi-bo.md").write_bytes(MD_DRAFT)
    expected = cli_json(capsys, monkeypatch, tmp_path, "chi-bo.md")
    response = client.post("/api/check", files=upload("chi-bo.md", folder=tmp_path))
    assert response.text == expected
    finding = next(f for f in response.json()["files"][0]["findings"] if f["rule"] == "KT201")
    assert finding["excerpt"] == "90,5%"
    assert response.json()["files"][0]["profile"] is None


def test_report_carries_the_same_json_and_the_html_report_with_rule_links(client):
    files = upload("kiem-diem.docx")
    plain = client.post("/api/check", files=files).text
    response = client.post("/api/report", files=files)
    assert response.status_code == 200
    body = response.json()
    assert body["json"] == plain
    assert body["html"].startswith("<!DOCTYPE html>")
    assert ('<a href="http://testserver/rules/KT301?lang=vi" target="_blank" rel="noopener"><code>KT301</code></a>'
            in body["html"])


def test_unreadable_file_gets_the_cli_message_and_422(client, capsys, monkeypatch, tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    (tmp_path / "hong.docx").write_bytes(b"not a zip at all")
    expected = cli_json(capsys, monkeypatch, tmp_path, "scan.pdf", "hong.docx")
    response = client.post("/api/check", files=upload("scan.pdf", "hong.docx", folder=tmp_path))
    assert response.status_code == 422
    assert response.text == expected
    assert [f["error"] for f in response.json()["files"]] == [
        "scan.pdf: không hỗ trợ loại tệp '.pdf'; chỉ đọc .docx, .docm, .dotx, .md, .txt",
        "hong.docx: không đọc được: không phải tệp .docx hợp lệ (không phải gói ZIP)"]


# -- the annotated copy --------------------------------------------------------------------

def test_annotate_returns_the_copy_with_one_comment_per_finding(client):
    response = client.post("/api/annotate", files=upload("kiem-diem.docx"))
    assert response.status_code == 200
    assert response.headers["content-type"] == DOCX_TYPE
    assert response.headers["content-disposition"] == (
        "attachment; filename=\"kiemtra-nhan-xet.docx\"; filename*=UTF-8''kiem-diem-nhan-xet.docx")
    with zipfile.ZipFile(io.BytesIO(response.content)) as z:
        comments = z.read("word/comments.xml").decode()
    assert comments.count(f"<w:comment ") == 22
    assert response.headers["x-kiemtra-comments"] == "22"


def test_annotate_names_a_vietnamese_file_in_rfc5987(client):
    files = [("file", ("Báo cáo.docx", (SAMPLES / "so-ket.docx").read_bytes()))]
    response = client.post("/api/annotate", files=files)
    assert response.status_code == 200
    assert response.headers["content-disposition"].endswith(
        "filename*=UTF-8''B%C3%A1o%20c%C3%A1o-nhan-xet.docx")


def test_annotate_refuses_a_text_file_and_a_broken_docx(client):
    response = client.post("/api/annotate", files=[("file", ("chi-bo.md", MD_DRAFT))])
    assert response.status_code == 415
    assert error_of(response) == {"code": "not-docx",
                                  "message": "chi-bo.md: chỉ ghi nhận xét được vào tệp Word (.docx, .docm, .dotx)"}
    response = client.post("/api/annotate", files=[("file", ("hong.docx", b"PK\x03\x04 broken"))], data={"lang": "en"})
    assert response.status_code == 422
    assert error_of(response)["code"] == "KT001"
    assert error_of(response)["message"].startswith("hong.docx: cannot read")


def test_annotate_takes_one_file(client):
    response = client.post("/api/annotate", files=upload("kiem-diem.docx", "so-ket.docx"))
    assert response.status_code == 400
    assert error_of(response) == {"code": "one-file", "message": "Mỗi lần chỉ ghi nhận xét vào một tệp."}


# -- the fixed copy ------------------------------------------------------------------------

# An invented paragraph with two certain fixes: a symbol written with spaces (KT301) and an
# invisible zero-width space (KT502).
FIX_TEXT = "Thực hiện Nghị quyết số 07 - NQ/HU, kết quả\u200b tuyên truyền được nâng lên rõ rệt."


def tracked_changes(docx: bytes) -> list[tuple[str, str]]:
    """(kind, text) of each w:del and w:ins of the body, in order."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return [(el.tag[len(W_NS):], "".join(t.text or "" for t in el.iter(f"{W_NS}t", f"{W_NS}delText")))
            for el in root.iter(f"{W_NS}del", f"{W_NS}ins")]


def test_fix_answers_the_bytes_kiemtra_fix_writes(tmp_path, monkeypatch, capsys):
    from docx_factory import make_docx, p

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # before the worker processes start
    src, out = make_docx(tmp_path / "du-thao.docx", p(FIX_TEXT)), tmp_path / "da-sua.docx"
    assert main(["fix", str(src), "-o", str(out), "--lang", "en", "--report-date", "2023-07-05"]) == 0
    assert "(KT301: 1, KT502: 1)" in capsys.readouterr().err
    with TestClient(create_app(jobs=1)) as own:
        response = own.post("/api/fix", files=upload("du-thao.docx", folder=tmp_path),
                            data={"lang": "en", "report_date": "05/7/2023"})
    assert response.status_code == 200
    assert response.headers["content-type"] == DOCX_TYPE
    assert response.headers["content-disposition"] == (
        "attachment; filename=\"kiemtra-da-sua.docx\"; filename*=UTF-8''du-thao-da-sua.docx")
    assert (response.headers["x-kiemtra-fixes"], response.headers["x-kiemtra-fixes-left"]) == ("2", "0")
    assert response.content == out.read_bytes()
    assert tracked_changes(response.content) == [("del", "07 - NQ/HU"), ("ins", "07-NQ/HU"), ("del", "\u200b")]


def test_fix_of_a_sample_and_of_a_draft_with_nothing_certain(client):
    response = client.post("/api/fix", files=upload("kiem-diem.docx"))
    assert response.status_code == 200
    assert response.headers["x-kiemtra-fixes"] == "3"
    # KT301's is in a footnote; KT201 rounds the truncated 94,8% (37/39 = 94,87%)
    assert tracked_changes(response.content) == [("del", "hoà"), ("ins", "hòa"), ("del", "94,8"), ("ins", "94,9")]
    files = [("file", ("Báo cáo.docx", (SAMPLES / "sach.docx").read_bytes()))]
    response = client.post("/api/fix", files=files)
    assert response.status_code == 200
    assert response.headers["x-kiemtra-fixes"] == "0"
    assert response.headers["content-disposition"].endswith("filename*=UTF-8''B%C3%A1o%20c%C3%A1o-da-sua.docx")
    assert tracked_changes(response.content) == []


def test_fix_refuses_what_annotate_refuses(client):
    response = client.post("/api/fix", files=[("file", ("chi-bo.md", MD_DRAFT))])
    assert response.status_code == 415
    assert error_of(response) == {"code": "not-docx",
                                  "message": "chi-bo.md: chỉ ghi sửa đổi được vào tệp Word (.docx, .docm, .dotx)"}
    response = client.post("/api/fix", files=[("file", ("chi-bo.txt", b"x"))], data={"lang": "en"})
    assert error_of(response)["message"] == "chi-bo.txt: fixes can only be written into a Word file (.docx, .docm, .dotx)"
    response = client.post("/api/fix", files=[("file", ("hong.docx", b"PK\x03\x04 broken"))])
    assert response.status_code == 422
    assert error_of(response)["code"] == "KT001"
    assert error_of(response)["message"].startswith("hong.docx: không đọc được")
    response = client.post("/api/fix", files=upload("kiem-diem.docx", "so-ket.docx"))
    assert response.status_code == 400
    assert error_of(response) == {"code": "one-file", "message": "Mỗi lần chỉ ghi sửa đổi vào một tệp."}
    response = client.post("/api/fix", files=upload("kiem-diem.docx"), data={"profile": "bien-ban"})
    assert response.status_code == 400
    assert error_of(response)["code"] == "unknown-profile"
    assert client.post("/api/fix").json()["error"]["code"] == "no-file"
    assert client.get("/api/fix").status_code == 405


# -- refusals: limits, bad requests, bad options ---------------------------------------------

def test_too_many_files(client):
    response = client.post("/api/check", files=upload(*DRAFTS, "kiem-diem.docx"))
    assert response.status_code == 413
    assert error_of(response) == {"code": "too-many-files", "message": "Quá nhiều tệp: mỗi lần gửi tối đa 5 tệp."}


def test_far_too_many_files_is_still_a_polite_400(client):
    files = [("file", (f"{i}.md", b"x")) for i in range(40)]
    response = client.post("/api/check", files=files)
    assert response.status_code == 400
    assert error_of(response)["code"] == "bad-upload"


def test_too_large_by_content_length(client):
    response = client.post("/api/check", files=[("file", ("lon.txt", b"a" * (2 * 1024 * 1024 + 1)))])
    assert response.status_code == 413
    assert error_of(response) == {"code": "too-large", "message": (
        "Tệp tải lên quá lớn: mỗi lần gửi tối đa 2 MB. Hãy gửi từng tệp một, hoặc bỏ bớt hình ảnh trong bản thảo.")}


def test_too_large_without_content_length_is_cut_off_as_it_streams(client):
    boundary = "ranh-gioi"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode()

    def body():  # chunked: no Content-Length to refuse up front
        yield head
        for _ in range(5):
            yield b"a" * (1024 * 1024)
        yield f"\r\n--{boundary}--\r\n".encode()

    response = client.post("/api/check", content=body(),
                           headers={"content-type": f"multipart/form-data; boundary={boundary}"}, params={"lang": "en"})
    assert response.status_code == 413
    assert error_of(response)["message"].startswith("The upload is too large: at most 2 MB per request.")


@pytest.mark.parametrize("content_type, body", [
    ("multipart/form-data; boundary=x", b"--x\r\nFoo: bar\r\n\r\ndata\r\n--x--\r\n"),  # no Content-Disposition
    ("multipart/form-data", b"no boundary here"),
])
def test_malformed_multipart_is_a_400(client, content_type, body):
    response = client.post("/api/check", content=body, headers={"content-type": content_type})
    assert response.status_code == 400
    assert error_of(response) == {"code": "bad-upload", "message": (
        "Không đọc được dữ liệu tải lên: cần gửi dạng multipart/form-data, mỗi tệp trong một trường “file”.")}


@pytest.mark.parametrize("kwargs", [{}, {"data": {"profile": "kiem-diem"}}, {"files": [("tep", ("a.md", b"x"))]},
                                    {"content": b"{}", "headers": {"content-type": "application/json"}}])
def test_no_file_is_a_400(client, kwargs):
    response = client.post("/api/check", **kwargs)
    assert response.status_code == 400
    assert error_of(response) == {"code": "no-file", "message": (
        "Chưa có tệp nào: hãy chọn một hoặc nhiều tệp .docx, .md, .txt (trường “file”).")}


@pytest.mark.parametrize("data, code, message", [
    ({"profile": "bien-ban"}, "unknown-profile", "Không có hồ sơ “bien-ban”. Các hồ sơ đã biết: bao-cao, "
     "bao-cao-chinh-tri, bao-cao-hanh-chinh, chuong-trinh, cong-van, de-an, huong-dan, ke-hoach, kiem-diem, "
     "kiem-diem-hang-nam, luat, nghi-dinh, nghi-quyet, quyet-dinh, so-ket, thong-bao, thong-tu, to-trinh, tong-ket"),
    ({"report_date": "31/2/2023"}, "bad-date",
     "report_date: ngày không hợp lệ: '31/2/2023' (dạng 2023-07-05 hoặc 05/7/2023)"),
    ({"lang": "fr"}, "bad-lang", "lang: chỉ nhận vi, en, không nhận “fr”"),
])
def test_bad_options_are_400_with_the_cli_words(client, data, code, message):
    response = client.post("/api/check", files=[("file", ("chi-bo.md", MD_DRAFT))], data=data)
    assert response.status_code == 400
    assert error_of(response) == {"code": code, "message": message}


def test_unknown_pages_and_methods_answer_json(client):
    assert client.get("/api/nothing").json() == {"error": {"code": "not-found", "message": "Không có trang này."}}
    response = client.get("/api/check?lang=en")
    assert response.status_code == 405
    assert error_of(response) == {"code": "method", "message": "This address does not take that method."}


# -- nothing kept, nothing mixed -------------------------------------------------------------

def test_nothing_is_left_in_the_temporary_folder(client, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    client.post("/api/check", files=upload("kiem-diem.docx", "so-ket.docx"))
    client.post("/api/annotate", files=upload("sach.docx"))
    client.post("/api/check", files=[("file", ("a.md", MD_DRAFT))], data={"profile": "khong-co"})
    client.post("/api/annotate", files=[("file", ("hong.docx", b"junk"))])
    client.post("/api/fix", files=upload("so-ket.docx"))
    client.post("/api/fix", files=[("file", ("hong.docx", b"junk"))])
    assert os.listdir(tmp_path) == []


def test_answers_are_private(client):
    response = client.post("/api/check", files=[("file", ("a.md", MD_DRAFT))])
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_concurrent_uploads_never_mix(client, capsys, monkeypatch):
    expected = {name: cli_json(capsys, monkeypatch, SAMPLES, name) for name in DRAFTS}
    jobs = [DRAFTS[i % len(DRAFTS)] for i in range(20)]
    with ThreadPoolExecutor(10) as pool:
        answers = list(pool.map(lambda n: client.post("/api/check", files=upload(n)).text, jobs))
    assert answers == [expected[n] for n in jobs]


def test_two_uploads_of_the_same_name_stay_apart(client):
    files = [("file", ("du-thao.md", MD_DRAFT)), ("file", ("du-thao.md", b"# I. KHAC\n\nMot doan.\n"))]
    body = client.post("/api/check", files=files).json()
    assert [f["path"] for f in body["files"]] == ["du-thao.md", "du-thao.md"]
    assert [[f["rule"] for f in file["findings"]].count("KT201") for file in body["files"]] == [1, 0]


# -- the page and the rules ------------------------------------------------------------------

def test_page_in_vietnamese_and_english(client):
    vi = client.get("/")
    assert vi.status_code == 200
    assert "<title>kiemtra-lint · Kiểm tra bản thảo</title>" in vi.text
    assert '<option value="kiem-diem">' in vi.text
    assert "connect-src 'self'" in vi.headers["content-security-policy"]
    en = client.get("/?lang=en")
    assert "<title>kiemtra-lint · Check a draft</title>" in en.text
    assert "at most 5 files, 2 MB per upload" in en.text


def test_rule_explanation_page(client):
    response = client.get("/rules/kt201?lang=en")
    assert response.status_code == 200
    assert "<h1>KT201 · " in response.text
    assert client.get("/rules/KT999").json() == {"error": {"code": "no-rule", "message": "Không có quy tắc KT999."}}


def test_static_script_is_served(client):
    response = client.get("/static/page.js")
    assert response.status_code == 200
    assert "/api/report" in response.text


@pytest.mark.parametrize("given, kept", [
    ("du-thao.docx", "du-thao.docx"),
    ("C:\\Users\\an\\Báo cáo.docx", "Báo cáo.docx"),
    ("../../etc/passwd", "passwd"),
    ("..", "tep-tai-len"),
    ("a\x00b<c>.md", "a_b_c_.md"),
    ("x" * 300 + ".docx", "x" * 195 + ".docx"),
])
def test_safe_name(given, kept):
    assert safe_name(given) == kept


def _die() -> None:  # run in a worker: as if it ran out of memory
    os._exit(9)


def _double(n: int) -> int:
    return 2 * n


def test_a_dead_worker_is_replaced():
    import asyncio

    from kiemtra_lint.web.work import WorkerDied, Workers

    workers = Workers(1)

    async def scenario():
        with pytest.raises(WorkerDied):
            await workers.run(_die)
        return await workers.run(_double, 21)

    try:
        assert asyncio.run(scenario()) == 42
    finally:
        workers.close()



def test_braces_in_the_server_address_cannot_break_the_rule_links():
    # the address comes from the request's Host header; str.format would choke on "{0}"
    from kiemtra_lint.report.html import _rule_code

    assert _rule_code("KT201", {"rule_link": "http://may{0}chu/rules/{code}?lang=vi"}) == (
        '<a href="http://may{0}chu/rules/KT201?lang=vi" target="_blank" rel="noopener"><code>KT201</code></a>')
    assert _rule_code("KT201", {"rule_link": None}) == "<code>KT201</code>"
