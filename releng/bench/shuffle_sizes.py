"""Sizes of a SEG-Y file's samples as SeisLens stores them (little-endian chunks of 128 traces by at most 256
samples in the file's own sample type, IBM as float32; LZ4) with and without numcodecs' shuffle filter, against the SEG-Y file's size.

    /usr/bin/python3 releng/bench/shuffle_sizes.py FILE.sgy...
"""
import json
import math
import os
import sys

import numcodecs
import numpy as np
import segyio

lz4 = numcodecs.LZ4(1)
for path in sys.argv[1:]:
    try:
        with segyio.open(path, ignore_geometry=True, strict=False) as f:
            data = f.trace.raw[:]
        data = data.astype(data.dtype.newbyteorder('<'))
    except Exception as e:  # files segyio cannot read are listed, not measured
        print(json.dumps({'file': path, 'error': str(e)[:80]}))
        continue
    traces, samples = data.shape
    rows = max(1, math.ceil(samples / 256))
    cs = math.ceil(samples / rows)
    plain = shuffled = 0
    for t in range(0, traces, 128):
        for s in range(0, samples, cs):
            chunk = np.zeros((128, cs), dtype=data.dtype)
            part = data[t:t + 128, s:s + cs]
            chunk[:part.shape[0], :part.shape[1]] = part
            raw = chunk.tobytes()
            plain += len(lz4.encode(raw))
            shuffled += len(lz4.encode(numcodecs.Shuffle(data.dtype.itemsize).encode(raw)))
    size = os.path.getsize(path)
    print(json.dumps({'file': os.path.basename(path), 'dtype': data.dtype.str, 'segy_bytes': size, 'lz4_bytes': plain,
                      'shuffle_lz4_bytes': shuffled, 'lz4_ratio': round(plain / size, 3),
                      'shuffle_lz4_ratio': round(shuffled / size, 3)}))
