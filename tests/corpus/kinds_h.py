# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_h.py - style H: the 信息中心 of a large tertiary hospital (三甲医院).

A sixth author voice for the accuracy corpus, used only by the H shares.  The hospital's
信息中心 runs the hospital's HIS/LIS/PACS/EMR and, because the hospital leads a 医联体/医共体,
provides IT and security operations to its member county hospitals and community health
centres under a 医联体成员单位信息化技术支持协议 (the member unit is the form's customer);
vendors' engineers (厂商驻场人员) work on site.  It writes the way a hospital does: 制度
with a 文件编号/版本/审核/批准 header and sections 一、目的 二、适用范围 …, collected in a
信息中心制度汇编 whose chapters are several 制度, or issued alone by a 院发〔2025〕N号 notice;
SOP-numbered 标准操作规程 (SOP-XXZX-AQ-003) like the wards' SOPs; records kept as 登记本 and
记录本, often scanned (扫描全能王 2026-10-12 09.35.pdf) or exported from the 运维平台; HIS/LIS/PACS
宕机应急预案 and 应急演练 (桌面推演/实战演练); 不良事件上报-style incident reports; the
网络安全和信息化领导小组's minutes with several agenda items; 质量与安全 vocabulary from the
hospital accreditation (PDCA, 追踪, 整改, 质量与安全指标); 工作量统计 by month, 周报 by week
(第43周), 满意度调查 of the 临床科室; folders by 组 (综合办, 网络组, 系统组, 安全组, 数据组,
医联体, 质量与安全) and by year.  Written from the form, not from kinds*.py or the rule pack.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional
section adds its items only when it is written; a workbook sheet with only its header counts
for nothing.  build(co, lock_bytes) lays out the whole share, decoys included.
"""

import re
from datetime import date, timedelta

from kinds import Doc
from kinds_d import decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ledger

# 院发 prefix, the hospital's file-code prefix, the 运维平台, the 卫健委, the leading group,
# the 医联体's name
H_INFO = {
    "h1": ("瓯一院发", "OJYY", "信息运维管理平台", "瓯江市卫生健康委员会", "网络安全和信息化领导小组", "瓯江市第一人民医院医疗集团"),
    "h2": ("南中院发", "NLZX", "智慧运维平台（ITSM）", "南陵市卫生健康委员会", "信息安全委员会", "南陵市中心医院紧密型医联体"),
    "h3": ("北人医发", "BTRY", "IT运维服务平台", "北塘市卫生健康委员会", "网络安全和信息化委员会", "北塘市城北区医共体"),
    "h4": ("西附院发", "XLFY", "IT运维管理系统", "西岭市卫生健康委员会", "网络安全和信息化领导小组", "西岭大学附属医院医联体"),
    "h5": ("衢人医发", "QJRY", "信息运维管理平台", "衢江市卫生健康委员会", "网络安全和信息化领导小组", "衢江市人民医院医疗集团"),
    "h6": ("湛中院发", "ZHZX", "智慧运维平台（ITSM）", "湛海市卫生健康委员会", "信息安全委员会", "湛海市中心医院紧密型医联体"),
    "h7": ("潍二院发", "WHEY", "IT运维服务平台", "潍河市卫生健康委员会", "网络安全和信息化委员会", "潍河市城区医共体"),
    "h8": ("南附院发", "NLFY", "IT运维管理系统", "南岭市卫生健康委员会", "网络安全和信息化领导小组", "南岭医科大学附属医院医联体"),
    "h9": ("泉妇幼发", "QGFY", "信息运维管理平台", "泉港市卫生健康委员会", "信息安全委员会", "泉港市妇幼专科联盟"),
    "h10": ("延中医发", "YHZY", "智慧运维平台（ITSM）", "延河市卫生健康委员会", "网络安全和信息化领导小组", "延河市中医医联体"),
    "h11": ("吕人医发", "H11RY", "信息运维管理平台", "吕梁市卫生健康委员会", "网络安全和信息化领导小组", "吕梁市人民医院医疗集团"),
    "h12": ("长人医发", "H12RY", "信息运维管理平台", "长治市卫生健康委员会", "网络安全和信息化领导小组", "长治市人民医院医疗集团"),
    "h13": ("晋人医发", "H13RY", "信息运维管理平台", "晋城市卫生健康委员会", "网络安全和信息化领导小组", "晋城市人民医院医疗集团"),
    "h14": ("运人医发", "H14RY", "信息运维管理平台", "运城市卫生健康委员会", "网络安全和信息化领导小组", "运城市人民医院医疗集团"),
    "h15": ("阳人医发", "H15RY", "信息运维管理平台", "阳泉市卫生健康委员会", "网络安全和信息化领导小组", "阳泉市人民医院医疗集团"),
    "h16": ("通人医发", "H16RY", "信息运维管理平台", "通辽市卫生健康委员会", "网络安全和信息化领导小组", "通辽市人民医院医疗集团"),
    "h17": ("赤人医发", "H17RY", "信息运维管理平台", "赤峰市卫生健康委员会", "网络安全和信息化领导小组", "赤峰市人民医院医疗集团"),
    "h18": ("乌人医发", "H18RY", "信息运维管理平台", "乌海市卫生健康委员会", "网络安全和信息化领导小组", "乌海市人民医院医疗集团"),
    "h19": ("齐人医发", "H19RY", "智慧运维平台（ITSM）", "齐齐哈尔市卫生健康委员会", "网络安全和信息化领导小组", "齐齐哈尔市人民医院医疗集团"),
    "h20": ("牡人医发", "H20RY", "智慧运维平台（ITSM）", "牡丹江市卫生健康委员会", "网络安全和信息化领导小组", "牡丹江市人民医院医疗集团"),
    "h21": ("佳人医发", "H21RY", "信息运维管理平台", "佳木斯市卫生健康委员会", "网络安全和信息化领导小组", "佳木斯市人民医院医疗集团"),
    "h22": ("大人医发", "H22RY", "智慧运维平台（ITSM）", "大庆市卫生健康委员会", "信息安全委员会", "大庆市人民医院医疗集团"),
    "h23": ("鸡人医发", "H23RY", "信息运维管理平台", "鸡西市卫生健康委员会", "信息安全委员会", "鸡西市人民医院医疗集团"),
    "h24": ("双人医发", "H24RY", "信息运维管理平台", "双鸭山市卫生健康委员会", "信息安全委员会", "双鸭山市人民医院医疗集团"),
    "h25": ("伊人医发", "H25RY", "智慧运维平台（ITSM）", "伊春市卫生健康委员会", "网络安全和信息化领导小组", "伊春市人民医院医疗集团"),
    "h26": ("七人医发", "H26RY", "智慧运维平台（ITSM）", "七台河市卫生健康委员会", "网络安全和信息化领导小组", "七台河市人民医院医疗集团"),
    "h27": ("黑人医发", "H27RY", "智慧运维平台（ITSM）", "黑河市卫生健康委员会", "信息安全委员会", "黑河市人民医院医疗集团"),
    "h28": ("绥人医发", "H28RY", "智慧运维平台（ITSM）", "绥化市卫生健康委员会", "网络安全和信息化领导小组", "绥化市人民医院医疗集团"),
    "h29": ("湘人医发", "H29RY", "信息运维管理平台", "湘潭市卫生健康委员会", "网络安全和信息化领导小组", "湘潭市人民医院医疗集团"),
    "h30": ("衡人医发", "H30RY", "信息运维管理平台", "衡阳市卫生健康委员会", "网络安全和信息化领导小组", "衡阳市人民医院医疗集团"),
    "h31": ("岳人医发", "H31RY", "信息运维管理平台", "岳阳市卫生健康委员会", "信息安全委员会", "岳阳市人民医院医疗集团"),
    "h32": ("常人医发", "H32RY", "信息运维管理平台", "常德市卫生健康委员会", "信息安全委员会", "常德市人民医院医疗集团"),
    "h33": ("张人医发", "H33RY", "智慧运维平台（ITSM）", "张家界市卫生健康委员会", "信息安全委员会", "张家界市人民医院医疗集团"),
    "h34": ("宜人医发", "H34RY", "信息运维管理平台", "宜昌市卫生健康委员会", "网络安全和信息化领导小组", "宜昌市人民医院医疗集团"),
    "h35": ("襄人医发", "H35RY", "信息运维管理平台", "襄阳市卫生健康委员会", "信息安全委员会", "襄阳市人民医院医疗集团"),
    "h36": ("鄂人医发", "H36RY", "智慧运维平台（ITSM）", "鄂州市卫生健康委员会", "信息安全委员会", "鄂州市人民医院医疗集团"),
    "h37": ("荆人医发", "H37RY", "智慧运维平台（ITSM）", "荆门市卫生健康委员会", "网络安全和信息化领导小组", "荆门市人民医院医疗集团"),
    "h38": ("荆人医发", "H38RY", "信息运维管理平台", "荆州市卫生健康委员会", "信息安全委员会", "荆州市人民医院医疗集团"),
    "h39": ("开人医发", "H39RY", "信息运维管理平台", "开封市卫生健康委员会", "信息安全委员会", "开封市人民医院医疗集团"),
    "h40": ("洛人医发", "H40RY", "智慧运维平台（ITSM）", "洛阳市卫生健康委员会", "信息安全委员会", "洛阳市人民医院医疗集团"),
    "h41": ("平人医发", "H41RY", "信息运维管理平台", "平顶山市卫生健康委员会", "信息安全委员会", "平顶山市人民医院医疗集团"),
    "h42": ("新人医发", "H42RY", "智慧运维平台（ITSM）", "新乡市卫生健康委员会", "网络安全和信息化领导小组", "新乡市人民医院医疗集团"),
    "h43": ("南人医发", "H43RY", "智慧运维平台（ITSM）", "南阳市卫生健康委员会", "网络安全和信息化领导小组", "南阳市人民医院医疗集团"),
}

HAN = "〇一二三四五六七八九"
MONTHS = ["", "一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"]


def han(n):
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def quarter(d):
    return (d.month - 1) // 3 + 1


def seq(parts):
    """Number the written sections 一、二、… (or 第一条 …) in order: an optional section left out
    leaves no gap."""
    out, n = [], 0
    for head, body, its in parts:
        m = re.match(r"^(第)?[一二三四五六七八九十]+(条|、)", head or "")
        if m:
            n += 1
            head = ("第%s条" % han(n) if m.group(1) else "%s、" % han(n)) + head[m.end():]
        out.append((head, body, its))
    return out


def yuanfa(co, d, n):
    return "%s〔%d〕%d号" % (co.hprefix, d.year, n)


def file_code(co, kind, n):
    return "%s-XXZX-%s-%03d" % (co.short, kind, n)


# ------------------------------------------------------------------ 制度

# key -> (title, items its text proves, sections (heading, paragraphs))
H_RULES = {
    "secinc": ("网络与信息安全事件报告与处置制度",
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("目的", ["规范本院及医联体成员单位网络与信息安全事件的报告和处置，减少事件对诊疗业务的影响。"]),
        ("事件分类与分级", ["事件分为有害程序事件、网络攻击事件、信息破坏事件（含患者信息泄露）、设备设施故障和其他事件。",
                        "按对诊疗业务的影响分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）、一般（Ⅳ级）。"]),
        ("报告程序", ["发现人立即电话报告信息中心值班人员（总值班电话），并在院内不良事件上报系统中填报。",
                  "信息中心值班人员初判级别，Ⅲ级及以上事件15分钟内报告信息中心主任和分管院领导；Ⅱ级及以上事件由医院按规定时限报告市卫生健康委和公安机关网安部门。"]),
        ("处置程序", ["安全组负责技术处置，按研判、隔离遏制、清除、恢复的步骤进行，处置过程记录在运维平台事件单中。",
                  "事件达到《信息系统突发事件总体应急预案》启动条件的，由领导小组决定启动应急响应，临床科室按宕机应急流程转手工或单机版运行。"]),
        ("事后处理", ["事件处置完毕后5个工作日内，安全组组织原因分析，提出整改措施，填写不良事件分析报告，整改措施纳入PDCA跟踪。"]),
    ]),
    "fault": ("信息系统故障报修与处理制度", ["49/incident-procedure"], [
        ("目的", ["保障各临床、医技科室信息系统故障得到及时响应和处理，尽快恢复诊疗服务。"]),
        ("报修渠道", ["科室通过信息中心服务台电话、运维平台报修或企业微信小程序报修，夜间和节假日拨打信息中心值班电话。"]),
        ("分级与时限", ["影响门急诊、住院、手术等业务的故障为紧急故障，10分钟内响应、30分钟内到场；影响单个科室的为一般故障，30分钟内响应；单台终端故障次日处理完毕。"]),
        ("处理与关闭", ["服务台登记工单并派发至网络组、系统组或厂商驻场工程师；处理人恢复后填写处理过程和原因，经报修科室确认后关闭工单。",
                    "超时未解决的故障逐级上报组长、信息中心主任；原因不明或反复发生的，转入问题管理。"]),
        ("统计", ["服务台每月统计故障报修工单，纳入信息中心工作量统计和运行分析。"]),
    ]),
    "problem": ("信息系统问题管理制度", ["20/procedure", "37/procedure"], [
        ("目的", ["查明反复发生的故障和重大故障的根本原因，消除隐患，防止再次发生。"]),
        ("问题的识别", ["以下情形登记为问题：Ⅲ级及以上故障；同类故障一个月内发生三次以上；巡检、等保测评发现的重大隐患。"]),
        ("问题的处理", ["问题由信息中心主任指定责任人，10个工作日内完成根本原因分析，提出临时措施和永久解决方案；需要变更的按变更管理制度执行。",
                     "已知错误及处理方法录入知识库。"]),
        ("问题的关闭", ["解决方案实施后观察一个月未复发，由责任组长提出、信息中心主任审批关闭，问题登记跟踪表同步更新。"]),
    ]),
    "change": ("信息系统变更管理制度", ["54/procedure"], [
        ("目的", ["控制信息系统、网络及安全设备变更的风险，避免变更影响诊疗业务。"]),
        ("变更分类", ["变更分为标准变更、一般变更、重大变更和紧急变更；涉及HIS、LIS、PACS、EMR核心功能或停机的为重大变更。"]),
        ("申请与审批", ["变更申请人填写变更申请单，写明变更内容、影响科室、实施步骤、测试验证和回退方案；一般变更由组长审批，重大变更经信息中心主任审批并报医务部备案。"]),
        ("实施与验证", ["重大变更原则上安排在夜间22:00后或周末门诊量低谷实施，提前通知相关临床科室；实施后由系统组和临床科室共同验证，验证不通过立即回退。"]),
        ("记录", ["变更全过程记录于变更记录登记表，变更完成后更新配置项。"]),
    ]),
    "knowledge": ("信息中心知识库管理制度", ["21/procedure"], [
        ("目的", ["积累和共享故障处理经验，提高一线处理能力。"]),
        ("知识的来源", ["故障工单、问题处理、厂商技术资料、培训课件。"]),
        ("知识的审核发布", ["处理人提交知识条目，组长审核后在运维平台知识库发布；每半年清理过期条目。"]),
    ]),
    "slm": ("医联体信息化服务级别管理制度", ["39/slm-procedure"], [
        ("目的", ["明确信息中心对医联体成员单位提供信息化技术支持的服务级别并持续监督达成。"]),
        ("服务级别的确定", ["与成员单位签订技术支持协议前，确认服务范围、服务时间、响应和恢复时限、报告方式；与厂商签订的维保合同约定相应服务水平。"]),
        ("服务级别的监督", ["信息中心每月统计服务级别达成情况，未达成的分析原因、制定整改措施，每季度向成员单位通报。"]),
        ("服务级别的评审", ["协议每年评审一次，根据成员单位业务变化修订。"]),
    ]),
    "audit": ("信息中心内部审核制度", ["61/audit-system", "62/audit-mechanism"], [
        ("目的", ["检查运维服务管理体系是否符合标准要求并有效实施和保持。"]),
        ("审核安排", ["每年至少开展一次内部审核，覆盖全部运维服务过程；内审员经培训合格，不审核本组工作。"]),
        ("审核实施", ["按审核计划、首次会议、现场审核、不符合项报告、末次会议、纠正措施跟踪验证的步骤进行。"]),
        ("结果应用", ["审核报告提交领导小组，作为管理评审的输入。"]),
    ]),
    "monitor": ("信息服务质量监测与评价制度", ["61/monitoring-process", "62/monitoring-process"], [
        ("目的", ["对信息服务的质量与安全进行持续监测，发现问题及时整改。"]),
        ("监测指标", ["服务级别达成率、核心系统可用率、故障响应及时率、临床科室满意度、投诉数及运维关键指标。"]),
        ("监测与报告", ["运维平台每日自动采集，综合办每月汇总形成运行分析报告，每季度在领导小组会议上通报。"]),
        ("整改", ["指标连续两个月未达目标的，填写质量持续改进记录表，责任组制定纠正措施，质控员跟踪验证。"]),
    ]),
    "improve": ("信息中心持续改进管理制度", ["65/procedure"], [
        ("目的", ["规范改进项目的识别、记录、批准、评估、测量和报告。"]),
        ("改进项目的来源", ["内部审核、管理评审、质控办追踪检查、等保测评、临床科室意见、故障复盘和质量指标监测。"]),
        ("评估与批准", ["改进项目登记在持续改进项目登记表，按评估标准打分排序，经信息中心主任批准后立项。"]),
        ("实施与报告", ["立项项目明确目标、责任人和完成时间；完成后测量效果，每季度向领导小组报告。"]),
    ]),
    "preventive": ("信息安全隐患排查与预防措施制度", ["66/preventive-actions"], [
        ("目的", ["主动发现潜在的不符合和安全隐患，消除原因，防止发生。"]),
        ("隐患排查", ["安全组每季度结合巡检、漏洞扫描、趋势分析和上级通报开展隐患排查。"]),
        ("预防措施", ["对可能导致不符合或故障的潜在原因制定预防措施，明确责任人和期限，报信息中心主任审批。"]),
        ("有效性验证", ["措施完成后一个月内由质控员验证有效性，记录在质量持续改进记录表。"]),
    ]),
    "training": ("信息中心培训管理制度", ["31/training-process"], [
        ("目的", ["提高信息中心人员、厂商驻场人员和医联体成员单位信息人员的专业能力和安全意识。"]),
        ("培训计划", ["每年初调查培训需求，编制年度培训计划，包括岗前培训、专业培训、全院网络安全培训和成员单位培训。"]),
        ("培训实施与考核", ["培训实行签到和考核，课件由组长审核；线上课程在医院学习平台开展。"]),
        ("效果评估与归档", ["培训后收集反馈评估效果，签到表、课件和考核结果归档保存三年。"]),
    ]),
}

# 制度 that are real but prove none of the form's items
H_OTHER = {
    "room": ("信息中心机房管理制度", [("目的", ["保障中心机房安全运行。"]),
                                 ("出入管理", ["进出机房须登记，外来人员由信息中心人员全程陪同。"]),
                                 ("环境要求", ["温度22±2℃，湿度40%-60%，禁止携带饮料食品。"])]),
    "duty": ("信息中心考勤与值班管理制度", [("考勤", ["信息中心人员按医院考勤制度执行，外出须在科室登记。"]),
                                      ("值班", ["实行24小时值班，值班人员不得脱岗，交接班须在交接班记录本签字。"]),
                                      ("请假", ["请假三天以内由信息中心主任审批，三天以上报人事科。"])]),
    "purchase": ("信息设备采购与验收管理制度", [("目的", ["规范信息设备采购。"]),
                                         ("采购流程", ["科室申请、信息中心论证、采购办招标、验收入库。"])]),
    "privacy": ("患者隐私信息保护管理规定", [("目的", ["保护患者隐私信息。"]),
                                       ("要求", ["查询患者信息须有诊疗需要，严禁拍照、外传病历。"])]),
}


def rule_header(co, d, n, version):
    return [("p", co.name), ("table", [["文件编号", file_code(co, "ZD", n), "版本", version],
                                       ["制定部门", "信息中心", "审核部门", "医务部、质量管理办公室"],
                                       ["批准人", co.boss + "（分管副院长）", "生效日期", cnd(d + timedelta(days=10))]])]


def rule_sections(sections, h="h1", cites=(), co=None):
    b = []
    for i, (head, paras) in enumerate(sections, 1):
        b.append((h, "%s、%s" % (han(i), head)))
        for j, p in enumerate(paras, 1):
            b.append(("p", "（%s）%s" % (han(j), p) if len(paras) > 1 else p))
    n = len(sections) + 1
    if cites:
        b += [(h, "%s、相关文件" % han(n)), ("p", "；".join("《%s》" % c for c in cites) + "。")]
        n += 1
    b += [(h, "%s、附则" % han(n)), ("p", "本制度由信息中心负责解释，自发布之日起执行。")]
    return b


def rule_doc(co, d, key, n, cites=(), version="第2版"):
    """A 制度 filed on its own: the hospital's name, the header table, the sections."""
    title, items, sections = H_RULES[key]
    b = rule_header(co, d, n, version) + [("title", title)] + rule_sections(sections, cites=cites)
    return Doc("proc:" + key, title, d, items, False, b)


def other_rule(co, d, key, n):
    title, sections = H_OTHER[key]
    b = rule_header(co, d, n, "第1版") + [("title", title)] + rule_sections(sections)
    return Doc("other_rule", title, d, [], False, b)


def pdca_sections(co):
    return [("总体要求", ["信息中心按照PDCA循环管理对全院及医联体成员单位提供的信息系统安全运维服务，纳入医院质量与安全管理体系。"]),
            ("策划（P）", ["每年初根据医院信息化规划和医联体工作要求，确定运维目标、服务目录、质量与安全指标和年度重点工作，报领导小组审定。"]),
            ("实施（D）", ["按故障、问题、变更、服务级别、网络安全事件等各项制度开展运维服务，记录全过程。"]),
            ("监视与评审（C）", ["通过月度运行分析、质量与安全指标监测、内部审核和年度管理评审检查目标达成情况。"]),
            ("持续改进（A）", ["对监测和评审发现的问题及改进机会立项改进，效果好的措施固化为制度或SOP。"])]


def pdca_doc(co, d, n):
    t = "信息中心运维服务质量与安全管理方案"
    b = rule_header(co, d, n, "第3版") + [("title", t)] + rule_sections(pdca_sections(co))
    return Doc("pdca", t, d, ["10/pdca", "61/audit-system"], False, b)


def compendium(co, d, keys, with_pdca, others, draft=False, edition=None):
    """信息中心制度汇编: a chapter per 制度; it proves each evidence 制度 it holds, and the
    PDCA model only when the 质量与安全管理方案 is a chapter."""
    t = "信息中心制度汇编（%d年修订版%s）" % (edition or d.year, "·征求意见稿" if draft else "")
    chapters = [(H_OTHER["duty"][0], [], H_OTHER["duty"][1])]
    if with_pdca:
        chapters.append(("信息中心运维服务质量与安全管理方案", ["10/pdca", "61/audit-system"], pdca_sections(co)))
    chapters += [(H_RULES[k][0], H_RULES[k][1], H_RULES[k][2]) for k in keys]
    chapters += [(H_OTHER[k][0], [], H_OTHER[k][1]) for k in others]
    b = [("p", co.name), ("title", t), ("p", "信息中心　编印　%s" % cnd(d)),
         ("p", "前言：本汇编收录信息中心现行制度%d项，经医院%s审议通过，自印发之日起执行，原版本同时废止。" % (len(chapters), co.group)),
         ("p", "目　录")]
    for i, (ct, _, _) in enumerate(chapters, 1):
        b.append(("p", "第%s章　%s" % (han(i), ct)))
    b.append(("break",))
    items = []
    for i, (ct, its, secs) in enumerate(chapters, 1):
        b.append(("h1", "第%s章　%s" % (han(i), ct)))
        b += rule_sections(secs, h="h2")
        items += its
    return Doc("compendium", t, d, sorted(set(items)), False, b)


def issuing_notice(co, d, n, rule):
    """院发 notice that issues a 制度 as its 附件: the notice is the 制度."""
    t = "关于印发《%s》的通知" % rule.title
    b = [("p", co.name + "文件"), ("p", yuanfa(co, d, n)), ("title", t), ("p", "各科室、各医联体成员单位："),
         ("p", "《%s》已经院长办公会审议通过，现予印发，请认真遵照执行。" % rule.title), ("p", "%s　%s" % (co.name, cnd(d))),
         ("p", "（此件公开发布）"), ("break",), ("h1", "附件：" + rule.title)] + [x for x in rule.blocks if x[0] != "title"]
    return Doc(rule.kind, t, d, rule.items, False, b)


# ------------------------------------------------------------------ SOP

SOP_MODULES = {
    "AQ-001": ("防火墙策略配置", ["核对已审批的变更申请单", "登录堡垒机备份当前策略配置", "按申请新增或删除策略并检查命中情况",
                               "配置文件上传运维平台配置库"]),
    "AQ-003": ("漏洞扫描", ["确认扫描授权及避开门诊高峰的时间窗口", "导入资产范围执行扫描", "复核高危、中危漏洞并下发整改通知",
                         "整改后复扫并关闭"]),
    "XT-002": ("数据库备份与恢复", ["每日检查HIS、LIS、PACS数据库备份作业状态", "每月抽取一个库恢复到测试环境", "校验数据一致性并记录恢复耗时"]),
    "WL-004": ("机房及网络安全设备巡检", ["检查UPS、精密空调、消防、门禁", "检查防火墙、入侵防御、核心交换机指示灯和告警",
                                    "在机房巡检登记本逐项记录，异常立即报修登记"]),
    "AQ-005": ("安全日志审计", ["检查日志源接入情况", "运行审计策略筛查异常登录和越权访问", "可疑行为登记事件单并跟踪处理"]),
    "AQ-006": ("终端防病毒管理", ["检查防病毒服务器病毒库更新", "查看终端在线率和未安装终端清单", "对告警终端隔离查杀并登记"]),
}


def sop_header(co, code, title, d, ver):
    return [("p", co.name + "　信息中心"), ("table", [["文件编号", "SOP-XXZX-%s" % code, "版本号", ver],
                                                    ["编写", co.p(2), "审核", co.p(0)], ["批准", co.boss, "生效日期", cnd(d)]]),
            ("title", title)]


def sop_doc(co, d, code, cites=(), ver="V2.0"):
    """标准操作规程 of one operations module: a 作业指导书."""
    module, steps = SOP_MODULES[code]
    t = "%s标准操作规程" % module
    b = sop_header(co, code, t, d, ver) + [
        ("h1", "1 目的"), ("p", "规范%s操作，确保操作安全、结果可追溯。" % module),
        ("h1", "2 范围"), ("p", "适用于信息中心人员及厂商驻场工程师在本院及医联体成员单位开展%s。" % module),
        ("h1", "3 职责"), ("p", "操作人按本规程执行，组长负责复核。"),
        ("h1", "4 操作步骤")] + [("p", "4.%d %s。" % (i, s)) for i, s in enumerate(steps, 1)] + [
        ("h1", "5 相关文件"), ("p", "；".join("《%s》" % c for c in cites) if cites else "无。"),
        ("h1", "6 修订记录"), ("table", [["版本", "日期", "修订内容"], ["V1.0", cnd(d - timedelta(days=400)), "首次发布"], [ver, cnd(d), "按等保要求修订"]])]
    return Doc("work_instruction", t, d, ["24/work-instructions", "11/manuals"], False, b)


def sop_request(co, d, ver="V1.1"):
    """The service-request process written as an SOP: approved and issued, it is the
    request procedure (49), not a module's work instruction."""
    t = "信息服务请求受理与处理标准操作规程"
    b = sop_header(co, "ZH-002", t, d, ver) + [
        ("h1", "1 目的"), ("p", "规范账号开通、权限调整、设备领用、软件安装、数据查询导出等服务请求的受理和处理。"),
        ("h1", "2 范围"), ("p", "适用于全院各科室及医联体成员单位提出的信息服务请求。"),
        ("h1", "3 受理"), ("p", "3.1 科室通过运维平台或服务台电话提交请求；3.2 服务台登记并按服务目录分派。"),
        ("h1", "4 审批"), ("p", "涉及患者数据导出和HIS权限调整的请求，须经科室主任和医务部审批后实施。"),
        ("h1", "5 处理与关闭"), ("p", "处理人完成后在平台记录结果，请求人确认后关闭；服务台每月统计请求量和平均完成时长。")]
    return Doc("proc:request", t, d, ["49/request-procedure"], False, b)


def sop_pentest(co, d, ver="V1.0"):
    t = "渗透测试标准操作规程"
    b = sop_header(co, "AQ-007", t, d, ver) + [
        ("h1", "1 目的"), ("p", "规范对本院及医联体成员单位信息系统开展渗透测试的过程。"),
        ("h1", "2 授权"), ("p", "测试前取得系统主管科室和信息中心主任的书面授权，明确范围、时间和禁止事项。"),
        ("h1", "3 测试步骤"), ("p", "3.1 信息收集；3.2 漏洞发现；3.3 漏洞验证；3.4 编写报告。全程录屏。"),
        ("h1", "4 要求"), ("p", "禁止拒绝服务测试和修改生产数据；高危漏洞当日通报系统负责人，整改后复测。")]
    return Doc("proc:pentest", t, d, ["31/pentest-process"], False, b)


def impl_manual(co, d):
    return nar("construction_manual", "信息化建设项目实施手册", d, False, [
        ("一、项目组织", "信息化项目实行项目负责人制，信息中心、使用科室、厂商共同组成项目组。", ["11/manuals"]),
        ("二、实施步骤", "需求调研、方案论证、环境准备、部署实施、测试验证、上线切换、试运行、验收。", []),
        ("三、实施纪律", "上线切换须经变更审批，提前通知临床科室；进出机房登记。", [])], pre=[("p", co.name + "信息中心")])


# ------------------------------------------------------------------ organisation

def org_notice(co, d, n, outsourced=True):
    head, deputy = ("主任委员", "副主任委员") if co.group.endswith("委员会") else ("组长", "副组长")
    rows = [["组织", "职务", "姓名", "科室/单位"], [co.group, head, co.boss, "院领导"], [co.group, deputy, co.p(0), "信息中心主任"],
            ["领导小组办公室", "主任", co.p(1), "信息中心"], ["管理组", "成员", co.p(3), "信息中心综合办"],
            ["执行组", "网络组组长", co.p(2), "信息中心"], ["执行组", "系统组组长", co.p(4), "信息中心"]]
    items = ["9/org-chart", "23/org-chart"]
    if outsourced:
        rows.append(["执行组", "驻场工程师", co.vp(0), co.vendor])
        items.append("9/outsourcing")
    return nar("org_chart", "关于调整%s成员的通知" % co.group, d, False, [
        (None, ["各科室、各医联体成员单位：", "因人员变动，经院长办公会研究，调整%s及其工作机构如下：" % co.group, ("table", rows),
                "%s负责网络安全和信息化重大事项决策和重大事件指挥；办公室设在信息中心，负责日常工作；管理组负责制度、检查和考核；执行组负责运维和应急处置。" % co.group],
         items)], pre=[("p", co.name + "文件"), ("p", yuanfa(co, d, n))])


def staff_roster(co, d, vendor_sheet=True):
    rows = [[co.p(i), ["信息中心主任", "网络组组长", "安全工程师", "综合办", "系统组组长", "数据组"][i], "信息中心", "在编"] for i in range(6)]
    vrows = [[co.vp(0), co.vendor, "HIS驻场工程师", iso(d - timedelta(days=200)), "信息中心系统组"],
             [co.vp(1), co.vendor, "网络安全驻场工程师", iso(d - timedelta(days=90)), "信息中心安全组"]]
    return ledger("staff_list", "信息中心人员名册（%d年%d月）" % (d.year, d.month), d, True, [
        ("在岗人员", ["姓名", "岗位", "科室", "人员性质"], rows, ["9/staff-list"]),
        ("厂商驻场人员", ["姓名", "所属厂商", "驻场岗位", "驻场起始日期", "归属"], vrows if vendor_sheet else [], ["9/outsourcing"])])


def roles(co, d):
    rows = [["信息中心主任", "运维服务总体负责、重大事件指挥", "领导小组办公室"], ["综合办（质控员）", "质量与安全指标监测、内审组织", "管理组"],
            ["服务台", "报修受理、派单、回访", "执行组"], ["网络组", "网络及安全设备运维、机房巡检", "执行组"],
            ["系统组", "服务器、数据库、HIS/LIS/PACS运维", "执行组"], ["安全组", "日志审计、漏洞管理、事件处置", "执行组"],
            ["厂商驻场工程师", "所负责系统的日常维护", "执行组"]]
    return ledger("role_list", "信息中心安全运维岗位职责清单", d, False, [("岗位职责", ["岗位", "职责", "所属组织"], rows, ["18/roles", "23/roles"])])


def interface_notice(co, d, n):
    return nar("interface_person", "关于明确网络安全管理联络员的通知", d, False, [
        (None, ["各科室、各医联体成员单位：", "经研究，明确信息中心%s为医院网络安全管理联络员，负责与市卫生健康委、公安机关网安部门、医联体成员单位及厂商的网络安全工作对接、"
                "事件报告和检查配合，%s为其备岗。" % (co.p(2), co.p(1)), "院办公室　%s" % cnd(d)], ["28/interface-person"])],
        pre=[("p", "院办通知〔%d〕%d号" % (d.year, n))])


def desk_notice(co, d, n):
    return nar("service_desk", "关于设立信息中心服务台的通知", d, False, [
        (None, ["为统一受理全院及医联体成员单位的信息系统报修和服务请求，信息中心设立服务台（内线%d，外线0%d-8%06d），7×24小时受理报修、请求和咨询投诉。" % (
            co.rng.randint(6000, 6999), co.rng.randint(570, 599), co.rng.randint(0, 999999)),
                "服务台由%s、%s轮值，实行首问负责制，受理后统一在%s登记派单。" % (co.p(3), co.p(5), co.itsm)], ["48/service-desk"])],
        pre=[("p", co.name), ("p", yuanfa(co, d, n))])


def desk_signin(co, d):
    """服务台人员 培训签到表: the sign-in of a desk training, the record 48 asks for."""
    rows = [["培训签到表"], ["培训主题", "服务台受理规范与故障分级升级"], ["时间", cnd(d)], ["主讲", co.p(0)], ["考核", "闭卷，全部合格"],
            ["序号", "姓名", "岗位", "成绩", "签名"]] + [[i + 1, co.p(3 + i % 3), "服务台", 85 + 3 * i, "（签名）"] for i in range(4)]
    return Doc("desk_training", "服务台人员培训签到表", d, ["48/training"], True, sheets=[("签到", rows)])


def desk_training(co, d):
    rows = [[co.p(i % 2 * 2 + 3), c, iso(d - timedelta(days=12 * i)), "科内培训", s] for i, (c, s) in enumerate(
        [("服务台受理规范与首问负责", 93), ("故障分级与升级", 88), ("%s操作" % co.itsm, 95), ("临床科室沟通技巧", 90)])]
    return ledger("desk_training", "服务台人员培训记录（%d年）" % d.year, d, True, [
        ("培训记录", ["姓名", "培训内容", "培训日期", "培训形式", "考核成绩"], rows, ["48/training"])])


def catalog(co, d, parts):
    secs = {"basic": (["12/catalog"], [("初始服务", "资产梳理、配置库建立、制度导入"), ("安全设备运维", "防火墙、入侵防御、防病毒网关维护"),
                                       ("日常巡检", "机房及网络安全设备日巡检"), ("健康检查", "季度健康检查"), ("安全事件审计", "日志审计与分析")]),
            "level2": (["19/catalog"], [("运维监控与分析", "核心系统7×24监控、月度运行分析"), ("终端安全监控", "终端防病毒与准入监控"),
                                        ("等级保护合规性运维", "等保测评配合及整改")]),
            "level1": (["26/catalog"], [("安全通告及漏洞分析", "漏洞、病毒、厂商通告转发与影响分析"), ("应急响应", "7×24应急响应，紧急故障30分钟到场")])}
    rows, items = [["序号", "服务项目", "服务内容", "服务对象"]], ["29/catalog"]
    for p in parts:
        its, entries = secs[p]
        items += its
        for name, what in entries:
            rows.append([len(rows), name, what, "全院科室及医联体成员单位"])
    return nar("catalog", "信息中心服务目录（%d年版）" % d.year, d, False, [
        (None, ["本目录列明信息中心向全院科室及%s各成员单位提供的信息服务项目。" % co.alliance, ("table", rows)], items)])


# ------------------------------------------------------------------ 医联体成员单位

def survey(co, d, hours=True, types=True):
    parts = [("一、调研情况", "%d年%d月，信息中心%s、%s赴%s，与其分管院长%s、信息科及门诊、住院、检验科室座谈，查看机房和网络现状。" % (
        d.year, d.month, co.p(0), co.p(2), co.customer, co.cp(0)), [])]
    if hours:
        parts.append(("二、服务时间需求", [("table", [["业务", "服务时间", "要求"], ["门急诊挂号收费、HIS", "7×24小时", "门诊时段中断不超过15分钟"],
                                                 ["LIS检验", "7×24小时", "急诊检验全天保障"], ["PACS影像", "工作日8:00-20:00", "远程阅片时段重点保障"],
                                                 ["办公OA", "工作日", "次工作日处理"]]),
                                      "成员单位要求信息中心在门急诊时段提供现场或远程支持，夜间由总院值班人员远程值守。"], ["1/survey"]))
    if types:
        parts.append(("三、安全服务需求", ["成员单位提出的信息安全服务需求按类型归纳为：网络及安全设备代维、终端防病毒、安全监测与应急响应、等级保护测评配合、人员安全培训。",
                                        ("table", [["类型", "需求", "紧迫程度"], ["代维", "防火墙、上网行为管理维护", "高"], ["终端安全", "防病毒和准入", "高"],
                                                   ["应急响应", "勒索病毒等事件远程处置", "高"], ["等保", "HIS二级测评配合", "中"]])], ["5/survey"]))
    parts.append(("四、结论", "调研结果经成员单位确认，作为技术支持协议和服务方案的依据。", []))
    return nar("survey", "%s信息化需求调研报告" % co.customer, d, False, seq(parts))


def budget(co, d):
    rows = [[1, "HIS/LIS运维支持", "系统工程师1名（驻点2天/周）", 96, 800, 76800, "%d年1月起" % d.year],
            [2, "网络及安全设备代维", "网络工程师1名", 48, 800, 38400, "%d年1月起" % d.year],
            [3, "季度健康检查", "工程师2名", 16, 1000, 16000, "每季度末"], [4, "等保测评配合及整改", "安全工程师", 10, 1200, 12000, "%d年6月前" % d.year],
            [5, "人员培训", "讲师", 4, 1000, 4000, "上下半年各一次"], ["", "合计", "", 174, "", 147200, ""]]
    return ledger("budget", "医联体信息化技术支持经费预算表（%d年度）" % d.year, d, False, [
        ("预算", ["序号", "工作内容", "人力安排", "工作量（人天）", "标准（元/人天）", "经费（元）", "项目节点"], rows, ["2/budget"])])


def kickoff_minutes(co, d, health=True):
    parts = [(None, ["时间：%s　地点：%s行政楼会议室" % (cnd(d), co.customer),
                     "参加人员：%s %s、%s；%s信息中心 %s、%s；%s %s" % (co.customer, co.cp(0), co.cp(1), co.name, co.p(0), co.p(2), co.vendor, co.vp(0))], []),
             ("一、技术支持范围和方式", ["会议明确信息中心为%s提供%s及网络安全设备的运维技术支持，工作日每周驻点两天，其余时间远程支持，每季度提交服务报告。" % (
                 co.customer, "、".join(co.systems)), "双方对支持范围、人员安排、响应时限无异议，达成一致。"], ["3/communication"])]
    if health:
        parts.append(("二、健康检查安排", ["经双方商定：每季度末月对成员单位网络安全设备和%s开展一次健康检查，现场检查与远程检查交替进行；检查内容为设备运行状态、"
                                         "可用性、容量和安全配置，检查后一周内提交检查报告。" % co.sys(0)], ["15/agreement"]))
    parts.append(("三、后续工作", ("table", [["事项", "责任人", "时间"], ["签订技术支持协议", co.p(0), iso(d + timedelta(days=15))],
                                          ["资产清点交接", co.p(2), iso(d + timedelta(days=30))]]), []))
    return nar("communication", "医联体信息化技术支持工作对接会会议纪要", d, False, seq(parts))


def sla(co, d, modes=True, kpis=True, health=False):
    parts = [(None, "甲方：%s　乙方：%s（信息中心）　协议编号：%s-YLT-%d-%02d" % (co.customer, co.name, co.short, d.year, co.rng.randint(1, 20)), ["39/sla"]),
             ("第一条　支持范围", "乙方为甲方%s及网络、安全设备提供信息化技术支持。" % "、".join(co.systems), [])]
    if modes:
        parts.append(("第二条　支持方式", "乙方采用驻点值守（工作日每周两天派驻工程师）、定期巡检（每月远程巡检、每季度现场巡检）和远程值守（夜间及节假日由总院信息中心值班人员远程值守）相结合的方式。",
                      ["35/sla"]))
    if kpis:
        parts.append(("第三条　服务承诺", ("table", [["指标", "承诺"], ["%s可用率" % co.sys(0), "≥99.9%"], ["紧急故障响应", "10分钟"], ["紧急故障远程恢复", "2小时"],
                                                 ["满意度", "≥90分"]]), ["36/sla"]))
    if health:
        parts.append(("第四条　健康检查", "乙方每季度对甲方网络安全设备和业务系统进行一次健康检查，现场与远程交替，检查设备可用性、运行状态和安全配置并提交报告。", ["15/agreement"]))
    parts.append(("第五条　协议期限", ["本协议自%s起生效，有效期一年。" % cnd(d), "甲方（盖章）：%s　乙方（盖章）：%s" % (co.customer, co.name)], []))
    return nar("sla", "医联体成员单位信息化技术支持协议", d, False, seq(parts))


def history_list(co, d):
    rows = [[i, n, s, "%d年1月-12月" % (d.year - 1), co.rng.randint(50, 9000), co.p(i % 5)] for i, (n, s) in enumerate(
        [("故障报修工单", co.itsm), ("服务请求工单", co.itsm), ("变更记录", "变更记录登记表"), ("问题记录", "问题登记跟踪表"),
         ("系统宕机记录", "宕机登记表"), ("安全审计日志", "日志审计系统"), ("满意度回访", "服务台")], 1)]
    return ledger("history_list", "成员单位历史运维数据清单", d, False, [
        ("数据清单", ["序号", "数据类别", "来源", "时间范围", "记录数", "责任人"], rows, ["4/history-list"])])


def history_analysis(co, d):
    py = d.year - 1
    return nar("history_analysis", "%s%d年信息系统运行数据分析报告" % (co.customer, py), d, False, [
        ("一、运行指标完成情况", "%d年HIS可用率99.87%%，紧急故障按时响应率95.2%%，变更成功率97.9%%，未达到总院同类指标。" % py, ["4/analysis"]),
        ("二、违规操作", "发现共用HIS账号4个、未经审批远程维护2次，已整改。", []),
        ("三、重大事件", "全年发生HIS宕机1次，门诊收费中断52分钟，原因为单台数据库服务器硬盘故障。", []),
        ("四、失败变更", "变更71次，失败3次，均为厂商升级未经测试。", []),
        ("五、建议", "数据库双机部署；厂商升级纳入总院变更管理。", [])])


def ops_strategy(co, d):
    return nar("ops_strategy", "%s信息系统运维保障策略及实施方案（%d年）" % (co.customer, d.year), d, False, [
        ("一、依据", "依据%d年运行数据分析结论和医联体一体化管理要求。" % (d.year - 1), []),
        ("二、保障策略", "数据库双机热备；厂商升级统一纳入总院变更管理；门诊高峰时段远程监控专人值守；核心设备备件总院统一储备。", ["4/strategy"]),
        ("三、实施方案", ("table", [["措施", "责任人", "完成时间"], ["数据库双机改造", co.p(4), "二季度"], ["变更统一纳管", co.p(0), "一季度"],
                                   ["备件库建立", co.p(2), "三季度"]]), [])])


def avail_kpis(co, d):
    rows = [["整体", "核心系统综合可用率", "HIS、LIS、PACS、EMR", "≥99.9%", "月"], ["整体", "Ⅲ级及以上宕机次数", "全部系统", "0", "季"],
            ["单系统", "%s可用率" % co.sys(0), co.sys(0), "≥99.95%", "月"], ["单系统", "%s单次中断时长" % co.sys(2), co.sys(2), "≤30分钟", "次"]]
    return ledger("avail_kpis", "核心信息系统可用性指标清单", d, False, [("指标", ["层级", "指标", "适用系统", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def service_analysis(co, d, automation=True):
    parts = [("一、以往解决方案对诊疗业务的影响", "回顾上年为成员单位实施的26项解决方案（升级、扩容、网络改造），4项在实施时段造成门诊短时排队，最长6分钟，未形成宕机。",
              ["7/impact-analysis"])]
    if automation:
        parts += [("二、安全事件处置效率", "上年处置安全事件63起，平均用时2.6小时，其中终端病毒告警处置、恶意地址封禁等重复操作占58%。", []),
                  ("三、可自动化的服务", "建议建设：病毒告警自动隔离、恶意地址自动封禁、巡检日报自动生成。", ["7/automation"])]
    return nar("service_analysis", "以往技术支持方案对诊疗业务影响分析报告", d, True, seq(parts))


def sld_ola(co, d, sld=True):
    parts = []
    if sld:
        parts.append(("一、厂商服务级别设计", ("table", [["故障级别", "%s响应" % co.vendor, "到场", "恢复"], ["紧急（Ⅰ/Ⅱ级）", "10分钟", "1小时", "4小时"],
                                                    ["较大（Ⅲ级）", "30分钟", "2小时", "8小时"], ["一般（Ⅳ级）", "2小时", "次工作日", "24小时"]]), ["8/sld"]))
    parts.append(("二、信息中心内部运营级别协议", ["服务台、网络组、系统组、安全组之间约定：紧急故障10分钟内接单、1小时内恢复或转厂商；较大故障30分钟接单、4小时恢复。",
                                             "内部时限与厂商服务级别保持一致，每半年复核一次。"], ["8/ola"]))
    return nar("sld_ola", "信息中心内部运营级别协议及厂商服务级别设计", d, False, seq(parts))


def req_record(co, d):
    return nar("req_analysis", "%s建设需求分析确认记录" % co.sys(1), d, True, [
        (None, ["项目：%s%s建设　日期：%s" % (co.customer, co.sys(1), cnd(d)),
                ("table", [["类别", "需求", "确认"], ["功能", "与总院检验结果互认、危急值推送", "已确认"], ["性能", "门诊高峰并发300，查询≤2秒", "已确认"],
                           ["安全", "等保二级，患者信息脱敏显示", "已确认"]]), "需求方确认：%s" % co.cp(1)], ["11/requirements"])])


def test_plan(co, d, rollback=True):
    parts = [("一、改造内容", "%s服务器迁移虚拟化平台及版本升级。" % co.sys(0), []),
             ("二、测试计划", "改造前在测试环境完成功能、性能、安全测试，并验证网络、系统、应用兼容，测试通过后提交变更审批。", ["25/test-plan"])]
    if rollback:
        parts.append(("三、回退措施", "切换前全量备份并保留原服务器；任一验证不通过的，30分钟内回退原环境，回退步骤已在测试环境演练。", ["25/rollback", "11/rollback"]))
    return nar("test_plan", "%s改造测试方案" % co.sys(0), d, False, seq(parts))


def compat_report(co, d):
    return nar("compat_report", "系统改造兼容性验证报告", d, True, [
        (None, ["验证日期：%s" % cnd(d), ("table", [["验证项", "内容", "结论"], ["网络兼容", "成员单位专线与总院新网段互通", "通过"],
                                                 ["系统兼容", "新操作系统版本与数据库", "通过"], ["应用兼容", "%s与%s接口" % (co.sys(0), co.sys(1)), "通过"]])],
         ["11/compatibility"])])


def baseline(co, d):
    rows = [["服务器", "口令策略", "≥8位三类字符，90天更换", "全部服务器"], ["服务器", "远程管理", "仅堡垒机登录", "全部服务器"],
            ["网络设备", "管理协议", "仅SSH/HTTPS", "全部网络设备"], ["数据库", "审计", "开启审计接入日志审计系统", "HIS、LIS、EMR数据库"]]
    return ledger("baseline", "服务器及网络设备安全配置基线（%d版）" % d.year, d, False, [("基线", ["对象", "检查项", "要求", "适用范围"], rows, ["25/baseline"])])


# ------------------------------------------------------------------ 应急

def emergency_plan(co, d, strategy=True, recovery=False):
    parts = [("一、总则", "本预案适用于本院及医联体成员单位信息系统突发事件的应急处置。", ["36/emergency-plan", "53/emergency-plan"]),
             ("二、组织体系", "应急领导小组由%s任组长，下设技术处置组、临床协调组（医务部、护理部）、后勤保障组。" % co.boss, []),
             ("三、事件分级", "Ⅰ级：全院HIS或多个核心系统中断；Ⅱ级：单个核心系统中断30分钟以上；Ⅲ级：单个系统部分功能中断；Ⅳ级：局部故障。", []),
             ("四、应急响应", "Ⅰ、Ⅱ级事件15分钟内启动响应，门急诊转手工流程；Ⅲ级事件30分钟内启动。", [])]
    if strategy:
        parts.append(("五、恢复策略", "HIS恢复时间目标（RTO）不超过2小时，恢复点目标（RPO）不超过15分钟，采用双机热备和异地备份；其他系统由备份恢复。", ["55/plan"]))
    if recovery:
        parts.append(("六、系统恢复与数据补录", "按网络、存储、数据库、应用顺序恢复；恢复后由临床科室补录手工单据，信息中心核对数据一致性。", ["36/recovery-plan"]))
    return nar("emergency_plan", "信息系统突发事件总体应急预案", d, False, seq(parts), pre=[("p", co.name)])


def downtime_plan(co, d, system, recovery=True):
    """HIS/LIS/PACS 宕机应急预案: a plan for one system's downtime (the wards' manual
    workflow and the 信息中心's recovery)."""
    parts = [("一、适用范围", "%s发生宕机或严重故障，影响临床业务时。" % system, ["36/emergency-plan", "53/emergency-plan"]),
             ("二、宕机判定与报告", "科室发现%s无法使用，立即电话报告信息中心总值班；信息中心5分钟内确认范围，通知医务部、护理部及门诊部。" % system, []),
             ("三、临床应急流程", "门诊改用手工处方和手工收费单据；住院医嘱改用纸质医嘱单；检验和影像结果电话报告危急值。", [])]
    if recovery:
        parts.append(("四、系统恢复", "信息中心切换备用服务器或由备份恢复，恢复后核对数据，组织科室补录宕机期间的手工单据。", ["36/recovery-plan"]))
    return nar("downtime_plan", "%s宕机应急预案" % system, d, False, parts, pre=[("p", co.name + "信息中心")])


def drp(co, d):
    return nar("recovery_plan", "信息系统数据备份与灾难恢复预案", d, False, [
        ("一、恢复目标", "HIS RTO 2小时、RPO 15分钟；PACS RTO 8小时、RPO 24小时。", ["36/recovery-plan"]),
        ("二、备份资源", "数据库实时同步至备机，每日全量备份至备份一体机，每周异地备份至医联体数据中心。", []),
        ("三、恢复流程", "灾难确认、备机接管或数据恢复、应用启动、临床验证、补录数据、择机回切。", [])])


def bcp(co, d):
    return nar("bcp", "医院信息系统业务连续性计划", d, False, [
        ("一、关键业务及恢复目标", "关键业务为门急诊挂号收费、住院医嘱、检验、影像和手术，最大可容忍中断时间均为2小时。", ["42/bcp"]),
        ("二、连续性策略", "以总体应急预案、各系统宕机应急预案和灾难恢复预案为支撑，核心系统双机热备，临床科室保留手工应急单据。", []),
        ("三、演练与维护", "每年至少组织一次全院宕机应急演练，演练后修订本计划；本计划经院长办公会审议通过后发布。", [])],
        pre=[("p", co.name), ("p", "经%d年第%s次院长办公会审议通过" % (d.year, han(co.rng.randint(5, 19))))])


def avail_plan(co, d):
    return nar("avail_plan", "%d年核心信息系统可用性保障计划" % d.year, d, False, [
        ("一、可用性目标", "%s可用率不低于99.95%%，其他核心系统不低于99.9%%。" % co.sys(0), ["18/availability-plan", "22/plan"]),
        ("二、保障措施", "双机热备、链路冗余、季度主备切换测试、容量阈值告警、变更避开门诊高峰。", []),
        ("三、监控与报告", "宕机事件在宕机登记表中登记，可用率每月统计，在月度运行分析报告中报告。", [])])


def drill_record(co, d, form, system, emergency=True, recovery=False):
    items = (["40/emergency-drill", "53/drill"] if emergency else []) + (["40/recovery-drill", "53/drill"] if recovery else [])
    title = "%s应急演练记录（%s）" % (system, form)
    if form == "桌面推演":
        steps = "08:30 情景导入：%s无法登录；08:40 各组按应急预案陈述报告、转手工和处置步骤%s；09:20 点评" % (
            system, "，系统组陈述备机切换和数据恢复步骤" if recovery else "")
    elif recovery:
        steps = "14:00 模拟%s数据库故障；14:05 启动宕机应急预案，门诊转手工；14:38 按恢复预案切换备机并恢复数据库；15:10 补录核对完成，恢复正常流程" % system
    else:
        steps = "14:00 模拟%s网络中断；14:05 启动宕机应急预案，门诊、药房转手工流程；14:40 演练结束，核对手工单据，评估各科室响应" % system
    if recovery and not emergency:
        title = "%s数据备份恢复演练记录" % system
        steps = "20:00 选取%s前日全量备份；20:10 在备用服务器恢复；21:25 恢复完成，数据校验一致；恢复耗时85分钟，在RTO内" % system
    return nar("drill_record", title, d, True, [
        (None, [("table", [["演练时间", cnd(d)], ["演练形式", form], ["参加人员", "、".join(co.p(i) for i in range(4)) + "、" + co.vp(0) + "、门诊部、护理部"],
                           ["演练过程", steps], ["演练评估", "各组职责清楚，处置流程符合预案"], ["存在问题及改进", "手工单据领用点不明确，已在预案中补充"]])], items)])


# ------------------------------------------------------------------ records

def asset_ledger(co, d):
    rows = []
    for i, (t, n, m, f, port) in enumerate([("FW", "互联网出口防火墙", "深信服AF-1000", "边界访问控制", "GE1↔电信专线"),
                                            ("IPS", "入侵防御系统", "绿盟NIPS", "入侵检测防御", "串接防火墙内侧"),
                                            ("AC", "上网行为管理", "深信服AC", "上网审计", "旁路镜像"),
                                            ("CSW", "核心交换机", "华为S12700", "院内数据交换", "上联防火墙"),
                                            ("DB", "HIS数据库服务器", "浪潮NF5280", co.sys(0), "bond0↔核心交换机")], 1):
        rows.append(["%s-%s-%03d" % (co.short, t, 10 + i), n, "服务器" if t == "DB" else "网络安全设备", m, f, "门诊楼%d楼中心机房%02d机柜" % (5 + i % 2, i),
                     port, "内网核心区", ["重要", "重要", "一般", "重要", "核心"][i - 1], "双机" if i in (1, 5) else "单机",
                     "V%d.%d" % (co.rng.randint(2, 9), co.rng.randint(0, 9))])
    return ledger("asset_list", "信息设备资产台账（%d年%d月）" % (d.year, d.month), d, True, [
        ("资产台账", ["资产编号", "名称", "类别", "品牌型号", "功能", "安装位置", "端口对应", "部署区域", "重要程度", "保护措施", "软件版本"], rows,
         ["13/asset-list", "43/asset-list"])])


def platform_export(co, kind, title, d, sheets, record=True):
    out, items = [], []
    for name, head, rows, its in sheets:
        out.append((name, [["%s　导出时间：%s %02d:%02d　操作员：%s　共%d条" % (co.itsm, iso(d), 8 + co.rng.randint(0, 9), co.rng.randint(0, 59), co.p(3), len(rows))],
                           head] + [list(r) for r in rows]))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def cmdb(co, d, relations=True):
    head = ["配置项编号", "名称", "类型", "版本", "责任人", "密级", "访问权限", "完整性校验", "备份"] + (["关联配置项", "关联关系"] if relations else [])
    rows = []
    for i, (n, t) in enumerate([("互联网出口防火墙策略", "安全配置"), ("入侵防御特征库", "安全配置"), ("%s应用配置" % co.sys(0), "应用配置"),
                                ("HIS数据库参数", "数据库配置"), ("堡垒机授权", "安全配置")], 1):
        r = ["CI%05d" % (1200 + i), n, t, "%d.%d" % (co.rng.randint(1, 6), co.rng.randint(0, 9)), co.p(i % 5), ["秘密", "内部", "秘密", "秘密", "内部"][i - 1],
             "仅配置管理员可修改", "MD5校验", "每日备份"]
        if relations:
            r += ["CI%05d" % (1200 + i % 5 + 1), ["防护", "依赖", "部署于", "依赖", "管控"][i - 1]]
        rows.append(r)
    return platform_export(co, "cmdb", "配置项导出", d, [("配置项", head, rows, ["27/cmdb"] + (["38/cmdb-relations"] if relations else []))])


def ci_updates(co, d):
    rows = [[iso(d - timedelta(days=17 * i)), "CI%05d" % (1201 + i), ["新增策略", "版本升级", "参数调整", "关联关系调整"][i], "BG-%d-%03d" % (d.year, 40 + i),
             co.p(2), "已更新"] for i in range(4)]
    return ledger("ci_updates", "配置项更新维护记录（%d年）" % d.year, d, True, [
        ("更新记录", ["日期", "配置项编号", "更新内容", "关联变更单", "登记人", "状态"], rows, ["43/ci-updates"])])


def tickets(co, d, response=True):
    head = ["工单号", "报修时间", "报修科室", "系统", "故障级别", "故障描述"] + (["响应时间", "响应用时(分)", "是否超时"] if response else []) + \
        ["处理人", "处理结果", "关闭时间"]
    rows = []
    for i in range(12):
        x = d - timedelta(days=2 * i)
        what = co.rng.choice(["门诊收费窗口无法打印发票", "护士站HIS登录缓慢", "检验结果无法回传", "PACS调阅影像失败", "自助机网络中断", "医生工作站病毒告警"])
        r = ["GD%s%03d" % (x.strftime("%Y%m%d"), i + 1), "%s %02d:%02d" % (iso(x), 8 + i % 9, 10 + i), co.rng.choice(["门诊部", "心内科", "检验科", "放射科", "急诊科", co.customer]),
             co.sys(i), co.rng.choice(["一般", "一般", "紧急"]), what]
        if response:
            r += ["%s %02d:%02d" % (iso(x), 8 + i % 9, 15 + i), co.rng.randint(2, 9), "否"]
        r += [co.rng.choice([co.p(2), co.p(4), co.vp(0)]), "已解决", "%s %02d:%02d" % (iso(x), 9 + i % 9, 30)]
        rows.append(r)
    return platform_export(co, "tickets", "故障报修工单导出", d, [("工单", head, rows, ["43/process-records"] + (["55/response-times"] if response else []))])


def adverse_event(co, d, no):
    """信息安全不良事件报告表: one incident, reported the way the hospital reports 不良事件."""
    return nar("incident_report", "信息安全不良事件报告表", d, True, [
        (None, ("table", [["编号", no], ["上报科室", co.rng.choice(["药剂科", "门诊部", "住院部六病区", co.customer])], ["发生时间", "%s 10:12" % iso(d)],
                          ["事件类别", co.rng.choice(["有害程序事件", "设备设施故障", "网络攻击事件"])], ["事件级别", "Ⅳ级（一般）"],
                          ["事件经过", "终端防病毒软件告警，发现U盘携带蠕虫病毒，已自动隔离。"], ["处置措施", "断网查杀，全盘扫描，检查同网段终端"],
                          ["处置人", co.p(2)], ["原因分析", "外来U盘未经杀毒使用"], ["整改措施", "全院禁用非授权U盘"], ["报告人", co.p(3)]]),
         ["43/process-records"])])


def change_register(co, d):
    head = ["变更单号", "变更内容", "类型", "影响科室", "审批人", "实施时间", "结果", "是否回退", "实施人", "验证人"]
    rows = [["BG-%d-%03d" % (d.year, 30 + 7 * i), co.rng.choice(["HIS版本升级", "防火墙策略调整", "LIS接口升级", "PACS存储扩容", "数据库补丁"]),
             co.rng.choice(["一般变更", "重大变更", "标准变更"]), co.rng.choice(["全院", "门诊", "检验科", "放射科"]), co.p(0),
             "%s 22:00" % iso(d - timedelta(days=11 * i)), "成功", "否", co.p(i % 5), co.p((i + 2) % 5)] for i in range(8)]
    return rows, head


def change_ledger(co, d):
    rows, head = change_register(co, d)
    return ledger("change_records", "信息系统变更记录登记表（%d年）" % d.year, d, True, [("变更登记", head, rows, ["54/records", "43/process-records"])])


def change_form(co, d, no):
    """A filled 变更申请单, scanned after signing."""
    return nar("change_records", "信息系统变更申请单", d, True, [
        (None, ("table", [["变更单号", no], ["申请人", co.p(4)], ["变更内容", "%s版本升级至V%d.%d" % (co.sys(0), co.rng.randint(5, 8), co.rng.randint(0, 9))],
                          ["变更类型", "重大变更"], ["影响范围", "全院门诊、住院"], ["实施时间", "%s 22:00-24:00" % iso(d)], ["回退方案", "保留原版本程序和数据库备份，验证失败即回退"],
                          ["审批意见", "同意。%s" % co.p(0)], ["实施结果", "成功，临床验证通过"], ["验证人", co.p(1)]]),
         ["54/records", "43/process-records"])])


def problem_ledger(co, d):
    rows = [["WT-%d-%02d" % (d.year, i + 1), t, s, c, m, co.p(i), st] for i, (t, s, c, m, st) in enumerate(
        [("PACS调阅间歇失败", "重复故障", "存储链路多路径配置错误", "修正多路径策略", "已关闭"), ("门诊高峰HIS缓慢", "较大故障", "数据库锁等待", "优化收费存储过程", "已关闭"),
         ("备份作业偶发失败", "巡检发现", "备份窗口与批处理冲突", "调整备份时间", "处理中")])]
    return ledger("problem_records", "问题登记跟踪表（%d年）" % d.year, d, True, [
        ("问题登记", ["问题编号", "问题描述", "来源", "根本原因", "解决方案", "责任人", "状态"], rows, ["43/process-records"])])


def outage_rows(co, d):
    return [[iso(d - timedelta(days=27 * i)), co.sys(i % 3), co.rng.randint(3, 48), co.rng.choice(["数据库服务器宕机", "核心交换机故障", "存储链路中断", "应用服务异常"]),
             "Ⅲ级" if i == 1 else "Ⅳ级", "门诊转手工%d分钟" % co.rng.randint(0, 30), "已恢复"] for i in range(5)]


OUTAGE_HEAD = ["日期", "系统", "中断时长(分钟)", "原因", "级别", "对临床影响", "状态"]


def outage_register(co, d):
    return ledger("avail_events", "信息系统宕机登记表（%d年）" % d.year, d, True, [
        ("宕机登记", OUTAGE_HEAD, outage_rows(co, d), ["18/availability-events", "22/events", "43/process-records"])])


def system_book(co, d, with_outage, with_change):
    """系统组运行记录本: one workbook, a sheet per record kind; the sheets nobody filled keep
    their header only."""
    crow, chead = change_register(co, d)
    backup = [[iso(d - timedelta(days=i)), db, "成功", co.p(4)] for i, db in enumerate(["HIS", "LIS", "PACS", "EMR"])]
    return ledger("system_book", "系统组运行记录本（%d年）" % d.year, d, True, [
        ("宕机登记", OUTAGE_HEAD, outage_rows(co, d) if with_outage else [], ["18/availability-events", "22/events", "43/process-records"]),
        ("变更登记", chead, crow if with_change else [], ["54/records", "43/process-records"]),
        ("备份检查", ["日期", "数据库", "备份结果", "检查人"], backup, [])])


def kb_export(co, d):
    rows = [["KB-%04d" % (300 + i), t, "已发布", co.p(i % 5), iso(d - timedelta(days=23 * i)), co.rng.randint(5, 90)] for i, t in enumerate(
        ["门诊发票打印机脱机处理", "PACS影像调阅失败排查", "HIS数据库锁等待处理步骤", "医保接口证书更新"])]
    return platform_export(co, "knowledge_base", "知识库导出", d, [("知识库", ["编号", "标题", "状态", "作者", "发布日期", "浏览次数"], rows, ["21/knowledge-base"])])


DEVICE_SHEETS = {
    "日常维护": (["日期", "设备", "维护内容", "维护人", "结果"], "清理日志、检查策略命中、清洁除尘", ["14/maintenance", "44/maintenance"]),
    "状态检查": (["日期", "设备", "CPU", "内存", "会话数", "主备状态", "检查人"], None, ["14/maintenance", "44/inspection"]),
    "病毒查杀": (["日期", "范围", "病毒库版本", "查杀结果", "执行人"], None, ["14/maintenance", "44/virus-scan", "45/antivirus"]),
    "故障处理": (["日期", "设备", "故障现象", "检测与排除", "处理人"], "电源模块告警，检测后更换电源模块", ["14/maintenance", "44/faults"]),
    "升级更新": (["日期", "设备", "升级内容", "升级前版本", "升级后版本", "验证"], None, ["14/maintenance", "44/upgrades"]),
}


def device_book(co, d, filled, hw):
    """安全设备维护记录本: a sheet per record kind of clauses 14/44 and a 硬件故障统计 sheet;
    a sheet proves its kind only when it has rows."""
    sheets = []
    devs = ["互联网出口防火墙", "入侵防御系统", "上网行为管理", "防病毒服务器"]
    for name, (head, what, its) in DEVICE_SHEETS.items():
        rows = []
        if name in filled:
            for i in range(5):
                x = iso(d - timedelta(days=9 * i))
                dev = devs[i % 4]
                rows.append({"日常维护": [x, dev, what, co.p(2), "正常"],
                             "状态检查": [x, dev, "%d%%" % co.rng.randint(8, 60), "%d%%" % co.rng.randint(20, 70), co.rng.randint(800, 9000), "正常", co.vp(1)],
                             "病毒查杀": [x, "全院终端及服务器", "%s.%02d" % (x.replace("-", ""), i), co.rng.choice(["未发现病毒", "清除病毒2个"]), co.p(2)],
                             "故障处理": [x, dev, "设备告警", what, co.vp(1)],
                             "升级更新": [x, dev, "特征库升级", "V%d" % (100 + i), "V%d" % (101 + i), "正常"]}[name])
        sheets.append((name, head, rows, its))
    hw_rows = [["%d年%d月" % (d.year, m), co.rng.randint(0, 2), co.rng.randint(0, 1), co.rng.randint(0, 1), co.rng.randint(0, 1)] for m in range(1, d.month + 1, 2)]
    sheets.append(("硬件故障统计", ["月份", "电源故障", "风扇故障", "硬盘故障", "板卡故障"], hw_rows if hw else [], ["14/hardware-faults", "44/faults"]))
    return ledger("device_book", "安全设备维护记录本（%d年）" % d.year, d, True, sheets)


def patrol_book(co, d, antivirus):
    """机房巡检登记本 for one month: the photographed or scanned pages."""
    head = ["日期", "时间", "UPS", "空调温湿度", "防火墙", "入侵防御", "核心交换机", "告警情况"] + (["防病毒服务器病毒库", "定期查杀"] if antivirus else []) + ["巡检人", "复核"]
    rows = []
    for i in range(10):
        x = date(d.year, d.month, 1) + timedelta(days=3 * i)
        if x > d:
            break
        r = [iso(x), "08:%02d" % co.rng.randint(0, 40), "√", "%d℃/%d%%" % (co.rng.randint(21, 24), co.rng.randint(40, 55)), "√", "√", "√",
             co.rng.choice(["无", "无", "IPS特征库过期告警，已升级"])]
        if antivirus:
            r += ["%d%02d%02d" % (x.year, x.month, x.day), co.rng.choice(["已全盘查杀，无病毒", "已查杀，清除1个"])]
        rows.append(r + [co.rng.choice([co.p(2), co.vp(1)]), co.p(1)])
    its = ["44/inspection", "45/monitoring", "14/maintenance"] + (["45/antivirus", "44/virus-scan"] if antivirus else [])
    return ledger("inspection", "中心机房及网络安全设备巡检登记本（%d年%d月）" % (d.year, d.month), d, True, [("巡检登记", head, rows, its)])


def handover_book(co, d):
    """交接班记录本: the shifts' handover; it cites the patrol book but records no device
    checks of its own, and proves no clause."""
    rows = [["%s %s" % (iso(d - timedelta(days=i)), s), co.p(2 * i + j), co.p(2 * i + j + 1), co.rng.choice(["系统运行正常", "夜间1次打印机报修已处理"]),
             "已按时完成机房巡检（见机房巡检登记本）", co.rng.choice(["无", "明早跟进药房打印机"])] for i in range(8) for j, s in enumerate(("白班", "夜班"))][:12]
    return ledger("handover", "信息中心交接班记录本（%d年%d月）" % (d.year, d.month), d, True, [
        ("交接班", ["时间", "交班人", "接班人", "运行情况", "巡检情况", "遗留事项"], rows, [])])


def health_report(co, d, collection=False):
    parts = [(None, "检查方式：%s　检查日期：%s　检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查"]), cnd(d), co.p(2), co.vp(1)), []),
             ("一、检查对象", "%s网络安全设备及%s、%s。" % (co.customer, co.sys(0), co.sys(1)), []),
             ("二、可用性与持续运行", ("table", [["对象", "可用率", "连续运行天数", "冗余", "结论"], ["防火墙", "100%", "186", "单机", "关注"],
                                                [co.sys(0), "99.97%", "64", "双机", "正常"], [co.sys(1), "99.92%", "41", "单机", "关注"]]),
              ["15/records", "46/records", "14/maintenance", "44/inspection"])]
    if collection:
        parts.append(("三、安全信息采集", ["配置：导出防火墙和核心交换机配置，与基线比对差异2项；", "流量：专线峰值120Mbps、均值46Mbps；",
                                         "状态：CPU、内存、磁盘、会话均低于阈值。"], ["16/config", "16/traffic", "16/status"]))
    parts.append(("四、问题与建议", "防火墙单机运行，建议纳入明年预算配置双机。", []))
    return nar("health_report", "%s信息系统健康检查报告（%d年第%s季度）" % (co.customer, d.year, han(quarter(d))), d, True, seq(parts))


def collection(co, d):
    rows = [[iso(d - timedelta(days=20 * i)), co.rng.choice(["互联网出口防火墙", "核心交换机", "入侵防御系统"]), "配置已导出，与基线比对",
             "峰值%dMbps" % co.rng.randint(150, 900), "CPU %d%%，内存 %d%%" % (co.rng.randint(8, 55), co.rng.randint(20, 70)), co.p(2)] for i in range(5)]
    return ledger("collection", "网络安全信息采集记录（%d年）" % d.year, d, True, [
        ("采集记录", ["日期", "对象", "系统配置", "流量信息", "系统状态", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def log_audit(co, d):
    return nar("log_analysis", "%d年第%s季度安全日志审计分析报告" % (d.year, han(quarter(d))), d, True, [
        (None, "分析人：%s　日期：%s　数据来源：日志审计系统、堡垒机" % (co.p(2), cnd(d)), []),
        ("一、网络及安全设备日志", "防火墙、入侵防御日志共4200万条，发现境外扫描源地址31个，已封禁。", []),
        ("二、服务器及操作系统日志", "非工作时间登录7次，均有对应变更单或报修工单。", []),
        ("三、应用日志", "HIS、EMR访问日志中批量查询患者信息2次，经核实为病案室统计，已补审批。", []),
        ("四、结论与建议", "本季度未发现成功入侵；建议EMR启用批量查询审批。", ["17/log-analysis", "45/audit-report", "47/audit"])])


def bulletin(co, d, seq, full=True):
    parts = [(None, "信息中心安全组　%d年第%d期　%s" % (d.year, seq, cnd(d)), []),
             ("一、漏洞通告", "CVE-%d-%04d 某远程桌面组件漏洞，影响本院部分医生工作站，已推送补丁。" % (d.year, co.rng.randint(1000, 9999)), ["52/vulnerability", "53/bulletin"]),
             ("二、厂商安全通告", "HIS厂商发布安全补丁包，已在测试环境验证。", [])]
    if full:
        parts += [("三、病毒通告", "针对医疗机构的勒索病毒变种在多地传播，通过弱口令远程桌面入侵。", ["52/virus"]),
                  ("四、政策法规与行业动态", "%s转发医疗卫生机构网络安全管理相关要求；某地医院遭勒索致HIS停机。" % co.reg, ["52/policy"]),
                  ("五、影响分析", "经排查，本院及成员单位开放远程桌面的终端5台，已全部关闭并加固；补丁覆盖率98%。", ["52/analysis"])]
    return nar("bulletin", "网络安全预警通报", d, True, parts)


def vuln_scan(co, d):
    """漏洞扫描报告 of the hospital's own systems: a real security record that the form does
    not ask for."""
    return nar("vuln_scan", "%d年第%s季度漏洞扫描报告" % (d.year, han(quarter(d))), d, True, [
        (None, "扫描工具：漏洞扫描系统　扫描范围：服务器区、医生工作站抽样　扫描日期：%s" % cnd(d), []),
        ("一、结果", ("table", [["风险", "数量", "已整改"], ["高危", co.rng.randint(2, 9), "全部"], ["中危", co.rng.randint(20, 60), "大部分"]]), []),
        ("二、整改", "高危漏洞已在变更窗口完成补丁安装。", [])])


def pentest_plan(co, d):
    return nar("pentest_plan", "%d年度渗透测试计划" % d.year, d, False, [
        (None, [("table", [["批次", "对象", "方式", "时间", "负责人"], ["1", "互联网医院平台", "灰盒", "4月", co.p(2)], ["2", co.sys(0), "灰盒", "7月", co.p(2)],
                           ["3", "%s门户网站" % co.customer, "黑盒", "10月", co.vp(1)]]), "每批次测试前取得系统主管科室书面授权。"],
         ["31/pentest-plan", "32/pentest-plan"])])


def pentest_report(co, d):
    return nar("pentest_report", "互联网医院平台渗透测试报告", d, True, [
        (None, "测试日期：%s　测试人员：%s　授权编号：SQ-%d-%02d" % (cnd(d), co.p(2), d.year, d.month), []),
        ("一、范围", "互联网医院平台患者端、医生端接口。", []),
        ("二、发现问题", ("table", [["编号", "问题", "风险", "状态"], ["1", "挂号接口越权查询他人订单", "高", "已整改"], ["2", "验证码可重放", "中", "已整改"]]),
         ["31/pentest-records", "32/pentest-records"]),
        ("三、复测", "高、中危问题复测通过。", [])])


def dev_plan(co, d):
    return nar("dev_plan", "%d年信息中心运维工具自主开发计划" % d.year, d, False, [
        (None, ["结合医联体成员单位的需要和本中心开发能力，计划开发：",
                ("table", [["工具", "用途", "完成时间", "负责人"], ["巡检日报自动生成", "汇总巡检数据生成日报", "%d年5月" % d.year, co.p(5)],
                           ["报修微信小程序", "临床科室扫码报修", "%d年9月" % d.year, co.p(4)]])], ["33/dev-plan"])])


# ------------------------------------------------------------------ reports

def month_report(co, d, kpi=False, avail=False):
    """月度信息系统运行分析报告: the monitored indicators' trends (50); by chance the ten
    indicators of clause 56 and the availability (18, 22)."""
    parts = [(None, "信息中心综合办　%d年%d月" % (d.year, d.month), []),
             ("一、运行监控指标趋势", [("table", [["指标", "上月", "本月", "趋势"], ["门诊高峰HIS并发", 1650, 1780, "上升8%"], ["存储使用率", "71%", "74%", "上升"],
                                            ["监控告警数", 860, 720, "下降16%"], ["报修工单数", 1310, 1190, "下降9%"]]),
                                 "门诊量增长带动并发持续上升，存储使用率连续三个月上升，预计明年一季度达到80%扩容阈值。"], ["50/monitoring-report"])]
    if avail:
        parts.append(("二、核心系统可用性", "%s可用率99.98%%，达标；%s可用率99.86%%，未达99.9%%目标，原因为存储链路中断，已列入问题管理。" % (co.sys(0), co.sys(2)),
                      ["18/availability-report", "22/report"]))
    if kpi:
        parts.append(("三、运维质量指标", ("table", [["指标", "本月"], ["异常报告及时率", "99.2%"], ["异常漏报率", "0.4%"], ["维护作业计划的及时完成率", "97.6%"],
                                                 ["故障隐患发现率", "91%"], ["异常主动发现率", "86%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                                 ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(1, 6)]]), ["56/data"]))
    parts.append(("四、下月重点", "完成存储扩容论证；配合医联体成员单位等保测评。", []))
    return nar("month_report", "%d年%d月信息系统运行分析报告" % (d.year, d.month), d, True, seq(parts))


def incident_quarter(co, d, analysis=True):
    """信息安全事件（不良事件）季度统计分析: the quarter's 信息安全事件 counted by kind and,
    when written, analysed."""
    parts = [("一、事件统计", ("table", [["事件类别", "本季度", "本年累计"], ["有害程序事件", co.rng.randint(3, 12), co.rng.randint(10, 40)],
                                         ["网络攻击事件", co.rng.randint(1, 8), co.rng.randint(5, 25)], ["信息破坏事件", 0, co.rng.randint(0, 2)],
                                         ["设备设施故障", co.rng.randint(1, 5), co.rng.randint(4, 15)]]), ["18/incident-stats"])]
    if analysis:
        parts.append(("二、原因分析", "有害程序事件集中在门诊医生工作站，主要由外来U盘带入；网络攻击以对互联网医院平台的扫描探测为主，来源为境外地址。整改：禁用非授权U盘，互联网医院接入WAF。",
                      ["18/incident-analysis"]))
    return nar("incident_stats", "%d年第%s季度信息安全不良事件统计分析" % (d.year, han(quarter(d) - 1 or 1)), d, True, parts)


def avail_report(co, d):
    return nar("avail_report", "%d年上半年核心信息系统可用性分析报告" % d.year, d, True, [
        (None, [("table", [["系统", "目标", "实际", "宕机次数", "达标"], [co.sys(0), "99.95%", "99.97%", 1, "是"], [co.sys(2), "99.9%", "99.86%", 3, "否"]]),
                "改进：%s存储链路改为双路径，已列入持续改进项目。" % co.sys(2)], ["18/availability-report", "22/report"])])


def kpi_stats(co, d):
    rows = [[n] + ["%d%%" % co.rng.randint(84, 99) for _ in range(3)] for n in [
        "异常报告及时率", "异常漏报率", "维护作业计划的及时完成率", "故障隐患发现率", "异常主动发现率", "问题解决率",
        "漏洞扫描覆盖率", "加固设备覆盖率", "安全补丁安装及时率", "安全事件次数"]]
    return ledger("ops_data", "运维质量指标统计表（%d年）" % d.year, d, True, [("指标统计", ["指标", "一季度", "二季度", "三季度"], rows, ["56/data"])])


def workload(co, d, month):
    """月度工作量统计: counts per 组; statistics, not the process records, not clause 56's
    indicators."""
    rows = [[g, co.rng.randint(200, 900), co.rng.randint(20, 120), co.rng.randint(5, 40), co.rng.randint(10, 60)] for g in ["服务台", "网络组", "系统组", "安全组", "数据组"]]
    return ledger("workload", "信息中心工作量统计（%d年%d月）" % (d.year, month), d, True, [
        ("工作量", ["组别", "报修受理", "服务请求", "变更", "其他"], rows, [])])


def weekly(co, d, wk):
    return Doc("weekly", "信息中心第%d周工作周报" % wk, d, [], True, [
        ("title", "信息中心%d年第%d周工作周报" % (d.year, wk)), ("h1", "一、本周完成"), ("p", "完成%s门诊楼网络割接；处理报修%d单。" % (co.customer, co.rng.randint(150, 320))),
        ("h1", "二、下周计划"), ("p", "配合医务部电子病历评级现场检查；准备季度健康检查。")])


def annual_report(co, d, defects=False):
    parts = [(None, "信息中心　%s" % cnd(d), []),
             ("一、运维数据汇总分析", "汇总全年日志、变更、故障报修、服务请求和问题数据：故障报修同比下降11%，服务请求上升26%，变更集中在季末和节前。", []),
             ("二、服务预测", "预计明年服务请求继续增长约20%，三家成员单位接入后监控对象增加四成，需扩充服务台并推广自助报修；宕机次数预计继续下降。", ["71/forecast"])]
    if defects:
        parts.append(("三、重大事件、失败变更及不达标情况分析", ["全年发生Ⅲ级宕机1次（%s存储链路中断57分钟），失败变更2次（厂商升级未经测试），第二季度满意度未达90分目标。" % co.sys(2),
                                                  "改进计划：存储双路径改造（三季度完成）；厂商升级须经测试环境验证（立即执行）；服务台增加高峰时段人员（下季度）。"],
                      ["70/defect-analysis"]))
    parts.append(("四、明年重点工作", "电子病历应用水平评级、互联互通测评、医联体数据中心建设。", []))
    return nar("annual_review", "信息中心%d年工作总结" % d.year, d, True, seq(parts))


def next_year_plan(co, d):
    return Doc("work_plan", "信息中心%d年工作计划" % (d.year + 1), d, [], False, [
        ("title", "信息中心%d年工作计划" % (d.year + 1)), ("h1", "一、指导思想"), ("p", "围绕智慧医院建设和医联体一体化管理。"),
        ("h1", "二、重点工作"), ("p", "1. 电子病历五级评审；2. 医联体数据中心；3. 持续改进和应急演练常态化；4. 等保测评整改。")])


def postmortem(co, d):
    return nar("defect_analysis", "%s宕机事件及失败变更分析改进报告" % co.sys(0), d, True, [
        ("一、事件经过", "%s数据库服务器故障，门诊收费中断47分钟；原因为数据库补丁与存储驱动不兼容。" % co.sys(0), []),
        ("二、失败变更", "%s接口升级验证失败执行回退，原因为厂商未在测试环境验证。" % co.sys(1), []),
        ("三、服务不达标", "第三季度紧急故障响应及时率94%，未达98%目标。", []),
        ("四、改进计划", ("table", [["措施", "责任人", "完成时间"], ["补丁先在测试环境验证兼容性", co.p(4), "立即"], ["厂商升级纳入变更审批", co.p(0), "下月"],
                                   ["门诊高峰增加服务台人员", co.p(3), "下季度"]]), ["70/defect-analysis"])])


# ------------------------------------------------------------------ satisfaction

def sat_survey(co, d, year, half):
    return nar("sat_survey", "%d年%s信息服务满意度调查报告" % (year, half), d, True, [
        (None, "调查对象：全院临床、医技科室及%s成员单位　方式：问卷星问卷及电话访谈" % co.alliance, []),
        ("一、调查结果", ("table", [["维度", "得分"], ["报修响应及时性", co.rng.randint(84, 96)], ["问题解决能力", co.rng.randint(84, 96)],
                                   ["服务态度", co.rng.randint(88, 98)], ["总体满意度", co.rng.randint(86, 95)]]), []),
        ("二、满意度分析", "服务态度得分最高；报修响应及时性较上期下降，主要集中在门诊高峰时段和成员单位夜间报修。", ["41/surveys", "58/survey", "63/survey"]),
        ("三、改进措施", "门诊高峰增加服务台人员，成员单位夜间报修转总院值班。", [])])


def sat_trend(co, d):
    return nar("sat_trend", "信息服务满意度趋势分析", d, True, [
        (None, [("table", [["期次", "总体满意度"], ["%d年上半年" % (d.year - 1), 86], ["%d年下半年" % (d.year - 1), 89], ["%d年上半年" % d.year, 91]]),
                "三期总体满意度逐期上升，问题解决能力提升最明显，报修响应及时性波动，门诊高峰时段仍是短板。"], ["41/trend"])])


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=33 * i)), co.customer if i % 2 else "心内科", co.cp(i), co.rng.choice(["电话回访", "现场回访"]),
             co.rng.choice(["满意", "希望升级提前通知", "满意"]), "已反馈"] for i in range(4)]
    return ledger("followup", "服务回访记录表（%d年）" % d.year, d, True, [
        ("回访", ["日期", "回访对象", "联系人", "方式", "意见建议", "处理情况"], rows, ["63/follow-up-visits"])])


# ------------------------------------------------------------------ 质量与安全

def audit_report(co, d):
    return nar("internal_audit", "%d年信息中心运维服务管理体系内部审核报告" % d.year, d, True, [
        (None, "审核日期：%s　审核组长：%s　受审核部门：信息中心各组" % (cnd(d), co.p(3)), []),
        ("一、审核依据与目的", "依据ISO/IEC 20000-1、信息中心制度汇编和医联体技术支持协议，检查运维服务管理体系是否符合要求并有效实施和保持。", []),
        ("二、审核范围", "故障、问题、变更、服务级别、应急、信息安全全部过程。", []),
        ("三、审核发现", "不符合项3项：2份变更申请单缺少验证人签字；1份宕机应急预案超过一年未修订。", []),
        ("四、审核结论", "体系总体运行有效，不符合项已开具整改单。", ["59/internal-audit"])])


def tracer_feedback(co, d):
    """质控办 追踪检查 against the hospital accreditation standard: findings, no
    corrective action, not the service system's internal audit."""
    return Doc("tracer", "质控办追踪检查反馈单（信息中心）", d, [], True, [
        ("title", "质量管理办公室追踪检查反馈单"), ("p", "受检科室：信息中心　检查日期：%s　检查方法：个案追踪、系统追踪" % cnd(d)),
        ("table", [["评审条款", "检查发现", "整改要求"], ["信息系统安全", "应急预案培训覆盖不全", "一个月内补充"], ["患者隐私保护", "部分终端未设屏保锁定", "立即整改"]]),
        ("p", "请于%s前将整改情况报质控办。" % cnd(d + timedelta(days=30)))])


def group_minutes(co, d, inputs, opps=False):
    """网络安全和信息化领导小组会议纪要: the year's management review as the first agenda
    item; by chance the approved, ranked improvement projects; the 电子病历评级 item."""
    text = {"perf": ("60/performance", "服务和流程执行情况及符合性：服务级别达成率98.1%，内部审核不符合项3项已关闭2项。"),
            "feedback": ("60/customer-feedback", "客户反馈：临床科室及成员单位满意度91分，投诉2件已处理。"),
            "resources": ("60/resources", "当前和预测资源：信息中心在编19人、厂商驻场5人；明年新增三家成员单位接入，需增加工程师2名。"),
            "ca": ("60/corrective-actions", "纠正措施进展：上年评审确定的7项措施完成6项。"),
            "changes": ("60/changes", "可能影响运维服务的变更：新门诊楼启用、医联体数据中心建设、HIS升级换代。"),
            "improve": ("60/improvements", "改进机会：可用率未达标系统、巡检电子化、成员单位夜间报修机制。")}
    items = ["59/management-review"] if "perf" in inputs else []
    body = ["会议开展%d年度信息中心运维服务管理评审，听取以下汇报：" % d.year]
    for k in inputs:
        body.append(text[k][1])
        items.append(text[k][0])
    body.append("会议认为运维服务管理体系适宜、充分、有效，同意增配人员。")
    parts = [(None, "时间：%s　地点：行政楼第二会议室　主持：%s　出席：%s成员　记录：%s" % (cnd(d), co.boss, co.group, co.p(3)), []),
             ("一、年度管理评审", body, items)]
    if opps:
        parts.append(("二、审议持续改进项目", [("table", [["序号", "项目", "评分", "优先级"], [1, "巡检电子化", 86, "高"], [2, "成员单位夜间报修转总院值班", 80, "高"],
                                                  [3, "自助报修小程序", 63, "中"]]),
                                          "会议按评分排序审议，同意第1、2项立项，第3项列入明年计划。"], ["67/analysis", "67/prioritisation"]))
    parts.append(("三、电子病历系统应用水平分级评价工作", "会议听取迎评准备情况，要求医务部牵头、信息中心配合，11月底前完成自评。", []))
    return nar("mgmt_review", "%s%d年第%s次会议纪要" % (co.group, d.year, han(co.rng.randint(2, 4))), d, True, seq(parts))


def measurement(co, d):
    rows = [["临床科室满意度", "≥90分", "91分", "达标", "—"], ["投诉", "≤2件/季", "3件", "未达标", "ZL-%d-05" % d.year],
            ["紧急故障响应及时率", "≥98%", "98.6%", "达标", "—"], ["核心系统可用率", "≥99.9%", "99.93%", "达标", "—"]]
    return ledger("kpi_list", "信息中心质量与安全指标监测表（%d年）" % d.year, d, True, [
        ("监测", ["指标", "目标值", "实际值", "是否达标", "整改单号"], rows, ["57/measurement"])])


def capa(co, d, verify=True):
    rows = [["编号", "ZL-%d-05" % d.year], ["问题来源", "第三季度投诉3件，超出目标"], ["原因分析（鱼骨图）", "系统升级未提前通知临床科室"],
            ["纠正措施", "升级前一天在院内OA和科室群发布通知"], ["预防措施", "升级通知模板纳入变更SOP"], ["责任人", co.p(0)], ["完成日期", cnd(d)],
            ["效果验证", "此后两个月未再收到同类投诉，措施有效" if verify else "待验证"], ["验证人（质控员）", co.p(3) if verify else ""]]
    return nar("capa", "质量持续改进记录表（整改单）", d, True, [(None, ("table", rows), ["57/capa"] + (["66/effectiveness"] if verify else []))])


def improve_plan(co, d, criteria=True):
    parts = [("一、改进项目及目标", ("table", [["项目", "来源", "目标", "责任人", "完成时间"], ["巡检电子化", "运维过程", "巡检记录当日入库率100%", co.p(2), "%d年6月" % d.year],
                                         ["升级通知机制", "临床投诉", "同类投诉为0", co.p(0), "%d年8月" % d.year]]), ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("二、改进机会评估标准", "按对诊疗业务影响（40分）、实施成本（30分）、风险降低（30分）打分，70分以上立项；改进项目的识别、登记、审批、评估、效果测量和报告按持续改进管理制度执行。",
                      ["64/criteria"]))
    return nar("improve_plan", "%d年信息中心持续改进（PDCA）工作计划" % d.year, d, True, seq(parts))


def pdca_ledger(co, d, scored=True, tracked=True):
    reg = [["GJ-%d-%02d" % (d.year, i), t, s, sc, p, co.p(0) if sc >= 70 else "暂缓"] for i, (t, s, sc, p) in enumerate(
        [("巡检电子化", "内部审核", 86, 1), ("升级通知机制", "临床投诉", 78, 2), ("自助报修小程序", "满意度调查", 63, 3)], 1)]
    trk = [["GJ-%d-01" % d.year, "巡检记录当日入库率100%", "已完成", iso(d - timedelta(days=45)), "实测100%，达到目标", "已在季度领导小组会议报告"],
           ["GJ-%d-02" % d.year, "同类投诉为0", "已完成", iso(d - timedelta(days=10)), "两个月零投诉，达到目标", "已报告"]]
    return ledger("improve_opps", "PDCA持续改进项目登记表（%d年）" % d.year, d, True, [
        ("项目评估", ["编号", "项目", "来源", "评分", "优先级", "批准人"], reg if scored else [], ["67/analysis", "67/prioritisation"]),
        ("实施跟踪", ["编号", "改进目标", "状态", "完成日期", "效果测量", "报告情况"], trk if tracked else [], ["68/implementation", "68/effectiveness"])])


def pdca_case(co, d):
    """A PDCA improvement case report: plan with target, the measures carried out, the
    measured effect, the standardisation; reported to the 质量与安全管理委员会."""
    return nar("pdca_case", "PDCA案例：推进机房巡检记录电子化", d, True, [
        ("P　计划", ["现状：巡检靠纸质登记本，月底扫描归档，平均滞后12天。目标：巡检记录当日入库率100%。",
                   ("table", [["对策", "负责人", "时间"], ["开发巡检小程序", co.p(5), "3月"], ["修订巡检SOP", co.p(2), "4月"]])], ["68/plan"]),
        ("D　实施", "经信息中心主任批准立项，小程序4月上线，巡检人员完成培训。", ["68/implementation"]),
        ("C　检查", "5-6月巡检记录当日入库率100%，达到目标。", ["68/effectiveness"]),
        ("A　处理", "将电子巡检写入机房巡检SOP；案例在医院质量与安全管理委员会季度会议上报告。", [])])


def improve_training(co, d):
    rows = [["主题", "持续改进（PDCA）意识培训"], ["时间", cnd(d)], ["主讲", co.p(3)], ["参加人员", "信息中心及厂商驻场人员%d人" % co.rng.randint(14, 28)],
            ["内容", "PDCA的意义、改进项目的提交和评估、科室改进案例分享"], ["考核", "随堂测试平均87分"]]
    return nar("improve_training", "持续改进意识培训记录", d, True, [(None, ("table", rows), ["69/awareness-training"])])


# ------------------------------------------------------------------ 等级保护

def grading_criteria(co, d):
    return nar("grading_criteria", "信息系统安全保护等级定级标准", d, False, [
        (None, ["本院依据GB/T 22240确定信息系统的安全保护等级，按受侵害客体和侵害程度对应：",
                ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第三级"],
                           ["社会秩序、公共利益", "第二级", "第三级", "第四级"], ["国家安全", "第三级", "第四级", "第五级"]])], ["51/grading-criteria"])])


def grading(co, d):
    return nar("grading", "%s网络安全等级保护定级报告" % co.sys(0), d, False, [
        (None, ["定级日期：%s" % cnd(d), "业务信息安全保护等级第三级，系统服务安全保护等级第三级，%s安全保护等级确定为第三级。" % co.sys(0),
                "已向%s市公安局备案，备案编号%d%05d。" % (co.city, d.year, co.rng.randint(0, 99999))], ["51/grading"])])


def mlps_report(co, d):
    return nar("grading", "%s网络安全等级保护测评报告" % co.sys(2), d, False, [
        (None, ["测评机构：%s市信息安全测评中心　测评日期：%s" % (co.city, cnd(d)),
                "被测对象：%s　安全保护等级：第三级（S3A3）　备案编号：%d%05d" % (co.sys(2), d.year - 1, co.rng.randint(0, 99999))], ["51/grading"]),
        ("一、测评结论", "综合得分85.6分，结论为良。", []),
        ("二、主要问题", "医生工作站未全部启用双因素认证；数据库审计日志留存不足六个月。", [])])


def emr_rating(co, d):
    """电子病历系统应用水平分级评价: a 分级 that is not the security protection grading."""
    return Doc("emr_rating", "电子病历系统应用水平分级评价自评报告", d, [], True, [
        ("title", "%d年电子病历系统应用水平分级评价自评报告" % d.year), ("p", "申报级别：五级"),
        ("table", [["角色", "项目数", "达标"], ["病房医师", 12, 11], ["病房护士", 8, 8], ["检验", 5, 5]]),
        ("p", "自评结论：基本达到五级要求，病房医师角色的闭环管理尚需完善。")])


def interop(co, d):
    return Doc("interop", "互联互通标准化成熟度测评整改报告", d, [], True, [
        ("title", "国家医疗健康信息互联互通标准化成熟度测评整改报告"), ("p", "测评等级：四级甲等（预评）"),
        ("p", "整改项：共享文档标准符合性、交互服务数量，均已完成。")])


# ------------------------------------------------------------------ decoys

def signin(co, d, plan, word="培训"):
    rows = [["%s签到表" % word], ["主题", "《%s》%s" % (plan, word)], ["时间", cnd(d)], ["主讲", co.p(1)], ["序号", "姓名", "科室", "签名"]] + \
        [[i + 1, co.p(i) if i < 4 else "护士%s" % HAN[i], "信息中心" if i < 4 else "门诊部", "（签名）"] for i in range(8)]
    return Doc("decoy_training", "《%s》%s签到表" % (plan, word), d, [], True, sheets=[("签到", rows)], decoy="training record about a plan")


def study_notice(co, d, plan):
    t = "关于组织学习《%s》的通知" % plan
    return Doc("decoy_training", t, d, [], True, [("title", t), ("p", "各科室："),
                                                 ("p", "为做好信息系统宕机时的应急处置，请各科室于%s前组织全科学习《%s》，护士长、科主任负责落实，学习记录交护理部备查。" % (
                                                     cnd(d + timedelta(days=14)), plan)), ("p", "院办公室　%s" % cnd(d))],
               decoy="notice about studying a plan")


def doc_control(co, d, n, cites):
    t = "信息中心文件管理制度"
    b = rule_header(co, d, n, "第2版") + [("title", t)] + rule_sections([
        ("目的", ["规范信息中心制度、SOP和记录的编制、审批、发布和归档。"]),
        ("文件清单", ["信息中心现行制度包括：%s。" % "、".join("《%s》" % c for c in cites)]),
        ("记录", ["各类记录按年度归档，保存期限不少于三年。"])])
    return Doc("decoy_citing", t, d, [], False, b, decoy="procedure citing procedures by 《》")


def register(co, d, cites):
    rows = [[i, c, file_code(co, "ZD", i), "现行有效"] for i, c in enumerate(cites, 1)]
    return Doc("decoy_register", "信息中心现行制度目录", d, [], False,
               sheets=[("目录", [["信息中心现行制度目录（%d年）" % d.year], ["序号", "制度名称", "文件编号", "状态"]] + rows)], decoy="list of document names")


def review_rule(co, d, n):
    t = "信息中心管理评审制度"
    b = rule_header(co, d, n, "第1版") + [("title", t)] + rule_sections([
        ("目的", ["定期评审运维服务管理体系的适宜性、充分性和有效性。"]),
        ("评审输入", ["客户反馈、服务和流程的执行情况及符合性、当前和预测的资源水平、纠正措施进展、可能影响服务的变更、改进机会。"]),
        ("评审输出", ["形成会议纪要，明确改进决定和资源需求。"])])
    return Doc("decoy_mrproc", t, d, [], False, b, decoy="procedure, not the review record")


def review_notice(co, d):
    t = "关于召开%d年度信息中心管理评审会议的通知" % d.year
    return Doc("decoy_mrnotice", t, d, [], True, [("title", t), ("p", "%s各成员：" % co.group),
                                                 ("p", "定于%s下午在行政楼第二会议室召开年度管理评审会议，议程：客户反馈、服务和流程执行情况、资源、纠正措施、变更、改进机会。"
                                                  "请信息中心各组提前三天报送材料。" % cnd(d + timedelta(days=7))), ("p", "院办公室")],
               decoy="meeting notice, not the review record")


def drill_scheme(co, d):
    t = "%d年%s宕机应急演练方案（脚本）" % (d.year, co.sys(0))
    return Doc("decoy_drillplan", t, d, [], False, [("title", t), ("h1", "一、演练目的"), ("p", "检验《%s宕机应急预案》和临床手工流程。" % co.sys(0)),
                                                    ("h1", "二、演练脚本"), ("p", "T0 模拟数据库故障；T+5 通知门诊转手工；T+30 切换备机；T+60 补录核对。"),
                                                    ("h1", "三、时间安排"), ("p", "拟于%d年%d月某周四下午实施。" % (d.year, min(12, d.month + 1)))],
               decoy="drill plan, neither the plan nor the record")


def vendor_review(co, d):
    return Doc("decoy_confirm", "厂商驻场服务月度考核表", d, [], True, [
        ("title", "厂商驻场服务月度考核表（%d年%d月）" % (d.year, d.month)),
        ("table", [["厂商", co.vendor], ["驻场人员", "%s、%s" % (co.vp(0), co.vp(1))], ["出勤", "44人天"], ["考核得分", "92"], ["考核人", co.p(0)]]),
        ("p", "驻场人员本月完成HIS日常维护和报修处理，考核合格，按合同支付服务费。")], decoy="mentions on-site staff, is no staff list")


def dept_kpi(co, d):
    rows = [["信息中心%d年科室绩效考核方案" % d.year], ["考核指标", "目标", "分值"], ["故障报修工单完整率", "100%", "20"],
            ["机房巡检登记按时率", "100%", "15"], ["应急演练按计划完成", "是", "15"], ["满意度调查按期开展", "是", "10"]]
    return Doc("decoy_appraisal", "科室绩效考核方案", d, [], True, sheets=[("考核", rows)], decoy="KPI sheet naming record kinds")


def downtime_poster(co, d, system):
    """The one-page workflow pinned at the nurses' stations: it summarises the plan's ward
    steps, it is not the approved plan."""
    t = "%s宕机应急处置流程（张贴版）" % system
    return Doc("decoy_poster", t, d, [], False, [
        ("title", t), ("p", "发现%s无法使用 → 电话报告信息中心总值班（内线%d） → 确认宕机后启用手工单据 → 系统恢复后补录" % (system, co.rng.randint(6000, 6999))),
        ("p", "详见《%s宕机应急预案》。" % system), ("p", "信息中心　%d年%d月" % (d.year, d.month))], decoy="poster of a plan's workflow, not the plan")


def duty_roster(co, d):
    """值班表: who is on duty; a real document that proves no clause."""
    rows = [["%d月%d日" % (x.month, x.day), co.p(i % 6), co.p((i + 2) % 6), "内线%d" % (6100 + i % 3)]
            for i, x in enumerate(d + timedelta(days=k) for k in range(10))]
    return ledger("duty_roster", "信息中心值班表（%d年%d月）" % (d.year, d.month), d, False, [
        ("值班表", ["日期", "白班", "夜班（总值班）", "联系电话"], rows, [])])


UNRELATED_H = [
    ("医疗质量安全核心制度要点（%d年版）", "pdf", ["首诊负责制度、三级查房制度、会诊制度、危急值报告制度等十八项核心制度要点。"], "医务"),
    ("关于开展%d年“七一”主题党日活动的通知", "docx", ["各党支部：请于7月5日前组织主题党日活动并报送简报。"], "党建"),
    ("后勤保障部关于职工食堂就餐时间调整的通知", "docx", ["自下月起午餐时间调整为11:00-13:00。"], "后勤"),
    ("%d年第三季度手卫生依从性监测通报", "pdf", ["全院手卫生依从率86.2%，ICU最高。"], "院感"),
    ("%d年DRG付费病组分析", "docx", ["全院入组率98.6%，费用结余病组占比61%。"], "医保"),
    ("护理部关于护士节表彰的决定", "docx", ["授予张某等20名同志优秀护士称号。"], "护理"),
]


def unrelated(co, d, i):
    name, ext, paras, folder = UNRELATED_H[i]
    t = name % d.year if "%d" in name else name
    return folder, t, ext, Doc("decoy_unrelated", t, d, [], False, [("title", t)] + [("p", p) for p in paras], decoy="unrelated")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an H share: 01综合办 (制度汇编, 院发文件, SOP, 会议纪要, 培训, 报告), 02网络组,
    03系统组, 04安全组, 05数据组, 06医联体/<成员单位>, 07质量与安全, 08等级保护, by year;
    earlier years' copies under 历年资料, decoys."""
    co.hprefix, _, co.itsm, co.reg, co.group, co.alliance = H_INFO[co.id]
    r = co.rng
    ZB, WL, XT, AQ, SJ, YL, ZL, DB = ("01综合办/", "02网络组/", "03系统组/", "04安全组/", "05数据组/", "06医联体/%s/" % co.customer,
                                      "07质量与安全/", "08等级保护/")
    optional = ["budget", "history_list", "history_analysis", "ops_strategy", "avail_kpis", "service_analysis", "sld_ola",
                "staff", "roles", "impl_manual", "req_record", "test_plan", "baseline", "compat_report", "collection",
                "avail_plan", "avail_report", "kb", "pentest_plan", "pentest_report", "dev_plan", "drp", "bcp",
                "recovery_drill", "sat_trend", "callbacks", "desk_training", "kpi_stats", "grading", "grading_criteria",
                "measurement", "capa", "audit", "pdca_ledger", "improve_training", "improve_plan", "postmortem",
                "log_audit", "cmdb", "interface", "problems", "health", "drill", "catalog", "org", "desk", "ci_updates",
                "incidents", "pdca_case"]
    gaps = {k for k in optional if r.random() < 0.09}
    olds = set(r.sample(sorted({"service_analysis", "req_record", "pentest_report", "sat_trend", "callbacks", "kb",
                                "audit", "log_audit", "drill", "improve_training", "measurement", "capa", "collection",
                                "desk_training", "postmortem", "ci_updates", "problems", "incidents"} - gaps), 3))
    co.gaps, co.oldonly = gaps, olds
    made = []
    nos = [r.randint(8, 30)]

    def number():
        nos[0] += r.randint(1, 7)
        return nos[0]

    def add(rel, doc, **opt):
        opt.setdefault("styled", r.random() < 0.5)
        co.add(rel, doc, **opt)

    def slot(k, name, factory, age="record", **opt):
        if k in gaps:
            return None
        d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        add(name(d), doc, **opt)
        if doc.items and doc.record and k not in olds:
            made.append((name, factory, d))
        return doc

    def scan(rel_dir, d):
        """The name a phone scanner or the copier gives a scanned page."""
        return rel_dir + r.choice(["扫描全能王 %s %02d.%02d.pdf" % (iso(d), 8 + r.randint(0, 9), r.randint(0, 59)),
                                   "CamScanner %02d-%02d-%d %02d.%02d.pdf" % (d.month, d.day, d.year, 9 + r.randint(0, 8), r.randint(0, 59)),
                                   "SCAN%s_%04d.pdf" % (d.strftime("%Y%m%d"), r.randint(1, 9999))])

    scanner = {"creator": "扫描全能王"}

    def y(d):
        return "%d/" % d.year

    # --- 制度: the 汇编 holds some, others are issued by 院发 notice or filed loose
    keys = [k for k in H_RULES if r.random() >= 0.06]
    in_book = [k for k in keys if r.random() < 0.4]
    with_pdca = r.random() < 0.9
    pdca_in_book = with_pdca and r.random() < 0.5
    cites_pool = [H_RULES[k][0] for k in ("fault", "problem", "change", "knowledge", "slm")]
    d = co.issued()
    add(ZB + "制度汇编/信息中心制度汇编（%d年修订版）.pdf" % d.year,
        compendium(co, d, in_book, pdca_in_book, [k for k in ("room", "purchase", "privacy") if r.random() < 0.7]), meta_title=r.random() < 0.4)
    if with_pdca and not pdca_in_book:
        d, n = co.issued(), number()
        add(ZB + "制度/%s 信息中心运维服务质量与安全管理方案.docx" % file_code(co, "ZD", n), pdca_doc(co, d, n))
    for k in keys:
        if k in in_book:
            continue
        d, n = co.issued(), number()
        cites = r.sample([c for c in cites_pool if c != H_RULES[k][0]], 2) if r.random() < 0.35 else ()
        doc = rule_doc(co, d, k, n, cites, r.choice(["第1版", "第2版", "第3版", "2024版"]))
        how = r.random()
        if how < 0.45:
            add(ZB + "院发文件/%d年/%s 关于印发《%s》的通知.%s" % (d.year, yuanfa(co, d, n), doc.title, r.choice(["docx", "pdf"])),
                issuing_notice(co, d, n, doc))
        else:
            add(ZB + "制度/%s%s.%s" % (doc.title, r.choice(["", "（%d版）" % d.year, "(终版)"]), r.choice(["docx", "docx", "pdf"])), doc,
                meta_title=r.random() < 0.3)
    d, n = co.issued(), number()
    add(ZB + "制度/信息中心机房管理制度.docx", other_rule(co, d, "room", n))
    # SOPs: one per operations module, the request process and the pentest process
    for code in SOP_MODULES:
        if r.random() < 0.75:
            cites = r.sample(cites_pool, 1) if r.random() < 0.4 else ()
            slot("sop", lambda d, code=code: ZB + "SOP/SOP-XXZX-%s %s标准操作规程 V2.0.docx" % (code, SOP_MODULES[code][0]),
                 lambda d, code=code, cites=cites: sop_doc(co, d, code, cites), "issued")
    if "request" not in gaps and r.random() < 0.94:
        d = co.issued()
        add(ZB + "SOP/SOP-XXZX-ZH-002 信息服务请求受理与处理标准操作规程.%s" % r.choice(["docx", "pdf"]), sop_request(co, d))
    if r.random() < 0.94:
        d = co.issued()
        add(ZB + "SOP/SOP-XXZX-AQ-007 渗透测试标准操作规程.docx", sop_pentest(co, d))
    slot("impl_manual", lambda d: ZB + "SOP/信息化建设项目实施手册.pdf", lambda d: impl_manual(co, d), "issued")
    slot("catalog", lambda d: ZB + "信息中心服务目录（%d年版）.docx" % d.year,
         lambda d: catalog(co, d, r.choice([("basic", "level2", "level1"), ("basic", "level2", "level1"), ("basic", "level1"), ("basic",)])), "issued")
    slot("sld_ola", lambda d: ZB + "制度/信息中心内部运营级别协议及厂商服务级别设计.docx", lambda d: sld_ola(co, d, sld=r.random() < 0.85), "issued")

    # --- organisation: 院发 / 院办 notices, some as the OA's plain-text export
    for k, t in [("org", "关于调整%s成员的通知" % co.group), ("interface", "关于明确网络安全管理联络员的通知"), ("desk", "关于设立信息中心服务台的通知")]:
        n = number()
        ext = r.choice(["pdf", "docx", "txt"])
        f = {"org": lambda d, n=n: org_notice(co, d, n, outsourced=r.random() < 0.8), "interface": lambda d, n=n: interface_notice(co, d, n),
             "desk": lambda d, n=n: desk_notice(co, d, n)}[k]
        slot(k, lambda d, t=t, ext=ext: ZB + "院发文件/%d年/%s.%s" % (d.year, t, ext), f, "issued", **({"encoding": "gb18030"} if ext == "txt" and n % 2 else {}))
    slot("staff", lambda d: ZB + "人员/信息中心人员名册（%d-%02d）.xlsx" % (d.year, d.month), lambda d: staff_roster(co, d, vendor_sheet=r.random() < 0.8))
    slot("roles", lambda d: ZB + "人员/信息中心安全运维岗位职责清单.xlsx", lambda d: roles(co, d), "issued")
    if r.random() < 0.6:
        slot("desk_training", lambda d: ZB + "培训/%d/服务台人员培训记录.xlsx" % d.year, lambda d: desk_training(co, d))
    else:
        slot("desk_training", lambda d: ZB + "培训/%d/服务台人员培训签到表（%s）.xlsx" % (d.year, iso(d)), lambda d: desk_signin(co, d))

    # --- 医联体: the member unit's onboarding documents do not age
    slot("survey", lambda d: YL + "%s信息化需求调研报告.docx" % co.customer, lambda d: survey(co, d, hours=r.random() < 0.9, types=r.random() < 0.85))
    slot("kickoff", lambda d: YL + "工作对接会会议纪要%s.docx" % d.strftime("%Y%m%d"), lambda d: kickoff_minutes(co, d, health=r.random() < 0.55))
    slot("budget", lambda d: YL + "医联体信息化技术支持经费预算表（%d年度）.xlsx" % d.year, lambda d: budget(co, d))
    slot("sla", lambda d: YL + "医联体成员单位信息化技术支持协议（盖章版）.pdf",
         lambda d: sla(co, d, modes=r.random() < 0.85, kpis=r.random() < 0.85, health=r.random() < 0.4), "current")
    slot("history_list", lambda d: YL + "历史运维数据清单.xlsx", lambda d: history_list(co, d))
    slot("history_analysis", lambda d: YL + "%d年信息系统运行数据分析报告.docx" % (d.year - 1), lambda d: history_analysis(co, d))
    slot("ops_strategy", lambda d: YL + "运维保障策略及实施方案（%d）.docx" % d.year, lambda d: ops_strategy(co, d), "current")
    slot("avail_kpis", lambda d: YL + "核心信息系统可用性指标清单.xlsx", lambda d: avail_kpis(co, d), "issued")
    slot("service_analysis", lambda d: YL + "以往技术支持方案影响分析报告（%d）.pdf" % d.year, lambda d: service_analysis(co, d, automation=r.random() < 0.7))
    P = YL + "项目建设/"
    slot("req_record", lambda d: P + "%s建设需求分析确认记录.pdf" % co.sys(1), lambda d: req_record(co, d))
    slot("test_plan", lambda d: P + "%s改造测试方案.docx" % co.sys(0), lambda d: test_plan(co, d, rollback=r.random() < 0.8), "issued")
    slot("compat_report", lambda d: P + "兼容性验证报告-%s.pdf" % d.strftime("%Y%m%d"), lambda d: compat_report(co, d))
    slot("health", lambda d: YL + "健康检查/%d年第%s季度健康检查报告.pdf" % (d.year, han(quarter(d))), lambda d: health_report(co, d, collection=r.random() < 0.3))
    halves = [(2026, "上半年", date(2026, 7, 3)), (2025, "下半年", date(2026, 1, 9)), (2025, "上半年", date(2025, 7, 7))]
    for yy, h, d in halves[:r.choice([2, 3])]:
        d = d + timedelta(days=r.randint(0, 10))
        add(ZB + "满意度/%d年%s信息服务满意度调查报告.docx" % (yy, h), sat_survey(co, d, yy, h))
    slot("sat_trend", lambda d: ZB + "满意度/信息服务满意度趋势分析（%d）.pdf" % d.year, lambda d: sat_trend(co, d))
    slot("callbacks", lambda d: YL + "服务回访记录表（%d年）.xlsx" % d.year, lambda d: callbacks(co, d))

    # --- 应急: the 总体预案, the systems' 宕机预案, drills by year
    slot("emergency", lambda d: AQ + "应急管理/信息系统突发事件总体应急预案（%d年修订）.docx" % d.year,
         lambda d: emergency_plan(co, d, strategy=r.random() < 0.7, recovery=r.random() < 0.3), "issued")
    for s in r.sample(co.systems, 2):
        slot("downtime", lambda d, s=s: XT + "应急预案/%s宕机应急预案.%s" % (s, r.choice(["docx", "pdf"])),
             lambda d, s=s: downtime_plan(co, d, s, recovery=r.random() < 0.5), "issued")
    slot("drp", lambda d: XT + "应急预案/信息系统数据备份与灾难恢复预案.pdf", lambda d: drp(co, d), "issued")
    slot("bcp", lambda d: ZB + "医院信息系统业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    slot("avail_plan", lambda d: XT + "%d年核心信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d), "current")
    form = r.choice(["桌面推演", "实战演练"])
    both = form == "实战演练" and r.random() < 0.5
    slot("drill", lambda d: AQ + "应急演练/" + y(d) + "%s应急演练记录（%s）.docx" % (co.sys(0), form),
         lambda d: drill_record(co, d, form, co.sys(0), True, both))
    slot("recovery_drill", lambda d: XT + "应急演练/" + y(d) + "%s数据备份恢复演练记录.pdf" % co.sys(1),
         lambda d: drill_record(co, d, "实战演练", co.sys(1), False, True))

    # --- 系统组 / 网络组 / 安全组 records, by year
    slot("tickets", lambda d: XT + y(d) + "故障报修工单导出_%s.xlsx" % d.strftime("%Y-%m"), lambda d: tickets(co, d, response=r.random() < 0.75))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        add(AQ + "不良事件/%d/信息安全不良事件报告表（XXZX-BL-%d-%03d）.%s" % (d.year, d.year, 10 + 7 * i, r.choice(["docx", "pdf"])),
            adverse_event(co, d, "XXZX-BL-%d-%03d" % (d.year, 10 + 7 * i)))
    if r.random() < 0.5:
        d = co.fresh()
        wo, wc = r.random() < 0.8, r.random() < 0.8
        add(XT + y(d) + "系统组运行记录本（%d年）.xlsx" % d.year, system_book(co, d, wo, wc))
    else:
        slot("avail_events", lambda d: XT + y(d) + "信息系统宕机登记表（%d年）.xlsx" % d.year, lambda d: outage_register(co, d))
        slot("changes", lambda d: XT + y(d) + "信息系统变更记录登记表（%d年）.xlsx" % d.year, lambda d: change_ledger(co, d))
    if r.random() < 0.7:
        d = co.fresh()
        add(scan(XT + y(d) + "变更申请单/", d), change_form(co, d, "BG-%d-%03d" % (d.year, r.randint(10, 99))), **scanner)
    slot("problems", lambda d: XT + y(d) + "问题登记跟踪表（%d年）.xlsx" % d.year, lambda d: problem_ledger(co, d))
    slot("assets", lambda d: WL + "资产/信息设备资产台账（%d年%d月）.xlsx" % (d.year, d.month), lambda d: asset_ledger(co, d))
    slot("cmdb", lambda d: WL + "资产/配置项导出_%s.xlsx" % d.strftime("%Y%m%d"), lambda d: cmdb(co, d, relations=r.random() < 0.7))
    slot("ci_updates", lambda d: WL + "资产/配置项更新维护记录（%d年）.xlsx" % d.year, lambda d: ci_updates(co, d))
    slot("kb", lambda d: ZB + "知识库导出_%s.xlsx" % d.strftime("%Y%m%d"), lambda d: kb_export(co, d))
    filled = [s for s in DEVICE_SHEETS if r.random() < 0.7] or ["日常维护"]
    hw = r.random() < 0.55
    slot("device_book", lambda d: AQ + y(d) + "安全设备维护记录本（%d年）.xlsx" % d.year, lambda d: device_book(co, d, filled, hw))
    for m in sorted(r.sample(range(4, 11), 3)):
        d = date(2026, m, 27)
        doc = patrol_book(co, d, antivirus=r.random() < 0.5)
        if r.random() < 0.6:
            add(scan(WL + "2026/机房巡检/%d月/" % m, d), doc, **scanner)
        else:
            add(WL + "2026/机房巡检/机房巡检登记本（2026-%02d）.xlsx" % m, doc)
    d = date(2026, 10, 31)
    add(scan(WL + "2026/交接班/", d), handover_book(co, d), **scanner)
    slot("collection", lambda d: WL + y(d) + "网络安全信息采集记录（%d年）.xlsx" % d.year, lambda d: collection(co, d))
    slot("log_audit", lambda d: AQ + y(d) + "%d年第%s季度安全日志审计分析报告.docx" % (d.year, han(quarter(d))), lambda d: log_audit(co, d))
    for i in range(r.randint(2, 3)):
        d = date(2026, 2 + 4 * i, 12 + i)
        add(AQ + "通报/网络安全预警通报（%d年第%d期）.%s" % (d.year, i + 1, r.choice(["pdf", "docx", "txt"])), bulletin(co, d, i + 1, full=r.random() < 0.7))
    d = co.fresh()
    add(AQ + y(d) + "%d年第%s季度漏洞扫描报告.pdf" % (d.year, han(quarter(d))), vuln_scan(co, d))
    slot("pentest_plan", lambda d: AQ + "渗透测试/%d年度渗透测试计划.docx" % d.year, lambda d: pentest_plan(co, d), "current")
    slot("pentest_report", lambda d: AQ + "渗透测试/互联网医院平台渗透测试报告%s.pdf" % d.strftime("%Y%m"), lambda d: pentest_report(co, d))
    slot("dev_plan", lambda d: ZB + "%d年信息中心运维工具自主开发计划.docx" % d.year, lambda d: dev_plan(co, d), "current")
    slot("baseline", lambda d: AQ + "服务器及网络设备安全配置基线（%d版）.xlsx" % d.year, lambda d: baseline(co, d), "issued")

    # --- reports: monthly analysis (names as people type them), quarterly incidents,
    # workload, weekly reports, the year's summary
    for m in sorted(r.sample(range(5, 11), r.choice([2, 3]))):
        d = date(2026, m + 1, 5 + r.randint(0, 6))
        name = r.choice(["%s份信息系统运行分析报告.docx" % MONTHS[m], "2026-%02d 信息系统运行分析.pdf" % m, "2026年%d月运行分析报告.docx" % m])
        add(ZB + "运行分析/2026/" + name, month_report(co, d, kpi=r.random() < 0.35, avail=r.random() < 0.4))
    slot("incidents", lambda d: AQ + y(d) + "第%s季度信息安全不良事件统计分析.docx" % han(quarter(d) - 1 or 1),
         lambda d: incident_quarter(co, d, analysis=r.random() < 0.7))
    slot("avail_report", lambda d: XT + y(d) + "%d年上半年核心信息系统可用性分析报告.docx" % d.year, lambda d: avail_report(co, d))
    slot("kpi_stats", lambda d: ZB + "运行分析/运维质量指标统计表（%d年）.xlsx" % d.year, lambda d: kpi_stats(co, d))
    for m in sorted(r.sample(range(6, 11), r.randint(1, 2))):
        d = date(2026, m + 1, 3)
        add(ZB + "工作量统计/2026-%02d 工作量统计.xlsx" % m, workload(co, d, m))
    for wk in sorted(r.sample(range(38, 47), 2)):
        d = date(2026, 1, 1) + timedelta(days=7 * (wk - 1) + 3)
        add(ZB + "周报/2026/第%d周工作周报.docx" % wk, weekly(co, d, wk))
    if r.random() < 0.75:
        d = date(2026, 11, 18 + r.randint(0, 8))
        add(ZB + "年度总结/信息中心2026年工作总结.docx", annual_report(co, d, defects=r.random() < 0.3))
    d = date(2026, 11, 20 + r.randint(0, 5))
    add(ZB + "年度总结/信息中心2027年工作计划（送审）.docx", next_year_plan(co, d))
    slot("postmortem", lambda d: XT + y(d) + "%s宕机事件及失败变更分析改进报告.docx" % co.sys(0), lambda d: postmortem(co, d))

    # --- 质量与安全: internal audit, the leading group's minutes, PDCA
    slot("audit", lambda d: ZL + y(d) + "%d年运维服务管理体系内部审核报告.pdf" % d.year, lambda d: audit_report(co, d))
    d = co.fresh()
    add(ZL + y(d) + "质控办追踪检查反馈单%s.pdf" % d.strftime("%Y%m%d"), tracer_feedback(co, d))
    inputs = tuple(x for x in ("perf", "feedback", "resources", "ca", "changes", "improve") if r.random() < 0.9)
    opps = r.random() < 0.5
    slot("review", lambda d: ZB + "会议纪要/%d/%s会议纪要（%s）.docx" % (d.year, co.group, iso(d)), lambda d: group_minutes(co, d, inputs, opps))
    slot("measurement", lambda d: ZL + y(d) + "信息中心质量与安全指标监测表（%d年）.xlsx" % d.year, lambda d: measurement(co, d))
    slot("capa", lambda d: ZL + y(d) + "质量持续改进记录表ZL-%d-05.docx" % d.year, lambda d: capa(co, d, verify=r.random() < 0.75))
    slot("improve_plan", lambda d: ZL + "PDCA/%d年信息中心持续改进（PDCA）工作计划.docx" % d.year, lambda d: improve_plan(co, d, criteria=r.random() < 0.75))
    scored, tracked = r.random() < 0.8, r.random() < 0.8
    slot("pdca_ledger", lambda d: ZL + "PDCA/PDCA持续改进项目登记表（%d年）.xlsx" % d.year, lambda d: pdca_ledger(co, d, scored, tracked))
    slot("pdca_case", lambda d: ZL + "PDCA/PDCA案例-机房巡检记录电子化（%d）.pptx.pdf" % d.year, lambda d: pdca_case(co, d))
    slot("improve_training", lambda d: ZB + "培训/%d/持续改进意识培训记录（%s）.docx" % (d.year, iso(d)), lambda d: improve_training(co, d))

    # --- 等级保护 and the 数据组's near misses
    slot("grading_criteria", lambda d: DB + "信息系统安全保护等级定级标准.pdf", lambda d: grading_criteria(co, d), "issued")
    slot("grading", lambda d: DB + "%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("mlps", lambda d: DB + "%d/%s等保测评报告.pdf" % (d.year, co.sys(2)), lambda d: mlps_report(co, d))
    d = co.fresh()
    add(SJ + "电子病历评级/%d年电子病历系统应用水平分级评价自评报告.docx" % d.year, emr_rating(co, d))
    if r.random() < 0.6:
        d = co.fresh()
        add(SJ + "互联互通/互联互通标准化成熟度测评整改报告.pdf", interop(co, d))

    # --- last year's copies of some of this year's records: they belong, but are stale
    for name, factory, when in list(made):
        if when.year != 2026 or r.random() > 0.17:
            continue
        before = when.replace(year=2025, day=min(when.day, 28))
        rel = name(before)
        if rel in co.used or rel == name(when):
            rel = "历年资料/2025/" + rel.split("/")[-1]
        if rel not in co.used:
            add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    ZB, WL, XT, AQ, YL, ZL = "01综合办/", "02网络组/", "03系统组/", "04安全组/", "06医联体/%s/" % co.customer, "07质量与安全/"

    def add(rel, doc, **opt):
        opt.setdefault("styled", r.random() < 0.5)
        co.add(rel, doc, **opt)

    # templates and blank forms
    add(ZB + "表单/信息系统变更申请单（空表）.xlsx",
        blank_sheet("信息系统变更申请单", co.fresh(), ["变更单号", "申请人", "变更内容", "影响范围", "回退方案", "审批意见", "验证人"]))
    add(ZB + "表单/【模板】信息安全不良事件报告表.docx",
        blank_text("信息安全不良事件报告表（模板）", co.fresh(), ["上报科室", "发生时间", "事件经过", "处置措施", "原因分析", "整改措施"]))
    add(WL + "机房巡检登记本（空白页）.pdf", blank_sheet("中心机房及网络安全设备巡检登记本", co.fresh(), ["日期", "UPS", "空调", "防火墙", "告警", "巡检人"]))
    add(ZB + "满意度/信息服务满意度调查问卷（模板）.docx", blank_text("信息服务满意度调查问卷（模板）", co.fresh(), ["报修响应及时性", "问题解决能力", "服务态度", "意见建议"]))
    add(AQ + "应急演练/应急演练记录表（模板）.docx", blank_text("应急演练记录表（模板）", co.fresh(), ["演练时间", "演练形式", "参加人员", "演练过程", "演练评估"]))
    # drafts
    d = co.fresh()
    add(ZB + "制度汇编/信息中心制度汇编（2027年修订版·征求意见稿）.docx",
        decoy(compendium(co, d, ["problem", "change", "fault"], True, ["room"], draft=True, edition=2027), "draft (征求意见稿)"))
    d = co.fresh()
    add(YL + "医联体成员单位信息化技术支持协议（草稿）.docx", decoy(sla(co, d), "draft", mark="（草稿）"))
    d = co.fresh()
    add(ZL + "PDCA/%d年信息中心持续改进（PDCA）工作计划（草稿）.docx" % (d.year + 1), decoy(improve_plan(co, d), "draft", mark="（草稿）"))
    # withdrawn
    d = date(2022, 3, 15)
    add(ZB + "制度/作废/信息系统问题管理制度（2022版）作废.docx", decoy(rule_doc(co, d, "problem", 7, version="2022版"), "obsolete", mark="（已作废）"))
    d = date(2021, 9, 6)
    add(XT + "应急预案/旧版/%s宕机应急预案（2021版作废）.pdf" % co.sys(0), decoy(downtime_plan(co, d, co.sys(0)), "obsolete", mark="（2021版，作废）"))
    # recycle bins
    d = co.fresh()
    rows, head = change_register(co, d)
    add("#recycle/03系统组/信息系统变更记录登记表（%d年）.xlsx" % d.year,
        decoy(ledger("change_records", "信息系统变更记录登记表（%d年）" % d.year, d, True, [("变更登记", head, rows, ["54/records"])]), "recycle bin"))
    d = co.fresh()
    add("回收站/%s应急演练记录（实战演练）.docx" % co.sys(0), decoy(drill_record(co, d, "实战演练", co.sys(0)), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[3:75:15]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        co.raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(3)), "Office lock file")
    co.raw(XT + "2026/.~lock.故障报修工单导出.xlsx#",
           (",%s,XXZX-PC%02d,16.11.2026 08:42,file:///C:/Users/xxzx/AppData/Roaming/LibreOffice/4;" % (co.p(4), r.randint(1, 40))).encode("utf-8"),
           "LibreOffice lock file")
    co.raw(WL + "2026/机房巡检/11月/机房巡检登记本（2026-11）.pdf", b"", "empty file")
    co.raw(AQ + "应急演练/2026/LIS系统宕机应急演练记录.docx", b"", "empty file")
    co.raw(ZB + "运行分析/2026/十一月份信息系统运行分析报告.docx", b"", "empty file")
    # training about plans and 制度; the 院办 notice about studying a plan
    for plan, word in [("%s宕机应急预案" % co.sys(0), "培训"), ("信息系统突发事件总体应急预案", "全院培训"), ("信息系统变更管理制度", "学习")]:
        if r.random() < 0.8:
            d = co.fresh()
            add(ZB + "培训/%d/《%s》%s签到表.xlsx" % (d.year, plan, word), signin(co, d, plan, word))
    d = co.fresh()
    co.add(ZB + "院发文件/%d年/OA导出_关于组织学习《%s宕机应急预案》的通知.txt" % (d.year, co.sys(0)), study_notice(co, d, "%s宕机应急预案" % co.sys(0)),
           **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    # documents that cite the 制度; the procedure that is no review record; the notice
    cites = [H_RULES[k][0] for k in ("secinc", "fault", "problem", "change", "knowledge", "slm", "audit", "improve")]
    d = co.issued()
    add(ZB + "制度/信息中心文件管理制度.docx", doc_control(co, d, 90, cites))
    add(ZB + "制度/信息中心现行制度目录（2026年）.xlsx", register(co, co.fresh(), cites))
    d = co.issued()
    add(ZB + "制度/信息中心管理评审制度.docx", review_rule(co, d, 91))
    d = co.fresh()
    add(ZB + "会议纪要/%d/关于召开%d年度信息中心管理评审会议的通知.docx" % (d.year, d.year), review_notice(co, d))
    d = co.fresh()
    add(AQ + "应急演练/%d/%s" % (d.year, "%d年%s宕机应急演练方案（脚本）.docx" % (d.year, co.sys(0))), drill_scheme(co, d))
    d = co.fresh()
    add(ZB + "厂商管理/厂商驻场服务月度考核表（%d-%02d）.pdf" % (d.year, d.month), vendor_review(co, d))
    add(ZB + "绩效/信息中心2026年科室绩效考核方案.xlsx", dept_kpi(co, co.fresh()))
    d = co.fresh()
    add(XT + "应急预案/%s宕机应急处置流程（张贴版）.pdf" % co.sys(1), downtime_poster(co, d, co.sys(1)))
    d = date(2026, 11, 1)
    add(ZB + "值班/2026年11月信息中心值班表.xlsx", duty_roster(co, d))
    # 医务、党建、后勤、院感、医保、护理
    for i in sorted(r.sample(range(len(UNRELATED_H)), 3)):
        folder, t, ext, doc = unrelated(co, co.fresh(), i)
        add("其他科室文件/%s/%s.%s" % (folder, t, ext), doc)
