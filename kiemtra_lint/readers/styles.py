"""Paragraph and character styles of a .docx (styles.xml). TO BE IMPLEMENTED.

Interface (the docx reader depends on exactly this):

    StyleSheet.from_xml(root_or_None) -> StyleSheet
    StyleSheet.default_paragraph_style -> str | None       styleId of the default paragraph style
    StyleSheet.name(style_id) -> str | None                 w:name/@w:val
    StyleSheet.paragraph(style_id_or_None) -> ParagraphStyle   resolved through basedOn + docDefaults
        ParagraphStyle fields: num_id: str|None, ilvl: int|None, outline_level: int|None (0-based),
                               bold: bool, caps: bool, centered: bool, heading_level: int|None (0-based)
    StyleSheet.character_bold(style_id) -> bool | None      bold of a character style (None: not set)
    StyleSheet.character_caps(style_id) -> bool | None
"""
