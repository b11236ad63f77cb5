#!/usr/bin/env python3
"""A synthetic objective over a conditional space: momentum exists only for sgd.

Reads the trial's parameters as JSON on stdin and prints "result VALUE".
"""
import json
import math
import sys

params = json.load(sys.stdin)
optimizer, lr = params["optimizer"], params["lr"]
if optimizer == "sgd":
    momentum = params["momentum"]
    loss = (math.log10(lr) + 1.5) ** 2 + (momentum - 0.9) ** 2 + 0.05
else:
    if "momentum" in params:
        sys.exit("adam got a momentum: the condition was not honoured")
    loss = (math.log10(lr) + 3) ** 2 + 0.02
print(f"result {loss:.6f}")
