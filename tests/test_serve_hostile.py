"""Every hostile input of tests/test_hostile.py, uploaded: a polite answer, never a 500.

An input the CLI reads (exit 0 or 1) is a 200 with its report; one it cannot read (exit 2)
is a 422 whose JSON carries the CLI's message; the annotated and the fixed copy of a Word file are
either made or refused with a 4xx and a message.  The three big inputs (a 10 MB paragraph, 200,000
runs, 100,000 paragraphs) take 4-12 s each in the CLI alone and test its speed, not the
server's answers; they are left to tests/test_hostile.py.
"""

from __future__ import annotations

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

import test_hostile as H  # noqa: E402
from kiemtra_lint.web.app import create_app  # noqa: E402

SLOW = {"10mb-paragraph", "200k-runs", "100k-empty"}
CASES = [case for case in H.CASES if case.id not in SLOW]


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(jobs=2)) as c:
        yield c


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-serve")
    return {case.id: case.build(folder / case.name) or folder / case.name for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_upload_is_answered_politely(client, built, case):
    path = built[case.id]
    files = [("file", (case.name, path.read_bytes()))]
    response = client.post("/api/check", files=files)
    unreadable = case.codes == (2,)
    assert response.status_code == (422 if unreadable else 200), response.text[:500]
    file = response.json()["files"][0]
    assert (file["error"] is not None) == unreadable
    if unreadable:
        assert file["error"].startswith(f"{case.name}: ")
    if case.message:
        assert case.message in response.text
    if case.name.endswith(".docx"):
        for copy in (client.post("/api/annotate", files=files), client.post("/api/fix", files=files)):
            assert copy.status_code == (422 if unreadable else 200), copy.text[:500]
            if unreadable:
                assert copy.json()["error"]["message"] == file["error"]
