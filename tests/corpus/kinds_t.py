# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_t.py - style T: the 信息技术部 of a port group (港口集团).

A new author voice for the accuracy corpus, used only by the T shares, written blind (from the
form's 需提供证明材料 and the other voices' builders, never from the rule pack).  The 信息技术部 runs
the terminal operating system (TOS), the 闸口 (gate) system and the EDI platform for the group's own
码头 and, under a service contract, for a joint-venture terminal company: that company is the form's
customer.  Its people write as a port's 生产调度 does: a 港口集团 management system of 管理手册, 程序文件
and 作业指导书 numbered GJ-IT-Mxx / GJ-IT-Pxx / GJ-IT-Wxx; 船期, 堆场, 闸口, 泊位 words; shift handover
(交接班) logs; English terms (EDI, TOS, BAPLIE, COARRI, CODECO); folders by 年度 and by 系统.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when it is written; a sheet with no data rows counts for nothing.  build(co,
lock_bytes) lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the JV terminal's short name (folder), the group's short name (文号 prefix)
T_INFO = {
    "t1": ("东港集装箱", "海州港"),
    "t2": ("北湾码头", "渤津港"),
    "t3": ("南岙国际", "甬东港"),
    "t4": ("西堤集运", "闽江港"),
    "t5": ("西堤集运", "闽江港"),
    "t6": ("东港集装箱", "海州港"),
    "t7": ("北湾码头", "渤津港"),
    "t8": ("南岙国际", "甬东港"),
    "t9": ("西堤集运", "闽江港"),
    "t10": ("东港集装箱", "海州港"),
    "t11": ("北湾码头", "渤津港"),
    "t12": ("南岙国际", "甬东港"),
    "t13": ("南岙国际", "甬东港"),
    "t14": ("西堤集运", "闽江港"),
    "t15": ("东港集装箱", "海州港"),
    "t16": ("北湾码头", "渤津港"),
    "t17": ("南岙国际", "甬东港"),
    "t18": ("西堤集运", "闽江港"),
    "t19": ("东港集装箱", "海州港"),
    "t20": ("北湾码头", "渤津港"),
    "t21": ("南岙国际", "甬东港"),
    "t22": ("西堤集运", "闽江港"),
    "t23": ("北湾码头", "渤津港"),
    "t24": ("南岙国际", "甬东港"),
    "t25": ("北湾码头", "渤津港"),
    "t26": ("南岙国际", "甬东港"),
    "t27": ("北湾码头", "渤津港"),
    "t28": ("南岙国际", "甬东港"),
    "t29": ("北湾码头", "渤津港"),
    "t30": ("南岙国际", "甬东港"),
    "t31": ("北湾码头", "渤津港"),
    "t32": ("南岙国际", "甬东港"),
    "t33": ("北湾码头", "渤津港"),
    "t34": ("南岙国际", "甬东港"),
    "t35": ("北湾码头", "渤津港"),
    "t36": ("南岙国际", "甬东港"),
    "t37": ("南岙国际", "甬东港"),
    "t38": ("西堤集运", "闽江港"),
    "t39": ("北湾码头", "渤津港"),
    "t40": ("西堤集运", "闽江港"),
    "t41": ("北湾码头", "渤津港"),
    "t42": ("南岙国际", "甬东港"),
    "t43": ("西堤集运", "闽江港"),
    "t44": ("南岙国际", "甬东港"),
    "t45": ("北湾码头", "渤津港"),
    "t46": ("北湾码头", "渤津港"),
    "t47": ("西堤集运", "闽江港"),
    "t48": ("南岙国际", "甬东港"),
    "t49": ("南岙国际", "甬东港"),
    "t50": ("北湾码头", "渤津港"),
    "t51": ("南岙国际", "甬东港"),
    "t52": ("东港集装箱", "海州港"),
    "t53": ("西堤集运", "闽江港"),
    "t54": ("西堤集运", "闽江港"),
    "t55": ("北湾码头", "渤津港"),
    "t56": ("北湾码头", "渤津港"),
}


def head(co, code, ver, d):
    return [("p", "%s管理体系文件" % co.name), ("p", "文件编号：%s　版本：%s　受控状态：受控" % (code, ver)),
            ("p", "编制：%s　审核：%s　批准：%s　%s发布" % (co.p(1), co.p(3), co.boss, cnd(d)))]


# ------------------------------------------------------------------ 程序文件 (GJ-IT-Pxx)

# key -> (title, number, items, sections)
T_PROCS = {
    "fault": ("生产系统故障处理程序", 1, ["49/incident-procedure"], [
        ("目的", ["规范TOS、闸口、EDI等码头生产系统故障的报告、抢修和恢复，保障船舶作业和闸口通行不中断。"]),
        ("故障报告", ["生产调度或闸口岗位发现系统异常，立即电话报信息技术部值班员；值班员记入值班日志，10分钟内通知系统负责人。"]),
        ("分级", ["影响在泊船舶作业或闸口全部车道的为一级故障，影响单一作业线或单一车道的为二级，其余为三级。"]),
        ("抢修与恢复", ["一级故障30分钟内到场，启用手工作业预案保障生产；恢复后由生产调度确认，值班员关单。"]),
        ("分析", ["一级故障3个工作日内出具故障分析报告。"]),
    ]),
    "request": ("信息服务需求受理程序", 2, ["49/request-procedure"], [
        ("范围", ["码头各部门、合资码头公司提出的账号开通、权限调整、报表导出、EDI报文补发、终端安装等服务请求。"]),
        ("受理与派单", ["服务台在OA工单中受理，1小时内派单；涉及权限的请求由申请部门经理审批。"]),
        ("处理与关闭", ["处理人填写处理结果，服务台回访申请人后关闭工单，每月统计。"]),
    ]),
    "problem": ("重复故障与问题分析程序", 3, ["20/procedure", "37/procedure"], [
        ("立项", ["同一系统一个月内同类故障重复三次或一级故障，由系统负责人立为问题。"]),
        ("根因分析", ["10个工作日内完成根本原因分析，制定临时措施和永久解决方案，需变更的按变更程序办理。"]),
        ("关闭", ["方案实施后观察一个月无复发，经部门经理审核关闭，经验写入知识库。"]),
    ]),
    "change": ("生产系统变更管理程序", 4, ["54/procedure"], [
        ("分类", ["标准变更、一般变更、紧急变更；生产系统的程序发布、参数调整、网络策略调整均为变更。"]),
        ("申请与评审", ["填写变更申请单，写明变更内容、影响的作业线和闸口、风险、回退方案；避开大船作业窗口，经生产调度会签。"]),
        ("实施与验证", ["在批准窗口实施，实施后生产调度验证作业正常，失败立即回退。"]),
        ("记录", ["变更申请单和实施记录归档，变更台账同步更新。"]),
    ]),
    "knowledge": ("运维知识管理程序", 5, ["21/procedure"], [
        ("来源", ["故障处理、问题分析、变更经验、厂商技术通告。"]),
        ("编写与审核", ["处理人工单关闭后3个工作日内提交知识条目，系统负责人审核发布。"]),
        ("维护", ["每半年清理过时条目。"]),
    ]),
    "slm": ("信息服务水平管理程序", 6, ["39/slm-procedure"], [
        ("约定", ["与合资码头公司签订服务水平协议，明确服务范围、服务时间、响应与恢复时限。"]),
        ("监视", ["每月在信息系统运行月报中统计服务水平达成情况，未达成的分析原因。"]),
        ("评审", ["协议每年评审一次，码头业务变化时修订。"]),
    ]),
    "secinc": ("网络安全事件处置与报告程序", 7,
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("分级", ["有害程序、网络攻击、数据泄露、设备设施故障，分特别重大、重大、较大、一般四级。"]),
        ("报告", ["值班员发现事件后15分钟内报部门经理；较大及以上事件1小时内报集团网络安全领导小组，并按规定报属地公安和港航主管部门。"]),
        ("处置", ["研判、隔离、清除、恢复，过程记入安全事件处置单；涉及码头作业的同步通知生产调度。"]),
        ("应急", ["较大及以上事件启动《网络安全事件专项应急预案》。"]),
        ("总结", ["处置结束后5个工作日内提交处置报告。"]),
    ]),
    "audit": ("内部审核程序", 8, ["61/audit-system", "62/audit-mechanism"], [
        ("策划", ["企管部每年编制内审计划，覆盖全部过程，内审员不审本部门。"]),
        ("实施", ["首次会议、现场审核、不符合报告、末次会议、整改验证。"]),
        ("结果", ["内审报告作为管理评审输入。"]),
    ]),
    "monitor": ("信息服务绩效监视和测量程序", 9, ["61/monitoring-process", "62/monitoring-process"], [
        ("指标", ["TOS可用率、闸口系统可用率、EDI报文及时率、故障恢复时间、工单及时率、客户满意度。"]),
        ("测量", ["信息技术部按月统计，纳入月报和集团经营绩效考核。"]),
        ("处理", ["未达标的指标制定纠正措施。"]),
    ]),
    "improve": ("持续改进程序", 10, ["65/procedure"], [
        ("来源", ["故障分析、内审、管理评审、客户意见、指标未达标。"]),
        ("评估与批准", ["改进项登记到改进台账，按效益和紧迫性排序，分管领导批准。"]),
        ("测量", ["改进项设可测量目标，完成后评价效果，每季度报告。"]),
    ]),
    "training": ("网络安全培训服务程序", 11, ["31/training-process"], [
        ("计划", ["每年收集合资码头公司和集团各单位培训需求，编制培训计划。"]),
        ("实施与评估", ["授课、实操、考试，签到和成绩归档；课后评价。"]),
    ]),
    "pentest": ("渗透测试服务程序", 12, ["31/pentest-process"], [
        ("授权", ["测试前取得客户书面授权，明确目标、窗口、禁止事项，避开船舶作业高峰。"]),
        ("实施与报告", ["信息收集、漏洞验证，禁止拒绝服务测试；出具报告，整改后复测。"]),
    ]),
}

T_OTHER = {
    "gate": ("闸口作业信息系统操作规程", [("进闸", ["集卡司机刷卡，系统比对预约、箱号和车牌。"]), ("出闸", ["核对提箱单和海关放行信息。"])]),
    "yard": ("堆场计划系统使用规定", [("堆存计划", ["按船期和卸货港编制堆存计划。"]), ("翻箱", ["翻箱作业须记录原因。"])]),
    "room": ("信息机房管理规定", [("出入", ["外来人员登记并由值班员陪同。"]), ("环境", ["温度18-27℃。"])]),
}


def proc_doc(co, d, key):
    title, num, items, sections = T_PROCS[key]
    code = "GJ-IT-P%02d" % num
    b = [("title", title)] + head(co, code, "B/%d" % (d.year - 2021), d)
    for i, (h, paras) in enumerate(sections, 1):
        b.append(("h1", "%d %s" % (i, h)))
        b += [("p", "%d.%d %s" % (i, j, p)) for j, p in enumerate(paras, 1)]
    return Doc("proc:" + key, title, d, items, False, b)


def other_doc(co, d, key, n):
    title, sections = T_OTHER[key]
    b = [("title", title)] + head(co, "GJ-SC-W%02d" % (20 + n), "A/0", d)
    for h, paras in sections:
        b += [("h1", h)] + [("p", p) for p in paras]
    return Doc("other_rule", title, d, [], False, b)


def manual(co, d, keys, pdca):
    """信息技术服务管理手册: the PDCA model (optional) then several 程序 as chapters."""
    t = "信息技术服务管理手册"
    b = [("title", t)] + head(co, "GJ-IT-M01", "C/%d" % (d.year - 2020), d) + [("p", "目录（略）")]
    items, n = [], 0
    if pdca:
        n += 1
        b += [("h1", "%d 管理体系运行模式" % n),
              ("p", "信息技术部按策划、实施、检查、改进（PDCA）循环运行信息服务：年度计划与服务目录为策划；按程序文件和作业指导书实施；"
                    "以月报、内审、管理评审检查；以改进台账落实改进。")]
        items.append("10/pdca")
    for k in keys:
        title, num, its, sections = T_PROCS[k]
        n += 1
        b.append(("h1", "%d %s（GJ-IT-P%02d）" % (n, title, num)))
        for i, (h, paras) in enumerate(sections, 1):
            b.append(("h2", "%d.%d %s" % (n, i, h)))
            b += [("p", p) for p in paras]
        items += its
    return Doc("manual", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 作业指导书 (GJ-IT-Wxx)

WIS = {
    "tos": ("TOS应用服务器巡检与重启", ["通知生产调度，确认无在进行的船舶配载。", "检查应用服务状态和数据库连接池。", "按顺序重启应用节点，每节点验证登录。", "记录值班日志。"]),
    "edi": ("EDI报文收发异常处理", ["检查BAPLIE、COARRI、CODECO报文队列积压。", "核对船公司报文格式校验错误。", "重发失败报文并通知船代。", "记录处理结果。"]),
    "gate": ("闸口车道设备故障处理", ["切换至备用车道或人工放行。", "检查车牌识别、箱号识别和地磅接口。", "恢复后比对过闸记录。"]),
    "fw": ("码头生产网防火墙策略调整", ["核对变更申请单。", "导出策略备份。", "按申请调整策略并测试。", "失败时回退到备份。"]),
    "backup": ("TOS数据库备份与恢复验证", ["检查每日备份作业。", "每季度在测试库做恢复验证。", "记录恢复耗时。"]),
}


def wi(co, d, key, i):
    t, steps = WIS[key]
    b = [("title", t + "作业指导书")] + head(co, "GJ-IT-W%02d" % (i + 1), "A/1", d)
    b += [("h1", "作业步骤")] + [("p", "%d. %s" % (j, s)) for j, s in enumerate(steps, 1)]
    return Doc("wi", t + "作业指导书", d, ["11/manuals", "24/work-instructions"], False, b)


def wi_book(co, d, keys):
    t = "信息技术部作业指导书汇编"
    b = [("title", t)] + head(co, "GJ-IT-W00", "A/0", d)
    for i, k in enumerate(keys, 1):
        title, steps = WIS[k]
        b.append(("h1", "第%d部分 %s" % (i, title)))
        b += [("p", "%d. %s" % (j, s)) for j, s in enumerate(steps, 1)]
    items = ["11/manuals", "24/work-instructions"] if keys else []
    return Doc("wi_book", t, d, items, False, b)


# ------------------------------------------------------------------ records and reports

def rows(co, d, n, f):
    return [f(d - timedelta(days=3 * i), i) for i in range(n)]


def survey(co, d, timing, sec):
    parts = [("一、调研背景", "合资码头公司%s的TOS、闸口和EDI系统由集团信息技术部运维，为明确运维需求开展本次调研。" % co.customer, []),
             ("二、业务与系统现状", "码头现有泊位、堆场和闸口车道，业务系统：%s。" % "、".join(co.systems), ["1/survey"])]
    if timing:
        parts.append(("三、服务时间要求", "船舶作业7x24小时，闸口6:00-24:00，故障响应不超过15分钟。", ["5/survey"]))
    if sec:
        parts.append(("四、安全服务需求", "需要漏洞扫描、渗透测试、日志审计、安全加固和应急响应。", ["5/survey"]))
    return nar("survey", "%s信息系统运维需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    return book("budget", "%d年信息运维项目预算表" % d.year, d, False, [
        ("预算", ["序号", "项目", "金额（万元）", "说明"], [[1, "TOS维保", 120, "厂商"], [2, "闸口设备备件", 35, ""], [3, "安全服务", 60, "渗透测试、等保测评"]], ["2/budget"])])


def kickoff(co, d):
    return nar("minutes", "合资码头信息运维项目启动会纪要", d, False, [
        (None, ["时间：%s　地点：集团生产调度中心三楼会议室" % cnd(d), "参会：%s、%s（%s）" % (co.p(0), co.cp(0), co.customer)], []),
        ("沟通机制", "双方确定每周一次生产例会沟通、每月一次运维月报，紧急故障电话直报，联系人清单附后。", ["3/communication"])])


def history(co, d, on):
    parts = []
    if "list" in on:
        parts.append(("一、近三年故障清单", [("table", [["日期", "系统", "故障", "影响"], [iso(d - timedelta(days=200)), co.sys(0), "数据库锁等待", "配载中断40分钟"],
                                                   [iso(d - timedelta(days=400)), co.sys(1), "车牌识别失效", "2车道人工放行"]])], ["4/history-list"]))
    if "analysis" in on:
        parts.append(("二、运行数据分析", "故障集中在大船作业高峰和系统升级后，数据库和接口类占六成。", ["4/analysis"]))
    if "strategy" in on:
        parts.append(("三、运维策略", "高峰前巡检、升级避开船期、接口监控告警、备件前置。", ["4/strategy"]))
    return nar("history", "码头生产系统历史运行分析及运维策略", d, False, parts)


def kpi_list(co, d):
    return book("kpis", "生产系统可用性指标", d, False, [
        ("指标", ["系统", "可用率目标", "恢复时间目标", "统计口径"], [[co.sys(0), "99.9%", "30分钟", "月"], [co.sys(1), "99.5%", "60分钟", "月"], [co.sys(2), "99.5%", "2小时", "月"]],
         ["6/availability-kpis"])])


def automation(co, d, auto):
    parts = [("一、服务影响分析", "按作业线统计故障对船时效率和闸口通行时间的影响。", ["7/impact-analysis"])]
    if auto:
        parts.append(("二、自动化需求", "EDI报文积压自动告警、TOS巡检脚本化、闸口设备状态自动采集。", ["7/automation"]))
    return nar("analysis", "信息服务数据分析与自动化需求", d, True, parts)


def ola(co, d, third):
    parts = [("一、服务级别设计", "按码头作业等级设计TOS、闸口、EDI三类服务级别。", ["8/sld"])]
    if third:
        parts.append(("二、内部及供应商服务约定", "网络组、系统组内部响应约定；TOS厂商、闸口设备厂商4小时到场。", ["8/ola"]))
    return nar("ola", "信息服务级别设计及内外部支持约定", d, False, parts)


def org(co, d, roles):
    parts = [("一、组织机构", "信息技术部下设系统运维组、网络安全组、EDI中心、服务台，驻合资码头设运维站。", ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("二、岗位职责", [("table", [["岗位", "职责"], ["部门经理", "全面负责"], ["值班工程师", "7x24值班、故障受理"], ["安全工程师", "安全监测、事件处置"]])],
                      ["18/roles", "23/roles"]))
    return nar("org", "信息技术部组织机构及岗位职责", d, False, parts)


def staff(co, d, outs):
    sheets = [("在册人员", ["姓名", "岗位", "证书"], [[co.p(i), "运维工程师", "CISP"] for i in range(5)], ["9/staff-list"])]
    sheets.append(("外包人员", ["姓名", "单位", "岗位"], [[co.vp(0), co.vendor, "驻场"]] if outs else [], ["9/outsourcing"]))
    return book("staff", "信息技术部人员名册", d, False, sheets)


def interface(co, d):
    return nar("notice", "关于明确合资码头网络安全接口人的通知", d, False, [
        (None, ["%s为我部网络安全接口人，%s为合资码头方接口人，负责事件通报和服务协调。" % (co.p(2), co.cp(1))], ["28/interface-person"])])


def desk(co, d):
    return nar("notice", "关于设立信息服务台的通知", d, False, [
        (None, ["设立信息服务台，统一受理码头各部门和合资码头公司的故障报修与服务请求，电话7x24小时。"], ["48/service-desk"])])


def desk_training(co, d):
    return book("training", "服务台岗位培训签到表", d, True, [
        ("签到", ["姓名", "培训内容", "日期"], [[co.p(i), "工单受理与派单", iso(d)] for i in range(3)], ["48/training"])])


def catalog(co, d, lv):
    r = [["基础服务", "TOS/闸口/EDI日常运维", "7x24"]]
    if "l2" in lv:
        r.append(["二级服务", "安全加固、漏洞扫描", "工作日"])
    if "l1" in lv:
        r.append(["一级服务", "渗透测试、应急响应", "按需"])
    return book("catalog", "信息服务目录", d, False, [("目录", ["类别", "服务", "时间"], r, ["12/catalog", "19/catalog", "26/catalog", "29/catalog"])])


def sla(co, d, modes, kpis):
    parts = [("一、服务范围", "%s的%s。" % (co.customer, "、".join(co.systems)), ["35/sla", "15/agreement", "36/sla", "39/sla"])]
    if modes:
        parts.append(("二、运维方式", "驻场值班加远程支持，大船作业期间双人值守。", []))
    if kpis:
        parts.append(("三、服务指标", "一级故障15分钟响应、2小时恢复；TOS月可用率不低于99.9%。", []))
    return nar("sla", "合资码头信息系统运维服务水平协议", d, False, parts)


def requirements(co, d):
    return nar("req", "%s改造需求分析" % co.sys(2), d, False, [("需求", "新增船公司EDI报文格式，支持BAPLIE 2.2。", ["11/requirements"])])


def upgrade(co, d):
    return nar("change", "%s版本升级方案" % co.sys(0), d, True, [
        ("测试计划", "在测试环境回放一个船期的配载数据验证。", ["25/test-plan"]),
        ("回退方案", "保留旧版本包和数据库快照，30分钟内回退。", ["25/rollback", "11/rollback"])])


def compat(co, d):
    return nar("compat", "闸口系统国产化环境兼容性测试报告", d, True, [("测试结论", "在国产操作系统和数据库上功能、性能通过。", ["11/compatibility"])])


def ledger(co, d, rel):
    sheets = [("设备", ["编号", "名称", "型号", "位置"], [["GJ-%03d" % i, n, "x86", "主机房"] for i, n in enumerate(["TOS应用服务器", "TOS数据库", "闸口服务器", "EDI前置机"])],
               ["13/asset-list", "43/asset-list", "27/cmdb"])]
    if rel:
        sheets.append(("关联关系", ["配置项", "依赖"], [[co.sys(0), "TOS数据库"], [co.sys(1), "闸口服务器"]], ["38/cmdb-relations"]))
    return book("ledger", "信息设备及配置台账", d, True, sheets)


def ledger_changes(co, d):
    return book("ci", "配置台账变更记录", d, True, [("变更", ["日期", "配置项", "变更内容"], rows(co, d, 4, lambda x, i: [iso(x), "闸口服务器", "内存扩容"]), ["43/ci-updates"])])


def baseline(co, d):
    return book("baseline", "生产系统安全配置基线", d, False, [("基线", ["项", "要求"], [["口令", "12位以上"], ["远程", "禁用telnet"]], ["25/baseline"])])


def kb(co, d):
    return book("kb", "运维知识库条目", d, True, [("条目", ["编号", "标题"], [["KB-%03d" % i, t] for i, t in enumerate(["EDI报文重发", "车牌识别复位"])], ["21/knowledge-base"])])


def duty_book(co, d, kinds):
    """值班运维记录本: one workbook whose sheets are several record kinds."""
    spec = {"maint": ("日常维护", ["14/maintenance", "44/maintenance"]), "insp": ("巡检", ["44/inspection", "45/monitoring"]),
            "virus": ("病毒查杀", ["44/virus-scan", "45/antivirus"]), "fault": ("硬件故障", ["44/faults", "14/hardware-faults"]),
            "upgrade": ("补丁升级", ["44/upgrades"])}
    sheets = []
    for k in ("maint", "insp", "virus", "fault", "upgrade"):
        name, its = spec[k]
        rr = rows(co, d, 5, lambda x, i: [iso(x), co.sys(i), name + "完成", co.p(i % 4)]) if k in kinds else []
        sheets.append((name, ["日期", "系统/设备", "情况", "值班员"], rr, its))
    return book("duty", "信息技术部值班运维记录", d, True, sheets)


def collect(co, d, which):
    m = {"config": ("配置", "16/config"), "traffic": ("流量", "16/traffic"), "status": ("运行状态", "16/status")}
    return book("collect", "码头生产网安全监测采集表", d, True,
                [(m[k][0], ["时间", "对象", "值"], rows(co, d, 3, lambda x, i: [iso(x), "核心交换机", "正常"]) if k in which else [], [m[k][1]]) for k in m])


def log_audit(co, d):
    return nar("audit", "日志审计周报（%s）" % iso(d), d, True, [
        ("审计分析", "审计TOS、闸口系统登录和数据库操作日志，发现2次异常登录已核实。", ["17/log-analysis", "45/audit-report", "47/audit"])])


def sec_stats(co, d, ana):
    parts = [("一、事件统计", [("table", [["类型", "数量"], ["恶意代码", 3], ["扫描探测", 12]])], ["18/incident-stats"])]
    if ana:
        parts.append(("二、分析", "探测主要针对对外EDI接口，已加固。", ["18/incident-analysis"]))
    return nar("stats", "网络安全事件季度统计分析", d, True, parts)


def bulletin(co, d, n, full):
    parts = [("一、漏洞与威胁", "本期发布BAPLIE解析组件漏洞等3条预警。", ["53/bulletin", "52/vulnerability"])]
    if full:
        parts += [("二、病毒情况", "终端查杀病毒5次。", ["52/virus"]), ("三、策略调整", "封禁境外扫描地址段。", ["52/policy"]),
                  ("四、分析", "攻击面集中在对外EDI接口。", ["52/analysis"])]
    return nar("bulletin", "网络安全通报（第%d期）" % n, d, True, parts)


def pentest_plan(co, d):
    return nar("plan", "%d年渗透测试计划" % d.year, d, False, [("计划", "每半年对闸口预约、EDI门户渗透测试。", ["31/pentest-plan", "32/pentest-plan"])])


def pentest_report(co, d):
    return nar("pentest", "%s渗透测试报告" % co.sys(2), d, True, [("测试结果", "发现中危2个，已整改复测。", ["31/pentest-records", "32/pentest-records"])])


def dev_plan(co, d):
    return nar("plan", "%d年安全工具研发计划" % (d.year + 1), d, False, [("计划", "开发EDI报文异常检测工具。", ["33/dev-plan"])])


def grading(co, d):
    return nar("grading", "%s等级保护定级报告" % co.sys(0), d, False, [("定级", "业务信息安全等级二级、系统服务安全等级三级，定为第三级。", ["51/grading"])])


def grading_criteria(co, d):
    return nar("grading", "码头信息系统定级工作细则", d, False, [("方法", "按GB/T 22240确定业务信息和系统服务安全等级。", ["51/grading-criteria"])])


def emergency_plan(co, d, dr):
    parts = [("一、总则", "码头生产系统网络安全事件专项应急预案。", ["36/emergency-plan", "53/emergency-plan", "55/plan"])]
    if dr:
        parts.append(("二、恢复策略", "TOS切换同城备用机房，闸口启用人工放行。", ["36/recovery-plan"]))
    return nar("plan", "网络安全事件专项应急预案", d, False, parts)


def dr_plan(co, d):
    return nar("plan", "TOS系统灾备恢复预案", d, False, [("恢复步骤", "数据库切换、应用启动、EDI重连、作业验证。", ["36/recovery-plan"])])


def bcp(co, d):
    return nar("bcp", "码头生产信息系统业务连续性计划", d, False, [("连续性安排", "系统中断时按手工作业单证继续船舶作业。", ["42/bcp"])])


def drill(co, d, kind):
    if kind == "dr":
        return nar("drill", "TOS灾备切换演练记录", d, True, [("演练过程", "切换用时25分钟，作业验证正常。", ["40/recovery-drill"])])
    return nar("drill", "网络安全应急演练记录", d, True, [("演练过程", "模拟闸口服务器勒索病毒，隔离恢复用时40分钟。", ["40/emergency-drill", "53/drill"])])


def duty_log(co, d, resp):
    """值班日志: one sheet whose rows are events, changes and the times taken."""
    head_ = ["时间", "类别", "系统", "内容", "值班员"] + (["响应时间", "恢复时间"] if resp else [])
    rr = []
    for i in range(8):
        x = d - timedelta(days=i)
        rr.append([iso(x), ["故障", "变更", "巡检"][i % 3], co.sys(i), "处理完毕", co.p(i % 4)] + (["%d分钟" % (5 + i), "%d分钟" % (30 + i)] if resp else []))
    items = ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if resp else [])
    return book("log", "信息技术部值班日志", d, True, [("值班日志", head_, rr, items)])


def month_report(co, d):
    return nar("report", "%d年%d月信息系统运行月报" % (d.year, (d.month - 2) % 12 + 1), d, True, [
        ("运行情况", "TOS可用率99.95%，闸口系统99.8%，EDI及时率99.6%。", ["22/report", "18/availability-report", "50/monitoring-report"])])


def fault_report(co, d):
    return nar("fault", "%s故障分析报告" % co.sys(0), d, True, [
        ("经过", "数据库锁等待导致配载中断。", ["22/events", "18/availability-events", "43/process-records"]),
        ("原因与措施", "慢SQL未建索引，已优化。", ["70/defect-analysis"])])


def avail_plan(co, d):
    return nar("plan", "%d年生产系统可用性保障计划" % d.year, d, False, [("保障措施", "大船作业前巡检、双机热备。", ["22/plan", "18/availability-plan"])])


def change_book(co, d):
    return book("changes", "生产系统变更台账", d, True, [("变更", ["单号", "日期", "系统", "内容", "结果"],
                                                       rows(co, d, 5, lambda x, i: ["BG%s%02d" % (ymd(x), i), iso(x), co.sys(i), "发布", "成功"]),
                                                       ["54/records", "43/process-records"])])


def health(co, d):
    return nar("health", "合资码头系统健康检查报告", d, True, [("检查结果", "服务器、数据库、闸口设备运行正常。", ["15/records", "46/records", "44/inspection"])])


def csat(co, d, h):
    return nar("csat", "%d年%s合资码头信息服务满意度调查" % (d.year, h), d, True, [("结果", "满意度92分。", ["41/surveys", "58/survey", "63/survey"])])


def csat_trend(co, d):
    return nar("trend", "满意度趋势分析", d, True, [("趋势", "近四次满意度逐次上升。", ["41/trend"])])


def callbacks(co, d):
    return book("callbacks", "客户回访记录", d, True, [("回访", ["日期", "对象", "意见"], rows(co, d, 3, lambda x, i: [iso(x), co.cp(i % 3), "满意"]), ["63/follow-up-visits"])])


def metrics(co, d):
    return book("metrics", "信息服务指标统计", d, True, [("指标", ["月份", "TOS可用率", "工单及时率"], [[m, "99.9%", "98%"] for m in range(1, 4)], ["56/data"])])


def assess(co, d, capa):
    parts = [("一、指标测量", "本季度工单及时率未达标。", ["57/measurement"])]
    if capa:
        parts.append(("二、纠正措施及效果", "增加夜班人员，下月及时率恢复到98%。", ["57/capa", "66/effectiveness"]))
    return nar("assess", "季度绩效测量与纠正措施", d, True, parts)


def hazards(co, d):
    return nar("hazards", "%d年信息安全隐患排查报告" % d.year, d, True, [("预防措施", "排查隐患12项，更换老化UPS。", ["66/preventive-actions"])])


def improve_plan(co, d, crit):
    parts = [("计划", "改进EDI监控、闸口备件管理。", ["64/plan", "68/plan"])]
    if crit:
        parts.append(("评价准则", "改进后故障数下降20%。", ["64/criteria"]))
    return nar("plan", "%d年信息服务改进计划" % d.year, d, False, parts)


def improve_ledger(co, d):
    return book("improve", "改进项目台账", d, True, [("改进", ["编号", "来源分析", "优先级", "实施", "效果"], [["GJ-%d" % i, "故障分析", "高", "完成", "有效"] for i in range(3)],
                                                   ["67/analysis", "67/prioritisation", "68/implementation", "68/effectiveness"])])


def awareness(co, d):
    return book("training", "网络安全意识培训签到", d, True, [("签到", ["姓名", "部门"], [[co.p(i), "生产调度"] for i in range(4)], ["69/awareness-training"])])


def internal_audit(co, d):
    return nar("audit", "%d年内部审核报告" % d.year, d, True, [("结论", "开出不符合2项，已整改。", ["59/internal-audit"])])


def review_minutes(co, d, inputs):
    """管理评审纪要: several decisions in one set of minutes."""
    m = {"perf": ("服务绩效", "60/performance"), "fb": ("客户反馈", "60/customer-feedback"), "res": ("资源", "60/resources"),
         "ca": ("纠正措施", "60/corrective-actions"), "chg": ("变化", "60/changes"), "imp": ("改进", "60/improvements")}
    parts = [("会议概况", "集团分管领导主持%d年度管理评审。" % d.year, ["59/management-review"])]
    parts += [("评审%s" % m[k][0], "议定：%s事项按计划落实。" % m[k][0], [m[k][1]]) for k in inputs]
    return nar("review", "%d年度信息技术服务管理评审会议纪要" % d.year, d, True, parts)


def forecast(co, d):
    return nar("forecast", "%d年信息服务需求预测" % (d.year + 1), d, False, [("预测", "新泊位投产，闸口车道增加4条，运维需求增长15%。", ["71/forecast"])])


def patrol(co, d, sysname):
    return book("patrol", "%s巡检记录" % sysname, d, True, [
        ("巡检", ["日期", "检查项", "结果", "告警", "巡检人"], rows(co, d, 6, lambda x, i: [iso(x), ["CPU/内存", "数据库", "接口队列"][i % 3], "正常", "无", co.p(i % 4)]),
         ["44/inspection", "45/monitoring"])])


def gate_note(co, d):
    return nar("fault", "闸口车道故障处置情况说明", d, True, [
        (None, ["%s 7:40 闸口3、4号车道车牌识别失效，值班员%s接报后切换人工放行，8:25恢复，影响进闸集卡约60车次。" % (cnd(d), co.p(0))],
         ["22/events", "18/availability-events", "43/process-records"])])


def prod_meeting(co, d):
    return nar("minutes", "生产调度例会纪要", d, True, [
        (None, ["时间：%s　主持：生产调度中心" % cnd(d)], []),
        ("议定事项", ["一、下周三艘大船集中靠泊，信息技术部安排双人值守。", "二、堆场翻箱率偏高，由堆场计划员优化堆存计划。",
                      "三、闸口高峰时段增开2条车道。"], [])])


def edi_stats(co, d):
    return book("other", "EDI报文量统计", d, True, [("报文量", ["船公司", "BAPLIE", "COARRI", "CODECO"], [[c, 40 + i, 120 + i, 900 + i] for i, c in enumerate(["COSCO", "MSK", "CMA", "ONE"])], [])])


def handover(co, d):
    return book("handover", "交接班记录", d, True, [("交接班", ["日期", "交班", "接班", "在泊船舶", "遗留"], rows(co, d, 6, lambda x, i: [iso(x), co.p(i % 3), co.p(i % 3 + 1), "2艘", "无"]), [])])


def berth_plan(co, d):
    return book("other", "船期计划表", d, True, [("船期", ["船名", "航次", "靠泊"], [["COSCO SHIPPING %d" % i, "0%dE" % i, iso(d)] for i in range(4)], [])])


def signin(co, d, what):
    return book("signin", "《%s》学习签到表" % what, d, True, [("签到", ["姓名", "日期"], [[co.p(i), iso(d)] for i in range(3)], [])])


def cites(co, d, titles):
    return nar("list", "信息技术部现行有效文件清单", d, False, [(None, ["《%s》" % t for t in titles], [])])


def build(co, lock_bytes):
    """Lay out a T share: 01体系文件/ (手册, 程序, 作业指导书), 02运维记录/<年度>/<系统>/, 03安全/,
    04合资码头/<客户>/, 05体系运行/; older copies under 历史归档/, decoys."""
    co.cust, co.gshort = T_INFO[co.info_id]
    r = co.rng
    TX, YW, AQ, CU, QM = "01体系文件/", "02运维记录/", "03网络安全/", "04合资码头/%s/" % T_INFO[co.info_id][0], "05体系运行/"
    optional = ["budget", "history", "automation", "ola", "staff", "requirements", "compat", "upgrade", "baseline", "collect", "kb",
                "pentest_plan", "pentest", "dev_plan", "dr", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "metrics",
                "assess", "hazards", "improve_plan", "improve_ledger", "awareness", "audit", "review", "forecast", "grading",
                "grading_criteria", "interface", "ledger", "ledger_changes", "sec_stats", "health", "log_audit", "avail_plan", "kpis", "fault"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"automation", "pentest", "csat_trend", "callbacks", "kb", "audit", "log_audit", "drdrill", "awareness",
                                "metrics", "collect", "desk_training", "fault", "ledger_changes", "sec_stats", "health"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made
    Y = lambda d: "%d年度/" % d.year  # noqa: E731

    keys = [k for k in T_PROCS if r.random() >= 0.06]
    in_man = [k for k in keys if r.random() < 0.4]
    d = co.issued()
    add(TX + "GJ-IT-M01 信息技术服务管理手册（C版）.pdf", manual(co, d, in_man, r.random() < 0.9), meta_title=r.random() < 0.5)
    for k in keys:
        if k not in in_man:
            doc = proc_doc(co, co.issued(), k)
            add(TX + "程序文件/GJ-IT-P%02d %s.%s" % (T_PROCS[k][1], doc.title, r.choice(["docx", "docx", "pdf"])), doc)
    for i, k in enumerate(T_OTHER):
        if r.random() < 0.8:
            add(TX + "其他规定/%s.docx" % T_OTHER[k][0], other_doc(co, co.issued(), k, i))
    mods = list(WIS)
    in_book = sorted(r.sample(mods, r.randint(2, 3)), key=mods.index)
    add(TX + "作业指导书/GJ-IT-W00 作业指导书汇编.pdf", wi_book(co, co.issued(), in_book))
    for i, k in enumerate(mods):
        if k not in in_book and r.random() >= 0.3:
            add(TX + "作业指导书/GJ-IT-W%02d %s.docx" % (i + 1, WIS[k][0]), wi(co, co.issued(), k, i))

    # --- 合资码头
    d0 = co.issued()
    add(CU + "项目启动/运维需求调研报告.docx", survey(co, d0, r.random() < 0.88, r.random() < 0.85))
    add(CU + "项目启动/%s 启动会纪要.docx" % ymd(d0 + timedelta(days=7)), kickoff(co, d0 + timedelta(days=7)))
    slot("budget", lambda d: CU + "项目启动/运维预算.xlsx", lambda d: budget(co, d), "issued")
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: CU + "项目启动/历史运行分析及运维策略.docx", lambda d: history(co, d, on), "issued")
    add(CU + "合同/信息系统运维服务水平协议（签章）.pdf", sla(co, co.issued(), r.random() < 0.9, r.random() < 0.9))
    add(CU + "合同/信息服务目录.xlsx", catalog(co, co.issued(), r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ()])))
    slot("health", lambda d: CU + "健康检查/%s 健康检查报告.pdf" % ymd(d), lambda d: health(co, d))
    for d, h in [(date(2025, 12, 18), "下半年"), (date(2026, 6, 22), "上半年")]:
        if r.random() < 0.85:
            add(CU + "满意度/%d%s满意度调查.%s" % (d.year, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("csat_trend", lambda d: CU + "满意度/满意度趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: CU + "满意度/回访记录%d.xlsx" % d.year, lambda d: callbacks(co, d))
    slot("requirements", lambda d: CU + "需求/EDI报文改造需求分析.docx", lambda d: requirements(co, d))

    # --- 组织、服务台
    add(QM + "组织机构/信息技术部组织机构及岗位职责.pdf", org(co, co.issued(), r.random() < 0.9))
    slot("staff", lambda d: QM + "组织机构/人员名册%s.xlsx" % ymd(d), lambda d: staff(co, d, r.random() < 0.85), "issued")
    slot("interface", lambda d: QM + "发文/%s 关于明确网络安全接口人的通知.pdf" % ymd(d), lambda d: interface(co, d), "issued")
    add(QM + "发文/关于设立信息服务台的通知.docx", desk(co, co.issued()))
    slot("desk_training", lambda d: QM + "培训/%s 服务台培训签到.xlsx" % ymd(d), lambda d: desk_training(co, d))
    slot("ola", lambda d: QM + "服务级别/服务级别设计及支持约定.docx", lambda d: ola(co, d, r.random() < 0.85), "issued")
    slot("kpis", lambda d: QM + "服务级别/生产系统可用性指标.xlsx", lambda d: kpi_list(co, d))
    slot("avail_plan", lambda d: QM + "服务级别/%d年可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))

    # --- 运维记录 by 年度 and 系统
    d = co.fresh()
    add(YW + Y(d) + "值班日志/%d年%02d月值班日志.xlsx" % (d.year, d.month), duty_log(co, d, r.random() < 0.75))
    kinds = [k for k in ("maint", "insp", "virus", "fault", "upgrade") if r.random() < 0.75] or ["maint"]
    d = co.fresh()
    add(YW + Y(d) + "值班运维记录本.xlsx", duty_book(co, d, kinds))
    for i, sysname in enumerate(co.systems):
        if r.random() < 0.8:
            d = co.fresh()
            add(YW + Y(d) + "%s/%d年%02d月巡检记录.xlsx" % (["TOS", "闸口", "EDI"][i], d.year, d.month), patrol(co, d, sysname))
    if r.random() < 0.7:
        d = co.fresh()
        add(YW + Y(d) + "闸口/%s 闸口车道故障处置情况说明.txt" % ymd(d), gate_note(co, d), encoding=r.choice(["utf-8", "gb18030"]))
    d = date(2026, 10, 2)
    add(YW + Y(d) + "值班日志/%d年%02d月值班日志.xlsx" % (d.year, d.month), duty_log(co, d, r.random() < 0.5))
    for m in sorted(r.sample(range(5, 12), 4)):
        d = date(2026, m, 5 + r.randint(0, 4))
        add(YW + Y(d) + "运行月报/%d年%d月运行月报.%s" % (d.year, m - 1, r.choice(["pdf", "docx"])), month_report(co, d))
    d = co.fresh()
    add(YW + Y(d) + "变更/生产系统变更台账.xlsx", change_book(co, d))
    slot("fault", lambda d: YW + Y(d) + "TOS/%s 故障分析报告.docx" % ymd(d), lambda d: fault_report(co, d))
    slot("upgrade", lambda d: YW + Y(d) + "TOS/%s 版本升级方案.docx" % ymd(d), lambda d: upgrade(co, d))
    slot("compat", lambda d: YW + Y(d) + "闸口/兼容性测试报告.pdf", lambda d: compat(co, d))
    slot("automation", lambda d: YW + Y(d) + "数据分析及自动化需求.docx", lambda d: automation(co, d, r.random() < 0.8))
    slot("forecast", lambda d: YW + Y(d) + "%d年服务需求预测.docx" % (d.year + 1), lambda d: forecast(co, d))
    relc = r.random() < 0.7
    slot("ledger", lambda d: YW + "台账/设备及配置台账%s.xlsx" % ymd(d), lambda d: ledger(co, d, relc))
    slot("ledger_changes", lambda d: YW + "台账/台账变更记录%d.xlsx" % d.year, lambda d: ledger_changes(co, d))
    slot("baseline", lambda d: YW + "台账/安全配置基线.xlsx", lambda d: baseline(co, d), "issued")
    slot("kb", lambda d: YW + "知识库/知识条目%s.xlsx" % ymd(d), lambda d: kb(co, d))

    # --- 网络安全
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: AQ + Y(d) + "安全监测采集表%s.xlsx" % ymd(d), lambda d: collect(co, d, which))
    slot("log_audit", lambda d: AQ + Y(d) + "日志审计周报%s.docx" % ymd(d), lambda d: log_audit(co, d))
    slot("sec_stats", lambda d: AQ + Y(d) + "第%d季度安全事件统计分析.docx" % ((d.month - 1) // 3 + 1), lambda d: sec_stats(co, d, r.random() < 0.75))
    for i in range(2):
        d = co.fresh()
        n = d.month * 2 + i
        name = AQ + Y(d) + "通报/网络安全通报第%d期.%s" % (n, r.choice(["pdf", "docx"]))
        if name not in co.used:
            add(name, bulletin(co, d, n, r.random() < 0.7))
    slot("pentest_plan", lambda d: AQ + Y(d) + "渗透测试计划.docx", lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: AQ + Y(d) + "%s 渗透测试报告.pdf" % ymd(d), lambda d: pentest_report(co, d))
    slot("dev_plan", lambda d: AQ + "安全工具研发计划%d.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("grading", lambda d: AQ + "等保/TOS定级报告.pdf", lambda d: grading(co, d), "issued")
    slot("grading_criteria", lambda d: AQ + "等保/定级工作细则.docx", lambda d: grading_criteria(co, d), "issued")
    add(AQ + "应急/网络安全事件专项应急预案.pdf", emergency_plan(co, co.issued(), r.random() < 0.8))
    slot("dr", lambda d: AQ + "应急/TOS灾备恢复预案.docx", lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: QM + "业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: AQ + "应急/演练/%s 灾备切换演练.docx" % ymd(d), lambda d: drill(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add(AQ + "应急/演练/%s 应急演练记录.pdf" % ymd(d), drill(co, d, "emergency"))

    # --- 体系运行
    slot("metrics", lambda d: QM + "绩效/指标统计%d%02d.xlsx" % (d.year, d.month), lambda d: metrics(co, d))
    capa = r.random() < 0.8
    slot("assess", lambda d: QM + "绩效/绩效测量与纠正措施%s.docx" % ymd(d), lambda d: assess(co, d, capa))
    slot("hazards", lambda d: QM + "改进/%d年隐患排查报告.docx" % d.year, lambda d: hazards(co, d))
    slot("improve_plan", lambda d: QM + "改进/%d年改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    slot("improve_ledger", lambda d: QM + "改进/改进项目台账.xlsx", lambda d: improve_ledger(co, d))
    slot("awareness", lambda d: QM + "培训/%s 安全意识培训签到.xlsx" % ymd(d), lambda d: awareness(co, d))
    slot("audit", lambda d: QM + "内审/%d年内审报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("review", lambda d: QM + "管评/%d年管理评审纪要.docx" % d.year, lambda d: review_minutes(co, d, inputs))

    # --- port working files that prove nothing
    d = date(2026, 11, 3)
    add(YW + Y(d) + "交接班记录/%d年%02d月交接班记录.xlsx" % (d.year, d.month), handover(co, d))
    for k in sorted(r.sample(range(1, 9), 3)):
        d = date(2026, 9, 7) + timedelta(days=7 * k)
        add("生产调度/例会纪要/%s 生产调度例会纪要.docx" % ymd(d), prod_meeting(co, d))
    for m in (9, 10):
        add(YW + "2026年度/EDI/2026年%d月EDI报文量统计.xlsx" % m, edi_stats(co, date(2026, m + 1, 3)))
    add("生产调度/船期计划%s.xlsx" % ymd(co.fresh()), berth_plan(co, co.fresh()))
    co.raw("生产调度/BAPLIE样例/%s.edi" % ymd(co.fresh()), b"UNB+UNOA:2+SENDER+RECEIVER'\nUNH+1+BAPLIE:D:95B:UN:SMDG22'\n", "unrelated EDI file")

    for name, factory, when in list(made):
        if r.random() < 0.2:
            before = when - timedelta(days=364)
            rel = "历史归档/%d/%s" % (before.year, name(before))
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes, TX, YW, AQ, CU, QM)


def decoys(co, lock_bytes, TX, YW, AQ, CU, QM):
    r = co.rng
    add = Share(co).add
    add(YW + "表单/变更申请单（空白表）.xlsx", blank_sheet("变更申请单", co.fresh(), ["单号", "内容", "影响作业线", "回退方案", "会签"]))
    add(YW + "表单/值班日志（空白表）.xlsx", blank_sheet("值班日志", co.fresh(), ["时间", "类别", "系统", "内容", "值班员"]))
    add(CU + "合同/服务水平协议（模板）.docx", blank_text("服务水平协议（模板）", co.fresh(), ["服务范围", "服务指标"]))
    add(AQ + "应急/演练/应急演练记录（空白表）.docx", blank_text("应急演练记录", co.fresh(), ["演练科目", "过程", "评估"]))
    add(QM + "业务连续性计划（征求意见稿）.docx", decoy(bcp(co, co.fresh()), "draft (征求意见稿)", mark="（征求意见稿）"))
    add(CU + "合同/服务水平协议_修改稿v0.3.docx", decoy(sla(co, co.fresh(), True, True), "draft", mark="（草稿）"))
    add(QM + "改进/%d年改进计划（讨论稿）.docx" % 2027, decoy(improve_plan(co, co.fresh(), True), "draft", mark="（讨论稿）"))
    add(TX + "作废/GJ-IT-P03 重复故障与问题分析程序（A版）作废.docx", decoy(proc_doc(co, date(2021, 4, 12), "problem"), "obsolete", mark="（作废）"))
    add(TX + "作废/网络安全事件专项应急预案（2020版）【作废】.pdf", decoy(emergency_plan(co, date(2020, 8, 3), True), "obsolete", mark="【作废】"))
    d = co.fresh()
    add(".recycle/%s值班日志.xlsx" % ymd(d), decoy(duty_log(co, d, True), "recycle bin"))
    d = co.fresh()
    add(".recycle/03网络安全/%s 应急演练记录.docx" % ymd(d), decoy(drill(co, d, "emergency"), "recycle bin"))
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:70:12]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        co.raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(2)), "Office lock file")
    co.raw(YW + "2026年度/值班日志/值班日志 - 副本.xlsx", b"", "empty file")
    co.raw(AQ + "2026年度/日志审计周报20261123.docx", b"", "empty file")
    for plan in ("网络安全事件专项应急预案", "生产系统变更管理程序", "TOS系统灾备恢复预案"):
        if r.random() < 0.8:
            d = co.fresh()
            add(QM + "培训/学习记录/%s《%s》学习签到.xlsx" % (ymd(d), plan), signin(co, d, plan))
    add(TX + "现行有效文件清单.txt", cites(co, co.fresh(), [T_PROCS[k][0] for k in ("fault", "change", "secinc", "improve", "slm")]))
    d = co.fresh()
    add(QM + "管评/关于召开%d年度管理评审会议的通知.docx" % d.year,
        nar("notice", "关于召开管理评审会议的通知", d, False, [(None, ["请各组按《内部审核程序》和管理手册准备评审输入材料。"], [])]))
    d = co.fresh()
    add(AQ + "应急/演练/应急演练方案%d.docx" % d.year,
        nar("plan", "网络安全应急演练方案", d, False, [("演练安排", "拟于下月组织闸口系统勒索病毒处置演练，按《网络安全事件处置与报告程序》执行。", [])]))
    for t in ("集团年度安全生产工作会议材料", "码头吞吐量统计月报", "工会活动通知", "集卡预约平台推广方案"):
        if r.random() < 0.8:
            d = co.fresh()
            add("其他/%s%d.%s" % (t, d.month, r.choice(["docx", "pdf"])), nar("other", t, d, False, [(None, ["%s（略）。" % t], [])]))
