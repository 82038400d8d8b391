# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_l.py - style L: the 网络与信息中心 (信息化办公室) of a provincial university (高校).

A new author voice for the accuracy corpus, used only by the L shares.  The 网络与信息中心 runs the
campus network (校园网), the 数据中心机房, the university's systems (统一身份认证, 一卡通, 教务系统, 门户,
VPN) and its security operations; as a service it also supports the 附属医院, an 独立学院 or an
附属中学 under a 技术支持服务协议: that unit is the form's customer.  Its people write as a university
administration does: 办法 / 规定 issued by the university with 校发〔2026〕N号 and a notice of the
校长办公会's approval, 实施细则 and 规范 issued by the centre (信息化办〔2026〕N号) or by the 校长办公室
(校办发), 一章 / 第一条 articles; a 规章制度汇编; 作业指导书; periods by 学年 / 学期 / 教学周
(2025-2026学年第一学期, 第9教学周); 值班表 and 值班记录; 网上服务大厅 tickets; 校园网及信息系统运行月报;
网络安全和信息化领导小组 minutes; 校长办公会纪要; 工作要点 and 工作总结; 等级保护 定级, 测评 and 整改;
攻防演练 / 护网; 开学、考试、招生 重保 保障方案; 师生 satisfaction 问卷.  Folders by 科室 (综合科,
网络运行科, 系统运维科, 信息安全科, 服务大厅, 对外技术支持/<单位>) and by 学年; earlier 学年 copies under
历年归档/.  Written from the form's 需提供证明材料, not from kinds*.py's rules or the rule pack.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional
section adds its items only when it is written; a sheet with no data rows counts for nothing.
build(co, lock_bytes) lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the university, its 文号 abbreviation, the customer's folder name, the customer's kind
L_INFO = {
    "l1": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l2": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l3": ("赣西师范大学", "赣西师大", "附属中学技术支持", "附属中学"),
    "l4": ("冀中农业大学", "冀农大", "附属医院信息化支撑", "附属医院"),
    "l5": ("荆楚理工大学", "荆理工", "附属医院信息化支撑", "附属医院"),
    "l6": ("滇南师范大学", "滇南师大", "附属中学技术支持", "附属中学"),
    "l7": ("燕北工业大学", "燕工大", "科技学院技术支持", "独立学院"),
    "l8": ("闽江海洋大学", "闽海大", "附属医院信息化支撑", "附属医院"),
    "l9": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l10": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l11": ("赣西师范大学", "赣西师大", "附属中学技术支持", "附属中学"),
    "l12": ("冀中农业大学", "冀农大", "附属医院信息化支撑", "附属医院"),
    "l13": ("荆楚理工大学", "荆理工", "附属医院信息化支撑", "附属医院"),
    "l14": ("滇南师范大学", "滇南师大", "附属中学技术支持", "附属中学"),
    "l15": ("冀中农业大学", "冀农大", "附属医院信息化支撑", "附属医院"),
    "l16": ("赣西师范大学", "赣西师大", "附属中学技术支持", "附属中学"),
    "l17": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l18": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l19": ("滇南师范大学", "滇南师大", "附属中学技术支持", "附属中学"),
    "l20": ("荆楚理工大学", "荆理工", "附属医院信息化支撑", "附属医院"),
    "l21": ("冀中农业大学", "冀农大", "附属医院信息化支撑", "附属医院"),
    "l22": ("赣西师范大学", "赣西师大", "附属中学技术支持", "附属中学"),
    "l23": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l24": ("冀中农业大学", "冀农大", "附属医院信息化支撑", "附属医院"),
    "l25": ("荆楚理工大学", "荆理工", "附属医院信息化支撑", "附属医院"),
    "l26": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l27": ("赣西师范大学", "赣西师大", "附属中学技术支持", "附属中学"),
    "l28": ("滇南师范大学", "滇南师大", "附属中学技术支持", "附属中学"),
    "l29": ("赣西师范大学", "赣西师大", "附属中学技术支持", "附属中学"),
    "l30": ("冀中农业大学", "冀农大", "附属医院信息化支撑", "附属医院"),
    "l31": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l32": ("冀中农业大学", "冀农大", "附属医院信息化支撑", "附属医院"),
    "l33": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l34": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l35": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l36": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l37": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l38": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l39": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l40": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l41": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l42": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l43": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l44": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l45": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l46": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l47": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l48": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l49": ("冀中农业大学", "冀农大", "附属医院信息化支撑", "附属医院"),
    "l50": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l51": ("荆楚理工大学", "荆理工", "附属医院信息化支撑", "附属医院"),
    "l52": ("冀中农业大学", "冀农大", "附属医院信息化支撑", "附属医院"),
    "l53": ("赣西师范大学", "赣西师大", "附属中学技术支持", "附属中学"),
    "l54": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l55": ("荆楚理工大学", "荆理工", "附属医院信息化支撑", "附属医院"),
    "l56": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l57": ("冀中农业大学", "冀农大", "附属医院信息化支撑", "附属医院"),
    "l58": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l59": ("赣西师范大学", "赣西师大", "附属中学技术支持", "附属中学"),
    "l60": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l61": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l62": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l63": ("淮扬大学", "淮大", "广陵学院技术支持", "独立学院"),
    "l64": ("冀中农业大学", "冀农大", "附属医院信息化支撑", "附属医院"),
    "l65": ("岭南理工大学", "岭理工", "附属医院信息化支撑", "附属医院"),
    "l66": ("赣西师范大学", "赣西师大", "附属中学技术支持", "附属中学"),
}

CENTER = "网络与信息中心（信息化办公室）"


# ------------------------------------------------------------------ 学年 / 学期 / 教学周

def xn(d):
    """The 学年 a date belongs to: 2025-2026学年 runs from August 2025 to July 2026."""
    y = d.year if d.month >= 8 else d.year - 1
    return "%d-%d学年" % (y, y + 1)


def xq(d):
    return xn(d) + ("第二学期" if 2 <= d.month <= 7 else "第一学期")


def week(d):
    """The 教学周: the first semester starts on the first Monday of September, the second on
    the fourth Monday of February."""
    if 2 <= d.month <= 7:
        start = date(d.year, 2, 22)
    else:
        start = date(d.year if d.month >= 8 else d.year - 1, 9, 1)
    start += timedelta(days=(7 - start.weekday()) % 7)
    return max(1, (d - start).days // 7 + 1)


def uniq(co, rel):
    """A second document of a kind on the same day or week gets the (1) a file manager gives it."""
    base, dot, e = rel.rpartition(".")
    n = 0
    while rel in co.used:
        n += 1
        rel = "%s(%d).%s" % (base, n, e)
    return rel


def xiao_head(co, d, n, office=False):
    """The head of a university document: 淮扬大学文件 / 淮大校发〔2025〕37号."""
    if office:
        return [("p", "%s校长办公室文件" % co.school), ("p", "%s校办发〔%d〕%d号" % (co.sabbr, d.year, n))]
    return [("p", "%s文件" % co.school), ("p", "%s校发〔%d〕%d号" % (co.sabbr, d.year, n))]


def center_head(co, d, n):
    return [("p", "%s%s" % (co.school, CENTER)), ("p", "信息化办〔%d〕%d号" % (d.year, n))]


def sign_off(co, d, who=None):
    return [("p", who or "%s%s" % (co.school, CENTER)), ("p", cnd(d))]


# ------------------------------------------------------------------ 办法 / 细则 / 规范

# key -> (title, issuer: 校发 / 校办发 / 中心, items, chapters of articles)
L_RULES = {
    "fault": ("校园网络与信息系统故障报修处理办法", "校办发", ["49/incident-procedure"], [
        ("总则", ["为及时处理校园网络、数据中心和各信息系统的故障，尽快恢复教学、科研和管理服务，制定本办法。",
                "本办法所称故障，是指校园网中断或缓慢、信息系统无法访问或功能异常、一卡通交易失败等影响师生正常使用的情况。"]),
        ("报修渠道", ["师生可通过网上服务大厅、信息化服务热线、企业微信服务号报修；值班人员发现的告警视同报修登记。"]),
        ("分级与时限", ["全校性或教学考试期间的故障为一级，15分钟内响应、2小时内恢复；单个楼宇或单个系统的为二级，30分钟响应、4小时恢复；个人终端类为三级，当日处理。"]),
        ("处理与恢复", ["服务大厅受理后派单至责任科室，处理人到场或远程处理，恢复后由报修人确认办结。",
                      "一级故障由值班负责人报告中心主任，并在校园门户和企业微信发布影响通告。"]),
        ("回访与分析", ["服务大厅按10%比例电话回访；一级故障在3个工作日内形成故障分析报告。"]),
    ]),
    "request": ("信息化服务申请受理与办理规范", "中心", ["49/request-procedure"], [
        ("适用范围", ["适用于校内单位和师生通过网上服务大厅提出的账号开通、权限调整、VPN开通、域名及虚拟主机申请、数据共享申请等服务申请。"]),
        ("受理", ["服务大厅工作日2小时内受理；涉及数据共享和对外开放端口的申请，须经申请单位负责人审核、信息安全科会签。"]),
        ("办理与反馈", ["承办科室按服务事项目录承诺时限办理，办结后在系统内反馈，申请人评价后归档。"]),
        ("统计", ["服务大厅每月统计申请量、办结率和超时件，纳入运行月报。"]),
    ]),
    "problem": ("信息系统问题管理实施细则", "中心", ["20/procedure", "37/procedure"], [
        ("目的", ["对反复出现或原因不明的故障查找根本原因，消除隐患，减少同类故障重复发生。"]),
        ("问题的确定", ["同一系统一个学期内同类故障三次以上、一级故障、等保测评和安全检查发现的系统性缺陷，由责任科室登记为问题。"]),
        ("分析与解决", ["问题负责人在10个工作日内完成原因分析，提出临时措施和根本解决方案；需变更的按变更管理办法执行。"]),
        ("关闭与知识沉淀", ["解决方案实施后观察一个月无复发，由科长审核关闭，处理经验录入服务大厅知识库。"]),
    ]),
    "change": ("信息系统变更及停机维护管理办法", "校办发", ["54/procedure"], [
        ("变更范围", ["对校园网、数据中心设备、安全设备和各信息系统的配置、版本、架构调整，以及计划停机维护。"]),
        ("申请与审批", ["变更前填写变更申请表，写明变更内容、影响范围、实施窗口、风险评估和回退措施，经科长审核、中心分管副主任批准；影响全校业务的报中心主任批准并提前2个工作日在门户发布停机公告。"]),
        ("实施窗口", ["变更原则上安排在周五晚或周末；期末考试周、开学第一周、招生录取期间实行封网，非紧急变更一律暂停。"]),
        ("实施与验证", ["按批准方案实施，完成后功能验证；验证失败立即回退，并在变更登记表记录。"]),
        ("记录", ["变更申请表、停机公告、变更登记表由各科室按学期归档。"]),
    ]),
    "knowledge": ("运维知识库建设与管理细则", "中心", ["21/procedure"], [
        ("知识来源", ["故障处理、服务申请办理、问题分析结论、常见问题（FAQ）。"]),
        ("编写与审核", ["处理人在工单办结后3个工作日内提交知识条目，科长审核后在服务大厅知识库发布，面向师生的条目同步到自助服务页面。"]),
        ("维护", ["每学期末清理过时条目，系统升级后更新相关条目。"]),
    ]),
    "slm": ("信息化服务水平管理办法", "中心", ["39/slm-procedure"], [
        ("服务水平的确定", ["对校内服务以服务事项目录公布承诺时限；对附属单位以技术支持服务协议约定服务范围、服务时间、运维方式、响应与恢复时限。"]),
        ("监测与报告", ["每月在运行月报中统计服务水平达成情况，未达成的分析原因并提出整改措施。"]),
        ("评审与修订", ["服务协议每年评审一次；服务对象业务调整时及时修订。"]),
    ]),
    "secinc": ("网络安全事件应急处置办法", "校发", ["30/response-process", "30/reporting-process", "31/incident-process",
                                             "34/incident-process", "34/emergency-process"], [
        ("事件分类与分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、信息内容安全事件、设备设施故障等；按影响分为特别重大、重大、较大和一般四级。"]),
        ("报告", ["信息安全科或值班人员发现事件后10分钟内报告中心主任；较大及以上事件30分钟内报告网络安全和信息化领导小组办公室，并按规定向教育主管部门和公安机关报告；涉事单位须同步报告。"]),
        ("处置", ["按研判、遏制（断网、封禁、下线）、根除、恢复的步骤处置，过程记入网络安全事件处置单。"]),
        ("应急响应", ["较大及以上事件启动学校《网络安全事件应急预案》，由领导小组统一指挥。"]),
        ("事后处理", ["处置结束后5个工作日内提交事件报告，分析原因，落实整改，追究责任，整改情况纳入隐患排查台账。"]),
    ]),
    "audit": ("信息化运维服务内部审核办法", "中心", ["61/audit-system", "62/audit-mechanism"], [
        ("审核安排", ["综合科每年制定内部审核计划，覆盖中心各科室和全部服务过程，审核员不审核本科室工作。"]),
        ("审核实施", ["审核计划、首次会议、现场审核、不符合项报告、末次会议、整改验证。"]),
        ("结果运用", ["内审报告提交网络安全和信息化领导小组年度评审；整改情况纳入科室年度考核。"]),
    ]),
    "monitor": ("信息化运维服务质量监测与考核办法", "中心", ["61/monitoring-process", "62/monitoring-process"], [
        ("监测内容", ["校园网可用率、重要信息系统可用率、故障恢复及时率、服务申请办结率、师生满意度、安全事件数。"]),
        ("监测方式", ["网络运行科和系统运维科实时监测，服务大厅按月统计，综合科汇总编入运行月报。"]),
        ("考核", ["未达目标的科室制定整改措施，纳入科室和个人学期考核。"]),
    ]),
    "improve": ("信息化服务持续改进管理办法", "中心", ["65/procedure"], [
        ("改进来源", ["故障分析、内部审核、领导小组评审、师生和附属单位意见、考核未达标、隐患排查。"]),
        ("登记与审批", ["改进建议登记到持续改进台账，按效益、紧迫性和投入评估打分，中心主任办公会批准后实施。"]),
        ("测量与报告", ["改进项目设定可测量目标，完成后评估效果，每学期在中心工作会议上报告。"]),
    ]),
    "training": ("网络安全教育培训工作实施细则", "中心", ["31/training-process"], [
        ("需求与计划", ["每学年初收集各单位和附属单位的培训需求，编制学年网络安全培训计划。"]),
        ("实施", ["新生入学教育、网络安全宣传周、各单位网络安全联络员培训、技术人员专题培训；签到、课件和考试成绩归档。"]),
        ("评估", ["课后问卷评估培训效果，结果用于下学年计划。"]),
    ]),
    "pentest": ("信息系统渗透测试工作规范", "中心", ["31/pentest-process"], [
        ("授权", ["测试前由系统主管单位签署授权书，明确测试范围、时间窗口和禁止事项。"]),
        ("实施", ["信息收集、漏洞发现、漏洞验证，禁止拒绝服务测试和删改数据，全程录屏留痕。"]),
        ("报告与复测", ["出具渗透测试报告，主管单位整改后复测闭环。"]),
    ]),
}

# formal rules of the university's own business that prove none of the form's items
L_OTHER = {
    "users": ("校园网用户管理办法", [("入网", ["师生凭统一身份认证账号上网，不得转借账号。"]), ("行为", ["禁止私设无线路由器和代理服务。"])]),
    "room": ("数据中心机房管理规定", [("出入", ["外来人员进入机房须登记并由中心人员陪同。"]), ("环境", ["温度18-27℃，湿度40%-60%，每日巡视。"])]),
    "web": ("网站与新媒体信息发布审核办法", [("审核", ["发布信息实行三审三校。"]), ("备案", ["二级网站须在中心备案。"])]),
}


def rule_doc(co, d, key, n):
    title, issuer, items, chapters = L_RULES[key]
    full = "%s%s" % (co.school, title)
    if issuer == "中心":
        b = center_head(co, d, n) + [("p", "关于印发《%s》的通知" % full),
                                     ("p", "中心各科室：《%s》已经中心主任办公会研究通过，现予印发，请认真执行。" % full)]
    else:
        b = xiao_head(co, d, n, issuer == "校办发") + [
            ("p", "关于印发《%s》的通知" % full),
            ("p", "各学院（部）、各部门、各直属单位：《%s》已经%d年第%d次校长办公会审议通过，现印发给你们，请遵照执行。" % (full, d.year, 3 + n % 9))]
    b += sign_off(co, d, "%s%s" % (co.school, "" if issuer == "校发" else "校长办公室" if issuer == "校办发" else CENTER)) + [("break",), ("title", full)]
    art = 0
    for i, (head, paras) in enumerate(chapters, 1):
        b.append(("h1", "第%s章 %s" % ("一二三四五六七八"[i - 1], head)))
        for p in paras:
            art += 1
            b.append(("p", "第%s条 %s" % (cn_num(art), p)))
    b.append(("p", "第%s条 本%s由%s负责解释，自印发之日起施行。" % (cn_num(art + 1), title[-2:], CENTER)))
    return Doc("proc:" + key, full, d, items, False, b)


def cn_num(n):
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else digits[t]) + "十" + (digits[u] if u else "")


def other_doc(co, d, key, n):
    title, chapters = L_OTHER[key]
    full = co.school + title
    b = xiao_head(co, d, n, True) + [("title", full)]
    for i, (head, paras) in enumerate(chapters, 1):
        b.append(("h1", "第%s章 %s" % ("一二三四"[i - 1], head)))
        b += [("p", "第%s条 %s" % (cn_num(i), p)) for p in paras]
    return Doc("other_rule", full, d, [], False, b)


PDCA_TEXT = ["中心信息化运维服务按“计划—执行—检查—改进”循环管理。",
             "计划：每年初编制工作要点、服务事项目录和重要信息系统可用性保障计划，明确目标和责任科室；",
             "执行：按本汇编各项办法、作业指导书和值班制度开展运行维护和安全保障；",
             "检查：运行月报监测服务指标，每年开展内部审核，网络安全和信息化领导小组每年评审一次运维服务情况；",
             "改进：对检查发现的问题登记持续改进台账，整改闭环，修订制度。"]


def compendium(co, d, keys, pdca):
    """规章制度汇编: the 总则 (the PDCA cycle, mostly) and several 办法 as chapters."""
    t = "%s%s规章制度汇编（%d年修订）" % (co.school, CENTER, d.year)
    b = [("title", t), ("p", "%s综合科编印　%s" % (CENTER, cnd(d))), ("p", "目　录")]
    items, n, heads = [], 0, []
    if pdca:
        heads.append("信息化运维服务管理总则")
    heads += [L_RULES[k][0] for k in keys]
    b += [("p", "%d. %s" % (i, h)) for i, h in enumerate(heads, 1)] + [("break",)]
    if pdca:
        n += 1
        b.append(("h1", "%s、信息化运维服务管理总则" % cn_num(n)))
        b += [("p", x) for x in PDCA_TEXT]
        items.append("10/pdca")
    for k in keys:
        title, _, its, chapters = L_RULES[k]
        n += 1
        b.append(("h1", "%s、%s%s" % (cn_num(n), co.school, title)))
        art = 0
        for head, paras in chapters:
            b.append(("h2", head))
            for p in paras:
                art += 1
                b.append(("p", "第%s条 %s" % (cn_num(art), p)))
        items += its
    return Doc("compendium", t, d, sorted(set(items)), False, b)


def pdca_doc(co, d, n):
    t = "%s信息化运维服务管理总则" % co.school
    b = center_head(co, d, n) + [("title", t)] + [("p", x) for x in PDCA_TEXT]
    return Doc("pdca", t, d, ["10/pdca"], False, b)


# ------------------------------------------------------------------ 作业指导书

SOPS = {
    "core": ("核心交换机配置变更", ["确认变更申请表已批准，变更窗口在周五22:00以后。", "登录前备份running-config到配置服务器。",
                               "按方案逐条配置并保存；核对OSPF邻居和VLAN接口状态。", "抽测三个楼宇上网；失败时恢复备份配置。"]),
    "fw": ("出口防火墙策略开通", ["核对服务大厅工单和信息安全科会签意见。", "策略须指定源、目的和端口，禁止any到any。",
                              "配置后验证访问效果并记录策略编号。", "每学期末清理过期策略。"]),
    "ids": ("统一身份认证账号同步异常处置", ["查看人事、学工数据源同步任务日志。", "定位失败记录，核对工号/学号和状态字段。",
                                      "手工补同步后通知服务大厅回复报修人。", "同类异常三次以上登记为问题。"]),
    "room": ("数据中心机房日常巡检", ["每日9:00和16:00巡检UPS、精密空调、温湿度和漏水告警。", "检查机柜设备指示灯和告警。",
                                 "在巡检记录表签字；异常立即报告值班负责人。"]),
    "card": ("一卡通系统数据库备份与恢复", ["每日0:30全量备份，检查备份日志。", "每月在测试库做一次恢复验证。",
                                    "恢复前停止前置服务，恢复后核对日结数据。"]),
    "av": ("终端防病毒系统运维", ["每日检查病毒库版本和客户端在线率。", "每周对办公网终端全盘查杀并导出报表。",
                             "发现病毒按网络安全事件处置办法隔离终端。"]),
}


def sop(co, d, key, n):
    name, steps = SOPS[key]
    t = "%s作业指导书" % name
    b = [("title", t), ("p", "文件编号：WXZX-ZY-%02d　　版本：%d.%d　　编制：%s　　审核：%s　　批准：%s" % (n, 1 + n % 2, n % 3, co.p(n), co.p(n + 1), co.boss)),
         ("h1", "一、适用范围"), ("p", "适用于%s%s及%s相关设备和系统。" % (co.school, CENTER, co.customer)),
         ("h1", "二、作业准备"), ("p", "确认作业已登记，准备备份介质和应急联系人清单。"), ("h1", "三、作业步骤")]
    b += [("p", "%d. %s" % (i, s)) for i, s in enumerate(steps, 1)]
    b += [("h1", "四、注意事项"), ("p", "教学时段和考试周不安排影响业务的作业。")]
    return Doc("sop", t, d, ["11/manuals", "24/work-instructions"], False, b)


def sop_book(co, d, keys):
    t = "%s运维作业指导书汇编" % CENTER
    b = [("title", t), ("p", "%s　%s" % (co.school, cnd(d)))]
    for i, k in enumerate(keys, 1):
        name, steps = SOPS[k]
        b.append(("h1", "第%s部分 %s作业指导书" % (cn_num(i), name)))
        b += [("p", "%d.%d %s" % (i, j, s)) for j, s in enumerate(steps, 1)]
    return Doc("sop_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ 对外技术支持 (the customer)

def survey(co, d, time_req, sec):
    parts = [("一、基本情况", "%s（%s）现有信息系统：%s，终端约%d台，网络由%s统一接入。" % (
        co.customer, co.ckind, "、".join(co.systems), 600 + co.rng.randint(0, 900), co.school), [])]
    if time_req:
        parts.append(("二、服务时间要求", ["核心业务系统7×24小时保障，开学、考试、招生等重要时段安排专人现场值守；",
                                     "工作日8:00-17:30现场支持，夜间及节假日远程值守，30分钟内响应。"], ["1/survey"]))
    if sec:
        parts.append(("三、网络安全服务需求及类型", ["安全设备运维、漏洞扫描与整改、日志审计、渗透测试、应急响应、等级保护测评配合、网络安全培训；",
                                          "按类型分为：日常运维类、安全评估类、应急保障类、培训咨询类，首要需求为通过等保三级复测。"], ["5/survey"]))
    parts.append(("四、调研方式", "走访%s信息科（网络中心）及业务部门，结合其“十五五”信息化发展规划。" % co.customer, []))
    return nar("survey", "%s信息化运维服务需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    head = ["阶段", "工作内容", "工作量（人月）", "人员安排", "经费（万元）", "节点时间"]
    rows = [["接入准备", "现状摸底、资产梳理、网络割接", 1.5, "网络运行科2人", 3.0, iso(d + timedelta(days=30))],
            ["日常运维", "安全设备运维、日志审计、漏洞扫描", 12, "信息安全科1人、驻场1人", 28.8, "按学年"],
            ["重要时段保障", "开学、考试、招生值守", 1, "值班人员", 2.4, "每学期"],
            ["年度总结", "服务评价与续签", 0.5, "综合科", 1.0, iso(d + timedelta(days=360))]]
    return book("budget", "%s技术支持服务经费测算表" % co.customer, d, False, [("经费测算", head, rows, ["2/budget"])])


def kickoff(co, d, health):
    its = [("一、议定事项", ["服务范围为%s的网络接入、安全设备运维、日志审计、漏洞管理和应急响应。" % "、".join(co.systems),
                         "服务时间及服务水平按需求调研报告执行，%s为对方联系人，%s为中心接口人。" % (co.cp(0), co.p(1)),
                         "以上事项双方无异议，签字确认。"], ["3/communication"])]
    if health:
        its.append(("二、健康检查安排", ["每学期开学前现场检查一次，其余每月远程检查；检查安全设备和业务系统的可用性、运行时长和冗余，5个工作日内提交检查报告。"],
                    ["15/agreement"]))
    parts = [("会议情况", "时间：%s；地点：%s行政楼会议室；参加：%s、%s（%s），%s、%s（%s）。" % (
        cnd(d), co.customer, co.cp(0), co.cp(1), co.customer, co.p(3), co.p(1), "网络与信息中心"), [])] + its
    return nar("communication", "%s信息化技术支持服务对接会纪要" % co.customer, d, False, parts)


def history(co, d, on):
    parts = [(None, "为做好%s信息化技术支持服务的接手工作，中心于%d年%d月对其近一年运行情况进行摸底，情况如下。" % (co.customer, d.year, d.month), [])]
    if "list" in on:
        parts.append(("收集的历史运行数据", ("table", [["序号", "数据名称", "来源", "覆盖时段", "条数"], [1, "故障报修登记", "原报修登记本", "近12个月", "386"],
                                                 [2, "网管告警日志", "网管平台", "近12个月", "1.2万"], [3, "变更及维护记录", "原外包商周报", "近12个月", "47"]]),
                      ["4/history-list"]))
    if "analysis" in on:
        parts.append(("运行情况分析", ["服务指标：核心系统可用率99.82%，未达到99.9%；", "违规操作：共用管理员账号、越权远程维护各1起；",
                                  "重大事件：勒索病毒感染1起，门户中断6小时；", "失败变更：交换机升级失败回退2次。"], ["4/analysis"]))
    if "strategy" in on:
        parts.append(("保障策略及实施安排", ["接手第1个月收回共用账号并启用堡垒机；", "第2个月在出口部署日志审计和防病毒网关；",
                                     "变更纳入中心停机维护流程，考试周封网。"], ["4/strategy"]))
    parts = parts[:1] + [("%s、%s" % (cn_num(i), h), b, its) for i, (h, b, its) in enumerate(parts[1:], 1)]
    return nar("history", "%s运行现状摸底及运维保障方案" % co.customer, d, False, parts)


def agreement(co, d, ways, core, health):
    arts = [("服务内容", "乙方为甲方%s及配套网络、安全设备提供运行维护和网络安全技术支持。" % "、".join(co.systems), [])]
    if ways:
        arts.append(("服务方式", "乙方采取驻场值守（工作日1人）、定期巡检（每周远程、每月现场）和远程值守（夜间及节假日）相结合的方式。", ["35/sla"]))
    if health:
        arts.append(("健康检查", "乙方每月远程、每学期开学前现场对安全设备和业务系统进行一次健康检查，检查可用性和持续运行情况，并出具检查报告。", ["15/agreement"]))
    if core:
        arts.append(("服务水平", ("table", [["指标", "承诺"], ["核心业务系统可用率", "≥99.9%"], ["一级故障响应", "15分钟"],
                                        ["一级故障恢复", "2小时"], ["高危漏洞通知", "24小时内"]]), ["36/sla"]))
    arts.append(("协议期限", "自签订之日起一年，期满无异议自动续期。", []))
    parts = [(None, "甲方：%s　乙方：%s（承办部门：网络与信息中心）" % (co.customer, co.school), [])]
    parts += [("第%s条 %s" % (cn_num(i), h), b, its) for i, (h, b, its) in enumerate(arts, 1)]
    parts.append((None, "甲方（盖章）：%s　乙方（盖章）：%s　签订日期：%s" % (co.customer, co.school, cnd(d)), ["39/sla"]))
    return nar("sla", "信息化技术支持服务协议", d, False, parts)


def catalog(co, d, levels):
    rows = [["接入初始化", "资产梳理、网络接入、账号开通"], ["安全设备运维", "防火墙、上网行为管理、WAF、堡垒机"], ["日常巡检", "每日远程巡检、每周现场巡检"],
            ["健康检查", "每月远程、每学期现场"], ["安全事件审计", "日志审计分析周报"]]
    its = ["12/catalog", "29/catalog"]
    if "l2" in levels:
        rows += [["运行监控与分析", "7×24监控、运行月报"], ["终端安全监控", "防病毒、准入"], ["等级保护合规运维", "定级备案、测评整改配合"]]
        its.append("19/catalog")
    if "l1" in levels:
        rows += [["安全通告与漏洞分析", "预警通报"], ["应急响应", "7×24应急处置"]]
        its.append("26/catalog")
    return book("catalog", "%s信息化技术支持服务事项清单" % co.customer, d, False, [("服务事项", ["服务事项", "服务内容"], rows, its)])


def requirements(co, d):
    parts = [("项目背景", "%s拟新建%s，中心承担建设技术支撑。" % (co.customer, co.sys(2)), []),
             ("需求分析", ["功能需求：统一身份认证对接、移动端访问、数据交换；", "性能需求：并发用户1500，页面响应≤2秒；",
                          "安全需求：等保二级以上、HTTPS、操作日志留存6个月。"], ["11/requirements"]),
             ("需求确认", "%s确认人：%s（%s）；中心：%s。" % (co.customer, co.cp(0), iso(d), co.p(3)), [])]
    return nar("requirements", "%s建设需求分析报告" % co.sys(2), d, True, parts)


def health(co, d):
    parts = [("检查情况", "检查方式：%s；对象：%s及防火墙、WAF、上网行为管理；检查人：%s。" % (
        co.rng.choice(["现场检查", "远程检查"]), "、".join(co.systems), co.p(2)), []),
             ("检查结果", ("table", [["对象", "可用性", "运行时长/冗余", "结论"], ["出口防火墙", "正常", "双机热备", "正常"],
                                  [co.sys(0), "可用率99.96%", "运行142天", "正常"], ["WAF", "正常", "单机", "建议增加冗余"]]),
              ["15/records", "46/records", "44/inspection", "14/maintenance"])]
    return nar("health", "%s健康检查报告（%s）" % (co.customer, xq(d)), d, True, parts)


def csat(co, d, who):
    """A satisfaction survey: the 附属单位's or the 师生's."""
    if who == "cust":
        t = "%s信息化技术支持服务满意度测评报告（%s）" % (co.customer, xq(d))
        head = "向%s信息科及临床、教学业务部门发放测评表20份，回收18份。" % co.customer
    else:
        t = "%s信息化服务师生满意度调查报告（%s）" % (co.school, xq(d))
        head = "通过问卷星面向师生发放问卷，回收有效问卷%d份（教职工%d份、学生%d份）。" % (1800 + d.day * 11, 400 + d.day, 1400 + d.day * 10)
    parts = [("调查情况", head, []),
             ("调查结果", ("table", [["项目", "满意度"], ["校园网/网络服务", "%d%%" % (86 + d.month % 5)], ["响应及时性", "93%"], ["服务态度", "96%"],
                                  ["总体满意度", "%d%%" % (90 + d.month % 4)]]), []),
             ("结果分析", ["宿舍区晚高峰网速是主要不满意项；", "服务大厅办结时效评价较上次提升。"], ["41/surveys", "58/survey", "63/survey"])]
    return nar("csat", t, d, True, parts)


def csat_trend(co, d):
    rows = [["2024-2025学年第一学期", "89%", "91%"], ["2024-2025学年第二学期", "90%", "92%"], ["2025-2026学年第一学期", "92%", "93%"],
            ["2025-2026学年第二学期", "93%", "95%"]]
    parts = [("近四个学期满意度", ("table", [["学期", "师生总体满意度", "附属单位满意度"]] + rows), []),
             ("趋势分析", ["总体满意度连续四个学期上升，网络服务仍是短板；", "预计宿舍区万兆改造完成后网络服务满意度可提升3个百分点。"], ["41/trend"])]
    return nar("csat_trend", "信息化服务满意度趋势分析（%s）" % xn(d), d, True, parts)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=21 * i)), co.cp(i), ["电话回访", "上门回访", "电话回访", "企业微信"][i % 4],
             ["满意", "希望缩短VPN开通时间", "满意", "建议增加培训"][i % 4], co.p(3)] for i in range(5)]
    return book("callbacks", "%s服务回访记录" % co.customer, d, True, [("回访记录", ["回访日期", "回访对象", "方式", "意见建议", "回访人"], rows, ["63/follow-up-visits"])])


# ------------------------------------------------------------------ 综合科: organisation, notices, minutes

def org(co, d, roles):
    parts = [("一、网络安全和信息化领导小组", ["组长：校党委书记、校长；副组长：分管副校长；成员：党政办、宣传部、教务处、人事处、学工部等单位负责人。",
                                     "领导小组办公室设在%s，%s任办公室主任。" % (CENTER, co.boss)], ["9/org-chart", "23/org-chart"]),
             ("二、中心内设机构", "综合科（%s）、网络运行科（%s）、系统运维科（%s）、信息安全科（%s）、服务大厅（%s）。" % (
                 co.p(4), co.p(0), co.p(2), co.p(1), co.p(5)), [])]
    if roles:
        parts.append(("三、安全运维岗位职责", ("table", [["岗位", "职责", "科室"], ["网络管理员", "校园网运行、割接、故障处理", "网络运行科"],
                                                ["系统管理员", "服务器、数据库、备份", "系统运维科"], ["安全管理员", "安全设备运维、漏洞和事件处置", "信息安全科"],
                                                ["审计管理员", "日志审计、账号审计", "信息安全科"], ["服务大厅坐席", "受理报修和申请、回访", "服务大厅"]]),
                      ["18/roles", "23/roles"]))
    return nar("org", "%s网络安全组织架构及岗位职责（%d年）" % (co.school, d.year), d, False, parts)


def staff(co, d, outs):
    head = ["姓名", "科室", "岗位", "人员类别"]
    rows = [[co.p(i), ["网络运行科", "信息安全科", "系统运维科", "网络运行科", "综合科", "服务大厅"][i],
             ["网络管理员", "安全管理员", "系统管理员", "网络工程师", "内审员", "坐席"][i], ["事业编制", "人事代理", "事业编制", "人事代理", "事业编制", "劳务派遣"][i]]
            for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[co.vp(i), "信息安全科（驻场）", ["安全运维工程师", "驻场值守"][i], "%s（驻场外包）" % co.vendor] for i in range(2)]
        its.append("9/outsourcing")
    return book("staff", "%s人员名单" % CENTER, d, False, [("人员", head, rows, its)])


def interface(co, d, n):
    parts = [("通知", ["中心指定信息安全科%s为学校网络安全工作对外接口人，负责与教育主管部门、公安网安部门、%s及各单位网络安全联络员的工作联系；%s为B岗。" % (
        co.p(1), co.customer, co.p(5)), "各单位网络安全联络员名单见附件。"], ["28/interface-person"])]
    return nar("interface", "关于明确网络安全工作接口人和联络员的通知", d, False, parts, xiao_head(co, d, n, True))


def desk(co, d, n):
    parts = [("通知", ["网上服务大厅（信息化服务台）即日起正式运行，统一受理全校师生和附属单位的故障报修、服务申请和网络安全事件报告；",
                       "服务热线工作日8:00-22:00人工值守，其余时间转值班手机，7×24小时受理。"], ["48/service-desk"]),
             ("人员", "服务大厅设坐席3人，%s为负责人。" % co.p(5), [])]
    return nar("desk", "关于网上服务大厅（信息化服务台）正式运行的通知", d, False, parts, xiao_head(co, d, n, True))


def desk_training(co, d):
    rows = [["培训内容", "服务大厅坐席业务培训：报修受理、分级派单、服务用语、知识库使用"], ["时间", cnd(d)], ["主讲", co.p(5)],
            ["考核", "笔试+模拟接单，均合格"], ["参训人员", "签名"]] + [[co.p(i), co.p(i)] for i in (5, 3, 4)]
    return Doc("desk_training", "服务大厅坐席业务培训记录", d, ["48/training"], True, sheets=[("培训记录", rows)])


def ola(co, d, sld):
    parts = [("一、科室之间的服务约定", ["网络运行科对信息安全科：日志审计采集链路可用率99.9%，端口镜像需求2个工作日内完成；",
                                 "系统运维科对服务大厅：账号类工单2小时内办结；信息安全科对各科室：高危漏洞24小时内通报。"], ["8/ola"])]
    if sld:
        parts.append(("二、驻场外包及运营商服务水平", ["%s：7×24响应，硬件故障4小时到场，与对%s承诺的一级故障2小时恢复相衔接；" % (co.vendor, co.customer),
                                            "运营商出口专线可用率99.95%，故障2小时修复。"], ["8/sld"]))
    return nar("ola", "中心内部服务约定及外包服务水平要求", d, False, parts)


def leading_minutes(co, d, inputs, ranked):
    """网络安全和信息化领导小组会议纪要: the year's review of the operations service (its inputs
    written or not), sometimes the ranked improvement projects, beside the 智慧校园 item."""
    agenda = [("审议智慧校园年度建设项目", "会议原则同意数据中台二期、智慧教室改造两个项目，由计划财务处统筹经费。", [])]
    lines = {"perf": ("服务执行及符合性", "本年度校园网可用率99.95%，重要信息系统可用率99.93%，服务申请按时办结率97.6%，内部审核不符合项3项已整改。",
                      ["59/management-review", "60/performance"]),
             "fb": ("师生及附属单位反馈", "师生满意度93%，附属单位满意度95%，主要意见集中在宿舍区网速。", ["60/customer-feedback"]),
             "res": ("资源现状及预测", "现有专职人员18人、驻场2人；明年附属单位系统上云后需增加系统管理员1名。", ["60/resources"]),
             "ca": ("整改措施进展", "上年评审和内审的整改措施7项，已完成6项，1项随二期项目推进。", ["60/corrective-actions"]),
             "chg": ("可能影响服务的变化", "新校区启用、等保2.0复测、附属单位系统迁移。", ["60/changes"]),
             "imp": ("改进机会", "统一身份认证多因素认证、工单自动派单、宿舍区网络改造。", ["60/improvements"])}
    if inputs:
        body = ["会议听取了%s关于本年度信息化运维服务体系运行情况的汇报，对服务进行年度评审：" % CENTER]
        its = []
        for k in inputs:
            h, t, i = lines[k]
            body.append("（%s）%s：%s" % (cn_num(len(body)), h, t))
            its += i
        agenda.append(("信息化运维服务年度评审", body, its))
    if ranked:
        agenda.append(("改进项目排序", [("table", [["项目", "效益", "紧迫性", "投入", "得分", "会议意见"], ["工单自动派单", 36, 27, 20, 83, "同意，优先实施"],
                                               ["多因素认证", 34, 26, 16, 76, "同意"], ["宿舍区网络改造", 38, 20, 8, 66, "列入明年预算"]]),
                                     "会议同意按得分顺序实施前两项，第三项列入下年度预算。"], ["67/analysis", "67/prioritisation"]))
    parts = [("会议情况", "%s，分管副校长（领导小组副组长）主持召开%d年网络安全和信息化领导小组第%s次会议，领导小组成员出席，%s汇报。" % (
        cnd(d), d.year, cn_num(1 + d.month // 7), co.boss), [])]
    parts += [("%s、%s" % (cn_num(i), h), body, its) for i, (h, body, its) in enumerate(agenda, 1)]
    parts.append(("出席", "领导小组成员；列席：%s、%s、%s；记录：%s" % (co.boss, co.p(4), co.p(0), co.p(4)), []))
    return nar("minutes", "%d年网络安全和信息化领导小组会议纪要" % d.year, d, True, parts)


def work_summary(co, d, defects, fc):
    """The 学年 / 年度 工作总结: a data summary and forecast (optional) and the year's failures."""
    parts = [("主要工作", ["完成新校区网络建设和宿舍区无线覆盖；", "完成统一身份认证平台升级和一卡通系统迁移；", "组织开学、考试、招生重要时段保障%d次。" % (5 + d.month % 3)], [])]
    if fc:
        parts.append(("运维数据汇总及下一阶段预测", [("table", [["数据", "本期", "上期", "变化"], ["服务大厅工单", "8,420", "7,150", "+17.8%"],
                                                       ["故障报修", "2,136", "2,410", "-11.4%"], ["变更", "186", "152", "+22.4%"],
                                                       ["安全事件", "23", "31", "-25.8%"], ["问题", "14", "11", "+27.3%"], ["日志量（亿条）", "46", "31", "+48%"]]),
                                           "预测：新校区入住后工单量预计再增20%，账号类申请将占四成，宜扩展自助服务；日志量增长需扩容审计存储。"], ["71/forecast"]))
    if defects:
        parts.append(("存在问题及改进", ["一级故障2起（统一身份认证平台中断、数据中心UPS切换失败），变更失败3次，一卡通系统可用率1个月未达承诺；",
                                        "改进：关键系统双活、变更前增加测试环境验证、UPS季度切换试验，责任人%s，明年上半年完成。" % co.p(2)], ["70/defect-analysis"]))
    parts.append(("下一步工作", "推进数据治理、零信任接入和等保复测。", []))
    parts = [("%s、%s" % (cn_num(i), h), body, its) for i, (h, body, its) in enumerate(parts, 1)]
    return nar("summary", "%s%s工作总结" % (CENTER, xn(d)), d, True, parts)


def work_points(co, d):
    parts = [(None, ["以智慧校园建设为主线，重点做好以下工作：", "一、完成数据中台二期建设；", "二、推进IPv6规模部署；", "三、做好等保测评整改和攻防演练防守；",
                     "四、提升网上服务大厅“一网通办”事项比例。"], [])]
    return nar("points", "%s%d年工作要点" % (CENTER, d.year), d, False, parts)


def president_minutes(co, d, cites):
    """校长办公会纪要: it approves the centre's documents, citing them by 《》: not the documents."""
    parts = [(None, ["%s，校长主持召开%d年第%d次校长办公会。" % (cnd(d), d.year, 4 + d.month), "一、会议审议通过了%s，由%s印发执行。" % ("、".join("《%s》" % c for c in cites), CENTER),
                     "二、会议研究了新校区学生公寓家具采购事项。", "三、会议听取了本学期期末考试安排的汇报。"], [])]
    return decoy(nar("presmin", "%d年第%d次校长办公会纪要" % (d.year, 4 + d.month), d, True, parts), "minutes citing documents by 《》")


# ------------------------------------------------------------------ 网络运行科 / 系统运维科

def kpi_list(co, d):
    rows = [["整体", "校园网可用率", "≥99.9%", "月"], ["整体", "重要信息系统综合可用率", "≥99.9%", "月"]]
    rows += [["单系统", "%s可用率" % s, "≥99.9%", "月"] for s in co.systems] + [["单系统", "一卡通交易成功率", "≥99.95%", "日"]]
    return book("kpi_list", "重要信息系统服务可用性指标", d, False, [("指标", ["类别", "指标", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def avail_plan(co, d):
    parts = [("目标", "%d年校园网及重要信息系统可用率不低于99.9%%，开学、考试、招生期间零中断。" % d.year, []),
             ("保障措施", ["统一身份认证平台和一卡通数据库主备部署，每学期切换演练一次；", "出口双链路负载，考试周前完成设备巡检和扩容；",
                          "重要时段实行领导带班和7×24值守；", "每月在运行月报报告可用率，低于目标的分析原因。"], ["22/plan", "18/availability-plan"])]
    return nar("avail_plan", "%d年重要信息系统可用性保障计划" % d.year, d, False, parts, center_head(co, d, 4))


def month_report(co, d, trend, data, sec):
    m = d.month - 1 or 12
    y = d.year if d.month > 1 else d.year - 1
    rows = [["校园网", "99.9%", "%.2f%%" % (99.9 + co.rng.random() * 0.09)]] + [[s, "99.9%", "%.2f%%" % (99.9 + co.rng.random() * 0.09)] for s in co.systems]
    parts = [("运行概况", ("table", [["对象", "目标", "本月可用率"]] + rows), ["22/report", "18/availability-report"]),
             ("中断及故障", "%s %s中断18分钟（二级故障），已恢复；本月服务大厅受理报修%d件。" % (iso(d - timedelta(days=11)), co.sys(1), 600 + co.rng.randint(0, 300)), [])]
    if sec:
        parts.append(("网络安全事件情况", ["本月处置网络安全事件%d起：暴力破解%d起、挖矿程序1起、网页篡改未遂1起，均为一般事件；" % (3 + d.month % 3, 1 + d.month % 3),
                                     "原因分析：事件集中在开学返校和攻防演练期间，弱口令和未及时打补丁的二级网站是主要原因。"],
                      ["18/incident-stats", "18/incident-analysis"]))
    if data:
        names = ["告警及时上报率", "告警漏报率", "维护计划按期完成率", "隐患发现数", "主动发现故障占比", "问题闭环率", "漏洞扫描覆盖率", "安全加固覆盖率",
                 "补丁及时安装率", "网络安全事件数"]
        vals = ["99.2%", "0.4%", "97.8%", "12", "88%", "93%", "100%", "96%", "94%", "1"]
        parts.append(("运维质量指标", ("table", [["指标", "本月"]] + [[a, b] for a, b in zip(names, vals)]), ["56/data"]))
    if trend:
        parts.append(("趋势分析", ["近六个月校园网可用率99.93%、99.95%、99.91%、99.96%、99.97%、99.96%，开学月偏低后回升；",
                                                         "报修量随教学周期波动，寒暑假下降约60%；平均处理时长由3.1小时降至2.4小时。"], ["50/monitoring-report"]))
    parts = [("%s、%s" % (cn_num(i), h), body, its) for i, (h, body, its) in enumerate(parts, 1)]
    return nar("month_report", "%d年%d月校园网及信息系统运行月报" % (y, m), d, True, parts)


def duty_log(co, d, resp):
    """值班记录: the 记录类型 column holds 告警, 报修, 巡检 and 交接班 in one sheet."""
    head = ["日期", "班次", "值班人", "记录类型", "系统/设备", "情况及处理"] + (["响应用时（分钟）", "承诺时限"] if resp else [])
    rows = []
    for i in range(10):
        t = d - timedelta(days=2 * i + 1)
        typ = ["系统告警", "故障报修", "交接班", "设备巡检", "故障报修", "系统告警", "交接班", "故障报修", "设备巡检", "系统告警"][i]
        what = ["%s响应超时，重启服务后恢复（中断12分钟）" % co.sys(0), "图书馆3楼无线中断，更换AP后恢复", "交接正常，无遗留", "机房巡检正常",
                "宿舍区14栋断网，汇聚交换机端口故障已处理", "一卡通前置机CPU告警，已处理", "交接正常", "VPN登录失败，证书更新后恢复", "机房空调告警已复位",
                "%s数据库连接数满，扩容后恢复" % co.sys(2)][i]
        r = [iso(t), ["白班", "夜班"][i % 2], co.p(i % 4), typ, [co.sys(0), "无线网络", "—", "数据中心", "有线网络", "一卡通", "—", "VPN", "数据中心", co.sys(2)][i], what]
        if resp:
            r += [[6, 12, "", "", 9, 4, "", 15, 7, 5][i], ["15", "30", "", "", "30", "15", "", "30", "15", "15"][i]]
        rows.append(r)
    its = ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if resp else [])
    return book("duty_log", "网络与信息系统值班记录（%d年%d月）" % (d.year, d.month), d, True, [("值班记录", head, rows, its)])


def roster(co, d):
    rows = [[iso(d + timedelta(days=i)), co.p(i % 4), co.p((i + 1) % 4), co.p(4 + i % 2), "138%08d" % (10000000 + i * 7919)] for i in range(7)]
    t = "%d年%s网络安全值班表" % (d.year, "国庆" if d.month >= 9 else "五一" if d.month >= 4 else "寒假")
    return Doc("roster", t, d, [], True, sheets=[("值班表", [[t], ["日期", "白班", "夜班", "带班领导", "值班电话"]] + rows)])


def tickets(co, d, resp):
    """网上服务大厅 export: an export line above the header."""
    head = ["工单编号", "服务事项", "申请人", "所在单位", "提交时间"] + (["受理时间", "响应用时（分钟）", "是否超时（承诺30分钟）"] if resp else []) + ["办结时间", "状态", "评价"]
    rows = []
    items_ = ["校园网报修", "统一身份认证密码重置", "VPN开通", "邮箱扩容", "一卡通挂失补办", "虚拟主机申请", "无线网络报修", "教务系统权限调整"]
    for i in range(12):
        t = d - timedelta(days=2 * i + 1)
        r = ["FW%s%03d" % (ymd(t), 100 + i), items_[i % 8], co.p(i % 6) if i % 3 else "学生%04d" % (1000 + i * 37),
             ["文学院", "机械学院", "教务处", "后勤处", "图书馆", "学生处"][i % 6], "%s 08:%02d" % (iso(t), 10 + i)]
        if resp:
            wait = 10 + i if i != 7 else 46
            r += ["%s %02d:%02d" % (iso(t), 8 + (10 + i + wait) // 60, (10 + i + wait) % 60), wait, "否" if wait <= 30 else "是"]
        r += ["%s 11:%02d" % (iso(t), 10 + i), "已办结", ["满意", "非常满意", "满意", "一般"][i % 4]]
        rows.append(r)
    sheet = [["导出时间：%s 17:32　导出人：%s　查询条件：提交时间 %d-%02d-01 至 %s" % (iso(d), co.p(5), d.year, d.month, iso(d))], head] + rows
    its = ["43/process-records"] + (["55/response-times"] if resp else [])
    return Doc("tickets", "网上服务大厅工单导出", d, its, True, sheets=[("工单", sheet)])


def changes(co, d):
    rows = [["BG-%d-%03d" % (d.year, 20 + i), co.sys(i), ["核心交换机版本升级", "数据库补丁", "防火墙策略调整", "证书更换", "存储扩容", "负载均衡配置"][i],
             co.p(i), co.boss if i % 2 else co.p(4), "%s 22:00-24:00" % iso(d - timedelta(days=9 * i)), ["全校", "单系统", "出口", "门户", "虚拟化平台", "教务系统"][i],
             "恢复原配置/快照", ["成功", "成功", "成功", "失败已回退", "成功", "成功"][i]] for i in range(6)]
    return book("changes", "信息系统变更（停机维护）登记表（%s）" % xq(d), d, True,
                [("变更登记", ["变更单号", "系统/设备", "变更内容", "申请人", "批准人", "实施窗口", "影响范围", "回退措施", "结果"], rows,
                  ["54/records", "43/process-records"])])


def ledger(co, d, rules, rel):
    head = ["资产编号", "名称", "类别", "品牌型号", "用途", "机柜位置", "上联端口", "部署方式", "重要等级", "责任人", "软件/配置版本"]
    data = [("出口防火墙", "安全设备", "HS-FW8000", "互联网出口防护", "A03", "Core1 Te1/0/1", "双机热备", "关键", "V5.6R3"),
            ("上网行为管理", "安全设备", "AC-1200", "上网审计", "A04", "Core1 Te1/0/3", "旁路", "重要", "12.0.46"),
            ("日志审计系统", "安全设备", "LA-2000", "日志审计", "B02", "Mgmt G0/12", "单机", "重要", "3.2.1"),
            ("核心交换机", "网络设备", "S12700E", "校园网核心", "A01", "—", "集群", "关键", "V200R021"),
            (co.sys(0), "信息系统", "虚拟化x4", "业务", "C01-C02", "DC-Leaf1", "集群", "关键", "7.3"),
            (co.sys(1), "信息系统", "数据库主备", "业务", "C03", "DC-Leaf2", "主备", "关键", "19c")]
    rows = [["ZC-%04d" % (201 + i)] + list(x[:8]) + [co.p(i)] + [x[8]] for i, x in enumerate(data)]
    sheets = [("资产台账", head, rows, ["13/asset-list", "43/asset-list"])]
    if rules:
        sheets.append(("台账管理要求", ["项目", "要求"], [["保密", "台账内IP和口令信息按内部资料管理，不得外发"], ["完整性", "仅网络运行科维护，修改留痕并每月核对"],
                                                   ["可用性", "每周备份至备份服务器，保留12周"]], ["27/cmdb"]))
    if rel:
        sheets.append(("关联关系", ["资产", "关系", "关联资产"], [["出口防火墙", "保护", co.sys(0)], [co.sys(0), "依赖", co.sys(1)],
                                                      ["日志审计系统", "采集", "出口防火墙"], ["核心交换机", "承载", co.sys(0)]], ["38/cmdb-relations"]))
    return book("ledger", "数据中心设备及信息系统资产台账", d, True, sheets)


def ledger_changes(co, d):
    rows = [[iso(d - timedelta(days=12 * i)), "ZC-%04d" % (201 + i), ["软件版本", "位置", "责任人", "上联端口", "重要等级"][i % 5], "BG-%d-%03d" % (d.year, 20 + i), co.p(i)]
            for i in range(5)]
    return book("ledger_changes", "资产台账变更记录（%s）" % xn(d), d, True, [("变更记录", ["日期", "资产编号", "变更项", "关联变更单", "变更人"], rows, ["43/ci-updates"])])


def baseline(co, d):
    rows = [["麒麟/CentOS服务器", "SSH", "禁止root直接登录，仅堡垒机源地址"], ["Windows Server", "账户策略", "口令≥10位，5次锁定"],
            ["Oracle/达梦数据库", "审计", "开启审计，留存6个月"], ["接入交换机", "管理协议", "关闭Telnet/HTTP，启用SSH"], ["无线控制器", "管理口令", "定期更换"]]
    return book("baseline", "服务器及网络设备安全配置基线", d, False, [("安全基线", ["设备类别", "配置项", "基线要求"], rows, ["25/baseline"])])


def upgrade(co, d, test):
    parts = [("一、改造内容", "%s由单机升级为主备架构，版本升级至新版本。" % co.sys(0), [])]
    its = ["25/rollback", "11/rollback"]
    if test:
        parts.append(("二、测试计划", ["测试环境功能回归（登录、单点登录对接20个系统）；", "压力测试（并发5000）；", "漏洞扫描和弱口令检查。"], ["25/test-plan"]))
    parts.append(("%s、回退措施" % ("三" if test else "二"), ["保留原虚拟机快照和数据库全量备份；", "切换失败时30分钟内回退原系统，DNS指回原地址。"], its))
    parts.append(("实施时间", "暑假第%d周（避开开学）。" % (2 + d.month % 3), []))
    return nar("upgrade", "%s升级改造实施方案" % co.sys(0), d, False, parts)


def compat(co, d):
    parts = [("背景", "IPv6规模部署及服务器操作系统信创替换。", []),
             ("兼容性验证", ["网络兼容：双栈路由、DHCPv6和认证网关验证通过；", "系统兼容：麒麟V10与现有中间件、备份代理兼容；",
                            "应用兼容：%s、%s在新环境下回归测试通过。" % (co.sys(1), co.sys(2))], ["11/compatibility"])]
    return nar("compat", "IPv6及信创改造兼容性验证报告", d, True, parts)


def kb(co, d):
    head = ["条目编号", "标题", "分类", "编写人", "发布日期", "浏览量"]
    rows = [["KB%04d" % (310 + i), t, c, co.p(i), iso(d - timedelta(days=19 * i)), 120 + 37 * i] for i, (t, c) in enumerate([
        ("统一身份认证密码找回方法", "账号"), ("宿舍区有线网络无法获取地址的排查", "网络"), ("VPN客户端证书过期处理", "VPN"),
        ("一卡通前置机服务重启步骤", "一卡通"), ("教务系统选课高峰限流配置", "系统")])]
    return Doc("kb", "服务大厅知识库条目导出", d, ["21/knowledge-base"], True,
               sheets=[("知识库", [["知识库导出 %s" % iso(d)], head] + rows)])


def collect(co, d, which):
    sheets = []
    if "config" in which:
        sheets.append(("配置采集", ["设备", "采集内容", "结果", "时间"], [["出口防火墙", "策略条数/配置备份", "412条/已备份", iso(d)],
                                                            ["核心交换机", "running-config", "已备份，与基线差异1项", iso(d)]], ["16/config"]))
    if "traffic" in which:
        sheets.append(("流量采集", ["链路", "入向峰值", "出向峰值", "日期"], [["教育网出口", "6.2Gbps", "1.1Gbps", iso(d)],
                                                              ["运营商出口", "9.4Gbps", "2.3Gbps", iso(d)]], ["16/traffic"]))
    if "status" in which:
        sheets.append(("状态采集", ["设备/系统", "CPU", "内存", "状态"], [["出口防火墙", "41%", "55%", "主用"], [co.sys(0), "23%", "61%", "正常"]], ["16/status"]))
    return book("collect", "校园网及安全设备运行数据采集表", d, True, sheets)


# ------------------------------------------------------------------ 信息安全科

def device_book(co, d, kinds, hw):
    """安全设备运维记录: one sheet per record kind; a kind nobody kept this year keeps its header."""
    names = {"maint": ("日常维护", ["14/maintenance", "44/maintenance"]), "insp": ("巡检及状态检查", ["44/inspection", "45/monitoring", "14/maintenance"]),
             "virus": ("病毒查杀", ["44/virus-scan", "45/antivirus", "14/maintenance"]), "fault": ("故障处理", ["44/faults"]),
             "upgrade": ("升级更新", ["44/upgrades", "14/maintenance"])}
    contents = {"maint": "清理日志、核对策略命中、设备除尘", "insp": "CPU/内存/会话数正常，无告警", "virus": "全网终端查杀，清除木马1个",
                "fault": "策略误拦截导致选课系统访问失败，调整策略后恢复", "upgrade": "特征库升级至最新版本并验证"}
    devices = {"maint": ["出口防火墙", "上网行为管理", "WAF", "堡垒机"], "insp": ["出口防火墙", "WAF", "日志审计系统", "上网行为管理"],
               "virus": ["防病毒服务器", "防病毒服务器", "防病毒网关", "防病毒服务器"], "fault": ["WAF", "出口防火墙"], "upgrade": ["WAF", "出口防火墙", "防病毒网关"]}
    sheets = []
    for n, k in enumerate(("maint", "insp", "virus", "fault", "upgrade")):
        rows = [] if k not in kinds else [[iso(d - timedelta(days=(11 + n) * j + n + 1)), dev, contents[k], co.p(1 + (j + n) % 2)]
                                          for j, dev in enumerate(devices[k])]
        sheets.append((names[k][0], ["日期", "设备", "内容", "处理人"], rows, names[k][1]))
    hrows = [["出口防火墙", "电源模块", 1, "原厂更换"], ["WAF", "硬盘", 1, "更换"]] if hw else []
    sheets.append(("硬件故障统计", ["设备", "故障部件", "次数", "处理"], hrows, ["14/hardware-faults", "44/faults"]))
    return book("device_book", "安全设备运维记录（%s）" % xn(d), d, True, sheets)


def room_check(co, d, sec):
    """数据中心机房巡检记录: the room itself, and (sec) the security devices' state."""
    head = ["日期", "时间", "UPS", "空调", "温度", "湿度"] + (["安全设备运行状态", "告警"] if sec else []) + ["巡检人"]
    rows = []
    for i in range(8):
        t = d - timedelta(days=i)
        r = [iso(t), ["09:00", "16:00"][i % 2], "正常", "正常", "%d℃" % (22 + i % 3), "%d%%" % (45 + i)]
        if sec:
            r += ["防火墙、WAF、日志审计运行正常", "无"]
        rows.append(r + [co.p(i % 3)])
    its = ["44/inspection"] + (["45/monitoring", "14/maintenance"] if sec else [])
    return book("room_check", "数据中心机房巡检记录（%d年%d月）" % (d.year, d.month), d, True, [("巡检记录", head, rows, its)])


def log_audit(co, d):
    rows = [["出口防火墙/WAF", "1.9亿条", "扫描攻击2.3万次", "封禁IP 46个"], ["核心交换机", "86万条", "配置变更3次", "均有变更单"],
            ["服务器操作系统（Linux/Windows）", "2,400万条", "root异地登录2次", "核实为运维人员"], ["统一身份认证/门户应用", "3,100万条", "异地异常登录17次", "通知本人改密"],
            ["数据库审计", "640万条", "高危语句3次", "均有变更单"]]
    parts = [("本周日志审计情况", ("table", [["日志源", "日志量", "异常情况", "处理结果"]] + rows), ["17/log-analysis", "45/audit-report", "47/audit"]),
             ("本周结论", "未发现失陷主机；建议清理长期未登录的教职工账号。", [])]
    return nar("log_audit", "%s第%d教学周安全日志审计分析" % (xq(d), week(d)), d, True, parts)


def sec_stats(co, d, analysis):
    rows = [["网络攻击", "暴力破解、网页篡改未遂", 14, "—"], ["有害程序", "挖矿、勒索", 5, "—"], ["信息破坏", "二级学院网站数据泄露", 1, "较大"]]
    parts = [("本学期事件情况", ("table", [["类别", "主要形式", "起数", "较大及以上"]] + rows), ["18/incident-stats"])]
    if analysis:
        parts.append(("事件特点及原因", ["事件集中在攻防演练和开学返校两个时段；", "二级学院自建网站弱口令、未及时打补丁是主因，数据泄露事件已下线整改并纳入等保整改台账。"],
                      ["18/incident-analysis"]))
    return nar("sec_stats", "%s网络安全事件统计分析" % xq(d), d, True, parts)


def bulletin(co, d, n, full):
    cve = "CVE-2026-%04d" % co.rng.randint(1000, 9999)
    parts = [(None, "各学院（部）、各单位：近期监测到以下安全风险，请各单位对照排查。", []),
             ("（一）漏洞信息", ("table", [["漏洞", "编号", "影响我校", "处置"], ["某OA中间件远程代码执行", cve, co.sys(2), "已修补"]]), ["52/vulnerability", "53/bulletin"]),
             ("（二）病毒木马", "教育行业出现勒索病毒新变种，通过钓鱼邮件传播，防病毒特征库已更新。", ["52/virus"])]
    if full:
        parts += [("（三）政策法规及行业动态", "《网络数据安全管理条例》施行；教育部通报高校数据泄露事件2起；厂商发布安全公告3条。", ["52/policy"]),
                  ("（四）风险研判", "该漏洞已有在野利用，二级学院自建网站风险最高，请于本周五前完成自查并反馈。", ["52/analysis"])]
    return nar("bulletin", "网络安全预警通报（%d年第%d期）" % (d.year, n), d, True, parts, center_head(co, d, 20 + n))


def pentest_plan(co, d):
    parts = [("工作安排", ["上半年：%s、%s；下半年：%s及二级学院网站抽测；" % (co.sys(0), co.sys(1), co.sys(2)), "攻防演练前对互联网暴露面全面渗透测试一次。"],
              ["31/pentest-plan", "32/pentest-plan"])]
    return nar("pentest_plan", "%d年渗透测试工作计划" % d.year, d, False, parts)


def pentest(co, d):
    parts = [("一、测试范围与授权", "对象：%s；授权：%s签署授权书；窗口：%s至%s夜间；人员：%s、%s（%s）。" % (
        co.sys(1), co.cp(2), iso(d - timedelta(days=3)), iso(d), co.p(1), co.vp(0), co.vendor), []),
             ("二、漏洞清单", ("table", [["序号", "漏洞", "等级", "复测"], ["1", "越权查看他人成绩单", "高危", "已修复"], ["2", "短信验证码可爆破", "中危", "已修复"],
                                   ["3", "调试接口未关闭", "低危", "已修复"]]), ["31/pentest-records", "32/pentest-records"]),
             ("三、结论", "高中危漏洞均已整改并复测通过。", [])]
    return nar("pentest", "%s渗透测试报告" % co.sys(1), d, True, parts)


def dev_plan(co, d):
    y = d.year + 1
    rows = [["KF-%d-01" % y, "弱口令自查工具", "对接统一身份认证，批量检测教职工弱口令", "应附属单位要求", co.p(1), "%d-04-30" % y],
            ["KF-%d-02" % y, "暴露面巡检脚本", "每日探测二级网站和开放端口，结果推送企业微信", "中心自身能力建设", co.p(3), "%d-09-30" % y],
            ["KF-%d-03" % y, "告警联动封禁插件", "态势感知告警自动下发出口防火墙黑名单", "中心自身能力建设", co.p(2), "%d-12-31" % y]]
    return book("dev_plan", "%d年网络安全工具自主开发项目计划表" % y, d, False,
                [("开发计划", ["项目编号", "工具名称", "开发内容", "来源", "负责人", "计划完成"], rows, ["33/dev-plan"])])


def grading(co, d):
    parts = [("一、定级对象描述", "%s承担全校师生身份认证和单点登录，用户约%d万人。" % (co.sys(0), 3 + co.rng.randint(0, 3)), []),
             ("二、业务信息安全保护等级", "遭到破坏后对公民、法人和其他组织的合法权益造成特别严重损害，确定为第三级。", []),
             ("三、系统服务安全保护等级", "服务中断将影响全校教学秩序，确定为第三级。", []),
             ("四、定级结论", "%s安全保护等级为第三级，已经专家评审并向公安机关备案。" % co.sys(0), ["51/grading"])]
    return nar("grading", "%s网络安全等级保护定级报告" % co.sys(0), d, False, parts)


def grading_criteria(co, d):
    b = center_head(co, d, 14) + [("title", "%s信息系统等级保护定级工作细则" % co.school),
                                  ("p", "第一条 学校信息系统的安全保护等级依据GB/T 22240-2020，按受侵害的客体和对客体的侵害程度确定。"),
                                  ("p", "第二条 招生、财务、一卡通、统一身份认证等全校性系统不低于第三级；二级学院网站和专题网站一般为第二级。"),
                                  ("p", "第三条 系统主管单位提出定级建议，中心组织专家评审，报公安机关备案。"),
                                  ("p", "第四条 系统功能、用户范围发生重大变化时重新定级。")]
    return Doc("grading_criteria", "%s信息系统等级保护定级工作细则" % co.school, d, ["51/grading-criteria"], False, b)


def emergency_plan(co, d, recovery):
    parts = [("1 总则", ["1.1 编制目的：提高学校应对网络安全事件的能力，保障教学科研和管理服务正常运行。",
                        "1.2 编制依据：《网络安全法》《教育系统网络安全事件应急预案》。", "1.3 适用范围：学校及附属单位的网络和信息系统。"], []),
             ("2 组织体系", "网络安全和信息化领导小组为应急领导机构，%s为日常办事机构，各科室组成技术处置组。" % CENTER, []),
             ("3 事件分级与响应", ["按影响分为Ⅰ级（特别重大）至Ⅳ级（一般），对应启动Ⅰ-Ⅳ级响应；", "Ⅱ级及以上事件30分钟内启动响应，领导小组组长指挥。"], []),
             ("4 应急处置", ["监测预警、研判、报告、遏制、根除、恢复、信息报送；", "涉及附属单位的，同步通知其信息科并共同处置。"], ["36/emergency-plan", "53/emergency-plan"])]
    if recovery:
        parts.append(("5 恢复策略", ["统一身份认证、一卡通恢复时间目标1小时，数据恢复点目标15分钟；", "先切换备用系统，其次从备份恢复，恢复后验证业务并报告。"],
                      ["36/recovery-plan", "55/plan"]))
    parts.append(("%d 保障措施" % (6 if recovery else 5), "人员、技术、经费保障；每年至少演练一次。", []))
    return nar("emergency_plan", "%s网络安全事件应急预案" % co.school, d, False, parts, xiao_head(co, d, 41))


def dr_plan(co, d):
    parts = [("范围", "、".join(co.systems), []), ("恢复流程", ["RTO 2小时、RPO 30分钟；", "主机房故障时切换至新校区备份机房，恢复数据库和虚拟机，验证登录和交易。"], ["36/recovery-plan"])]
    return nar("dr_plan", "数据中心灾难恢复预案", d, False, parts)


def bcp(co, d):
    parts = [("关键业务识别", "统一身份认证、一卡通、教务、招生系统最大可容忍中断2小时。", []),
             ("连续性策略", ["双机房部署、异地备份、备件库；", "一卡通离线消费模式；", "招生期间特级保障。"], ["42/bcp"]),
             ("审批", "经%d年网络安全和信息化领导小组会议审定发布。" % d.year, [])]
    return nar("bcp", "%s关键信息系统业务连续性计划" % co.school, d, False, parts)


def sec_drill(co, d):
    """网络安全应急演练总结报告: a live drill on a 二级学院 website, with the customer taking part."""
    steps = [["10:02", "态势感知平台告警：%s二级学院网站页面被篡改" % co.school, co.p(1)], ["10:06", "报告中心主任，启动Ⅲ级响应", co.p(1)],
             ["10:15", "网站下线，服务器隔离取证", co.p(2)], ["11:20", "清除后门、从备份恢复并上线", co.p(2)], ["11:40", "%s同步完成自查" % co.customer, co.cp(1)]]
    parts = [("演练目的", "检验学校网络安全事件应急预案的响应、报告和处置流程。", []),
             ("演练时间及参演单位", "%s；%s各科室、%s信息科；实战演练。" % (cnd(d), CENTER, co.customer), []),
             ("演练过程", ("table", [["时间", "环节", "负责人"]] + steps), ["40/emergency-drill", "53/drill"]),
             ("发现问题及整改", ["向领导小组办公室报告晚3分钟，已更新应急联系人名单；", "备份恢复耗时偏长，已增加每日增量备份。"], [])]
    return nar("drill", "网络安全应急演练总结报告", d, True, parts)


def dr_drill(co, d):
    """数据中心灾备切换演练记录: a night switch-over of one system to the backup room."""
    rows = [["22:00", "主机房%s节点停机（模拟）" % co.sys(0), "完成"], ["22:09", "新校区备份机房接管，DNS切换", "完成"],
            ["22:31", "登录、交易、数据一致性验证", "通过，RPO 0、RTO 31分钟"], ["23:10", "回切主机房", "完成"]]
    parts = [("演练信息", "%s，%s主持，系统运维科、网络运行科参加。" % (cnd(d), co.p(2)), []),
             ("切换步骤及结果", ("table", [["时间", "步骤", "结果"]] + rows), ["40/recovery-drill"]),
             ("结论", "达到灾难恢复预案规定的恢复时间目标。", [])]
    return nar("drdrill", "%s灾备切换演练记录" % co.sys(0), d, True, parts)


# ------------------------------------------------------------------ 综合科: 考核, 改进, 审核

def metrics(co, d):
    names = ["告警及时上报率", "告警漏报率", "维护计划按期完成率", "隐患发现数", "主动发现故障占比", "问题闭环率", "漏洞扫描覆盖率", "安全加固覆盖率",
             "补丁及时安装率", "网络安全事件数"]
    vals = ["99.0%", "0.5%", "96.9%", "18", "86%", "92%", "100%", "95%", "93%", "3"]
    return book("metrics", "运维质量指标统计表（%s）" % xq(d), d, True, [("指标", ["指标", "数值", "统计期"], [[a, b, xq(d)] for a, b in zip(names, vals)], ["56/data"])])


def assess(co, d, capa):
    sheets = [("目标考核", ["指标", "目标", "实际", "是否达成"], [["一卡通系统可用率", "99.9%", "99.82%", "否"], ["师生满意度", "92%", "93%", "是"],
                                                       ["服务申请按时办结率", "98%", "97.6%", "否"]], ["57/measurement"])]
    if capa:
        sheets.append(("整改措施", ["编号", "问题", "原因", "措施", "责任人", "完成情况"], [["ZG-%d-05" % d.year, "一卡通可用率未达成", "数据库单点", "主备改造", co.p(2), "已完成"],
                                                                            ["ZG-%d-06" % d.year, "办结率未达成", "账号类工单人工处理", "自助改密上线", co.p(5), "已完成"]],
                       ["57/capa"]))
    return book("assess", "服务目标考核及整改措施（%s）" % xq(d), d, True, sheets)


def hazards(co, d, verify):
    """隐患排查及预防措施: a workbook; the 复查 sheet verifies the measures took effect."""
    rows = [["YH-01", "UPS电池老化", "机房巡检", "更换电池，每季度切换试验", co.p(0), "%d-12-31" % d.year],
            ["YH-02", "二级学院网站弱口令", "攻防演练", "统一接入身份认证，禁用本地账号", co.p(1), "%d-10-31" % d.year],
            ["YH-03", "SSL证书集中到期", "运行分析", "到期前30天自动提醒", co.p(2), "%d-09-30" % d.year]]
    sheets = [("隐患及预防措施", ["编号", "潜在隐患", "发现途径", "预防措施", "责任人", "完成期限"], rows, ["66/preventive-actions"]),
              ("复查验证", ["编号", "复查日期", "复查情况", "结论"],
               [["YH-01", iso(d), "UPS切换试验两次均成功", "有效"], ["YH-03", iso(d), "上线后无证书到期中断", "有效"]] if verify else [], ["66/effectiveness"])]
    return book("hazards", "网络安全隐患排查及预防措施台账（%s）" % xq(d), d, True, sheets)


def improve_plan(co, d, criteria):
    parts = [("改进目标", "一级故障恢复时长降至1.5小时以内；服务申请按时办结率≥98%；师生满意度≥94%。", ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("改进项目评估标准", "按效益（40分）、紧迫性（30分）、投入（30分）评分，70分以上立项，中心主任办公会批准，每学期测量并在中心工作会议上报告。", ["64/criteria"]))
    return nar("improve_plan", "%d年信息化服务持续改进计划" % d.year, d, False, parts)


def improve_ledger(co, d, scored, tracked):
    rows = [["GJ-%02d" % i, t, a, b, c, a + b + c, "同意（%s）" % co.boss if a + b + c >= 70 else "暂缓"]
            for i, (t, a, b, c) in enumerate([("自助改密", 34, 27, 24), ("工单自动派单", 32, 24, 22), ("机房动环升级", 22, 18, 15)], 1)]
    sheets = [("打分立项", ["编号", "改进项目", "效益", "紧迫性", "投入", "总分", "主任办公会意见"], rows if scored else [], ["67/analysis", "67/prioritisation"]),
              ("推进情况", ["编号", "改进目标", "完成情况", "效果", "报告"], [["GJ-01", "账号类工单减少30%", "已上线", "减少41%", "学期工作会议通报"]] if tracked else [],
               ["68/implementation", "68/effectiveness"])]
    return book("improve_ledger", "持续改进台账（%s）" % xn(d), d, True, sheets)


def awareness(co, d):
    rows = [["学习主题", "以师生为中心，持续改进信息化服务"], ["时间", cnd(d)], ["主讲", co.boss], ["内容", "服务改进案例分享、持续改进台账填报要求"],
            ["参加人员", "签名"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return Doc("awareness", "中心全员业务学习记录（服务改进专题）", d, ["69/awareness-training"], True, sheets=[("学习记录", rows)])


def internal_audit(co, d):
    rows = [["1", "系统运维科", "变更管理", "BG-%d-023变更登记缺回退措施" % d.year, "不符合"], ["2", "服务大厅", "知识管理", "2条知识条目未经科长审核即发布", "不符合"],
            ["3", "网络运行科", "值班", "%d月值班记录漏签1次" % max(1, d.month - 2), "不符合"], ["4", "信息安全科", "漏洞管理", "中危漏洞复测记录不完整", "观察项"]]
    parts = [("一、审核概况", "审核组长：%s；审核员：%s、%s；时间：%s；受审科室：中心全部科室及服务大厅；依据：ISO/IEC 20000-1、学校信息化规章制度、技术支持服务协议。" % (
        co.p(4), co.p(0), co.p(5), cnd(d)), []),
             ("二、审核发现", ("table", [["序号", "受审科室", "过程", "事实描述", "类型"]] + rows), ["59/internal-audit"]),
             ("三、审核结论及整改要求", "运维服务体系运行基本有效；3项不符合由责任科室30日内整改，综合科验证关闭。", [])]
    return nar("audit", "%d年信息化运维服务内部审核报告" % d.year, d, True, parts)


def automation(co, d, auto):
    """Two 学年 of 服务大厅 tickets by 服务事项: what each way of handling cost teaching and
    administration, and (auto) which services could run by themselves."""
    rows = [["统一身份认证密码重置", 6120, "人工核验身份后重置", "开学首周积压，师生平均等待4.2小时"],
            ["校园网报修", 4530, "上门或远程排查", "宿舍区晚间报修次日处理，影响在线学习"],
            ["出口攻击封禁", 880, "值班人员人工封禁IP", "平均延迟25分钟，期间攻击持续"],
            ["VPN开通", 1460, "人工审核开通", "寒暑假集中，科研人员校外访问受阻"]]
    parts = [("数据来源", "网上服务大厅%s至%s工单导出及值班记录。" % (xn(d - timedelta(days=365)), xn(d)), []),
             ("主要服务事项及对教学管理的影响", ("table", [["服务事项", "工单量", "处理方式", "对教学和管理的影响"]] + rows), ["7/impact-analysis"])]
    if auto:
        parts.append(("建议自动化的服务", ["密码重置改为人脸核验自助办理；出口攻击告警联动自动封禁；VPN按人事状态自动开通，预计减少人工工单35%。"], ["7/automation"]))
    return nar("automation", "服务大厅工单数据分析及自动化服务建议", d, True, parts)


def forecast(co, d):
    rows = [["工单", "7,150", "8,420"], ["变更", "152", "186"], ["安全告警（万条）", "12.6", "17.8"], ["问题", "11", "14"], ["日志（亿条）", "31", "46"]]
    parts = [("近两个学年运维数据", ("table", [["类别", xn(d - timedelta(days=365)), xn(d)]] + rows), []),
             ("下一学年服务预测", ["新校区全面启用后在校生增加约6千人，报修和账号类工单预计增长25%；", "日志量增长约50%，审计存储需扩容60TB；",
                               "服务重点转向自助服务和安全监测，需增配驻场1人。"], ["71/forecast"])]
    return nar("forecast", "%d年信息化服务需求预测分析" % (d.year + 1), d, True, parts)


def fault_review(co, d, summary):
    parts = [("事件经过", "%s 08:05 %s中断，影响选课；08:09 值班告警；08:40 定位为数据库存储链路故障；09:12 切换备链路恢复。" % (cnd(d), co.sys(0)),
              ["22/events", "18/availability-events", "43/process-records"]),
             ("原因", "光模块老化，单链路。", [])]
    if summary:
        parts.append(("本学期同类问题汇总及改进计划", ["本学期一级故障2起、变更失败2次、一卡通系统可用率1个月未达服务承诺；",
                                           "改进：存储双链路（%s，寒假）、变更前测试环境验证（%s）、UPS季度切换试验。" % (co.p(0), co.p(2))], ["70/defect-analysis"]))
    parts.append(("防范措施", "同型号光模块全面排查。", []))
    return nar("fault_review", "%s中断事件复盘报告" % co.sys(0), d, True, parts)


# ------------------------------------------------------------------ real documents that prove nothing

def baozhang(co, d, what):
    parts = [("保障目标", "%s期间校园网和%s零中断。" % (what, co.sys(0)), []), ("组织", "中心主任任组长，各科室科长为成员，实行24小时值班和领导带班。", []),
             ("工作安排", ["提前一周完成设备巡检和出口扩容；", "暂停非紧急变更（封网）；", "按学校《网络安全事件应急预案》处置突发事件。"], [])]
    return nar("baozhang", "%d年%s网络与信息安全保障方案" % (d.year, what), d, False, parts)


def hw_plan(co, d):
    parts = [("防守目标", "不失分、不被攻破。", []), ("组织", "防守指挥部设在%s，%s任值班长。" % (CENTER, co.p(1)), []),
             ("工作安排", ["演练前收敛暴露面、关停非必要端口；", "演练期间三班值守，每日18时报送日报。"], [])]
    return nar("hw", "%d年攻防演练防守工作方案" % d.year, d, False, parts, center_head(co, d, 33))


def weekly_plan(co, d):
    parts = [(None, ["1. 完成第%d教学周宿舍区AP巡检；" % week(d), "2. 配合教务处期中教学检查系统保障；", "3. 周三下午中心政治理论学习。"], [])]
    return nar("weekly", "%s第%d教学周工作安排" % (xq(d), week(d)), d, True, parts)


def dengbao_fix(co, d):
    rows = [[i + 1, p, "中", "已整改" if i % 2 else "整改中", co.p(i)] for i, p in enumerate(["未启用双因素认证", "日志留存不足6个月", "未做数据库审计", "备份未异地"])]
    return Doc("dengbao_fix", "等级保护测评问题整改台账", d, [], True,
               sheets=[("整改台账", [["%d年等级保护测评问题整改台账" % d.year], ["序号", "问题", "风险等级", "状态", "责任人"]] + rows)])


# ------------------------------------------------------------------ decoys

def signin(co, d, plan):
    rows = [["学习主题", "《%s》专题学习" % plan], ["时间", cnd(d)], ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return decoy(Doc("training", "《%s》学习签到表" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def rule_catalogue(co, d, cites):
    b = center_head(co, d, 2) + [("title", "%s现行有效规章制度目录" % CENTER), ("p", "经清理，中心现行有效的制度如下：")]
    b += [("p", "%d.《%s》" % (i, c)) for i, c in enumerate(cites, 1)] + [("p", "请各科室组织学习，遵照执行。")]
    return decoy(Doc("rulelist", "%s现行有效规章制度目录" % CENTER, d, [], False, b), "notice citing procedures by 《》")


def clearance_notice(co, d, cites):
    parts = [(None, ["为落实学校规章制度“废改立”工作要求，请各科室对照下列制度开展自查：", "、".join("《%s》" % c for c in cites) + "。",
                     "自查结果于两周内报综合科。"], [])]
    return decoy(nar("clearnotice", "关于开展信息化规章制度清理自查的通知", d, False, parts, xiao_head(co, d, 77, True)), "notice citing procedures by 《》")


def mr_rule(co, d):
    b = center_head(co, d, 9) + [("title", "%s信息化运维服务年度评审办法" % co.school), ("h1", "第一章 频次"), ("p", "第一条 每年至少评审一次，由领导小组组织。"),
                                  ("h1", "第二章 评审输入"), ("p", "第二条 师生及附属单位反馈、服务执行情况、资源、整改措施、可能影响服务的变化、改进机会。"),
                                  ("h1", "第三章 评审输出"), ("p", "第三条 评审纪要及改进决定。")]
    return decoy(Doc("mrproc", "信息化运维服务年度评审办法", d, [], False, b), "procedure, not the review record")


def mr_notice(co, d):
    parts = [("通知", "定于%s召开网络安全和信息化领导小组会议，对本年度信息化运维服务进行评审，请各科室准备服务执行情况、师生反馈、资源、整改措施和改进建议材料。" % cnd(d + timedelta(days=10)), [])]
    return decoy(nar("mrnotice", "关于召开网络安全和信息化领导小组%d年会议的通知" % d.year, d, True, parts, xiao_head(co, d, 88, True)), "meeting notice, not the review record")


def drill_plan(co, d):
    parts = [("目的", "检验学校《网络安全事件应急预案》。", []), ("场景", "二级学院网站被篡改、勒索病毒感染。", []),
             ("安排", "计划于%s在数据中心举行。" % cnd(d + timedelta(days=21)), [])]
    return decoy(nar("drill_plan", "%d年网络安全应急演练工作方案" % d.year, d, False, parts), "drill plan, neither the plan nor the record")


def attendance(co, d):
    rows = [[co.vp(i), co.vendor, 21 - i, "正常"] for i in range(2)]
    return decoy(Doc("attendance", "驻场人员月度考勤确认单", d, [], True,
                     sheets=[("考勤", [["驻场人员月度考勤确认单（%d年%d月）" % (d.year, d.month)], ["姓名", "单位", "出勤天数", "情况"]] + rows + [["确认人", co.p(1), "", ""]])]),
                 "mentions on-site staff, is no staff list")


def post_kpi(co, d):
    rows = [[co.p(i), "值班记录完整率、变更登记完整率、演练记录归档率、满意度调查完成率", "%d" % (88 + i)] for i in range(5)]
    return decoy(Doc("kpi", "%s岗位目标考核表" % xq(d), d, [], True, sheets=[("考核", [["岗位目标考核"], ["姓名", "考核项目", "得分"]] + rows)]),
                 "KPI sheet naming record kinds")


UNRELATED_L = [
    ("党建", "%d年党支部主题党日活动安排", ["每月第二周周三开展主题党日。", "参观红色教育基地一次。"]),
    ("工会", "%d年教职工趣味运动会报名通知", ["项目：拔河、跳绳、踢毽子。", "请各分工会报名。"]),
    ("教学保障", "%d年期末考试监考安排", ["中心承担监考任务6场。", "请监考人员提前20分钟到场。"]),
    ("后勤", "%d年办公用房调整方案", ["中心搬迁至信息楼三层。", "搬迁期间服务大厅正常受理。"]),
    ("招生宣传", "%d年招生咨询会志愿者安排", ["中心派出志愿者4名。", "负责现场网络保障和咨询引导。"]),
]


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an L share: 综合科/ (发文, 制度, 领导小组, 工作总结, 考核, 改进, 内审), 网络运行科/ and
    系统运维科/ (by 学年: 值班记录, 运行月报, 变更, 台账, 作业指导书), 信息安全科/ (by 学年: 设备运维,
    审计, 通报, 渗透, 等保, 应急), 服务大厅/ (工单, 知识库, 满意度), 对外技术支持/<单位>/; earlier 学年
    copies under 历年归档/, decoys."""
    co.school, co.sabbr, co.cust, co.ckind = L_INFO[co.info_id]
    r = co.rng
    ZH, WL, XT, AQ, FW = "综合科/", "网络运行科/", "系统运维科/", "信息安全科/", "服务大厅/"
    CU = "对外技术支持/%s/" % co.cust
    optional = ["budget", "history", "automation", "ola", "staff", "requirements", "compat", "upgrade", "baseline", "collect", "kb",
                "pentest_plan", "pentest", "dev_plan", "dr", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "metrics",
                "assess", "hazards", "improve_plan", "improve_ledger", "awareness", "audit", "minutes", "forecast", "grading",
                "grading_criteria", "interface", "ledger", "ledger_changes", "sec_stats", "health", "log_audit", "avail_plan", "kpi_list",
                "review", "changes", "summary"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"automation", "pentest", "csat_trend", "callbacks", "kb", "audit", "log_audit", "drdrill", "awareness",
                                "metrics", "collect", "desk_training", "review", "ledger_changes", "health", "changes"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made
    seq = iter(range(5, 300, 4))

    def ext(*choices):
        return r.choice(choices or ("docx", "docx", "pdf"))

    # --- 规章制度: a 汇编 holding some 办法 (and mostly the 总则), the rest issued alone
    keys = [k for k in L_RULES if r.random() >= 0.06]
    in_book = [k for k in keys if r.random() < 0.4]
    pdca = r.random() < 0.75
    d = co.issued()
    add(ZH + "规章制度/%s规章制度汇编（%d年修订）.pdf" % (CENTER, d.year), compendium(co, d, in_book, pdca), meta_title=r.random() < 0.5)
    if not pdca and r.random() < 0.7:
        d = co.issued()
        add(ZH + "规章制度/信息化运维服务管理总则.docx", pdca_doc(co, d, next(seq)))
    for k in keys:
        if k in in_book:
            continue
        d = co.issued()
        n = next(seq)
        doc = rule_doc(co, d, k, n)
        issuer = L_RULES[k][1]
        if issuer == "中心":
            rel = ZH + "规章制度/信息化办〔%d〕%d号 %s.%s" % (d.year, n, L_RULES[k][0], ext())
        else:
            tag = "校发" if issuer == "校发" else "校办发"
            rel = ZH + "学校发文/%d年/关于印发《%s》的通知（%s%s〔%d〕%d号）.%s" % (d.year, doc.title, co.sabbr, tag, d.year, n, ext("pdf", "pdf", "docx"))
        add(rel, doc, meta_title=r.random() < 0.4)
    for i, k in enumerate(L_OTHER):
        if r.random() < 0.75:
            d = co.issued()
            add(ZH + "学校发文/%d年/%s.%s" % (d.year, co.school + L_OTHER[k][0], ext()), other_doc(co, d, k, 60 + i))

    # --- 作业指导书: an 汇编 and single ones
    mods = list(SOPS)
    in_sops = sorted(r.sample(mods, r.randint(2, 4)), key=mods.index)
    d = co.issued()
    add(XT + "作业指导书/运维作业指导书汇编（%d版）.pdf" % d.year, sop_book(co, d, in_sops))
    for i, k in enumerate(mods):
        if k in in_sops or r.random() < 0.35:
            continue
        folder = WL if k in ("core", "room") else AQ if k in ("fw", "av") else XT
        add(folder + "作业指导书/WXZX-ZY-%02d %s作业指导书.docx" % (i + 1, SOPS[k][0]), sop(co, co.issued(), k, i + 1))

    # --- 对外技术支持/<单位>: onboarding (does not age), agreement, health checks, satisfaction
    d0 = co.issued()
    add(CU + "01前期调研/%s信息化运维服务需求调研报告.docx" % co.customer, survey(co, d0, r.random() < 0.88, r.random() < 0.85))
    slot("budget", lambda d: CU + "01前期调研/技术支持服务经费测算表.xlsx", lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    add(CU + "01前期调研/%s 对接会纪要.%s" % (d.strftime("%Y.%m.%d"), ext("docx", "pdf")), kickoff(co, d, r.random() < 0.5))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: CU + "01前期调研/运行现状摸底及运维保障方案.docx", lambda d: history(co, d, on), "issued")
    d = co.issued()
    add(CU + "02服务协议/信息化技术支持服务协议（双方签章）.pdf", agreement(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.6))
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])
    d = co.issued()
    add(CU + "02服务协议/附件 服务事项清单.xlsx", catalog(co, d, lv))
    slot("requirements", lambda d: CU + "03项目支持/%s需求分析报告（确认版）.docx" % co.sys(2), lambda d: requirements(co, d))
    for i in range(r.randint(1, 3)):
        slot("health", lambda d: uniq(co, CU + "04健康检查/%s/健康检查报告%s.%s" % (xn(d), ymd(d), ext("pdf", "docx"))), lambda d: health(co, d))
    for d in (date(2025, 1, 10), date(2025, 6, 27), date(2026, 1, 9), date(2026, 6, 26)):
        if r.random() < 0.7:
            add(CU + "05满意度/%s满意度测评报告.%s" % (xq(d), ext()), csat(co, d, "cust"))
    slot("callbacks", lambda d: CU + "05满意度/服务回访记录（%s）.xlsx" % xn(d), lambda d: callbacks(co, d))
    for i in range(2):
        d = co.fresh()
        name = CU + "06驻场考勤/%d年%d月驻场人员考勤确认单.xlsx" % (d.year, d.month)
        if name not in co.used:
            add(name, attendance(co, d))

    # --- 综合科: organisation, notices, minutes, summaries
    d = co.issued()
    add(ZH + "组织机构/网络安全组织架构及岗位职责（%d年）.%s" % (d.year, ext()), org(co, d, r.random() < 0.92))
    slot("staff", lambda d: ZH + "组织机构/中心人员名单（含驻场）%s.xlsx" % d.strftime("%Y.%m"), lambda d: staff(co, d, r.random() < 0.85), "issued")
    n_if = next(seq)
    slot("interface", lambda d: ZH + "学校发文/%d年/%s校办发〔%d〕%d号 关于明确网络安全工作接口人和联络员的通知.%s" % (d.year, co.sabbr, d.year, n_if, ext("docx", "pdf", "txt")),
         lambda d: interface(co, d, n_if), "issued", **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    d = co.issued()
    n = next(seq)
    rel = ZH + "学校发文/%d年/%s校办发〔%d〕%d号 关于网上服务大厅正式运行的通知.%s" % (d.year, co.sabbr, d.year, n, ext("docx", "txt"))
    add(rel, desk(co, d, n), **({"encoding": "gb18030"} if rel.endswith(".txt") and r.random() < 0.5 else {}))
    slot("desk_training", lambda d: FW + "培训/%s 坐席业务培训记录.xlsx" % ymd(d), lambda d: desk_training(co, d))
    slot("ola", lambda d: ZH + "服务管理/中心内部服务约定及外包服务水平要求.docx", lambda d: ola(co, d, r.random() < 0.85), "issued")
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.92]
    ranked = r.random() < 0.5
    slot("review", lambda d: ZH + "领导小组会议/%d年网络安全和信息化领导小组会议纪要.%s" % (d.year, ext()), lambda d: leading_minutes(co, d, inputs, ranked))
    d = co.fresh()
    add(ZH + "工作要点与总结/%s%d年工作要点.docx" % (CENTER, d.year), work_points(co, d))
    fc, df = r.random() < 0.75, r.random() < 0.6
    slot("summary", lambda d: ZH + "工作要点与总结/%s工作总结（定稿）.docx" % xn(d), lambda d: work_summary(co, d, df, fc))
    slot("forecast", lambda d: ZH + "工作要点与总结/%d年信息化服务需求预测分析.docx" % (d.year + 1), lambda d: forecast(co, d))
    d = co.fresh()
    cites = [L_RULES[k][0] for k in r.sample(sorted(L_RULES), 2)]
    add(ZH + "校长办公会纪要/%d年第%d次校长办公会纪要（摘录）.pdf" % (d.year, 4 + d.month), president_minutes(co, d, cites))

    # --- 网络运行科 / 系统运维科 by 学年
    slot("kpi_list", lambda d: WL + "运行管理/重要信息系统服务可用性指标.xlsx", lambda d: kpi_list(co, d))
    slot("avail_plan", lambda d: WL + "运行管理/%d年重要信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))
    data_m, sec_m = r.random() < 0.5, r.random() < 0.6
    for m in sorted(r.sample(range(3, 12), r.choice([3, 4]))):
        d = date(2026, m, 3 + r.randint(0, 6))
        mm = d.month - 1
        add(WL + "%s/运行月报/%d年%d月运行月报.%s" % (xn(d), d.year, mm, ext("docx", "pdf")), month_report(co, d, r.random() < 0.6, data_m and r.random() < 0.6, sec_m and r.random() < 0.7))
    for k in range(r.randint(2, 3)):
        d = co.fresh()
        rel = WL + "%s/值班记录/%d年%d月值班记录.xlsx" % (xn(d), d.year, d.month)
        if rel not in co.used:
            add(rel, duty_log(co, d, r.random() < 0.6))
    d = co.fresh()
    add(WL + "%s/值班表/%s.xlsx" % (xn(d), roster(co, d).title), roster(co, d))
    d = co.fresh()
    add(WL + "%s/机房巡检/数据中心机房巡检记录（%d年%d月）.xlsx" % (xn(d), d.year, d.month), room_check(co, d, r.random() < 0.7))
    slot("changes", lambda d: XT + "%s/变更管理/变更（停机维护）登记表-%s.xlsx" % (xn(d), "第二学期" if 2 <= d.month <= 7 else "第一学期"), lambda d: changes(co, d))
    slot("upgrade", lambda d: XT + "项目/%s升级改造实施方案.docx" % co.sys(0), lambda d: upgrade(co, d, r.random() < 0.85), "issued")
    slot("compat", lambda d: XT + "项目/IPv6及信创改造兼容性验证报告_%s.pdf" % ymd(d), lambda d: compat(co, d))
    rules_sheet, relc = r.random() < 0.75, r.random() < 0.65
    slot("ledger", lambda d: WL + "资产台账/数据中心设备及信息系统资产台账%s.xlsx" % d.strftime("%Y%m"), lambda d: ledger(co, d, rules_sheet, relc))
    slot("ledger_changes", lambda d: WL + "资产台账/台账变更记录（%s）.xlsx" % xn(d), lambda d: ledger_changes(co, d))
    slot("baseline", lambda d: XT + "安全基线/服务器及网络设备安全配置基线.xlsx", lambda d: baseline(co, d), "issued")
    slot("collect", lambda d: WL + "%s/运行数据采集/运行数据采集表_%s.xlsx" % (xn(d), ymd(d)), lambda d: collect(co, d, [w for w in ("config", "traffic", "status") if r.random() < 0.85]))
    slot("automation", lambda d: FW + "数据分析/服务大厅工单数据分析及自动化服务建议.docx", lambda d: automation(co, d, r.random() < 0.8))
    slot("dr", lambda d: XT + "灾备/数据中心灾难恢复预案.%s" % ext(), lambda d: dr_plan(co, d), "issued")
    slot("drdrill", lambda d: XT + "%s/灾备演练/%s灾备切换演练记录.docx" % (xn(d), ymd(d)), lambda d: dr_drill(co, d))
    if r.random() < 0.8:
        d = co.fresh()
        add(XT + "%s/故障复盘/%s %s中断事件复盘报告.docx" % (xn(d), ymd(d), co.sys(0)), fault_review(co, d, r.random() < 0.6))
    d = co.fresh()
    add(XT + "%s/周工作安排/第%d教学周工作安排.docx" % (xn(d), week(d)), weekly_plan(co, d))

    # --- 服务大厅: tickets, knowledge base, the 师生 surveys
    months = sorted(r.sample(range(3, 11), r.choice([2, 3])))
    for m in months:
        d = date(2026, m, 28)
        add(FW + "工单导出/网上服务大厅工单导出_%s.xlsx" % ymd(d), tickets(co, d, r.random() < 0.6))
    slot("kb", lambda d: FW + "知识库/知识库条目导出_%s.xlsx" % ymd(d), lambda d: kb(co, d))
    for d in (date(2025, 1, 14), date(2025, 6, 30), date(2026, 1, 13), date(2026, 7, 2)):
        if r.random() < 0.75:
            add(FW + "满意度调查/%s师生满意度调查报告.%s" % (xq(d), ext()), csat(co, d, "school"))
    slot("csat_trend", lambda d: FW + "满意度调查/满意度趋势分析（%s）.docx" % xn(d), lambda d: csat_trend(co, d))

    # --- 信息安全科 by 学年
    kinds = [k for k in ("maint", "insp", "virus", "fault", "upgrade") if r.random() < 0.85] or ["insp"]
    d = co.fresh()
    add(AQ + "%s/安全设备运维/安全设备运维记录.xlsx" % xn(d), device_book(co, d, kinds, r.random() < 0.7))
    for i in range(r.randint(1, 3)):
        slot("log_audit", lambda d: uniq(co, AQ + "%s/日志审计/第%d周日志审计分析.%s" % (xn(d), week(d), ext("docx", "pdf"))), lambda d: log_audit(co, d))
    slot("sec_stats", lambda d: AQ + "%s/事件统计/%s网络安全事件统计分析.docx" % (xn(d), xq(d)), lambda d: sec_stats(co, d, r.random() < 0.75))
    for i in range(r.randint(2, 4)):
        d = co.fresh()
        n = d.month + i
        rel = AQ + "%s/预警通报/网络安全预警通报（%d年第%d期）.%s" % (xn(d), d.year, n, ext("pdf", "docx", "txt"))
        if rel not in co.used:
            add(rel, bulletin(co, d, n, r.random() < 0.7), **({"encoding": "gb18030"} if rel.endswith(".txt") and n % 2 else {}))
    slot("pentest_plan", lambda d: AQ + "渗透测试/%d年渗透测试工作计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: AQ + "渗透测试/%s%s渗透测试报告.pdf" % (ymd(d), co.sys(1)), lambda d: pentest(co, d))
    slot("dev_plan", lambda d: AQ + "工具开发/%d年自主开发项目计划表.xlsx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("grading", lambda d: AQ + "等级保护/定级备案/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("grading_criteria", lambda d: AQ + "等级保护/%s信息系统等级保护定级工作细则.docx" % co.school, lambda d: grading_criteria(co, d), "issued")
    d = co.fresh()
    add(AQ + "等级保护/测评整改/%d年等级保护测评问题整改台账.xlsx" % d.year, dengbao_fix(co, d))
    d = co.issued()
    add(AQ + "应急管理/%s网络安全事件应急预案（%d年修订）.pdf" % (co.school, d.year), emergency_plan(co, d, r.random() < 0.9))
    slot("bcp", lambda d: ZH + "业务连续性/关键信息系统业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    if r.random() < 0.9:
        d = co.fresh()
        add(AQ + "%s/应急演练/%s网络安全应急演练总结报告.%s" % (xn(d), ymd(d), ext()), sec_drill(co, d))
    d = co.fresh()
    add(AQ + "攻防演练/%d年攻防演练防守工作方案.pdf" % d.year, hw_plan(co, d))
    for what, m in (("开学", 2), ("期末考试", 6), ("招生录取", 7), ("开学", 9)):
        if r.random() < 0.5:
            d = date(2026, m, 10 + r.randint(0, 10))
            add(WL + "%s/重保/%d年%s保障方案.docx" % (xn(d), d.year, what), baozhang(co, d, what))
    slot("hazards", lambda d: AQ + "%s/隐患排查/隐患排查及预防措施台账（%s）.xlsx" % (xn(d), xq(d)), lambda d: hazards(co, d, r.random() < 0.75))

    # --- 综合科: 考核, 改进, 审核
    slot("metrics", lambda d: ZH + "考核/运维质量指标统计表（%s）.xlsx" % xq(d), lambda d: metrics(co, d))
    capa, crit = r.random() < 0.8, r.random() < 0.88
    slot("assess", lambda d: ZH + "考核/服务目标考核及整改措施（%s）.xlsx" % xq(d), lambda d: assess(co, d, capa))
    slot("improve_plan", lambda d: ZH + "持续改进/%d年信息化服务持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, crit))
    sc, tr = r.random() < 0.8, r.random() < 0.8
    slot("improve_ledger", lambda d: ZH + "持续改进/持续改进台账（%s）.xlsx" % xn(d), lambda d: improve_ledger(co, d, sc, tr))
    slot("awareness", lambda d: ZH + "业务学习/%s 全员业务学习记录（服务改进专题）.xlsx" % ymd(d), lambda d: awareness(co, d))
    slot("audit", lambda d: ZH + "内部审核/%d年内部审核报告.%s" % (d.year, ext()), lambda d: internal_audit(co, d))

    # --- last year's copies: in their own 学年 folder, or moved to 历年归档/ by the year's 归档 when
    # the folder has none; they belong, but are stale
    for name, factory, when in list(made):
        if r.random() < 0.2:
            before = when - timedelta(days=364)
            rel = name(before)
            if "学年/" not in rel:
                rel = "历年归档/%s/%s" % (xn(before), rel)
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    ZH, WL, XT, AQ, FW = "综合科/", "网络运行科/", "系统运维科/", "信息安全科/", "服务大厅/"
    CU = "对外技术支持/%s/" % co.cust
    add = Share(co).add

    def raw(rel, data, why):
        if rel not in co.used:      # never over a real document of the same name
            co.raw(rel, data, why)

    # blank forms: (path, title, headings, a sheet or a text)
    for rel, title, heads, sheet in [
            (WL + "表格下载/机房巡检记录表（空白）.xlsx", "数据中心机房巡检记录表", ["日期", "时间", "UPS", "空调", "温度", "湿度", "巡检人"], True),
            (XT + "表格下载/变更申请表（模板）.docx", "信息系统变更申请表", ["变更内容", "影响范围", "实施窗口", "风险评估", "回退措施", "审批意见"], False),
            (WL + "表格下载/值班记录（空表）.xlsx", "值班记录", ["日期", "班次", "值班人", "记录类型", "情况及处理"], True),
            (CU + "02服务协议/技术支持服务协议（范本）.docx", "信息化技术支持服务协议（范本）", ["服务范围", "运维方式", "健康检查", "服务水平", "双方签章"], False),
            (CU + "04健康检查/健康检查报告模板.docx", "健康检查报告（模板）", ["检查情况", "检查结果", "结论"], False),
            (FW + "满意度调查/师生满意度调查问卷（空白问卷）.docx", "信息化服务满意度调查问卷", ["校园网", "响应及时性", "服务态度", "意见建议"], False)]:
        add(rel, (blank_sheet if sheet else blank_text)(title, co.fresh(), heads))
    # drafts (征求意见稿, 初稿, 审议稿) of this year, withdrawn versions of years ago: (path, builder, why, mark)
    nxt = co.fresh().year + 1
    for rel, build_it, why, mark in [
            (ZH + "业务连续性/关键信息系统业务连续性计划（征求意见稿）.docx", lambda d: bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"),
            (CU + "02服务协议/技术支持服务协议-初稿.docx", lambda d: agreement(co, d, True, True, True), "draft", "（初稿）"),
            (ZH + "持续改进/%d年信息化服务持续改进计划（提交主任办公会审议稿）.docx" % nxt, lambda d: improve_plan(co, d, True), "draft", "（审议稿）"),
            (ZH + "规章制度/已废止/信息系统问题管理实施细则（2022年）已废止.docx", lambda d: rule_doc(co, date(2022, 3, 18), "problem", 7), "obsolete", "（已废止）"),
            (AQ + "应急管理/旧版/网络安全事件应急预案（2021版）-作废.pdf", lambda d: emergency_plan(co, date(2021, 11, 4), True), "obsolete", "（作废）")]:
        add(rel, decoy(build_it(co.fresh()), why, mark=mark))
    # recycle bins
    d = co.fresh()
    add(".recycle/网络运行科/%d年%d月值班记录.xlsx" % (d.year, d.month), decoy(duty_log(co, d, True), "recycle bin"))
    d = co.fresh()
    add(".recycle/信息安全科/%s网络安全应急演练总结报告.docx" % ymd(d), decoy(sec_drill(co, d), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[4:80:15]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(3)), "Office lock file")
    raw(WL + "2026-2027学年/值班记录/.~lock.2026年11月值班记录.xlsx#", (",%s,WXZX-PC%02d,16.11.2026 08:47,file:///C:/Users/wxzx/AppData/Roaming/LibreOffice/4;" % (
        co.p(0), r.randint(1, 40))).encode("utf-8"), "LibreOffice lock file")
    raw(AQ + "2026-2027学年/日志审计/第12周日志审计分析.docx", b"", "empty file")
    raw(FW + "满意度调查/2026-2027学年第一学期师生满意度调查报告.docx", b"", "empty file")
    raw(XT + "2026-2027学年/灾备演练/灾备切换演练记录.docx", b"", "empty file")
    # study records about plans, citing documents, notices, near misses
    for plan in ("网络安全事件应急预案", "信息系统变更及停机维护管理办法", "数据中心灾难恢复预案"):
        if r.random() < 0.8:
            d = co.fresh()
            add(ZH + "业务学习/%s《%s》学习签到表.xlsx" % (ymd(d), plan), signin(co, d, plan))
    cites = [L_RULES[k][0] for k in ("fault", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    # documents that cite, announce or plan, and near misses, each dated as written: (path, builder)
    for rel, build_it in [
            (lambda d: ZH + "规章制度/现行有效规章制度目录（%d）.docx" % d.year, lambda d: rule_catalogue(co, d, cites)),
            (lambda d: ZH + "学校发文/%d年/关于开展信息化规章制度清理自查的通知.%s" % (d.year, r.choice(["docx", "txt"])), lambda d: clearance_notice(co, d, cites[:5])),
            (lambda d: ZH + "领导小组会议/关于召开领导小组%d年会议的通知.docx" % d.year, lambda d: mr_notice(co, d)),
            (lambda d: AQ + "应急管理/%d年网络安全应急演练工作方案.docx" % d.year, lambda d: drill_plan(co, d)),
            (lambda d: ZH + "考核/%s岗位目标考核表.xlsx" % xq(d), lambda d: post_kpi(co, d))]:
        d = co.fresh()
        add(rel(d), build_it(d))
    add(ZH + "规章制度/信息化运维服务年度评审办法.pdf", mr_rule(co, co.issued()))
    # unrelated files of the centre's life in the university
    for i in sorted(r.sample(range(len(UNRELATED_L)), 4)):
        folder, t, paras = UNRELATED_L[i]
        d = co.fresh()
        t = t % d.year
        add("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated"))
