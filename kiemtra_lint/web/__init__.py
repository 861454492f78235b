"""``kiemtra serve``: a local web page where a drafter drops a draft and gets the report.

The page and the small HTTP API behind it run the same pipeline as ``kiemtra check``
(:func:`kiemtra_lint.lint.lint_file`) and the same outputs (report/json.py, report/html.py,
report/docx.py).  Nothing is kept: each upload lives in a private temporary folder only
while its request is answered.

* uploads.py: reading a request's files under the size and count limits;
* options.py: the settings a request asks for (profile, report date, language);
* work.py: the checks, run in a pool of worker processes;
* app.py: the routes and the JSON errors;
* page.py and static/: the page itself;
* server.py: the command (uvicorn).
"""
