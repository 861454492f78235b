"""``kiemtra serve`` on the command line: its usage errors, and what it hands to uvicorn."""

from __future__ import annotations

import socket

import pytest

pytest.importorskip("uvicorn")

from kiemtra_lint.cli import main  # noqa: E402
from kiemtra_lint.web import server  # noqa: E402


@pytest.mark.parametrize("args, message", [
    (["--port", "0"], "kiemtra: --port 0: cổng phải từ 1 đến 65535\n"),
    (["--jobs", "0"], "kiemtra: --jobs phải ≥ 1\n"),
])
def test_usage_errors(capsys, args, message):
    assert main(["serve", *args]) == 2
    assert capsys.readouterr().err == message


def test_a_busy_port_is_a_usage_error(capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    assert capsys.readouterr().err == (f"kiemtra: không mở được 127.0.0.1:{port} (cổng đang bận hoặc địa chỉ không có); "
                                       "hãy chọn --port khác\n")


def test_serve_runs_uvicorn_and_opens_the_browser(monkeypatch, capsys):
    calls = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.update(app=app, **kw))

    class Timer:  # the browser opens a second after the server starts
        def __init__(self, delay, fn, args):
            calls["timer"] = (delay, fn, args)

        def start(self):
            calls["started"] = True

    monkeypatch.setattr(server.threading, "Timer", Timer)
    monkeypatch.setattr(server, "port_taken", lambda host, port: False)  # whatever else runs on this machine
    assert main(["serve", "--host", "0.0.0.0", "--port", "8799", "--open"]) == 0
    assert (calls["host"], calls["port"], calls["log_level"]) == ("0.0.0.0", 8799, "warning")
    assert calls["timer"] == (1.0, server.webbrowser.open, ["http://127.0.0.1:8799/"]) and calls["started"]
    assert capsys.readouterr().err == (
        "kiemtra: trang kiểm tra ở http://127.0.0.1:8799/ (Ctrl+C để dừng)\n"
        "kiemtra: máy chủ mở cho cả mạng nội bộ: ai vào được địa chỉ này cũng gửi được tệp để kiểm tra "
        "(không cần đăng nhập); tệp không được lưu lại\n")


def test_address_of_an_ipv6_host():
    assert server.address("::1", 8765) == "http://[::1]:8765/"
