"""Word list numbering rendered like Word renders it (numbering.xml). TO BE IMPLEMENTED.

Interface (the docx reader depends on exactly this):

    Numbering.from_xml(root_or_None, styles: StyleSheet) -> Numbering
    Numbering.resolve(num_id: str|None, ilvl: int|None, style_id: str|None) -> tuple[str, int] | None
        the (numId, ilvl) in force for a paragraph, from its direct w:numPr (either part may be
        missing) and its paragraph style chain; None when not numbered (numId 0, unknown numId...)
    Numbering.next_label(num_id: str, ilvl: int) -> ListLabel | None
        advances the counters (call once per numbered paragraph, in document order) and returns
        ListLabel(text: str, suffix: str, fmt: str, is_bullet: bool)
"""
