# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ad.py - style AD: the 信息化管理部 of a construction and engineering group (建工集团).

An author voice for the accuracy corpus, used only by the AD shares, written blind (from the form's
需提供证明材料, not from the rule pack).  The 信息化管理部 runs the group's 项目管理平台, 财务共享, 劳务实名制
and 智慧工地 systems for 30+ 项目部 and 分公司; one 工程局 subsidiary buys its security operations as a
service and is the form's customer.  Its people write as a builder's head office does: 集团发文 with 文号
(X建信〔2026〕N号), 制度 collected in a 信息化管理制度汇编, 作业指导书 like 施工工法, 周例会纪要 holding several
decisions, 台账 for everything (one 综合台账 whose sheets are several record kinds), 安全文明施工 / 质量
月 / 隐患排查 / 样板引路 / 交底 language, 项目部 and 分公司 in every table, folders by 部门 and 年度, and
WPS-style copies named (1) and 副本.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when written; a sheet with no data rows proves nothing.  build(co, lock_bytes)
lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, ymd
from kinds_i import Share

# per share: the customer's folder name, the 文号 abbreviation, three 项目部 names
AD_INFO = {
    "ad1": ("三局", "华岳建信", ["郑东新区安置房项目部", "洛阳地铁3号线土建项目部", "许昌医院综合楼项目部"]),
    "ad2": ("一局", "蜀通建信", ["天府机场配套道路项目部", "绵阳科创园项目部", "宜宾长江大桥项目部"]),
    "ad3": ("五局", "江淮建信", ["合肥滨湖学校项目部", "芜湖港区仓储项目部", "六安保障房项目部"]),
    "ad4": ("二局", "岭南建信", ["南沙港区物流园项目部", "佛山城际铁路项目部", "东莞产业园项目部"]),
    "ad5": ("五局", "江淮建信", ["合肥滨湖学校项目部", "芜湖港区仓储项目部", "六安保障房项目部"]),
    "ad6": ("二局", "岭南建信", ["南沙港区物流园项目部", "佛山城际铁路项目部", "东莞产业园项目部"]),
    "ad7": ("一局", "蜀通建信", ["天府机场配套道路项目部", "绵阳科创园项目部", "宜宾长江大桥项目部"]),
    "ad8": ("二局", "岭南建信", ["南沙港区物流园项目部", "佛山城际铁路项目部", "东莞产业园项目部"]),
    "ad9": ("三局", "华岳建信", ["郑东新区安置房项目部", "洛阳地铁3号线土建项目部", "许昌医院综合楼项目部"]),
    "ad10": ("五局", "江淮建信", ["合肥滨湖学校项目部", "芜湖港区仓储项目部", "六安保障房项目部"]),
    "ad11": ("一局", "蜀通建信", ["天府机场配套道路项目部", "绵阳科创园项目部", "宜宾长江大桥项目部"]),
    "ad12": ("二局", "岭南建信", ["南沙港区物流园项目部", "佛山城际铁路项目部", "东莞产业园项目部"]),
    "ad13": ("二局", "岭南建信", ["南沙港区物流园项目部", "佛山城际铁路项目部", "东莞产业园项目部"]),
    "ad14": ("一局", "蜀通建信", ["天府机场配套道路项目部", "绵阳科创园项目部", "宜宾长江大桥项目部"]),
    "ad15": ("一局", "蜀通建信", ["天府机场配套道路项目部", "绵阳科创园项目部", "宜宾长江大桥项目部"]),
    "ad16": ("三局", "华岳建信", ["郑东新区安置房项目部", "洛阳地铁3号线土建项目部", "许昌医院综合楼项目部"]),
    "ad17": ("三局", "华岳建信", ["郑东新区安置房项目部", "洛阳地铁3号线土建项目部", "许昌医院综合楼项目部"]),
    "ad18": ("五局", "江淮建信", ["合肥滨湖学校项目部", "芜湖港区仓储项目部", "六安保障房项目部"]),
}

PDF_OPT = {"creator": "WPS 文字", "author": "xxhglb"}


def fawen_head(co, d, n):
    """A 集团发文's head: the red-letter issuer line and the 文号."""
    return [("big", "%s文件" % co.name.replace("信息化管理部", "")), ("p", "%s〔%d〕%d号" % (co.abbr, d.year, n))]


def dept(co):
    return co.name


# ------------------------------------------------------------------ 管理制度 (办法 / 规程)

# key -> (title, 制度编号 number, items, sections)
AD_RULES = {
    "incident": ("信息系统运行故障处置管理办法", 11, ["49/incident-procedure"], [
        ("总则", ["为规范集团项目管理平台、财务共享、劳务实名制、智慧工地等系统运行故障的受理、处置和闭环，保障各项目部正常施工生产，制定本办法。"]),
        ("故障分级", ["按影响范围分为一般故障（单个项目部）、较大故障（一个分公司或一个工程局）、重大故障（集团全部项目部或财务共享停摆）。"]),
        ("报告与受理", ["项目部信息员、分公司信息专员发现故障后拨打信息化服务热线或在平台报修，服务台登记故障台账并派单。",
                      "较大及以上故障，运维组30分钟内报部门负责人，重大故障1小时内报集团分管领导。"]),
        ("处置与恢复", ["运维人员按作业指导书处置，涉及停机的须开具停机通知并经部门负责人同意；恢复后由报修项目部确认销号。"]),
        ("总结", ["较大及以上故障3个工作日内编写故障分析报告，在周例会上通报，整改措施落实到人。"]),
    ]),
    "request": ("信息化服务请求受理管理办法", 12, ["49/request-procedure"], [
        ("适用范围", ["项目部、分公司提出的账号开通、项目立项建档、劳务人员批量导入、闸机接入、数据调取、权限调整等服务请求。"]),
        ("提报与审批", ["请求人在平台提交服务请求单，涉及财务数据和权限的须经项目经理或分公司分管领导审批。"]),
        ("办理时限", ["一般请求1个工作日内办结，项目开工建档类请求4小时内办结。"]),
        ("回访与统计", ["服务台办结后电话回访，服务请求台账每月汇总上报。"]),
    ]),
    "problem": ("信息系统疑难问题闭环管理办法", 13, ["20/procedure", "37/procedure"], [
        ("目的", ["对反复发生、原因不明的故障查根溯源，像质量通病治理一样“找病根、治通病”，防止同类故障重复发生。"]),
        ("问题立项", ["一个月内同类故障重复三次、较大及以上故障、隐患排查发现的共性问题，由运维组长立项登记问题台账。"]),
        ("原因分析与整改", ["责任工程师10个工作日内完成原因分析，提出临时措施和根治方案，根治方案涉及变更的按变更管理办法执行。"]),
        ("销项", ["整改后观察一个月不复发，经部门负责人审核销项，经验写入运维经验库。"]),
    ]),
    "change": ("信息系统变更（升级）管理办法", 14, ["54/procedure"], [
        ("变更范围", ["对生产系统的版本升级、配置调整、设备更换、网络割接、数据修复均属变更。"]),
        ("变更申请", ["实施人填写变更申请单，写明变更内容、影响的项目部、风险评估、实施步骤、回退方案和验证方法。"]),
        ("审批", ["一般变更由运维组长审批；影响财务共享月结、劳务工资发放或多个项目部的重大变更提交周例会评审，部门负责人批准。"]),
        ("实施与验收", ["变更在审批的窗口（原则上周五20:00后）实施，完成后功能验证，失败即回退；项目部确认后关闭。"]),
        ("记录", ["变更申请单、实施记录和验证结果归档，登记变更台账。"]),
    ]),
    "knowledge": ("运维经验库管理办法", 15, ["21/procedure"], [
        ("来源", ["故障处置、疑难问题整改、变更实施和项目部常见问题解答。"]),
        ("编写与审核", ["处置人在工单关闭后3个工作日内提交经验条目，组长审核后在经验库发布。"]),
        ("维护与使用", ["每半年清理一次过期条目；新入职人员以经验库为岗前交底资料。"]),
    ]),
    "slm": ("信息化服务质量（服务水平）管理办法", 16, ["39/slm-procedure"], [
        ("服务水平约定", ["与服务对象签订运维服务协议，约定服务范围、服务时间、运维方式、响应和恢复时限、报告方式。"]),
        ("执行与检查", ["每月统计服务水平达成情况，在运维月报和周例会通报，未达成项制定纠偏措施。"]),
        ("协议评审", ["运维服务协议每年评审一次，工程局业务或系统发生较大变化时及时修订。"]),
    ]),
    "secinc": ("网络安全事件处置与报告管理办法", 17,
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("事件分类分级", ["分有害程序事件、网络攻击事件、信息破坏事件、设备设施故障、灾害性事件五类；按影响分特别重大、重大、较大、一般四级。"]),
        ("报告流程", ["发现人立即报网络安全组值班人员；值班人员15分钟内报部门负责人，较大及以上事件1小时内报集团网络安全和信息化领导小组办公室，按规定向属地公安机关报告。"]),
        ("处置流程", ["研判定级、隔离遏制、清除根源、恢复系统、验证上线，过程记入网络安全事件处置记录表。"]),
        ("应急响应", ["较大及以上事件启动《网络安全事件专项应急预案》，领导小组统一指挥，分公司和项目部配合。"]),
        ("事后处理", ["事件结束后5个工作日内形成处置报告，分析原因、追究责任，整改措施纳入隐患排查治理台账。"]),
    ]),
    "audit": ("信息化管理体系内部审核办法", 18, ["61/audit-system", "62/audit-mechanism"], [
        ("审核安排", ["每年至少组织一次内部审核，覆盖部门各小组和对工程局的运维服务，内审员不审本组工作。"]),
        ("审核实施", ["编制审核计划，召开首末次会议，现场检查资料和系统，开具不符合项报告，跟踪整改验证。"]),
        ("结果运用", ["内审报告作为管理评审输入，不符合项纳入年度考核。"]),
    ]),
    "monitor": ("信息化服务检查考核办法", 19, ["61/monitoring-process", "62/monitoring-process"], [
        ("考核指标", ["系统可用率、故障按时恢复率、服务请求及时办结率、巡检完成率、项目部满意度。"]),
        ("检查方式", ["日常检查、月度统计、季度考核，比照施工现场质量安全检查打分。"]),
        ("结果处理", ["未达标指标由责任小组制定纠正措施，考核结果与绩效挂钩。"]),
    ]),
    "improve": ("信息化工作持续改进管理办法", 20, ["65/procedure"], [
        ("改进来源", ["故障分析、内审、管理评审、项目部意见、考核未达标、隐患排查和合理化建议。"]),
        ("登记与批准", ["改进建议登记到改进事项台账，组长初评后报部门负责人批准立项。"]),
        ("评估与测量", ["按效益、紧迫性、投入评估打分排序，立项时设定可测量的目标，完成后测量效果。"]),
        ("报告", ["改进进展每月在周例会上通报，年度汇总报告管理评审。"]),
    ]),
    "training": ("网络安全培训服务实施办法", 21, ["31/training-process"], [
        ("需求与计划", ["每年初收集工程局、分公司和项目部信息员的培训需求，编制年度培训计划。"]),
        ("实施", ["集中培训、视频培训和项目部现场交底相结合，培训签到、课件和考试试卷归档。"]),
        ("评估", ["培训后开展效果评估，结果用于下一年度计划。"]),
    ]),
    "pentest": ("渗透测试服务工作规程", 22, ["31/pentest-process"], [
        ("授权", ["测试前取得系统主管单位书面授权，明确测试范围、时间和禁止事项。"]),
        ("实施", ["信息收集、漏洞探测、漏洞验证，禁止拒绝服务类测试，测试过程全程录屏记录。"]),
        ("报告与复测", ["出具渗透测试报告，责任单位整改后复测闭环。"]),
    ]),
}

# formal rules of the working vocabulary that prove none of the form's items
AD_OTHER = {
    "pc": ("集团员工计算机及移动终端使用管理规定", [("使用要求", ["办公计算机须安装集团统一终端管理软件。"]), ("禁止事项", ["严禁私自拆卸硬盘、安装盗版软件。"])]),
    "site": ("项目部信息化设备配置标准", [("配置标准", ["每个项目部配置视频监控硬盘录像机1台、劳务实名制闸机不少于2通道。"]),
                                     ("验收", ["项目部开工后15日内完成信息化设备进场验收。"])]),
    "web": ("集团门户网站及新媒体信息发布管理办法", [("审核", ["稿件实行三审三校。"]), ("发布", ["涉及项目中标信息的须经经营部确认。"])]),
}


def rule_doc(co, d, key, n):
    """One 办法 issued alone: the 集团发文 and the 办法 as its attachment."""
    title, num, items, sections = AD_RULES[key]
    b = fawen_head(co, d, n) + [("p", "关于印发《%s》的通知" % title),
                                ("p", "各分公司、各工程局、集团各部门：现将《%s》印发给你们，请认真贯彻执行。" % title), ("p", "附件：")]
    b += [("title", title), ("p", "制度编号：%s-XXH-%02d　版本：%s" % (co.short, num, "2.0" if d.year > 2024 else "1.0"))]
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "第%s章　%s" % ("一二三四五六七"[i - 1], head)))
        b += [("p", "第%d条　%s" % (i, p)) for p in paras]
    b.append(("p", "本办法由%s负责解释，自印发之日起施行。" % dept(co)))
    return Doc("rule:" + key, title, d, items, False, b)


def other_doc(co, d, key):
    title, sections = AD_OTHER[key]
    b = [("title", title)]
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "第%s章　%s" % ("一二三"[i - 1], head)))
        b += [("p", p) for p in paras]
    return Doc("other_rule", title, d, [], False, b)


def huibian(co, d, keys, pdca):
    """信息化管理制度汇编: a 总则 (the PDCA model, optional) and several 办法 as its 篇."""
    t = "信息化管理制度汇编（%d版）" % d.year
    b = [("title", t), ("p", "%s　编印　%s" % (dept(co), cnd(d))), ("p", "编制说明：本汇编收录集团现行信息化管理制度，原分散印发的文件以本汇编为准。")]
    items, n = [], 0
    if pdca:
        n += 1
        b += [("h1", "第%d篇　信息化运维管理总则" % n),
              ("p", "信息化运维工作参照工程项目“计划—实施—检查—处置”的质量管理循环（PDCA）运行：年度工作计划、服务目录和运维服务协议为计划（P）；"
                    "按制度、作业指导书和变更、故障处置流程实施（D）；以周例会、月报、季度考核、内部审核和管理评审检查（C）；"
                    "以改进事项台账和隐患排查整改持续处置提升（A）。")]
        items.append("10/pdca")
    for k in keys:
        title, num, its, sections = AD_RULES[k]
        n += 1
        b.append(("h1", "第%d篇　%s（%s-XXH-%02d）" % (n, title, co.short, num)))
        for i, (head, paras) in enumerate(sections, 1):
            b.append(("h2", "%d.%d　%s" % (n, i, head)))
            b += [("p", p) for p in paras]
        items += its
    return Doc("huibian", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 作业指导书 (like 施工工法)

ZYZDS = {
    "cam": ("智慧工地视频监控接入", ["核对项目部提交的接入申请和点位图。", "配置硬盘录像机国标编码，在平台添加设备。",
                                 "检查画面、录像保存天数（不少于30天）。", "交底项目部信息员日常查看方法。"]),
    "gate": ("劳务实名制闸机联调", ["确认闸机型号和通信方式。", "在劳务实名制系统登记设备序列号并绑定项目。",
                                "抽取5名工人人脸测试考勤数据上传。", "异常时恢复原配置并记录。"]),
    "fw": ("防火墙访问策略调整", ["核对已审批的变更申请单。", "导出现有策略备份。", "按申请逐条添加策略，禁止全通策略。",
                              "验证业务访问；失败导入备份策略回退。"]),
    "bak": ("财务共享数据库备份与恢复验证", ["检查每日全备和归档日志备份任务状态。", "每月抽取一个备份集在测试库恢复。",
                                       "核对恢复后凭证数与生产一致。"]),
    "av": ("终端防病毒巡查与查杀", ["每日查看防病毒控制台终端在线率和病毒库版本。", "每周下发全盘查杀任务。",
                                "发现感染终端立即断网隔离并按事件流程上报。"]),
}


def zyzds(co, d, key, n):
    name, steps = ZYZDS[key]
    t = "%s作业指导书" % name
    b = [("title", t), ("p", "编号：%s-ZY-%02d　编制：%s　审核：%s　批准：%s" % (co.short, n, co.p(2), co.p(1), co.boss)),
         ("h1", "一、适用范围"), ("p", "适用于集团及%s所属项目部的相关设备和系统。" % co.customer),
         ("h1", "二、作业准备"), ("p", "作业前完成技术交底，准备工具和备份介质，确认作业窗口。"), ("h1", "三、作业流程")]
    b += [("p", "%d. %s" % (i, s)) for i, s in enumerate(steps, 1)]
    b += [("h1", "四、质量与安全要求"), ("p", "严禁未经审批作业；作业完成后自检、互检，填写作业记录。")]
    return Doc("zyzds", t, d, ["11/manuals", "24/work-instructions"], False, b)


def zyzds_book(co, d, keys):
    t = "信息化运维作业指导书汇编"
    b = [("title", t), ("p", "%s　%s" % (dept(co), cnd(d))), ("p", "说明：本汇编参照施工工法编写，每篇为一项运维作业的标准流程。")]
    for i, k in enumerate(keys, 1):
        name, steps = ZYZDS[k]
        b.append(("h1", "第%d篇　%s" % (i, name)))
        b += [("p", "%d.%d　%s" % (i, j, s)) for j, s in enumerate(steps, 1)]
    return Doc("zyzds_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ 工程局 (the customer)

def diaoyan(co, d, hours, sec):
    parts = [("一、调研对象", "%s及其所属%d个项目部，主要系统：%s。调研方式：座谈、问卷、项目部现场走访。" % (co.customer, 30 + d.day % 9, "、".join(co.systems)), [])]
    if hours:
        parts.append(("二、服务时间需求", ["工程局机关工作日8:00-18:00需要现场支持；项目部施工期间（含夜间浇筑、节假日赶工）需要7×24小时电话和远程支持。",
                                       "财务共享月末结账（每月25日至次月3日）和劳务工资发放日需要驻场保障。"], ["1/survey"]))
    if sec:
        parts.append(("三、网络安全服务需求", ["需求类型：安全设备运维、日常巡检、漏洞扫描与通告、日志审计、应急响应、项目部网络接入安全检查。",
                                         "工程局要求劳务人员身份证信息等个人信息按等级保护要求防护。"], ["5/survey"]))
    parts.append(("四、结论", "建议签订年度运维服务协议，明确服务时间、运维方式和响应时限。", []))
    return nar("diaoyan", "%s信息化运维服务需求调研报告" % co.customer, d, False, parts)


def jingfei(co, d):
    head = ["序号", "工作内容", "工作量（人天）", "人员配置", "经费（万元）", "节点"]
    rows = [[1, "驻场运维（工程局机关）", 250, "驻场工程师1人", 18.0, "%d年1月进场" % (d.year + 1)],
            [2, "项目部远程支持与巡检", 160, "运维工程师2人（兼）", 12.5, "按季度巡检"],
            [3, "安全设备运维与日志审计", 90, "安全工程师1人", 9.6, "每月"],
            [4, "渗透测试及应急演练", 20, "外协厂商", 6.0, "%d年6月" % (d.year + 1)],
            ["", "合计", 520, "", 46.1, ""]]
    return book("jingfei", "%s信息化运维服务经费测算表" % co.customer, d, False, [("经费测算", head, rows, ["2/budget"])])


def duijie(co, d):
    parts = [("会议情况", "时间：%s；地点：%s机关三楼会议室；参加：%s（工程局）、%s、%s（集团信息化管理部）。" % (cnd(d), co.customer, co.cp(0), co.p(0), co.p(3)), []),
             ("议定事项", ["一、双方确认运维服务范围为工程局机关及所属项目部的%s。" % "、".join(co.systems),
                       "二、双方同意服务时间、响应时限按调研报告执行，驻场人员%d年1月进场。" % (d.year + 1),
                       "三、工程局指定%s为对接人，集团指定%s为项目经理。" % (co.cp(1), co.p(0)),
                       "以上事项双方一致同意，会后签字确认。"], ["3/communication"]),
             ("签字", "工程局：%s　　集团信息化管理部：%s" % (co.cp(0), co.p(0)), [])]
    return nar("duijie", "%s信息化运维服务对接会会议纪要" % co.customer, d, False, parts)


def lishi(co, d, on):
    parts = []
    if "list" in on:
        parts.append(("一、历史数据清单", ("table", [["数据", "来源", "期间"], ["故障台账", "运维平台", "近两年"], ["变更台账", "运维平台", "近两年"],
                                              ["服务请求台账", "服务热线", "近两年"], ["系统可用率月报", "监控平台", "近两年"]]), ["4/history-list"]))
    if "analysis" in on:
        parts.append(("二、分析", ["可用率指标：项目管理平台全年可用率99.6%，未达99.8%目标。",
                                 "违规操作：发现项目部共用账号12起、私接无线路由器5起。",
                                 "重大事件：财务共享月结期间数据库宕机1次，持续2.5小时。",
                                 "失败变更：劳务实名制系统升级失败回退2次。"], ["4/analysis"]))
    if "strategy" in on:
        parts.append(("三、运维保障策略及实施方案", ["月结期间冻结变更，数据库增加备机；项目部账号实名化；升级先在样板项目部试点再全面推广（样板引路）。"], ["4/strategy"]))
    return nar("lishi", "%s信息系统历史运维数据分析及保障策略" % co.customer, d, False, parts)


def xieyi(co, d, ways, core, check):
    parts = [("一、服务范围", "%s机关及所属项目部的%s。" % (co.customer, "、".join(co.systems)), ["39/sla"])]
    if ways:
        parts.append(("二、运维方式", ["驻场值守：工作日派1名工程师驻工程局机关；远程值守：7×24小时服务热线和远程支持；定期巡检：每季度对项目部网络和安全设备现场巡检一次。"], ["35/sla"]))
    if core:
        parts.append(("三、服务指标", ("table", [["指标", "承诺值"], ["核心系统（财务共享、项目管理平台）月可用率", "≥99.8%"], ["重大故障响应", "15分钟"],
                                             ["重大故障恢复", "4小时"], ["服务请求办结", "1个工作日"]]), ["36/sla"]))
    if check:
        parts.append(("四、健康检查", ["检查方式：项目部以远程检查为主，工程局机关机房现场检查；检查频次：每季度一次；检查内容：安全设备、服务器、业务系统运行状态，出具检查报告。"],
                      ["15/agreement"]))
    parts.append(("五、签署", "甲方：%s　　乙方：%s　　签订日期：%s" % (co.customer, co.name, cnd(d)), []))
    return nar("xieyi", "信息化运维服务协议", d, False, parts)


def xunjian(co, d, proj):
    q = (d.month - 1) // 3 + 1
    parts = [("检查信息", "检查对象：%s及%s；检查方式：%s；检查时间：%s。" % (co.customer, proj, "远程检查" if d.day % 2 else "现场检查", cnd(d)), []),
             ("检查结果", ("table", [["对象", "检查内容", "结果"], ["防火墙", "CPU、内存、会话数、策略有效性", "正常"], ["%s服务器" % co.sys(0), "磁盘、备份、补丁", "磁盘使用率86%，已提醒扩容"],
                                    [co.sys(2), "服务可用性、响应时间", "正常"], ["项目部网络", "出口带宽、视频上传", "正常"]]), ["15/records", "46/records", "44/inspection"]),
             ("结论", "设备和系统整体可用，发现问题1项，已登记整改。", [])]
    return nar("xunjian", "%s季度健康检查报告（%d年第%d季度）" % (co.customer, d.year, q), d, True, parts)


def manyidu(co, d, yr, half):
    parts = [("调查情况", "向工程局机关部门和%d个项目部发放问卷%d份，收回%d份。" % (8 + d.day % 5, 40 + d.day, 36 + d.day), []),
             ("结果与分析", ["综合满意度%.1f分；响应及时性、驻场服务态度评价较高，项目部偏远地区远程支持评价偏低。" % (88 + (d.month % 5) * 0.8),
                          "主要意见：劳务实名制闸机故障恢复慢；希望增加项目部信息员培训。"], ["41/surveys", "58/survey", "63/survey"])]
    return nar("manyidu", "%d年%s信息化服务满意度调查报告" % (yr, half), d, True, parts)


def qushi(co, d):
    rows = [["期间", "综合满意度"], ["2024年下半年", "86.2"], ["2025年上半年", "87.5"], ["2025年下半年", "89.1"], ["%d年上半年" % d.year, "90.3"]]
    parts = [("满意度变化", ("table", rows), []), ("趋势分析", "连续四期上升，项目部远程支持得分仍低于平均，下期重点改进。", ["41/trend"])]
    return nar("qushi", "信息化服务满意度趋势分析（%d年）" % d.year, d, True, parts)


def huifang(co, d, proj):
    head = ["回访日期", "回访单位", "联系人", "方式", "意见", "回访人"]
    rows = [[(d - timedelta(days=30 * i)).isoformat(), p, co.cp(i), "电话", "满意" if i else "闸机维修较慢", co.p(4)] for i, p in enumerate(proj)]
    return book("huifang", "项目部回访台账", d, True, [("回访", head, rows, ["63/follow-up-visits"])])


def xuqiu(co, d):
    parts = [("项目背景", "%s拟新建%s移动端，供项目部现场使用。" % (co.customer, co.sys(2)), []),
             ("需求分析记录", ["功能：现场考勤、工资确认、安全教育记录。", "性能：高峰200并发，页面响应≤3秒。",
                          "安全：劳务人员身份证号加密存储，按等保二级建设。", "与工程局%s确认需求，签字附后。" % co.cp(2)], ["11/requirements"])]
    return nar("xuqiu", "%s移动端需求分析记录" % co.sys(2), d, True, parts)


# ------------------------------------------------------------------ 组织 / 人员 / 服务台 / 目录

def zuzhi(co, d, roles):
    parts = [("一、组织架构", ["集团网络安全和信息化领导小组：组长%s（集团总经理），副组长%s，成员为各工程局分管领导；领导小组办公室设在信息化管理部。" % (co.boss, co.p(1)),
                          "信息化管理部下设平台组、运维组、网络安全组；各分公司设信息专员，各项目部设兼职信息员。"], ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("二、运维角色及职责", ("table", [["角色", "对应组织", "人员"], ["安全负责人", "领导小组办公室", co.p(1)], ["运维组长", "运维组", co.p(0)],
                                                 ["安全工程师", "网络安全组", co.p(3)], ["服务台", "运维组", co.p(4)], ["项目部信息员", "各项目部", "兼职"]]),
                      ["18/roles", "23/roles"]))
    return nar("zuzhi", "集团网络安全和信息化组织机构及职责", d, False, parts)


def renyuan(co, d, outs):
    head = ["序号", "姓名", "组别", "岗位", "单位", "联系电话"]
    rows = [[i + 1, co.p(i), ["运维组", "平台组", "运维组", "网络安全组", "运维组", "网络安全组"][i], ["组长", "工程师", "工程师", "安全工程师", "服务台", "安全工程师"][i],
             "集团信息化管理部", "1390000%04d" % (i * 37)] for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[7 + i, co.vp(i), "网络安全组", "外协驻场工程师", co.vendor, "1370000%04d" % (i * 11)] for i in range(2)]
        its.append("9/outsourcing")
    return book("renyuan", "信息化管理部人员台账", d, False, [("人员", head, rows, its)])


def jiekou(co, d, n):
    parts = [("通知", ["为做好与%s的网络安全工作对接，明确%s（网络安全组）为集团网络安全管理接口人，负责安全事件通报、漏洞通告传达和安全检查对接；%s为B角。" % (co.customer, co.p(3), co.p(5))],
              ["28/interface-person"])]
    return nar("jiekou", "关于明确网络安全工作联络人的通知", d, False, parts, fawen_head(co, d, n))


def fuwutai(co, d, n):
    parts = [("通知", ["即日起设立集团信息化服务台（服务热线400-0000-%03d），统一受理各项目部、分公司的故障报修和服务请求，服务时间7×24小时，由运维组%s负责。" % (n, co.p(4))],
              ["48/service-desk"])]
    return nar("fuwutai", "关于设立集团信息化服务台的通知", d, False, parts, fawen_head(co, d, n))


def fuwutai_peixun(co, d):
    rows = [["服务台人员岗前培训签到表"], ["培训内容", "故障受理登记、派单规则、项目部常见问题、回访话术"], ["时间", cnd(d)], ["讲师", co.p(0)], ["姓名", "签到", "考核"]]
    rows += [[co.p(4 + i), co.p(4 + i), "合格"] for i in range(3)]
    return Doc("fwt_px", "服务台人员岗前培训签到表", d, ["48/training"], True, sheets=[("签到", rows)])


def mulu(co, d, l1, l2):
    rows = [["初始服务", "新项目部开工信息化建档、资产登记、账号开通"], ["安全设备运维", "防火墙、上网行为管理、堡垒机日常维护"],
            ["日常巡检", "机房及项目部网络、视频设备巡检"], ["健康检查", "季度安全设备和业务系统健康检查"], ["安全事件审计", "日志审计和安全事件核查"]]
    its = ["12/catalog", "29/catalog"]
    if l2:
        rows += [["运维监控与分析", "监控平台告警分析、月度运维分析"], ["终端安全监控", "终端防病毒、准入监控"], ["等级保护合规性运维", "等保测评配合与整改"]]
        its.append("19/catalog")
    if l1:
        rows += [["安全通告及漏洞分析", "漏洞通告、病毒通告、政策法规通告"], ["应急响应", "安全事件应急处置和演练"]]
        its.append("26/catalog")
    return book("mulu", "信息化运维服务目录（%d年）" % d.year, d, False, [("服务目录", ["服务项", "服务内容"], rows, its)])


def xietong(co, d, sld):
    parts = [("一、内部协同约定（部门内各组之间）", ["服务台接报后5分钟派单；运维组30分钟到位（远程）；网络安全组对安全类故障1小时内给出研判结论。"], ["8/ola"])]
    if sld:
        parts.append(("二、外协厂商服务级别设计", ["%s驻场工程师：响应15分钟、到场2小时，与内部协同约定的时限逐级衔接，保持一致。" % co.vendor], ["8/sld"]))
    return nar("xietong", "部门内部协同约定及外协服务级别设计", d, False, parts)


# ------------------------------------------------------------------ 运维组: 可用性, 月报, 台账

def zhibiao(co, d):
    head = ["系统", "指标", "目标值", "类别"]
    rows = [[co.sys(0), "月可用率", "99.8%", "单系统指标"], [co.sys(1), "月可用率", "99.5%", "单系统指标"], [co.sys(2), "月可用率", "99.5%", "单系统指标"],
            ["项目部网络", "在线率", "98%", "单系统指标"], ["全部系统", "综合可用率", "99.6%", "整体指标"]]
    return book("zhibiao", "信息系统可用性指标清单", d, False, [("指标", head, rows, ["6/availability-kpis"])])


def keyong_jihua(co, d):
    parts = [("目标", "核心系统月可用率≥99.8%。", ["22/plan", "18/availability-plan"]),
             ("措施", ["财务共享数据库双机热备；月结期间封网；项目部网络双链路（专线+4G）。", "监控平台对可用性事件自动告警，运维组每月统计。"], [])]
    return nar("keyong_jihua", "%d年信息系统可用性保障计划" % d.year, d, False, parts)


def yuebao(co, d, trend, data):
    m = d.month - 1 or 12
    parts = [("一、可用性执行情况", ("table", [["系统", "可用率", "目标"], [co.sys(0), "99.91%", "99.8%"], [co.sys(1), "99.72%", "99.5%"], [co.sys(2), "99.88%", "99.5%"]]),
              ["22/report", "18/availability-report"]),
             ("二、可用性事件", "本月可用性事件2起：%s因存储告警中断40分钟；项目部专线中断3次。" % co.sys(1), ["22/events", "18/availability-events"])]
    if trend:
        parts.append(("三、运维监控数据趋势", ("table", [["月份", "告警数", "故障数", "服务请求", "平均恢复时长"], ["%d月" % max(m - 2, 1), 412, 19, 306, "1.9h"],
                                                 ["%d月" % max(m - 1, 1), 388, 15, 331, "1.6h"], ["%d月" % m, 350, 12, 352, "1.4h"]]), ["50/monitoring-report"]))
    if data:
        parts.append(("四、运维数据", ("table", [["指标", "本月"], ["异常报告及时率", "97%"], ["异常漏报率", "1.5%"], ["维护作业计划完成率", "100%"], ["故障隐患发现率", "92%"],
                                           ["异常主动发现率", "81%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "96%"],
                                           ["安全补丁安装及时率", "93%"], ["安全事件次数", "2"]]), ["56/data"]))
    return nar("yuebao", "信息化运维月报（%d年%d月）" % (d.year if d.month > 1 else d.year - 1, m), d, True, parts)


def guzhang_taizhang(co, d, resp, proj):
    head = ["登记时间", "类别", "报修单位", "系统/设备", "内容", "处理人"] + (["响应时长", "恢复时长"] if resp else []) + ["状态"]
    rows = []
    for i in range(8):
        x = d - timedelta(days=3 * i)
        row = [x.isoformat() + " 09:%02d" % (10 + i), ["故障", "服务请求", "可用性事件", "故障"][i % 4], proj[i % 3], co.sys(i), ["无法登录", "新增项目部账号", "服务中断35分钟", "闸机不上传考勤"][i % 4], co.p(i)]
        if resp:
            row += ["%d分钟" % (5 + i * 2), "%.1f小时" % (0.5 + i * 0.3)]
        rows.append(row + ["已销号"])
    its = ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if resp else [])
    return book("guzhang", "故障及服务请求登记台账（%d年%d月）" % (d.year, d.month), d, True, [("登记台账", head, rows, its)])


def guzhang_fenxi(co, d, full):
    parts = [("故障经过", "%s，%s数据库主节点宕机，影响全部项目部报销和付款审批2小时10分钟。" % (cnd(d), co.sys(1)), ["22/events", "18/availability-events", "43/process-records"])]
    if full:
        parts.append(("原因分析及整改", ["直接原因：归档日志满；间接原因：月结期间未执行容量巡检，变更冻结期仍有临时变更（失败后回退）。",
                                     "整改：增加容量告警、月结前专项检查、临时变更须部门负责人批准。"], ["70/defect-analysis"]))
    return nar("guzhang_fenxi", "%s较大故障分析报告" % co.sys(1), d, True, parts)


def zidonghua(co, d, auto):
    parts = [("以往服务方案及对生产的影响", "统计近一年故障和请求1860条，其中账号类请求占38%，占用运维人力多，影响项目部开工建档时效。", ["7/impact-analysis"])]
    if auto:
        parts.append(("可自动化的服务", ["项目部账号开通、劳务人员批量导入、每日巡检报告、病毒库核查可自动化，计划下半年上线。"], ["7/automation"]))
    return nar("zidonghua", "运维服务数据复盘及自动化建议", d, True, parts)


def yuce(co, d, proj_n):
    parts = [("数据汇总", "汇总近12个月日志告警、变更、故障、服务请求和问题台账数据。", []),
             ("服务预测", ["预计明年新开工项目部%d个，账号和闸机接入请求增长约30%%；智慧工地视频点位增长将使带宽需求翻倍。" % proj_n,
                        "建议增加1名运维工程师并推进请求自动化。"], ["71/forecast"])]
    return nar("yuce", "%d年信息化运维服务需求预测" % (d.year + 1), d, True, parts)


def biangeng_taizhang(co, d):
    head = ["变更单号", "申请日期", "变更内容", "影响范围", "审批人", "实施结果"]
    rows = [["BG-%d-%03d" % (d.year, 40 + i), (d - timedelta(days=6 * i)).isoformat(), c, s, co.p(1), r] for i, (c, s, r) in enumerate([
        ("%s版本升级" % co.sys(2), "全部项目部", "成功"), ("防火墙策略调整", "机关", "成功"), ("%s补丁" % co.sys(0), "全部项目部", "失败已回退"), ("存储扩容", "财务共享", "成功")])]
    return book("biangeng", "信息系统变更台账（%d年）" % d.year, d, True, [("变更台账", head, rows, ["54/records", "43/process-records"])])


def gaizao(co, d):
    parts = [("改造内容", "%s由单机部署改为双机集群。" % co.sys(0), []),
             ("测试计划", ["在测试环境完成功能、性能（200并发）和安全测试；在样板项目部试运行一周。"], ["25/test-plan"]),
             ("回退措施", ["保留原服务器和数据库快照，割接失败2小时内回退到原系统。"], ["25/rollback", "11/rollback"])]
    return nar("gaizao", "%s升级改造实施方案" % co.sys(0), d, False, parts)


def jianrong(co, d):
    parts = [("验证范围", "新版%s对旧系统、老旧项目部终端的兼容性。" % co.sys(2), []),
             ("验证结果", ["网络兼容：项目部4G链路下可正常使用；系统兼容：Windows 7终端需升级浏览器；应用兼容：与财务共享接口对账一致。"], ["11/compatibility"])]
    return nar("jianrong", "%s兼容性验证报告" % co.sys(2), d, True, parts)


def jixian(co, d):
    rows = [["服务器", "口令复杂度", "≥8位含三类字符"], ["服务器", "远程登录", "禁止root直接登录"], ["防火墙", "管理口", "仅限运维网段"], ["数据库", "审计", "开启"]]
    return book("jixian", "安全配置基线（%d版）" % d.year, d, False, [("基线", ["对象", "检查项", "要求"], rows, ["25/baseline"])])


def zichan(co, d, rel, proj):
    head = ["资产编号", "名称", "型号", "分类", "等级", "功能", "存放位置", "端口/接入", "部署情况", "责任人"]
    rows = [["XXH-%04d" % (100 + i), n, m, k, g, f, loc, port, "在用", co.p(i)] for i, (n, m, k, g, f, loc, port) in enumerate([
        ("核心防火墙", "USG6650", "安全设备", "重要", "边界防护", "集团机房A02", "GE1/0/1-上联"), ("堡垒机", "OSM-500", "安全设备", "重要", "运维审计", "集团机房A03", "GE0/2"),
        ("%s应用服务器" % co.sys(0), "R740", "服务器", "核心", "应用", "集团机房B01", "vlan20"), ("%s数据库" % co.sys(1), "R940", "服务器", "核心", "数据库", "集团机房B02", "vlan30"),
        ("项目部出口路由器", "AR161", "网络设备", "一般", "项目部接入", proj[0], "专线"), ("硬盘录像机", "DS-8616", "智慧工地设备", "一般", "视频", proj[1], "4G")])]
    sheets = [("资产台账", head, rows, ["13/asset-list", "43/asset-list"])]
    cfg = [[r[0], r[1], "V%d.%d" % (5 + i, i), "保密性：仅运维组可查；完整性：变更留痕；可用性：双备份"] for i, r in enumerate(rows)]
    sheets.append(("配置项", ["配置项编号", "名称", "软件版本", "CIA控制"], cfg, ["27/cmdb"]))
    if rel:
        sheets.append(("关联关系", ["配置项", "关联配置项", "关系"], [[rows[2][0], rows[3][0], "应用依赖数据库"], [rows[0][0], rows[2][0], "防护"],
                                                                [rows[4][0], rows[0][0], "上联"]], ["38/cmdb-relations"]))
    return book("zichan", "信息化资产及配置台账", d, True, sheets)


def zichan_bg(co, d):
    rows = [[(d - timedelta(days=10 * i)).isoformat(), "XXH-%04d" % (100 + i), ["软件版本", "存放位置", "责任人"][i % 3], "BG-%d-%03d" % (d.year, 40 + i), co.p(i)] for i in range(4)]
    return book("zichan_bg", "资产配置变动登记", d, True, [("变动登记", ["日期", "资产编号", "变动项", "变更单号", "登记人"], rows, ["43/ci-updates"])])


def jingyanku(co, d):
    rows = [["JY-%03d" % (i + 1), t, co.p(i), (d - timedelta(days=20 * i)).isoformat()] for i, t in enumerate(
        ["闸机考勤数据不上传的处理", "财务共享月结慢查询优化", "项目部视频掉线排查", "平台账号锁定解锁"])]
    return book("jingyanku", "运维经验库条目清单", d, True, [("经验库", ["编号", "标题", "编写人", "发布日期"], rows, ["21/knowledge-base"])])


def zonghe_taizhang(co, d, kinds, hw):
    """运维综合台账: one workbook, one sheet per record kind; an unfilled kind keeps only its header."""
    def rows(k, n):
        return [[(d - timedelta(days=7 * i)).isoformat(), ["防火墙", "上网行为管理", "堡垒机", "防病毒服务器"][i % 4], k, "完成", co.p(i)] for i in range(n)] if k else []
    head = ["日期", "设备", "工作内容", "结果", "负责人"]
    sheets = [("日常维护", head, rows("日常维护保养" if "maint" in kinds else None, 4), ["14/maintenance", "44/maintenance"]),
              ("巡检状态检查", head, rows("状态检查、告警核查" if "insp" in kinds else None, 4), ["44/inspection", "45/monitoring"]),
              ("病毒查杀", head, rows("全网查杀、病毒库更新" if "virus" in kinds else None, 3), ["44/virus-scan", "45/antivirus"]),
              ("故障处理", head, rows("故障检测及排除" if "fault" in kinds else None, 2), ["44/faults"]),
              ("升级更新", head, rows("特征库/固件升级" if "upg" in kinds else None, 2), ["44/upgrades"])]
    hrows = [["%d年%d月" % (d.year, m), "核心防火墙", "电源模块故障", "更换", "1"] for m in (3, 8)] if hw else []
    sheets.append(("硬件故障统计", ["月份", "设备", "故障", "处理", "次数"], hrows, ["14/hardware-faults"]))
    return book("zonghe", "网络安全设备运维综合台账（%d年）" % d.year, d, True, sheets)


def caiji(co, d, which):
    sheets = []
    if "config" in which:
        sheets.append(("配置信息", ["设备", "配置项", "值"], [["核心防火墙", "策略数", "312"], ["核心交换机", "VLAN数", "48"]], ["16/config"]))
    if "traffic" in which:
        sheets.append(("流量信息", ["链路", "峰值", "均值"], [["集团出口", "820Mbps", "410Mbps"], ["项目部专线汇聚", "310Mbps", "150Mbps"]], ["16/traffic"]))
    if "status" in which:
        sheets.append(("系统状态", ["系统", "CPU", "内存", "状态"], [[co.sys(0), "35%", "61%", "正常"], [co.sys(1), "48%", "72%", "正常"]], ["16/status"]))
    if not sheets:
        sheets.append(("说明", ["项"], [], []))
    return book("caiji", "安全信息采集记录表", d, True, sheets)


# ------------------------------------------------------------------ 网络安全组

def rizhi(co, d):
    parts = [("审计范围", "网络及安全设备日志、服务器和操作系统日志、%s等网络应用日志。" % co.sys(0), []),
             ("分析结果", ["防火墙拦截境外扫描1.2万次；堡垒机发现非工作时间登录3次，已核实为月结加班；%s发现同一账号多地登录2起，已冻结。" % co.sys(2)],
              ["17/log-analysis", "45/audit-report", "47/audit"])]
    return nar("rizhi", "网络安全日志审计分析月报（%d年%d月）" % (d.year, d.month), d, True, parts)


def shijian_tongji(co, d, analysis):
    q = (d.month - 1) // 3 + 1
    parts = [("事件统计", ("table", [["类别", "数量"], ["有害程序", 4], ["网络攻击", 2], ["信息破坏", 0], ["设备设施故障", 3]]), ["18/incident-stats"])]
    if analysis:
        parts.append(("分析", "有害程序事件均来自项目部临时人员U盘，建议项目部终端禁用USB存储。", ["18/incident-analysis"]))
    return nar("shijian", "%d年第%d季度网络安全事件统计分析" % (d.year, q), d, True, parts)


def tongbao(co, d, n, full):
    parts = [("漏洞通告", "本期收集高危漏洞6个，涉及%s所用中间件，已通知平台组升级。" % co.sys(0), ["52/vulnerability", "53/bulletin"])]
    if full:
        parts += [("病毒通告", "近期勒索病毒通过钓鱼邮件传播，请项目部不要打开不明附件。", ["52/virus"]),
                  ("政策法规及行业动态", "《网络数据安全管理条例》已施行；住建系统开展数据安全检查。", ["52/policy"]),
                  ("分析建议", "综合研判，本期风险主要在项目部终端和外网应用，建议完成补丁和口令整改。", ["52/analysis"])]
    return nar("tongbao", "网络安全通报（%d年第%d期）" % (d.year, n), d, True, parts, fawen_head(co, d, 70 + n))


def shentou_jihua(co, d):
    parts = [("测试安排", ("table", [["系统", "时间", "方式"], [co.sys(0), "%d年4月" % d.year, "灰盒"], [co.sys(2), "%d年9月" % d.year, "黑盒"]]), ["31/pentest-plan", "32/pentest-plan"])]
    return nar("shentou_jihua", "%d年渗透测试计划" % d.year, d, False, parts)


def shentou_baogao(co, d):
    parts = [("测试过程", "%s对%s进行渗透测试，发现越权访问1个、弱口令2个。" % (cnd(d), co.sys(2)), ["31/pentest-records", "32/pentest-records"]),
             ("复测", "整改后复测通过。", [])]
    return nar("shentou", "%s渗透测试报告" % co.sys(2), d, True, parts)


def kaifa(co, d):
    parts = [("开发计划", ("table", [["工具", "用途", "完成时间"], ["项目部网络安全自检小程序", "项目部信息员自查", "%d年6月" % (d.year + 1)],
                                     ["闸机设备资产自动发现脚本", "资产台账自动更新", "%d年9月" % (d.year + 1)]]), ["33/dev-plan"])]
    return nar("kaifa", "%d年网络安全工具定制开发计划" % (d.year + 1), d, False, parts)


def dingji(co, d):
    parts = [("定级结果", "%s：业务信息安全保护等级第二级，系统服务安全保护等级第二级，定为第二级；%s定为第三级。" % (co.sys(2), co.sys(1)), ["51/grading"])]
    return nar("dingji", "信息系统安全保护等级定级报告", d, False, parts)


def dingji_biaozhun(co, d):
    parts = [("分级标准", ["依据GB/T 22240，按受侵害客体和侵害程度确定等级：涉及财务资金和个人信息大量泄露的系统定三级，项目级管理系统定二级。"], ["51/grading-criteria"])]
    return nar("dingji_bz", "集团信息系统安全等级划分标准", d, False, parts)


def yuan(co, d, recovery):
    parts = [("适用范围", "集团及所属工程局、项目部网络安全事件的应急处置。", []),
             ("组织机构", "应急领导小组、应急办公室（信息化管理部）、处置组。", []),
             ("响应与处置", ["按事件级别启动Ⅰ至Ⅳ级响应；重大事件30分钟内处置组到位。"], ["36/emergency-plan", "53/emergency-plan", "55/plan"])]
    if recovery:
        parts.append(("恢复策略", ["财务共享、项目管理平台按RTO 4小时、RPO 15分钟恢复，优先恢复付款审批和劳务工资模块。"], ["36/recovery-plan"]))
    return nar("yuan", "网络安全事件专项应急预案", d, False, parts, [("p", "%s-XXH-YA-01" % co.short)])


def huifu(co, d):
    parts = [("恢复计划", ["数据库以备份集和归档日志恢复到备机；应用切换到同城机房；恢复后由样板项目部验证。"], ["36/recovery-plan"])]
    return nar("huifu", "信息系统灾难恢复计划", d, False, parts)


def bcp(co, d):
    parts = [("业务影响分析", "财务共享和劳务工资发放中断超过1天将影响项目部资金支付和农民工工资按时发放。", []),
             ("连续性策略", ["同城灾备、月结期间专人值守、项目部离线考勤缓存。"], ["42/bcp"]),
             ("审批", "经集团网络安全和信息化领导小组审议通过，%s批准发布。" % co.boss, [])]
    return nar("bcp", "集团信息系统业务连续性计划", d, False, parts)


def yanlian(co, d, kind):
    if kind == "dr":
        t, its, body = "%s灾备恢复演练记录" % co.sys(1), ["40/recovery-drill"], "模拟主机房断电，切换同城灾备，用时2小时05分，恢复后凭证核对一致。"
    else:
        t, its, body = "网络安全应急演练记录", ["40/emergency-drill", "53/drill"], "模拟项目部终端感染勒索病毒，隔离、溯源、恢复用时55分钟，达到预案要求。"
    parts = [("演练情况", "时间：%s；参演：信息化管理部、%s。" % (cnd(d), co.customer), []), ("过程与结果", body, its), ("评估", "演练达到预期，发现通讯录未更新1项，已整改。", [])]
    return nar("yanlian", t, d, True, parts)


# ------------------------------------------------------------------ 考核 / 改进 / 审核 / 评审

def zhibiao_shuju(co, d):
    rows = [[n, v, "%d年%d月" % (d.year, d.month)] for n, v in [("异常报告及时率", "96%"), ("异常漏报率", "2%"), ("维护作业计划及时完成率", "100%"), ("故障隐患发现率", "90%"),
                                                          ("异常主动发现率", "78%"), ("问题解决率", "94%"), ("漏洞扫描覆盖率", "100%"), ("加固设备覆盖率", "95%"),
                                                          ("安全补丁安装及时率", "91%"), ("安全事件次数", "3")]]
    return book("zb_sj", "运维数据收集记录", d, True, [("数据", ["指标", "数值", "期间"], rows, ["56/data"])])


def kaohe(co, d, capa):
    q = (d.month - 1) // 3 + 1
    sheets = [("考核", ["指标", "目标", "实际", "是否达标"], [["系统可用率", "99.8%", "99.7%", "否"], ["项目部满意度", "90", "91.2", "是"], ["投诉建议", "≤3件", "2件", "是"]],
               ["57/measurement"])]
    if capa:
        sheets.append(("纠正预防措施", ["编号", "问题", "措施", "责任人", "验证"], [["JZ-%d-%02d" % (d.year, q), "可用率未达标", "数据库增加容量告警", co.p(0), "下季度已达标，措施有效"]],
                       ["57/capa", "66/effectiveness"]))
    return book("kaohe", "%d年第%d季度信息化服务考核及纠正措施" % (d.year, q), d, True, sheets)


def yinhuan(co, d):
    parts = [("排查情况", "比照施工现场隐患排查治理，组织对机房、项目部网络和终端开展隐患排查，发现隐患9项。", []),
             ("预防措施", ["项目部出口统一上网行为管理；机房UPS电池提前更换；月结前容量专项检查。"], ["66/preventive-actions"])]
    return nar("yinhuan", "%d年信息化隐患排查治理及预防措施报告" % d.year, d, True, parts)


def gaijin_jihua(co, d, criteria):
    parts = [("改进事项及目标", ("table", [["事项", "来源", "目标", "责任人"], ["项目部账号开通自动化", "运维数据复盘", "开通时间≤1小时", co.p(2)],
                                          ["偏远项目部远程支持", "满意度调查", "远程支持得分≥88", co.p(0)]]), ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("评估标准", ["从效益、紧迫性、投入三方面打分；识别、登记、审批、评估、测量、报告各环节按《信息化工作持续改进管理办法》执行。"], ["64/criteria"]))
    return nar("gaijin_jihua", "%d年信息化服务持续改进计划" % d.year, d, False, parts)


def gaijin_taizhang(co, d, scored, tracked):
    sheets = []
    if scored:
        sheets.append(("评估排序", ["事项", "效益", "紧迫性", "投入", "得分", "优先级", "批准人"], [["账号开通自动化", 5, 4, 3, 12, "高", co.boss], ["视频平台扩容", 4, 3, 2, 9, "中", co.boss]],
                       ["67/analysis", "67/prioritisation"]))
    if tracked:
        sheets.append(("实施跟踪", ["事项", "目标", "完成情况", "效果测量"], [["账号开通自动化", "≤1小时", "已上线", "平均开通时间40分钟，有效"]],
                       ["68/implementation", "68/effectiveness"]))
    if not sheets:
        sheets.append(("台账", ["事项", "状态"], [], []))
    return book("gaijin_tz", "改进事项台账", d, True, sheets)


def zhiliangyue(co, d):
    rows = [["“质量月”服务改进宣贯培训签到表"], ["主题", "持续改进服务质量：从“样板引路”到“人人改进”"], ["时间", cnd(d)], ["姓名", "签到"]]
    rows += [[co.p(i), co.p(i)] for i in range(6)]
    return Doc("zly", "质量月服务改进宣贯培训签到表", d, ["69/awareness-training"], True, sheets=[("签到", rows)])


def neishen(co, d):
    parts = [("审核概况", "%s组织内部审核，覆盖平台组、运维组、网络安全组和对%s的运维服务。" % (cnd(d), co.customer), []),
             ("审核发现", "不符合项3项：变更单缺验证记录、经验库未及时更新、巡检报告缺签字。", ["59/internal-audit"])]
    return nar("neishen", "%d年信息化管理体系内部审核报告" % d.year, d, True, parts)


def pingshen(co, d, inputs):
    """管理评审纪要: the 评审输入 as rows of one table; a row left out proves nothing."""
    rows = [["议题", "汇报部门", "情况", "评审意见"]]
    its = []
    for key, topic, who, what, item in [
            ("perf", "服务和流程执行情况", "运维组", "可用率99.72%，请求及时办结率97%，流程按制度执行", "60/performance"),
            ("fb", "工程局及项目部反馈", "运维组", "满意度91分，意见集中在闸机维修时效", "60/customer-feedback"),
            ("res", "人员资源现状及预测", "综合", "现有8人，新开工项目部增多，明年需增1人", "60/resources"),
            ("ca", "纠正措施进展", "质量考核", "内审3项不符合已整改2项", "60/corrective-actions"),
            ("chg", "可能影响服务的变化", "平台组", "财务共享二期上线、智慧工地平台更换厂商", "60/changes"),
            ("imp", "改进机会", "质量考核", "账号开通自动化、偏远项目部远程支持", "60/improvements")]:
        if key in inputs:
            rows.append([topic, who, what, "同意"])
            its.append(item)
    parts = [("会议情况", "%s，%s主持召开信息化管理评审会，部门全体及工程局代表%s参加。" % (cnd(d), co.boss, co.cp(0)), ["59/management-review"]),
             ("评审输入及意见", ("table", rows), its),
             ("评审结论", "管理体系运行有效；同意增加1名运维工程师，改进事项列入下年度计划。", [])]
    return nar("pingshen", "%d年度信息化管理评审会议纪要" % d.year, d, True, parts)


def zhouli(co, d, chg, n):
    """周例会纪要: several decisions; the 变更评审 part proves change records when written."""
    parts = [("一、上周工作", "完成%d个新开工项目部信息化建档；处理故障%d起。" % (2 + n % 3, 5 + n % 4), [])]
    if chg:
        parts.append(("二、变更评审", "评审通过BG-%d-%03d（%s版本升级），周五20:00实施，失败按方案回退；部门负责人%s批准。" % (d.year, 60 + n, co.sys(2), co.p(1)),
                      ["54/records", "43/process-records"]))
    parts += [("三、安全文明", "机房6S检查发现线缆杂乱，下周整改。", []), ("四、下周安排", "配合工程局开展安全生产月活动的网络保障。", [])]
    return nar("zhouli", "信息化管理部周例会纪要（%s）" % d.isoformat(), d, True, parts)


# ------------------------------------------------------------------ things that prove nothing

def peixun_qiandao(co, d, plan):
    rows = [["学习主题", "《%s》宣贯交底" % plan], ["时间", cnd(d)], ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(5)]
    return decoy(Doc("xc", "《%s》宣贯交底签到表" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def zhidu_mulu(co, d, cites, n):
    b = fawen_head(co, d, n) + [("title", "关于公布集团现行有效信息化管理制度目录的通知"), ("p", "经清理，现行有效制度如下：")]
    b += [("p", "%d.《%s》" % (i, c)) for i, c in enumerate(cites, 1)] + [("p", "请各单位对照执行。")]
    return decoy(Doc("mulu_tz", "关于公布集团现行有效信息化管理制度目录的通知", d, [], False, b), "notice citing procedures by 《》")


def yanlian_fangan(co, d):
    parts = [("目的", "检验《网络安全事件专项应急预案》。", []), ("安排", "拟于%s组织演练，场景为项目部终端勒索病毒。" % cnd(d + timedelta(days=25)), [])]
    return decoy(nar("yl_fa", "网络安全应急演练方案", d, False, parts), "drill plan, neither the plan nor the record")


def zhiban(co, d):
    rows = [["值班表 %d年%d月" % (d.year, d.month)], ["日期", "白班", "夜班"]] + [["%d日" % (i + 1), co.p(i), co.p(i + 2)] for i in range(10)]
    return Doc("zhiban", "值班表", d, [], True, sheets=[("值班", rows)])


UNRELATED_AD = [
    ("综合办公室/党建", "%d年党支部“三会一课”安排", ["每月召开支部委员会。", "每季度讲党课一次。"]),
    ("综合办公室/工会", "%d年职工篮球赛通知", ["各工程局组队报名。", "比赛地点：集团体育馆。"]),
    ("综合办公室/安全生产", "%d年安全生产月活动方案", ["主题：人人讲安全、个个会应急。", "各项目部开展安全文明施工观摩。"]),
    ("综合办公室/行政", "%d年集团办公用品采购计划", ["打印纸、硒鼓按季度集中采购。", "严控非必要支出。"]),
    ("综合办公室/经营", "%d年项目中标情况通报", ["新签合同额同比增长12%。", "重点跟踪城市更新项目。"]),
]


def unrelated(co, d, i):
    folder, t, paras = UNRELATED_AD[i]
    t = t % d.year
    return folder, t, decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an AD share: 信息化管理部/ (制度汇编, 集团发文/<年>, 周例会纪要/<年>, 运维组/<年>, 网络安全组/<年>,
    质量考核/<年>), 项目部支撑/<工程局>/, 综合办公室/, older copies under 档案/, decoys."""
    co.cust, co.abbr, co.proj = AD_INFO[co.info_id]
    r = co.rng
    XX = "信息化管理部/"
    ZD, FW, ZL, YW, AQ, KH = XX + "01 制度汇编/", XX + "02 集团发文/", XX + "03 周例会纪要/", XX + "04 运维组/", XX + "05 网络安全组/", XX + "06 质量考核/"
    CU = "项目部支撑/%s/" % co.cust
    optional = ["jingfei", "lishi", "zidonghua", "xietong", "renyuan", "xuqiu", "jianrong", "gaizao", "jixian", "caiji", "jingyanku",
                "shentou_jihua", "shentou", "kaifa", "huifu", "bcp", "dr_yl", "qushi", "huifang", "fwt_px", "zb_sj", "kaohe", "yinhuan",
                "gaijin_jihua", "gaijin_tz", "zly", "neishen", "pingshen", "yuce", "dingji", "dingji_bz", "jiekou", "zichan", "zichan_bg",
                "shijian", "xunjian", "rizhi", "keyong_jihua", "zhibiao", "guzhang_fenxi", "biangeng"]
    gaps = {k for k in optional if r.random() < 0.09}
    olds = set(r.sample(sorted({"zidonghua", "shentou", "qushi", "huifang", "jingyanku", "neishen", "rizhi", "dr_yl", "zly", "zb_sj",
                                "caiji", "fwt_px", "guzhang_fenxi", "zichan_bg", "shijian", "xunjian", "biangeng"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made
    seq = iter(range(5, 300, 4))

    def pdf(rel, doc, **opt):
        add(rel, doc, **dict(PDF_OPT, **opt))

    # --- 制度: the 汇编 holds some 办法 as 篇; the others issued alone by 集团发文
    keys = [k for k in AD_RULES if r.random() >= 0.07]
    in_hb = [k for k in keys if r.random() < 0.45]
    d = co.issued()
    pdf(ZD + "信息化管理制度汇编（%d版）.pdf" % d.year, huibian(co, d, in_hb, r.random() < 0.88), meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_hb:
            continue
        d = co.issued()
        n = next(seq)
        doc = rule_doc(co, d, k, n)
        ext = r.choice(["docx", "docx", "pdf"])
        name = FW + "%d年/%s〔%d〕%d号 关于印发《%s》的通知.%s" % (d.year, co.abbr, d.year, n, doc.title, ext)
        add(name, doc, meta_title=r.random() < 0.4)
    for k in AD_OTHER:
        if r.random() < 0.7:
            add(ZD + "%s.docx" % AD_OTHER[k][0], other_doc(co, co.issued(), k))

    # --- 作业指导书: an 汇编 and single ones
    mods = list(ZYZDS)
    in_bk = sorted(r.sample(mods, r.randint(2, 3)), key=mods.index)
    pdf(YW + "作业指导书/信息化运维作业指导书汇编.pdf", zyzds_book(co, co.issued(), in_bk))
    for i, k in enumerate(mods):
        if k in in_bk or r.random() < 0.35:
            continue
        add(YW + "作业指导书/%s作业指导书.docx" % ZYZDS[k][0], zyzds(co, co.issued(), k, i + 1))

    # --- 项目部支撑/<工程局>: 调研, 经费, 对接, 协议, 巡检, 满意度
    d0 = co.issued()
    hours, sec = r.random() < 0.88, r.random() < 0.85
    add(CU + "01 前期调研/%s信息化运维服务需求调研报告.docx" % co.customer, diaoyan(co, d0, hours, sec))
    if r.random() < 0.4:
        # a copy someone made before editing and never deleted: the same report
        add(CU + "01 前期调研/%s信息化运维服务需求调研报告 - 副本.docx" % co.customer, diaoyan(co, d0, hours, sec))
    slot("jingfei", lambda d: CU + "01 前期调研/运维服务经费测算表.xlsx", lambda d: jingfei(co, d), "issued")
    d = d0 + timedelta(days=12)
    add(CU + "01 前期调研/%s对接会纪要%s.docx" % (ymd(d), "(1)" if r.random() < 0.4 else ""), duijie(co, d))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("lishi", lambda d: CU + "01 前期调研/历史运维数据分析及保障策略.docx", lambda d: lishi(co, d, on), "issued")
    d = co.issued()
    pdf(CU + "02 协议/信息化运维服务协议（双方盖章）.pdf", xieyi(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.85))
    slot("xuqiu", lambda d: CU + "03 建设项目/%s移动端需求分析记录.docx" % co.sys(2), lambda d: xuqiu(co, d))
    for i in range(r.randint(1, 2)):
        slot("xunjian", lambda d: CU + "04 季度巡检/%d年/%s季度健康检查报告.%s" % (d.year, ymd(d), r.choice(["docx", "pdf"])),
             lambda d: xunjian(co, d, co.proj[i % 3]))
    for d, h in [(date(2025, 7, 2), "上半年"), (date(2026, 1, 9), "下半年"), (date(2026, 7, 6), "上半年")]:
        if r.random() < 0.82:
            yr = d.year if h == "上半年" else d.year - 1
            doc = manyidu(co, d, yr, h)
            add(CU + "05 满意度/%d年%s满意度调查报告.%s" % (yr, h, r.choice(["docx", "pdf"])), doc)
    slot("qushi", lambda d: CU + "05 满意度/满意度趋势分析（%d）.docx" % d.year, lambda d: qushi(co, d))
    slot("huifang", lambda d: CU + "05 满意度/项目部回访台账（%d年）.xlsx" % d.year, lambda d: huifang(co, d, co.proj))

    # --- 组织, 人员, 发文, 服务台, 目录, 协同
    d = co.issued()
    add(XX + "集团网络安全和信息化组织机构及职责（%d年调整）.docx" % d.year, zuzhi(co, d, "roles" not in gaps and r.random() < 0.92))
    slot("renyuan", lambda d: XX + "人员台账（%s）.xlsx" % ymd(d), lambda d: renyuan(co, d, r.random() < 0.85), "issued")
    n_jk = next(seq)
    slot("jiekou", lambda d: FW + "%d年/%s〔%d〕%d号 关于明确网络安全工作联络人的通知.docx" % (d.year, co.abbr, d.year, n_jk), lambda d: jiekou(co, d, n_jk), "issued")
    d = co.issued()
    n = next(seq)
    pdf(FW + "%d年/%s〔%d〕%d号 关于设立集团信息化服务台的通知.pdf" % (d.year, co.abbr, d.year, n), fuwutai(co, d, n))
    slot("fwt_px", lambda d: YW + "%d年/培训/%s服务台岗前培训签到.xlsx" % (d.year, ymd(d)), lambda d: fuwutai_peixun(co, d))
    d = co.issued()
    l1, l2 = r.random() < 0.85, r.random() < 0.85
    add(CU + "02 协议/信息化运维服务目录（%d年）.xlsx" % d.year, mulu(co, d, l1, l2))
    slot("xietong", lambda d: XX + "部门内部协同约定及外协服务级别设计.docx", lambda d: xietong(co, d, r.random() < 0.85), "issued")

    # --- 运维组: 可用性, 月报, 台账
    slot("zhibiao", lambda d: YW + "可用性/信息系统可用性指标清单.xlsx", lambda d: zhibiao(co, d), "issued")
    slot("keyong_jihua", lambda d: YW + "可用性/%d年信息系统可用性保障计划.docx" % d.year, lambda d: keyong_jihua(co, d))
    for m in sorted(r.sample(range(5, 12), r.choice([2, 3]))):
        d = date(2026, m, 3 + r.randint(0, 6))
        pdf(YW + "%d年/月报/信息化运维月报（%d月）.pdf" % (d.year, m - 1), yuebao(co, d, r.random() < 0.65, r.random() < 0.4))
    d = co.fresh()
    add(YW + "%d年/台账/故障及服务请求登记台账（%d月）.xlsx" % (d.year, d.month), guzhang_taizhang(co, d, r.random() < 0.75, co.proj))
    slot("guzhang_fenxi", lambda d: YW + "%d年/故障分析/%s较大故障分析报告.docx" % (d.year, co.sys(1)), lambda d: guzhang_fenxi(co, d, r.random() < 0.78))
    slot("zidonghua", lambda d: YW + "%d年/运维服务数据复盘及自动化建议.docx" % d.year, lambda d: zidonghua(co, d, r.random() < 0.8))
    slot("yuce", lambda d: YW + "%d年/%d年运维服务需求预测.docx" % (d.year, d.year + 1), lambda d: yuce(co, d, 8 + r.randint(0, 6)))
    slot("biangeng", lambda d: YW + "%d年/台账/变更台账.xlsx" % d.year, lambda d: biangeng_taizhang(co, d))
    slot("gaizao", lambda d: YW + "%d年/%s升级改造实施方案.docx" % (d.year, co.sys(0)), lambda d: gaizao(co, d), "issued")
    slot("jianrong", lambda d: YW + "%d年/%s兼容性验证报告.pdf" % (d.year, co.sys(2)), lambda d: jianrong(co, d))
    slot("jixian", lambda d: YW + "安全配置基线（%d版）.xlsx" % d.year, lambda d: jixian(co, d), "issued")
    relc = r.random() < 0.72
    slot("zichan", lambda d: YW + "%d年/台账/信息化资产及配置台账.xlsx" % d.year, lambda d: zichan(co, d, relc, co.proj))
    slot("zichan_bg", lambda d: YW + "%d年/台账/资产配置变动登记.xlsx" % d.year, lambda d: zichan_bg(co, d))
    slot("jingyanku", lambda d: YW + "经验库/运维经验库条目清单（%s）.xlsx" % ymd(d), lambda d: jingyanku(co, d))
    kinds = [k for k in ("maint", "insp", "virus", "fault", "upg") if r.random() < 0.78] or ["insp"]
    d = co.fresh()
    hw = r.random() < 0.65
    add(AQ + "%d年/网络安全设备运维综合台账.xlsx" % d.year, zonghe_taizhang(co, d, kinds, hw))
    if r.random() < 0.5:
        # the WPS habit: a second save named (1), the same workbook
        add(AQ + "%d年/网络安全设备运维综合台账(1).xlsx" % d.year, zonghe_taizhang(co, d, kinds, hw))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("caiji", lambda d: AQ + "%d年/安全信息采集记录表_%s.xlsx" % (d.year, ymd(d)), lambda d: caiji(co, d, which))

    # --- 网络安全组
    for i in range(r.randint(1, 2)):
        slot("rizhi", lambda d: AQ + "%d年/日志审计/%s日志审计分析月报.%s" % (d.year, ymd(d), r.choice(["docx", "pdf"])), lambda d: rizhi(co, d))
    slot("shijian", lambda d: AQ + "%d年/第%d季度网络安全事件统计分析.docx" % (d.year, (d.month - 1) // 3 + 1), lambda d: shijian_tongji(co, d, r.random() < 0.75))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month + i * 12
        name = AQ + "%d年/通报/网络安全通报第%d期.%s" % (d.year, n, r.choice(["pdf", "docx"]))
        if name not in co.used:
            add(name, tongbao(co, d, n, r.random() < 0.72))
    slot("shentou_jihua", lambda d: AQ + "%d年/渗透测试/%d年渗透测试计划.docx" % (d.year, d.year), lambda d: shentou_jihua(co, d))
    slot("shentou", lambda d: AQ + "%d年/渗透测试/%s渗透测试报告.pdf" % (d.year, co.sys(2)), lambda d: shentou_baogao(co, d))
    slot("kaifa", lambda d: AQ + "%d年/%d年网络安全工具定制开发计划.docx" % (d.year, d.year + 1), lambda d: kaifa(co, d))
    slot("dingji", lambda d: AQ + "等级保护/信息系统安全保护等级定级报告.pdf", lambda d: dingji(co, d), "issued")
    slot("dingji_bz", lambda d: AQ + "等级保护/集团信息系统安全等级划分标准.docx", lambda d: dingji_biaozhun(co, d), "issued")
    d = co.issued()
    pdf(AQ + "应急预案/网络安全事件专项应急预案.pdf", yuan(co, d, r.random() < 0.8))
    slot("huifu", lambda d: AQ + "应急预案/信息系统灾难恢复计划.docx", lambda d: huifu(co, d), "issued")
    slot("bcp", lambda d: XX + "集团信息系统业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    slot("dr_yl", lambda d: AQ + "%d年/演练/%s灾备恢复演练记录.docx" % (d.year, ymd(d)), lambda d: yanlian(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add(AQ + "%d年/演练/%s网络安全应急演练记录.docx" % (d.year, ymd(d)), yanlian(co, d, "em"))

    # --- 质量考核: 数据, 考核, 隐患, 改进, 质量月, 内审, 管评
    slot("zb_sj", lambda d: KH + "%d年/运维数据收集记录（%d月）.xlsx" % (d.year, d.month), lambda d: zhibiao_shuju(co, d))
    capa = r.random() < 0.8
    slot("kaohe", lambda d: KH + "%d年/第%d季度信息化服务考核及纠正措施.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: kaohe(co, d, capa))
    slot("yinhuan", lambda d: KH + "%d年/信息化隐患排查治理及预防措施报告.docx" % d.year, lambda d: yinhuan(co, d))
    slot("gaijin_jihua", lambda d: KH + "%d年/%d年信息化服务持续改进计划.docx" % (d.year, d.year), lambda d: gaijin_jihua(co, d, r.random() < 0.8))
    sc, tr = r.random() < 0.8, r.random() < 0.8
    slot("gaijin_tz", lambda d: KH + "%d年/改进事项台账.xlsx" % d.year, lambda d: gaijin_taizhang(co, d, sc, tr))
    slot("zly", lambda d: KH + "%d年/质量月服务改进宣贯培训签到表.xlsx" % d.year, lambda d: zhiliangyue(co, d))
    slot("neishen", lambda d: KH + "%d年/内部审核报告.pdf" % d.year, lambda d: neishen(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("pingshen", lambda d: KH + "%d年/%d年度管理评审会议纪要.docx" % (d.year, d.year), lambda d: pingshen(co, d, inputs))

    # --- 周例会纪要: several decisions each; a txt export from the meeting notes app now and then
    for k in sorted(r.sample(range(1, 12), 3)):
        d = date(2026, 8, 3) + timedelta(days=7 * k)
        doc = zhouli(co, d, r.random() < 0.5, k)
        if r.random() < 0.3:
            add(ZL + "%d年/%s周例会纪要.txt" % (d.year, ymd(d)), doc, encoding="gb18030")
        else:
            add(ZL + "%d年/%s周例会纪要.docx" % (d.year, ymd(d)), doc)
    d = date(2026, 11, 2)
    add(YW + "%d年/值班表（%d月）.xlsx" % (d.year, d.month), zhiban(co, d))

    # --- last year's copies moved to 档案/<year>/ at the yearly 归档: they belong, but are stale
    for name, factory, when in list(made):
        if r.random() < 0.22:
            before = when - timedelta(days=366)
            rel = "档案/%d年/%s" % (before.year, name(before).split("/")[-1])
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    XX = "信息化管理部/"
    ZD, FW, YW, AQ, KH = XX + "01 制度汇编/", XX + "02 集团发文/", XX + "04 运维组/", XX + "05 网络安全组/", XX + "06 质量考核/"
    CU = "项目部支撑/%s/" % co.cust
    add = Share(co).add

    # 空白表 / 模板
    add(YW + "表单模板/变更申请单（空白表）.xlsx", blank_sheet("变更申请单", co.fresh(), ["单号", "变更内容", "影响项目部", "风险评估", "回退方案", "审批"]))
    add(YW + "表单模板/故障登记台账（模板）.xlsx", blank_sheet("故障登记台账", co.fresh(), ["登记时间", "类别", "报修单位", "内容", "处理人", "状态"]))
    add(YW + "表单模板/季度健康检查报告模板.docx", blank_text("季度健康检查报告（模板）", co.fresh(), ["检查方式", "检查内容", "结论"]))
    add(CU + "05 满意度/满意度调查问卷（空白）.docx", blank_text("信息化服务满意度调查问卷", co.fresh(), ["响应及时性", "服务态度", "技术水平", "意见建议"]))
    add(KH + "表单模板/纠正预防措施单（空白表）.xlsx", blank_sheet("纠正预防措施单", co.fresh(), ["编号", "问题描述", "原因", "措施", "验证"]))
    # 征求意见稿 / 讨论稿
    d = co.fresh()
    add(XX + "集团信息系统业务连续性计划（征求意见稿）.docx", decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(CU + "02 协议/信息化运维服务协议（讨论稿）.docx", decoy(xieyi(co, d, True, True, True), "draft", mark="（讨论稿）"))
    d = co.fresh()
    add(KH + "%d年/%d年信息化服务持续改进计划（初稿）副本.docx" % (d.year, d.year + 1), decoy(gaijin_jihua(co, d, True), "draft", mark="（初稿）"))
    # 作废
    d = date(2022, 4, 11)
    add(ZD + "作废/信息系统疑难问题闭环管理办法（2022版）作废.docx", decoy(rule_doc(co, d, "problem", 7), "obsolete", mark="（已作废）"))
    d = date(2021, 10, 18)
    add(AQ + "应急预案/作废/网络安全事件专项应急预案（2021版）.pdf", decoy(yuan(co, d, True), "obsolete", mark="【作废】"))
    # recycle bin
    d = co.fresh()
    add(".recycle/%s/故障及服务请求登记台账（%d月）.xlsx" % (co.p(4), d.month), decoy(guzhang_taizhang(co, d, True, co.proj), "recycle bin"))
    d = co.fresh()
    add(".recycle/%s/%s网络安全应急演练记录.docx" % (co.p(3), ymd(d)), decoy(yanlian(co, d, "em"), "recycle bin"))
    # lock and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:80:11]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base[2:] if len(base) > 6 else base)
        if (folder + "/" + owner) not in co.used:
            co.raw(folder + "/" + owner, lock_bytes(co.p(1)), "Office lock file")
    co.raw(YW + "2026年/台账/故障及服务请求登记台账 - 副本.xlsx", b"", "empty file")
    co.raw(XX + "03 周例会纪要/2026年/新建 DOCX 文档.docx", b"", "empty file")
    co.raw(CU + "04 季度巡检/2026年/第四季度健康检查报告.docx", b"", "empty file")
    # records about a plan, notices citing procedures, plans of drills, 值班
    for plan in ("网络安全事件专项应急预案", "信息系统变更（升级）管理办法", "信息系统灾难恢复计划"):
        if r.random() < 0.8:
            d = co.fresh()
            add(KH + "%d年/宣贯交底/%s《%s》宣贯交底签到表.xlsx" % (d.year, ymd(d), plan), peixun_qiandao(co, d, plan))
    cites = [AD_RULES[k][0] for k in ("incident", "request", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    d = co.fresh()
    add(FW + "%d年/关于公布集团现行有效信息化管理制度目录的通知.pdf" % d.year, zhidu_mulu(co, d, cites, 201))
    d = co.fresh()
    add(AQ + "%d年/演练/网络安全应急演练方案.docx" % d.year, yanlian_fangan(co, d))
    for i in sorted(r.sample(range(len(UNRELATED_AD)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        add("%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
