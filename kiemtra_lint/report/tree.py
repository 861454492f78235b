"""The section tree as the linter sees it (``kiemtra tree``)."""

from __future__ import annotations

from rich.tree import Tree

from ..document import Document, Section


def _node(section: Section) -> dict:
    return {"label": section.label, "title": section.title, "level": section.level,
            "blocks": len(section.blocks), "children": [_node(c) for c in section.children]}


def tree_json(doc: Document) -> dict:
    return {"path": doc.path, "title": doc.title, "sections": [_node(c) for c in doc.root.children]}


def tree_rich(doc: Document) -> Tree:
    tree = Tree(f"{doc.path}  [{doc.title or '(không rõ tiêu đề)'}]", highlight=False)

    def add(parent: Tree, section: Section) -> None:
        text = f"{section.label} {section.title}".strip() if section.label else section.title
        branch = parent.add(f"{text}  ({len(section.blocks)})", highlight=False)
        for child in section.children:
            add(branch, child)

    for child in doc.root.children:
        add(tree, child)
    return tree
