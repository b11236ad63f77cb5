"""The baseline of leaderboard-10k.sh: Optuna 3.1 loading a study of TRIALS trials (each with REPORTS
intermediate values) from its in-memory storage and ranking them for a leaderboard page, as a
dashboard over Optuna would. Prints one JSON line of milliseconds (the median of ROUNDS rounds)."""
import json
import statistics
import sys
import time

import optuna
from optuna.distributions import CategoricalDistribution, FloatDistribution
from optuna.trial import TrialState, create_trial

trials, reports, rounds = (int(a) for a in sys.argv[1:4])
optuna.logging.set_verbosity(optuna.logging.WARNING)
study = optuna.create_study(direction="minimize")
distributions = {"x0": FloatDistribution(-5, 10), "x1": FloatDistribution(0, 15),
                 "opt": CategoricalDistribution(["adam", "sgd", "rmsprop"])}
for n in range(trials):
    value = (n * 7919 % 1000) / 10.0
    study.add_trial(create_trial(
        params={"x0": (n % 15) - 5.0, "x1": (n % 16) * 0.9, "opt": ["adam", "sgd", "rmsprop"][n % 3]},
        distributions=distributions, value=value,
        intermediate_values={step: value + 1.0 / (step + 1) for step in range(reports)},
        state=TrialState.COMPLETE))


def page():
    started = time.perf_counter()
    loaded = study.get_trials(deepcopy=False)
    ranked = sorted(loaded, key=lambda t: (t.value is None, t.value if t.value is not None else 0.0, t.number))
    top = [{"number": t.number, "value": t.value, "params": t.params,
            "epochs": len(t.intermediate_values)} for t in ranked[:50]]
    assert len(top) == 50
    return (time.perf_counter() - started) * 1000.0


def page_deep():
    started = time.perf_counter()
    loaded = study.get_trials(deepcopy=True)
    ranked = sorted(loaded, key=lambda t: (t.value is None, t.value if t.value is not None else 0.0, t.number))
    assert len(ranked[:50]) == 50
    return (time.perf_counter() - started) * 1000.0


for _ in range(3):
    page()
print(json.dumps({"page_ms": statistics.median(page() for _ in range(rounds)),
                  "page_copied_ms": statistics.median(page_deep() for _ in range(rounds))}))
