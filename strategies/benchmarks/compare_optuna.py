#!/usr/bin/python3
"""Optuna's side of the strategy comparison, and the table that puts both sides together.

  compare_optuna.py check                      asserts the functions below agree with sparktune's
  compare_optuna.py run SAMPLER SEEDS TRIALS   runs Optuna's TPESampler or RandomSampler (default
                                               settings, seed=s) on the six functions; prints JSON
  compare_optuna.py latency HISTORY WARMUP ASKS
                                               mean time of study.ask() with TPESampler on hartmann6
                                               with HISTORY finished trials; prints JSON
  compare_optuna.py table DIR                  prints the comparison from the JSON files in DIR

The functions are written from their published definitions (Surjanovic and Bingham's Virtual Library
of Simulation Experiments), with the same domains, dimensions and optima as sparktune's.
"""
import json
import math
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import numpy as np


def branin(x):
    a, b, c, r, s, t = 1.0, 5.1 / (4 * math.pi ** 2), 5 / math.pi, 6.0, 10.0, 1 / (8 * math.pi)
    return a * (x[1] - b * x[0] ** 2 + c * x[0] - r) ** 2 + s * (1 - t) * math.cos(x[0]) + s


HARTMANN_ALPHA = [1.0, 1.2, 3.0, 3.2]
HARTMANN3_A = [[3, 10, 30], [0.1, 10, 35], [3, 10, 30], [0.1, 10, 35]]
HARTMANN3_P = [[3689, 1170, 2673], [4699, 4387, 7470], [1091, 8732, 5547], [381, 5743, 8828]]
HARTMANN6_A = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8],
               [17, 8, 0.05, 10, 0.1, 14]]
HARTMANN6_P = [[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991],
               [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]]


def hartmann(a, p):
    def f(x):
        total = 0.0
        for i in range(4):
            inner = sum(a[i][j] * (x[j] - p[i][j] * 1e-4) ** 2 for j in range(len(x)))
            total += HARTMANN_ALPHA[i] * math.exp(-inner)
        return -total
    return f


def rosenbrock(x):
    return sum(100 * (x[i + 1] - x[i] ** 2) ** 2 + (x[i] - 1) ** 2 for i in range(len(x) - 1))


def levy(x):
    w = [1 + (xi - 1) / 4 for xi in x]
    total = math.sin(math.pi * w[0]) ** 2
    for wi in w[:-1]:
        total += (wi - 1) ** 2 * (1 + 10 * math.sin(math.pi * wi + 1) ** 2)
    return total + (w[-1] - 1) ** 2 * (1 + math.sin(2 * math.pi * w[-1]) ** 2)


def ackley(x):
    d = len(x)
    squares = sum(xi * xi for xi in x)
    cosines = sum(math.cos(2 * math.pi * xi) for xi in x)
    return -20 * math.exp(-0.2 * math.sqrt(squares / d)) - math.exp(cosines / d) + 20 + math.e


# name: (function, bounds per coordinate, known optimum)
FUNCTIONS = {
    "branin": (branin, [(-5, 10), (0, 15)], 0.397887),
    "hartmann3": (hartmann(HARTMANN3_A, HARTMANN3_P), [(0, 1)] * 3, -3.86278),
    "hartmann6": (hartmann(HARTMANN6_A, HARTMANN6_P), [(0, 1)] * 6, -3.32237),
    "rosenbrock": (rosenbrock, [(-5, 10)] * 4, 0.0),
    "levy": (levy, [(-10, 10)] * 5, 0.0),
    "ackley": (ackley, [(-32.768, 32.768)] * 5, 0.0),
}

# The same points and values as sparktune's ReferencePointsTest.
REFERENCE = [
    ("branin", [1.0, 2.0], 21.627635392062380),
    ("branin", [-3.0, 12.0], 0.49791070978732320),
    ("branin", [7.5, 0.5], 14.017344494081822),
    ("hartmann3", [0.1, 0.5, 0.9], -3.5190749610462375),
    ("hartmann3", [0.3, 0.3, 0.3], -0.69832287377601020),
    ("hartmann6", [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], -1.4069105761385297),
    ("hartmann6", [0.9, 0.1, 0.5, 0.3, 0.7, 0.2], -0.010124895473540380),
    ("rosenbrock", [0.5, -1, 2, 1.5], 886.5),
    ("rosenbrock", [-2.5, 3, 0.25, 8], 15029.703125),
    ("levy", [0.5, -2, 3, 1, -7], 11.125169098034707),
    ("levy", [9, -9.5, 0.1, 4, 2], 86.716337472836730),
    ("ackley", [0.5, -2, 3, 1, -7], 11.076414599139973),
    ("ackley", [0.1, 0.1, 0.1, 0.1, 0.1], 0.86860899612194630),
]


def check():
    for name, point, expected in REFERENCE:
        got = FUNCTIONS[name][0](point)
        if not math.isclose(got, expected, rel_tol=1e-12, abs_tol=1e-12):
            sys.exit(f"{name}{point}: Python gives {got!r}, sparktune {expected!r}")
    print(f"the Python functions agree with sparktune's at {len(REFERENCE)} reference points")


def quartiles(values):
    q1, median, q3 = np.percentile(np.array(values, dtype=float), [25, 50, 75])
    return {"q1": float(q1), "median": float(median), "q3": float(q3)}


def run_one(task):
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    sampler_name, name, seed, trials = task
    f, bounds, optimum = FUNCTIONS[name]
    sampler = optuna.samplers.TPESampler(seed=seed) if sampler_name == "tpe" \
        else optuna.samplers.RandomSampler(seed=seed)
    study = optuna.create_study(sampler=sampler)
    study.optimize(lambda t: f([t.suggest_float(f"x{i}", lo, hi) for i, (lo, hi) in enumerate(bounds)]),
                   n_trials=trials)
    best, regrets = math.inf, []
    for t in study.trials:
        best = min(best, t.value)
        regrets.append(max(0.0, best - optimum))
    return name, seed, regrets


def run(sampler_name, seeds, trials):
    tasks = [(sampler_name, name, seed, trials) for name in FUNCTIONS for seed in range(seeds)]
    by_function = {name: {} for name in FUNCTIONS}
    with ProcessPoolExecutor(max_workers=int(os.environ.get("WORKERS", "2"))) as pool:
        for name, seed, regrets in pool.map(run_one, tasks):
            by_function[name][seed] = regrets
    checkpoints = sorted({c for c in (trials // 4, trials // 2, trials) if c >= 1})
    results = []
    for name, runs in by_function.items():
        results.append({"function": name, "optimum": FUNCTIONS[name][2], "checkpoints": [
            dict(budget=c, **quartiles([runs[s][c - 1] for s in sorted(runs)])) for c in checkpoints]})
    print(json.dumps({"sampler": {"type": "optuna-" + sampler_name}, "seeds": seeds, "trials": trials,
                      "results": results}))


def latency(history, warmup, asks):
    import optuna
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    f, bounds, _ = FUNCTIONS["hartmann6"]
    distributions = {f"x{i}": optuna.distributions.FloatDistribution(lo, hi) for i, (lo, hi) in enumerate(bounds)}
    rng = np.random.RandomState(0)
    finished = []
    for _ in range(history):
        params = {k: float(rng.uniform(d.low, d.high)) for k, d in distributions.items()}
        finished.append(optuna.trial.create_trial(params=params, distributions=distributions,
                                                  value=f(list(params.values()))))
    study = optuna.create_study(sampler=optuna.samplers.TPESampler(seed=0))
    study.add_trials(finished)
    took = []
    for _ in range(warmup + asks):
        start = time.perf_counter()
        trial = study.ask(distributions)  # suggests every parameter, so the sampler runs inside ask
        took.append(time.perf_counter() - start)
        study.tell(trial, f([trial.params[k] for k in distributions]))
    print(json.dumps({"sampler": "optuna-tpe", "function": "hartmann6", "history": history, "warmup": warmup,
                      "asks": asks, "meanAskMillis": 1000 * sum(took[warmup:]) / asks}))


def load(directory, name):
    with open(os.path.join(directory, name + ".json")) as f:
        return json.load(f)


def final_medians(document):
    return {r["function"]: r["checkpoints"][-1]["median"] for r in document["results"]}


def ratio(a, b):
    if a is None or b is None:
        return math.nan
    if b == 0:
        return 1.0 if a == 0 else math.inf
    return a / b


def regret_at(trajectory, budget):
    regret = math.inf
    for spent, r in trajectory:
        if spent > budget:
            break
        regret = r
    return regret


def first_budget_reaching(document, function, target):
    """The least budget (in full-budget trials) at which the median regret over seeds is <= target."""
    runs = next(r for r in document["results"] if r["function"] == function)["runs"]
    budgets = sorted({point[0] for run in runs for point in run["trajectory"]})
    for budget in budgets:
        if float(np.median([regret_at(run["trajectory"], budget) for run in runs])) <= target:
            return budget
    return math.inf


def table(directory):
    ours = {k: final_medians(load(directory, k)) for k in ("tpe", "random", "evolution")}
    optuna = {k: final_medians(load(directory, "optuna-" + k)) for k in ("tpe", "random")}
    trials = load(directory, "tpe")["trials"]
    seeds = load(directory, "tpe")["seeds"]
    print(f"median simple regret after {trials} trials over {seeds} seeds (lower is better)")
    header = ("function", "sparktune tpe", "optuna tpe", "ratio", "sparktune random", "optuna random", "ratio",
              "evolution")
    row = "{:<11} {:>13} {:>11} {:>8} {:>16} {:>13} {:>8} {:>10}"
    print(row.format(*header))
    fmt = lambda v: "none" if v is None or not math.isfinite(v) else f"{v:.4g}"
    tpe_vs_optuna = tpe_vs_random = evo_vs_random = 0
    functions = list(ours["tpe"])
    for name in functions:
        t, ot, r, orr, e = ours["tpe"][name], optuna["tpe"][name], ours["random"][name], optuna["random"][name], \
            ours["evolution"][name]
        print(row.format(name, fmt(t), fmt(ot), fmt(ratio(t, ot)), fmt(r), fmt(orr), fmt(ratio(r, orr)), fmt(e)))
        tpe_vs_optuna += t <= ot
        tpe_vs_random += t < r
        evo_vs_random += e < r
    n = len(functions)
    verdict = lambda ok: "holds" if ok else "DOES NOT HOLD"
    print()
    print("targets:")
    print(f"  TPE <= Optuna TPE on >= 5 of 6 functions: {tpe_vs_optuna} of {n}: {verdict(tpe_vs_optuna >= 5)}")
    print(f"  TPE < random (sparktune's) on all 6: {tpe_vs_random} of {n}: {verdict(tpe_vs_random == n)}")
    print(f"  evolution < random (sparktune's) on >= 5 of 6: {evo_vs_random} of {n}: {verdict(evo_vs_random >= 5)}")

    ours_latency = load(directory, "latency")
    optuna_latency = load(directory, "optuna-latency")
    speedup = optuna_latency["meanAskMillis"] / ours_latency["meanAskMillis"]
    cold = load(directory, "latency-cold")
    print(f"  TPE ask latency, hartmann6 with {ours_latency['history']} finished trials: sparktune "
          f"{ours_latency['meanAskMillis']:.3f} ms (JVM warmed up by {ours_latency['warmup']} asks on a copy of the "
          f"study), Optuna {optuna_latency['meanAskMillis']:.3f} ms (after {optuna_latency['warmup']} warm-up "
          f"asks); means of {ours_latency['asks']} asks: "
          f"{speedup:.1f}x faster, target >= 50x: {verdict(speedup >= 50)}")
    print(f"    cold JVM (no warm-up): sparktune {cold['meanAskMillis']:.3f} ms, "
          f"{optuna_latency['meanAskMillis'] / cold['meanAskMillis']:.1f}x faster than Optuna")

    mf_random, mf_asha = load(directory, "mf-random"), load(directory, "mf-asha")
    total = mf_random["trials"]
    for result in mf_random["results"]:
        name = result["function"]
        target = result["checkpoints"][-1]["median"]
        reached = first_budget_reaching(mf_asha, name, target)
        fraction = reached / total
        asha_final = next(r for r in mf_asha["results"] if r["function"] == name)["checkpoints"][-1]["median"]
        print(f"  ASHA (random sampling) on {name}: reaches full-budget random search's final median regret "
              f"{target:.4g} at {fmt(reached)} of {total} full-budget trials = {fmt(fraction)} of its budget "
              f"(its own final median {asha_final:.4g}), target <= 1/3: {verdict(fraction <= 1 / 3)}")


def main(argv):
    if not argv:
        sys.exit(__doc__)
    command, rest = argv[0], argv[1:]
    if command == "check":
        check()
    elif command == "run":
        run(rest[0], int(rest[1]), int(rest[2]))
    elif command == "latency":
        latency(int(rest[0]), int(rest[1]), int(rest[2]))
    elif command == "table":
        table(rest[0])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
