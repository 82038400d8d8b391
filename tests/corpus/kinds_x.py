# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_x.py - style X: the IT部 of a GMP pharmaceutical manufacturer (原料药与制剂, two 生产基地).

A new author voice for the accuracy corpus, used only by the X shares and written blind (from the
form's 需提供证明材料, gen.py, kinds.py and the README; never the rules, the sources or a score).
The IT部 runs the group's MES, LIMS, ERP and plant networks at both sites and, under an internal
service agreement (内部服务协议), the IT and security operations of a sister company: that sister
company is the form's customer.  Its people write as a GMP quality system makes them: SOP-IT-0xx with
版本号, 起草/审核/QA批准 and 生效日期; an IT质量手册 whose chapters are several SOPs; 计算机化系统验证
(CSV: URS, IQ/OQ/PQ, 验证报告); 数据完整性 (ALCOA+) and 审计追踪审查; 偏差, 变更控制, CAPA, 自检, 年度质量回顾
(APQR), 管理评审; English and Chinese mixed.  Folders by 质量体系 module.

Every builder returns a kinds.Doc that lists as items only what its own text proves; optional
sections add their items only when written; a sheet with no rows proves nothing.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the sister company's short name (folder), the two sites, the QA head
X_INFO = {
    "x1": ("泰州华瑞康", ("泰州基地", "连云港基地"), "QA"),
    "x2": ("宜昌远恒", ("宜昌基地", "荆门基地"), "QA"),
    "x3": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x4": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x5": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x6": ("泰州华瑞康", ("泰州基地", "连云港基地"), "QA"),
    "x7": ("宜昌远恒", ("宜昌基地", "荆门基地"), "QA"),
    "x8": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x9": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x10": ("泰州华瑞康", ("泰州基地", "连云港基地"), "QA"),
    "x11": ("宜昌远恒", ("宜昌基地", "荆门基地"), "QA"),
    "x12": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x13": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x14": ("泰州华瑞康", ("泰州基地", "连云港基地"), "QA"),
    "x15": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x16": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x17": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x18": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x19": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x20": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x21": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x22": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x23": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x24": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x25": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x26": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x27": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x28": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x29": ("泰州华瑞康", ("泰州基地", "连云港基地"), "QA"),
    "x30": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x31": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x32": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x33": ("宜昌远恒", ("宜昌基地", "荆门基地"), "QA"),
    "x34": ("宜昌远恒", ("宜昌基地", "荆门基地"), "QA"),
    "x35": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x36": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x37": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x38": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x39": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x40": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x41": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x42": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x43": ("泰州华瑞康", ("泰州基地", "连云港基地"), "QA"),
    "x44": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x45": ("德州康泽", ("德州基地", "聊城基地"), "QA"),
    "x46": ("泰州华瑞康", ("泰州基地", "连云港基地"), "QA"),
    "x47": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
    "x48": ("绵阳瑞康", ("成都基地", "绵阳基地"), "QA"),
}


def site(co, i):
    return co.sites[i % 2]


def head(co, d, num, ver, title_en=None):
    """The control block a GMP SOP carries on page one."""
    rows = [["文件编号 Doc No.", num, "版本号 Version", ver],
            ["起草 Prepared by", co.p(0), "日期", iso(d - timedelta(days=20))],
            ["审核 Reviewed by", co.p(1), "日期", iso(d - timedelta(days=10))],
            ["QA批准 Approved by", co.p(5) + "（QA）", "日期", iso(d - timedelta(days=3))],
            ["生效日期 Effective", iso(d), "下次回顾 Review", iso(d + timedelta(days=730))]]
    b = [("p", co.name + "  IT部"), ("table", rows)]
    if title_en:
        b.append(("p", title_en))
    return b


def tail(co, d, ver):
    return [("h1", "变更历史 Change History"),
            ("table", [["版本", "变更描述", "变更控制号", "生效日期"],
                       ["01", "新建", "CC-IT-%d-003" % (d.year - 2), "%d-03-01" % (d.year - 2)],
                       [ver, "定期回顾后修订", "CC-IT-%d-%03d" % (d.year, d.month * 3), iso(d)]])]


# ---------------------------------------------------------------- SOPs: key -> (no, 中文名, English, sections)

def _sops(co):
    return {
        "incident": (10, "IT事件与服务请求处理规程", "IT Incident & Service Request Handling", [
            ("1 目的", "规定IT部对两个生产基地及%s的IT故障（Incident）与服务请求（Service Request）的受理、分级、处理与关闭。" % co.cust, []),
            ("2 事件处理流程", ["用户经IT Helpdesk（电话、邮件、ITSM平台）报障，服务台登记工单并按影响GMP生产/质量的程度分为P1-P4。",
                               "P1（影响批生产或放行）15分钟内响应，30分钟升级至IT经理；处理完毕由用户确认关闭，涉及GMP系统的须评估是否构成偏差。"],
             ["49/incident-procedure"]),
            ("3 服务请求流程", ["账号开通、权限变更、软件安装、数据导出等属于服务请求，须填写《IT服务申请单》，经部门负责人审批（GMP系统账号另需QA审批）后由IT执行，执行结果回填工单。"],
             ["49/request-procedure"])]),
        "secinc": (11, "信息安全事件管理规程", "Information Security Incident Management", [
            ("1 事件分类", "信息安全事件分为：恶意代码、网络攻击、信息泄露、数据完整性破坏（含审计追踪被篡改）、设备故障、其他；按影响分为一般、较大、重大、特别重大四级。", []),
            ("2 上报", "发现人立即报告IT值班；较大及以上事件30分钟内上报IT经理及信息安全领导小组，涉及GMP数据的同时通知QA；涉及%s的按内部服务协议通知对方接口人。" % co.cust, ["30/reporting-process"]),
            ("3 处置与应急响应", "IT安全工程师进行遏制、根除、恢复；重大事件启动《IT应急响应预案》，领导小组组长指挥。", ["30/response-process", "34/emergency-process"]),
            ("4 事后处理", "事件关闭后5个工作日内完成根本原因分析，开立CAPA并跟踪有效性，事件记录归档，季度统计。", ["34/incident-process", "31/incident-process"])]),
        "problem": (12, "IT问题管理规程", "Problem Management", [
            ("1 范围", "重复发生的事件、P1事件及趋势分析发现的隐患均须建立问题记录（PR）。", []),
            ("2 流程", "问题识别→登记→根本原因调查（5Why/鱼骨图）→制定临时措施与永久措施→经变更控制实施→验证关闭；已知错误录入知识库。", ["20/procedure", "37/procedure"])]),
        "knowledge": (13, "IT知识管理规程", "Knowledge Management", [
            ("1 知识来源", "事件解决方案、问题根因、验证文件经验、供应商技术资料。", []),
            ("2 管理要求", "知识条目由工程师编写、组长审核后发布在ITSM知识库，每年回顾，过期条目下线。", ["21/procedure"])]),
        "change": (14, "IT变更控制规程", "IT Change Control", [
            ("1 变更分类", "按对GMP的影响分为主要变更、次要变更、紧急变更；计算机化系统的变更须评估对验证状态的影响。", []),
            ("2 流程", "申请人提交变更申请（CC）→影响评估（IT、QA、系统所有者）→批准→实施（含测试与回退方案）→验证/确认→QA关闭；紧急变更事后3个工作日内补办。运维方案与资源的调整同样执行本规程，全过程记录于变更控制台账。", ["54/procedure"])]),
        "slm": (15, "IT服务级别管理规程", "Service Level Management", [
            ("1 职责", "IT经理负责与各基地及%s签订并维护服务级别协议（SLA），服务台负责统计达成情况。" % co.cust, []),
            ("2 流程", "识别服务需求→拟订SLA→评审签署→月度监视达成率→季度回顾→不达标开立CAPA→年度修订。", ["39/slm-procedure"])]),
        "capa": (16, "偏差与CAPA管理规程（IT）", "Deviation and CAPA", [
            ("1 适用", "IT运维中的偏差、审计/自检发现、投诉、指标未达成及改进建议。", []),
            ("2 改进措施的管理", "改进或纠正预防措施须：识别并登记（CAPA编号）→IT经理与QA批准→按风险评估优先级→实施→有效性检查（测量指标对比）→在月度IT质量会和年度质量回顾中报告。", ["65/procedure"])]),
        "monitor": (17, "IT服务监视与测量规程", "Service Monitoring & Measurement", [
            ("1 监视内容", "可用率、事件响应及解决时限、变更成功率、补丁及时率、漏洞扫描覆盖率、用户满意度。", []),
            ("2 方法", "Zabbix与ITSM月度取数，IT质量月报发布；指标未达成按SOP-IT-016开立CAPA；监视结果作为自检和管理评审输入。", ["61/monitoring-process", "62/monitoring-process"])]),
        "selfinsp": (18, "IT自检（内部审计）规程", "IT Self-inspection", [
            ("1 频次", "每年至少一次IT质量体系自检，覆盖全部SOP-IT及两个基地，与公司GMP自检同步。", []),
            ("2 机制", "QA制定自检计划，独立于被检区域的审计员执行，发现项分级（严重、主要、一般）并开立CAPA，结果进入管理评审；外部审计（客户审计、药监检查、ISO 27001认证）发现同样纳入。", ["61/audit-system", "62/audit-mechanism"])]),
        "pentest": (19, "渗透测试管理规程", "Penetration Testing", [
            ("1 流程", "年度测试计划→授权书→测试（避开生产批次关键时段）→报告→漏洞整改→复测；GMP系统测试前须QA评估。", ["31/pentest-process"])]),
        "training": (20, "IT培训管理规程", "IT Training", [
            ("1 流程", "年度培训需求→培训计划→实施（内训、外训、在线）→考核→记录归档→培训有效性评价；岗位SOP培训合格后方可上岗。", ["31/training-process"])]),
    }


def sop(co, d, key, ver):
    no, cn, en, secs = _sops(co)[key]
    num = "SOP-IT-%03d" % no
    b = head(co, d, num, ver, en) + [("title", cn)]
    items = []
    for h, body, its in secs:
        b.append(("h1", h))
        for x in ([body] if isinstance(body, str) else body):
            b.append(("p", x))
        items += its
    b += tail(co, d, ver)
    return Doc("x_sop", cn, d, sorted(set(items)), False, b)


def handbook(co, d, keys, pdca, roles):
    """IT质量手册 ITQM-01: its own chapters and, as chapters, several SOPs."""
    b = head(co, d, "ITQM-01", "03", "IT Quality Manual") + [("title", "IT质量手册")]
    items = ["9/org-chart", "23/org-chart"]
    b += [("h1", "第1章 组织与职责"),
          ("p", "IT部隶属运营副总裁，下设基础架构组、应用系统组（MES/LIMS/ERP）、信息安全组、IT服务台；"
                "设信息安全领导小组（组长：%s，副组长：IT经理%s、QA负责人%s），执行组包括两个基地IT工程师及驻场供应商工程师。" % (co.boss, co.p(0), co.p(5))),
          ("table", [["层级", "组织", "负责人"], ["决策", "信息安全领导小组", co.boss], ["管理", "IT部", co.p(0)],
                     ["执行", "基础架构组/应用系统组/信息安全组/服务台", co.p(1) + "等"], ["质量监督", "QA计算机化系统组", co.p(5)]])]
    if roles:
        items += ["18/roles", "23/roles"]
        b += [("p", "运维角色与组织对应："),
              ("table", [["运维角色", "所属组织", "职责"], ["服务台专员", "IT服务台", "工单受理与回访"], ["系统管理员", "基础架构组", "服务器、网络、备份"],
                         ["应用管理员", "应用系统组", "MES/LIMS/ERP运维与验证"], ["安全工程师", "信息安全组", "安全设备、审计追踪审查、应急"],
                         ["系统所有者", "业务部门", "GMP系统变更与权限批准"]])]
    if pdca:
        items.append("10/pdca")
        b += [("h1", "第2章 IT服务管理模型（PDCA）"),
              ("p", "Plan：年度IT目标、风险评估与服务计划；Do：按SOP-IT实施运维、变更与验证；"
                    "Check：IT质量月报、审计追踪审查、自检和管理评审；Act：CAPA、改进项目与SOP修订。")]
    n = 3
    for k in keys:
        doc = sop(co, d, k, "03")
        b.append(("break",))
        b.append(("h1", "第%d章 %s（SOP-IT-%03d）" % (n, doc.title, _sops(co)[k][0])))
        b += [x for x in doc.blocks if x[0] in ("h1", "p") and not x[1].startswith("变更历史")][2:]
        items += doc.items
        n += 1
    return Doc("x_handbook", "IT质量手册", d, sorted(set(items)), False, b)


# ---------------------------------------------------------------- 服务协议 / 客户 documents

def urs_survey(co, d, time_req, sec):
    parts = [("1 背景", "%s的IT与信息安全运维自%d年起由集团IT部统一提供，为签订内部服务协议，IT部对其生产、QC、仓储、注册等部门进行了需求访谈（User Requirement Survey）。" % (co.customer, d.year), [])]
    if time_req:
        parts.append(("2 服务时间要求", [("table", [["系统/服务", "服务时间", "说明"], [co.sys(0), "7×24", "三班生产期间不可中断"],
                                                   [co.sys(1), "7×24", "稳定性试验数据采集"], ["办公IT", "工作日8:00-17:30", "其余时间电话支持"]])], ["1/survey"]))
    if sec:
        parts.append(("3 信息安全服务需求", "需求类型：安全设备运维（防火墙、IPS、EDR）、漏洞扫描与渗透测试、日志及审计追踪审查、等级保护合规、应急响应、数据完整性培训。", ["5/survey"]))
    parts.append(("4 结论", "以上需求经%s确认，作为SLA与服务目录的输入。" % co.cp(0), []))
    return nar("x_urs", "IT运维服务用户需求调研报告", d, False, parts, pre=[("p", "文件号：URS-ITS-%d-01" % d.year)])


def budget(co, d):
    return book("x_budget", "%d年度IT运维服务预算" % d.year, d, False, [
        ("预算", ["项目", "工作量（人天）", "人员", "经费（万元）", "里程碑"],
         [["基础架构运维", 480, "2名工程师", 36, "%d-03 交接完成" % d.year], ["GMP系统运维（MES/LIMS）", 360, "应用组2人", 42, "%d-06 PQ完成" % d.year],
          ["信息安全运维", 240, "安全工程师1人+供应商", 55, "%d-09 渗透测试" % d.year], ["合计", 1080, "5人", 133, "%d-12 年度回顾" % d.year]], ["2/budget"])])


def kickoff(co, d):
    return nar("x_kickoff", "%s IT运维服务交接沟通会纪要" % co.customer, d, False, [
        ("参会", "%s：%s、%s；IT部：%s、%s" % (co.customer, co.cp(0), co.cp(1), co.p(0), co.p(2)), []),
        ("议定事项", ["1. 双方确认服务范围、服务时间及SLA指标草案，无异议。", "2. %s指定%s为接口人；IT部每月提交服务报告。" % (co.customer, co.cp(0)),
                      "3. 双方签字确认本纪要。"], ["3/communication"])])


def apqr(co, d, parts_on, defects):
    """年度质量回顾（IT部分）: history list, analysis, strategy and, if written, the deviations analysis."""
    parts = []
    if "list" in parts_on:
        parts.append(("1 回顾数据清单", [("table", [["数据", "来源", "期间"], ["事件工单", "ITSM", "%d年度" % (d.year - 1)], ["变更控制记录", "CC台账", "%d年度" % (d.year - 1)],
                                                   ["偏差", "QMS", "%d年度" % (d.year - 1)], ["可用率", "Zabbix", "%d年度" % (d.year - 1)]])], ["4/history-list"]))
    if "analysis" in parts_on:
        parts.append(("2 数据分析", "KPI完成情况：%s可用率99.93%%（目标99.9%%）；违规操作3起（共享账号登录）；重大事件1起（LIMS数据库宕机4h）；失败变更2起（MES补丁回退）。" % co.sys(0), ["4/analysis"]))
    if "strategy" in parts_on:
        parts.append(("3 下年度运维策略与实施方案", "推行账号实名制与双人复核；数据库高可用改造；补丁先在验证环境测试；实施计划见附表。", ["4/strategy"]))
    if defects:
        parts.append(("4 偏差与失败变更分析", "对重大事件、失败变更和SLA不达标逐项分析根本原因，提出改进计划：变更前增加回退演练、P1事件复盘制度化。", ["70/defect-analysis"]))
    return nar("x_apqr", "%d年度质量回顾（APQR）——计算机化系统与IT运维" % (d.year - 1), d, True, parts)


def sla(co, d, modes, core, hc):
    parts = [("1 服务范围", "IT部向%s提供基础架构、GMP计算机化系统及信息安全运维服务。" % co.customer, [])]
    if modes:
        parts.append(("2 服务方式", "驻场值守（%s工作日1名工程师驻场）、定期巡检（每周）、远程值守（夜间及节假日VPN远程）。" % co.cust, ["35/sla"]))
    if core:
        parts.append(("3 核心指标", [("table", [["指标", "承诺值"], ["GMP关键系统可用率", "≥99.9%"], ["P1响应", "15分钟"], ["P1恢复", "4小时"], ["RPO/RTO", "15分钟/4小时"]])],
                      ["36/sla", "39/sla"]))
    if hc:
        parts.append(("4 健康检查", "每季度一次健康检查，方式为现场检查与远程检查结合，检查内容为服务器、数据库、网络及安全设备，出具报告。", ["15/agreement"]))
    parts.append(("5 签署", "甲方：%s（盖章）  乙方：%s IT部  日期：%s" % (co.customer, co.name, cnd(d)), []))
    return nar("x_sla", "IT服务内部服务协议（SLA）", d, False, parts, pre=[("p", "协议编号：ISA-%s-%d" % (co.short, d.year))])


def catalog(co, d, lv):
    rows = [["服务", "内容"], ["初始服务", "资产识别、配置录入"], ["安全设备运维", "防火墙、IPS、EDR维护"], ["日常巡检", "每日巡检"], ["健康检查", "季度"], ["安全事件审计", "日志与审计追踪审查"]]
    items = ["12/catalog", "29/catalog"]
    if "l2" in lv:
        rows += [["运维监控与分析", "Zabbix监控及月报"], ["终端安全监控", "EDR终端监控"], ["等级保护合规性运维", "等保整改与测评配合"]]
        items.append("19/catalog")
    if "l1" in lv:
        rows += [["安全通告及漏洞分析", "漏洞通告与影响分析"], ["应急响应", "7×24应急响应"]]
        items.append("26/catalog")
    return book("x_catalog", "IT Service Catalogue 服务目录", d, False, [("Catalogue", ["服务名称 Service", "说明"], rows[1:], items)])


def health(co, d):
    return nar("x_health", "%s 健康检查报告（Health Check）" % co.cust, d, True, [
        ("检查方式", "现场检查+远程检查", []),
        ("结果", [("table", [["对象", "可用性", "结论"], [co.sys(0) + " 服务器", "正常", "合格"], ["核心防火墙", "CPU 35%", "合格"], ["备份", "成功率100%", "合格"]])],
         ["15/records", "46/records"])])


def csat(co, d, h):
    return book("x_csat", "%d年%s IT用户满意度调查" % (d.year, h), d, True, [
        ("结果", ["部门", "响应及时", "专业能力", "服务态度", "总分"], [["生产部", 92, 90, 95, 92], ["QC", 88, 91, 93, 90], [co.cust, 90, 89, 94, 91]],
         ["41/surveys", "58/survey", "63/survey"])], note=["满意度分析：总体满意度91分，QC对响应及时性评价较低，已开立CAPA。"])


def csat_trend(co, d):
    return nar("x_trend", "IT满意度趋势分析", d, True, [("趋势", "近四个半年满意度：87、89、90、91，呈上升趋势；响应及时性为持续短板。", ["41/trend"])])


def callbacks(co, d):
    return book("x_callback", "关键用户回访记录", d, True, [("回访", ["日期", "对象", "反馈", "跟进"], [[iso(d), co.cp(1), "LIMS响应慢", "已优化"], [iso(d + timedelta(days=30)), co.cp(2), "满意", "-"]],
                                                              ["63/follow-up-visits"])])


# ---------------------------------------------------------------- 组织, 服务台

def staff(co, d, outs):
    rows = [[co.p(i), ["IT经理", "基础架构组长", "应用组长", "安全工程师", "服务台"][i % 5], site(co, i)] for i in range(5)]
    its = ["9/staff-list", "18/roles", "23/roles"]
    if outs:
        rows.append([co.vp(0), "驻场工程师（%s）" % co.vendor, site(co, 0)])
        its.append("9/outsourcing")
    return book("x_staff", "IT人员及运维角色清单", d, False, [("人员", ["姓名", "运维角色", "所在基地"], rows, its)])


def interface(co, d):
    return nar("x_iface", "关于指定信息安全接口人的通知", d, False, [(None, "为做好对%s的信息安全管理衔接，指定信息安全组%s为安全管理接口人，负责安全事件通报、配置库权限与审计协调。" % (co.customer, co.p(3)), ["28/interface-person"])])


def desk(co, d):
    return nar("x_desk", "IT Helpdesk 设立及运行说明", d, False, [(None, "IT部设立统一服务台（Helpdesk），电话8000，覆盖两个基地及%s，服务台人员2名，负责工单受理、分派和回访。" % co.cust, ["48/service-desk"])])


def desk_training(co, d):
    return book("x_training", "服务台人员培训记录", d, True, [("记录", ["日期", "课程", "学员", "考核"], [[iso(d), "ITSM工单与GMP系统基础", co.p(4), "合格"], [iso(d), "数据完整性基础", co.p(2), "合格"]], ["48/training"])])


# ---------------------------------------------------------------- 运维记录

def ola(co, d, sld):
    parts = [("内部OLA", "基础架构组对应用组：服务器故障2小时内修复；信息安全组对服务台：安全告警30分钟内研判。", ["8/ola"])]
    if sld:
        parts.append(("与第三方服务级别设计", "%s驻场服务的响应、修复时限与上述OLA一致，以保证对%s的SLA。" % (co.vendor, co.customer), ["8/sld"]))
    return nar("x_ola", "OLA及供应商服务级别设计", d, False, parts)


def kpis(co, d):
    return book("x_kpi", "GMP系统可用性指标清单", d, False, [("指标", ["系统", "指标类型", "目标"], [[co.sys(0), "单系统可用率", "99.9%"], [co.sys(1), "单系统可用率", "99.5%"], ["全部GMP系统", "整体可用率", "99.8%"]], ["6/availability-kpis"])])


def avail(co, d, ev, rep):
    parts = [("可用性计划", "%d年可用性目标、冗余设计、计划停机窗口（每月第一个周日凌晨）。" % d.year, ["18/availability-plan", "22/plan"])]
    if ev:
        parts.append(("可用性事件", [("table", [["日期", "系统", "停机时长", "原因"], [iso(d), co.sys(1), "35分钟", "存储链路故障"]])], ["18/availability-events", "22/events"]))
    if rep:
        parts.append(("可用性报告", "上季度实际可用率99.95%，达成目标；改进：增加存储多路径。", ["18/availability-report", "22/report"]))
    return nar("x_avail", "GMP计算机化系统可用性管理报告", d, True, parts)


def automation(co, d, auto):
    parts = [("服务方案对生产影响分析", "回顾过往解决方案：MES补丁导致包装线停线1次、LIMS升级影响QC放行半天。", ["7/impact-analysis"])]
    if auto:
        parts.append(("可自动化服务", "根据安全事件处置时长分析，账号禁用、病毒隔离、审计追踪导出可自动化，列入工具开发。", ["7/automation"]))
    return nar("x_auto", "运维服务数据回顾及自动化建议", d, True, parts)


def workbook(co, d, kinds, hw):
    s = []
    if "maint" in kinds:
        s.append(("维护", ["日期", "设备", "内容", "执行人"], [[iso(d), "FW-01", "规则清理", co.p(3)]], ["14/maintenance", "44/maintenance"]))
    if "insp" in kinds:
        s.append(("巡检", ["日期", "设备", "状态", "执行人"], [[iso(d), "IPS-01", "正常", co.p(3)], [iso(d), "核心交换", "正常", co.p(1)]], ["44/inspection", "45/monitoring"]))
    if "virus" in kinds:
        s.append(("防病毒", ["日期", "范围", "结果"], [[iso(d), "全部终端及服务器", "查杀2个，已清除"]], ["44/virus-scan", "45/antivirus"]))
    if "upgrade" in kinds:
        s.append(("升级", ["日期", "设备", "版本"], [[iso(d), "EDR", "6.2.1"]], ["44/upgrades"]))
    s.append(("硬件故障", ["日期", "设备", "故障", "处理"], [[iso(d), "FW-02", "电源故障", "更换"]] if hw else [], ["14/hardware-faults", "44/faults"]))
    return book("x_wb", "IT基础设施运维记录（%d）" % d.year, d, True, s)


def collect(co, d, which):
    s = []
    if "config" in which:
        s.append(("配置", ["设备", "配置项", "值"], [["FW-01", "策略数", 312]], ["16/config"]))
    if "traffic" in which:
        s.append(("流量", ["链路", "峰值"], [["互联网出口", "620Mbps"]], ["16/traffic"]))
    if "status" in which:
        s.append(("状态", ["系统", "状态"], [[co.sys(0), "运行"]], ["16/status"]))
    return book("x_collect", "安全信息采集表", d, True, s)


def atr(co, d):
    """审计追踪审查 (audit trail review): GMP systems' audit trails plus network/OS logs."""
    return nar("x_atr", "审计追踪及日志审查报告（%d年%d月）" % (d.year, d.month), d, True, [
        ("审查范围", "%s、%s的审计追踪；防火墙、交换机、Windows/Linux服务器、数据库、Web应用日志。" % (co.sys(0), co.sys(1)), []),
        ("发现与分析", [("table", [["来源", "异常", "结论"], ["LIMS审计追踪", "1条结果修改无理由", "开立偏差DEV-IT-%d-07" % d.year],
                                  ["防火墙日志", "境外IP扫描", "已封禁"], ["服务器日志", "无异常", "-"]])], ["17/log-analysis", "45/audit-report", "47/audit"])])


def sec_stats(co, d, ana):
    parts = [("统计", [("table", [["类别", "次数"], ["恶意代码", 4], ["网络攻击", 11], ["数据完整性", 1]])], ["18/incident-stats"])]
    if ana:
        parts.append(("分析", "网络攻击主要为外部扫描，恶意代码来自U盘，建议加强移动介质管控。", ["18/incident-analysis"]))
    return nar("x_secstats", "信息安全事件季度统计分析", d, True, parts)


def kb(co, d):
    return book("x_kb", "ITSM知识库导出", d, True, [("KB", ["编号", "标题", "发布"], [["KB-0031", "MES打印机驱动故障处理", iso(d)], ["KB-0045", "LIMS审计追踪导出", iso(d)]], ["21/knowledge-base"])])


def cmdb(co, d, rel):
    s = [("CI", ["CI编号", "名称", "类型", "GxP", "密级"], [["CI-001", co.sys(0), "应用", "是", "机密"], ["CI-014", "DB-MES-01", "数据库", "是", "机密"]], ["27/cmdb"])]
    if rel:
        s.append(("关系", ["CI", "关系", "CI"], [["CI-001", "运行于", "CI-014"]], ["38/cmdb-relations"]))
    return book("x_cmdb", "CMDB导出（配置库）", d, True, s, note=["配置库访问仅限IT管理员，变更经CC审批，每日备份，确保机密性、完整性、可用性。"])


def assets(co, d):
    return book("x_asset", "IT资产清单", d, True, [("资产", ["资产编号", "名称", "型号", "功能", "位置", "端口", "分级"],
                                                     [["IT-%s-0001" % co.short, "核心防火墙", "FG-600E", "边界防护", site(co, 0) + "机房", "port1-4", "高"],
                                                      ["IT-%s-0102" % co.short, "MES服务器", "PowerEdge R750", co.sys(0), site(co, 1) + "机房", "Gi0/12", "高"]], ["13/asset-list", "43/asset-list"])])


def ci_updates(co, d):
    return book("x_ciupd", "配置项变更记录", d, True, [("记录", ["日期", "CI", "变更", "CC号"], [[iso(d), "CI-014", "扩容内存", "CC-IT-%d-021" % d.year]], ["43/ci-updates"])])


def tickets(co, d, resp, req, chg):
    """ITSM export: Incident, Request and (if exported) Change sheets in one workbook."""
    h = ["工单号", "类型", "优先级", "摘要"] + (["响应时长", "解决时长"] if resp else [])
    rows = [["INC%06d" % (d.month * 1000 + i), "Incident", "P%d" % (1 + i % 4), "%s 故障" % co.sys(i)] + (["%d分钟" % (10 + i), "%d小时" % (1 + i)] if resp else []) for i in range(5)]
    s = [("Incident", h, rows, ["43/process-records"] + (["55/response-times"] if resp else []))]
    s.append(("Request", ["请求号", "类别", "申请人", "审批", "完成"],
              [["REQ%06d" % (d.month * 1000 + i), ["账号开通", "权限变更", "数据导出"][i], co.cp(i), co.p(5), iso(d)] for i in range(3)] if req else [], []))
    s.append(("Change", ["CC编号", "标题", "状态", "回退"],
              [["CC-IT-%d-%03d" % (d.year, 40 + i), ["交换机固件升级", "LIMS补丁"][i], "已关闭", "无"] for i in range(2)] if chg else [], ["54/records"]))
    return book("x_tickets", "ITSM导出 %d-%02d" % (d.year, d.month), d, True, s)


def qmeeting(co, d, capa, prio):
    """IT月度质量会 minutes: several decisions in one record."""
    parts = [("1 上月事件与问题回顾", "P1事件1起（%s），问题记录PR-%d-05已完成根因调查。" % (co.sys(0), d.year), [])]
    if capa:
        parts.append(("2 CAPA进展", "CAPA-IT-%d-06（服务台响应超时）已实施，有效性检查安排于下月；CAPA-IT-%d-04已关闭。" % (d.year, d.year), ["57/capa"]))
    if prio:
        parts.append(("3 改进建议评审", [("table", [["建议", "收益", "GMP风险", "优先级", "决定"], ["备份自动验证", "高", "降低", "1", "批准"],
                                                  ["服务台自助门户", "中", "无", "2", "批准"], ["机房动环升级", "中", "无", "3", "暂缓"]])],
                      ["67/analysis", "67/prioritisation"]))
    parts.append(("4 其他", "批准下月变更窗口；下次会议时间另行通知。", []))
    return nar("x_qm", "IT月度质量会会议纪要（%d年%d月）" % (d.year, d.month), d, True, parts)


def val_report(co, d, sys_, stage):
    return nar("csv_" + stage.lower(), "%s %s报告" % (sys_, stage), d, True, [
        ("执行概要", "%s按验证方案VP-%s完成%s，测试用例全部通过，无未关闭偏差。" % (sys_, co.short, stage), []),
        ("结论", "系统可进入下一阶段，QA批准：%s。" % co.p(5), [])])


def weekly_mail(co, d):
    return nar("mail", "IT周报 %s" % iso(d), d, True, [(None, ["From: %s" % co.p(0), "To: IT部全体", "本周完成：MES补丁验证、防火墙巡检、2个服务请求。",
                                                              "下周计划：LIMS备份恢复测试。"], [])])


def cc_log(co, d):
    return book("x_cclog", "IT变更控制台账（%d）" % d.year, d, True, [("CC", ["CC编号", "变更内容", "类别", "批准", "关闭"],
                                                                   [["CC-IT-%d-0%d" % (d.year, i + 10), ["MES补丁", "防火墙策略", "存储扩容"][i], "次要", co.p(5), iso(d)] for i in range(3)], ["54/records"])])


def upgrade(co, d):
    return nar("x_upgrade", "%s 升级变更方案（含OQ测试计划）" % co.sys(1), d, False, [
        ("测试计划", "在验证环境执行OQ测试用例42条，关注功能、性能与安全。", ["25/test-plan"]),
        ("回退措施", "升级失败时恢复快照并还原数据库，回退演练已完成。", ["25/rollback", "11/rollback"])])


def baseline(co, d):
    return book("x_base", "服务器与数据库安全配置基线", d, False, [("基线", ["项", "要求"], [["密码复杂度", "≥8位"], ["审计追踪", "开启且不可关闭"]], ["25/baseline"])])


def oq_compat(co, d):
    return nar("x_oq", "%s OQ报告（兼容性验证）" % co.sys(2), d, True, [("兼容性", "网络兼容、操作系统兼容、与MES/LIMS接口兼容测试全部通过。", ["11/compatibility"])])


def urs_sys(co, d):
    return nar("x_urs2", "%s 用户需求说明（URS）" % co.sys(2), d, True, [("需求", "功能、性能（并发200用户）、安全性（21 CFR Part 11 电子签名、审计追踪）需求，已与用户确认。", ["11/requirements"])])


def wi(co, d, n, t):
    return nar("x_wi", t, d, False, [(None, "步骤：1 准备；2 执行；3 核对；4 记录。", ["24/work-instructions", "11/manuals"])], pre=[("p", "WI-IT-%03d  版本02" % n)])


def pentest_plan(co, d):
    return nar("x_ptplan", "%d年渗透测试计划" % d.year, d, False, [(None, "Q3对%s、VPN、官网进行渗透测试，供应商%s执行。" % (co.sys(2), co.vendor), ["31/pentest-plan", "32/pentest-plan"])])


def pentest(co, d):
    return nar("x_pt", "渗透测试报告", d, True, [(None, "发现高危1个、中危3个，均已整改并复测通过。", ["31/pentest-records", "32/pentest-records"])])


def dev_plan(co, d):
    return nar("x_dev", "IT自动化工具开发计划", d, False, [(None, "开发审计追踪自动审查脚本、账号周期复核工具，满足%s要求。" % co.customer, ["33/dev-plan"])])


def grading(co, d, crit):
    parts = [("定级结果", "%s定为第二级，%s定为第三级。" % (co.sys(1), co.sys(0)), ["51/grading"])]
    if crit:
        parts.append(("分级标准", "依据GB/T 22240，按业务信息与系统服务受破坏后对客体的侵害程度确定等级。", ["51/grading-criteria"]))
    return nar("x_grade", "等级保护定级报告", d, False, parts)


def bulletin(co, d, full):
    parts = [("漏洞通告", "厂商发布Windows高危补丁，影响MES客户端。", ["52/vulnerability", "53/bulletin"]), ("病毒预警", "勒索病毒变种流行。", ["52/virus"])]
    if full:
        parts += [("法规动态", "《药品生产质量管理规范》计算机化系统附录及网络安全法规更新。", ["52/policy"]), ("影响分析", "分析对本公司的影响并给出处置建议。", ["52/analysis"])]
    return nar("x_bul", "IT安全通告（%d年%d月）" % (d.year, d.month), d, True, parts)


def erp_plan(co, d, rec):
    parts = [("应急响应预案", "P1及重大安全事件的应急组织、响应流程、处置方案与恢复策略。", ["36/emergency-plan", "53/emergency-plan", "55/plan"])]
    if rec:
        parts.append(("系统恢复计划", "按RTO 4小时恢复GMP系统的步骤。", ["36/recovery-plan"]))
    return nar("x_erp", "IT应急响应预案", d, False, parts, pre=head(co, d, "SOP-IT-022", "02"))


def bcp(co, d):
    return nar("x_bcp", "IT业务连续性计划（BCP）", d, False, [(None, "经QA批准发布：关键业务识别、灾难场景、异地备份、恢复顺序。", ["42/bcp"])], pre=head(co, d, "SOP-IT-023", "01"))


def drill(co, d, dr):
    its = ["40/recovery-drill"] if dr else ["40/emergency-drill", "53/drill"]
    return nar("x_drill", "演练记录", d, True, [(None, ("数据库灾备恢复演练，RTO实际2.5小时。" if dr else "勒索病毒应急演练，30分钟完成隔离。"), its)])


def mon_report(co, d, data, fc):
    parts = [("监控趋势", "近6个月可用率、告警数、工单量趋势见图表。", ["50/monitoring-report"])]
    if data:
        parts.append(("运维数据", "异常报告及时率98%、漏报率1%、作业计划完成率100%、隐患发现率、主动发现率85%、问题解决率92%、漏洞扫描覆盖率100%、加固覆盖率95%、补丁及时率93%、安全事件6次。", ["56/data"]))
    if fc:
        parts.append(("服务预测", "根据日志、变更、事件、请求、问题汇总，预测下季度工单增长10%。", ["71/forecast"]))
    return nar("x_mon", "IT质量月报（%d年%d月）" % (d.year, d.month), d, True, parts)


def kpi_capa(co, d, capa):
    s = [("KPI", ["指标", "目标", "实际"], [["满意度", "90", "91"], ["P1解决率", "100%", "96%"]], ["57/measurement"])]
    s.append(("CAPA", ["CAPA号", "措施", "状态"], [["CAPA-IT-%d-03" % d.year, "增加夜班二线", "关闭"]] if capa else [], ["57/capa", "60/corrective-actions"]))
    return book("x_kpi_capa", "IT KPI与CAPA跟踪表", d, True, s)


def preventive(co, d):
    return nar("x_pa", "预防措施及有效性确认", d, True, [(None, "针对潜在的审计追踪关闭风险，锁定配置；三个月后复核无再发，有效。", ["66/preventive-actions", "66/effectiveness"])])


def improve(co, d, crit):
    parts = [("改进计划", "年度改进项目：备份自动验证、服务台自助。", ["64/plan", "68/plan"])]
    if crit:
        parts.append(("评估标准", "按GMP风险、收益、成本打分评估。", ["64/criteria"]))
    return nar("x_imp", "IT持续改进计划", d, True, parts)


def improve_log(co, d):
    return book("x_implog", "改进项目跟踪表", d, True, [("跟踪", ["项目", "优先级", "状态", "有效性"], [["备份自动验证", "高", "完成", "恢复成功率100%"]],
                                                          ["67/analysis", "67/prioritisation", "68/implementation", "68/effectiveness"])])


def awareness(co, d):
    return book("x_aware", "数据完整性与持续改进宣贯培训记录", d, True, [("签到", ["姓名", "签名"], [[co.p(i), co.p(i)] for i in range(4)], ["69/awareness-training"])])


def self_insp(co, d):
    return nar("x_audit", "IT自检报告", d, True, [(None, "依据SOP-IT-018完成自检，发现3项一般缺陷，均已开立CAPA。", ["59/internal-audit"])])


def review(co, d, inputs):
    parts = [("会议", "管理评审会决议多项。", ["59/management-review"])]
    m = {"fb": ("客户反馈", "60/customer-feedback"), "perf": ("服务执行与符合性", "60/performance"), "res": ("资源水平", "60/resources"),
         "ca": ("纠正措施进展", "60/corrective-actions"), "chg": ("影响服务的变更", "60/changes"), "imp": ("改进机会", "60/improvements")}
    for k in inputs:
        parts.append((m[k][0], "已评审，决议见附件。", [m[k][1]]))
    return nar("x_mr", "管理评审会议纪要", d, True, parts)


# ---------------------------------------------------------------- decoy builders

def signin(co, d, plan):
    rows = [["《%s》培训签到 Training Attendance" % plan], ["培训日期", iso(d)], ["姓名", "签名", "部门"]] + [[co.p(i), co.p(i), "IT部"] for i in range(5)]
    return decoy(Doc("training", "《%s》培训签到" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def sop_index(co, d):
    names = [v[1] for v in _sops(co).values()]
    parts = [(None, ["IT部现行有效SOP如下，各岗位按培训矩阵完成阅读培训："] + ["%d.《%s》" % (i, n) for i, n in enumerate(names, 1)], [])]
    return decoy(nar("sopindex", "现行SOP-IT清单", d, False, parts), "list citing procedures by 《》")


def unrelated(co, d, t):
    body = {"清洁验证方案": ["验证对象：固体制剂车间混合机、压片机。", "可接受标准：残留限度≤10ppm。"],
            "工艺用水系统年度回顾": ["纯化水电导率全部合格。", "微生物限度趋势稳定。"],
            "批生产记录审核要点": ["核对物料平衡与偏差记录。", "QA放行前完成审核。"],
            "供应商审计计划": ["原辅料供应商现场审计6家。", "包材供应商书面审计10家。"]}[t]
    return decoy(nar("unrelated", t, d, False, [(None, body, [])]), "unrelated")


def build(co, lock_bytes):
    co.cust, co.sites, _qa = X_INFO[co.info_id]
    r = co.rng
    Q, DEV, CC, CSV, DI, OPS, SEC, CU, TR, SI, AP = ("01_质量体系文件/", "02_偏差与CAPA/", "03_变更控制/", "04_计算机化系统验证/", "05_数据完整性/",
                                                   "06_IT运维记录/", "07_信息安全/", "08_服务协议/%s/" % co.cust, "09_培训/", "10_自检与管理评审/", "11_年度质量回顾/")
    optional = ["budget", "apqr", "auto", "ola", "staff", "iface", "kpis", "avail", "kb", "cmdb", "ciupd", "upgrade", "base", "oq", "urs2",
                "ptplan", "pt", "dev", "bcp", "drdrill", "trend", "callback", "dtrain", "collect", "secstats", "grade", "kpicapa", "pa",
                "imp", "implog", "aware", "audit", "mr", "health"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"pt", "drdrill", "trend", "callback", "kb", "audit", "collect", "dtrain", "secstats", "pa", "aware"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot = sh.add, sh.slot

    keys = [k for k in _sops(co) if r.random() >= 0.05]
    in_book = [k for k in keys if r.random() < 0.35]
    d = co.issued()
    add(Q + "IT质量手册/ITQM-01 IT质量手册 V03.pdf", handbook(co, d, in_book, r.random() < 0.9, r.random() < 0.6))
    for k in keys:
        if k not in in_book:
            ver = "0%d" % r.randint(2, 4)
            doc = sop(co, co.issued(), k, ver)
            add(Q + "SOP/SOP-IT-%03d_%s_V%s.%s" % (_sops(co)[k][0], doc.title, ver, r.choice(["docx", "docx", "pdf"])), doc)
    wis = ["防火墙日常维护", "服务器备份与恢复", "审计追踪审查操作", "账号权限管理", "防病毒管理"]
    for i, t in enumerate(wis):
        if r.random() < 0.8:
            add(Q + "WI/WI-IT-%03d %s作业指导书.docx" % (i + 1, t), wi(co, co.issued(), i + 1, t + "作业指导书"))

    d0 = co.issued()
    add(CU + "URS-ITS_IT运维服务用户需求调研报告.docx", urs_survey(co, d0, r.random() < 0.9, r.random() < 0.88))
    slot("budget", lambda d: CU + "%d IT运维服务预算.xlsx" % d.year, lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    add(CU + "%s 交接沟通会纪要.pdf" % ymd(d), kickoff(co, d))
    d = co.issued()
    add(CU + "ISA 内部服务协议（签字版）.pdf", sla(co, d, r.random() < 0.9, r.random() < 0.88, r.random() < 0.85))
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",)])
    add(CU + "IT Service Catalogue_%d.xlsx" % d.year, catalog(co, co.issued(), lv))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: CU + "Health Check/%s_HealthCheck_Report.pdf" % ymd(d), lambda d: health(co, d))
    for d, h in [(date(2025, 6, 20), "上半年"), (date(2025, 12, 18), "下半年"), (date(2026, 6, 19), "上半年")]:
        if r.random() < 0.85:
            add(CU + "满意度/%d%s IT满意度调查.xlsx" % (d.year, h), csat(co, d, h))
    slot("trend", lambda d: CU + "满意度/满意度趋势分析_%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callback", lambda d: CU + "满意度/关键用户回访记录_%d.xlsx" % d.year, lambda d: callbacks(co, d))
    slot("ola", lambda d: CU + "OLA与供应商服务级别.docx", lambda d: ola(co, d, r.random() < 0.85), "issued")

    slot("staff", lambda d: Q + "组织/IT人员及角色清单_%s.xlsx" % ymd(d), lambda d: staff(co, d, r.random() < 0.85), "issued")
    slot("iface", lambda d: Q + "组织/信息安全接口人任命通知.pdf", lambda d: interface(co, d), "issued")
    add(Q + "组织/IT Helpdesk设立说明.docx", desk(co, co.issued()))
    slot("dtrain", lambda d: TR + "%s 服务台人员培训记录.xlsx" % ymd(d), lambda d: desk_training(co, d))
    slot("aware", lambda d: TR + "%s 数据完整性与持续改进宣贯签到.xlsx" % ymd(d), lambda d: awareness(co, d))

    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.88]
    slot("apqr", lambda d: AP + "%d APQR_计算机化系统与IT运维.pdf" % (d.year - 1), lambda d: apqr(co, d, on, r.random() < 0.8))
    slot("auto", lambda d: AP + "运维服务数据回顾及自动化建议.docx", lambda d: automation(co, d, r.random() < 0.85))
    for m in sorted(r.sample(range(6, 12), 2)):
        d = date(2026, m, 5 + r.randint(0, 4))
        add(OPS + "IT质量月报/IT质量月报_%d%02d.%s" % (d.year, m, r.choice(["pdf", "docx"])), mon_report(co, d, r.random() < 0.7, r.random() < 0.5))
    slot("kpis", lambda d: OPS + "可用性/GMP系统可用性指标清单.xlsx", lambda d: kpis(co, d), "issued")
    slot("avail", lambda d: OPS + "可用性/%d Q%d 可用性管理报告.docx" % (d.year, (d.month - 1) // 3 + 1), lambda d: avail(co, d, r.random() < 0.85, r.random() < 0.85))
    d = co.fresh()
    add(OPS + "运维记录/IT基础设施运维记录_%d.xlsx" % d.year, workbook(co, d, [k for k in ("maint", "insp", "virus", "upgrade") if r.random() < 0.8] or ["maint"], r.random() < 0.7))
    slot("collect", lambda d: OPS + "运维记录/安全信息采集表_%s.xlsx" % ymd(d), lambda d: collect(co, d, [w for w in ("config", "traffic", "status") if r.random() < 0.88]))
    d = co.fresh()
    add(OPS + "资产/IT资产清单_%s.xlsx" % ymd(d), assets(co, d))
    slot("cmdb", lambda d: OPS + "资产/CMDB_export_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, r.random() < 0.75))
    slot("ciupd", lambda d: OPS + "资产/配置项变更记录_%d.xlsx" % d.year, lambda d: ci_updates(co, d))
    slot("kb", lambda d: OPS + "知识库/KB_export_%s.xlsx" % ymd(d), lambda d: kb(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        name = OPS + "工单/ITSM_export_%d%02d.xlsx" % (d.year, d.month)
        if name not in co.used:
            add(name, tickets(co, d, r.random() < 0.8, r.random() < 0.8, r.random() < 0.5))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        name = DEV + "IT月度质量会/%d%02d IT月度质量会纪要.docx" % (d.year, d.month)
        if name not in co.used:
            add(name, qmeeting(co, d, r.random() < 0.7, r.random() < 0.5))
    for j in range(3):
        for st in ("IQ", "OQ", "PQ"):
            if r.random() < 0.6:
                d = co.issued()
                add(CSV + "%s/VAL-%s-%s_%s.pdf" % (co.sys(j), st, ymd(d), co.sys(j)), val_report(co, d, co.sys(j), st))
    for i in range(r.randint(2, 4)):
        d = co.fresh()
        name = OPS + "周报/IT周报_%s.txt" % ymd(d)
        if name not in co.used:
            add(name, weekly_mail(co, d), encoding=r.choice(["utf-8", "gb18030"]))

    d = co.fresh()
    add(CC + "IT变更控制台账_%d.xlsx" % d.year, cc_log(co, d))
    slot("upgrade", lambda d: CC + "CC-IT-%d-031 %s升级方案.docx" % (d.year, co.sys(1)), lambda d: upgrade(co, d), "issued")
    slot("base", lambda d: CSV + "安全配置基线.xlsx", lambda d: baseline(co, d), "issued")
    slot("urs2", lambda d: CSV + "%s/URS_%s.docx" % (co.sys(2), ymd(d)), lambda d: urs_sys(co, d))
    slot("oq", lambda d: CSV + "%s/OQ报告_%s.pdf" % (co.sys(2), ymd(d)), lambda d: oq_compat(co, d))
    for i in range(r.randint(2, 4)):
        d = co.fresh()
        name = DI + "审计追踪审查/%d/ATR_%d%02d.docx" % (d.year, d.year, d.month)
        if name not in co.used:
            add(name, atr(co, d))

    slot("secstats", lambda d: SEC + "事件统计/%d Q%d 信息安全事件统计分析.docx" % (d.year, (d.month - 1) // 3 + 1), lambda d: sec_stats(co, d, r.random() < 0.8))
    for i in range(r.randint(2, 4)):
        d = co.fresh()
        name = SEC + "安全通告/IT安全通告_%d%02d.pdf" % (d.year, d.month)
        if name not in co.used:
            add(name, bulletin(co, d, r.random() < 0.7))
    slot("ptplan", lambda d: SEC + "渗透测试/%d 渗透测试计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pt", lambda d: SEC + "渗透测试/PenTest_Report_%s.pdf" % ymd(d), lambda d: pentest(co, d))
    slot("dev", lambda d: SEC + "IT自动化工具开发计划_%d.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("grade", lambda d: SEC + "等保/等级保护定级报告.pdf", lambda d: grading(co, d, r.random() < 0.85), "issued")
    add(SEC + "应急/SOP-IT-022 IT应急响应预案 V02.pdf", erp_plan(co, co.issued(), r.random() < 0.8))
    slot("bcp", lambda d: SEC + "应急/SOP-IT-023 IT业务连续性计划 V01.pdf", lambda d: bcp(co, d), "issued")
    if r.random() < 0.9:
        d = co.fresh()
        add(SEC + "应急/演练/%s 勒索病毒应急演练记录.docx" % ymd(d), drill(co, d, False))
    slot("drdrill", lambda d: SEC + "应急/演练/%s 数据库灾备恢复演练.docx" % ymd(d), lambda d: drill(co, d, True))

    slot("kpicapa", lambda d: DEV + "IT KPI与CAPA跟踪表_%d.xlsx" % d.year, lambda d: kpi_capa(co, d, r.random() < 0.85))
    slot("pa", lambda d: DEV + "预防措施及有效性确认_%s.docx" % ymd(d), lambda d: preventive(co, d))
    slot("imp", lambda d: DEV + "%d IT持续改进计划.docx" % d.year, lambda d: improve(co, d, r.random() < 0.8))
    slot("implog", lambda d: DEV + "改进项目跟踪表_%s.xlsx" % ymd(d), lambda d: improve_log(co, d))
    slot("audit", lambda d: SI + "%d IT自检报告.pdf" % d.year, lambda d: self_insp(co, d))
    inputs = [k for k in ("fb", "perf", "res", "ca", "chg", "imp") if r.random() < 0.93]
    slot("mr", lambda d: SI + "%d 管理评审会议纪要.docx" % d.year, lambda d: review(co, d, inputs))

    # last year's copies in 归档/: they belong but are stale
    for name, factory, when in list(sh.made):
        if r.random() < 0.25:
            before = when - timedelta(days=365)
            rel = "归档/%d/%s" % (before.year, name(before))
            if rel not in co.used:
                add(rel, factory(before))
    decoys(co, lock_bytes, Q, DEV, CC, DI, OPS, SEC, CU, TR)


def decoys(co, lock_bytes, Q, DEV, CC, DI, OPS, SEC, CU, TR):
    r = co.rng
    add = Share(co).add
    add(DI + "审计追踪审查/审计追踪审查记录表（空白）.xlsx", blank_sheet("审计追踪审查记录表", co.fresh(), ["系统", "审查期间", "异常", "审查人", "QA复核"]))
    add(CC + "变更申请表CC Form（模板）.docx", blank_text("IT变更申请表", co.fresh(), ["变更描述", "影响评估", "回退方案", "批准"]))
    add(CU + "满意度/IT满意度调查表（空白）.xlsx", blank_sheet("IT满意度调查表", co.fresh(), ["部门", "响应及时", "专业能力", "服务态度"]))
    add(SEC + "应急/演练/演练记录表（模板）.docx", blank_text("应急演练记录表", co.fresh(), ["演练场景", "过程", "评价"]))
    d = co.fresh()
    add(SEC + "应急/SOP-IT-023 IT业务连续性计划（征求意见稿）.docx", decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(CU + "ISA 内部服务协议_draft_v0.3.docx", decoy(sla(co, d, True, True, True), "draft", mark="（草稿）"))
    d = date(2022, 4, 11)
    add(Q + "SOP/作废/SOP-IT-012_IT问题管理规程_V01（作废）.pdf", decoy(sop(co, d, "problem", "01"), "obsolete", mark="（作废）"))
    d = date(2021, 8, 2)
    add(Q + "SOP/作废/SOP-IT-014_IT变更控制规程_V01【作废】.docx", decoy(sop(co, d, "change", "01"), "obsolete", mark="【作废】"))
    d = co.fresh()
    add(".recycle/%s/ATR_%d%02d.docx" % (co.p(2), d.year, d.month), decoy(atr(co, d), "recycle bin"))
    d = co.fresh()
    add(".recycle/%s/IT基础设施运维记录_%d.xlsx" % (co.p(3), d.year), decoy(workbook(co, d, ["maint", "insp", "virus"], True), "recycle bin"))
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in [x for x in office if not x.startswith(".recycle")][2:80:11]:
        folder, _, base = rel.rpartition("/")
        co.raw(folder + "/~$" + (base[2:] if len(base) > 6 else base), lock_bytes(co.p(1)), "Office lock file")
    co.raw(OPS + "工单/ITSM_Incident_export (1).xlsx", b"", "empty file")
    co.raw(DI + "审计追踪审查/ATR_新建.docx", b"", "empty file")
    for plan in ("IT应急响应预案", "IT变更控制规程", "IT业务连续性计划"):
        if r.random() < 0.8:
            d = co.fresh()
            add(TR + "%s《%s》培训签到.xlsx" % (ymd(d), plan), signin(co, d, plan))
    add(Q + "SOP/现行SOP-IT清单.docx", sop_index(co, co.fresh()))
    for t in ("清洁验证方案", "工艺用水系统年度回顾", "批生产记录审核要点", "供应商审计计划"):
        if r.random() < 0.75:
            add("00_其他/%s.%s" % (t, r.choice(["docx", "pdf"])), unrelated(co, co.fresh(), t))
    d = co.fresh()
    add(OPS + "值班/IT值班表_%d%02d.txt" % (d.year, d.month), nar("x_duty", "IT值班表", d, True, [(None, "%s/%s 轮值" % (co.p(1), co.p(2)), [])]))
