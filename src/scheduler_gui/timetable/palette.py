"""Colours of the timetable: stable course colours readable in light and dark
themes, and the slot colouring of a drag."""

from __future__ import annotations

import colorsys

from PySide6.QtGui import QColor, QPalette

from schedule_engine.export.presentation import course_hue

MIN_CONTRAST = 4.5
"""WCAG AA contrast between a card's text and its background."""


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _hls(hue: int, lightness: float, saturation: float) -> QColor:
    r, g, b = colorsys.hls_to_rgb(hue / 360.0, lightness, saturation)
    return QColor(round(r * 255), round(g * 255), round(b * 255))


def relative_luminance(colour: QColor) -> float:
    def channel(c: int) -> float:
        v = c / 255.0
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def card_colours(course_id: str, dark: bool) -> tuple[QColor, QColor]:
    """(background, text) of a course's cards: the hue is the exports' (stable by
    course id); lightness is adjusted until the text reaches ``MIN_CONTRAST``."""
    hue = course_hue(course_id)
    if dark:
        text, lightness, step = QColor("#f2f2f2"), 0.30, -0.03
    else:
        text, lightness, step = QColor("#1a1a1a"), 0.84, 0.02
    background = _hls(hue, lightness, 0.55)
    while contrast_ratio(background, text) < MIN_CONTRAST and 0.05 < lightness < 0.97:
        lightness += step
        background = _hls(hue, lightness, 0.55)
    return background, text


def slot_colour(legal: bool, goodness: float, dark: bool) -> QColor:
    """The overlay of one start slot during a drag: green for a legal move, deeper
    the better (``goodness`` in 0..1), red for an illegal one."""
    if not legal:
        colour = QColor(200, 40, 40)
        colour.setAlpha(110 if dark else 80)
        return colour
    goodness = min(1.0, max(0.0, goodness))
    colour = QColor(30, 170, 60)
    colour.setAlpha(round((70 if dark else 50) + 140 * goodness))
    return colour


BREAK_SHADE_LIGHT = QColor(0, 0, 0, 22)
BREAK_SHADE_DARK = QColor(255, 255, 255, 18)
VIOLATION_MARK = QColor("#d32f2f")
UNAVAILABLE_HATCH = QColor(120, 120, 120, 90)
PREFERRED_TINT = QColor(46, 160, 67, 30)
UNDESIRED_TINT = QColor(230, 140, 20, 38)
