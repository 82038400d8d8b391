# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_o.py - style O: the 信息科 (information department) of a 三甲 hospital.

A new author voice for the accuracy corpus, used only by the O shares, written blind (from the form,
gen.py, kinds.py, kinds_d/f/i/j.py and the corpus README, never from the rule pack or a score).  The
信息科 runs the hospital's HIS, EMR, PACS, LIS and the 医保 interfaces for its own wards and, as the
lead hospital of a 医联体, gives IT and security operations to a member county hospital (the form's
customer) under a 医联体信息化技术支持协议, with a vendor's engineers on site.  Its people write the
way a hospital prepares for 等级医院评审 and the 电子病历系统应用水平分级评价: 制度 issued by 院内发文
(X院发〔2026〕12号 关于印发《…》的通知) with the 院长's signature, filed as the scanned PDF; a 科室
sign-off table (科室 编制 / 科长 审核 / 医务部、护理部 会签 / 分管院长 批准); a 信息科工作制度汇编 and an
岗位操作规程汇编; 登记本 kept as xlsx (报修登记本, 设备维护登记本, 机房巡检登记本, 变更登记本); 信息科
值班表 and 交接班本; PDCA 持续改进记录表 and the 科室质量与安全管理小组 activity records, borrowing
医疗质量 words (质控, 指标监测, 根因分析, 追踪, 整改) for IT.  Folders by 科室职能 (01 科室管理/,
02 应用系统/, 03 网络与安全/, 04 机房与硬件/, 05 信息服务台/, 06 医联体信息化/<成员单位>/,
07 质量与安全/, 院办发文/<year>/) and by year; last year's copies under 历年资料/<year>/.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional
section adds its items only when it is written; a sheet with no data rows counts for nothing.
build(co, lock_bytes) lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the member hospital's short name (folder), the 院发 prefix, the 分管副院长
O_INFO = {
    "o1": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o2": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o3": ("宁川县人民医院", "宁医附二院发", "孔德华"),
    "o4": ("汀北县人民医院", "汀人医发", "严文清"),
    "o5": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o6": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o7": ("宁川县人民医院", "宁医附二院发", "孔德华"),
    "o8": ("汀北县人民医院", "汀人医发", "严文清"),
    "o9": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o10": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o11": ("汀北县人民医院", "汀人医发", "严文清"),
    "o12": ("宁川县人民医院", "宁医附二院发", "孔德华"),
    "o13": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o14": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o15": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o16": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o17": ("汀北县人民医院", "汀人医发", "严文清"),
    "o18": ("宁川县人民医院", "宁医附二院发", "孔德华"),
    "o19": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o20": ("汀北县人民医院", "汀人医发", "严文清"),
    "o21": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o22": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o23": ("宁川县人民医院", "宁医附二院发", "孔德华"),
    "o24": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o25": ("宁川县人民医院", "宁医附二院发", "孔德华"),
    "o26": ("汀北县人民医院", "汀人医发", "严文清"),
    "o27": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o28": ("汀北县人民医院", "汀人医发", "严文清"),
    "o29": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o30": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o31": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o32": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o33": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o34": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o35": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o36": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o37": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o38": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o39": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o40": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o41": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o42": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o43": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o44": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o45": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o46": ("宁川县人民医院", "宁医附二院发", "孔德华"),
    "o47": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o48": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o49": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o50": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o51": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o52": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o53": ("汀北县人民医院", "汀人医发", "严文清"),
    "o54": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o55": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o56": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o57": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o58": ("桐溪县人民医院", "桐一院发", "顾明远"),
    "o59": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o60": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o61": ("澄东县中医医院", "澄中医院发", "钱立新"),
    "o62": ("桐溪县人民医院", "桐一院发", "顾明远"),
}

CN = "一二三四五六七八九十"


def yfh(co, d, n):
    """The 院发 number of a hospital document."""
    return "%s〔%d〕%d号" % (co.yf, d.year, n)


def red_head(co, d, n):
    return [("big", "%s文件" % co.name), ("p", yfh(co, d, n))]


def signoff(co, d):
    """The 科室 / 院办 sign-off table that every 制度 carries in this hospital."""
    return [("table", [["编制科室", "信息科", "编制人", co.p(1)],
                       ["审核", "信息科科长 %s" % co.p(0), "会签", "医务部、护理部、院办"],
                       ["批准", "分管副院长 %s" % co.vice, "生效日期", cnd(d + timedelta(days=7))]])]


def president_sign(co, d):
    return [("p", "院长（签字）：%s" % co.boss), ("p", "%s（盖章）" % co.name),
            ("p", "%s院长办公室　%s印发" % (co.name, cnd(d))), ("p", "（本件为签字盖章后的扫描件）")]


# ------------------------------------------------------------------ 制度

# key -> (title, items, sections)
O_RULES = {
    "fault": ("信息系统故障报修与处置管理制度", ["49/incident-procedure"], [
        ("目的", ["规范全院信息系统故障（含HIS、EMR、PACS、LIS及医保接口中断）的报修、受理、处置和闭环，保障临床诊疗秩序。"]),
        ("报修与受理", ["临床科室通过信息科服务电话（8888）或报修小程序报修，服务台登记报修登记本并分级：一级（影响门急诊或多科室）、二级（影响单科室）、三级（单台终端）。"]),
        ("处置时限", ["一级故障5分钟内响应、30分钟内到场，二级15分钟内响应，三级当日处理；超过30分钟未恢复的一级故障报告科长及总值班。"]),
        ("恢复与闭环", ["处置完毕由报修科室确认，服务台回访后在登记本上闭环；一级故障次日提交故障分析。"]),
    ]),
    "request": ("信息服务需求申请与受理管理制度", ["49/request-procedure"], [
        ("适用范围", ["临床及职能科室提出的账号开通、权限调整、报表取数、字典维护、打印机和终端配置等服务需求。"]),
        ("申请与审批", ["科室填写信息服务需求申请单，科主任签字；涉及患者数据导出的须经医务部和院办审批。"]),
        ("受理与办理", ["服务台登记后派给责任工程师，常规需求2个工作日内办结，办结后回访申请科室并归档。"]),
    ]),
    "problem": ("信息系统问题管理与根因分析制度", ["20/procedure", "37/procedure"], [
        ("定义", ["问题是指导致一次或多次故障、根本原因尚未查明的隐患；同类故障一个月内重复三次即立为问题。"]),
        ("根因分析", ["问题责任人借鉴医疗不良事件的根因分析（RCA）方法，10个工作日内查明根本原因，提出临时措施和永久解决方案。"]),
        ("跟踪与关闭", ["解决方案需要变更的按变更管理制度办理；连续观察一个月未复发，经科长审核关闭并写入知识库。"]),
    ]),
    "change": ("信息系统变更管理制度", ["54/procedure"], [
        ("变更范围", ["HIS、EMR等应用系统的版本升级、医保接口改造、字典和参数调整、网络及安全设备配置调整、服务器扩容。"]),
        ("申请与审批", ["变更申请人填写变更申请审批单，写明内容、影响科室、风险、测试情况和回退方案；影响门急诊业务的重大变更须分管院长批准并提前通知临床。"]),
        ("实施与验证", ["变更原则上安排在夜间或周末低峰时段，实施后由信息科与使用科室共同验证；验证失败立即回退。"]),
        ("记录", ["变更申请审批单、实施记录和验证结果登记在变更登记本，年终归档。"]),
    ]),
    "knowledge": ("信息科运维知识库管理制度", ["21/procedure"], [
        ("知识来源", ["故障处置、问题分析、厂商技术支持和日常运维中形成的经验。"]),
        ("编写与审核", ["处置人在闭环后3个工作日内编写知识条目，系统组组长审核后发布到科室知识库。"]),
        ("使用与维护", ["服务台受理时先查知识库；每半年由副科长组织清理过期条目。"]),
    ]),
    "slm": ("医联体信息化技术支持服务水平管理制度", ["39/slm-procedure"], [
        ("服务水平的约定", ["信息科与医联体成员单位签订技术支持协议，约定服务内容、服务时间、运维方式、响应和恢复时限。"]),
        ("监测与通报", ["每月统计响应及时率、故障恢复时长和系统可用率，在月度运行质量分析中通报成员单位。"]),
        ("评审与修订", ["协议每年评审一次；成员单位新上系统或业务调整时修订。"]),
    ]),
    "secinc": ("网络安全事件报告与处置制度", ["30/response-process", "30/reporting-process", "31/incident-process",
                                      "34/incident-process", "34/emergency-process"], [
        ("事件分类分级", ["网络安全事件分为有害程序、网络攻击、信息破坏（含患者信息泄露）、设备设施故障等类别，按影响程度分为特别重大、重大、较大和一般四级。"]),
        ("报告流程", ["发现人立即报告信息科网络安全管理员；管理员15分钟内研判并报告科长；较大及以上事件30分钟内报告分管院长，并按要求向卫生健康行政部门和公安机关报告。"]),
        ("处置流程", ["隔离受影响终端和服务器、保全日志证据、清除威胁、恢复业务，全过程填写网络安全事件处置记录单。"]),
        ("应急响应", ["较大及以上事件启动《网络安全事件应急预案》，由网络安全与信息化领导小组统一指挥。"]),
        ("事后处理", ["事件结束后5个工作日内完成总结报告，整改措施纳入科室持续改进。"]),
    ]),
    "audit": ("信息科运维服务质量内部审核制度", ["61/audit-system", "62/audit-mechanism"], [
        ("审核安排", ["质控员每年制定内部审核计划，覆盖信息科各岗位和医联体技术支持服务，审核员不审核本人工作。"]),
        ("审核实施", ["按检查表现场查阅制度、登记本和系统记录，开具不符合项，跟踪整改验证。"]),
        ("结果应用", ["内审报告提交院长办公会管理评审，作为科室绩效考核依据。"]),
    ]),
    "monitor": ("信息系统运行质量监测与评价制度", ["61/monitoring-process", "62/monitoring-process"], [
        ("监测指标", ["参照医疗质量指标管理办法，设立系统可用率、故障响应及时率、变更成功率、漏洞修复及时率、用户满意度等运行质量指标。"]),
        ("监测与分析", ["运维监控平台实时采集，质控员按月汇总分析，形成月度运行质量分析。"]),
        ("评价与改进", ["指标未达目标的，由责任组按PDCA制定整改措施，下月追踪。"]),
    ]),
    "improve": ("信息科持续改进（PDCA）管理制度", ["65/procedure"], [
        ("改进来源", ["故障和问题分析、内部审核、管理评审、临床科室和成员单位意见、指标监测结果。"]),
        ("识别与登记", ["改进建议登记在持续改进项目登记表。"]),
        ("评估与批准", ["质量与安全管理小组按临床影响、紧迫性和投入评分，科长批准立项。"]),
        ("测量与报告", ["立项项目填写PDCA持续改进记录表，设定可测量目标，每季度在质量与安全管理小组会上报告效果。"]),
    ]),
    "training": ("网络安全培训管理制度", ["31/training-process"], [
        ("培训计划", ["每年初根据全院和成员单位需求制定网络安全培训计划，纳入医院继续教育计划。"]),
        ("实施", ["新职工岗前培训、全院网络安全意识培训、信息科专业培训，签到并考核。"]),
        ("效果评价", ["培训后问卷评价，结果用于修订次年计划。"]),
    ]),
    "pentest": ("渗透测试工作规程", ["31/pentest-process"], [
        ("授权", ["测试前取得分管院长书面授权，明确测试对象、时间窗口、禁止事项；互联网医院等对外系统避开门诊高峰。"]),
        ("实施", ["信息收集、漏洞探测、验证利用；禁止破坏性测试和导出患者数据。"]),
        ("报告与复测", ["测试报告提交科长，责任组整改后复测闭环。"]),
    ]),
}

# 制度 of the department that prove none of the form's items
O_OTHER = {
    "duty": ("信息科值班与交接班制度", [("值班", ["信息科实行24小时值班，夜间一线值班在科室，二线电话待命。"]),
                                     ("交接班", ["交接班双方核对未闭环报修和系统告警，在交接班本签字。"])]),
    "room": ("信息机房管理制度", [("出入管理", ["外来人员进入机房须登记，由信息科人员全程陪同。"]),
                               ("环境要求", ["温度18-27℃，湿度40%-60%，每日巡查空调和UPS。"])]),
    "privacy": ("患者隐私信息保护管理规定", [("原则", ["患者信息按最小必要原则访问。"]),
                                        ("查询", ["调阅他科病历须经授权并留痕。"])]),
}


def rule_body(co, d, key):
    title, _, sections = O_RULES[key]
    b = [("title", title)] + signoff(co, d)
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "%s、%s" % (CN[i - 1], head)))
        b += [("p", p) for p in paras]
    return b


def rule_issued(co, d, key, n):
    """The 院发 notice with the 制度 after it, signed by the 院长: the notice is the 制度."""
    title, items, _ = O_RULES[key]
    t = "关于印发《%s》的通知" % title
    b = red_head(co, d, n) + [("title", t), ("p", "各科室："),
                              ("p", "《%s》已经院长办公会审议通过，现予印发，请认真遵照执行。" % title),
                              ("p", "附件：%s" % title)] + president_sign(co, d) + [("break",)]
    b += rule_body(co, d, key)
    return Doc("rule:" + key, t, d, items, False, b)


def rule_loose(co, d, key):
    """A 制度 filed by the department as its Word copy, without the notice."""
    title, items, _ = O_RULES[key]
    return Doc("rule:" + key, title, d, items, False, rule_body(co, d, key))


def other_rule(co, d, key):
    title, sections = O_OTHER[key]
    b = [("title", title)] + signoff(co, d)
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "%s、%s" % (CN[i - 1], head)))
        b += [("p", p) for p in paras]
    return Doc("other_rule", title, d, [], False, b)


def rule_book(co, d, keys, pdca):
    """信息科工作制度汇编: the 运维服务质量管理 PDCA chapter (mostly), then several 制度."""
    t = "信息科工作制度汇编（%d年版）" % d.year
    b = [("title", t), ("p", "%s信息科编印　%s" % (co.name, cnd(d))), ("p", "（供等级医院评审迎检使用）")] + signoff(co, d)
    items, n = [], 0
    if pdca:
        n += 1
        b += [("h1", "第%s章 信息系统运维服务质量管理总则" % CN[n - 1]),
              ("p", "信息科运维服务按照戴明环（PDCA）持续改进：计划（P）—年度工作计划、服务目录和技术支持协议；"
                    "实施（D）—按本汇编各项制度和岗位操作规程提供服务；检查（C）—运行质量指标监测、内部审核和管理评审；"
                    "处理（A）—根据检查结果制定整改措施，纳入持续改进项目登记表，进入下一循环。")]
        items.append("10/pdca")
    for k in keys:
        title, its, sections = O_RULES[k]
        n += 1
        b.append(("h1", "第%s章 %s" % (CN[n - 1] if n <= 10 else "十" + CN[n - 11], title)))
        for i, (head, paras) in enumerate(sections, 1):
            b.append(("h2", "%d.%d %s" % (n, i, head)))
            b += [("p", p) for p in paras]
        items += its
    return Doc("rule_book", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 岗位操作规程

SOPS = {
    "his": ("HIS数据库日常维护操作规程", ["每日8:00检查数据库实例状态、表空间使用率和告警日志。", "检查RMAN备份结果，失败时立即重做并登记。",
                                   "每周一检查归档日志空间，超过80%清理已备份归档。", "异常情况报系统组组长，登记维护登记本。"]),
    "fw": ("防火墙策略变更操作规程", ["核对已批准的变更申请审批单。", "导出当前配置备份，注明日期。", "按申请添加策略，禁止放通any。",
                               "验证临床业务和医保专线连通；失败时导入备份配置回退。"]),
    "av": ("终端防病毒管理操作规程", ["每日查看防病毒控制台终端在线率和病毒库版本。", "每周五夜间全院终端全盘查杀，导出结果。",
                                "发现病毒立即断网隔离终端，按网络安全事件报告流程上报。"]),
    "pacs": ("PACS影像存储扩容操作规程", ["确认存储剩余空间和近三个月增长量。", "在夜间影像低峰时段挂载新卷。", "验证影像调阅和归档；失败时卸载新卷恢复原配置。"]),
    "yb": ("医保接口故障处置操作规程", ["确认医保前置机与医保中心专线状态。", "查看接口日志错误码，对照医保局接口文档处理。",
                                 "超过15分钟未恢复，通知门诊收费处启用医保应急结算流程。"]),
}


def sop(co, d, key, n):
    name, steps = SOPS[key]
    b = [("title", name)] + signoff(co, d) + [("p", "编号：XXK-CZ-%02d" % n), ("h1", "一、适用范围"),
                                               ("p", "信息科系统组、网络组及驻场工程师。"), ("h1", "二、操作步骤")]
    b += [("p", "%d. %s" % (i, s)) for i, s in enumerate(steps, 1)]
    b += [("h1", "三、注意事项"), ("p", "操作前确认备份，操作后在相应登记本登记。")]
    return Doc("sop", name, d, ["11/manuals", "24/work-instructions"], False, b)


def sop_book(co, d, keys):
    t = "信息科岗位操作规程汇编"
    b = [("title", t), ("p", "%s信息科　%s" % (co.name, cnd(d)))] + signoff(co, d)
    for i, k in enumerate(keys, 1):
        name, steps = SOPS[k]
        b.append(("h1", "%d  %s" % (i, name)))
        b += [("p", "%d.%d %s" % (i, j, s)) for j, s in enumerate(steps, 1)]
    return Doc("sop_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ 医联体信息化 (the customer)

def needs(co, d, time_req, sec):
    parts = [("一、成员单位基本情况", "%s为我院牵头医联体成员单位，现有HIS、LIS、PACS及医保结算接口，信息科2人。" % co.customer, [])]
    if time_req:
        parts.append(("二、技术支持时间需求", ["门急诊相关系统7×24小时支持，夜间及节假日远程值守；", "工作日8:00-17:30驻场工程师现场支持；",
                                         "医保月末结算、流感高峰期间安排专人值守。"], ["1/survey"]))
    if sec:
        parts.append(("三、网络安全服务需求及类型", ("table", [["类型", "内容", "优先级"], ["安全设备运维", "防火墙、上网行为管理日常维护", "高"],
                                                       ["评估类", "漏洞扫描、渗透测试", "高"], ["应急类", "勒索病毒等事件应急响应", "高"],
                                                       ["合规类", "等保测评整改配合", "中"], ["培训类", "全员网络安全意识培训", "低"]]), ["5/survey"]))
    parts.append(("四、调研方式", "实地走访、座谈，结合成员单位“十四五”信息化规划和县域医共体建设要求。", []))
    parts.append(("五、确认", "成员单位信息科：%s（签字）　我院信息科：%s（签字）" % (co.cp(0), co.p(1)), []))
    return nar("survey", "%s信息化技术支持需求调研表" % co.customer, d, False, parts)


def budget(co, d):
    head = ["阶段", "工作内容", "工作量（人日）", "人员", "经费（万元）", "节点时间"]
    rows = [["接入", "系统梳理、资产登记、专线接入", 20, "系统组×2", 3.0, iso(d + timedelta(days=30))],
            ["支持", "远程值守、驻场支持", 220, "驻场工程师×1、网络组×1", 26.0, iso(d + timedelta(days=365))],
            ["安全", "漏洞扫描、渗透测试、等保整改配合", 30, "网络组×2", 6.5, iso(d + timedelta(days=200))],
            ["总结", "年度总结、满意度调查", 5, "质控员", 0.5, iso(d + timedelta(days=380))]]
    return book("budget", "%s信息化技术支持经费测算表" % co.customer, d, False, [("经费测算", head, rows, ["2/budget"])])


def meeting(co, d, health):
    parts = [("会议情况", "时间：%s；地点：%s会议室；参会：%s、%s（成员单位），%s、%s（我院信息科）。" % (cnd(d), co.customer, co.cp(0), co.cp(1), co.p(0), co.p(1)), []),
             ("会议议定", ["技术支持范围为成员单位HIS、LIS、PACS、医保接口及网络安全设备；", "支持时间和响应时限按需求调研表执行，成员单位联系人%s；" % co.cp(0),
                          "双方对上述内容无异议，会后签署技术支持协议。"], ["3/communication"])]
    if health:
        parts.append(("健康检查安排", "每月远程巡检一次，每季度到现场检查一次，检查内容为服务器、数据库、安全设备的可用性和容量，每次出具检查记录。",
                      ["15/agreement"]))
    return nar("communication", "医联体信息化技术支持对接会议纪要", d, False, parts)


def baseline_review(co, d, on):
    parts = [("说明", "接手前对%s近一年信息系统运行情况进行梳理评估。" % co.customer, [])]
    if "list" in on:
        parts.append(("一、历史运行资料清单", ("table", [["资料", "来源", "期间", "数量"], ["故障报修记录", "成员单位报修本", "近12个月", "316条"],
                                                  ["HIS变更记录", "厂商实施记录", "近12个月", "41次"], ["安全设备日志", "防火墙", "近6个月", "约90万条"]]),
                      ["4/history-list"]))
    if "analysis" in on:
        parts.append(("二、运行情况分析", ["指标完成情况：HIS可用率99.62%，未达到99.9%的目标；", "违规操作：共用账号登录3次、私自外联2次；",
                                     "重大事件：门诊HIS宕机2小时1起；", "失败变更：医保接口升级失败回退1次。"], ["4/analysis"]))
    if "strategy" in on:
        parts.append(("三、运维保障策略及实施方案", ["建立变更审批和夜间实施制度（第1个月）；", "部署终端准入和防病毒统一管理（第2个月）；",
                                           "HIS数据库主备改造（第3个月）。"], ["4/strategy"]))
    return nar("history", "%s信息系统运行现状评估及保障策略" % co.customer, d, False, parts)


def agreement(co, d, ways, core, health):
    parts = [("一、服务内容", "%s：%s及网络安全设备的运维和安全服务。" % (co.customer, "、".join(co.systems)), [])]
    if ways:
        parts.append(("二、运维方式", "驻场值守（工作日1名驻场工程师）、定期巡检（每月远程巡检、每季度现场巡检）、远程值守（7×24小时监控平台）。", ["35/sla"]))
    if health:
        parts.append(("三、健康检查", "乙方每月远程、每季度现场对服务器、数据库和安全设备进行健康检查，检查后出具健康检查记录交甲方确认。", ["15/agreement"]))
    if core:
        parts.append(("四、服务水平", ("table", [["指标", "承诺"], ["HIS等核心系统可用率", "≥99.9%"], ["一级故障响应", "5分钟"], ["一级故障恢复", "2小时"],
                                           ["报修一次解决率", "≥90%"]]), ["36/sla"]))
    parts.append(("五、签署", "甲方：%s（盖章）　乙方：%s（盖章）　%s" % (co.customer, co.name, cnd(d)), ["39/sla"]))
    return nar("sla", "医联体信息化技术支持协议", d, False, parts)


def catalog(co, d, levels):
    rows = [["初始接入服务", "系统梳理、资产登记、专线接入"], ["安全设备运维", "防火墙、上网行为管理、防病毒服务器"], ["日常巡检", "每日远程巡检"],
            ["健康检查", "每月远程、每季度现场"], ["安全事件审计", "日志审计月报"]]
    its = ["12/catalog", "29/catalog"]
    if "l2" in levels:
        rows += [["运行监控与分析", "监控平台7×24小时监控，月度运行质量分析"], ["终端安全监控", "终端准入、防病毒统一管理"],
                 ["等级保护合规运维", "定级备案、测评配合、问题整改"]]
        its.append("19/catalog")
    if "l1" in levels:
        rows += [["网络安全通报及漏洞分析", "每月网络安全通报，高危漏洞即时预警"], ["网络安全应急响应", "7×24小时，勒索病毒等事件现场处置"]]
        its.append("26/catalog")
    return book("catalog", "医联体信息化技术支持服务项目清单", d, False, [("服务项目", ["服务项目", "内容"], rows, its)])


def health_check(co, d):
    parts = [("检查方式", "%s检查，对象：%s及安全设备。" % (co.rng.choice(["现场", "远程"]), "、".join(co.systems)), []),
             ("检查结果", ("table", [["对象", "可用性", "容量/冗余", "结论"], [co.sys(0), "运行正常", "CPU峰值58%", "正常"],
                                  ["数据库服务器", "主备同步正常", "表空间76%", "正常"], ["防火墙", "运行正常", "双机热备", "正常"],
                                  ["备份系统", "作业成功", "磁带库剩余40%", "关注"]]), ["15/records", "46/records", "44/inspection"]),
             ("检查人", "%s、%s；成员单位确认：%s" % (co.p(3), co.vp(0), co.cp(1)), [])]
    return nar("health", "%s信息系统健康检查记录（%s）" % (co.customer, iso(d)), d, True, parts)


def csat(co, d, half):
    parts = [("调查情况", "向%s临床、医技和职能科室发放满意度调查表40份，回收37份。" % co.customer, []),
             ("调查结果", ("table", [["项目", "满意度"], ["报修响应", "94.6%"], ["问题解决", "92.0%"], ["服务态度", "97.3%"], ["总体满意度", "94.8%"]]),
              ["41/surveys", "58/survey", "63/survey"]),
             ("分析与改进", "对问题解决满意度偏低的原因进行分析：医保接口故障恢复慢，已纳入持续改进。", [])]
    return nar("csat", "%d年%s医联体成员单位信息服务满意度调查分析" % (d.year, half), d, True, parts)


def csat_trend(co, d):
    parts = [("历次调查", ("table", [["期次", "总体满意度"], ["2024年下半年", "90.2%"], ["2025年上半年", "91.5%"], ["2025年下半年", "93.1%"],
                                  ["2026年上半年", "94.8%"]]), ["41/trend"]),
             ("趋势分析", "满意度连续四期上升，问题解决满意度增幅最小，仍是改进重点。", [])]
    return nar("csat_trend", "信息服务满意度趋势分析（%d年）" % d.year, d, True, parts)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=21 * i)), ["检验科", "门诊部", "放射科", "药剂科"][i % 4], co.cp(i), ["电话回访", "现场回访"][i % 2],
             ["满意", "希望缩短报修等待", "满意", "满意"][i % 4], co.p(5)] for i in range(5)]
    return book("callbacks", "成员单位回访登记本", d, True, [("回访登记", ["日期", "科室", "被回访人", "方式", "意见", "回访人"], rows, ["63/follow-up-visits"])])


def onsite_confirm(co, d):
    parts = [("确认内容", "厂商驻场工程师%s本月在%s驻场21个工作日，考勤正常，服务内容详见报修登记本。" % (co.vp(0), co.customer), [])]
    return decoy(nar("confirm", "驻场工程师月度考勤确认表（%d年%d月）" % (d.year, d.month), d, True, parts), "mentions on-site staff, is no staff list")


def requirements(co, d):
    parts = [("项目背景", "%s新建互联网医院平台，与%s对接。" % (co.name, co.sys(0)), []),
             ("需求分析", ["功能：在线复诊、处方流转、医保在线支付；", "性能：并发500人，页面响应≤2秒；", "安全：等保三级、患者信息加密传输、实名认证。"],
              ["11/requirements"]),
             ("需求确认", "门诊部%s、医务部、信息科%s签字确认（%s）。" % (co.cp(2), co.p(0), iso(d)), [])]
    return nar("requirements", "互联网医院平台需求分析确认书", d, True, parts)


# ------------------------------------------------------------------ 科室管理: organisation

def org(co, d, roles):
    parts = [("组织架构", ["网络安全与信息化领导小组：组长%s（院长），副组长%s（分管副院长），成员医务部、护理部、院办、信息科负责人；" % (co.boss, co.vice),
                       "信息科（科长%s）下设系统组（%s）、网络安全组（%s）、硬件与机房组（%s）、信息服务台（%s）、质控员（%s）。" % (
                           co.p(0), co.p(3), co.p(2), co.p(1), co.p(5), co.p(4))], ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("岗位职责", ("table", [["岗位", "运维职责", "所在组"], ["网络安全管理员", "安全设备运维、漏洞和事件处置", "网络安全组"],
                                         ["系统工程师", "HIS/EMR/PACS/LIS运维、变更实施", "系统组"], ["服务台坐席", "报修受理、派单、回访", "信息服务台"],
                                         ["质控员", "运行质量监测、内审", "科室管理"], ["机房管理员", "机房巡检、硬件维护", "硬件与机房组"]]),
                      ["18/roles", "23/roles"]))
    return nar("org", "信息科组织架构及岗位职责（%d年）" % d.year, d, False, parts)


def staff(co, d, outs):
    head = ["姓名", "所在组", "岗位", "人员类别"]
    rows = [[co.p(i), ["科室管理", "硬件与机房组", "网络安全组", "系统组", "科室管理", "信息服务台"][i],
             ["科长", "副科长", "网络安全管理员", "系统工程师", "质控员", "服务台坐席"][i], "在编"] for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[co.vp(i), "系统组（驻场）", ["HIS驻场工程师", "PACS驻场工程师"][i], "%s派驻" % co.vendor] for i in range(2)]
        its.append("9/outsourcing")
    return book("staff", "信息科人员名单", d, False, [("人员", head, rows, its)])


def contact_notice(co, d, n):
    parts = [("通知", "经院长办公会研究，指定信息科%s为医院网络安全管理联络人，负责与%s、上级卫生健康部门及公安机关的网络安全工作对接；%s为B角。" % (
        co.p(2), co.customer, co.p(1)), ["28/interface-person"])]
    return nar("interface", "关于明确医院网络安全管理联络人的通知", d, False, parts, [("p", "【院办OA】发文字号：%s" % yfh(co, d, n))])


def desk_notice(co, d, n):
    parts = [("通知", "为方便临床报修，信息科设立信息服务台，统一受理全院及医联体成员单位的故障报修、服务需求和网络安全事件报告，服务电话8888，7×24小时受理。",
              ["48/service-desk"]),
             ("人员", "服务台由%s负责，工作日两人坐席，夜间由值班工程师兼任。" % co.p(5), [])]
    return nar("desk", "关于设立信息服务台的通知", d, False, parts, red_head(co, d, n))


def desk_training(co, d):
    rows = [["信息服务台坐席岗位培训签到表"], ["培训内容", "报修分级、派单和升级、知识库使用、服务用语"], ["时间", cnd(d)], ["授课", co.p(5)],
            ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(5)] + [[co.vp(0), co.vp(0)]]
    return Doc("desk_training", "信息服务台坐席岗位培训签到表", d, ["48/training"], True, sheets=[("签到", rows)])


def ola(co, d, sld):
    parts = [("科内服务约定", ["网络安全组对系统组：安全设备策略变更1个工作日内完成，高危漏洞24小时内通知；", "系统组对服务台：一级故障5分钟内接单。"], ["8/ola"])]
    if sld:
        parts.append(("厂商服务级别", ["%s：HIS、EMR 7×24小时响应，一级故障2小时恢复，与对成员单位承诺的一级故障恢复2小时一致；" % co.vendor,
                                    "运营商专线：可用率99.9%，故障4小时修复。"], ["8/sld"]))
    return nar("ola", "科内运维服务约定及厂商服务级别", d, False, parts)


def roster(co, d):
    rows = [[iso(d + timedelta(days=i)), "一二三四五六日"[(d + timedelta(days=i)).weekday()], co.p(i % 6), co.p((i + 2) % 6), co.p(0)] for i in range(7)]
    return Doc("roster", "信息科值班表", d, [], False, sheets=[("值班表", [["信息科值班表（%d年%d月）" % (d.year, d.month)], ["日期", "星期", "一线", "二线", "科领导"]] + rows)])


def handover(co, d):
    rows = [[iso(d + timedelta(days=i)), co.p(i % 6), co.p((i + 1) % 6), "报修均已闭环，机房巡查正常，详见报修登记本和机房巡检登记本"] for i in range(6)]
    return Doc("handover", "信息科交接班本", d, [], True, sheets=[("交接班", [["信息科交接班本 %d年%d月" % (d.year, d.month)], ["日期", "交班人", "接班人", "交接事项"]] + rows)])


# ------------------------------------------------------------------ 应用系统: 运行

def kpi_list(co, d):
    rows = [["全院", "核心业务系统综合可用率", "99.9%", "月", "整体指标"], ["全院", "内网可用率", "99.95%", "月", "整体指标"]]
    rows += [[s, "单系统可用率", "99.9%", "月", "单系统指标"] for s in co.systems] + [["医保接口", "接口可用率", "99.5%", "月", "单系统指标"]]
    return book("kpi_list", "信息系统可用性指标一览表", d, False, [("指标", ["范围", "指标", "目标", "统计周期", "类别"], rows, ["6/availability-kpis"])])


def avail_plan(co, d):
    parts = [("目标", "%d年核心业务系统综合可用率不低于99.9%%，门急诊高峰时段零宕机。" % d.year, []),
             ("保障措施", ["%s数据库主备和应用集群改造；" % co.sys(0), "门急诊高峰前（7:30）完成当日巡检；", "重大变更安排在22:00以后；",
                          "每季度开展一次宕机应急演练。"], ["22/plan", "18/availability-plan"])]
    return nar("avail_plan", "%d年信息系统可用性保障计划" % d.year, d, False, parts)


def month_report(co, d, trend, data):
    m = d.month - 1 or 12
    rows = [[s, "99.9%", "%.2f%%" % (99.9 + co.rng.random() * 0.09)] for s in co.systems] + [["医保接口", "99.5%", "99.71%"]]
    parts = [("一、系统运行质量", ("table", [["系统", "目标", "本月可用率"]] + rows), ["22/report", "18/availability-report"]),
             ("二、宕机及故障", "%s %s宕机17分钟，门诊启用手工流程，已恢复并完成数据补录。" % (iso(d - timedelta(days=15)), co.sys(1)), [])]
    if data:
        parts.append(("三、运维质量指标", ("table", [["指标", "本月"], ["异常报告及时率", "99.2%"], ["异常漏报率", "0.4%"], ["维护计划及时完成率", "96.8%"],
                                               ["故障隐患发现率", "88%"], ["异常主动发现率", "91%"], ["问题解决率", "93%"], ["漏洞扫描覆盖率", "100%"],
                                               ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "94%"], ["安全事件次数", "1"]]), ["56/data"]))
    if trend:
        parts.append(("四、指标趋势分析", ["近六个月核心系统可用率依次为99.88%、99.93%、99.91%、99.95%、99.94%、99.96%，总体向好；",
                                     "报修量环比增加8%，一次解决率由86%升至91%，平均修复时长由52分钟降至38分钟。"], ["50/monitoring-report"]))
    return nar("run_report", "%d年%d月信息系统运行质量分析" % (d.year, m), d, True, parts)


def repair_book(co, d, with_resp):
    """报修登记本: one 类别 column holds 故障报修, 服务需求, 宕机 and 巡检发现."""
    head = ["报修时间", "科室", "类别", "系统/设备", "内容", "处理人", "处理结果"] + (["响应（分钟）", "时限"] if with_resp else [])
    rows = []
    for i in range(10):
        t = d - timedelta(days=2 * i + 1)
        typ = ["故障报修", "服务需求", "宕机", "故障报修", "服务需求", "巡检发现", "故障报修", "宕机", "服务需求", "故障报修"][i]
        r = ["%s %02d:%02d" % (iso(t), 8 + i % 9, (i * 7) % 60), ["门诊部", "检验科", "放射科", "住院部6病区", "医保办", "药剂科", "急诊科", "手术室", "病案室", "财务科"][i],
             typ, ["HIS", "LIS", co.sys(2), "打印机", "医保接口", "PACS", "HIS", "EMR", "病案系统", "收费终端"][i],
             ["挂号卡顿", "新增检验项目字典", "服务中断", "打印机卡纸", "医保目录更新", "存储告警", "处方无法保存", "病历无法提交", "病案导出", "终端蓝屏"][i],
             co.p(3 + i % 3), "已解决"]
        if with_resp:
            r += [2 + i % 6, ["5分钟", "2工作日", "5分钟", "15分钟", "2工作日", "15分钟", "5分钟", "5分钟", "2工作日", "15分钟"][i]]
        rows.append(r)
    its = ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if with_resp else [])
    return book("repairs", "信息科报修登记本（%d年%d月）" % (d.year, d.month), d, True, [("报修登记", head, rows, its)])


def downtime_report(co, d, full):
    parts = [("事件概况", "%s 09:12 %s宕机，门急诊挂号收费中断36分钟。" % (cnd(d), co.sys(0)), []),
             ("处置经过", ["09:12 服务台接报；09:14 启动宕机应急预案，门诊转手工；09:30 定位为数据库连接池耗尽；09:48 重启应用恢复，随后补录数据。"],
              ["22/events", "18/availability-events", "43/process-records"]),
             ("根因分析", "鱼骨图分析：新上线报表查询未加索引，高峰期占满连接池。", [])]
    if full:
        parts.append(("本季度不良情况汇总及改进计划", ["本季度重大宕机1起、失败变更2次（医保接口升级回退、EMR补丁回退）、成员单位报修响应未达标1个月；",
                                              "改进：上线前压测和执行计划审核（%s，本月）；变更分级审批（%s，下月）；成员单位增配夜间远程值守（%s）。" % (co.p(3), co.p(0), co.p(1))],
                      ["70/defect-analysis"]))
    parts.append(("整改措施", "报表查询迁移到数据仓库，建立上线前SQL审核。", []))
    return nar("downtime", "%s宕机事件分析报告" % co.sys(0), d, True, parts)


def automation(co, d, auto):
    parts = [("以往服务数据", "近一年报修5,420单，宕机6次，网络安全事件处置38起。", []),
             ("处置方式对临床的影响", ["重启类处置平均中断6分钟；手工封堵恶意IP平均延迟25分钟；每日人工巡检占用2人×1.5小时。"], ["7/impact-analysis"])]
    if auto:
        parts.append(("可自动化的服务", ["巡检报告自动生成、恶意IP联动封堵、打印机驱动自助安装，预计减少人工工作量35%。"], ["7/automation"]))
    return nar("automation", "信息服务数据分析及自动化建议", d, True, parts)


def year_summary(co, d, fc, defects):
    y = d.year - 1
    parts = [("一、全年工作数据", ("table", [["类别", "数量", "同比"], ["报修", "5,420单", "+9%"], ["服务需求", "1,260单", "+14%"], ["变更", "186次", "+6%"],
                                           ["宕机及故障", "6次", "-25%"], ["问题", "14个", "-3"], ["日志审计告警", "2.3万条", "+31%"]]), [])]
    if defects:
        parts.append(("二、存在的不足", ["全年重大宕机2次、失败变更5次、成员单位响应时限未达标2个月；", "改进计划：变更分级审批、数据库主备改造、成员单位夜间远程值守。"],
                      ["70/defect-analysis"]))
    if fc:
        parts.append(("三、%d年服务预测" % (y + 1), ["医联体新增2家成员单位，预计报修量增长20%，日志量增长40%；", "电子病历五级评审和互联互通测评将增加变更约30%，需增加系统工程师1名。"],
                      ["71/forecast"]))
    parts.append(("四、下一年重点工作", "智慧医院建设、电子病历评级、等保复测。", []))
    return nar("summary", "信息科%d年度工作总结" % y, d, True, parts)


# ------------------------------------------------------------------ 应用系统: 变更, 资产

def change_book(co, d):
    rows = [["BG-%d%03d" % (d.year, 20 + i), ["应用升级", "医保接口", "字典维护", "网络策略", "服务器扩容", "EMR补丁"][i % 6], co.sys(i),
             ["版本升级", "接口改造", "新增收费项目", "策略调整", "扩容", "补丁"][i % 6], "有", ["成功", "成功", "回退", "成功"][i % 4], co.p(i),
             "%s（科长）" % co.p(0), iso(d - timedelta(days=6 * i))] for i in range(8)]
    return book("changes", "信息系统变更登记本（%d年）" % d.year, d, True,
                [("变更登记", ["编号", "类别", "系统", "内容", "回退方案", "结果", "实施人", "审批", "日期"], rows, ["54/records", "43/process-records"])])


def upgrade_plan(co, d):
    parts = [("变更内容", "%s由V5.2升级至V6.0。" % co.sys(1), []),
             ("测试计划", ["测试环境全流程回归（门诊、住院、医技）；", "高峰并发压测；", "上线前漏洞扫描。"], ["25/test-plan"]),
             ("回退措施", ["保留旧版本应用和数据库全量备份，升级失败30分钟内回退并通知临床。"], ["25/rollback", "11/rollback"])]
    return nar("upgrade", "%s升级实施方案" % co.sys(1), d, False, parts)


def compat(co, d):
    parts = [("背景", "信创终端替换。", []),
             ("兼容性验证", ["网络兼容：终端准入、802.1X认证通过；", "系统兼容：国产操作系统与读卡器、打印驱动通过；", "应用兼容：%s、%s客户端回归通过。" % (co.sys(0), co.sys(1))],
              ["11/compatibility"])]
    return nar("compat", "信创终端兼容性验证报告", d, True, parts)


def assets(co, d, rel):
    head = ["编号", "名称", "类别", "型号", "用途", "位置", "端口", "部署", "等级", "责任人"]
    rows = [["XXK-%04d" % (300 + i), n, t, m, f, loc, p, dep, lv, co.p(i)] for i, (n, t, m, f, loc, p, dep, lv) in enumerate([
        ("互联网边界防火墙", "安全设备", "NGFW-4000", "边界防护", "门诊楼机房A2", "GE1/0/1", "双机", "重要"),
        ("上网行为管理", "安全设备", "AC-1000", "上网审计", "门诊楼机房A3", "GE0/2", "单机", "一般"),
        ("%s数据库服务器" % co.sys(0), "服务器", "2288H V6", "数据库", "门诊楼机房B1", "1521", "主备", "核心"),
        ("%s应用服务器" % co.sys(1), "服务器", "R740", "应用", "门诊楼机房B2", "8080", "集群", "核心"),
        ("医保前置机", "服务器", "R540", "医保接口", "门诊楼机房B3", "7001", "单机", "核心")])]
    sheets = [("资产明细", head, rows, ["13/asset-list", "43/asset-list", "27/cmdb"]),
              ("管理要求", ["项目", "要求"], [["保密", "资产清单含IP和账号信息，仅信息科内部使用，不得外发"], ["完整", "变更须经变更登记本审批后由专人更新，保留修改记录"],
                                          ["可用", "每月备份一次，异地存放"]], [])]
    if rel:
        sheets.append(("关联关系", ["资产", "关系", "关联资产"], [["互联网边界防火墙", "保护", "%s应用服务器" % co.sys(1)],
                                                         ["%s应用服务器" % co.sys(1), "依赖", "%s数据库服务器" % co.sys(0)], ["医保前置机", "连接", "%s数据库服务器" % co.sys(0)]],
                       ["38/cmdb-relations"]))
    return book("assets", "信息科资产及配置台账", d, True, sheets)


def asset_changes(co, d):
    rows = [[iso(d - timedelta(days=12 * i)), "XXK-%04d" % (300 + i), ["内存", "版本", "责任人", "IP地址", "端口"][i % 5], "BG-%d%03d" % (d.year, 20 + i), co.p(i)] for i in range(6)]
    return book("asset_changes", "资产配置变动登记本", d, True, [("变动登记", ["日期", "资产编号", "变动项", "变更单号", "登记人"], rows, ["43/ci-updates"])])


def baseline(co, d):
    rows = [["服务器操作系统", "禁用默认账户", "已执行"], ["服务器操作系统", "口令长度≥8位且定期更换", "已执行"], ["数据库", "开启审计", "已执行"], ["交换机", "关闭Telnet", "仅SSH"]]
    return book("baseline", "信息系统安全配置基线", d, False, [("基线", ["对象", "配置项", "要求"], rows, ["25/baseline"])])


def kb(co, d):
    rows = [["ZSK-%03d" % (30 + i), t, co.p(i), iso(d - timedelta(days=20 * i))] for i, t in enumerate(
        ["医保结算返回错误码处理", "PACS影像调阅慢排查", "LIS仪器接口中断处理", "HIS连接池耗尽处理", "电子签名证书过期处理"])]
    return book("kb", "信息科知识库条目", d, True, [("知识库", ["编号", "标题", "编写人", "发布日期"], rows, ["21/knowledge-base"])])


# ------------------------------------------------------------------ 机房与硬件

DEVICE_WORK = {
    "maint": ["清理过期策略12条，导出配置备份", "清理日志分区，校对系统时间", "检查授权有效期，清理隔离区文件"],
    "state": ["CPU 32%、会话4.1万、双机同步正常", "在线用户1,860，审计日志写入正常", "客户端在线率97%，病毒库为当日版本"],
    "virus": ["边界AV引擎查杀，拦截病毒文件3个", "URL过滤库升级，拦截恶意域名访问41次", "全院终端全盘查杀，清除病毒2个"],
    "fault": ["主机电源告警，厂商更换电源模块，切换验证正常", "管理口无法登录，重启管理进程恢复", "服务器硬盘告警，更换后RAID重建完成"],
    "upgrade": ["IPS特征库升级至最新版本", "固件由V3.2升级至V3.5，回归验证正常", "病毒库引擎升级，客户端分批推送"],
}


def device_book(co, d, kinds, hw):
    """安全设备维护登记本: one workbook, one sheet per record kind."""
    names = {"maint": ("日常维护", ["14/maintenance", "44/maintenance"]), "state": ("状态检查", ["44/inspection", "45/monitoring"]),
             "virus": ("病毒查杀", ["44/virus-scan", "45/antivirus"]), "fault": ("故障处理", ["44/faults"]), "upgrade": ("升级更新", ["44/upgrades"])}
    sheets = []
    for k in ("maint", "state", "virus", "fault", "upgrade"):
        name, its = names[k]
        rows = [[iso(d - timedelta(days=7 * j + 3)), ["互联网边界防火墙", "上网行为管理", "防病毒服务器"][j % 3], DEVICE_WORK[k][j], co.p(2 + j % 2)]
                for j in range(3)] if k in kinds else []
        sheets.append((name, ["日期", "设备", "内容", "维护人"], rows, its))
    sheets.append(("硬件故障统计", ["设备", "故障部件", "次数", "处理"],
                   [["互联网边界防火墙", "电源模块", 1, "厂商更换"], ["上网行为管理", "硬盘", 1, "更换"]] if hw else [], ["14/hardware-faults"]))
    return book("device_book", "网络安全设备维护登记本（%d年）" % d.year, d, True, sheets)


def room_book(co, d, virus):
    head = ["日期", "巡检时间", "温湿度", "UPS", "服务器", "安全设备状态"] + (["病毒查杀情况"] if virus else []) + ["巡检人"]
    rows = []
    for i in range(8):
        t = d - timedelta(days=i)
        r = [iso(t), "07:%02d" % (10 + i), "22℃/48%", "正常", "正常", "防火墙、上网行为管理运行正常"] + (["终端查杀0告警" if i % 2 else "病毒库已更新"] if virus else []) + [co.p(1 + i % 3)]
        rows.append(r)
    its = ["44/inspection", "45/monitoring"] + (["44/virus-scan", "45/antivirus"] if virus else [])
    return book("room_book", "机房巡检登记本（%d年%d月）" % (d.year, d.month), d, True, [("巡检", head, rows, its)])


def collect(co, d, which):
    sheets = []
    if "config" in which:
        sheets.append(("配置采集", ["设备", "采集项", "值", "时间"], [["互联网边界防火墙", "策略数", 214, iso(d)], ["核心交换机", "VLAN数", 46, iso(d)]], ["16/config"]))
    if "traffic" in which:
        sheets.append(("流量采集", ["链路", "入向峰值", "出向峰值", "日期"], [["互联网出口", "820Mbps", "310Mbps", iso(d)], ["医保专线", "12Mbps", "9Mbps", iso(d)]], ["16/traffic"]))
    if "status" in which:
        sheets.append(("状态采集", ["设备", "CPU", "内存", "状态"], [["互联网边界防火墙", "31%", "44%", "主用"], ["%s数据库服务器" % co.sys(0), "47%", "68%", "正常"]], ["16/status"]))
    return book("collect", "运维监控平台安全信息采集导出", d, True, sheets)


# ------------------------------------------------------------------ 网络与安全

def log_audit(co, d):
    parts = [("审计范围", "防火墙、上网行为管理、核心交换机、服务器操作系统、数据库及HIS、EMR应用日志。", []),
             ("审计发现", ["非工作时间管理员登录4次，均为已审批的夜间变更；", "外部扫描探测1,240次，已封堵；", "EMR越权调阅病历1次，已报医务部处理。"],
              ["17/log-analysis", "45/audit-report", "47/audit"])]
    return nar("log_audit", "网络安全日志审计月报（%d年%d月）" % (d.year, d.month), d, True, parts)


def sec_stats(co, d, analysis):
    q = (d.month - 1) // 3 + 1
    parts = [("统计", ("table", [["类别", "起数", "较大及以上"], ["有害程序", 6, 0], ["网络攻击", 11, 0], ["信息破坏（隐私泄露）", 1, 0], ["设备故障", 2, 0]]),
              ["18/incident-stats"])]
    if analysis:
        parts.append(("分析", ["有害程序集中在门诊自助机和U盘接入，已推行终端准入；", "隐私事件源于共用账号，已推行一人一号。"], ["18/incident-analysis"]))
    return nar("sec_stats", "%d年第%d季度网络安全事件统计分析" % (d.year, q), d, True, parts)


def bulletin(co, d, n, full):
    parts = [("一、漏洞通告", "CVE-2026-%04d（中间件反序列化漏洞）影响%s，已完成排查修复。" % (co.rng.randint(1000, 9999), co.sys(0)), ["52/vulnerability", "53/bulletin"]),
             ("二、病毒预警", "针对医疗行业的勒索病毒变种活跃，防病毒特征库已更新。", ["52/virus"])]
    if full:
        parts += [("三、政策法规及行业动态", "《医疗卫生机构网络安全管理办法》配套要求；厂商发布PACS安全补丁；同业某院遭勒索攻击。", ["52/policy"]),
                  ("四、分析及要求", "该漏洞已有在野利用，互联网医院等对外系统须于本周完成修复。", ["52/analysis"])]
    return nar("bulletin", "网络安全通报（%d年第%d期）" % (d.year, n), d, True, parts, [("p", "%s信息科" % co.name)])


def pentest_plan(co, d):
    parts = [("年度计划", ["二季度：%s；三季度：互联网医院平台；四季度：%s。" % (co.sys(0), co.sys(2)), "重大活动保障前开展一次全面渗透测试。"], ["31/pentest-plan", "32/pentest-plan"])]
    return nar("pentest_plan", "%d年渗透测试计划" % d.year, d, False, parts)


def pentest_report(co, d):
    parts = [("测试概况", "授权对象：互联网医院平台；时间：%s至%s；人员：%s、%s。" % (iso(d - timedelta(days=3)), iso(d), co.p(2), co.vp(1)), []),
             ("测试发现", ("table", [["编号", "漏洞", "风险", "状态"], ["1", "越权查看他人报告", "高", "已修复"], ["2", "短信验证码可爆破", "中", "已修复"]]),
              ["31/pentest-records", "32/pentest-records"])]
    return nar("pentest", "互联网医院平台渗透测试报告", d, True, parts)


def dev_plan(co, d):
    parts = [("开发计划", ("table", [["工具", "内容", "负责人", "计划完成"], ["日志告警联动封堵脚本", "防火墙自动封堵", co.p(2), "%d年4月" % (d.year + 1)],
                                  ["终端资产自动发现", "全院终端和医疗设备联网发现", co.p(3), "%d年7月" % (d.year + 1)]]), ["33/dev-plan"])]
    return nar("dev_plan", "%d年网络安全工具自主开发计划" % (d.year + 1), d, False, parts)


def grading(co, d):
    parts = [("定级对象", co.sys(0), []), ("定级结果", "业务信息安全保护等级第三级、系统服务安全保护等级第三级，系统定为第三级，已向公安机关备案。", ["51/grading"])]
    return nar("grading", "%s网络安全等级保护定级报告" % co.sys(0), d, False, parts)


def grading_rule(co, d):
    parts = [("定级原则", ["依据GB/T 22240-2020，按受侵害客体和侵害程度定级；", "承载患者诊疗信息的核心业务系统原则上不低于第三级，其他系统不低于第二级。"],
              ["51/grading-criteria"])]
    return nar("grading_criteria", "医院信息系统等级保护定级标准", d, False, parts, signoff(co, d))


def emergency_plan(co, d, recovery, n):
    parts = [("总则", "依据《网络安全法》《医疗卫生机构网络安全管理办法》，适用于全院及医联体成员单位的网络安全事件和信息系统宕机应急处置。", []),
             ("组织机构", "应急领导小组（组长院长）、应急办公室（信息科）、技术处置组、临床协调组（医务部、护理部）。", []),
             ("应急响应", ["监测预警、研判定级、分级响应、处置、信息报告；门急诊系统宕机5分钟内启动手工流程。"], ["36/emergency-plan", "53/emergency-plan"])]
    if recovery:
        parts.append(("恢复策略", ["HIS恢复时间目标30分钟、数据恢复点目标5分钟；优先恢复门急诊挂号收费和医嘱，再恢复住院和医技；恢复后组织数据补录核对。"],
                      ["36/recovery-plan", "55/plan"]))
    return nar("emergency_plan", "网络安全事件应急预案", d, False, parts, red_head(co, d, n), president_sign(co, d))


def recovery_plan(co, d):
    parts = [("范围", "、".join(co.systems), []), ("恢复步骤", ["RTO 1小时、RPO 15分钟；", "主机房故障时切换至备用机房，数据库切换后验证挂号、收费、医嘱。"], ["36/recovery-plan"])]
    return nar("dr_plan", "核心业务系统灾备恢复预案", d, False, parts, signoff(co, d))


def bcp(co, d):
    parts = [("业务影响分析", "门急诊挂号收费最大可容忍中断30分钟，住院医嘱2小时。", []),
             ("连续性策略", ["双机房、异地备份、手工应急单据储备；", "宕机期间各科室按《宕机应急处置流程》转手工，恢复后补录。"], ["42/bcp"])]
    return nar("bcp", "医院信息系统业务连续性计划", d, False, parts, signoff(co, d))


def drill(co, d, kind):
    if kind == "dr":
        t, its, body = "%s数据备份恢复演练记录" % co.sys(0), ["40/recovery-drill"], ["21:00 模拟主库损坏；21:12 从备份恢复至备用库；21:40 挂号收费和医嘱验证正常，数据无丢失。"]
    else:
        t, its, body = "HIS宕机及勒索病毒应急演练记录", ["40/emergency-drill", "53/drill"], ["14:00 模拟门诊HIS宕机并发现勒索病毒；14:03 报告；14:05 门诊转手工；14:20 隔离感染终端；14:45 恢复并补录。"]
    parts = [("演练概况", "时间：%s；参加：信息科%s、%s，门诊部、护理部、%s；形式：%s。" % (cnd(d), co.p(2), co.p(3), co.customer, co.rng.choice(["实战演练", "桌面推演"])), []),
             ("演练过程", body, its), ("评价与改进", ["手工单据领取慢2分钟，已在各护士站备足。"], [])]
    return nar("drill", t, d, True, parts)


# ------------------------------------------------------------------ 质量与安全: 指标, PDCA, 审核

def quality_minutes(co, d, analysis):
    """科室质量与安全管理小组活动记录: the month's indicators and security events, and its decisions."""
    parts = [("活动情况", "时间：%s；主持：%s；参加：质量与安全管理小组全体成员。" % (cnd(d), co.p(0)), []),
             ("一、运维质量指标监测", ("table", [["指标", "上月"], ["异常报告及时率", "99.0%"], ["异常漏报率", "0.5%"], ["维护计划及时完成率", "97.1%"],
                                            ["故障隐患发现率", "86%"], ["异常主动发现率", "90%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                            ["加固设备覆盖率", "95%"], ["安全补丁及时安装率", "93%"], ["安全事件次数", "2"]]), ["56/data"]),
             ("二、网络安全事件", ("table", [["类别", "起数"], ["有害程序", 2], ["网络攻击", 3], ["隐私泄露", 0]]), ["18/incident-stats"])]
    if analysis:
        parts.append(("三、原因分析", ["有害程序均由外来U盘带入，源头在医技科室共用终端；", "攻击主要针对互联网医院登录接口，已加验证码。"], ["18/incident-analysis"]))
    parts.append(("小组决定", ["下月追踪终端准入上线情况；", "科室团建活动另行安排。"], []))
    return nar("quality_minutes", "信息科质量与安全管理小组活动记录（%d年%d月）" % (d.year, d.month), d, True, parts)


def indicator_eval(co, d, capa):
    q = (d.month - 1) // 3 + 1
    sheets = [("指标监测", ["指标", "目标", "实际", "达标"], [["成员单位一级故障响应及时率", "100%", "96%", "否"], ["信息服务满意度", "93%", "94.8%", "是"],
                                                    ["投诉", "0", "1", "否"], ["核心系统可用率", "99.9%", "99.93%", "是"]], ["57/measurement"])]
    if capa:
        sheets.append(("纠正预防措施", ["编号", "问题", "原因", "措施", "责任人", "效果验证"],
                       [["JZ-%d-%02d" % (d.year, q), "一级故障响应超时", "夜间值班兼顾成员单位", "成员单位远程值守单独排班", co.p(1), "次月响应及时率100%，有效"]],
                       ["57/capa", "66/effectiveness"]))
    return book("indicator_eval", "%d年第%d季度运行质量指标评价及整改" % (d.year, q), d, True, sheets)


def risk_prevent(co, d):
    parts = [("隐患识别", "结合不良事件、巡检和演练，识别潜在风险：单电源服务器、证书集中到期、医保前置机单点。", []),
             ("预防措施", ("table", [["风险", "预防措施", "责任人", "完成时限"], ["单电源服务器", "加装冗余电源", co.p(1), "%d年9月" % d.year],
                                  ["证书集中到期", "到期前30天自动提醒", co.p(2), "%d年7月" % d.year], ["医保前置机单点", "增加备机", co.p(3), "%d年10月" % d.year]]),
              ["66/preventive-actions"])]
    return nar("prevent", "%d年信息系统风险隐患预防措施" % d.year, d, True, parts)


def improve_plan(co, d, criteria):
    parts = [("改进目标", "平均故障修复时长降至30分钟以内；成员单位响应及时率100%；满意度≥95%。", ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("改进项目评价标准", "按临床影响（40分）、紧迫性（30分）、投入（30分）评分，70分以上立项，由科长批准，每季度测量效果并在质量与安全管理小组会上报告。",
                      ["64/criteria"]))
    return nar("improve_plan", "信息科%d年持续改进计划" % d.year, d, False, parts)


def improve_register(co, d, scored, tracked):
    sheets = []
    rows = [["GJ-%02d" % i, t, s, "科长%s批准" % co.p(0) if s >= 70 else "暂缓"] for i, (t, s) in enumerate(
        [("成员单位夜间远程值守", 90), ("上线前SQL审核", 82), ("自助打印机驱动", 58)], 1)]
    if scored:
        sheets.append(("立项评估", ["编号", "项目", "评分", "审批"], rows, ["67/analysis", "67/prioritisation"]))
    if tracked:
        sheets.append(("实施追踪", ["编号", "目标", "进展", "效果", "报告"], [["GJ-01", "响应及时率100%", "已完成", "连续3个月100%", "第三季度质量与安全管理小组会"]],
                       ["68/implementation", "68/effectiveness"]))
    if not sheets:
        sheets.append(("立项评估", ["编号", "项目", "评分", "审批"], [], []))
    return book("improve_register", "持续改进项目登记表", d, True, sheets)


def pdca_form(co, d, full):
    """PDCA持续改进记录表 of one project: P, D, C, A."""
    parts = [("项目名称", "缩短门诊HIS故障恢复时长", []),
             ("计划（P）", ["现状：平均修复时长52分钟；目标：30分钟以内；", "原因分析（鱼骨图）：知识库不全、备件不足、夜间一线经验不足；", "对策：完善知识库、常用备件前置、夜班带教。"],
              ["68/plan"]),
             ("实施（D）", ["新增知识条目42条；门诊楼备件柜启用；夜班一对一带教8人次。"], ["68/implementation"])]
    if full:
        parts += [("检查（C）", ["实施后三个月平均修复时长由52分钟降至28分钟，目标达成。"], ["68/effectiveness"]),
                  ("处理（A）", ["将备件前置和夜班带教写入信息科岗位操作规程，未解决的打印机问题转入下一循环。"], [])]
    return nar("pdca", "PDCA持续改进记录表", d, True, parts)


def awareness(co, d):
    rows = [["持续改进专题培训签到表"], ["主题", "医疗质量PDCA方法在信息服务中的应用：人人都是改进者"], ["时间", cnd(d)], ["主讲", co.p(4)], ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return Doc("awareness", "持续改进专题培训签到表", d, ["69/awareness-training"], True, sheets=[("签到", rows)])


def internal_audit(co, d):
    parts = [("审核依据与范围", "依据信息技术服务管理体系要求、医院制度和与成员单位的技术支持协议，覆盖信息科各岗位及医联体技术支持服务。", []),
             ("审核发现", ["不符合项2项：变更登记本回退方案缺1份；知识条目未审核3条；", "观察项2项。"], ["59/internal-audit"]),
             ("结论", "运维服务管理体系运行基本有效。", [])]
    return nar("audit", "%d年信息科运维服务内部审核报告" % d.year, d, True, parts)


def president_minutes(co, d, inputs, ranked):
    """院长办公会议纪要: the year's management review of the 信息科 service, maybe the ranked improvements."""
    parts = [("会议概况", "%s，院长%s主持；议题：一、信息科运维服务年度管理评审；二、持续改进项目；三、门诊楼停车改造。" % (cnd(d), co.boss), [])]
    lines = {"perf": ("（一）服务和流程的执行情况及符合性", "报修一次解决率91%，变更成功率97%，内审不符合项已整改关闭。", ["59/management-review", "60/performance"]),
             "fb": ("（二）临床科室及成员单位反馈", "满意度94.8%，投诉1件（报修等待）。", ["60/customer-feedback"]),
             "res": ("（三）资源现状及预测", "信息科在编6人、驻场2人；明年新增2家成员单位需增系统工程师1名。", ["60/resources"]),
             "ca": ("（四）纠正措施进展", "纠正措施7项，已关闭6项。", ["60/corrective-actions"]),
             "chg": ("（五）可能影响服务的变化", "电子病历五级评审、医保DRG付费改革、新院区建设。", ["60/changes"]),
             "imp": ("（六）改进机会", "成员单位夜间远程值守、上线前SQL审核、备件前置。", ["60/improvements"])}
    for k in inputs:
        parts.append(lines[k])
    if ranked:
        parts.append(("议题二：持续改进项目", ("table", [["排序", "项目", "评分", "会议意见"], [1, "成员单位夜间远程值守", 90, "同意立项"], [2, "上线前SQL审核", 82, "同意立项"],
                                              [3, "自助打印机驱动", 58, "暂缓"]]), ["67/analysis", "67/prioritisation"]))
    parts.append(("议题三：门诊楼停车改造", "同意后勤保障部方案。", []))
    return nar("president_minutes", "院长办公会议纪要（%d年第%d期）" % (d.year, d.month + 10), d, True, parts)


def iso_cert(co, d):
    parts = [(None, ["兹证明%s信息科建立的信息技术服务管理体系符合ISO/IEC 20000-1:2018" % co.name, "认证范围：医院信息系统及医联体成员单位信息化运维服务",
                     "发证日期：%s　有效期三年" % cnd(d)], ["61/audit-system"])]
    return nar("iso_cert", "信息技术服务管理体系认证证书", d, False, parts)


# ------------------------------------------------------------------ hospital documents that prove nothing

def emr_grade(co, d):
    parts = [("评价范围", "电子病历系统应用水平分级评价，病房医师、病房护士、门诊医师等10个角色39个项目。", []),
             ("自评结果", "总分182分，基本项全部达到四级，申报五级。", []), ("差距", "闭环管理、数据质量项需提升。", [])]
    return nar("emr_grade", "%d年电子病历系统应用水平分级评价自评报告" % d.year, d, True, parts)


def interop(co, d):
    parts = [("测评情况", "国家医疗健康信息互联互通标准化成熟度测评四级甲等，数据集标准化、共享文档标准化已完成。", []),
             ("整改", "交互服务个数不足，计划年内补齐。", [])]
    return nar("interop", "互联互通标准化成熟度测评准备情况汇报", d, True, parts)


def review_self(co, d):
    rows = [[c, t, s] for c, t, s in [("4.26.1", "信息系统建设规划", "C"), ("4.26.2", "信息安全等级保护", "B"), ("4.26.3", "患者隐私保护", "B"),
                                      ("4.26.4", "信息系统应急", "B")]]
    return Doc("review_self", "等级医院评审信息管理条款自评表", d, [], True,
               sheets=[("自评", [["三级医院评审标准 信息管理部分 自评表"], ["条款", "内容", "自评等级"]] + rows)])


def week_plan(co, d):
    parts = [("本周重点", ["配合医保局DRG接口联调；", "门诊自助机更换；", "电子病历评级材料整理。"], []), ("下周安排", "新院区网络规划评审。", [])]
    return nar("week", "信息科周工作安排（%s）" % iso(d), d, True, parts)


# ------------------------------------------------------------------ decoys

def decoy_signin(co, d, plan):
    rows = [["全院培训签到表"], ["培训主题", "《%s》全院培训" % plan], ["时间", cnd(d)], ["主讲", co.p(2)], ["科室", "姓名", "签名"]] + [
        [["门诊部", "急诊科", "检验科", "放射科", "护理部", "信息科"][i], co.p(i), co.p(i)] for i in range(6)]
    return decoy(Doc("training", "《%s》全院培训签到表" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def decoy_rule_index(co, d, cites):
    b = [("title", "信息科现行制度目录"), ("p", "（%s更新）" % cnd(d))] + [("p", "%d.《%s》" % (i, c)) for i, c in enumerate(cites, 1)]
    b += [("p", "以上制度纸质版存放于信息科评审资料柜。")]
    return decoy(Doc("rule_index", "信息科现行制度目录", d, [], False, b), "list citing procedures by 《》")


def decoy_selfcheck(co, d, cites, n):
    b = red_head(co, d, n) + [("title", "关于开展信息化制度执行情况自查的通知"), ("p", "各科室：为迎接等级医院评审，请各科室对照以下制度开展自查：")]
    b += [("p", "%d.《%s》" % (i, c)) for i, c in enumerate(cites, 1)] + [("p", "自查报告于本月底前报院办。")]
    return decoy(Doc("selfcheck", "关于开展信息化制度执行情况自查的通知", d, [], False, b), "notice citing procedures by 《》")


def decoy_mr_rule(co, d):
    b = [("title", "信息科管理评审制度")] + signoff(co, d) + [("h1", "一、频次"), ("p", "每年至少一次，在院长办公会上进行。"), ("h1", "二、输入"),
                                                         ("p", "服务执行情况、反馈、资源、纠正措施、变化和改进机会。"), ("h1", "三、输出"), ("p", "院长办公会议纪要。")]
    return decoy(Doc("mr_rule", "信息科管理评审制度", d, [], False, b), "procedure, not the review record")


def decoy_mr_notice(co, d):
    parts = [("通知", "定于%s院长办公会进行信息科年度管理评审，请信息科准备服务执行情况、满意度、资源、纠正措施和改进机会材料。" % cnd(d + timedelta(days=10)), [])]
    return decoy(nar("mr_notice", "关于院长办公会开展信息科年度管理评审的通知", d, True, parts), "meeting notice, not the review record")


def decoy_drill_script(co, d):
    parts = [("演练目的", "检验《网络安全事件应急预案》和门诊转手工流程。", []), ("演练脚本", ["T0 模拟HIS宕机；T+3 服务台报告；T+5 门诊转手工。"], []),
             ("安排", "计划于%s下午进行。" % cnd(d + timedelta(days=14)), [])]
    return decoy(nar("drill_plan", "HIS宕机应急演练方案（脚本）", d, False, parts), "drill plan, neither the plan nor the record")


def decoy_kpi(co, d):
    rows = [[co.p(i), "报修登记本完整率、演练记录完整率、满意度调查完成率", "%d" % (88 + i)] for i in range(5)]
    return decoy(Doc("kpi", "信息科绩效二次分配考核表", d, [], True, sheets=[("考核", [["信息科绩效二次分配考核表 %d年%d月" % (d.year, d.month)], ["姓名", "考核指标", "得分"]] + rows)]),
                 "KPI sheet naming record kinds")


UNRELATED_O = [
    ("院办发文", "关于%d年院内停车管理的通知", ["职工车辆停放于地下车库。", "门诊楼前车位优先患者。"]),
    ("01 科室管理/党建", "%d年信息科党小组学习计划", ["每月一次集中学习。", "参加医院主题党日。"]),
    ("01 科室管理/院感", "%d年信息科院感防控培训记录", ["手卫生六步法。", "机房进入感染科区域的防护要求。"]),
    ("01 科室管理/后勤", "%d年信息科办公用品申领单", ["A4纸20箱。", "硒鼓6个。"]),
    ("01 科室管理/工会", "%d年科室职工体检安排", ["体检时间按科室分批。", "信息科安排在周三上午。"]),
]


# ------------------------------------------------------------------ the share

def uniq(co, rel):
    """A second monthly record drawn in the same month is saved beside the first as （2）."""
    if rel not in co.used:
        return rel
    stem, _, ext = rel.rpartition(".")
    return "%s（2）.%s" % (stem, ext)


def build(co, lock_bytes):
    """Lay out an O share: 01 科室管理/ (制度, 组织, 排班, 审核, 评审), 02 应用系统/ (运行, 变更, 资产),
    03 网络与安全/ (审计, 通报, 渗透, 等保, 应急), 04 机房与硬件/ (登记本), 05 信息服务台/,
    06 医联体信息化/<成员单位>/, 07 质量与安全/ (指标, PDCA), 院办发文/<year>/; 历年资料/, decoys."""
    co.cust, co.yf, co.vice = O_INFO[co.info_id]
    r = co.rng
    KS, YY, WA, JF, FW, QA = "01 科室管理/", "02 应用系统/", "03 网络与安全/", "04 机房与硬件/", "05 信息服务台/", "07 质量与安全/"
    YL = "06 医联体信息化/%s/" % co.cust
    optional = ["budget", "history", "automation", "ola", "staff", "roles", "requirements", "compat", "upgrade", "baseline", "collect", "kb",
                "pentest_plan", "pentest", "dev_plan", "dr", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "indicators",
                "evaluation", "prevent", "improve_plan", "register", "pdca", "awareness", "audit", "review", "summary", "grading",
                "grading_rule", "contact", "assets", "asset_changes", "sec_stats", "health", "log_audit", "avail_plan", "kpi_list", "downtime",
                "changes", "room"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"automation", "pentest", "csat_trend", "callbacks", "kb", "audit", "log_audit", "drdrill", "awareness",
                                "indicators", "collect", "desk_training", "downtime", "asset_changes", "sec_stats", "health", "pdca",
                                "room"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made
    seq = iter(range(7, 300, 4))
    scan = {"creator": r.choice(["Canon iR-ADV 扫描", "扫描全能王", "RICOH MP 扫描"])}

    # --- 制度: the 汇编 holds some as chapters; the others issued by 院发 (signed scans) or filed loose
    keys = [k for k in O_RULES if r.random() >= 0.06]
    in_book = [k for k in keys if r.random() < 0.4]
    d = co.issued()
    add(KS + "制度/信息科工作制度汇编（%d年版）.pdf" % d.year, rule_book(co, d, in_book, r.random() < 0.88), meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_book:
            continue
        d = co.issued()
        if r.random() < 0.7:
            n = next(seq)
            doc = rule_issued(co, d, k, n)
            add("院办发文/%d年/%s 关于印发《%s》的通知.pdf" % (d.year, yfh(co, d, n), O_RULES[k][0]), doc, **scan)
        else:
            add(KS + "制度/%s.%s" % (O_RULES[k][0], r.choice(["docx", "docx", "pdf"])), rule_loose(co, d, k), meta_title=r.random() < 0.4)
    for k in O_OTHER:
        if r.random() < 0.75:
            add(KS + "制度/%s.docx" % O_OTHER[k][0], other_rule(co, co.issued(), k))

    # --- 岗位操作规程: a 汇编 and single ones
    mods = list(SOPS)
    in_sops = sorted(r.sample(mods, r.randint(2, 3)), key=mods.index)
    add(KS + "操作规程/信息科岗位操作规程汇编.docx", sop_book(co, co.issued(), in_sops))
    for i, k in enumerate(mods):
        if k in in_sops or r.random() < 0.3:
            continue
        add(KS + "操作规程/XXK-CZ-%02d %s.docx" % (i + 1, SOPS[k][0]), sop(co, co.issued(), k, i + 1))

    # --- 医联体信息化/<成员单位>: onboarding (does not age), agreement, health checks, satisfaction
    d0 = co.issued()
    add(YL + "前期调研/%s信息化技术支持需求调研表.docx" % co.customer, needs(co, d0, r.random() < 0.88, r.random() < 0.85))
    slot("budget", lambda d: YL + "前期调研/技术支持经费测算表.xlsx", lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    meet_health = r.random() < 0.5
    add(YL + "前期调研/%s 对接会议纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), meeting(co, d, meet_health))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: YL + "前期调研/信息系统运行现状评估及保障策略.docx", lambda d: baseline_review(co, d, on), "issued")
    d = co.issued()
    add(YL + "协议/医联体信息化技术支持协议（双方盖章）.pdf", agreement(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.7), **scan)
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])
    d = co.issued()
    add(YL + "协议/技术支持服务项目清单（%d）.xlsx" % d.year, catalog(co, d, lv))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: uniq(co, YL + "健康检查/%d年/%s 健康检查记录.pdf" % (d.year, ymd(d))), lambda d: health_check(co, d))
    for d, h in [(date(2025, 6, 26), "上半年"), (date(2025, 12, 22), "下半年"), (date(2026, 6, 25), "上半年")]:
        if r.random() < 0.8:
            add(YL + "满意度/%d年%s满意度调查分析.%s" % (d.year, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("csat_trend", lambda d: YL + "满意度/满意度趋势分析（%d）.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: YL + "满意度/成员单位回访登记本（%d）.xlsx" % d.year, lambda d: callbacks(co, d))
    for i in range(2):
        d = co.fresh()
        name = YL + "驻场考勤/%d年%02d月驻场工程师考勤确认表.pdf" % (d.year, d.month)
        if name not in co.used:
            add(name, onsite_confirm(co, d), **scan)
    slot("requirements", lambda d: YY + "项目建设/互联网医院平台需求分析确认书.docx", lambda d: requirements(co, d))

    # --- 科室管理: organisation, roster, 联络人, 服务台
    d = co.issued()
    add(KS + "组织与人员/信息科组织架构及岗位职责（%d）.docx" % d.year, org(co, d, "roles" not in gaps))
    slot("staff", lambda d: KS + "组织与人员/信息科人员名单（%s）.xlsx" % ymd(d), lambda d: staff(co, d, r.random() < 0.85), "issued")
    n_c = next(seq)
    slot("contact", lambda d: "院办发文/%d年/【院办OA】关于明确医院网络安全管理联络人的通知.txt" % d.year, lambda d: contact_notice(co, d, n_c), "issued",
         **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    d = co.issued()
    n = next(seq)
    add("院办发文/%d年/%s 关于设立信息服务台的通知.pdf" % (d.year, yfh(co, d, n)), desk_notice(co, d, n), **scan)
    slot("desk_training", lambda d: FW + "培训/%s 服务台坐席岗位培训签到表.xlsx" % ymd(d), lambda d: desk_training(co, d))
    slot("ola", lambda d: KS + "组织与人员/科内运维服务约定及厂商服务级别.docx", lambda d: ola(co, d, r.random() < 0.85), "issued")
    for m in sorted(r.sample(range(8, 12), 2)):
        d = date(2026, m, 25)
        add(KS + "排班/%d年%d月信息科值班表.xlsx" % (2026, m + 1), roster(co, d))
    d = date(2026, 11, 3)
    add(FW + "交接班本/%d年%d月交接班本.xlsx" % (d.year, d.month), handover(co, d))

    # --- 应用系统: 指标, 可用性, 月度分析, 宕机, 变更, 资产
    slot("kpi_list", lambda d: YY + "运行质量/信息系统可用性指标一览表（%d）.xlsx" % d.year, lambda d: kpi_list(co, d))
    slot("avail_plan", lambda d: YY + "运行质量/%d年信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))
    for m in sorted(r.sample(range(6, 12), r.choice([2, 3]))):
        d = date(2026, m, 3 + r.randint(0, 6))
        add(YY + "运行质量/%d年/%d月运行质量分析.%s" % (d.year, m - 1, r.choice(["docx", "pdf"])), month_report(co, d, r.random() < 0.6, r.random() < 0.35))
    slot("downtime", lambda d: YY + "宕机登记/%s %s宕机事件分析报告.docx" % (ymd(d), co.sys(0)), lambda d: downtime_report(co, d, r.random() < 0.7))
    slot("automation", lambda d: YY + "运行质量/信息服务数据分析及自动化建议（%d）.docx" % d.year, lambda d: automation(co, d, r.random() < 0.8))
    fc, dft = r.random() < 0.85, r.random() < 0.5
    slot("summary", lambda d: KS + "工作总结/信息科%d年度工作总结.docx" % (d.year - 1), lambda d: year_summary(co, date(d.year, 1, 10 + d.day % 15), fc, dft))
    slot("changes", lambda d: YY + "变更管理/信息系统变更登记本（%d年）.xlsx" % d.year, lambda d: change_book(co, d))
    slot("upgrade", lambda d: YY + "变更管理/%s %s升级实施方案.docx" % (ymd(d), co.sys(1)), lambda d: upgrade_plan(co, d), "issued")
    slot("compat", lambda d: YY + "项目建设/信创终端兼容性验证报告_%s.pdf" % ymd(d), lambda d: compat(co, d))
    relc = r.random() < 0.7
    slot("assets", lambda d: YY + "资产配置/信息科资产及配置台账（%s）.xlsx" % ymd(d), lambda d: assets(co, d, relc))
    slot("asset_changes", lambda d: YY + "资产配置/资产配置变动登记本（%d）.xlsx" % d.year, lambda d: asset_changes(co, d))
    slot("baseline", lambda d: WA + "安全基线/信息系统安全配置基线.xlsx", lambda d: baseline(co, d), "issued")
    slot("kb", lambda d: FW + "知识库/信息科知识库条目_%s.xlsx" % ymd(d), lambda d: kb(co, d))

    # --- 信息服务台: 报修登记本 (one or two months)
    for i in range(r.choice([1, 1, 2])):
        d = co.fresh()
        name = FW + "报修登记本/%d年/%02d月报修登记本.xlsx" % (d.year, d.month)
        if name not in co.used:
            add(name, repair_book(co, d, r.random() < 0.7))

    # --- 机房与硬件: 登记本
    kinds = [k for k in ("maint", "state", "virus", "fault", "upgrade") if r.random() < 0.78] or ["maint"]
    d = co.fresh()
    add(JF + "登记本/网络安全设备维护登记本（%d）.xlsx" % d.year, device_book(co, d, kinds, r.random() < 0.6))
    virus = r.random() < 0.5
    slot("room", lambda d: JF + "登记本/机房巡检登记本（%d年%02d月）.xlsx" % (d.year, d.month), lambda d: room_book(co, d, virus))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: JF + "监控平台导出/安全信息采集_%s.xlsx" % ymd(d), lambda d: collect(co, d, which))

    # --- 网络与安全
    for i in range(r.randint(1, 2)):
        slot("log_audit", lambda d: uniq(co, WA + "日志审计/%d年/%d月日志审计月报.%s" % (d.year, d.month, r.choice(["docx", "pdf"]))), lambda d: log_audit(co, d))
    slot("sec_stats", lambda d: WA + "事件统计/%d年第%d季度网络安全事件统计分析.docx" % (d.year, (d.month - 1) // 3 + 1), lambda d: sec_stats(co, d, r.random() < 0.75))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month + i
        name = WA + "安全通报/%d年/网络安全通报第%d期.%s" % (d.year, n, r.choice(["pdf", "docx", "txt"]))
        if name not in co.used:
            add(name, bulletin(co, d, n, r.random() < 0.7), **({"encoding": "gb18030"} if name.endswith(".txt") and r.random() < 0.5 else {}))
    slot("pentest_plan", lambda d: WA + "渗透测试/%d年渗透测试计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: WA + "渗透测试/%s 互联网医院平台渗透测试报告.pdf" % ymd(d), lambda d: pentest_report(co, d))
    slot("dev_plan", lambda d: WA + "%d年网络安全工具自主开发计划.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("grading", lambda d: WA + "等级保护/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("grading_rule", lambda d: WA + "等级保护/医院信息系统等级保护定级标准.docx", lambda d: grading_rule(co, d), "issued")
    d = co.issued()
    n = next(seq)
    add("院办发文/%d年/%s 网络安全事件应急预案（院长签发）.pdf" % (d.year, yfh(co, d, n)), emergency_plan(co, d, r.random() < 0.8, n), **scan)
    slot("dr", lambda d: WA + "应急管理/核心业务系统灾备恢复预案.docx", lambda d: recovery_plan(co, d), "issued")
    slot("bcp", lambda d: KS + "制度/医院信息系统业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: WA + "应急管理/演练记录/%s 数据备份恢复演练记录.docx" % ymd(d), lambda d: drill(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add(WA + "应急管理/演练记录/%s 宕机应急演练记录.%s" % (ymd(d), r.choice(["docx", "pdf"])), drill(co, d, "emergency"))

    # --- 质量与安全: 小组活动, 指标评价, 风险预防, PDCA, 审核, 评审
    for i in range(r.choice([1, 2])):
        slot("indicators", lambda d: uniq(co, QA + "质量与安全管理小组/%d年/%02d月活动记录.docx" % (d.year, d.month)), lambda d: quality_minutes(co, d, r.random() < 0.7))
    capa = r.random() < 0.8
    slot("evaluation", lambda d: QA + "指标监测/%d年第%d季度运行质量指标评价及整改.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: indicator_eval(co, d, capa))
    slot("prevent", lambda d: QA + "风险隐患/%d年信息系统风险隐患预防措施.docx" % d.year, lambda d: risk_prevent(co, d))
    slot("improve_plan", lambda d: QA + "持续改进/信息科%d年持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    sc, tr = r.random() < 0.8, r.random() < 0.8
    slot("register", lambda d: QA + "持续改进/持续改进项目登记表（%s）.xlsx" % ymd(d), lambda d: improve_register(co, d, sc, tr))
    slot("pdca", lambda d: QA + "持续改进/PDCA持续改进记录表-缩短故障恢复时长（%s）.docx" % ymd(d), lambda d: pdca_form(co, d, r.random() < 0.75))
    slot("awareness", lambda d: QA + "培训/%s 持续改进专题培训签到表.xlsx" % ymd(d), lambda d: awareness(co, d))
    slot("audit", lambda d: QA + "内部审核/%d年信息科运维服务内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    ranked = r.random() < 0.5
    slot("review", lambda d: "院办发文/%d年/院长办公会议纪要（%d年第%d期）.pdf" % (d.year, d.year, d.month + 10), lambda d: president_minutes(co, d, inputs, ranked), **scan)
    if r.random() < 0.4:
        d = co.issued()
        add(QA + "认证/ISO20000认证证书（扫描件）.pdf", iso_cert(co, d), **scan)

    # --- hospital documents that prove no clause
    d = co.fresh()
    add(YY + "电子病历评级/%d年电子病历系统应用水平分级评价自评报告.docx" % d.year, emr_grade(co, d))
    d = co.fresh()
    add(YY + "互联互通/互联互通标准化成熟度测评准备情况汇报（PPT导出）.pdf", interop(co, d))
    d = co.fresh()
    add(KS + "等级医院评审/信息管理条款自评表.xlsx", review_self(co, d))
    for k in sorted(r.sample(range(1, 9), 2)):
        d = date(2026, 9, 7) + timedelta(days=7 * k)
        add(KS + "周工作安排/%s 周工作安排.docx" % ymd(d), week_plan(co, d))

    # --- last year's copies moved to 历年资料/<year>/ at the yearly archiving: they belong, but are stale
    for name, factory, when in list(made):
        if r.random() < 0.2:
            before = when - timedelta(days=365)
            rel = "历年资料/%d年/%s" % (before.year, name(before).rsplit("/", 1)[-1])
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    KS, YY, WA, FW, QA = "01 科室管理/", "02 应用系统/", "03 网络与安全/", "05 信息服务台/", "07 质量与安全/"
    YL = "06 医联体信息化/%s/" % co.cust
    add = Share(co).add

    # 空白表 / 模板
    add(FW + "报修登记本/报修登记本（空白表）.xlsx", blank_sheet("报修登记本", co.fresh(), ["报修时间", "科室", "类别", "系统/设备", "内容", "处理人", "处理结果"]))
    add(YY + "变更管理/变更申请审批单（空白表）.xlsx", blank_sheet("信息系统变更申请审批单", co.fresh(), ["申请科室", "变更内容", "影响范围", "回退方案", "科长审批", "分管院长审批"]))
    add(QA + "持续改进/PDCA持续改进记录表（模板）.docx", blank_text("PDCA持续改进记录表（模板）", co.fresh(), ["项目名称", "计划（P）", "实施（D）", "检查（C）", "处理（A）"]))
    add(YL + "健康检查/健康检查记录（模板）.docx", blank_text("健康检查记录（模板）", co.fresh(), ["检查方式", "检查结果", "检查人"]))
    add(YL + "满意度/信息服务满意度调查表（空白）.docx", blank_text("信息服务满意度调查表", co.fresh(), ["报修响应", "问题解决", "服务态度", "意见建议"]))
    add(WA + "应急管理/演练记录/应急演练记录表（空白表）.xlsx", blank_sheet("应急演练记录表", co.fresh(), ["演练时间", "演练场景", "参加人员", "过程", "评价"]))
    # 征求意见稿 / 草稿
    d = co.fresh()
    add(KS + "制度/医院信息系统业务连续性计划（征求意见稿）.docx", decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(YL + "协议/医联体信息化技术支持协议（%d续签草稿）.docx" % (d.year + 1), decoy(agreement(co, d, True, True, True), "draft", mark="（草稿）"))
    d = co.fresh()
    add(QA + "持续改进/信息科%d年持续改进计划（征求意见稿）.docx" % (d.year + 1), decoy(improve_plan(co, d, True), "draft (征求意见稿)", mark="（征求意见稿）"))
    # 作废
    d = date(2021, 11, 8)
    add(KS + "制度/作废/【作废】信息系统问题管理与根因分析制度（2021版）.docx", decoy(rule_loose(co, d, "problem"), "obsolete", mark="【作废】"))
    d = date(2022, 6, 14)
    add(WA + "应急管理/作废/网络安全事件应急预案（2022版）作废.pdf", decoy(emergency_plan(co, d, True, 3), "obsolete", mark="（2022版，已作废）"))
    # recycle bins
    d = co.fresh()
    add(".recycle/%s/%02d月报修登记本.xlsx" % (co.p(5), d.month), decoy(repair_book(co, d, True), "recycle bin"))
    d = co.fresh()
    add("#recycle/03 网络与安全/%s 宕机应急演练记录.docx" % ymd(d), decoy(drill(co, d, "emergency"), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:80:14]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        lock = folder + "/" + owner if folder else owner
        if lock not in co.used:
            co.raw(lock, lock_bytes(co.p(5)), "Office lock file")
    for rel in (FW + "报修登记本/2026年/11月报修登记本.xlsx", WA + "日志审计/2026年/11月日志审计月报.docx",
                YL + "满意度/2026年下半年满意度调查分析.docx"):
        if rel in co.used:          # this month's real one exists: the empty one is its copy
            stem, _, ext = rel.rpartition(".")
            rel = "%s - 副本.%s" % (stem, ext)
        co.raw(rel, b"", "empty file")
    # training about plans, lists citing 制度, review procedure and notice, drill script, near misses
    for plan in ("网络安全事件应急预案", "信息系统变更管理制度", "核心业务系统灾备恢复预案"):
        if r.random() < 0.8:
            d = co.fresh()
            add(KS + "培训/%s《%s》全院培训签到表.xlsx" % (ymd(d), plan), decoy_signin(co, d, plan))
    cites = [O_RULES[k][0] for k in ("fault", "request", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    add(KS + "制度/信息科现行制度目录.docx", decoy_rule_index(co, co.fresh(), cites))
    d = co.fresh()
    add("院办发文/%d年/关于开展信息化制度执行情况自查的通知.docx" % d.year, decoy_selfcheck(co, d, cites, 95))
    add(KS + "制度/信息科管理评审制度.docx", decoy_mr_rule(co, co.issued()))
    d = co.fresh()
    add(QA + "管理评审/关于院长办公会开展信息科年度管理评审的通知.docx", decoy_mr_notice(co, d))
    d = co.fresh()
    add(WA + "应急管理/HIS宕机应急演练方案（脚本）%d.docx" % d.year, decoy_drill_script(co, d))
    d = co.fresh()
    add(KS + "绩效/信息科绩效二次分配考核表（%d年%d月）.xlsx" % (d.year, d.month), decoy_kpi(co, d))
    # other departments' files
    for i in sorted(r.sample(range(len(UNRELATED_O)), 4)):
        folder, t, paras = UNRELATED_O[i]
        d = co.fresh()
        t = t % d.year
        rel = "院办发文/%d年/%s.docx" % (d.year, t) if folder == "院办发文" else "%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"]))
        add(rel, decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated"))
