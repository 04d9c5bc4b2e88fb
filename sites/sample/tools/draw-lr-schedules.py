#!/usr/bin/env python3
"""Draws the two figures of the post content/posts/lr-warmup/ as PNG, with the standard library only:

  schedules.png   three learning-rate schedules over 10,000 steps (constant, step decay, linear warmup + cosine)
  loss-surface.png the loss of a two-parameter model on a grid, as a colour map, with the path of gradient descent

Run from the sample blog's folder: python3 tools/draw-lr-schedules.py
"""
import math
import struct
import zlib

def png(path, width, height, pixels):
    rows = b"".join(b"\x00" + bytes(pixels[y * width * 3:(y + 1) * width * 3]) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

class Canvas:
    def __init__(self, width, height, background):
        self.width, self.height = width, height
        self.pixels = bytearray(background * (width * height))

    def blend(self, x, y, colour, alpha):
        if 0 <= x < self.width and 0 <= y < self.height and alpha > 0:
            i = (y * self.width + x) * 3
            for k in range(3):
                self.pixels[i + k] = round(self.pixels[i + k] * (1 - alpha) + colour[k] * alpha)

    def dot(self, cx, cy, radius, colour):
        """A filled, anti-aliased disc: the pen that draws lines."""
        for y in range(int(cy - radius - 1), int(cy + radius + 2)):
            for x in range(int(cx - radius - 1), int(cx + radius + 2)):
                d = math.hypot(x - cx, y - cy)
                self.blend(x, y, colour, max(0.0, min(1.0, radius + 0.5 - d)))

    def line(self, points, radius, colour):
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            steps = max(1, int(math.hypot(x1 - x0, y1 - y0) / (radius / 2)))
            for s in range(steps + 1):
                t = s / steps
                self.dot(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, radius, colour)

    def rect(self, x0, y0, x1, y1, colour):
        for y in range(y0, y1):
            for x in range(x0, x1):
                self.blend(x, y, colour, 1.0)

def schedules():
    w, h, left, right, top, bottom = 1600, 900, 110, 60, 60, 100
    c = Canvas(w, h, [255, 255, 255])
    plot_w, plot_h = w - left - right, h - top - bottom
    for i in range(11):  # grid: every 1,000 steps and every 10% of the peak rate
        x = left + plot_w * i // 10
        c.rect(x, top, x + 1, top + plot_h, (226, 230, 236))
        y = top + plot_h * i // 10
        c.rect(left, y, left + plot_w, y + 1, (226, 230, 236))
    c.rect(left - 2, top, left, top + plot_h + 2, (60, 64, 72))
    c.rect(left - 2, top + plot_h, left + plot_w, top + plot_h + 2, (60, 64, 72))
    total, warmup, peak = 10_000, 800, 1.0
    def xy(step, rate):
        return left + plot_w * step / total, top + plot_h * (1 - rate / (peak * 1.1))
    steps = range(0, total + 1, 20)
    constant = [xy(s, 0.5) for s in steps]
    step_decay = [xy(s, peak * 0.8 * (0.3 ** (s // 3000))) for s in steps]
    def cosine(s):
        if s < warmup:
            return peak * s / warmup
        return peak * 0.5 * (1 + math.cos(math.pi * (s - warmup) / (total - warmup)))
    c.line(constant, 3, (140, 146, 156))
    c.line(step_decay, 3, (222, 120, 40))
    c.line([xy(s, cosine(s)) for s in steps], 4, (36, 99, 181))
    png("content/posts/lr-warmup/schedules.png", w, h, c.pixels)

def loss_surface():
    w = h = 1200
    c = Canvas(w, h, [255, 255, 255])
    def loss(a, b):  # an elongated valley: steep across, shallow along
        return 0.5 * (a * a * 9 + b * b) + 0.6 * math.sin(a * 1.5) * math.cos(b * 0.8)
    lo, hi = -3.0, 3.0
    def to_xy(a, b):
        return (a - lo) / (hi - lo) * w, (1 - (b - lo) / (hi - lo)) * h
    values = [loss(lo + (hi - lo) * x / w, hi - (hi - lo) * y / h) for y in range(h) for x in range(w)]
    top = max(values)
    for i, v in enumerate(values):
        t = math.sqrt(max(0.0, v) / top)
        # dark blue in the valley, through teal and yellow, to cream on the walls; thin bands as contour lines
        stops = [(13, 42, 92), (23, 128, 140), (240, 200, 80), (252, 244, 228)]
        u = min(t * 3, 2.999)
        k, f = int(u), u - int(u)
        colour = [round(stops[k][j] + (stops[k + 1][j] - stops[k][j]) * f) for j in range(3)]
        if (t * 24) % 1 < 0.06:
            colour = [round(x * 0.82) for x in colour]
        c.pixels[i * 3:i * 3 + 3] = bytes(colour)
    a, b, rate, path = -2.6, 2.7, 0.1, []
    for _ in range(60):  # gradient descent: zigzags across the valley, crawls along it
        path.append(to_xy(a, b))
        ga = 9 * a + 0.9 * math.cos(a * 1.5) * math.cos(b * 0.8)
        gb = b - 0.48 * math.sin(a * 1.5) * math.sin(b * 0.8)
        a, b = a - rate * ga * 0.2, b - rate * gb
    c.line(path, 3, (255, 255, 255))
    for x, y in path[::6]:
        c.dot(x, y, 6, (220, 60, 60))
    png("content/posts/lr-warmup/loss-surface.png", w, h, c.pixels)

schedules()
loss_surface()
