#!/usr/bin/env python3
"""Writes the demo orders' approved drawings (resources/demo/drawings/sink-Nbasin.pdf): a plain
one-page PDF per basin count with a top view of the sink, its basins and a title block. The demo
seeding attaches them to the demo orders so that a Pre-QC can compare the structure with a drawing.
Run it again only when the drawings should change; the PDFs are committed."""
import os, sys, zlib

def pdf(ops, title):
    stream = zlib.compress(ops.encode("latin-1"))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
        ("<< /Title (%s) /Producer (CleanStation demo drawings) >>" % title).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref)
    return bytes(out)

def text(x, y, s, size=10, bold=False):
    return "BT /%s %d Tf %.1f %.1f Td (%s) Tj ET\n" % ("F2" if bold else "F1", size, x, y, s)

def drawing(basins):
    width_in = {1: 48, 2: 72, 3: 96}[basins]
    scale = 620.0 / 96
    x0, y0 = 90, 250
    w, h = width_in * scale, 30 * scale
    ops = "0.8 w 0 0 0 RG\n"
    ops += "30 30 782 535 re S\n"                                   # border
    ops += "%.1f %.1f %.1f %.1f re S\n" % (x0, y0, w, h)            # sink top
    bw = (w - 20 - 10 * (basins - 1)) / basins
    for i in range(basins):
        bx = x0 + 10 + i * (bw + 10)
        ops += "%.1f %.1f %.1f %.1f re S\n" % (bx, y0 + 12, bw, h - 40)
        cx, cy = bx + bw / 2, y0 + 12 + (h - 40) / 2
        ops += "%.1f %.1f m %.1f %.1f l S\n" % (cx - 6, cy, cx + 6, cy)   # drain mark
        ops += "%.1f %.1f m %.1f %.1f l S\n" % (cx, cy - 6, cx, cy + 6)
        ops += text(bx + 4, y0 + h - 22, "BASIN %d" % (i + 1), 9, True)
        ops += "%.1f %.1f m %.1f %.1f l S\n" % (cx, y0 + h - 4, cx, y0 + h - 14)   # faucet centre line
    # dimension line under the sink
    ops += "%.1f %.1f m %.1f %.1f l S\n" % (x0, y0 - 25, x0 + w, y0 - 25)
    ops += "%.1f %.1f m %.1f %.1f l S\n" % (x0, y0 - 30, x0, y0 - 20)
    ops += "%.1f %.1f m %.1f %.1f l S\n" % (x0 + w, y0 - 30, x0 + w, y0 - 20)
    ops += text(x0 + w / 2 - 20, y0 - 40, '%d"' % width_in, 10)
    ops += text(x0 + w + 8, y0 + h / 2, '30"', 10)
    # title block
    ops += "552 30 260 110 re S\n552 85 m 812 85 l S\n552 57 m 812 57 l S\n"
    ops += text(560, 120, "CLEANSTATION DEMO", 12, True)
    ops += text(560, 103, "T2-B%d  %d-basin reprocessing sink" % (basins, basins), 10)
    ops += text(560, 70, "TOP VIEW - APPROVED FOR PRODUCTION", 9, True)
    ops += text(560, 40, "Scale 1:16   Units: inches   Sheet 1 of 1", 9)
    ops += text(60, 540, "Demo drawing: positions of basins, drains and faucet centre lines.", 10)
    return pdf(ops, "T2-B%d demo drawing" % basins)

if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "demo", "drawings")
    os.makedirs(here, exist_ok=True)
    for n in (1, 2, 3):
        with open(os.path.join(here, "sink-%dbasin.pdf" % n), "wb") as f:
            f.write(drawing(n))
