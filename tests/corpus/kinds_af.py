# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_af.py - style AF: the 信息部 (IT/CIM部) of a 12-inch semiconductor wafer fab.

An author voice for the accuracy corpus, used only by the AF shares, written blind (from the form's
需提供证明材料, gen.py's REQ and Company, kinds.py's Doc and the README's ground-truth conventions, never
the rules, the sources or a score).  The company is a 12吋晶圆制造厂 certified ISO 9001 / IATF 16949 /
ISO 27001 / TISAX; its 信息部 has three 课 (CIM课: MES, EAP, RTD, SPC, YMS; IT基础架构课: servers,
network, firewalls, backup, the 厂务 FMCS monitoring network; 信息安全课: log review, vulnerability
bulletins, pentest, 等保) and, under a 服务协议, runs IT and security operations for a sister
封装测试厂 (the form's customer), with a security vendor's engineers stationed in the fab.

Its people write as fab engineers do: bilingual (English headings, Chinese text), controlled
documents with numbers and revisions (QM-IT-001 Rev.D 手册, QP-IT-003 Rev.C 程序, WI-CIM-021 Rev.A
作业指导书, FM-IT-010 表单), a 受控文件/Controlled Copy stamp and a DCC number, 修订记录 by DCN; 周PM/月PM
checklists (PM = preventive maintenance) signed and scanned, 8D reports, IT FMEA, ECR/ECN change forms
and E-Form system exports, OCAP (out-of-control action plan) for a system-down, MRB for held lots,
交接班 logs, a KPI dashboard, 稽核 (internal audit) and 管理审查 (management review); folders by 课
and year, older copies left in last year's folder.

Every builder returns a kinds.Doc whose items list only what its own text proves: an optional section
adds its items only when it is written; a sheet with no data rows proves nothing; an old record keeps
its items (record=True) so that the truth marks it stale.  build(co, lock_bytes) lays out the share.

Judgement calls of this voice (beyond the README's): a 周PM/月PM checklist of the network and security
devices is 14/44's maintenance, 44's status check and 45's monitoring, its 病毒码/查杀 rows 44/45's
antivirus; a CIM 服务器PM checklist (MES/EAP/RTD servers: cluster, DB, disk, backup) is 46's health-check
record of business systems only; an MES-down OCAP is one system's emergency plan (36, 53) and, with its
recovery section, 36's recovery plan; an 8D of a system-down event is 57's corrective action, with its
verified D6 66's effectiveness record, and records that availability event (18, 22, 43), but it is no
defect analysis (70); an IT FMEA whose recommended actions remove potential causes is 66's preventive-
action document and, with its re-scored RPN after the actions, 66's effectiveness record; an E-Form ECN
export is 54's and 43's change records, an E-Form IT service request export 43's process records and,
with its response columns, 55's response times; the KPI dashboard's target-vs-actual sheet is 57's
measurement, its ten-indicator sheet 56's data, its trend sheet (with analysis) 50's monitoring
report; the ISO 27001 certificate whose scope names the 信息部's IT operations is 61's third-party
certification, an IATF 16949 certificate of wafer manufacturing and a TISAX label prove nothing; a
TISAX 信息分级 rule is no 等保 grading criterion; a 交接班 log, a 周报, a duty roster and a PM schedule
(计划, not a record) prove nothing; the quarterly 服务审查会 minutes with the 封测厂 prove 57's measurement when
they set SLA attainment, satisfaction and complaints against targets, and 63's periodic review / follow-up
when they record the customer's own opinions; a DCN (文件变更通知单) that names a procedure, and a QP stub
that only refers to an ISMS procedure, prove nothing; a user's "- 副本" copy of a record proves what the
record proves; the 信息安全委员会 minutes prove 59's management review (and 60's performance) only when they
report the execution and conformity of the IT services and processes; an E-Form export with only its
header row proves nothing.
"""

from datetime import date, timedelta

from kinds import Doc

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ymd(d):
    return d.strftime("%Y%m%d")


def iso(d):
    return d.isoformat()


def cn(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def en(d):
    return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)


def when(co, d):
    f = co.rng.choice(["cn", "iso", "slash", "en", "cn", "dot"])
    if f == "cn":
        return cn(d)
    if f == "iso":
        return iso(d)
    if f == "slash":
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    if f == "en":
        return en(d)
    return "%d.%02d.%02d" % (d.year, d.month, d.day)


def q(d):
    return "%dQ%d" % (d.year, (d.month - 1) // 3 + 1)


def stamp(co):
    return ("p", "【受控文件 Controlled Copy】  DCC No. %s-%04d  （未盖蓝色受控章者为非受控副本）"
            % (co.short, co.rng.randint(10, 2999)))


def ctl(co, d, code, rev, title_en):
    return [stamp(co),
            ("table", [["Doc. No. 文件编号", code, "Rev. 版次", rev],
                       ["Title", title_en, "Page 页数", "1 of %d" % co.rng.randint(4, 22)],
                       ["Prepared 制定", co.p(3), "Reviewed 审核", co.p(0)],
                       ["Approved 核准", co.boss, "Effective Date 生效日", when(co, d)]])]


def revs(co, d, rev):
    n = "ABCDEFG".index(rev[-1]) + 1
    rows = [["Rev.", "DCN No.", "Description 修订内容", "修订人", "Date"]]
    what = ["New release 新制定", "依稽核发现修订第5章", "组织调整：CIM课/IT基础架构课/信息安全课分设", "依ISO 27001:2022改版修订",
            "增加封测厂服务内容", "年度审查修订"]
    for i in range(n):
        y = d.year - (n - 1 - i)
        dd = date(y, max(1, d.month - (n - 1 - i)), min(d.day, 28)) if i < n - 1 else d
        rows.append(["ABCDEFG"[i], "DCN-%d-%03d" % (dd.year, co.rng.randint(1, 180)), what[i % len(what)], co.p(3 + i % 3), iso(dd)])
    return [("h1", "Revision History 修订记录"), ("table", rows)]


def text(kind, title, d, record, head, parts, tail=()):
    """A written document: head blocks, then parts (written?, items, blocks)."""
    b, items = [("title", title)] + list(head), []
    for on, its, blocks in parts:
        if on:
            b += blocks
            items += its
    b += list(tail)
    return Doc(kind, title, d, sorted(set(items)), record, b)


def book(kind, title, d, record, sheets):
    """A workbook: sheets (name, header, rows, items); a sheet with no rows proves nothing."""
    out, items = [], []
    for name, header, rows, its in sheets:
        out.append((name, [[title], header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def void(doc, why, mark=None):
    doc.items, doc.decoy, doc.kind = [], why, "decoy_" + why.split()[0]
    if mark:
        doc.title += mark
        if doc.blocks and doc.blocks[0][0] == "title":
            doc.blocks[0] = ("title", doc.blocks[0][1] + mark)
        if doc.sheets:
            n, rows = doc.sheets[0]
            rows[0] = [str(rows[0][0]) + mark]
    return doc


def blank(co, title, code, d, cols, sheet=True):
    """An empty FM-IT form: its header and empty rows (a template)."""
    if sheet:
        return Doc("blank", title, d, [], False,
                   sheets=[("Form", [["%s  %s Rev.A" % (title, code)], cols] + [[""] * len(cols) for _ in range(8)])],
                   decoy="template")
    b = [("title", title), ("p", "表单编号 Form No.: %s Rev.A    填写日期：____年__月__日" % code)]
    for c in cols:
        b += [("h1", c), ("p", "（请填写 / Please fill in）")]
    return Doc("blank", title, d, [], False, b, decoy="template")


def signs(co, d):
    return ("p", "制表/Prepared: %s    确认/Checked: %s    核准/Approved: %s    Date: %s"
            % (co.p(4), co.p(0), co.boss, when(co, d)))


# --------------------------------------------------------------- QP 程序文件 (procedures)

# key: (QP number, 中文名, English title, [(heading, text)], items)
QP = {
    "incident": (3, "IT事件管理程序", "IT Incident Management Procedure", [
        ("1. Purpose 目的", "规范信息部对IT事件（系统当机、机台连线异常、网络中断、账号异常等）的受理、分级、处理与关闭，尽快恢复生产服务，降低对Fab及封测厂生产的影响。"),
        ("2. Scope 范围", "适用于本厂及封测厂MES、EAP、RTD、SPC、YMS、FMCS及办公IT服务的所有事件。"),
        ("3. Definition 定义", "Severity 1：MES/EAP全厂当机或影响≥2个Bay生产；Severity 2：单一系统或单一Bay受影响；Severity 3：单机台/单用户；Severity 4：咨询。"),
        ("4. Responsibility 权责", "Helpdesk：受理登记与派工；值班工程师：初步诊断与处置；课长：Sev1/Sev2升级决策及通报厂长。"),
        ("5. Procedure 作业内容", "事件受理（分机8000/E-Form/现场）→登记IT异常单→分级→处置与升级（Sev1 15分钟内到场）→恢复确认（生产单位签认）→关闭→Sev1/Sev2于3个工作日内提交8D。"),
        ("6. Records 记录", "FM-IT-011 IT异常单（E-Form）、FM-IT-012 系统当机记录表。")],
        ["49/incident-procedure"]),
    "request": (4, "IT服务需求管理程序", "IT Service Request Procedure", [
        ("1. Purpose 目的", "规范账号开通、权限申请、软件安装、机台连线申请、报表需求等IT服务需求的申请、审批、执行与结案。"),
        ("2. Scope 范围", "适用于本厂各部门及封测厂通过E-Form系统提出的IT服务需求（ITSR）。"),
        ("4. Responsibility 权责", "申请人填写ITSR；部门主管核准；涉及MES/EAP权限者由CIM课课长复核；Helpdesk派工；执行人结案。"),
        ("5. Procedure 作业内容", "提出ITSR→主管签核→IT窗口审核→派工执行→申请人确认→E-Form结案；标准需求2个工作日内完成，逾期自动提醒。"),
        ("6. Records 记录", "FM-IT-013 IT服务需求单（E-Form ITSR）。")],
        ["49/request-procedure"]),
    "problem": (5, "IT问题管理程序", "IT Problem Management Procedure", [
        ("1. Purpose 目的", "找出重复发生或重大IT事件的根本原因（Root Cause），消除问题，防止再发。"),
        ("2. Scope 范围", "Sev1/Sev2事件、同一现象30天内重复≥3次之事件、稽核及KPI异常所发现的问题。"),
        ("4. Responsibility 权责", "问题负责人（Problem Owner）由课长指派；信息部部长核准问题结案。"),
        ("5. Procedure 作业内容", "问题立案→分类与优先级→根因分析（5Why/鱼骨图）→Known Error登录知识库→经ECR/ECN执行解决方案→效果验证→结案；每月IT周会检讨未结案问题。"),
        ("6. Records 记录", "FM-IT-015 问题管理追踪表。")],
        ["20/procedure", "37/procedure"]),
    "change": (6, "IT变更管理程序（ECR/ECN）", "IT Change Management Procedure", [
        ("1. Purpose 目的", "对IT运维实施过程中的方案、系统、配置及资源变更进行有效管控，降低变更对生产的风险，完整记录变更过程。"),
        ("2. Scope 范围", "MES/EAP/RTD程序发布、服务器与网络设备配置、防火墙策略、资源调整等变更。"),
        ("3. Definition 定义", "ECR：Engineering Change Request 变更申请；ECN：Engineering Change Notice 变更通知；CCB：变更审查会议。"),
        ("5. Procedure 作业内容", "提出ECR→影响评估与测试（含回退方案Fallback）→CCB审查（每周二）→发ECN→于PM窗口实施→生产验证→ECN结案；紧急变更先经部长口头核准，24小时内补ECR/ECN。"),
        ("6. Records 记录", "FM-IT-016 ECR/ECN（E-Form），变更记录保存三年。")],
        ["54/procedure"]),
    "knowledge": (7, "IT知识管理程序", "IT Knowledge Management Procedure", [
        ("1. Purpose 目的", "累积IT运维经验，建立并维护IT知识库（Knowledge Base），提升问题解决效率。"),
        ("2. Scope 范围", "事件处理经验、Known Error、8D结论、原厂技术资料、训练教材。"),
        ("5. Procedure 作业内容", "工程师提交KB→课长审核→发布于KB系统→使用与评价→每季度回顾，过时条目下架。"),
        ("6. Records 记录", "KB系统条目及季度回顾记录。")],
        ["21/procedure"]),
    "slm": (8, "IT服务级别管理程序", "IT Service Level Management Procedure", [
        ("1. Purpose 目的", "规范IT及信息安全运维服务级别的策划、协商、签订、监视与审查。"),
        ("2. Scope 范围", "适用于对本厂各部门及对封测厂的IT服务协议（SLA）与内部运营级别协议（OLA）。"),
        ("5. Procedure 作业内容", "收集服务需求→制定服务目录与服务级别→与服务使用单位协商并签订SLA→每月统计SLA达成率→每季与封测厂召开服务审查会→依结果修订。"),
        ("6. Records 记录", "SLA、月度SLA达成报表、服务审查会议记录。")],
        ["39/slm-procedure"]),
    "secinc": (9, "信息安全事件管理及应急响应程序", "Security Incident & Emergency Response Procedure", [
        ("1. Purpose 目的", "明确信息安全事件的分类、上报、处理与事后处理，以及应急响应流程。"),
        ("3. Classification 事件分类", "依性质分为：恶意程序（病毒、勒索软件）、网络攻击、信息泄露/破坏、设备设施故障、其他；依影响分为特别重大、重大、较大、一般四级。机台（Tool PC）中毒列为较大以上。"),
        ("5.1 Reporting 事件上报流程", "发现人→Helpdesk（分机8000）→信息安全课值班→信息安全课课长→信息部部长；较大以上事件30分钟内通报厂长及封测厂IT窗口，涉及TISAX资料者同时通报客户。"),
        ("5.2 Handling 事件处理流程", "确认与分级→隔离（拔网线/关闭交换机端口）→根除→恢复→验证→结案。"),
        ("5.3 Emergency Response 应急响应流程", "启动紧急应变计划→成立应变小组→处置与对外沟通→恢复生产→解除应变。"),
        ("5.4 Post-incident 事后处理", "5个工作日内提交事件报告及8D，检讨改善并更新KB与应变计划。")],
        ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"]),
    "training": (10, "信息安全训练服务程序", "Security Training Service Procedure", [
        ("1. Purpose 目的", "规范信息部对本厂及封测厂提供的信息安全训练服务。"),
        ("5. Procedure 作业内容", "训练需求调查→年度训练计划→教材编写与审核→实施训练（签到）→测验→成效评估→训练记录归档于HR训练系统。")],
        ["31/training-process"]),
    "pentest": (11, "渗透测试管理程序", "Penetration Test Procedure", [
        ("1. Purpose 目的", "规范渗透测试的授权、范围、实施、报告与复测。"),
        ("5. Procedure 作业内容", "取得部长及系统Owner书面授权→确定范围与时间窗口（避开生产高峰及PM窗口）→信息收集→漏洞发现与验证→报告→修补→复测；生产网段（机台网）仅可做被动测试。")],
        ["31/pentest-process"]),
    "audit": (12, "内部稽核程序", "Internal Audit Procedure", [
        ("1. Purpose 目的", "依计划的时间间隔验证IT服务管理体系及ISMS符合标准要求、客户要求，并有效实施与维持。"),
        ("5. Procedure 作业内容", "年度稽核计划→稽核员资格（受训合格、不稽核本单位）→稽核检查表→首次会议→现场稽核→开立CAR→末次会议→矫正措施追踪与结案；与ISO 27001、IATF 16949联合稽核时由品保部DCC统筹。")],
        ["61/audit-system", "62/audit-mechanism"]),
    "monitor": (13, "IT服务监视与量测程序", "IT Service Monitoring & Measurement Procedure", [
        ("1. Purpose 目的", "对IT服务实现情况进行监视与量测，未达目标者采取矫正预防措施。"),
        ("5. Procedure 作业内容", "KPI定义（系统可用率、SLA达成率、满意度、客诉）→每月由KPI Dashboard统计→每月IT月会检讨→未达标项开立CAR/8D→每季向管理审查报告。")],
        ["61/monitoring-process", "62/monitoring-process"]),
    "improve": (14, "IT持续改善管理程序", "IT Continual Improvement Procedure", [
        ("1. Purpose 目的", "对改善措施进行识别、记录、核准、评估、量测与报告。"),
        ("5. Procedure 作业内容", "改善来源（稽核、管理审查、客诉、KPI未达标、事件及问题分析、改善提案）→登录改善提案表→依效益/成本/风险评分→部长核准→执行→成效量测→于管理审查报告。")],
        ["65/procedure"]),
    "preventive": (15, "矫正与预防措施程序", "Corrective & Preventive Action Procedure", [
        ("1. Purpose 目的", "对已发生的不符合采取矫正措施，对潜在不符合采取预防措施，消除其原因，防止发生。"),
        ("5. Procedure 作业内容", "潜在不符合来源：IT FMEA、趋势分析、PM发现的隐患、同业事故通报；预防措施经课长核准后执行，执行后一个月内验证有效性并记录于PAR。"),
        ("6. Records 记录", "FM-IT-031 CAR/PAR矫正预防措施单、8D报告、IT FMEA。")],
        ["66/preventive-actions"]),
}


def qp(co, d, key, rev="C", cites=()):
    n, name, title_en, secs, items = QP[key]
    code = "QP-IT-%03d" % n
    b = ctl(co, d, code, "Rev.%s" % rev, title_en) + revs(co, d, rev)
    for h, t in secs:
        b += [("h1", h), ("p", t)]
    if cites:
        b += [("h1", "7. Reference 参考文件"), ("p", "、".join("《%s》" % c for c in cites))]
    return Doc("qp:" + key, name, d, items, False, [("title", "%s %s" % (code, name))] + b)


def manual(co, d, chapters, pdca=True):
    """QM-IT-001 IT管理手册: its chapters are several procedures (and the PDCA model)."""
    names = ["Scope 适用范围", "Organization 组织与权责"] + (["PDCA Management Model 管理模式"] if pdca else []) + \
        [QP[k][1] for k in chapters]
    b = [("p", co.name), ("p", "信息部 Information Technology Division"), ("title", "IT管理手册 IT Management Manual")]
    b += ctl(co, d, "QM-IT-001", "Rev.D", "IT Management Manual") + revs(co, d, "D")
    b += [("h1", "Contents 目录")] + [("p", "%d  %s ........ %d" % (i, c, 3 + i * 2)) for i, c in enumerate(names, 1)]
    b += [("break",), ("h1", "1 Scope 适用范围"),
          ("p", "本手册适用于信息部对本厂及%s提供之IT及信息安全运维服务，与本厂ISO 9001/IATF 16949质量手册及ISO 27001 ISMS手册配合使用。" % co.customer),
          ("h1", "2 Organization 组织与权责"),
          ("p", "信息部下设CIM课、IT基础架构课、信息安全课，部长为IT服务管理代表。")]
    items = []
    if pdca:
        items += ["10/pdca", "61/audit-system"]
        b += [("h1", "3 PDCA Management Model 管理模式"),
              ("p", "Plan：依年度经营目标制定IT方针、KPI、服务目录与年度计划；Do：依程序文件及WI提供服务；Check：KPI月度监视、内部稽核、管理审查及第三方验证（ISO 27001、TISAX）；Act：CAR/8D、改善提案与持续改善计划。"),
              ("p", "每年至少一次内部稽核与管理审查，验证体系运行的有效性。")]
    for i, k in enumerate(chapters, 4 if pdca else 3):
        n, name, title_en, secs, its = QP[k]
        b.append(("h1", "%d %s（原QP-IT-%03d）" % (i, name, n)))
        for h, t in secs:
            b.append(("p", "%s：%s" % (h.split(" ", 1)[-1], t)))
        items += its
    return Doc("manual", "IT管理手册", d, sorted(set(items)), False, b)


# ---------------------------------------------------------------- WI 作业指导书

WI = {
    "mespm": ("WI-CIM-021", "MES服务器周PM作业指导书", "MES Server Weekly PM Work Instruction", [
        "于每周日08:00-10:00 PM窗口执行，执行前于交接班记录登记。",
        "检查MES AP Server丛集状态（crm_mon）、Oracle RAC节点与ASM磁盘组使用率（>80%需开单）。",
        "确认前一日RMAN备份Job成功；检查/var与/u01使用率；清理超过30天之trace档。",
        "执行结果填写FM-CIM-021 MES服务器周PM点检表，课长签核后扫描归档。"]),
    "eaprel": ("WI-CIM-024", "EAP程序发布作业指导书", "EAP Program Release Work Instruction", [
        "确认ECN已核准，并于测试机台（Dummy Tool）完成验证。",
        "通知制造部当班领班，机台切换为Offline后方可发布；每次发布不超过5台。",
        "发布后以Test Lot确认SECS/GEM通讯与Recipe下载正常，再切回Online。",
        "异常时依Fallback步骤回复前一版本并开立IT异常单。"]),
    "fwpm": ("WI-IT-032", "防火墙及网络设备月PM作业指导书", "Firewall & Network Monthly PM Work Instruction", [
        "登入防火墙检查HA状态、Session数、CPU/Memory；导出Running Config与基线比对。",
        "核心交换机检查风扇、电源、光模块收发光功率，清洁滤网除尘。",
        "检查防毒主机病毒码版本与用户端在线率。",
        "填写FM-IT-022 网络及安全设备月PM点检表。"]),
    "backup": ("WI-IT-035", "备份与还原作业指导书", "Backup & Restore Work Instruction", [
        "每日检查NetBackup Job报表，失败Job须于当班重跑。",
        "每季抽选一个系统执行还原测试，记录还原时间。",
        "磁带每周一送至异地（厂外仓库）保管，登记出入。"]),
    "logrev": ("WI-SEC-041", "安全日志审查作业指导书", "Security Log Review Work Instruction", [
        "每日检视SIEM告警，高风险告警30分钟内确认。",
        "每月汇整防火墙、IPS、AD、服务器及MES应用日志，出具安全日志审查月报。",
        "疑似入侵事件依QP-IT-009处理。"]),
}


def wi(co, d, key, rev="A"):
    code, name, title_en, steps = WI[key]
    b = ctl(co, d, code, "Rev.%s" % rev, title_en) + [
        ("h1", "1. Purpose 目的"), ("p", "规范%s之作业步骤，确保作业一致、安全，不影响生产。" % name.replace("作业指导书", "")),
        ("h1", "2. Scope 范围"), ("p", "适用于信息部执行本项作业之工程师及驻厂厂商工程师。"),
        ("h1", "3. Safety 注意事项"), ("p", "进入Fab须依无尘室着装规定；作业涉及生产系统须有ECN或PM窗口。"),
        ("h1", "4. Steps 作业步骤")] + [("p", "4.%d %s" % (i, s)) for i, s in enumerate(steps, 1)] + [
        ("h1", "5. Records 记录"), ("p", "作业记录依各表单保存一年以上。")]
    return Doc("wi:" + key, name, d, ["11/manuals", "24/work-instructions"], False, [("title", "%s %s" % (code, name))] + b)


def wi_book(co, d, keys):
    """One bound 作业指导书汇编: several modules' WIs in one document (one file, one document)."""
    b = [("title", "信息部作业指导书汇编 WI Compilation（%d版）" % d.year), stamp(co),
         ("p", "本汇编收录：%s" % "、".join(WI[k][0] for k in keys))]
    for k in keys:
        code, name, title_en, steps = WI[k]
        b += [("h1", "%s %s（%s）" % (code, name, title_en))] + [("p", "%d) %s" % (i, s)) for i, s in enumerate(steps, 1)]
    return Doc("wi_book", "作业指导书汇编", d, ["11/manuals", "24/work-instructions"], False, b)


def construction(co, d):
    b = [("title", "封测厂网络及安全设备建置项目施工手册 Project Implementation Manual")] + ctl(co, d, "WI-IT-030", "Rev.B", "Implementation Manual") + [
        ("h1", "1. Organization 项目组织"), ("p", "项目经理%s，实施工程师%s，厂商%s工程师2名。" % (co.p(1), co.p(4), co.vendor)),
        ("h1", "2. Preparation 施工准备"), ("p", "现场勘查（封测厂机房、Test区网络柜）、设备到货验收、割接方案审查。"),
        ("h1", "3. Implementation 施工步骤"), ("p", "上架加电→基础配置→策略迁移→联调测试→于停机窗口割接→试运行两周→验收。"),
        ("h1", "4. Safety 安全要求"), ("p", "施工期间不得变更生产网配置，进入测试区须穿防静电服。")]
    return Doc("construction", "施工手册", d, ["11/manuals"], False, b)


# ------------------------------------------------------- 服务导入 (onboarding the 封测厂)

def survey(co, d, time_req=True, sec=True):
    head = [("p", "FM-IT-051    调查期间：%s ~ %s    调查单位：%s 信息部" % (when(co, d - timedelta(days=20)), when(co, d), co.name)),
            ("h1", "1. Background 背景"),
            ("p", "依集团%d-%d年智能制造规划，%s之IT及信息安全运维自%d年起由本厂信息部依服务协议提供。为设计服务内容，"
             "信息部访谈封测厂厂长、生产部、品保部、设备部及IT窗口，并发放问卷32份（回收29份）。" % (d.year, d.year + 2, co.customer, d.year)),
            ("h1", "2. Method 调查方式"), ("p", "现场访谈、问卷、系统现况盘点（机台数量、连线方式、现有服务器与网络设备）。")]
    parts = [
        (time_req, ["1/survey"], [
            ("h1", "3. Service Hours 服务时间需求"),
            ("p", "封测厂采四班二运转24小时生产，MES、EAP及Tester连线须7x24支持；办公系统5x8（08:00-17:00）；"
             "年度大PM停机（Shutdown）期间须驻厂支持。"),
            ("table", [["System 系统", "Service Hours 服务时段", "Response 响应", "On-site 到场"],
                       [co.sys(0), "7x24", "15 min", "1 hr"], [co.sys(1), "7x24", "30 min", "2 hr"],
                       ["办公网/邮件", "5x8", "1 hr", "次工作日"]])]),
        (sec, ["5/survey"], [
            ("h1", "4. Security Service Requirements 安全服务需求与类型"),
            ("p", "封测厂客户（车用IC）要求TISAX及客户稽核，安全服务需求如下表，分为基础运维类、安全评估类、应急保障类、合规与训练类。"),
            ("table", [["Type 类型", "Requirement 需求", "Priority"],
                       ["基础运维类", "防火墙、IPS、防毒主机日常维护与监控", "High"],
                       ["安全评估类", "年度渗透测试、季度弱点扫描", "High"],
                       ["应急保障类", "机台中毒、勒索软件应急响应", "High"],
                       ["合规与训练类", "TISAX/等保配合、员工信息安全训练", "Medium"]])])]
    tail = [("h1", "5. Conclusion 结论"), ("p", "调查结果经封测厂IT窗口%s确认，作为服务协议及服务目录之输入。" % co.cp(0)),
            ("p", "调查人：%s    审核：%s" % (co.p(3), co.p(0)))]
    return text("survey", "%s IT服务需求调查报告 IT Service Requirement Survey" % co.customer, d, False, head, parts, tail)


def budget(co, d):
    rows = [[1, "MES/EAP连线维运", 18, "CIM工程师1.5人", 312000, "%d-01 导入" % d.year],
            [2, "服务器、网络及安全设备PM", 12, "基础架构工程师1人", 216000, "每月PM"],
            [3, "信息安全监控与日志审查", 8, "信息安全工程师0.7人", 168000, "每月报告"],
            [4, "渗透测试及弱点扫描", 1.5, "厂商%s" % co.vendor, 90000, "%d-09 前" % d.year],
            [5, "Helpdesk服务台", 12, "Helpdesk 1人", 132000, "%d-02 上线" % d.year],
            ["", "Total 合计", 51.5, "", 918000, ""]]
    return book("budget", "FY%d 封测厂IT服务预算表 IT Service Budget" % d.year, d, False,
                [("Budget", ["No.", "Work Item 工作项", "Workload 工作量(人月)", "Resource 人力资源", "Cost 项目经费(RMB)", "Milestone 项目节点"],
                  rows + [["编制：%s" % co.p(4), "", "审核：%s" % co.p(0), "", "核准：%s" % co.boss, when(co, d)]], ["2/budget"])])


def kickoff(co, d):
    b = [("title", "封测厂IT服务导入Kick-off会议记录 Meeting Minutes"),
         ("table", [["Date 日期", when(co, d), "Venue 地点", "%s 2F会议室" % co.customer],
                    ["Attendees 出席", "封测厂：%s、%s；信息部：%s、%s、%s" % (co.cp(0), co.cp(1), co.boss, co.p(0), co.p(1)), "记录", co.p(4)]]),
         ("h1", "Agenda 议题"), ("p", "1) 服务范围；2) 驻厂与值班方式；3) 报告与审查机制；4) 交接时程。"),
         ("h1", "Conclusion 会议决议（双方达成共识）"),
         ("p", "1. 服务范围：封测厂MES/EAP、Tester连线、服务器、网络及安全设备、Helpdesk；"),
         ("p", "2. 信息部派CIM工程师1名驻厂（日班），夜班由本厂值班工程师远程支持；"),
         ("p", "3. 每月提交IT服务月报，每季召开服务审查会；"),
         ("p", "4. 旧系统交接于两个月内完成。"),
         ("p", "以上决议双方同意，签认：封测厂 %s（签名）  信息部 %s（签名）" % (co.cp(0), co.boss))]
    return Doc("kickoff", "导入会议记录", d, ["3/communication"], False, b)


def history(co, d, parts):
    lst = [[i, n, s, "%d/01-%d/12" % (d.year - 1, d.year - 1), co.rng.randint(60, 9000), o]
           for i, (n, s, o) in enumerate([("IT异常单", "E-Form", "原封测厂IT"), ("系统当机记录", "MES Alarm Log", "原封测厂IT"),
                                           ("变更记录", "纸本变更单", "原封测厂IT"), ("防火墙告警", "FortiAnalyzer", "原封测厂IT"),
                                           ("备份Job报表", "NetBackup", "原封测厂IT")], 1)]
    ana = [["KPI完成情况", "MES可用率99.71%（目标99.9%）未达标；IT异常单准时结案率91%"],
           ["违例操作", "共享账号登入机台PC 14次；未经变更直接修改防火墙策略3次"],
           ["重大事件", "%d年6月EAP Server硬盘故障当机3.5小时，Tester区停线" % (d.year - 1)],
           ["重大(失败)变更", "MES升级失败回退1次（测试环境与生产版本不一致）"]]
    stra = [["强化变更管控", "导入ECR/ECN与CCB审查，变更前于测试机台验证", co.p(0), "Q1"],
            ["提升可用率", "EAP Server改为双机，增设监控告警", co.p(1), "Q2"],
            ["账号治理", "机台PC取消共享账号，导入PAM", co.p(2), "Q2"]]
    return book("history", "封测厂导入前IT运行数据分析", d, False,
                [("数据清单", ["No.", "数据名称", "来源", "期间", "笔数", "保管"], lst if "list" in parts else [], ["4/history-list"]),
                 ("分析报告", ["项目", "分析结果"], ana if "analysis" in parts else [], ["4/analysis"]),
                 ("保障策略及实施方案", ["策略", "实施方案", "负责人", "完成"], stra if "strategy" in parts else [], ["4/strategy"])])


def avail_kpi(co, d):
    rows = [["Overall 整体", "IT服务整体可用率", "全部生产系统", "≥99.9%", "Monthly"],
            ["Overall 整体", "Sev1事件数", "全部生产系统", "0", "Yearly"],
            ["Single 单系统", "%s Uptime" % co.sys(0), co.sys(0), "≥99.95%", "Monthly"],
            ["Single 单系统", "%s Uptime" % co.sys(1), co.sys(1), "≥99.9%", "Monthly"],
            ["Single 单系统", "FMCS监控系统可用率", "厂务FMCS", "≥99.9%", "Monthly"],
            ["Single 单系统", "MTTR 平均修复时间", co.sys(0), "≤30 min", "Monthly"]]
    return book("avail_kpi", "IT系统可用性指标清单 Availability KPI List", d, False,
                [("Availability KPI", ["Category 类别", "Indicator 指标", "Scope 适用", "Target 目标", "Period"], rows, ["6/availability-kpis"])])


def automation(co, d, auto=True):
    head = [("p", "Report No. IT-RPT-%d-%02d    Date: %s    Prepared: %s" % (d.year, d.month, when(co, d), co.p(3))),
            ("h1", "1. Review of Solutions 以往服务解决方案回顾"),
            ("p", "回顾过去一年为本厂及封测厂提供之41项解决方案：EAP Server双机化、RTD规则调优、防火墙策略整理、机台PC病毒码离线更新等。"),
            ("h1", "2. Production Impact 对生产的影响分析"),
            ("p", "其中5项方案实施时造成短暂生产影响（最长18分钟，均于PM窗口内），无方案造成Wafer报废；1项造成2批Lot Hold，经MRB判定可放行。")]
    parts = [(auto, ["7/automation"], [
        ("h1", "3. Security Incident Efficiency 安全事件解决效率"),
        ("p", "全年安全事件63件，平均处理时间4.2小时；其中机台PC USB病毒告警、弱密码告警等重复性事件占58%。"),
        ("h1", "4. Automation Candidates 未来可自动化服务"),
        ("p", "建议自动化：机台PC病毒码离线派送、弱密码稽核脚本、PM点检表自动生成、账号离职自动停用。")])]
    doc = text("automation", "IT服务回顾及自动化机会分析报告 Service Review & Automation Analysis", d, True, head, parts)
    doc.items = sorted(set(doc.items + ["7/impact-analysis"]))
    return doc


def sla_ola(co, d, sld=True, ola=True):
    head = ctl(co, d, "FM-IT-061", "Rev.B", "SLA/OLA Alignment")
    parts = [
        (sld, ["8/sld"], [("h1", "1. Service Level Design with Vendor 第三方服务级别设计"),
                          ("p", "与驻厂安全厂商%s约定：P1 15分钟响应/2小时恢复；P2 30分钟响应/8小时恢复；P3 4小时响应/2个工作日。" % co.vendor)]),
        (ola, ["8/ola"], [("h1", "2. Internal OLA 内部安全运营级别协议"),
                          ("p", "信息安全课与CIM课、IT基础架构课约定：P1 15分钟接手、2小时恢复；P2 30分钟接手、8小时恢复；P3 4小时接手。"),
                          ("p", "内部OLA时限与对厂商之服务级别设计一致，每半年对照审查。")])]
    return text("sla_ola", "SLA/OLA对照表 Service Level Design vs. OLA", d, False, head, parts)


def org(co, d, vendor=True, roles=True):
    head = ctl(co, d, "QM-IT-001-A1", "Rev.C", "IT Organization & Responsibility") + [
        ("h1", "1. Information Security Committee 信息安全委员会（安全领导小组）"),
        ("p", "主任委员：厂长；执行秘书：%s（信息部部长）；委员：制造部、品保部、设备部、厂务部、人资部主管。负责信息安全方针与资源决策。" % co.boss),
        ("h1", "2. Management Team 管理组"), ("p", "信息安全课课长%s：ISMS维护、风险评估、稽核。" % co.p(2))]
    ex = [["Execution 执行组", "CIM课", co.p(0), co.name], ["Execution 执行组", "IT基础架构课", co.p(1), co.name]]
    if vendor:
        ex.append(["Execution 执行组", "驻厂安全工程师（外包）", co.vp(0), co.vendor])
    parts = [(True, ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else []), [
        ("h1", "3. Execution Team 执行组"), ("table", [["组织", "单位/角色", "人员", "所属公司"]] + ex)]),
        (roles, ["18/roles", "23/roles"], [
            ("h1", "4. Roles 安全运维角色与职责"),
            ("table", [["Role 角色", "Responsibility 职责", "Org 对应组织", "Name"],
                       ["服务经理 Service Manager", "SLA管理、与封测厂沟通", "管理组", co.p(0)],
                       ["安全工程师", "弱点扫描、日志审查、应急响应", "执行组", co.p(5)],
                       ["系统工程师", "服务器及网络设备PM", "执行组", co.p(4)],
                       ["Helpdesk", "受理异常与需求、派工", "执行组", co.p(3)],
                       ["配置管理员", "CMDB维护", "管理组", co.p(1)]])])]
    return text("org", "信息部组织架构及权责 IT Organization Chart", d, False, head, parts)


def roster(co, d, vendor=True):
    rows = [[i + 1, co.p(i), ["CIM课长", "基础架构课长", "信息安全课长", "Helpdesk", "系统工程师", "安全工程师"][i], "信息部",
             "分机%d" % (6100 + i), ["PMP", "CCNP", "CISSP", "ITIL4", "RHCE", "CISP"][i]] for i in range(6)]
    if vendor:
        rows += [[7, co.vp(0), "驻厂安全工程师（外包）", co.vendor, "分机6190", "CISP"],
                 [8, co.vp(1), "驻厂网络工程师（外包）", co.vendor, "分机6191", "HCIE"]]
    its = ["9/staff-list"] + (["9/outsourcing"] if vendor else [])
    return book("roster", "信息部运维人员清单 IT Staff List", d, True,
                [("Staff", ["No.", "Name", "Position 岗位", "Company 单位", "Ext.", "Cert. 证照"], rows, its)])


def interface(co, d):
    b = [("title", "关于指定信息安全窗口（安全管理接口人）的通知"), ("p", "IT-NT-%d-%03d" % (d.year, co.rng.randint(3, 40))),
         ("p", "各部门、%s：" % co.customer),
         ("p", "为使客户稽核、TISAX评估、主管机关检查及封测厂之信息安全管理事务有统一窗口，指定信息安全课%s为安全管理接口人，"
          "负责安全事件通报、安全检查配合及安全管理文件之收发；%s为代理人。" % (co.p(2), co.p(5))),
         ("p", "信息部  %s" % cn(d))]
    return Doc("interface", "接口人通知", d, ["28/interface-person"], False, b)


def catalog(co, d, parts):
    rows, items = [], ["29/catalog"]
    ent = {"basic": (["12/catalog"], [("初始服务 Onboarding", "资产识别、配置项收集、流程导入"), ("安全设备运维", "防火墙、IPS、防毒主机维护与升级"),
                                      ("日常巡检 Daily Check", "每日设备状态、告警、病毒码检查"), ("健康检查 Health Check", "每季设备及MES/EAP健康检查"),
                                      ("安全事件审计", "网络/安全设备、服务器、应用日志审查")]),
           "l2": (["19/catalog"], [("运维监控与分析", "7x24监控，月度趋势分析"), ("终端安全监控", "办公PC及机台PC防毒、USB管控"),
                                   ("等级保护合规性运维", "依等保2.0进行合规检查与整改")]),
           "l1": (["26/catalog"], [("安全通告及漏洞分析", "漏洞、病毒、原厂通告收集分析"), ("应急响应服务", "7x24应急响应，Sev1 1小时到场")])}
    for p in parts:
        its, es = ent[p]
        items += its
        rows += [[n, c, co.rng.choice(["On-site", "Remote", "On-site+Remote"]), "记录/报告"] for n, c in es]
    b = [("title", "IT及信息安全服务目录 IT Service Catalog")] + ctl(co, d, "FM-IT-060", "Rev.B", "IT Service Catalog") + [
        ("p", "本目录列明信息部对本厂各部门及%s提供之服务。" % co.customer),
        ("table", [["Service 服务", "Content 内容", "Mode 方式", "Deliverable 交付"]] + rows)]
    return Doc("catalog", "服务目录", d, sorted(items), False, b)


def agreement(co, d, modes=True, kpis=True, health=True):
    head = [("p", "Agreement No. SA-IT-%d-%02d" % (d.year, co.rng.randint(1, 9))),
            ("p", "甲方（服务使用方）：%s    乙方（服务提供方）：%s 信息部" % (co.customer, co.name)),
            ("h1", "Article 1 Scope 服务范围"),
            ("p", "乙方为甲方提供%s、%s、服务器、网络及安全设备之IT及信息安全运维服务。" % (co.sys(0), co.sys(1)))]
    parts = [(modes, ["35/sla"], [("h1", "Article 2 Operation Mode 运维方式"),
                                  ("p", "驻场值守：乙方派CIM工程师1名驻甲方（日班）；定期巡检：每周PM、每月网络及安全设备PM；远程值守：夜班及假日由乙方值班工程师远程支持。")]),
             (kpis, ["36/sla"], [("h1", "Article 3 Service Level 服务级别与核心指标"),
                                 ("table", [["Indicator 指标", "Commitment 承诺"], ["%s可用率" % co.sys(0), "≥99.9%"],
                                            ["Sev1响应", "15 min"], ["Sev1恢复", "4 hr"], ["IT服务满意度", "≥85分"]])]),
             (health, ["15/agreement"], [("h1", "Article 4 Health Check 健康检查"),
                                         ("p", "每季一次健康检查，以现场检查为主、远程检查为辅；检查内容为设备及系统可用性、容量与冗余，检查后5个工作日内提交报告。")])]
    tail = [("h1", "Article 5 Term 期限"), ("p", "自%s起一年，期满无异议自动续约。" % cn(d)),
            ("p", "甲方（盖章）：%s    乙方（盖章）：%s" % (co.customer, co.name)), ("p", "签订日期：%s" % when(co, d))]
    doc = text("agreement", "IT服务协议（含服务级别协议SLA）IT Service Agreement", d, False, head, parts, tail)
    doc.items = sorted(set(doc.items + ["39/sla"]))
    return doc


def urs(co, d):
    b = [("title", "%s升级项目 URS及需求确认记录 User Requirement Specification" % co.sys(2)),
         ("p", "Project: %s Upgrade    Date: %s" % (co.sys(2), when(co, d))),
         ("table", [["No.", "Category 类别", "Requirement 需求", "User 确认"],
                    ["U-01", "Function 功能", "支持新Tester机型的Bin Map上传与良率分析", "已确认"],
                    ["U-02", "Performance 性能", "单Lot分析≤30秒，保留3年资料", "已确认"],
                    ["U-03", "Security 安全", "AD账号登入、权限分级、操作日志保存1年", "已确认"]]),
         ("p", "User签认：%s（%s品保部）" % (co.cp(1), co.customer))]
    return Doc("urs", "需求分析记录", d, ["11/requirements"], True, b)


def test_plan(co, d, fallback=True):
    head = ctl(co, d, "PRJ-%s-TP" % co.short, "Rev.A", "Test Plan") + [
        ("h1", "1. Scope 测试范围"), ("p", "%s升级改造涉及之AP Server、DB、机台接口。" % co.sys(2)),
        ("h1", "2. Test Items 测试项目"), ("p", "功能测试、性能测试、安全测试，及与旧系统之兼容测试（网络、系统、应用）。"),
        ("h1", "3. Schedule 时程"), ("p", "W1 环境建置；W2 功能测试；W3 性能及安全测试；W4 UAT。")]
    parts = [(fallback, ["25/rollback", "11/rollback"], [
        ("h1", "4. Fallback Plan 回退措施"),
        ("p", "切换前完整备份DB与AP；切换失败于30分钟内切回旧系统，回退步骤已于测试环境演练。")])]
    doc = text("test_plan", "%s升级改造测试计划 Test Plan" % co.sys(2), d, False, head, parts)
    doc.items = sorted(set(doc.items + ["25/test-plan"]))
    return doc


def compat(co, d):
    b = [("title", "兼容性验证报告 Compatibility Verification Report"), ("p", "Date: %s    Verified by: %s" % (when(co, d), co.p(0))),
         ("table", [["Item", "Content", "Result"], ["Network 网络兼容", "新DB Server与现网VLAN、防火墙策略", "Pass"],
                    ["System 系统兼容", "RHEL 8与原Oracle 19c、备份Agent", "Pass"],
                    ["Application 应用兼容", "%s Client与旧版报表" % co.sys(0), "Pass"]]),
         ("p", "结论：改造后与旧系统兼容，可上线。")]
    return Doc("compat", "兼容性验证报告", d, ["11/compatibility"], True, b)


def baseline(co, d):
    rows = [["Account", "密码复杂度", "≥10位，含大小写、数字、符号", "Windows/Linux"],
            ["Account", "登入失败锁定", "5次锁定30分钟", "Windows/Linux"],
            ["Service", "关闭高风险服务", "停用Telnet/FTP/SMBv1", "全部主机"],
            ["Tool PC", "USB管控", "禁用USB储存，仅白名单", "机台PC"],
            ["Logging", "日志外送", "Syslog送SIEM", "网络及安全设备"]]
    return book("baseline", "安全配置基线 Security Baseline Rev.B", d, False,
                [("Baseline", ["Category", "Check Item 检查项", "Requirement 基线要求", "Target 适用"], rows, ["25/baseline"])])


def assets(co, d):
    rows = []
    devs = [("FW", "防火墙", "FortiGate 1800F", "厂区边界/机台网隔离", "port1-CoreSW"), ("IPS", "入侵防御", "TippingPoint 2600NX", "入侵侦测", "Inline"),
            ("CSW", "核心交换机", "Cisco C9500", "Fab骨干", "Te1/0/1-FW"), ("AV", "防毒主机", "Trend Apex One Server", "防毒派送", "VLAN 20"),
            ("MES", "MES AP Server", "HPE DL380 Gen10", co.sys(0), "Bond0-CSW"), ("EAP", "EAP Server", "Dell R750", co.sys(1), "Bond0-CSW")]
    for i, (t, n, m, f, port) in enumerate(devs, 1):
        rows.append(["%s-%s-%03d" % (co.short, t, i), n, "网络安全设备" if t in ("FW", "IPS", "CSW", "AV") else "服务器", m, f,
                     "%s FAB 3F 机房 Rack %s%d" % (co.city, "ABCD"[i % 4], i), port, "生产", ["A", "A", "A", "B", "A", "A"][i - 1],
                     "HA" if i < 4 else "RAID+备份", "FW %d.%d" % (co.rng.randint(6, 9), co.rng.randint(0, 9))])
    return book("assets", "IT资产清单 IT Asset Register", d, True,
                [("Asset", ["Asset Tag 标识", "Name 名称", "Type 种类", "Model 型号", "Function 功能", "Location 位置", "Port 端口",
                            "Deploy 部署", "Class 分级", "Protection 保护", "Software Config 软件配置"], rows, ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel=True):
    head = ["CI ID", "CI Name", "Type", "Version", "Owner", "Confidentiality", "Integrity", "Availability"] + (["Parent CI", "Child CI"] if rel else [])
    rows = []
    cis = [("FW策略组 Fab-Edge", "Security Config"), ("IPS Profile", "Security Config"), ("%s AP配置" % co.sys(0), "App Config"),
           ("Oracle RAC参数", "DB Config"), ("EAP Driver清单", "App Config"), ("AD GPO 机台PC", "Security Config")]
    for i, (n, t) in enumerate(cis, 1):
        r = ["CI-%05d" % (2100 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i % 5),
             ["Confidential", "Internal", "Confidential", "Confidential", "Internal", "Internal"][i - 1], "Hash校验+变更须ECN", "每日备份/HA"]
        if rel:
            r += ["CI-%05d" % (2100 + (i % 6) + 1) if i > 1 else "—", "CI-%05d" % (2100 + ((i + 1) % 6) + 1)]
        rows.append(r)
    return book("cmdb", "CMDB配置项导出 CMDB Export", d, True,
                [("CI", head, rows, ["27/cmdb"] + (["38/cmdb-relations"] if rel else []))])


def ci_history(co, d):
    rows = []
    for i in range(7):
        dd = d - timedelta(days=19 * i)
        rows.append([iso(dd), "CI-%05d" % (2101 + i % 6), ["新增策略", "特征库更新", "参数调整", "Driver升版", "GPO调整", "版本升级", "账号清理"][i],
                     "ECN-%s-%d%03d" % (co.short, dd.year, 80 - i), co.p(4), co.p(1)])
    return book("ci_history", "配置项变更履历 CI Change History", d, True,
                [("History", ["Date", "CI", "Change 更新内容", "ECN No.", "执行", "复核"], rows, ["43/ci-updates"])])


# ------------------------------------------------------------------- 运维记录 (records)

def sec_book(co, d, kinds):
    """FM-IT-021 网络及安全设备维护记录: one workbook, a sheet per record kind."""
    days = [d - timedelta(days=7 * i) for i in range(8)]
    pm = [[iso(x), co.rng.choice(["FW-001", "IPS-002", "CSW-003"]), "清洁滤网除尘、风扇/电源检查、日志清理", "OK", co.p(4)] for x in days] if "pm" in kinds else []
    st = [[iso(x), "FW-001", "%d%%" % co.rng.randint(8, 45), "%d%%" % co.rng.randint(30, 65), co.rng.randint(30000, 160000), "HA Sync", co.p(4)] for x in days] if "status" in kinds else []
    av = [[iso(x), "Apex One / 机台PC离线派送", "%d.%03d.00" % (co.rng.randint(18, 19), co.rng.randint(100, 999)),
           co.rng.choice(["未发现病毒", "清除 WORM_DOWNAD 1笔（机台PC）", "未发现病毒"]), co.p(5)] for x in days[:5]] if "virus" in kinds else []
    up = [[iso(days[2]), "FW-001", "FortiOS 7.2.8", "FortiOS 7.2.10", "ECN核准，验证OK"],
          [iso(days[6]), "IPS-002", "DV 4.0.0.9810", "DV 4.0.0.9874", "OK"]] if "upgrade" in kinds else []
    ft = [[iso(days[1]), "CSW-003", "电源模块告警", "硬件故障", "更换PSU，备品出库", "35 min"],
          [iso(days[4]), "IPS-002", "Segment 3 link down", "光模块故障", "更换SFP", "20 min"]] if "fault" in kinds else []
    hw = []
    if "hwstat" in kinds:
        for x in [d - timedelta(days=30 * i) for i in range(6)]:
            n = co.rng.randint(0, 2)
            hw.append(["%d-%02d" % (x.year, x.month), n, co.rng.choice(["PSU", "风扇", "SFP", "硬盘"]) if n else "—",
                       co.rng.randint(15, 60) * n])
        hw.append(["Total 合计", sum(h[1] for h in hw), "", sum(h[3] for h in hw)])
    sheets = [("月PM", ["Date", "Device", "PM内容", "Result", "PM人员"], pm, ["14/maintenance", "44/maintenance"]),
              ("状态检查", ["Date", "Device", "CPU", "Memory", "Session", "HA", "检查人"], st, ["44/inspection", "45/monitoring"]),
              ("病毒码及查杀", ["Date", "Scope 范围", "Pattern 病毒码", "Result 查杀结果", "执行人"], av, ["44/virus-scan", "45/antivirus"]),
              ("升级记录", ["Date", "Device", "Before", "After", "Verify"], up, ["44/upgrades"]),
              ("异常处理", ["Date", "Device", "Symptom 现象", "Type", "Action 检测与排除", "Downtime"], ft, ["44/faults"]),
              ("硬件故障统计", ["Month", "HW Fault Qty", "Main Part", "Downtime(min)"], hw, ["14/hardware-faults"])]
    sheets = [s for s in sheets if s[2] or co.rng.random() < 0.5]
    return book("sec_book", "FM-IT-021 网络及安全设备维护记录 %d" % d.year, d, True, sheets)


def pm_sheet(co, d, av=True):
    """FM-IT-022 网络及安全设备月PM点检表, filled in, signed and scanned."""
    rows = [["Device", "Item 点检项目", "Standard 标准", "Result", "Remark"],
            ["FW-001", "HA状态/Session/CPU", "HA同步、CPU<70%", "OK", "CPU 31%"],
            ["FW-001", "风扇/电源/除尘", "无告警", "OK", "已清洁"],
            ["IPS-002", "特征库版本/告警", "最新版本", "OK", ""],
            ["CSW-003", "光模块收发光功率", "-7~-1 dBm", "OK", "Te1/0/5 -6.8dBm"]]
    its = ["14/maintenance", "44/maintenance", "44/inspection", "45/monitoring"]
    if av:
        rows += [["AV Server", "病毒码版本/用户端在线率", "≤1日/≥98%", "OK", "在线率98.9%"],
                 ["AV Server", "月度全面扫描", "完成", "OK", "清除1笔（OA PC）"]]
        its += ["44/virus-scan", "45/antivirus"]
    b = [("title", "FM-IT-022 网络及安全设备月PM点检表 Network & Security Monthly PM Checklist"),
         ("p", "PM Month: %d-%02d    PM Date: %s    Executor: %s" % (d.year, d.month, when(co, d), co.p(4))),
         ("table", rows), ("p", "执行人签名：%s    课长确认：%s（签名）" % (co.p(4), co.p(1)))]
    return Doc("pm_sheet", "月PM点检表", d, its, True, b)


def server_pm(co, d):
    """FM-CIM-021 MES/EAP服务器周PM点检表: health of the business systems."""
    rows = []
    for i in range(4):
        x = d - timedelta(days=7 * i)
        rows.append([iso(x), "MES-AP01/02", "Online 2/2", "+DATA 71%", "RMAN OK", "%d days" % co.rng.randint(20, 300), co.p(3)])
        rows.append([iso(x), "EAP-SV01", "Active/Standby", "/u01 %d%%" % co.rng.randint(40, 80), "NBU OK", "%d days" % co.rng.randint(20, 300), co.p(3)])
    return book("server_pm", "FM-CIM-021 MES/EAP服务器周PM点检表 Server Weekly PM", d, True,
                [("周PM", ["PM Date", "Server", "Cluster 可用性", "Disk 容量", "Backup 备份", "Uptime 持续运行", "PM人员"], rows, ["46/records"])])


def health(co, d, collect=False):
    head = [("p", "Check Mode 检查方式：%s    Date: %s    Checked by: %s" % (co.rng.choice(["现场检查 On-site", "远程检查 Remote"]), when(co, d), co.p(1))),
            ("h1", "1. Scope 检查范围"), ("p", "防火墙、IPS、核心交换机、防毒主机及%s、%s。" % (co.sys(0), co.sys(1))),
            ("h1", "2. Availability & Continuity 可用性与持续性"),
            ("table", [["Object", "Availability", "Uptime", "Redundancy", "Result"],
                       ["FW-001", "100%", "211 days", "HA OK", "Healthy"], [co.sys(0), "99.97%", "64 days", "RAC 2 nodes", "Healthy"],
                       [co.sys(1), "99.92%", "37 days", "Active/Standby", "Watch"]])]
    parts = [(collect, ["16/config", "16/traffic", "16/status"], [
        ("h1", "3. Data Collection 信息采集"),
        ("p", "系统配置：导出防火墙、核心交换机Running Config与基线比对，差异1项已开ECR；"),
        ("p", "流量信息：Fab骨干峰值6.2Gbps、均值2.4Gbps，机台网无异常广播；"),
        ("p", "系统状态：CPU、Memory、Disk、Session均在阈值内。")])]
    tail = [("h1", "4. Suggestion 建议"), ("p", "%s建议于下次大PM增设第二节点。" % co.sys(1))]
    doc = text("health", "%s 季度健康检查报告 Health Check Report" % q(d), d, True, head, parts, tail)
    doc.items = sorted(set(doc.items + ["15/records", "46/records", "14/maintenance", "44/inspection"]))
    return doc


def collect(co, d, which):
    x = [d - timedelta(days=30 * i) for i in range(6)]
    return book("collect", "安全信息采集记录 Security Data Collection", d, True, [
        ("Config备份", ["Date", "Device", "Config Backup", "Baseline Diff", "执行"],
         [[iso(t), co.rng.choice(["FW-001", "CSW-003", "IPS-002"]), "OK", "%d项" % co.rng.randint(0, 2), co.p(4)] for t in x] if "config" in which else [], ["16/config"]),
        ("Traffic流量", ["Date", "Link", "Peak", "Avg", "Top Talker"],
         [[iso(t), "Fab骨干", "%.1fGbps" % (co.rng.randint(40, 70) / 10), "%.1fGbps" % (co.rng.randint(15, 30) / 10), "YMS-DB"] for t in x] if "traffic" in which else [], ["16/traffic"]),
        ("Status状态", ["Date", "Device", "CPU", "Mem", "Session"],
         [[iso(t), "FW-001", "%d%%" % co.rng.randint(10, 50), "%d%%" % co.rng.randint(30, 70), co.rng.randint(40000, 150000)] for t in x] if "status" in which else [], ["16/status"])])


def log_review(co, d):
    b = [("title", "安全日志审查月报 Security Log Review Report（%d-%02d）" % (d.year, d.month)),
         ("p", "Prepared: %s    Date: %s" % (co.p(5), when(co, d))),
         ("h1", "1. Network & Security Devices 网络及安全设备日志"),
         ("p", "FortiGate/IPS日志共%d万笔；外部扫描来源IP 22个已封锁；机台网至办公网异常连线0笔。" % co.rng.randint(3000, 9000)),
         ("h1", "2. Servers & OS 服务器与操作系统日志"),
         ("p", "AD登入失败峰值2次（密码过期）；Linux sudo使用均有ECN对应。"),
         ("h1", "3. Applications 网络应用日志"),
         ("p", "%s应用日志：异常权限变更0笔；YMS报表大量下载告警1笔，确认为月结需求。" % co.sys(0)),
         ("h1", "4. Conclusion 结论"), ("p", "本月未发现入侵，建议机台PC加速淘汰Windows 7。")]
    return Doc("log_review", "日志审查月报", d, ["17/log-analysis", "45/audit-report", "47/audit"], True, b)


def sec_stats(co, d, analysis=True):
    rows = []
    for m in range(max(1, d.month - 5), d.month + 1):
        a, b_, c = co.rng.randint(0, 5), co.rng.randint(0, 7), co.rng.randint(0, 1)
        rows.append(["%d-%02d" % (d.year, m), a, b_, c, 1, a + b_ + c + 1])
    ana = [["机台PC USB病毒事件占比最高，集中于Tester区；建议USB白名单与离线病毒码派送。"],
           ["网络攻击以外部扫描为主，无成功入侵。"]] if analysis else []
    return book("sec_stats", "信息安全事件统计分析 %s" % q(d), d, True, [
        ("统计", ["Month", "恶意程序", "网络攻击", "信息泄露/破坏", "设备故障", "Total"], rows, ["18/incident-stats"]),
        ("分析", ["Analysis 分析"], ana, ["18/incident-analysis"])])


def avail_plan(co, d):
    b = [("title", "IT系统可用性管理计划 Availability Plan")] + ctl(co, d, "PLN-IT-004", "Rev.A", "Availability Plan") + [
        ("h1", "1. Target 目标"), ("p", "%s可用率≥99.95%%，其他生产系统≥99.9%%。" % co.sys(0)),
        ("h1", "2. Measures 保障措施"), ("p", "RAC双节点、EAP双机、核心网路冗余、每季切换演练、容量监控。"),
        ("h1", "3. Monitoring & Report 可用性事件监控与报告"), ("p", "所有当机事件登录系统当机记录表，每月报告可用率执行情况并提出改进。")]
    return Doc("avail_plan", "可用性计划", d, ["18/availability-plan", "22/plan"], False, b)


def downtime(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=29 * i)
        rows.append([iso(x), co.sys(i % 3), co.rng.choice(["Unplanned 非计划", "Unplanned 非计划", "Planned 计划"]), "%d min" % co.rng.randint(3, 95),
                     co.rng.choice(["DB Lock", "网络交换机重启", "AP Hang", "电力闪断（UPS切换）"]), "已恢复，IT异常单结案"])
    return book("downtime", "FM-IT-012 系统当机记录表 System Downtime Log %d" % d.year, d, True,
                [("Downtime", ["Date", "System", "Type", "Duration", "Cause", "Action"], rows,
                  ["18/availability-events", "22/events", "43/process-records"])])


def avail_report(co, d):
    b = [("title", "IT系统可用率月报 Availability Report（%d-%02d）" % (d.year, d.month)), ("p", "Date: %s" % when(co, d)),
         ("table", [["System", "Target", "Actual", "Downtime Events", "Met?"], [co.sys(0), "99.95%", "99.98%", 1, "Y"],
                    [co.sys(1), "99.9%", "99.86%", 2, "N"], ["FMCS", "99.9%", "100%", 0, "Y"]]),
         ("p", "改进：%s未达标，原因为单机架构，已列入可用性改进（EAP双机化）。" % co.sys(1))]
    return Doc("avail_report", "可用率报告", d, ["18/availability-report", "22/report"], True, b)


def kb(co, d):
    rows = [["KB-%04d" % (310 + i), t, "Known Error" if i % 2 else "How-to", co.p(i % 5), "Published"]
            for i, t in enumerate(["EAP SECS T3 Timeout排除", "RTD Dispatch规则失效处理", "MES Lot Hold无法解除", "FortiGate HA切换SOP",
                                   "机台PC病毒码离线更新", "Oracle ASM磁盘告警处理"], 1)]
    return book("kb", "IT知识库导出 KB Export", d, True,
                [("KB", ["KB No.", "Title 标题", "Category", "Author", "Status"], rows, ["21/knowledge-base"])])


def itsr(co, d, resp=True):
    head = ["Form No.", "Type 类别", "Submit 提出时间", "Response 响应时间", "Close 结案时间", "Subject 主旨", "Owner", "Status"]
    rows = []
    for i in range(12):
        x = d - timedelta(days=6 * i)
        rows.append(["ITSR%s%03d" % (ymd(x)[2:], i + 1), co.rng.choice(["IT异常 Incident", "服务需求 Request", "账号申请", "IT异常 Incident"]),
                     "%s %02d:%02d" % (iso(x), 8 + i % 9, i * 4), "%s %02d:%02d" % (iso(x), 8 + i % 9, i * 4 + 9),
                     "%s 17:30" % iso(x), co.rng.choice(["EAP连线中断", "MES账号开通", "Tester PC蓝屏", "RTD报表需求", "VPN权限"]), co.p(i % 5), "Closed"])
    if not resp:
        head = head[:3] + head[4:]
        rows = [r[:3] + r[4:] for r in rows]
    return book("itsr", "E-Form IT服务单导出 ITSR Export", d, True,
                [("ITSR", head, rows, ["43/process-records"] + (["55/response-times"] if resp else []))])


def ecn(co, d):
    rows = []
    for i in range(8):
        x = d - timedelta(days=13 * i)
        rows.append(["ECN-%s-%d%03d" % (co.short, x.year, 90 - i), "ECR-%d%03d" % (x.year, 88 - i), iso(x),
                     co.rng.choice(["MES程序发布", "FW策略新增", "EAP Driver升版", "RTD规则调整", "交换机端口变更"]),
                     co.rng.choice(["Low", "Medium"]), co.p(0), "CCB %s" % iso(x - timedelta(days=2)), "Success", "N/A"])
    return book("ecn", "E-Form ECN变更记录导出 ECN Export", d, True,
                [("ECN", ["ECN No.", "ECR No.", "Date", "Change 变更内容", "Risk", "Approver", "CCB", "Result", "Fallback"], rows,
                  ["54/records", "43/process-records"])])


def ecn_form(co, d, n):
    """One ECN, printed from the E-Form, signed at the CCB and scanned."""
    what = co.rng.choice([("EAP Driver升版（Tester T-%02d~T-%02d）" % (n, n + 4), co.sys(1)), ("FW策略新增：封测厂AOI网段至YMS", "FW-001"),
                          ("MES Hold规则调整", co.sys(0))])
    b = [("title", "ECN 变更通知单 Engineering Change Notice"),
         ("table", [["ECN No.", "ECN-%s-%d%03d" % (co.short, d.year, n)], ["ECR No.", "ECR-%d%03d" % (d.year, n - 1)],
                    ["Change 变更内容", what[0]], ["System/CI", what[1]], ["Risk 风险评估", "Medium：影响Test区连线，于PM窗口执行"],
                    ["Test 测试验证", "Dummy Tool验证OK（附件1）"], ["Fallback 回退方案", "保留前版Driver，10分钟内回复"],
                    ["CCB 审查", "%s CCB核准（%s、%s签名）" % (when(co, d - timedelta(days=3)), co.p(0), co.boss)],
                    ["Implementation 实施", "%s 02:00-03:30 完成，生产验证OK" % iso(d)], ["Close 结案", "%s 签名" % co.p(3)]])]
    return Doc("ecn_form", "ECN", d, ["54/records", "43/process-records"], True, b)


def desk(co, d):
    b = [("title", "关于成立IT Helpdesk服务台的通知"), ("p", "IT-NT-%d-%03d" % (d.year, co.rng.randint(1, 30))),
         ("p", "为统一受理本厂及%s之IT异常与服务需求，信息部成立IT Helpdesk服务台。" % co.customer),
         ("p", "职责：7x24受理分机8000、E-Form、Email；登记IT异常单、初步处理、派工、追踪与回访。"),
         ("p", "人员：%s、%s（轮班）；Email: helpdesk@%s.com.cn" % (co.p(3), co.p(4), co.short.lower())),
         ("p", "信息部  %s" % cn(d))]
    return Doc("desk", "服务台", d, ["48/service-desk"], False, b)


def desk_train(co, d):
    rows = [[i + 1, co.p(3 + i % 3) if i < 3 else co.vp(i % 3), "Helpdesk", "%d" % co.rng.randint(80, 98), "签名"] for i in range(5)]
    return book("desk_train", "Helpdesk服务台人员训练记录 Training Record", d, True,
                [("Training", ["No.", "Name", "Role", "Score", "Sign"],
                  [["课程：Helpdesk受理与分级、E-Form派工、Sev1通报流程", "讲师：%s" % co.p(0), "日期：%s" % when(co, d), "", ""]] + rows,
                  ["48/training"])])


def bulletin(co, d, n, full=True):
    head = [("p", "IT-SB-%d-%02d    发布：信息安全课    %s" % (d.year, n, when(co, d))),
            ("h1", "1. Vulnerability 漏洞通告"),
            ("p", "CVE-%d-%04d Windows SMB远程代码执行，影响机台PC（Win10 LTSC）；已排定于PM窗口更新。" % (d.year, co.rng.randint(1000, 9999))),
            ("h1", "2. Vendor Advisory 原厂安全通告"), ("p", "Fortinet、Oracle本月安全更新，涉及FortiOS及DB CPU。")]
    parts = [(full, ["52/virus", "52/policy", "52/analysis"], [
        ("h1", "3. Virus 病毒通告"), ("p", "半导体业勒索软件攻击通报：经由机台厂商远程维护通道入侵。"),
        ("h1", "4. Industry & Regulation 业界动态与政策法规"), ("p", "收集《网络数据安全管理条例》及汽车客户TISAX要求更新。"),
        ("h1", "5. Analysis 分析与建议"), ("p", "本厂受影响机台PC 37台、服务器4台，已开ECR排定修补；厂商远程维护一律经跳板机。")])]
    doc = text("bulletin", "信息安全通报 Security Bulletin 第%d期" % n, d, True, head, parts)
    doc.items = sorted(set(doc.items + ["52/vulnerability", "53/bulletin"]))
    return doc


def pt_plan(co, d):
    b = [("title", "%d年度渗透测试计划 Penetration Test Plan" % d.year)] + ctl(co, d, "PLN-SEC-002", "Rev.A", "PT Plan") + [
        ("table", [["Target", "Window", "Method", "Executor"], ["对外网站/VPN", "%d-04" % d.year, "黑箱", co.vendor],
                   [co.sys(2), "%d-09" % d.year, "灰箱", co.vendor], ["机台网（被动）", "%d-11" % d.year, "被动侦测", co.p(5)]])]
    return Doc("pt_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pt_report(co, d):
    b = [("title", "%s 渗透测试报告 Penetration Test Report" % co.sys(2)), ("p", "Tester: %s    Date: %s    授权书编号：AUTH-%s" % (co.vendor, when(co, d), ymd(d))),
         ("h1", "1. Findings 发现"), ("table", [["ID", "Vulnerability", "Risk", "Status"], ["PT-01", "弱密码（测试账号）", "High", "已修复"],
                                               ["PT-02", "TLS 1.0启用", "Medium", "已修复"], ["PT-03", "目录遍历", "Medium", "复测通过"]]),
         ("h1", "2. Retest 复测"), ("p", "%s完成复测，高风险项全部关闭。" % cn(d + timedelta(days=14)))]
    return Doc("pt_report", "渗透测试报告", d, ["31/pentest-records", "32/pentest-records"], True, b)


def dev_plan(co, d):
    b = [("title", "%d年CIM/IT自动化工具开发计划 Tool Development Roadmap" % (d.year + 1))] + ctl(co, d, "PLN-IT-009", "Rev.A", "Tool Roadmap") + [
        ("table", [["Tool 工具", "Purpose", "Owner", "Schedule"], ["机台PC病毒码离线派送工具", "封测厂及本厂机台PC防毒", co.p(5), "Q1"],
                   ["PM点检自动化脚本", "自动产生PM点检表", co.p(4), "Q2"], ["账号异动稽核Bot", "离职账号自动停用", co.p(3), "Q3"]]),
        ("p", "依封测厂需求与本部门能力编制，经部长核准。")]
    return Doc("dev_plan", "工具开发计划", d, ["33/dev-plan"], False, b)


def grading(co, d):
    b = [("title", "%s 网络安全等级保护定级报告" % co.sys(0)), ("p", "定级日期：%s" % when(co, d)),
         ("p", "业务信息安全保护等级：第二级；系统服务安全保护等级：第三级；最终定级：第三级。"),
         ("p", "已向%s公安机关备案，备案编号%d%05d-000%d。" % (co.city, d.year, co.rng.randint(0, 99999), co.rng.randint(1, 9)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def criteria(co, d):
    b = [("title", "信息系统安全保护等级划分标准")] + ctl(co, d, "STD-SEC-003", "Rev.A", "System Grading Criteria") + [
        ("p", "依GB/T 22240-2020，按业务信息与系统服务受破坏后侵害之客体及程度确定等级。"),
        ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织之合法权益", "第一级", "第二级", "第二级"],
                   ["社会秩序、公共利益", "第二级", "第三级", "第四级"]])]
    return Doc("criteria", "分级标准", d, ["51/grading-criteria"], False, b)


def tisax_class(co, d):
    b = [("title", "信息资产分级规范（TISAX）Information Classification")] + ctl(co, d, "STD-SEC-001", "Rev.C", "Information Classification") + [
        ("p", "信息分为Public、Internal、Confidential、Strictly Confidential四级；客户Prototype资料列为Strictly Confidential。"),
        ("p", "标示、存取、传输及销毁要求见附表。")]
    return Doc("tisax_class", "信息分级规范", d, [], False, b)


# ---------------------------------------------------------------- 应急 (emergency)

def erp(co, d, strategy=True, recovery=False):
    head = ctl(co, d, "PLN-IT-001", "Rev.E", "IT Emergency Response Plan") + [
        ("h1", "1. General 总则"), ("p", "为建立IT应急事件响应机制及恢复保障，确保Fab及封测厂生产连续，制定本计划。"),
        ("h1", "2. Organization 应变组织"), ("p", "应变指挥官：%s；成员：CIM课、基础架构课、信息安全课值班人员及驻厂厂商。" % co.boss),
        ("h1", "3. Levels & Response 分级与响应"), ("p", "Sev1：15分钟内响应、30分钟内到场；Sev2：30分钟响应。"),
        ("h1", "4. Process 处置流程"), ("p", "通报→研判→启动→处置→恢复→解除→检讨（8D）。")]
    parts = [(strategy, ["55/plan"], [("h1", "5. Recovery Strategy 恢复策略"),
                                      ("p", "MES/EAP：RTO≤2小时、RPO≤15分钟，Oracle DataGuard切换至备援机房；其他系统由备份还原。")]),
             (recovery, ["36/recovery-plan"], [("h1", "6. System Recovery Plan 系统恢复计划"),
                                               ("p", "依优先级恢复：网络→DB→MES→EAP→RTD→SPC/YMS；各系统步骤见附件A。")])]
    doc = text("erp", "IT紧急应变计划 IT Emergency Response Plan", d, False, head, parts)
    doc.items = sorted(set(doc.items + ["36/emergency-plan", "53/emergency-plan"]))
    return doc


def ocap(co, d, recovery=True):
    head = ctl(co, d, "OCAP-CIM-001", "Rev.B", "MES Down OCAP") + [
        ("h1", "1. Trigger 触发条件"), ("p", "MES无法Track-in/Track-out超过10分钟，或全厂EAP断线。"),
        ("h1", "2. Action 应变措施"),
        ("p", "1) 值班工程师通报Sev1，CIM课长启动OCAP；2) 制造部切换Offline作业，以纸本Run Card记录；3) 暂停派工，在制Lot Hold；"
         "4) 受影响Lot恢复后由品保开MRB评审。")]
    parts = [(recovery, ["36/recovery-plan"], [("h1", "3. Recovery 系统恢复步骤"),
                                               ("p", "确认DB→重启AP丛集→EAP重新连线→补登Offline期间交易→抽检10批Lot履历→解除Hold。")])]
    doc = text("ocap", "MES Down OCAP 系统当机应变计划", d, False, head, parts)
    doc.items = sorted(set(doc.items + ["36/emergency-plan", "53/emergency-plan"]))
    return doc


def bcp(co, d):
    b = [("title", "IT业务持续计划 IT Business Continuity Plan")] + ctl(co, d, "PLN-IT-002", "Rev.C", "IT BCP") + [
        ("h1", "1. BIA 业务冲击分析"), ("p", "关键业务：%s、%s；最大可容忍中断4小时（Fab在制品Q-time限制）。" % (co.sys(0), co.sys(1))),
        ("h1", "2. Emergency & DR 应急与灾难复原机制"), ("p", "由IT紧急应变计划、MES Down OCAP与DR计划构成。"),
        ("h1", "3. Exercise 演练与维护"), ("p", "每年至少演练一次，每年审查更新。")]
    return Doc("bcp", "业务持续计划", d, ["42/bcp"], False, b)


def drill(co, d, kind):
    t = {"e": "MES当机应变演练记录", "r": "Oracle DataGuard切换恢复演练记录", "s": "机台PC勒索软件应变演练记录"}[kind]
    its = {"e": ["40/emergency-drill", "53/drill"], "r": ["40/recovery-drill", "53/drill"], "s": ["40/emergency-drill", "53/drill"]}[kind]
    b = [("title", "%s Drill Record" % t),
         ("table", [["Drill", t], ["Date", when(co, d)], ["Type", "实战演练" if kind != "s" else "桌面推演+实机"],
                    ["Participants", "、".join(co.p(i) for i in range(4)) + "、制造部领班"],
                    ["Timeline", "02:00告警→02:08启动OCAP→02:15切Offline→03:20系统恢复→03:40补登完成" if kind == "e" else
                     ("22:00切换开始→22:25 Standby转Primary→22:50 MES验证→23:30回切" if kind == "r" else "09:00发现加密→09:05隔离端口→10:30还原→11:00验证")],
                    ["Result", "达成目标，RTO %d分钟" % co.rng.randint(50, 110)], ["Issue 问题", "补登程序耗时较长，已开改善提案"],
                    ["Recorder", co.p(3)]])]
    return Doc("drill", "演练记录", d, its, True, b)


def drill_plan(co, d):
    b = [("title", "%d年度IT应变演练计划" % d.year)] + ctl(co, d, "PLN-IT-010", "Rev.A", "Drill Plan") + [
        ("table", [["Drill", "Month", "Scenario", "Owner"], ["MES当机", "%d-05" % d.year, "AP丛集全断", co.p(0)],
                   ["DB切换", "%d-08" % d.year, "DataGuard Switchover", co.p(1)], ["勒索软件", "%d-10" % d.year, "机台PC中毒", co.p(2)]])]
    return Doc("drill_plan", "演练计划", d, [], False, b, decoy="drill plan, neither the plan nor the record")


# --------------------------------------------------------- 满意度 (satisfaction)

def csat(co, d, half):
    b = [("title", "%s IT服务满意度调查报告（%d %s）" % (co.customer, d.year, half)),
         ("p", "调查期间：%s    方式：E-Form问卷+访谈    回收：%d份" % (when(co, d), co.rng.randint(25, 60))),
         ("h1", "1. Result 调查结果"),
         ("table", [["Item", "Score"], ["响应速度", co.rng.randint(80, 95)], ["专业能力", co.rng.randint(82, 96)],
                    ["沟通态度", co.rng.randint(85, 98)], ["Overall 综合满意度", co.rng.randint(84, 94)]]),
         ("h1", "2. Analysis 满意度分析"), ("p", "夜班响应速度评分最低，主因远程支持须等待驻厂工程师到场；沟通态度评分最高。"),
         ("h1", "3. Action 改善对策"), ("p", "夜班增设EAP二线值班，Sev2以上远程先行处理。")]
    return Doc("csat", "满意度调查", d, ["41/surveys", "58/survey", "63/survey"], True, b)


def csat_trend(co, d):
    b = [("title", "IT服务满意度趋势分析 CSAT Trend Analysis"), ("p", "Date: %s" % when(co, d)),
         ("table", [["Period", "Overall"], ["%dH1" % (d.year - 1), 84], ["%dH2" % (d.year - 1), 86], ["%dH1" % d.year, 89], ["%dH2" % d.year, 90]]),
         ("p", "连续四期上升；响应速度改善最明显（夜班二线值班生效）。")]
    return Doc("csat_trend", "满意度趋势", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=40 * i)), co.cp(i), co.p(0), co.rng.choice(["电话", "现场"]),
             co.rng.choice(["满意", "希望月报提早提供", "满意，无意见"]), "已回复"] for i in range(4)]
    return book("callbacks", "封测厂IT服务回访记录 Customer Visit Log", d, True,
                [("回访", ["Date", "Contact", "Visitor", "Mode", "Feedback", "Follow-up"], rows, ["63/follow-up-visits"])])


# ------------------------------------------------------------ 质量改善 (quality, CAPA, improvement)

EVENTS = {
    "mes": ("MES系统当机 MES Down", "MES AP丛集双节点Hang，全厂Track-in中断%d分钟，%d批Lot Hold",
            "启动MES Down OCAP，Offline作业；受影响Lot由品保开MRB评审，全部放行",
            "Oracle RAC Interconnect交换机端口Flapping，未纳入监控；5Why分析见附件",
            "Interconnect改为双交换机Bonding；端口状态纳入Zabbix告警",
            "对策实施后连续60天无Interconnect异常，告警测试3次均触发，有效", "同类丛集（EAP/RTD）水平展开，更新WI-CIM-021"),
    "eap": ("EAP Server当机 Tester区停线", "EAP-SV01 RAID卡故障，Test区Tester连线中断%d分钟，%d批Lot等待",
            "Tester切换手动模式，以纸本Run Card记录；受影响Lot经MRB评审后放行",
            "单机架构，RAID卡电池老化告警未被处理",
            "EAP改为Active/Standby双机；硬件告警转入Helpdesk工单",
            "双机切换测试3次均于2分钟内完成，连续45天无停线，有效", "盘点其他单机服务器，纳入IT FMEA"),
    "net": ("Fab骨干网络中断 Network Outage", "核心交换机CSW-003 Supervisor故障切换失败，Fab 3F机台断线%d分钟，%d台机台Down",
            "现场切换至备用上联，EAP重新连线；受影响Lot Hold后经MRB评审放行",
            "Supervisor冗余配置（SSO）未随版本升级同步，切换失败",
            "修正SSO配置，升级前后检查清单纳入ECN范本",
            "于PM窗口进行两次切换测试均成功，有效", "所有双Supervisor设备配置比对纳入月PM"),
}


def eight_d(co, d, verified=True, ev="mes"):
    t, d2, d3, d4, d5, d6, d7 = EVENTS[ev]
    head = [("p", "8D No. 8D-IT-%d-%02d    Open: %s    Champion: %s" % (d.year, co.rng.randint(1, 12), when(co, d - timedelta(days=30)), co.boss)),
            ("table", [["D1 Team 小组", "%s（组长）、%s、%s、%s（驻厂厂商）" % (co.p(0), co.p(1), co.p(3), co.vp(0))],
                       ["D2 Problem 问题描述", "%s %s" % (iso(d - timedelta(days=31)), d2 % (co.rng.randint(70, 160), co.rng.randint(12, 60)))],
                       ["D3 Containment 围堵", d3], ["D4 Root Cause 根本原因", d4], ["D5 PCA 永久对策", d5]])]
    parts = [(verified, ["66/effectiveness"], [("table", [["D6 Verify 对策验证", d6], ["D7 Prevent 防止再发", d7],
                                                          ["D8 Closure 结案", "%s 由%s核准结案" % (when(co, d), co.boss)]])])]
    doc = text("eight_d", "8D Report：%s" % t, d, True, head, parts)
    doc.items = sorted(set(doc.items + ["57/capa", "18/availability-events", "22/events", "43/process-records"]))
    return doc


def annual(co, d, sections):
    """The 年度IT服务总结: one report holding the year's trends, indicators, defects and forecast."""
    head = [("p", "%s    Prepared: %s    Approved: %s    %s" % (co.name, co.p(3), co.boss, when(co, d))),
            ("h1", "1. Overview 年度概况"),
            ("p", "本年度支援本厂及%s，IT异常单%d件、ITSR %d件、ECN %d件，Sev1事件%d件。" % (co.customer, co.rng.randint(1500, 2600), co.rng.randint(2400, 4200),
                                                                        co.rng.randint(180, 320), co.rng.randint(0, 2)))]
    parts = [("trend" in sections, ["50/monitoring-report"], [
        ("h1", "2. Trend 运维监控趋势分析"),
        ("table", [["Indicator", "Q1", "Q2", "Q3", "Q4", "Trend"], ["MES可用率", "99.93%", "99.95%", "99.97%", "99.98%", "上升"],
                   ["IT异常单", 612, 571, 498, 455, "下降"], ["骨干带宽峰值(Gbps)", 5.2, 5.6, 6.1, 6.4, "上升"]]),
        ("p", "带宽持续上升，预计明年Q2达扩容门槛。")]),
             ("data" in sections, ["56/data"], [
        ("h1", "3. Indicators 运维数据"),
        ("table", [["Indicator", "Actual"], ["异常报告及时率", "97%"], ["异常漏报率", "0.8%"], ["维护作业计划及时完成率", "98%"],
                   ["故障隐患发现率", "90%"], ["异常主动发现率", "86%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                   ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "91%"], ["安全事件次数", co.rng.randint(3, 12)]])]),
             ("defects" in sections, ["70/defect-analysis"], [
        ("h1", "4. Defects 重大异常、失败变更与服务未达标分析"),
        ("p", "重大异常：EAP Server当机1件；失败变更：ECN回退3件（测试机台版本不一致）；服务未达标：Q2 ITSR准时结案率91%。"),
        ("p", "改善计划：测试机台版本同步、夜班二线值班、硬件生命周期管理。")]),
             ("forecast" in sections, ["71/forecast"], [
        ("h1", "5. Forecast 服务预测"),
        ("p", "汇总日志、ECN、IT异常、ITSR及问题数据：封测厂新产线投产后ITSR预计增加25%，ECN集中于大PM；建议增Helpdesk 1人并推行自助服务。")])]
    return text("annual", "%d年度IT服务总结报告 Annual IT Service Report" % (d.year - 1), d, True, head, parts)


def fmea(co, d, results=True):
    head = ["Process/System", "Failure Mode 失效模式", "Effect 影响", "S", "Cause 原因", "O", "Control 现行管制", "D", "RPN",
            "Recommended Action 建议措施", "Owner", "Due"]
    rows = [["MES DB", "ASM磁盘组满", "MES当机、全厂停线", 9, "归档日志未清理", 4, "每周PM人工检查", 5, 180, "设定80%自动告警及清理Job", co.p(3), "%d-03" % d.year],
            ["EAP Server", "单机硬件故障", "Tester区停线", 8, "单机架构", 3, "原厂保固", 6, 144, "EAP双机化", co.p(0), "%d-06" % d.year],
            ["机台PC", "病毒感染", "机台停机、资料外泄", 9, "USB使用、OS老旧", 5, "防毒软体", 5, 225, "USB白名单、离线病毒码派送", co.p(5), "%d-05" % d.year],
            ["核心网络", "交换机端口Flapping", "RAC脑裂", 9, "未监控", 3, "无", 8, 216, "端口状态纳入告警", co.p(1), "%d-04" % d.year]]
    res = []
    if results:
        head += ["Action Taken 执行结果", "S'", "O'", "D'", "RPN'"]
        taken = ["告警与清理Job上线", "双机化完成（ECN）", "白名单上线，离线派送工具上线", "告警上线，测试OK"]
        rpn2 = [(9, 2, 2), (8, 1, 4), (9, 2, 3), (9, 1, 2)]
        rows = [r + [t, s, o, dd, s * o * dd] for r, t, (s, o, dd) in zip(rows, taken, rpn2)]
        res = ["66/effectiveness"]
    return book("fmea", "IT FMEA 信息系统失效模式与影响分析 Rev.%s" % ("C" if results else "A"), d, True,
                [("IT-FMEA", head, rows, ["66/preventive-actions"] + res)])


def car(co, d, verified=True):
    b = [("title", "FM-IT-031 CAR矫正预防措施单 Corrective Action Request"),
         ("table", [["CAR No.", "CAR-IT-%d-%03d" % (d.year, co.rng.randint(1, 40))], ["Source 来源", "KPI未达标：ITSR准时结案率%d%%（目标95%%）" % co.rng.randint(86, 93)],
                    ["Root Cause 原因", "夜班仅1人值班，二线支持响应慢"], ["Corrective 矫正", "夜班增设二线值班"],
                    ["Preventive 预防", "值班人力预警机制"], ["Owner", co.p(0)], ["Due", when(co, d)],
                    ["Verify 有效性验证", "实施后两个月准时结案率97%，有效" if verified else ""], ["Verifier", co.p(2) if verified else ""]])]
    return Doc("car", "CAR", d, ["57/capa"] + (["66/effectiveness"] if verified else []), True, b)


def kpi_dash(co, d, sheets_on):
    months = [date(d.year, m, 1) for m in range(max(1, d.month - 5), d.month + 1)]
    tgt = [["%s可用率" % co.sys(0), "≥99.95%", "99.97%", "Y", "—"], ["SLA达成率", "≥95%", "%d%%" % co.rng.randint(91, 99), "Y", "—"],
           ["IT服务满意度", "≥85分", "%d分" % co.rng.randint(84, 92), "Y", "—"], ["客诉 Complaints", "≤1件/季", "%d件" % co.rng.randint(0, 2), "N", "CAR-IT-%d-007" % d.year],
           ["ITSR准时结案率", "≥95%", "%d%%" % co.rng.randint(88, 97), "N", "CAR已开立"]] if "target" in sheets_on else []
    names = ["异常报告及时率", "异常漏报率", "维护作业计划及时完成率", "故障隐患发现率", "异常主动发现率", "问题解决率",
             "漏洞扫描覆盖率", "加固设备覆盖率", "安全补丁安装及时率", "安全事件次数"]
    ten = [[n] + ["%d%%" % co.rng.randint(85, 100) if n != "安全事件次数" else co.rng.randint(0, 6) for _ in months] for n in names] if "ten" in sheets_on else []
    trend = [["MES可用率", "99.93%→99.97%", "上升", "RAC告警改善后持续稳定"],
             ["IT异常单量", "%d→%d" % (co.rng.randint(180, 240), co.rng.randint(130, 170)), "下降", "机台PC汰换后蓝屏减少"],
             ["Fab骨干带宽峰值", "5.1→6.4Gbps", "上升", "预计2个季度后达扩容门槛，已列入预算"]] if "trend" in sheets_on else []
    return book("kpi_dash", "信息部KPI Dashboard %d" % d.year, d, True, [
        ("KPI看板", ["KPI", "Target 目标", "Actual 实绩", "Met", "Action"], tgt, ["57/measurement"]),
        ("运维指标", ["Indicator"] + ["%d-%02d" % (m.year, m.month) for m in months], ten, ["56/data"]),
        ("趋势分析", ["Indicator", "Trend Data", "Trend", "Analysis 分析"], trend, ["50/monitoring-report"])])


def monthly(co, d, forecast=False, avail=False):
    head = [("p", "信息部  Prepared: %s  Date: %s" % (co.p(3), when(co, d))),
            ("h1", "1. Summary 本月重点"), ("p", "完成%s PM窗口作业，ECN共%d件，Sev1事件0件。" % (co.sys(0), co.rng.randint(9, 25))),
            ("h1", "2. Monitoring Trend 运维监控趋势分析"),
            ("table", [["Indicator", "M-2", "M-1", "M", "Trend"], ["MES DB CPU峰值", "58%", "63%", "69%", "上升"],
                       ["告警数", 512, 447, 401, "下降"], ["Fab骨干带宽峰值", "5.6G", "6.0G", "6.3G", "上升"]]),
            ("p", "DB CPU与带宽持续上升，预估第二季需扩充。")]
    parts = [(forecast, ["71/forecast"], [("h1", "3. Forecast 服务预测"),
                                          ("p", "汇总日志、ECN、IT异常、ITSR与问题数据：IT异常同比下降17%、ITSR上升22%（封测厂新产线），ECN集中于PM窗口；"
                                           "预测明年ITSR持续成长，需增加Helpdesk人力并推动自助服务。")]),
             (avail, ["18/availability-report", "22/report"], [("h1", "4. Availability 可用率报告"),
                                                               ("p", "%s本月可用率99.98%%，%s 99.91%%，均达标。" % (co.sys(0), co.sys(1)))])]
    pm = d - timedelta(days=20)
    doc = text("monthly", "信息部IT服务月报 IT Monthly Report（%d-%02d）" % (pm.year, pm.month), d, True, head, parts)
    doc.items = sorted(set(doc.items + ["50/monitoring-report"]))
    return doc


def weekly(co, d):
    b = [("title", "信息部周报 IT Weekly Report W%02d" % d.isocalendar()[1]), ("p", when(co, d)),
         ("p", "1) CIM：EAP Driver升版3台完成；2) 基础架构：备援机房UPS更换排程；3) 信息安全：TISAX复评资料准备中。"),
         ("p", "下周：封测厂新Tester导入连线测试。")]
    return Doc("weekly", "周报", d, [], True, b)


def handover(co, d):
    rows = []
    for i in range(10):
        x = d - timedelta(days=i // 2)
        rows.append([iso(x), "Day" if i % 2 else "Night", co.p(3 + i % 3), co.p(3 + (i + 1) % 3),
                     "MES/EAP/RTD Normal", co.rng.choice(["无", "EAP-T07待原厂回复", "无", "RTD报表延迟追踪中"])])
    return book("handover", "CIM值班交接班记录 Shift Handover Log", d, True,
                [("交接班", ["Date", "Shift", "交班人", "接班人", "System Status", "Open Items 待办"], rows, [])])


def pm_schedule(co, d):
    rows = [["%d-%02d" % (d.year, m), "FW/IPS/CSW 月PM", "MES/EAP 周PM×4", "大PM" if m in (4, 10) else ""] for m in range(1, 13)]
    return book("pm_schedule", "%d年度IT PM计划表 PM Schedule" % d.year, d, False,
                [("PM Plan", ["Month", "Network PM", "Server PM", "Shutdown"], rows, [])])


def audit(co, d):
    b = [("title", "%d年度IT内部稽核报告 Internal Audit Report" % d.year),
         ("p", "Audit Date: %s    Lead Auditor: %s（品保部）    Auditee: 信息部" % (when(co, d), co.cp(3))),
         ("h1", "1. Objective & Criteria 目的与准则"),
         ("p", "依ISO/IEC 27001、ISO/IEC 20000-1、服务协议及封测厂要求，验证IT服务管理体系符合既定标准、满足服务需求及客户要求，并有效实施与维持。"),
         ("h1", "2. Scope 范围"), ("p", "CIM课、IT基础架构课、信息安全课及封测厂驻厂服务。"),
         ("h1", "3. Findings 稽核发现"), ("p", "开立CAR 3项：PM点检表缺课长签核；ECN未附Fallback；离职账号停用逾期。"),
         ("h1", "4. Conclusion 结论"), ("p", "体系运作有效，CAR已排定改善。")]
    return Doc("audit", "内部稽核报告", d, ["59/internal-audit"], True, b)


def review(co, d, inputs):
    its = ["59/management-review"] if "perf" in inputs else []
    b = [("title", "%d年度信息部管理审查会议记录 Management Review Minutes" % d.year),
         ("p", "Date: %s    Chair: %s    Attendees: 三课课长、品保部DCC、%s IT窗口" % (when(co, d), co.boss, co.customer)),
         ("h1", "1. Inputs 审查输入")]
    txt = {"perf": ("60/performance", "服务与流程执行及符合性：SLA达成率96.8%，各程序依规执行，稽核CAR 3项。"),
           "fb": ("60/customer-feedback", "客户回馈：封测厂满意度89分，客诉1件（夜班响应）。"),
           "res": ("60/resources", "现有及预测资源：信息部23人，封测厂新产线需增Helpdesk 1人、CIM 1人。"),
           "ca": ("60/corrective-actions", "矫正措施进度：上次审查CAR 5项，已结案4项，1项进行中。"),
           "chg": ("60/changes", "可能影响服务之变更：封测厂新产线、MES升级、TISAX复评。"),
           "imp": ("60/improvements", "改善机会：ITSR准时结案率未达标、PM点检自动化、Helpdesk自助服务。")}
    for k in inputs:
        it, s = txt[k]
        its.append(it)
        b.append(("p", s))
    b += [("h1", "2. Outputs 审查输出"), ("p", "核准增补人力2名；核准PM点检自动化改善专案。"), ("p", "记录：%s" % co.p(3))]
    return Doc("review", "管理审查", d, its, True, b)


def isc_minutes(co, d, perf=True, res=True):
    """信息安全委员会 minutes: several decisions; a management review only when it reports the services' and
    processes' execution and conformity."""
    head = [("p", "Date: %s    Chair: 厂长    Secretary: %s    Attendees: 制造部、品保部、设备部、厂务部、人资部主管，信息部三课课长" % (when(co, d), co.boss)),
            ("h1", "1. TISAX / ISO 27001 status"), ("p", "TISAX复评订于下半年，ISO 27001监督稽核无不符合项。")]
    parts = [(perf, ["59/management-review", "60/performance"], [
        ("h1", "2. IT服务与流程执行情况"),
        ("p", "对本厂及%s之IT服务SLA达成率96.5%%；事件、变更（ECN）、问题流程均依QP执行，内部稽核CAR 3项，符合性良好。" % co.customer)]),
             (res, ["60/resources"], [("h1", "3. Resources 资源"),
                                      ("p", "现有信息部23人、驻厂厂商2人；明年封测厂新产线需增CIM 1人、Helpdesk 1人，列入预算。")]),
             (True, [], [("h1", "4. Decisions 决议"),
                         ("p", "1) 核准机台PC USB白名单全厂推行；2) 核准备援机房UPS更换；3) 下次会议于%d月召开。" % min(12, d.month + 6))])]
    return text("isc_minutes", "信息安全委员会会议记录 ISC Meeting Minutes（%d-%02d）" % (d.year, d.month), d, True, head, parts)


def policy_en(co, d):
    b = [("title", "Information Security Policy"), ("p", "%s    Doc. No. POL-ISMS-001 Rev.E    %s" % (co.name, en(d))),
         ("p", "Management is committed to protecting the confidentiality, integrity and availability of customer and company information, "
          "including customers' prototype data under TISAX."),
         ("p", "All employees and contractors shall comply with the ISMS policies and report security events to the IT Helpdesk."),
         ("p", "Approved by the Fab Director.")]
    return Doc("policy", "Information Security Policy", d, [], False, b)


def qa_8d(co, d):
    b = [("title", "8D Report：客诉 晶圆边缘刮伤 Wafer Edge Scratch"),
         ("table", [["D1 Team", "品保部、制造部、设备部"], ["D2 Problem", "客户反馈Lot W%s共3片边缘刮伤" % ymd(d)[2:]],
                    ["D3 Containment", "在库品全检，MRB判定重工"], ["D4 Root Cause", "CMP机台Robot Blade偏移"],
                    ["D5/D6", "Blade校正并纳入周PM，连续30批无再发"], ["D7", "同型机台水平展开"], ["D8", "结案"]])]
    return Doc("qa_8d", "品保8D", d, [], True, b, decoy="unrelated (a manufacturing 8D)")


def mr_procedure(co, d):
    b = [("title", "QP-IT-016 管理审查程序")] + ctl(co, d, "QP-IT-016", "Rev.B", "Management Review Procedure") + [
        ("h1", "1. Purpose 目的"), ("p", "规定管理审查之频率、输入及输出。"),
        ("h1", "2. Inputs 输入"), ("p", "应包括：客户回馈、服务与流程执行及符合性、现有及预测资源、矫正措施进度、可能影响服务之变更、改善机会。"),
        ("h1", "3. Outputs 输出"), ("p", "形成管理审查会议记录，由部长核准。")]
    return Doc("mr_procedure", "管理审查程序", d, [], False, b, decoy="procedure, not the review record")


def mr_notice(co, d):
    b = [("title", "关于召开%d年度信息部管理审查会议的通知" % d.year),
         ("p", "订于%s 14:00于行政楼3F会议室召开，请各课准备输入资料：客户回馈、资源需求、CAR进度、改善提案。" % cn(d)), ("p", "信息部")]
    return Doc("mr_notice", "管理审查通知", d, [], True, b, decoy="meeting notice, not the review record")


def cert(co, d, which):
    if which == "27001":
        b = [("title", "Certificate 认证证书 ISO/IEC 27001:2022"), ("p", "This is to certify that %s" % co.name),
             ("p", "Scope 范围：信息部对晶圆制造及关联封装测试厂提供之IT及信息安全运维服务（MES/EAP/IT基础架构/信息安全）"),
             ("p", "Issue: %s    Valid until: %s" % (en(d), en(date(d.year + 3, d.month, min(d.day, 28)))))]
        return Doc("cert", "ISO 27001证书", d, ["61/audit-system"], False, b)
    b = [("title", "Certificate IATF 16949:2016"), ("p", "%s" % co.name),
         ("p", "Scope：12吋晶圆之制造 Manufacture of 300mm wafers"), ("p", "Issue: %s" % en(d))]
    return Doc("cert", "IATF证书", d, [], False, b)


def ci_plan(co, d, crit=True):
    head = ctl(co, d, "PLN-IT-012", "Rev.A", "Continual Improvement Plan") + [
        ("h1", "1. Improvement Items 改善项目"),
        ("table", [["Item", "Source 来源", "Target 目标", "Owner", "Due"],
                   ["PM点检自动化", "运维过程", "点检表产出由1天缩短至1小时", co.p(4), "%d-06" % d.year],
                   ["夜班响应", "监视过程/客诉", "ITSR准时结案率≥97%", co.p(0), "%d-09" % d.year],
                   ["机台PC防毒", "IT FMEA", "机台PC病毒事件≤1件/季", co.p(5), "%d-12" % d.year]])]
    parts = [(crit, ["64/criteria"], [("h1", "2. Evaluation Criteria 改善机会评估标准"),
                                      ("p", "依生产影响（40%）、成本（30%）、风险（30%）评分，≥70分列入计划；改善须经识别、记录、核准、评估、量测、报告。")])]
    doc = text("ci_plan", "%d年度IT持续改善计划 Continual Improvement Plan" % d.year, d, True, head, parts)
    doc.items = sorted(set(doc.items + ["64/plan", "68/plan"]))
    return doc


def ci_register(co, d, ranked=True, tracked=True):
    reg = [["CIP-%d-%02d" % (d.year, i), t, a, b, c, a * 4 + b * 3 + c * 3, pr, co.boss if ranked else ""]
           for i, (t, a, b, c, pr) in enumerate([("PM点检自动化", 9, 8, 8, "A"), ("Helpdesk自助服务", 7, 6, 8, "B"), ("KB重整", 5, 7, 9, "C")], 1)] if ranked else []
    trk = [["CIP-%d-01" % d.year, "1小时产出", "脚本上线", iso(d - timedelta(days=50)), "实测45分钟，有效", "已于管理审查报告"],
           ["CIP-%d-02" % d.year, "自助重设密码", "Portal上线", iso(d - timedelta(days=15)), "密码类ITSR下降41%，有效", "已报告"]] if tracked else []
    return book("ci_register", "改善提案评估及追踪表 CIP Register", d, True, [
        ("评估排序", ["CIP No.", "Opportunity 改善机会", "Impact", "Cost", "Risk", "Score", "Priority", "Approved by"], reg,
         ["67/analysis", "67/prioritisation"]),
        ("执行追踪", ["CIP No.", "Target 目标", "Implementation 实施", "Done", "Effect 成效量测", "Report 报告"], trk,
         ["68/implementation", "68/effectiveness"])])


def cip_train(co, d):
    rows = [[i + 1, co.p(i), "信息部", "签名"] for i in range(6)] + [[7, co.vp(0), co.vendor, "签名"]]
    return book("cip_train", "持续改善意识宣导训练签到表", d, True,
                [("签到", ["No.", "Name", "Dept", "Sign"],
                  [["课程：持续改善（CIP）与改善提案制度——人人都是改善者", "讲师：%s" % co.p(2), "日期：%s" % when(co, d), ""]] + rows,
                  ["69/awareness-training"])])


def defects(co, d):
    b = [("title", "%d年度IT重大异常、失败变更及服务未达标检讨报告" % d.year), ("p", "Date: %s    Prepared: %s" % (when(co, d), co.p(0))),
         ("h1", "1. Major Incidents 重大异常"), ("p", "MES当机1件（RAC Interconnect），EAP Server硬盘故障1件。"),
         ("h1", "2. Failed Changes 失败变更"), ("p", "ECN失败回退3件：2件为测试机台与生产Driver版本不一致。"),
         ("h1", "3. Service Shortfall 服务未达标"), ("p", "Q2 ITSR准时结案率91%，未达95%。"),
         ("h1", "4. Improvement Plan 改善计划"), ("p", "测试机台版本同步纳入ECN检查表；夜班二线值班；硬件生命周期台账。")]
    return Doc("defects", "缺陷分析", d, ["70/defect-analysis"], True, b)


def signin(co, d, plan):
    rows = [[i + 1, co.p(i), "信息部", "签名"] for i in range(6)]
    return Doc("signin", "宣导签到", d, [], True,
               sheets=[("签到", [["《%s》宣导训练签到表" % plan], ["日期", when(co, d), "讲师", co.p(2)], ["No.", "Name", "Dept", "Sign"]] + rows)],
               decoy="training record about a plan")


def doc_list(co, d, names):
    rows = [[i, n, "Rev.%s" % "ABC"[i % 3], iso(d - timedelta(days=40 * i)), "DCC"] for i, n in enumerate(names, 1)]
    return Doc("doc_list", "文件一览表", d, [], True, sheets=[("Master List", [["信息部受控文件一览表 Master List"], ["No.", "Doc", "Rev.", "Effective", "Keeper"]] + rows)],
               decoy="list of document names")


def doc_control(co, d, names):
    b = [("title", "QP-IT-001 文件与记录管制程序")] + ctl(co, d, "QP-IT-001", "Rev.D", "Document Control") + [
        ("h1", "1. Purpose 目的"), ("p", "管制信息部文件之制定、审查、核准、发行、变更与作废。"),
        ("h1", "2. Related Documents 相关程序")] + [("p", "《%s》" % n) for n in names] + [
        ("h1", "3. Obsolete 作废"), ("p", "作废文件加盖「作废 Obsolete」章并由DCC回收。")]
    return Doc("doc_control", "文件管制程序", d, [], False, b, decoy="procedure citing other procedures")


def duty(co, d):
    rows = [["%d-%02d-%02d" % (d.year, d.month, i), co.p(3 + i % 3), co.p(i % 3), co.vp(i % 2)] for i in range(1, 29)]
    return Doc("duty", "值班表", d, [], False, sheets=[("值班", [["%d年%d月信息部值班表" % (d.year, d.month)], ["Date", "Day值班", "On-call课长", "驻厂厂商"]] + rows)])


def svc_review(co, d, sla=True, voice=True):
    """The quarterly 服务审查会 with the 封测厂: minutes that hold several decisions."""
    head = [("p", "Date: %s    Venue: 视讯会议（Teams）    Chair: %s" % (when(co, d), co.p(0))),
            ("p", "Attendees: 封测厂 %s、%s；信息部 %s、%s、%s" % (co.cp(0), co.cp(2), co.p(0), co.p(1), co.p(3)))]
    parts = [(sla, ["57/measurement"], [
        ("h1", "1. SLA Review 服务级别达成检讨"),
        ("table", [["Item", "Target", "%s Actual" % q(d - timedelta(days=30)), "Met"], ["%s可用率" % co.sys(0), "≥99.9%", "99.96%", "Y"],
                   ["Sev1响应", "15 min", "11 min", "Y"], ["IT服务满意度", "≥85分", "%d分" % co.rng.randint(84, 92), "Y"],
                   ["客诉", "≤1件", "%d件" % co.rng.randint(0, 2), "—"]])]),
             (voice, ["63/follow-up-visits"], [
        ("h1", "2. Customer Voice 客户意见（定期审查回访）"),
        ("p", "封测厂反映：新Tester导入时EAP连线支持需提前一周排程；夜班响应已改善。信息部承诺于下季起每月主动回访Test区主管。")]),
             (True, [], [("h1", "3. Others 其他决议"),
                         ("p", "1) 下次大PM停机日期定为%d月第二个周日；2) 封测厂新增AOI机台8台纳入EAP连线范围，另开ECR。" % min(12, d.month + 2))])]
    return text("svc_review", "%s 封测厂IT服务审查会议记录 Service Review Minutes" % q(d - timedelta(days=30)), d, True, head, parts,
                [("p", "会议记录：%s    封测厂确认：%s" % (co.p(3), co.cp(0)))])


def dcn(co, d, qname, qcode):
    b = [("title", "DCN 文件发行/变更通知单 Document Change Notice"),
         ("table", [["DCN No.", "DCN-%d-%03d" % (d.year, co.rng.randint(1, 150))], ["Document 文件", "%s %s" % (qcode, qname)],
                    ["Rev.", "Rev.B → Rev.C"], ["Change 变更说明", "依稽核CAR修订第5章流程图及记录表单编号"],
                    ["Distribution 分发", "CIM课、IT基础架构课、信息安全课、品保部DCC"], ["Approved", co.boss], ["Date", when(co, d)]])]
    return Doc("dcn", "DCN", d, [], True, b, decoy="document change notice naming a procedure")


def qp_stub(co, d, key):
    n, name = QP[key][0], QP[key][1]
    code = "QP-IT-%03d" % n
    b = [("title", "%s %s" % (code, name))] + ctl(co, d, code, "Rev.A", QP[key][2]) + [
        ("h1", "1. Purpose 目的"), ("p", "规范信息部%s相关作业。" % name.replace("程序", "")),
        ("h1", "2. Procedure 作业内容"), ("p", "依公司ISMS程序文件ISMS-P-016《信息安全事件管理程序》及品保部《紧急应变管理程序》执行，本程序不另规定。")]
    return Doc("qp_stub", name, d, [], False, b, decoy="procedure citing another")


def cover_pln(co, d, doc, code, dist):
    """A long cover for a 计划: company, department, DCC stamp, distribution list, a page break."""
    b = [("p", co.name), ("p", "信息部"), ("p", " "), doc.blocks[0], ("p", "文件编号 Doc. No.：%s" % code), stamp(co),
         ("p", "机密等级：Internal Use Only 内部使用"), ("h1", "Distribution List 分发清单"),
         ("table", [["No.", "Holder 持有单位", "Copy"]] + [[i, h, "Controlled"] for i, h in enumerate(dist, 1)]), ("break",)]
    doc.blocks = b + doc.blocks[1:]
    return doc


UNREL = [("行政", "无尘室着装规范宣导", "进入Fab须依序穿戴无尘衣、口罩、手套，禁止携带纸张。"),
         ("行政", "年终尾牙节目报名通知", "各课于12月10日前报名节目，每课至少一个。"),
         ("行政", "厂区交通车时刻表", "早班06:50、中班14:50由市区各站发车。"),
         ("制造", "良率周报 W44", "本周CP良率94.2%，较上周提升0.3%。"),
         ("采购", "服务器采购询价单", "询价DL380 Gen11两台，请于三日内报价。"),
         ("人资", "新人到职报到须知", "报到当日请携带身份证、体检报告。")]


def copy_doc(doc):
    c = Doc(doc.kind, doc.title, doc.date, list(doc.items), doc.record, [tuple(b) for b in doc.blocks],
            [(n, [list(r) for r in rows]) for n, rows in doc.sheets], doc.decoy)
    return c


def unrelated(co, d, i):
    folder, t, s = UNREL[i]
    return folder, t, Doc("unrelated", t, d, [], False, [("title", t), ("p", when(co, d)), ("p", s)], decoy="unrelated")


# ------------------------------------------------------------------------- the share

# per share: the department's name, the document-code infix, the top folders (体系, CIM, 基础架构, 安全, 封测厂服务,
# 品质改善, 组织, E-Form, 其他)
AF_INFO = {
    "af1": ("信息部", "IT", ("00_体系文件 QMS-ISMS/", "01_CIM课/", "02_IT基础架构课/", "03_信息安全课/", "04_封测厂服务/",
                            "05_品质与改善/", "06_组织与人员/", "07_E-Form导出/", "99_其他/")),
    "af2": ("资讯部", "MIS", ("体系文件DCC/", "CIM课/", "基础架构课/", "资安课/", "封测厂支援/", "QA与改善/", "部门管理/",
                            "EForm资料/", "其他/")),
    "af3": ("IT部", "IT", ("1.文件系统 DCC/", "2.CIM课/", "3.IT基础架构课/", "4.信息安全课/", "5.封测厂服务/", "6.品质改善/",
                         "7.部门行政/", "8.E-Form/", "9.Misc/")),
    "af4": ("信息技术部", "ITD", ("QMS-ISMS 受控文件/", "CIM课/", "IT基础架构课/", "信息安全课/", "封测厂IT服务/", "品质与持续改善/",
                               "组织人员/", "E-Form导出/", "Others/")),
}


def recode(doc, dept, code):
    """The share's own department name and document-code infix, in the text and the title."""
    def f(v):
        return v.replace("信息部", dept).replace("-IT-", "-%s-" % code) if isinstance(v, str) else v
    doc.title = f(doc.title)
    doc.blocks = [(b[0], [[f(c) for c in row] for row in b[1]]) if b[0] == "table" else tuple(f(x) for x in b) for b in doc.blocks]
    doc.sheets = [(f(n), [[f(c) for c in row] for row in rows]) for n, rows in doc.sheets]
    return doc


SCAN = ["RICOH IM C4500 PDF", "Canon iR-ADV C5535 PDF", "KONICA MINOLTA bizhub C368", "CamScanner"]


def build(co, lock_bytes):
    """Lay out an AF share: 00_体系文件 (手册, QP, WI, 计划, 表单, 证书), 01_CIM课/<year>, 02_IT基础架构课/<year>,
    03_信息安全课/<year>, 04_封测厂服务 (导入, 协议, 满意度, 月报, 健康检查, Helpdesk), 05_品质与改善, 06_组织与人员,
    07_E-Form导出, 99_其他, older copies in last year's folders, decoys."""
    r = co.rng
    dept, code, folders = AF_INFO.get(co.info_id, AF_INFO["af%d" % (sum(map(ord, co.info_id)) % 4 + 1)])
    TX, CIM, INF, SEC, SV, QA, ORG, EF, OT = folders
    co.af_other = OT
    optional = ["budget", "history", "kpi6", "auto", "slaola", "roster", "interface", "urs", "tplan", "compat", "baseline",
                "cmdb", "cihist", "collect", "kb", "ptplan", "pt", "dev", "grading", "criteria", "bcp", "rdrill", "edrill",
                "trend", "callbacks", "desktrain", "fmea", "ciplan", "cireg", "citrain", "audit", "review", "defects",
                "secstats", "health", "availplan", "downtime", "availrep", "logrev", "ecn", "itsr", "hwstat", "serverpm"]
    gaps = {k for k in optional if r.random() < 0.09}
    olds = set(r.sample(sorted({"auto", "pt", "trend", "callbacks", "kb", "audit", "rdrill", "edrill", "citrain", "collect",
                                "desktrain", "cihist", "secstats", "health", "defects", "review", "logrev"} - gaps), 3))
    co.gaps, co.oldonly = gaps, olds
    tp_fb = r.random() < 0.85
    made = []

    def put(rel, doc, **opt):
        rel = rel.replace("信息部", dept).replace("-IT-", "-%s-" % code).replace("-IT ", "-%s " % code)
        if rel in co.used:
            return False
        recode(doc, dept, code)
        opt.setdefault("meta_title", r.random() < 0.45)
        opt.setdefault("styled", r.random() < 0.75)
        opt.setdefault("author", r.choice([co.p(3), co.p(4), "IT-%s" % co.short, "Administrator", co.p(1)]))
        co.add(rel, doc, **opt)

    def slot(k, name, factory, age="record", **opt):
        if k in gaps:
            return None
        if isinstance(age, date):
            d = age
        else:
            d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        put(name(d), doc, **opt)
        if doc.items and doc.record and k not in olds:
            made.append((name, factory, d, opt))
        return doc

    # --- 00 体系文件: 手册 (some QP as chapters), QP, WI, 计划, 证书
    keys = [k for k in QP if r.random() >= 0.05]
    if "secinc" in keys and r.random() < 0.15:
        keys.remove("secinc")
        put(TX + "QP程序文件/QP-IT-009 信息安全事件管理及应急响应程序 Rev.A.docx", qp_stub(co, co.issued(), "secinc"))
    in_man = [k for k in keys if r.random() < 0.3]
    d = co.issued()
    put(TX + "QM-IT-001 IT管理手册 Rev.D.pdf", manual(co, d, in_man, r.random() < 0.92), meta_title=True)
    for k in keys:
        if k in in_man:
            continue
        n, name = QP[k][0], QP[k][1]
        rev = r.choice(["B", "C", "C", "D"])
        ext = r.choice(["docx", "docx", "pdf"])
        put(TX + "QP程序文件/QP-IT-%03d %s Rev.%s.%s" % (n, name, rev, ext), qp(co, co.issued(), k, rev),
            **({"creator": r.choice(SCAN)} if ext == "pdf" and r.random() < 0.4 else {}))
    wkeys = list(WI)
    bound = sorted(r.sample(wkeys, 2), key=wkeys.index) if r.random() < 0.5 else []
    if bound:
        put(TX + "WI作业指导书/信息部作业指导书汇编_%d.pdf" % 2025, wi_book(co, co.issued(), bound))
    for k in wkeys:
        if k not in bound and r.random() < 0.75:
            rev = r.choice(["A", "A", "B"])
            put(TX + "WI作业指导书/%s Rev.%s %s.docx" % (WI[k][0], rev, WI[k][1]), wi(co, co.issued(), k, rev))
    if r.random() < 0.7:
        put(TX + "WI作业指导书/WI-IT-030 封测厂网络建置施工手册 Rev.B.docx", construction(co, co.issued()))
    d = co.issued()
    put(TX + "PLN计划/PLN-IT-001 IT紧急应变计划 Rev.E.pdf", cover_pln(co, d, erp(co, d, r.random() < 0.85, r.random() < 0.4), "PLN-IT-001",
                                                                  ["信息部部长室", "CIM课", "IT基础架构课", "信息安全课", "制造部", co.customer]))
    slot("bcp", lambda d: TX + "PLN计划/PLN-IT-002 IT业务持续计划 BCP Rev.C.docx", lambda d: cover_pln(co, d, bcp(co, d), "PLN-IT-002", ["厂长室", "信息部", "厂务部", "品保部DCC"]), "issued")
    slot("availplan", lambda d: TX + "PLN计划/PLN-IT-004 IT系统可用性管理计划.docx", lambda d: avail_plan(co, d), "issued")
    d = co.issued()
    put(TX + "PLN计划/OCAP-CIM-001 MES Down OCAP Rev.B.pdf", ocap(co, d, r.random() < 0.7))
    slot("criteria", lambda d: TX + "STD标准/STD-SEC-003 信息系统安全保护等级划分标准.docx", lambda d: criteria(co, d), "issued")
    put(TX + "STD标准/STD-SEC-001 信息资产分级规范（TISAX）Rev.C.pdf", tisax_class(co, co.issued()))
    slot("baseline", lambda d: TX + "STD标准/安全配置基线 Security Baseline Rev.B.xlsx", lambda d: baseline(co, d), "issued")
    d = date(2024, 7, r.randint(1, 28))
    put(TX + "证书/ISO27001证书_%d.pdf" % d.year, cert(co, d, "27001"), creator=r.choice(SCAN))
    d = date(2025, 3, r.randint(1, 28))
    put(TX + "证书/IATF16949 Certificate.pdf", cert(co, d, "iatf"), creator=r.choice(SCAN))

    # --- 06 组织与人员
    d = co.issued()
    put(ORG + "信息部组织架构及权责 Rev.C.pdf", org(co, d, r.random() < 0.88, r.random() < 0.88))
    vend = r.random() < 0.85
    slot("roster", lambda d: ORG + "信息部人员清单_%s.xlsx" % ymd(d), lambda d: roster(co, d, vend))
    slot("interface", lambda d: ORG + "IT-NT 关于指定信息安全窗口的通知.pdf", lambda d: interface(co, d), "issued", creator=r.choice(SCAN))
    d = date(2026, 11, 2)
    put(ORG + "值班表/%d年%02d月值班表.xlsx" % (d.year, d.month), duty(co, d))

    # --- 04 封测厂服务
    d0 = co.issued()
    put(SV + "01_导入/IT服务需求调查报告_%s.docx" % ymd(d0), survey(co, d0, r.random() < 0.9, r.random() < 0.85))
    slot("budget", lambda d: SV + "01_导入/FY%d 封测厂IT服务预算.xlsx" % d.year, lambda d: budget(co, d), d0 + timedelta(days=r.randint(15, 40)))
    d = d0 + timedelta(days=10)
    put(SV + "01_导入/%s Kick-off Meeting Minutes.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d))
    hp = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: SV + "01_导入/导入前IT运行数据分析.xlsx", lambda d: history(co, d, hp), d0 - timedelta(days=r.randint(5, 20)))
    d = co.issued()
    put(SV + "02_协议/SA-IT 封测厂IT服务协议（双方盖章）.pdf", agreement(co, d, r.random() < 0.9, r.random() < 0.88, r.random() < 0.8),
        creator=r.choice(SCAN))
    slot("slaola", lambda d: SV + "02_协议/FM-IT-061 SLA-OLA对照表.docx", lambda d: sla_ola(co, d, r.random() < 0.88, r.random() < 0.9), "issued")
    slot("kpi6", lambda d: SV + "02_协议/可用性指标清单 Availability KPI.xlsx", lambda d: avail_kpi(co, d), "issued")
    d = co.issued()
    cparts = r.choice([("basic", "l2", "l1"), ("basic", "l2", "l1"), ("basic", "l2"), ("basic", "l1"), ("l2", "l1")])
    put(SV + "02_协议/FM-IT-060 IT服务目录 Rev.B.xlsx" if r.random() < 0.4 else SV + "02_协议/IT Service Catalog Rev.B.docx",
        catalog(co, d, cparts))
    for d, h in [(date(2025, 6, 20), "H1"), (date(2025, 12, 18), "H2"), (date(2026, 6, 22), "H1")]:
        if r.random() < 0.8:
            d = d + timedelta(days=r.randint(0, 10))
            put(SV + "03_满意度/%d%s IT服务满意度调查报告.%s" % (d.year, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("trend", lambda d: SV + "03_满意度/CSAT趋势分析_%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: SV + "03_满意度/客户回访记录_%d.xlsx" % d.year, lambda d: callbacks(co, d))
    for m in sorted(r.sample(range(3, 11), 2)):
        d = date(2026, m, r.randint(3, 9))
        put(SV + "04_月报/IT服务月报_%d%02d.%s" % (d.year, m - 1, r.choice(["docx", "pdf"])),
            monthly(co, d, r.random() < 0.45, r.random() < 0.4))
    for m in sorted(r.sample([1, 4, 7, 10], r.randint(1, 2))):
        d = date(2026, m, r.randint(5, 20))
        if d <= date(2026, 11, 28):
            put(SV + "04_月报/%s 服务审查会议记录.docx" % q(d - timedelta(days=30)), svc_review(co, d, r.random() < 0.8, r.random() < 0.6))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: SV + "05_健康检查/%s 健康检查报告.pdf" % q(d), lambda d: health(co, d, r.random() < 0.3))
    d = co.issued()
    put(SV + "06_Helpdesk/IT-NT 关于成立IT Helpdesk服务台的通知.pdf", desk(co, d), creator=r.choice(SCAN))
    slot("desktrain", lambda d: SV + "06_Helpdesk/%s Helpdesk人员训练记录.xlsx" % ymd(d), lambda d: desk_train(co, d))

    # --- 07 E-Form导出
    resp = r.random() < 0.8
    for i in range(r.randint(1, 2)):
        slot("itsr", lambda d: EF + "EForm_ITSR_Export_%d%02d.xlsx" % (d.year, d.month), lambda d: itsr(co, d, resp))
    slot("ecn", lambda d: EF + "EForm_ECN_Export_%s.xlsx" % ymd(d), lambda d: ecn(co, d))
    for i in range(r.randint(0, 2)):
        d = co.fresh()
        n = r.randint(20, 99)
        put(CIM + "%d/ECN/ECN-%s-%d%03d（签核）.pdf" % (d.year, co.short, d.year, n), ecn_form(co, d, n), creator=r.choice(SCAN))

    # --- 01 CIM课
    slot("serverpm", lambda d: CIM + "%d/服务器PM/FM-CIM-021 %d-%02d 周PM点检表.xlsx" % (d.year, d.year, d.month), lambda d: server_pm(co, d))
    d = co.fresh()
    put(CIM + "%d/交接班/CIM交接班记录_%d%02d.xlsx" % (d.year, d.year, d.month), handover(co, d))
    slot("edrill", lambda d: CIM + "%d/演练/%s MES当机应变演练记录.docx" % (d.year, ymd(d)), lambda d: drill(co, d, "e"))
    slot("urs", lambda d: CIM + "%d/项目/%s升级/URS需求确认记录.docx" % (d.year, co.sys(2)), lambda d: urs(co, d))
    slot("tplan", lambda d: CIM + "%d/项目/%s升级/Test Plan（含Fallback）.docx" % (d.year, co.sys(2)), lambda d: test_plan(co, d, tp_fb), "issued")
    slot("compat", lambda d: CIM + "%d/项目/%s升级/兼容性验证报告.pdf" % (d.year, co.sys(2)), lambda d: compat(co, d))
    slot("kb", lambda d: CIM + "%d/KB/KB_Export_%s.xlsx" % (d.year, ymd(d)), lambda d: kb(co, d))

    # --- 02 IT基础架构课
    for m in sorted(r.sample(range(4, 12), r.randint(1, 2))):
        d = date(2026, m, r.randint(3, 26))
        put(INF + "%d/月PM/FM-IT-022_%d%02d 月PM点检表（签核）.pdf" % (d.year, d.year, m), pm_sheet(co, d, r.random() < 0.6), creator=r.choice(SCAN))
    kinds_on = [k for k in ("pm", "status", "virus", "upgrade", "fault") if r.random() < 0.8] + (["hwstat"] if "hwstat" not in gaps else [])
    d = co.fresh()
    put(INF + "%d/FM-IT-021 网络及安全设备维护记录_%d.xlsx" % (d.year, d.year), sec_book(co, d, kinds_on))
    put(INF + "%d/%d年度IT PM计划表.xlsx" % (2026, 2026), pm_schedule(co, date(2025, 12, 20)))
    slot("assets_", lambda d: INF + "%d/资产/IT资产清单_%s.xlsx" % (d.year, ymd(d)), lambda d: assets(co, d))
    rel = r.random() < 0.75
    slot("cmdb", lambda d: INF + "%d/资产/CMDB_Export_%s.xlsx" % (d.year, ymd(d)), lambda d: cmdb(co, d, rel))
    slot("cihist", lambda d: INF + "%d/资产/配置项变更履历.xlsx" % d.year, lambda d: ci_history(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: INF + "%d/监控/安全信息采集记录_%s.xlsx" % (d.year, ymd(d)), lambda d: collect(co, d, which))
    slot("downtime", lambda d: INF + "%d/可用性/FM-IT-012 系统当机记录表.xlsx" % d.year, lambda d: downtime(co, d))
    slot("availrep", lambda d: INF + "%d/可用性/可用率月报_%d%02d.pdf" % (d.year, d.year, d.month), lambda d: avail_report(co, d))
    slot("rdrill", lambda d: INF + "%d/DR演练/%s DataGuard切换演练记录（签字）.pdf" % (d.year, ymd(d)), lambda d: drill(co, d, "r"),
         creator=r.choice(SCAN))

    # --- 03 信息安全课
    for i in range(r.randint(1, 2)):
        slot("logrev", lambda d: SEC + "%d/日志审查/安全日志审查月报_%d%02d.%s" % (d.year, d.year, d.month, r.choice(["docx", "pdf"])),
             lambda d: log_review(co, d))
    slot("secstats", lambda d: SEC + "%d/事件统计/%s 信息安全事件统计分析.xlsx" % (d.year, q(d)), lambda d: sec_stats(co, d, r.random() < 0.8))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        ext = r.choice(["docx", "pdf", "txt"])
        rel = SEC + "%d/安全通报/IT-SB-%d-%02d 信息安全通报.%s" % (d.year, d.year, n, ext)
        if rel not in co.used:
            put(rel, bulletin(co, d, n, r.random() < 0.7), **({"encoding": r.choice(["utf-8", "gb18030"])} if ext == "txt" else {}))
    slot("ptplan", lambda d: SEC + "%d/渗透测试/%d年度渗透测试计划.docx" % (d.year, d.year), lambda d: pt_plan(co, d), date(2026, r.randint(1, 3), r.randint(5, 25)))
    slot("pt", lambda d: SEC + "%d/渗透测试/%s 渗透测试报告_%s.pdf" % (d.year, co.sys(2), ymd(d)), lambda d: pt_report(co, d))
    slot("grading", lambda d: SEC + "等保/%s 定级报告（已备案）.pdf" % co.sys(0), lambda d: grading(co, d), "issued", creator=r.choice(SCAN))
    if r.random() < 0.6:
        d = co.fresh()
        put(SEC + "%d/演练/%s 机台PC勒索软件应变演练.docx" % (d.year, ymd(d)), drill(co, d, "s"))

    # --- 05 品质与改善
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        ev = r.choice(sorted(EVENTS))
        rel = QA + "8D/8D-IT-%d %s %s.%s" % (d.year, {"mes": "MES Down", "eap": "EAP停线", "net": "网络中断"}[ev], ymd(d), r.choice(["docx", "pdf"]))
        put(rel, eight_d(co, d, r.random() < 0.8, ev))
    d = co.fresh()
    put(QA + "CAR/CAR-IT-%d ITSR准时结案率.docx" % d.year, car(co, d, r.random() < 0.75))
    fres = r.random() < 0.75
    slot("fmea", lambda d: QA + "FMEA/IT FMEA Rev.%s.xlsx" % ("C" if fres else "A"), lambda d: fmea(co, d, fres))
    dash = [s for s in ("target", "ten", "trend") if r.random() < 0.85]
    d = co.fresh()
    put(QA + "KPI/信息部KPI Dashboard_%d.xlsx" % d.year, kpi_dash(co, d, dash))
    slot("audit", lambda d: QA + "稽核/%d IT内部稽核报告.pdf" % d.year, lambda d: audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("review", lambda d: QA + "管理审查/%d 信息部管理审查会议记录.docx" % d.year, lambda d: review(co, d, inputs))
    if r.random() < 0.7:
        d = co.fresh()
        put(QA + "管理审查/信息安全委员会会议记录_%s.pdf" % ymd(d), isc_minutes(co, d, r.random() < 0.5, r.random() < 0.7), creator=r.choice(SCAN))
    put(TX + "Information Security Policy POL-ISMS-001.pdf", policy_en(co, date(2025, 1, r.randint(2, 28))))
    crit = r.random() < 0.8
    slot("ciplan", lambda d: QA + "持续改善/%d年度IT持续改善计划.docx" % d.year, lambda d: ci_plan(co, d, crit))
    ranked, tracked = r.random() < 0.85, r.random() < 0.8
    slot("cireg", lambda d: QA + "持续改善/CIP改善提案评估及追踪表_%s.xlsx" % ymd(d), lambda d: ci_register(co, d, ranked, tracked))
    slot("citrain", lambda d: QA + "持续改善/%s CIP意识宣导签到.xlsx" % ymd(d), lambda d: cip_train(co, d))
    slot("defects", lambda d: QA + "检讨报告/%d IT重大异常及失败变更检讨.docx" % d.year, lambda d: defects(co, d))
    auto = r.random() < 0.8
    if r.random() < 0.75:
        d = date(2026, 1, r.randint(10, 28))
        secs = [x for x in ("trend", "data", "defects", "forecast") if r.random() < 0.6]
        put(QA + "检讨报告/%d年度IT服务总结报告.%s" % (d.year - 1, r.choice(["docx", "pdf"])), annual(co, date(2026, 1, d.day), secs))
    slot("auto", lambda d: QA + "检讨报告/IT服务回顾及自动化机会分析_%d.docx" % d.year, lambda d: automation(co, d, auto))
    slot("dev", lambda d: QA + "检讨报告/%d CIM-IT工具开发计划.docx" % (d.year + 1), lambda d: dev_plan(co, d), date(2026, r.randint(9, 11), r.randint(1, 20)))

    archive(co, made, put)
    decoys(co, lock_bytes, put, TX, CIM, INF, SEC, SV, QA, ORG, EF)


def archive(co, made, put):
    """Last year's copies stay in last year's folder: genuine, but a year older, so they prove nothing current."""
    for name, factory, d, opt in made:
        if co.rng.random() >= 0.25:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = name(prev)
        if rel in co.used:
            continue
        put(rel, factory(prev), **opt)


def decoys(co, lock_bytes, put, TX, CIM, INF, SEC, SV, QA, ORG, EF):
    r = co.rng
    FM = TX + "FM表单/"
    # blank FM forms (templates)
    put(FM + "FM-IT-011 IT异常单（空白）.docx", blank(co, "IT异常单 IT Incident Form", "FM-IT-011", co.fresh(),
                                                     ["异常描述", "影响范围", "处置过程", "恢复确认", "生产单位签认"], False))
    put(FM + "FM-IT-016 ECR-ECN表单.xlsx", blank(co, "ECR/ECN 变更申请通知单", "FM-IT-016", co.fresh(),
                                                ["ECR No.", "变更内容", "影响评估", "Fallback", "CCB决议", "实施结果"]))
    put(FM + "FM-IT-022 网络及安全设备月PM点检表（空白）.xlsx", blank(co, "网络及安全设备月PM点检表", "FM-IT-022", co.fresh(),
                                                               ["Device", "点检项目", "标准", "Result", "Remark"]))
    put(FM + "FM-CIM-021 服务器周PM点检表.xlsx", blank(co, "MES/EAP服务器周PM点检表", "FM-CIM-021", co.fresh(),
                                                     ["PM Date", "Server", "Cluster", "Disk", "Backup", "PM人员"]))
    put(FM + "8D Report Template.docx", blank(co, "8D Report", "FM-QA-008", co.fresh(),
                                             ["D1 Team", "D2 Problem", "D3 Containment", "D4 Root Cause", "D5 PCA", "D6 Verify", "D7 Prevent", "D8 Closure"], False))
    put(SV + "03_满意度/IT服务满意度问卷（空白）.docx", blank(co, "IT服务满意度问卷", "FM-IT-070", co.fresh(),
                                                          ["响应速度", "专业能力", "沟通态度", "建议事项"], False))
    put(FM + "FM-IT-031 CAR-PAR矫正预防措施单.docx", blank(co, "CAR/PAR 矫正预防措施单", "FM-IT-031", co.fresh(),
                                                       ["来源", "原因分析", "矫正措施", "预防措施", "有效性验证"], False))
    # drafts
    d = co.fresh()
    put(TX + "PLN计划/草稿/PLN-IT-002 BCP Rev.D（征求意见稿）.docx", void(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put(SV + "02_协议/SA-IT 服务协议_%d续约_draft v0.2.docx" % (d.year + 1), void(agreement(co, d, True, True, True), "draft", "（Draft）"))
    d = co.fresh()
    put(QA + "持续改善/%d年度IT持续改善计划（草稿）.docx" % (d.year + 1), void(ci_plan(co, d, True), "draft", "（草稿）"))
    # obsolete
    d = date(2021, 9, 14)
    put(TX + "Obsolete作废/QP-IT-005 IT问题管理程序 Rev.A（作废 Obsolete）.pdf", void(qp(co, d, "problem", "A"), "obsolete", "【作废 Obsolete】"))
    d = date(2022, 5, 6)
    put(TX + "Obsolete作废/PLN-IT-001 IT紧急应变计划 Rev.C 作废.docx", void(erp(co, d, True, True), "obsolete", "（作废）"))
    # recycle bin
    d = co.fresh()
    put("$RECYCLE.BIN/S-1-5-21-%d-1001/%s MES当机应变演练记录.docx" % (r.randint(10 ** 8, 10 ** 9), ymd(d)), void(drill(co, d, "e"), "recycle bin"))
    d = co.fresh()
    put("$RECYCLE.BIN/S-1-5-21-%d-1001/CMDB_Export_%s.xlsx" % (r.randint(10 ** 8, 10 ** 9), ymd(d)), void(cmdb(co, d, True), "recycle bin"))
    # training about a plan, notices, procedures that only cite
    for plan in ("MES Down OCAP Rev.B", "IT紧急应变计划 Rev.E", "QP-IT-006 IT变更管理程序"):
        if r.random() < 0.75:
            d = co.fresh()
            put(ORG + "训练/%s 《%s》宣导签到.xlsx" % (ymd(d), plan), signin(co, d, plan))
    names = ["%s %s" % ("QP-IT-%03d" % QP[k][0], QP[k][1]) for k in ("incident", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    put(TX + "QP程序文件/QP-IT-001 文件与记录管制程序 Rev.D.docx", doc_control(co, co.issued(), names))
    put(TX + "信息部受控文件一览表 Master List_%d.xlsx" % 2026, doc_list(co, co.fresh(), names))
    put(TX + "QP程序文件/QP-IT-016 管理审查程序 Rev.B.pdf", mr_procedure(co, co.issued()))
    d = co.fresh()
    put(QA + "管理审查/关于召开%d年度管理审查会议的通知.docx" % d.year, mr_notice(co, d))
    d = co.fresh()
    put(CIM + "%d/演练/%d年度IT应变演练计划.docx" % (d.year, d.year), drill_plan(co, d))
    # document change notices naming procedures
    for k in r.sample(["incident", "change", "problem", "slm"], 2):
        d = co.fresh()
        put(TX + "DCN/DCN_%s_%s.pdf" % (ymd(d), "QP-IT-%03d" % QP[k][0]), dcn(co, d, QP[k][1], "QP-IT-%03d" % QP[k][0]), creator=r.choice(SCAN))
    # a user's plain copy of a real record (same text, same proof)
    recs = [(rel, obj) for rel, fmt, obj, _ in co.files if fmt in ("docx", "xlsx") and obj.items and not obj.decoy and obj.record]
    for rel, obj in r.sample(recs, min(r.randint(1, 2), len(recs))):
        base, ext = rel.rsplit(".", 1)
        put(base + " - 副本." + ext, copy_doc(obj))
    # a note typed in Notepad on the CIM duty PC (GB18030)
    d = co.fresh()
    put(CIM + "%d/交接班/夜班备忘_%s.txt" % (d.year, ymd(d)), Doc("memo", "夜班备忘", d, [], True, [
        ("title", "夜班备忘 %s" % iso(d)), ("p", "EAP-T%02d SECS断线两次，已重启Driver，明早请原厂确认。" % r.randint(1, 40)),
        ("p", "RTD报表07:30未产出，已手动补跑。交班：%s 接班：%s" % (co.p(3), co.p(4)))]), encoding="gb18030")
    # an E-Form query that returned nothing: a header only
    d = date(2026, 11, r.randint(20, 28))
    put(EF + "EForm_ECN_Export_%s.xlsx" % ymd(d), book("ecn", "E-Form ECN变更记录导出 ECN Export", d, True,
                                                      [("ECN", ["ECN No.", "ECR No.", "Date", "Change 变更内容", "Risk", "Approver", "CCB", "Result", "Fallback"], [],
                                                        ["54/records", "43/process-records"])]))
    # last year's signed PM checklists
    for m in sorted(r.sample(range(1, 13), r.randint(1, 2))):
        d = date(2025, m, r.randint(3, 26))
        put(INF + "%d/月PM/FM-IT-022_%d%02d 月PM点检表（签核）.pdf" % (d.year, d.year, m), pm_sheet(co, d, r.random() < 0.6), creator=r.choice(SCAN))
    # a manufacturing 8D forwarded by 品保
    d = co.fresh()
    put(co.af_other + "品保/8D_客诉_晶圆边缘刮伤_%s.pdf" % ymd(d), qa_8d(co, d))
    # weekly reports (a real document that proves nothing)
    for i in range(1):
        d = co.fresh()
        ext = r.choice(["docx", "txt"])
        rel = "%s%d/周报/IT周报_W%02d.%s" % (CIM, d.year, d.isocalendar()[1], ext)
        if rel not in co.used:
            put(rel, weekly(co, d), **({"encoding": "gb18030"} if ext == "txt" else {}))
    # lock files, empty files, Thumbs.db
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[3:90:16]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base[2:] if len(base) > 6 else base)
        co.raw(folder + "/" + owner, lock_bytes(co.p(r.randint(0, 5))), "Office lock file")
    for rel, data, why in [(EF + "EForm_ITSR_Export_202611 - 副本.xlsx", b"", "empty file"),
                           (QA + "管理审查/新建 Microsoft Word 文档.docx", b"", "empty file"),
                           (SEC + "2026/日志审查/安全日志审查月报_202611.docx", b"", "empty file"),
                           (INF + "2026/月PM/Thumbs.db", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "Windows thumbnail cache")]:
        if rel not in co.used:
            co.raw(rel, data, why)
    # unrelated
    for i in sorted(r.sample(range(len(UNREL)), r.randint(2, 3))):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put(co.af_other + "%s/%s.%s" % (folder, t, r.choice(["docx", "pdf", "xlsx"])), doc)
