"""``kiemtra serve``: run the page on uvicorn, and open the browser on it if asked."""

from __future__ import annotations

import socket
import sys
import threading
import webbrowser

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def address(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    return f"http://[{shown}]:{port}/" if ":" in shown else f"http://{shown}:{port}/"


def port_taken(host: str, port: int) -> bool:
    """True when something already listens there (uvicorn would only log it and exit)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return True
    return False


def serve(host: str, port: int, settings, jobs: int | None, open_browser: bool) -> None:
    import uvicorn

    from .app import create_app

    url = address(host, port)
    print(f"kiemtra: trang kiểm tra ở {url} (Ctrl+C để dừng)", file=sys.stderr)
    if host not in LOOPBACK:
        print("kiemtra: máy chủ mở cho cả mạng nội bộ: ai vào được địa chỉ này cũng gửi được tệp để kiểm tra "
              "(không cần đăng nhập); tệp không được lưu lại", file=sys.stderr)
    if open_browser:
        threading.Timer(1.0, webbrowser.open, [url]).start()
    uvicorn.run(create_app(settings, jobs), host=host, port=port, log_level="warning")
