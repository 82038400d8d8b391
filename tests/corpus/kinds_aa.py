# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_aa.py - style AA: the 信息中心 of a coal-mining group (煤业集团 / 能源集团).

A new author voice for the accuracy corpus, used only by the AA shares, written blind (from the
form, gen.py and the corpus README, never from the rule pack).  The 信息中心 runs the group's ERP and
the 安全生产 networks (矿井安全监控, 人员定位, 调度通信) and operates them for two 矿; one 煤矿 is the
form's customer.  Its people write as a mine's 调度 and 安全 staff do: 集团文件 with 文号 (…〔2026〕N号)
issuing 管理办法, a 制度汇编 whose 章 are several 办法, 作业指导书, 隐患排查 and 双重预防 (风险分级管控 +
隐患排查治理), 三违, 班前会, 调度值班 by 矿, 记录表 kept as tables (some scanned with signatures), and
files by 矿 and 年月.

Every builder returns a kinds.Doc whose items are only what its own text proves: optional sections add
their items only when written, a sheet with no data rows proves nothing.  build(co, lock_bytes) lays out
the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, ymd

# per share: the customer 矿 (short), the group's own other 矿, the 信息中心's 文号 prefix, the group's
AA_INFO = {
    "aa1": ("麻家梁矿", "塔山矿", "晋北能信", "晋北能源"),
    "aa2": ("红柳沟矿", "柠条塔矿", "陕北煤信", "陕北煤业"),
    "aa3": ("谢家湖矿", "顾桥矿", "淮东能信", "淮东能源"),
    "aa4": ("青龙山矿", "白岩矿", "鄂西煤信", "鄂西煤业"),
    "aa5": ("青龙山矿", "白岩矿", "鄂西煤信", "鄂西煤业"),
    "aa6": ("麻家梁矿", "塔山矿", "晋北能信", "晋北能源"),
    "aa7": ("红柳沟矿", "柠条塔矿", "陕北煤信", "陕北煤业"),
    "aa8": ("谢家湖矿", "顾桥矿", "淮东能信", "淮东能源"),
    "aa9": ("青龙山矿", "白岩矿", "鄂西煤信", "鄂西煤业"),
    "aa10": ("麻家梁矿", "塔山矿", "晋北能信", "晋北能源"),
    "aa11": ("红柳沟矿", "柠条塔矿", "陕北煤信", "陕北煤业"),
    "aa12": ("谢家湖矿", "顾桥矿", "淮东能信", "淮东能源"),
    "aa13": ("青龙山矿", "白岩矿", "鄂西煤信", "鄂西煤业"),
    "aa14": ("麻家梁矿", "塔山矿", "晋北能信", "晋北能源"),
    "aa15": ("红柳沟矿", "柠条塔矿", "陕北煤信", "陕北煤业"),
    "aa16": ("谢家湖矿", "顾桥矿", "淮东能信", "淮东能源"),
    "aa17": ("青龙山矿", "白岩矿", "鄂西煤信", "鄂西煤业"),
    "aa18": ("麻家梁矿", "塔山矿", "晋北能信", "晋北能源"),
    "aa19": ("红柳沟矿", "柠条塔矿", "陕北煤信", "陕北煤业"),
    "aa20": ("红柳沟矿", "柠条塔矿", "陕北煤信", "陕北煤业"),
    "aa21": ("红柳沟矿", "柠条塔矿", "陕北煤信", "陕北煤业"),
    "aa22": ("麻家梁矿", "塔山矿", "晋北能信", "晋北能源"),
    "aa23": ("红柳沟矿", "柠条塔矿", "陕北煤信", "陕北煤业"),
    "aa24": ("青龙山矿", "白岩矿", "鄂西煤信", "鄂西煤业"),
    "aa25": ("红柳沟矿", "柠条塔矿", "陕北煤信", "陕北煤业"),
    "aa26": ("青龙山矿", "白岩矿", "鄂西煤信", "鄂西煤业"),
    "aa27": ("谢家湖矿", "顾桥矿", "淮东能信", "淮东能源"),
    "aa28": ("红柳沟矿", "柠条塔矿", "陕北煤信", "陕北煤业"),
    "aa29": ("青龙山矿", "白岩矿", "鄂西煤信", "鄂西煤业"),
    "aa30": ("谢家湖矿", "顾桥矿", "淮东能信", "淮东能源"),
    "aa31": ("麻家梁矿", "塔山矿", "晋北能信", "晋北能源"),
    "aa32": ("青龙山矿", "白岩矿", "鄂西煤信", "鄂西煤业"),
    "aa33": ("青龙山矿", "白岩矿", "鄂西煤信", "鄂西煤业"),
    "aa34": ("青龙山矿", "白岩矿", "鄂西煤信", "鄂西煤业"),
    "aa35": ("青龙山矿", "白岩矿", "鄂西煤信", "鄂西煤业"),
    "aa36": ("红柳沟矿", "柠条塔矿", "陕北煤信", "陕北煤业"),
    "aa37": ("谢家湖矿", "顾桥矿", "淮东能信", "淮东能源"),
    "aa38": ("麻家梁矿", "塔山矿", "晋北能信", "晋北能源"),
}

SCAN = {"creator": "Canon iR-ADV C5535 扫描", "author": "scanner"}


def wh(co, d, seq):
    """A 文号 of the 信息中心."""
    return "%s〔%d〕%d号" % (co.wh, d.year, seq)


def signed(co, d):
    return [("table", [["编制", co.p(0), "审核", co.p(1), "批准", co.boss], ["日期", cnd(d), "", "", "", ""]])]


def scan_foot(co, d):
    return [("p", "（本页为签字扫描件）"), ("p", "签字：%s　%s　　%s" % (co.p(2), co.p(3), cnd(d)))]


# ------------------------------------------------------------------ 管理办法

# key -> (办法 name, items, [(章, [条])])
AA_RULES = {
    "problem": ("信息系统重复性故障与问题管理办法", ["20/procedure", "37/procedure"], [
        ("总则", ["为从根上消除信息系统反复出现的故障，减少对矿井安全生产的影响，制定本办法。",
                "问题是指造成一起或多起故障、根本原因尚未查明的隐患。"]),
        ("工作流程", ["同一系统一个月内同类故障重复两次，或单次故障造成调度通信中断的，由运维一组立问题单。",
                  "问题单经根因分析、制定整改措施、验证后关闭，分析结论录入运维知识库。"]),
        ("审批", ["本办法经中心主任办公会审议通过，自印发之日起执行。"])]),
    "knowledge": ("运维知识积累与共享管理办法", ["21/procedure"], [
        ("总则", ["为把故障处理、隐患整改中形成的经验沉淀下来，建立信息中心运维知识库，制定本办法。"]),
        ("知识的提交与审核", ["故障处理完毕三日内，处理人编写处理经验，班组长审核后入库。",
                      "知识按系统（安全监控、人员定位、调度通信、ERP）分类，每半年复核一次，过时条目下架。"]),
        ("附则", ["本办法自印发之日起执行，由运维管理科负责解释。"])]),
    "incident": ("信息系统故障（事件）处理管理办法", ["49/incident-procedure"], [
        ("总则", ["本办法适用于集团ERP、矿井安全监控、人员定位和调度通信等系统的故障（事件）处理。"]),
        ("受理与分级", ["故障由运维调度台统一受理、登记，按影响矿井生产的程度分为一般、较大、重大三级。",
                    "较大及以上故障立即报中心值班领导，涉及安全监控中断的同时报矿调度室。"]),
        ("处理与关闭", ["一线处理不了的30分钟内升级二线，处理完毕由报障人确认后关闭。"]),
        ("审批", ["本办法经中心主任办公会审议通过，自印发之日起施行。"])]),
    "request": ("信息服务申请受理管理办法", ["49/request-procedure"], [
        ("总则", ["为规范各矿、各部室提出的账号开通、权限调整、终端安装、数据导出等服务申请，制定本办法。"]),
        ("受理流程", ["申请人填写《信息服务申请单》或在运维平台提交，部门负责人审批后由运维调度台派单。",
                  "一般申请1个工作日内完成，涉及安全监控系统权限的须经矿总工程师签字。"]),
        ("附则", ["本办法自印发之日起施行。"])]),
    "change": ("信息系统变更管理办法", ["54/procedure"], [
        ("总则", ["为控制运维实施过程中方案、资源和配置的变更风险，防止因变更造成监测监控数据中断，制定本办法。"]),
        ("变更流程", ["变更实行申请、风险评估、审批、实施、验证、关闭全过程记录。",
                  "涉及井下监控分站、调度交换机的变更须避开交接班时段，并提前通知矿调度室。",
                  "变更失败的，按变更方案中的回退步骤恢复，并作为不良事件分析。"]),
        ("审批", ["本办法经中心主任办公会审议通过，自印发之日起施行。"])]),
    "slm": ("运维服务级别管理办法", ["39/slm-procedure"], [
        ("总则", ["为明确信息中心对各矿的服务承诺并按期考核，制定本办法。"]),
        ("服务级别的确定与评审", ["服务级别由信息中心与矿方协商确定，签订服务级别协议，每年评审一次。",
                        "运维管理科每月统计服务级别达成情况，未达成的分析原因并制定措施。"]),
        ("审批", ["本办法经审核批准后发布实施。"])]),
    "secinc": ("网络安全事件处置与报告办法", ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process"], [
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、设备设施故障等类别，按影响分为特别重大、重大、较大、一般四级。"]),
        ("报告程序", ["发现人立即报运维调度台，调度台15分钟内报中心值班领导，较大及以上事件1小时内报集团网络安全领导小组办公室。",
                  "涉及安全监控系统的，同时报矿调度室和集团调度指挥中心。"]),
        ("处置程序", ["按照先隔离、后处置的原则，保留日志和现场，必要时启动应急预案，按预案开展应急响应。"]),
        ("事后处理", ["事件处置结束后5个工作日内形成事件报告，分析原因、落实整改、追究责任，并纳入隐患排查治理台账。"])]),
    "training": ("网络安全培训服务工作流程", ["31/training-process"], [
        ("流程", ["每年初由运维管理科调查各矿培训需求，制定年度培训计划。",
                "培训实施后进行考试，考试结果录入培训档案，对效果差的课程下季度改进。"])]),
    "pentest": ("渗透测试工作流程", ["31/pentest-process"], [
        ("流程", ["渗透测试须经被测单位书面授权，明确测试范围、时间窗口和禁止事项（不得对井下监控分站进行压力测试）。",
                "测试实施、发现问题报告、整改、复测四个环节全程记录。"])]),
    "monitor": ("运维服务监视与测量管理办法", ["61/monitoring-process", "62/monitoring-process"], [
        ("总则", ["为掌握运维服务实际水平，对服务指标、客户满意度和投诉建议进行监视与测量，制定本办法。"]),
        ("监视测量", ["运维管理科每月统计服务指标，每季度编制监视测量报告，未达标项下发纠正措施通知单。"])]),
    "audit": ("运维管理体系内部审核管理办法", ["61/audit-system", "62/audit-mechanism"], [
        ("总则", ["信息中心每年至少组织一次覆盖全部运维过程的内部审核，审核员须经培训取得资格且不审核本人工作。"]),
        ("审核实施", ["审核按计划、实施、报告、不符合项整改、验证闭环进行，结果输入管理评审。"])]),
    "improve": ("运维服务持续改进管理办法", ["65/procedure"], [
        ("总则", ["为规范改进项目的识别、登记、批准、评估、测量和报告，制定本办法。"]),
        ("改进流程", ["改进机会来源于隐患排查、故障分析、客户意见和内审，由提出人登记《改进建议登记表》。",
                  "运维管理科组织评估并排定优先级，中心主任批准后实施，实施结果经测量后在月度例会上报告。"])]),
    "grading": ("信息系统安全保护等级划分办法", ["51/grading-criteria"], [
        ("定级标准", ["按照系统受到破坏后对矿井安全生产、企业经营和社会公共利益的侵害程度确定安全保护等级。",
                  "直接关系矿井安全的监测监控、人员定位系统原则上不低于第三级；集团ERP不低于第二级。"])]),
}

PDCA_CHAPTER = ("运维管理体系运行（PDCA）", ["10/pdca"], [
    ("策划（P）", ["每年一月制定年度运维工作计划和安全生产目标。"]),
    ("实施（D）", ["各运维组按计划开展巡检、维护和值班，按矿建立记录。"]),
    ("检查（C）", ["每月监视测量服务指标，每年开展内部审核和管理评审。"]),
    ("改进（A）", ["对发现的问题和隐患制定整改措施，纳入持续改进计划。"])])


def notice(co, d, key, seq):
    """A 集团/中心 文件 issuing one 办法 as its attachment."""
    name, items, chapters = AA_RULES[key]
    b = [("big", "%s信息中心文件" % co.grp), ("p", wh(co, d, seq)), ("title", "关于印发《%s》的通知" % name),
         ("p", "各矿信息站、中心各科室："), ("p", "现将《%s》印发给你们，请认真贯彻执行。" % name), ("p", "附件：%s" % name),
         ("p", "%s信息中心　%s" % (co.grp, cnd(d))), ("break",), ("h1", name)]
    n = 1
    for head, arts in chapters:
        b.append(("h2", head))
        for a in arts:
            b.append(("p", "第%d条　%s" % (n, a)))
            n += 1
    return Doc("rule", name, d, items, False, b)


def huibian(co, d, keys, pdca):
    """信息化管理制度汇编: each 章 one 办法."""
    b = [("title", "%s信息化运维管理制度汇编（%d版）" % (co.grp, d.year)), ("p", "%s信息中心 编印" % co.grp)] + signed(co, d)
    items = []
    chs = [AA_RULES[k] for k in keys] + ([PDCA_CHAPTER] if pdca else [])
    for i, (name, its, chapters) in enumerate(chs, 1):
        b.append(("h1", "第%d章　%s" % (i, name)))
        for head, arts in chapters:
            b.append(("h2", head))
            b += [("p", a) for a in arts]
        items += its
    return Doc("compendium", "信息化运维管理制度汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 客户矿 folder

def survey(co, d, sec):
    parts = [("一、调研情况", ["%s年%d月，信息中心运维管理科到%s调度室、机电科、通风科座谈，了解矿方对信息系统运维的需要。" % (d.year, d.month, co.cust)], []),
             ("二、服务时间要求", ["安全监控、人员定位系统要求7×24小时不间断运行，调度通信系统每天三班运行期间必须可用，ERP系统工作日8:00-18:00提供支持。",
                            "交接班（早7:30、午15:30、夜23:30）前后一小时内不安排计划停机。"], ["1/survey"])]
    if sec:
        parts.append(("三、安全服务需求", [("table", [["需求类型", "具体需求", "优先级"], ["边界防护", "监控网与办公网隔离，网闸策略核查", "高"],
                                                      ["漏洞管理", "每季度漏洞扫描及整改跟踪", "高"], ["终端防病毒", "调度台、监控主机病毒查杀", "中"],
                                                      ["等保测评配合", "安全监控系统三级测评整改", "中"]])], ["5/survey"]))
    return nar("survey", "%s信息系统运维需求调研报告" % co.cust, d, False, parts, post=signed(co, d))


def budget(co, d):
    return book("budget", "%s %d年信息系统运维预算表" % (co.cust, d.year), d, False, [
        ("预算", ["项目", "工作量（人·天）", "人员", "经费（万元）", "时间节点"],
         [["安全监控系统维护", 240, "运维一组 3人", 36.0, "全年"], ["人员定位基站巡检", 120, "运维二组 2人", 18.5, "每月"],
          ["调度通信系统保障", 180, "通信组 2人", 22.0, "全年"], ["等保测评整改", 40, "安全组 2人", 15.0, "%d年9月底前" % d.year],
          ["合计", 580, "9人", 91.5, ""]], ["2/budget"])])


def kickoff(co, d, decisions):
    t = "%s运维服务对接会会议纪要" % co.cust
    parts = [(None, ["时间：%s　地点：%s调度楼三楼会议室" % (cnd(d), co.cust),
                     "参加：矿方 %s（机电副矿长）、%s（调度主任）；信息中心 %s、%s" % (co.cp(0), co.cp(1), co.p(0), co.p(2))], [])]
    body, items = [], []
    body.append("一、双方对服务范围、服务时间、人员驻矿安排达成一致，矿方确认调研报告内容。")
    items.append("3/communication")
    if "interface" in decisions:
        body.append("二、矿方指定%s为网络安全管理接口人，信息中心指定%s为驻矿安全联络员，负责双方安全事务对接。" % (co.cp(1), co.p(3)))
        items.append("28/interface-person")
    if "desk" in decisions:
        body.append("三、故障和服务申请统一报信息中心运维调度台（电话 8866，7×24小时有人值守），调度台负责登记、派单、回访。")
        items.append("48/service-desk")
    parts.append(("会议议定事项", body, items))
    parts.append(("签字", ["矿方：%s　　信息中心：%s" % (co.cp(0), co.p(0))], []))
    return nar("communication", t, d, False, parts)


def history(co, d, strat):
    parts = [("一、近三年运行数据清单", [("table", [["年度", "故障数", "安全监控中断次数", "违章操作（三违）", "重大变更", "失败变更"],
                                             [str(d.year - 3), 41, 3, 5, 6, 1], [str(d.year - 2), 36, 2, 4, 8, 2], [str(d.year - 1), 29, 1, 2, 7, 0]])],
              ["4/history-list"]),
             ("二、分析", ["三年故障数逐年下降，服务指标完成率由92%%升至97%%；违章操作主要是未经审批修改监控分站参数；重大事件为%d年井下环网交换机宕机。" % (d.year - 2),
                         "失败变更集中在夜班实施、未做回退演练的交换机升级。"], ["4/analysis"])]
    if strat:
        parts.append(("三、保障策略与实施方案", ["变更一律避开交接班并准备回退方案；核心交换机双机热备；每月一次监控主机健康检查；三违纳入矿月度考核。"], ["4/strategy"]))
    return nar("history", "%s信息系统历年运行数据分析及保障策略" % co.cust, d, False, parts)


def sla(co, d, ways, core, health, sld):
    parts = [("第一条　服务范围", ["信息中心为%s提供%s的运维和安全保障服务。" % (co.cust, "、".join(co.systems))], [])]
    if ways:
        parts.append(("第二条　运维方式", ["驻矿值守：信息中心派1名运维员驻%s调度室；定期巡检：每月对机房和井下环网巡检一次；远程值守：夜班由中心运维调度台远程监视。" % co.cust],
                      ["35/sla"]))
    if core:
        parts.append(("第三条　服务级别与核心指标", [("table", [["指标", "承诺值"], ["安全监控系统可用率", "≥99.9%"], ["人员定位系统可用率", "≥99.5%"],
                                                        ["一般故障响应", "≤30分钟"], ["重大故障到场", "≤2小时"], ["故障恢复", "≤4小时"]])],
                      ["36/sla", "39/sla"]))
    if health:
        parts.append(("第四条　健康检查", ["对安全设备和业务系统每季度现场检查一次、每月远程检查一次，检查内容包括设备运行状态、日志、策略和性能，出具检查报告。"],
                      ["15/agreement"]))
    if sld:
        parts.append(("附件　服务级别设计说明", ["服务按安全生产影响分为一级（安全监控、人员定位）、二级（调度通信）、三级（ERP），分别对应响应和恢复时限。"], ["8/sld"]))
    parts.append(("签署", ["甲方：%s（盖章）　乙方：%s信息中心（盖章）　%s" % (co.cust, co.grp, cnd(d))], []))
    return nar("sla", "%s信息系统运维服务级别协议" % co.cust, d, False, parts)


def ola(co, d):
    return nar("ola", "信息中心内部运营级别协议（调度台—运维组—安全组）", d, False, [
        (None, ["本协议按与各矿签订的服务级别协议的服务级别设计制定，响应、恢复时限与之保持一致。",
                ("table", [["服务级别", "对矿承诺", "调度台派单", "运维组到位", "安全组支持"], ["一级", "30分钟响应", "5分钟", "25分钟", "30分钟"],
                           ["二级", "1小时响应", "10分钟", "50分钟", "1小时"]])], ["8/ola"])])


def catalog(co, d, l2, l1):
    rows = [["服务类别", "服务内容", "频次"], ["初始服务", "资产识别、配置建档、运维交接", "入场时"], ["安全设备运维", "防火墙、网闸、IDS日常维护", "每日"],
            ["日常巡检", "机房及井下环网巡检", "每日/每月"], ["健康检查", "安全设备及业务系统健康检查", "每季度"], ["安全事件审计", "日志收集与审计", "每周"]]
    items = ["12/catalog", "29/catalog"]
    if l2:
        rows += [["运维监控与分析", "监控平台告警分析、月度分析", "每月"], ["终端安全监控", "调度台、监控主机终端管控", "实时"], ["等保合规运维", "等级保护合规检查与整改", "每年"]]
        items.append("19/catalog")
    if l1:
        rows += [["安全通告及漏洞分析", "漏洞、病毒、政策通告及分析", "每月"], ["应急响应", "事件应急处置", "随时"]]
        items.append("26/catalog")
    return book("catalog", "信息中心运维服务项目清单", d, False, [("服务项目", rows[0], rows[1:], items)])


def health(co, d, mine):
    return book("health", "%s安全设备及业务系统健康检查记录表（%d年%d月）" % (mine, d.year, d.month), d, True, [
        ("检查记录", ["检查对象", "检查方式", "可用性", "运行时长", "CPU/内存", "结论", "检查人"],
         [["监控网防火墙", "现场", "正常", "187天", "21%/40%", "良好", co.p(2)], ["安全监控服务器", "远程", "正常", "96天", "35%/62%", "良好", co.p(3)],
          ["人员定位服务器", "现场", "正常", "64天", "18%/51%", "良好", co.p(2)], ["调度交换机", "现场", "正常", "302天", "9%/30%", "良好", co.p(4)]],
         ["15/records", "46/records"])])


def csat(co, d, mine):
    return nar("csat", "%s %d年信息化服务满意度调查报告" % (mine, d.year), d, True, [
        ("调查情况", ["向矿调度室、机电科、各区队发放调查表30份，收回28份。"], []),
        ("结果与分析", [("table", [["项目", "满意", "基本满意", "不满意"], ["响应速度", 22, 5, 1], ["处理质量", 24, 4, 0], ["服务态度", 26, 2, 0]]),
                     "总体满意率96.4%，主要意见是夜班故障到场慢。"], ["41/surveys", "58/survey", "63/survey", "57/measurement"])])


def csat_trend(co, d):
    return nar("csat_trend", "近三年各矿服务满意度变化分析", d, True, [
        (None, [("table", [["年度", "%s" % co.cust, "%s" % co.mine2], [d.year - 2, "91.2%", "89.5%"], [d.year - 1, "94.0%", "92.1%"], [d.year, "96.4%", "95.0%"]]),
                "满意度逐年上升，夜班响应仍是短板，下一年重点增设夜班二线。"], ["41/trend"])])


def callbacks(co, d):
    return book("callbacks", "服务回访记录表", d, True, [
        ("回访", ["日期", "矿", "回访对象", "回访内容", "意见"], [[ymd(d - timedelta(days=20 * i)), co.cust if i % 2 else co.mine2, co.cp(i), "故障处理回访", "满意"] for i in range(5)],
         ["63/follow-up-visits"])])


# ------------------------------------------------------------------ 组织

def org(co, d, vendor):
    parts = [("一、网络安全和信息化领导小组", ["组长：%s（集团分管副总经理）；副组长：%s；成员：各矿总工程师、信息中心各科科长。" % (co.boss, co.p(0))], []),
             ("二、组织架构", [("table", [["层级", "机构", "职责"], ["领导层", "网络安全和信息化领导小组", "决策、资源保障"],
                                        ["管理层", "信息中心运维管理科", "制度、考核、服务级别"], ["执行层", "运维一组、二组、通信组、安全组、运维调度台", "运维实施、值班"]])],
              ["9/org-chart", "23/org-chart"]),
             ("三、岗位设置", [("table", [["岗位", "职责", "人员"], ["运维调度员", "受理、派单、值班", co.p(5)], ["系统运维员", "巡检、维护、故障处理", co.p(2)],
                                        ["安全管理员", "安全策略、日志审计、漏洞管理", co.p(3)], ["配置管理员", "资产台账与配置库维护", co.p(4)]])],
              ["18/roles", "23/roles"])]
    if vendor:
        parts.append(("四、外协人员", ["执行层安全组含%s驻场工程师%s、%s，参与监控网安全运维。" % (co.vendor, co.vp(0), co.vp(1))], ["9/outsourcing"]))
    return nar("org", "信息中心网络安全组织机构及岗位职责", d, False, parts, post=signed(co, d))


def staff(co, d):
    rows = [[co.p(i), ["主任", "科长", "工程师", "安全管理员", "配置管理员", "调度员"][i], "信息中心", "1390%07d" % (1234 + i)] for i in range(6)]
    rows += [[co.vp(i), "驻场工程师", co.vendor, "1580%07d" % (77 + i)] for i in range(2)]
    return book("staff", "运维人员花名册", d, False, [("花名册", ["姓名", "岗位", "单位", "电话"], rows, ["9/staff-list"])])


# ------------------------------------------------------------------ 记录 by 矿 and month

def device_log(co, d, mine, kinds):
    """安全设备运行维护记录: one workbook, a sheet per record kind (handwritten-style 记录表)."""
    S = {
        "daily": ("日常维护", ["日期", "设备", "维护内容", "状态", "维护人"], [[ymd(d - timedelta(days=i)), "监控网防火墙", "策略核对、日志清理", "正常", co.p(2)] for i in range(4)],
                  ["14/maintenance", "44/maintenance"]),
        "patrol": ("巡检", ["日期", "巡检部位", "发现问题", "处理", "巡检人"], [[ymd(d - timedelta(days=7 * i)), "井下-350环网交换机", "无" if i else "风扇异响", "—" if i else "已更换风扇", co.p(4)] for i in range(4)],
                   ["44/inspection"]),
        "virus": ("查杀", ["日期", "终端", "病毒库版本", "查杀结果", "操作人"], [[ymd(d - timedelta(days=10 * i)), "调度台%d号机" % (i + 1), "2026.%02d" % d.month, "未发现", co.p(3)] for i in range(3)],
                  ["44/virus-scan"]),
        "fault": ("故障处理", ["时间", "设备", "故障现象", "处理过程", "恢复时间"], [[ymd(d - timedelta(days=9)), "人员定位基站12#", "离线", "更换电源模块", "2小时"]],
                  ["44/faults"]),
        "hw": ("硬件故障统计", ["月份", "设备类别", "故障次数", "主要原因"], [["%d-%02d" % (d.year, d.month), "交换机", 1, "风扇"], ["%d-%02d" % (d.year, d.month), "基站", 1, "电源"]],
               ["14/hardware-faults"]),
        "upgrade": ("升级保养", ["日期", "设备", "内容", "版本", "操作人"], [[ymd(d - timedelta(days=15)), "IDS", "特征库升级", "V5.%d" % d.month, co.p(3)]],
                    ["44/upgrades"]),
    }
    sheets = [(n, h, rows if k in kinds else [], its) for k, (n, h, rows, its) in S.items()]
    return book("device_log", "%s安全设备运行维护记录（%d年%d月）" % (mine, d.year, d.month), d, True, sheets)


def duty_log(co, d, mine, resp):
    """调度值班记录: events, shift handovers, response times by 矿."""
    rows = [[ymd(d), "夜班", co.p(5), "安全监控系统运行正常；22:14 人员定位分站7#通讯中断，22:20 通知运维一组，22:41 到场，23:30 恢复", co.p(2)],
            [ymd(d + timedelta(days=1)), "早班", co.p(5), "班前会传达三违通报；ERP登录缓慢，8:05受理，8:20处理完毕", co.p(4)],
            [ymd(d + timedelta(days=2)), "中班", co.p(5), "调度交换机巡检正常，无异常告警", co.p(2)]]
    items = ["18/availability-events", "22/events"]
    sheets = [("值班记录", ["日期", "班次", "值班员", "运行情况及处理", "交接人"], rows, items)]
    if resp:
        sheets.append(("响应时间统计", ["事件", "级别", "承诺响应", "实际响应", "是否达标"],
                       [["分站7#通讯中断", "一级", "30分钟", "27分钟", "是"], ["ERP登录缓慢", "三级", "1小时", "15分钟", "是"]], ["55/response-times"]))
    return book("duty_log", "%s调度值班记录（%d年%d月）" % (mine, d.year, d.month), d, True, sheets)


def audit_weekly(co, d, mine):
    return nar("log_audit", "%s网络安全日志审计周报（%s）" % (mine, ymd(d)), d, True, [
        ("一、日志收集情况", ["收集监控网防火墙、网闸、核心交换机日志，安全监控服务器、人员定位服务器Windows/Linux系统日志，ERP应用访问日志，共计86万条。"], []),
        ("二、审计分析", ["发现办公网对监控网的越权访问尝试12次，均被网闸拦截；ERP账号异地登录2次，已核实为出差人员。",
                     "服务器系统日志中发现U盘插入记录3次，已按三违处理通报。"], ["17/log-analysis", "45/audit-report", "47/audit"]),
        ("三、监控与防病毒", ["安全设备监控告警全部闭环；防病毒服务器病毒库已更新，本周查杀病毒2个。"], ["45/monitoring", "45/antivirus"])])


def collect(co, d, mine, which):
    S = {"config": ("配置采集", ["设备", "配置版本", "采集时间"], [["监控网防火墙", "cfg-%s" % ymd(d), ymd(d)], ["核心交换机", "cfg-%s" % ymd(d), ymd(d)]], ["16/config"]),
         "traffic": ("流量采集", ["链路", "峰值带宽", "平均带宽"], [["矿-集团专线", "86Mbps", "32Mbps"], ["井下环网", "410Mbps", "120Mbps"]], ["16/traffic"]),
         "status": ("状态采集", ["系统", "CPU", "内存", "在线状态"], [["安全监控主机", "31%", "58%", "在线"], ["人员定位主机", "22%", "47%", "在线"]], ["16/status"])}
    sheets = [(n, h, rows if k in which else [], its) for k, (n, h, rows, its) in S.items()]
    return book("collect", "%s安全信息采集记录表（%d年%d月）" % (mine, d.year, d.month), d, True, sheets)


def assets(co, d):
    rows = [["ZC-%s-%03d" % (co.short, i + 1), n, m, lv, loc, port, "已建档"] for i, (n, m, lv, loc, port) in enumerate([
        ("监控网防火墙", "NSG-5000", "重要", "%s调度楼机房" % co.cust, "G0/1-G0/4"), ("安全监控服务器", "DL380 Gen10", "核心", "%s调度楼机房" % co.cust, "—"),
        ("井下环网交换机", "KJJ127", "核心", "-350水平变电所", "光口1-4"), ("人员定位基站", "KJ251-F", "一般", "11采区", "RS485"),
        ("ERP应用服务器", "Power S922", "重要", "集团数据中心", "—")])]
    return book("assets", "信息资产台账", d, True, [("台账", ["资产编号", "名称", "型号", "等级", "物理位置", "端口", "档案"], rows, ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel, upd):
    sheets = [("配置项", ["CI编号", "名称", "类型", "责任人", "访问权限", "备份"], [["CI-%03d" % i, n, t, co.p(i), "只读/运维组", "每周"] for i, (n, t) in
                                                                  enumerate([("安全监控系统", "应用"), ("监控网防火墙", "安全设备"), ("井下环网", "网络"), ("人员定位系统", "应用")], 1)],
               ["27/cmdb"])]
    sheets.append(("关联关系", ["CI", "关联CI", "关系"], [["安全监控系统", "井下环网", "依赖"], ["安全监控系统", "监控网防火墙", "受保护"]] if rel else [], ["38/cmdb-relations"]))
    sheets.append(("变更记录", ["日期", "CI", "变更内容", "操作人"], [[ymd(d - timedelta(days=30)), "监控网防火墙", "新增网闸策略", co.p(3)]] if upd else [], ["43/ci-updates"]))
    return book("cmdb", "运维配置库", d, True, sheets)


def change_slips(co, d, mine):
    rows = [["BG-%s-%02d" % (ymd(d), i), c, "低" if i else "中", co.boss, "成功"] for i, c in enumerate(["调度交换机固件升级", "ERP补丁", "监控服务器扩容"])]
    return book("changes", "%s变更申请审批单汇总（%d年）" % (mine, d.year), d, True, [
        ("变更单", ["编号", "变更内容", "风险", "批准人", "结果"], rows, ["54/records", "43/process-records"])])


# ------------------------------------------------------------------ 安全

def bulletin(co, d, full):
    parts = [("一、漏洞通告", ["本月通报监控网防火墙高危漏洞1个、Windows补丁12个，已在%s、%s完成修复。" % (co.cust, co.mine2)], ["52/vulnerability", "53/bulletin"]),
             ("二、病毒通告", ["勒索病毒新变种通过U盘传播，严禁在调度台使用未登记U盘。"], ["52/virus"])]
    if full:
        parts += [("三、政策法规与行业动态", ["国家矿山安全监察局关于煤矿安全监控系统升级改造的要求；《网络安全法》修订要点。"], ["52/policy"]),
                  ("四、分析", ["本月漏洞主要集中在老旧工控主机，建议列入下一季度升级计划。"], ["52/analysis"])]
    return nar("bulletin", "网络安全通报（%d年第%d期）" % (d.year, d.month), d, True, parts)


def pentest_plan(co, d):
    return nar("pentest_plan", "%d年信息系统渗透测试计划" % d.year, d, False, [
        (None, [("table", [["对象", "时间", "方式", "授权"], ["集团ERP互联网入口", "%d年5月" % d.year, "黑盒", "已授权"], ["%s办公网" % co.cust, "%d年9月" % d.year, "灰盒", "已授权"]])],
         ["31/pentest-plan", "32/pentest-plan"])])


def pentest_report(co, d):
    return nar("pentest", "ERP互联网入口渗透测试记录", d, True, [
        (None, ["测试时间：%s，测试人：%s、%s。" % (cnd(d), co.p(3), co.vp(0)), "发现中危问题2个（弱口令、目录遍历），已整改并复测通过。"],
         ["31/pentest-records", "32/pentest-records"])])


def dev_plan(co, d):
    return nar("dev_plan", "安全工具开发计划（%d年）" % d.year, d, False, [
        (None, ["根据各矿需求，开发安全监控主机基线核查脚本、U盘接入告警小工具；计划%d年6月完成第一版，10月推广至各矿。" % d.year], ["33/dev-plan"])])


def grading(co, d):
    return nar("grading", "信息系统安全保护等级定级情况表", d, False, [
        (None, [("table", [["系统", "等级", "备案"], [co.sys(0), "第三级", "已备案"], [co.sys(1), "第三级", "已备案"], [co.sys(2), "第二级", "已备案"]])], ["51/grading"])])


def emergency_plan(co, d, recovery):
    parts = [("一、适用范围", ["适用于安全监控、人员定位、调度通信及ERP系统突发网络安全事件和故障。"], []),
             ("二、应急处置", ["事件分级与报告按《网络安全事件处置与报告办法》执行；处置组30分钟内到位，先保安全监控数据上传。"],
              ["34/emergency-process", "36/emergency-plan", "53/emergency-plan", "55/plan"])]
    if recovery:
        parts.append(("三、系统恢复", ["安全监控主机双机切换不超过10分钟；数据从每日备份恢复，RPO≤24小时，RTO≤4小时。"], ["36/recovery-plan"]))
    return nar("emergency_plan", "信息系统突发事件应急预案", d, False, parts, post=signed(co, d))


def bcp(co, d):
    return nar("bcp", "安全生产信息系统业务连续性计划", d, False, [
        (None, ["确保在机房断电、光缆中断、勒索病毒等情况下，矿井安全监控和调度通信不中断或尽快恢复；备用机房设在%s，半年切换演练一次。" % co.mine2],
         ["42/bcp"])], post=signed(co, d))


def drill(co, d, mine, recov):
    parts = [(None, ["演练时间：%s　地点：%s调度室　参演：%s、%s、矿调度员%s" % (cnd(d), mine, co.p(2), co.p(3), co.cp(2)),
                     "场景：监控网遭受勒索病毒，安全监控主机被加密。演练按应急预案完成报告、隔离、处置全过程，用时42分钟。"],
              ["40/emergency-drill", "53/drill"])]
    if recov:
        parts.append(("恢复演练", ["切换至备机并从备份恢复数据，安全监控数据上传在18分钟内恢复。"], ["40/recovery-drill"]))
    parts.append(("总结评估", ["夜班人员对隔离步骤不熟，下月补充培训。"], []))
    return nar("drill", "%s网络安全应急演练记录" % mine, d, True, parts, post=scan_foot(co, d))


# ------------------------------------------------------------------ 报表与分析

def monthly(co, d, trend, avail):
    parts = [("一、运行指标", [("table", [["指标", "本月", "上月", "趋势"], ["安全监控可用率", "99.96%", "99.91%", "↑"], ["故障数", 7, 9, "↓"], ["响应达标率", "98%", "96%", "↑"]])],
              ["50/monitoring-report"] if trend else [])]
    if avail:
        parts.append(("二、可用性", ["本月可用性事件2起，均在承诺时间内恢复，可用性目标达成。"], ["18/availability-report", "22/report"]))
    parts.append(("三、下月工作", ["完成二季度隐患排查。"], []))
    return nar("monthly", "信息中心运行分析月报（%d年%d月）" % (d.year, d.month), d, True, parts)


def avail_plan(co, d):
    return nar("avail_plan", "%d年信息系统可用性保障计划" % d.year, d, False, [
        (None, ["目标：安全监控、人员定位可用率≥99.9%；措施：双机热备、UPS月检、环网自愈测试每季度一次；可用性事件按月统计报告。"],
         ["18/availability-plan", "22/plan"])])


def kpi_list(co, d):
    return book("kpi", "信息系统可用性指标清单", d, False, [
        ("指标", ["类别", "指标", "目标"], [["整体", "核心系统综合可用率", "≥99.9%"], ["单系统", "安全监控系统可用率", "≥99.95%"], ["单系统", "ERP可用率", "≥99.5%"]],
         ["6/availability-kpis"])])


def inc_stats(co, d, analysis):
    sheets = [("统计", ["月份", "有害程序", "网络攻击", "设备故障", "合计"], [["%d-%02d" % (d.year, m), m % 2, 1, 2, m % 2 + 3] for m in range(1, min(d.month, 6) + 1)],
               ["18/incident-stats"])]
    if analysis:
        sheets.append(("分析", ["结论"], [["上半年事件以设备故障为主，攻击尝试均被拦截；U盘违规使用是病毒主要来源。"]], ["18/incident-analysis"]))
    return book("inc_stats", "网络安全事件统计分析表（%d年）" % d.year, d, True, sheets)


def data_collect(co, d):
    rows = [["异常报告及时率", "98%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "97%"], ["故障隐患发现率", "92%"], ["异常主动发现率", "85%"],
            ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "96%"], ["补丁安装及时率", "93%"], ["安全事件次数", "4"]]
    return book("data", "运维数据月度汇总（%d年%d月）" % (d.year, d.month), d, True, [("数据", ["指标", "本月值"], rows, ["56/data"])])


def assess(co, d, capa):
    sheets = [("考核", ["项目", "目标", "实际", "达成"], [["满意度", "≥95%", "96.4%", "是"], ["投诉", "0", "1", "否"], ["响应达标率", "≥98%", "97%", "否"]], ["57/measurement"])]
    sheets.append(("纠正措施", ["编号", "未达标项", "原因", "措施", "验证"], [["JZ-01", "响应达标率", "夜班人手不足", "增设二线备班", "已验证"]] if capa else [],
                   ["57/capa", "60/corrective-actions"]))
    return book("assess", "运维服务指标考核及纠正措施单（%d年第%d季度）" % (d.year, (d.month + 2) // 3), d, True, sheets)


def hazards(co, d, verified):
    """双重预防: 隐患排查治理台账, the preventive actions and their checks."""
    rows = [["YH-%02d" % i, m, h, c, co.p(i), "已验证有效" if verified else "整改中"] for i, (m, h, c) in enumerate([
        (co.cust, "监控主机未设登录失败锁定", "启用账户锁定策略"), (co.mine2, "UPS电池超期", "更换电池组"), (co.cust, "环网单链路运行", "增设冗余链路")], 1)]
    items = ["66/preventive-actions"] + (["66/effectiveness"] if verified else [])
    return book("hazards", "信息系统双重预防（风险分级管控与隐患排查治理）台账", d, True, [
        ("隐患排查", ["编号", "矿", "隐患", "预防措施", "责任人", "验证"], rows, items)])


def improve_plan(co, d, criteria):
    parts = [("一、改进项目", [("table", [["项目", "目标", "责任人", "完成时间"], ["夜班二线备班", "响应达标率≥98%", co.p(0), "%d年6月" % d.year],
                                       ["监控主机基线自动核查", "人工核查时间减半", co.p(3), "%d年9月" % d.year]])], ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("二、评估标准", ["按对安全生产的影响、实施成本、见效时间三项打分，总分≥7分立项；实施后按目标值测量并在月度例会上报告。"], ["64/criteria"]))
    return nar("improve_plan", "%d年运维服务持续改进计划" % d.year, d, False, parts)


def improve_ledger(co, d, prio, done):
    rows = [["GJ-%02d" % i, t, s, "高" if s >= 8 else "中", "已批准（%s）" % co.boss, "已完成，达标" if done else "实施中"] for i, (t, s) in enumerate(
        [("夜班二线备班", 9), ("基线核查脚本", 7), ("知识库分类优化", 6)], 1)]
    items = ["67/analysis"] + (["67/prioritisation"] if prio else []) + (["68/implementation", "68/effectiveness"] if done else [])
    head = ["编号", "改进机会", "评分", "优先级", "批准", "实施及效果"]
    if not prio:
        # Unranked: no 评分 / 优先级 columns (the ledger used to rank every opportunity while its
        # truth said it ranked none; corrected after the fifteenth part was scored).
        head = head[:2] + head[4:]
        rows = [r[:2] + r[4:] for r in rows]
    return book("improve", "改进建议登记及实施跟踪表", d, True, [("改进", head, rows, items)])


def banqian(co, d, mine):
    """班前会记录: 三违 通报 and, this time, 持续改进 宣贯."""
    return nar("banqian", "%s运维班组班前会记录（%s）" % (mine, ymd(d)), d, True, [
        (None, ["主持：%s　参加：%s、%s、%s" % (co.p(1), co.p(2), co.p(4), co.p(5)),
                "一、通报上周三违1起（未经审批重启监控分站），责任人已作检查。",
                "二、宣贯服务持续改进：每人每季度至少提出一条改进建议，改进成效纳入绩效；讲解本年改进计划。"], ["69/awareness-training"])],
        post=scan_foot(co, d))


def desk_training(co, d):
    return book("desk_training", "运维调度台人员培训记录", d, True, [
        ("培训", ["日期", "内容", "讲师", "参训人", "考核"], [[ymd(d), "故障受理与分级派单", co.p(1), co.p(5), "合格"], [ymd(d + timedelta(days=30)), "安全监控告警识读", co.p(2), co.p(5), "合格"]],
         ["48/training"])])


def kb(co, d):
    return book("kb", "运维知识库导出", d, True, [
        ("知识", ["编号", "系统", "标题", "处理方法"], [["ZS-%03d" % i, s, t, m] for i, (s, t, m) in enumerate([
            ("安全监控", "分站通讯中断", "检查电源与光端机"), ("人员定位", "标识卡批量离线", "重启读卡器并校时"), ("ERP", "登录缓慢", "清理会话表")], 1)], ["21/knowledge-base"])])


def impact(co, d, auto):
    parts = [("一、以往服务方案及对生产的影响", ["近两年42项运维方案中，3项曾造成监控数据短时中断（均<5分钟），其余对生产无影响。"], ["7/impact-analysis"])]
    if auto:
        parts.append(("二、可自动化的服务", ["按事件处理时效分析，病毒库更新、配置备份、日志汇总耗时占比高且步骤固定，下年实现自动化。"], ["7/automation"]))
    return nar("impact", "运维服务方案生产影响及自动化分析", d, True, parts)


def defects(co, d):
    return nar("defects", "%d年重大故障及失败变更分析报告" % d.year, d, True, [
        (None, ["本年发生失败变更1次（交换机固件升级回退）、服务不达标2次。原因为夜班实施且未演练回退；改进：变更窗口前移至中班、回退步骤演练入变更单。"],
         ["70/defect-analysis"])])


def forecast(co, d):
    return nar("forecast", "运维数据汇总分析及%d年服务预测" % (d.year + 1), d, True, [
        (None, [("table", [["类别", str(d.year - 1), str(d.year), "预测" + str(d.year + 1)], ["事件", 312, 276, "约250"], ["变更", 88, 95, "约100"], ["请求", 1420, 1510, "约1600"], ["问题", 14, 11, "约10"]]),
                "日志量随智能化矿山建设增长，请求量将继续上升，需增加调度台人力。"], ["71/forecast"])])


def internal_audit(co, d):
    return nar("audit", "%d年运维管理体系内部审核报告" % d.year, d, True, [
        (None, ["审核组长：%s；范围：运维全部过程及%s、%s两矿现场。" % (co.p(1), co.cust, co.mine2), "审核准则：体系文件、服务级别协议、认证标准要求。",
                "发现不符合项2项（变更单缺回退步骤、知识库未按期复核），已整改验证。结论：体系有效实施和保持。"], ["59/internal-audit"])])


def review(co, d, inputs):
    parts = [(None, ["时间：%s　主持：%s" % (cnd(d), co.boss)], ["59/management-review"])]
    I = {"fb": ("客户反馈", "两矿满意度96.4%和95.0%，投诉1起。", "60/customer-feedback"),
         "perf": ("服务和流程执行情况", "服务级别达成率97%，流程符合性良好。", "60/performance"),
         "res": ("资源水平", "现有运维人员14人，预测明年智能化矿山项目需增加3人。", "60/resources"),
         "ca": ("纠正措施进展", "上次评审3项纠正措施已完成2项。", "60/corrective-actions"),
         "chg": ("影响服务的变更", "集团ERP升级和监控系统升级改造将影响服务。", "60/changes"),
         "imp": ("改进机会", "夜班响应、基线自动核查。", "60/improvements")}
    for k in inputs:
        h, t, it = I[k]
        parts.append((h, [t], [it]))
    parts.append(("决议", ["一、同意增设夜班二线；二、批准改进计划；三、年底前完成监控网等保整改。"], []))
    return nar("review", "%d年管理评审会议纪要" % d.year, d, True, parts)


def manual_book(co, d, n):
    mods = [("安全监控系统日常巡检作业指导书", "检查主机、分站、传感器在线率，记录异常"), ("井下环网交换机更换作业指导书", "停电申请、更换、测试、送电"),
            ("防火墙策略变更作业指导书", "备份配置、变更、验证、回退"), ("人员定位基站维护作业指导书", "基站检查、标识卡校验")]
    b = [("title", "信息中心运维作业指导书汇编"), ("p", "本汇编同时作为现场施工手册使用。")]
    for t, s in mods[:n]:
        b += [("h1", t), ("p", "作业步骤：%s。安全注意：下井须携带自救器，执行敲帮问顶。" % s)]
    items = ["11/manuals"] + (["24/work-instructions"] if n else [])
    return Doc("manuals", "信息中心运维作业指导书汇编", d, items, False, b)


def wi_single(co, d, k):
    t = ["安全监控主机病毒查杀作业指导书", "调度通信系统数据备份作业指导书"][k]
    return nar("wi", t, d, False, [(None, ["一、适用范围：各矿。", "二、作业步骤：准备、执行、核对、记录。", "三、记录：填写对应记录表。"], ["24/work-instructions"])], post=signed(co, d))


def retrofit(co, d, parts_on):
    parts = [("一、改造需求", ["与%s机电科确认改造需求：监控主机性能、数据上传时延、与集团平台接口安全。" % co.cust], ["11/requirements"] if "req" in parts_on else []),
             ("二、测试计划", ["割接前在测试环境验证功能、性能、安全三项，安排测试用例42个。"], ["25/test-plan"])]
    if "rb" in parts_on:
        parts.append(("三、回退措施", ["保留原系统至少30天，割接失败立即切回原主机，回退时间≤30分钟。"], ["11/rollback", "25/rollback"]))
    return nar("retrofit", "安全监控系统升级改造实施方案", d, True, parts)


def compat(co, d):
    return nar("compat", "安全监控系统升级兼容性验证报告", d, True, [
        (None, ["网络兼容：新主机与井下环网、集团专线互通正常；系统兼容：与原分站协议兼容；应用兼容：与人员定位、调度通信联动正常。结论：通过。"],
         ["11/compatibility"])])


def baseline(co, d):
    return book("baseline", "主机与安全设备安全基线", d, False, [
        ("基线", ["对象", "配置项", "基线值"], [["Windows监控主机", "密码长度", "≥8位"], ["Windows监控主机", "USB存储", "禁用"], ["防火墙", "管理方式", "仅SSH/HTTPS"]], ["25/baseline"])])


# ------------------------------------------------------------------ decoy-only builders

def signin(co, d, plan):
    rows = [["学习内容", "《%s》"], ["日期", cnd(d)], ["姓名", "签字"]]
    rows[0][1] = rows[0][1] % plan
    rows += [[co.p(i), co.p(i)] for i in range(5)]
    return decoy(Doc("training", "《%s》学习签到表" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def cites(co, d):
    names = [AA_RULES[k][0] for k in ("incident", "change", "problem", "improve", "slm")]
    b = [("title", "信息中心运维工作总则"), ("p", "信息中心运维工作按以下制度执行：")] + [("p", "《%s》" % n) for n in names]
    return decoy(Doc("cites", "信息中心运维工作总则", d, [], False, b), "cites other procedures")


UNRELATED = [
    ("综合办", "%d年职工食堂就餐管理规定", ["就餐凭卡。", "严禁浪费。"]),
    ("党群", "%d年矿区文化节活动方案", ["活动时间：五月。", "各矿组织文艺节目。"]),
    ("安全生产", "%d年雨季三防工作安排", ["防洪、防排水、防雷电。", "各矿成立雨季三防领导组。"]),
    ("生产技术", "%d年采掘接续计划", ["11采区接续12采区。", "掘进进尺计划1.2万米。"]),
    ("财务", "%d年差旅费报销标准", ["住宿按职级标准。", "超标部分自理。"]),
]


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an AA share: 01制度/ (集团文件, 汇编), 02作业指导书/, <矿>/<年月>/ records,
    调度值班/<矿>/, 安全管理/ (隐患, 通报, 渗透, 应急), 运维管理科/ (报表, 考核, 改进, 审核),
    客户服务/<客户矿>/, 归档/<年>/ stale copies, decoys."""
    co.cust, co.mine2, co.wh, co.grp = AA_INFO[co.info_id]
    r = co.rng
    ZD, ZY, AQ, GL, DD = "01制度文件/", "02作业指导书/", "安全管理/", "运维管理科/", "调度值班/"
    KH = "客户服务/%s/" % co.cust
    opt_keys = ["budget", "history", "ola", "staff", "kpi", "impact", "compat", "baseline", "kb", "pentest_plan", "pentest", "dev", "bcp",
                "trend", "callbacks", "desk_training", "data", "hazards", "improve_plan", "improve", "audit", "review", "forecast", "grading",
                "cmdb", "collect", "defects", "monthly", "inc_stats", "avail_plan", "banqian", "retrofit", "manuals"]
    seq = r.randint(2, 8)         # the first 文号 of the year's 文件 this share holds
    r.shuffle(opt_keys)
    gaps = {k for k in opt_keys if r.random() < 0.07}
    olds = set(r.sample(sorted({"pentest", "trend", "callbacks", "kb", "audit", "desk_training", "hazards", "defects", "impact", "compat"} - gaps), 3))
    made = []

    def when(k, rec=True):
        return co.old() if k in olds else (co.fresh() if rec else co.issued())

    def put(rel, doc, k=None, factory=None, **opt):
        co.add(rel, doc, **opt)
        if factory and doc.items and doc.record and k not in olds:
            made.append((rel, factory, doc.date))

    # --- 制度: a 汇编 with several 办法 as 章, the rest issued by 文件
    keys = [k for k in AA_RULES if r.random() >= 0.06]
    in_hb = [k for k in keys if r.random() < 0.4]
    d = co.issued()
    put(ZD + "制度汇编/%s信息化运维管理制度汇编（%d版）.pdf" % (co.grp, d.year), huibian(co, d, in_hb, r.random() < 0.9), meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_hb:
            continue
        d = co.issued()
        seq += r.randint(1, 9)
        fmt = r.choice(["docx", "docx", "pdf", "doc.pdf"])
        name = "%s %s" % (wh(co, d, seq).replace("〔", "[").replace("〕", "]"), AA_RULES[k][0])
        if fmt == "doc.pdf":
            put(ZD + "集团文件/%d/%s（签发扫描）.pdf" % (d.year, name), notice(co, d, k, seq), **SCAN)
        else:
            put(ZD + "集团文件/%d/%s.%s" % (d.year, name, fmt), notice(co, d, k, seq), meta_title=r.random() < 0.4)

    # --- 作业指导书
    if "manuals" not in gaps:
        put(ZY + "运维作业指导书汇编.docx", manual_book(co, co.issued(), r.choice([0, 2, 3, 4])))
    for i in range(2):
        if r.random() < 0.75:
            d = co.issued()
            put(ZY + "%s.%s" % (["ZY-01 监控主机病毒查杀", "ZY-02 调度通信备份"][i], r.choice(["docx", "pdf"])), wi_single(co, d, i))

    # --- 客户矿 folder
    d = co.issued()
    put(KH + "01 调研/%s运维需求调研报告.docx" % co.cust, survey(co, d, r.random() < 0.85))
    if "budget" not in gaps:
        put(KH + "01 调研/运维预算表%d.xlsx" % d.year, budget(co, d))
    dec = [x for x in ("interface", "desk") if r.random() < 0.85]
    put(KH + "01 调研/%s 对接会纪要.docx" % ymd(d + timedelta(days=5)), kickoff(co, d + timedelta(days=5), dec))
    if "history" not in gaps:
        put(KH + "01 调研/历年运行数据分析及保障策略.docx", history(co, d, r.random() < 0.85))
    d = co.issued()
    put(KH + "02 协议/%s服务级别协议（签字盖章）.pdf" % co.cust, sla(co, d, r.random() < 0.9, r.random() < 0.9, r.random() < 0.85, r.random() < 0.8), **SCAN)
    if "ola" not in gaps:
        put(GL + "服务级别/内部运营级别协议.docx", ola(co, co.issued()))
    put(GL + "服务级别/运维服务项目清单.xlsx", catalog(co, co.issued(), r.random() < 0.85, r.random() < 0.85))
    for mine in (co.cust, co.mine2):
        d = when("csat")
        put(KH.replace(co.cust, mine) + "04 满意度/%d年满意度调查报告.docx" % d.year, csat(co, d, mine), "csat", lambda x, m=mine: csat(co, x, m))
    d = date(2024, 12, 10) + timedelta(days=r.randint(0, 20))
    put(KH + "04 满意度/%d年满意度调查报告.pdf" % d.year, csat(co, d, co.cust))
    if "trend" not in gaps:
        put(KH + "04 满意度/满意度变化分析.docx", csat_trend(co, when("trend")))
    if "callbacks" not in gaps:
        put(KH + "04 满意度/回访记录表.xlsx", callbacks(co, when("callbacks")))

    # --- 组织
    put(GL + "组织机构/信息中心网络安全组织机构及岗位职责.docx", org(co, co.issued(), r.random() < 0.85))
    if "staff" not in gaps:
        put(GL + "组织机构/运维人员花名册.xlsx", staff(co, co.issued()))

    # --- records by 矿 and 年月
    for mine in (co.cust, co.mine2):
        months = sorted(r.sample(range(1, 11), 3))
        for m in months:
            d = date(2026, m, r.randint(3, 25))
            ym = "%d年%02d月" % (d.year, m)
            kinds = [k for k in ("daily", "patrol", "virus", "fault", "hw", "upgrade") if r.random() < 0.8]
            put("%s/%s/安全设备运行维护记录.xlsx" % (mine, ym), device_log(co, d, mine, kinds), "devlog",
                lambda x, mi=mine, ks=kinds: device_log(co, x, mi, ks))
            resp = r.random() < 0.7
            put(DD + "%s/%s/调度值班记录.xlsx" % (mine, ym), duty_log(co, d, mine, resp))
            d2 = d + timedelta(days=r.randint(1, 3))
            put("%s/%s/日志审计周报_%s.%s" % (mine, ym, ymd(d2), r.choice(["docx", "pdf"])), audit_weekly(co, d2, mine))
            if r.random() < 0.5:
                put("%s/%s/健康检查记录表（签字）.pdf" % (mine, ym), health(co, d, mine), **SCAN)
            if "collect" not in gaps and r.random() < 0.6:
                which = [k for k in ("config", "traffic", "status") if r.random() < 0.85]
                put("%s/%s/安全信息采集记录表.xlsx" % (mine, ym), collect(co, d, mine, which))
        if "banqian" not in gaps and r.random() < 0.8:
            d = co.fresh()
            put("%s/班前会/%s班前会记录.pdf" % (mine, ymd(d)), banqian(co, d, mine), **SCAN)
        d = co.fresh()
        put("%s/变更/%d年变更审批单汇总.xlsx" % (mine, d.year), change_slips(co, d, mine))

    # --- 资产与配置
    put(GL + "资产配置/信息资产台账.xlsx", assets(co, co.fresh()))
    if "cmdb" not in gaps:
        put(GL + "资产配置/运维配置库.xlsx", cmdb(co, co.fresh(), r.random() < 0.85, r.random() < 0.85))
    if "baseline" not in gaps:
        put(GL + "资产配置/安全基线.xlsx", baseline(co, co.issued()))

    # --- 安全管理
    for m in sorted(r.sample(range(1, 11), r.randint(2, 4))):
        d = date(2026, m, r.randint(5, 15))
        put(AQ + "通报/%d年/网络安全通报第%d期.%s" % (d.year, m, r.choice(["docx", "pdf"])), bulletin(co, d, r.random() < 0.8))
    if "pentest_plan" not in gaps:
        put(AQ + "渗透测试/%d年渗透测试计划.docx" % 2026, pentest_plan(co, date(2026, 1, 15)))
    if "pentest" not in gaps:
        put(AQ + "渗透测试/ERP渗透测试记录.pdf", pentest_report(co, when("pentest")))
    if "dev" not in gaps:
        put(AQ + "工具开发/安全工具开发计划.docx", dev_plan(co, co.issued()))
    if "grading" not in gaps:
        put(AQ + "等级保护/系统定级情况表.docx", grading(co, co.issued()))
    put(AQ + "应急管理/信息系统突发事件应急预案.docx", emergency_plan(co, co.issued(), r.random() < 0.85))
    if "bcp" not in gaps:
        put(AQ + "应急管理/业务连续性计划.pdf", bcp(co, co.issued()))
    for mine in (co.cust, co.mine2):
        if r.random() < 0.8:
            d = co.fresh()
            put(AQ + "应急管理/演练/%s %s应急演练记录（签字）.pdf" % (ymd(d), mine), drill(co, d, mine, r.random() < 0.8), **SCAN)
    if "hazards" not in gaps:
        put(AQ + "双重预防/隐患排查治理台账.xlsx", hazards(co, when("hazards"), r.random() < 0.85), "hazards",
            lambda x: hazards(co, x, True))
    if "inc_stats" not in gaps:
        put(AQ + "事件统计/网络安全事件统计分析表.xlsx", inc_stats(co, co.fresh(), r.random() < 0.85))

    # --- 运维管理科: 报表, 考核, 改进, 审核
    if "monthly" not in gaps:
        for m in sorted(r.sample(range(1, 11), 2)):
            d = date(2026, m, 28)
            put(GL + "月报/运行分析月报%d%02d.docx" % (d.year, m), monthly(co, d, r.random() < 0.85, r.random() < 0.8))
    if "avail_plan" not in gaps:
        put(GL + "可用性/可用性保障计划.docx", avail_plan(co, co.issued()))
    if "kpi" not in gaps:
        put(GL + "可用性/可用性指标清单.xlsx", kpi_list(co, co.issued()))
    if "data" not in gaps:
        d = co.fresh()
        put(GL + "月报/运维数据汇总%d%02d.xlsx" % (d.year, d.month), data_collect(co, d))
    d = co.fresh()
    put(GL + "考核/指标考核及纠正措施单.xlsx", assess(co, d, r.random() < 0.85))
    if "impact" not in gaps:
        put(GL + "分析报告/生产影响及自动化分析.docx", impact(co, when("impact"), r.random() < 0.85))
    if "defects" not in gaps:
        put(GL + "分析报告/重大故障及失败变更分析.docx", defects(co, when("defects")))
    if "forecast" not in gaps:
        put(GL + "分析报告/运维数据汇总分析及服务预测.pdf", forecast(co, co.fresh()))
    if "improve_plan" not in gaps:
        put(GL + "持续改进/%d年持续改进计划.docx" % 2026, improve_plan(co, date(2026, 1, 20), r.random() < 0.85))
    if "improve" not in gaps:
        put(GL + "持续改进/改进建议登记及实施跟踪表.xlsx", improve_ledger(co, co.fresh(), r.random() < 0.85, r.random() < 0.8))
    if "audit" not in gaps:
        put(GL + "内审/内部审核报告.pdf", internal_audit(co, when("audit")))
    if "review" not in gaps:
        inputs = [k for k in ("fb", "perf", "res", "ca", "chg", "imp") if r.random() < 0.88]
        put(GL + "管理评审/管理评审会议纪要.docx", review(co, co.fresh(), inputs))
    if "desk_training" not in gaps:
        put(DD + "调度台/调度台人员培训记录.xlsx", desk_training(co, when("desk_training")))
    if "kb" not in gaps:
        put(GL + "知识库/运维知识库导出.xlsx", kb(co, when("kb")))
    if "retrofit" not in gaps:
        put(GL + "项目/监控系统升级改造/升级改造实施方案.docx", retrofit(co, co.fresh(), [x for x in ("req", "rb") if r.random() < 0.85]))
    if "compat" not in gaps:
        put(GL + "项目/监控系统升级改造/兼容性验证报告.pdf", compat(co, when("compat")))

    # --- 归档: last year's copies (they belong, but are stale)
    for rel, factory, dd in list(made):
        if r.random() < 0.3:
            before = dd - timedelta(days=365)
            arel = "归档/%d年/%s" % (before.year, rel.replace("2026年", "%d年" % before.year))
            if arel not in co.used:
                co.add(arel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    ZD, AQ, GL, DD = "01制度文件/", "安全管理/", "运维管理科/", "调度值班/"
    KH = "客户服务/%s/" % co.cust
    add = co.add
    # 空白表 / 模板
    add(DD + "空白表/调度值班记录（空白表）.xlsx", blank_sheet("调度值班记录", co.fresh(), ["日期", "班次", "值班员", "运行情况及处理", "交接人"]))
    add(co.cust + "/空白表/安全设备运行维护记录（空白）.xlsx", blank_sheet("安全设备运行维护记录", co.fresh(), ["日期", "设备", "维护内容", "状态", "维护人"]))
    add(KH + "02 协议/服务级别协议（模板）.docx", blank_text("运维服务级别协议（模板）", co.fresh(), ["服务范围", "运维方式", "核心指标", "签署"]))
    add(AQ + "应急管理/演练/应急演练记录（空白）.docx", blank_text("应急演练记录", co.fresh(), ["演练时间", "演练场景", "过程", "评估"]))
    add(KH + "04 满意度/满意度调查表（空白）.xlsx", blank_sheet("满意度调查表", co.fresh(), ["项目", "满意", "基本满意", "不满意"]))
    # 征求意见稿 / 草稿
    add(AQ + "应急管理/业务连续性计划（征求意见稿）.docx", decoy(bcp(co, co.fresh()), "draft (征求意见稿)", mark="（征求意见稿）"))
    add(GL + "持续改进/%d年持续改进计划（草稿）.docx" % 2027, decoy(improve_plan(co, co.fresh(), True), "draft", mark="（草稿）"))
    add(ZD + "征求意见/信息系统变更管理办法（征求意见稿）.docx", decoy(notice(co, co.fresh(), "change", 99), "draft (征求意见稿)", mark="（征求意见稿）"))
    # 作废
    add(ZD + "作废/信息系统故障处理管理办法（2021版）作废.pdf", decoy(notice(co, date(2021, 4, 12), "incident", 7), "obsolete", mark="（作废）"))
    add(AQ + "应急管理/作废/突发事件应急预案（2022）已作废.docx", decoy(emergency_plan(co, date(2022, 3, 3), True), "obsolete", mark="【已作废】"))
    # 回收站
    d = co.fresh()
    add(".recycle/%s/%d年%02d月/调度值班记录.xlsx" % (co.cust, d.year, d.month), decoy(duty_log(co, d, co.cust, True), "recycle bin"))
    d = co.fresh()
    add(".recycle/安全管理/%s应急演练记录.docx" % ymd(d), decoy(drill(co, d, co.mine2, True), "recycle bin"))
    # lock files, empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:60:11]:
        folder, _, base = rel.rpartition("/")
        co.raw(folder + "/~$" + base[2:], lock_bytes(co.p(4)), "Office lock file")
    co.raw(co.cust + "/2026年11月/日志审计周报_20261123.docx", b"", "empty file")
    co.raw(GL + "月报/运行分析月报202611.docx", b"", "empty file")
    # 学习签到 about plans, a text citing procedures
    for plan in ("信息系统突发事件应急预案", "安全生产信息系统业务连续性计划", "运维服务持续改进管理办法"):
        if r.random() < 0.8:
            d = co.fresh()
            add(AQ + "学习记录/%s《%s》学习签到表.xlsx" % (ymd(d), plan), signin(co, d, plan))
    add(ZD + "信息中心运维工作总则.txt", cites(co, co.issued()), encoding="gb18030")
    # unrelated
    for i in sorted(r.sample(range(len(UNRELATED)), 3)):
        folder, t, paras = UNRELATED[i]
        d = co.fresh()
        t = t % d.year
        add("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated"))
