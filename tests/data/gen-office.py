#!/usr/bin/python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""gen-office.py - regenerate the zip-container fixtures in tests/data/office/.

Run from anywhere:  /usr/bin/python3 tests/data/gen-office.py
Needs python3-docx and python3-openpyxl (Debian 12) for the two documents
made by real producers; everything else is written part by part with
zipfile so that each fixture exercises one thing (text boxes, split runs,
rich shared strings, notes, DOCTYPE, zip bomb...).

Output is byte-for-byte reproducible: every zip member gets a fixed
timestamp and the documents carry fixed metadata dates.  The zip bomb is
written streaming (300 MB of spaces deflate to about 300 KB), so the
script never holds it in memory.
"""

import io
import os
import struct
import sys
import zipfile
import zlib
from datetime import datetime

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "office")
FIXED = (2024, 3, 15, 8, 0, 0)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
DOCREL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def zinfo(name, compress=zipfile.ZIP_DEFLATED):
    zi = zipfile.ZipInfo(name, date_time=FIXED)
    zi.compress_type = compress
    zi.create_system = 3
    zi.external_attr = 0o644 << 16
    return zi


def write_zip(path, members):
    """members: list of (name, str|bytes) or (name, data, compress)."""
    with zipfile.ZipFile(path, "w") as zf:
        for m in members:
            name, data = m[0], m[1]
            comp = m[2] if len(m) > 2 else zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            zf.writestr(zinfo(name, comp), data, compresslevel=9)


def repack(src_bytes, path):
    """Rewrite a zip made by a library with fixed member timestamps."""
    members = []
    with zipfile.ZipFile(io.BytesIO(src_bytes)) as zf:
        for zi in zf.infolist():
            members.append((zi.filename, zf.read(zi.filename)))
    write_zip(path, members)


def core_xml(title, created, modified):
    return (XML_DECL +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>运维部</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (title, created, modified))


def content_types(overrides):
    s = (XML_DECL + '<Types xmlns="%s">' % CT +
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>')
    for part, ct in overrides:
        s += '<Override PartName="/%s" ContentType="%s"/>' % (part, ct)
    s += '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    return s + "</Types>"


def rels(items):
    s = XML_DECL + '<Relationships xmlns="%s">' % PKG_REL
    for i, (typ, target) in enumerate(items, 1):
        s += '<Relationship Id="rId%d" Type="%s" Target="%s"/>' % (i, typ, target)
    return s + "</Relationships>"


def root_rels(main):
    return rels([(DOCREL + "/officeDocument", main),
                 ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                  "docProps/core.xml")])


# --------------------------------------------------------------------- docx

def wdoc(body, root="w:document", extra_ns=""):
    return (XML_DECL +
            '<%s xmlns:w="%s" xmlns:r="%s" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"%s>%s</%s>'
            % (root, W, R, extra_ns, body, root))


def p(*runs):
    return "<w:p>" + "".join(runs) + "</w:p>"


def r(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, text)


def tbl(rows):
    s = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
    for row in rows:
        s += "<w:tr>"
        for cell in row:
            s += "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>%s</w:tc>" % p(r(cell))
        s += "</w:tr>"
    return s + "</w:tbl>"


def textbox(text):
    # Word writes the text box twice: DrawingML in mc:Choice and a VML copy
    # in mc:Fallback.  Extractors must take it once.
    inner = "<w:txbxContent>%s</w:txbxContent>" % p(r(text))
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData>'
            '<wps:wsp><wps:txbx>%s</wps:txbx></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape><v:textbox>%s</v:textbox></v:shape></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r>' % (inner, inner))


def sla_docx_members():
    body = (
        p(r("服务级别协议", bold=True)) +
        # One phrase split over three runs with different formatting, the
        # way Word leaves it after spell-check or partial bolding.
        p(r("本公司已建立"), r("信息安全", bold=True), r("管理制度"), r("，并定期评审。")) +
        p(r("甲方"), "<w:r><w:tab/></w:r>", r("乙方"), "<w:r><w:br/></w:r>", r("签订日期：2024年3月15日")) +
        # Tracked deletion and a field code: neither is document text.
        p(r("保留文字"), '<w:del w:id="9" w:author="x"><w:r><w:delText>已删除文字</w:delText></w:r></w:del>',
          '<w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r>') +
        p(r("正文引用脚注"), '<w:r><w:footnoteReference w:id="1"/></w:r>') +
        p(textbox("文本框：应急响应流程")) +
        tbl([["服务名称", "响应时间"], ["安全运维", "4小时"]]) +
        p(r("Service Level Agreement"), r(" version 2")) +
        '<w:sectPr><w:headerReference w:type="default" r:id="rId2"/>'
        '<w:footerReference w:type="default" r:id="rId3"/></w:sectPr>')
    hdr = wdoc(p(r("页眉：运维服务部")), "w:hdr")
    ftr = wdoc(p(r("页脚：内部资料")), "w:ftr")
    fn = wdoc('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:id="1">%s</w:footnote>' % p(r("脚注：依据GB/T 22239")), "w:footnotes")
    cm = wdoc('<w:comment w:id="0" w:author="审核员">%s</w:comment>' % p(r("批注：请补充附件")), "w:comments")
    ct = content_types([
        ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        ("word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"),
        ("word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
        ("word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
        ("word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
    ])
    docrels = rels([(DOCREL + "/styles", "styles.xml"), (DOCREL + "/header", "header1.xml"),
                    (DOCREL + "/footer", "footer1.xml"), (DOCREL + "/footnotes", "footnotes.xml"),
                    (DOCREL + "/comments", "comments.xml")])
    return [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", root_rels("word/document.xml")),
        ("word/_rels/document.xml.rels", docrels),
        ("word/document.xml", wdoc("<w:body>%s</w:body>" % body)),
        ("word/header1.xml", hdr),
        ("word/footer1.xml", ftr),
        ("word/footnotes.xml", fn),
        ("word/comments.xml", cm),
        ("docProps/core.xml", core_xml("服务级别协议", "2024-03-15T08:00:00Z", "2024-06-30T10:30:00Z")),
    ]


def gen_docx():
    m = sla_docx_members()
    write_zip(os.path.join(OUT, "sla.docx"), m)

    # Broken variants of the same document.
    data = open(os.path.join(OUT, "sla.docx"), "rb").read()
    open(os.path.join(OUT, "truncated.docx"), "wb").write(data[: len(data) // 2])
    write_zip(os.path.join(OUT, "nodoc.docx"), [x for x in m if x[0] != "word/document.xml"])
    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
              '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
              '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
              '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
              '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
              '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">'
              '<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
              '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>\n'
              '<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
              '</w:body></w:document>' % W)
    write_zip(os.path.join(OUT, "laughs.docx"),
              [(n, laughs if n == "word/document.xml" else d) for n, d in m])
    bad = wdoc("<w:body>%s<w:p><w:r><w:t>未闭合</w:r></w:p></w:body>" % p(r("坏的XML")))
    write_zip(os.path.join(OUT, "malformed.docx"),
              [(n, bad if n == "word/document.xml" else d) for n, d in m])
    open(os.path.join(OUT, "empty.docx"), "wb").close()
    open(os.path.join(OUT, "notzip.docx"), "wb").write(("这不是一个zip文件\n" * 20).encode())
    gen_bomb(m)
    gen_zipcrypto(m)


def gen_bomb(m):
    """document.xml with one w:t holding 300 MB of spaces, written streaming."""
    path = os.path.join(OUT, "bomb.docx")
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in m:
            if name != "word/document.xml":
                zf.writestr(zinfo(name), data.encode(), compresslevel=9)
                continue
            zi = zinfo(name)
            zi._compresslevel = 9
            with zf.open(zi, "w") as f:
                f.write(wdoc("<w:body><w:p><w:r><w:t>炸弹开始", "w:document").rsplit("</w:document>", 1)[0].encode())
                chunk = b" " * (1 << 20)
                for _ in range(300):
                    f.write(chunk)
                f.write("炸弹结束</w:t></w:r></w:p></w:body></w:document>".encode())


def zipcrypto_encrypt(data, password, header):
    """Traditional PKWARE encryption (APPNOTE 6.1): fixed 12-byte header."""
    crctab = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        crctab.append(c)
    keys = [0x12345678, 0x23456789, 0x34567890]

    def crc(c, b):
        return crctab[(c ^ b) & 0xFF] ^ (c >> 8)

    def update(b):
        keys[0] = crc(keys[0], b)
        keys[1] = (keys[1] + (keys[0] & 0xFF)) & 0xFFFFFFFF
        keys[1] = (keys[1] * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = crc(keys[2], keys[1] >> 24)

    for b in password:
        update(b)
    out = bytearray()
    for b in header + data:
        t = (keys[2] | 2) & 0xFFFF
        k = ((t * (t ^ 1)) >> 8) & 0xFF
        out.append(b ^ k)
        update(b)
    return bytes(out)


def gen_zipcrypto(m):
    """A docx whose members are stored with ZipCrypto (zip -e style)."""
    path = os.path.join(OUT, "zipcrypto.docx")
    local = bytearray()
    central = bytearray()
    for name, data in m:
        raw = data.encode()
        crc = zlib.crc32(raw)
        # Last header byte is the CRC's high byte (password check).
        header = bytes(range(11)) + bytes([crc >> 24])
        enc = zipcrypto_encrypt(raw, b"secret", header)
        fname = name.encode()
        off = len(local)
        dostime = (8 << 11)
        dosdate = ((2024 - 1980) << 9) | (3 << 5) | 15
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 0, dostime, dosdate,
                             crc, len(enc), len(raw), len(fname), 0) + fname + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x31E, 20, 1, 0, dostime,
                               dosdate, crc, len(enc), len(raw), len(fname), 0, 0, 0, 0,
                               0o644 << 16, off) + fname
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(m), len(m), len(central), len(local), 0)
    open(path, "wb").write(bytes(local + central + eocd))


def gen_python_docx():
    import docx
    d = docx.Document()
    d.add_heading("运维服务管理手册", 0)
    d.add_paragraph("第一章 总则：本手册适用于信息系统安全运维服务。")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "角色"
    t.cell(0, 1).text = "职责"
    t.cell(1, 0).text = "运维经理"
    t.cell(1, 1).text = "审批变更"
    d.sections[0].header.paragraphs[0].text = "受控文件"
    cp = d.core_properties
    cp.title = "运维服务管理手册"
    cp.author = "运维部"
    cp.last_modified_by = "运维部"
    cp.revision = 1
    cp.created = datetime(2023, 1, 10, 9, 0, 0)
    cp.modified = datetime(2023, 2, 20, 17, 45, 0)
    cp.last_printed = datetime(2023, 2, 20, 17, 45, 0)
    buf = io.BytesIO()
    d.save(buf)
    repack(buf.getvalue(), os.path.join(OUT, "python-docx.docx"))


# --------------------------------------------------------------------- xlsx

SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def gen_xlsx():
    wb = (XML_DECL + '<workbook xmlns="%s" xmlns:r="%s"><sheets>'
          '<sheet name="资产清单" sheetId="1" r:id="rId1"/>'
          '<sheet name="漏洞统计" sheetId="2" r:id="rId2"/></sheets></workbook>' % (SML, R))
    sst = (XML_DECL + '<sst xmlns="%s" count="4" uniqueCount="4">'
           '<si><t>资产名称</t></si>'
           '<si><t>数量</t></si>'
           # Rich text: one string in two runs, plus a phonetic run that
           # is not part of the value.
           '<si><r><rPr><b/></rPr><t>漏洞</t></r><r><t>扫描报告</t></r>'
           '<rPh sb="0" eb="2"><t>ろうどう</t></rPh></si>'
           '<si><t>核心交换机</t></si>'
           '</sst>' % SML)
    s1 = (XML_DECL + '<worksheet xmlns="%s"><sheetData>'
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
          '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>42</v></c></row>'
          '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>3.5</v></c></row>'
          '</sheetData></worksheet>' % SML)
    s2 = (XML_DECL + '<worksheet xmlns="%s"><sheetData>'
          '<row r="1"><c r="A1" t="inlineStr"><is><t>内联字符串：补丁管理</t></is></c>'
          '<c r="B1"><f>SUM(Sheet1!B2:B3)</f><v>45.5</v></c></row>'
          '<row r="2"><c r="A2" t="inlineStr"><is><r><t>高危</t></r><r><t>漏洞</t></r></is></c>'
          '<c r="B2" t="str"><f>"已"&amp;"修复"</f><v>已修复</v></c></row>'
          '</sheetData></worksheet>' % SML)
    ct = content_types([
        ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
        ("xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
        ("xl/worksheets/sheet2.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
        ("xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
    ])
    wbrels = rels([(DOCREL + "/worksheet", "worksheets/sheet1.xml"),
                   (DOCREL + "/worksheet", "worksheets/sheet2.xml"),
                   (DOCREL + "/sharedStrings", "sharedStrings.xml")])
    # Sheets come before the workbook and shared strings on purpose: the
    # output order must not depend on the member order.
    write_zip(os.path.join(OUT, "assets.xlsx"), [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", root_rels("xl/workbook.xml")),
        ("xl/worksheets/sheet2.xml", s2),
        ("xl/worksheets/sheet1.xml", s1),
        ("xl/_rels/workbook.xml.rels", wbrels),
        ("xl/sharedStrings.xml", sst),
        ("xl/workbook.xml", wb),
        ("docProps/core.xml", core_xml("资产与漏洞统计", "2024-01-02T03:04:05Z", "2024-02-03T04:05:06Z")),
    ])

    import openpyxl
    wbk = openpyxl.Workbook()
    ws = wbk.active
    ws.title = "巡检记录"
    ws.append(["日期", "巡检人", "结果"])
    ws.append(["2023-05-06", "张三", "正常"])
    ws2 = wbk.create_sheet("备份记录")
    ws2.append(["系统", "备份方式"])
    ws2.append(["数据库", "每日全量备份"])
    wbk.properties.title = "运维巡检"
    wbk.properties.creator = "运维部"
    wbk.properties.created = datetime(2023, 5, 6, 7, 8, 9)
    wbk.properties.modified = datetime(2023, 5, 7, 7, 8, 9)
    buf = io.BytesIO()
    wbk.save(buf)
    repack(buf.getvalue(), os.path.join(OUT, "openpyxl.xlsx"))

    # Blank and filled forms with a caption row (部门：… 日期：) between the
    # title and the header, and a header under a row of column groups: the
    # header is the row of the column names, so the blank form has no data,
    # nor does its signature line count as data.
    wbk = openpyxl.Workbook()
    cols = ["序号", "设备名称", "故障现象", "处理措施", "处理人", "完成时间"]
    ws = wbk.active
    ws.title = "空表"
    ws.append(["硬件故障登记表"])
    ws.append(["部门：运维部", None, None, "日期："])
    ws.append(cols)
    for _ in range(5):
        ws.append([])
    # Its signature line: labels with nothing filled in are no data.
    ws.append(["填表人：", None, "复核:", None, "年    月    日"])
    ws2 = wbk.create_sheet("已填")
    ws2.append(["部门：运维部", None, None, "日期：2023年5月"])
    ws2.append(cols)
    ws2.append([1, "核心交换机", "端口故障", "更换光模块", "张三", "2023-05-06"])
    ws3 = wbk.create_sheet("分组")
    ws3.append(["故障信息", None, None, "处理情况"])
    ws3.append(cols)
    ws3.append([1, "存储阵列", "硬盘告警", "更换硬盘", "李四", "2023-05-08"])
    wbk.properties.title = "硬件故障登记"
    wbk.properties.created = datetime(2023, 5, 6, 7, 8, 9)
    wbk.properties.modified = datetime(2023, 5, 7, 7, 8, 9)
    buf = io.BytesIO()
    wbk.save(buf)
    repack(buf.getvalue(), os.path.join(OUT, "caption.xlsx"))


# --------------------------------------------------------------------- pptx

PML = "http://schemas.openxmlformats.org/presentationml/2006/main"
DML = "http://schemas.openxmlformats.org/drawingml/2006/main"


def slide(paras, root="p:sld"):
    body = "".join("<a:p>%s</a:p>" % "".join("<a:r><a:t>%s</a:t></a:r>" % t for t in para)
                   for para in paras)
    return (XML_DECL + '<%s xmlns:a="%s" xmlns:p="%s" xmlns:r="%s"><p:cSld><p:spTree>'
            '<p:sp><p:txBody><a:bodyPr/>%s</p:txBody></p:sp>'
            '</p:spTree></p:cSld></%s>' % (root, DML, PML, R, body, root))


def gen_pptx():
    pres = (XML_DECL + '<p:presentation xmlns:p="%s" xmlns:r="%s"><p:sldIdLst>'
            '<p:sldId id="256" r:id="rId1"/><p:sldId id="257" r:id="rId2"/>'
            '<p:sldId id="258" r:id="rId3"/></p:sldIdLst></p:presentation>' % (PML, R))
    ct = content_types([
        ("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
        ("ppt/slides/slide1.xml", "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"),
        ("ppt/slides/slide2.xml", "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"),
        ("ppt/slides/slide10.xml", "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"),
        ("ppt/notesSlides/notesSlide1.xml", "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"),
    ])
    write_zip(os.path.join(OUT, "training.pptx"), [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", root_rels("ppt/presentation.xml")),
        ("ppt/presentation.xml", pres),
        # slide10 stored first: output must follow slide numbers.
        ("ppt/slides/slide10.xml", slide([["第十页：总结"]])),
        ("ppt/slides/slide2.xml", slide([["第二页：", "应急", "演练"], ["每年两次"]])),
        ("ppt/slides/slide1.xml", slide([["安全意识培训"], ["2024年度"]])),
        ("ppt/notesSlides/notesSlide1.xml", slide([["备注：培训签到表见附件"]], "p:notes")),
        ("docProps/core.xml", core_xml("安全意识培训", "2024-04-01T00:00:00Z", "2024-04-02T12:00:00Z")),
    ])


# ---------------------------------------------------------------------- ODF

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
          'office:version="1.3"')


def odf_meta(title, created, date):
    return (XML_DECL.replace(' standalone="yes"', '') +
            '<office:document-meta %s><office:meta>'
            '<meta:generator>gen-office.py</meta:generator><dc:title>%s</dc:title>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '</office:meta></office:document-meta>' % (ODF_NS, title, created, date))


def odf_manifest(mime, extra=""):
    return (XML_DECL.replace(' standalone="yes"', '') +
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">%s</manifest:file-entry>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>' % (mime, extra))


def odf_zip(path, mime, content, meta, styles=None, manifest=None):
    members = [("mimetype", mime, zipfile.ZIP_STORED), ("content.xml", content)]
    if styles is not None:
        members.append(("styles.xml", styles))
    members.append(("meta.xml", meta))
    members.append(("META-INF/manifest.xml", manifest or odf_manifest(mime)))
    write_zip(path, members)


def office_doc(body_kind, body):
    return (XML_DECL.replace(' standalone="yes"', '') +
            '<office:document-content %s><office:body><office:%s>%s</office:%s>'
            '</office:body></office:document-content>' % (ODF_NS, body_kind, body, body_kind))


def gen_odf():
    odt_body = (
        '<text:h text:outline-level="1">信息安全方针</text:h>'
        '<text:p>本方针由<text:span>信息</text:span><text:span>安全</text:span>委员会批准。</text:p>'
        '<text:p>甲方<text:tab/>乙方<text:line-break/>第二行<text:s text:c="3"/>结束</text:p>'
        '<text:p>正文<office:annotation><dc:creator>审核员甲</dc:creator><dc:date>2020-01-01T00:00:00</dc:date>'
        '<text:p>批注内容</text:p></office:annotation>继续</text:p>'
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
        '<office:change-info><dc:creator>x</dc:creator></office:change-info>'
        '<text:p>被删除的段落</text:p></text:deletion></text:changed-region></text:tracked-changes>'
        '<table:table table:name="表格1"><table:table-row>'
        '<table:table-cell><text:p>等级</text:p></table:table-cell>'
        '<table:table-cell><text:p>第三级</text:p></table:table-cell></table:table-row></table:table>'
        '<text:p><draw:frame draw:name="框1"><draw:text-box><text:p>文本框：机房管理</text:p>'
        '</draw:text-box></draw:frame></text:p>'
        '<text:list><text:list-item><text:p>列表项：访问控制</text:p></text:list-item></text:list>')
    styles = (XML_DECL.replace(' standalone="yes"', '') +
              '<office:document-styles %s><office:styles><style:style style:name="Standard"/></office:styles>'
              '<office:master-styles><style:master-page style:name="Standard">'
              '<style:header><text:p>页眉：ODF受控文件</text:p></style:header>'
              '<style:footer><text:p>页脚：第<text:page-number>1</text:page-number>页</text:p></style:footer>'
              '</style:master-page></office:master-styles></office:document-styles>' % ODF_NS)
    odf_zip(os.path.join(OUT, "policy.odt"), "application/vnd.oasis.opendocument.text",
            office_doc("text", odt_body),
            odf_meta("信息安全方针", "2024-05-01T09:30:00", "2024-05-20T18:00:00.123456789"),
            styles)

    ods_body = (
        '<table:table table:name="人员名单">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>证书</text:p></table:table-cell></table:table-row>'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>李四</text:p></table:table-cell>'
        '<table:table-cell office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell></table:table-row>'
        # LibreOffice pads sheets with huge repeated empty rows: must not expand.
        '<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/>'
        '</table:table-row></table:table>'
        '<table:table table:name="培训记录"><table:table-row><table:table-cell><text:p>培训主题：等级保护</text:p>'
        '</table:table-cell></table:table-row></table:table>')
    odf_zip(os.path.join(OUT, "staff.ods"), "application/vnd.oasis.opendocument.spreadsheet",
            office_doc("spreadsheet", ods_body),
            odf_meta("人员名单", "2024-06-01T08:00:00", "2024-06-02T08:00:00"))

    odp_body = (
        '<draw:page draw:name="page1"><draw:frame><draw:text-box><text:p>灾难恢复演练</text:p>'
        '</draw:text-box></draw:frame>'
        '<presentation:notes><draw:frame><draw:text-box><text:p>演讲者备注：记录恢复时间</text:p>'
        '</draw:text-box></draw:frame></presentation:notes></draw:page>'
        '<draw:page draw:name="page2"><draw:frame><draw:text-box><text:p>第二页：RTO与RPO</text:p>'
        '</draw:text-box></draw:frame></draw:page>')
    odf_zip(os.path.join(OUT, "drill.odp"), "application/vnd.oasis.opendocument.presentation",
            office_doc("presentation", odp_body),
            odf_meta("灾难恢复演练", "2024-07-01T10:00:00", "2024-07-02T10:00:00"))

    # Password-protected ODF: the zip is plain, content.xml is ciphertext,
    # and the manifest says so.
    enc = ('<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
           '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>'
           '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="16" '
           'manifest:iteration-count="1024" manifest:salt="AAAA"/></manifest:encryption-data>')
    cipher = bytes((i * 131 + 7) & 0xFF for i in range(2048))
    mime = "application/vnd.oasis.opendocument.text"
    write_zip(os.path.join(OUT, "encrypted.odt"), [
        ("mimetype", mime, zipfile.ZIP_STORED),
        ("content.xml", cipher, zipfile.ZIP_STORED),
        ("meta.xml", odf_meta("加密文档", "2024-05-01T09:30:00", "2024-05-01T09:30:00")),
        ("META-INF/manifest.xml", odf_manifest(mime, enc)),
    ])
    write_zip(os.path.join(OUT, "nocontent.odt"), [
        ("mimetype", mime, zipfile.ZIP_STORED),
        ("meta.xml", odf_meta("无内容", "2024-05-01T09:30:00", "2024-05-01T09:30:00")),
    ])


def main():
    os.makedirs(OUT, exist_ok=True)
    gen_docx()
    gen_python_docx()
    gen_xlsx()
    gen_pptx()
    gen_odf()
    total = sum(os.path.getsize(os.path.join(OUT, f)) for f in os.listdir(OUT))
    print("gen-office: %d files, %d bytes in %s" % (len(os.listdir(OUT)), total, OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
