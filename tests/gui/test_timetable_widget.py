"""The timetable tab's parts: the conflicts panel and its filters, the entity
selector, the overview, the tray, the colours, and what the grid paints."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timetable_fixtures import (  # noqa: E402,F401
    G1_LEC0, G1A_LAB, G2_LEC0, G2_MATHS, MONDAY_P1, TUESDAY_P1, document, timetable, widget,
)

from scheduler_gui.timetable.grid_model import SESSION_MIME_TYPE  # noqa: E402
from scheduler_gui.timetable.overview import ENTITY_ID_ROLE  # noqa: E402
from scheduler_gui.timetable.palette import MIN_CONTRAST, card_colours, contrast_ratio, slot_colour  # noqa: E402
from scheduler_gui.timetable.violations_panel import VIOLATION_ROLE  # noqa: E402


@pytest.fixture
def clashing_widget(widget, document):
    """G1's first lecture moved onto G2's (Dr. Rai then teaches both at Monday 09:00)."""
    document.set_solution(timetable({G1_LEC0: (MONDAY_P1, "R3", "I1")}))
    return widget


def test_conflicts_list_hard_violations_and_filter(clashing_widget):
    panel = clashing_widget.violations
    rows = panel.model.violations()
    assert any(v.constraint == "instructor_clash" for v in rows)
    assert panel.summary.text().startswith(f"{len(rows)} violations")
    panel.constraint_box.setCurrentIndex(panel.constraint_box.findData("instructor_clash"))
    shown = [panel.proxy.index(r, 0).data(VIOLATION_ROLE) for r in range(panel.proxy.rowCount())]
    assert shown and all(v.constraint == "instructor_clash" for v in shown)
    panel.constraint_box.setCurrentIndex(0)
    panel.resource_box.setCurrentIndex(panel.resource_box.findData("instructor I1"))
    shown = [panel.proxy.index(r, 0).data(VIOLATION_ROLE) for r in range(panel.proxy.rowCount())]
    assert shown and all(v.resource == "instructor I1" for v in shown)
    assert panel.proxy.rowCount() < len(rows)


def test_double_click_on_a_violation_shows_its_session(qtbot, clashing_widget):
    panel = clashing_widget.violations
    clashing_widget.show_entity("room", "R2")
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, 0).data(VIOLATION_ROLE).constraint == "instructor_clash")
    with qtbot.waitSignal(panel.session_activated, timeout=1000) as activated:
        panel.table.doubleClicked.emit(panel.proxy.index(row, 1))
    session = activated.args[0]
    assert clashing_widget.grid_model.kind == "group"
    assert session in clashing_widget.grid_model.visible_session_ids()
    assert clashing_widget.grid_view.highlighted == session


def test_violated_cards_are_marked_and_explained(clashing_widget):
    clashing_widget.show_entity("group", "G2")
    card = next(c for c in clashing_widget.grid_model.cards() if c.entry.session_id == G2_LEC0)
    assert card.violated
    assert "Dr. Rai" in clashing_widget.grid_view.card_tooltip(card)
    calm = next(c for c in clashing_widget.grid_model.cards() if c.entry.session_id == G2_MATHS)
    assert not calm.violated


def test_selector_searches_and_switches_kind(qtbot, widget):
    selector = widget.selector
    selector.kind_box.setCurrentIndex(selector.kind_box.findData("instructor"))
    assert selector.list.model().rowCount() == 3
    selector.search.setText("thapa")
    assert selector.list.model().rowCount() == 1
    selector.list.setCurrentIndex(selector.list.model().index(0, 0))
    assert selector.current_id() == "I3"
    assert widget.grid_model.entity_id == "I3" and widget.title.text() == "Mr. Thapa (I3)"


def test_overview_shows_every_group_and_opens_one(qtbot, widget):
    widget.overview_button.setChecked(True)
    assert widget.centre.currentWidget() is widget.overview
    model = widget.overview.model
    assert [model.index(r, 0).data(ENTITY_ID_ROLE) for r in range(model.rowCount())] == ["G1", "G2"]
    assert model.columnCount() == 8
    assert model.index(1, MONDAY_P1).data() == "C1" and model.index(1, 1).data() == "C3"
    assert isinstance(model.index(1, 1).data(9), QColor)  # BackgroundRole: the course colour
    widget.overview.kind_box.setCurrentIndex(1)
    assert model.rowCount() == 3
    widget.overview.table.doubleClicked.emit(model.index(1, 0))
    assert widget.grid_model.kind == "room" and widget.grid_model.entity_id == "R2"
    assert widget.centre.currentWidget() is widget.grid_view


def test_tray_items_drag_as_sessions(widget, document):
    document.set_solution(timetable({G2_MATHS: (None, None, None)}))
    tray = widget.tray_model
    assert tray.rowCount() == 1 and not tray.index(0).data().startswith("⚠")
    mime = tray.mimeData([tray.index(0)])
    assert bytes(mime.data(SESSION_MIME_TYPE).data()).decode() == G2_MATHS
    model = widget.grid_model
    assert model.dropMimeData(mime, model.supportedDropActions(), -1, -1, model.index(0, 1))
    assert tray.rowCount() == 0 and "Unplaced (0)" in widget.tray_label.text()


@pytest.mark.parametrize("dark", [False, True])
def test_course_colours_are_stable_and_readable(dark):
    for course in ("CS101", "MATH101", "ENSH 101", "C1", "Z"):
        background, text = card_colours(course, dark)
        assert contrast_ratio(background, text) >= MIN_CONTRAST
        assert card_colours(course, dark)[0] == background
    assert card_colours("CS101", dark)[0] != card_colours("MATH101", dark)[0]
    assert slot_colour(True, 1.0, dark).alpha() > slot_colour(True, 0.0, dark).alpha()
    assert slot_colour(False, 0.0, dark).red() > slot_colour(False, 0.0, dark).green()


def _pixel(widget, rect) -> QColor:
    """A pixel of the cell outside any card (in the cards' margin)."""
    return widget.grab().toImage().pixelColor(QPoint(int(rect.x()) + 1, int(rect.center().y())))


def test_grid_paints_the_drag_overlay(widget):
    view = widget.grid_view
    free_cell = view.cell_rect(1, 3)  # Tuesday 11:30: G2 is free (legal for the maths lecture)
    taken_cell = view.cell_rect(1, 1)  # Tuesday 10:00: G2's lecture (illegal)
    plain = _pixel(view, free_cell)
    view.inspect(G2_MATHS)
    legal, illegal = _pixel(view, free_cell), _pixel(view, taken_cell)
    assert legal != plain and legal.green() > legal.red()
    assert illegal.red() > illegal.green()
    view.inspect(None)
    assert _pixel(view, free_cell) == plain


def test_cards_span_their_block(widget):
    widget.show_entity("group", "G1")
    view = widget.grid_view
    lab = next(c for c in widget.grid_model.cards() if c.entry.session_id == G1A_LAB)
    rect = view.card_rect(lab)
    assert rect.top() < view.cell_rect(0, 0).bottom() and rect.bottom() > view.cell_rect(0, 1).top()
    assert view.card_at(rect.center().toPoint()).entry.session_id == G1A_LAB
    assert view.slot_at(view.cell_rect(1, 3).center().toPoint()) == 7


def test_dark_palette_paints_dark_cards(widget):
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1f1f1f"))
    widget.grid_view.setPalette(palette)
    card = widget.grid_model.cards()[0]
    colour = widget.grid_view.grab().toImage().pixelColor(
        widget.grid_view.card_rect(card).bottomRight().toPoint() - QPoint(8, 8))
    assert colour.lightness() < 128
