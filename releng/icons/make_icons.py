#!/usr/bin/env python3
"""Draws the SeisLens icon at every size the platforms ask for and packs the platform containers.

The icon is a wiggle trace (one and a half periods of a sine over its zero line) and a red horizon on a
rounded navy square, drawn from its geometry at each size (4 x 4 supersampled), so small sizes are not
blurred down from a large bitmap and large ones are not blown up from a small one.

Writes, from the repository root (numpy only, no imaging library):
  bundles/org.seislens.rcp/icons/seislens{16,32,48,64,128,256,512,1024}.png  window images (Linux, SWT)
  releng/org.seislens.product/macos/Contents/Resources/SeisLens.icns       macOS (16 ... 512@2x)
  features/org.seislens.rcp.feature/rootfiles/win32/seislens.ico          Windows (16 ... 256), beside seislens.cmd

Run: python3 releng/icons/make_icons.py   (the outputs are committed; run again after changing the drawing)
"""
import os
import struct
import sys
import zlib

import numpy as np

NAVY = (0x1F, 0x3B, 0x63)
WHITE = (0xF2, 0xF2, 0xF2)
RED = (0xD9, 0x4F, 0x3F)
SUPER = 4


def segment_distance(px, py, ax, ay, bx, by):
    """Distance of every point (px, py) to the segment a-b."""
    dx, dy = bx - ax, by - ay
    t = np.clip(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy), 0.0, 1.0)
    return np.hypot(px - (ax + t * dx), py - (ay + t * dy))


def polyline_distance(px, py, points):
    d = np.full(px.shape, np.inf)
    for (ax, ay), (bx, by) in zip(points[:-1], points[1:]):
        d = np.minimum(d, segment_distance(px, py, ax, ay, bx, by))
    return d


def draw(size):
    """Returns the icon as an RGBA uint8 array of size x size, coordinates in units of the icon's side."""
    n = size * SUPER
    c = (np.arange(n) + 0.5) / n
    px, py = np.meshgrid(c, c)
    # Rounded square with a small margin; corners of radius 0.16.
    margin, radius = 0.04, 0.16
    qx = np.maximum(np.abs(px - 0.5) - (0.5 - margin - radius), 0.0)
    qy = np.maximum(np.abs(py - 0.5) - (0.5 - margin - radius), 0.0)
    square = np.hypot(qx, qy) <= radius
    # Strokes get thicker, relative to the side, at small sizes so they stay visible.
    width = max(0.055, 1.6 / size)
    x0, x1, zero = 0.16, 0.84, 0.50
    xs = np.linspace(x0, x1, 160)
    wave = [(x, zero - 0.25 * np.sin(3.0 * np.pi * (x - x0) / (x1 - x0))) for x in xs]
    on_wave = polyline_distance(px, py, wave) <= width / 2
    on_zero = segment_distance(px, py, x0, zero, x1, zero) <= width / 4
    on_horizon = segment_distance(px, py, x0, 0.80, x1, 0.80) <= width / 2
    rgb = np.zeros((n, n, 3))
    rgb[:] = NAVY
    rgb[on_zero | on_wave] = WHITE
    rgb[on_horizon] = RED
    alpha = square.astype(float)
    # Average the supersamples: colour weighted by coverage, then coverage as alpha.
    cover = alpha.reshape(size, SUPER, size, SUPER).mean(axis=(1, 3))
    colour = (rgb * alpha[..., None]).reshape(size, SUPER, size, SUPER, 3).sum(axis=(1, 3))
    counts = alpha.reshape(size, SUPER, size, SUPER).sum(axis=(1, 3))[..., None]
    colour = np.where(counts > 0, colour / np.maximum(counts, 1), 0)
    out = np.zeros((size, size, 4), dtype=np.uint8)
    out[..., :3] = np.round(colour).astype(np.uint8)
    out[..., 3] = np.round(cover * 255).astype(np.uint8)
    return out


def png(rgba):
    """Encodes an RGBA uint8 array as a PNG file."""
    h, w, _ = rgba.shape
    raw = b"".join(b"\x00" + rgba[y].tobytes() for y in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# macOS icon types holding PNG data: (type, pixel size) for 16, 32, 128, 256, 512 points at 1x and 2x.
ICNS_TYPES = [(b"icp4", 16), (b"ic11", 32), (b"icp5", 32), (b"ic12", 64), (b"ic07", 128), (b"ic13", 256),
              (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024)]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def icns(images):
    body = b"".join(kind + struct.pack(">I", 8 + len(images[s])) + images[s] for kind, s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def ico(images):
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = 6 + 16 * len(ICO_SIZES)
    entries, data = b"", b""
    for s in ICO_SIZES:
        image = images[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(image), offset + len(data))
        data += image
    return header + entries + data


def main(root):
    sizes = sorted(set([16, 24, 32, 48, 64, 128, 256, 512, 1024]))
    images = {s: png(draw(s)) for s in sizes}
    icons = os.path.join(root, "bundles/org.seislens.rcp/icons")
    for s in (16, 32, 48, 64, 128, 256, 512, 1024):
        with open(os.path.join(icons, f"seislens{s}.png"), "wb") as out:
            out.write(images[s])
    resources = os.path.join(root, "releng/org.seislens.product/macos/Contents/Resources")
    os.makedirs(resources, exist_ok=True)
    with open(os.path.join(resources, "SeisLens.icns"), "wb") as out:
        out.write(icns(images))
    win = os.path.join(root, "features/org.seislens.rcp.feature/rootfiles/win32")
    os.makedirs(win, exist_ok=True)
    with open(os.path.join(win, "seislens.ico"), "wb") as out:
        out.write(ico(images))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "../.."))
