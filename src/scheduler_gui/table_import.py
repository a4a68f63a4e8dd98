"""The table importer lives in the engine (:mod:`schedule_engine.table_import`);
this name is kept for code that imported it from the window package."""

from schedule_engine.table_import import (  # noqa: F401
    SPREADSHEET_SUFFIXES,
    TABLE_TITLES,
    MergeResult,
    TableFile,
    field_choices,
    guess_kind,
    guess_mapping,
    mapping_problems,
    merge_table,
    read_table_file,
    sheet_names,
)
