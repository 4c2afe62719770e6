#!/usr/bin/python3
"""Reference for the import benchmark: time segyio (Debian python3-segyio) reading every trace of a SEG-Y
file, the way `seislens-cli bench import` reads it once. Prints the median of several runs.

    /usr/bin/python3 releng/bench/segyio_read_all.py FILE.sgy [--runs 3] [--endian big|little]
"""
import argparse
import statistics
import time

import segyio


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--endian", default="big")
    args = parser.parse_args()
    seconds = []
    traces = 0
    for _ in range(args.runs):
        start = time.perf_counter()
        with segyio.open(args.file, ignore_geometry=True, endian=args.endian) as f:
            traces = 0
            for _trace in f.trace:
                traces += 1
        seconds.append(time.perf_counter() - start)
    print('{"traces": %d, "runs": %d, "seconds": %.3f, "seconds_all": [%s]}'
          % (traces, args.runs, statistics.median(seconds), ", ".join("%.3f" % s for s in seconds)))


if __name__ == "__main__":
    main()
