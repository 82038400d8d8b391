# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ar.py - style AR: the 信息技术所 (信息化处) of a 铁路局集团公司.

An author voice for the accuracy corpus, used only by the AR shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py, kinds_aj.py's mechanics and the README's ground-truth section;
never the rules, the sources or a score).

The company: the 信息技术所 of a 中国铁路XX局集团有限公司 (a 站段-level unit under the 集团公司's 科技和信息化部,
which also acts as its 信息化处).  It runs the 集团公司's 铁路信息系统 for the 站段 on the 铁路办公网, the 内部服务网
and the 安全生产网: the local parts of the 客票系统 (地区中心, 车站售票/自助售票/实名制核验 equipment), the IT side
of the 调度 information systems (TDMS), the 办公信息系统 and 视频会议, the 安全生产信息平台, the 人力资源 and
财务 systems.  It is organised in 车间 (网络车间, 系统车间, 客票车间) with 工区 at the big stations, a 网络管理中心
(运维调度台) working in shifts, 技术科, 安全科 and a 网络安全中心.  An 外委单位 keeps engineers on site under an
信息设备委外维护合同.  Under an 信息化运维服务协议 the 所 also runs the IT of a 合资铁路公司 (a 城际铁路有限责任公司
whose 运输 the 集团公司 manages under 委托); that company is the form's customer.

How its people write (a railway writes as a railway does):
- 集团公司 文件 (X铁科信〔2026〕N号) with a 红头, 主送 集团公司各单位、机关各部门, the notice sentence
  现将《…》印发给你们, the signature in Chinese numerals, 公开属性, 抄送 and the 办公室 印发 line, then the 管理办法
  (第一章 总则 / 第一条 …); some filed whole (docx, pdf, scanned pdf with OCR), some split into 正文 and 附件;
- 所 文件 (X铁信〔2026〕N号) that 印发 实施细则 the same way; 作业标准 filed bare with a 编号;
- 作业指导书 in the railway form: 作业名称, 作业人员, 作业工具, 作业准备, 作业程序, 安全风险提示, 质量标准,
  some bound in a 作业指导书汇编; the 规章制度汇编（YYYY年版） whose 篇 are several 办法/细则;
- records by 车间/工区 and 年度/月份: 巡检记录 workbooks (one sheet per record kind), 季度检修记录, 月度维修作业计划
  及兑现表, 维修天窗作业登销记簿 (the railway's change record), 变更申请审批单 scans, 网管 值班日志 and 交接班记录
  (scans), 故障（中断）登记簿, 故障分析报告 written to the "三不放过" rule, 硬件故障统计, 运维平台 报修工单 from the
  站段, 设备台账, 配置库 exports;
- 运行质量分析 月报, 安全风险研判, 质量考核通报 and the 问题库, 干部下现场检查写实, 春运/暑运 保障方案 and 总结,
  应急预案 (集团公司) and 演练, 所务会/交班会 纪要, 职教 培训 and 签到, 年度工作总结;
- 合资公司运维服务/: 01需求调研, 02服务协议, 03健康检查/<year>, 04满意度测评, 月度服务报告;
- names mix 文号, ymd, 2026.03, 2026年03月, （定稿）, (1), " - 副本", 扫描件, 新建文件夹; personal folders; a NAS
  recycle folder (#recycle, .recycle or $RECYCLE.BIN); 归档/<year>/ with last year's copies (stale).

Every builder returns a kinds.Doc listing as items only what its own text proves: a part of a document lends its
items only when it is written; a sheet without data rows proves nothing; a record older than a year keeps its items
(record=True) and is stale.  build(co, lock_bytes) lays out the whole share; AR_INFO holds the per-share facts and
the holes each share was designed with.

Judgement calls of this voice (also in readme.md):
- a 集团公司/所 文件 filed whole is the 办法/细则; filed split, the 附件 is the 办法 and the 正文 (现将《…》印发) is a
  decoy; the 规章制度汇编 proves what its 篇 write; the 运维管理办法 proves 10/pdca only with its 管理模式 chapter;
- the 网络安全事件报告和处置管理办法 proves 30 (报告 and 处置 chapters), 31/incident-process and 34 (its 应急响应
  and 事后处理 chapters); the 所 实施细则 prove 49, 20/37, 21, 39, 61/62, 65 and 66/preventive-actions, one each;
- a 作业指导书 of one 作业项目 is 24's work instruction and 11's manual; the 作业指导书汇编 is one document; the
  信息设备检修周期及质量标准 (a 修程 table: what is checked how often) proves nothing;
- the 维修天窗作业登销记簿 with 销记 rows and a signed, closed 变更申请审批单 are 54's change records and 43's
  process records; a 天窗作业 申请 without 销记 and an unsigned 审批单 prove nothing;
- the 巡检记录 workbook proves each record kind whose sheet has rows (网络及安全设备 → 44/inspection, 45/monitoring,
  14/maintenance; 防病毒 → 44/virus-scan, 45/antivirus; 日常维护 → 14/44 maintenance; 故障处理 → 44/faults; 版本
  升级 → 44/upgrades); its 机房环境 sheet alone proves nothing; the 季度检修记录 is 14/44 maintenance and 44's 状态
  检查; the 月度维修作业计划 proves 14/44 maintenance only when its 兑现 columns are filled;
- a single 故障分析报告 ("三不放过") is 44's 故障处理 record, not a statistic; only the 硬件故障统计表 is
  14/hardware-faults; the year's 故障及不良情况专题分析 (major faults, failed 天窗/变更, missed targets, measures)
  is 70;
- the 网管 值班日志 proves 44/45/14 only when its rows record the devices' state; the 交接班记录 (交接正常) proves
  nothing;
- the 安全风险研判 is 66's effectiveness record only with its 上期卡控措施落实及效果验证 section; the 问题库, the 干部
  检查写实, the 交班会纪要, the 春运/暑运 方案 and 总结, the 安全生产月 and 技术比武 records prove nothing;
- the 质量考核通报 is 57/measurement only when it sets the 指标 against their 目标; an 扣分-only 通报 proves nothing;
  the 整改通知书 is 57/capa, and with its 复查 filled also 66/effectiveness;
- the 所务会纪要 proves each decision it records (接口人 28, 运维服务台 48, the scored and approved 改进事项 67);
- the 运行质量分析 月报 proves 50 with its 趋势分析, 56 with its ten-indicator table, 18/22's report with its 可用率
  section; the 年度工作总结 proves 56 and 71 only with those sections.
"""

from datetime import date, timedelta

from kinds import Doc

# per share: the 集团公司 and its 所, prefixes, places, platforms, and the holes the share was designed with
AR_INFO = {
    "ar1": dict(ju="中国铁路荆楚局集团有限公司", jian="荆楚局", pre="荆铁", code="JCJ", cust="荆襄城际公司",
                line="荆襄城际铁路", stations=("襄阳东站", "荆门西站", "钟祥站", "宜城站"),
                areas=("襄阳工区", "荆门工区", "十堰工区"), itsm="信息化运维综合管理平台", ludian="路电 61-2345",
                nas="#recycle", gt="铁科信",
                holes={"svc_review", "ola", "pdca", "collect_old", "pentest_old", "devplan_draft", "trend",
                       "bcp_draft", "callbacks", "improve_pending", "forecast"}),
    "ar2": dict(ju="中国铁路秦川局集团有限公司", jian="秦川局", pre="秦铁", code="QCJ", cust="关中城际公司",
                line="关中城际铁路", stations=("宝鸡南站", "杨凌站", "兴平站", "咸阳西站"),
                areas=("宝鸡工区", "汉中工区", "安康工区"), itsm="信息运维管理系统（IOMS）", ludian="路电 33-6120",
                nas=".recycle", gt="铁科信",
                holes={"fee_tpl", "hist_noanalysis", "kpis", "compat", "kb_empty", "cmdb", "drdrill", "desk_train",
                       "ia_old", "criteria", "defects_old"}),
    "ar3": dict(ju="中国铁路赣闽局集团有限公司", jian="赣闽局", pre="赣闽铁", code="GMJ", cust="闽西南城际公司",
                line="闽西南城际铁路", stations=("龙岩站", "漳平西站", "永定站", "上杭站"),
                areas=("龙岩工区", "三明工区", "漳州工区"), itsm="一体化运维服务平台", ludian="路电 47-3306",
                nas="$RECYCLE.BIN", gt="铁科信",
                holes={"survey_notime", "no_outsourcing", "hw_old", "roles", "aplan", "iface_pending", "no_recovery",
                       "notice_partial", "kpi_scoreonly", "itrack"}),
    "ar4": dict(ju="中国铁路辽海局集团有限公司", jian="辽海局", pre="辽铁", code="LHJ", cust="辽东城际公司",
                line="辽东城际铁路", stations=("丹东站", "凤城东站", "本溪新城站", "宽甸站"),
                areas=("丹东工区", "本溪工区", "鞍山工区"), itsm="运维服务管理系统", ludian="路电 22-5871",
                nas="#recycle", gt="铁科信",
                holes={"meeting_noagree", "catalog_base", "golive_notest", "slm", "ci", "health_old", "monthly_notrend",
                       "no_data", "audit_rule", "aware_signin"}),
}

SHOPS = ("网络车间", "系统车间", "客票车间")

ZHN = "〇一二三四五六七八九"
HAN = "零一二三四五六七八九"


def han(n):
    """a count in Chinese numerals, 1-99"""
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def sign_date(d):
    """二〇二六年三月五日, as a 红头 signs it"""
    return "".join(ZHN[int(c)] for c in str(d.year)) + "年" + han(d.month) + "月" + han(d.day) + "日"


def cnd(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def ymd(d):
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def ym(d):
    return "%04d%02d" % (d.year, d.month)


def anyd(co, d):
    """a date the way whoever typed this one writes it"""
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
    """A written document assembled part by part; a part lends its items only when it is written.
    Headings are numbered as written (一、 / 1. / 第一章 / 第一条), so a dropped part leaves no gap."""

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
            h = "%d. %s" % (self.n, heading)
        elif self.num == "kuo":
            h = "（%s）%s" % (han(self.n), heading)
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


def ven(co, i):
    """a 外委 engineer where the 外委单位 keeps staff on site, else one of the 所's own"""
    return co.vp(i) if getattr(co, "ar_outs", True) else co.p(i + 2)


def long_cover(co, title, code, ver, d, chapters):
    """a long cover: 所, document data, 修订记录, 目录"""
    b = [("p", suo(co)), ("p", " "), ("title", title), ("p", "编号：%s" % code), ("p", "版本：%s" % ver),
         ("p", "编制：%s    审核：%s    批准：%s" % (co.p(2), co.p(0), co.boss)),
         ("p", "%s发布        %s实施" % (cnd(d), cnd(d + timedelta(days=10)))), ("break",), ("h1", "修订记录")]
    rows = [["版本", "修订内容", "修订人", "日期"]]
    for i, v in enumerate(["第1版", "第2版", "第3版", ver]):
        rows.append([v, ["首次编制", "根据集团公司规章修订调整", "机构调整后修订", "年度修订"][i], co.p(i), "%d-%02d-15" % (min(d.year - 3 + i, d.year), 2 + i)])
    b += [("table", rows), ("h1", "目  录")] + [("p", "%d  %s ……… %d" % (i, ch, 1 + 4 * i)) for i, ch in enumerate(chapters, 1)] + [("break",)]
    return b


def blank_sheet(title, d, cols, n=12, sheet="Sheet1"):
    rows = [[title], ["车间/工区：", "", "年    月"], cols] + [[""] * len(cols) for _ in range(n)]
    rows.append(["填记人：", "", "工长：", "", "车间主任："])
    return Doc("blank", title, d, [], False, sheets=[(sheet, rows)], decoy="template")


def blank_paper(title, d, heads):
    b = [("title", title), ("p", "编号：__________        日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "（填写）"), ("p", " ")]
    b += [("p", "填写人：            审核：            批准：")]
    return Doc("blank", title, d, [], False, b, decoy="template")


# ------------------------------------------------------------------------------ 发文: 集团公司 文件 and 所 文件

def next_no(co, d, level):
    key = (level, d.year)
    co.ar_no[key] = co.ar_no.get(key, co.rng.randint(3, 30)) + co.rng.randint(1, 9)
    pre = co.ar["pre"] + ("科信" if level == "ju" else "信")
    return "%s〔%d〕%d号" % (pre, d.year, co.ar_no[key])


def suo(co):
    return co.ar["ju"] + "信息技术所"


def red_top(co, d, subject, level="ju", to=None):
    """The 红头 of a 集团公司 文件 (ju) or of the 所's own 文件 (suo); returns (blocks, 文号)."""
    no = next_no(co, d, level)
    issuer = co.ar["ju"] + "文件" if level == "ju" else suo(co) + "文件"
    if to is None:
        to = "集团公司各单位、机关各部门：" if level == "ju" else "所属各车间、科室，网络管理中心："
    return [("big", issuer), ("p", no), ("title", subject), ("p", to)], no


def colophon(co, d, level="ju"):
    org = co.ar["ju"] if level == "ju" else suo(co)
    cc = "国铁集团科技和信息化部，%s。" % co.ar["cust"] if level == "ju" else "集团公司科技和信息化部、安全监察室。"
    return [("p", org), ("p", sign_date(d)),
            ("p", co.rng.choice(["（此件不公开）", "（此件依申请公开）", "（此件不公开）"])),
            ("p", "抄送：" + cc),
            ("p", "%s办公室                %s印发" % (org, cnd(d + timedelta(days=co.rng.randint(0, 2)))))]


# key: (name, level, [(chapter, [articles], items, tag)])
#   level: ju = 集团公司 管理办法 by 红头, suo = 所 实施细则 by 所 文件, bz = 作业标准/工作标准 filed bare
#   tag: a chapter whose tag is in the share's drop set is not written
REGS = {
    "yw": ("信息系统运维管理办法", "ju", [
        ("总则", ["为加强集团公司信息系统运用维护管理，保障铁路运输生产和经营管理信息系统安全稳定运行，依据国铁集团信息化管理有关规定，"
                 "结合集团公司实际，制定本办法。",
                 "本办法适用于集团公司客票系统地区中心及车站部分、调度信息系统、办公信息系统、视频会议系统、安全生产信息平台及人力资源、"
                 "财务等管理信息系统的运维工作，受托管理的合资铁路公司信息系统参照执行。"], [], None),
        ("管理模式", ["信息系统运维实行“计划—执行—检查—改进”（PDCA）闭环管理：每年初由科技和信息化部下达运维工作目标，信息技术所制定"
                   "运维服务目录和年度维修作业计划（计划）；",
                   "各车间、工区按规章、作业标准和作业指导书组织维修作业和运维服务（执行）；",
                   "通过运行质量分析、质量考核、内部审核、干部检查和管理评审对运维工作进行监视和评审（检查）；",
                   "对检查发现的问题和未完成的目标落实整改和预防措施，纳入年度持续改进计划，跟踪销号（改进）。"], ["10/pdca"], "pdca"),
        ("职责分工", ["科技和信息化部是集团公司信息系统运维的归口管理部门；信息技术所是运维实施单位，负责系统运行监控、维修作业、"
                   "故障处理和技术支持；各站段负责本单位终端设备的日常使用管理，发现故障及时向运维服务台报修。"], [], None),
        ("维修管理", ["信息设备实行日常巡检、周期检修和状态修相结合的维修制度，维修作业纳入月度维修作业计划，在维修天窗内实施。"], [], None),
        ("附则", ["本办法由集团公司科技和信息化部负责解释，自印发之日起施行。"], [], None)]),
    "bg": ("信息系统变更及维修天窗作业管理办法", "ju", [
        ("总则", ["为规范信息系统变更和维修天窗作业，防止因变更引发信息系统故障影响运输生产，制定本办法。",
                 "本办法所称变更，是指对生产环境的网络、安全设备、服务器、数据库、应用版本、参数及资源配置的新增、修改和删除。"], [], None),
        ("变更分类", ["变更分为标准变更、一般变更、重大变更和紧急变更。影响客票发售、调度指挥或跨站段网络的变更为重大变更。"], [], None),
        ("变更及天窗作业程序", ["变更由实施车间在{itsm}提出申请，填写变更内容、影响范围、天窗时间、测试情况和回退方案。",
                           "一般变更由车间主任审核、技术科批准；重大变更经变更评审会评审、所主管领导批准，并提前通知受影响的站段和{cust}。",
                           "作业前由作业负责人向网络管理中心调度员办理天窗作业登记，作业完成并验证后办理销记；验证失败的按回退方案恢复。",
                           "紧急变更经所值班领导电话同意后实施，24小时内补办审批手续。",
                           "变更的申请、审批、登记、实施、验证、回退和销记全过程在平台留痕，技术科按月统计变更成功率。"], ["54/procedure"], None),
        ("附则", ["本办法自印发之日起施行，原《信息系统维修天窗管理暂行规定》同时废止。"], [], None)]),
    "aq": ("网络安全事件报告和处置管理办法", "ju", [
        ("总则", ["为规范集团公司网络安全事件的报告和处置，减少网络安全事件对铁路运输生产的影响，依据国铁集团网络安全事件管理有关规定，制定本办法。"], [], None),
        ("事件分类和分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、信息内容安全事件、设备设施故障和其他事件；"
                         "按影响范围和程度分为特别重大、重大、较大和一般四级。"], [], None),
        ("事件报告", ["发现网络安全事件的站段或车间，应立即向信息技术所网络管理中心报告，网络管理中心在30分钟内报网络安全中心和所值班领导；"
                   "较大及以上事件由信息技术所在1小时内报集团公司科技和信息化部，并按国铁集团要求续报。"], ["30/reporting-process"], None),
        ("事件处置", ["事件处置按确认研判、隔离遏制、清除根除、恢复验证的步骤进行，处置过程由网络安全中心填写处置记录。"],
         ["30/response-process", "31/incident-process"], None),
        ("应急响应", ["达到《信息系统突发事件应急预案》启动条件的，由集团公司应急领导小组宣布启动应急响应，成立现场处置组，事态消除后宣布结束应急响应。"],
         ["34/emergency-process"], None),
        ("事后处理", ["事件处置结束后5个工作日内形成事件报告，按“三不放过”原则分析原因、明确责任、落实整改，更新故障处理案例库和应急预案。"],
         ["34/incident-process"], None),
        ("附则", ["本办法自印发之日起施行。"], [], None)]),
    "sj": ("信息系统运维事件管理实施细则", "suo", [
        ("总则", ["为及时恢复信息系统正常运用，减少故障对运输生产和站段办公的影响，依据集团公司《信息系统运维管理办法》，制定本细则。"], [], None),
        ("事件受理", ["运维事件来源于网管监控告警、巡检发现、站段通过运维服务台（{ludian}）报修和{itsm}工单，由运维服务台统一登记编号。"],
         ["49/incident-procedure"], None),
        ("分级处置", ["运维事件分为一、二、三、四级；影响客票发售或调度指挥的为一级事件，15分钟内响应并报所值班领导；",
                   "一线工区不能处理的，升级至车间技术人员或厂家；事件处理完毕由服务台回访报修单位确认后关闭工单。"], ["49/incident-procedure"], None)]),
    "qq": ("服务请求管理实施细则", "suo", [
        ("总则", ["为规范站段和{cust}提出的账号开通、权限调整、网络接入、终端迁移、视频会议保障等服务请求的受理与办理，制定本细则。"], [], None),
        ("受理与审批", ["服务请求通过{itsm}提交，注明请求类别和依据，经申请单位负责人审核；运维服务台登记后按服务目录派单。",
                     "涉及生产数据提取和安全策略开通的，须经技术科审核、所主管领导批准。"], ["49/request-procedure"], None),
        ("办理与关闭", ["承办车间在服务目录规定时限内办结，服务台电话确认后关闭请求。"], ["49/request-procedure"], None)]),
    "wt": ("问题管理实施细则", "suo", [
        ("总则", ["为查找并消除反复发生或影响较大的故障的根本原因，防止同类故障重复发生，制定本细则。"], [], None),
        ("问题的识别和登记", ["同类故障一个月内发生三次及以上、一级事件和失败变更，均应建立问题单，纳入问题库管理。"], ["20/procedure", "37/procedure"], None),
        ("原因分析和解决", ["问题责任车间在10个工作日内完成根本原因分析，提出临时措施和永久解决方案；需要变更的纳入变更管理。",
                         "问题解决后经技术科验证销号，形成已知错误记录纳入故障处理案例库；未销号问题在月度运行质量分析会上通报。"],
         ["20/procedure", "37/procedure"], None)]),
    "zs": ("运维知识管理实施细则", "suo", [
        ("总则", ["为积累和共享运维经验，建立故障处理案例库（知识库），制定本细则。"], [], None),
        ("知识的提交和审核", ["运维人员在故障处理、问题解决和变更实施后提交案例，经车间技术员审核、技术科复核后发布。"], ["21/procedure"], None),
        ("知识的使用和维护", ["案例库向全所和站段信息管理人员开放查询；技术科每季度复核一次，过期条目予以废止。"], ["21/procedure"], None)]),
    "slm": ("运维服务级别管理实施细则", "suo", [
        ("总则", ["为规范信息技术所对站段和{cust}运维服务级别的设计、约定、监测和评审，制定本细则。"], [], None),
        ("服务级别的约定", ["信息技术所根据服务对象需求制定运维服务目录和服务级别，与{cust}签订信息化运维服务协议，约定服务时间、响应时限和核心指标。"],
         ["39/slm-procedure"], None),
        ("监测和评审", ["服务级别达成情况按月统计、按季通报，每年与服务对象评审一次服务协议，未达标项目纳入持续改进计划。"], ["39/slm-procedure"], None)]),
    "nsh": ("运维服务管理体系内部审核实施细则", "suo", [
        ("总则", ["为验证运维服务管理体系符合标准要求并得到有效实施和保持，制定本细则。"], [], None),
        ("审核安排和程序", ["所每年至少组织一次覆盖全部运维过程的内部审核，内审员经培训合格，不审核本部门工作。",
                         "审核按年度审核方案、审核计划、首末次会议、现场审核、不符合项报告、整改跟踪验证的程序进行，审核结果提交管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], None)]),
    "jc": ("运维服务监视测量实施细则", "suo", [
        ("总则", ["为掌握运维服务目标实现情况，制定本细则。"], [], None),
        ("监视测量内容和方法", ["监视测量内容包括服务级别达成率、服务对象满意度、投诉建议及各项运维质量指标。",
                             "技术科按月汇总指标并在运行质量分析中通报，按季开展满意度回访，未达到目标的下达整改通知书并跟踪复查。"],
         ["61/monitoring-process", "62/monitoring-process"], None)]),
    "gj": ("运维服务持续改进管理实施细则", "suo", [
        ("总则", ["为规范改进措施的识别、记录、批准、评估、测量和报告，制定本细则。"], [], None),
        ("改进的管理", ["改进机会来源于内部审核、干部检查、质量考核、服务对象投诉、故障和问题分析、指标未达标。",
                     "改进机会由提出部门登记，技术科按评估标准评分排序，报所务会批准后实施。",
                     "实施效果由技术科测量验证，改进情况在管理评审中报告。"], ["65/procedure"], None)]),
    "yf": ("信息设备预防性维修实施细则", "suo", [
        ("总则", ["为在故障发生前消除设备隐患和潜在的不符合，制定本细则。"], [], None),
        ("预防措施", ["各车间通过运行趋势分析、容量预警、巡检和检修发现、设备寿命评估识别潜在问题，制定预防性维修措施，经车间主任批准后纳入月度维修作业计划。",
                   "预防措施实施后一个月内由技术科验证其有效性，并在安全风险研判中通报。"], ["66/preventive-actions"], None)]),
    "px": ("网络安全培训服务工作标准", "bz", [
        ("目的", ["规范信息技术所为站段和{cust}开展的网络安全培训服务。"], [], None),
        ("工作流程", ["培训需求收集→年度职教培训计划→课件编写和审核→组织实施并签到→考试考核→效果评估→资料归档。"], ["31/training-process"], None)]),
    "st": ("渗透测试作业标准", "bz", [
        ("目的", ["规范对集团公司互联网应用和内部服务网系统的渗透测试作业。"], [], None),
        ("作业程序", ["取得系统主管部门书面授权→确定测试范围和测试天窗→信息收集→漏洞发现和验证→编写测试报告→督促整改→复测。",
                   "测试不得使用可能造成拒绝服务或数据破坏的手段，测试期间网络管理中心全程监控。"], ["31/pentest-process"], None)]),
}


def fill(co, s):
    return s.replace("{itsm}", co.ar["itsm"]).replace("{cust}", co.ar["cust"]).replace("{ludian}", co.ar["ludian"])


def reg_body(co, key, drop=()):
    """The 章/条 of a 办法, 细则 or 标准; returns (blocks, items)."""
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
    return co.ar["ju"] + name if level == "ju" else "信息技术所" + name


def reg_doc(co, d, key, drop=(), split=None):
    """A 办法/细则 as issued (红头 then the 办法), or bare with its 编号 (bz).
    split='main' gives only the 正文 (a decoy that cites the 办法); the 附件 is built from reg_body."""
    name, level, _ = REGS[key]
    body, items = reg_body(co, key, drop)
    if level == "bz":
        code = "%s-XX-BZ-%02d" % (co.ar["code"], list(REGS).index(key))
        b = [("title", name), ("table", [["标准编号", code, "类别", "工作标准"],
                                         ["主管部门", "技术科", "版本", "第%d版" % co.rng.randint(1, 3)],
                                         ["实施日期", anyd(co, d), "批准", co.boss]])] + body
        return Doc("reg:" + key, name, d, sorted(set(items)), False, b)
    full = reg_full(co, key)
    top, no = red_top(co, d, "关于印发《%s》的通知" % full, level)
    cover = top + [("p", "现将《%s》印发给你们，请认真贯彻执行。执行中的问题和建议，请及时反馈%s。"
                   % (full, "集团公司科技和信息化部" if level == "ju" else "所技术科")),
                   ("p", "附件：%s" % full)] + colophon(co, d, level)
    if split == "main":
        doc = Doc("reg_main", "关于印发《%s》的通知" % full, d, [], False, cover,
                  decoy="notice that only cites the 办法 it issues")
    else:
        doc = Doc("reg:" + key, name, d, sorted(set(items)), False, cover + [("break",), ("title", full)] + body)
    doc.ar_no = no
    return doc


def compilation(co, d, keys, drop):
    """规章制度汇编: each 篇 is one 办法/细则/标准; proves what its 篇 write."""
    b = [("p", suo(co)), ("title", "信息技术所运维管理规章制度汇编（%d年版）" % d.year),
         ("p", "技术科 编印    %s" % cnd(d)), ("break",), ("h1", "编印说明"),
         ("p", "本汇编收录截至%d年%d月现行有效的集团公司信息化管理办法和信息技术所实施细则、工作标准，供各车间、工区学习使用。"
               "汇编文本与正式发文不一致的，以正式发文为准。" % (d.year, d.month)), ("h1", "目  录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "第%s篇  %s ………… %d" % (han(i), reg_full(co, k), 1 + 7 * i)))
    items = []
    for i, k in enumerate(keys, 1):
        body, its = reg_body(co, k, drop)
        b += [("break",), ("h1", "第%s篇 %s" % (han(i), reg_full(co, k)))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("compilation", "规章制度汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------------------ 作业指导书 (24, 11)

OPS = {
    "sw": ("核心交换机检修作业指导书", "网络车间", "信息设备维护工（网络）2人",
           "笔记本电脑、Console线、光功率计、防静电手环、检修记录本",
           ["核对月度维修作业计划和天窗作业登记，确认作业时间和影响范围",
            "登录设备检查电源、风扇、板卡状态及CPU、内存利用率，查看告警日志",
            "备份运行配置并与基线比对，核对端口对应表",
            "清扫设备防尘网，检查线缆标签和光模块收发光功率",
            "作业完毕恢复设备原状态，向网络管理中心办理销记，填写检修记录"],
           ["严禁在天窗外进行可能中断业务的操作", "作业前必须备份配置，未经批准不得修改配置"],
           "设备无告警，CPU利用率低于60%，配置与基线一致，标签清晰"),
    "fw": ("防火墙策略维护作业指导书", "网络安全中心", "网络安全员2人（一人操作一人监护）",
           "堡垒机账号、变更申请审批单、笔记本电脑",
           ["核对变更申请审批单的审批状态和策略内容", "策略调整前导出当前配置备份",
            "按审批单逐条新增或删除策略，核对源地址、目的地址、端口", "验证业务连通并在平台回填实施结果，办理销记"],
           ["不得开通审批单以外的策略", "禁止使用any-any策略"],
           "策略与审批单一致，业务验证正常，配置备份已归档"),
    "kp": ("车站客票系统设备检修作业指导书", "客票车间", "客票设备维护工2人",
           "专用工具箱、清洁套件、测试票卷、万用表",
           ["与车站值班站长联系，确认停用的售票窗口或自助售票机", "检查售票终端、打印机、读卡器及实名制核验闸机运行状态",
            "清洁打印头和票卷通道，试打测试票", "核对终端病毒库版本和补丁情况",
            "恢复设备并请车站签认，填写检修记录"],
           ["严禁在售票高峰时段停用设备", "测试票当场销毁，不得流出"],
           "售票、退改签、核验功能正常，车站签认"),
    "av": ("终端防病毒系统维护作业指导书", "系统车间", "系统维护工1人",
           "防病毒管理控制台账号",
           ["检查防病毒服务器病毒库版本和更新任务", "统计各站段终端在线率，通知离线超过7天的站段处理",
            "每周下发全网查杀任务并导出查杀报告", "发现病毒按网络安全事件报告和处置管理办法报告网络安全中心"],
           ["不得擅自卸载站段终端防病毒客户端"],
           "病毒库版本为最新，终端在线率不低于95%"),
    "db": ("数据库备份及恢复作业指导书", "系统车间", "数据库管理员2人",
           "备份管理软件、恢复验证环境",
           ["检查每日全量和增量备份任务执行结果", "每月在验证环境进行一次恢复测试并核对数据一致性",
            "备份介质异地存放并登记", "恢复测试结果填写数据库备份恢复记录"],
           ["严禁在生产库执行恢复测试"],
           "备份成功率100%，恢复测试数据一致"),
    "sp": ("视频会议保障作业指导书", "系统车间", "视频会议保障员2人",
           "视频会议管理平台、备用终端、调音台",
           ["会前2小时检查MCU、主会场和分会场终端状态", "会前1小时组织各分会场联调，测试图像和声音",
            "会中全程监视会场状态，备用链路随时切换", "会后填写视频会议保障记录"],
           ["集团公司重要会议必须启用备用MCU"],
           "会议图像、声音清晰稳定，无中断"),
}


def ops_guide(co, d, key):
    name, shop, staff, tools, steps, risks, std = OPS[key]
    code = "%s-XX-ZY-%02d" % (co.ar["code"], list(OPS).index(key) + 1)
    p = Sec(name, "cn").head(("table", [["编号", code, "版本", "第%d版" % co.rng.randint(1, 4)],
                                         ["适用车间", shop, "实施日期", anyd(co, d)],
                                         ["编制", co.p(2), "审核/批准", "%s / %s" % (co.p(0), co.boss)]]))
    p.part("作业人员", [staff + "；作业人员须经安全培训考试合格，持证上岗。"])
    p.part("作业工具", [tools + "。"])
    p.part("作业准备", ["作业前召开班前会，明确分工和安全卡控措施，确认天窗作业已登记。"])
    p.part("作业程序", ["%d. %s%s" % (i, s, "。" if i == len(steps) else "；") for i, s in enumerate(steps, 1)],
           ["24/work-instructions", "11/manuals"])
    p.part("安全风险提示", ["；".join(risks) + "。"])
    p.part("质量标准", [std + "。"])
    return p.doc("ops_guide", d, False)


def ops_book(co, d, keys):
    b = long_cover(co, "信息技术所作业指导书汇编（%d年）" % d.year, "%s-XX-ZY-HB" % co.ar["code"], "第%d版" % co.rng.randint(3, 5), d,
                   [OPS[k][0] for k in keys])
    for i, k in enumerate(keys, 1):
        name, shop, staff, tools, steps, risks, std = OPS[k]
        b += [("break",), ("h1", "%s、%s" % (han(i), name)), ("p", "作业人员：%s。作业工具：%s。" % (staff, tools)), ("h2", "作业程序")]
        b += [("p", "（%d）%s。" % (j, s)) for j, s in enumerate(steps, 1)]
        b += [("h2", "安全风险提示"), ("p", "；".join(risks) + "。"), ("h2", "质量标准"), ("p", std + "。")]
    return Doc("ops_book", "作业指导书汇编", d, ["24/work-instructions", "11/manuals"], False, b)


def repair_std(co, d):
    """信息设备检修周期及质量标准: a 修程 table, what is checked how often; no 作业程序: nothing."""
    rows = [["设备类别", "检修项目", "周期", "质量标准"],
            ["核心/汇聚交换机", "状态检查、告警查看", "日", "无告警"], ["核心/汇聚交换机", "配置备份、除尘", "季", "配置与基线一致"],
            ["防火墙", "策略核查、日志清理", "月", "无过期策略"], ["服务器", "硬件巡检、补丁核对", "月", "无硬件告警"],
            ["售票终端", "清洁、试打", "月", "打印清晰"], ["UPS", "放电试验", "年", "后备时间≥30分钟"]]
    b = [("title", "信息设备检修周期及质量标准"), ("p", "技术科    %s" % anyd(co, d)),
         ("p", "本标准规定信息设备日常检查、周期检修的项目、周期和质量标准，作业方法按相应作业指导书执行。"), ("table", rows)]
    return Doc("repair_std", "检修周期及质量标准", d, [], False, b)


# ------------------------------------------------------------------------------ 组织、人员、所务会

def leading_group(co, d, vendor):
    top, no = red_top(co, d, "关于调整集团公司网络安全和信息化领导小组及其工作机构的通知")
    rows = [["机构", "职务", "人员", "单位/部门"],
            ["领导小组", "组长", "集团公司总经理", "集团公司"], ["领导小组", "副组长", "集团公司总工程师", "集团公司"],
            ["领导小组", "成员", "办公室、安全监察室、科技和信息化部、客运部、调度所负责人", "集团公司机关"],
            ["管理组（领导小组办公室）", "组长", "科技和信息化部主任", "科技和信息化部"],
            ["管理组（领导小组办公室）", "成员", "%s、%s" % (co.p(0), co.p(1)), "科技和信息化部信息化处、信息技术所技术科"],
            ["运维执行组", "组长", co.boss, "信息技术所（所长）"],
            ["运维执行组", "成员", "%s、%s、%s" % (co.p(2), co.p(3), co.p(4)), "网络车间、系统车间、客票车间"]]
    if vendor:
        rows.append(["运维执行组", "驻所成员", "%s、%s" % (co.vp(0), co.vp(1)), "%s（外委单位）" % co.vendor])
    b = top + [("p", "因人员变动，经集团公司研究，对集团公司网络安全和信息化领导小组及其工作机构调整如下："),
               ("h1", "一、领导小组"), ("p", "负责集团公司网络安全和信息化工作的决策，审定信息系统运维服务方针、重大事项和资源保障。"),
               ("h1", "二、管理组"), ("p", "领导小组办公室设在科技和信息化部，负责规章制度建设、内部审核、网络安全风险评估和质量考核。"),
               ("h1", "三、运维执行组"), ("p", "设在信息技术所，负责信息系统运行监控、维修作业、故障处理和应急处置%s。"
                                      % ("；外委单位驻所人员纳入运维执行组统一管理" if vendor else "")),
               ("table", rows)] + colophon(co, d)
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else [])
    return Doc("leading_group", "领导小组调整通知", d, items, False, b)


def party_minutes(co, d):
    b = [("title", "信息技术所党委会议纪要"), ("p", "〔%d〕第%d次" % (d.year, co.rng.randint(5, 18))),
         ("h1", "一、传达集团公司网络安全和信息化领导小组调整通知"), ("p", "会议要求各车间对照调整后的工作机构落实责任分工。"),
         ("h1", "二、研究干部调整事项"), ("p", "会议研究了客票车间副主任人选，按程序报集团公司党委组织部。"),
         ("h1", "三、党风廉政建设"), ("p", "会议部署开展外委项目廉洁风险排查。")]
    return Doc("party_minutes", "党委会纪要", d, [], True, b)


def staff_roster(co, d, outs):
    shops = ["技术科", "网络车间", "系统车间", "客票车间", "网络安全中心", "网络管理中心"]
    posts = ["工程师", "网络工长", "系统工程师", "客票工长", "网络安全员", "调度员"]
    own = [[i + 1, co.p(i), shops[i], posts[i], "正式职工", "%s %d" % (co.ar["ludian"].split()[0], co.rng.randint(20000, 69999))]
           for i in range(6)]
    ven = [[i + 1, co.vp(i), co.vendor, ["网络维护驻所", "服务器维护驻所", "网络安全值守驻所"][i], "运维执行组",
            "%d-%02d" % (d.year - 1, 3 + i)] for i in range(3)] if outs else []
    return book("staff_roster", "信息技术所运维人员名册（%s）" % cnd(d), d, True, [
        ("在册职工", ["序号", "姓名", "车间/科室", "岗位", "用工性质", "联系电话"], own, ["9/staff-list"]),
        ("外委驻所人员", ["序号", "姓名", "所属单位", "岗位", "所在工作组", "进场时间"], ven, ["9/outsourcing"])])


def role_sheet(co, d):
    rows = [["服务级别管理", "运维服务目录、服务协议维护和达成统计", "管理组（技术科）", co.p(0)],
            ["网络安全管理", "安全策略、漏洞和安全事件管理、应急响应", "管理组（网络安全中心）", co.p(1)],
            ["网络维护", "办公网、内部服务网及安全设备维护", "运维执行组（网络车间）", co.p(2)],
            ["系统维护", "服务器、数据库、应用系统维护", "运维执行组（系统车间）", co.p(3)],
            ["客票设备维护", "车站售票、自助售票、实名制核验设备维护", "运维执行组（客票车间）", co.p(4)],
            ["运维服务台", "报修受理、派单、回访", "运维执行组（网络管理中心）", co.p(5)],
            ["配置管理", "设备台账和配置库维护", "管理组（技术科）", co.p(0)]]
    return book("role_sheet", "信息技术所运维岗位及角色清单", d, False, [
        ("角色", ["角色", "主要职责", "对应工作组", "责任人"], rows, ["18/roles", "23/roles"])])


def iface_notice(co, d):
    top, no = red_top(co, d, "关于明确网络安全管理联系人的通知", "suo")
    b = top + [("p", "为做好与集团公司科技和信息化部、各站段及%s的网络安全工作对接，经所研究，明确网络安全中心%s为信息技术所网络安全管理"
                     "联系人，负责网络安全事件通报、上级检查配合、网络安全文件的接收和传达，%s为B角。" % (co.ar["cust"], co.p(1), co.p(3)))]
    return Doc("iface", "接口人通知", d, ["28/interface-person"], False, b + colophon(co, d, "suo"))


def desk_notice(co, d):
    top, no = red_top(co, d, "关于设立信息化运维服务台的通知", "suo")
    b = top + [("p", "为统一受理站段和%s的信息设备报修和服务请求，所决定在网络管理中心设立信息化运维服务台，服务电话%s，7×24小时受理。"
                     % (co.ar["cust"], co.ar["ludian"])),
               ("p", "服务台职责：受理电话、%s工单报修；登记、分级、派单；跟踪处理进度；回访确认并关闭工单。" % co.ar["itsm"]),
               ("p", "服务台值班员：%s、%s%s，实行四班三运转。" % (co.p(5), co.p(4), "及外委驻所值班员" if getattr(co, "ar_outs", True) else "等4人"))] + colophon(co, d, "suo")
    return Doc("desk", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[d.isoformat(), "运维服务台值班员岗前培训", "报修受理和分级、%s派单、常见站段终端故障处置" % co.ar["itsm"], co.p(2), n, "合格"]
            for n in (co.p(5), ven(co, 2), co.p(4))]
    return book("desk_training", "职工教育培训记录（运维服务台）", d, True, [
        ("培训记录", ["日期", "培训项目", "培训内容", "教员", "学员", "考试结果"], rows, ["48/training"])])


def ticket_training(co, d, st):
    """车站客运员 售票系统 操作培训: the users' training, not the service desk's: nothing."""
    rows = [[i + 1, n, st, "客运员", "合格"] for i, n in enumerate([co.cp(0), co.cp(1), co.cp(2), co.cp(3)])]
    return book("ticket_training", "%s客票系统新版本操作培训签到表" % st, d, True, [("签到", ["序号", "姓名", "车站", "岗位", "考试"], rows, [])])


def suo_minutes(co, d, n, topics):
    """所务会纪要: several 议题; each decision proves its own item."""
    b = [("title", "信息技术所所务会纪要"), ("p", "（%d年第%d期）" % (d.year, n)),
         ("p", "%s，所长%s主持召开所务会。参加：所领导班子成员，各科室、车间负责人；记录：%s。会议纪要如下：" % (cnd(d), co.boss, co.p(0)))]
    items, i = [], 0
    for t in topics:
        i += 1
        if t == "iface":
            b += [("h1", "%s、关于明确网络安全管理联系人" % han(i)),
                  ("p", "会议决定，由网络安全中心%s担任所网络安全管理联系人，负责与集团公司科技和信息化部、站段及%s的网络安全事务对接，%s为B角。"
                   % (co.p(1), co.ar["cust"], co.p(3)))]
            items.append("28/interface-person")
        elif t == "iface_pending":
            b += [("h1", "%s、关于网络安全管理联系人" % han(i)),
                  ("p", "因网络安全中心人员调整，所网络安全管理联系人待集团公司干部调整到位后另行明确。")]
        elif t == "desk":
            b += [("h1", "%s、关于设立信息化运维服务台" % han(i)),
                  ("p", "会议同意在网络管理中心设立信息化运维服务台，开通%s报修电话，统一受理站段和%s的报修及服务请求，7×24小时值守，值班员%s、%s。"
                   % (co.ar["ludian"], co.ar["cust"], co.p(5), co.p(4)))]
            items.append("48/service-desk")
        elif t == "improve":
            b += [("h1", "%s、关于%d年运维服务改进事项" % (han(i), d.year)),
                  ("p", "会议听取了技术科关于改进机会评估的汇报。技术科按对运输生产的影响、实施成本和安全风险三项加权评分，排序如下："),
                  ("table", [["排序", "改进事项", "评分", "意见"], [1, "客票系统车站终端集中监控", 87, "同意实施"],
                             [2, "站段接入链路双路由改造", 79, "同意实施"], [3, "故障处理案例库与服务台对接", 63, "列入下年度"]]),
                  ("p", "会议批准前两项改进事项立项，由技术科跟踪实施。")]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "improve_pending":
            b += [("h1", "%s、关于运维服务改进事项" % han(i)),
                  ("p", "技术科汇总了各车间提出的改进建议11条，会议要求技术科按评估标准完成评估后再提交所务会研究。")]
        elif t == "safety":
            b += [("h1", "%s、关于当前安全形势" % han(i)),
                  ("p", "会议通报了上月集团公司安全情况和本所设备故障情况，要求各车间严格执行天窗作业登销记制度，严禁超范围作业。")]
        elif t == "chunyun":
            b += [("h1", "%s、关于%s信息系统保障" % (han(i), co.rng.choice(["春运", "暑运", "国庆黄金周"]))),
                  ("p", "会议部署重点时段保障工作：所领导带班、车间干部值班，暂停非紧急变更，客票车间工区人员提前进驻重点车站。")]
        elif t == "party":
            b += [("h1", "%s、关于党风廉政建设" % han(i)),
                  ("p", "会议传达集团公司纪委有关要求，部署外委项目廉洁风险点排查。")]
    b.append(("p", "出席：%s、%s、%s、%s    记录：%s" % (co.boss, co.p(0), co.p(2), co.p(3), co.p(0))))
    return Doc("suo_minutes", "所务会纪要", d, sorted(set(items)), True, b)


def shift_minutes(co, d):
    """交班会纪要 (weekly): last week's running, this week's plan: nothing."""
    b = [("title", "信息技术所交班会纪要"), ("p", "%s  主持：%s" % (anyd(co, d), co.boss)),
         ("p", "一、上周运行情况：各系统运行稳定，处理站段报修%d件，完成天窗作业%d项，无故障延时。" % (co.rng.randint(60, 180), co.rng.randint(4, 15))),
         ("p", "二、本周重点：%s设备检修；配合集团公司视频会议保障%d场。" % (co.rng.choice(co.ar["stations"]), co.rng.randint(2, 6))),
         ("p", "三、安全提示：雨季汛期注意机房防水，严格执行天窗作业登销记。")]
    return Doc("shift_minutes", "交班会纪要", d, [], True, b)


# ------------------------------------------------------------------------------ 合资公司运维服务

def survey(co, d, tm, sec):
    p = Sec("%s信息化运维服务需求调研报告" % co.ar["cust"]).head(
        ("p", "调研单位：信息技术所技术科    调研时间：%s" % anyd(co, d)))
    p.part("调研背景", ["根据集团公司与%s签订的委托运输管理协议和信息化运维服务协议续签安排，信息技术所组织对%s开展运维服务需求调研，"
                       "访谈该公司分管领导、综合部%s、运营管理部和沿线车站。" % (co.customer, co.customer, co.cp(0))])
    p.part("服务时间需求", ["%s全线车站售票时间为6:00-23:00，客票系统车站部分、实名制核验和自助售票设备要求7×24小时保障，"
                          "春运、暑运和小长假期间需信息技术所安排工区人员驻站值守；办公信息系统和视频会议为工作日8:00-18:00服务。" % co.ar["line"],
                          ("table", [["系统", "服务时段", "故障响应", "恢复时限"], [co.sys(0), "7×24", "15分钟", "2小时"],
                                     ["实名制核验闸机", "6:00-23:00", "15分钟", "1小时"], [co.sys(1), "工作日8:00-18:00", "1小时", "1个工作日"]])],
           ["1/survey"], tm)
    p.part("安全服务需求及类型", ["该公司提出的安全服务需求：车站终端防病毒和准入管理、办公网互联网出口防护、漏洞扫描和渗透测试、等级保护测评配合、"
                               "网络安全事件应急支援、职工网络安全意识培训。按类型分为安全运维类、安全评估类、应急支援类和培训咨询类。"],
           ["5/survey"], sec)
    p.part("结论", ["调研结果经%s确认，作为信息化运维服务协议和运维服务目录修订的依据。" % co.ar["cust"]])
    return p.doc("survey", d, False, [("p", "调研人：%s、%s" % (co.p(0), co.p(3)))])


def fee_sheet(co, d):
    rows = [[1, "客票系统车站部分设备维护", 180, "客票设备维护工2人", 900, 162000, "%d年1月起" % d.year],
            [2, "办公网及网络安全设备维护", 140, "网络维护工1人、外委1人", 1000, 140000, "按月"],
            [3, "季度健康检查", 16, "网络安全员2人", 1200, 19200, "每季末月"],
            [4, "漏洞扫描和渗透测试", 10, "网络安全员", 1800, 18000, "%d年9月前" % d.year],
            [5, "春运暑运保障和应急支援", 20, "工区人员", 900, 18000, "按需"],
            ["", "合计", 366, "", "", 357200, ""]]
    return book("fee_sheet", "%s%d年度信息化运维服务费用测算表" % (co.ar["cust"], d.year), d, False, [
        ("测算", ["序号", "服务项目", "工作量（人天）", "人力安排", "单价（元/人天）", "金额（元）", "时间节点"], rows, ["2/budget"])],
        note="测算：%s    审核：%s    单位：元" % (co.p(0), co.boss))


def meeting(co, d, agreed):
    p = Sec("%s信息化运维服务对接会会议纪要" % co.ar["cust"]).head(
        ("p", "时间：%s    地点：%s会议室" % (anyd(co, d), co.ar["cust"])),
        ("p", "参加：信息技术所%s、%s；%s%s、%s" % (co.p(0), co.p(2), co.ar["cust"], co.cp(0), co.cp(1))))
    p.part("会议内容", ["双方就%d年度运维服务范围、车站设备维护方式、健康检查安排和报修流程进行了沟通。" % d.year])
    p.part("会议共识", ["一是服务范围包括客票系统车站部分、实名制核验、办公网、视频会议和网络安全设备；",
                        "二是客票车间%s每周到沿线车站巡检一次，其余时间由网络管理中心远程支持；" % co.ar["areas"][0],
                        "三是每季度开展一次健康检查，报告5个工作日内送达。",
                        "上述事项双方一致同意，由信息技术所据此修订服务协议附件。"], ["3/communication"], agreed)
    p.part("遗留事项", ["新建车站客运服务系统接入需求另行研究。" if agreed else
                        "服务范围和驻站方式双方意见尚不一致，待%s内部研究后再议。" % co.ar["cust"]])
    return p.doc("meeting", d, False, [("p", "记录：%s" % co.p(3))])


def history(co, d, on):
    p = Sec("%s信息系统上一协议期运维数据分析及保障方案" % co.ar["cust"]).head(("p", "信息技术所    %s" % anyd(co, d)))
    p.part("运维数据清单", [("table", [["数据项", "来源", "时间范围", "条数"],
                                      ["报修工单", co.ar["itsm"], "%d全年" % (d.year - 1), co.rng.randint(200, 700)],
                                      ["天窗作业登销记", "网络管理中心", "%d全年" % (d.year - 1), co.rng.randint(40, 120)],
                                      ["故障（中断）登记", "网络管理中心", "%d全年" % (d.year - 1), co.rng.randint(3, 15)],
                                      ["车站设备检修记录", "客票车间", "%d全年" % (d.year - 1), co.rng.randint(100, 400)]])],
           ["4/history-list"], "list" in on)
    p.part("数据分析", ["指标完成情况：%s全年可用率99.96%%，达到协议约定；报修按时修复率96.4%%。" % co.sys(0),
                        "违例操作：发现车站人员在售票终端私接U盘2起、外委人员天窗外作业1起，均已通报考核。",
                        "重大事件：%d年8月雷击造成%s等3站售票终端通信中断3小时。" % (d.year - 1, co.ar["stations"][1]),
                        "重大（失败）变更：客票终端版本升级失败回退1次，原因为车站终端型号未全部测试。"], ["4/analysis"], "analysis" in on)
    p.part("保障策略及实施方案", ["根据上述分析，制定保障策略：车站通信防雷和双路由改造、版本升级前全型号测试、外委人员天窗作业卡控；",
                                ("table", [["措施", "责任车间", "完成时间"], ["车站通信双路由改造", "网络车间", "%d年6月" % d.year],
                                           ["版本升级全型号测试清单", "客票车间", "%d年3月" % d.year], ["外委人员作业卡控", "技术科", "每季度"]])],
           ["4/strategy"], "strategy" in on)
    return p.doc("history", d, False)


def agreement(co, d, modes, core, health):
    p = Sec("信息化运维服务协议", "tiao").head(
        ("p", "甲方：%s    乙方：%s（信息技术所）" % (co.customer, co.ar["ju"])),
        ("p", "协议编号：%s-XXYW-%d-%03d" % (co.ar["code"], d.year, co.rng.randint(1, 60))))
    p.part("服务范围", ["乙方为甲方%s全线车站的客票系统车站部分、实名制核验设备、办公信息系统、视频会议系统及网络安全设备提供运维服务。" % co.ar["line"]])
    p.part("运维方式", ["乙方以驻站值守、定期巡检和远程值守相结合的方式提供服务：春运、暑运和小长假期间派工区人员驻站值守；"
                        "每周对沿线车站设备定期巡检一次；其余时间由乙方网络管理中心远程值守。"], ["35/sla"], modes)
    p.part("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s可用率" % co.sys(0), "≥99.9%"], ["实名制核验设备完好率", "≥99%"],
                                              ["一级故障响应时间", "15分钟"], ["一级故障恢复时间", "2小时"], ["甲方满意度", "≥90分"]])],
           ["36/sla"], core)
    p.part("健康检查", ["乙方每季度对甲方网络安全设备和业务系统开展一次健康检查，春运前加检一次；检查以现场检查为主、远程检查为辅，"
                        "检查后5个工作日内提交报告。"], ["15/agreement"], health)
    p.part("费用及期限", ["运维服务费按年度测算表结算，协议期限自%s起三年。" % cnd(d)])
    return p.doc("agreement", d, False, [("p", "甲方（盖章）：%s    授权代表：%s" % (co.customer, co.cp(0))),
                                         ("p", "乙方（盖章）：%s    授权代表：%s" % (co.ar["ju"], co.boss)),
                                         ("p", "签订日期：%s" % anyd(co, d))], extra=["39/sla"])


def health_check(co, d, collect, secdev=True):
    p = Sec("%s%d年第%d季度信息系统健康检查报告" % (co.ar["cust"], d.year, quarter(d))).head(
        ("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查", "现场检查"]), anyd(co, d), co.p(1), co.p(2))))
    rows = [["检查对象", "可用性", "持续运行", "冗余/告警", "结论"],
            ["%s（沿线车站）" % co.sys(0), "99.98%", "%d天" % co.rng.randint(30, 200), "双链路正常", "良好"],
            ["实名制核验闸机", "99.6%", "%d天" % co.rng.randint(20, 90), "2台读卡模块告警", "关注"],
            [co.sys(1), "100%", "%d天" % co.rng.randint(30, 150), "无告警", "良好"]]
    if secdev:
        rows += [["办公网出口防火墙", "100%", "%d天" % co.rng.randint(60, 300), "主备正常", "良好"],
                 ["终端准入及防病毒服务器", "100%", "%d天" % co.rng.randint(30, 180), "病毒库滞后1天", "关注"]]
    p.part("检查范围", ["%s沿线车站客票设备、%s办公网及业务系统。" % (co.ar["line"], "防火墙、准入、防病毒等网络安全设备及" if secdev else "")])
    p.part("可用性和持续性检查", [("table", rows)])
    p.part("安全信息采集", ["导出防火墙和车站汇聚交换机运行配置，与安全配置基线比对，发现差异1项；",
                           "采集出口流量：峰值%dMbps，均值%dMbps，无异常流量；" % (co.rng.randint(100, 400), co.rng.randint(30, 90)),
                           "采集设备状态：CPU、内存、会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], collect)
    p.part("问题和建议", [("防病毒服务器更新任务延迟，已调整；" if secdev else "") + "建议更换%s运行超过8年的接入交换机。" % co.ar["stations"][2]])
    p.items += ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    return p.doc("health_check", d, True)


def csat(co, d, half):
    score = co.rng.randint(88, 96)
    yr = d.year if half == "上半年" else d.year - 1
    p = Sec("%s%d年%s运维服务满意度测评报告" % (co.ar["cust"], yr, half)).head(
        ("p", "测评时间：%s    测评方式：问卷（%s综合部及沿线%d个车站）和电话回访" % (anyd(co, d), co.ar["cust"], len(co.ar["stations"]))))
    p.part("测评结果", [("table", [["测评项", "得分"], ["故障响应及时性", co.rng.randint(85, 97)], ["故障修复质量", co.rng.randint(85, 97)],
                                   ["服务态度", co.rng.randint(90, 99)], ["天窗作业通知及时性", co.rng.randint(80, 95)], ["综合满意度", score]])])
    p.part("满意度分析", ["车站对服务态度评价最高；天窗作业通知及时性得分最低，主要是部分紧急作业未提前通知车站；较上期综合满意度%s。"
                         % co.rng.choice(["上升1分", "持平", "上升2分"])])
    p.part("改进措施", ["天窗作业通知纳入运维平台短信推送；春运期间增派驻站人员。"])
    p.items += ["41/surveys", "58/survey", "63/survey"]
    return p.doc("csat", d, True)


def csat_trend(co, d):
    b = [("title", "%s运维服务满意度变化趋势分析" % co.ar["cust"]), ("p", "技术科    %s" % anyd(co, d)),
         ("table", [["期次", "综合满意度", "参评单位"], ["%d年上半年" % (d.year - 1), 88, 5], ["%d年下半年" % (d.year - 1), 90, 5],
                    ["%d年上半年" % d.year, 92, 5]]),
         ("p", "趋势：连续三期上升，故障响应及时性提升最明显；天窗作业通知及时性仍为短板，需持续关注。")]
    return Doc("csat_trend", "满意度趋势", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = []
    for i in range(6):
        x = back(d, 23 * i)
        rows.append([x.isoformat(), co.rng.choice((co.ar["cust"],) + co.ar["stations"]), co.p(5), co.rng.choice(["电话", "现场", "电话"]),
                     co.rng.choice(["满意", "希望提前通知天窗作业", "自助售票机修复慢", "满意"]), "已反馈%s" % co.rng.choice(["客票车间", "技术科"])])
    return book("callbacks", "%s运维服务回访登记表" % co.ar["cust"], d, True, [
        ("回访", ["回访日期", "回访单位", "回访人", "方式", "意见", "处理情况"], rows, ["63/follow-up-visits"])])


def cust_monthly(co, d, avail):
    m = d.month - 1 or 12
    p = Sec("%s%d年%d月运维服务报告" % (co.ar["cust"], d.year if d.month > 1 else d.year - 1, m)).head(("p", "信息技术所    %s" % anyd(co, d)))
    p.part("服务工作量", ["本月受理报修%d件、服务请求%d件，完成车站设备巡检%d站次、天窗作业%d项。"
                         % (co.rng.randint(15, 60), co.rng.randint(5, 20), co.rng.randint(8, 20), co.rng.randint(1, 6))])
    p.part("系统可用率", [("table", [["系统", "目标", "本月可用率", "中断次数"], [co.sys(0), "99.9%", "99.97%", 1],
                                     ["实名制核验闸机", "99%", "99.4%", 3], [co.sys(1), "99.5%", "100%", 0]])],
           ["18/availability-report", "22/report"], avail)
    p.part("下月安排", ["完成%s自助售票机更换，配合%s开展网络安全检查。" % (co.ar["stations"][3], co.ar["cust"])])
    return p.doc("cust_monthly", d, True)


def requirements(co, d):
    st = co.ar["stations"][3]
    b = [("title", "%s客运服务系统接入需求分析记录" % st), ("p", "技术科    %s" % anyd(co, d)),
         ("table", [["类别", "需求", "%s确认" % co.ar["cust"]], ["功能", "接入集团公司客运服务系统，实现广播、引导屏、时钟联动", "已确认"],
                    ["性能", "引导屏信息刷新≤3秒，广播延时≤1秒", "已确认"], ["安全性", "满足等级保护第二级要求，与办公网逻辑隔离", "已确认"]]),
         ("p", "%s代表：%s（签字）    信息技术所：%s" % (co.ar["cust"], co.cp(0), co.p(0)))]
    return Doc("requirements", "需求分析记录", d, ["11/requirements"], True, b)


# ------------------------------------------------------------------------------ 服务设计

def catalog(co, d, parts):
    rows, items = [], ["29/catalog"]
    base = [("初始服务", "新接入车站和单位的设备识别、配置项收集和运维流程导入"),
            ("网络安全设备运维", "防火墙、准入、防病毒网关的维护、升级和检修"),
            ("日常巡检服务", "机房、车站网络和网络安全设备日常巡检"),
            ("健康检查", "每季度网络安全设备及业务系统健康检查"),
            ("安全事件审计", "网络及安全设备、服务器、应用系统日志审计")]
    l2 = [("运维监控与分析", "全局网络和重要系统7×24监控及月度运行质量分析"), ("终端安全监控", "站段终端准入、违规外联和病毒监控"),
          ("等级保护合规性运维", "按等级保护要求开展合规检查和整改跟踪")]
    l1 = [("安全通告及漏洞分析", "漏洞、病毒、厂商通告收集分析并发布网络安全预警通报"), ("应急响应服务", "网络安全事件和系统故障7×24应急支援")]
    for on, its, ents in [("base" in parts, ["12/catalog"], base), ("l2" in parts, ["19/catalog"], l2), ("l1" in parts, ["26/catalog"], l1)]:
        if on:
            items += its
            rows += [[n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["服务记录", "检查报告", "工单"])] for n, c in ents]
    rows += [["账号及权限服务", "办公系统、人力资源、财务系统账号开通和权限调整", "远程", "工单"],
             ["视频会议保障", "集团公司视频会议会前联调和会中保障", "现场", "保障记录"]]
    return book("catalog", "信息技术所运维服务目录（%d版）" % d.year, d, False, [
        ("服务目录", ["服务项目", "服务内容", "服务方式", "交付物"], rows, items)])


def vendor_contract(co, d, sld=True):
    p = Sec("信息设备委外维护合同", "tiao").head(
        ("p", "委托方：%s信息技术所    受托方：%s" % (co.ar["ju"], co.vendor)),
        ("p", "合同编号：%s-WW-%d-%02d" % (co.ar["code"], d.year, co.rng.randint(1, 30))))
    p.part("委外范围", ["受托方派驻3名工程师驻所，承担办公网、内部服务网部分网络设备和服务器的维护，纳入运维执行组统一管理。"
                        if getattr(co, "ar_outs", True) else "受托方提供办公网、内部服务网部分网络设备和服务器的远程技术支持、备品备件和二线故障处理，不派驻人员。"])
    p.part("服务级别要求", ["受托方应满足：一级故障15分钟响应、2小时恢复；二级故障30分钟响应、4小时恢复；服务请求1个工作日办结；"
                            "每月提交维护工作报告。未达到服务级别的按考核条款扣减费用。"], ["8/sld"], sld)
    p.part("安全要求", ["受托方人员须签订保密承诺书，遵守集团公司天窗作业和网络安全管理规定，不得超范围作业。"])
    p.part("期限及费用", ["合同期限一年，自%s起；费用按季度考核结果结算。" % cnd(d)])
    return p.doc("vendor_contract", d, False, [("p", "委托方（盖章）    受托方（盖章）    %s" % anyd(co, d))])


def ola(co, d):
    p = Sec("信息技术所车间间运维协同约定").head(("p", "技术科编制，所务会审定    %s" % anyd(co, d)))
    p.part("适用范围", ["适用于网络车间、系统车间、客票车间、网络安全中心和网络管理中心之间的故障协同处理。"])
    p.part("内部协同时限", ["一级故障二线车间15分钟内接手、2小时恢复；二级故障30分钟内接手、4小时恢复；服务请求1个工作日办结；",
                           "上述内部时限与《信息设备委外维护合同》约定的外委单位服务级别保持一致，技术科每半年对照复核一次。"], ["8/ola"])
    return p.doc("ola", d, False)


def avail_kpis(co, d):
    rows = [["整体指标", "信息系统综合可用率", "全部重要信息系统", "≥99.9%", "月"],
            ["整体指标", "一级故障次数", "全部生产系统", "0", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.95%", "月"],
            ["单系统指标", "%s可用率" % co.sys(1), co.sys(1), "≥99.5%", "月"],
            ["单系统指标", "%s可用率" % co.sys(2), co.sys(2), "≥99.5%", "月"],
            ["单系统指标", "车站实名制核验设备完好率", "实名制核验闸机", "≥99%", "月"]]
    return book("avail_kpis", "信息系统可用性指标清单", d, False, [
        ("指标", ["类别", "指标", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    p = Sec("以往运维方案对运输生产影响分析及自动化运维建议").head(("p", "技术科    %s" % anyd(co, d)))
    p.part("以往运维方案回顾", ["回顾%d年实施的运维方案%d项，包括车站网络改造、客票终端版本升级、准入策略调整、服务器迁移等。"
                               % (d.year - 1, co.rng.randint(20, 40))])
    p.part("对运输生产的影响分析", ["其中3项方案实施期间影响车站售票（最长16分钟），均在天窗内；1项因回退造成次日首班前自助售票机晚开机10分钟。"],
           ["7/impact-analysis"])
    p.part("解决效率分析及可自动化服务", ["全年处置网络安全事件%d起，平均处置时长3.1小时，终端病毒告警、弱口令告警等重复性事件占57%%；"
                                         "建议将病毒库版本核查、弱口令核查、车站终端状态巡检和检修记录生成实现自动化。" % co.rng.randint(60, 150)],
           ["7/automation"], auto)
    return p.doc("svc_review", d, True)


def dev_plan(co, d):
    b = [("title", "%d年度运维工具自主研发计划" % d.year), ("p", "技术科    %s" % anyd(co, d)),
         ("p", "根据站段和%s的需求及本所研发能力，计划研发以下运维工具：" % co.ar["cust"]),
         ("table", [["工具名称", "用途", "计划完成", "负责人"], ["车站终端合规核查工具", "批量核查售票终端补丁和病毒库", "%d年6月" % d.year, co.p(1)],
                    ["天窗作业登销记电子化模块", "天窗作业登记、销记和统计", "%d年9月" % d.year, co.p(2)],
                    ["检修记录自动生成脚本", "汇总巡检数据生成检修记录", "%d年11月" % d.year, co.p(4)]])]
    return Doc("dev_plan", "工具研发计划", d, ["33/dev-plan"], False, b)


# ------------------------------------------------------------------------------ 车间 records

def patrol_book(co, d, area, kinds):
    """巡检记录 (a 工区's month): one sheet per record kind; a sheet without rows proves nothing."""
    days = [back(d, 3 * i) for i in range(9)]
    r = co.rng
    sh = [("机房环境", ["日期", "UPS负载", "空调", "温湿度", "消防", "巡检人"],
           [[x.isoformat(), "%d%%" % r.randint(30, 55), "正常", "%d℃/%d%%" % (r.randint(20, 25), r.randint(40, 58)), "正常", co.p(4)]
            for x in days] if "env" in kinds else [], []),
          ("网络及安全设备", ["日期", "设备", "运行状态", "CPU", "内存", "告警", "巡检人"],
           [[x.isoformat(), r.choice(["核心交换机", "车站汇聚交换机", "办公网防火墙", "内部服务网防火墙", "入侵防御"]), "正常",
             "%d%%" % r.randint(8, 45), "%d%%" % r.randint(25, 60), r.choice(["无", "无", "1条低级告警已确认"]), co.p(2)] for x in days]
           if "dev" in kinds else [], ["44/inspection", "45/monitoring", "14/maintenance"]),
          ("防病毒", ["日期", "范围", "病毒库版本", "终端在线率", "查杀结果", "执行人"],
           [[x.isoformat(), "%s管内站段终端及服务器" % area, "%d.%02d%02d.01" % (x.year, x.month, x.day), "%.1f%%" % (94 + r.random() * 5),
             r.choice(["未发现病毒", "清除木马1个", "未发现病毒"]), co.p(3)] for x in days[:4]] if "av" in kinds else [],
           ["44/virus-scan", "45/antivirus"]),
          ("日常维护", ["日期", "设备", "维护内容", "结果", "维护人"],
           [[x.isoformat(), r.choice(["防火墙", "入侵防御", "车站汇聚交换机"]), "日志清理、策略命中检查、风扇除尘", "完成", ven(co, 0)] for x in days[::2]]
           if "maint" in kinds else [], ["44/maintenance", "14/maintenance"]),
          ("故障处理", ["日期", "设备", "故障现象", "处理及排除", "恢复时间", "处理人"],
           [[days[2].isoformat(), "%s汇聚交换机" % co.ar["stations"][1], "电源模块告警", "更换电源模块", "35分钟", co.p(2)],
            [days[6].isoformat(), "办公网防火墙", "业务口光模块故障", "更换光模块", "20分钟", ven(co, 1)]] if "fault" in kinds else [],
           ["44/faults"]),
          ("版本升级", ["日期", "设备", "升级前", "升级后", "天窗登记号", "验证"],
           [[days[4].isoformat(), "内部服务网防火墙", "V5.6R3", "V5.6R5", "TC%s%02d" % (ymd(days[4]), r.randint(1, 30)), "通过"],
            [days[7].isoformat(), "入侵防御", "特征库%s" % ymd(days[8]), "特征库%s" % ymd(days[7]), "标准变更", "通过"]] if "up" in kinds else [],
           ["44/upgrades"])]
    return book("patrol_book", "%s%s信息设备巡检记录（%d年%02d月）" % ("网络车间", area, d.year, d.month), d, True, sh)


def overhaul(co, d, area):
    """季度检修记录: 检修 (maintenance) with the measured state of each device."""
    rows = []
    for dev in ["核心交换机", "车站汇聚交换机", "办公网防火墙", "入侵防御", "准入控制器"]:
        rows.append([dev, "除尘、风扇及电源检查、日志清理、配置备份、版本核对",
                     "CPU %d%% 内存 %d%% 端口误码0" % (co.rng.randint(8, 45), co.rng.randint(25, 60)), "良好", co.p(2), co.p(0)])
    b = [("title", "%s信息设备%d年第%d季度检修记录" % (area, d.year, quarter(d))),
         ("p", "检修日期：%s    天窗：%s 00:30-04:30    作业负责人：%s" % (anyd(co, d), d.isoformat(), co.p(2))),
         ("table", [["设备", "检修项目", "测试数据", "结论", "检修人", "验收（工长）"]] + rows),
         ("p", "本次检修发现问题%d项，已在作业中处理；作业完毕已向网络管理中心销记。" % co.rng.randint(0, 3))]
    return Doc("overhaul", "季度检修记录", d, ["14/maintenance", "44/maintenance", "44/inspection"], True, b)


def work_plan(co, d, done):
    """月度维修作业计划及兑现表: proves maintenance only when its 兑现 columns are filled."""
    items = [("核心交换机季度检修", "网络车间"), ("防火墙策略核查", "网络安全中心"), ("售票终端月检", "客票车间"),
             ("服务器补丁核对", "系统车间"), ("防病毒病毒库核对", "系统车间"), ("视频会议MCU检查", "系统车间"), ("UPS放电试验", "网络车间")]
    rows = []
    for i, (w, shop) in enumerate(items, 1):
        pd = date(d.year, d.month, min(28, 3 + 3 * i))
        rows.append([i, w, shop, pd.isoformat(), "00:30-04:30", co.p(i % 6),
                     (pd + timedelta(days=co.rng.choice([0, 0, 1]))).isoformat() if done else "",
                     co.rng.choice(["已兑现", "已兑现", "已兑现", "顺延至下月"]) if done else ""])
    its = ["14/maintenance", "44/maintenance"] if done else []
    return book("work_plan", "信息技术所%d年%d月维修作业计划%s" % (d.year, d.month, "及兑现表" if done else ""), d, True, [
        ("计划", ["序号", "作业项目", "车间", "计划日期", "天窗时间", "作业负责人", "兑现日期", "兑现情况"], rows, its)],
        note="编制：技术科 %s    审核：%s" % (co.p(0), co.boss))


def window_book(co, d, closed=True):
    """维修天窗作业登销记簿: the railway's change record when its rows are 销记."""
    rows = []
    for i in range(co.rng.randint(7, 12) if closed else co.rng.randint(2, 3)):
        x = back(d, co.rng.randint(0, 28)) if closed else d
        ok = co.rng.choice(["完成", "完成", "完成", "回退"])
        rows.append(["TC%s%02d" % (ymd(x), co.rng.randint(1, 30)), x.isoformat(), "00:30-04:30",
                     co.rng.choice(["%s汇聚交换机更换" % co.rng.choice(co.ar["stations"]), "办公网防火墙策略调整", "%s版本升级" % co.sys(0),
                                    "入侵防御特征库升级", "核心交换机端口调整", "%s数据库参数调整" % co.sys(2)]),
                     co.rng.choice(["全局", co.ar["cust"], co.rng.choice(co.ar["stations"])]), co.p(co.rng.randint(2, 4)), co.p(5),
                     "%s 00:3%d" % (x.isoformat(), co.rng.randint(0, 9)),
                     ("%s 0%d:%02d" % ((x + timedelta(days=0)).isoformat(), co.rng.randint(2, 4), co.rng.randint(0, 59))) if closed else "",
                     ok if closed else ""])
    its = ["54/records", "43/process-records"] if closed else []
    return book("window_book", "网络管理中心维修天窗作业登销记簿（%d年%d月）" % (d.year, d.month), d, True, [
        ("登销记", ["登记号", "作业日期", "天窗时间", "作业内容", "影响范围", "作业负责人", "调度员", "登记时间", "销记时间", "作业结果"], rows, its)])


def change_form(co, d, signed):
    rows = [["申请车间", co.rng.choice(SHOPS), "申请日期", d.isoformat()],
            ["变更内容", "%s应用服务器扩容及版本升级" % co.sys(2), "变更类别", "一般变更"],
            ["影响范围", "%s管内站段用户" % co.ar["jian"], "天窗时间", "%s 00:30-04:30" % (d + timedelta(days=3)).isoformat()],
            ["测试情况", "已在测试环境验证通过", "回退方案", "保留原版本及快照，失败时30分钟内回退"],
            ["车间主任意见", "同意  %s" % co.p(3) if signed else "", "技术科意见", "同意  %s" % co.p(0) if signed else ""],
            ["所领导批准", co.boss if signed else "", "实施结果", "成功，已销记（TC%s03）" % ymd(d + timedelta(days=3)) if signed else ""]]
    b = [("title", "信息系统变更申请审批单"), ("p", "编号：BG-%s-%02d" % (ymd(d), co.rng.randint(1, 40))), ("table", rows)]
    items = ["54/records", "43/process-records"] if signed else []
    return Doc("change_form", "变更申请审批单", d, items, True, b)


def duty_log(co, d, detailed):
    rows = [["日期", "班次", "监控及巡视情况", "异常及处理", "值班员", "接班员"]]
    for i in range(7):
        x = back(d, i)
        if detailed:
            s = "核心交换机、办公网防火墙、内部服务网防火墙运行正常，CPU %d%%，网管告警%d条已确认；客票地区中心前置正常" % (
                co.rng.randint(10, 40), co.rng.randint(0, 4))
        else:
            s = "正常"
        rows.append(["%d月%d日" % (x.month, x.day), co.rng.choice(["白班", "夜班"]), s,
                     "无" if co.rng.random() < 0.75 else "%s报修1件已派单" % co.rng.choice(co.ar["stations"]), co.p(i % 6), co.p((i + 1) % 6)])
    b = [("title", "网络管理中心值班日志"), ("p", "（%d年 第%d本）" % (d.year, co.rng.randint(2, 12))), ("table", rows),
         ("p", "[扫描件 OCR 文本]")]
    items = ["44/inspection", "45/monitoring", "14/maintenance"] if detailed else []
    return Doc("duty_log", "值班日志", d, items, True, b)


def handover(co, d):
    rows = [["日期", "交班人", "接班人", "设备状态", "工具备品", "未完事项"]]
    for i in range(8):
        x = back(d, i)
        rows.append(["%d.%d" % (x.month, x.day), co.p(i % 6), co.p((i + 2) % 6), "交接正常", "齐全", "无"])
    b = [("title", "%s交接班记录簿" % co.rng.choice(co.ar["areas"])), ("table", rows)]
    return Doc("handover", "交接班记录", d, [], True, b)


def outage_book(co, d):
    rows = []
    for i in range(co.rng.randint(4, 7)):
        x = back(d, co.rng.randint(5, 50) * (i + 1) // 2)
        rows.append([x.isoformat(), co.sys(i), co.rng.choice(["车站售票终端通信中断", "服务中断", "部分站段无法登录"]),
                     "%d分钟" % co.rng.randint(3, 50), co.rng.choice(["运营商传输中断", "数据库锁等待", "交换机电源故障", "应用内存溢出"]),
                     "已恢复，已报调度", co.p(5)])
    return book("outage_book", "信息系统故障（中断）登记簿（%d年）" % d.year, d, True, [
        ("登记", ["日期", "系统", "故障现象", "中断时长", "原因", "处理", "登记人"], rows,
         ["18/availability-events", "22/events", "43/process-records"])])


def fault_report(co, d):
    """故障分析报告, written to the 三不放过 rule: one fault handled and analysed (44/faults)."""
    st = co.rng.choice(co.ar["stations"])
    area = co.rng.choice(co.ar["areas"])
    p = Sec("%s售票终端通信中断故障分析报告" % st).head(("p", "技术科、网络车间    %s" % anyd(co, d)))
    p.part("故障概况", ["%s %s，%s%d个售票窗口和%d台自助售票机通信中断，影响售票%d分钟。"
                       % (anyd(co, d), "%02d:%02d" % (co.rng.randint(6, 20), co.rng.randint(0, 59)), st, co.rng.randint(2, 6),
                          co.rng.randint(2, 8), co.rng.randint(12, 60))])
    p.part("处理经过", ["网络管理中心接报后5分钟内通知%s，工区人员远程定位为车站汇聚交换机电源模块故障，到站更换电源模块后恢复，销记后向调度报告。"
                       % area])
    p.part("原因分析（原因不清不放过）", ["直接原因为电源模块老化损坏；间接原因为该交换机运行已超8年，未列入更新计划，季度检修未测试电源冗余。"])
    p.part("责任认定（责任不清不放过）", ["网络车间%s设备寿命管理不到位，负主要责任，按质量考核办法考核。" % area])
    p.part("整改措施（措施不落实不放过）", ["对管内运行超过8年的车站交换机全面排查，列入下年度更新计划；季度检修增加电源冗余切换测试。"])
    return p.doc("fault_report", d, True, extra=["44/faults"])


def hw_stats(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = back(d, 37 * i)
        rows.append([i + 1, x.isoformat(), co.rng.choice(["办公网防火墙", "内部服务网防火墙", "入侵防御", "准入控制器", "防病毒网关"]),
                     co.rng.choice(["电源", "风扇", "硬盘", "光模块", "主板"]), co.rng.choice(["备件更换", "厂家返修"]), "%d分钟" % co.rng.randint(10, 90)])
    rows.append(["", "合计", "", "%d次" % len(rows), "", ""])
    return book("hw_stats", "网络安全设备硬件故障统计表（%d年）" % d.year, d, True, [
        ("统计", ["序号", "日期", "设备", "故障部件", "处理方式", "影响时长"], rows, ["14/hardware-faults", "44/faults"])])


def tickets(co, d, resp):
    head = ["工单号", "报修单位", "类别", "受理时间", "响应时间", "修复时间", "故障描述", "处理人", "状态"]
    units = ["%s车务段" % co.city, "%s机务段" % co.city, "%s工务段" % co.city, "%s供电段" % co.city, co.ar["cust"]] + list(co.ar["stations"][:2])
    rows = []
    for i in range(12):
        x = back(d, co.rng.randint(0, 30))
        h = co.rng.randint(7, 20)
        mi = co.rng.randint(0, 40)
        r = ["BX%s%04d" % (ymd(x), co.rng.randint(1, 9999)), co.rng.choice(units), co.rng.choice(["故障报修", "服务请求", "咨询"]),
             "%s %02d:%02d" % (x.isoformat(), h, mi), "%s %02d:%02d" % (x.isoformat(), h, mi + co.rng.randint(2, 15)),
             "%s %02d:%02d" % (x.isoformat(), min(h + 2, 23), co.rng.randint(0, 59)),
             co.rng.choice(["办公终端无法上网", "售票终端打印异常", "OA登录失败", "视频会议终端无图像", "人力资源系统权限调整", "实名制闸机读卡故障"]),
             co.p(co.rng.randint(0, 5)), "已关闭"]
        if not resp:
            r = r[:4] + r[5:]
        rows.append(r)
    if not resp:
        head = head[:4] + head[5:]
    items = ["43/process-records"] + (["55/response-times"] if resp else [])
    return book("tickets", "%s报修工单导出（%d年%d月）" % (co.ar["itsm"], d.year, d.month), d, True, [("工单", head, rows, items)])


def quality_monthly(co, d, trend, data, avail):
    """信息系统运行质量分析 月报: each section lends its item only when written."""
    m = d.month - 1 or 12
    y = d.year if d.month > 1 else d.year - 1
    p = Sec("%d年%d月信息系统运行质量分析" % (y, m)).head(("p", "信息技术所技术科    %s" % anyd(co, d)))
    p.part("运行概况", ["本月管内信息系统运行平稳，处理站段报修%d件，完成天窗作业%d项，发生二级及以上故障%d件。"
                       % (co.rng.randint(150, 420), co.rng.randint(10, 40), co.rng.randint(0, 2))])
    p.part("运行指标趋势分析", [("table", [["指标", "%d月" % ((m - 3) % 12 + 1), "%d月" % ((m - 2) % 12 + 1), "%d月" % m, "趋势"],
                                             ["客票地区中心交易峰值（笔/分）", 5210, 5480, 5930, "上升"],
                                             ["办公网出口带宽峰值（Mbps）", 820, 865, 910, "上升"], ["网管告警数", 612, 548, 471, "下降"]]),
                                  "客票交易量和出口带宽持续上升，预计暑运高峰前需扩容出口带宽。"], ["50/monitoring-report"], trend)
    p.part("运维质量指标", [("table", [["指标", "本月"], ["异常报告及时率", "99%"], ["异常漏报率", "0.3%"], ["维护作业计划的及时完成率", "97%"],
                                       ["故障隐患发现率", "91%"], ["异常主动发现率", "86%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                       ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(1, 8)]])],
           ["56/data"], data)
    p.part("重要系统可用率", [("table", [["系统", "目标", "本月可用率", "中断次数"], [co.sys(0), "99.95%", "99.98%", 1],
                                         [co.sys(1), "99.5%", "99.81%", 1], [co.sys(2), "99.5%", "99.42%", 2]]),
                              "%s未达标，原因为存储控制器故障，已纳入可用性改进。" % co.sys(2)],
           ["18/availability-report", "22/report"], avail)
    p.part("存在问题及下月重点", ["车站交换机老化问题突出；下月完成%s设备检修和出口带宽扩容。" % co.ar["stations"][0]])
    return p.doc("quality_monthly", d, True)


def avail_plan(co, d):
    p = Sec("%d年信息系统可用性保障计划" % d.year).head(("p", "技术科    %s" % anyd(co, d)))
    p.part("可用性目标", ["%s可用率≥99.95%%，%s、%s≥99.5%%。" % (co.sys(0), co.sys(1), co.sys(2))])
    p.part("保障措施", ["地区中心双机热备、车站通信双路由、关键设备备品备件、季度数据恢复演练、重点时段驻站值守。"])
    p.part("可用性事件监控和报告", ["所有服务中断在《信息系统故障（中断）登记簿》登记，按月在运行质量分析中报告可用率，未达标系统制定改进措施。"])
    p.items += ["18/availability-plan", "22/plan"]
    return p.doc("avail_plan", d, False)


def kb_export(co, d, rows_on=True):
    titles = ["售票终端打印机卡票处理", "车站汇聚交换机电源冗余切换", "实名制闸机读卡模块复位", "视频会议终端无声处理",
              "OA单点登录失败排查", "客票前置服务器内存告警处置"]
    rows = [["AL%04d" % (100 + i), t, co.rng.choice(["故障处理", "操作指引"]), co.p(i), "已发布", back(d, 30 * i).isoformat()]
            for i, t in enumerate(titles)] if rows_on else []
    return book("kb", "故障处理案例库（知识库）导出", d, True, [("案例", ["编号", "标题", "分类", "提交人", "状态", "发布日期"], rows, ["21/knowledge-base"])])


def asset_book(co, d):
    devs = [("FW", "办公网出口防火墙", "华为USG6680", "办公网互联网边界访问控制", "办公网"),
            ("FW", "内部服务网防火墙", "华三SecPath F5030", "内部服务网区域隔离", "内部服务网"),
            ("IPS", "入侵防御", "天融信TopIDP", "核心区入侵防御", "办公网"),
            ("SW", "核心交换机", "华为S12708", "局中心核心交换", "办公网"),
            ("SW", "车站汇聚交换机", "华三S5560", "%s车站汇聚" % co.ar["stations"][0], "内部服务网"),
            ("SRV", "客票前置服务器", "浪潮NF5280M6", co.sys(0), "客票专网"),
            ("SRV", "办公应用服务器", "华为2288H V6", co.sys(1), "办公网")]
    rows = []
    for i, (t, n, m, f, net) in enumerate(devs, 1):
        rows.append(["%s-%s-%03d" % (co.ar["code"], t, i), n, "网络安全设备" if t in ("FW", "IPS") else ("网络设备" if t == "SW" else "服务器"), m, f,
                     "%s%s机房%d排%d柜" % (co.city, co.rng.choice(["局中心", "地区中心"]), co.rng.randint(1, 6), co.rng.randint(1, 20)),
                     "上联%s" % ("核心交换机" if t != "SW" else "出口防火墙"), net, co.rng.choice(["重要", "重要", "一般"]),
                     co.rng.choice(["双机热备", "冷备", "单机"]), "V%d.%d" % (co.rng.randint(1, 9), co.rng.randint(0, 9)),
                     "%d-%02d" % (co.rng.randint(2015, 2024), co.rng.randint(1, 12)), co.rng.choice(co.ar["areas"])])
    return book("asset_book", "信息设备台账（%s）" % d.isoformat(), d, True, [
        ("台账", ["设备编号", "设备名称", "类别", "型号", "功能/用途", "安装处所", "端口对应", "所属网络", "重要等级", "防护措施", "软件版本",
                  "投用日期", "维护工区"], rows, ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    cis = [("办公网出口防火墙策略集", "安全配置"), ("终端准入策略", "安全配置"), ("%s参数表" % co.sys(0), "应用配置"),
           ("客票前置路由表", "应用配置"), ("%s数据库参数" % co.sys(2), "数据库配置"), ("堡垒机授权策略", "安全配置")]
    rows, links = [], []
    for i, (n, t) in enumerate(cis, 1):
        rows.append(["CI%05d" % (3000 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i),
                     co.rng.choice(["核心", "普通"]), "配置管理员可写，其余只读", "SHA256校验", "每日备份至异地机房"])
        if rel and i > 1:
            links.append(["CI%05d" % (3000 + i), co.rng.choice(["依赖", "运行于", "关联"]), "CI%05d" % (3000 + i - 1)])
    return book("cmdb", "%s配置管理库（CMDB）导出" % co.ar["itsm"], d, True, [
        ("配置项", ["配置项编号", "名称", "类型", "版本", "责任人", "敏感级别", "访问控制", "完整性", "备份"], rows, ["27/cmdb"]),
        ("关联关系", ["配置项", "关系", "关联配置项"], links, ["38/cmdb-relations"])])


def ci_changes(co, d):
    rows = [[back(d, 19 * i).isoformat(), "CI%05d" % (3001 + i % 6), co.rng.choice(["策略新增", "参数调整", "版本升级", "授权回收"]),
             "TC%s%02d" % (ymd(back(d, 19 * i)), co.rng.randint(1, 30)), co.p(3), co.p(0)] for i in range(7)]
    return book("ci_changes", "配置项维护登记（%d年）" % d.year, d, True, [
        ("登记", ["日期", "配置项", "维护内容", "天窗登记号", "维护人", "复核人"], rows, ["43/ci-updates"])])


def collect_sheet(co, d, which):
    head = ["采集日期", "对象"] + [{"config": "配置采集（与基线比对）", "traffic": "流量采集", "status": "状态采集"}[w] for w in which] + ["采集人"]
    rows = []
    for i in range(6):
        x = back(d, 14 * i)
        r = [x.isoformat(), co.rng.choice(["办公网出口防火墙", "核心交换机", "内部服务网防火墙"])]
        for w in which:
            r.append({"config": "已导出，差异%d项" % co.rng.randint(0, 2), "traffic": "峰值%dMbps" % co.rng.randint(300, 1800),
                      "status": "CPU%d%% 内存%d%%" % (co.rng.randint(8, 50), co.rng.randint(30, 70))}[w])
        rows.append(r + [co.p(1)])
    return book("collect", "网络安全信息采集记录（%d年）" % d.year, d, True, [("采集", head, rows, ["16/" + w for w in which])])


def baseline(co, d):
    rows = [["服务器", "口令策略", "长度≥8位，90天更换，5次失败锁定"], ["服务器", "远程管理", "禁用telnet，仅经堡垒机访问"],
            ["数据库", "审计", "开启登录和DDL审计"], ["网络设备", "日志", "syslog发送至日志审计系统"], ["防火墙", "默认策略", "默认拒绝"],
            ["售票终端", "外设管控", "禁用USB存储，仅允许专用读卡器"]]
    return book("baseline", "信息系统安全配置基线（第%d版）" % (d.year - 2020), d, False, [("基线", ["对象", "检查项", "基线要求"], rows, ["25/baseline"])])


# ------------------------------------------------------------------------------ 网络安全中心

def log_audit(co, d):
    p = Sec("%d年第%d季度网络安全日志审计分析报告" % (d.year, quarter(d))).head(("p", "网络安全中心    审计人：%s    %s" % (co.p(1), anyd(co, d))))
    p.part("网络及安全设备日志", ["汇聚办公网、内部服务网防火墙、入侵防御日志%d万条，发现境外扫描源IP %d个，已在出口封禁。"
                                % (co.rng.randint(800, 9000), co.rng.randint(10, 80))])
    p.part("服务器及操作系统日志", ["客票前置服务器和办公应用服务器登录日志审计，发现非工作时间登录%d次，核实为天窗作业，已与天窗登销记核对。"
                                  % co.rng.randint(2, 6)])
    p.part("应用系统日志", ["%s应用日志中暴力破解尝试%d次，已锁定账号；%s越权访问告警0次。" % (co.sys(1), co.rng.randint(100, 3000), co.sys(2))])
    p.part("分析结论", ["本季度未发现成功入侵，建议站段加强办公终端口令管理。"])
    return p.doc("log_audit", d, True, extra=["17/log-analysis", "45/audit-report", "47/audit"])


def warn_notice(co, d, n, full):
    p = Sec("网络安全预警通报（%d年第%d期）" % (d.year, n)).head(("p", "信息技术所网络安全中心    %s" % anyd(co, d)),
                                                             ("p", "发送：集团公司各站段信息管理部门，%s" % co.ar["cust"]))
    p.part("漏洞预警", ["CVE-%d-%05d：某主流中间件远程代码执行漏洞，影响管内部分应用服务器，请于5个工作日内在天窗内完成升级。"
                       % (d.year, co.rng.randint(10000, 49999))], ["52/vulnerability", "53/bulletin"])
    p.part("厂商安全通告", ["防火墙、终端安全厂商发布本月补丁，网络安全中心已完成测试，各车间按标准变更实施。"])
    p.part("病毒预警", ["近期出现伪装成“铁路调度命令”的钓鱼邮件，附件携带远控木马，请提醒职工勿打开。"], ["52/virus"], full)
    p.part("政策法规及行业动态", ["《关键信息基础设施安全保护条例》配套标准发布；国铁集团部署年度网络安全攻防演练，集团公司将组织落实。"], ["52/policy"], full)
    p.part("分析及处置建议", ["经比对设备台账，受漏洞影响的服务器%d台，已列入本周天窗作业计划修复。" % co.rng.randint(3, 20)], ["52/analysis"], full)
    return p.doc("warn_notice", d, True)


def forward_cover(co, d, what):
    """a 所 转发 cover of a 国铁集团 notice: it only forwards: nothing."""
    b = [("title", "关于转发《国铁集团科技和信息化部关于%s的通知》的通知" % what), ("p", "%s    %s" % (next_no(co, d, "suo"), anyd(co, d))),
         ("p", "所属各车间、科室："), ("p", "现将国铁集团科技和信息化部《关于%s的通知》（%s〔%d〕%d号）转发给你们，请结合实际认真贯彻落实。"
                                   % (what, co.ar["gt"], d.year, co.rng.randint(10, 90))),
         ("p", "附件：国铁集团科技和信息化部文件（略）"), ("p", "信息技术所")]
    return Doc("forward", "转发通知", d, [], True, b, decoy="cover forwarding a notice")


def sec_stats(co, d, analysis):
    rows = []
    for m in range(1, d.month + 1):
        a, b_, c = co.rng.randint(0, 5), co.rng.randint(0, 9), co.rng.randint(0, 2)
        rows.append(["%d月" % m, a, b_, c, a + b_ + c])
    sheets = [("统计", ["月份", "有害程序", "网络攻击", "设备设施故障", "合计"], rows, ["18/incident-stats"]),
              ("分析", ["分析"], [["网络攻击以扫描和暴力破解为主；有害程序集中在站段办公终端，经U盘传播，建议站段落实移动介质管控并纳入质量考核。"]]
               if analysis else [], ["18/incident-analysis"])]
    return book("sec_stats", "网络安全事件统计分析表（%d年1-%d月）" % (d.year, d.month), d, True, sheets)


def pentest_plan(co, d):
    b = [("title", "%d年度渗透测试工作计划" % d.year), ("p", "网络安全中心    %s" % anyd(co, d)),
         ("table", [["批次", "对象", "方式", "时间", "负责人"], [1, "集团公司门户网站", "黑盒", "3月", co.p(1)], [2, co.sys(1), "灰盒", "6月", co.p(3)],
                    [3, "%s办公网" % co.ar["cust"], "白盒", "9月", co.p(1)]]),
         ("p", "每次测试前取得系统主管部门书面授权，测试结束后10个工作日内出具报告。")]
    return Doc("pentest_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pentest_report(co, d):
    p = Sec("%s渗透测试报告" % co.sys(1)).head(("p", "测试时间：%s    测试人员：%s、%s    授权编号：SQ%s" % (anyd(co, d), co.p(1), co.vp(2), ymd(d))))
    p.part("测试范围", ["%s互联网访问入口、管理后台和接口。" % co.sys(1)])
    p.part("发现问题", [("table", [["编号", "问题", "等级", "整改"], ["P-01", "登录接口未限制失败次数", "高", "已修复"],
                                   ["P-02", "接口返回职工身份证号明文", "中", "已修复"], ["P-03", "管理后台会话超时过长", "低", "已修复"]])])
    p.part("复测结论", ["高中危问题已全部整改并通过复测。"])
    return p.doc("pentest", d, True, extra=["31/pentest-records", "32/pentest-records"])


def grading(co, d):
    b = [("title", "%s网络安全等级保护定级报告" % co.sys(0)), ("p", "定级时间：%s" % anyd(co, d)),
         ("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第三级；系统安全保护等级：第三级。"),
         ("p", "经国铁集团专家评审，已向公安机关备案，备案编号%s-%d-%05d。" % (co.ar["code"], d.year, co.rng.randint(1, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_guide(co, d):
    b = [("title", "集团公司信息系统网络安全等级保护定级实施指南"), ("p", "科技和信息化部    %s" % anyd(co, d)),
         ("p", "依据GB/T 22240和国铁集团网络安全等级保护管理办法，按业务信息和系统服务受到破坏时所侵害的客体及侵害程度确定等级："),
         ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第二级"],
                    ["社会秩序、公共利益", "第二级", "第三级", "第四级"]]),
         ("p", "客票系统、调度信息系统原则上定为第三级；站段自建系统参照本指南定级后报科技和信息化部备案。")]
    return Doc("grading_guide", "定级指南", d, ["51/grading-criteria"], False, b)


# ------------------------------------------------------------------------------ 改造施工

def retrofit(co, d, test, rollback):
    p = Sec("%s升级改造施工方案" % co.sys(0)).head(
        ("p", "天窗登记号：TC%s%02d    施工天窗：%s 00:30-04:30    编制：%s" % (ymd(d), co.rng.randint(1, 30), d.isoformat(), co.p(3))))
    p.part("工程概况", ["本次改造更换客票地区中心前置服务器，升级%s应用至新版本，涉及沿线%d个车站。" % (co.sys(0), co.rng.randint(8, 30))])
    p.part("施工组织", ["施工负责人%s，安全员%s，驻站联络员由各工区指派；施工前召开施工协调会。" % (co.p(3), co.p(1))])
    p.part("改造前测试验证", ["在测试环境完成功能测试、压力测试（峰值1.5倍交易量）和安全测试（漏洞扫描）；",
                             "组织车站对新旧版本终端、现有网络和实名制核验设备进行兼容性验证。"], ["25/test-plan"], test)
    p.part("施工步骤", ["天窗开始→停止前置服务→数据迁移→部署新版本→内部验证→车站试售→销记。"])
    p.part("安全卡控措施", ["严格执行天窗作业登销记，严禁超范围、超时间作业；车站首班售票前1小时必须完成验证。"])
    p.part("回退方案", ["施工前完整备份应用、配置和数据库，保留原服务器；验证失败时30分钟内回退至原系统，回退步骤已在测试环境演练。"],
           ["25/rollback", "11/rollback"], rollback)
    return p.doc("retrofit", d, False)


def retrofit_apply(co, d):
    b = [("title", "施工天窗申请单"),
         ("table", [["申请单位", "信息技术所%s" % co.rng.choice(SHOPS), "申请日期", d.isoformat()], ["施工项目", "%s升级改造" % co.sys(0), "天窗时间", "%s 00:30" % d.isoformat()],
                    ["影响范围", "沿线车站售票", "申请人", co.p(3)], ["附件", "施工方案（另附）", "", ""]])]
    return Doc("retrofit_apply", "施工天窗申请单", d, [], True, b)


def compat(co, d):
    b = [("title", "%s新版本兼容性测试报告" % co.sys(0)), ("p", "测试日期：%s" % anyd(co, d)),
         ("table", [["验证项", "内容", "结果"], ["网络兼容", "与客票专网、车站汇聚交换机和防火墙策略的连通", "通过"],
                    ["系统兼容", "国产操作系统、数据库及中间件适配", "通过"], ["应用兼容", "旧版售票终端、自助售票机和实名制核验闸机接口", "通过"]]),
         ("p", "结论：新版本与原系统兼容，满足施工上线条件。测试人：%s" % co.p(4))]
    return Doc("compat", "兼容性测试报告", d, ["11/compatibility"], True, b)


# ------------------------------------------------------------------------------ 应急管理

def emergency_plan(co, d, strategy, recovery):
    top, no = red_top(co, d, "关于印发《%s信息系统突发事件应急预案》的通知" % co.ar["ju"])
    p = Sec("%s信息系统突发事件应急预案" % co.ar["ju"])
    p.part("总则", ["为建立集团公司信息系统突发事件应急响应机制，保障客票发售、调度指挥等运输生产信息系统连续运行，制定本预案。"])
    p.part("组织体系", ["集团公司应急领导小组组长由分管副总经理担任，科技和信息化部主任任副组长；信息技术所所长%s任现场处置组组长。" % co.boss])
    p.part("事件分级和响应", ["Ⅰ级（客票发售全局中断超过30分钟）15分钟内启动响应；Ⅱ级（单站或单系统中断）由信息技术所启动响应；一般事件由网络管理中心处置。"])
    p.part("处置流程", ["发现报告→研判定级→启动响应→处置→恢复验证→结束响应→总结报告（按国铁集团要求报送）。"])
    p.part("恢复策略", ["%s RTO≤30分钟、RPO≤5分钟，采用地区中心双机切换；%s、%s RTO≤4小时，从备份恢复；车站启用手工售票应急预案。"
                       % (co.sys(0), co.sys(1), co.sys(2))], ["55/plan"], strategy)
    p.part("系统恢复计划", ["按“网络→数据库→客票前置→车站终端→办公系统”的顺序恢复，各系统恢复步骤、责任人和验证要点见附件1-3。"],
           ["36/recovery-plan"], recovery)
    b = top + [("p", "现将《%s信息系统突发事件应急预案》印发给你们，请认真贯彻执行。" % co.ar["ju"])] + colophon(co, d) + [("break",)] + p.blocks
    return Doc("emergency_plan", "应急预案", d, sorted(set(p.items) | {"36/emergency-plan", "53/emergency-plan"}), False, b)


def dr_plan(co, d):
    p = Sec("%s灾难恢复预案" % co.sys(0)).head(("p", "系统车间    %s" % anyd(co, d)))
    p.part("恢复目标", ["RTO 30分钟，RPO 5分钟。"])
    p.part("恢复资源", ["地区中心备用服务器、异地备份、数据库实时复制链路、数据库备份及恢复作业指导书。"])
    p.part("恢复步骤", ["宣布灾难→网络切换→数据库接管→前置应用启动→车站试售验证→回切。"])
    return p.doc("dr_plan", d, False, extra=["36/recovery-plan"])


def bcp(co, d, cover=False):
    p = Sec("信息系统业务连续性计划").head(("p", "第%d版    %s    集团公司网络安全和信息化领导小组审定" % (d.year - 2021, anyd(co, d))))
    if cover:
        p.blocks = long_cover(co, "信息系统业务连续性计划", "%s-XX-BCP" % co.ar["code"], "第%d版" % (d.year - 2021), d,
                              ["适用范围", "业务影响分析结论", "应急响应和灾难恢复机制", "演练和维护"]) + p.blocks
    p.part("适用范围", ["适用于客票发售、调度信息、办公和视频会议等重要信息系统及其支撑的运输生产业务。"])
    p.part("业务影响分析结论", ["车站售票、实名制核验和调度命令传递为关键业务，最大可容忍中断时间1小时。"])
    p.part("应急响应和灾难恢复机制", ["由《信息系统突发事件应急预案》和各系统灾难恢复预案支撑；车站启用手工售票和人工核验应急措施保障旅客乘车。"])
    p.part("演练和维护", ["每年至少组织一次业务连续性演练，每年评审更新本计划。"])
    return p.doc("bcp", d, False, extra=["42/bcp"])


def drill(co, d, kind):
    if kind == "dr":
        t, scene, items = "%s数据恢复及切换演练记录" % co.sys(0), "地区中心%s主机故障，切换至备用服务器并从备份恢复数据，车站试售验证" % co.sys(0), \
            ["40/recovery-drill", "53/drill"]
    else:
        t, scene, items = "网络安全事件应急演练记录", "模拟%s售票终端感染勒索病毒并向客票专网扩散" % co.ar["stations"][0], ["40/emergency-drill", "53/drill"]
    b = [("title", t),
         ("table", [["演练时间", anyd(co, d)], ["演练形式", co.rng.choice(["实战演练", "实战演练", "桌面推演"]) if kind != "dr" else "实战演练（天窗内）"],
                    ["演练场景", scene], ["参演单位", "信息技术所网络车间、系统车间、客票车间、网络安全中心，%s" % co.rng.choice(co.ar["stations"])],
                    ["演练过程", "01:00下达命令→01:05启动预案→01:28完成切换→01:52车站试售通过→03:10回切完成" if kind == "dr" else
                     "09:00网管告警→09:06启动预案→09:25隔离终端→10:35清除并恢复→11:00总结"],
                    ["演练结果", "达到预期，恢复用时%d分钟" % co.rng.randint(18, 50)], ["存在问题", "个别车站验证人员到位慢"],
                    ["记录", co.p(3)], ["审核", co.boss]])]
    return Doc("drill", "演练记录", d, items, True, b)


def drill_scheme(co, d):
    b = [("title", "%d年网络安全应急演练方案" % d.year), ("p", "网络安全中心    %s" % anyd(co, d)),
         ("h1", "一、演练目的"), ("p", "检验《信息系统突发事件应急预案》的可操作性。"),
         ("h1", "二、演练安排"), ("p", "拟于%d年%d月利用天窗开展，演练前报集团公司科技和信息化部备案。" % (d.year, min(12, d.month + 1))),
         ("h1", "三、分工"), ("p", "总指挥%s，网络安全中心负责场景设计，各车间配合。" % co.boss)]
    return Doc("drill_scheme", "演练方案", d, [], False, b, decoy="drill plan")


# ------------------------------------------------------------------------------ 安全科、技术科: 考核、研判、审核、评审、改进

def quality_notice(co, d, targets):
    m = d.month - 1 or 12
    if targets:
        rows = [["服务对象满意度", "≥90分", "%d分" % co.rng.randint(90, 95), "达标"], ["有效投诉", "≤2件/季", "1件", "达标"],
                ["一级故障", "0", "0", "达标"], ["天窗作业兑现率", "≥98%", "96.5%", "未达标"],
                ["报修按时修复率", "≥95%", "%0.1f%%" % (93 + co.rng.random() * 4), co.rng.choice(["达标", "未达标"])]]
        tb = ("table", [["考核指标", "目标值", "完成值", "结果"]] + rows)
        items = ["57/measurement"]
    else:
        rows = [[s, co.rng.choice(["天窗作业超时5分钟", "检修记录漏签", "工单未及时回访", "劳动纪律"]), "-%d" % co.rng.randint(1, 5)]
                for s in SHOPS]
        tb = ("table", [["车间", "考核事项", "扣分"]] + rows)
        items = []
    b = [("title", "信息技术所%d年%d月运维质量考核通报" % (d.year if d.month > 1 else d.year - 1, m)), ("p", "安全科    %s" % anyd(co, d)),
         ("p", "根据《信息技术所运维质量考核办法》，现将上月质量考核情况通报如下："), tb,
         ("p", "对未达标项目，安全科已下达整改通知书，请责任车间按期整改。" if targets else "请各车间对照问题举一反三。")]
    return Doc("quality_notice", "质量考核通报", d, items, True, b)


def rectify(co, d, checked):
    b = [("title", "整改通知书"),
         ("table", [["编号", "ZG-%d-%02d" % (d.year, co.rng.randint(1, 30))], ["问题来源", "质量考核：天窗作业兑现率96.5%，未达98%目标"],
                    ["原因分析", "车站配合人员到位不及时，2项作业顺延"], ["整改措施", "天窗作业前一日与车站确认配合人员"],
                    ["预防措施", "月度维修作业计划增加车站配合确认栏"], ["责任车间", co.rng.choice(SHOPS)], ["整改期限", anyd(co, d)],
                    ["复查意见", "整改后连续两个月兑现率99.2%，措施有效" if checked else ""], ["复查人", co.p(0) if checked else ""]])]
    items = ["57/capa"] + (["66/effectiveness"] if checked else [])
    return Doc("rectify", "整改通知书", d, items, True, b)


def risk_judge(co, d, verified):
    p = Sec("信息技术所%d年%d月安全风险研判报告" % (d.year, d.month)).head(("p", "安全科    %s" % anyd(co, d)))
    p.part("安全形势", ["上月管内信息系统未发生一级故障，发生二级故障%d件；暑运临近，客票交易量持续上升。" % co.rng.randint(0, 3)])
    p.part("本月安全风险", ["一是车站交换机老化，电源故障风险上升；二是汛期机房进水风险；三是外委人员天窗外作业风险。"])
    p.part("风险卡控措施", ["对运行超8年交换机纳入预防性维修并储备备件；汛前检查机房防水；外委人员作业实行工长盯控。"])
    p.part("上期卡控措施落实及效果验证", ["上月确定的预防性维修措施%d项已全部落实：车站交换机电源冗余测试完成%d站，本月同类故障0件，措施有效；"
                                         "UPS电池更换后放电试验后备时间达到40分钟。" % (co.rng.randint(3, 6), co.rng.randint(6, 14))],
           ["66/effectiveness"], verified)
    return p.doc("risk_judge", d, True)


def internal_audit(co, d):
    p = Sec("%d年度运维服务管理体系内部审核报告" % d.year).head(("p", "审核组长：%s    审核日期：%s" % (co.p(0), anyd(co, d))))
    p.part("审核目的和依据", ["验证运维服务管理体系满足ISO/IEC 20000-1标准和集团公司规章要求、满足站段和%s的服务需求及服务协议要求，并得到有效实施和保持。"
                              % co.ar["cust"]])
    p.part("审核范围", ["技术科、安全科、网络安全中心、网络管理中心及网络、系统、客票三个车间。"])
    p.part("审核发现", ["开具不符合项3项：值班日志交接签字不全；2张变更申请审批单缺回退验证；案例库条目超期未复核。"])
    p.part("审核结论", ["体系运行总体有效，不符合项已下达整改通知书。"])
    return p.doc("internal_audit", d, True, extra=["59/internal-audit"])


def safety_check(co, d):
    b = [("title", "集团公司安全监察室安全检查通报（信息技术所）"), ("p", "%s" % anyd(co, d)),
         ("p", "检查发现：天窗作业登记未注明防护措施1处；%s机房消防器材过期1具；交接班记录代签1处。请于10日内整改并报安全监察室。" % co.rng.choice(co.ar["areas"]))]
    return Doc("safety_check", "安全检查通报", d, [], True, b)


def review_minutes(co, d, inputs):
    p = Sec("%d年度运维服务管理评审会议纪要" % d.year).head(("p", "时间：%s    主持：%s    参加：所领导班子、各科室和车间负责人" % (anyd(co, d), co.boss)))
    txt = {"perf": ("服务和流程执行情况", "服务级别达成率96.9%，事件、变更、问题等流程按细则执行，内部审核不符合项3项已整改，流程符合性良好。",
                    ["59/management-review", "60/performance"]),
           "fb": ("服务对象反馈", "%s和站段满意度测评综合92分，投诉2件（天窗作业通知不及时、自助售票机修复慢）均已处理。" % co.ar["cust"], ["60/customer-feedback"]),
           "res": ("资源现状及预测", "现有运维人员%d人、外委驻所3人；明年新线开通新增车站%d个，预计需增加客票设备维护工4人。"
                   % (co.rng.randint(60, 120), co.rng.randint(4, 12)), ["60/resources"]),
           "ca": ("纠正措施进展", "上年度评审提出的5项措施完成4项，1项（车站通信双路由改造）进行中。", ["60/corrective-actions"]),
           "chg": ("可能影响服务的变化", "新线开通、客票系统新版本推广、国铁集团网络安全攻防演练常态化。", ["60/changes"]),
           "imp": ("改进机会", "天窗作业兑现率未达标、车站终端集中监控、案例库与服务台对接。", ["60/improvements"])}
    for k in inputs:
        h, s, its = txt[k]
        p.part(h, [s], its)
    p.part("评审结论", ["运维服务管理体系持续适宜、充分、有效；同意增加定员和改进项目预算。"])
    return p.doc("review_minutes", d, True)


def improve_plan(co, d, criteria):
    p = Sec("%d年度运维服务持续改进计划" % d.year).head(("p", "技术科编制    %s    所务会审定" % anyd(co, d)))
    p.part("改进项目", [("table", [["改进项目", "来源", "改进目标", "责任部门", "完成时间"],
                                   ["客票系统车站终端集中监控", "运维过程", "终端故障发现时间由30分钟降至5分钟", "客票车间", "%d年6月" % d.year],
                                   ["站段接入链路双路由改造", "监视过程", "车站通信中断次数下降50%", "网络车间", "%d年10月" % d.year],
                                   ["天窗作业兑现管理", "质量考核", "天窗作业兑现率≥98%", "技术科", "%d年5月" % d.year]])],
           ["64/plan", "68/plan"])
    p.part("改进机会评估标准", ["按对运输生产的影响（40%）、实施成本（30%）、安全风险（30%）评分，70分以上列入计划；"
                                "改进项目须经识别、登记、批准、评估、测量和报告。"], ["64/criteria"], criteria)
    return p.doc("improve_plan", d, True)


def improve_eval(co, d):
    b = [("title", "改进机会评估表"), ("p", "技术科    %s" % anyd(co, d)),
         ("table", [["改进机会", "运输影响", "实施成本", "安全风险", "加权得分", "优先级"], ["车站终端集中监控", 9, 8, 8, 85, "高"],
                    ["站段接入双路由", 9, 5, 8, 76, "高"], ["案例库与服务台对接", 6, 7, 9, 70, "中"], ["检修记录电子化", 5, 8, 9, 67, "低"]]),
         ("p", "按加权得分排序，经所务会批准前三项。  批准：%s" % co.boss)]
    return Doc("improve_eval", "改进机会评估表", d, ["67/analysis", "67/prioritisation"], True, b)


def improve_track(co, d, measured):
    rows = [["车站终端集中监控", "故障发现≤5分钟", "监控平台已上线", back(d, 70).isoformat(), "实测平均3.6分钟，有效" if measured else "", "已在管理评审中报告"],
            ["站段接入双路由", "中断次数下降50%", "完成%d个车站" % co.rng.randint(12, 40), back(d, 12).isoformat(), "中断次数下降58%，有效" if measured else "", "已报告"]]
    items = ["68/implementation"] + (["68/effectiveness"] if measured else [])
    return book("improve_track", "持续改进项目实施跟踪台账（%d年）" % d.year, d, True, [
        ("跟踪", ["改进项目", "改进目标", "实施情况", "完成日期", "效果测量", "报告情况"], rows, items)])


def awareness(co, d):
    rows = [[i + 1, co.p(i), ["技术科", "网络安全中心", "网络车间", "系统车间", "客票车间", "网络管理中心"][i], "已签"] for i in range(6)] + \
        [[7, ven(co, 0), "外委驻所" if getattr(co, "ar_outs", True) else "网络车间", "已签"]]
    return book("awareness", "“持续改进 提质增效”专题宣贯培训签到及考试记录", d, True, [
        ("签到", ["序号", "姓名", "部门", "签到"], rows, ["69/awareness-training"]),
        ("培训信息", ["项目", "内容"], [["时间", anyd(co, d)], ["教员", co.p(0)],
                                       ["内容", "持续服务改进的意义、改进机会的提出和登记、优秀改进案例"], ["考试", "平均分%d分" % co.rng.randint(85, 96)]], [])])


def defects(co, d):
    p = Sec("%d年故障及不良情况专题分析" % d.year).head(("p", "技术科、安全科    %s" % anyd(co, d)))
    p.part("较大故障", ["%d月%s售票终端通信中断%d分钟，原因为车站汇聚交换机电源老化，已按“三不放过”分析处理。"
                       % (co.rng.randint(2, 9), co.ar["stations"][1], co.rng.randint(20, 60))])
    p.part("失败变更和天窗作业", ["天窗作业回退%d次，均因测试环境与生产配置不一致。" % co.rng.randint(2, 4)])
    p.part("服务不达标", ["第二季度天窗作业兑现率96.5%，未达98%的目标；自助售票机修复时长超协议约定2次。"])
    p.part("改进计划", ["建立车站设备寿命预警；测试环境配置同步；天窗作业前一日与车站确认配合人员。"])
    return p.doc("defects", d, True, extra=["70/defect-analysis"])


def year_report(co, d, data, forecast):
    p = Sec("信息技术所%d年工作总结" % (d.year - 1)).head(("p", "%s" % anyd(co, d)))
    p.part("全年工作回顾", ["完成客票系统新版本推广、站段接入双路由改造、数据恢复演练两次，全年无一级故障，安全生产持续稳定。"])
    p.part("运维数据汇总", [("table", [["指标", "全年"], ["异常报告及时率", "98.7%"], ["异常漏报率", "0.4%"], ["维护作业计划的及时完成率", "97.8%"],
                                       ["故障隐患发现率", "90%"], ["异常主动发现率", "87%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                       ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "93%"], ["安全事件次数", co.rng.randint(15, 50)]])],
           ["56/data"], data)
    p.part("运维数据分析及预测", ["汇总全年日志、变更、故障、报修和问题数据：故障数同比下降12%，报修和服务请求上升28%，天窗作业集中在春运前和暑运前；"
                                  "预测下年度新线开通后车站报修量将增长约30%，客票系统版本变更量翻番，需增加服务台值班员并推广自助报修。"],
           ["71/forecast"], forecast)
    p.part("下年度工作安排", ["推进客票系统车站终端集中监控，完成异地备份中心建设。"])
    return p.doc("year_report", d, True)


def iso_cert(co, d):
    b = [("title", "信息技术服务管理体系认证证书"), ("p", "兹证明：%s" % suo(co)),
         ("p", "建立的信息技术服务管理体系符合 ISO/IEC 20000-1:2018"),
         ("p", "认证范围：为集团公司所属单位及受托管理的合资铁路公司提供信息系统运行维护服务"),
         ("p", "颁证日期：%s    有效期至：%d年%d月%d日" % (cnd(d), d.year + 3, d.month, d.day))]
    return Doc("iso_cert", "认证证书", d, ["61/audit-system"], False, b)


# ------------------------------------------------------------------------------ real documents that prove nothing

def problem_pool(co, d):
    rows = [[i + 1, back(d, 9 * i).isoformat(), co.rng.choice(["干部检查", "安全监察室检查", "自查"]),
             co.rng.choice(["天窗作业未按规定登记防护措施", "检修记录工长未签认", "机房钥匙交接未登记", "外委人员未佩戴作业证"]),
             co.rng.choice(SHOPS), co.rng.choice(["已销号", "已销号", "整改中"])] for i in range(8)]
    return book("problem_pool", "安全生产信息平台问题库导出（%d年）" % d.year, d, True, [
        ("问题库", ["序号", "发现日期", "来源", "问题描述", "责任车间", "状态"], rows, [])])


def cadre_check(co, d):
    rows = [[back(d, 4 * i).isoformat(), co.p(i % 3), co.rng.choice(co.ar["areas"] + co.ar["stations"]),
             co.rng.choice(["检查天窗作业盯控", "检查交接班", "检查售票设备检修", "夜查值班"]), co.rng.choice(["无问题", "发现问题1个已纳入问题库"])]
            for i in range(6)]
    return book("cadre_check", "干部下现场检查写实记录（%d年%d月）" % (d.year, d.month), d, True, [
        ("写实", ["日期", "检查干部", "地点", "检查内容", "检查结果"], rows, [])])


def rush_plan(co, d, what):
    b = [("title", "信息技术所%d年%s信息系统保障方案" % (d.year, what)), ("p", "%s" % anyd(co, d)),
         ("p", "一、保障时间：%s期间。二、组织：所长%s任组长，实行所领导带班、车间干部值班。" % (what, co.boss)),
         ("p", "三、措施：%s期间暂停非紧急天窗作业；客票车间派员驻%s等重点车站；网络管理中心每日8时、20时报送运行情况。" % (what, co.ar["stations"][0])),
         ("table", [["日期", "带班所领导", "值班干部", "驻站人员"]] + [[(d + timedelta(days=i)).isoformat(), co.boss, co.p(i % 3), co.p(3 + i % 3)] for i in range(4)])]
    return Doc("rush_plan", "运输保障方案", d, [], True, b)


def rush_summary(co, d, what):
    b = [("title", "%d年%s信息系统保障工作总结" % (d.year, what)), ("p", "信息技术所    %s" % anyd(co, d)),
         ("p", "%s期间管内客票系统累计发售车票%d万张，各信息系统运行平稳，未发生影响运输的故障；累计驻站%d人次，处理报修%d件。"
          % (what, co.rng.randint(300, 2000), co.rng.randint(40, 160), co.rng.randint(50, 300)))]
    return Doc("rush_summary", "运输保障总结", d, [], True, b)


def contest(co, d):
    rows = [[i + 1, co.p(i), co.rng.choice(SHOPS), co.rng.randint(70, 98)] for i in range(6)]
    return book("contest", "%d年信息设备维护工职业技能竞赛成绩表" % d.year, d, True, [("成绩", ["序号", "姓名", "车间", "成绩"], rows, [])])


def signin(co, d, what):
    rows = [[i + 1, co.p(i), "信息技术所", ""] for i in range(6)]
    return Doc("signin", "学习签到表", d, [], True, sheets=[("签到", [["《%s》学习签到表" % what], ["时间：%s" % anyd(co, d)],
                                                                     ["序号", "姓名", "单位", "签名"]] + rows)], decoy="sign-in about a plan or 办法")


def reg_index(co, d, keys):
    b = [("title", "信息技术所现行有效规章目录（%d年）" % d.year), ("p", "技术科    %s" % anyd(co, d))] + \
        [("p", "%d. 《%s》" % (i, reg_full(co, k))) for i, k in enumerate(keys, 1)]
    return Doc("reg_index", "现行有效规章目录", d, [], False, b, decoy="list citing 办法 by 《》")


def mr_notice(co, d):
    b = [("title", "关于召开%d年度运维服务管理评审会议的通知" % d.year),
         ("p", "定于%s召开管理评审会议，请各科室、车间准备服务执行情况、服务对象反馈、资源需求、纠正措施进展和改进建议等评审输入材料。" % cnd(d)),
         ("p", "技术科")]
    return Doc("mr_notice", "管理评审通知", d, [], True, b, decoy="meeting notice")


def drill_notice(co, d):
    b = [("title", "关于开展%s数据恢复演练的通知" % co.sys(0)),
         ("p", "所属各车间：定于%s利用天窗开展%s数据恢复及切换演练，请系统车间、客票车间按演练方案做好准备，%s安排车站试售人员。"
          % (cnd(d), co.sys(0), co.ar["stations"][0])), ("p", "技术科")]
    return Doc("drill_notice", "演练通知", d, [], True, b, decoy="drill notice")


def ccrc_sheet(co, d):
    rows = [[i, t, "", ""] for i, t in [(1, "采集客户对信息系统运维服务时间的需求"), (2, "进行信息系统运维预算"), (13, "信息系统相关的IT资产进行识别"),
                                       (29, "建立服务目录"), (54, "建立运维变更管理程序"), (58, "建立与分析客户满意度调查")]]
    return Doc("ccrc", "自评估表底稿", d, [], False, sheets=[("自评估", [["信息系统安全运维服务资质自评估表（工作底稿）"],
                                                                       ["序号", "条款", "自评估结论", "证明材料清单"]] + rows)],
               decoy="the self-assessment form itself")


UNREL = [
    ("党建", "关于开展“安全生产 党员先行”主题党日活动的通知", ["各党支部：结合春运安全生产，组织党员到重点车站开展志愿服务。"]),
    ("工会", "%d年职工乒乓球比赛报名表", ["以车间为单位组队，每队5人。"]),
    ("安全生产月", "%d年安全生产月活动方案", ["以“人人讲安全、个个会应急”为主题，开展安全知识竞赛和隐患随手拍活动。"]),
    ("后勤", "关于调整职工食堂就餐时间的通知", ["自下月起，早餐时间调整为7:00-8:00。"]),
    ("行政", "关于规范公务用车管理的通知", ["公务用车实行统一调度，严禁公车私用。"]),
    ("劳动竞赛", "%d年“争当安全标兵”劳动竞赛评比结果", ["网络车间%s工区获评先进工区。"]),
]


def unrelated(co, d, i):
    folder, t, ps = UNREL[i]
    t = t % d.year if "%d" in t else t
    b = [("title", t)] + [("p", p % co.rng.choice(co.ar["areas"])[:2] if "%s" in p else p) for p in ps]
    return folder, t, Doc("unrelated", t, d, [], False, b, decoy="unrelated")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ the share

class Ctx:
    """What the layout functions share: the company, its holes, the placer and last year's candidates."""

    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.ar["holes"]
        self.made = []
        self.scan = {"creator": "Kyocera TASKalfa 3212i Scan (OCR)", "author": "scanner", "styled": False}
        self.wps = {"creator": "WPS Office"}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.35)
        opt.setdefault("styled", r.random() < 0.7)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxjss", "USER", "lenovo"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            n = 1
            while "%s(%d).%s" % (base, n, ext) in co.used:
                n += 1
            rel = "%s(%d).%s" % (base, n, ext)
        co.add(rel, doc, **opt)
        return rel

    def rec(self, name, factory, d=None, old=False, **opt):
        """a record: fresh unless old; fresh proving ones are candidates for 归档 copies"""
        co = self.co
        d = d or (co.old() if old else co.fresh())
        doc = factory(d)
        self.put(name(d), doc, **opt)
        if doc.items and doc.record and not old:
            self.made.append((name, factory, d))
        return doc


def yr(d):
    return "%d年/" % d.year


def mo(d):
    return "%d年/%02d月/" % (d.year, d.month)


def build(co, lock_bytes):
    """Lay out an AR share: 01集团公司文件/, 02所发文件/, 03规章制度/, 技术科/, 安全科/, 网络安全中心/, 网络车间/,
    系统车间/, 客票车间/, 网络管理中心/, 合资公司运维服务/, 应急管理/, 会议纪要/, 体系管理/, 职教培训/, 运输保障/,
    综合办公室/, 归档/, 个人/, 资质申报/, 其他/ and a NAS recycle folder."""
    co.ar = AR_INFO[getattr(co, "info_id", co.id)]
    co.ar_no = {}
    co.ar_outs = "no_outsourcing" not in co.ar["holes"]
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
    keys = [k for k in REGS if not (k == "slm" and "slm" in H) and not (k == "nsh" and "audit_rule" in H)]
    pool = [k for k in keys if REGS[k][1] != "bz"]
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(4, 7)], key=list(REGS).index)
    d = date(r.choice([2024, 2025]), r.randint(2, 6), r.randint(1, 28))
    put("03规章制度/信息技术所运维管理规章制度汇编（%d年版）.pdf" % d.year, compilation(co, d, in_book, drop), **c.wps)
    for k in keys:
        name, level, _ = REGS[k]
        if k in in_book and r.random() < 0.6:
            continue
        d = co.issued()
        if level == "bz":
            put("03规章制度/作业标准/%s.%s" % (name, r.choice(["docx", "pdf"])), reg_doc(co, d, k, drop))
            continue
        folder = ("01集团公司文件/" if level == "ju" else "02所发文件/") + yr(d)
        if r.random() < 0.3:
            main = reg_doc(co, d, k, drop, split="main")
            body, its = reg_body(co, k, drop)
            annex = Doc("reg:" + k, name, d, sorted(set(its)), False, [("p", "附件"), ("title", reg_full(co, k))] + body)
            sub = folder + "%s 关于印发《%s》的通知/" % (main.ar_no, reg_full(co, k))
            put(sub + "正文.pdf", main, **c.scan)
            put(sub + "附件：%s.%s" % (reg_full(co, k), r.choice(["docx", "doc.docx", "pdf"])), annex)
            continue
        doc = reg_doc(co, d, k, drop)
        ext = r.choice(["docx", "pdf", "docx"])
        nm = r.choice(["%s 关于印发《%s》的通知" % (doc.ar_no, reg_full(co, k)), "关于印发%s的通知" % name,
                       "%s（%s）" % (name, doc.ar_no)])
        put(folder + "%s.%s" % (nm, ext), doc, **(c.scan if ext == "pdf" and r.random() < 0.5 else {}))
    # 作业指导书: some bound in the 汇编, at least two on their own
    oks = list(OPS)
    bound = sorted(r.sample(oks, r.randint(2, 3)), key=oks.index)
    d = co.issued()
    put("03规章制度/作业指导书/信息技术所作业指导书汇编（%d年）.docx" % d.year, ops_book(co, d, bound))
    loose = [k for k in oks if k not in bound and r.random() < 0.75]
    for k in oks:
        if len(loose) >= 2:
            break
        if k not in bound and k not in loose:
            loose.append(k)
    for k in loose:
        d = co.issued()
        shop = OPS[k][1]
        put("03规章制度/作业指导书/%s/%s.%s" % (shop, OPS[k][0], r.choice(["docx", "docx", "pdf"])), ops_guide(co, d, k))
    d = co.issued()
    put("03规章制度/作业标准/信息设备检修周期及质量标准.xlsx" if r.random() < 0.5 else "03规章制度/作业标准/信息设备检修周期及质量标准.docx",
        repair_std(co, d))
    return keys


def lay_org(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    ZB = "综合办公室/"
    d = co.issued()
    put("01集团公司文件/%s%s 关于调整集团公司网络安全和信息化领导小组及其工作机构的通知.pdf" % (yr(d), ymd(d)),
        leading_group(co, d, "no_outsourcing" not in H), **(c.scan if r.random() < 0.5 else {}))
    if r.random() < 0.6:
        d = co.fresh()
        put("会议纪要/党委会/%s党委会议纪要.docx" % ymd(d), party_minutes(co, d))
    outs = "no_outsourcing" not in H
    c.rec(lambda d: ZB + "人员管理/信息技术所运维人员名册%s.xlsx" % ymd(d), lambda d: staff_roster(co, d, outs))
    if "roles" not in H:
        d = co.issued()
        put(ZB + "组织机构/运维岗位及角色清单.xlsx", role_sheet(co, d))
    # 接口人 and 运维服务台: by 所 文件, or by a 所务会 decision
    iv_min = "iface_pending" in H or r.random() < 0.4
    desk_min = r.random() < 0.35
    if not iv_min:
        d = co.issued()
        put("02所发文件/%s关于明确网络安全管理联系人的通知.docx" % yr(d), iface_notice(co, d))
    if not desk_min:
        d = co.issued()
        put("02所发文件/%s关于设立信息化运维服务台的通知.pdf" % yr(d), desk_notice(co, d), **c.scan)
    if "desk_train" not in H:
        c.rec(lambda d: "职教培训/%s运维服务台值班员岗前培训记录.xlsx" % yr(d), lambda d: desk_training(co, d))
    d = co.fresh()
    st = co.ar["stations"][r.randint(0, 3)]
    put("职教培训/%s%s客票系统新版本操作培训签到表.xlsx" % (yr(d), st), ticket_training(co, d, st))
    # 所务会纪要: three of this year's
    improve_in_min = "improve_pending" not in H and r.random() < 0.5
    c.improve_in_min = improve_in_min
    months = sorted(r.sample(range(2, 11), 3))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 26))
        n = m + i
        if i == 0:
            t = ["safety"] + (["iface_pending" if "iface_pending" in H else "iface"] if iv_min else []) + (["desk"] if desk_min else [])
        elif i == 1:
            t = (["improve"] if improve_in_min else (["improve_pending"] if "improve_pending" in H else [])) + ["chunyun"]
        else:
            t = ["party", "safety"]
        ext = r.choice(["docx", "docx", "pdf"])
        put("会议纪要/所务会/%s所务会纪要（%d年第%d期）.%s" % (yr(d), d.year, n, ext), suo_minutes(co, d, n, t))
    d = co.fresh()
    put("会议纪要/交班会/%d.%02d.%02d交班会纪要.docx" % (d.year, d.month, d.day), shift_minutes(co, d))


def lay_customer(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    KH = "合资公司运维服务/%s/" % co.ar["cust"]
    d0 = co.issued()
    put(KH + "01需求调研/%s信息化运维服务需求调研报告.docx" % co.ar["cust"], survey(co, d0, "survey_notime" not in H, True))
    if "fee_tpl" in H:
        put(KH + "01需求调研/运维服务费用测算表（模板）.xlsx",
            blank_sheet("信息化运维服务费用测算表", d0, ["序号", "服务项目", "工作量（人天）", "人力安排", "单价", "金额", "时间节点"], 8))
    else:
        d = d0 + timedelta(days=r.randint(5, 30))
        put(KH + "01需求调研/%d年度运维服务费用测算表.xlsx" % d.year, fee_sheet(co, d))
    d = d0 + timedelta(days=r.randint(7, 40))
    put(KH + "01需求调研/%s对接会会议纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), meeting(co, d, "meeting_noagree" not in H))
    on = ("list", "strategy") if "hist_noanalysis" in H else ("list", "analysis", "strategy")
    d = d0 + timedelta(days=r.randint(10, 50))
    put(KH + "01需求调研/上一协议期运维数据分析及保障方案.docx", history(co, d, on))
    if "hist_noanalysis" in H:
        put("个人/%s/运维数据分析（初稿）.docx" % co.p(0), void(history(co, d, ("list", "analysis", "strategy")), "draft", "（初稿）"))
    d = date(2024, 6, 1) + timedelta(days=r.randint(0, 640))
    put(KH + "02服务协议/信息化运维服务协议（%s）盖章扫描件.pdf" % co.ar["cust"], agreement(co, d, True, True, True),
        **(c.scan if r.random() < 0.6 else {}))
    # 健康检查 by quarter
    old = "health_old" in H
    for i in range(r.randint(1, 2)):
        secdev = r.random() < 0.8
        collect = "collect_old" not in H and r.random() < 0.35
        c.rec(lambda d: KH + "03健康检查/%s%d年第%d季度健康检查报告.%s" % (yr(d), d.year, quarter(d), r.choice(["docx", "pdf"])),
              lambda d: health_check(co, d, collect, secdev), old=old)
    # 满意度: half-yearly
    halves = [(date(2025, 7, 6), "上半年"), (date(2026, 1, 10), "下半年"), (date(2026, 7, 8), "上半年")]
    keep = [h for h in halves if r.random() < 0.8] or halves[1:]
    if len(keep) < 2:
        keep = halves[1:]
    for d, h in keep:
        d = d + timedelta(days=r.randint(0, 15))
        yy = d.year if h == "上半年" else d.year - 1
        put(KH + "04满意度测评/%d年%s运维服务满意度测评报告.%s" % (yy, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    if "trend" not in H:
        c.rec(lambda d: KH + "04满意度测评/满意度变化趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    if "callbacks" not in H:
        c.rec(lambda d: KH + "04满意度测评/回访登记表_%d.xlsx" % d.year, lambda d: callbacks(co, d))
    for i in range(r.randint(1, 2)):
        av = r.random() < 0.7
        c.rec(lambda d: KH + "05月度服务报告/%s运维服务报告%s.docx" % (co.ar["cust"], ym(d)), lambda d: cust_monthly(co, d, av))
    c.rec(lambda d: "技术科/新建车站接入/%s客运服务系统接入需求分析记录.pdf" % co.ar["stations"][3], lambda d: requirements(co, d), **c.scan)


def lay_design(c):
    co, H, put = c.co, c.H, c.put
    JS = "技术科/"
    d = co.issued()
    parts = ("base",) if "catalog_base" in H else ("base", "l2", "l1")
    put(JS + "服务管理/信息技术所运维服务目录（%d版）.xlsx" % d.year, catalog(co, d, parts))
    d = co.fresh()
    put("综合办公室/外委管理/%s信息设备委外维护合同（%s）.pdf" % (d.year, co.vendor), vendor_contract(co, d), **c.scan)
    d0 = date(d.year - 1, d.month, min(d.day, 28))
    put("归档/%d年/信息设备委外维护合同（%d）.pdf" % (d0.year, d0.year), vendor_contract(co, d0), **c.scan)
    if "ola" not in H:
        d = co.issued()
        put(JS + "服务管理/车间间运维协同约定.docx", ola(co, d))
    if "kpis" not in H:
        d = co.issued()
        put(JS + "服务管理/信息系统可用性指标清单.xlsx", avail_kpis(co, d))
    if "svc_review" not in H:
        c.rec(lambda d: JS + "%s以往运维方案对运输生产影响分析.docx" % yr(d), lambda d: svc_review(co, d, True))
    d = co.fresh()
    if "devplan_draft" in H:
        put(JS + "%d年度运维工具自主研发计划（征求意见稿）.docx" % d.year, void(dev_plan(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(JS + "%d年度运维工具自主研发计划.docx" % d.year, dev_plan(co, d))


def lay_records(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    WL, XT, KP, WG, JS = "网络车间/", "系统车间/", "客票车间/", "网络管理中心/", "技术科/"
    areas = co.ar["areas"]
    # 巡检记录 by 工区 and month; together the books hold every record kind
    want = ["dev", "av", "maint", "fault", "up"]
    books = []
    for a in r.sample(areas, 2):
        for i in range(r.randint(1, 2)):
            kinds = ["env"] + [k for k in want if r.random() < 0.7]
            books.append((a, co.fresh(), kinds))
    have = set(k for _, _, ks in books for k in ks)
    for k in want:
        if k not in have:
            books[r.randrange(len(books))][2].append(k)
    for a, d, kinds in books:
        put(WL + "%s/%s巡检记录/%s信息设备巡检记录%d年%02d月.xlsx" % (a, yr(d), a, d.year, d.month), patrol_book(co, d, a, kinds))
        c.made.append((lambda d, a=a, kinds=kinds: WL + "%s/%s巡检记录/%s信息设备巡检记录%d年%02d月.xlsx" % (a, yr(d), a, d.year, d.month),
                       lambda d, a=a, kinds=kinds: patrol_book(co, d, a, kinds), d))
    a, d, kinds = books[0]
    if r.random() < 0.6:
        put(WL + "%s/%s巡检记录/%s信息设备巡检记录%d年%02d月 - 副本.xlsx" % (a, yr(d), a, d.year, d.month), patrol_book(co, d, a, kinds))
    for i in range(r.randint(1, 2)):
        a = r.choice(areas)
        c.rec(lambda d: WL + "检修记录/%s%s%d年第%d季度检修记录.%s" % (yr(d), a, d.year, quarter(d), r.choice(["docx", "pdf"])),
              lambda d: overhaul(co, d, a), **(c.scan if r.random() < 0.4 else {}))
    # 维修作业计划: next month's plan (not yet 兑现) and one or two 兑现 tables
    d = date(2026, r.randint(9, 11), r.randint(1, 5))
    put(JS + "维修作业计划/%d年/%d年%d月维修作业计划.xlsx" % (d.year, d.year, d.month), work_plan(co, d, False))
    for i in range(1):
        c.rec(lambda d: JS + "维修作业计划/%d年/%d年%d月维修作业计划及兑现表.xlsx" % (d.year, d.year, d.month), lambda d: work_plan(co, d, True))
    # 天窗登销记, 变更申请审批单
    for i in range(r.randint(1, 2)):
        c.rec(lambda d: WG + "天窗作业登销记/%s维修天窗作业登销记簿%s.xlsx" % (yr(d), ym(d)), lambda d: window_book(co, d, True))
    d = date(2026, 11, r.randint(2, 20))
    put(WG + "天窗作业登销记/2026年/维修天窗作业登销记簿202611（本月在用）.xlsx", window_book(co, d, False))
    for i in range(1):
        c.rec(lambda d: WG + "变更管理/%s变更申请审批单BG%s.pdf" % (yr(d), ymd(d)), lambda d: change_form(co, d, True), **c.scan)
    d = co.fresh()
    put(WG + "变更管理/%s变更申请审批单（待审批）.docx" % yr(d), change_form(co, d, False))
    # 值班日志 (scans), 交接班记录
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(WG + "值班日志/%s值班日志%s.pdf" % (mo(d), ymd(d)), duty_log(co, d, r.random() < 0.6), **c.scan)
    d = co.fresh()
    put(r.choice([KP, WL]) + "%s/交接班记录/%s交接班记录簿扫描件.pdf" % (r.choice(areas), yr(d)), handover(co, d), **c.scan)
    # 故障: 登记簿, 三不放过 分析, 硬件故障统计
    c.rec(lambda d: WG + "故障登记/信息系统故障（中断）登记簿%d.xlsx" % d.year, lambda d: outage_book(co, d))
    for i in range(r.randint(1, 2)):
        c.rec(lambda d: "安全科/故障分析/%s%s故障分析报告.docx" % (yr(d), ymd(d)), lambda d: fault_report(co, d))
    hw_old = "hw_old" in H
    c.rec(lambda d: WL + "%s网络安全设备硬件故障统计表.xlsx" % yr(d), lambda d: hw_stats(co, d), old=hw_old)
    if hw_old:
        put(WL + "2026年/网络安全设备硬件故障统计表.xlsx", Doc("hw_stats", "硬件故障统计表", co.fresh(), [], True, sheets=[
            ("统计", [["网络安全设备硬件故障统计表（2026年）"], ["序号", "日期", "设备", "故障部件", "处理方式", "影响时长"]])]))
    # 报修工单 exports: at least one with the 响应时间 column
    resp = [r.random() < 0.7 for _ in range(2)]
    if not any(resp):
        resp[0] = True
    for rs in resp:
        c.rec(lambda d: WG + "工单导出/%s报修工单导出_%s.xlsx" % (yr(d), ymd(d)), lambda d: tickets(co, d, rs))
    # 运行质量分析 月报
    months = sorted(r.sample(range(2, 12), r.randint(2, 3)))
    flags = []
    for m in months:
        flags.append(["monthly_notrend" not in H and r.random() < 0.8, "no_data" not in H and r.random() < 0.4, r.random() < 0.6])
    if "monthly_notrend" not in H and not any(f[0] for f in flags):
        flags[0][0] = True
    for m, (tr, da, av) in zip(months, flags):
        d = date(2026, m, r.randint(3, 12))
        nm = r.choice(["%d年%d月信息系统运行质量分析" % (2026, m - 1), "运行质量分析%d.%02d" % (2026, m - 1), "%d年%02d月运行质量分析（定稿）" % (2026, m - 1)])
        put(JS + "运行质量分析/2026年/%s.%s" % (nm, r.choice(["docx", "pdf", "docx"])),
            quality_monthly(co, d, tr, da, av))
    if "aplan" not in H:
        d = co.fresh()
        put(JS + "可用性管理/%d年信息系统可用性保障计划.docx" % d.year, avail_plan(co, d))
    c.rec(lambda d: JS + "知识库/故障处理案例库导出_%s.xlsx" % ymd(d), lambda d: kb_export(co, d, "kb_empty" not in H))
    # 设备台账, 配置库, 配置项维护, 采集, 基线
    c.rec(lambda d: JS + "设备台账/信息设备台账_%s.xlsx" % ymd(d), lambda d: asset_book(co, d))
    if r.random() < 0.5:
        d = co.fresh()
        put("个人/%s/设备台账/Book1.xlsx" % co.p(2), asset_book(co, d))
    if "cmdb" not in H:
        c.rec(lambda d: JS + "配置管理/CMDB导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, True))
    if "ci" not in H:
        c.rec(lambda d: JS + "配置管理/%s配置项维护登记.xlsx" % yr(d).rstrip("/"), lambda d: ci_changes(co, d))
    c.rec(lambda d: "网络安全中心/信息采集/%s网络安全信息采集记录.xlsx" % yr(d), lambda d: collect_sheet(co, d, ["config", "traffic", "status"]),
          old="collect_old" in H)
    d = co.issued()
    put("网络安全中心/安全基线/信息系统安全配置基线.xlsx", baseline(co, d))
    # 系统车间: 数据库备份 and 视频会议 records, real and proving nothing
    d = co.fresh()
    rows = [[back(d, i).isoformat(), co.sys(i % 3), "全量" if i % 7 == 0 else "增量", "成功", co.p(3)] for i in range(10)]
    if r.random() < 0.5:
        rows = []
    if rows:
        put(XT + "%s数据库备份检查记录%s.xlsx" % (yr(d), ym(d)), book("db_backup", "数据库备份检查记录（%d年%d月）" % (d.year, d.month), d, True,
                                                          [("备份", ["日期", "系统", "类型", "结果", "检查人"], rows, [])]))
    d = co.fresh()
    rows = [[back(d, 5 * i).isoformat(), r.choice(["集团公司安全生产电视电话会议", "交班会", "春运工作会", "防洪工作会"]),
             r.randint(20, 90), "正常", co.p(4)] for i in range(6)]
    put(XT + "视频会议/%s视频会议保障记录.xlsx" % yr(d), book("vc", "视频会议保障记录", d, True,
                                                       [("保障", ["日期", "会议", "分会场数", "保障情况", "保障人"], rows, [])]))


def lay_security(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    AQ = "网络安全中心/"
    for i in range(r.randint(1, 2)):
        c.rec(lambda d: AQ + "日志审计/%s%d年第%d季度日志审计分析报告.%s" % (yr(d), d.year, quarter(d), r.choice(["docx", "pdf"])),
              lambda d: log_audit(co, d))
    n_notice = r.randint(2, 3)
    fulls = [("notice_partial" not in H) and r.random() < 0.65 for _ in range(n_notice)]
    if "notice_partial" not in H and not any(fulls):
        fulls[-1] = True
    for i, full in enumerate(fulls):
        d = co.fresh()
        n = d.month * 2 + i
        put(AQ + "预警通报/%s网络安全预警通报第%d期.%s" % (yr(d), n, r.choice(["docx", "pdf", "docx"])), warn_notice(co, d, n, full))
    for what in r.sample(["加强勒索病毒防范工作", "开展年度网络安全攻防演练", "做好重要时期网络安全保障工作"], 1):
        d = co.fresh()
        put("02所发文件/%s转发/关于转发国铁集团科技和信息化部关于%s的通知的通知.pdf" % (yr(d), what), forward_cover(co, d, what), **c.scan)
    c.rec(lambda d: AQ + "事件统计/%s网络安全事件统计分析表.xlsx" % yr(d), lambda d: sec_stats(co, d, True))
    d = co.fresh()
    put(AQ + "渗透测试/%d年度渗透测试工作计划.docx" % d.year, pentest_plan(co, d))
    c.rec(lambda d: AQ + "渗透测试/%s%s渗透测试报告.pdf" % (ymd(d), co.sys(1)), lambda d: pentest_report(co, d), old="pentest_old" in H)
    d = co.issued()
    put(AQ + "等级保护/%s定级报告.pdf" % co.sys(0), grading(co, d), **c.scan)
    d = co.issued()
    put(AQ + "等级保护/集团公司信息系统网络安全等级保护定级实施指南.docx", grading_guide(co, d))
    d = co.fresh()
    rows = [[i + 1, r.choice(["身份鉴别", "访问控制", "安全审计", "入侵防范", "数据备份恢复"]), r.choice(["中", "低", "高"]),
             r.choice(SHOPS), r.choice(["已整改", "整改中"])] for i in range(6)]
    put(AQ + "等级保护/%s等级测评问题整改台账.xlsx" % co.sys(0), book("mlps_fix", "等级测评问题整改台账", d, True,
                                                                [("台账", ["序号", "测评项", "风险", "责任车间", "状态"], rows, [])]))
    # 改造施工
    d = co.fresh()
    proj = "技术科/改造施工/%s%s升级改造/" % (ymd(d), co.sys(0))
    put(proj + "%s升级改造施工方案.docx" % co.sys(0), retrofit(co, d, "golive_notest" not in H, True))
    put(proj + "施工天窗申请单.pdf", retrofit_apply(co, d), **c.scan)
    if "compat" not in H:
        c.rec(lambda d: proj + "兼容性测试报告.docx", lambda d: compat(co, d), d=d - timedelta(days=r.randint(5, 20)))


def lay_emergency(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    YJ = "应急管理/"
    rec_ok = "no_recovery" not in H
    d = co.issued()
    ext = r.choice(["docx", "pdf"])
    put("01集团公司文件/%s关于印发信息系统突发事件应急预案的通知.%s" % (yr(d), ext),
        emergency_plan(co, d, rec_ok, rec_ok and r.random() < 0.5), **(c.scan if ext == "pdf" and r.random() < 0.5 else {}))
    if rec_ok:
        d = co.issued()
        put(YJ + "预案/%s灾难恢复预案.docx" % co.sys(0), dr_plan(co, d))
    d = co.issued()
    if "bcp_draft" in H:
        put(YJ + "业务连续性/信息系统业务连续性计划（征求意见稿）.docx", void(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(YJ + "业务连续性/信息系统业务连续性计划.pdf", bcp(co, d, r.random() < 0.6))
    d = co.fresh()
    if r.random() < 0.3:
        put("个人/%s/新建 Microsoft Word 文档 (%d).docx" % (co.p(1), r.randint(2, 6)), drill(co, d, "sec"))
    else:
        put(YJ + "演练/%d年/%s网络安全事件应急演练记录.docx" % (d.year, ymd(d)), drill(co, d, "sec"))
    if "drdrill" not in H:
        c.rec(lambda d: YJ + "演练/%d年/%s%s数据恢复演练记录.pdf" % (d.year, ymd(d), co.sys(0)), lambda d: drill(co, d, "dr"), **c.scan)
    d = co.fresh()
    put(YJ + "演练/%d年/%d年网络安全应急演练方案.docx" % (d.year, d.year), drill_scheme(co, d))
    d = co.fresh()
    put(YJ + "演练/%d年/关于开展%s数据恢复演练的通知.docx" % (d.year, co.sys(0)), drill_notice(co, d))


def lay_review(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    AK, TX = "安全科/", "体系管理/"
    score_only = "kpi_scoreonly" in H
    for i in range(2):
        d = date(2026, r.randint(2, 11), r.randint(2, 12))
        tg = (not score_only) and (i == 0 or r.random() < 0.5)
        nm = (AK + "质量考核/附件%d.docx" % r.randint(1, 4)) if r.random() < 0.25 else (AK + "质量考核/%s%d年%d月运维质量考核通报.docx" % (yr(d), d.year, d.month - 1 or 12))
        put(nm, quality_notice(co, d, tg))
    sn = r.randint(30, 600)
    for i in range(r.randint(1, 2)):
        chk = r.random() < 0.75
        c.rec(lambda d: (AK + "整改通知书/扫描件%04d.pdf" % (sn + i)) if i == 0 and r.random() < 0.5 else (AK + "整改通知书/%s整改通知书ZG%s.pdf" % (yr(d), ymd(d))),
              lambda d: rectify(co, d, chk), **c.scan)
    vs = [r.random() < 0.6 for _ in range(r.randint(2, 3))]
    if not any(vs):
        vs[0] = True
    for v in vs:
        d = co.fresh()
        put(AK + "安全风险研判/%s%d年%02d月安全风险研判报告.docx" % (yr(d), d.year, d.month), risk_judge(co, d, v))
    c.rec(lambda d: TX + "内部审核/%d年度内部审核报告.docx" % d.year, lambda d: internal_audit(co, d), old="ia_old" in H)
    d = co.fresh()
    put(AK + "上级检查/%s安全监察室检查通报.pdf" % ymd(d), safety_check(co, d), **c.scan)
    c.rec(lambda d: TX + "管理评审/%d年度管理评审会议纪要.docx" % d.year, lambda d: review_minutes(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]))
    if "audit_rule" not in H and r.random() < 0.5:
        d = co.issued()
        put(TX + "认证/ISO20000认证证书.pdf", iso_cert(co, d), **c.scan)
    c.rec(lambda d: TX + "持续改进/%d年度运维服务持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, "criteria" not in H))
    if not getattr(c, "improve_in_min", False) and "improve_pending" not in H:
        c.rec(lambda d: TX + "持续改进/改进机会评估表_%s.docx" % ymd(d), lambda d: improve_eval(co, d))
    if "itrack" not in H:
        c.rec(lambda d: TX + "持续改进/改进项目跟踪台账%d.xlsx" % d.year, lambda d: improve_track(co, d, True))
    if "aware_signin" in H:
        d = co.fresh()
        put("职教培训/%s%s《运维服务持续改进管理实施细则》学习签到表.xlsx" % (yr(d), ymd(d)), signin(co, d, "信息技术所运维服务持续改进管理实施细则"))
    else:
        c.rec(lambda d: "职教培训/%s%s持续改进专题宣贯签到及考试.xlsx" % (yr(d), ymd(d)), lambda d: awareness(co, d))
    c.rec(lambda d: AK + "%s%d年故障及不良情况专题分析.docx" % (yr(d), d.year), lambda d: defects(co, d), old="defects_old" in H)
    d = date(2026, 1, r.randint(8, 28))
    nm = r.choice(["综合办公室/工作总结/信息技术所2025年工作总结.docx", "综合办公室/工作总结/2025年工作总结（定稿）.docx",
                   "综合办公室/工作总结/2025年工作总结final.docx"])
    put(nm, year_report(co, d, "no_data" not in H, "forecast" not in H))
    if "forecast" in H or r.random() < 0.5:
        d = date(2025, 1, r.randint(8, 28))
        put("归档/2025年/信息技术所2024年工作总结.docx", year_report(co, d, True, True))


def lay_none(c):
    """Real railway documents that prove nothing the form asks for."""
    co, r, put = c.co, c.r, c.put
    d = co.fresh()
    put("安全科/问题库/安全生产信息平台问题库导出_%s.xlsx" % ymd(d), problem_pool(co, d))
    d = co.fresh()
    put("安全科/干部检查/%s干部下现场检查写实%s.xlsx" % (yr(d), ym(d)), cadre_check(co, d))
    for what, m in (("春运", 1), ("暑运", 7)):
        d = date(2026, m, r.randint(5, 20))
        put("运输保障/2026年%s/信息技术所2026年%s信息系统保障方案.docx" % (what, what), rush_plan(co, d, what))
        if r.random() < 0.75:
            d2 = d + timedelta(days=40 + r.randint(0, 20))
            put("运输保障/2026年%s/%s保障工作总结.docx" % (what, what), rush_summary(co, d2, what))
    if r.random() < 0.6:
        d = co.fresh()
        put("职教培训/%s技术比武/职业技能竞赛成绩表.xlsx" % yr(d), contest(co, d))
    d = co.fresh()
    b = [("title", "网络管理中心运行日报（%s）" % d.isoformat()), ("p", "报：所领导、技术科    值班员：%s" % co.p(5)),
         ("p", "一、运行情况：管内各信息系统运行正常，客票地区中心交易%d万笔，无故障延时。" % r.randint(20, 90)),
         ("p", "二、报修情况：受理站段报修%d件，已处理%d件。" % (r.randint(8, 30), r.randint(5, 8))),
         ("p", "三、天窗作业：今日登记%d项，均已销记。" % r.randint(1, 4))]
    put("网络管理中心/运行日报/%s运行日报%s.txt" % (yr(d), ymd(d)), Doc("daily", "运行日报", d, [], True, b),
        **({"encoding": "gb18030"} if r.random() < 0.6 else {}))


def archive(c):
    """Last year's copies under 归档/<year>/: genuine, a year older, stale."""
    co = c.co
    for name, factory, d in c.made:
        if co.rng.random() >= 0.14:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "归档/%d年/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        c.put(rel, factory(prev))


def decoys(c, lock_bytes, keys):
    co, r, H, put = c.co, c.r, c.H, c.put
    KH = "合资公司运维服务/%s/" % co.ar["cust"]
    # 空白表 / 模板
    put("网络车间/表格模板/信息设备巡检记录（空表）.xlsx",
        blank_sheet("信息设备巡检记录", co.fresh(), ["日期", "设备", "运行状态", "CPU", "内存", "告警", "巡检人"]))
    put("网络管理中心/天窗作业登销记/维修天窗作业登销记簿（空白）.xlsx",
        blank_sheet("维修天窗作业登销记簿", co.fresh(), ["登记号", "作业日期", "天窗时间", "作业内容", "影响范围", "作业负责人", "调度员",
                                                 "登记时间", "销记时间", "作业结果"]))
    put("网络管理中心/变更管理/信息系统变更申请审批单（模板）.docx",
        blank_paper("信息系统变更申请审批单", co.fresh(), ["变更内容", "影响范围", "测试情况", "回退方案", "审批意见", "实施结果"]))
    put(KH + "04满意度测评/运维服务满意度测评表（空白）.xlsx",
        blank_sheet("运维服务满意度测评表", co.fresh(), ["测评项", "非常满意", "满意", "一般", "不满意", "意见建议"], 6))
    put(KH + "02服务协议/信息化运维服务协议（范本）.docx",
        blank_paper("信息化运维服务协议（范本）", co.fresh(), ["第一条 服务范围", "第二条 运维方式", "第三条 服务级别及核心指标", "第四条 健康检查",
                                                      "第五条 费用及期限"]))
    if r.random() < 0.6:
        put("应急管理/演练/应急演练记录（模板）.docx", blank_paper("应急演练记录", co.fresh(), ["演练时间", "演练场景", "演练过程", "演练结果", "存在问题"]))
    if r.random() < 0.6:
        put("安全科/故障分析/故障分析报告（三不放过）模板.docx",
            blank_paper("故障分析报告", co.fresh(), ["故障概况", "处理经过", "原因分析（原因不清不放过）", "责任认定（责任不清不放过）",
                                                 "整改措施（措施不落实不放过）"]))
    # drafts
    if "bcp_draft" not in H and r.random() < 0.5:
        put("应急管理/业务连续性/信息系统业务连续性计划（征求意见稿）.docx", void(bcp(co, co.issued()), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put("个人/%s/信息化运维服务协议修订（送审稿）.docx" % co.p(0), void(agreement(co, d, True, True, True), "draft", "（送审稿）"))
    d = co.fresh()
    put("个人/%s/%d年持续改进计划（讨论稿）.docx" % (co.p(3), d.year + 1), void(improve_plan(co, d, True), "draft", "（讨论稿）"))
    d = co.fresh()
    put("个人/%s/管理评审纪要初稿.docx" % co.p(0), void(review_minutes(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]), "draft", "（初稿）"))
    if "ola" in H:
        d = co.fresh()
        put("个人/%s/车间间运维协同约定（讨论稿）.docx" % co.p(0), void(ola(co, d), "draft", "（讨论稿）"))
    # 作废 / 已废止
    d = date(2019, 6, 12)
    put("应急管理/预案/作废/信息系统突发事件应急预案（2019版）作废.pdf", void(emergency_plan(co, d, True, True), "obsolete", "（作废）"), **c.scan)
    d = date(2021, 4, 20)
    put("03规章制度/已废止/问题管理实施细则（2021版，已废止）.docx", void(reg_doc(co, d, "wt"), "obsolete", "（已废止）"))
    # the NAS recycle folder: copies of real documents
    nas = co.ar["nas"]
    if nas == "$RECYCLE.BIN":
        sid = "S-1-5-21-%d-%d-%d-%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(1000, 1300))
        rnd = lambda: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))  # noqa: E731
        bins = ["$RECYCLE.BIN/%s/$R%s.docx" % (sid, rnd()), "$RECYCLE.BIN/%s/$R%s.xlsx" % (sid, rnd()), "$RECYCLE.BIN/%s/$R%s.docx" % (sid, rnd())]
    else:
        bins = [nas + "/应急管理/%s数据恢复演练记录.docx" % co.sys(0), nas + "/网络管理中心/维修天窗作业登销记簿.xlsx",
                nas + "/体系管理/内部审核报告.docx"]
    put(bins[0], void(drill(co, co.fresh(), "dr"), "recycle bin"))
    put(bins[1], void(window_book(co, co.fresh(), True), "recycle bin"))
    put(bins[2], void(internal_audit(co, co.fresh()), "recycle bin"))
    # 学习签到 about 预案 / 办法, 规章目录, 管理评审通知, 自评估表 底稿
    for what in r.sample(["信息系统突发事件应急预案", "信息系统变更及维修天窗作业管理办法", "网络安全事件报告和处置管理办法"], 2):
        if r.random() < 0.85:
            d = co.fresh()
            put("职教培训/%s%s《%s》学习签到表.xlsx" % (yr(d), ymd(d), what), signin(co, d, what))
    put("03规章制度/信息技术所现行有效规章目录.docx", reg_index(co, co.fresh(), keys))
    d = co.fresh()
    put("体系管理/管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    put("资质申报/CCRC/自评估表（工作底稿）.xlsx", ccrc_sheet(co, co.fresh()))
    # unrelated
    for i in sorted(r.sample(range(len(UNREL)), 2)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    # lock files, empty files, an image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(("#recycle", ".recycle", "$RECYCLE"))]
    for rel in office[5:130:24]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(2)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw("网络管理中心/值班日志/2026年/新建 XLSX 工作表.xlsx", b"", "empty file")
    raw("网络安全中心/日志审计/2026年/新建 DOCX 文档.docx", b"", "empty file")
    raw("合资公司运维服务/%s/04满意度测评/2026年下半年运维服务满意度测评报告.docx" % co.ar["cust"], b"", "empty file")
    raw("客票车间/%s/扫描件%s.pdf" % (co.ar["areas"][0], ymd(co.fresh())), MIN_PDF, "image-only scan without a text layer")
