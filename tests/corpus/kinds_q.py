# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_q.py - style Q: a 30-person managed-service startup that runs IT for small businesses.

A new author voice for the accuracy corpus, used only by the Q shares, written blind (from the form's
需提供证明材料, gen.py and the other voices' builders, never from the rule pack).  The company (XX云管家,
XX IT服务 …) runs the IT of small and mid-size businesses on a monthly fee: office networks, NAS and backups,
firewalls and VPN, 企业邮箱, endpoint antivirus, a SaaS or two; one such customer is the form's customer, and
a small security partner covers night on-call and the pentests.  Everybody lives in 飞书 or 钉钉: documents
are online docs exported to docx/pdf with the tool's suffix in the name (… - 飞书云文档.pdf), the meta line
under the title (Owner, 最后更新), and a 负责人确认 line instead of an approval stamp; records are 多维表格
exported to xlsx with English or mixed column headers (Ticket ID, 类型 Type, Owner, Created …), tickets
numbered OPS-1234; the team writes runbooks and SOPs, weekly and monthly 复盘, postmortems, OKR sheets, a
Service Menu, QBR decks for customers.  Folder layout is flat: almost everything at the share's root with
dates in the names (2026-09-14 周复盘, 20261012), customer documents under 客户_<客户>/, last year's copies in
old/, templates in 模板/.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section adds
its items only when it is written; a sheet with no data rows counts for nothing.  build(co, lock_bytes)
lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the customer's short name (folder), the office suite, the ticket prefix
Q_INFO = {
    "q1": ("悦齿口腔", "飞书", "OPS"),
    "q2": ("明衡律所", "钉钉", "OPS"),
    "q3": ("恒远贸易", "飞书", "OPS"),
    "q4": ("鲜果时光", "钉钉", "OPS"),
    "q5": ("悦齿口腔", "飞书", "OPS"),
    "q6": ("明衡律所", "钉钉", "OPS"),
    "q7": ("恒远贸易", "飞书", "OPS"),
    "q8": ("鲜果时光", "钉钉", "OPS"),
    "q9": ("悦齿口腔", "飞书", "OPS"),
    "q10": ("明衡律所", "钉钉", "OPS"),
    "q11": ("鲜果时光", "钉钉", "OPS"),
    "q12": ("恒远贸易", "飞书", "OPS"),
    "q13": ("明衡律所", "钉钉", "OPS"),
    "q14": ("悦齿口腔", "飞书", "OPS"),
    "q15": ("明衡律所", "钉钉", "OPS"),
    "q16": ("悦齿口腔", "飞书", "OPS"),
    "q17": ("鲜果时光", "钉钉", "OPS"),
    "q18": ("恒远贸易", "飞书", "OPS"),
    "q19": ("悦齿口腔", "飞书", "OPS"),
    "q20": ("鲜果时光", "钉钉", "OPS"),
    "q21": ("悦齿口腔", "飞书", "OPS"),
    "q22": ("明衡律所", "钉钉", "OPS"),
    "q23": ("恒远贸易", "飞书", "OPS"),
    "q24": ("明衡律所", "钉钉", "OPS"),
    "q25": ("恒远贸易", "飞书", "OPS"),
    "q26": ("鲜果时光", "钉钉", "OPS"),
    "q27": ("悦齿口腔", "飞书", "OPS"),
    "q28": ("鲜果时光", "钉钉", "OPS"),
    "q29": ("明衡律所", "钉钉", "OPS"),
    "q30": ("悦齿口腔", "飞书", "OPS"),
    "q31": ("明衡律所", "钉钉", "OPS"),
    "q32": ("悦齿口腔", "飞书", "OPS"),
    "q33": ("明衡律所", "钉钉", "OPS"),
    "q34": ("悦齿口腔", "飞书", "OPS"),
    "q35": ("明衡律所", "钉钉", "OPS"),
    "q36": ("悦齿口腔", "飞书", "OPS"),
    "q37": ("明衡律所", "钉钉", "OPS"),
    "q38": ("悦齿口腔", "飞书", "OPS"),
    "q39": ("明衡律所", "钉钉", "OPS"),
    "q40": ("悦齿口腔", "飞书", "OPS"),
    "q41": ("明衡律所", "钉钉", "OPS"),
    "q42": ("悦齿口腔", "飞书", "OPS"),
    "q43": ("悦齿口腔", "飞书", "OPS"),
    "q44": ("恒远贸易", "飞书", "OPS"),
    "q45": ("悦齿口腔", "飞书", "OPS"),
    "q46": ("悦齿口腔", "飞书", "OPS"),
    "q47": ("鲜果时光", "钉钉", "OPS"),
    "q48": ("明衡律所", "钉钉", "OPS"),
    "q49": ("恒远贸易", "飞书", "OPS"),
    "q50": ("明衡律所", "钉钉", "OPS"),
    "q51": ("悦齿口腔", "飞书", "OPS"),
    "q52": ("鲜果时光", "钉钉", "OPS"),
    "q53": ("悦齿口腔", "飞书", "OPS"),
    "q54": ("明衡律所", "钉钉", "OPS"),
    "q55": ("悦齿口腔", "飞书", "OPS"),
    "q56": ("悦齿口腔", "飞书", "OPS"),
    "q57": ("明衡律所", "钉钉", "OPS"),
    "q58": ("悦齿口腔", "飞书", "OPS"),
    "q59": ("悦齿口腔", "飞书", "OPS"),
    "q60": ("悦齿口腔", "飞书", "OPS"),
    "q61": ("恒远贸易", "飞书", "OPS"),
    "q62": ("悦齿口腔", "飞书", "OPS"),
}


def suffix(co):
    return " - 飞书云文档" if co.suite == "飞书" else " - 钉钉文档"


def meta(co, d, who):
    """The line an online editor prints under a document's title when it is exported."""
    return ("p", "Owner：%s ｜ 最后更新：%s ｜ 来自%s" % (who, iso(d), "飞书云文档" if co.suite == "飞书" else "钉钉文档"))


def ok_line(co, d):
    """The team's approval: the boss ticks the document off in the doc itself."""
    return ("p", "负责人确认：%s（%s）  状态：已发布" % (co.boss, iso(d + timedelta(days=2))))


def page(co, kind, title, d, record, parts, who=None, confirm=False):
    """An online doc: title, meta line, sections = (heading or None, body, items); items only from the
    sections written; confirm adds the 负责人确认 line at the end."""
    return nar(kind, title, d, record, [(None, [meta(co, d, who or co.p(0))], [])] + list(parts), post=[ok_line(co, d)] if confirm else None)


def base(kind, title, d, record, sheets):
    """A 多维表格 export: each view a sheet, the header in the first row, no title above it.  A view
    with no rows proves nothing."""
    out, items = [], []
    for name, head, rows, its in sheets:
        out.append((name, [head] + [list(r) for r in rows]))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def tid(co, n):
    return "%s-%d" % (co.tprefix, n)


def wk(d):
    y, w, _ = d.isocalendar()
    return "%d-W%02d" % (y, w)


# ------------------------------------------------------------------ SOPs (the procedures)

# key -> (title, items, sections)
Q_SOPS = {
    "incident": ("故障处理SOP（Incident）", ["49/incident-procedure"], [
        ("适用范围", ["客户报修和监控告警发现的一切“用不了/变慢了”类问题，包括网络、NAS、邮箱、收银和客户的SaaS。"]),
        ("怎么分级", ["P1：客户主要业务停摆（收银/ERP/全员断网）；P2：部分人或部分门店受影响；P3：个人问题或有绕行办法。"]),
        ("响应和处理", ["所有报修先进OPS工单（群里报的也要补单）；on-call 15分钟内接单回复，P1 拉飞书/钉钉应急群，30分钟没进展升级给负责人。",
                    "先恢复业务再查原因：重启、切备线、回滚配置都可以，但要在工单里写清楚做了什么。"]),
        ("关单", ["客户确认能用后关单，写明原因和解决办法；P1 必须做复盘（Postmortem）。"]),
    ]),
    "request": ("服务请求处理流程（Request）", ["49/request-procedure"], [
        ("什么算请求", ["开账号、加权限、装软件、配打印机、调VPN、要报表——不是故障的都算 Request。"]),
        ("受理", ["客户通过服务台小程序/群机器人/电话提交，服务台当天建OPS工单并分派；权限和防火墙策略类请求要客户对接人在工单里点确认。"]),
        ("交付时限", ["标准请求1个工作日内完成，复杂请求和客户约定时间；超时自动提醒负责人。"]),
        ("关单和统计", ["交付后请求人确认关单；每月在月报里统计请求量和按时完成率。"]),
    ]),
    "problem": ("Problem管理：重复故障根因跟进流程", ["20/procedure", "37/procedure"], [
        ("为什么要有这个", ["同一个客户同一类故障反复来，说明根因没解决；Problem 流程专门盯根因。"]),
        ("什么时候开Problem", ["同类工单30天内出现3次以上、所有P1、复盘里原因不明的、巡检发现的系统性隐患。"]),
        ("怎么跟", ["Problem Owner 10个工作日内做根因分析（5 Whys），给出临时绕行和根治方案；要动生产的走变更流程。",
                  "在多维表格Problem视图里跟踪状态：分析中/待变更/观察中/已关闭。"]),
        ("关闭", ["根治方案上线后观察30天不复发再关闭，经验沉淀到知识库。"]),
    ]),
    "change": ("变更流程（Change：上线、调整与回滚）", ["54/procedure"], [
        ("范围", ["对客户生产环境的任何改动：防火墙策略、网络配置、系统升级、NAS/备份策略、SaaS配置。"]),
        ("提变更", ["在OPS工单里选类型Change，写清楚改什么、影响谁、怎么测试、怎么回滚、在什么时间窗口做。"]),
        ("审批", ["普通变更由组长审批；影响客户营业的变更要客户对接人书面同意，放在非营业时间做；紧急变更先电话同意，24小时内补单。"]),
        ("实施和验证", ["按方案执行，做完验证业务；不行就按回滚步骤恢复，并在工单里记录结果（成功/回滚）。"]),
    ]),
    "knowledge": ("知识库维护规范", ["21/procedure"], [
        ("知识从哪来", ["关单时的解决办法、复盘结论、runbook、客户环境说明。"]),
        ("谁写谁审", ["处理人关单后3天内把可复用的经验写成知识条目，组长review后发布到知识库空间。"]),
        ("维护", ["每季度清理一次过期条目（客户换设备、软件升级后失效的）。"]),
    ]),
    "slm": ("SLA管理规范（服务级别怎么定、怎么盯）", ["39/slm-procedure"], [
        ("定", ["签约前按客户规模和业务时间定服务级别：服务时间、运维方式（驻场/巡检/远程）、响应和恢复时限、报告频率，写进SLA。"]),
        ("盯", ["工单系统按SLA自动计时；每月月报统计达成率，没达成的在月度复盘里说原因和措施。"]),
        ("复审", ["每年续约前和客户一起review一次SLA，业务变化时随时改。"]),
    ]),
    "secinc": ("安全事件响应SOP", ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("事件分类", ["恶意代码（勒索、挖矿、病毒）、网络攻击（爆破、扫描、入侵）、信息泄露、账号被盗、设备故障导致的安全问题；按影响分一般/较大/重大。"]),
        ("上报", ["发现人10分钟内在安全值班群报告on-call和负责人；较大及以上30分钟内电话通知客户对接人，涉及个人信息泄露的协助客户向监管报告。"]),
        ("处置", ["研判→隔离（断网、封IP、禁账号）→清除→恢复→验证；全程在OPS工单里记时间线。"]),
        ("应急响应", ["较大及以上事件启动《应急预案》，负责人任指挥，拉起应急群，按预案分工。"]),
        ("事后", ["事件关闭后5个工作日内出复盘报告，改进项进改进池跟踪。"]),
    ]),
    "audit": ("内部审核机制（年度交叉检查）", ["61/audit-system", "62/audit-mechanism"], [
        ("做法", ["每年下半年做一次内部审核，两个小组交叉检查对方负责的客户和流程，覆盖所有SOP。"]),
        ("步骤", ["定审核计划和检查表→抽查工单、变更、复盘、巡检记录→开不符合项→整改→下次复查。"]),
        ("输出", ["内审报告作为年度管理评审（年度复盘会）的输入。"]),
    ]),
    "monitor": ("服务指标监控与Review机制", ["61/monitoring-process", "62/monitoring-process"], [
        ("看什么", ["可用率、SLA达成率、工单响应及时率、重复故障率、客户满意度、投诉数。"]),
        ("怎么看", ["监控平台和工单系统自动出数，每周例会看看板，每月出月报，每季度和客户做QBR。"]),
        ("没达标怎么办", ["指标没达标的开纠正措施单（CAPA），Owner和完成时间写清楚，下个月复查。"]),
    ]),
    "improve": ("持续改进流程（改进池）", ["65/procedure"], [
        ("识别", ["改进点来自复盘、内审、客户反馈、指标不达标、on-call吐槽，谁都可以往改进池里提。"]),
        ("记录和评估", ["在改进池多维表格登记，按影响、紧急度、投入打分（满分10），负责人每月评审批准。"]),
        ("测量和报告", ["每个改进项写清楚目标和衡量方式，做完测效果，在月度复盘里报告进展。"]),
    ]),
    "training": ("客户安全培训服务流程", ["31/training-process"], [
        ("需求", ["每年和客户确认培训需求（钓鱼邮件识别、密码安全、新员工入职安全）。"]),
        ("实施", ["线上直播或到店培训，签到、录屏；钓鱼演练配合培训。"]),
        ("评估", ["课后小测和满意度问卷，结果写进QBR。"]),
    ]),
    "pentest": ("渗透测试服务流程", ["31/pentest-process"], [
        ("授权", ["测试前和客户签授权书，确定目标、时间窗口、不能碰的东西。"]),
        ("测试", ["由合作安全公司和我们的安全工程师一起做：信息收集→漏洞发现→验证→不做破坏性测试。"]),
        ("报告和复测", ["出报告，客户整改后复测，复测结果补进报告。"]),
    ]),
}

# other SOPs of the team that prove none of the form's items
Q_OTHER = {
    "account": ("账号与密码管理规范", [("账号", ["离职当天禁用所有账号。"]), ("密码", ["客户密码只存在密码库里，不许发群里。"])]),
    "asset": ("公司电脑与备件领用规定", [("领用", ["新人入职领电脑走审批。"]), ("备件", ["备用交换机、硬盘放仓库柜，领用登记。"])]),
    "oncall": ("on-call值班规范", [("排班", ["一周一轮，周一10点交接。"]), ("要求", ["手机保持畅通，15分钟内响应。"])]),
}


def sop_doc(co, d, key, ver):
    title, items, sections = Q_SOPS[key]
    parts = [(None, "版本：%s" % ver, [])] + [("%d. %s" % (i, h), paras, []) for i, (h, paras) in enumerate(sections, 1)]
    doc = page(co, "proc:" + key, title, d, False, parts, co.p(0), confirm=True)
    doc.items = list(items)
    return doc


def other_doc(co, d, key):
    title, sections = Q_OTHER[key]
    return page(co, "other_rule", title, d, False, [(h, p, []) for h, p in sections], co.p(1), confirm=True)


def handbook(co, d, keys, pdca):
    """运维服务手册: how the team works (PDCA, optional) and several SOPs as chapters."""
    t = "运维服务手册（Ops Handbook）v%d.%d" % (d.year - 2022, d.month % 5)
    b = [("title", t), meta(co, d, co.boss), ("p", "这本手册是团队的“怎么干活”，新人入职第一周必读。")]
    items = []
    n = 0
    if pdca:
        n += 1
        b += [("h1", "%d. 我们怎么管服务（Plan-Do-Check-Act）" % n),
              ("p", "Plan：每年定服务目录、SLA和年度OKR，新客户先调研再报价；Do：按本手册的SOP和runbook干活，所有事走工单；"
                    "Check：每周看板、每月月报和复盘、每年内审和年度复盘会（管理评审）；Act：问题进改进池，打分排序后落地，效果在复盘里测。")]
        items.append("10/pdca")
    for k in keys:
        title, its, sections = Q_SOPS[k]
        n += 1
        b.append(("h1", "%d. %s" % (n, title)))
        for i, (h, paras) in enumerate(sections, 1):
            b.append(("h2", "%d.%d %s" % (n, i, h)))
            b += [("p", p) for p in paras]
        items += its
    b.append(ok_line(co, d))
    return Doc("handbook", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ runbooks

RUNBOOKS = {
    "fw": ("防火墙策略调整", ["先在控制台导出当前配置备份，文件名带OPS单号。", "按工单逐条加策略，禁止any到any。",
                        "改完让客户测业务；有问题导入备份回滚。"]),
    "nas": ("NAS备份与恢复", ["每天检查备份任务状态（成功/失败），失败当天处理。", "每月抽一个文件夹做恢复测试。", "异地备份盘每周换一次。"]),
    "av": ("终端杀毒巡检", ["每周一看杀毒控制台：病毒库版本、离线终端、告警。", "每月全盘扫描一次并导出结果。", "发现中毒终端先断网再处理。"]),
    "mail": ("企业邮箱安全配置", ["开二次验证，关掉POP明文登录。", "反垃圾策略设为严格，钓鱼邮件样本转安全组。", "离职邮箱转交主管。"]),
    "vpn": ("VPN账号开通与回收", ["请求单客户对接人确认后开通，有效期最长一年。", "每月导出在线账号和离职名单比对。", "回收后在工单里关单。"]),
}


def runbook(co, d, key):
    name, steps = RUNBOOKS[key]
    t = "Runbook：%s" % name
    parts = [("适用", "客户现场和远程都适用（%s等客户）。" % co.cust, []), ("步骤", ["%d) %s" % (i, s) for i, s in enumerate(steps, 1)], []),
             ("注意", "动生产前先开OPS工单。", [])]
    doc = page(co, "runbook", t, d, False, parts, co.p(2))
    doc.items = ["11/manuals", "24/work-instructions"]
    return doc


def runbook_book(co, d, keys):
    t = "Runbook合集（一线必看）"
    b = [("title", t), meta(co, d, co.p(2)), ("p", "一线工程师常用操作步骤合集，每季度更新。")]
    for i, k in enumerate(keys, 1):
        name, steps = RUNBOOKS[k]
        b.append(("h1", "%d. %s" % (i, name)))
        b += [("p", "%d.%d %s" % (i, j, s)) for j, s in enumerate(steps, 1)]
    return Doc("runbook_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ customer: onboarding, contract, service

def survey(co, d, hours, sec):
    parts = [("客户概况", "%s，%s，员工约120人；现有系统：%s。" % (co.customer, co.city, "、".join(co.systems)), [])]
    if hours:
        parts.append(("服务时间要求", ["营业时间9:00-21:00内出问题要30分钟内有人响应，影响营业的2小时内到场；", "夜间和节假日远程on-call，月底对账前一周加强值守。"],
                      ["1/survey"]))
    if sec:
        parts.append(("安全方面的需求", ["防火墙和VPN托管、终端杀毒、邮箱防钓鱼、备份与恢复、每年一次渗透测试、出事时的应急响应、员工安全培训。",
                                  "按类型：日常安全运维类、评估测试类、应急类、培训类。"], ["5/survey"]))
    parts.append(("怎么调研的", "和老板、行政、财务聊了一轮，看了他们明年开新店的计划。", []))
    return page(co, "survey", "%s IT现状与需求调研" % co.cust, d, False, parts, co.p(3))


def quote(co, d):
    head = ["里程碑 Milestone", "工作项 Task", "人天 Effort", "人员 Staff", "费用(元) Cost", "时间 Due"]
    rows = [["M1 接手", "资产盘点、账号收口、监控接入", 6, "项目负责人+工程师", 9000, iso(d + timedelta(days=14))],
            ["M2 整改", "防火墙策略整理、备份重做", 8, "工程师×2", 12000, iso(d + timedelta(days=45))],
            ["M3 日常运维", "远程运维+月度巡检（12个月）", 96, "驻点/远程工程师", 144000, iso(d + timedelta(days=410))],
            ["M4 年度", "渗透测试、应急演练、QBR", 10, "安全工程师", 18000, iso(d + timedelta(days=400))]]
    return base("budget", "%s 年度运维报价与工作量测算" % co.cust, d, False, [("报价测算", head, rows, ["2/budget"])])


def kickoff(co, d, health):
    parts = [("参会", "%s、%s（客户）；%s、%s（我方）。" % (co.cp(0), co.cp(1), co.p(3), co.p(1)), []),
             ("结论（双方已确认）", ["服务范围：网络、NAS与备份、防火墙/VPN、终端杀毒、邮箱、%s。" % co.sys(0),
                                "服务时间和响应时限按调研结论执行；客户对接人%s，我方负责人%s。" % (co.cp(0), co.p(3)),
                                "以上结论双方在群里确认，会后发纪要。"], ["3/communication"])]
    if health:
        parts.append(("健康检查怎么做", ["每月远程检查一次、每季度到现场检查一次；检查网络设备、防火墙、NAS、服务器和收银系统的可用性、负载、备份情况，检查完发报告。"],
                      ["15/agreement"]))
    parts.append(("Action Items", ["%s：一周内完成资产盘点。" % co.p(1), "%s：提供各系统管理员账号。" % co.cp(0)], []))
    return page(co, "communication", "%s Kickoff 会议纪要" % co.cust, d, False, parts, co.p(3))


def takeover(co, d, on):
    parts = [("背景", "接手%s的IT前，把前任服务商和客户自己留下的数据过了一遍。" % co.cust, [])]
    if "list" in on:
        parts.append(("拿到了哪些历史数据", ("table", [["数据", "来源", "时间范围", "条数"], ["报修记录", "客户微信群导出", "近12个月", "318"],
                                                   ["监控告警", "旧监控平台", "近6个月", "2,140"], ["变更记录", "前任服务商交接表", "近12个月", "46"]]),
                      ["4/history-list"]))
    if "analysis" in on:
        parts.append(("分析", ["指标：NAS可用率约99.2%，达不到99.5%目标；报修平均4.5小时才响应；", "违规操作：共用管理员账号、有人直接在防火墙上开any策略；",
                             "重大事件：一次勒索（只加密了一台财务电脑）；", "失败变更：一次路由器升级失败导致门店断网半天。"], ["4/analysis"]))
    if "strategy" in on:
        parts.append(("接手后的打法", ["第1个月：账号收口、重做备份、接入监控；", "第2个月：防火墙策略整理、上终端杀毒；", "第3个月起：按月巡检、季度QBR。"],
                      ["4/strategy"]))
    return page(co, "history", "%s 接手前IT现状盘点" % co.cust, d, False, parts, co.p(3))


def sla(co, d, ways, core, health):
    b = [("title", "IT运维服务协议（SLA）"), ("p", "甲方：%s　乙方：%s" % (co.customer, co.name)),
         ("h1", "一、服务范围"), ("p", "、".join(co.systems) + "及办公网络、终端。")]
    items = ["39/sla"]
    if ways:
        b += [("h1", "二、服务方式"), ("p", "远程运维（工作日9:00-21:00，夜间on-call）、定期巡检（每月一次到店）、驻场支持（每周二、周四各半天）。")]
        items.append("35/sla")
    if health:
        b += [("h1", "三、健康检查"), ("p", "乙方每月远程、每季度现场对网络设备、防火墙、NAS、服务器和业务系统做健康检查，检查可用性、负载和备份，并提交报告。")]
        items.append("15/agreement")
    if core:
        b += [("h1", "四、服务级别"), ("table", [["指标", "承诺"], ["核心系统可用率", "≥99.5%"], ["P1响应", "15分钟"], ["P1恢复", "4小时"], ["月度满意度", "≥90分"]])]
        items.append("36/sla")
    b += [("h1", "五、签署"), ("p", "甲方（盖章）：%s　乙方（盖章）：%s　%s" % (co.customer, co.name, cnd(d)))]
    return Doc("sla", "IT运维服务协议（SLA）", d, sorted(items), False, b)


def menu(co, d, levels):
    head = ["服务 Service", "包含内容 Scope", "频率 Frequency"]
    rows = [["Onboarding 接手服务", "资产盘点、账号收口、监控接入", "签约后一次"], ["安全设备运维", "防火墙、VPN、上网行为管理", "持续"],
            ["日常巡检", "网络、NAS、服务器", "每月"], ["健康检查", "可用性、负载、备份", "每月远程/每季现场"], ["安全事件审计", "日志审计周报", "每周"]]
    its = ["12/catalog", "29/catalog"]
    if "l2" in levels:
        rows += [["监控与分析", "7x24监控、月报趋势", "持续"], ["终端安全", "杀毒、EDR告警处理", "持续"], ["等保合规", "定级备案、测评整改配合", "按需"]]
        its.append("19/catalog")
    if "l1" in levels:
        rows += [["安全通告与漏洞分析", "漏洞&威胁速递", "每周"], ["应急响应", "7x24 on-call，P1 30分钟到群", "按需"]]
        its.append("26/catalog")
    return base("catalog", "Service Menu 服务目录 %d" % d.year, d, False, [("Service Menu", head, rows, its)])


def requirements(co, d):
    parts = [("背景", "%s要上新的%s，我们负责实施。" % (co.cust, co.sys(2)), []),
             ("需求分析", ["功能：门店/部门都能用，数据每天同步；", "性能：高峰期50人同时在线不卡；", "安全：账号单点登录、权限按岗位、数据每日备份、符合等保二级。"],
              ["11/requirements"]),
             ("客户确认", "客户对接人%s在群里确认（%s）。" % (co.cp(0), iso(d)), [])]
    return page(co, "requirements", "%s 上线需求分析记录" % co.sys(2), d, True, parts, co.p(1))


def health(co, d):
    parts = [("检查方式", "%s；范围：%s、防火墙、交换机、NAS。" % (co.rng.choice(["远程检查", "现场检查"]), "、".join(co.systems)), []),
             ("检查结果", ("table", [["对象", "可用性", "负载/容量", "备份", "结论"], ["防火墙", "正常", "CPU 22%", "配置已备份", "OK"],
                                  ["NAS", "正常", "容量81%", "昨晚备份成功", "需关注容量"], [co.sys(0), "本月可用率99.8%", "正常", "正常", "OK"]]),
              ["15/records", "46/records"]),
             ("建议", "NAS三个月内扩容。", [])]
    return page(co, "health", "%s 健康检查报告 %s" % (co.cust, d.strftime("%Y-%m")), d, True, parts, co.p(1))


def csat(co, d, half):
    parts = [("怎么调查的", "问卷星发给%s的12位同事，收回11份。" % co.cust, []),
             ("结果", ("table", [["维度", "得分"], ["响应速度", 92], ["解决能力", 90], ["服务态度", 96], ["总体满意度", 93]]), ["41/surveys", "58/survey", "63/survey"]),
             ("分析", "对夜间响应评价偏低，已排进改进池。", [])]
    return page(co, "csat", "%d%s 客户满意度调查（%s）" % (d.year, half, co.cust), d, True, parts, co.p(3))


def csat_trend(co, d):
    parts = [("历次得分", ("table", [["期次", "总体满意度"], ["2024H2", 86], ["2025H1", 89], ["2025H2", 91], ["2026H1", 93]]), ["41/trend"]),
             ("趋势", "连续四期上升，夜间响应仍是短板。", [])]
    return page(co, "csat_trend", "满意度趋势（%d）" % d.year, d, True, parts, co.p(3))


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=28 * i)), co.cp(i), ["电话", "到店", "企业微信"][i % 3], ["挺好的", "希望夜里快点回", "满意"][i % 3], co.p(3)] for i in range(4)]
    return base("callbacks", "客户回访记录", d, True, [("回访", ["Date 回访日期", "Contact 客户", "Channel 方式", "Feedback 反馈", "Owner 回访人"], rows,
                                                      ["63/follow-up-visits"])])


def qbr(co, d, fc):
    last = d - timedelta(days=40)       # the review looks back on the quarter just ended
    q = (last.month - 1) // 3 + 1
    parts = [("本季度服务数据", ("table", [["指标", "目标", "实际"], ["SLA达成率", "100%", "97%"], ["满意度", "90", "93"], ["投诉/建议", "0", "1条建议"],
                                     ["工单数", "-", "146"]]), ["57/measurement"])]
    if fc:
        parts.append(("下季度预测", ["结合近四个季度工单、变更、事件、请求和Problem数据：新店开业，预计工单+30%、变更+20%，需加一名远程工程师。"], ["71/forecast"]))
    parts.append(("下季度计划", "完成NAS扩容、钓鱼演练。", []))
    return page(co, "qbr", "%s %dQ%d QBR（季度服务回顾）" % (co.cust, last.year, q), d, True, parts, co.p(3))


def confirm_sheet(co, d):
    parts = [("确认", "%d年%d月驻场支持%d次，驻场工程师%s，客户确认无异议。" % (d.year, d.month, 8, co.p(1)), [])]
    return decoy(page(co, "confirm", "驻场服务确认单 %s" % d.strftime("%Y-%m"), d, True, parts, co.p(3)), "mentions on-site staff, is no staff list")


# ------------------------------------------------------------------ team, org

def org(co, d, roles):
    parts = [("组织架构", ["信息安全领导小组：%s（CEO，组长）、%s、%s；" % (co.boss, co.p(0), co.p(1)),
                       "交付一组（%s）、交付二组（%s）、安全组（%s）、服务台（%s）；夜间on-call由合作伙伴%s支援。" % (co.p(0), co.p(1), co.p(5), co.p(2), co.vendor)],
              ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("角色和职责", ("table", [["角色", "干什么", "谁"], ["服务台", "接报修、建单、派单", co.p(2)], ["一线工程师", "远程/现场处理", co.p(4)],
                                          ["安全工程师", "防火墙、杀毒、日志审计、漏洞", co.p(5)], ["on-call", "夜间和周末响应", "轮值"],
                                          ["变更审批", "审批Change", co.p(0)], ["内审员", "年度交叉检查", co.p(1)]]),
                      ["18/roles", "23/roles"]))
    return page(co, "org", "团队架构与角色（%d）" % d.year, d, False, parts, co.boss)


def staff(co, d, partner):
    head = ["Name 姓名", "Team 小组", "Role 角色", "Type 用工"]
    rows = [[co.p(i), ["交付一组", "交付二组", "服务台", "客户成功", "交付一组", "安全组"][i], ["组长", "组长", "服务台", "客户经理", "工程师", "安全工程师"][i], "全职"]
            for i in range(6)]
    its = ["9/staff-list"]
    if partner:
        rows += [[co.vp(i), "夜间on-call", "安全工程师", "外包（%s）" % co.vendor] for i in range(2)]
        its.append("9/outsourcing")
    return base("staff", "运维人员清单", d, False, [("人员", head, rows, its)])


def interface(co, d):
    parts = [(None, "各位：以后网络安全相关的对外对接（客户、合作伙伴、网信/公安等）统一找%s（安全对接人），%s备岗。请大家知悉。" % (co.p(5), co.p(1)),
              ["28/interface-person"]), (None, "—— %s %s" % (co.boss, iso(d)), [])]
    return page(co, "interface", "群公告：安全对接人", d, False, parts, co.boss)


def desk(co, d):
    parts = [("服务台上线", "即日起所有客户报修和请求统一走服务台：小程序/群机器人/400电话，服务台7x24受理（夜间转on-call），建OPS工单后派单。",
              ["48/service-desk"]), ("负责人", "%s。" % co.p(2), [])]
    return page(co, "desk", "服务台（Helpdesk）上线通知", d, False, parts, co.boss)


def desk_training(co, d):
    rows = [["Helpdesk新人培训：建单规范、分级、升级、话术"], ["时间", cnd(d)], ["讲师", co.p(2)], ["学员", "考核"]] + [[co.p(i), "通过"] for i in (3, 4, 5)] + [[co.vp(0), "通过"]]
    return Doc("desk_training", "Helpdesk新人培训记录", d, ["48/training"], True, sheets=[("培训", rows)])


def ola(co, d, sld):
    parts = [("组内OLA", ["安全组对交付组：防火墙策略请求1个工作日完成；日志审计周报每周一发；", "服务台对交付组：报修5分钟内建单派单。"], ["8/ola"])]
    if sld:
        parts.append(("和合作伙伴的服务级别", ["%s夜间on-call：15分钟响应、P1 4小时恢复，和我们给客户的SLA对齐；" % co.vendor, "宽带运营商：故障4小时修复。"], ["8/sld"]))
    return page(co, "ola", "OLA与合作伙伴服务级别对齐", d, False, parts, co.p(0))


# ------------------------------------------------------------------ availability, monitoring, reports

def slo_list(co, d):
    head = ["Object 对象", "Indicator 指标", "Target 目标", "Type 类型"]
    rows = [["全部客户", "整体可用率", "99.5%", "整体"]] + [[s, "可用率", "99.5%", "单系统"] for s in co.systems] + [["办公网络", "网络可用率", "99.9%", "单系统"]]
    return base("slo", "可用性指标清单（SLO）", d, False, [("SLO", head, rows, ["6/availability-kpis"])])


def avail_plan(co, d):
    parts = [("目标", "%d年客户核心系统可用率不低于99.5%%。" % d.year, []),
             ("怎么保障", ["门店双线路（宽带+4G备份）；", "NAS做RAID6并每天异地备份；", "核心系统监控告警直达on-call；", "每半年做一次恢复演练。"],
              ["22/plan", "18/availability-plan"])]
    return page(co, "avail_plan", "%d 可用性保障计划" % d.year, d, False, parts, co.p(0), confirm=True)


def month_report(co, d, trend, data, secstats):
    m = d.month - 1 or 12
    rows = [[s, "99.5%", "%.2f%%" % (99.5 + co.rng.random() * 0.45)] for s in co.systems]
    parts = [("可用率", ("table", [["系统", "目标", "本月"]] + rows), ["22/report", "18/availability-report"]),
             ("工单", "本月工单%d张，SLA达成率%d%%。" % (120 + co.rng.randint(0, 60), 95 + co.rng.randint(0, 5)), [])]
    if trend:
        parts.append(("趋势", ["近六个月可用率：99.62%、99.70%、99.58%、99.81%、99.85%、99.83%，整体向好；", "工单量环比+8%，平均响应从22分钟降到14分钟。"],
                      ["50/monitoring-report"]))
    if data:
        parts.append(("运维数据", ("table", [["项", "本月"], ["告警通知及时率", "98.6%"], ["告警漏报率", "0.4%"], ["例行任务按时完成率", "97%"],
                                         ["故障隐患发现率", "91%"], ["主动发现率（监控先于客户发现）", "88%"], ["Problem解决率", "90%"],
                                         ["漏扫覆盖率", "100%"], ["加固设备覆盖率", "96%"], ["补丁按时安装率", "94%"], ["安全事件数", "2"]]), ["56/data"]))
    if secstats:
        parts.append(("安全事件", ("table", [["类型", "数量"], ["钓鱼邮件", 6], ["暴力破解", 3], ["病毒", 1]]), ["18/incident-stats"]))
    return page(co, "month_report", "%s 月度服务报告 %d-%02d" % (co.cust, d.year if m != 12 else d.year - 1, m), d, True, parts, co.p(3))


def tickets(co, d, resp):
    """The OPS ticket base exported: one 类型 Type column holds incidents, requests, changes, problems."""
    head = ["Ticket ID", "类型 Type", "Summary", "Customer", "Owner", "Created", "Status", "Result"] + (["Response(min)", "SLA"] if resp else [])
    types = ["Incident", "Request", "Change", "Incident", "Request", "Problem", "Change", "Incident", "Request", "Change"]
    summ = {"Incident": ["门店断网", "NAS无法访问", "收银卡顿", "邮箱收不到信"], "Request": ["新员工开账号", "加VPN", "装打印机", "开共享文件夹权限"],
            "Change": ["防火墙加策略（已审批）", "路由器固件升级（已审批）", "备份策略调整（已审批）"], "Problem": ["门店断网反复出现"]}
    rows = []
    for i, t in enumerate(types):
        c = d - timedelta(days=2 * i + 1)
        res = {"Change": ["成功", "回滚", "成功"][i % 3], "Incident": "已恢复", "Request": "已交付", "Problem": "分析中"}[t]
        r = [tid(co, 1200 + 37 * i), t, summ[t][i % len(summ[t])], co.cust, co.p(i % 5), iso(c), "Closed" if t != "Problem" else "Open", res]
        if resp:
            r += [[8, 25, 40, 12, 20, 60, 35, 6, 18, 50][i], "P1≤15 / P2≤30 / 其他≤120"]
        rows.append(r)
    its = ["43/process-records", "22/events", "18/availability-events", "54/records"] + (["55/response-times"] if resp else [])
    return base("tickets", "OPS工单导出 %d-%02d" % (d.year, d.month), d, True, [("全部工单", head, rows, its)])


def postmortem(co, d, summary):
    parts = [("影响", "%s %s 停了52分钟，%s有三个点位的同事用不了。" % (cnd(d), co.sys(0), co.cust), []),
             ("时间线", ["20:11 监控告警；20:14 on-call接单（%s）；20:25 定位为上游宽带故障；20:40 切4G备份线；21:03 业务恢复。" % tid(co, 1588)],
              ["22/events", "18/availability-events", "43/process-records"]),
             ("根因", "运营商光缆被挖断，备份线切换是手动的。", []),
             ("Action Items", ["备份线改为自动切换（%s，两周内）。" % co.p(4)], [])]
    if summary:
        parts.append(("顺带：本季度不好的事汇总", ["P1故障2次、失败变更1次（路由器升级回滚）、SLA没达标1个月（夜间响应）；",
                                             "改进计划：备份线自动切换、变更前加测试环境验证、夜间on-call加人（均已进改进池，Owner和截止时间见改进池）。"],
                      ["70/defect-analysis"]))
    return page(co, "postmortem", "Postmortem：%s 中断52分钟（%s）" % (co.sys(0), iso(d)), d, True, parts, co.p(4))


def automation(co, d, auto):
    parts = [("拉了一年的工单数据", "共1,820张：Request 62%、Incident 31%、Change 7%；Top3：开账号、打印机、VPN。", []),
             ("这些处理方式对客户生产的影响", ["重启类处理平均让门店停5分钟；手工开账号平均等3小时；人工巡检每周占2人天。"], ["7/impact-analysis"])]
    if auto:
        parts.append(("可以自动化的", ["账号开通走审批流自动开；巡检报告脚本自动生成；钓鱼邮件一键封禁。预计省40%人工。"], ["7/automation"]))
    return page(co, "automation", "工单数据分析 & 自动化机会", d, True, parts, co.p(0))


def year_review(co, d, defects):
    y = d.year - 1
    parts = [("去年的数据", ("table", [["类别", "数量", "同比"], ["工单", 1820, "+22%"], ["变更", 131, "+15%"], ["事件（Incident）", 560, "-6%"],
                                 ["请求（Request）", 1130, "+30%"], ["Problem", 14, "+2"], ["安全日志告警", "8.2万", "+40%"]]), []),
             ("今年的预测", ["新签客户预计+5家，工单预计+35%，请求占比继续上升；需要加服务台1人、on-call扩到4人轮值。"], ["71/forecast"])]
    if defects:
        parts.append(("去年不好的地方", ["重大事件1次（勒索加密财务电脑）、失败变更3次、两个月SLA没达标；", "改进计划：变更必须带回滚步骤、勒索专项加固、夜间响应外包升级。"],
                      ["70/defect-analysis"]))
    return page(co, "year_review", "%d年度运维复盘 & %d预测" % (y, y + 1), d, True, parts, co.boss)


def metrics(co, d):
    names = ["告警通知及时率", "告警漏报率", "例行任务按时完成率", "故障隐患发现率", "主动发现率", "Problem解决率", "漏扫覆盖率", "加固覆盖率", "补丁及时率", "安全事件数"]
    vals = ["98.9%", "0.3%", "96.5%", "90%", "87%", "92%", "100%", "95%", "93%", "3"]
    rows = [[n, v, "%d-%02d" % (d.year, d.month - 1 or 1), "监控平台/工单系统"] for n, v in zip(names, vals)]
    return base("metrics", "运维数据月度汇总", d, True, [("数据", ["Metric 指标", "Value", "Month", "Source"], rows, ["56/data"])])


def collect(co, d, which):
    sheets = []
    if "config" in which:
        sheets.append(("config", ["设备 Device", "采集项 Item", "值 Value", "时间 Time"], [["FW-01", "策略条数", 214, iso(d)], ["SW-CORE", "VLAN数", 12, iso(d)]], ["16/config"]))
    if "traffic" in which:
        sheets.append(("traffic", ["链路 Link", "In峰值", "Out峰值", "日期"], [["总部宽带", "420Mbps", "180Mbps", iso(d)], ["门店VPN", "36Mbps", "22Mbps", iso(d)]], ["16/traffic"]))
    if "status" in which:
        sheets.append(("status", ["设备 Device", "CPU", "内存 Mem", "状态 Status"], [["FW-01", "19%", "44%", "up"], ["NAS-01", "31%", "62%", "up"]], ["16/status"]))
    return base("collect", "监控采集快照", d, True, sheets)


def devlog(co, d, kinds, hw):
    """设备运维记录 base: a 类型 column holds the record kinds; a 硬件故障 view, sometimes without rows."""
    names = {"maint": ("例行维护 Routine", ["14/maintenance", "44/maintenance"], "清理日志、检查配置备份"),
             "check": ("状态检查 Check", ["44/inspection", "45/monitoring"], "看CPU/内存/会话、告警"),
             "av": ("病毒查杀 AV", ["44/virus-scan", "45/antivirus"], "病毒库更新、全盘扫描"),
             "fault": ("故障处理 Fault", ["44/faults"], "排查并修复"),
             "upgrade": ("升级 Upgrade", ["44/upgrades"], "固件/特征库升级")}
    rows, its = [], []
    for i, k in enumerate(kinds):
        for j in range(2):
            rows.append([iso(d - timedelta(days=6 * i + 3 * j)), names[k][0], ["FW-01", "NAS-01", "AV控制台", "SW-CORE"][(i + j) % 4], names[k][2], co.p(4 + j % 2),
                         tid(co, 1300 + 11 * i + j)])
        its += names[k][1]
    sheets = [("运维记录", ["Date", "类型 Type", "Device", "Work 内容", "Owner", "Ticket"], rows, sorted(set(its)))]
    hrows = [["NAS-01", "硬盘", 1, "换盘重建RAID"], ["FW-01", "电源", 1, "厂商换电源"]] if hw else []
    sheets.append(("硬件故障", ["Device", "部件 Part", "次数 Count", "处理 Fix"], hrows, ["14/hardware-faults"]))
    return base("devlog", "设备运维记录", d, True, sheets)


# ------------------------------------------------------------------ assets, CMDB, changes

def assets(co, d):
    head = ["资产编号 Asset ID", "名称", "类型", "型号", "用途", "位置", "端口/IP", "部署", "重要性", "Owner"]
    rows = [["AS-%03d" % (11 + i), n, t, m, f, loc, p, dep, lv, co.p(i)] for i, (n, t, m, f, loc, p, dep, lv) in enumerate([
        ("总部防火墙", "防火墙", "FortiGate 60F", "出口防护/VPN", "总部机柜", "wan1/port1", "单机", "高"),
        ("核心交换机", "交换机", "H3C S5130", "内网汇聚", "总部机柜", "GE1/0/1-24", "单机", "高"),
        ("文件NAS", "存储", "Synology DS1821+", "文件共享与备份", "总部机柜", "192.168.10.20", "RAID6", "高"),
        (co.sys(0), "SaaS", "云服务", "核心业务", "云端", "443", "SaaS", "高"),
        ("门店路由器", "路由器", "TP-Link ER3220G", "门店上网", "各门店", "wan/lan", "每店一台", "中")])]
    return base("assets", "IT资产台账", d, True, [("资产", head, rows, ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    head = ["CI", "类型", "版本/配置", "密级", "谁能改", "完整性（变更留痕）", "可用性（备份）"]
    rows = [["FW-01", "防火墙", "FortiOS 7.2 / 214条策略", "机密", "安全组", "配置变更都有OPS单号", "每日配置备份"],
            ["NAS-01", "存储", "DSM 7.2 / RAID6", "机密", "交付一组", "管理日志保留180天", "异地备份"],
            [co.sys(0), "SaaS", "租户配置", "内部", "客户管理员", "操作日志", "厂商SLA 99.9%"]]
    sheets = [("配置项", head, rows, ["27/cmdb"])]
    if rel:
        sheets.append(("依赖关系", ["CI", "关系 Relation", "关联CI"], [["FW-01", "保护", "NAS-01"], [co.sys(0), "依赖", "FW-01"], ["NAS-01", "备份到", "异地备份盘"]],
                       ["38/cmdb-relations"]))
    return base("cmdb", "CMDB配置项", d, True, sheets)


def ci_log(co, d):
    rows = [[iso(d - timedelta(days=9 * i)), ["FW-01", "NAS-01", "SW-CORE", "AS-014"][i % 4], ["策略", "固件版本", "Owner", "IP"][i % 4], tid(co, 1400 + i * 7), co.p(i)]
            for i in range(6)]
    return base("ci_log", "配置项变更历史", d, True, [("变更历史", ["Date", "CI", "Field 变更项", "Ticket", "By"], rows, ["43/ci-updates"])])


def kb(co, d):
    rows = [["KB-%03d" % (20 + i), t, co.p(i), iso(d - timedelta(days=20 * i))] for i, t in enumerate(
        ["FortiGate VPN连不上排查", "群晖NAS权限继承问题", "收银机打印小票乱码", "钓鱼邮件处置步骤", "门店4G备份线切换"])]
    return base("kb", "知识库文章列表", d, True, [("知识库", ["KB ID", "标题 Title", "作者 Author", "发布 Published"], rows, ["21/knowledge-base"])])


def migration(co, d):
    parts = [("做什么", "%s从本地服务器迁到云上。" % co.sys(1), []),
             ("测试计划", ["先在测试租户跑一遍全流程；门店抽3家试点一周；压测50并发。"], ["25/test-plan"]),
             ("回滚", ["旧服务器保留30天不关机，数据双写；切换失败1小时内切回旧服务器。"], ["25/rollback", "11/rollback"])]
    return page(co, "migration", "%s 迁移方案（含测试和回滚）" % co.sys(1), d, False, parts, co.p(1), confirm=True)


def compat(co, d):
    parts = [("背景", "客户电脑换成新系统版本，验证老应用能不能用。", []),
             ("兼容性验证", ["网络：VPN客户端、打印机共享正常；", "系统：新版本系统驱动、域登录正常；", "应用：%s客户端、财务软件正常。" % co.sys(0)], ["11/compatibility"])]
    return page(co, "compat", "兼容性验证报告（终端升级）", d, True, parts, co.p(4))


def baseline(co, d):
    rows = [["防火墙", "管理口只允许内网", "已做"], ["NAS", "关闭admin默认账号", "已做"], ["Windows", "开启自动更新、关闭SMBv1", "已做"], ["邮箱", "强制二次验证", "已做"]]
    return base("baseline", "安全基线检查表", d, False, [("基线", ["对象 Object", "要求 Requirement", "状态"], rows, ["25/baseline"])])


# ------------------------------------------------------------------ security

def log_audit(co, d):
    parts = [("范围", "防火墙、交换机、NAS、Windows服务器和%s的登录与操作日志。" % co.sys(0), []),
             ("发现", ["VPN异常登录（境外IP）4次，已封禁；", "NAS管理员非工作时间登录1次，核实为本人；", "防火墙扫描攻击1,240次，均已拦截。"], ["17/log-analysis", "45/audit-report", "47/audit"])]
    return page(co, "log_audit", "日志审计周报 %s" % wk(d), d, True, parts, co.p(5))


def bulletin(co, d, full):
    parts = [("漏洞", "CVE-2026-%04d（VPN设备远程代码执行）影响客户的FortiGate，已安排升级。" % co.rng.randint(1000, 9999), ["52/vulnerability", "53/bulletin"]),
             ("病毒/勒索", "新的勒索家族通过RDP传播，已检查各客户RDP暴露面。", ["52/virus"])]
    if full:
        parts += [("政策/行业动态", "个人信息保护相关新规征求意见；同行业一家连锁企业数据泄露被通报。", ["52/policy"]),
                  ("我们的判断", "VPN漏洞已有在野利用，本周内所有客户升级完毕。", ["52/analysis"])]
    return page(co, "bulletin", "安全周报｜漏洞&威胁速递 %s" % wk(d), d, True, parts, co.p(5))


def sec_review(co, d, analysis, ranked):
    """月度安全复盘: the month's security events, sometimes their analysis, sometimes the improvement ranking."""
    parts = [("本月安全事件", ("table", [["类型", "数量", "较大及以上"], ["钓鱼邮件", 7, 0], ["暴力破解", 4, 0], ["病毒", 1, 0], ["账号被盗", 1, 1]]), ["18/incident-stats"])]
    if analysis:
        parts.append(("分析", ["钓鱼邮件集中在财务岗，和报销季有关；", "账号被盗是因为没开二次验证，已全员强制开启。"], ["18/incident-analysis"]))
    if ranked:
        parts.append(("改进池评审（%s拍板）" % co.boss, ("table", [["改进项", "打分", "结论"], ["邮箱强制二次验证", 9, "批准，本月做"], ["钓鱼演练季度化", 7, "批准"],
                                                         ["换SIEM", 4, "暂不做"]]), ["67/analysis", "67/prioritisation"]))
    parts.append(("其他", "下月团建定在周五。", []))
    return page(co, "sec_review", "%d-%02d 月度安全复盘" % (d.year, d.month), d, True, parts, co.p(5))


def pentest_plan(co, d):
    parts = [("排期", ["Q2：%s；Q3：%s；Q4：%s（和合作伙伴%s一起做）。" % (co.sys(0), co.sys(1), co.sys(2), co.vendor)], ["31/pentest-plan", "32/pentest-plan"])]
    return page(co, "pentest_plan", "%d 渗透测试排期" % d.year, d, False, parts, co.p(5))


def pentest_report(co, d):
    parts = [("概况", "授权目标：%s；时间：%s至%s；测试人员：%s、%s。" % (co.sys(1), iso(d - timedelta(days=3)), iso(d), co.p(5), co.vp(0)), []),
             ("发现", ("table", [["#", "问题", "风险", "状态"], [1, "后台弱口令", "高", "已修复"], [2, "目录遍历", "中", "已修复"]]), ["31/pentest-records", "32/pentest-records"])]
    return page(co, "pentest", "%s 渗透测试报告" % co.sys(1), d, True, parts, co.p(5))


def roadmap(co, d):
    head = ["工具 Tool", "做什么 Scope", "Owner", "计划上线 Due"]
    rows = [["巡检机器人", "自动出巡检报告", co.p(4), "%d-03" % (d.year + 1)], ["一键封禁", "钓鱼邮件/恶意IP一键封", co.p(5), "%d-06" % (d.year + 1)],
            ["客户门户", "客户看工单和月报", co.p(0), "%d-09" % (d.year + 1)]]
    return base("dev_plan", "内部工具Roadmap %d" % (d.year + 1), d, False, [("Roadmap", head, rows, ["33/dev-plan"])])


def grading(co, d):
    parts = [("系统", co.sys(0), []), ("定级结论", "业务信息安全保护等级第二级、系统服务安全保护等级第二级，定为第二级，已在公安机关备案。", ["51/grading"])]
    return page(co, "grading", "%s 等保定级备案材料" % co.sys(0), d, False, parts, co.p(5))


def grading_guide(co, d):
    parts = [("怎么定级", ["按GB/T 22240，看业务信息和系统服务被破坏后侵害的客体和程度；", "处理大量个人信息或支付的系统原则上不低于第二级；只放宣传内容的官网一般第一级。"],
              ["51/grading-criteria"])]
    return page(co, "grading_criteria", "等保定级判断指引（内部）", d, False, parts, co.p(5), confirm=True)


def emergency_plan(co, d, recovery):
    parts = [("适用", "客户发生勒索、入侵、数据泄露或核心系统宕机时。", []),
             ("组织", "指挥：%s；技术：%s、%s；对客沟通：%s。" % (co.boss, co.p(0), co.p(5), co.p(3)), []),
             ("响应", ["发现→10分钟内上报→研判定级→隔离止损→恢复→复盘；较大及以上30分钟内通知客户负责人。"], ["36/emergency-plan", "53/emergency-plan"])]
    if recovery:
        parts.append(("恢复策略", ["核心系统RTO 4小时、RPO 24小时；NAS从异地备份恢复；SaaS走厂商恢复；门店断网切4G。"], ["36/recovery-plan", "55/plan"]))
    return page(co, "emergency_plan", "应急预案（安全事件&系统宕机）", d, False, parts, co.boss, confirm=True)


def dr_plan(co, d):
    parts = [("范围", "、".join(co.systems), []), ("恢复步骤", ["RTO 4小时、RPO 24小时；", "NAS：从异地备份盘恢复到备用NAS；服务器：从快照恢复；验证业务后通知客户。"],
                                              ["36/recovery-plan"])]
    return page(co, "dr_plan", "备份恢复与DR方案", d, False, parts, co.p(0), confirm=True)


def bcp(co, d):
    parts = [("业务影响", "%s停超过4小时客户就没法营业。" % co.sys(0), []),
             ("连续性安排", ["双线路、异地备份、系统停用时的手工替代方案（纸质登记+事后补录）；关键厂商电话清单；每年演练一次。"], ["42/bcp"])]
    return page(co, "bcp", "业务连续性计划（BCP）", d, False, parts, co.boss, confirm=True)


def drill(co, d, kind):
    if kind == "dr":
        t, its, body = "恢复演练记录：NAS整盘恢复", ["40/recovery-drill"], ["09:30 模拟NAS损坏；09:42 从异地备份开始恢复；11:20 恢复完成，抽查文件一致。"]
    else:
        t, its, body = "GameDay记录：勒索病毒应急演练", ["40/emergency-drill", "53/drill"], ["14:00 模拟财务电脑中勒索；14:03 上报；14:08 断网隔离；14:40 从备份恢复；15:10 复盘。"]
    parts = [("演练信息", "时间：%s；参与：%s、%s、%s及客户%s。" % (cnd(d), co.p(0), co.p(4), co.p(5), co.cp(0)), []), ("过程", body, its),
             ("发现的问题", "上报群里@错人，已更新联系人表。", [])]
    return page(co, "drill", t, d, True, parts, co.p(0))


# ------------------------------------------------------------------ measuring and improving

def scorecard(co, d, capa):
    sheets = [("KPI", ["指标 KPI", "目标 Target", "实际 Actual", "达成 Met"], [["SLA达成率", "100%", "96%", "N"], ["满意度", "90", "93", "Y"], ["投诉建议", "0", "1", "N"],
                                                                    ["重复故障率", "<5%", "4%", "Y"]], ["57/measurement"])]
    if capa:
        sheets.append(("纠正措施 CAPA", ["ID", "问题", "原因", "措施", "Owner", "验证"], [["CA-%d-07" % d.year, "SLA没达标（夜间）", "夜间on-call只有1人", "合作伙伴加1人；升级规则调整",
                                                                                     co.p(0), "下月达成100%，有效"]], ["57/capa"]))
    return base("scorecard", "服务指标Scorecard %dQ%d" % (d.year, (d.month - 1) // 3 + 1), d, True, sheets)


def risks(co, d, verified):
    sheets = [("隐患 & 预防", ["Risk 隐患", "预防措施 Action", "Owner", "Due"], [["门店单线路", "加4G备份线", co.p(4), "%d-12" % d.year],
                                                                          ["NAS容量快满", "扩容+归档策略", co.p(1), "%d-11" % d.year],
                                                                          ["证书到期没人管", "到期前30天自动提醒", co.p(5), "%d-10" % d.year]], ["66/preventive-actions"])]
    sheets.append(("效果验证", ["Risk", "验证 Check", "结论"], [["门店单线路", "拔线测试自动切4G", "有效"], ["证书到期", "提醒已触发两次", "有效"]] if verified else [],
                   ["66/effectiveness"]))
    return base("risks", "风险隐患预防清单", d, True, sheets)


def improve_plan(co, d, criteria):
    parts = [("目标", ["夜间P1响应≤15分钟；SLA达成率100%；满意度≥94。"], ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("怎么评改进项", ["影响（40%）、紧急度（30%）、投入（30%）打分，7分以上做；负责人批准；每项写衡量方式，季度复盘里报告。"], ["64/criteria"]))
    return page(co, "improve_plan", "%d 持续改进计划" % d.year, d, False, parts, co.boss, confirm=True)


def backlog(co, d, scored, tracked):
    sheets = []
    rows = [["IMP-%02d" % i, t, s, "Approved（%s）" % co.boss if s >= 7 else "Later"] for i, (t, s) in enumerate([("备份线自动切换", 9), ("巡检报告自动生成", 8), ("换工单系统", 4)], 1)]
    sheets.append(("评分排序", ["ID", "改进项 Item", "得分 Score", "审批 Approval"], rows if scored else [], ["67/analysis", "67/prioritisation"]))
    sheets.append(("进展", ["ID", "目标 Goal", "进度 Progress", "效果 Result", "报告 Reported"], [["IMP-01", "切换<1分钟", "Done", "实测40秒", "9月月度复盘"]] if tracked else [],
                   ["68/implementation", "68/effectiveness"]))
    return base("backlog", "改进池 Improvement Backlog", d, True, sheets)


def lunch_learn(co, d):
    rows = [["Lunch & Learn：复盘文化——每个故障都是一次改进机会"], ["时间", cnd(d)], ["分享人", co.boss], ["参加", "签到"]] + [[co.p(i), "✓"] for i in range(6)]
    return Doc("awareness", "Lunch & Learn 服务改进分享会签到", d, ["69/awareness-training"], True, sheets=[("签到", rows)])


def internal_audit(co, d):
    parts = [("范围", "全部SOP和%s等4个客户的服务记录。" % co.cust, []),
             ("发现", ["不符合2项：1张变更单没写回滚步骤；知识库3条没审。", "观察项2项。"], ["59/internal-audit"]),
             ("结论", "整体按流程在走，不符合项已给Owner和期限。", [])]
    return page(co, "audit", "%d 内部审核报告（交叉检查）" % d.year, d, True, parts, co.p(1))


def mgmt_review(co, d, inputs):
    parts = [("议程", "一、年度服务回顾（管理评审）；二、明年OKR；三、办公室续租和年会。", [])]
    lines = {"perf": ("服务和流程执行情况", "SLA达成率96%，所有SOP都有执行记录，内审2项不符合已整改。", ["59/management-review", "60/performance"]),
             "fb": ("客户反馈", "满意度93分，夜间响应是主要意见。", ["60/customer-feedback"]),
             "res": ("人手现状和预测", "现在交付12人；明年新客户+5家，要加服务台1人、工程师2人。", ["60/resources"]),
             "ca": ("纠正措施进展", "CAPA 7项，关了6项。", ["60/corrective-actions"]),
             "chg": ("可能影响服务的变化", "两个大客户要开新店；工单系统合同到期。", ["60/changes"]),
             "imp": ("改进机会", "夜间响应、备份线自动切换、巡检自动化。", ["60/improvements"])}
    for k in inputs:
        parts.append(lines[k])
    parts.append(("其他决定", "年会定在1月中旬；办公室续租两年。", []))
    return page(co, "mgmt_review", "%d 年度复盘会（管理评审）纪要" % d.year, d, True, parts, co.boss)


# ------------------------------------------------------------------ real documents that prove nothing

def weekly(co, d):
    parts = [("本周", "关单%d张，P1 0次。" % (30 + d.day), []), ("下周", "两家门店换路由器。", []), ("吐槽", "打印机还是最多的报修。", [])]
    return page(co, "weekly", "%s 周复盘" % iso(d), d, True, parts, co.p(0))


def okr(co, d):
    rows = [["O1 客户更满意", "KR1 满意度≥94", "60%"], ["O1 客户更满意", "KR2 夜间响应≤15分钟", "40%"], ["O2 少干重复活", "KR1 上线巡检机器人", "20%"]]
    return Doc("okr", "%dQ%d 团队OKR" % (d.year, (d.month - 1) // 3 + 1), d, [], True, sheets=[("OKR", [["Objective", "Key Result", "进度"]] + rows)])


def oncall_roster(co, d):
    rows = [[iso(d + timedelta(days=7 * i)), co.p(i % 6), co.vp(i % 3)] for i in range(6)]
    return Doc("oncall", "on-call排班表", d, [], True, sheets=[("排班", [["Week", "Primary", "Partner"]] + rows)])


def okr_personal(co, d):
    rows = [[co.p(i), "巡检记录按时率、复盘完成率、演练记录完整率", "%d" % (80 + i)] for i in range(5)]
    return decoy(Doc("kpi", "个人OKR自评 %dH2" % d.year, d, [], True, sheets=[("自评", [["姓名", "KR", "得分"]] + rows)]), "KPI sheet naming record kinds")


def drill_plan(co, d):
    parts = [("目标", "检验《应急预案》。", []), ("场景", "财务电脑中勒索。", []), ("时间", "计划%s。" % cnd(d + timedelta(days=21)), [])]
    return decoy(page(co, "drill_plan", "GameDay演练方案（勒索）", d, False, parts, co.p(0)), "drill plan, neither the plan nor the record")


def signin(co, d, plan):
    rows = [["主题", "《%s》宣贯" % plan], ["时间", cnd(d)], ["姓名", "签到"]] + [[co.p(i), "✓"] for i in range(6)]
    return decoy(Doc("training", "《%s》宣贯签到" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def doc_index(co, d, cites):
    parts = [("说明", "团队所有SOP都在这里，点链接跳转：", [])] + [(None, "%d. 《%s》" % (i, c), []) for i, c in enumerate(cites, 1)]
    return decoy(page(co, "index", "SOP索引（从这里开始）", d, False, parts, co.p(0)), "index citing procedures by 《》")


def doc_rule(co, d, cites):
    parts = [("文档怎么管", "所有SOP用在线文档写，改版本号，负责人确认后发布；现行的有：" + "、".join("《%s》" % c for c in cites) + "。", [])]
    return decoy(page(co, "docctl", "文档管理约定", d, False, parts, co.p(1), confirm=True), "procedure citing others by 《》")


def mr_rule(co, d):
    parts = [("多久一次", "每年一次，年底。", []), ("看什么", "客户反馈、服务和流程执行、人手、纠正措施、变化、改进机会。", []), ("输出", "年度复盘会纪要。", [])]
    return decoy(page(co, "mrproc", "年度复盘会（管理评审）怎么开", d, False, parts, co.boss, confirm=True), "procedure, not the review record")


def mr_invite(co, d):
    parts = [(None, "日程邀请：%d 年度复盘会（管理评审），%s 14:00，请各组准备服务数据、客户反馈、人手和改进建议。" % (d.year, cnd(d + timedelta(days=10))), [])]
    return decoy(page(co, "mrnotice", "日程：年度复盘会", d, True, parts, co.boss), "meeting notice, not the review record")


UNRELATED_Q = [
    ("%d 团建报名", ["地点：千岛湖，两天一晚。", "周五前在群里接龙。"]),
    ("报销流程（飞书审批）", ["发票抬头写公司全称。", "每月25号前提交。"]),
    ("招聘JD：IT运维工程师", ["负责中小企业客户的网络和终端运维。", "有驾照优先。"]),
    ("%d 年会节目单", ["开场舞、抽奖、老板致辞。"]),
    ("办公室Wi-Fi和打印机使用说明", ["访客网络：Guest。", "打印机在前台旁边。"]),
]


def unrelated(co, d, i):
    t, paras = UNRELATED_Q[i]
    t = t % d.year if "%d" in t else t
    return t, decoy(page(co, "unrelated", t, d, False, [(None, paras, [])], co.p(2)), "unrelated")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out a Q share: flat.  Everything internal at the root with the tool's suffix and dates in the
    names, 客户_<客户>/ for the customer's documents, old/ for last year's copies, 模板/ for templates."""
    co.cust, co.suite, co.tprefix = Q_INFO[co.info_id]
    r = co.rng
    S = suffix(co)
    CU = "客户_%s/" % co.cust
    optional = ["budget", "history", "automation", "ola", "staff", "roles", "requirements", "compat", "migration", "baseline", "collect", "kb",
                "pentest_plan", "pentest", "dev_plan", "dr", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "metrics",
                "scorecard", "risks", "improve_plan", "backlog", "lunch", "audit", "review", "year_review", "grading", "grading_guide",
                "interface", "assets", "cmdb", "ci_log", "sec_review", "health", "log_audit", "avail_plan", "slo", "postmortem"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"automation", "pentest", "csat_trend", "callbacks", "kb", "audit", "log_audit", "drdrill", "lunch", "metrics",
                                "collect", "desk_training", "postmortem", "ci_log", "sec_review", "health", "scorecard"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made

    def doc_name(title, d=None, ext=None):
        """An online doc's export name: the title, the tool's suffix; some people put the date first."""
        ext = ext or r.choice(["docx", "docx", "pdf"])
        pre = "%s " % iso(d) if d is not None and r.random() < 0.4 else ""
        return "%s%s%s.%s" % (pre, title.replace("/", "_").replace("：", "_"), S, ext)

    # --- SOPs: the handbook holds some as chapters, the rest filed alone
    keys = [k for k in Q_SOPS if r.random() >= 0.06]
    in_book = [k for k in keys if r.random() < 0.4]
    d = co.issued()
    hb = handbook(co, d, in_book, r.random() < 0.9)
    add(doc_name(hb.title, ext="pdf"), hb, meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_book:
            continue
        d = co.issued()
        doc = sop_doc(co, d, k, r.choice(["v1.0", "v1.3", "v2.0", "v2.1", "v3"]))
        add(doc_name(doc.title), doc, meta_title=r.random() < 0.4)
    for k in Q_OTHER:
        if r.random() < 0.7:
            doc = other_doc(co, co.issued(), k)
            add(doc_name(doc.title), doc)

    # --- runbooks: a 合集 and single ones
    mods = list(RUNBOOKS)
    in_rb = sorted(r.sample(mods, r.randint(2, 3)), key=mods.index)
    d = co.issued()
    add(doc_name("Runbook合集（一线必看）", ext="pdf"), runbook_book(co, d, in_rb))
    for k in mods:
        if k in in_rb or r.random() < 0.25:
            continue
        doc = runbook(co, co.issued(), k)
        add(doc_name(doc.title), doc)

    # --- the customer: onboarding (does not age), contract, health checks, satisfaction, QBR
    d0 = co.issued()
    add(CU + doc_name("%s IT现状与需求调研" % co.cust, d0), survey(co, d0, r.random() < 0.88, r.random() < 0.85))
    slot("budget", lambda d: CU + "%s 年度运维报价与工作量测算_%s.xlsx" % (co.cust, ymd(d)), lambda d: quote(co, d), "issued")
    d = d0 + timedelta(days=12)
    add(CU + "%s %s Kickoff 会议纪要%s.%s" % (iso(d), co.cust, S, r.choice(["docx", "pdf"])), kickoff(co, d, r.random() < 0.35))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: CU + doc_name("%s 接手前IT现状盘点" % co.cust, d), lambda d: takeover(co, d, on), "issued")
    d = co.issued()
    add(CU + "IT运维服务协议（SLA）%s 盖章扫描件.pdf" % ymd(d), sla(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.8))
    slot("requirements", lambda d: CU + doc_name("%s 上线需求分析记录" % co.sys(2), d), lambda d: requirements(co, d))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: CU + "%s 健康检查报告 %s.pdf" % (co.cust, ymd(d)), lambda d: health(co, d))
    for d, h in [(date(2025, 6, 26), "H1"), (date(2025, 12, 19), "H2"), (date(2026, 6, 24), "H1")]:
        if r.random() < 0.8:
            add(CU + "%d%s 客户满意度调查%s.%s" % (d.year, h, S, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("csat_trend", lambda d: CU + doc_name("满意度趋势（%d）" % d.year, d), lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: CU + "客户回访记录_%s.xlsx" % ymd(d), lambda d: callbacks(co, d))
    for i in range(r.randint(1, 2)):
        d = date(2026, 3 * r.randint(1, 3) + 1, 8 + r.randint(0, 10))
        last = d - timedelta(days=40)
        name = CU + "%s %dQ%d QBR%s.pdf" % (co.cust, last.year, (last.month - 1) // 3 + 1, S)
        if name not in co.used:
            add(name, qbr(co, d, r.random() < 0.4))
    for i in range(2):
        d = co.fresh()
        name = CU + "驻场服务确认单 %s.pdf" % d.strftime("%Y-%m")
        if name not in co.used:
            add(name, confirm_sheet(co, d))

    # --- team, menu, OLA
    d = co.issued()
    add(doc_name("团队架构与角色（%d）" % d.year, ext="pdf"), org(co, d, "roles" not in gaps))
    slot("staff", lambda d: "运维人员清单_%s.xlsx" % ymd(d), lambda d: staff(co, d, r.random() < 0.85), "issued")
    if "interface" not in gaps:
        d = co.issued()
        if r.random() < 0.4:
            co.add("群公告_安全对接人_%s.txt" % ymd(d), interface(co, d), encoding=r.choice(["utf-8", "gb18030"]))
        else:
            add(doc_name("群公告：安全对接人", d), interface(co, d))
    d = co.issued()
    add(doc_name("服务台（Helpdesk）上线通知", d), desk(co, d))
    slot("desk_training", lambda d: "Helpdesk新人培训记录_%s.xlsx" % ymd(d), lambda d: desk_training(co, d))
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])
    d = co.issued()
    add("Service Menu 服务目录 %d.xlsx" % d.year, menu(co, d, lv))
    slot("ola", lambda d: doc_name("OLA与合作伙伴服务级别对齐", d), lambda d: ola(co, d, r.random() < 0.85), "issued")

    # --- availability, reports, tickets, postmortems
    slot("slo", lambda d: "可用性指标清单（SLO）_%d.xlsx" % d.year, lambda d: slo_list(co, d), "issued")
    slot("avail_plan", lambda d: doc_name("%d 可用性保障计划" % d.year), lambda d: avail_plan(co, d), "issued")
    for m in sorted(r.sample(range(5, 12), r.choice([2, 3]))):
        d = date(2026, m, 3 + r.randint(0, 6))
        add("%s 月度服务报告 %d-%02d%s.%s" % (co.cust, d.year, m - 1, S, r.choice(["pdf", "docx"])),
            month_report(co, d, r.random() < 0.6, r.random() < 0.35, r.random() < 0.3))
    for i in range(r.randint(1, 2)):
        d = date(2026, 10 - 2 * i, 28)
        add("OPS工单导出_%s.xlsx" % ymd(d), tickets(co, d, r.random() < 0.7))
    slot("postmortem", lambda d: doc_name("Postmortem：%s 中断（%s）" % (co.sys(0), iso(d))), lambda d: postmortem(co, d, r.random() < 0.7))
    slot("automation", lambda d: doc_name("工单数据分析 & 自动化机会 %d" % d.year), lambda d: automation(co, d, r.random() < 0.8))
    slot("year_review", lambda d: doc_name("%d年度运维复盘 & %d预测" % (d.year - 1, d.year)), lambda d: year_review(co, d, r.random() < 0.6))
    slot("metrics", lambda d: "运维数据月度汇总_%s.xlsx" % ymd(d), lambda d: metrics(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: "监控采集快照_%s.xlsx" % ymd(d), lambda d: collect(co, d, which))
    kinds = [k for k in ("maint", "check", "av", "fault", "upgrade") if r.random() < 0.78] or ["check"]
    d = co.fresh()
    add("设备运维记录_%s.xlsx" % ymd(d), devlog(co, d, kinds, r.random() < 0.6))

    # --- assets, CMDB, changes
    slot("assets", lambda d: "IT资产台账_%s.xlsx" % ymd(d), lambda d: assets(co, d))
    relc = r.random() < 0.7
    slot("cmdb", lambda d: "CMDB配置项_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci_log", lambda d: "配置项变更历史_%s.xlsx" % ymd(d), lambda d: ci_log(co, d))
    slot("kb", lambda d: "知识库文章列表_%s.xlsx" % ymd(d), lambda d: kb(co, d))
    slot("migration", lambda d: doc_name("%s 迁移方案（含测试和回滚）" % co.sys(1), d), lambda d: migration(co, d), "issued")
    slot("compat", lambda d: doc_name("兼容性验证报告（终端升级）", d), lambda d: compat(co, d))
    slot("baseline", lambda d: "安全基线检查表_%d.xlsx" % d.year, lambda d: baseline(co, d), "issued")

    # --- security
    for i in range(r.randint(1, 2)):
        slot("log_audit", lambda d: "日志审计周报 %s_%s%s.%s" % (wk(d), ymd(d), S, r.choice(["docx", "pdf"])), lambda d: log_audit(co, d))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        name = "安全周报｜漏洞&威胁速递 %s%s.%s" % (wk(d), S, r.choice(["pdf", "docx"]))
        if name not in co.used and r.random() < 0.2:
            co.add("安全周报_%s.txt" % wk(d), bulletin(co, d, r.random() < 0.7))     # pasted from the group chat
        elif name not in co.used:
            add(name, bulletin(co, d, r.random() < 0.7))
    ranked = r.random() < 0.5
    slot("sec_review", lambda d: "%d-%02d 月度安全复盘%s.docx" % (d.year, d.month, S), lambda d: sec_review(co, d, r.random() < 0.75, ranked))
    slot("pentest_plan", lambda d: doc_name("%d 渗透测试排期" % d.year), lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: "%s %s 渗透测试报告.pdf" % (ymd(d), co.sys(1)), lambda d: pentest_report(co, d))
    slot("dev_plan", lambda d: "内部工具Roadmap %d.xlsx" % (d.year + 1), lambda d: roadmap(co, d))
    slot("grading", lambda d: CU + "%s 等保定级备案材料.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("grading_guide", lambda d: doc_name("等保定级判断指引（内部）"), lambda d: grading_guide(co, d), "issued")
    d = co.issued()
    add(doc_name("应急预案（安全事件&系统宕机）", ext=r.choice(["pdf", "docx"])), emergency_plan(co, d, r.random() < 0.8))
    slot("dr", lambda d: doc_name("备份恢复与DR方案"), lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: doc_name("业务连续性计划（BCP）"), lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: "%s 恢复演练记录_NAS整盘恢复%s.docx" % (iso(d), S), lambda d: drill(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add("%s GameDay记录_勒索病毒应急演练%s.%s" % (iso(d), S, r.choice(["docx", "pdf"])), drill(co, d, "emergency"))

    # --- measuring and improving
    capa = r.random() < 0.8
    slot("scorecard", lambda d: "服务指标Scorecard %dQ%d.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: scorecard(co, d, capa))
    ver = r.random() < 0.75
    slot("risks", lambda d: "风险隐患预防清单_%s.xlsx" % ymd(d), lambda d: risks(co, d, ver))
    slot("improve_plan", lambda d: doc_name("%d 持续改进计划" % d.year), lambda d: improve_plan(co, d, r.random() < 0.8))
    sc, tr = r.random() < 0.8, r.random() < 0.8
    slot("backlog", lambda d: "改进池 Improvement Backlog_%s.xlsx" % ymd(d), lambda d: backlog(co, d, sc, tr))
    slot("lunch", lambda d: "%s Lunch&Learn 服务改进分享会签到.xlsx" % iso(d), lambda d: lunch_learn(co, d))
    slot("audit", lambda d: doc_name("%d 内部审核报告（交叉检查）" % d.year, ext="pdf"), lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("review", lambda d: doc_name("%d 年度复盘会（管理评审）纪要" % d.year), lambda d: mgmt_review(co, d, inputs))

    # --- the team's own working documents that prove no clause
    for k in sorted(r.sample(range(0, 10), 4)):
        d = date(2026, 9, 7) + timedelta(days=7 * k)
        add("%s 周复盘%s.docx" % (iso(d), S), weekly(co, d))
    d = date(2026, 10, 8)
    add("%dQ4 团队OKR.xlsx" % d.year, okr(co, d))
    d = date(2026, 11, 2)
    add("on-call排班表_%s.xlsx" % ymd(d), oncall_roster(co, d))

    # --- last year's copies, moved to old/ by whoever cleaned up
    for name, factory, when in list(made):
        if r.random() < 0.2:
            before = when - timedelta(days=364)
            rel = "old/" + name(before).rsplit("/", 1)[-1]
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    S = suffix(co)
    CU = "客户_%s/" % co.cust
    add = Share(co).add

    # templates and blank forms
    add("模板/【模板】Postmortem复盘模板%s.docx" % S, blank_text("Postmortem复盘模板", co.fresh(), ["影响", "时间线", "根因", "Action Items"]))
    add("模板/变更申请（空白）.xlsx", blank_sheet("变更申请", co.fresh(), ["Ticket ID", "改什么", "影响", "测试", "回滚", "审批"]))
    add("模板/设备运维记录（空表）.xlsx", blank_sheet("设备运维记录", co.fresh(), ["Date", "类型 Type", "Device", "Work 内容", "Owner"]))
    add("模板/SLA范本%s.docx" % S, blank_text("IT运维服务协议（SLA）范本", co.fresh(), ["服务范围", "服务方式", "健康检查", "服务级别", "签署"]))
    add("模板/健康检查报告模板%s.docx" % S, blank_text("健康检查报告（模板）", co.fresh(), ["检查方式", "检查结果", "建议"]))
    add("模板/满意度问卷（空白）.docx", blank_text("客户满意度问卷", co.fresh(), ["响应速度", "解决能力", "服务态度", "意见"]))
    # drafts
    d = co.fresh()
    add("业务连续性计划（BCP）v0.2 草稿%s.docx" % S, decoy(bcp(co, d), "draft", mark="（草稿）"))
    d = co.fresh()
    add(CU + "IT运维服务协议（SLA）v3 征求意见稿.docx", decoy(sla(co, d, True, True, True), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add("%d 持续改进计划 WIP%s.docx" % (d.year + 1, S), decoy(improve_plan(co, d, True), "draft", mark="【WIP 未定稿】"))
    # withdrawn versions
    d = date(2022, 6, 13)
    add("old/Problem管理流程 v1（作废）%s.docx" % S, decoy(sop_doc(co, d, "problem", "v1.0"), "obsolete", mark="（作废）"))
    d = date(2021, 11, 2)
    add("old/应急预案 2021版【已作废】.pdf", decoy(emergency_plan(co, d, True), "obsolete", mark="【已作废】"))
    # recycle bins
    d = co.fresh()
    add(".recycle/%s/OPS工单导出_%s.xlsx" % (co.p(2), ymd(d)), decoy(tickets(co, d, True), "recycle bin"))
    d = co.fresh()
    add("#recycle/%s GameDay记录_勒索病毒应急演练.docx" % iso(d), decoy(drill(co, d, "emergency"), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:70:12]:
        folder, _, b = rel.rpartition("/")
        owner = "~$" + b[2:] if len(b) > 6 else "~$" + b
        co.raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(2)), "Office lock file")
    co.raw("设备运维记录_20261120 (1).xlsx", b"", "empty file")
    co.raw("日志审计周报 2026-W47%s.docx" % S, b"", "empty file")
    co.raw(CU + "2026H2 客户满意度调查%s.docx" % S, b"", "empty file")
    # sign-ins about plans, indexes citing SOPs, review procedure and invitation, drill plan, near misses
    for plan in ("应急预案（安全事件&系统宕机）", "变更流程（Change：上线、调整与回滚）", "备份恢复与DR方案"):
        if r.random() < 0.8:
            d = co.fresh()
            add("%s 《%s》宣贯签到.xlsx" % (iso(d), plan.split("（")[0]), signin(co, d, plan))
    cites = [Q_SOPS[k][0] for k in ("incident", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    add("SOP索引（从这里开始）%s.docx" % S, doc_index(co, co.fresh(), cites))
    add("文档管理约定%s.docx" % S, doc_rule(co, co.issued(), cites))
    add("年度复盘会（管理评审）怎么开%s.docx" % S, mr_rule(co, co.issued()))
    d = co.fresh()
    add("日程_%d 年度复盘会.docx" % d.year, mr_invite(co, d))
    d = co.fresh()
    add("GameDay演练方案（勒索）%s.docx" % S, drill_plan(co, d))
    d = co.fresh()
    add("个人OKR自评 %dH2.xlsx" % d.year, okr_personal(co, d))
    # unrelated files
    for i in sorted(r.sample(range(len(UNRELATED_Q)), 4)):
        t, doc = unrelated(co, co.fresh(), i)
        add("%s%s.%s" % (t.replace("：", "_"), S if r.random() < 0.6 else "", r.choice(["docx", "pdf"])), doc)
