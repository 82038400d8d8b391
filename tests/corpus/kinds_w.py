# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_w.py - style W: the 信息技术处 and 路网监控中心 of a provincial expressway group.

A new author voice for the accuracy corpus, written blind (without the rule pack), used only
by the W shares.  The 高速公路集团's 信息技术处 runs the toll (联网收费/ETC 门架/收费站车道),
机电 and tunnel-monitoring systems (the 三大系统: 监控、通信、收费) of the group's road sections
and, under an 委托运维 contract, of two regional 路段公司 it manages; the 路网监控中心 with its
监控分中心 keeps the 值班台账.  They write as road people do: 路段/收费站/隧道, 机电设备 and
外场设备, 通行费 and 稽核, 拆分结算, 集团 and 处 发文 with 文号 (X高信〔2026〕N号), a 信息化运维
管理制度汇编 whose 篇 are several 办法, 作业指导书 per 系统, 值班台账 by 分中心 whose sheets are
several record kinds, 处务会 minutes with several decisions.  Folders by 处室/中心, by 路段
and by year.

Every builder returns a kinds.Doc whose items are only what its own text proves; an optional
section adds its items only when written, a sheet without data rows proves nothing.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, ymd

# per share: 文号 prefix, the two 路段 of the 路段公司 (customer), the other 路段公司,
# the 监控分中心, the 集团's abbreviation in file names
W_INFO = {
    "w1": ("江淮高信", ["宁宣高速", "宣广高速"], "合六叶路段管理有限公司", ["宣城分中心", "六安分中心"], "江淮高速"),
    "w2": ("荆楚高信", ["汉宜高速", "宜巴高速"], "随岳南路段管理有限公司", ["荆州分中心", "恩施分中心", "岳阳分中心"], "荆楚高速"),
    "w3": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w4": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w5": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w6": ("江淮高信", ["宁宣高速", "宣广高速"], "合六叶路段管理有限公司", ["宣城分中心", "六安分中心"], "江淮高速"),
    "w7": ("荆楚高信", ["汉宜高速", "宜巴高速"], "随岳南路段管理有限公司", ["荆州分中心", "恩施分中心", "岳阳分中心"], "荆楚高速"),
    "w8": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w9": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w10": ("江淮高信", ["宁宣高速", "宣广高速"], "合六叶路段管理有限公司", ["宣城分中心", "六安分中心"], "江淮高速"),
    "w11": ("荆楚高信", ["汉宜高速", "宜巴高速"], "随岳南路段管理有限公司", ["荆州分中心", "恩施分中心", "岳阳分中心"], "荆楚高速"),
    "w12": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w13": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w14": ("江淮高信", ["宁宣高速", "宣广高速"], "合六叶路段管理有限公司", ["宣城分中心", "六安分中心"], "江淮高速"),
    "w15": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w16": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w17": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w18": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w19": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w20": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w21": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w22": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w23": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w24": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w25": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w26": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w27": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w28": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w29": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w30": ("江淮高信", ["宁宣高速", "宣广高速"], "合六叶路段管理有限公司", ["宣城分中心", "六安分中心"], "江淮高速"),
    "w31": ("荆楚高信", ["汉宜高速", "宜巴高速"], "随岳南路段管理有限公司", ["荆州分中心", "恩施分中心", "岳阳分中心"], "荆楚高速"),
    "w32": ("江淮高信", ["宁宣高速", "宣广高速"], "合六叶路段管理有限公司", ["宣城分中心", "六安分中心"], "江淮高速"),
    "w33": ("江淮高信", ["宁宣高速", "宣广高速"], "合六叶路段管理有限公司", ["宣城分中心", "六安分中心"], "江淮高速"),
    "w34": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w35": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w36": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w37": ("荆楚高信", ["汉宜高速", "宜巴高速"], "随岳南路段管理有限公司", ["荆州分中心", "恩施分中心", "岳阳分中心"], "荆楚高速"),
    "w38": ("江淮高信", ["宁宣高速", "宣广高速"], "合六叶路段管理有限公司", ["宣城分中心", "六安分中心"], "江淮高速"),
    "w39": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w40": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w41": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w42": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w43": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w44": ("荆楚高信", ["汉宜高速", "宜巴高速"], "随岳南路段管理有限公司", ["荆州分中心", "恩施分中心", "岳阳分中心"], "荆楚高速"),
    "w45": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
    "w46": ("江淮高信", ["宁宣高速", "宣广高速"], "合六叶路段管理有限公司", ["宣城分中心", "六安分中心"], "江淮高速"),
    "w47": ("黔山高信", ["遵贵高速", "遵崇高速"], "黔南环线路段管理有限公司", ["遵义分中心", "都匀分中心"], "黔山高速"),
    "w48": ("陇海高信", ["天定高速", "天平高速"], "宝天路段管理有限公司", ["天水分中心", "平凉分中心", "定西分中心"], "陇海高速"),
}

IT, JK, AQ, TX = "01 信息技术处/", "02 路网监控中心/", "03 网络安全/", "04 体系管理/"


def md(d):
    return "%d月%d日" % (d.month, d.day)


def fawen(co, d, n, title):
    """The head of a 处 发文 with its 文号."""
    return [("p", "%s信息技术处" % co.name), ("p", "%s〔%d〕%d号" % (co.wh, d.year, n)),
            ("p", "关于印发《%s》的通知" % title),
            ("p", "各路段管理处、路网监控中心、各监控分中心，%s、%s：" % (co.customer, co.other)),
            ("p", "现将《%s》印发给你们，经处务会审议通过，请认真贯彻执行。" % title),
            ("p", "信息技术处（印）　%s" % cnd(d)), ("break",)]


def sec(tid, co, r):
    return r.choice(co.sections) if tid is None else co.sections[tid % len(co.sections)]


# ------------------------------------------------------------------ 制度 (procedures)

# key -> (办法 name, items, 章 list)
RULES = {
    "gz": ("机电及信息系统故障处置办法", ["49/incident-procedure"], [
        ("故障的发现与报告", "收费站、隧道管理站及监控分中心发现车道、门架、隧道外场设备或信息系统异常时，值班员应在5分钟内电话报分中心值班台，"
         "并在值班台账“故障”页登记。"),
        ("故障分级", "按影响范围分为：一类（全路段联网收费中断或隧道监控全部失效）、二类（单站收费中断、单隧道监控失效）、三类（单车道、单设备故障）。"),
        ("处置与恢复", "一类故障30分钟内到场，4小时内恢复；二类1小时到场，8小时恢复；三类24小时内修复。恢复后由分中心值班员确认并关闭工单。"),
        ("升级", "超时未恢复的，逐级报处分管领导、集团联网收费中心。")]),
    "qq": ("信息化服务请求受理办法", ["49/request-procedure"], [
        ("受理渠道", "路段公司、收费站通过运维热线、OA工单或微信工作群提出账号开通、权限调整、车道参数下发、报表定制等服务请求。"),
        ("受理与派单", "分中心值班台受理后登记请求单，按类别派至收费组、机电组或网络安全组，标准请求2个工作日内办结。"),
        ("审批", "涉及收费参数、费率表、稽核权限的请求须经路段公司收费管理科书面确认后方可执行。"),
        ("回访关闭", "办结后由请求人确认，值班台关闭请求单，每月汇总统计。")]),
    "wt": ("信息系统问题管理办法", ["20/procedure", "37/procedure"], [
        ("问题的识别", "同一收费站或同类设备一月内重复故障3次以上、一类故障、通行费拆分异常等，由机电组立为问题单。"),
        ("根因分析", "问题责任人组织厂家及路段技术员开展根因分析，形成问题分析报告，提出临时措施与永久解决方案。"),
        ("问题关闭", "永久措施实施后观察一个月无复发，经处技术负责人审核关闭，并转入知识库。")]),
    "zs": ("运维知识管理办法", ["21/procedure"], [
        ("知识来源", "故障处置记录、问题分析报告、厂家技术通报、作业指导书及培训课件均为运维知识来源。"),
        ("知识的提交与审核", "处置人在工单关闭后3个工作日内提交知识条目，由专业组长审核后发布于运维知识库。"),
        ("知识的使用与更新", "值班员处置故障时应先检索知识库；知识条目每年复核一次，过时条目下架。")]),
    "bg": ("信息系统变更管理办法", ["54/procedure"], [
        ("变更分类", "变更分为标准变更、一般变更和重大变更。费率表、路径标识参数、收费软件版本升级均为重大变更。"),
        ("变更申请与审批", "变更实施单位填写变更申请单，说明变更内容、影响路段、实施时段、测试情况和回退方案，一般变更由处技术负责人审批，"
         "重大变更经处长审批并报集团联网收费中心备案。"),
        ("实施与验证", "变更原则上安排在0:00-5:00车流低谷时段，实施后由分中心验证车道交易、门架计费正常，填写变更记录。"),
        ("资源与方案变更", "运维过程中人员、备件、实施方案调整，同样填写变更申请单审批并记录。")]),
    "jb": ("运维服务级别管理办法", ["39/slm-procedure"], [
        ("服务级别的确定", "信息技术处与各路段公司逐年签订委托运维服务协议，约定服务范围、运维方式、响应与恢复时限及考核指标。"),
        ("服务级别的监控", "路网监控中心每月统计服务级别达成情况，形成服务报告报路段公司。"),
        ("服务级别的评审", "每年年底组织服务级别评审，未达标项纳入改进计划，必要时修订协议。")]),
    "gj": ("运维服务改进管理办法", ["65/procedure"], [
        ("改进的识别与记录", "改进建议来源于客户投诉、考核未达标、内审、管理评审、故障分析等，由提出人填写改进建议表登记。"),
        ("批准与评估", "处务会对改进建议进行评估，按影响程度与紧迫性排定优先级，批准后列入改进计划。"),
        ("测量与报告", "改进项完成后测量指标变化，由体系管理员汇总，每季度在处务会上报告。")]),
}

MON = ("运维服务监视测量与内部审核办法", [("监视测量", "每月由路网监控中心采集服务指标，每季度形成监视测量报告；未达标的指标开具纠正措施单。",
                                      ["61/monitoring-process", "62/monitoring-process"]),
                                     ("内部审核", "每年至少开展一次覆盖全部运维过程的内部审核，内审员经培训取证，审核发现的不符合项限期整改并验证，"
                                      "审核结论输入管理评审；体系通过第三方认证机构年度监督审核。", ["61/audit-system", "62/audit-mechanism"]),
                                     ("PDCA", "运维体系按策划（年度运维计划）、实施（日常运维）、检查（监视测量、内审）、改进（管理评审、持续改进）循环运行。",
                                      ["10/pdca"])])


def rule(co, d, key, n):
    name, its, chs = RULES[key]
    parts = [("第%s章 %s" % ("一二三四五六"[i], h), t, []) for i, (h, t) in enumerate(chs)]
    parts[0] = (parts[0][0], parts[0][1], its)
    return nar("rule", name, d, False, parts, pre=fawen(co, d, n, name))


def mon_rule(co, d, n, parts_on):
    name, pts = MON
    parts = [(h, t, i) for h, t, i in pts if h in parts_on]
    return nar("rule", name, d, False, parts, pre=fawen(co, d, n, name))


def huibian(co, d, keys):
    """信息化运维管理制度汇编: each 篇 is one 办法."""
    b = [("title", "%s信息化运维管理制度汇编（%d版）" % (co.jt, d.year)), ("p", "信息技术处编　%s" % cnd(d)),
         ("p", "本汇编经处务会审议通过，以%s〔%d〕%d号文印发施行。" % (co.wh, d.year, 2 + d.month)),
         ("h1", "目录")] + [("p", "第%d篇　%s" % (i + 1, RULES[k][0])) for i, k in enumerate(keys)]
    items = []
    for i, k in enumerate(keys):
        name, its, chs = RULES[k]
        b += [("break",), ("h1", "第%d篇　%s" % (i + 1, name))]
        for h, t in chs:
            b += [("h2", h), ("p", t)]
        items += its
    return Doc("handbook", "信息化运维管理制度汇编", d, sorted(set(items)), False, b)


def secinc_rule(co, d, n, post):
    t = "路网信息系统网络安全事件处置规程"
    parts = [("一、事件分类分级", "网络安全事件分为有害程序、网络攻击、信息破坏、设备设施故障等类别，按对联网收费和隧道监控的影响分为特别重大、重大、较大、一般四级。",
              []),
             ("二、报告", "发现事件后值班员立即报分中心值班台，15分钟内报处网络安全组，较大以上事件1小时内书面上报集团网信办和省联网收费中心，并按要求报属地公安网安部门。",
              ["30/reporting-process"]),
             ("三、处置", "网络安全组研判后采取隔离、阻断、取证、清除和恢复措施，影响收费的同时启动车道应急收费（手工收费/特情处理）。",
              ["30/response-process", "31/incident-process"]),
             ("四、应急响应", "较大以上事件启动《路网信息系统突发事件应急预案》，成立现场处置组，按预案分级响应，必要时切换至灾备系统。",
              ["34/emergency-process"])]
    if post:
        parts.append(("五、事后处理", "事件处置结束5个工作日内形成事件分析报告，总结原因，落实整改，并归档。", ["34/incident-process"]))
    return nar("rule", t, d, False, parts, pre=fawen(co, d, n, t))


def service_flows(co, d, n, train, pent):
    t = "网络安全服务工作流程"
    parts = [("总述", "本流程规定信息技术处对集团及受托路段公司提供的网络安全服务的标准化工作步骤。", [])]
    if train:
        parts.append(("安全培训服务流程", "需求收集→培训方案→讲师与课件准备→实施与签到→考试→效果评估→归档，每年对收费站站长、机电技术员至少培训两次。",
                      ["31/training-process"]))
    if pent:
        parts.append(("渗透测试流程", "测试授权（路段公司书面授权书）→方案与范围确认（避开通行高峰）→信息收集→漏洞验证→报告→复测，测试不得影响车道交易。",
                      ["31/pentest-process"]))
    return nar("rule", t, d, False, parts, pre=fawen(co, d, n, t))


def grading_rule(co, d, n):
    t = "路网信息系统等级保护定级工作细则"
    return nar("rule", t, d, False, [
        ("定级依据", "依据GB/T 22240，按业务信息和系统服务受破坏后侵害的客体和程度确定安全保护等级。", []),
        ("定级标准", "联网收费系统、ETC门架系统受破坏将影响通行费征收和社会秩序，定为第三级；隧道监控系统影响行车安全，定为第三级；"
         "办公类系统定为第二级。侵害客体与程度对应等级见附表。", ["51/grading-criteria"]),
        ("定级流程", "系统运维单位提出定级建议→专家评审→集团审核→公安机关备案。", [])], pre=fawen(co, d, n, t))


# ------------------------------------------------------------------ 预案 / 计划

def emerg_plan(co, d, n, recov):
    t = "路网信息系统突发事件应急预案"
    parts = [("总则", "为及时处置联网收费、ETC门架、隧道监控等系统的突发事件，保障通行费征收和行车安全，制定本预案。",
              ["36/emergency-plan", "53/emergency-plan"]),
             ("应急组织", "成立由分管副总任组长的应急领导小组，下设现场处置组、技术保障组、通信保障组。", []),
             ("响应时限", "I级事件接报后15分钟内响应、30分钟到场；II级30分钟响应、1小时到场；III级2小时内响应。", []),
             ("处置措施", "收费中断时启用车道离线收费与特情处理，门架故障启用拟合计费，隧道监控失效时安排人工巡查并视情况交通管制。", [])]
    if recov:
        parts.append(("系统恢复", "按先恢复收费后恢复统计、先恢复主中心后恢复分中心的顺序恢复：核心数据库由灾备库切回，RTO不超过4小时，RPO不超过15分钟。",
                      ["36/recovery-plan", "55/plan"]))
    return nar("plan", t, d, False, parts, pre=fawen(co, d, n, t))


def bcp(co, d, n):
    t = "联网收费业务连续性计划"
    return nar("plan", t, d, False, [
        ("目的", "在主中心机房、省联网收费中心链路或核心系统发生灾难时，保证各收费站能持续征收通行费并在规定时限内恢复清分结算。", ["42/bcp"]),
        ("关键业务与恢复目标", "车道收费不中断（离线模式72小时）；门架计费恢复≤4小时；拆分结算恢复≤24小时。", []),
        ("灾备安排", "同城灾备机房实时同步，分中心保存车道参数与黑名单，定期演练切换。", []),
        ("审批", "本计划经集团信息化领导小组审批发布，每年评审一次。", [])], pre=fawen(co, d, n, t))


# ------------------------------------------------------------------ 组织、目录、协议

def org(co, d, roles, outs):
    t = "信息技术处运维组织机构及人员名单（%d年）" % d.year
    rows = [["序号", "姓名", "所在组", "岗位", "联系电话"]] + [[i + 1, co.p(i), g, j, "139%08d" % (i * 7351)] for i, (g, j) in enumerate(
        [("处领导", "处长"), ("收费组", "收费系统工程师"), ("机电组", "机电工程师"), ("网络安全组", "安全工程师"), ("路网监控中心", "值班长"), ("路网监控中心", "值班员")])]
    parts = [("一、组织架构", ["集团网络安全和信息化领导小组（组长：分管副总经理）→ 信息技术处 → 收费组、机电组、网络安全组、路网监控中心（下设各监控分中心）。",
                            "网络安全领导小组负责审定安全运维策略、预案与重大事项。"], ["9/org-chart", "23/org-chart"]),
             ("二、人员名单", ("table", rows), ["9/staff-list"])]
    if outs:
        parts.append(("三、外委运维人员", ["机电设备维护外委%s，派驻人员编入执行组：%s（驻场工程师）、%s（隧道机电）。" % (co.vendor, co.vp(0), co.vp(1))],
                      ["9/outsourcing"]))
    if roles:
        parts.append(("四、岗位职责", ("table", [["角色", "对应机构", "职责"], ["安全负责人", "领导小组", "审定安全策略"],
                                            ["安全管理员", "网络安全组", "策略配置、漏洞与通告"], ["审计员", "网络安全组", "日志审计"],
                                            ["系统管理员", "收费组/机电组", "系统与设备维护"], ["值班员", "监控分中心", "监控、受理、登记"]]),
                      ["18/roles", "23/roles"]))
    return nar("org", t, d, False, parts)


def interface(co, d):
    t = "关于明确网络安全管理接口人的通知"
    return nar("notice", t, d, False, [
        (None, ["各路段公司、各分中心：", "为统一对外对内网络安全工作对接，经处务会研究，明确%s为信息技术处网络安全管理接口人，负责与省联网收费中心、公安网安、"
                "路段公司及外委单位的安全事务联络；%s为备岗。" % (co.p(3), co.p(2))], ["28/interface-person"])],
        pre=[("p", "%s〔%d〕%d号" % (co.wh, d.year, 2))])


def catalog(co, d, lv1, lv2):
    t = "信息技术处运维服务目录（%d版）" % d.year
    rows = [["类别", "服务项", "内容", "适用对象"],
            ["基础", "初始服务", "接管时资产识别、配置采集、流程导入", "各路段"],
            ["基础", "安全设备运维", "防火墙、网闸、入侵检测等日常维护", "各路段"],
            ["基础", "日常巡检服务", "收费站机房、门架、隧道设备巡检", "各路段"],
            ["基础", "健康检查", "季度健康检查并出具报告", "各路段"],
            ["基础", "安全事件审计", "日志集中审计与分析", "各路段"]]
    its = ["12/catalog", "29/catalog"]
    if lv2:
        rows += [["增值", "运维监控与分析", "路网监控平台7×24监控、月度分析", "各路段"],
                 ["增值", "终端安全监控", "收费站工控机、车道机终端管控", "各收费站"],
                 ["增值", "等级保护合规性运维", "等保测评配合与整改", "三级系统"]]
        its.append("19/catalog")
    if lv1:
        rows += [["专项", "安全通告及漏洞分析", "漏洞、病毒、厂商通告收集与分析", "各路段"],
                 ["专项", "应急响应服务", "突发事件响应与恢复", "各路段"]]
        its.append("26/catalog")
    return Doc("catalog", t, d, its, False, sheets=[("服务目录", [[t]] + rows)])


def sla(co, d, core):
    t = "%s机电及信息系统委托运维服务协议" % co.customer
    parts = [("第一条 服务范围", "%s所辖收费站车道、ETC门架、隧道机电及监控通信系统（%s）。" % ("、".join(co.sections), "、".join(co.systems)), []),
             ("第二条 运维方式", "收费站及隧道管理站驻场值守；外场设备每月定期巡检；联网收费系统由路网监控中心7×24远程值守。", ["35/sla", "39/sla"]),
             ("第三条 健康检查", "双方约定每季度对安全设备和业务系统进行一次健康检查，以现场检查为主、远程检查为辅，检查内容包括可用性、性能和配置，出具健康检查报告。",
              ["15/agreement"])]
    if core:
        parts.append(("第四条 服务指标", ("table", [["指标", "承诺值"], ["联网收费系统可用率", "≥99.9%"], ["ETC门架交易成功率", "≥99.5%"],
                                                ["隧道监控设备完好率", "≥98%"], ["一类故障恢复时限", "4小时"]]), ["36/sla"]))
    parts.append(("签署", "甲方：%s　乙方：%s信息技术处　%s" % (co.customer, co.jt, cnd(d)), []))
    return nar("sla", t, d, False, parts)


def sld_ola(co, d, ola):
    t = "运维服务级别设计及内部运营级别协议"
    parts = [("一、服务级别设计", ("table", [["服务", "对路段公司承诺", "内部分解"], ["一类故障", "4小时恢复", "分中心15分钟派单，机电组30分钟到场"],
                                         ["服务请求", "2个工作日", "值班台当日派单"]]), ["8/sld"])]
    if ola:
        parts.append(("二、内部运营级别协议（OLA）", "路网监控中心与收费组、机电组、网络安全组约定：派单15分钟内确认，到场与恢复时限按上表内部分解执行，"
                      "与外委单位协议时限保持一致，确保对外承诺可达成。", ["8/ola"]))
    return nar("design", t, d, True, parts)


# ------------------------------------------------------------------ 准备阶段

def needs(co, d, sec5):
    t = "%s信息系统运维需求调研报告" % co.customer
    parts = [("一、调研方式", "走访路段公司收费管理科、机电科及%s等收费站，发放调查表%d份。" % (co.sections[0], 12 + d.day), []),
             ("二、服务时间需求", "收费与门架系统要求7×24小时服务；节假日免费通行期间（春节、国庆）要求现场保障；隧道监控要求全天候值守。",
              ["1/survey"])]
    if sec5:
        parts.append(("三、安全服务需求", "路段公司提出的安全服务类型：等保测评配合、漏洞扫描与加固、收费网络边界防护、病毒防治、安全事件应急响应。",
                      ["5/survey"]))
    return nar("survey", t, d, True, parts)


def budget(co, d):
    t = "%d年度机电及信息系统运维经费预算表" % d.year
    return book("budget", t, d, True, [("预算", ["项目", "工作量", "人员（人月）", "经费（万元）", "节点"], [
        ["收费系统运维", "车道%d条、门架%d套" % (120 + d.day, 30 + d.month), 36, 186.5, "1月启动，12月验收"],
        ["隧道机电维护", "隧道%d座" % (8 + d.month), 24, 142.0, "季度考核"],
        ["网络安全服务", "等保测评、渗透测试", 12, 78.0, "6月测评"]], ["2/budget"])])


def meeting(co, d, its):
    """处务会纪要: several decisions, each adding its own items."""
    t = "信息技术处处务会纪要（%d年第%d期）" % (d.year, d.month)
    parts = [(None, "时间：%s　地点：集团三楼会议室　主持：%s　参加：%s、%s、%s" % (cnd(d), co.boss, co.p(1), co.p(2), co.p(3)), [])]
    lib = {
        "comm": ("一、与路段公司运维对接", "与%s%s、%s座谈，双方就交接范围、服务时限及费用达成一致，形成共识：自下月起按新协议执行。" % (co.customer, co.cp(0), co.cp(1)),
                 ["3/communication"]),
        "improve": ("二、改进事项", "审议改进建议5项，按影响收费的程度和紧迫性排序：①门架计费异常自动告警（高）②隧道设备备件前置（中）③报表自助（低），批准前两项立项。",
                    ["67/analysis", "67/prioritisation"]),
        "dev": ("三、工具开发", "同意自行开发收费稽核数据比对工具和车道日志采集脚本，年内分两期完成，由收费组负责。", ["33/dev-plan"]),
    }
    for k in its:
        parts.append(lib[k])
    return nar("minutes", t, d, True, parts)


def history(co, d, strat):
    t = "%d年运维历史数据分析报告" % (d.year - 1)
    parts = [("一、数据清单", ("table", [["数据项", "来源", "期间"], ["故障工单", "运维工单系统", "全年"], ["变更记录", "变更台账", "全年"],
                                     ["通行费稽核异常", "稽核系统", "全年"], ["值班台账", "各分中心", "全年"]]), ["4/history-list"]),
             ("二、分析", "收费系统可用率完成99.93%；发生违规操作2起（未经审批修改车道参数）；重大事件1起（省中心链路中断2小时）；失败变更1起（门架软件升级回退）。",
              ["4/analysis"])]
    if strat:
        parts.append(("三、保障策略与实施方案", "实施参数变更双人复核、省中心链路双路由改造、门架升级先试点后推广，由收费组牵头，6月底前完成。", ["4/strategy"]))
    return nar("analysis", t, d, True, parts)


def kpis(co, d):
    t = "路网信息系统可用性指标清单"
    return book("kpi", t, d, False, [("指标", ["类型", "系统", "指标", "目标值"], [
        ["整体指标", "路网信息系统", "综合可用率", "99.9%"], ["单系统指标", co.sys(0), "可用率", "99.95%"],
        ["单系统指标", co.sys(1), "设备完好率", "98%"], ["单系统指标", co.sys(2), "可用率", "99.5%"]], ["6/availability-kpis"])])


def automation(co, d, auto):
    t = "以往运维服务影响分析及自动化建议"
    parts = [("一、以往解决方案对生产的影响", "车道软件集中升级曾造成%s两个收费站短时排队；离线收费方案保障了通行但增加稽核工作量。" % co.sections[0],
              ["7/impact-analysis"])]
    if auto:
        parts.append(("二、可自动化的服务", "根据近两年安全事件平均处置时长（病毒告警42分钟、弱口令整改3天），建议将车道机病毒告警处置、弱口令核查、门架日志采集改为自动化。",
                      ["7/automation"]))
    return nar("analysis", t, d, True, parts)


def project_docs(co, d, compat):
    t = "%s车道系统改造实施方案" % co.sections[1]
    parts = [("一、需求分析", "与路段公司收费科确认改造需求：功能（支持新版ETC交易）、性能（单车交易≤300ms）、安全（车道机加固、接入认证），需求确认单附后。",
              ["11/requirements"]),
             ("二、测试计划", "先在%s收费站一条车道试点，功能、性能、安全测试各一轮，测试通过后分批推广。" % co.sections[1], ["25/test-plan"]),
             ("三、回退措施", "保留原版本安装包与参数备份，试点失败30分钟内回退原版本。", ["11/rollback", "25/rollback"])]
    if compat:
        parts.append(("四、兼容性验证", "验证报告：网络兼容（新旧交换机混用）、系统兼容（Windows 7/10 车道机）、应用兼容（与省中心接口）均通过。",
                      ["11/compatibility"]))
    return nar("project", t, d, True, parts)


def baseline(co, d):
    t = "收费及监控系统安全配置基线"
    return book("baseline", t, d, False, [("基线", ["对象", "检查项", "基线要求"], [
        ["车道工控机", "USB口", "禁用"], ["收费服务器", "口令", "12位复杂口令，90天更换"], ["核心交换机", "管理方式", "SSH，禁Telnet"]],
        ["25/baseline"])])


def instruction(co, d, sysname, n):
    t = "%s运维作业指导书" % sysname
    parts = [("适用范围", "%s在各路段、收费站及隧道的日常维护作业。" % sysname, ["24/work-instructions"]),
             ("作业步骤", "1.办理作业登记；2.检查设备运行状态；3.按检查表逐项作业；4.填写维护记录；5.值班台销记。", []),
             ("安全注意", "外场作业须设置锥桶，占道作业报路政许可。", [])]
    if n == 0:
        parts[0] = (parts[0][0], parts[0][1], ["24/work-instructions", "11/manuals"])
    return nar("instruction", t, d, False, parts)


# ------------------------------------------------------------------ 资产与配置

def assets(co, d, st):
    t = "%s机电及信息资产台账（%d）" % (st, d.year)
    rows = [["资产编号", "名称", "种类", "型号", "功能", "位置", "端口", "部署", "等级"]]
    for i in range(6):
        rows.append(["JD-%s-%03d" % (ymd(d)[:4], i + 1), ["车道控制机", "ETC天线", "门架服务器", "隧道PLC", "防火墙", "视频服务器"][i],
                     ["收费", "收费", "收费", "监控", "安全", "监控"][i], ["IPC-610", "RSU-5.8G", "R740", "S7-1500", "USG6550", "DS-9000"][i],
                     "—", "%s K%d+%03d" % (co.sections[i % 2], 12 + i * 7, i * 113), "Gi0/%d" % i, "在用", "重要"])
    return book("assets", t, d, True, [("台账", rows[0], rows[1:], ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    t = "路网信息系统配置库导出_%s" % ymd(d)
    sheets = [("配置项", ["CI编号", "名称", "类型", "责任人", "密级", "变更权限"],
               [["CI-%03d" % i, n, ty, co.p(i), "内部", "机电组组长"] for i, (n, ty) in enumerate(
                   [("收费数据库", "数据库"), ("门架前端系统", "应用"), ("核心交换机", "网络"), ("隧道监控服务器", "主机")])],
               ["27/cmdb"])]
    if rel:
        sheets.append(("关联关系", ["源CI", "关系", "目标CI"], [["CI-001", "运行于", "CI-003"], ["CI-001", "被调用", "CI-000"], ["CI-002", "依赖", "CI-003"]],
                       ["38/cmdb-relations"]))
    return book("cmdb", t, d, True, sheets, note=["配置库访问需账号授权并留存日志，每日备份，保证机密性、完整性、可用性。"])


def ci_updates(co, d, rec):
    t = "%d年配置项变更及运维流程执行记录" % d.year
    sheets = [("配置项更新", ["日期", "CI", "更新内容", "更新人"],
               [[cnd(d - timedelta(days=9 * i)), "CI-00%d" % i, "版本升级/端口调整", co.p(i)] for i in range(4)], ["43/ci-updates"])]
    sheets.append(("流程执行", ["日期", "流程", "单号", "结果"],
                   [[cnd(d - timedelta(days=6 * i)), ["事件", "变更", "请求"][i % 3], "LC%s%02d" % (ymd(d), i), "关闭"] for i in range(4)] if rec else [],
                   ["43/process-records"]))
    return book("record", t, d, True, sheets)


# ------------------------------------------------------------------ 值班台账 (a log of several kinds)

def duty(co, d, center, kinds):
    """监控分中心值班台账: sheets 设备维护/巡检/查杀/故障/升级/监控/防病毒; only written kinds count."""
    t = "%s值班台账（%d年%d月）" % (center, d.year, d.month)
    day = [d - timedelta(days=3 * i) for i in range(5)]
    spec = {
        "wh": ("设备维护", ["日期", "设备", "作业内容", "维护人"], [[cnd(x), "防火墙/网闸", "日常维护、状态检查、除尘保养", co.p(i)] for i, x in enumerate(day)],
               ["14/maintenance", "44/maintenance"]),
        "xj": ("巡检", ["日期", "收费站/隧道", "巡检结果", "巡检人"], [[cnd(x), co.sections[i % 2] + "收费站", "正常", co.p(i)] for i, x in enumerate(day)],
               ["44/inspection"]),
        "cs": ("查杀", ["日期", "范围", "病毒数", "处理"], [[cnd(x), "车道机、站级服务器", i % 2, "已清除"] for i, x in enumerate(day)], ["44/virus-scan"]),
        "gz": ("故障", ["日期", "设备", "现象", "排除情况", "硬件/软件"], [[cnd(x), "入侵检测设备", "电源告警", "更换电源模块", "硬件"] for x in day[:3]],
               ["14/hardware-faults", "44/faults"]),
        "sj": ("升级", ["日期", "设备", "升级内容", "结果"], [[cnd(x), "防火墙", "特征库/固件升级", "成功"] for x in day[:3]], ["44/upgrades"]),
        "jk": ("安全监控", ["时间", "监控对象", "告警", "处理"], [[cnd(x), "边界防火墙", "端口扫描", "已封禁源地址"] for x in day], ["45/monitoring"]),
        "fd": ("防病毒", ["日期", "防病毒服务器", "病毒库版本", "客户端在线率"], [[cnd(x), "AV-01", ymd(x), "97%"] for x in day[:3]], ["45/antivirus"]),
    }
    sheets = []
    for k in ("wh", "xj", "cs", "gz", "sj", "jk", "fd"):
        name, head, rows, its = spec[k]
        sheets.append((name, head, rows if k in kinds else [], its))
    return book("log", t, d, True, sheets)


def health(co, d, st):
    t = "%s安全设备及业务系统健康检查报告（%d年第%d季度）" % (st, d.year, (d.month + 2) // 3)
    return nar("report", t, d, True, [
        ("检查方式与频次", "按协议约定每季度现场检查一次，远程检查每月一次。", []),
        ("检查结果", ("table", [["对象", "可用性", "持续运行", "结论"], ["收费服务器", "正常", "连续运行180天", "良好"], ["防火墙", "正常", "CPU 23%", "良好"],
                                ["隧道监控服务器", "正常", "磁盘82%", "需扩容"]]), ["15/records", "46/records"])])


def collect(co, d, traffic):
    t = "安全信息采集记录（%s）" % ymd(d)
    sheets = [("配置", ["设备", "配置备份文件", "采集时间"], [["核心交换机", "core-sw.cfg", cnd(d)], ["防火墙", "fw.cfg", cnd(d)]], ["16/config"]),
              ("状态", ["设备", "CPU", "内存", "运行状态"], [["收费数据库", "35%", "61%", "正常"], ["门架服务器", "18%", "40%", "正常"]], ["16/status"]),
              ("流量", ["链路", "峰值", "均值"], [["省中心链路", "86Mbps", "41Mbps"], ["分中心汇聚", "420Mbps", "210Mbps"]] if traffic else [], ["16/traffic"])]
    return book("record", t, d, True, sheets)


def log_audit(co, d, full):
    t = "%d年%d月日志审计分析报告" % (d.year, d.month)
    parts = [("一、审计范围", "网络及安全设备（交换机、防火墙、网闸）、服务器及操作系统、收费应用与门架应用日志，共采集%d万条。" % (300 + d.day), []),
             ("二、分析结果", "发现异常登录14次、越权访问车道参数2次，均已核实处理。", ["17/log-analysis", "45/audit-report"])]
    if full:
        parts.append(("三、安全事件审计", "对上述日志逐项开展事件审计，形成审计记录12条，附审计明细表。", ["47/audit"]))
    return nar("report", t, d, True, parts)


# ------------------------------------------------------------------ 事件、可用性

def sec_stats(co, d, anal):
    t = "%d年网络安全事件统计分析" % d.year
    sheets = [("统计", ["月份", "有害程序", "网络攻击", "设备故障", "合计"], [["%d月" % m, m % 3, 2 + m % 2, 1, 3 + m % 3 + m % 2] for m in range(1, 7)],
               ["18/incident-stats"])]
    sheets.append(("分析", ["结论"], [["网络攻击集中在节假日免费通行期间，主要为针对门户网站的扫描；车道机病毒多由U盘引入，已禁用USB。"]] if anal else [],
                   ["18/incident-analysis"]))
    return book("stats", t, d, True, sheets)


def avail(co, d, rep):
    t = "%d年路网信息系统可用性管理" % d.year
    sheets = [("可用性计划", ["系统", "目标", "保障措施"], [[co.sys(0), "99.9%", "双机热备"], [co.sys(1), "99.5%", "备件前置"]],
               ["18/availability-plan", "22/plan"]),
              ("可用性事件", ["时间", "系统", "事件", "中断时长"], [[cnd(d - timedelta(days=20)), co.sys(0), "省中心链路中断", "35分钟"],
                                                           [cnd(d - timedelta(days=50)), co.sys(1), "隧道PLC失联", "2小时"]],
               ["18/availability-events", "22/events"]),
              ("可用性报告", ["系统", "实际可用率", "达标", "改进"], [[co.sys(0), "99.94%", "是", "—"], [co.sys(1), "99.2%", "否", "增加备用链路"]] if rep else [],
               ["18/availability-report", "22/report"])]
    return book("availability", t, d, True, sheets)


def pentest(co, d, plan, rec):
    t = "%d年收费网络渗透测试" % d.year
    parts = []
    if plan:
        parts.append(("测试计划", "授权范围：%s、门户网站；时间：%s夜间0:00-5:00；方法：外网与收费专网两路。" % (co.sys(0), md(d)), ["31/pentest-plan", "32/pentest-plan"]))
    if rec:
        parts.append(("测试记录", ("table", [["编号", "目标", "发现", "风险", "复测"], ["P-01", "门户网站", "SQL注入", "高", "已修复"],
                                             ["P-02", "收费站服务器", "弱口令", "中", "已修复"]]), ["31/pentest-records", "32/pentest-records"]))
    return nar("pentest", t, d, True, parts or [(None, "（计划编制中）", [])])


def drill(co, d, recov):
    t = "%s收费系统中断应急演练总结" % co.sections[0]
    parts = [("演练情况", "%s模拟%s收费站与省中心链路中断，启动离线收费，25分钟恢复；参演%d人。" % (cnd(d), co.sections[0], 18 + d.day % 9),
              ["40/emergency-drill", "53/drill"])]
    if recov:
        parts.append(("系统恢复演练", "同日进行收费数据库灾备切换与回切，RTO 2小时10分，数据无丢失。", ["40/recovery-drill"]))
    parts.append(("存在问题", "分中心与站级通信录未及时更新，已整改。", []))
    return nar("drill", t, d, True, parts)


def bulletin(co, d, kinds):
    t = "网络安全通告与漏洞分析（%d年%d月）" % (d.year, d.month)
    spec = {"b": ("业界动态", "交通运输行业网络安全专项检查启动；关基保护条例配套标准发布。", ["53/bulletin"]),
            "p": ("政策法规", "收集《网络数据安全管理条例》、交通运输部收费公路联网收费网络安全管理要求。", ["52/policy"]),
            "v": ("漏洞通告", "车道机所用操作系统远程代码执行漏洞、某品牌防火墙SSL VPN漏洞及厂商安全通告。", ["52/vulnerability"]),
            "x": ("病毒通告", "勒索病毒新变种通过U盘传播，已通知各收费站。", ["52/virus"]),
            "a": ("分析与处置", "上述漏洞影响本单位车道机约%d台，已排期加固，优先处理门架系统。" % (200 + d.day), ["52/analysis"])}
    parts = [spec[k] for k in "bpvxa" if k in kinds]
    return nar("bulletin", t, d, True, parts)


def changes(co, d):
    t = "%d年变更记录单汇总" % d.year
    return book("record", t, d, True, [("变更记录", ["单号", "日期", "变更内容", "影响路段", "审批人", "结果"],
                                        [["BG%s%02d" % (ymd(d), i), cnd(d - timedelta(days=11 * i)), ["费率表更新", "门架软件升级", "防火墙策略调整"][i % 3],
                                          co.sections[i % 2], co.boss, "成功"] for i in range(5)], ["54/records"])])


def response(co, d):
    t = "应急事件响应时间统计（%d年）" % d.year
    return book("stats", t, d, True, [("响应", ["事件", "级别", "要求响应", "实际响应", "达标"],
                                       [["省中心链路中断", "II", "30分钟", "12分钟", "是"], ["隧道监控失效", "III", "2小时", "40分钟", "是"]], ["55/response-times"])])


def kb(co, d):
    t = "运维知识库导出_%s" % ymd(d)
    rows = [["KB-%04d" % (i + 17), k, c, co.p(i), cnd(d - timedelta(days=13 * i))] for i, (k, c) in enumerate(
        [("车道机无法读取OBU", "天线角度偏移，重新校准并复位RSU"), ("门架计费数据未上传", "检查前置机磁盘与省中心链路，补传流水"),
         ("隧道PLC离线", "光纤收发器掉电，更换电源"), ("收费站服务器时钟不同步", "配置NTP指向分中心时钟源")])]
    return book("kb", t, d, True, [("知识条目", ["编号", "标题", "解决方法", "提交人", "发布日期"], rows, ["21/knowledge-base"])])


def tunnel_round(co, d, st):
    t = "%s隧道机电设备巡检记录（%d年%d月）" % (st, d.year, d.month)
    rows = [[cnd(d - timedelta(days=7 * i)), "%s%d号隧道" % (st[:2], i + 1), "风机、照明、车检器、情报板", ["正常", "正常", "情报板坏点，已报修"][i % 3], co.p(i + 2)]
            for i in range(4)]
    return book("record", t, d, True, [("巡检", ["日期", "隧道", "巡检设备", "结果", "巡检人"], rows, ["44/inspection"])])


# ------------------------------------------------------------------ 服务台

def desk(co, d):
    t = "路网监控中心运维服务台设置"
    return nar("desk", t, d, False, [("服务台", "路网监控中心值班台作为统一运维服务台，热线0%d-9612%03d，7×24受理各路段故障与请求，值班长负责派单。" % (550 + d.month, d.day),
                                      ["48/service-desk"])])


def desk_training(co, d):
    t = "值班员业务培训记录（%s）" % cnd(d)
    return book("training", t, d, True, [("培训", ["日期", "内容", "讲师", "学员", "考核"],
                                           [[cnd(d), "工单受理与派单规范、联网收费特情处理", co.p(4), co.p(i), "合格"] for i in range(5)], ["48/training"])])


# ------------------------------------------------------------------ 监视评审

def month_report(co, d, data, trend):
    t = "%d年%d月路网信息系统运维月报" % (d.year, d.month)
    parts = [("一、概况", "本月处置故障%d起，服务请求%d件。" % (30 + d.day, 60 + d.day), [])]
    if trend:
        parts.append(("二、指标趋势", ("table", [["指标", "%d月" % ((d.month + 9) % 12 + 1), "%d月" % ((d.month + 10) % 12 + 1), "本月", "趋势"],
                                               ["收费系统可用率", "99.91%", "99.93%", "99.95%", "上升"], ["门架交易成功率", "99.62%", "99.58%", "99.71%", "上升"]]),
                      ["50/monitoring-report"]))
    if data:
        parts.append(("三、运维数据", ("table", [["指标", "本月"], ["异常报告及时率", "98%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "96%"],
                                             ["故障隐患发现率", "91%"], ["异常主动发现率", "88%"], ["问题解决率", "93%"], ["漏洞扫描覆盖率", "100%"],
                                             ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", "3"]]), ["56/data"]))
    return nar("report", t, d, True, parts)


def kpi_check(co, d, capa):
    t = "%d年运维服务考核指标监测表" % d.year
    sheets = [("监测", ["项目", "目标", "实际", "达成"], [["客户满意度", "90分", "92分", "是"], ["投诉", "≤3件", "2件", "是"], ["一类故障恢复率", "100%", "96%", "否"]],
               ["57/measurement"]),
              ("纠正预防措施", ["编号", "未达成项", "措施", "责任人", "验证"],
               [["CA-01", "一类故障恢复率", "隧道备件前置至分中心", co.p(2), "已验证"]] if capa else [], ["57/capa"])]
    return book("kpi", t, d, True, sheets)


def csat(co, d, half, anal):
    t = "%s运维服务满意度调查报告（%d年%s）" % (co.customer, d.year, half)
    parts = [("调查情况", "向路段公司收费科、机电科及各收费站发放问卷%d份，回收%d份，综合满意度%d分。" % (20 + d.month, 18 + d.month, 88 + d.month % 7),
              ["41/surveys", "63/survey"])]
    if anal:
        parts.append(("满意度分析", "响应及时性得分最高，外场设备修复时效得分最低，主要因山区隧道路程远。", ["58/survey"]))
    return nar("survey", t, d, True, parts)


def csat_trend(co, d):
    t = "近三期运维服务满意度趋势分析"
    return nar("analysis", t, d, True, [("趋势", ("table", [["期别", "满意度"], ["2025年上半年", "87"], ["2025年下半年", "89"], ["2026年上半年", "91"]]), ["41/trend"]),
                                        ("分析", "连续三期上升，修复时效仍为短板。", [])])


def callbacks(co, d):
    t = "路段公司服务回访记录（%d年）" % d.year
    return book("record", t, d, True, [("回访", ["日期", "回访对象", "方式", "意见", "回访人"],
                                        [[cnd(d - timedelta(days=30 * i)), co.cp(i), "电话", "满意", co.p(i)] for i in range(4)], ["63/follow-up-visits"])])


def internal_audit(co, d):
    t = "%d年运维服务体系内部审核报告" % d.year
    return nar("audit", t, d, True, [("审核概况", "审核组长%s，覆盖信息技术处各组及路网监控中心，依据运维服务管理体系要求及路段公司合同要求，检查体系的实施与保持。" % co.p(5),
                                      ["59/internal-audit"]),
                                     ("不符合项", "开具不符合项2项（变更记录缺回退验证、培训记录不全），已整改关闭。", [])])


def review(co, d, inputs):
    t = "%d年度运维服务管理评审报告" % d.year
    parts = [("评审概况", "%s主持，评审服务和流程的执行情况和符合性，结论：体系持续适宜、有效。" % co.boss, ["59/management-review", "60/performance"])]
    lib = {"fb": ("客户反馈", "路段公司满意度91分，投诉2件均已闭环。", ["60/customer-feedback"]),
           "res": ("资源", "现有运维人员%d人，预测明年新增路段需增加4人及隧道备件经费。" % (40 + d.day % 9), ["60/resources"]),
           "ca": ("纠正措施", "上次评审提出的4项纠正措施已完成3项，1项进行中。", ["60/corrective-actions"]),
           "ch": ("变更", "新路段通车接管、省中心系统升级将影响运维服务。", ["60/changes"]),
           "im": ("改进机会", "门架计费异常告警、备件前置、自助报表。", ["60/improvements"])}
    for k in ("fb", "res", "ca", "ch", "im"):
        if k in inputs:
            parts.append(lib[k])
    return nar("review", t, d, True, parts)


# ------------------------------------------------------------------ 改进

def improve_plan(co, d, crit, impl):
    t = "%d年运维服务持续改进计划" % d.year
    parts = [("改进项目与目标", ("table", [["项目", "目标", "责任", "完成时间"], ["门架计费异常自动告警", "发现时间≤10分钟", co.p(1), "6月"],
                                          ["隧道备件前置", "一类故障4小时恢复率100%", co.p(2), "9月"]]), ["64/plan", "68/plan"])]
    if crit:
        parts.append(("评估标准", "按对通行费征收的影响、对行车安全的影响、投入成本三项打分，总分≥7分的改进机会立项。", ["64/criteria"]))
    if impl:
        parts.append(("实施与效果", "告警功能5月上线，发现时间由平均50分钟降至6分钟；备件前置后一类故障恢复率100%。", ["68/implementation", "68/effectiveness"]))
    return nar("plan", t, d, True, parts)


def preventive(co, d, eff):
    t = "隐患排查及预防措施记录（%d年）" % d.year
    sheets = [("预防措施", ["编号", "潜在问题", "预防措施", "责任人"], [["YF-01", "雷雨季门架设备雷击", "加装防雷模块", co.p(2)], ["YF-02", "UPS电池老化", "更换电池组", co.p(3)]],
               ["66/preventive-actions"]),
              ("有效性验证", ["编号", "验证结果", "验证人"], [["YF-01", "雷雨季无雷击损坏", co.p(5)]] if eff else [], ["66/effectiveness"])]
    return book("record", t, d, True, sheets)


def awareness(co, d):
    t = "“服务改进月”宣贯活动记录"
    return nar("training", t, d, True, [("活动", "%s组织全处及各分中心值班员开展服务改进宣贯，讲解改进建议提报方式，参加%d人，签到表附后。" % (cnd(d), 30 + d.day),
                                         ["69/awareness-training"])])


def defects(co, d):
    t = "%d年运维服务缺陷分析及改进方案" % d.year
    return nar("analysis", t, d, True, [("缺陷分析", "重大事件1起（省中心链路中断）、失败变更1起（门架软件升级）、服务不达标2项（恢复时效、报表时效），逐项分析原因。",
                                         ["70/defect-analysis"]), ("改进方案", "链路双路由、升级灰度、备件前置。", [])])


def forecast(co, d):
    t = "%d年运维服务数据汇总与预测" % d.year
    return nar("analysis", t, d, True, [("数据汇总", "日志、变更、事件、请求、问题五类数据按月汇总。", []),
                                        ("预测", "随新路段通车，明年事件量预计增长15%，请求增长25%，门架类问题占比上升，需加强门架运维力量。", ["71/forecast"])])


# ------------------------------------------------------------------ decoys

def signin(co, d, plan):
    rows = [["学习主题", "《%s》宣贯" % plan], ["日期", cnd(d)], ["序号", "姓名", "单位"]] + [[i + 1, co.p(i), "路网监控中心"] for i in range(6)]
    return Doc("decoy_training", "《%s》宣贯签到表" % plan, d, [], True, sheets=[("签到", rows)], decoy="training record about a plan")


def cites(co, d, names):
    t = "信息技术处现行制度目录"
    b = [("title", t), ("p", "以下制度现行有效，具体要求见各制度原文：")] + [("p", "%d.《%s》" % (i + 1, n)) for i, n in enumerate(names)]
    return Doc("decoy_cites", t, d, [], False, b, decoy="cites other procedures")


UNRELATED = [("05 综合/", "收费站文明服务星级评比通报"), ("05 综合/", "集团职工运动会报名表"), ("05 综合/", "清障车辆调度值班表"),
             ("05 综合/", "服务区经营情况月报"), ("05 综合/", "路政巡查车辆加油记录"), ("05 综合/", "党支部主题党日活动方案"),
             ("05 综合/", "通行费稽核差异情况通报"), ("05 综合/", "绿色通道车辆查验登记表")]


def unrelated(co, d, i):
    f, t = UNRELATED[i]
    return f, t, Doc("unrelated", t, d, [], True, [("title", t), ("p", "%s，%s。" % (cnd(d), "按集团统一安排执行"))], decoy="unrelated")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    co.wh, co.sections, co.other, co.centers, co.jt = W_INFO[co.info_id]
    r = co.rng
    optional = ["budget", "comm", "history", "kpis", "auto", "proj", "baseline", "cmdb", "ci", "collect", "audit", "secstats", "avail",
                "pentest", "dev", "drill", "bulletin", "changes", "resp", "desk", "desktr", "monthly", "kpi", "trend", "callbacks",
                "ia", "review", "improve", "prev", "aware", "defect", "forecast", "iface", "grading", "bcp", "flows", "sld", "needs", "kb"]
    gaps = {k for k in optional if r.random() < 0.07}
    olds = set(r.sample(["collect", "audit", "drill", "callbacks", "desktr", "prev", "pentest", "trend", "secstats"], 2)) - gaps
    co.gaps, co.oldonly = gaps, olds
    fw = iter(range(3, 90, 4))

    def when(k):
        return co.old() if k in olds else co.fresh()

    def put(rel, doc, **opt):
        opt.setdefault("styled", r.random() < 0.7)
        co.add(rel, doc, **opt)

    cust = "06 委托运维/%s/" % co.customer

    # 制度: a 汇编 holds some 办法, the others are issued alone
    keys = list(RULES)
    inbook = sorted(r.sample(keys, r.randint(3, 5)), key=keys.index)
    d = co.issued()
    put(IT + "01 制度文件/%s信息化运维管理制度汇编（%d版）.docx" % (co.jt, d.year), huibian(co, d, inbook))
    for k in keys:
        if k in inbook:
            continue
        d, n = co.issued(), next(fw)
        put(IT + "01 制度文件/%s〔%d〕%d号 %s.%s" % (co.wh, d.year, n, RULES[k][0], r.choice(["pdf", "docx"])), rule(co, d, k, n))
    d, n = co.issued(), next(fw)
    put(TX + "体系文件/%s.docx" % MON[0], mon_rule(co, d, n, ["监视测量", "内部审核", "PDCA"]))
    d, n = co.issued(), next(fw)
    put(AQ + "制度/%s〔%d〕%d号 网络安全事件处置规程.pdf" % (co.wh, d.year, n), secinc_rule(co, d, n, r.random() < 0.85))
    if "flows" not in gaps:
        d, n = co.issued(), next(fw)
        put(AQ + "制度/网络安全服务工作流程.docx", service_flows(co, d, n, r.random() < 0.9, r.random() < 0.9))
    if "grading" not in gaps:
        d, n = co.issued(), next(fw)
        put(AQ + "等级保护/等级保护定级工作细则.pdf", grading_rule(co, d, n))
    for i, sysname in enumerate(co.systems):
        d = co.issued()
        put(IT + "03 作业指导书/ZY-%02d %s运维作业指导书.docx" % (i + 1, sysname), instruction(co, d, sysname, i))
    d, n = co.issued(), next(fw)
    put(AQ + "应急管理/%s〔%d〕%d号 路网信息系统突发事件应急预案.pdf" % (co.wh, d.year, n), emerg_plan(co, d, n, r.random() < 0.9))
    if "bcp" not in gaps:
        d, n = co.issued(), next(fw)
        put(AQ + "应急管理/联网收费业务连续性计划.docx", bcp(co, d, n))

    # 组织、目录、协议
    d = co.fresh()
    put(IT + "02 组织机构/运维组织机构及人员名单（%d）.docx" % d.year, org(co, d, r.random() < 0.9, r.random() < 0.9))
    if "iface" not in gaps:
        d = co.issued()
        put(IT + "02 组织机构/关于明确网络安全管理接口人的通知.pdf", interface(co, d))
    d = co.issued()
    put(IT + "04 服务目录/运维服务目录（%d版）.xlsx" % d.year, catalog(co, d, r.random() < 0.9, r.random() < 0.9))
    d = co.issued()
    put(cust + "协议/%s委托运维服务协议.pdf" % co.customer, sla(co, d, r.random() < 0.9))
    if "sld" not in gaps:
        d = co.fresh()
        put(IT + "04 服务目录/服务级别设计及OLA.docx", sld_ola(co, d, r.random() < 0.85))
    d = co.issued()
    put("06 委托运维/%s/协议/委托运维服务协议.pdf" % co.other, sla(co, d, True))

    # 准备阶段
    if "needs" not in gaps:
        d = when("needs")
        put(cust + "调研/%s运维需求调研报告.docx" % co.customer, needs(co, d, r.random() < 0.85))
    if "budget" not in gaps:
        d = co.fresh()
        put(IT + "05 预算/%d年度运维经费预算表.xlsx" % d.year, budget(co, d))
    mits = [k for k, g in (("comm", "comm"), ("improve", "improve"), ("dev", "dev")) if g not in gaps]
    d = co.fresh()
    put(IT + "06 处务会/%s处务会纪要.docx" % ymd(d), meeting(co, d, mits))
    if "history" not in gaps:
        d = co.fresh()
        put(IT + "07 运维分析/%d年运维历史数据分析报告.docx" % (d.year - 1), history(co, d, r.random() < 0.85))
    if "kpis" not in gaps:
        put(IT + "07 运维分析/可用性指标清单.xlsx", kpis(co, co.issued()))
    if "auto" not in gaps:
        d = co.fresh()
        put(IT + "07 运维分析/服务影响分析及自动化建议.pdf", automation(co, d, r.random() < 0.85))
    if "proj" not in gaps:
        d = co.fresh()
        put("07 路段/%s/%d年/车道系统改造实施方案.docx" % (co.sections[1], d.year), project_docs(co, d, r.random() < 0.85))
    if "baseline" not in gaps:
        put(AQ + "基线/安全配置基线.xlsx", baseline(co, co.issued()))

    # 资产、配置
    for st in co.sections:
        d = co.fresh()
        put("07 路段/%s/%d年/%s机电资产台账.xlsx" % (st, d.year, st), assets(co, d, st))
    if "cmdb" not in gaps:
        d = co.fresh()
        put(IT + "08 配置管理/配置库导出_%s.xlsx" % ymd(d), cmdb(co, d, r.random() < 0.85))
    if "ci" not in gaps:
        d = co.fresh()
        put(IT + "08 配置管理/%d年配置项更新及流程记录.xlsx" % d.year, ci_updates(co, d, r.random() < 0.9))

    # 值班台账 by 分中心 and month
    allk = ["wh", "xj", "cs", "gz", "sj", "jk", "fd"]
    for c in co.centers:
        for m in sorted(r.sample(range(3, 11), 3)):
            d = date(2026, m, r.randint(20, 28))
            ks = [k for k in allk if r.random() < 0.75]
            put(JK + "值班台账/%s/2026年/%d月值班台账.xlsx" % (c, m), duty(co, d, c, ks))
        d = co.old()
        put(JK + "值班台账/%s/%d年/%d月值班台账.xlsx" % (c, d.year, d.month), duty(co, d, c, allk))
    for st in co.sections:
        d = co.fresh() if r.random() < 0.85 else co.old()
        put("07 路段/%s/%d年/健康检查报告（第%d季度）.docx" % (st, d.year, (d.month + 2) // 3), health(co, d, st))
    if "collect" not in gaps:
        d = when("collect")
        put(JK + "安全信息采集/%d年/采集记录%s.xlsx" % (d.year, ymd(d)), collect(co, d, r.random() < 0.9))
    if "audit" not in gaps:
        d = when("audit")
        put(AQ + "日志审计/%d年/%d月日志审计分析报告.pdf" % (d.year, d.month), log_audit(co, d, r.random() < 0.85))

    # 事件、可用性、安全
    if "secstats" not in gaps:
        d = when("secstats")
        put(AQ + "事件统计/%d年网络安全事件统计分析.xlsx" % d.year, sec_stats(co, d, r.random() < 0.9))
    if "avail" not in gaps:
        d = co.fresh()
        put(JK + "可用性管理/%d年可用性计划事件报告.xlsx" % d.year, avail(co, d, r.random() < 0.9))
    if "pentest" not in gaps:
        d = when("pentest")
        put(AQ + "渗透测试/%d年/渗透测试计划及记录.docx" % d.year, pentest(co, d, r.random() < 0.9, r.random() < 0.9))
    if "drill" not in gaps:
        d = when("drill")
        put(AQ + "应急管理/演练/%s收费中断应急演练总结.docx" % ymd(d), drill(co, d, r.random() < 0.85))
    if "bulletin" not in gaps:
        for m in sorted(r.sample(range(2, 11), 2)):
            d = date(2026, m, r.randint(5, 25))
            ks = "".join(k for k in "bpvxa" if r.random() < 0.8)
            ext = r.choice(["docx", "txt", "txt"])
            enc = {"encoding": r.choice(["utf-8", "gb18030"])} if ext == "txt" else {}
            put(AQ + "通告/2026年/%02d月安全通告与漏洞分析.%s" % (m, ext), bulletin(co, d, ks), **enc)
    if "changes" not in gaps:
        d = co.fresh()
        put(IT + "09 变更管理/%d年变更记录单汇总.xlsx" % d.year, changes(co, d))
    if "resp" not in gaps:
        d = co.fresh()
        put(AQ + "应急管理/应急响应时间统计.xlsx", response(co, d))
    if "kb" not in gaps:
        d = co.fresh()
        put(IT + "08 配置管理/运维知识库导出_%s.xlsx" % ymd(d), kb(co, d))
    for st in co.sections:
        for m in sorted(r.sample(range(3, 11), 2)):
            d = date(2026, m, r.randint(25, 28))
            put("07 路段/%s/2026年/隧道巡检/%d月隧道机电巡检记录.xlsx" % (st, m), tunnel_round(co, d, st))
    # 历年归档: last years' copies of records (stale on their own)
    for name, f in (("运维月报", lambda d: month_report(co, d, True, True)), ("变更记录单汇总", lambda d: changes(co, d)),
                    ("日志审计分析报告", lambda d: log_audit(co, d, True))):
        if r.random() < 0.7:
            d = co.old()
            put("历年归档/%d年/%d年%d月%s.%s" % (d.year, d.year, d.month, name, r.choice(["docx", "pdf"])), f(d))
    if "desk" not in gaps:
        put(JK + "服务台/运维服务台设置.docx", desk(co, co.issued()))
    if "desktr" not in gaps:
        d = when("desktr")
        put(JK + "培训/%s值班员培训记录.xlsx" % ymd(d), desk_training(co, d))

    # 监视评审
    for m in sorted(r.sample(range(2, 11), 3)):
        d = date(2026, m + 1, 5)
        put(JK + "运维月报/2026年/%d月运维月报.%s" % (m, r.choice(["docx", "pdf"])),
            month_report(co, d, "monthly" not in gaps and r.random() < 0.8, r.random() < 0.8))
    if "kpi" not in gaps:
        d = co.fresh()
        put(TX + "监视测量/%d年考核指标监测表.xlsx" % d.year, kpi_check(co, d, r.random() < 0.9))
    halves = [(date(2026, 7, 10), "上半年"), (date(2026, 1, 15), "下半年"), (date(2025, 7, 12), "上半年")]
    for i, (d0, h) in enumerate(halves[:r.choice([2, 3])]):
        d = d0 + timedelta(days=r.randint(0, 8))
        yr = d.year if h == "上半年" else d.year - 1
        put(cust + "满意度/%d年%s满意度调查报告.docx" % (yr, h), csat(co, d, h, r.random() < 0.8))
    if "trend" not in gaps:
        d = when("trend")
        put(cust + "满意度/满意度趋势分析.pdf", csat_trend(co, d))
    if "callbacks" not in gaps:
        d = when("callbacks")
        put(cust + "回访/%d年回访记录.xlsx" % d.year, callbacks(co, d))
    if "ia" not in gaps:
        d = co.fresh()
        put(TX + "内审/%d年内部审核报告.pdf" % d.year, internal_audit(co, d))
    if "review" not in gaps:
        d = co.fresh()
        put(TX + "管理评审/%d年管理评审报告.docx" % d.year, review(co, d, [k for k in ("fb", "res", "ca", "ch", "im") if r.random() < 0.88]))

    # 改进
    if "improve" not in gaps:
        d = co.fresh()
        put(TX + "持续改进/%d年持续改进计划.docx" % d.year, improve_plan(co, d, r.random() < 0.85, r.random() < 0.85))
    if "prev" not in gaps:
        d = when("prev")
        put(TX + "持续改进/%d年隐患排查及预防措施.xlsx" % d.year, preventive(co, d, r.random() < 0.85))
    if "aware" not in gaps:
        d = co.fresh()
        put(TX + "持续改进/服务改进宣贯记录%s.docx" % ymd(d), awareness(co, d))
    if "defect" not in gaps:
        d = co.fresh()
        put(IT + "07 运维分析/%d年缺陷分析及改进方案.docx" % d.year, defects(co, d))
    if "forecast" not in gaps:
        d = co.fresh()
        put(IT + "07 运维分析/%d年运维数据汇总与预测.pdf" % d.year, forecast(co, d))
    for st in co.sections:
        d = co.fresh()
        put(AQ + "等级保护/定级/%s联网收费系统定级报告.pdf" % st, grading_report(co, d, st))

    decoys(co, lock_bytes, put, cust)


def grading_report(co, d, st):
    t = "%s联网收费系统安全保护等级定级报告" % st
    return nar("grading", t, d, False, [("定级结果", "业务信息安全等级第三级，系统服务安全等级第三级，最终定为第三级，已在公安机关备案。", ["51/grading"])])


def decoys(co, lock_bytes, put, cust):
    r = co.rng
    put(JK + "值班台账/值班台账（空白表）.xlsx", blank_sheet("值班台账", co.fresh(), ["日期", "设备", "内容", "值班员"]))
    put(cust + "满意度/满意度调查表（空白）.docx", blank_text("运维服务满意度调查表", co.fresh(), ["响应及时性", "修复时效", "意见建议"]))
    put(IT + "09 变更管理/变更申请单（模板）.xlsx", blank_sheet("变更申请单", co.fresh(), ["变更内容", "影响路段", "回退方案", "审批"]))
    put("07 路段/健康检查报告模板.docx", blank_text("健康检查报告", co.fresh(), ["检查方式", "检查结果", "结论"]))
    d = co.fresh()
    put(AQ + "应急管理/联网收费业务连续性计划（征求意见稿）.docx", decoy(bcp(co, d, 99), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    put(TX + "持续改进/%d年持续改进计划（讨论稿）.docx" % (d.year + 1), decoy(improve_plan(co, d, True, False), "draft", mark="（讨论稿）"))
    d = date(2021, 4, 12)
    put(IT + "01 制度文件/已作废/信息系统变更管理办法（2021版）作废.pdf", decoy(rule(co, d, "bg", 7), "obsolete", mark="（作废）"))
    d = date(2022, 3, 8)
    put(AQ + "应急管理/已作废/路网信息系统突发事件应急预案（2022）.docx", decoy(emerg_plan(co, d, 5, True), "obsolete", mark="【已废止】"))
    d = co.fresh()
    put(".recycle/%s/%d月值班台账.xlsx" % (co.centers[0], d.month), decoy(duty(co, d, co.centers[0], ["wh", "xj", "gz"]), "recycle bin"))
    d = co.fresh()
    put(".recycle/信息技术处/%d年内部审核报告.docx" % d.year, decoy(internal_audit(co, d), "recycle bin"))
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:60:11]:
        folder, _, base = rel.rpartition("/")
        co.raw(folder + "/~$" + base[2:], lock_bytes(co.p(4)), "Office lock file")
    co.raw(JK + "值班台账/%s/2026年/11月值班台账.xlsx" % co.centers[-1], b"", "empty file")
    co.raw(AQ + "日志审计/2026年/11月日志审计分析报告.pdf", b"", "empty file")
    for p in ("路网信息系统突发事件应急预案", "联网收费业务连续性计划", "信息系统变更管理办法"):
        if r.random() < 0.8:
            d = co.fresh()
            put(JK + "培训/%s《%s》宣贯签到表.xlsx" % (ymd(d), p), signin(co, d, p))
    put(IT + "01 制度文件/现行制度目录.docx", cites(co, co.fresh(), [RULES[k][0] for k in RULES]))
    for i in sorted(r.sample(range(len(UNRELATED)), 4)):
        f, t, doc = unrelated(co, co.fresh(), i)
        put("%s%s.%s" % (f, t, r.choice(["docx", "pdf"])), doc)
