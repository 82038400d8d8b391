# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ab.py - style AB: the 信息技术部 (运维中心) of a property-and-casualty insurer's 省分公司.

A new author voice for the accuracy corpus, used only by the AB shares.  The 分公司's 信息技术部 runs the
核心业务系统 (承保/理赔), 车险出单, the 电销 call centre and the network of the 中心支公司/营业部 for the
province; it serves the 总公司's business side under an internal 服务水平协议, which is the form's
customer.  Its people write as a regulated financial firm's IT staff do: 监管报送, 合规审查, 问责, 内控;
变更窗口, 投产, 版本, 回退; 生产事件 and 一般/较大/重大 等级; 季度 and 半年 reports to 总公司科技部.
Files carry the 分公司 code and a period (3700_信息技术部_…_2026Q2.xlsx); 台账 are xlsx with several
sheets; 制度 are issued by 分公司 发文 and their 签批页 are scanned to PDF.  Written from the form's
需提供证明材料, not from the other voices' builders or the rule pack.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when written; a sheet without data rows proves nothing.  build(co, lock_bytes)
lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, idx, ymd
from kinds_i import Share

# per share: 分公司 code, 发文 abbreviation, the business side (customer folder), 省 short name
AB_INFO = {
    "ab1": ("3700", "安信财鲁分", "总公司车险事业部", "鲁"),
    "ab2": ("4400", "泰和财粤分", "总公司非车险事业部", "粤"),
    "ab3": ("5100", "安信财川分", "总公司理赔管理部", "川"),
    "ab4": ("3300", "华盛财浙分", "总公司电销事业部", "浙"),
    "ab5": ("5100", "安信财川分", "总公司理赔管理部", "川"),
    "ab6": ("3700", "安信财鲁分", "总公司车险事业部", "鲁"),
    "ab7": ("4400", "泰和财粤分", "总公司非车险事业部", "粤"),
    "ab8": ("3300", "华盛财浙分", "总公司电销事业部", "浙"),
    "ab9": ("4400", "泰和财粤分", "总公司非车险事业部", "粤"),
    "ab10": ("5100", "安信财川分", "总公司理赔管理部", "川"),
    "ab11": ("4400", "泰和财粤分", "总公司非车险事业部", "粤"),
    "ab12": ("4400", "泰和财粤分", "总公司非车险事业部", "粤"),
    "ab13": ("5100", "安信财川分", "总公司理赔管理部", "川"),
    "ab14": ("3700", "安信财鲁分", "总公司车险事业部", "鲁"),
    "ab15": ("4400", "泰和财粤分", "总公司非车险事业部", "粤"),
    "ab16": ("3700", "安信财鲁分", "总公司车险事业部", "鲁"),
    "ab17": ("5100", "安信财川分", "总公司理赔管理部", "川"),
    "ab18": ("3700", "安信财鲁分", "总公司车险事业部", "鲁"),
}


def q(d):
    """The period the department files by: 2026Q2."""
    return "{}Q{}".format(d.year, 1 + (d.month - 1) // 3)


def fn(co, d, what, ext, period=None):
    """The department's file-naming habit: 分公司代码_信息技术部_事项_期间."""
    return "%s_信息技术部_%s_%s.%s" % (co.bc, what, period or q(d), ext)


def sign_page(co, d, what):
    """The scanned 签批页 stapled to anything approved: 拟稿/审核/合规/签发."""
    return [("h1", "签批页（扫描件）"),
            ("table", [["环节", "签字", "日期", "意见"],
                       ["拟稿（运维中心）", co.p(1), cnd(d - timedelta(days=6)), "—"],
                       ["部门负责人审核", co.p(0), cnd(d - timedelta(days=4)), "同意"],
                       ["合规审查（法律合规部）", co.p(5), cnd(d - timedelta(days=2)), "经审查，未发现与监管规定相冲突的条款"],
                       ["分管领导签发", co.boss, cnd(d), "同意%s" % what]])]


def wen(co, d, n):
    return "%s发〔%d〕%d号" % (co.fw, d.year, n)


# --------------------------------------------------------------------------- 制度 (managed rules)

# key -> (制度 name, items, articles)
AB_RULES = {
    "secinc": ("网络安全事件处置与报告管理办法", ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process"], [
        ("事件分级", ["网络安全事件按影响分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）；按类型分为有害程序、网络攻击、信息破坏、设备设施故障和其他事件。"]),
        ("报告路径", ["发现人员立即报告运维中心值班长；Ⅲ级以上事件30分钟内电话报告部门负责人和总公司科技部安全处，2小时内书面报告；涉及监管报送的，由合规部按监管要求报送。"]),
        ("处置流程", ["值班长登记事件单、初判等级、通知专业组；专业组隔离、取证、清除、恢复，每小时向部门负责人通报进展。"]),
        ("事后处置", ["事件关闭后5个工作日内提交事件调查报告，分析根因、制定整改措施；对迟报、瞒报或处置不当的，按《员工违规行为处理办法》追究责任。"])]),
    "incident": ("信息系统生产事件管理办法", ["49/incident-procedure"], [
        ("适用范围", ["本办法适用于承保、理赔、车险出单、电销等生产系统发生的影响业务的中断、降级和数据错误。"]),
        ("受理与登记", ["服务台通过ITSM平台受理生产事件，记录发现时间、影响机构、影响险种和报告人。"]),
        ("分派与解决", ["一线30分钟内无法恢复的升级至二线专业组；一般事件4小时、较大事件2小时内恢复业务。"]),
        ("关闭与回顾", ["业务确认恢复后关闭工单；较大以上事件须召开事件回顾会并形成报告。"])]),
    "request": ("IT服务请求管理办法", ["49/request-procedure"], [
        ("请求类型", ["包括账号开通与权限变更、出单终端安装、打印机与电话坐席配置、数据提取等标准请求。"]),
        ("受理流程", ["用户通过ITSM平台或服务热线提交请求，权限类请求须经机构负责人审批，数据提取须经合规部审核。"]),
        ("时限", ["标准请求1个工作日内完成，数据提取3个工作日内完成，超时自动升级。"])]),
    "problem": ("信息系统问题管理办法", ["20/procedure", "37/procedure"], [
        ("问题识别", ["重复发生的生产事件、较大以上事件及趋势分析发现的隐患，由问题经理登记为问题。"]),
        ("根因分析", ["问题经理组织专业组开展根因分析，形成已知错误及临时解决方案，录入知识库。"]),
        ("解决与关闭", ["根本解决方案须经变更流程投产；投产后观察一个月无复发方可关闭问题。"])]),
    "knowledge": ("运维知识管理办法", ["21/procedure"], [
        ("知识来源", ["事件处理记录、问题根因、投产经验、厂商资料均为知识来源。"]),
        ("审核发布", ["知识条目由提交人起草、专业组长审核后在知识库发布，每年复审一次。"]),
        ("使用考核", ["服务台一线解决率和知识引用次数纳入季度考核。"])]),
    "change": ("信息系统变更与投产管理办法", ["54/procedure"], [
        ("变更分类", ["变更分为标准变更、一般变更、重大变更和紧急变更；重大变更须报总公司科技部备案。"]),
        ("变更窗口", ["常规变更窗口为每周二、周四22:00至次日02:00；月末、季末和监管报送期间封网，不安排变更。"]),
        ("审批与实施", ["变更申请须附实施方案、测试报告和回退方案，经变更评审会(CAB)审议、部门负责人审批后在窗口内实施。"]),
        ("投产验证与关闭", ["投产后由业务部门验证确认；失败变更须执行回退并在3个工作日内提交分析报告。"])]),
    "slm": ("IT服务级别管理办法", ["39/slm-procedure"], [
        ("服务级别协议", ["信息技术部与总公司业务部门签订服务级别协议，约定服务时间、可用率、响应与恢复时限。"]),
        ("监控与报告", ["每月统计服务级别达成情况，按季度报总公司科技部和业务部门。"]),
        ("评审", ["服务级别协议每年评审一次，未达成指标的须制定改进计划。"])]),
    "improve": ("运维服务持续改进管理办法", ["65/procedure"], [
        ("改进识别与登记", ["改进机会来源于事件回顾、内审与检查发现、客户意见和指标分析，统一登记至改进台账。"]),
        ("审批", ["改进项目由部门负责人审批立项，涉及投入的报分管领导批准。"]),
        ("评估与测量", ["改进完成后由质量岗评估实施效果，以指标变化衡量，未达目标的继续跟踪。"]),
        ("报告", ["改进实施情况纳入季度运维报告，报总公司科技部。"])]),
    "monitor": ("运维服务监视与测量管理办法", ["61/monitoring-process", "62/monitoring-process"], [
        ("监视内容", ["对服务级别、可用率、事件与变更指标、客户满意度实施持续监视。"]),
        ("测量方法", ["指标按月从ITSM平台和监控平台提取，由质量岗复核后发布。"]),
        ("结果运用", ["指标未达标的，发起纠正措施并纳入部门绩效考核。"])]),
    "audit": ("信息科技内部审核管理办法", ["61/audit-system", "62/audit-mechanism"], [
        ("审核安排", ["每年至少开展一次覆盖运维服务全部流程的内部审核，并接受分公司稽核部的信息科技审计。"]),
        ("审核实施", ["审核组按审核计划和检查表实施，发现不符合项开具整改通知。"]),
        ("整改与问责", ["被审核部门30日内完成整改并报送证据；整改不力的纳入问责。"])]),
    "pentest": ("渗透测试工作细则", ["31/pentest-process"], [
        ("授权", ["渗透测试须经部门负责人书面授权，明确范围、时间和测试人员。"]),
        ("实施", ["测试在非交易时段进行，禁止拒绝服务类测试；测试前完成数据备份。"]),
        ("报告与复测", ["测试结束出具报告，高危漏洞7日内修复并复测。"])]),
    "training": ("信息安全培训服务流程", ["31/training-process"], [
        ("需求收集", ["每年初收集各中心支公司的安全培训需求，形成年度培训计划。"]),
        ("实施", ["培训以集中授课、视频课程和钓鱼邮件演练方式开展，保存签到与课件。"]),
        ("效果评估", ["培训后考试，合格率低于90%的安排补训。"])]),
    "grading": ("信息系统安全等级保护定级工作细则", ["51/grading-criteria"], [
        ("定级依据", ["依据GB/T 22240，按受侵害客体和侵害程度确定业务信息安全和系统服务安全等级，取其高者为系统等级。"]),
        ("定级流程", ["系统负责人起草定级报告，经专家评审、总公司科技部审核后向公安机关备案。"])]),
}

RULE_NO = {k: i for i, k in enumerate(AB_RULES, 1)}


def rule_body(co, k):
    name, items, chapters = AB_RULES[k]
    arts = [(None, "为规范分公司信息技术运维工作，落实监管部门和总公司的要求，制定本办法。")]
    arts += [(head if i == 0 else None, a) for head, body in chapters for i, a in enumerate(body)]
    arts.append((None, "本办法由信息技术部负责解释，自印发之日起施行。"))
    b = []
    for n, (head, a) in enumerate(arts, 1):
        b += ([("h2", head)] if head else []) + [("p", "第%s条　%s" % (idx(n), a))]
    return b


def rule_doc(co, d, k, n, signed):
    """A 制度 issued by a 分公司 发文 notice; the signed copy carries its 签批页 scan."""
    name, items, _ = AB_RULES[k]
    b = [("p", "%s" % co.name), ("p", wen(co, d, n)), ("title", "关于印发《%s》的通知" % name),
         ("p", "各部门、各中心支公司："), ("p", "《%s》已经分公司总经理室审议通过，现予印发，请遵照执行。" % name),
         ("p", "%s　%s" % (co.name, cnd(d))), ("h1", name)] + rule_body(co, k)
    if signed:
        b += sign_page(co, d, "印发")
    return Doc("ab_rule", name, d, items, False, b)


def manual(co, d, keys, pdca):
    """信息技术运维管理手册: the department's own handbook, several 办法 as its chapters."""
    t = "信息技术部运维管理手册（%d版）" % d.year
    b = [("title", t), ("p", "文件编号：%s-IT-SC-01　版本：V%d.0　%s发布" % (co.bc, d.year - 2020, cnd(d)))]
    items = []
    ch = 1
    if pdca:
        b += [("h1", "第%d章　运维管理体系" % ch),
              ("p", "信息技术部按照“计划—执行—检查—改进”的循环管理运维服务：年初制定运维工作计划和服务目标（策划）；按制度和作业指导书组织日常运维（实施）；"
                    "通过指标监测、季度检查、内部审核和管理评审进行监视与评审；对发现的问题实施整改和持续改进（改进），形成闭环。")]
        items.append("10/pdca")
        ch += 1
    for k in keys:
        b.append(("h1", "第%d章　%s" % (ch, AB_RULES[k][0])))
        b += rule_body(co, k)
        items += AB_RULES[k][1]
        ch += 1
    b += sign_page(co, d, "发布")
    return Doc("ab_manual", t, d, sorted(set(items)), False, b)


def rule_index(co, d):
    """现行有效制度目录: cites every 办法 by 《》, proves nothing itself."""
    t = "信息技术部现行有效制度目录（%d年）" % d.year
    rows = [["序号", "制度名称", "文号", "状态"]] + [[i, "《%s》" % v[0], wen(co, d, 10 + i), "有效"] for i, (k, v) in enumerate(AB_RULES.items(), 1)]
    return Doc("decoy_citing", t, d, [], False, [("title", t), ("table", rows)], decoy="list citing procedures")


def compliance_check(co, d):
    t = "关于开展%d年信息科技制度执行情况自查的通知" % d.year
    b = [("title", t), ("p", "各运维组："),
         ("p", "根据总公司内控合规工作安排，请对照《信息系统变更与投产管理办法》《信息系统生产事件管理办法》《网络安全事件处置与报告管理办法》"
               "《运维服务持续改进管理办法》开展自查，于%d月底前报送自查表。" % ((d.month % 12) + 1)),
         ("p", "信息技术部　%s" % cnd(d))]
    return Doc("decoy_citing", t, d, [], True, b, decoy="notice citing procedures")


# --------------------------------------------------------------------------- business side onboarding

def survey(co, d, hours, sectypes):
    parts = [("一、调研背景", "%s对分公司%s、%s的运维保障提出新的要求，信息技术部于%s走访了%s及三家中心支公司。" % (co.customer, co.sys(0), co.sys(1), cnd(d), co.customer), [])]
    if hours:
        parts.append(("二、服务时段需求", [("table", [["系统", "业务时段", "保障要求"], [co.sys(0), "7×24小时", "核心时段8:00-20:00不得中断"],
                                                       [co.sys(1), "每日7:30-22:00", "理赔查勘高峰期加强值守"], [co.sys(2), "工作日9:00-21:00", "月末延长至24:00"]])], ["1/survey"]))
    if sectypes:
        parts.append(("三、安全服务需求", "业务方需要的安全服务类型：客户信息保护（防数据泄露）、漏洞扫描与加固、互联网出单渠道的Web防护、电销录音的访问审计、等级保护测评配合。", ["5/survey"]))
    parts.append(("四、结论", "以上需求纳入本年度服务级别协议修订。", []))
    return nar("ab_survey", "%s IT服务需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    return book("ab_budget", "%d年度信息技术运维预算表" % d.year, d, False, [
        ("预算明细", ["项目", "工作量（人月）", "人力成本（万元）", "项目经费（万元）", "里程碑", "完成节点"],
         [["核心系统运维", 36, 108, 40, "年中巡检", "%d-06-30" % d.year], ["网络及分支机构运维", 24, 60, 55, "分支链路改造", "%d-09-30" % d.year],
          ["安全运营", 18, 54, 80, "等保测评", "%d-11-30" % d.year], ["电销中心运维", 12, 30, 15, "坐席扩容", "%d-04-30" % d.year]], ["2/budget"])])


def docking_minutes(co, d, agree, health):
    """运维服务对接会纪要: what was agreed with the business side, and the health-check terms."""
    parts = [(None, "时间：%s　地点：分公司12楼会议室　参会：%s（%s）、%s、%s（信息技术部）" % (cnd(d), co.cp(0), co.customer, co.p(0), co.p(1)), [])]
    if agree:
        parts.append(("一、议定事项", ["1. 双方确认服务范围为%s、%s、%s及分支机构网络；" % (co.sys(0), co.sys(1), co.sys(2)),
                                      "2. 双方同意按调研报告的服务时段提供保障，经双方确认后签订服务级别协议。"], ["3/communication"]))
    if health:
        parts.append(("二、健康检查安排", "经商定：核心系统和安全设备每季度开展一次健康检查，采用远程检查为主、季末现场检查的方式；检查内容包括设备可用性、性能容量、配置合规和告警情况，检查报告5个工作日内提交业务方。",
                      ["15/agreement"]))
    parts.append(("三、其他", "电销中心坐席扩容事宜另行会议研究。", []))
    return nar("ab_minutes", "运维服务对接会会议纪要", d, False, parts)


def history(co, d, parts_on):
    parts = []
    if "list" in parts_on:
        parts.append(("一、历史数据清单", [("table", [["数据类别", "来源", "期间", "条数"], ["生产事件", "ITSM平台", "近三年", "1,284"], ["变更记录", "变更台账", "近三年", "936"],
                                                     ["监控告警", "监控平台", "近一年", "48,210"], ["操作审计", "堡垒机", "近一年", "22,905"]])], ["4/history-list"]))
    if "analysis" in parts_on:
        parts.append(("二、历史数据分析", ["指标完成：核心系统可用率年均99.96%，达标；车险出单系统2次未达标。",
                                         "违规操作：堡垒机审计发现未经审批直连生产库3次，已问责。",
                                         "重大事件：发生较大生产事件2起（理赔影像存储满、出单前置宕机）。",
                                         "失败变更：投产失败回退4次，主要原因为测试覆盖不足。"], ["4/analysis"]))
    if "strategy" in parts_on:
        parts.append(("三、运维保障策略及实施方案", ["1. 存储容量纳入周巡检阈值告警；2. 生产库访问全部经堡垒机并双人复核；3. 投产前强制回归测试；4. 出单前置双机热备，%d年二季度实施。" % d.year],
                      ["4/strategy"]))
    return nar("ab_history", "运维历史数据分析及保障策略", d, False, parts)


def avail_kpis(co, d):
    return book("ab_kpis", "信息系统可用性指标清单", d, False, [
        ("指标", ["指标类型", "系统", "指标名称", "目标值", "统计口径"],
         [["整体指标", "全部生产系统", "生产系统综合可用率", "≥99.9%", "按月"], ["单系统指标", co.sys(0), "可用率", "≥99.95%", "按月"],
          ["单系统指标", co.sys(1), "可用率", "≥99.9%", "按月"], ["单系统指标", co.sys(2), "交易成功率", "≥99.5%", "按日"]], ["6/availability-kpis"])])


def automation(co, d, auto):
    parts = [("一、以往解决方案及对生产的影响", [("table", [["问题", "解决方案", "对生产影响"], ["出单前置内存泄漏", "定时重启", "每次中断出单3分钟"],
                                                              ["影像存储满", "人工清理", "理赔上传失败约40分钟"]])], ["7/impact-analysis"])]
    if auto:
        parts.append(("二、可自动化的服务", "统计近一年安全事件处置效率，弱口令处置、恶意IP封禁平均耗时较长且步骤固定，建议纳入自动化编排；存储清理和证书到期提醒改为脚本自动执行。", ["7/automation"]))
    return nar("ab_auto", "运维服务数据分析及自动化建议", d, True, parts)


def sld_ola(co, d, both):
    parts = [("一、对总公司业务部门的服务级别设计", [("table", [["服务", "级别", "响应", "恢复"], [co.sys(0), "一级", "5分钟", "2小时"], [co.sys(2), "二级", "15分钟", "4小时"]])], ["8/sld"])]
    if both:
        parts.append(("二、内部运营级别协议（OLA）", "运维中心各组之间、与驻场厂商之间的内部约定与上表一致：一线5分钟内响应、二线15分钟内介入、厂商2小时到场，保证对外服务级别可以达成。", ["8/ola"]))
    return nar("ab_ola", "服务级别设计与内部运营级别协议对照", d, False, parts)


def org(co, d, roles):
    parts = [("一、组织架构", ["分公司网络安全与信息化领导小组：组长%s（分公司总经理），副组长%s，成员为各部门负责人；" % (co.boss, co.p(0)),
                             "领导小组下设办公室在信息技术部，运维中心下设系统组、网络组、安全组、服务台。"], ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("二、岗位与职责", [("table", [["角色", "岗位", "职责"], ["安全负责人", co.p(0), "安全运维总体负责"], ["安全管理员", co.p(2), "策略与审计"],
                                                   ["系统管理员", co.p(3), "主机与数据库"], ["审计员", co.p(5), "日志审计"], ["服务台", co.p(4), "受理与派单"]])],
                      ["18/roles", "23/roles"]))
    return nar("ab_org", "信息技术部组织架构及岗位职责", d, False, parts)


def staff(co, d, vendor):
    sheets = [("本部人员", ["姓名", "岗位", "证书"], [[co.p(i), ["部门负责人", "运维中心主任", "安全岗", "系统岗", "服务台", "质量岗"][i], "CISP" if i % 2 else "—"] for i in range(6)], ["9/staff-list"]),
              ("驻场外包", ["姓名", "所属公司", "驻场岗位", "入场日期"],
               [[co.vp(i), co.vendor, ["安全运维", "网络运维", "电销坐席系统"][i], "%d-03-01" % d.year] for i in range(3)] if vendor else [], ["9/outsourcing"])]
    return book("ab_staff", "运维人员名册", d, False, sheets)


def interface(co, d, n):
    t = "关于明确信息安全工作联络人的通知"
    b = [("p", wen(co, d, n)), ("title", t), ("p", "为加强与总公司科技部及监管部门的工作对接，确定%s为分公司信息安全工作联络人，负责安全管理工作的对外接口，%s为B角。" % (co.p(2), co.p(3))),
         ("p", "%s　%s" % (co.name, cnd(d)))]
    return Doc("ab_interface", t, d, ["28/interface-person"], False, b)


def desk(co, d, n):
    t = "关于设立信息技术服务台的通知"
    b = [("p", wen(co, d, n)), ("title", t), ("p", "分公司设立信息技术服务台（热线 %s-95500-8），统一受理各机构的故障报修和服务请求，工作时间7×24小时。" % co.bc),
         ("p", "服务台设坐席3个，由%s负责。" % co.p(4))]
    return Doc("ab_desk", t, d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [["序号", "姓名", "培训内容", "课时", "考核"]] + [[i + 1, co.p(i), "ITSM平台受理规范与车险出单常见问题", 4, "合格"] for i in range(5)]
    return book("ab_desk_training", "服务台人员业务培训记录", d, True, [("培训记录", rows[0], rows[1:], ["48/training"])])


def catalog(co, d, lines):
    rows = [["初始服务", "资产梳理、配置入库、流程导入"], ["安全设备运维", "防火墙、IPS、WAF日常维护"], ["日常巡检", "每日巡检、月度巡检报告"],
            ["健康检查", "季度健康检查"], ["安全事件审计", "日志审计与分析"]]
    items = ["12/catalog", "29/catalog"]
    if "l2" in lines:
        rows += [["运维监控与分析", "监控告警与趋势分析"], ["终端安全监控", "终端准入与防病毒"], ["等级保护合规运维", "等保测评配合与整改"]]
        items.append("19/catalog")
    if "l1" in lines:
        rows += [["安全通告及漏洞分析", "漏洞预警与通告"], ["应急响应", "7×24应急处置"]]
        items.append("26/catalog")
    return book("ab_catalog", "信息技术部运维服务目录", d, False, [("服务目录", ["服务项", "服务内容"], rows, items)])


def sla(co, d, modes, core):
    parts = [(None, "甲方：%s　乙方：%s信息技术部　有效期：%d年1月1日至%d年12月31日" % (co.customer, co.name, d.year, d.year), ["39/sla"]),
             ("一、服务范围", "%s、%s、%s及分支机构网络。" % (co.sys(0), co.sys(1), co.sys(2)), [])]
    if modes:
        parts.append(("二、运维方式", "分公司机房由驻场人员现场值守；分支机构采取远程值守和每季度定期巡检相结合的方式。", ["35/sla"]))
    if core:
        parts.append(("三、服务承诺指标", [("table", [["指标", "承诺值"], ["核心系统可用率", "≥99.95%"], ["一般事件恢复时间", "≤4小时"], ["RTO/RPO", "2小时/15分钟"]])], ["36/sla"]))
    parts.append(("四、考核", "未达承诺的，信息技术部提交说明并纳入季度考核。", []))
    return nar("ab_sla", "内部IT服务级别协议", d, False, parts, post=sign_page(co, d, "签署"))


def requirements(co, d):
    return nar("ab_req", "%s改造需求分析说明书" % co.sys(2), d, False, [
        ("一、需求来源", "与%s的%s逐条确认的业务需求。" % (co.customer, co.cp(1)), []),
        ("二、功能、性能与安全要求", ["功能：支持新能源车险条款；性能：并发出单300笔/秒；安全：客户敏感信息脱敏、接口双向认证。"], ["11/requirements"]),
        ("三、双方确认", "业务方代表%s、信息技术部%s签字确认。" % (co.cp(1), co.p(1)), [])])


def release_plan(co, d, test, rb):
    parts = [(None, "变更单号：CHG-%s-%s　变更窗口：%s 22:00-02:00" % (co.bc, ymd(d), cnd(d)), [])]
    if test:
        parts.append(("一、投产前测试安排", "UAT测试：功能回归128项；性能测试：峰值300笔/秒压测；安全测试：代码扫描和漏洞扫描，高危为零方可投产。", ["25/test-plan"]))
    if rb:
        parts.append(("二、回退方案", "投产失败时执行回退：恢复投产前数据库快照，应用切回上一版本，30分钟内完成并由业务验证。", ["11/rollback", "25/rollback"]))
    parts.append(("三、投产步骤", "停前置→部署→冒烟测试→业务验证→开放。", []))
    return nar("ab_release", "%s版本投产实施方案" % co.sys(0), d, True, parts, post=sign_page(co, d, "投产"))


def compat(co, d):
    return nar("ab_compat", "信创改造兼容性验证报告", d, True, [
        ("验证结论", [("table", [["验证项", "内容", "结果"], ["网络兼容", "新旧核心交换并行", "通过"], ["系统兼容", "麒麟OS与原中间件", "通过"], ["应用兼容", "旧版出单客户端访问新接口", "通过"]])],
         ["11/compatibility"])])


def construction_manual(co, d):
    return nar("ab_cm", "分支机构网络改造施工手册", d, False, [
        ("施工组织", "每个中心支公司安排一名驻场工程师，按“勘查—割接—验证”三步施工。", []),
        ("施工步骤及要求", ["1. 割接在变更窗口内进行；2. 割接前备份原配置；3. 完成后测试出单、理赔和电销坐席。"], ["11/manuals"])])


def wi(co, d, topic):
    steps = {"防火墙策略变更": ["登录堡垒机", "备份策略", "按变更单添加策略", "验证业务连通", "填写记录"],
             "核心数据库日常检查": ["检查表空间", "检查归档", "检查备份完成情况", "检查告警日志", "记录结果"],
             "出单终端故障处理": ["确认报障机构", "远程协助", "重装出单控件", "验证出单", "关闭工单"],
             "电销坐席系统巡检": ["检查CTI服务", "检查录音存储", "抽听录音", "检查坐席登录", "记录结果"]}[topic]
    return nar("ab_wi", "%s作业指导书" % topic, d, False, [("作业步骤", ["%d. %s" % (i + 1, s) for i, s in enumerate(steps)], ["24/work-instructions"])])


def wi_book(co, d, topics):
    t = "运维作业指导书汇编"
    b = [("title", t)]
    for i, tp in enumerate(topics, 1):
        b.append(("h1", "第%d篇　%s作业指导书" % (i, tp)))
        b += [x for x in wi(co, d, tp).blocks if x[0] != "title"]
    return Doc("ab_wi_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


def baseline(co, d):
    return book("ab_baseline", "安全配置基线", d, False, [
        ("主机", ["检查项", "要求"], [["口令复杂度", "≥8位含三类字符"], ["登录失败锁定", "5次锁定30分钟"]], ["25/baseline"]),
        ("网络设备", ["检查项", "要求"], [["管理协议", "仅SSH"], ["日志", "发送至日志审计平台"]], ["25/baseline"])])


def assets(co, d, ident):
    head = ["资产编号", "名称", "类别", "型号", "功能", "物理位置", "端口", "部署", "等级", "责任人"]
    rows = [["%s-HW-%03d" % (co.bc, i), n, c, m, f, "分公司机房%s" % l, p, dp, g, co.p(i)] for i, (n, c, m, f, l, p, dp, g) in enumerate([
        ("核心防火墙", "安全设备", "USG6650", "边界访问控制", "A03", "GE1/0/1-4", "主备", "重要"),
        ("WAF", "安全设备", "WAF-T6", "Web防护", "A04", "GE0/1", "串联", "重要"),
        ("出单前置服务器", "服务器", "R740", "车险出单", "B02", "eth0/eth1", "双机", "核心"),
        ("录音存储", "存储", "OceanStor 5300", "电销录音", "B05", "FC1/2", "单机", "一般")], 1)]
    sheets = [("硬件资产", head, rows, ["13/asset-list", "43/asset-list"] if ident else ["43/asset-list"]),
              ("软件资产", ["名称", "版本", "许可", "所在主机"], [[co.sys(0), "V5.2", "总公司统一", "CORE-01"], ["Oracle", "19c", "企业版", "DB-01"]], [])]
    return book("ab_assets", "信息资产台账", d, True, sheets)


def cmdb(co, d, rel, upd):
    sheets = [("配置项", ["CI编号", "名称", "类型", "机密性", "完整性", "可用性", "所有者"],
               [["CI-%04d" % i, n, t, "高", "高", "高" if i < 3 else "中", co.p(i)] for i, (n, t) in enumerate([("承保核心应用", "应用"), ("核心数据库", "数据库"), ("出单前置", "应用"), ("核心防火墙", "安全设备")], 1)],
               ["27/cmdb"]),
              ("关联关系", ["源CI", "关系", "目标CI"], [["承保核心应用", "依赖", "核心数据库"], ["出单前置", "调用", "承保核心应用"], ["核心防火墙", "保护", "出单前置"]] if rel else [], ["38/cmdb-relations"]),
              ("配置变更记录", ["日期", "CI", "变更内容", "变更单", "操作人"],
               [[(d - timedelta(days=9 * i)).isoformat(), "CI-%04d" % (i + 1), ["内存扩容", "补丁升级", "IP调整"][i], "CHG-%s-%d" % (co.bc, 300 + i), co.p(3)] for i in range(3)] if upd else [],
               ["43/ci-updates"])]
    return book("ab_cmdb", "CMDB配置项导出", d, True, sheets)


def ops_ledger(co, d, kinds):
    """安全设备运维台账: one sheet per record kind; only filled sheets count."""
    dd = [(d - timedelta(days=7 * i)).isoformat() for i in range(4)]
    S = {"maint": ("日常维护", ["日期", "设备", "维护内容", "结果", "人员"], [[dd[i], ["FW", "IPS", "WAF"][i % 3], "策略清理与设备保养", "正常", co.p(2)] for i in range(3)], ["14/maintenance", "44/maintenance"]),
         "insp": ("状态检查", ["日期", "设备", "CPU", "内存", "告警", "人员"], [[dd[i], ["FW", "IPS", "WAF"][i % 3], "21%", "40%", "无", co.vp(0)] for i in range(3)], ["44/inspection"]),
         "virus": ("定期查杀", ["日期", "范围", "病毒库版本", "发现", "处理"], [[dd[i], "服务器区", "2026%02d%02d" % (d.month, 1 + i), i, "已清除"] for i in range(2)], ["44/virus-scan"]),
         "fault": ("故障处理", ["日期", "设备", "现象", "排查", "处理结果"], [[dd[1], "IPS", "引擎告警", "板卡自检失败", "更换板卡"]], ["44/faults"]),
         "hw": ("硬件故障统计", ["季度", "设备", "故障部件", "次数"], [[q(d), "IPS", "业务板卡", 1], [q(d), "FW", "电源", 1]], ["14/hardware-faults"]),
         "upg": ("升级更新", ["日期", "设备", "原版本", "新版本", "验证"], [[dd[2], "WAF", "V3.1", "V3.2", "通过"]], ["44/upgrades"])}
    sheets = []
    for k in ("maint", "insp", "virus", "fault", "hw", "upg"):
        name, head, rows, its = S[k]
        sheets.append((name, head, rows if k in kinds else [], its))
    return book("ab_ops_ledger", "安全设备运维台账（%s）" % q(d), d, True, sheets)


def patrol(co, d, av):
    parts = [(None, "巡检月份：%d年%d月　巡检人：%s" % (d.year, d.month, co.vp(0)), []),
             ("一、安全设备监控", [("table", [["设备", "运行", "告警"], ["核心防火墙", "正常", "无"], ["IPS", "正常", "低危3条"], ["WAF", "正常", "无"]])], ["45/monitoring", "44/inspection", "14/maintenance"])]
    if av:
        parts.append(("二、防病毒情况", "防病毒服务器病毒库已更新，终端在线率97%，本月全网查杀1次，清除木马2个。", ["45/antivirus", "44/virus-scan"]))
    return nar("ab_patrol", "分公司机房日常巡检月报", d, True, parts)


def health(co, d, collect):
    parts = [(None, "检查方式：%s　检查日期：%s　检查人：%s" % (co.rng.choice(["远程检查", "现场检查"]), cnd(d), co.p(3)), []),
             ("一、可用性与持续性", [("table", [["对象", "可用率", "连续运行", "结论"], [co.sys(0), "99.98%", "120天", "良好"], ["核心防火墙", "100%", "300天", "良好"]])], ["15/records", "46/records"])]
    if collect:
        parts.append(("二、信息采集", ["配置：导出核心交换机和防火墙配置并与基线比对；", "流量：互联网出口峰值650Mbps；", "状态：主机CPU、内存、磁盘均在阈值内。"], ["16/config", "16/traffic", "16/status"]))
    return nar("ab_health", "%s健康检查报告" % q(d), d, True, parts)


def log_audit(co, d):
    return nar("ab_logaudit", "日志审计分析报告（%d年%d月）" % (d.year, d.month), d, True, [
        ("一、审计范围", "网络及安全设备日志、服务器与操作系统日志、核心应用访问日志、数据库审计日志。", []),
        ("二、分析结果", [("table", [["来源", "日志量", "异常", "处理"], ["防火墙/IPS", "1,820万", "端口扫描41次", "已封禁"], ["服务器/OS", "96万", "失败登录12次", "已核实"],
                                     ["核心应用", "310万", "非工作时间批量查询2次", "已问询"]])], ["17/log-analysis", "45/audit-report", "47/audit"])])


def sec_stats(co, d, analysis):
    sheets = [("事件统计", ["月份", "有害程序", "网络攻击", "信息泄露", "设备故障", "合计"],
               [["%d-%02d" % (d.year, m), 1, 6, 0, 2, 9] for m in range(max(1, d.month - 2), d.month + 1)], ["18/incident-stats"]),
              ("分析", ["项目", "说明"], [["趋势", "网络攻击占比最高，集中于互联网出单入口"], ["措施", "加固WAF规则，上线IP信誉库"]] if analysis else [], ["18/incident-analysis"])]
    return book("ab_secstats", "网络安全事件统计分析表（%s）" % q(d), d, True, sheets)


def avail_plan(co, d):
    return nar("ab_availplan", "%d年信息系统可用性保障计划" % d.year, d, False, [
        ("目标与措施", ["目标：核心系统可用率≥99.95%。", "措施：出单前置双活改造、数据库容量季度评估、重要时点（季末、开门红）封网保障。"], ["18/availability-plan", "22/plan"])])


def avail_events(co, d):
    rows = [[(d - timedelta(days=20 * i)).isoformat(), co.sys(i), ["出单缓慢", "理赔影像上传失败", "坐席登录中断"][i], "%d分钟" % (10 + 7 * i), "已恢复"] for i in range(3)]
    return book("ab_availev", "可用性事件登记表", d, True, [("可用性事件", ["日期", "系统", "事件", "影响时长", "状态"], rows, ["18/availability-events", "22/events"])])


def quarter_report(co, d, avail, data, forecast):
    """季度信息科技运维报告 to 总公司科技部: trends, and by chance availability, the KPI data, a forecast."""
    parts = [(None, "报送：总公司科技部　报送单位：%s信息技术部　报告期：%s" % (co.name, q(d)), []),
             ("一、运行监控趋势", [("table", [["指标", "上季度", "本季度", "趋势"], ["监控告警数", "4,210", "3,650", "下降"], ["CPU峰值均值", "62%", "58%", "平稳"], ["出单交易量", "182万", "205万", "上升"]]),
                                 "告警数量下降主要因为阈值优化；交易量增长，需关注出单前置容量。"], ["50/monitoring-report"])]
    if avail:
        parts.append(("二、可用性情况", "本季度核心系统可用率99.97%，车险出单系统99.93%，均达成年度可用性计划目标；可用性事件3起，详见登记表。", ["18/availability-report", "22/report"]))
    if data:
        parts.append(("三、运维数据", [("table", [["指标", "本季度"], ["异常报告及时率", "98%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "97%"], ["故障隐患发现率", "92%"],
                                                 ["异常主动发现率", "88%"], ["问题解决率", "90%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "93%"], ["安全事件次数", "9"]])],
                      ["56/data"]))
    if forecast:
        parts.append(("四、下阶段预测", "根据日志、变更、事件、请求和问题数据汇总：预计下季度变更量上升约20%（新能源车险投产），请求量随坐席扩容增加，事件以出单前置为主，需提前扩容。", ["71/forecast"]))
    return nar("ab_qreport", "%s季度信息科技运维报告" % q(d), d, True, parts, post=sign_page(co, d, "报送"))


def kb(co, d):
    rows = [["KB-%04d" % (100 + i), t, co.p(i), "已发布"] for i, t in enumerate(["出单控件证书过期处理", "影像上传失败排查", "电销坐席无法签入", "VPN分支断线"])]
    return book("ab_kb", "运维知识库导出", d, True, [("知识条目", ["编号", "标题", "作者", "状态"], rows, ["21/knowledge-base"])])


def pentest_plan(co, d):
    return nar("ab_ptplan", "%d年渗透测试计划" % d.year, d, False, [
        ("测试安排", [("table", [["季度", "对象", "方式"], ["二季度", "互联网出单平台", "黑盒"], ["四季度", "电销系统", "灰盒"]])], ["31/pentest-plan", "32/pentest-plan"])])


def pentest_report(co, d):
    return nar("ab_pt", "%s渗透测试报告" % co.sys(2), d, True, [
        ("测试结果", [("table", [["编号", "漏洞", "等级", "状态"], ["PT-01", "越权查询保单", "高危", "已修复复测"], ["PT-02", "验证码可绕过", "中危", "已修复"]])], ["31/pentest-records", "32/pentest-records"])])


def dev_plan(co, d):
    return nar("ab_dev", "%d年安全运维工具开发计划" % d.year, d, False, [
        ("开发项目", ["1. 弱口令自动核查脚本（自研，二季度）；2. 出单前置健康监测插件（应总公司要求，三季度）。"], ["33/dev-plan"])])


def grading(co, d):
    return nar("ab_grading", "%s安全保护等级定级报告" % co.sys(0), d, False, [
        ("定级结论", "业务信息安全保护等级第三级、系统服务安全保护等级第三级，系统定为第三级，已向公安机关备案。", ["51/grading"])])


def emergency(co, d, strategy):
    parts = [("一、适用范围", "分公司生产系统突发事件和网络安全事件的应急处置。", ["36/emergency-plan", "53/emergency-plan"]),
             ("二、应急响应流程", ["1. 监测预警：监控平台和值班人员发现异常，值班长5分钟内初判事件等级；",
                                "2. 启动响应：较大以上事件由应急领导小组组长宣布启动预案，应急小组30分钟内集结；",
                                "3. 处置与上报：按场景处置手册隔离、处置，同时按规定时限报告总公司科技部并通报业务部门；",
                                "4. 响应结束：业务恢复并观察无异常后宣布结束，5个工作日内完成总结评估。"], ["34/emergency-process"])]
    if strategy:
        parts.append(("三、恢复策略", "核心系统切换至总公司同城灾备；出单前置故障切换至备机；分支网络中断切换4G备份链路。", ["55/plan"]))
    return nar("ab_emerg", "信息系统突发事件应急预案", d, False, parts, post=sign_page(co, d, "发布"))


def recovery(co, d):
    return nar("ab_recovery", "核心系统恢复计划", d, False, [
        ("恢复步骤", ["1. 宣布灾难并报总公司；2. 启用同城灾备数据库；3. 应用切换并验证；4. 业务验证后恢复服务，RTO 2小时。"], ["36/recovery-plan"])])


def bcp(co, d):
    return nar("ab_bcp", "分公司信息系统业务连续性计划", d, False, [
        ("业务影响与恢复", ["关键业务：车险出单、理赔报案、电销；最大容忍中断2小时。", "应急响应与灾难恢复：依托总公司同城灾备和分公司备用机房。"], ["42/bcp"])],
        post=sign_page(co, d, "发布"))


def drill(co, d, kind):
    if kind == "dr":
        t, its, body = "核心系统灾备切换演练记录", ["40/recovery-drill", "53/drill"], "演练按恢复计划切换至同城灾备，数据库切换用时18分钟，应用验证通过，RTO实际52分钟。"
    else:
        t, its, body = "网络安全应急演练记录", ["40/emergency-drill", "53/drill"], "模拟互联网出单平台遭受勒索攻击，按应急预案隔离、研判、恢复，用时45分钟，发现通报链条问题1项。"
    return nar("ab_drill", t, d, True, [(None, "演练日期：%s　总指挥：%s" % (cnd(d), co.p(0)), []), ("演练过程与评估", body, its)])


def bulletin(co, d, n, parts_on):
    parts = [(None, "第%d期　%s" % (n, cnd(d)), ["53/bulletin"])]
    if "policy" in parts_on:
        parts.append(("一、监管与政策动态", "国家金融监督管理总局发布保险业网络安全管理相关要求；《网络数据安全管理条例》施行，各机构做好客户信息保护。", ["52/policy"]))
    if "vuln" in parts_on:
        parts.append(("二、漏洞预警", "Oracle WebLogic远程代码执行漏洞影响承保中间件，已评估并安排补丁窗口；厂商安全公告：防火墙厂商发布固件升级公告。", ["52/vulnerability"]))
    if "virus" in parts_on:
        parts.append(("三、病毒预警", "近期仿冒理赔通知的钓鱼邮件携带窃密木马，已更新网关规则。", ["52/virus"]))
    if "ana" in parts_on:
        parts.append(("四、分析与建议", "以上漏洞对我司影响等级为高，建议本月变更窗口完成修复；钓鱼邮件风险较高，安排全员提示。", ["52/analysis"]))
    return nar("ab_bulletin", "信息安全通报", d, True, parts)


def changes(co, d):
    rows = [["CHG-%s-%d" % (co.bc, 400 + i), (d - timedelta(days=6 * i)).isoformat(), t, l, "成功", co.p(i)] for i, (t, l) in enumerate([("出单前置扩容", "一般"), ("WAF规则更新", "标准"), ("核心补丁", "重大"), ("电销CTI升级", "一般")])]
    return book("ab_changes", "变更投产台账（%s）" % q(d), d, True, [("变更记录", ["变更单号", "日期", "内容", "类别", "结果", "实施人"], rows, ["54/records"]),
                                                               ("封网期", ["期间", "说明"], [["季末最后三天", "封网"]], [])])


def tickets(co, d, resp):
    rows = [["INC%s%05d" % (co.bc, 200 + i), (d - timedelta(days=3 * i)).isoformat(), k, "%d分钟" % (3 + i), "≤15分钟", "达标"] for i, k in enumerate(["生产事件", "服务请求", "生产事件", "服务请求"])]
    sheets = [("工单", ["工单号", "日期", "类型", "响应用时", "方案要求", "是否达标"] if resp else ["工单号", "日期", "类型"], [r if resp else r[:3] for r in rows],
               ["43/process-records"] + (["55/response-times"] if resp else []))]
    return book("ab_tickets", "ITSM工单导出", d, True, sheets)


def kpi_assess(co, d, capa):
    sheets = [("指标监测", ["指标", "目标", "实际", "达成"], [["客户满意度", "≥90", "92", "是"], ["投诉", "≤2件", "3件", "否"], ["事件按时恢复率", "≥95%", "96%", "是"]], ["57/measurement"]),
              ("纠正预防措施", ["编号", "未达成项", "原因", "措施", "责任人", "完成"], [["CAPA-%s-01" % q(d), "投诉超标", "出单慢", "扩容前置", co.p(3), "已完成"]] if capa else [], ["57/capa"])]
    return book("ab_kpi", "运维目标监测及纠正措施表（%s）" % q(d), d, True, sheets)


def csat(co, d, y, half):
    return nar("ab_csat", "%d年%s IT服务满意度调查报告" % (y, half), d, True, [
        ("调查结果与分析", ["发放问卷62份，回收58份，综合满意度91.2分。", "满意度较低的是出单终端故障响应，原因是中心支公司现场支持不足。"], ["58/survey", "63/survey", "41/surveys"])])


def csat_trend(co, d):
    return nar("ab_trend", "IT服务满意度趋势分析", d, True, [
        ("趋势", [("table", [["期间", "得分"], ["2025上半年", "88.5"], ["2025下半年", "89.7"], ["2026上半年", "91.2"]]), "满意度连续三期上升。"], ["41/trend"])])


def callbacks(co, d):
    rows = [[(d - timedelta(days=14 * i)).isoformat(), ["济南中支", "青岛中支", "电销中心"][i % 3], co.p(4), "较满意", "无"] for i in range(4)]
    return book("ab_callbacks", "服务回访记录", d, True, [("回访", ["日期", "回访对象", "回访人", "评价", "意见"], rows, ["63/follow-up-visits"])])


def internal_audit(co, d):
    return nar("ab_ia", "%d年信息科技内部审核报告" % d.year, d, True, [
        ("审核结论", "审核覆盖运维全部流程，依据总公司信息科技管理制度和ISO/IEC 20000；发现不符合项3项，已下发整改通知。", ["59/internal-audit"])])


# the review's inputs as the minutes' 评审输入 table rows: key -> (输入, 汇报要点, item)
REVIEW_IN = [("perf", "服务和流程的执行情况及符合性", "流程执行符合制度要求，服务级别达成率98%", "60/performance"),
             ("fb", "业务方反馈", "车险事业部对出单终端报修响应速度提出意见", "60/customer-feedback"),
             ("res", "当前及预测资源水平", "运维人员14人；明年电销坐席扩容预计需增2人", "60/resources"),
             ("ca", "纠正措施进展", "上年3项纠正措施已关闭2项，1项跟踪中", "60/corrective-actions"),
             ("chg", "可能影响服务的变更", "总公司新一代核心系统切换、新能源车险上线", "60/changes"),
             ("imp", "改进机会", "出单前置扩容、巡检自动化、知识库整理", "60/improvements")]


def review(co, d, inputs):
    rows = [["评审输入", "汇报要点", "汇报人"]]
    items = ["59/management-review"]
    for key, what, said, item in REVIEW_IN:
        if key in inputs:
            rows.append([what, said, co.p(len(rows))])
            items.append(item)
    t = "%d年度信息科技管理评审会议纪要" % d.year
    b = [("title", t), ("p", "会议时间：%s　主持人：%s　记录：%s" % (cnd(d), co.boss, co.p(5))), ("h1", "一、评审输入"), ("table", rows),
         ("h1", "二、评审结论"), ("p", "运维服务管理体系运行基本有效，与总公司要求和监管规定相符；同意下年度改进计划，未达标事项纳入问责考核。")]
    return Doc("ab_review", t, d, items, True, b)


def dept_minutes(co, d, prio, defect, prev):
    """部务会纪要: several decisions in one set of minutes."""
    parts = [(None, "时间：%s　主持：%s" % (cnd(d), co.p(0)), [])]
    if prio:
        parts.append(("一、改进机会排序", [("table", [["改进机会", "影响", "成本", "优先级"], ["出单前置扩容", "高", "中", "1"], ["巡检自动化", "中", "低", "2"], ["知识库整理", "低", "低", "3"]]),
                                         "会议按业务影响和投入排序，同意前两项立项。"], ["67/analysis", "67/prioritisation"]))
    if defect:
        parts.append(("二、上季度服务缺陷分析", "分析失败变更2次（测试覆盖不足）和服务不达标1次（出单前置宕机超时），决定投产前强制回归测试并对责任人问责。", ["70/defect-analysis"]))
    if prev:
        parts.append(("三、预防措施", "针对存储容量隐患，新增容量预警阈值80%；三个月运行验证未再发生满盘，措施有效。", ["66/preventive-actions", "66/effectiveness"]))
    parts.append(("四、其他", "工会秋季活动安排。", []))
    return nar("ab_dept", "信息技术部部务会会议纪要", d, True, parts)


def improve_plan(co, d, crit):
    parts = [("一、改进目标与项目", [("table", [["项目", "目标", "责任人"], ["出单前置扩容", "季末峰值无超时", co.p(3)], ["巡检自动化", "巡检耗时减半", co.p(2)]])], ["64/plan", "68/plan"])]
    if crit:
        parts.append(("二、评估标准", "改进机会按业务影响（40%）、风险降低（30%）、成本（30%）评分，60分以上立项；经识别、记录、审批、评估、测量并按季度报告。", ["64/criteria"]))
    return nar("ab_improve", "%d年运维服务持续改进计划" % d.year, d, False, parts)


def improve_ledger(co, d, eff):
    sheets = [("实施跟踪", ["项目", "批准", "进度", "完成日期"], [["出单前置扩容", co.p(0), "已完成", d.isoformat()], ["巡检自动化", co.p(0), "已完成", d.isoformat()]], ["68/implementation"]),
              ("效果测量", ["项目", "目标", "实际"], [["出单前置扩容", "无超时", "季末峰值无超时"], ["巡检自动化", "耗时减半", "由4小时降至1.5小时"]] if eff else [], ["68/effectiveness"])]
    return book("ab_impledger", "持续改进项目台账（%s）" % q(d), d, True, sheets)


def awareness(co, d):
    rows = [[i + 1, co.p(i), "信息技术部", "已签"] for i in range(6)]
    return book("ab_aware", "持续改进意识宣贯培训签到表", d, True, [("签到", ["序号", "姓名", "部门", "签名"], rows, ["69/awareness-training"])],
                note=["主题：运维服务持续改进文化与“人人提改进”", "主讲：%s" % co.p(0)])


# --------------------------------------------------------------------------- documents that prove nothing

def regulatory(co, d):
    t = "%s监管数据报送任务清单" % q(d)
    rows = [["报表", "报送系统", "频率", "责任人"], ["保费收入月报", "保险统计信息系统", "月", co.p(5)], ["车险理赔数据", "车险信息平台", "日", co.p(3)]]
    return Doc("ab_unrelated", t, d, [], True, sheets=[("报送", [[t]] + rows)])


def unrelated(co, d, i):
    items = [("综合/党建", "%d年第%d季度党支部主题党日活动记录" % (d.year, (d.month - 1) // 3 + 1), "组织学习，开展主题党日活动。"),
             ("综合/工会", "信息技术部秋季趣味运动会方案", "工会组织趣味运动会，报名截止本月底。"),
             ("综合/行政", "办公用品领用登记说明", "办公用品每月5日集中领用。"),
             ("业务支持", "开门红车险出单保障通知", "各机构做好开门红期间的出单工作，信息技术部安排人员值守。"),
             ("综合/合规", "反洗钱宣传月活动总结", "开展反洗钱知识宣传，覆盖客户2300人次。")]
    folder, t, body = items[i]
    return folder, t, Doc("ab_unrelated", t, d, [], True, [("title", t), ("p", body), ("p", cnd(d))])


def signin_plan(co, d, plan):
    t = "《%s》宣贯培训签到表" % plan
    rows = [[t], ["序号", "姓名", "签名"]] + [[i + 1, co.p(i), co.p(i)] for i in range(5)]
    return Doc("decoy_training", t, d, [], True, sheets=[("签到", rows)], decoy="training record about a plan")


# --------------------------------------------------------------------------- the share

def build(co, lock_bytes):
    """Lay out an AB share: 01制度/, 02服务管理/<业务方>/, 03运行维护/, 04安全管理/, 05应急与连续性/,
    06报告/, 07内控合规/, 08持续改进/, 09培训/, 综合/; older copies under 99归档/, decoys."""
    co.bc, co.fw, co.biz, co.sheng = AB_INFO[co.info_id]
    r = co.rng
    ZD, FW, YX, AQ, YJ, BG, NK, GJ, PX = ("01制度/", "01制度/发文/", "03运行维护/", "04安全管理/", "05应急与连续性/",
                                          "06报告/", "07内控合规/", "08持续改进/", "09培训/")
    SV = "02服务管理/%s/" % co.biz
    optional = ["budget", "history", "auto", "ola", "staff", "requirements", "compat", "release", "baseline", "health", "kb", "ptplan", "pt",
                "dev", "recovery", "bcp", "drdrill", "trend", "callbacks", "desk_training", "kpi", "dept", "improve", "impledger", "aware",
                "audit", "review", "grading", "interface", "cmdb", "secstats", "logaudit", "availplan", "availev", "kpis", "tickets",
                "cm", "changes"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"auto", "pt", "trend", "callbacks", "kb", "audit", "logaudit", "drdrill", "aware", "kpi", "desk_training",
                                "secstats", "health", "availev", "tickets", "impledger"} - gaps), 3))
    seq = iter(range(5, 300, 4))    # 发文 numbers, rising through the share
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made

    # --- 制度: the 手册 holds some 办法 as chapters; the others issued alone (signed ones as PDF scans)
    keys, in_manual = [], []
    for k in AB_RULES:
        if r.random() >= 0.06:
            keys.append(k)
            if r.random() < 0.35:
                in_manual.append(k)
    d = co.issued()
    add(ZD + "%s_信息技术部运维管理手册_V%d.0.pdf" % (co.bc, d.year - 2020), manual(co, d, in_manual, r.random() < 0.9), meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_manual:
            continue
        d = co.issued()
        n = next(seq)
        signed = r.random() < 0.5
        ext = "pdf" if signed else r.choice(["docx", "docx", "pdf"])
        name = "%s %s" % (wen(co, d, n), AB_RULES[k][0])
        if signed:
            name += "（签批件）"
        add(FW + "%d/%s.%s" % (d.year, name, ext), rule_doc(co, d, k, n, signed), meta_title=r.random() < 0.4)

    # --- 服务管理/<业务方>: onboarding, SLA, catalogue, satisfaction
    d0 = co.issued()
    add(SV + "01需求/%s_%sIT服务需求调研报告.docx" % (co.bc, co.biz), survey(co, d0, r.random() < 0.9, r.random() < 0.85))
    slot("budget", lambda d: SV + "01需求/" + fn(co, d, "运维预算表", "xlsx", "%d" % d.year), lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    add(SV + "01需求/%s 运维服务对接会会议纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), docking_minutes(co, d, r.random() < 0.9, r.random() < 0.85))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: SV + "01需求/运维历史数据分析及保障策略_%d.docx" % d.year, lambda d: history(co, d, on), "issued")
    d = co.issued()
    add(SV + "02协议/%s_内部IT服务级别协议_%d（双方签章）.pdf" % (co.bc, d.year), sla(co, d, r.random() < 0.9, r.random() < 0.85))
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])
    d = co.issued()
    add(SV + "02协议/" + fn(co, d, "运维服务目录", "xlsx", "%d" % d.year), catalog(co, d, lv))
    slot("ola", lambda d: SV + "02协议/服务级别设计与OLA对照表.docx", lambda d: sld_ola(co, d, r.random() < 0.85), "issued")
    slot("requirements", lambda d: SV + "03项目/%s改造需求分析说明书.docx" % co.sys(2), lambda d: requirements(co, d))
    for d, h in [(date(2025, 7, 6), "上半年"), (date(2026, 1, 9), "下半年"), (date(2026, 7, 7), "上半年")]:
        if r.random() < 0.8:
            y = d.year if h == "上半年" else d.year - 1
            add(SV + "04满意度/%s_%d%s_IT服务满意度调查报告.%s" % (co.bc, y, "H1" if h == "上半年" else "H2", r.choice(["docx", "pdf"])), csat(co, d, y, h))
    slot("trend", lambda d: SV + "04满意度/满意度趋势分析_%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: SV + "04满意度/" + fn(co, d, "服务回访记录", "xlsx"), lambda d: callbacks(co, d))

    # --- organisation and service desk
    d = co.issued()
    add(ZD + "组织/%s_信息技术部组织架构及岗位职责.pdf" % co.bc, org(co, d, r.random() < 0.9))
    slot("staff", lambda d: ZD + "组织/" + fn(co, d, "运维人员名册", "xlsx", ymd(d)), lambda d: staff(co, d, r.random() < 0.85), "issued")
    n_if = next(seq)
    slot("interface", lambda d: FW + "%d/%s 关于明确信息安全工作联络人的通知.pdf" % (d.year, wen(co, d, n_if)), lambda d: interface(co, d, n_if), "issued")
    d = co.issued()
    n = next(seq)
    add(FW + "%d/%s 关于设立信息技术服务台的通知.docx" % (d.year, wen(co, d, n)), desk(co, d, n))
    slot("desk_training", lambda d: PX + "%d/%s 服务台人员业务培训记录.xlsx" % (d.year, ymd(d)), lambda d: desk_training(co, d))

    # --- 运行维护: 台账 and records
    d = co.fresh()
    add(YX + "台账/" + fn(co, d, "信息资产台账", "xlsx"), assets(co, d, r.random() < 0.88))
    rel, upd = r.random() < 0.75, r.random() < 0.8
    slot("cmdb", lambda d: YX + "台账/CMDB配置项导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, rel, upd))
    kinds = [k for k in ("maint", "insp", "virus", "fault", "hw", "upg") if r.random() < 0.86] or ["maint"]
    for i in range(r.randint(1, 2)):
        d = date(2026, 3 * (2 + i) - 2 + r.randint(0, 2), 20)
        name = YX + "台账/" + fn(co, d, "安全设备运维台账", "xlsx")
        if name not in co.used:
            add(name, ops_ledger(co, d, kinds))
    for m in sorted(r.sample(range(5, 11), r.choice([2, 3]))):    # November's is still being written
        d = date(2026, m, 26)
        add(YX + "巡检/%d年/%s_%d%02d_机房日常巡检月报.%s" % (d.year, co.bc, d.year, m, r.choice(["docx", "pdf"])), patrol(co, d, r.random() < 0.8))
    col = r.random() < 0.6
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: YX + "健康检查/" + fn(co, d, "健康检查报告", "pdf", "%s_%s" % (q(d), ymd(d))), lambda d: health(co, d, col))
    slot("changes", lambda d: YX + "变更投产/" + fn(co, d, "变更投产台账", "xlsx"), lambda d: changes(co, d))
    slot("release", lambda d: YX + "变更投产/%s_%s投产实施方案.pdf" % (ymd(d), co.sys(0)), lambda d: release_plan(co, d, r.random() < 0.85, r.random() < 0.85))
    slot("compat", lambda d: YX + "变更投产/信创改造兼容性验证报告_%s.docx" % ymd(d), lambda d: compat(co, d))
    slot("baseline", lambda d: YX + "台账/" + fn(co, d, "安全配置基线", "xlsx", "%d" % d.year), lambda d: baseline(co, d), "issued")
    slot("tickets", lambda d: YX + "工单/ITSM工单导出_%s.xlsx" % ymd(d), lambda d: tickets(co, d, r.random() < 0.7))
    slot("kb", lambda d: YX + "知识库/运维知识库导出_%s.xlsx" % ymd(d), lambda d: kb(co, d))
    slot("cm", lambda d: YX + "作业指导/分支机构网络改造施工手册.docx", lambda d: construction_manual(co, d), "issued")
    topics = ["防火墙策略变更", "核心数据库日常检查", "出单终端故障处理", "电销坐席系统巡检"]
    in_book = sorted(r.sample(topics, 2), key=topics.index)
    d = co.issued()
    add(YX + "作业指导/运维作业指导书汇编.pdf", wi_book(co, d, in_book))
    for tp in topics:
        if tp not in in_book and r.random() < 0.75:
            add(YX + "作业指导/%s作业指导书.docx" % tp, wi(co, co.issued(), tp))

    # --- 安全管理
    for i in range(r.randint(1, 2)):
        slot("logaudit", lambda d: AQ + "日志审计/%d/%s_日志审计分析报告_%s.%s" % (d.year, co.bc, ymd(d), r.choice(["docx", "pdf"])), lambda d: log_audit(co, d))
    slot("secstats", lambda d: AQ + "事件统计/" + fn(co, d, "网络安全事件统计分析表", "xlsx"), lambda d: sec_stats(co, d, r.random() < 0.8))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        on = [p for p in ("policy", "vuln", "virus", "ana") if r.random() < 0.75]
        ext = r.choice(["pdf", "docx", "txt"])
        name = AQ + "安全通报/%d/信息安全通报（%d年第%d期）.%s" % (d.year, d.year, n, ext)
        if name not in co.used:
            # the mail-text copies are saved from the 总公司 mail client, some in GBK
            add(name, bulletin(co, d, n, on), **({"encoding": r.choice(["utf-8", "gb18030"])} if ext == "txt" else {}))
    slot("ptplan", lambda d: AQ + "渗透测试/%d年渗透测试计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pt", lambda d: AQ + "渗透测试/%s_%s渗透测试报告.pdf" % (ymd(d), co.sys(2)), lambda d: pentest_report(co, d))
    slot("dev", lambda d: AQ + "工具开发/%d年安全运维工具开发计划.docx" % d.year, lambda d: dev_plan(co, d))
    slot("grading", lambda d: AQ + "等级保护/%s定级报告（备案版）.pdf" % co.sys(0), lambda d: grading(co, d), "issued")

    # --- 应急与连续性
    d = co.issued()
    add(YJ + "%s_信息系统突发事件应急预案（签发版）.pdf" % co.bc, emergency(co, d, r.random() < 0.85))
    slot("recovery", lambda d: YJ + "核心系统恢复计划.docx", lambda d: recovery(co, d), "issued")
    slot("bcp", lambda d: YJ + "%s_业务连续性计划（签发版）.pdf" % co.bc, lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: YJ + "演练/%s 灾备切换演练记录.docx" % ymd(d), lambda d: drill(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add(YJ + "演练/%s 网络安全应急演练记录.%s" % (ymd(d), r.choice(["docx", "pdf"])), drill(co, d, "emergency"))

    # --- 报告 to 总公司科技部 and 可用性
    slot("kpis", lambda d: BG + "可用性/" + fn(co, d, "可用性指标清单", "xlsx", "%d" % d.year), lambda d: avail_kpis(co, d), "issued")
    slot("availplan", lambda d: BG + "可用性/%d年信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d), "issued")
    slot("availev", lambda d: BG + "可用性/" + fn(co, d, "可用性事件登记表", "xlsx"), lambda d: avail_events(co, d))
    for qn in sorted(r.sample([1, 2, 3], r.choice([2, 3]))):
        d = date(2026, 3 * qn + 1, 10 + r.randint(0, 8))
        add(BG + "季度报告/%s_%dQ%d_信息科技运维报告（报总公司科技部）.%s" % (co.bc, 2026, qn, r.choice(["pdf", "docx"])),
            quarter_report(co, d, r.random() < 0.6, r.random() < 0.6, r.random() < 0.4))
    slot("auto", lambda d: BG + "专项分析/运维服务数据分析及自动化建议_%d.docx" % d.year, lambda d: automation(co, d, r.random() < 0.8))

    # --- 内控合规: KPI, audit, review
    capa = r.random() < 0.8
    slot("kpi", lambda d: NK + "指标考核/" + fn(co, d, "运维目标监测及纠正措施表", "xlsx"), lambda d: kpi_assess(co, d, capa))
    slot("audit", lambda d: NK + "内部审核/%d年信息科技内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("review", lambda d: NK + "管理评审/%d年度信息科技管理评审会议纪要.docx" % d.year, lambda d: review(co, d, inputs))

    # --- 持续改进
    crit = r.random() < 0.8
    slot("improve", lambda d: GJ + "%d年运维服务持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, crit), "issued")
    eff = r.random() < 0.8
    slot("impledger", lambda d: GJ + fn(co, d, "持续改进项目台账", "xlsx"), lambda d: improve_ledger(co, d, eff))
    pr, df, pv = r.random() < 0.85, r.random() < 0.8, r.random() < 0.8
    slot("dept", lambda d: GJ + "部务会/%s 信息技术部部务会会议纪要.docx" % ymd(d), lambda d: dept_minutes(co, d, pr, df, pv))
    slot("aware", lambda d: PX + "%d/%s 持续改进意识宣贯签到表.xlsx" % (d.year, ymd(d)), lambda d: awareness(co, d))

    # --- working files that prove no clause
    for qn in (2, 3):
        d = date(2026, 3 * qn + 1, 5)
        add(BG + "监管报送/" + fn(co, d, "监管数据报送任务清单", "xlsx", "2026Q%d" % qn), regulatory(co, d))

    # --- last year's copies moved to 99归档/<year>/ at the yearly 归档: they belong, but are stale
    archive(co, add, [m for m in made if r.random() < 0.2])

    decoys(co, lock_bytes)


def archive(co, add, picked):
    for name, factory, when in picked:
        was = when - timedelta(days=364)
        rel = "99归档/%d/%s" % (was.year, name(was))
        rel not in co.used and add(rel, factory(was))


def decoys(co, lock_bytes):
    r = co.rng
    ZD, YX, AQ, YJ, GJ, PX = "01制度/", "03运行维护/", "04安全管理/", "05应急与连续性/", "08持续改进/", "09培训/"
    SV = "02服务管理/%s/" % co.biz
    add = Share(co).add

    # templates / 空白表
    add(YX + "变更投产/变更申请单（空白表）.xlsx", blank_sheet("变更申请单", co.fresh(), ["变更单号", "变更内容", "风险评估", "测试情况", "回退方案", "审批"]))
    add(YX + "巡检/巡检记录表（空白表）.xlsx", blank_sheet("巡检记录表", co.fresh(), ["日期", "设备", "运行状态", "告警", "巡检人"]))
    add(SV + "04满意度/IT服务满意度调查问卷（模板）.docx", blank_text("IT服务满意度调查问卷", co.fresh(), ["服务响应", "问题解决", "服务态度", "意见建议"]))
    add(YJ + "演练/应急演练记录（模板）.docx", blank_text("应急演练记录（模板）", co.fresh(), ["演练场景", "演练过程", "评估", "问题"]))
    add(YX + "健康检查/健康检查报告（模板）.docx", blank_text("健康检查报告（模板）", co.fresh(), ["检查方式", "检查结果", "结论"]))
    # drafts
    d = co.fresh()
    add(YJ + "%s_业务连续性计划（征求意见稿）.docx" % co.bc, decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(SV + "02协议/内部IT服务级别协议_%d（征求意见稿）.docx" % (d.year + 1), decoy(sla(co, d, True, True), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(GJ + "%d年运维服务持续改进计划（草稿）.docx" % (d.year + 1), decoy(improve_plan(co, d, True), "draft", mark="（草稿）"))
    # 作废
    d = date(2022, 6, 14)
    add(ZD + "作废/信息系统问题管理办法（2022版）_作废.docx", decoy(rule_doc(co, d, "problem", 17, False), "obsolete", mark="（已作废）"))
    d = date(2021, 11, 3)
    add(YJ + "作废/信息系统突发事件应急预案（2021版）作废.pdf", decoy(emergency(co, d, True), "obsolete", mark="（作废）"))
    # recycle bins
    d = co.fresh()
    add(".recycle/信息技术部/" + fn(co, d, "安全设备运维台账", "xlsx"), decoy(ops_ledger(co, d, ["maint", "insp"]), "recycle bin"))
    d = co.fresh()
    add(".recycle/信息技术部/%s 网络安全应急演练记录.docx" % ymd(d), decoy(drill(co, d, "emergency"), "recycle bin"))
    d = co.fresh()
    add(".recycle/%s_日志审计分析报告_%d%02d.docx" % (co.bc, d.year, d.month), decoy(log_audit(co, d), "recycle bin"))
    # lock files and empty files
    # Office names its owner file by the document's name with its first two characters replaced by ~$
    opened = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")][2:70:12]
    for rel in opened:
        head, sep, base = rel.rpartition("/")
        co.raw(head + sep + "~$" + (base[2:] if len(base) > 6 else base), lock_bytes(co.p(1)), "Office lock file")
    co.raw(YX + "巡检/2026年/%s_202611_机房日常巡检月报.docx" % co.bc, b"", "empty file")
    co.raw(AQ + "安全通报/2026/信息安全通报（2026年第25期）.pdf", b"", "empty file")
    co.raw(YX + "台账/%s_信息技术部_安全设备运维台账_2026Q4 - 副本.xlsx" % co.bc, b"", "empty file")
    # training on plans, lists and notices citing procedures, a review notice
    for plan in ("信息系统突发事件应急预案", "业务连续性计划", "信息系统变更与投产管理办法"):
        if r.random() < 0.8:
            d = co.fresh()
            add(PX + "%d/%s《%s》宣贯签到表.xlsx" % (d.year, ymd(d), plan), signin_plan(co, d, plan))
    d = co.fresh()
    add(ZD + "%s_现行有效制度目录_%d.xlsx" % (co.bc, d.year), rule_index(co, d))
    d = co.fresh()
    add(ZD + "发文/%d/关于开展信息科技制度执行情况自查的通知.docx" % d.year, compliance_check(co, d))
    d = co.fresh()
    t = "关于召开%d年度信息科技管理评审会议的通知" % d.year
    add("07内控合规/管理评审/%s.docx" % t, Doc("decoy_notice", t, d, [], True, [("title", t), ("p", "定于%s召开管理评审会议，请各组准备评审输入材料。" % cnd(d + timedelta(days=10)))],
                                         decoy="meeting notice"))
    d = co.fresh()
    t = "%d年网络安全应急演练方案" % d.year
    add(YJ + "演练/%s.docx" % t, Doc("decoy_plan", t, d, [], True, [("title", t), ("p", "演练目的、场景、分工和时间安排如下，演练结束后另行形成演练记录。")], decoy="drill plan, not a record"))
    t = "问责处理决定（%s）" % q(d)
    add("07内控合规/问责/%s.pdf" % t, Doc("ab_unrelated", t, d, [], True, [("title", t), ("p", "对未经审批直连生产库的员工给予通报批评。")]))
    # unrelated company files
    for i in sorted(r.sample(range(5), 4)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        add("%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
