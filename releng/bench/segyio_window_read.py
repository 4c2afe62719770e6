#!/usr/bin/python3
"""Reference figure for `seislens-cli bench read`: segyio's mmap read of random windows of a SEG-Y file.

Reads N random windows of T traces x S samples as segyio users do (f.trace.raw[t0:t0+T], then a slice of
S samples), after one untimed pass over the same windows so that the page cache is warm, as in the cold
figure of bench read. Prints one JSON object with p50/p99 in milliseconds.

    /usr/bin/python3 releng/bench/segyio_window_read.py file.sgy --windows 200 --traces 1000 --samples 1000
"""
import argparse
import json
import random
import time

import numpy as np
import segyio


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("segy")
    p.add_argument("--windows", type=int, default=200)
    p.add_argument("--traces", type=int, default=1000)
    p.add_argument("--samples", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    with segyio.open(a.segy, ignore_geometry=True) as f:
        f.mmap()
        n, ns = f.tracecount, len(f.samples)
        rng = random.Random(a.seed)
        windows = [(rng.randrange(0, n - a.traces + 1), rng.randrange(0, ns - a.samples + 1))
                   for _ in range(a.windows)]
        for t0, s0 in windows:  # warm the page cache
            np.asarray(f.trace.raw[t0:t0 + a.traces])
        times = []
        for t0, s0 in windows:
            start = time.perf_counter()
            w = np.ascontiguousarray(f.trace.raw[t0:t0 + a.traces][:, s0:s0 + a.samples])
            times.append((time.perf_counter() - start) * 1000)
            assert w.shape == (a.traces, a.samples)
    times.sort()
    print(json.dumps({
        "file": a.segy, "windows": a.windows, "traces": a.traces, "samples": a.samples,
        "segyio_version": segyio.__version__ if hasattr(segyio, "__version__") else "unknown",
        "p50_ms": times[len(times) // 2], "p99_ms": times[min(len(times) - 1, int(len(times) * 0.99))],
    }, indent=2))


if __name__ == "__main__":
    main()
