"""The engine's words in Spanish, French, Brazilian Portuguese and Arabic: complete
catalogues, plural rules, exact translations, and every message of the translated
families that the engine really produces read by a template."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_explain import random_pins, random_timetable, rich_problem  # noqa: E402
from tiny_problem import ALL_SLOTS, GRID, LECTURE, PRACTICAL, problem  # noqa: E402

from schedule_engine.compiled import compile_problem  # noqa: E402
from schedule_engine.diagnostics import SHORTFALL_CODES, validate  # noqa: E402
from schedule_engine.export.reports import report_tables  # noqa: E402
from schedule_engine.i18n import (  # noqa: E402
    LANGUAGES, MESSAGE_FAMILIES, normalise_language, translate_diagnostic, translate_table, translate_text,
    translate_violation, translate_word,
)
from schedule_engine.i18n import check  # noqa: E402
from schedule_engine.i18n.matching import find  # noqa: E402
from schedule_engine.i18n.plurals import plural_index  # noqa: E402
from schedule_engine.model import Course, Group, Instructor, Room  # noqa: E402
from schedule_engine.remedies import suggest  # noqa: E402
from schedule_engine.scoring import evaluate  # noqa: E402

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_catalogue_is_complete(language):
    assert check.catalogue_problems(language) == []


def test_the_check_names_untranslated_obsolete_and_broken_entries(monkeypatch):
    broken = dict(check.catalogue("es"))
    del broken["violation.unplaced"]
    broken["violation.gone"] = "ya no existe"
    broken["periods.count"] = ["{n} periodo"]
    broken["heading.room"] = ""
    broken["violation.no_room"] = "{sesion} no tiene aula"
    monkeypatch.setattr(check, "catalogue", lambda language: broken)
    assert sorted(check.catalogue_problems("es")) == sorted([
        "es.json: violation.unplaced: untranslated",
        "es.json: violation.gone: obsolete (no such English template)",
        "es.json: periods.count: 1 plural forms, the language has 2",
        "es.json: heading.room: untranslated (empty)",
        "es.json: violation.no_room: unknown placeholder(s) sesion in '{sesion} no tiene aula'",
        "es.json: violation.no_room: placeholder(s) session, when left out",
    ])


def test_plural_rules():
    assert [plural_index("es", n) for n in (0, 1, 2, 5)] == [1, 0, 1, 1]
    assert [plural_index("fr", n) for n in (0, 1, 2)] == [0, 0, 1]
    assert [plural_index("pt_BR", n) for n in (0, 1, 2)] == [0, 0, 1]
    assert [plural_index("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111)] == \
        [0, 1, 2, 3, 3, 4, 4, 5, 5, 3, 4]


def test_counted_phrases_take_the_plural_form_of_the_language():
    assert [translate_word(f"{n} period{'s' if n != 1 else ''}", "periods", "es") for n in (1, 3)] == \
        ["1 periodo", "3 periodos"]
    assert [translate_word(f"{n} period{'s' if n != 1 else ''}", "periods", "ar") for n in (0, 1, 2, 3, 11, 100)] \
        == ["0 فترة", "فترة واحدة", "فترتان", "3 فترات", "11 فترة", "100 فترة"]
    twice = "C1 (Course one) lecture for G is taught {} times on Monday"
    assert translate_text(twice.format(2), "es") == \
        "La clase teórica de C1 (Course one) para G se imparte 2 veces el lunes"
    assert translate_text(twice.format(2), "ar") == "محاضرة C1 (Course one) لـ G تُدرَّس مرتين يوم الاثنين"
    assert translate_text(twice.format(3), "ar") == "محاضرة C1 (Course one) لـ G تُدرَّس 3 مرات يوم الاثنين"
    assert translate_text(twice.format(11), "ar") == "محاضرة C1 (Course one) لـ G تُدرَّس 11 مرة يوم الاثنين"


CLASH = ("Group G2 has C1 (Programming) lecture for G2 and C3 (Maths) tutorial for G2 at the same time on "
         "Monday 10:00")


def test_a_clash_in_every_language():
    assert translate_text(CLASH, "es") == ("El grupo G2 tiene la clase teórica de C1 (Programming) para G2 y la "
                                           "tutoría de C3 (Maths) para G2 a la vez el lunes a las 10:00")
    assert translate_text(CLASH, "fr") == ("Le groupe G2 a le cours magistral de C1 (Programming) pour G2 et le TD "
                                           "de C3 (Maths) pour G2 en même temps le lundi à 10:00")
    assert translate_text(CLASH, "pt_BR") == ("A turma G2 tem a aula teórica de C1 (Programming) para G2 e a tutoria "
                                              "de C3 (Maths) para G2 ao mesmo tempo em segunda-feira às 10:00")
    assert translate_text(CLASH, "ar") == ("لدى الفوج G2 محاضرة C1 (Programming) لـ G2 وحصة تمارين C3 (Maths) لـ G2 "
                                           "في الوقت نفسه يوم الاثنين الساعة 10:00")


def test_english_unknown_text_and_data_stay_as_they_are():
    assert translate_text(CLASH, "en") == CLASH
    assert translate_text(CLASH, None) == CLASH
    assert translate_text("Something the catalogue does not know.", "es") == "Something the catalogue does not know."
    # a custom session type and non-English day names are data
    odd = "C9 seminar for G is not placed"
    assert translate_text(odd, "es") == "Seminar de C9 para G no está colocada"
    assert translate_word("Sun", "day", "es") == "Sun"


def test_language_names_are_normalised():
    assert [normalise_language(n) for n in ("es-MX", "pt", "pt-BR", "ar_EG.UTF-8", "fr_CA", "de", "", None)] == \
        ["es", "pt_BR", "pt_BR", "ar", "fr", "en", "en", "en"]


def _violations():
    for capacity_hard in (False, True):
        problem_ = rich_problem(capacity_hard)
        cp = compile_problem(problem_)
        rng = np.random.default_rng(19)
        for _trial in range(40):
            slot, room, instr = random_timetable(cp, rng, busy=rng.choice([0.2, 0.5, 1.0]))
            yield from evaluate(problem_, cp.decode(slot, room, instr), pins=random_pins(cp, rng),
                                compiled=cp).violations


def test_every_violation_reason_the_scorer_gives_is_read_by_a_template():
    seen: set[str] = set()
    for v in _violations():
        assert find(v.reason, MESSAGE_FAMILIES) is not None, v.reason
        seen.add(v.constraint)
    assert len(seen) >= 25  # (almost) every constraint of the catalog was provoked


def test_a_translated_violation_keeps_its_ids():
    v = next(v for v in _violations() if v.constraint == "room_clash")
    es = translate_violation(v, "es")
    assert (es.constraint, es.level, es.penalty, es.sessions, es.slot, es.rule) == \
        (v.constraint, v.level, v.penalty, v.sessions, v.slot, v.rule)
    assert es.reason.startswith("El aula ") and es.resource.startswith("aula R")


def _shortfall_problems():
    busy = (Instructor("I1", "Ada", frozenset({("C1", "lecture"), ("C1", "practical")}), frozenset({5})),)
    rooms = (Room("R1", "Hall", 30, "lecture", unavailable=ALL_SLOTS - {0}),
             Room("S1", "Seminar", 30, "seminar")) + problem().rooms[1:]
    groups = (replace(problem().groups[0], unavailable=frozenset({3, 4, 5})),)
    joint_groups = (Group("G1", "One", 15, ("C1",)), Group("G2", "Two", 15, ("C1",)))
    lecture_only = replace(problem().courses[0], components=problem().courses[0].components[:1])
    only_three = (Instructor("I1", "Ada", frozenset({("C1", "lecture")}), ALL_SLOTS - {0, 1, 2}),)
    return [problem(instructors=busy), problem(rooms=rooms), problem(groups=groups),
            problem(groups=joint_groups, courses=(lecture_only,), instructors=only_three)]


def test_shortfalls_and_their_remedies_are_translated():
    remedy_kinds = set()
    for p in _shortfall_problems():
        found = [d for d in suggest(p) if d.code in SHORTFALL_CODES]
        assert found
        for d in found:
            assert find(d.message, MESSAGE_FAMILIES) is not None, d.message
            for r in d.remedies:
                assert find(r.text, MESSAGE_FAMILIES) is not None, r.text
                remedy_kinds.add(r.kind)
            for language in TRANSLATED:
                t = translate_diagnostic(d, language)
                assert t.message != d.message and (t.code, t.field, t.severity) == (d.code, d.field, d.severity)
                assert [r.id for r in t.remedies] == [r.id for r in d.remedies]
                assert all(a.text != b.text for a, b in zip(t.remedies, d.remedies))
                assert set(t.to_dict()) == set(d.to_dict())
    assert {"open_time", "room_type", "joint", "fewer_periods"} <= remedy_kinds


def test_exact_words_of_a_shortfall_and_its_remedy():
    [d] = [d for d in suggest(_shortfall_problems()[0]) if d.code in SHORTFALL_CODES]
    es = translate_diagnostic(d, "es")
    assert es.entity == "docente I1"
    assert es.remedies[0].text == ("Abrir 1 periodo en el tiempo del docente I1, junto a las horas ya abiertas: "
                                   "Tue 11:00-12:00.")
    ar = translate_diagnostic(d, "ar")
    assert ar.remedies[0].text == "افتح فترة واحدة من وقت المدرّس I1، بجوار الأوقات المفتوحة أصلًا: Tue 11:00-12:00."


SEED_CAMPUS_TEXTS = [
    "Sessions only I109 can teach (ENSH 253 lecture, SH602 lecture) need 20 periods a week, but at most 16 fit "
    "into this instructor's free periods at the times these sessions can be taught.",
    "Sessions that can only use room A102 (CE605 practical, CE606 practical, CE704 practical, ENCE 251 practical "
    "and 5 more) need 60 periods a fortnight, but at most 48 fit into the times this room is open and the sessions "
    "can be taught.",
    "Let instructor I136, who teaches ENSH 153, a course of the same series (ENSH), take some of this teaching: "
    "add the qualifications ENSH 251 lecture and ENSH 251 practical to I136.",
    "As a last resort, teach the lecture of ENSH 251 in 1 period a week instead of 3 (in each of its 3 sections).",
    "Teach the practical of ENME 255 in a practical room instead of a practical room with Fluid Science Lab: "
    "for example A997 (seats 24), B204 (seats 24), D101 (seats 24).",
    "Teach the practical of AR601 in blocks of 5+4+3 periods instead of 6+6 or 7+5 or 8+4 or another.",
    "Open 3 periods of instructor I31's time, next to the times already open: Wednesday 10:15-12:45.",
]


def test_the_campus_shortfall_and_remedy_words_in_spanish():
    assert [translate_text(t, "es") for t in SEED_CAMPUS_TEXTS] == [
        "Las sesiones que solo puede impartir I109 (la clase teórica de ENSH 253, la clase teórica de SH602) "
        "necesitan 20 periodos por semana, pero como mucho caben 16 en sus periodos libres en las horas en que "
        "pueden impartirse.",
        "Las sesiones que solo pueden usar el aula A102 (la práctica de CE605, la práctica de CE606, la práctica de "
        "CE704, la práctica de ENCE 251 y 5 más) necesitan 60 periodos por quincena, pero como mucho caben 48 en "
        "las horas en que esta aula está abierta(s) y las sesiones pueden impartirse.",
        "Que el docente I136, que imparte ENSH 153, una asignatura de la misma serie (ENSH), asuma parte de esta "
        "docencia: añadir las habilitaciones ENSH 251 teoría y ENSH 251 prácticas a I136.",
        "Como último recurso, impartir la clase teórica de ENSH 251 en 1 periodo por semana en lugar de 3 (en cada "
        "uno de sus 3 grupos).",
        "Impartir la práctica de ENME 255 en un aula de tipo practical en lugar de un aula de tipo practical con "
        "Fluid Science Lab: por ejemplo A997 (24 plazas), B204 (24 plazas), D101 (24 plazas).",
        "Impartir la práctica de AR601 en bloques de 5+4+3 periodos en lugar de 6+6 o 7+5 o 8+4 u otro.",
        "Abrir 3 periodos en el tiempo del docente I31, junto a las horas ya abiertas: miércoles 10:15-12:45.",
    ]


def test_report_headings_and_day_names():
    [rooms, *_rest] = [translate_table(t, "fr") for t in report_tables(problem(), None)]
    assert rooms.title == "Occupation des salles"
    assert rooms.columns == ("Salle", "Nom", "Type", "Capacité", "Mon", "Tue", "Utilisés", "Disponibles", "Taux")
    english = report_tables(problem(), None)[0]
    assert rooms.rows == english.rows and rooms.percent_columns == english.percent_columns
    assert translate_word("Wednesday", "day", "ar") == "الأربعاء"
    assert translate_text("(no room)", "pt_BR") == "(sem sala)"
    assert translate_text("Not placed: C1 practical, GA, block 1 (2 periods)", "es") == \
        "Sin colocar: la práctica de C1, GA, bloque 1 (2 periodos)"


def test_the_catalogues_load_without_qt():
    code = ("import sys; from schedule_engine.i18n import translate_text; "
            "translate_text('Room R1 hosts C1 lecture and C2 lecture at the same time on Monday 09:00', 'ar'); "
            "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_command_line_speaks_the_language_asked_for(tmp_path, capsys):
    from schedule_engine.cli import main
    from schedule_engine.io.engine_json import save_document

    busy = (Instructor("I1", "Ada", frozenset({("C1", "lecture"), ("C1", "practical")}), frozenset({5})),)
    path = tmp_path / "tiny.json"
    save_document(path, problem(instructors=busy))
    assert main(["--language", "es", "validate", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("error: docente I1, unavailable: Las sesiones que solo puede impartir I1 ")
    assert lines[-1] == "1 error, 0 aviso(s)"
    assert main(["--language", "ar", "validate", "--json", str(path)]) == 1
    assert '"message": "Sessions only I1 can teach' in capsys.readouterr().out  # JSON stays English


def test_constraint_names_in_every_language():
    from schedule_engine.constraint_catalog import CATALOG
    from schedule_engine.i18n import constraint_name

    assert constraint_name("room_clash", "es") == "Choque de aula"
    assert constraint_name("room_clash", "ar") == "تعارض القاعة"
    assert constraint_name("room_clash", None) == "Room clash"
    assert constraint_name("rule.max_gaps_per_day", "fr") == "Max. trous par jour"
    for language in TRANSLATED:
        names = [constraint_name(c, language) for c in CATALOG]
        assert len(set(names)) == len(CATALOG) and not set(names) & {i.name for i in CATALOG.values()}


def _broken_problems():
    """Tiny problems that provoke every data check of ``validate``."""
    base = problem()
    group, course = base.groups[0], base.courses[0]
    person = base.instructors[0]
    return [
        problem(time_grid=replace(GRID, days=())),
        problem(time_grid=replace(GRID, midday_periods=(7,), unavailable=frozenset({99}))),
        problem(rooms=(replace(base.rooms[0], capacity=-1),) + base.rooms[1:]),
        problem(courses=(replace(course, min_days=5, components=(
            replace(LECTURE, session_type="seminar"), replace(LECTURE, session_type="a|b"), PRACTICAL, PRACTICAL)),)),
        problem(courses=(replace(course, components=(
            replace(LECTURE, blocks=(1, 2)), replace(PRACTICAL, patterns=((3,),), min_block=3, max_block=2))),)),
        problem(courses=(replace(course, components=(replace(LECTURE, blocks=(0, 2)),)),)),
        problem(rooms=base.rooms + (base.rooms[0],)),
        problem(groups=(replace(group, courses=("C1", "NOPE", "C2")), Group("H", "H", 5, ())),
                courses=(course, Course("C2", "x", ()))),
        problem(courses=(replace(course, components=(replace(LECTURE, instructors=("NOBODY",), room_type="aula",
                                                             room_features=frozenset({"Zz"})), PRACTICAL)),)),
        problem(instructors=(replace(person, qualifications=person.qualifications | {("C1", "odd"),
                                                                                       ("XX", "lecture")}),)),
        problem(settings=replace(base.settings, weights={"nonsense": 1, "room_stability": -2}, preferred_first_period=9,
                                 time_zone="Mars/Base")),
        problem(instructors=(replace(person, qualifications=frozenset()),)),
        problem(rooms=base.rooms[:1]),
        problem(rooms=(replace(base.rooms[0], capacity=5), base.rooms[1])),
        problem(courses=(replace(course, components=(LECTURE, replace(PRACTICAL, blocks=(4,)))),)),
    ]


def test_every_data_check_of_validate_is_translated():
    codes = set()
    for p in _broken_problems():
        for d in validate(p):
            assert find(d.message, MESSAGE_FAMILIES) is not None, d.message
            codes.add(d.code)
            assert all(translate_text(d.message, language) != d.message for language in TRANSLATED), d.message
    assert len(codes) >= 20


def test_exact_words_of_data_checks():
    words = {d.code: d for p in _broken_problems()[:3] for d in validate(p)}
    assert translate_text(words["slot_out_of_range"].message, "ar") == \
        "فترة واحدة خارج فترات الأسبوع الـ 6 (مثلًا 99) وتُتجاهَل."
    assert translate_text(words["negative_value"].message, "fr") == "capacity doit valoir au moins 0, pas -1."
    assert translate_diagnostic(words["no_days"], "pt_BR").entity == "grade horária"


def test_violation_reasons_of_a_two_week_cycle_are_translated():
    base = rich_problem()
    courses = tuple(replace(c, components=tuple(replace(k, fortnightly=True) for k in c.components))
                    if c.id == "C3" else c for c in base.courses)
    problem_ = replace(base, time_grid=replace(base.time_grid, week_names=("A", "B")), courses=courses)
    cp = compile_problem(problem_)
    rng = np.random.default_rng(3)
    with_weeks = 0
    for _trial in range(10):
        slot, room, instr = random_timetable(cp, rng, busy=0.5)
        for v in evaluate(problem_, cp.decode(slot, room, instr), compiled=cp).violations:
            with_weeks += " in week " in v.reason
            assert find(v.reason, MESSAGE_FAMILIES) is not None, v.reason
            assert " week " not in translate_text(v.reason, "fr"), v.reason
    assert with_weeks > 0
    assert translate_text("C1 lecture for G2 is taught 2 times on Monday in week A", "es") == \
        "La clase teórica de C1 para G2 se imparte 2 veces el lunes de la semana A"


def test_a_long_list_of_clashing_sessions_is_translated_whole():
    names = [f"C{i} (Course number {i}) lecture for G{i}" for i in range(60)]
    text = "Room Hall hosts " + ", ".join(names[:-1]) + " and " + names[-1] + " at the same time on Monday 09:00"
    out = translate_text(text, "es")
    assert out.startswith("El aula Hall acoge la clase teórica de C0 (Course number 0) para G0, ")
    assert out.endswith(" y la clase teórica de C59 (Course number 59) para G59 a la vez el lunes a las 09:00")
    assert "lecture" not in out and out.count("la clase teórica de") == 60


def test_every_change_a_remedy_makes_is_told_in_every_language():
    from schedule_engine.i18n import describe_edit

    kinds = set()
    for p in _shortfall_problems():
        for d in suggest(p):
            for edit in (e for r in d.remedies for e in r.edits):
                assert find(edit.summary, ("edit",)) is not None, edit.summary
                kinds.add(edit.op)
                assert describe_edit(edit, "en") == f"{edit.kind} {edit.entity_id}: {edit.summary}"
                for language in TRANSLATED:
                    told = describe_edit(edit, language)
                    assert edit.entity_id in told and edit.summary not in told, (language, told)
    assert len(kinds) >= 3
    [d] = [d for d in suggest(_shortfall_problems()[0]) if d.code in SHORTFALL_CODES]
    assert describe_edit(d.remedies[0].edits[0], "es") == "docente I1: disponible el Tue 11:00-12:00"


def test_lists_of_sessions_and_qualifications_translate_every_item():
    from schedule_engine.i18n.matching import translate_in

    shortfall = ("Sessions only I7 can teach (ENSH 253 lecture, SH602 tutorial, SH602 practical) need 9 periods "
                 "a week, but at most 4 fit into this instructor's free periods at the times these sessions can "
                 "be taught.")
    arabic = translate_text(shortfall, "ar")
    assert "(محاضرة ENSH 253، حصة تمارين SH602، حصة عملية SH602)" in arabic
    assert not any(word in arabic for word in ("lecture", "tutorial", "practical"))
    step = "add the qualifications ENSH 251 lecture, ENSH 251 tutorial and SH602 practical to I136"
    assert translate_in(step, "fr", ("step",)) == "ajouter les habilitations ENSH 251 CM, ENSH 251 TD et SH602 TP à I136"
