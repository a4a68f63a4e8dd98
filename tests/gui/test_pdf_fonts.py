"""The printed pages' bundled font (Latin and Arabic) and right-to-left pages:
the week's days run from right to left, the time column is on the right, text is
not mirrored, and the font is embedded."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QRawFont

from export_fixtures import small_problem, small_solution
from scheduler_gui.export.page_fonts import FONT_FOLDER, bundled_family
from scheduler_gui.export.page_frame import PageHeader, covering_font, font_family, mirrored_alignment
from scheduler_gui.export.pages import PrintOptions
from scheduler_gui.export.pdf_export import export_pdf
from scheduler_gui.resources import resource_path

WORDS = "الاثنين الثلاثاء الأربعاء استخدام القاعات Miércoles Français ção ñ"


def _first_page_texts(path: Path, widths: list[float] | None = None) -> list[tuple[float, str]]:
    """(x in points from the page's left edge, text) of every text run of page 1;
    ``widths`` gets each run's horizontal scale (negative: the glyphs are mirrored)."""
    out: list[tuple[float, str]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            out.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], text.strip()))
            if widths is not None:
                widths.append(tm[0] * cm[0] + tm[1] * cm[2])

    PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    return out


def _export(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    export_pdf(small_problem(), small_solution(), path,
               PrintOptions(kinds=("group",), header=PageHeader("Hilltop Academy", "2027", "3/3/2027")))
    return path


def _settle(qapp) -> None:
    """Delete the objects whose deletion is pending and deliver every posted event,
    so that a change of direction reaches only live widgets."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


@pytest.fixture
def right_to_left(qapp):
    """The application laid out right to left for one test; the direction it had is
    restored after widgets left by the test are gone (restoring it while a widget is
    half deleted once crashed the test process)."""
    before = qapp.layoutDirection()
    _settle(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield qapp
    _settle(qapp)
    qapp.setLayoutDirection(before)
    _settle(qapp)


@pytest.fixture
def arabic(right_to_left):
    before = QLocale()
    QLocale.setDefault(QLocale("ar"))
    yield right_to_left
    QLocale.setDefault(before)


def test_the_font_and_its_licence_are_bundled(qapp):
    folder = resource_path(FONT_FOLDER)
    assert sorted(p.name for p in folder.glob("*.ttf")) == ["DejaVuSans-Bold.ttf", "DejaVuSans.ttf"]
    assert "bitstream-vera" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert bundled_family() == font_family() == "DejaVu Sans"
    assert QFontDatabase.WritingSystem.Arabic in QFontDatabase.writingSystems("DejaVu Sans")


@pytest.mark.parametrize("face", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"])
def test_both_faces_have_every_letter_of_the_shipped_languages(qapp, face):
    raw = QRawFont(str(resource_path(FONT_FOLDER, face)), 12)
    assert raw.isValid()
    missing = [c for c in WORDS if not c.isspace() and not raw.supportsCharacter(ord(c))]
    assert missing == []


def test_an_italic_word_is_printed_in_a_face_that_has_its_letters(qapp):
    """The system's oblique DejaVu has no Arabic: "closed" in Arabic would print as boxes."""
    italic = QFont(font_family())
    italic.setItalic(True)
    for text in ("مغلق", "cerrado", "fermé"):
        chosen = covering_font(italic, text)
        metrics = QFontMetricsF(chosen)
        assert all(metrics.inFontUcs4(ord(c)) for c in text), (text, chosen.italic())
    assert covering_font(italic, "closed") is italic
    upright = QFont(font_family())
    assert covering_font(upright, "مغلق") is upright


def test_mirrored_alignment_swaps_left_and_right_only():
    align = Qt.AlignmentFlag
    assert mirrored_alignment(align.AlignLeft | align.AlignVCenter) == align.AlignRight | align.AlignVCenter
    assert mirrored_alignment(align.AlignRight) == align.AlignLeft
    assert mirrored_alignment(align.AlignCenter) == align.AlignCenter


def _columns(texts: list[tuple[float, str]]) -> tuple[list[float], float]:
    xs = {text: x for x, text in texts}
    return [xs["Monday"], xs["Tuesday"], xs["Wednesday"]], xs["P1"]


def test_a_left_to_right_page_runs_monday_first_from_the_left(qapp, tmp_path):
    days, time_column = _columns(_first_page_texts(_export(tmp_path, "ltr.pdf")))
    assert time_column < days[0] < days[1] < days[2]


def test_a_right_to_left_page_is_mirrored_but_its_text_is_not(right_to_left, tmp_path):
    widths: list[float] = []
    texts = _first_page_texts(_export(tmp_path, "rtl.pdf"), widths)
    days, time_column = _columns(texts)
    assert widths and min(widths) > 0  # no glyph is drawn mirrored
    assert days[0] > days[1] > days[2] and time_column > days[0]
    assert time_column > 841.9 / 2  # the time column sits on the right half of the A4 page
    assert "09:00–09:50" in [t for _x, t in texts]  # numbers and Latin words keep their order
    assert "Biology Year 1" in [t.replace("\t", " ") for _x, t in texts]


def test_an_arabic_page_embeds_the_bundled_font_and_shows_arabic_day_names(arabic, tmp_path):
    path = _export(tmp_path, "ar.pdf")
    reader = PdfReader(str(path))
    fonts = {str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts), fonts
    text = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
    arabic_letters = [c for c in text if "ARABIC" in unicodedata.name(c, "")]
    assert len(arabic_letters) >= len("الاثنينالثلاثاءالأربعاء")
    assert "\ufffd" not in text
