#!/usr/bin/python3
"""Reference for `seislens-cli process`: AGC then zero-phase trapezoid band-pass of a SeisLens dataset with
numpy, read with zarr-python in blocks of chunk rows, written as a Zarr array with LZ4 (the same chunks).

    /usr/bin/python3 releng/bench/numpy_process.py <dataset> <out.zarr> [--agc-ms 500] [--band 5,10,60,80]
        [--block-traces 1024] [--compare <processed-dataset>]

Prints one JSON line: seconds (read, compute and write, without the interpreter's start), traces, samples,
mb_per_s (float32 MB written per second) and, with --compare, the largest difference from a dataset written by
`seislens-cli process` relative to that dataset's largest amplitude.
"""
import argparse
import json
import os
import shutil
import time

import numcodecs
import numpy as np
import zarr


def smooth_even_length(n):
    """The even length from n up with no prime factor but 2, 3 and 5."""
    m = n
    while True:
        if m % 2 == 0:
            r = m
            for f in (2, 3, 5):
                while r % f == 0:
                    r //= f
            if r == 1:
                return m
        m += 1


def transform_length(n):
    """The length SeisLens pads each trace to: the power of two from n up if at most 1.5 x the smooth length."""
    power = 2
    while power < n:
        power *= 2
    smooth = smooth_even_length(n)
    return power if power <= 1.5 * smooth else smooth


def agc(x, h):
    """Each sample divided by the RMS of samples i-h .. i+h of its trace that exist; 0 where that RMS is 0."""
    n = x.shape[1]
    c = np.zeros((x.shape[0], n + 1))
    np.cumsum(x * x, axis=1, out=c[:, 1:])
    i = np.arange(n)
    lo = np.maximum(0, i - h)
    hi = np.minimum(n - 1, i + h)
    rms = np.sqrt((c[:, hi + 1] - c[:, lo]) / (hi - lo + 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(rms > 0, x / rms, 0.0)


def trapezoid(freqs, f1, f2, f3, f4):
    w = np.zeros_like(freqs)
    up = (freqs > f1) & (freqs < f2)
    w[up] = (freqs[up] - f1) / (f2 - f1)
    w[(freqs >= f2) & (freqs <= f3)] = 1
    down = (freqs > f3) & (freqs < f4)
    w[down] = (f4 - freqs[down]) / (f4 - f3)
    return w


def main():
    p = argparse.ArgumentParser()
    p.add_argument("dataset")
    p.add_argument("out")
    p.add_argument("--agc-ms", type=float, default=500)
    p.add_argument("--band", default="5,10,60,80")
    p.add_argument("--block-traces", type=int, default=1024)
    p.add_argument("--compare")
    a = p.parse_args()
    with open(os.path.join(a.dataset, "metadata.json")) as f:
        meta = json.load(f)
    dt_ms = meta["sample_interval_us"] / 1000.0
    f1, f2, f3, f4 = (float(v) for v in a.band.split(","))
    started = time.perf_counter()
    src = zarr.open_array(os.path.join(a.dataset, "samples.zarr"), mode="r")
    traces, n = src.shape
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    dst = zarr.open_array(a.out, mode="w", shape=src.shape, chunks=src.chunks, dtype="<f4",
                          compressor=numcodecs.LZ4(acceleration=1), fill_value=0)
    h = int(np.floor(a.agc_ms / 2 / dt_ms + 0.5))
    m = transform_length(n)
    weights = trapezoid(np.fft.rfftfreq(m, dt_ms / 1000.0), f1, f2, f3, f4)
    block = max(src.chunks[0], a.block_traces // src.chunks[0] * src.chunks[0])
    for t0 in range(0, traces, block):
        x = src[t0:t0 + block].astype(np.float64)
        y = agc(x, h)
        y = np.fft.irfft(np.fft.rfft(y, n=m, axis=1) * weights, n=m, axis=1)[:, :n]
        dst[t0:t0 + block] = y.astype(np.float32)
    seconds = time.perf_counter() - started
    result = {"seconds": seconds, "traces": traces, "samples": n, "mb_per_s": traces * n * 4 / 1e6 / seconds}
    if a.compare:
        other = zarr.open_array(os.path.join(a.compare, "samples.zarr"), mode="r")
        worst = 0.0
        peak = 0.0
        for t0 in range(0, traces, block):
            s = other[t0:t0 + block].astype(np.float64)
            worst = max(worst, float(np.max(np.abs(s - dst[t0:t0 + block]))))
            peak = max(peak, float(np.max(np.abs(s))))
        result["max_relative_difference"] = worst / peak if peak else worst
    print(json.dumps(result))


if __name__ == "__main__":
    main()
