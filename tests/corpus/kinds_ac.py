# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ac.py - style AC: the 信息技术中心 of a city metro operating company (地铁运营有限公司).

A blind author voice for the accuracy corpus, used only by the AC shares.  The 信息技术中心 runs AFC
(自动售检票), 综合监控 (ISCS), 乘客信息系统 (PIS), 办公网 and the 数据中心 for two 线路, and it serves the
运营分公司 of those lines under an internal service agreement: that 运营分公司 is the form's customer.
Its people write as metro operations staff do: 运营安全 and 行车 language, 车站/车辆段/控制中心 (OCC)
locations, 工班 and 倒班 (四班二运转), 施工作业令 and 请点/销点 for the night maintenance window (天窗),
专业 (通信、信号、AFC、综合监控), 线路号 in file names and 编号 like XJ-ZD-2023-012 or L3-AFC-2026-031,
年度/月度 计划 tables, signed forms scanned to PDF, a 制度汇编 and a 作业指导书汇编, 主任办公会 minutes.
Folders are numbered (01 制度标准, 02 作业指导, ... 08 质量改进) and records go by year and month.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when written; a sheet with no data rows proves nothing.  build(co, lock_bytes)
lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: metro short name, the two 线路, the 车辆段, the 控制中心
AC_INFO = {
    "ac1": ("江城地铁", ("2号线", "4号线"), "常青车辆段", "江城轨道交通控制中心"),
    "ac2": ("甬城地铁", ("1号线", "3号线"), "邱隘车辆段", "鄞州线网控制中心"),
    "ac3": ("锦官地铁", ("5号线", "6号线"), "崔家店车辆段", "锦官线网指挥中心"),
    "ac4": ("泉城地铁", ("2号线", "3号线"), "王府庄车辆段", "泉城运营控制中心"),
    "ac5": ("江城地铁", ("2号线", "4号线"), "常青车辆段", "江城轨道交通控制中心"),
    "ac6": ("泉城地铁", ("2号线", "3号线"), "王府庄车辆段", "泉城运营控制中心"),
    "ac7": ("甬城地铁", ("1号线", "3号线"), "邱隘车辆段", "鄞州线网控制中心"),
    "ac8": ("锦官地铁", ("5号线", "6号线"), "崔家店车辆段", "锦官线网指挥中心"),
    "ac9": ("泉城地铁", ("2号线", "3号线"), "王府庄车辆段", "泉城运营控制中心"),
    "ac10": ("泉城地铁", ("2号线", "3号线"), "王府庄车辆段", "泉城运营控制中心"),
    "ac11": ("泉城地铁", ("2号线", "3号线"), "王府庄车辆段", "泉城运营控制中心"),
    "ac12": ("泉城地铁", ("2号线", "3号线"), "王府庄车辆段", "泉城运营控制中心"),
    "ac13": ("江城地铁", ("2号线", "4号线"), "常青车辆段", "江城轨道交通控制中心"),
    "ac14": ("江城地铁", ("2号线", "4号线"), "常青车辆段", "江城轨道交通控制中心"),
    "ac15": ("甬城地铁", ("1号线", "3号线"), "邱隘车辆段", "鄞州线网控制中心"),
    "ac16": ("泉城地铁", ("2号线", "3号线"), "王府庄车辆段", "泉城运营控制中心"),
    "ac17": ("锦官地铁", ("5号线", "6号线"), "崔家店车辆段", "锦官线网指挥中心"),
    "ac18": ("江城地铁", ("2号线", "4号线"), "常青车辆段", "江城轨道交通控制中心"),
}

SPEC_CODE = {"AFC": "AFC", "综合监控": "ISCS", "通信与PIS": "PIS", "数据中心": "DC"}
SCAN = {"creator": "Canon iR-ADV C3530 扫描", "author": "scanner"}
SPECS = ["AFC", "综合监控", "PIS", "通信", "数据中心"]


def lno(co, i):
    """the 线路 number as it appears in codes: L2, L4"""
    return "L" + co.lines[i % 2].replace("号线", "")


def signed(co, d):
    return [("p", "（本页为签字盖章扫描件）"),
            ("table", [["编制", co.p(1), "审核", co.p(2), "批准", co.boss], ["日期", cnd(d), "", "", "", ""]])]


def zd_head(co, code, d, ver="A/0"):
    return [("p", "%s企业管理制度" % co.name),
            ("table", [["制度编号", code, "版本", ver], ["发布日期", cnd(d), "实施日期", cnd(d + timedelta(days=10))],
                       ["归口部门", "信息技术中心综合技术室", "审批", co.boss]])]


# ------------------------------------------------------------------ 管理制度 (procedures)

# key -> (title, items, articles)
ZD = {
    "fault": ("信息系统故障处理管理办法", ["49/incident-procedure"], [
        "第一条 为及时处置影响运营服务的信息系统故障，减少对行车组织和客运服务的影响，制定本办法。",
        "第二条 故障按影响分为一类（影响全线售检票或OCC监控）、二类（影响单站或单专业）、三类（不影响运营）。",
        "第三条 车站、工班或生产调度发现故障后报信息技术中心生产调度台，调度员登记故障单并派单给对应专业工班。",
        "第四条 一类故障工班须在15分钟内响应，30分钟内到达车站，同时报告中心值班领导及运营分公司行车调度。",
        "第五条 故障恢复后由报障人确认销单；一类、二类故障须在3个工作日内提交故障分析报告。"]),
    "request": ("信息服务请求受理管理办法", ["49/request-procedure"], [
        "第一条 本办法适用于运营分公司、车站和各部门提出的账号开通、权限调整、终端安装、数据提取等非故障类需求。",
        "第二条 请求统一通过生产调度台或OA报修模块提交，调度员登记后按专业分派。",
        "第三条 普通请求2个工作日内完成，涉及权限和数据的请求须经需求部门负责人和信息安全专责审批。",
        "第四条 完成后由申请人在系统中确认，调度台每月统计请求数量及按时完成率。"]),
    "problem": ("信息系统问题管理办法", ["20/procedure", "37/procedure"], [
        "第一条 对重复发生的故障和原因不明的一类故障，开展根本原因分析，消除隐患，制定本办法。",
        "第二条 同一设备或同一系统一个月内同类故障两次及以上的，由专业工程师立问题单。",
        "第三条 问题单由专业主管组织分析，10个工作日内形成根本原因和整改措施，涉及施工的按施工作业管理办理。",
        "第四条 整改后观察一个运营周期未复发的，经中心技术主管确认后关闭，并将处理经验录入知识库。"]),
    "knowledge": ("运维知识库管理办法", ["21/procedure"], [
        "第一条 为沉淀各专业的故障处理经验，缩短故障处理时间，建立运维知识库。",
        "第二条 一类、二类故障关闭后，处理人须在5个工作日内提交知识条目，经专业主管审核后发布。",
        "第三条 知识条目按AFC、综合监控、PIS、通信、数据中心分类，每半年复核一次，过时条目下线。",
        "第四条 新员工上岗前须学习本专业知识条目，纳入工班培训。"]),
    "change": ("信息系统施工作业及变更管理办法", ["54/procedure"], [
        "第一条 信息系统的配置修改、软件升级、设备更换均属变更，须纳入施工作业管理，不得在运营时间内擅自作业。",
        "第二条 变更分为A类（影响行车或售检票，须在夜间天窗内作业）、B类（影响单站）、C类（无运营影响）。",
        "第三条 A类、B类变更须提前报送月度或周施工计划，作业当日凭施工作业令到车控室或OCC请点，作业完毕销点。",
        "第四条 变更方案须包括作业步骤、风险分析、测试验证和回退措施，由中心技术主管审批。",
        "第五条 变更完成后在请销点登记台账中记录结果，失败的变更按回退措施恢复并纳入问题管理。"]),
    "slm": ("运维服务水平管理办法", ["39/slm-procedure"], [
        "第一条 为明确信息技术中心对运营分公司的服务承诺并持续监控达成情况，制定本办法。",
        "第二条 服务水平以与运营分公司签订的服务水平协议为准，协议每年评审一次，运营线路或系统变化时及时修订。",
        "第三条 综合技术室每月统计协议指标达成情况，在月度运行分析中通报，未达成的指标须制定纠正措施。",
        "第四条 每季度与运营分公司召开服务质量沟通会，评审协议执行情况。"]),
    "secinc": ("网络安全事件处置与报告管理办法", ["30/response-process", "30/reporting-process", "31/incident-process",
                                             "34/incident-process", "34/emergency-process"], [
        "第一条 网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、设备设施故障和其他事件，按影响分为特别重大、重大、较大和一般四级。",
        "第二条 报告：发现人立即报生产调度台，调度台15分钟内报中心网络安全专责，较大及以上事件1小时内报公司网络安全领导小组和属地网信、公安部门。",
        "第三条 处置：专责判断级别后组织隔离受影响的终端或网段，保护现场，清除有害程序，恢复业务；涉及AFC、综合监控的须先与行车调度确认运营影响。",
        "第四条 较大及以上事件启动网络安全事件应急预案，由应急指挥组统一指挥。",
        "第五条 事后处理：事件处置完毕5个工作日内形成事件报告，分析原因，落实整改，并组织复盘。"]),
    "training": ("网络安全培训管理办法", ["31/training-process"], [
        "第一条 每年11月制定下一年度网络安全培训计划，纳入中心年度培训计划。",
        "第二条 培训对象包括各工班员工、车站AFC操作人员和驻场外包人员；新员工上岗前必须完成安全意识培训。",
        "第三条 培训后组织考试，成绩和签到表由综合技术室存档，年底评估培训效果。"]),
    "pentest": ("渗透测试实施细则", ["31/pentest-process"], [
        "第一条 面向互联网的乘客服务系统和办公网应用每年至少进行一次渗透测试，重大版本上线前加测一次。",
        "第二条 测试前签订授权书，明确范围和时间，生产系统测试须安排在夜间非运营时段。",
        "第三条 测试流程：信息收集、漏洞探测、漏洞验证、报告编写、整改复测。",
        "第四条 高危漏洞整改期限不超过15日，整改后复测关闭。"]),
    "audit": ("运维管理体系内部审核管理办法", ["61/audit-system", "62/audit-mechanism"], [
        "第一条 每年至少开展一次覆盖全部运维过程的内部审核，由中心主任批准年度审核方案。",
        "第二条 内审员须经培训取得资格，不得审核本人工作。",
        "第三条 审核发现不符合项的，责任部门制定纠正措施，内审组跟踪验证并在管理评审中报告。"]),
    "monitor": ("运维服务质量监视测量管理办法", ["61/monitoring-process", "62/monitoring-process"], [
        "第一条 综合技术室负责对运维服务质量进行日常监视，每月统计服务指标，每季度评价。",
        "第二条 监视内容：服务水平协议指标、故障及时处理率、施工计划兑现率、客户满意度和投诉。",
        "第三条 指标异常的，由责任工班分析原因并提出纠正措施，在月度生产例会上通报。"]),
    "improve": ("运维服务持续改进管理办法", ["65/procedure"], [
        "第一条 改进建议来源于运行分析、故障分析、内审、管理评审、客户意见和员工合理化建议。",
        "第二条 改进建议由提出人登记，综合技术室组织评估其效益、成本和风险，中心主任办公会批准立项。",
        "第三条 改进项目明确目标、责任人和完成时间，综合技术室按月跟踪，完成后测量效果并在年度工作报告中报告。"]),
}

ZD_NO = {"fault": 3, "request": 4, "problem": 5, "knowledge": 6, "change": 7, "slm": 8, "secinc": 9, "training": 10,
         "pentest": 11, "audit": 12, "monitor": 13, "improve": 14}


def zd_code(co, key, d):
    return "XJ-ZD-%d-%03d" % (d.year, ZD_NO[key])


def zd_doc(co, d, key):
    title, its, arts = ZD[key]
    b = zd_head(co, zd_code(co, key, d), d) + [("title", title)] + [("p", a) for a in arts]
    b.append(("p", "本办法由信息技术中心负责解释，自发布之日起执行。"))
    return Doc("zd_" + key, title, d, its, False, b)


def zd_book(co, d, keys, pdca):
    """信息技术中心运维管理制度汇编: a PDCA 总则 (optional) and some 办法 as chapters."""
    b = [("p", co.name), ("title", "信息技术中心运维管理制度汇编（%d版）" % d.year), ("p", "汇编编号：XJ-HB-%d-001" % d.year)]
    items = []
    if pdca:
        b += [("h1", "第一篇 总则"),
              ("p", "中心运维服务按“计划—执行—检查—处理”循环管理：每年末编制下年度运维工作计划和维修计划（计划），"
                    "各工班按月度施工计划和巡检计划执行（执行），综合技术室按月统计指标、每年开展内审和管理评审（检查），"
                    "对发现的问题制定纠正和改进措施并纳入下一轮计划（处理）。")]
        items.append("10/pdca")
    for i, k in enumerate(keys, 2):
        title, its, arts = ZD[k]
        b.append(("h1", "第%d篇 %s" % (i, title)))
        b += [("p", a) for a in arts]
        items += its
    return Doc("zd_book", "运维管理制度汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 作业指导书

WI = {
    "afc": ("AFC车站终端设备维护作业指导书", "AFC", ["车站计算机、闸机、TVM、BOM每日运营前由工班巡视，检查通讯状态和票卡模块。",
                                        "季度保养：清洁票卡通道、检查扇门电机，保养后在设备履历中登记。",
                                        "更换模块须在运营结束后请点作业，恢复后做单程票和交通卡测试。"]),
    "iscs": ("综合监控系统巡检作业指导书", "综合监控", ["每日检查OCC和车站服务器、前置机、交换机运行状态，核对告警。",
                                         "每月检查冗余切换、数据库空间和时钟同步。", "发现异常立即报生产调度台并在巡检表记录。"]),
    "pis": ("乘客信息系统维护作业指导书", "PIS", ["每日核对车站和车载屏幕显示、播控服务器和紧急信息发布功能。",
                                       "播出内容变更须经运营分公司客运部审核。", "紧急信息发布功能每月测试一次。"]),
    "fw": ("数据中心防火墙及安全设备运维作业指导书", "数据中心", ["每日查看防火墙、入侵检测、堡垒机告警和会话数。",
                                                "策略调整按变更管理办理，调整前备份配置。", "特征库每周检查更新，每季度导出配置并对照安全基线核查。"]),
    "av": ("办公网终端防病毒作业指导书", "办公网", ["防病毒服务器每日检查病毒库版本和终端在线率。",
                                         "每周对全部终端进行一次全盘查杀，发现感染终端立即断网处理。", "每月统计查杀结果并报综合技术室。"]),
}


def wi_doc(co, d, key, i):
    title, spec, steps = WI[key]
    b = [("p", "%s 作业指导书" % co.name), ("table", [["编号", "XJ-ZY-%s-%02d" % (spec, i), "适用专业", spec]]), ("title", title),
         ("h1", "一、适用范围"), ("p", "%s、%s的%s设备及系统。" % (co.lines[0], co.lines[1], spec)),
         ("h1", "二、作业步骤")] + [("p", "%d. %s" % (n, s)) for n, s in enumerate(steps, 1)] + [
         ("h1", "三、安全注意事项"), ("p", "进入车站设备房须持施工作业令，作业前确认不影响行车和客运服务。")]
    return Doc("wi", title, d, ["24/work-instructions"], False, b)


def wi_book(co, d, keys):
    b = [("title", "信息技术中心作业指导书汇编"), ("p", "本汇编收录以下专业作业指导书：" + "、".join(WI[k][0] for k in keys))]
    for k in keys:
        title, spec, steps = WI[k]
        b.append(("h1", title))
        b += [("p", s) for s in steps]
    return Doc("wi_book", "作业指导书汇编", d, ["24/work-instructions"], False, b)


def construction_manual(co, d):
    return nar("construction_manual", "信息系统施工作业手册", d, False, [
        ("一、施工计划", "各专业每月20日前报下月施工计划，临时施工提前48小时报补充计划，经运营分公司调度部批准。", []),
        ("二、请点与销点", "施工负责人持施工作业令到车控室或OCC请点，行调批准后方可进入区间或设备房；作业结束清点工具、恢复设备、销点。", []),
        ("三、安全防护", "作业期间设专人防护，涉及AFC和综合监控主用设备的先切备用，作业全程在施工日志中记录。", []),
        ("四、专业作业要求", "AFC、综合监控、PIS、通信、数据中心各专业按本专业作业指导书执行。", ["11/manuals"])])


# ------------------------------------------------------------------ 运营分公司 (the customer)

def demand(co, d, hours, sec):
    parts = [("一、调研对象", "%s客运部、调度部、站务中心及%s、%s全部车站。" % (co.customer, co.lines[0], co.lines[1]), [])]
    if hours:
        parts.append(("二、服务时段需求", ["运营时间05:30至23:30，运营时段内AFC、综合监控、PIS须7x24小时有人值守保障；",
                                      "夜间天窗00:30至04:30用于施工作业；节假日和大客流期间需增派驻站人员。"], ["1/survey"]))
    if sec:
        parts.append(("三、网络安全服务需求", ["需求类型：安全设备运维、日志审计、漏洞扫描、等级保护测评配合、应急响应；",
                                        "综合监控和AFC属于关键信息基础设施，要求做好生产网与办公网隔离。"], ["5/survey"]))
    parts.append(("四、结论", "调研结果作为服务水平协议和年度运维计划的输入。", []))
    return nar("survey", "%s信息系统运维服务需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    rows = [[sp, "%d人日" % (300 + 60 * i), "%d人（含外包%d人）" % (6 + i, i % 3), "%d万元" % (180 + 35 * i), "%d年1月-12月" % (d.year + 1)]
            for i, sp in enumerate(SPECS)]
    return book("budget", "%d年信息系统运维预算表" % (d.year + 1), d, False, [("预算", ["专业", "工作量", "人力", "经费", "项目节点"], rows, ["2/budget"])])


def liaison(co, d):
    return nar("communication", "运维服务对接会会议纪要", d, False, [
        ("会议情况", "%s，地点：控制中心三楼会议室，参会：%s（运营分公司）、%s、%s（信息技术中心）。" % (cnd(d), co.cp(0), co.p(0), co.p(1)), []),
        ("议定事项", ["双方确认服务范围为%s、%s的AFC、综合监控、PIS及办公网；" % co.lines,
                  "双方同意运营时段驻站值守、夜间天窗施工的安排，并按此签订服务水平协议；",
                  "运营分公司确认以上内容，双方在纪要上签字。"], ["3/communication"])], post=signed(co, d))


def history(co, d, on):
    parts = []
    if "list" in on:
        parts.append(("一、既有线运维数据清单", ("table", [["数据", "期间", "来源"], ["故障单", "近三年", "生产调度台"], ["施工请销点记录", "近三年", "请销点台账"],
                                                  ["AFC设备可用率", "近三年", "运行月报"], ["安全事件", "近三年", "网络安全专责"]]), ["4/history-list"]))
    if "analysis" in on:
        parts.append(("二、数据分析", ["指标完成：AFC设备可用率三年平均99.82%，综合监控可用率99.97%；",
                                   "违例操作：未请点擅自作业2起，已考核；重大事件：2024年一次闸机群体通讯中断；",
                                   "失败变更：一次PIS播控升级失败已回退。"], ["4/analysis"]))
    if "strategy" in on:
        parts.append(("三、保障策略和实施方案", "重点站增派驻站人员、AFC关键模块备件前移到车站、施工分级审批、监控告警集中到生产调度台。", ["4/strategy"]))
    return nar("history", "既有线运维数据回顾及保障策略", d, False, parts)


def sla(co, d, modes, core, health):
    parts = [("一、服务对象和范围", "%s；%s、%s全线车站、%s及控制中心。" % (co.customer, co.lines[0], co.lines[1], co.depot), [])]
    if modes:
        parts.append(("二、保障方式", "重点车站和OCC驻站值守；各工班按计划定期巡视车站设备；生产调度台远程监控7x24小时。", ["35/sla"]))
    if health:
        parts.append(("三、设备健康检查", "每月一次远程检查、每季度一次现场检查，内容为设备可用性和持续运行情况，检查后提交检查报告。", ["15/agreement"]))
    if core:
        parts.append(("四、服务指标", ("table", [["指标", "承诺值"], ["AFC设备可用率", "≥99.8%"], ["综合监控系统可用率", "≥99.95%"],
                                             ["一类故障响应", "15分钟"], ["一类故障恢复", "2小时"]]), ["36/sla"]))
    parts.append(("五、签署", "甲方：%s　乙方：%s　签订日期：%s" % (co.customer, co.name, cnd(d)), ["39/sla"]))
    return nar("sla", "信息系统运维服务水平协议", d, False, parts, post=signed(co, d))


def catalog(co, d, lv2, lv1):
    rows = [["初始服务", "资产识别、配置建档、流程导入"], ["安全设备运维", "防火墙、IDS、堡垒机日常维护"], ["日常巡检", "车站及OCC设备巡视"],
            ["健康检查", "月度远程、季度现场检查"], ["安全事件审计", "日志审计及分析"]]
    its = ["12/catalog", "29/catalog"]
    if lv2:
        rows += [["运维监控与分析", "生产调度台集中监控、月度分析"], ["终端安全监控", "办公网和车站终端防病毒、准入"], ["等级保护合规运维", "定级备案、测评整改配合"]]
        its.append("19/catalog")
    if lv1:
        rows += [["安全通告与漏洞分析", "月度安全通告"], ["应急响应", "7x24小时应急值守"]]
        its.append("26/catalog")
    return book("catalog", "信息技术中心运维服务目录（%d）" % d.year, d, False, [("目录", ["服务项", "内容"], rows, its)])


def health_check(co, d, n):
    st = co.stations[n % len(co.stations)]
    return nar("health", "%s设备健康检查报告" % st, d, True, [
        ("检查方式", "现场检查（%s）和远程检查（生产调度台）" % st, []),
        ("检查结果", ("table", [["设备", "可用性", "结论"], ["车站计算机", "运行%d天无重启" % (60 + n), "正常"], ["闸机群", "1台扇门异响", "已处理"],
                               ["综合监控车站服务器", "主备同步正常", "正常"]]), ["15/records", "46/records"])], post=signed(co, d))


def csat(co, d, half):
    return nar("csat", "%d年%s运营分公司满意度测评" % (d.year, half), d, True, [
        ("测评方式", "向%s各车站站长、调度员发放问卷%d份，回收%d份。" % (co.customer, 40, 37), []),
        ("测评结果和分析", ["综合得分%.1f分；故障响应得分最高，施工后设备恢复确认得分偏低；" % (90 + (d.month % 5)),
                        "主要意见：夜间施工后早班开站前设备自检不到位。"], ["41/surveys", "58/survey", "63/survey"])])


def csat_trend(co, d):
    return book("csat_trend", "满意度趋势分析", d, True, [
        ("趋势", ["期次", "得分", "变化", "分析"], [["2024年下半年", 88.4, "-", "基期"], ["2025年上半年", 90.1, "+1.7", "响应改善"],
                                              ["2025年下半年", 91.6, "+1.5", "驻站人员增加"], ["2026年上半年", 92.3, "+0.7", "趋稳"]], ["41/trend"])])


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=11 * i)), co.stations[i % len(co.stations)], "故障处理后回访", "满意"] for i in range(4)]
    return book("callbacks", "车站回访登记表", d, True, [("回访", ["日期", "车站", "回访内容", "结果"], rows, ["63/follow-up-visits"])])


# ------------------------------------------------------------------ 组织

def org(co, d, roles):
    parts = [("一、组织架构", ["网络安全领导小组：组长%s（中心主任），成员为各室主任；" % co.boss,
                          "执行层：综合技术室、AFC工班、综合监控工班、通信与PIS工班、数据中心工班、生产调度台；外包驻场人员编入对应工班。"],
              ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("二、岗位职责", ("table", [["岗位", "职责"], ["生产调度", "受理报障、派单、跟踪"], ["工班长", "组织巡检、施工、故障处理"],
                                                ["网络安全专责", "安全设备、日志审计、事件处置"], ["配置管理员", "设备台账和配置库维护"]]),
                      ["18/roles", "23/roles"]))
    return nar("org", "信息技术中心组织机构及岗位职责", d, False, parts)


def roster(co, d, outs):
    rows = [[co.p(i), ["AFC工班", "综合监控工班", "数据中心工班", "生产调度台"][i % 4], "工班长" if i < 2 else "运维工程师", "正式"] for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[co.vp(i), "数据中心工班", "驻场工程师", co.vendor] for i in range(2)]
        its.append("9/outsourcing")
    return book("staff", "运维人员名单及倒班安排", d, False, [("名单", ["姓名", "工班", "岗位", "用工性质/单位"], rows, its)])


def interface(co, d):
    return nar("interface", "关于明确网络安全工作接口人的通知", d, False, [
        (None, ["中心各室、各工班：", "经研究，指定%s为中心网络安全接口人，负责与运营分公司、公司网络安全领导小组和外部单位的安全管理对接，%s为备份。" % (co.p(3), co.p(4))],
         ["28/interface-person"])])


def desk(co, d):
    return nar("desk", "关于设立生产调度台的通知", d, False, [
        (None, ["为统一受理车站和各部门的报障及服务请求，中心在控制中心设立生产调度台，实行四班二运转倒班，电话8800。",
                "生产调度台负责故障和请求的登记、派单、跟踪、回访和统计。"], ["48/service-desk"])])


def desk_training(co, d):
    rows = [[co.p(i), "生产调度台岗位培训：派单规则、故障分级、系统操作", "合格"] for i in range(4)]
    return book("desk_training", "生产调度台岗位培训记录", d, True, [("记录", ["姓名", "培训内容", "考核"], rows, ["48/training"])])


def ola(co, d, sld):
    parts = [("内部运营级别约定", ("table", [["工班", "一类故障响应", "恢复"], ["AFC工班", "15分钟", "2小时"], ["数据中心工班", "15分钟", "1小时"]]), ["8/ola"])]
    if sld:
        parts.append(("与第三方的服务级别设计", "驻场外包单位%s的响应和恢复时限与上表一致，合同附件列明。" % co.vendor, ["8/sld"]))
    return nar("ola", "内部运营级别约定与第三方服务级别设计", d, False, parts)


# ------------------------------------------------------------------ 台账、记录

def asset_book(co, d, rel, upd):
    rows = [["%s-AFC-%03d" % (lno(co, i), i + 1), ["闸机", "TVM", "车站计算机", "防火墙"][i % 4], "型号%s" % "ABCD"[i % 4],
             co.stations[i % len(co.stations)] + ("设备房" if i % 2 else "站厅"), "Gi0/%d" % (i + 1), "在用", "二级" if i % 2 else "三级"]
            for i in range(6)]
    sheets = [("设备台账", ["设备编号", "类别", "型号", "物理位置", "端口", "部署状态", "保护级别"], rows, ["13/asset-list", "43/asset-list", "27/cmdb"])]
    if rel:
        sheets.append(("关联关系", ["设备", "上联设备", "承载系统"], [["%s-AFC-001" % lno(co, 0), "车站交换机", "AFC"], ["%s-AFC-004" % lno(co, 0), "核心交换机", "数据中心"]],
                       ["38/cmdb-relations"]))
    if upd:
        sheets.append(("变动记录", ["日期", "设备", "变动", "经办"], [[iso(d - timedelta(days=20)), "%s-AFC-002" % lno(co, 1), "更换主板", co.p(2)]],
                       ["43/ci-updates"]))
    return book("asset", "信息设备台账（%s、%s）" % co.lines, d, True, sheets, note=["台账按线路和车站维护，访问限于配置管理员，每月备份。"])


def baseline(co, d):
    rows = [["防火墙", "管理口仅允许运维网段", "是"], ["Windows服务器", "关闭共享和默认账号", "是"], ["车站计算机", "禁用USB存储", "是"]]
    return book("baseline", "信息设备安全配置基线", d, False, [("基线", ["对象", "基线要求", "强制"], rows, ["25/baseline"])])


WORK = {"maint": ["清洁闸机通道、紧固端子，设备正常", "车站交换机及防火墙除尘、检查电源和风扇"],
        "insp": ["巡视车站防火墙、交换机告警及监控平台告警，无异常", "巡视设备房温湿度和UPS，安全设备运行正常"],
        "virus": ["车站终端病毒库更新至最新版本，全盘查杀未发现感染", "防病毒服务器查杀报表核对，隔离可疑文件1个"],
        "fault": ["TVM纸币模块卡币，更换模块后恢复，用时40分钟", "闸机通讯中断，重启车站计算机后恢复"],
        "upg": ["车站计算机软件升级至V3.2，开站前测试正常", "防火墙特征库升级，升级后策略核对无误"]}


def gongban(co, d, kinds, hw, spec):
    """工班运维记录: one workbook per 工班 and month, a sheet per record kind."""
    nm = {"maint": ("日常维护", ["14/maintenance", "44/maintenance"]), "insp": ("设备巡视", ["44/inspection", "45/monitoring"]),
          "virus": ("病毒查杀", ["44/virus-scan", "45/antivirus"]), "fault": ("故障处理", ["44/faults"]),
          "upg": ("软件升级", ["44/upgrades"])}
    sheets = []
    for k in ("maint", "insp", "virus", "fault", "upg"):
        rows = []
        if k in kinds:
            rows = [[iso(d - timedelta(days=3 * j)), co.stations[j % len(co.stations)], WORK[k][j % 2], co.p(j)] for j in range(4)]
        sheets.append((nm[k][0], ["日期", "车站/位置", "工作内容", "作业人"], rows, nm[k][1]))
    if hw:
        sheets.append(("硬件故障统计", ["设备", "故障", "次数", "处置"], [["闸机", "扇门电机", 3, "更换"], ["防火墙", "电源", 1, "更换"]], ["14/hardware-faults"]))
    return book("gongban", "%s工班运维记录（%d年%d月）" % (spec, d.year, d.month), d, True, sheets)


def duty_log(co, d, resp):
    head = ["时间", "类型", "车站/系统", "内容", "处理人"] + (["响应时间", "恢复时间"] if resp else [])
    rows = []
    for j, (t, c) in enumerate([("故障", "闸机通讯中断"), ("请求", "站务账号开通"), ("施工", "请点更换TVM模块"), ("故障", "PIS屏黑屏")]):
        r = [iso(d - timedelta(days=j)) + " 0%d:10" % (6 + j), t, co.stations[j % len(co.stations)], c, co.p(j)]
        if resp:
            r += ["%d分钟" % (8 + j), "%d分钟" % (45 + 10 * j)]
        rows.append(r)
    its = ["43/process-records"] + (["55/response-times"] if resp else [])
    return book("duty", "生产调度台倒班值班日志（%d年%d月）" % (d.year, d.month), d, True, [("日志", head, rows, its)])


def qxd_book(co, d, n):
    rows = [["%s-SG-%d-%03d" % (lno(co, j), d.year, n + j), iso(d - timedelta(days=2 * j)), co.stations[j % len(co.stations)],
             ["AFC软件升级", "防火墙策略调整", "综合监控服务器补丁"][j % 3], "00:40", "04:05", "完成"] for j in range(4)]
    return book("qxd", "施工作业请销点登记台账（%d年%d月）" % (d.year, d.month), d, True,
                [("请销点", ["作业令号", "日期", "车站", "作业内容", "请点", "销点", "结果"], rows, ["54/records"])])


def sg_plan(co, d):
    """月度施工计划: a plan table, it proves nothing on its own."""
    rows = [[iso(d + timedelta(days=3 * j)), co.stations[j % len(co.stations)], SPECS[j % 5], "设备保养", "00:40-04:00"] for j in range(5)]
    return Doc("sg_plan", "%d年%d月信息专业施工计划" % (d.year, d.month), d, [], True,
               sheets=[("计划", [["%d年%d月信息专业施工计划" % (d.year, d.month)], ["日期", "车站", "专业", "内容", "时段"]] + rows)])


def year_plan(co, d):
    rows = [[m, "季度保养" if m % 3 == 0 else "月检", SPECS[m % 5]] for m in range(1, 13)]
    return Doc("year_plan", "%d年信息设备维修计划" % d.year, d, [], False,
               sheets=[("年度", [["%d年信息设备维修计划" % d.year], ["月份", "修程", "专业"]] + rows)])


def kb(co, d):
    rows = [["KB-%03d" % (i + 1), t, SPECS[i % 5]] for i, t in enumerate(["闸机扇门卡滞处理", "TVM纸币模块复位", "综合监控前置机切换", "PIS播控恢复"])]
    return book("kb", "运维知识库条目清单", d, False, [("条目", ["编号", "标题", "专业"], rows, ["21/knowledge-base"])])


def collect(co, d, which):
    sheets = []
    if "config" in which:
        sheets.append(("配置", ["设备", "项目", "值"], [["核心防火墙", "策略数", 412], ["AFC中央服务器", "开放端口", 6]], ["16/config"]))
    if "traffic" in which:
        sheets.append(("流量", ["链路", "峰值", "日期"], [["办公网出口", "860Mbps", iso(d)], ["AFC骨干网", "120Mbps", iso(d)]], ["16/traffic"]))
    if "status" in which:
        sheets.append(("状态", ["设备", "CPU", "内存"], [["综合监控中央服务器", "31%", "55%"], ["核心防火墙", "22%", "40%"]], ["16/status"]))
    return book("collect", "安全信息采集记录", d, True, sheets)


# ------------------------------------------------------------------ 网络安全

def log_audit(co, d):
    return nar("log_audit", "%d年%d月日志审计分析报告" % (d.year, d.month), d, True, [
        ("审计范围", "数据中心防火墙、IDS、堡垒机、服务器操作系统、AFC中央系统和OA应用日志。", []),
        ("审计结果与分析", ["堡垒机越权尝试2次，已核实为误操作；", "外网扫描探测3400余次，已封禁源地址；",
                       "AFC中央服务器夜间登录均有对应作业令。"], ["17/log-analysis", "45/audit-report", "47/audit"])])


def sec_stats(co, d, ana):
    sheets = [("统计", ["月份", "有害程序", "网络攻击", "设备故障", "合计"], [[m, m % 2, 2, 1, 3 + m % 2] for m in range(1, 7)], ["18/incident-stats"])]
    doc = book("sec_stats", "%d年上半年网络安全事件统计" % d.year, d, True, sheets)
    if ana:
        doc.sheets.append(("分析", [["分析"], ["网络攻击以外网扫描为主，有害程序事件均发生在车站办公终端，原因是U盘交叉使用。"]]))
        doc.items = sorted(doc.items + ["18/incident-analysis"])
    return doc


def avail_plan(co, d):
    return nar("avail_plan", "%d年信息系统可用性保障计划" % d.year, d, False, [
        ("目标", "AFC设备可用率≥99.8%，综合监控≥99.95%，PIS≥99.5%。", []),
        ("措施", "关键服务器双机、车站备件前移、天窗期集中保养、大客流前专项检查。", ["18/availability-plan", "22/plan"])])


def avail_kpis(co, d):
    rows = [["整体", "线网信息系统综合可用率", "≥99.9%"], ["单系统", "AFC设备可用率", "≥99.8%"], ["单系统", "综合监控可用率", "≥99.95%"], ["单系统", "PIS可用率", "≥99.5%"]]
    return book("kpis", "信息系统可用性指标清单", d, False, [("指标", ["类型", "指标", "目标"], rows, ["6/availability-kpis"])])


def avail_events(co, d):
    rows = [[iso(d - timedelta(days=14 * i)), ["AFC", "综合监控", "PIS"][i % 3], "中断%d分钟" % (5 + i * 7), co.stations[i % len(co.stations)]] for i in range(3)]
    return book("avail_events", "可用性事件登记", d, True, [("事件", ["日期", "系统", "影响", "车站"], rows, ["18/availability-events", "22/events"])])


def month_report(co, d, avail, data):
    parts = [("一、运行概况", "本月%s、%s累计运营%d天，信息系统运行平稳。" % (co.lines[0], co.lines[1], 30), []),
             ("二、指标趋势", ("table", [["指标", "上上月", "上月", "本月"], ["故障单数", 41, 36, 33], ["一类故障", 1, 0, 0], ["故障及时处理率", "96%", "97%", "98.5%"]]),
              ["50/monitoring-report"])]
    if avail:
        parts.append(("三、可用性", "AFC设备可用率99.86%，综合监控99.98%，PIS 99.61%，均达到保障计划目标。", ["18/availability-report", "22/report"]))
    if data:
        parts.append(("四、运维数据", ("table", [["项目", "本月"], ["异常报告及时率", "98%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "97%"],
                                            ["故障隐患发现率", "92%"], ["异常主动发现率", "81%"], ["问题解决率", "90%"], ["漏洞扫描覆盖率", "100%"],
                                            ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "93%"], ["安全事件次数", "2"]]), ["56/data"]))
    return nar("month_report", "%d年%d月信息系统运行分析" % (d.year, d.month), d, True, parts)


def bulletin(co, d, n, full):
    parts = [("一、漏洞通告", "本期收录高危漏洞6个，涉及数据中心虚拟化平台和办公网中间件，已安排天窗期修补。", ["52/vulnerability", "53/bulletin"]),
             ("二、病毒预警", "勒索病毒新变种通过U盘传播，车站终端须禁用USB存储。", ["52/virus"])]
    if full:
        parts += [("三、政策法规和行业动态", "《关键信息基础设施安全保护条例》配套标准发布；城轨行业网络安全检查通知。", ["52/policy"]),
                  ("四、厂商通告", "防火墙厂商发布固件安全更新。", []),
                  ("五、分析", "本中心受影响设备14台，影响AFC中央系统1台，建议优先处理。", ["52/analysis"])]
    return nar("bulletin", "网络安全通告（%d年第%d期）" % (d.year, n), d, True, parts)


def pt_plan(co, d):
    return nar("pt_plan", "%d年渗透测试计划" % d.year, d, False, [
        (None, ("table", [["对象", "时间", "方式"], ["乘客服务APP", "%d年5月" % d.year, "黑盒"], ["OA系统", "%d年9月" % d.year, "灰盒"]]), ["31/pentest-plan", "32/pentest-plan"])])


def pt_report(co, d):
    return nar("pt_report", "乘客服务APP渗透测试报告", d, True, [
        ("测试过程", "%s夜间在授权范围内测试，发现越权1个、弱口令1个。" % cnd(d), ["31/pentest-records", "32/pentest-records"]),
        ("整改复测", "已全部整改，复测通过。", [])])


def dev_plan(co, d):
    return nar("dev_plan", "%d年运维工具自主开发计划" % (d.year + 1), d, False, [
        (None, ["根据运营分公司要求，开发AFC设备状态看板和施工作业令电子化工具；", "自研日志自动分析脚本，第二季度上线。"], ["33/dev-plan"])])


def grading(co, d):
    return nar("grading", "%s网络安全等级保护定级报告" % co.sys(1), d, False, [
        (None, "综合监控系统关系行车安全，业务信息安全等级为三级，系统服务安全等级为三级，定为第三级。", ["51/grading"])])


def grading_std(co, d):
    return nar("grading_std", "信息系统安全保护等级划分标准", d, False, [
        (None, ["关系行车安全和客运组织的生产系统定为三级；办公和一般管理系统定为二级；", "按GB/T 22240确定业务信息和系统服务两个维度。"], ["51/grading-criteria"])])


# ------------------------------------------------------------------ 应急

def ya_plan(co, d, recov):
    parts = [("一、事件分级与响应", "按影响运营程度分为四级，一级事件由中心主任任总指挥。", ["36/emergency-plan", "53/emergency-plan"]),
             ("二、处置流程", "报告、研判、隔离、恢复、总结；AFC全线故障时通知行调组织车站免检放行。", [])]
    if recov:
        parts.append(("三、恢复策略", "核心系统优先切换至备用中心，数据按RPO 15分钟恢复；恢复时限一级事件2小时。", ["55/plan"]))
    return nar("ya_plan", "信息系统网络安全事件应急预案", d, False, parts, pre=zd_head(co, "XJ-YA-%d-001" % d.year, d))


def recovery(co, d):
    return nar("recovery", "信息系统灾备恢复预案", d, False, [
        (None, ["AFC中央系统和综合监控主中心失效时，切换至%s备用中心；" % co.depot, "切换步骤、数据恢复验证和回切条件见附件。"], ["36/recovery-plan"])])


def bcp(co, d):
    return nar("bcp", "信息系统业务连续性计划", d, False, [
        (None, ["识别AFC售检票、综合监控、PIS为关键业务，最大可容忍中断时间分别为30分钟、15分钟、2小时；",
                "明确降级运营方案（人工售票、车站免检）、备用中心切换和回切安排；", "本计划经中心主任批准发布。"], ["42/bcp"])], pre=zd_head(co, "XJ-YA-%d-003" % d.year, d))


def drill(co, d, kind):
    if kind == "dr":
        return nar("drill", "AFC中央系统灾备切换演练记录", d, True, [
            (None, "%s夜间天窗期完成主备中心切换，切换用时38分钟，数据核对一致，回切成功。" % cnd(d), ["40/recovery-drill"])], post=signed(co, d))
    return nar("drill", "网络安全事件应急演练记录", d, True, [
        ("演练情况", "%s在%s模拟车站终端勒索病毒感染，演练报告、隔离、查杀、恢复全过程。" % (cnd(d), co.stations[0]), ["40/emergency-drill", "53/drill"]),
        ("评估", "响应及时，隔离用时12分钟；车站与调度台信息传递需改进。", [])], post=signed(co, d))


# ------------------------------------------------------------------ 质量与改进

def kpi_check(co, d, capa):
    sheets = [("监视测量", ["项目", "目标", "实际", "结论"], [["满意度", "≥90", "92.3", "达成"], ["投诉", "≤2件/季", "1", "达成"], ["故障及时处理率", "≥98%", "96.8%", "未达成"]],
               ["57/measurement"])]
    if capa:
        sheets.append(("纠正预防措施", ["编号", "问题", "原因", "措施", "验证"], [["CA-%d-07" % d.year, "故障及时处理率未达成", "夜间人员不足", "调整倒班", "下月达98.6%"]],
                       ["57/capa"]))
    return book("kpi_check", "%d年第%d季度运维服务监视测量" % (d.year, (d.month - 1) // 3 + 1), d, True, sheets)


def yh_rectify(co, d, verify):
    parts = [("排查发现与预防措施", ("table", [["隐患", "预防措施"], ["车站设备房空调单路供电", "增加备用空调"], ["AFC服务器磁盘使用率高", "增加容量告警"]]),
              ["66/preventive-actions"])]
    if verify:
        parts.append(("有效性验证", "整改后连续两个月未发生同类故障，验证有效。", ["66/effectiveness"]))
    return nar("yh", "%d年信息设备安全隐患排查整改报告" % d.year, d, True, parts)


def improve_plan(co, d, crit, goals):
    parts = [("改进项目", ("table", [["项目", "目标", "责任人"], ["施工后设备自检", "早班开站故障下降50%", co.p(1)], ["告警集中", "主动发现率85%", co.p(3)]]), ["64/plan"])]
    if crit:
        parts.append(("评估标准", "按对运营安全的影响、对满意度的贡献、投入成本三项打分，总分60分以上立项。", ["64/criteria"]))
    if goals:
        parts.append(("目标与报告", "各项目设定量化目标，每月跟踪，年底在年度工作报告中报告实施情况。", ["68/plan"]))
    return nar("improve_plan", "%d年运维服务改进计划" % d.year, d, False, parts)


def improve_ledger(co, d, eff):
    rows = [["GJ-%d-0%d" % (d.year, i + 1), t, "已实施", "下降%d%%" % (30 + 10 * i) if eff else ""] for i, t in enumerate(["施工后设备自检", "告警集中"])]
    its = ["68/implementation"] + (["68/effectiveness"] if eff else [])
    return book("improve_ledger", "改进项目跟踪台账", d, True, [("跟踪", ["编号", "项目", "实施", "效果"], rows, its)])


def directors_minutes(co, d, which):
    """主任办公会纪要: several decisions in one minute."""
    parts = [("会议情况", "%s，主持：%s，参加：各室主任、工班长。" % (cnd(d), co.boss), [])]
    if "prio" in which:
        parts.append(("一、关于改进建议立项", ["会议分析了本年度征集的9条改进建议，按运营安全影响排序：1.施工后设备自检；2.告警集中；3.知识库检索。",
                                         "会议批准前两项立项，第三项列入下年度。"], ["67/analysis", "67/prioritisation"]))
    if "desk" in which:
        parts.append(("二、关于生产调度台人员", "同意生产调度台增加1人，实行四班二运转。", []))
    if "defect" in which:
        parts.append(("三、关于PIS播控升级失败", "会议分析了升级失败及两次一类故障的原因，责成通信与PIS工班制定改进计划，下月上会。", ["70/defect-analysis"]))
    return nar("minutes", "信息技术中心主任办公会纪要（%d年第%d期）" % (d.year, d.month), d, True, parts)


def internal_audit(co, d):
    return nar("ia", "%d年内部审核报告" % d.year, d, True, [
        (None, ["审核范围：全部运维过程和%s、%s；" % co.lines, "发现不符合项3项（施工作业令归档不全等），已制定纠正措施。"], ["59/internal-audit"])])


def mgmt_review(co, d, inputs):
    parts = [("会议情况", "%s，主持：%s。" % (cnd(d), co.boss), [])]
    lines = {"perf": ("服务和流程执行情况", "服务指标达成率95%，内审不符合项已整改。", ["59/management-review", "60/performance"]),
             "fb": ("客户反馈", "运营分公司满意度92.3分，意见2条。", ["60/customer-feedback"]),
             "res": ("资源现状和预测", "新线开通需增加AFC工班8人。", ["60/resources"]),
             "ca": ("纠正措施进展", "纠正措施7项已关闭6项。", ["60/corrective-actions"]),
             "chg": ("影响服务的变化", "%s延伸段开通、备用中心搬迁。" % co.lines[1], ["60/changes"]),
             "imp": ("改进机会", "施工后自检、告警集中、知识库检索。", ["60/improvements"])}
    for k in inputs:
        parts.append(lines[k])
    return nar("mr", "%d年度管理评审报告" % d.year, d, True, parts)


def awareness(co, d):
    rows = [[co.p(i), "服务改进意识宣贯：改进建议的提出和跟踪", "已参加"] for i in range(6)]
    return book("awareness", "服务改进意识培训记录", d, True, [("记录", ["姓名", "内容", "签到"], rows, ["69/awareness-training"])])


def forecast(co, d):
    return nar("forecast", "%d年运维服务需求预测" % (d.year + 1), d, True, [
        (None, ["汇总近两年故障、请求、变更、问题和日志数据：故障年降8%，请求年增22%，施工变更随延伸段开通将增加约40%；",
                "预测明年服务重点转向请求受理和施工组织，需增加生产调度台和AFC工班人员。"], ["71/forecast"])])


def service_review(co, d, auto):
    parts = [("以往解决方案对生产的影响", "近一年34次天窗施工中2次造成早班开站延误，主要为AFC软件升级。", ["7/impact-analysis"])]
    if auto:
        parts.append(("可自动化的服务", "病毒查杀结果统计、设备巡视、日志初筛处理效率低，建议自动化。", ["7/automation"]))
    return nar("svc_review", "以往运维服务分析报告", d, True, parts)


def reform_plan(co, d, test, rb):
    parts = [("改造内容", "%s中央系统服务器更换及软件升级。" % co.sys(0), [])]
    if test:
        parts.append(("测试计划", "在%s测试环境完成功能、性能、安全测试后再上线。" % co.depot, ["25/test-plan"]))
    if rb:
        parts.append(("回退措施", "保留旧服务器，切换失败30分钟内回切，并在开站前完成。", ["11/rollback", "25/rollback"]))
    return nar("reform", "%s%s改造实施方案" % (co.lines[0], co.sys(0)), d, False, parts)


def req_record(co, d):
    return nar("req", "新线%s需求分析记录" % co.sys(2), d, True, [
        (None, ["运营分公司客运部提出功能需求（紧急信息一键发布）、性能需求（500块屏3秒内完成下发）和安全需求（播控与互联网隔离）。",
                "双方确认。"], ["11/requirements"])])


def compat(co, d):
    return nar("compat", "国产化改造兼容性验证报告", d, True, [
        (None, "对网络兼容（车站交换机）、系统兼容（国产操作系统）、应用兼容（AFC客户端）逐项验证，均通过。", ["11/compatibility"])])


# ------------------------------------------------------------------ working documents and decoys

UNREL = [("行政", "关于做好春运期间后勤保障的通知", "各部门做好食堂和班车安排。"),
         ("工会", "职工技能大赛报名通知", "各工班推荐2名选手参加AFC检修技能比武。"),
         ("党建", "支部主题党日活动安排", "本月主题党日在车辆段开展。"),
         ("行政", "办公用品领用规定", "办公用品每月第一周领用。"),
         ("安全", "防汛物资清点表说明", "车站防汛沙袋由站务负责。")]


def signin(co, d, plan):
    rows = [[co.p(i), "已签"] for i in range(6)]
    return decoy(Doc("training", "《%s》宣贯签到表" % plan, d, [], True, sheets=[("签到", [["《%s》宣贯" % plan, cnd(d)], ["姓名", "签名"]] + rows)]),
                 "training record about a plan")


def zd_list(co, d, cites):
    b = [("title", "关于印发现行有效管理制度目录的通知"), ("p", "中心现行有效制度如下，请各工班遵照执行：")] + [("p", "《%s》" % c) for c in cites]
    return decoy(Doc("zd_list", b[0][1], d, [], False, b), "list of document names")


def doc_control(co, d, cites):
    b = zd_head(co, "XJ-ZD-%d-001" % d.year, d) + [("title", "文件和记录管理办法"),
                                                  ("p", "各类制度的编号规则为XJ-ZD-年份-序号，记录编号为线路号-专业-年份-序号。")] + \
        [("p", "故障、变更、事件等记录分别按《%s》执行。" % c) for c in cites]
    return decoy(Doc("doc_control", "文件和记录管理办法", d, [], False, b), "procedure that cites others")


def mr_notice(co, d):
    return decoy(nar("notice", "关于召开%d年度管理评审会议的通知" % d.year, d, True, [(None, "定于12月在控制中心召开，请各室准备汇报材料。", [])]), "notice of a meeting")


def drill_scheme(co, d):
    return decoy(nar("scheme", "%d年网络安全应急演练方案" % d.year, d, False, [(None, "拟于天窗期在车站开展病毒感染处置演练，分工如下。", [])]), "plan of a drill, not a record")


def build(co, lock_bytes):
    """Lay out an AC share: 01 制度标准/, 02 作业指导/, 03 计划/, 04 运营分公司服务/, 05 运行记录/<年>/<月>/,
    06 网络安全/, 07 应急管理/, 08 质量改进/, 归档/<年>/ (last year's copies), decoys."""
    metro, co.lines, co.depot, occ = AC_INFO[co.info_id]
    co.stations = [co.lines[0] + s for s in ("火车站", "中心广场", "体育馆")] + [co.lines[1] + s for s in ("大学城", "会展中心")] + [co.depot, occ]
    r = co.rng
    ZS, ZY, JH, FW, YX, WA, YJ, ZL = ("01 制度标准/", "02 作业指导/", "03 计划/", "04 运营分公司服务/", "05 运行记录/", "06 网络安全/",
                                      "07 应急管理/", "08 质量改进/")
    optional = ["budget", "history", "svc_review", "ola", "staff", "interface", "desk_training", "kpis", "avail_plan", "avail_events",
                "kb", "collect", "baseline", "reform", "req", "compat", "manual", "sec_stats", "pt_plan", "pt", "dev_plan", "grading",
                "grading_std", "recovery", "bcp", "drdrill", "csat_trend", "callbacks", "kpi_check", "yh", "improve_plan",
                "improve_ledger", "ia", "mr", "awareness", "forecast", "log_audit", "health", "minutes"]
    gaps = {k for k in optional if r.random() < 0.07}
    olds = set(r.sample(sorted({"svc_review", "desk_training", "collect", "sec_stats", "pt", "drdrill", "csat_trend", "callbacks",
                                "yh", "ia", "awareness", "log_audit", "health", "forecast"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made

    # --- 制度: each 办法 has its issue date; the 汇编 of year Y reprints those issued before it,
    # the later ones (and a few the 汇编 left out) are filed one by one
    issued = {k: co.issued() for k in ZD if r.random() >= 0.06}
    hb = date(r.choice([2024, 2025]), 3, 1)
    in_book = [k for k in ZD if k in issued and issued[k] < hb and r.random() < 0.7]
    add(ZS + "XJ-HB-%d-001 信息技术中心运维管理制度汇编.pdf" % hb.year, zd_book(co, hb, in_book, r.random() < 0.88),
        meta_title=r.random() < 0.5)
    for k in sorted(set(issued) - set(in_book), key=lambda k: ZD_NO[k]):
        d = issued[k]
        fmt = "pdf" if r.random() < 0.35 else "docx"
        add(ZS + "%d年发布/%s %s.%s" % (d.year, zd_code(co, k, d), ZD[k][0], fmt), zd_doc(co, d, k), **(SCAN if fmt == "pdf" else {}))

    # --- 作业指导书: an 汇编 and single ones, and the 施工作业手册
    wk = list(WI)
    in_wb = sorted(r.sample(wk, r.randint(2, 3)), key=wk.index)
    add(ZY + "作业指导书汇编（%d版）.pdf" % co.issued().year, wi_book(co, co.issued(), in_wb))
    for i, k in enumerate(wk, 1):
        if k in in_wb or r.random() < 0.25:
            continue
        add(ZY + "%s/XJ-ZY-%s-%02d %s.docx" % (WI[k][1], WI[k][1], i, WI[k][0]), wi_doc(co, co.issued(), k, i))
    slot("manual", lambda d: ZY + "信息系统施工作业手册.docx", lambda d: construction_manual(co, d), "issued")

    # --- 运营分公司服务: onboarding documents keep their age, the rest are records
    d0 = co.issued()
    add(FW + "01 需求调研/运维服务需求调研报告.docx", demand(co, d0, r.random() < 0.9, r.random() < 0.85))
    slot("budget", lambda d: FW + "01 需求调研/%d年运维预算表.xlsx" % (d.year + 1), lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    add(FW + "01 需求调研/%s 运维服务对接会纪要（签字版）.pdf" % ymd(d), liaison(co, d), **SCAN)
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: FW + "01 需求调研/既有线运维数据回顾及保障策略.docx", lambda d: history(co, d, on), "issued")
    d = co.issued()
    add(FW + "02 协议/%s-XJ-%d-002 信息系统运维服务水平协议（盖章）.pdf" % (metro, d.year), sla(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.85), **SCAN)
    d = co.issued()
    add(FW + "02 协议/运维服务目录%d.xlsx" % d.year, catalog(co, d, r.random() < 0.85, r.random() < 0.85))
    for i in range(r.randint(1, 3)):
        slot("health", lambda d: FW + "03 健康检查/%d年/%s-JC-%d-%03d 设备健康检查报告.pdf" % (d.year, lno(co, i), d.year, 10 + i * 7 + d.month),
             lambda d: health_check(co, d, i), creator=SCAN["creator"])
    for d, h in [(date(2025, 6, 26), "上半年"), (date(2025, 12, 18), "下半年"), (date(2026, 6, 25), "上半年")]:
        if r.random() < 0.8:
            add(FW + "04 满意度/%d年%s满意度测评.%s" % (d.year, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("csat_trend", lambda d: FW + "04 满意度/满意度趋势分析%d.xlsx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: FW + "04 满意度/车站回访登记表%d.xlsx" % d.year, lambda d: callbacks(co, d))

    # --- 组织, 调度台
    d = co.issued()
    add(ZS + "组织机构/信息技术中心组织机构及岗位职责.docx", org(co, d, r.random() < 0.92))
    slot("staff", lambda d: ZS + "组织机构/运维人员名单及倒班安排%s.xlsx" % ymd(d), lambda d: roster(co, d, r.random() < 0.85), "issued")
    slot("interface", lambda d: ZS + "中心发文/XJ-FW-%d-%03d 关于明确网络安全工作接口人的通知.pdf" % (d.year, 20 + d.month), lambda d: interface(co, d), "issued")
    d = co.issued()
    add(ZS + "中心发文/XJ-FW-%d-%03d 关于设立生产调度台的通知.docx" % (d.year, 5 + d.month), desk(co, d))
    slot("desk_training", lambda d: YX + "%d年/培训/%s 生产调度台岗位培训记录.xlsx" % (d.year, ymd(d)), lambda d: desk_training(co, d))
    slot("ola", lambda d: ZS + "内部运营级别约定与第三方服务级别设计.docx", lambda d: ola(co, d, r.random() < 0.85), "issued")

    # --- 计划
    slot("kpis", lambda d: JH + "信息系统可用性指标清单.xlsx", lambda d: avail_kpis(co, d), "issued")
    slot("avail_plan", lambda d: JH + "%d年信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))
    d = date(2026, 1, 6)
    add(JH + "%d年信息设备维修计划.xlsx" % d.year, year_plan(co, d))
    for m in sorted(r.sample(range(7, 12), 2)):
        d = date(2026, m - 1, 22)
        add(JH + "月度施工计划/%d年%02d月信息专业施工计划.xlsx" % (2026, m), sg_plan(co, d))
    slot("reform", lambda d: JH + "%s-XX-%d-%03d %s改造实施方案.docx" % (lno(co, 0), d.year, 30 + d.month, co.sys(0)),
         lambda d: reform_plan(co, d, r.random() < 0.88, r.random() < 0.88), "issued")
    slot("pt_plan", lambda d: WA + "渗透测试/%d年渗透测试计划.docx" % d.year, lambda d: pt_plan(co, d))
    slot("dev_plan", lambda d: JH + "%d年运维工具开发计划.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("improve_plan", lambda d: ZL + "%d年运维服务改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.85, r.random() < 0.85))

    # --- 运行记录: per 工班 and month, the 调度台 log, 请销点, 台账
    specs = r.sample(["AFC", "综合监控", "通信与PIS", "数据中心"], 3)
    for j, sp in enumerate(specs):
        d = date(2026, 10 - 2 * j, 27)
        kinds = [k for k in ("maint", "insp", "virus", "fault", "upg") if r.random() < 0.75] or ["insp"]
        add(YX + "%d年/%02d月/%s-%s-%d-%03d %s工班运维记录.xlsx" % (d.year, d.month, lno(co, j), SPEC_CODE[sp], d.year, 30 + j, sp),
            gongban(co, d, kinds, r.random() < 0.6, sp))
    for m in sorted(r.sample(range(8, 12), 2)):
        d = date(2026, m, 28)
        add(YX + "%d年/%02d月/生产调度台倒班值班日志.xlsx" % (d.year, m), duty_log(co, d, r.random() < 0.8))
    for m in sorted(r.sample(range(6, 12), 2)):
        d = date(2026, m, 29)
        add(YX + "%d年/%02d月/施工作业请销点登记台账.xlsx" % (d.year, m), qxd_book(co, d, 10 * m))
    d = co.fresh()
    add(YX + "%d年/施工作业令/%s-SG-%d-%03d 施工作业令（签字）.pdf" % (d.year, lno(co, 1), d.year, 31), nar("sg_ling", "施工作业令", d, True, [
        (None, ["变更类别：B类（单站）；作业内容：AFC车站计算机补丁升级；审批：%s。" % co.p(2),
                "请点00:40，销点03:55，结果：完成，开站前测试正常。"], ["54/records"])], post=signed(co, d)), **SCAN)
    slot("asset", lambda d: YX + "台账/信息设备台账%s.xlsx" % ymd(d), lambda d: asset_book(co, d, r.random() < 0.75, r.random() < 0.8))
    slot("baseline", lambda d: YX + "台账/信息设备安全配置基线.xlsx", lambda d: baseline(co, d), "issued")
    slot("kb", lambda d: YX + "知识库/运维知识库条目清单%s.xlsx" % ymd(d), lambda d: kb(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: WA + "监测/安全信息采集记录%s.xlsx" % ymd(d), lambda d: collect(co, d, which))
    slot("avail_events", lambda d: YX + "%d年/可用性事件登记.xlsx" % d.year, lambda d: avail_events(co, d))
    slot("req", lambda d: JH + "新线项目/%s需求分析记录.docx" % co.sys(2), lambda d: req_record(co, d))
    slot("compat", lambda d: JH + "新线项目/国产化改造兼容性验证报告.pdf", lambda d: compat(co, d))

    # --- 运行分析
    for m in sorted(r.sample(range(5, 11), r.choice([2, 3]))):
        d = date(2026, m + 1, 8)
        add(YX + "运行分析/%d年%02d月信息系统运行分析.%s" % (2026, m, r.choice(["docx", "pdf"])), month_report(co, d, r.random() < 0.6, r.random() < 0.5))
    slot("svc_review", lambda d: YX + "运行分析/以往运维服务分析报告%d.docx" % d.year, lambda d: service_review(co, d, r.random() < 0.85))
    slot("forecast", lambda d: YX + "运行分析/%d年运维服务需求预测.docx" % (d.year + 1), lambda d: forecast(co, d))

    # --- 网络安全
    for i in range(r.randint(1, 2)):
        slot("log_audit", lambda d: WA + "日志审计/%d年%02d月日志审计分析报告-%d.%s" % (d.year, d.month, i + 1, r.choice(["docx", "pdf"])),
             lambda d: log_audit(co, d))
    slot("sec_stats", lambda d: WA + "事件统计/%d年上半年网络安全事件统计.xlsx" % d.year, lambda d: sec_stats(co, d, r.random() < 0.8))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month + i
        name = WA + "安全通告/%d年第%d期网络安全通告.%s" % (d.year, n, r.choice(["pdf", "docx"]))
        if name not in co.used:
            add(name, bulletin(co, d, n, r.random() < 0.7))
    slot("pt", lambda d: WA + "渗透测试/%s 乘客服务APP渗透测试报告.pdf" % ymd(d), lambda d: pt_report(co, d))
    slot("grading", lambda d: WA + "等级保护/%s定级报告.pdf" % co.sys(1), lambda d: grading(co, d), "issued")
    slot("grading_std", lambda d: WA + "等级保护/信息系统安全保护等级划分标准.docx", lambda d: grading_std(co, d), "issued")

    # --- 应急
    d = co.issued()
    add(YJ + "XJ-YA-%d-001 信息系统网络安全事件应急预案.pdf" % d.year, ya_plan(co, d, r.random() < 0.82))
    slot("recovery", lambda d: YJ + "XJ-YA-%d-002 信息系统灾备恢复预案.docx" % d.year, lambda d: recovery(co, d), "issued")
    slot("bcp", lambda d: YJ + "XJ-YA-%d-003 信息系统业务连续性计划.pdf" % d.year, lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: YJ + "演练记录/%s AFC灾备切换演练记录（签字）.pdf" % ymd(d), lambda d: drill(co, d, "dr"), creator=SCAN["creator"])
    if r.random() < 0.9:
        d = co.fresh()
        add(YJ + "演练记录/%s 网络安全应急演练记录.%s" % (ymd(d), r.choice(["docx", "pdf"])), drill(co, d, "em"))

    # --- 质量改进
    slot("kpi_check", lambda d: ZL + "监视测量/%d年第%d季度运维服务监视测量.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: kpi_check(co, d, r.random() < 0.82))
    slot("yh", lambda d: ZL + "隐患排查/%d年信息设备安全隐患排查整改报告.docx" % d.year, lambda d: yh_rectify(co, d, r.random() < 0.8))
    slot("improve_ledger", lambda d: ZL + "改进项目跟踪台账%s.xlsx" % ymd(d), lambda d: improve_ledger(co, d, r.random() < 0.8))
    mw = [w for w in ("prio", "desk", "defect") if r.random() < 0.85]
    slot("minutes", lambda d: ZL + "主任办公会/%s 主任办公会纪要.docx" % ymd(d), lambda d: directors_minutes(co, d, mw))
    slot("ia", lambda d: ZL + "内审/%d年内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = ["perf"] + [k for k in ("fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("mr", lambda d: ZL + "管理评审/%d年度管理评审报告.docx" % d.year, lambda d: mgmt_review(co, d, inputs))
    slot("awareness", lambda d: ZL + "培训/%s 服务改进意识培训记录.xlsx" % ymd(d), lambda d: awareness(co, d))
    # a weekly note kept as plain text by the 调度台: proves nothing
    d = co.fresh()
    add(YX + "%d年/调度台交班备忘%s.txt" % (d.year, ymd(d)), Doc("memo", "调度台交班备忘", d, [], True,
        [("title", "调度台交班备忘"), ("p", "夜班：%s请点作业3项均已销点，早班注意复核闸机状态。" % co.lines[0])]), encoding="gb18030")

    # --- the yearly 归档: last year's record kept under 归档/<年>/ with its folder; it belongs, but is stale
    for name, factory, when in list(made):
        if r.random() < 0.22:
            prev = date(when.year - 1, when.month, min(when.day, 28))
            rel = "归档/%d年/%s" % (prev.year, name(prev))
            if rel not in co.used:
                add(rel, factory(prev))

    decoys(co, lock_bytes, metro)


def decoys(co, lock_bytes, metro):
    r = co.rng
    ZS, ZY, FW, YX, YJ, ZL = "01 制度标准/", "02 作业指导/", "04 运营分公司服务/", "05 运行记录/", "07 应急管理/", "08 质量改进/"
    add = Share(co).add
    # 空白表 and templates
    add(YX + "表单/施工作业令（空白）.docx", blank_text("施工作业令", co.fresh(), ["作业令号", "作业内容", "请点时间", "销点时间", "防护措施"]))
    add(YX + "表单/工班运维记录（空白表）.xlsx", blank_sheet("工班运维记录", co.fresh(), ["日期", "车站/位置", "工作内容", "作业人"]))
    add(YX + "表单/倒班值班日志（模板）.xlsx", blank_sheet("倒班值班日志", co.fresh(), ["时间", "类型", "车站/系统", "内容", "处理人"]))
    add(FW + "02 协议/服务水平协议（范本）.docx", blank_text("信息系统运维服务水平协议（范本）", co.fresh(), ["服务范围", "保障方式", "服务指标", "签署"]))
    add(FW + "04 满意度/满意度测评问卷（空白）.docx", blank_text("运营分公司满意度测评问卷", co.fresh(), ["响应", "施工组织", "意见建议"]))
    add(YJ + "演练记录/应急演练记录表（空白）.docx", blank_text("应急演练记录表", co.fresh(), ["演练时间", "演练场景", "过程", "评估"]))
    # drafts
    d = co.fresh()
    add(YJ + "XJ-YA-%d-003 信息系统业务连续性计划（征求意见稿）.docx" % d.year, decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(FW + "02 协议/服务水平协议%d修订（草稿）.docx" % (d.year + 1), decoy(sla(co, d, True, True, True), "draft", mark="（草稿）"))
    d = co.fresh()
    add(ZL + "%d年运维服务改进计划（讨论稿）.docx" % (d.year + 1), decoy(improve_plan(co, d, True, True), "draft", mark="（讨论稿）"))
    # 作废
    d = date(2022, 3, 14)
    add(ZS + "作废/XJ-ZD-2022-005 信息系统问题管理办法（作废）.docx", decoy(zd_doc(co, d, "problem"), "obsolete", mark="（作废）"))
    d = date(2021, 11, 2)
    add(YJ + "作废/信息系统网络安全事件应急预案（2021版）作废.pdf", decoy(ya_plan(co, d, True), "obsolete", mark="（作废）"))
    # recycle bin copies
    d = co.fresh()
    add(".recycle/%s/生产调度台倒班值班日志.xlsx" % co.p(2), decoy(duty_log(co, d, True), "recycle bin"))
    d = co.fresh()
    add(".recycle/%s/网络安全应急演练记录%s.docx" % (co.p(4), ymd(d)), decoy(drill(co, d, "em"), "recycle bin"))
    # lock files: Office's owner files next to what the shift had open when the share was copied
    opened = sorted(rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith("."))
    for rel in r.sample(opened, 5):
        head, base = rel.rsplit("/", 1) if "/" in rel else ("", rel)
        lock = "~$" + (base[2:] if len(base) > 6 else base)
        co.raw((head + "/" if head else "") + lock, lock_bytes(r.choice([co.p(0), co.p(3)])), "Office lock file")
    # empty files with record names (a failed copy from the 调度台 PC)
    for rel in (YX + "2026年/11月/生产调度台倒班值班日志（调度台2）.xlsx", FW + "03 健康检查/2026年/设备健康检查报告-11月.pdf",
                ZL + "内审/2026年内部审核报告（新）.docx"):
        if rel not in co.used:
            co.raw(rel, b"", "empty file")
    # sign-in sheets about plans, a 目录 and a procedure citing others, a notice, a drill scheme
    for plan in ("信息系统网络安全事件应急预案", "信息系统施工作业及变更管理办法", "信息系统业务连续性计划"):
        if r.random() < 0.8:
            d = co.fresh()
            add(ZL + "培训/%s《%s》宣贯签到表.xlsx" % (ymd(d), plan), signin(co, d, plan))
    cites = [ZD[k][0] for k in ("fault", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    add(ZS + "中心发文/关于印发现行有效管理制度目录的通知.docx", zd_list(co, co.fresh(), cites))
    add(ZS + "XJ-ZD-2023-001 文件和记录管理办法.docx", doc_control(co, date(2023, 4, 3), cites))
    add(ZL + "管理评审/关于召开管理评审会议的通知.docx", mr_notice(co, co.fresh()))
    add(YJ + "%d年网络安全应急演练方案.docx" % co.fresh().year, drill_scheme(co, co.fresh()))
    # unrelated files
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, p = UNREL[i]
        d = co.fresh()
        add("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), Doc("unrelated", t, d, [], False, [("title", t), ("p", p)], decoy="unrelated"))
    add(ZY + "%s/%s站设备房钥匙交接说明.txt" % ("AFC", co.lines[0]), Doc("unrelated", "钥匙交接", co.fresh(), [], False,
        [("title", "设备房钥匙交接"), ("p", "设备房钥匙由车控室统一保管，借用登记。")], decoy="unrelated"), encoding="gb18030")
