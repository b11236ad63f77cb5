#!/usr/bin/env python3
"""A stand-in for a training script, driven by sparktune's command trainer.

It reads the trial's parameters as JSON on stdin, "trains" for a few epochs, printing
"report EPOCH VALUE" after each, and ends with "result VALUE". Anything else it prints is
ignored by sparktune; what it writes on stderr shows in the trial's reason if it fails.
"""
import json
import math
import os
import sys

params = json.load(sys.stdin)
trial = int(os.environ["SPARKTUNE_TRIAL"])
epochs = int(os.environ.get("EPOCHS", "5"))

lr, layers, dropout = params["lr"], params["layers"], params["dropout"]
# The best validation loss is near lr = 0.01, 2 layers, dropout 0.2.
floor = (math.log10(lr) + 2) ** 2 * 0.1 + abs(layers - 2) * 0.05 + (dropout - 0.2) ** 2
print(f"trial {trial}: lr={lr:.5f} layers={layers} dropout={dropout:.1f}")

loss = None
for epoch in range(epochs):
    loss = floor + 1.0 / (epoch + 1)
    print(f"report {epoch} {loss:.6f}", flush=True)

print(f"result {loss:.6f}")
