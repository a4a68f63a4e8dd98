"""PDF booklets: each page names its entity and its sessions, the page count
follows the selection, missing sessions are listed, fonts are embedded, and
printing paints the same pages."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from export_fixtures import GROUPS, INSTRUCTORS, PLACEMENT, ROOMS, small_problem, small_solution
from schedule_engine.export.views import entity_grid
from scheduler_gui.export.page_frame import PageHeader
from scheduler_gui.export.page_painter import day_cards
from scheduler_gui.export.pages import PrintOptions, plan_pages
from scheduler_gui.export.pdf_export import ExportCancelled, export_pdf

HEADER = PageHeader("Hilltop Academy", "Spring term 2027", "3 March 2027")
ENTITY_PAGES = len(GROUPS) + len(INSTRUCTORS) + len(ROOMS)


def _pages_text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def _sessions_of(kind: str, entity_id: str) -> list[str]:
    """Session ids of the placement that show on the entity's page."""
    subgroups = {"Y1": {"Y1", "Y1a", "Y1b"}, "Y2": {"Y2"}}
    out = []
    for sid, (_slot, room, instructor) in PLACEMENT.items():
        attendees = set(sid.split("|")[2].split("+"))
        if (kind == "group" and attendees & subgroups[entity_id]) or \
                (kind == "instructor" and instructor == entity_id) or (kind == "room" and room == entity_id):
            out.append(sid)
    return out


@pytest.fixture
def full_pdf(qapp, tmp_path: Path) -> Path:
    path = tmp_path / "timetable.pdf"
    export_pdf(small_problem(), small_solution(), path, PrintOptions(header=HEADER))
    return path


def test_each_page_names_its_entity_and_its_sessions(full_pdf: Path):
    texts = _pages_text(full_pdf)
    expected = [("group", GROUPS), ("instructor", INSTRUCTORS), ("room", ROOMS)]
    order = [(kind, eid, name) for kind, names in expected for eid, name in names.items()]
    assert len(texts) == ENTITY_PAGES == len(order)
    for text, (kind, entity_id, name) in zip(texts, order, strict=True):
        assert name in text and entity_id in text, (kind, entity_id)
        assert "Hilltop Academy".upper() in text and "Spring term 2027" in text
        for sid in _sessions_of(kind, entity_id):
            course, session_type = sid.split("|")[:2]
            assert f"{course} {session_type}" in text, (entity_id, sid)
        others = {sid.split("|")[0] for sid in PLACEMENT} - {sid.split("|")[0] for sid in _sessions_of(kind, entity_id)}
        for course in others:
            assert f"{course} lecture" not in text and f"{course} practical" not in text, (entity_id, course)


def test_group_page_shows_room_instructor_and_clock_times(full_pdf: Path):
    y2 = _pages_text(full_pdf)[1]
    assert "CHEM lecture" in y2 and "Room One" in y2 and "Marie Curie" in y2
    assert "Organic Chemistry" in y2  # the legend
    assert "12:00–12:50" in y2 and "Lunch" in y2
    assert "Page 2 of 9" in y2


def test_page_count_follows_the_selection(qapp, tmp_path: Path):
    problem, solution = small_problem(), small_solution()
    chosen = PrintOptions(kinds=("group", "room"), entity_ids={"room": ["LAB", "HALL"]}, header=HEADER)
    path = tmp_path / "some.pdf"
    export_pdf(problem, solution, path, chosen)
    texts = _pages_text(path)
    assert len(texts) == len(GROUPS) + 2
    assert [t for t in texts if "Great Hall" in t.split("Room HALL")[0][-40:]]  # the hall's page title
    assert "Bio Lab Two" not in " ".join(texts[len(GROUPS):]).replace("LAB2", "")

    with_extras = PrintOptions(kinds=("instructor",), overview="day", reports=True, header=HEADER)
    path = tmp_path / "extras.pdf"
    export_pdf(problem, solution, path, with_extras)
    texts = _pages_text(path)
    n_days, n_reports = 3, 4  # room use, room type use, instructor load, group load
    assert len(texts) == len(INSTRUCTORS) + n_days + n_reports
    assert texts[len(INSTRUCTORS)].count("Monday: all groups") == 1
    assert "Wednesday: all groups" in texts[len(INSTRUCTORS) + 2]
    assert "Room use" in texts[len(INSTRUCTORS) + n_days] and "Great Hall" in texts[len(INSTRUCTORS) + n_days]
    assert "Group load" in texts[-1]


def test_week_overview_lists_every_group_with_its_sessions(qapp, tmp_path: Path):
    path = tmp_path / "overview.pdf"
    export_pdf(small_problem(), small_solution(), path,
               PrintOptions(kinds=(), overview="week", header=HEADER))
    (text,) = _pages_text(path)
    assert "Week overview: all groups" in text
    assert "09:00 BIO lec · HALL" in text
    assert "12:00 BIO prac (Y1a) · LAB" in text and "12:00 BIO prac (Y1b) · LAB2" in text
    assert "12:00 CHEM lec · ROOM1" in text


def test_partial_timetable_says_what_is_missing(qapp, tmp_path: Path):
    path = tmp_path / "partial.pdf"
    result = export_pdf(small_problem(), small_solution(skip=("CHEM|lecture|Y2|0",)), path,
                        PrintOptions(kinds=("group",), reports=True, header=HEADER))
    texts = _pages_text(path)
    assert result.warnings == ["Not placed: CHEM lecture, Y2, block 1 (1 period)"]
    assert "Not placed" not in texts[0]
    assert "Not placed (1): CHEM lecture, Y2, block 1 (1 period)" in texts[1]
    assert "Sessions not placed" in texts[-1] and "CHEM" in texts[-1]


def test_empty_timetable_exports_every_page_and_lists_everything(qapp, tmp_path: Path):
    path = tmp_path / "empty.pdf"
    result = export_pdf(small_problem(), None, path, PrintOptions(header=HEADER))
    texts = _pages_text(path)
    assert len(texts) == ENTITY_PAGES
    assert len(result.warnings) == len(PLACEMENT)
    assert "No sessions placed in this week." in texts[0]
    assert "Not placed (6)" in texts[0]  # Y1: 2 BIO lectures, 2 practicals, 2 MATH lectures
    assert "Not placed (3)" in texts[1]  # Y2: 2 MATH lectures and CHEM
    assert "No sessions in this week." in texts[-1]  # a room: nothing placed and nothing of its own missing


def test_nothing_selected_is_an_error(qapp, tmp_path: Path):
    with pytest.raises(ValueError, match="nothing to print"):
        export_pdf(small_problem(), small_solution(), tmp_path / "x.pdf", PrintOptions(kinds=()))
    assert not list(tmp_path.iterdir())


def test_paper_size_and_embedded_fonts(qapp, tmp_path: Path):
    path = tmp_path / "letter.pdf"
    export_pdf(small_problem(), small_solution(), path, PrintOptions(kinds=("room",), paper="Letter"))
    reader = PdfReader(str(path))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_cancel_stops_before_the_next_page_and_leaves_nothing(qapp, tmp_path: Path):
    path = tmp_path / "cancelled.pdf"
    done: list[int] = []
    with pytest.raises(ExportCancelled):
        export_pdf(small_problem(), small_solution(), path, PrintOptions(),
                   progress=lambda n, total: done.append(n), cancelled=lambda: len(done) >= 2)
    assert done == [1, 2]
    assert not list(tmp_path.iterdir())


def test_parallel_subgroups_share_a_column_and_a_clash_is_marked():
    problem, solution = small_problem(), small_solution()
    wednesday = 2
    group_cards = day_cards(entity_grid(problem, solution, "group", "Y1"), wednesday)
    assert sorted((c.entry.session_id, c.lane, c.lanes, c.clash) for c in group_cards) == [
        ("BIO|practical|Y1a|0", 0, 2, False), ("BIO|practical|Y1b|0", 1, 2, False)]
    teacher_cards = day_cards(entity_grid(problem, solution, "instructor", "DARWIN"), wednesday)
    assert [c.clash for c in teacher_cards] == [True, True]


def test_print_preview_paints_the_same_pages_on_the_chosen_paper(qtbot, tmp_path: Path):
    from PySide6.QtPrintSupport import QPrinter

    from scheduler_gui.export.printing import TimetablePrintPreview, make_printer, print_pages

    options = PrintOptions(kinds=("group", "instructor"), header=HEADER)
    dialog = TimetablePrintPreview(small_problem(), small_solution(), options)
    qtbot.addWidget(dialog)
    assert len(dialog.pages) == len(GROUPS) + len(INSTRUCTORS)
    printer = make_printer("Letter", "portrait")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pages(printer, dialog.pages, options)
    reader = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(reader.pages) == 5
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Charles Darwin" in " ".join(reader.pages[3].extract_text().split())


def test_plan_is_independent_of_painting():
    pages = plan_pages(small_problem(), small_solution(), PrintOptions(overview="week", reports=True))
    titles = [page.title for page in pages]
    assert titles[:2] == [GROUPS["Y1"], GROUPS["Y2"]]
    assert titles[ENTITY_PAGES:] == ["Week overview: all groups", "Room use", "Room type use",
                                     "Instructor load", "Group load"]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_rendered_page_shows_course_colours(full_pdf: Path, tmp_path: Path):
    from PySide6.QtGui import QColor, QImage

    from schedule_engine.export.presentation import course_colour

    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(full_pdf), str(tmp_path / "p")],
                   check=True)
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    assert image.width() > image.height() > 400  # landscape A4 at 60 dpi
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}

    def near(target: str) -> bool:
        t = QColor(target)
        return any(abs(QColor(c).red() - t.red()) + abs(QColor(c).green() - t.green())
                   + abs(QColor(c).blue() - t.blue()) < 12 for c in colours)

    assert near(course_colour("BIO")) and near(course_colour("MATH"))
