"""Safe access to an OOXML package (.docx/.docm/.dotx). TO BE IMPLEMENTED.

Interface (the docx reader depends on exactly this):

    open_package(path) -> Package          raises kiemtra_lint.errors.InputError
    Package.path: str
    Package.main_part: str                 e.g. "word/document.xml", found through _rels/.rels
    Package.related_part(source_part, kind) -> str | None
        kind is the last segment of the relationship type URI:
        "footnotes", "endnotes", "numbering", "styles", "comments", "settings"
    Package.xml(part_name) -> lxml root element | None   (None when the part is absent)
    Package.close()  / context manager
    parse_xml(data: bytes, what: str) -> root   safe parser (no DTD, no entities, no network)
"""
