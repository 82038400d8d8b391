#!/usr/bin/python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""gen-pdf.py OUTDIR - small PDF fixtures for tests/test_extract.c.

Called by gen-text-pdf.sh.  Uses reportlab's built-in CID font STSong-Light
(no font file embedded, so the files stay tiny; PDF readers map it through
the Adobe-GB1 CMaps: built into MuPDF, poppler-data for pdftotext).  invariant=1 keeps the output
byte-identical across runs.
"""
import io
import sys

from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

out = sys.argv[1]
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FIXED_DATE = "D:20250315160000+08'00'"   # 2025-03-15T08:00:00Z


def new(path, title, **kw):
    c = canvas.Canvas(path, invariant=1, **kw)
    c.setDateFormatter(lambda *a: FIXED_DATE)
    c.setTitle(title)
    c.setAuthor("evidenced tests")
    return c


def lines(c, y, texts, font="STSong-Light"):
    c.setFont(font, 14)
    for t in texts:
        c.drawString(72, y, t)
        y -= 24


c = new(out + "/text-zh.pdf", "信息安全管理制度")
lines(c, 760, ["信息安全管理制度", "本制度适用于信息系统安全运维服务。",
               "Security Operations Policy v2", "发布日期：2025年3月15日"])
c.showPage()
c.save()

c = new(out + "/multipage.pdf", "多页文档")
for i in range(1, 6):
    lines(c, 760, ["第%d页 运维记录" % i, "页码标记 PAGE-%d" % i])
    c.showPage()
c.save()

c = new(out + "/encrypted.pdf", "加密文档",
        encrypt=StandardEncryption("secret", ownerPassword="owner",
                                   strength=128))
# reportlab encrypts the CID font's Registry strings too (a reportlab
# bug), so encrypted fixtures use a base-14 font and ASCII text.
lines(c, 760, ["Encrypted evidence"], font="Helvetica")
c.showPage()
c.save()

# Owner password only: opens without a password, text is extractable.
c = new(out + "/owner-only.pdf", "仅限所有者密码",
        encrypt=StandardEncryption("", ownerPassword="owner",
                                   canCopy=0, strength=128))
lines(c, 760, ["Owner password only, opens without one"],
      font="Helvetica")
c.showPage()
c.save()

# A "scan": one grey image, no text operators at all.
from PIL import Image, ImageDraw  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402

img = Image.new("L", (120, 160), 255)
d = ImageDraw.Draw(img)
for y in range(10, 150, 12):
    d.line((10, y, 110, y), fill=0, width=3)
buf = io.BytesIO()
img.save(buf, "PNG")
buf.seek(0)
c = new(out + "/scanned.pdf", "")
c.drawImage(ImageReader(buf), 72, 400, width=240, height=320)
c.showPage()
c.save()
