# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_v.py - style V: the 信息中心 of a provincial tobacco commercial company (省烟草公司).

A blind author voice for the accuracy corpus, used only by the V shares.  The 信息中心 runs the
province's 卷烟营销, 专卖管理, 物流 and 一体化平台 systems and operates the IT of its 市级公司 (one
市公司 is the form's customer).  Its people write as a 烟草商业企业's 信息化 staff do: every 制度 is
issued by a 发文 with a 文号 (X烟信〔2026〕N号) and cites 国家局/省局 文件 and YC/T 行业标准; work is
organised as 信息化项目; day-to-day operations are 外包 to a vendor whose 驻场人员 are 考核ed every
month and 通报ed; everything is an Excel 台账.  Folders by 科室 (综合科, 运维科, 网络安全科, 项目管理科),
by 年度, and a 市公司服务 folder per served 市公司.  Written from the form's 需提供证明材料 only.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when it is written; a sheet with no data rows proves nothing.  build(co,
lock_bytes) lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_i import Share

# per share: the served 市公司's folder name, the 信息中心's 文号 prefix, the 省公司's 文号 prefix
V_INFO = {
    "v1": ("芜湖市局", "皖烟信", "皖烟办"),
    "v2": ("赣州市局", "赣烟信", "赣烟办"),
    "v3": ("曲靖市局", "滇烟信", "滇烟办"),
    "v4": ("遵义市局", "黔烟信", "黔烟办"),
    "v5": ("遵义市局", "黔烟信", "黔烟办"),
    "v6": ("芜湖市局", "皖烟信", "皖烟办"),
    "v7": ("赣州市局", "赣烟信", "赣烟办"),
    "v8": ("曲靖市局", "滇烟信", "滇烟办"),
    "v9": ("遵义市局", "黔烟信", "黔烟办"),
    "v10": ("芜湖市局", "皖烟信", "皖烟办"),
    "v11": ("赣州市局", "赣烟信", "赣烟办"),
    "v12": ("曲靖市局", "滇烟信", "滇烟办"),
    "v13": ("遵义市局", "黔烟信", "黔烟办"),
    "v14": ("芜湖市局", "皖烟信", "皖烟办"),
    "v15": ("赣州市局", "赣烟信", "赣烟办"),
    "v16": ("曲靖市局", "滇烟信", "滇烟办"),
    "v17": ("遵义市局", "黔烟信", "黔烟办"),
    "v18": ("芜湖市局", "皖烟信", "皖烟办"),
    "v19": ("遵义市局", "黔烟信", "黔烟办"),
    "v20": ("曲靖市局", "滇烟信", "滇烟办"),
    "v21": ("赣州市局", "赣烟信", "赣烟办"),
    "v22": ("赣州市局", "赣烟信", "赣烟办"),
    "v23": ("曲靖市局", "滇烟信", "滇烟办"),
    "v24": ("遵义市局", "黔烟信", "黔烟办"),
    "v25": ("曲靖市局", "滇烟信", "滇烟办"),
    "v26": ("芜湖市局", "皖烟信", "皖烟办"),
    "v27": ("曲靖市局", "滇烟信", "滇烟办"),
    "v28": ("芜湖市局", "皖烟信", "皖烟办"),
    "v29": ("遵义市局", "黔烟信", "黔烟办"),
    "v30": ("遵义市局", "黔烟信", "黔烟办"),
    "v31": ("遵义市局", "黔烟信", "黔烟办"),
    "v32": ("芜湖市局", "皖烟信", "皖烟办"),
    "v33": ("芜湖市局", "皖烟信", "皖烟办"),
    "v34": ("遵义市局", "黔烟信", "黔烟办"),
    "v35": ("曲靖市局", "滇烟信", "滇烟办"),
    "v36": ("遵义市局", "黔烟信", "黔烟办"),
    "v37": ("遵义市局", "黔烟信", "黔烟办"),
    "v38": ("赣州市局", "赣烟信", "赣烟办"),
}


def cn(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def ymd(d):
    return "%d%02d%02d" % (d.year, d.month, d.day)


def fawen(co, d, n, subject):
    """The head of a 发文: the issuer, the 文号, the subject line."""
    return [("p", "%s信息中心" % co.name), ("p", "%s〔%d〕%d号" % (co.wh, d.year, n)),
            ("p", "关于印发《%s》的通知" % subject),
            ("p", "各科室、各市级公司信息化管理部门，驻场运维服务单位："),
            ("p", "现将《%s》印发给你们，请认真遵照执行。执行中遇到问题，请及时反馈综合科。" % subject),
            ("p", "%s信息中心（盖章）　%s" % (co.name, cn(d))), ("break",)]


# ------------------------------------------------------------------ 制度 (办法/细则/规程)

# key -> (title, items, [(chapter, [articles])])
V_RULES = {
    "guzhang": ("信息系统运行故障处置管理办法", ["49/incident-procedure"], [
        ("总则", ["为及时处置卷烟营销、专卖管理、物流及一体化平台等信息系统运行中的故障，缩短中断时间，依据国家局信息化运维管理有关要求，制定本办法。"]),
        ("故障分级", ["按影响范围和中断时长分为一般、较大、重大、特别重大四级；影响全省订单采集或专卖案件办理的为重大及以上。"]),
        ("受理与处置", ["运维服务台统一受理各市级公司报障，登记故障台账后10分钟内派发驻场工程师；处置过程记入台账，恢复后由报障人确认关闭。",
                     "重大及以上故障由运维科科长组织处置，30分钟内向中心主任报告。"]),
        ("总结", ["较大及以上故障处置完毕后3个工作日内提交故障分析报告。"]),
    ]),
    "qingqiu": ("运维服务请求受理办理细则", ["49/request-procedure"], [
        ("范围", ["各市级公司、县级营销部通过运维热线和一体化平台运维模块提出的账号开通、权限调整、数据提取、终端入网等服务请求。"]),
        ("受理与审批", ["服务台受理并登记请求台账；涉及权限和数据的请求须经申请单位信息化管理员和部门负责人审批。"]),
        ("办理与回访", ["办理人按承诺时限完成并填写结果，服务台电话回访后关闭；每月统计请求量、按时办结率。"]),
    ]),
    "wenti": ("信息系统运维问题管理办法", ["20/procedure", "37/procedure"], [
        ("定义", ["问题是指导致一次或多次故障、原因尚未查明的潜在根源。"]),
        ("问题识别", ["同类故障一个月内发生两次以上、重大故障、巡检发现的共性隐患，由运维科登记问题台账。"]),
        ("根因分析与解决", ["运维科组织驻场工程师和厂商在10个工作日内查明根因，提出临时规避措施和永久解决方案；需变更的按变更管理办理。"]),
        ("关闭", ["解决方案实施并观察一个月无复发后关闭问题，形成已知错误记录。"]),
    ]),
    "zhishi": ("运维知识管理办法", ["21/procedure"], [
        ("目的", ["积累运维经验，减少重复排查，提高一线解决率。"]),
        ("知识来源与审核", ["故障处置、问题分析、变更实施、厂商资料形成的经验由驻场工程师提交，运维科技术骨干审核后入库。"]),
        ("维护与使用", ["知识条目按系统分类，每半年清理一次过期条目；服务台受理时先检索知识库。"]),
    ]),
    "biangeng": ("信息系统变更管理办法", ["54/procedure"], [
        ("变更分类", ["分为标准变更、一般变更、重大变更和紧急变更。"]),
        ("申请与审批", ["变更实施单位填写变更申请单，说明变更内容、影响范围、实施方案和回退方案；一般变更由运维科科长审批，重大变更报中心主任审批并通知各市级公司。"]),
        ("实施与验证", ["变更在审批的窗口期实施，实施后验证业务功能，失败的立即执行回退。"]),
        ("记录", ["全部变更登记变更台账，每月通报变更成功率。"]),
    ]),
    "slm": ("信息化运维服务级别管理办法", ["39/slm-procedure"], [
        ("职责", ["综合科负责服务级别的策划、签订和评审，运维科负责服务级别的执行和监测。"]),
        ("服务级别协议", ["信息中心与各市级公司签订运维服务协议，明确服务范围、服务方式、响应时限和核心指标；与外包单位签订的合同服务级别应与之一致。"]),
        ("监测与评审", ["每月统计服务级别达成情况并纳入外包考核通报；每年评审一次协议，必要时修订。"]),
    ]),
    "anquan": ("网络安全事件处置与报告办法", ["30/response-process", "30/reporting-process", "31/incident-process",
                                   "34/incident-process", "34/emergency-process"], [
        ("事件分类", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、设备设施故障和其他事件。"]),
        ("事件分级", ["依据YC/T 389分为特别重大、重大、较大和一般四级。"]),
        ("报告程序", ["发现人立即报告网络安全科；较大及以上事件1小时内报中心主任和省公司网信办，并按要求向国家局报告。"]),
        ("处置与应急响应", ["网络安全科组织研判、隔离和处置；达到预案启动条件的，由网络安全领导小组启动应急响应。"]),
        ("事后处理", ["事件处置结束后5个工作日内形成事件报告，分析原因，落实整改，追究责任。"]),
    ]),
    "peixun": ("网络安全培训管理细则", ["31/training-process"], [
        ("培训计划", ["网络安全科每年初制定培训计划，对象包括中心职工、市级公司信息化人员和驻场运维人员。"]),
        ("实施与考核", ["培训形式为集中授课、线上学习和演练；培训后组织考试，成绩纳入个人考核。"]),
        ("档案", ["培训通知、签到、课件、考试成绩由网络安全科归档。"]),
    ]),
    "shentou": ("渗透测试工作规程", ["31/pentest-process"], [
        ("授权", ["渗透测试须经中心主任书面授权，明确测试范围、时间窗口和禁止事项。"]),
        ("实施步骤", ["信息收集、漏洞探测、漏洞验证、报告编写、整改复测。"]),
        ("风险控制", ["对生产系统测试前备份，禁止使用破坏性载荷，发现异常立即停止。"]),
    ]),
    "gaijin": ("信息化运维持续改进管理办法", ["65/procedure"], [
        ("改进来源", ["考核通报、满意度测评、故障分析、审计检查、市级公司意见建议。"]),
        ("识别与登记", ["各科室识别改进项目后填写改进申请，登记改进台账。"]),
        ("审批与评估", ["综合科组织评估改进项目的效益和可行性，中心主任批准后实施。"]),
        ("测量与报告", ["改进完成后测量实施效果，每季度在中心例会上报告改进进展。"]),
    ]),
    "neishen": ("信息中心管理体系内部审核办法", ["61/audit-system", "62/audit-mechanism"], [
        ("审核安排", ["每年至少开展一次覆盖全部过程和科室的内部审核，由经过培训的内审员实施，内审员不审核本科室工作。"]),
        ("审核实施", ["编制审核计划和检查表，召开首末次会议，开具不符合项报告。"]),
        ("跟踪", ["责任科室限期整改，综合科验证关闭，结果输入管理评审。"]),
    ]),
    "jiandu": ("运维服务监督检查办法", ["61/monitoring-process", "62/monitoring-process"], [
        ("监督内容", ["服务级别达成、外包人员履职、巡检执行、工单处理质量、客户满意度。"]),
        ("方式与频次", ["运维平台日常监测、月度考核、季度专项检查、年度综合评价。"]),
        ("结果运用", ["检查结果以通报形式发布，未达标的下发整改通知单并跟踪验证。"]),
    ]),
}


def rule(co, d, k, n, pdca=False):
    """One 制度 issued by a 发文 with a 文号; it is approved and published by the notice itself."""
    title, items, chapters = V_RULES[k]
    b = fawen(co, d, n, title) + [("title", title)]
    for i, (head, arts) in enumerate(chapters, 1):
        b.append(("h1", "第%s章　%s" % ("一二三四五六七八"[i - 1], head)))
        for a in arts:
            b.append(("p", a))
    b.append(("p", "本办法自印发之日起施行，由%s信息中心负责解释。" % co.name))
    return Doc("v_rule", title, d, items, False, b)


def huibian(co, d, keys, pdca):
    """信息化运维管理制度汇编: several 制度 as chapters, with a 总则 on the 管理体系 when written."""
    t = "信息化运维管理制度汇编（%d年版）" % d.year
    b = [("p", "%s信息中心" % co.name), ("title", t),
         ("p", "经%s〔%d〕%d号文印发，自%s起执行" % (co.wh, d.year, 3, cn(d))), ("h1", "目录")]
    names = ([("总则　运维管理体系的运行")] if pdca else []) + [V_RULES[k][0] for k in keys]
    b += [("p", "%d. %s" % (i, x)) for i, x in enumerate(names, 1)]
    b.append(("break",))
    items = []
    if pdca:
        items.append("10/pdca")
        b += [("h1", "总则　运维管理体系的运行"),
              ("p", "信息中心按“策划—实施—检查—改进”循环运行运维管理体系：年初依据省局（公司）信息化工作要点制定运维工作计划和服务目标（策划）；"
               "运维科、网络安全科和驻场团队按制度开展日常运维（实施）；通过月度考核通报、内部审核和满意度测评监视与评审运维服务（检查）；"
               "对发现的问题下达整改并纳入持续改进台账，在管理评审中确认改进效果（改进）。")]
    for k in keys:
        title, its, chapters = V_RULES[k]
        b.append(("h1", title))
        for head, arts in chapters:
            b.append(("h2", head))
            b += [("p", a) for a in arts]
        items += its
    return Doc("v_huibian", t, d, sorted(set(items)), False, b)


def cite_list(co, d, keys):
    """A list of 现行有效制度 that only names them: it proves nothing."""
    rows = [["序号", "制度名称", "文号", "归口科室"]]
    for i, k in enumerate(keys, 1):
        rows.append([i, "《%s》" % V_RULES[k][0], "%s〔%d〕%d号" % (co.wh, d.year - 1, 10 + i), "综合科"])
    t = "信息中心现行有效制度目录"
    return Doc("v_cites", t, d, [], False, [("title", t), ("p", "以下制度经清理继续有效："), ("table", rows)],
               decoy="cites procedures by name")


# ------------------------------------------------------------------ 规划与需求 (综合科)

def diaoyan(co, d, times=True, sec=True):
    parts = [(None, ["调研单位：%s信息中心　调研对象：%s信息化管理科、卷烟营销科、专卖监督管理科、物流中心" % (co.name, co.customer),
                     "结合省局（公司）“十四五”信息化规划和%d年信息化工作要点，对%s的运维服务需要进行了座谈和问卷调研。" % (d.year, co.customer)], [])]
    if times:
        parts.append(("一、各系统运维时段要求", [("table", [["系统", "使用时段", "保障要求"],
                                                   [co.sys(0), "订货日 7:30-20:00", "订货日全程驻场值守，故障30分钟到场"],
                                                   [co.sys(1), "7×24", "案件办理不中断，夜间电话响应15分钟"],
                                                   [co.sys(2), "工作日 6:00-22:00", "分拣线作业期间现场保障"]]),
                                         "节假日前后订货高峰安排专人值班。"], ["1/survey"]))
    if sec:
        parts.append(("二、网络安全服务需要", ["市局提出的安全服务需要分为：安全设备运维类（防火墙、入侵防御、终端管理）、检测评估类（漏洞扫描、渗透测试、等保测评配合）、"
                                     "应急保障类（安全事件处置、重大活动保障值守）、培训宣传类（网络安全周宣传、人员培训）。"], ["5/survey"]))
    parts.append(("三、调研结论", "调研结果经%s确认，作为运维服务协议和年度运维项目的依据。" % co.cp(0), []))
    return nar("v_survey", "%s信息化运维服务需求调研报告" % co.customer, d, False, parts)


def yusuan(co, d):
    rows = [["驻场运维人员", "5人×12月", "驻场工程师", 720000, "%d年1月进场" % d.year],
            ["安全设备维保", "18台套", "厂商原厂服务", 260000, "%d年3月签约" % d.year],
            ["等保测评及渗透测试", "3个系统", "测评机构", 180000, "%d年9月完成" % d.year],
            ["运维平台升级", "40人天", "开发人员", 96000, "%d年6月上线" % d.year]]
    return book("v_budget", "%d年信息系统运维项目经费预算表" % d.year, d, False, [
        ("预算明细", ["项目内容", "工作量", "人力资源", "经费（元）", "时间节点"], rows, ["2/budget"])],
        note=["编制：综合科 %s　审核：%s" % (co.p(0), co.boss)])


def duijie(co, d):
    return nar("v_comm", "%s运维服务对接会会议纪要" % co.customer, d, False, [
        (None, ["时间：%s　地点：%s三楼会议室" % (cn(d), co.customer),
                "参会：市局 %s、%s；信息中心 %s、%s；驻场单位 %s" % (co.cp(0), co.cp(1), co.p(0), co.p(1), co.vp(0))], []),
        ("会议议定事项", ["一、双方同意由信息中心统一负责市局%s、%s、%s的运维，驻场2人，工作日驻场，订货日延长至20:00。" % (co.sys(0), co.sys(1), co.sys(2)),
                    "二、巡检按月开展，季度出具健康检查报告；故障响应时限按协议执行。",
                    "三、以上事项双方确认无异议，据此签订运维服务协议。"], ["3/communication"]),
    ])


def mulu(co, d, base=True, l2=True, l1=True):
    rows = [["服务类别", "服务项目", "服务内容", "提供方式"]]
    items = ["29/catalog"]
    if base:
        rows += [["基础服务", "初始服务", "资产清查、配置建档、运维流程导入", "驻场"],
                 ["基础服务", "安全设备运维", "防火墙、IPS、WAF、终端管理系统的维护和升级", "驻场/远程"],
                 ["基础服务", "日常巡检", "机房、网络、安全设备、主机日巡检月巡检", "驻场"],
                 ["基础服务", "健康检查", "季度设备和业务系统健康检查", "现场/远程"],
                 ["基础服务", "安全事件审计", "设备、服务器、应用日志的审计分析", "远程"]]
        items.append("12/catalog")
    if l2:
        rows += [["增值服务", "运维监控与分析", "监控平台告警与月度分析", "远程"],
                 ["增值服务", "终端安全监控", "终端准入、防病毒、补丁监控", "远程"],
                 ["增值服务", "等级保护合规运维", "等保差距整改、测评配合", "现场"]]
        items.append("19/catalog")
    if l1:
        rows += [["专项服务", "安全通告与漏洞分析", "漏洞和病毒预警的分析、通报", "远程"],
                 ["专项服务", "应急响应", "安全事件应急处置和演练", "现场"]]
        items.append("26/catalog")
    return book("v_catalog", "信息中心运维服务项目清单（%d年）" % d.year, d, False, [
        ("服务清单", rows[0], rows[1:], items)])


def sla_design(co, d, ola=True):
    parts = [("一、对市级公司的服务级别", [("table", [["指标", "目标值"], ["核心系统可用率", "≥99.9%"], ["故障响应", "重大15分钟/一般1小时"],
                                           ["故障恢复", "重大4小时/一般8小时"], ["满意度", "≥95分"]])], ["8/sld"])]
    if ola:
        parts.append(("二、中心内部及驻场单位的运营级别", [
            ("table", [["环节", "责任方", "时限"], ["服务台派单", "运维科服务台", "10分钟"], ["一线处置", "驻场工程师", "响应15分钟"],
                       ["安全研判", "网络安全科", "30分钟"], ["二线支持", "%s" % co.vendor, "2小时到场"]]),
            "内部各环节时限之和不超过对市级公司承诺的时限，与驻场合同的服务级别条款一致。"], ["8/ola"]))
    return nar("v_sld", "运维服务级别设计说明", d, False, parts)


def kpi_list(co, d):
    return book("v_kpis", "信息系统可用性指标清单", d, False, [
        ("指标", ["指标类型", "对象", "指标", "目标值"],
         [["整体指标", "全省信息系统", "综合可用率", "99.9%"], ["单系统指标", co.sys(0), "订货日可用率", "99.95%"],
          ["单系统指标", co.sys(1), "月度可用率", "99.9%"], ["单系统指标", co.sys(2), "分拣作业时段可用率", "99.9%"]],
         ["6/availability-kpis"])])


def org(co, d, roles=True, leader=True):
    parts = []
    if leader:
        parts.append(("一、网络安全和信息化领导小组", ["组长：%s（分管副总经理）　副组长：%s（信息中心主任）" % (co.boss, co.p(0)),
                                           "成员：综合科、运维科、网络安全科、项目管理科科长，各市级公司信息化分管领导。",
                                           "下设执行组：运维科、网络安全科及驻场运维服务单位%s的驻场工程师%s、%s。" % (co.vendor, co.vp(0), co.vp(1))],
                      ["9/org-chart", "9/outsourcing", "23/org-chart"]))
    if roles:
        parts.append(("二、科室与运维角色", [("table", [["组织单元", "运维角色", "人员"], ["综合科", "服务级别管理、考核", co.p(1)],
                                                 ["运维科", "服务台、变更经理、问题经理", co.p(2)], ["网络安全科", "安全管理员、应急负责人", co.p(3)],
                                                 ["项目管理科", "项目经理", co.p(4)], ["驻场团队", "一线运维工程师", co.vp(0)]])],
                      ["18/roles", "23/roles"]))
    return nar("v_org", "信息中心组织机构及运维岗位设置", d, False, parts)


def staff(co, d):
    rows = [[co.p(i), ["运维科", "网络安全科", "综合科"][i % 3], "正式职工", "1359%07d" % (i * 1111)] for i in range(5)]
    rows += [[co.vp(i), "驻场运维", "%s驻场" % co.vendor, "1388%07d" % (i * 2222)] for i in range(3)]
    return book("v_staff", "运维人员名册（%d年）" % d.year, d, False, [
        ("名册", ["姓名", "所在科室/团队", "用工性质", "联系电话"], rows, ["9/staff-list"])])


def jiekou(co, d):
    return nar("v_iface", "关于明确网络安全工作联络人的通知", d, False, [
        (None, ["%s〔%d〕%d号" % (co.wh, d.year, 21),
                "为畅通网络安全管理对接渠道，明确网络安全科%s为信息中心网络安全管理接口人，负责与%s、省公司网信办及驻场单位的安全事务对接；%s为B角。" %
                (co.p(3), co.customer, co.p(2))], ["28/interface-person"])])


# ------------------------------------------------------------------ 历史数据与分析 (市公司服务)

def lishi(co, d):
    rows = [[y, s, n1, n2, n3] for y, s, n1, n2, n3 in [
        (d.year - 2, co.sys(0), 142, 38, 2), (d.year - 2, co.sys(1), 96, 22, 1),
        (d.year - 1, co.sys(0), 131, 41, 1), (d.year - 1, co.sys(2), 88, 19, 0)]]
    return book("v_history", "%s历年运维数据清单" % co.customer, d, False, [
        ("数据清单", ["年度", "系统", "故障工单数", "变更次数", "失败变更"], rows, ["4/history-list"])])


def lishi_fenxi(co, d):
    return nar("v_hist_analysis", "%s近两年运维数据分析报告" % co.customer, d, False, [
        ("一、指标完成情况", "近两年核心系统可用率99.93%%、99.95%%，故障响应及时率97.8%%，均达到协议要求；%s订货日出现1次超时。" % co.sys(0), []),
        ("二、违规操作", "发现驻场人员未经审批直接修改数据库参数1次，已通报扣分。", []),
        ("三、重大事件与失败变更", "发生重大故障1起（物流分拣线接口中断2.5小时），失败变更3次，均已回退。", ["4/analysis"]),
    ])


def celue(co, d):
    return nar("v_strategy", "%d年%s运维保障策略及实施方案" % (d.year, co.customer), d, False, [
        ("一、保障策略", "根据近两年运维数据分析，对订货系统实行订货日驻场保障，对物流接口增加监控项，对变更实行窗口期和双人复核。", []),
        ("二、实施方案", [("table", [["措施", "责任人", "完成时间"], ["订货日驻场值守", co.vp(0), "%d年2月" % d.year],
                                    ["接口心跳监控", co.p(2), "%d年4月" % d.year], ["变更双人复核", co.p(1), "%d年3月" % d.year]])],
         ["4/strategy"]),
    ])


def yingxiang(co, d, auto=True):
    parts = [("一、以往服务的解决方案及对生产的影响", [("table", [["服务类别", "解决方案", "对营销/物流生产的影响"],
                                                       ["订货高峰扩容", "临时扩容应用节点", "订货无中断"],
                                                       ["病毒处置", "隔离终端、全网查杀", "2个县级营销部停机半天"],
                                                       ["账号批量调整", "手工逐一办理", "耗时长，影响新员工上岗"]])], ["7/impact-analysis"])]
    if auto:
        parts.append(("二、可自动化的服务", "按以往安全事件处置时长分析，病毒告警研判平均耗时40分钟、账号办理平均25分钟，拟将终端隔离、账号批量开通和日巡检报告改为平台自动执行。",
                      ["7/automation"]))
    return nar("v_impact", "以往运维服务效果分析报告", d, False, parts)


# ------------------------------------------------------------------ 运维科: 台账

def zichan(co, d):
    rows = [["ZC-%04d" % (i + 1), t, m, f, loc, port, dep, lvl] for i, (t, m, f, loc, port, dep, lvl) in enumerate([
        ("防火墙", "NGFW-5000", "边界访问控制", "省公司中心机房A03", "G1/0/1-上联核心", "主备", "重要"),
        ("入侵防御", "IPS-3600", "入侵检测阻断", "省公司中心机房A03", "G1/0/3-串接", "单机", "重要"),
        ("服务器", "R740", "%s应用" % co.sys(0), "省公司中心机房B07", "bond0-业务VLAN20", "集群", "核心"),
        ("服务器", "R740", "%s数据库" % co.sys(1), "省公司中心机房B08", "bond0-VLAN30", "双机", "核心"),
        ("交换机", "S6720", "市局汇聚", "%s机房" % co.customer, "Te0/0/1-省公司专线", "堆叠", "重要"),
        ("终端管理", "EDR-Server", "终端防病毒和准入", "省公司中心机房B02", "eth0-管理VLAN", "单机", "一般")])]
    return book("v_assets", "信息资产台账（%d年）" % d.year, d, True, [
        ("资产", ["资产编号", "类型", "型号", "功能", "物理位置", "端口对应", "部署", "保护等级"], rows, ["13/asset-list", "43/asset-list"])],
        note=["资产编号为唯一标识；保护等级分核心/重要/一般；软件配置见配置台账。"])


def peizhi(co, d, rel=True):
    sheets = [("配置项", ["配置项", "类型", "版本", "责任人", "访问权限", "备份"],
               [["%s应用集群" % co.sys(0), "应用", "V3.2", co.p(2), "运维科只读/管理员读写", "每日"],
                ["%s数据库" % co.sys(1), "数据库", "19c", co.p(2), "DBA双人授权", "每日全备"],
                ["边界防火墙策略", "安全配置", "策略版本218", co.p(3), "网络安全科", "变更前后"]],
               ["27/cmdb"])]
    if rel:
        sheets.append(("关联关系", ["配置项", "依赖", "关系"],
                       [["%s应用集群" % co.sys(0), "%s数据库" % co.sys(1), "读写"], ["%s应用集群" % co.sys(0), "边界防火墙策略", "访问受控"],
                        [co.sys(2), "%s应用集群" % co.sys(0), "订单接口"]], ["38/cmdb-relations"]))
    return book("v_cmdb", "运维配置管理台账", d, True, sheets,
                note=["配置台账存放于运维平台，按权限分级访问，变更经审批后更新，每日备份，保证保密性、完整性和可用性。"])


def peizhi_gengxin(co, d):
    return book("v_ci_upd", "%d年配置项变更维护记录" % d.year, d, True, [
        ("维护记录", ["日期", "配置项", "更新内容", "依据", "更新人"],
         [[(d - timedelta(days=30 * i)).isoformat(), x, y, "变更单BG-%d-%03d" % (d.year, 40 - i), co.vp(i)] for i, (x, y) in enumerate([
             ("%s应用集群" % co.sys(0), "新增节点app-05"), ("边界防火墙策略", "策略版本217→218"), ("%s数据库" % co.sys(1), "补丁19.21")])],
         ["43/ci-updates"])])


def sheji_taizhang(co, d, want):
    """安全设备运维台账: one workbook, one sheet per record kind; the sheets not kept this year are empty."""
    def rows(k, data):
        return data if k in want else []
    sheets = [
        ("日常维护", ["日期", "设备", "维护内容", "状态", "维护人"],
         rows("wh", [[(d - timedelta(days=7 * i)).isoformat(), dev, "检查运行状态、清理会话、保养风扇滤网", "正常", co.vp(i)]
                     for i, dev in enumerate(["防火墙", "入侵防御", "WAF"])]), ["14/maintenance", "44/maintenance"]),
        ("巡检", ["日期", "设备", "CPU", "内存", "告警", "结果"],
         rows("xj", [[(d - timedelta(days=i)).isoformat(), "防火墙", "23%", "41%", "无", "正常"] for i in range(3)]), ["44/inspection"]),
        ("病毒查杀", ["日期", "范围", "查杀结果", "处理"],
         rows("sd", [[(d - timedelta(days=7 * i)).isoformat(), "全省终端", "发现%d个" % i, "已清除"] for i in range(3)]), ["44/virus-scan"]),
        ("故障处理", ["日期", "设备", "故障现象", "检测排除", "是否硬件故障"],
         rows("gz", [[(d - timedelta(days=40)).isoformat(), "入侵防御", "电源告警", "更换电源模块", "是"],
                     [(d - timedelta(days=75)).isoformat(), "WAF", "策略下发失败", "重启管理进程", "否"]]), ["44/faults", "14/hardware-faults"]),
        ("升级更新", ["日期", "设备", "升级内容", "验证"],
         rows("sj", [[(d - timedelta(days=20)).isoformat(), "防火墙", "特征库升级至最新版本", "正常"],
                     [(d - timedelta(days=90)).isoformat(), "入侵防御", "系统版本升级", "正常"]]), ["44/upgrades"]),
    ]
    return book("v_devlog", "%d年安全设备运维台账" % d.year, d, True, sheets)


def xunjian(co, d, av=True):
    parts = [(None, "巡检日期：%s　巡检人：%s（驻场）　复核：%s" % (cn(d), co.vp(0), co.p(2)), []),
             ("一、安全设备监控", [("table", [["设备", "状态", "告警"], ["防火墙", "正常", "0"], ["入侵防御", "正常", "攻击告警12条已研判"], ["WAF", "正常", "0"]])],
              ["45/monitoring"])]
    if av:
        parts.append(("二、病毒监测与防病毒维护", "终端管理系统在线率98.6%，病毒库已更新至最新，本月监测病毒告警7次，已全部查杀。", ["45/antivirus"]))
    return nar("v_patrol", "%d年%d月运维巡检月报" % (d.year, d.month), d, True, parts)


def jiankang_yueding(co, d):
    return nar("v_hc_agree", "健康检查服务约定", d, False, [
        (None, ["%s与%s信息中心约定：" % (co.customer, co.name),
                "1. 检查方式：机房和网络设备现场检查，业务系统远程检查；2. 检查频次：每季度一次，订货高峰前加检一次；3. 检查内容：设备可用性、性能容量、配置合规、日志告警；检查后5个工作日内出具健康检查报告。"],
         ["15/agreement"])])


def jiankang(co, d):
    return nar("v_health", "%d年第%d季度信息系统健康检查报告" % (d.year, (d.month - 1) // 3 + 1), d, True, [
        (None, "检查方式：现场+远程　检查日期：%s　检查人：%s、%s" % (cn(d), co.vp(1), co.p(2)), []),
        ("检查结果", [("table", [["对象", "可用性", "持续运行", "结论"], [co.sys(0), "99.97%", "连续运行92天", "良好"],
                                 ["防火墙", "100%", "主备切换测试正常", "良好"], [co.sys(2), "99.9%", "磁盘使用率81%", "需扩容"]])],
         ["15/records", "46/records"]),
    ])


def caiji(co, d):
    return book("v_collect", "%d年%d月安全信息采集表" % (d.year, d.month), d, True, [
        ("配置", ["设备", "配置基线核对", "差异"], [["防火墙", "已核对", "无"], ["核心交换机", "已核对", "新增ACL 1条"]], ["16/config"]),
        ("流量", ["链路", "峰值带宽", "均值"], [["省公司-市局专线", "86Mbps", "31Mbps"], ["互联网出口", "410Mbps", "120Mbps"]], ["16/traffic"]),
        ("状态", ["对象", "CPU", "内存", "会话数"], [["防火墙", "27%", "44%", "18万"], [co.sys(0), "35%", "60%", "-"]], ["16/status"]),
    ])


def gongdan(co, d, resp=True):
    head = ["工单号", "受理时间", "类型", "报障单位", "内容", "处理人"] + (["响应时长", "要求时限", "是否达标"] if resp else []) + ["状态"]
    data = []
    for i in range(6):
        t = d - timedelta(days=5 * i)
        row = ["GD%s%02d" % (ymd(t), i), t.isoformat() + " 09:%02d" % (10 + i), ["故障", "请求", "故障", "请求", "安全", "故障"][i],
               co.customer, ["订货终端无法登录", "新增专卖员账号", "物流接口超时", "导出月度销量数据", "终端病毒告警", "打印服务异常"][i], co.vp(i)]
        if resp:
            row += ["%d分钟" % (8 + i), "15分钟" if i % 2 == 0 else "2小时", "是"]
        data.append(row + ["已关闭"])
    items = ["43/process-records"] + (["55/response-times"] if resp else [])
    return book("v_tickets", "%d年运维工单台账" % d.year, d, True, [("工单", head, data, items)])


def fuwutai(co, d, train=True):
    parts = [("一、服务台设置", "信息中心设立运维服务台（热线及一体化平台运维模块），由运维科管理，驻场人员2名轮值，受理全省报障和服务请求，统一派单、跟踪和回访。", ["48/service-desk"])]
    if train:
        parts.append(("二、服务台人员培训记录", [("table", [["日期", "内容", "讲师", "参训人"], [(d - timedelta(days=20)).isoformat(), "营销系统常见故障受理", co.p(2), "%s、%s" % (co.vp(0), co.vp(1))],
                                                   [(d - timedelta(days=60)).isoformat(), "工单分类与升级规则", co.p(1), "%s、%s" % (co.vp(1), co.vp(2))]])], ["48/training"]))
    return nar("v_desk", "运维服务台建设及人员培训情况", d, True, parts)


def biangeng_taizhang(co, d):
    return book("v_changes", "%d年变更台账" % d.year, d, True, [
        ("变更", ["变更单号", "申请日期", "变更内容", "级别", "审批人", "回退方案", "结果"],
         [["BG-%d-%03d" % (d.year, i + 30), (d - timedelta(days=12 * i)).isoformat(), c, l, co.p(1) if l == "一般" else co.boss, "恢复原版本", res]
          for i, (c, l, res) in enumerate([("营销系统补丁", "一般", "成功"), ("防火墙策略调整", "一般", "成功"),
                                           ("物流接口升级", "重大", "失败已回退"), ("数据库参数优化", "一般", "成功")])],
         ["54/records"])])


def zhishiku(co, d):
    return book("v_kb", "运维知识库导出", d, False, [
        ("知识条目", ["编号", "分类", "标题", "解决方法", "审核人"],
         [["ZS-%03d" % (i + 1), c, t, s, co.p(2)] for i, (c, t, s) in enumerate([
             (co.sys(0), "订货终端证书过期无法登录", "重新下发证书并同步时间"), (co.sys(2), "分拣接口超时", "清理接口队列，重启适配器"),
             ("终端", "准入客户端离线", "重装客户端并重新注册")])], ["21/knowledge-base"])])


def zhidaoshu(co, d, mod, n):
    steps = {"防火墙运维": ["登录堡垒机，经防火墙管理口访问。", "检查主备状态、会话数和CPU。", "策略变更前导出配置备份，按变更单执行。", "完成后核对策略命中情况并记录。"],
             "终端防病毒": ["检查病毒库版本和终端在线率。", "对离线终端通知市局信息员处理。", "每周一发起全网查杀。", "感染终端先断网隔离，再查杀。"],
             "数据库巡检": ["检查表空间、归档和备份作业。", "核对告警日志。", "使用率超过80%提交扩容申请。"],
             "订货日保障": ["订货日前一日检查应用节点和接口。", "7:30前完成开机自检。", "订货期间每30分钟查看监控。", "结束后填写保障记录。"]}[mod]
    t = "%s作业指导书" % mod
    b = [("title", t), ("p", "编号：XXZX-ZY-%02d　适用：运维科、驻场运维人员" % n), ("h1", "作业步骤")]
    b += [("p", "%d. %s" % (i, s)) for i, s in enumerate(steps, 1)]
    return Doc("v_wi", t, d, ["24/work-instructions", "11/manuals"], False, b)


def keyongxing(co, d, plan=True, ev=True, rep=True):
    sheets = [("可用性计划", ["系统", "目标", "保障措施"], [[co.sys(0), "99.95%", "双活部署、订货日驻场"], [co.sys(1), "99.9%", "双机热备"]] if plan else [],
               ["18/availability-plan", "22/plan"]),
              ("可用性事件", ["日期", "系统", "中断时长", "原因"], [[(d - timedelta(days=50)).isoformat(), co.sys(2), "150分钟", "接口中断"],
                                                            [(d - timedelta(days=110)).isoformat(), co.sys(0), "20分钟", "数据库切换"]] if ev else [],
               ["18/availability-events", "22/events"]),
              ("可用性报告", ["月份", "系统", "实际可用率", "改进"], [["%d-%02d" % (d.year, m), co.sys(0), "99.9%d%%" % m, "无"] for m in range(1, 4)] if rep else [],
               ["18/availability-report", "22/report"])]
    return book("v_avail", "%d年信息系统可用性管理台账" % d.year, d, True, sheets)


def jiankong_yuebao(co, d, data=True):
    parts = [("一、监控指标趋势", [("table", [["指标", "%d月" % ((d.month - 3) % 12 + 1), "%d月" % ((d.month - 2) % 12 + 1), "%d月" % ((d.month - 1) % 12 + 1), "趋势"],
                                            ["告警总数", "412", "376", "301", "下降"], ["核心系统可用率", "99.92%", "99.95%", "99.97%", "上升"],
                                            ["工单平均处理时长", "46分钟", "41分钟", "38分钟", "缩短"]])], ["50/monitoring-report"])]
    if data:
        parts.append(("二、运维数据汇总", [("table", [["指标", "本月"], ["异常报告及时率", "98%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "100%"],
                                                 ["故障隐患发现率", "93%"], ["异常主动发现率", "86%"], ["问题解决率", "91%"], ["漏洞扫描覆盖率", "100%"],
                                                 ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "94%"], ["安全事件次数", "2"]])], ["56/data"]))
    return nar("v_monrep", "%d年%d月运维监控分析月报" % (d.year, d.month), d, True, parts)


# ------------------------------------------------------------------ 网络安全科

def rizhi_shenji(co, d):
    return nar("v_logaudit", "%d年%d月日志审计分析报告" % (d.year, d.month), d, True, [
        (None, "审计范围：网络及安全设备日志、服务器与操作系统日志、%s和%s应用日志；审计人：%s" % (co.sys(0), co.sys(1), co.p(3)), []),
        ("审计发现", [("table", [["日志来源", "条数", "异常", "分析结论"], ["防火墙/IPS", "1.2亿", "境外扫描3200次", "已封禁"],
                                 ["服务器操作系统", "860万", "root远程登录失败集中出现", "弱口令探测，已加固"],
                                 ["应用日志", "430万", "非工作时间批量导出1次", "经核实为市局统计需要"]])],
         ["17/log-analysis", "45/audit-report", "47/audit"]),
    ])


def shijian_tongji(co, d, fenxi=True):
    parts = [("一、事件统计", [("table", [["类型", "一般", "较大", "合计"], ["有害程序", "9", "0", "9"], ["网络攻击", "5", "1", "6"], ["设备故障", "3", "0", "3"]])],
              ["18/incident-stats"])]
    if fenxi:
        parts.append(("二、分析", "有害程序事件集中于县级营销部终端U盘交叉使用；较大网络攻击事件为互联网门户遭SQL注入尝试，WAF阻断。下半年重点加强终端外设管控。", ["18/incident-analysis"]))
    return nar("v_incstat", "%d年上半年网络安全事件统计分析" % d.year, d, True, parts)


def tongbao(co, d, parts_wanted):
    """网络安全预警通报: several kinds of bulletin in one 通报, with the 科's analysis."""
    b = [(None, ["%s〔%d〕%d号" % (co.wh, d.year, 40 + d.month), "各市级公司信息化管理部门："], [])]
    if "vul" in parts_wanted:
        b.append(("一、漏洞预警", "国家局网信办转发某中间件远程代码执行漏洞，经排查%s有2台服务器受影响，已于3日内升级。" % co.sys(0), ["52/vulnerability", "53/bulletin"]))
    if "virus" in parts_wanted:
        b.append(("二、病毒预警", "近期勒索病毒通过钓鱼邮件传播，请各单位更新终端病毒库、关闭高危端口。", ["52/virus"]))
    if "policy" in parts_wanted:
        b.append(("三、政策法规与业界动态", "《网络数据安全管理条例》已施行，国家局印发行业数据安全管理要求；厂商发布防火墙安全公告1则。", ["52/policy"]))
    if "ana" in parts_wanted:
        b.append(("四、分析与要求", "本月漏洞预警5条、病毒预警2条，影响我省系统的占40%，补丁平均修复时长4.2天，较上月缩短。请于月底前反馈整改情况。", ["52/analysis"]))
    return nar("v_bulletin", "网络安全预警通报（%d年第%d期）" % (d.year, d.month), d, True, b)


def dengbao(co, d, crit=True):
    parts = [("一、系统定级结果", [("table", [["系统", "安全保护等级", "备案"], [co.sys(0), "第三级", "已备案"], [co.sys(1), "第三级", "已备案"], [co.sys(2), "第二级", "已备案"]])],
              ["51/grading"])]
    if crit:
        parts.append(("二、定级依据和标准", "依据GB/T 22240《信息安全技术 网络安全等级保护定级指南》和YC/T 389，按业务信息安全和系统服务安全受破坏后侵害的客体和程度确定等级。", ["51/grading-criteria"]))
    return nar("v_grading", "信息系统安全保护等级定级报告汇总", d, False, parts)


def shentou_jihua(co, d):
    return nar("v_pt_plan", "%d年渗透测试工作计划" % d.year, d, True, [
        (None, [("table", [["批次", "对象", "时间", "方式"], ["1", "互联网门户", "%d年5月" % d.year, "黑盒"], ["2", co.sys(0), "%d年9月" % d.year, "灰盒"]])],
         ["31/pentest-plan", "32/pentest-plan"])])


def shentou_baogao(co, d):
    return nar("v_pt_rep", "%s渗透测试报告" % co.sys(0), d, True, [
        (None, "测试时间：%s　测试人员：%s　授权：%s" % (cn(d), co.p(3), co.boss), []),
        ("测试记录与发现", [("table", [["编号", "漏洞", "等级", "整改"], ["1", "越权访问订单明细", "高", "已修复复测通过"], ["2", "登录无验证码", "中", "已修复"]])],
         ["31/pentest-records", "32/pentest-records"]),
    ])


def yingji_yuan(co, d, strat=True, rec=False):
    parts = [("一、组织与职责", "网络安全和信息化领导小组统一指挥，网络安全科牵头，运维科和驻场单位配合。", []),
             ("二、响应流程", "按事件级别启动Ⅰ至Ⅳ级响应：发现报告、先期处置、研判定级、启动响应、处置、恢复、总结。", ["36/emergency-plan", "53/emergency-plan", "55/plan"])]
    if strat:
        parts.append(("三、恢复策略", "核心系统优先恢复订货和专卖案件办理功能；数据库按日全备+实时日志恢复，RPO≤15分钟、RTO≤4小时。", []))
    else:
        parts[1] = ("二、响应流程", parts[1][1], ["36/emergency-plan", "53/emergency-plan"])
    if rec:
        parts.append(("四、系统恢复计划", [("table", [["系统", "恢复顺序", "恢复方法", "RTO"], [co.sys(0), "1", "切换至同城备份", "2小时"], [co.sys(1), "2", "备份恢复", "4小时"]])],
                      ["36/recovery-plan"]))
    return nar("v_eplan", "网络安全事件应急预案", d, False, parts, pre=[("p", "%s〔%d〕%d号印发" % (co.wh, d.year, 7))])


def huifu(co, d):
    return nar("v_recplan", "信息系统灾难恢复计划", d, False, [
        (None, [("table", [["系统", "备份方式", "恢复步骤", "RTO/RPO"], [co.sys(0), "同城备份中心", "切换DNS和负载均衡", "2h/15min"],
                           [co.sys(2), "每日全备", "恢复数据库后重建接口", "8h/24h"]])], ["36/recovery-plan"])])


def bcp(co, d):
    return nar("v_bcp", "营销物流业务连续性计划", d, False, [
        (None, ["%s〔%d〕%d号印发，经中心主任%s批准" % (co.wh, d.year, 15, co.boss)], []),
        ("一、关键业务与影响分析", "订货采集、卷烟配送、专卖案件办理为关键业务，最长可容忍中断4小时。", ["42/bcp"]),
        ("二、连续性措施", "系统中断时启用电话订货和手工配送单，同城备份中心接管核心系统。", []),
    ])


def yanlian(co, d, em=True, rec=False):
    parts = [(None, "演练时间：%s　组织：网络安全科　参演：运维科、驻场团队、%s" % (cn(d), co.customer), [])]
    if em:
        parts.append(("一、应急处置演练", "模拟勒索病毒感染县级营销部终端，15分钟完成隔离，40分钟完成溯源和查杀。", ["40/emergency-drill", "53/drill"]))
    if rec:
        parts.append(("二、恢复演练", "模拟%s数据库故障，切换至同城备份，1小时40分钟恢复订货，数据零丢失。" % co.sys(0), ["40/recovery-drill"]))
    parts.append(("评估", "演练达到预期，发现通讯录未更新，已整改。", []))
    return nar("v_drill", "%d年网络安全应急演练记录" % d.year, d, True, parts)


def kaifa_jihua(co, d):
    return nar("v_dev", "%d年安全运维工具开发计划" % d.year, d, False, [
        (None, [("table", [["工具", "来源", "功能", "计划完成"], ["日巡检自动报告", "中心自身需要", "自动采集设备状态生成报告", "%d年6月" % d.year],
                           ["终端违规外联监测", "市局要求", "发现违规外联自动告警", "%d年10月" % d.year]])], ["33/dev-plan"])])


# ------------------------------------------------------------------ 项目管理科

def shigong(co, d):
    return nar("v_manual", "信息化项目实施手册（安全运维部分）", d, False, [
        ("一、项目实施阶段", "立项、需求、设计、建设、测试、试运行、验收，各阶段安全运维人员介入。", ["11/manuals"]),
        ("二、交付运维", "项目上线前移交资产清单、配置、作业指导书，纳入运维服务目录。", []),
    ])


def xuqiu(co, d):
    return nar("v_req", "%s项目需求分析记录" % co.sys(1), d, False, [
        (None, "时间：%s　参加：省公司专卖处、%s、项目管理科%s" % (cn(d), co.customer, co.p(4)), []),
        ("需求确认", "功能：案件办理全流程线上化；性能：并发300用户响应≤3秒；安全：三级等保要求、数据加密传输、操作日志留存6个月。", ["11/requirements"]),
    ])


def gaizao(co, d, rb=True):
    parts = [("一、测试计划", [("table", [["阶段", "内容", "时间"], ["功能测试", "订单采集、结算", "第1周"], ["性能测试", "订货高峰压测", "第2周"], ["安全测试", "漏洞扫描", "第2周"]])],
              ["25/test-plan"])]
    if rb:
        parts.append(("二、回退措施", "割接前全量备份数据库和应用，割接失败时2小时内切回原系统。", ["25/rollback", "11/rollback"]))
    return nar("v_testplan", "%s升级改造测试方案" % co.sys(0), d, True, parts)


def jixian(co, d):
    return book("v_baseline", "服务器安全配置基线", d, False, [
        ("基线", ["检查项", "基线要求", "核查方法"], [["口令复杂度", "≥8位含三类字符", "查看策略"], ["远程登录", "禁止root直接登录", "查看sshd_config"],
                                             ["日志", "审计日志保存180天", "查看rsyslog"]], ["25/baseline"])])


def jianrong(co, d):
    return nar("v_compat", "%s改造兼容性验证报告" % co.sys(2), d, True, [
        (None, [("table", [["兼容类别", "验证内容", "结果"], ["网络兼容", "新旧版本在市局专线下通信", "通过"], ["系统兼容", "麒麟操作系统", "通过"],
                           ["应用兼容", "与%s订单接口" % co.sys(0), "通过"]])], ["11/compatibility"])])


# ------------------------------------------------------------------ 协议、满意度、考核、改进 (综合科)

def xieyi(co, d, modes=True, kpis=True):
    parts = [(None, ["甲方：%s　乙方：%s信息中心" % (co.customer, co.name), "协议编号：XXZX-FW-%d-%02d" % (d.year, co.rng.randint(1, 20))], []),
             ("一、服务范围", "%s、%s、%s及市局网络安全设备的运行维护。" % (co.sys(0), co.sys(1), co.sys(2)), [])]
    if modes:
        parts.append(("二、运维方式", "驻场值守（工作日驻场2人、订货日延时）、定期巡检（月度巡检、季度健康检查）、远程值守（夜间及节假日远程监控和电话响应）。",
                      ["35/sla", "39/sla"]))
    if kpis:
        parts.append(("三、服务级别与核心指标", [("table", [["指标", "承诺值"], ["核心系统可用率", "≥99.9%"], ["重大故障响应", "15分钟"], ["重大故障恢复", "4小时"],
                                                   ["工单按时办结率", "≥95%"]])], ["36/sla", "39/sla"]))
    parts.append(("四、签署", "甲方代表：%s　乙方代表：%s　%s" % (co.cp(0), co.boss, cn(d)), []))
    return nar("v_sla", "信息化运维服务协议", d, False, parts)


def manyidu(co, d, half):
    return nar("v_csat", "%s信息化运维服务满意度测评报告" % half, d, True, [
        (None, "测评对象：%s各科室及县级营销部　回收问卷46份" % co.customer, []),
        ("测评结果与分析", [("table", [["维度", "得分"], ["响应及时性", "95.2"], ["问题解决", "93.6"], ["服务态度", "97.1"], ["综合", "95.3"]]),
                        "问题解决得分最低，主要反映物流接口故障处理时间偏长。"],
         ["41/surveys", "58/survey", "63/survey"]),
    ])


def manyidu_qushi(co, d):
    return book("v_csat_trend", "历次满意度测评得分趋势分析", d, True, [
        ("趋势", ["测评期", "综合得分", "变化", "分析"], [["%d上半年" % (d.year - 1), "93.8", "-", "基准"], ["%d下半年" % (d.year - 1), "94.6", "+0.8", "驻场调整后提升"],
                                                    ["%d上半年" % d.year, "95.3", "+0.7", "持续上升"]], ["41/trend"])])


def huifang(co, d):
    return book("v_visits", "%d年市局服务回访记录" % d.year, d, True, [
        ("回访", ["日期", "回访对象", "方式", "意见", "回访人"], [[(d - timedelta(days=30 * i)).isoformat(), co.cp(i), ["上门", "电话", "电话"][i], ["满意", "希望缩短数据提取时间", "满意"][i], co.p(1)]
                                                         for i in range(3)], ["63/follow-up-visits"])])


def kaohe_tongbao(co, d, capa=True):
    parts = [(None, ["%s〔%d〕%d号" % (co.wh, d.year, 60 + d.month), "关于%d年%d月驻场运维服务考核情况的通报" % (d.year, d.month)], []),
             ("一、考核结果", [("table", [["考核项", "目标", "实际", "得分"], ["服务级别达成率", "≥98%", "97.2%", "18/20"], ["市局满意度", "≥95", "95.3", "20/20"],
                                         ["投诉建议", "0", "1", "8/10"], ["巡检计划完成率", "100%", "100%", "20/20"]])], ["57/measurement"])]
    if capa:
        parts.append(("二、未达标项及纠正预防措施", [("table", [["问题", "原因", "纠正措施", "预防措施", "责任人", "验证"],
                                                       ["服务级别达成率未达标", "夜间二线响应慢", "增加夜间备班", "修订驻场排班制度", co.vp(0), "次月复核达标"]])],
                      ["57/capa"]))
    return nar("v_assess", "驻场运维服务考核通报（%d年%d月）" % (d.year, d.month), d, True, parts)


def neishen_baogao(co, d):
    return nar("v_ia", "%d年管理体系内部审核报告" % d.year, d, True, [
        (None, "审核组长：%s　审核范围：信息中心各科室及驻场运维服务" % co.p(1), []),
        ("审核结论", "运维管理体系符合标准和中心制度要求，满足市级公司运维服务需求并有效实施；开具一般不符合项3项，已制定整改措施。", ["59/internal-audit"]),
    ])


def guanping(co, d, ins):
    want = {"fb": ("客户反馈", "市局满意度95.3分，收到意见建议4条。", ["60/customer-feedback"]),
            "perf": ("服务和流程执行情况", "工单9600件，按时办结率97%，变更成功率96%，流程符合制度要求。", ["60/performance", "59/management-review"]),
            "res": ("当前和预测资源", "驻场5人，明年新增专卖移动执法终端2000台，需增加驻场1人。", ["60/resources"]),
            "ca": ("纠正措施进展", "上年度不符合项5项已关闭4项。", ["60/corrective-actions"]),
            "chg": ("可能影响运维服务的变更", "国家局一体化平台二期推广、数据中心搬迁。", ["60/changes"]),
            "imp": ("改进机会", "物流接口故障处理时长不达标、巡检报告自动化。", ["60/improvements"])}
    parts = [(None, "时间：%s　主持：%s　参加：各科室科长、驻场项目经理%s" % (cn(d), co.boss, co.vp(0)), [])]
    parts += [want[k] for k in ("fb", "perf", "res", "ca", "chg", "imp") if k in ins]
    parts.append(("评审结论", "运维管理体系持续适宜、充分、有效。", []))
    return nar("v_mr", "%d年度管理评审会议纪要" % d.year, d, True, parts)


def gaijin_jihua(co, d, crit=True):
    parts = [("一、改进项目与目标", [("table", [["项目", "来源", "目标", "责任科室", "完成时间"], ["物流接口故障处理提速", "考核通报", "平均恢复≤60分钟", "运维科", "%d年6月" % d.year],
                                            ["巡检报告自动生成", "管理评审", "人工耗时减半", "网络安全科", "%d年9月" % d.year]])], ["64/plan", "68/plan"])]
    if crit:
        parts.append(("二、评估标准和管理过程", "改进项目经识别、登记、科长审核、中心主任批准后实施；按效益（40%）、紧迫性（30%）、投入（30%）评分，60分以上列入计划；完成后测量效果并在季度例会报告。",
                      ["64/criteria"]))
    return nar("v_impplan", "%d年信息化运维持续改进计划" % d.year, d, True, parts)


def gaijin_taizhang(co, d, eff=True):
    head = ["改进项", "目标", "实施情况", "完成日期"] + (["效果测量", "是否有效"] if eff else [])
    rows = [["物流接口故障处理提速", "≤60分钟", "增加接口监控和自动重启脚本", (d - timedelta(days=30)).isoformat()] + (["平均恢复42分钟", "有效"] if eff else []),
            ["巡检报告自动生成", "耗时减半", "已上线自动报告", (d - timedelta(days=10)).isoformat()] + (["耗时由3小时降至1小时", "有效"] if eff else [])]
    its = ["68/implementation"] + (["68/effectiveness"] if eff else [])
    return book("v_implog", "%d年改进项目实施台账" % d.year, d, True, [("台账", head, rows, its)])


def yufang(co, d, eff=True):
    head = ["潜在问题", "原因分析", "预防措施", "责任人"] + (["有效性验证", "验证人"] if eff else [])
    rows = [["订货高峰应用节点资源不足", "订单量年增12%", "高峰前扩容并压测", co.p(2)] + (["订货高峰CPU峰值降至55%，未再告警", co.p(1)] if eff else []),
            ["驻场人员流动导致经验流失", "合同人员更替", "关键操作编入作业指导书并考核", co.p(1)] + (["新进人员考核通过率100%", co.boss] if eff else [])]
    its = ["66/preventive-actions"] + (["66/effectiveness"] if eff else [])
    return book("v_prevent", "%d年预防措施台账" % d.year, d, True, [("预防措施", head, rows, its)])


def bangonghui(co, d, ana=True, defect=True):
    """中心主任办公会纪要: several decisions in one set of minutes."""
    parts = [(None, "%s信息中心主任办公会纪要（%d年第%d期）　主持：%s" % (co.name, d.year, d.month, co.boss), [])]
    if ana:
        parts.append(("一、审议改进机会分析", [("table", [["改进机会", "效益", "紧迫性", "投入", "得分", "优先级"], ["物流接口监控", "高", "高", "低", "88", "1"],
                                                 ["巡检自动化", "中", "中", "中", "71", "2"], ["知识库改版", "中", "低", "中", "58", "3"]]),
                                     "会议按得分排序批准前两项列入年度改进计划，第三项暂缓。"], ["67/analysis", "67/prioritisation"]))
    if defect:
        parts.append(("二、通报重大故障和失败变更分析", "8月物流接口升级变更失败导致分拣中断150分钟，原因为未在测试环境验证接口兼容；考核服务级别未达标2次。会议决定：重大变更必须完成兼容性测试，服务不达标纳入驻场考核并制定改进计划。",
                      ["70/defect-analysis"]))
    parts.append(("三、其他事项", "安排网络安全宣传周活动。", []))
    return nar("v_minutes", "主任办公会纪要", d, True, parts)


def xuanguan(co, d):
    return book("v_aware", "%d年持续改进宣贯培训记录" % d.year, d, True, [
        ("宣贯", ["日期", "主题", "对象", "人数", "讲师"], [[(d - timedelta(days=40)).isoformat(), "运维服务持续改进意识和改进提案方法", "中心职工及驻场人员", "26", co.p(1)],
                                                  [d.isoformat(), "优秀改进案例分享", "市级公司信息员", "31", co.p(2)]], ["69/awareness-training"])])


def yuce(co, d):
    return nar("v_forecast", "%d年运维数据综合分析及%d年服务预测" % (d.year, d.year + 1), d, True, [
        ("一、运维数据汇总分析", [("table", [["类别", "%d年" % (d.year - 1), "%d年" % d.year, "变化"], ["日志告警（万条）", "310", "268", "-14%"], ["变更", "212", "240", "+13%"],
                                          ["故障工单", "1480", "1320", "-11%"], ["服务请求", "7600", "8300", "+9%"], ["问题", "36", "28", "-22%"]])], []),
        ("二、服务预测", "预计明年专卖移动执法和一体化平台推广将使服务请求再增15%，变更集中在上半年；建议增加请求自动化和变更窗口。", ["71/forecast"]),
    ])


# ------------------------------------------------------------------ decoys

def kongbai(title, d, head):
    """An Excel 台账 template nobody filled in."""
    return Doc("decoy_template", title, d, [], True, sheets=[("Sheet1", [[title], head] + [[""] * len(head) for _ in range(10)])], decoy="template")


def kongbai_doc(title, d, heads):
    b = [("title", title)] + [x for h in heads for x in (("h1", h), ("p", "（此处填写）"))]
    return Doc("decoy_template", title, d, [], True, b, decoy="template")


def qiandao(co, d, plan):
    rows = [["《%s》学习签到表" % plan], ["时间", cn(d), "地点", "信息中心会议室"], ["序号", "姓名", "科室", "签名"]]
    rows += [[i + 1, co.p(i), ["综合科", "运维科", "网络安全科"][i % 3], co.p(i)] for i in range(6)]
    return Doc("decoy_training", "《%s》学习签到表" % plan, d, [], True, sheets=[("签到", rows)], decoy="training record about a plan")


UNRELATED_V = [
    ("行业文件/国家局", "关于做好%d年卷烟市场营销工作的通知", ["稳定卷烟市场价格。", "优化货源投放策略。"]),
    ("行业文件/省局", "%d年专卖管理工作要点", ["开展打假破网专项行动。", "规范零售许可证办理。"]),
    ("综合科/党建", "%d年党支部主题党日活动安排", ["每月第一个周五开展主题党日。", "学习行业政策。"]),
    ("综合科/工会", "%d年职工健步走活动通知", ["以科室为单位报名。", "活动时间为周六上午。"]),
    ("综合科/后勤", "%d年办公用品采购清单", ["A4纸200包。", "硒鼓30个。"]),
]


def unrelated(co, d, i):
    folder, t, paras = UNRELATED_V[i]
    t = t % d.year
    return folder, t, decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated")


def decoys(co, lock_bytes, dirs):
    r = co.rng
    ZH, YW, AQ, SJ = dirs

    def add(rel, doc):
        co.add(rel, doc, styled=r.random() < 0.5)

    add(YW + "表单模板/运维工单台账（空表）.xlsx", kongbai("运维工单台账", co.fresh(), ["工单号", "受理时间", "类型", "内容", "处理人", "状态"]))
    add(YW + "表单模板/变更申请单（模板）.xlsx", kongbai("变更申请单", co.fresh(), ["变更内容", "影响范围", "实施方案", "回退方案", "审批"]))
    add(AQ + "表单模板/应急演练记录（模板）.docx", kongbai_doc("应急演练记录（模板）", co.fresh(), ["演练场景", "演练过程", "评估"]))
    add(SJ + "运维服务协议（范本）.docx", kongbai_doc("信息化运维服务协议（范本）", co.fresh(), ["服务范围", "运维方式", "服务级别", "签署"]))
    add(ZH + "表单模板/满意度测评问卷（空白）.xlsx", kongbai("满意度测评问卷", co.fresh(), ["测评项", "很满意", "满意", "一般", "不满意"]))
    drafts = [(ZH + "制度/征求意见/业务连续性计划（征求意见稿）.docx", bcp, "（征求意见稿）"),
              (SJ + "运维服务协议_修改稿v0.3.docx", xieyi, "（修改稿）"),
              (ZH + "持续改进/下年度持续改进计划（讨论稿）.docx", gaijin_jihua, "（讨论稿）")]
    for where, maker, mark in drafts:
        add(where, decoy(maker(co, co.fresh()), "draft " + mark, mark=mark))
    add(ZH + "制度/已废止/信息系统变更管理办法（2021年版）作废.pdf", decoy(rule(co, date(2021, 4, 12), "biangeng", 5), "obsolete", mark="【作废】"))
    add(AQ + "应急预案/作废/网络安全事件应急预案（2020版）.docx", decoy(yingji_yuan(co, date(2020, 6, 3)), "obsolete", mark="（已废止）"))
    d = co.fresh()
    add(".recycle/%s/%d年安全设备运维台账.xlsx" % (co.p(2), d.year), decoy(sheji_taizhang(co, d, {"wh", "xj", "sd", "gz", "sj"}), "recycle bin"))
    d = co.fresh()
    add(".recycle/%s/应急演练记录%s.docx" % (co.p(3), ymd(d)), decoy(yanlian(co, d, True, True), "recycle bin"))
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(".recycle")]
    for rel in office[2:80:16]:
        folder, _, base = rel.rpartition("/")
        co.raw(folder + "/~$" + (base[2:] if len(base) > 7 else base), lock_bytes(co.p(1)), "Office lock file")
    co.raw(YW + "2026年/巡检/巡检月报 - 副本.docx", b"", "empty file")
    co.raw(AQ + "2026年/日志审计/日志审计报告_新建.docx", b"", "empty file")
    co.raw(ZH + "考核/驻场考核通报（11月）.xlsx", b"", "empty file")
    for plan in ("网络安全事件应急预案", "营销物流业务连续性计划", "信息系统变更管理办法"):
        if r.random() < 0.8:
            d = co.fresh()
            add(ZH + "学习培训/%s《%s》学习签到表.xlsx" % (ymd(d), plan), qiandao(co, d, plan))
    add(ZH + "制度/现行有效制度目录.docx", cite_list(co, co.fresh(), list(V_RULES)))
    d = co.fresh()
    add(AQ + "应急预案/关于开展%d年网络安全应急演练的通知.docx" % d.year,
        decoy(nar("notice", "关于开展%d年网络安全应急演练的通知" % d.year, d, False, [
            (None, ["%s〔%d〕%d号" % (co.wh, d.year, 33), "定于下月组织勒索病毒处置演练，请各科室按《网络安全事件应急预案》做好准备。"], [])]), "notice of a plan"))
    for i in sorted(r.sample(range(len(UNRELATED_V)), 4)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        add("%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)


# ------------------------------------------------------------------ the share

def monthly(sh, k, n, name, factory):
    """n records of one kind in n different months of one year (an old year when the share's only
    copies are old); last year's 归档 may copy the fresh ones."""
    co = sh.co
    if k in sh.gaps:
        return
    year = 2025 if k in sh.olds else 2026
    for m in sorted(co.rng.sample(range(1, 12), n)):
        d = date(year, m, co.rng.randint(2, 26))
        doc = factory(d)
        sh.add(name(d), doc)
        if doc.items and doc.record and year == 2026:
            sh.made.append((name, factory, d))


def build(co, lock_bytes):
    """Lay out a V share: 综合科/ (制度, 规划, 考核, 改进), 运维科/<年>/ (台账), 网络安全科/<年>/,
    项目管理科/<项目>/, 市局服务/<市局>/ (协议, 数据), 档案/<年>/ (last year's copies), decoys."""
    co.cust, co.wh, co.sj = V_INFO[co.info_id]
    r = co.rng
    ZH, YW, AQ, XM, SJ = "综合科/", "运维科/", "网络安全科/", "项目管理科/", "市局服务/%s/" % co.cust
    optional = ["budget", "comm", "history", "hist_ana", "strategy", "kpis", "impact", "sld", "staff", "iface", "requirements", "compat",
                "baseline", "testplan", "collect", "kb", "pt_plan", "pt_rep", "dev", "recovery", "bcp", "drill", "rdrill", "trend", "visits",
                "desk", "monrep", "assess", "prevent", "impplan", "implog", "minutes", "aware", "audit", "review", "forecast", "grading",
                "cmdb", "ci_upd", "health", "hc_agree", "logaudit", "incstat", "avail", "changes", "bulletin", "patrol"]
    gaps = {k for k in optional if r.random() < 0.05}
    olds = set(r.sample(sorted({"pt_rep", "trend", "visits", "kb", "audit", "logaudit", "drill", "aware", "monrep", "collect",
                                "desk", "ci_upd", "health", "incstat", "implog", "assess", "bulletin"} - gaps), 3))
    sh = Share(co, gaps, olds)
    slot, add = sh.slot, sh.add

    def y(d):
        return "%d年/" % d.year

    # --- 制度: a 汇编 holding some, the others issued one by one
    keys = [k for k in V_RULES if r.random() >= 0.05]
    in_hb = [k for k in keys if r.random() < 0.4]
    d = co.issued()
    add(ZH + "制度/信息化运维管理制度汇编（%d年版）.pdf" % d.year, huibian(co, d, in_hb, r.random() < 0.95), meta_title=r.random() < 0.5)
    for n, k in enumerate(keys, 1):
        if k in in_hb:
            continue
        d = co.issued()
        add(ZH + "制度/%s〔%d〕%d号 %s.%s" % (co.wh, d.year, n + 8, V_RULES[k][0], r.choice(["docx", "pdf", "pdf"])), rule(co, d, k, n + 8))

    # --- 组织、规划、需求
    d = co.issued()
    add(ZH + "组织机构/信息中心组织机构及运维岗位设置.docx", org(co, d, r.random() < 0.92, r.random() < 0.93))
    slot("staff", lambda d: ZH + "组织机构/运维人员名册（%d年）.xlsx" % d.year, lambda d: staff(co, d))
    slot("iface", lambda d: ZH + "发文/%s〔%d〕21号 关于明确网络安全工作联络人的通知.pdf" % (co.wh, d.year), lambda d: jiekou(co, d), age="issued")
    ts, ss = r.random() < 0.92, r.random() < 0.95
    slot("survey", lambda d: SJ + "01需求调研/%s信息化运维服务需求调研报告.docx" % co.cust, lambda d: diaoyan(co, d, ts, ss))
    slot("budget", lambda d: ZH + "项目经费/%d年信息系统运维项目经费预算表.xlsx" % d.year, lambda d: yusuan(co, d))
    slot("comm", lambda d: SJ + "01需求调研/%s 运维服务对接会纪要.docx" % ymd(d), lambda d: duijie(co, d))
    b_, l2, l1 = r.random() < 0.95, r.random() < 0.95, r.random() < 0.95
    slot("catalog", lambda d: ZH + "服务管理/运维服务项目清单（%d年）.xlsx" % d.year, lambda d: mulu(co, d, b_, l2, l1))
    ola = r.random() < 0.94
    slot("sld", lambda d: ZH + "服务管理/运维服务级别设计说明.docx", lambda d: sla_design(co, d, ola), age="issued")
    slot("kpis", lambda d: ZH + "服务管理/信息系统可用性指标清单.xlsx", lambda d: kpi_list(co, d), age="issued")
    modes, kp = r.random() < 0.93, r.random() < 0.95
    slot("sla", lambda d: SJ + "02协议/信息化运维服务协议（%d）.pdf" % d.year, lambda d: xieyi(co, d, modes, kp))
    slot("hc_agree", lambda d: SJ + "02协议/附件2 健康检查服务约定.docx", lambda d: jiankang_yueding(co, d))
    slot("history", lambda d: SJ + "03运维数据/历年运维数据清单.xlsx", lambda d: lishi(co, d))
    slot("hist_ana", lambda d: SJ + "03运维数据/近两年运维数据分析报告.docx", lambda d: lishi_fenxi(co, d))
    slot("strategy", lambda d: SJ + "03运维数据/%d年运维保障策略及实施方案.docx" % d.year, lambda d: celue(co, d))
    au = r.random() < 0.92
    slot("impact", lambda d: SJ + "03运维数据/以往运维服务效果分析报告.pdf", lambda d: yingxiang(co, d, au))
    for m in ("05", "08", "11"):
        if r.random() < 0.5:
            d = date(2026, int(m), 3 + r.randint(0, 20))
            add(SJ + "04驻场周报/驻场周报_%s.txt" % ymd(d), zhouBao(co, d), encoding=r.choice(["utf-8", "gb18030"]))

    # --- 运维科: 台账 by year
    slot("assets", lambda d: YW + y(d) + "台账/信息资产台账（%d年）.xlsx" % d.year, lambda d: zichan(co, d))
    rel = r.random() < 0.95
    slot("cmdb", lambda d: YW + y(d) + "台账/运维配置管理台账.xlsx", lambda d: peizhi(co, d, rel))
    slot("ci_upd", lambda d: YW + y(d) + "台账/配置项变更维护记录.xlsx", lambda d: peizhi_gengxin(co, d))
    want = {k for k in ("wh", "xj", "sd", "gz", "sj") if r.random() < 0.92}
    slot("devlog", lambda d: YW + y(d) + "台账/%d年安全设备运维台账.xlsx" % d.year, lambda d: sheji_taizhang(co, d, want))
    av = r.random() < 0.95
    monthly(sh, "patrol", 3, lambda d: YW + y(d) + "巡检/%d年%02d月运维巡检月报.docx" % (d.year, d.month), lambda d: xunjian(co, d, av))
    if "health" not in gaps:
        year = 2025 if "health" in olds else 2026
        for q in sorted(r.sample(range(1, 4), 2)):
            d = date(year, 3 * q - 1, r.randint(5, 25))
            add(YW + y(d) + "健康检查/%d年第%d季度健康检查报告.pdf" % (d.year, q), jiankang(co, d))
    slot("collect", lambda d: YW + y(d) + "巡检/%d年%02d月安全信息采集表.xlsx" % (d.year, d.month), lambda d: caiji(co, d))
    resp = r.random() < 0.95
    slot("tickets", lambda d: YW + y(d) + "工单/%d年运维工单台账.xlsx" % d.year, lambda d: gongdan(co, d, resp))
    dt = r.random() < 0.92
    slot("desk", lambda d: YW + y(d) + "服务台/运维服务台建设及人员培训情况.docx", lambda d: fuwutai(co, d, dt))
    slot("changes", lambda d: YW + y(d) + "变更/%d年变更台账.xlsx" % d.year, lambda d: biangeng_taizhang(co, d))
    slot("kb", lambda d: YW + "知识库/运维知识库导出_%s.xlsx" % ymd(d), lambda d: zhishiku(co, d))
    for n, m in enumerate(["防火墙运维", "终端防病毒", "数据库巡检", "订货日保障"], 1):
        if r.random() < 0.92:
            add(YW + "作业指导书/XXZX-ZY-%02d %s作业指导书.docx" % (n, m), zhidaoshu(co, co.issued(), m, n))
    pl, ev, rp = r.random() < 0.95, r.random() < 0.95, r.random() < 0.95
    slot("avail", lambda d: YW + y(d) + "可用性/%d年信息系统可用性管理台账.xlsx" % d.year, lambda d: keyongxing(co, d, pl, ev, rp))
    md = r.random() < 0.94
    monthly(sh, "monrep", 3, lambda d: YW + y(d) + "监控月报/%d年%d月运维监控分析月报.docx" % (d.year, d.month), lambda d: jiankong_yuebao(co, d, md))

    # --- 网络安全科
    slot("logaudit", lambda d: AQ + y(d) + "日志审计/%d年%d月日志审计分析报告.pdf" % (d.year, d.month), lambda d: rizhi_shenji(co, d))
    d = co.fresh()
    add(AQ + y(d) + "日志审计/日志审计月报_%s.txt" % ymd(d), rizhi_shenji(co, d), encoding=r.choice(["utf-8", "gb18030"]))
    fx = r.random() < 0.94
    slot("incstat", lambda d: AQ + y(d) + "安全事件/%d年上半年网络安全事件统计分析.docx" % d.year, lambda d: shijian_tongji(co, d, fx))
    pw = [{k for k in ("vul", "virus", "policy", "ana") if r.random() < 0.8} for _ in range(3)]
    monthly(sh, "bulletin", 3, lambda d: AQ + y(d) + "预警通报/网络安全预警通报（%d年第%d期）.pdf" % (d.year, d.month),
            lambda d: tongbao(co, d, pw[d.month % 3]))
    cr = r.random() < 0.95
    slot("grading", lambda d: AQ + "等级保护/信息系统安全保护等级定级报告汇总.pdf", lambda d: dengbao(co, d, cr), age="issued")
    slot("pt_plan", lambda d: AQ + y(d) + "渗透测试/%d年渗透测试工作计划.docx" % d.year, lambda d: shentou_jihua(co, d))
    slot("pt_rep", lambda d: AQ + y(d) + "渗透测试/%s渗透测试报告.pdf" % co.sys(0), lambda d: shentou_baogao(co, d))
    st, rc = r.random() < 0.95, r.random() < 0.5
    slot("eplan", lambda d: AQ + "应急预案/网络安全事件应急预案.docx", lambda d: yingji_yuan(co, d, st, rc), age="issued")
    slot("recovery", lambda d: AQ + "应急预案/信息系统灾难恢复计划.pdf", lambda d: huifu(co, d), age="issued")
    slot("bcp", lambda d: ZH + "制度/营销物流业务连续性计划.pdf", lambda d: bcp(co, d), age="issued")
    both = r.random() < 0.5
    slot("drill", lambda d: AQ + y(d) + "应急演练/%d年网络安全应急演练记录.docx" % d.year, lambda d: yanlian(co, d, True, both))
    if not both:
        slot("rdrill", lambda d: AQ + y(d) + "应急演练/%s 灾备切换演练记录.docx" % ymd(d), lambda d: yanlian(co, d, False, True))
    slot("dev", lambda d: AQ + y(d) + "%d年安全运维工具开发计划.docx" % d.year, lambda d: kaifa_jihua(co, d))

    # --- 项目管理科: one 信息化项目 per folder
    P = XM + "%s升级改造项目/" % co.sys(0)
    add(XM + "信息化项目实施手册（安全运维部分）.pdf", shigong(co, co.issued()))
    slot("requirements", lambda d: XM + "%s建设项目/需求分析记录.docx" % co.sys(1), lambda d: xuqiu(co, d), age="issued")
    rb = r.random() < 0.95
    slot("testplan", lambda d: P + "测试方案及回退措施.docx", lambda d: gaizao(co, d, rb))
    slot("baseline", lambda d: P + "服务器安全配置基线.xlsx", lambda d: jixian(co, d), age="issued")
    slot("compat", lambda d: XM + "%s改造项目/兼容性验证报告.pdf" % co.sys(2), lambda d: jianrong(co, d))

    # --- 综合科: 满意度、考核、审核、改进
    for half, d in (("%d年上半年" % 2026, date(2026, 7, 10)), ("%d年下半年" % 2025, date(2026, 1, 14)), ("%d年上半年" % 2025, date(2025, 7, 9))):
        if r.random() < 0.92:
            add(ZH + "满意度/%s信息化运维服务满意度测评报告.docx" % half, manyidu(co, d + timedelta(days=r.randint(0, 10)), half))
    slot("trend", lambda d: ZH + "满意度/历次满意度测评得分趋势分析.xlsx", lambda d: manyidu_qushi(co, d))
    slot("visits", lambda d: ZH + "满意度/%d年市局服务回访记录.xlsx" % d.year, lambda d: huifang(co, d))
    cp = r.random() < 0.92
    monthly(sh, "assess", 3, lambda d: ZH + "考核/%d年/驻场运维服务考核通报（%d年%d月）.docx" % (d.year, d.year, d.month), lambda d: kaohe_tongbao(co, d, cp))
    slot("audit", lambda d: ZH + "内审/%d年管理体系内部审核报告.pdf" % d.year, lambda d: neishen_baogao(co, d))
    ins = [k for k in ("fb", "perf", "res", "ca", "chg", "imp") if r.random() < 0.95]
    slot("review", lambda d: ZH + "管理评审/%d年度管理评审会议纪要.docx" % d.year, lambda d: guanping(co, d, ins))
    cri = r.random() < 0.92
    slot("impplan", lambda d: ZH + "持续改进/%d年信息化运维持续改进计划.docx" % d.year, lambda d: gaijin_jihua(co, d, cri))
    ef = r.random() < 0.94
    slot("implog", lambda d: ZH + "持续改进/%d年改进项目实施台账.xlsx" % d.year, lambda d: gaijin_taizhang(co, d, ef))
    pe = r.random() < 0.94
    slot("prevent", lambda d: ZH + "持续改进/%d年预防措施台账.xlsx" % d.year, lambda d: yufang(co, d, pe))
    an, df = r.random() < 0.95, r.random() < 0.95
    slot("minutes", lambda d: ZH + "会议纪要/%d年/主任办公会纪要（第%d期）.docx" % (d.year, d.month), lambda d: bangonghui(co, d, an, df))
    slot("aware", lambda d: ZH + "学习培训/%d年持续改进宣贯培训记录.xlsx" % d.year, lambda d: xuanguan(co, d))
    slot("forecast", lambda d: ZH + "年度总结/%d年运维数据综合分析及服务预测.pdf" % d.year, lambda d: yuce(co, d))

    # --- a few working files that prove no clause
    d = co.fresh()
    add(YW + y(d) + "值班/%d年%02d月值班表.xlsx" % (d.year, d.month), zhiban(co, d))
    d = co.fresh()
    add(ZH + "项目经费/%d年运维外包合同付款审批表.xlsx" % d.year, fukuan(co, d))

    # --- last year's copies under 档案/ (the yearly 归档): they belong, but are stale
    for name, factory, when in list(sh.made):
        if r.random() < 0.2:
            before = when - timedelta(days=365)
            rel_ = "档案/%d年/%s" % (before.year, name(before).split("/")[-1])
            if rel_ not in co.used:
                add(rel_, factory(before))

    decoys(co, lock_bytes, (ZH, YW, AQ, SJ))


def zhouBao(co, d):
    return nar("v_weekly", "驻场运维周报 %s" % cn(d), d, True, [
        (None, ["发件人：%s（%s驻场）" % (co.vp(0), co.vendor), "收件人：%s" % co.p(2),
                "本周受理工单38件，全部办结；订货日保障2次，无异常；下周计划：更换市局汇聚交换机风扇。"], [])])


def zhiban(co, d):
    return book("v_duty", "%d年%d月值班表" % (d.year, d.month), d, True, [
        ("值班", ["日期", "带班", "值班", "驻场"], [["%d-%02d-%02d" % (d.year, d.month, i + 1), co.p(0), co.p(i + 1), co.vp(i)] for i in range(5)], [])])


def fukuan(co, d):
    return book("v_pay", "运维外包合同付款审批表", d, False, [
        ("付款", ["合同", "乙方", "付款节点", "金额"], [["驻场运维服务合同", co.vendor, "第二季度", "180000"]], [])])
