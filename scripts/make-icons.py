"""Draws the Draftsmith icon (a white four-point spark on a blue rounded square) as PNGs, no dependencies.
Run once; the PNGs are committed. Kept so the icon can be redrawn at other sizes."""
import math
import struct
import zlib

def inside_rounded_square(x, y, size, radius):
    cx = min(max(x, radius), size - radius)
    cy = min(max(y, radius), size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2

def inside_spark(x, y, cx, cy, r):
    # A four-point star: |dx|^p + |dy|^p <= r^p with p < 1 gives concave sides.
    dx, dy = abs(x - cx) / r, abs(y - cy) / r
    return dx ** 0.5 + dy ** 0.5 <= 1.0

def pixel(x, y, size):
    samples = 4
    blue = white = 0
    for sx in range(samples):
        for sy in range(samples):
            px = x + (sx + 0.5) / samples
            py = y + (sy + 0.5) / samples
            if not inside_rounded_square(px, py, size, size * 0.22):
                continue
            big = inside_spark(px, py, size * 0.46, size * 0.52, size * 0.34)
            small = inside_spark(px, py, size * 0.76, size * 0.24, size * 0.13)
            if big or small:
                white += 1
            else:
                blue += 1
    total = samples * samples
    alpha = (blue + white) / total
    if alpha == 0:
        return (0, 0, 0, 0)
    mix = white / (blue + white)
    r = int(9 + (255 - 9) * mix)
    g = int(105 + (255 - 105) * mix)
    b = int(218 + (255 - 218) * mix)
    return (r, g, b, int(alpha * 255))

def png(size):
    rows = b''.join(b'\x00' + b''.join(struct.pack('BBBB', *pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')

for size in (16, 32, 48, 128):
    with open(f'public/icon/{size}.png', 'wb') as out:
        out.write(png(size))
