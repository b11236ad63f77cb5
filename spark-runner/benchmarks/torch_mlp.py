"""PyTorch side of the training-throughput benchmark (see throughput.sh).

Trains the same MLP as the DL4J side on the same prepared training data (exported by the Java
side as raw float32 files), with the same batch size, thread count, optimiser and number of
epochs, and prints one line per epoch and a summary line:

    torch epoch E seconds S samples_per_s R
    torch summary median_samples_per_s R

The first epoch is a warm-up and is left out of the median, on both sides.
"""
import json
import statistics
import sys
import time

import numpy as np
import torch


def load(folder):
    with open(f"{folder}/shape.json") as f:
        shape = json.load(f)
    n, d, k = shape["examples"], shape["features"], shape["outputs"]
    x = np.fromfile(f"{folder}/train_x.f32", dtype=np.float32).reshape(n, d)
    y = np.fromfile(f"{folder}/train_y.f32", dtype=np.float32).reshape(n, k)
    return torch.from_numpy(x), torch.from_numpy(y.argmax(axis=1)).long()


def main():
    folder, hidden, batch, epochs, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(
        sys.argv[5])
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    x, y = load(folder)
    sizes = [x.shape[1]] + [int(h) for h in hidden.split(",")]
    layers = []
    for a, b in zip(sizes, sizes[1:]):
        layers += [torch.nn.Linear(a, b), torch.nn.ReLU()]
    layers.append(torch.nn.Linear(sizes[-1], int(y.max()) + 1))
    model = torch.nn.Sequential(*layers)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.CrossEntropyLoss()
    n = x.shape[0]
    generator = torch.Generator().manual_seed(1)
    rates = []
    for epoch in range(1, epochs + 1):
        start = time.perf_counter()
        order = torch.randperm(n, generator=generator)
        model.train()
        for i in range(0, n, batch):
            rows = order[i:i + batch]
            xb, yb = x[rows], y[rows]
            optimizer.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            optimizer.step()
        seconds = time.perf_counter() - start
        rates.append(n / seconds)
        print(f"torch epoch {epoch} seconds {seconds:.4f} samples_per_s {n / seconds:.0f} loss {loss.item():.4f}",
              flush=True)
    print(f"torch summary median_samples_per_s {statistics.median(rates[1:] if len(rates) > 1 else rates):.0f}")


if __name__ == "__main__":
    main()
