# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_am.py - style AM: IT China (信息技术部) of a German-owned manufacturer's Chinese subsidiary.

An author voice for the accuracy corpus, used only by the AM shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py and the README's ground-truth conventions; never the rules,
the sources or a score).  The company is the 德资 subsidiary of a German industrial group (two plants,
Werk Taicang and Werk Chengdu).  Its IT China department runs SAP (basis and application support), the
MES of both Werke, the plant/OT networks, the firewalls and endpoint security, and provides the same IT
services to a Chinese joint-venture company next to Werk Chengdu under an Intercompany Service Agreement
(ISA) with a Service Level schedule; the JV is the form's customer.  A local IT service provider has
resident engineers (驻场) in the operations team.

Its people write the way a German group's China IT does: Group IT policies in English with a Chinese
China Addendum (GIT-POL-nn), bilingual SOPs and Work Instructions (ITCN-SOP-0nn / ITCN-WI-0nn, with a
Document Control table: Owner, Freigabe, Effective Date, Classification per TISAX), ServiceNow exports
with English headers (INC/CHG/RITM/PRB numbers), SAP basis checks, the monthly IT Service Report to the
Managing Director (Geschäftsführer), Quarterly Business Reviews with the JV, the IT Leadership Jour Fixe,
Group Internal Audit (GIA), ISO 27001 / TISAX vocabulary, meeting minutes in English with a 中文摘要, and
German words here and there (Werk, Betriebsrat, Freigabe, Rufbereitschaft, Kopie).  Folders:
01_Policies, 02_Procedures (SOP, WI), 03_Records/<year>/Q<n>/, 04_Service_Management, 05_JV_<short>,
06_Audit_Review, 07_Security, 08_Continuity, 09_CSI, 99_Archive, _Templates, Users/<name>, #recycle.

Every builder returns a kinds.Doc listing as items only what its own text proves: a section of a document
lends its items only when it is written; a sheet without data rows proves nothing; a record older than a
year keeps its items (record=True) and is stale.  build(co, lock_bytes) lays out the whole share.

Judgement calls of this voice (also in readme.md):
- a Group policy's China Addendum proves only what its own chapters are: GIT-POL-01's "PDCA / Management
  System" chapter is 10's PDCA model; GIT-POL-07 (IT Service Continuity, China Addendum) is 42's business
  continuity plan (approved by the Geschäftsführer); GIT-POL-03 (Information Security) and GIT-POL-09
  (Acceptable Use) prove nothing;
- a bilingual SOP is the procedure of its process (incident 49, request 49, problem 20/37, change 54,
  knowledge 21, SLM 39, security incident response 30/31/34, training service 31, pentest 31, internal
  audit 61/62, monitoring & measurement 61/62, CSI 65, preventive action 66); a Work Instruction of one
  module (firewall, SAP basis, backup, endpoint AV, vulnerability scan) is 24's work instruction and 11's
  manual, the WI Collection is one document; ITCN-SOP-001 Document Control and the Document Master List only
  cite the SOPs and prove nothing;
- the ServiceNow INC export is 43's process record and, with its "Time to respond" column, 55's response
  times; the CHG export is 54's change record and 43's process record; the RITM and PRB exports are 43's
  process records; an export that returned only its header row proves nothing;
- the Security Device Checklist workbook proves each record kind whose sheet has rows (Firewall/IPS 44's
  inspection, 45's monitoring, 14's maintenance; Endpoint AV 44/45's antivirus; Maintenance 14/44;
  Faults 44's faults; Firmware 44's upgrades), its Serverraum sheet (UPS, CRAC) alone nothing; only the
  HW Failure Statistics with totals is 14's statistics;
- the SAP Basis daily check log (SM51, ST22, SM37, DB backup) is 46's health-check record of a business
  system only; the JV quarterly Health Check Report is 15/46's record and, when it checks the security
  devices, 14/44's status check, with its data-collection section 16's records;
- a P1 Major Incident Report records an availability event (18, 22), is 43's process record and, with
  its response time against the ISA target, 55's response times; a P2 incident summary that only tells
  its own timeline proves nothing;
- the monthly IT Service Report to the MD is 50's monitoring report with its trend section, 56's data
  with its ten-KPI table and 18/22's availability report with its availability section; the IT China
  Annual Review proves 56 and 71 only with those sections;
- the QBR minutes with the JV are 57's measurement when they set SLA attainment, CSAT and complaints
  against targets, and 63's follow-up when they record the JV's own feedback; the Jour Fixe minutes prove
  each decision they record (the ISO China as interface 28, the service desk 48, ranked and approved CSI
  items 67); the weekly IT status notes prove nothing;
- a CAPA form is 57's corrective action and, with its effectiveness check filled, 66's effectiveness
  record; the Preventive Maintenance & Risk register with verification is 66's effectiveness record;
- the CSI Register's Opportunities sheet with scores, rank and the approver is 67's analysis and
  prioritisation (without the approval line nothing), its Tracking sheet 68's implementation and, with
  measured effect, 68's effectiveness; the CSI Plan is 64/68's plan, with its evaluation criteria 64's;
- Group Internal Audit's report is 59's internal audit only with its chapter that audits the IT service
  management system against ISO/IEC 20000-1, the service requirements and the JV's ISA requirements;
- the ISO/IEC 27001 certificate whose scope names the IT operation services is 61's third-party
  certification; the TISAX assessment result, the TISAX classification rule, the on-call roster, the
  IT OPEX budget of the cost centre, the Tenable scan export, the SAP access recertification and the
  Betriebsrat information prove nothing;
- the SAP DR failover test is 40's recovery drill, the ransomware tabletop exercise 40's emergency drill
  and 53's drill; a drill scope document proves nothing; a "- Kopie" copy proves what its original proves.
"""

from datetime import date, timedelta

from kinds import Doc

# per share: (company EN, group, HQ city, JV short CN, JV code, JV partner, ServiceNow instance, SAP SID,
#             MD, Group CISO, plant codes, ITSM doc prefix)
AM_INFO = {
    "am1": ("Kessler Antriebstechnik (Taicang) Co., Ltd.", "Kessler Group", "Schweinfurt", "川凯合资公司", "CKD",
            "川锋机械集团", "kessler.service-now.com", "KP1", "Dr. Markus Wendt", "Sabine Krüger", ("TC01", "CD01"), "ITCN"),
    "am2": ("Haldenberg Precision Components (Taicang) Co., Ltd.", "Haldenberg AG", "Heilbronn", "海天合资公司", "HTJ",
            "天府汽车零部件集团", "haldenberg.service-now.com", "HP0", "Thomas Gerlach", "Jens Albrecht", ("TC10", "CD20"), "ITCN"),
    "am3": ("Wolter Hydraulik (China) Co., Ltd.", "Wolter Hydraulik GmbH & Co. KG", "Ulm", "沃蜀合资公司", "WSH",
            "蜀液液压股份有限公司", "wolter.service-now.com", "WP1", "Stefan Baumeister", "Claudia Hoffmann", ("T100", "C200"), "ITCN"),
    "am4": ("Brenner Automotive Electronics (Taicang) Co., Ltd.", "Brenner SE", "Regensburg", "布西合资公司", "BXE",
            "西川汽车电子有限公司", "brenner.service-now.com", "BE1", "Dr. Katrin Vogel", "Martin Scholz", ("TAC", "CTU"), "ITCN"),
}


def cnd(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def ymd(d):
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def eud(d):
    """German/European date, 05.03.2026."""
    return "%02d.%02d.%04d" % (d.day, d.month, d.year)


def any_date(co, d):
    f = co.rng.randint(0, 4)
    return [d.isoformat(), eud(d), cnd(d), d.isoformat(), "%s %d, %d" % (d.strftime("%b"), d.day, d.year)][f]


def fs(s):
    """A name as it can stand in a path (no slash)."""
    return s.replace("/", "-").split("（")[0]


def qtr(d):
    return (d.month - 1) // 3 + 1


class Draft:
    """A written document built section by section; a section lends its items only when written."""

    def __init__(self, title):
        self.blocks = [("title", title)]
        self.items = []
        self.n = 0

    def head(self, *blocks):
        self.blocks += list(blocks)
        return self

    def sec(self, heading, body, items=(), on=True, numbered=True):
        if not on:
            return self
        self.n += 1
        self.blocks.append(("h1", ("%d  %s" % (self.n, heading)) if numbered else heading))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items)), record, self.blocks + list(tail))


def book(kind, title, d, record, sheets, note=None):
    """A workbook: (sheet, header, rows, items); a sheet without rows lends nothing."""
    out, items = [], []
    for name, header, rows, its in sheets:
        top = [[title]] + ([[note]] if note else [])
        out.append((name, top + [header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def export(kind, title, d, record, header, rows, items, sheet="Page 1"):
    """A ServiceNow list export: header in row 1, no title row (as the platform writes it)."""
    return Doc(kind, title, d, sorted(set(items)) if rows else [], record, sheets=[(sheet, [header] + rows)])


def nullify(doc, why, mark=None):
    doc.items, doc.decoy, doc.kind = [], why, "decoy_" + why.split()[0]
    if mark:
        doc.title += mark
        for i, b in enumerate(doc.blocks):
            if b[0] == "title":
                doc.blocks[i] = ("title", b[1] + mark)
                break
        if doc.sheets:
            name, rows = doc.sheets[0]
            rows[0] = [str(rows[0][0]) + mark] + list(rows[0][1:])
    return doc


def doc_control(co, code, ver, d, owner=None, approver=None):
    """The Document Control table every controlled IT China document starts with."""
    return [("table", [["Document No. 文件编号", code, "Version 版本", ver],
                       ["Owner 负责人", owner or co.p(0), "Freigabe / Approved 批准", approver or co.am_md],
                       ["Effective Date 生效日期", any_date(co, d + timedelta(days=14)), "Classification 密级", "Internal 内部 (TISAX)"],
                       ["Review cycle 评审周期", "annual 每年", "Language 语言", "EN / 中文"]])]


def blank_sheet(title, d, cols, n=12, sheet="Sheet1"):
    return Doc("blank", title, d, [], False,
               sheets=[(sheet, [[title], ["Werk:", "", "Date 日期:", ""], cols] + [[""] * len(cols) for _ in range(n)])],
               decoy="template")


def blank_doc(title, d, heads):
    b = [("title", title), ("p", "Document No.: ITCN-F-___    Version: ___    Date 日期: ____-__-__")]
    for h in heads:
        b += [("h1", h), ("p", "<please fill in / 请填写>"), ("p", " ")]
    b += [("p", "Prepared by 编制:            Reviewed by 审核:            Freigabe 批准:")]
    return Doc("blank", title, d, [], False, b, decoy="template")


# ------------------------------------------------------------------------------ policies & SOPs

# (code, English name, Chinese name, [(heading, [paragraphs], items, optional)])
SOPS = {
    "incident": ("ITCN-SOP-010", "Incident Management", "事件管理程序", [
        ("Purpose 目的", ["Restore normal IT service operation as quickly as possible and minimise the impact on production in both Werke and the JV.",
                        "尽快恢复IT服务，降低对太仓、成都工厂及合资公司生产的影响。"], [], False),
        ("Process 流程", ["Incidents are logged in ServiceNow by the Service Desk (phone, e-mail, portal, monitoring alerts).",
                        "事件受理与记录→分类与优先级（P1-P4）→初步诊断→功能/层级升级→解决与恢复→用户确认后关闭。",
                        "P1 (production line stop, SAP or MES down): response within 15 minutes, Major Incident Manager informs the Geschäftsführer."],
         ["49/incident-procedure"], False),
        ("Records 记录", ["All incidents are kept as INC records in ServiceNow; monthly statistics go into the IT Service Report."], [], False)]),
    "request": ("ITCN-SOP-011", "Request Fulfilment", "服务请求管理程序", [
        ("Purpose 目的", ["Handle standard service requests (user accounts, SAP roles, VPN, firewall opening, hardware) in a controlled way.",
                        "规范账号开通、SAP角色申请、VPN、防火墙端口开通等标准服务请求的受理、审批与实施。"], [], False),
        ("Process 流程", ["请求通过ServiceNow门户提交（RITM）→直属经理审批→涉及SAP关键权限的由Key User及信息安全官二次审批→实施→用户确认关闭。",
                        "Requests are fulfilled within the time stated in the service catalogue; the Vier-Augen-Prinzip applies to privileged access."],
         ["49/request-procedure"], False)]),
    "problem": ("ITCN-SOP-012", "Problem Management", "问题管理程序", [
        ("Purpose 目的", ["Find and remove the root cause of recurring or major incidents. 查找并消除重复发生或重大事件的根本原因。"], [], False),
        ("Process 流程", ["A PRB record is opened for every P1, for three similar incidents within 30 days and for failed changes.",
                        "问题记录→分类与优先级→根因分析（5-Why / Ishikawa）→已知错误与临时方案→通过变更实施永久解决→验证关闭。",
                        "Open problems are reviewed in the monthly IT Leadership Jour Fixe."], ["20/procedure", "37/procedure"], False)]),
    "change": ("ITCN-SOP-013", "Change Enablement", "变更管理程序", [
        ("Scope 范围", ["Changes to SAP (transports, kernel, support packages), MES, servers, network, firewalls and OT network of both Werke and the JV.",
                      "适用于SAP传输、内核及补丁、MES、服务器、网络、防火墙及OT网络的变更。"], [], False),
        ("Process 流程", ["变更申请（CHG）→风险与影响评估→测试证明→CAB评审（每周二）→Freigabe→在变更窗口实施并准备回退→实施后验证→关闭。",
                        "Emergency changes are approved by the ECAB (IT Head + on-call manager) and documented within 24 hours.",
                        "Every change keeps its request, assessment, approval, implementation, verification and back-out in the CHG record."],
         ["54/procedure"], False)]),
    "knowledge": ("ITCN-SOP-014", "Knowledge Management", "知识管理程序", [
        ("Process 流程", ["Knowledge articles are written after incidents, problems and changes and published in the ServiceNow knowledge base.",
                        "知识提交→知识管理员审核→发布→使用与反馈→每年复核，过期条目退役。"], ["21/procedure"], False)]),
    "slm": ("ITCN-SOP-015", "Service Level Management", "服务级别管理程序", [
        ("Process 流程", ["根据合资公司需求制定服务目录及服务级别，写入公司间服务协议（ISA）附件2，按月监测达成情况，每季度在QBR中评审。",
                        "Service levels are agreed with the JV in ISA Schedule 2, measured monthly and reviewed in the Quarterly Business Review; "
                        "breaches trigger an improvement action in the CSI Register."], ["39/slm-procedure"], False)]),
    "secinc": ("ITCN-SOP-016", "Security Incident Response", "信息安全事件响应程序", [
        ("Classification 事件分类", ["Security incidents: malware, network attack, data leakage / information destruction, device failure, other; "
                                  "severity critical / high / medium / low.",
                                  "信息安全事件分为有害程序、网络攻击、信息泄露与破坏、设备设施故障及其他事件，按影响分为严重、高、中、低四级。"], [], False),
        ("Reporting 上报", ["发现人→Service Desk→信息安全官（ISO China）→IT Head及合资公司接口人；严重事件30分钟内报告Geschäftsführer和Group CISO，"
                           "按法规要求向属地公安网安部门报告。"], ["30/reporting-process"], False),
        ("Handling 处置", ["Triage → containment (isolate host / block IP on firewall) → eradication → recovery → verification; all steps in the SIR record.",
                          "确认与定级→遏制→根除→恢复→验证。"], ["30/response-process", "31/incident-process"], False),
        ("Emergency response 应急响应", ["达到IT应急预案启动条件的，由IT Head宣布启动《IT Emergency Response Plan China》，成立应急小组，处置完毕后宣布解除。"],
         ["34/emergency-process"], True),
        ("Post-incident 事后处理", ["Lessons-learned report within 5 working days, update of knowledge base and plans. 事后5个工作日内完成事件报告与经验总结。"],
         ["34/incident-process"], False)]),
    "training": ("ITCN-SOP-017", "Security Awareness Training Service", "安全意识培训服务程序", [
        ("Process 流程", ["培训需求调研（含合资公司）→年度培训计划→课件编写与ISO审核→实施（签到）→在线测试→效果评估→记录归档。",
                        "Mandatory e-learning for all users once a year; classroom sessions for shopfloor key users in both Werke and the JV."],
         ["31/training-process"], False)]),
    "pentest": ("ITCN-SOP-018", "Penetration Testing", "渗透测试程序", [
        ("Process 流程", ["Written authorisation by the system owner and the Group CISO → scope and test window (no test during production peaks) → "
                        "reconnaissance → exploitation and verification → report → remediation tracking → retest.",
                        "书面授权→确定范围与窗口→信息收集→漏洞发现与验证→报告→整改跟踪→复测；OT网络仅做被动测试。"], ["31/pentest-process"], False)]),
    "audit": ("ITCN-SOP-020", "Internal ITSM Audit", "IT服务管理内部审核程序", [
        ("Process 流程", ["每年至少一次覆盖全部ITSM流程的内部审核；审核员经培训且不审核本人工作。",
                        "Audit programme → audit plan → opening meeting → audit → nonconformity reports → closing meeting → CAPA follow-up; "
                        "results are input to the IT Management Review."], ["61/audit-system", "62/audit-mechanism"], False)]),
    "monitor": ("ITCN-SOP-021", "Service Monitoring & Measurement", "服务监视与测量程序", [
        ("Process 流程", ["Measured: SLA attainment per ISA Schedule 2, JV customer satisfaction, complaints, KPIs of the IT Service Report.",
                        "按月统计KPI，按季度在QBR评审，每半年满意度调查；未达成目标的开CAPA并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], False)]),
    "csi": ("ITCN-SOP-022", "Continual Service Improvement", "持续服务改进程序", [
        ("Process 流程", ["Improvement opportunities come from audits, management review, QBR, complaints, incident/problem trends and KPI misses.",
                        "识别并登记于CSI Register→按评估标准打分排序→IT Head批准→实施→测量效果→在管理评审及QBR中报告。"], ["65/procedure"], False)]),
    "prevent": ("ITCN-SOP-023", "Preventive Action & Risk Treatment", "预防措施程序", [
        ("Process 流程", ["Potential nonconformities are identified from capacity trends, lifecycle (end-of-support) reviews, health checks and risk assessments.",
                        "识别潜在不符合→制定预防措施→IT Head批准→实施→一个月内验证有效性并记录于Preventive Maintenance & Risk Register。"],
         ["66/preventive-actions"], False)]),
}


def sop_body(co, key, drop_optional=False):
    code, en, cn, secs = SOPS[key]
    b, items, n = [], [], 0
    for h, paras, its, opt in secs:
        if opt and drop_optional:
            continue
        n += 1
        b.append(("h1", "%d  %s" % (n, h)))
        b += [("p", p) for p in paras]
        items += its
    return b, items


def sop(co, d, key, ver="V2.0", drop_optional=False, cites=()):
    code, en, cn, _ = SOPS[key]
    body, items = sop_body(co, key, drop_optional)
    b = [("title", "%s %s / %s" % (code, en, cn))] + doc_control(co, code, ver, d)
    b += body
    if cites:
        b += [("h1", "Related documents 相关文件")] + [("p", c) for c in cites]
    return Doc("sop:" + key, en, d, sorted(set(items)), False, b)


def policy_itsm(co, d, pdca):
    p = Draft("GIT-POL-01 IT Service Management Policy / IT服务管理政策 (China Addendum)")
    p.head(*doc_control(co, "GIT-POL-01-CN", "3.1", d, owner=co.p(0)))
    p.sec("Scope 适用范围", ["This China Addendum applies the %s IT Service Management Policy to IT China, Werk Taicang, Werk Chengdu and the "
                          "IT services provided to %s under the Intercompany Service Agreement." % (co.am_group, co.am_jv),
                          "本附录将集团IT服务管理政策落实到中国区信息技术部及其向合资公司提供的IT服务。"])
    p.sec("Management system (PDCA) 管理体系", [
        "Plan 策划: annual IT objectives, service catalogue and ISA service levels are set in the IT Strategy Workshop;",
        "Do 实施: services are delivered according to the ITCN SOPs and Work Instructions;",
        "Check 检查: KPIs in the monthly IT Service Report, internal ITSM audit, Group Internal Audit, QBR and the annual IT Management Review;",
        "Act 改进: CAPA and the CSI Register close the loop. 按策划-实施-检查-改进循环运行IT服务管理体系。"], ["10/pdca"], pdca)
    p.sec("Responsibilities 职责", ["IT Head China owns this addendum; the Geschäftsführer approves it; Group IT (%s) is informed." % co.am_hq])
    return p.doc("policy", d, False)


def policy_continuity(co, d):
    p = Draft("GIT-POL-07 IT Service Continuity Policy / IT服务连续性政策 (China Addendum)")
    p.head(*doc_control(co, "GIT-POL-07-CN", "2.1", d, owner=co.p(2)))
    p.sec("Scope 适用范围", ["Critical IT services of Werk Taicang, Werk Chengdu and %s: %s, %s, %s, plant network." % (co.am_jv, co.sys(0), co.sys(1), co.sys(2))])
    p.sec("Business impact 业务影响", [("table", [["Service 服务", "MTPD 最大可容忍中断", "RTO", "RPO"],
                                                  [co.sys(0), "8 h", "4 h", "15 min"], [co.sys(1), "2 h (line stop)", "1 h", "0-5 min"],
                                                  [co.sys(2), "24 h", "8 h", "4 h"]])])
    p.sec("Continuity mechanism 连续性机制", ["应急响应由《IT Emergency Response Plan China》规定；灾难恢复依靠太仓/成都双机房互备、SAP HANA System Replication和Veeam异地备份；"
                                         "MES断网时各产线启用本地缓存模式（offline mode）至少4小时。",
                                         "The plan is tested once a year (DR failover test and tabletop exercise) and reviewed annually."])
    p.sec("Approval 批准", ["Freigabe: %s, Geschäftsführer, on %s. 本连续性计划经总经理批准发布。" % (co.am_md, eud(d))])
    p.items.append("42/bcp")
    return p.doc("policy_bcp", d, False)


def policy_plain(co, d, code, title, paras):
    b = [("title", title)] + doc_control(co, code, "4.0", d, owner=co.p(1)) + [("p", x) for x in paras]
    return Doc("policy_other", title, d, [], False, b)


WIS = {
    "fw": ("ITCN-WI-030", "Firewall Rule Maintenance", "防火墙策略维护作业指导书",
           ["Check CHG number and approval status in ServiceNow 核对变更单号与审批状态", "Export running config as backup 导出当前配置备份",
            "Add / remove rules exactly as in the CHG, object names per naming convention 按变更单调整策略",
            "Test connectivity with the requester, attach screenshot to CHG 验证并回填实施结果"]),
    "sap": ("ITCN-WI-031", "SAP Basis Daily Check", "SAP Basis日常检查作业指导书",
            ["SM51/SM50: all application servers and work processes active 检查应用服务器", "ST22: short dumps of the last 24 h 检查短储",
             "SM37: cancelled background jobs 检查失败作业", "DB backup log and HANA System Replication status 检查备份及复制状态",
             "Record results in the daily check log; open INC for deviations 记录并对异常开事件单"]),
    "bak": ("ITCN-WI-032", "Backup and Restore (Veeam)", "备份与恢复作业指导书",
            ["Check nightly job status in Veeam console 检查夜间备份作业", "Re-run failed jobs, open INC if second run fails 失败作业重跑",
             "Monthly restore test of one VM per Werk 每月恢复测试", "Copy to off-site repository in the other Werk 异地副本核对"]),
    "av": ("ITCN-WI-033", "Endpoint Protection Maintenance", "终端防病毒维护作业指导书",
           ["Check signature version and agent online rate in the console 检查病毒库版本与在线率",
            "Follow up endpoints offline > 7 days with Werk IT 跟踪离线终端", "Weekly full scan of servers, shopfloor PCs excluded during production 每周全盘扫描",
            "Report detections as security incident per ITCN-SOP-016 检出病毒按安全事件上报"]),
    "vs": ("ITCN-WI-034", "Vulnerability Scanning", "漏洞扫描作业指导书",
           ["Confirm scan window with Werk production planning 与生产计划确认扫描窗口", "Run authenticated scan of the IT segments, OT segments passive only 执行扫描",
            "Review critical / high findings, remove false positives 复核高危漏洞", "Create remediation tasks and rescan 整改与复扫"]),
}


def wi(co, d, key):
    code, en, cn, steps = WIS[key]
    p = Draft("%s %s / %s" % (code, en, cn)).head(*doc_control(co, code, "1.%d" % co.rng.randint(0, 4), d, owner=co.p(2)))
    p.sec("Scope 适用范围", ["IT China operations staff and resident engineers of %s. 适用于运维人员及驻场工程师。" % co.vendor])
    p.sec("Steps 作业步骤", ["Step %d: %s" % (i, s) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    p.sec("Notes 注意事项", ["Vier-Augen-Prinzip for productive systems; document every step in the ticket. 生产系统作业双人复核。"])
    return p.doc("wi", d, False)


def wi_collection(co, d, keys):
    b = [("title", "IT China Work Instruction Collection / 作业指导书合集 %d" % d.year), ("p", "Compiled by %s, %s" % (co.p(2), any_date(co, d)))]
    for k in keys:
        code, en, cn, steps = WIS[k]
        b += [("h1", "%s %s / %s" % (code, en, cn))] + [("p", "%d. %s" % (i, s)) for i, s in enumerate(steps, 1)]
    return Doc("wi_book", "WI Collection", d, ["24/work-instructions", "11/manuals"], False, b)


# ------------------------------------------------------------------------------ JV onboarding (运维前)

def req_survey(co, d, tm, sec):
    p = Draft("IT Service Requirements Survey – %s / 合资公司IT服务需求调研报告" % co.am_jv).head(
        ("p", "Prepared by IT China (%s, %s), %s" % (co.p(0), co.p(3), any_date(co, d))))
    p.sec("Background 背景", ["Before the ISA took effect, IT China interviewed the JV's Geschäftsführung, production, quality, logistics and finance "
                            "(%s, %s) and reviewed the JV's five-year plan (localisation of e-motor housings, second assembly line)." % (co.cp(0), co.cp(1)),
                            "结合合资公司战略规划和业务部门访谈形成本报告。"])
    p.sec("Service hours 服务时间要求", ["The JV produces in three shifts, Monday to Saturday. 合资公司三班生产，周一至周六。",
                                       ("table", [["System 系统", "Service hours 服务时间", "Response 响应", "Restore 恢复"],
                                                  [co.sys(1), "24×6 (3-shift)", "15 min", "1 h"], [co.sys(0), "7×24", "30 min", "4 h"],
                                                  ["Office IT / e-mail", "Mo-Fr 08:00-17:30", "4 h", "next working day"]])],
          ["1/survey"], tm)
    p.sec("Security service needs 安全服务需求及类型", ["合资公司提出的安全服务需求：防火墙与OT网络隔离运维、终端防病毒、漏洞扫描与渗透测试、日志审计、等级保护合规支持、"
                                                  "安全事件应急响应、员工安全意识培训。按类型分为：安全运维、安全评估、应急响应、培训咨询。",
                                                  "The JV's OEM customers require TISAX AL2 for the JV site from %d." % (d.year + 1)], ["5/survey"], sec)
    p.sec("Conclusion 结论", ["Confirmed by %s (JV IT coordinator); input for ISA Schedule 1 (Service Catalogue) and Schedule 2 (Service Levels)." % co.cp(0)])
    return p.doc("req_survey", d, False)


def isa_cost(co, d):
    rows = [[1, "SAP basis & application support", 180, "1.0 FTE SAP Basis, 0.5 FTE AMS", 1600, 288000, "go-live %d-01" % (d.year + 1)],
            [2, "MES support (3-shift)", 150, "on-call MES engineer", 1400, 210000, "monthly"],
            [3, "Network / firewall / OT operation", 120, "resident engineer %s" % co.vendor, 1100, 132000, "from ISA start"],
            [4, "Security services (scan, pentest, log review)", 30, "ISO China + external", 2200, 66000, "Q2 / Q4"],
            [5, "Service desk (shared)", 90, "1st level desk", 800, 72000, "from ISA start"],
            ["", "Total 合计", 570, "", "", 768000, ""]]
    return book("isa_cost", "ISA Service Charge Calculation %d / 公司间服务费测算" % (d.year + 1), d, False, [
        ("Calculation", ["No.", "Service 服务项", "Effort (man-days) 工作量", "Resources 人力", "Rate CNY/day", "Amount CNY 经费", "Milestone 节点"], rows,
         ["2/budget"])], note="Prepared %s / checked by Controlling %s / %s" % (co.p(0), co.p(5), eud(d)))


def kickoff(co, d, agreed):
    p = Draft("Minutes – Kick-off Meeting IT Services for %s / 合资公司IT服务启动会纪要" % co.am_jv).head(
        ("p", "Date: %s, 14:00-16:30, Meeting room Werk Chengdu / Teams" % any_date(co, d)),
        ("p", "Participants: %s, %s (JV); %s, %s (IT China); %s (Controlling)" % (co.cp(0), co.cp(1), co.p(0), co.p(2), co.p(5))))
    p.sec("Topics 议题", ["Scope of IT services under the ISA, on-site support in Werk Chengdu, ticket channel, reporting."])
    p.sec("Agreements 达成一致", ["1. Scope: SAP, MES, network, firewall, endpoint security and service desk for the JV.",
                                "2. One resident engineer on site in the JV building on working days; nights and Sundays remote on-call.",
                                "3. Monthly IT Service Report and Quarterly Business Review; health check every quarter.",
                                "Both parties agreed on the above; IT China will draft ISA Schedules 1 and 2 accordingly.",
                                "中文摘要：双方就服务范围、驻场安排、报告及健康检查频次达成一致，由信息技术部起草服务协议附件。"], ["3/communication"], agreed)
    p.sec("Open points 遗留事项", ["JV-specific MES reports to be quoted separately."])
    return p.doc("kickoff", d, False, [("p", "Minutes: %s    Confirmed 确认: %s (JV) / %s (IT China)" % (co.p(3), co.cp(0), co.p(0)))])


def hist_review(co, d, on):
    p = Draft("Transition Assessment – Historical Service Data of %s / 历史运维数据分析" % co.am_jv).head(("p", "IT China, %s" % any_date(co, d)))
    p.sec("Data inventory 历史数据清单", [("table", [["Data 数据", "Source 来源", "Period 期间", "Records 数量"],
                                                   ["Incident tickets (old helpdesk tool)", "JV OTRS", "%d" % (d.year - 1), co.rng.randint(400, 1500)],
                                                   ["Change log", "Excel (JV IT)", "%d" % (d.year - 1), co.rng.randint(30, 120)],
                                                   ["Monitoring alarms", "PRTG", "%d" % (d.year - 1), co.rng.randint(2000, 9000)],
                                                   ["Firewall logs", "FortiAnalyzer", "last 6 months", "%d M" % co.rng.randint(20, 90)]])],
          ["4/history-list"], "list" in on)
    p.sec("Analysis 分析", ["KPI attainment: MES availability 99.2% (target 99.5% not met); ticket resolution in time 88%.",
                          "Violations 违例操作: shared admin passwords on OT switches, 3 firewall changes without approval.",
                          "Major incidents 重大事件: ransomware on a shopfloor PC (contained), 6 h MES outage after storage failure.",
                          "Failed changes 失败变更: 2 (MES patch without test, VLAN change rolled back)."], ["4/analysis"], "analysis" in on)
    p.sec("Strategy and implementation 保障策略及实施方案", ["Take over all changes into ServiceNow CAB; OT segmentation; MES storage replacement; named accounts.",
                                                      ("table", [["Measure 措施", "Owner", "Due"], ["OT segmentation", co.p(4), "Q2"],
                                                                 ["MES storage replacement", co.p(2), "Q1"], ["Named admin accounts", co.p(1), "Q1"]])],
          ["4/strategy"], "strategy" in on)
    return p.doc("hist_review", d, False)


def avail_kpis(co, d):
    rows = [["Overall 整体", "Availability of all ISA services", "all", "≥ 99.5 %", "monthly"],
            ["Overall 整体", "P1 incidents", "all", "≤ 2 / year", "yearly"],
            ["Single system 单系统", "%s availability" % co.sys(0), co.sys(0), "≥ 99.7 %", "monthly"],
            ["Single system 单系统", "%s availability (production hours)" % co.sys(1), co.sys(1), "≥ 99.8 %", "monthly"],
            ["Single system 单系统", "Internet / SD-WAN link", "JV site", "≥ 99.9 %", "monthly"]]
    return book("avail_kpis", "Availability KPI List / 可用性指标清单", d, False, [
        ("KPIs", ["Type 类型", "KPI", "Scope 范围", "Target 目标", "Period"], rows, ["6/availability-kpis"])])


def svc_impact(co, d, auto):
    p = Draft("Review of Past Service Solutions and Production Impact / 以往服务方案生产影响分析").head(("p", "IT China, %s" % any_date(co, d)))
    p.sec("Solutions delivered 以往解决方案", ["%d solutions in %d: MES client roll-out, firewall migration, SAP printer re-design, OT switch replacement."
                                           % (co.rng.randint(18, 40), d.year - 1)])
    p.sec("Production impact 对生产的影响", ["Three solutions caused short line stops (max. 20 min, in planned shift changes); none exceeded the agreed window."],
          ["7/impact-analysis"])
    p.sec("Resolution efficiency and automation 解决效率与可自动化服务", [
        "%d security events, mean handling 3.1 h; 60%% repetitive (AV detections, locked accounts, certificate expiry)." % co.rng.randint(70, 160),
        "Candidates for automation: certificate expiry monitoring, AV status reports, account unlock self-service, health-check report generation."],
          ["7/automation"], auto)
    return p.doc("svc_impact", d, True)


# ------------------------------------------------------------------------------ service design

def catalogue(co, d, parts):
    items, rows = ["29/catalog"], []
    base = [("Onboarding 初始服务", "asset identification, CI collection, process onboarding of new JV lines"),
            ("Security device operation 安全设备运维", "firewalls, IPS, web proxy, endpoint protection: maintenance and updates"),
            ("Daily checks 日常巡检", "daily/weekly checks of security devices, server room and backups"),
            ("Health check 健康检查", "quarterly health check of security devices, SAP and MES"),
            ("Security event audit 安全事件审计", "log review of network/security devices, servers and applications")]
    l2 = [("Monitoring & analysis 运维监控与分析", "24×7 monitoring (PRTG / SAP Solution Manager), monthly trend analysis"),
          ("Endpoint security monitoring 终端安全监控", "AV, USB control, NAC on office and shopfloor PCs"),
          ("等保 compliance operation 等级保护合规性运维", "yearly 等保 check and remediation tracking")]
    l1 = [("Security advisories & vulnerability analysis 安全通告及漏洞分析", "vendor, CERT and Group CISO advisories, impact analysis"),
          ("Emergency response 应急响应服务", "24×7 on-call, P1 on site in 2 hours")]
    for on, its, ents in (("base" in parts, ["12/catalog"], base), ("l2" in parts, ["19/catalog"], l2), ("l1" in parts, ["26/catalog"], l1)):
        if on:
            items += its
            rows += [[n, c, co.rng.choice(["on-site", "remote", "on-site + remote"]), co.rng.choice(["ticket", "report", "checklist"])] for n, c in ents]
    rows += [["User & SAP role management", "accounts, roles, SoD check", "remote", "RITM"], ["Hardware service", "PC, printer, scanner", "on-site", "RITM"]]
    return book("catalogue", "ISA Schedule 1 – IT Service Catalogue / IT服务目录 (%d)" % d.year, d, False, [
        ("Service Catalogue", ["Service 服务", "Description 内容", "Delivery 方式", "Output 交付物"], rows, items)])


def uc_ola(co, d, sld, ola):
    p = Draft("Underpinning Contract Service Levels and Internal OLA / 外包服务级别设计与内部运营级别协议")
    p.head(*doc_control(co, "ITCN-SLM-002", "1.%d" % co.rng.randint(1, 5), d))
    p.sec("Service levels agreed with %s 与外包方约定的服务级别" % co.vendor,
          ["P1: response 15 min, restore 2 h; P2: 30 min / 8 h; P3: 4 h / 3 working days; resident engineer on site Mo-Sa 08:00-20:00."], ["8/sld"], sld)
    p.sec("Operational Level Agreement between IT China teams 内部运营级别协议",
          ["Service Desk → SAP / MES / Infrastructure teams: P1 taken over in 15 min, restored in 2 h; P2 30 min / 8 h; P3 4 h.",
           "These internal targets are aligned with the service levels of the underpinning contract and with ISA Schedule 2; "
           "the Service Level Manager checks the alignment every half year. 内部时限与外包服务级别保持一致。"], ["8/ola"], ola)
    return p.doc("uc_ola", d, False)


def isa(co, d, modes, core, health):
    p = Draft("Intercompany Service Agreement – Schedule 2 Service Levels / 公司间服务协议 附件2 服务级别")
    p.head(("p", "Between %s (Service Provider) and %s (Service Recipient)" % (co.name, co.customer)),
           ("p", "Agreement No. ISA-%s-%d-%02d" % (co.am_jvcode, d.year, co.rng.randint(1, 20))))
    p.sec("Services 服务范围", ["IT services per Schedule 1 for the JV site in Chengdu: %s, %s, %s, network, security, service desk." % (co.sys(0), co.sys(1), co.sys(2))])
    p.sec("Support model 运维方式", ["On-site: one resident engineer in the JV building on working days (驻场值守); periodic checks: weekly security device check and "
                                   "monthly server room check (定期巡检); remote: 24×7 remote on-call and monitoring from Werk Taicang (远程值守)."], ["35/sla"], modes)
    p.sec("Service levels and core KPIs 服务级别与核心指标", [("table", [["KPI", "Commitment 承诺"], ["%s availability" % co.sys(1), "≥ 99.8 % (production hours)"],
                                                                  ["%s availability" % co.sys(0), "≥ 99.7 %"], ["P1 response / restore", "15 min / 2 h"],
                                                                  ["P2 response / restore", "30 min / 8 h"], ["Customer satisfaction", "≥ 4.2 / 5"]])],
          ["36/sla"], core)
    p.sec("Health check 健康检查", ["Quarterly health check of the JV's security devices, %s and %s; on-site in the JV, remote for the central SAP; "
                                  "report within 5 working days. 每季度一次，现场与远程结合。" % (co.sys(0), co.sys(1))], ["15/agreement"], health)
    p.sec("Term 期限", ["This schedule is valid from %s for three years and reviewed every year in the Q4 QBR." % eud(d)])
    p.items.append("39/sla")
    return p.doc("isa", d, False, [("p", "For the Service Provider: %s (Geschäftsführer)    For the Service Recipient: %s" % (co.am_md, co.cp(0))),
                                   ("p", "Signed on %s" % any_date(co, d))])


def org(co, d, vendor):
    rows = [["Body 组织", "Role 角色", "Name 姓名", "Unit 单位"],
            ["Information Security Steering Committee 安全领导小组", "Chair", co.am_md, "Geschäftsführer"],
            ["Information Security Steering Committee 安全领导小组", "Member", co.p(0), "IT Head China"],
            ["Information Security Steering Committee 安全领导小组", "Member", co.cp(1), "JV Plant Manager"],
            ["ISMS / ITSM management team 管理组", "ISO China", co.p(1), "IT China"],
            ["ISMS / ITSM management team 管理组", "Service Level Manager", co.p(3), "IT China"],
            ["Operations team 执行组", "Infrastructure Lead", co.p(4), "IT China"], ["Operations team 执行组", "SAP Basis", co.p(2), "IT China"]]
    if vendor:
        rows += [["Operations team 执行组", "Resident engineer 驻场工程师", co.vp(0), co.vendor], ["Operations team 执行组", "Resident engineer 驻场工程师", co.vp(1), co.vendor]]
    p = Draft("IT China Organisation and Information Security Organisation / 信息技术部及信息安全组织架构")
    p.head(*doc_control(co, "ITCN-ORG-001", "%d.0" % (d.year - 2019), d))
    p.sec("Structure 组织结构", ["The Information Security Steering Committee (安全领导小组) decides on security and IT service policy; the management team "
                               "runs the ISMS/ITSM; the operations team delivers the services%s." % (", including the resident engineers of %s" % co.vendor if vendor else ""),
                               ("table", rows)])
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else [])
    p.items += items
    return p.doc("org", d, False)


def staff(co, d, outs):
    own = [[i + 1, co.p(i), ["IT Head China", "ISO China", "SAP Basis", "Service Level Manager", "Infrastructure Lead", "Service Desk"][i],
            ["Taicang", "Taicang", "Taicang", "Taicang", "Chengdu", "Chengdu"][i], "permanent", "ITIL 4 F" if i % 2 else "CISP"] for i in range(6)]
    ven = [[i + 1, co.vp(i), co.vendor, ["Network & firewall", "Server & backup", "Service desk L1"][i], "JV site Chengdu", "%d-%02d" % (d.year - 1, 4 + i)]
           for i in range(3)] if outs else []
    return book("staff", "IT China Staff and Resident Engineer List / 运维人员清单 (%s)" % d.isoformat(), d, True, [
        ("IT China", ["No.", "Name 姓名", "Role 岗位", "Werk", "Contract", "Certificate"], own, ["9/staff-list"]),
        ("Resident Engineers", ["No.", "Name 姓名", "Company 公司", "Role 岗位", "Location", "Since"], ven, ["9/outsourcing"])])


def raci(co, d):
    rows = [["Service Level Manager", "ISA service levels, QBR, catalogue", "Management team 管理组", co.p(3)],
            ["ISO China 信息安全官", "security policy, incidents, vulnerability mgmt", "Management team 管理组", co.p(1)],
            ["SAP Basis", "SAP operation, transports, DR", "Operations team 执行组", co.p(2)],
            ["Infrastructure", "network, firewall, OT network, servers", "Operations team 执行组", co.p(4)],
            ["Service Desk", "INC/RITM logging, dispatch, follow-up", "Operations team 执行组", co.p(5)],
            ["Configuration Manager", "CMDB, asset register", "Management team 管理组", co.p(3)]]
    return book("raci", "IT China Role List (RACI) / 安全运维角色清单", d, False, [
        ("Roles", ["Role 角色", "Responsibilities 职责", "Body 对应组织", "Holder 人员"], rows, ["18/roles", "23/roles"])])


def iso_appoint(co, d):
    b = [("title", "Appointment of the Information Security Officer China / 关于任命中国区信息安全官的通知"),
         ("p", "Effective %s, %s is appointed Information Security Officer (ISO) China. The ISO China is the interface for all security matters with "
               "%s, the Group CISO (%s), customers' TISAX auditors and the authorities: security incident notification, security inspections, "
               "reception and distribution of security requirements. Deputy: %s." % (eud(d), co.p(1), co.am_jv, co.am_ciso, co.p(3))),
         ("p", "经公司研究决定，任命%s为中国区信息安全官，负责与合资公司、集团CISO及主管部门的安全管理接口工作。" % co.p(1)),
         ("p", "%s, Geschäftsführer    %s" % (co.am_md, cnd(d)))]
    return Doc("iso_appoint", "ISO appointment", d, ["28/interface-person"], False, b)


def desk_launch(co, d):
    b = [("title", "IT Service Desk China – Go-Live Announcement / IT服务台上线通知"),
         ("p", "From %s the IT Service Desk China is the single point of contact for all users of Werk Taicang, Werk Chengdu and %s." % (eud(d), co.am_jv)),
         ("p", "Channels: hotline ext. %d / +86 512 %d, portal https://%s/sp, e-mail itservicedesk.cn@%s.com; Mo-Sa 07:00-23:00, outside these hours "
               "the on-call engineer." % (co.rng.randint(6000, 6999), co.rng.randint(53000000, 53999999), co.am_snow, co.short.lower())),
         ("p", "Tasks: logging and classifying incidents and requests, first-level resolution, dispatch, follow-up and user confirmation."),
         ("p", "服务台职责：统一受理事件和服务请求，登记、分类、一线处理、派单、跟踪与回访。坐席：%s、%s及驻场L1工程师。" % (co.p(5), co.vp(2))),
         ("p", "IT China, %s" % co.p(0))]
    return Doc("desk_launch", "Service desk launch", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[d.isoformat(), "Service Desk onboarding 服务台岗前培训", "ServiceNow INC/RITM handling, P1 recognition, MES line-stop script", co.p(3), n, "passed 合格"]
            for n in (co.p(5), co.vp(2), co.p(4))]
    return book("desk_training", "Service Desk Training Record / 服务台人员培训记录", d, True, [
        ("Training", ["Date", "Course 培训", "Content 内容", "Trainer", "Participant 学员", "Result 考核"], rows, ["48/training"])])


def jour_fixe(co, d, n, topics):
    b = [("title", "IT Leadership Jour Fixe – Minutes No. %d/%d / IT管理例会纪要" % (n, d.year)),
         ("p", "Date: %s    Chair: %s    Participants: IT leads Taicang and Chengdu, ISO China; guest: %s" % (any_date(co, d), co.p(0), co.vp(0)))]
    items = []
    for i, t in enumerate(topics, 1):
        if t == "iso":
            b += [("h1", "%d  Security interface" % i),
                  ("p", "Decision: %s (ISO China) is the interface for security management towards the JV and the Group CISO; deputy %s. "
                        "决定由信息安全官%s担任安全管理接口人。" % (co.p(1), co.p(3), co.p(1)))]
            items.append("28/interface-person")
        elif t == "desk":
            b += [("h1", "%d  Service Desk" % i),
                  ("p", "Decision: a central IT Service Desk is set up in Taicang with hotline and ServiceNow portal for both Werke and the JV, "
                        "staffed by %s and one resident L1 engineer; go-live next month. 决定设立IT服务台。" % co.p(5))]
            items.append("48/service-desk")
        elif t == "csi":
            b += [("h1", "%d  CSI prioritisation" % i),
                  ("p", "The Service Level Manager presented the scored improvement opportunities (impact 40 %, effort 30 %, risk 30 %):"),
                  ("table", [["Rank", "Opportunity", "Score", "Decision"], [1, "MES line-stop alerting to on-call", 84, "approved"],
                             [2, "Self-service password reset", 77, "approved"], [3, "Automated health-check report", 62, "next year"]]),
                  ("p", "Approved by %s (IT Head). 前两项批准实施。" % co.p(0))]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "budget":
            b += [("h1", "%d  Budget" % i), ("p", "OPEX forecast on plan; laptop refresh moved to Q1 next year.")]
        elif t == "people":
            b += [("h1", "%d  Staffing" % i), ("p", "Vacancy SAP PP consultant Chengdu still open; Betriebsrat information on new shift model for on-call.")]
    b.append(("p", "Minutes: %s    中文摘要：见上述各项决定。" % co.p(3)))
    return Doc("jour_fixe", "Jour Fixe minutes", d, sorted(set(items)), True, b)


# ------------------------------------------------------------------------------ records: ServiceNow exports

def snow_inc(co, d, resp, empty=False):
    head = ["Number", "Opened", "Caller", "Company", "Short description", "Priority", "Assignment group", "Time to respond", "Resolved", "State"]
    rows = []
    if not empty:
        for i in range(co.rng.randint(10, 16)):
            x = d - timedelta(days=co.rng.randint(0, 30))
            pr = co.rng.choice(["3 - Moderate", "4 - Low", "3 - Moderate", "2 - High", "1 - Critical"])
            rt = {"1": co.rng.randint(4, 15), "2": co.rng.randint(10, 30)}.get(pr[0], co.rng.randint(15, 240))
            rows.append(["INC%07d" % co.rng.randint(100000, 999999), "%s %02d:%02d:00" % (x.isoformat(), co.rng.randint(6, 22), co.rng.randint(0, 59)),
                         co.rng.choice([co.cp(0), co.cp(2), co.p(4), "Line Lead L3", "QA Lab"]),
                         co.rng.choice([co.am_jv_en, "Werk Taicang", "Werk Chengdu"]),
                         co.rng.choice(["MES terminal line 2 frozen", "SAP GUI logon error", "Label printer not printing", "VPN disconnects",
                                        "Outlook mailbox full", "Scanner in warehouse offline", "AV detection on shopfloor PC"]),
                         pr, co.rng.choice(["CN-ServiceDesk", "CN-SAP-Basis", "CN-Infrastructure", "CN-MES"]), "%d min" % rt,
                         None, "Closed"])
            opened = date.fromisoformat(rows[-1][1][:10])
            h, mi = int(rows[-1][1][11:13]), int(rows[-1][1][14:16])
            end = h * 60 + mi + rt + co.rng.randint(20, 600)
            rows[-1][8] = "%s %02d:%02d:00" % ((opened + timedelta(days=end // 1440)).isoformat(), (end % 1440) // 60, end % 60)
    if not resp:
        head = head[:7] + head[8:]
        rows = [r[:7] + r[8:] for r in rows]
    items = ["43/process-records"] + (["55/response-times"] if resp else [])
    return export("snow_inc", "incident export", d, True, head, rows, items)


def snow_chg(co, d, with_rows=True):
    head = ["Number", "Type", "Short description", "Requested by", "CAB date", "Approval", "Planned start", "Risk", "Close code", "State"]
    rows = []
    if with_rows:
        for i in range(co.rng.randint(6, 12)):
            x = d - timedelta(days=co.rng.randint(0, 28))
            rows.append(["CHG%07d" % co.rng.randint(30000, 99999), co.rng.choice(["Normal", "Standard", "Normal", "Emergency"]),
                         co.rng.choice(["SAP transport %sK9%05d to %s" % (co.am_sid, co.rng.randint(1000, 99999), co.am_sid),
                                        "FortiGate rule: MES server to label printer VLAN", "MES hotfix %d.%d.%d" % (4, co.rng.randint(0, 9), co.rng.randint(0, 30)),
                                        "OT switch firmware update line 3", "Windows server patch wave %d" % co.rng.randint(1, 4), "HANA revision update"]),
                         co.rng.choice([co.p(2), co.p(4), co.vp(0)]), x.isoformat(), "Approved", "%s 20:00" % x.isoformat(),
                         co.rng.choice(["Low", "Moderate", "High"]), co.rng.choice(["Successful", "Successful", "Successful", "Unsuccessful - backed out"]),
                         "Closed"])
    return export("snow_chg", "change export", d, True, head, rows, ["54/records", "43/process-records"])


def snow_ritm(co, d):
    head = ["Number", "Item", "Requested for", "Opened", "Approval", "Stage", "Closed"]
    rows = []
    for i in range(co.rng.randint(8, 14)):
        x = d - timedelta(days=co.rng.randint(0, 30))
        rows.append(["RITM%07d" % co.rng.randint(100000, 999999), co.rng.choice(["SAP role request", "New user account", "VPN access", "Firewall opening",
                                                                             "Notebook replacement", "Shared folder access"]),
                     co.rng.choice([co.cp(1), co.cp(3), co.p(5), "Purchasing JV"]), x.isoformat(), "Approved", "Completed",
                     (x + timedelta(days=co.rng.randint(0, 3))).isoformat()])
    return export("snow_ritm", "request export", d, True, head, rows, ["43/process-records"])


def snow_prb(co, d):
    head = ["Number", "Short description", "Related incidents", "Root cause", "Known error", "State"]
    rows = [["PRB%07d" % co.rng.randint(10000, 99999), t, co.rng.randint(3, 12), rc, "yes", co.rng.choice(["Resolved", "Root cause analysis", "Closed"])]
            for t, rc in (("MES terminals freeze after shift change", "DB connection pool exhausted"),
                          ("Label printer jobs lost", "print server spooler memory leak"),
                          ("VPN drops for Chengdu users", "MTU mismatch on SD-WAN"))]
    return export("snow_prb", "problem export", d, True, head, rows, ["43/process-records"])


# ------------------------------------------------------------------------------ records: checks and operations

def sec_checklist(co, d, kinds):
    """Security Device Checklist (weekly, one workbook a month): one sheet per record kind."""
    days = [d - timedelta(days=7 * i) for i in range(5)]
    dev = ["FortiGate-TC-01", "FortiGate-CD-01", "FortiGate-JV-01", "IPS (FortiGate UTM)", "Web proxy"]
    sh = [("Serverraum", ["Date", "UPS load", "CRAC", "Temp/Humidity", "Fire system", "Checked by"],
           [[x.isoformat(), "%d%%" % co.rng.randint(30, 60), "OK", "%d°C / %d%%" % (co.rng.randint(20, 24), co.rng.randint(38, 55)), "OK", co.vp(0)]
            for x in days] if "env" in kinds else [], []),
          ("Firewall-IPS", ["Date", "Device", "HA status", "CPU", "Sessions", "Alarms", "Checked by"],
           [[x.isoformat(), co.rng.choice(dev), "in sync", "%d%%" % co.rng.randint(6, 45), co.rng.randint(8000, 90000),
             co.rng.choice(["none", "none", "2 low (acknowledged)"]), co.vp(0)] for x in days for _ in range(2)] if "dev" in kinds else [],
           ["44/inspection", "45/monitoring", "14/maintenance"]),
          ("Endpoint AV", ["Date", "Scope", "Signature version", "Online rate", "Scan result", "By"],
           [[x.isoformat(), "servers + office PCs + shopfloor PCs", "%s.%d" % (ymd(x), co.rng.randint(1, 9)), "%.1f%%" % (94 + co.rng.random() * 5),
             co.rng.choice(["clean", "1 PUA removed", "clean", "2 trojans quarantined"]), co.p(4)] for x in days[:4]] if "av" in kinds else [],
           ["44/virus-scan", "45/antivirus"]),
          ("Maintenance", ["Date", "Device", "Work done", "Result", "By"],
           [[x.isoformat(), co.rng.choice(dev), "log purge, unused rules review, fan/filter cleaning", "done", co.vp(1)] for x in days[::2]]
           if "maint" in kinds else [], ["14/maintenance", "44/maintenance"]),
          ("Faults", ["Date", "Device", "Symptom", "Diagnosis / fix", "Downtime", "By"],
           [[days[1].isoformat(), "FortiGate-JV-01", "PSU 2 alarm", "RMA, PSU replaced", "0 (redundant)", co.vp(0)],
            [days[3].isoformat(), "Core switch CD", "SFP port flapping", "SFP replaced", "15 min", co.p(4)]] if "fault" in kinds else [],
           ["44/faults"]),
          ("Firmware", ["Date", "Device", "From", "To", "CHG", "Verified"],
           [[days[2].isoformat(), "FortiGate-TC-01", "7.2.8", "7.2.10", "CHG%07d" % co.rng.randint(30000, 99999), "yes"],
            [days[4].isoformat(), "IPS signatures", "%s" % ymd(days[4]), "%s" % ymd(days[2]), "standard change", "yes"]] if "up" in kinds else [],
           ["44/upgrades"])]
    return book("sec_checklist", "Security Device Checklist %d-%02d / 安全设备巡检表" % (d.year, d.month), d, True, sh,
                note="ITCN-F-031  Werk Taicang / Werk Chengdu / JV site")


def hw_stats(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=41 * i)
        rows.append([i + 1, x.isoformat(), co.rng.choice(["FortiGate-TC-01", "FortiGate-JV-01", "Web proxy", "NAC appliance", "FortiGate-CD-01"]),
                     co.rng.choice(["PSU", "fan", "SSD", "SFP", "mainboard"]), co.rng.choice(["RMA", "spare part"]), "%d min" % co.rng.randint(0, 80)])
    rows.append(["", "Total 合计", "", "%d" % len(rows), "", ""])
    return book("hw_stats", "Security Appliance HW Failure Statistics %d / 安全设备硬件故障统计" % d.year, d, True, [
        ("Statistics", ["No.", "Date", "Device", "Part", "Action", "Impact"], rows, ["14/hardware-faults", "44/faults"])])


def sap_daily(co, d):
    rows = []
    for i in range(10):
        x = d - timedelta(days=i)
        rows.append([x.isoformat(), co.am_sid, "all %d app servers active" % co.rng.randint(3, 6), co.rng.randint(0, 12), co.rng.randint(0, 3),
                     co.rng.choice(["OK", "OK", "OK (log backup delayed 10 min)"]), "ACTIVE / SYNC", co.rng.choice([co.p(2), co.vp(1)])])
    return book("sap_daily", "SAP Basis Daily Check Log %d-%02d / SAP日常检查记录" % (d.year, d.month), d, True, [
        ("Daily Check", ["Date", "SID", "SM51 servers", "ST22 dumps", "SM37 cancelled jobs", "DB backup", "HSR status", "Checked by"], rows, ["46/records"])])


def health(co, d, collect, secdev, site=None):
    site = site or co.am_jv
    p = Draft("%s – IT Health Check Report Q%d %d / 健康检查报告" % (site, qtr(d), d.year)).head(
        ("p", "Method 检查方式: %s    Date: %s    By: %s, %s" % (co.rng.choice(["on-site 现场检查", "remote 远程检查", "on-site 现场检查"]), any_date(co, d), co.p(1), co.vp(0))))
    rows = [["Object 对象", "Availability 可用性", "Uptime", "Redundancy / alarms", "Result"],
            [co.sys(1) + " (JV lines)", "99.9%", "%d days" % co.rng.randint(20, 150), "cluster OK", "healthy"],
            [co.sys(0) + " (JV company code)", "99.95%", "%d days" % co.rng.randint(20, 200), "HSR in sync", "healthy"]]
    if secdev:
        rows += [["FortiGate-JV-01 (HA pair)", "100%", "%d days" % co.rng.randint(60, 300), "HA in sync", "healthy"],
                 ["Endpoint protection server", "100%", "%d days" % co.rng.randint(30, 200), "signature 1 day behind", "attention"]]
    p.sec("Scope 检查范围", ["%s%s and %s of the JV." % ("Firewalls, IPS, endpoint protection, " if secdev else "", co.sys(1), co.sys(0))])
    p.sec("Availability and continuity 可用性与持续性", [("table", rows)])
    p.sec("Data collection 信息采集", ["Configuration: running configs of firewall and core switch exported and compared with baseline, %d deviation(s);" % co.rng.randint(0, 3),
                                     "Traffic: WAN peak %d Mbps, average %d Mbps, no anomalies;" % (co.rng.randint(80, 400), co.rng.randint(20, 90)),
                                     "Status: CPU, memory, disk and sessions within thresholds. 采集配置、流量及状态信息。"],
          ["16/config", "16/traffic", "16/status"], collect)
    p.sec("Findings 问题与建议", [("AV server update task delayed, schedule corrected; " if secdev else "") + "replace access switches older than 7 years in hall 2."])
    p.items += ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    return p.doc("health", d, True)


def collect_log(co, d, which):
    head = ["Date", "Device"] + [{"config": "Config backup / diff to baseline", "traffic": "Traffic (peak)", "status": "Status (CPU/Mem)"}[w] for w in which] + ["By"]
    rows = []
    for i in range(6):
        x = d - timedelta(days=14 * i)
        r = [x.isoformat(), co.rng.choice(["FortiGate-TC-01", "Core switch TC", "FortiGate-JV-01", "OT firewall line 3"])]
        for w in which:
            r.append({"config": "saved, %d diff" % co.rng.randint(0, 2), "traffic": "%d Mbps" % co.rng.randint(100, 900),
                      "status": "CPU %d%% / Mem %d%%" % (co.rng.randint(5, 50), co.rng.randint(25, 70))}[w])
        rows.append(r + [co.vp(0)])
    return book("collect", "Network & Security Data Collection Log %d / 安全信息采集记录" % d.year, d, True, [
        ("Collection", head, rows, ["16/" + w for w in which])])


def log_review(co, d):
    p = Draft("Security Log Review %d-%02d / 安全日志审查月报" % (d.year, d.month)).head(("p", "ISO China %s, %s (SIEM: Wazuh / FortiAnalyzer)" % (co.p(1), any_date(co, d))))
    p.sec("Network and security devices 网络及安全设备日志", ["%d M firewall/IPS events; %d external scanning sources blocked; 1 brute force on VPN portal stopped by lockout."
                                                         % (co.rng.randint(20, 300), co.rng.randint(10, 90))])
    p.sec("Servers and operating systems 服务器及操作系统日志", ["Windows/Linux logon review: %d failed admin logons, all explained (password expiry); no new local admins." % co.rng.randint(2, 20)])
    p.sec("Applications 应用日志", ["%s security audit log (SM20): SAP_ALL used once under emergency access (firefighter), approved; %s: no unauthorized recipe change." % (co.sys(0), co.sys(1))])
    p.sec("Conclusion 结论", ["No successful intrusion. 本月未发现成功入侵。"])
    p.items += ["17/log-analysis", "45/audit-report", "47/audit"]
    return p.doc("log_review", d, True)


def advisory(co, d, n, full):
    p = Draft("IT China Security Advisory %s-SA-%d-%02d / 安全通告" % (co.am_prefix, d.year, n)).head(("p", "ISO China, %s    To: IT China, JV IT coordinator" % any_date(co, d)))
    p.sec("Vulnerabilities 漏洞通告", ["CVE-%d-%05d in FortiOS SSL-VPN (critical); CVE-%d-%05d in SAP NetWeaver (SAP Security Patch Day)." %
                                     (d.year, co.rng.randint(10000, 49999), d.year, co.rng.randint(10000, 49999))], ["52/vulnerability", "53/bulletin"])
    p.sec("Vendor advisories 厂商通告", ["Siemens ProductCERT advisory for S7 PLCs used on JV line 2; Microsoft Patch Tuesday."])
    p.sec("Virus / malware 病毒通告", ["Phishing wave with a fake 'customs declaration' attachment delivering an info-stealer; LockBit variant targeting manufacturers."],
          ["52/virus"], full)
    p.sec("Laws, policy and industry news 政策法规与业界动态", ["《网络数据安全管理条例》 obligations for data export to Group HQ; new TISAX ISA 6 catalogue; "
                                                           "a German automotive supplier hit by ransomware."], ["52/policy"], full)
    p.sec("Analysis and actions 分析与处置", ["Affected: %d assets (asset register); VPN patched in emergency CHG, SAP notes scheduled for next window." % co.rng.randint(2, 15)],
          ["52/analysis"], full)
    return p.doc("advisory", d, True)


def sec_stats(co, d, analysis):
    rows = []
    for m in range(1, d.month + 1):
        a, b_, c, e = co.rng.randint(0, 6), co.rng.randint(0, 8), co.rng.randint(0, 1), co.rng.randint(0, 2)
        rows.append(["%d-%02d" % (d.year, m), a, b_, c, e, a + b_ + c + e])
    return book("sec_stats", "Information Security Incident Statistics %d / 信息安全事件统计" % d.year, d, True, [
        ("Statistics", ["Month", "Malware 有害程序", "Network attack 网络攻击", "Data leakage 信息泄露", "Device failure 设备故障", "Total"], rows, ["18/incident-stats"]),
        ("Analysis", ["Analysis 分析"], [["Malware events mostly on shopfloor PCs via USB; network attacks are scans and VPN brute force. "
                                         "Measures: USB control on line PCs, geo-blocking on VPN. 主要为产线电脑U盘传播病毒及VPN暴力破解。"]] if analysis else [],
         ["18/incident-analysis"])])


def avail_plan(co, d):
    p = Draft("IT Availability Plan %d / 可用性计划" % d.year).head(*doc_control(co, "ITCN-AVM-001", "%d.0" % (d.year - 2022), d, owner=co.p(3)))
    p.sec("Targets 目标", ["%s ≥ 99.8 %% in production hours, %s ≥ 99.7 %%, %s ≥ 99.5 %%." % (co.sys(1), co.sys(0), co.sys(2))])
    p.sec("Measures 保障措施", ["MES cluster, HANA System Replication, redundant SD-WAN, spare firewall, quarterly failover test."])
    p.sec("Availability events and reporting 可用性事件与报告", ["Every outage is recorded as P1/P2 incident with outage time; availability is reported monthly in "
                                                           "the IT Service Report; misses trigger an availability improvement action."])
    p.items += ["18/availability-plan", "22/plan"]
    return p.doc("avail_plan", d, False)


def mir(co, d, p1=True):
    inc = "INC%07d" % co.rng.randint(100000, 999999)
    if p1:
        p = Draft("Major Incident Report %s – %s outage / 重大事件报告" % (inc, co.sys(1))).head(("p", "Priority: P1    Date: %s    MIM: %s" % (any_date(co, d), co.p(4))))
        p.sec("Impact 影响", ["%s unavailable for JV lines 1-3 for %d minutes; %d pieces of production lost; availability event recorded." % (co.sys(1), co.rng.randint(25, 110), co.rng.randint(80, 600))])
        p.sec("Timeline and response 时间线与响应", [("table", [["Time", "Event"], ["02:14", "monitoring alarm, INC opened"],
                                                              ["02:%02d" % co.rng.randint(18, 29), "on-call engineer responded (target ISA P1: 15 min – met)"],
                                                              ["03:05", "DB failover executed"], ["03:20", "lines restarted, service restored"]])],
              ["55/response-times"])
        p.sec("Root cause 根因", ["Storage controller firmware bug; PRB opened, vendor fix planned via CHG."])
        p.items += ["18/availability-events", "22/events", "43/process-records"]
        return p.doc("mir", d, True)
    b = [("title", "Incident summary %s (P2) – label printer outage hall 3" % inc),
         ("p", "On %s label printers in hall 3 stopped at 10:12; print spooler restarted at 10:55; users informed by the Service Desk." % any_date(co, d))]
    return Doc("p2_summary", "P2 summary", d, [], True, b)


def it_report(co, d, trend, data, avail):
    m = d.month - 1 or 12
    y = d.year if d.month > 1 else d.year - 1
    p = Draft("IT Service Report %d-%02d for the Managing Director / IT服务月报" % (y, m)).head(
        ("p", "To: %s (Geschäftsführer)    From: %s (IT Head China)    %s" % (co.am_md, co.p(0), any_date(co, d))))
    p.sec("Summary 摘要", ["Stable operation in both Werke and the JV; %d incidents, %d requests, %d changes." % (co.rng.randint(150, 400), co.rng.randint(200, 600), co.rng.randint(20, 60))])
    p.sec("Trends 趋势分析", [("table", [["KPI", "M-2", "M-1", "M", "Trend"], ["Incidents", 312, 287, 264, "↓"], ["SAP dialog response (ms)", 610, 655, 702, "↑"],
                                        ["WAN peak JV (Mbps)", 180, 196, 214, "↑"]]),
                            "SAP response time and JV WAN usage keep rising; capacity extension will be needed before the new JV line starts."],
          ["50/monitoring-report"], trend)
    p.sec("Operations KPIs 运维指标", [("table", [["KPI", "Value"], ["Anomaly reporting on time 异常报告及时率", "98.7%"], ["Missed anomalies 异常漏报率", "0.6%"],
                                                ["Maintenance plan on time 维护作业计划及时完成率", "97%"], ["Potential faults found 故障隐患发现率", "90%"],
                                                ["Anomalies found proactively 异常主动发现率", "86%"], ["Problem resolution 问题解决率", "93%"],
                                                ["Vulnerability scan coverage 漏洞扫描覆盖率", "100%"], ["Hardened devices 加固设备覆盖率", "94%"],
                                                ["Patches in time 安全补丁安装及时率", "91%"], ["Security incidents 安全事件次数", co.rng.randint(1, 8)]])],
          ["56/data"], data)
    p.sec("Availability 可用性", [("table", [["Service", "Target", "Actual", "Outages"], [co.sys(1), "99.8%", "99.86%", 1], [co.sys(0), "99.7%", "99.95%", 0],
                                           [co.sys(2), "99.5%", "99.41%", 2]]),
                                 "%s missed its target (two SAN path failures); availability action opened." % co.sys(2)],
          ["18/availability-report", "22/report"], avail)
    p.sec("Next month 下月计划", ["HANA revision update; firewall firmware wave; Q%d health check at the JV." % qtr(d)])
    return p.doc("it_report", d, True)


def asset_reg(co, d):
    devs = [("FW", "FortiGate 600F", "perimeter firewall Werk Taicang", "DC TC rack A3", "port1-2 → core", "high"),
            ("FW", "FortiGate 200F", "JV site firewall / OT segmentation", "JV IDF 1", "port5 → OT VLAN 300", "high"),
            ("SW", "Cisco C9500", "core switch Werk Chengdu", "DC CD rack B1", "Te1/0/1 → FW", "high"),
            ("SRV", "Lenovo SR650 V2", "%s application server" % co.sys(1), "DC CD rack B4", "bond0 → core", "high"),
            ("SRV", "HPE Superdome Flex", "%s HANA DB" % co.sys(0), "DC TC rack A1", "bond0 → core", "very high"),
            ("NAC", "FortiNAC", "network access control", "DC TC rack A3", "mgmt VLAN", "normal")]
    rows = [["%s-%s-%04d" % (co.am_prefix, t, co.rng.randint(1000, 9999)), m, t, f, loc, port, "production", cls,
             "%d.%d" % (co.rng.randint(1, 9), co.rng.randint(0, 20)), co.rng.choice(["In use", "In use", "In use - warranty ends next year"])]
            for t, m, f, loc, port, cls in devs]
    return book("asset_reg", "IT Asset Register (alm_hardware) / IT资产清单 – %s" % d.isoformat(), d, True, [
        ("Assets", ["Asset tag 资产标识", "Model 型号", "Class 种类", "Function 功能", "Location 位置", "Ports 端口对应", "Environment 部署",
                    "Protection need 分级 (TISAX)", "Firmware/OS 软件配置", "Status"], rows, ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    cis = [("FW policy set TC", "cmdb_ci_firewall"), ("FW policy set JV", "cmdb_ci_firewall"), ("%s instance %s" % (co.sys(0), co.am_sid), "cmdb_ci_sap_instance"),
           ("%s cluster" % co.sys(1), "cmdb_ci_appl"), ("HANA DB %s" % co.am_sid, "cmdb_ci_db_hana"), ("NAC policy", "cmdb_ci_config")]
    rows, links = [], []
    for i, (n, c) in enumerate(cis, 1):
        rows.append(["CI%06d" % (40000 + i), n, c, co.p(i), co.rng.choice(["confidential", "internal"]), "write: Config Manager only",
                     "change-controlled (CHG)", "daily export to Veeam repo"])
        if rel and i > 1:
            links.append(["CI%06d" % (40000 + i), co.rng.choice(["Depends on::Used by", "Runs on::Runs", "Protects::Protected by"]), "CI%06d" % (40000 + i - 1)])
    return book("cmdb", "ServiceNow CMDB export / 配置管理数据库导出 %s" % d.isoformat(), d, True, [
        ("cmdb_ci", ["CI", "Name", "Class", "Owner", "Confidentiality", "Access", "Integrity", "Backup"], rows, ["27/cmdb"]),
        ("cmdb_rel_ci", ["Parent", "Type", "Child"], links, ["38/cmdb-relations"])])


def ci_log(co, d):
    rows = [[(d - timedelta(days=17 * i)).isoformat(), "CI%06d" % (40001 + i % 6), co.rng.choice(["policy added", "firmware updated", "instance parameter changed",
                                                                                                 "new node", "decommissioned"]),
             "CHG%07d" % co.rng.randint(30000, 99999), co.p(3), co.p(4)] for i in range(7)]
    return book("ci_log", "CI Update Log %d / 配置项更新维护记录" % d.year, d, True, [
        ("Updates", ["Date", "CI", "Update", "CHG", "Updated by", "Verified by"], rows, ["43/ci-updates"])])


def kb_export(co, d):
    titles = ["MES terminal frozen after shift change", "SAP label print via SAPSprint", "FortiClient VPN MTU fix", "Reset SAP password (SU01) – self service",
              "HANA log volume full", "OT switch port security violation"]
    rows = [["KB%07d" % (10000 + i), t, co.rng.choice(["Troubleshooting", "How-to"]), co.p(i), "Published", (d - timedelta(days=40 * i)).isoformat()]
            for i, t in enumerate(titles)]
    return export("kb", "kb_knowledge export", d, True, ["Number", "Short description", "Category", "Author", "Workflow", "Published"], rows, ["21/knowledge-base"])


def baseline(co, d):
    rows = [["Windows Server", "Password policy", "≥ 12 chars, 90 days, lockout 5"], ["Windows Server", "RDP", "only via jump host, NLA"],
            ["Linux", "SSH", "no root login, key only"], ["FortiGate", "admin access", "HTTPS/SSH from mgmt VLAN only, MFA"],
            ["SAP", "profile parameters", "login/min_password_lng=10, rsau/enable=1"], ["OT switch", "ports", "unused ports shutdown, port security"]]
    return book("baseline", "IT China Security Hardening Baseline V%d.0 / 安全配置基线" % (d.year - 2020), d, False, [
        ("Baseline", ["Object", "Check", "Requirement"], rows, ["25/baseline"])])


def upgrade_plan(co, d, test, rb):
    p = Draft("%s Upgrade (FPS%02d) – Test and Cutover Plan / 升级测试及割接计划" % (co.sys(0), co.rng.randint(1, 3))).head(
        ("p", "CHG%07d    Cutover: %s 18:00 – next day 06:00    Author: %s" % (co.rng.randint(30000, 99999), any_date(co, d), co.p(2))))
    p.sec("Scope 范围", ["Feature pack stack upgrade of %s including HANA revision; JV company code included." % co.am_sid])
    p.sec("Test plan 测试计划", ["Functional regression (key users of both Werke and the JV, 240 test cases), performance test of MRP run, "
                               "authorisation/security test, interface test with %s and EDI. 功能、性能、安全及接口兼容测试。" % co.sys(1)],
          ["25/test-plan"], test)
    p.sec("Cutover 割接步骤", ["Lock users → backup → upgrade → post-processing → technical checks → key user smoke test → release."])
    p.sec("Fallback 回退措施", ["Full HANA backup and storage snapshot before start; decision point at 02:00; restore snapshot within 2 h if the smoke test fails. "
                              "回退步骤已在QAS演练。"], ["25/rollback", "11/rollback"], rb)
    return p.doc("upgrade_plan", d, False)


def req_record(co, d):
    b = [("title", "New JV Assembly Line 3 – IT Requirements Record / 新建产线IT需求分析记录"), ("p", "Date: %s    Project: L3 e-motor housing" % any_date(co, d)),
         ("table", [["Type 类别", "Requirement 需求", "JV confirmation"], ["Function 功能", "%s integration, traceability per part" % co.sys(1), "confirmed"],
                    ["Performance 性能", "cycle-time logging ≤ 200 ms, 45 stations", "confirmed"],
                    ["Security 安全", "OT segment behind firewall, no internet, USB blocked, TISAX AL2", "confirmed"]]),
         ("p", "JV signature 合资公司签字: %s" % co.cp(1))]
    return Doc("req_record", "requirements record", d, ["11/requirements"], True, b)


def compat(co, d):
    b = [("title", "Compatibility Test Report – %s %d.x / 兼容性验证报告" % (co.sys(1), co.rng.randint(4, 6))), ("p", "Date: %s" % any_date(co, d)),
         ("table", [["Item 验证项", "Content", "Result"], ["Network 网络兼容", "OT VLANs, firewall rules, PLC gateway", "passed"],
                    ["System 系统兼容", "Windows Server 2022, SQL Server 2019", "passed"], ["Application 应用兼容", "old terminal clients, %s interface" % co.sys(0), "passed"]]),
         ("p", "Result: compatible with existing lines. Tested by %s" % co.p(4))]
    return Doc("compat", "compatibility report", d, ["11/compatibility"], True, b)


# ------------------------------------------------------------------------------ security team

def pt_plan(co, d):
    b = [("title", "Penetration Test Plan %d / 渗透测试计划" % d.year), ("p", "ISO China, %s" % any_date(co, d)),
         ("table", [["Quarter", "Target", "Type", "Tester"], ["Q2", "Internet perimeter + VPN", "black box", "external (Group Red Team)"],
                    ["Q3", "%s web / Fiori" % co.sys(0), "grey box", "external"], ["Q4", "JV OT segment (passive)", "white box", co.p(1)]]),
         ("p", "Authorisation by system owner and Group CISO before each test; report within 10 working days.")]
    return Doc("pt_plan", "pentest plan", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pt_report(co, d):
    p = Draft("Penetration Test Report – Internet Perimeter China / 渗透测试报告").head(
        ("p", "Test period: %s    Testers: Group Red Team, %s    Authorisation: PT-%s" % (any_date(co, d), co.p(1), ymd(d))))
    p.sec("Scope 范围", ["Public IPs of Werk Taicang, Werk Chengdu and the JV, SSL-VPN, supplier portal."])
    p.sec("Findings 发现", [("table", [["ID", "Finding", "Severity", "Status"], ["F-01", "Outdated TLS on supplier portal", "medium", "fixed"],
                                       ["F-02", "User enumeration on VPN portal", "medium", "fixed"], ["F-03", "Missing security headers", "low", "accepted"]])])
    p.sec("Retest 复测", ["All medium findings fixed and retested on %s." % eud(d + timedelta(days=20))])
    p.items += ["31/pentest-records", "32/pentest-records"]
    return p.doc("pt_report", d, True)


def grading(co, d):
    b = [("title", "%s 网络安全等级保护定级报告" % co.sys(0)), ("p", "定级单位：%s    日期：%s" % (co.name, cnd(d))),
         ("p", "业务信息安全保护等级：第二级；系统服务安全保护等级：第二级；系统安全保护等级：第二级。"),
         ("p", "经专家评审后已向%s公安局网安支队备案，备案编号：%d%05d-%05d。" % (co.city, d.year, co.rng.randint(10000, 99999), co.rng.randint(1, 99999)))]
    return Doc("grading", "grading report", d, ["51/grading"], False, b)


def grading_rule(co, d):
    b = [("title", "ITCN-GL-005 Classification of Information Systems for 等级保护 / 信息系统定级标准"),
         ("p", "Based on GB/T 22240-2020: level by the object harmed and the degree of harm if business information or system service is damaged:"),
         ("table", [["Object harmed 受侵害客体", "general 一般损害", "serious 严重损害", "very serious 特别严重损害"],
                    ["legal rights of citizens/companies", "Level 1", "Level 2", "Level 2"], ["social order, public interest", "Level 2", "Level 3", "Level 4"]]),
         ("p", "ERP, MES and PLM of both Werke and the JV are graded by this rule; the ISO China files the grading reports.")]
    return Doc("grading_rule", "grading criteria", d, ["51/grading-criteria"], False, b)


def dev_roadmap(co, d):
    b = [("title", "IT China Automation & Tooling Roadmap %d / 安全运维工具开发计划" % d.year), ("p", "%s, %s" % (co.p(0), any_date(co, d))),
         ("p", "Based on JV requests and our own capability we will develop:"),
         ("table", [["Tool", "Purpose", "Due", "Owner"], ["Cert-Watch", "certificate expiry monitoring with auto INC", "Q2", co.p(4)],
                    ["AV status bot", "daily endpoint AV compliance report to Werk IT", "Q3", co.p(1)],
                    ["HC-Report", "health check report generated from PRTG/ServiceNow", "Q4", co.p(3)]])]
    return Doc("dev_roadmap", "tooling roadmap", d, ["33/dev-plan"], False, b)


# ------------------------------------------------------------------------------ continuity

def erp(co, d, strategy, recovery):
    p = Draft("IT Emergency Response Plan China / IT应急响应预案").head(*doc_control(co, "ITCN-BCM-010", "%d.1" % (d.year - 2021), d, owner=co.p(1)))
    p.sec("Purpose 目的", ["Emergency response for IT incidents threatening production in Werk Taicang, Werk Chengdu or the JV (cyber attack, DC outage, MES down)."])
    p.sec("Emergency organisation 应急组织", ["Crisis lead: IT Head %s; ISO China; SAP, MES and infrastructure leads; JV coordinator %s; Geschäftsführer informed for critical level." % (co.p(0), co.cp(0))])
    p.sec("Levels and response 分级与响应", ["Critical: response 15 min, crisis team in 30 min; high: 30 min; medium handled by on-call."])
    p.sec("Procedure 处置流程", ["Detect → assess → activate plan → contain → recover → verify → stand down → report to Group CISO."])
    p.sec("Recovery strategy 恢复策略", ["%s: HANA System Replication to the other DC, RTO 4 h, RPO 15 min; %s: cluster failover, line offline mode; "
                                      "others restored from Veeam (RTO 24 h)." % (co.sys(0), co.sys(1))], ["55/plan"], strategy)
    p.sec("Recovery plan 系统恢复计划", ["Order: network/firewall → AD/DNS → HANA → SAP → MES → interfaces; step lists and owners in Annex A-C."], ["36/recovery-plan"], recovery)
    p.items += ["36/emergency-plan", "53/emergency-plan"]
    return p.doc("erp", d, False)


def dr_runbook(co, d):
    p = Draft("%s Disaster Recovery Plan / 灾难恢复计划" % co.sys(0)).head(*doc_control(co, "ITCN-BCM-012", "1.%d" % co.rng.randint(1, 4), d, owner=co.p(2)))
    p.sec("Targets 恢复目标", ["RTO 4 h, RPO 15 min."])
    p.sec("Resources 恢复资源", ["Secondary HANA in the other Werk's DC, HSR async, Veeam off-site copy."])
    p.sec("Recovery steps 恢复步骤", ["Declare → HSR takeover → start SAP → DNS switch → key user test → failback later."])
    p.items.append("36/recovery-plan")
    return p.doc("dr_runbook", d, False)


def dr_test(co, d):
    b = [("title", "%s DR Failover Test Report / 灾备切换演练报告" % co.sys(0)),
         ("table", [["Date", any_date(co, d)], ["Type", "live failover 实战切换"], ["Scenario", "primary DC Taicang lost, takeover in DC Chengdu"],
                    ["Participants", "%s, %s, key users JV" % (co.p(2), co.p(4))],
                    ["Timeline", "22:00 start → 22:35 HSR takeover → 23:10 SAP up → 23:40 key user test OK → 03:00 failback"],
                    ["Result", "RTO achieved: %d min" % co.rng.randint(70, 180)], ["Issues", "2 printers with hard-coded IP"], ["Approved", co.p(0)]])]
    return Doc("dr_test", "DR test", d, ["40/recovery-drill"], True, b)


def tabletop(co, d):
    b = [("title", "Ransomware Tabletop Exercise – Report / 勒索病毒桌面推演记录"),
         ("table", [["Date", any_date(co, d)], ["Form", "tabletop 桌面推演 per IT Emergency Response Plan China"],
                    ["Scenario", "ransomware on JV shopfloor PCs spreading to the MES VLAN"],
                    ["Participants", "IT China crisis team, JV plant manager %s, HR, communications" % co.cp(1)],
                    ["Course", "detection → activation of plan → isolation of VLAN → restore decision → communication to OEM customers"],
                    ["Findings", "OEM notification contacts outdated; offline copy of plan missing in JV"], ["Minutes", co.p(3)]])]
    return Doc("tabletop", "tabletop", d, ["40/emergency-drill", "53/drill"], True, b)


def drill_scope(co, d):
    b = [("title", "DR Test %d – Scope and Schedule / 灾备演练方案" % d.year), ("p", "Planned for %s, Saturday night." % eud(d + timedelta(days=40))),
         ("p", "Scope: %s failover; participants and communication plan to be confirmed with the Werke." % co.sys(0))]
    return Doc("drill_scope", "drill scope", d, [], False, b, decoy="drill plan")


# ------------------------------------------------------------------------------ customer, monitoring, audit, review, CSI

def csat(co, d, half):
    y = d.year if half == "H1" else d.year - 1
    score = round(3.9 + co.rng.random() * 0.7, 2)
    p = Draft("JV IT Customer Satisfaction Survey %s %d – Report / 客户满意度调查报告" % (half, y)).head(
        ("p", "Survey: MS Forms, %d respondents of %s, %s" % (co.rng.randint(40, 120), co.am_jv, any_date(co, d))))
    p.sec("Results 结果", [("table", [["Question", "Score (1-5)"], ["Response time", round(score - 0.2, 2)], ["Solution quality", round(score + 0.1, 2)],
                                      ["Service desk friendliness", round(score + 0.3, 2)], ["Communication of changes", round(score - 0.4, 2)], ["Overall", score]])])
    p.sec("Analysis 满意度分析", ["Friendliness rated best; communication of planned changes weakest (line leads not informed of weekend downtimes). 变更通知是短板。"])
    p.sec("Actions 改进措施", ["Downtime calendar shared with JV production planning."])
    p.items += ["41/surveys", "58/survey", "63/survey"]
    return p.doc("csat", d, True)


def csat_trend(co, d):
    b = [("title", "CSAT Trend Analysis – JV IT Services / 满意度趋势分析"), ("p", "Service Level Manager %s, %s" % (co.p(3), any_date(co, d))),
         ("table", [["Period", "Overall", "Respondents"], ["H1 %d" % (d.year - 1), 3.9, 61], ["H2 %d" % (d.year - 1), 4.1, 74], ["H1 %d" % d.year, 4.3, 88]]),
         ("p", "Trend: three periods up; change communication still below 4.0 and stays a CSI item.")]
    return Doc("csat_trend", "CSAT trend", d, ["41/trend"], True, b)


def forms_export(co, d):
    rows = [[i + 1, "%s %02d:%02d" % ((d - timedelta(days=co.rng.randint(0, 10))).isoformat(), co.rng.randint(8, 17), co.rng.randint(0, 59)),
             co.rng.choice(["Production", "Quality", "Logistics", "Finance"]), co.rng.randint(3, 5), co.rng.randint(3, 5), co.rng.randint(2, 5),
             co.rng.choice(["", "faster VPN", "inform us before SAP downtime", ""])] for i in range(14)]
    return book("forms", "JV IT Satisfaction Survey (Microsoft Forms export)", d, True, [
        ("Sheet1", ["ID", "Completion time", "Department", "Response time", "Quality", "Change communication", "Comment"], rows, ["63/survey"])])


def qbr(co, d, score, fb, q=None):
    p = Draft("Quarterly Business Review Q%d %d – %s / 季度业务回顾会议纪要" % (q or qtr(d), d.year, co.am_jv)).head(
        ("p", "Date: %s    Participants: %s, %s (JV); %s, %s (IT China)" % (any_date(co, d), co.cp(0), co.cp(1), co.p(0), co.p(3))))
    p.sec("Service scorecard 服务记分卡", [("table", [["Measure", "Target", "Actual", "Met"], ["SLA attainment", "≥ 95 %", "%d %%" % co.rng.randint(93, 99), "see note"],
                                                      ["CSAT", "≥ 4.2", "4.%d" % co.rng.randint(0, 5), "see note"], ["Complaints", "≤ 2 / quarter", co.rng.randint(0, 3), "see note"],
                                                      ["P1 incidents", "0", co.rng.randint(0, 2), "see note"]]),
                                        "Misses are tracked as CAPA. 未达标项已开纠正措施。"], ["57/measurement"], score)
    p.sec("JV feedback 合资公司反馈", ["%s: MES support at night very good; wants SAP downtime announced two weeks ahead; asks for a second resident engineer during L3 ramp-up." % co.cp(1),
                                     "中文摘要：合资公司对夜间MES支持满意，希望提前两周通知SAP停机。"], ["63/follow-up-visits"], fb)
    p.sec("Next steps 下一步", ["Quote for second resident engineer; downtime calendar."])
    return p.doc("qbr", d, True)


def capa(co, d, verified):
    b = [("title", "CAPA Form %s-CAPA-%d-%02d / 纠正预防措施单" % (co.am_prefix, d.year, co.rng.randint(1, 30))),
         ("table", [["Source 来源", "QBR scorecard: SLA attainment %d%% below target 95%%" % co.rng.randint(90, 94)],
                    ["Root cause 原因", "P2 tickets for JV night shift waited for day team"], ["Correction 纠正", "night on-call extended to P2 MES tickets"],
                    ["Preventive action 预防", "capacity check of on-call roster each quarter"], ["Owner", co.p(3)], ["Due", any_date(co, d)],
                    ["Effectiveness check 有效性验证", "SLA attainment 97.8%% in the following two months – effective" if verified else ""],
                    ["Verified by", co.p(0) if verified else ""]])]
    return Doc("capa", "CAPA", d, ["57/capa"] + (["66/effectiveness"] if verified else []), True, b)


def pm_register(co, d):
    rows = [[(d - timedelta(days=30 * i)).isoformat(), co.rng.choice(["FortiGate 200F end of support next year", "HANA log volume 82 % used",
                                                                      "MES DB certificate expires in 60 days", "UPS batteries 5 years old"]),
             co.rng.choice(["replacement ordered", "volume extended", "certificate renewed early", "batteries replaced"]), co.p(i % 6),
             "verified effective %s" % (d - timedelta(days=30 * i - 20)).isoformat()] for i in range(5)]
    return book("pm_register", "Preventive Maintenance & Risk Register %d / 预防措施及有效性验证记录" % d.year, d, True, [
        ("Register", ["Identified", "Potential problem", "Preventive action", "Owner", "Effectiveness check"], rows, ["66/effectiveness"])])


def int_audit(co, d):
    p = Draft("Internal ITSM Audit Report %d / IT服务管理内部审核报告" % d.year).head(("p", "Lead auditor: %s    Audit dates: %s" % (co.p(5), any_date(co, d))))
    p.sec("Objective and criteria 目的与准则", ["Verify that the IT service management system meets ISO/IEC 20000-1, the service requirements of the Werke and "
                                               "the JV's requirements in the ISA, and is effectively implemented and maintained."])
    p.sec("Scope 范围", ["Incident, request, change, problem, SLM, continuity, security incident processes; Taicang, Chengdu, JV site."])
    p.sec("Findings 发现", ["2 nonconformities: CHG records without back-out test evidence; knowledge articles not reviewed for 18 months. 1 observation."])
    p.sec("Conclusion 结论", ["System effective; CAPAs opened."])
    p.items.append("59/internal-audit")
    return p.doc("int_audit", d, True)


def gia(co, d, itsm):
    p = Draft("Group Internal Audit – Audit Report GIA-%d-CN-%02d: IT General Controls China" % (d.year, co.rng.randint(1, 20))).head(
        ("p", "%s Group Internal Audit, %s    Distribution: Geschäftsführer China, Group CIO" % (co.am_group, any_date(co, d))))
    p.sec("Executive summary", ["Overall rating: satisfactory with improvement needs."])
    p.sec("Access management and SoD", ["SAP firefighter use documented; 4 leavers with active VPN accounts."])
    p.sec("Audit of the IT service management system", ["GIA audited the IT service management system of IT China against ISO/IEC 20000-1, the "
                                                        "service requirements of the Werke and the requirements of %s in the ISA: processes are implemented "
                                                        "and maintained; 2 findings on change back-out evidence." % co.am_jv], ["59/internal-audit"], itsm)
    p.sec("Management response", ["Actions agreed with due dates; follow-up in next audit cycle."])
    return p.doc("gia", d, True)


def mreview(co, d, inputs):
    p = Draft("IT Management Review %d – Minutes / IT管理评审会议纪要" % d.year).head(("p", "Date: %s    Chair: %s    Participants: IT China leads, ISO China, JV coordinator" % (any_date(co, d), co.am_md)))
    txt = {"perf": ("Performance of services and processes 服务与流程执行情况", "SLA attainment 96.4 %; incident, change, problem and request processes "
                    "performed as per SOPs; internal audit: 2 NCs, closed; process conformity good.", ["59/management-review", "60/performance"]),
           "fb": ("Customer feedback 客户反馈", "CSAT H1 4.3; 2 complaints (SAP downtime notice) handled.", ["60/customer-feedback"]),
           "res": ("Resources now and forecast 资源现状及预测", "IT China %d FTE + %d resident engineers; L3 ramp-up needs +2 FTE next year." % (co.rng.randint(14, 30), co.rng.randint(2, 5)),
                   ["60/resources"]),
           "ca": ("Status of corrective actions 纠正措施进展", "6 CAPAs of last year: 5 closed effective, 1 open (OT segmentation line 1).", ["60/corrective-actions"]),
           "chg": ("Changes affecting the services 可能影响服务的变更", "S/4HANA conversion of JV company code, TISAX AL3 request from OEM, 数据出境 rules.", ["60/changes"]),
           "imp": ("Opportunities for improvement 改进机会", "MES line-stop alerting, password self-service, automated health check report.", ["60/improvements"])}
    for k in inputs:
        h, s, its = txt[k]
        p.sec(h, [s], its)
    p.sec("Conclusion 结论", ["The ITSM system remains suitable, adequate and effective; budget for +2 FTE approved. 中文摘要：体系持续适宜有效。"])
    return p.doc("mreview", d, True)


def iso_cert(co, d):
    b = [("title", "Certificate ISO/IEC 27001:2022"), ("p", "This is to certify that %s" % co.am_en),
         ("p", "has established and applies an information security management system for the scope:"),
         ("p", "Provision of IT operation and IT security services for Werk Taicang, Werk Chengdu and affiliated companies in China"),
         ("p", "Certificate registration no. %d %05d    Valid from %s until %s" % (co.rng.randint(10, 99), co.rng.randint(1, 99999), eud(d), eud(date(d.year + 3, d.month, min(d.day, 28)))))]
    return Doc("iso_cert", "ISO 27001 certificate", d, ["61/audit-system"], False, b)


def csi_plan(co, d, criteria):
    p = Draft("CSI Plan %d / 持续改进计划" % d.year).head(*doc_control(co, "ITCN-CSI-%d" % d.year, "1.0", d, owner=co.p(3), approver=co.p(0)))
    p.sec("Improvement initiatives 改进项目", [("table", [["Initiative", "Source", "Target", "Owner", "Due"],
                                                        ["MES line-stop alerting", "P1 review", "P1 response ≤ 10 min", co.p(4), "Q2"],
                                                        ["Password self-service", "ticket trend", "-30 % password tickets", co.p(5), "Q3"],
                                                        ["Change communication to JV", "CSAT", "CSAT item ≥ 4.0", co.p(3), "Q2"]])],
          ["64/plan", "68/plan"])
    p.sec("Evaluation criteria 评估标准", ["Opportunities are scored: impact on production 40 %, effort 30 %, risk 30 %; ≥ 70 points go to the plan; each item is "
                                         "identified, registered, approved, evaluated, measured and reported (ITCN-SOP-022)."], ["64/criteria"], criteria)
    return p.doc("csi_plan", d, True)


def csi_register(co, d, approved, measured):
    opp = [["CSI-%d-01" % d.year, "MES line-stop alerting", 9, 8, 8, 84, 1], ["CSI-%d-02" % d.year, "Password self-service", 8, 7, 8, 77, 2],
           ["CSI-%d-03" % d.year, "Change communication to JV", 8, 9, 9, 73, 3], ["CSI-%d-04" % d.year, "Automated health check report", 5, 6, 9, 62, 4]]
    if approved:
        opp.append(["", "Approved by IT Head %s on %s" % (co.p(0), d.isoformat()), "", "", "", "", ""])
    trk = [["CSI-%d-01" % d.year, "P1 response ≤ 10 min", "live since %s" % (d - timedelta(days=60)).isoformat(),
            "avg. 7 min over 8 weeks – effective" if measured else "", "reported in Management Review"],
           ["CSI-%d-02" % d.year, "-30 % password tickets", "roll-out 80 %", "-41 % – effective" if measured else "", "reported in QBR"]]
    return book("csi_register", "CSI Register %d / 持续改进登记册" % d.year, d, True, [
        ("Opportunities", ["ID", "Opportunity", "Impact", "Effort", "Risk", "Score", "Rank"], opp if approved else [], ["67/analysis", "67/prioritisation"]),
        ("Tracking", ["ID", "Target", "Status", "Measured effect", "Reporting"], trk,
         ["68/implementation"] + (["68/effectiveness"] if measured else []))])


def csi_training(co, d):
    rows = [[i + 1, co.p(i), "IT China", "signed"] for i in range(6)] + [[7, co.vp(0), co.vendor, "signed"]]
    return book("csi_training", "CSI Awareness Session 'Better every day / 持续改进' – Attendance", d, True, [
        ("Attendance", ["No.", "Name", "Unit", "Signature"], rows, ["69/awareness-training"]),
        ("Session", ["Item", "Content"], [["Date", any_date(co, d)], ["Trainer", co.p(3)],
                                          ["Content", "why continual improvement, how to raise an idea in the CSI Register, KVP examples from the Werke"],
                                          ["Quiz", "avg. %d %%" % co.rng.randint(82, 97)]], [])])


def defect_review(co, d):
    p = Draft("Service Failure Review %d – Lessons Learned and Improvement Plan / 服务缺陷分析及改进方案" % d.year).head(("p", "%s, %s" % (co.p(3), any_date(co, d))))
    p.sec("Major incidents 重大事件", ["%s outage %d min on JV lines (storage firmware)." % (co.sys(1), co.rng.randint(30, 110))])
    p.sec("Failed changes 失败变更", ["2 changes backed out (MES hotfix without full regression, VLAN change with wrong trunk)."])
    p.sec("Service level misses 服务不达标", ["Q%d SLA attainment 93 %% for JV P2 tickets (target 95 %%)." % co.rng.randint(1, 3)])
    p.sec("Improvement plan 改进计划", ["Firmware lifecycle check in CAB; full regression for MES hotfixes; P2 night coverage."])
    p.items.append("70/defect-analysis")
    return p.doc("defect_review", d, True)


def annual(co, d, data, forecast):
    p = Draft("IT China Annual Review %d and Outlook %d / 年度IT服务总结" % (d.year - 1, d.year)).head(("p", "%s, %s" % (co.p(0), any_date(co, d))))
    p.sec("Highlights 回顾", ["JV onboarding completed, TISAX label renewed, DR test passed."])
    p.sec("Operations data 运维数据汇总", [("table", [["KPI", "Year"], ["Anomaly reporting on time", "98.2%"], ["Missed anomalies", "0.7%"], ["Maintenance on time", "96.5%"],
                                                    ["Potential faults found", "89%"], ["Proactive detection", "85%"], ["Problem resolution", "92%"],
                                                    ["Scan coverage", "100%"], ["Hardened devices", "93%"], ["Patches in time", "90%"],
                                                    ["Security incidents", co.rng.randint(15, 60)]])], ["56/data"], data)
    p.sec("Analysis and forecast 分析与预测", ["Logs, changes, incidents, requests and problems: incidents -12 %, requests +28 %, changes peak before plant holidays; "
                                            "forecast: requests +25 % with L3 ramp-up, change volume doubles in the S/4 conversion; more desk capacity and self-service needed."],
          ["71/forecast"], forecast)
    return p.doc("annual", d, True)


# ------------------------------------------------------------------------------ real documents that prove nothing

def status_notes(co, d):
    b = [("title", "IT Weekly Status – CW%02d/%d" % (d.isocalendar()[1], d.year)), ("p", "From: %s  To: IT China" % co.p(0)),
         ("p", "1. Operations: all green; %d tickets." % co.rng.randint(60, 180)), ("p", "2. Projects: L3 IT installation, S/4 sandbox."),
         ("p", "3. People: %s on leave next week." % co.p(co.rng.randint(1, 5)))]
    return Doc("status", "weekly status", d, [], True, b)


def oncall(co, d):
    rows = [[(d + timedelta(days=7 * i)).isoformat(), co.p(i % 6), co.p((i + 2) % 6), co.vp(i % 3)] for i in range(8)]
    return Doc("oncall", "on-call roster", d, [], True, sheets=[("Rufbereitschaft", [["IT On-call Roster / Rufbereitschaftsplan"],
                                                                                    ["Week from", "1st line", "2nd line", "Vendor"]] + rows)])


def tisax_result(co, d):
    b = [("title", "TISAX Assessment Result – %s" % co.am_en), ("p", "Assessment ID A%06d, scope ID S%05d, AL2, objectives: info high, prototype protection" % (co.rng.randint(1, 999999), co.rng.randint(1, 99999))),
         ("p", "Result: label valid until %s after closure of 3 minor findings." % eud(date(d.year + 3, d.month, min(d.day, 28))))]
    return Doc("tisax", "TISAX result", d, [], False, b)


def tisax_rule(co, d):
    b = [("title", "Information Classification Rule (TISAX) / 信息分级规定"), ("p", "Classes: public, internal, confidential, strictly confidential; labelling and handling per class.")]
    return Doc("tisax_rule", "classification rule", d, [], False, b)


def opex(co, d):
    rows = [["Licences", 1850000], ["Telecom / SD-WAN", 620000], ["Hardware maintenance", 410000], ["External services", 930000], ["Total", 3810000]]
    return Doc("opex", "OPEX budget", d, [], False, sheets=[("CC 4711", [["IT China OPEX Budget %d (cost centre 4711)" % (d.year + 1)], ["Position", "CNY"]] + rows)])


def tenable(co, d):
    rows = [["10.%d.%d.%d" % (co.rng.randint(10, 60), co.rng.randint(0, 255), co.rng.randint(2, 250)), p, s] for p, s in
            (("SSL Certificate Expiry", "Medium"), ("OpenSSH < 9.3", "High"), ("SMB Signing not required", "Medium"))]
    return Doc("tenable", "scan export", d, [], True, sheets=[("vulns", [["IP", "Plugin Name", "Severity"]] + rows)])


def recert(co, d):
    rows = [[co.rng.choice(["PP_PLANNER", "MM_BUYER", "FI_AP_CLERK"]), co.cp(i % 4), "keep" if i % 3 else "remove"] for i in range(8)]
    return Doc("recert", "access recertification", d, [], True, sheets=[("Recert", [["SAP Access Recertification H%d %d" % (1 if d.month < 7 else 2, d.year)], ["Role", "User", "Decision"]] + rows)])


UNREL = [
    ("HR", "Betriebsrat-Information: Neue Schichtmodelle Werk Chengdu", ["The works council informs about the new 4-shift model; Chinese version: 新四班倒模式说明。"]),
    ("Facility", "Canteen menu week %d / 食堂菜单", ["Monday: 红烧肉 / Schnitzel; Tuesday: 宫保鸡丁 / Käsespätzle."]),
    ("Events", "Weihnachtsfeier %d – Invitation / 圣诞晚会邀请", ["All employees of Werk Taicang are invited to the Christmas party on 19 December."]),
    ("HR", "Expat housing allowance rule", ["Housing allowance for delegates in Taicang capped at CNY 18,000 per month."]),
    ("Quality", "Werk Chengdu 5S Audit Result", ["Hall 2 scored 82 points; red tags cleared within one week."]),
    ("Group", "Group IT Newsletter No. %d", ["Global S/4HANA roadmap, new Group CIO introduced, phishing simulation results."]),
]


def unrelated(co, d, i):
    folder, t, ps = UNREL[i]
    t = t % co.rng.randint(2, 52) if "%d" in t else t
    return folder, t, Doc("unrelated", t, d, [], False, [("title", t)] + [("p", x) for x in ps], decoy="unrelated")


def training_signin(co, d, what):
    rows = [[i + 1, co.p(i), "IT China", ""] for i in range(6)]
    return Doc("signin", "sign-in", d, [], True, sheets=[("Sign-in", [["Training: %s – roll-out / 宣贯培训签到" % what], ["Date: %s" % any_date(co, d)],
                                                                     ["No.", "Name", "Dept.", "Signature"]] + rows)], decoy="sign-in about a policy or plan")


def doc_control_sop(co, d):
    cites = ["%s %s" % (v[0], v[1]) for v in SOPS.values()]
    b = [("title", "ITCN-SOP-001 Document Control / 文件控制程序")] + doc_control(co, "ITCN-SOP-001", "3.0", d) + [
        ("h1", "1  Purpose"), ("p", "Creation, Freigabe, distribution, change and withdrawal of IT China documents."),
        ("h1", "2  Controlled SOPs 受控程序")] + [("p", c) for c in cites] + [("h1", "3  Withdrawal 作废"), ("p", "Superseded versions move to 99_Archive/Superseded with suffix 作废.")]
    return Doc("doccontrol", "document control", d, [], False, b, decoy="procedure citing other procedures")


def master_list(co, d):
    rows = [[v[0], "%s / %s" % (v[1], v[2]), "V%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 5)), co.p(co.rng.randint(0, 5))] for v in SOPS.values()]
    return Doc("masterlist", "document master list", d, [], True, sheets=[("Master List", [["IT China Document Master List"], ["Doc No.", "Title", "Version", "Owner"]] + rows)],
               decoy="list of document names")


def mr_invite(co, d):
    b = [("title", "Invitation: IT Management Review %d" % d.year), ("p", "When: %s 09:00-12:00, Room 'Rhein' / Teams" % eud(d)),
         ("p", "Please prepare: service performance, JV feedback, resources, CAPA status, upcoming changes, improvement ideas.")]
    return Doc("mrinvite", "MR invitation", d, [], True, b, decoy="meeting invitation")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an AM share: 01_Policies, 02_Procedures (SOP, WI), 03_Records/<year>/Q<n>/, 04_Service_Management,
    05_JV_<code>, 06_Audit_Review, 07_Security, 08_Continuity, 09_CSI, 10_General, 99_Archive, _Templates, Users, #recycle."""
    (co.am_en, co.am_group, co.am_hq, co.am_jv, co.am_jvcode, co.am_partner, co.am_snow, co.am_sid,
     co.am_md, co.am_ciso, co.am_plants, co.am_prefix) = AM_INFO[getattr(co, "info_id", co.id)]
    co.am_jv_en = "%s JV" % co.am_jvcode
    r = co.rng
    optional = ["cost", "hist", "kpis", "impact", "uc", "staff", "raci", "iso", "desk_train", "avail", "assets", "cmdb", "ci", "kb", "baseline",
                "upgrade", "req", "compat", "pt_plan", "pt", "grading", "grule", "dev", "drrun", "drtest", "tabletop", "trend", "forms", "capa",
                "pmreg", "ia", "mr", "cert", "csiplan", "csireg", "csitrain", "defect", "hw", "collect", "secstats", "logrev", "mir", "sapdaily", "hc1"]
    gaps = {k for k in optional if r.random() < 0.07}
    olds = set(r.sample(sorted({"impact", "pt", "trend", "forms", "kb", "ia", "drtest", "tabletop", "csitrain", "collect", "desk_train", "ci",
                                "secstats", "defect", "logrev", "capa", "pmreg", "hw", "mir", "sapdaily", "mr"} - gaps), r.randint(3, 5)))
    co.gaps, co.oldonly = gaps, olds
    made = []

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.55)
        opt.setdefault("styled", r.random() < 0.8)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), co.p(r.randint(0, 5)), "IT China", "Administrator", co.vp(0)]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            rel = "%s (%d).%s" % (base, 1 + sum(1 for u in co.used if u.startswith(base)), ext)
        co.add(rel, doc, **opt)
        return rel

    def slot(k, name, factory, age="record", **opt):
        if k in gaps:
            return None
        d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        rel = put(name(d), doc, **opt)
        if doc.items and doc.record and k not in olds:
            made.append((k, name, factory, d, rel, doc))
        return doc

    scan = {"creator": "Canon iR-ADV C5535 (OCR)", "author": "scanner", "styled": False}
    pdfw = {"creator": "Microsoft® Word for Microsoft 365"}
    JV = "05_JV_%s/" % co.am_jvcode
    SM, AU, SEC, BC, CSI = "04_Service_Management/", "06_Audit_Review/", "07_Security/", "08_Continuity/", "09_CSI/"

    def rec(d, sub):
        return "03_Records/%d/Q%d/%s/" % (d.year, qtr(d), sub)

    # --- 01_Policies
    d = co.issued()
    put("01_Policies/GIT-POL-01 IT Service Management Policy (China Addendum) V3.1.%s" % r.choice(["pdf", "docx"]), policy_itsm(co, d, r.random() < 0.85), **pdfw)
    if r.random() < 0.9:
        d = co.issued()
        put("01_Policies/GIT-POL-07 IT Service Continuity Policy (China Addendum) V2.1.pdf", policy_continuity(co, d), **pdfw)
    d = co.issued()
    put("01_Policies/GIT-POL-03 Information Security Policy (China Addendum).pdf",
        policy_plain(co, d, "GIT-POL-03-CN", "GIT-POL-03 Information Security Policy / 信息安全政策 (China Addendum)",
                     ["Information security objectives follow the Group ISMS and TISAX requirements of our OEM customers.",
                      "Chinese law (网络安全法、数据安全法、个人信息保护法) prevails where stricter. 本附录补充中国法律法规要求。",
                      "Every employee protects information according to its classification."]), **pdfw)
    d = co.issued()
    put("01_Policies/GIT-POL-09 Acceptable Use of IT Resources.docx",
        policy_plain(co, d, "GIT-POL-09", "GIT-POL-09 Acceptable Use of IT Resources / IT资源使用规定",
                     ["Private use of e-mail is tolerated within limits; no private software on company devices.", "禁止在公司电脑上安装私人软件。"]))

    # --- 02_Procedures: SOPs and WIs
    keys = [k for k in SOPS if r.random() >= 0.05]
    for k in keys:
        d = co.issued()
        code, en, cn, _ = SOPS[k]
        ver = "V%d.%d" % (r.randint(1, 4), r.randint(0, 3))
        cites = ["ITCN-SOP-001 Document Control", "ITCN-SOP-013 Change Enablement"] if k in ("incident", "problem") and r.random() < 0.5 else ()
        doc = sop(co, d, k, ver, drop_optional=r.random() < 0.12, cites=cites)
        ext = r.choice(["docx", "pdf", "docx"])
        put("02_Procedures/SOP/%s %s_%s_%s.%s" % (code, en, cn, ver, ext), doc, **(pdfw if ext == "pdf" else {}))
    wk = list(WIS)
    bound = sorted(r.sample(wk, r.randint(2, 3)), key=wk.index)
    d = co.issued()
    put("02_Procedures/WI/IT China WI Collection %d.docx" % d.year, wi_collection(co, d, bound))
    for k in wk:
        if k not in bound and r.random() < 0.65:
            d = co.issued()
            put("02_Procedures/WI/%s %s.%s" % (WIS[k][0], WIS[k][1], r.choice(["docx", "pdf"])), wi(co, d, k))
    put("02_Procedures/ITCN-SOP-001 Document Control_文件控制程序.docx", doc_control_sop(co, co.issued()))
    put("02_Procedures/Document Master List.xlsx", master_list(co, co.fresh()))

    # --- 04_Service_Management: organisation, catalogue, OLA, desk, reports, Jour Fixe
    d = co.issued()
    put(SM + "Organisation/IT China Organisation and Security Organisation %d.pdf" % d.year, org(co, d, r.random() < 0.85), **pdfw)
    slot("staff", lambda d: SM + "Organisation/IT China Staff List %s.xlsx" % ymd(d), lambda d: staff(co, d, r.random() < 0.85))
    slot("raci", lambda d: SM + "Organisation/IT China RACI Role List.xlsx", lambda d: raci(co, d), "issued")
    iso_jf = r.random() < 0.35
    desk_jf = r.random() < 0.3
    if not iso_jf:
        slot("iso", lambda d: SM + "Organisation/Appointment ISO China %s.pdf" % ymd(d), lambda d: iso_appoint(co, d), "issued", **scan)
    if not desk_jf:
        d = co.issued()
        put(SM + "Service_Desk/IT Service Desk China Go-Live Announcement.docx", desk_launch(co, d))
    slot("desk_train", lambda d: SM + "Service_Desk/Service Desk Training Record %s.xlsx" % ymd(d), lambda d: desk_training(co, d))
    d = co.issued()
    put(SM + "Catalogue/ISA Schedule 1 Service Catalogue %d.xlsx" % d.year,
        catalogue(co, d, r.choice([("base", "l2", "l1")] * 4 + [("base", "l2"), ("base",), ("base", "l1")])))
    slot("uc", lambda d: SM + "SLM/UC Service Levels and Internal OLA.docx", lambda d: uc_ola(co, d, r.random() < 0.9, r.random() < 0.9), "issued")
    slot("avail", lambda d: SM + "Availability/IT Availability Plan %d.docx" % d.year, lambda d: avail_plan(co, d))
    for i, m in enumerate(sorted(r.sample(range(2, 12), 3))):
        d = date(2026, m, r.randint(2, 25))
        n = m * 2 + i
        if i == 0:
            t = ["budget"] + (["iso"] if iso_jf and "iso" not in gaps else []) + (["desk"] if desk_jf else [])
        elif i == 1:
            t = (["csi"] if r.random() < 0.55 else []) + ["people"]
        else:
            t = ["budget", "people"]
        put(SM + "Jour_Fixe/%d/JF Minutes %02d_%s.docx" % (d.year, n, ymd(d)), jour_fixe(co, d, n, t))
    for m in sorted(r.sample(range(2, 12), r.randint(2, 3))):
        d = date(2026, m, r.randint(3, 10))
        put(SM + "Reports/IT Service Report %d-%02d.%s" % (2026 if m > 1 else 2025, m - 1, r.choice(["pdf", "docx", "pdf"])),
            it_report(co, d, r.random() < 0.8, r.random() < 0.45, r.random() < 0.55), **pdfw)
    d = date(2026, 1, r.randint(12, 30))
    put(SM + "Reports/IT China Annual Review 2025 and Outlook 2026.pdf", annual(co, d, r.random() < 0.6, r.random() < 0.55), **pdfw)
    if r.random() < 0.55:
        d = date(2025, 1, r.randint(12, 30))
        put("99_Archive/2025/IT China Annual Review 2024 and Outlook 2025.pdf", annual(co, d, True, True), **pdfw)

    # --- 05_JV: onboarding (运维前), ISA, QBR, CSAT
    d0 = co.issued()
    put(JV + "01_Onboarding/IT Service Requirements Survey %s.docx" % co.am_jvcode, req_survey(co, d0, r.random() < 0.9, r.random() < 0.88))
    slot("cost", lambda d: JV + "01_Onboarding/ISA Service Charge Calculation.xlsx", lambda d: isa_cost(co, d), "issued")
    d = d0 + timedelta(days=r.randint(5, 30))
    put(JV + "01_Onboarding/Kick-off Minutes %s.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d, r.random() < 0.9))
    on = [x for x in ("list", "analysis", "strategy") if r.random() < 0.88]
    slot("hist", lambda d: JV + "01_Onboarding/Transition Assessment Historical Data.docx", lambda d: hist_review(co, d, on), "issued")
    slot("kpis", lambda d: JV + "01_Onboarding/Availability KPI List.xlsx", lambda d: avail_kpis(co, d), "issued")
    slot("impact", lambda d: JV + "01_Onboarding/Past Solutions Production Impact Review %d.docx" % d.year, lambda d: svc_impact(co, d, r.random() < 0.85))
    d = co.issued()
    put(JV + "02_ISA/ISA Schedule 2 Service Levels_signed.pdf", isa(co, d, r.random() < 0.88, r.random() < 0.88, r.random() < 0.8),
        **(scan if r.random() < 0.6 else pdfw))
    for q in sorted(r.sample(range(1, 4), r.randint(2, 3))):
        d = date(2026, 3 * q + 1, r.randint(8, 25))
        put(JV + "03_QBR/QBR Q%d 2026 Minutes.docx" % q, qbr(co, d, r.random() < 0.75, r.random() < 0.7, q))
    for d, h in ((date(2025, 7, 10), "H1"), (date(2026, 1, 15), "H2"), (date(2026, 7, 8), "H1")):
        if r.random() < 0.82:
            d = d + timedelta(days=r.randint(0, 14))
            put(JV + "04_CSAT/CSAT %s %d Report.%s" % (h, d.year if h == "H1" else d.year - 1, r.choice(["pdf", "docx"])), csat(co, d, h))
    slot("trend", lambda d: JV + "04_CSAT/CSAT Trend Analysis %d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("forms", lambda d: JV + "04_CSAT/Forms export %s.xlsx" % ymd(d), lambda d: forms_export(co, d))
    for i in range(r.randint(1, 2)):
        slot("hc%d" % i, lambda d: rec(d, "Health_Check") + "%s Health Check Q%d %d.%s" % (co.am_jvcode, qtr(d), d.year, r.choice(["docx", "pdf"])),
             lambda d: health(co, d, r.random() < 0.4, r.random() < 0.85))
    if r.random() < 0.7:
        d = co.fresh()
        put(rec(d, "Health_Check") + "Werk Chengdu Health Check Q%d %d.docx" % (qtr(d), d.year), health(co, d, False, r.random() < 0.7, "Werk Chengdu"))

    # --- 03_Records: ServiceNow exports, checks, SAP basis, MIRs
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        kinds = [k for k in ("env", "dev", "av", "maint", "fault", "up") if r.random() < 0.75] or ["env"]
        put(rec(d, "Security_Checks") + "Security Device Checklist %d-%02d.xlsx" % (d.year, d.month), sec_checklist(co, d, kinds))
    slot("hw", lambda d: rec(d, "Security_Checks") + "HW Failure Statistics %d.xlsx" % d.year, lambda d: hw_stats(co, d))
    slot("sapdaily", lambda d: rec(d, "SAP_Basis") + "%s Daily Check %d-%02d.xlsx" % (co.am_sid, d.year, d.month), lambda d: sap_daily(co, d))
    for i in range(2):
        d = co.fresh()
        put(rec(d, "ServiceNow") + "incident_%s.xlsx" % ymd(d), snow_inc(co, d, r.random() < 0.75))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        put(rec(d, "ServiceNow") + "change_request_%s.xlsx" % ymd(d), snow_chg(co, d, r.random() < 0.85))
    d = co.fresh()
    put(rec(d, "ServiceNow") + "sc_req_item_%s.xlsx" % ymd(d), snow_ritm(co, d))
    if r.random() < 0.7:
        d = co.fresh()
        put(rec(d, "ServiceNow") + "problem_%s.xlsx" % ymd(d), snow_prb(co, d))
    if r.random() < 0.5:
        d = co.fresh()
        put(rec(d, "ServiceNow") + "incident_%s_JV.xlsx" % ymd(d), snow_inc(co, d, True, empty=True))
    slot("mir", lambda d: rec(d, "Major_Incidents") + "MIR %s %s.docx" % (ymd(d), fs(co.sys(1))), lambda d: mir(co, d, True))
    d = co.fresh()
    put(rec(d, "Major_Incidents") + "P2 summary label printers %s.docx" % ymd(d), mir(co, d, False))
    slot("assets", lambda d: SM + "CMDB/alm_hardware_%s.xlsx" % ymd(d), lambda d: asset_reg(co, d))
    relc = r.random() < 0.75
    slot("cmdb", lambda d: SM + "CMDB/cmdb_ci_export_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci", lambda d: rec(d, "CMDB") + "CI Update Log %d.xlsx" % d.year, lambda d: ci_log(co, d))
    slot("kb", lambda d: SM + "Knowledge/kb_knowledge_%s.xlsx" % ymd(d), lambda d: kb_export(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.88] or ["status"]
    slot("collect", lambda d: rec(d, "Security_Checks") + "Data Collection Log %d.xlsx" % d.year, lambda d: collect_log(co, d, which))
    slot("upgrade", lambda d: SM + "Projects/%s FPS Upgrade/Test and Cutover Plan.docx" % co.am_sid, lambda d: upgrade_plan(co, d, r.random() < 0.85, r.random() < 0.85))
    slot("req", lambda d: SM + "Projects/JV Line 3/IT Requirements Record L3.pdf", lambda d: req_record(co, d), **scan)
    slot("compat", lambda d: SM + "Projects/JV Line 3/Compatibility Test Report.docx", lambda d: compat(co, d))
    slot("dev", lambda d: SM + "Automation Roadmap %d.docx" % d.year, lambda d: dev_roadmap(co, d))

    # --- 07_Security
    slot("baseline", lambda d: SEC + "Hardening/IT China Hardening Baseline.xlsx", lambda d: baseline(co, d), "issued")
    for i in range(r.randint(1, 2)):
        slot("logrev" if i == 0 else "logrev2", lambda d: SEC + "Log_Review/%d/Security Log Review %d-%02d.%s" % (d.year, d.year, d.month, r.choice(["docx", "pdf"])),
             lambda d: log_review(co, d))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month + 10 * i
        put(SEC + "Advisories/%d/%s-SA-%d-%02d.%s" % (d.year, co.am_prefix, d.year, n, r.choice(["docx", "pdf", "txt"])), advisory(co, d, n, r.random() < 0.7))
    slot("secstats", lambda d: SEC + "Incidents/Security Incident Statistics %d.xlsx" % d.year, lambda d: sec_stats(co, d, r.random() < 0.8))
    slot("pt_plan", lambda d: SEC + "Pentest/Penetration Test Plan %d.docx" % d.year, lambda d: pt_plan(co, d))
    slot("pt", lambda d: SEC + "Pentest/%s Pentest Report Internet Perimeter.pdf" % ymd(d), lambda d: pt_report(co, d), **pdfw)
    slot("grading", lambda d: SEC + "等保/%s定级报告.pdf" % fs(co.sys(0)), lambda d: grading(co, d), "issued", **scan)
    slot("grule", lambda d: SEC + "等保/ITCN-GL-005 Classification Rule.docx", lambda d: grading_rule(co, d), "issued")
    d = co.fresh()
    put(SEC + "TISAX/TISAX Assessment Result %d.pdf" % d.year, tisax_result(co, d), **pdfw)
    put(SEC + "TISAX/Information Classification Rule.docx", tisax_rule(co, co.issued()))
    d = co.fresh()
    put(SEC + "Vulnerability_Scans/Tenable_export_%s.xlsx" % ymd(d), tenable(co, d))
    d = co.fresh()
    put(SEC + "Access/SAP Access Recertification %d.xlsx" % d.year, recert(co, d))

    # --- 08_Continuity
    d = co.issued()
    put(BC + "IT Emergency Response Plan China V%d.%s" % (d.year - 2021, r.choice(["docx", "pdf"])), erp(co, d, r.random() < 0.6, r.random() < 0.45))
    slot("drrun", lambda d: BC + "%s DR Plan.docx" % co.am_sid, lambda d: dr_runbook(co, d), "issued")
    slot("drtest", lambda d: BC + "Tests/%s DR Failover Test Report %s.pdf" % (co.am_sid, ymd(d)), lambda d: dr_test(co, d), **scan)
    slot("tabletop", lambda d: BC + "Tests/Ransomware Tabletop %s.docx" % ymd(d), lambda d: tabletop(co, d))
    d = co.fresh()
    put(BC + "Tests/DR Test %d Scope and Schedule.docx" % d.year, drill_scope(co, d))

    # --- 06_Audit_Review
    slot("ia", lambda d: AU + "Internal_Audit/Internal ITSM Audit Report %d.docx" % d.year, lambda d: int_audit(co, d))
    d = co.fresh()
    put(AU + "GIA/GIA Report ITGC China %d.pdf" % d.year, gia(co, d, r.random() < 0.35), **pdfw)
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.9]
    slot("mr", lambda d: AU + "Management_Review/IT Management Review %d Minutes.docx" % d.year, lambda d: mreview(co, d, inputs))
    slot("cert", lambda d: AU + "Certificates/ISO27001 Certificate.pdf", lambda d: iso_cert(co, d), "issued", **scan)

    # --- 09_CSI
    slot("csiplan", lambda d: CSI + "CSI Plan %d.docx" % d.year, lambda d: csi_plan(co, d, r.random() < 0.8))
    slot("csireg", lambda d: CSI + "CSI Register %d.xlsx" % d.year, lambda d: csi_register(co, d, r.random() < 0.85, r.random() < 0.85))
    slot("capa", lambda d: CSI + "CAPA/CAPA %s.pdf" % ymd(d), lambda d: capa(co, d, r.random() < 0.8), **scan)
    slot("pmreg", lambda d: CSI + "Preventive Maintenance and Risk Register %d.xlsx" % d.year, lambda d: pm_register(co, d))
    slot("csitrain", lambda d: CSI + "Training/CSI Awareness Attendance %s.xlsx" % ymd(d), lambda d: csi_training(co, d))
    slot("defect", lambda d: CSI + "Service Failure Review %d.docx" % d.year, lambda d: defect_review(co, d))

    # --- real documents that prove nothing
    for i in range(r.randint(1, 3)):
        d = co.fresh()
        put(SM + "Weekly_Status/IT Weekly Status CW%02d_%d.%s" % (d.isocalendar()[1], d.year, r.choice(["docx", "txt"])), status_notes(co, d),
            **({"encoding": "utf-16"} if r.random() < 0.2 else {}))
    d = co.fresh()
    put(SM + "Rufbereitschaft/On-call Roster %d-%02d.xlsx" % (d.year, d.month), oncall(co, d))
    d = co.fresh()
    put("10_General/Budget/IT OPEX Budget %d CC4711.xlsx" % (d.year + 1), opex(co, d))
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("10_General/%s/%s.%s" % (folder, t.replace("/", "-").replace(":", ""), r.choice(["docx", "pdf"])), doc)

    archive(co, made, put)
    kopie(co, made, put)
    decoys(co, lock_bytes, put, keys, JV, SM, AU, BC, CSI)


def archive(co, made, put):
    """Last year's records moved to 99_Archive/<year>/: genuine, a year older, stale."""
    for k, name, factory, d, rel, doc in made:
        if co.rng.random() >= 0.18:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        arel = "99_Archive/%d/" % prev.year + name(prev).split("/")[-1]
        if arel in co.used:
            continue
        put(arel, factory(prev))


def kopie(co, made, put):
    """A user's copy of a record ('... - Kopie'): same text, proves what the record proves."""
    cands = [m for m in made if m[4].endswith((".xlsx", ".docx"))]
    if not cands or co.rng.random() < 0.3:
        return
    k, name, factory, d, rel, doc = co.rng.choice(cands)
    base, ext = rel.rsplit(".", 1)
    put("%s - Kopie.%s" % (base, ext), doc)


def decoys(co, lock_bytes, put, keys, JV, SM, AU, BC, CSI):
    r = co.rng
    T = "_Templates/"
    put(T + "ITCN-F-031 Security Device Checklist (blank).xlsx",
        blank_sheet("Security Device Checklist / 安全设备巡检表", co.fresh(), ["Date", "Device", "HA status", "CPU", "Sessions", "Alarms", "Checked by"]))
    put(T + "ITCN-F-040 CAPA Form_模板.docx", blank_doc("CAPA Form / 纠正预防措施单", co.fresh(),
                                                       ["Source 来源", "Root cause 原因", "Correction 纠正", "Preventive action 预防", "Effectiveness check 有效性验证"]))
    put(T + "JV CSAT Questionnaire (blank).xlsx", blank_sheet("JV IT Satisfaction Questionnaire / 满意度调查表", co.fresh(),
                                                               ["Question", "1", "2", "3", "4", "5", "Comment"]))
    put(T + "ISA Schedule 2 Service Levels_TEMPLATE.docx", blank_doc("ISA Schedule 2 Service Levels (template)", co.fresh(),
                                                                     ["Services", "Support model", "Service levels and core KPIs", "Health check", "Term"]))
    put(T + "Major Incident Report_template.docx", blank_doc("Major Incident Report", co.fresh(), ["Impact", "Timeline and response", "Root cause", "Actions"]))
    # drafts
    d = co.fresh()
    put("01_Policies/Drafts/GIT-POL-07 IT Service Continuity Policy (China Addendum)_DRAFT_v0.3.docx",
        nullify(policy_continuity(co, d), "draft", " – DRAFT 草稿"))
    d = co.fresh()
    put("02_Procedures/SOP/Review/ITCN-SOP-022 Continual Service Improvement（征求意见稿）.docx", nullify(sop(co, d, "csi", "V3.0 draft"), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put("Users/%s/MR Minutes draft_%s.docx" % (co.p(3), ymd(d)), nullify(mreview(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]), "draft", " (draft)"))
    d = co.fresh()
    put("Users/%s/ISA Schedule 2 rev comments.docx" % co.p(0), nullify(isa(co, d, True, True, True), "draft", " – rev. for comments 讨论稿"))
    d = co.fresh()
    put("Users/%s/CSI Plan %d v0.2.docx" % (co.p(3), d.year + 1), nullify(csi_plan(co, d, True), "draft", " v0.2 草稿"))
    # superseded
    d = date(2021, 6, 14)
    put("99_Archive/Superseded/ITCN-SOP-013 Change Management V1.2_作废.pdf", nullify(sop(co, d, "change", "V1.2"), "obsolete", "（作废）"))
    d = date(2020, 10, 9)
    put("99_Archive/Superseded/IT Emergency Plan China 2020_作废.docx", nullify(erp(co, d, True, True), "obsolete", "（作废）"))
    # recycle bin (Synology)
    put("#recycle/%s/Security Device Checklist %d-%02d.xlsx" % (co.p(4), 2026, r.randint(1, 10)),
        nullify(sec_checklist(co, co.fresh(), ["dev", "av", "maint"]), "recycle bin"))
    put("#recycle/%s/QBR Q1 2026 Minutes.docx" % co.p(3), nullify(qbr(co, date(2026, 4, 16), True, True, 1), "recycle bin"))
    # sign-ins about policies and plans, invitation, mentions
    for what, short in (("GIT-POL-07 IT Service Continuity Policy", "GIT-POL-07"), ("IT Emergency Response Plan China", "ERP China"),
                        ("ITCN-SOP-013 Change Enablement", "SOP-013")):
        if r.random() < 0.75:
            d = co.fresh()
            put("04_Service_Management/Training/%s Sign-in %s roll-out.xlsx" % (ymd(d), short), training_signin(co, d, what))
    d = co.fresh()
    put(AU + "Management_Review/Invitation IT Management Review %d.txt" % d.year, mr_invite(co, d))
    # lock files, empty files, an image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith("#recycle")]
    for rel in office[3:120:13]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(2)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw("03_Records/2026/Q4/Health_Check/%s Health Check Q4 2026.docx" % co.am_jvcode, b"", "empty file")
    raw("03_Records/2026/Q4/Security_Checks/新建 Microsoft Excel 工作表.xlsx", b"", "empty file")
    raw(JV + "04_CSAT/CSAT H2 2026 Report.docx", b"", "empty file")
    raw(AU + "Internal_Audit/Audit checklist 2026.docx", b"", "empty file")
    raw(CSI + "CAPA/Scan_%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
