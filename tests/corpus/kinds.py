# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds.py - what each kind of evidence document says, written from the 自评估表.

Every function here builds one document (a Doc) of one kind for one company and says,
from what the text holds, which evidence items of the form it proves (Doc.items, as
"clause/item" in the form's decomposition, see REQ in gen.py).  The text is what a
company writes for that purpose: the form's requirements in the company's words, never
the rule pack's patterns.  Decoys (templates, drafts, training sign-in sheets about a
plan, procedures that cite others, unrelated files) prove nothing: items = [].

A Doc is a list of blocks: ('title', s) ('h1', s) ('h2', s) ('p', s) ('table', rows)
('break',) for documents, or sheets = [(name, rows)] for spreadsheets.
"""

from datetime import date, timedelta


class Doc:
    def __init__(self, kind, title, when, items, record, blocks=None, sheets=None,
                 decoy=None):
        self.kind = kind          # short kind name, for the truth notes
        self.title = title
        self.date = when          # the document's own date (text and metadata)
        self.items = list(items)  # "N/item" it proves; [] for decoys
        self.record = record      # records must be fresh (1 year) to cover a clause
        self.blocks = blocks or []
        self.sheets = sheets or []
        self.decoy = decoy        # why it proves nothing (None for evidence)


def d_cn(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def d_iso(d):
    return d.isoformat()


def d_fmt(co, d):
    """A date the way this company writes it (several conventions per share)."""
    f = co.rng.choice(["cn", "cn", "iso", "slash", "dot"])
    if f == "cn":
        return d_cn(d)
    if f == "iso":
        return d.isoformat()
    if f == "slash":
        return "%d/%d/%d" % (d.year, d.month, d.day)
    return "%d.%02d.%02d" % (d.year, d.month, d.day)


def approval(co, d, code=None, ver="V1.0"):
    """The header of a controlled document: who wrote, checked, approved, when issued."""
    eff = d + timedelta(days=14)
    rows = [["文件编号", code or "—", "版本", ver],
            ["编制", co.p(0), "审核", co.p(1)],
            ["批准", co.boss, "受控状态", "受控"],
            ["发布日期", d_fmt(co, d), "实施日期", d_fmt(co, eff)]]
    return [("table", rows)]


def cover(co, title, code, ver, d, chapters):
    """A long cover: company, document data, revision history, table of contents."""
    b = [("p", co.name), ("p", "信息安全运维服务管理体系文件"), ("p", " "),
         ("title", title), ("p", "文件编号：%s" % code), ("p", "版本号：%s" % ver),
         ("p", "受控号：%s-%03d" % (co.short, co.rng.randint(1, 60))),
         ("p", "密级：内部"), ("p", "编制：%s  审核：%s  批准：%s" % (co.p(0), co.p(1), co.boss)),
         ("p", "%s发布    %s实施" % (d_cn(d), d_cn(d + timedelta(days=10)))), ("break",),
         ("h1", "修订记录")]
    rows = [["版本", "修订内容", "修订人", "日期"]]
    y = d.year - 3
    for i, v in enumerate(["A/0", "A/1", "B/0", ver]):
        rows.append([v, ["首次发布", "根据内审意见修改第5章", "组织架构调整", "年度修订"][i],
                     co.p(i), "%d-%02d-10" % (min(y + i, d.year), 3 + i)])
    b.append(("table", rows))
    b.append(("h1", "目录"))
    for i, c in enumerate(chapters, 1):
        b.append(("p", "%d  %s ........ %d" % (i, c, 2 + i * 3)))
    b.append(("break",))
    return b


# ---------------------------------------------------------------- 准备阶段—需求调研与分析

def survey(co, d, time_req=True, sec_types=True):
    items = []
    b = [("title", "%s信息系统运维服务需求调查报告" % co.customer),
         ("p", "调查单位：%s    调查日期：%s" % (co.name, d_fmt(co, d))),
         ("h1", "一、调查背景"),
         ("p", "为做好%s信息系统运维服务的前期准备，我公司于%d年%d月组织客户业务部门、信息科技部"
          "及分管领导进行访谈与问卷调查，结合客户%d-%d年信息化战略规划，形成本报告。"
          % (co.customer, d.year, d.month, d.year, d.year + 2)),
         ("h1", "二、调查对象与方法"),
         ("p", "访谈对象：信息科技部%s、运营管理部、零售业务部；方式：现场访谈、问卷、系统资料查阅。" % co.cp(0))]
    if time_req:
        items.append("1/survey")
        b += [("h1", "三、服务时间需求"),
              ("p", "核心业务系统（%s）要求7×24小时服务，重大节假日及月末结算期间需安排专人驻场保障；"
               "办公类系统为5×8小时（工作日8:30-17:30），非工作时间电话响应。" % co.sys(0)),
              ("table", [["系统", "服务时段", "响应时限", "到场时限"],
                         [co.sys(0), "7×24", "15分钟", "2小时"],
                         [co.sys(1), "7×24", "30分钟", "4小时"],
                         [co.sys(2), "5×8", "1小时", "次工作日"]])]
    if sec_types:
        items.append("5/survey")
        b += [("h1", "四、安全服务需求与类型"),
              ("p", "客户提出的信息系统安全服务需求包括：安全设备运维、漏洞扫描与渗透测试、日志审计、"
               "等级保护合规性运维、安全事件应急响应、安全培训。按类型分为：基础运维类、安全评估类、"
               "应急保障类、咨询培训类。"),
              ("table", [["需求类型", "具体内容", "优先级"],
                         ["安全评估类", "季度漏洞扫描、年度渗透测试", "高"],
                         ["应急保障类", "安全事件应急响应、重保值守", "高"],
                         ["基础运维类", "防火墙、IPS、WAF日常维护", "中"],
                         ["咨询培训类", "等保测评配合、员工安全意识培训", "低"]])]
    b += [("h1", "五、结论"), ("p", "调查结果已与客户确认，作为服务方案和服务级别协议的输入。"),
          ("p", "报告人：%s    日期：%s" % (co.p(2), d_fmt(co, d)))]
    return Doc("survey", "需求调查报告", d, items, False, b)


def budget(co, d):
    rows = [["%s信息系统运维服务预算表（%d年度）" % (co.customer, d.year)],
            ["序号", "工作项", "工作量（人天）", "人力资源", "单价（元/人天）", "项目经费（元）", "项目节点"],
            [1, "安全设备日常运维", 240, "驻场工程师1名", 1200, 288000, "%d-01-01起" % d.year],
            [2, "季度巡检与健康检查", 32, "高级工程师2名", 1800, 57600, "每季度末"],
            [3, "漏洞扫描与渗透测试", 20, "安全测试工程师", 2500, 50000, "%d-06-30前" % d.year],
            [4, "应急响应与重保", 15, "应急小组", 2000, 30000, "按需"],
            [5, "项目管理", 24, "项目经理1名", 1500, 36000, "月度例会"],
            ["", "合计", 331, "", "", 461600, ""],
            ["编制：%s" % co.p(0), "", "审核：%s" % co.p(1), "", "日期：%s" % d_fmt(co, d)]]
    return Doc("budget", "运维预算表", d, ["2/budget"], False, sheets=[("预算", rows)])


def communication(co, d):
    b = [("title", "服务需求沟通会议纪要"),
         ("p", "时间：%s 14:00-16:00    地点：%s会议室" % (d_fmt(co, d), co.customer)),
         ("p", "参会人员：甲方 %s、%s；乙方 %s、%s" % (co.cp(0), co.cp(1), co.p(0), co.p(2))),
         ("h1", "一、会议议题"),
         ("p", "讨论%d年度安全运维服务范围、驻场安排、巡检频次及报告方式。" % d.year),
         ("h1", "二、沟通结果"),
         ("p", "1. 双方一致同意服务范围包括防火墙、入侵防御、WAF、堡垒机的日常运维；"),
         ("p", "2. 乙方安排1名工程师驻场，工作日驻场，节假日远程值守；"),
         ("p", "3. 每月提交运维月报，每季度进行一次健康检查。"),
         ("p", "以上事项双方已达成共识，会后由乙方形成服务方案报甲方确认。"),
         ("p", "甲方确认：%s（签字）        乙方确认：%s（签字）" % (co.cp(0), co.p(0)))]
    return Doc("communication", "沟通纪要", d, ["3/communication"], False, b)


def history_list(co, d):
    rows = [["历史数据清单"], ["序号", "数据名称", "来源系统", "时间范围", "数量", "保管部门"]]
    for i, (n, s) in enumerate([("运维工单", "ITSM"), ("事件记录", "ITSM"), ("变更记录", "ITSM"),
                                ("监控告警", "Zabbix"), ("安全日志", "日志审计系统"),
                                ("巡检报告", "文档库"), ("满意度调查", "文档库")], 1):
        rows.append([i, n, s, "%d.01-%d.12" % (d.year - 1, d.year - 1), co.rng.randint(80, 4000), "运维部"])
    return Doc("history_list", "历史数据清单", d, ["4/history-list"], False,
               sheets=[("清单", rows)])


def history_analysis(co, d):
    b = [("title", "%d年度运维历史数据分析报告" % (d.year - 1)),
         ("p", "编制：%s    日期：%s" % (co.p(1), d_fmt(co, d))),
         ("h1", "1 指标完成情况"),
         ("p", "全年系统可用率99.95%%，达到协议约定的99.9%%；事件按时解决率97.2%%，较上年提升1.8个百分点。"),
         ("h1", "2 违例操作"),
         ("p", "全年发现违例操作6次，其中未走变更流程直接修改防火墙策略2次，越权登录服务器4次，均已通报并整改。"),
         ("h1", "3 重大事件"),
         ("p", "发生重大事件1起：%d年8月核心交换机板卡故障导致%s中断42分钟。" % (d.year - 1, co.sys(1))),
         ("h1", "4 重大（失败）变更"),
         ("p", "失败变更2次，均已回退，原因为测试不充分，已修订变更测试要求。"),
         ("h1", "5 结论与建议"), ("p", "建议加强变更前测试，完善监控覆盖。")]
    return Doc("history_analysis", "历史数据分析报告", d, ["4/analysis"], False, b)


def ops_strategy(co, d):
    b = [("title", "%d年度运维保障策略及实施方案" % d.year)] + approval(co, d, ver="V1.0") + [
        ("h1", "一、编制依据"),
        ("p", "依据%d年度运维历史数据分析报告的结论制定本策略。" % (d.year - 1)),
        ("h1", "二、保障策略"),
        ("p", "1. 变更前强制在测试环境验证并准备回退方案；2. 监控覆盖率提升至100%；3. 重要时期驻场保障。"),
        ("h1", "三、实施方案"),
        ("table", [["措施", "责任人", "完成时间"], ["建立变更测试清单", co.p(0), "3月底"],
                   ["补齐监控项", co.p(2), "5月底"], ["重保驻场排班", co.p(1), "按需"]])]
    return Doc("ops_strategy", "运维策略", d, ["4/strategy"], False, b)


def avail_kpis(co, d):
    rows = [["信息系统可用性指标清单"], ["指标类别", "指标名称", "适用范围", "目标值", "统计周期"],
            ["整体指标", "系统整体可用率", "全部生产系统", "≥99.9%", "月"],
            ["整体指标", "重大故障次数", "全部生产系统", "0", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.99%", "月"],
            ["单系统指标", "%s平均恢复时间" % co.sys(1), co.sys(1), "≤30分钟", "月"],
            ["单系统指标", "互联网出口可用率", "出口链路", "≥99.95%", "月"]]
    return Doc("avail_kpis", "可用性指标清单", d, ["6/availability-kpis"], False,
               sheets=[("可用性指标", rows)])


def service_analysis(co, d, automation=True):
    items = ["7/impact-analysis"]
    b = [("title", "以往服务解决方案及生产影响分析报告"),
         ("p", "报告日期：%s" % d_fmt(co, d)),
         ("h1", "一、以往服务的解决方案回顾"),
         ("p", "回顾%d年为%s提供的32项服务解决方案，包括防火墙策略优化、WAF规则调整、补丁加固等。"
          % (d.year - 1, co.customer)),
         ("h1", "二、对生产的影响分析"),
         ("p", "其中3项方案实施期间对生产有短时影响（最长12分钟），均在变更窗口内；无方案导致业务中断超时。")]
    if automation:
        items.append("7/automation")
        b += [("h1", "三、安全事件解决效率分析"),
              ("p", "全年处理安全事件118起，平均解决时长3.6小时，其中弱口令告警、病毒告警等重复性事件占61%。"),
              ("h1", "四、未来可自动化的服务"),
              ("p", "建议将弱口令核查、病毒库版本核查、日志采集完整性检查、巡检报告生成实现自动化。")]
    return Doc("service_analysis", "服务影响分析", d, items, True, b)


def sld_ola(co, d, sld=True, ola=True):
    items = []
    b = [("title", "服务级别设计与运营级别协议" if sld and ola else
          ("服务级别设计说明书" if sld else "内部运营级别协议（OLA）"))] + approval(co, d)
    if sld:
        items.append("8/sld")
        b += [("h1", "一、服务级别设计"),
              ("p", "与安全运维第三方（%s）约定：一级事件15分钟响应、2小时恢复；二级事件30分钟响应、"
               "8小时恢复；三级事件4小时响应、2个工作日解决。" % co.vendor)]
    if ola:
        items.append("8/ola")
        b += [("h1", "二、内部安全运营级别协议"),
              ("p", "安全运维部与网络部、系统部之间的支持时限：一级事件15分钟内接手、2小时恢复；"
               "二级30分钟接手、8小时恢复；三级4小时接手。"),
              ("p", "上述内部时限与对第三方的服务级别设计保持一致，每半年对照复核一次。")]
    return Doc("sld_ola", "服务级别设计/OLA", d, items, False, b)


def org_chart(co, d):
    b = [("title", "信息安全管理组织架构")] + approval(co, d, ver="V2.1") + [
        ("h1", "一、安全领导小组"),
        ("p", "组长：%s（总经理）；副组长：%s；成员：各部门负责人。负责安全运维方针与资源的决策。" % (co.boss, co.p(1))),
        ("h1", "二、安全管理组"),
        ("p", "组长：%s。负责制度建设、内审、风险评估。" % co.p(3)),
        ("h1", "三、执行组"),
        ("p", "由运维部工程师和安全运维服务供应商%s派驻人员组成，负责日常运维、巡检、应急响应。" % co.vendor),
        ("table", [["组织", "角色", "人员", "单位"], ["安全领导小组", "组长", co.boss, co.name],
                   ["安全管理组", "安全主管", co.p(3), co.name], ["执行组", "驻场工程师", co.p(4), co.name],
                   ["执行组", "外包运维工程师", co.vp(0), co.vendor]])]
    return Doc("org_chart", "组织架构", d, ["9/org-chart", "9/outsourcing", "23/org-chart"], False, b)


def staff_list(co, d):
    rows = [["安全运维人员清单"], ["序号", "姓名", "岗位", "所属单位", "联系电话", "资质证书"]]
    for i in range(5):
        rows.append([i + 1, co.p(i), ["项目经理", "安全工程师", "驻场工程师", "网络工程师", "服务台"][i],
                     co.name, "138%08d" % co.rng.randint(0, 10 ** 8 - 1), "CISP"])
    rows.append([6, co.vp(0), "外包运维工程师（第三方）", co.vendor, "139%08d" % co.rng.randint(0, 10 ** 8 - 1), "CCNP"])
    rows.append([7, co.vp(1), "外包安全工程师（第三方）", co.vendor, "137%08d" % co.rng.randint(0, 10 ** 8 - 1), "CISP"])
    return Doc("staff_list", "人员清单", d, ["9/staff-list", "9/outsourcing"], True,
               sheets=[("人员", rows)])


def role_list(co, d):
    rows = [["安全运维角色及职责清单"], ["角色", "职责", "对应组织", "人员"],
            ["服务经理", "服务级别管理、客户沟通", "安全管理组", co.p(0)],
            ["安全工程师", "漏洞扫描、渗透测试、应急响应", "执行组", co.p(1)],
            ["运维工程师", "安全设备维护、巡检", "执行组", co.p(2)],
            ["服务台", "受理请求与事件、派单", "执行组", co.p(4)],
            ["配置管理员", "配置库维护", "安全管理组", co.p(3)],
            ["审计员", "日志审计、内审", "安全管理组", co.p(5)]]
    return Doc("role_list", "角色清单", d, ["18/roles", "23/roles"], False, sheets=[("角色", rows)])


def interface_person(co, d):
    b = [("title", "关于任命安全管理接口人的通知"),
         ("p", "各部门："),
         ("p", "为保证与客户及监管部门安全管理工作的顺畅对接，经公司研究决定，任命%s（CISP）为安全管理接口人，"
          "负责安全事件通报、安全检查配合、安全管理文件的接收与传达；%s为备岗。" % (co.p(3), co.p(1))),
         ("p", "%s    %s" % (co.name, d_cn(d)))]
    return Doc("interface_person", "接口人任命", d, ["28/interface-person"], False, b)


# ------------------------------------------------------------- 体系、手册、程序

PROC_TEXT = {
    "problem": ("问题管理程序", ["20/procedure", "37/procedure"],
                ["目的：识别并消除引起事件的根本原因，防止事件重复发生。",
                 "范围：适用于信息系统安全运维服务中所有重复发生或影响重大的事件。",
                 "职责：问题经理负责问题的记录、分类、根因分析和关闭；技术组负责提出解决方案。",
                 "流程：问题识别与记录→分类与优先级→根因分析→提出已知错误与解决方案→通过变更实施→验证与关闭。",
                 "问题记录保存于运维管理平台，每月在运维例会上回顾未关闭问题。"]),
    "change": ("变更管理程序", ["54/procedure"],
               ["目的：对运维实施过程中的方案、资源变更进行有效控制，降低变更风险。",
                "范围：网络、安全设备、主机、数据库、应用的配置及资源变更。",
                "流程：变更申请→风险评估与测试→变更审批（CAB）→实施与回退准备→验证→关闭并记录。",
                "紧急变更可先实施后补审批，24小时内补全记录。",
                "所有变更在变更记录单中完整记录申请、审批、实施、验证过程。"]),
    "incident": ("事件管理程序", ["49/incident-procedure"],
                 ["目的：尽快恢复服务，减少事件对业务的影响。",
                  "事件来源：监控告警、用户报障、服务台受理。",
                  "流程：事件受理与记录→分类分级→初步支持→升级→解决与恢复→关闭与回访。",
                  "事件分为四级，一级事件15分钟响应。"]),
    "request": ("服务请求管理程序", ["49/request-procedure"],
                ["目的：规范信息安全服务请求的受理、审批、实施和关闭。",
                 "服务请求包括账号开通、权限调整、策略开通、资料查询等标准服务。",
                 "流程：请求提交→服务台登记→审批→实施→确认与关闭，全部在工单系统中留痕。"]),
    "knowledge": ("知识管理程序", ["21/procedure"],
                  ["目的：积累运维经验，形成并维护知识库，提高问题解决效率。",
                   "知识来源：事件与问题处理记录、变更经验、厂商资料、培训资料。",
                   "流程：知识提交→审核→发布→使用与评价→定期回顾与废止。知识条目由知识管理员每季度复核。"]),
    "slm": ("服务级别管理程序", ["39/slm-procedure"],
            ["目的：规范安全运维服务级别的策划、协商、签订、监视和评审。",
             "流程：识别客户需求→制定服务目录与服务级别→与客户协商并签订服务级别协议→监视达成情况→定期评审与改进。",
             "服务级别达成情况每月统计，每季度与客户评审。"]),
    "improve": ("持续改进管理程序", ["65/procedure"],
                ["目的：对改进措施进行识别、记录、批准、评估、测量和报告。",
                 "改进来源：内审、管理评审、客户投诉、事件与问题分析、KPI未达标。",
                 "流程：识别改进机会并记录→评估收益与优先级→管理者批准→实施→测量效果→在管理评审中报告。"]),
    "audit": ("内部审核程序", ["61/audit-system", "62/audit-mechanism"],
              ["目的：按计划的时间间隔验证安全运维服务管理体系符合标准要求并被有效实施和保持。",
               "每年至少开展一次覆盖全部条款的内部审核，审核员不得审核本部门工作。",
               "流程：编制年度审核方案→审核计划→首次会议→现场审核→不符合项报告→末次会议→纠正措施跟踪验证。"]),
    "monitor": ("服务监视与测量管理程序", ["61/monitoring-process", "62/monitoring-process"],
                ["目的：对安全运维服务的实现情况进行监视与测量。",
                 "监视内容：服务级别达成率、客户满意度、投诉建议、KPI。",
                 "方法：每月统计KPI，每季度客户满意度回访，未达目标的项目启动纠正预防措施。"]),
    "incident_sec": ("安全事件处理与应急响应流程",
                     ["30/response-process", "30/reporting-process", "31/incident-process",
                      "34/incident-process", "34/emergency-process"],
                     ["安全事件的分类：有害程序事件、网络攻击事件、信息破坏事件、设备设施故障、其他事件；按影响分为特别重大、重大、较大、一般四级。",
                      "安全事件上报流程：发现人→服务台→安全主管→客户接口人，重大及以上事件30分钟内报告客户及领导小组。",
                      "安全事件处理流程：确认与分级→遏制→根除→恢复→验证。",
                      "应急响应流程：启动预案→成立应急小组→处置→恢复→解除应急状态。",
                      "安全事件的事后处理：编写事件报告、总结经验教训、更新知识库与预案。"]),
    "training": ("安全培训服务流程", ["31/training-process"],
                 ["目的：规范为客户提供的安全培训服务。",
                  "流程：培训需求调研→制定培训计划→课件准备与审核→实施培训（签到）→考核→效果评估与归档。"]),
    "pentest": ("渗透测试管理规范", ["31/pentest-process"],
                ["目的：规范渗透测试的授权、实施和报告。",
                 "流程：取得客户书面授权→确定范围与时间窗口→信息收集→漏洞发现与验证→报告编写→复测。",
                 "测试过程中禁止使用可能造成拒绝服务的手段。"]),
    "preventive": ("预防措施管理规定", ["66/preventive-actions"],
                   ["目的：采取预防措施，消除潜在不符合项的原因，防止其发生。",
                    "潜在不符合来源：趋势分析、风险评估、巡检发现的隐患。",
                    "预防措施经批准后实施，实施后一个月内验证其有效性并记录。"]),
}


def procedure(co, d, key, code=None, ver="V1.0", cites=()):
    name, items, paras = PROC_TEXT[key]
    b = [("title", name)] + approval(co, d, code, ver)
    for i, p in enumerate(paras, 1):
        head, sep, rest = p.partition("：")
        if sep and len(head) <= 8:
            b.append(("h1", "%d %s" % (i, head)))
            b.append(("p", rest))
        else:
            b.append(("h1", "%d 要求" % i))
            b.append(("p", p))
    if cites:
        b.append(("h1", "%d 相关文件" % (len(paras) + 1)))
        b.append(("p", "、".join("《%s》" % c for c in cites)))
    return Doc("proc:" + key, name, d, items, False, b)


def manual(co, d, chapters, code="ISMS-M-01", ver="B/2", long_cover=True):
    """A 管理手册 whose chapters are procedures: proves what each chapter is."""
    names = ["范围与术语", "PDCA管理模型"] + [PROC_TEXT[k][0] for k in chapters]
    b = cover(co, "信息安全运维服务管理手册", code, ver, d, names) if long_cover else \
        [("title", "信息安全运维服务管理手册")] + approval(co, d, code, ver)
    b += [("h1", "第一章 范围与术语"),
          ("p", "本手册适用于%s向客户提供的信息系统安全运维服务。" % co.name),
          ("h1", "第二章 PDCA管理模型"),
          ("p", "公司采用基于PDCA的管理模型：策划（制定方针、目标、服务目录与计划）、实施（按程序提供服务）、"
           "监视与评审（KPI监视、内部审核、管理评审）、持续改进（纠正预防与改进计划）。"),
          ("p", "每年通过内部审核、管理评审及第三方认证审核验证体系运行的有效性。")]
    items = ["10/pdca", "61/audit-system"]
    for i, k in enumerate(chapters, 3):
        name, its, paras = PROC_TEXT[k]
        b.append(("h1", "第%s章 %s" % ("一二三四五六七八九十"[i - 1] if i <= 10 else str(i), name)))
        for p in paras:
            b.append(("p", p))
        items += its
    return Doc("manual", "管理手册", d, sorted(set(items)), False, b)


# ------------------------------------------------------------- 准备阶段—运维服务设计

CATALOG_PARTS = {
    "basic": (["12/catalog"], [("初始服务", "资产识别、配置项收集、运维流程导入"),
                               ("安全设备运维", "防火墙、IPS、WAF、堡垒机的日常维护与升级"),
                               ("日常巡检服务", "每日设备状态、告警、病毒库巡检"),
                               ("健康检查", "每季度安全设备及业务系统健康检查"),
                               ("安全事件审计", "网络及安全设备日志、服务器与应用日志审计")]),
    "level2": (["19/catalog"], [("运维监控与分析", "7×24监控与月度趋势分析"),
                                ("终端安全监控", "终端防病毒、准入与违规外联监控"),
                                ("等级保护合规性运维", "按等保2.0要求开展合规检查与整改")]),
    "level1": (["26/catalog"], [("安全通告及漏洞分析", "漏洞、病毒、厂商通告的收集与分析"),
                                ("应急响应服务", "7×24应急响应，重大事件2小时到场")]),
}


def catalog(co, d, parts=("basic", "level2", "level1")):
    items = ["29/catalog"]
    rows = [["服务类别", "服务内容", "服务方式", "交付物"]]
    for p in parts:
        its, entries = CATALOG_PARTS[p]
        items += its
        for n, c in entries:
            rows.append([n, c, co.rng.choice(["现场", "远程", "现场+远程"]), "服务记录/报告"])
    b = [("title", "安全运维服务目录")] + approval(co, d, ver="V2.0") + [
        ("p", "本目录列明%s向客户提供的安全运维服务项目。" % co.name), ("table", rows)]
    return Doc("catalog", "服务目录", d, items, False, b)


def asset_list(co, d, old=False):
    rows = [["IT资产识别清单"],
            ["资产标识", "资产名称", "种类", "型号", "功能", "物理位置", "端口对应", "部署情况", "分级", "保护措施", "软件配置"]]
    devs = [("FW", "防火墙", "华为USG6650", "边界访问控制", "GE1/0/1-核心交换机"),
            ("IPS", "入侵防御", "天融信TopIDP", "入侵检测与阻断", "GE0/2-出口"),
            ("WAF", "Web应用防火墙", "绿盟WAF NF-1000", "Web防护", "旁路镜像"),
            ("BH", "堡垒机", "齐治PAM", "运维审计", "管理网"),
            ("SW", "核心交换机", "H3C S7506E", "数据交换", "上联FW"),
            ("SRV", "应用服务器", "Dell R740", co.sys(0), "Bond0-SW")]
    for i, (a, n, m, f, port) in enumerate(devs, 1):
        rows.append(["%s-%s-%02d" % (co.short, a, i), n, "网络安全设备" if a != "SRV" else "服务器", m, f,
                     "%s数据中心机房A排%d柜" % (co.city, i), port, "生产区", ["高", "高", "中", "中", "高", "高"][i - 1],
                     "双机热备" if i < 3 else "冷备", "固件V%d.%d" % (co.rng.randint(5, 9), co.rng.randint(0, 9))])
    return Doc("asset_list", "资产清单", d, ["13/asset-list", "43/asset-list"], True,
               sheets=[("资产清单", rows)])


def cmdb(co, d, relations=True):
    head = ["配置项编号", "配置项名称", "类型", "版本", "责任人", "密级", "访问权限", "完整性校验", "备份方式"]
    if relations:
        head += ["上游关联配置项", "下游关联配置项"]
    rows = [["配置管理数据库（CMDB）导出"], head]
    cis = [("防火墙策略配置", "安全配置"), ("IPS特征库", "安全配置"), ("WAF防护规则", "安全配置"),
           ("%s应用配置" % co.sys(0), "应用配置"), ("数据库参数", "数据库配置"), ("堡垒机账号策略", "安全配置")]
    for i, (n, t) in enumerate(cis, 1):
        r = ["CI-%04d" % (100 + i), n, t, "v%d.%d" % (co.rng.randint(1, 4), co.rng.randint(0, 9)), co.p(i % 5),
             ["秘密", "内部", "内部", "秘密", "秘密", "内部"][i - 1], "仅配置管理员可写", "MD5校验", "每日异地备份"]
        if relations:
            r += ["CI-%04d" % (100 + (i % 6) + 1) if i > 1 else "—", "CI-%04d" % (100 + ((i + 1) % 6) + 1)]
        rows.append(r)
    items = ["27/cmdb"] + (["38/cmdb-relations"] if relations else [])
    return Doc("cmdb", "配置库", d, items, True, sheets=[("配置项", rows)])


def ci_updates(co, d):
    rows = [["配置项更新维护记录"], ["日期", "配置项", "更新内容", "原因", "执行人", "复核人"]]
    for i in range(6):
        dd = d - timedelta(days=20 * i)
        rows.append([d_iso(dd), "CI-%04d" % (101 + i), ["新增访问策略", "特征库升级", "规则调整", "版本升级",
                                                      "参数优化", "账号清理"][i], "变更单CH-%d%03d" % (dd.year, 40 + i),
                     co.p(2), co.p(3)])
    return Doc("ci_updates", "配置项更新记录", d, ["43/ci-updates"], True, sheets=[("更新记录", rows)])


# ----------------------------------------------------------------- 运维记录

def maint_log(co, d, sheets_wanted=("maint", "inspect", "virus", "fault", "upgrade")):
    """One workbook, one sheet per record kind: what a combined equipment log proves."""
    items = set()
    sheets = []
    dates = [d - timedelta(days=7 * i) for i in range(8)]
    if "maint" in sheets_wanted:
        items |= {"14/maintenance", "44/maintenance"}
        sheets.append(("日常维护", [["日期", "设备", "维护内容", "结果", "维护人"]] +
                       [[d_iso(x), co.rng.choice(["防火墙", "IPS", "WAF"]), "清理日志、检查策略命中、保养风扇除尘", "正常", co.p(2)]
                        for x in dates]))
    if "inspect" in sheets_wanted:
        items |= {"44/inspection"}
        sheets.append(("状态检查", [["日期", "设备", "CPU", "内存", "会话数", "告警", "检查人"]] +
                       [[d_iso(x), "FW-01", "%d%%" % co.rng.randint(10, 40), "%d%%" % co.rng.randint(30, 60),
                         co.rng.randint(20000, 90000), "无", co.p(2)] for x in dates]))
    if "virus" in sheets_wanted:
        items |= {"14/maintenance", "44/virus-scan", "45/antivirus"}
        sheets.append(("病毒查杀", [["日期", "范围", "病毒库版本", "查杀结果", "防病毒网关状态", "执行人"]] +
                       [[d_iso(x), "全网终端及服务器", "%d.%02d%02d" % (x.year, x.month, x.day),
                         co.rng.choice(["未发现病毒", "清除木马1个"]), "正常", co.p(4)] for x in dates[:4]]))
    if "fault" in sheets_wanted:
        items |= {"14/maintenance", "44/faults", "14/hardware-faults"}
        sheets.append(("故障处理", [["日期", "设备", "故障现象", "故障类型", "检测与排除", "恢复时间"]] +
                       [[d_iso(dates[1]), "IPS-02", "电源模块告警", "硬件故障", "更换电源模块", "40分钟"],
                        [d_iso(dates[5]), "WAF-03", "业务口丢包", "硬件故障", "更换光模块", "25分钟"],
                        ["", "", "", "本期硬件故障合计", "2次", ""]]))
    if "upgrade" in sheets_wanted:
        items |= {"14/maintenance", "44/upgrades"}
        sheets.append(("更新升级", [["日期", "设备", "升级前版本", "升级后版本", "验证结果"]] +
                       [[d_iso(dates[2]), "FW-01", "V600R007C00", "V600R007C20", "通过"],
                        [d_iso(dates[6]), "IPS-02", "特征库20260301", "特征库%d%02d01" % (d.year, d.month), "通过"]]))
    # 14 needs the routine maintenance itself; a log without it proves only what it has
    if "maint" not in sheets_wanted:
        items.discard("14/maintenance")
    return Doc("maint_log", "设备运维记录", d, sorted(items), True, sheets=sheets)


def inspection(co, d, antivirus=True, as_doc=True):
    """A 巡检报告: equipment monitoring and status checks (and the antivirus checks)."""
    # 状态检查 is one of the records clause 14 lists for the security devices
    items = ["44/inspection", "45/monitoring", "14/maintenance"]
    b = [("title", "安全设备巡检报告（%d年%d月）" % (d.year, d.month)),
         ("p", "巡检日期：%s    巡检人：%s    客户：%s" % (d_fmt(co, d), co.p(2), co.customer)),
         ("h1", "一、安全设备监控情况"),
         ("table", [["设备", "运行状态", "CPU", "内存", "告警", "结论"],
                    ["防火墙FW-01", "正常", "23%", "41%", "无", "正常"],
                    ["IPS-02", "正常", "35%", "52%", "2条低危", "正常"],
                    ["WAF-03", "正常", "18%", "37%", "无", "正常"]])]
    if antivirus:
        items.append("45/antivirus")
        b += [("h1", "二、病毒监测与防病毒维护"),
              ("p", "防病毒服务器病毒库版本已更新至最新，终端在线率98.7%；本月全网查杀1次，发现并清除病毒2个。"),
              ("p", "防病毒网关运行正常，拦截病毒邮件15封。")]
        items.append("44/virus-scan")
    b += [("h1", "三、巡检结论"), ("p", "设备运行正常，发现的低危告警已处理。")]
    return Doc("inspection", "巡检报告", d, items, True, b)


def hw_faults(co, d):
    rows = [["安全设备硬件故障统计表（%d年）" % d.year], ["序号", "日期", "设备", "故障部件", "处理方式", "停机时长", "处理人"]]
    for i in range(4):
        dd = d - timedelta(days=40 * i)
        rows.append([i + 1, d_iso(dd), co.rng.choice(["FW-01", "IPS-02", "WAF-03"]),
                     ["电源", "风扇", "硬盘", "光模块"][i], "返厂更换", "%d分钟" % co.rng.randint(10, 90), co.p(2)])
    rows.append(["", "合计", "", "4次", "", "", ""])
    return Doc("hw_faults", "硬件故障统计", d, ["14/hardware-faults", "44/faults"], True,
               sheets=[("故障统计", rows)])


def health_report(co, d, collection=False):
    # a health check of the security devices is also their 状态检查 (clauses 14 and 44)
    items = ["15/records", "46/records", "14/maintenance", "44/inspection"]
    b = [("title", "%s健康检查报告" % co.customer),
         ("p", "检查方式：%s    检查时间：%s    检查人：%s" % (co.rng.choice(["现场检查", "远程检查"]), d_fmt(co, d), co.p(1))),
         ("h1", "一、检查范围"), ("p", "防火墙、IPS、WAF、堡垒机及%s、%s业务系统。" % (co.sys(0), co.sys(1))),
         ("h1", "二、可用性与持续性检查"),
         ("table", [["对象", "可用性", "持续运行时长", "冗余状态", "结论"],
                    ["防火墙", "100%", "186天", "主备正常", "健康"], [co.sys(0), "99.98%", "92天", "双活", "健康"],
                    [co.sys(1), "99.95%", "45天", "单点", "需关注"]])]
    if collection:
        items += ["16/config", "16/traffic", "16/status"]
        b += [("h1", "三、信息采集"),
              ("p", "采集系统配置：导出防火墙、交换机运行配置并与基线比对，差异2项；"),
              ("p", "采集流量信息：出口带宽峰值820Mbps，均值310Mbps，无异常流量；"),
              ("p", "采集系统状态：CPU、内存、磁盘、会话数均在阈值内。")]
    b += [("h1", "四、建议"), ("p", "建议%s增加冗余节点。" % co.sys(1))]
    return Doc("health_report", "健康检查报告", d, items, True, b)


def health_agreement(co, d):
    b = [("title", "健康检查服务约定书"),
         ("p", "甲方：%s    乙方：%s" % (co.customer, co.name)),
         ("p", "一、服务方式：重要时期现场检查，其他时间远程检查。"),
         ("p", "二、检查频次：每季度一次全面健康检查，重大活动前增加一次专项检查。"),
         ("p", "三、检查内容：安全设备及业务系统的可用性、持续性、配置与容量；检查后5个工作日内提交健康检查报告。"),
         ("p", "甲方代表：%s    乙方代表：%s    日期：%s" % (co.cp(0), co.p(0), d_fmt(co, d)))]
    return Doc("health_agreement", "健康检查约定", d, ["15/agreement"], False, b)


def collection(co, d):
    rows = [["安全信息采集记录"], ["采集日期", "对象", "系统配置", "流量信息", "系统状态", "采集人"]]
    for i in range(6):
        dd = d - timedelta(days=30 * i)
        rows.append([d_iso(dd), co.rng.choice(["FW-01", "核心交换机", "WAF-03"]), "已导出并比对基线",
                     "峰值%dMbps" % co.rng.randint(300, 900), "CPU %d%% 内存 %d%%" % (co.rng.randint(10, 50), co.rng.randint(30, 70)), co.p(2)])
    return Doc("collection", "信息采集记录", d, ["16/config", "16/traffic", "16/status"], True,
               sheets=[("采集记录", rows)])


def log_analysis(co, d):
    b = [("title", "%d年第%d季度安全日志审计分析报告" % (d.year, (d.month - 1) // 3 + 1)),
         ("p", "报告日期：%s    审计人：%s" % (d_fmt(co, d), co.p(5))),
         ("h1", "一、网络及安全设备日志"),
         ("p", "采集防火墙、IPS、WAF日志共1.2亿条，发现端口扫描源IP 37个，已封禁。"),
         ("h1", "二、服务器及操作系统日志"),
         ("p", "Linux/Windows服务器登录日志审计发现异常登录失败峰值2次，确认为运维人员口令输错。"),
         ("h1", "三、网络应用日志"),
         ("p", "%s应用日志中SQL注入尝试214次，均被WAF拦截。" % co.sys(0)),
         ("h1", "四、分析结论"), ("p", "未发现成功入侵，建议加强弱口令治理。")]
    return Doc("log_analysis", "日志审计报告", d, ["17/log-analysis", "45/audit-report", "47/audit"], True, b)


def incident_stats(co, d, analysis=False):
    rows = [["信息安全事件统计表（%d年1-%d月）" % (d.year, d.month)], ["月份", "有害程序", "网络攻击", "信息破坏", "设备故障", "合计"]]
    for m in range(1, d.month + 1):
        a, b_, c = co.rng.randint(0, 6), co.rng.randint(0, 9), co.rng.randint(0, 2)
        rows.append(["%d月" % m, a, b_, c, 1, a + b_ + c + 1])
    sheets = [("统计", rows)]
    items = ["18/incident-stats"]
    if analysis:
        items.append("18/incident-analysis")
        sheets.append(("分析", [["信息安全事件分析"], ["网络攻击类事件占比最高，主要为扫描与暴力破解；有害程序事件集中在终端，建议加强U盘管控。"]]))
    return Doc("incident_stats", "事件统计", d, items, True, sheets=sheets)


def incident_analysis(co, d):
    b = [("title", "信息安全事件分析报告"), ("p", "日期：%s" % d_fmt(co, d)),
         ("h1", "一、事件总体情况"), ("p", "本年度共发生信息安全事件86起，其中较大事件2起。"),
         ("h1", "二、原因分析"), ("p", "弱口令、补丁未及时安装是主要原因。"),
         ("h1", "三、改进建议"), ("p", "推行口令复杂度检查，补丁安装及时率纳入KPI。")]
    return Doc("incident_analysis", "事件分析", d, ["18/incident-analysis"], True, b)


def avail_plan(co, d):
    b = [("title", "信息系统可用性计划")] + approval(co, d) + [
        ("h1", "一、可用性目标"), ("p", "%s可用率≥99.99%%，其他生产系统≥99.9%%。" % co.sys(0)),
        ("h1", "二、保障措施"), ("p", "双机热备、链路冗余、定期切换演练、容量监控。"),
        ("h1", "三、可用性事件监控"), ("p", "通过监控平台记录所有中断类可用性事件，每月报告可用性执行情况，提出改进措施。")]
    return Doc("avail_plan", "可用性计划", d, ["18/availability-plan", "22/plan"], False, b)


def avail_events(co, d):
    rows = [["可用性事件记录"], ["日期", "系统", "事件", "中断时长", "原因", "处理"]]
    for i in range(5):
        dd = d - timedelta(days=33 * i)
        rows.append([d_iso(dd), co.sys(i % 3), "服务中断", "%d分钟" % co.rng.randint(2, 40),
                     co.rng.choice(["链路抖动", "数据库锁", "主机宕机"]), "已恢复"])
    return Doc("avail_events", "可用性事件", d, ["18/availability-events", "22/events", "43/process-records"], True,
               sheets=[("可用性事件", rows)])


def avail_report(co, d):
    b = [("title", "信息系统可用性报告（%d年%d月）" % (d.year, d.month)), ("p", "日期：%s" % d_fmt(co, d)),
         ("table", [["系统", "目标", "实际可用率", "中断次数", "是否达标"],
                    [co.sys(0), "99.99%", "99.995%", 1, "是"], [co.sys(1), "99.9%", "99.87%", 3, "否"]]),
         ("p", "改进：%s未达标，原因为单点部署，已列入可用性改进计划。" % co.sys(1))]
    return Doc("avail_report", "可用性报告", d, ["18/availability-report", "22/report"], True, b)


def knowledge_base(co, d):
    rows = [["运维知识库"], ["编号", "标题", "分类", "适用设备", "解决方法", "提交人", "审核状态"]]
    for i, t in enumerate(["防火墙HA切换失败处理", "IPS误报排查方法", "WAF证书更新步骤", "堡垒机账号批量导入",
                           "交换机环路定位"], 1):
        rows.append(["KB-%03d" % i, t, "故障处理", "通用", "见附件步骤", co.p(i % 5), "已发布"])
    return Doc("knowledge_base", "知识库", d, ["21/knowledge-base"], True, sheets=[("知识条目", rows)])


def work_instruction(co, d, module, code=None):
    steps = {"防火墙运维": ["登录管理界面，检查HA状态与会话数", "导出配置并与基线比对", "检查策略命中，清理过期策略"],
             "漏洞扫描": ["确认授权与扫描窗口", "配置扫描策略并执行", "复核高危漏洞并出具报告"],
             "日志审计": ["检查日志源接入完整性", "按审计规则生成报表", "对异常事件进行研判"],
             "巡检": ["按巡检表逐项检查设备状态", "记录CPU、内存、告警", "异常情况提交事件单"],
             "应急响应": ["接报并确认事件级别", "隔离受影响主机", "取证、清除与恢复"]}[module]
    b = [("title", "%s作业指导书" % module)] + approval(co, d, code) + [
        ("h1", "1 适用范围"), ("p", "适用于安全运维项目中%s模块的现场作业。" % module),
        ("h1", "2 作业步骤")] + [("p", "%d) %s" % (i, s)) for i, s in enumerate(steps, 1)] + [
        ("h1", "3 注意事项"), ("p", "作业前确认变更审批，作业后填写相应记录。")]
    return Doc("work_instruction", "作业指导书", d, ["24/work-instructions", "11/manuals"], False, b)


def construction_manual(co, d):
    b = [("title", "安全运维项目施工手册")] + approval(co, d) + [
        ("h1", "一、项目组织"), ("p", "项目经理、实施工程师、测试工程师。"),
        ("h1", "二、施工准备"), ("p", "现场勘查、设备到货验收、割接方案评审。"),
        ("h1", "三、施工流程"), ("p", "上架加电→基础配置→策略迁移→联调测试→割接→试运行→验收。"),
        ("h1", "四、安全要求"), ("p", "施工期间不得擅自变更生产配置。")]
    return Doc("construction_manual", "施工手册", d, ["11/manuals"], False, b)


def req_analysis(co, d):
    b = [("title", "新建系统需求分析记录"),
         ("p", "项目：%s安全防护体系建设    日期：%s" % (co.customer, d_fmt(co, d))),
         ("table", [["需求类别", "需求描述", "客户确认"], ["功能", "支持应用层访问控制与入侵防御", "已确认"],
                    ["性能", "吞吐≥10Gbps，新建连接≥20万/秒", "已确认"], ["安全性", "满足等保三级要求，双机热备", "已确认"]]),
         ("p", "客户签字：%s" % co.cp(0))]
    return Doc("req_analysis", "需求分析记录", d, ["11/requirements"], True, b)


def test_plan(co, d, rollback=True):
    items = ["25/test-plan"]
    b = [("title", "%s改造测试计划" % co.sys(1))] + approval(co, d) + [
        ("h1", "一、测试范围"), ("p", "%s升级改造涉及的网络、主机、应用。" % co.sys(1)),
        ("h1", "二、测试验证"), ("p", "改造前在测试环境完成功能、性能、安全性测试及与旧系统的兼容性验证。"),
        ("h1", "三、测试进度"), ("p", "第1周环境准备，第2周功能测试，第3周性能与安全测试。")]
    if rollback:
        items += ["25/rollback", "11/rollback"]
        b += [("h1", "四、回退措施"),
              ("p", "实施前备份全部配置与数据；割接失败时30分钟内切回旧系统，回退步骤经演练验证。")]
    return Doc("test_plan", "测试计划", d, items, False, b)


def baseline(co, d):
    rows = [["安全配置基线"], ["类别", "检查项", "基线要求", "适用对象"],
            ["账号", "口令复杂度", "≥8位，含大小写、数字、特殊字符", "全部主机"],
            ["账号", "登录失败锁定", "5次锁定30分钟", "全部主机"],
            ["服务", "禁用高危端口", "关闭telnet、ftp", "全部主机"],
            ["日志", "日志外发", "syslog发送至审计平台", "网络安全设备"],
            ["防火墙", "默认策略", "默认拒绝", "防火墙"]]
    return Doc("baseline", "安全基线", d, ["25/baseline"], False, sheets=[("基线", rows)])


def compat_report(co, d):
    b = [("title", "系统兼容性验证报告"), ("p", "验证日期：%s" % d_fmt(co, d)),
         ("table", [["验证项", "内容", "结果"], ["网络兼容", "新防火墙与现网VLAN、路由协议对接", "通过"],
                    ["系统兼容", "新版操作系统与原有中间件", "通过"], ["应用兼容", "%s客户端访问" % co.sys(0), "通过"]]),
         ("p", "结论：改造后与旧系统兼容。验证人：%s" % co.p(1))]
    return Doc("compat_report", "兼容性验证报告", d, ["11/compatibility"], True, b)


# ------------------------------------------------------ 渗透、开发、协议、应急

def pentest_plan(co, d):
    b = [("title", "%d年度渗透测试计划" % d.year)] + approval(co, d) + [
        ("table", [["季度", "测试对象", "方式", "负责人"], ["Q1", "互联网门户", "黑盒", co.p(1)],
                   ["Q2", co.sys(0), "灰盒", co.p(1)], ["Q3", "移动APP", "灰盒", co.p(5)], ["Q4", "内网", "白盒", co.p(1)]]),
        ("p", "每次测试前取得客户书面授权，测试结束10个工作日内提交报告。")]
    return Doc("pentest_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pentest_report(co, d):
    b = [("title", "%s渗透测试报告" % co.sys(0)),
         ("p", "测试时间：%s    测试人员：%s    授权书编号：SQ-%d-%02d" % (d_fmt(co, d), co.p(1), d.year, d.month)),
         ("h1", "一、测试范围"), ("p", "%s互联网入口及管理后台。" % co.sys(0)),
         ("h1", "二、发现的漏洞"),
         ("table", [["编号", "漏洞", "等级", "状态"], ["V-01", "越权访问", "高", "已修复"],
                    ["V-02", "敏感信息泄露", "中", "已修复"], ["V-03", "缺少登录验证码", "低", "接受风险"]]),
         ("h1", "三、复测结论"), ("p", "高中危漏洞已全部修复。")]
    return Doc("pentest_report", "渗透测试报告", d, ["31/pentest-records", "32/pentest-records"], True, b)


def dev_plan(co, d):
    b = [("title", "安全工具定制开发计划")] + approval(co, d) + [
        ("p", "根据客户要求及公司自身能力，计划开发以下安全产品和工具："),
        ("table", [["工具", "用途", "计划完成", "负责人"], ["巡检报告自动生成工具", "汇总设备巡检数据", "%d年6月" % d.year, co.p(2)],
                   ["弱口令核查脚本", "批量核查主机弱口令", "%d年9月" % d.year, co.p(1)]])]
    return Doc("dev_plan", "开发计划", d, ["33/dev-plan"], False, b)


def sla(co, d, modes=True, kpis=True, health=False, title="服务级别协议"):
    items = ["39/sla"]
    b = [("title", title),
         ("p", "甲方：%s    乙方：%s    协议编号：SLA-%d-%03d" % (co.customer, co.name, d.year, co.rng.randint(1, 99))),
         ("h1", "第一条 服务范围"), ("p", "乙方为甲方数据中心的网络及安全设备、%s等业务系统提供安全运维服务。" % co.sys(0))]
    if modes:
        items.append("35/sla")
        b += [("h1", "第二条 运维方式"),
              ("p", "乙方采用驻场值守、定期巡检与远程值守相结合的方式：工作日安排1名工程师驻场；每月定期巡检一次；"
               "非工作时间由乙方监控中心远程值守。")]
    if kpis:
        items.append("36/sla")
        b += [("h1", "第三条 服务级别与核心指标"),
              ("table", [["指标", "承诺值"], ["核心系统可用率", "≥99.9%"], ["一级故障响应时间", "15分钟"],
                         ["一级故障恢复时间", "4小时"], ["客户满意度", "≥90分"]])]
    if health:
        items.append("15/agreement")
        b += [("h1", "第四条 健康检查"), ("p", "健康检查每季度一次，以现场检查为主，远程检查为辅，检查后提交报告。")]
    b += [("h1", "第五条 协议期限"), ("p", "自%s起一年。" % d_cn(d)),
          ("p", "甲方（盖章）：%s    乙方（盖章）：%s" % (co.customer, co.name)),
          ("p", "签订日期：%s" % d_fmt(co, d))]
    return Doc("sla", "服务级别协议", d, items, False, b)


def emergency_plan(co, d, recovery_strategy=True, recovery_plan=False):
    items = ["36/emergency-plan", "53/emergency-plan"]
    b = [("title", "网络安全事件应急响应预案")] + approval(co, d, ver="V3.0") + [
        ("h1", "1 总则"), ("p", "为建立信息系统应急事件响应机制，保障业务连续运行，制定本预案。"),
        ("h1", "2 组织机构"), ("p", "应急领导小组组长%s，应急工作组由运维、安全、应用人员组成。" % co.boss),
        ("h1", "3 事件分级与响应"), ("p", "一级事件15分钟内响应、30分钟内到场；二级事件30分钟响应。"),
        ("h1", "4 处置流程"), ("p", "报告→研判→启动→处置→恢复→总结。")]
    if recovery_strategy:
        items.append("55/plan")
        b += [("h1", "5 恢复策略"), ("p", "核心系统RTO≤2小时、RPO≤15分钟，采用同城灾备切换；其他系统从备份恢复。")]
    if recovery_plan:
        items.append("36/recovery-plan")
        b += [("h1", "6 系统恢复计划"), ("p", "按系统优先级逐一恢复：网络→数据库→应用；每个系统的恢复步骤见附件。")]
    return Doc("emergency_plan", "应急预案", d, items, False, b)


def recovery_plan(co, d):
    b = [("title", "信息系统灾难恢复计划")] + approval(co, d) + [
        ("h1", "一、恢复目标"), ("p", "%s RTO 2小时，RPO 15分钟。" % co.sys(0)),
        ("h1", "二、恢复资源"), ("p", "同城灾备中心、每日全量备份与实时日志备份。"),
        ("h1", "三、恢复步骤"), ("p", "宣布灾难→切换网络→数据库恢复→应用启动→业务验证→回切。")]
    return Doc("recovery_plan", "恢复计划", d, ["36/recovery-plan"], False, b)


def bcp(co, d):
    b = [("title", "业务连续性计划")] + approval(co, d, ver="V2.0") + [
        ("h1", "1 业务影响分析"), ("p", "识别关键业务：%s、%s，最大可容忍中断时间4小时。" % (co.sys(0), co.sys(1))),
        ("h1", "2 应急响应与灾难恢复机制"), ("p", "应急响应预案与灾难恢复计划构成本计划的支撑文件。"),
        ("h1", "3 演练与维护"), ("p", "每年至少演练一次，每年评审更新。")]
    return Doc("bcp", "业务连续性计划", d, ["42/bcp"], False, b)


def drill_record(co, d, emergency=True, recovery=False):
    items = []
    t = "应急演练记录"
    if emergency:
        items += ["40/emergency-drill", "53/drill"]
    if recovery:
        items += ["40/recovery-drill", "53/drill"]
        t = "应急响应及系统恢复演练记录" if emergency else "系统恢复演练记录"
    b = [("title", t),
         ("table", [["演练名称", "%s%s" % (co.sys(0), "勒索病毒应急演练" if emergency else "灾备切换恢复演练")],
                    ["演练时间", d_fmt(co, d)], ["演练方式", "实战演练"], ["参加人员", "、".join(co.p(i) for i in range(4))],
                    ["演练过程", "09:00发现告警→09:10启动预案→09:40隔离完成→10:30系统恢复→11:00业务验证通过"],
                    ["演练结果", "达到预期，RTO 1.5小时"], ["存在问题", "备份恢复脚本需更新"],
                    ["记录人", co.p(3)]])]
    return Doc("drill_record", "演练记录", d, sorted(set(items)), True, b)


def sat_survey(co, d, half):
    b = [("title", "客户满意度调查报告（%d年%s）" % (d.year, half)),
         ("p", "调查时间：%s    调查方式：问卷与回访" % d_fmt(co, d)),
         ("h1", "一、调查结果"),
         ("table", [["项目", "得分"], ["响应及时性", co.rng.randint(88, 98)], ["技术能力", co.rng.randint(85, 97)],
                    ["服务态度", co.rng.randint(90, 99)], ["综合满意度", co.rng.randint(88, 96)]]),
         ("h1", "二、满意度分析"), ("p", "客户对服务态度评价最高，响应及时性较上期下降，主要原因是夜间远程支持排队。"),
         ("h1", "三、改进措施"), ("p", "增加夜间值守人员。")]
    return Doc("sat_survey", "满意度调查报告", d, ["41/surveys", "58/survey", "63/survey"], True, b)


def sat_trend(co, d):
    b = [("title", "客户满意度趋势分析报告"), ("p", "日期：%s" % d_fmt(co, d)),
         ("table", [["期次", "综合满意度"], ["%d上半年" % (d.year - 1), 89], ["%d下半年" % (d.year - 1), 91],
                    ["%d上半年" % d.year, 93], ["%d下半年" % d.year, 94]]),
         ("p", "趋势：连续四期上升，技术能力评价提升最明显。")]
    return Doc("sat_trend", "满意度趋势", d, ["41/trend"], True, b)


def followup(co, d):
    rows = [["客户回访记录"], ["回访日期", "客户", "回访人", "方式", "客户意见", "处理"]]
    for i in range(4):
        dd = d - timedelta(days=45 * i)
        rows.append([d_iso(dd), co.customer, co.p(0), co.rng.choice(["电话", "上门"]),
                     co.rng.choice(["满意", "希望报告更及时", "满意，无意见"]), "已反馈"])
    return Doc("followup", "回访记录", d, ["63/follow-up-visits"], True, sheets=[("回访", rows)])


def tickets(co, d, response_times=True):
    # Without response times the export has no such column (it used to keep it, and the truth
    # then said the file did not prove 55/response-times while its text did).
    head = ["工单号", "类型", "受理时间", "响应时间", "解决时间", "描述", "处理人", "状态"]
    rows = [["运维工单记录"], head]
    for i in range(10):
        dd = d - timedelta(days=9 * i)
        rows.append(["WO-%d%02d%02d-%02d" % (dd.year, dd.month, dd.day, i), co.rng.choice(["事件", "服务请求", "应急事件"]),
                     "%s 09:%02d" % (d_iso(dd), i), "%s 09:%02d" % (d_iso(dd), i + 10), "%s 11:20" % d_iso(dd),
                     co.rng.choice(["VPN无法登录", "策略开通", "病毒告警", "WAF误拦截"]), co.p(i % 5), "已关闭"])
    if not response_times:
        rows = rows[:1] + [r[:3] + r[4:] for r in rows[1:]]
    items = ["43/process-records"] + (["55/response-times"] if response_times else [])
    return Doc("tickets", "工单记录", d, items, True, sheets=[("工单", rows)])


def service_desk(co, d):
    b = [("title", "关于成立运维服务台的通知"),
         ("p", "为统一受理客户的事件报告与服务请求，公司成立运维服务台，隶属运维部。"),
         ("p", "服务台职责：7×24小时受理电话、邮件、工单；事件登记、初步处理与派单；跟踪与回访。"),
         ("p", "服务电话：400-%03d-%04d    邮箱：servicedesk@%s.com" % (co.rng.randint(100, 999), co.rng.randint(0, 9999), co.short.lower())),
         ("p", "服务台人员：%s、%s。" % (co.p(4), co.p(5))),
         ("p", "%s    %s" % (co.name, d_cn(d)))]
    return Doc("service_desk", "服务台", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [["服务台人员培训记录"], ["培训主题", "服务台事件受理与分级、ITSM工单系统操作"],
            ["培训时间", d_fmt(co, d)], ["讲师", co.p(0)], ["学员", "%s、%s" % (co.p(4), co.p(5))],
            ["考核结果", "合格"], ["签到", "%s  %s" % (co.p(4), co.p(5))]]
    return Doc("desk_training", "服务台培训", d, ["48/training"], True, sheets=[("培训记录", rows)])


def monitoring_report(co, d, data=False, forecast=False, avail=False):
    items = ["50/monitoring-report"]
    t = "运维监控分析报告（%d年%d月）" % (d.year, d.month)
    b = [("title", t), ("p", "报告日期：%s" % d_fmt(co, d)),
         ("h1", "一、指标趋势分析"),
         ("table", [["指标", "%d月" % max(1, d.month - 2), "%d月" % max(1, d.month - 1), "%d月" % d.month, "趋势"],
                    ["CPU峰值", "62%", "66%", "71%", "上升"], ["告警数", 420, 388, 351, "下降"],
                    ["带宽峰值(Mbps)", 780, 805, 820, "上升"]]),
         ("p", "带宽与CPU持续上升，预计两个月后达到扩容阈值。")]
    if data:
        items.append("56/data")
        b += [("h1", "二、运维数据收集"),
              ("table", [["指标", "本期"], ["异常报告及时率", "98%"], ["异常漏报率", "0.5%"],
                         ["维护作业计划的及时完成率", "97%"], ["故障隐患发现率", "92%"], ["异常主动发现率", "88%"],
                         ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "96%"],
                         ["安全补丁安装及时率", "93%"], ["安全事件次数", 7]])]
    if forecast:
        items.append("71/forecast")
        b += [("h1", "三、汇总分析与服务预测"),
              ("p", "汇总日志、变更、事件、请求、问题数据：事件数同比下降18%，服务请求上升25%，变更集中在月末。"
               "预测下年度服务请求将继续增长，需增加服务台人力并推进自助服务。")]
    if avail:
        items += ["18/availability-report", "22/report"]
        b += [("h1", "四、可用性报告"), ("p", "%s本期可用率99.995%%，达标。" % co.sys(0))]
    return Doc("monitoring_report", "监控分析报告", d, items, True, b)


def ops_data(co, d):
    rows = [["运维数据收集记录（%d年）" % d.year], ["指标", "1季度", "2季度", "3季度", "目标"]]
    for n in ["异常报告及时率", "异常漏报率", "维护作业计划的及时完成率", "故障隐患发现率", "异常主动发现率",
              "问题解决率", "漏洞扫描覆盖率", "加固设备覆盖率", "安全补丁安装及时率", "安全事件次数"]:
        rows.append([n, "%d%%" % co.rng.randint(85, 99), "%d%%" % co.rng.randint(85, 99), "%d%%" % co.rng.randint(85, 99), "≥90%"])
    return Doc("ops_data", "运维数据收集", d, ["56/data"], True, sheets=[("数据", rows)])


def grading(co, d):
    b = [("title", "信息系统安全等级保护定级报告"),
         ("p", "系统名称：%s    定级日期：%s" % (co.sys(0), d_fmt(co, d))),
         ("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第三级；最终定级：第三级。"),
         ("p", "已向公安机关备案，备案证明编号：%s-%d-0%05d。" % (co.city[:2], d.year, co.rng.randint(0, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_criteria(co, d):
    b = [("title", "信息系统分级标准")] + approval(co, d) + [
        ("p", "依据GB/T 22240《网络安全等级保护定级指南》，按业务信息与系统服务受破坏后侵害的客体和程度确定等级。"),
        ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"],
                   ["公民、法人合法权益", "第一级", "第二级", "第三级"],
                   ["社会秩序、公共利益", "第二级", "第三级", "第四级"]])]
    return Doc("grading_criteria", "分级标准", d, ["51/grading-criteria"], False, b)


def bulletin(co, d, full=True):
    items = ["52/vulnerability", "53/bulletin"]
    b = [("title", "安全通告（%d年第%d期）" % (d.year, d.month)), ("p", "发布日期：%s" % d_fmt(co, d)),
         ("h1", "一、漏洞通告"), ("p", "CVE-%d-%04d OpenSSH远程代码执行漏洞，影响版本8.5-9.7，建议升级。" % (d.year, co.rng.randint(1000, 9999))),
         ("h1", "二、厂商安全通告"), ("p", "华为、深信服发布本月安全补丁，涉及防火墙固件。")]
    if full:
        items += ["52/virus", "52/policy", "52/analysis"]
        b += [("h1", "三、病毒通告"), ("p", "新型勒索病毒通过RDP弱口令传播。"),
              ("h1", "四、业界动态与政策法规"), ("p", "收集《网络数据安全管理条例》实施要求及行业监管动态。"),
              ("h1", "五、分析与建议"), ("p", "经分析客户环境中受影响主机12台，已安排补丁升级。")]
    return Doc("bulletin", "安全通告", d, items, True, b)


def change_records(co, d):
    rows = [["变更记录单"], ["变更编号", "申请日期", "变更内容", "风险等级", "审批人", "实施结果", "回退情况"]]
    for i in range(7):
        dd = d - timedelta(days=17 * i)
        rows.append(["CH-%d%03d" % (dd.year, 60 - i), d_iso(dd), co.rng.choice(["防火墙策略调整", "IPS特征库升级", "交换机端口变更"]),
                     co.rng.choice(["低", "中"]), co.p(1), "成功", "无"])
    return Doc("change_records", "变更记录", d, ["54/records", "43/process-records"], True,
               sheets=[("变更", rows)])


def kpi_list(co, d):
    rows = [["安全运维实现情况监视测量清单"], ["监视项", "目标", "%d年实际" % d.year, "是否达成", "措施"],
            ["客户满意度", "≥90分", "93分", "是", "—"], ["投诉建议", "≤2次", "1次", "是", "—"],
            ["事件按时解决率(KPI)", "≥95%", "93%", "否", "已开纠正措施单CA-%d-03" % d.year],
            ["巡检完成率(KPI)", "100%", "100%", "是", "—"]]
    return Doc("kpi_list", "监视测量清单", d, ["57/measurement"], True, sheets=[("监视测量", rows)])


def capa(co, d, verify=True):
    items = ["57/capa"] + (["66/effectiveness"] if verify else [])
    b = [("title", "纠正预防措施记录单"),
         ("table", [["编号", "CA-%d-03" % d.year], ["来源", "KPI未达成：事件按时解决率93%"],
                    ["原因分析", "夜间值守人员不足，二线支持响应慢"], ["纠正措施", "增加夜间二线值班"],
                    ["预防措施", "建立排班容量预警"], ["责任人", co.p(0)], ["完成日期", d_fmt(co, d)],
                    ["有效性验证", "实施后两个月按时解决率达97%，措施有效" if verify else ""], ["验证人", co.p(3) if verify else ""]])]
    return Doc("capa", "纠正预防措施", d, items, True, b)


def internal_audit(co, d):
    b = [("title", "%d年度内部审核报告" % d.year),
         ("p", "审核日期：%s    审核组长：%s" % (d_fmt(co, d), co.p(3))),
         ("h1", "一、审核目的与准则"), ("p", "验证体系满足既定标准要求、安全运维服务需求和客户SMS要求，并被有效实施和维护。"),
         ("h1", "二、审核计划与检查表"), ("p", "按审核计划覆盖全部部门，使用内审检查表逐条核查。"),
         ("h1", "三、审核发现"), ("p", "开具不符合项2项：巡检记录缺签字；变更单未记录回退方案。"),
         ("h1", "四、结论"), ("p", "体系运行基本有效，不符合项已制定纠正措施。")]
    return Doc("internal_audit", "内审报告", d, ["59/internal-audit"], True, b)


def mgmt_review(co, d, inputs=("perf", "feedback", "resources", "ca", "changes", "improve")):
    # the form asks the review record to cover the services' and processes' performance
    items = ["59/management-review"] if "perf" in inputs else []
    b = [("title", "%d年度管理评审报告" % d.year),
         ("p", "评审时间：%s    主持人：%s" % (d_fmt(co, d), co.boss)),
         ("h1", "一、评审输入")]
    text = {"perf": ("60/performance", "服务和流程的执行情况和符合性：SLA达成率98.6%，各流程按程序执行，内审发现2项不符合。"),
            "feedback": ("60/customer-feedback", "客户反馈：满意度93分，收到投诉1次，已处理。"),
            "resources": ("60/resources", "当前和预测资源水平：现有运维人员12人，预计明年新增客户需增加3人。"),
            "ca": ("60/corrective-actions", "纠正措施的进展情况：上次评审提出的4项纠正措施已完成3项，1项进行中。"),
            "changes": ("60/changes", "可能影响安全运维服务的变更：客户数据中心搬迁、等保2.0测评要求。"),
            "improve": ("60/improvements", "改进的机会：事件按时解决率未达标、巡检报告自动化、服务台自助化。")}
    for k in inputs:
        it, s = text[k]
        items.append(it)
        b.append(("p", s))
    b += [("h1", "二、评审结论"), ("p", "体系持续适宜、充分、有效。"),
          ("h1", "三、输出"), ("p", "批准增加人员预算；启动巡检自动化改进项目。")]
    return Doc("mgmt_review", "管理评审报告", d, items, True, b)


def iso_cert(co, d):
    b = [("title", "管理体系认证证书"), ("p", "兹证明 %s" % co.name),
         ("p", "信息技术服务管理体系符合 ISO/IEC 20000-1:2018 标准"),
         ("p", "认证范围：向外部客户提供信息系统安全运维服务"),
         ("p", "发证日期：%s    有效期至：%d年%d月%d日" % (d_cn(d), d.year + 3, d.month, d.day))]
    return Doc("iso_cert", "认证证书", d, ["61/audit-system"], False, b)


def improve_plan(co, d, criteria=True):
    items = ["64/plan", "68/plan"] + (["64/criteria"] if criteria else [])
    b = [("title", "%d年度安全运维持续改进计划" % d.year)] + approval(co, d) + [
        ("h1", "一、改进项目"),
        ("table", [["改进项", "来源", "改进目标", "负责人", "完成时间"],
                   ["巡检报告自动化", "运维过程", "巡检报告生成时间由2天降到2小时", co.p(2), "%d-06" % d.year],
                   ["夜间支持能力", "监视过程", "事件按时解决率≥97%", co.p(0), "%d-09" % d.year]])]
    if criteria:
        b += [("h1", "二、改进机会评估标准"),
              ("p", "按对客户影响（40%）、实施成本（30%）、风险（30%）评分，≥70分列入计划；"
               "各改进项须经识别、记录、批准、评估、测量和报告全过程。")]
    return Doc("improve_plan", "持续改进计划", d, items, True, b)


def improve_opps(co, d):
    b = [("title", "改进机会分析报告"), ("p", "日期：%s" % d_fmt(co, d)),
         ("table", [["改进机会", "影响", "成本", "风险", "得分", "优先级"],
                    ["巡检自动化", 9, 7, 8, 82, "高"], ["服务台自助化", 7, 5, 8, 68, "中"], ["知识库重构", 5, 6, 9, 61, "低"]]),
         ("p", "优先级按加权评分排序。批准：%s  %s" % (co.boss, d_cn(d)))]
    return Doc("improve_opps", "改进机会分析", d, ["67/analysis", "67/prioritisation"], True, b)


def improve_track(co, d):
    rows = [["改进活动实施跟踪表"], ["改进项", "改进目标", "实施情况", "完成日期", "有效性测量", "报告"],
            ["巡检报告自动化", "2小时内出报告", "工具已上线", d_iso(d - timedelta(days=60)), "实测平均1.5小时，有效", "已在管理评审中报告"],
            ["夜间支持能力", "按时解决率≥97%", "增加夜班二线", d_iso(d - timedelta(days=20)), "实测97.4%，有效", "已报告"]]
    return Doc("improve_track", "改进实施跟踪", d, ["68/implementation", "68/effectiveness"], True,
               sheets=[("跟踪", rows)])


def improve_training(co, d):
    b = [("title", "持续服务改进意识宣贯培训记录"),
         ("table", [["培训主题", "持续服务改进——人人都是改进者"], ["时间", d_fmt(co, d)], ["讲师", co.p(3)],
                    ["参加人员", "运维部全体（%d人）" % co.rng.randint(8, 20)], ["内容", "改进的意义、改进机会的提交方式、优秀改进案例"],
                    ["效果评估", "考试平均分91分"]])]
    return Doc("improve_training", "改进意识培训", d, ["69/awareness-training"], True, b)


def defect_analysis(co, d):
    b = [("title", "运维服务缺陷分析及改进方案"), ("p", "日期：%s" % d_fmt(co, d)),
         ("h1", "一、重大事件"), ("p", "5月核心交换机故障，中断42分钟，原因为板卡老化未及时更换。"),
         ("h1", "二、失败变更"), ("p", "2次变更失败回退，原因为测试环境与生产不一致。"),
         ("h1", "三、服务不达标"), ("p", "3季度事件按时解决率93%，未达95%。"),
         ("h1", "四、改进计划"), ("p", "建立设备生命周期台账；测试环境同步生产配置；增加夜间二线支持。")]
    return Doc("defect_analysis", "缺陷分析", d, ["70/defect-analysis"], True, b)


def annual_report(co, d):
    """A combined year report: data collection, monitoring trends, forecast."""
    doc = monitoring_report(co, d, data=True, forecast=True)
    doc.kind = "annual_report"
    doc.blocks[0] = ("title", "%d年度运维服务总结报告" % d.year)
    return doc


# -------------------------------------------------------------------- decoys

def decoy_training_on_plan(co, d, plan="应急响应预案", ver="V1.2"):
    rows = [["培训签到表"], ["培训主题", "《%s》%s 宣贯培训" % (plan, ver)], ["时间", d_fmt(co, d)],
            ["讲师", co.p(0)], ["序号", "姓名", "部门", "签字"]]
    for i in range(6):
        rows.append([i + 1, co.p(i), "运维部", co.p(i)])
    return Doc("decoy_training", "培训签到表", d, [], True, sheets=[("签到", rows)],
               decoy="training record about a plan")


def decoy_doc_control(co, d, cites):
    b = [("title", "文件控制程序")] + approval(co, d, "QP-01") + [
        ("h1", "1 目的"), ("p", "对体系文件的编制、审批、发布、更改和作废进行控制。"),
        ("h1", "2 受控文件清单")] + [("p", "《%s》" % c) for c in cites] + [
        ("h1", "3 文件作废"), ("p", "作废文件加盖作废章，从使用场所撤回。")]
    return Doc("decoy_doccontrol", "文件控制程序", d, [], False, b, decoy="procedure citing other procedures")


def decoy_doc_register(co, d, cites):
    rows = [["受控文件一览表"], ["序号", "文件名称", "版本", "发布日期", "保管部门"]]
    for i, c in enumerate(cites, 1):
        rows.append([i, c, "V%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 5)), d_iso(d - timedelta(days=30 * i)), "质量部"])
    return Doc("decoy_register", "受控文件一览表", d, [], True, sheets=[("文件清单", rows)],
               decoy="list of document names")


def decoy_mr_procedure(co, d):
    b = [("title", "管理评审控制程序")] + approval(co, d, "QP-15") + [
        ("h1", "1 目的"), ("p", "规定管理评审的输入、输出与实施要求。"),
        ("h1", "2 评审输入"), ("p", "评审输入应包括：客户反馈、服务和流程的执行情况和符合性、当前和预测资源水平、"
                                    "纠正措施的进展情况、可能影响服务的变更、改进的机会。"),
        ("h1", "3 评审输出"), ("p", "形成管理评审报告，由总经理批准。")]
    return Doc("decoy_mrproc", "管理评审控制程序", d, [], False, b, decoy="procedure, not the review record")


def decoy_drill_plan(co, d):
    b = [("title", "%d年应急演练方案" % d.year)] + approval(co, d) + [
        ("h1", "一、演练目的"), ("p", "检验《网络安全事件应急响应预案》的可操作性。"),
        ("h1", "二、演练场景"), ("p", "模拟%s遭受勒索病毒攻击。" % co.sys(0)),
        ("h1", "三、时间安排"), ("p", "计划于%d年%d月进行。" % (d.year, min(12, d.month + 1)))]
    return Doc("decoy_drillplan", "演练方案", d, [], False, b, decoy="drill plan, neither the plan nor the record")


def decoy_confirmation(co, d):
    b = [("title", "服务确认单"),
         ("p", "兹确认%s于%d年%d月按合同提供驻场人员1名、完成月度巡检，服务内容符合要求。" % (co.name, d.year, d.month)),
         ("p", "客户签字：%s    日期：%s" % (co.cp(0), d_fmt(co, d)))]
    return Doc("decoy_confirm", "服务确认单", d, [], True, b, decoy="mentions on-site staff, is no staff list or SLA")


def decoy_appraisal(co, d):
    rows = [["员工绩效考核表"], ["姓名", "考核项", "权重", "得分"],
            [co.p(2), "巡检记录按时提交", "20%", 18], [co.p(2), "客户满意度调查回收率", "20%", 17],
            [co.p(2), "参加应急演练", "10%", 10], [co.p(2), "变更记录单填写规范", "20%", 19]]
    return Doc("decoy_appraisal", "绩效考核表", d, [], True, sheets=[("考核", rows)],
               decoy="appraisal naming record kinds as KPIs")


def decoy_mr_notice(co, d):
    b = [("title", "关于召开%d年度管理评审会议的通知" % d.year),
         ("p", "定于%s召开管理评审会议，请各部门准备评审输入材料：客户反馈、资源需求、纠正措施进展、改进建议。" % d_cn(d)),
         ("p", "综合办公室")]
    return Doc("decoy_mrnotice", "管理评审通知", d, [], True, b, decoy="meeting notice, not the review record")


UNRELATED = [
    ("年会通知", [("title", "关于举办2026年迎新年会的通知"), ("p", "公司定于1月20日在酒店宴会厅举办年会，请各部门报名节目。")]),
    ("差旅报销制度", [("title", "差旅费报销管理制度"), ("p", "出差人员住宿标准：一线城市每晚不超过500元。"), ("p", "报销须附发票及审批单。")]),
    ("产品宣传册", [("title", "安全运维服务产品介绍"), ("p", "我们提供一站式安全运维服务，7×24小时守护您的业务。"), ("p", "联系我们获取方案。")]),
    ("招聘启事", [("title", "招聘启事"), ("p", "招聘网络安全工程师3名，要求熟悉防火墙、IPS配置，持CISP者优先。")]),
    ("设备采购合同", [("title", "设备采购合同"), ("p", "甲方向乙方采购防火墙2台，合同金额38万元，质保三年。"), ("p", "双方签字盖章后生效。")]),
    ("员工手册", [("title", "员工手册"), ("p", "第一章 公司简介"), ("p", "第二章 考勤与休假：员工每年享有带薪年假5天。")]),
    ("会议室使用规定", [("title", "会议室使用规定"), ("p", "会议室须提前在OA预约，使用后恢复原状。")]),
]


def decoy_unrelated(co, d, which):
    name, blocks = UNRELATED[which % len(UNRELATED)]
    return Doc("decoy_unrelated", name, d, [], False, list(blocks), decoy="unrelated")


def decoy_contacts(co, d):
    rows = [["员工通讯录"], ["姓名", "部门", "手机", "邮箱"]] + [[co.p(i), "运维部", "138%08d" % (i * 1111), "%d@x.com" % i] for i in range(6)]
    return Doc("decoy_contacts", "通讯录", d, [], False, sheets=[("通讯录", rows)], decoy="unrelated")


def blank_form(doc):
    """The template of a record or document: same headings, no filled-in content."""
    blocks = []
    for blk in doc.blocks:
        if blk[0] == "table":
            rows = [list(blk[1][0])] + [["" for _ in blk[1][0]] for _ in range(3)]
            blocks.append(("table", rows))
        elif blk[0] in ("title", "h1", "h2"):
            blocks.append(blk)
        else:
            blocks.append(("p", "（填写说明：请在此填写相关内容）"))
    sheets = [(n, [list(r) for r in rows[:2]] + [["" for _ in rows[1]] for _ in range(5)])
              for n, rows in doc.sheets]
    t = Doc("decoy_template", doc.title + "模板", doc.date, [], doc.record, blocks, sheets,
            decoy="template")
    if t.blocks and t.blocks[0][0] == "title":
        t.blocks[0] = ("title", t.blocks[0][1] + "（模板）")
    return t


def as_decoy(doc, why, title_suffix=None):
    """A draft / withdrawn / superseded copy of a real document: proves nothing."""
    doc.items = []
    doc.decoy = why
    doc.kind = "decoy_" + why.split()[0]
    if title_suffix and doc.blocks and doc.blocks[0][0] == "title":
        doc.blocks[0] = ("title", doc.blocks[0][1] + title_suffix)
    if title_suffix and doc.sheets:
        n, rows = doc.sheets[0]
        rows[0] = [str(rows[0][0]) + title_suffix] + list(rows[0][1:])
    return doc
