# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_at.py - style AT: the 信息中心 (信息技术部) of a provincial 港口集团.

An author voice for the accuracy corpus, used only by the AT shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py, kinds_ar.py's mechanics and the README's ground-truth section;
never the rules, the sources or a score).

The company: the 信息中心 of a 港口集团有限公司 (it also signs as the 集团 信息技术部).  It runs the port's IT: the
集装箱码头操作系统 (TOS), the 智能闸口/智能道口, the EDI 中心 and the 港航 data exchange with 海关, 海事 and the
船公司, the 散杂货 生产调度系统, the port's 物联网 and 视频监控, the 办公网 and ERP, and the 工控安全 of the 岸桥/场桥
远程操控.  It is organised in 科室 (综合管理科, 运维保障科, 网络安全科, 应用系统科, 技术管理科) with a 7×24 运维值班室;
the 码头分公司 have their own IT 班组; an 外包 运维服务商 keeps engineers on site under an 运维服务合同.  Under an
信息化运维服务协议 the 中心 also runs the IT of a 码头合资公司 (a joint-venture container terminal); that company is
the form's customer.

How its people write (a port writes as a port does):
- 集团 发文 (X港集团〔2026〕N号) with a 红头, 主送 集团各部门、各分（子）公司, 现将《…》印发给你们, the signature in
  Chinese numerals, 抄送 and the 办公室 印发 line, then the 管理办法 (第一章 总则 / 第一条 …); some filed whole, some as
  正文 and 附件 in a folder named after the 文号;
- 信息中心 文件 (X港信〔2026〕N号) that 印发 the 实施细则 the same way; 工作规程 filed bare with a 编号 (XX-XXZX-GC-nn);
- 作业指导书 in the 港口 安全生产 form (作业风险辨识, 安全措施, 作业步骤, 验收标准), some bound in an 汇编, and the
  信息中心管理制度汇编（YYYY版） whose 篇 are several 办法/细则/规程;
- records by 科室, 码头分公司 and 年度/月份: 巡检记录 workbooks (one sheet per record kind), 季度检修, 运维值班记录 and
  交接班记录 (scans), 变更申请单, 变更台账 exports, 运维平台 工单 exports, 故障（中断）登记, 硬件故障统计, 工控安全
  检查, 月度运行分析, 安全风险分级管控 and 隐患排查治理台账 (双重预防), 外包服务商 月度考核, 整改通知单;
- 生产安全 language throughout: 安全生产责任制, 隐患排查, 双重预防, 台风/寒潮 防御 信息保障, 船期/作业高峰 保障,
  交接班, 值班 on 码头 shifts, 月度安全生产例会, 中心主任办公会 纪要;
- 合资码头运维服务/<公司>/: 01需求调研, 02服务协议, 03健康检查/<year>, 04满意度, 05月度服务报告;
- names mix 文号, ymd, 2026.03, 2026年03月, v1.2, _final, （定稿）, (1), " - 副本", 扫描件NNN, 附件N, Book1.xlsx,
  新建 Microsoft Word 文档; personal folders; a NAS recycle folder; 归档/<year>/ with last year's copies (stale).

Every builder returns a kinds.Doc listing as items only what its own text proves: a part of a document lends its
items only when it is written; a sheet without data rows proves nothing; a record older than a year keeps its items
(record=True) and is stale.  build(co, lock_bytes) lays out the whole share; AT_INFO holds the per-share facts and
the holes each share was designed with.
"""

from datetime import date, timedelta

from kinds import Doc

AT_INFO = {
    "at1": dict(grp="闽江港口集团有限公司", jian="闽港集团", pre="闽港", code="MJG", cust="闽江国际码头公司",
                fens=("马尾码头分公司", "江阴码头分公司", "松下码头分公司"), itsm="港口IT运维服务管理平台",
                hot="0591-87601100（内线6110）", nas="#recycle", wx="台风", gate="智能闸口",
                holes={"ola", "pdca", "noauto", "trend", "collect_old", "kb_empty", "devplan_draft", "bcp_draft",
                       "callbacks_old", "defects_old", "aware_signin", "forecast"}),
    "at2": dict(grp="辽滨港口集团有限公司", jian="辽滨港集团", pre="辽滨港", code="LBG", cust="辽滨国际集装箱码头公司",
                fens=("鲅鱼圈码头分公司", "仙人岛码头分公司", "散杂货码头分公司"), itsm="IT服务管理系统（ITSM）",
                hot="0417-6201234（内线2345）", nas=".recycle", wx="寒潮大风", gate="智能闸口",
                holes={"fee_tpl", "hist_noanalysis", "kpis", "compat", "cmdb", "drdrill", "desk_train", "ia_old",
                       "criteria", "pentest_old", "gcrit"}),
    "at3": dict(grp="钱塘港口集团有限公司", jian="钱塘港集团", pre="钱港", code="QTG", cust="钱塘联合国际码头公司",
                fens=("乍浦码头分公司", "独山码头分公司", "海盐码头分公司"), itsm="运维综合管理平台",
                hot="0573-85501188（内线8118）", nas="$RECYCLE.BIN", wx="台风", gate="智能道口",
                holes={"survey_notime", "no_outsourcing", "hw_old", "roles", "aplan", "iface_pending", "no_recovery",
                       "notice_partial", "kpi_scoreonly", "itrack", "no_slm"}),
    "at4": dict(grp="琼州港口集团有限公司", jian="琼州港集团", pre="琼港", code="QZG", cust="琼州环球集装箱码头公司",
                fens=("秀英码头分公司", "新海码头分公司", "洋浦码头分公司"), itsm="一体化运维平台",
                hot="0898-66881200（内线1200）", nas="#recycle", wx="台风", gate="智能闸口",
                holes={"meeting_noagree", "catalog_base", "golive_notest", "ci", "health_old", "monthly_notrend",
                       "no_data", "audit_rule", "resp_nocol", "asset_old", "drill_scheme_only"}),
}

KS = ("综合管理科", "运维保障科", "网络安全科", "应用系统科", "技术管理科")
ZHN = "〇一二三四五六七八九"
HAN = "零一二三四五六七八九"


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


def ym(d):
    return "%04d%02d" % (d.year, d.month)


def anyd(co, d):
    f = co.rng.randint(0, 6)
    if f <= 2:
        return cnd(d)
    if f == 3:
        return d.isoformat()
    if f == 4:
        return "%d.%02d.%02d" % (d.year, d.month, d.day)
    if f == 5:
        return "%d/%d/%d" % (d.year, d.month, d.day)
    return "%d年%02d月%02d日" % (d.year, d.month, d.day)


def quarter(d):
    return (d.month - 1) // 3 + 1


def back(d, days):
    return d - timedelta(days=days)


class Sec:
    """A written document assembled part by part; a part lends its items only when it is written."""

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
        else:
            h = "第%s条 %s" % (han(self.n), heading)
        self.blocks.append(("h1", h))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=(), extra=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items) | set(extra)), record, self.blocks + list(tail))


def book(kind, title, d, record, sheets, note=None):
    """A workbook: sheets of (name, header, rows, items); a sheet with no rows lends nothing."""
    out, items = [], []
    for name, header, rows, its in sheets:
        top = [[title]] + ([[note]] if note else [])
        out.append((name, top + [header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def void(doc, why, mark=None):
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


def zx(co):
    return co.at["grp"] + "信息中心"


def ext_eng(co, i):
    """an 外包 engineer where the 服务商 keeps staff on site, else one of the 中心's own"""
    return co.vp(i) if co.at_outs else co.p(i + 2)


def blank_sheet(title, d, cols, n=12, sheet="Sheet1"):
    rows = [[title], ["单位/班组：", "", "年    月"], cols] + [[""] * len(cols) for _ in range(n)]
    rows.append(["填表人：", "", "班组长：", "", "科室负责人："])
    return Doc("blank", title, d, [], False, sheets=[(sheet, rows)], decoy="template")


def blank_paper(title, d, heads):
    b = [("title", title), ("p", "编号：__________        日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "（填写）"), ("p", " ")]
    b += [("p", "填表人：            审核：            批准：")]
    return Doc("blank", title, d, [], False, b, decoy="template")


def long_cover(co, title, code, ver, d, chapters):
    b = [("p", zx(co)), ("p", " "), ("title", title), ("p", "文件编号：%s" % code), ("p", "版本：%s" % ver),
         ("p", "受控状态：受控    分发号：%02d" % co.rng.randint(1, 30)),
         ("p", "编制：%s    审核：%s    批准：%s" % (co.p(2), co.p(0), co.boss)),
         ("p", "%s发布        %s实施" % (cnd(d), cnd(d + timedelta(days=15)))), ("break",), ("h1", "修订记录")]
    rows = [["版本", "修订说明", "修订人", "日期"]]
    for i, v in enumerate(["A/0", "A/1", "B/0", ver]):
        rows.append([v, ["首次发布", "按集团安全生产标准化要求修订", "机构改革后调整职责", "年度修订"][i], co.p(i),
                     "%d-%02d-20" % (min(d.year - 3 + i, d.year), 3 + i)])
    b += [("table", rows), ("h1", "目  录")] + [("p", "%d  %s ……… %d" % (i, ch, 2 + 5 * i)) for i, ch in enumerate(chapters, 1)]
    return b + [("break",)]


# ------------------------------------------------------------------------------ 发文

def next_no(co, d, level):
    key = (level, d.year)
    co.at_no[key] = co.at_no.get(key, co.rng.randint(5, 40)) + co.rng.randint(1, 12)
    pre = co.at["pre"] + ("集团" if level == "grp" else "信")
    return "%s〔%d〕%d号" % (pre, d.year, co.at_no[key])


def red_top(co, d, subject, level="grp", to=None):
    no = next_no(co, d, level)
    issuer = co.at["grp"] + "文件" if level == "grp" else zx(co) + "文件"
    if to is None:
        to = "集团各部门，各分（子）公司：" if level == "grp" else "中心各科室，各码头分公司IT班组："
    return [("big", issuer), ("p", no), ("title", subject), ("p", to)], no


def colophon(co, d, level="grp"):
    org = co.at["grp"] if level == "grp" else zx(co)
    cc = "省国资委，%s。" % co.at["cust"] if level == "grp" else "集团安全生产管理部、集团办公室。"
    return [("p", org), ("p", sign_date(d)),
            ("p", co.rng.choice(["（此件不公开）", "（此件内部公开）", "（此件不公开）"])),
            ("p", "抄送：" + cc),
            ("p", "%s办公室                %s印发" % (org, cnd(d + timedelta(days=co.rng.randint(0, 3)))))]


# key: (name, level, [(chapter, [articles], items, tag)])  level: grp 集团办法, zx 中心细则, gc 工作规程 (bare)
REGS = {
    "yw": ("信息系统运行维护管理办法", "grp", [
        ("总则", ["为加强集团信息系统运行维护管理，保障港口生产作业连续稳定，落实安全生产责任制，依据国家网络安全法律法规和集团安全生产管理制度，制定本办法。",
                 "本办法适用于集团集装箱码头操作系统（TOS）、{gate}、EDI中心、散杂货生产调度系统、物联网及视频监控、办公网及ERP等信息系统的运维工作，"
                 "受托运维的{cust}信息系统参照执行。"], [], None),
        ("运维管理模式", ["集团信息系统运维实行“策划—实施—检查—改进”（PDCA）闭环管理：信息中心每年初制定运维服务目录、年度运维工作计划和安全生产目标（策划）；",
                       "各科室、码头分公司IT班组按管理办法、实施细则和作业指导书实施运维服务（实施）；",
                       "通过月度运行分析、外包服务商考核、内部审核和管理评审对运维服务进行监视和评审（检查）；",
                       "对未实现的目标和检查发现的问题落实纠正和预防措施，纳入年度持续改进计划闭环销号（改进）。"], ["10/pdca"], "pdca"),
        ("职责分工", ["集团信息技术部（信息中心）是信息系统运维的归口管理部门；各码头分公司IT班组负责本公司现场设备的日常巡检和一线处置；"
                   "外包运维服务商在信息中心统一管理下承担合同约定的运维工作。"], [], None),
        ("运维要求", ["生产系统的巡检、检修和变更应避开船舶作业高峰，确需在作业期间实施的，须经码头分公司生产调度同意。"], [], None),
        ("附则", ["本办法由集团信息技术部负责解释，自印发之日起施行。"], [], None)]),
    "bg": ("信息系统变更管理办法", "grp", [
        ("总则", ["为规范信息系统变更，防止因变更引发生产系统故障、影响船舶装卸和集卡进出闸，制定本办法。",
                 "本办法所称变更，是指对生产环境的网络、安全设备、服务器、数据库、应用版本、参数及资源配置进行的新增、修改和删除。"], [], None),
        ("变更分级", ["变更分为标准变更、一般变更、重大变更和紧急变更。影响TOS、{gate}或岸桥远控网络的变更为重大变更。"], [], None),
        ("变更流程", ["变更由实施科室在{itsm}提交变更申请，写明变更内容、影响范围、实施窗口、测试验证情况和回退方案。",
                   "一般变更由科室负责人审核、技术管理科批准；重大变更经变更评审会评审，由中心分管领导批准，并提前通知受影响的码头分公司和{cust}。",
                   "变更实施应避开船舶作业高峰，实施后验证业务正常方可关闭；验证失败的立即按回退方案恢复。",
                   "紧急变更经中心值班领导同意后先行实施，24小时内补办审批。",
                   "变更申请、审批、实施、验证、回退和关闭全过程在平台留痕，技术管理科按月统计变更成功率。"], ["54/procedure"], None),
        ("附则", ["本办法自印发之日起施行，原《信息系统变更管理暂行规定》同时废止。"], [], None)]),
    "aq": ("网络安全事件报告与处置管理办法", "grp", [
        ("总则", ["为规范集团网络安全事件的报告与处置，减少网络安全事件对港口生产经营的影响，制定本办法。"], [], None),
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、工控系统安全事件、设备设施故障和其他事件；"
                        "按影响范围和程度分为特别重大、重大、较大和一般四级。"], [], None),
        ("事件报告", ["发现网络安全事件的单位应立即报信息中心运维值班室，值班室30分钟内报网络安全科和中心值班领导；"
                   "较大及以上事件信息中心1小时内报集团网络安全和信息化领导小组办公室，涉及港航数据交换的同时通报海关、海事相关部门。"],
         ["30/reporting-process"], None),
        ("事件处置", ["事件处置按研判定级、隔离遏制、清除根除、恢复验证的步骤进行，网络安全科全程填写处置记录。"],
         ["30/response-process", "31/incident-process"], None),
        ("应急响应", ["达到《网络安全事件应急预案》启动条件的，由集团应急指挥部宣布启动应急响应，成立现场处置组，事态消除后宣布终止。"],
         ["34/emergency-process"], None),
        ("事后处理", ["处置结束后5个工作日内形成事件调查报告，按“四不放过”原则查明原因、落实整改和责任追究，并更新知识库和应急预案。"],
         ["34/incident-process"], None),
        ("附则", ["本办法自印发之日起施行。"], [], None)]),
    "sj": ("运维事件管理实施细则", "zx", [
        ("总则", ["为尽快恢复信息系统正常运行，减少故障对码头生产作业的影响，依据集团《信息系统运行维护管理办法》，制定本细则。"], [], None),
        ("事件受理", ["运维事件来源于监控告警、巡检发现、码头分公司和{cust}通过IT服务热线（{hot}）或{itsm}的报障，由服务台统一登记编号。"],
         ["49/incident-procedure"], None),
        ("分级处置", ["运维事件分为一、二、三、四级；影响船舶装卸、闸口通行或EDI报文收发的为一级事件，15分钟内响应并报中心值班领导；",
                   "一线班组不能处理的，升级至专业科室或厂商；事件处理完毕由服务台回访确认后关闭。"], ["49/incident-procedure"], None)]),
    "qq": ("服务请求管理实施细则", "zx", [
        ("总则", ["为规范码头分公司和{cust}提出的账号开通、权限调整、网络接入、设备移装、报表数据提取等服务请求的办理，制定本细则。"], [], None),
        ("受理与审批", ["服务请求通过{itsm}提交，经申请单位负责人审核；服务台登记后按服务目录派单。",
                     "涉及生产数据提取和安全策略开通的，须经网络安全科审核、中心分管领导批准。"], ["49/request-procedure"], None),
        ("办理与关闭", ["承办科室在服务目录规定时限内办结，服务台确认后关闭请求。"], ["49/request-procedure"], None)]),
    "wt": ("问题管理实施细则", "zx", [
        ("总则", ["为查找并消除反复发生或影响重大的故障的根本原因，防止同类故障重复发生，制定本细则。"], [], None),
        ("问题识别与登记", ["同类故障一个月内发生三次及以上、一级事件和失败变更，均应建立问题单纳入问题库管理。"], ["20/procedure", "37/procedure"], None),
        ("原因分析与解决", ["责任科室10个工作日内完成根本原因分析，提出临时措施和永久解决方案，需要变更的纳入变更管理。",
                         "问题解决后由技术管理科验证关闭，形成已知错误记录纳入知识库；未关闭问题在月度运行分析会上通报。"],
         ["20/procedure", "37/procedure"], None)]),
    "zs": ("运维知识管理实施细则", "zx", [
        ("总则", ["为积累和共享运维经验，建设运维知识库，制定本细则。"], [], None),
        ("知识提交与审核", ["运维人员在故障处理、问题解决和变更实施后提交知识条目，经科室技术骨干审核、技术管理科复核后发布。"], ["21/procedure"], None),
        ("知识使用与维护", ["知识库向中心和各码头分公司IT班组开放；技术管理科每季度复核一次，过期条目予以废止。"], ["21/procedure"], None)]),
    "slm": ("运维服务级别管理实施细则", "zx", [
        ("总则", ["为规范信息中心对码头分公司和{cust}运维服务级别的设计、约定、监测和评审，制定本细则。"], [], None),
        ("服务级别约定", ["信息中心根据服务对象需求制定运维服务目录和服务级别，与{cust}签订信息化运维服务协议，约定服务时间、响应时限和核心指标。"],
         ["39/slm-procedure"], None),
        ("监测与评审", ["服务级别达成情况按月统计、按季通报，每年与服务对象评审一次服务协议，未达标项纳入持续改进计划。"], ["39/slm-procedure"], None)]),
    "nsh": ("运维服务管理体系内部审核实施细则", "zx", [
        ("总则", ["为验证运维服务管理体系符合标准要求并得到有效实施和保持，制定本细则。"], [], None),
        ("审核安排与程序", ["中心每年至少组织一次覆盖全部运维过程的内部审核，内审员经培训合格，不审核本科室工作。",
                         "审核按年度审核方案、审核计划、首末次会议、现场审核、不符合项报告、整改跟踪验证的程序进行，结果提交管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], None)]),
    "jc": ("运维服务监视测量实施细则", "zx", [
        ("总则", ["为掌握运维服务目标实现情况，制定本细则。"], [], None),
        ("监视测量内容与方法", ["监视测量内容包括服务级别达成率、服务对象满意度、投诉建议和各项运维质量指标。",
                             "技术管理科按月汇总指标并在月度运行分析中通报，按季开展满意度回访，未达目标的下达整改通知单并跟踪复查。"],
         ["61/monitoring-process", "62/monitoring-process"], None)]),
    "gj": ("运维服务持续改进管理实施细则", "zx", [
        ("总则", ["为规范改进措施的识别、记录、批准、评估、测量和报告，制定本细则。"], [], None),
        ("改进管理", ["改进机会来源于内部审核、隐患排查、外包服务商考核、服务对象投诉、故障和问题分析、指标未达标。",
                   "改进机会由提出科室登记，技术管理科按评估标准评分排序，报中心主任办公会批准后实施。",
                   "实施效果由技术管理科测量验证，改进情况在管理评审中报告。"], ["65/procedure"], None)]),
    "yf": ("信息系统安全风险分级管控和隐患排查治理实施细则", "zx", [
        ("总则", ["为落实集团安全生产双重预防机制，在信息系统故障和网络安全事件发生前消除隐患和潜在不符合的原因，制定本细则。"], [], None),
        ("风险分级管控", ["各科室每年辨识信息系统安全风险，按重大、较大、一般、低四级建立风险清单，明确管控措施和责任人。"], [], None),
        ("隐患排查与预防措施", ["通过日常巡检、专项检查、运行趋势分析和容量预警排查隐患，针对潜在问题制定预防措施，经科室负责人批准后实施。",
                             "预防措施实施后一个月内由技术管理科验证有效性，在隐患排查治理台账中销号。"], ["66/preventive-actions"], None)]),
    "px": ("网络安全培训服务工作规程", "gc", [
        ("目的", ["规范信息中心为码头分公司和{cust}开展的网络安全培训服务。"], [], None),
        ("工作流程", ["培训需求收集→年度培训计划→课件编写与审核→组织实施并签到→考试考核→效果评估→资料归档。"], ["31/training-process"], None)]),
    "st": ("渗透测试工作规程", "gc", [
        ("目的", ["规范对集团互联网应用、EDI接口和港口业务系统的渗透测试工作。"], [], None),
        ("工作程序", ["取得系统主管部门书面授权→确定测试范围和测试窗口（避开船舶作业高峰）→信息收集→漏洞发现和验证→编写测试报告→督促整改→复测。",
                   "测试不得使用可能造成拒绝服务或数据破坏的手段，严禁对工控网络和岸桥远控系统开展测试。"], ["31/pentest-process"], None)]),
}


def fill(co, s):
    return (s.replace("{itsm}", co.at["itsm"]).replace("{cust}", co.at["cust"]).replace("{hot}", co.at["hot"])
            .replace("{gate}", co.at["gate"] + "系统"))


def reg_body(co, key, drop=()):
    name, level, chs = REGS[key]
    b, items, t, ci = [], [], 0, 0
    for ch, arts, its, tag in chs:
        if tag and tag in drop:
            continue
        ci += 1
        b.append(("h1", "第%s章 %s" % (han(ci), ch)))
        for a in arts:
            t += 1
            b.append(("p", "第%s条 %s" % (han(t), fill(co, a))))
        items += its
    return b, items


def reg_full(co, key):
    name, level, _ = REGS[key]
    return co.at["jian"] + name if level == "grp" else "信息中心" + name


def reg_doc(co, d, key, drop=(), split=None):
    name, level, _ = REGS[key]
    body, items = reg_body(co, key, drop)
    if level == "gc":
        code = "%s-XXZX-GC-%02d" % (co.at["code"], list(REGS).index(key))
        b = [("title", name), ("table", [["文件编号", code, "类别", "工作规程"],
                                         ["归口科室", "网络安全科", "版本", "第%d版" % co.rng.randint(1, 3)],
                                         ["实施日期", anyd(co, d), "批准", co.boss]])] + body
        return Doc("reg:" + key, name, d, sorted(set(items)), False, b)
    full = reg_full(co, key)
    top, no = red_top(co, d, "关于印发《%s》的通知" % full, level)
    cover = top + [("p", "现将《%s》印发给你们，请结合安全生产责任制认真贯彻执行。执行中的问题请及时反馈%s。"
                   % (full, "集团信息技术部" if level == "grp" else "中心技术管理科")),
                   ("p", "附件：%s" % full)] + colophon(co, d, level)
    if split == "main":
        doc = Doc("reg_main", "关于印发《%s》的通知" % full, d, [], False, cover,
                  decoy="notice that only cites the 办法 it issues")
    else:
        doc = Doc("reg:" + key, name, d, sorted(set(items)), False, cover + [("break",), ("title", full)] + body)
    doc.at_no = no
    return doc


def compilation(co, d, keys, drop):
    b = [("p", zx(co)), ("title", "信息中心管理制度汇编（%d版）" % d.year),
         ("p", "技术管理科 编印    %s" % cnd(d)), ("break",), ("h1", "编印说明"),
         ("p", "本汇编收录截至%d年%d月现行有效的集团信息化管理办法和信息中心实施细则、工作规程，供各科室和码头分公司IT班组学习使用。"
               "汇编文本与正式发文不一致的，以正式发文为准。" % (d.year, d.month)), ("h1", "目  录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "第%s篇  %s ………… %d" % (han(i), reg_full(co, k), 1 + 6 * i)))
    items = []
    for i, k in enumerate(keys, 1):
        body, its = reg_body(co, k, drop)
        b += [("break",), ("h1", "第%s篇 %s" % (han(i), reg_full(co, k)))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("compilation", "制度汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------------------ 作业指导书 (24, 11)

OPS = {
    "qc": ("岸桥远程操控系统工控网络巡检作业指导书", "运维保障科", "工控网络运维员2人（一人操作一人监护）",
           ["误操作导致岸桥远控中断，影响船舶装卸", "登高及临边作业风险", "带电设备触电风险"],
           ["作业前与码头分公司生产调度确认岸桥作业计划，避开船舶作业高峰",
            "检查远控中心工控交换机、工控防火墙、网闸的运行状态和告警",
            "核对工控防火墙白名单策略与基线一致，导出配置备份",
            "检查岸桥与远控中心间光纤链路收发光功率和时延",
            "作业完毕向运维值班室报告，填写工控网络巡检记录"],
           "链路时延≤10ms，工控防火墙无告警，策略与基线一致"),
    "tos": ("TOS服务器及数据库巡检作业指导书", "应用系统科", "系统管理员1人、数据库管理员1人",
            ["在作业高峰执行高负载操作影响作业", "误删数据"],
            ["登录TOS应用服务器和数据库服务器，检查CPU、内存、磁盘和进程状态",
             "检查数据库表空间、锁等待和备份任务执行结果",
             "检查TOS与EDI、闸口、岸桥PLC接口服务的运行日志",
             "发现异常按运维事件管理实施细则报服务台"],
            "各项指标在阈值内，备份成功，接口无积压"),
    "gate": ("智能闸口设备维护作业指导书", "运维保障科", "闸口设备维护员2人",
             ["闸口车道内作业的车辆伤害风险", "停用车道影响集卡通行"],
             ["与闸口调度确认停用车道，设置警示锥和警示牌",
              "清洁OCR摄像机、车牌识别相机镜头，检查补光灯",
              "检查地磅、道闸、电子车牌读写器和自助终端运行状态",
              "试过车验证识别率，恢复车道并通知闸口调度"],
             "箱号识别率≥98%，车牌识别率≥99%，道闸动作正常"),
    "fw": ("防火墙策略维护作业指导书", "网络安全科", "网络安全员2人",
           ["开通审批以外策略", "策略错误导致业务中断"],
           ["核对变更申请单审批状态和策略内容", "调整前导出当前配置备份",
            "按审批单逐条调整策略并核对源、目的地址和端口", "验证业务连通后在平台回填实施结果"],
           "策略与审批单一致，业务验证正常，备份已归档"),
    "cctv": ("港区视频监控平台维护作业指导书", "运维保障科", "视频运维员2人",
             ["登高作业风险", "港区道路作业车辆伤害风险"],
             ["检查视频平台存储、转发服务器运行状态", "抽查各码头摄像机在线率和录像完整性",
              "登高检修摄像机须办理登高作业票并系安全带", "更新设备台账并填写维护记录"],
             "摄像机在线率≥98%，录像保存≥90天"),
    "av": ("终端防病毒系统维护作业指导书", "网络安全科", "网络安全员1人",
           ["擅自卸载终端客户端"],
           ["检查防病毒服务器病毒库版本和更新任务", "统计各码头终端在线率，督促离线终端所在班组处理",
            "每周下发全网查杀任务并导出查杀报告", "发现病毒按网络安全事件报告与处置管理办法报告"],
           "病毒库为最新版本，终端在线率≥95%"),
}


def ops_guide(co, d, key):
    name, ks, staff, risks, steps, std = OPS[key]
    code = "%s-XXZX-ZY-%02d" % (co.at["code"], list(OPS).index(key) + 1)
    p = Sec(name, "dig").head(("table", [["文件编号", code, "版本", "%s/%d" % (co.rng.choice("AB"), co.rng.randint(0, 3))],
                                          ["归口科室", ks, "实施日期", anyd(co, d)],
                                          ["编制", co.p(2), "审核/批准", "%s / %s" % (co.p(0), co.boss)]]))
    p.part("适用范围", ["适用于信息中心及各码头分公司IT班组开展本项作业。"])
    p.part("作业人员", [staff + "，须经岗位安全培训合格。"])
    p.part("作业风险辨识及安全措施", ["；".join(risks) + "。作业前召开班前会进行安全交底，落实防范措施。"])
    p.part("作业步骤", ["%d）%s；" % (i, s) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    p.part("验收标准", [std + "。"])
    return p.doc("ops_guide", d, False)


def ops_book(co, d, keys):
    b = long_cover(co, "信息中心作业指导书汇编（%d年）" % d.year, "%s-XXZX-ZY-HB" % co.at["code"], "B/%d" % co.rng.randint(1, 4), d,
                   [OPS[k][0] for k in keys])
    for i, k in enumerate(keys, 1):
        name, ks, staff, risks, steps, std = OPS[k]
        b += [("break",), ("h1", "%s、%s" % (han(i), name)), ("p", "作业人员：%s。" % staff), ("h2", "作业风险及安全措施"),
              ("p", "；".join(risks) + "。"), ("h2", "作业步骤")]
        b += [("p", "（%d）%s。" % (j, s)) for j, s in enumerate(steps, 1)]
        b += [("h2", "验收标准"), ("p", std + "。")]
    return Doc("ops_book", "作业指导书汇编", d, ["24/work-instructions", "11/manuals"], False, b)


def cycle_table(co, d):
    """信息设备巡检周期表: what is checked how often; no 作业步骤: nothing."""
    rows = [["设备类别", "巡检项目", "周期", "标准"],
            ["核心交换机", "状态及告警", "日", "无告警"], ["工控防火墙", "策略核对", "月", "与基线一致"],
            ["TOS服务器", "资源及进程", "日", "阈值内"], ["闸口OCR", "识别率抽检", "周", "≥98%"], ["UPS", "放电试验", "年", "后备≥30分钟"]]
    b = [("title", "信息设备巡检周期及标准"), ("p", "技术管理科    %s" % anyd(co, d)),
         ("p", "巡检方法按相应作业指导书执行。"), ("table", rows)]
    return Doc("cycle", "巡检周期表", d, [], False, b)


# ------------------------------------------------------------------------------ 组织、人员、会议

def leading_group(co, d, outs):
    top, no = red_top(co, d, "关于调整集团网络安全和信息化领导小组及其办事机构的通知")
    rows = [["机构", "职务", "人员", "单位/部门"],
            ["领导小组", "组长", "集团总经理", "集团"], ["领导小组", "副组长", "集团分管信息化副总经理", "集团"],
            ["领导小组", "成员", "办公室、安全生产管理部、生产业务部、财务部、信息技术部负责人", "集团本部"],
            ["领导小组办公室（安全管理组）", "主任", "信息技术部部长（信息中心主任）%s" % co.boss, "信息技术部"],
            ["领导小组办公室（安全管理组）", "成员", "%s、%s" % (co.p(0), co.p(1)), "信息中心技术管理科、网络安全科"],
            ["运维执行组", "组长", co.p(2), "信息中心运维保障科"],
            ["运维执行组", "成员", "%s、%s及各码头分公司IT班组长" % (co.p(3), co.p(4)), "信息中心、码头分公司"]]
    if outs:
        rows.append(["运维执行组", "驻场成员", "%s、%s、%s" % (co.vp(0), co.vp(1), co.vp(2)), "%s（外包运维服务商）" % co.vendor])
    b = top + [("p", "因人事变动，经集团研究，对集团网络安全和信息化领导小组及其办事机构调整如下："),
               ("h1", "一、领导小组"), ("p", "负责集团网络安全和信息化工作的决策部署，落实网络安全责任制，审定运维服务方针、重大事项和资源保障。"),
               ("h1", "二、领导小组办公室（安全管理组）"), ("p", "设在信息技术部（信息中心），负责制度建设、风险评估、内部审核和外包服务商考核。"),
               ("h1", "三、运维执行组"), ("p", "负责信息系统运行监控、巡检检修、故障处置和应急响应%s。"
                                      % ("；外包运维服务商驻场人员纳入运维执行组统一管理" if outs else "")),
               ("table", rows)] + colophon(co, d)
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if outs else [])
    doc = Doc("leading_group", "领导小组调整通知", d, items, False, b)
    doc.at_no = no
    return doc


def party_minutes(co, d):
    b = [("title", "信息中心党支部委员会会议记录"), ("p", "%s  支部书记：%s" % (anyd(co, d), co.boss)),
         ("h1", "一、学习集团网络安全和信息化领导小组调整通知"), ("p", "会议要求各科室对照调整后的机构落实责任。"),
         ("h1", "二、研究发展党员事项"), ("p", "同意将运维保障科1名同志列为入党积极分子。"),
         ("h1", "三、党风廉政"), ("p", "部署外包服务项目廉洁风险排查。")]
    return Doc("party", "支部会议记录", d, [], True, b)


def roster(co, d, outs):
    own = [[i + 1, co.p(i), KS[i % 5], ["科长", "网络工程师", "网络安全工程师", "系统工程师", "服务台坐席", "值班员"][i], "在岗职工",
            "1%010d" % co.rng.randint(3000000000, 9999999999)] for i in range(6)]
    ven = [[i + 1, co.vp(i), co.vendor, ["驻场网络工程师", "驻场系统工程师", "驻场安全值守"][i], "运维执行组", "%d-%02d" % (d.year - 1, 3 + i)]
           for i in range(3)] if outs else []
    return book("roster", "信息中心运维人员花名册（%s）" % cnd(d), d, True, [
        ("在岗职工", ["序号", "姓名", "科室", "岗位", "用工性质", "手机"], own, ["9/staff-list"]),
        ("外包驻场人员", ["序号", "姓名", "服务商", "岗位", "所在工作组", "进场时间"], ven, ["9/outsourcing"])])


def role_sheet(co, d):
    rows = [["服务级别管理", "服务目录、服务协议维护和达成统计", "安全管理组（技术管理科）", co.p(0)],
            ["网络安全管理", "安全策略、漏洞、安全事件和工控安全管理", "安全管理组（网络安全科）", co.p(1)],
            ["网络运维", "办公网、生产网、工控网及安全设备维护", "运维执行组（运维保障科）", co.p(2)],
            ["应用运维", "TOS、闸口、EDI、调度系统维护", "运维执行组（应用系统科）", co.p(3)],
            ["码头现场运维", "码头分公司现场设备巡检和一线处置", "运维执行组（码头分公司IT班组）", co.p(4)],
            ["服务台", "报障受理、派单、回访", "运维执行组（运维值班室）", co.p(5)],
            ["配置管理", "资产台账和配置库维护", "安全管理组（技术管理科）", co.p(0)]]
    return book("role_sheet", "信息中心岗位职责及运维角色清单", d, False, [
        ("角色", ["角色", "主要职责", "对应组织", "责任人"], rows, ["18/roles", "23/roles"])])


def iface_notice(co, d):
    top, no = red_top(co, d, "关于明确网络安全管理接口人的通知", "zx")
    b = top + [("p", "为做好与集团各部门、各码头分公司、%s以及海关、海事等单位的网络安全工作对接，经中心研究，明确网络安全科%s为中心网络安全管理接口人，"
                     "负责网络安全事件通报、上级检查配合、网络安全文件的接收和传达，%s为B角。" % (co.at["cust"], co.p(1), co.p(3)))]
    return Doc("iface", "接口人通知", d, ["28/interface-person"], False, b + colophon(co, d, "zx"))


def desk_notice(co, d):
    top, no = red_top(co, d, "关于设立IT服务台的通知", "zx")
    b = top + [("p", "为统一受理各码头分公司和%s的报障和服务请求，中心决定依托运维值班室设立IT服务台，服务热线%s，7×24小时受理。"
                     % (co.at["cust"], co.at["hot"])),
               ("p", "服务台职责：受理电话、%s报障；登记、分级、派单；跟踪处理进度；回访确认并关闭工单。" % co.at["itsm"]),
               ("p", "服务台坐席：%s、%s%s，实行四班三倒。" % (co.p(5), co.p(4), "及外包驻场值守人员" if co.at_outs else "等4人"))] + colophon(co, d, "zx")
    return Doc("desk", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[d.isoformat(), "IT服务台坐席岗前培训", "报障受理与分级、%s派单、码头常见终端故障处置、服务用语" % co.at["itsm"], co.p(2), n, "合格"]
            for n in (co.p(5), ext_eng(co, 2), co.p(4))]
    return book("desk_training", "培训记录表（IT服务台）", d, True, [
        ("培训记录", ["日期", "培训项目", "培训内容", "授课人", "学员", "考核结果"], rows, ["48/training"])])


def tos_training(co, d, fen):
    """码头 操作员 TOS 新版本培训: the users' training, not the service desk's: nothing."""
    rows = [[i + 1, n, fen, r, "合格"] for i, (n, r) in enumerate(zip([co.cp(0), co.cp(1), co.cp(2), co.cp(3)],
                                                                      ["中控调度员", "闸口业务员", "堆场计划员", "船舶计划员"]))]
    return book("tos_training", "%sTOS新版本操作培训签到表" % fen, d, True, [("签到", ["序号", "姓名", "单位", "岗位", "考核"], rows, [])])


def office_minutes(co, d, n, topics):
    """中心主任办公会纪要: each decision proves its own item."""
    b = [("title", "信息中心主任办公会会议纪要"), ("p", "〔%d〕第%d期" % (d.year, n)),
         ("p", "%s，中心主任%s主持召开主任办公会。参加：中心班子成员，各科室负责人；记录：%s。纪要如下：" % (cnd(d), co.boss, co.p(0)))]
    items, i = [], 0
    for t in topics:
        i += 1
        if t == "iface":
            b += [("h1", "%s、关于网络安全管理接口人" % han(i)),
                  ("p", "会议决定，由网络安全科%s担任中心网络安全管理接口人，负责与集团、码头分公司、%s及口岸单位的网络安全事务对接，%s为B角。"
                   % (co.p(1), co.at["cust"], co.p(3)))]
            items.append("28/interface-person")
        elif t == "iface_pending":
            b += [("h1", "%s、关于网络安全管理接口人" % han(i)),
                  ("p", "因网络安全科人员调整，中心网络安全管理接口人待集团干部调整到位后另行明确。")]
        elif t == "desk":
            b += [("h1", "%s、关于设立IT服务台" % han(i)),
                  ("p", "会议同意依托运维值班室设立IT服务台，开通服务热线%s，统一受理码头分公司和%s的报障及服务请求，7×24小时值守，坐席%s、%s。"
                   % (co.at["hot"], co.at["cust"], co.p(5), co.p(4)))]
            items.append("48/service-desk")
        elif t == "improve":
            b += [("h1", "%s、关于%d年运维服务改进事项" % (han(i), d.year)),
                  ("p", "会议听取了技术管理科关于改进机会评估的汇报。技术管理科按对码头生产的影响、实施成本和安全风险三项加权评分，排序如下："),
                  ("table", [["排序", "改进事项", "评分", "意见"], [1, "TOS数据库读写分离改造", 88, "同意实施"],
                             [2, "闸口OCR识别率提升专项", 80, "同意实施"], [3, "知识库与服务台对接", 64, "列入下年度"]]),
                  ("p", "会议批准前两项改进事项立项，由技术管理科跟踪实施。")]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "safety":
            b += [("h1", "%s、关于安全生产工作" % han(i)),
                  ("p", "会议传达集团月度安全生产例会精神，要求各科室严格执行变更审批和交接班制度，落实隐患排查治理。")]
        elif t == "peak":
            b += [("h1", "%s、关于船期高峰信息系统保障" % han(i)),
                  ("p", "会议部署%s信息保障：中心领导带班、科室骨干驻码头值守，暂停非紧急变更。"
                   % co.rng.choice(["三季度集装箱作业高峰", "年底船期密集期", "%s季节" % co.at["wx"]]))]
        elif t == "budget":
            b += [("h1", "%s、关于下年度信息化预算编制" % han(i)), ("p", "会议要求各科室10月底前报送下年度项目预算。")]
    b.append(("p", "出席：%s、%s、%s、%s    记录：%s" % (co.boss, co.p(0), co.p(2), co.p(3), co.p(0))))
    return Doc("office_minutes", "主任办公会纪要", d, sorted(set(items)), True, b)


def safety_meeting(co, d):
    """月度安全生产例会纪要: nothing."""
    b = [("title", "信息中心%d年%d月安全生产例会纪要" % (d.year, d.month)), ("p", "%s  主持：%s" % (anyd(co, d), co.boss)),
         ("p", "一、上月安全生产情况：各系统运行平稳，未发生生产安全事故和网络安全事件，处理报障%d件。" % co.rng.randint(80, 260)),
         ("p", "二、隐患排查：排查一般隐患%d项，已整改%d项。" % (co.rng.randint(3, 9), co.rng.randint(2, 3))),
         ("p", "三、下月重点：做好%s防御信息保障，落实机房防水、防风措施。" % co.at["wx"])]
    return Doc("safety_meeting", "安全生产例会纪要", d, [], True, b)


# ------------------------------------------------------------------------------ 合资码头运维服务

def survey(co, d, tm, sec):
    p = Sec("%s信息化运维服务需求调研报告" % co.at["cust"]).head(
        ("p", "调研单位：信息中心技术管理科    调研时间：%s" % anyd(co, d)))
    p.part("调研背景", ["根据集团与%s签订的信息化运维服务协议续签安排，信息中心对该公司开展运维服务需求调研，访谈分管副总经理、操作部、"
                       "工程技术部%s，结合该公司三年发展规划和集团智慧港口建设规划形成本报告。" % (co.customer, co.cp(0))])
    p.part("服务时间需求", ["码头全天候作业，TOS、%s和EDI报文收发要求7×24小时保障，船舶作业高峰和%s期间需信息中心派人驻码头值守；"
                          "办公网、ERP为工作日8:00-17:30服务，非工作时间电话响应。" % (co.at["gate"], co.at["wx"]),
                          ("table", [["系统", "服务时段", "响应", "恢复"], [co.sys(0), "7×24", "10分钟", "1小时"],
                                     [co.sys(1), "7×24", "15分钟", "2小时"], ["办公网及ERP", "工作日8:00-17:30", "1小时", "1个工作日"]])],
           ["1/survey"], tm)
    p.part("安全服务需求及类型", ["该公司提出的安全服务需求：生产网和工控网边界防护、终端防病毒、漏洞扫描和渗透测试、等级保护测评配合、"
                               "网络安全事件应急支援、员工安全意识培训。按类型分为安全运维类、安全评估类、应急支援类和培训咨询类。"],
           ["5/survey"], sec)
    p.part("结论", ["调研结果经%s确认，作为运维服务协议和服务目录修订的依据。" % co.at["cust"]])
    return p.doc("survey", d, False, [("p", "调研人：%s、%s" % (co.p(0), co.p(3)))])


def fee_sheet(co, d):
    rows = [[1, "TOS及闸口系统运维", 200, "应用工程师2人", 1100, 220000, "%d年1月起" % d.year],
            [2, "网络及安全设备运维", 150, "网络工程师1人、外包1人", 1000, 150000, "按月"],
            [3, "季度健康检查", 16, "网络安全工程师2人", 1300, 20800, "每季末月"],
            [4, "漏洞扫描和渗透测试", 12, "网络安全工程师", 1800, 21600, "%d年9月前" % d.year],
            [5, "%s及作业高峰保障" % co.at["wx"], 20, "值守人员", 1000, 20000, "按需"],
            ["", "合计", 398, "", "", 432400, ""]]
    return book("fee", "%s%d年度信息化运维服务费用测算表" % (co.at["cust"], d.year), d, False, [
        ("测算", ["序号", "服务项目", "工作量（人天）", "人力资源", "单价（元/人天）", "项目经费（元）", "项目节点"], rows, ["2/budget"])],
        note="测算：%s    审核：%s" % (co.p(0), co.boss))


def meeting(co, d, agreed):
    p = Sec("%s信息化运维服务沟通会会议纪要" % co.at["cust"]).head(
        ("p", "时间：%s    地点：%s二楼会议室" % (anyd(co, d), co.at["cust"])),
        ("p", "参加：信息中心%s、%s；%s%s、%s" % (co.p(0), co.p(2), co.at["cust"], co.cp(0), co.cp(1))))
    p.part("会议内容", ["双方就%d年度运维服务范围、驻场方式、健康检查安排和报障流程进行了沟通。" % d.year])
    p.part("会议共识", ["一是服务范围包括TOS、%s、EDI接口、办公网及网络安全设备；" % co.at["gate"],
                        "二是信息中心安排1名工程师工作日驻码头，夜间和节假日由运维值班室远程值守；",
                        "三是每季度开展一次健康检查，报告5个工作日内送达。",
                        "上述事项双方一致同意，由信息中心据此修订服务协议附件。"], ["3/communication"], agreed)
    p.part("遗留事项", ["岸桥远控工控网的运维界面另行研究。" if agreed else
                        "服务范围和驻场方式双方意见尚不一致，待%s内部研究后再议。" % co.at["cust"]])
    return p.doc("meeting", d, False, [("p", "记录：%s" % co.p(3))])


def history(co, d, on):
    p = Sec("%s上一协议期运维数据分析及保障方案" % co.at["cust"]).head(("p", "信息中心    %s" % anyd(co, d)))
    p.part("运维历史数据清单", [("table", [["数据项", "来源", "时间范围", "条数"],
                                        ["报障工单", co.at["itsm"], "%d全年" % (d.year - 1), co.rng.randint(300, 900)],
                                        ["变更记录", co.at["itsm"], "%d全年" % (d.year - 1), co.rng.randint(40, 150)],
                                        ["故障（中断）登记", "运维值班室", "%d全年" % (d.year - 1), co.rng.randint(3, 15)],
                                        ["巡检记录", "运维保障科", "%d全年" % (d.year - 1), co.rng.randint(200, 500)]])],
           ["4/history-list"], "list" in on)
    p.part("数据分析", ["指标完成情况：%s全年可用率99.97%%，达到协议约定；报障按时解决率96.1%%。" % co.sys(0),
                        "违例操作：发现码头中控人员私接U盘3起、外包人员未审批修改闸口参数1起，均已通报考核。",
                        "重大事件：%d年%s期间外电中断造成%s中断2.5小时。" % (d.year - 1, co.at["wx"], co.sys(1)),
                        "重大（失败）变更：TOS版本升级失败回退1次，原因为岸桥PLC接口未充分测试。"], ["4/analysis"], "analysis" in on)
    p.part("保障策略及实施方案", ["据此制定保障策略：闸口双路供电改造、TOS升级前全接口联调测试、外包人员变更卡控；",
                                ("table", [["措施", "责任科室", "完成时间"], ["闸口双路供电改造", "运维保障科", "%d年6月" % d.year],
                                           ["TOS接口联调测试清单", "应用系统科", "%d年3月" % d.year], ["外包人员变更卡控", "技术管理科", "每季度"]])],
           ["4/strategy"], "strategy" in on)
    return p.doc("history", d, False)


def agreement(co, d, modes=True, core=True, health=True):
    p = Sec("信息化运维服务协议", "tiao").head(
        ("p", "甲方：%s    乙方：%s（信息中心）" % (co.customer, co.at["grp"])),
        ("p", "协议编号：%s-XXYW-%d-%03d" % (co.at["code"], d.year, co.rng.randint(1, 60))))
    p.part("服务范围", ["乙方为甲方提供%s、%s、EDI接口、办公网及网络安全设备的运维服务。" % (co.sys(0), co.at["gate"])])
    p.part("运维方式", ["乙方以驻场值守、定期巡检和远程值守相结合的方式提供服务：工作日派1名工程师驻码头值守；每月定期巡检一次；"
                        "夜间、节假日由乙方运维值班室远程值守，船舶作业高峰和%s期间加派人员驻场。" % co.at["wx"]], ["35/sla"], modes)
    p.part("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s可用率" % co.sys(0), "≥99.95%"], ["%s可用率" % co.sys(1), "≥99.9%"],
                                              ["一级故障响应时间", "10分钟"], ["一级故障恢复时间", "1小时"], ["甲方满意度", "≥90分"]])],
           ["36/sla"], core)
    p.part("健康检查", ["乙方每季度对甲方网络安全设备和业务系统开展一次健康检查，%s季节前加检一次；以现场检查为主、远程检查为辅，"
                        "检查后5个工作日内提交报告。" % co.at["wx"]], ["15/agreement"], health)
    p.part("费用及期限", ["服务费按年度测算表结算，协议期限自%s起三年。" % cnd(d)])
    return p.doc("agreement", d, False, [("p", "甲方（盖章）：%s    授权代表：%s" % (co.customer, co.cp(0))),
                                         ("p", "乙方（盖章）：%s    授权代表：%s" % (co.at["grp"], co.boss)),
                                         ("p", "签订日期：%s" % anyd(co, d))], extra=["39/sla"])


def health_check(co, d, collect, secdev=True):
    p = Sec("%s%d年第%d季度信息系统健康检查报告" % (co.at["cust"], d.year, quarter(d))).head(
        ("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查", "现场检查"]), anyd(co, d), co.p(1), co.p(2))))
    rows = [["检查对象", "可用性", "持续运行", "冗余/告警", "结论"],
            [co.sys(0), "99.99%", "%d天" % co.rng.randint(30, 200), "双机热备正常", "良好"],
            [co.sys(1), "99.7%", "%d天" % co.rng.randint(20, 90), "2条车道OCR告警", "关注"],
            ["EDI报文服务", "100%", "%d天" % co.rng.randint(30, 150), "无积压", "良好"]]
    if secdev:
        rows += [["生产网边界防火墙", "100%", "%d天" % co.rng.randint(60, 300), "主备正常", "良好"],
                 ["工控防火墙及网闸", "100%", "%d天" % co.rng.randint(30, 180), "策略与基线一致", "良好"]]
    p.part("检查范围", ["%s码头%s业务系统。" % (co.at["cust"], "生产网、工控网网络安全设备及" if secdev else "")])
    p.part("可用性和持续性检查", [("table", rows)])
    p.part("安全信息采集", ["采集系统配置：导出防火墙、核心交换机运行配置，与安全配置基线比对，差异1项；",
                           "采集流量信息：生产网出口峰值%dMbps，均值%dMbps，无异常流量；" % (co.rng.randint(200, 800), co.rng.randint(50, 180)),
                           "采集系统状态：CPU、内存、磁盘、会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], collect)
    p.part("问题和建议", ["建议%s季节前完成闸口机柜防水改造。" % co.at["wx"]])
    p.items += ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    return p.doc("health_check", d, True)


def csat(co, d, half):
    yr = d.year if half == "上半年" else d.year - 1
    p = Sec("%s%d年%s运维服务满意度调查报告" % (co.at["cust"], yr, half)).head(
        ("p", "调查时间：%s    调查方式：问卷（操作部、工程技术部、综合部）和电话回访" % anyd(co, d)))
    p.part("调查结果", [("table", [["调查项", "得分"], ["报障响应及时性", co.rng.randint(85, 97)], ["故障修复质量", co.rng.randint(85, 97)],
                                   ["服务态度", co.rng.randint(90, 99)], ["变更通知及时性", co.rng.randint(80, 95)],
                                   ["综合满意度", co.rng.randint(88, 96)]])])
    p.part("满意度分析", ["服务态度评价最高；变更通知及时性得分最低，主要是部分紧急变更未提前通知操作部；较上期综合满意度%s。"
                         % co.rng.choice(["上升1分", "持平", "上升2分"])])
    p.part("改进措施", ["变更通知纳入平台短信推送；作业高峰期增派驻场人员。"])
    p.items += ["41/surveys", "58/survey", "63/survey"]
    return p.doc("csat", d, True)


def csat_trend(co, d):
    b = [("title", "%s运维服务满意度趋势分析" % co.at["cust"]), ("p", "技术管理科    %s" % anyd(co, d)),
         ("table", [["期次", "综合满意度", "有效问卷"], ["%d年上半年" % (d.year - 1), 88, 21], ["%d年下半年" % (d.year - 1), 90, 24],
                    ["%d年上半年" % d.year, 92, 23]]),
         ("p", "趋势：连续三期上升，报障响应及时性提升最明显；变更通知及时性仍为短板，需持续关注。")]
    return Doc("csat_trend", "满意度趋势", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = []
    for i in range(6):
        x = back(d, 21 * i)
        rows.append([x.isoformat(), co.rng.choice([co.at["cust"] + "操作部", co.at["cust"] + "工程技术部", co.at["cust"] + "综合部"]),
                     co.p(5), co.rng.choice(["电话", "现场", "电话"]),
                     co.rng.choice(["满意", "希望变更提前通知", "闸口故障修复偏慢", "满意"]), "已反馈%s" % co.rng.choice(KS[1:])])
    return book("callbacks", "%s运维服务回访登记表" % co.at["cust"], d, True, [
        ("回访", ["回访日期", "回访单位", "回访人", "方式", "客户意见", "处理情况"], rows, ["63/follow-up-visits"])])


def cust_monthly(co, d, avail):
    m = d.month - 1 or 12
    p = Sec("%s%d年%d月运维服务报告" % (co.at["cust"], d.year if d.month > 1 else d.year - 1, m)).head(("p", "信息中心    %s" % anyd(co, d)))
    p.part("服务工作量", ["本月受理报障%d件、服务请求%d件，完成巡检%d次、变更%d项。"
                         % (co.rng.randint(15, 60), co.rng.randint(5, 20), co.rng.randint(8, 20), co.rng.randint(1, 6))])
    p.part("系统可用率", [("table", [["系统", "目标", "本月可用率", "中断次数"], [co.sys(0), "99.95%", "99.98%", 1],
                                     [co.sys(1), "99.9%", "99.86%", 2], ["EDI报文服务", "99.9%", "100%", 0]])],
           ["18/availability-report", "22/report"], avail)
    p.part("下月安排", ["配合%s开展网络安全检查，完成闸口OCR镜头清洁。" % co.at["cust"]])
    return p.doc("cust_monthly", d, True)


def requirements(co, d):
    b = [("title", "自动化场桥远控系统接入需求分析记录"), ("p", "应用系统科    %s" % anyd(co, d)),
         ("table", [["类别", "需求", "%s确认" % co.at["cust"]], ["功能", "场桥远控与TOS作业指令自动下发、作业完成自动回传", "已确认"],
                    ["性能", "指令下发时延≤1秒，视频时延≤200ms", "已确认"], ["安全性", "工控网与生产网之间部署网闸，满足等级保护第三级要求", "已确认"]]),
         ("p", "%s代表：%s（签字）    信息中心：%s" % (co.at["cust"], co.cp(0), co.p(0)))]
    return Doc("requirements", "需求分析记录", d, ["11/requirements"], True, b)


# ------------------------------------------------------------------------------ 服务设计

def catalog(co, d, parts):
    rows, items = [], ["29/catalog"]
    base = [("初始服务", "新接入码头和系统的资产识别、配置项收集和运维流程导入"),
            ("安全设备运维", "防火墙、工控防火墙、网闸、防病毒网关的维护、升级和检修"),
            ("日常巡检服务", "机房、码头现场网络和网络安全设备日常巡检"),
            ("健康检查", "每季度网络安全设备及业务系统健康检查"),
            ("安全事件审计", "网络及安全设备、服务器、应用系统日志审计")]
    l2 = [("运维监控与分析", "生产网、工控网和重要系统7×24监控及月度运行分析"), ("终端安全监控", "码头中控、闸口终端准入、违规外联和病毒监控"),
          ("等级保护合规性运维", "按等级保护要求开展合规检查和整改跟踪")]
    l1 = [("安全通告及漏洞分析", "漏洞、病毒、厂商通告收集分析并发布网络安全通报"), ("应急响应服务", "网络安全事件和系统故障7×24应急支援")]
    for on, its, ents in [("base" in parts, ["12/catalog"], base), ("l2" in parts, ["19/catalog"], l2), ("l1" in parts, ["26/catalog"], l1)]:
        if on:
            items += its
            rows += [[n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["服务记录", "检查报告", "工单"])] for n, c in ents]
    rows += [["账号及权限服务", "TOS、ERP、OA账号开通和权限调整", "远程", "工单"],
             ["船期高峰保障", "船舶作业高峰和%s期间驻场保障" % co.at["wx"], "现场", "保障记录"]]
    return book("catalog", "信息中心运维服务目录（%d版）" % d.year, d, False, [
        ("服务目录", ["服务项目", "服务内容", "服务方式", "交付物"], rows, items)])


def vendor_contract(co, d, sld=True):
    p = Sec("信息系统运维服务外包合同", "tiao").head(
        ("p", "甲方：%s    乙方：%s" % (co.at["grp"], co.vendor)),
        ("p", "合同编号：%s-CG-%d-%03d" % (co.at["code"], d.year, co.rng.randint(1, 200))))
    p.part("服务范围", ["乙方派驻3名工程师驻场，承担办公网、生产网部分网络设备和服务器的运维，纳入甲方运维执行组统一管理。"
                        if co.at_outs else "乙方提供生产网、办公网部分网络设备和服务器的远程技术支持、备品备件和二线故障处理，不派驻人员。"])
    p.part("服务级别要求", ["乙方应满足：一级故障10分钟响应、1小时恢复；二级故障30分钟响应、4小时恢复；服务请求1个工作日办结；"
                            "每月提交运维报告，接受甲方月度考核，未达服务级别按考核条款扣减服务费。"], ["8/sld"], sld)
    p.part("安全生产和保密", ["乙方人员须签订安全生产责任书和保密承诺书，遵守甲方变更管理和港区安全管理规定，不得超范围作业。"])
    p.part("期限及费用", ["合同期限一年，自%s起；服务费按季度考核结果结算。" % cnd(d)])
    return p.doc("vendor_contract", d, False, [("p", "甲方（盖章）    乙方（盖章）    %s" % anyd(co, d))])


def ola(co, d):
    p = Sec("信息中心内部运维协同约定（OLA）").head(("p", "技术管理科编制，主任办公会审定    %s" % anyd(co, d)))
    p.part("适用范围", ["适用于运维保障科、应用系统科、网络安全科、技术管理科和各码头分公司IT班组之间的故障协同处理。"])
    p.part("内部协同时限", ["一级故障二线科室10分钟内接手、1小时恢复；二级故障30分钟内接手、4小时恢复；服务请求1个工作日办结；",
                           "上述内部时限与《信息系统运维服务外包合同》约定的服务商服务级别保持一致，技术管理科每半年对照复核一次。"], ["8/ola"])
    return p.doc("ola", d, False)


def avail_kpis(co, d):
    rows = [["整体指标", "生产系统综合可用率", "全部生产系统", "≥99.9%", "月"],
            ["整体指标", "一级故障次数", "全部生产系统", "0", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.95%", "月"],
            ["单系统指标", "%s可用率" % co.sys(1), co.sys(1), "≥99.9%", "月"],
            ["单系统指标", "%s可用率" % co.sys(2), co.sys(2), "≥99.9%", "月"],
            ["单系统指标", "岸桥远控链路可用率", "工控网", "≥99.99%", "月"]]
    return book("avail_kpis", "信息系统可用性指标清单", d, False, [
        ("指标", ["指标类型", "指标名称", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    p = Sec("以往运维方案对生产作业影响分析及自动化运维建议").head(("p", "技术管理科    %s" % anyd(co, d)))
    p.part("以往运维方案回顾", ["回顾%d年实施的运维方案%d项，包括TOS版本升级、闸口车道扩建、工控网隔离改造、服务器虚拟化迁移等。"
                               % (d.year - 1, co.rng.randint(20, 40))])
    p.part("对生产作业的影响分析", ["其中3项方案实施期间影响闸口通行（最长18分钟），均在夜间低峰窗口；1项因回退导致次日早班TOS登录延迟10分钟。"],
           ["7/impact-analysis"])
    p.part("解决效率分析及可自动化服务", ["全年处置网络安全事件%d起，平均处置时长2.8小时，终端病毒告警、弱口令告警等重复性事件占59%%；"
                                         "建议将病毒库版本核查、弱口令核查、闸口设备状态巡检和巡检记录生成实现自动化。" % co.rng.randint(60, 150)],
           ["7/automation"], auto)
    return p.doc("svc_review", d, True)


def dev_plan(co, d):
    b = [("title", "%d年度运维工具自主开发计划" % d.year), ("p", "应用系统科    %s" % anyd(co, d)),
         ("p", "根据码头分公司和%s的需求及中心自身开发能力，计划开发以下运维工具：" % co.at["cust"]),
         ("table", [["工具名称", "用途", "计划完成", "负责人"], ["闸口设备状态自动巡检工具", "批量采集OCR、道闸、地磅状态", "%d年6月" % d.year, co.p(3)],
                    ["工控网白名单核查脚本", "比对工控防火墙策略与基线", "%d年9月" % d.year, co.p(1)],
                    ["巡检记录自动生成模块", "汇总巡检数据生成记录", "%d年11月" % d.year, co.p(4)]])]
    return Doc("dev_plan", "工具开发计划", d, ["33/dev-plan"], False, b)


# ------------------------------------------------------------------------------ 运维 records

def patrol_book(co, d, fen, kinds):
    """码头分公司 巡检记录 (one month): one sheet per record kind; a sheet without rows proves nothing."""
    days = [back(d, 3 * i) for i in range(9)]
    r = co.rng
    sh = [("机房环境", ["日期", "UPS负载", "空调", "温湿度", "漏水检测", "巡检人"],
           [[x.isoformat(), "%d%%" % r.randint(30, 55), "正常", "%d℃/%d%%" % (r.randint(20, 25), r.randint(40, 58)), "无", co.p(4)]
            for x in days] if "env" in kinds else [], []),
          ("网络及安全设备", ["日期", "设备", "运行状态", "CPU", "内存", "告警", "巡检人"],
           [[x.isoformat(), r.choice(["核心交换机", "生产网防火墙", "工控防火墙", "网闸", "闸口汇聚交换机"]), "正常",
             "%d%%" % r.randint(8, 45), "%d%%" % r.randint(25, 60), r.choice(["无", "无", "1条低级告警已确认"]), co.p(4)] for x in days]
           if "dev" in kinds else [], ["44/inspection", "45/monitoring", "14/maintenance"]),
          ("防病毒", ["日期", "范围", "病毒库版本", "终端在线率", "查杀结果", "执行人"],
           [[x.isoformat(), "%s中控及闸口终端" % fen, "%d.%02d%02d.01" % (x.year, x.month, x.day), "%.1f%%" % (94 + r.random() * 5),
             r.choice(["未发现病毒", "清除木马1个", "未发现病毒"]), co.p(1)] for x in days[:4]] if "av" in kinds else [],
           ["44/virus-scan", "45/antivirus"]),
          ("日常维护", ["日期", "设备", "维护内容", "结果", "维护人"],
           [[x.isoformat(), r.choice(["生产网防火墙", "工控防火墙", "闸口汇聚交换机"]), "日志清理、策略命中检查、风扇除尘", "完成", ext_eng(co, 0)]
            for x in days[::2]] if "maint" in kinds else [], ["44/maintenance", "14/maintenance"]),
          ("故障处理", ["日期", "设备", "故障现象", "处理及排除", "恢复时间", "处理人"],
           [[days[2].isoformat(), "%s闸口汇聚交换机" % fen[:2], "电源模块告警", "更换电源模块", "30分钟", co.p(4)],
            [days[6].isoformat(), "生产网防火墙", "业务口光模块故障", "更换光模块", "20分钟", ext_eng(co, 1)]] if "fault" in kinds else [],
           ["44/faults"]),
          ("版本升级", ["日期", "设备", "升级前", "升级后", "变更单号", "验证"],
           [[days[4].isoformat(), "生产网防火墙", "V5.6R3", "V5.6R5", "BG%s%02d" % (ymd(days[4]), r.randint(1, 30)), "通过"],
            [days[7].isoformat(), "入侵防御", "特征库%s" % ymd(days[8]), "特征库%s" % ymd(days[7]), "标准变更", "通过"]] if "up" in kinds else [],
           ["44/upgrades"])]
    return book("patrol", "%sIT班组信息设备巡检记录（%d年%02d月）" % (fen, d.year, d.month), d, True, sh)


def overhaul(co, d, fen):
    rows = []
    for dev in ["核心交换机", "生产网防火墙", "工控防火墙", "网闸", "入侵防御"]:
        rows.append([dev, "除尘、风扇及电源检查、日志清理、配置备份、版本核对",
                     "CPU %d%% 内存 %d%% 端口误码0" % (co.rng.randint(8, 45), co.rng.randint(25, 60)), "良好", co.p(4), co.p(2)])
    b = [("title", "%s信息设备%d年第%d季度检修记录" % (fen, d.year, quarter(d))),
         ("p", "检修日期：%s    作业窗口：%s 01:00-05:00（无船作业时段）    作业负责人：%s" % (anyd(co, d), d.isoformat(), co.p(4))),
         ("table", [["设备", "检修项目", "测试数据", "结论", "检修人", "验收"]] + rows),
         ("p", "本次检修发现问题%d项，已现场处理；作业完毕已向运维值班室报告。" % co.rng.randint(0, 3))]
    return Doc("overhaul", "季度检修记录", d, ["14/maintenance", "44/maintenance", "44/inspection"], True, b)


def ics_check(co, d):
    """工控安全月度检查 (岸桥/场桥 远控): security devices' state: 44 inspection, 45 monitoring, 14 maintenance."""
    rows = [[x, co.rng.choice(["正常", "正常", "1条告警已处置"]), "%d%%" % co.rng.randint(8, 35), "与基线一致", co.p(1)]
            for x in ["远控中心工控防火墙", "岸桥PLC区工控防火墙", "场桥远控网闸", "工控审计探针", "工控主机卫士管理端"]]
    b = [("title", "岸桥/场桥远程操控系统工控安全月度检查表（%d年%d月）" % (d.year, d.month)),
         ("p", "检查日期：%s    检查人：%s    陪同：%s" % (anyd(co, d), co.p(1), co.cp(2))),
         ("table", [["设备", "运行状态", "CPU", "策略核对", "检查人"]] + rows),
         ("p", "结论：工控安全设备运行正常，白名单策略无变更，未发现非法外联。")]
    return Doc("ics_check", "工控安全检查", d, ["44/inspection", "45/monitoring", "14/maintenance"], True, b)


def change_form(co, d, signed):
    rows = [["申请科室", co.rng.choice(KS[1:4]), "申请日期", d.isoformat()],
            ["变更内容", "%s应用服务器扩容及版本升级" % co.sys(2), "变更级别", "一般变更"],
            ["影响范围", "各码头分公司及%s" % co.at["cust"], "实施窗口", "%s 01:00-05:00" % (d + timedelta(days=3)).isoformat()],
            ["测试验证", "已在测试环境验证通过", "回退方案", "保留原版本及快照，失败时30分钟内回退"],
            ["科室负责人意见", "同意  %s" % co.p(3) if signed else "", "技术管理科意见", "同意  %s" % co.p(0) if signed else ""],
            ["中心领导批准", co.boss if signed else "", "实施结果", "成功，业务验证正常，%s关闭" % (d + timedelta(days=3)).isoformat() if signed else ""]]
    b = [("title", "信息系统变更申请单"), ("p", "编号：BG-%s-%02d" % (ymd(d), co.rng.randint(1, 40))), ("table", rows)]
    items = ["54/records", "43/process-records"] if signed else []
    return Doc("change_form", "变更申请单", d, items, True, b)


def change_export(co, d, rows_on=True):
    rows = []
    for i in range(co.rng.randint(8, 14) if rows_on else 0):
        x = back(d, co.rng.randint(0, 80))
        rows.append(["CHG%s%03d" % (ymd(x), co.rng.randint(1, 300)), x.isoformat(),
                     co.rng.choice(["生产网防火墙策略调整", "%s版本升级" % co.sys(0), "闸口OCR参数调整", "EDI报文格式升级", "核心交换机端口调整",
                                    "工控防火墙白名单新增"]),
                     co.rng.choice(["一般", "标准", "重大"]), co.p(co.rng.randint(0, 3)), co.boss,
                     co.rng.choice(["成功", "成功", "成功", "失败已回退"]), "已关闭"])
    return book("change_export", "变更记录导出（%s）" % co.at["itsm"], d, True, [
        ("变更", ["变更单号", "实施日期", "变更内容", "级别", "申请人", "批准人", "实施结果", "状态"], rows, ["54/records", "43/process-records"])])


def duty_log(co, d, detailed):
    rows = [["日期", "班次", "监控及巡视情况", "异常及处理", "值班员", "接班员"]]
    for i in range(7):
        x = back(d, i)
        if detailed:
            s = "核心交换机、生产网防火墙、工控防火墙运行正常，CPU %d%%，监控告警%d条已确认；TOS、闸口、EDI运行正常" % (
                co.rng.randint(10, 40), co.rng.randint(0, 4))
        else:
            s = "正常"
        rows.append(["%d月%d日" % (x.month, x.day), co.rng.choice(["白班", "夜班"]), s,
                     "无" if co.rng.random() < 0.75 else "%s报障1件已派单" % co.rng.choice(co.at["fens"]), co.p(i % 6), co.p((i + 1) % 6)])
    b = [("title", "信息中心运维值班记录"), ("p", "（%d年 第%d册）" % (d.year, co.rng.randint(2, 12))), ("table", rows)]
    items = ["44/inspection", "45/monitoring", "14/maintenance"] if detailed else []
    return Doc("duty_log", "值班记录", d, items, True, b)


def handover(co, d, fen):
    rows = [["日期", "交班人", "接班人", "设备状态", "工具备品", "未完事项"]]
    for i in range(8):
        x = back(d, i)
        rows.append(["%d.%d" % (x.month, x.day), co.p(i % 6), co.p((i + 2) % 6), "交接正常", "齐全", "无"])
    return Doc("handover", "交接班记录", d, [], True, [("title", "%sIT班组交接班记录" % fen), ("table", rows)])


def outage_book(co, d):
    rows = []
    for i in range(co.rng.randint(4, 7)):
        x = back(d, 19 * i + co.rng.randint(0, 9))
        rows.append([x.isoformat(), co.sys(i % 3), co.rng.choice(["服务中断", "性能下降", "接口中断"]), "%d分钟" % co.rng.randint(3, 50),
                     co.rng.choice(["外电闪断", "数据库锁等待", "光纤被挖断", "OCR服务器宕机"]), "已恢复", co.p(i % 6)])
    return book("outage", "信息系统故障（中断）登记表%d" % d.year, d, True, [
        ("故障登记", ["发生日期", "系统", "事件", "中断时长", "原因", "处理", "登记人"], rows,
         ["18/availability-events", "22/events", "43/process-records"])])


def hw_stats(co, d, rows_on=True):
    rows = []
    for i in range(4 if rows_on else 0):
        x = back(d, 40 * i)
        rows.append([i + 1, x.isoformat(), co.rng.choice(["生产网防火墙", "工控防火墙", "网闸", "入侵防御"]),
                     ["电源", "风扇", "硬盘", "光模块"][i], "返厂更换", "%d分钟" % co.rng.randint(10, 90), co.p(4)])
    if rows:
        rows.append(["", "合计", "", "%d次" % len(rows), "", "", ""])
    return book("hw_stats", "安全设备硬件故障统计表（%d年）" % d.year, d, True, [
        ("统计", ["序号", "日期", "设备", "故障部件", "处理方式", "停机时长", "处理人"], rows, ["14/hardware-faults", "44/faults"])])


def tickets(co, d, resp):
    head = ["工单号", "类型", "报障单位", "受理时间"] + (["响应时间"] if resp else []) + ["解决时间", "描述", "处理人", "状态"]
    rows = []
    for i in range(12):
        x = back(d, 6 * i)
        row = ["WO%s%03d" % (ymd(x), co.rng.randint(1, 200)), co.rng.choice(["事件", "服务请求", "事件"]),
               co.rng.choice(co.at["fens"] + (co.at["cust"],)), "%s 0%d:%02d" % (x.isoformat(), co.rng.randint(1, 9), co.rng.randint(0, 59))]
        if resp:
            row.append("%s 0%d:%02d" % (x.isoformat(), co.rng.randint(1, 9), co.rng.randint(0, 59)))
        row += ["%s 1%d:%02d" % (x.isoformat(), co.rng.randint(0, 8), co.rng.randint(0, 59)),
                co.rng.choice(["闸口OCR识别失败", "TOS登录慢", "EDI报文积压", "中控终端无法打印", "VPN账号开通"]), co.p(i % 6), "已关闭"]
        rows.append(row)
    its = ["43/process-records"] + (["55/response-times"] if resp else [])
    return book("tickets", "工单导出_%s" % ymd(d), d, True, [("工单", head, rows, its)])


def monthly(co, d, trend, data, avail):
    m = d.month - 1 or 12
    p = Sec("信息中心%d年%d月信息系统运行分析报告" % (d.year if d.month > 1 else d.year - 1, m)).head(("p", "技术管理科    %s" % anyd(co, d)))
    p.part("本月运行概况", ["本月集装箱吞吐量%d万TEU，各信息系统运行平稳，受理报障%d件、服务请求%d件，完成变更%d项。"
                           % (co.rng.randint(20, 90), co.rng.randint(100, 300), co.rng.randint(50, 150), co.rng.randint(10, 30))])
    p.part("指标趋势分析", [("table", [["指标", "%d月" % ((m - 3) % 12 + 1), "%d月" % ((m - 2) % 12 + 1), "%d月" % m, "趋势"],
                                        ["TOS数据库CPU峰值", "58%", "63%", "69%", "上升"], ["监控告警数", 512, 470, 431, "下降"],
                                        ["生产网出口带宽峰值(Mbps)", 620, 655, 690, "上升"], ["闸口OCR识别率", "97.6%", "97.9%", "98.3%", "上升"]]),
                            "TOS数据库CPU随吞吐量增长持续上升，预计四季度作业高峰达到扩容阈值，已提出扩容计划。"], ["50/monitoring-report"], trend)
    p.part("运维数据统计", [("table", [["指标", "本月"], ["异常报告及时率", "98.2%"], ["异常漏报率", "0.4%"], ["维护作业计划的及时完成率", "97%"],
                                       ["故障隐患发现率", "91%"], ["异常主动发现率", "87%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                       ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(0, 6)]])],
           ["56/data"], data)
    p.part("系统可用率", [("table", [["系统", "目标", "可用率", "是否达标"], [co.sys(0), "99.95%", "99.98%", "是"],
                                     [co.sys(1), "99.9%", "99.86%", "否"], [co.sys(2), "99.9%", "100%", "是"]]),
                          "%s未达标，原因为车道OCR服务器单点故障，已列入可用性改进。" % co.sys(1)], ["18/availability-report", "22/report"], avail)
    p.part("下月工作", ["做好%s防御和船期高峰信息保障。" % co.at["wx"]])
    return p.doc("monthly", d, True)


def avail_plan(co, d):
    b = [("title", "%d年信息系统可用性保障计划" % d.year), ("p", "技术管理科    %s" % anyd(co, d)),
         ("h1", "一、可用性目标"), ("p", "%s可用率≥99.95%%，%s、%s≥99.9%%。" % (co.sys(0), co.sys(1), co.sys(2))),
         ("h1", "二、保障措施"), ("p", "TOS双机热备和同城灾备、闸口OCR服务器集群化、生产网双链路、%s前专项检查。" % co.at["wx"]),
         ("h1", "三、可用性事件监控与报告"), ("p", "可用性事件在故障（中断）登记表登记，每月在运行分析报告中报告可用率执行情况，未达标项提出改进措施。")]
    return Doc("avail_plan", "可用性计划", d, ["18/availability-plan", "22/plan"], False, b)


def kb_export(co, d, rows_on=True):
    rows = [["KB%04d" % (100 + i), t, c, co.p(i % 6), "已发布"] for i, (t, c) in enumerate([
        ("闸口OCR识别率骤降排查", "闸口"), ("TOS数据库锁等待处理", "应用"), ("EDI报文积压处理", "应用"),
        ("工控防火墙HA切换失败处理", "工控安全"), ("岸桥远控视频卡顿排查", "工控网络"), ("中控终端打印机脱机", "终端")])] if rows_on else []
    return book("kb", "运维知识库导出", d, True, [("知识条目", ["编号", "标题", "分类", "提交人", "状态"], rows, ["21/knowledge-base"])])


def asset_book(co, d):
    rows = []
    devs = [("FW", "生产网防火墙", "华为USG6680", "生产网边界访问控制", "GE1/0/1-核心交换机"),
            ("ICS", "工控防火墙", "威努特IFW", "岸桥远控区隔离", "GE0/1-工控交换机"),
            ("GAP", "网闸", "天融信TopRules", "工控网与生产网隔离", "内外端口"),
            ("SW", "核心交换机", "H3C S12508", "生产网核心", "上联FW"),
            ("SRV", "TOS数据库服务器", "浪潮NF8480", co.sys(0), "Bond0-SW"),
            ("OCR", "闸口OCR服务器", "联想SR650", co.sys(1), "闸口汇聚交换机")]
    for i, (a, n, m, f, port) in enumerate(devs, 1):
        rows.append(["%s-%s-%02d" % (co.at["code"], a, i), n, "网络安全设备" if a in ("FW", "ICS", "GAP") else "网络/服务器", m, f,
                     "%s%s机房%d柜" % (co.at["fens"][i % 3], co.rng.choice(["中控楼", "闸口", "远控中心"]), i), port,
                     "生产区" if i != 2 else "工控区", ["高", "高", "高", "中", "高", "中"][i - 1], "双机热备" if i < 3 else "冷备",
                     "V%d.%d" % (co.rng.randint(5, 9), co.rng.randint(0, 9))])
    return book("asset", "信息设备资产台账（%s）" % ymd(d), d, True, [
        ("资产", ["资产编号", "名称", "种类", "型号", "功能", "物理位置", "端口对应", "部署", "分级", "保护措施", "软件配置"], rows,
         ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    cis = [("生产网防火墙策略", "安全配置"), ("工控防火墙白名单", "安全配置"), ("%s应用配置" % co.sys(0), "应用配置"),
           ("TOS数据库参数", "数据库配置"), ("闸口OCR参数", "应用配置"), ("堡垒机账号策略", "安全配置")]
    rows = [["CI-%04d" % (200 + i), n, t, "v%d.%d" % (co.rng.randint(1, 4), co.rng.randint(0, 9)), co.p(i % 5),
             ["机密", "机密", "内部", "机密", "内部", "机密"][i - 1], "仅配置管理员可写", "SHA256校验", "每日异地备份"] for i, (n, t) in enumerate(cis, 1)]
    rel_rows = [["CI-%04d" % (200 + i), "CI-%04d" % (200 + (i % 6) + 1), co.rng.choice(["依赖", "承载", "防护"])] for i in range(1, 7)] if rel else []
    return book("cmdb", "配置管理数据库导出_%s" % ymd(d), d, True, [
        ("配置项", ["配置项编号", "名称", "类型", "版本", "责任人", "密级", "访问控制", "完整性校验", "备份"], rows, ["27/cmdb"]),
        ("关联关系", ["配置项", "关联配置项", "关系类型"], rel_rows, ["38/cmdb-relations"])])


def ci_changes(co, d):
    rows = [[back(d, 20 * i).isoformat(), "CI-%04d" % (201 + i), ["新增访问策略", "白名单更新", "版本升级", "参数优化", "OCR参数调整", "账号清理"][i],
             "CHG%s%03d" % (ymd(back(d, 20 * i)), co.rng.randint(1, 300)), co.p(2), co.p(0)] for i in range(6)]
    return book("ci_changes", "配置项变更维护登记", d, True, [
        ("维护登记", ["日期", "配置项", "更新内容", "关联变更单", "执行人", "复核人"], rows, ["43/ci-updates"])])


def collect_sheet(co, d):
    rows = [[back(d, 30 * i).isoformat(), co.rng.choice(["生产网防火墙", "核心交换机", "工控防火墙"]), "已导出并比对基线",
             "峰值%dMbps" % co.rng.randint(300, 900), "CPU %d%% 内存 %d%%" % (co.rng.randint(10, 50), co.rng.randint(30, 70)), co.p(1)] for i in range(6)]
    return book("collect", "网络安全信息采集记录（%d年）" % d.year, d, True, [
        ("采集", ["采集日期", "对象", "系统配置", "流量信息", "系统状态", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def baseline(co, d):
    rows = [["账号", "口令复杂度", "≥8位含大小写数字特殊字符", "全部主机"], ["账号", "登录失败锁定", "5次锁定30分钟", "全部主机"],
            ["服务", "禁用高危端口", "关闭telnet、ftp、445", "全部主机"], ["工控", "白名单", "仅允许已登记的PLC通信", "工控防火墙"],
            ["日志", "日志外发", "syslog发送至日志审计平台", "网络安全设备"]]
    return book("baseline", "信息系统安全配置基线", d, False, [("基线", ["类别", "检查项", "基线要求", "适用对象"], rows, ["25/baseline"])])


# ------------------------------------------------------------------------------ 网络安全

def log_audit(co, d):
    p = Sec("%d年第%d季度安全日志审计分析报告" % (d.year, quarter(d))).head(("p", "网络安全科    审计人：%s    %s" % (co.p(1), anyd(co, d))))
    p.part("网络及安全设备日志", ["汇聚生产网防火墙、工控防火墙、网闸、入侵防御日志共%d万条，发现境外扫描源IP %d个，已在边界封禁。"
                                  % (co.rng.randint(3000, 9000), co.rng.randint(10, 60))])
    p.part("服务器及操作系统日志", ["审计TOS、EDI、闸口服务器登录日志，发现连续登录失败2次，经核实为运维人员口令输错。"])
    p.part("网络应用日志", ["审计EDI报文网关和对外查询网站日志，发现SQL注入尝试%d次，均被WAF拦截。" % co.rng.randint(50, 400)])
    p.part("分析结论", ["本季度未发现成功入侵和工控网异常通信；建议加强外包人员账号管理。"])
    return p.doc("log_audit", d, True, extra=["17/log-analysis", "45/audit-report", "47/audit"])


def bulletin(co, d, n, full):
    p = Sec("网络安全通报（%d年第%d期）" % (d.year, n)).head(("p", "网络安全科    %s" % anyd(co, d)))
    p.part("漏洞通告", ["CVE-%d-%04d 某品牌工控交换机远程代码执行漏洞，影响集团远控中心同型号设备4台，建议升级固件。" % (d.year, co.rng.randint(1000, 9999))],
           ["52/vulnerability", "53/bulletin"])
    p.part("厂商安全通告", ["华为、威努特发布本月安全补丁，涉及防火墙和工控防火墙固件。"])
    p.part("病毒通告", ["新型勒索病毒通过远程桌面弱口令传播，已有港航企业受害。"], ["52/virus"], full)
    p.part("业界动态及政策法规", ["交通运输部发布港口关键信息基础设施安全保护要求；收集《网络数据安全管理条例》实施要求。"], ["52/policy"], full)
    p.part("分析及处置建议", ["经分析集团受影响设备4台、开放远程桌面主机2台，已安排升级和关闭端口。"], ["52/analysis"], full)
    return p.doc("bulletin", d, True)


def forward_notice(co, d, what):
    b = [("big", co.at["grp"] + "信息技术部"), ("title", "关于转发《交通运输部办公厅关于%s的通知》的通知" % what),
         ("p", "各码头分公司、信息中心各科室："), ("p", "现将上级通知转发给你们，请结合实际抓好落实。"), ("p", "附件：交通运输部办公厅通知"),
         ("p", sign_date(d))]
    return Doc("forward", "转发通知", d, [], True, b)


def sec_stats(co, d, analysis):
    rows = []
    for m in range(1, d.month + 1):
        a, b_, c = co.rng.randint(0, 5), co.rng.randint(0, 8), co.rng.randint(0, 1)
        rows.append(["%d月" % m, a, b_, c, co.rng.randint(0, 1), a + b_ + c])
    sh = [("统计", ["月份", "有害程序", "网络攻击", "信息破坏", "工控安全", "合计"], rows, ["18/incident-stats"])]
    if analysis:
        sh.append(("分析", ["分析"], [["网络攻击类以境外扫描和暴力破解为主；有害程序集中在码头中控终端，多由U盘带入，建议推行U盘管控和终端准入。"]],
                   ["18/incident-analysis"]))
    return book("sec_stats", "网络安全事件统计分析表（%d年1-%d月）" % (d.year, d.month), d, True, sh)


def pentest_plan(co, d):
    b = [("title", "%d年度渗透测试工作计划" % d.year), ("p", "网络安全科    %s" % anyd(co, d)),
         ("table", [["季度", "测试对象", "方式", "负责人"], ["Q1", "集团门户及船公司查询网站", "黑盒", co.p(1)], ["Q2", "EDI报文网关", "灰盒", co.p(1)],
                    ["Q3", "%s对外接口" % co.sys(0), "灰盒", co.p(3)], ["Q4", "办公网", "白盒", co.p(1)]]),
         ("p", "每次测试前取得系统主管部门书面授权，测试避开船舶作业高峰，结束后10个工作日内提交报告；工控网不纳入渗透测试范围。")]
    return Doc("pentest_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pentest_report(co, d):
    b = [("title", "EDI报文网关渗透测试报告"),
         ("p", "测试时间：%s    测试人员：%s    授权书编号：SQ-%d-%02d" % (anyd(co, d), co.p(1), d.year, d.month)),
         ("h1", "一、测试范围"), ("p", "EDI报文网关互联网接入地址及管理后台。"),
         ("h1", "二、发现的漏洞"),
         ("table", [["编号", "漏洞", "等级", "状态"], ["V-01", "管理后台越权访问", "高", "已修复"],
                    ["V-02", "报文接口未限频", "中", "已修复"], ["V-03", "错误页面泄露版本号", "低", "已修复"]]),
         ("h1", "三、复测结论"), ("p", "高中危漏洞已全部修复并复测通过。")]
    return Doc("pentest_report", "渗透测试报告", d, ["31/pentest-records", "32/pentest-records"], True, b)


def grading(co, d):
    b = [("title", "%s网络安全等级保护定级报告" % co.sys(0)), ("p", "网络安全科    %s" % anyd(co, d)),
         ("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第三级；该系统定为第三级。"),
         ("p", "已报公安机关备案，备案证明编号：%s-%d-%05d。" % (co.city, d.year - 1, co.rng.randint(0, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_guide(co, d):
    b = [("title", "%s信息系统网络安全等级保护定级工作指引" % co.at["jian"]), ("p", "集团信息技术部    %s" % anyd(co, d)),
         ("p", "依据GB/T 22240，按业务信息和系统服务受到破坏后所侵害的客体及侵害程度确定等级；TOS、闸口、岸桥远控等生产系统原则上不低于第三级。"),
         ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第三级"],
                    ["社会秩序、公共利益", "第二级", "第三级", "第四级"], ["国家安全", "第三级", "第四级", "第五级"]])]
    return Doc("grading_guide", "定级指引", d, ["51/grading-criteria"], False, b)


def retrofit(co, d, test, rollback):
    p = Sec("%s升级改造实施方案" % co.sys(0)).head(("p", "应用系统科    版本V1.%d    %s" % (co.rng.randint(0, 4), anyd(co, d))))
    p.part("改造内容", ["%s由集中式数据库迁移至集群架构，新增自动化场桥作业调度模块。" % co.sys(0)])
    p.part("改造前测试验证", ["在测试环境完成功能、性能、安全测试及与岸桥PLC、闸口、EDI接口的兼容性联调；测试计划：第1周环境搭建，"
                            "第2周功能测试，第3周压力测试（模拟高峰每小时%d自然箱），第4周安全测试。" % co.rng.randint(300, 600)],
           ["25/test-plan"], test)
    p.part("实施步骤", ["选择无船作业窗口停机割接：数据迁移→应用切换→接口联调→业务验证。"])
    p.part("回退措施", ["割接前完成全量备份和配置快照；验证失败时40分钟内切回原系统，回退步骤已在测试环境演练。"],
           ["25/rollback", "11/rollback"], rollback)
    return p.doc("retrofit", d, False)


def window_apply(co, d):
    b = [("title", "停机作业窗口申请单"), ("table", [["申请科室", "应用系统科", "作业窗口", "%s 01:00-05:00" % d.isoformat()],
                                               ["作业内容", "%s割接" % co.sys(0), "生产调度意见", "同意，当班无船作业"]])]
    return Doc("window_apply", "窗口申请", d, [], True, b)


def compat(co, d):
    b = [("title", "%s升级改造兼容性测试报告" % co.sys(0)), ("p", "应用系统科    %s" % anyd(co, d)),
         ("table", [["测试项", "内容", "结果"], ["网络兼容", "新集群与生产网VLAN、工控网闸对接", "通过"],
                    ["系统兼容", "新版操作系统、数据库与原中间件", "通过"], ["应用兼容", "岸桥PLC接口、闸口、EDI报文接口", "通过"]]),
         ("p", "结论：改造后与原有系统兼容。测试人：%s" % co.p(3))]
    return Doc("compat", "兼容性测试报告", d, ["11/compatibility"], True, b)


# ------------------------------------------------------------------------------ 应急

def emergency_plan(co, d, strategy, recovery):
    top, no = red_top(co, d, "关于印发《%s网络安全事件应急预案》的通知" % co.at["jian"])
    p = Sec("%s网络安全事件应急预案" % co.at["jian"], "dig")
    p.part("总则", ["为建立集团网络安全事件应急响应机制，保障港口生产作业连续运行，依据《国家网络安全事件应急预案》和交通运输行业要求制定本预案。"],
           ["36/emergency-plan", "53/emergency-plan"])
    p.part("组织体系", ["集团成立网络安全应急指挥部，总指挥由集团总经理担任；信息中心设应急工作组，码头分公司设现场处置组。"])
    p.part("分级与响应", ["一级事件15分钟内响应、30分钟内到场；二级事件30分钟内响应；一般事件由信息中心值班室按日常流程处置。"])
    p.part("处置流程", ["报告→研判→启动→处置→恢复→总结；涉及海关、海事数据交换中断的，同步启动口岸应急协调机制。"])
    p.part("恢复策略", ["TOS、闸口等核心系统RTO≤1小时、RPO≤5分钟，采用同城灾备切换；其他系统按备份恢复；恢复期间码头启用纸质作业单应急作业。"],
           ["55/plan"], strategy)
    p.part("系统恢复计划", ["按网络→数据库→TOS→闸口→EDI的顺序逐一恢复，各系统恢复步骤和责任人见附件3。"], ["36/recovery-plan"], recovery)
    b = top + [("p", "现将《%s网络安全事件应急预案》印发给你们，请认真组织学习和演练。" % co.at["jian"])] + colophon(co, d) + [("break",)] + p.blocks
    return Doc("emergency_plan", "应急预案", d, sorted(set(p.items)), False, b)


def dr_plan(co, d):
    b = [("title", "%s灾难恢复预案" % co.sys(0)), ("p", "应用系统科    %s" % anyd(co, d)),
         ("h1", "一、恢复目标"), ("p", "RTO 1小时，RPO 5分钟。"), ("h1", "二、恢复资源"), ("p", "同城灾备机房、实时数据同步、每日全量备份。"),
         ("h1", "三、恢复步骤"), ("p", "宣布灾难→切换网络→数据库切换→应用启动→岸桥/闸口接口验证→业务恢复→回切。")]
    return Doc("dr_plan", "灾难恢复预案", d, ["36/recovery-plan"], False, b)


def bcp(co, d):
    b = [("title", "港口生产信息系统业务连续性计划"), ("p", "集团信息技术部    版本V2.%d    %s" % (co.rng.randint(0, 3), anyd(co, d))),
         ("p", "审批：%s（集团分管副总经理）" % co.rng.choice(["已批准", "已批准"])),
         ("h1", "1 业务影响分析"), ("p", "关键业务：船舶装卸、闸口进出、EDI报文收发，最大可容忍中断时间2小时。"),
         ("h1", "2 应急响应与灾难恢复机制"), ("p", "以网络安全事件应急预案和%s灾难恢复预案为支撑，同城灾备中心承接核心系统。" % co.sys(0)),
         ("h1", "3 手工应急作业"), ("p", "系统中断超过30分钟，码头启用纸质作业单和手工闸口放行流程。"),
         ("h1", "4 演练与维护"), ("p", "每年至少演练一次，每年评审更新。")]
    return Doc("bcp", "业务连续性计划", d, ["42/bcp"], False, b)


def drill(co, d, kind):
    if kind == "sec":
        name, t, items = "勒索病毒应急演练", "网络安全事件应急演练记录", ["40/emergency-drill", "53/drill"]
        proc = "09:00监测发现中控终端异常加密→09:08启动预案→09:30隔离受感染终端→10:20从备份恢复→10:50业务验证通过"
    else:
        name, t, items = "%s同城灾备切换演练" % co.sys(0), "系统恢复演练记录", ["40/recovery-drill", "53/drill"]
        proc = "01:00宣布演练开始→01:10切换数据库至灾备→01:35应用启动→01:50岸桥、闸口接口验证→02:20回切完成"
    b = [("title", t), ("table", [["演练名称", name], ["演练时间", anyd(co, d)], ["演练方式", "实战演练"],
                                  ["参演人员", "、".join(co.p(i) for i in range(4))], ["演练过程", proc],
                                  ["演练结果", "达到预期，RTO %d分钟" % co.rng.randint(40, 80)], ["存在问题", "恢复脚本需更新"], ["记录人", co.p(3)]])]
    return Doc("drill", t, d, items, True, b)


def drill_scheme(co, d):
    b = [("title", "%d年网络安全应急演练方案" % d.year), ("p", "网络安全科    %s" % anyd(co, d)),
         ("h1", "一、演练目的"), ("p", "检验《网络安全事件应急预案》的可操作性。"), ("h1", "二、演练场景"), ("p", "模拟码头中控终端感染勒索病毒。"),
         ("h1", "三、时间安排"), ("p", "计划于%d年%d月择无船作业时段进行。" % (d.year, min(12, d.month + 1)))]
    return Doc("drill_scheme", "演练方案", d, [], True, b, decoy="drill plan, neither the plan nor the record")


def drill_notice(co, d):
    b = [("title", "关于开展%s灾备切换演练的通知" % co.sys(0)), ("p", "各码头分公司、中心各科室："),
         ("p", "定于%s凌晨开展灾备切换演练，演练期间TOS暂停服务约1小时，请各码头提前安排手工作业。" % cnd(d + timedelta(days=7))), ("p", "信息中心")]
    return Doc("drill_notice", "演练通知", d, [], True, b, decoy="drill notice")


def typhoon_plan(co, d):
    """台风/寒潮 防御 信息保障方案: nothing."""
    b = [("title", "%d年%s防御信息系统保障方案" % (d.year, co.at["wx"])), ("p", "运维保障科    %s" % anyd(co, d)),
         ("p", "一、组织：中心主任任组长，各科室负责人为成员，运维值班室24小时值守。"),
         ("p", "二、防御措施：机房门窗防水挡板到位，闸口机柜加固，室外摄像机立杆检查，备用发电机试机。"),
         ("p", "三、值班安排：预警期间中心领导带班，各码头IT班组双岗值守。")]
    return Doc("typhoon_plan", "防御保障方案", d, [], True, b)


def typhoon_summary(co, d):
    b = [("title", "%s防御信息保障工作总结" % co.at["wx"]), ("p", "%s" % anyd(co, d)),
         ("p", "防御期间各信息系统运行正常，处理室外摄像机进水故障%d起，闸口车道临时关闭期间未发生数据丢失。" % co.rng.randint(1, 6))]
    return Doc("typhoon_summary", "防御总结", d, [], True, b)


# ------------------------------------------------------------------------------ 监视评审、改进

def vendor_assess(co, d, targets):
    """外包服务商 月度考核评分表: 57/measurement only when it sets indicators against targets."""
    if targets:
        rows = [["服务级别达成率", "≥98%", "98.6%", "达成", "—"], ["服务对象满意度", "≥90分", "92分", "达成", "—"],
                ["投诉建议", "≤1次", "2次", "未达成", "已下发整改通知单"], ["一级故障恢复时间", "≤1小时", "1.3小时", "未达成", "已下发整改通知单"],
                ["巡检计划完成率", "100%", "100%", "达成", "—"]]
        head = ["考核指标", "目标值", "实际值", "达成情况", "措施"]
        its = ["57/measurement"]
    else:
        rows = [["出勤", 20, 19], ["劳动纪律", 20, 20], ["文档提交", 20, 17], ["安全生产", 20, 20], ["配合度", 20, 18]]
        head = ["考核项", "分值", "得分"]
        its = []
    return book("vendor_assess", "%s%d年%d月运维服务考核评分表" % (co.vendor, d.year, d.month), d, True, [("考核", head, rows, its)],
                note="考核人：%s    %s" % (co.p(0), d.isoformat()))


def rectify(co, d, checked):
    rows = [["编号", "ZG-%s" % ymd(d)], ["受检单位", co.vendor if co.rng.random() < 0.6 else co.rng.choice(co.at["fens"]) + "IT班组"],
            ["问题来源", "月度考核：一级故障恢复时间1.3小时，未达到1小时目标"], ["原因分析", "夜间备件不在现场，二线工程师到场慢"],
            ["整改措施", "关键备件前置到码头备件库，夜间增设二线值班"], ["整改期限", (d + timedelta(days=20)).isoformat()],
            ["复查情况", "复查：次月一级故障平均恢复0.7小时，整改有效（%s）" % co.p(0) if checked else ""]]
    b = [("title", "整改通知单"), ("table", rows)]
    return Doc("rectify", "整改通知单", d, ["57/capa"] + (["66/effectiveness"] if checked else []), True, b)


def hazard_ledger(co, d, verified):
    rows = [[i + 1, back(d, 25 * i).isoformat(), h, lvl, m, co.p(i % 5), ("已验证有效，销号 %s" % back(d, 25 * i - 20).isoformat()) if verified else "整改中"]
            for i, (h, lvl, m) in enumerate([("闸口机柜雨季进水隐患", "一般", "加装防水罩和漏水告警"),
                                               ("TOS数据库磁盘增长过快", "较大", "扩容并设容量预警"),
                                               ("工控防火墙单电源", "一般", "更换双电源型号"),
                                               ("外包人员共用账号", "较大", "实名账号+堡垒机审计")])]
    head = ["序号", "排查日期", "隐患描述", "等级", "预防/整改措施", "责任人", "验证销号"]
    return book("hazard", "信息系统隐患排查治理台账（%d年）" % d.year, d, True,
                [("台账", head, rows, ["66/effectiveness"] if verified else [])])


def internal_audit(co, d):
    p = Sec("%d年度运维服务管理体系内部审核报告" % d.year).head(("p", "审核组长：%s    %s" % (co.p(0), anyd(co, d))))
    p.part("审核目的和准则", ["验证运维服务管理体系满足既定标准、安全运维服务需求和%s的服务要求，并得到有效实施和保持。" % co.at["cust"]])
    p.part("审核范围", ["信息中心各科室及%s、%s IT班组。" % co.at["fens"][:2]])
    p.part("审核发现", ["开具不符合项3项：巡检记录缺复核签字；1项紧急变更未在24小时内补审批；知识库条目未按季复核。"])
    p.part("审核结论", ["体系运行基本有效，不符合项已下达整改。"])
    return p.doc("internal_audit", d, True, extra=["59/internal-audit"])


def review_minutes(co, d, inputs):
    p = Sec("%d年度管理评审会议纪要" % d.year).head(("p", "主持：%s    %s" % (co.boss, anyd(co, d))))
    text = {"perf": ("服务和流程执行情况及符合性", "服务级别达成率98.4%，各流程按细则执行，内审不符合3项均已整改。", ["59/management-review", "60/performance"]),
            "fb": ("客户反馈", "%s满意度92分，收到投诉2次，均已处理。" % co.at["cust"], ["60/customer-feedback"]),
            "res": ("当前和预测资源水平", "现有运维人员%d人（含外包驻场3人），自动化码头投产后预计需增加4人。" % co.rng.randint(25, 40), ["60/resources"]),
            "ca": ("纠正措施进展", "上次评审提出的5项纠正措施已完成4项，1项进行中。", ["60/corrective-actions"]),
            "chg": ("可能影响服务的变更", "自动化码头二期投产、TOS集群化改造、关基保护新规。", ["60/changes"]),
            "imp": ("改进机会", "闸口可用率未达标、夜间故障恢复偏慢、巡检记录自动化。", ["60/improvements"])}
    for k in inputs:
        h, s, its = text[k]
        p.part(h, [s], its)
    p.part("评审结论", ["体系持续适宜、充分、有效；批准增加人员编制和TOS扩容预算。"])
    return p.doc("review", d, True)


def improve_plan(co, d, criteria):
    p = Sec("%d年度运维服务持续改进计划" % d.year).head(("p", "技术管理科    %s" % anyd(co, d)))
    p.part("改进项目", [("table", [["改进项", "来源", "改进目标", "负责人", "完成时间"],
                                   ["闸口OCR服务器集群化", "可用率未达标", "%s可用率≥99.9%%" % co.sys(1), co.p(3), "%d-06" % d.year],
                                   ["夜间备件前置", "外包考核", "一级故障恢复≤1小时", co.p(2), "%d-04" % d.year],
                                   ["巡检记录自动生成", "运维过程", "巡检记录出具由1天降至1小时", co.p(4), "%d-09" % d.year]])],
           ["64/plan", "68/plan"])
    p.part("改进机会评估标准", ["按对码头生产的影响（40%）、实施成本（30%）、安全风险（30%）评分，70分以上列入计划；"
                               "改进项须经识别、登记、主任办公会批准、实施、效果测量和管理评审报告全过程。"], ["64/criteria"], criteria)
    return p.doc("improve_plan", d, True)


def improve_eval(co, d):
    b = [("title", "改进机会评估表"), ("p", "技术管理科    %s" % anyd(co, d)),
         ("table", [["改进机会", "生产影响", "成本", "风险", "得分", "优先级"], ["闸口OCR服务器集群化", 9, 6, 8, 81, "高"],
                    ["夜间备件前置", 8, 8, 7, 78, "高"], ["知识库与服务台对接", 5, 6, 9, 63, "低"]]),
         ("p", "按加权评分确定优先级。批准：%s  %s" % (co.boss, cnd(d)))]
    return Doc("improve_eval", "改进评估", d, ["67/analysis", "67/prioritisation"], True, b)


def improve_track(co, d):
    rows = [["闸口OCR服务器集群化", "可用率≥99.9%", "已上线", back(d, 70).isoformat(), "近三月可用率99.95%，有效", "已在管理评审报告"],
            ["夜间备件前置", "一级故障恢复≤1小时", "已完成", back(d, 30).isoformat(), "实测平均0.7小时，有效", "已报告"]]
    return book("improve_track", "改进项目跟踪台账（%d）" % d.year, d, True, [
        ("跟踪", ["改进项", "改进目标", "实施情况", "完成日期", "效果测量", "报告"], rows, ["68/implementation", "68/effectiveness"])])


def awareness(co, d):
    rows = [[i + 1, co.p(i), KS[i % 5], "已签到", "%d" % co.rng.randint(80, 98)] for i in range(6)]
    return book("awareness", "“持续改进 人人有责”服务改进意识宣贯培训签到及考试（%s）" % d.isoformat(), d, True, [
        ("签到考试", ["序号", "姓名", "科室", "签到", "考试成绩"], rows, ["69/awareness-training"])],
        note="培训内容：持续服务改进的意义、改进机会提报方法、优秀改进案例；授课：%s" % co.p(0))


def signin(co, d, what):
    rows = [[i + 1, co.p(i), KS[i % 5], ""] for i in range(6)]
    return book("signin", "《%s》学习宣贯签到表" % what, d, True, [("签到", ["序号", "姓名", "科室", "签字"], rows, [])])


def defects(co, d):
    p = Sec("%d年运维不良情况专题分析及改进方案" % d.year).head(("p", "技术管理科    %s" % anyd(co, d)))
    p.part("重大事件", ["%s期间外电中断导致%s中断2.5小时，原因为UPS电池老化。" % (co.at["wx"], co.sys(1))])
    p.part("失败变更", ["TOS版本升级失败回退1次，原因为岸桥PLC接口未纳入测试。"])
    p.part("服务不达标", ["三季度一级故障平均恢复时间1.3小时，未达到1小时目标。"])
    p.part("改进计划", ["UPS电池按寿命周期更换；接口联调纳入变更测试清单；关键备件前置。"])
    return p.doc("defects", d, True, extra=["70/defect-analysis"])


def year_report(co, d, data, forecast):
    p = Sec("信息中心%d年工作总结" % (d.year - 1)).head(("p", "综合管理科    %s" % anyd(co, d)))
    p.part("主要工作", ["全年保障集装箱吞吐量%d万TEU，完成TOS集群化改造、闸口无人化改造和工控安全防护项目。" % co.rng.randint(300, 900)])
    p.part("运维数据", [("table", [["指标", "全年"], ["异常报告及时率", "97.8%"], ["异常漏报率", "0.6%"], ["维护作业计划的及时完成率", "96%"],
                                   ["故障隐患发现率", "90%"], ["异常主动发现率", "86%"], ["问题解决率", "93%"], ["漏洞扫描覆盖率", "100%"],
                                   ["加固设备覆盖率", "94%"], ["安全补丁安装及时率", "91%"], ["安全事件次数", co.rng.randint(10, 40)]])], ["56/data"], data)
    p.part("运维数据汇总分析及服务预测", ["汇总日志、变更、事件、请求、问题数据：事件同比下降15%，服务请求上升22%，变更集中在作业低峰的周二、周四；"
                                         "预测自动化码头二期投产后服务请求将继续增长，工控运维需求显著上升，需增加工控运维人员并推进服务请求自助化。"],
           ["71/forecast"], forecast)
    p.part("安全生产", ["全年未发生生产安全事故和较大网络安全事件。"])
    return p.doc("year_report", d, True)


def iso_cert(co, d):
    b = [("title", "信息技术服务管理体系认证证书"), ("p", "兹证明：%s" % zx(co)),
         ("p", "建立的信息技术服务管理体系符合 ISO/IEC 20000-1:2018"), ("p", "认证范围：港口信息系统运维服务"),
         ("p", "发证日期：%s    有效期至：%d年%d月%d日" % (cnd(d), d.year + 3, d.month, d.day))]
    return Doc("iso_cert", "认证证书", d, ["61/audit-system"], False, b)


def reg_index(co, d, keys):
    b = [("title", "信息中心现行有效制度目录（%d年）" % d.year)] + [("p", "%d. 《%s》" % (i, reg_full(co, k))) for i, k in enumerate(keys, 1)]
    return Doc("reg_index", "制度目录", d, [], False, b, decoy="list of document names")


def mr_notice(co, d):
    b = [("title", "关于召开%d年度管理评审会议的通知" % d.year),
         ("p", "定于%s召开管理评审会议，请各科室准备评审输入：客户反馈、资源需求、纠正措施进展、改进建议。" % cnd(d + timedelta(days=10))),
         ("p", "综合管理科")]
    return Doc("mr_notice", "管理评审通知", d, [], True, b, decoy="meeting notice, not the review record")


def ccrc_sheet(co, d):
    rows = [[i, t, "", ""] for i, t in [(1, "采集客户对信息系统运维服务时间的需求"), (13, "信息系统相关的IT资产进行识别"),
                                       (29, "建立服务目录"), (54, "建立运维变更管理程序"), (58, "建立与分析客户满意度调查")]]
    return Doc("ccrc", "自评估表底稿", d, [], False, sheets=[("自评估", [["信息系统安全运维服务资质认证自评估表（工作底稿）"],
                                                                       ["序号", "条款", "自评估结论", "证明材料清单"]] + rows)],
               decoy="the self-assessment form itself")


UNREL = [
    ("工会", "关于举办%d年“港城杯”职工篮球赛的通知", ["以科室为单位组队，请于下周五前报名。"]),
    ("党建", "关于开展“党员先锋岗 安全保生产”主题活动的通知", ["各党小组结合船期高峰组织党员到码头一线开展志愿服务。"]),
    ("行政", "关于调整码头通勤班车时刻的通知", ["自下月起早班通勤车发车时间调整为7:10。"]),
    ("安全生产月", "%d年安全生产月活动方案", ["以“人人讲安全、个个会应急”为主题，开展安全知识竞赛和隐患随手拍。"]),
    ("后勤", "关于食堂夜班餐供应的通知", ["为保障夜班值守，食堂增设夜宵供应时段22:30-23:30。"]),
    ("财务", "关于规范差旅费报销的通知", ["出差人员须在返回后10个工作日内完成报销。"]),
]


def unrelated(co, d, i):
    folder, t, ps = UNREL[i]
    t = t % d.year if "%d" in t else t
    return folder, t, Doc("unrelated", t, d, [], False, [("title", t)] + [("p", p) for p in ps], decoy="unrelated")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ the share

class Ctx:
    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.at["holes"]
        self.made = []
        self.scan = {"creator": "RICOH IM C3000 (OCR)", "author": "scanner", "styled": False}
        self.wps = {"creator": "WPS 文字"}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.35)
        opt.setdefault("styled", r.random() < 0.7)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxzx", "USER", "HP", "gangwu"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            n = 1
            while "%s(%d).%s" % (base, n, ext) in co.used:
                n += 1
            rel = "%s(%d).%s" % (base, n, ext)
        co.add(rel, doc, **opt)
        return rel

    def rec(self, name, factory, d=None, old=False, **opt):
        co = self.co
        d = d or (co.old() if old else co.fresh())
        doc = factory(d)
        self.put(name(d), doc, **opt)
        if doc.items and doc.record and not old:
            self.made.append((name, factory, d))
        return doc


def yr(d):
    return "%d年/" % d.year


def build(co, lock_bytes):
    """Lay out an AT share: 01集团发文/, 02中心发文/, 03制度汇编/, 04作业指导书/, the 科室 folders, 合资码头运维服务/,
    应急管理/, 会议纪要/, 体系管理/, 安全生产/, 培训/, 归档/, 个人/, 资质申报/, 其他/ and a NAS recycle folder."""
    co.at = AT_INFO[getattr(co, "info_id", co.id)]
    co.at_no = {}
    co.at_outs = "no_outsourcing" not in co.at["holes"]
    c = Ctx(co)
    co.gaps = set(c.H)
    co.oldonly = {h for h in c.H if h.endswith("_old")}
    keys = lay_rules(c)
    lay_org(c)
    lay_customer(c)
    lay_design(c)
    lay_records(c)
    lay_security(c)
    lay_emergency(c)
    lay_review(c)
    lay_none(c)
    archive(c)
    decoys(c, lock_bytes, keys)


def lay_rules(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    drop = {"pdca"} if "pdca" in H else set()
    keys = [k for k in REGS if not (k == "slm" and "no_slm" in H) and not (k == "nsh" and "audit_rule" in H)]
    pool = [k for k in keys if REGS[k][1] != "gc"]
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(4, 7)], key=list(REGS).index)
    d = date(r.choice([2024, 2025]), r.randint(2, 6), r.randint(1, 28))
    put("03制度汇编/信息中心管理制度汇编（%d版）.%s" % (d.year, r.choice(["pdf", "docx"])), compilation(co, d, in_book, drop), **c.wps)
    for k in keys:
        name, level, _ = REGS[k]
        if k in in_book and r.random() < 0.55:
            continue
        d = co.issued()
        if level == "gc":
            put("03制度汇编/工作规程/%s-XXZX-GC-%02d %s.%s" % (co.at["code"], list(REGS).index(k), name, r.choice(["docx", "pdf"])),
                reg_doc(co, d, k, drop))
            continue
        folder = ("01集团发文/" if level == "grp" else "02中心发文/") + yr(d)
        if r.random() < 0.3:
            main = reg_doc(co, d, k, drop, split="main")
            body, its = reg_body(co, k, drop)
            annex = Doc("reg:" + k, name, d, sorted(set(its)), False, [("p", "附件"), ("title", reg_full(co, k))] + body)
            sub = folder + "%s（%s）/" % (main.at_no, name)
            put(sub + "正文.pdf", main, **c.scan)
            put(sub + "附件%s.%s" % (r.choice(["", "1", "：" + reg_full(co, k)]), r.choice(["docx", "doc.docx", "pdf"])), annex)
            continue
        doc = reg_doc(co, d, k, drop)
        ext = r.choice(["docx", "pdf", "docx"])
        nm = r.choice(["%s 关于印发《%s》的通知" % (doc.at_no, reg_full(co, k)), "关于印发%s的通知" % name,
                       "%s（%s）" % (name, doc.at_no), "%s%s" % (ymd(d), name)])
        put(folder + "%s.%s" % (nm, ext), doc, **(c.scan if ext == "pdf" and r.random() < 0.5 else {}))
    # 作业指导书
    oks = list(OPS)
    bound = sorted(r.sample(oks, r.randint(2, 3)), key=oks.index)
    d = co.issued()
    put("04作业指导书/信息中心作业指导书汇编（%d年）.docx" % d.year, ops_book(co, d, bound))
    loose = [k for k in oks if k not in bound and r.random() < 0.7]
    for k in oks:
        if len(loose) >= 2:
            break
        if k not in bound and k not in loose:
            loose.append(k)
    for k in loose:
        d = co.issued()
        put("04作业指导书/%s/%s.%s" % (OPS[k][1], OPS[k][0], r.choice(["docx", "docx", "pdf"])), ops_guide(co, d, k))
    d = co.issued()
    put("04作业指导书/信息设备巡检周期及标准.%s" % r.choice(["docx", "pdf"]), cycle_table(co, d))
    return keys


def lay_org(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    ZH = "综合管理科/"
    outs = co.at_outs
    d = co.issued()
    doc = leading_group(co, d, outs)
    put("01集团发文/%s%s 关于调整网络安全和信息化领导小组的通知.pdf" % (yr(d), doc.at_no), doc, **(c.scan if r.random() < 0.5 else {}))
    if r.random() < 0.6:
        d = co.fresh()
        put("会议纪要/党支部/%s支委会记录.docx" % ymd(d), party_minutes(co, d))
    c.rec(lambda d: ZH + "人员管理/运维人员花名册%s.xlsx" % ym(d), lambda d: roster(co, d, outs))
    if "roles" not in H:
        d = co.issued()
        put(ZH + "岗位职责/岗位职责及运维角色清单.xlsx", role_sheet(co, d))
    iv_min = "iface_pending" in H or r.random() < 0.4
    desk_min = r.random() < 0.35
    if not iv_min:
        d = co.issued()
        put("02中心发文/%s关于明确网络安全管理接口人的通知.docx" % yr(d), iface_notice(co, d))
    if not desk_min:
        d = co.issued()
        put("02中心发文/%s关于设立IT服务台的通知.pdf" % yr(d), desk_notice(co, d), **c.scan)
    if "desk_train" not in H:
        c.rec(lambda d: "培训/%sIT服务台坐席岗前培训记录.xlsx" % yr(d), lambda d: desk_training(co, d))
    d = co.fresh()
    fen = r.choice(co.at["fens"])
    put("培训/%s%sTOS新版本操作培训签到表.xlsx" % (yr(d), fen), tos_training(co, d, fen))
    improve_in_min = r.random() < 0.5
    c.improve_in_min = improve_in_min
    months = sorted(r.sample(range(2, 11), 3))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 26))
        n = m + i
        if i == 0:
            t = ["safety"] + (["iface_pending" if "iface_pending" in H else "iface"] if iv_min else []) + (["desk"] if desk_min else [])
        elif i == 1:
            t = (["improve"] if improve_in_min else []) + ["peak"]
        else:
            t = ["budget", "safety"]
        put("会议纪要/主任办公会/%s主任办公会纪要〔%d〕%d号.%s" % (yr(d), d.year, n, r.choice(["docx", "docx", "pdf"])), office_minutes(co, d, n, t))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put("会议纪要/安全生产例会/%d.%02d安全生产例会纪要.docx" % (d.year, d.month), safety_meeting(co, d))


def lay_customer(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    KH = "合资码头运维服务/%s/" % co.at["cust"]
    d0 = co.issued()
    put(KH + "01需求调研/%s信息化运维服务需求调研报告.docx" % co.at["cust"], survey(co, d0, "survey_notime" not in H, True))
    if "fee_tpl" in H:
        put(KH + "01需求调研/运维服务费用测算表（模板）.xlsx",
            blank_sheet("信息化运维服务费用测算表", d0, ["序号", "服务项目", "工作量（人天）", "人力资源", "单价", "项目经费", "项目节点"], 8))
    else:
        d = d0 + timedelta(days=r.randint(5, 30))
        put(KH + "01需求调研/%d年度运维服务费用测算表%s.xlsx" % (d.year, r.choice(["", "（定稿）", "_v2"])), fee_sheet(co, d))
    d = d0 + timedelta(days=r.randint(7, 40))
    put(KH + "01需求调研/%s沟通会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), meeting(co, d, "meeting_noagree" not in H))
    on = ("list", "strategy") if "hist_noanalysis" in H else ("list", "analysis", "strategy")
    d = d0 + timedelta(days=r.randint(10, 50))
    put(KH + "01需求调研/上一协议期运维数据分析及保障方案.docx", history(co, d, on))
    if "hist_noanalysis" in H:
        put("个人/%s/运维数据分析（初稿）.docx" % co.p(0), void(history(co, d, ("list", "analysis", "strategy")), "draft", "（初稿）"))
    d = date(2024, 6, 1) + timedelta(days=r.randint(0, 640))
    put(KH + "02服务协议/信息化运维服务协议（%s）盖章版.pdf" % co.at["cust"], agreement(co, d), **(c.scan if r.random() < 0.6 else {}))
    old = "health_old" in H
    for i in range(r.randint(1, 2)):
        secdev = r.random() < 0.8
        collect = "collect_old" not in H and r.random() < 0.35
        c.rec(lambda d: KH + "03健康检查/%s%d年第%d季度健康检查报告.%s" % (yr(d), d.year, quarter(d), r.choice(["docx", "pdf"])),
              lambda d: health_check(co, d, collect, secdev), old=old)
    halves = [(date(2025, 7, 6), "上半年"), (date(2026, 1, 10), "下半年"), (date(2026, 7, 8), "上半年")]
    keep = [h for h in halves if r.random() < 0.8]
    if len(keep) < 2:
        keep = halves[1:]
    for d, h in keep:
        d = d + timedelta(days=r.randint(0, 15))
        yy = d.year if h == "上半年" else d.year - 1
        put(KH + "04满意度/%d年%s满意度调查报告.%s" % (yy, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    if "trend" not in H:
        c.rec(lambda d: KH + "04满意度/满意度趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    c.rec(lambda d: KH + "04满意度/回访登记表_%d.xlsx" % d.year, lambda d: callbacks(co, d), old="callbacks_old" in H)
    for i in range(r.randint(1, 2)):
        av = r.random() < 0.7
        c.rec(lambda d: KH + "05月度服务报告/%s运维服务月报%s.docx" % (co.at["cust"], ym(d)), lambda d: cust_monthly(co, d, av))
    c.rec(lambda d: "应用系统科/需求分析/自动化场桥远控接入需求分析记录_%s.pdf" % ymd(d), lambda d: requirements(co, d), **c.scan)


def lay_design(c):
    co, H, put = c.co, c.H, c.put
    JS = "技术管理科/"
    d = co.issued()
    parts = ("base",) if "catalog_base" in H else ("base", "l2", "l1")
    put(JS + "服务管理/信息中心运维服务目录（%d版）.xlsx" % d.year, catalog(co, d, parts))
    d = co.fresh()
    put(ZHWB + "%d年信息系统运维服务外包合同（%s）.pdf" % (d.year, co.vendor), vendor_contract(co, d), **c.scan)
    d0 = date(d.year - 1, d.month, min(d.day, 28))
    put("归档/%d年/运维服务外包合同%d.pdf" % (d0.year, d0.year), vendor_contract(co, d0), **c.scan)
    if "ola" not in H:
        d = co.issued()
        put(JS + "服务管理/内部运维协同约定（OLA）.docx", ola(co, d))
    else:
        d = co.fresh()
        put("个人/%s/内部运维协同约定（讨论稿）.docx" % co.p(0), void(ola(co, d), "draft", "（讨论稿）"))
    if "kpis" not in H:
        d = co.issued()
        put(JS + "可用性管理/信息系统可用性指标清单.xlsx", avail_kpis(co, d))
    c.rec(lambda d: JS + "%s以往运维方案对生产作业影响分析.docx" % yr(d), lambda d: svc_review(co, d, "noauto" not in H))
    d = co.fresh()
    if "devplan_draft" in H:
        put("应用系统科/工具开发/%d年度运维工具自主开发计划（征求意见稿）.docx" % d.year, void(dev_plan(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put("应用系统科/工具开发/%d年度运维工具自主开发计划.docx" % d.year, dev_plan(co, d))


ZHWB = "综合管理科/外包管理/"


def lay_records(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    YW, JS, AQ = "运维保障科/", "技术管理科/", "网络安全科/"
    fens = co.at["fens"]
    want = ["dev", "av", "maint", "fault", "up"]
    books = []
    for f in r.sample(fens, 2):
        for i in range(r.randint(1, 2)):
            books.append((f, co.fresh(), ["env"] + [k for k in want if r.random() < 0.7]))
    have = set(k for _, _, ks in books for k in ks)
    for k in want:
        if k not in have:
            books[r.randrange(len(books))][2].append(k)

    def pname(f, d):
        return YW + "%s/%s巡检记录/%s巡检记录%d年%02d月.xlsx" % (f, yr(d), f[:2], d.year, d.month)
    for f, d, kinds in books:
        put(pname(f, d), patrol_book(co, d, f, kinds))
        c.made.append((lambda d, f=f: pname(f, d), lambda d, f=f, kinds=kinds: patrol_book(co, d, f, kinds), d))
    f, d, kinds = books[0]
    if r.random() < 0.6:
        put(pname(f, d)[:-5] + " - 副本.xlsx", patrol_book(co, d, f, kinds))
    for i in range(r.randint(1, 2)):
        f = r.choice(fens)
        c.rec(lambda d: YW + "季度检修/%s%s%d年Q%d检修记录.%s" % (yr(d), f[:2], d.year, quarter(d), r.choice(["docx", "pdf"])),
              lambda d: overhaul(co, d, f), **(c.scan if r.random() < 0.4 else {}))
    c.rec(lambda d: YW + "工控安全检查/%s工控安全月度检查表%s.docx" % (yr(d), ym(d)), lambda d: ics_check(co, d))
    # 变更
    c.rec(lambda d: JS + "变更管理/变更记录导出_%s.xlsx" % ymd(d), lambda d: change_export(co, d))
    c.rec(lambda d: JS + "变更管理/%s变更申请单BG%s.pdf" % (yr(d), ymd(d)), lambda d: change_form(co, d, True), **c.scan)
    d = co.fresh()
    put(JS + "变更管理/%s变更申请单（审批中）.docx" % yr(d), change_form(co, d, False))
    d = co.fresh()
    put(JS + "变更管理/变更记录导出_%s(查询无结果).xlsx" % ymd(d), change_export(co, d, False))
    # 值班记录 (scans), 交接班
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(YW + "值班记录/%s%02d月/运维值班记录%s.pdf" % (yr(d), d.month, ymd(d)), duty_log(co, d, r.random() < 0.6), **c.scan)
    d = co.fresh()
    f = r.choice(fens)
    put(YW + "%s/交接班记录/%s交接班记录扫描件.pdf" % (f, yr(d)), handover(co, d, f), **c.scan)
    # 故障, 硬件故障统计, 工单
    c.rec(lambda d: YW + "故障登记/信息系统故障（中断）登记表%d.xlsx" % d.year, lambda d: outage_book(co, d))
    if "hw_old" in H:
        c.rec(lambda d: YW + "故障登记/安全设备硬件故障统计表%d.xlsx" % d.year, lambda d: hw_stats(co, d), old=True)
        d = co.fresh()
        put(YW + "故障登记/安全设备硬件故障统计表%d.xlsx" % d.year, hw_stats(co, d, False))
    else:
        c.rec(lambda d: YW + "故障登记/安全设备硬件故障统计表%d.xlsx" % d.year, lambda d: hw_stats(co, d))
    resp = "resp_nocol" not in H
    c.rec(lambda d: JS + "工单导出/%s.xlsx" % r.choice(["工单导出_%s" % ymd(d), "WorkOrder_%s" % ymd(d), "Book%d" % r.randint(1, 3)]),
          lambda d: tickets(co, d, resp))
    # 月度运行分析
    months = sorted(r.sample(range(3, 12), r.randint(2, 3)))
    flags = [[("monthly_notrend" not in H) and r.random() < 0.7, ("no_data" not in H) and r.random() < 0.5, r.random() < 0.6] for _ in months]
    if "monthly_notrend" not in H and not any(f[0] for f in flags):
        flags[0][0] = True
    for m, (tr, da, av) in zip(months, flags):
        d = date(2026, m, r.randint(3, 12))
        nm = r.choice(["%d年%d月信息系统运行分析报告" % (2026, m - 1), "运行分析%d.%02d" % (2026, m - 1), "%d年%02d月运行分析（定稿）" % (2026, m - 1),
                       "月度运行分析_%d%02d_final" % (2026, m - 1)])
        put(JS + "运行分析/2026/%s.%s" % (nm, r.choice(["docx", "pdf", "docx"])), monthly(co, d, tr, da, av))
    if "aplan" not in H:
        d = co.fresh()
        put(JS + "可用性管理/%d年信息系统可用性保障计划.docx" % d.year, avail_plan(co, d))
    c.rec(lambda d: JS + "知识库/运维知识库导出_%s.xlsx" % ymd(d), lambda d: kb_export(co, d, "kb_empty" not in H))
    # 资产, CMDB, 配置项维护, 采集, 基线
    c.rec(lambda d: JS + "配置管理/信息设备资产台账_%s.xlsx" % ymd(d), lambda d: asset_book(co, d), old="asset_old" in H)
    if "asset_old" not in H and r.random() < 0.5:
        d = co.fresh()
        put("个人/%s/Book1.xlsx" % co.p(2), asset_book(co, d))
    if "cmdb" not in H:
        c.rec(lambda d: JS + "配置管理/CMDB导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, True))
    if "ci" not in H:
        c.rec(lambda d: JS + "配置管理/%d配置项变更维护登记.xlsx" % d.year, lambda d: ci_changes(co, d))
    c.rec(lambda d: AQ + "信息采集/%s网络安全信息采集记录.xlsx" % yr(d), lambda d: collect_sheet(co, d), old="collect_old" in H)
    d = co.issued()
    put(AQ + "安全基线/信息系统安全配置基线%s.xlsx" % r.choice(["", "_v1.3", "（2024修订）"]), baseline(co, d))
    # 闸口 通行统计, 视频 在线率: real, nothing
    d = co.fresh()
    rows = [[back(d, i).isoformat(), r.randint(2000, 6000), "%.1f%%" % (97 + r.random() * 2), r.randint(0, 20)] for i in range(10)]
    put(YW + "闸口运行/%s闸口通行量及识别率日报%s.xlsx" % (yr(d), ym(d)),
        book("gate_stats", "%s通行量及识别率日报" % co.at["gate"], d, True, [("日报", ["日期", "过车量", "箱号识别率", "人工干预次数"], rows, [])]))


def lay_security(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    AQ = "网络安全科/"
    for i in range(r.randint(1, 2)):
        c.rec(lambda d: AQ + "日志审计/%s%d年第%d季度日志审计分析报告.%s" % (yr(d), d.year, quarter(d), r.choice(["docx", "pdf"])),
              lambda d: log_audit(co, d))
    n = r.randint(2, 3)
    fulls = [("notice_partial" not in H) and r.random() < 0.65 for _ in range(n)]
    if "notice_partial" not in H and not any(fulls):
        fulls[-1] = True
    for i, full in enumerate(fulls):
        d = co.fresh()
        k = d.month + i
        put(AQ + "安全通报/%s网络安全通报第%d期.%s" % (yr(d), k, r.choice(["docx", "pdf", "docx"])), bulletin(co, d, k, full))
    d = co.fresh()
    put("02中心发文/%s转发/关于转发交通运输部办公厅关于%s的通知的通知.pdf" % (yr(d), "加强港口关键信息基础设施网络安全防护"),
        forward_notice(co, d, "加强港口关键信息基础设施网络安全防护"), **c.scan)
    c.rec(lambda d: AQ + "事件统计/%s网络安全事件统计分析表.xlsx" % yr(d), lambda d: sec_stats(co, d, True))
    d = co.fresh()
    put(AQ + "渗透测试/%d年度渗透测试工作计划.docx" % d.year, pentest_plan(co, d))
    c.rec(lambda d: AQ + "渗透测试/%sEDI报文网关渗透测试报告.pdf" % ymd(d), lambda d: pentest_report(co, d), old="pentest_old" in H)
    d = co.issued()
    put(AQ + "等级保护/%s定级报告.pdf" % co.sys(0), grading(co, d), **c.scan)
    if "gcrit" not in H:
        d = co.issued()
        put(AQ + "等级保护/网络安全等级保护定级工作指引.docx", grading_guide(co, d))
    d = co.fresh()
    rows = [[i + 1, r.choice(["身份鉴别", "访问控制", "安全审计", "入侵防范", "数据备份恢复"]), r.choice(["中", "低", "高"]),
             r.choice(KS[1:4]), r.choice(["已整改", "整改中"])] for i in range(6)]
    put(AQ + "等级保护/%s等级测评问题整改台账.xlsx" % co.sys(0), book("mlps_fix", "等级测评问题整改台账", d, True,
                                                                [("台账", ["序号", "测评项", "风险", "责任科室", "状态"], rows, [])]))
    # 改造
    d = co.fresh()
    proj = "应用系统科/TOS集群化改造/"
    put(proj + "%s升级改造实施方案V1.%d.docx" % (co.sys(0).split("（")[0], r.randint(0, 4)), retrofit(co, d, "golive_notest" not in H, True))
    put(proj + "停机作业窗口申请单.pdf", window_apply(co, d), **c.scan)
    if "compat" not in H:
        c.rec(lambda d: proj + "兼容性测试报告.docx", lambda d: compat(co, d), d=d - timedelta(days=r.randint(5, 20)))


def lay_emergency(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    YJ = "应急管理/"
    rec_ok = "no_recovery" not in H
    d = co.issued()
    ext = r.choice(["docx", "pdf"])
    put("01集团发文/%s关于印发网络安全事件应急预案的通知.%s" % (yr(d), ext),
        emergency_plan(co, d, rec_ok, rec_ok and r.random() < 0.5), **(c.scan if ext == "pdf" and r.random() < 0.5 else {}))
    if rec_ok:
        d = co.issued()
        put(YJ + "预案/%s灾难恢复预案.docx" % co.sys(0).split("（")[0], dr_plan(co, d))
    d = co.issued()
    if "bcp_draft" in H:
        put(YJ + "业务连续性/港口生产信息系统业务连续性计划（征求意见稿）.docx", void(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(YJ + "业务连续性/港口生产信息系统业务连续性计划.pdf", bcp(co, d))
    if "drill_scheme_only" not in H:
        d = co.fresh()
        if r.random() < 0.3:
            put("个人/%s/新建 Microsoft Word 文档 (%d).docx" % (co.p(1), r.randint(2, 6)), drill(co, d, "sec"))
        else:
            put(YJ + "演练/%d/%s勒索病毒应急演练记录.docx" % (d.year, ymd(d)), drill(co, d, "sec"))
        if "drdrill" not in H:
            c.rec(lambda d: YJ + "演练/%d/%s灾备切换演练记录.pdf" % (d.year, ymd(d)), lambda d: drill(co, d, "dr"), **c.scan)
    d = co.fresh()
    put(YJ + "演练/%d/%d年网络安全应急演练方案.docx" % (d.year, d.year), drill_scheme(co, d))
    d = co.fresh()
    put(YJ + "演练/%d/关于开展灾备切换演练的通知.docx" % d.year, drill_notice(co, d))
    d = date(2026, r.randint(5, 7), r.randint(1, 28))
    put(YJ + "%s防御/%d年%s防御信息系统保障方案.docx" % (co.at["wx"], d.year, co.at["wx"]), typhoon_plan(co, d))
    if r.random() < 0.7:
        d2 = d + timedelta(days=60 + r.randint(0, 30))
        put(YJ + "%s防御/%s防御信息保障工作总结%s.docx" % (co.at["wx"], co.at["wx"], ymd(d2)), typhoon_summary(co, d2))


def lay_review(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    JS, AQS, TX = "技术管理科/", "安全生产/", "体系管理/"
    tg_ok = "kpi_scoreonly" not in H
    for i in range(2):
        d = date(2026, r.randint(2, 11), r.randint(2, 12))
        tg = tg_ok and (i == 0 or r.random() < 0.5)
        nm = (JS + "外包考核/附件%d.xlsx" % r.randint(1, 4)) if r.random() < 0.25 else (JS + "外包考核/%s%d年%d月运维服务考核评分表.xlsx" % (yr(d), d.year, d.month))
        put(nm, vendor_assess(co, d, tg))
    sn = r.randint(1, 300)
    for i in range(r.randint(1, 2)):
        chk = r.random() < 0.75
        c.rec(lambda d: (AQS + "整改通知单/扫描件%03d.pdf" % (sn + i)) if i == 0 and r.random() < 0.5 else (AQS + "整改通知单/%s整改通知单ZG%s.pdf" % (yr(d), ymd(d))),
              lambda d: rectify(co, d, chk), **c.scan)
    c.rec(lambda d: AQS + "隐患排查治理/信息系统隐患排查治理台账%d.xlsx" % d.year, lambda d: hazard_ledger(co, d, r.random() < 0.6))
    c.rec(lambda d: TX + "内部审核/%d年度内部审核报告.docx" % d.year, lambda d: internal_audit(co, d), old="ia_old" in H)
    c.rec(lambda d: TX + "管理评审/%d年度管理评审会议纪要.docx" % d.year, lambda d: review_minutes(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]))
    if "audit_rule" not in H and r.random() < 0.5:
        d = co.issued()
        put(TX + "认证/ISO20000认证证书.pdf", iso_cert(co, d), **c.scan)
    c.rec(lambda d: TX + "持续改进/%d年度运维服务持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, "criteria" not in H))
    if not getattr(c, "improve_in_min", False):
        c.rec(lambda d: TX + "持续改进/改进机会评估表_%s.docx" % ymd(d), lambda d: improve_eval(co, d))
    if "itrack" not in H:
        c.rec(lambda d: TX + "持续改进/改进项目跟踪台账%d.xlsx" % d.year, lambda d: improve_track(co, d))
    if "aware_signin" in H:
        d = co.fresh()
        put("培训/%s%s《运维服务持续改进管理实施细则》学习签到表.xlsx" % (yr(d), ymd(d)), signin(co, d, "信息中心运维服务持续改进管理实施细则"))
    else:
        c.rec(lambda d: "培训/%s%s服务改进意识宣贯签到及考试.xlsx" % (yr(d), ymd(d)), lambda d: awareness(co, d))
    c.rec(lambda d: JS + "%s%d年运维不良情况专题分析.docx" % (yr(d), d.year), lambda d: defects(co, d), old="defects_old" in H)
    d = date(2026, 1, r.randint(8, 28))
    nm = r.choice(["综合管理科/工作总结/信息中心2025年工作总结.docx", "综合管理科/工作总结/2025年工作总结（定稿）.docx",
                   "综合管理科/工作总结/2025年度工作总结final.docx"])
    put(nm, year_report(co, d, "no_data" not in H, "forecast" not in H))
    if "forecast" in H or r.random() < 0.5:
        d = date(2025, 1, r.randint(8, 28))
        put("归档/2025年/信息中心2024年工作总结.docx", year_report(co, d, True, True))


def lay_none(c):
    """Real port documents that prove nothing the form asks for."""
    co, r, put = c.co, c.r, c.put
    d = co.fresh()
    b = [("title", "%d年度安全生产目标责任书" % d.year), ("p", "甲方：%s    乙方：信息中心%s" % (zx(co), r.choice(KS))),
         ("p", "一、目标：不发生生产安全责任事故，不发生较大及以上网络安全事件，隐患整改率100%。"),
         ("p", "二、责任：落实安全生产责任制和岗位安全操作规程，按期开展隐患排查。"), ("p", "三、考核：与年度绩效挂钩。")]
    put("安全生产/安全生产责任书/%d年安全生产目标责任书（%s）.pdf" % (d.year, r.choice(KS)), Doc("resp", "安全生产责任书", d, [], True, b), **c.scan)
    d = co.fresh()
    rows = [[i + 1, r.choice(["机房", "闸口机柜", "远控中心", "中控楼弱电间"]), r.choice(["重大", "较大", "一般", "低"]),
             r.choice(["火灾", "进水", "触电", "误操作"]), r.choice(KS[1:4])] for i in range(8)]
    put("安全生产/双重预防/信息中心安全风险辨识及分级管控清单.xlsx",
        book("risk_list", "安全风险辨识及分级管控清单", d, False, [("风险清单", ["序号", "区域", "风险等级", "风险类型", "管控科室"], rows, [])]))
    d = date(2026, r.randint(8, 10), r.randint(1, 20))
    b = [("title", "%d年集装箱作业高峰期信息系统保障方案" % d.year), ("p", "信息中心    %s" % anyd(co, d)),
         ("p", "一、保障时段：%d月至%d月船舶密集靠泊期。" % (d.month, min(12, d.month + 2))),
         ("p", "二、保障措施：TOS、闸口、EDI重点监控，暂停非紧急变更，各码头IT班组双岗值守，中心领导带班。")]
    put("运维保障科/高峰保障/%d年作业高峰保障方案.docx" % d.year, Doc("peak", "高峰保障方案", d, [], True, b))
    d = co.fresh()
    rows = [[back(d, -i).isoformat(), co.p(i % 6), co.p((i + 3) % 6), co.boss if i % 7 == 0 else co.p(0)] for i in range(14)]
    put("运维保障科/值班表/%s值班安排表.xlsx" % ym(d), book("roster_duty", "信息中心%d年%d月值班安排表" % (d.year, d.month), d, True,
                                                          [("值班表", ["日期", "白班", "夜班", "带班领导"], rows, [])]))
    d = co.fresh()
    b = [("title", "运维周报（%s）" % d.isoformat()), ("p", "本周各系统运行正常，处理报障%d件；下周计划完成%s车道OCR镜头更换。" % (r.randint(20, 80), co.at["gate"]))]
    put("运维保障科/周报/%d年第%d周运维周报.txt" % (d.year, d.isocalendar()[1]), Doc("weekly", "周报", d, [], True, b),
        **({"encoding": "gb18030"} if r.random() < 0.6 else {}))
    if r.random() < 0.6:
        d = co.fresh()
        rows = [[i + 1, co.p(i), r.choice(KS), r.randint(70, 99)] for i in range(6)]
        put("培训/%s技能比武/网络安全技能比武成绩表.xlsx" % yr(d), book("contest", "网络安全技能比武成绩表", d, True,
                                                                [("成绩", ["序号", "姓名", "科室", "成绩"], rows, [])]))


def archive(c):
    co = c.co
    for name, factory, d in c.made:
        if co.rng.random() >= 0.15:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "归档/%d年/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        c.put(rel, factory(prev))


def decoys(c, lock_bytes, keys):
    co, r, H, put = c.co, c.r, c.H, c.put
    KH = "合资码头运维服务/%s/" % co.at["cust"]
    put("运维保障科/表格模板/信息设备巡检记录（空表）.xlsx",
        blank_sheet("信息设备巡检记录", co.fresh(), ["日期", "设备", "运行状态", "CPU", "内存", "告警", "巡检人"]))
    put("技术管理科/变更管理/信息系统变更申请单（模板）.docx",
        blank_paper("信息系统变更申请单", co.fresh(), ["变更内容", "影响范围", "测试验证", "回退方案", "审批意见", "实施结果"]))
    put(KH + "04满意度/满意度调查问卷（空白）.xlsx",
        blank_sheet("运维服务满意度调查问卷", co.fresh(), ["调查项", "非常满意", "满意", "一般", "不满意", "意见建议"], 6))
    put(KH + "02服务协议/信息化运维服务协议（范本）.docx",
        blank_paper("信息化运维服务协议（范本）", co.fresh(), ["第一条 服务范围", "第二条 运维方式", "第三条 服务级别及核心指标", "第四条 健康检查"]))
    if r.random() < 0.6:
        put("应急管理/演练/应急演练记录（模板）.docx", blank_paper("应急演练记录", co.fresh(), ["演练时间", "演练场景", "演练过程", "演练结果", "存在问题"]))
    if r.random() < 0.6:
        put("安全生产/整改通知单/整改通知单（空白）.docx", blank_paper("整改通知单", co.fresh(), ["问题来源", "原因分析", "整改措施", "复查情况"]))
    if "bcp_draft" not in H and r.random() < 0.5:
        put("应急管理/业务连续性/港口生产信息系统业务连续性计划（征求意见稿）.docx", void(bcp(co, co.issued()), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put("个人/%s/信息化运维服务协议修订（送审稿）.docx" % co.p(0), void(agreement(co, d), "draft", "（送审稿）"))
    d = co.fresh()
    put("个人/%s/%d年持续改进计划（草稿）.docx" % (co.p(3), d.year + 1), void(improve_plan(co, d, True), "draft", "（草稿）"))
    d = co.fresh()
    put("个人/%s/管理评审纪要初稿.docx" % co.p(0), void(review_minutes(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]), "draft", "（初稿）"))
    d = date(2019, 5, 15)
    put("应急管理/预案/作废/网络安全事件应急预案（2019版）作废.pdf", void(emergency_plan(co, d, True, True), "obsolete", "（作废）"), **c.scan)
    d = date(2021, 3, 22)
    put("03制度汇编/已废止/问题管理实施细则（2021版，已废止）.docx", void(reg_doc(co, d, "wt"), "obsolete", "（已废止）"))
    nas = co.at["nas"]
    if nas == "$RECYCLE.BIN":
        sid = "S-1-5-21-%d-%d-%d-%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(1000, 1300))
        rnd = lambda: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))  # noqa: E731
        bins = ["$RECYCLE.BIN/%s/$R%s.pdf" % (sid, rnd()), "$RECYCLE.BIN/%s/$R%s.xlsx" % (sid, rnd()), "$RECYCLE.BIN/%s/$R%s.docx" % (sid, rnd())]
    else:
        bins = [nas + "/应急管理/灾备切换演练记录.pdf", nas + "/技术管理科/变更记录导出.xlsx", nas + "/体系管理/内部审核报告.docx"]
    put(bins[0], void(drill(co, co.fresh(), "dr"), "recycle bin"))
    put(bins[1], void(change_export(co, co.fresh()), "recycle bin"))
    put(bins[2], void(internal_audit(co, co.fresh()), "recycle bin"))
    for what in r.sample(["%s网络安全事件应急预案" % co.at["jian"], "%s信息系统变更管理办法" % co.at["jian"], "港口生产信息系统业务连续性计划"], 2):
        if r.random() < 0.85:
            d = co.fresh()
            put("培训/%s%s《%s》宣贯签到表.xlsx" % (yr(d), ymd(d), what), signin(co, d, what))
    put("03制度汇编/现行有效制度目录.docx", reg_index(co, co.fresh(), keys))
    d = co.fresh()
    put("体系管理/管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    put("资质申报/CCRC/自评估表（工作底稿）.xlsx", ccrc_sheet(co, co.fresh()))
    for i in sorted(r.sample(range(len(UNREL)), 2)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(("#recycle", ".recycle", "$RECYCLE"))]
    for rel in office[4:140:23]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(2)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw("运维保障科/值班记录/2026年/新建 XLSX 工作表.xlsx", b"", "empty file")
    raw("网络安全科/日志审计/2026年/新建 Microsoft Word 文档.docx", b"", "empty file")
    raw(KH + "04满意度/2026年下半年满意度调查报告.docx", b"", "empty file")
    raw("运维保障科/%s/扫描件%s.pdf" % (co.at["fens"][0], ymd(co.fresh())), MIN_PDF, "image-only scan without a text layer")
