"""Tab-separated text in and out of the tables (spreadsheets speak it)."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from scheduler_gui.editors.roles import TEXT_ROLE


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells; quoted cells (with tabs or line breaks inside) are kept whole."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    return [row for row in csv.reader(io.StringIO(text), delimiter="\t")]


def _cell(value: str) -> str:
    if any(ch in value for ch in '\t\n"'):
        return '"' + value.replace('"', '""') + '"'
    return value


def to_tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(_cell(c) for c in row) + "\n" for row in rows)


def selection_rows(view: QTableView) -> list[list[str]]:
    """The selected cells as text, in view order; whole rows come with a header row."""
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None:
        return []
    indexes = selection.selectedIndexes()
    if not indexes:
        current = view.currentIndex()
        indexes = [current] if current.isValid() else []
    if not indexes:
        return []
    n_cols = model.columnCount()
    rows = sorted({i.row() for i in indexes})
    whole_rows = all(selection.isRowSelected(r) for r in rows) and n_cols > 1
    if whole_rows:
        header = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(n_cols)]
        body = [[str(model.index(r, c).data(TEXT_ROLE) or "") for c in range(n_cols)] for r in rows]
        return [header] + body
    cols = sorted({i.column() for i in indexes})
    chosen = {(i.row(), i.column()) for i in indexes}
    return [
        [str(model.index(r, c).data(TEXT_ROLE) or "") if (r, c) in chosen else "" for c in range(cols[0], cols[-1] + 1)]
        for r in range(rows[0], rows[-1] + 1)
    ]
