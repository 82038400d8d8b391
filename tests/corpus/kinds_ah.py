# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ah.py - style AH: the 信息文档处 / 信息技术处 of a nuclear power plant operating company.

An author voice for the accuracy corpus, used only by the AH shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py and the README's ground-truth conventions; never the rules,
the sources or a score).  The 核电运营公司 has two units in operation and one under construction.
Its 信息文档处 (or 信息技术处) runs the plant's management-information network (管理信息大区, never the
DCS), the ERP, the EAM (设备管理系统), the 文档管理系统 (DMS) and IT and security operations for a
sister 核电工程公司 (the form's customer) under an internal 信息技术服务协议.  A security vendor has
驻场 engineers who hold the plant's 岗位授权 like everyone else.

Its people write in the nuclear industry's procedure culture: 管理程序 / 工作程序 / 技术程序 with a
程序编号 (XX-IT-AP-0nn, XX-IT-WP-0nn, XX-IT-TP-0nn), 版次 (A/0, B/1, C/0), a cover with 编写 / 校核 /
审核 / 批准, a 修改记录, and the chapters 目的 / 适用范围 / 职责 / 定义 / 工作程序 / 记录 / 参考文件; a
信息技术服务质量保证分大纲 (under the company's HAF003 质量保证大纲) whose chapters are the organisation,
the PDCA cycle, the 监查与审查 mechanism and several 管理程序; 程序升版 through 程序升版申请单; 状态报告 (CR)
and 经验反馈 (OE); 纠正行动 (CA) tracking; 变更申请单 with 变更后评价; 定期试验 records and 预防性维修 (PM)
工单 exported from the EAM with KKS-style 设备编码; 缺陷 reports; QA 监查 and 管理部门审查; 人因工具
(质疑的态度, 三向交流, 遵守使用程序); 值班日志 by 班组 (甲值…丁值); 应急预案 and 演习 with 演习评估;
安全文化 and 岗位授权 records.  Folders by 处室/科 and 年度, a 受控文件 area (有效版 and 作废), personal
folders (个人/<工号>_<姓名>/), a NAS #recycle.  Dates in several formats (2026年3月5日, 2026-03-05,
2026.03.05, 2026/3/5, 20260305, 二〇二六年三月五日).

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
or chapter adds its items only when it is written; a sheet with no data rows proves nothing; a record
older than a year keeps its items (record=True) and is stale.  build(co, lock_bytes) lays out a share.

Judgement calls of this voice (also in the README):
- an EAM 预防性维修 (PM) 工单 export of the network and security devices is 14/44's routine maintenance,
  its 固件/特征库升级 rows 44's upgrades; a PM export of servers and UPS only proves nothing of 14/44;
- the 防病毒系统 定期试验记录 (monthly full scan, 病毒库 check) is 44's virus scan and 45's antivirus;
- a 主备切换 定期试验 report of the security devices and business systems is a health-check record of
  their availability and continuity (15/records, 46/records), not a status check of clause 44;
- a 值班日志 of a 班组 proves each record kind its 类别 column has rows of: 巡视 (with measured values)
  44's inspection, 45's monitoring and 14's maintenance; 缺陷 44's faults; 查杀 44/45's antivirus;
  a log whose rows are only 交接班 / 设备运行正常 proves nothing;
- the EAM 缺陷报告 export is 44's fault record, only its 硬件缺陷统计 sheet (with rows) 14's statistics;
- a 变更申请单 with 变更后评价 (applied, approved, implemented, evaluated) is 54's change record and 43's
  process record; one not yet approved proves nothing; a 程序升版申请单 (a document change) proves
  nothing and is a decoy (it names procedures);
- the 岗位授权清单 is 9's staff list (with the vendor's 驻场 rows 9's outsourcing); a 服务台 岗位授权
  培训及考核记录 is 48's training record; a 人因工具 / 安全文化 training proves nothing; a 持续改进与经验
  反馈 意识宣贯 record is 69's;
- a CR/CA 跟踪表 whose CAs come from missed PI targets is 57's corrective-action record, with its
  有效性验证 column filled 66's effectiveness record; the 状态报告 季度趋势分析 of 信息安全 CRs is 18's
  statistics and (with its analysis chapter) 18's analysis;
- the 年度经验反馈分析报告 that analyses the year's major events, failed changes and missed service
  levels and sets an improvement plan is 70's; an external OE 通报 on a peer plant's virus event is a
  virus bulletin (52/virus, 53/bulletin), nothing more;
- a QA 监查报告 is 59's internal audit only when its scope is the IT service management system against
  its standard, the service requirements and the 工程公司's; one on 文档 质保 records proves nothing;
  the 管理部门审查报告 is 59's management review when it reports the execution and conformity of services
  and processes, and each 60 input it writes;
- a DR 切换演习 is 40's recovery drill, not 53's emergency drill (53 asks for drills of the 应急响应预案);
- the 处务会纪要 prove each decision they record (the 工程公司 interface person 28, the ranked and
  approved improvement opportunities 67);
- the 质量保证分大纲's chapters prove the organisation (9, 23), the PDCA model (10), the audit system (61) and
  the procedures they hold; a 管理程序汇编 proves only its procedures; an 改进机会评价表 without its approval sheet
  proves nothing of 67;
- a 核应急 综合演习 信息保障方案, a 大修 (OT) 信息保障值班表, a 定期试验/PM 年度计划, a CCRC 自评估表 in
  progress, a 现行有效程序清单 and a 驻场人员考勤确认 prove nothing (the last three are decoys).
"""

import re
from datetime import date, timedelta

from kinds import Doc

# per share: plant short, department, code prefix, 科 names, 班组 names, ITSM name, hotline, 工程 project
AH_INFO = {
    "ah1": ("东澜", "信息文档处", "DL", ("网络安全科", "系统运维科", "信息服务科", "文档管理科"),
            ("甲值", "乙值", "丙值", "丁值"), "IT服务管理平台", "8110", "3号机组"),
    "ah2": ("海阳湾", "信息技术处", "HYW", ("信息安全科", "基础设施科", "应用运维科", "综合科"),
            ("一值", "二值", "三值", "四值"), "信息服务热线系统", "6600", "3、4号机组"),
    "ah3": ("南澳", "信息文档处", "NA", ("网络与安全科", "运行维护科", "服务台", "档案科"),
            ("A值", "B值", "C值", "D值"), "ITSM运维平台", "7711", "3号机组"),
    "ah4": ("辽湾", "信息技术处", "LW", ("网络安全科", "系统运维科", "用户服务科", "综合管理科"),
            ("甲班", "乙班", "丙班", "丁班"), "IT服务台系统", "5500", "5、6号机组"),
}

ZHD = "〇一二三四五六七八九"
CNN = "一二三四五六七八九十"


def zh(d):
    def small(n):
        if n < 10:
            return ZHD[n]
        return ("十" if n < 20 else ZHD[n // 10] + "十") + (ZHD[n % 10] if n % 10 else "")
    return "".join(ZHD[int(c)] for c in str(d.year)) + "年" + small(d.month) + "月" + small(d.day) + "日"


def cn(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def compact(d):
    return d.strftime("%Y%m%d")


def dt(co, d):
    """A date the way one of the 处's people writes it."""
    f = co.rng.choice(["cn", "cn", "iso", "iso", "dot", "slash", "compact"])
    return {"cn": cn(d), "iso": d.isoformat(), "dot": "%d.%02d.%02d" % (d.year, d.month, d.day),
            "slash": "%d/%d/%d" % (d.year, d.month, d.day), "compact": compact(d)}[f]


def q(d):
    return (d.month - 1) // 3 + 1


# ------------------------------------------------------------------------------ builders' helpers

def written(kind, title, d, record, head, parts, tail=()):
    """A document written from parts (on?, items, blocks): a part left out lends no item, and the
    numbered headings close up (a chapter dropped leaves no hole in 1, 2, 3 …)."""
    b = [("title", title)] + list(head)
    items = []
    for on, its, blocks in parts:
        if on:
            b += list(blocks)
            items += list(its)
    b += list(tail)
    n = [0]
    out = []
    for blk in b:
        if blk[0] == "h1" and re.match(r"^\d+ ", blk[1]):
            n[0] += 1
            blk = ("h1", "%d %s" % (n[0], blk[1].split(" ", 1)[1]))
        out.append(blk)
    return Doc(kind, title, d, sorted(set(items)), record, out)


def workbook(kind, title, d, record, sheets):
    """Sheets (name, header, rows, items): only a sheet with data rows lends its items."""
    out, items = [], []
    for name, header, rows, its in sheets:
        out.append((name, [[title], header] + [list(r) for r in rows]))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def spoil(doc, why, mark=None):
    """A copy that proves nothing: a draft, a 作废 version, a bin copy, a template."""
    doc.items, doc.decoy, doc.kind = [], why, "decoy_" + why.split()[0]
    if mark:
        doc.title += mark
        for i, blk in enumerate(doc.blocks):
            if blk[0] == "title":
                doc.blocks[i] = ("title", blk[1] + mark)
                break
        if doc.sheets:
            name, rows = doc.sheets[0]
            rows[0] = [str(rows[0][0]) + mark]
    return doc


def blank(title, d, header=None, heads=None):
    """A blank form (空白表) of a record: the header or the headings, nothing filled in."""
    if header:
        rows = [[title], header] + [[""] * len(header) for _ in range(10)]
        return Doc("blank", title, d, [], False, sheets=[("Sheet1", rows)], decoy="template")
    b = [("title", title), ("table", [["表单编号", "", "版次", ""], ["填写人", "", "日期", "    年  月  日"]])]
    for h in heads:
        b += [("h1", h), ("p", "")]
    b += [("p", "编写：          校核：          批准：")]
    return Doc("blank", title, d, [], False, b, decoy="template")


def dept(co):
    return co.ah_dept


def plant(co):
    return co.ah_plant + "核电"


def cust(co):
    return "工程公司"


# ------------------------------------------------------------------------------ 程序 (procedures)

# key: (number, name, category, [(heading, [paras], items, optional?)])
PROC = {
    "problem": (1, "信息系统问题管理程序", "管理程序", [
        ("工作程序—问题的识别与登记", ["5.1.1 下列情况应由系统运维科提出问题单并在{itsm}中登记：同一系统30天内重复发生3次及以上的故障；"
                                   "等级为A、B级的IT状态报告（CR）；运行月报趋势分析中发现的系统性隐患。",
                                   "5.1.2 问题单应写明现象、影响范围、关联的故障工单和CR编号。"], ["20/procedure", "37/procedure"], False),
        ("工作程序—根本原因分析", ["5.2.1 问题负责人组织专业人员采用事件与原因因子图、5Why或故障树进行根本原因分析，必要时邀请厂家参加。",
                               "5.2.2 分析形成已知错误记录和临时规避措施，录入运维知识库。"], ["20/procedure", "37/procedure"], False),
        ("工作程序—问题的解决与关闭", ["5.3.1 需要对系统作出修改的，按《信息系统变更管理程序》提交变更申请。",
                                   "5.3.2 解决措施实施后观察一个月无复发，经科长审查、处长批准后关闭问题单。"], ["20/procedure", "37/procedure"], False)]),
    "change": (2, "信息系统变更管理程序", "管理程序", [
        ("工作程序—变更分类", ["5.1.1 变更分为标准变更、一般变更、重大变更和紧急变更。影响EAM、ERP、文档管理系统主业务功能或管理信息大区边界安全的变更按重大变更管理。"],
         ["54/procedure"], False),
        ("工作程序—变更申请与审批", ["5.2.1 变更申请人填写《信息系统变更申请单》，附实施方案、风险分析（含对机组运行支持业务的影响）、测试记录和回退方案。",
                                 "5.2.2 一般变更由科长批准；重大变更提交变更评审会审议，经处长批准，涉及质保相关系统的须经质保处会签。",
                                 "5.2.3 变更实施须在批准的窗口进行，机组大修关键路径期间原则上冻结非紧急变更。"], ["54/procedure"], False),
        ("工作程序—实施、验证与变更后评价", ["5.3.1 实施人按方案操作，执行三向交流和独立验证；失败时按回退方案恢复并开具CR。",
                                      "5.3.2 变更完成后10个工作日内完成变更后评价，评价变更目标的实现、对业务的影响和遗留问题，填入变更申请单并归档。"],
         ["54/procedure"], False)]),
    "incident": (3, "信息系统故障（事件）管理程序", "管理程序", [
        ("工作程序—受理与分级", ["5.1.1 故障（事件）通过信息服务热线{hotline}、{itsm}、监控告警和值班巡视发现，由服务台统一登记。",
                              "5.1.2 按影响分为一级（影响机组运行支持业务如EAM工作票、两票系统或多个部门）、二级（影响单个部门或单个系统）、三级（影响个别用户）。"],
         ["49/incident-procedure"], False),
        ("工作程序—处理、升级与关闭", ["5.2.1 一级故障15分钟内响应、值班负责人到场，同时报告处长和生产计划处值班；二级故障30分钟内响应。",
                                   "5.2.2 一线30分钟内不能恢复的升级至二线专业组或厂家支持；处理过程逐项记录在工单中。",
                                   "5.2.3 恢复后由服务台回访用户并关闭工单，一级故障须开具CR。"], ["49/incident-procedure"], False)]),
    "request": (4, "信息服务请求管理程序", "管理程序", [
        ("工作程序—服务请求的提交与审批", ["5.1.1 用户通过{itsm}提交账号开通、权限调整、终端入网、文档系统权限、VPN等服务请求，由本部门信息联络员审核。",
                                       "5.1.2 涉及文档管理系统受控文件权限和ERP财务权限的请求须经文件控制中心或财务处会签。"], ["49/request-procedure"], False),
        ("工作程序—办理与关闭", ["5.2.1 服务台按服务目录派单，标准请求2个工作日内办结。",
                              "5.2.2 办理结果回填工单，申请人确认后关闭；超时未办结的请求每周在处务会通报。"], ["49/request-procedure"], False)]),
    "knowledge": (5, "信息技术知识管理程序", "管理程序", [
        ("工作程序—知识的提交与审核", ["5.1.1 故障处理记录、问题根本原因分析、内外部经验反馈（OE）、厂家资料和培训课件是知识的来源。",
                                   "5.1.2 岗位人员在知识库中提交条目，科室技术负责人审核后发布，按系统和专业分类。"], ["21/procedure"], False),
        ("工作程序—知识的维护", ["5.2.1 每季度复核知识条目，对失效内容修订或下线；知识库的使用情况纳入年度经验反馈分析。"], ["21/procedure"], False)]),
    "slm": (6, "信息技术服务级别管理程序", "管理程序", [
        ("工作程序—服务级别的策划与协议", ["5.1.1 信息服务科会同服务对象识别服务需求，编制服务目录和服务级别，经双方协商后签订服务协议；对工程公司的服务以《信息技术服务协议》约定。"],
         ["39/slm-procedure"], False),
        ("工作程序—服务级别的监视与评审", ["5.2.1 服务级别达成情况每月统计并纳入运行月报；每年与服务对象评审一次服务协议，必要时修订。"],
         ["39/slm-procedure"], False)]),
    "improve": (7, "信息技术服务持续改进管理程序", "管理程序", [
        ("工作程序—改进的识别与记录", ["5.1.1 改进机会来源于QA监查、管理部门审查、用户满意度调查与投诉、PI指标未达标、状态报告（CR）、经验反馈和员工建议，统一登记在改进项台账。"],
         ["65/procedure"], False),
        ("工作程序—改进的批准与评估", ["5.2.1 改进项按安全影响、用户影响、投入和风险打分排序，经处务会批准后列入年度持续改进计划。"],
         ["65/procedure"], False),
        ("工作程序—改进的测量与报告", ["5.3.1 改进实施后以PI指标对比测量其效果，每季度在处务会报告进展，年度汇总提交管理部门审查。"],
         ["65/procedure"], False)]),
    "audit": (8, "信息技术服务内部监查程序", "管理程序", [
        ("工作程序—监查策划", ["5.1.1 每年初编制年度监查计划，三年内覆盖信息技术服务管理体系的全部要素；监查员须持有公司质保监查员授权，且不得监查本人工作。"],
         ["61/audit-system", "62/audit-mechanism"], False),
        ("工作程序—监查实施与跟踪", ["5.2.1 监查按准备、首次会议、现场监查、末次会议、监查报告的步骤进行，发现的不符合项开具CR并跟踪纠正行动至关闭。"],
         ["61/audit-system", "62/audit-mechanism"], False)]),
    "monitor": (9, "信息技术服务监视与测量程序", "管理程序", [
        ("工作程序—监视测量内容", ["5.1.1 监视测量对象包括服务级别达成率、系统可用率、用户满意度、投诉与建议及处PI指标。"],
         ["61/monitoring-process", "62/monitoring-process"], False),
        ("工作程序—监视测量方法", ["5.2.1 PI指标每月统计，每季度在处务会审查；未达标的指标开具CR并制定纠正行动。"],
         ["61/monitoring-process", "62/monitoring-process"], False)]),
    "secinc": (10, "网络安全事件管理及应急响应程序", "管理程序", [
        ("工作程序—事件分类分级", ["5.1.1 网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、设备设施故障和其他事件，按影响分为特别重大、重大、较大和一般四级。"],
         [], False),
        ("工作程序—事件上报", ["5.2.1 发现人立即报告服务台和网络安全科值班员，使用三向交流确认；较大及以上事件30分钟内报告处长和公司网络安全和信息化领导小组办公室，涉及工程公司系统的同时通报工程公司接口人。"],
         ["30/reporting-process"], False),
        ("工作程序—事件处置", ["5.3.1 网络安全科组织研判、遏制、根除、恢复和验证，处置过程记录在工单及值班日志中。",
                            "5.3.2 管理信息大区与生产控制大区之间的单向隔离装置告警，须会同仪控处处置，不得擅自操作生产控制大区设备。"],
         ["30/response-process", "31/incident-process"], False),
        ("工作程序—应急响应", ["5.4.1 重大及以上事件启动《网络安全事件应急预案》，成立现场应急处置组，按预案开展响应并每小时报告进展。"],
         ["34/emergency-process"], True),
        ("工作程序—事后处理", ["5.5.1 事件处置结束后5个工作日内编写事件报告，开具CR进行原因分析，落实纠正行动，更新知识库和应急预案。"],
         ["34/incident-process"], True)]),
    "training": (11, "网络安全培训服务程序", "管理程序", [
        ("工作程序—培训服务流程", ["5.1.1 每年第一季度调查公司各部门和工程公司的网络安全培训需求，编制年度培训计划；课件经科长审核；"
                                "培训实施时签到并考核；收集培训评价表，形成培训总结，纳入员工培训档案。"], ["31/training-process"], False)]),
    "pentest": (12, "渗透测试管理程序", "管理程序", [
        ("工作程序—渗透测试流程", ["5.1.1 测试前取得系统主管部门书面授权，明确范围、时间窗口和禁止事项；严禁对生产控制大区及单向隔离装置开展测试。",
                                "5.1.2 测试按信息收集、漏洞发现、漏洞验证、报告编写、整改复测的流程进行，测试过程全程录屏并记录。"], ["31/pentest-process"], False)]),
    "prevent": (13, "信息系统隐患排查及预防措施管理程序", "管理程序", [
        ("工作程序—潜在不符合的识别", ["5.1.1 通过PI趋势分析、定期试验和PM中发现的劣化、风险评估、内外部经验反馈识别潜在不符合和隐患。"],
         ["66/preventive-actions"], False),
        ("工作程序—预防措施的制定与验证", ["5.2.1 针对隐患的原因制定预防措施，经科长批准后实施，防止故障和不符合的发生；措施实施一个月后验证其有效性并记录在隐患台账。"],
         ["66/preventive-actions"], False)]),
    "desk": (1, "信息服务台工作程序", "工作程序", [
        ("工作程序—服务台的设置", ["5.1.1 处设立信息服务台，隶属{desk_dept}，对公司各部门及工程公司提供统一的故障受理和服务请求入口：热线{hotline}，{itsm}。",
                                "5.1.2 服务台实行7×24小时值班，工作日白班2人，夜间及节假日由当值班组兼任。"], ["48/service-desk"], False),
        ("工作程序—服务台职责", ["5.2.1 受理、登记、分类和初步处理故障与服务请求；派单、跟踪、升级和回访；每周汇总工单统计。",
                              "5.2.2 服务台值班员须取得岗位授权后方可独立值班。"], ["48/service-desk"], False)]),
}


def proc_code(co, key):
    n, _, cat, _ = PROC[key]
    return "%s-IT-%s-%03d" % (co.ah_code, {"管理程序": "AP", "工作程序": "WP"}[cat], n)


def proc_head(co, d, code, name, cat, ver):
    rev = [["版次", "修改说明", "编写", "生效日期"]]
    order = ["A/0", "A/1", "B/0", "B/1", "C/0", "C/1"]
    upto = order[:order.index(ver) + 1] if ver in order else ["A/0", ver]
    for i, v in enumerate(upto):
        why = "首次发布" if i == 0 else co.rng.choice(["按组织机构调整升版", "按QA监查意见修改", "按变更申请修改", "定期审查后修改", "落实经验反馈"])
        when = d if i == len(upto) - 1 else date(d.year - (len(upto) - 1 - i), co.rng.randint(2, 11), 10)
        rev.append([v, why, co.p(i), when.isoformat()])
    return [("p", "%s有限公司" % co.ah_company),
            ("table", [["程序编号", code, "版次", ver], ["程序类别", cat, "质保分级", co.rng.choice(["QA3", "QA2", "非QA"])],
                       ["编写", co.p(1), "校核", co.p(3)], ["审核", co.p(0), "批准", co.boss],
                       ["生效日期", dt(co, d + timedelta(days=7)), "归口部门", dept(co)]]),
            ("h1", "修改记录"), ("table", rev)]


def procedure(co, d, key, ver=None, drop=(), cites=()):
    """A controlled 管理程序 / 工作程序: cover, 修改记录, chapters 目的 … 参考文件."""
    n, name, cat, secs = PROC[key]
    code = proc_code(co, key)
    ver = ver or co.rng.choice(["A/0", "B/0", "B/1", "C/0"])
    fill = dict(itsm=co.ah_itsm, hotline=co.ah_hotline, desk_dept=co.ah_ke[2])
    parts = [(True, [], [("h1", "1 目的"), ("p", "规定%s的%s，确保%s信息系统安全稳定运行。" % (dept(co), name.replace("程序", "").replace("工作", ""), plant(co)))]),
             (True, [], [("h1", "2 适用范围"), ("p", "适用于%s管理的管理信息大区信息系统、网络与安全设备，以及按服务协议为%s提供的信息技术服务。不适用于机组DCS及生产控制大区。" % (dept(co), cust(co)))]),
             (True, [], [("h1", "3 职责"), ("p", "3.1 处长：批准本程序，组织资源。3.2 %s：本程序的归口执行。3.3 各科室：按本程序开展工作并保存记录。" % co.ah_ke[1])])]
    parts.append((True, [], [("h1", "4 定义"), ("p", "无。") if co.rng.random() < 0.5 else ("p", "CR：状态报告；CA：纠正行动；OE：经验反馈。")]))
    parts.append((True, [], [("h1", "5 工作程序")]))
    for i, (h, paras, its, opt) in enumerate(secs):
        if opt and h in drop:
            continue
        parts.append((True, its, [("h2", "5.%d %s" % (i + 1, h.replace("工作程序—", "")))] + [("p", p.format(**fill)) for p in paras]))
    recs = {"管理程序": "本程序产生的记录按《记录管理程序》归档，保存期10年。", "工作程序": "服务台值班记录、工单统计表。"}[cat]
    parts.append((True, [], [("h1", "6 记录"), ("p", recs)]))
    if cites:
        parts.append((True, [], [("h1", "7 参考文件")] + [("p", "《%s》" % c) for c in cites]))
    doc = written("proc:" + key, name, d, False, proc_head(co, d, code, name, cat, ver), parts)
    return doc


def qa_program(co, d, chapters, org=True, pdca=True, audit=True):
    """The 信息技术服务质量保证分大纲: organisation, PDCA, 监查与审查, and several 管理程序 as chapters."""
    code = "%s-IT-QAP-01" % co.ah_code
    head = proc_head(co, d, code, "信息技术服务质量保证分大纲", "大纲", co.rng.choice(["B/0", "C/0", "C/1"]))
    parts = [(True, [], [("h1", "1 总则"), ("p", "本分大纲依据公司《质量保证大纲（运行阶段）》和HAF003的要求编制，规定%s信息技术服务管理体系的要求。" % dept(co))])]
    parts.append((org, ["9/org-chart", "9/outsourcing", "23/org-chart"], [
        ("h1", "2 组织与职责"),
        ("p", "公司网络安全和信息化领导小组（安全领导小组）：组长由总经理%s担任，副组长由分管副总经理担任，成员为各处室负责人；负责网络安全与信息化的方针、资源和重大事项决策。" % co.boss),
        ("p", "安全管理组：%s处长任组长，负责体系策划、程序管理、监查与审查的组织。" % dept(co)),
        ("p", "执行组：由%s、%s、%s及%s驻场人员组成，负责日常运维、值班巡视、定期试验、PM和应急响应。" % (co.ah_ke[0], co.ah_ke[1], co.ah_ke[2], co.vendor))]))
    parts.append((pdca, ["10/pdca"], [
        ("h1", "3 管理模式"),
        ("p", "信息技术服务采用策划（P）—实施（D）—检查（C）—改进（A）的管理模式：策划阶段确定服务需求、服务目录、服务级别和年度计划；"
         "实施阶段按程序提供服务；检查阶段开展PI监视测量、定期试验、QA监查和管理部门审查；改进阶段通过CR/CA、经验反馈和持续改进计划闭环。")]))
    parts.append((audit, ["61/audit-system"], [
        ("h1", "4 监查与审查"),
        ("p", "体系的有效性通过三道防线验证：处内自我评估、公司质保处的独立QA监查（每年至少一次覆盖信息技术服务）和年度管理部门审查；"
         "并保持ISO/IEC 20000-1第三方认证。监查发现以CR跟踪至关闭。")]))
    for k in chapters:
        n, name, cat, secs = PROC[k]
        fill = dict(itsm=co.ah_itsm, hotline=co.ah_hotline, desk_dept=co.ah_ke[2])
        blocks = [("h1", "5 %s（原%s）" % (name, proc_code(co, k)))]
        its = []
        for h, paras, it, opt in secs:
            blocks.append(("h2", h.replace("工作程序—", "")))
            blocks += [("p", re.sub(r"^\d+(\.\d+)+ ", "", p.format(**fill))) for p in paras]
            its += it
        parts.append((True, its, blocks))
    parts.append((True, [], [("h1", "6 记录"), ("p", "体系运行记录按公司《记录管理程序》归档。")]))
    return written("qa_program", "信息技术服务质量保证分大纲", d, False, head, parts)


def proc_binder(co, d, keys):
    """处管理程序汇编: several 管理程序 bound in one PDF; no PDCA, no organisation."""
    head = [("p", "%s  %s" % (co.ah_company, dept(co))), ("p", "（%d年%d月汇编，汇编本为参考本，以文档管理系统有效版本为准）" % (d.year, d.month))]
    parts = [(True, [], [("h1", "目录")] + [("p", "%s %s" % (proc_code(co, k), PROC[k][1])) for k in keys])]
    fill = dict(itsm=co.ah_itsm, hotline=co.ah_hotline, desk_dept=co.ah_ke[2])
    for k in keys:
        n, name, cat, secs = PROC[k]
        b = [("break",), ("h1", "%s %s（版次%s）" % (proc_code(co, k), name, co.rng.choice(["B/0", "B/1", "C/0"])))]
        its = []
        for h, paras, it, opt in secs:
            b.append(("h2", h))
            b += [("p", p.format(**fill)) for p in paras]
            its += it
        parts.append((True, its, b))
    doc = written("proc_binder", "%s管理程序汇编" % dept(co), d, False, head, parts)
    return doc


# 技术程序 (work instructions), one per module
TP = {
    "fw": ("防火墙定期维护技术程序", ["登录管理终端前核对工单号与设备编码（KKS），执行三向交流。", "检查双机状态、会话数、CPU与内存，记录在PM工单。",
                              "导出运行配置并与安全配置基线比对；清理超过90天未命中的策略须走变更。", "风扇除尘、电源及接地检查，恢复后由第二人独立验证。"]),
    "scan": ("漏洞扫描技术程序", ["确认扫描授权单和扫描窗口，避开机组运行支持系统的业务高峰。", "在扫描器中选用“管理信息大区”策略，禁止对单向隔离装置发包。",
                            "复核高危漏洞，出具扫描报告并开具CR跟踪整改。"]),
    "log": ("安全日志审计技术程序", ["核对日志源接入清单，确认防火墙、IPS、服务器、域控、EAM和文档系统的日志均已接入。", "按审计规则生成周报表，对异常登录、越权和大流量外发进行研判。",
                                 "可疑事件按《网络安全事件管理及应急响应程序》上报。"]),
    "patrol": ("网络机房值班巡视技术程序", ["按巡视路线检查机柜、UPS、精密空调和网络安全设备指示灯。", "在监控平台查看CPU、内存、链路与告警，记录实测值。",
                                  "发现缺陷在EAM开具缺陷报告，紧急情况按故障程序处理。"]),
    "av": ("防病毒系统定期试验技术程序", ["检查防病毒服务器病毒库版本与客户端在线率。", "对服务器区和办公终端执行全盘查杀，记录结果。", "离线病毒库的更新使用专用U盘并登记。"]),
    "backup": ("EAM及文档管理系统数据备份与恢复技术程序", ["核对备份作业执行结果，检查备份介质容量。", "每季度抽取一份备份在恢复环境中恢复验证，核对记录数。",
                                                     "恢复失败开具CR并通知系统运维科科长。"]),
}


def tech_proc(co, d, key, n):
    name, steps = TP[key]
    code = "%s-IT-TP-%03d" % (co.ah_code, n)
    head = proc_head(co, d, code, name, "技术程序", co.rng.choice(["A/0", "A/1", "B/0"]))
    parts = [(True, [], [("h1", "1 目的"), ("p", "规定%s的操作步骤，确保作业正确、可追溯。" % name.replace("技术程序", ""))]),
             (True, [], [("h1", "2 适用范围"), ("p", "适用于%s运维人员及%s驻场人员在管理信息大区开展的该项作业。" % (dept(co), co.vendor))]),
             (True, [], [("h1", "3 先决条件"), ("p", "作业人员持有相应岗位授权；已开具PM或定期试验工单；使用人因工具：质疑的态度、三向交流、遵守使用程序。")]),
             (True, ["24/work-instructions", "11/manuals"], [("h1", "4 操作步骤")] + [("p", "4.%d %s" % (i, s)) for i, s in enumerate(steps, 1)]),
             (True, [], [("h1", "5 验收准则"), ("p", "各项检查结果在正常范围内，记录完整、签字齐全。")])]
    return written("tech_proc", name, d, False, head, parts)


def tp_binder(co, d, keys):
    head = [("p", "%s 技术程序汇编（%d）" % (dept(co), d.year)), ("p", "编制：%s  审核：%s  批准：%s" % (co.p(2), co.p(1), co.boss))]
    parts = []
    for i, k in enumerate(keys, 1):
        name, steps = TP[k]
        parts.append((True, ["24/work-instructions", "11/manuals"],
                      [("h1", "%d %s" % (i, name))] + [("p", "%d.%d %s" % (i, j, s)) for j, s in enumerate(steps, 1)]))
    return written("tp_binder", "信息系统运维技术程序汇编", d, False, head, parts)


def site_manual(co, d):
    head = [("p", "文件编号：%s-IT-GC-01    版次：A/0" % co.ah_code), ("p", "编写：%s  审核：%s  批准：%s" % (co.p(4), co.p(1), co.boss))]
    parts = [(True, ["11/manuals"], [
        ("h1", "1 工程概况"), ("p", "%s施工现场临时办公网、视频会议及工程文档管理系统终端的建设与运维。" % co.ah_proj),
        ("h1", "2 施工组织"), ("p", "项目负责人、网络工程师、安全工程师和工程公司配合人员，分工见附表。"),
        ("h1", "3 施工流程"), ("p", "现场勘查→方案审查→设备到货验收→布线与上架→安全配置（基线）→联调→割接→试运行→移交验收。"),
        ("h1", "4 现场安全要求"), ("p", "进入核岛及常规岛施工区域须办理出入许可，遵守工程公司安全文明施工规定；不得擅自接入工程公司施工网以外的网络。")])]
    return written("site_manual", "工程现场信息化施工作业手册", d, False, head, parts)


# ------------------------------------------------------------------------------ 工程公司 (the customer)

def survey(co, d, time_req, sec_types):
    head = [("p", "调查单位：%s    调查时间：%s" % (dept(co), dt(co, d))),
            ("p", "调查对象：%s综合管理部、设计管理部、施工管理部、采购部、档案室；访谈%s等%d人。" % (co.customer, co.cp(0), co.rng.randint(9, 18)))]
    parts = [(True, [], [("h1", "1 调查背景"),
                         ("p", "%s承担%s建设，按公司与工程公司签订的内部服务协议，由%s提供信息技术及网络安全运维服务。为做好服务移交，结合工程公司“十四五”信息化规划和%s建设里程碑开展本次调查。"
                          % (co.customer, co.ah_proj, dept(co), co.ah_proj))])]
    parts.append((time_req, ["1/survey"], [
        ("h1", "2 服务时间要求"),
        ("p", "工程文档管理系统和施工管理系统：施工高峰期（%s穹顶吊装、冷试、热试阶段）要求7×24小时支持，重大节点前后安排驻场保障；"
         "办公系统工作日7:30—18:00支持，其他时间电话响应。" % co.ah_proj),
        ("table", [["系统", "服务时段", "响应时间", "恢复时间"], ["工程文档管理系统", "7×24", "15分钟", "2小时"],
                   ["施工管理系统", "7×24（节点期间）", "30分钟", "4小时"], ["办公OA与邮件", "工作日7:30—18:00", "1小时", "次工作日"]])]))
    parts.append((sec_types, ["5/survey"], [
        ("h1", "3 安全服务需求及类型"),
        ("p", "工程公司提出的安全服务需求分为四类：基础运维类（防火墙、上网行为管理、终端防病毒的日常维护）；安全评估类（漏洞扫描、年度渗透测试、等级保护测评配合）；"
         "应急保障类（网络安全事件应急响应、重大节点保障值守）；培训咨询类（分包商人员网络安全意识培训）。")]))
    parts.append((True, [], [("h1", "4 结论"), ("p", "调查结果经%s确认，作为服务协议和服务目录的输入。调查人：%s" % (co.cp(0), co.p(2)))]))
    return written("survey", "%s信息技术服务需求调查报告" % co.customer, d, False, head, parts)


def budget(co, d):
    rows = [["1", "管理信息网及安全设备运维", 260, "网络安全科2人（含驻场1人）", 420000, "%d-01-01起全年" % d.year],
            ["2", "工程文档管理系统运维", 180, "系统运维科1人", 260000, "随%s建设进度" % co.ah_proj],
            ["3", "服务台及桌面支持", 240, "服务台2人", 300000, "全年"],
            ["4", "渗透测试与等保测评配合", 30, "外委%s" % co.vendor, 120000, "%d-09-30前" % d.year],
            ["5", "重大节点保障值守", 24, "应急小组", 48000, "冷试、热试节点"],
            ["", "合计", 734, "", 1148000, ""]]
    return workbook("budget", "%d年度工程公司信息技术服务费用预算表" % d.year, d, False,
                    [("预算", ["序号", "服务项目", "工作量（人·日）", "人力资源", "费用（元）", "项目节点"], rows, ["2/budget"])])


def coord_minutes(co, d, agreed):
    head = [("p", "会议时间：%s 09:30    地点：%s会议室    主持：%s" % (dt(co, d), co.customer, co.cp(0))),
            ("p", "参加：%s %s、%s；%s %s、%s" % (co.customer, co.cp(0), co.cp(1), dept(co), co.p(0), co.p(2)))]
    parts = [(True, [], [("h1", "一、会议议题"), ("p", "信息技术服务移交范围、服务方式、驻场安排、报告周期。")]),
             (agreed, ["3/communication"], [
                 ("h1", "二、会议达成的一致意见"),
                 ("p", "1. 服务范围为工程公司办公网、工程文档管理系统、施工管理系统及其安全设备；"),
                 ("p", "2. %s派1名工程师在工程公司现场驻场，工作日驻场，节假日远程值守；" % dept(co)),
                 ("p", "3. 每月提交服务月报，每季度开展一次健康检查；"),
                 ("p", "会上双方对上述事项逐条复述确认（三向交流），无异议。"),
                 ("p", "确认签字：%s（工程公司）  %s（%s）" % (co.cp(0), co.p(0), dept(co)))]),
             (not agreed, [], [("h1", "二、会议情况"), ("p", "双方介绍了各自情况，驻场安排和报告周期待工程公司内部研究后另行商定。")])]
    return written("coord_minutes", "工程公司信息技术服务移交协调会会议纪要", d, False, head, parts)


def history_list(co, d):
    rows = []
    for i, (n, s) in enumerate([("故障工单", co.ah_itsm), ("服务请求工单", co.ah_itsm), ("变更申请单", "文档管理系统"),
                                ("IT状态报告（CR）", "CR系统"), ("PM工单", "EAM"), ("定期试验记录", "EAM"), ("监控告警", "网管平台"),
                                ("安全日志", "日志审计系统")], 1):
        rows.append([i, n, s, "%d.01—%d.12" % (d.year - 1, d.year - 1), co.rng.randint(60, 5000), co.ah_ke[i % 3]])
    return workbook("history_list", "工程公司信息系统运维历史数据清单", d, False,
                    [("清单", ["序号", "数据名称", "来源系统", "时间范围", "记录数", "保管科室"], rows, ["4/history-list"])])


def history_analysis(co, d, strategy):
    head = [("p", "编写：%s  审核：%s  日期：%s" % (co.p(1), co.p(0), dt(co, d)))]
    parts = [(True, ["4/analysis"], [
        ("h1", "1 指标完成情况"), ("p", "%d年工程公司信息系统可用率99.93%%，故障按时恢复率96.8%%，服务请求按时办结率98.1%%。" % (d.year - 1)),
        ("h1", "2 违例操作"), ("p", "发现违例操作5起：未经变更申请修改上网行为管理策略2起，共用管理员账号3起，均已开具CR并完成纠正行动。"),
        ("h1", "3 重大事件"), ("p", "工程文档管理系统存储控制器故障导致系统中断2.5小时（CR-%d-IT-0%d），影响设计变更单流转。" % (d.year - 1, co.rng.randint(10, 99))),
        ("h1", "4 重大（失败）变更"), ("p", "失败变更3次，其中施工管理系统版本升级回退1次，原因是测试环境与生产环境数据量差异大。")])]
    parts.append((strategy, ["4/strategy"], [
        ("h1", "5 运维保障策略及实施方案"),
        ("p", "根据上述分析，制定保障策略：重大节点前冻结非紧急变更；存储和核心交换机纳入PM及定期试验；变更前在准生产环境验证；驻场工程师节点期间7×24值守。"),
        ("table", [["措施", "责任科室", "完成时间"], ["存储控制器预防性更换", co.ah_ke[1], "%d年3月" % d.year],
                   ["准生产环境建设", co.ah_ke[1], "%d年6月" % d.year], ["节点保障值守排班", co.ah_ke[2], "按节点"]])]))
    return written("history_analysis", "工程公司信息系统运维历史数据分析报告", d, False, head, parts)


def catalog(co, d, parts_on):
    rows = []
    its = ["29/catalog"]
    base = [("初始服务", "资产识别、配置项采集、运维流程导入", "现场"), ("安全设备运维", "防火墙、IPS、上网行为管理、防病毒的日常维护和PM", "现场+远程"),
            ("日常巡检（值班巡视）", "机房及网络安全设备每班巡视", "现场"), ("健康检查", "每季度安全设备及业务系统健康检查", "现场/远程"),
            ("安全事件审计", "网络及安全设备、服务器、应用日志审计", "远程")]
    l2 = [("运维监控与分析", "7×24监控，月度趋势分析", "远程"), ("终端安全监控", "终端准入、防病毒、违规外联监控", "远程"),
          ("等级保护合规性运维", "按等保三级要求的合规检查与整改跟踪", "现场")]
    l1 = [("安全通告及漏洞分析", "漏洞、病毒、厂商及行业经验反馈通告", "远程"), ("应急响应服务", "网络安全事件7×24应急响应，重大事件2小时到场", "现场")]
    if "base" in parts_on:
        rows += base
        its.append("12/catalog")
    if "l2" in parts_on:
        rows += l2
        its.append("19/catalog")
    if "l1" in parts_on:
        rows += l1
        its.append("26/catalog")
    rows = [[i + 1, a, b, c, "服务记录/报告"] for i, (a, b, c) in enumerate(rows)]
    doc = workbook("catalog", "信息技术服务目录（%d版）" % d.year, d, False,
                   [("服务目录", ["序号", "服务项目", "服务内容", "服务方式", "交付物"], rows, its)])
    return doc


def sla(co, d, modes, kpis, health, bilingual=False):
    code = "%s-FW-%d-%02d" % (co.ah_code, d.year, co.rng.randint(1, 20))
    t = "信息技术服务协议（%s—%s）" % (co.ah_company_short, co.ah_cust_short)
    head = [("p", "协议编号：%s" % code), ("p", "甲方（服务接受方）：%s    乙方（服务提供方）：%s有限公司" % (co.customer, co.ah_company))]
    parts = [(True, ["39/sla"], [("h1", "第一条 服务范围"),
                                ("p", "乙方%s为甲方%s建设期间的办公网、工程文档管理系统、施工管理系统及其网络安全设备提供运维服务，服务项目见附件《服务目录》。" % (dept(co), co.ah_proj))])]
    parts.append((modes, ["35/sla"], [("h1", "第二条 运维方式"),
                                      ("p", "乙方采用驻场值守、定期巡检和远程值守相结合的方式：工作日在甲方现场驻场1人；每月对甲方机房和安全设备定期巡检一次；"
                                       "非工作时间由乙方当值班组远程值守。")]))
    parts.append((kpis, ["36/sla"], [("h1", "第三条 服务级别与核心指标"),
                                     ("table", [["指标", "承诺值"], ["核心系统（工程文档管理系统）可用率", "≥99.9%"], ["一级故障响应时间", "15分钟"],
                                                ["一级故障恢复时间", "4小时"], ["用户满意度", "≥90分"]])]))
    parts.append((health, ["15/agreement"], [("h1", "第四条 健康检查"),
                                             ("p", "乙方每季度对甲方安全设备和业务系统进行一次健康检查，重大节点前加检一次；以现场检查为主，远程检查为辅；检查后5个工作日内提交报告。")]))
    parts.append((True, [], [("h1", "第五条 费用与结算"), ("p", "服务费用按年度预算内部结算，每季度结算一次。"),
                             ("h1", "第六条 协议期限"), ("p", "自%s起至%s止。" % (cn(d), cn(date(d.year + 1, d.month, min(d.day, 28))))),
                             ("p", "甲方代表：%s（签字）    乙方代表：%s（签字）" % (co.cp(0), co.boss)),
                             ("p", "签订日期：%s" % dt(co, d))]))
    if bilingual:
        t = t + " / IT Service Agreement"
    return written("sla", t, d, False, head, parts)


def health_report(co, d, collect):
    head = [("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "现场检查+远程检查"]), dt(co, d), co.p(2), co.vp(0)))]
    parts = [(True, ["15/records", "46/records", "44/inspection", "14/maintenance"], [
        ("h1", "1 检查范围"), ("p", "工程公司现场机房防火墙、IPS、上网行为管理、核心交换机，以及工程文档管理系统、施工管理系统。"),
        ("h1", "2 可用性与持续性检查"),
        ("table", [["对象", "状态", "连续运行", "冗余", "结论"], ["防火墙（主/备）", "正常", "%d天" % co.rng.randint(40, 300), "主备正常", "健康"],
                   ["IPS", "正常", "%d天" % co.rng.randint(20, 200), "旁路保护正常", "健康"],
                   ["工程文档管理系统", "正常", "%d天" % co.rng.randint(20, 120), "集群双节点", "健康"],
                   ["施工管理系统", "正常", "%d天" % co.rng.randint(5, 60), "单节点", "需关注"]])])]
    parts.append((collect, ["16/config", "16/traffic", "16/status"], [
        ("h1", "3 安全信息采集"),
        ("p", "配置：导出防火墙、核心交换机运行配置，与基线比对差异%d项；" % co.rng.randint(0, 4)),
        ("p", "流量：工程公司出口峰值%dMbps，均值%dMbps，未见异常外联；" % (co.rng.randint(300, 900), co.rng.randint(80, 250))),
        ("p", "系统状态：CPU、内存、磁盘、会话数均在阈值内。")]))
    parts.append((True, [], [("h1", "4 建议"), ("p", "施工管理系统建议增加备节点，列入下年度改进计划。")]))
    return written("health_report", "%d年第%d季度工程公司信息系统健康检查报告" % (d.year, q(d)), d, True, head, parts)


def csat(co, d, half, analysis=True):
    head = [("p", "调查时间：%s    方式：问卷（%s）+重点用户访谈" % (dt(co, d), co.ah_itsm)), ("p", "发放%d份，回收%d份" % (120, co.rng.randint(80, 115)))]
    parts = [(True, ["41/surveys", "58/survey", "63/survey"], [
        ("h1", "1 调查结果"),
        ("table", [["评价项", "得分"], ["故障响应及时性", co.rng.randint(86, 96)], ["问题解决质量", co.rng.randint(85, 95)],
                   ["服务态度", co.rng.randint(90, 99)], ["文档系统易用性", co.rng.randint(78, 90)], ["综合满意度", co.rng.randint(88, 95)]])])]
    parts.append((analysis, [], [("h1", "2 满意度分析"),
                                 ("p", "服务态度评价最高；文档系统易用性评价最低，主要反映在设计变更单流转步骤多、检索慢；夜间电话响应排队。")]))
    parts.append((True, [], [("h1", "3 改进措施"), ("p", "优化文档系统检索索引；节点期间增加夜间值守。")]))
    return written("csat", "工程公司信息服务用户满意度调查报告（%d年%s）" % (d.year if half == "上半年" else d.year - 1, half), d, True, head, parts)


def csat_trend(co, d):
    rows = [["%d年上半年" % (d.year - 1), 88.6], ["%d年下半年" % (d.year - 1), 90.2], ["%d年上半年" % d.year, 91.5]]
    head = [("p", "编写：%s  日期：%s" % (co.p(2), dt(co, d)))]
    parts = [(True, ["41/trend"], [("table", [["期次", "综合满意度"]] + rows),
                                   ("p", "趋势：连续三期上升；文档系统易用性仍为最低项，已列入持续改进计划。")])]
    return written("csat_trend", "工程公司用户满意度趋势分析", d, True, head, parts)


def callbacks(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=26 * i)
        rows.append([x.isoformat(), co.cp(i), co.rng.choice(["电话", "现场"]), co.p(2 + i % 2),
                     co.rng.choice(["满意", "希望设计变更单流转更快", "满意，驻场工程师响应快", "希望夜间电话能直接接通"]), "已反馈" if i else "处理中"])
    return workbook("callbacks", "工程公司用户主动回访登记表", d, True,
                    [("回访", ["回访日期", "被回访人", "方式", "回访人", "用户意见", "处理情况"], rows, ["63/follow-up-visits"])])


def requirements(co, d):
    head = [("p", "项目：%s工程文档管理系统（EDMS）扩容    日期：%s" % (co.ah_proj, dt(co, d)))]
    parts = [(True, ["11/requirements"], [
        ("table", [["类别", "需求", "确认"], ["功能", "支持设计文件、竣工文件按KKS编码和文件编码双向检索，支持设计变更单（DCR）在线会签", "已确认"],
                   ["性能", "并发用户≥800，检索响应≤3秒，单文件上传≥2GB", "已确认"],
                   ["安全性", "满足等保三级；受控文件水印；与运营公司文档系统单向同步", "已确认"]]),
        ("p", "工程公司确认：%s    %s确认：%s" % (co.cp(1), dept(co), co.p(1)))])]
    return written("requirements", "工程文档管理系统扩容需求分析记录", d, True, head, parts)


def upgrade_plan(co, d, test, rollback):
    head = [("p", "变更申请单号：BG-%d-%03d    编写：%s  审核：%s  批准：%s" % (d.year, co.rng.randint(20, 180), co.p(4), co.p(1), co.boss))]
    parts = [(True, [], [("h1", "1 改造内容"), ("p", "%s由V%d.x升级至V%d.x，数据库迁移至新存储。" % (co.sys(0), co.rng.randint(5, 7), co.rng.randint(8, 9)))])]
    parts.append((test, ["25/test-plan"], [("h1", "2 测试计划"),
                                          ("p", "在准生产环境完成功能测试（工单、缺陷、PM流程）、性能测试（并发500）和安全测试（漏洞扫描、权限）；并验证与ERP、文档管理系统接口的兼容性。"),
                                          ("table", [["阶段", "时间", "负责人"], ["环境准备", "第1周", co.p(4)], ["功能与接口测试", "第2周", co.p(1)], ["性能与安全测试", "第3周", co.p(2)]])]))
    parts.append((rollback, ["25/rollback", "11/rollback"], [("h1", "3 回退措施"),
                                                            ("p", "实施前对应用和数据库做全量备份并校验；升级失败时在2小时内回退至原版本和原存储，回退步骤已在准生产环境演练。")]))
    parts.append((True, [], [("h1", "4 窗口"), ("p", "避开机组大修关键路径，安排在周六22:00—次日06:00。")]))
    return written("upgrade_plan", "%s升级改造实施方案" % co.sys(0), d, False, head, parts)


def compat_report(co, d):
    head = [("p", "验证日期：%s    验证人：%s" % (dt(co, d), co.p(1)))]
    parts = [(True, ["11/compatibility"], [("table", [["验证项", "内容", "结果"], ["网络兼容", "新存储与现网VLAN、多路径配置", "通过"],
                                                        ["系统兼容", "新版中间件与原操作系统、数据库", "通过"], ["应用兼容", "与ERP、文档管理系统、两票系统接口", "通过"]]),
                                           ("p", "结论：改造后与原系统兼容，满足上线条件。")])]
    return written("compat", "%s改造兼容性验证报告" % co.sys(0), d, True, head, parts)


def baseline(co, d):
    rows = [["账号", "口令复杂度", "≥10位，含三类字符，90天更换", "服务器、网络设备"],
            ["账号", "登录失败处理", "5次锁定30分钟", "全部"],
            ["服务", "禁用高危服务", "关闭telnet、ftp、SMBv1", "服务器"],
            ["日志", "日志外发", "syslog至日志审计系统，保存≥6个月", "网络及安全设备"],
            ["边界", "默认策略", "默认拒绝；管理信息大区与生产控制大区之间仅单向隔离装置", "防火墙"]]
    return workbook("baseline", "管理信息大区安全配置基线（%s版）" % co.rng.choice(["B/0", "C/0"]), d, False,
                    [("基线", ["类别", "检查项", "基线要求", "适用对象"], rows, ["25/baseline"])])


# ------------------------------------------------------------------------------ 组织, 授权, 接口

def org_doc(co, d, leader, outsourced, roles):
    head = [("p", "文件编号：%s-IT-ZZ-01    版次：%s    生效日期：%s" % (co.ah_code, co.rng.choice(["B/0", "C/0"]), dt(co, d)))]
    parts = [(True, ["23/org-chart"], [("h1", "1 组织机构"),
                                       ("p", "%s下设%s、%s、%s、%s，共%d人。" % (dept(co), co.ah_ke[0], co.ah_ke[1], co.ah_ke[2], co.ah_ke[3], co.rng.randint(28, 46)))])]
    parts.append((leader, ["9/org-chart"], [("h1", "2 网络安全和信息化领导小组"),
                                           ("p", "组长：%s（总经理）；副组长：分管副总经理；成员：%s处长、安全质保处处长、生产计划处处长。" % (co.boss, dept(co)))]))
    parts.append((outsourced, ["9/outsourcing"], [("h1", "3 执行组"),
                                                  ("p", "执行组由%s、%s当值人员和%s驻场工程师%s、%s组成，驻场人员按公司承包商管理规定取得岗位授权后上岗。"
                                                   % (co.ah_ke[0], co.ah_ke[1], co.vendor, co.vp(0), co.vp(1)))]))
    parts.append((roles, ["18/roles", "23/roles"], [("h1", "4 安全运维角色与职责"),
                                                     ("table", [["角色", "职责", "所在组织", "人员"], ["服务经理", "服务级别、与工程公司沟通", "安全管理组", co.p(0)],
                                                                ["安全工程师", "漏洞扫描、渗透测试、应急响应", "执行组（%s）" % co.ah_ke[0], co.p(1)],
                                                                ["运维工程师", "值班巡视、PM、定期试验", "执行组（%s）" % co.ah_ke[1], co.p(2)],
                                                                ["服务台值班员", "受理、派单、回访", "执行组（%s）" % co.ah_ke[2], co.p(4)],
                                                                ["配置管理员", "CMDB与EAM设备台账", "安全管理组", co.p(3)],
                                                                ["日志审计员", "日志审计、监查配合", "安全管理组", co.p(5)]])]))
    return written("org_doc", "%s组织机构及岗位职责" % dept(co), d, False, head, parts)


def auth_list(co, d, vendor_rows):
    rows = []
    posts = ["网络安全工程师", "系统运维工程师", "值班负责人", "服务台值班员", "配置管理员", "文档系统管理员"]
    for i in range(6):
        rows.append([i + 1, co.p(i), "P%05d" % co.rng.randint(10000, 99999), dept(co), posts[i], "独立上岗",
                     (d - timedelta(days=co.rng.randint(30, 600))).isoformat(), "%d-12-31" % (d.year + 2)])
    if vendor_rows:
        for j in range(2):
            rows.append([7 + j, co.vp(j), "C%05d" % co.rng.randint(10000, 99999), "%s（驻场）" % co.vendor,
                         ["驻场安全工程师", "驻场运维工程师"][j], "在监护下工作" if j else "独立上岗",
                         (d - timedelta(days=co.rng.randint(30, 300))).isoformat(), "%d-12-31" % (d.year + 1)])
    its = ["9/staff-list"] + (["9/outsourcing"] if vendor_rows else [])
    return workbook("auth_list", "%s岗位授权清单（%s）" % (dept(co), d.isoformat()), d, True,
                    [("授权清单", ["序号", "姓名", "工号", "单位", "授权岗位", "授权类别", "授权日期", "有效期至"], rows, its)])


def interface_notice(co, d):
    head = [("p", "%s〔%d〕%d号" % (co.ah_code + "信", d.year, co.rng.randint(3, 40)))]
    parts = [(True, ["28/interface-person"], [
        ("p", "%s、各科室：" % co.customer),
        ("p", "根据《信息技术服务协议》，为保证工程公司网络安全管理工作的顺畅对接，经处务会研究，明确%s为工程公司网络安全管理接口人，负责安全事件通报、"
         "安全检查配合、安全管理要求的接收与传达，%s为B角。" % (co.p(1), co.p(3))),
        ("p", "%s  %s" % (dept(co), zh(d)))])]
    return written("interface", "关于明确工程公司网络安全管理接口人的通知", d, False, head, parts)


def dept_minutes(co, d, no, decisions):
    """处务会纪要: each decision it records is proof of that decision only."""
    head = [("p", "处务会纪要 〔%d〕第%d期" % (d.year, no)), ("p", "时间：%s    主持：%s处长    记录：%s" % (dt(co, d), co.p(0), co.p(5)))]
    parts = [(True, [], [("h1", "一、安全生产及安全文化"), ("p", "通报上月人因失误事件0起；本月安全文化主题为“质疑的态度”，各科在班前会中宣讲。")])]
    parts.append(("interface" in decisions, ["28/interface-person"], [
        ("h1", "二、工程公司接口人"), ("p", "会议决定：明确%s为工程公司网络安全管理接口人，负责安全事件通报、安全检查配合和安全要求传达，%s为B角，即日起执行。" % (co.p(1), co.p(3)))]))
    parts.append(("improve" in decisions, ["67/analysis", "67/prioritisation"], [
        ("h1", "三、改进机会评价"),
        ("table", [["改进机会", "安全影响", "用户影响", "投入", "风险", "得分", "优先级"],
                   ["文档系统检索优化", 3, 5, 3, 4, 78, "1"], ["PM工单与监控告警联动", 4, 3, 3, 4, 72, "2"], ["服务台自助重置口令", 2, 4, 4, 5, 66, "3"]]),
        ("p", "会议审议改进机会评价表，同意按得分排序，前两项列入%d年持续改进计划，第三项下年度实施。处长%s批准。" % (d.year, co.p(0)))]))
    parts.append(("outage" in decisions, [], [("h1", "四、大修信息保障"), ("p", "%d号机组第%d次大修（OT）期间，各值加强巡视，非紧急变更冻结。" % (co.rng.randint(1, 2), co.rng.randint(8, 15)))]))
    parts.append((True, [], [("h1", "五、其他"), ("p", "工会羽毛球比赛报名；年度档案移交按文件控制中心通知执行。")]))
    return written("dept_minutes", "%s处务会纪要" % dept(co), d, True, head, parts)


def ola(co, d, sld, olas):
    head = [("p", "编号：%s-IT-FW-OLA    生效：%s" % (co.ah_code, dt(co, d)))]
    parts = [(sld, ["8/sld"], [("h1", "1 与%s的服务级别设计" % co.vendor),
                                ("p", "驻场及二线支持：一级事件15分钟响应、2小时恢复；二级事件30分钟响应、8小时恢复；三级事件4小时响应、2个工作日内解决。")])]
    parts.append((olas, ["8/ola"], [("h1", "2 处内运营级别协议"),
                                    ("p", "%s、%s、%s之间的支持时限：一级事件15分钟内接手、2小时恢复；二级30分钟接手、8小时恢复；三级4小时接手。" % co.ah_ke[:3]),
                                    ("p", "以上时限与对%s的服务级别设计保持一致，每半年由信息服务科对照复核。" % co.vendor)]))
    t = "服务级别设计及处内运营级别协议（OLA）" if sld and olas else ("处内运营级别协议（OLA）" if olas else "驻场服务级别设计")
    return written("ola", t, d, False, head, parts)


def avail_kpis(co, d):
    rows = [["整体指标", "管理信息网整体可用率", "管理信息大区全部系统", "≥99.9%", "月"],
            ["整体指标", "一级故障次数", "全部系统", "≤1次/年", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.95%", "月"],
            ["单系统指标", "%s可用率" % co.sys(1), co.sys(1), "≥99.9%", "月"],
            ["单系统指标", "两票系统平均恢复时间", "两票系统", "≤30分钟", "月"]]
    return workbook("avail_kpis", "信息系统可用性指标清单", d, False,
                    [("指标", ["类型", "指标", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_analysis(co, d, automation):
    head = [("p", "编写：%s  日期：%s" % (co.p(2), dt(co, d)))]
    parts = [(True, ["7/impact-analysis"], [("h1", "1 以往服务解决方案回顾"),
                                            ("p", "回顾%d年实施的%d项解决方案：EAM移动端上线、文档系统水印、上网行为管理策略优化、域控升级等。" % (d.year - 1, co.rng.randint(18, 40))),
                                            ("h1", "2 对生产的影响分析"),
                                            ("p", "其中%d项在实施期间对机组运行支持业务有短时影响（两票系统最长中断9分钟，在批准窗口内），无一项导致工作票延误。" % co.rng.randint(2, 5))])]
    parts.append((automation, ["7/automation"], [("h1", "3 安全事件解决效率分析"),
                                                 ("p", "全年处理安全事件%d起，平均处理时长3.2小时；病毒告警、弱口令、账号锁定类重复事件占58%%。" % co.rng.randint(80, 160)),
                                                 ("h1", "4 可自动化的服务"),
                                                 ("p", "建议自动化：弱口令核查、病毒库版本核查、账号自助解锁、PM工单与监控数据自动回填、值班日志自动生成。")]))
    return written("svc_analysis", "以往服务解决方案及影响分析报告", d, True, head, parts)


# ------------------------------------------------------------------------------ 配置, 资产

def asset_book(co, d):
    rows = []
    devs = [("FW", "防火墙", "华为USG6680", "管理信息大区边界访问控制", "GE1/0/1—核心交换机"),
            ("IPS", "入侵防御系统", "天融信TopIDP", "入侵检测与阻断", "镜像口GE0/3"),
            ("BH", "运维堡垒机", "齐治PAM", "运维审计", "管理网VLAN10"),
            ("AV", "防病毒服务器", "Dell R650", "终端防病毒管理", "服务器区"),
            ("SW", "核心交换机", "H3C S12508", "数据交换", "上联防火墙"),
            ("SRV", "EAM应用服务器", "浪潮NF5280M6", co.sys(0), "Bond0—核心交换机")]
    for i, (a, n, m, f, port) in enumerate(devs, 1):
        rows.append(["0IT%s%02d%s" % (co.rng.choice(["NB", "NC"]), i, a), n, "网络安全设备" if a not in ("SRV", "AV") else "服务器", m, f,
                     "BOP楼%d层信息机房%s列%d柜" % (co.rng.randint(2, 4), "ABC"[i % 3], i), port, "在运", ["高", "高", "中", "中", "高", "高"][i - 1],
                     "主备" if i < 3 else "单机+备件", "固件V%d.%d" % (co.rng.randint(5, 9), co.rng.randint(0, 9))])
    return workbook("asset_book", "EAM信息设备台账导出", d, True,
                    [("设备台账", ["设备编码（KKS）", "设备名称", "设备类别", "型号", "功能", "安装位置", "端口对应", "状态", "重要性分级", "保护措施", "软件配置"],
                      rows, ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    head = ["配置项编号", "名称", "类型", "版本", "责任人", "密级", "访问控制", "完整性校验", "备份"]
    if rel:
        head += ["依赖配置项", "被依赖配置项"]
    rows = []
    cis = ["防火墙策略集", "IPS特征库", "堡垒机账号策略", "%s应用配置" % co.sys(0), "%s数据库参数" % co.sys(0), "文档系统权限矩阵"]
    for i, n in enumerate(cis, 1):
        r = ["CI-IT-%04d" % (200 + i), n, "安全配置" if i < 4 else "应用配置", "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i),
             ["机密", "内部", "机密", "内部", "机密", "内部"][i - 1], "仅配置管理员可写", "SHA256校验", "每日备份，异地保存"]
        if rel:
            r += ["CI-IT-%04d" % (200 + (i % 6) + 1), "CI-IT-%04d" % (200 + ((i + 2) % 6) + 1)]
        rows.append(r)
    return workbook("cmdb", "配置管理数据库（CMDB）导出", d, True,
                    [("配置项", head, rows, ["27/cmdb"] + (["38/cmdb-relations"] if rel else []))])


def ci_log(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=19 * i)
        rows.append([x.isoformat(), "CI-IT-%04d" % (201 + i), ["新增访问策略", "特征库升级", "账号清理", "版本升级", "参数调整", "权限调整"][i],
                     "BG-%d-%03d" % (x.year, 60 - i), co.p(2), co.p(3)])
    return workbook("ci_log", "配置项更新维护登记表", d, True,
                    [("登记", ["日期", "配置项", "更新内容", "变更申请单号", "执行人", "复核人"], rows, ["43/ci-updates"])])


# ------------------------------------------------------------------------------ 运行记录 (EAM, 值班, 定期试验)

def pm_export(co, d, kind):
    """EAM 预防性维修工单导出.  kind 'sec': network and security devices (14/44 maintenance, upgrades);
    'srv': servers and UPS only (nothing of 14/44)."""
    rows = []
    if kind == "sec":
        tasks = [("防火墙定期维护（日志清理、风扇除尘、策略核查）", "0ITNB01FW", "防火墙"), ("IPS特征库升级", "0ITNB02IPS", "入侵防御系统"),
                 ("堡垒机账号核查及日志归档", "0ITNB03BH", "运维堡垒机"), ("防火墙固件升级", "0ITNB01FW", "防火墙"),
                 ("上网行为管理设备定期维护", "0ITNC07AC", "上网行为管理")]
    else:
        tasks = [("EAM服务器硬件巡检", "0ITNB06SRV", "EAM应用服务器"), ("UPS电池内阻测试", "0ITNA01UPS", "UPS"),
                 ("精密空调滤网更换", "0ITNA02AC", "精密空调")]
    for i in range(9):
        t, code, n = tasks[i % len(tasks)]
        x = d - timedelta(days=11 * i)
        rows.append(["WO%d%06d" % (x.year, co.rng.randint(100000, 999999)), code, n, t, "PM-IT-%03d" % (10 + i % len(tasks)),
                     x.isoformat(), x.isoformat(), co.p(2 + i % 2) if i % 3 else co.vp(0), "已完工"])
    its = ["14/maintenance", "44/maintenance", "44/upgrades"] if kind == "sec" else []
    t = "EAM预防性维修工单导出（%s）" % ("网络安全设备" if kind == "sec" else "服务器及机房设施")
    return workbook("pm_export", t, d, True,
                    [("PM工单", ["工单号", "设备编码", "设备名称", "工作内容", "PM模板", "计划日期", "完工日期", "执行人", "状态"], rows, its)])


def av_test(co, d):
    rows = []
    for i in range(4):
        x = d - timedelta(days=30 * i)
        rows.append(["DT-IT-AV-%d%02d" % (x.year, x.month), x.isoformat(), "服务器区及办公终端", "%d.%02d%02d.%03d" % (x.year, x.month, x.day, co.rng.randint(1, 9)),
                     "%.1f%%" % (96 + co.rng.random() * 3.5), co.rng.choice(["未发现病毒", "清除木马1个", "隔离可疑文件2个"]), "合格", co.p(4)])
    return workbook("av_test", "防病毒系统定期试验记录（月度全盘查杀）", d, True,
                    [("定期试验", ["试验编号", "日期", "范围", "病毒库版本", "客户端在线率", "查杀结果", "试验结论", "试验人"], rows,
                      ["44/virus-scan", "45/antivirus"])])


def ha_test(co, d):
    head = [("p", "定期试验编号：DT-IT-HA-%d-%02d    试验日期：%s    试验负责人：%s    监护人：%s" % (d.year, q(d), dt(co, d), co.p(2), co.p(1)))]
    parts = [(True, ["15/records", "46/records"], [
        ("h1", "1 试验目的"), ("p", "验证安全设备和关键业务系统主备切换功能的可用性和业务连续性。"),
        ("h1", "2 试验结果"),
        ("table", [["对象", "切换方式", "业务中断时间", "验收准则", "结论"], ["边界防火墙", "手动主备切换", "0.8秒", "≤3秒", "合格"],
                   [co.sys(0), "应用集群节点切换", "12秒", "≤60秒", "合格"], ["文档管理系统数据库", "主备库切换", "45秒", "≤120秒", "合格"]]),
        ("h1", "3 结论"), ("p", "试验合格，设备及系统具备持续运行能力。三向交流执行到位。")])]
    return written("ha_test", "安全设备及关键系统主备切换定期试验报告", d, True, head, parts)


def duty_log(co, d, shift, kinds):
    """值班日志 of one 班组, one month: a 类别 column; each kind with rows proves its own."""
    rows = []
    day = date(d.year, d.month, 1)
    for i in range(1, 28, 3):
        x = day + timedelta(days=i - 1)
        rows.append([x.isoformat(), "08:00", "交接班", "接班，设备运行正常，无遗留工作", co.p(i % 5)])
        if "patrol" in kinds:
            rows.append([x.isoformat(), "10:00", "巡视", "防火墙CPU %d%% 会话%d；IPS告警%d条（低危）；核心交换机温度%d℃；UPS负载%d%%"
                         % (co.rng.randint(10, 45), co.rng.randint(20000, 90000), co.rng.randint(0, 6), co.rng.randint(32, 45), co.rng.randint(30, 60)), co.p(i % 5)])
        if "virus" in kinds and i % 9 == 1:
            rows.append([x.isoformat(), "14:00", "查杀", "服务器区病毒库更新至%s，全盘查杀%s" % (compact(x), co.rng.choice(["未发现病毒", "清除病毒1个"])), co.p(4)])
        if "defect" in kinds and i % 9 == 4:
            rows.append([x.isoformat(), "16:20", "缺陷", "IPS电源模块告警，开缺陷报告QX-%d-%04d，更换备件后恢复" % (x.year, co.rng.randint(100, 999)), co.p(2)])
        rows.append([x.isoformat(), "20:00", "交接班", "交班，设备运行正常", co.p((i + 1) % 5)])
    its = []
    if "patrol" in kinds:
        its += ["44/inspection", "45/monitoring", "14/maintenance"]
    if "virus" in kinds:
        its += ["44/virus-scan", "45/antivirus"]
    if "defect" in kinds:
        its += ["44/faults"]
    doc = workbook("duty_log", "信息机房值班日志（%s）%d年%d月" % (shift, d.year, d.month), d, True,
                   [("值班日志", ["日期", "时间", "类别", "内容", "值班员"], rows, its)])
    return doc


def defect_export(co, d, stats):
    rows = []
    for i in range(6):
        x = d - timedelta(days=23 * i)
        rows.append(["QX-%d-%04d" % (x.year, co.rng.randint(100, 999)), x.isoformat(), co.rng.choice(["0ITNB02IPS", "0ITNB01FW", "0ITNC07AC", "0ITNB05SW"]),
                     ["电源模块告警", "风扇故障", "光模块收光低", "硬盘坏道", "管理口无响应", "业务口CRC错误"][i], "硬件" if i < 4 else "软件",
                     ["更换电源模块", "更换风扇", "更换光模块", "更换硬盘", "重启管理进程", "更换跳线"][i], "已关闭"])
    sheets = [("缺陷报告", ["缺陷编号", "发现日期", "设备编码", "缺陷描述", "缺陷类型", "处理措施", "状态"], rows, ["44/faults"])]
    srows = [["防火墙", 1, 0], ["入侵防御系统", 1, 0], ["核心交换机", 1, 1], ["上网行为管理", 1, 0], ["合计", 4, 1]] if stats else []
    sheets.append(("硬件缺陷统计", ["设备类别", "硬件缺陷（次）", "重复缺陷（次）"], srows, ["14/hardware-faults"]))
    return workbook("defect_export", "EAM缺陷报告导出（信息设备）", d, True, sheets)


def collect_sheet(co, d, which):
    sheets = []
    base = [d - timedelta(days=30 * i) for i in range(5)]
    sheets.append(("配置采集", ["日期", "设备", "采集方式", "与基线比对", "采集人"],
                   [[x.isoformat(), co.rng.choice(["边界防火墙", "核心交换机", "IPS"]), "自动备份", "差异%d项" % co.rng.randint(0, 3), co.p(1)] for x in base] if "config" in which else [],
                   ["16/config"]))
    sheets.append(("流量采集", ["日期", "链路", "峰值(Mbps)", "均值(Mbps)", "异常"],
                   [[x.isoformat(), co.rng.choice(["互联网出口", "工程公司专线"]), co.rng.randint(300, 900), co.rng.randint(80, 260), "无"] for x in base] if "traffic" in which else [],
                   ["16/traffic"]))
    sheets.append(("状态采集", ["日期", "对象", "CPU", "内存", "磁盘", "采集人"],
                   [[x.isoformat(), co.rng.choice([co.sys(0), co.sys(1), "域控"]), "%d%%" % co.rng.randint(10, 60), "%d%%" % co.rng.randint(30, 75),
                     "%d%%" % co.rng.randint(30, 80), co.p(2)] for x in base] if "status" in which else [],
                   ["16/status"]))
    return workbook("collect", "安全信息采集记录", d, True, sheets)


def tickets(co, d, resp):
    rows = []
    for i in range(12):
        x = d - timedelta(days=6 * i)
        rec = ["IT%s%03d" % (compact(x), i + 1), co.rng.choice(["故障", "服务请求", "故障", "服务请求", "安全事件"]),
               co.rng.choice([co.customer, "维修处", "运行处", "文件控制中心", "采购处"]),
               "%s %02d:%02d" % (x.isoformat(), 8 + i % 9, (7 * i) % 60)]
        if resp:
            rec.append("%d分钟" % co.rng.randint(3, 28))
        rec += ["%s 17:30" % x.isoformat(), co.rng.choice(["EAM工单无法提交", "文档系统权限申请", "VPN账号", "打印机驱动", "终端病毒告警"]),
                co.p(i % 5), "已关闭"]
        rows.append(rec)
    head = ["工单号", "类型", "报告部门", "受理时间"] + (["响应时长"] if resp else []) + ["关闭时间", "摘要", "处理人", "状态"]
    return workbook("tickets", "%s工单导出" % co.ah_itsm, d, True,
                    [("工单", head, rows, ["43/process-records"] + (["55/response-times"] if resp else []))])


def change_form(co, d, done):
    """信息系统变更申请单 with its 变更后评价: a change record only when approved and implemented."""
    no = "BG-%d-%03d" % (d.year, co.rng.randint(10, 190))
    what, why = co.rng.choice([("边界防火墙", "为工程公司新增施工管理系统访问策略。"), ("入侵防御系统", "升级IPS特征库及引擎版本。"),
                               (co.sys(0), "%s数据库补丁升级（厂家安全公告）。" % co.sys(0)), (co.sys(1), "%s中间件版本升级。" % co.sys(1))])
    head = [("table", [["变更申请单号", no, "申请日期", dt(co, d)], ["申请人", co.p(2), "申请科室", co.ah_ke[1]],
                       ["变更类别", co.rng.choice(["一般变更", "重大变更"]), "涉及系统", what]])]
    parts = [(True, [], [("h1", "1 变更内容及理由"), ("p", why),
                         ("h1", "2 风险分析及回退方案"), ("p", "影响：窗口期内业务短时中断≤10分钟；回退：保留原配置备份，失败时30分钟内恢复。")])]
    parts.append((done, ["54/records", "43/process-records"], [
        ("h1", "3 审批"), ("table", [["科长", co.p(1), "同意"], ["处长", co.p(0), "同意"], ["质保处会签", co.p(5), "无意见"]]),
        ("h1", "4 实施记录"), ("p", "%s 22:00开始实施，22:40完成，实施人%s，独立验证人%s，业务验证正常，未回退。" % (dt(co, d + timedelta(days=3)), co.p(2), co.p(3))),
        ("h1", "5 变更后评价"), ("p", "变更目标已实现，无遗留问题，无需开具CR。评价人：%s  %s" % (co.p(1), dt(co, d + timedelta(days=10))))]))
    parts.append((not done, [], [("h1", "3 审批"), ("p", "（待科长审查）")]))
    return written("change_form", "信息系统变更申请单", d, True, head, parts)


def change_book(co, d):
    rows = []
    for i in range(8):
        x = d - timedelta(days=14 * i)
        rows.append(["BG-%d-%03d" % (x.year, 90 - i), x.isoformat(), co.rng.choice(["防火墙策略调整", "IPS特征库升级", "EAM补丁", "文档系统参数调整"]),
                     co.rng.choice(["一般", "重大", "标准"]), co.p(0), (x + timedelta(days=3)).isoformat(), "成功", "已完成"])
    return workbook("change_book", "信息系统变更台账", d, True,
                    [("变更", ["申请单号", "申请日期", "变更内容", "类别", "批准人", "实施日期", "实施结果", "变更后评价"], rows,
                      ["54/records", "43/process-records"])])


def monthly(co, d, data, avail, trend=True):
    m = d.month - 1 or 12
    head = [("p", "%s    编写：%s  审核：%s  %s" % (dept(co), co.p(1), co.p(0), dt(co, d)))]
    parts = [(True, [], [("h1", "1 本月概况"), ("p", "本月受理工单%d张，故障%d起（一级0起），变更%d项。" % (co.rng.randint(300, 700), co.rng.randint(20, 60), co.rng.randint(8, 25)))])]
    parts.append((trend, ["50/monitoring-report"], [
        ("h1", "2 运行监控指标趋势"),
        ("table", [["指标", "%d月" % max(1, m - 2), "%d月" % max(1, m - 1), "%d月" % m, "趋势"], ["出口带宽峰值(Mbps)", 610, 655, 702, "上升"],
                   ["EAM平均响应(ms)", 420, 390, 370, "改善"], ["安全告警(条)", 1630, 1410, 1288, "下降"]]),
        ("p", "带宽持续上升，主要由%s施工现场视频会议增加引起，预计第%d季度需扩容。" % (co.ah_proj, min(4, q(d) + 1)))]))
    parts.append((data, ["56/data"], [
        ("h1", "3 运维数据"),
        ("table", [["指标", "本月"], ["异常报告及时率", "98.6%"], ["异常漏报率", "0.4%"], ["维护作业计划（PM）及时完成率", "97.1%"],
                   ["故障隐患发现率", "91%"], ["异常主动发现率", "87%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                   ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(1, 9)]])]))
    parts.append((avail, ["18/availability-report", "22/report"], [
        ("h1", "4 可用性"),
        ("table", [["系统", "目标", "实际", "是否达标"], [co.sys(0), "99.95%", "99.98%", "是"], [co.sys(1), "99.9%", "99.86%", "否"]]),
        ("p", "%s未达标，原因为存储控制器故障，已开具CR。" % co.sys(1))]))
    return written("monthly", "信息系统运行月报（%d年%d月）" % (d.year if m != 12 else d.year - 1, m), d, True, head, parts)


def avail_report(co, d, parts_on):
    head = [("p", "编写：%s  日期：%s" % (co.p(1), dt(co, d)))]
    parts = [("plan" in parts_on, ["18/availability-plan", "22/plan"], [
        ("h1", "1 可用性计划"), ("p", "%s可用率≥99.95%%，其余系统≥99.9%%；措施：集群冗余、存储双控、主备切换定期试验、容量监控。" % co.sys(0))])]
    parts.append(("events" in parts_on, ["18/availability-events", "22/events", "43/process-records"], [
        ("h1", "2 可用性事件"),
        ("table", [["日期", "系统", "中断时长", "原因", "CR编号"]] +
         [[(d - timedelta(days=35 * i)).isoformat(), co.sys(i), "%d分钟" % co.rng.randint(3, 90), co.rng.choice(["存储控制器故障", "链路中断", "数据库锁等待"]),
           "CR-%d-IT-%03d" % (d.year, co.rng.randint(10, 200))] for i in range(4)])]))
    parts.append(("report" in parts_on, ["18/availability-report", "22/report"], [
        ("h1", "3 可用性执行情况报告"), ("p", "本期%s可用率99.97%%达标，%s 99.88%%未达标；改进：存储控制器预防性更换，已列入持续改进计划。" % (co.sys(0), co.sys(1)))]))
    return written("avail_report", "%d年信息系统可用性管理报告" % d.year, d, True, head, parts)


def kb_export(co, d):
    rows = [["KB-%04d" % (i + 1), t, c, "已发布", co.p(i)] for i, (t, c) in enumerate(
        [("EAM工单提交报错ORA-00060处理", "故障处理"), ("防火墙主备切换后会话丢失", "故障处理"), ("文档系统大文件上传失败", "故障处理"),
         ("域账号锁定批量排查", "服务请求"), ("外部经验反馈：某电厂勒索病毒事件", "经验反馈")])]
    return workbook("kb", "运维知识库导出", d, True, [("知识条目", ["编号", "标题", "分类", "状态", "提交人"], rows, ["21/knowledge-base"])])


def desk_auth_training(co, d):
    rows = [[co.p(4), "服务台值班员", "故障分级与受理、%s操作、三向交流" % co.ah_itsm, "笔试%d分，实操合格" % co.rng.randint(82, 96), "授权"],
            [co.p(5), "服务台值班员", "故障分级与受理、%s操作、三向交流" % co.ah_itsm, "笔试%d分，实操合格" % co.rng.randint(80, 95), "授权"]]
    return workbook("desk_training", "服务台值班员岗位授权培训及考核记录（%s）" % dt(co, d), d, True,
                    [("考核记录", ["姓名", "授权岗位", "培训内容", "考核结果", "结论"], rows, ["48/training"])])


# ------------------------------------------------------------------------------ 网络安全

def log_audit(co, d):
    head = [("p", "审计周期：%d年第%d季度    审计人：%s    日期：%s" % (d.year, q(d), co.p(5), dt(co, d)))]
    parts = [(True, ["17/log-analysis", "45/audit-report", "47/audit"], [
        ("h1", "1 网络及安全设备日志"), ("p", "防火墙、IPS、上网行为管理日志共%d万条，发现端口扫描源%d个（均为互联网地址），已封禁。" % (co.rng.randint(4000, 9000), co.rng.randint(10, 60))),
        ("h1", "2 服务器及操作系统日志"), ("p", "域控及服务器登录日志中异常登录失败峰值3次，经核实为密码过期导致。"),
        ("h1", "3 网络应用日志"), ("p", "%s、文档管理系统应用日志中越权访问尝试%d次，均被拒绝；受控文件批量下载告警2次，已核实为文件控制中心正常归档。" % (co.sys(0), co.rng.randint(2, 20))),
        ("h1", "4 结论"), ("p", "未发现成功入侵；建议加强域账号口令策略宣贯。")])]
    return written("log_audit", "%d年第%d季度安全日志审计报告" % (d.year, q(d)), d, True, head, parts)


def cr_trend(co, d, analysis):
    """状态报告 quarterly trend of the 信息安全 CRs."""
    rows = []
    for m in range(1, 4):
        a, b, c = co.rng.randint(0, 5), co.rng.randint(1, 8), co.rng.randint(0, 2)
        rows.append(["%d月" % ((q(d) - 1) * 3 + m), a, b, c, 1, a + b + c + 1])
    head = [("p", "数据来源：CR系统（类别=信息安全）    统计：%s" % co.p(5))]
    parts = [(True, ["18/incident-stats"], [("h1", "1 信息安全事件统计"), ("table", [["月份", "有害程序", "网络攻击", "信息破坏", "设备设施故障", "合计"]] + rows)])]
    parts.append((analysis, ["18/incident-analysis"], [("h1", "2 趋势与原因分析"),
                                                      ("p", "网络攻击类以互联网扫描和暴力破解为主，呈下降趋势；有害程序集中在工程公司分包商终端，根本原因是移动介质管控不到位，已开具CR并制定纠正行动。")]))
    return written("cr_trend", "%d年第%d季度信息安全状态报告趋势分析" % (d.year, q(d)), d, True, head, parts)


def bulletin(co, d, n, full):
    head = [("p", "第%d期    发布：%s    %s" % (n, co.ah_ke[0], dt(co, d)))]
    parts = [(True, ["52/vulnerability", "53/bulletin"], [
        ("h1", "一、漏洞通告"), ("p", "CVE-%d-%04d：某国产中间件反序列化漏洞（高危），%s使用该中间件，已安排补丁测试。" % (d.year, co.rng.randint(1000, 9999), co.sys(1))),
        ("h1", "二、厂商安全通告"), ("p", "防火墙、堡垒机厂商发布本月安全补丁，纳入下月PM。")])]
    parts.append((full, ["52/virus", "52/policy", "52/analysis"], [
        ("h1", "三、病毒通告"), ("p", "新型勒索病毒利用VPN设备漏洞传播，核电行业已有单位受影响。"),
        ("h1", "四、行业动态与政策法规"), ("p", "收集《关键信息基础设施安全保护条例》及国家核安全局网络安全相关要求的最新动态。"),
        ("h1", "五、分析与处置建议"), ("p", "经核查，我公司受影响资产%d台，已纳入变更计划；工程公司受影响终端已通知接口人。" % co.rng.randint(2, 15))]))
    return written("bulletin", "网络安全通告", d, True, head, parts)


def oe_notice(co, d):
    head = [("p", "经验反馈编号：OE-%d-IT-%03d    来源：行业经验反馈    %s" % (d.year, co.rng.randint(1, 60), dt(co, d)))]
    parts = [(True, ["52/virus", "53/bulletin"], [
        ("h1", "1 事件描述"), ("p", "某核电基地管理信息大区办公终端感染勒索病毒，病毒通过共享文件夹传播，造成部分文档加密。"),
        ("h1", "2 对我公司的适用性"), ("p", "我公司共享文件夹访问控制与该电厂类似，适用。"),
        ("h1", "3 建议措施"), ("p", "关闭不必要的共享；核查防病毒客户端版本；开具CR跟踪。")])]
    return written("oe_notice", "外部经验反馈通报（网络安全）", d, True, head, parts)


def pt_plan(co, d):
    head = [("p", "编写：%s  批准：%s" % (co.p(1), co.p(0)))]
    parts = [(True, ["31/pentest-plan", "32/pentest-plan"], [
        ("table", [["季度", "对象", "方式", "实施方"], ["Q2", "互联网门户及邮件", "黑盒", co.vendor], ["Q3", co.sys(0), "灰盒", co.vendor],
                   ["Q4", "工程文档管理系统（工程公司）", "灰盒", co.vendor]]),
        ("p", "每次测试前取得系统主管部门书面授权；严禁对生产控制大区开展测试。")])]
    return written("pt_plan", "%d年度渗透测试计划" % d.year, d, False, head, parts)


def pt_report(co, d):
    head = [("p", "测试时间：%s    测试单位：%s    授权单号：SQ-%d-%02d" % (dt(co, d), co.vendor, d.year, d.month))]
    parts = [(True, ["31/pentest-records", "32/pentest-records"], [
        ("h1", "1 范围"), ("p", "%s Web入口、移动端接口。" % co.sys(0)),
        ("h1", "2 发现"), ("table", [["编号", "漏洞", "等级", "状态"], ["V1", "水平越权查看他人工单", "高", "已修复"], ["V2", "接口返回敏感字段", "中", "已修复"],
                                  ["V3", "会话超时过长", "低", "接受"]]),
        ("h1", "3 复测"), ("p", "高、中危漏洞复测通过。")])]
    return written("pt_report", "%s渗透测试报告" % co.sys(0), d, True, head, parts)


def dev_plan(co, d):
    head = [("p", "编写：%s  批准：%s" % (co.p(2), co.p(0)))]
    parts = [(True, ["33/dev-plan"], [
        ("p", "根据工程公司要求及处内能力，计划定制开发以下工具："),
        ("table", [["工具", "用途", "完成时间", "负责人"], ["值班日志自动生成工具", "从监控平台生成巡视记录", "%d年6月" % d.year, co.p(2)],
                   ["PM工单与告警联动插件", "EAM自动派PM工单", "%d年9月" % d.year, co.p(1)], ["弱口令核查脚本", "批量核查域内主机", "%d年4月" % d.year, co.p(5)]])])]
    return written("dev_plan", "%d年安全工具定制开发计划" % d.year, d, False, head, parts)


def grading(co, d):
    head = [("p", "定级对象：%s    定级日期：%s" % (co.sys(0), dt(co, d)))]
    parts = [(True, ["51/grading"], [("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第三级；定级结论：第三级。"),
                                     ("p", "已经专家评审，报行业主管部门审核，并向公安机关备案（备案编号%s%d0%05d）。" % (co.ah_code, d.year, co.rng.randint(0, 99999)))])]
    return written("grading", "%s安全保护等级定级报告" % co.sys(0), d, False, head, parts)


def grading_rule(co, d):
    head = proc_head(co, d, "%s-IT-AP-020" % co.ah_code, "信息系统分级标准", "管理程序", "A/0")
    parts = [(True, ["51/grading-criteria"], [
        ("h1", "1 分级依据"), ("p", "依据GB/T 22240，按受侵害客体和侵害程度确定信息系统安全保护等级。"),
        ("h1", "2 分级矩阵"),
        ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第三级"],
                   ["社会秩序、公共利益", "第二级", "第三级", "第四级"], ["国家安全", "第三级", "第四级", "第五级"]]),
        ("h1", "3 公司系统分级结果"), ("p", "EAM、ERP、文档管理系统为第三级；办公OA为第二级。")])]
    return written("grading_rule", "信息系统安全保护分级标准", d, False, head, parts)


# ------------------------------------------------------------------------------ 应急

def emergency_plan(co, d, strategy, recovery):
    code = "%s-IT-AP-015" % co.ah_code
    head = proc_head(co, d, code, "网络安全事件应急预案", "管理程序", co.rng.choice(["B/0", "C/0", "C/1"]))
    parts = [(True, ["36/emergency-plan", "53/emergency-plan"], [
        ("h1", "1 总则"), ("p", "为建立信息系统应急事件响应机制，保障机组运行支持系统和工程公司建设系统的连续运行，制定本预案。本预案不替代公司《场内应急计划》。"),
        ("h1", "2 应急组织"), ("p", "应急指挥：%s（总经理）；现场应急处置组：%s处长任组长，成员为各科科长及当值值长。" % (co.boss, dept(co))),
        ("h1", "3 分级与响应"), ("p", "一级事件15分钟内响应，30分钟内到场；二级事件30分钟内响应。"),
        ("h1", "4 处置流程"), ("p", "报告→研判→启动预案→遏制处置→恢复→终止→总结（开具CR）。")])]
    parts.append((strategy, ["55/plan"], [("h1", "5 恢复策略"), ("p", "%s RTO≤2小时、RPO≤15分钟，采用同城备用机房切换；其他系统从备份恢复，RTO≤8小时。" % co.sys(0))]))
    parts.append((recovery, ["36/recovery-plan"], [("h1", "6 系统恢复计划"), ("p", "按网络→数据库→应用→接口的顺序恢复；EAM和两票系统优先；各系统恢复步骤见附录A至附录D。")]))
    return written("emergency_plan", "网络安全事件应急预案", d, False, head, parts)


def dr_plan(co, d):
    head = proc_head(co, d, "%s-IT-TP-030" % co.ah_code, "信息系统灾难恢复预案", "技术程序", "A/1")
    parts = [(True, ["36/recovery-plan"], [
        ("h1", "1 恢复目标"), ("p", "%s RTO 2小时、RPO 15分钟；文档管理系统RTO 4小时。" % co.sys(0)),
        ("h1", "2 恢复资源"), ("p", "厂外备用机房、每日全量备份、实时日志传送。"),
        ("h1", "3 恢复步骤"), ("p", "宣布灾难→网络切换→数据库恢复→应用启动→业务验证→回切。")])]
    return written("dr_plan", "信息系统灾难恢复预案", d, False, head, parts)


def bcp(co, d):
    head = proc_head(co, d, "%s-IT-AP-016" % co.ah_code, "信息系统业务连续性计划", "管理程序", "B/0")
    parts = [(True, ["42/bcp"], [
        ("h1", "1 业务影响分析"), ("p", "关键业务：工作票/操作票（两票系统）、EAM工单、受控文件分发；最大可容忍中断时间4小时。"),
        ("h1", "2 应急响应与灾难恢复机制"), ("p", "以《网络安全事件应急预案》和《信息系统灾难恢复预案》为支撑；两票系统中断时启用纸质两票程序。"),
        ("h1", "3 演习与维护"), ("p", "每年至少一次演习，计划每年审查，随机组状态（大修）调整保障措施。")])]
    return written("bcp", "信息系统业务连续性计划", d, False, head, parts)


def drill_eval(co, d, kind):
    """演习评估报告: 'emg' a cyber incident drill of the 应急预案; 'dr' a DR switchover (recovery only)."""
    if kind == "emg":
        t, scene, its = "网络安全事件应急演习评估报告", "管理信息大区终端感染勒索病毒并向文档系统扩散", ["40/emergency-drill", "53/drill"]
    else:
        t, scene, its = "EAM系统灾难恢复切换演习评估报告", "主机房存储失效，EAM切换至备用机房", ["40/recovery-drill"]
    head = [("p", "演习编号：YX-IT-%d-%02d    演习日期：%s    评估员：%s（安全质保处）" % (d.year, co.rng.randint(1, 9), dt(co, d), co.p(5)))]
    parts = [(True, its, [
        ("h1", "1 演习概况"), ("p", "场景：%s；形式：%s；参演：%s" % (scene, co.rng.choice(["实战演习", "桌面推演+实操"]), "、".join(co.p(i) for i in range(4)))),
        ("h1", "2 演习过程"), ("p", "09:00告警→09:06服务台三向交流报告→09:15启动预案→09:50隔离/切换完成→10:40恢复→11:10业务验证通过。"),
        ("h1", "3 演习评估"), ("table", [["评估项", "结果"], ["响应及时性", "满足"], ["三向交流", "基本满足，1次复述不完整"], ["恢复时间", "1小时40分，满足RTO"]]),
        ("h1", "4 发现问题及纠正行动"), ("p", "备份恢复脚本未随版本更新，已开具CR-%d-IT-%03d。" % (d.year, co.rng.randint(10, 200)))])]
    return written("drill", t, d, True, head, parts)


# ------------------------------------------------------------------------------ 监视、审查与改进

def pi_sheet(co, d):
    rows = [["用户满意度", "≥90分", "91.5分", "达标", "—"], ["投诉与建议", "≤2件/年", "1件", "达标", "—"],
            ["一级故障按时恢复率", "100%", "100%", "达标", "—"], ["故障按时恢复率", "≥97%", "95.2%", "未达标", "CR-%d-IT-%03d" % (d.year, co.rng.randint(10, 99))],
            ["PM按期完成率", "≥98%", "97.1%", "未达标", "CR-%d-IT-%03d" % (d.year, co.rng.randint(100, 199))]]
    return workbook("pi", "%s绩效指标（PI）监视测量表 %d" % (dept(co), d.year), d, True,
                    [("PI", ["指标", "目标", "实际", "达成情况", "纠正行动/CR"], rows, ["57/measurement"])])


def ca_track(co, d, verified):
    rows = []
    for i, (src, ca) in enumerate([("PI未达标：故障按时恢复率95.2%", "夜间增设二线值班"), ("PI未达标：PM按期完成率97.1%", "PM模板调整并与大修计划联动"),
                                   ("QA监查发现：变更后评价缺失", "变更申请单增加后评价必填项")]):
        rows.append(["CR-%d-IT-%03d" % (d.year, 20 + i * 7), "CA-%d-IT-%03d" % (d.year, 40 + i), src, ca, co.p(i), (d - timedelta(days=40 - i * 10)).isoformat(),
                     ("实施后两个月指标达%s，有效，关闭" % ["97.6%", "98.4%", "100%"][i]) if verified else "", co.p(3) if verified else ""])
    its = ["57/capa"] + (["66/effectiveness"] if verified else [])
    return workbook("ca_track", "状态报告（CR）纠正行动跟踪表", d, True,
                    [("CA跟踪", ["CR编号", "CA编号", "来源", "纠正行动", "责任人", "完成日期", "有效性验证", "验证人"], rows, its)])


def hazard_book(co, d, verified):
    rows = []
    for i, (h, m) in enumerate([("核心交换机电源单路供电", "增加第二路电源"), ("文档系统存储容量达80%", "扩容并设置告警"), ("域控未开启审计策略", "开启审计并接入日志审计")]):
        rows.append(["YH-%d-%02d" % (d.year, i + 1), (d - timedelta(days=80 - 20 * i)).isoformat(), h, m, co.p(i + 1),
                     "已实施，复查无复发" if verified else "实施中"])
    return workbook("hazard", "信息系统隐患排查及预防措施台账", d, True,
                    [("隐患台账", ["编号", "发现日期", "隐患", "预防措施", "责任人", "有效性验证"], rows, ["66/effectiveness"] if verified else [])])


def qa_audit(co, d, scoped):
    head = [("p", "监查编号：QA-AU-%d-IT-%02d    监查日期：%s    监查组长：%s（安全质保处）" % (d.year, co.rng.randint(1, 9), dt(co, d), co.cp(3)))]
    if scoped:
        parts = [(True, ["59/internal-audit"], [
            ("h1", "1 监查范围和依据"), ("p", "%s信息技术服务管理体系；依据ISO/IEC 20000-1、公司质量保证大纲、信息技术服务质量保证分大纲及与工程公司的服务协议要求。" % dept(co)),
            ("h1", "2 监查发现"), ("p", "不符合项2项：变更后评价缺失1份；值班日志巡视记录缺签字；观察项3项。"),
            ("h1", "3 结论"), ("p", "体系符合标准要求，满足服务需求和工程公司要求，总体有效实施和保持。不符合项已开具CR。")])]
        t = "%d年度信息技术服务管理体系QA监查报告" % d.year
    else:
        parts = [(True, [], [("h1", "1 监查范围"), ("p", "文档管理：受控文件分发回收、质保记录的移交与保存、档案库房温湿度。"),
                             ("h1", "2 发现"), ("p", "质保记录移交超期3份；库房温湿度记录完整。"), ("h1", "3 结论"), ("p", "文档质保工作基本受控。")])]
        t = "%d年度质保记录及文档管理QA监查报告" % d.year
    return written("qa_audit", t, d, True, head, parts)


def mgmt_review(co, d, inputs):
    head = [("p", "审查时间：%s    主持：%s（总经理）    参加：%s各科科长、安全质保处" % (dt(co, d), co.boss, dept(co)))]
    texts = {"perf": ("60/performance", "服务和流程的执行情况和符合性：服务级别达成率98.7%；各程序按要求执行，QA监查不符合项2项已关闭。"),
             "fb": ("60/customer-feedback", "工程公司反馈：满意度91.5分，投诉1件（夜间电话排队），已处理。"),
             "res": ("60/resources", "当前和预测资源水平：处现有%d人、驻场2人；%s建设高峰预计需增加2名运维人员。" % (co.rng.randint(28, 46), co.ah_proj)),
             "ca": ("60/corrective-actions", "纠正行动进展：上年审查提出的5项CA已关闭4项，1项（准生产环境）进行中。"),
             "chg": ("60/changes", "可能影响服务的变更：%s调试阶段的网络扩容、等保测评、组织机构调整。" % co.ah_proj),
             "imp": ("60/improvements", "改进机会：故障按时恢复率未达标、文档系统检索慢、PM与告警联动。")}
    parts = [(True, [], [("h1", "1 审查输入")])]
    for k in inputs:
        it, s = texts[k]
        parts.append((True, [it] + (["59/management-review"] if k == "perf" else []), [("p", s)]))
    parts.append((True, [], [("h1", "2 审查结论"), ("p", "信息技术服务管理体系持续适宜、充分、有效。"),
                             ("h1", "3 审查输出"), ("p", "批准增加2名运维人员；批准年度持续改进计划。")]))
    return written("mgmt_review", "%d年度信息技术服务管理部门审查报告" % d.year, d, True, head, parts)


def cert(co, d):
    head = [("p", "证书编号：%s-ITSM-%d%04d" % (co.ah_code, d.year, co.rng.randint(1, 9999)))]
    parts = [(True, ["61/audit-system"], [("p", "兹证明 %s有限公司 的信息技术服务管理体系符合 ISO/IEC 20000-1:2018 标准。" % co.ah_company),
                                          ("p", "认证范围：为公司内部各部门及%s提供的信息技术运维和网络安全运维服务。" % co.customer),
                                          ("p", "颁证日期：%s    有效期至：%d年%d月%d日" % (cn(d), d.year + 3, d.month, d.day))])]
    return written("cert", "信息技术服务管理体系认证证书", d, False, head, parts)


def improve_plan(co, d, criteria):
    head = [("p", "编写：%s  审核：%s  批准：%s  日期：%s" % (co.p(3), co.p(0), co.boss, dt(co, d)))]
    parts = [(True, ["64/plan", "68/plan"], [("h1", "1 改进项目"),
                                            ("table", [["改进项", "来源", "改进目标", "负责人", "完成时间"], ["文档系统检索优化", "满意度调查", "检索响应≤3秒", co.p(1), "%d-06" % d.year],
                                                       ["PM工单与监控告警联动", "PI未达标", "PM按期完成率≥98%", co.p(2), "%d-09" % d.year],
                                                       ["夜间二线值班", "CR趋势", "故障按时恢复率≥97%", co.p(0), "%d-04" % d.year]])])]
    parts.append((criteria, ["64/criteria"], [("h1", "2 改进机会的评价准则"),
                                             ("p", "按安全影响（30%）、用户影响（30%）、投入（20%）、实施风险（20%）评分，≥70分列入年度计划；"
                                              "每项改进须经识别、登记、批准、评估、测量和报告，进展在处务会和管理部门审查中报告。")]))
    return written("improve_plan", "%d年信息技术服务持续改进计划" % d.year, d, True, head, parts)


def improve_track(co, d, measured):
    rows = [["文档系统检索优化", "检索响应≤3秒", "索引重建已完成", (d - timedelta(days=70)).isoformat(), "实测2.1秒，有效" if measured else "", "已在处务会报告"],
            ["夜间二线值班", "故障按时恢复率≥97%", "已实施", (d - timedelta(days=30)).isoformat(), "实测97.6%，有效" if measured else "", "已报告"],
            ["PM与告警联动", "PM按期完成率≥98%", "开发中", "", "", "季度报告"]]
    its = ["68/implementation"] + (["68/effectiveness"] if measured else [])
    return workbook("improve_track", "持续改进项目实施跟踪表", d, True,
                    [("跟踪", ["改进项", "目标", "实施情况", "完成日期", "效果测量", "报告"], rows, its)])


def opps_sheet(co, d, approved):
    rows = [["文档系统检索优化", "满意度调查", 3, 5, 3, 4, 78, 1], ["PM工单与监控告警联动", "PI未达标", 4, 3, 3, 4, 72, 2],
            ["服务台自助重置口令", "工单分析", 2, 4, 4, 5, 66, 3], ["机房动环监控接入", "定期试验", 4, 2, 2, 3, 58, 4]]
    sheets = [("评价", ["改进机会", "来源", "安全影响", "用户影响", "投入", "风险", "得分", "优先级"], rows, [])]
    if approved:
        sheets.append(("批准", ["审批环节", "意见", "签字", "日期"],
                       [["科长审查", "同意按得分排序", co.p(1), (d - timedelta(days=2)).isoformat()],
                        ["处长批准", "同意前两项列入年度计划", co.p(0), d.isoformat()]], ["67/analysis", "67/prioritisation"]))
    else:
        sheets.append(("批准", ["审批环节", "意见", "签字", "日期"], [], []))
    return workbook("opps", "改进机会评价及优先级排序表", d, True, sheets)


def awareness(co, d):
    rows = [["培训主题", "持续改进与经验反馈——从每一份CR做起"], ["时间", dt(co, d)], ["讲师", co.p(3)],
            ["对象", "%s全体及驻场人员（%d人）" % (dept(co), co.rng.randint(20, 40))], ["内容", "持续改进的意义、改进建议的提交、CR与OE的填报、优秀改进案例"],
            ["效果评价", "测验平均%d分" % co.rng.randint(85, 95)]]
    return workbook("awareness", "持续改进意识宣贯培训记录", d, True, [("培训记录", ["项目", "内容"], rows, ["69/awareness-training"])])


def oe_annual(co, d):
    head = [("p", "编写：%s  审核：%s  日期：%s" % (co.p(3), co.p(0), dt(co, d)))]
    parts = [(True, ["70/defect-analysis"], [
        ("h1", "1 重大事件"), ("p", "%s存储控制器故障中断2.5小时（CR A级），根本原因：控制器超期服役未列入PM。" % co.sys(1)),
        ("h1", "2 失败变更"), ("p", "2项变更失败回退：测试环境与生产数据量不一致；变更窗口与大修工作冲突。"),
        ("h1", "3 服务不达标"), ("p", "第2季度故障按时恢复率95.2%，低于97%目标。"),
        ("h1", "4 改进计划"), ("p", "建立信息设备寿期管理清单并纳入PM；建设准生产环境；大修期间变更冻结；增设夜间二线值班。")])]
    return written("oe_annual", "%d年度信息技术经验反馈分析报告" % d.year, d, True, head, parts)


def forecast(co, d):
    head = [("p", "编写：%s  日期：%s" % (co.p(1), dt(co, d)))]
    parts = [(True, ["71/forecast"], [
        ("h1", "1 数据汇总"), ("p", "汇总近两年日志、变更、故障、服务请求和问题数据：故障同比下降14%，服务请求上升27%（工程公司占61%），变更集中在大修前后。"),
        ("h1", "2 服务预测"), ("p", "预测%d年随%s进入调试阶段，服务请求继续增长约30%%，文档系统并发提高；需增加服务台人力、推行自助服务，并提前扩容出口带宽。" % (d.year + 1, co.ah_proj))])]
    return written("forecast", "%d年信息服务需求预测分析" % (d.year + 1), d, True, head, parts)


# ------------------------------------------------------------------------------ documents that prove nothing

def ot_roster(co, d):
    rows = [[(d + timedelta(days=i)).isoformat(), co.p(i), co.p(i + 1), co.rng.choice(["主控室支持", "工作票系统保障", "机房值守"])] for i in range(10)]
    return Doc("ot_roster", "大修信息保障值班表", d, [], False,
               sheets=[("值班表", [["%d号机组第%d次大修（OT）信息保障值班表" % (co.rng.randint(1, 2), co.rng.randint(8, 16))], ["日期", "白班", "夜班", "重点"]] + rows)])


def nuke_drill_support(co, d):
    b = [("title", "%d年度场内综合应急演习信息保障方案" % d.year),
         ("p", "为保障场内综合应急演习期间应急指挥中心（EOC）、技术支持中心（TSC）的通信和信息系统正常，%s安排如下：" % dept(co)),
         ("h1", "一、保障范围"), ("p", "EOC视频会议、应急广播接口、辐射监测数据发布页面、应急电话。"),
         ("h1", "二、人员安排"), ("p", "演习当日%s、%s在EOC值守，%s在机房值守。" % (co.p(1), co.p(2), co.p(4))),
         ("h1", "三、注意事项"), ("p", "演习期间冻结一切变更；演习消息须冠以“演习”字样。")]
    return Doc("nuke_drill_support", "综合应急演习信息保障方案", d, [], False, b)


def hu_training(co, d):
    rows = [[i + 1, co.p(i), dept(co), "已签"] for i in range(6)]
    return Doc("hu_training", "人因工具培训签到", d, [], True,
               sheets=[("签到", [["人因工具应用培训签到表（质疑的态度、三向交流、独立验证）"], ["时间", dt(co, d), "讲师", "%s（安全质保处）" % co.cp(2)],
                                 ["序号", "姓名", "部门", "签到"]] + rows)])


def pm_schedule(co, d):
    rows = [[m, "防火墙定期维护", "季度", "PM-IT-010"] for m in ("3月", "6月", "9月", "12月")] + [["每月", "防病毒全盘查杀", "月", "DT-IT-AV"]]
    return Doc("pm_schedule", "PM及定期试验年度计划", d, [], False,
               sheets=[("计划", [["%d年信息设备预防性维修及定期试验计划" % d.year], ["月份", "项目", "周期", "模板/试验编号"]] + rows)])


def weekly_mail(co, d):
    b = [("title", "【%s周报】%d年第%d周" % (dept(co), d.year, d.isocalendar()[1])),
         ("p", "发件人：%s" % co.p(0)), ("p", "各位："),
         ("p", "1. 本周受理工单%d张，无一级故障。" % co.rng.randint(60, 160)),
         ("p", "2. %s施工现场新增AP %d台，已完成入网。" % (co.ah_proj, co.rng.randint(4, 20))),
         ("p", "3. 下周二晚防火墙PM，请值班人员做好三向交流。"), ("p", "谢谢！")]
    return Doc("weekly", "周报", d, [], False, b)


def selfassess(co, d):
    rows = [[1, "采集客户对信息系统运维服务时间的需求。", "符合", "工程公司信息技术服务需求调查报告"],
            [12, "制定安全运维服务目录……", "符合", "信息技术服务目录"],
            [40, "建立信息系统应急事件响应机制和恢复保障。", "", "（待补：恢复演习记录）"],
            [54, "建立运维变更管理程序……", "符合", "%s-IT-AP-002；变更台账" % co.ah_code]]
    return Doc("decoy_selfassess", "CCRC自评估表", d, [], False,
               sheets=[("自评估", [["信息系统安全运维服务资质认证自评估表（%s填写中）" % dept(co)], ["序号", "条款", "自评估结论", "证明材料清单"]] + rows)],
               decoy="the self-assessment form, citing evidence")


def proc_register(co, d, keys):
    rows = [[i + 1, proc_code(co, k), PROC[k][1], co.rng.choice(["B/0", "B/1", "C/0"]), "有效"] for i, k in enumerate(keys)]
    return Doc("decoy_register", "现行有效程序清单", d, [], False,
               sheets=[("清单", [["%s现行有效程序清单" % dept(co)], ["序号", "程序编号", "程序名称", "版次", "状态"]] + rows)],
               decoy="list of procedure names")


def revision_request(co, d, key):
    n, name, cat, _ = PROC[key]
    b = [("title", "程序升版申请单"),
         ("table", [["程序编号", proc_code(co, key), "程序名称", name], ["现版次", "B/0", "拟升版次", "B/1"],
                    ["升版理由", "落实QA监查发现，增加变更后评价要求", "申请人", co.p(1)],
                    ["影响的其他程序", "《信息系统问题管理程序》《信息技术服务持续改进管理程序》", "审批", "%s 同意" % co.p(0)]]),
         ("p", "申请日期：%s" % dt(co, d))]
    return Doc("decoy_revreq", "程序升版申请单", d, [], False, b, decoy="procedure revision request citing procedures")


def signin(co, d, what):
    rows = [[i + 1, co.p(i), dept(co), co.p(i)] for i in range(6)] + [[7, co.vp(0), co.vendor, co.vp(0)]]
    return Doc("decoy_signin", "宣贯签到表", d, [], True,
               sheets=[("签到", [["《%s》宣贯培训签到表" % what], ["时间", dt(co, d), "讲师", co.p(0)], ["序号", "姓名", "单位", "签字"]] + rows)],
               decoy="training record about a plan")


def drill_scheme(co, d):
    b = [("title", "%d年网络安全事件应急演习方案" % d.year), ("p", "编写：%s  批准：%s" % (co.p(1), co.p(0))),
         ("h1", "一、目的"), ("p", "检验《网络安全事件应急预案》的可操作性和人员的三向交流。"),
         ("h1", "二、场景"), ("p", "管理信息大区办公终端感染勒索病毒。"),
         ("h1", "三、安排"), ("p", "计划于%d月组织，安全质保处派评估员。" % min(12, d.month + 1))]
    return Doc("decoy_drillplan", "演习方案", d, [], False, b, decoy="drill plan, neither the plan nor the record")


def mr_notice(co, d):
    b = [("title", "关于开展%d年度信息技术服务管理部门审查的通知" % d.year),
         ("p", "各科室：定于%s召开管理部门审查会，请各科准备审查输入：服务执行情况、工程公司反馈、资源需求、CA进展、改进建议。" % cn(d + timedelta(days=14))),
         ("p", dept(co))]
    return Doc("decoy_mrnotice", "管理部门审查通知", d, [], True, b, decoy="meeting notice, not the review record")


def attendance(co, d):
    rows = [[co.vp(0), "驻场安全工程师", 21, 0, "正常"], [co.vp(1), "驻场运维工程师", 20, 1, "正常"]]
    return Doc("decoy_attendance", "驻场人员考勤确认", d, [], True,
               sheets=[("考勤", [["%s驻场人员%d年%d月考勤确认单" % (co.vendor, d.year, d.month)], ["姓名", "岗位", "出勤天数", "请假", "备注"]] + rows +
                        [["确认：%s" % co.p(0), "", "", "", ""]])],
               decoy="mentions on-site staff, is no staff list")


def appraisal(co, d):
    rows = [[co.p(2), "值班日志填写完整", "20%", 18], [co.p(2), "PM按期完成", "30%", 27], [co.p(2), "参加应急演习", "10%", 10], [co.p(2), "CR填报数量", "20%", 16]]
    return Doc("decoy_appraisal", "绩效考核", d, [], True,
               sheets=[("考核", [["%s员工季度绩效考核表" % dept(co)], ["姓名", "考核项", "权重", "得分"]] + rows)],
               decoy="appraisal naming record kinds as KPIs")


UNREL = [
    ("行政", "厂区交通安全管理规定", [("title", "厂区交通安全管理规定"), ("p", "厂区限速30公里/小时，核岛区域禁止非工作车辆进入。")]),
    ("辐射防护", "关于参加辐射防护知识年度复训的通知", [("title", "关于参加辐射防护知识年度复训的通知"), ("p", "持有控制区出入资格的人员须于本月完成复训及考试。")]),
    ("工会", "职工羽毛球比赛报名表", [("title", "职工羽毛球比赛报名"), ("p", "各处室组队报名，每队5人。")]),
    ("后勤", "倒班宿舍管理办法", [("title", "倒班宿舍管理办法"), ("p", "倒班宿舍按值班表分配，离岗须退房。")]),
    ("党建", "主题党日活动方案", [("title", "主题党日活动方案"), ("p", "组织参观核电科普馆，开展安全文化主题讨论。")]),
    ("文控", "文件控制中心档案移交通知", [("title", "关于做好年度档案移交工作的通知"), ("p", "各部门于年底前将本年度质保记录移交文件控制中心。")]),
]


# ------------------------------------------------------------------------------ the share

MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def setup(co):
    info = AH_INFO.get(getattr(co, "info_id", co.id))
    if info is None:
        keys = sorted(AH_INFO)
        info = AH_INFO[keys[co.rng.randrange(len(keys))]]
    co.ah_plant, co.ah_dept, co.ah_code, co.ah_ke, co.ah_shifts, co.ah_itsm, co.ah_hotline, co.ah_proj = info
    co.ah_company = co.name.replace("有限公司", "").strip()
    co.ah_company_short = co.name.replace("运营有限公司", "运营").replace("有限公司", "")
    co.ah_cust_short = "工程公司"


def build(co, lock_bytes):
    """Lay out an AH share: 受控文件 (大纲, 管理/工作/技术程序, 汇编, 作废), the 科 folders by 年度, 工程公司服务,
    应急管理, 质保与改进, personal folders, a #recycle bin and the decoys."""
    setup(co)
    r = co.rng
    ke = co.ah_ke
    SK = "01受控文件/"
    AQ, YW, FW = ("02%s/" % ke[0], "03%s/" % ke[1], "04%s/" % ke[2])
    ZH = "05%s/" % ("处综合组" if ke[3] in ("文档管理科", "档案科") else ke[3])
    GC = "06工程公司服务/"
    YJ, ZB = "07应急管理/", "08质保与改进/"
    me = "个人/P%05d_%s/" % (r.randint(10000, 99999), co.p(1))
    optional = ["budget", "history", "hlist", "svc", "ola", "kpis", "auth", "interface", "upgrade", "compat", "req", "baseline",
                "collect", "kb", "ptplan", "pt", "dev", "grading", "grule", "bcp", "drplan", "drdrill", "emgdrill", "trend",
                "callbacks", "desk_train", "hazard", "iplan", "itrack", "awareness", "qa", "mr", "forecast", "oe_annual", "crtrend",
                "health", "logaudit", "avail", "pi", "ca", "ci_log", "changes", "cmdb", "assets", "site", "cert", "defects",
                "avtest", "hatest", "pm", "catalog", "org"]
    gaps = {k for k in optional if r.random() < 0.07}
    olds = set(r.sample(sorted({"svc", "pt", "trend", "callbacks", "kb", "qa", "drdrill", "emgdrill", "awareness", "collect", "desk_train",
                                "ci_log", "crtrend", "health", "oe_annual", "logaudit", "pi", "ca", "hazard", "itrack", "avtest",
                                "forecast", "mr"} - gaps), r.randint(3, 4)))
    co.gaps, co.oldonly = gaps, olds
    fresh_made = []

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.4)
        opt.setdefault("styled", r.random() < 0.8)
        n = 2
        base, ext = rel.rsplit(".", 1)
        while rel in co.used:
            rel = "%s(%d).%s" % (base, n, ext)
            n += 1
        co.add(rel, doc, **opt)
        return rel

    def y(d):
        return "%d年/" % d.year

    def slot(k, name, factory, age="record", **opt):
        if k in gaps:
            return None
        d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        put(name(d), doc, **opt)
        if doc.items and doc.record and k not in olds:
            fresh_made.append((k, name, factory, d, opt))
        return doc

    scan = {"creator": "RICOH IM C3000 (OCR)", "author": "scanner", "styled": False}
    fmt = lambda *xs: r.choice(xs)  # noqa: E731

    # ------------------------------------------------------------------ 01受控文件
    keys = [k for k in PROC if r.random() >= 0.05]
    pool = [k for k in keys if k != "desk"]
    r.shuffle(pool)
    in_qap = sorted(pool[:r.randint(2, 3)], key=list(PROC).index)
    in_bind = sorted(pool[len(in_qap):len(in_qap) + r.randint(3, 4)], key=list(PROC).index)
    d = co.issued()
    put(SK + "大纲/%s-IT-QAP-01 信息技术服务质量保证分大纲.%s" % (co.ah_code, fmt("pdf", "docx")),
        qa_program(co, d, in_qap, org=r.random() < 0.85, pdca=r.random() < 0.9, audit=r.random() < 0.8), meta_title=True)
    d = co.issued()
    put(SK + "汇编/%s管理程序汇编（%d年%d月）.pdf" % (dept(co), d.year, d.month), proc_binder(co, d, in_bind))
    cites_pool = [PROC[k][1] for k in ("problem", "change", "incident", "knowledge", "improve")]
    for k in keys:
        if k in in_qap or k in in_bind:
            continue
        d = co.issued()
        drop = {h for h, _, _, opt in PROC[k][3] if opt and r.random() < 0.15}
        cites = r.sample(cites_pool, 2) if r.random() < 0.45 else ()
        ver = r.choice(["A/0", "A/1", "B/0", "B/1", "C/0"])
        doc = procedure(co, d, k, ver=ver, drop=drop, cites=[c for c in cites if c != PROC[k][1]])
        sub = "工作程序/" if PROC[k][2] == "工作程序" else "管理程序/"
        name = r.choice(["%s %s（%s）" % (proc_code(co, k), PROC[k][1], ver.replace("/", "")),
                         "%s_%s_版次%s" % (proc_code(co, k), PROC[k][1], ver.replace("/", "")),
                         "%s %s" % (proc_code(co, k), PROC[k][1])])
        ext = fmt("docx", "docx", "pdf")
        put(SK + sub + name + "." + ext, doc, meta_title=r.random() < 0.6, **(scan if ext == "pdf" and r.random() < 0.3 else {}))
    if "desk" not in keys:
        # the 服务台 set up by a 处 notice instead
        d = co.issued()
        put(ZH + "处发文/%s关于设立信息服务台的通知.docx" % y(d),
            written("desk_notice", "关于设立信息服务台的通知", d, False, [("p", "%s〔%d〕%d号" % (co.ah_code + "信", d.year, r.randint(2, 30)))],
                    [(True, ["48/service-desk"], [("p", "为统一受理公司各部门及工程公司的故障报告和服务请求，处设立信息服务台，隶属%s。" % ke[2]),
                                                  ("p", "服务台7×24小时值班，热线%s，%s在线提交；职责为受理登记、分类派单、跟踪升级和回访。服务台人员：%s、%s。" % (co.ah_hotline, co.ah_itsm, co.p(4), co.p(5))),
                                                  ("p", "%s  %s" % (dept(co), zh(d)))])]))
    tps = list(TP)
    bound = sorted(r.sample(tps, r.randint(2, 3)), key=tps.index)
    d = co.issued()
    if r.random() < 0.7:
        put(SK + "汇编/信息系统运维技术程序汇编.pdf", tp_binder(co, d, bound))
    for i, k in enumerate(tps, 10):
        if r.random() < 0.6:
            d = co.issued()
            put(SK + "技术程序/%s-IT-TP-%03d %s.%s" % (co.ah_code, i, TP[k][0], fmt("docx", "pdf")), tech_proc(co, d, k, i), meta_title=True)
    slot("grule", lambda d: SK + "管理程序/%s-IT-AP-020 信息系统安全保护分级标准.docx" % co.ah_code, lambda d: grading_rule(co, d), "issued")
    slot("site", lambda d: SK + "技术程序/%s-IT-GC-01 工程现场信息化施工作业手册.docx" % co.ah_code, lambda d: site_manual(co, d), "issued")

    # ------------------------------------------------------------------ 05 综合: 组织, 授权, 处务会, 发文
    slot("org", lambda d: ZH + "组织机构/%s组织机构及岗位职责（%d）.docx" % (dept(co), d.year),
         lambda d: org_doc(co, d, r.random() < 0.88, r.random() < 0.85, r.random() < 0.8), "issued")
    slot("auth", lambda d: ZH + "岗位授权/%s岗位授权清单_%s.xlsx" % (dept(co), compact(d)), lambda d: auth_list(co, d, r.random() < 0.85))
    iv_minutes = r.random() < 0.35
    if not iv_minutes:
        if r.random() < 0.3:
            slot("interface", lambda d: ZH + "处发文/%s扫描件_%s.pdf" % (y(d), compact(d)), lambda d: interface_notice(co, d), "issued", **scan)
        else:
            slot("interface", lambda d: ZH + "处发文/%s关于明确工程公司网络安全管理接口人的通知.%s" % (y(d), fmt("docx", "pdf")),
                 lambda d: interface_notice(co, d), "issued")
    imp_in_minutes = "iplan" not in gaps and r.random() < 0.6
    for i, m in enumerate(sorted(r.sample(range(2, 11), 3))):
        d = date(2026, m, r.randint(3, 26))
        dec = ["outage"] if i == 1 else []
        if i == 0 and iv_minutes and "interface" not in gaps:
            dec.append("interface")
        if i == 2 and imp_in_minutes:
            dec.append("improve")
        put(ZH + "处务会纪要/2026年/处务会纪要〔2026〕第%d期.docx" % (m * 2 - 1 + i % 2), dept_minutes(co, d, m * 2 - 1 + i % 2, dec))
    if not imp_in_minutes and "iplan" not in gaps and r.random() < 0.65:
        d = co.fresh()
        put(ZB + "持续改进/改进机会评价及排序表_%s.xlsx" % compact(d), opps_sheet(co, d, r.random() < 0.8))
    slot("pi", lambda d: ZH + "绩效指标/%s PI监视测量表_%d.xlsx" % (dept(co), d.year), lambda d: pi_sheet(co, d))
    d = co.fresh()
    put(ZH + "绩效指标/%d年第%d季度员工绩效考核表.xlsx" % (d.year, q(d)), appraisal(co, d))

    # ------------------------------------------------------------------ 06 工程公司服务
    d0 = co.issued()
    put(GC + "01需求调查/%s信息技术服务需求调查报告.docx" % co.customer, survey(co, d0, r.random() < 0.9, r.random() < 0.85))
    slot("budget", lambda d: GC + "01需求调查/%d年度工程公司信息技术服务费用预算表.xlsx" % d.year, lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=r.randint(7, 30))
    put(GC + "01需求调查/%s 服务移交协调会会议纪要.%s" % (compact(d), fmt("docx", "pdf")), coord_minutes(co, d, r.random() < 0.92))
    slot("hlist", lambda d: GC + "01需求调查/运维历史数据清单.xlsx", lambda d: history_list(co, d), "issued")
    slot("history", lambda d: GC + "01需求调查/运维历史数据分析报告.docx", lambda d: history_analysis(co, d, r.random() < 0.85), "issued")
    d = co.issued()
    put(GC + "02服务协议/信息技术服务协议（运营公司-工程公司）%d盖章版.pdf" % d.year,
        sla(co, d, r.random() < 0.88, r.random() < 0.88, r.random() < 0.7, r.random() < 0.3), **(scan if r.random() < 0.6 else {}))
    slot("catalog", lambda d: GC + "02服务协议/附件1 信息技术服务目录.xlsx",
         lambda d: catalog(co, d, r.choice([("base", "l2", "l1")] * 5 + [("base", "l2"), ("base", "l1"), ("base",)])), "issued")
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: GC + "03健康检查/%s%d年第%d季度工程公司信息系统健康检查报告.%s" % (y(d), d.year, q(d), fmt("docx", "pdf")),
             lambda d: health_report(co, d, r.random() < 0.4))
    for d, h in [(date(2025, 7, 6), "上半年"), (date(2026, 1, 8), "下半年"), (date(2026, 7, 3), "上半年")]:
        if r.random() < 0.85:
            d = d + timedelta(days=r.randint(0, 14))
            put(GC + "04满意度/%d年%s用户满意度调查报告.%s" % (d.year if h == "上半年" else d.year - 1, h, fmt("docx", "pdf")),
                csat(co, d, h, r.random() < 0.7))
    slot("trend", lambda d: GC + "04满意度/满意度趋势分析_%s.docx" % compact(d), lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: GC + "04满意度/用户主动回访登记表%d.xlsx" % d.year, lambda d: callbacks(co, d))
    slot("req", lambda d: GC + "05建设项目/EDMS扩容需求分析记录（工程公司签字版）.pdf", lambda d: requirements(co, d), **scan)

    # ------------------------------------------------------------------ 03 系统运维: 服务设计, 配置, PM, 值班, 变更, 月报
    slot("ola", lambda d: YW + "服务级别/服务级别设计及OLA.docx", lambda d: ola(co, d, r.random() < 0.85, r.random() < 0.9), "issued")
    slot("kpis", lambda d: YW + "服务级别/信息系统可用性指标清单.xlsx", lambda d: avail_kpis(co, d), "issued")
    slot("svc", lambda d: YW + "%s以往服务解决方案及影响分析报告.docx" % y(d), lambda d: svc_analysis(co, d, r.random() < 0.85))
    av = [p for p in ("plan", "events", "report") if r.random() < 0.85]
    slot("avail", lambda d: YW + "%s%d年信息系统可用性管理报告.docx" % (y(d), d.year), lambda d: avail_report(co, d, av))
    slot("assets", lambda d: YW + "配置管理/EAM信息设备台账导出_%s.xlsx" % compact(d), lambda d: asset_book(co, d))
    relc = r.random() < 0.75
    slot("cmdb", lambda d: YW + "配置管理/CMDB_export_%s.xlsx" % compact(d), lambda d: cmdb(co, d, relc))
    slot("ci_log", lambda d: YW + "配置管理/%s配置项更新维护登记表.xlsx" % y(d), lambda d: ci_log(co, d))
    slot("pm", lambda d: YW + "%sPM工单/EAM_PM工单导出_网络安全设备_%dQ%d.xlsx" % (y(d), d.year, q(d)), lambda d: pm_export(co, d, "sec"))
    d = co.fresh()
    put(YW + "%sPM工单/EAM_PM工单导出_服务器及机房_%dQ%d.xlsx" % (y(d), d.year, q(d)), pm_export(co, d, "srv"))
    d = date(2026, 1, r.randint(5, 20))
    put(YW + "2026年/2026年信息设备PM及定期试验计划.xlsx", pm_schedule(co, d))
    slot("hatest", lambda d: YW + "%s定期试验/DT-IT-HA 主备切换定期试验报告_%s.pdf" % (y(d), compact(d)), lambda d: ha_test(co, d), **scan)
    slot("defects", lambda d: YW + "%s缺陷管理/EAM缺陷报告导出_信息设备.xlsx" % y(d), lambda d: defect_export(co, d, r.random() < 0.75))
    shifts = r.sample(co.ah_shifts, r.randint(2, 3))
    for s in shifts:
        d = co.fresh()
        kinds = [k for k in ("patrol", "virus", "defect") if r.random() < 0.7]
        put(YW + "%s值班日志/%s/%s值班日志_%d%02d.xlsx" % (y(d), s, s, d.year, d.month), duty_log(co, d, s, kinds))
    d = co.fresh()
    put(YW + "%s值班日志/%s/%s值班日志_%d%02d.xlsx" % (y(d), co.ah_shifts[3], co.ah_shifts[3], d.year, d.month) if
        co.ah_shifts[3] not in shifts else YW + "%s值班日志/交接班记录_%s.xlsx" % (y(d), compact(d)), duty_log(co, d, co.ah_shifts[3], []))
    slot("changes", lambda d: YW + "%s变更管理/信息系统变更台账%d.xlsx" % (y(d), d.year), lambda d: change_book(co, d))
    for i in range(r.randint(1, 3)):
        d = co.fresh()
        put(YW + "%s变更管理/变更申请单/BG-%s.pdf" % (y(d), compact(d)), change_form(co, d, r.random() < 0.8), **scan)
    for m in sorted(r.sample(range(3, 12), 2)):
        d = date(2026, m, r.randint(3, 9))
        put(YW + "2026年/运行月报/信息系统运行月报_%d%02d.%s" % (d.year, m - 1, fmt("docx", "pdf")),
            monthly(co, d, r.random() < 0.6, r.random() < 0.45, r.random() < 0.9))
    parts_up = (r.random() < 0.88, r.random() < 0.88)
    slot("upgrade", lambda d: YW + "项目/%s升级改造实施方案.docx" % co.sys(0), lambda d: upgrade_plan(co, d, *parts_up), "issued")
    slot("compat", lambda d: YW + "项目/%s改造兼容性验证报告.pdf" % co.sys(0), lambda d: compat_report(co, d))
    slot("baseline", lambda d: YW + "项目/管理信息大区安全配置基线.xlsx", lambda d: baseline(co, d), "issued")
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(YW + "%s周报/%s周报_%s.txt" % (y(d), dept(co), compact(d)), weekly_mail(co, d), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))

    # ------------------------------------------------------------------ 04 信息服务: 工单, 知识库, 服务台
    for i in range(2):
        d = co.fresh()
        rel = FW + "%s工单导出/%s_工单_%d%02d.xlsx" % (y(d), co.ah_itsm, d.year, d.month)
        if rel not in co.used:
            put(rel, tickets(co, d, r.random() < 0.75))
    slot("kb", lambda d: FW + "知识库/KB_export_%s.xlsx" % compact(d), lambda d: kb_export(co, d))
    slot("desk_train", lambda d: FW + "%s服务台岗位授权培训及考核记录.xlsx" % y(d), lambda d: desk_auth_training(co, d))

    # ------------------------------------------------------------------ 02 网络安全
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: AQ + "%s安全信息采集记录_%s.xlsx" % (y(d), compact(d)), lambda d: collect_sheet(co, d, which))
    slot("avtest", lambda d: AQ + "%s定期试验/DT-IT-AV 防病毒系统定期试验记录.xlsx" % y(d), lambda d: av_test(co, d))
    for i in range(r.randint(1, 2)):
        slot("logaudit", lambda d: AQ + "%s日志审计/%d年Q%d安全日志审计报告.%s" % (y(d), d.year, q(d), fmt("docx", "pdf")), lambda d: log_audit(co, d))
    if r.random() < 0.3:
        # saved by its author as a reply to the 处长, the name says nothing of what it is
        slot("crtrend", lambda d: me + "季度分析（给处长）_%s.docx" % compact(d), lambda d: cr_trend(co, d, r.random() < 0.8))
    else:
        slot("crtrend", lambda d: AQ + "%s信息安全CR季度趋势分析_%dQ%d.docx" % (y(d), d.year, q(d)), lambda d: cr_trend(co, d, r.random() < 0.8))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month + i * 12
        ext = fmt("docx", "pdf", "txt")
        rel = AQ + "%s安全通告/网络安全通告第%d期.%s" % (y(d), n, ext)
        if rel not in co.used:
            put(rel, bulletin(co, d, n, r.random() < 0.7), **({"encoding": "gb18030"} if ext == "txt" and r.random() < 0.5 else {}))
    if r.random() < 0.7:
        d = co.fresh()
        put(AQ + "%s经验反馈/OE通报_%s.pdf" % (y(d), compact(d)), oe_notice(co, d))
    slot("ptplan", lambda d: AQ + "渗透测试/%d年度渗透测试计划.docx" % d.year, lambda d: pt_plan(co, d), "issued")
    slot("pt", lambda d: AQ + "渗透测试/%s%s渗透测试报告.pdf" % (y(d), co.sys(0)), lambda d: pt_report(co, d))
    slot("dev", lambda d: AQ + "%d年安全工具定制开发计划.docx" % d.year, lambda d: dev_plan(co, d), "issued")
    slot("grading", lambda d: AQ + "等级保护/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued", **scan)
    slot("hazard", lambda d: AQ + "%s隐患排查及预防措施台账.xlsx" % y(d), lambda d: hazard_book(co, d, r.random() < 0.8))
    d = co.fresh()
    put(AQ + "%s漏洞扫描/扫描结果导出_%s.xlsx" % (y(d), compact(d)),
        Doc("vscan", "漏洞扫描结果", d, [], True, sheets=[("结果", [["漏洞扫描任务导出"], ["IP", "漏洞", "风险", "建议"]] +
            [["10.%d.%d.%d" % (r.randint(10, 40), r.randint(0, 255), r.randint(2, 250)), v, g, "升级"] for v, g in
             (("OpenSSL版本过低", "中"), ("SMB签名未启用", "低"), ("Tomcat默认页面", "低"))])]))

    # ------------------------------------------------------------------ 07 应急管理
    d = co.issued()
    put(YJ + "应急预案/%s-IT-AP-015 网络安全事件应急预案.%s" % (co.ah_code, fmt("docx", "pdf")),
        emergency_plan(co, d, r.random() < 0.85, r.random() < 0.45), meta_title=True)
    slot("drplan", lambda d: YJ + "应急预案/%s-IT-TP-030 信息系统灾难恢复预案.docx" % co.ah_code, lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: YJ + "应急预案/%s-IT-AP-016 信息系统业务连续性计划.pdf" % co.ah_code, lambda d: bcp(co, d), "issued")
    if "emgdrill" not in gaps:
        if r.random() < 0.25 and "emgdrill" not in olds:
            d = co.fresh()
            put(me + "演习评估（改）.docx", drill_eval(co, d, "emg"))
        else:
            slot("emgdrill", lambda d: YJ + "演习/%s%s 网络安全事件应急演习评估报告.docx" % (y(d), compact(d)), lambda d: drill_eval(co, d, "emg"))
    slot("drdrill", lambda d: YJ + "演习/%s%s EAM灾难恢复切换演习评估报告.pdf" % (y(d), compact(d)), lambda d: drill_eval(co, d, "dr"))
    d = co.fresh()
    put(YJ + "演习/%s%d年网络安全事件应急演习方案.docx" % (y(d), d.year), drill_scheme(co, d))
    d = co.fresh()
    put(YJ + "%d年度场内综合应急演习信息保障方案.docx" % d.year, nuke_drill_support(co, d))

    # ------------------------------------------------------------------ 08 质保与改进
    slot("qa", lambda d: ZB + "QA监查/%sQA监查报告_信息技术服务管理体系.pdf" % y(d), lambda d: qa_audit(co, d, True), **scan)
    d = co.fresh()
    put(ZB + "QA监查/%sQA监查报告_质保记录及文档管理.pdf" % y(d), qa_audit(co, d, False), **scan)
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("mr", lambda d: ZB + "管理部门审查/%d年度管理部门审查报告.docx" % d.year, lambda d: mgmt_review(co, d, inputs))
    slot("cert", lambda d: ZB + "认证/ISO20000证书.pdf", lambda d: cert(co, d), "issued", **scan)
    slot("ca", lambda d: ZB + "CR-CA/%sCR纠正行动跟踪表.xlsx" % y(d), lambda d: ca_track(co, d, r.random() < 0.8))
    slot("oe_annual", lambda d: ZB + "经验反馈/%d年度信息技术经验反馈分析报告.docx" % d.year, lambda d: oe_annual(co, d))
    slot("iplan", lambda d: ZB + "持续改进/%d年持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    slot("itrack", lambda d: ZB + "持续改进/持续改进项目跟踪表_%s.xlsx" % compact(d), lambda d: improve_track(co, d, r.random() < 0.85))
    if r.random() < 0.25:
        slot("awareness", lambda d: ZB + "培训/新建 Microsoft Excel 工作表 (%d).xlsx" % r.randint(2, 9), lambda d: awareness(co, d))
    else:
        slot("awareness", lambda d: ZB + "培训/%s 持续改进意识宣贯培训记录.xlsx" % compact(d), lambda d: awareness(co, d))
    slot("forecast", lambda d: ZB + "%d年信息服务需求预测分析.docx" % (d.year + 1), lambda d: forecast(co, d))
    d = co.fresh()
    put(ZB + "培训/%s 人因工具应用培训签到.xlsx" % compact(d), hu_training(co, d))

    # ------------------------------------------------------------------ archive: last year's copies beside this year's
    for k, name, factory, d, opt in fresh_made:
        if r.random() >= 0.16:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = name(prev)
        if rel in co.used:
            continue
        put(rel, factory(prev), **opt)
    d = date(2025, r.randint(2, 11), r.randint(1, 25))
    put(YW + "2025年/运行月报/信息系统运行月报_%d%02d.docx" % (d.year, d.month - 1 or 12), monthly(co, d, True, True, True))

    decoys(co, lock_bytes, put, keys, SK, AQ, YW, FW, ZH, GC, YJ, ZB, me)


def decoys(co, lock_bytes, put, keys, SK, AQ, YW, FW, ZH, GC, YJ, ZB, me):
    r = co.rng
    # blank forms (空白表) and templates
    put(SK + "表单/变更申请单（空白表）.docx", blank("信息系统变更申请单", co.fresh(), heads=["变更内容及理由", "风险分析及回退方案", "审批", "实施记录", "变更后评价"]))
    put(SK + "表单/值班日志（模板）.xlsx", blank("信息机房值班日志", co.fresh(), header=["日期", "时间", "类别", "内容", "值班员"]))
    put(SK + "表单/演习评估表（空白）.docx", blank("应急演习评估表", co.fresh(), heads=["演习概况", "演习过程", "演习评估", "发现问题及纠正行动"]))
    put(GC + "04满意度/用户满意度调查问卷（空白）.docx", blank("信息服务用户满意度调查问卷", co.fresh(), heads=["故障响应及时性", "问题解决质量", "服务态度", "意见和建议"]))
    if r.random() < 0.7:
        put(SK + "表单/定期试验记录表（空白）.xlsx", blank("定期试验记录表", co.fresh(), header=["试验编号", "日期", "范围", "结果", "结论", "试验人"]))
    # drafts (征求意见稿 / 草稿 / 初稿 / 送审稿)
    d = co.fresh()
    put(GC + "02服务协议/信息技术服务协议（%d征求意见稿）.docx" % (d.year + 1), spoil(sla(co, d, True, True, True), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put(me + "%d年持续改进计划（草稿）.docx" % (d.year + 1), spoil(improve_plan(co, d, True), "draft", "（草稿）"))
    d = co.fresh()
    put(me + "管理部门审查报告_初稿_%s.docx" % compact(d), spoil(mgmt_review(co, d, ["perf", "fb", "res"]), "draft", "（初稿）"))
    if r.random() < 0.6:
        d = co.fresh()
        put(YJ + "应急预案/信息系统业务连续性计划（送审稿）.docx", spoil(bcp(co, d), "draft (送审稿)", "（送审稿）"))
    # 作废 versions in 受控文件/作废
    d = date(2021, r.randint(3, 10), r.randint(1, 25))
    put(SK + "作废/%s-IT-AP-001 信息系统问题管理程序 A0（作废）.pdf" % co.ah_code, spoil(procedure(co, d, "problem", ver="A/0"), "obsolete", "（作废）"))
    d = date(2022, r.randint(3, 10), r.randint(1, 25))
    put(SK + "作废/%s-IT-AP-015 网络安全事件应急预案 B0（作废）.docx" % co.ah_code, spoil(emergency_plan(co, d, True, True), "obsolete", "（作废）"))
    # the NAS recycle bin
    d = co.fresh()
    put("#recycle/%s/%s网络安全事件应急演习评估报告.docx" % (co.p(2), compact(d)), spoil(drill_eval(co, d, "emg"), "recycle bin"))
    d = co.fresh()
    put("#recycle/%s/CR纠正行动跟踪表.xlsx" % co.p(3), spoil(ca_track(co, d, True), "recycle bin"))
    # sign-ins about plans and procedures; the revision request; lists citing procedures
    for what in ("网络安全事件应急预案", "信息系统变更管理程序", "信息系统业务连续性计划"):
        if r.random() < 0.75:
            d = co.fresh()
            put(ZB + "培训/%s《%s》宣贯签到表.xlsx" % (compact(d), what), signin(co, d, what))
    d = co.fresh()
    put(SK + "程序升版/程序升版申请单_%s-IT-AP-002_%s.docx" % (co.ah_code, compact(d)), revision_request(co, d, "change"))
    put(SK + "现行有效程序清单_%d.xlsx" % co.fresh().year, proc_register(co, co.fresh(), keys))
    d = co.fresh()
    put(ZB + "管理部门审查/关于开展%d年度管理部门审查的通知.docx" % d.year, mr_notice(co, d))
    d = co.fresh()
    put(GC + "06驻场考勤/%s驻场人员考勤确认单_%d%02d.pdf" % (co.vendor, d.year, d.month), attendance(co, d),
        creator="RICOH IM C3000 (OCR)", styled=False)
    d = date(2026, r.randint(10, 11), r.randint(1, 20))
    put(me + "CCRC自评估表_工作稿.xlsx", selfassess(co, d))
    # documents that prove nothing: an OT roster, unrelated company files
    d = co.fresh()
    put(YW + "%d年/大修信息保障值班表_%s.xlsx" % (d.year, compact(d)), ot_roster(co, d))
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, blocks = UNREL[i]
        d = co.fresh()
        put("09公司通知/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), Doc("unrelated", t, d, [], False, list(blocks)))
    # lock files, empty files, an image-only scan
    office = [rel for rel, f, _, _ in co.files if f in ("docx", "xlsx") and not rel.startswith("#recycle")]
    for rel in office[2:80:13]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if len(base.rsplit(".", 1)[0]) <= 6 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(2)), "Office lock file")
    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw(YW + "2026年/值班日志/.~lock.值班日志_202611.xlsx#", (",%s,PC-%s,02.11.2026 08:05,file:///C:/Users/%s/AppData/Roaming/LibreOffice/4;"
                                                      % (co.p(2), co.ah_code, co.p(2))).encode("utf-8"), "LibreOffice lock file")
    raw(YJ + "演习/2026年/演习评估报告.docx", b"", "empty file")
    raw(ZB + "管理部门审查/新建 Microsoft Word 文档.docx", b"", "empty file")
    raw(GC + "04满意度/满意度汇总.xlsx", b"", "empty file")
    raw(ZB + "QA监查/扫描_%s.pdf" % compact(co.fresh()), MIN_PDF, "image-only scan without a text layer")
