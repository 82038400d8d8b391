# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_aw.py - style AW: the 信息科 of a city's 住房公积金管理中心.

An author voice for the accuracy corpus, used only by the AW shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py, kinds_ar.py's mechanics and the README's ground-truth section;
never the rules, the sources or a score).

The organisation: the 信息科 of 某市住房公积金管理中心, a 参公 public institution.  About twelve people: 科长, 副科长,
a 网络组, a 系统组 (业务系统, 数据库), a 安全员 who is also the 网络安全联络员, an 档案影像 post, and a 驻场运维 team
(three engineers) of a contracted vendor under a 驻场运维服务合同 renewed every year by 政府采购.  It runs the
住房公积金综合业务系统, the 网上服务大厅 and 手机APP (and the 12329 热线 platform's IT), the 银行结算接口平台 with
the 委托银行, the 档案影像系统, the 数据共享交换 with 不动产/社保/税务, and the upload to the 全国住房公积金监管服务平台.
Under an 信息化运维服务协议 it also runs the systems of a 行业分中心 (电力/石化/煤炭/烟草) that keeps its own 归集
and 贷款 staff but uses the 中心's systems: that 分中心 is the form's customer.

How its people write (a small government office):
- 中心 文件 with a 红头 (X公积金〔2025〕12号), 主送 各科室、各管理部、分中心, 现将《…》印发给你们, a signature in
  Chinese numerals, 公开方式, the 综合科 印发 line, then the 办法 (第一章 总则 / 第一条 …); some kept as 扫描件, some split
  into 正文 and 附件; 信息科 规程 filed bare with a 编号 (XX-XXK-GC-nn);
- 请示 (关于…的请示) with the 预算 as 附件, 主任办公会 and 科务会 会议纪要 (〔2026〕第N期), 情况报告;
- WPS files saved as .docx/.xlsx, names with 2026.3.15 / 20260315 / 2026年3月 / （定稿）/ 改2 / (1) / - 副本,
  generic 附件2.docx, 扫描件003.pdf, Book1.xlsx, 新建 Microsoft Word 文档.docx;
- folders by 年度 (2025年/2026年) and month, 中心发文/, 信息科/, 驻场运维/, 分中心运维/, 网络安全/, 会议纪要/, 个人文件夹/,
  旧资料/ (last year's copies, stale), a NAS 回收站 (#recycle or @Recycle).

Judgement calls are listed at the end of this docstring, and in the README.

Every builder returns a kinds.Doc listing as items only what its own text proves; a part of a document lends its
items only when it is written; a workbook sheet without data rows proves nothing; a record older than a year keeps its
items (record=True) and is stale.  build(co, lock_bytes) lays out the whole share; AW_INFO holds the per-share facts
and the holes each share was designed with.

Judgement calls:
- a 中心 文件 filed whole is the 办法 it 印发; filed split, the 附件 is the 办法 and the 正文 a decoy that only cites it;
  the 制度汇编（信息化分册） proves what its 办法 write; the 运行维护管理办法 proves 10/pdca only with its 管理模式 chapter;
- the 网络安全事件管理办法 is 30 (报告, 处置), 31/incident-process and 34 (应急响应, 事后处理);
- an 操作规程 of one 作业 (机房巡检, 数据库备份, 防火墙策略, 银行接口对账) is 24's work instruction and 11's manual;
- the 机房巡检记录 workbook proves each record kind whose sheet has rows; its 机房环境 sheet proves nothing;
  only the 硬件故障统计 with rows is 14's statistics;
- the 分中心's 灾备切换演练 is 40's recovery drill only, not 53's drill (53 asks for a drill of the 应急响应预案);
- the 驻场运维服务合同's 服务级别 chapter is 8's SLD (the third party is the vendor); the 科内运维协同约定 is 8's OLA;
- the 驻场运维 季度考核表 that sets each indicator against its target is 57/measurement, a 扣分-only 考核通报 nothing;
  the 整改通知单 to the vendor is 57/capa and, with its 复查 filled, 66/effectiveness;
- the 主任办公会纪要 proves each decision it writes (网络安全联络员 28, the scored and approved 改进事项 67);
- the 运行月报 proves 50 with its 趋势分析, 56 with the ten-indicator table, 18/22's report with its 可用率 section;
  the 年度工作总结 proves 56 and 71 only with those sections;
- a 请示 正文 that asks for the 运维经费 without the 预算表 proves nothing; the 12329 话务统计, the 归集 业务月报, the
  档案影像 扫描质检, the 省厅 收文 and the 等保测评 整改台账 are real documents that prove nothing.
"""

from datetime import date, timedelta

from kinds import Doc

AW_INFO = {
    "aw1": dict(city="瓯宁市", pre="瓯公积金", code="ONGJ", branch="电力分中心", banks=("工商银行", "建设银行", "瓯宁农商银行"),
                nas="#recycle", app="“瓯宁公积金”APP",
                holes={"survey_notime", "ola", "pdca", "compat", "collect_old", "problem_draft", "wi_one", "pentest_old",
                       "trend", "resp", "kpi_scoreonly", "callbacks", "forecast"}),
    "aw2": dict(city="岷阳市", pre="岷公积金", code="MYGJ", branch="石化分中心", banks=("农业银行", "中国银行", "岷阳银行"),
                nas="@Recycle", app="“岷阳公积金”APP",
                holes={"budget_tpl", "hist_noanalysis", "kpis", "catalog_base", "hw_none", "kb_empty", "cmdb_norel",
                       "drdrill", "desk_train", "grading_crit", "ia_old", "criteria", "defects_old"}),
    "aw3": dict(city="淮川市", pre="淮公积金", code="HCGJ", branch="煤炭行业分中心", banks=("建设银行", "交通银行", "淮川农商银行"),
                nas="#recycle", app="“淮川公积金”APP",
                holes={"survey_nosec", "svc_noauto", "staff_old", "aplan", "iface", "devplan_draft", "recovery",
                       "bcp_draft", "req_proc", "notice_partial", "improve_proc", "prevent", "itrack"}),
    "aw4": dict(city="澧州市", pre="澧公积金", code="LZGJ", branch="烟草分中心", banks=("工商银行", "邮储银行", "澧州银行"),
                nas="@Recycle", app="“澧州公积金”APP",
                holes={"comm_noagree", "health_agree", "roles", "baseline", "sla_nomode", "ci", "monthly_notrend",
                       "change_pending", "no_data", "mr_partial", "audit_rule", "improve_pending", "aware_signin"}),
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


def dots(d):
    return "%d.%d.%d" % (d.year, d.month, d.day)


def anyd(co, d):
    f = co.rng.randint(0, 5)
    if f <= 2:
        return cnd(d)
    if f == 3:
        return d.isoformat()
    if f == 4:
        return dots(d)
    return "%d/%02d/%02d" % (d.year, d.month, d.day)


def back(d, n):
    return d - timedelta(days=n)


def q(d):
    return (d.month - 1) // 3 + 1


def centre(co):
    return co.aw["city"] + "住房公积金管理中心"


def branch(co):
    return centre(co) + co.aw["branch"]


class Paper:
    """A written document assembled part by part; a part lends its items only when it is written."""

    def __init__(self, title, style="cn"):
        self.blocks = [("title", title)]
        self.items = []
        self.style = style
        self.n = 0

    def add(self, *blocks):
        self.blocks += list(blocks)
        return self

    def sec(self, heading, body, items=(), on=True):
        if not on:
            return self
        self.n += 1
        if self.style == "cn":
            h = "%s、%s" % (han(self.n), heading)
        elif self.style == "num":
            h = "%d.%s" % (self.n, heading)
        elif self.style == "kuo":
            h = "（%s）%s" % (han(self.n), heading)
        else:
            h = "第%s章 %s" % (han(self.n), heading)
        self.blocks.append(("h1", h))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items)), record, self.blocks + list(tail))


def wb(kind, title, d, record, sheets, note=None):
    """A workbook: (name, header, rows, items); a sheet without rows lends nothing."""
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


def blank_table(title, d, cols, n=10):
    rows = [[title], ["填报单位：%s" % "信息科", "", "填报日期：    年  月  日"], cols] + [[""] * len(cols) for _ in range(n)]
    rows.append(["填表人：", "", "科长签字："])
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", rows)], decoy="template")


def blank_form(title, d, heads):
    b = [("title", title), ("p", "编号：          日期：    年  月  日")]
    for h in heads:
        b += [("h1", h), ("p", "")]
    b.append(("p", "经办人：          科室负责人：          分管领导："))
    return Doc("blank", title, d, [], False, b, decoy="template")


# ------------------------------------------------------------------------------ 红头 and 办法

def wenhao(co, d):
    key = d.year
    co.aw_no[key] = co.aw_no.get(key, co.rng.randint(2, 9)) + co.rng.randint(1, 6)
    return "%s〔%d〕%d号" % (co.aw["pre"], d.year, co.aw_no[key])


def red_head(co, d, subject, to=None):
    no = wenhao(co, d)
    return [("big", centre(co) + "文件"), ("p", no), ("title", subject),
            ("p", to or "各科室、各管理部，%s：" % co.aw["branch"])], no


def tail_lines(co, d):
    return [("p", centre(co)), ("p", sign_date(d)),
            ("p", co.rng.choice(["（此件主动公开）", "（此件不予公开）", "（此件依申请公开）"])),
            ("p", "抄送：市住房和城乡建设局，%s。" % co.aw["branch"]),
            ("p", "%s综合科              %s印发" % (centre(co), cnd(d + timedelta(days=co.rng.randint(0, 3)))))]


# key: (name, level, [(chapter, [articles], items, tag)]); level zx = 中心 办法 by 红头, ke = 信息科 规程 filed bare
RULES = {
    "yw": ("信息系统运行维护管理办法", "zx", [
        ("总则", ["为规范中心信息系统运行维护工作，保障住房公积金业务连续、安全、稳定运行，依据《住房公积金管理条例》和住房和城乡建设部"
                 "住房公积金信息系统有关技术规范，结合中心实际，制定本办法。",
                 "本办法适用于中心住房公积金综合业务系统、网上服务大厅及手机APP、银行结算接口平台、档案影像系统、数据共享交换平台及机房"
                 "基础设施的运行维护，{branch}使用中心信息系统的，参照执行。"], [], None),
        ("管理模式", ["信息系统运维按照“计划、实施、检查、改进”的闭环方式管理。每年一月由信息科编制年度运维工作计划和服务目录，报分管领导审定（计划）；",
                   "信息科和驻场运维人员按操作规程开展日常巡检、备份、变更、事件处理和安全运维（实施）；",
                   "信息科每月形成运行月报，每季度对驻场运维服务考核，每年开展内部审核并向主任办公会报告运维工作（检查）；",
                   "对检查中发现的问题和未完成的指标制定整改措施，纳入下年度持续改进计划并跟踪落实（改进）。"], ["10/pdca"], "pdca"),
        ("职责", ["信息科是中心信息系统运维的主管科室，负责制度建设、运维组织、安全管理和对驻场运维服务的监督考核；",
                 "各业务科室、管理部负责本部门终端和业务数据的日常管理，发现系统异常及时通过运维服务台报告。"], [], None),
        ("运维要求", ["机房每日巡检，数据库每日备份并每月抽查恢复，生产变更须在非营业时间实施并提前一个工作日在中心网站和网厅公告。"], [], None),
        ("附则", ["本办法由信息科负责解释，自印发之日起施行。"], [], None)]),
    "bg": ("信息系统变更管理办法", "zx", [
        ("总则", ["为控制信息系统变更风险，防止因变更导致住房公积金业务中断或资金结算差错，制定本办法。",
                 "本办法所称变更，是指对生产环境网络、安全设备、服务器、数据库、业务系统程序和参数、银行接口配置的新增、修改和删除。"], [], None),
        ("变更流程", ["变更由实施人填写《信息系统变更申请单》，写明变更内容、原因、影响范围、测试情况、实施时间和回退方案；",
                   "一般变更由信息科科长审批，涉及业务参数、利率、银行接口或停机的重大变更报分管主任批准，并书面告知相关业务科室和{branch}；",
                   "变更实施后由申请人和业务科室共同验证，验证不通过的立即按回退方案恢复；",
                   "紧急变更可经科长电话同意后先行实施，一个工作日内补办手续；变更申请、审批、实施、验证和回退全过程在变更登记台账中记录。"],
         ["54/procedure"], None),
        ("附则", ["本办法自印发之日起施行。"], [], None)]),
    "aq": ("网络安全事件管理办法", "zx", [
        ("总则", ["为及时处置网络安全事件，保护缴存职工个人信息和住房公积金资金安全，依据《网络安全法》《数据安全法》和国家网络安全事件应急预案，"
                 "制定本办法。"], [], None),
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件（含数据泄露）、设备设施故障和其他事件；按影响分为特别重大、"
                       "重大、较大和一般四级。"], [], None),
        ("事件报告", ["发现网络安全事件的科室或驻场人员应立即报告信息科安全员，安全员在30分钟内报信息科科长和分管主任；较大及以上事件由中心在"
                   "2小时内报市委网信办和市住房和城乡建设局，涉及{branch}的同时通报该分中心。"], ["30/reporting-process"], None),
        ("事件处置", ["事件处置按照确认研判、隔离遏制、清除根除、恢复验证的步骤进行，信息科填写《网络安全事件处置记录》。"],
         ["30/response-process", "31/incident-process"], None),
        ("应急响应", ["事件达到《网络安全事件应急预案》启动条件的，由中心网络安全和信息化领导小组宣布启动应急响应，处置完毕后宣布结束。"],
         ["34/emergency-process"], None),
        ("事后处理", ["事件处置结束后5个工作日内形成事件报告，分析原因，追究责任，落实整改，并修订应急预案和知识库。"], ["34/incident-process"], None),
        ("附则", ["本办法自印发之日起施行。"], [], None)]),
    "sj": ("运维事件管理规程", "ke", [
        ("目的", ["规范信息系统运维事件的受理、分级、处理和关闭，尽快恢复业务。"], [], None),
        ("受理", ["事件来源于监控告警、巡检发现、业务科室和{branch}通过运维服务台（内线8012）报障，由服务台在运维工单系统统一登记。"],
         ["49/incident-procedure"], None),
        ("分级和处理", ["影响柜面业务办理、网厅或银行结算的为一级事件，15分钟内响应；驻场人员不能处理的升级至开发商或设备厂家；",
                     "事件处理完毕经报障人确认后关闭工单。"], ["49/incident-procedure"], None)]),
    "qq": ("服务请求管理规程", "ke", [
        ("目的", ["规范业务科室、管理部和{branch}提出的账号开通、权限变更、数据提取、网络接入、终端安装等服务请求的办理。"], [], None),
        ("受理和审批", ["服务请求通过OA或运维工单系统提交，写明请求事项和依据，由申请科室负责人审核；数据提取须经分管主任批准。"],
         ["49/request-procedure"], None),
        ("办理和关闭", ["信息科按服务目录规定的时限办结，申请人确认后关闭请求。"], ["49/request-procedure"], None)]),
    "wt": ("问题管理规程", "ke", [
        ("目的", ["查找反复发生或影响较大的运维事件的根本原因，防止事件重复发生。"], [], None),
        ("问题的建立", ["同一事件一个月内发生三次及以上、一级事件、失败变更均建立问题记录。"], ["20/procedure", "37/procedure"], None),
        ("分析和解决", ["责任人在10个工作日内完成根本原因分析，提出临时措施和永久解决方案，需变更的按变更管理办法执行；",
                     "问题解决后由信息科科长验证关闭，每月在科务会上通报未关闭问题。"], ["20/procedure", "37/procedure"], None)]),
    "zs": ("运维知识管理规程", "ke", [
        ("目的", ["积累运维经验，建立和维护运维知识库。"], [], None),
        ("知识的提交和审核", ["事件、问题处理后由处理人提交知识条目，经信息科科长审核后发布到知识库。"], ["21/procedure"], None),
        ("使用和维护", ["知识库每半年复核一次，过时条目废止；新入场驻场人员须学习知识库。"], ["21/procedure"], None)]),
    "fw": ("运维服务级别管理规程", "ke", [
        ("目的", ["规范运维服务级别的确定、签订、监视和评审。"], [], None),
        ("服务级别的确定", ["信息科根据业务科室和{branch}需求制定服务目录和服务级别，与{branch}签订信息化运维服务协议，与驻场运维单位在合同中约定服务级别。"],
         ["39/slm-procedure"], None),
        ("监视和评审", ["服务级别达成情况每月在运行月报中统计，每季度与{branch}评审一次，未达标的制定改进措施。"], ["39/slm-procedure"], None)]),
    "gj": ("运维服务持续改进管理办法", "zx", [
        ("总则", ["为持续提升信息系统运维服务质量，规范改进措施的识别、记录、批准、评估、测量和报告，制定本办法。"], [], None),
        ("改进的识别和记录", ["改进来源包括内部审核、管理评审、满意度调查、投诉、事件和问题分析、考核指标未达成，由信息科登记在改进事项台账。"],
         ["65/procedure"], None),
        ("评估和批准", ["信息科按影响、成本和风险对改进事项评分排序，报主任办公会批准后实施。"], ["65/procedure"], None),
        ("测量和报告", ["改进实施后测量效果，每半年向主任办公会报告改进情况。"], ["65/procedure"], None),
        ("附则", ["本办法自印发之日起施行。"], [], None)]),
    "ns": ("信息安全管理体系内部审核实施细则", "zx", [
        ("总则", ["为按计划的时间间隔验证中心信息安全和运维服务管理体系符合标准要求、满足服务需求并得到有效实施和保持，制定本细则。"], [], None),
        ("审核安排", ["每年至少开展一次覆盖全部要求的内部审核，审核员由经培训的人员担任，不审核本人工作。"], ["61/audit-system", "62/audit-mechanism"], None),
        ("审核程序", ["编制年度审核计划→召开首次会议→现场审核→开具不符合项→末次会议→跟踪验证纠正措施，审核报告报主任办公会。"],
         ["61/audit-system", "62/audit-mechanism"], None)]),
    "jc": ("驻场运维服务监督考核办法", "zx", [
        ("总则", ["为对信息系统运维服务的实现情况进行监视和测量，规范对驻场运维单位的监督考核，制定本办法。"], [], None),
        ("监视内容", ["考核指标包括系统可用率、事件响应及时率、巡检完成率、业务科室和{branch}满意度、投诉次数等。"],
         ["61/monitoring-process", "62/monitoring-process"], None),
        ("考核方式", ["信息科每月统计指标，每季度考核评分；未达到目标的指标，向驻场运维单位下发整改通知单并跟踪复查。"],
         ["61/monitoring-process", "62/monitoring-process"], None)]),
    "yf": ("网络安全隐患排查及预防措施管理规定", "zx", [
        ("总则", ["为消除信息系统潜在的不符合和安全隐患的原因，防止事件发生，制定本规定。"], [], None),
        ("隐患排查", ["信息科每季度组织一次网络安全隐患排查，结合巡检、漏洞扫描、事件趋势分析识别潜在问题。"], ["66/preventive-actions"], None),
        ("预防措施", ["对识别的隐患制定预防措施，经科长批准后实施，实施后一个月内验证其有效性并在隐患台账中记录。"], ["66/preventive-actions"], None)]),
    "px": ("网络安全教育培训管理办法", "zx", [
        ("总则", ["为提高中心干部职工和{branch}工作人员的网络安全意识和技能，规范安全培训服务，制定本办法。"], [], None),
        ("培训服务流程", ["培训按照需求调查、制定年度培训计划、准备课件、组织培训并签到、考试考核、效果评估和资料归档的流程开展。"],
         ["31/training-process"], None),
        ("附则", ["本办法自印发之日起施行。"], [], None)]),
    "st": ("渗透测试管理规定", "ke", [
        ("目的", ["规范对网厅、手机APP和对外接口的渗透测试工作。"], [], None),
        ("测试流程", ["取得分管主任书面授权→确定测试范围和时间→信息收集→漏洞发现与验证→编写报告→整改后复测。"], ["31/pentest-process"], None),
        ("要求", ["测试不得在营业时间进行，不得使用可能造成拒绝服务或数据破坏的手段。"], ["31/pentest-process"], None)]),
}


def rule_body(co, key, drop=()):
    name, level, chaps = RULES[key]
    blocks, items, n = [], [], 0
    for i, (ch, arts, its, tag) in enumerate(chaps, 1):
        if tag and tag in drop:
            continue
        if level == "zx":
            blocks.append(("h1", "第%s章 %s" % (han(i - (1 if any(t and t in drop for _, _, _, t in chaps[:i]) else 0)), ch)))
        else:
            blocks.append(("h1", "%d %s" % (i, ch)))
        for a in arts:
            n += 1
            a = a.format(branch=co.aw["branch"])
            blocks.append(("p", ("第%s条 " % han(n) + a) if level == "zx" else a))
        items += its
    return blocks, sorted(set(items))


def rule_doc(co, d, key, drop=(), whole=True):
    name, level, _ = RULES[key]
    body, items = rule_body(co, key, drop)
    full = centre(co) + name if level == "zx" else "信息科" + name
    if level == "ke" or not whole:
        code = "%s-XXK-GC-%02d" % (co.aw["code"], list(RULES).index(key) + 1)
        head = [("title", full), ("p", "编号：%s    版本：%s" % (code, co.rng.choice(["V1.0", "V1.1", "V2.0"]))),
                ("p", "编制：%s    审核：%s    批准：%s    %s" % (co.p(2), co.p(0), co.boss, cnd(d)))]
        doc = Doc("rule:" + key, full, d, items, False, head + body)
        doc.aw_no = code
        return doc
    rh, no = red_head(co, d, "关于印发《%s》的通知" % full)
    b = rh + [("p", "现将《%s》印发给你们，请认真贯彻执行。" % full), ("p", "附件：%s" % full)] + tail_lines(co, d) + [("break",), ("title", full)] + body
    doc = Doc("rule:" + key, full, d, items, False, b)
    doc.aw_no = no
    return doc


def rule_cover(co, d, key):
    """the 正文 of a split 发文: it cites the 办法, it is not the 办法"""
    name = centre(co) + RULES[key][0]
    rh, no = red_head(co, d, "关于印发《%s》的通知" % name)
    doc = Doc("cover", "印发通知", d, [], False, rh + [("p", "现将《%s》印发给你们，请认真贯彻执行。" % name), ("p", "附件：%s" % name)] + tail_lines(co, d),
              decoy="covering notice citing the procedure")
    doc.aw_no = no
    return doc


def compilation(co, d, keys, drop):
    names = [RULES[k][0] for k in keys]
    b = [("p", centre(co)), ("p", " "), ("title", "%s制度汇编（信息化分册）" % centre(co)), ("p", "（%d年版）" % d.year),
         ("p", "%s信息科 编" % centre(co)), ("p", cnd(d)), ("break",), ("h1", "编印说明"),
         ("p", "为方便干部职工学习和执行，信息科将现行有效的信息化管理制度汇编成册。本汇编收录制度%d项，如与上级规定不一致的，以上级规定为准。" % len(keys)),
         ("h1", "目录")] + [("p", "%d. %s ………… %d" % (i, n, 3 + 4 * i)) for i, n in enumerate(names, 1)] + [("break",)]
    items = []
    for k in keys:
        body, its = rule_body(co, k, drop)
        b += [("title", RULES[k][0])] + body + [("break",)]
        items += its
    return Doc("compilation", "制度汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------------------ 分中心: 运维前

def survey(co, d, times, sec):
    p = Paper("%s信息化运维服务需求调研报告" % co.aw["branch"])
    p.add(("p", "信息科    %s" % cnd(d)))
    p.sec("调研背景", ["%s使用中心住房公积金综合业务系统办理本系统职工的归集、提取和贷款业务。为签订%d年度信息化运维服务协议，信息科于%d月"
                    "到%s座谈，结合中心“十四五”信息化发展规划和%s对业务发展的安排，开展本次调研。" % (branch(co), d.year + 1, d.month, co.aw["branch"], co.aw["branch"])])
    p.sec("调研方式", ["与分中心主任%s、业务人员%s座谈，发放问卷%d份，查阅上一年度报障记录。" % (co.cp(0), co.cp(1), co.rng.randint(12, 30))])
    p.sec("服务时间需求", ["分中心柜面营业时间为工作日8:30-12:00、13:30-17:30，要求营业时间内综合业务系统和银行结算接口持续可用，故障15分钟内响应；",
                       "网厅和APP要求7×24小时可用，夜间和节假日由驻场人员远程值守，月末、年末结息和缴存基数调整期间安排专人现场保障。",
                       ("table", [["服务对象", "服务时段", "响应时限", "到场时限"], ["综合业务系统（柜面）", "工作日8:30-17:30", "15分钟", "1小时"],
                                  ["银行结算接口", "工作日8:00-18:00", "15分钟", "1小时"], ["网厅及APP", "7×24小时", "30分钟", "次日"]])],
          ["1/survey"], on=times)
    p.sec("安全服务需求和类型", ["分中心提出的安全服务需求：职工个人信息保护、终端防病毒和准入、网厅漏洞扫描和渗透测试、安全事件应急响应、等级保护测评配合、"
                           "工作人员安全意识培训。",
                           ("table", [["类型", "内容", "优先级"], ["数据安全类", "个人信息脱敏、数据提取审批", "高"], ["安全评估类", "漏洞扫描、渗透测试", "高"],
                                      ["应急保障类", "安全事件应急响应", "高"], ["基础运维类", "终端防病毒、准入", "中"], ["培训类", "安全意识培训", "低"]])],
          ["5/survey"], on=sec)
    p.sec("结论", ["上述需求经分中心确认，作为服务协议和服务目录的依据。"])
    return p.doc("survey", d, False, [("p", "调研人：%s、%s" % (co.p(0), co.p(3)))])


def budget_sheet(co, d):
    rows = [[1, "驻场运维服务（3人）", 750, "驻场工程师3名", 800, 600000, "%d年1月-12月" % d.year],
            [2, "综合业务系统维护（开发商）", 120, "开发商工程师", 1500, 180000, "按季度"],
            [3, "等级保护测评", 20, "测评机构", 3000, 60000, "%d年9月前" % d.year],
            [4, "渗透测试及漏洞扫描", 15, "安全服务商", 2400, 36000, "%d年6月、11月" % d.year],
            [5, "网络安全设备维保", 10, "设备厂家", 3500, 35000, "全年"],
            ["", "合计", 915, "", "", 911000, ""]]
    return wb("budget", "%s%d年度信息系统运维经费预算明细表" % (centre(co), d.year), d, False,
              [("预算明细", ["序号", "项目", "工作量（人天）", "人力资源", "单价（元）", "金额（元）", "时间节点"], rows, ["2/budget"])],
              note="附件1    编制：%s    日期：%s" % (co.p(0), anyd(co, d)))


def budget_ask(co, d):
    b = [("title", "关于申请%d年度信息系统运维经费的请示" % (d.year)), ("p", "中心领导："),
         ("p", "为保障住房公积金信息系统正常运行，根据年度运维工作安排，信息科拟申请%d年度信息系统运维经费，明细见附件。" % d.year),
         ("p", "妥否，请批示。"), ("p", "附件：%d年度信息系统运维经费预算明细表" % d.year), ("p", "信息科"), ("p", cnd(d))]
    return Doc("ask", "请示", d, [], False, b)


def meeting(co, d, agreed):
    p = Paper("%s信息化运维服务对接会会议纪要" % co.aw["branch"])
    p.add(("p", "时间：%s    地点：中心三楼会议室" % anyd(co, d)),
          ("p", "参加：分中心%s、%s；信息科%s、%s；驻场运维%s" % (co.cp(0), co.cp(1), co.p(0), co.p(3), co.vp(0))))
    p.sec("会议内容", ["讨论%d年度运维服务范围、服务时间、驻场安排、巡检和健康检查频次、报告方式。" % (d.year + 1)])
    if agreed:
        p.sec("会议议定事项", ["1.运维范围为分中心使用的综合业务系统终端、网络接入、银行结算接口和网厅分中心模块；",
                           "2.驻场人员每周二、周四到分中心现场，其他时间远程支持；",
                           "3.信息科每月提供运行月报，每季度开展一次健康检查。",
                           "以上事项双方一致同意，信息科据此起草服务协议。"], ["3/communication"])
    else:
        p.sec("各方意见", ["分中心提出希望驻场人员常驻分中心，信息科表示人员紧张需请示中心领导；巡检频次双方意见不一致，待下次会议再议。"])
    return p.doc("meeting", d, False, [("p", "记录：%s" % co.p(3))])


def history(co, d, parts):
    p = Paper("上一服务期运维数据分析及%d年度运维保障方案" % (d.year + 1))
    p.add(("p", "信息科    %s" % anyd(co, d)))
    if "list" in parts:
        p.sec("历史数据清单", [("table", [["序号", "数据", "来源", "时间范围", "条数"]] +
                                  [[i, n, s, "%d年1-12月" % d.year, co.rng.randint(60, 3000)] for i, (n, s) in enumerate(
                                      [("运维工单", "运维工单系统"), ("变更登记", "变更登记台账"), ("系统中断登记", "中断登记簿"),
                                       ("监控告警", "监控平台"), ("安全日志", "日志审计系统"), ("巡检记录", "机房巡检记录")], 1)])],
              ["4/history-list"])
    if "analysis" in parts:
        p.sec("数据分析", ["指标完成情况：综合业务系统可用率99.96%，事件按时解决率96.1%，未达到协议约定的97%；",
                       "违例操作：发现驻场人员未经审批修改数据库参数1次、共用账号登录2次，已通报整改；",
                       "重大事件：%d年%d月银行结算接口证书过期导致%s代扣失败2小时；" % (d.year, co.rng.randint(3, 10), co.aw["banks"][0]),
                       "重大（失败）变更：利率参数调整变更失败1次，已回退。"], ["4/analysis"])
    if "strategy" in parts:
        p.sec("保障策略及实施方案", ["1.接口证书到期前30天预警，纳入巡检表；2.参数类变更必须在测试环境验证；3.结息期间驻场人员全员在岗。",
                                ("table", [["措施", "责任人", "时间"], ["证书到期预警", co.p(2), "1月底"], ["测试环境同步", co.p(1), "3月底"],
                                           ["结息期保障排班", co.p(0), "6月"]])], ["4/strategy"])
    return p.doc("history", d, False)


def avail_kpis(co, d):
    rows = [["整体", "核心业务系统可用率", "综合业务系统、银行结算接口", "≥99.9%", "月"],
            ["整体", "一级事件次数", "全部系统", "≤1次", "季"],
            ["单系统", "综合业务系统可用率（营业时间）", co.sys(0), "≥99.95%", "月"],
            ["单系统", "网厅及APP可用率", "网上服务大厅、APP", "≥99.5%", "月"],
            ["单系统", "银行结算接口成功率", "、".join(co.aw["banks"]), "≥99.9%", "日"]]
    return wb("kpis", "信息系统可用性指标清单", d, False, [("指标", ["类别", "指标", "适用系统", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    p = Paper("%d年运维服务方案及对业务影响分析" % (d.year - 1))
    p.add(("p", "信息科  %s" % cnd(d)))
    p.sec("以往服务方案回顾", ["回顾上年度实施的运维方案%d项：网厅迁移至政务云、银行接口证书更换、数据库升级、终端准入部署等。" % co.rng.randint(15, 30)])
    p.sec("对业务的影响", ["其中数据库升级停机2小时（周六实施，未影响柜面），终端准入部署期间2个管理部短时无法联网30分钟，其余方案对业务无影响。"],
          ["7/impact-analysis"])
    p.sec("安全事件处理效率分析", ["全年处理安全类事件%d起，平均处理时长2.8小时，其中病毒告警、弱口令、证书到期提醒等重复性事件占58%%。" % co.rng.randint(40, 90)],
          ["7/automation"], on=auto)
    p.sec("可自动化的服务", ["建议将证书到期检查、数据库备份校验、病毒库版本核查、巡检报表生成改为脚本自动执行。"], ["7/automation"], on=auto)
    return p.doc("svc_review", d, True)


# ------------------------------------------------------------------------------ 组织

def leading_group(co, d, outs=True):
    rh, no = red_head(co, d, "关于调整中心网络安全和信息化领导小组的通知")
    b = rh + [("p", "因人员变动，经主任办公会研究，决定调整中心网络安全和信息化领导小组，现将有关事项通知如下："),
              ("h1", "一、领导小组"), ("p", "组  长：%s（中心主任）" % co.boss), ("p", "副组长：%s（分管副主任）" % co.p(5)),
              ("p", "成  员：综合科、信息科、归集科、提取科、贷款科、财务科负责人，%s主任%s。" % (co.aw["branch"], co.cp(0))),
              ("p", "领导小组负责中心网络安全和信息化工作的决策和资源保障。"),
              ("h1", "二、办公室和执行组"), ("p", "领导小组办公室设在信息科，%s任办公室主任。" % co.p(0))]
    if outs:
        b.append(("p", "执行组由信息科%s、%s、%s和驻场运维单位（%s）派驻人员%s、%s组成，负责日常运维、巡检、安全监测和应急处置。"
                  % (co.p(1), co.p(2), co.p(3), co.vendor, co.vp(0), co.vp(1))))
    else:
        b.append(("p", "执行组由信息科%s、%s、%s组成，负责日常运维、巡检、安全监测和应急处置。" % (co.p(1), co.p(2), co.p(3))))
    b += tail_lines(co, d)
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if outs else [])
    return Doc("leading_group", "领导小组通知", d, items, False, b)


def roster(co, d):
    rows = [[1, co.p(0), "信息科科长", "信息科", "运维管理", "CISP"], [2, co.p(1), "副科长", "信息科", "系统组", "软考中级"],
            [3, co.p(2), "科员", "信息科", "网络组", "HCIA"], [4, co.p(3), "安全员", "信息科", "网络安全", "CISP"],
            [5, co.p(4), "科员", "信息科", "档案影像", "—"],
            [6, co.vp(0), "驻场工程师（项目负责人）", co.vendor, "驻场运维", "HCIP"],
            [7, co.vp(1), "驻场工程师", co.vendor, "驻场运维", "OCP"], [8, co.vp(2), "驻场工程师", co.vendor, "服务台", "—"]]
    return wb("roster", "信息科运维人员名册（%s）" % cnd(d), d, True,
              [("名册", ["序号", "姓名", "职务/岗位", "单位", "分工", "证书"], rows, ["9/staff-list", "9/outsourcing"])])


def roles(co, d):
    rows = [["科长", "运维管理、服务级别管理、对驻场单位考核", "领导小组办公室", co.p(0)],
            ["系统管理员", "综合业务系统、数据库、备份", "执行组", co.p(1)], ["网络管理员", "网络、安全设备、机房", "执行组", co.p(2)],
            ["安全员", "安全监测、日志审计、漏洞管理、应急", "执行组", co.p(3)], ["配置管理员", "设备台账、配置库", "执行组", co.p(2)],
            ["服务台", "受理报障和服务请求、派单、回访", "执行组（驻场）", co.vp(2)], ["审计员", "内部审核", "领导小组办公室", co.p(4)]]
    return wb("roles", "信息科运维岗位及职责清单", d, False, [("岗位职责", ["岗位/角色", "职责", "所在组织", "人员"], rows, ["18/roles", "23/roles"])])


def iface_notice(co, d):
    b = [("title", "关于明确中心网络安全联络员的通知"), ("p", "各科室、各管理部，%s：" % co.aw["branch"]),
         ("p", "根据市委网信办要求，经中心研究，明确信息科%s为中心网络安全联络员，负责与网信、公安、住建部门及%s的网络安全工作对接、"
          "通报接收和事件报告；%s为备岗联络员。" % (co.p(3), co.aw["branch"], co.p(2))),
         ("p", "联系电话：%s" % "0%d-%d" % (co.rng.randint(550, 799), co.rng.randint(2000000, 8999999))), ("p", centre(co)), ("p", cnd(d))]
    return Doc("iface", "联络员通知", d, ["28/interface-person"], False, b)


def director_minutes(co, d, n, topics):
    p = Paper("主任办公会会议纪要", style="cn")
    p.add(("p", "〔%d〕第%d期" % (d.year, n)), ("p", "%s，%s主持召开主任办公会，%s、%s、各科室负责人参加。现纪要如下：" % (cnd(d), co.boss, co.p(5), co.p(0))))
    for t in topics:
        if t == "iface":
            p.sec("关于网络安全联络员", ["会议同意信息科%s为中心网络安全联络员，负责与上级网信、公安部门及%s对接网络安全工作。" % (co.p(3), co.aw["branch"])],
                  ["28/interface-person"])
        elif t == "improve":
            p.sec("关于运维改进事项", ["会议听取信息科关于运维改进事项的汇报。信息科按影响、成本、风险评分，结果为：银行接口证书自动预警（86分）、"
                                   "网厅性能优化（74分）、档案影像扩容（62分）。",
                                   "会议同意按得分顺序实施前两项，第三项纳入下年度预算。"], ["67/analysis", "67/prioritisation"])
        elif t == "improve_pending":
            p.sec("关于运维改进事项", ["信息科汇报了拟开展的运维改进事项，会议要求信息科进一步论证，下次会议再议。"])
        elif t == "biz":
            p.sec("关于调整缴存基数工作", ["会议要求归集科做好年度缴存基数调整，信息科配合完成系统参数调整。"])
        elif t == "loan":
            p.sec("关于贷款逾期催收", ["会议听取贷款科逾期催收情况汇报，要求各管理部落实催收责任。"])
        elif t == "cw":
            p.sec("关于财务事项", ["会议同意综合科办公设备采购申请。"])
    return p.doc("director_minutes", d, True, [("p", "出席：%s、%s、%s    记录：%s" % (co.boss, co.p(5), co.p(0), co.p(4))),
                                                 ("p", "分送：中心领导，各科室")])


def desk_notice(co, d):
    b = [("title", "关于设立信息系统运维服务台的通知"), ("p", "各科室、各管理部，%s：" % co.aw["branch"]),
         ("p", "为统一受理信息系统故障报告和服务请求，中心在信息科设立运维服务台，由驻场运维人员值守。"),
         ("p", "受理方式：内线8012、运维工单系统、OA；受理时间：工作日8:00-18:00，其他时间拨打值班手机。"),
         ("p", "服务台负责报障和请求的登记、初步处理、派单、跟踪和回访。"), ("p", "信息科"), ("p", cnd(d))]
    return Doc("desk", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[1, co.vp(2), co.vendor, "合格"], [2, co.vp(1), co.vendor, "合格"], [3, co.p(4), "信息科", "合格"]]
    return wb("desk_training", "运维服务台人员岗前培训记录", d, True,
              [("培训", ["序号", "姓名", "单位", "考核"], rows, ["48/training"])],
              note="时间：%s  讲师：%s  内容：报障受理和分级、工单系统操作、业务系统常见问题、回访规范" % (anyd(co, d), co.p(1)))


# ------------------------------------------------------------------------------ 设计

def catalog(co, d, full):
    rows = [["初始服务", "设备和系统资产识别、配置项建档、运维流程导入", "现场"],
            ["安全设备运维", "防火墙、WAF、入侵防御、VPN、堡垒机的日常维护和升级", "现场"],
            ["日常巡检服务", "机房、网络、服务器、安全设备每日巡检", "现场"],
            ["健康检查", "每季度对安全设备和业务系统健康检查", "现场+远程"],
            ["安全事件审计", "网络设备、安全设备、服务器、业务系统日志审计", "远程"]]
    items = ["12/catalog", "29/catalog"]
    if full:
        rows += [["运维监控与分析", "7×24监控告警、月度运行分析", "远程"], ["终端安全监控", "终端防病毒、准入、违规外联监控", "远程"],
                 ["等级保护合规性运维", "按等保三级要求开展合规检查和整改", "现场"],
                 ["安全通告及漏洞分析", "漏洞、病毒、厂商安全通告收集分析", "远程"], ["应急响应服务", "网络安全事件应急响应和恢复", "现场"]]
        items += ["19/catalog", "26/catalog"]
    return wb("catalog", "%s信息系统运维服务目录（%d年版）" % (centre(co), d.year), d, False,
              [("服务目录", ["服务类别", "服务内容", "服务方式"], rows, items)])


def vendor_contract(co, d):
    p = Paper("%s信息系统驻场运维服务合同" % centre(co), style="zh")
    p.add(("p", "合同编号：%sZC%d-%03d" % (co.aw["code"], d.year, co.rng.randint(10, 99))),
          ("p", "甲方：%s    乙方：%s" % (centre(co), co.vendor)))
    p.sec("服务内容", ["乙方派驻工程师3名，负责中心机房、网络、安全设备、服务器和业务系统的日常运维。"])
    p.sec("服务级别", ["一级故障（柜面业务或银行结算中断）15分钟响应、2小时恢复；二级故障30分钟响应、4小时恢复；三级故障2小时响应、1个工作日解决；",
                     "巡检完成率100%，月度报告每月5日前提交。"], ["8/sld"])
    p.sec("考核", ["甲方每季度考核，考核结果与服务费支付挂钩。"])
    p.sec("期限", ["自%s起一年。" % cnd(d)])
    return p.doc("vendor_contract", d, False, [("p", "甲方（盖章）        乙方（盖章）"), ("p", "签订日期：%s" % cnd(d))])


def ola(co, d):
    p = Paper("信息科内部运维协同约定")
    p.add(("p", "%s    经科务会讨论通过" % cnd(d)))
    p.sec("适用范围", ["系统组、网络组、安全员和驻场运维人员之间的支持协同。"])
    p.sec("协同时限", ["一级故障：接报后15分钟内相关组到位，2小时内恢复；二级故障30分钟内到位，4小时内恢复；三级故障2小时内接手。",
                     "以上时限与驻场运维服务合同约定的服务级别保持一致，合同变更时同步修订。"], ["8/ola"])
    return p.doc("ola", d, False)


def requirements(co, d):
    p = Paper("新版网上服务大厅建设需求分析记录")
    p.add(("p", "时间：%s    参加：归集科、提取科、贷款科、%s、信息科、开发商" % (anyd(co, d), co.aw["branch"])))
    p.sec("功能需求", ["新增灵活就业人员缴存、租房提取“秒批”、贷款进度查询、电子证明开具。"])
    p.sec("性能需求", ["并发用户不少于3000，页面响应不超过3秒。"])
    p.sec("安全需求", ["满足等保三级，身份认证对接省政务服务统一身份认证，敏感信息脱敏展示。"])
    p.items.append("11/requirements")
    return p.doc("requirements", d, True, [("p", "各科室确认签字：%s %s %s" % (co.p(5), co.cp(0), co.p(0)))])


def upgrade_plan(co, d, test=True, rb=True):
    p = Paper("%s升级改造实施方案" % co.sys(0))
    p.add(("p", "信息科    %s" % cnd(d)))
    p.sec("改造内容", ["数据库由Oracle 11g升级至19c，应用中间件升级，银行结算接口改造为新版报文。"])
    p.sec("测试计划", ["第一周在测试环境完成功能测试；第二周性能测试（模拟月末峰值）和安全测试；第三周与%s联调，业务科室参与验收测试。" % "、".join(co.aw["banks"])],
          ["25/test-plan"], on=test)
    p.sec("回退措施", ["割接前全量备份数据库和应用；割接验证失败时2小时内切回原环境，回退步骤已在测试环境演练。"], ["25/rollback", "11/rollback"], on=rb)
    p.sec("时间安排", ["割接安排在周六20:00至周日8:00，提前3个工作日在网厅和中心网站公告。"])
    return p.doc("upgrade_plan", d, False)


def compat(co, d):
    p = Paper("%s升级兼容性验证报告" % co.sys(0))
    p.add(("p", "验证日期：%s" % anyd(co, d)))
    p.sec("验证内容", [("table", [["验证项", "内容", "结果"], ["网络兼容", "新服务器与现网VLAN、防火墙策略、专线路由", "通过"],
                                ["系统兼容", "新版数据库与原中间件、备份软件", "通过"],
                                ["应用兼容", "柜面客户端、网厅、银行接口、档案影像调用", "通过"]])])
    p.sec("结论", ["改造后与原有系统兼容。验证人：%s、%s" % (co.p(1), co.vp(1))])
    p.items.append("11/compatibility")
    return p.doc("compat", d, True)


def baseline(co, d):
    rows = [["操作系统", "口令复杂度", "不少于10位，含大小写字母、数字、特殊字符"], ["操作系统", "登录失败", "连续5次锁定30分钟"],
            ["数据库", "默认账号", "禁用或修改默认口令"], ["网络设备", "远程管理", "仅允许SSH，限定运维网段"], ["防火墙", "默认策略", "默认拒绝"],
            ["日志", "日志外发", "发送至日志审计系统，保存不少于6个月"]]
    return wb("baseline", "信息系统安全配置基线", d, False, [("基线", ["类别", "检查项", "基线要求"], rows, ["25/baseline"])])


OPS = {"jf": ("机房巡检操作规程", ["进入机房登记，检查温湿度、UPS、空调、消防", "查看网络和安全设备指示灯和告警", "登录监控平台检查服务器资源", "填写机房巡检记录"]),
       "bf": ("数据库备份及恢复验证操作规程", ["每日检查备份作业日志", "每周将备份介质异地存放", "每月在测试环境恢复一次并核对数据", "填写备份检查记录"]),
       "fw": ("防火墙策略变更操作规程", ["核对已批准的变更申请单", "导出当前配置备份", "按申请单添加或修改策略", "测试业务访问并记录结果"]),
       "yh": ("银行结算接口日终对账操作规程", ["检查各委托银行接口日终文件是否到达", "运行对账程序并核对差异", "差异提交财务科确认", "留存对账记录"])}


def op_guide(co, d, key):
    name, steps = OPS[key]
    code = "%s-XXK-ZY-%02d" % (co.aw["code"], list(OPS).index(key) + 1)
    b = [("title", "信息科" + name), ("p", "编号：%s    %s" % (code, cnd(d))), ("h1", "1 适用范围"), ("p", "适用于信息科和驻场运维人员的%s作业。" % name[:-4]),
         ("h1", "2 作业步骤")] + [("p", "%d）%s；" % (i, s)) for i, s in enumerate(steps, 1)] + [("h1", "3 注意事项"), ("p", "作业涉及生产变更的，须先办理变更审批。")]
    return Doc("op_guide", name, d, ["24/work-instructions", "11/manuals"], False, b)


# ------------------------------------------------------------------------------ 记录

def patrol(co, d, kinds):
    days = [back(d, i) for i in range(0, 24, 3)]
    sh = [("机房环境", ["日期", "温度", "湿度", "UPS负载", "空调", "巡检人"],
           [[x.isoformat(), "%d℃" % co.rng.randint(21, 25), "%d%%" % co.rng.randint(40, 55), "%d%%" % co.rng.randint(30, 45), "正常", co.vp(0)] for x in days], [])]
    if "dev" in kinds:
        sh.append(("网络及安全设备", ["日期", "设备", "运行状态", "CPU", "内存", "告警", "巡检人"],
                   [[x.isoformat(), co.rng.choice(["防火墙", "WAF", "核心交换机", "VPN网关", "入侵防御"]), "正常", "%d%%" % co.rng.randint(8, 45),
                     "%d%%" % co.rng.randint(25, 60), co.rng.choice(["无", "无", "1条低危"]), co.vp(0)] for x in days],
                   ["44/inspection", "45/monitoring", "14/maintenance"]))
    if "av" in kinds:
        sh.append(("防病毒", ["日期", "范围", "病毒库版本", "查杀结果", "终端在线率", "执行人"],
                   [[x.isoformat(), "全中心终端及服务器", ymd(x), co.rng.choice(["未发现病毒", "隔离木马1个"]), "%d%%" % co.rng.randint(95, 99), co.vp(1)]
                    for x in days[::2]], ["44/virus-scan", "45/antivirus", "14/maintenance"]))
    if "mt" in kinds:
        sh.append(("日常维护", ["日期", "对象", "维护内容", "结果", "维护人"],
                   [[x.isoformat(), co.rng.choice(["防火墙", "WAF", "堡垒机"]), co.rng.choice(["清理过期策略", "日志空间清理", "除尘保养", "时钟同步检查"]), "完成", co.vp(0)]
                    for x in days[::2]], ["14/maintenance", "44/maintenance"]))
    if "ft" in kinds:
        sh.append(("故障处理", ["日期", "设备", "现象", "检测与排除", "恢复时长", "处理人"],
                   [[days[2].isoformat(), "WAF", "业务口丢包", "更换光模块", "20分钟", co.vp(0)],
                    [days[5].isoformat(), "核心交换机", "电源告警", "更换电源模块", "无中断", co.vp(1)]], ["44/faults"]))
    if "up" in kinds:
        sh.append(("版本升级", ["日期", "设备", "升级前", "升级后", "验证"],
                   [[days[3].isoformat(), "防火墙", "V5.6.2", "V5.6.5", "通过"], [days[6].isoformat(), "入侵防御", "规则库%s" % ymd(back(d, 40)), "规则库%s" % ymd(days[6]), "通过"]],
                   ["44/upgrades", "14/maintenance"]))
    return wb("patrol", "机房巡检记录（%d年%d月）" % (d.year, d.month), d, True, sh)


def hw_stats(co, d, rows=True):
    data = [[i + 1, back(d, 35 * i).isoformat(), co.rng.choice(["防火墙", "WAF", "核心交换机", "存储"]), ["电源模块", "风扇", "硬盘", "光模块"][i],
             "厂家保修更换", "%d分钟" % co.rng.randint(0, 60)] for i in range(4)] if rows else []
    if data:
        data.append(["", "合计", "", "4次", "", ""])
    return wb("hw_stats", "网络及安全设备硬件故障统计表（%d年）" % d.year, d, True,
              [("统计", ["序号", "日期", "设备", "故障部件", "处理", "影响时长"], data, ["14/hardware-faults", "44/faults"])])


def health(co, d, collect, secdev=True):
    p = Paper("%s%d年第%d季度信息系统健康检查报告" % (co.aw["branch"], d.year, q(d)))
    p.add(("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "现场检查", "远程检查"]), anyd(co, d), co.p(2), co.vp(0))))
    rows = [["对象", "可用性", "连续运行", "冗余", "结论"], [co.sys(0) + "（分中心终端）", "100%", "%d天" % co.rng.randint(30, 200), "双机", "健康"],
            ["银行结算接口", "99.98%", "%d天" % co.rng.randint(30, 200), "双链路", "健康"]]
    if secdev:
        rows.append(["分中心出口防火墙", "100%", "%d天" % co.rng.randint(60, 300), "单机", "需关注"])
    p.sec("可用性和持续性检查", [("table", rows)])
    p.sec("信息采集", ["导出防火墙和接入交换机配置与基线比对，差异1项已整改；专线流量峰值%dMbps、均值%dMbps，无异常；设备CPU、内存、会话数均在阈值内。"
                     % (co.rng.randint(40, 90), co.rng.randint(8, 30))], ["16/config", "16/traffic", "16/status"], on=collect)
    p.sec("建议", ["分中心出口防火墙为单机，建议增加冗余。"])
    items = ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    p.items += items
    return p.doc("health", d, True)


def collect_sheet(co, d):
    rows = [[back(d, 30 * i).isoformat(), co.rng.choice(["出口防火墙", "核心交换机", "WAF"]), "已导出，与基线一致", "峰值%dMbps" % co.rng.randint(100, 500),
             "CPU %d%% 内存 %d%%" % (co.rng.randint(8, 40), co.rng.randint(30, 60)), co.p(2)] for i in range(6)]
    return wb("collect", "网络安全信息采集记录（%d年）" % d.year, d, True,
              [("采集", ["日期", "对象", "系统配置", "流量信息", "系统状态", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def log_audit(co, d):
    p = Paper("%d年第%d季度网络安全日志审计报告" % (d.year, q(d)))
    p.add(("p", "审计人：%s    日期：%s" % (co.p(3), anyd(co, d))))
    p.sec("网络和安全设备日志", ["防火墙、WAF、入侵防御日志共%d万条，发现境外扫描IP %d个，已封禁。" % (co.rng.randint(800, 5000), co.rng.randint(10, 60))])
    p.sec("服务器和操作系统日志", ["服务器登录日志中发现非工作时间登录3次，经核实为驻场人员变更作业，均有审批。"])
    p.sec("业务系统日志", ["网厅日志中SQL注入和暴力破解尝试%d次，均被拦截；柜面系统无越权查询记录。" % co.rng.randint(100, 900)])
    p.sec("结论", ["未发现成功入侵和数据泄露，建议对网厅登录增加滑块验证。"])
    p.items += ["17/log-analysis", "45/audit-report", "47/audit"]
    return p.doc("log_audit", d, True)


def sec_stats(co, d, analysis=True):
    rows = []
    for m in range(1, d.month + 1):
        a, b, c = co.rng.randint(0, 4), co.rng.randint(0, 8), co.rng.randint(0, 1)
        rows.append(["%d月" % m, a, b, c, a + b + c])
    sh = [("统计", ["月份", "有害程序", "网络攻击", "信息破坏", "合计"], rows, ["18/incident-stats"])]
    if analysis:
        sh.append(("分析", ["分析"], [["网络攻击类事件最多，集中在网厅；有害程序事件主要来自管理部终端U盘，建议启用移动介质管控。"]], ["18/incident-analysis"]))
    return wb("sec_stats", "网络安全事件统计分析表（%d年）" % d.year, d, True, sh)


def avail_plan(co, d):
    p = Paper("%d年信息系统可用性保障计划" % d.year)
    p.add(("p", "信息科  %s" % cnd(d)))
    p.sec("可用性目标", ["综合业务系统营业时间可用率≥99.95%，网厅及APP≥99.5%，银行结算接口成功率≥99.9%。"])
    p.sec("保障措施", ["数据库双机、专线双路由、结息期间驻场全员在岗。"])
    p.sec("可用性事件的监控和报告", ["中断事件登记在系统中断登记簿，每月在运行月报中报告可用性执行情况，未达标的提出改进措施。"])
    p.items += ["18/availability-plan", "22/plan"]
    return p.doc("avail_plan", d, False)


def outage_book(co, d):
    rows = [[back(d, 29 * i).isoformat(), co.sys(i), co.rng.choice(["银行接口超时", "网厅无法登录", "柜面系统卡顿"]), "%d分钟" % co.rng.randint(3, 50),
             co.rng.choice(["专线抖动", "数据库锁等待", "证书过期", "中间件内存溢出"]), "已恢复", co.vp(i)] for i in range(6)]
    return wb("outage", "信息系统中断登记簿（%d年）" % d.year, d, True,
              [("中断登记", ["日期", "系统", "现象", "中断时长", "原因", "处理", "处理人"], rows,
                ["18/availability-events", "22/events", "43/process-records"])])


def monthly(co, d, trend, data, avail, mon):
    p = Paper("%s信息系统运行月报（%d年%d月）" % (centre(co), d.year, mon))
    p.add(("p", "信息科    %s" % anyd(co, d)))
    p.sec("运行概况", ["本月综合业务系统处理业务%d万笔，网厅及APP办理%d万笔，银行结算接口交易%d万笔。" % (co.rng.randint(5, 30), co.rng.randint(8, 60), co.rng.randint(20, 90))])
    p.sec("监控指标趋势分析", [("table", [["指标", "%d月" % max(1, mon - 2), "%d月" % max(1, mon - 1), "%d月" % mon, "趋势"],
                                    ["数据库CPU峰值", "58%", "63%", "69%", "上升"], ["网厅日均访问(万)", 3.1, 3.4, 4.2, "上升"],
                                    ["告警数", 212, 187, 160, "下降"]]),
                         "网厅访问量随提取政策调整持续上升，预计三个月后需扩容应用服务器。"], ["50/monitoring-report"], on=trend)
    p.sec("可用性情况", [("table", [["系统", "目标", "实际", "是否达标"], [co.sys(0), "99.95%", "99.98%", "是"], [co.sys(1), "99.5%", "99.3%", "否"]]),
                      "网厅未达标原因为政务云网络故障，已提交改进措施。"], ["18/availability-report", "22/report"], on=avail)
    p.sec("运维数据统计", [("table", [["指标", "本月"], ["异常报告及时率", "98%"], ["异常漏报率", "0.6%"], ["维护作业计划及时完成率", "97%"],
                                  ["故障隐患发现率", "91%"], ["异常主动发现率", "86%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                  ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(1, 9)]])],
          ["56/data"], on=data)
    p.sec("下月工作", ["完成结息前系统检查；配合等保测评。"])
    return p.doc("monthly", d, True)


def kb_export(co, d, rows=True):
    data = [["KB%03d" % i, t, c, co.p(i % 4), "已发布"] for i, (t, c) in enumerate(
        [("银行接口证书更换步骤", "接口"), ("柜面打印机驱动无法加载", "终端"), ("网厅登录验证码不显示", "网厅"), ("数据库归档日志满处理", "数据库"),
         ("VPN客户端证书导入", "网络"), ("档案影像扫描仪连接失败", "档案")], 1)] if rows else []
    return wb("kb", "运维知识库导出（%s）" % d.isoformat(), d, True, [("知识库", ["编号", "标题", "分类", "提交人", "状态"], data, ["21/knowledge-base"])])


def asset_book(co, d):
    devs = [("FW", "防火墙", "深信服AF-1000", "出口访问控制", "机房A01", "G1-电信专线"), ("WAF", "Web应用防火墙", "绿盟WAF", "网厅防护", "机房A01", "串接"),
            ("SW", "核心交换机", "华为S7706", "数据交换", "机房A02", "上联FW"), ("DB", "数据库服务器", "浪潮NF5280", co.sys(0) + "数据库", "机房A03", "Bond0"),
            ("AP", "应用服务器", "华为2288H", co.sys(0) + "应用", "机房A03", "Bond0"), ("ST", "存储", "华为OceanStor", "业务数据、影像存储", "机房A04", "FC"),
            ("VPN", "VPN网关", "深信服SSL", "管理部和分中心接入", "机房A01", "DMZ")]
    rows = [["%s-%s-%02d" % (co.aw["code"], a, i), n, m, f, loc, port, "生产", ["高", "高", "高", "高", "高", "中", "中"][i - 1], "维保至%d年" % (d.year + 1)]
            for i, (a, n, m, f, loc, port) in enumerate(devs, 1)]
    return wb("assets", "信息设备台账（%s）" % d.isoformat(), d, True,
              [("台账", ["资产编号", "名称", "型号", "功能", "位置", "端口/连接", "部署", "重要程度", "保护措施"], rows, ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    head = ["配置项", "名称", "类型", "版本", "责任人", "密级", "访问控制", "完整性", "备份"] + (["依赖配置项", "被依赖"] if rel else [])
    cis = [("防火墙策略", "安全配置"), ("WAF规则", "安全配置"), ("数据库参数", "数据库"), ("综合业务系统参数", "应用"), ("银行接口配置", "接口"), ("VPN账号策略", "安全配置")]
    rows = []
    for i, (n, t) in enumerate(cis, 1):
        r = ["CI%03d" % i, n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i % 4), "内部", "仅配置管理员可修改", "SHA256校验", "每日备份"]
        if rel:
            r += ["CI%03d" % (i % 6 + 1), "CI%03d" % ((i + 1) % 6 + 1)]
        rows.append(r)
    return wb("cmdb", "配置库导出（%s）" % d.isoformat(), d, True, [("配置项", head, rows, ["27/cmdb"] + (["38/cmdb-relations"] if rel else []))])


def ci_log(co, d):
    rows = [[back(d, 21 * i).isoformat(), "CI%03d" % (i + 1), co.rng.choice(["新增策略", "规则更新", "参数调整", "版本升级"]), "变更单BG%s" % ymd(back(d, 21 * i)), co.p(2), co.p(0)]
            for i in range(6)]
    return wb("ci_log", "配置项更新维护登记（%d年）" % d.year, d, True, [("登记", ["日期", "配置项", "更新内容", "依据", "执行人", "复核人"], rows, ["43/ci-updates"])])


def tickets(co, d, resp):
    head = ["工单号", "类型", "报障科室", "报障时间"] + (["响应时间"] if resp else []) + ["解决时间", "内容", "处理人", "状态"]
    rows = []
    for i in range(12):
        x = back(d, 6 * i)
        r = ["GD%s%02d" % (ymd(x), i + 1), co.rng.choice(["故障", "服务请求", "故障", "咨询"]), co.rng.choice(["归集科", "提取科", "贷款科", co.aw["branch"], "城东管理部"]),
             "%s 09:%02d" % (x.isoformat(), i * 4)]
        if resp:
            r.append("%s 09:%02d" % (x.isoformat(), i * 4 + co.rng.randint(2, 12)))
        r += ["%s 11:%02d" % (x.isoformat(), i * 3), co.rng.choice(["柜面打印机无法打印", "网厅无法上传材料", "开通影像系统账号", "银行回单未到"]), co.vp(i), "已关闭"]
        rows.append(r)
    return wb("tickets", "运维工单导出", d, True, [("工单", head, rows, ["43/process-records"] + (["55/response-times"] if resp else []))])


def change_book(co, d, done):
    rows = []
    for i in range(6):
        x = back(d, 12 * i)
        r = ["BG%s" % ymd(x), x.isoformat(), co.rng.choice(["防火墙策略开通", "数据库参数调整", "网厅版本发布", "银行接口证书更换"]), co.rng.choice(["一般", "重大"]),
             co.p(0) if done else "", "成功" if done else "", "无" if done else "", co.vp(0)]
        if not done:
            r[4] = "待审批"
        rows.append(r)
    return wb("changes", "信息系统变更登记台账（%d年）" % d.year, d, True,
              [("变更登记", ["编号", "申请日期", "变更内容", "类别", "审批人", "实施结果", "回退", "实施人"], rows,
                ["54/records", "43/process-records"] if done else [])])


def grading(co, d):
    p = Paper("%s网络安全等级保护定级报告" % co.sys(0))
    p.add(("p", "%s    %s" % (centre(co), cnd(d))))
    p.sec("系统描述", ["%s承载全市住房公积金归集、提取、贷款和资金结算业务，存储缴存职工个人信息约%d万条。" % (co.sys(0), co.rng.randint(40, 200))])
    p.sec("定级结果", ["业务信息安全保护等级第三级，系统服务安全保护等级第三级，定为第三级。已报市公安局网安支队备案。"])
    p.items.append("51/grading")
    return p.doc("grading", d, False)


def grading_rule(co, d):
    p = Paper("%s信息系统安全保护等级划分标准" % centre(co))
    p.add(("p", "%s发布" % cnd(d)))
    p.sec("依据", ["GB/T 22240-2020《信息安全技术 网络安全等级保护定级指南》。"])
    p.sec("分级标准", [("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第二级"],
                                 ["社会秩序、公共利益", "第二级", "第三级", "第四级"]]),
                     "涉及缴存职工个人信息和资金结算的系统，不低于第三级。"], ["51/grading-criteria"])
    return p.doc("grading_rule", d, False)


def bulletin(co, d, n, full):
    p = Paper("网络安全通报（%d年第%d期）" % (d.year, n))
    p.add(("p", "信息科    %s" % anyd(co, d)))
    p.sec("漏洞通告", ["CVE-%d-%04d：Oracle WebLogic 远程代码执行漏洞，中心网厅中间件受影响，已于本周完成补丁升级。" % (d.year, co.rng.randint(1000, 9999))],
          ["52/vulnerability", "53/bulletin"])
    p.sec("厂商安全通告", ["深信服、华为发布安全补丁，涉及防火墙和交换机固件。"])
    p.sec("病毒通告", ["新型勒索病毒通过钓鱼邮件传播，请各科室不要打开来历不明的附件。"], ["52/virus"], on=full)
    p.sec("政策法规和行业动态", ["《网络数据安全管理条例》施行；住房和城乡建设部通报部分城市公积金网厅数据泄露风险。"], ["52/policy"], on=full)
    p.sec("分析和建议", ["经核查中心受影响资产3台，已整改；建议管理部终端停用老旧浏览器。"], ["52/analysis"], on=full)
    return p.doc("bulletin", d, True)


def pentest_plan(co, d):
    p = Paper("%d年度渗透测试工作计划" % d.year)
    p.add(("p", "信息科  %s" % cnd(d)))
    p.sec("测试安排", [("table", [["批次", "对象", "方式", "时间"], ["第一次", "网上服务大厅", "黑盒", "%d年5月" % d.year],
                                ["第二次", co.aw["app"], "灰盒", "%d年10月" % d.year], ["第三次", "银行结算接口", "灰盒", "%d年11月" % d.year]])])
    p.sec("要求", ["测试前签订授权书，在非营业时间进行，测试后10个工作日内提交报告。"])
    p.items += ["31/pentest-plan", "32/pentest-plan"]
    return p.doc("pentest_plan", d, False)


def pentest_report(co, d):
    p = Paper("网上服务大厅渗透测试报告")
    p.add(("p", "测试时间：%s    授权书编号：SQ%s    测试单位：%s" % (anyd(co, d), ymd(d), co.vendor)))
    p.sec("测试范围", ["网厅个人和单位业务入口、APP接口。"])
    p.sec("发现问题", [("table", [["编号", "漏洞", "等级", "状态"], ["1", "越权查询他人缴存明细", "高", "已修复"], ["2", "短信验证码可重放", "中", "已修复"],
                                ["3", "版本信息泄露", "低", "已修复"]])])
    p.sec("复测", ["整改后复测，漏洞均已修复。"])
    p.items += ["31/pentest-records", "32/pentest-records"]
    return p.doc("pentest_report", d, True)


def dev_plan(co, d):
    p = Paper("%d年度运维工具自主开发计划" % d.year)
    p.add(("p", "信息科  %s" % cnd(d)))
    p.sec("开发内容", ["根据%s和中心需求，结合科内人员能力，计划开发：" % co.aw["branch"],
                     ("table", [["工具", "用途", "完成时间", "负责人"], ["证书到期预警脚本", "银行接口和网厅证书到期提醒", "%d年4月" % d.year, co.p(1)],
                                ["巡检日报自动生成", "汇总监控数据生成巡检日报", "%d年8月" % d.year, co.p(2)]])], ["33/dev-plan"])
    return p.doc("dev_plan", d, False)


def agreement(co, d, modes, kpis, hc):
    p = Paper("信息化运维服务协议", style="zh")
    p.add(("p", "甲方：%s    乙方：%s（信息科）" % (branch(co), centre(co))), ("p", "协议编号：%s-FZX-%d" % (co.aw["code"], d.year)))
    p.sec("服务范围", ["乙方为甲方使用的综合业务系统终端、网络接入、银行结算接口和网厅分中心模块提供运维服务。"])
    p.items.append("39/sla")
    p.sec("运维方式", ["乙方采用驻场值守、定期巡检和远程值守相结合的方式：每周二、周四派驻场人员到甲方现场值守；每月定期巡检一次；其他时间远程值守。"],
          ["35/sla"], on=modes)
    p.sec("服务级别和核心指标", [("table", [["指标", "承诺"], ["综合业务系统营业时间可用率", "≥99.95%"], ["一级故障响应", "15分钟"],
                                          ["一级故障恢复", "2小时"], ["满意度", "≥90分"]])], ["36/sla"], on=kpis)
    p.sec("健康检查", ["乙方每季度对甲方使用的安全设备和业务系统进行一次健康检查，以现场检查为主、远程检查为辅，检查后5个工作日内提交报告。"],
          ["15/agreement"], on=hc)
    p.sec("协议期限", ["自%s起一年。" % cnd(d)])
    return p.doc("agreement", d, False, [("p", "甲方（盖章）            乙方（盖章）"), ("p", cnd(d))])


def emergency_plan(co, d, strategy=True, recovery=False):
    rh, no = red_head(co, d, "关于印发《%s网络安全事件应急预案》的通知" % centre(co))
    b = rh + [("p", "现将修订后的预案印发给你们，请结合实际组织学习和演练。")] + tail_lines(co, d) + [("break",), ("title", "%s网络安全事件应急预案" % centre(co))]
    items = ["36/emergency-plan", "53/emergency-plan"]
    b += [("h1", "1 总则"), ("p", "为建立中心信息系统应急事件响应机制，保障住房公积金业务连续，制定本预案。"),
          ("h1", "2 组织机构"), ("p", "应急领导小组组长%s，应急处置组由信息科和驻场运维人员组成。" % co.boss),
          ("h1", "3 分级和响应"), ("p", "一级事件15分钟内响应、30分钟内到场，二级事件30分钟内响应。"),
          ("h1", "4 处置流程"), ("p", "报告→研判→启动→处置→恢复→总结。")]
    if strategy:
        items.append("55/plan")
        b += [("h1", "5 恢复策略"), ("p", "综合业务系统RTO不超过2小时、RPO不超过15分钟，采用同城灾备切换；网厅由政务云快照恢复。")]
    if recovery:
        items.append("36/recovery-plan")
        b += [("h1", "6 系统恢复计划"), ("p", "恢复顺序：网络→数据库→综合业务系统→银行接口→网厅；各系统恢复步骤见附件。")]
    doc = Doc("emergency_plan", "应急预案", d, items, False, b)
    doc.aw_no = no
    return doc


def dr_plan(co, d):
    p = Paper("%s灾难恢复预案" % co.sys(0))
    p.add(("p", "信息科  %s" % cnd(d)))
    p.sec("恢复目标", ["RTO 2小时，RPO 15分钟。"])
    p.sec("恢复资源", ["同城灾备机房（%s政务云），数据库实时同步，每日全量备份。" % co.aw["city"]])
    p.sec("恢复步骤", ["宣布灾难→网络切换→数据库激活→应用启动→银行接口切换→业务验证→回切。"])
    p.items.append("36/recovery-plan")
    return p.doc("dr_plan", d, False)


def bcp(co, d):
    rh, no = red_head(co, d, "关于印发《%s信息系统业务连续性计划》的通知" % centre(co))
    b = rh + [("p", "经主任办公会审议通过，现予印发。")] + tail_lines(co, d) + [("break",), ("title", "%s信息系统业务连续性计划" % centre(co)),
              ("h1", "一、业务影响分析"), ("p", "关键业务：柜面归集提取、贷款发放、资金结算，最大可容忍中断4小时。"),
              ("h1", "二、应急响应和灾难恢复"), ("p", "以网络安全事件应急预案和灾难恢复预案为支撑；系统长时间中断时启用手工受理登记。"),
              ("h1", "三、演练和维护"), ("p", "每年至少演练一次，每年评审修订。")]
    doc = Doc("bcp", "业务连续性计划", d, ["42/bcp"], False, b)
    doc.aw_no = no
    return doc


def drill(co, d, kind):
    if kind == "sec":
        t, sc, items = "网络安全事件应急演练记录", "网厅遭受勒索病毒攻击，部分服务器文件被加密", ["40/emergency-drill", "53/drill"]
    else:
        t, sc, items = "%s灾备切换演练记录" % co.sys(0), "主机房断电，综合业务系统切换至同城灾备", ["40/recovery-drill"]
    b = [("title", t), ("table", [["演练时间", anyd(co, d)], ["演练场景", sc], ["参加人员", "、".join([co.p(0), co.p(1), co.p(3), co.vp(0)])],
                                   ["演练过程", "20:00发现异常→20:10启动预案→20:40隔离/切换完成→21:50恢复→22:20业务验证通过"],
                                   ["演练结果", "达到预期，恢复用时1小时50分"], ["存在问题", "恢复手册部分步骤与现环境不一致"], ["记录人", co.p(4)]])]
    return Doc("drill", t, d, items, True, b)


def csat(co, d, half):
    p = Paper("%s运维服务满意度调查报告（%s）" % (co.aw["branch"], half))
    p.add(("p", "调查时间：%s    方式：问卷、座谈" % anyd(co, d)))
    p.sec("调查结果", [("table", [["项目", "得分"], ["响应及时", co.rng.randint(86, 97)], ["解决效果", co.rng.randint(85, 96)], ["服务态度", co.rng.randint(90, 99)],
                                ["综合满意度", co.rng.randint(88, 96)]])])
    p.sec("满意度分析", ["服务态度得分最高；响应及时得分较上期下降，主要是周一、周五驻场人员不在分中心，远程处理排队。"])
    p.items += ["41/surveys", "58/survey", "63/survey"]
    return p.doc("csat", d, True)


def csat_trend(co, d):
    p = Paper("运维服务满意度趋势分析（%d年）" % d.year)
    p.add(("p", "%s" % anyd(co, d)))
    p.sec("近四期情况", [("table", [["期次", "综合满意度"], ["%d年上半年" % (d.year - 2), 88], ["%d年下半年" % (d.year - 2), 90], ["%d年上半年" % (d.year - 1), 91],
                                 ["%d年下半年" % (d.year - 1), 93]])])
    p.sec("趋势", ["连续四期上升，解决效果提升最明显，响应及时仍是短板。"])
    p.items.append("41/trend")
    return p.doc("csat_trend", d, True)


def callbacks(co, d):
    rows = [[back(d, 40 * i).isoformat(), co.aw["branch"], co.cp(i), co.rng.choice(["电话", "上门"]), co.rng.choice(["满意", "希望驻场时间增加", "满意"]), co.p(0)]
            for i in range(4)]
    return wb("callbacks", "服务回访登记表（%d年）" % d.year, d, True, [("回访", ["日期", "单位", "回访对象", "方式", "意见", "回访人"], rows, ["63/follow-up-visits"])])


def vendor_score(co, d, targets, qq):
    if targets:
        rows = [["系统可用率", "≥99.9%", "99.96%", "达标"], ["事件响应及时率", "≥98%", "96%", "未达标"], ["巡检完成率", "100%", "100%", "达标"],
                ["业务科室满意度", "≥90分", "92分", "达标"], ["投诉", "≤1次", "0次", "达标"]]
        return wb("vendor_score", "驻场运维服务%d年第%d季度考核表" % (d.year, qq), d, True,
                  [("考核", ["考核指标", "目标", "实际", "结论"], rows, ["57/measurement"])], note="考核人：%s  %s" % (co.p(0), anyd(co, d)))
    rows = [["巡检记录未签字", "-2"], ["月报迟交1天", "-1"], ["工单未及时关闭", "-2"]]
    return wb("vendor_score", "驻场运维服务%d年第%d季度考核扣分通报" % (d.year, qq), d, True,
              [("扣分", ["扣分事项", "扣分"], rows, [])], note="本季度得分95分")


def rectify(co, d, checked):
    b = [("title", "整改通知单"), ("table", [["编号", "ZG%s" % ymd(d)], ["致", co.vendor + "驻场项目组"], ["问题", "第%d季度事件响应及时率96%%，未达到98%%" % q(d)],
                                             ["原因", "周一上午报障集中，服务台一人值守"], ["整改要求", "周一上午增加一人值守，5个工作日内落实"],
                                             ["签发", "%s  %s" % (co.p(0), cnd(d))],
                                             ["复查情况", "次月响应及时率99%%，整改有效。复查人：%s" % co.p(3) if checked else ""]])]
    return Doc("rectify", "整改通知单", d, ["57/capa"] + (["66/effectiveness"] if checked else []), True, b)


def internal_audit(co, d):
    p = Paper("%d年度信息安全管理体系内部审核报告" % d.year)
    p.add(("p", "审核组长：%s    审核日期：%s" % (co.p(4), anyd(co, d))))
    p.sec("审核目的和依据", ["验证运维服务管理体系符合标准要求、满足运维服务需求和%s的服务要求，并得到有效实施和保持。" % co.aw["branch"]])
    p.sec("审核范围", ["信息科、驻场运维项目组、综合科（合同管理）。"])
    p.sec("审核发现", ["不符合项2项：变更登记台账3条缺回退情况；知识库半年复核未开展。"])
    p.sec("结论", ["体系基本有效运行，不符合项已下达纠正措施。"])
    p.items.append("59/internal-audit")
    return p.doc("internal_audit", d, True)


REVIEW_INPUTS = {
    "perf": ("60/performance", "服务和流程执行情况及符合性：运维服务级别达成率98.2%，变更、事件、问题流程按规程执行，内审不符合项2项。"),
    "fb": ("60/customer-feedback", "客户反馈：{branch}满意度93分，业务科室提出网厅上传慢的意见1条。"),
    "res": ("60/resources", "当前和预测资源水平：信息科在编5人、驻场3人；明年灵活就业缴存上线后工单预计增加30%，需增加驻场1人。"),
    "ca": ("60/corrective-actions", "纠正措施进展：上次评审的3项纠正措施已完成2项，知识库复核进行中。"),
    "chg": ("60/changes", "可能影响运维服务的变更：住房和城乡建设部数据标准贯标、网厅迁移政务云二期。"),
    "imp": ("60/improvements", "改进机会：事件响应及时率未达标、证书到期预警、巡检日报自动化。"),
}


def review(co, d, inputs):
    p = Paper("%d年度信息系统运维管理评审报告" % d.year)
    p.add(("p", "评审时间：%s    主持：%s    参加：领导小组成员" % (anyd(co, d), co.boss)))
    body, items = [], []
    for k in inputs:
        it, s = REVIEW_INPUTS[k]
        body.append(s.format(branch=co.aw["branch"]))
        items.append(it)
    if "perf" in inputs:
        items.append("59/management-review")
    p.sec("评审输入", body, items)
    p.sec("评审结论", ["运维服务管理体系适宜、充分、有效。"])
    p.sec("评审输出", ["同意明年增加驻场人员1名；实施证书到期预警改进。"])
    return p.doc("review", d, True)


def iso_cert(co, d):
    b = [("title", "信息安全管理体系认证证书"), ("p", "兹证明 %s" % centre(co)), ("p", "建立的信息安全管理体系符合 GB/T 22080-2016 / ISO/IEC 27001:2013"),
         ("p", "认证范围：住房公积金信息系统的运行维护及相关信息安全管理"), ("p", "发证日期：%s    有效期至：%d年%d月%d日" % (cnd(d), d.year + 3, d.month, d.day))]
    return Doc("cert", "认证证书", d, ["61/audit-system"], False, b)


def improve_plan(co, d, criteria):
    p = Paper("%d年度信息系统运维持续改进计划" % d.year)
    p.add(("p", "信息科  %s" % cnd(d)))
    p.sec("改进项目", [("table", [["改进项", "来源", "目标", "负责人", "完成时间"], ["证书到期自动预警", "事件分析", "证书过期事件为0", co.p(1), "%d年4月" % d.year],
                                ["服务台周一增员", "季度考核", "响应及时率≥98%", co.p(0), "%d年3月" % d.year]])])
    p.sec("改进机会评估标准", ["按对业务影响（40%）、实施成本（30%）、风险（30%）评分，70分以上列入计划；改进事项须经识别、登记、批准、评估、测量和报告。"],
          ["64/criteria"], on=criteria)
    p.items += ["64/plan", "68/plan"]
    return p.doc("improve_plan", d, True)


def improve_eval(co, d):
    p = Paper("运维改进事项评估表")
    p.add(("p", "%s" % anyd(co, d)))
    p.sec("评估结果", [("table", [["改进事项", "影响", "成本", "风险", "得分", "排序"], ["证书到期自动预警", 9, 8, 9, 86, 1], ["网厅性能优化", 8, 6, 8, 74, 2],
                                ["档案影像扩容", 6, 5, 8, 62, 3]])])
    p.sec("审批", ["同意按排序实施第1、2项。分管主任：%s  %s" % (co.p(5), cnd(d))])
    p.items += ["67/analysis", "67/prioritisation"]
    return p.doc("improve_eval", d, True)


def improve_track(co, d):
    rows = [["证书到期自动预警", "证书过期事件为0", "脚本已上线", back(d, 70).isoformat(), "上线后证书过期0次，有效", "已在主任办公会报告"],
            ["服务台周一增员", "响应及时率≥98%", "已落实", back(d, 30).isoformat(), "响应及时率99%，有效", "已报告"]]
    return wb("improve_track", "改进事项跟踪台账（%d年）" % d.year, d, True,
              [("跟踪", ["改进项", "目标", "实施", "完成日期", "效果测量", "报告"], rows, ["68/implementation", "68/effectiveness"])])


def awareness(co, d):
    rows = [[i + 1, n, u, "%d" % co.rng.randint(80, 100)] for i, (n, u) in enumerate(
        [(co.p(0), "信息科"), (co.p(1), "信息科"), (co.p(2), "信息科"), (co.p(3), "信息科"), (co.vp(0), co.vendor), (co.vp(1), co.vendor)])]
    return wb("awareness", "“持续改进 服务提升”专题培训签到及测试", d, True,
              [("签到", ["序号", "姓名", "单位", "测试成绩"], rows, ["69/awareness-training"])],
              note="时间：%s  讲师：%s  内容：持续改进的意义、如何提出改进建议、本年度改进案例" % (anyd(co, d), co.p(0)))


def signin(co, d, what):
    rows = [[i + 1, co.p(i), "信息科", ""] for i in range(5)]
    return Doc("signin", "学习签到表", d, [], True, sheets=[("签到", [["《%s》学习签到表" % what], ["时间：%s" % anyd(co, d)], ["序号", "姓名", "科室", "签字"]] + rows)],
               decoy="sign-in about a procedure or plan")


def defects(co, d):
    p = Paper("%d年运维问题专题分析及改进方案" % d.year)
    p.add(("p", "信息科  %s" % cnd(d)))
    p.sec("重大事件", ["%d月银行结算接口证书过期，%s代扣失败2小时，影响职工约%d人。" % (co.rng.randint(2, 6), co.aw["banks"][0], co.rng.randint(300, 2000))])
    p.sec("失败变更", ["利率参数调整变更失败1次，原因是测试环境参数与生产不一致，已回退。"])
    p.sec("服务不达标", ["第%d季度事件响应及时率96%%，未达98%%。" % co.rng.randint(1, 3)])
    p.sec("改进计划", ["上线证书到期预警；测试环境每月与生产同步参数；服务台周一增员。"])
    p.items.append("70/defect-analysis")
    return p.doc("defects", d, True)


def year_summary(co, d, data, forecast):
    y = d.year - 1
    p = Paper("信息科%d年工作总结及%d年工作打算" % (y, y + 1))
    p.add(("p", "%s" % cnd(d)))
    p.sec("主要工作", ["完成网厅迁移政务云、数据库升级、等保测评、两次应急演练，全年系统运行平稳。"])
    p.sec("运维数据", [("table", [["指标", "全年"], ["异常报告及时率", "97.6%"], ["异常漏报率", "0.8%"], ["维护作业计划及时完成率", "98%"], ["故障隐患发现率", "90%"],
                                ["异常主动发现率", "85%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "96%"],
                                ["安全补丁安装及时率", "93%"], ["安全事件次数", co.rng.randint(10, 40)]])], ["56/data"], on=data)
    p.sec("运维数据汇总分析和预测", ["汇总全年日志、变更、事件、服务请求和问题：事件同比下降15%%，服务请求上升28%%，变更集中在月末和结息前。",
                               "预测%d年随灵活就业人员缴存和“跨省通办”上线，服务请求将继续上升，需增加服务台力量并推广自助服务。" % (y + 1)],
          ["71/forecast"], on=forecast)
    p.sec("存在的不足", ["人员少，驻场人员流动大。"])
    return p.doc("year_summary", d, True)


# ------------------------------------------------------------------------------ real files that prove nothing

def nothing(co, d, kind, title, paras, decoy=None):
    b = [("title", title)] + [("p", x) for x in paras]
    return Doc(kind, title, d, [], False, b, decoy=decoy)


def hotline_stats(co, d):
    rows = [["%d月" % m, co.rng.randint(8000, 20000), "%d%%" % co.rng.randint(88, 97), co.rng.randint(20, 90)] for m in range(1, d.month + 1)]
    return Doc("hotline", "12329热线话务统计", d, [], True, sheets=[("话务", [["12329热线话务统计（%d年）" % d.year], ["月份", "呼入量", "接通率", "投诉工单"]] + rows)])


def scan_qc(co, d):
    rows = [[back(d, i).isoformat(), co.rng.randint(200, 900), co.rng.randint(0, 5), co.p(4)] for i in range(10)]
    return Doc("scanqc", "档案影像扫描质检", d, [], True, sheets=[("质检", [["档案影像扫描质检记录"], ["日期", "扫描页数", "不合格页", "质检人"]] + rows)])


def mlps_fix(co, d):
    rows = [[i + 1, co.rng.choice(["身份鉴别", "访问控制", "安全审计", "入侵防范", "数据备份恢复"]), co.rng.choice(["中", "低"]), co.rng.choice(["已整改", "整改中"])]
            for i in range(7)]
    return Doc("mlps_fix", "等保整改台账", d, [], True, sheets=[("台账", [["等级测评问题整改台账"], ["序号", "测评项", "风险", "状态"]] + rows)])


def ccrc_sheet(co, d):
    rows = [[i, t, "", ""] for i, t in [(1, "采集客户对信息系统运维服务时间的需求"), (12, "制定安全运维服务目录"), (30, "建立事件响应和解决的机制"), (58, "建立与分析客户满意度调查")]]
    return Doc("ccrc", "自评估表", d, [], False, sheets=[("自评估", [["信息系统安全运维服务资质认证自评估表（填报稿）"], ["序号", "条款", "结论", "证明材料"]] + rows)],
               decoy="the self-assessment form itself")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ the share

class Ctx:
    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.aw["holes"]
        self.made = []
        self.scan = {"creator": "EPSON Scan / OCR", "author": "scan", "styled": False}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.3)
        opt.setdefault("styled", r.random() < 0.6)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxk", "WPS_1598", "user"]))
        if "creator" not in opt and rel.endswith(".pdf") and r.random() < 0.5:
            opt["creator"] = "WPS 文字"
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


def Y(d):
    return "%d年/" % d.year


def build(co, lock_bytes):
    """Lay out an AW share: 中心发文/, 制度汇编/, 信息科/ (规程, 请示, 运行月报, 机房巡检, 配置管理, 变更, 工单, 可用性, 持续改进),
    驻场运维/, 分中心运维/, 网络安全/, 应急管理/, 会议纪要/, 体系管理/, 培训/, 收文/, 旧资料/, 个人文件夹/, 其他/ and a NAS 回收站."""
    co.aw = AW_INFO[getattr(co, "info_id", co.id)]
    co.aw_no = {}
    c = Ctx(co)
    co.gaps = set(c.H)
    co.oldonly = {h for h in c.H if h.endswith("_old")}
    keys = lay_rules(c)
    lay_org(c)
    lay_branch(c)
    lay_design(c)
    lay_records(c)
    lay_security(c)
    lay_emergency(c)
    lay_review(c)
    lay_none(c)
    lay_extra(c)
    archive(c)
    decoys(c, lock_bytes, keys)


def lay_rules(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    drop = {"pdca"} if "pdca" in H else set()
    gone = set()
    if "problem_draft" in H:
        gone.add("wt")
    if "req_proc" in H:
        gone.add("qq")
    if "improve_proc" in H:
        gone.add("gj")
    if "prevent" in H:
        gone.add("yf")
    if "audit_rule" in H:
        gone |= {"ns", "jc"}
    keys = [k for k in RULES if k not in gone]
    zx = [k for k in keys if RULES[k][1] == "zx"]
    r.shuffle(zx)
    in_book = sorted(zx[:r.randint(3, 5)], key=list(RULES).index)
    d = date(r.choice([2024, 2025]), r.randint(3, 9), r.randint(1, 28))
    put("制度汇编/%s制度汇编（信息化分册）%d年版.pdf" % (centre(co), d.year), compilation(co, d, in_book, drop))
    for k in keys:
        name, level, _ = RULES[k]
        if k in in_book and r.random() < 0.55:
            continue
        d = co.issued()
        if level == "ke":
            doc = rule_doc(co, d, k, drop)
            nm = r.choice(["%s %s" % (doc.aw_no, name), name, "%s（%s修订）" % (name, dots(d))])
            put("信息科/规程/%s.%s" % (nm, r.choice(["docx", "docx", "pdf"])), doc)
            continue
        folder = "中心发文/%s" % Y(d)
        if r.random() < 0.3:
            cover = rule_cover(co, d, k)
            body, its = rule_body(co, k, drop)
            annex = Doc("rule:" + k, name, d, its, False, [("p", "附件"), ("title", centre(co) + name)] + body)
            sub = folder + "%s 关于印发《%s》的通知/" % (cover.aw_no, name)
            put(sub + "正文.pdf", cover, **c.scan)
            put(sub + "附件%s.%s" % (r.choice(["", "1"]), r.choice(["docx", "pdf"])), annex)
            continue
        doc = rule_doc(co, d, k, drop)
        ext = r.choice(["docx", "pdf", "pdf"])
        nm = r.choice(["%s关于印发《%s》的通知" % (doc.aw_no, name), "%s（%s）" % (name, doc.aw_no), "扫描件%03d" % r.randint(1, 150)])
        put(folder + "%s.%s" % (nm, ext if not nm.startswith("扫描件") else "pdf"), doc, **(c.scan if ext == "pdf" or nm.startswith("扫描件") else {}))
    # holes written as drafts or mentions
    if "problem_draft" in H:
        d = co.fresh()
        put("个人文件夹/%s/问题管理规程（征求意见稿）%s.docx" % (co.p(1), dots(d)), void(rule_doc(co, d, "wt"), "draft (征求意见稿)", "（征求意见稿）"))
    if "improve_proc" in H:
        d = co.fresh()
        put("信息科/规程/运维服务持续改进管理办法（草稿）.docx", void(rule_doc(co, d, "gj"), "draft (草稿)", "（草稿）"))
    # 操作规程 (作业指导书)
    ok = list(OPS)
    r.shuffle(ok)
    n = 1 if "wi_one" in H else r.randint(2, 4)
    for k in ok[:n]:
        d = co.issued()
        put("信息科/规程/操作规程/%s.%s" % (OPS[k][0], r.choice(["docx", "docx", "pdf"])), op_guide(co, d, k))
    if "wi_one" in H:
        d = co.fresh()
        put("信息科/规程/操作规程/%s（模板）.docx" % OPS[ok[1]][0], blank_form("信息科" + OPS[ok[1]][0], d, ["1 适用范围", "2 作业步骤", "3 注意事项"]))
    return keys


def lay_org(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    d = co.issued()
    put("中心发文/%s%s关于调整中心网络安全和信息化领导小组的通知.%s" % (Y(d), ymd(d), r.choice(["pdf", "docx"])), leading_group(co, d, True),
        **(c.scan if r.random() < 0.5 else {}))
    c.rec(lambda d: "信息科/人员/信息科运维人员名册%s.xlsx" % ymd(d), lambda d: roster(co, d), old="staff_old" in H)
    if "roles" not in H:
        d = co.issued()
        put("信息科/人员/岗位职责清单.xlsx", roles(co, d))
    else:
        d = co.fresh()
        put("信息科/人员/岗位职责清单（空）.xlsx", blank_table("信息科运维岗位及职责清单", d, ["岗位/角色", "职责", "所在组织", "人员"], 6))
    # 接口人: by 通知 or by 主任办公会
    iface_min = "iface" not in H and r.random() < 0.45
    if "iface" not in H and not iface_min:
        d = co.issued()
        put("中心发文/%s关于明确中心网络安全联络员的通知.docx" % Y(d), iface_notice(co, d))
    months = sorted(r.sample(range(2, 11), 3))
    c.improve_min = "improve_pending" not in H and r.random() < 0.5
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 27))
        if i == 0:
            t = ["biz"] + (["iface"] if iface_min else [])
        elif i == 1:
            t = ["loan"] + (["improve"] if c.improve_min else (["improve_pending"] if "improve_pending" in H else []))
        else:
            t = ["cw", "biz"]
        nm = r.choice(["主任办公会纪要〔%d〕第%d期" % (d.year, m + i), "%s主任办公会纪要" % ymd(d), "%d.%d.%d主任办公会" % (d.year, d.month, d.day)])
        put("会议纪要/主任办公会/%s%s.%s" % (Y(d), nm, r.choice(["docx", "pdf"])), director_minutes(co, d, m + i, t))
    d = co.issued()
    put("信息科/服务台/关于设立信息系统运维服务台的通知.%s" % r.choice(["docx", "pdf"]), desk_notice(co, d))
    if "desk_train" not in H:
        c.rec(lambda d: "培训/%s服务台岗前培训记录%s.xlsx" % (Y(d), ymd(d)), lambda d: desk_training(co, d))
    else:
        d = co.fresh()
        put("培训/%s%s柜面业务系统操作培训签到.xlsx" % (Y(d), ymd(d)), signin(co, d, "住房公积金综合业务系统柜面操作手册"))


def lay_branch(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    FZ = "分中心运维/%s/" % co.aw["branch"]
    d0 = co.issued()
    put(FZ + "01需求调研/%s需求调研报告.docx" % co.aw["branch"], survey(co, d0, "survey_notime" not in H, "survey_nosec" not in H))
    d = d0 + timedelta(days=r.randint(5, 40))
    put(FZ + "01需求调研/%s对接会纪要.%s" % (dots(d), r.choice(["docx", "pdf"])), meeting(co, d, "comm_noagree" not in H))
    parts = ("list", "strategy") if "hist_noanalysis" in H else ("list", "analysis", "strategy")
    d = d0 + timedelta(days=r.randint(10, 50))
    put(FZ + "01需求调研/上一服务期运维数据分析及保障方案.docx", history(co, d, parts))
    if "hist_noanalysis" in H:
        put("个人文件夹/%s/数据分析（草稿）.docx" % co.p(0), void(history(co, d, ("list", "analysis", "strategy")), "draft (草稿)", "（草稿）"))
    d = date(2025, r.randint(1, 12), r.randint(1, 28))
    put(FZ + "02服务协议/信息化运维服务协议（盖章版）.pdf",
        agreement(co, d, "sla_nomode" not in H, True, "health_agree" not in H), **c.scan)
    for i in range(r.randint(1, 2)):
        col = "collect_old" not in H and r.random() < 0.4
        c.rec(lambda d: FZ + "03健康检查/%s%d年第%d季度健康检查报告.%s" % (Y(d), d.year, q(d), r.choice(["docx", "pdf"])),
              lambda d: health(co, d, col, r.random() < 0.8))
    halves = [(date(2025, 7, 3), "%d年上半年" % 2025), (date(2026, 1, 9), "2025年下半年"), (date(2026, 7, 6), "2026年上半年")]
    for d, h in halves:
        if r.random() < 0.85 or d.year == 2026:
            d = d + timedelta(days=r.randint(0, 14))
            put(FZ + "04满意度/%s满意度调查报告.%s" % (h, r.choice(["docx", "pdf"])), csat(co, d, h))
    if "trend" not in H:
        c.rec(lambda d: FZ + "04满意度/满意度趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    if "callbacks" not in H:
        c.rec(lambda d: FZ + "04满意度/回访登记%d.xlsx" % d.year, lambda d: callbacks(co, d))
    else:
        d = co.fresh()
        put(FZ + "04满意度/回访登记表（空白）.xlsx", blank_table("服务回访登记表", d, ["日期", "单位", "回访对象", "方式", "意见", "回访人"], 8))


def lay_design(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    XK = "信息科/"
    d = co.issued()
    put(XK + "服务管理/运维服务目录%d.xlsx" % d.year, catalog(co, d, "catalog_base" not in H))
    # budget: 请示 with its 附件
    d = date(2025, r.randint(9, 11), r.randint(1, 28))
    sub = XK + "请示报告/%s关于申请%d年度运维经费的请示/" % (ymd(d), d.year + 1)
    put(sub + "请示.docx", budget_ask(co, d))
    if "budget_tpl" in H:
        put(sub + "附件1 预算明细表（模板）.xlsx", blank_table("%d年度信息系统运维经费预算明细表" % (d.year + 1), d,
                                                         ["序号", "项目", "工作量（人天）", "人力资源", "单价", "金额", "时间节点"], 8))
    else:
        doc = budget_sheet(co, d)
        put(sub + r.choice(["附件1.xlsx", "附件1 预算明细表.xlsx", "Book1.xlsx"]), doc)
    d = date(2026, r.randint(1, 3), r.randint(1, 28))
    put("驻场运维/合同/%d年驻场运维服务合同（%s）.pdf" % (d.year, co.vendor), vendor_contract(co, d), **c.scan)
    d0 = date(d.year - 1, d.month, d.day)
    put("旧资料/%d年/驻场运维服务合同%d.pdf" % (d0.year, d0.year), vendor_contract(co, d0), **c.scan)
    if "ola" not in H:
        d = co.issued()
        put(XK + "服务管理/科内运维协同约定.docx", ola(co, d))
    else:
        d = co.fresh()
        put("个人文件夹/%s/科内协同约定（讨论稿）.docx" % co.p(0), void(ola(co, d), "draft (讨论稿)", "（讨论稿）"))
    if "kpis" not in H:
        d = co.issued()
        put(XK + "服务管理/可用性指标清单.xlsx", avail_kpis(co, d))
    if "svc_noauto" in H:
        c.rec(lambda d: XK + "%s运维方案影响分析.docx" % Y(d), lambda d: svc_review(co, d, False))
    else:
        c.rec(lambda d: XK + "%s运维方案影响分析.docx" % Y(d), lambda d: svc_review(co, d, True))
    d = co.fresh()
    if "devplan_draft" in H:
        put(XK + "%d年运维工具开发计划（征求意见稿）.docx" % d.year, void(dev_plan(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(XK + "%d年运维工具开发计划.docx" % d.year, dev_plan(co, d))
    # 改造: 需求, 方案, 兼容性
    c.rec(lambda d: XK + "项目/新版网厅/需求分析记录%s.pdf" % ymd(d), lambda d: requirements(co, d), **c.scan)
    d = co.fresh()
    proj = XK + "项目/%s%s升级/" % (ymd(d), co.sys(0))
    put(proj + "升级改造实施方案（定稿）.docx", upgrade_plan(co, d))
    put(proj + "升级改造实施方案改2.docx", void(upgrade_plan(co, back(d, 12)), "draft (superseded)"))
    if "compat" not in H:
        c.rec(lambda d: proj + "兼容性验证报告.docx", lambda d: compat(co, d), d=d + timedelta(days=r.randint(5, 20)))
    if "baseline" not in H:
        d = co.issued()
        put("网络安全/安全配置基线.xlsx", baseline(co, d))


def lay_records(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    XK = "信息科/"
    want = ["dev", "av", "mt", "ft", "up"]
    books = []
    for i in range(r.randint(2, 3)):
        books.append((co.fresh(), [k for k in want if r.random() < 0.6]))
    have = set(k for _, ks in books for k in ks)
    for k in want:
        if k not in have:
            books[r.randrange(len(books))][1].append(k)
    for d, kinds in books:
        nm = r.choice(["机房巡检记录%d年%d月" % (d.year, d.month), "%d.%d机房巡检" % (d.year, d.month), "巡检记录%d%02d" % (d.year, d.month)])
        put(XK + "机房巡检/%s%02d月/%s.xlsx" % (Y(d), d.month, nm), patrol(co, d, kinds))
        c.made.append((lambda d, nm=nm: XK + "机房巡检/%s%02d月/%s.xlsx" % (Y(d), d.month, nm), lambda d, kinds=kinds: patrol(co, d, kinds), d))
    if r.random() < 0.6:
        d, kinds = books[0]
        put(XK + "机房巡检/%s%02d月/机房巡检记录 - 副本.xlsx" % (Y(d), d.month), patrol(co, d, kinds))
    if "hw_none" in H:
        d = co.fresh()
        put(XK + "机房巡检/%s硬件故障统计.xlsx" % Y(d), hw_stats(co, d, False))
        d = co.old()
        put("旧资料/%d年/硬件故障统计%d.xlsx" % (d.year, d.year), hw_stats(co, d, True))
    else:
        c.rec(lambda d: XK + "机房巡检/%s硬件故障统计.xlsx" % Y(d), lambda d: hw_stats(co, d, True))
    c.rec(lambda d: XK + "配置管理/设备台账%s.xlsx" % ymd(d), lambda d: asset_book(co, d))
    c.rec(lambda d: XK + "配置管理/配置库导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, "cmdb_norel" not in H))
    if "ci" not in H:
        c.rec(lambda d: XK + "配置管理/%d配置项更新登记.xlsx" % d.year, lambda d: ci_log(co, d))
    # 工单: at least one export with 响应时间 unless the hole
    resp = "resp" not in H
    for i in range(r.randint(1, 2)):
        c.rec(lambda d: XK + "工单/%s工单导出%s.xlsx" % (Y(d), ymd(d)), lambda d: tickets(co, d, resp and i == 0))
    # 变更登记
    if "change_pending" in H:
        d = co.fresh()
        put(XK + "变更/%s变更登记台账.xlsx" % Y(d), change_book(co, d, False))
        d = co.old()
        put("旧资料/%d年/变更登记台账%d.xlsx" % (d.year, d.year), change_book(co, d, True))
    else:
        c.rec(lambda d: XK + "变更/%s变更登记台账.xlsx" % Y(d), lambda d: change_book(co, d, True))
    d = co.fresh()
    put(XK + "变更/变更申请单%s（待审批）.docx" % ymd(d), blank_form("信息系统变更申请单", d, ["变更内容", "影响范围", "测试情况", "回退方案", "审批意见"]))
    # 可用性
    if "aplan" not in H:
        d = co.fresh()
        put(XK + "可用性/%d年可用性保障计划.docx" % d.year, avail_plan(co, d))
    c.rec(lambda d: XK + "可用性/系统中断登记簿%d.xlsx" % d.year, lambda d: outage_book(co, d))
    # 运行月报
    months = sorted(r.sample(range(2, 11), 3))
    flags = [["monthly_notrend" not in H and r.random() < 0.75, "no_data" not in H and r.random() < 0.45, "aplan" not in H and r.random() < 0.6] for _ in months]
    if "monthly_notrend" not in H and not any(f[0] for f in flags):
        flags[0][0] = True
    if "aplan" not in H and not any(f[2] for f in flags):
        flags[-1][2] = True
    for m, (tr, da, av) in zip(months, flags):
        d = date(2026, m, r.randint(3, 10))
        nm = r.choice(["运行月报%d.%d" % (2026, m - 1), "%d年%d月信息系统运行月报" % (2026, m - 1), "运行月报（%d年%02d月）定稿" % (2026, m - 1)])
        put(XK + "运行月报/2026年/%s.%s" % (nm, r.choice(["docx", "docx", "pdf"])), monthly(co, d, tr, da, av, m - 1))
    c.rec(lambda d: XK + "知识库/知识库导出%s.xlsx" % ymd(d), lambda d: kb_export(co, d, "kb_empty" not in H))


def lay_security(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    AQ = "网络安全/"
    for i in range(r.randint(1, 2)):
        c.rec(lambda d: AQ + "日志审计/%s%d年第%d季度日志审计报告.%s" % (Y(d), d.year, q(d), r.choice(["docx", "pdf"])), lambda d: log_audit(co, d))
    c.rec(lambda d: AQ + "信息采集/%s网络安全信息采集记录.xlsx" % Y(d), lambda d: collect_sheet(co, d), old="collect_old" in H)
    c.rec(lambda d: AQ + "事件统计/%s网络安全事件统计分析.xlsx" % Y(d), lambda d: sec_stats(co, d, True))
    fulls = [("notice_partial" not in H) and r.random() < 0.6 for _ in range(r.randint(2, 3))]
    if "notice_partial" not in H and not any(fulls):
        fulls[0] = True
    for i, f in enumerate(fulls):
        d = co.fresh()
        put(AQ + "通报/%s网络安全通报第%d期.%s" % (Y(d), d.month + i, r.choice(["docx", "pdf"])), bulletin(co, d, d.month + i, f))
    d = co.fresh()
    put(AQ + "渗透测试/%d年渗透测试计划.docx" % d.year, pentest_plan(co, d))
    c.rec(lambda d: AQ + "渗透测试/%s网厅渗透测试报告.pdf" % ymd(d), lambda d: pentest_report(co, d), old="pentest_old" in H)
    d = co.issued()
    put(AQ + "等级保护/%s定级报告.pdf" % co.sys(0), grading(co, d), **c.scan)
    if "grading_crit" not in H:
        d = co.issued()
        put(AQ + "等级保护/信息系统安全保护等级划分标准.docx", grading_rule(co, d))
    d = co.fresh()
    put(AQ + "等级保护/%d年等保测评问题整改台账.xlsx" % d.year, mlps_fix(co, d))
    d = co.fresh()
    put("收文/%s省住房和城乡建设厅关于开展住房公积金信息系统网络安全检查的通知.pdf" % Y(d),
        nothing(co, d, "incoming", "关于开展住房公积金信息系统网络安全检查的通知",
                ["各市住房公积金管理中心：", "请对照《住房公积金信息系统网络安全管理办法》和中心应急预案、变更管理制度开展自查，于%d月底前报送自查报告。" % min(12, d.month + 1)],
                decoy="incoming notice mentioning procedures"), **c.scan)


def lay_emergency(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    YJ = "应急管理/"
    rec_ok = "recovery" not in H
    d = co.issued()
    doc = emergency_plan(co, d, True, rec_ok and r.random() < 0.5)
    put("中心发文/%s%s网络安全事件应急预案.%s" % (Y(d), doc.aw_no, r.choice(["docx", "pdf"])), doc)
    if rec_ok:
        d = co.issued()
        put(YJ + "预案/%s灾难恢复预案.docx" % co.sys(0), dr_plan(co, d))
    d = co.issued()
    if "bcp_draft" in H:
        put(YJ + "业务连续性计划（征求意见稿）.docx", void(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        doc = bcp(co, d)
        put(YJ + "%s业务连续性计划.pdf" % doc.aw_no, doc, **c.scan)
    d = co.fresh()
    if r.random() < 0.3:
        put("个人文件夹/%s/新建 Microsoft Word 文档.docx" % co.p(3), drill(co, d, "sec"))
    else:
        put(YJ + "演练/%s%s网络安全应急演练记录.docx" % (Y(d), dots(d)), drill(co, d, "sec"))
    if "drdrill" not in H:
        c.rec(lambda d: YJ + "演练/%s%s灾备切换演练记录.pdf" % (Y(d), ymd(d)), lambda d: drill(co, d, "dr"), **c.scan)
    else:
        d = co.fresh()
        put(YJ + "演练/%s灾备切换演练方案.docx" % Y(d), nothing(co, d, "drill_scheme", "%d年灾备切换演练方案" % d.year,
                                                         ["演练目的：检验灾难恢复预案。", "计划于%d月组织实施。" % min(12, d.month + 1)],
                                                         decoy="drill scheme, not the record"))


def lay_review(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    TX = "体系管理/"
    for i in range(2):
        d = date(2026, 3 * (i + 1) + 1, r.randint(5, 20))
        qq = q(d) - 1
        put("驻场运维/考核/%s驻场运维第%d季度考核.xlsx" % (Y(d), qq), vendor_score(co, d, "kpi_scoreonly" not in H and (i == 0 or r.random() < 0.5), qq))
    for i in range(r.randint(1, 2)):
        chk = r.random() < 0.7 or ("prevent" not in H and i == 0)
        c.rec(lambda d: "驻场运维/整改通知/扫描件%03d.pdf" % r.randint(1, 300) if r.random() < 0.5 else "驻场运维/整改通知/整改通知单%s.pdf" % ymd(d),
              lambda d: rectify(co, d, chk), **c.scan)
    c.rec(lambda d: TX + "内部审核/%d年内审报告.docx" % d.year, lambda d: internal_audit(co, d), old="ia_old" in H)
    inputs = ["perf", "fb", "ca", "imp"] if "mr_partial" in H else ["perf", "fb", "res", "ca", "chg", "imp"]
    c.rec(lambda d: TX + "管理评审/%d年管理评审报告.docx" % d.year, lambda d: review(co, d, inputs))
    if "audit_rule" not in H and r.random() < 0.5:
        d = co.issued()
        put(TX + "认证/ISO27001证书.pdf", iso_cert(co, d), **c.scan)
    c.rec(lambda d: TX + "持续改进/%d年持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, "criteria" not in H))
    if not c.improve_min and "improve_pending" not in H:
        c.rec(lambda d: TX + "持续改进/改进事项评估表%s.docx" % ymd(d), lambda d: improve_eval(co, d))
    if "itrack" not in H:
        c.rec(lambda d: TX + "持续改进/改进事项跟踪台账%d.xlsx" % d.year, lambda d: improve_track(co, d))
    if "aware_signin" in H:
        d = co.fresh()
        put("培训/%s%s《运维服务持续改进管理办法》学习签到.xlsx" % (Y(d), ymd(d)), signin(co, d, centre(co) + "运维服务持续改进管理办法"))
    else:
        c.rec(lambda d: "培训/%s%s持续改进专题培训.xlsx" % (Y(d), ymd(d)), lambda d: awareness(co, d))
    c.rec(lambda d: "信息科/%s%d年运维问题专题分析.docx" % (Y(d), d.year), lambda d: defects(co, d), old="defects_old" in H)
    d = date(2026, 1, r.randint(6, 25))
    put(r.choice(["信息科/总结/信息科2025年工作总结.docx", "信息科/总结/2025年工作总结（定稿）.docx", "信息科/总结/2025总结及2026打算.docx"]),
        year_summary(co, d, "no_data" not in H, "forecast" not in H))
    if "forecast" in H or r.random() < 0.5:
        d = date(2025, 1, r.randint(6, 25))
        put("旧资料/2025年/信息科2024年工作总结.docx", year_summary(co, d, True, True))


def lay_none(c):
    co, r, put = c.co, c.r, c.put
    d = co.fresh()
    put("其他/12329热线/%s话务统计%d.xlsx" % (Y(d), d.year), hotline_stats(co, d))
    d = co.fresh()
    put("档案影像/%s扫描质检记录%s.xlsx" % (Y(d), ymd(d)), scan_qc(co, d))
    d = co.fresh()
    put("其他/归集/%d年%d月归集业务统计.docx" % (d.year, d.month),
        Doc("gj_stats", "归集统计", d, [], True, [("title", "%d年%d月住房公积金归集业务统计" % (d.year, d.month)),
                                                 ("p", "本月新开户单位%d家，新开户职工%d人，归集额%d万元。" % (r.randint(30, 200), r.randint(800, 5000), r.randint(20000, 90000)))]))
    d = co.fresh()
    put("会议纪要/科务会/%s科务会记录.docx" % dots(d), Doc("kwh", "科务会记录", d, [], True, [
        ("title", "信息科科务会记录"), ("p", "时间：%s  主持：%s" % (cnd(d), co.p(0))),
        ("p", "1.布置结息前系统检查；2.驻场人员请假需提前报备；3.下周配合审计局数据调取。")]))
    d = co.fresh()
    put("驻场运维/月报/%s%s驻场运维工作量确认单.pdf" % (Y(d), ymd(d)), Doc("confirm", "工作量确认单", d, [], True, [
        ("title", "驻场运维服务工作量确认单"), ("p", "兹确认%s于%d年%d月派驻3人，出勤%d人天，完成工单%d件。" % (co.vendor, d.year, d.month, r.randint(55, 66), r.randint(60, 180))),
        ("p", "确认人：%s" % co.p(0))], decoy="confirmation sheet mentioning on-site staff"), **c.scan)
    d = co.fresh()
    put("其他/值班/%d年国庆节值班表.docx" % d.year, Doc("roster", "值班表", d, [], False, [
        ("title", "%d年国庆节假期值班表" % d.year), ("table", [["日期", "带班领导", "值班人员"]] + [["10月%d日" % i, co.boss if i % 2 else co.p(5), co.p(i % 5)] for i in range(1, 8)])]))


def outage_report(co, d):
    p = Paper("关于%d月%d日网上服务大厅中断情况的报告" % (d.month, d.day))
    p.add(("p", "中心领导："))
    p.sec("基本情况", ["%s9:20起，网上服务大厅和APP无法登录，10:05恢复，中断45分钟，期间约%d名职工办理业务受影响。" % (cnd(d), co.rng.randint(200, 900))])
    p.sec("原因", ["政务云负载均衡设备证书过期，导致HTTPS握手失败。"])
    p.sec("处置", ["驻场人员9:28发现告警，9:35报告信息科，联系政务云运营方更换证书后恢复。"])
    p.sec("下一步", ["将政务云侧证书纳入证书到期预警。"])
    p.items += ["18/availability-events", "22/events"]
    return p.doc("outage_report", d, True, [("p", "信息科"), ("p", cnd(d))])


def vendor_monthly(co, d):
    b = [("title", "%s驻场运维工作月报（%d年%d月）" % (co.vendor, d.year, d.month)), ("p", "项目负责人：%s" % co.vp(0)),
         ("h1", "一、本月工作量"), ("p", "出勤%d人天，处理工单%d件，参加变更%d次，巡检%d次。" % (co.rng.randint(55, 66), co.rng.randint(60, 170), co.rng.randint(3, 12), co.rng.randint(20, 23))),
         ("h1", "二、人员情况"), ("p", "%s、%s、%s在岗，无人员变动。" % (co.vp(0), co.vp(1), co.vp(2))),
         ("h1", "三、下月计划"), ("p", "配合结息前检查，完成防火墙规则清理。")]
    return Doc("vendor_monthly", "驻场月报", d, [], True, b)


def backup_check(co, d):
    rows = [[back(d, i).isoformat(), co.sys(0) + "数据库", "全量" if i % 7 == 0 else "增量", "成功", co.vp(1)] for i in range(14)]
    return Doc("backup", "备份检查", d, [], True, sheets=[("备份", [["数据库备份检查记录（%d年%d月）" % (d.year, d.month)], ["日期", "对象", "类型", "结果", "检查人"]] + rows)])


def vuln_export(co, d):
    rows = [["10.%d.%d.%d" % (co.rng.randint(1, 20), co.rng.randint(0, 254), co.rng.randint(1, 254)), co.rng.choice(["OpenSSH 弱加密算法", "TLS 1.0 启用", "Apache Tomcat 版本过低", "SMB 签名未启用"]),
             co.rng.choice(["中", "低", "高"])] for _ in range(15)]
    return Doc("vuln_export", "漏洞扫描导出", d, [], True, sheets=[("漏洞列表", [["主机", "漏洞名称", "风险"]] + rows)])


def lay_extra(c):
    """more of what a 信息科 keeps: 情况报告, 驻场月报, 备份检查, 扫描导出, 报送 copies, 收文, more 巡检."""
    co, r, put = c.co, c.r, c.put
    d = co.fresh()
    put("信息科/请示报告/%s关于网厅中断情况的报告.docx" % ymd(d), outage_report(co, d))
    for i in range(r.randint(2, 4)):
        d = date(2026, r.randint(1, 10), r.randint(1, 8))
        rel = "驻场运维/月报/%s驻场运维月报%d.%d.%s" % (Y(d), d.year, d.month, r.choice(["docx", "pdf"]))
        if rel not in co.used:
            put(rel, vendor_monthly(co, d))
    for i in range(r.randint(1, 3)):
        d = co.fresh()
        put("信息科/数据库备份/%s备份检查%d%02d.xlsx" % (Y(d), d.year, d.month), backup_check(co, d))
    d = co.fresh()
    put("网络安全/漏洞扫描/%s漏洞扫描结果导出.xlsx" % ymd(d), vuln_export(co, d))
    d = co.fresh()
    put("信息科/请示报告/%s关于采购下一代防火墙的请示.docx" % ymd(d), Doc("ask", "请示", d, [], False, [
        ("title", "关于采购下一代防火墙的请示"), ("p", "中心领导："), ("p", "现有出口防火墙已运行7年，性能不足，拟采购下一代防火墙2台，预算%d万元。妥否，请批示。" % r.randint(30, 60)),
        ("p", "信息科"), ("p", cnd(d))]))
    # 报送 copies under generic names: what the 网信办 asked for
    d = co.fresh()
    sub = "报送材料/%s网信办网络安全检查/" % dots(d)
    put(sub + "附件2.docx", log_audit(co, d))
    put(sub + "附件3.xlsx", asset_book(co, d))
    put(sub + "附件1 网络安全检查自查表.docx", Doc("selfcheck", "自查表", d, [], True, [
        ("title", "网络安全检查自查表"), ("table", [["检查项", "自查情况"], ["制度建设", "已建立"], ["应急预案", "已制定并演练"], ["等级保护", "已定级备案"]])],
        decoy="self-check form naming documents"))
    d = co.fresh()
    put("收文/%s市委网信办网络安全通报（第%d期）扫描件.pdf" % (Y(d), d.month), nothing(co, d, "incoming", "网络安全通报",
        ["各单位：近期勒索病毒活动频繁，请各单位排查远程桌面弱口令，及时安装补丁。", "（处理笺：请信息科阅处。%s）" % co.boss]), **c.scan)
    if r.random() < 0.6:
        d = co.fresh()
        put("个人文件夹/%s/Book1.xlsx" % co.p(2), asset_book(co, d))
    d = co.fresh()
    put("个人文件夹/%s/%s.docx" % (co.p(4), dots(d)), nothing(co, d, "note", "档案影像系统扩容需求",
        ["影像存储已用%d%%，预计年底用满，需扩容50TB。" % r.randint(75, 92)]))


def archive(c):
    co = c.co
    for name, factory, d in c.made:
        if co.rng.random() >= 0.15:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "旧资料/%d年/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        c.put(rel, factory(prev))


def decoys(c, lock_bytes, keys):
    co, r, H, put = c.co, c.r, c.H, c.put
    FZ = "分中心运维/%s/" % co.aw["branch"]
    put("信息科/表格/机房巡检记录（空表）.xlsx", blank_table("机房巡检记录", co.fresh(), ["日期", "设备", "运行状态", "CPU", "内存", "告警", "巡检人"]))
    put("信息科/表格/变更登记台账（空白）.xlsx", blank_table("信息系统变更登记台账", co.fresh(), ["编号", "申请日期", "变更内容", "审批人", "实施结果", "回退"]))
    put(FZ + "04满意度/满意度调查问卷（空白）.docx", blank_form("运维服务满意度调查问卷", co.fresh(), ["响应及时", "解决效果", "服务态度", "意见建议"]))
    put(FZ + "02服务协议/信息化运维服务协议（范本）.docx", blank_form("信息化运维服务协议（范本）", co.fresh(),
                                                             ["第一章 服务范围", "第二章 运维方式", "第三章 服务级别和核心指标", "第四章 健康检查"]))
    if r.random() < 0.6:
        put("应急管理/演练/应急演练记录表（模板）.docx", blank_form("应急演练记录表", co.fresh(), ["演练时间", "演练场景", "演练过程", "演练结果"]))
    d = co.fresh()
    put("个人文件夹/%s/信息化运维服务协议（送审稿）.docx" % co.p(0), void(agreement(co, d, True, True, True), "draft (送审稿)", "（送审稿）"))
    d = co.fresh()
    put("个人文件夹/%s/%d年持续改进计划（讨论稿）.docx" % (co.p(1), d.year + 1), void(improve_plan(co, d, True), "draft (讨论稿)", "（讨论稿）"))
    d = co.fresh()
    put("个人文件夹/%s/管理评审报告初稿.docx" % co.p(0), void(review(co, d, list(REVIEW_INPUTS)), "draft (初稿)", "（初稿）"))
    if "bcp_draft" not in H and r.random() < 0.4:
        d = co.old()
        put("个人文件夹/%s/业务连续性计划（征求意见稿）.docx" % co.p(3), void(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    d = date(2020, 5, 18)
    put("应急管理/预案/作废/网络安全事件应急预案（2020版）作废.pdf", void(emergency_plan(co, d, True, True), "obsolete (作废)", "（作废）"), **c.scan)
    d = date(2021, 9, 3)
    put("信息科/规程/已废止/问题管理规程（2021版）已废止.docx", void(rule_doc(co, d, "wt"), "obsolete (已废止)", "（已废止）"))
    nas = co.aw["nas"]
    put(nas + "/应急管理/%s灾备切换演练记录.docx" % co.sys(0), void(drill(co, co.fresh(), "dr"), "recycle bin"))
    put(nas + "/信息科/变更登记台账.xlsx", void(change_book(co, co.fresh(), True), "recycle bin"))
    put(nas + "/体系管理/内审报告.docx", void(internal_audit(co, co.fresh()), "recycle bin"))
    for what in r.sample(["网络安全事件应急预案", "信息系统变更管理办法", "信息系统业务连续性计划"], 2):
        d = co.fresh()
        put("培训/%s%s《%s》学习签到表.xlsx" % (Y(d), ymd(d), what), signin(co, d, centre(co) + what))
    d = co.fresh()
    put("制度汇编/现行有效制度目录.docx", Doc("index", "制度目录", d, [], False,
                                     [("title", "信息化现行有效制度目录（%s）" % dots(d)), ("table", [["序号", "制度名称", "文号/编号"]] +
                                      [[i, RULES[k][0], "—"] for i, k in enumerate(keys, 1)])], decoy="list of procedure names"))
    d = co.fresh()
    put("体系管理/管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, nothing(co, d, "mr_notice", "关于召开%d年度信息系统运维管理评审会议的通知" % d.year,
        ["领导小组各成员：", "定于%s召开管理评审会议，请信息科准备服务执行情况、客户反馈、资源需求、纠正措施、改进建议等评审输入。" % cnd(d)],
        decoy="meeting notice, not the review"))
    put("资质申报/自评估表（填报稿）.xlsx", ccrc_sheet(co, co.fresh()))
    d = co.fresh()
    put("其他/党建/%s党支部主题党日活动方案.docx" % ymd(d), nothing(co, d, "party", "机关党支部“我为群众办实事”主题党日活动方案",
                                                            ["组织党员到服务大厅开展志愿服务，帮助群众使用%s。" % co.aw["app"]], decoy="unrelated"))
    d = co.fresh()
    put("其他/政策/关于调整%d年度住房公积金缴存基数的通知.pdf" % d.year, nothing(co, d, "policy", "关于调整%d年度住房公积金缴存基数的通知" % d.year,
        ["缴存基数上限为上年度职工月平均工资的3倍，缴存比例5%%-12%%。" ], decoy="unrelated"), **c.scan)
    d = co.fresh()
    put("其他/工会/职工羽毛球比赛报名表.xlsx", Doc("union", "报名表", d, [], False, sheets=[("报名", [["职工羽毛球比赛报名表"], ["科室", "姓名", "项目"],
                                                                                          ["信息科", co.p(2), "男单"]])], decoy="unrelated"))
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(nas)]
    for rel in office[3:140:20]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(1)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw("信息科/机房巡检/新建 XLSX 工作表.xlsx", b"", "empty file")
    raw("网络安全/日志审计/新建 DOCX 文档.docx", b"", "empty file")
    raw(FZ + "04满意度/2026年下半年满意度调查报告.docx", b"", "empty file")
    raw("扫描件/扫描件%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
