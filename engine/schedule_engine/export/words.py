"""The words of the human-facing exports (HTML site, workbook grids) in one
language: the exports compose their texts in English and this translates them
through the engine's catalogue as they are written. Names from the data stay as
typed; machine-readable columns (CSV, the workbook's data sheets) stay English.
"""

from __future__ import annotations

from schedule_engine.export.presentation import entry_details, week_tag
from schedule_engine.export.reports import ReportTable
from schedule_engine.export.views import Entry
from schedule_engine.i18n import is_right_to_left, normalise_language, translate_table, translate_text, translate_word

PAGE_TITLES = {"group": "Group: {label}", "instructor": "Instructor: {label}", "room": "Room: {label}"}
"""The heading of an entity's page or sheet."""
NO_ONE = frozenset({"(no room)", "(no instructor)"})
"""The lines of a cell that are the export's own words, not names from the data."""


class ExportWords:
    """An export's words in ``language`` (English for None or an unknown code)."""

    def __init__(self, language: str | None = None) -> None:
        self.language = normalise_language(language)

    def __call__(self, english: str) -> str:
        return translate_text(english, self.language)

    @property
    def right_to_left(self) -> bool:
        return is_right_to_left(self.language)

    def count(self, singular: str, plural: str, n: int) -> str:
        """``"{n} session placed"`` / ``"{n} sessions placed"`` with the language's plural forms."""
        return self((singular if n == 1 else plural).format(n=n))

    def day(self, name: str) -> str:
        return translate_word(name, "day", self.language)

    def page_title(self, kind: str, label: str) -> str:
        return self(PAGE_TITLES[kind].format(label=label))

    def unplaced(self, description: str) -> str:
        """A session not placed ("C1 practical, G1a, block 1 (2 periods)")."""
        return translate_word(description, "unplaced", self.language)

    def table(self, table: ReportTable) -> ReportTable:
        return translate_table(table, self.language)

    def heading(self, entry: Entry) -> str:
        """A cell's first line: the course code and the session type ("CS101 teoría"),
        with the week of a fortnightly session."""
        tag = week_tag(entry)
        kind = translate_word(entry.session_type, "stype", self.language)
        return f"{entry.course_id} {kind}" + (f" · {self(tag)}" if tag else "")

    def details(self, entry: Entry, view_kind: str) -> list[str]:
        return [self(line) if line in NO_ONE else line for line in entry_details(entry, view_kind)]

    def cell_text(self, entries: tuple[Entry, ...] | list[Entry], view_kind: str) -> str:
        """Plain multi-line text for a grid cell; clashing entries are separated by a blank line."""
        return "\n\n".join("\n".join([self.heading(e), *self.details(e, view_kind)]) for e in entries)
