# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_p.py - style P: the 信息技术部 of a mid-size securities company (证券公司).

A new author voice for the accuracy corpus, used only by the P shares, written blind (its author saw
neither the rule pack nor a score).  The 信息技术部 runs the company's 集中交易系统, 行情 and 两融
systems and, under an internal service agreement (内部IT服务协议), the trading and market-data
systems of the group's fund subsidiary (基金管理公司): that is why it applies for the CCRC
安全运维服务资质, and the fund subsidiary is the form's customer.  Its people write as a broker's IT
staff do under the 证监会's and the 证券期货业's rules: 制度 and 流程 numbered by the department's
document control (XTB-ZD-012, XTB-LC-004, XTB-ZY-003, XTB-YA-001) and approved by the 首席信息官
(CIO); an IT运维管理手册 whose chapters are several 办法; 开盘前检查 every trading day; 运维日报
mailed to the department and kept as plain-text mail exports; 生产事件 and 变更 登记台账; 同城/异地
灾备切换演练 and 行业应急演练; the 信息技术治理委员会's minutes; frequent English terms (DR, BCP, RTO/RPO,
change freeze / 封网, SLA, OLA, P1/P2, CMDB, KPI).  Folders by year and by 01-制度 / 02-流程 /
03-台账 / 04-报告, plus 子公司服务/<基金公司>/, 运维日报/<月>/, 治理委员会/.  Written from the form's
需提供证明材料, not from kinds*.py's rules or the rule pack.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when it is written; a sheet with no data rows counts for nothing.  build(co,
lock_bytes) lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the fund subsidiary's short name (folder), the document-control prefix, the mail domain
P_INFO = {
    "p1": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p2": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p3": ("海岱基金", "XJB", "hdsec.com"),
    "p4": ("鑫源基金", "XTB", "mnzq.com.cn"),
    "p5": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p6": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p7": ("海岱基金", "XJB", "hdsec.com"),
    "p8": ("鑫源基金", "XTB", "mnzq.com.cn"),
    "p9": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p10": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p11": ("鑫源基金", "XTB", "mnzq.com.cn"),
    "p12": ("海岱基金", "XJB", "hdsec.com"),
    "p13": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p14": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p15": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p16": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p17": ("鑫源基金", "XTB", "mnzq.com.cn"),
    "p18": ("海岱基金", "XJB", "hdsec.com"),
    "p19": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p20": ("鑫源基金", "XTB", "mnzq.com.cn"),
    "p21": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p22": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p23": ("海岱基金", "XJB", "hdsec.com"),
    "p24": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p25": ("海岱基金", "XJB", "hdsec.com"),
    "p26": ("鑫源基金", "XTB", "mnzq.com.cn"),
    "p27": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p28": ("鑫源基金", "XTB", "mnzq.com.cn"),
    "p29": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p30": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p31": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p32": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p33": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p34": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p35": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p36": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p37": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p38": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p39": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p40": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p41": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p42": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p43": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p44": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p45": ("海岱基金", "XJB", "hdsec.com"),
    "p46": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p47": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p48": ("海岱基金", "XJB", "hdsec.com"),
    "p49": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p50": ("鑫源基金", "XTB", "mnzq.com.cn"),
    "p51": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p52": ("鑫源基金", "XTB", "mnzq.com.cn"),
    "p53": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p54": ("鑫源基金", "XTB", "mnzq.com.cn"),
    "p55": ("鑫源基金", "XTB", "mnzq.com.cn"),
    "p56": ("海岱基金", "XJB", "hdsec.com"),
    "p57": ("海岱基金", "XJB", "hdsec.com"),
    "p58": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p59": ("华岳基金", "XTB", "hyzq.com.cn"),
    "p60": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
    "p61": ("海岱基金", "XJB", "hdsec.com"),
    "p62": ("江汉汇智基金", "ITD", "jhzq.com.cn"),
}


def code(co, kind, n):
    return "%s-%s-%03d" % (co.dc, kind, n)


def cn_num(n):
    """一 … 十九 for 章 and 条."""
    units = "一二三四五六七八九"
    if n < 10:
        return units[n - 1]
    return "十" + (units[n - 11] if n > 10 else "")


def ctl(co, d, no, ver):
    """The document-control table every 制度/流程 opens with: approved by the CIO."""
    return [("table", [["文件编号", no, "版本", ver],
                       ["起草", "%s（信息技术部）" % co.p(1), "审核", "%s（信息技术部总经理）" % co.p(0)],
                       ["批准", "%s（首席信息官）" % co.boss, "生效日期", iso(d + timedelta(days=10))],
                       ["密级", "内部", "发布范围", "信息技术部、%s" % co.customer]])]


# ------------------------------------------------------------------ 制度 (办法) and 流程 (细则)

# key -> (title, kind, number, items, sections)
P_RULES = {
    "incident": ("信息系统生产事件管理办法", "ZD", 12, ["49/incident-procedure"], [
        ("总则", ["为规范公司信息系统生产事件（Incident）的发现、报告、处置和关闭，尽快恢复集中交易等核心业务，依据《证券期货业信息系统运维管理规范》制定本办法。",
                "本办法适用于公司及按内部服务协议由信息技术部运维的子公司信息系统。"]),
        ("事件分级", ["生产事件按对交易、行情和客户的影响分为P1（交易中断或行情中断）、P2（部分功能不可用）、P3（单点故障、无业务影响）、P4（咨询类）四级。"]),
        ("发现与登记", ["监控值班员通过监控平台告警、开盘前检查、业务部门报障发现事件，5分钟内登记到生产事件登记台账并通知系统负责人。"]),
        ("处置与升级", ["P1事件立即电话报告部门总经理和首席信息官，30分钟内未恢复的启动应急预案；P2事件2小时内未恢复的升级处理。",
                      "处置中需要变更生产环境的，按紧急变更办理。"]),
        ("关闭与复盘", ["业务确认恢复后由值班经理关闭事件；P1、P2事件5个工作日内提交事件复盘报告（Post-mortem）。"]),
    ]),
    "request": ("IT服务请求管理流程", "LC", 3, ["49/request-procedure"], [
        ("适用范围", ["公司各部门及子公司通过IT服务台、OA流程提出的账号权限、数据提取、终端与软件安装、行情权限开通等服务请求。"]),
        ("提交与审批", ["请求人在OA提交IT服务请求单；涉及生产数据或交易权限的须经请求部门负责人和合规风控部审批。"]),
        ("受理与实施", ["服务台30分钟内受理并分派；一般请求2个工作日内完成，紧急请求当日完成。"]),
        ("关闭与统计", ["实施人填写处理结果，服务台回访请求人后关闭；每月统计请求量、及时率和满意度。"]),
    ]),
    "problem": ("信息系统问题管理办法", "ZD", 15, ["20/procedure", "37/procedure"], [
        ("目的", ["识别并消除生产事件的根本原因（Root Cause），防止同类事件重复发生。"]),
        ("问题的识别", ["P1、P2事件，一个季度内同一系统重复发生三次及以上的同类事件，以及趋势分析发现的隐患，由运维管理岗登记为问题。"]),
        ("根因分析与解决", ["问题负责人10个工作日内完成根因分析，给出临时规避措施（Workaround）和永久解决方案；需要变更的按《信息系统变更管理办法》提交变更。"]),
        ("已知错误与关闭", ["已找到根因但尚未解决的登记为已知错误并写入知识库；永久方案实施后观察一个月无复发的，经部门总经理审核关闭。"]),
    ]),
    "change": ("信息系统变更管理办法", "ZD", 16, ["54/procedure"], [
        ("变更分类", ["标准变更、一般变更、重大变更和紧急变更；对生产环境中的系统、网络、安全设备、参数和数据的任何修改均须走变更流程。"]),
        ("变更申请与评审", ["变更申请单须写明变更内容、影响分析、测试情况、实施步骤、回退方案（Rollback）和验证方法；重大变更提交变更评审会（CAB）评审，首席信息官批准。"]),
        ("变更窗口与封网", ["生产变更原则上在非交易时段实施；重大节假日、重要会议及监管要求期间实行封网（Change Freeze），封网期内仅允许紧急变更。"]),
        ("实施与验证", ["按批准的方案实施，双人操作复核；实施后进行功能验证和次日开盘前检查，失败立即回退。"]),
        ("记录", ["变更申请单、评审意见、实施记录和验证结果登记到变更登记台账，CMDB同步更新。"]),
    ]),
    "knowledge": ("运维知识库管理细则", "LC", 6, ["21/procedure"], [
        ("知识来源", ["事件处置经验、问题根因分析、变更实施总结、厂商技术资料和监管通报。"]),
        ("编写与审核", ["事件或问题关闭后3个工作日内由处理人提交知识条目，系统负责人审核后发布到运维知识库。"]),
        ("使用与维护", ["服务台和值班员处理事件时优先检索知识库；每半年清理一次过期条目。"]),
    ]),
    "slm": ("IT服务级别管理办法", "ZD", 18, ["39/slm-procedure"], [
        ("服务级别的制定", ["信息技术部与子公司签订内部IT服务协议（SLA），约定服务范围、服务时间、运维方式、可用率、响应和恢复时限以及报告方式。"]),
        ("内部支持协议", ["信息技术部各团队之间签订OLA，第三方厂商的维保合同服务条款应与SLA承诺一致。"]),
        ("监控与报告", ["每季度在运维报告中统计SLA达成情况，未达成的分析原因并提出改进措施。"]),
        ("评审", ["SLA每年评审一次，业务变化时及时修订。"]),
    ]),
    "secinc": ("网络与信息安全事件应急处置及报告办法", "ZD", 21,
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("事件分类", ["有害程序事件、网络攻击事件、信息破坏事件、信息内容安全事件、设备设施故障、灾害性事件；按影响分为特别重大、重大、较大、一般四级。"]),
        ("报告", ["发现人立即报告监控值班经理，值班经理15分钟内报告信息技术部总经理；较大及以上事件30分钟内报告首席信息官，并按《证券期货业网络和信息安全管理办法》向派出机构（证监局）报告。"]),
        ("处置", ["研判定级、隔离遏制、消除、恢复；涉及交易的由应急领导小组决定是否切换灾备。"]),
        ("应急响应", ["较大及以上事件启动《信息系统应急预案》，应急领导小组统一指挥，技术组、业务组、客服组协同。"]),
        ("事后处理", ["事件结束后5个工作日内提交书面报告，包括原因、影响、处置过程、责任认定和整改措施，整改纳入问题管理跟踪。"]),
    ]),
    "audit": ("信息技术内部审核管理办法", "ZD", 24, ["61/audit-system", "62/audit-mechanism"], [
        ("审核机制", ["信息技术运维管理体系每年至少进行一次内部审核，由信息技术部质量岗会同稽核审计部组织，内审员不审核本人工作。"]),
        ("审核实施", ["年度审核方案、审核计划、首次会议、现场审核、不符合项报告、末次会议。"]),
        ("整改与报告", ["不符合项责任人制定纠正措施，质量岗验证关闭；内审报告提交信息技术治理委员会。"]),
    ]),
    "monitor": ("信息系统运行监控与指标管理办法", "ZD", 25, ["61/monitoring-process", "62/monitoring-process"], [
        ("监控范围", ["集中交易、行情、两融、子公司投资交易等系统及网络、安全设备，7x24小时监控。"]),
        ("运行指标", ["系统可用率、交易时段中断时长、事件响应及时率、变更成功率、SLA达成率、用户满意度。"]),
        ("监视与评价", ["监控值班组每日出运维日报，质量岗每月统计指标，每季度形成运维报告；指标未达标的制定纠正措施，列入考核。"]),
    ]),
    "improve": ("IT服务持续改进管理办法", "ZD", 27, ["65/procedure"], [
        ("改进的识别", ["改进机会来自事件复盘、内审、监管检查、客户反馈、指标未达标和员工建议。"]),
        ("登记与评估", ["改进机会登记到改进项目跟踪表，按收益、风险、紧迫性和投入评分，由部门总经理批准立项。"]),
        ("实施与测量", ["改进项目设定可测量的目标和完成时间，实施后测量效果。"]),
        ("报告", ["改进进展每季度向信息技术治理委员会报告。"]),
    ]),
    "training": ("信息安全培训管理细则", "LC", 9, ["31/training-process"], [
        ("培训需求", ["每年初收集各团队和子公司的安全培训需求，结合监管要求制定年度培训计划。"]),
        ("培训实施", ["内部授课、厂商培训、钓鱼邮件演练；签到和考试记录归档。"]),
        ("效果评估", ["培训后评估，评估结果用于下年计划。"]),
    ]),
    "pentest": ("渗透测试管理细则", "LC", 11, ["31/pentest-process"], [
        ("授权", ["渗透测试前签署授权书，明确测试范围、时间窗口和禁止事项；交易时段禁止对生产交易系统测试。"]),
        ("实施", ["信息收集、漏洞探测、漏洞验证，禁止破坏性测试，全程留存日志。"]),
        ("报告与复测", ["测试结束5个工作日内提交报告，高危漏洞整改后复测。"]),
    ]),
}

# formal rules of the working vocabulary that prove none of the form's items
P_OTHER = {
    "room": ("数据中心机房管理办法", [("出入管理", ["外来人员进入机房须提前申请并由运维人员全程陪同。"]), ("环境", ["温度22±2℃，湿度40%-60%。"])]),
    "account": ("信息系统账号与口令管理细则", [("账号", ["一人一账号，离职当日注销。"]), ("口令", ["口令长度不少于10位，90天更换。"])]),
    "duty": ("运维值班管理细则", [("值班安排", ["交易日7:30-16:30双人值班，非交易时段远程值守。"]), ("交接", ["交接班当面交接，填写交接记录。"])]),
}


def rule_doc(co, d, key):
    title, kind, num, items, sections = P_RULES[key]
    ver = co.rng.choice(["V1.0", "V2.0", "V2.1", "V3.0"])
    b = [("p", "%s  信息技术部" % co.name), ("title", title)] + ctl(co, d, code(co, kind, num), ver)
    n = 0
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "第%s章 %s" % (cn_num(i), head)))
        for p in paras:
            n += 1
            b.append(("p", "第%s条 %s" % (cn_num(n), p)))
    b.append(("p", "第%s条 本%s自发布之日起施行，由信息技术部负责解释。" % (cn_num(n + 1), "办法" if kind == "ZD" else "流程")))
    return Doc("proc:" + key, title, d, items, False, b)


def other_doc(co, d, key, n):
    title, sections = P_OTHER[key]
    b = [("title", title)] + ctl(co, d, code(co, "ZD", 40 + n), "V1.0")
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "第%s章 %s" % ("一二三四"[i - 1], head)))
        b += [("p", p) for p in paras]
    return Doc("other_rule", title, d, [], False, b)


def handbook(co, d, keys, pdca):
    """IT运维管理手册: the management model as chapter 1 (optional), several 办法 as chapters."""
    t = "信息技术运维管理手册"
    b = [("p", co.name), ("title", t)] + ctl(co, d, code(co, "SC", 1), "V%d.0" % (d.year - 2021)) + [("h1", "目录"), ("p", "（略）")]
    items = []
    n = 0
    if pdca:
        n += 1
        b += [("h1", "第%d章 运维管理体系" % n),
              ("p", "信息技术部按PDCA组织运维管理：策划（Plan）——年度IT规划、服务目录和SLA；实施（Do）——按本手册各章的办法和作业指导书运维；"
                    "检查（Check）——运维日报、季度运维报告、内部审核和信息技术治理委员会评审；改进（Act）——事件复盘、纠正预防措施和改进项目跟踪。")]
        items.append("10/pdca")
    for k in keys:
        title, kind, num, its, sections = P_RULES[k]
        n += 1
        b.append(("h1", "第%d章 %s（%s）" % (n, title, code(co, kind, num))))
        for i, (head, paras) in enumerate(sections, 1):
            b.append(("h2", "%d.%d %s" % (n, i, head)))
            b += [("p", p) for p in paras]
        items += its
    return Doc("handbook", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 作业指导书

SOPS = {
    "preopen": ("集中交易系统开盘前检查", ["7:30前确认主机、数据库、交易网关进程状态正常。", "核对交易所参数、清算数据已导入，行情源接收正常。",
                                   "检查防火墙、IPS、网闸状态及告警。", "8:50前在运维日报群报告检查结论。"]),
    "dr": ("同城灾备切换操作", ["确认切换指令和审批。", "停止主中心交易网关，确认数据库日志已同步。", "激活同城灾备数据库并启动应用。",
                           "业务部门验证委托、成交回报；回切按逆序执行。"]),
    "fw": ("防火墙策略变更操作", ["核对已批准的变更单。", "备份当前策略配置。", "按申请添加策略，禁止any到any。", "连通性验证；失败时恢复备份配置。"]),
    "av": ("终端防病毒运维", ["每日检查病毒库版本和终端在线率。", "每周执行全盘查杀并导出报告。", "发现感染终端立即断网隔离并报告。"]),
    "backup": ("数据库备份与恢复验证", ["每日收盘后执行全量备份。", "检查备份作业日志。", "每月抽取一套备份到测试环境恢复验证。"]),
}


def sop(co, d, key, n):
    name, steps = SOPS[key]
    t = "%s作业指导书" % name
    b = [("title", t)] + ctl(co, d, code(co, "ZY", n), "V1.%d" % (n % 3)) + [("h1", "1 适用范围"), ("p", "适用于公司及%s相关系统的运维操作。" % co.customer),
                                                                             ("h1", "2 操作步骤")]
    b += [("p", "2.%d %s" % (i, s)) for i, s in enumerate(steps, 1)]
    b += [("h1", "3 注意事项"), ("p", "交易时段内禁止非紧急操作；操作须双人复核。")]
    return Doc("sop", t, d, ["11/manuals", "24/work-instructions"], False, b)


def sop_book(co, d, keys):
    t = "运维作业指导书汇编"
    b = [("title", t), ("p", "%s信息技术部  %s" % (co.name, cnd(d)))]
    for i, k in enumerate(keys, 1):
        name, steps = SOPS[k]
        b.append(("h1", "%d %s作业指导书（%s）" % (i, name, code(co, "ZY", i))))
        b += [("p", "%d.%d %s" % (i, j, s)) for j, s in enumerate(steps, 1)]
    return Doc("sop_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ 子公司服务 (the customer)

def survey(co, d, time_req, sec):
    parts = [("一、调研背景", "根据集团“一体化IT”规划，%s的%s等系统由信息技术部按内部服务协议运维，开展服务需求调研。" % (co.customer, co.sys(2)), [])]
    if time_req:
        parts.append(("二、服务时间需求", ["交易日7:30-16:00现场保障（含开盘前检查、盘中监控、收盘清算）；", "夜间批处理及估值时段20:00-24:00远程值守；",
                                     "非交易日系统升级窗口按封网安排另行约定。"], ["1/survey"]))
    if sec:
        parts.append(("三、信息安全服务需求和类型", ["安全设备运维、日志审计、漏洞扫描与通报、渗透测试、应急响应；", "满足证监会网络安全检查和等保三级测评要求。"], ["5/survey"]))
    parts.append(("四、调研方式", "访谈%s投资部、运营部、合规部，结合公司中长期IT规划。" % co.customer, []))
    return nar("survey", "%s IT服务需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    head = ["阶段/节点", "工作内容", "工作量（人天）", "人力配置", "费用（万元）", "计划完成"]
    rows = [["服务导入", "需求调研、系统交接", 30, "运维经理1、工程师2", 6.0, iso(d + timedelta(days=30))],
            ["日常运维", "开盘前检查、盘中监控、清算", 480, "工程师2、驻场外包1", 96.0, iso(d + timedelta(days=365))],
            ["安全服务", "漏洞扫描、渗透测试", 40, "安全工程师1", 12.0, iso(d + timedelta(days=300))],
            ["年度评审", "SLA评审", 5, "运维经理", 1.0, iso(d + timedelta(days=360))]]
    return book("budget", "%s年度IT运维服务预算" % co.customer, d, False, [("预算", head, rows, ["2/budget"])])


def kickoff(co, d, health):
    parts = [("会议信息", "时间：%s；参会：%s、%s（%s），%s、%s（信息技术部）。" % (cnd(d), co.cp(0), co.cp(1), co.customer, co.p(0), co.p(3)), []),
             ("议定事项", ["服务范围：%s、%s及其网络安全设备的运维和安全服务；" % (co.sys(2), co.sys(1)), "服务时间、服务方式按需求调研报告执行，SLA以内部IT服务协议为准；",
                         "双方接口人：%s（%s）、%s（信息技术部）。以上事项双方确认。" % (co.cp(0), co.customer, co.p(3))], ["3/communication"])]
    if health:
        parts.append(("健康检查安排", "双方约定：每月一次远程健康检查，每季度一次现场健康检查，检查内容为交易、行情系统及安全设备的可用性、容量和冗余，检查后出具报告。", ["15/agreement"]))
    return nar("communication", "%s IT服务对接会会议纪要" % co.customer, d, False, parts)


def history(co, d, on):
    parts = [("说明", "服务导入前，对%s近12个月的运行数据进行整理分析。" % co.customer, [])]
    if "list" in on:
        parts.append(("1 历史数据清单", ("table", [["数据", "来源", "期间", "数量"], ["生产事件", "原运维商工单", "近12个月", "136条"],
                                                ["变更记录", "OA变更流程", "近12个月", "214条"], ["监控告警", "监控平台", "近12个月", "9,870条"]]), ["4/history-list"]))
    if "analysis" in on:
        parts.append(("2 数据分析", ["指标完成：交易时段可用率99.96%，低于99.99%目标；", "违规操作：交易时段未审批变更2次；",
                                  "重大事件：P1事件1起（行情中断18分钟）；", "失败变更：3次，均因未充分测试回退。"], ["4/analysis"]))
    if "strategy" in on:
        parts.append(("3 运维策略与实施方案", ["严格执行交易时段封网（第1个月起）；", "变更前测试环境验证（第1个月起）；", "行情双源接入（第3个月完成）。"], ["4/strategy"]))
    return nar("history", "%s历史运行数据分析及运维策略" % co.customer, d, False, parts)


def sla(co, d, ways, core, health):
    parts = [("1 服务范围", "%s：%s。" % (co.customer, "、".join(co.systems[1:])), [])]
    if ways:
        parts.append(("2 运维方式", "驻场值守（交易日1人）、定期巡检（每日开盘前检查、每周巡检）、远程值守（夜间及非交易日）。", ["35/sla"]))
    if core:
        parts.append(("3 服务级别", ("table", [["指标", "承诺"], ["交易时段系统可用率", "≥99.99%"], ["P1事件响应", "5分钟"], ["P1事件恢复", "30分钟"],
                                            ["RTO（同城灾备）", "30分钟"], ["RPO", "0"]]), ["36/sla"]))
    if health:
        parts.append(("4 健康检查", "每月远程、每季度现场健康检查，内容为系统和安全设备的可用性、容量、冗余，出具健康检查报告。", ["15/agreement"]))
    parts.append(("签署", "甲方：%s  乙方：%s（信息技术部）  签署日期：%s" % (co.customer, co.name, cnd(d)), ["39/sla"]))
    return nar("sla", "内部IT服务协议（SLA）", d, False, parts)


def requirements(co, d):
    parts = [("背景", "%s新建%s二期的需求分析。" % (co.customer, co.sys(2)), []),
             ("需求", ["功能：指令管理、风控前置；", "性能：委托处理≥3000笔/秒，时延<5ms；", "安全：等保三级，交易指令防篡改、操作留痕。"], ["11/requirements"]),
             ("确认", "需求确认：%s（%s），%s。" % (co.cp(1), co.customer, iso(d)), [])]
    return nar("requirements", "%s二期需求分析说明书" % co.sys(2), d, True, parts)


def health(co, d):
    parts = [("检查方式与范围", "现场检查；%s及交易网络、防火墙、IPS。" % "、".join(co.systems), []),
             ("检查结果", ("table", [["对象", "可用性", "容量/冗余", "结论"], [co.sys(0), "运行正常", "CPU峰值55%，双机热备正常", "正常"],
                                  ["交易区防火墙", "运行正常", "会话数42%，HA正常", "正常"], [co.sys(2), "运行正常", "表空间81%", "建议扩容"]]),
              ["15/records", "46/records", "44/inspection"])]
    return nar("health", "%s季度健康检查报告（%d年Q%d）" % (co.customer, d.year, (d.month - 1) // 3 + 1), d, True, parts)


def csat(co, d, half):
    parts = [("调查概况", "面向%s投资、交易、运营、合规部门发放问卷12份，回收12份。" % co.customer, []),
             ("结果与分析", ("table", [["维度", "得分"], ["响应及时", 94], ["问题解决", 92], ["沟通", 96], ["总体满意度", 94]]), ["41/surveys", "58/survey", "63/survey"]),
             ("意见", "希望行情权限开通更快。", [])]
    return nar("csat", "%d年%s IT服务满意度调查报告" % (d.year, half), d, True, parts)


def csat_trend(co, d):
    parts = [("趋势", ("table", [["期间", "总体满意度"], ["2024H2", 90], ["2025H1", 92], ["2025H2", 93], ["2026H1", 94]]), ["41/trend"]),
             ("分析", "满意度连续提升；“问题解决”得分最低，列入改进。", [])]
    return nar("csat_trend", "IT服务满意度趋势分析（%d）" % d.year, d, True, parts)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=20 * i)), co.cp(i), ["电话回访", "现场回访", "邮件"][i % 3], ["满意", "行情延迟问题已解决", "满意", "建议增加周报"][i % 4], co.p(3)] for i in range(5)]
    return book("callbacks", "子公司服务回访记录", d, True, [("回访记录", ["日期", "回访对象", "方式", "反馈", "回访人"], rows, ["63/follow-up-visits"])])


def confirm(co, d):
    parts = [(None, ["%d年%d月%s驻场工程师%s按协议提供驻场服务21个交易日，服务符合要求。" % (d.year, d.month, co.vendor, co.vp(0)), "确认人：%s" % co.cp(0)], [])]
    return decoy(nar("confirm", "驻场服务月度确认单", d, True, parts), "mentions on-site staff, is no staff list")


def catalog(co, d, levels):
    rows = [["初始化服务", "系统交接、资产识别"], ["安全设备运维", "防火墙、IPS、网闸、WAF"], ["日常巡检", "开盘前检查、每周巡检"], ["健康检查", "月度/季度"],
            ["安全事件审计", "日志审计月报"]]
    its = ["12/catalog", "29/catalog"]
    if "l2" in levels:
        rows += [["运维监控与分析", "7x24监控、季度分析"], ["终端安全监控", "EDR、防病毒"], ["等保合规运维", "测评配合、整改"]]
        its.append("19/catalog")
    if "l1" in levels:
        rows += [["安全通告及漏洞分析", "监管及厂商通告、漏洞预警"], ["应急响应", "7x24，P1 5分钟响应"]]
        its.append("26/catalog")
    return book("catalog", "IT服务目录（%d版）" % d.year, d, False, [("服务目录", ["服务项", "说明"], rows, its)])


# ------------------------------------------------------------------ organisation

def org(co, d, roles):
    parts = [("治理架构", ["信息技术治理委员会：主任%s（总经理），副主任%s（首席信息官）；" % (co.cp(3), co.boss),
                       "网络与信息安全领导小组：组长%s（首席信息官），成员%s、%s；" % (co.boss, co.p(0), co.p(4)),
                       "信息技术部下设系统运维组（%s）、网络安全组（%s）、监控值班组（%s）、IT服务台（%s）。" % (co.p(1), co.p(4), co.p(2), co.p(5))],
              ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("运维角色", ("table", [["角色", "职责", "所在组"], ["值班经理", "事件升级与协调", "监控值班组"], ["系统管理员", "主机、数据库运维", "系统运维组"],
                                          ["安全管理员", "安全设备、漏洞、审计", "网络安全组"], ["变更经理", "变更评审与封网管理", "系统运维组"], ["服务台", "受理与回访", "IT服务台"]]),
                      ["18/roles", "23/roles"]))
    return nar("org", "信息技术组织架构及岗位职责（%d）" % d.year, d, False, parts)


def staff(co, d, outs):
    head = ["姓名", "组别", "岗位", "人员类型"]
    rows = [[co.p(i), ["系统运维组", "系统运维组", "监控值班组", "网络安全组", "网络安全组", "IT服务台"][i],
             ["运维经理", "系统管理员", "值班经理", "安全管理员", "安全工程师", "服务台"][i], "正式员工"] for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[co.vp(i), "监控值班组（驻场）", "运维工程师", "外包（%s）" % co.vendor] for i in range(2)]
        its.append("9/outsourcing")
    return book("staff", "信息技术部运维人员清单", d, False, [("人员", head, rows, its)])


def interface(co, d):
    parts = [(None, ["根据监管要求，公司确定网络安全工作联络人：%s（网络安全组），负责与证监局、%s及行业机构的网络安全工作对接；%s为B角。" % (co.p(4), co.customer, co.p(5)),
                     "联络人变更时5个工作日内报备。"], ["28/interface-person"])]
    return nar("interface", "关于明确网络安全工作联络人的通知", d, False, parts, [("p", "%s信息技术部" % co.name)])


def desk(co, d):
    parts = [(None, ["为统一受理IT报障和服务请求，信息技术部设立IT服务台（热线及OA服务入口），交易日7:00-17:00现场值守，其他时间转监控值班。",
                     "服务台负责人：%s。子公司报障同样由服务台受理。" % co.p(5)], ["48/service-desk"])]
    return nar("desk", "关于设立IT服务台的通知", d, False, parts, [("p", "%s信息技术部" % co.name)])


def desk_training(co, d):
    rows = [["IT服务台岗位培训记录"], ["培训内容", "受理规范、事件分级（P1-P4）、升级路径、回访话术"], ["日期", cnd(d)], ["讲师", co.p(2)], ["姓名", "签名", "考核"]]
    rows += [[co.p(i), co.p(i), "通过"] for i in range(5)]
    return Doc("desk_training", "IT服务台岗位培训记录", d, ["48/training"], True, sheets=[("培训", rows)])


def ola(co, d, sld):
    parts = [("OLA", ["系统运维组对监控值班组：数据库故障15分钟到场；", "网络安全组对系统运维组：防火墙策略变更1个工作日内完成。"], ["8/ola"])]
    if sld:
        parts.append(("第三方服务级别", ["%s：交易日7x24，P1 15分钟响应、2小时到场，与SLA的30分钟恢复目标配合（备机切换）；" % co.vendor,
                                      "行情线路运营商：可用率99.99%。"], ["8/sld"]))
    return nar("ola", "OLA及第三方服务级别设计", d, False, parts)


# ------------------------------------------------------------------ 运行: 日报, 台账, 报告

def kpi_list(co, d):
    rows = [["整体", "交易时段核心系统可用率", "99.99%", "月"], ["整体", "网络可用率", "99.95%", "月"]]
    rows += [[s, "单系统可用率", "99.9%", "月"] for s in co.systems]
    return book("kpi_list", "信息系统可用性指标清单", d, False, [("指标", ["范围", "指标", "目标", "周期"], rows, ["6/availability-kpis"])])


def avail_plan(co, d):
    parts = [("目标", "%d年交易时段核心系统可用率不低于99.99%%。" % d.year, []),
             ("措施", ["%s主备双活、同城灾备热备；" % co.sys(0), "行情双源接入；", "重要时点（年报、两会）封网及加强值守；", "每季度容量评估。"],
              ["22/plan", "18/availability-plan"])]
    return nar("avail_plan", "%d年信息系统可用性保障计划" % d.year, d, False, parts)


def daily(co, d, resp):
    """运维日报, mailed and kept as a plain-text export: 开盘前检查, 盘中监控 and 事件 in one report."""
    pre = [("p", "发件人: 监控值班组 <itops@%s>" % co.mail), ("p", "收件人: 信息技术部全体 <itd@%s>" % co.mail),
           ("p", "日期: %s 16:40" % iso(d)), ("p", "主题: 【运维日报】%s" % iso(d))]
    parts = [("一、开盘前检查（7:30-9:00）", ["%s、%s、%s进程及参数检查正常；" % tuple(co.systems), "交易区防火墙、IPS、网闸状态正常，无高危告警；",
                                       "检查人：%s，9:05报告完成。" % co.p(2)], ["44/inspection", "45/monitoring"])]
    ev = ["10:12 %s 响应延迟告警（P3），10:20恢复，原因：上游行情源抖动；" % co.sys(1), "13:41 %s 部分用户登录失败（P2），13:58恢复。" % co.sys(2)]
    if resp:
        ev.append("响应情况：P2响应4分钟（要求≤15分钟），P3响应6分钟（要求≤30分钟），均达标。")
    parts.append(("二、盘中事件", ev, ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if resp else [])))
    parts.append(("三、变更与其他", "今日无生产变更；明日例行巡检。", []))
    parts.append((None, "--\n%s 监控值班组" % co.name, []))
    return nar("daily", "运维日报 %s" % iso(d), d, True, parts, pre)


def event_book(co, d, resp):
    head = ["事件编号", "发生时间", "系统", "级别", "现象", "处理", "恢复时间", "处理人"] + (["响应(分钟)", "SLA要求"] if resp else [])
    rows = []
    for i in range(8):
        t = d - timedelta(days=6 * i + 2)
        r = ["INC-%s-%02d" % (ymd(t), i + 1), "%s 1%d:%d5" % (iso(t), i % 5, i % 6), co.sys(i), ["P3", "P2", "P3", "P4", "P2", "P3", "P1", "P3"][i],
             ["告警", "终端登录失败", "延迟", "咨询", "委托超时", "磁盘告警", "行情中断", "证书告警"][i], "已处理", "%s 1%d:5%d" % (iso(t), i % 5, i % 9), co.p(i % 4)]
        if resp:
            r += [2 + i % 6, ["≤30", "≤15", "≤30", "≤60", "≤15", "≤30", "≤5", "≤30"][i]]
        rows.append(r)
    its = ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if resp else [])
    return book("event_book", "生产事件登记台账（%d）" % d.year, d, True, [("事件", head, rows, its)])


def postmortem(co, d, defects):
    parts = [("事件概述", "%s %s 盘中中断12分钟（P1），影响委托下单。" % (cnd(d), co.sys(0)), []),
             ("时间线", ["10:31 监控告警；10:32 值班经理升级P1；10:36 定位为交易网关主机网卡故障；10:43 切换备机恢复。"], ["22/events", "18/availability-events", "43/process-records"]),
             ("根因", "网卡驱动缺陷导致链路中断，主备切换脚本未自动触发。", [])]
    if defects:
        parts.append(("同期不良情况分析及改进计划", ["本季度P1事件1起、失败变更2次、SLA未达标1个月（%s可用率99.97%%）；" % co.sys(1),
                                             "改进：网卡驱动统一升级（%s，下月）；变更前增加演练环节（%s）；主备切换自动化（%s）。" % (co.p(1), co.p(0), co.p(3))], ["70/defect-analysis"]))
    parts.append(("Action Items", "升级驱动、修复切换脚本、纳入问题管理。", []))
    return nar("postmortem", "%s生产事件复盘报告" % co.sys(0), d, True, parts)


def quarterly(co, d, trend, kpis):
    q = (d.month - 1) // 3 or 4
    y = d.year if d.month > 3 else d.year - 1
    rows = [[s, "99.9%", "%.3f%%" % (99.95 + co.rng.random() * 0.049)] for s in co.systems]
    parts = [("一、可用性", ("table", [["系统", "目标", "本季度可用率"]] + rows), ["22/report", "18/availability-report"]),
             ("二、事件与变更", "本季度生产事件41起（P1 0起、P2 3起），变更96次，成功率99%。", [])]
    if trend:
        parts.append(("三、监控数据趋势", ["交易日峰值委托量环比+12%，CPU峰值由48%升至55%；", "告警量连续三个季度下降（1,920→1,610→1,380）；", "P2事件平均恢复时长由52分钟降至37分钟。"],
                      ["50/monitoring-report"]))
    if kpis:
        parts.append(("四、运维数据统计", ("table", [["KPI", "本季度"], ["告警及时上报率", "99%"], ["告警漏报率", "0.5%"], ["运维作业计划按时完成率", "98%"], ["隐患发现率", "87%"],
                                              ["故障主动发现占比", "91%"], ["问题关闭率", "93%"], ["漏洞扫描覆盖率", "100%"], ["安全加固覆盖率", "96%"],
                                              ["补丁及时安装率", "94%"], ["安全事件数", "3"]]), ["56/data"]))
    return nar("quarterly", "%d年第%d季度IT运维报告" % (y, q), d, True, parts)


def automation(co, d, auto):
    parts = [("以往服务回顾", "近一年事件520起、请求3,100单、变更380次。", []),
             ("对生产的影响分析", ["重启类处置平均中断4分钟；人工开盘前检查耗时90分钟/日；手工封堵恶意IP平均延迟25分钟。"], ["7/impact-analysis"])]
    if auto:
        parts.append(("可自动化服务", ["开盘前检查自动化（脚本+看板）、恶意IP自动封堵、日报自动生成，预计节省人力35%。"], ["7/automation"]))
    return nar("automation", "运维服务回顾及自动化分析报告", d, True, parts)


def summary(co, d, forecast):
    parts = [("年度工作回顾", "全年交易时段核心系统可用率99.995%，无P1级监管报告事件。", [])]
    if forecast:
        parts.append(("%d年服务预测" % (d.year + 1), ["根据日志、变更、事件、请求和问题数据汇总：请求年增18%、变更年增10%、事件年降8%；",
                                                "预计子公司新增两个系统上线，监控告警量增长30%，需增配值班1人。"], ["71/forecast"]))
    parts.append(("明年重点", "两地三中心建设、开盘前检查自动化。", []))
    return nar("summary", "信息技术部%d年度运维工作总结" % d.year, d, True, parts)


def change_book(co, d):
    rows = [["CHG-%s-%02d" % (ymd(d - timedelta(days=4 * i)), i + 1), ["一般", "标准", "重大", "紧急"][i % 4], co.sys(i), "版本升级/参数调整", "回退至原版本",
             ["成功", "成功", "回退", "成功"][i % 4], co.p(i), iso(d - timedelta(days=4 * i))] for i in range(9)]
    return book("change_book", "变更登记台账（%d）" % d.year, d, True,
                [("变更", ["变更单号", "类型", "系统", "内容", "回退方案", "结果", "实施人", "日期"], rows, ["54/records", "43/process-records"])])


def upgrade(co, d):
    parts = [("变更内容", "%s数据库版本升级。" % co.sys(0), []),
             ("测试计划", ["仿真环境全量回归、全市场压力测试、同城灾备切换验证。"], ["25/test-plan"]),
             ("回退方案", ["保留原版本实例及收盘全量备份，验证失败30分钟内回退。"], ["25/rollback", "11/rollback"])]
    return nar("upgrade", "%s升级实施方案" % co.sys(0), d, False, parts)


def baseline(co, d):
    rows = [["Linux", "禁止root远程登录", "PermitRootLogin no"], ["Oracle", "审计开启", "audit_trail=DB"], ["交换机", "关闭Telnet", "仅SSH"], ["Windows", "口令长度", "≥10位"]]
    return book("baseline", "安全配置基线（%d）" % d.year, d, False, [("基线", ["对象", "检查项", "要求"], rows, ["25/baseline"])])


def compat(co, d):
    parts = [("背景", "交易主机操作系统信创替换。", []),
             ("兼容性验证", ["网络兼容：万兆网卡、组播行情接收通过；", "系统兼容：时钟同步、内核参数通过；", "应用兼容：%s全功能回归通过。" % co.sys(0)], ["11/compatibility"])]
    return nar("compat", "信创替换兼容性验证报告", d, True, parts)


def cmdb(co, d, rel):
    head = ["CI编号", "名称", "类别", "型号/版本", "功能", "位置", "端口", "部署", "重要性", "机密性", "完整性", "可用性", "负责人"]
    rows = [["CI-%04d" % (201 + i), n, t, m, f, loc, p, dep, lv, c, g, a, co.p(i)] for i, (n, t, m, f, loc, p, dep, lv, c, g, a) in enumerate([
        ("交易区防火墙", "安全设备", "NGFW-6000", "交易网边界", "主数据中心A03", "Gi1/0/1", "HA", "核心", "高", "高", "高"),
        ("IPS", "安全设备", "IPS-3600", "入侵防御", "主数据中心A03", "Gi1/0/5", "串接", "重要", "中", "高", "高"),
        (co.sys(0), "应用系统", "V8.2", "经纪业务交易", "主数据中心B01", "9001", "主备+同城", "核心", "高", "高", "高"),
        (co.sys(1), "应用系统", "V3.5", "行情接收转发", "主数据中心B02", "组播", "双活", "核心", "中", "高", "高"),
        (co.sys(2), "应用系统", "V5.0", "子公司投资交易", "主数据中心B03", "8443", "主备", "重要", "高", "高", "高")])]
    sheets = [("配置项", head, rows, ["13/asset-list", "43/asset-list", "27/cmdb"]),
              ("CMDB管理要求", ["项目", "控制"], [["机密性", "CMDB仅运维人员可访问，IP及账号信息脱敏导出"], ["完整性", "修改须关联变更单，操作日志留存"], ["可用性", "每日备份，异地保存"]], [])]
    if rel:
        sheets.append(("关联关系", ["CI", "关系", "关联CI"], [["交易区防火墙", "保护", co.sys(0)], [co.sys(0), "依赖", "Oracle数据库集群"], [co.sys(1), "上游", co.sys(0)]],
                       ["38/cmdb-relations"]))
    return book("cmdb", "CMDB配置项清单", d, True, sheets)


def ci_changes(co, d):
    rows = [[iso(d - timedelta(days=9 * i)), "CI-%04d" % (201 + i % 5), ["版本", "IP", "负责人", "端口"][i % 4], "CHG-%s-%02d" % (ymd(d - timedelta(days=9 * i)), 1), co.p(i)] for i in range(6)]
    return book("ci_changes", "CMDB配置项变更记录", d, True, [("变更记录", ["日期", "CI编号", "变更字段", "关联变更单", "操作人"], rows, ["43/ci-updates"])])


def kb(co, d):
    rows = [["KB-%04d" % (30 + i), t, co.p(i), iso(d - timedelta(days=21 * i))] for i, t in enumerate(
        ["行情源切换操作", "交易网关连接数满处理", "清算文件导入失败排查", "防火墙HA切换", "证书更新步骤", "估值批处理超时"])]
    return book("kb", "运维知识库目录", d, True, [("知识库", ["编号", "标题", "作者", "发布日期"], rows, ["21/knowledge-base"])])


def device_book(co, d, kinds, hw):
    """安全设备运维台账: one workbook, one sheet per record kind."""
    names = {"maint": ("日常维护", ["14/maintenance", "44/maintenance"]), "insp": ("巡检", ["44/inspection", "45/monitoring"]),
             "virus": ("病毒查杀", ["44/virus-scan", "45/antivirus"]), "fault": ("故障处理", ["44/faults"]), "upgrade": ("升级更新", ["44/upgrades"])}
    what = {"maint": "配置备份、日志清理", "insp": "状态检查正常", "virus": "病毒库更新并全盘查杀，无感染", "fault": "告警排查处理", "upgrade": "特征库/版本升级"}
    sheets = []
    for i, k in enumerate(("maint", "insp", "virus", "fault", "upgrade")):
        rows = []
        if k in kinds:
            devs = ["防病毒服务器", "交易区终端", "办公区终端"] if k == "virus" else ["交易区防火墙", "IPS", "WAF"]
            rows = [[iso(d - timedelta(days=8 * i + 5 * j)), devs[j], what[k], co.p(3 + j % 3)] for j in range(3)]
        sheets.append((names[k][0], ["日期", "设备", "工作内容", "执行人"], rows, names[k][1]))
    sheets.append(("硬件故障统计", ["设备", "部件", "次数", "处理"], [["交易区防火墙", "电源", 1, "厂商更换"], ["IPS", "风扇", 2, "更换"]] if hw else [], ["14/hardware-faults"]))
    return book("device_book", "安全设备运维台账（%d）" % d.year, d, True, sheets)


def preopen(co, d):
    rows = [[iso(d - timedelta(days=i)), "正常", "正常", "正常", "正常", co.p(2 + i % 2)] for i in range(1, 8) if (d - timedelta(days=i)).weekday() < 5]
    return book("preopen", "开盘前检查记录表（%d年%d月）" % (d.year, d.month), d, True,
                [("检查记录", ["交易日", "交易主机及数据库", "行情接收", "交易所链路", "防火墙/IPS状态", "检查人"], rows, ["44/inspection", "45/monitoring"])])


def collect(co, d, which):
    sheets = []
    if "config" in which:
        sheets.append(("配置采集", ["设备", "采集项", "值", "采集时间"], [["交易区防火墙", "策略数", 412, iso(d)], ["核心交换机", "VLAN数", 36, iso(d)]], ["16/config"]))
    if "traffic" in which:
        sheets.append(("流量采集", ["链路", "峰值入", "峰值出", "日期"], [["上交所专线", "120Mbps", "95Mbps", iso(d)], ["互联网出口", "1.2Gbps", "0.4Gbps", iso(d)]], ["16/traffic"]))
    if "status" in which:
        sheets.append(("状态采集", ["设备/系统", "CPU", "内存", "状态"], [[co.sys(0), "41%", "63%", "主用"], ["IPS", "30%", "48%", "正常"]], ["16/status"]))
    return book("collect", "监控平台安全信息采集报表", d, True, sheets)


# ------------------------------------------------------------------ 网络安全

def log_audit(co, d):
    parts = [("审计范围", "防火墙、IPS、交换机日志，主机及操作系统日志，数据库审计和%s应用日志。" % co.sys(0), []),
             ("分析结论", ["异常登录12次，核实为运维人员夜间变更；", "外部扫描2,300次，已封禁源地址；", "数据库高危操作1次，有变更单。"], ["17/log-analysis", "45/audit-report", "47/audit"])]
    return nar("log_audit", "安全日志审计月报（%d年%d月）" % (d.year, d.month), d, True, parts)


def sec_stats(co, d, analysis):
    q = (d.month - 1) // 3 + 1
    parts = [("事件统计", ("table", [["类别", "数量", "较大及以上"], ["网络攻击", 26, 0], ["有害程序", 3, 0], ["钓鱼邮件", 11, 0]]), ["18/incident-stats"])]
    if analysis:
        parts.append(("分析", ["钓鱼邮件集中在年报季，已组织演练；", "有害程序均为办公终端，已隔离清除。"], ["18/incident-analysis"]))
    return nar("sec_stats", "%d年Q%d信息安全事件统计分析" % (d.year, q), d, True, parts)


def bulletin(co, d, n, full):
    parts = [("一、漏洞通告", "CVE-2026-%04d（中间件反序列化）影响%s，已完成排查与补丁。" % (co.rng.randint(1000, 9999), co.sys(2)), ["52/vulnerability", "53/bulletin"]),
             ("二、病毒通告", "金融行业出现仿冒行情软件木马，防病毒特征已更新。", ["52/virus"])]
    if full:
        parts += [("三、监管与行业动态", "证监会发布网络安全相关规定修订；行业协会通报证券公司数据泄露事件1起；厂商安全公告3条。", ["52/policy"]),
                  ("四、分析与要求", "漏洞已有在野利用，子公司须同步完成排查。", ["52/analysis"])]
    return nar("bulletin", "网络安全通报（%d年第%d期）" % (d.year, n), d, True, parts)


def pentest_plan(co, d):
    parts = [("年度计划", ["Q2：%s；Q3：%s；Q4：网上交易及APP。" % (co.sys(2), co.sys(0)), "均在非交易日实施。"], ["31/pentest-plan", "32/pentest-plan"])]
    return nar("pentest_plan", "%d年渗透测试计划" % d.year, d, False, parts)


def pentest_report(co, d):
    parts = [("测试信息", "范围：%s；时间：%s至%s；测试人：%s、%s（%s）。" % (co.sys(2), iso(d - timedelta(days=3)), iso(d), co.p(4), co.vp(1), co.vendor), []),
             ("发现", ("table", [["编号", "漏洞", "等级", "状态"], ["1", "水平越权", "高", "已修复复测"], ["2", "敏感信息泄露", "中", "已修复"]]), ["31/pentest-records", "32/pentest-records"])]
    return nar("pentest", "%s渗透测试报告" % co.sys(2), d, True, parts)


def dev_plan(co, d):
    parts = [("开发计划", ("table", [["工具", "用途", "负责人", "完成时间"], ["开盘前自动巡检", "替代人工检查", co.p(2), "%d-03" % (d.year + 1)],
                                  ["威胁IP自动封禁", "SOC联动防火墙", co.p(4), "%d-06" % (d.year + 1)]]), ["33/dev-plan"])]
    return nar("dev_plan", "%d年运维及安全工具开发计划" % (d.year + 1), d, False, parts)


def grading(co, d):
    parts = [("定级对象", co.sys(0), []), ("定级结果", "业务信息安全保护等级第三级，系统服务安全保护等级第三级，定为第三级，已向公安机关备案。", ["51/grading"])]
    return nar("grading", "%s等级保护定级报告" % co.sys(0), d, False, parts)


def grading_criteria(co, d):
    parts = [("分类分级标准", ["按JR/T 0060及GB/T 22240，交易、行情、清算类核心系统不低于第三级；", "办公类系统按受侵害客体和程度定为第二级。"], ["51/grading-criteria"])]
    return nar("grading_criteria", "信息系统分类分级及等级保护定级标准", d, False, parts, ctl(co, d, code(co, "ZD", 30), "V1.0"))


def emergency_plan(co, d, recovery):
    parts = [("总则", "依据《证券期货业网络和信息安全管理办法》，适用于公司及子公司信息系统突发事件。", []),
             ("组织", "应急领导小组（组长首席信息官）、技术处置组、业务协调组、客服组。", []),
             ("响应", ["事件分级、启动条件、响应流程、信息报送（证监局、交易所）。", "交易时段P1事件15分钟内决策是否切换灾备。"], ["36/emergency-plan", "53/emergency-plan"])]
    if recovery:
        parts.append(("恢复策略", ["RTO 30分钟、RPO 0；主机故障切备机，机房故障切同城灾备，区域灾难切异地灾备。"], ["36/recovery-plan", "55/plan"]))
    return nar("emergency_plan", "信息系统应急预案", d, False, parts, ctl(co, d, code(co, "YA", 1), "V4.0"))


def dr_plan(co, d):
    parts = [("范围", "、".join(co.systems), []), ("DR恢复步骤", ["同城灾备：数据库同步复制，30分钟切换；", "异地灾备：异步复制，RTO 4小时，按《同城灾备切换操作作业指导书》执行。"],
                                                    ["36/recovery-plan"])]
    return nar("dr_plan", "灾难恢复预案（DR Plan）", d, False, parts, ctl(co, d, code(co, "YA", 2), "V2.0"))


def bcp(co, d):
    parts = [("业务影响分析", "%s最大可容忍中断30分钟；%s 15分钟。" % (co.sys(0), co.sys(1)), []),
             ("连续性策略", ["两地三中心；关键岗位AB角；重要时点封网；供应商驻场备件。"], ["42/bcp"])]
    return nar("bcp", "业务连续性计划（BCP）", d, False, parts, ctl(co, d, code(co, "YA", 3), "V2.1"))


def drill(co, d, kind):
    if kind == "dr":
        t, its, body = "%s同城灾备切换演练报告" % co.sys(0), ["40/recovery-drill"], ["09:00 模拟主中心故障；09:06 同城灾备接管；09:22 全市场委托、成交回报验证通过，数据一致。"]
    else:
        t, its, body = "网络安全应急演练报告", ["40/emergency-drill", "53/drill"], ["模拟勒索病毒感染投资交易终端；14:02 发现，14:05 上报，14:12 隔离，14:40 恢复，15:00 报送演练情况。"]
    parts = [("概况", "时间：%s（非交易日）；参演：信息技术部、%s、%s；方式：实战。" % (cnd(d), co.customer, co.vendor), []),
             ("过程", body, its), ("总结", ["报送环节延时2分钟，已优化通讯录。"], [])]
    return nar("drill", t, d, True, parts)


# ------------------------------------------------------------------ 质量: 指标, 改进, 审核, 委员会

def metrics(co, d):
    names = ["告警及时上报率", "告警漏报率", "运维作业计划按时完成率", "隐患发现率", "故障主动发现占比", "问题关闭率", "漏洞扫描覆盖率", "安全加固覆盖率", "补丁及时安装率",
             "安全事件数"]
    vals = ["99.2%", "0.4%", "97.8%", "85%", "90%", "93%", "100%", "96%", "95%", "1"]
    rows = [[n, v, "%d-%02d" % (d.year, d.month)] for n, v in zip(names, vals)]
    return book("metrics", "运维数据月度统计（%d年%d月）" % (d.year, d.month), d, True, [("统计", ["指标", "数值", "月份"], rows, ["56/data"])])


def kpi_check(co, d, capa):
    sheets = [("KPI监测", ["指标", "目标", "实际", "达标"], [["SLA达成率", "100%", "96%", "否"], ["用户满意度", "≥92", "94", "是"], ["投诉", "0", "1", "否"]], ["57/measurement"])]
    if capa:
        sheets.append(("纠正预防措施", ["编号", "问题", "原因", "措施", "责任人", "验证"], [["CAPA-%d-04" % d.year, "SLA未达标", "行情单源", "行情双源接入", co.p(1), "已验证，连续两月达标"]],
                       ["57/capa", "66/effectiveness"]))
    return book("kpi_check", "%d年Q%d KPI监测及纠正预防措施" % (d.year, (d.month - 1) // 3 + 1), d, True, sheets)


def risk_review(co, d):
    parts = [("潜在风险识别", "结合事件趋势和巡检识别：单路行情源、证书集中到期、备份未验证。", []),
             ("预防措施", ("table", [["风险", "预防措施", "责任人", "期限"], ["单路行情源", "双源接入", co.p(1), "%d-09" % d.year],
                                   ["证书到期", "到期前30天自动提醒", co.p(4), "%d-08" % d.year]]), ["66/preventive-actions"])]
    return nar("risk_review", "%d年运维风险排查及预防措施" % d.year, d, True, parts)


def improve_plan(co, d, criteria):
    parts = [("改进目标", "P2事件平均恢复时长≤30分钟；SLA达成率100%；满意度≥95。", ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("评估标准与机制", "改进机会按收益40%、风险30%、投入30%打分，≥70分立项；识别、登记、审批、评估、测量、季度报告。", ["64/criteria"]))
    return nar("improve_plan", "%d年IT服务持续改进计划" % d.year, d, False, parts)


def improve_track(co, d, scored, tracked):
    sheets = []
    rows = [["IMP-%02d" % i, t, s, "批准（%s）" % co.p(0) if s >= 70 else "暂缓"] for i, (t, s) in enumerate([("开盘前检查自动化", 90), ("行情双源", 82), ("ITSM工具替换", 55)], 1)]
    sheets.append(("评分排序", ["编号", "改进项", "得分", "审批"], rows if scored else [], ["67/analysis", "67/prioritisation"]))
    sheets.append(("实施跟踪", ["编号", "目标", "进度", "效果", "报告"], [["IMP-01", "检查耗时<20分钟", "已完成", "平均15分钟", "Q3治理委员会"]] if tracked else [],
                   ["68/implementation", "68/effectiveness"]))
    return book("improve_track", "改进项目跟踪表", d, True, sheets)


def awareness(co, d):
    rows = [["持续改进宣贯培训签到"], ["主题", "持续服务改进：从复盘到改进项目"], ["日期", cnd(d)], ["主讲", co.p(0)], ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return Doc("awareness", "持续改进宣贯培训签到表", d, ["69/awareness-training"], True, sheets=[("签到", rows)])


def internal_audit(co, d):
    parts = [("审核范围与依据", "信息技术运维管理体系，依据ISO/IEC 20000-1、公司运维制度及SLA。", []),
             ("审核发现", ["不符合项2项：变更单回退方案缺失1份；知识条目未审核3条。", "观察项2项。"], ["59/internal-audit"]),
             ("结论", "体系运行有效，不符合项限期整改。", [])]
    return nar("audit", "%d年信息技术运维管理体系内部审核报告" % d.year, d, True, parts)


def committee(co, d, inputs, ranked):
    """信息技术治理委员会 minutes: the year's review, sometimes the ranked improvements, beside other topics."""
    parts = [("会议情况", "%s，主持：%s；出席委员7名。议题：一、年度IT运维管理评审；二、两地三中心建设；三、%s信息化需求。" % (cnd(d), co.cp(3), co.customer), [])]
    lines = {"perf": ("服务与流程执行情况", "SLA达成率96%，变更成功率99%，内审不符合项已关闭。", ["59/management-review", "60/performance"]),
             "fb": ("客户反馈", "子公司满意度94分，意见2条。", ["60/customer-feedback"]),
             "res": ("资源现状与预测", "运维人员14人（外包3人），明年子公司新系统上线需增2人。", ["60/resources"]),
             "ca": ("纠正措施进展", "纠正措施7项，已关闭6项。", ["60/corrective-actions"]),
             "chg": ("可能影响服务的变更", "新监管规定施行、同城机房扩容。", ["60/changes"]),
             "imp": ("改进机会", "开盘前检查自动化、行情双源。", ["60/improvements"])}
    for k in inputs:
        parts.append(lines[k])
    if ranked:
        parts.append(("会议决定", ["同意改进项目按得分排序实施：开盘前检查自动化（90分）优先，行情双源（82分）其次，ITSM工具替换（55分）暂缓。"], ["67/analysis", "67/prioritisation"]))
    parts.append(("其他议题", "两地三中心建设方案原则通过。", []))
    return nar("committee", "信息技术治理委员会%d年第%d次会议纪要" % (d.year, 1 + d.month // 5), d, True, parts)


# ------------------------------------------------------------------ working documents that prove nothing

def freeze(co, d):
    parts = [(None, ["%d年国庆节前后（9月28日至10月9日）实行生产系统封网（Change Freeze），期间仅允许经首席信息官批准的紧急变更。" % d.year,
                     "各系统负责人须于封网前完成开盘前检查脚本更新。"], [])]
    return nar("freeze", "关于%d年国庆节期间生产系统封网的通知" % d.year, d, False, parts)


def roster(co, d):
    rows = [[iso(d + timedelta(days=i)), co.p(i % 3), co.p(3 + i % 3), co.vp(i % 2)] for i in range(7)]
    return Doc("roster", "值班表", d, [], True, sheets=[("值班", [["%d年%d月值班表" % (d.year, d.month)], ["日期", "值班经理", "值班员", "驻场"]] + rows)])


def weekly(co, d):
    parts = [("上周工作", "完成变更12项，子公司需求3项。", []), ("本周计划", "季度健康检查准备。", []), ("提醒", "注意交易时段封网纪律。", [])]
    return nar("weekly", "信息技术部周会纪要（%s）" % iso(d), d, True, parts)


def golive(co, d):
    parts = [(None, ["%s新版本将于%s（周六）上线，请各营业部做好周一开盘前验证。" % (co.sys(0), cnd(d)), "如有问题请联系IT服务台。"], [])]
    return nar("golive", "%s上线公告" % co.sys(0), d, False, parts)


# ------------------------------------------------------------------ decoys

def signin(co, d, plan):
    rows = [["培训主题", "《%s》宣贯" % plan], ["日期", cnd(d)], ["姓名", "部门", "签名"]] + [[co.p(i), "信息技术部", co.p(i)] for i in range(6)]
    return decoy(Doc("training", "《%s》宣贯培训签到表" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def rule_index(co, d, cites):
    b = [("title", "关于发布信息技术部现行有效制度目录的通知"), ("p", "经年度梳理，信息技术部现行有效制度、流程如下：")]
    b += [("p", "%d.《%s》" % (i, c)) for i, c in enumerate(cites, 1)] + [("p", "请各组组织学习。")]
    return decoy(Doc("ruleindex", "关于发布信息技术部现行有效制度目录的通知", d, [], False, b), "notice citing procedures by 《》")


def doc_register(co, d, cites):
    rows = [[i, c, code(co, "ZD", 10 + i), "现行"] for i, c in enumerate(cites, 1)]
    return decoy(Doc("register", "受控文件清单", d, [], True, sheets=[("清单", [["受控文件清单 %d" % d.year], ["序号", "文件名称", "文件编号", "状态"]] + rows)]),
                 "list of document names")


def review_rule(co, d):
    b = [("title", "信息技术管理评审办法")] + ctl(co, d, code(co, "ZD", 26), "V1.0") + [
        ("h1", "第一章 频次"), ("p", "每年至少一次，由信息技术治理委员会实施。"), ("h1", "第二章 输入"),
        ("p", "客户反馈、服务和流程执行情况、资源、纠正措施、可能影响服务的变更、改进机会。"), ("h1", "第三章 输出"), ("p", "会议纪要及改进决定。")]
    return decoy(Doc("reviewrule", "信息技术管理评审办法", d, [], False, b), "procedure, not the review record")


def committee_notice(co, d):
    parts = [(None, "定于%s召开信息技术治理委员会年度会议，审议年度IT运维管理评审，请各组准备执行情况、客户反馈、资源和改进材料。" % cnd(d + timedelta(days=10)), [])]
    return decoy(nar("cnotice", "关于召开信息技术治理委员会%d年度会议的通知" % d.year, d, True, parts), "meeting notice, not the review record")


def drill_scheme(co, d):
    parts = [("目的", "检验《信息系统应急预案》和同城灾备切换能力。", []), ("场景", "主中心交易网关故障。", []), ("时间", "拟于%s（周六）。" % cnd(d + timedelta(days=24)), [])]
    return decoy(nar("drillscheme", "%d年灾备切换演练方案" % d.year, d, False, parts), "drill plan, neither the plan nor the record")


def kpi_sheet(co, d):
    rows = [[co.p(i), "演练报告完整率、变更记录完整率、满意度调查完成率", 88 + i] for i in range(5)]
    return decoy(Doc("kpi", "%d年信息技术部员工绩效考核" % d.year, d, [], True, sheets=[("考核", [["员工绩效考核"], ["姓名", "考核指标", "得分"]] + rows)]),
                 "KPI sheet naming record kinds")


UNRELATED_P = [
    ("党群", "%d年党支部主题党日活动方案", ["参观红色教育基地。", "重温入党誓词。"]),
    ("工会", "%d年员工羽毛球比赛通知", ["各部门组队报名。", "比赛地点：公司体育馆。"]),
    ("投教", "%d年投资者教育“3·15”宣传活动总结", ["开展营业部投教讲座12场。", "发放宣传资料3,000份。"]),
    ("合规", "%d年反洗钱培训通知", ["全员参加线上培训。", "考试合格率须达100%。"]),
    ("行政", "%d年办公用品采购管理规定", ["统一采购，按月领用。", "严禁个人采购报销。"]),
]


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out a P share: 信息技术部/<年>/01-制度 02-流程 03-台账 04-报告, 运维日报/<月>/, 治理委员会/,
    子公司服务/<基金公司>/; older copies under 归档/<年>/; decoys."""
    co.cust, co.dc, co.mail = P_INFO[co.info_id]
    r = co.rng
    IT = "信息技术部/"
    CU = "子公司服务/%s/" % co.cust

    def zd(d):
        return IT + "%d/01-制度/" % d.year

    def lc(d):
        return IT + "%d/02-流程/" % d.year

    def tz(d):
        return IT + "%d/03-台账/" % d.year

    def bg(d):
        return IT + "%d/04-报告/" % d.year

    optional = ["budget", "history", "automation", "ola", "staff", "roles", "requirements", "compat", "upgrade", "baseline", "collect", "kb",
                "pentest_plan", "pentest", "dev_plan", "dr", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "metrics",
                "kpi_check", "risk", "improve_plan", "improve_track", "awareness", "audit", "committee", "summary", "grading",
                "grading_criteria", "interface", "cmdb", "ci_changes", "sec_stats", "health", "log_audit", "avail_plan", "kpi_list", "postmortem"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"automation", "pentest", "csat_trend", "callbacks", "kb", "audit", "log_audit", "drdrill", "awareness",
                                "metrics", "collect", "desk_training", "postmortem", "ci_changes", "sec_stats", "health"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made

    # --- 制度/流程: the 手册 holds some 办法 as chapters, the rest filed alone by number
    keys = [k for k in P_RULES if r.random() >= 0.06]
    in_book = [k for k in keys if r.random() < 0.35]
    d = co.issued()
    add(zd(d) + "%s 信息技术运维管理手册.pdf" % code(co, "SC", 1), handbook(co, d, in_book, r.random() < 0.9), meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_book:
            continue
        d = co.issued()
        doc = rule_doc(co, d, k)
        kind = P_RULES[k][1]
        folder = zd(d) if kind == "ZD" else lc(d)
        add(folder + "%s %s.%s" % (code(co, kind, P_RULES[k][2]), doc.title, r.choice(["docx", "docx", "pdf"])), doc, meta_title=r.random() < 0.4)
    for i, k in enumerate(P_OTHER):
        if r.random() < 0.7:
            d = co.issued()
            add(zd(d) + "%s %s.docx" % (code(co, "ZD", 40 + i), P_OTHER[k][0]), other_doc(co, d, k, i))

    # --- 作业指导书: an 汇编 and single ones
    mods = list(SOPS)
    in_sops = sorted(r.sample(mods, r.randint(2, 3)), key=mods.index)
    d = co.issued()
    add(lc(d) + "运维作业指导书汇编.pdf", sop_book(co, d, in_sops))
    for i, k in enumerate(mods):
        if k in in_sops or r.random() < 0.3:
            continue
        d = co.issued()
        add(lc(d) + "%s %s作业指导书.docx" % (code(co, "ZY", i + 1), SOPS[k][0]), sop(co, d, k, i + 1))

    # --- 子公司服务: onboarding (does not age), SLA, health checks, satisfaction
    d0 = co.issued()
    add(CU + "01-服务导入/%s IT服务需求调研报告.docx" % co.cust, survey(co, d0, r.random() < 0.88, r.random() < 0.85))
    slot("budget", lambda d: CU + "01-服务导入/IT运维服务预算表.xlsx", lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    hk = r.random() < 0.5
    add(CU + "01-服务导入/%s 服务对接会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d, hk))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: CU + "01-服务导入/历史运行数据分析及运维策略.docx", lambda d: history(co, d, on), "issued")
    d = co.issued()
    add(CU + "02-协议/内部IT服务协议（SLA）签署版.pdf", sla(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < (0.4 if hk else 0.9)))
    d = co.issued()
    add(CU + "02-协议/IT服务目录（%d版）.xlsx" % d.year, catalog(co, d, r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])))
    slot("requirements", lambda d: CU + "03-项目/%s二期需求分析说明书.docx" % co.sys(2), lambda d: requirements(co, d))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: CU + "04-健康检查/%s 季度健康检查报告.pdf" % ymd(d), lambda d: health(co, d))
    for d, h in [(date(2025, 7, 10), "上半年"), (date(2026, 1, 14), "下半年"), (date(2026, 7, 9), "上半年")]:
        if r.random() < 0.8:
            y = d.year if h == "上半年" else d.year - 1
            add(CU + "05-满意度/%d%s IT服务满意度调查报告.%s" % (y, "H1" if h == "上半年" else "H2", r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("csat_trend", lambda d: CU + "05-满意度/满意度趋势分析_%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: CU + "05-满意度/服务回访记录_%d.xlsx" % d.year, lambda d: callbacks(co, d))
    for i in range(2):
        d = co.fresh()
        name = CU + "06-驻场确认/%d%02d 驻场服务确认单.pdf" % (d.year, d.month)
        if name not in co.used:
            add(name, confirm(co, d))

    # --- organisation, desk, OLA
    d = co.issued()
    add(zd(d) + "信息技术组织架构及岗位职责.pdf", org(co, d, "roles" not in gaps))
    slot("staff", lambda d: tz(d) + "运维人员清单_%s.xlsx" % ymd(d), lambda d: staff(co, d, r.random() < 0.85), "issued")
    slot("interface", lambda d: zd(d) + "关于明确网络安全工作联络人的通知.%s" % r.choice(["docx", "pdf"]), lambda d: interface(co, d), "issued")
    d = co.issued()
    add(zd(d) + "关于设立IT服务台的通知.docx", desk(co, d))
    slot("desk_training", lambda d: tz(d) + "培训/%s IT服务台岗位培训记录.xlsx" % ymd(d), lambda d: desk_training(co, d))
    slot("ola", lambda d: lc(d) + "OLA及第三方服务级别设计.docx", lambda d: ola(co, d, r.random() < 0.85), "issued")

    # --- 运行: 指标, 可用性, 日报, 事件, 报告
    slot("kpi_list", lambda d: zd(d) + "信息系统可用性指标清单.xlsx", lambda d: kpi_list(co, d), "issued")
    slot("avail_plan", lambda d: bg(d) + "%d年信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))
    for m in sorted(r.sample(range(1, 11), r.choice([3, 4]))):
        d = date(2026, m, 3 + r.randint(0, 20))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        rel = "运维日报/%d-%02d/运维日报_%s.txt" % (d.year, d.month, ymd(d))
        add(rel, daily(co, d, r.random() < 0.6), **({"encoding": "gb18030"} if r.random() < 0.4 else {}))
    d = co.fresh()
    add(tz(d) + "生产事件登记台账.xlsx", event_book(co, d, r.random() < 0.7))
    slot("postmortem", lambda d: bg(d) + "复盘/%s %s生产事件复盘报告.docx" % (ymd(d), co.sys(0)), lambda d: postmortem(co, d, r.random() < 0.75))
    for q in sorted(r.sample([1, 2, 3], r.choice([2, 3]))):
        d = date(2026, 3 * q + 1, 8 + r.randint(0, 10))
        add(bg(d) + "%d年Q%d IT运维报告.%s" % (d.year, q, r.choice(["pdf", "docx"])), quarterly(co, d, r.random() < 0.65, r.random() < 0.4))
    slot("automation", lambda d: bg(d) + "运维服务回顾及自动化分析报告.docx", lambda d: automation(co, d, r.random() < 0.8))
    slot("summary", lambda d: bg(d) + "信息技术部%d年度运维工作总结.docx" % d.year, lambda d: summary(co, d, r.random() < 0.85))

    # --- 台账: 变更, CMDB, 知识库, 安全设备, 开盘前检查, 采集
    d = co.fresh()
    add(tz(d) + "变更登记台账.xlsx", change_book(co, d))
    slot("upgrade", lambda d: lc(d) + "%s升级实施方案_%s.docx" % (co.sys(0), ymd(d)), lambda d: upgrade(co, d), "issued")
    slot("compat", lambda d: bg(d) + "信创替换兼容性验证报告.pdf", lambda d: compat(co, d))
    relc = r.random() < 0.7
    slot("cmdb", lambda d: tz(d) + "CMDB配置项清单_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci_changes", lambda d: tz(d) + "CMDB配置项变更记录.xlsx", lambda d: ci_changes(co, d))
    slot("baseline", lambda d: zd(d) + "安全配置基线.xlsx", lambda d: baseline(co, d), "issued")
    slot("kb", lambda d: tz(d) + "运维知识库目录_%s.xlsx" % ymd(d), lambda d: kb(co, d))
    kinds = [k for k in ("maint", "insp", "virus", "fault", "upgrade") if r.random() < 0.78] or ["maint"]
    d = co.fresh()
    add(tz(d) + "安全设备运维台账.xlsx", device_book(co, d, kinds, r.random() < 0.6))
    for m in sorted(r.sample(range(7, 12), 2)):
        d = date(2026, m, 1 + r.randint(20, 27))
        add(tz(d) + "开盘前检查/开盘前检查记录表_%d%02d.xlsx" % (d.year, d.month), preopen(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: tz(d) + "监控平台安全信息采集报表_%s.xlsx" % ymd(d), lambda d: collect(co, d, which))

    # --- 网络安全: 审计, 统计, 通报, 渗透, 等保, 应急, DR
    for i in range(r.randint(1, 2)):
        slot("log_audit", lambda d: bg(d) + "安全审计/安全日志审计月报_%d%02d.%s" % (d.year, d.month, r.choice(["docx", "pdf"])), lambda d: log_audit(co, d))
    slot("sec_stats", lambda d: bg(d) + "%d年Q%d信息安全事件统计分析.docx" % (d.year, (d.month - 1) // 3 + 1), lambda d: sec_stats(co, d, r.random() < 0.75))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        name = bg(d) + "安全通报/网络安全通报（%d年第%d期）.%s" % (d.year, n, r.choice(["pdf", "docx"]))
        if name not in co.used:
            add(name, bulletin(co, d, n, r.random() < 0.7))
    slot("pentest_plan", lambda d: lc(d) + "%d年渗透测试计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: bg(d) + "%s %s渗透测试报告.pdf" % (ymd(d), co.sys(2)), lambda d: pentest_report(co, d))
    slot("dev_plan", lambda d: bg(d) + "%d年运维及安全工具开发计划.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("grading", lambda d: bg(d) + "等保/%s等级保护定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("grading_criteria", lambda d: zd(d) + "%s 信息系统分类分级及等级保护定级标准.docx" % code(co, "ZD", 30), lambda d: grading_criteria(co, d), "issued")
    d = co.issued()
    add(zd(d) + "%s 信息系统应急预案.pdf" % code(co, "YA", 1), emergency_plan(co, d, r.random() < 0.8))
    slot("dr", lambda d: zd(d) + "%s 灾难恢复预案（DR Plan）.docx" % code(co, "YA", 2), lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: zd(d) + "%s 业务连续性计划（BCP）.pdf" % code(co, "YA", 3), lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: bg(d) + "演练/%s 同城灾备切换演练报告.docx" % ymd(d), lambda d: drill(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add(bg(d) + "演练/%s 网络安全应急演练报告.%s" % (ymd(d), r.choice(["docx", "pdf"])), drill(co, d, "emergency"))

    # --- 质量: 指标, KPI, 改进, 审核, 治理委员会
    slot("metrics", lambda d: bg(d) + "运维数据月度统计_%d%02d.xlsx" % (d.year, d.month), lambda d: metrics(co, d))
    capa = r.random() < 0.8
    slot("kpi_check", lambda d: tz(d) + "%d年Q%d KPI监测及纠正预防措施.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: kpi_check(co, d, capa))
    slot("risk", lambda d: bg(d) + "%d年运维风险排查及预防措施.docx" % d.year, lambda d: risk_review(co, d))
    slot("improve_plan", lambda d: bg(d) + "%d年IT服务持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    sc, tr = r.random() < 0.8, r.random() < 0.8
    slot("improve_track", lambda d: tz(d) + "改进项目跟踪表_%s.xlsx" % ymd(d), lambda d: improve_track(co, d, sc, tr))
    slot("awareness", lambda d: tz(d) + "培训/%s 持续改进宣贯培训签到表.xlsx" % ymd(d), lambda d: awareness(co, d))
    slot("audit", lambda d: bg(d) + "%d年运维管理体系内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    ranked = r.random() < 0.5
    slot("committee", lambda d: "治理委员会/%d/%s 信息技术治理委员会会议纪要.docx" % (d.year, ymd(d)), lambda d: committee(co, d, inputs, ranked))

    # --- working documents that prove no clause
    d = date(2026, 9, 18)
    add(zd(d) + "关于%d年国庆节期间生产系统封网的通知.pdf" % d.year, freeze(co, d))
    d = date(2026, 11, 1)
    add(tz(d) + "值班表_%d%02d.xlsx" % (d.year, d.month), roster(co, d))
    for k in sorted(r.sample(range(1, 9), 2)):
        d = date(2026, 9, 7) + timedelta(days=7 * k)
        add(IT + "周会/%s 周会纪要.docx" % ymd(d), weekly(co, d))
    d = co.fresh()
    add(bg(d) + "%s上线公告_%s.docx" % (co.sys(0), ymd(d)), golive(co, d))

    # --- last year's copies moved to 归档/<年>/ by the yearly archiving: they belong, but are stale
    for name, factory, when in list(made):
        if r.random() < 0.2:
            before = when - timedelta(days=364)
            rel = "归档/%d/%s" % (before.year, name(before).split("/")[-1])
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    IT = "信息技术部/2026/"
    CU = "子公司服务/%s/" % co.cust
    add = Share(co).add

    # templates / 空白表
    add(IT + "03-台账/变更申请单（模板）.xlsx", blank_sheet("变更申请单", co.fresh(), ["变更单号", "变更内容", "影响分析", "测试情况", "回退方案", "审批"]))
    add(IT + "03-台账/开盘前检查表（空白）.xlsx", blank_sheet("开盘前检查记录表", co.fresh(), ["交易日", "交易主机及数据库", "行情接收", "交易所链路", "防火墙/IPS状态", "检查人"]))
    add(CU + "02-协议/内部IT服务协议（范本）.docx", blank_text("内部IT服务协议（范本）", co.fresh(), ["服务范围", "运维方式", "服务级别", "签署"]))
    add(CU + "04-健康检查/健康检查报告模板.docx", blank_text("健康检查报告（模板）", co.fresh(), ["检查方式", "检查结果", "结论"]))
    add(CU + "05-满意度/满意度调查问卷（空白）.docx", blank_text("IT服务满意度调查问卷", co.fresh(), ["响应及时", "问题解决", "沟通", "意见建议"]))
    # drafts
    d = co.fresh()
    add(IT + "01-制度/业务连续性计划（BCP）（征求意见稿）.docx", decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(CU + "02-协议/内部IT服务协议_v0.3草稿.docx", decoy(sla(co, d, True, True, True), "draft", mark="（草稿）"))
    d = co.fresh()
    add(IT + "04-报告/%d年IT服务持续改进计划（讨论稿）.docx" % (d.year + 1), decoy(improve_plan(co, d, True), "draft", mark="（讨论稿）"))
    # 作废
    d = date(2022, 4, 18)
    add("信息技术部/已作废/%s 信息系统问题管理办法 V1.0【作废】.docx" % code(co, "ZD", 15), decoy(rule_doc(co, d, "problem"), "obsolete", mark="【作废】"))
    d = date(2021, 11, 8)
    add("信息技术部/已作废/信息系统应急预案（2021版）作废.pdf", decoy(emergency_plan(co, d, True), "obsolete", mark="（作废）"))
    # recycle bin (the NAS's .recycle)
    d = co.fresh()
    add(".recycle/信息技术部/生产事件登记台账_%s.xlsx" % ymd(d), decoy(event_book(co, d, True), "recycle bin"))
    d = co.fresh()
    add(".recycle/子公司服务/%s 网络安全应急演练报告.docx" % ymd(d), decoy(drill(co, d, "emergency"), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:70:12]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        co.raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(3)), "Office lock file")
    co.raw("运维日报/2026-11/运维日报_20261120.txt", b"", "empty file")
    co.raw(IT + "04-报告/演练/20261114 异地灾备切换演练报告.docx", b"", "empty file")
    co.raw(CU + "05-满意度/2026H2 IT服务满意度调查报告.docx", b"", "empty file")
    # training on plans, citing documents, notices, near misses
    for plan in ("信息系统应急预案", "信息系统变更管理办法", "灾难恢复预案（DR Plan）"):
        if r.random() < 0.8:
            d = co.fresh()
            add(IT + "03-台账/培训/%s《%s》宣贯培训签到表.xlsx" % (ymd(d), plan), signin(co, d, plan))
    cites = [P_RULES[k][0] for k in ("incident", "request", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    add(IT + "01-制度/关于发布信息技术部现行有效制度目录的通知.docx", rule_index(co, co.fresh(), cites))
    add(IT + "01-制度/受控文件清单.xlsx", doc_register(co, co.fresh(), cites))
    d = co.issued()
    add("信息技术部/%d/01-制度/%s 信息技术管理评审办法.pdf" % (d.year, code(co, "ZD", 26)), review_rule(co, d))
    d = co.fresh()
    add("治理委员会/%d/关于召开信息技术治理委员会%d年度会议的通知.docx" % (d.year, d.year), committee_notice(co, d))
    d = co.fresh()
    add(IT + "04-报告/演练/%d年灾备切换演练方案.docx" % d.year, drill_scheme(co, d))
    d = co.fresh()
    add("综合/人力/%d年信息技术部员工绩效考核.xlsx" % d.year, kpi_sheet(co, d))
    # unrelated company files
    for i in sorted(r.sample(range(len(UNRELATED_P)), 4)):
        folder, t, paras = UNRELATED_P[i]
        d = co.fresh()
        t = t % d.year
        add("综合/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated"))
