#!/usr/bin/env python3
"""Draws the pictures of the demo work instructions and tools (resources/demo/work-instructions/images).

Simple line drawings with capital-letter labels, two colours, written as small PNG files with the
standard library only (zlib and struct). Run it again after changing a drawing and commit its output:

    python3 scripts/make-demo-wi-images.py [OUTPUT_DIR]
"""
import os
import struct
import sys
import zlib

# A 5 x 7 bitmap font: each glyph is 7 rows of 5 bits (the left pixel is the high bit).
FONT = {
    'A': [14, 17, 17, 31, 17, 17, 17], 'B': [30, 17, 17, 30, 17, 17, 30], 'C': [14, 17, 16, 16, 16, 17, 14],
    'D': [30, 17, 17, 17, 17, 17, 30], 'E': [31, 16, 16, 30, 16, 16, 31], 'F': [31, 16, 16, 30, 16, 16, 16],
    'G': [14, 17, 16, 23, 17, 17, 15], 'H': [17, 17, 17, 31, 17, 17, 17], 'I': [14, 4, 4, 4, 4, 4, 14],
    'J': [7, 2, 2, 2, 2, 18, 12], 'K': [17, 18, 20, 24, 20, 18, 17], 'L': [16, 16, 16, 16, 16, 16, 31],
    'M': [17, 27, 21, 21, 17, 17, 17], 'N': [17, 17, 25, 21, 19, 17, 17], 'O': [14, 17, 17, 17, 17, 17, 14],
    'P': [30, 17, 17, 30, 16, 16, 16], 'Q': [14, 17, 17, 17, 21, 18, 13], 'R': [30, 17, 17, 30, 20, 18, 17],
    'S': [15, 16, 16, 14, 1, 1, 30], 'T': [31, 4, 4, 4, 4, 4, 4], 'U': [17, 17, 17, 17, 17, 17, 14],
    'V': [17, 17, 17, 17, 17, 10, 4], 'W': [17, 17, 17, 21, 21, 21, 10], 'X': [17, 17, 10, 4, 10, 17, 17],
    'Y': [17, 17, 10, 4, 4, 4, 4], 'Z': [31, 1, 2, 4, 8, 16, 31],
    '0': [14, 17, 19, 21, 25, 17, 14], '1': [4, 12, 4, 4, 4, 4, 14], '2': [14, 17, 1, 2, 4, 8, 31],
    '3': [31, 2, 4, 2, 1, 17, 14], '4': [2, 6, 10, 18, 31, 2, 2], '5': [31, 16, 30, 1, 1, 17, 14],
    '6': [6, 8, 16, 30, 17, 17, 14], '7': [31, 1, 2, 4, 8, 8, 8], '8': [14, 17, 17, 14, 17, 17, 14],
    '9': [14, 17, 17, 15, 1, 2, 12], ' ': [0] * 7, '-': [0, 0, 0, 31, 0, 0, 0], '.': [0, 0, 0, 0, 0, 12, 12],
    '/': [1, 1, 2, 4, 8, 16, 16], '#': [10, 10, 31, 10, 31, 10, 10], '(': [2, 4, 8, 8, 8, 4, 2],
    ')': [8, 4, 2, 2, 2, 4, 8], ':': [0, 12, 12, 0, 12, 12, 0], '>': [8, 4, 2, 1, 2, 4, 8],
    '!': [4, 4, 4, 4, 4, 0, 4], '+': [0, 4, 4, 31, 4, 4, 0], ',': [0, 0, 0, 0, 12, 4, 8],
}

INK, ACCENT = 1, 2
PALETTE = bytes([255, 255, 255, 30, 40, 60, 200, 60, 30])   # white paper, dark ink, red accent


class Canvas:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.px = bytearray(w * h)

    def dot(self, x, y, c=INK, size=2):
        for dy in range(size):
            for dx in range(size):
                xx, yy = int(x) + dx, int(y) + dy
                if 0 <= xx < self.w and 0 <= yy < self.h:
                    self.px[yy * self.w + xx] = c

    def line(self, x0, y0, x1, y1, c=INK, size=2):
        x0, y0, x1, y1 = int(x0), int(y0), int(x1), int(y1)
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.dot(x0, y0, c, size)
            if x0 == x1 and y0 == y1:
                return
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def rect(self, x, y, w, h, c=INK, size=2):
        self.line(x, y, x + w, y, c, size)
        self.line(x + w, y, x + w, y + h, c, size)
        self.line(x + w, y + h, x, y + h, c, size)
        self.line(x, y + h, x, y, c, size)

    def circle(self, cx, cy, r, c=INK, size=2):
        x, y, err = r, 0, 1 - r
        while x >= y:
            for px, py in ((x, y), (y, x), (-y, x), (-x, y), (-x, -y), (-y, -x), (y, -x), (x, -y)):
                self.dot(cx + px, cy + py, c, size)
            y += 1
            if err < 0:
                err += 2 * y + 1
            else:
                x -= 1
                err += 2 * (y - x) + 1

    def arrow(self, x0, y0, x1, y1, c=ACCENT):
        self.line(x0, y0, x1, y1, c, 2)
        vx, vy = x1 - x0, y1 - y0
        n = max((vx * vx + vy * vy) ** 0.5, 1)
        ux, uy = vx / n, vy / n
        for sx, sy in ((-uy, ux), (uy, -ux)):
            self.line(x1, y1, x1 - 10 * ux + 6 * sx, y1 - 10 * uy + 6 * sy, c, 2)

    def text(self, x, y, s, c=INK, scale=2):
        for ch in s.upper():
            rows = FONT.get(ch, FONT[' '])
            for r, bits in enumerate(rows):
                for col in range(5):
                    if bits & (16 >> col):
                        self.dot(x + col * scale, y + r * scale, c, scale)
            x += 6 * scale

    def label(self, x, y, s, to=None, c=INK):
        """A label (smaller when it would not fit) with an arrow from its middle to the point `to`."""
        scale = 2 if x + len(s) * 12 <= self.w - 8 else 1
        self.text(x, y, s, c, scale)
        if to:
            mx = x + len(s) * 3 * scale
            self.arrow(mx, y - 3 if to[1] < y else y + 8 * scale + 2, to[0], to[1])

    def png(self, path):
        raw = b''.join(b'\x00' + bytes(self.px[y * self.w:(y + 1) * self.w]) for y in range(self.h))

        def chunk(kind, data):
            return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)

        with open(path, 'wb') as f:
            f.write(b'\x89PNG\r\n\x1a\n')
            f.write(chunk(b'IHDR', struct.pack('>IIBBBBB', self.w, self.h, 8, 3, 0, 0, 0)))
            f.write(chunk(b'PLTE', PALETTE))
            f.write(chunk(b'IDAT', zlib.compress(raw, 9)))
            f.write(chunk(b'IEND', b''))


def framed(title):
    c = Canvas(480, 300)
    c.rect(2, 2, 474, 294, INK, 2)
    c.text(14, 12, title, INK, 2)
    c.line(12, 32, 466, 32, INK, 1)
    return c


def basin(c, x, y, w, h):
    c.line(x, y, x + 12, y + h)
    c.line(x + w, y, x + w - 12, y + h)
    c.line(x + 12, y + h, x + w - 12, y + h)
    c.line(x - 10, y, x + w + 10, y)
    c.circle(x + w // 2, y + h - 8, 6)


def faucet_std():
    c = framed('STANDARD FAUCET ON THE BACKSPLASH')
    c.rect(60, 60, 360, 40)                        # backsplash
    basin(c, 90, 140, 300, 110)
    c.rect(225, 70, 30, 20)                         # faucet body
    c.line(240, 70, 240, 50)
    c.line(240, 50, 320, 50)                        # swing spout
    c.line(320, 50, 320, 70)
    c.line(205, 80, 185, 60)                        # wrist blades
    c.line(275, 80, 295, 60)
    c.label(150, 112, 'SPOUT OVER BASIN CENTRE', (300, 60))
    c.label(20, 254, 'PTFE TAPE ON THREADS', (228, 92))
    c.label(200, 276, 'HAND TIGHT + 1/4 TURN', (250, 95))
    return c


def overhead_light():
    c = framed('OVERHEAD LED LIGHT ON THE PEGBOARD')
    c.rect(60, 50, 360, 170)
    for gx in range(80, 420, 20):
        for gy in range(70, 220, 20):
            c.dot(gx, gy, INK, 2)
    c.rect(90, 60, 300, 16)                         # light bar
    c.rect(80, 56, 14, 26)
    c.rect(386, 56, 14, 26)                         # brackets
    c.circle(87, 69, 5, ACCENT)
    c.circle(393, 69, 5, ACCENT)
    c.label(120, 100, 'PLASTIC WASHER UNDER EACH SCREW', (92, 74))
    c.rect(420, 150, 26, 26)
    c.circle(433, 163, 7)
    c.label(250, 240, 'BUTTON: LASER-MARK, THEN FIT', (430, 180))
    return c


def lifter():
    c = framed('LIFTER CONTROLLER UNDER THE SINK')
    c.rect(40, 60, 400, 30)                         # sink top
    c.line(70, 90, 70, 250)
    c.line(410, 90, 410, 250)                       # columns
    c.rect(60, 160, 20, 90)
    c.rect(400, 160, 20, 90)
    c.rect(190, 100, 110, 40)
    c.text(205, 114, 'CONTROL', INK, 2)
    c.rect(340, 92, 40, 16)
    c.text(346, 96, 'BTN', ACCENT, 2)
    c.line(190, 130, 80, 170)
    c.line(300, 130, 400, 170)                      # column cables
    c.label(120, 262, 'CABLES TIED TO THE FRAME', (150, 150))
    c.label(300, 200, 'DPF1K OR DP1C', (360, 110))
    return c


def control_box():
    c = framed('CONTROL BOX: BOARDS AND LABELS')
    c.rect(80, 50, 320, 200)
    c.rect(100, 70, 120, 70)
    c.text(112, 96, 'E-DRAIN', INK, 2)
    c.rect(250, 70, 130, 70)
    c.text(264, 96, 'E-SINK', INK, 2)
    c.rect(100, 170, 120, 60)
    c.text(112, 192, 'PSU 24V', INK, 2)
    for i, x in enumerate((270, 310, 350)):
        c.line(x, 250, x, 285)
        c.rect(x - 14, 262, 28, 14, ACCENT, 1)
        c.text(x - 10, 265, ('D1', 'S1', 'L4')[i], ACCENT, 1)
    c.label(250, 180, 'ONE BOARD PER BASIN', (300, 140))
    return c


def cable_labels():
    c = framed('CABLE LABELS')
    for i, (tag, y) in enumerate((('D1', 80), ('S2', 140), ('L4', 200))):
        c.line(40, y, 440, y, INK, 3)
        c.rect(120, y - 18, 50, 36, ACCENT, 2)
        c.text(130, y - 6, tag, ACCENT, 2)
    c.text(186, 62, 'D#: E-DRAIN BASIN #', INK, 2)
    c.text(186, 122, 'S#: E-SINK BASIN #', INK, 2)
    c.text(186, 182, 'L4 / S4: OVERHEAD LIGHT', INK, 2)
    c.label(60, 250, 'LABEL 50 MM FROM EACH END', (140, 215))
    return c


def bottom_fill():
    c = framed('E-DRAIN BOTTOM FILL, IN THIS ORDER')
    steps = ['MIXING VALVE', '1/2 NPT > 3/4 BSPP', 'CHECK VALVE', 'PEX ADAPTER', 'PEX PIPE 1/2', 'BOTTOM FILL']
    for i, s in enumerate(steps):
        x, y = 30 + (i % 3) * 150, 70 + (i // 3) * 110
        c.rect(x, y, 130, 50)
        c.text(x + 6, y + 8, str(i + 1), ACCENT, 2)
        c.text(x + 6, y + 30, s, INK, 1)
        if i % 3 < 2:
            c.arrow(x + 132, y + 25, x + 148, y + 25)
    c.arrow(400, 122, 60, 178)
    c.label(40, 260, 'CHECK VALVE ARROW POINTS TO THE BASIN', None)
    return c


def esink_plate():
    c = framed('E-SINK VALVE PLATE AND STOP BUTTONS')
    c.rect(60, 60, 220, 160)
    c.text(80, 72, 'VALVE PLATE', INK, 2)
    for x in (100, 160, 220):
        c.circle(x, 150, 20)
        c.line(x, 130, x, 110)
    c.rect(320, 70, 120, 150)
    c.circle(380, 120, 24, ACCENT)
    c.circle(380, 120, 12, ACCENT)
    c.text(340, 180, 'E-STOP', ACCENT, 2)
    c.label(20, 240, 'GASKET FLAT, 4 NUTS CROSSWISE', (100, 200))
    c.label(250, 270, 'TEST: PRESS, TURN', (380, 150))
    return c


def touchscreen():
    c = framed('E-SINK TOUCHSCREEN')
    c.rect(60, 60, 200, 130)
    c.rect(74, 74, 172, 102, INK, 1)
    c.text(110, 116, '7 IN PANEL', INK, 2)
    c.line(160, 190, 160, 240)
    c.rect(300, 200, 140, 60)
    c.text(306, 222, 'CONTROL BOX', INK, 2)
    c.line(160, 240, 300, 240, ACCENT, 2)
    c.label(290, 80, 'BRACKET SCREWS M4', (240, 90))
    c.label(40, 262, 'CABLE S#', (200, 240))
    return c


def spray_guns():
    c = framed('AIR AND WATER GUNS')
    c.rect(60, 70, 360, 20)                         # deck
    c.rect(110, 40, 40, 30)
    c.text(100, 100, 'TURRET', INK, 2)
    c.circle(330, 80, 18)
    c.text(300, 100, 'ROSETTE', INK, 2)
    c.rect(200, 140, 80, 40)
    c.line(280, 160, 330, 150)                      # gun nozzle
    c.line(220, 180, 210, 220)
    c.text(200, 230, 'GUN IN HOLDER', INK, 2)
    c.label(30, 265, 'HOSE WITHOUT KINKS, CLAMPED', (130, 90))
    return c


def dosing():
    c = framed('DOSING PORT AND SENSOR GLAND')
    c.rect(40, 60, 400, 80)                         # backsplash
    c.circle(140, 100, 16)
    c.circle(140, 100, 6, ACCENT)
    c.text(100, 150, 'DOSING PORT', INK, 2)
    c.circle(330, 100, 12)
    c.rect(318, 88, 24, 24, INK, 1)
    c.text(280, 150, 'GLAND M16', INK, 2)
    c.line(330, 112, 330, 240)
    c.text(340, 220, 'TEMP SENSOR', INK, 1)
    c.label(40, 260, 'SEAL BOTH WITH THE O-RINGS', (140, 118))
    return c


def cleaning():
    c = framed('CLEAN THE SINK BEFORE TESTING')
    basin(c, 90, 70, 300, 150)
    for x, y in ((150, 150), (200, 180), (260, 160), (300, 190), (330, 140)):
        c.line(x, y, x + 6, y + 3, ACCENT, 2)
    c.rect(380, 200, 50, 40)
    c.line(405, 200, 330, 150)
    c.text(370, 250, 'VACUUM', INK, 2)
    c.label(20, 260, 'NO SHAVINGS, NO FILM', (160, 160))
    return c


def tool(name, draw):
    c = Canvas(200, 140)
    c.rect(2, 2, 194, 134, INK, 1)
    draw(c)
    c.text(8, 120, name, INK, 1)
    return c


def draw_wrench(c):
    c.line(30, 90, 150, 40, INK, 4)
    c.circle(160, 36, 14)
    c.circle(24, 94, 10)


def draw_screwdriver(c):
    c.rect(20, 50, 70, 24)
    c.line(90, 62, 170, 62, INK, 3)
    c.line(170, 58, 178, 62)


def draw_torx(c):
    draw_screwdriver(c)
    c.circle(178, 62, 5, ACCENT)


def draw_label_printer(c):
    c.rect(40, 30, 110, 70)
    c.rect(55, 42, 80, 20, INK, 1)
    c.rect(150, 60, 36, 14, ACCENT, 1)


def draw_drill(c):
    c.rect(40, 30, 100, 34)
    c.line(140, 47, 180, 47, INK, 3)
    c.rect(70, 64, 26, 46)


def draw_vacuum(c):
    c.rect(30, 50, 60, 60)
    c.line(90, 60, 150, 30, INK, 3)
    c.line(150, 30, 170, 90, INK, 3)


def draw_crimper(c):
    c.line(40, 100, 100, 50, INK, 4)
    c.line(40, 30, 100, 50, INK, 4)
    c.line(100, 50, 170, 50, INK, 3)


def draw_multimeter(c):
    c.rect(60, 20, 70, 90)
    c.rect(70, 30, 50, 24, INK, 1)
    c.circle(95, 80, 12)
    c.line(130, 100, 180, 110, ACCENT, 2)


IMAGES = {
    'faucet-std.png': faucet_std, 'overhead-light.png': overhead_light, 'lifter.png': lifter,
    'control-box.png': control_box, 'cable-labels.png': cable_labels, 'bottom-fill.png': bottom_fill,
    'esink-plate.png': esink_plate, 'touchscreen.png': touchscreen, 'spray-guns.png': spray_guns,
    'dosing.png': dosing, 'cleaning.png': cleaning,
}

TOOLS = {
    'tool-wrench.png': ('ADJUSTABLE WRENCH', draw_wrench),
    'tool-screwdriver.png': ('SCREWDRIVER PH2', draw_screwdriver),
    'tool-torx.png': ('TORX T25', draw_torx),
    'tool-label-printer.png': ('LABEL PRINTER', draw_label_printer),
    'tool-drill.png': ('CORDLESS DRILL', draw_drill),
    'tool-vacuum.png': ('SHOP VACUUM', draw_vacuum),
    'tool-crimper.png': ('CRIMPING TOOL', draw_crimper),
    'tool-multimeter.png': ('MULTIMETER', draw_multimeter),
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'resources', 'demo', 'work-instructions', 'images')
    os.makedirs(out, exist_ok=True)
    for name, draw in IMAGES.items():
        draw().png(os.path.join(out, name))
    for name, (title, draw) in TOOLS.items():
        tool(title, draw).png(os.path.join(out, name))
    print(f'{len(IMAGES) + len(TOOLS)} images in {os.path.normpath(out)}')


if __name__ == '__main__':
    main()
