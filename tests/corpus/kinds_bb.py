# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_bb.py - style BB: the 数字化中心 (信息中心) of a provincial 出版传媒集团.

An author voice for the accuracy corpus, used only by the BB shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py, kinds_ar.py's mechanics and the README's ground-truth and Style AR
sections; never the rules, the sources or a score).

The company: the 数字化中心 (挂 信息中心 牌子) of a 省出版传媒集团有限公司.  It runs the group's 数据中心 and 集团网,
the 协同办公/OA and 邮件, the 新华书店 连锁ERP and the 门店 POS 收银 network (书城, 县级门店, 校园书店 over VPN), the
数字出版平台 (电子书/有声书 发布, 内容审核), the 报刊社's 全媒体采编发系统 and the 印务公司's ERP/MES, with 综合科,
基础设施科 (机房/网络/安全设备), 应用运维科 (ERP/POS/数字出版), 网络安全科 (also 内容安全), a 7×24 运维服务台 (the
服务热线) and a 驻场 运维服务商.  It serves the 成员单位 (出版社, 报刊社, 新华书店, 印务公司, 数字传媒公司) under
信息化运维服务协议; one 成员单位 per share is the form's customer.

How its people write (a publishing group writes like a 国有文化企业):
- 集团 文件 (X出集〔2026〕N号) with 红头, 主送 各出版单位、各子公司、集团各部门, the notice 现将《…》印发给你们 and
  the 集团办公室 印发 line; 中心 文件 (X出数〔2026〕N号) that 印发 规定 the same way; some 规定 filed bare with a 编号
  (SZZX-GL-nn); the 《数字化中心信息化运维管理制度汇编（YYYY年修订）》 whose 篇 are several 规定; 作业指导书 (SZZX-ZY-nn);
- 运维记录 workbooks by month (one sheet per record kind), 门店POS 巡检表 by 门店, 系统中断登记, 工单 and 变更台账 exports,
  运维月报 with chapters, 年度工作总结, 安全通告, 日志审计 季报, 等保, 渗透测试;
- 成员单位运维服务/<unit>/ 01需求调研 02服务协议 03健康检查 04满意度 05月报; 请示 with the 预算表 as 附件1;
- 秋季/春季 教材发行 保障, 全民阅读/书展 保障, 主任办公会 纪要, 集团 网信领导小组, 意识形态/内容安全 (prove nothing);
- names: 文号, 20260314, 2026.3.14, 2026年3月, （终稿）, v2, _改, " - 副本", 扫描件003.pdf, 附件1.xlsx, Book1.xlsx,
  新建 Microsoft Word 文档.docx, 微信/QQ 接收文件; 归档/2025年; 个人/<name>; a recycle folder.

Judgement calls of this voice (also in README.md):
- a 集团/中心 文件 filed whole is the 规定 it 印发; split, the 正文 is a decoy that cites it; the 汇编 proves what its 篇
  write; the 信息化运维管理办法 proves 10/pdca only with its 管理模式 chapter;
- the 网络安全事件管理办法 proves 30, 31/incident-process and 34 (分类分级, 报告, 处置, 应急响应, 事后处理);
- a 作业指导书 of one module is 24's work instruction and 11's manual;
- the monthly 运维记录 workbook proves each record kind whose sheet has rows (安全设备巡检 → 44/inspection, 45/monitoring,
  14/maintenance; 病毒查杀 → 44/virus-scan, 45/antivirus, 14/maintenance; 日常维护 → 14/44 maintenance; 故障处理 → 44/faults;
  升级更新 → 44/upgrades); its 机房环境 sheet proves nothing; the 门店POS 巡检表 checks the 门店 VPN 网关 (44/inspection,
  45/monitoring); only the 硬件故障统计表 is 14/hardware-faults;
- the 运维月报 proves 50 with its 趋势 chapter, 56 with the ten-indicator table, 18/22's report with its 可用性 chapter; the
  年度工作总结 proves 56 and 71 only with those chapters;
- the 主任办公会纪要 proves each decision it records (28 接口人, 48 服务台, 67 scored and approved 改进项);
- onboarding documents (1-4), plans, procedures, 定级报告 and agreements do not age; records must be within a year.
"""

from datetime import date, timedelta

from kinds import Doc

BB_INFO = {
    "bb1": dict(group="江澜出版传媒集团有限公司", gs="江澜出版集团", pre="江出", prov="江澜省", cust="江澜新华书店",
                stores=("澜州购书中心", "澜州新华书城", "临江县新华书店", "澜州大学校园书店"), itsm="运维服务管理平台（ITSM）",
                hotline="0571-8890", nas="#recycle",
                holes={"budget_tpl", "ola_draft", "pdca", "kb_empty", "pentest_old", "devplan_draft", "trend", "bcp_draft",
                       "no_followup", "criteria", "aware_signin", "forecast_old"}),
    "bb2": dict(group="秦岳出版传媒集团有限公司", gs="秦岳出版集团", pre="秦出", prov="秦岳省", cust="秦岳印务",
                stores=("岳京图书大厦", "岳京新华书城", "西塬县新华书店", "秦岳师大校园书店"), itsm="IT服务管理系统",
                hotline="029-8661", nas=".recycle",
                holes={"survey_notime", "hist_noanalysis", "kpis", "compat_tpl", "no_problem", "cmdb_norel", "no_drdrill",
                       "desk_train", "ia_old", "defects_old", "no_request"}),
    "bb3": dict(group="闽瓯出版传媒集团有限公司", gs="闽瓯出版集团", pre="闽出", prov="闽瓯省", cust="闽瓯少年报刊社",
                stores=("瓯宁书城", "瓯宁新华文创店", "南屿县新华书店", "瓯江学院校园书店"), itsm="蓝鲸运维平台",
                hotline="0591-8712", nas="$RECYCLE.BIN",
                holes={"meeting_noagree", "no_outsourcing", "hw_old", "no_roles", "aplan", "iface_pending", "no_recovery",
                       "notice_partial", "kpi_old", "no_itrack", "grading_nocriteria"}),
    "bb4": dict(group="朔川出版传媒集团有限公司", gs="朔川出版集团", pre="朔出", prov="朔川省", cust="朔川数字传媒",
                stores=("朔安图书城", "朔安新华书店中心店", "北原县新华书店", "朔川理工校园书店"), itsm="ITSM工单系统",
                hotline="0351-8725", nas="#recycle",
                holes={"auto_none", "catalog_base", "golive_notest", "slm_draft", "health_old", "no_ci", "monthly_notrend",
                       "no_data", "mr_partial", "no_auditproc", "capa_unverified", "no_opps"}),
}

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


def back(d, n):
    return d - timedelta(days=n)


def anyd(co, d):
    f = co.rng.randint(0, 5)
    if f <= 1:
        return cnd(d)
    if f == 2:
        return d.isoformat()
    if f == 3:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if f == 4:
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    return "%d年%02d月%02d日" % (d.year, d.month, d.day)


def q(d):
    return (d.month - 1) // 3 + 1


class Sec:
    """A document written part by part; a part lends its items only when it is written."""

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
        elif self.num == "zhang":
            h = "第%s章 %s" % (han(self.n), heading)
        else:
            h = "（%s）%s" % (han(self.n), heading)
        self.blocks.append(("h1", h))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items)), record, self.blocks + list(tail))


def book(kind, title, d, record, sheets, note=None):
    """a workbook: (name, header, rows, items); a sheet without rows lends nothing"""
    out, items = [], []
    for name, header, rows, its in sheets:
        top = [[title]] + ([[note]] if note else [])
        out.append((name, top + [header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def void(doc, why, mark=None):
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
    return co.vp(i) if co.bb_outs else co.p(i + 2)


def zx(co):
    return co.bb["group"] + "数字化中心"


def blank_sheet(title, d, cols, n=10):
    rows = [[title], ["单位/门店：", "", "年    月"], cols] + [[""] * len(cols) for _ in range(n)]
    rows.append(["填表人：", "", "审核：", "", "日期："])
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", rows)], decoy="template")


def blank_paper(title, d, heads):
    b = [("title", title), ("p", "编号：__________    日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "（请填写）"), ("p", " ")]
    b.append(("p", "填写人：          部门负责人：          中心领导："))
    return Doc("blank", title, d, [], False, b, decoy="template")


# ------------------------------------------------------------------ 发文

def next_no(co, d, level):
    key = (level, d.year)
    co.bb_no[key] = co.bb_no.get(key, co.rng.randint(5, 40)) + co.rng.randint(1, 12)
    return "%s%s〔%d〕%d号" % (co.bb["pre"], "集" if level == "ji" else "数", d.year, co.bb_no[key])


def red_top(co, d, subject, level):
    no = next_no(co, d, level)
    issuer = co.bb["group"] + "文件" if level == "ji" else zx(co) + "文件"
    to = "集团各出版单位、各子公司，集团各部门：" if level == "ji" else "中心各科室，驻场运维服务商："
    return [("big", issuer), ("p", no), ("title", subject), ("p", to)], no


def colophon(co, d, level):
    org = co.bb["group"] if level == "ji" else zx(co)
    return [("p", org), ("p", sign_date(d)), ("p", co.rng.choice(["（此件不公开）", "（此件依申请公开）", "（此件公开发布）"])),
            ("p", "抄送：集团领导，%s。" % ("省委宣传部出版处" if level == "ji" else "集团办公室、审计与风控部")),
            ("p", "%s办公室            %s印发" % (org if level == "ji" else co.bb["group"], cnd(d + timedelta(days=co.rng.randint(0, 3)))))]


# key: (name, level, [(chapter, [articles], items, tag)]); level ji = 集团 办法, zx = 中心 规定 by 中心 文件, bare = 编号 only
REGS = {
    "yw": ("信息化运维管理办法", "ji", [
        ("总则", ["为规范集团信息化运行维护工作，保障出版、发行、印务、报刊和数字出版业务系统安全稳定运行，依据国家有关网络安全法律法规和"
                 "集团信息化管理规定，制定本办法。",
                 "本办法适用于集团本部及各成员单位信息系统、网络和数据中心的运维工作，集团数字化中心为运维实施主体。"], [], None),
        ("管理模式", ["集团信息化运维实行策划、实施、监视评审、持续改进（PDCA）的闭环管理：每年初数字化中心根据成员单位需求和集团信息化"
                   "规划编制运维服务目录和年度运维工作计划（策划）；",
                   "各科室按本办法及配套规定、作业指导书提供运维服务并保留记录（实施）；",
                   "通过运维月报、KPI考核、内部审核、管理评审和成员单位满意度测评对运维工作进行监视与评审（监视与评审）；",
                   "对发现的问题和未达成的目标制定纠正和预防措施，纳入年度持续改进计划并跟踪落实（持续改进）。"], ["10/pdca"], "pdca"),
        ("职责分工", ["集团办公室（网信办）是信息化运维的归口管理部门；数字化中心负责运维实施、监控、故障处理和技术支持；各成员单位指定"
                   "信息化联络员，负责本单位终端和门店设备的日常使用管理。"], [], None),
        ("运维服务内容", ["运维服务包括数据中心基础设施运维、网络与安全设备运维、应用系统运维、门店POS运维、数字出版平台运维和安全服务。"], [], None),
        ("附则", ["本办法由集团办公室负责解释，自印发之日起施行。"], [], None)]),
    "aq": ("网络安全事件管理办法", "ji", [
        ("总则", ["为及时处置网络安全事件，减少对出版发行业务和意识形态安全的影响，制定本办法。"], [], None),
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、信息内容安全事件、设备设施故障和其他事件；按影响范围和"
                     "程度分为特别重大、重大、较大和一般四级。数字出版平台、网站出现违规内容的，按信息内容安全事件处理。"], [], None),
        ("事件报告", ["发现人员应立即报告运维服务台，服务台登记后报网络安全科；较大及以上事件30分钟内报告中心主任、集团网信办和受影响的"
                   "成员单位，重大及以上事件按规定报告省委网信办和省新闻出版局。"], ["30/reporting-process"], None),
        ("事件处置", ["网络安全科组织确认与定级，按“先遏制、后消除、再恢复”的原则处置：隔离受影响主机或下线违规内容、清除有害程序、"
                   "修复漏洞、恢复业务并验证。"], ["30/response-process", "31/incident-process"], None),
        ("应急响应", ["较大及以上事件启动《网络安全事件应急预案》，成立应急工作组，按预案流程处置、恢复，事态消除后宣布应急结束。"],
         ["34/emergency-process"], None),
        ("事后处理", ["事件处置完毕后5个工作日内形成事件报告，分析原因，落实整改，更新知识库和应急预案，并在运维月报中通报。"],
         ["34/incident-process"], None),
        ("附则", ["本办法自印发之日起施行。"], [], None)]),
    "wt": ("信息系统问题管理规定", "zx", [
        ("目的和范围", ["为查找并消除引起事件的根本原因、防止事件重复发生，制定本规定。适用于中心运维的全部信息系统。"], [], None),
        ("职责", ["问题经理由应用运维科副科长担任，负责问题的登记、分析组织和关闭；各科室技术骨干负责根因分析和解决方案。"], [], None),
        ("问题管理流程", ["问题识别（重复事件、重大事件、趋势分析）→登记→分类与优先级→根本原因分析→形成已知错误和解决方案→通过变更实施→"
                     "验证关闭。未关闭问题在每周运维例会上回顾。"], ["20/procedure", "37/procedure"], None)]),
    "zs": ("运维知识管理规定", "zx", [
        ("目的", ["积累运维经验，建立和维护运维知识库，提高事件和问题的解决效率。"], [], None),
        ("知识的提交、审核与发布", ["事件、问题处理完毕后由处理人提交知识条目，科室负责人审核后在知识库发布；知识管理员每季度复核，过时条目"
                             "予以废止。"], ["21/procedure"], None)]),
    "sj": ("运维事件管理规定", "zx", [
        ("目的", ["尽快恢复正常服务，降低事件对出版、发行和门店营业的影响。"], [], None),
        ("事件管理流程", ["事件经服务热线、工单、监控告警受理后登记→分类分级→一线处理→升级二线或厂商→解决恢复→回访关闭。门店收银中断"
                     "列为一级事件，15分钟内响应。"], ["49/incident-procedure"], None)]),
    "qq": ("服务请求管理规定", "zx", [
        ("目的", ["规范成员单位信息安全服务请求的受理、审批、实施和关闭。"], [], None),
        ("服务请求流程", ["账号开通与注销、权限变更、VPN开通、防火墙策略开通、数据导出等服务请求由申请人在工单系统提交→服务台登记→"
                     "所在单位审批→中心实施→申请人确认关闭。"], ["49/request-procedure"], None)]),
    "bg": ("运维变更管理规定", "zx", [
        ("目的和范围", ["对运维实施过程中方案、资源和配置的变更进行有效控制。适用于网络、安全设备、服务器、数据库、应用版本的变更。"], [], None),
        ("变更流程", ["变更申请（填写变更内容、影响范围、测试情况、回退方案）→风险评估→变更审批（重大变更经变更评审会）→实施→验证→关闭并"
                   "登记变更台账；发行季、书展等重要保障期间原则上冻结变更。"], ["54/procedure"], None)]),
    "fw": ("服务级别管理规定", "zx", [
        ("目的", ["规范运维服务级别的策划、协商、签订、监视和评审。"], [], None),
        ("服务级别管理流程", ["识别成员单位需求→制定服务目录和服务级别→与成员单位协商签订运维服务协议→每月统计服务级别达成情况→每季度与"
                       "成员单位评审并改进。"], ["39/slm-procedure"], None)]),
    "gj": ("持续改进管理规定", "zx", [
        ("改进来源", ["内部审核、管理评审、成员单位投诉和满意度测评、事件和问题分析、KPI未达成。"], [], None),
        ("改进流程", ["识别改进机会并登记→评估收益、成本和风险→中心主任批准→实施→测量效果→在管理评审中报告；全过程在改进台账中"
                   "记录。"], ["65/procedure"], None)]),
    "ns": ("运维服务内部审核规定", "zx", [
        ("目的", ["按计划的时间间隔验证运维服务管理体系符合标准要求、成员单位要求，并得到有效实施和保持。"], [], None),
        ("内部审核要求", ["每年至少开展一次覆盖全部过程的内部审核；审核员经培训，不审核本科室工作；流程为年度审核方案→审核计划→首次会议"
                     "→现场审核→不符合报告→末次会议→纠正措施跟踪验证。"], ["61/audit-system", "62/audit-mechanism"], None)]),
    "jc": ("运维服务监视与测量规定", "zx", [
        ("监视内容", ["服务级别达成率、成员单位满意度、投诉与建议、运维KPI。"], [], None),
        ("监视方法", ["服务台每月统计KPI，网络安全科每季度回访成员单位，未达成目标的由责任科室填写纠正预防措施单。"],
         ["61/monitoring-process", "62/monitoring-process"], None)]),
    "yf": ("预防措施管理规定", "bare", [
        ("目的", ["采取预防措施，消除潜在不符合的原因，防止其发生。"], [], None),
        ("要求", ["潜在不符合来源于趋势分析、巡检隐患和风险评估；预防措施经科室负责人批准后实施，一个月内验证有效性并记录。"],
         ["66/preventive-actions"], None)]),
    "px": ("安全培训服务工作规范", "bare", [
        ("适用范围", ["适用于中心为成员单位提供的网络安全意识和技能培训服务。"], [], None),
        ("工作流程", ["培训需求调研→制定培训计划→课件编写与审核→组织培训并签到→考核→效果评估→资料归档。"], ["31/training-process"], None)]),
    "st": ("渗透测试工作规范", "bare", [
        ("适用范围", ["适用于对集团网站群、数字出版平台、网上书城及APP的渗透测试。"], [], None),
        ("工作流程", ["取得成员单位书面授权→确定范围与测试窗口→信息收集→漏洞发现与验证→编写报告→督促整改→复测。测试中禁止使用可能"
                   "造成拒绝服务或数据破坏的手段。"], ["31/pentest-process"], None)]),
}


def reg_code(co, key):
    return "SZZX-GL-%02d" % (list(REGS).index(key) + 1)


def reg_body(co, key, drop=()):
    name, level, chaps = REGS[key]
    b, items, n = [], [], 0
    art = 0
    for head, arts, its, tag in chaps:
        if tag and tag in drop:
            continue
        n += 1
        b.append(("h1", "第%s章 %s" % (han(n), head)))
        for a in arts:
            art += 1
            b.append(("p", "第%s条 %s" % (han(art), a.format(itsm=co.bb["itsm"], cust=co.customer))))
        items += its
    return b, items


def reg_full(co, key):
    name, level, _ = REGS[key]
    return (co.bb["gs"] if level == "ji" else "数字化中心") + name


def reg_doc(co, d, key, drop=(), split=None):
    name, level, _ = REGS[key]
    body, items = reg_body(co, key, drop)
    if level == "bare":
        b = [("title", reg_full(co, key)), ("table", [["文件编号", reg_code(co, key), "版本", "V%d.%d" % (co.rng.randint(1, 2), co.rng.randint(0, 3))],
                                                    ["编制", co.p(2), "审核", co.p(0)], ["批准", co.boss, "发布日期", anyd(co, d)]])] + body
        doc = Doc("reg:" + key, name, d, sorted(set(items)), False, b)
        doc.bb_no = reg_code(co, key)
        return doc
    full = reg_full(co, key)
    top, no = red_top(co, d, "关于印发《%s》的通知" % full, level)
    cover = top + [("p", "现将《%s》印发给你们，请认真贯彻执行。执行中如有问题，请及时反馈%s。" % (full, "集团办公室（网信办）" if level == "ji" else "中心综合科")),
                   ("p", "附件：%s" % full)] + colophon(co, d, level)
    if split == "main":
        doc = Doc("reg_main", "关于印发《%s》的通知" % full, d, [], False, cover, decoy="notice that only cites the 规定 it issues")
    else:
        doc = Doc("reg:" + key, name, d, sorted(set(items)), False, cover + [("break",), ("title", full), ("p", "文件编号：%s" % reg_code(co, key))] + body)
    doc.bb_no = no
    return doc


def compilation(co, d, keys, drop):
    b = [("p", zx(co)), ("title", "数字化中心信息化运维管理制度汇编（%d年修订）" % d.year), ("p", "综合科 编    %s" % cnd(d)),
         ("p", "内部资料 注意保存"), ("break",), ("h1", "修订记录")]
    rows = [["版次", "修订说明", "修订人", "日期"]]
    hist = [("2021版", "首次汇编", date(2021, 3, 20)), ("2022年修订", "增加门店POS运维规定", date(2022, 4, 20)),
            ("%d年修订" % (d.year - 1), "机构调整后修订", date(d.year - 1, 5, 20)), ("%d年修订" % d.year, "年度修订", d)]
    for i, (v, what, when) in enumerate(hist):
        rows.append([v, what, co.p(i), when.isoformat()])
    b += [("table", rows), ("h1", "目  录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "第%s篇  %s ………… %d" % (han(i), reg_full(co, k), 1 + 6 * i)))
    items = []
    for i, k in enumerate(keys, 1):
        body, its = reg_body(co, k, drop)
        b += [("break",), ("h1", "第%s篇 %s" % (han(i), reg_full(co, k)))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("compilation", "运维管理制度汇编", d, sorted(set(items)), False, b)


OPS = {
    "pos": ("新华书店门店POS系统巡检作业指导书", ["检查门店VPN网关在线状态和隧道延迟", "检查POS收银终端与ERP前置机的同步队列", "核对日结数据上传情况",
                                         "检查钱箱、扫码枪、小票打印机", "填写门店POS巡检表，异常提交工单"]),
    "fw": ("防火墙策略维护作业指导书", ["登录堡垒机后访问防火墙管理界面", "导出当前配置并与基线比对", "清理超过90天未命中的策略（需变更单）",
                                "核对NAT和VPN策略", "保存配置并上传配置库"]),
    "szcb": ("数字出版平台内容发布运维作业指导书", ["确认发布单已通过三审三校并由编辑部签发", "在预发布环境验证电子书/有声书文件",
                                          "执行发布并检查CDN刷新", "抽检前台展示与内容审核标记", "记录发布日志"]),
    "db": ("数据库备份与恢复作业指导书", ["检查ERP、采编系统数据库备份任务执行结果", "每月抽取一个备份在恢复测试环境还原", "核对恢复后的数据条数",
                                   "填写备份恢复测试记录"]),
    "ld": ("漏洞扫描作业指导书", ["确认扫描授权和扫描窗口（避开门店营业高峰）", "配置扫描策略并执行", "复核高危漏洞，排除误报", "出具扫描报告并派发整改工单"]),
}


def ops_guide(co, d, key, code=None):
    name, steps = OPS[key]
    b = [("title", name), ("table", [["文件编号", code or "SZZX-ZY-%02d" % (list(OPS).index(key) + 1), "版本", "V1.%d" % co.rng.randint(0, 4)],
                                     ["编制", co.p(3), "审核", co.p(1)], ["批准", co.boss, "实施日期", anyd(co, d)]]),
         ("h1", "1 适用范围"), ("p", "本指导书适用于数字化中心运维人员及驻场运维人员的%s作业。" % name.replace("作业指导书", "")),
         ("h1", "2 作业前准备"), ("p", "作业人员须持有堡垒机账号，作业前确认已登记工单或变更单；门店作业须避开营业高峰（10:00-21:00）。"),
         ("h1", "3 作业步骤")] + [("p", "3.%d %s；" % (i, s)) for i, s in enumerate(steps, 1)] + [
         ("h1", "4 风险提示"), ("p", "误操作可能导致门店收银中断或内容误发布，重要步骤须双人复核。"),
         ("h1", "5 记录"), ("p", "作业完成后填写相应记录表，归档至运维服务管理平台。")]
    return Doc("ops_guide", name, d, ["24/work-instructions", "11/manuals"], False, b)


def ops_book(co, d, keys):
    b = [("p", zx(co)), ("title", "数字化中心运维作业指导书汇编（%d年）" % d.year), ("p", "%s" % cnd(d)), ("break",), ("h1", "目录")]
    b += [("p", "%d. %s" % (i, OPS[k][0])) for i, k in enumerate(keys, 1)]
    for i, k in enumerate(keys, 1):
        name, steps = OPS[k]
        b += [("break",), ("h1", "%d. %s" % (i, name)), ("p", "编号：SZZX-ZY-%02d" % (list(OPS).index(k) + 1))]
        b += [("p", "（%d）%s" % (j, s)) for j, s in enumerate(steps, 1)]
    return Doc("ops_book", "作业指导书汇编", d, ["24/work-instructions", "11/manuals"], False, b)


# ------------------------------------------------------------------ 组织 (9, 18/23, 28, 48)

def leading_group(co, d, outs):
    top, no = red_top(co, d, "关于调整集团网络安全和信息化领导小组及其工作机构的通知", "ji")
    b = top + [("p", "因人事变动，经集团党委研究，决定调整集团网络安全和信息化领导小组及其工作机构。现将有关事项通知如下："),
               ("h1", "一、网络安全和信息化领导小组"),
               ("p", "组  长：%s（集团党委书记、董事长）；副组长：%s（集团总经理）；成员：集团办公室、出版管理部、财务部、各出版单位主要负责人。"
                % (co.boss, co.p(5))),
               ("p", "领导小组是集团网络安全和信息化工作的决策机构，审定网络安全方针、运维资源和重大事项。"),
               ("h1", "二、领导小组办公室（网信办）"),
               ("p", "设在集团办公室，主任由%s兼任，负责安全管理制度、监督检查和内部审核。" % co.p(1)),
               ("h1", "三、运维执行组"),
               ("p", "由数字化中心基础设施科、应用运维科、网络安全科和运维服务台组成%s，负责日常运维、巡检、安全服务和应急处置。"
                % ("，驻场运维服务商%s派驻人员纳入执行组统一管理" % co.vendor if outs else "")),
               ("table", [["机构", "角色", "人员", "单位"], ["领导小组", "组长", co.boss, co.bb["group"]],
                          ["网信办", "安全管理负责人", co.p(1), "集团办公室"], ["执行组", "组长", co.p(0), "数字化中心"],
                          ["执行组", "网络安全工程师", co.p(3), "数字化中心"]] +
                ([["执行组", "驻场运维工程师", co.vp(0), co.vendor], ["执行组", "驻场安全工程师", co.vp(1), co.vendor]] if outs else []))]
    b += colophon(co, d, "ji")
    its = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if outs else [])
    doc = Doc("leading_group", "网信领导小组调整通知", d, its, False, b)
    doc.bb_no = no
    return doc


def roster(co, d, outs):
    own = [[i + 1, co.p(i), ["中心主任助理", "网络安全工程师", "系统工程师", "网络工程师", "服务台坐席", "应用运维工程师"][i],
            ["综合科", "网络安全科", "基础设施科", "基础设施科", "运维服务台", "应用运维科"][i], "1%d%09d" % (co.rng.choice([3, 5, 8]), co.rng.randint(0, 10 ** 9 - 1)),
            co.rng.choice(["CISP", "软考中级", "HCIE", "—"])] for i in range(6)]
    ext = [[1, co.vp(0), "驻场运维工程师", co.vendor, "%s至今" % (d.year - 1), "门店POS、机房"],
           [2, co.vp(1), "驻场安全工程师", co.vendor, "%s至今" % d.year, "安全设备、日志审计"],
           [3, co.vp(2), "驻场DBA", co.vendor, "%s至今" % d.year, "ERP数据库"]] if outs else []
    return book("roster", "数字化中心运维人员花名册（%s）" % anyd(co, d), d, True,
                [("中心人员", ["序号", "姓名", "岗位", "科室", "手机", "证书"], own, ["9/staff-list"]),
                 ("驻场人员", ["序号", "姓名", "岗位", "单位", "驻场时间", "负责范围"], ext, ["9/outsourcing"])])


def role_sheet(co, d):
    rows = [["服务经理", "服务级别管理、成员单位沟通", "执行组/综合科", co.p(0)], ["安全管理员", "安全策略、日志审计、事件响应", "执行组/网络安全科", co.p(1)],
            ["系统管理员", "服务器、数据库、备份", "执行组/基础设施科", co.p(2)], ["网络管理员", "网络与安全设备运维、巡检", "执行组/基础设施科", co.p(3)],
            ["服务台坐席", "受理请求与事件、派单回访", "执行组/服务台", co.p(4)], ["配置管理员", "CMDB维护", "执行组/应用运维科", co.p(5)],
            ["审计员", "内部审核、操作审计", "网信办", co.p(1)]]
    return book("roles", "运维岗位及角色清单", d, False, [("角色", ["角色", "职责", "对应组织", "人员"], rows, ["18/roles", "23/roles"])],
                note="依据《网络安全和信息化领导小组及其工作机构》设置，%s" % cnd(d))


def iface_notice(co, d):
    top, no = red_top(co, d, "关于明确网络安全管理接口人的通知", "zx")
    b = top + [("p", "为做好与集团网信办、成员单位和省委网信办、省新闻出版局的网络安全工作对接，经中心主任办公会研究，明确%s（网络安全科科长，"
                     "CISP）为中心网络安全管理接口人，负责安全通报接收、安全检查配合、事件报告和安全管理文件传达；%s为B角。" % (co.p(1), co.p(3))),
               ("p", "联系电话：%s-%d" % (co.bb["hotline"], co.rng.randint(100, 999)))] + colophon(co, d, "zx")
    return Doc("iface", "接口人通知", d, ["28/interface-person"], False, b)


def desk_notice(co, d):
    top, no = red_top(co, d, "关于设立数字化中心运维服务台的通知", "zx")
    b = top + [("p", "为统一受理集团各单位和门店的报障与服务请求，中心设立运维服务台，设在基础设施科值班室，实行7×24小时值守。"),
               ("p", "服务热线：%s-%04d；工单入口：%s；邮箱：itsd@%s.com。" % (co.bb["hotline"], co.rng.randint(1000, 9999), co.bb["itsm"], co.short.lower())),
               ("p", "服务台职责：受理登记、初步处理、派单、跟踪督办、回访关闭；门店收银类报障优先处理。坐席：%s、%s。" % (co.p(4), co.p(5)))] + colophon(co, d, "zx")
    return Doc("desk", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [["培训主题", "服务台坐席岗前培训：事件受理与分级、门店POS常见故障、工单系统操作"], ["培训时间", anyd(co, d)], ["培训地点", "中心三楼会议室"],
            ["讲师", "%s、%s" % (co.p(0), co.p(2))], ["考核方式", "笔试+模拟接警"], ["考核结果", "%s 92分、%s 88分，合格" % (co.p(4), co.p(5))],
            ["签到", "%s  %s  %s" % (co.p(4), co.p(5), ven(co, 2))]]
    return Doc("desk_training", "服务台培训记录", d, ["48/training"], True, sheets=[("培训记录", [["运维服务台人员培训记录"]] + rows)])


def director_minutes(co, d, n, topics):
    """主任办公会纪要: proves each decision it records."""
    b = [("title", "数字化中心主任办公会议纪要"), ("p", "〔%d〕第%d期" % (d.year, n)),
         ("p", "%s，%s主持召开中心主任办公会。出席：%s、%s、%s；列席：各科室负责人。记录：%s。" % (cnd(d), co.boss, co.p(0), co.p(1), co.p(2), co.p(4)))]
    items = []
    k = 0
    for t in topics:
        k += 1
        h = "%s、" % han(k)
        if t == "iface":
            b += [("h1", h + "关于网络安全管理接口人"), ("p", "会议决定：由%s担任中心网络安全管理接口人，负责与集团网信办、成员单位及上级主管部门的安全管理"
                                                        "对接，%s为B角，自即日起履职。" % (co.p(1), co.p(3)))]
            items.append("28/interface-person")
        elif t == "iface_pending":
            b += [("h1", h + "关于网络安全管理接口人"), ("p", "会议讨论了接口人人选，因网络安全科科长岗位调整，接口人另行明确，暂由综合科代为对接。")]
        elif t == "desk":
            b += [("h1", h + "关于设立运维服务台"), ("p", "会议同意在基础设施科值班室设立运维服务台，7×24小时受理报障和服务请求，对外公布服务热线，"
                                                      "坐席由%s、%s担任。" % (co.p(4), co.p(5)))]
            items.append("48/service-desk")
        elif t == "improve":
            b += [("h1", h + "关于年度改进项目"), ("p", "会议听取了综合科关于改进机会的评估汇报（按成员单位影响40%、实施成本30%、风险30%评分），"
                                                    "批准按得分优先实施：门店POS断网续收改造（86分）、工单自动派单（74分）；知识库重构（58分）暂缓。"),
                  ("table", [["改进机会", "得分", "优先级", "决定"], ["门店POS断网续收", 86, "高", "批准"], ["工单自动派单", 74, "中", "批准"],
                             ["知识库重构", 58, "低", "暂缓"]])]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "jc":
            b += [("h1", h + "关于秋季教材发行保障"), ("p", "要求基础设施科、应用运维科做好教材发行高峰期间ERP和门店系统保障，8月15日起实行变更冻结。")]
        elif t == "party":
            b += [("h1", h + "关于党支部工作"), ("p", "传达集团党委关于意识形态工作责任制的要求，部署支部主题党日活动。")]
        else:
            b += [("h1", h + "关于近期重点工作"), ("p", "听取各科室工作汇报，要求加快数据中心UPS改造和网站群迁移。")]
    b.append(("p", "分送：中心领导、各科室。"))
    return Doc("minutes", "主任办公会纪要", d, sorted(set(items)), True, b)


# ------------------------------------------------------------------ 成员单位 (1-7, 15, 35, 36, 39, 41, 58, 63)

def survey(co, d, tm, sec):
    s = Sec("%s信息化运维服务需求调研报告" % co.customer).head(
        ("p", "调研单位：%s    调研时间：%s" % (zx(co), anyd(co, d))))
    s.part("调研背景", ["根据集团“十四五”文化数字化战略和%s%d-%d年信息化规划，中心与%s办公室、业务部门、分管领导座谈，并发放问卷%d份，形成本报告。"
                     % (co.customer, d.year, d.year + 2, co.customer, co.rng.randint(20, 60))])
    s.part("业务系统现状", ["%s：核心业务系统；%s：重要系统；%s：一般系统。" % (co.sys(0), co.sys(1), co.sys(2))])
    s.part("服务时间需求", ["%s要求7×24小时服务，门店营业时间（9:00-21:30）出现收银或出版发布中断须15分钟响应；秋季、春季教材发行期及书展期间"
                        "须驻场保障；%s为5×8小时（工作日8:30-17:30），非工作时间电话响应。" % (co.sys(0), co.sys(2)),
                        ("table", [["系统", "服务时段", "响应", "到场"], [co.sys(0), "7×24", "15分钟", "2小时"], [co.sys(1), "7×24", "30分钟", "4小时"],
                                   [co.sys(2), "5×8", "1小时", "次工作日"]])], ["1/survey"], on=tm)
    s.part("安全服务需求和类型", ["调研提出的安全服务需求：等级保护合规运维、漏洞扫描与渗透测试、网站和数字出版平台内容安全监测、日志审计、应急响应、"
                            "员工安全意识培训。按类型归为：安全评估类、安全防护运维类、应急保障类、咨询培训类。"], ["5/survey"], on=sec)
    s.part("结论", ["以上需求已与%s确认，作为服务协议和服务目录的输入。" % co.customer])
    return s.doc("survey", d, False, tail=[("p", "编写：%s    审核：%s" % (co.p(0), co.boss))])


def budget_sheet(co, d):
    rows = [[1, "数据中心及网络安全设备运维", 220, "驻场工程师1名", 1100, 242000, "%d-01起全年" % d.year],
            [2, "门店POS巡检及现场支持", 96, "运维工程师2名", 900, 86400, "每月一次，发行季加密"],
            [3, "健康检查", 16, "高级工程师", 1600, 25600, "每季度末"],
            [4, "漏洞扫描及渗透测试", 12, "安全工程师", 2200, 26400, "%d-06-30前" % d.year],
            [5, "应急响应及重要时期保障", 20, "应急小组", 1500, 30000, "按需"],
            ["", "合计", 364, "", "", 410400, ""]]
    return book("budget", "%s%d年度信息化运维服务预算表" % (co.customer, d.year), d, False,
                [("预算", ["序号", "工作内容", "工作量（人天）", "人力资源", "单价（元/人天）", "项目经费（元）", "项目节点"], rows, ["2/budget"])],
                note="编制：%s    审核：%s    日期：%s" % (co.p(0), co.boss, anyd(co, d)))


def budget_request(co, d):
    """请示: only mentions the 预算表 (its 附件1)."""
    b = [("title", "关于%s%d年度信息化运维服务经费的请示" % (co.customer, d.year)), ("p", "集团财务部："),
         ("p", "根据与%s签订的信息化运维服务协议，中心测算%d年度运维服务经费共计41.04万元，详见附件1《运维服务预算表》。妥否，请批示。" % (co.customer, d.year)),
         ("p", "附件：1.运维服务预算表  2.服务协议（复印件）"), ("p", "%s  %s" % (zx(co), cnd(d)))]
    return Doc("request_note", "经费请示", d, [], False, b, decoy="request letter that only mentions the budget")


def meeting(co, d, agreed):
    b = [("title", "%s信息化运维服务对接会会议纪要" % co.customer), ("p", "时间：%s 9:30    地点：%s二楼会议室" % (anyd(co, d), co.customer)),
         ("p", "参会：%s %s、%s；数字化中心 %s、%s" % (co.customer, co.cp(0), co.cp(1), co.p(0), co.p(2))),
         ("h1", "一、会议议题"), ("p", "讨论%d年度运维服务范围、驻场安排、门店巡检频次和月报方式。" % d.year)]
    if agreed:
        b += [("h1", "二、会议共识"), ("p", "1. 双方一致同意将%s、%s纳入运维范围；" % (co.sys(0), co.sys(1))),
              ("p", "2. 工作日安排1名工程师驻场，节假日远程值守，发行季加派1人；"), ("p", "3. 每月5日前提交运维月报，每季度健康检查一次。"),
              ("p", "以上事项双方达成一致，由中心据此起草服务协议。"), ("p", "双方签字：%s    %s" % (co.cp(0), co.p(0)))]
        its = ["3/communication"]
    else:
        b += [("h1", "二、讨论情况"), ("p", "%s提出驻场人数增加至2人、费用维持上年水平，中心表示需测算后答复；巡检频次双方意见不一，待下次会议再议。" % co.customer),
              ("p", "会后由中心提交补充方案。")]
        its = []
    return Doc("meeting", "对接会纪要", d, its, False, b)


def history(co, d, on):
    s = Sec("上一协议期运维数据分析及%d年保障方案" % d.year).head(("p", "编制：%s    日期：%s" % (co.p(0), anyd(co, d))))
    s.part("历史数据清单", [("table", [["序号", "数据名称", "来源", "时间范围", "数量"]] +
                                [[i, n, src, "%d.1-%d.12" % (d.year - 1, d.year - 1), co.rng.randint(60, 5000)] for i, (n, src) in enumerate(
                                    [("运维工单", co.bb["itsm"]), ("事件记录", co.bb["itsm"]), ("变更台账", "变更台账"), ("监控告警", "Zabbix"),
                                     ("安全日志", "日志审计系统"), ("门店巡检表", "文档库"), ("满意度测评", "文档库")], 1)])],
           ["4/history-list"], on="list" in on)
    s.part("数据分析", ["指标完成情况：系统可用率99.93%%，工单按时解决率96.1%%；违例操作：未经变更直接修改门店VPN网关配置3次，已通报；"
                     "重大事件：%d年9月教材发行高峰ERP数据库锁等待导致出库中断1.5小时；重大（失败）变更：ERP补丁升级失败回退1次。" % (d.year - 1)],
           ["4/analysis"], on="analysis" in on)
    s.part("保障策略及实施方案", ["根据上述分析：发行季前完成ERP数据库性能优化和变更冻结；门店VPN网关配置纳入变更管理；监控覆盖门店链路；"
                             "重要时期驻场2人。实施责任人%s，完成时间%d年7月底。" % (co.p(2), d.year)], ["4/strategy"], on="strategy" in on)
    return s.doc("history", d, False)


def agreement(co, d, modes=True, core=True, health=True):
    s = Sec("信息化运维服务协议", "zhang").head(
        ("p", "协议编号：%s-YWFW-%d-%02d" % (co.short, d.year, co.rng.randint(1, 20))),
        ("p", "甲方：%s    乙方：%s" % (co.customer, zx(co))))
    s.part("服务范围", ["乙方为甲方的%s、%s、%s及网络、安全设备提供运维服务。" % (co.sys(0), co.sys(1), co.sys(2))], ["39/sla"])
    s.part("运维方式", ["乙方采取驻场值守、定期巡检和远程值守相结合的方式：工作日1名工程师驻场；每月对门店和机房定期巡检一次；非工作时间由中心"
                     "运维服务台远程值守。"], ["35/sla"], on=modes)
    s.part("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s可用率" % co.sys(0), "≥99.9%"], ["一级事件响应", "15分钟"], ["一级事件恢复", "4小时"],
                                        ["门店收银中断恢复", "2小时"], ["满意度", "≥90分"]])], ["36/sla"], on=core)
    s.part("健康检查", ["乙方每季度对甲方安全设备和业务系统进行一次健康检查，以远程检查为主，发行季前现场检查一次，检查内容包括可用性、性能、"
                     "配置和容量，检查后5个工作日内提交报告。"], ["15/agreement"], on=health)
    s.part("费用与期限", ["年度服务费按集团核定预算执行；协议期限自%s起一年。" % cnd(d)])
    return s.doc("agreement", d, False, tail=[("p", "甲方（盖章）：%s    乙方（盖章）：%s" % (co.customer, zx(co))), ("p", "签订日期：%s" % anyd(co, d))])


def health_check(co, d, collect):
    s = Sec("%s%d年第%d季度健康检查报告" % (co.customer, d.year, q(d))).head(
        ("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["远程检查", "现场检查"]), anyd(co, d), co.p(2), ven(co, 0))))
    s.part("检查范围", ["防火墙、上网行为管理、VPN网关、%s、%s。" % (co.sys(0), co.sys(1))])
    s.part("可用性与持续性检查", [("table", [["对象", "可用率", "连续运行", "冗余", "结论"], ["出口防火墙", "100%", "%d天" % co.rng.randint(60, 300), "主备正常", "健康"],
                                          [co.sys(0), "99.97%", "%d天" % co.rng.randint(20, 120), "双机", "健康"],
                                          [co.sys(1), "99.9%", "%d天" % co.rng.randint(10, 90), "单机", "关注"]])],
           ["15/records", "46/records", "14/maintenance", "44/inspection"])
    s.part("安全信息采集", ["系统配置：导出防火墙、核心交换机配置，与基线比对差异2项已整改；", "流量信息：出口峰值%dMbps，门店VPN流量平稳；" % co.rng.randint(300, 900),
                         "系统状态：CPU、内存、磁盘、会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], on=collect)
    s.part("建议", ["%s建议增加冗余节点。" % co.sys(1)])
    return s.doc("health", d, True)


def csat(co, d, half):
    b = [("title", "%s运维服务满意度测评报告（%s）" % (co.customer, half)), ("p", "测评时间：%s    方式：问卷星问卷+电话回访" % anyd(co, d)),
         ("h1", "一、测评结果"), ("table", [["项目", "得分"], ["响应及时性", co.rng.randint(86, 97)], ["技术能力", co.rng.randint(85, 96)],
                                       ["服务态度", co.rng.randint(90, 99)], ["门店支持", co.rng.randint(82, 95)], ["综合满意度", co.rng.randint(88, 95)]]),
         ("h1", "二、满意度分析"), ("p", "服务态度评价最高；门店支持得分偏低，主要反映县级门店到场时间长。"), ("h1", "三、改进措施"), ("p", "县级门店增加远程支持工具。")]
    return Doc("csat", "满意度测评报告", d, ["41/surveys", "58/survey", "63/survey"], True, b)


def csat_trend(co, d):
    b = [("title", "成员单位满意度趋势分析（%d年）" % d.year), ("p", "编制：%s    %s" % (co.p(0), anyd(co, d))),
         ("table", [["期次", "综合满意度"], ["%d上半年" % (d.year - 1), 88], ["%d下半年" % (d.year - 1), 90], ["%d上半年" % d.year, 92]]),
         ("p", "趋势：连续三期上升，门店支持仍是短板，预计增加远程工具后下半年可达93分。")]
    return Doc("trend", "满意度趋势分析", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = [[back(d, 40 * i).isoformat(), co.customer if i % 2 == 0 else co.bb["stores"][i % 4], co.p(0), co.rng.choice(["电话", "上门"]),
             co.rng.choice(["满意", "希望门店报障响应更快", "满意，无意见"]), "已反馈科室"] for i in range(5)]
    return book("callbacks", "成员单位回访登记表（%d年）" % d.year, d, True,
                [("回访", ["回访日期", "单位", "回访人", "方式", "意见", "处理"], rows, ["63/follow-up-visits"])])


def svc_review(co, d, auto):
    s = Sec("以往运维解决方案及对生产影响分析报告").head(("p", "编制：%s    %s" % (co.p(0), anyd(co, d))))
    s.part("以往解决方案回顾", ["回顾%d年为各成员单位实施的方案%d项：ERP数据库优化、门店VPN改造、数字出版平台扩容、防火墙策略梳理等。" % (d.year - 1, co.rng.randint(20, 40))], ["7/impact-analysis"])
    s.part("对生产的影响分析", ["3项方案实施期间对门店收银有短时影响（最长18分钟），均在闭店后窗口；ERP补丁失败回退1次影响次日出库1小时。"], ["7/impact-analysis"])
    s.part("安全事件解决效率与可自动化服务", ["全年处理安全事件%d起，平均解决4.1小时，其中弱口令、病毒告警、门店VPN掉线等重复事件占58%%；建议将弱口令核查、"
                                   "病毒库版本核查、门店VPN自动重连检测和巡检报告生成实现自动化。" % co.rng.randint(80, 160)], ["7/automation"], on=auto)
    return s.doc("svc_review", d, True)


def requirements(co, d):
    b = [("title", "%s新建项目需求分析记录" % co.sys(1)), ("p", "日期：%s    记录：%s" % (anyd(co, d), co.p(2))),
         ("table", [["类别", "需求", "确认"], ["功能", "支持电子书/有声书批量发布和内容审核标记", "已确认"], ["性能", "并发阅读用户≥2万，页面响应≤2秒", "已确认"],
                    ["安全", "等保三级、内容安全过滤、WAF防护", "已确认"]]), ("p", "成员单位确认：%s" % co.cp(0))]
    return Doc("req", "需求分析记录", d, ["11/requirements"], True, b)


def catalog(co, d, parts):
    rows = [["服务类别", "服务项目", "内容", "方式"]]
    items = ["29/catalog"]
    if "base" in parts:
        items.append("12/catalog")
        rows += [["基础服务", "初始服务", "资产识别、配置项收集、运维流程导入", "现场"], ["基础服务", "安全设备运维", "防火墙、VPN网关、上网行为管理的维护与升级", "现场+远程"],
                 ["基础服务", "日常巡检服务", "机房、安全设备、门店POS巡检", "现场"], ["基础服务", "健康检查", "季度安全设备及业务系统健康检查", "远程"],
                 ["基础服务", "安全事件审计", "网络及安全设备、服务器、应用日志审计", "远程"]]
    if "l2" in parts:
        items.append("19/catalog")
        rows += [["扩展服务", "运维监控与分析", "7×24监控及月度趋势分析", "远程"], ["扩展服务", "终端安全监控", "终端防病毒、准入与违规外联监控", "远程"],
                 ["扩展服务", "等级保护合规性运维", "定级备案、测评配合与整改", "现场"]]
    if "l1" in parts:
        items.append("26/catalog")
        rows += [["高级服务", "安全通告及漏洞分析", "漏洞、病毒、厂商通告及政策法规动态", "远程"], ["高级服务", "应急响应服务", "7×24应急响应，重大事件2小时到场", "现场"]]
    return Doc("catalog", "服务目录", d, items, False, sheets=[("服务目录", [["数字化中心运维服务目录（%d版）" % d.year], ["发布日期：%s  批准：%s" % (anyd(co, d), co.boss)]] + rows)])


def vendor_contract(co, d):
    what = "乙方派驻工程师协助甲方完成机房、网络安全设备和门店POS运维。" if co.bb_outs else \
        "乙方通过远程方式为甲方的网络安全设备和门店POS提供二线技术支持，必要时按单次派工到场，不常驻甲方。"
    b = [("title", "驻场运维服务合同" if co.bb_outs else "运维技术支持服务合同"), ("p", "合同编号：SZZX-CG-%d-%03d" % (d.year, co.rng.randint(1, 200))),
         ("p", "甲方：%s    乙方：%s" % (zx(co), co.vendor)), ("h1", "第一条 服务内容"), ("p", what),
         ("h1", "第二条 服务级别"), ("p", "一级事件15分钟响应、2小时恢复；二级事件30分钟响应、8小时恢复；三级事件4小时响应、2个工作日解决。"),
         ("h1", "第三条 考核"), ("p", "按季度考核服务级别达成率，未达成的按比例扣减服务费。"), ("p", "签订日期：%s" % anyd(co, d))]
    return Doc("vendor_contract", "驻场运维合同", d, ["8/sld"], False, b)


def ola(co, d):
    b = [("title", "数字化中心科室间运营级别约定（OLA）"), ("p", "生效日期：%s    批准：%s" % (anyd(co, d), co.boss)),
         ("p", "服务台、基础设施科、应用运维科、网络安全科之间的内部支持时限：一级事件15分钟内接手、2小时恢复；二级30分钟接手、8小时恢复；三级4小时接手。"),
         ("p", "以上时限与中心与运维服务商所签合同约定的服务级别保持一致，合同变更时同步修订本约定。")]
    return Doc("ola", "OLA", d, ["8/ola"], False, b)


def avail_kpis(co, d):
    rows = [["整体指标", "集团业务系统整体可用率", "全部生产系统", "≥99.9%", "月"], ["整体指标", "重大故障次数", "全部生产系统", "0", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.95%", "月"], ["单系统指标", "%s平均恢复时间" % co.sys(1), co.sys(1), "≤30分钟", "月"],
            ["单系统指标", "门店POS收银可用率", "全部门店", "≥99.8%（营业时间）", "月"]]
    return book("kpis", "信息系统可用性指标清单", d, False, [("可用性指标", ["类别", "指标", "范围", "目标", "周期"], rows, ["6/availability-kpis"])])


def dev_plan(co, d):
    b = [("title", "%d年运维工具定制开发计划" % d.year), ("p", "编制：%s  批准：%s  %s" % (co.p(2), co.boss, anyd(co, d))),
         ("p", "根据成员单位要求和中心自身能力，计划开发以下安全运维工具："),
         ("table", [["工具", "用途", "计划完成", "负责人"], ["门店POS巡检自动化脚本", "批量采集门店网关及POS状态", "%d年6月" % d.year, co.p(2)],
                    ["内容安全敏感词比对工具", "数字出版平台上架前自动筛查", "%d年9月" % d.year, co.p(1)]])]
    return Doc("dev_plan", "开发计划", d, ["33/dev-plan"], False, b)


# ------------------------------------------------------------------ 运维记录

def ops_book_month(co, d, kinds):
    """月度运维记录 workbook: one sheet per record kind; a sheet without rows proves nothing."""
    r = co.rng
    days = [back(d, 3 * i) for i in range(9)]
    sh = [("机房环境", ["日期", "UPS负载", "精密空调", "温湿度", "消防", "巡检人"],
           [[x.isoformat(), "%d%%" % r.randint(30, 55), "正常", "%d℃/%d%%" % (r.randint(20, 25), r.randint(40, 58)), "正常", co.p(3)] for x in days], []),
          ("安全设备巡检", ["日期", "设备", "运行状态", "CPU", "内存", "告警", "巡检人"],
           [[x.isoformat(), r.choice(["出口防火墙", "数据中心防火墙", "VPN网关", "上网行为管理", "WAF"]), "正常", "%d%%" % r.randint(8, 45),
             "%d%%" % r.randint(25, 60), r.choice(["无", "无", "低危告警1条已确认"]), co.p(3)] for x in days] if "dev" in kinds else [],
           ["44/inspection", "45/monitoring", "14/maintenance"]),
          ("病毒查杀", ["日期", "范围", "病毒库版本", "终端在线率", "结果", "执行人"],
           [[x.isoformat(), "集团本部及门店终端、服务器", "%d%02d%02d.02" % (x.year, x.month, x.day), "%.1f%%" % (93 + r.random() * 6),
             r.choice(["未发现病毒", "清除木马1个", "未发现病毒"]), ven(co, 0)] for x in days[:4]] if "av" in kinds else [],
           ["44/virus-scan", "45/antivirus", "14/maintenance"]),
          ("日常维护", ["日期", "设备", "维护内容", "结果", "维护人"],
           [[x.isoformat(), r.choice(["出口防火墙", "VPN网关", "WAF"]), "日志清理、策略命中检查、除尘保养", "完成", ven(co, 0)] for x in days[::2]]
           if "maint" in kinds else [], ["14/maintenance", "44/maintenance"]),
          ("故障处理", ["日期", "设备", "故障现象", "检测与排除", "恢复时长", "处理人"],
           [[days[2].isoformat(), "VPN网关", "电源模块告警", "更换电源模块", "30分钟", co.p(3)],
            [days[6].isoformat(), "核心交换机", "光模块CRC错误", "更换光模块", "15分钟", ven(co, 1)]] if "fault" in kinds else [],
           ["44/faults", "14/maintenance"]),
          ("升级更新", ["日期", "设备", "升级前", "升级后", "变更单", "验证"],
           [[days[4].isoformat(), "出口防火墙", "V5.6R2", "V5.6R4", "BG-%s-%02d" % (ymd(days[4]), r.randint(1, 20)), "通过"],
            [days[7].isoformat(), "WAF", "规则库%s" % ymd(days[8]), "规则库%s" % ymd(days[7]), "标准变更", "通过"]] if "up" in kinds else [],
           ["44/upgrades", "14/maintenance"])]
    return book("ops_month", "数字化中心运维记录（%d年%02d月）" % (d.year, d.month), d, True, sh)


def store_patrol(co, d, store):
    rows = [[back(d, 7 * i).isoformat(), store, "在线", "%dms" % co.rng.randint(8, 60), "POS%02d-%02d" % (i + 1, co.rng.randint(2, 9)),
             co.rng.choice(["正常", "正常", "小票机卡纸已处理"]), "已上传", ven(co, i)] for i in range(4)]
    return book("store_patrol", "门店POS系统巡检表（%s %d年%d月）" % (store, d.year, d.month), d, True,
                [("巡检", ["日期", "门店", "VPN网关状态", "隧道延迟", "POS终端", "外设", "日结上传", "巡检人"], rows, ["44/inspection", "45/monitoring"])])


def hw_stats(co, d, rows_on=True):
    rows = [[i + 1, back(d, 45 * i).isoformat(), co.rng.choice(["出口防火墙", "VPN网关", "WAF", "上网行为管理"]), ["电源", "风扇", "硬盘", "光模块"][i],
             "原厂更换", "%d分钟" % co.rng.randint(10, 80)] for i in range(4)] if rows_on else []
    if rows:
        rows.append(["", "合计", "", "4次", "", ""])
    return book("hw_stats", "安全设备硬件故障统计表（%d年）" % d.year, d, True,
                [("统计", ["序号", "日期", "设备", "故障部件", "处理", "影响时长"], rows, ["14/hardware-faults", "44/faults"])])


def outages(co, d):
    rows = [[back(d, 31 * i).isoformat(), co.sys(i % 3), co.rng.choice(["服务中断", "性能下降"]), "%d分钟" % co.rng.randint(3, 50),
             co.rng.choice(["运营商链路中断", "数据库锁等待", "主机宕机", "门店VPN批量掉线"]), "已恢复"] for i in range(6)]
    return book("outages", "信息系统中断（可用性事件）登记表%d" % d.year, d, True,
                [("登记", ["日期", "系统", "事件", "中断时长", "原因", "处理"], rows, ["18/availability-events", "22/events", "43/process-records"])])


def tickets(co, d, resp=True):
    head = ["工单号", "类型", "来源单位", "受理时间", "响应时间", "解决时间", "摘要", "处理人", "状态"]
    rows = []
    for i in range(12):
        x = back(d, 6 * i)
        rows.append(["IT%s%03d" % (ymd(x), i + 1), co.rng.choice(["事件", "服务请求", "事件"]), co.rng.choice(list(co.bb["stores"]) + [co.customer]),
                     "%s 10:%02d" % (x.isoformat(), i * 4), "%s 10:%02d" % (x.isoformat(), i * 4 + 8), "%s 15:30" % x.isoformat(),
                     co.rng.choice(["收银机无法联网", "VPN账号开通", "ERP出库单打印异常", "邮箱扩容", "电子书上架失败"]), co.p(i % 6), "已关闭"])
    if not resp:
        head = head[:4] + head[5:]
        rows = [x[:4] + x[5:] for x in rows]
    return book("tickets", "工单导出（%s）" % co.bb["itsm"], d, True,
                [("工单", head, rows, ["43/process-records"] + (["55/response-times"] if resp else []))])


def change_ledger(co, d):
    rows = [["BG-%s-%02d" % (ymd(back(d, 15 * i)), i + 1), back(d, 15 * i).isoformat(), co.rng.choice(["防火墙策略调整", "ERP补丁升级", "门店VPN网关固件升级",
            "数字出版平台版本发布"]), co.rng.choice(["一般", "重大", "标准"]), co.p(0), "成功", "无需回退"] for i in range(8)]
    return book("changes", "变更台账（%d年）" % d.year, d, True,
                [("变更", ["变更单号", "日期", "变更内容", "类别", "审批人", "结果", "回退"], rows, ["54/records", "43/process-records"])])


def asset_list(co, d):
    rows = [["%s-%s-%03d" % (co.short, a, i + 1), n, k, m, f, loc, port, dep, lv, prot, sw] for i, (a, n, k, m, f, loc, port, dep, lv, prot, sw) in enumerate([
        ("FW", "出口防火墙", "安全设备", "华为USG6555E", "边界访问控制", "数据中心A02柜", "GE1/0/1-电信", "互联网区", "高", "双机热备", "V500R005"),
        ("VPN", "VPN网关", "安全设备", "深信服SSL-1000", "门店接入", "数据中心A03柜", "GE0/3-汇聚", "DMZ", "高", "冷备", "M7.6"),
        ("WAF", "Web应用防火墙", "安全设备", "安恒明御WAF", "网站群防护", "数据中心A03柜", "透明串接", "DMZ", "中", "Bypass", "V3.6"),
        ("SW", "核心交换机", "网络设备", "H3C S10506", "数据交换", "数据中心B01柜", "上联FW", "核心区", "高", "IRF堆叠", "R7607"),
        ("SRV", "ERP数据库服务器", "服务器", "浪潮NF5280M6", co.sys(0), "数据中心C05柜", "Bond0-SW", "服务器区", "高", "RAC", "Oracle 19c"),
        ("SRV", "数字出版应用服务器", "服务器", "华为2288H V5", co.sys(1), "数据中心C06柜", "Bond0-SW", "服务器区", "中", "负载均衡", "CentOS 7.9")])]
    return book("assets", "IT资产识别清单", d, True,
                [("资产", ["资产标识", "名称", "种类", "型号", "功能", "物理位置", "端口对应", "部署", "分级", "保护措施", "软件配置"], rows,
                  ["13/asset-list", "43/asset-list"])], note="导出日期：%s" % d.isoformat())


def cmdb(co, d, rel=True):
    head = ["CI编号", "名称", "类型", "版本", "责任人", "密级", "访问控制", "完整性校验", "备份"] + (["上游CI", "下游CI"] if rel else [])
    rows = []
    for i, (n, t) in enumerate([("出口防火墙策略", "安全配置"), ("VPN网关配置", "安全配置"), ("WAF规则集", "安全配置"), ("%s参数" % co.sys(0), "应用配置"),
                                ("ERP数据库参数", "数据库配置"), ("堡垒机账号策略", "安全配置")], 1):
        x = ["CI-%04d" % (200 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i), ["秘密", "内部"][i % 2], "仅配置管理员可写", "SHA256", "每日异地"]
        if rel:
            x += ["CI-%04d" % (200 + i - 1) if i > 1 else "—", "CI-%04d" % (200 + i + 1) if i < 6 else "—"]
        rows.append(x)
    return book("cmdb", "配置管理数据库导出", d, True, [("CI", head, rows, ["27/cmdb"] + (["38/cmdb-relations"] if rel else []))], note="导出时间：%s" % d.isoformat())


def ci_updates(co, d):
    rows = [[back(d, 18 * i).isoformat(), "CI-%04d" % (201 + i), ["新增门店VPN策略", "规则库升级", "参数调整", "版本升级", "账号清理"][i], "BG-%s-%02d" % (ymd(back(d, 18 * i)), i + 1),
             co.p(5), co.p(0)] for i in range(5)]
    return book("ci_updates", "配置项更新维护记录（%d年）" % d.year, d, True, [("更新", ["日期", "CI", "更新内容", "依据", "执行人", "复核人"], rows, ["43/ci-updates"])])


def collect(co, d):
    rows = [[back(d, 30 * i).isoformat(), co.rng.choice(["出口防火墙", "核心交换机", "VPN网关"]), "已导出并比对基线", "峰值%dMbps" % co.rng.randint(200, 900),
             "CPU %d%% 内存 %d%%" % (co.rng.randint(10, 50), co.rng.randint(30, 70)), co.p(3)] for i in range(6)]
    return book("collect", "安全信息采集记录（%d年）" % d.year, d, True,
                [("采集", ["日期", "对象", "系统配置", "流量信息", "系统状态", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def baseline(co, d):
    rows = [["账号", "口令复杂度", "≥10位含三类字符", "全部主机"], ["账号", "登录失败处理", "5次锁定30分钟", "全部主机"], ["服务", "高危端口", "关闭telnet/ftp", "全部主机"],
            ["日志", "日志外发", "syslog至日志审计系统", "网络安全设备"], ["防火墙", "默认策略", "默认拒绝", "防火墙"]]
    return book("baseline", "安全配置基线（V2.%d）" % co.rng.randint(0, 4), d, False, [("基线", ["类别", "检查项", "要求", "适用"], rows, ["25/baseline"])])


def kb(co, d, rows_on=True):
    rows = [["KB-%03d" % i, t, "故障处理", co.p(i), "已发布"] for i, t in enumerate(["门店POS断网续收操作", "ERP出库单打印异常处理", "VPN网关隧道重建",
                                                                              "电子书上架失败排查", "邮箱被盗处置"], 1)] if rows_on else []
    return book("kb", "运维知识库导出", d, True, [("知识条目", ["编号", "标题", "分类", "提交人", "状态"], rows, ["21/knowledge-base"])], note="导出：%s" % d.isoformat())


def monthly(co, d, trend, data, avail, period=None):
    p = period or d
    s = Sec("数字化中心运维月报（%d年%d月）" % (p.year, p.month)).head(("p", "报送：中心领导、集团办公室、各成员单位    编制：%s    %s" % (co.p(0), anyd(co, d))))
    s.part("本月运维概况", ["受理工单%d件，其中事件%d件、服务请求%d件；完成变更%d项；门店巡检%d家次。" % (co.rng.randint(200, 400), co.rng.randint(80, 150),
                                                                          co.rng.randint(90, 200), co.rng.randint(6, 20), co.rng.randint(30, 80))])
    s.part("监控指标趋势分析", [("table", [["指标", "上上月", "上月", "本月", "趋势"], ["出口带宽峰值(Mbps)", 610, 660, 720, "上升"],
                                        ["告警数", 512, 470, 431, "下降"], ["ERP数据库CPU峰值", "58%", "63%", "71%", "上升"]]),
                              "ERP数据库CPU持续上升，预计秋季教材发行高峰前达到扩容阈值。"], ["50/monitoring-report"], on=trend)
    s.part("运维数据统计", [("table", [["指标", "本月"], ["异常报告及时率", "98%"], ["异常漏报率", "0.6%"], ["维护作业计划及时完成率", "97%"], ["故障隐患发现率", "91%"],
                                    ["异常主动发现率", "86%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"],
                                    ["安全事件次数", co.rng.randint(2, 9)]])], ["56/data"], on=data)
    s.part("系统可用性", ["%s本月可用率99.98%%，%s 99.91%%，门店POS营业时间可用率99.86%%，均达标。" % (co.sys(0), co.sys(1))],
           ["18/availability-report", "22/report"], on=avail)
    s.part("下月工作安排", ["完成WAF规则库升级；配合集团开展网络安全检查。"])
    return s.doc("monthly", d, True)


def year_summary(co, d, data, forecast):
    s = Sec("数字化中心%d年工作总结及%d年工作思路" % (d.year - (1 if d.month < 6 else 0), d.year + (0 if d.month < 6 else 1))).head(("p", "%s" % cnd(d)))
    s.part("全年工作回顾", ["圆满完成春秋两季教材发行、书展和全民阅读活动保障，全年无重大网络安全事件。"])
    s.part("运维数据汇总", [("table", [["指标", "全年"], ["异常报告及时率", "97.6%"], ["异常漏报率", "0.8%"], ["维护作业计划及时完成率", "96%"], ["故障隐患发现率", "90%"],
                                    ["异常主动发现率", "85%"], ["问题解决率", "93%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "94%"], ["安全补丁安装及时率", "91%"],
                                    ["安全事件次数", 41]])], ["56/data"], on=data)
    s.part("服务数据分析与预测", ["汇总日志、变更、事件、请求和问题数据：事件同比下降14%，服务请求上升27%（主要来自数字出版平台账号和门店新开业），"
                           "变更集中在发行季前。预测明年服务请求继续增长约20%，需增加服务台坐席并上线自助服务门户。"], ["71/forecast"], on=forecast)
    s.part("存在问题", ["县级门店网络条件差，远程支持手段不足。"])
    return s.doc("year_summary", d, True)


def avail_plan(co, d):
    b = [("title", "%d年信息系统可用性保障计划" % d.year), ("p", "编制：%s  批准：%s  %s" % (co.p(2), co.boss, anyd(co, d))),
         ("h1", "一、可用性目标"), ("p", "%s≥99.95%%，其他系统≥99.9%%，门店POS营业时间≥99.8%%。" % co.sys(0)),
         ("h1", "二、保障措施"), ("p", "ERP数据库RAC、出口双链路、门店4G备份链路、发行季前压力测试。"),
         ("h1", "三、可用性事件监控与报告"), ("p", "中断事件登记于《信息系统中断登记表》，可用性执行情况在运维月报中报告，未达标的提出改进措施。")]
    return Doc("avail_plan", "可用性计划", d, ["18/availability-plan", "22/plan"], False, b)


# ------------------------------------------------------------------ 安全 (17, 18, 31, 32, 51, 52, 53)

def log_audit(co, d):
    s = Sec("%d年第%d季度安全日志审计分析报告" % (d.year, q(d))).head(("p", "审计人：%s    报告日期：%s" % (co.p(1), anyd(co, d))))
    s.part("网络及安全设备日志", ["采集防火墙、VPN网关、WAF日志共%d万条，发现境外扫描源IP %d个，已封禁。" % (co.rng.randint(3000, 9000), co.rng.randint(10, 60))])
    s.part("服务器及操作系统日志", ["审计Linux/Windows服务器登录日志，发现非工作时间登录2次，核实为值班工程师应急处理并有工单。"])
    s.part("网络应用日志", ["网上书城和数字出版平台应用日志中SQL注入尝试%d次、爬虫高频访问3起，均已拦截。" % co.rng.randint(50, 400)])
    s.part("分析结论", ["未发现成功入侵，建议门店终端统一口令策略。"])
    s.items = ["17/log-analysis", "45/audit-report", "47/audit"]
    return s.doc("log_audit", d, True)


def bulletin(co, d, n, full):
    s = Sec("网络安全通告（%d年第%d期）" % (d.year, n)).head(("p", "网络安全科    %s" % anyd(co, d)))
    s.part("漏洞通告", ["CVE-%d-%04d：某OA系统文件上传漏洞；Nginx高危漏洞，影响网站群，建议升级。" % (d.year, co.rng.randint(1000, 9999))], ["52/vulnerability", "53/bulletin"])
    s.part("厂商安全通告", ["华为、深信服发布防火墙及VPN网关安全补丁。"], ["52/vulnerability", "53/bulletin"])
    s.part("病毒通告", ["近期勒索病毒通过远程桌面弱口令在出版行业传播，已有同业出版社中招。"], ["52/virus"], on=full)
    s.part("业界动态与政策法规", ["《网络数据安全管理条例》施行；国家新闻出版署部署出版单位网络安全检查。"], ["52/policy"], on=full)
    s.part("分析与处置建议", ["经排查，集团内受影响主机%d台、网站2个，已派单加固，要求周五前完成。" % co.rng.randint(3, 15)], ["52/analysis"], on=full)
    return s.doc("bulletin", d, True)


def sec_stats(co, d, analysis=True):
    rows = []
    for m in range(1, d.month + 1):
        a, b, c, e = co.rng.randint(0, 4), co.rng.randint(0, 8), co.rng.randint(0, 2), co.rng.randint(0, 1)
        rows.append(["%d月" % m, a, b, c, e, a + b + c + e])
    return book("sec_stats", "网络安全事件统计分析（%d年1-%d月）" % (d.year, d.month), d, True,
                [("统计", ["月份", "有害程序", "网络攻击", "内容安全", "设备故障", "合计"], rows, ["18/incident-stats"]),
                 ("分析", ["分析"], [["网络攻击类占比最高，以扫描和暴力破解为主；内容安全事件均为数字出版平台用户评论违规，已建立关键词过滤。"]] if analysis else [],
                  ["18/incident-analysis"])])


def pentest_plan(co, d):
    b = [("title", "%d年度渗透测试工作计划" % d.year), ("p", "网络安全科    %s" % anyd(co, d)),
         ("table", [["批次", "对象", "方式", "时间", "负责人"], ["1", "集团网站群", "黑盒", "3月", co.p(1)], ["2", co.sys(1), "灰盒", "6月", co.p(1)],
                    ["3", "网上书城及小程序", "灰盒", "9月", ven(co, 1)]]), ("p", "测试前取得成员单位书面授权，结束后10个工作日内提交报告。")]
    return Doc("pentest_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pentest_report(co, d):
    b = [("title", "%s渗透测试报告" % co.sys(1)), ("p", "测试时间：%s    测试人员：%s    授权书：SQ-%s" % (anyd(co, d), co.p(1), ymd(d))),
         ("h1", "一、测试范围"), ("p", "%s互联网入口、用户中心及管理后台。" % co.sys(1)),
         ("table", [["编号", "漏洞", "等级", "状态"], ["V1", "越权下载付费电子书", "高", "已修复"], ["V2", "后台弱口令", "中", "已修复"], ["V3", "缺少登录验证码", "低", "接受风险"]]),
         ("h1", "二、复测结论"), ("p", "高中危漏洞已修复。")]
    return Doc("pentest_report", "渗透测试报告", d, ["31/pentest-records", "32/pentest-records"], True, b)


def grading(co, d):
    b = [("title", "%s网络安全等级保护定级报告" % co.sys(0)), ("p", "定级日期：%s" % anyd(co, d)),
         ("p", "业务信息安全保护等级第三级，系统服务安全保护等级第二级，最终定级第三级；已在省公安厅网安总队备案，备案编号%s-%05d。" % (co.short, co.rng.randint(0, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_criteria(co, d):
    b = [("title", "集团信息系统安全保护等级划分标准"), ("p", "%s  网信办" % anyd(co, d)),
         ("p", "依据GB/T 22240-2020，按受侵害客体和侵害程度确定等级；涉及出版内容发布、用户数据超过10万条的系统原则上不低于第三级。"),
         ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人权益", "一级", "二级", "三级"], ["社会秩序、公共利益", "二级", "三级", "四级"]])]
    return Doc("grading_criteria", "分级标准", d, ["51/grading-criteria"], False, b)


def retrofit(co, d, test, rollback):
    s = Sec("%s升级改造实施方案" % co.sys(0)).head(("p", "编制：%s  审核：%s  %s" % (co.p(2), co.p(0), anyd(co, d))))
    s.part("改造内容", ["ERP由V8升级至V9，数据库迁移至新服务器。"])
    s.part("测试计划", ["改造前在测试环境完成功能、性能、安全测试和与门店POS、旧版报表的兼容性验证，第1周环境准备，第2周功能，第3周性能与安全。"], ["25/test-plan"], on=test)
    s.part("回退措施", ["割接前全量备份，割接失败在1小时内切回原系统，回退步骤已演练。"], ["25/rollback", "11/rollback"], on=rollback)
    s.part("时间安排", ["选择春节闭店期间实施，避开教材发行季。"])
    return s.doc("retrofit", d, False)


def compat(co, d):
    b = [("title", "%s升级兼容性验证报告" % co.sys(0)), ("p", "验证日期：%s" % anyd(co, d)),
         ("table", [["验证项", "内容", "结果"], ["网络兼容", "新服务器与现网VLAN、门店VPN互通", "通过"], ["系统兼容", "新版中间件与原操作系统", "通过"],
                    ["应用兼容", "门店POS、报表、电商接口", "通过"]]), ("p", "验证人：%s" % co.p(2))]
    return Doc("compat", "兼容性验证", d, ["11/compatibility"], True, b)


# ------------------------------------------------------------------ 应急 (36, 40, 42, 53, 55)

def emergency_plan(co, d, strategy, recovery):
    top, no = red_top(co, d, "关于印发《%s网络安全事件应急预案》的通知" % co.bb["gs"], "ji")
    s = Sec("%s网络安全事件应急预案" % co.bb["gs"], "dig").head(("p", "（%d年修订）" % d.year))
    s.part("总则", ["为建立网络安全应急事件响应机制，保障出版发行业务连续运行和意识形态安全，制定本预案。"], ["36/emergency-plan", "53/emergency-plan"])
    s.part("组织体系", ["集团网信领导小组统一领导，数字化中心成立应急工作组。"])
    s.part("分级响应", ["一级事件15分钟内响应、30分钟到场；门店大面积收银中断按一级响应。"])
    s.part("恢复策略", ["核心系统RTO≤2小时、RPO≤15分钟；ERP采用同城备份机房切换，门店启用断网续收。"], ["55/plan"], on=strategy)
    s.part("系统恢复计划", ["按网络→数据库→ERP→门店POS→数字出版平台顺序恢复，各系统恢复步骤见附件。"], ["36/recovery-plan"], on=recovery)
    doc = s.doc("emergency_plan", d, False)
    doc.blocks = top + [("p", "现将《%s》印发给你们，请遵照执行。" % s.blocks[0][1]), ("p", "附件：%s" % s.blocks[0][1])] + \
        colophon(co, d, "ji") + [("break",)] + doc.blocks
    doc.bb_no = no
    return doc


def dr_plan(co, d):
    b = [("title", "%s灾难恢复计划" % co.sys(0)), ("p", "版本V2.%d    %s" % (co.rng.randint(0, 3), anyd(co, d))),
         ("h1", "一、恢复目标"), ("p", "RTO 2小时，RPO 15分钟。"), ("h1", "二、恢复资源"), ("p", "同城备份机房、每日全备和实时归档日志。"),
         ("h1", "三、恢复步骤"), ("p", "宣布灾难→网络切换→数据库恢复→应用启动→门店联调→业务验证→回切。")]
    return Doc("dr_plan", "灾难恢复计划", d, ["36/recovery-plan"], False, b)


def bcp(co, d):
    b = [("title", "%s信息系统业务连续性计划" % co.bb["gs"]), ("p", "批准：%s    发布：%s" % (co.boss, anyd(co, d))),
         ("h1", "1 业务影响分析"), ("p", "关键业务：门店销售、教材发行出库、数字出版内容发布；最大可容忍中断4小时。"),
         ("h1", "2 应急响应与灾难恢复机制"), ("p", "以网络安全事件应急预案和灾难恢复计划为支撑。"), ("h1", "3 演练与维护"), ("p", "每年演练一次，每年评审。")]
    return Doc("bcp", "业务连续性计划", d, ["42/bcp"], False, b)


def drill(co, d, kind):
    if kind == "sec":
        t, its, scen = "网络安全应急演练记录", ["40/emergency-drill", "53/drill"], "网站群遭篡改及勒索病毒处置"
    else:
        t, its, scen = "%s数据恢复演练记录" % co.sys(0), ["40/recovery-drill", "53/drill"], "ERP数据库故障切换至备份机房并恢复"
    rows = [["演练名称", scen], ["演练时间", anyd(co, d)], ["方式", co.rng.choice(["实战演练", "桌面推演+实操"])], ["参演人员", "、".join(co.p(i) for i in range(4))],
            ["过程", "14:00发现告警→14:08启动预案→14:40隔离/切换完成→15:50恢复→16:20业务验证"], ["结果", "达到预期，RTO 1小时50分"], ["问题", "恢复脚本需更新"], ["记录人", co.p(4)]]
    return Doc("drill", t, d, its, True, [("title", t), ("table", rows)])


def drill_scheme(co, d):
    b = [("title", "%d年网络安全应急演练方案" % d.year), ("h1", "一、目的"), ("p", "检验《网络安全事件应急预案》的可操作性。"),
         ("h1", "二、场景"), ("p", "模拟网站群页面遭篡改。"), ("h1", "三、时间"), ("p", "拟于%d月下旬开展。" % min(12, d.month + 1))]
    return Doc("drill_scheme", "演练方案", d, [], False, b, decoy="drill scheme, neither plan nor record")


# ------------------------------------------------------------------ 监视评审改进 (57-71)

def kpi_sheet(co, d):
    rows = [["成员单位满意度", "≥90分", "92分", "达成", "—"], ["投诉建议", "≤3次", "2次", "达成", "—"], ["工单按时解决率", "≥95%", "93.5%", "未达成", "纠正措施单JZ-%d-04" % d.year],
            ["门店巡检完成率", "100%", "100%", "达成", "—"]]
    return book("kpi", "运维服务监视测量清单（%d年%d月）" % (d.year, d.month), d, True,
                [("监视测量", ["监视项", "目标", "实际", "是否达成", "措施"], rows, ["57/measurement"])])


def capa(co, d, verified):
    rows = [["编号", "JZ-%d-04" % d.year], ["来源", "KPI未达成：工单按时解决率93.5%"], ["原因", "县级门店到场时间长，远程工具不足"],
            ["纠正措施", "县级门店部署远程支持工具"], ["预防措施", "建立门店支持容量预警"], ["责任人", co.p(0)], ["完成日期", anyd(co, d)],
            ["有效性验证", "实施后两个月按时解决率97.2%，有效" if verified else "（待验证）"], ["验证人", co.p(1) if verified else ""]]
    return Doc("capa", "纠正预防措施单", d, ["57/capa"] + (["66/effectiveness"] if verified else []), True,
               [("title", "纠正和预防措施单"), ("table", rows)])


def internal_audit(co, d):
    b = [("title", "%d年度运维服务管理体系内部审核报告" % d.year), ("p", "审核日期：%s    审核组长：%s" % (anyd(co, d), co.p(1))),
         ("h1", "一、审核目的和准则"), ("p", "验证体系满足ISO/IEC 20000-1、成员单位服务协议要求，并被有效实施和保持。"),
         ("h1", "二、审核范围"), ("p", "中心各科室、服务台及驻场运维。"), ("h1", "三、审核发现"), ("p", "不符合2项：门店巡检表缺复核签字；变更单缺回退验证记录。"),
         ("h1", "四、结论"), ("p", "体系运行基本有效。")]
    return Doc("ia", "内审报告", d, ["59/internal-audit"], True, b)


def mgmt_review(co, d, inputs):
    t = {"perf": ("60/performance", "服务和流程的执行情况和符合性：SLA达成率98.2%，各流程按规定执行，内审不符合2项已关闭。"),
         "fb": ("60/customer-feedback", "成员单位反馈：满意度92分，投诉2次均已处理。"),
         "res": ("60/resources", "当前和预测资源水平：中心在编14人%s，明年新增门店约20家，需增加%s1人。" % (("、驻场3人", "驻场") if co.bb_outs else ("", "运维工程师"))),
         "ca": ("60/corrective-actions", "纠正措施进展：上年5项已完成4项，1项进行中。"),
         "chg": ("60/changes", "可能影响服务的变更：数据中心搬迁至集团新大楼、ERP升级V9。"),
         "imp": ("60/improvements", "改进机会：工单按时解决率未达标、门店远程支持、服务台自助化。")}
    b = [("title", "%d年度管理评审会议纪要" % d.year), ("p", "时间：%s    主持：%s" % (anyd(co, d), co.boss)), ("h1", "一、评审输入")]
    items = ["59/management-review"] if "perf" in inputs else []
    for k in inputs:
        it, s = t[k]
        items.append(it)
        b.append(("p", s))
    b += [("h1", "二、评审结论"), ("p", "运维服务管理体系适宜、充分、有效。"), ("h1", "三、决定"), ("p", "批准增加运维人员预算，启动门店远程支持项目。")]
    return Doc("mr", "管理评审纪要", d, items, True, b)


def iso_cert(co, d):
    b = [("title", "信息技术服务管理体系认证证书"), ("p", "兹证明：%s" % zx(co)), ("p", "符合 GB/T 24405.1-2009 / ISO/IEC 20000-1:2018"),
         ("p", "认证范围：向集团成员单位提供信息系统运维服务"), ("p", "发证日期：%s    有效期至：%d年%d月%d日" % (cnd(d), d.year + 3, d.month, d.day))]
    return Doc("cert", "认证证书", d, ["61/audit-system"], False, b)


def improve_plan(co, d, criteria):
    s = Sec("%d年度运维服务持续改进计划" % d.year).head(("p", "编制：%s  批准：%s  %s" % (co.p(0), co.boss, anyd(co, d))))
    s.part("改进项目", [("table", [["改进项", "来源", "改进目标", "负责人", "完成时间"], ["门店远程支持", "KPI未达成", "按时解决率≥96%", co.p(3), "%d-06" % d.year],
                                  ["工单自动派单", "满意度测评", "派单时间≤5分钟", co.p(4), "%d-09" % d.year]])], ["64/plan", "68/plan"])
    s.part("改进机会评估标准", ["按成员单位影响（40%）、实施成本（30%）、风险（30%）评分，70分以上列入计划；各项须经识别、登记、批准、评估、测量和报告。"],
           ["64/criteria"], on=criteria)
    return s.doc("improve_plan", d, True)


def improve_eval(co, d):
    b = [("title", "改进机会评估表"), ("p", "评估日期：%s" % anyd(co, d)),
         ("table", [["改进机会", "影响", "成本", "风险", "得分", "优先级"], ["门店远程支持", 9, 7, 8, 83, "高"], ["工单自动派单", 7, 6, 8, 71, "中"], ["知识库重构", 5, 5, 7, 56, "低"]]),
         ("p", "按加权得分排序，批准前两项实施。批准：%s %s" % (co.boss, cnd(d)))]
    return Doc("opps", "改进机会评估", d, ["67/analysis", "67/prioritisation"], True, b)


def improve_track(co, d):
    rows = [["门店远程支持", "按时解决率≥96%", "远程工具已部署42家门店", back(d, 50).isoformat(), "实测97.2%，有效", "已在管理评审中报告"],
            ["工单自动派单", "派单≤5分钟", "规则上线", back(d, 15).isoformat(), "实测平均3分钟，有效", "已报告"]]
    return book("itrack", "改进项目跟踪台账（%d年）" % d.year, d, True,
                [("跟踪", ["改进项", "目标", "实施情况", "完成日期", "有效性测量", "报告"], rows, ["68/implementation", "68/effectiveness"])])


def awareness(co, d):
    rows = [["培训主题", "持续服务改进意识宣贯——人人都是改进者"], ["时间", anyd(co, d)], ["讲师", co.p(0)], ["参加", "中心全体%s%d人" % ("及驻场人员" if co.bb_outs else "", co.rng.randint(12, 22))],
            ["内容", "改进的意义、改进建议提交方式、门店远程支持改进案例"], ["效果", "测验平均90分"]]
    return Doc("aware", "改进意识培训", d, ["69/awareness-training"], True, [("title", "持续改进意识培训记录"), ("table", rows)])


def defects(co, d):
    b = [("title", "运维服务不良情况专题分析及改进计划"), ("p", "%s    编制：%s" % (anyd(co, d), co.p(0))),
         ("h1", "一、重大事件"), ("p", "秋季教材发行期ERP出库中断1.5小时，原因为数据库锁等待。"), ("h1", "二、失败变更"), ("p", "ERP补丁升级失败回退1次，测试环境与生产不一致。"),
         ("h1", "三、服务不达标"), ("p", "二季度工单按时解决率93.5%，未达95%。"), ("h1", "四、改进计划"), ("p", "发行季前性能压测；测试环境同步；门店远程支持。")]
    return Doc("defects", "缺陷分析", d, ["70/defect-analysis"], True, b)


def signin(co, d, what):
    rows = [["培训主题", "《%s》宣贯学习" % what], ["时间", anyd(co, d)], ["序号", "姓名", "科室", "签到"]] + [[i + 1, co.p(i), "数字化中心", co.p(i)] for i in range(6)]
    return Doc("signin", "宣贯签到", d, [], True, sheets=[("签到", [["学习签到表"]] + rows)], decoy="sign-in about a plan or procedure")


def doc_index(co, d, keys):
    rows = [[i, reg_full(co, k), reg_code(co, k), "有效"] for i, k in enumerate(keys, 1)]
    return Doc("index", "现行制度目录", d, [], False, sheets=[("目录", [["数字化中心现行有效制度目录"], ["序号", "名称", "编号", "状态"]] + rows)], decoy="list of document names")


def mr_notice(co, d):
    b = [("title", "关于召开%d年度管理评审会议的通知" % d.year), ("p", "各科室："),
         ("p", "定于%s召开管理评审会议，请准备评审输入：成员单位反馈、资源需求、纠正措施进展、改进建议。" % cnd(d)), ("p", "综合科")]
    return Doc("mr_notice", "管评通知", d, [], True, b, decoy="meeting notice")


UNREL = [
    ("出版管理", "2026年重点选题论证会纪要", [("title", "2026年重点选题论证会纪要"), ("p", "论证《江河文脉》丛书等选题12种，通过9种。")]),
    ("发行", "秋季教材征订汇总表", [("title", "秋季教材征订汇总表"), ("p", "全省征订码洋2.3亿元，较上年增长3%。")]),
    ("党建", "主题党日活动方案", [("title", "数字化中心党支部主题党日活动方案"), ("p", "组织参观省出版博物馆。")]),
    ("综合", "书展志愿者报名通知", [("title", "关于招募书展志愿者的通知"), ("p", "各科室推荐青年员工2名。")]),
    ("综合", "职称评审申报材料清单", [("title", "出版系列职称评审申报材料清单"), ("p", "工程技术类人员按工程系列申报。")]),
]


def unrelated(co, d, i):
    folder, t, blocks = UNREL[i]
    return folder, t, Doc("unrelated", t, d, [], False, list(blocks), decoy="unrelated")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------ layout

class Ctx:
    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.bb["holes"]
        self.made = []
        self.scan = {"creator": "Canon iR-ADV C5535 (OCR)", "author": "scan", "styled": False}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.3)
        opt.setdefault("styled", r.random() < 0.75)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "szzx", "微软用户", "HP"]))
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
    """Lay out a BB share: 01集团发文/, 02中心发文/, 03制度汇编/, 综合科/, 基础设施科/, 应用运维科/, 网络安全科/, 运维服务台/,
    成员单位运维服务/<unit>/, 应急管理/, 体系运行/, 会议纪要/, 培训/, 重要时期保障/, 归档/, 个人/, 其他/ and a recycle folder."""
    co.bb = BB_INFO[getattr(co, "info_id", co.id)]
    co.bb_no = {}
    co.bb_outs = "no_outsourcing" not in co.bb["holes"]
    c = Ctx(co)
    co.gaps = set(c.H)
    co.oldonly = {h for h in c.H if h.endswith("_old")}
    keys = lay_rules(c)
    lay_org(c)
    lay_member(c)
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
    skip = {"wt": "no_problem", "qq": "no_request", "fw": "slm_draft", "ns": "no_auditproc"}
    keys = [k for k in REGS if not (k in skip and skip[k] in H)]
    pool = [k for k in keys if REGS[k][1] != "ji"]
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(4, 6)] + (["yw"] if r.random() < 0.7 else []), key=list(REGS).index)
    d = date(r.choice([2024, 2025]), r.randint(2, 8), r.randint(1, 28))
    put("03制度汇编/数字化中心信息化运维管理制度汇编（%d年修订）.%s" % (d.year, r.choice(["pdf", "docx"])), compilation(co, d, in_book, drop))
    for k in keys:
        name, level, _ = REGS[k]
        if k in in_book and k != "yw" and r.random() < 0.55:
            continue
        d = co.issued()
        if level == "bare":
            put("03制度汇编/单行本/%s %s.%s" % (reg_code(co, k), reg_full(co, k), r.choice(["docx", "pdf"])), reg_doc(co, d, k, drop))
            continue
        folder = ("01集团发文/" if level == "ji" else "02中心发文/") + yr(d)
        if r.random() < 0.3:
            main = reg_doc(co, d, k, drop, split="main")
            body, its = reg_body(co, k, drop)
            annex = Doc("reg:" + k, REGS[k][0], d, sorted(set(its)), False, [("p", "附件"), ("title", reg_full(co, k))] + body)
            sub = folder + "%s 关于印发《%s》的通知/" % (main.bb_no, reg_full(co, k))
            put(sub + "正文（签发稿）.pdf", main, **c.scan)
            put(sub + "附件：%s.%s" % (reg_full(co, k), r.choice(["docx", "doc.docx", "pdf"])), annex)
            continue
        doc = reg_doc(co, d, k, drop)
        nm = r.choice(["%s 关于印发《%s》的通知" % (doc.bb_no, reg_full(co, k)), "关于印发%s的通知" % REGS[k][0], "%s（%s）" % (REGS[k][0], doc.bb_no)])
        ext = r.choice(["docx", "pdf", "docx", "wps.docx"])
        put(folder + "%s.%s" % (nm, "docx" if ext == "wps.docx" else ext), doc, **(c.scan if ext == "pdf" and r.random() < 0.5 else {}))
    # 作业指导书: the 汇编 and at least two on their own
    ok = list(OPS)
    bound = sorted(r.sample(ok, 2), key=ok.index)
    put("03制度汇编/作业指导书/数字化中心运维作业指导书汇编.docx", ops_book(co, co.issued(), bound))
    loose = [k for k in ok if k not in bound]
    for k in r.sample(loose, r.randint(2, 3)):
        d = co.issued()
        dept = "基础设施科/" if k in ("fw", "db") else ("应用运维科/" if k in ("pos", "szcb") else "网络安全科/")
        put(dept + "作业指导书/SZZX-ZY-%02d %s.%s" % (ok.index(k) + 1, OPS[k][0], r.choice(["docx", "pdf"])), ops_guide(co, d, k))
    return keys


def lay_org(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    d = co.issued()
    doc = leading_group(co, d, co.bb_outs)
    put("01集团发文/%s%s关于调整集团网络安全和信息化领导小组及其工作机构的通知.pdf" % (yr(d), doc.bb_no), doc, **(c.scan if r.random() < 0.5 else {}))
    c.rec(lambda d: "综合科/人员/数字化中心运维人员花名册%s.xlsx" % ymd(d), lambda d: roster(co, d, co.bb_outs))
    if "no_roles" not in H:
        put("综合科/岗位职责/运维岗位及角色清单.xlsx", role_sheet(co, co.issued()))
    iv_min = "iface_pending" in H or r.random() < 0.4
    desk_min = r.random() < 0.35
    if not iv_min:
        d = co.issued()
        put("02中心发文/%s关于明确网络安全管理接口人的通知.docx" % yr(d), iface_notice(co, d))
    if not desk_min:
        d = co.issued()
        put("02中心发文/%s关于设立数字化中心运维服务台的通知.pdf" % yr(d), desk_notice(co, d), **c.scan)
    if "desk_train" not in H:
        c.rec(lambda d: "培训/%s服务台坐席岗前培训记录.xlsx" % yr(d), lambda d: desk_training(co, d))
    improve_min = "no_opps" not in H and r.random() < 0.5
    c.improve_min = improve_min
    months = sorted(r.sample(range(2, 11), 3))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 26))
        if i == 0:
            t = ["work"] + ((["iface_pending"] if "iface_pending" in H else ["iface"]) if iv_min else []) + (["desk"] if desk_min else [])
        elif i == 1:
            t = (["improve"] if improve_min else []) + ["jc"]
        else:
            t = ["party", "work"]
        put("会议纪要/主任办公会/%d年第%d期主任办公会纪要.%s" % (d.year, i + m, r.choice(["docx", "pdf"])), director_minutes(co, d, i + m, t))


def lay_member(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    M = "成员单位运维服务/%s/" % co.bb["cust"]
    d0 = co.issued()
    put(M + "01需求调研/%s信息化运维需求调研报告.docx" % co.bb["cust"], survey(co, d0, "survey_notime" not in H, True))
    d = d0 + timedelta(days=r.randint(5, 30))
    if "budget_tpl" in H:
        put(M + "01需求调研/运维服务预算表（模板）.xlsx", blank_sheet("信息化运维服务预算表", d, ["序号", "工作内容", "工作量（人天）", "人力资源", "单价", "经费", "项目节点"]))
        put(M + "01需求调研/关于%d年度运维经费的请示.docx" % d.year, budget_request(co, d))
    else:
        if r.random() < 0.5:
            put(M + "01需求调研/关于%d年度运维经费的请示/请示.docx" % d.year, budget_request(co, d))
            put(M + "01需求调研/关于%d年度运维经费的请示/附件1.xlsx" % d.year, budget_sheet(co, d))
        else:
            put(M + "01需求调研/%d年度运维服务预算表.xlsx" % d.year, budget_sheet(co, d))
    d = d0 + timedelta(days=r.randint(7, 40))
    put(M + "01需求调研/%s对接会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), meeting(co, d, "meeting_noagree" not in H))
    on = ("list", "strategy") if "hist_noanalysis" in H else ("list", "analysis", "strategy")
    d = d0 + timedelta(days=r.randint(10, 50))
    put(M + "01需求调研/上一协议期运维数据分析及保障方案_v%d.docx" % r.randint(2, 4), history(co, d, on))
    if "hist_noanalysis" in H:
        put("个人/%s/运维数据分析（草稿）.docx" % co.p(0), void(history(co, d, ("list", "analysis", "strategy")), "draft", "（草稿）"))
    d = date(2025, 12, 1) + timedelta(days=r.randint(0, 150))
    put(M + "02服务协议/信息化运维服务协议（%s）盖章版.pdf" % co.bb["cust"], agreement(co, d), **(c.scan if r.random() < 0.6 else {}))
    old = "health_old" in H
    for i in range(2):
        c.rec(lambda d: M + "03健康检查/%s%d年Q%d健康检查报告.%s" % (yr(d), d.year, q(d), r.choice(["docx", "pdf"])),
              lambda d: health_check(co, d, r.random() < 0.4), old=old)
    halves = [(date(2025, 7, 3), "%d年上半年" % 2025), (date(2026, 1, 9), "2025年下半年"), (date(2026, 7, 6), "2026年上半年")]
    for d, h in halves:
        if r.random() < 0.85 or h.startswith("2026"):
            d = d + timedelta(days=r.randint(0, 12))
            put(M + "04满意度/%s满意度测评报告.%s" % (h, r.choice(["docx", "pdf"])), csat(co, d, h))
    if "trend" in H:
        put("个人/%s/满意度趋势分析（草稿）.docx" % co.p(0), void(csat_trend(co, co.fresh()), "draft", "（草稿）"))
    else:
        c.rec(lambda d: M + "04满意度/满意度趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    if "no_followup" not in H:
        c.rec(lambda d: M + "04满意度/回访登记表%d.xlsx" % d.year, lambda d: callbacks(co, d))
    for i in range(r.randint(2, 3)):
        av = r.random() < 0.6
        tr = "monthly_notrend" not in H and r.random() < 0.85
        da = "no_data" not in H and r.random() < 0.5
        c.rec(lambda d: M + "05运维月报/%s运维月报%d.%02d.docx" % (co.bb["cust"], d.year, d.month), lambda d: monthly(co, d, tr, da, av))
    # 服务设计
    d = co.issued()
    parts = ("base",) if "catalog_base" in H else ("base", "l2", "l1")
    put("综合科/服务管理/数字化中心运维服务目录（%d版）.xlsx" % d.year, catalog(co, d, parts))
    d = co.fresh()
    put("综合科/采购合同/%s%s（%s）.pdf" % (d.year, "驻场运维服务合同" if co.bb_outs else "运维技术支持服务合同", co.vendor), vendor_contract(co, d), **c.scan)
    if "ola_draft" in H:
        put("个人/%s/科室间运营级别约定（草稿）.docx" % co.p(0), void(ola(co, co.fresh()), "draft", "（草稿）"))
    else:
        put("综合科/服务管理/科室间运营级别约定（OLA）.docx", ola(co, co.issued()))
    if "kpis" not in H:
        put("综合科/服务管理/信息系统可用性指标清单.xlsx", avail_kpis(co, co.issued()))
    c.rec(lambda d: "综合科/服务管理/%s以往运维方案影响分析.docx" % yr(d), lambda d: svc_review(co, d, "auto_none" not in H))
    d = co.fresh()
    if "devplan_draft" in H:
        put("基础设施科/%d年运维工具定制开发计划（征求意见稿）.docx" % d.year, void(dev_plan(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put("基础设施科/%d年运维工具定制开发计划.docx" % d.year, dev_plan(co, d))
    c.rec(lambda d: "应用运维科/项目/%s需求分析记录.pdf" % co.sys(1), lambda d: requirements(co, d), **c.scan)


def lay_records(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    JC, YY, FW = "基础设施科/", "应用运维科/", "运维服务台/"
    want = ["dev", "av", "maint", "fault", "up"]
    months = sorted(r.sample(range(1, 11), r.randint(4, 6)))
    books = []
    for m in months:
        books.append((date(2026, m, r.randint(25, 28)), [k for k in want if r.random() < 0.65]))
    have = set(k for _, ks in books for k in ks)
    for k in want:
        if k not in have:
            books[r.randrange(len(books))][1].append(k)
    for d, kinds in books:
        nm = r.choice(["运维记录%d%02d.xlsx" % (d.year, d.month), "%d年%d月运维记录.xlsx" % (d.year, d.month), "运维记录_%d.%d.xlsx" % (d.year, d.month)])
        put(JC + "运维记录/%s%s" % (yr(d), nm), ops_book_month(co, d, kinds))
        c.made.append((lambda d, nm=nm: JC + "运维记录/%s%s" % (yr(d), nm), lambda d, kinds=kinds: ops_book_month(co, d, kinds), d))
    if r.random() < 0.6:
        d, kinds = books[-1]
        put(JC + "运维记录/%s运维记录%d%02d - 副本.xlsx" % (yr(d), d.year, d.month), ops_book_month(co, d, kinds))
    for st in r.sample(co.bb["stores"], r.randint(3, 4)):
        for i in range(r.randint(1, 2)):
            c.rec(lambda d: YY + "门店POS巡检/%s/%s%d年%02d月巡检表.xlsx" % (st, st, d.year, d.month), lambda d: store_patrol(co, d, st))
    hw_old = "hw_old" in H
    c.rec(lambda d: JC + "%s安全设备硬件故障统计表.xlsx" % yr(d), lambda d: hw_stats(co, d), old=hw_old)
    if hw_old:
        put(JC + "2026年/安全设备硬件故障统计表.xlsx", hw_stats(co, co.fresh(), False))
    c.rec(lambda d: FW + "可用性/信息系统中断登记表%d.xlsx" % d.year, lambda d: outages(co, d))
    resp = [r.random() < 0.7 for _ in range(3)]
    if not any(resp):
        resp[0] = True
    for rs in resp:
        c.rec(lambda d: FW + "工单导出/%s工单导出_%s.xlsx" % (yr(d), ymd(d)), lambda d: tickets(co, d, rs))
    c.rec(lambda d: JC + "变更管理/变更台账%d.xlsx" % d.year, lambda d: change_ledger(co, d))
    c.rec(lambda d: YY + "资产配置/IT资产识别清单_%s.xlsx" % ymd(d), lambda d: asset_list(co, d))
    if r.random() < 0.5:
        put("个人/%s/Book1.xlsx" % co.p(2), asset_list(co, co.fresh()))
    c.rec(lambda d: YY + "资产配置/CMDB导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, "cmdb_norel" not in H))
    if "no_ci" not in H:
        c.rec(lambda d: YY + "资产配置/配置项更新维护记录%d.xlsx" % d.year, lambda d: ci_updates(co, d))
    c.rec(lambda d: "网络安全科/信息采集/%s安全信息采集记录.xlsx" % yr(d), lambda d: collect(co, d))
    put("网络安全科/基线/安全配置基线.xlsx", baseline(co, co.issued()))
    c.rec(lambda d: YY + "知识库/知识库导出_%s.xlsx" % ymd(d), lambda d: kb(co, d, "kb_empty" not in H))
    if "aplan" not in H:
        d = co.fresh()
        put(FW + "可用性/%d年信息系统可用性保障计划.docx" % d.year, avail_plan(co, d))
    # 中心 月报: at least one with trends unless the hole
    for m in sorted(r.sample(range(2, 12), r.randint(2, 3))):
        d = date(2026, m, r.randint(3, 9))
        tr = "monthly_notrend" not in H
        da = "no_data" not in H and r.random() < 0.6
        nm = r.choice(["%d年%d月运维月报" % (2026, m - 1), "运维月报（%d.%02d）" % (2026, m - 1), "%d年%02d月运维月报（终稿）" % (2026, m - 1)])
        put(FW + "运维月报/2026年/%s.%s" % (nm, r.choice(["docx", "pdf"])), monthly(co, d, tr, da, True, period=date(2026, m - 1, 1)))
    d = date(2026, 1, r.randint(10, 25))
    put("综合科/工作总结/数字化中心2025年工作总结及2026年工作思路.docx", year_summary(co, d, "no_data" not in H, "forecast_old" not in H))
    if "forecast_old" in H or r.random() < 0.5:
        d = date(2025, 1, r.randint(10, 25))
        put("归档/2025年/数字化中心2024年工作总结及2025年工作思路.docx", year_summary(co, d, True, True))


def lay_security(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    AQ = "网络安全科/"
    for i in range(r.randint(2, 3)):
        c.rec(lambda d: AQ + "日志审计/%s%d年第%d季度日志审计报告.%s" % (yr(d), d.year, q(d), r.choice(["docx", "pdf"])), lambda d: log_audit(co, d))
    n = r.randint(3, 5)
    fulls = [("notice_partial" not in H) and r.random() < 0.6 for _ in range(n)]
    if "notice_partial" not in H and not any(fulls):
        fulls[-1] = True
    for i, full in enumerate(fulls):
        d = co.fresh()
        put(AQ + "安全通告/%s网络安全通告第%d期.%s" % (yr(d), i + 1 + d.month, r.choice(["docx", "pdf"])), bulletin(co, d, i + 1 + d.month, full))
    c.rec(lambda d: AQ + "事件统计/%s网络安全事件统计分析.xlsx" % yr(d), lambda d: sec_stats(co, d, True))
    plan_old = "pentest_old" in H
    d = co.old() if plan_old else co.fresh()
    put(AQ + "渗透测试/%d年度渗透测试工作计划.docx" % d.year, pentest_plan(co, d))
    c.rec(lambda d: AQ + "渗透测试/%s%s渗透测试报告.pdf" % (ymd(d), co.sys(1)), lambda d: pentest_report(co, d), old=plan_old)
    put(AQ + "等级保护/%s定级报告.pdf" % co.sys(0), grading(co, co.issued()), **c.scan)
    if "grading_nocriteria" not in H:
        put(AQ + "等级保护/集团信息系统安全保护等级划分标准.docx", grading_criteria(co, co.issued()))
    d = co.fresh()
    proj = "应用运维科/项目/%s%s升级改造/" % (ymd(d), co.sys(0))
    put(proj + "%s升级改造实施方案.docx" % co.sys(0), retrofit(co, d, "golive_notest" not in H, True))
    if "compat_tpl" in H:
        put(proj + "兼容性验证报告（模板）.docx", blank_paper("兼容性验证报告", d, ["网络兼容", "系统兼容", "应用兼容", "结论"]))
    else:
        c.rec(lambda d: proj + "兼容性验证报告.docx", lambda d: compat(co, d), d=d - timedelta(days=r.randint(3, 20)))


def lay_emergency(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    YJ = "应急管理/"
    ok = "no_recovery" not in H
    d = co.issued()
    doc = emergency_plan(co, d, ok, ok and r.random() < 0.5)
    put("01集团发文/%s%s关于印发网络安全事件应急预案的通知.%s" % (yr(d), doc.bb_no, r.choice(["docx", "pdf"])), doc)
    if ok:
        put(YJ + "预案/%s灾难恢复计划.docx" % co.sys(0), dr_plan(co, co.issued()))
    d = co.issued()
    if "bcp_draft" in H:
        put(YJ + "业务连续性计划（征求意见稿）.docx", void(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(YJ + "业务连续性计划.pdf", bcp(co, d))
    d = co.fresh()
    if r.random() < 0.3:
        put("个人/%s/新建 Microsoft Word 文档.docx" % co.p(1), drill(co, d, "sec"))
    else:
        put(YJ + "演练/%d年/%s网络安全应急演练记录.docx" % (d.year, ymd(d)), drill(co, d, "sec"))
    if "no_drdrill" not in H:
        c.rec(lambda d: YJ + "演练/%d年/%s数据恢复演练记录.pdf" % (d.year, ymd(d)), lambda d: drill(co, d, "dr"), **c.scan)
    d = co.fresh()
    put(YJ + "演练/%d年/%d年应急演练方案.docx" % (d.year, d.year), drill_scheme(co, d))


def lay_review(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    TX = "体系运行/"
    c.rec(lambda d: TX + "监视测量/运维服务监视测量清单%d%02d.xlsx" % (d.year, d.month), lambda d: kpi_sheet(co, d), old="kpi_old" in H)
    ver = "capa_unverified" not in H
    for i in range(r.randint(1, 2)):
        c.rec(lambda d: TX + "纠正预防/扫描件%03d.pdf" % r.randint(1, 300), lambda d: capa(co, d, ver), **c.scan)
    if not ver:
        put("归档/2025年/纠正预防措施单JZ-2025-02.pdf", capa(co, co.old(), True), **c.scan)
    c.rec(lambda d: TX + "内部审核/%d年度内部审核报告.docx" % d.year, lambda d: internal_audit(co, d), old="ia_old" in H)
    inputs = ["perf", "fb", "ca", "imp"] if "mr_partial" in H else ["perf", "fb", "res", "ca", "chg", "imp"]
    c.rec(lambda d: TX + "管理评审/%d年度管理评审会议纪要.docx" % d.year, lambda d: mgmt_review(co, d, inputs))
    if "no_auditproc" not in H and r.random() < 0.5:
        put(TX + "认证/ITSS及ISO20000证书.pdf", iso_cert(co, co.issued()), **c.scan)
    c.rec(lambda d: TX + "持续改进/%d年度持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, "criteria" not in H))
    if not getattr(c, "improve_min", False) and "no_opps" not in H:
        c.rec(lambda d: TX + "持续改进/改进机会评估表_%s.docx" % ymd(d), lambda d: improve_eval(co, d))
    if "no_itrack" not in H:
        c.rec(lambda d: TX + "持续改进/改进项目跟踪台账%d.xlsx" % d.year, lambda d: improve_track(co, d))
    if "aware_signin" in H:
        d = co.fresh()
        put("培训/%s《持续改进管理规定》宣贯签到表.xlsx" % yr(d), signin(co, d, "数字化中心持续改进管理规定"))
    else:
        c.rec(lambda d: "培训/%s持续改进意识培训记录.docx" % yr(d), lambda d: awareness(co, d))
    c.rec(lambda d: TX + "持续改进/运维服务不良情况专题分析%d.docx" % d.year, lambda d: defects(co, d), old="defects_old" in H)


def lay_none(c):
    co, r, put = c.co, c.r, c.put
    for what, m in (("秋季教材发行", 8), ("春季教材发行", 2), ("书展", 6)):
        d = date(2026, m, r.randint(1, 20))
        b = [("title", "2026年%s信息系统保障方案" % what), ("p", "%s" % cnd(d)), ("p", "一、保障时段：%d月%d日至%d月底。" % (m, d.day, m)),
             ("p", "二、保障措施：变更冻结、ERP数据库扩容、门店驻场、7×24值班。"), ("p", "三、值班安排：%s、%s、%s轮值。" % (co.p(2), co.p(3), ven(co, 0)))]
        put("重要时期保障/2026年%s/%s保障方案.docx" % (what, what), Doc("rush", "保障方案", d, [], False, b))
    d = co.fresh()
    rows = [[back(d, i).isoformat(), co.rng.choice(co.bb["stores"]), "%.1f" % (co.rng.random() * 40 + 5), co.rng.randint(200, 2000)] for i in range(10)]
    put("应用运维科/门店销售日报导出_%s.xlsx" % ymd(d), book("sales", "门店销售日报", d, True, [("日报", ["日期", "门店", "码洋（万元）", "交易笔数"], rows, [])]))
    d = co.fresh()
    put("网络安全科/内容安全/%s数字出版平台内容巡查记录.xlsx" % yr(d), book("content", "数字出版平台内容巡查记录", d, True,
        [("巡查", ["日期", "栏目", "巡查条数", "违规", "处理"], [[back(d, 7 * i).isoformat(), co.rng.choice(["电子书", "有声书", "评论区"]), co.rng.randint(200, 900),
                                                           co.rng.randint(0, 3), "已下架"] for i in range(6)], [])]))
    d = co.fresh()
    b = [("title", "值班日报（%s）" % d.isoformat()), ("p", "值班：%s" % co.p(4)), ("p", "各系统运行正常；受理报障%d件。" % co.rng.randint(5, 20))]
    put("运维服务台/值班日报/%s值班日报%s.txt" % (yr(d), ymd(d)), Doc("daily", "值班日报", d, [], True, b), **({"encoding": "gb18030"} if r.random() < 0.6 else {}))


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
    M = "成员单位运维服务/%s/" % co.bb["cust"]
    put("基础设施科/表格模板/运维记录（空表）.xlsx", blank_sheet("数字化中心运维记录", co.fresh(), ["日期", "设备", "运行状态", "CPU", "内存", "告警", "巡检人"]))
    put("应用运维科/门店POS巡检/门店POS巡检表（空白）.xlsx", blank_sheet("门店POS系统巡检表", co.fresh(), ["日期", "门店", "VPN网关", "POS终端", "外设", "日结", "巡检人"]))
    put("基础设施科/变更管理/变更申请单（模板）.docx", blank_paper("运维变更申请单", co.fresh(), ["变更内容", "影响范围", "测试情况", "回退方案", "审批意见"]))
    put(M + "04满意度/满意度测评问卷（空白）.xlsx", blank_sheet("运维服务满意度测评问卷", co.fresh(), ["测评项", "非常满意", "满意", "一般", "不满意", "建议"], 6))
    put(M + "02服务协议/信息化运维服务协议（范本）.docx", blank_paper("信息化运维服务协议（范本）", co.fresh(), ["第一章 服务范围", "第二章 运维方式", "第三章 服务级别", "第四章 健康检查"]))
    if r.random() < 0.6:
        put("应急管理/演练/演练记录表（模板）.docx", blank_paper("应急演练记录", co.fresh(), ["演练时间", "场景", "过程", "结果", "问题"]))
    if "slm_draft" in H:
        put("02中心发文/待发/数字化中心服务级别管理规定（征求意见稿）.docx", void(reg_doc(co, co.fresh(), "fw"), "draft (征求意见稿)", "（征求意见稿）"))
    if "no_problem" in H:
        put("03制度汇编/已废止/问题管理规定（2019版）作废.pdf", void(reg_doc(co, date(2019, 5, 8), "wt"), "obsolete", "（作废）"), **c.scan)
    d = co.fresh()
    put("个人/%s/信息化运维服务协议修订（送审稿）.docx" % co.p(0), void(agreement(co, d), "draft", "（送审稿）"))
    put("个人/%s/%d年持续改进计划_改.docx" % (co.p(3), d.year + 1), void(improve_plan(co, d, True), "draft", "（讨论稿）"))
    put("应急管理/预案/作废/网络安全事件应急预案（2020版）作废.pdf", void(emergency_plan(co, date(2020, 4, 16), True, True), "obsolete", "（作废）"), **c.scan)
    nas = co.bb["nas"]
    if nas == "$RECYCLE.BIN":
        sid = "S-1-5-21-%d-%d-%d-%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(1000, 1300))
        bins = ["$RECYCLE.BIN/%s/$R%06X.docx" % (sid, r.randint(0, 16 ** 6)), "$RECYCLE.BIN/%s/$R%06X.xlsx" % (sid, r.randint(0, 16 ** 6)),
                "$RECYCLE.BIN/%s/$R%06X.docx" % (sid, r.randint(0, 16 ** 6))]
    else:
        bins = [nas + "/应急管理/数据恢复演练记录.docx", nas + "/基础设施科/变更台账.xlsx", nas + "/体系运行/内部审核报告.docx"]
    put(bins[0], void(drill(co, co.fresh(), "dr"), "recycle bin"))
    put(bins[1], void(change_ledger(co, co.fresh()), "recycle bin"))
    put(bins[2], void(internal_audit(co, co.fresh()), "recycle bin"))
    for what in r.sample(["网络安全事件应急预案", "运维变更管理规定", "信息化运维管理办法"], 2):
        d = co.fresh()
        put("培训/%s%s《%s》宣贯签到表.xlsx" % (yr(d), ymd(d), what), signin(co, d, what))
    put("03制度汇编/现行有效制度目录.xlsx", doc_index(co, co.fresh(), keys))
    d = co.fresh()
    put("体系运行/管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(("#recycle", ".recycle", "$RECYCLE"))]
    for rel in office[4:140:22]:
        folder, _, base = rel.rpartition("/")
        p = (folder + "/" if folder else "") + "~$" + (base if len(base) <= 12 else base[2:])
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(2)), "Office lock file")
    for rel, data, why in (("运维服务台/工单导出/2026年/新建 XLSX 工作表.xlsx", b"", "empty file"),
                           ("网络安全科/日志审计/2026年/新建 DOCX 文档.docx", b"", "empty file"),
                           (M + "04满意度/2026年下半年满意度测评报告.docx", b"", "empty file"),
                           ("应用运维科/扫描件%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")):
        if rel not in co.used:
            co.raw(rel, data, why)
