# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ao.py - style AO: the 信息自动化部 (or the 制造管理部 信息科) of an integrated steel company.

An author voice for the accuracy corpus, used only by the AO shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py and the README's ground-truth conventions; never the rules,
the sources or a score).  The company is a 钢铁股份公司 with 炼铁厂, 炼钢厂, 热轧厂 and 冷轧厂; its
信息自动化部 (in two shares the smaller 制造管理部 信息科) runs the L3 产销一体化 (ERP/MES) and L4
systems, the 计量 (汽车衡/轨道衡 无人值守) and 质检 (LIMS) systems, the plant network, the IT side of
the L2 过程控制 servers and 工控安全 for L1/L2; under an 信息化运维服务协议 it also runs the IT of a
钢材加工配送 joint-venture company, the form's customer.  An 外委 maintenance company has 驻厂 people.

Its people write as a steel works does: 公司 制度 with 文件编号 (JDG-ZD-031) issued by 公司 发文
(冀东钢股〔2025〕88号), the 三标 — 管理标准 (-GL-), 技术标准 (-JS-) and 作业标准 (-ZY-) — as 企业标准
with a cover (Q/JDG, 发布/实施, 前言: 本标准由…提出并归口) and sections 1 目的 / 2 适用范围 / … / 5 管理
内容与要求 5.1 …, a 管理标准汇编 whose chapters are several of them; 点检定修制 (日常点检, 专业点检, 精密
点检; 点检标准, 定修模型, 检修计划); 设备台账 and 点检记录 in Excel by 作业区 and month; 交接班记录;
故障停机 统计 with 影响产量 (吨); 事故 "四不放过" 分析; 安全生产标准化 and 危险源辨识; 月度设备/信息
例会 纪要; 对标, 劳动竞赛, 合理化建议, QC小组 成果; 经济责任制 考核; 部长办公会 (厂长办公会) 纪要.
Folders by 作业区 / 科室 (or 班组) and 年度 / 月份, WPS-style names (副本, (1), 定稿, final, 新建文档).

Every builder returns a kinds.Doc listing as items only what its own text proves: a part of a document
lends its items only when it is written; a sheet without data rows proves nothing; a record older than a
year keeps its items (record=True) and is stale.  build(co, lock_bytes) lays out the whole share.

Judgement calls of this voice (also in readme.md):
- a 点检记录 workbook proves each record kind whose sheet has rows: the 网络及安全设备 日常/专业点检 sheet
  (measured state, alarms) is 44's inspection, 45's monitoring and 14's maintenance; 防病毒/白名单 44/45's
  antivirus; 维护保养 14/44's maintenance; 故障处理 44's faults; 软件升级 44's upgrades; a 机房动力 (UPS,
  空调) or 计量终端 (汽车衡, 道闸) sheet proves nothing, nor does the L2 服务器 专业点检记录 (servers of the
  production lines, not security devices); only the 故障统计表 with its 合计 is 14's hardware-fault statistics;
- a 精密点检报告 is the 健康检查 of the security devices and business systems (15/46 records, and as a
  check of the security devices also 14/44's status check), with its 信息采集 section 16's records;
- a 点检标准 (部位/项目/标准/方法/周期) and an 作业标准 of one module are 24's work instruction and 11's
  manual; a 汇编 of several is one document; a 定修模型 / 年度检修计划 proves nothing;
- the 信息系统故障停机台账 (影响产量, 吨) records availability events (18, 22) and is 43's process record;
  a "四不放过" 事故分析报告 records that availability event too and is 57's corrective action, with its
  整改验证 filled 66's effectiveness record; it is no defect analysis (70), which is the 年度运行质量
  分析 that covers major faults, failed changes and missed service levels with an improvement plan;
- the 经济责任制 指标考核表 that sets 用户满意度, 投诉 and the KPIs against targets is 57's 监视测量清单;
  an 对标 report against peer steel works, a 劳动竞赛 方案, a single 合理化建议 form, a 危险源辨识 LEC
  表, the 安全生产标准化 自评, 交接班记录 and the 月度设备例会纪要 prove nothing;
- the 合理化建议/改善项目 评审表 with scores, ranking and the 部长办公会's approval is 67's; a QC小组
  成果报告 with its 目标 and 对策 (P), 实施 (D) and 效果检查 (C) is 68's plan, implementation and
  effectiveness; a 精益改善 / 持续改进 意识宣贯 sign-in is 69's, a 预案 or 标准 学习 sign-in a decoy;
- the 部长办公会纪要 proves each decision it records (the 安全管理接口人 28, the 信息服务台 48, the approved
  改善项目 67); a 管理评审 record proves 59's management review only when it reports the execution and
  conformity of services and processes, and each 60 input it writes;
- a 两化融合管理体系 评定证书 and the ISO 9001 certificate of steel products are not a certification of
  the IT service system (61); an ISO/IEC 20000-1 certificate whose scope is the 信息化运维服务 is;
- a 公司 发文 红头 filed with its 附件 is the 制度 it issues; one kept as 正文 only, citing the 附件, proves
  nothing; a 工控安全防护 自查表 reported upward, a 等保测评 整改台账, a 漏洞扫描 export, the 产销一体化
  用户权限清单 export, the 点检定修管理标准 and a 月度检修计划 prove nothing;
- the 配送公司's monthly 服务确认单 (it names the 驻厂 days) is no staff list and no SLA (a decoy); a
  "- 副本" copy of a real record proves what the record proves; a 信息服务台 岗位培训 record is 48's.
"""

from datetime import date, timedelta

from kinds import Doc

# per share: company short name, file code, 公司发文字号, department, 部门发文字号, the units (by key),
# the customer's short name, the ops platform, the hotline, the boss's title; then the deliberate gaps
# (slot keys the share never produced), the old-only slots (only a record older than a year) and the
# slots that exist only as a draft or template.
AO_INFO = {
    "ao1": dict(grp="冀东钢铁", code="JDG", fa="冀东钢股", dept="信息自动化部", dno="信自", unit="作业区",
                subs={"zh": "综合管理室", "net": "网络通信作业区", "sys": "系统运维作业区", "l2": "过程控制作业区",
                      "mq": "计量质检作业区"},
                jv="宏泰配送公司", itsm="IT运维服务平台", hot="8866", boss="部长",
                gaps={"pt", "dev", "bcp", "compat", "hw"}, olds={"trend", "aware", "collect"},
                drafts={"bcp", "dev"}),
    "ao2": dict(grp="湘资钢铁", code="XZG", fa="湘资钢发", dept="制造管理部信息科", dno="制管信", unit="班组",
                subs={"zh": "科室综合", "net": "网络班", "sys": "系统班", "l2": "自动化班", "mq": "计量班"},
                jv="华联配送公司", itsm="信息运维工单系统", hot="5110", boss="科长",
                gaps={"hist_an", "strategy", "sldola", "cert", "monitor", "ptplan", "pt", "qc", "req"},
                olds={"ia", "defects", "ci"}, drafts={"sldola", "iplan"}),
    "ao3": dict(grp="淮海特钢", code="HHT", fa="淮特股", dept="信息自动化部", dno="信自部", unit="作业区",
                subs={"zh": "综合室", "net": "网络安全作业区", "sys": "信息系统作业区", "l2": "自动化作业区",
                      "mq": "计量信息作业区"},
                jv="丰达配送公司", itsm="ITSM运维平台", hot="7000", boss="部长",
                gaps={"kpis", "svc", "callbacks", "grading_std", "yearsum", "drill_r"},
                olds={"logaudit", "pt", "proposals"}, drafts={"kpis"}),
    "ao4": dict(grp="西江钢铁", code="XJG", fa="西钢股", dept="制造管理部（信息科）", dno="西钢制管", unit="班组",
                subs={"zh": "信息科综合", "net": "网络运维班", "sys": "系统运维班", "l2": "工控自动化班",
                      "mq": "计量质检班"},
                jv="联众配送公司", itsm="运维服务管理平台", hot="3366", boss="科长",
                gaps={"fee", "dev", "kb", "roles", "secstats", "defects", "aware", "capa"},
                olds={"mr", "drill_e", "outage"}, drafts={"mr"}),
}

HAN = "零一二三四五六七八九"
ZHN = "〇一二三四五六七八九"
PLANTS = ["炼铁厂", "炼钢厂", "热轧厂", "冷轧厂"]


def han(n):
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def sign_date(d):
    return "".join(ZHN[int(c)] for c in str(d.year)) + "年" + han(d.month) + "月" + han(d.day) + "日"


def cnd(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def ymd(d):
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def dot(d):
    return "%d.%02d.%02d" % (d.year, d.month, d.day)


def any_date(co, d):
    f = co.rng.randint(0, 6)
    if f <= 2:
        return cnd(d)
    if f == 3:
        return d.isoformat()
    if f == 4:
        return dot(d)
    if f == 5:
        return "%d/%d/%d" % (d.year, d.month, d.day)
    return "%d年%02d月%02d日" % (d.year, d.month, d.day)


def quarter(d):
    return (d.month - 1) // 3 + 1


def back(d, days):
    return d - timedelta(days=days)


class Paper:
    """A written document assembled part by part; only the parts that are written lend items.
    Headings are numbered as they are written (一、 / 1 / 5.1), so a missing part leaves no gap."""

    def __init__(self, title, num="cn"):
        self.blocks = [("title", title)]
        self.items = []
        self.num = num
        self.n = 0

    def head(self, *blocks):
        self.blocks += list(blocks)
        return self

    def part(self, heading, body, items=(), on=True):
        if not on:
            return self
        self.n += 1
        if self.num == "cn":
            h = "%s、%s" % (han(self.n), heading)
        elif self.num == "dig":
            h = "%d %s" % (self.n, heading)
        elif self.num == "paren":
            h = "（%s）%s" % (han(self.n), heading)
        else:
            h = "第%s部分 %s" % (han(self.n), heading)
        self.blocks.append(("h1", h))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items)), record, self.blocks + list(tail))


def ledger(kind, title, d, record, sheets, note=None):
    """A workbook: sheets of (name, header, rows, items); a sheet with no rows lends nothing."""
    out, items = [], []
    for name, header, rows, its in sheets:
        top = [[title]] + ([[note]] if note else [])
        out.append((name, top + [header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def nullify(doc, why, mark=None):
    """A draft, withdrawn, template or binned copy: the same text, no proof."""
    doc.items, doc.decoy, doc.kind = [], why, "decoy_" + why.split()[0]
    if mark:
        doc.title += mark
        for i, b in enumerate(doc.blocks):
            if b[0] == "title":
                doc.blocks[i] = ("title", b[1] + mark)
                break
        if doc.sheets:
            name, rows = doc.sheets[0]
            rows[0] = [str(rows[0][0]) + mark]
    return doc


def blank_sheet(title, d, cols, n=12, sheet="Sheet1", top=None):
    rows = [[title], [top or "作业区：            年    月            点检员：          "], cols]
    return Doc("blank", title, d, [], False, sheets=[(sheet, rows + [[""] * len(cols) for _ in range(n)])],
               decoy="template")


def blank_paper(title, d, heads, code=None):
    b = [("title", title), ("p", "表单编号：%s      填表日期：    年   月   日" % (code or "________"))]
    for h in heads:
        b += [("h1", h), ("p", "（填写）"), ("p", " ")]
    b += [("p", "填表人：            审核：            批准：")]
    return Doc("blank", title, d, [], False, b, decoy="template")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ 发文 and 企业标准 covers

def next_no(co, d, which):
    key = (which, d.year)
    co.ao_no[key] = co.ao_no.get(key, co.rng.randint(3, 40)) + co.rng.randint(1, 9)
    pre = co.ao["fa"] if which == "gs" else co.ao["dno"]
    return "%s〔%d〕%d号" % (pre, d.year, co.ao_no[key])


def red_top(co, d, subject, which="gs", to=None):
    """The 红头 of a 公司 文件 (gs) or of the department's own notice (bm)."""
    no = next_no(co, d, which)
    issuer = "%s股份有限公司文件" % co.ao["grp"] if which == "gs" else "%s%s" % (co.ao["grp"], co.ao["dept"])
    if to is None:
        to = ("公司各单位、各部门：" if which == "gs" else "部（科）内各%s：" % co.ao["unit"])
    return [("big", issuer), ("p", no), ("title", subject), ("p", to)], no


def colophon(co, d, which="gs"):
    org = "%s股份有限公司" % co.ao["grp"] if which == "gs" else co.ao["grp"] + co.ao["dept"]
    return [("p", org), ("p", sign_date(d)),
            ("p", "主题词：信息化  管理  %s" % ("标准  通知" if which == "gs" else "通知")),
            ("p", "抄送：公司领导，%s，安全环保部" % co.customer),
            ("p", "%s办公室              %s印发" % (org if which == "gs" else co.ao["dept"], cnd(d + timedelta(days=2))))]


def std_code(co, level, n, d):
    return "%s-%s-%s-%03d-%d" % (co.ao["code"], level, "XX", n, d.year)


def std_cover(co, d, name, code, replaces=None, drafter=None):
    """企业标准 cover: Q/XXX, number, name, 发布/实施, the 发布 line, then the 前言."""
    eff = d + timedelta(days=15)
    b = [("p", "Q/%s" % co.ao["code"]), ("p", "%s股份有限公司企业标准" % co.ao["grp"]),
         ("p", code), ("title", name),
         ("p", "%s 发布                %s 实施" % (d.isoformat(), eff.isoformat())),
         ("p", "%s股份有限公司  发 布" % co.ao["grp"]), ("break",), ("h1", "前  言"),
         ("p", "本标准按照GB/T 1.1-2020和公司《标准化管理办法》的规定起草。"),
         ("p", "本标准代替%s。" % replaces if replaces else "本标准为首次发布。"),
         ("p", "本标准由%s提出并归口。" % co.ao["dept"]),
         ("p", "本标准起草部门：%s%s。" % (co.ao["dept"], co.ao["subs"]["zh"])),
         ("p", "本标准主要起草人：%s、%s。    审核：%s    批准：%s" % (drafter or co.p(0), co.p(3), co.boss, "分管副总经理")),
         ("break",)]
    return b


# ------------------------------------------------------------------------------ 制度 and 管理标准
# key: (name, level, sections); level ZD = 公司制度 issued by 公司发文, GL = 管理标准, ZY = 作业标准.
# A section is (heading, paragraphs, items, optional); {itsm} {jv} {dept} {unit} are filled per share.
STDS = {
    "ywgl": ("信息化运维服务管理办法", "ZD", [
        ("总则", ["为规范公司信息化运维服务管理，保障产销一体化系统、计量质检系统、全厂网络及L2过程控制系统稳定运行，"
                 "支撑炼铁、炼钢、热轧、冷轧生产，制定本办法。",
                 "本办法适用于{dept}为公司各生产厂、职能部门及按《信息化运维服务协议》为{jv}提供的信息化运维服务。"], [], False),
        ("管理模式", ["信息化运维服务按“策划—实施—检查—改进”（PDCA）循环管理：每年初由{dept}制定运维服务目标、服务目录和年度"
                   "检修（定修）计划（策划）；",
                   "各{unit}按管理标准、作业标准和点检标准提供服务，执行日常点检、专业点检和精密点检（实施）；",
                   "通过月度指标统计、经济责任制考核、内部审核和管理评审对服务进行监视与评审（检查）；",
                   "对未达标指标、故障和审核发现的问题采取纠正预防措施，纳入年度持续改进计划，形成闭环（改进）。"],
         ["10/pdca"], True),
        ("职责", ["{dept}是公司信息化运维的归口管理部门，负责标准制定、运维实施和考核；各生产厂设备科配合L2及现场网络的点检；"
                 "外委维保单位在{dept}统一管理下承担驻厂运维工作。"], [], False),
        ("检查与考核", ["运维服务指标纳入{dept}月度经济责任制考核，考核结果与绩效挂钩。"], [], False),
        ("附则", ["本办法由{dept}负责解释，自发布之日起执行。"], [], False)]),
    "change": ("信息系统变更管理标准", "GL", [
        ("目的", ["规范信息系统、网络及安全设备、L2服务器变更的申请、审批、实施和验证，控制变更风险，避免因变更造成生产停机。"], [], False),
        ("适用范围", ["适用于L3产销一体化、L4、计量质检系统、全厂网络、安全设备和L2过程控制服务器的配置、版本及资源变更。"], [], False),
        ("管理内容与要求", [
            "变更实行申请单制度，由实施{unit}在{itsm}填写《信息系统变更申请单》，写明变更内容、影响的生产厂和产线、实施窗口、"
            "测试情况和回退方案；",
            "涉及生产线L2或产销一体化核心模块的变更为重大变更，须与生产厂协调在定修或检修窗口实施，经部长（科长）审批；",
            "一般变更由{unit}长审批；紧急变更可电话报批后实施，24小时内补办手续；",
            "变更实施后由申请人和使用单位共同验证，验证不通过立即回退；变更申请、审批、实施、验证、关闭全过程在平台留痕，"
            "每月统计变更成功率。"], ["54/procedure"], False),
        ("检查与考核", ["未经审批实施变更造成停机的，按《设备事故管理办法》追究责任。"], [], False)]),
    "incident": ("信息系统故障（事件）管理标准", "GL", [
        ("目的", ["及时恢复信息系统和网络服务，减少故障对生产和产销业务的影响。"], [], False),
        ("适用范围", ["适用于公司各生产厂、职能部门及{jv}报告的信息系统、网络、终端故障和服务中断事件。"], [], False),
        ("管理内容与要求", [
            "故障来源包括监控告警、点检发现、用户拨打信息服务热线报修和{itsm}报修工单，由服务台统一登记；",
            "故障按影响分为A类（影响产线生产或全公司产销业务）、B类（影响单个厂部或部门）、C类（影响个别用户）；",
            "A类故障15分钟内响应、值班长立即报告部长（科长）并通知调度；B类30分钟响应；C类2小时响应；",
            "一线无法处理的升级至专业点检员或厂商；处理完成后回访报修单位确认，关闭工单；A类故障按“四不放过”组织分析。"],
         ["49/incident-procedure"], False)]),
    "request": ("信息服务请求管理标准", "GL", [
        ("目的", ["规范账号开通、权限变更、网络接入、终端安装、数据查询等信息服务请求的受理与办理。"], [], False),
        ("管理内容与要求", [
            "用户在{itsm}提交服务请求，经本单位主管审核；涉及产销一体化系统权限的，由业务归口部门审批；",
            "服务台登记后按服务目录派单，办理{unit}在规定时限内完成，服务台电话确认后关闭；",
            "服务请求的受理、审批、办理和关闭全部在平台留痕，按月统计按时完成率。"], ["49/request-procedure"], False)]),
    "problem": ("信息系统问题管理标准", "GL", [
        ("目的", ["查找并消除反复发生的故障和重大故障的根本原因，防止同类故障再次发生。"], [], False),
        ("管理内容与要求", [
            "同一设备或系统一个月内故障三次及以上、A类故障、变更失败，均应建立问题单；",
            "问题责任{unit}在10个工作日内完成根本原因分析，提出临时措施和永久解决方案，需变更的走变更流程；",
            "问题解决并验证后关闭，形成已知错误和典型故障案例纳入知识库；未关闭问题在月度设备（信息）例会上通报。"],
         ["20/procedure", "37/procedure"], False)]),
    "knowledge": ("运维知识管理标准", "GL", [
        ("目的", ["积累和共享运维经验，建立典型故障案例库和运维知识库。"], [], False),
        ("管理内容与要求", [
            "点检员和运维人员在故障处理、问题关闭、变更实施后提交知识条目，由{unit}技术员审核后发布；",
            "知识库向部内人员和外委驻厂人员开放查询，技术员每季度复核，过期条目废止。"], ["21/procedure"], False)]),
    "slm": ("信息化服务级别管理标准", "GL", [
        ("目的", ["规范对公司内部用户和{jv}的信息化服务级别的设计、约定、监视和评审。"], [], False),
        ("管理内容与要求", [
            "{dept}根据用户需求制定服务目录和服务级别，与{jv}签订《信息化运维服务协议》，约定服务时间、响应时限和核心指标；",
            "服务级别达成情况按月统计，每季度与{jv}评审一次，未达标项目纳入持续改进计划。"], ["39/slm-procedure"], False)]),
    "secevent": ("网络安全事件管理办法", "ZD", [
        ("总则", ["为规范公司网络安全事件（含工业控制系统安全事件）的报告和处置，依据国家网络安全事件应急预案和工业控制系统"
                 "信息安全事件应急管理有关要求，制定本办法。"], [], False),
        ("事件分类与分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、工控系统安全事件、设备设施故障和其他事件；"
                         "按对生产和经营的影响分为特别重大、重大、较大和一般四级。"], [], False),
        ("事件报告", ["各单位发现网络安全事件，应立即报告{dept}值班室；{dept}研判后，较大及以上事件30分钟内报告公司分管领导和"
                   "生产调度，并按规定报告属地网信和工信部门。"], ["30/reporting-process"], False),
        ("事件处置", ["事件处置按确认研判、隔离遏制（必要时断开L2与L3的连接）、清除根除、恢复验证的步骤进行，处置过程由值班长记录。"],
         ["30/response-process", "31/incident-process"], False),
        ("应急响应", ["达到《网络安全事件应急预案》启动条件的，由应急领导小组宣布启动预案，成立现场处置组，事态消除后宣布结束应急状态。"],
         ["34/emergency-process"], True),
        ("事后处理", ["事件处置结束后5个工作日内提交事件报告，按“四不放过”原则分析原因、落实整改、教育相关人员，并更新知识库和预案。"],
         ["34/incident-process"], False),
        ("附则", ["本办法由{dept}负责解释。"], [], False)]),
    "audit": ("信息化管理体系内部审核管理标准", "GL", [
        ("目的", ["验证信息化运维服务管理体系符合标准要求并有效实施和保持。"], [], False),
        ("管理内容与要求", [
            "{dept}每年至少组织一次覆盖全部运维过程的内部审核，审核员经培训合格，不审核本{unit}的工作；",
            "审核按年度审核方案、审核计划、首次会议、现场审核、不符合项报告、末次会议、整改跟踪验证的程序进行，"
            "审核结果作为管理评审的输入。"], ["61/audit-system", "62/audit-mechanism"], False)]),
    "monitor": ("信息化服务监视与测量管理标准", "GL", [
        ("目的", ["掌握信息化运维服务目标的实现情况。"], [], False),
        ("管理内容与要求", [
            "监视测量内容包括服务级别达成率、用户满意度、投诉与建议、信息系统作业率及各项运维指标；",
            "{dept}综合管理人员按月统计指标，按季开展用户满意度回访，指标未达成的开具纠正预防措施单并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], False)]),
    "improve": ("信息化持续改进管理标准", "GL", [
        ("目的", ["规范改进措施的识别、记录、批准、评估、测量和报告。"], [], False),
        ("管理内容与要求", [
            "改进机会来源于内部审核、管理评审、用户投诉、故障和问题分析、对标差距、指标未达成以及合理化建议；",
            "改进机会由提出人登记，综合管理人员按评估标准评分排序，经部长办公会批准后立项实施；",
            "实施效果由综合管理人员测量验证，改进情况在月度例会和管理评审中报告。"], ["65/procedure"], False)]),
    "hidden": ("信息设备隐患排查治理管理标准", "GL", [
        ("目的", ["在故障发生前发现并消除信息设备和系统的潜在隐患，防止故障停机。"], [], False),
        ("管理内容与要求", [
            "各{unit}通过点检趋势分析、容量预警、设备寿命评估和安全检查识别潜在隐患，登记《隐患排查治理台账》；",
            "隐患由{unit}长制定预防措施并经部长（科长）批准后实施，纳入定修计划的在定修中处理；",
            "措施实施后一个月内由专业点检员验证其有效性，在台账中销项。"], ["66/preventive-actions"], False)]),
    "training": ("网络安全培训服务管理标准", "GL", [
        ("目的", ["规范{dept}为公司各单位及{jv}提供的网络安全与工控安全培训服务。"], [], False),
        ("管理内容与要求", [
            "培训需求调查→年度培训计划→课件编写与审核→组织培训并签到→考试考核→效果评估→资料归档。"],
         ["31/training-process"], False)]),
    "pentest": ("渗透测试作业标准", "ZY", [
        ("目的", ["规范对公司互联网系统、产销一体化系统和{jv}系统的渗透测试作业。"], [], False),
        ("作业程序", [
            "取得系统归口部门书面授权→确定测试范围和时间窗口（避开月末结算和产线关键时段）→信息收集→漏洞发现与验证→"
            "编写测试报告→督促整改→复测；",
            "严禁对L2及以下工控网络开展主动扫描和渗透测试；测试期间值班人员全程监控业务运行。"], ["31/pentest-process"], False)]),
    "djgl": ("信息设备点检定修管理标准", "GL", [
        ("目的", ["推行点检定修制，规范信息设备的日常点检、专业点检、精密点检和定修。"], [], False),
        ("管理内容与要求", [
            "日常点检由岗位（值班）人员按点检标准每班进行；专业点检由专业点检员按周期进行；精密点检每季度进行一次；",
            "定修模型按生产厂定修周期编制，信息设备的检修项目纳入各厂月度检修计划；点检记录按月归档。"], [], False),
        ("相关文件", ["《设备点检定修管理办法》《信息设备点检标准》《检修计划管理标准》"], [], False)]),
}

STD_NO = {k: 10 + 3 * i for i, k in enumerate(STDS)}


def fill(co, s):
    return (s.replace("{itsm}", co.ao["itsm"]).replace("{jv}", co.ao["jv"]).replace("{dept}", co.ao["dept"])
            .replace("{unit}", co.ao["unit"]).replace("部长（科长）", co.ao["boss"]))


def std_body(co, key, drop_optional=False, zd_style=False):
    """The numbered body of a 管理标准 (1 / 1.1) or a 制度 (第一章 / 第一条); returns (blocks, items)."""
    name, level, secs = STDS[key]
    b, items, si, art = [], [], 0, 0
    for sec, paras, its, opt in secs:
        if opt and drop_optional:
            continue
        si += 1
        if zd_style:
            b.append(("h1", "第%s章 %s" % (han(si), sec)))
            for p in paras:
                art += 1
                b.append(("p", "第%s条 %s" % (han(art), fill(co, p))))
        else:
            b.append(("h1", "%d %s" % (si, sec)))
            for j, p in enumerate(paras, 1):
                b.append(("p", ("%d.%d %s" % (si, j, fill(co, p))) if len(paras) > 1 else fill(co, p)))
        items += its
    return b, items


def std_doc(co, d, key, form="std", drop_optional=False):
    """A 制度 or 标准 as the share keeps it: std = 企业标准 with cover; red = 公司 红头 with the 办法 as 附件;
    bare = title and the code table only."""
    name, level, _ = STDS[key]
    code = "%s-%s-%03d" % (co.ao["code"], level, STD_NO[key])
    if form == "red":
        body, items = std_body(co, key, drop_optional, zd_style=True)
        top, no = red_top(co, d, "关于印发《%s》的通知" % name)
        b = top + [("p", "现将《%s》（文件编号：%s）印发给你们，请遵照执行。" % (name, code)),
                   ("p", "附件：%s" % name)] + colophon(co, d) + [("break",), ("p", "附件"), ("title", name),
                                                               ("p", "文件编号：%s    版本：%s" % (code, co.rng.choice(["A/0", "A/1", "B/0"])))] + body
        doc = Doc("std:" + key, name, d, sorted(set(items)), False, b)
        doc.ao_no = no
        return doc
    body, items = std_body(co, key, drop_optional, zd_style=(level == "ZD"))
    if form == "std":
        b = std_cover(co, d, name, "%s-%d" % (code, d.year)) + [("title", name)] + body
    else:
        b = [("title", name), ("table", [["文件编号", code, "版本", "%s/%d" % (co.rng.choice("AB"), co.rng.randint(0, 2))],
                                         ["归口部门", co.ao["dept"], "批准", co.boss],
                                         ["发布日期", any_date(co, d), "状态", "受控"]])] + body
    doc = Doc("std:" + key, name, d, sorted(set(items)), False, b)
    doc.ao_code = code
    return doc


def red_only(co, d, key):
    """The 红头 正文 kept without its 附件: it issues the 办法 by name and proves nothing."""
    name = STDS[key][0]
    top, no = red_top(co, d, "关于印发《%s》的通知" % name)
    b = top + [("p", "现将《%s》印发给你们，请认真组织学习，遵照执行。" % name), ("p", "附件：%s（另发）" % name)] + colophon(co, d)
    return Doc("red_only", "发文正文", d, [], False, b, decoy="红头 正文 citing the 附件 it issues")


def compilation(co, d, keys):
    """管理标准汇编: each 篇 one 制度/标准; proves what its 篇 are."""
    b = [("title", "%s%s管理标准汇编（%d版）" % (co.ao["grp"], co.ao["dept"], d.year)),
         ("p", "%s 编    %s" % (co.ao["dept"], cnd(d))), ("p", "（内部资料  注意保存）"), ("break",), ("h1", "目  录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "%d  %s（%s-%s-%03d） ………… %d" % (i, STDS[k][0], co.ao["code"], STDS[k][1], STD_NO[k], 2 + 5 * i)))
    b.append(("p", "说明：本汇编收录截至%d年%d月现行有效的制度和管理标准，与正式发布文本不一致的，以正式发布文本为准。" % (d.year, d.month)))
    items = []
    for i, k in enumerate(keys, 1):
        body, its = std_body(co, k, zd_style=(STDS[k][1] == "ZD"))
        b += [("break",), ("h1", "第%s篇  %s" % (han(i), STDS[k][0]))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("compilation", "管理标准汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------------------ 作业标准 and 点检标准

OPS = {
    "fw": ("边界防火墙运行维护作业标准", ["核对变更申请单编号和审批状态，登录防火墙管理平台",
                                     "调整策略前导出当前配置并存入配置库", "按申请单逐条新增或删除策略，核对源、目的地址和端口",
                                     "与使用单位确认业务连通，在平台回填实施结果"]),
    "l2": ("L2过程控制服务器点检维护作业标准", ["与生产厂调度确认产线状态，原则上在定修或换辊间隙作业",
                                           "检查服务器运行指示灯、风扇、硬盘阵列状态和冗余电源", "检查L2与L1、L3通讯状态及报文延迟",
                                           "清理历史日志，核对磁盘剩余空间，填写专业点检记录"]),
    "av": ("工控主机防病毒及白名单维护作业标准", ["每周通过移动介质专用摆渡机导入离线病毒库和白名单规则",
                                            "在操作站、工程师站上执行白名单策略核对，不在白名单内的程序一律阻断",
                                            "每月对HMI操作站离线查杀一次，查杀在停机检修期间进行", "导出查杀和拦截日志，发现病毒按网络安全事件报告"]),
    "bak": ("产销一体化系统数据备份与恢复作业标准", ["每日检查数据库全量备份和归档日志备份任务状态",
                                              "每周抽取一份备份在测试环境恢复验证", "每月将备份介质异地存放并登记",
                                              "恢复操作须经部长（科长）批准，恢复后由业务部门核对数据"]),
    "sw": ("核心交换机及环网维护作业标准", ["检查核心交换机主备引擎、电源、风扇及板卡状态",
                                      "检查全厂光纤环网链路状态和端口误码", "导出运行配置与基线比对",
                                      "发现异常按故障管理标准报修并通知相关厂部"]),
    "wt": ("无人值守计量终端维护作业标准", ["检查汽车衡、轨道衡计量终端和道闸、摄像头、读卡器运行状态",
                                      "核对计量数据上传产销一体化系统的完整性", "清洁读卡器和车牌识别摄像头",
                                      "计量终端软件升级须经计量管理部门确认"]),
}


def ops_std(co, d, key):
    name, steps = OPS[key]
    code = "%s-ZY-%03d" % (co.ao["code"], 60 + list(OPS).index(key) * 2)
    p = Paper(name, "dig").head(("table", [["文件编号", code, "版本", "A/%d" % co.rng.randint(0, 3)],
                                           ["编制", co.p(2), "审核", co.p(0)], ["批准", co.boss, "实施日期", any_date(co, d)]]))
    p.part("适用范围", ["适用于%s运维人员和外委驻厂人员在生产现场执行该项作业。" % co.ao["dept"]])
    p.part("危险源及安全措施", ["作业前办理停送电及工作票，严禁带电插拔L2服务器板卡；进入主控室、电气室遵守生产厂安全规定。"])
    p.part("作业程序", ["（%d）%s；" % (i, fill(co, s)) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    p.part("作业记录", ["作业完成后填写点检记录或变更实施记录，交接班时说明。"])
    return p.doc("ops_std", d, False)


def ops_book(co, d, keys):
    b = [("title", "%s作业标准汇编（%d年修订）" % (co.ao["dept"], d.year)), ("p", "%s 编    %s" % (co.ao["subs"]["sys"], cnd(d)))]
    for i, k in enumerate(keys, 1):
        name, steps = OPS[k]
        b += [("h1", "第%s部分  %s" % (han(i), name))] + [("p", "%d.%d %s。" % (i, j, fill(co, s))) for j, s in enumerate(steps, 1)]
    return Doc("ops_book", "作业标准汇编", d, ["24/work-instructions", "11/manuals"], False, b)


def dj_standard(co, d, area):
    """点检标准: what, where, how and how often to check; a work instruction of 点检."""
    rows = [["核心交换机", "主控引擎", "运行指示灯、CPU负荷", "CPU≤60%，无告警", "目视/网管", "每班", "日常"],
            ["核心交换机", "光模块", "收发光功率", "-3~-15dBm", "命令行", "每周", "专业"],
            ["边界防火墙", "整机", "会话数、HA状态", "主备同步正常", "管理界面", "每班", "日常"],
            ["边界防火墙", "特征库", "版本日期", "不超过7天", "管理界面", "每周", "专业"],
            ["工控防火墙", "策略", "策略命中及告警", "无非法访问告警", "管理平台", "每周", "专业"],
            ["L2服务器", "硬盘阵列", "阵列状态", "Optimal", "iDRAC/iLO", "每周", "专业"],
            ["机房UPS", "电池组", "单体电压", "12.0-13.8V", "测量", "每月", "专业"]]
    return ledger("dj_standard", "%s信息设备点检标准（%s）" % (co.ao["grp"], area), d, False, [
        ("点检标准", ["设备名称", "点检部位", "点检项目", "点检标准", "点检方法", "点检周期", "点检分工"], rows,
         ["24/work-instructions", "11/manuals"])], note="标准编号：%s-JS-%03d    编制：%s    批准：%s" % (co.ao["code"], 40 + co.rng.randint(0, 9), co.p(2), co.boss))


# ------------------------------------------------------------------------------ 组织、人员、部长办公会

def leading_group(co, d, vendor):
    top, no = red_top(co, d, "关于调整公司网络安全和信息化领导小组的通知")
    rows = [["机构", "职务", "人员", "单位"],
            ["领导小组", "组长", "总经理", "公司"], ["领导小组", "副组长", "分管副总经理、总工程师", "公司"],
            ["领导小组", "成员", "制造管理部、设备部、安全环保部、各生产厂厂长", "各单位"],
            ["领导小组办公室（管理组）", "主任", co.boss, co.ao["dept"]],
            ["管理组", "成员", "%s、%s" % (co.p(0), co.p(3)), co.ao["subs"]["zh"]],
            ["执行组", "组长", co.p(2), co.ao["subs"]["sys"]],
            ["执行组", "成员", "%s、%s、%s" % (co.p(1), co.p(4), co.p(5)), "%s、%s" % (co.ao["subs"]["net"], co.ao["subs"]["l2"])]]
    if vendor:
        rows.append(["执行组", "外委驻厂成员", "%s、%s" % (co.vp(0), co.vp(1)), "%s（外委维保单位）" % co.vendor])
    b = top + [("p", "因机构调整和人员变动，经公司研究，对网络安全和信息化领导小组及其工作机构调整如下："),
               ("h1", "一、领导小组"), ("p", "负责公司网络安全和信息化工作的决策，审定信息化运维服务方针、年度目标和重大事项。"),
               ("h1", "二、领导小组办公室（管理组）"), ("p", "设在%s，负责制度标准建设、内部审核、风险评估、考核及对%s的服务管理。"
                                                     % (co.ao["dept"], co.customer)),
               ("h1", "三、执行组"), ("p", "负责网络、信息系统、L2服务器和工控安全的点检、运行维护、变更实施和应急处置%s。"
                                       % ("；外委维保单位驻厂人员编入执行组，由执行组组长统一管理" if vendor else "")),
               ("table", rows)] + colophon(co, d)
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else [])
    return Doc("leading_group", "领导小组调整通知", d, items, False, b)


def staff_roster(co, d, outs):
    units = [co.ao["subs"][k] for k in ("zh", "net", "sys", "l2", "mq", "net")]
    posts = ["综合管理员", "网络专业点检员", "系统运维工程师", "L2专业点检员", "计量系统维护员", "网络安全管理员"]
    own = [[i + 1, co.p(i), units[i], posts[i], co.rng.choice(["助理工程师", "工程师", "高级工程师", "技师"]),
            "1%d%09d" % (co.rng.choice([3, 5, 8]), co.rng.randint(0, 10 ** 9 - 1))] for i in range(6)]
    ven = [[i + 1, co.vp(i), co.vendor, ["网络运维驻厂", "系统运维驻厂", "L2维保驻厂"][i], "执行组", "%d-%02d" % (d.year - 1, 2 + i)]
           for i in range(3)] if outs else []
    return ledger("staff_roster", "%s运维人员名册（%s）" % (co.ao["dept"], dot(d)), d, True, [
        ("部内人员", ["序号", "姓名", co.ao["unit"], "岗位", "职称/技能等级", "联系电话"], own, ["9/staff-list"]),
        ("外委驻厂人员", ["序号", "姓名", "外委单位", "岗位", "所在工作组", "进厂时间"], ven, ["9/outsourcing"])])


def post_duties(co, d):
    rows = [["服务级别管理", "服务协议、服务目录维护，服务指标统计", "管理组", co.ao["subs"]["zh"], co.p(0)],
            ["网络安全管理", "安全策略、漏洞及事件管理、工控安全", "管理组", co.ao["subs"]["net"], co.p(3)],
            ["网络专业点检", "全厂网络及安全设备点检、维护", "执行组", co.ao["subs"]["net"], co.p(1)],
            ["系统运维", "产销一体化及计量质检系统运维", "执行组", co.ao["subs"]["sys"], co.p(2)],
            ["L2专业点检", "L2服务器及工控网络点检", "执行组", co.ao["subs"]["l2"], co.p(4)],
            ["服务台", "信息服务热线受理、派单、回访", "执行组", co.ao["subs"]["sys"], co.p(5)],
            ["配置管理", "设备台账和配置库维护", "管理组", co.ao["subs"]["zh"], co.p(3)]]
    return ledger("post_duties", "%s岗位责任制及运维角色清单" % co.ao["dept"], d, False, [
        ("岗位职责", ["运维角色", "岗位职责", "对应工作组", co.ao["unit"], "责任人"], rows, ["18/roles", "23/roles"])])


def interface_notice(co, d):
    top, no = red_top(co, d, "关于明确网络安全管理接口人的通知", "bm")
    b = top + [("p", "为做好与公司各单位、%s及属地网信、工信部门的网络安全工作对接，明确%s%s为网络安全管理接口人，负责安全事件"
                     "通报、安全检查配合、安全管理文件的接收与传达；%s为B角。" % (co.customer, co.ao["subs"]["net"], co.p(3), co.p(1)))] + \
        colophon(co, d, "bm")
    return Doc("interface", "接口人通知", d, ["28/interface-person"], False, b)


def desk_notice(co, d):
    top, no = red_top(co, d, "关于设立信息服务台并开通信息服务热线的通知")
    b = top + [("p", "为统一受理公司各单位及%s的信息系统故障报修和服务请求，公司在%s设立信息服务台，开通信息服务热线%s，"
                     "7×24小时受理。" % (co.customer, co.ao["dept"], co.ao["hot"])),
               ("p", "服务台职责：受理电话、%s工单和邮件报修；登记、分类、派单；跟踪处理进度；回访确认并关闭。" % co.ao["itsm"]),
               ("p", "服务台人员：%s、%s及外委驻厂人员%s，实行四班三运转，与%s值班合署。" % (co.p(5), co.p(2), co.vp(2), co.ao["subs"]["sys"]))] + \
        colophon(co, d)
    return Doc("desk", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[d.isoformat(), "信息服务台岗位培训", "故障受理与分类、%s派单、产线故障报修话术、应知应会考试" % co.ao["itsm"], co.p(2), n,
             co.rng.choice(["92", "88", "合格"])] for n in (co.p(5), co.vp(2), co.p(4))]
    return ledger("desk_training", "信息服务台人员岗位培训记录", d, True, [
        ("培训记录", ["日期", "培训项目", "培训内容", "授课人", "受训人", "考试成绩"], rows, ["48/training"])])


def office_minutes(co, d, n, topics):
    """部长（科长）办公会纪要: each decision proves its own item."""
    who = "部长" if co.ao["boss"] == "部长" else "科长"
    b = [("title", "%s%s办公会纪要" % (co.ao["dept"], who)), ("p", "〔%d〕第%d期" % (d.year, n)),
         ("p", "%s，%s主持召开%s办公会，%s长及技术骨干参加。会议纪要如下：" % (cnd(d), co.boss, who, co.ao["unit"][:-1] if co.ao["unit"] == "作业区" else "班"))]
    items, i = [], 0
    for t in topics:
        i += 1
        if t == "interface":
            b += [("h1", "%s、关于明确网络安全管理接口人" % han(i)),
                  ("p", "会议决定，由%s%s担任网络安全管理接口人，负责与公司各单位、%s及属地主管部门的安全事务对接，%s为B角。"
                   % (co.ao["subs"]["net"], co.p(3), co.customer, co.p(1)))]
            items.append("28/interface-person")
        elif t == "desk":
            b += [("h1", "%s、关于设立信息服务台" % han(i)),
                  ("p", "会议同意设立信息服务台，开通%s信息服务热线，统一受理各厂部和%s的报修与服务请求，7×24小时值守，由%s、%s负责。"
                   % (co.ao["hot"], co.ao["jv"], co.p(5), co.p(2)))]
            items.append("48/service-desk")
        elif t == "improve":
            b += [("h1", "%s、关于%d年改善项目立项" % (han(i), d.year)),
                  ("p", "会议听取了%s关于合理化建议和改善项目评审的汇报，按对生产的影响、实施成本和风险加权评分，排序如下："
                   % co.ao["subs"]["zh"]),
                  ("table", [["排序", "改善项目", "评分", "会议意见"], [1, "L2服务器硬盘阵列状态自动点检", 88, "同意立项"],
                             [2, "计量终端离线自动告警", 81, "同意立项"], [3, "点检记录移动端录入", 66, "列入下年度"]]),
                  ("p", "会议批准前两项立项，由%s跟踪实施。" % co.ao["subs"]["zh"])]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "safety":
            b += [("h1", "%s、关于安全生产工作" % han(i)),
                  ("p", "会议传达了公司安全生产例会精神，要求各%s进入生产现场作业严格执行工作票和停送电确认制度，开展危险源再辨识。"
                   % co.ao["unit"])]
        elif t == "overhaul":
            b += [("h1", "%s、关于热轧厂年修期间信息保障" % han(i)),
                  ("p", "会议部署热轧厂年修期间L2服务器和网络改造配合工作，实行部领导带班，年修期间暂停非检修类变更。")]
        elif t == "contest":
            b += [("h1", "%s、关于开展劳动竞赛" % han(i)),
                  ("p", "会议同意在下半年开展“降故障、保作业率”劳动竞赛，方案由%s拟定。" % co.ao["subs"]["zh"])]
    b.append(("p", "出席：%s、%s、%s、%s    记录：%s" % (co.boss, co.p(0), co.p(2), co.p(4), co.p(3))))
    return Doc("office_minutes", "办公会纪要", d, sorted(set(items)), True, b)


def monthly_meeting(co, d):
    """月度设备（信息）例会纪要: reviews last month and assigns work; proves nothing."""
    m = d.month - 1 or 12
    b = [("title", "%s%d月份设备（信息）例会纪要" % (co.ao["dept"], m)),
         ("p", "时间：%s    地点：部会议室    主持：%s" % (any_date(co, d), co.boss)),
         ("h1", "一、上月工作完成情况"),
         ("p", "%d月份信息设备总体运行平稳，各%s点检计划完成率%d%%，%s定修期间完成L2服务器除尘和网络割接%d项。"
          % (m, co.ao["unit"], co.rng.randint(95, 100), co.rng.choice(PLANTS), co.rng.randint(2, 8))),
         ("h1", "二、存在问题"), ("p", "点检记录录入不及时；个别外委驻厂人员交接班记录填写不规范。"),
         ("h1", "三、本月重点工作"),
         ("table", [["序号", "工作内容", "责任单位", "完成时间"],
                    [1, "%s定修配合" % co.rng.choice(PLANTS), co.ao["subs"]["l2"], "%d月%d日" % (d.month, co.rng.randint(10, 25))],
                    [2, "点检标准修订", co.ao["subs"]["net"], "%d月底" % d.month],
                    [3, "安全生产标准化自评材料", co.ao["subs"]["zh"], "%d月20日" % d.month]]),
         ("p", "记录：%s" % co.p(3))]
    return Doc("monthly_meeting", "月度例会纪要", d, [], True, b)


# ------------------------------------------------------------------------------ 加工配送公司 (the customer)

def survey(co, d, tm, sec):
    p = Paper("%s信息化运维服务需求调研报告" % co.customer).head(
        ("p", "调研单位：%s    调研时间：%s" % (co.ao["dept"], any_date(co, d))))
    p.part("调研背景", ["根据公司“十四五”信息化规划和%s的信息化运维服务委托，%s组织对%s开展运维服务需求调研，访谈该公司总经理、"
                       "生产部%s、财务部和营销部，并结合其剪切、纵剪、激光落料生产线的生产组织方式进行分析。"
                       % (co.customer, co.ao["dept"], co.ao["jv"], co.cp(0))])
    p.part("服务时间需求", ["%s实行两班制生产（8:00-24:00），订单接收、加工计划和出厂计量需与钢厂产销一体化系统实时对接；"
                          "%s、%s要求生产时段内随时响应，月末结算和钢材调价期间需专人保障。" % (co.ao["jv"], co.sys(2), co.sys(0)),
                          ("table", [["系统", "服务时段", "故障响应", "恢复时限"], [co.sys(2), "7×24", "15分钟", "2小时"],
                                     [co.sys(0) + "（配送接口）", "7×24", "15分钟", "2小时"], ["办公及财务终端", "工作日8:00-17:30", "1小时", "1个工作日"]])],
           ["1/survey"], tm)
    p.part("安全服务需求及类型", ["%s提出的安全服务需求：办公网与剪切线控制网隔离及边界防护、终端防病毒、漏洞扫描、等级保护测评配合、"
                               "网络安全事件应急支援和员工安全意识培训。按类型归为安全运维类、安全评估类、应急支援类和培训类。" % co.ao["jv"]],
           ["5/survey"], sec)
    p.part("结论", ["调研结果经%s确认，作为《信息化运维服务协议》和服务目录的依据。" % co.ao["jv"]])
    return p.doc("survey", d, False, [("p", "调研人：%s、%s    审核：%s" % (co.p(0), co.p(3), co.boss))])


def fee_sheet(co, d):
    rows = [[1, "产销接口及%s运维" % co.sys(2), 180, "系统运维工程师1人", 1200, 216000, "%d年1月起" % d.year],
            [2, "网络及安全设备点检维护", 120, "网络点检员1人（驻厂每周1天）", 1000, 120000, "按月"],
            [3, "季度精密点检（健康检查）", 16, "专业点检员2人", 1400, 22400, "每季末月"],
            [4, "漏洞扫描及等保测评配合", 10, "网络安全管理员", 1800, 18000, "%d年9月前" % d.year],
            [5, "应急支援及重要时期保障", 8, "应急小组", 1500, 12000, "按需"],
            ["", "合计", 334, "", "", 388400, ""]]
    return ledger("fee_sheet", "%s%d年度信息化运维服务费用测算表" % (co.ao["jv"], d.year), d, False, [
        ("测算表", ["序号", "服务项目", "工作量（人·天）", "人员配置", "单价（元/人·天）", "金额（元）", "时间节点"], rows, ["2/budget"])],
        note="编制：%s    审核：%s    财务部复核：%s" % (co.p(0), co.boss, co.cp(2)))


def meeting(co, d, agreed):
    p = Paper("%s信息化运维服务对接会纪要" % co.ao["jv"]).head(
        ("p", "时间：%s    地点：%s二楼会议室" % (any_date(co, d), co.ao["jv"])),
        ("p", "参会：%s %s、%s；%s %s、%s" % (co.ao["dept"], co.p(0), co.p(2), co.ao["jv"], co.cp(0), co.cp(1))))
    p.part("会议内容", ["双方就%d年度运维服务范围、驻厂安排、精密点检频次、报修流程进行了沟通。" % d.year])
    p.part("会议共识", ["（一）服务范围为%s、与钢厂%s的接口、办公网络及安全设备、剪切线与办公网边界；" % (co.sys(2), co.sys(0)),
                        "（二）%s派网络点检员每周驻厂一天，其余时间远程支持；" % co.ao["dept"],
                        "（三）每季度开展一次精密点检（健康检查），报告5个工作日内送达；",
                        "以上事项双方一致同意，由%s据此起草服务协议。" % co.ao["dept"]], ["3/communication"], agreed)
    p.part("遗留问题", ["剪切线MES的数据采集需求另行立项。"])
    return p.doc("meeting", d, False, [("p", "记录：%s    双方确认签字：%s  %s" % (co.p(3), co.cp(0), co.p(0)))])


def hist_list(co, d):
    rows = [[1, "报修工单", co.ao["itsm"], "%d.01-%d.12" % (d.year - 1, d.year - 1), co.rng.randint(200, 700), co.ao["subs"]["sys"]],
            [2, "变更申请单", co.ao["itsm"], "%d.01-%d.12" % (d.year - 1, d.year - 1), co.rng.randint(20, 90), co.ao["subs"]["sys"]],
            [3, "故障停机记录", "故障停机台账", "%d.01-%d.12" % (d.year - 1, d.year - 1), co.rng.randint(4, 20), co.ao["subs"]["zh"]],
            [4, "点检记录", "点检记录表", "%d.01-%d.12" % (d.year - 1, d.year - 1), co.rng.randint(150, 500), co.ao["subs"]["net"]],
            [5, "安全告警", "防火墙/日志审计", "%d.01-%d.12" % (d.year - 1, d.year - 1), co.rng.randint(1000, 9000), co.ao["subs"]["net"]],
            [6, "用户满意度测评", "测评表", "%d年两次" % (d.year - 1), 2, co.ao["subs"]["zh"]]]
    return ledger("hist_list", "%s信息系统运维历史数据清单" % co.ao["jv"], d, False, [
        ("清单", ["序号", "数据名称", "来源", "时间范围", "数量（条）", "保管单位"], rows, ["4/history-list"])])


def hist_analysis(co, d):
    p = Paper("%s%d年信息系统运维数据分析报告" % (co.ao["jv"], d.year - 1)).head(("p", "%s    %s" % (co.ao["dept"], any_date(co, d))))
    p.part("指标完成情况", ["%s全年可用率99.93%%，达到约定的99.9%%；报修按时解决率95.8%%；点检计划完成率99.2%%。" % co.sys(2)])
    p.part("违例操作", ["发现剪切线人员私接无线路由器2起、外委人员未经审批修改交换机配置1起，均已通报考核。"])
    p.part("重大事件", ["%d年8月雷击造成%s办公网核心交换机损坏，计量出厂业务中断3.5小时，影响发货约%d吨。" % (d.year - 1, co.ao["jv"], co.rng.randint(300, 900))])
    p.part("重大（失败）变更", ["配送接口程序升级后订单同步失败，回退1次，原因为测试数据不全。"])
    p.part("结论", ["主要风险为防雷和单点设备、变更测试不充分、外委人员权限管理。"])
    p.items.append("4/analysis")
    return p.doc("hist_analysis", d, False)


def strategy(co, d):
    p = Paper("%s%d年运维保障策略及实施方案" % (co.ao["jv"], d.year)).head(
        ("p", "编制：%s  审核：%s  批准：%s    %s" % (co.p(0), co.p(2), co.boss, any_date(co, d))))
    p.part("编制依据", ["依据《%s%d年信息系统运维数据分析报告》的结论制定。" % (co.ao["jv"], d.year - 1)])
    p.part("保障策略", ["（一）办公网核心交换机双机冗余及防雷改造；（二）接口程序变更前在测试环境全量数据验证；（三）外委人员账号按季复核。"])
    p.part("实施方案", [("table", [["措施", "责任单位", "完成时间"], ["核心交换机冗余及防雷改造", co.ao["subs"]["net"], "%d年6月" % d.year],
                                   ["接口变更测试清单", co.ao["subs"]["sys"], "%d年3月" % d.year], ["外委账号季度复核", co.ao["subs"]["net"], "每季度末"]])])
    p.items.append("4/strategy")
    return p.doc("strategy", d, False)


def agreement(co, d, modes, core, health):
    p = Paper("信息化运维服务协议", "cn").head(
        ("p", "委托方（甲方）：%s" % co.customer), ("p", "受托方（乙方）：%s股份有限公司（%s）" % (co.ao["grp"], co.ao["dept"])),
        ("p", "协议编号：%s-XXH-%d-%02d" % (co.ao["code"], d.year, co.rng.randint(1, 30))))
    p.part("服务范围", ["乙方负责甲方%s、与乙方%s的配送接口、办公网络和安全设备、剪切线控制网边界的运行维护和网络安全服务。" % (co.sys(2), co.sys(0))])
    p.part("运维方式", ["乙方采用驻厂值守、定期点检和远程值守相结合的方式：派网络点检员每周到甲方驻厂值守一天；每月对甲方网络和安全设备"
                        "定期点检（巡检）一次；其余时间由乙方信息服务台和运行值班室远程值守。"], ["35/sla"], modes)
    p.part("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s可用率" % co.sys(2), "≥99.9%"], ["配送接口可用率", "≥99.9%"],
                                              ["A类故障响应时间", "15分钟"], ["A类故障恢复时间", "2小时"], ["用户满意度", "≥90分"]])],
           ["36/sla"], core)
    p.part("精密点检（健康检查）", ["乙方每季度对甲方安全设备和业务系统开展一次精密点检（健康检查），以现场检查为主、远程检查为辅，"
                                "检查内容包括可用性、持续运行、冗余和配置，检查后5个工作日内提交报告。"], ["15/agreement"], health)
    p.part("费用及期限", ["服务费按年度测算表结算；本协议有效期三年，自%s起。" % cnd(d)])
    p.items.append("39/sla")
    return p.doc("agreement", d, False, [("p", "甲方（盖章）：%s    代表：%s" % (co.customer, co.cp(0))),
                                         ("p", "乙方（盖章）：%s股份有限公司    代表：%s" % (co.ao["grp"], co.boss)),
                                         ("p", "签订日期：%s" % any_date(co, d))])


def avail_kpis(co, d):
    rows = [["整体指标", "信息系统综合作业率（可用率）", "全部生产相关信息系统", "≥99.9%", "月"],
            ["整体指标", "信息原因造成产线停机次数", "L2及以上系统", "≤1次", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.95%", "月"],
            ["单系统指标", "%s数据上传完整率" % co.sys(1), co.sys(1), "≥99.9%", "月"],
            ["单系统指标", "%s可用率" % co.sys(2), co.sys(2), "≥99.9%", "月"],
            ["单系统指标", "L2服务器故障停机时间", "热轧、冷轧L2", "≤60分钟/年", "年"]]
    return ledger("avail_kpis", "信息系统可用性（作业率）指标清单", d, False, [
        ("指标清单", ["指标类型", "指标名称", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    p = Paper("以往运维服务方案对生产影响分析及自动化建议").head(("p", "%s    %s" % (co.ao["subs"]["sys"], any_date(co, d))))
    p.part("以往服务方案回顾", ["回顾%d年实施的运维服务方案%d项，包括热轧L2服务器虚拟化、全厂环网改造、计量无人值守终端升级等。"
                               % (d.year - 1, co.rng.randint(18, 36))])
    p.part("对生产的影响分析", ["其中3项方案在定修窗口外实施，造成冷轧酸轧线停机累计26分钟，影响产量约%d吨；其余均在定修窗口内完成，未影响生产。"
                               % co.rng.randint(80, 300)], ["7/impact-analysis"])
    p.part("故障处理效率分析及可自动化的服务", ["全年处理网络安全事件%d起，平均处理时长3.1小时，其中工控主机病毒告警、弱口令告警等重复性事件占%d%%；"
                                              "建议将白名单核对、病毒库版本核对、L2服务器阵列点检和点检报告生成实现自动化。"
                                              % (co.rng.randint(60, 140), co.rng.randint(50, 65))], ["7/automation"], auto)
    return p.doc("svc_review", d, True)


def sld_ola(co, d, sld, ola):
    p = Paper("外委运维服务级别设计及部内运营级别约定").head(("p", "%s编制，%s审定    %s" % (co.ao["subs"]["zh"], co.boss, any_date(co, d))))
    p.part("对外委维保单位的服务级别设计", ["与%s约定：A类故障15分钟响应、2小时恢复；B类故障30分钟响应、4小时恢复；服务请求1个工作日完成。" % co.vendor],
           ["8/sld"], sld)
    p.part("部内运营级别约定", ["各%s之间：A类故障二线专业点检员15分钟内接手、2小时恢复；B类30分钟接手、4小时恢复；" % co.ao["unit"],
                                "上述部内时限与对外委维保单位的服务级别保持一致，每半年由%s对照复核。" % co.ao["subs"]["zh"]], ["8/ola"], ola)
    return p.doc("sld_ola", d, False)


def catalog(co, d, parts):
    rows, items = [], ["29/catalog"]
    base = [("初始服务", "新接入单位的资产识别、配置项收集和运维流程导入"), ("安全设备运维", "防火墙、工控防火墙、网闸、防病毒的维护与升级"),
            ("日常巡检服务", "网络及安全设备日常点检、专业点检"), ("健康检查", "每季度安全设备及业务系统精密点检"),
            ("安全事件审计", "网络及安全设备、服务器、应用日志审计")]
    l2 = [("运维监控与分析", "全厂网络及信息系统7×24监控和月度运行分析"), ("终端安全监控", "办公终端和工控主机准入、白名单和病毒监控"),
          ("等级保护合规性运维", "按等级保护和工控安全防护要求开展合规检查和整改跟踪")]
    l1 = [("安全通告及漏洞分析", "收集工控及IT漏洞、病毒、厂商通告并发布安全通报"), ("应急响应服务", "网络安全事件和信息系统故障7×24应急支援")]
    for on, its, ents in [("base" in parts, ["12/catalog"], base), ("l2" in parts, ["19/catalog"], l2), ("l1" in parts, ["26/catalog"], l1)]:
        if on:
            items += its
            rows += [[n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["点检记录", "检查报告", "工单"])] for n, c in ents]
    rows += [["账号权限服务", "产销一体化系统账号开通和权限调整", "远程", "工单"], ["终端服务", "办公终端安装、维修", "现场", "工单"]]
    return ledger("catalog", "%s信息化运维服务目录（%d版）" % (co.ao["dept"], d.year), d, False, [
        ("服务目录", ["服务项目", "服务内容", "服务方式", "交付物"], rows, items)])


def csat(co, d, label):
    score = co.rng.randint(88, 96)
    p = Paper("%s信息化服务用户满意度测评报告" % label).head(
        ("p", "测评时间：%s    测评方式：问卷（回收%d份，含%s）及走访" % (any_date(co, d), co.rng.randint(60, 140), co.ao["jv"])))
    p.part("测评结果", [("table", [["测评项目", "得分"], ["故障响应及时性", co.rng.randint(85, 97)], ["故障处理质量", co.rng.randint(85, 97)],
                                   ["服务态度", co.rng.randint(90, 99)], ["检修配合", co.rng.randint(82, 95)], ["综合满意度", score]])])
    p.part("满意度分析", ["用户对服务态度评价最高；检修配合得分最低，主要是部分变更未提前通知生产厂；%s综合得分%d分。"
                         % (co.ao["jv"], score - co.rng.randint(0, 4))])
    p.part("改进措施", ["变更通知纳入%s自动推送；定修前一周与生产厂确认作业项目。" % co.ao["itsm"]])
    p.items += ["41/surveys", "58/survey", "63/survey"]
    return p.doc("csat", d, True)


def csat_trend(co, d):
    b = [("title", "用户满意度趋势分析"), ("p", "%s    %s" % (co.ao["subs"]["zh"], any_date(co, d))),
         ("table", [["期次", "综合满意度", "其中%s" % co.ao["jv"]], ["%d年上半年" % (d.year - 1), 87, 86], ["%d年下半年" % (d.year - 1), 90, 88],
                    ["%d年上半年" % d.year, 92, 91]]),
         ("p", "趋势：连续三期上升，故障响应及时性提升最明显；检修配合仍为短板，需持续关注。")]
    return Doc("csat_trend", "满意度趋势", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = []
    for i in range(6):
        x = back(d, 21 * i)
        rows.append([x.isoformat(), co.rng.choice([co.ao["jv"]] + PLANTS), co.p(5), co.rng.choice(["电话", "现场", "电话"]),
                     co.rng.choice(["满意", "希望提前通知停机", "热线接通慢", "满意"]), "已反馈%s" % co.rng.choice([co.ao["subs"]["sys"], co.ao["subs"]["net"]])])
    return ledger("callbacks", "用户回访记录表", d, True, [
        ("回访", ["回访日期", "用户单位", "回访人", "方式", "用户意见", "处理情况"], rows, ["63/follow-up-visits"])])


def service_confirm(co, d):
    b = [("title", "%s信息化运维服务月度确认单（%d年%d月）" % (co.ao["jv"], d.year, d.month)),
         ("p", "兹确认%s本月按协议派网络点检员驻厂%d天，完成月度定期点检，服务内容符合要求。" % (co.ao["dept"], co.rng.randint(3, 5))),
         ("p", "甲方确认：%s    日期：%s" % (co.cp(0), any_date(co, d)))]
    return Doc("confirm", "服务确认单", d, [], True, b, decoy="monthly confirmation naming the on-site days, no staff list or SLA")


# ------------------------------------------------------------------------------ 点检、故障、台账 (records)

NETDEV = ["核心交换机", "汇聚交换机（热轧）", "汇聚交换机（炼钢）", "边界防火墙", "工控防火墙（冷轧）", "网闸", "IPS", "上网行为管理"]


def dj_record(co, d, area, kinds):
    """点检记录 (Excel, a month, one 作业区): one sheet per record kind; a sheet without rows proves nothing."""
    days = [back(d, 3 * i) for i in range(9)]
    sh = []
    sh.append(("日常点检", ["日期", "班次", "设备", "运行状态", "CPU/负荷", "会话/流量", "告警", "点检员"],
               [[x.isoformat(), co.rng.choice(["甲班", "乙班", "丙班", "丁班"]), co.rng.choice(NETDEV), "正常",
                 "%d%%" % co.rng.randint(6, 48), "%d万" % co.rng.randint(2, 60), co.rng.choice(["无", "无", "无", "1条低级告警已确认"]),
                 co.p(1)] for x in days] if "daily" in kinds else [], ["44/inspection", "45/monitoring", "14/maintenance"]))
    sh.append(("机房动力", ["日期", "UPS负载", "电池电压", "精密空调", "温湿度", "点检员"],
               [[x.isoformat(), "%d%%" % co.rng.randint(30, 60), "%.1fV" % (13 + co.rng.random() * 0.6), "正常",
                 "%d℃/%d%%" % (co.rng.randint(20, 25), co.rng.randint(40, 58)), co.p(4)] for x in days] if "power" in kinds else [], []))
    if "wt" in kinds:
        sh.append(("计量终端", ["日期", "衡器", "终端状态", "道闸/读卡器", "车牌识别", "数据上传", "点检员"],
                   [[x.isoformat(), co.rng.choice(["1号汽车衡", "2号汽车衡", "3号汽车衡", "轨道衡"]), "正常", "正常",
                     co.rng.choice(["正常", "镜头污染已清洁"]), "完整", co.p(2)] for x in days[::2]], []))
    sh.append(("防病毒及白名单", ["日期", "范围", "病毒库版本", "白名单策略", "查杀结果", "执行人"],
               [[x.isoformat(), co.rng.choice(["办公终端及服务器", "热轧L2操作站", "冷轧HMI操作站", "炼钢L2工程师站"]),
                 "%d%02d%02d" % (x.year, x.month, x.day), "已核对", co.rng.choice(["未发现病毒", "清除蠕虫1个", "未发现病毒"]), co.p(3)]
                for x in days[:5]] if "av" in kinds else [], ["44/virus-scan", "45/antivirus"]))
    sh.append(("维护保养", ["日期", "设备", "维护内容", "结果", "维护人"],
               [[x.isoformat(), co.rng.choice(["边界防火墙", "工控防火墙", "IPS", "网闸"]), "日志清理、策略命中检查、除尘、风扇检查", "完成",
                 co.rng.choice([co.p(1), co.vp(0)])] for x in days[::2]] if "maint" in kinds else [], ["44/maintenance", "14/maintenance"]))
    sh.append(("故障处理", ["日期", "设备", "故障现象", "检测及排除", "停机时间", "处理人"],
               [[days[2].isoformat(), "汇聚交换机（热轧）", "电源模块告警", "更换冗余电源模块", "0（冗余）", co.p(1)],
                [days[7].isoformat(), "工控防火墙（冷轧）", "业务口光模块故障", "更换光模块", "18分钟", co.vp(1)]] if "fault" in kinds else [],
               ["44/faults"]))
    sh.append(("软件升级", ["日期", "设备", "升级前版本", "升级后版本", "变更单号", "验证"],
               [[days[4].isoformat(), "边界防火墙", "V5.6R3P2", "V5.6R5", "BG%s%02d" % (ymd(days[4]), co.rng.randint(1, 40)), "通过"],
                [days[7].isoformat(), "IPS", "规则库%s" % ymd(days[8]), "规则库%s" % ymd(days[7]), "标准变更", "通过"]] if "up" in kinds else [],
               ["44/upgrades"]))
    return ledger("dj_record", "%s信息设备点检记录（%d年%02d月）" % (area, d.year, d.month), d, True, sh,
                  note="作业区（班组）：%s    %s长：%s" % (area, co.ao["unit"][:2], co.p(1)))


def l2_record(co, d):
    """L2 服务器 专业点检 (servers of the production lines): proves nothing of the security devices."""
    rows = [[back(d, 4 * i).isoformat(), co.rng.choice(["热轧精轧L2服务器A", "热轧精轧L2服务器B", "冷轧酸轧L2服务器", "炼钢连铸L2服务器"]),
             "Optimal", "正常", "%d℃" % co.rng.randint(24, 35), "%d%%" % co.rng.randint(30, 80), co.rng.choice(["正常", "正常", "延迟偏高已处理"]), co.p(4)]
            for i in range(8)]
    return ledger("l2_record", "L2过程控制服务器专业点检记录（%d年%d月）" % (d.year, d.month), d, True, [
        ("专业点检", ["日期", "服务器", "阵列状态", "电源/风扇", "机箱温度", "磁盘使用率", "L1/L3通讯", "点检员"], rows, [])])


def perm_export(co, d):
    """A user-permission export of the 产销一体化 system: an access review, no clause."""
    rows = [["U%05d" % co.rng.randint(1, 99999), co.rng.choice(PLANTS + ["营销部", "财务部", co.ao["jv"]]), co.rng.choice(["计划员", "质检员", "计量员", "销售内勤"]),
             co.rng.choice(["订单管理", "作业计划", "质量判定", "计量查询", "发货管理"]), co.rng.choice(["启用", "启用", "冻结"]), back(d, co.rng.randint(1, 200)).isoformat()]
            for _ in range(12)]
    return ledger("perm_export", "%s用户权限清单导出" % co.sys(0), d, True, [("权限", ["用户号", "单位", "岗位", "角色", "状态", "最后登录"], rows, [])])


def handover(co, d):
    rows = []
    for i in range(10):
        x = back(d, i // 2)
        rows.append([x.isoformat(), "白班" if i % 2 == 0 else "夜班", co.p(i % 6), co.p((i + 1) % 6),
                     co.rng.choice(["设备运行正常，无遗留", "运行正常", "运行正常，%s定修配合完毕" % co.rng.choice(PLANTS), "正常"]),
                     co.rng.choice(["无", "无", "无", "热线报修1起已派单"])])
    return ledger("handover", "%s值班交接班记录（%d年%d月）" % (co.ao["subs"]["sys"], d.year, d.month), d, True, [
        ("交接班", ["日期", "班次", "交班人", "接班人", "运行情况", "遗留问题"], rows, [])])


def fault_stats(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = back(d, 35 * i)
        rows.append([i + 1, x.isoformat(), co.rng.choice(["边界防火墙", "工控防火墙（冷轧）", "IPS", "网闸", "汇聚交换机（热轧）"]),
                     co.rng.choice(["电源模块", "风扇", "硬盘", "光模块", "主板"]), co.rng.choice(["备件更换", "厂家返修"]),
                     "%d分钟" % co.rng.randint(0, 80), co.rng.choice(["0", "0", "%d" % co.rng.randint(10, 200)])])
    rows.append(["", "合计", "", "%d次" % len(rows), "", "", ""])
    return ledger("fault_stats", "网络及安全设备硬件故障统计表（%d年）" % d.year, d, True, [
        ("故障统计", ["序号", "日期", "设备", "故障部件", "处理方式", "停机时间", "影响产量（吨）"], rows, ["14/hardware-faults", "44/faults"])])


def outage_book(co, d):
    rows = []
    for i in range(co.rng.randint(4, 7)):
        x = back(d, co.rng.randint(6, 50) * (i + 1) // 2)
        rows.append([x.isoformat(), co.rng.choice(PLANTS), co.sys(i) if i % 2 else co.rng.choice(["热轧L2", "冷轧L2", "炼钢L2"]),
                     co.rng.choice(["服务中断", "数据上传中断", "L2与L3通讯中断", "计量终端离线"]), "%d分钟" % co.rng.randint(3, 70),
                     co.rng.randint(0, 400), co.rng.choice(["光缆被挖断", "数据库锁等待", "服务器电源故障", "交换机环路"]),
                     co.rng.choice(["A", "B", "B", "C"]), "已恢复"])
    return ledger("outage_book", "信息系统故障停机台账（%d年）" % d.year, d, True, [
        ("故障停机", ["日期", "影响单位", "系统", "故障现象", "停机时间", "影响产量（吨）", "原因", "故障类别", "处理结果"], rows,
         ["18/availability-events", "22/events", "43/process-records"])])


def accident(co, d, verified):
    plant = co.rng.choice(["热轧厂", "冷轧厂", "炼钢厂"])
    what = {"热轧厂": "轧制计划无法下达", "冷轧厂": "酸轧机组钢卷数据无法下达", "炼钢厂": "连铸切割计划无法下达"}[plant]
    mins = co.rng.randint(25, 90)
    p = Paper("%s L2系统故障停机“四不放过”分析报告" % plant).head(
        ("p", "编号：SG-%s    编写：%s    %s" % (ymd(d), co.p(4), any_date(co, d))))
    p.part("故障经过", ["%s，%s L2服务器与L3产销一体化系统通讯中断，%s，产线停机%d分钟，影响产量约%d吨。"
                       % (cnd(back(d, 5)), plant, what, mins, mins * co.rng.randint(5, 9))])
    p.part("原因分析", ["直接原因：L2服务器所在电气室汇聚交换机电源模块故障，冗余电源此前已损坏未发现；",
                        "间接原因：专业点检未将冗余电源状态列入点检项目，点检标准不完善。"])
    p.part("责任认定及教育", ["%s负主要管理责任，相关点检员考核；在%s内开展事故案例教育。" % (co.ao["subs"]["l2"], co.ao["dept"])])
    p.part("整改措施", [("table", [["措施", "责任人", "完成时间"], ["修订点检标准，增加冗余电源状态检查", co.p(1), "%d月底" % d.month],
                                   ["全厂汇聚交换机电源排查", co.p(4), "两周内"], ["关键交换机配置双电源告警上送网管", co.p(3), "%d月底" % d.month]])])
    p.part("整改验证", ["整改措施已全部完成，复查全厂汇聚交换机42台，更换故障电源3个；此后%d个月未再发生同类故障，整改有效。" % co.rng.randint(2, 5)],
           ["66/effectiveness"], verified)
    p.items += ["18/availability-events", "22/events", "43/process-records", "57/capa"]
    return p.doc("accident", d, True, [("p", "审核：%s    批准：%s" % (co.p(0), co.boss))])


def jmdj(co, d, who, collect, secdev=True):
    """精密点检（健康检查）报告 of the security devices and business systems."""
    p = Paper("%s%d年第%d季度精密点检（健康检查）报告" % (who, d.year, quarter(d))).head(
        ("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查", "现场检查"]), any_date(co, d), co.p(1), co.p(4))))
    own = who == co.ao["grp"]
    rows = [["检查对象", "可用性", "持续运行", "冗余/告警", "结论"],
            [co.sys(0) if own else co.sys(2), "99.96%", "%d天" % co.rng.randint(30, 200), "双机正常", "良好"],
            [co.sys(1) if own else co.sys(0) + "（接口）", "99.9%", "%d天" % co.rng.randint(20, 90), "无告警", "良好"]]
    if secdev:
        rows += [["边界防火墙", "100%", "%d天" % co.rng.randint(60, 300), "主备同步正常", "良好"],
                 ["工控防火墙/网闸", "100%", "%d天" % co.rng.randint(30, 200), "特征库滞后2天", "关注"]]
    p.part("检查范围", ["%s%s及%s。" % (who, "网络、防火墙、网闸、防病毒等安全设备" if secdev else "网络", "业务系统")])
    p.part("可用性与持续性检查", [("table", rows)])
    p.part("安全信息采集", ["导出防火墙和核心交换机运行配置，与安全基线比对，差异%d项；" % co.rng.randint(0, 3),
                           "采集出口及环网流量：峰值%dMbps，均值%dMbps，无异常流量；" % (co.rng.randint(150, 800), co.rng.randint(40, 120)),
                           "采集系统状态：CPU、内存、磁盘和会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], collect)
    p.part("问题及建议", [("特征库更新任务延迟，已调整；" if secdev else "") + "建议更换运行超过8年的接入交换机。"])
    p.items += ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    return p.doc("jmdj", d, True)


def collect_sheet(co, d, which):
    head = ["采集日期", "对象"] + [{"config": "配置采集（与基线比对）", "traffic": "流量采集", "status": "状态采集"}[w] for w in which] + ["采集人"]
    rows = []
    for i in range(6):
        x = back(d, 15 * i)
        r = [x.isoformat(), co.rng.choice(["核心交换机", "边界防火墙", "工控防火墙（热轧）", "网闸"])]
        for w in which:
            r.append({"config": "已导出，差异%d项" % co.rng.randint(0, 2), "traffic": "峰值%dMbps" % co.rng.randint(200, 1500),
                      "status": "CPU%d%% 内存%d%%" % (co.rng.randint(5, 50), co.rng.randint(25, 70))}[w])
        rows.append(r + [co.p(1)])
    return ledger("collect", "网络安全信息采集记录（%d年）" % d.year, d, True, [("采集记录", head, rows, ["16/" + w for w in which])])


def tickets(co, d, resp):
    head = ["工单号", "报修单位", "类别", "报修时间", "响应时间", "完成时间", "故障描述", "处理人", "状态"]
    rows = []
    for i in range(14):
        x = back(d, co.rng.randint(0, 30))
        h = co.rng.randint(0, 21)
        r = ["WO%s%03d" % (ymd(x), co.rng.randint(1, 999)), co.rng.choice(PLANTS + [co.ao["jv"], "营销部", "财务部"]),
             co.rng.choice(["故障报修", "服务请求", "咨询"]), "%s %02d:%02d" % (x.isoformat(), h, co.rng.randint(0, 59)),
             "%s %02d:%02d" % (x.isoformat(), h, co.rng.randint(0, 59)), "%s %02d:%02d" % (x.isoformat(), min(h + 2, 23), co.rng.randint(0, 59)),
             co.rng.choice(["计量终端无法读卡", "L2画面无数据", "产销系统登录慢", "打印机脱机", "账号权限申请", "质检数据未上传", "网络不通"]),
             co.rng.choice([co.p(co.rng.randint(0, 5)), co.vp(co.rng.randint(0, 2))]), "已关闭"]
        if not resp:
            r = r[:4] + r[5:]
        rows.append(r)
    if not resp:
        head = head[:4] + head[5:]
    items = ["43/process-records"] + (["55/response-times"] if resp else [])
    return ledger("tickets", "%s工单导出（%d年%d月）" % (co.ao["itsm"], d.year, d.month), d, True, [("工单", head, rows, items)],
                  note="导出人：%s  导出时间：%s" % (co.p(5), d.isoformat()))


def chg_export(co, d, with_rows=True):
    rows = []
    if with_rows:
        for i in range(co.rng.randint(5, 11)):
            x = back(d, co.rng.randint(0, 28))
            rows.append(["BG%s%02d" % (ymd(x), co.rng.randint(1, 60)), x.isoformat(), co.rng.choice(["一般变更", "标准变更", "重大变更"]),
                         co.rng.choice([co.ao["subs"]["net"], co.ao["subs"]["sys"], co.ao["subs"]["l2"]]),
                         co.rng.choice(["%s程序版本更新" % co.sys(0), "边界防火墙策略调整", "热轧L2服务器补丁", "IPS规则库升级", "环网交换机端口调整"]),
                         co.rng.choice(PLANTS + [co.ao["jv"], "全公司"]), co.boss,
                         co.rng.choice(["%s 定修窗口" % x.isoformat(), "%s 20:00-22:00" % x.isoformat()]),
                         co.rng.choice(["成功", "成功", "成功", "已回退"]), "已关闭"])
    return ledger("chg_export", "变更申请单台账（%s导出）" % co.ao["itsm"], d, True, [
        ("变更", ["变更单号", "申请日期", "变更类型", "申请单位", "变更内容", "影响单位", "审批人", "实施窗口", "实施结果", "状态"], rows,
         ["54/records", "43/process-records"])], note="导出时间：%s" % d.isoformat())


def ops_monthly(co, d, trend, data, avail):
    m = d.month - 1 or 12
    y = d.year if d.month > 1 else d.year - 1
    p = Paper("%d年%d月份信息系统运行分析月报" % (y, m)).head(("p", "%s    %s" % (co.ao["dept"], any_date(co, d))))
    p.part("总体运行情况", ["本月信息系统运行总体平稳，处理报修%d件，发生信息原因停机%d次，%s。"
                           % (co.rng.randint(120, 400), co.rng.randint(0, 3), co.rng.choice(["无A类故障", "A类故障1次"]))])
    p.part("运行指标趋势分析", [("table", [["指标", "%d月" % ((m - 3) % 12 + 1), "%d月" % ((m - 2) % 12 + 1), "%d月" % m, "趋势"],
                                             ["核心交换机CPU峰值", "41%", "46%", "52%", "上升"], ["产销系统日均并发用户", 1320, 1385, 1460, "上升"],
                                             ["网管告警数", 488, 431, 377, "下降"], ["出口带宽峰值（Mbps）", 620, 690, 745, "上升"]]),
                                  "核心交换机负荷和出口带宽持续上升，预计四季度需扩容出口带宽。"], ["50/monitoring-report"], trend)
    p.part("运维指标完成情况", [("table", [["指标", "本月"], ["异常报告及时率", "99%"], ["异常漏报率", "0.6%"], ["维护作业计划（点检计划）及时完成率", "98.5%"],
                                           ["故障隐患发现率", "90%"], ["异常主动发现率", "86%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                           ["加固设备覆盖率", "94%"], ["安全补丁安装及时率", "91%"], ["安全事件次数", co.rng.randint(1, 8)]])],
           ["56/data"], data)
    p.part("信息系统作业率（可用率）", [("table", [["系统", "目标", "本月", "停机次数"], [co.sys(0), "99.95%", "99.98%", 0],
                                                   [co.sys(1), "99.9%", "99.91%", 1], [co.sys(2), "99.9%", "99.84%", 2]]),
                                        "%s未达标，原因为配送公司侧光缆被挖断，已纳入可用性改进。" % co.sys(2)],
           ["18/availability-report", "22/report"], avail)
    p.part("下月重点", ["配合%s定修；完成边界防火墙特征库升级。" % co.rng.choice(PLANTS)])
    return p.doc("ops_monthly", d, True)


def avail_plan(co, d):
    p = Paper("%d年信息系统可用性保障计划" % d.year).head(("p", "%s    %s" % (co.ao["subs"]["sys"], any_date(co, d))))
    p.part("可用性目标", ["%s可用率≥99.95%%，%s、%s≥99.9%%；信息原因造成产线停机不超过1次/年。" % (co.sys(0), co.sys(1), co.sys(2))])
    p.part("保障措施", ["产销一体化双机热备和异地备份、全厂光纤环网、L2服务器冗余电源、关键备件定额储备、定修窗口检修。"])
    p.part("可用性事件监视和报告", ["所有停机在《信息系统故障停机台账》登记，按月在运行分析月报中报告作业率，未达标系统制定改进措施。"])
    p.items += ["18/availability-plan", "22/plan"]
    return p.doc("avail_plan", d, False)


def asset_book(co, d, area):
    devs = [("SW", "核心交换机", "华为CE12808", "全厂核心交换", "A"), ("FW", "边界防火墙", "华为USG6680", "办公网互联网边界", "A"),
            ("ICF", "工控防火墙", "威努特IGW-5000", "L2与L3边界隔离", "A"), ("GAP", "网闸", "安盟华御SIS-3000", "生产网与管理网单向摆渡", "A"),
            ("IPS", "入侵防御", "绿盟NIPS", "核心区入侵防御", "B"), ("SRV", "产销一体化数据库服务器", "浪潮TS860", co.sys(0), "A"),
            ("SRV", "计量服务器", "联想SR650", co.sys(1), "B"), ("SW", "汇聚交换机（冷轧）", "华三S7506X", "冷轧厂区汇聚", "B")]
    rows = []
    for i, (t, n, m, f, g) in enumerate(devs, 1):
        rows.append(["%s-%s-%03d" % (co.ao["code"], t, i), n, "网络安全设备" if t not in ("SRV",) else "服务器", m, f,
                     co.rng.choice(["信息中心主机房", "热轧电气室", "冷轧主控楼机房", "炼钢主控室"]) + "%d柜" % co.rng.randint(1, 20),
                     "上联%s" % ("核心交换机" if t != "SW" or i > 1 else "边界防火墙"), "生产网" if t in ("ICF", "GAP") else "管理网", g,
                     {"A": "双机/冗余电源", "B": "冷备"}[g], "V%d.%d" % (co.rng.randint(1, 9), co.rng.randint(0, 9)),
                     co.rng.choice([co.p(1), co.p(2), co.p(4)])])
    return ledger("asset_book", "信息设备台账（%s）" % area, d, True, [
        ("设备台账", ["设备编号", "设备名称", "类别", "规格型号", "功能", "安装位置", "端口对应", "网络区域", "设备分级（ABC）", "保护措施",
                     "软件版本", "点检责任人"], rows, ["13/asset-list", "43/asset-list"])], note="更新日期：%s" % d.isoformat())


def cmdb(co, d, rel):
    cis = [("边界防火墙策略集", "安全配置"), ("工控防火墙白名单策略", "安全配置"), ("%s应用参数" % co.sys(0), "应用配置"),
           ("L2-L3通讯接口配置", "接口配置"), ("产销数据库参数", "数据库配置"), ("堡垒机授权策略", "安全配置")]
    rows, links = [], []
    for i, (n, t) in enumerate(cis, 1):
        rows.append(["CI-%04d" % (300 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i),
                     co.rng.choice(["核心", "重要", "一般"]), "配置管理员读写，其余只读", "SHA256校验", "每日备份至备份服务器"])
        if rel and i > 1:
            links.append(["CI-%04d" % (300 + i), co.rng.choice(["依赖", "承载于", "关联"]), "CI-%04d" % (300 + i - 1)])
    return ledger("cmdb", "配置管理数据库导出（%s）" % co.ao["itsm"], d, True, [
        ("配置项", ["配置项编号", "名称", "类型", "版本", "责任人", "保密等级", "访问控制", "完整性校验", "备份"], rows, ["27/cmdb"]),
        ("关联关系", ["配置项", "关系", "关联配置项"], links, ["38/cmdb-relations"])])


def ci_changes(co, d):
    rows = [[back(d, 17 * i).isoformat(), "CI-%04d" % (301 + i % 6), co.rng.choice(["策略新增", "参数调整", "版本升级", "白名单更新", "授权回收"]),
             "BG%s%02d" % (ymd(back(d, 17 * i)), co.rng.randint(1, 40)), co.p(3), co.p(0)] for i in range(7)]
    return ledger("ci_changes", "配置项更新维护记录（%d年）" % d.year, d, True, [
        ("维护记录", ["日期", "配置项", "更新内容", "关联变更单", "维护人", "复核人"], rows, ["43/ci-updates"])])


def kb_export(co, d):
    titles = ["L2与L3通讯中断排查步骤", "汽车衡计量终端读卡失败处理", "产销系统月末结算慢处理", "工控主机白名单误拦截处理",
              "环网交换机环路定位方法", "质检LIMS数据未上传处理"]
    rows = [["KB%04d" % (200 + i), t, co.rng.choice(["典型故障案例", "操作指引"]), co.p(i), "已发布", back(d, 30 * i).isoformat()]
            for i, t in enumerate(titles)]
    return ledger("kb", "典型故障案例库及运维知识库导出", d, True, [("知识条目", ["编号", "标题", "分类", "提交人", "状态", "发布日期"], rows,
                                                               ["21/knowledge-base"])])


def baseline(co, d):
    rows = [["服务器", "口令策略", "长度≥8位，90天更换，5次失败锁定"], ["服务器", "远程管理", "禁用telnet，仅经堡垒机访问"],
            ["工控主机", "白名单", "启用应用程序白名单，禁用USB存储"], ["工控主机", "端口", "关闭135/139/445等不必要端口"],
            ["网络设备", "日志", "syslog发送至日志审计系统"], ["防火墙", "默认策略", "默认拒绝"]]
    return ledger("baseline", "信息系统及工控系统安全配置基线（%d版）" % d.year, d, False, [
        ("基线", ["对象", "检查项", "基线要求"], rows, ["25/baseline"])])


def reform(co, d, test, rollback):
    plant = co.rng.choice(["热轧厂", "冷轧厂"])
    p = Paper("%s L2服务器虚拟化改造实施方案" % plant).head(
        ("p", "变更单号：BG%s%02d    实施窗口：%s定修（%s 08:00-20:00）    编制：%s" % (ymd(d), co.rng.randint(1, 40), plant, d.isoformat(), co.p(4))))
    p.part("改造内容", ["将%s精轧、卷取L2物理服务器迁移至虚拟化平台，更换存储，升级操作系统。" % plant])
    p.part("测试验证计划", ["改造前在离线测试环境完成功能测试（模型计算、设定值下发）、性能测试（设定计算周期≤200ms）和安全测试（白名单、补丁）；",
                              "验证与L1 PLC、L3产销一体化、质检系统的网络兼容、系统兼容和应用兼容，形成测试记录。"], ["25/test-plan"], test)
    p.part("实施步骤", ["停产确认→数据备份→虚拟机上线→通讯联调→冷负荷试车→热负荷试车→交付生产。"])
    p.part("回退措施", ["原物理服务器保留不拆除，实施前完成全量备份；热负荷试车不成功时30分钟内切回原服务器，回退步骤已在测试环境演练。"],
           ["25/rollback", "11/rollback"], rollback)
    p.part("组织及安全措施", ["总指挥%s；实施%s、%s；生产厂配合人员由%s设备科指派。作业执行工作票制度。" % (co.boss, co.p(4), co.vp(2), plant)])
    return p.doc("reform", d, False)


def requirements(co, d):
    b = [("title", "智慧计量无人值守系统建设需求分析记录"), ("p", "%s    %s" % (co.ao["subs"]["mq"], any_date(co, d))),
         ("table", [["需求类别", "需求内容", "用户确认"], ["功能", "汽车衡自动识别车牌、自动计量、远程集中监控", "计量部已确认"],
                    ["性能", "单车计量时间≤90秒，数据实时上传产销一体化系统", "已确认"],
                    ["安全性", "计量终端接入生产网须经工控防火墙，满足等级保护二级", "已确认"]]),
         ("p", "用户代表签字：%s    %s" % (co.cp(1), co.p(2)))]
    return Doc("requirements", "需求分析记录", d, ["11/requirements"], True, b)


def compat(co, d):
    b = [("title", "L2服务器虚拟化改造兼容性验证报告"), ("p", "验证日期：%s" % any_date(co, d)),
         ("table", [["验证项", "内容", "结果"], ["网络兼容", "虚拟化平台与L1环网、L3管理网的连通和VLAN", "通过"],
                    ["系统兼容", "新操作系统与过程控制软件、数据库", "通过"], ["应用兼容", "模型计算、设定值下发、产销一体化接口", "通过"]]),
         ("p", "结论：改造后与原系统兼容，满足热负荷试车条件。验证人：%s  %s" % (co.p(4), co.vp(2)))]
    return Doc("compat", "兼容性验证报告", d, ["11/compatibility"], True, b)


def overhaul_plan(co, d):
    rows = [[i + 1, pl, "%d月%d日" % (d.month, co.rng.randint(1, 28)), co.rng.choice(["8小时", "12小时", "16小时"]),
             co.rng.choice(["L2服务器除尘、电源检查", "电气室交换机更换", "环网光缆熔接", "计量终端检修"]), co.ao["subs"]["l2"]]
            for i, pl in enumerate(PLANTS)]
    return ledger("overhaul_plan", "%d年%d月信息设备检修计划（定修模型）" % (d.year, d.month), d, True, [
        ("检修计划", ["序号", "生产厂", "定修日期", "定修时长", "信息检修项目", "责任单位"], rows, [])])


# ------------------------------------------------------------------------------ 网络安全 / 工控安全

def log_audit(co, d):
    p = Paper("%d年第%d季度网络安全日志审计分析报告" % (d.year, quarter(d))).head(
        ("p", "%s    审计人：%s    %s" % (co.ao["subs"]["net"], co.p(3), any_date(co, d))))
    p.part("网络及安全设备日志", ["汇聚边界防火墙、工控防火墙、网闸和IPS日志%d万条，发现境外扫描源IP %d个已封禁；工控防火墙拦截L2区域异常访问%d次，"
                                  "均为操作站未授权程序访问。" % (co.rng.randint(500, 8000), co.rng.randint(10, 70), co.rng.randint(3, 40))])
    p.part("服务器及操作系统日志", ["产销一体化数据库服务器、L2服务器登录日志审计，发现非工作时间登录%d次，核实为外委人员定修作业，已补办手续。" % co.rng.randint(1, 6)])
    p.part("网络应用日志", ["%s应用日志中异常登录尝试%d次，已锁定相关账号；%s接口调用失败日志集中在月末结算时段。" % (co.sys(0), co.rng.randint(20, 400), co.sys(2))])
    p.part("分析结论", ["本期未发现成功入侵，建议加强外委人员账号管理和工控主机白名单维护。"])
    p.items += ["17/log-analysis", "45/audit-report", "47/audit"]
    return p.doc("log_audit", d, True)


def sec_bulletin(co, d, n, full):
    p = Paper("网络安全通报（%d年第%d期）" % (d.year, n)).head(("p", "%s    %s" % (co.ao["dept"], any_date(co, d))),
                                                        ("p", "发送：各生产厂设备科、各部门信息管理员、%s" % co.ao["jv"]))
    p.part("漏洞通告", ["国家工业信息安全发展研究中心通报：某品牌PLC及组态软件存在远程代码执行漏洞（CNVD-%d-%05d），公司热轧、冷轧部分操作站受影响，"
                       "请配合在定修时升级。" % (d.year, co.rng.randint(10000, 49999))], ["52/vulnerability", "53/bulletin"])
    p.part("厂商安全通告", ["防火墙、主机安全厂商发布本月补丁，已在测试环境验证，按标准变更实施。"])
    p.part("病毒通告", ["近期针对制造业的勒索病毒通过U盘和远程桌面弱口令传播，工控主机严禁使用未经摆渡机查杀的移动介质。"], ["52/virus"], full)
    p.part("政策法规及业界动态", ["工信部发布工业控制系统网络安全防护指南修订版；同行业某钢厂发生勒索病毒导致L2停机事件。"], ["52/policy"], full)
    p.part("分析及处置建议", ["经比对设备台账，受影响操作站%d台，已列入各厂%d月定修项目；办公网受影响终端已推送补丁。"
                             % (co.rng.randint(4, 30), d.month % 12 + 1)], ["52/analysis"], full)
    return p.doc("sec_bulletin", d, True)


def sec_stats(co, d, analysis):
    rows = []
    for m in range(1, d.month + 1):
        a, b_, c = co.rng.randint(0, 4), co.rng.randint(0, 9), co.rng.randint(0, 2)
        rows.append(["%d月" % m, a, b_, c, a + b_ + c])
    sheets = [("统计", ["月份", "有害程序事件", "网络攻击事件", "工控系统安全事件", "合计"], rows, ["18/incident-stats"]),
              ("分析", ["分析意见"], [["网络攻击以境外扫描为主；有害程序集中在办公终端和少数通过U盘感染的工控操作站，"
                                     "建议各厂严格执行移动介质摆渡制度，纳入安全生产检查。"]] if analysis else [], ["18/incident-analysis"])]
    return ledger("sec_stats", "网络安全事件统计分析表（%d年1-%d月）" % (d.year, d.month), d, True, sheets)


def pentest_plan(co, d):
    b = [("title", "%d年度渗透测试计划" % d.year), ("p", "%s    %s" % (co.ao["subs"]["net"], any_date(co, d))),
         ("table", [["批次", "测试对象", "方式", "时间", "负责人"], [1, "公司门户及电商平台", "黑盒", "4月", co.p(3)],
                    [2, co.sys(0) + "（互联网访问部分）", "灰盒", "7月", co.p(3)], [3, co.customer + "办公网", "灰盒", "10月", co.p(1)]]),
         ("p", "测试前取得归口部门书面授权；L2及以下工控网络不做渗透测试。")]
    return Doc("pentest_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pentest_report(co, d):
    p = Paper("公司门户及电商平台渗透测试报告").head(("p", "测试时间：%s    测试人员：%s、%s    授权书编号：SQ%s" % (any_date(co, d), co.p(3), co.vp(2), ymd(d))))
    p.part("测试范围", ["公司门户网站、钢材电商平台对外接口及管理后台。"])
    p.part("发现问题", [("table", [["编号", "问题", "等级", "整改情况"], ["PT-01", "电商平台订单接口越权查询", "高", "已修复"],
                                   ["PT-02", "后台管理页面未限制登录失败次数", "中", "已修复"], ["PT-03", "中间件版本信息泄露", "低", "已修复"]])])
    p.part("复测结论", ["高中危问题已全部整改并复测通过。"])
    p.items += ["31/pentest-records", "32/pentest-records"]
    return p.doc("pentest", d, True)


def grading(co, d):
    b = [("title", "%s安全保护等级定级报告" % co.sys(0)), ("p", "定级日期：%s" % any_date(co, d)),
         ("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第三级；系统安全保护等级：第三级。"),
         ("p", "经专家评审，已向属地公安机关备案，备案编号%s-%d-%05d。" % (co.ao["code"], d.year, co.rng.randint(1, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_std(co, d):
    b = [("title", "公司信息系统及工业控制系统安全保护等级划分标准"), ("p", "技术标准  %s-JS-%03d    %s" % (co.ao["code"], 70 + co.rng.randint(0, 9), any_date(co, d))),
         ("p", "依据GB/T 22240，按业务信息和系统服务受到破坏时所侵害的客体和侵害程度确定等级："),
         ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第二级"],
                    ["社会秩序、公共利益", "第二级", "第三级", "第四级"]]),
         ("p", "产销一体化系统原则上定为第三级；计量、质检系统定为第二级；炼铁、炼钢、热轧、冷轧L2过程控制系统参照工控系统分级，不低于第二级。")]
    return Doc("grading_std", "等级划分标准", d, ["51/grading-criteria"], False, b)


def dev_plan(co, d):
    b = [("title", "%d年度信息安全工具自主开发计划" % d.year), ("p", "%s    %s" % (co.ao["subs"]["sys"], any_date(co, d))),
         ("p", "根据各厂和%s的需求及部内开发能力，计划自主开发以下工具：" % co.ao["jv"]),
         ("table", [["工具名称", "用途", "计划完成", "负责人"], ["工控主机白名单核对工具", "批量核对操作站白名单和病毒库版本", "%d年6月" % d.year, co.p(3)],
                    ["点检记录移动端", "点检员现场录入点检数据", "%d年9月" % d.year, co.p(2)],
                    ["L2服务器状态采集脚本", "自动采集阵列和电源状态", "%d年11月" % d.year, co.p(4)]])]
    return Doc("dev_plan", "开发计划", d, ["33/dev-plan"], False, b)


def vscan_export(co, d):
    rows = [["10.%d.%d.%d" % (co.rng.randint(1, 60), co.rng.randint(0, 255), co.rng.randint(2, 250)), v, g]
            for v, g in (("SSL证书过期", "低"), ("OpenSSH版本过低", "中"), ("SMB签名未启用", "中"), ("数据库弱口令", "高"))]
    return Doc("vscan", "漏洞扫描导出", d, [], True, sheets=[("漏洞列表", [["漏洞扫描任务导出"], ["IP", "漏洞名称", "风险等级"]] + rows)])


def ics_selfcheck(co, d):
    rows = [["安全软件选择与管理", "工控主机安装白名单软件", "部分符合"], ["配置和补丁管理", "定修期间安装补丁", "符合"],
            ["边界安全防护", "L2与L3之间部署工控防火墙", "符合"], ["物理和环境安全", "电气室门禁", "符合"],
            ["身份认证", "操作站共用账号", "不符合"], ["远程访问安全", "禁止L2远程维护", "符合"]]
    return ledger("ics_selfcheck", "工业控制系统信息安全防护自查表（%d年）" % d.year, d, True, [
        ("自查", ["检查项", "检查内容", "自查结论"], rows, [])], note="报送：属地工业和信息化主管部门")


def dengbao_fix(co, d):
    rows = [[1, "安全计算环境", "数据库未开启审计", co.ao["subs"]["sys"], "已整改"], [2, "安全区域边界", "办公网与生产网访问控制粒度粗", co.ao["subs"]["net"], "整改中"],
            [3, "安全管理中心", "未集中管控日志", co.ao["subs"]["net"], "已整改"]]
    return ledger("dengbao_fix", "%s等级保护测评问题整改台账" % co.sys(0), d, True, [("整改台账", ["序号", "层面", "问题", "责任单位", "状态"], rows, [])])


# ------------------------------------------------------------------------------ 应急

def emergency_plan(co, d, strategy, recovery):
    p = Paper("%s网络安全事件应急预案" % co.ao["grp"]).head(
        ("p", "（%d年修订）  编号：%s-YA-%02d  %s编制  安全环保部会签  公司应急领导小组审定" % (d.year, co.ao["code"], co.rng.randint(10, 30), co.ao["dept"])))
    p.part("总则", ["为建立公司网络安全和信息系统突发事件应急响应机制，保障生产和产销业务连续运行，制定本预案。本预案是公司安全生产应急预案体系的专项预案。"])
    p.part("组织机构及职责", ["应急领导小组组长由分管副总经理担任，%s%s任副组长；下设技术处置组、生产协调组（生产调度及各厂）、后勤保障组。" % (co.ao["dept"], co.boss)])
    p.part("事件分级及响应", ["Ⅰ级（造成两条及以上产线停机或全公司产销业务中断超过1小时）15分钟内启动响应；Ⅱ级（单条产线停机）30分钟内启动；"
                             "Ⅲ级由值班长处置。"])
    p.part("应急处置程序", ["报告→研判→启动预案→隔离（必要时断开L2与L3连接，产线转本地模式）→处置→恢复验证→结束应急→总结报告。"])
    p.part("恢复策略", ["%s RTO≤1小时、RPO≤15分钟，采用双机切换和异地备份恢复；L2系统切换至备用服务器或本地模式保产；%s RTO≤4小时。"
                       % (co.sys(0), co.sys(2))], ["55/plan"], strategy)
    p.part("系统恢复计划", ["按“网络→数据库→产销一体化→计量质检→配送接口”的顺序恢复，各系统恢复步骤、责任人和验证要点见附件1-3。"],
           ["36/recovery-plan"], recovery)
    p.part("附则", ["本预案每三年修订一次，每年至少演练一次。"])
    p.items += ["36/emergency-plan", "53/emergency-plan"]
    return p.doc("emergency_plan", d, False)


def dr_plan(co, d):
    p = Paper("%s系统恢复预案" % co.sys(0)).head(("p", "%s    %s    版本B/0" % (co.ao["subs"]["sys"], any_date(co, d))))
    p.part("恢复目标", ["RTO 1小时，RPO 15分钟。"])
    p.part("恢复资源", ["备用数据库服务器、异地备份（炼铁厂区机房）、备份与恢复作业标准。"])
    p.part("恢复步骤", ["宣布启动→网络确认→数据库接管或从备份恢复→应用启动→各厂及营销部业务验证→回切。"])
    p.items.append("36/recovery-plan")
    return p.doc("dr_plan", d, False)


def bcp(co, d):
    p = Paper("信息系统业务连续性计划").head(("p", "版本V%d.0    %s    公司网络安全和信息化领导小组审批" % (co.rng.randint(1, 3), any_date(co, d))))
    p.part("适用范围", ["适用于产销一体化、计量、质检及%s配送业务等关键信息系统。" % co.ao["jv"]])
    p.part("业务影响分析结论", ["订单排产、出厂计量、质保书出具为关键业务，最大可容忍中断时间4小时；热轧、冷轧L2中断直接造成产线停机。"])
    p.part("应急响应和灾难恢复机制", ["由《网络安全事件应急预案》和各系统恢复预案支撑；计量系统故障时启用手工过磅和补录流程，L2故障时产线转本地模式。"])
    p.part("演练及维护", ["每年至少组织一次业务连续性演练，每年评审更新。"])
    p.items.append("42/bcp")
    return p.doc("bcp", d, False)


def drill(co, d, kind):
    if kind == "r":
        t = "%s数据库切换及恢复演练记录" % co.sys(0)
        scene = "模拟%s主数据库服务器故障，切换至备用服务器并从备份恢复" % co.sys(0)
        items = ["40/recovery-drill", "53/drill"]
        form = "实战演练"
        proc = "20:00宣布演练开始→20:06确认故障→20:20完成切换→20:55数据恢复校验→21:20各厂业务验证通过→22:10回切"
    else:
        t = "网络安全事件应急演练记录"
        scene = "模拟%s L2操作站感染勒索病毒并向过程控制网段扩散" % co.rng.choice(["冷轧酸轧线", "热轧精轧", "炼钢连铸"])
        items = ["40/emergency-drill", "53/drill"]
        form = co.rng.choice(["实战演练", "桌面推演", "实战演练"])
        proc = "09:00发现告警→09:07启动预案→09:20断开L2与L3连接→10:30清除并恢复→11:00总结讲评"
    b = [("title", t),
         ("table", [["演练时间", any_date(co, d)], ["演练形式", form], ["演练场景", scene],
                    ["参演单位", "%s各%s、生产调度、%s" % (co.ao["dept"], co.ao["unit"], co.rng.choice(PLANTS))], ["演练过程", proc],
                    ["演练结果", "达到预期，恢复用时%d分钟" % co.rng.randint(20, 70)], ["存在问题", "生产厂配合人员通知不及时"],
                    ["记录人", co.p(3)], ["审核", co.boss]])]
    return Doc("drill", "演练记录", d, items, True, b)


def drill_scheme(co, d):
    b = [("title", "%d年网络安全事件应急演练方案" % d.year), ("p", "%s    %s" % (co.ao["subs"]["zh"], any_date(co, d))),
         ("h1", "一、演练目的"), ("p", "检验《网络安全事件应急预案》的可操作性，提高各厂配合能力。"),
         ("h1", "二、演练时间"), ("p", "拟于%d年%d月结合冷轧厂定修进行。" % (d.year, min(12, d.month + 1))),
         ("h1", "三、职责分工"), ("p", "总指挥%s；技术处置组%s；生产协调组由生产调度负责。" % (co.boss, co.p(3)))]
    return Doc("drill_scheme", "演练方案", d, [], False, b, decoy="drill plan, neither the plan nor the record")


# ------------------------------------------------------------------------------ 监视测量、审核、评审、改进

def kpi_watch(co, d):
    rows = [["用户满意度", "≥90分", "%d分" % co.rng.randint(90, 95), "是", "—", 10],
            ["用户投诉", "≤3件/年", "2件", "是", "—", 5],
            ["信息原因产线停机", "≤1次/年", "2次", "否", "纠正预防措施单JZ-%d-%02d" % (d.year, co.rng.randint(1, 9)), 20],
            ["变更成功率", "≥98%", "96.9%", "否", "纠正预防措施单JZ-%d-%02d" % (d.year, co.rng.randint(10, 19)), 15],
            ["点检计划完成率", "≥98%", "99.1%", "是", "—", 15], ["服务级别达成率", "≥95%", "96.4%", "是", "—", 20]]
    return ledger("kpi_watch", "%s%d年经济责任制指标考核表（1-%d月）" % (co.ao["dept"], d.year, d.month), d, True, [
        ("指标考核", ["考核指标", "目标值", "实际完成", "是否达成", "措施", "权重"], rows, ["57/measurement"])])


def capa_form(co, d, verified):
    b = [("title", "纠正预防措施单"),
         ("table", [["编号", "JZ-%d-%02d" % (d.year, co.rng.randint(10, 19))], ["问题来源", "经济责任制考核：变更成功率96.9%，未达98%"],
                    ["原因分析", "测试环境与生产配置不一致，2次变更回退"], ["纠正措施", "建立测试环境配置同步机制，变更前核对"],
                    ["预防措施", "变更评审增加测试环境一致性检查项"], ["责任单位", co.ao["subs"]["sys"]], ["完成期限", any_date(co, d)],
                    ["效果验证", "实施后连续三个月变更成功率99.2%，措施有效" if verified else ""], ["验证人", co.p(0) if verified else ""]])]
    return Doc("capa", "纠正预防措施单", d, ["57/capa"] + (["66/effectiveness"] if verified else []), True, b)


def hidden_book(co, d, verified):
    rows = [[back(d, 30 * i).isoformat(), co.rng.choice(["热轧电气室交换机运行超10年", "产销数据库存储使用率86%", "L2服务器冗余电源老化",
                                                       "工控防火墙特征库授权临期", "计量服务器单电源"]),
             co.rng.choice(["列入定修更换", "扩容", "更换电源并纳入点检标准", "提前续保", "加装冗余电源"]), co.p(i % 6),
             "已验证有效，销项" if verified else "实施中"] for i in range(5)]
    return ledger("hidden_book", "信息设备隐患排查治理台账（%d年）" % d.year, d, True, [
        ("隐患台账", ["发现日期", "隐患描述", "预防措施", "责任人", "验证销项"], rows, ["66/effectiveness"] if verified else [])])


def internal_audit(co, d):
    p = Paper("%d年度信息化运维管理体系内部审核报告" % d.year).head(("p", "审核组长：%s    审核日期：%s" % (co.p(3), any_date(co, d))))
    p.part("审核目的及依据", ["验证信息化运维服务管理体系满足ISO/IEC 20000-1标准和公司管理标准的要求、满足各厂及%s的服务需求和服务协议要求，"
                             "并得到有效实施和保持。" % co.ao["jv"]])
    p.part("审核范围", ["%s全部%s及信息服务台。" % (co.ao["dept"], co.ao["unit"])])
    p.part("审核发现", ["开具不符合项3项：点检记录漏签；2张变更单缺回退验证记录；知识库条目超期未复核。"])
    p.part("审核结论", ["体系运行总体有效，不符合项已下发纠正预防措施单。"])
    p.items.append("59/internal-audit")
    return p.doc("internal_audit", d, True)


def mgmt_review(co, d, inputs):
    p = Paper("%d年度信息化运维管理评审报告" % d.year).head(("p", "评审时间：%s    主持：%s    参加：部（科）领导、各%s长" % (any_date(co, d), co.boss, co.ao["unit"])))
    txt = {"perf": ("服务和流程的执行情况及符合性", "服务级别达成率96.4%，故障、变更、问题等流程按管理标准执行，内审不符合项3项已整改，流程符合性良好。",
                    ["59/management-review", "60/performance"]),
           "fb": ("用户反馈", "用户满意度测评92分，投诉2件（热线接通慢、变更未提前通知）均已处理。", ["60/customer-feedback"]),
           "res": ("当前及预测资源水平", "现有运维人员%d人、外委驻厂%d人；明年冷轧二期L2上线，预计需增加点检员3人。" % (co.rng.randint(24, 45), co.rng.randint(4, 10)),
                   ["60/resources"]),
           "ca": ("纠正措施进展情况", "上年度评审提出的5项措施完成4项，1项（电气室交换机更换）随定修进行中。", ["60/corrective-actions"]),
           "chg": ("可能影响运维服务的变更", "冷轧二期建设、产销一体化系统升级、工控安全防护新要求、%s扩产。" % co.ao["jv"], ["60/changes"]),
           "imp": ("改进的机会", "信息原因产线停机超标、变更成功率未达标、点检记录移动化。", ["60/improvements"])}
    for k in inputs:
        h, s, its = txt[k]
        p.part(h, [s], its)
    p.part("评审结论", ["信息化运维服务管理体系持续适宜、充分、有效；同意增加点检员编制和改善项目费用。"])
    return p.doc("mgmt_review", d, True)


def cert(co, d, kind):
    if kind == "20000":
        b = [("title", "信息技术服务管理体系认证证书"), ("p", "兹证明：%s股份有限公司%s" % (co.ao["grp"], co.ao["dept"])),
             ("p", "建立的信息技术服务管理体系符合 ISO/IEC 20000-1:2018"),
             ("p", "认证范围：向公司内部及关联企业提供信息系统运行维护和网络安全服务"),
             ("p", "发证日期：%s    有效期至：%d年%d月%d日" % (cnd(d), d.year + 3, d.month, d.day))]
        return Doc("cert", "ISO20000证书", d, ["61/audit-system"], False, b)
    if kind == "lhrh":
        b = [("title", "两化融合管理体系评定证书"), ("p", "%s股份有限公司" % co.ao["grp"]),
             ("p", "两化融合管理体系符合 GB/T 23001-2017"), ("p", "评定范围：与钢铁产品生产、销售相关的两化融合管理活动"),
             ("p", "打造的新型能力：基于产销一体化的订单全流程管控能力"), ("p", "发证日期：%s" % cnd(d))]
        return Doc("cert_lhrh", "两化融合证书", d, [], False, b)
    b = [("title", "质量管理体系认证证书"), ("p", "%s股份有限公司" % co.ao["grp"]), ("p", "质量管理体系符合 GB/T 19001-2016/ISO 9001:2015"),
         ("p", "认证范围：热轧钢板、冷轧钢带的设计和生产"), ("p", "发证日期：%s" % cnd(d))]
    return Doc("cert_9001", "ISO9001证书", d, [], False, b)


def improve_plan(co, d, criteria):
    p = Paper("%d年度信息化运维持续改进计划" % d.year).head(("p", "%s编制    %s    部长办公会审定" % (co.ao["subs"]["zh"], any_date(co, d))))
    p.part("改进项目", [("table", [["改进项目", "来源", "改进目标", "责任单位", "完成时间"],
                                   ["L2服务器状态自动点检", "故障分析", "L2冗余部件故障发现时间由1周降至1小时", co.ao["subs"]["l2"], "%d年6月" % d.year],
                                   ["电气室交换机更新", "隐患排查", "信息原因产线停机≤1次/年", co.ao["subs"]["net"], "%d年10月" % d.year],
                                   ["变更测试环境一致性", "内部审核", "变更成功率≥98%", co.ao["subs"]["sys"], "%d年5月" % d.year]])],
           ["64/plan", "68/plan"])
    p.part("改进机会评估标准", ["按对生产的影响（40%）、实施成本（30%）、风险（30%）评分，70分及以上列入计划；改进项目须经识别、登记、批准、"
                                "评估、测量和报告。"], ["64/criteria"], criteria)
    return p.doc("improve_plan", d, True)


def proposals(co, d):
    b = [("title", "%d年合理化建议及改善项目评审表" % d.year), ("p", "%s    %s" % (co.ao["subs"]["zh"], any_date(co, d))),
         ("table", [["改善项目", "提出人", "生产影响", "实施成本", "风险", "加权得分", "优先级", "评审意见"],
                    ["L2服务器硬盘阵列状态自动点检", co.p(4), 9, 8, 9, 88, "高", "立项"], ["计量终端离线自动告警", co.p(2), 8, 8, 8, 81, "高", "立项"],
                    ["点检记录移动端录入", co.p(1), 6, 6, 8, 66, "中", "下年度"], ["机房巡检机器人", co.vp(0), 5, 3, 7, 48, "低", "不立项"]]),
         ("p", "按加权得分排序，经%s办公会批准前两项立项。    批准：%s" % ("部长" if co.ao["boss"] == "部长" else "科长", co.boss))]
    return Doc("proposals", "改善项目评审表", d, ["67/analysis", "67/prioritisation"], True, b)


def one_proposal(co, d):
    b = [("title", "合理化建议表"),
         ("table", [["建议人", co.p(1)], ["单位", co.ao["subs"]["net"]], ["建议名称", "交换机机柜加装温度监测"],
                    ["现状及问题", "电气室夏季温度高，交换机易宕机"], ["建议内容", "机柜加装温度传感器接入网管"], ["日期", any_date(co, d)]])]
    return Doc("one_proposal", "合理化建议表", d, [], True, b)


def qc_report(co, d):
    p = Paper("提高L2服务器冗余部件完好率（QC小组成果报告）").head(
        ("p", "小组名称：%s“护航”QC小组    组长：%s    注册号：QC-%d-%02d    %s" % (co.ao["subs"]["l2"], co.p(4), d.year, co.rng.randint(1, 30), any_date(co, d))))
    p.part("选题理由及现状调查", ["%d年因L2服务器冗余电源、风扇失效未及时发现导致停机3次，冗余部件完好率仅92.5%%。" % (d.year - 1)])
    p.part("设定目标", ["冗余部件完好率由92.5%提高到99%以上。"])
    p.part("原因分析及要因确认", ["鱼骨图分析，确认要因：点检标准缺少冗余部件项目；状态告警未上送网管。"])
    p.part("制定对策", [("table", [["要因", "对策", "目标", "负责人", "完成时间"], ["点检标准缺项", "修订点检标准增加冗余部件检查", "覆盖100%", co.p(1), "3月"],
                                   ["告警未上送", "开发状态采集脚本接入网管", "告警延迟≤5分钟", co.p(4), "5月"]])])
    p.part("对策实施", ["3月修订点检标准并培训点检员；5月状态采集脚本在热轧、冷轧L2服务器全部上线。"])
    p.part("效果检查", ["6-9月冗余部件完好率99.4%，目标实现；期间未发生因冗余部件失效导致的停机。"])
    p.part("巩固措施及下一步打算", ["将修订的点检标准纳入作业标准；下一课题：降低计量终端故障率。"])
    p.items += ["68/plan", "68/implementation", "68/effectiveness"]
    return p.doc("qc_report", d, True)


def awareness(co, d):
    rows = [[i + 1, co.p(i), co.ao["subs"][k], "已签"] for i, k in enumerate(["zh", "net", "sys", "net", "l2", "sys"])] + [[7, co.vp(0), "外委驻厂", "已签"]]
    return ledger("awareness", "“持续改进 精益运维”专题宣贯培训签到及考试记录", d, True, [
        ("签到", ["序号", "姓名", "单位", "签到"], rows, ["69/awareness-training"]),
        ("培训信息", ["项目", "内容"], [["时间", any_date(co, d)], ["授课人", co.p(0)],
                                       ["内容", "持续服务改进的意义、改善提案和合理化建议的提出、QC小组活动方法、优秀改善案例"],
                                       ["考试", "平均%d分" % co.rng.randint(84, 96)]], [])])


def defects(co, d):
    p = Paper("%d年信息系统运行质量分析及改进报告" % d.year).head(("p", "%s    %s" % (co.ao["dept"], any_date(co, d))))
    p.part("重大故障", ["%d月%s L2与L3通讯中断，产线停机%d分钟，原因为电气室交换机电源故障且冗余电源失效。" % (co.rng.randint(2, 8), co.rng.choice(["热轧", "冷轧"]), co.rng.randint(30, 80))])
    p.part("失败变更", ["2次变更回退，均因测试环境与生产配置不一致。"])
    p.part("服务不达标", ["第三季度信息服务热线接通率88%，未达92%的约定；信息原因产线停机2次，超过年度指标。"])
    p.part("改进计划", ["电气室交换机双电源改造并纳入点检标准；测试环境配置同步；夜班增加服务台人员。"])
    p.items.append("70/defect-analysis")
    return p.doc("defects", d, True)


def year_summary(co, d, data, forecast):
    p = Paper("%s%d年度工作总结及%d年工作安排" % (co.ao["dept"], d.year - 1, d.year)).head(("p", "%s" % any_date(co, d)))
    p.part("全年工作回顾", ["完成热轧L2虚拟化改造、全厂环网改造、智慧计量无人值守上线；全年信息原因产线停机%d次。" % co.rng.randint(1, 3)])
    p.part("运维数据汇总", [("table", [["指标", "全年"], ["异常报告及时率", "98.8%"], ["异常漏报率", "0.5%"], ["维护作业计划（点检计划）及时完成率", "98.2%"],
                                       ["故障隐患发现率", "91%"], ["异常主动发现率", "87%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                       ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(12, 50)]])],
           ["56/data"], data)
    p.part("运维数据分析及预测", ["汇总全年日志、变更、故障、服务请求和问题数据：故障报修同比下降12%，服务请求上升28%，变更集中在定修窗口；"
                                  "预测冷轧二期投产后L2服务器数量增加40%，服务请求继续增长约20%，需增加点检员和服务台人员并推广自助服务。"],
           ["71/forecast"], forecast)
    p.part("%d年重点工作" % d.year, ["冷轧二期信息化配套；工控安全防护提升；%s系统升级。" % co.ao["jv"]])
    return p.doc("year_summary", d, True)


# ------------------------------------------------------------------------------ real documents that prove nothing

def duibiao(co, d):
    b = [("title", "%d年上半年信息化指标对标分析" % d.year), ("p", "%s    %s" % (co.ao["subs"]["zh"], any_date(co, d))),
         ("table", [["指标", "本公司", "对标企业A", "对标企业B", "差距"], ["吨钢信息化投入（元）", 11.2, 14.6, 9.8, "中等"],
                    ["信息系统作业率", "99.93%", "99.97%", "99.90%", "-0.04%"], ["万吨钢信息运维人员", 0.52, 0.41, 0.60, "偏高"]]),
         ("p", "结论：运维人员效率与先进企业有差距，下半年通过点检移动化提升效率。")]
    return Doc("duibiao", "对标分析", d, [], True, b)


def contest(co, d):
    b = [("title", "“降故障、保作业率”劳动竞赛实施方案"), ("p", "%s    %s" % (co.ao["dept"], any_date(co, d))),
         ("h1", "一、竞赛时间"), ("p", "%d年7月1日至12月31日。" % d.year),
         ("h1", "二、竞赛内容"), ("p", "以各%s为单位，比点检质量、比故障停机时间、比用户满意度。" % co.ao["unit"]),
         ("h1", "三、奖励"), ("p", "设一等奖1个、二等奖2个，奖金从部门工资总额中列支。")]
    return Doc("contest", "劳动竞赛方案", d, [], False, b)


def hazard(co, d):
    rows = [["电气室交换机更换", "触电", 3, 6, 7, 126, "三级", "停送电确认、工作票"], ["机房UPS电池更换", "电池漏液灼伤", 1, 6, 7, 42, "四级", "劳保用品"],
            ["热轧主控楼布线", "高处坠落", 3, 2, 15, 90, "三级", "安全带、监护"], ["煤气区域巡检", "煤气中毒", 1, 3, 40, 120, "三级", "携带煤气报警仪、双人"]]
    return ledger("hazard", "%s危险源辨识与风险评价表（LEC法）" % co.ao["dept"], d, True, [
        ("危险源", ["作业活动", "危险因素", "L", "E", "C", "D", "风险等级", "控制措施"], rows, [])])


def safety_selfcheck(co, d):
    b = [("title", "%d年安全生产标准化自评报告（%s）" % (d.year, co.ao["dept"])),
         ("p", "依据《冶金企业安全生产标准化评定标准》对部门安全管理、现场作业、隐患治理进行自评，得分%d分。" % co.rng.randint(82, 93)),
         ("p", "扣分项：部分作业人员安全培训记录不全；电气室临时线缆未规范。")]
    return Doc("safety", "安全标准化自评", d, [], True, b)


def signin(co, d, what):
    rows = [[i + 1, co.p(i), co.ao["subs"][["zh", "net", "sys", "l2", "mq", "net"][i]], ""] for i in range(6)]
    return Doc("signin", "学习签到表", d, [], True, sheets=[("签到", [["《%s》学习签到表" % what], ["时间：%s" % any_date(co, d)],
                                                                     ["序号", "姓名", "单位", "签名"]] + rows)], decoy="sign-in about a plan or standard")


def std_index(co, d, keys):
    b = [("title", "%s现行有效制度和标准目录" % co.ao["dept"]), ("p", "%s" % any_date(co, d)),
         ("p", "经年度清理，现行有效的制度和标准共%d项：" % len(keys))] + \
        [("p", "%d. 《%s》（%s-%s-%03d）" % (i, STDS[k][0], co.ao["code"], STDS[k][1], STD_NO[k])) for i, k in enumerate(keys, 1)]
    return Doc("std_index", "制度目录", d, [], False, b, decoy="list citing the standards by 《》")


def mr_notice(co, d):
    b = [("title", "关于召开%d年度信息化运维管理评审会议的通知" % d.year),
         ("p", "定于%s召开管理评审会议，请各%s准备服务执行情况、用户反馈、资源需求、纠正措施进展和改进建议等评审输入材料。" % (cnd(d), co.ao["unit"])),
         ("p", co.ao["subs"]["zh"])]
    return Doc("mr_notice", "管理评审通知", d, [], True, b, decoy="meeting notice")


UNREL = [
    ("工会", "关于评选%d年度劳动模范和先进生产者的通知", ["各分工会：按照公司工会安排，评选年度劳动模范，名额按职工人数3%%分配。"]),
    ("生产", "%d年高炉大修期间生产组织方案", ["2号高炉计划大修75天，期间铁水平衡由1号、3号高炉承担，炼钢厂相应调整冶炼节奏。"]),
    ("环保", "超低排放改造进展通报", ["烧结机头烟气脱硝、原料场全封闭改造已完成，正在开展无组织排放监测。"]),
    ("后勤", "职工食堂就餐管理规定", ["倒班职工凭工卡在各厂区食堂就餐，夜班餐补每餐12元。"]),
    ("党建", "关于开展“安全生产月”主题党日活动的通知", ["各党支部结合安全生产月，组织党员开展身边隐患排查。"]),
    ("营销", "%d年钢材价格调整通知", ["热轧板卷出厂价格上调%d元/吨，自即日起执行。"]),
]


def unrelated(co, d, i):
    folder, t, ps = UNREL[i]
    t = t % d.year if "%d" in t else t
    b = [("title", t)] + [("p", p % co.rng.randint(50, 300) if "%d" in p else p.replace("%%", "%")) for p in ps]
    return folder, t, Doc("unrelated", t, d, [], False, b, decoy="unrelated")


# ------------------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an AO share: 01制度标准/, 02<综合>/, 03<网络>/, 04<系统>/, 05<过程控制>/, 06<计量质检>/,
    07<配送公司>运维服务/, 08应急管理/, 公司发文/<year>/, 个人文件夹/, 其他/, 归档/<year>/, a #recycle bin."""
    co.ao = AO_INFO[getattr(co, "info_id", co.id)]
    co.ao_no = {}
    r = co.rng
    S = co.ao["subs"]
    optional = ["fee", "hist_an", "strategy", "kpis", "svc", "sldola", "roster", "roles", "interface", "compat", "req", "baseline",
                "collect", "kb", "ptplan", "pt", "dev", "grading", "grading_std", "bcp", "drill_r", "drill_e", "trend", "callbacks",
                "desk_train", "hidden", "iplan", "proposals", "qc", "aware", "ia", "mr", "defects", "secstats", "logaudit", "aplan",
                "outage", "kpi", "capa", "ci", "cmdb", "assets", "drplan", "cert", "hw", "jmdj", "yearsum", "reform", "catalog"]
    gaps = set(co.ao["gaps"]) | {k for k in optional if r.random() < 0.03 and k not in co.ao["olds"]}
    olds = set(co.ao["olds"]) - gaps
    co.gaps, co.oldonly = gaps, olds
    made = []

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.35)
        opt.setdefault("styled", r.random() < 0.65)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxzdh", "User", "微软用户"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            n = 1
            while "%s(%d).%s" % (base, n, ext) in co.used:
                n += 1
            rel = "%s(%d).%s" % (base, n, ext)
        co.add(rel, doc, **opt)
        return rel

    def slot(k, name, factory, age="record", **opt):
        if k in gaps:
            return None
        d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        put(name(d), doc, **opt)
        if doc.items and doc.record and k not in olds:
            made.append((name, factory, d))
        return doc

    scan = {"creator": "Canon iR-ADV C5535 (OCR)", "author": "scanner", "styled": False}
    wps = {"creator": "WPS 文字"}
    ZD = "01制度标准/"
    ZH, NET, SYS, L2, MQ = "02%s/" % S["zh"], "03%s/" % S["net"], "04%s/" % S["sys"], "05%s/" % S["l2"], "06%s/" % S["mq"]
    JV = "07%s运维服务/" % co.ao["jv"]
    YJ = "08应急管理/"
    who = "部长" if co.ao["boss"] == "部长" else "科长"

    def yr(d):
        return "%d年/" % d.year

    def ym(d):
        return "%d年/%02d月/" % (d.year, d.month)

    # --- 制度标准: 公司制度 by 红头, 管理标准 as 企业标准, 作业标准, a 汇编
    keys = [k for k in STDS if k not in gaps]
    pool = [k for k in keys if k != "djgl"]
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(4, 7)], key=list(STDS).index)
    d = co.issued()
    put(ZD + "汇编/%s管理标准汇编（%d版）.pdf" % (co.ao["dept"], d.year), compilation(co, d, in_book), **wps)
    red_only_done = False
    for k in keys:
        if k in in_book and r.random() < 0.65:
            continue
        d = co.issued()
        name, level, _ = STDS[k]
        ext = r.choice(["docx", "pdf", "docx"])
        drop = r.random() < 0.12
        if level == "ZD":
            if not red_only_done and r.random() < 0.5:
                # the 正文 in 公司发文, the 附件 filed by the department
                red_only_done = True
                put("公司发文/%s关于印发《%s》的通知.pdf" % (yr(d), name), red_only(co, d, k), **scan)
                doc = std_doc(co, d, k, "bare", drop)
                put(ZD + "公司制度/%s %s（附件）.%s" % (doc.ao_code, name, ext), doc)
            else:
                doc = std_doc(co, d, k, "red", drop)
                put(ZD + "公司制度/%s关于印发《%s》的通知（%s）.%s" % (yr(d).rstrip("/"), name, doc.ao_no, ext), doc,
                    **(scan if ext == "pdf" and r.random() < 0.5 else {}))
        elif level == "GL":
            form = r.choice(["std", "std", "bare"])
            doc = std_doc(co, d, k, form, drop)
            put(ZD + "管理标准/%s %s.%s" % (doc.ao_code, name, ext), doc)
        else:
            doc = std_doc(co, d, k, "bare", drop)
            put(ZD + "作业标准/%s %s.%s" % (doc.ao_code, name, ext), doc)
    # 作业标准 of the modules (some bound), 点检标准
    oks = list(OPS)
    bound = sorted(r.sample(oks, r.randint(2, 3)), key=oks.index)
    d = co.issued()
    put(ZD + "作业标准/%s作业标准汇编（%d年修订）.docx" % (co.ao["dept"], d.year), ops_book(co, d, bound))
    for k in oks:
        if k not in bound and r.random() < 0.55:
            d = co.issued()
            put(ZD + "作业标准/%s.%s" % (OPS[k][0], r.choice(["docx", "pdf", "docx"])), ops_std(co, d, k))
    d = co.issued()
    put(NET + "点检标准/信息设备点检标准（%s）.xlsx" % S["net"], dj_standard(co, d, S["net"]))
    slot("baseline", lambda d: ZD + "技术标准/%s-JS-052 信息系统及工控系统安全配置基线.xlsx" % co.ao["code"], lambda d: baseline(co, d), "issued")
    slot("grading_std", lambda d: ZD + "技术标准/安全保护等级划分标准.docx", lambda d: grading_std(co, d), "issued")

    # --- 综合: 组织, 人员, 办公会, 例会
    d = co.issued()
    put(ZH + "组织机构/关于调整公司网络安全和信息化领导小组的通知.pdf", leading_group(co, d, r.random() < 0.85),
        **(scan if r.random() < 0.5 else {}))
    slot("roster", lambda d: ZH + "人员管理/运维人员名册%s.xlsx" % ymd(d), lambda d: staff_roster(co, d, r.random() < 0.88))
    slot("roles", lambda d: ZH + "组织机构/岗位责任制及运维角色清单.xlsx", lambda d: post_duties(co, d), "issued")
    iv_min = r.random() < 0.35
    desk_min = r.random() < 0.3
    if not iv_min:
        slot("interface", lambda d: ZH + "部门发文/%s关于明确网络安全管理接口人的通知.docx" % yr(d), lambda d: interface_notice(co, d), "issued")
    if not desk_min:
        d = co.issued()
        put("公司发文/%s关于设立信息服务台并开通信息服务热线的通知.pdf" % yr(d), desk_notice(co, d), **scan)
    slot("desk_train", lambda d: SYS + "服务台/%s服务台人员岗位培训记录.xlsx" % ymd(d), lambda d: desk_training(co, d))
    imp_min = r.random() < 0.5
    months = sorted(r.sample(range(2, 12), 3))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 26))
        n = m * 2 + i
        if i == 0:
            t = ["safety"] + (["interface"] if iv_min and "interface" not in gaps else []) + (["desk"] if desk_min else [])
        elif i == 1:
            t = (["improve"] if imp_min else []) + ["overhaul"]
        else:
            t = ["contest", "safety"]
        put(ZH + "%s办公会/%s办公会纪要（%d年第%d期）.docx" % (who, who, d.year, n), office_minutes(co, d, n, t))
    for m in sorted(r.sample(range(2, 12), r.randint(3, 4))):
        d = date(2026, m, r.randint(3, 9))
        put(ZH + "月度例会/2026年/%d月份设备（信息）例会纪要.%s" % (m - 1, r.choice(["docx", "docx", "pdf"])), monthly_meeting(co, d))

    # --- 服务设计
    slot("catalog", lambda d: ZH + "服务管理/信息化运维服务目录（%d版）.xlsx" % d.year,
         lambda d: catalog(co, d, r.choice([("base", "l2", "l1")] * 4 + [("base", "l2"), ("base", "l1")])), "issued")
    slot("sldola", lambda d: ZH + "服务管理/外委运维服务级别设计及部内运营级别约定.docx",
         lambda d: sld_ola(co, d, r.random() < 0.92, r.random() < 0.92), "issued")
    slot("kpis", lambda d: ZH + "服务管理/信息系统可用性（作业率）指标清单.xlsx", lambda d: avail_kpis(co, d), "issued")
    slot("svc", lambda d: SYS + "%s以往运维方案生产影响分析.docx" % yr(d), lambda d: svc_review(co, d, r.random() < 0.85))

    # --- 配送公司运维服务
    d0 = co.issued()
    sname = r.choice(["%s信息化运维服务需求调研报告.docx" % co.ao["jv"], "附件1.docx", "需求调研报告（定稿）.docx"])
    put(JV + "01需求调研/" + sname, survey(co, d0, r.random() < 0.92, r.random() < 0.88))
    slot("fee", lambda d: JV + "01需求调研/%d年度运维服务费用测算表.xlsx" % d.year, lambda d: fee_sheet(co, d), "issued")
    d = d0 + timedelta(days=r.randint(7, 40))
    put(JV + "01需求调研/%s对接会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), meeting(co, d, r.random() < 0.92))
    d = co.issued()
    put(JV + "01需求调研/运维历史数据清单.xlsx", hist_list(co, d))
    slot("hist_an", lambda d: JV + "01需求调研/%d年信息系统运维数据分析报告.docx" % (d.year - 1), lambda d: hist_analysis(co, d), "issued")
    slot("strategy", lambda d: JV + "01需求调研/%d年运维保障策略及实施方案.docx" % d.year, lambda d: strategy(co, d), "issued")
    d = co.issued()
    put(JV + "02服务协议/信息化运维服务协议（盖章版）.pdf", agreement(co, d, r.random() < 0.9, r.random() < 0.88, r.random() < 0.75),
        **(scan if r.random() < 0.6 else {}))
    for i in range(r.randint(1, 2)):
        slot("jmdj", lambda d: JV + "03精密点检/%d年第%d季度精密点检报告.%s" % (d.year, quarter(d), r.choice(["docx", "pdf"])),
             lambda d: jmdj(co, d, co.ao["jv"], r.random() < 0.35, r.random() < 0.85))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(JV + "05服务确认/%d年%d月服务确认单.pdf" % (d.year, d.month), service_confirm(co, d), **scan)
    for dd, h in [(date(2025, 7, 6), "2025年上半年"), (date(2026, 1, 12), "2025年下半年"), (date(2026, 7, 8), "2026年上半年")]:
        if r.random() < 0.85:
            dd = dd + timedelta(days=r.randint(0, 14))
            put(JV + "04满意度/%s用户满意度测评报告.%s" % (h, r.choice(["docx", "pdf"])), csat(co, dd, h))
    slot("trend", lambda d: ZH + "满意度/用户满意度趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: JV + "04满意度/用户回访记录表%d.xlsx" % d.year, lambda d: callbacks(co, d))

    # --- 网络: 点检记录 by month, 台账, 故障统计, 采集, 日志, 通报, 渗透, 等保, 工控
    for m in sorted(r.sample(range(1, 12), r.randint(3, 4))):
        d = date(2026, m, r.randint(25, 28))
        kinds = [k for k in ("daily", "power", "av", "maint", "fault", "up") if r.random() < 0.72] or ["power"]
        nm = r.choice(["信息设备点检记录%d年%02d月.xlsx" % (d.year, m), "点检记录（%d.%02d）.xlsx" % (d.year, m), "%d月点检表.xlsx" % m])
        put(NET + "点检记录/" + ym(d) + nm, dj_record(co, d, S["net"], kinds))
    d = date(2025, r.randint(8, 10), 26)
    put(NET + "点检记录/%s信息设备点检记录%d年%02d月.xlsx" % (ym(d), d.year, d.month), dj_record(co, d, S["net"], ["daily", "av", "maint", "fault", "up"]))
    slot("assets", lambda d: NET + "设备台账/信息设备台账_%s.xlsx" % ymd(d), lambda d: asset_book(co, d, S["net"]))
    slot("hw", lambda d: NET + "故障统计/%s网络及安全设备硬件故障统计表.xlsx" % yr(d), lambda d: fault_stats(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.9] or ["status"]
    col_name = (lambda d: NET + "%sBook1.xlsx" % yr(d)) if r.random() < 0.35 else (lambda d: NET + "%s网络安全信息采集记录.xlsx" % yr(d))
    slot("collect", col_name, lambda d: collect_sheet(co, d, which))
    for i in range(r.randint(1, 2)):
        slot("logaudit", lambda d: NET + "日志审计/%s%d年第%d季度日志审计分析报告.%s" % (yr(d), d.year, quarter(d), r.choice(["docx", "pdf"])),
             lambda d: log_audit(co, d))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        put(NET + "安全通报/%s网络安全通报第%d期.%s" % (yr(d), n, r.choice(["docx", "pdf", "docx"])), sec_bulletin(co, d, n, r.random() < 0.7))
    slot("secstats", lambda d: NET + "%s网络安全事件统计分析表.xlsx" % yr(d), lambda d: sec_stats(co, d, r.random() < 0.8))
    slot("ptplan", lambda d: NET + "渗透测试/%d年度渗透测试计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pt", lambda d: NET + "渗透测试/%s渗透测试报告.pdf" % ymd(d), lambda d: pentest_report(co, d))
    slot("grading", lambda d: NET + "等级保护/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued", **scan)
    d = co.fresh()
    put(NET + "等级保护/%s等保测评问题整改台账.xlsx" % co.sys(0), dengbao_fix(co, d))
    d = co.fresh()
    put(NET + "漏洞扫描/扫描任务导出_%s.xlsx" % ymd(d), vscan_export(co, d))
    d = co.fresh()
    put(NET + "工控安全/工业控制系统信息安全防护自查表%d.xlsx" % d.year, ics_selfcheck(co, d))
    slot("jmdj", lambda d: NET + "精密点检/%d年第%d季度公司网络及安全设备精密点检报告.docx" % (d.year, quarter(d)),
         lambda d: jmdj(co, d, co.ao["grp"], r.random() < 0.4, True))

    # --- 系统: 工单, 变更, 交接班, 知识库, 月报, 可用性, 配置库
    for i in range(2):
        d = co.fresh()
        put(SYS + "工单/%s工单导出_%d%02d.xlsx" % (co.ao["itsm"], d.year, d.month), tickets(co, d, r.random() < 0.75))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        put(SYS + "变更管理/%s变更申请单台账导出_%s.xlsx" % (yr(d), ymd(d)), chg_export(co, d, r.random() < 0.85))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        put(SYS + "交接班记录/%s%d月交接班记录.xlsx" % (yr(d), d.month), handover(co, d))
    slot("kb", lambda d: SYS + "知识库/典型故障案例库导出_%s.xlsx" % ymd(d), lambda d: kb_export(co, d))
    for m in sorted(r.sample(range(2, 12), r.randint(2, 3))):
        d = date(2026, m, r.randint(3, 10))
        put(SYS + "运行月报/2026年/%d年%d月份信息系统运行分析月报.%s" % (2026, m - 1, r.choice(["docx", "pdf", "docx"])),
            ops_monthly(co, d, r.random() < 0.8, r.random() < 0.45, r.random() < 0.5))
    slot("aplan", lambda d: SYS + "可用性管理/%d年信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))
    slot("outage", lambda d: ZH + "故障管理/信息系统故障停机台账（%d年）.xlsx" % d.year, lambda d: outage_book(co, d))
    relc = r.random() < 0.75
    slot("cmdb", lambda d: SYS + "配置管理/配置库导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci", lambda d: SYS + "配置管理/%s配置项更新维护记录.xlsx" % yr(d).rstrip("/"), lambda d: ci_changes(co, d))

    # --- 过程控制: L2 点检, 改造, 检修计划, 事故分析
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(L2 + "点检记录/%sL2服务器专业点检记录%d月.xlsx" % (yr(d), d.month), l2_record(co, d))
    slot("reform", lambda d: L2 + "改造项目/%sL2服务器虚拟化改造/实施方案.docx" % ymd(d), lambda d: reform(co, d, r.random() < 0.85, r.random() < 0.85))
    slot("compat", lambda d: L2 + "改造项目/兼容性验证报告%s.docx" % r.choice(["", "(1)", ymd(d)]), lambda d: compat(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(L2 + "检修计划/%d年%d月信息设备检修计划.xlsx" % (d.year, d.month), overhaul_plan(co, d))
    if "capa" not in gaps and r.random() < 0.75:
        d = co.fresh()
        put(ZH + "故障管理/事故分析/%s“四不放过”分析报告.%s" % (ymd(d), r.choice(["docx", "pdf"])), accident(co, d, r.random() < 0.7))

    # --- 计量质检
    slot("req", lambda d: MQ + "智慧计量项目/需求分析记录（签字版）.pdf", lambda d: requirements(co, d), **scan)
    d = co.fresh()
    put(MQ + "点检记录/计量终端点检%d%02d.xlsx" % (d.year, d.month), dj_record(co, d, S["mq"], ["wt"] + (["power"] if r.random() < 0.5 else [])))
    d = co.fresh()
    put(SYS + "权限管理/%s用户权限清单导出_%s.xlsx" % (co.sys(0).split("（")[0], ymd(d)), perm_export(co, d))

    # --- 应急管理
    d = co.issued()
    put(YJ + "预案/网络安全事件应急预案（%d年修订）.%s" % (d.year, r.choice(["docx", "pdf"])), emergency_plan(co, d, r.random() < 0.6, r.random() < 0.45))
    slot("drplan", lambda d: YJ + "预案/%s系统恢复预案.docx" % co.sys(0), lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: YJ + "业务连续性/信息系统业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    slot("drill_e", lambda d: YJ + "演练/%s%s网络安全事件应急演练记录.docx" % (yr(d), ymd(d)), lambda d: drill(co, d, "e"))
    slot("drill_r", lambda d: YJ + "演练/%s%s数据库切换恢复演练记录.pdf" % (yr(d), ymd(d)), lambda d: drill(co, d, "r"), **scan)
    slot("dev", lambda d: SYS + "%d年度信息安全工具自主开发计划.docx" % d.year, lambda d: dev_plan(co, d))

    # --- 监视测量、审核、评审、改进
    kpi_name = (lambda d: ZH + "经济责任制考核/附件%d.xlsx" % (d.month % 4 + 1)) if r.random() < 0.3 else \
        (lambda d: ZH + "经济责任制考核/%d年经济责任制指标考核表.xlsx" % d.year)
    slot("kpi", kpi_name, lambda d: kpi_watch(co, d))
    sn = r.randint(10, 300)
    capa_name = (lambda d: ZH + "经济责任制考核/扫描件%04d.pdf" % sn) if r.random() < 0.4 else (lambda d: ZH + "经济责任制考核/纠正预防措施单JZ-%s.pdf" % ymd(d))
    slot("capa", capa_name, lambda d: capa_form(co, d, r.random() < 0.75), **scan)
    slot("hidden", lambda d: ZH + "隐患排查/%s信息设备隐患排查治理台账.xlsx" % yr(d), lambda d: hidden_book(co, d, r.random() < 0.8))
    slot("ia", lambda d: ZH + "体系管理/内审/%d年度内部审核报告.docx" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.9]
    slot("mr", lambda d: ZH + "体系管理/管理评审/%d年度管理评审报告.docx" % d.year, lambda d: mgmt_review(co, d, inputs))
    slot("cert", lambda d: ZH + "体系管理/认证证书/ISO20000证书.pdf", lambda d: cert(co, d, "20000"), "issued", **scan)
    d = co.issued()
    put(ZH + "体系管理/认证证书/两化融合管理体系评定证书.pdf", cert(co, d, "lhrh"), **scan)
    if r.random() < 0.6:
        d = co.issued()
        put(ZH + "体系管理/认证证书/质量管理体系证书（公司）.pdf", cert(co, d, "9001"), **scan)
    fin = r.choice(["", "final", "（定稿）", ""])
    slot("iplan", lambda d: ZH + "持续改进/%d年度持续改进计划%s.docx" % (d.year, fin), lambda d: improve_plan(co, d, r.random() < 0.8))
    if not imp_min:
        slot("proposals", lambda d: ZH + "合理化建议/%d年合理化建议及改善项目评审表.docx" % d.year, lambda d: proposals(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(ZH + "合理化建议/合理化建议表_%s%s.docx" % (co.p(r.randint(0, 5)), ymd(d)), one_proposal(co, d))
    slot("qc", lambda d: ZH + "QC小组/%d年QC成果-提高L2服务器冗余部件完好率.docx" % d.year, lambda d: qc_report(co, d))
    slot("aware", lambda d: ZH + "培训/%s持续改进宣贯培训签到.xlsx" % ymd(d), lambda d: awareness(co, d))
    slot("defects", lambda d: ZH + "故障管理/%d年信息系统运行质量分析及改进报告.docx" % d.year, lambda d: defects(co, d))
    if "yearsum" not in gaps:
        d = date(2026, 1, r.randint(8, 28))
        put(ZH + "工作总结/%s2025年度工作总结.docx" % co.ao["dept"], year_summary(co, d, r.random() < 0.6, r.random() < 0.6))
    if r.random() < 0.6:
        d = date(2025, 1, r.randint(8, 28))
        put("归档/2025年/%s2024年度工作总结.docx" % co.ao["dept"], year_summary(co, d, True, True))

    # --- real documents that prove nothing: 对标, 劳动竞赛, 危险源, 安全标准化
    d = co.fresh()
    put(ZH + "对标/%d年上半年信息化指标对标分析.%s" % (d.year, r.choice(["docx", "xlsx"])), duibiao(co, d))
    d = co.fresh()
    put(ZH + "劳动竞赛/劳动竞赛实施方案.docx", contest(co, d))
    d = co.fresh()
    put(ZH + "安全生产/危险源辨识与风险评价表%d.xlsx" % d.year, hazard(co, d))
    if r.random() < 0.7:
        d = co.fresh()
        put(ZH + "安全生产/%d年安全生产标准化自评报告.docx" % d.year, safety_selfcheck(co, d))

    archive(co, made, put)
    decoys(co, lock_bytes, put, keys, gaps, dict(ZD=ZD, ZH=ZH, NET=NET, SYS=SYS, L2=L2, JV=JV, YJ=YJ))


def archive(co, made, put):
    """Last year's copies under 归档/<year>/: genuine, a year older, stale."""
    for name, factory, d in made:
        if co.rng.random() >= 0.15:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "归档/%d年/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        put(rel, factory(prev))


def decoys(co, lock_bytes, put, keys, gaps, F):
    r = co.rng
    ZD, ZH, NET, SYS, JV, YJ = F["ZD"], F["ZH"], F["NET"], F["SYS"], F["JV"], F["YJ"]
    me = "个人文件夹/%s/" % co.p(0)
    # 空表 / 模板
    put(NET + "点检记录/信息设备点检记录（空表）.xlsx",
        blank_sheet("信息设备点检记录", co.fresh(), ["日期", "班次", "设备", "运行状态", "CPU/负荷", "告警", "点检员"]))
    put(SYS + "变更管理/信息系统变更申请单（模板）.docx",
        blank_paper("信息系统变更申请单", co.fresh(), ["变更内容", "影响的生产厂及产线", "测试情况", "回退方案", "审批意见", "实施及验证结果"],
                    "%s-JL-013" % co.ao["code"]))
    put(JV + "04满意度/用户满意度测评表（空白）.xlsx",
        blank_sheet("信息化服务用户满意度测评表", co.fresh(), ["测评项目", "非常满意", "满意", "一般", "不满意", "意见建议"], 8,
                    top="用户单位：                     填表人：          "))
    put(ZH + "故障管理/事故分析/“四不放过”分析报告（模板）.docx",
        blank_paper("故障停机“四不放过”分析报告", co.fresh(), ["故障经过", "原因分析", "责任认定及教育", "整改措施", "整改验证"]))
    put(JV + "03精密点检/精密点检报告模板.docx",
        blank_paper("精密点检（健康检查）报告", co.fresh(), ["检查范围", "可用性与持续性检查", "安全信息采集", "问题及建议"]))
    put(YJ + "演练/应急演练记录（模板）.docx", blank_paper("应急演练记录", co.fresh(), ["演练时间", "演练场景", "演练过程", "演练结果", "存在问题"]))
    # drafts: the share's deliberate draft-only items, and a few ordinary ones
    drafts = {
        "bcp": lambda d: (YJ + "业务连续性/信息系统业务连续性计划（征求意见稿）.docx", bcp(co, d), "（征求意见稿）"),
        "dev": lambda d: (me + "工具开发计划（草稿）.docx", dev_plan(co, d), "（草稿）"),
        "sldola": lambda d: (ZH + "服务管理/服务级别设计及运营级别约定（讨论稿）.docx", sld_ola(co, d, True, True), "（讨论稿）"),
        "iplan": lambda d: ("个人文件夹/%s/%d年持续改进计划（初稿）.docx" % (co.p(3), d.year + 1), improve_plan(co, d, True), "（初稿）"),
        "kpis": lambda d: (me + "可用性指标清单（初稿）.xlsx", avail_kpis(co, d), "（初稿）"),
        "mr": lambda d: (me + "管理评审报告（初稿）.docx", mgmt_review(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]), "（初稿）"),
    }
    for k in sorted(co.ao["drafts"]):
        rel, doc, mark = drafts[k](co.fresh())
        put(rel, nullify(doc, "draft", mark))
    d = co.fresh()
    put(me + "信息化运维服务协议（修订送审稿）.docx", nullify(agreement(co, d, True, True, True), "draft", "（送审稿）"))
    # 作废 versions
    d = date(2019, r.randint(2, 11), r.randint(1, 28))
    put(ZD + "作废/信息系统变更管理标准（2019版）作废.docx", nullify(std_doc(co, d, "change", "bare"), "obsolete", "（作废）"))
    d = date(2020, r.randint(2, 11), r.randint(1, 28))
    put(YJ + "预案/作废/网络安全事件应急预案（2020版）作废.pdf", nullify(emergency_plan(co, d, True, True), "obsolete", "（作废）"))
    # #recycle: binned copies of real documents
    put("#recycle/%s/%s数据库切换恢复演练记录.docx" % (co.p(4), ymd(co.fresh())), nullify(drill(co, co.fresh(), "r"), "recycle bin"))
    put("#recycle/%s/变更申请单台账导出_%s.xlsx" % (co.p(2), ymd(co.fresh())), nullify(chg_export(co, co.fresh(), True), "recycle bin"))
    # a "- 副本" copy of a real record proves what the record proves
    d = co.fresh()
    put(SYS + "工单/%s工单导出_%d%02d - 副本.xlsx" % (co.ao["itsm"], d.year, d.month), tickets(co, d, True))
    # sign-ins about 预案 / 标准, the 标准 目录, the 管理评审 notice, a drill 方案
    for what in ("网络安全事件应急预案", "信息系统变更管理标准", "信息系统业务连续性计划"):
        if r.random() < 0.75:
            d = co.fresh()
            put(ZH + "培训/%s《%s》学习签到表.xlsx" % (ymd(d), what), signin(co, d, what))
    put(ZD + "现行有效制度和标准目录.docx", std_index(co, co.fresh(), keys))
    d = co.fresh()
    put(ZH + "体系管理/管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    d = co.fresh()
    put(YJ + "演练/%d年网络安全事件应急演练方案.docx" % d.year, drill_scheme(co, d))
    # unrelated
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    # lock files, empty files, an image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith("#recycle")]
    for rel in office[3:120:17]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(2)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw(NET + "点检记录/新建 XLSX 工作表.xlsx", b"", "empty file")
    raw(SYS + "运行月报/新建 DOCX 文档.docx", b"", "empty file")
    raw(ZH + "体系管理/内审/内审检查表.docx", b"", "empty file")
    raw(ZH + "经济责任制考核/扫描件%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
