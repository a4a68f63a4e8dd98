"""Read the window's texts out of the code and keep Qt ``.ts`` files in step.

Qt's ``lupdate`` misreads Python calls whose arguments hold calls of their own
(``translate("Ctx", "%n groups", "", len(groups))`` is lost), so the texts are
collected here with Python's own parser: every ``translate(context, text[,
disambiguation[, n]])`` and ``QT_TRANSLATE_NOOP(context, text)`` whose context
and text are plain strings. A call that passes ``n`` is a plural ("numerus")
message. ``lrelease`` then compiles the ``.ts`` files as usual.

The data editors declare their columns as ``Column(key, header, …, tooltip=…)``
and show ``translate("Column", header)``; those headers and tooltips are
collected too, in the context ``Column`` (as lupdate's ``-tr-function-alias``
would).
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

CALL_NAMES = {"translate", "QT_TRANSLATE_NOOP"}
COLUMN_CALL = "Column"
COLUMN_CONTEXT = "Column"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _text(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _column_messages(node: ast.Call) -> list[Message]:
    """The header and tooltip of a ``Column(key, header, …, tooltip=…)`` declaration."""
    texts = [_text(node.args[1])] if len(node.args) > 1 else []
    texts += [_text(k.value) for k in node.keywords if k.arg in ("header", "tooltip")]
    return [Message(COLUMN_CONTEXT, text) for text in texts if text]


def messages_in(path: Path) -> list[Message]:
    """The translatable messages of one Python file, in the order written."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Call) and _name(node.func) == COLUMN_CALL:
            found += _column_messages(node)
            continue
        if not isinstance(node, ast.Call) or _name(node.func) not in CALL_NAMES or len(node.args) < 2:
            continue
        context, source = _text(node.args[0]), _text(node.args[1])
        if context is None or source is None:
            continue  # a variable: the text is declared with QT_TRANSLATE_NOOP elsewhere
        comment = _text(node.args[2]) if len(node.args) > 2 else None
        numerus = len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)
        found.append(Message(context, source, comment or "", numerus))
    return found


def collect(folder: Path) -> list[Message]:
    """Every message under ``folder``, each once, sorted by context then text."""
    seen: dict[tuple[str, str, str], Message] = {}
    for path in sorted(folder.rglob("*.py")):
        for message in messages_in(path):
            key = (message.context, message.source, message.comment)
            if key not in seen or message.numerus:
                seen[key] = message
    return sorted(seen.values(), key=lambda m: (m.context, m.source, m.comment))


def read_translations(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """Each message's ``<translation>`` element of ``ts``, by (context, source, comment)."""
    if not ts.is_file():
        return {}
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            if translation is not None:
                out[key] = translation
    return out


def write_ts(ts: Path, language: str, messages: list[Message], *, source_language: str = "en") -> None:
    """Write ``ts`` with ``messages``, keeping the translations it already had;
    a new message is marked unfinished, a removed one is dropped."""
    old = read_translations(ts)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=source_language)
    context_element = None
    for message in messages:
        if context_element is None or context_element.findtext("name") != message.context:
            context_element = ET.SubElement(root, "context")
            ET.SubElement(context_element, "name").text = message.context
        element = ET.SubElement(context_element, "message", numerus="yes") if message.numerus \
            else ET.SubElement(context_element, "message")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        kept = old.get((message.context, message.source, message.comment))
        if kept is not None and (kept.find("numerusform") is not None) == message.numerus:
            element.append(kept)
        else:
            translation = ET.SubElement(element, "translation", type="unfinished")
            if message.numerus:
                ET.SubElement(translation, "numerusform")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
