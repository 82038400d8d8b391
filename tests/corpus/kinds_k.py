# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_k.py - style K: the IT department of an automotive-parts manufacturing group.

A ninth author voice for the accuracy corpus, used only by the K shares.  The group's 信息技术部 (or IT中心)
runs IT and security operations for the group's plants and, as a service, for a sister company or a customer
plant (the form's customer); the group is IATF 16949 / ISO 9001 certified and its IT people write the way a
plant's quality system makes them write: 程序文件 (QP), 作业指导书 (WI) and 表单 (QR) with 文件编号, 版本 A/0 B/1
and a 修订履历; an IT管理手册 whose chapters are several programmes; 点检表 (TPM-style daily / weekly checks of
the security equipment) with one sheet per check kind; 异常联络单 and an IT异常处理台账 whose 类别 column holds
异常, 停线, 服务请求 and 变更; 8D报告 with 5Why; PFMEA of the IT processes; KPI看板; 改善提案; 分层审核; 早会 and
周例会 minutes; 供应商 (外包) 评价; folders by 部门 / 工厂 / 年度 / 月份 and English-Chinese plant jargon (Plant 2,
MES, SAP, IT Helpdesk, OEE, 停线).  Written from the form's 需提供证明材料, never from the rule pack.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section adds its
items only when it is written; a sheet with no data rows counts for nothing.  build(co, lock_bytes) lays out
the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the customer's short name (folder), the document-number prefix, the department's name, the plants
K_INFO = {
    "k1": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k2": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k3": ("长春座椅", "BX", "信息技术部", ["总部工厂", "Plant 3", "长春工厂"]),
    "k4": ("杭州湾工厂", "KT", "IT中心", ["Plant 1", "Plant 2", "慈溪工厂"]),
    "k5": ("柳州底盘", "YC", "信息技术部", ["一厂", "Plant 2", "柳州工厂"]),
    "k6": ("合肥工厂", "HR", "IT中心", ["Plant 1", "Plant 2", "合肥工厂"]),
    "k7": ("天津内饰", "BC", "信息技术部", ["总部工厂", "Plant 3", "天津工厂"]),
    "k8": ("绵阳发动机", "CY", "IT中心", ["Plant 1", "Plant 2", "绵阳工厂"]),
    "k9": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k10": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k11": ("长春座椅", "BX", "信息技术部", ["总部工厂", "Plant 3", "长春工厂"]),
    "k12": ("杭州湾工厂", "KT", "IT中心", ["Plant 1", "Plant 2", "慈溪工厂"]),
    "k13": ("柳州底盘", "YC", "信息技术部", ["一厂", "Plant 2", "柳州工厂"]),
    "k14": ("合肥工厂", "HR", "IT中心", ["Plant 1", "Plant 2", "合肥工厂"]),
    "k15": ("杭州湾工厂", "KT", "IT中心", ["Plant 1", "Plant 2", "慈溪工厂"]),
    "k16": ("长春座椅", "BX", "信息技术部", ["总部工厂", "Plant 3", "长春工厂"]),
    "k17": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k18": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k19": ("合肥工厂", "HR", "IT中心", ["Plant 1", "Plant 2", "合肥工厂"]),
    "k20": ("柳州底盘", "YC", "信息技术部", ["一厂", "Plant 2", "柳州工厂"]),
    "k21": ("杭州湾工厂", "KT", "IT中心", ["Plant 1", "Plant 2", "慈溪工厂"]),
    "k22": ("长春座椅", "BX", "信息技术部", ["总部工厂", "Plant 3", "长春工厂"]),
    "k23": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k24": ("杭州湾工厂", "KT", "IT中心", ["Plant 1", "Plant 2", "慈溪工厂"]),
    "k25": ("柳州底盘", "YC", "信息技术部", ["一厂", "Plant 2", "柳州工厂"]),
    "k26": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k27": ("长春座椅", "BX", "信息技术部", ["总部工厂", "Plant 3", "长春工厂"]),
    "k28": ("合肥工厂", "HR", "IT中心", ["Plant 1", "Plant 2", "合肥工厂"]),
    "k29": ("长春座椅", "BX", "信息技术部", ["总部工厂", "Plant 3", "长春工厂"]),
    "k30": ("杭州湾工厂", "KT", "IT中心", ["Plant 1", "Plant 2", "慈溪工厂"]),
    "k31": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k32": ("杭州湾工厂", "KT", "IT中心", ["Plant 1", "Plant 2", "慈溪工厂"]),
    "k33": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k34": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k35": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k36": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k37": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k38": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k39": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k40": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k41": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k42": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k43": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k44": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k45": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k46": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k47": ("杭州湾工厂", "KT", "IT中心", ["Plant 1", "Plant 2", "慈溪工厂"]),
    "k48": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k49": ("杭州湾工厂", "KT", "IT中心", ["Plant 1", "Plant 2", "慈溪工厂"]),
    "k50": ("合肥工厂", "HR", "IT中心", ["Plant 1", "Plant 2", "合肥工厂"]),
    "k51": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k52": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k53": ("合肥工厂", "HR", "IT中心", ["Plant 1", "Plant 2", "合肥工厂"]),
    "k54": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k55": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k56": ("杭州湾工厂", "KT", "IT中心", ["Plant 1", "Plant 2", "慈溪工厂"]),
    "k57": ("柳州底盘", "YC", "信息技术部", ["一厂", "Plant 2", "柳州工厂"]),
    "k58": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k59": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k60": ("杭州湾工厂", "KT", "IT中心", ["Plant 1", "Plant 2", "慈溪工厂"]),
    "k61": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k62": ("合肥工厂", "HR", "IT中心", ["Plant 1", "Plant 2", "合肥工厂"]),
    "k63": ("芜湖铸造", "RC", "信息技术部", ["一厂", "Plant 2", "芜湖工厂"]),
    "k64": ("柳州底盘", "YC", "信息技术部", ["一厂", "Plant 2", "柳州工厂"]),
    "k65": ("襄阳总装厂", "HQ", "IT中心", ["Plant 1", "Plant 2", "十堰工厂"]),
    "k66": ("柳州底盘", "YC", "信息技术部", ["一厂", "Plant 2", "柳州工厂"]),
}


def code(co, kind, n):
    return "%s-%s-IT-%02d" % (co.pfx, kind, n)


def ver_name(v):
    """B/1 as it appears in a file name (a "/" cannot be in one)."""
    return v.replace("/", "")


def doc_control(co, d, num, ver, title):
    """The IATF-style header: the document data table and the 修订履历."""
    rows = [["文件名称", title, "文件编号", num], ["版本", ver, "页次", "第1页 共%d页" % co.rng.randint(4, 9)],
            ["编制", co.p(0), "审核", co.p(1)], ["批准", co.boss, "生效日期", iso(d + timedelta(days=7))]]
    steps = [["A/0", "首次发行", co.p(0), "%d-03-01" % (d.year - 2)], ["A/1", "按IATF 16949审核意见修订", co.p(2), "%d-09-15" % (d.year - 1)],
             [ver, "组织调整，流程优化", co.p(0), iso(d)]]
    # the history ends at this version, which was issued on the document's date
    upto = {"A/0": 1, "A/1": 2}.get(ver, 3)
    hist = [["版本", "修订内容", "修订人", "日期"]] + steps[:upto - 1] + [[ver] + steps[upto - 1][1:3] + [iso(d)]]
    return [("p", co.name), ("table", rows), ("p", "修订履历"), ("table", hist)]


# ------------------------------------------------------------------ 程序文件 (QP)

# key -> (QP number, title, items, sections (heading, [steps]))
K_QP = {
    "incident": (5, "IT异常管理程序", ["49/incident-procedure"], [
        ("目的", ["规范IT系统异常（含停线类异常）的报告、响应、处理和关闭，尽快恢复生产。"]),
        ("适用范围", ["集团各工厂及受托服务单位的MES、SAP、网络、服务器、终端及安全设备。"]),
        ("职责", ["IT Helpdesk：受理、登记、派单；系统工程师：处理；IT经理：停线类异常的协调与升级。"]),
        ("工作流程", ["各工厂发现异常通过Helpdesk热线或异常联络单报告，Helpdesk 5分钟内登记并派单。",
                  "异常分A/B/C三级：A级（停线或全厂受影响）15分钟响应、2小时恢复；B级30分钟响应；C级4小时响应。",
                  "处理完成后由报告人确认，Helpdesk关闭异常联络单；A级异常24小时内启动8D。"]),
    ]),
    "request": (6, "IT服务请求管理程序", ["49/request-procedure"], [
        ("目的", ["规范账号开通、权限变更、软件安装、打印机及终端维护等日常服务请求的处理。"]),
        ("工作流程", ["申请人在Helpdesk系统提交请求，权限类请求须经部门经理审批；",
                  "Helpdesk按服务目录派单，标准请求1个工作日内完成；", "完成后申请人确认，每月统计请求量与及时率并在KPI看板公布。"]),
    ]),
    "problem": (7, "重复性异常及问题管理程序", ["20/procedure", "37/procedure"], [
        ("目的", ["对重复发生或原因不明的IT异常进行根本原因分析并永久解决，防止再发。"]),
        ("问题的识别", ["同一异常一个月内发生3次及以上、A级异常、客户投诉的异常，由IT经理立项为问题。"]),
        ("分析与解决", ["问题负责人用5Why/鱼骨图分析根本原因，10个工作日内提交8D报告，临时措施与永久措施分开管理。",
                    "永久措施涉及系统调整的按《IT变更管理程序》执行。"]),
        ("关闭", ["永久措施实施后跟踪30天无再发，经IT经理确认关闭，经验纳入经验教训库。"]),
    ]),
    "change": (8, "IT变更管理程序", ["54/procedure"], [
        ("目的", ["控制IT方案、系统、网络与设备资源的变更风险，避免变更引起停线。"]),
        ("变更分类", ["标准变更、一般变更、重大变更（影响生产或客户）、紧急变更。"]),
        ("变更流程", ["申请人填写IT变更申请单，写明变更内容、影响的工厂和产线、风险评估、测试结果和回退步骤；",
                  "一般变更IT经理批准，重大变更经变更评审会及生产部确认，安排在停产窗口（周日或换型）实施；",
                  "实施后验证，失败即回退；紧急变更事后2个工作日内补齐审批。"]),
        ("记录", ["变更申请单、实施及验证记录按月归档，登记在IT变更台账。"]),
    ]),
    "knowledge": (9, "经验教训及知识库管理程序", ["21/procedure"], [
        ("目的", ["把异常处理、8D和项目中的经验教训沉淀为知识，供Helpdesk和工程师复用。"]),
        ("流程", ["异常关闭后3个工作日内由处理人编写知识条目或OPL单点课；", "IT经理审核后发布到知识库；每年复查一次失效条目。"]),
    ]),
    "slm": (10, "IT服务水平管理程序", ["39/slm-procedure"], [
        ("目的", ["规定与各工厂及受托单位约定、监视和评审IT服务水平的方法。"]),
        ("流程", ["与客户签订IT服务水平协议（SLA），明确服务范围、服务时间、服务方式、响应恢复时间和报告方式；",
                "每月在KPI看板统计SLA达成情况，未达成项发起纠正措施；", "SLA每年评审一次，产线或系统变化时及时修订。"]),
    ]),
    "secinc": (11, "信息安全事件应急响应程序",
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("目的", ["规范病毒、攻击、数据泄露、工控网络异常等信息安全事件的处置。"]),
        ("事件分类分级", ["按类型分为恶意代码、网络攻击、信息泄露、工控（OT）安全、设备故障；按影响分为Ⅰ、Ⅱ、Ⅲ、Ⅳ级。"]),
        ("上报", ["发现人立即报告IT Helpdesk；Ⅱ级及以上事件15分钟内报告IT经理和信息安全委员会，涉及客户数据的同时通知客户接口人。"]),
        ("处置", ["隔离受影响终端或网段、遏制、清除、恢复生产；处置过程记入信息安全事件处理单。"]),
        ("应急响应", ["Ⅰ、Ⅱ级事件启动《IT应急计划》，信息安全委员会统一指挥。"]),
        ("事后处理", ["事件关闭后5个工作日内完成8D报告及横向展开，整改项纳入纠正措施跟踪。"]),
    ]),
    "audit": (12, "内部审核程序", ["61/audit-system", "62/audit-mechanism"], [
        ("目的", ["验证IT管理体系持续符合IATF 16949、ISO/IEC 27001的要求并有效运行。"]),
        ("审核类型", ["体系审核每年一次覆盖全部条款和部门；过程审核按风险每年策划；分层审核（LPA）由各级管理者按频次执行。"]),
        ("流程", ["质量部编制年度审核方案，审核员不审本部门；首末次会议、现场审核、不符合报告、整改验证；审核报告输入管理评审。"]),
    ]),
    "monitor": (13, "IT绩效监视与测量程序", ["61/monitoring-process", "62/monitoring-process"], [
        ("目的", ["规定IT服务绩效的监视、测量、分析和评价。"]),
        ("指标", ["系统可用率、停线时间、异常响应及时率、请求完成率、补丁及时率、客户满意度等，目标值见KPI看板。"]),
        ("流程", ["每月5日前由IT专员收集数据更新KPI看板；月度IT例会评价；未达标指标发起纠正措施（CAR）。"]),
    ]),
    "improve": (14, "持续改进程序", ["65/procedure"], [
        ("目的", ["规定改进机会的识别、记录、批准、评估、测量和报告。"]),
        ("流程", ["改进来源：KPI未达标、内审、客户反馈、8D、员工改善提案；", "改善提案登记后按收益、紧迫性、投入评分排序，IT经理批准；",
                "立项后设定可测量目标，完成后测量效果，每月在IT例会报告，年度在管理评审汇总。"]),
    ]),
    "training": (15, "信息安全培训服务程序", ["31/training-process"], [
        ("目的", ["规范向集团各工厂及受托单位提供的信息安全培训服务。"]),
        ("流程", ["每年12月收集培训需求，编制年度培训计划；", "实施培训并签到、考试；", "培训后评价效果，结果记入员工培训档案。"]),
    ]),
    "pentest": (16, "渗透测试管理程序", ["31/pentest-process"], [
        ("目的", ["规范对集团及受托单位系统开展的渗透测试。"]),
        ("流程", ["测试前签订授权书，明确范围、时间窗口和禁止事项，避开生产高峰；", "按信息收集、漏洞发现、验证、报告实施，禁止对PLC及产线设备测试；",
                "出具报告，整改后复测。"]),
    ]),
}

# the English names some files carry beside the Chinese one (the group's customers are foreign OEMs too)
K_EN = {"incident": "IT Incident Management", "request": "IT Service Request", "problem": "Problem Management", "change": "IT Change Management",
        "knowledge": "Lessons Learned & Knowledge Base", "slm": "IT Service Level Management", "secinc": "Security Incident Response",
        "audit": "Internal Audit", "monitor": "IT Performance Monitoring", "improve": "Continual Improvement", "training": "Security Training Service",
        "pentest": "Penetration Testing"}

# real procedures of the plant's IT that prove none of the form's items
K_OTHER = [
    ("IT账号与权限管理规定", ["离职人员账号当日禁用。", "SAP关键权限每季度复核。"]),
    ("工控网络（OT）接入管理规定", ["设备供应商远程维护须走跳板机并全程录屏。", "U盘须经杀毒站检查后方可接入产线电脑。"]),
    ("IT设备报废管理规定", ["报废硬盘须消磁或物理销毁并拍照留存。"]),
]


def qp_doc(co, d, key, ver, cites=()):
    n, title, items, sections = K_QP[key]
    num = code(co, "QP", n)
    b = [("title", title)] + doc_control(co, d, num, ver, title)
    i = 0
    for i, (head, steps) in enumerate(sections, 1):
        b.append(("h1", "%d %s" % (i, head)))
        b += [("p", "%d.%d %s" % (i, j, s)) for j, s in enumerate(steps, 1)]
    if cites:
        b.append(("h1", "%d 相关文件" % (i + 1)))
        b += [("p", "《%s》" % c) for c in cites]
    b.append(("h1", "%d 记录" % (i + 2)))
    b.append(("p", "%s-01 %s记录表（保存期3年）" % (code(co, "QR", n), title.replace("程序", ""))))
    return Doc("proc:" + key, title, d, items, False, b)


def other_qp(co, d, i):
    title, paras = K_OTHER[i]
    b = [("title", title)] + doc_control(co, d, code(co, "QP", 30 + i), "A/0", title) + [("h1", "1 规定")]
    b += [("p", "1.%d %s" % (j, p)) for j, p in enumerate(paras, 1)]
    return Doc("other_rule", title, d, [], False, b)


def manual(co, d, keys, pdca):
    """The IT管理手册: the management model (optional) and several programmes as chapters."""
    t = "IT管理手册"
    b = [("title", t)] + doc_control(co, d, "%s-QM-IT-01" % co.pfx, "C/0", t) + [("h1", "第1章 范围与引用标准"),
                                                                                 ("p", "本手册适用于%s%s及其为各工厂、%s提供的IT与信息安全服务；引用IATF 16949:2016、ISO/IEC 27001:2022。" % (co.name, co.dept, co.customer))]
    items = []
    n = 1
    if pdca:
        n += 1
        b += [("h1", "第%d章 IT管理体系的运行（PDCA）" % n),
              ("p", "Plan：年度IT方针目标、服务目录、预算及风险应对；Do：按程序文件和作业指导书提供运维和安全服务；"
                    "Check：KPI看板、客户满意度、分层审核、内部审核和管理评审；Act：纠正措施、8D、改善提案，形成闭环，每年循环。")]
        items.append("10/pdca")
    for k in keys:
        num, title, its, sections = K_QP[k]
        n += 1
        b.append(("h1", "第%d章 %s（%s）" % (n, title, code(co, "QP", num))))
        for i, (head, steps) in enumerate(sections, 1):
            b.append(("h2", "%d.%d %s" % (n, i, head)))
            b += [("p", s) for s in steps]
        items += its
    return Doc("manual", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 作业指导书 (WI)

K_WI = {
    "fw": ("防火墙点检及策略维护", ["登录管理口检查CPU、内存、会话数、HA状态，填写点检表。", "策略变更须有IT变更申请单编号，变更前导出配置备份。",
                            "每月清理过期策略；异常时按IT异常管理程序处理。"]),
    "backup": ("服务器及数据库备份", ["每日检查SAP、MES数据库备份作业结果。", "每季度抽一套备份做恢复测试并记录。", "备份介质异地存放。"]),
    "scan": ("漏洞扫描", ["每月扫描办公网和服务器区，工控网仅做被动检测。", "高危漏洞7天内修复，无法修复的落实补偿措施。", "修复后复扫。"]),
    "av": ("终端防病毒维护", ["每日检查控制台病毒库版本、在线率。", "每周全盘查杀，导出报告。", "产线电脑离线更新病毒库。"]),
    "log": ("安全日志审计", ["每周导出防火墙、AD、服务器登录日志。", "按审计规则核查异常登录、越权和高危操作。", "形成周报发IT经理。"]),
    "ot": ("工控网络隔离设备维护", ["检查IT/OT隔离网闸运行状态与规则。", "规则变更经生产部确认。", "每月导出日志备查。"]),
}


def wi(co, d, key, n):
    name, steps = K_WI[key]
    t = "%s作业指导书" % name
    num = code(co, "WI", n)
    b = [("title", t)] + doc_control(co, d, num, co.rng.choice(["A/0", "A/1", "B/0"]), t) + [
        ("h1", "1 适用范围"), ("p", "集团各工厂及%s的相关设备与系统。" % co.customer), ("h1", "2 作业准备"), ("p", "工具、账号、备份介质；涉及产线时提前通知生产部。"),
        ("h1", "3 作业步骤")]
    b += [("p", "3.%d %s" % (i, s)) for i, s in enumerate(steps, 1)]
    b += [("h1", "4 注意事项"), ("p", "严禁在生产时段重启产线相关设备；作业记录填入点检表。")]
    return Doc("wi", t, d, ["11/manuals", "24/work-instructions"], False, b)


def wi_book(co, d, keys):
    t = "IT运维作业指导书汇编"
    b = [("title", t), ("p", "%s%s　%s" % (co.name, co.dept, cnd(d)))]
    for i, k in enumerate(keys, 1):
        name, steps = K_WI[k]
        b.append(("h1", "%d %s作业指导书" % (i, name)))
        b += [("p", "%d.%d %s" % (i, j, s)) for j, s in enumerate(steps, 1)]
    return Doc("wi_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ customer service (客户工厂)

def survey(co, d, time_req, sec):
    parts = [("一、基本情况", "%s位于%s，实行三班倒生产，主要系统：%s。" % (co.customer, co.city, "、".join(co.systems)), [])]
    if time_req:
        parts.append(("二、服务时段需求", [("table", [["系统", "服务时段", "停线类异常响应", "恢复要求"], [co.sys(0), "24×7（随生产班次）", "15分钟", "2小时"],
                                                     [co.sys(1), "工作日8:00-20:00，月结加班", "30分钟", "4小时"], ["办公及邮件", "5×8", "2小时", "次工作日"]])], ["1/survey"]))
    if sec:
        parts.append(("三、信息安全服务需求", ["防火墙及网闸运维、终端防病毒、漏洞扫描与修复、日志审计、渗透测试、应急响应、等保测评配合；",
                                        "按类型：基础运维类、安全评估类、应急保障类、培训类；主机厂客户要求通过TISAX评估。"], ["5/survey"]))
    parts.append(("四、调研方式", "走访生产部、质量部、财务部，问卷12份，结合客户三年数字化工厂规划。", []))
    return nar("survey", "%s IT服务需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    head = ["里程碑", "工作内容", "工作量（人天）", "人员", "费用（万元）", "计划完成"]
    rows = [["M1 导入", "资产盘点、账号梳理、网络调研", 30, "项目经理+工程师2名", 4.8, iso(d + timedelta(days=30))],
            ["M2 切换", "监控与防病毒接入、Helpdesk开通", 45, "工程师2名", 7.2, iso(d + timedelta(days=75))],
            ["M3 运行", "驻厂运维、月度报告", 220, "驻厂工程师1名+远程支持", 35.2, iso(d + timedelta(days=365))],
            ["M4 年度评审", "服务评审、满意度调查", 5, "项目经理", 0.8, iso(d + timedelta(days=380))]]
    return book("budget", "%s IT运维服务预算表" % co.customer, d, False, [("预算", head, rows, ["2/budget"])])


def kickoff(co, d, health):
    parts = [("会议信息", "时间：%s；地点：%s 201会议室；参加：%s、%s（客户），%s、%s（%s）。" % (cnd(d), co.customer, co.cp(0), co.cp(1), co.p(3), co.p(1), co.dept), []),
             ("决议事项", ["服务范围：%s及安全设备、终端运维；客户接口人%s。" % ("、".join(co.systems), co.cp(0)),
                       "双方确认服务时段与响应要求按调研报告执行，服务费用按预算表。", "以上经双方签字确认。"], ["3/communication"])]
    if health:
        parts.append(("健康检查安排", ["每月远程检查一次，每季度驻厂现场检查一次，内容为服务器、数据库、防火墙、网闸的可用性、负载及冗余，检查后出具报告。"], ["15/agreement"]))
    parts.append(("行动项", ("table", [["行动项", "负责人", "完成日期"], ["提供资产清单", co.cp(1), iso(d + timedelta(days=7))], ["开通VPN", co.p(1), iso(d + timedelta(days=10))]]), []))
    return nar("kickoff", "%s IT服务项目Kick-off会议纪要" % co.customer, d, False, parts)


def history(co, d, on):
    parts = [("背景", "导入前收集%s近12个月IT运行数据。" % co.customer, [])]
    if "list" in on:
        parts.append(("1 数据清单", ("table", [["数据", "来源", "期间", "数量"], ["异常联络单", "客户Helpdesk台账", "近12个月", "1,204条"],
                                            ["停线记录", "MES停机记录", "近12个月", "37次"], ["变更单", "客户IT变更台账", "近12个月", "156份"],
                                            ["病毒告警", "防病毒控制台", "近12个月", "420条"]]), ["4/history-list"]))
    if "analysis" in on:
        parts.append(("2 数据分析", ["指标：MES可用率99.62%，目标99.8%未达成；IT原因停线37次，累计停线19.5小时；", "违规：产线电脑私接U盘6次，共享账号2个；",
                                 "重大事件：勒索病毒感染1起（质检电脑2台）；", "失败变更：SAP补丁导致打印异常回退1次。"], ["4/analysis"]))
    if "strategy" in on:
        parts.append(("3 改善策略及实施计划", ["第1月：产线电脑USB管控、共享账号清理；", "第2月：MES服务器双机改造方案评审；", "第3月起：变更纳入周日停产窗口。"], ["4/strategy"]))
    return nar("history", "%s历史运行数据分析及改善策略" % co.customer, d, False, parts)


def sla(co, d, ways, core, health):
    parts = [("服务范围", "%s的%s及网络、安全设备、终端。" % (co.customer, "、".join(co.systems)), [])]
    if ways:
        parts.append(("服务方式", "驻厂服务（工作日1人）、定期点检巡视（每日远程、每周驻厂）、远程监控值守（7×24）。", ["35/sla"]))
    if health:
        parts.append(("健康检查", "每月远程健康检查、每季度现场健康检查，检查设备及系统的可用性、运行持续性和冗余，出具健康检查报告。", ["15/agreement"]))
    if core:
        parts.append(("服务水平", ("table", [["指标", "承诺值"], ["MES系统可用率", "≥99.8%"], ["停线类异常响应", "≤15分钟"], ["停线类异常恢复", "≤2小时"],
                                          ["一般异常解决率", "≥95%"]]), ["36/sla"]))
    parts.append(("签署", "甲方：%s　乙方：%s　日期：%s" % (co.customer, co.name, cnd(d)), ["39/sla"]))
    return nar("sla", "IT服务水平协议（SLA）", d, False, parts)


def urs(co, d):
    parts = [("项目", "%s新产线%s上线（数字化车间项目）。" % (co.customer, co.sys(0)), []),
             ("用户需求", ["功能：工单下达、物料防错、追溯码绑定、Andon；", "性能：单线节拍45秒内数据落库，并发终端200台；",
                        "安全：账号与SAP统一认证，OT网络与办公网隔离，审计日志保存6个月。"], ["11/requirements"]),
             ("确认", "客户需求代表%s已评审确认（%s）。" % (co.cp(0), iso(d)), [])]
    return nar("urs", "%s用户需求规格书（URS）" % co.sys(0), d, True, parts)


def health_report(co, d):
    parts = [("检查方式", "现场+远程；范围：%s、防火墙、IT/OT网闸、核心交换机。" % "、".join(co.systems), []),
             ("检查结果", ("table", [["对象", "可用性", "负载/冗余", "结论"], [co.sys(0), "可用率99.86%", "CPU峰值68%，双机正常", "OK"],
                                  ["防火墙", "正常", "HA主备同步", "OK"], ["备份服务器", "正常", "磁盘使用87%", "NG：需扩容"]]),
              ["15/records", "46/records", "44/inspection"]),
             ("遗留问题", "备份服务器扩容已列入下月计划（%s）。" % co.p(1), [])]
    return nar("health", "%s系统健康检查报告（%d年%d月）" % (co.customer, d.year, d.month), d, True, parts)


def csat(co, d, half):
    parts = [("调查概况", "向%s生产、质量、财务、物流部门发放IT服务满意度调查表14份，回收13份。" % co.customer, []),
             ("调查结果", ("table", [["项目", "得分"], ["响应速度", 92], ["问题解决", 90], ["服务态度", 96], ["沟通", 93], ["综合", 93]]),
              ["41/surveys", "58/survey", "63/survey"]),
             ("分析", "解决速度得分最低，主要是打印机和标签机问题重复；已列入改善提案。", [])]
    return nar("csat", "%d年%s内部客户满意度调查报告" % (d.year, half), d, True, parts)


def csat_trend(co, d):
    parts = [("满意度趋势", ("table", [["期间", "综合得分"], ["2024下半年", 88], ["2025上半年", 90], ["2025下半年", 91], ["2026上半年", 93]]), ["41/trend"]),
             ("说明", "连续四期上升，问题解决项仍低于目标92分。", [])]
    return nar("csat_trend", "满意度趋势分析（%d）" % d.year, d, True, parts)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=21 * i)), co.cp(i), ["电话", "现场", "邮件", "电话"][i % 4], ["满意", "标签机故障多", "满意", "希望延长周末支持"][i % 4], co.p(3)] for i in range(4)]
    return book("callbacks", "客户回访记录", d, True, [("回访", ["回访日期", "客户", "方式", "客户意见", "回访人"], rows, ["63/follow-up-visits"])])


def onsite_confirm(co, d):
    parts = [("确认", "%d年%d月驻厂工程师%s出勤21天，完成点检、Helpdesk支持，客户确认。" % (d.year, d.month, co.vp(0)), [])]
    return decoy(nar("confirm", "驻厂服务确认单（%d年%d月）" % (d.year, d.month), d, True, parts), "mentions the on-site engineer, is no staff list")


# ------------------------------------------------------------------ organisation

def org(co, d, roles):
    parts = [("组织架构", ["信息安全委员会：主任%s（集团副总裁），委员%s（%s经理）、质量部经理、生产部经理；" % (co.boss, co.p(0), co.dept),
                       "%s下设基础架构组（%s）、应用组（%s）、信息安全组（%s）、IT Helpdesk（%s），各工厂设IT驻厂专员。" % (co.dept, co.p(1), co.p(2), co.p(3), co.p(4))],
              ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("岗位职责（RACI）", ("table", [["岗位", "职责", "所属"], ["Helpdesk专员", "受理异常和请求", "IT Helpdesk"], ["系统工程师", "服务器、网络、点检", "基础架构组"],
                                                  ["信息安全工程师", "安全设备、漏洞、日志审计", "信息安全组"], ["变更经理", "变更审批", co.dept], ["内审员", "内部审核", "质量部"]]),
                      ["18/roles", "23/roles"]))
    return nar("org", "%s组织架构图及岗位职责（%d版）" % (co.dept, d.year), d, False, parts)


def staff(co, d, outs):
    head = ["工号", "姓名", "组别", "岗位", "所在工厂", "人员类别"]
    rows = [["%s%04d" % (co.pfx, 310 + i), co.p(i), ["基础架构组", "信息安全组", "应用组", "IT Helpdesk", "基础架构组", "信息安全组"][i],
             ["系统工程师", "信息安全工程师", "MES工程师", "Helpdesk专员", "网络工程师", "安全运维工程师"][i], co.plants[i % 3], "正式员工"] for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [["WB-%02d" % (i + 1), co.vp(i), "信息安全组", "驻厂运维工程师", co.plants[1], "外包（%s）" % co.vendor] for i in range(2)]
        its.append("9/outsourcing")
    return book("staff", "IT人员名单", d, False, [("名单", head, rows, its)])


def interface(co, d):
    parts = [("任命", "任命%s为信息安全对接窗口，负责与%s、主机厂客户及监管部门的信息安全事务对接；%s为代理人。" % (co.p(3), co.customer, co.p(1)), ["28/interface-person"])]
    return nar("interface", "任命书（信息安全对接窗口）", d, False, parts, [("p", "%s人字〔%d〕%d号" % (co.pfx, d.year, co.rng.randint(10, 60)))])


def helpdesk(co, d):
    parts = [("通知", "即日起成立IT Helpdesk，统一受理各工厂及%s的IT异常、服务请求和信息安全事件报告，热线8000，7×24小时。" % co.customer, ["48/service-desk"]),
             ("人员", "Helpdesk由%s负责，各工厂IT专员轮值夜班。" % co.p(4), [])]
    return nar("helpdesk", "关于成立IT Helpdesk的通知", d, False, parts)


def desk_training(co, d):
    rows = [["培训记录"], ["课程", "Helpdesk岗位技能：异常分级、派单升级、停线异常处理"], ["日期", cnd(d)], ["讲师", co.p(4)], ["学员", "考核成绩"]]
    rows += [[co.p(i), 80 + 3 * i] for i in range(5)]
    return Doc("desk_training", "Helpdesk人员培训记录", d, ["48/training"], True, sheets=[("培训记录", rows)])


def catalog(co, d, levels):
    rows = [["初始导入", "资产盘点、接入监控"], ["安全设备运维", "防火墙、网闸、IDS"], ["日常点检", "每日/每周"], ["健康检查", "每月远程、每季度现场"], ["安全审计", "日志审计周报"]]
    its = ["12/catalog", "29/catalog"]
    if "l2" in levels:
        rows += [["运行监控与分析", "7×24监控、月度分析"], ["终端安全", "防病毒、USB管控"], ["等保合规", "定级备案、测评整改"]]
        its.append("19/catalog")
    if "l1" in levels:
        rows += [["安全预警通报", "漏洞及病毒预警"], ["应急响应", "7×24"]]
        its.append("26/catalog")
    return book("catalog", "IT服务目录（%d版）" % d.year, d, False, [("服务目录", ["服务", "内容"], rows, its)])


def ola(co, d, sld):
    sheets = [("内部OLA", ["提供方", "接收方", "承诺"], [["基础架构组", "信息安全组", "日志源接入3个工作日内完成"], ["信息安全组", "IT Helpdesk", "高危漏洞24小时内通报"],
                                                     ["应用组", "IT Helpdesk", "MES停线类异常15分钟内到场"]], ["8/ola"])]
    rows = [[co.vendor, "驻厂运维", "停线类异常15分钟响应、2小时恢复", "与对客户SLA一致"], ["运营商专线", "互联网专线", "可用率99.9%，4小时修复", "满足SLA"]] if sld else []
    sheets.append(("外包SLA对齐", ["供应商", "服务", "服务级别", "与客户SLA一致性"], rows, ["8/sld"]))
    return book("ola", "内部OLA与外包服务级别对齐表", d, False, sheets)


# ------------------------------------------------------------------ 运行: KPI, 可用性, 异常

def avail_kpis(co, d):
    rows = [["整体", "IT综合可用率", "99.8%", "月"], ["整体", "IT原因停线时间", "≤60分钟/月", "月"]] + [[s, "系统可用率", "99.8%", "月"] for s in co.systems]
    return book("avail_kpis", "IT可用性指标清单", d, False, [("指标", ["层级", "指标", "目标", "统计周期"], rows, ["6/availability-kpis"])])


def avail_plan(co, d):
    parts = [("目标", "%d年MES可用率≥99.8%%，IT原因停线≤60分钟/月。" % d.year, []),
             ("措施", ["%s服务器双机热备改造（二季度）；" % co.sys(0), "核心交换机冗余；", "停产窗口集中变更；", "每季度应急计划测试。"], ["22/plan", "18/availability-plan"])]
    return nar("avail_plan", "%d年IT系统可用性计划" % d.year, d, False, parts)


def kpi_report(co, d, trend):
    m = d.month - 1 or 12
    rows = [[s, "99.8%", "%.2f%%" % (99.8 + co.rng.random() * 0.19)] for s in co.systems]
    parts = [("1 可用性", ("table", [["系统", "目标", "实绩"]] + rows + [["IT原因停线", "≤60分钟", "%d分钟" % co.rng.randint(10, 55)]]), ["22/report", "18/availability-report"]),
             ("2 本月异常", "%s %s 中断18分钟，已8D。" % (iso(d - timedelta(days=11)), co.sys(1)), [])]
    if trend:
        parts.append(("3 趋势", ["近6个月MES可用率99.71%、99.79%、99.83%、99.85%、99.88%、99.86%，持续改善；", "异常单月均由118降至96，请求及时率稳定在97%以上。"],
                      ["50/monitoring-report"]))
    return nar("kpi_report", "%d年%d月IT运行KPI报告" % (d.year, m), d, True, parts)


def anomaly_log(co, d, resp):
    """IT异常处理台账: one 类别 column holds 异常, 停线, 服务请求 and 变更."""
    head = ["单号", "发生时间", "工厂", "类别", "系统/设备", "现象", "处理", "处理人"] + (["响应(分钟)", "SLA"] if resp else [])
    rows = []
    for i in range(9):
        t = d - timedelta(days=2 * i + 1)
        typ = ["停线", "异常", "服务请求", "异常", "变更", "停线", "服务请求", "异常", "异常"][i]
        row = ["YC-%s-%02d" % (ymd(t), i + 1), "%s %02d:%02d" % (iso(t), 6 + i, 5 * i), co.plants[i % 3], typ, co.sys(i),
               ["扫码枪无法过站", "SAP登录慢", "新员工账号", "标签打印机卡纸", "防火墙策略", "MES服务器宕机", "权限变更", "邮件延迟", "网络丢包"][i],
               "已处理，报告人确认", co.p(i % 4)]
        if resp:
            row += [[8, 25, 60, 30, 0, 6, 90, 40, 12][i], "OK"]
        rows.append(row)
    its = ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if resp else [])
    return book("anomaly_log", "IT异常处理台账（%d年%d月）" % (d.year, d.month), d, True, [("台账", head, rows, its)])


def report_8d(co, d, prevent, effect):
    parts = [("D1 小组", "组长%s，成员%s、%s、%s（生产部）。" % (co.p(0), co.p(1), co.p(2), co.cp(1)), []),
             ("D2 问题描述", "%s %s 数据库宕机，%s总装线停线52分钟。" % (cnd(d), co.sys(0), co.plants[1]), ["22/events", "18/availability-events", "43/process-records"]),
             ("D3 临时措施", "切换备机，恢复生产；加强监控。", []),
             ("D4 根本原因（5Why）", ["为何宕机→存储空间满；为何空间满→归档作业失败未告警；为何未告警→监控项未覆盖归档作业；根本原因：监控项清单未随系统升级更新。"], []),
             ("D5/D6 永久措施", "归档作业纳入监控；磁盘使用率80%预警。", [])]
    if prevent:
        parts.append(("D7 预防再发及横向展开", ["将归档作业监控横向展开到SAP、WMS服务器；更新PFMEA及点检表，增加“作业执行状态”点检项。"], ["66/preventive-actions"]))
    if prevent and effect:
        parts.append(("D8 效果验证", "跟踪60天，同类异常0次，预警触发2次均提前处理，措施有效，关闭。", ["66/effectiveness"]))
    return nar("8d", "8D报告：%s停线" % co.sys(0), d, True, parts, [("p", "8D编号：8D-IT-%d-%03d" % (d.year, co.rng.randint(3, 15)))])


def auto_analysis(co, d, auto):
    parts = [("数据", "近一年异常联络单2,410张、服务请求3,980张、停线类异常41次。", []),
             ("对生产的影响", ["停线类异常平均影响43分钟/次，主要为扫码及标签打印；重启类处理平均中断5分钟；账号开通人工处理平均6小时。"], ["7/impact-analysis"])]
    if auto:
        parts.append(("自动化机会（RPA/脚本）", ["账号开通RPA、打印服务自愈脚本、点检报告自动生成，预计节省工时35%。"], ["7/automation"]))
    return nar("auto", "以往服务数据分析及自动化机会报告", d, True, parts)


def forecast(co, d):
    parts = [("数据汇总", "近一年：异常-8%、服务请求+15%、变更+20%、问题8项、日志量+40%。", []),
             ("预测", ["%d年新能源电驱产线投产，终端增加300台，预计请求+25%%，需增加驻厂工程师1名、日志存储扩容20TB。" % (d.year + 1)], ["71/forecast"])]
    return nar("forecast", "%d年IT服务需求预测" % (d.year + 1), d, True, parts)


# ------------------------------------------------------------------ 变更, 资产, 点检

def change_ledger(co, d):
    rows = [["BG-%d%03d" % (d.year, 20 + i), ["一般", "重大", "标准", "紧急"][i % 4], co.sys(i), ["补丁", "版本升级", "策略", "扩容"][i % 4], "周日停产窗口",
             ["成功", "成功", "回退", "成功"][i % 4], co.p(i), iso(d - timedelta(days=6 * i))] for i in range(8)]
    return book("changes", "IT变更台账（%d年）" % d.year, d, True,
                [("变更", ["变更单号", "类别", "系统", "内容", "实施窗口", "结果", "申请人", "日期"], rows, ["54/records", "43/process-records"])])


def upgrade_plan(co, d, rollback):
    parts = [("变更内容", "%s版本升级（停产窗口实施）。" % co.sys(1), []),
             ("测试计划", ["QAS环境回归测试；关键用户UAT；性能测试。"], ["25/test-plan"])]
    if rollback:
        parts.append(("回退方案", ["保留旧版本快照及数据库全备，验证失败时1小时内回退。"], ["25/rollback", "11/rollback"]))
    return nar("upgrade", "%s升级方案" % co.sys(1), d, False, parts)


def baseline(co, d):
    rows = [["Windows服务器", "禁用Guest、密码12位", "GPO"], ["产线电脑", "禁用USB存储", "终端管控"], ["Linux", "禁止root远程登录", "已配置"], ["交换机", "关闭Telnet", "仅SSH"]]
    return book("baseline", "安全配置基线（%d）" % d.year, d, False, [("基线", ["对象", "要求", "方式"], rows, ["25/baseline"])])


def compat(co, d):
    parts = [("背景", "产线电脑由Windows 7升级至Windows 10 LTSC。", []),
             ("验证", ["网络兼容：VLAN、802.1X认证通过；", "系统兼容：扫码枪、标签打印机驱动通过；", "应用兼容：%s客户端、SPC软件通过。" % co.sys(0)], ["11/compatibility"])]
    return nar("compat", "产线电脑系统升级兼容性验证报告", d, True, parts)


def asset_ledger(co, d, rel):
    head = ["资产编号", "名称", "类别", "型号", "功能", "工厂/位置", "端口", "部署", "重要度", "责任人"]
    data = [("边界防火墙", "安全设备", "FG-600E", "互联网边界", "机房A", "port1-2", "HA", "A"), ("IT/OT网闸", "安全设备", "NG-2000", "IT/OT隔离", "车间机柜", "eth0/1", "单机", "A"),
            (co.sys(0) + "服务器", "服务器", "PowerEdge R750", "生产执行", "机房A", "443", "双机", "A"), (co.sys(1) + "服务器", "服务器", "SAP HANA一体机", "ERP", "机房B", "30015", "主备", "A"),
            ("核心交换机", "网络", "S6730", "核心", "机房A", "1-48", "堆叠", "B")]
    rows = [["IT-%s-%04d" % (co.pfx, 101 + i), n, t, m, f, "%s %s" % (co.plants[i % 3], loc), p, dep, lv, co.p(i)] for i, (n, t, m, f, loc, p, dep, lv) in enumerate(data)]
    sheets = [("资产台账", head, rows, ["13/asset-list", "43/asset-list", "27/cmdb"]),
              ("管理要求", ["项目", "要求"], [["保密", "台账为内部机密，IP不外发"], ["完整性", "仅基础架构组可修改，修改留痕"], ["可用性", "每月备份至文件服务器"]], [])]
    if rel:
        sheets.append(("关联关系", ["资产", "关系", "关联资产"], [["边界防火墙", "保护", co.sys(0) + "服务器"], [co.sys(0) + "服务器", "依赖", co.sys(1) + "服务器"],
                                                      ["IT/OT网闸", "隔离", "核心交换机"]], ["38/cmdb-relations"]))
    return book("assets", "IT资产台账", d, True, sheets)


def asset_changes(co, d):
    rows = [[iso(d - timedelta(days=9 * i)), "IT-%s-%04d" % (co.pfx, 101 + i), ["固件版本", "位置", "责任人", "IP"][i % 4], "BG-%d%03d" % (d.year, 20 + i), co.p(i)] for i in range(6)]
    return book("asset_changes", "资产台账变更记录", d, True, [("变更记录", ["日期", "资产编号", "变更项", "变更单号", "更新人"], rows, ["43/ci-updates"])])


def lessons(co, d):
    rows = [["LL-%03d" % (20 + i), t, co.p(i), iso(d - timedelta(days=30 * i))] for i, t in enumerate(
        ["扫码枪过站失败排查（OPL）", "标签打印机驱动重装", "MES数据库归档作业失败", "网闸规则不生效", "SAP打印队列卡死"])]
    return book("lessons", "经验教训库清单", d, True, [("知识库", ["编号", "标题", "编写人", "发布日期"], rows, ["21/knowledge-base"])])


def checksheet(co, d, kinds, hw, plant):
    """安全设备点检表: one workbook, one sheet per check kind (TPM style)."""
    names = {"daily": ("日常点检", ["14/maintenance", "44/maintenance"]), "weekly": ("周点检（监控）", ["44/inspection", "45/monitoring"]),
             "virus": ("防病毒查杀", ["44/virus-scan", "45/antivirus"]), "fault": ("异常维修", ["44/faults"]),
             "upgrade": ("升级保养", ["44/upgrades"])}
    sheets = []
    what = {"daily": ["CPU、内存、会话数正常，HA同步", "运行灯、告警日志正常", "探针在线，规则库正常"],
            "weekly": ["告警及策略命中复核，监控曲线无异常", "单向传输日志核对，无阻断异常", "攻击告警周汇总，无高危未处置"],
            "virus": ["控制台病毒库已更新，全盘查杀0威胁", "产线电脑离线更新病毒库", "隔离区样本清理"],
            "fault": ["风扇告警，更换风扇后恢复", "规则不生效，重启服务后恢复", "端口down，更换光模块"],
            "upgrade": ["固件升级至v7.2.8（BG单已批）", "特征库升级", "规则库升级及清洁保养"]}
    for i, k in enumerate(kinds):
        rows = [[iso(d - timedelta(days=2 * i + 5 * j)), ["防火墙", "IT/OT网闸", "IDS"][j % 3], "○" if k != "fault" else "×→○", what[k][j], co.p(1 + j)]
                for j in range(3)]
        sheets.append((names[k][0], ["日期", "设备", "判定(○/×)", "内容", "点检人"], rows, names[k][1]))
    if hw:
        sheets.append(("硬件故障统计", ["设备", "部件", "次数", "对策"], [["防火墙", "电源模块", 1, "更换"], ["IDS", "硬盘", 2, "更换"]], ["14/hardware-faults"]))
    return book("checksheet", "%s安全设备点检表（%d年%d月）" % (plant, d.year, d.month), d, True, sheets)


def collect(co, d, which):
    sheets = []
    if "config" in which:
        sheets.append(("配置采集", ["设备", "项目", "值", "时间"], [["防火墙", "策略数", 412, iso(d)], ["IT/OT网闸", "规则数", 36, iso(d)]], ["16/config"]))
    if "traffic" in which:
        sheets.append(("流量采集", ["链路", "入峰值", "出峰值", "日期"], [["互联网专线", "820Mbps", "310Mbps", iso(d)], ["工厂间MPLS", "160Mbps", "140Mbps", iso(d)]], ["16/traffic"]))
    if "status" in which:
        sheets.append(("状态采集", ["设备", "CPU", "内存", "状态"], [["防火墙", "31%", "44%", "主"], ["IDS", "29%", "57%", "正常"]], ["16/status"]))
    return book("collect", "安全信息采集表", d, True, sheets)


# ------------------------------------------------------------------ 安全运营

def log_audit(co, d):
    parts = [("范围", "防火墙、网闸、AD域控、服务器操作系统、SAP及MES应用日志。", []),
             ("审计发现", ["非工作时间登录SAP 6次，均为月结加班，已核实；", "外部扫描2,310次，已阻断；", "产线电脑违规外联1次，已处理。"], ["17/log-analysis", "45/audit-report", "47/audit"])]
    return nar("log_audit", "安全日志审计周报（%s）" % iso(d), d, True, parts)


def sec_stats(co, d, analysis):
    q = (d.month - 1) // 3 + 1
    parts = [("统计", ("table", [["类别", "件数", "Ⅱ级及以上"], ["恶意代码", 7, 0], ["网络攻击", 15, 0], ["信息泄露", 1, 1], ["工控安全", 2, 0]]), ["18/incident-stats"])]
    if analysis:
        parts.append(("分析", ["恶意代码集中在产线电脑U盘交叉使用；", "信息泄露1起为供应商邮件误发，已8D。"], ["18/incident-analysis"]))
    return nar("sec_stats", "%d年Q%d信息安全事件统计分析" % (d.year, q), d, True, parts)


def bulletin(co, d, n, full):
    parts = [("1 漏洞预警", "CVE-2026-%04d（远程代码执行）影响%s所用中间件，已完成排查。" % (co.rng.randint(1000, 9999), co.sys(0)), ["52/vulnerability", "53/bulletin"]),
             ("2 病毒预警", "针对制造业的勒索病毒新变种通过U盘传播，防病毒特征库已更新。", ["52/virus"])]
    if full:
        parts += [("3 法规及行业动态", "《网络数据安全管理条例》施行；汽车行业数据出境新要求；某零部件厂遭勒索停产。", ["52/policy"]),
                  ("4 分析及要求", "该漏洞已被利用，各工厂IT专员本周内完成补丁，产线电脑在停产窗口处理。", ["52/analysis"])]
    return nar("bulletin", "信息安全预警通报（第%d期）" % n, d, True, parts)


def pentest_plan(co, d):
    parts = [("计划", ["Q2：%s；Q3：%s；Q4：%s；" % tuple(co.systems[:3]), "主机厂客户TISAX评估前做一次外网渗透。"], ["31/pentest-plan", "32/pentest-plan"])]
    return nar("pentest_plan", "%d年渗透测试计划" % d.year, d, False, parts)


def pentest_report(co, d):
    parts = [("概况", "授权对象：%s；时间：%s至%s；测试：%s、%s。" % (co.sys(2), iso(d - timedelta(days=3)), iso(d), co.p(3), co.vp(1)), []),
             ("结果", ("table", [["编号", "问题", "风险", "状态"], ["1", "供应商门户越权", "高", "已修复"], ["2", "默认口令", "中", "已修复"]]), ["31/pentest-records", "32/pentest-records"])]
    return nar("pentest", "%s渗透测试报告" % co.sys(2), d, True, parts)


def dev_plan(co, d):
    parts = [("开发计划", ("table", [["工具", "内容", "负责人", "完成"], ["USB违规告警机器人", "终端日志自动告警", co.p(3), "%d年Q1" % (d.year + 1)],
                                  ["点检报告自动生成", "点检数据汇总", co.p(1), "%d年Q2" % (d.year + 1)]]), ["33/dev-plan"])]
    return nar("dev_plan", "%d年IT安全工具开发计划" % (d.year + 1), d, False, parts)


def grading(co, d):
    parts = [("对象", co.sys(0), []), ("结论", "业务信息安全等级二级、系统服务安全等级三级，定为第三级，已在公安机关备案。", ["51/grading"])]
    return nar("grading", "%s等级保护定级报告" % co.sys(0), d, False, parts)


def grading_criteria(co, d):
    parts = [("分级标准", ["按GB/T 22240-2020，依据受侵害客体及程度定级；", "影响产线连续生产或客户数据的系统不低于第二级，集团ERP、MES不低于第三级。"], ["51/grading-criteria"])]
    return nar("grading_criteria", "信息系统分级标准", d, False, parts, doc_control(co, d, code(co, "WI", 40), "A/0", "信息系统分级标准"))


def contingency(co, d, recovery):
    """IT应急计划 (IATF 16949 6.1.2.3 contingency plan)."""
    parts = [("适用", "IT系统中断、勒索病毒、数据中心断电、网络中断等导致停线风险的情形。", []),
             ("组织", "应急小组：组长%s，成员各组组长及工厂IT专员。" % co.boss, []),
             ("应急响应", ["识别→上报Helpdesk→评估等级→启动计划→处置→恢复生产→总结。", "停线类事件15分钟内启动；MES离线时启用纸质流转单及离线扫码。"],
              ["36/emergency-plan", "53/emergency-plan"])]
    if recovery:
        parts.append(("恢复策略", ["MES恢复时间目标2小时、数据恢复点15分钟；启用备机、备份恢复、生产数据补录。"], ["36/recovery-plan", "55/plan"]))
    return nar("contingency", "IT应急计划", d, False, parts, doc_control(co, d, code(co, "QP", 17), "B/0", "IT应急计划"))


def dr_plan(co, d):
    parts = [("范围", "、".join(co.systems), []), ("恢复步骤", ["RTO 4小时、RPO 1小时；", "机房故障时切换到%s备份机房，恢复数据库并验证业务。" % co.plants[2]], ["36/recovery-plan"])]
    return nar("dr_plan", "IT系统灾难恢复计划", d, False, parts, doc_control(co, d, code(co, "QP", 18), "A/1", "IT系统灾难恢复计划"))


def bcp(co, d):
    parts = [("业务影响分析", "%s最大容许中断2小时（超过即影响主机厂JIT交付）。" % co.sys(0), []),
             ("连续性策略", ["双机房、离线生产预案、关键备件库存、供应商4小时到场。"], ["42/bcp"])]
    return nar("bcp", "IT业务连续性计划", d, False, parts, doc_control(co, d, code(co, "QP", 19), "A/0", "IT业务连续性计划"))


def drill(co, d, kind):
    if kind == "dr":
        t, its, body = "%s备份恢复测试记录" % co.sys(0), ["40/recovery-drill"], ["09:00 停主库；09:20 备份恢复至备机；10:05 业务验证通过，数据完整。"]
    else:
        t, its, body = "IT应急计划测试记录（勒索病毒场景）", ["40/emergency-drill", "53/drill"], ["模拟%s质检电脑感染勒索病毒：14:00 发现，14:04 上报Helpdesk，14:10 隔离网段，14:40 恢复。" % co.plants[1]]
    parts = [("概况", "日期：%s；参加：%s、%s、%s及生产部；方式：实操。" % (cnd(d), co.p(0), co.p(1), co.p(3)), []),
             ("过程", body, its), ("评价", ["通知生产部延迟5分钟，已更新联络表。"], [])]
    return nar("drill", t, d, True, parts)


# ------------------------------------------------------------------ 监视, 改善, 审核

def kpi_board(co, d, capa):
    """KPI看板 workbook: the ten numbers, the targets, the CAR list."""
    names = ["异常报告及时率", "异常漏报率", "点检计划完成率", "隐患发现数", "异常主动发现率", "问题解决率", "漏洞扫描覆盖率", "安全加固覆盖率", "补丁安装及时率", "信息安全事件数"]
    vals = ["98.6%", "0.4%", "97.1%", "12", "88%", "93%", "100%", "96%", "94%", "3"]
    m = "%d年%d月" % (d.year, d.month - 1 or 1)
    sheets = [("运维数据", ["指标", "实绩", "月份"], [[n, v, m] for n, v in zip(names, vals)], ["56/data"]),
              ("目标达成", ["指标", "目标", "实绩", "判定"], [["SLA达成率", "100%", "96%", "×"], ["客户满意度", "92", "93", "○"], ["客户投诉", "0", "1", "×"], ["OEE（IT原因损失）", "≤0.5%", "0.3%", "○"]],
               ["57/measurement"])]
    if capa:
        sheets.append(("CAR", ["CAR编号", "问题", "原因", "对策", "负责人", "验证"], [["CAR-IT-%d-05" % d.year, "SLA未达成", "夜班无驻厂", "夜班远程值守+备件前置", co.p(0), "已验证有效"]],
                       ["57/capa"]))
    return book("kpi_board", "IT KPI看板（%s）" % m, d, True, sheets)


def pfmea(co, d, effect):
    rows = [["MES服务器", "存储满导致宕机", 8, 4, 5, "磁盘80%预警、归档监控", 8, 2, 3], ["产线电脑", "U盘带入病毒", 7, 5, 4, "USB管控、杀毒站", 7, 2, 3],
            ["防火墙", "单机故障", 8, 3, 6, "HA双机", 8, 1, 3]]
    head = ["过程/设备", "潜在失效", "S", "O", "D", "预防措施", "S'", "O'", "D'"]
    sheets = [("PFMEA", head, rows, ["66/preventive-actions"])]
    sheets.append(("措施验证", ["措施", "验证方法", "结果"], [["磁盘预警", "3个月告警记录", "提前处理4次，无宕机"], ["USB管控", "终端审计", "违规0次"]] if effect else [], ["66/effectiveness"]))
    return book("pfmea", "IT过程PFMEA（%d）" % d.year, d, True, sheets)


def improve_plan(co, d, criteria):
    parts = [("改善目标", "IT原因停线≤40分钟/月；SLA达成率100%；满意度≥94。", ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("改善项目评价基准", "按收益40%、紧迫性30%、投入30%评分，≥70分立项，经IT经理批准；立项后每月测量并在IT例会报告。", ["64/criteria"]))
    return nar("improve_plan", "%d年IT持续改善计划" % d.year, d, False, parts)


def kaizen(co, d, scored, tracked):
    sheets = []
    rows = [["KZ-%02d" % i, t, s, "批准（%s）" % co.boss if s >= 70 else "暂缓"] for i, (t, s) in enumerate([("账号开通RPA", 86), ("标签打印机备机", 78), ("更换Helpdesk系统", 55)], 1)]
    sheets.append(("评分排序", ["提案编号", "改善内容", "评分", "审批"], rows if scored else [], ["67/analysis", "67/prioritisation"]))
    sheets.append(("实施跟踪", ["提案编号", "目标", "进度", "效果", "报告"], [["KZ-01", "开通≤1小时", "完成", "平均25分钟", "10月IT例会"]] if tracked else [],
                   ["68/implementation", "68/effectiveness"]))
    return book("kaizen", "改善提案台账", d, True, sheets)


def kaizen_training(co, d):
    rows = [["培训签到表"], ["主题", "持续改善意识：PDCA、5Why与改善提案"], ["日期", cnd(d)], ["讲师", co.p(0)], ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return Doc("kaizen_training", "持续改善意识培训签到表", d, ["69/awareness-training"], True, sheets=[("签到", rows)])


def internal_audit(co, d):
    parts = [("审核范围", "%s全部过程，依据IATF 16949、ISO/IEC 27001、SLA。" % co.dept, []),
             ("发现", ["不符合2项：变更单缺回退步骤1份；点检表漏签2处。", "观察项3项。"], ["59/internal-audit"]),
             ("结论", "体系运行有效。", [])]
    return nar("audit", "%d年IT体系内部审核报告" % d.year, d, True, parts)


def mgmt_review(co, d, inputs, fcst):
    parts = [("会议", "%s，主持：%s；参加：各部门经理。" % (cnd(d), co.boss), [])]
    lines = {"perf": ("服务及过程绩效与符合性", "SLA达成率96%，点检完成率97.1%，内审不符合已关闭。", ["59/management-review", "60/performance"]),
             "fb": ("顾客反馈", "满意度93分，投诉1起（标签打印）。", ["60/customer-feedback"]),
             "res": ("资源现状及预测", "IT 14人，驻厂外包2人；明年新产线需增1人。", ["60/resources"]),
             "ca": ("纠正措施状况", "CAR 7项，关闭6项。", ["60/corrective-actions"]),
             "chg": ("可能影响的变更", "新工厂建设、主机厂TISAX要求。", ["60/changes"]),
             "imp": ("改进机会", "账号开通RPA、MES双机改造。", ["60/improvements"])}
    for k in inputs:
        parts.append(lines[k])
    if fcst:
        parts.append(("IT服务数据汇总及预测", ["异常-8%、请求+15%、变更+20%、问题8项；明年请求预计+25%，日志量+40%。"], ["71/forecast"]))
    return nar("mgmt_review", "%d年度管理评审报告" % d.year, d, True, parts)


def it_monthly(co, d, stats, ana, rank):
    """月度IT例会纪要: several decisions in one set of minutes."""
    parts = [("1 上月KPI回顾", "SLA达成率96%，未达成项已开CAR。", [])]
    if stats:
        parts.append(("2 信息安全事件统计", ("table", [["类别", "件数"], ["恶意代码", 3], ["网络攻击", 6], ["违规外联", 1]]), ["18/incident-stats"]))
        if ana:
            parts.append(("3 事件分析", "恶意代码均来自产线U盘，决定扩大USB管控到%s。" % co.plants[2], ["18/incident-analysis"]))
    if rank:
        parts.append(("4 改善提案评审", ("table", [["提案", "评分", "决议"], ["账号开通RPA", 86, "批准"], ["标签打印机备机", 78, "批准"], ["更换Helpdesk系统", 55, "暂缓"]]),
                      ["67/analysis", "67/prioritisation"]))
    parts.append(("5 其他", "机房5S检查下周进行。", []))
    parts = [("%d %s" % (i, h.split(" ", 1)[1]), body, its) for i, (h, body, its) in enumerate(parts, 1)]
    return nar("it_monthly", "%d年%d月IT例会纪要" % (d.year, d.month), d, True, parts)


def defect_review(co, d):
    parts = [("不良汇总", ["重大异常：MES宕机停线52分钟（8D已关闭）；", "失败变更：SAP补丁回退1次；", "SLA未达成：3月、7月。"], []),
             ("分析及改进计划", ("table", [["不良", "原因", "改进", "负责人", "期限"], ["停线", "监控缺项", "监控项清单随升级评审", co.p(1), "%d-12" % d.year],
                                        ["变更失败", "测试不充分", "QAS全量回归", co.p(2), "%d-11" % d.year]]), ["70/defect-analysis"])]
    return nar("defect", "%d年IT服务不良回顾及改进计划" % d.year, d, True, parts)


def iso_cert(co, d):
    parts = [(None, ["兹证明%s的信息安全管理体系符合ISO/IEC 27001:2022。" % co.name, "认证范围：集团及所属工厂的IT基础设施与信息安全运维服务",
                     "发证日期：%s，有效期三年" % cnd(d)], ["61/audit-system"])]
    return nar("cert", "信息安全管理体系认证证书", d, False, parts)


def contact_sheet(co, d, stop, resp):
    """One filled-in 异常联络单 (QR form): the record of one anomaly."""
    rows = [["IT异常联络单"], ["单号", "YC-%s-%02d" % (ymd(d), co.rng.randint(1, 9))], ["发生时间", "%s %02d:%02d" % (iso(d), co.rng.randint(0, 23), co.rng.randint(0, 59))],
            ["工厂/产线", "%s 总装二线" % co.plants[1]], ["系统/设备", co.sys(0)],
            ["现象", "扫码过站无响应，产线停线" if stop else "工位看板数据不刷新"], ["异常等级", "A级（停线）" if stop else "C级"],
            ["处理经过", "重启应用服务，清理消息队列后恢复"], ["报告人确认", co.cp(2)]]
    its = ["43/process-records"]
    if stop:
        rows.append(["停线时间", "%d分钟" % co.rng.randint(12, 40)])
        its += ["22/events", "18/availability-events"]
    if resp:
        rows += [["响应时间", "%d分钟（要求≤15分钟，达成）" % co.rng.randint(3, 12) if stop else "%d分钟（要求≤4小时，达成）" % co.rng.randint(20, 90)]]
        its.append("55/response-times")
    return Doc("contact", "IT异常联络单", d, its, True, sheets=[("联络单", rows)])


def helpdesk_export(co, d):
    head = ["Ticket No.", "Plant", "Category", "Priority", "Created", "Responded (min)", "Resolved", "SLA Met", "Engineer"]
    rows = [["HD%s%03d" % (ymd(d)[2:], 100 + i), co.plants[i % 3], ["Incident", "Request", "Request", "Incident", "Security"][i % 5], ["P1", "P3", "P4", "P2", "P2"][i % 5],
             "%s %02d:10" % (iso(d - timedelta(days=i)), 8 + i), [9, 45, 120, 22, 14][i % 5], iso(d - timedelta(days=i) + timedelta(days=i % 2)), "Y" if i != 3 else "N", co.p(i % 4)]
            for i in range(10)]
    return book("helpdesk_export", "IT Helpdesk工单导出", d, True, [("Tickets", head, rows, ["43/process-records", "55/response-times"])])


def car_report(co, d, verified):
    """纠正措施报告 (CAR): one KPI miss, its cause, the action and, when done, its verification."""
    parts = [("问题描述", "%d年%d月SLA达成率%d%%，目标100%%；夜班停线类异常响应超时2次。" % (d.year, d.month - 1 or 1, 94 + co.rng.randint(0, 4)), []),
             ("原因分析（5Why）", "夜班无IT驻厂→远程值守人员需到厂→到厂超过15分钟；根本原因：夜班支持模式未随三班倒调整。", []),
             ("纠正措施", ("table", [["措施", "负责人", "完成日期"], ["夜班远程值守+工厂IT备班", co.p(0), iso(d + timedelta(days=14))],
                                  ["扫码枪、标签机备件前置到产线", co.p(4), iso(d + timedelta(days=21))]]), ["57/capa"])]
    if verified:
        parts.append(("效果验证", "连续两个月夜班响应全部≤15分钟，措施有效，CAR关闭（%s）。" % co.p(1), []))
    return nar("car", "纠正措施报告（CAR）", d, True, parts, [("p", "CAR编号：CAR-IT-%d-%02d" % (d.year, co.rng.randint(1, 12)))])


def why5(co, d):
    rows = [["Why1", "标签打印机频繁卡纸"], ["Why2", "标签纸与打印头不匹配"], ["Why3", "采购换了标签纸供应商"], ["Why4", "耗材变更未通知IT"],
            ["Why5", "耗材变更未纳入IT变更评审"], ["对策", "耗材规格纳入IT变更清单（%s）" % co.p(2)]]
    return book("why5", "5Why分析表（重复性异常）", d, True, [("5Why", ["步骤", "内容"], rows, ["43/process-records"])])


def objectives(co, d):
    rows = [["IT原因停线", "≤40分钟/月", co.p(1)], ["SLA达成率", "100%", co.p(0)], ["内部客户满意度", "≥94", co.p(4)], ["补丁及时率", "≥95%", co.p(3)]]
    return Doc("objectives", "%d年IT方针目标展开表" % d.year, d, [], False,
               sheets=[("目标展开", [["%d年IT方针目标展开表 方针：稳定、安全、快速响应产线" % d.year], ["目标", "目标值", "责任人"]] + rows)])


def tpm_plan(co, d):
    rows = [[m, "防火墙、网闸、IDS", "除尘、风扇检查、固件核对", co.p(1)] for m in ("3月", "6月", "9月", "12月")]
    return Doc("tpm_plan", "IT设备年度保养计划（%d）" % d.year, d, [], False, sheets=[("保养计划", [["IT设备年度保养计划（TPM）%d" % d.year], ["月份", "设备", "保养内容", "负责人"]] + rows)])


def training_plan(co, d):
    rows = [["Q1", "信息安全意识", "全员"], ["Q2", "Helpdesk技能", "Helpdesk"], ["Q3", "改善提案与5Why", "IT全员"], ["Q4", "应急计划", "IT全员"]]
    return Doc("training_plan", "%d年IT培训计划" % d.year, d, [], False, sheets=[("计划", [["%d年IT培训计划" % d.year], ["季度", "课程", "对象"]] + rows)])


# ------------------------------------------------------------------ working documents that prove nothing

def morning(co, d):
    parts = [("出勤", "全员到岗，%s休假。" % co.p(5), []), ("昨日异常", "扫码枪过站失败2起已处理。", []), ("今日重点", "%s周点检；SAP月结保障。" % co.plants[1], [])]
    return nar("morning", "IT早会记录（%s）" % iso(d), d, True, parts)


def weekly(co, d):
    parts = [("本周完成", "点检100%，请求82单。", []), ("下周计划", "停产窗口升级交换机固件。", []), ("安全提醒", "严禁私接U盘。", [])]
    return nar("weekly", "IT周例会纪要（%s）" % iso(d), d, True, parts)


def lpa(co, d):
    rows = [["点检表是否按时填写", "○"], ["机房门禁是否关闭", "○"], ["变更单是否有审批", "×"], ["5S是否保持", "○"]]
    return Doc("lpa", "分层审核检查表", d, [], True, sheets=[("LPA", [["分层审核检查表（%s）" % iso(d)], ["检查项", "结果"]] + rows)])


def vendor_eval(co, d):
    rows = [[co.vendor, "质量", 28, 30], [co.vendor, "交付", 23, 25], [co.vendor, "服务", 18, 20], [co.vendor, "价格", 20, 25]]
    return Doc("vendor", "外包供应商年度评价表", d, [], True, sheets=[("评价", [["外包供应商年度评价表 %d" % d.year], ["供应商", "项目", "得分", "满分"]] + rows)])


def skills(co, d):
    rows = [[co.p(i), "○", "◎" if i % 2 else "○", "△", "○"] for i in range(6)]
    return decoy(Doc("skills", "IT技能矩阵", d, [], True, sheets=[("技能矩阵", [["IT技能矩阵 %d" % d.year], ["姓名", "点检", "应急响应", "渗透测试", "日志审计"]] + rows)]),
                 "skills matrix naming record kinds")


def signin(co, d, plan):
    rows = [["主题", "《%s》宣贯" % plan], ["时间", cnd(d)], ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return decoy(Doc("training", "《%s》宣贯签到表" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def doc_ctrl(co, d, cites):
    t = "文件控制程序"
    b = [("title", t)] + doc_control(co, d, code(co, "QP", 1), "B/1", t) + [("h1", "1 目的"), ("p", "确保IT体系文件受控。"), ("h1", "2 相关文件")]
    b += [("p", "《%s》" % c) for c in cites] + [("h1", "3 要求"), ("p", "文件发行前须经批准，作废文件加盖“作废”章并撤回。")]
    return decoy(Doc("docctrl", t, d, [], False, b), "procedure citing procedures by 《》")


def doc_list(co, d, cites):
    rows = [[i, c, code(co, "QP", 4 + i), "B/0", "有效"] for i, c in enumerate(cites, 1)]
    return decoy(Doc("doclist", "受控文件清单", d, [], True, sheets=[("清单", [["受控文件清单 %d" % d.year], ["序号", "文件名称", "编号", "版本", "状态"]] + rows)]),
                 "list of document names")


def mr_proc(co, d):
    t = "管理评审程序"
    b = [("title", t)] + doc_control(co, d, code(co, "QP", 3), "A/1", t) + [("h1", "1 频次"), ("p", "每年至少一次。"), ("h1", "2 输入"),
                                                                         ("p", "顾客反馈、过程绩效、资源、纠正措施、变更、改进机会。"), ("h1", "3 输出"), ("p", "管理评审报告。")]
    return decoy(Doc("mrproc", t, d, [], False, b), "procedure, not the review record")


def mr_notice(co, d):
    parts = [("通知", "定于%s召开年度管理评审会，请各部门提交顾客反馈、过程绩效、资源、纠正措施与改进机会的输入资料。" % cnd(d + timedelta(days=10)), [])]
    return decoy(nar("mrnotice", "关于召开%d年度管理评审会议的通知" % d.year, d, True, parts), "meeting notice, not the review record")


def drill_plan(co, d):
    parts = [("目的", "测试《IT应急计划》的有效性。", []), ("场景", "勒索病毒感染产线电脑。", []), ("时间", "计划于%s进行。" % cnd(d + timedelta(days=15)), [])]
    return decoy(nar("drill_plan", "IT应急计划测试方案", d, False, parts), "drill plan, not the record")


def personal_kpi(co, d):
    rows = [[co.p(i), "点检完成率、8D按时关闭率、满意度调查完成率", 85 + i] for i in range(5)]
    return decoy(Doc("kpi", "IT人员月度绩效考核", d, [], True, sheets=[("绩效", [["IT人员月度绩效考核"], ["姓名", "考核项", "得分"]] + rows)]),
                 "KPI sheet naming record kinds")


UNRELATED_K = [
    ("EHS", "%d年安全生产月活动方案", ["组织消防演习和叉车安全培训。", "各车间开展隐患随手拍。"]),
    ("行政部", "%d年班车线路调整通知", ["新增城南线。", "夜班班车22:30发车。"]),
    ("工会", "%d年职工篮球赛通知", ["各车间组队报名。", "比赛时间为周六下午。"]),
    ("质量部", "%d年质量月活动方案", ["开展质量知识竞赛和QC小组发表。", "评选质量明星。"]),
    ("生产部", "%d年Plant 2设备OEE提升项目汇报", ["冲压线OEE由71%提升至78%。", "换模时间缩短至18分钟。"]),
]


def unrelated(co, d, i):
    folder, t, paras = UNRELATED_K[i]
    t = t % d.year
    return folder, t, decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out a K share: <IT>/01 体系文件 (手册, QP, WI), 02 客户服务/<客户>/, 03 运维记录/<年>/<月>,
    04 安全运营, 05 KPI看板, 06 会议纪要, 07 改善, 08 供应商管理, 09 培训; <工厂>/IT点检/<年>/; 质量部/ (内审,
    管理评审, 分层审核); older copies under <IT>/99 历史/<年>/, decoys."""
    co.cust, co.pfx, co.dept, co.plants = K_INFO[co.info_id]
    r = co.rng
    IT = co.dept + "/"
    SYS, CU, REC, SEC, KPI, MTG, KZ = (IT + "01 体系文件/", IT + "02 客户服务/%s/" % co.cust, IT + "03 运维记录/", IT + "04 安全运营/",
                                       IT + "05 KPI看板/", IT + "06 会议纪要/", IT + "07 改善/")
    QA = "质量部/"
    optional = ["budget", "history", "auto", "ola", "staff", "roles", "urs", "compat", "upgrade", "baseline", "collect", "lessons",
                "pentest_plan", "pentest", "dev_plan", "dr", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "kpi_board",
                "pfmea", "improve_plan", "kaizen", "kaizen_training", "audit", "review", "forecast", "grading", "grading_criteria",
                "interface", "assets", "asset_changes", "sec_stats", "health", "log_audit", "avail_plan", "avail_kpis", "8d", "defect", "cert"]
    gaps = {k for k in optional if r.random() < 0.07}
    olds = set(r.sample(sorted({"auto", "pentest", "csat_trend", "callbacks", "lessons", "audit", "log_audit", "drdrill", "kaizen_training",
                                "kpi_board", "collect", "desk_training", "8d", "asset_changes", "sec_stats", "health", "defect"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made

    # --- 体系文件: the IT管理手册 with some programmes as chapters, the rest as QP files
    keys = [k for k in K_QP if r.random() >= 0.06]
    in_manual = [k for k in keys if r.random() < 0.35]
    d = co.issued()
    add(SYS + "%s-QM-IT-01 IT管理手册 C0.pdf" % co.pfx, manual(co, d, in_manual, r.random() < 0.9), meta_title=r.random() < 0.5)
    titles = [K_QP[k][1] for k in K_QP]
    for k in keys:
        if k in in_manual:
            continue
        d = co.issued()
        ver = r.choice(["A/0", "A/1", "B/0", "B/1"])
        cites = r.sample([t for t in titles if t != K_QP[k][1]], 2) if r.random() < 0.4 else ()
        doc = qp_doc(co, d, k, ver, cites)
        title = doc.title if r.random() < 0.75 else "%s_%s" % (K_EN[k], doc.title)
        add(SYS + "程序文件/%s %s %s.%s" % (code(co, "QP", K_QP[k][0]), title, ver_name(ver), r.choice(["docx", "docx", "pdf"])), doc,
            meta_title=r.random() < 0.5)
    for i in range(len(K_OTHER)):
        if r.random() < 0.7:
            add(SYS + "程序文件/%s %s.docx" % (code(co, "QP", 30 + i), K_OTHER[i][0]), other_qp(co, co.issued(), i))

    # --- 作业指导书: an 汇编 and single WIs
    mods = list(K_WI)
    in_book = sorted(r.sample(mods, r.randint(2, 3)), key=mods.index)
    add(SYS + "作业指导书/IT运维作业指导书汇编.pdf", wi_book(co, co.issued(), in_book))
    for i, k in enumerate(mods):
        if k in in_book or r.random() < 0.3:
            continue
        add(SYS + "作业指导书/%s %s作业指导书.docx" % (code(co, "WI", i + 1), K_WI[k][0]), wi(co, co.issued(), k, i + 1))

    # --- 客户服务/<客户>: onboarding, SLA, health checks, satisfaction
    d0 = co.issued()
    add(CU + "01 导入/%s IT服务需求调研报告.docx" % co.customer, survey(co, d0, r.random() < 0.88, r.random() < 0.85))
    slot("budget", lambda d: CU + "01 导入/IT运维服务预算表_%s.xlsx" % co.cust, lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    add(CU + "01 导入/Kick-off会议纪要_%s.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d, r.random() < 0.5))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: CU + "01 导入/历史运行数据分析及改善策略.docx", lambda d: history(co, d, on), "issued")
    d = co.issued()
    add(CU + "02 合同/IT服务水平协议SLA（盖章扫描件）.pdf", sla(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.6))
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])
    d = co.issued()
    add(CU + "02 合同/IT服务目录_%d版.xlsx" % d.year, catalog(co, d, lv))
    slot("urs", lambda d: CU + "03 项目/%s URS用户需求规格书.docx" % co.sys(0), lambda d: urs(co, d))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: CU + "04 健康检查/%d/%s健康检查报告_%s.pdf" % (d.year, co.cust, ymd(d)), lambda d: health_report(co, d))
    for d, h in [(date(2025, 6, 26), "上半年"), (date(2025, 12, 18), "下半年"), (date(2026, 6, 25), "上半年")]:
        if r.random() < 0.8:
            add(CU + "05 满意度/%d%s内部客户满意度调查报告.%s" % (d.year, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("csat_trend", lambda d: CU + "05 满意度/满意度趋势分析_%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: CU + "05 满意度/客户回访记录_%d.xlsx" % d.year, lambda d: callbacks(co, d))
    for i in range(2):
        d = co.fresh()
        name = CU + "06 驻厂确认/%d%02d 驻厂服务确认单.pdf" % (d.year, d.month)
        if name not in co.used:
            add(name, onsite_confirm(co, d))

    # --- organisation, catalogue, OLA, appointments
    d = co.issued()
    add(SYS + "组织架构/%s组织架构图及岗位职责_%d版.pdf" % (co.dept, d.year), org(co, d, "roles" not in gaps))
    slot("staff", lambda d: SYS + "组织架构/IT人员名单_%s.xlsx" % ymd(d), lambda d: staff(co, d, r.random() < 0.85), "issued")
    slot("interface", lambda d: SYS + "任命书/任命书-信息安全对接窗口_%d.%s" % (d.year, r.choice(["pdf", "docx"])), lambda d: interface(co, d), "issued")
    d = co.issued()
    add(SYS + "任命书/关于成立IT Helpdesk的通知.docx", helpdesk(co, d))
    slot("desk_training", lambda d: IT + "09 培训/%d/%s Helpdesk岗位培训记录.xlsx" % (d.year, ymd(d)), lambda d: desk_training(co, d))
    slot("ola", lambda d: SYS + "服务级别/内部OLA与外包SLA对齐表.xlsx", lambda d: ola(co, d, r.random() < 0.85), "issued")
    slot("avail_kpis", lambda d: KPI + "IT可用性指标清单_%d.xlsx" % d.year, lambda d: avail_kpis(co, d))
    slot("avail_plan", lambda d: SYS + "计划/%d年IT系统可用性计划.docx" % d.year, lambda d: avail_plan(co, d))

    # --- KPI reports, the anomaly log, 8D, analysis
    for m in sorted(r.sample(range(5, 12), r.choice([2, 3]))):
        d = date(2026, m, 3 + r.randint(0, 5))
        add(KPI + "%d/%d年%d月IT运行KPI报告.%s" % (d.year, d.year, m - 1, r.choice(["pdf", "docx"])), kpi_report(co, d, r.random() < 0.6))
    d = co.fresh()
    add(REC + "%d/%02d月/IT异常处理台账_%d%02d.xlsx" % (d.year, d.month, d.year, d.month), anomaly_log(co, d, r.random() < 0.75))
    for i in range(r.randint(1, 3)):
        d = co.fresh()
        name = REC + "%d/%02d月/%s-01 IT异常联络单_%s.xlsx" % (d.year, d.month, code(co, "QR", 5), ymd(d))
        if name not in co.used:
            add(name, contact_sheet(co, d, r.random() < 0.6, r.random() < 0.6))
    if r.random() < 0.7:
        d = co.fresh()
        add(REC + "%d/%02d月/Helpdesk_Ticket_Export_%s.xlsx" % (d.year, d.month, ymd(d)), helpdesk_export(co, d))
    prevent, effect = r.random() < 0.7, r.random() < 0.7
    slot("8d", lambda d: KZ + "8D/8D-IT-%d %s停线8D报告.docx" % (d.year, co.sys(0)), lambda d: report_8d(co, d, prevent, effect))
    slot("auto", lambda d: KZ + "以往服务数据分析及自动化机会_%d.docx" % d.year, lambda d: auto_analysis(co, d, r.random() < 0.8))
    slot("forecast", lambda d: KPI + "%d年IT服务需求预测.docx" % (d.year + 1), lambda d: forecast(co, d))
    slot("defect", lambda d: KZ + "%d年IT服务不良回顾及改进计划.docx" % d.year, lambda d: defect_review(co, d))

    # --- changes, assets, point checks
    d = co.fresh()
    add(REC + "%d/IT变更台账_%d.xlsx" % (d.year, d.year), change_ledger(co, d))
    rb = r.random() < 0.85
    slot("upgrade", lambda d: REC + "%d/变更方案/%s %s升级方案.docx" % (d.year, ymd(d), co.sys(1)), lambda d: upgrade_plan(co, d, rb), "issued")
    slot("compat", lambda d: REC + "%d/变更方案/产线电脑系统升级兼容性验证报告.pdf" % d.year, lambda d: compat(co, d))
    relc = r.random() < 0.7
    slot("assets", lambda d: IT + "资产/IT资产台账_%s.xlsx" % ymd(d), lambda d: asset_ledger(co, d, relc))
    slot("asset_changes", lambda d: IT + "资产/资产台账变更记录_%d.xlsx" % d.year, lambda d: asset_changes(co, d))
    slot("baseline", lambda d: SYS + "作业指导书/安全配置基线_%d.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    slot("lessons", lambda d: IT + "知识库/经验教训库清单_%s.xlsx" % ymd(d), lambda d: lessons(co, d))
    for p in r.sample(co.plants, 2):
        kinds = [k for k in ("daily", "weekly", "virus", "fault", "upgrade") if r.random() < 0.7] or ["daily"]
        d = co.fresh()
        pat = r.choice(["%s/IT点检/%d/%s安全设备点检表_%d%02d.xlsx", "%s/IT点检/%d/%s IT Checksheet_%d%02d.xlsx"])
        add(pat % (p, d.year, p, d.year, d.month), checksheet(co, d, kinds, r.random() < 0.6, p))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: SEC + "监控/安全信息采集表_%s.xlsx" % ymd(d), lambda d: collect(co, d, which))

    # --- 安全运营: audit, statistics, bulletins, pentest, grading, contingency
    for i in range(r.randint(1, 2)):
        slot("log_audit", lambda d: SEC + "日志审计/%d/W%02d 安全日志审计周报_%s.%s" % (d.year, d.isocalendar()[1], ymd(d), r.choice(["docx", "pdf"])), lambda d: log_audit(co, d))
    slot("sec_stats", lambda d: SEC + "统计/%dQ%d信息安全事件统计分析.docx" % (d.year, (d.month - 1) // 3 + 1), lambda d: sec_stats(co, d, r.random() < 0.75))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        ext = r.choice(["pdf", "docx", "txt"])
        name = SEC + "预警通报/%d/信息安全预警通报第%d期.%s" % (d.year, n, ext)
        if name not in co.used:
            if ext == "txt":
                add(name, bulletin(co, d, n, r.random() < 0.7), encoding=r.choice(["utf-8", "gb18030"]))
            else:
                add(name, bulletin(co, d, n, r.random() < 0.7))
    slot("pentest_plan", lambda d: SEC + "渗透测试/%d年渗透测试计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: SEC + "渗透测试/%s %s渗透测试报告.pdf" % (ymd(d), co.sys(2)), lambda d: pentest_report(co, d))
    slot("dev_plan", lambda d: SEC + "%d年IT安全工具开发计划.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("grading", lambda d: SEC + "等保/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("grading_criteria", lambda d: SEC + "等保/%s 信息系统分级标准.docx" % code(co, "WI", 40), lambda d: grading_criteria(co, d), "issued")
    d = co.issued()
    add(SYS + "程序文件/%s IT应急计划 B0.pdf" % code(co, "QP", 17), contingency(co, d, r.random() < 0.8))
    slot("dr", lambda d: SYS + "计划/IT系统灾难恢复计划.docx", lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: SYS + "计划/IT业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: SEC + "应急/%s %s备份恢复测试记录.docx" % (ymd(d), co.sys(0)), lambda d: drill(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add(SEC + "应急/%s IT应急计划测试记录.%s" % (ymd(d), r.choice(["docx", "pdf"])), drill(co, d, "emergency"))

    # --- 监视, 改善, 审核
    capa = r.random() < 0.8
    slot("kpi_board", lambda d: KPI + "%d/IT KPI看板_%d%02d.xlsx" % (d.year, d.year, d.month), lambda d: kpi_board(co, d, capa))
    eff = r.random() < 0.75
    slot("pfmea", lambda d: KZ + "IT过程PFMEA_%d.xlsx" % d.year, lambda d: pfmea(co, d, eff))
    slot("improve_plan", lambda d: KZ + "%d年IT持续改善计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    sc, tr = r.random() < 0.8, r.random() < 0.8
    slot("kaizen", lambda d: KZ + "改善提案台账_%s.xlsx" % ymd(d), lambda d: kaizen(co, d, sc, tr))
    for i in range(r.randint(0, 2)):
        d = co.fresh()
        name = KZ + "CAR/CAR-IT-%d-%02d 纠正措施报告.%s" % (d.year, d.month, r.choice(["docx", "pdf"]))
        if name not in co.used:
            add(name, car_report(co, d, r.random() < 0.6))
    if r.random() < 0.6:
        d = co.fresh()
        add(KZ + "5Why/%s 标签打印机卡纸5Why分析.xlsx" % ymd(d), why5(co, d))
    slot("kaizen_training", lambda d: IT + "09 培训/%d/%s 持续改善意识培训签到.xlsx" % (d.year, ymd(d)), lambda d: kaizen_training(co, d))
    slot("cert", lambda d: SYS + "证书/ISO27001证书.pdf", lambda d: iso_cert(co, d), "issued")
    slot("audit", lambda d: QA + "内审/%d/%d年IT体系内部审核报告.pdf" % (d.year, d.year), lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    fc = r.random() < 0.3
    slot("review", lambda d: QA + "管理评审/%d/%d年度管理评审报告.docx" % (d.year, d.year), lambda d: mgmt_review(co, d, inputs, fc))
    for m in sorted(r.sample(range(6, 12), 2)):
        d = date(2026, m, 10 + r.randint(0, 6))
        add(MTG + "月度IT例会/%d%02d IT例会纪要.docx" % (d.year, m), it_monthly(co, d, r.random() < 0.6, r.random() < 0.6, r.random() < 0.5))

    # --- working documents of a plant's IT that prove no clause
    for k in sorted(r.sample(range(1, 20), 2)):
        d = date(2026, 10, 1) + timedelta(days=2 * k)
        add(MTG + "早会/%s 早会记录.%s" % (ymd(d), r.choice(["docx", "txt"])), morning(co, d))
    for k in sorted(r.sample(range(1, 9), 2)):
        d = date(2026, 9, 1) + timedelta(days=7 * k)
        add(MTG + "周例会/IT周例会纪要-W%02d.docx" % d.isocalendar()[1], weekly(co, d))
    for name, factory in [(lambda d: QA + "分层审核/%d/%s LPA检查表-%s.xlsx" % (d.year, ymd(d), co.dept), lpa),
                          (lambda d: IT + "08 供应商管理/%d外包供应商年度评价表.xlsx" % d.year, vendor_eval),
                          (lambda d: REC + "%d/IT设备年度保养计划（TPM）.xlsx" % d.year, tpm_plan),
                          (lambda d: IT + "09 培训/%d年IT培训计划.xlsx" % d.year, training_plan),
                          (lambda d: IT + "%d年IT方针目标展开表.xlsx" % d.year, objectives)]:
        d = co.fresh()
        add(name(d), factory(co, d))

    # --- last year's copies moved to 99 历史/<year>/ at the yearly 归档: they belong, but are stale
    for name, factory, when in list(made):
        if r.random() < 0.2:
            before = when - timedelta(days=364)
            rel = IT + "99 历史/%d/%s" % (before.year, name(before).split("/")[-1])
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    IT = co.dept + "/"
    SYS, CU, REC, SEC, KZ = IT + "01 体系文件/", IT + "02 客户服务/%s/" % co.cust, IT + "03 运维记录/", IT + "04 安全运营/", IT + "07 改善/"
    QA = "质量部/"
    add = Share(co).add

    # 表单 (blank forms) and templates
    F = SYS + "表单/"
    add(F + "%s-01 IT异常联络单（空白）.xlsx" % code(co, "QR", 5), blank_sheet("IT异常联络单", co.fresh(), ["单号", "发生时间", "工厂", "现象", "处理", "确认"]))
    add(F + "%s-01 IT变更申请单（空白）.xlsx" % code(co, "QR", 8), blank_sheet("IT变更申请单", co.fresh(), ["变更单号", "内容", "影响产线", "风险评估", "回退步骤", "批准"]))
    add(F + "%s-02 安全设备点检表（空白）.xlsx" % code(co, "QR", 18), blank_sheet("安全设备点检表", co.fresh(), ["日期", "设备", "判定", "内容", "点检人"]))
    add(F + "8D报告模板.docx", blank_text("8D报告（模板）", co.fresh(), ["D1 小组", "D2 问题描述", "D3 临时措施", "D4 根本原因", "D5/D6 永久措施", "D7 预防再发", "D8 关闭"]))
    add(F + "内部客户满意度调查表（空白）.docx", blank_text("内部客户满意度调查表", co.fresh(), ["响应速度", "问题解决", "服务态度", "意见"]))
    add(CU + "02 合同/IT服务水平协议（范本）.docx", blank_text("IT服务水平协议（范本）", co.fresh(), ["服务范围", "服务方式", "服务水平", "签署"]))
    # drafts
    d = co.fresh()
    add(SYS + "计划/IT业务连续性计划（征求意见稿）.docx", decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(CU + "02 合同/SLA_%s_草稿V0.3.docx" % co.cust, decoy(sla(co, d, True, True, True), "draft", mark="（草稿）"))
    d = co.fresh()
    add(KZ + "%d年IT持续改善计划（讨论稿）.docx" % (d.year + 1), decoy(improve_plan(co, d, True), "draft", mark="（讨论稿）"))
    # 作废 versions
    d = date(2022, 3, 8)
    add(SYS + "作废文件/%s 重复性异常及问题管理程序 A0（作废）.docx" % code(co, "QP", 7), decoy(qp_doc(co, d, "problem", "A/0"), "obsolete", mark="（作废）"))
    d = date(2021, 11, 22)
    add(SYS + "作废文件/IT应急计划 2021版【作废】.pdf", decoy(contingency(co, d, True), "obsolete", mark="【作废】"))
    # recycle bins: the NAS's per-user .recycle and a Windows one
    d = co.fresh()
    add(".recycle/%s/IT异常处理台账_%d%02d.xlsx" % (co.p(2), d.year, d.month), decoy(anomaly_log(co, d, True), "recycle bin"))
    d = co.fresh()
    add(".recycle/%s/%s IT应急计划测试记录.docx" % (co.p(4), ymd(d)), decoy(drill(co, d, "emergency"), "recycle bin"))
    d = co.fresh()
    add("$RECYCLE.BIN/S-1-5-21-2231/%d年度管理评审报告.docx" % d.year, decoy(mgmt_review(co, d, ["perf", "fb", "res", "ca", "chg", "imp"], False), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and "RECYCLE" not in rel and not rel.startswith(".recycle")]
    for rel in office[2:75:12]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        co.raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(2)), "Office lock file")
    co.raw(REC + "2026/.~lock.IT变更台账_2026.xlsx#", (",%s,%s-NB%03d,06.11.2026 08:41,file:///C:/Users/%s/AppData/Roaming/LibreOffice/4;" % (
        co.p(1), co.pfx, r.randint(10, 300), co.pfx)).encode("utf-8"), "LibreOffice lock file")
    co.raw(REC + "2026/11月/IT异常处理台账_202611.xlsx", b"", "empty file")
    co.raw(SEC + "应急/IT应急计划测试记录_202611.docx", b"", "empty file")
    co.raw(CU + "05 满意度/2026下半年内部客户满意度调查报告.docx", b"", "empty file")
    # 宣贯 sign-in sheets about plans and procedures
    for plan in ("IT应急计划", "IT变更管理程序", "IT业务连续性计划"):
        if r.random() < 0.8:
            d = co.fresh()
            add(IT + "09 培训/%d/%s《%s》宣贯签到表.xlsx" % (d.year, ymd(d), plan), signin(co, d, plan))
    cites = [K_QP[k][1] for k in ("incident", "problem", "change", "knowledge", "slm", "secinc", "improve")] + ["IT应急计划"]
    add(SYS + "程序文件/%s 文件控制程序 B1.docx" % code(co, "QP", 1), doc_ctrl(co, co.issued(), cites))
    add(SYS + "受控文件清单_%d.xlsx" % 2026, doc_list(co, co.fresh(), cites))
    add(SYS + "程序文件/%s 管理评审程序 A1.pdf" % code(co, "QP", 3), mr_proc(co, co.issued()))
    d = co.fresh()
    add(QA + "管理评审/%d/关于召开%d年度管理评审会议的通知.docx" % (d.year, d.year), mr_notice(co, d))
    d = co.fresh()
    add(SEC + "应急/IT应急计划测试方案_%d.docx" % d.year, drill_plan(co, d))
    d = co.fresh()
    add(IT + "09 培训/IT技能矩阵_%d.xlsx" % d.year, skills(co, d))
    d = co.fresh()
    add("人事行政/绩效/%d%02d IT人员月度绩效考核.xlsx" % (d.year, d.month), personal_kpi(co, d))
    # unrelated plant files
    for i in sorted(r.sample(range(len(UNRELATED_K)), 4)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        add("%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
