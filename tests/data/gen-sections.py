#!/usr/bin/python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""gen-sections.py - fixtures for the section splitter (tests/test_sections.c).

Writes tests/data/sections/: a manual in docx (heading styles), one with
localised style ids that only styles.xml explains and a table (styles.docx),
a notice that carries the documents it issues (notice.txt),
a register as a tab table in text (register.txt), the same
chapters as numbered plain text and as a PDF, a PDF whose headings are only
in its outline, and an equipment log in xlsx
whose sheets and columns are sections.  Called by regen.sh; deterministic
(fixed dates, zip timestamps normalised by gen-office.py's repack).
"""
import datetime
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sections")
FIXED = (2025, 3, 15, 8, 0, 0)

CHAPTERS = [
    ("第一章 总则", 1, "本手册适用于信息安全运维服务。"),
    ("第三章 问题管理程序", 1, "问题记录应包括根本原因分析。"),
    ("3.1 问题分类", 2, "问题按影响分为三级。"),
    ("第四章 变更管理程序", 1, "变更须经变更委员会审批。"),
]
# Lines that look numbered but are no headings.
DECOYS = [
    "2025年3月15日发布",
    "1. 每月检查一次防火墙规则并记录结果，发现问题及时整改。",
    "第三章 问题管理程序 ........ 5",
    "3 5%",
]


def normalise_zip(data, path):
    """Rewrite a zip with fixed timestamps so that output is byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))


def gen_docx():
    import docx
    d = docx.Document()
    d.add_paragraph("运维服务管理手册")          # a title, not a heading
    for head, level, body in CHAPTERS:
        d.add_heading(head, level)
        d.add_paragraph(body)
    cp = d.core_properties
    cp.created = cp.modified = cp.last_printed = datetime.datetime(*FIXED)
    cp.author = cp.last_modified_by = "tests"
    buf = io.BytesIO()
    d.save(buf)
    normalise_zip(buf.getvalue(), os.path.join(OUT, "manual.docx"))


def numbered_lines():
    out = ["运维服务管理手册", "目录"] + DECOYS[2:3] + [""]
    for head, _, body in CHAPTERS:
        out += [head, body, DECOYS[len(out) % 2]]
    out += ["一、附则", "本手册自发布之日起施行。", DECOYS[3]]
    return out


def gen_txt():
    with open(os.path.join(OUT, "manual.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(numbered_lines()) + "\n")


def gen_pdf():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(os.path.join(OUT, "manual.pdf"), invariant=1)
    c.setDateFormatter(lambda *a: "D:20250315160000+08'00'")
    c.setFont("STSong-Light", 12)
    y = 780
    for t in numbered_lines():
        c.drawString(72, y, t)
        y -= 20
    c.save()


def gen_outline_pdf():
    """Headings only in the outline (bookmarks), none numbered in the text."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(os.path.join(OUT, "outline.pdf"), invariant=1)
    c.setDateFormatter(lambda *a: "D:20250315160000+08'00'")
    c.setFont("STSong-Light", 12)
    c.drawString(72, 780, "运维服务管理手册")
    c.bookmarkPage("cover")
    c.addOutlineEntry("封面", "cover", level=0)
    c.showPage()
    c.setFont("STSong-Light", 12)
    c.drawString(72, 780, "问题管理")
    c.drawString(72, 760, "问题记录应包括根本原因分析。")
    c.bookmarkPage("problem")
    c.bookmarkPage("kinds")
    c.addOutlineEntry("问题管理程序", "problem", level=0)
    c.addOutlineEntry("问题分类", "kinds", level=1)
    c.showPage()
    c.save()


def gen_xlsx():
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "维护记录"
    ws.append(["设备维护记录表"])                # a title row, one cell
    ws.append(["日期", "设备", "病毒查杀", "补丁更新"])
    ws.append(["2025-03-01", "防火墙", "已完成", None])
    ws.append(["2025-03-08", "堡垒机", "已完成", None])
    ws2 = wb.create_sheet("巡检记录")
    ws2.append(["日期", "巡检人", "结果"])       # a header, no data rows
    ws3 = wb.create_sheet("病毒查杀")             # rows: a record by its name
    ws3.append(["日期", "范围", "结果"])
    ws3.append(["2025-03-02", "全网终端", "清除病毒2个"])
    # A key-value form: its first two-cell row is no header, the long
    # value cell no column (a column could identify a record).
    ws4 = wb.create_sheet("培训记录")
    ws4.append(["培训主题", "服务台事件受理与分级、ITSM工单系统操作"])
    ws4.append(["培训时间", "2025-03-05"])
    # A sheet of notes, no table: titled by its name and first line.
    ws5 = wb.create_sheet("分析")
    ws5.append(["漏洞扫描情况分析"])
    ws5.append(["本月高危漏洞已全部修复。"])
    wb.properties.created = wb.properties.modified = datetime.datetime(*FIXED)
    buf = io.BytesIO()
    wb.save(buf)
    normalise_zip(buf.getvalue(), os.path.join(OUT, "log.xlsx"))


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def gen_styles_docx(out="styles.docx", h1="heading 1"):
    """Localised style ids (Chinese Word: "1", WPS: "a3"): styles.xml, stored
    after document.xml, says by name, basedOn and outlineLvl which are
    headings.  A table whose cells name documents, one of them styled as a
    heading: cells are mentions, never headings.  styles-b.docx is the same
    with style "1" named "heading 3": a styles.xml of the same length that
    differs in one byte (the extraction memo must tell them apart)."""
    def para(text, style=None, outline=None):
        ppr = ""
        if style or outline is not None:
            ppr = "<w:pPr>%s%s</w:pPr>" % (
                '<w:pStyle w:val="%s"/>' % style if style else "",
                '<w:outlineLvl w:val="%d"/>' % outline if outline is not None else "")
        return "<w:p>%s<w:r><w:t>%s</w:t></w:r></w:p>" % (ppr, text)

    def cell(text, style=None):
        return "<w:tc>%s</w:tc>" % para(text, style)

    body = "".join([
        para("运维服务管理手册"),
        para("第一章 问题管理程序", "1"),            # name "heading 1"
        para("问题记录应包括根本原因分析。"),
        "<w:tbl><w:tr>%s%s</w:tr><w:tr>%s%s</w:tr></w:tbl>" % (
            cell("文件名称"), cell("编号"),
            cell("变更管理程序", "1"), cell("QP-08")),
        para("1.1 问题分类", "a3"),                  # name "标题 2"
        para("问题按影响分为三级。"),
        para("第二章 事件管理程序", "ChapterTitle"),  # basedOn "1"
        para("事件分为四级。"),
        para("附录 发布记录", "Appendix"),            # outlineLvl 0 in the style
        para("本手册自发布之日起施行。", "2"),        # "2" is body text here
        para("第三章 附则", None, 9),                 # own outlineLvl 9: body
    ])
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, body))

    def style(sid, name, extra=""):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>%s</w:style>'
                % (sid, name, extra))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="%s">' % W +
              style("1", h1) + style("a3", "标题 2") +
              style("ChapterTitle", "Chapter Title", '<w:basedOn w:val="1"/>') +
              style("Appendix", "Appendix", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>') +
              style("2", "Normal Indent") +
              '<w:style w:type="character" w:styleId="a3c"><w:name w:val="heading 1 char"/></w:style>'
              '</w:styles>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.styles+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(os.path.join(OUT, out), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels),
                           ("word/document.xml", doc), ("word/styles.xml", styles)]:
            z.writestr(zipfile.ZipInfo(name, date_time=FIXED), data.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)


def gen_table_txt():
    """A register of documents as a tab table under a title, then a
    numbered line inside the table (a row, not a heading)."""
    lines = ["受控文件清单", "序号\t文件名称\t编号", "1\t问题管理程序\tQP-07",
             "2 变更管理程序\tQP-08", "", "第一章 说明", "本清单每年评审。"]
    with open(os.path.join(OUT, "register.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def gen_notice_txt():
    """A notice that issues two documents and carries both: the list of
    attachments (附件：…, not a heading), then 附件1 alone on its line with
    the name on the next, and 附件2 with its name on the same line.  Each
    attachment is a top-level section over its own chapters."""
    lines = ["关于印发《运维管理制度汇编》的通知", "各部门：现予印发，请遵照执行。",
             "附件：1.运维知识库管理办法；2.问题管理程序", "综合管理部 2026年4月17日印发",
             "附件1", "运维知识库管理办法", "第一章 总则", "第一条 为沉淀运维经验，制定本办法。",
             "第二章 知识的审核", "第二条 知识管理员审核条目。",
             "附件2 问题管理程序", "第一章 总则", "第一条 问题记录应包括根本原因分析。"]
    with open(os.path.join(OUT, "notice.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def gen_minutes_txt():
    """Minutes whose agenda items are records of their topics (the
    management review held in a general manager's meeting), and a survey
    whose analysis section is a topic of the survey, not a record of its
    own."""
    minutes = ["总经理办公会会议纪要（2026年第十二期）", "时间：2026年6月19日",
               "一、2026年度管理评审", "会议听取了客户反馈、服务执行情况和资源情况的汇报。",
               "二、工会工作", "会议研究了职工活动安排。"]
    survey = ["2026年客户满意度调查报告", "一、调查情况", "共发放问卷40份，回收38份。",
              "二、满意度分析", "总体满意度为92分。"]
    # Kick-off minutes numbered by 议题: each agenda item is a section.
    kickoff = ["项目启动会会议纪要 kick-off meeting minutes", "参会：客户谢思远；服务经理曹秀英",
               "议题1 服务范围与交付方式", "双方确认：驻场1人，夜间远程值守。",
               "议题2 健康检查安排", "决议：健康检查每季度一次，季度检查为现场检查，专项检查可远程检查。"]
    # A 班前会 record whose agenda items run into their text after a colon;
    # a numbered sentence (no colon) is no heading, nor a colon at the end.
    briefing = ["柠条塔矿运维班组班前会记录（20260801）", "主持：董磊   参加：唐勇、余建国",
                "一、通报上周三违1起（未经审批重启监控分站），责任人已作检查。",
                "二、宣贯服务持续改进：每人每季度至少提出一条改进建议，改进成效纳入绩效；讲解本年",
                "改进计划。", "三、安全交底：井下环网巡检两人同行，下井前核对瓦斯检测仪电量。",
                "四、其他事项如下，请各班组长会后传达到每一位当班人员：", "无。"]
    for name, lines in (("minutes.txt", minutes), ("survey.txt", survey),
                        ("kickoff.txt", kickoff), ("briefing.txt", briefing)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def gen_compilation_txt():
    """A 制度汇编 whose documents are parts with chapters of their own, each
    starting again at 第一章: by 篇 (a part's heading may be long: it is a
    document's whole name) and by 一、 over a 第一章."""
    parts = ["信息中心管理制度汇编（2025版）", "目录",
             "第一篇 信息系统运行维护管理办法 ………… 3",
             "第一篇 信息系统运行维护管理办法", "第一章 总则", "第一条 为规范运维工作，制定本办法。",
             "第二章 职责分工", "第二条 信息中心负责全集团信息系统的运行维护。",
             "第二篇 信息中心信息系统安全风险分级管控和隐患排查治理实施细则",
             "第一章 总则", "第一条 为落实双重预防机制，制定本细则。",
             "第二章 隐患排查与预防措施", "第二条 针对潜在问题制定预防措施，验证其有效性。"]
    numbered = ["信息化规章制度汇编（2024版）", "编者说明：本汇编收录现行有效的管理办法和细则。",
                "一、信息化运维管理办法", "第一章 总则", "第一条 为规范信息化运维，制定本办法。",
                "二、问题管理细则", "第一章 总则", "第一条 为消除故障的根本原因，制定本细则。",
                "第二章 根因分析", "第二条 十个工作日内完成根因分析。"]
    # Its documents by title alone, as its contents page lists them (1. 名称 ⋯⋯ 7,
    # or with the document's code before the title): no numbering marks them; a
    # title in the 编印说明 is no part.
    toc = ["住房公积金管理中心制度汇编（信息化分册）", "编印说明",
           "本汇编收录运维服务持续改进管理办法等制度2项。", "目录",
           "1. 运维服务持续改进管理办法 ⋯⋯⋯⋯ 7", "2  Q/XYC-G-0314 信息安全管理体系内部审核实施细则 …… 11",
           "运维服务持续改进管理办法", "第一章 总则", "第一条 为规范改进措施的识别和记录，制定本办法。",
           "第二章 评估和批准", "第二条 按影响和风险对改进事项评分排序。",
           "信息安全管理体系内部审核实施细则", "第一章 总则", "第一条 为验证管理体系得到有效实施，制定本细则。",
           "第二章 审核程序", "第二条 编制年度审核计划，开具不符合项。"]
    # Its documents by 编 (第一编 运维问题管理规程); 编号 is no part.
    bian = ["信息化管理制度汇编（2024版）", "第一编  运维问题管理规程", "编号：GSLW-XJ-GC-05",
            "第一章  问题识别", "对重复发生的故障登记为问题。", "第二章  根因分析与解决",
            "问题责任人组织根因分析。", "第二编  持续改进管理规程", "第一章  改进的识别与记录",
            "从值班、巡检中识别改进项，登记改进台账。"]
    # Its contents numbered 一、 without leaders or pages, its documents by title
    # alone, each numbered 一、 二、 inside: the entries head nothing.
    listed = ["运维服务管理制度汇编（2025年1月定稿）", "目录", "一、信息化服务申请办理规范",
              "二、运维服务管理内部审核制度", "信息化服务申请办理规范", "一、目的",
              "为规范学校申请信息化服务的办理，制定本规范。", "二、办理流程", "学校信息管理员在钉钉中填报。",
              "运维服务管理内部审核制度", "一、目的", "验证运维服务管理体系有效运行。",
              "二、审核安排", "每学年开展一次内部审核。"]
    # Its contents numbered 1. 2., its documents 一、 二、 with the school's name before
    # the title: the body's numbering ends the contents.
    school = ["规章制度汇编（2025年修订）", "目 录", "1. 网络安全事件应急处置办法",
              "2. 网络安全教育培训工作实施细则", "一、淮扬大学网络安全事件应急处置办法", "事件分类与分级",
              "第一条 网络安全事件分为有害程序事件、网络攻击事件等。", "二、淮扬大学网络安全教育培训工作实施细则",
              "需求与计划", "第一条 每学年初收集培训需求。"]
    for name, lines in (("compilation.txt", parts), ("compilation-b.txt", numbered),
                        ("compilation-toc.txt", toc), ("compilation-c.txt", bian),
                        ("compilation-d.txt", listed), ("compilation-e.txt", school)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def gen_bilingual_txt():
    """A service management manual in two languages: its chapters are
    procedures (第3章 …), each numbered 1 目的 Purpose, 2 范围 Scope …
    inside, and a long bilingual chapter heading is still a heading, its English in
    full-width brackets too."""
    lines = ["服务管理手册 Service Management Manual",
             "第1章 手册说明 About this manual", "本手册描述服务管理体系。",
             "第3章 事件管理流程 Incident Management", "1 目的 Purpose", "本流程用于恢复服务。",
             "2 范围 Scope", "适用于全部托管服务。",
             "第4章 服务请求管理流程 Service Request Fulfilment", "1 目的 Purpose",
             "本流程用于受理服务请求。",
             "第5章 变更管理控制流程（Change Enablement）", "本流程用于控制生产变更。"]
    with open(os.path.join(OUT, "bilingual.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    gen_bilingual_txt()
    gen_minutes_txt()
    gen_compilation_txt()
    gen_notice_txt()
    gen_docx()
    gen_styles_docx()
    gen_styles_docx("styles-b.docx", "heading 3")
    gen_table_txt()
    gen_txt()
    gen_pdf()
    gen_outline_pdf()
    gen_xlsx()
    return 0


if __name__ == "__main__":
    sys.exit(main())
