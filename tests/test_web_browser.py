"""``kiemtra serve`` in a real browser: Debian's chromium driven by selenium.

The server runs on 127.0.0.1 (uvicorn, in a thread); the browser uploads a sample, waits for
the report, clicks a filter, downloads the annotated copy, the fixed copy (tracked changes)
and the JSON, and the files are checked.  Skipped, saying why, when chromium or its driver is not installed (.ci/run
installs both).
"""

from __future__ import annotations

import io
import json
import shutil
import socket
import threading
import time
import zipfile
from pathlib import Path

import pytest

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install '.[test]')")
uvicorn = pytest.importorskip("uvicorn")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from kiemtra_lint.cli import main  # noqa: E402
from kiemtra_lint.web.app import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "kiem-diem.docx"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="no browser: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")

WAIT = 60  # seconds: the first check starts the worker processes


@pytest.fixture(scope="module")
def server():
    if not SAMPLE.is_file():
        pytest.skip("samples/kiem-diem.docx is not built (python samples/build.py)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(jobs=1), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "the server did not start"
    yield f"http://127.0.0.1:{port}/"
    running.should_exit = True
    thread.join(10)


@pytest.fixture
def browser(tmp_path):
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(tmp_path),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    driver.downloads = tmp_path
    yield driver
    driver.quit()


def downloaded(folder: Path, name: str) -> bytes:
    path = folder / name
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if path.is_file() and not list(folder.glob("*.crdownload")):
            return path.read_bytes()
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded; the folder has {sorted(p.name for p in folder.iterdir())}")


def wait_for_report(driver) -> None:
    WebDriverWait(driver, WAIT).until(lambda d: d.find_element(By.ID, "downloads").is_displayed())
    driver.switch_to.frame(driver.find_element(By.ID, "report"))
    WebDriverWait(driver, WAIT).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready"))


def test_upload_filter_and_download(server, browser, capsys, monkeypatch):
    browser.get(server)
    assert browser.title == "kiemtra-lint · Kiểm tra bản thảo"
    browser.find_element(By.ID, "files").send_keys(str(SAMPLE))
    wait_for_report(browser)
    shown = browser.find_element(By.ID, "shown")
    assert shown.text == "Đang hiện 22 trên 22 phát hiện"
    browser.find_element(By.CSS_SELECTOR, "input[name=sev][value=error]").click()  # hide the 9 errors
    assert shown.text == "Đang hiện 13 trên 22 phát hiện"
    visible = [a for a in browser.find_elements(By.CSS_SELECTOR, ".view[data-view=section] article.finding")
               if a.is_displayed()]
    assert len(visible) == 13 and all(a.get_attribute("data-sev") != "error" for a in visible)
    marked = browser.find_element(By.CSS_SELECTOR, "article.sev-warning mark").text
    assert marked == "07 - NQ/HU"

    browser.switch_to.default_content()
    assert browser.find_element(By.ID, "status-text").text == "Xong: 9 lỗi, 11 cảnh báo, 2 thông tin."
    browser.find_element(By.CSS_SELECTOR, "#downloads button.annotate").click()
    copy = downloaded(browser.downloads, "kiem-diem-nhan-xet.docx")
    with zipfile.ZipFile(io.BytesIO(copy)) as z:
        assert z.read("word/comments.xml").decode().count("<w:comment ") == 22

    fix = browser.find_element(By.CSS_SELECTOR, "#downloads button.fix")
    assert fix.text == "Tải bản đã sửa (theo dõi thay đổi): kiem-diem.docx"
    fix.click()
    fixed = downloaded(browser.downloads, "kiem-diem-da-sua.docx")
    with zipfile.ZipFile(io.BytesIO(fixed)) as z:
        body, notes = z.read("word/document.xml").decode(), z.read("word/footnotes.xml").decode()
    assert (body.count("<w:del "), body.count("<w:ins "), notes.count("<w:del "), notes.count("<w:ins ")) == (2, 2, 1, 1)
    assert ">hoà</w:delText>" in body and ">94,8</w:delText>" in body and ">07 - NQ/HU</w:delText>" in notes and ">07-NQ/HU</w:t>" in notes
    WebDriverWait(browser, WAIT).until(lambda d: d.find_element(By.ID, "status-text").text.startswith("kiem-diem"))
    assert browser.find_element(By.ID, "status-text").text == (
        "kiem-diem.docx: đã ghi 3 sửa đổi dạng theo dõi thay đổi.")

    browser.find_element(By.ID, "download-json").click()
    monkeypatch.chdir(SAMPLE.parent)
    capsys.readouterr()
    main(["check", "--format", "json", "--jobs", "1", SAMPLE.name])
    assert downloaded(browser.downloads, "kiemtra.json").decode() == capsys.readouterr().out


def test_undetected_report_type_and_an_unreadable_file(server, browser, tmp_path):
    draft = tmp_path / "ghi-chep.md"
    draft.write_text("# I. KẾT QUẢ\n\nChi bộ có 49/53 đảng viên, đạt 90,5%.\n", encoding="utf-8")
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK not really a zip")
    browser.get(server + "?lang=en")
    browser.find_element(By.ID, "files").send_keys(f"{draft}\n{broken}")
    wait_for_report(browser)
    assert browser.find_element(By.CSS_SELECTOR, "article[data-rule=KT201] mark").text == "90,5%"
    assert browser.find_element(By.CSS_SELECTOR, "p.error").text.startswith("Cannot be read: hong.docx: cannot read")
    browser.switch_to.default_content()
    hint = browser.find_element(By.ID, "hint")
    assert hint.is_displayed()
    assert hint.text == ("Report type not recognised for: ghi-chep.md. "
                         "Choose a “Report type” above and press “Check” again.")
    status = browser.find_element(By.ID, "status-text").text
    assert status.startswith("Done: 1 errors, ") and status.endswith("; 1 unreadable file(s).")
    # neither a text file nor an unreadable one gets a copy with comments
    assert browser.find_elements(By.CSS_SELECTOR, "#downloads button.annotate") == []


def test_too_many_files_are_refused_before_sending(server, browser, tmp_path):
    names = []
    for i in range(21):
        (tmp_path / f"{i}.md").write_text("# I. A\n", encoding="utf-8")
        names.append(str(tmp_path / f"{i}.md"))
    browser.get(server)
    browser.find_element(By.ID, "files").send_keys("\n".join(names))
    alert = browser.find_element(By.ID, "alert")
    WebDriverWait(browser, WAIT).until(lambda d: alert.is_displayed())
    assert alert.text == "Quá nhiều tệp: mỗi lần gửi tối đa 20 tệp."


def test_nothing_certain_to_fix_is_said_not_offered(server, browser):
    browser.get(server + "?lang=en")
    browser.find_element(By.ID, "files").send_keys(str(SAMPLE.parent / "sach.docx"))
    wait_for_report(browser)
    browser.switch_to.default_content()
    assert browser.find_element(By.CSS_SELECTOR, "#downloads button.annotate").text == (
        "Download with comments: sach.docx")
    assert browser.find_elements(By.CSS_SELECTOR, "#downloads button.fix") == []
    assert browser.find_element(By.CSS_SELECTOR, "#downloads span.nofix").text == (
        "sach.docx: nothing certain to fix automatically")
