#!/usr/bin/env python3
"""The peer of `sparktune run examples/branin.json`: Optuna's random search on Branin.

Same budget (200 trials, 2 at a time) and the same objective, evaluated in-process as Optuna
users do. With --journal DIR the study is kept in Optuna's JournalFileStorage, the durable
file store that matches sparktune's study directory; otherwise in memory.
Prints the best value found.
"""
import argparse
import math
import os

import warnings

import optuna


def branin(x0, x1):
    a, b, c = 1.0, 5.1 / (4 * math.pi ** 2), 5 / math.pi
    r, s, t = 6.0, 10.0, 1 / (8 * math.pi)
    return a * (x1 - b * x0 ** 2 + c * x0 - r) ** 2 + s * (1 - t) * math.cos(x0) + s


def objective(trial):
    return branin(trial.suggest_float("x0", -5, 10), trial.suggest_float("x1", 0, 15))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--journal", help="a folder for Optuna's JournalFileStorage")
    args = parser.parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    storage = None
    if args.journal:
        os.makedirs(args.journal, exist_ok=True)
        storage = optuna.storages.JournalStorage(
            optuna.storages.JournalFileStorage(os.path.join(args.journal, "journal.log")))
    study = optuna.create_study(direction="minimize", storage=storage,
                                sampler=optuna.samplers.RandomSampler(seed=args.seed))
    study.optimize(objective, n_trials=args.trials, n_jobs=args.jobs)
    print(f"best {study.best_value:.6f}")


if __name__ == "__main__":
    main()
