"""The solver's typed protocol: SolveOptions from and to dicts, ProgressEvent,
the one rate limiter and the two callback styles."""

from __future__ import annotations

import pytest

from schedule_engine.errors import InvalidInputError
from schedule_engine.solver.events import ProgressEvent
from schedule_engine.solver.options import SolveOptions
from schedule_engine.solver.progress import ProgressSink, is_seed_style
from schedule_engine.solver.rate_limit import RateLimiter
from schedule_engine.solver.stopping import RunClock, StopRules


def test_options_round_trip_through_plain_dicts():
    options = SolveOptions(time_limit=12.5, generations=40, target=(0, 7), stagnation=3.0, seed=11,
                           workers=2, effort="thorough", warm_start=True)
    data = options.to_dict()
    assert data["target"] == [0, 7] and data["warm_start"] is True
    assert SolveOptions.from_dict(data) == options


def test_options_from_dict_ignores_other_keys_and_lists_them():
    data = {"time_limit": 5, "seed": 2, "type": "progress", "colour": "red"}
    assert SolveOptions.from_dict(data) == SolveOptions(time_limit=5.0, seed=2)
    assert SolveOptions.unknown_keys(data, also_known=("type",)) == ["colour"]


def test_options_from_dict_names_every_bad_setting():
    with pytest.raises(InvalidInputError) as caught:
        SolveOptions.from_dict({"time_limit": -1, "seed": "one", "workers": 2}, path="options")
    fields = [d.field for d in caught.value.diagnostics]
    assert fields == ["options.time_limit", "options.seed"]
    assert "at least 0" in caught.value.diagnostics[0].message
    assert "whole number" in caught.value.diagnostics[1].message


def test_a_whole_float_is_a_whole_number_but_a_bool_is_not():
    assert SolveOptions.from_dict({"generations": 30.0}).generations == 30
    with pytest.raises(InvalidInputError):
        SolveOptions.from_dict({"workers": True})


def test_event_dicts_hold_only_known_figures_and_read_back():
    event = ProgressEvent("evolve", generation=7, total=20, elapsed=1.5, fraction=0.35, hard=0, soft=12,
                          breakdown={"room_capacity": 12}, improved=True, island=1)
    data = event.to_dict()
    assert data == {"phase": "evolve", "generation": 7, "total": 20, "elapsed": 1.5, "fraction": 0.35,
                    "hard": 0, "soft": 12, "breakdown": {"room_capacity": 12}, "improved": True,
                    "island": 1}
    assert ProgressEvent.from_dict({**data, "type": "progress"}) == event
    assert event.score == (0, 12) and ProgressEvent("validate").score is None


def test_the_raw_best_timetable_never_leaves_the_engine():
    assert "best" not in ProgressEvent("evolve", best=[[1, 2, 3]]).to_dict()


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_rate_limiter_lets_one_through_per_interval_and_every_important_one():
    clock = FakeClock()
    limiter = RateLimiter(0.1, clock)
    passed = []
    for now, important in [(0.0, False), (0.05, False), (0.06, True), (0.1, False), (0.17, False),
                           (0.2, False)]:
        clock.now = now
        passed.append(limiter.admit(important))
    assert passed == [True, False, True, False, True, False]
    clock.now = 0.27
    assert limiter.due() and limiter.due()  # looking does not count as sending


def test_the_total_is_the_generation_limit_or_an_estimate_from_the_time_limit():
    assert StopRules(generations=50).total_generations(RunClock(elapsed=3.0, generation=4)) == 50
    rules = StopRules(time_limit=10.0)
    assert rules.total_generations(RunClock(elapsed=2.0, generation=30)) == 150
    assert rules.total_generations(RunClock()) is None


def test_callback_styles_are_told_apart_by_the_signature():
    def seed(gen, total, metrics):
        return None

    def engine(event, extra=None, more=None):
        return None

    assert is_seed_style(seed) and is_seed_style(lambda g, t, m: None)
    assert not is_seed_style(engine) and not is_seed_style([].append) and not is_seed_style(print)


def test_a_seed_style_sink_never_passes_a_zero_total():
    calls = []
    sink = ProgressSink(lambda gen, total, metrics: calls.append((gen, total, metrics["phase"])))
    sink(ProgressEvent("validate"))
    sink(ProgressEvent("evolve", generation=5, total=None))
    sink({"phase": "done", "generation": 9, "total": 9})
    assert calls == [(0, 1, "validate"), (5, 5, "evolve"), (9, 9, "done")]


def test_a_raising_callback_is_dropped_after_the_first_failure():
    calls = []

    def callback(event):
        calls.append(event)
        raise ValueError("boom")

    sink = ProgressSink(callback)
    sink(ProgressEvent("validate"))
    sink(ProgressEvent("compile"))
    assert len(calls) == 1 and not sink.active
    assert sink.failure is not None and "ValueError: boom" in sink.failure
