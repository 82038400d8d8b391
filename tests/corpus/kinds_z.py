# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_z.py - style Z: the 运维服务部 of a commercial data-centre operator (IDC).

An author voice for the accuracy corpus, used only by the Z shares, written blind (from the form's
需提供证明材料, gen.py and the README, never the rules, the sources or a score).  The company runs
three 园区 (机房楼) and sells 机柜托管, 代维 and 云主机; its 运维服务部 operates the racks and systems
of a 托管客户 (a city 农商行, the form's customer).  Its people write as IDC operators do: 动环 (动力环境
监控), 机柜/U位, 巡检 by 班组 and 班次, 工单系统 numbers (WO-…), 客户 SLA by 等级 (金/银/铜), Uptime/TIER
language, 变更窗口, 出入机房登记; 制度 numbered <CODE>-YW-ZD-nn, 作业指导书 <CODE>-YW-ZY-nn, a
运维服务管理手册 whose 篇 are several 制度.  Folders by 园区 and by 客户.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when it is written; a sheet with no data rows proves nothing.  build(co,
lock_bytes) lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc

# per share: customer short name (folder), the three 园区, 工单 prefix, document code
Z_INFO = {
    "z1": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z2": ("青州农商行", ("奎文园区", "高新园区", "滨海园区"), "GD", "HYDG"),
    "z3": ("郫都农商行", ("天府园区", "双流园区", "新都园区"), "SR", "JCDC"),
    "z4": ("福清农商行", ("仓山园区", "马尾园区", "长乐园区"), "WO", "MJDC"),
    "z5": ("福清农商行", ("仓山园区", "马尾园区", "长乐园区"), "WO", "MJDC"),
    "z6": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z7": ("青州农商行", ("奎文园区", "高新园区", "滨海园区"), "GD", "HYDG"),
    "z8": ("郫都农商行", ("天府园区", "双流园区", "新都园区"), "SR", "JCDC"),
    "z9": ("福清农商行", ("仓山园区", "马尾园区", "长乐园区"), "WO", "MJDC"),
    "z10": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z11": ("青州农商行", ("奎文园区", "高新园区", "滨海园区"), "GD", "HYDG"),
    "z12": ("郫都农商行", ("天府园区", "双流园区", "新都园区"), "SR", "JCDC"),
    "z13": ("福清农商行", ("仓山园区", "马尾园区", "长乐园区"), "WO", "MJDC"),
    "z14": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z15": ("青州农商行", ("奎文园区", "高新园区", "滨海园区"), "GD", "HYDG"),
    "z16": ("郫都农商行", ("天府园区", "双流园区", "新都园区"), "SR", "JCDC"),
    "z17": ("福清农商行", ("仓山园区", "马尾园区", "长乐园区"), "WO", "MJDC"),
    "z18": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z19": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z20": ("福清农商行", ("仓山园区", "马尾园区", "长乐园区"), "WO", "MJDC"),
    "z21": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z22": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z23": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z24": ("青州农商行", ("奎文园区", "高新园区", "滨海园区"), "GD", "HYDG"),
    "z25": ("福清农商行", ("仓山园区", "马尾园区", "长乐园区"), "WO", "MJDC"),
    "z26": ("青州农商行", ("奎文园区", "高新园区", "滨海园区"), "GD", "HYDG"),
    "z27": ("福清农商行", ("仓山园区", "马尾园区", "长乐园区"), "WO", "MJDC"),
    "z28": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z29": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z30": ("青州农商行", ("奎文园区", "高新园区", "滨海园区"), "GD", "HYDG"),
    "z31": ("福清农商行", ("仓山园区", "马尾园区", "长乐园区"), "WO", "MJDC"),
    "z32": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z33": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z34": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z35": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z36": ("郫都农商行", ("天府园区", "双流园区", "新都园区"), "SR", "JCDC"),
    "z37": ("江城农商行", ("沌口园区", "光谷园区", "临空港园区"), "WO", "JCYG"),
    "z38": ("郫都农商行", ("天府园区", "双流园区", "新都园区"), "SR", "JCDC"),
}


def ymd(d):
    return d.strftime("%Y%m%d")


def cn(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def dot(d):
    return "%d.%d.%d" % (d.year, d.month, d.day)


def when(co, d):
    return co.rng.choice([cn, cn, dot, lambda x: x.isoformat()])(d)


def text(kind, title, d, record, head, parts, tail=()):
    """A written document: head blocks, then parts (written?, items, blocks); only the parts that
    are written lend their items."""
    b, items = [("title", title)] + list(head), []
    for on, its, blocks in parts:
        if on:
            b += blocks
            items += its
    b += list(tail)
    return Doc(kind, title, d, items, record, b)


def book(kind, title, d, record, sheets):
    """A workbook: sheets (name, header, rows, items); a sheet with no rows proves nothing."""
    out, items = [], []
    for name, header, rows, its in sheets:
        out.append((name, [[title], header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, items, record, sheets=out)


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


def empty_form(title, d, cols, sheet=True):
    if sheet:
        return Doc("blank", title, d, [], False, sheets=[("表", [[title], cols] + [[""] * len(cols)] * 6)],
                   decoy="template")
    b = [("title", title), ("p", "编号：____  日期：____年__月__日")]
    for c in cols:
        b += [("h1", c), ("p", "（填写）")]
    return Doc("blank", title, d, [], False, b, decoy="template")


def sign(co, d, role="部门经理"):
    return [("p", "编制：%s    审核：%s    %s批准：%s    %s" % (co.p(1), co.p(0), role, co.boss, when(co, d)))]


def ctl(co, d, code, ver):
    return [("table", [["文件编号", code, "版本", ver], ["编制", co.p(2), "审核", co.p(0)],
                       ["批准", co.boss, "发布日期", when(co, d)], ["状态", "受控（已发布）", "适用范围", "运维服务部及各园区"]])]


# ------------------------------------------------------------------- 制度 (procedures)

# key: (name, number, [(heading, paragraph)], items)
ZD = {
    "incident": ("运维事件管理办法", 3, [
        ("事件来源", "动环告警、网管监控、客户报障（服务热线/工单系统/企业微信群）、巡检发现；所有事件在工单系统建单，单号即事件编号。"),
        ("分级", "P1 影响客户业务或整机房供电/制冷中断；P2 单机柜或单系统中断；P3 性能下降或冗余丢失；P4 咨询类。"),
        ("处理流程", "建单→分派值班班组→诊断处置→恢复确认（客户签字或系统回访）→关单；P1/P2 同时电话通知客户接口人与值班经理。"),
        ("时限", "金牌客户 P1 响应 5 分钟、到场 15 分钟；银牌 15/30 分钟；铜牌 30/60 分钟。")],
        ["49/incident-procedure"]),
    "request": ("客户服务请求管理办法", 4, [
        ("请求类型", "设备上下架、跳线布放、远程手（重启、看灯、换盘）、临时出入机房、带宽调整、云主机开通与扩容。"),
        ("受理", "客户通过客户门户或服务热线提交，服务台在工单系统登记为“服务请求”类工单，核验授权人名单后派单。"),
        ("执行与关闭", "按约定时限执行，涉及客户设备的操作需客户授权人书面确认；完成后客户在门户确认关闭。")],
        ["49/request-procedure"]),
    "problem": ("运维问题管理办法", 5, [
        ("问题识别", "同一机柜/设备 30 天内重复告警 3 次、P1/P2 事件、趋势分析发现的隐患，由值班经理提出问题单。"),
        ("根因分析", "问题负责人组织 5Why/鱼骨图分析，形成根因及永久解决方案，必要时转变更。"),
        ("已知错误", "暂无永久方案的，形成临时规避措施并录入知识库；问题关闭需运维服务部经理审批。")],
        ["20/procedure", "37/procedure"]),
    "knowledge": ("运维知识库管理办法", 6, [
        ("知识来源", "事件处置记录、问题根因、厂商技术通告、巡检经验、培训材料。"),
        ("录入与审核", "工程师在知识库提交条目，班组长审核技术正确性后发布；条目按园区、设备类型、客户分类。"),
        ("维护", "每季度回顾知识条目的有效性，过期条目下线。")],
        ["21/procedure"]),
    "change": ("运维变更管理办法", 7, [
        ("变更分类", "标准变更（预授权，如跳线、上下架）、一般变更、重大变更（涉及供配电、制冷、核心网络）、紧急变更。"),
        ("审批", "变更申请在工单系统提交，含实施方案、风险评估、回退方案；一般变更由班组长审批，重大变更提交变更评审会（CAB）。"),
        ("变更窗口", "常规窗口为每周二、周四 00:00-06:00；涉及托管客户的，需提前 5 个工作日征得客户书面同意。"),
        ("回顾", "变更实施后记录结果；失败或回退的变更纳入月度质量分析。")],
        ["54/procedure"]),
    "secinc": ("信息安全事件处置与应急响应流程", 8, [
        ("事件分类", "分为有害程序事件、网络攻击事件（含DDoS）、信息破坏事件、设备设施故障、灾害性事件及其他事件，按影响分特别重大、重大、较大、一般四级。"),
        ("发现与上报", "安全值班员发现或接报后 15 分钟内上报值班经理，较大及以上事件 30 分钟内报公司应急领导小组并通知托管客户，必要时按规定报属地网信、公安部门。"),
        ("处置", "隔离受影响端口/机柜，流量清洗，取证留存日志，恢复业务；处置过程全程在工单中记录。"),
        ("应急响应", "启动对应专项预案，应急领导小组统一指挥，技术组、保障组、客户联络组分工处置。"),
        ("事后处理", "事件关闭后 5 个工作日内提交事件报告，分析原因，提出整改措施并跟踪闭环。")],
        ["30/response-process", "30/reporting-process", "34/incident-process", "34/emergency-process", "31/incident-process"]),
    "training": ("客户安全培训服务流程", 9, [
        ("需求", "托管客户提出培训需求或年度服务约定的培训场次，由客户经理登记。"),
        ("实施", "安全组编写课件，约定时间现场或线上授课，签到并进行课后测试。"),
        ("评估", "收集培训反馈表，统计满意度，改进课件。")],
        ["31/training-process"]),
    "pentest": ("渗透测试服务流程", 10, [
        ("授权", "测试前取得客户书面授权书，明确范围、时间窗口、禁止项。"),
        ("实施", "信息收集→漏洞探测→验证利用→权限维持评估，全程记录操作日志，不得影响客户生产。"),
        ("报告与复测", "出具渗透测试报告，跟踪客户整改后复测。")],
        ["31/pentest-process"]),
    "slm": ("客户服务等级（SLA）管理办法", 11, [
        ("服务等级", "按金牌、银牌、铜牌三个等级定义可用性、响应时限和报告频次，与合同附件 SLA 一致。"),
        ("签订与评审", "新客户上架前签订 SLA；每年与客户评审一次 SLA 达成情况并修订。"),
        ("监控与报告", "按月出具客户服务报告，统计 SLA 达成率，未达成的启动改进。")],
        ["39/slm-procedure"]),
    "improve": ("运维服务持续改进管理办法", 12, [
        ("识别", "改进机会来源于客户投诉与满意度、KPI 未达标、内审、事件/问题分析、员工建议。"),
        ("记录与批准", "改进项目登记于改进台账，经部门经理批准后立项。"),
        ("评估与测量", "按影响客户数、风险降低、投入成本评估优先级；实施后以指标对比测量效果。"),
        ("报告", "改进进展在月度质量分析会报告，年度汇总进入管理评审。")],
        ["65/procedure"]),
    "monitor": ("运维服务监视测量及内部审核办法", 13, [
        ("服务监视", "通过动环平台、网管、工单系统按日、周、月统计 KPI，月度质量分析会评审。"),
        ("内部审核", "每年至少一次覆盖全部园区和流程的内部审核，审核员经培训持证，不审核本岗位；不符合项限期整改并验证。"),
        ("外部认证", "公司通过 ISO 20000、ISO 27001 认证，每年接受监督审核。")],
        ["61/monitoring-process", "62/monitoring-process", "61/audit-system", "62/audit-mechanism"]),
    "emerg": ("运维应急处置及恢复策略", 14, [
        ("适用场景", "市电中断、UPS 故障、制冷失效、核心网络中断、火灾、安全攻击。"),
        ("处置方案", "按场景的处置步骤：柴发启动、负载切换、机柜降载、网络链路切换、客户通知。"),
        ("恢复策略", "以客户等级排序恢复：金牌客户优先；恢复目标 RTO 金牌 30 分钟、银牌 2 小时、铜牌 4 小时。")],
        ["55/plan"]),
}

MANUAL_PDCA = ("运维服务管理体系运行（PDCA）", "策划：年度服务目标与计划；实施：按制度开展运维；检查：月度 KPI、内审与客户满意度；"
               "改进：管理评审输出改进项并跟踪闭环，形成持续改进循环。")


def zd(co, d, key, ver="V2.1"):
    name, n, secs, items = ZD[key]
    code = "%s-YW-ZD-%02d" % (co.code, n)
    b = ctl(co, d, code, ver)
    for i, (h, p) in enumerate(secs, 1):
        b += [("h1", "第%d条 %s" % (i, h)), ("p", p)]
    b += [("p", "本办法自发布之日起施行，由运维服务部负责解释。")]
    return Doc("zd", name, d, items, False, [("title", name)] + b)


def manual(co, d, keys, pdca):
    t = "运维服务管理手册"
    b = [("title", t), ("p", co.name + " 运维服务部")] + ctl(co, d, "%s-YW-SC-01" % co.code, "C/0")
    items = []
    if pdca:
        b += [("h1", "第一篇 " + MANUAL_PDCA[0]), ("p", MANUAL_PDCA[1])]
        items.append("10/pdca")
    for i, k in enumerate(keys, 2):
        name, n, secs, its = ZD[k]
        b.append(("h1", "第%d篇 %s" % (i, name)))
        for h, p in secs:
            b += [("h2", h), ("p", p)]
        items += its
    return Doc("manual", t, d, items, False, b)


ZY = {
    "ups": ("UPS及列头柜维护作业指导书", "UPS 旁路切换、电池内阻测试、列头柜开关红外测温的操作步骤、风险点与回退。"),
    "fw": ("防火墙及IPS日常维护作业指导书", "策略备份、特征库升级、会话数与CPU检查、HA 状态核对、策略变更双人复核。"),
    "rack": ("客户设备上下架作业指导书", "核对工单与授权、U位确认、PDU 配电、跳线标签、上架后拍照回传客户。"),
    "cool": ("精密空调巡检作业指导书", "回风温湿度、压缩机电流、冷凝器清洁、漏水绳检测。"),
    "vm": ("云主机安全加固作业指导书", "系统补丁、账号口令策略、防病毒客户端安装、日志外发至审计平台。"),
}


def zy(co, d, key, n):
    name, body = ZY[key]
    b = [("title", name)] + ctl(co, d, "%s-YW-ZY-%02d" % (co.code, n), "V1.3") + [
        ("h1", "一、适用范围"), ("p", "适用于%s各园区。" % co.name),
        ("h1", "二、作业步骤"), ("p", body),
        ("h1", "三、安全注意事项"), ("p", "作业前开工作票并在变更窗口内实施，双人作业，一人操作一人监护。"),
        ("h1", "四、记录"), ("p", "作业结果回填工单。")]
    return Doc("zy", name, d, ["24/work-instructions"], False, b)


def zy_book(co, d, keys):
    t = "托管及代维项目施工手册（作业指导书汇编）"
    b = [("title", t)] + ctl(co, d, "%s-YW-ZY-00" % co.code, "V2.0")
    for i, k in enumerate(keys, 1):
        b += [("h1", "第%d部分 %s" % (i, ZY[k][0])), ("p", ZY[k][1]), ("p", "作业前开工作票，双人作业。")]
    return Doc("zy_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ---------------------------------------------------------------- 客户 onboarding

def survey(co, d, tm, sec):
    head = [("p", "客户：%s    调研人：%s（客户经理）、%s（运维）    日期：%s" % (co.customer, co.p(3), co.p(2), when(co, d))),
            ("p", "调研方式：与客户科技部%s、分管行领导访谈，查阅其三年科技规划，现场勘察原机房。" % co.cp(0))]
    return text("survey", "%s机柜托管及代维需求调研报告" % co.customer, d, False, head, [
        (True, [], [("h1", "一、托管规模"), ("p", "需机柜 12 个（其中 8kW 高密柜 4 个），双路市电，A/B 路 PDU。")]),
        (tm, ["1/survey"], [("h1", "二、服务时间要求"),
                            ("p", "客户要求 7×24 小时驻场值守和远程手服务，年末决算、节假日前后需加派工程师；"
                                  "工作日 8:00-18:00 需有专人负责客户门户工单，夜间 15 分钟内响应。")]),
        (sec, ["5/survey"], [("h1", "三、安全服务需求"),
                             ("table", [["类别", "需求"], ["边界防护", "托管区防火墙、IPS 代维"], ["监测审计", "日志集中审计、漏洞扫描"],
                                        ["合规", "配合等级保护三级测评"], ["应急", "DDoS 清洗、安全事件应急响应"]])]),
    ], [("h1", "结论"), ("p", "需求经客户确认，作为 SLA 与服务方案依据。")])


def budget(co, d):
    rows = [["机柜代维（驻场）", "2人×365天", "运维工程师", 2 * 365, 438000, "上架后次月起"],
            ["安全设备代维", "120人天", "安全工程师", 120, 180000, "按季度"],
            ["巡检及健康检查", "48人天", "班组", 48, 43200, "每季度末"],
            ["项目管理", "24人天", "项目经理", 24, 36000, "月度服务报告"]]
    return book("budget", "%s托管代维项目成本预算" % co.customer, d, False,
                [("预算", ["服务项", "工作量", "人力资源", "人天", "经费（元）", "项目节点"], rows, ["2/budget"])])


def kickoff(co, d):
    head = [("p", "时间：%s    地点：%s 会议室" % (when(co, d), co.parks[0])),
            ("p", "参加：%s（客户）%s、%s；我方 %s、%s" % (co.customer, co.cp(0), co.cp(1), co.p(3), co.p(0)))]
    return text("kickoff", "%s托管上架对接会纪要" % co.cust, d, False, head, [
        (True, ["3/communication"], [("h1", "议定事项"),
                                      ("p", "1. 双方确认机柜位置为%s 3 楼 M302 模块 C 列 01-12 柜。" % co.parks[0]),
                                      ("p", "2. 双方同意按金牌 SLA 执行，驻场 2 人，每月 5 日前提交服务报告。"),
                                      ("p", "3. 客户同意变更窗口为周二、周四凌晨。以上事项双方一致认可，签字确认。")]),
    ], [("p", "客户签字：%s    我方签字：%s" % (co.cp(0), co.p(3)))])


def history(co, d, on):
    return text("history", "%s托管前运行数据分析及保障方案" % co.cust, d, False, [("p", "日期：" + when(co, d))], [
        ("list" in on, ["4/history-list"], [("h1", "一、历史运行数据清单"), ("table", [
            ["数据项", "来源", "时间段"], ["原机房停电/UPS 告警记录", "客户原机房动环", "近24个月"],
            ["核心系统中断事件", "客户事件台账", "近24个月"], ["变更记录", "客户变更台账", "近12个月"], ["违规操作记录", "堡垒机审计", "近12个月"]])]),
        ("analysis" in on, ["4/analysis"], [("h1", "二、分析"),
                                            ("p", "可用性指标完成 99.95%，未达 99.99% 目标；发现违规操作 3 次（未审批远程登录）；"
                                                  "重大事件 2 起（UPS 故障、空调漏水）；失败变更 1 次（存储微码升级回退）。")]),
        ("strategy" in on, ["4/strategy"], [("h1", "三、保障策略与实施方案"),
                                            ("p", "迁入 TIER III 园区 2N 供电机柜；堡垒机强制审批；存储变更必须先在测试环境验证；实施节点见附表。")]),
    ])


def sla(co, d, modes, core, health):
    head = [("p", "甲方：%s    乙方：%s    签订日期：%s" % (co.customer, co.name, when(co, d)))]
    return text("sla", "机柜托管及代维服务水平协议（SLA）", d, False, head, [
        (True, [], [("h1", "1 服务范围"), ("p", "%s %s 模块 12 个机柜的托管、基础设施运维，以及客户%s等系统所在设备的代维。"
                                             % (co.parks[0], "M302", co.sys(0)))]),
        (modes, ["35/sla"], [("h1", "2 运维方式"),
                             ("p", "驻场值守（园区 7×24 值班，客户专属驻场 2 人）；定期巡检（每日两次班组巡检、每季度健康检查）；"
                                   "远程值守（NOC 远程监控，远程手服务）。")]),
        (core, ["36/sla", "39/sla"], [("h1", "3 服务等级与核心指标（金牌）"), ("table", [
            ["指标", "承诺值"], ["供电可用性", "≥99.995%"], ["制冷（温度 18-27℃）达标率", "≥99.99%"],
            ["核心系统可用率", "≥99.95%"], ["P1 响应/到场", "5 分钟/15 分钟"], ["服务报告", "每月 5 日前"]])]),
        (health, ["15/agreement"], [("h1", "4 健康检查"),
                                    ("p", "乙方每季度对客户安全设备和业务系统做一次健康检查，方式为现场检查结合远程检查，出具检查报告。")]),
    ], [("p", "甲方盖章：          乙方盖章：")])


def catalog(co, d, lv):
    rows = [["基础服务", "初始服务", "上架验收、资产登记、配置建档"], ["基础服务", "安全设备运维", "防火墙/IPS/WAF 代维"],
            ["基础服务", "日常巡检", "班组每日两次巡检"], ["基础服务", "健康检查", "季度健康检查"],
            ["基础服务", "安全事件审计", "日志审计及周报"]]
    items = ["12/catalog", "29/catalog"]
    if "l2" in lv:
        rows += [["增值服务", "运维监控与分析", "动环与网管监控月报"], ["增值服务", "终端安全监控", "客户终端 EDR 代管"],
                 ["增值服务", "等级保护合规性运维", "等保测评配合与整改"]]
        items.append("19/catalog")
    if "l1" in lv:
        rows += [["增值服务", "安全通告及漏洞分析", "漏洞预警周报"], ["增值服务", "应急响应", "7×24 应急响应"]]
        items.append("26/catalog")
    return Doc("catalog", "IDC运维服务产品目录", d, items, False,
               sheets=[("服务目录", [["IDC运维服务产品目录（%d版）" % d.year], ["类别", "服务", "内容"]] + rows)])


def ola(co, d, sld):
    return text("ola", "内部运营级别协议（OLA）", d, False, [("p", "日期：" + when(co, d))], [
        (sld, ["8/sld"], [("h1", "一、对外服务级别设计"), ("p", "对客户的金/银/铜 SLA 及对安全服务商%s的服务级别要求（响应 30 分钟、到场 4 小时）。" % co.vendor)]),
        (True, ["8/ola"], [("h1", "二、内部班组运营级别"),
                           ("p", "动力班、网络班、安全组之间的转派时限与处置时限，与对外 SLA 和第三方服务级别逐项对应，保持一致。")]),
    ])


def org(co, d, roles):
    b = [("p", "发布日期：" + when(co, d)), ("h1", "组织架构"),
         ("p", "安全领导小组（组长：%s）→ 运维服务部 → 动力班组、网络班组、安全组、服务台；外包执行组含%s驻场工程师%s。"
          % (co.boss, co.vendor, co.vp(0)))]
    items = ["9/org-chart", "23/org-chart"]
    if roles:
        b += [("h1", "岗位与职责"), ("table", [["角色", "职责"], ["值班经理", "事件升级与调度"], ["安全管理员", "安全策略与审计"],
                                           ["系统管理员", "代维主机"], ["服务台", "受理与派单"], ["审计员", "日志审计"]])]
        items += ["18/roles", "23/roles"]
    return Doc("org", "运维服务部组织架构及岗位职责", d, items, False, [("title", "运维服务部组织架构及岗位职责")] + b)


def roster(co, d, outs):
    rows = [[co.p(i), ["值班经理", "动力班组长", "网络班组长", "安全工程师", "服务台", "安全管理员"][i], co.parks[i % 3], "在岗"] for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[co.vp(i), "外包安全工程师（%s）" % co.vendor, co.parks[0], "驻场"] for i in range(2)]
        its.append("9/outsourcing")
    return book("roster", "运维人员名册", d, False, [("名册", ["姓名", "岗位", "园区", "状态"], rows, its)])


def interface(co, d):
    return text("interface", "关于指定托管客户安全管理接口人的通知", d, False, [("p", when(co, d))], [
        (True, ["28/interface-person"], [("p", "指定安全组%s为%s安全管理接口人，负责安全事件通报、漏洞通告推送和安全需求对接；%s为备岗。"
                                           % (co.p(3), co.customer, co.p(5)))])])


def desk(co, d):
    return text("desk", "关于成立7×24客户服务台的通知", d, False, [("p", when(co, d))], [
        (True, ["48/service-desk"], [("p", "成立运维服务部客户服务台，统一受理热线、客户门户和企业微信工单，三班倒，每班 2 人，负责人%s。" % co.p(4))])])


# ---------------------------------------------------------------- 园区 records

def patrol(co, d, kinds, park):
    """班组巡检记录: one workbook, a sheet per record kind."""
    S = []
    days = [d - timedelta(days=i) for i in range(4)]
    S.append(("机房巡检", ["日期", "班次", "班组", "项目", "结果", "巡检人"],
              [[x.isoformat(), s, "动力班", "UPS/列头柜/空调/漏水/消防", "正常", co.p(1)] for x in days for s in ("白班", "夜班")] if "insp" in kinds else [],
              ["44/inspection"]))
    S.append(("安全设备维护", ["日期", "设备", "维护内容", "状态", "维护人"],
              [[x.isoformat(), "托管区防火墙 FW-%s-0%d" % (park[:2], i), "策略备份、状态检查、特征库升级", "正常", co.p(3)] for i, x in enumerate(days[:3])] if "maint" in kinds else [],
              ["14/maintenance", "44/maintenance"]))
    S.append(("病毒查杀", ["日期", "范围", "病毒库版本", "查杀结果", "处理人"],
              [[x.isoformat(), "代维云主机 36 台", "2026%02d%02d" % (x.month, x.day), "发现 1 个木马已清除" if i == 0 else "未发现", co.p(5)] for i, x in enumerate(days[:2])] if "virus" in kinds else [],
              ["44/virus-scan", "45/antivirus"]))
    S.append(("故障", ["日期", "设备", "故障现象", "硬件/软件", "处理", "工单号"],
              [[days[1].isoformat(), "IPS-02", "电源模块告警", "硬件", "更换电源", "%s%s0107" % (co.tk, ymd(days[1]))],
               [days[3].isoformat(), "接入交换机", "光模块 CRC", "硬件", "更换光模块", "%s%s0211" % (co.tk, ymd(days[3]))]] if "fault" in kinds else [],
              ["44/faults", "14/hardware-faults"]))
    S.append(("升级", ["日期", "设备", "升级内容", "变更单", "结果"],
              [[days[2].isoformat(), "WAF", "特征库及固件 V5.2→V5.3", "CHG-%s" % ymd(days[2]), "成功"]] if "up" in kinds else [],
              ["44/upgrades"]))
    return book("patrol", "%s班组巡检及维护记录（%d年%d月）" % (park, d.year, d.month), d, True, S)


def dh_report(co, d, trend):
    head = [("p", "%s 动环及运维监控月报  报告期：%d年%d月  编制：%s" % (co.parks[0], d.year, d.month, co.p(0)))]
    return text("dh", "%d年%d月运维监控分析月报" % (d.year, d.month), d, True, head, [
        (True, [], [("h1", "一、本月概况"), ("p", "PUE 1.38；动环告警 214 条，其中紧急 2 条；工单 386 张。")]),
        (trend, ["50/monitoring-report"], [("h1", "二、指标趋势分析"), ("table", [
            ["指标", "7月", "8月", "9月", "10月", "趋势"], ["PUE", "1.45", "1.47", "1.41", "1.38", "下降"],
            ["动环告警数", "260", "301", "233", "214", "下降"], ["网络可用率%", "99.998", "99.990", "99.999", "99.999", "平稳"],
            ["工单平均处理时长(分)", "48", "52", "41", "39", "改善"]]),
            ("p", "8 月高温导致告警上升，冷通道封闭改造后回落。")]),
    ])


def avail(co, d, parts):
    return text("avail", "%d年托管客户可用性管理报告" % d.year, d, True, [("p", "编制：%s  %s" % (co.p(0), when(co, d)))], [
        ("plan" in parts, ["18/availability-plan", "22/plan"], [("h1", "一、可用性计划"),
                                                                ("p", "目标：供电 99.995%、核心系统 99.95%；措施：2N 供电、N+1 制冷、双上联网络、季度切换演练。")]),
        ("events" in parts, ["18/availability-events", "22/events"], [("h1", "二、可用性事件"), ("table", [
            ["日期", "事件", "影响时长", "工单"], [(d - timedelta(days=40)).isoformat(), "B 路 UPS 旁路", "0（A 路保持）", co.tk + "0412"],
            [(d - timedelta(days=90)).isoformat(), "核心交换机板卡故障", "6 分钟", co.tk + "0233"]])]),
        ("report" in parts, ["18/availability-report", "22/report"], [("h1", "三、可用性执行情况与改进"),
                                                                     ("p", "本年供电可用性 100%，核心系统 99.97%；改进：板卡故障后增加备件库存。")]),
    ])


def kpis(co, d):
    return book("kpis", "托管客户可用性指标清单", d, False, [("指标", ["层级", "指标", "口径", "目标"], [
        ["整体", "机房基础设施可用性", "供电与制冷同时正常时长/总时长", "99.995%"],
        ["单系统", co.sys(0) + "可用率", "可访问时长/总时长", "99.95%"],
        ["单系统", co.sys(1) + "可用率", "同上", "99.9%"]], ["6/availability-kpis"])])


def ledger(co, d, rel):
    S = [("机柜U位资产", ["资产编号", "类型", "型号", "功能", "园区/机柜/U位", "端口对应", "等级", "责任人"],
          [["ZC-%04d" % (100 + i), t, m, f, "%s/M302-C%02d/U%d-U%d" % (co.parks[0], i + 1, 10 + i, 11 + i), "Gi1/0/%d↔ODF-%d" % (i + 1, i + 1), lv, co.p(i)]
           for i, (t, m, f, lv) in enumerate([("防火墙", "USG6650", "边界防护", "核心"), ("IPS", "NIP6000", "入侵防御", "核心"),
                                             ("交换机", "S6730", "汇聚", "重要"), ("服务器", "R740", co.sys(0), "核心"), ("存储", "OceanStor 5300", "数据存储", "核心")])],
          ["13/asset-list", "43/asset-list", "27/cmdb"])]
    if rel:
        S.append(("关联关系", ["配置项", "关系", "配置项"], [["ZC-0100", "上联", "ZC-0102"], ["ZC-0103", "承载", co.sys(0)],
                                                            ["ZC-0104", "存储于", "ZC-0103"]], ["38/cmdb-relations"]))
    S.append(("权限与保护", ["配置库访问", "说明"], [["访问控制", "仅运维服务部配置管理员可写，其余只读"], ["完整性", "变更经工单审批后更新，保留历史版本"],
                                               ["可用性", "每日备份至异地园区"]], []))
    return book("ledger", "托管客户配置管理库（CMDB）导出", d, True, S)


def ci_log(co, d):
    return book("ci_log", "配置项变更登记", d, True, [("变更", ["日期", "配置项", "变更内容", "工单号", "登记人"], [
        [(d - timedelta(days=i * 9)).isoformat(), "ZC-01%02d" % i, c, "%s%s%03d" % (co.tk, ymd(d - timedelta(days=i * 9)), i), co.p(i)]
        for i, c in enumerate(["新增 U 位", "固件升级", "端口调整", "下架"])], ["43/ci-updates"])])


def tickets(co, d, resp):
    hdr = ["工单号", "类型", "客户", "提交时间", "响应时间", "响应(分钟)", "处理结果"] if resp else ["工单号", "类型", "客户", "提交时间", "处理结果"]
    rows = []
    for i in range(8):
        t = d - timedelta(days=i * 3)
        r = ["%s%s%04d" % (co.tk, ymd(t), 11 + i), ["事件", "服务请求", "事件", "变更"][i % 4], co.cust, t.isoformat() + " 10:%02d" % (i * 5)]
        if resp:
            r += [t.isoformat() + " 10:%02d" % (i * 5 + 3), 3 + i % 4]
        r.append("已关闭")
        rows.append(r)
    its = ["43/process-records"] + (["55/response-times"] if resp else [])
    return book("tickets", "工单系统导出（%d年%d月）" % (d.year, d.month), d, True, [("工单", hdr, rows, its)])


def change_log(co, d):
    return book("changes", "变更单台账", d, True, [("变更", ["变更单号", "窗口", "内容", "审批", "结果", "回退"], [
        ["CHG-%s-%02d" % (ymd(d - timedelta(days=7 * i)), i), (d - timedelta(days=7 * i)).isoformat() + " 00:00-04:00", c, co.p(0), "成功" if i != 2 else "失败已回退", "按方案"]
        for i, c in enumerate(["核心交换机补丁", "PDU 更换", "防火墙策略调整", "云主机扩容"])], ["54/records"])])


def health(co, d):
    return text("health", "%s季度健康检查报告" % co.cust, d, True, [("p", "检查日期：%s  方式：现场检查+远程检查  检查人：%s" % (when(co, d), co.p(3)))], [
        (True, ["15/records", "46/records"], [("h1", "检查结果"), ("table", [
            ["对象", "可用性检查", "持续性检查", "结论"], ["防火墙", "HA 正常", "CPU 峰值 41%", "良好"],
            [co.sys(0), "服务正常", "磁盘 72%", "关注"], ["UPS", "负载 38%", "电池内阻合格", "良好"]])])])


def collect(co, d, which):
    S = [("配置", ["时间", "设备", "配置快照", "差异"], [[d.isoformat(), "FW-01", "running-config 已备份", "无"]] if "config" in which else [], ["16/config"]),
         ("流量", ["时间", "链路", "入(Mbps)", "出(Mbps)"], [[d.isoformat() + " 10:00", "客户上联", 320, 210], [d.isoformat() + " 21:00", "客户上联", 510, 380]] if "traffic" in which else [], ["16/traffic"]),
         ("状态", ["时间", "设备", "CPU", "内存", "告警"], [[d.isoformat(), "IPS-01", "22%", "48%", "无"]] if "status" in which else [], ["16/status"])]
    return book("collect", "安全信息采集表", d, True, S)


def audit_week(co, d):
    return text("audit", "托管区日志审计周报", d, True, [("p", "周期：%s 至 %s  审计员：%s" % (when(co, d - timedelta(days=6)), when(co, d), co.p(5)))], [
        (True, ["17/log-analysis", "45/audit-report", "47/audit"], [("h1", "审计范围"),
            ("p", "防火墙/IPS/交换机 syslog，代维服务器及操作系统安全日志，网银前置等网络应用访问日志，统一接入日志审计平台。"),
            ("h1", "分析"), ("p", "暴力破解告警 17 次（已封禁源 IP）；非窗口期登录 1 次（已核实为紧急工单）；应用 5xx 异常 0.02%。")]),
        (True, ["45/monitoring"], [("h1", "安全设备监控"), ("p", "本周安全设备在线率 100%，特征库均为最新。")])])


def sec_stats(co, d, ana):
    return text("sec_stats", "%d年第%d季度安全事件统计分析" % (d.year, (d.month - 1) // 3 + 1), d, True, [("p", when(co, d))], [
        (True, ["18/incident-stats"], [("table", [["类别", "一般", "较大", "合计"], ["网络攻击（DDoS）", 4, 1, 5], ["有害程序", 2, 0, 2], ["设备故障", 6, 0, 6]])]),
        (ana, ["18/incident-analysis"], [("h1", "分析"), ("p", "DDoS 集中于月末，已与运营商联动清洗；有害程序均来自客户办公终端。")])])


def bulletin(co, d, n, full):
    return text("bulletin", "安全预警周报（第%d期）" % n, d, True, [("p", "发布：安全组  %s" % when(co, d))], [
        (True, ["52/vulnerability", "53/bulletin"], [("h1", "漏洞通告"), ("p", "OpenSSH 远程代码执行漏洞（高危），影响代维主机 6 台，已排期在变更窗口修复。")]),
        (full, ["52/virus", "52/policy"], [("h1", "病毒及政策动态"), ("p", "勒索病毒新变种通告；国家网信办发布数据出境相关规定，涉及客户数据的须评估。")]),
        (full, ["52/analysis"], [("h1", "分析与建议"), ("p", "本期漏洞对托管客户影响评估为中，建议优先修复外网暴露资产。")])])


def pt_plan(co, d):
    return text("pt_plan", "%d年托管客户渗透测试计划" % d.year, d, False, [("p", when(co, d))], [
        (True, ["31/pentest-plan", "32/pentest-plan"], [("table", [["季度", "目标", "窗口"], ["Q2", co.sys(1), "周六 22:00-02:00"], ["Q4", co.sys(2), "周六 22:00-02:00"]])])])


def pt_report(co, d):
    return text("pt_report", "%s渗透测试报告" % co.sys(1), d, True, [("p", "测试时间：%s  授权书编号 SQ-%s" % (when(co, d), ymd(d)))], [
        (True, ["31/pentest-records", "32/pentest-records"], [("h1", "发现"), ("p", "高危 1（越权查询），中危 3，低危 5；已复测高危修复。")])])


def dev_plan(co, d):
    return text("dev", "%d年运维工具研发计划" % (d.year + 1), d, False, [("p", when(co, d))], [
        (True, ["33/dev-plan"], [("table", [["工具", "用途", "来源", "完成时间"], ["动环告警收敛", "减少重复告警", "自身能力", "Q2"],
                                            ["客户门户 U 位可视化", "客户要求", "客户要求", "Q3"]])])])


def grading(co, d):
    return text("grading", "%s等级保护定级报告" % co.sys(0), d, False, [("p", when(co, d))], [
        (True, ["51/grading"], [("p", "业务信息安全等级第三级，系统服务安全等级第三级，定为第三级，已向公安机关备案。")])])


def criteria(co, d):
    return text("criteria", "托管系统安全保护等级划分标准", d, False, [("p", when(co, d))], [
        (True, ["51/grading-criteria"], [("p", "依据 GB/T 22240，以受侵害客体和侵害程度确定等级；表：一般损害公民法人→一级……严重损害社会秩序→三级。")])])


def eplan(co, d, rec):
    return text("eplan", "数据中心运营安全突发事件应急预案", d, False, [("p", "版本 V3.0  " + when(co, d))], [
        (True, ["36/emergency-plan", "53/emergency-plan"], [("h1", "组织与响应"), ("p", "应急领导小组、现场处置组；分级响应与客户通报。")]),
        (rec, ["36/recovery-plan"], [("h1", "系统恢复计划"), ("p", "按客户等级恢复供电、网络、代维系统；恢复后验证并书面通知客户。")])])


def bcp(co, d):
    return text("bcp", "数据中心业务连续性计划", d, False, [("p", "已经总经理办公会审批发布  " + when(co, d))], [
        (True, ["42/bcp"], [("p", "关键业务：托管供电、制冷、网络；RTO/RPO；异地园区%s作为备份站点；年度演练。" % co.parks[2])])])


def drill(co, d, kind):
    t = {"e": "园区市电中断应急演练记录", "r": "核心系统切换恢复演练记录", "s": "勒索病毒应急演练记录"}[kind]
    its = {"e": ["40/emergency-drill", "53/drill"], "r": ["40/recovery-drill"], "s": ["53/drill", "40/emergency-drill"]}[kind]
    return text("drill", t, d, True, [("p", "时间：%s  地点：%s  总指挥：%s" % (when(co, d), co.parks[1], co.boss))], [
        (True, its, [("h1", "过程"), ("p", "09:00 模拟告警→09:02 启动预案→09:20 切换完成→09:40 恢复验证；客户%s现场见证。" % co.cp(1)),
                     ("h1", "总结"), ("p", "切换时长 18 分钟，达标；通知客户环节晚 3 分钟，纳入改进。")])])


def csat(co, d, h):
    return text("csat", "%d年%s托管客户满意度调查报告" % (d.year, h), d, True, [("p", when(co, d))], [
        (True, ["41/surveys", "58/survey", "63/survey"], [("table", [["维度", "得分"], ["响应速度", 94], ["专业能力", 92], ["沟通", 90]]),
                                                          ("p", "综合 92.4 分；沟通维度偏低，原因是变更通知提前量不足。")])])


def csat_trend(co, d):
    return text("trend", "客户满意度趋势分析（%d）" % d.year, d, True, [("p", when(co, d))], [
        (True, ["41/trend"], [("table", [["期次", "综合"], ["2025上半年", 89.1], ["2025下半年", 90.6], ["2026上半年", 92.4]]), ("p", "连续三期上升。")])])


def callbacks(co, d):
    return book("callbacks", "客户回访登记表", d, True, [("回访", ["日期", "客户", "方式", "内容", "回访人"],
                [[(d - timedelta(days=30 * i)).isoformat(), co.cust, "电话", "月度服务回访，无投诉", co.p(4)] for i in range(3)], ["63/follow-up-visits"])])


def desk_train(co, d):
    return book("desk_train", "服务台岗位培训记录", d, True, [("签到", ["日期", "课程", "姓名", "考核"],
                [[d.isoformat(), "工单系统及客户分级受理", co.p(i), "合格"] for i in range(4)], ["48/training"])])


def kb(co, d):
    return book("kb", "运维知识库条目导出", d, True, [("知识", ["编号", "标题", "分类", "发布人"],
                [["KB-%04d" % (300 + i), t, c, co.p(i)] for i, t, c in [(0, "UPS 旁路切换注意事项", "动力"), (1, "光模块 CRC 排查", "网络"), (2, "WAF 误报处理", "安全")]],
                ["21/knowledge-base"])])


def quality(co, d, capa):
    """月度质量分析会纪要: several decisions (data, measurement, corrective actions)."""
    return text("quality", "%d年%d月运维质量分析会纪要" % (d.year, d.month), d, True, [("p", "主持：%s  %s" % (co.boss, when(co, d)))], [
        (True, ["56/data"], [("h1", "一、运维数据"), ("table", [
            ["指标", "本月"], ["异常报告及时率", "99.2%"], ["异常漏报率", "0.3%"], ["维护作业计划及时完成率", "98%"], ["故障隐患发现率", "96%"],
            ["异常主动发现率", "91%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "97%"], ["安全补丁安装及时率", "94%"], ["安全事件次数", "3"]])]),
        (True, ["57/measurement"], [("h1", "二、目标达成"), ("p", "满意度 92.4 达标；投诉 1 件；安全补丁安装及时率 94% 未达 95% 目标。")]),
        (capa, ["57/capa"], [("h1", "三、纠正预防措施"), ("p", "补丁未达标：责任人%s，措施为补丁窗口由月度改为双周，11 月底验证。" % co.p(5))])])


def preventive(co, d):
    return text("prev", "隐患排查及预防措施验证记录", d, True, [("p", when(co, d))], [
        (True, ["66/preventive-actions"], [("p", "预防：夏季高温前清洗冷凝器、增加冷通道温度探头。")]),
        (True, ["66/effectiveness"], [("p", "验证：8 月最高回风温度 26.1℃，未超限，措施有效。")])])


def improve_plan(co, d, crit):
    return text("iplan", "%d年运维服务持续改进计划" % d.year, d, False, [("p", when(co, d))], [
        (True, ["64/plan", "68/plan"], [("table", [["改进项", "目标", "负责人", "期限"], ["告警收敛", "重复告警下降 30%", co.p(0), "Q3"], ["变更通知", "提前 5 个工作日", co.p(4), "Q2"]])]),
        (crit, ["64/criteria"], [("h1", "评估标准"), ("p", "按客户影响、风险、成本三项打分，识别、记录、批准、评估、测量、报告各环节留痕。")])])


def improve_book(co, d, pri, done):
    S = [("改进机会", ["编号", "来源", "内容", "优先级", "批准"],
          [["GJ-%02d" % i, s, c, p, co.boss] for i, (s, c, p) in enumerate([("满意度", "变更通知提前量", "高"), ("KPI", "补丁及时率", "高"), ("员工建议", "巡检 PDA 化", "中")])] if pri else [],
          ["67/analysis", "67/prioritisation"]),
         ("实施跟踪", ["编号", "实施情况", "效果测量"], [["GJ-00", "已实施", "投诉 0"], ["GJ-01", "已实施", "及时率 97%"]] if done else [],
          ["68/implementation", "68/effectiveness"])]
    return book("ibook", "改进项目台账", d, True, S)


def improve_train(co, d):
    return book("itrain", "持续改进意识宣贯签到表", d, True, [("签到", ["日期", "主题", "姓名"], [[d.isoformat(), "持续改进与服务意识宣贯", co.p(i)] for i in range(5)],
                ["69/awareness-training"])])


def defects(co, d):
    return text("defects", "年度重大事件及失败变更分析报告", d, True, [("p", when(co, d))], [
        (True, ["70/defect-analysis"], [("p", "重大事件 2 起、失败变更 1 次、SLA 不达标 1 月；原因与改进计划见附表。")])])


def forecast(co, d):
    return text("forecast", "%d年运维服务趋势预测" % (d.year + 1), d, True, [("p", when(co, d))], [
        (True, ["71/forecast"], [("p", "汇总日志、变更、事件、请求、问题数据：请求年增 18%，高密机柜需求上升；预测明年需增加驻场 1 人。")])])


def automation(co, d, auto):
    return text("auto", "代维服务数据分析及自动化建议", d, True, [("p", when(co, d))], [
        (True, ["7/impact-analysis"], [("p", "过去一年解决方案及对客户生产的影响：8 次变更引起短时中断合计 26 分钟。")]),
        (auto, ["7/automation"], [("p", "安全事件处置平均 42 分钟，其中封禁 IP 占 60%，建议自动化封禁与巡检自动采集。")])])


def internal_audit(co, d):
    return text("ia", "%d年度内部审核报告" % d.year, d, True, [("p", when(co, d))], [
        (True, ["59/internal-audit"], [("p", "依据 ISO 20000 与客户 SLA 审核三个园区，开具不符合 2 项、观察项 3 项，已整改验证。")])])


def review(co, d, inputs):
    parts = [("perf", ["60/performance"], "服务和流程的执行情况及符合性：KPI 达成 11/12。"),
             ("fb", ["60/customer-feedback"], "客户反馈：满意度 92.4，投诉 1 件。"),
             ("res", ["60/resources"], "当前和预测资源：机柜上架率 78%，明年需扩容 1 个模块、增加 2 人。"),
             ("ca", ["60/corrective-actions"], "纠正措施进展：内审 2 项已关闭。"),
             ("chg", ["60/changes"], "可能影响服务的变更：新园区投产、客户核心系统迁移。"),
             ("imp", ["60/improvements"], "改进机会：告警收敛、巡检 PDA 化。")]
    return text("mr", "%d年度管理评审会议纪要" % d.year, d, True, [("p", "主持：%s  %s" % (co.boss, when(co, d)))],
                [(True, ["59/management-review"], [("p", "评审体系运行的适宜性、充分性和有效性。")])] +
                [(k in inputs, its, [("h2", "输入"), ("p", p)]) for k, its, p in parts])


def req_test(co, d, parts):
    return text("retrofit", "%s迁移上架改造方案" % co.sys(0), d, False, [("p", when(co, d))], [
        ("req" in parts, ["11/requirements"], [("h1", "客户需求分析"), ("p", "功能、性能（TPS≥800）、安全性要求，客户确认。")]),
        ("test" in parts, ["25/test-plan"], [("h1", "测试计划"), ("p", "割接前压测、链路切换测试。")]),
        ("rb" in parts, ["11/rollback", "25/rollback"], [("h1", "回退措施"), ("p", "失败时 30 分钟内切回原机房链路。")]),
        ("compat" in parts, ["11/compatibility"], [("h1", "兼容性验证"), ("p", "网络兼容、系统兼容、应用兼容验证通过，见验证报告。")])])


def baseline(co, d):
    return book("baseline", "安全配置基线", d, False, [("基线", ["设备", "基线项", "要求"], [["防火墙", "管理口", "仅 NOC 网段"], ["Linux", "SSH", "禁用 root 登录"]], ["25/baseline"])])


def annual_ops(co, d):
    return text("annual", "%d年度托管服务总结" % d.year, d, True, [("p", when(co, d))], [
        (True, [], [("p", "全年服务工单 4,120 张，SLA 月度达成 11/12，客户续约 3 年。")])])


# ---------------------------------------------------------------- decoys and non-proving records

def access_log(co, d, park):
    return book("access", "%s出入机房登记表（%d年%d月）" % (park, d.year, d.month), d, True, [("登记", ["日期", "单位", "人员", "事由", "进入", "离开"],
                [[(d - timedelta(days=i)).isoformat(), co.cust, co.cp(i), "设备巡检", "09:10", "10:30"] for i in range(5)], [])])


def signin(co, d, plan):
    return void(book("signin", "《%s》宣贯培训签到" % plan, d, True, [("签到", ["日期", "内容", "姓名"], [[d.isoformat(), "学习《%s》" % plan, co.p(i)] for i in range(5)], [])]),
                "training record about a plan")


def doc_list(co, d):
    b = [("title", "运维服务部现行制度清单"), ("p", when(co, d))]
    for k in ZD:
        b.append(("p", "《%s》%s-YW-ZD-%02d 现行有效" % (ZD[k][0], co.code, ZD[k][1])))
    return Doc("doclist", "现行制度清单", d, [], False, b, decoy="cites other documents")


def dutyroster(co, d):
    return book("duty", "%d年%d月值班表" % (d.year, d.month), d, True, [("排班", ["日期", "白班", "夜班"], [[(d + timedelta(days=i)).isoformat(), co.p(i), co.p(i + 1)] for i in range(7)], [])])


def drill_notice(co, d):
    return void(text("dnotice", "关于开展园区市电中断应急演练的通知", d, True, [("p", when(co, d))], [
        (True, [], [("p", "定于下月组织演练，请各班组做好准备，演练方案另发。")])]),
                "drill notice, neither the plan nor the record")


UNREL = [("行政/食堂", "员工食堂供餐合同"), ("市场部", "机柜租赁报价单"), ("财务", "电费分摊表"), ("行政/消防", "消防车通道整改通知"),
         ("市场部", "云主机促销方案"), ("工会", "羽毛球比赛报名表")]


def unrelated(co, d, i):
    folder, t = UNREL[i]
    body = [(True, [], [("p", "%s %s，请相关人员知悉。" % (co.name, t))])]
    return folder, t, void(text("unrelated", t, d, False, [("p", when(co, d))], body), "unrelated")


# ---------------------------------------------------------------- the share

def build(co, lock_bytes):
    """Lay out a Z share: 体系文件/ (手册, 制度, 作业指导书), 园区/<园区>/ (巡检, 动环, 出入登记),
    客户/<客户>/ (调研, 合同SLA, CMDB, 健康检查, 满意度, 工单), 安全组/, 质量管理/, older copies under
    归档/<year>/, decoys."""
    co.cust, co.parks, co.tk, co.code = Z_INFO[co.info_id]
    r = co.rng
    TX, YQ, KH, AQ, ZL = "01体系文件/", "02园区/", "03客户/%s/" % co.cust, "04安全组/", "05质量管理/"
    optional = ["cmdb", "budget", "history", "auto", "ola", "roster", "interface", "retrofit", "baseline", "collect", "kb", "pt_plan", "pt",
                "dev", "grading", "criteria", "bcp", "rdrill", "trend", "callbacks", "desk_train", "prev", "iplan", "ibook", "itrain",
                "ia", "mr", "forecast", "defects", "sec_stats", "health", "audit", "avail", "kpis", "ci_log", "changes", "dh"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"auto", "pt", "trend", "callbacks", "kb", "ia", "audit", "rdrill", "itrain", "collect",
                                "desk_train", "ci_log", "sec_stats", "health", "defects"} - gaps), 3))
    made = []

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.4)
        opt.setdefault("styled", r.random() < 0.7)
        co.add(rel, doc, **opt)

    def slot(k, name, factory, age="record"):
        if k in gaps:
            return
        d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        put(name(d), doc)
        if doc.items and doc.record and k not in olds:
            made.append((name, factory, d))

    # --- 体系文件: 手册 with several 制度 as 篇, the rest alone
    keys = [k for k in ZD if r.random() >= 0.05]
    in_man = [k for k in keys if r.random() < 0.35]
    d = co.issued()
    put(TX + "%s-YW-SC-01 运维服务管理手册（C版）.pdf" % co.code, manual(co, d, in_man, r.random() < 0.9))
    for k in keys:
        if k in in_man:
            continue
        doc = zd(co, co.issued(), k)
        put(TX + "管理制度/%s-YW-ZD-%02d %s.%s" % (co.code, ZD[k][1], ZD[k][0], r.choice(["docx", "docx", "pdf"])), doc)
    zks = list(ZY)
    in_book = sorted(r.sample(zks, 2), key=zks.index)
    put(TX + "作业指导书/托管及代维项目施工手册.pdf", zy_book(co, co.issued(), in_book))
    for i, k in enumerate(zks, 1):
        if k not in in_book and r.random() < 0.8:
            put(TX + "作业指导书/%s-YW-ZY-%02d %s.docx" % (co.code, i, ZY[k][0]), zy(co, co.issued(), k, i))
    d = co.issued()
    put(TX + "组织架构/运维服务部组织架构及岗位职责_%d.pdf" % d.year, org(co, d, r.random() < 0.9))
    slot("roster", lambda d: TX + "组织架构/运维人员名册_%s.xlsx" % ymd(d), lambda d: roster(co, d, r.random() < 0.85), "issued")
    slot("interface", lambda d: TX + "发文/%s 关于指定安全管理接口人的通知.docx" % ymd(d), lambda d: interface(co, d), "issued")
    d = co.issued()
    put(TX + "发文/%s 关于成立7x24客户服务台的通知.pdf" % ymd(d), desk(co, d))
    slot("ola", lambda d: TX + "服务级别/内部OLA及第三方服务级别对照.docx", lambda d: ola(co, d, r.random() < 0.85), "issued")
    slot("kpis", lambda d: TX + "服务级别/可用性指标清单.xlsx", lambda d: kpis(co, d), "issued")
    d = co.issued()
    put(TX + "服务级别/IDC运维服务产品目录_%d.xlsx" % d.year, catalog(co, d, r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",)])))
    slot("bcp", lambda d: TX + "应急/数据中心业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    d = co.issued()
    put(TX + "应急/数据中心运营安全突发事件应急预案V3.0.docx", eplan(co, d, r.random() < 0.8))

    # --- 客户/<客户>: onboarding, contract, CMDB, health, satisfaction, tickets
    d0 = co.issued()
    put(KH + "01调研/%s需求调研报告.docx" % co.cust, survey(co, d0, r.random() < 0.9, r.random() < 0.85))
    slot("budget", lambda d: KH + "01调研/托管代维成本预算.xlsx", lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    put(KH + "01调研/%s 上架对接会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: KH + "01调研/托管前运行数据分析.docx", lambda d: history(co, d, on), "issued")
    d = co.issued()
    put(KH + "02合同/SLA-金牌-%s（双方盖章）.pdf" % co.cust, sla(co, d, r.random() < 0.9, r.random() < 0.88, r.random() < 0.85))
    parts = [p for p in ("req", "test", "rb", "compat") if r.random() < 0.85]
    slot("retrofit", lambda d: KH + "03迁移上架/%s迁移上架改造方案.docx" % co.sys(0), lambda d: req_test(co, d, parts), "issued")
    slot("baseline", lambda d: KH + "03迁移上架/安全配置基线_%d.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    relc = r.random() < 0.75
    slot("cmdb", lambda d: KH + "04配置/CMDB导出_%s.xlsx" % ymd(d), lambda d: ledger(co, d, relc))
    slot("ci_log", lambda d: KH + "04配置/配置项变更登记_%d.xlsx" % d.year, lambda d: ci_log(co, d))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: KH + "05健康检查/%dQ%d健康检查报告.pdf" % (d.year, (d.month - 1) // 3 + 1), lambda d: health(co, d))
    for d, h in [(date(2025, 6, 26), "上半年"), (date(2025, 12, 22), "下半年"), (date(2026, 6, 24), "上半年")]:
        if r.random() < 0.82:
            put(KH + "06满意度/%d%s满意度调查报告.%s" % (d.year, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("trend", lambda d: KH + "06满意度/满意度趋势分析_%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: KH + "06满意度/回访登记_%d.xlsx" % d.year, lambda d: callbacks(co, d))
    for i in range(2):
        d = co.fresh()
        rel = KH + "07工单/%s工单导出_%d%02d.xlsx" % (co.tk, d.year, d.month)
        if rel not in co.used:
            put(rel, tickets(co, d, r.random() < 0.8))
    d = co.fresh()
    put(KH + "08服务报告/%d年度托管服务总结.docx" % d.year, annual_ops(co, d))

    # --- 园区: 班组巡检 workbooks, 动环月报, 出入登记
    for j, park in enumerate(co.parks):
        d = co.fresh()
        kinds = [k for k in ("insp", "maint", "virus", "fault", "up") if r.random() < 0.75] or ["insp"]
        put(YQ + "%s/巡检/%d年%02d月 班组巡检及维护记录.xlsx" % (park, d.year, d.month), patrol(co, d, kinds, park))
        d = co.fresh()
        put(YQ + "%s/出入机房登记/%d%02d 出入登记.xlsx" % (park, d.year, d.month), access_log(co, d, park))
    for m in sorted(r.sample(range(5, 12), 2)):
        if "dh" in gaps:
            break
        d = date(2026, m, 6)
        put(YQ + "%s/动环月报/%d年%d月运维监控分析月报.%s" % (co.parks[0], d.year, m - 1, r.choice(["pdf", "docx"])), dh_report(co, d, r.random() < 0.7))
    av = [p for p in ("plan", "events", "report") if r.random() < 0.85]
    slot("avail", lambda d: YQ + "%s/可用性/%d年可用性管理报告.docx" % (co.parks[0], d.year), lambda d: avail(co, d, av))
    slot("changes", lambda d: YQ + "变更窗口/%d年变更单台账.xlsx" % d.year, lambda d: change_log(co, d))
    slot("desk_train", lambda d: "06服务台/培训/%s 服务台岗位培训.xlsx" % ymd(d), lambda d: desk_train(co, d))
    slot("kb", lambda d: "06服务台/知识库/知识库导出_%s.xlsx" % ymd(d), lambda d: kb(co, d))
    d = date(2026, 11, 3)
    put("06服务台/排班/%d年%d月值班表.xlsx" % (d.year, d.month), dutyroster(co, d))

    # --- 安全组
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: AQ + "监测/安全信息采集_%s.xlsx" % ymd(d), lambda d: collect(co, d, which))
    for i in range(r.randint(1, 2)):
        slot("audit", lambda d: AQ + "日志审计/%d/日志审计周报_%s.%s" % (d.year, ymd(d), r.choice(["docx", "pdf", "txt"])), lambda d: audit_week(co, d))
    slot("sec_stats", lambda d: AQ + "统计/%dQ%d安全事件统计分析.docx" % (d.year, (d.month - 1) // 3 + 1), lambda d: sec_stats(co, d, r.random() < 0.8))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 4 + i
        rel = AQ + "预警周报/安全预警周报第%d期.%s" % (n, r.choice(["pdf", "docx", "txt"]))
        if rel not in co.used:
            put(rel, bulletin(co, d, n, r.random() < 0.7))
    slot("pt_plan", lambda d: AQ + "渗透测试/%d年渗透测试计划.docx" % d.year, lambda d: pt_plan(co, d))
    slot("pt", lambda d: AQ + "渗透测试/%s_渗透测试报告_%s.pdf" % (co.sys(1), ymd(d)), lambda d: pt_report(co, d))
    slot("dev", lambda d: AQ + "工具研发/%d年运维工具研发计划.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("grading", lambda d: AQ + "等保/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("criteria", lambda d: AQ + "等保/安全保护等级划分标准.docx", lambda d: criteria(co, d), "issued")
    if r.random() < 0.9:
        d = co.fresh()
        put(AQ + "演练/%s 园区市电中断应急演练记录.docx" % ymd(d), drill(co, d, "e"))
    slot("rdrill", lambda d: AQ + "演练/%s 核心系统切换恢复演练.pdf" % ymd(d), lambda d: drill(co, d, "r"))
    if r.random() < 0.6:
        d = co.fresh()
        put(AQ + "演练/%s 勒索病毒应急演练.docx" % ymd(d), drill(co, d, "s"))

    # --- 质量管理
    # the 质量分析会 meets in the first week of a month; a share keeps one or two sets of minutes
    for m in sorted(r.sample(range(2, 11), r.randint(1, 2))):
        d = date(2026, m, r.randint(3, 8))
        put(ZL + "质量分析会/%d年%d月运维质量分析会纪要.docx" % (d.year, m), quality(co, d, r.random() < 0.8))
    slot("prev", lambda d: ZL + "预防措施/隐患排查及预防措施验证_%d.docx" % d.year, lambda d: preventive(co, d))
    slot("iplan", lambda d: ZL + "持续改进/%d年持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    pri, done = r.random() < 0.85, r.random() < 0.8
    slot("ibook", lambda d: ZL + "持续改进/改进项目台账_%s.xlsx" % ymd(d), lambda d: improve_book(co, d, pri, done))
    slot("itrain", lambda d: ZL + "持续改进/%s 改进意识宣贯签到.xlsx" % ymd(d), lambda d: improve_train(co, d))
    slot("defects", lambda d: ZL + "分析报告/%d年重大事件及失败变更分析.docx" % d.year, lambda d: defects(co, d))
    slot("forecast", lambda d: ZL + "分析报告/%d年服务趋势预测.docx" % (d.year + 1), lambda d: forecast(co, d))
    slot("auto", lambda d: ZL + "分析报告/代维服务数据分析及自动化建议_%d.docx" % d.year, lambda d: automation(co, d, r.random() < 0.8))
    slot("ia", lambda d: ZL + "内审/%d年度内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("mr", lambda d: ZL + "管理评审/%d年度管理评审会议纪要.docx" % d.year, lambda d: review(co, d, inputs))

    archive(co, made, put)
    decoys(co, lock_bytes, put, KH, AQ, ZL, TX)


def archive(co, made, put):
    """Each January the 部门 moves last year's records to 归档/<year>/ under their old folder: they
    are genuine, but a year older than the fresh copy, so they prove nothing current."""
    keep = [m for m in made if co.rng.random() < 0.2]
    for name, factory, d in keep:
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "归档/%d/%s" % (prev.year, name(prev))
        if rel in co.used:
            continue
        put(rel, factory(prev))


def decoys(co, lock_bytes, put, KH, AQ, ZL, TX):
    r = co.rng
    put(KH + "07工单/工单导出模板.xlsx", empty_form("工单系统导出", co.fresh(), ["工单号", "类型", "客户", "提交时间", "响应时间", "处理结果"]))
    put("02园区/%s/巡检/班组巡检记录表（空白）.xlsx" % co.parks[1], empty_form("班组巡检记录", co.fresh(), ["日期", "班次", "项目", "结果", "巡检人"]))
    put(KH + "02合同/SLA模板-银牌.docx", empty_form("机柜托管及代维服务水平协议（模板）", co.fresh(), ["服务范围", "运维方式", "服务等级与核心指标"], False))
    put(KH + "06满意度/满意度调查表（空白）.docx", empty_form("托管客户满意度调查表", co.fresh(), ["响应速度", "专业能力", "沟通", "建议"], False))
    put(KH + "05健康检查/健康检查报告模板.docx", empty_form("季度健康检查报告（模板）", co.fresh(), ["检查方式", "检查对象", "结论"], False))
    d = co.fresh()
    put(TX + "应急/数据中心业务连续性计划（征求意见稿）.docx", void(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put(KH + "02合同/SLA-金牌_草稿v0.3.docx", void(sla(co, d, True, True, True), "draft", "（草稿）"))
    d = co.fresh()
    put(ZL + "持续改进/%d年持续改进计划（讨论稿）.docx" % (d.year + 1), void(improve_plan(co, d, True), "draft", "（讨论稿）"))
    d = date(2022, 4, 11)
    put(TX + "管理制度/作废/%s-YW-ZD-05 运维问题管理办法（2022）作废.docx" % co.code, void(zd(co, d, "problem", "V1.0"), "obsolete", "【作废】"))
    d = date(2021, 10, 9)
    put(TX + "应急/作废/应急预案V2.0（作废）.pdf", void(eplan(co, d, True), "obsolete", "（作废）"))
    d = co.fresh()
    put(".recycle/%s/%s 园区市电中断应急演练记录.docx" % (co.p(2), ymd(d)), void(drill(co, d, "e"), "recycle bin"))
    d = co.fresh()
    put(".recycle/%s/CMDB导出_%s.xlsx" % (co.p(4), ymd(d)), void(ledger(co, d, True), "recycle bin"))
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[4:80:15]:
        folder, _, base = rel.rpartition("/")
        co.raw(folder + "/~$" + (base[2:] if len(base) > 6 else base), lock_bytes(co.p(3)), "Office lock file")
    co.raw(KH + "07工单/%s工单导出_202611 - 副本.xlsx" % co.tk, b"", "empty file")
    co.raw(AQ + "日志审计/2026/日志审计周报_20261123.docx", b"", "empty file")
    co.raw(ZL + "管理评审/新建 Microsoft Word 文档.docx", b"", "empty file")
    for plan in ("数据中心运营安全突发事件应急预案", "运维变更管理办法", "数据中心业务连续性计划"):
        if r.random() < 0.8:
            d = co.fresh()
            put("06服务台/培训/%s《%s》宣贯签到.xlsx" % (ymd(d), plan), signin(co, d, plan))
    put(TX + "现行制度清单_2026.docx", doc_list(co, co.fresh()))
    d = co.fresh()
    put(AQ + "演练/关于开展园区市电中断应急演练的通知.docx", drill_notice(co, d))
    for i in sorted(r.sample(range(len(UNREL)), 4)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("99其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf", "xlsx"])), doc)
