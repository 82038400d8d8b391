# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_r.py - style R: the 网络运维中心 (NOC) of a provincial telecom operator's 政企 subsidiary.

A new author voice for the accuracy corpus, used only by the R shares.  The subsidiary operates the
networks and systems of 政府 and 企业 customers under contract (专网, 城域网, 视频专网, 云主机, 互联网出口
安全防护); its 网络运维中心 applies for the CCRC 安全运维服务资质, and such a 政企客户 is the form's customer.
Its people write as a carrier's 网络维护 staff do: 管理办法 with the group's 企业标准 numbers (Q/XXXX-NOC
205—2025) issued by 通知 with 〔2026〕N号, a 运维管理手册 whose chapters are several 办法, 维护作业指导书 and an
作业指导书汇编; 割接方案 with 测试验证 and 回退方案, 割接台账; 故障单 and 工单系统 (EOMS / IOM) exports whose
工单类型 column holds 故障单, 服务请求单, 割接单 and 投诉单; 网管告警 statistics and 网管 performance
collections; 维护作业计划 and its 执行记录 workbook with one sheet per 作业 kind; 代维 (outsourced maintenance)
vendors, their 人员名册 and 服务等级约定; 月度质量分析会 minutes; 集团考核指标 and 整改单; 客户经理 and 政企客户
language (客户月报, 服务等级协议, 运维服务产品目录, 客户满意度测评, 回访).  Folders by 专业 (02传输/, 03数据/,
04IT/, 05安全/) and by year-month (202609/), plus 01政企客户/<客户>/, 06网管监控/, 07质量管理/, 08代维管理/,
09割接管理/, 00制度/; last year's copies under 归档/<year>/.  Written from the form's 需提供证明材料, not from
the rule pack.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when it is written; a sheet with no data rows counts for nothing.  build(co,
lock_bytes) lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the customer's short name (folder), the company's abbreviation for 文号, the 企标 prefix,
# the group whose 考核 the NOC answers to, the 工单系统's name
R_INFO = {
    "r1": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r2": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r3": ("沧海化工", "冀讯政企", "Q/LXHB-NOC", "联讯移动集团", "EOMS"),
    "r4": ("汉中医保", "陕广网运", "Q/SZSX-NOC", "神州广通集团", "综合运维平台"),
    "r5": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r6": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r7": ("沧海化工", "冀讯政企", "Q/LXHB-NOC", "联讯移动集团", "EOMS"),
    "r8": ("汉中医保", "陕广网运", "Q/SZSX-NOC", "神州广通集团", "综合运维平台"),
    "r9": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r10": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r11": ("汉中医保", "陕广网运", "Q/SZSX-NOC", "神州广通集团", "综合运维平台"),
    "r12": ("沧海化工", "冀讯政企", "Q/LXHB-NOC", "联讯移动集团", "EOMS"),
    "r13": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r14": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r15": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r16": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r17": ("汉中医保", "陕广网运", "Q/SZSX-NOC", "神州广通集团", "综合运维平台"),
    "r18": ("沧海化工", "冀讯政企", "Q/LXHB-NOC", "联讯移动集团", "EOMS"),
    "r19": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r20": ("汉中医保", "陕广网运", "Q/SZSX-NOC", "神州广通集团", "综合运维平台"),
    "r21": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r22": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r23": ("沧海化工", "冀讯政企", "Q/LXHB-NOC", "联讯移动集团", "EOMS"),
    "r24": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r25": ("沧海化工", "冀讯政企", "Q/LXHB-NOC", "联讯移动集团", "EOMS"),
    "r26": ("汉中医保", "陕广网运", "Q/SZSX-NOC", "神州广通集团", "综合运维平台"),
    "r27": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r28": ("汉中医保", "陕广网运", "Q/SZSX-NOC", "神州广通集团", "综合运维平台"),
    "r29": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r30": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r31": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r32": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r33": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r34": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r35": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r36": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r37": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r38": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r39": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r40": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r41": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r42": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r43": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r44": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r45": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r46": ("汉中医保", "陕广网运", "Q/SZSX-NOC", "神州广通集团", "综合运维平台"),
    "r47": ("汉中医保", "陕广网运", "Q/SZSX-NOC", "神州广通集团", "综合运维平台"),
    "r48": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r49": ("沧海化工", "冀讯政企", "Q/LXHB-NOC", "联讯移动集团", "EOMS"),
    "r50": ("汉中医保", "陕广网运", "Q/SZSX-NOC", "神州广通集团", "综合运维平台"),
    "r51": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r52": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r53": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r54": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r55": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r56": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r57": ("淮南教育局", "皖拓数网", "Q/ZTAH-NOC", "中拓电信集团", "IOM"),
    "r58": ("沧海化工", "冀讯政企", "Q/LXHB-NOC", "联讯移动集团", "EOMS"),
    "r59": ("徐州交警支队", "苏讯政企", "Q/HXZQ-NOC", "华讯通信集团", "EOMS"),
    "r60": ("沧海化工", "冀讯政企", "Q/LXHB-NOC", "联讯移动集团", "EOMS"),
    "r61": ("汉中医保", "陕广网运", "Q/SZSX-NOC", "神州广通集团", "综合运维平台"),
    "r62": ("汉中医保", "陕广网运", "Q/SZSX-NOC", "神州广通集团", "综合运维平台"),
}

ZH = "一二三四五六七八九十"


def ym(d):
    return "%d%02d" % (d.year, d.month)


def fileno(co, d, n):
    return "%s〔%d〕%d号" % (co.abbr, d.year, n)


def notice_head(co, d, n):
    """The head of an issuing 通知: the issuer and its 文号."""
    return [("p", "%s文件" % co.name), ("p", fileno(co, d, n))]


def std_head(co, d, num, ver="V2.0"):
    return [("p", "%s企业标准" % co.name), ("p", "%s %03d—%d　　版本：%s" % (co.qstd, num, d.year, ver)),
            ("p", "%s发布　　%s实施" % (cnd(d), cnd(d + timedelta(days=10))))]


# ------------------------------------------------------------------ 管理办法 (企业标准)

# key -> (title, number, items, sections)
R_RULES = {
    "fault": ("网络故障处理管理办法", 205, ["49/incident-procedure"], [
        ("适用范围", ["适用于中心维护的政企客户专线、专网、云主机及安全防护设备的故障处理，含网管告警发现和客户报障。"]),
        ("故障分级", ["按影响客户数、业务中断时长分为重大故障、严重故障、一般故障；重大故障立即上报中心主任并通知客户经理。"]),
        ("受理与派单", ["网管值班员发现告警或服务台接到报障后5分钟内在工单系统生成故障单，派发至对应专业或代维单位。"]),
        ("处理与回单", ["处理人按时限处理，恢复业务后回单，写明故障原因和处理措施；服务台回访客户确认后归档。"]),
        ("升级", ["超过处理时限未恢复的，故障单自动升级至专业主管，重大故障由中心主任组织会商。"]),
    ]),
    "request": ("政企客户服务请求受理管理办法", 206, ["49/request-procedure"], [
        ("请求范围", ["政企客户经客户经理或服务台提出的端口开通、带宽调整、安全策略开通、VPN账号、资料查询等服务请求。"]),
        ("受理", ["服务台在工单系统生成服务请求单，涉及安全策略和账号的须附客户书面申请并经客户经理确认。"]),
        ("实施与关闭", ["专业班组按约定时限实施，完成后通知客户验证，服务台确认后关闭工单；每月统计请求量和按时完成率。"]),
    ]),
    "problem": ("网络疑难问题管理办法", 207, ["20/procedure", "37/procedure"], [
        ("问题的界定", ["同一设备或电路一个月内重复故障三次及以上、重大故障、原因不明的故障，由专业主管立为问题单。"]),
        ("根因分析", ["问题责任人组织专业骨干和厂家在10个工作日内完成根因分析，提出临时规避措施和根本解决方案。"]),
        ("解决与关闭", ["需要调整网络的解决方案按割接流程实施；观察一个月未复发后由专业主管关闭问题单，处理经验入维护经验库。"]),
    ]),
    "change": ("网络割接管理办法", 208, ["54/procedure"], [
        ("割接范围", ["对在网设备、电路、安全策略、云资源的配置、版本、连接关系的一切调整均按割接管理。"]),
        ("割接方案", ["割接前编制割接方案，写明割接内容、影响客户、风险评估、测试验证、操作步骤和回退方案。"]),
        ("审批", ["一般割接由专业主管审批，影响政企客户业务的割接须经客户书面同意并报中心主任批准，重大割接报集团备案。"]),
        ("实施与验证", ["割接在批准的窗口期实施，网管中心全程监控；完成后业务验证，失败立即回退，并在割接台账登记结果。"]),
    ]),
    "knowledge": ("维护经验库管理办法", 209, ["21/procedure"], [
        ("经验来源", ["故障处理、问题分析、割接总结、厂家技术通报。"]),
        ("编写与审核", ["处理人在工单归档后3个工作日内提交经验条目，专业主管审核后发布到维护经验库。"]),
        ("维护", ["每半年清理失效条目，版本更新后同步修订。"]),
    ]),
    "slm": ("政企客户服务等级管理办法", 210, ["39/slm-procedure"], [
        ("服务等级的确定", ["客户经理会同网络运维中心与客户协商服务等级协议（SLA），明确服务范围、服务时段、维护方式、响应和修复时限。"]),
        ("监测与通报", ["网管中心按月统计SLA达成情况，写入客户月报；未达标的分析原因并向客户说明。"]),
        ("评审", ["SLA每年与客户评审一次，业务变化时修订。"]),
    ]),
    "secinc": ("网络与信息安全事件处置及报告办法", 211,
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("事件分类分级", ["分为有害程序事件、网络攻击事件、信息破坏事件、设备设施故障和其他事件；按影响分为特别重大、重大、较大、一般四级。"]),
        ("报告", ["安全值班员发现事件后15分钟内报告安全专业主管，较大及以上事件30分钟内报告中心主任、客户经理和客户，按集团要求报送省公司网信部门。"]),
        ("处置", ["确认定级后实施封堵、隔离、断网等遏制措施，清除后恢复业务并验证，处置过程记入工单。"]),
        ("应急响应", ["较大及以上事件启动《网络安全事件应急预案》，应急指挥组统一指挥，代维单位按约定到场支援。"]),
        ("事后处理", ["处置结束5个工作日内提交事件报告，分析原因，落实整改，更新预案和维护经验库。"]),
    ]),
    "audit": ("质量管理体系内部审核管理办法", 212, ["61/audit-system", "62/audit-mechanism"], [
        ("审核策划", ["质量管理部每年编制内审方案，覆盖各专业和各过程，内审员不审核本专业。"]),
        ("审核实施", ["审核计划、首次会议、现场审核、不符合报告、末次会议、整改验证。"]),
        ("结果运用", ["内审报告输入管理评审，不符合项纳入整改台账跟踪关闭。"]),
    ]),
    "monitor": ("网络运维质量监督考核办法", 213, ["61/monitoring-process", "62/monitoring-process"], [
        ("监督内容", ["集团考核指标、SLA达成率、维护作业计划完成率、故障历时、客户满意度和投诉。"]),
        ("监督方式", ["网管中心日监测、周通报，质量管理部月度统计并在月度质量分析会上通报。"]),
        ("考核", ["未达标的专业和代维单位下发整改单，整改结果纳入月度考核。"]),
    ]),
    "improve": ("运维持续改进管理办法", 214, ["65/procedure"], [
        ("改进来源", ["月度质量分析会、内审、管理评审、客户投诉、集团考核未达标、隐患排查。"]),
        ("登记与审批", ["改进建议登记到改进项目跟踪表，质量管理部组织评估，中心主任审批。"]),
        ("测量与报告", ["改进项目设定可测量目标，实施后测量效果，每月在质量分析会上报告进展。"]),
    ]),
    "training": ("政企客户安全培训服务规范", 215, ["31/training-process"], [
        ("需求", ["客户经理每年收集客户安全培训需求，编制培训计划。"]),
        ("实施", ["讲师备课、课件审核、集中授课或上机实操、签到、考试。"]),
        ("评估", ["培训后满意度评价，结果反馈讲师并纳入下年计划。"]),
    ]),
    "pentest": ("渗透测试作业规范", 216, ["31/pentest-process"], [
        ("授权", ["测试前取得客户书面授权，明确目标、窗口期和禁止事项。"]),
        ("实施", ["信息收集、漏洞探测、验证利用，禁止拒绝服务类测试，全程录屏。"]),
        ("报告与复测", ["出具渗透测试报告，客户整改后复测并关闭。"]),
    ]),
}

# the NOC's own working rules that prove none of the form's items
R_OTHER = {
    "duty": ("网管中心值班管理规定", [("值班", ["7x24小时两人值班，值班期间不得脱岗。"]), ("交接班", ["交接班双方核对未闭环告警和工单，在交接班记录上签字。"])]),
    "room": ("通信机房出入管理规定", [("出入", ["非维护人员进入机房须登记并由维护人员陪同。"]), ("环境", ["温度10-28℃，湿度20%-80%。"])]),
    "plan": ("维护作业计划编制规定", [("编制", ["各专业每年12月编制下年维护作业计划，分解到月。"]), ("格式", ["作业计划按周期、对象、内容、责任人列示。"])]),
}


def rule_doc(co, d, key, n):
    title, num, items, sections = R_RULES[key]
    b = notice_head(co, d, n) + [("p", "关于印发《%s》的通知" % title), ("p", "各专业、各代维单位：现将《%s》印发给你们，请遵照执行。" % title)]
    b += [("title", title)] + std_head(co, d, num)
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "第%s章 %s" % (ZH[i - 1], head)))
        b += [("p", "第%d条 %s" % (i, p)) for p in paras]
    return Doc("proc:" + key, title, d, items, False, b)


def other_doc(co, d, key, n):
    title, sections = R_OTHER[key]
    b = [("title", title)] + std_head(co, d, 260 + n, "V1.0")
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "第%s章 %s" % (ZH[i - 1], head)))
        b += [("p", p) for p in paras]
    return Doc("other_rule", title, d, [], False, b)


def handbook(co, d, keys, pdca):
    """运维管理手册: the management cycle as its first chapter (optional), several 办法 as chapters."""
    t = "网络运维中心运维管理手册（%d版）" % d.year
    b = [("title", t), ("p", "%s网络运维中心编　%s" % (co.name, cnd(d))), ("p", "目录（略）")]
    items = []
    n = 0
    if pdca:
        n += 1
        b += [("h1", "第%s章 运维管理循环" % ZH[n - 1]),
              ("p", "中心运维管理按计划、执行、检查、处理循环运转：年度维护作业计划和产品目录为计划；按办法、作业指导书和割接流程执行；"
                    "以网管监测、月度质量分析会、内审和管理评审检查；以整改单、隐患治理和改进项目处理，转入下一循环。")]
        items.append("10/pdca")
    for k in keys:
        title, num, its, sections = R_RULES[k]
        n += 1
        b.append(("h1", "第%s章 %s（%s %03d）" % (ZH[n - 1] if n <= 10 else str(n), title, co.qstd, num)))
        for i, (head, paras) in enumerate(sections, 1):
            b.append(("h2", "%d.%d %s" % (n, i, head)))
            b += [("p", p) for p in paras]
        items += its
    return Doc("handbook", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 维护作业指导书

SOPS = {
    "otn": ("传输", "OTN设备例行维护", ["查看网管当前告警和性能，记录光功率。", "检查机盘运行灯、风扇和电源。", "清洁防尘网，核对尾纤标签。",
                                    "异常时按故障处理流程生成故障单。"]),
    "router": ("数据", "核心路由器软件版本升级", ["割接前备份配置和当前版本。", "加载新版本并校验。", "分板倒换升级，观察协议邻居。",
                                           "验证业务；失败时回退至原版本并恢复配置。"]),
    "fw": ("安全", "防火墙安全策略开通", ["核对服务请求单和客户书面申请。", "备份现有策略。", "按最小权限配置策略，禁止any到any。",
                                   "客户验证通过后关闭工单；回退：导入备份策略。"]),
    "av": ("安全", "终端防病毒系统维护", ["每日检查病毒库版本和终端在线率。", "每周全网查杀并导出结果。", "发现感染终端立即隔离并上报。"]),
    "vm": ("IT", "云主机日常巡检", ["检查CPU、内存、磁盘和快照。", "检查安全组规则和补丁。", "巡检结果录入作业计划执行记录。"]),
}


def sop(co, d, key, n):
    major, name, steps = SOPS[key]
    t = "%s作业指导书" % name
    b = [("title", t), ("p", "%s专业　编号：ZY-%s-%02d" % (major, co.short, n))] + std_head(co, d, 300 + n, "V1.1")
    b += [("h1", "1 适用范围"), ("p", "适用于中心及代维单位在%s的%s维护作业。" % (co.customer, major)),
          ("h1", "2 作业准备"), ("p", "核对工单或割接方案，准备工具、备件和备份介质。"), ("h1", "3 作业步骤")]
    b += [("p", "3.%d %s" % (i, s)) for i, s in enumerate(steps, 1)]
    b += [("h1", "4 注意事项"), ("p", "严禁无单作业；涉及客户业务的作业须在窗口期进行。")]
    return Doc("sop", t, d, ["11/manuals", "24/work-instructions"], False, b)


def sop_book(co, d, keys):
    t = "维护作业指导书汇编（%d年）" % d.year
    b = [("title", t), ("p", "%s网络运维中心　%s" % (co.name, cnd(d)))]
    for i, k in enumerate(keys, 1):
        major, name, steps = SOPS[k]
        b.append(("h1", "%d %s作业指导书（%s）" % (i, name, major)))
        b += [("p", "%d.%d %s" % (i, j, s)) for j, s in enumerate(steps, 1)]
    return Doc("sop_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ 政企客户 folder

def survey(co, d, time_req, sec):
    parts = [("一、客户概况", "%s，网络及系统：%s；客户经理：%s。" % (co.customer, "、".join(co.systems), co.p(5)), [])]
    if time_req:
        parts.append(("二、维护时段要求", ["专网核心节点7x24小时监控和故障处理，重要活动及节假日期间重保值守；",
                                     "工作日8:30-17:30现场支撑，夜间及节假日远程处理、4小时内到场。"], ["1/survey"]))
    if sec:
        parts.append(("三、安全服务需求及分类", ["安全防护设备维护、互联网出口攻击监测、日志审计、漏洞扫描与加固、渗透测试、安全事件应急处置、等保整改配合；",
                                          "按类别分为防护维护类、监测审计类、评估测试类、应急保障类。"], ["5/survey"]))
    parts.append(("四、调研方式", "客户经理陪同走访客户信息科、业务科室，结合客户信息化“十四五”规划。", []))
    return nar("survey", "%s网络运维服务需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    head = ["阶段", "工作内容", "工作量（人月）", "人员", "费用（万元）", "节点"]
    rows = [["接维", "资源核查、网管接入", 2, "网络工程师×2", 5.6, iso(d + timedelta(days=30))],
            ["维护", "7x24网管监控、故障处理", 24, "网管值班员×2、代维×2", 62.4, iso(d + timedelta(days=365))],
            ["安全", "安全设备维护、日志审计、漏洞扫描", 8, "安全工程师", 24.0, "按季度"],
            ["总结", "年度运维总结", 0.5, "项目经理", 1.5, iso(d + timedelta(days=375))]]
    return book("budget", "%s运维项目成本测算表" % co.customer, d, False, [("测算", head, rows, ["2/budget"])])


def communication(co, d):
    parts = [("基本情况", "时间：%s；地点：%s；客户：%s、%s；我方：客户经理%s、中心%s。" % (cnd(d), co.customer, co.cp(0), co.cp(1), co.p(5), co.p(0)), []),
             ("交流结论", ["维护范围为%s，维护时段、SLA指标按调研报告执行；" % "、".join(co.systems), "客户指定%s为日常对接人；" % co.cp(0),
                          "上述内容双方一致认可，会后签字确认。"], ["3/communication"])]
    return nar("communication", "%s运维需求交流纪要" % co.customer, d, False, parts)


def takeover(co, d, on):
    parts = [("背景", "接维前对%s网络近一年的运行数据进行了梳理。" % co.customer, [])]
    if "list" in on:
        parts.append(("一、接维数据清单", ("table", [["数据", "来源", "时间范围", "数量"], ["网管告警", "客户原网管", "近12个月", "18,420条"],
                                                ["故障记录", "原维护单位台账", "近12个月", "164条"], ["割接记录", "原维护单位", "近12个月", "57次"],
                                                ["安全设备日志", "日志审计系统", "近6个月", "约2.1亿条"]]), ["4/history-list"]))
    if "analysis" in on:
        parts.append(("二、运行数据分析", ["指标：专网可用率99.82%，低于客户要求的99.9%；", "违规操作：未报割接擅自改配置3次；",
                                     "重大故障：主干光缆中断1次，历时3.5小时；", "失败割接：2次，均因无回退方案延长中断。"], ["4/analysis"]))
    if "strategy" in on:
        parts.append(("三、维护策略及实施方案", ["主干链路增加异路由保护（接维后2个月）；", "所有调整纳入割接管理并强制回退方案（立即）；",
                                          "安全设备纳入网管集中监控（接维后1个月）。"], ["4/strategy"]))
    return nar("takeover", "%s接维运行数据分析及维护策略" % co.customer, d, False, parts)


def sla(co, d, ways, core, health):
    parts = [("服务范围", "%s：%s。" % (co.customer, "、".join(co.systems)), [])]
    if ways:
        parts.append(("维护方式", "驻点维护（工作日1人）、定期巡检（远程每日、现场每月）、远程值守（网管中心7x24）。", ["35/sla"]))
    if health:
        parts.append(("巡检及健康检查", "现场巡检每季度一次、远程巡检每月一次，检查设备和系统的运行状态、负载、冗余和安全策略，每次出具巡检报告。", ["15/agreement"]))
    if core:
        parts.append(("服务等级指标", ("table", [["指标", "承诺值"], ["专网可用率", "≥99.9%"], ["重大故障响应", "15分钟"], ["重大故障修复", "4小时"],
                                            ["故障工单及时率", "≥98%"]]), ["36/sla"]))
    parts.append(("协议签署", "甲方：%s　乙方：%s　签订日期：%s" % (co.customer, co.name, cnd(d)), ["39/sla"]))
    return nar("sla", "政企客户网络运维服务等级协议（SLA）", d, False, parts)


def catalog(co, d, levels):
    rows = [["基础", "接维初始化", "资源核查、网管接入"], ["基础", "安全设备维护", "防火墙、IPS、WAF维护"], ["基础", "例行巡检", "每日远程、每月现场"],
            ["基础", "健康检查", "每季度"], ["基础", "安全审计", "日志审计月报"]]
    its = ["12/catalog", "29/catalog"]
    if "l2" in levels:
        rows += [["增值", "网络监控分析", "7x24网管监控、月度分析"], ["增值", "终端安全防护", "防病毒维护"], ["增值", "等保合规维护", "整改配合、测评支撑"]]
        its.append("19/catalog")
    if "l1" in levels:
        rows += [["增值", "漏洞预警通报", "每周通报"], ["增值", "应急响应", "7x24应急处置"]]
        its.append("26/catalog")
    return book("catalog", "政企运维服务产品目录（%d版）" % d.year, d, False, [("产品目录", ["类别", "产品", "内容"], rows, its)])


def requirements(co, d):
    parts = [("项目", "%s新建%s。" % (co.customer, co.sys(2)), []),
             ("需求分析", ["功能：集中接入、统一管理；", "性能：并发会话20万，时延≤20ms；", "安全：等保三级、边界防护、日志留存6个月。"], ["11/requirements"]),
             ("确认", "客户确认：%s（%s）。" % (co.cp(0), iso(d)), [])]
    return nar("requirements", "%s新建项目需求分析记录" % co.sys(2), d, True, parts)


def inspect_report(co, d):
    parts = [("巡检方式", "现场巡检结合远程巡检；范围：%s及安全防护设备。" % "、".join(co.systems), []),
             ("巡检结果", ("table", [["对象", "运行状态", "负载/冗余", "结论"], ["出口防火墙", "主备正常", "会话数峰值42%", "正常"],
                                  [co.sys(0), "可用率99.96%", "链路利用率峰值68%", "正常"], ["日志审计系统", "正常", "存储82%", "建议扩容"]]),
              ["15/records", "46/records", "44/inspection"])]
    return nar("inspect", "%s季度巡检报告（%d年第%d季度）" % (co.customer, d.year, (d.month - 1) // 3 + 1), d, True, parts)


def cust_month(co, d, trend):
    """客户月报: availability, faults, and (sometimes) a trend part: several items in one report."""
    m = d.month - 1 or 12
    rows = [[s, "99.9%", "%.2f%%" % (99.9 + co.rng.random() * 0.09)] for s in co.systems]
    parts = [("一、可用率", ("table", [["网络/系统", "SLA承诺", "本月实际"]] + rows), ["22/report", "18/availability-report"]),
             ("二、故障情况", "本月故障单6张，其中%s光缆中断1次（历时52分钟，已恢复）。" % co.sys(0), [])]
    if trend:
        parts.append(("三、趋势分析", ["近六个月可用率99.92%、99.95%、99.93%、99.96%、99.97%、99.95%，总体平稳；",
                                   "告警量环比下降12%，故障平均历时由3.1小时降至2.4小时，带宽利用率逐月上升需关注扩容。"], ["50/monitoring-report"]))
    return nar("cust_month", "%s网络运维月报（%d年%d月）" % (co.customer, d.year, m), d, True, parts)


def csat(co, d, half):
    parts = [("测评情况", "通过客户经理向%s发放满意度测评表，回收8份。" % co.customer, []),
             ("测评结果", ("table", [["测评项", "得分"], ["故障响应", 94], ["修复时效", 92], ["服务态度", 97], ["综合满意度", 94]]),
              ["41/surveys", "58/survey", "63/survey"])]
    return nar("csat", "%d年%s政企客户满意度测评报告" % (d.year, half), d, True, parts)


def csat_trend(co, d):
    parts = [("趋势", ("table", [["期次", "综合满意度"], ["2024年下半年", 90], ["2025年上半年", 92], ["2025年下半年", 93], ["2026年上半年", 94]]), ["41/trend"]),
             ("分析", "满意度逐期提升，修复时效仍是短板。", [])]
    return nar("csat_trend", "政企客户满意度趋势分析（%d）" % d.year, d, True, parts)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=30 * i)), co.cp(i), ["电话", "上门", "电话"][i % 3], ["满意", "希望提前通知割接", "满意"][i % 3], co.p(5)] for i in range(4)]
    return book("callbacks", "政企客户回访记录", d, True, [("回访", ["回访日期", "客户联系人", "方式", "客户意见", "客户经理"], rows, ["63/follow-up-visits"])])


def confirm(co, d):
    parts = [("确认", "%s年%d月代维驻点人员%s完成驻点维护21个工作日，客户签字确认。" % (d.year, d.month, co.vp(0)), [])]
    return decoy(nar("confirm", "代维驻点服务月度确认单（%d年%d月）" % (d.year, d.month), d, True, parts), "mentions on-site staff, is no staff list")


# ------------------------------------------------------------------ organisation, desk, 代维

def org(co, d, roles):
    parts = [("组织架构", ["网络安全工作领导小组：组长%s（中心主任），副组长%s，成员各专业主管；" % (co.boss, co.p(0)),
                       "下设网管监控室（%s）、传输专业（%s）、数据专业（%s）、IT专业（%s）、安全专业（%s）、质量管理部（%s）。" %
                       (co.p(2), co.p(3), co.p(4), co.p(0), co.p(1), co.p(5))], ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("岗位及职责", ("table", [["岗位", "职责", "所属"], ["网管值班员", "告警监控、派单", "网管监控室"], ["安全维护工程师", "安全设备维护、漏洞处置", "安全专业"],
                                          ["割接审核人", "割接方案审核", "各专业主管"], ["客户经理", "客户对接、SLA沟通", "政企客户部"], ["内审员", "内部审核", "质量管理部"]]),
                      ["18/roles", "23/roles"]))
    return nar("org", "网络运维中心组织架构及岗位职责（%d年）" % d.year, d, False, parts)


def roster(co, d, outs):
    head = ["姓名", "专业", "岗位", "用工形式"]
    rows = [[co.p(i), ["IT", "安全", "网管", "传输", "数据", "质量"][i], ["专业主管", "安全维护工程师", "网管值班员", "传输维护工程师", "数据维护工程师", "内审员"][i], "合同制"]
            for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[co.vp(i), ["传输", "安全"][i], "代维工程师（驻点）", "代维：%s" % co.vendor] for i in range(2)]
        its.append("9/outsourcing")
    return book("roster", "维护人员及代维人员名册", d, False, [("名册", head, rows, its)])


def interface(co, d, n):
    parts = [("通知", "经研究，明确%s为中心网络与信息安全工作接口人，负责与%s、集团及省公司网信部门、监管单位的安全工作联络，%s为B角。" % (co.p(1), co.customer, co.p(0)),
              ["28/interface-person"])]
    return nar("interface", "关于明确网络与信息安全工作接口人的通知", d, False, parts, notice_head(co, d, n))


def desk(co, d, n):
    parts = [("通知", "成立政企运维服务台，统一受理政企客户报障、服务请求、投诉和安全事件报告，7x24小时值守，工单全部录入%s。" % co.eoms, ["48/service-desk"]),
             ("人员", "服务台由网管监控室值班员轮值，%s任班长。" % co.p(2), [])]
    return nar("desk", "关于成立政企运维服务台的通知", d, False, parts, notice_head(co, d, n))


def desk_training(co, d):
    rows = [["培训内容", "服务台岗位技能培训：工单受理、派单升级规则、客户沟通话术"], ["时间", cnd(d)], ["讲师", co.p(2)], ["姓名", "签名", "考试成绩"]] + \
        [[co.p(i), co.p(i), 85 + i] for i in range(5)]
    return Doc("desk_training", "服务台岗位技能培训记录", d, ["48/training"], True, sheets=[("培训", rows)])


def ola(co, d, sld):
    parts = [("内部支撑约定", ["传输专业对网管监控室：传输告警派单后30分钟内响应；", "安全专业对数据专业：策略开通请求1个工作日内完成；",
                           "网管监控室对客户经理：重大故障15分钟内通报。"], ["8/ola"])]
    if sld:
        parts.append(("代维及第三方服务等级", ["%s：7x24响应，市区2小时、郊县4小时到场，与对客户承诺的4小时修复一致；" % co.vendor,
                                        "设备厂家备件：4小时送达。"], ["8/sld"]))
    return nar("ola", "内部支撑约定（OLA）及代维服务等级设计", d, False, parts)


def vendor_check(co, d):
    """代维考核月报: a real document about the vendor's scores; it proves no clause item."""
    rows = [[co.vendor, "故障处理及时率", "98.2%", 28], [co.vendor, "作业计划完成率", "97.0%", 27], [co.vendor, "资源准确率", "99.1%", 19]]
    return Doc("vendor_check", "代维单位月度考核表", d, [], True,
               sheets=[("考核", [["代维单位月度考核表（%d年%d月）" % (d.year, d.month)], ["代维单位", "考核项", "完成值", "得分"]] + rows)])


# ------------------------------------------------------------------ 网管监控

def kpi_list(co, d):
    rows = [["全网", "政企专网综合可用率", "99.9%", "月", "集团考核"], ["全网", "重大故障次数", "0", "年", "集团考核"]]
    rows += [[s, "可用率", "99.9%", "月", "单网络/系统"] for s in co.systems]
    rows.append([co.sys(0), "故障平均修复历时", "≤4小时", "月", "单网络/系统"])
    return book("kpi_list", "网络可用率指标体系（含集团考核指标）", d, False, [("指标", ["对象", "指标", "目标值", "周期", "类型"], rows, ["6/availability-kpis"])])


def avail_plan(co, d):
    parts = [("目标", "%d年政企专网综合可用率不低于99.9%%，重大故障为零。" % d.year, []),
             ("保障措施", ["主干电路双路由保护，核心设备双机；", "%s关键节点配置备件；" % co.sys(0), "重大活动及节假日重保值守；", "每季度开展一次应急演练。"],
              ["22/plan", "18/availability-plan"])]
    return nar("avail_plan", "%d年网络可用性保障方案" % d.year, d, False, parts, notice_head(co, d, 11))


def eoms(co, d, with_resp, with_cut):
    """工单系统导出: the 工单类型 column holds 故障单, 服务请求单, 投诉单 (and 割接单)."""
    head = ["工单号", "工单类型", "网络/系统", "标题", "受理时间", "处理人", "状态"] + (["响应时长（分钟）", "约定时限（分钟）"] if with_resp else [])
    kinds = ["故障单", "服务请求单", "故障单", "投诉单", "故障单", "服务请求单", "故障单", "故障单"]
    if with_cut:
        kinds[1], kinds[5] = "割接单", "割接单"
    titles = {"故障单": "链路中断后恢复", "服务请求单": "安全策略开通", "投诉单": "网速慢投诉已处理", "割接单": "核心路由器版本升级（已验证）"}
    rows = []
    for i, k in enumerate(kinds):
        t = d - timedelta(days=2 * i + 1)
        r = ["%s-%s-%04d" % (co.eoms[:4].upper() if co.eoms.isascii() else "GD", ymd(t), 17 + i), k, co.sys(i), titles[k],
             "%s %02d:%02d" % (iso(t), 8 + i, 10 * (i % 6)), co.p(i % 4) if i % 3 else co.vp(0), "已归档"]
        if with_resp:
            r += [4 + i % 6, 15 if k == "故障单" else 120]
        rows.append(r)
    its = ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if with_resp else []) + (["54/records"] if with_cut else [])
    return book("eoms", "%s工单导出（%d年%d月）" % (co.eoms, d.year, d.month), d, True, [("工单", head, rows, its)])


def alarm_report(co, d, trend, security):
    m = d.month - 1 or 12
    parts = [("一、告警总体情况", ("table", [["专业", "告警总数", "紧急", "重要", "派单数"], ["传输", 1320, 6, 41, 18], ["数据", 2405, 3, 66, 22], ["IT", 860, 1, 12, 9],
                                          ["安全", 4120, 2, 35, 14]]), [])]
    if security:
        parts.append(("二、安全设备监控", "出口防火墙、IPS、WAF全部纳入网管，本月设备离线告警2次均已恢复，攻击告警4,120条，已封堵源地址37个。", ["45/monitoring"]))
    if trend:
        parts.append(("三、告警趋势分析", ["近六个月告警量分别为9,820、9,410、9,105、8,960、8,870、8,705，呈下降趋势；",
                                       "紧急告警集中在光缆和电源，预计年底随老旧设备退网继续下降。"], ["50/monitoring-report"]))
    return nar("alarm", "网管告警统计分析月报（%d年%d月）" % (d.year, m), d, True, parts)


def collect(co, d, which):
    sheets = []
    if "config" in which:
        sheets.append(("配置备份", ["设备", "采集项", "值", "采集时间"], [["核心路由器", "配置文件版本", "cfg-%s" % ymd(d), iso(d)], ["出口防火墙", "策略条数", 512, iso(d)]], ["16/config"]))
    if "traffic" in which:
        sheets.append(("流量统计", ["电路", "入向峰值", "出向峰值", "日期"], [["互联网出口", "2.6Gbps", "0.9Gbps", iso(d)], [co.sys(0), "820Mbps", "760Mbps", iso(d)]], ["16/traffic"]))
    if "status" in which:
        sheets.append(("设备状态", ["设备", "CPU", "内存", "状态"], [["核心路由器", "23%", "38%", "正常"], ["出口防火墙", "31%", "55%", "主用"]], ["16/status"]))
    return book("collect", "网管性能及配置采集日报", d, True, sheets)


def automation(co, d, auto):
    parts = [("数据", "近一年工单3,420张、割接96次、安全事件处置71起。", []),
             ("处理方式对生产的影响", ["人工封堵平均延迟18分钟；重启类处理平均中断6分钟；巡检占用4人天/周。"], ["7/impact-analysis"])]
    if auto:
        parts.append(("可自动化的维护作业", ["告警自动派单、攻击IP自动封堵、巡检报告自动生成，预计节省人工35%。"], ["7/automation"]))
    return nar("automation", "维护作业数据分析及智能运维需求报告", d, True, parts)


def kb(co, d):
    rows = [["JY-%03d" % (20 + i), t, co.p(i), iso(d - timedelta(days=20 * i))] for i, t in enumerate(
        ["OTN光功率异常处理", "BGP邻居震荡排查", "防火墙会话表满处理", "云主机磁盘只读恢复", "VPN证书到期更换"])]
    return book("kb", "维护经验库条目导出", d, True, [("经验库", ["编号", "标题", "提交人", "发布日期"], rows, ["21/knowledge-base"])])


# ------------------------------------------------------------------ 专业: 资源, 作业计划, 割接

def resources(co, d, rel):
    head = ["资源编码", "设备名称", "类型", "型号", "功能", "机房/位置", "端口", "部署方式", "重要等级", "维护责任人"]
    rows = [["ZY-%05d" % (3100 + i), n, t, m, f, "%s%s" % (co.city, loc), p, dep, lv, co.p(i)] for i, (n, t, m, f, loc, p, dep, lv) in enumerate([
        ("出口防火墙", "安全设备", "USG9560", "边界防护", "枢纽楼3F", "10GE1/0/1-2", "双机", "一级"),
        ("核心路由器", "数据设备", "NE40E-X8", "专网汇聚", "枢纽楼3F", "100GE3/0/0", "双机", "一级"),
        ("OTN设备", "传输设备", "OSN8800", "主干传输", "枢纽楼2F", "1-NS3-1", "环网", "一级"),
        ("日志审计系统", "安全设备", "LA-5000", "日志审计", "IDC机房B区", "GE0/0/3", "单机", "二级"),
        (co.sys(2), "云资源", "ECS 16C64G", "业务承载", "IDC资源池", "vNIC", "集群", "二级")])]
    sheets = [("设备资源", head, rows, ["13/asset-list", "43/asset-list", "27/cmdb"]),
              ("资源管理要求", ["项", "要求"], [["保密", "资源数据按内部秘密管理，IP地址不得外发"], ["权限", "仅专业主管可修改，修改留痕"], ["备份", "每周自动备份"]], [])]
    if rel:
        sheets.append(("电路及业务关联", ["资源", "关联", "关联资源"], [["出口防火墙", "保护", co.sys(0)], ["核心路由器", "承载", co.sys(1)],
                                                             ["OTN设备", "提供电路", "核心路由器"]], ["38/cmdb-relations"]))
    return book("resources", "综合资源系统导出_网络设备资源清单", d, True, sheets)


def res_changes(co, d):
    rows = [[iso(d - timedelta(days=9 * i)), "ZY-%05d" % (3100 + i), ["端口", "软件版本", "维护责任人", "型号"][i % 4], "GJ-%s-%02d" % (ym(d), i + 1), co.p(i)] for i in range(6)]
    return book("res_changes", "资源数据变更记录", d, True, [("变更", ["日期", "资源编码", "变更项", "割接单号", "变更人"], rows, ["43/ci-updates"])])


def baseline(co, d):
    rows = [["路由器/交换机", "关闭Telnet", "仅SSH"], ["路由器/交换机", "AAA认证", "TACACS+"], ["防火墙", "管理口访问控制", "仅网管网段"],
            ["云主机", "口令复杂度", "12位以上"], ["数据库", "审计", "开启"]]
    return book("baseline", "网络设备及云主机安全配置基线（%d）" % d.year, d, False, [("基线", ["对象", "检查项", "要求"], rows, ["25/baseline"])])


def plan_exec(co, d, kinds, hw):
    """维护作业计划执行记录: one workbook, one sheet per 作业 kind, and a 板卡故障统计 sheet."""
    names = {"maint": ("例行维护", ["14/maintenance", "44/maintenance"], ["出口防火墙", "IPS", "WAF"],
                       ["策略检查、配置备份", "特征库核对、日志清理", "规则检查、证书有效期检查"]),
             "insp": ("巡检", ["44/inspection", "45/monitoring"], ["出口防火墙", "IPS", "日志审计系统"],
                      ["运行状态、告警、CPU/内存检查，正常", "主备状态检查，正常", "日志源接入检查，2个日志源中断已恢复"]),
             "virus": ("防病毒查杀", ["44/virus-scan", "45/antivirus"], ["防病毒服务器", "客户办公终端", "云主机"],
                       ["病毒库更新至最新", "全网查杀，清除木马1个", "全盘查杀，未发现病毒"]),
             "fault": ("故障处理", ["44/faults"], ["出口防火墙", "WAF", "IPS"],
                       ["电源告警，更换电源模块，业务无中断", "HA心跳中断，重连后恢复", "特征库更新失败，重新加载后正常"]),
             "upgrade": ("版本升级", ["44/upgrades"], ["IPS", "WAF", "出口防火墙"],
                         ["特征库升级", "系统版本升级，割接单已审批", "安全补丁安装"])}
    sheets = []
    for i, k in enumerate(kinds):
        title, its, devs, works = names[k]
        rows = [[iso(d - timedelta(days=8 * i + 5 * j)), devs[j], works[j], co.p(1 + j % 2) if j else co.vp(1)] for j in range(3)]
        sheets.append((title, ["日期", "设备", "作业内容", "执行人"], rows, its))
    hw_rows = [["出口防火墙", "电源模块", 1, "返修更换"], ["IPS", "硬盘", 1, "更换"]] if hw else []
    sheets.append(("板卡故障统计", ["设备", "故障部件", "次数", "处理"], hw_rows, ["14/hardware-faults"]))
    return book("plan_exec", "安全专业维护作业计划执行记录（%d年）" % d.year, d, True, sheets)


def trans_exec(co, d):
    """传输专业 作业计划执行记录: OTN and fibre work, no security equipment: it proves no clause item."""
    rows = [[iso(d - timedelta(days=6 * j)), ["OTN设备", "光缆线路", "SDH设备"][j % 3], ["光功率测试", "线路巡检", "机盘清洁"][j % 3], co.vp(j % 2)] for j in range(5)]
    return Doc("trans_exec", "传输专业维护作业计划执行记录", d, [], True,
               sheets=[("执行记录", [["传输专业维护作业计划执行记录（%d年%d月）" % (d.year, d.month)], ["日期", "对象", "作业内容", "执行人"]] + rows)])


def yearly_plan(co, d):
    """The year's 维护作业计划: cycles and owners, a plan and not its records."""
    rows = [["防火墙", "策略检查", "月", co.p(1)], ["IPS", "特征库升级", "周", co.p(1)], ["日志审计系统", "存储检查", "月", co.vp(1)], ["防病毒服务器", "全网查杀", "周", co.vp(1)]]
    return Doc("yearly_plan", "安全专业维护作业计划", d, [], False,
               sheets=[("作业计划", [["%d年安全专业维护作业计划" % (d.year + 1)], ["对象", "作业项目", "周期", "责任人"]] + rows)])


def cut_plan(co, d, test, back):
    parts = [("割接内容", "%s核心路由器软件版本升级，影响%s，窗口期%s 00:00-04:00。" % (co.sys(1), co.customer, iso(d + timedelta(days=7))), []),
             ("风险评估", "升级失败可能导致专网中断，已报客户同意。", [])]
    if test:
        parts.append(("测试验证方案", ["实验室同版本预验证；", "割接后验证协议邻居、路由表、业务拨测和安全策略。"], ["25/test-plan"]))
    if back:
        parts.append(("回退方案", ["保留原版本和配置备份；任一验证项失败即回退，回退时长不超过30分钟。"], ["25/rollback", "11/rollback"]))
    parts.append(("审批", "专业主管%s审核，中心主任%s批准。" % (co.p(4), co.boss), []))
    return nar("cut_plan", "%s核心路由器版本升级割接方案" % co.sys(1), d, False, parts)


def cut_ledger(co, d):
    rows = [["GJ-%s-%02d" % (ym(d - timedelta(days=6 * i)), i + 1), ["数据", "传输", "安全", "IT"][i % 4], co.sys(i), ["版本升级", "光路调整", "策略变更", "扩容"][i % 4],
             ["成功", "成功", "回退", "成功"][i % 4], co.p(i), iso(d - timedelta(days=6 * i))] for i in range(8)]
    return book("cut_ledger", "割接台账（%d年）" % d.year, d, True,
                [("割接", ["割接单号", "专业", "网络/系统", "割接内容", "结果", "实施人", "日期"], rows, ["54/records", "43/process-records"])])


def compat(co, d):
    parts = [("背景", "%s云主机操作系统迁移至国产操作系统。" % co.sys(2), []),
             ("兼容性验证", ["网络兼容：多网卡绑定、VLAN透传通过；", "系统兼容：驱动、时钟同步通过；", "应用兼容：%s业务回归通过。" % co.sys(2)], ["11/compatibility"])]
    return nar("compat", "云主机操作系统迁移兼容性验证报告", d, True, parts)


# ------------------------------------------------------------------ 安全专业

def log_audit(co, d):
    parts = [("审计范围", "出口防火墙、IPS、核心路由器、云主机操作系统、数据库和客户业务应用日志。", []),
             ("审计发现", ["非工作时间登录12次，均核实为割接作业；", "外部扫描攻击2,310次，已封堵；", "应用越权访问尝试3次，已通报客户。"],
              ["17/log-analysis", "45/audit-report", "47/audit"])]
    return nar("log_audit", "安全日志审计分析报告（%d年%d月）" % (d.year, d.month), d, True, parts)


def sec_stats(co, d, analysis):
    q = (d.month - 1) // 3 + 1
    parts = [("事件统计", ("table", [["类别", "起数", "较大及以上"], ["网络攻击", 23, 0], ["有害程序", 5, 0], ["信息破坏", 1, 0]]), ["18/incident-stats"])]
    if analysis:
        parts.append(("分析", ["攻击集中在重保期；", "有害程序集中于客户办公终端，已推动防病毒全覆盖。"], ["18/incident-analysis"]))
    return nar("sec_stats", "%d年第%d季度网络安全事件统计分析" % (d.year, q), d, True, parts)


def bulletin(co, d, n, full):
    parts = [("一、漏洞预警", "CVE-2026-%04d（VPN网关远程代码执行）影响%s，已完成排查和升级。" % (co.rng.randint(1000, 9999), co.sys(0)), ["52/vulnerability", "53/bulletin"]),
             ("二、病毒动态", "勒索病毒新变种通过弱口令传播，防病毒特征库已更新。", ["52/virus"])]
    if full:
        parts += [("三、政策法规及行业动态", "《网络数据安全管理条例》配套要求发布；集团通报同业数据泄露事件1起；厂商发布设备安全公告2份。", ["52/policy"]),
                  ("四、研判及处置要求", "该漏洞已被在野利用，各专业本周完成排查，代维单位配合。", ["52/analysis"])]
    return nar("bulletin", "网络安全预警通报（%d年第%d期）" % (d.year, n), d, True, parts, notice_head(co, d, 50 + n))


def pentest_plan(co, d):
    parts = [("年度计划", ["二季度：%s；三季度：%s；四季度：%s；" % tuple(co.systems[:3]), "重保前开展一次全面渗透测试。"], ["31/pentest-plan", "32/pentest-plan"])]
    return nar("pentest_plan", "%d年渗透测试计划" % d.year, d, False, parts)


def pentest_report(co, d, target):
    parts = [("测试概况", "授权范围：%s；时间：%s至%s；测试人员：%s、%s。" % (target, iso(d - timedelta(days=3)), iso(d), co.p(1), co.vp(2)), []),
             ("发现", ("table", [["编号", "漏洞", "风险", "状态"], ["1", "未授权访问", "高", "已整改"], ["2", "弱口令", "中", "已整改"]]), ["31/pentest-records", "32/pentest-records"])]
    return nar("pentest", "%s渗透测试报告" % target, d, True, parts)


def dev_plan(co, d):
    parts = [("开发计划", ("table", [["工具", "内容", "负责人", "计划完成"], ["告警自动派单机器人", "告警关联、自动派单", co.p(2), "%d年3月" % (d.year + 1)],
                                  ["攻击自动封堵脚本", "IPS告警联动防火墙封堵", co.p(1), "%d年6月" % (d.year + 1)]]), ["33/dev-plan"])]
    return nar("dev_plan", "%d年运维工具开发计划" % (d.year + 1), d, False, parts)


def grading(co, d):
    parts = [("定级对象", co.sys(0), []), ("定级结果", "业务信息安全保护等级第三级，系统服务安全保护等级第三级，综合定为第三级，已向公安机关备案。", ["51/grading"])]
    return nar("grading", "%s网络安全等级保护定级报告" % co.sys(0), d, False, parts)


def grading_criteria(co, d):
    parts = [("定级依据", ["依据GB/T 22240-2020，按受侵害客体和侵害程度确定保护等级；", "承载政务和民生业务的专网原则上不低于第三级。"], ["51/grading-criteria"])]
    return nar("grading_criteria", "政企客户网络等级保护定级实施细则", d, False, parts, std_head(co, d, 240))


def emergency_plan(co, d, recovery):
    parts = [("总则", "依据《网络安全法》《国家网络安全事件应急预案》和集团要求，适用于中心维护的政企客户网络和系统。", []),
             ("组织", "应急指挥组（组长中心主任）、技术处置组（各专业）、客户联络组（客户经理）、代维支援组。", []),
             ("响应", ["监测预警、研判定级、分级响应、处置、信息报送；", "较大及以上事件30分钟内启动响应。"], ["36/emergency-plan", "53/emergency-plan"])]
    if recovery:
        parts.append(("恢复", ["专网核心业务恢复时间目标2小时、数据恢复点目标15分钟；启用备用路由、恢复配置备份、切换备用资源池。"], ["36/recovery-plan", "55/plan"]))
    return nar("emergency_plan", "网络安全事件应急预案", d, False, parts, std_head(co, d, 250))


def dr_plan(co, d):
    parts = [("范围", "、".join(co.systems), []),
             ("恢复步骤", ["RTO 2小时、RPO 30分钟；", "主用资源池故障：切换至备用资源池，恢复云主机快照，割接回切前验证业务。"], ["36/recovery-plan"])]
    return nar("dr_plan", "政企云资源容灾恢复预案", d, False, parts, std_head(co, d, 251))


def bcp(co, d):
    parts = [("业务影响分析", "%s最大可容忍中断2小时。" % co.sys(0), []),
             ("连续性策略", ["双路由、双节点、同城异地资源池；", "备件库和代维应急队伍；", "重大活动专项保障。"], ["42/bcp"])]
    return nar("bcp", "政企客户网络业务连续性计划", d, False, parts, std_head(co, d, 252))


def drill(co, d, kind):
    if kind == "dr":
        t, its, body = "%s资源池切换演练记录" % co.sys(2), ["40/recovery-drill"], ["10:00 主用资源池模拟故障；10:09 备用资源池接管；10:31 业务验证正常，数据无丢失。"]
    else:
        t, its, body = "网络安全应急演练记录", ["40/emergency-drill", "53/drill"], ["模拟出口DDoS攻击和网站篡改；15:02 网管告警，15:05 上报，15:12 流量清洗，15:40 网站恢复。"]
    parts = [("演练概况", "时间：%s；参演：%s、%s、%s、代维%s及%s；方式：实战。" % (cnd(d), co.p(0), co.p(1), co.p(2), co.vp(0), co.customer), []),
             ("演练过程", body, its), ("总结", ["客户通报延迟4分钟，已修订通报流程。"], [])]
    return nar("drill", t, d, True, parts)


# ------------------------------------------------------------------ 质量管理

def quality_month(co, d):
    """维护质量指标月报: the ten figures of clause 56 in the NOC's own words."""
    names = ["告警派单及时率", "告警漏报率", "维护作业计划完成率", "隐患发现率", "故障主动发现率", "问题单解决率", "漏洞扫描覆盖率", "安全加固覆盖率",
             "补丁按时安装率", "网络安全事件数"]
    vals = ["99.3%", "0.2%", "98.1%", "1.6%", "91%", "93%", "100%", "96%", "94%", "1"]
    rows = [[n, v, "%d年%d月" % (d.year, d.month - 1 or 1)] for n, v in zip(names, vals)]
    return book("quality_month", "维护质量指标月报", d, True, [("指标", ["指标", "本月", "统计月份"], rows, ["56/data"])])


def group_kpi(co, d, capa):
    sheets = [("集团考核指标", ["指标", "目标", "完成", "是否达标"], [["政企专网可用率", "99.9%", "99.86%", "否"], ["客户满意度", "93", "94", "是"],
                                                       ["故障工单及时率", "98%", "98.6%", "是"]], ["57/measurement"])]
    if capa:
        sheets.append(("整改单", ["编号", "问题", "原因", "措施", "责任人", "验证"], [["ZG-%d-05" % d.year, "可用率未达标", "单路由电路", "增加异路由；开展演练", co.p(3), "已验证有效"]],
                       ["57/capa", "66/effectiveness"]))
    return book("group_kpi", "%s考核指标完成情况及整改（%d年第%d季度）" % (co.group, d.year, (d.month - 1) // 3 + 1), d, True, sheets)


def quality_meeting(co, d, defects, ranked):
    """月度质量分析会纪要: several decisions, each its own item."""
    parts = [("会议概况", "%s，主持：%s；参加：各专业主管、质量管理部、代维单位负责人。" % (cnd(d), co.boss), []),
             ("一、指标通报", "本月政企专网可用率99.95%，维护作业计划完成率98.1%，客户满意度94，均达集团考核目标。", ["57/measurement"])]
    if defects:
        parts.append(("%s、重大故障、失败割接及不达标情况分析" % ZH[len(parts) - 1], ["%s光缆中断历时52分钟、割接回退1次、%s修复时长超SLA 1次；" % (co.sys(0), co.sys(2)),
                                                "原因：单路由、割接前验证不充分；改进：增加异路由（%s，12月）、割接实行实验室预验证（%s）。" % (co.p(3), co.p(4))],
                      ["70/defect-analysis"]))
    if ranked:
        parts.append(("%s、改进建议评审" % ZH[len(parts) - 1], ("table", [["建议", "评分", "排序", "决定"], ["告警自动派单", 86, 1, "批准实施"], ["攻击自动封堵", 78, 2, "批准实施"],
                                               ["网管系统替换", 55, 3, "暂缓"]]), ["67/analysis", "67/prioritisation"]))
    parts.append(("%s、其他事项" % ZH[len(parts) - 1], "做好元旦重保值守安排；代维单位12月考核按新标准执行。", []))
    return nar("quality_meeting", "%d年%d月质量分析会会议纪要" % (d.year, d.month), d, True, parts)


def hazards(co, d, verified):
    parts = [("隐患排查", "结合故障分析和巡检发现潜在隐患：单路由电路、设备单电源、证书临期。", []),
             ("预防措施", ("table", [["隐患", "预防措施", "责任人", "期限"], ["单路由电路", "增加异路由", co.p(3), "%d年12月" % d.year],
                                  ["证书临期", "到期前30天网管预警", co.p(1), "%d年10月" % d.year]]), ["66/preventive-actions"])]
    if verified:
        parts.append(("措施验证", "异路由投运后两次光缆中断均自动倒换，业务无中断，措施有效。", ["66/effectiveness"]))
    return nar("hazards", "%d年网络隐患排查治理报告" % d.year, d, True, parts)


def improve_plan(co, d, criteria):
    parts = [("改进目标", "故障平均修复历时降至2小时；SLA达成率100%；客户满意度≥95。", ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("改进项目评估标准", "按客户影响（40分）、投入（30分）、风险降低（30分）评分，70分以上立项，中心主任批准，每月测量效果并在质量分析会上报告。",
                      ["64/criteria"]))
    return nar("improve_plan", "%d年运维服务改进计划" % d.year, d, False, parts)


def improve_track(co, d, ranked):
    """改进项目跟踪表: the scored and ranked proposals (sometimes) and the tracking of the approved ones."""
    sheets = []
    if ranked:
        rows = [["GJ-%02d" % i, t, sc, i, "中心主任%s批准" % co.boss if sc >= 70 else "暂缓"]
                for i, (t, sc) in enumerate([("告警自动派单", 86), ("攻击自动封堵", 78), ("网管系统替换", 55)], 1)]
        sheets.append(("评估排序", ["编号", "改进建议", "评分", "优先级", "审批"], rows, ["67/analysis", "67/prioritisation"]))
    rows = [["GJ-01", "告警自动派单", "派单时长<1分钟", "已完成", "平均0.6分钟", "10月质量分析会"],
            ["GJ-02", "攻击自动封堵", "封堵时长<3分钟", "实施中", "平均4.2分钟", "11月质量分析会"]]
    sheets.append(("跟踪", ["编号", "项目", "目标", "进度", "效果测量", "报告"], rows, ["68/implementation", "68/effectiveness"]))
    return book("improve_track", "改进项目跟踪表", d, True, sheets)


def awareness(co, d):
    rows = [["培训记录"], ["主题", "服务改进意识宣贯：从故障复盘到持续改进"], ["时间", cnd(d)], ["讲师", co.p(5)], ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return Doc("awareness", "服务改进意识宣贯培训记录", d, ["69/awareness-training"], True, sheets=[("记录", rows)])


def internal_audit(co, d):
    parts = [("审核范围", "依据ISO/IEC 20000-1和中心管理办法，覆盖各专业、网管监控室和代维管理。", []),
             ("审核发现", ["不符合项2项：割接方案缺回退方案1份；经验库条目未审核3条。", "观察项4项。"], ["59/internal-audit"]),
             ("结论", "体系运行有效。", [])]
    return nar("audit", "%d年内部审核报告" % d.year, d, True, parts)


def mgmt_review(co, d, inputs):
    parts = [("会议概况", "%s，主持：%s。" % (cnd(d), co.boss), [])]
    lines = {"perf": ("服务和过程执行情况", "SLA达成率97%，维护作业计划完成率98.1%，内审不符合项已关闭。", ["59/management-review", "60/performance"]),
             "fb": ("客户反馈", "满意度94，投诉2件均已闭环。", ["60/customer-feedback"]),
             "res": ("资源现状及预测", "现有维护人员14人、代维6人，明年新增两个政企客户需增3人。", ["60/resources"]),
             "ca": ("整改措施进展", "整改单8项，已关闭7项。", ["60/corrective-actions"]),
             "chg": ("可能影响服务的变化", "集团网络重组、客户业务上云。", ["60/changes"]),
             "imp": ("改进机会", "告警自动派单、攻击自动封堵。", ["60/improvements"])}
    for k in inputs:
        parts.append(lines[k])
    return nar("mgmt_review", "%d年管理评审报告" % d.year, d, True, parts)


def year_summary(co, d, fc):
    parts = [("全年工作", "完成故障处理1,280张、割接96次、巡检48次，可用率99.95%。", [])]
    if fc:
        parts.append(("%d年业务预测" % (d.year + 1), ["据近三年工单、割接、告警、安全事件和服务请求的汇总分析，预计明年工单增长20%、安全告警增长30%，需增配网管值班员2名。"],
                      ["71/forecast"]))
    return nar("year_summary", "%d年网络运维工作总结" % d.year, d, True, parts)


# ------------------------------------------------------------------ working documents that prove nothing

def shift_log(co, d):
    rows = [[iso(d + timedelta(days=i)), ["白班", "夜班"][i % 2], co.p(i % 3), co.p(3 + i % 3), "未闭环工单0张，交接正常"] for i in range(6)]
    return Doc("shift", "网管交接班记录", d, [], True, sheets=[("交接班", [["网管交接班记录 %d年%d月" % (d.year, d.month)], ["日期", "班次", "交班人", "接班人", "交接内容"]] + rows)])


def guard_plan(co, d):
    parts = [("保障目标", "重大活动期间政企专网零重大故障。", []), ("值守", "7x24三班值守，%s任值班长。" % co.p(2), []),
             ("要求", "发生故障按《网络故障处理管理办法》和《网络安全事件应急预案》处置。", [])]
    return nar("guard", "%d年重大活动通信保障方案" % d.year, d, False, parts, notice_head(co, d, 41))


def weekly(co, d):
    parts = [("上周工作", "处理故障单23张，完成割接3次。", []), ("本周安排", "冬季防冻巡检。", []), ("提示", "严禁无单作业。", [])]
    return nar("weekly", "网络运维中心周例会纪要（%s）" % iso(d), d, True, parts)


def appraisal(co, d):
    rows = [[co.p(i), "巡检记录完整率、割接台账完整率、满意度测评回收率", 84 + i] for i in range(5)]
    return decoy(Doc("kpi", "%d年员工绩效考核表" % d.year, d, [], True, sheets=[("考核", [["员工绩效考核"], ["姓名", "考核项", "得分"]] + rows)]),
                 "KPI sheet naming record kinds")


def drill_plan(co, d):
    parts = [("目的", "检验《网络安全事件应急预案》。", []), ("场景", "出口DDoS攻击。", []), ("安排", "计划于%s进行。" % cnd(d + timedelta(days=21)), [])]
    return decoy(nar("drill_plan", "网络安全应急演练方案", d, False, parts), "drill plan, neither the plan nor the record")


def signin(co, d, plan):
    rows = [["学习主题", "《%s》宣贯学习" % plan], ["时间", cnd(d)], ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return decoy(Doc("training", "《%s》宣贯签到表" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def rule_list(co, d, cites):
    b = notice_head(co, d, 6) + [("title", "关于公布现行有效管理办法目录的通知"), ("p", "经清理，中心现行有效的运维管理办法如下：")]
    b += [("p", "%d.《%s》" % (i, c)) for i, c in enumerate(cites, 1)] + [("p", "请各专业、各代维单位组织学习并遵照执行。")]
    return decoy(Doc("rulelist", "关于公布现行有效管理办法目录的通知", d, [], False, b), "notice citing procedures by 《》")


def rule_register(co, d, cites):
    rows = [[i, c, "%s %03d" % (co.qstd, 204 + i), "有效"] for i, c in enumerate(cites, 1)]
    return decoy(Doc("register", "企业标准清单", d, [], True, sheets=[("清单", [["企业标准清单 %d" % d.year], ["序号", "名称", "标准号", "状态"]] + rows)]),
                 "list of document names")


def mr_rule(co, d):
    b = [("title", "管理评审管理办法")] + std_head(co, d, 270) + [("h1", "第一章 频次"), ("p", "每年至少一次。"), ("h1", "第二章 输入"),
                                                            ("p", "客户反馈、服务和过程执行情况、资源、整改措施、可能影响服务的变化、改进机会。"),
                                                            ("h1", "第三章 输出"), ("p", "管理评审报告。")]
    return decoy(Doc("mrproc", "管理评审管理办法", d, [], False, b), "procedure, not the review record")


def mr_notice(co, d):
    parts = [("通知", "定于%s召开年度管理评审会，请各专业准备服务执行情况、客户反馈、资源、整改和改进材料。" % cnd(d + timedelta(days=10)), [])]
    return decoy(nar("mrnotice", "关于召开%d年度管理评审会的通知" % d.year, d, True, parts, notice_head(co, d, 77)), "meeting notice, not the review record")


UNRELATED_R = [
    ("市场营销", "%d年政企商机拓展激励方案", ["新签专线合同按首年收入3%计提激励。", "季度通报商机转化率。"]),
    ("党建工会", "%d年党支部主题党日活动安排", ["每月第二个周五开展主题党日。", "组织参观红色教育基地。"]),
    ("党建工会", "%d年职工羽毛球比赛通知", ["比赛分男单、女单、混双。", "请各分会于月底前报名。"]),
    ("综合行政", "%d年营业厅装修改造项目进度汇报", ["完成3个营业厅装修。", "剩余2个春节前完工。"]),
    ("综合行政", "%d年车辆使用管理规定", ["用车须提前在OA申请。", "节假日车辆封存。"]),
    ("市场营销", "%d年号卡促销活动方案", ["新入网用户赠送流量包。", "活动期三个月。"]),
]


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an R share: 00制度/ (管理办法, 手册, 作业指导书), 01政企客户/<客户>/ (调研, 协议, 巡检, 月报,
    满意度), 02传输/ 03数据/ 04IT/ 05安全/ by year-month, 06网管监控/ (告警, 工单导出, 采集, 可用率), 07质量管理/
    (指标, 质量分析会, 改进, 内审, 管评), 08代维管理/, 09割接管理/, 10综合/发文/; older copies under 归档/, decoys."""
    co.cust, co.abbr, co.qstd, co.group, co.eoms = R_INFO[co.info_id]
    co.qfile = co.qstd.replace("/", "-")      # a "/" cannot be in a file name
    r = co.rng
    ZD, CU, CS, SJ, IT, AQ, WG, ZL, DW, GJ, FW = ("00制度/", "01政企客户/%s/" % co.cust, "02传输/", "03数据/", "04IT/", "05安全/", "06网管监控/",
                                                  "07质量管理/", "08代维管理/", "09割接管理/", "10综合/发文/")
    optional = ["budget", "takeover", "automation", "ola", "roster", "roles", "requirements", "compat", "cut_plan", "baseline", "collect", "kb",
                "pentest_plan", "pentest", "dev_plan", "dr", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "quality_month",
                "group_kpi", "hazards", "improve_plan", "improve_track", "awareness", "audit", "review", "summary", "grading",
                "grading_criteria", "interface", "resources", "res_changes", "sec_stats", "inspect", "log_audit", "avail_plan", "kpi_list",
                "qmeeting", "alarm"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"automation", "csat_trend", "callbacks", "kb", "audit", "drdrill", "awareness",
                                "quality_month", "collect", "desk_training", "res_changes", "sec_stats", "inspect", "qmeeting", "alarm"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made
    seq = iter(range(4, 300, 4))

    # --- 00制度: the 运维管理手册 holds some 办法 as chapters, the rest issued alone by 通知
    keys = [k for k in R_RULES if r.random() >= 0.06]
    in_book = [k for k in keys if r.random() < 0.4]
    d = co.issued()
    add(ZD + "运维管理手册/网络运维中心运维管理手册（%d版）.pdf" % d.year, handbook(co, d, in_book, r.random() < 0.88), meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_book:
            continue
        d = co.issued()
        doc = rule_doc(co, d, k, next(seq))
        add(ZD + "管理办法/%s %03d %s.%s" % (co.qfile, R_RULES[k][1], doc.title, r.choice(["docx", "docx", "pdf"])), doc, meta_title=r.random() < 0.4)
    for i, k in enumerate(R_OTHER):
        if r.random() < 0.75:
            add(ZD + "管理办法/%s.docx" % R_OTHER[k][0], other_doc(co, co.issued(), k, i))

    # --- 维护作业指导书: an 汇编 and single ones under each 专业
    mods = list(SOPS)
    in_sops = sorted(r.sample(mods, r.randint(2, 3)), key=mods.index)
    d = co.issued()
    add(ZD + "作业指导书/维护作业指导书汇编（%d年）.pdf" % d.year, sop_book(co, d, in_sops))
    major_dir = {"传输": CS, "数据": SJ, "IT": IT, "安全": AQ}
    for i, k in enumerate(mods):
        if k in in_sops or r.random() < 0.3:
            continue
        add(major_dir[SOPS[k][0]] + "作业指导书/ZY-%02d %s作业指导书.docx" % (i + 1, SOPS[k][1]), sop(co, co.issued(), k, i + 1))

    # --- 01政企客户/<客户>: onboarding (does not age), SLA, inspections, monthly reports, satisfaction
    d0 = co.issued()
    add(CU + "01需求调研/%s网络运维服务需求调研报告.docx" % co.customer, survey(co, d0, r.random() < 0.88, r.random() < 0.85))
    slot("budget", lambda d: CU + "01需求调研/运维项目成本测算表.xlsx", lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    add(CU + "01需求调研/%s 运维需求交流纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), communication(co, d))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.92]
    slot("takeover", lambda d: CU + "01需求调研/接维运行数据分析及维护策略.docx", lambda d: takeover(co, d, on), "issued")
    d = co.issued()
    add(CU + "02合同及SLA/政企客户网络运维服务等级协议（签章版）.pdf", sla(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.85))
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])
    d = co.issued()
    add(CU + "02合同及SLA/政企运维服务产品目录（%d版）.xlsx" % d.year, catalog(co, d, lv))
    slot("requirements", lambda d: CU + "03项目建设/%s新建项目需求分析记录.docx" % co.sys(2), lambda d: requirements(co, d))
    for i in range(r.randint(1, 2)):
        slot("inspect", lambda d: CU + "04巡检报告/%s/%s %s季度巡检报告.pdf" % (ym(d), ymd(d), co.cust), lambda d: inspect_report(co, d))
    for m in sorted(r.sample(range(5, 12), r.choice([2, 3]))):
        d = date(2026, m, 3 + r.randint(0, 5))
        add(CU + "05客户月报/%s/%s网络运维月报.%s" % (ym(d), co.cust, r.choice(["pdf", "docx"])), cust_month(co, d, r.random() < 0.55))
    for d, h in [(date(2025, 6, 26), "上半年"), (date(2025, 12, 18), "下半年"), (date(2026, 6, 19), "上半年")]:
        if r.random() < 0.8:
            add(CU + "06满意度/%d年%s政企客户满意度测评报告.%s" % (d.year, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("csat_trend", lambda d: CU + "06满意度/满意度趋势分析（%d）.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: CU + "06满意度/客户回访记录（%d年）.xlsx" % d.year, lambda d: callbacks(co, d))

    # --- organisation, 服务台, 代维
    d = co.issued()
    add(FW + "%d/网络运维中心组织架构及岗位职责（%d年）.pdf" % (d.year, d.year), org(co, d, "roles" not in gaps))
    n_if = next(seq)
    slot("interface", lambda d: FW + "%d/%s 关于明确网络与信息安全工作接口人的通知.%s" % (d.year, fileno(co, d, n_if), r.choice(["docx", "pdf"])),
         lambda d: interface(co, d, n_if), "issued")
    d = co.issued()
    add(FW + "%d/关于成立政企运维服务台的通知.docx" % d.year, desk(co, d, next(seq)))
    slot("desk_training", lambda d: WG + "服务台/培训/%s 服务台岗位技能培训记录.xlsx" % ymd(d), lambda d: desk_training(co, d))
    slot("roster", lambda d: DW + "维护人员及代维人员名册（%s）.xlsx" % ym(d), lambda d: roster(co, d, r.random() < 0.85), "issued")
    slot("ola", lambda d: DW + "内部支撑约定（OLA）及代维服务等级设计.docx", lambda d: ola(co, d, r.random() < 0.85), "issued")
    for i in range(2):
        d = co.fresh()
        name = DW + "代维考核/%s 代维单位月度考核表.xlsx" % ym(d)
        if name not in co.used:
            add(name, vendor_check(co, d))

    # --- 06网管监控: indicators, availability, alarms, EOMS exports, collection
    slot("kpi_list", lambda d: WG + "指标/网络可用率指标体系（%d）.xlsx" % d.year, lambda d: kpi_list(co, d))
    slot("avail_plan", lambda d: WG + "指标/%d年网络可用性保障方案.docx" % d.year, lambda d: avail_plan(co, d))
    sec_mon = r.random() < 0.7
    for i in range(r.randint(1, 2)):
        slot("alarm", lambda d: WG + "告警统计/%s/网管告警统计分析月报_%s.%s" % (ym(d), ymd(d), r.choice(["docx", "pdf"])), lambda d: alarm_report(co, d, r.random() < 0.6, sec_mon))
    resp, cut = r.random() < 0.75, r.random() < 0.5
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        name = WG + "工单导出/%s/%s工单导出_%s.xlsx" % (ym(d), co.eoms, ymd(d))
        if name not in co.used:
            add(name, eoms(co, d, resp, cut))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    cfmt = r.choice(["xlsx", "txt"])
    copt = {"encoding": "gb18030"} if cfmt == "txt" and r.random() < 0.5 else {}
    slot("collect", lambda d: WG + "性能采集/%s/网管性能及配置采集日报_%s.%s" % (ym(d), ymd(d), cfmt), lambda d: collect(co, d, which), **copt)
    slot("automation", lambda d: WG + "分析报告/维护作业数据分析及智能运维需求报告（%d）.docx" % d.year, lambda d: automation(co, d, r.random() < 0.8))
    slot("kb", lambda d: WG + "维护经验库/维护经验库条目导出_%s.xlsx" % ymd(d), lambda d: kb(co, d))

    # --- 专业 folders: 资源, 作业计划执行, 基线, 兼容性
    relc = r.random() < 0.7
    slot("resources", lambda d: CS + "资源管理/综合资源系统导出_网络设备资源清单_%s.xlsx" % ymd(d), lambda d: resources(co, d, relc))
    slot("res_changes", lambda d: CS + "资源管理/资源数据变更记录（%d）.xlsx" % d.year, lambda d: res_changes(co, d))
    kinds = [k for k in ("maint", "insp", "virus", "fault", "upgrade") if k in ("maint", "fault") or r.random() < 0.85]
    d = co.fresh()
    add(AQ + "%s/安全专业维护作业计划执行记录.xlsx" % ym(d), plan_exec(co, d, kinds, r.random() < 0.65))
    d = co.fresh()
    add(CS + "%s/传输专业维护作业计划执行记录.xlsx" % ym(d), trans_exec(co, d))
    d = date(2025, 12, 10 + r.randint(0, 15))
    add(AQ + "%d年安全专业维护作业计划.xlsx" % (d.year + 1), yearly_plan(co, d))
    slot("baseline", lambda d: AQ + "安全基线/网络设备及云主机安全配置基线（%d）.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    slot("compat", lambda d: IT + "%s/云主机操作系统迁移兼容性验证报告.pdf" % ym(d), lambda d: compat(co, d))

    # --- 09割接管理: 割接方案 and 台账
    test, back = r.random() < 0.85, r.random() < 0.85
    slot("cut_plan", lambda d: GJ + "%s/%s核心路由器版本升级割接方案.docx" % (ym(d), co.sys(1)), lambda d: cut_plan(co, d, test, back), "issued")
    d = co.fresh()
    add(GJ + "割接台账（%d年）.xlsx" % d.year, cut_ledger(co, d))

    # --- 05安全: audit, statistics, bulletins, pentest, grading, emergency
    for i in range(r.randint(1, 2)):
        slot("log_audit", lambda d: AQ + "%s/安全日志审计分析报告_%s.%s" % (ym(d), ymd(d), r.choice(["docx", "pdf"])), lambda d: log_audit(co, d))
    slot("sec_stats", lambda d: AQ + "安全事件统计/%d年第%d季度网络安全事件统计分析.docx" % (d.year, (d.month - 1) // 3 + 1), lambda d: sec_stats(co, d, r.random() < 0.75))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        name = AQ + "预警通报/网络安全预警通报（%d年第%d期）.%s" % (d.year, n, r.choice(["pdf", "docx"]))
        if name not in co.used:
            add(name, bulletin(co, d, n, r.random() < 0.7))
    slot("pentest_plan", lambda d: AQ + "渗透测试/%d年渗透测试计划.docx" % d.year, lambda d: pentest_plan(co, d))
    for i in range(r.randint(1, 2)):
        slot("pentest", lambda d, i=i: AQ + "渗透测试/%s %s渗透测试报告.pdf" % (ymd(d), co.sys(2 - i)), lambda d, i=i: pentest_report(co, d, co.sys(2 - i)))
    slot("dev_plan", lambda d: AQ + "工具开发/%d年运维工具开发计划.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("grading", lambda d: AQ + "等级保护/%s网络安全等级保护定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("grading_criteria", lambda d: AQ + "等级保护/%s 240 政企客户网络等级保护定级实施细则.docx" % co.qfile, lambda d: grading_criteria(co, d), "issued")
    d = co.issued()
    add(AQ + "应急管理/%s 250 网络安全事件应急预案.pdf" % co.qfile, emergency_plan(co, d, r.random() < 0.8))
    slot("dr", lambda d: IT + "应急管理/政企云资源容灾恢复预案.docx", lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: ZL + "业务连续性/政企客户网络业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: IT + "应急管理/演练记录/%s资源池切换演练记录.docx" % ymd(d), lambda d: drill(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add(AQ + "应急管理/演练记录/%s网络安全应急演练记录.%s" % (ymd(d), r.choice(["docx", "pdf"])), drill(co, d, "emergency"))

    # --- 07质量管理: figures, 考核, 质量分析会, improvement, audit, review, summary
    slot("quality_month", lambda d: ZL + "指标月报/%s 维护质量指标月报.xlsx" % ym(d), lambda d: quality_month(co, d))
    capa = r.random() < 0.8
    slot("group_kpi", lambda d: ZL + "集团考核/%d年第%d季度考核指标完成情况及整改.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: group_kpi(co, d, capa))
    dq, rk = r.random() < 0.7, r.random() < 0.6
    slot("qmeeting", lambda d: ZL + "质量分析会/%s/%d年%d月质量分析会会议纪要.docx" % (ym(d), d.year, d.month), lambda d: quality_meeting(co, d, dq, rk))
    if r.random() < 0.6:
        d = co.fresh()
        name = ZL + "质量分析会/%s/%d年%d月质量分析会会议纪要.docx" % (ym(d), d.year, d.month)
        if name not in co.used:
            add(name, quality_meeting(co, d, r.random() < 0.5, False))
    hv = r.random() < 0.6
    slot("hazards", lambda d: ZL + "隐患治理/%d年网络隐患排查治理报告.docx" % d.year, lambda d: hazards(co, d, hv))
    slot("improve_plan", lambda d: ZL + "持续改进/%d年运维服务改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    rk2 = r.random() < 0.65
    slot("improve_track", lambda d: ZL + "持续改进/改进项目跟踪表_%s.xlsx" % ymd(d), lambda d: improve_track(co, d, rk2))
    slot("awareness", lambda d: ZL + "培训/%s 服务改进意识宣贯培训记录.xlsx" % ymd(d), lambda d: awareness(co, d))
    slot("audit", lambda d: ZL + "内审/%d年内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("review", lambda d: ZL + "管理评审/%d年管理评审报告.docx" % d.year, lambda d: mgmt_review(co, d, inputs))
    slot("summary", lambda d: ZL + "工作总结/%d年网络运维工作总结.docx" % d.year, lambda d: year_summary(co, d, True))

    # --- working documents that prove no clause item
    d = date(2026, 11, 3)
    add(WG + "值班/%s 网管交接班记录.%s" % (ym(d), "txt" if cfmt == "xlsx" else "xlsx"), shift_log(co, d), encoding="gb18030")
    d = co.fresh()
    add(FW + "%d/%d年重大活动通信保障方案.pdf" % (d.year, d.year), guard_plan(co, d))
    for k in sorted(r.sample(range(1, 9), 2)):
        d = date(2026, 9, 2) + timedelta(days=7 * k)
        add("11周例会/%s 周例会纪要.docx" % ymd(d), weekly(co, d))

    # --- last year's copies moved to 归档/<year>/: they belong, but are stale
    for name, factory, when in list(made):
        if r.random() < 0.2:
            before = when - timedelta(days=364)
            rel = "归档/%d/%s" % (before.year, name(before))
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    ZD, CU, WG, ZL, GJ, AQ, FW = "00制度/", "01政企客户/%s/" % co.cust, "06网管监控/", "07质量管理/", "09割接管理/", "05安全/", "10综合/发文/"
    add = Share(co).add

    # templates / 空白表
    add(GJ + "模板/割接方案模板.docx", blank_text("割接方案（模板）", co.fresh(), ["割接内容", "风险评估", "测试验证方案", "回退方案", "审批"]))
    add(WG + "工单导出/故障单（空白）.xlsx", blank_sheet("故障单", co.fresh(), ["工单号", "网络/系统", "故障现象", "处理过程", "回单时间", "客户确认"]))
    add(CU + "02合同及SLA/服务等级协议（范本）.docx", blank_text("政企客户网络运维服务等级协议（范本）", co.fresh(), ["服务范围", "维护方式", "服务等级指标", "协议签署"]))
    add(CU + "04巡检报告/季度巡检报告（模板）.docx", blank_text("季度巡检报告（模板）", co.fresh(), ["巡检方式", "巡检结果", "结论"]))
    add(CU + "06满意度/政企客户满意度测评表（空白）.docx", blank_text("政企客户满意度测评表", co.fresh(), ["故障响应", "修复时效", "服务态度", "意见建议"]))
    add(ZL + "集团考核/整改单（空白）.xlsx", blank_sheet("整改单", co.fresh(), ["编号", "问题", "原因", "措施", "责任人", "验证"]))
    # drafts
    d = co.fresh()
    add(ZL + "业务连续性/政企客户网络业务连续性计划（征求意见稿）.docx", decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(CU + "02合同及SLA/SLA_草稿v0.3.docx", decoy(sla(co, d, True, True, True), "draft", mark="（草稿）"))
    d = co.fresh()
    add(ZL + "持续改进/%d年运维服务改进计划（送审稿）.docx" % (d.year + 1), decoy(improve_plan(co, d, True), "draft", mark="（送审稿）"))
    # 作废 / 废止
    d = date(2022, 4, 11)
    add(ZD + "管理办法/已废止/网络割接管理办法（2022版）【已废止】.docx", decoy(rule_doc(co, d, "change", 8), "obsolete", mark="【已废止】"))
    d = date(2021, 10, 19)
    add(AQ + "应急管理/作废/网络安全事件应急预案（2021版）作废.pdf", decoy(emergency_plan(co, d, True), "obsolete", mark="（作废）"))
    # recycle bin copies
    d = co.fresh()
    add(".recycle/%s/%s工单导出_%s.xlsx" % (co.p(2), co.eoms, ymd(d)), decoy(eoms(co, d, True, True), "recycle bin"))
    d = co.fresh()
    add(".recycle/%s/%s网络安全应急演练记录.docx" % (co.p(1), ymd(d)), decoy(drill(co, d, "emergency"), "recycle bin"))
    d = co.fresh()
    add("$RECYCLE.BIN/S-1-5-21-2231/%d年内部审核报告.docx" % d.year, decoy(internal_audit(co, d), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:80:14]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        co.raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(3)), "Office lock file")
    co.raw(WG + "工单导出/%s工单导出_最新.xlsx" % co.eoms, b"", "empty file")
    co.raw(AQ + "202611/安全日志审计分析报告.docx", b"", "empty file")
    co.raw(CU + "06满意度/2026年下半年政企客户满意度测评报告.docx", b"", "empty file")
    # study records about plans, citing documents, notices, near misses
    for plan in ("网络安全事件应急预案", "网络割接管理办法", "政企云资源容灾恢复预案"):
        if r.random() < 0.8:
            d = co.fresh()
            add(ZL + "培训/%s《%s》宣贯签到表.xlsx" % (ymd(d), plan), signin(co, d, plan))
    cites = [R_RULES[k][0] for k in ("fault", "request", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    add(FW + "2026/关于公布现行有效管理办法目录的通知.docx", rule_list(co, co.fresh(), cites))
    add(ZD + "企业标准清单（2026）.xlsx", rule_register(co, co.fresh(), cites))
    add(ZD + "管理办法/%s 270 管理评审管理办法.pdf" % co.qfile, mr_rule(co, co.issued()))
    d = co.fresh()
    add(ZL + "管理评审/关于召开%d年度管理评审会的通知.docx" % d.year, mr_notice(co, d))
    d = co.fresh()
    add(AQ + "应急管理/网络安全应急演练方案（%d）.docx" % d.year, drill_plan(co, d))
    d = co.fresh()
    add("10综合/人力资源/%d年员工绩效考核表.xlsx" % d.year, appraisal(co, d))
    for i in range(2):
        d = co.fresh()
        name = CU + "07驻点确认/%s 代维驻点服务月度确认单.pdf" % ym(d)
        if name not in co.used:
            add(name, confirm(co, d))
    # unrelated company files
    for i in sorted(r.sample(range(len(UNRELATED_R)), 4)):
        folder, t, paras = UNRELATED_R[i]
        d = co.fresh()
        t = t % d.year
        add("10综合/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated"))
