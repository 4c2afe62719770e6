"""Rewrites a dataset's samples.zarr with numcodecs' shuffle filter before LZ4, beside the original, so that
`bench read` and `bench gathers` can compare both in one run (the other files are hard links).

    /usr/bin/python3 releng/bench/shuffle_copy.py /dev/shm/big/seislens-demo.seislens /dev/shm/big/shuffled.seislens
"""
import os
import shutil
import sys

import numcodecs
import zarr

source, target = sys.argv[1], sys.argv[2]
os.makedirs(target)
for name in os.listdir(source):
    if name != 'samples.zarr':
        src = os.path.join(source, name)
        dst = os.path.join(target, name)
        if os.path.isdir(src):
            shutil.copytree(src, dst, copy_function=os.link)
        else:
            os.link(src, dst)
z = zarr.open(os.path.join(source, 'samples.zarr'), mode='r')
out = zarr.open(os.path.join(target, 'samples.zarr'), mode='w', shape=z.shape, chunks=z.chunks, dtype=z.dtype,
                compressor=z.compressor, fill_value=z.fill_value, filters=[numcodecs.Shuffle(z.dtype.itemsize)],
                dimension_separator='.')
step = z.chunks[0] * 64
for t in range(0, z.shape[0], step):
    out[t:t + step] = z[t:t + step]
print(target, out.nbytes_stored)
