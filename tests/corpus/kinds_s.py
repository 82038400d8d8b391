# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_s.py - style S: the 信息中心 of a city water-supply group (水务集团).

A held-out author voice for the accuracy corpus, used only by the S shares.  The 信息中心 runs the
group's 供水调度SCADA, 营收（抄表收费）and 管网GIS systems and, since the group took over two county
water companies, operates their systems too: one of those county companies is the form's customer.
Its people write as a utility's 调度 and 班组 staff do: 管理办法 and 实施细则 issued by 集团发文 with
文号 (X水务〔2026〕N号) and a 制度编号, a 制度汇编 whose 篇 are several 办法, 岗位作业指导书, 班组 运行
记录本 whose 类别 column holds several record kinds, 工控安全 (SCADA 防护, 单向网闸), 管网 and 抄表
words, 水质在线监测, 安全生产月 and 安全生产例会 minutes holding several decisions, 隐患排查 and
整改销号, 反恐/防汛 演练 beside the cyber ones.  Folders by 科室 (综合科, 系统运维科, 工控安全科, 调度
监控班) and by year.  Written from the form's 需提供证明材料 and from kinds_j.py/kinds_i.py's layout,
not from the rule pack.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when it is written; a sheet with no data rows counts for nothing.  build(co,
lock_bytes) lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the customer's folder name, the other county company taken over, the group's 文号 word,
# the 制度编号 prefix
S_INFO = {
    "s1": ("安平县供水", "清河县自来水", "临川水务", "LCSW-XX"),
    "s2": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s3": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s4": ("高唐县水务", "茌平县供水", "聊城水务", "LCJT-XX"),
    "s5": ("高唐县水务", "茌平县供水", "聊城水务", "LCJT-XX"),
    "s6": ("安平县供水", "清河县自来水", "临川水务", "LCSW-XX"),
    "s7": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s8": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s9": ("高唐县水务", "茌平县供水", "聊城水务", "LCJT-XX"),
    "s10": ("安平县供水", "清河县自来水", "临川水务", "LCSW-XX"),
    "s11": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s12": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s13": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s14": ("高唐县水务", "茌平县供水", "聊城水务", "LCJT-XX"),
    "s15": ("安平县供水", "清河县自来水", "临川水务", "LCSW-XX"),
    "s16": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s17": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s18": ("高唐县水务", "茌平县供水", "聊城水务", "LCJT-XX"),
    "s19": ("安平县供水", "清河县自来水", "临川水务", "LCSW-XX"),
    "s20": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s21": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s22": ("高唐县水务", "茌平县供水", "聊城水务", "LCJT-XX"),
    "s23": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s24": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s25": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s26": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s27": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s28": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s29": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s30": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s31": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s32": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s33": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s34": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s35": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s36": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s37": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s38": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s39": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s40": ("高唐县水务", "茌平县供水", "聊城水务", "LCJT-XX"),
    "s41": ("安平县供水", "清河县自来水", "临川水务", "LCSW-XX"),
    "s42": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s43": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s44": ("高唐县水务", "茌平县供水", "聊城水务", "LCJT-XX"),
    "s45": ("安平县供水", "清河县自来水", "临川水务", "LCSW-XX"),
    "s46": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s47": ("安平县供水", "清河县自来水", "临川水务", "LCSW-XX"),
    "s48": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s49": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s50": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s51": ("高唐县水务", "茌平县供水", "聊城水务", "LCJT-XX"),
    "s52": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s53": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
    "s54": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s55": ("永和县供水", "大宁县自来水", "汾阳水务", "FYSW-XX"),
    "s56": ("石门县水务", "桃源县供水", "澧州水务", "LZSW-XX"),
}


def red_head(co, d, n):
    """A 集团发文 head: issuer and 文号."""
    return [("p", "%s文件" % co.group), ("p", "%s〔%d〕%d号" % (co.abbr, d.year, n))]


def zd_head(co, d, num, ver="A"):
    return [("p", "制度编号：%s-%03d　版本：%s　%s起施行" % (co.zd, num, ver, cnd(d + timedelta(days=10))))]


# ------------------------------------------------------------------ 管理办法 / 实施细则

# key -> (title, number, items, sections)
S_RULES = {
    "fault": ("信息系统故障报修及处置管理办法", 11, ["49/incident-procedure"], [
        ("适用范围", ["信息中心负责的调度SCADA、营收、管网GIS、水质在线监测等系统及县公司托管系统的故障报修、处置和恢复。"]),
        ("故障分级", ["一级：SCADA失控或营收系统全部中断；二级：单个水厂/泵站数据中断或营业厅无法收费；三级：个别终端和功能异常。"]),
        ("报修与受理", ["调度监控班接报或监控发现后登记运行记录本，一级故障10分钟内报告中心主任和集团调度中心。"]),
        ("处置与恢复", ["值班工程师按岗位作业指导书处置；恢复后由报修单位确认，监控班销号。"]),
        ("总结", ["一、二级故障3个工作日内出具故障分析报告。"]),
    ]),
    "request": ("信息服务申请受理实施细则", 12, ["49/request-procedure"], [
        ("申请范围", ["营收账号开通、抄表机（掌机）入网、GIS图层权限、数据导出等服务申请。"]),
        ("受理与审批", ["通过服务热线或OA提交，涉及用户数据导出的须经申请科室负责人和营销部审批。"]),
        ("办理与回访", ["监控班派单办理，完成后回访申请人并归档，月底统计。"]),
    ]),
    "problem": ("信息系统疑难问题跟踪管理办法", 13, ["20/procedure", "37/procedure"], [
        ("目的", ["对反复出现或原因不明的故障查找根本原因，彻底消除。"]),
        ("立项", ["同一故障一季度内出现三次或一级故障，由系统运维科立为疑难问题，指定责任人。"]),
        ("分析与处理", ["责任人10个工作日内完成根本原因分析，提出临时措施和根治方案；需变更的按系统变更办法执行。"]),
        ("销号", ["根治后观察一个月不复发即销号，处理经验录入运维经验库。"]),
    ]),
    "change": ("信息系统变更（停机作业）管理办法", 14, ["54/procedure"], [
        ("变更范围", ["对在运系统、网络、工控安全设备的配置、版本、硬件的任何调整。"]),
        ("申请与审批", ["填写系统变更申请单，写明内容、影响的水厂/营业厅、风险、回退措施；影响供水调度的须经集团调度中心同意。"]),
        ("实施", ["避开用水高峰和抄表结算日，在批准时段内实施，实施后验证；失败立即回退。"]),
        ("记录", ["变更申请单、实施记录归档，设备台账同步更新。"]),
    ]),
    "knowledge": ("运维经验库管理实施细则", 15, ["21/procedure"], [
        ("来源", ["故障处置、疑难问题、变更和演练中形成的经验。"]),
        ("编写审核", ["处置人在销号后3个工作日内提交条目，科长审核后发布。"]),
        ("维护", ["每年清理一次过期条目。"]),
    ]),
    "slm": ("县公司托管系统服务水平管理办法", 16, ["39/slm-procedure"], [
        ("服务水平约定", ["与县公司签订运维服务协议，约定服务范围、时间、方式、响应修复时限和报告方式。"]),
        ("监视与通报", ["每月在运行月报中通报服务水平完成情况，未完成的分析原因。"]),
        ("评审", ["协议每年评审一次，县公司业务调整时修订。"]),
    ]),
    "secinc": ("网络与工控安全事件处置及报告办法", 17,
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("事件分类", ["病毒木马、网络攻击、数据泄露、SCADA异常指令、设备故障；分四级。"]),
        ("报告程序", ["工控安全科发现后10分钟内报告中心主任；涉及SCADA的同时报告集团调度中心；较大及以上事件30分钟内报告集团分管领导，并按规定报告属地网信、公安部门。"]),
        ("处置程序", ["研判、隔离（断开网闸、切换手动调度）、清除、恢复，全程记入安全事件处置单。"]),
        ("应急启动", ["较大及以上事件启动《网络与信息安全突发事件应急预案》。"]),
        ("总结", ["处置结束5个工作日内形成报告，整改项纳入隐患排查台账销号。"]),
    ]),
    "audit": ("管理体系内部审核实施细则", 18, ["61/audit-system", "62/audit-mechanism"], [
        ("策划", ["综合科每年编制内审计划，覆盖各科室和班组，内审员不审本科室。"]),
        ("实施", ["首次会议、现场审核、开具不符合项、末次会议、整改跟踪验证。"]),
        ("报告", ["内审报告作为管理评审输入。"]),
    ]),
    "monitor": ("信息运维指标监测考核办法", 19, ["61/monitoring-process", "62/monitoring-process"], [
        ("指标", ["SCADA数据完整率、营收系统可用率、工单按时完成率、故障修复及时率、县公司满意度。"]),
        ("监测", ["监控班每日采集，综合科按月汇总，列入运行月报。"]),
        ("考核", ["未达标科室制定纠正措施，与月度绩效挂钩。"]),
    ]),
    "improve": ("运维工作持续改进管理办法", 20, ["65/procedure"], [
        ("来源", ["故障分析、内审、管理评审、县公司意见、安全检查和指标考核。"]),
        ("立项评估", ["改进建议登记进改进台账，按效益、紧急程度、投入打分，分管主任批准。"]),
        ("跟踪", ["立项项目设定可量化目标，完成后评估效果，每季度在安全生产例会上通报。"]),
    ]),
    "training": ("网络安全培训服务实施细则", 21, ["31/training-process"], [
        ("计划", ["每年收集县公司及集团各单位培训需求，编制年度培训计划。"]),
        ("实施", ["集中授课、工控安全实操和考试，签到与成绩存档。"]),
        ("评估", ["培训后满意度评价，结果用于下一年度计划。"]),
    ]),
    "pentest": ("渗透测试工作规范", 22, ["31/pentest-process"], [
        ("授权", ["测试前与被测单位签订授权书，明确范围、时段、禁止对SCADA下位机测试。"]),
        ("实施", ["信息收集、漏洞发现、验证，不做破坏性测试，全程录屏。"]),
        ("报告", ["出具测试报告，整改后复测。"]),
    ]),
}

# formal rules of the utility's own kind that prove none of the form's items
S_OTHER = {
    "duty": ("调度监控班值班及交接班制度", [("值班", ["7x24小时值班，每班两人。"]), ("交接班", ["交接双方对照系统运行状态逐项交接并签字。"])]),
    "room": ("中心机房及水厂工控机房管理规定", [("出入", ["外来人员须登记并由运维人员全程陪同。"]), ("环境", ["温度18-27℃，每日两次巡查。"])]),
    "meter": ("远传水表数据采集管理规定", [("采集", ["远传表每日零点上报读数。"]), ("异常", ["连续三天无数据的表计派单抄表班现场核查。"])]),
}


def rule_doc(co, d, key, n):
    title, num, items, sections = S_RULES[key]
    b = red_head(co, d, n) + [("p", "关于印发《%s》的通知" % title), ("p", "集团各部室、各分子公司：现将《%s》印发给你们，请认真贯彻执行。" % title)]
    b += [("title", title)] + zd_head(co, d, num)
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "第%s章 %s" % ("一二三四五六"[i - 1], head)))
        b += [("p", "第%d条 %s" % (i, p)) for p in paras]
    return Doc("proc:" + key, title, d, items, False, b)


def other_doc(co, d, key, n):
    title, sections = S_OTHER[key]
    b = [("title", title)] + zd_head(co, d, 60 + n)
    for head, paras in sections:
        b.append(("h1", head))
        b += [("p", p) for p in paras]
    return Doc("other_rule", title, d, [], False, b)


def huibian(co, d, keys, pdca):
    """信息中心管理制度汇编: a 总则 篇 (optional) and several 办法 as 篇."""
    t = "信息中心管理制度汇编（%d版）" % d.year
    b = [("title", t), ("p", "%s信息中心综合科编印　%s" % (co.group, cnd(d)))]
    items, n = [], 0
    if pdca:
        n += 1
        b += [("h1", "第%d篇 运维管理工作总则" % n),
              ("p", "中心运维工作按“计划、执行、检查、处理”闭环管理：年初制定运维工作计划和服务目录；按制度、作业指导书和变更、故障办法执行；"
                    "通过运行月报、指标考核、内审和管理评审检查；通过隐患整改销号和改进台账处理遗留问题，转入下一循环。")]
        items.append("10/pdca")
    for k in keys:
        title, num, its, sections = S_RULES[k]
        n += 1
        b.append(("h1", "第%d篇 %s（%s-%03d）" % (n, title, co.zd, num)))
        for i, (head, paras) in enumerate(sections, 1):
            b.append(("h2", "%d.%d %s" % (n, i, head)))
            b += [("p", p) for p in paras]
        items += its
    return Doc("huibian", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 岗位作业指导书

ZY = {
    "gate": ("SCADA单向网闸策略维护", ["核对变更申请单，确认调度中心同意。", "导出网闸现有规则备份。", "按申请增删规则，只允许生产区到管理区单向传输。",
                                  "验证水厂数据正常上传；异常时导入备份规则。"]),
    "plc": ("水厂PLC及上位机安全加固", ["停用上位机USB口和无关服务。", "修改默认口令并登记。", "加固后与调度核对遥测遥控正常。"]),
    "billing": ("营收系统月末结算保障", ["结算前一日全库备份。", "结算期间暂停一切变更。", "结算后核对应收与实收报表。"]),
    "gis": ("管网GIS数据更新发布", ["接收管网竣工资料。", "测绘数据入库前拓扑检查。", "发布前备份图层，发布后通知抄表和维修班组。"]),
    "virus": ("工控主机病毒查杀", ["用专用U盘更新离线病毒库。", "逐台查杀并记录结果。", "发现病毒立即断网隔离并报告。"]),
}


def zy_doc(co, d, key, n):
    name, steps = ZY[key]
    t = "%s作业指导书" % name
    b = [("title", t)] + zd_head(co, d, 200 + n) + [("h1", "一、适用范围"), ("p", "适用于集团及%s的相关系统。" % co.customer),
                                                    ("h1", "二、作业准备"), ("p", "办理变更申请，准备备份介质和工具。"), ("h1", "三、作业步骤")]
    b += [("p", "%d. %s" % (i, s)) for i, s in enumerate(steps, 1)]
    b += [("h1", "四、安全注意事项"), ("p", "作业期间保持与调度电话联系，监护人在场。")]
    return Doc("zy", t, d, ["11/manuals", "24/work-instructions"], False, b)


def zy_book(co, d, keys):
    t = "信息中心岗位作业指导书汇编"
    b = [("title", t), ("p", "%s信息中心　%s" % (co.group, cnd(d)))]
    for i, k in enumerate(keys, 1):
        name, steps = ZY[k]
        b.append(("h1", "第%d部分 %s" % (i, name)))
        b += [("p", "（%d）%s" % (j, s)) for j, s in enumerate(steps, 1)]
    return Doc("zy_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ 县公司托管服务

def survey(co, d, time_req, sec):
    parts = [("一、基本情况", "%s并入集团后，现有%s，供水人口约%d万。" % (co.customer, "、".join(co.systems), 20 + co.rng.randint(0, 30)), [])]
    if time_req:
        parts.append(("二、托管运维时间要求", ["调度SCADA及水质监测7x24小时；抄表结算日（每月25日）营收系统全天保障。",
                                       "防汛及夏季供水高峰期间加强值守，工作日8:00-17:30现场响应。"], ["1/survey"]))
    if sec:
        parts.append(("三、安全服务需求", ["工控安全防护、网闸和防火墙运维、日志审计、漏洞扫描加固、渗透测试、应急响应、等保测评配合。",
                                    "重点：SCADA与办公网隔离，用户信息不泄露。"], ["5/survey"]))
    parts.append(("四、调研方式", "走访县公司调度室、营业厅和水厂，结合集团“十四五”智慧水务规划。", []))
    return nar("survey", "%s信息系统托管运维需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    head = ["阶段", "工作内容", "人月", "人员", "费用（万元）", "完成时间"]
    rows = [["接收", "资产清点、系统摸底", 1, "科长、工程师", 3.0, iso(d + timedelta(days=20))],
            ["改造", "SCADA隔离改造、营收数据迁移", 4, "工程师×3", 28.0, iso(d + timedelta(days=90))],
            ["托管", "日常运维、月报", 18, "驻点工程师×1、监控班", 45.0, iso(d + timedelta(days=365))]]
    return book("budget", "%s托管运维费用测算表" % co.customer, d, False, [("费用测算", head, rows, ["2/budget"])])


def kickoff(co, d):
    parts = [("会议情况", "%s在%s召开，参加：%s、%s（县公司），%s、%s（信息中心）。" % (cnd(d), co.customer, co.cp(0), co.cp(1), co.p(3), co.p(1)), []),
             ("会议议定", ["一、信息中心托管县公司调度SCADA、营收和管网GIS系统及其安全设备。", "二、服务时间、服务内容按调研报告执行，县公司联系人%s。" % co.cp(0),
                         "三、以上内容双方签字确认。"], ["3/communication"])]
    return nar("communication", "%s信息系统托管工作对接会纪要" % co.customer, d, False, parts)


def takeover(co, d, on):
    parts = [("说明", "接收%s前，对其近一年系统运行资料进行了梳理。" % co.customer, [])]
    if "list" in on:
        parts.append(("一、接收资料清单", ("table", [["资料", "来源", "时间段", "数量"], ["SCADA报警记录", "县公司调度室", "近12个月", "6,120条"],
                                              ["营收系统故障登记", "营业厅", "近12个月", "86条"], ["系统变更记录", "原维护厂家", "近12个月", "41份"]]), ["4/history-list"]))
    if "analysis" in on:
        parts.append(("二、资料分析", ["指标：营收系统可用率99.2%，低于集团99.8%要求；", "违规：原厂家远程维护未审批3次；",
                                 "重大事件：水厂数据中断6小时1次；", "失败变更：营收升级失败回退1次。"], ["4/analysis"]))
    if "strategy" in on:
        parts.append(("三、接管策略和实施步骤", ["第1月：收回远程维护权限，统一由信息中心审批；", "第2月：SCADA加装单向网闸；", "第3月起：纳入集团月度运行监控。"],
                      ["4/strategy"]))
    return nar("history", "%s系统运行资料分析及接管方案" % co.customer, d, False, parts)


def sla(co, d, ways, core, health):
    parts = [("托管范围", "%s：%s。" % (co.customer, "、".join(co.systems)), [])]
    if ways:
        parts.append(("运维方式", "驻点（工作日1人）、远程监控（7x24）、每月现场巡检一次。", ["35/sla"]))
    if health:
        parts.append(("系统体检", "每季度对服务器、数据库、网络和工控设备做一次体检，检查可用性、负载和冗余，出具体检报告。", ["15/agreement"]))
    if core:
        parts.append(("服务指标", ("table", [["指标", "要求"], ["营收系统可用率", "≥99.8%"], ["SCADA数据完整率", "≥99.5%"], ["一级故障响应", "15分钟"],
                                         ["一级故障修复", "4小时"]]), ["36/sla"]))
    parts.append(("签章", "甲方：%s　乙方：%s　%s" % (co.customer, co.name, cnd(d)), ["39/sla"]))
    return nar("sla", "信息系统托管运维服务协议", d, False, parts)


def requirements(co, d):
    parts = [("背景", "%s计划上线%s二期（远传水表接入）。" % (co.customer, co.sys(1)), []),
             ("需求分析", ["功能：远传表读数自动入账；", "性能：日处理50万条读数；", "安全：等保二级，用户信息加密存储。"], ["11/requirements"]),
             ("确认", "县公司确认：%s　%s" % (co.cp(0), iso(d)), [])]
    return nar("requirements", "%s二期需求分析说明书" % co.sys(1), d, True, parts)


def checkup(co, d):
    parts = [("体检方式", "远程检查加现场检查；对象：%s及工控安全设备。" % "、".join(co.systems), []),
             ("体检结果", ("table", [["对象", "可用性", "负载/冗余", "结论"], ["单向网闸", "正常", "单机（无冗余）", "建议增配"],
                                  [co.sys(0), "可用率99.96%", "CPU峰值48%", "正常"], [co.sys(1), "可用率99.85%", "数据库表空间81%", "需扩容"]]),
              ["15/records", "46/records", "44/inspection"])]
    return nar("health", "%s系统季度体检报告（%d年第%d季度）" % (co.customer, d.year, (d.month - 1) // 3 + 1), d, True, parts)


def csat(co, d, half):
    parts = [("调查情况", "向%s调度室、营业厅、管网所发放评价表12份，收回12份。" % co.customer, []),
             ("评价结果", ("table", [["项目", "得分"], ["响应速度", 94], ["技术水平", 92], ["服务态度", 97], ["总体满意度", 94]]),
              ["41/surveys", "58/survey", "63/survey"])]
    return nar("csat", "%d年%s县公司服务满意度评价报告" % (d.year, half), d, True, parts)


def csat_trend(co, d):
    parts = [("历次结果", ("table", [["期次", "总体满意度"], ["2024年下半年", 88], ["2025年上半年", 90], ["2025年下半年", 93], ["2026年上半年", 94]]), ["41/trend"]),
             ("分析", "接管后满意度逐期提高，抄表结算日响应仍有投诉。", [])]
    return nar("csat_trend", "县公司满意度变化情况分析（%d年）" % d.year, d, True, parts)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=28 * i)), co.cp(i), ["电话", "上门", "微信"][i % 3], ["满意", "希望结算日多派一人", "满意"][i % 3], co.p(3)] for i in range(4)]
    return book("callbacks", "县公司回访登记表", d, True, [("回访", ["日期", "被回访人", "方式", "意见", "回访人"], rows, ["63/follow-up-visits"])])


def attend(co, d):
    parts = [("内容", "驻点工程师%s本月在%s驻点21天，县公司确认。" % (co.vp(0), co.customer), [])]
    return decoy(nar("attend", "驻点考勤确认表（%d年%d月）" % (d.year, d.month), d, True, parts), "mentions on-site staff, is no staff list")


# ------------------------------------------------------------------ 组织

def org(co, d, roles):
    parts = [("机构设置", ["网络安全和信息化领导小组：组长%s（集团副总经理），副组长%s（中心主任）；" % (co.boss, co.p(0)),
                       "信息中心下设综合科（%s）、系统运维科（%s）、工控安全科（%s）、调度监控班（%s）。" % (co.p(4), co.p(1), co.p(5), co.p(2))],
              ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("岗位职责", ("table", [["岗位", "职责", "科室"], ["监控值班员", "系统监视、报修受理", "调度监控班"], ["系统工程师", "服务器、数据库、营收系统运维", "系统运维科"],
                                          ["工控安全工程师", "SCADA防护、网闸、漏洞管理", "工控安全科"], ["变更审批人", "系统变更审核", "系统运维科"], ["内审员", "内部审核", "综合科"]]),
                      ["18/roles", "23/roles"]))
    return nar("org", "信息中心机构设置及岗位职责（%d年）" % d.year, d, False, parts)


def roster(co, d, outs):
    rows = [[co.p(i), ["系统运维科", "工控安全科", "调度监控班", "系统运维科", "综合科", "工控安全科"][i],
             ["系统工程师", "工控安全工程师", "监控值班员", "驻点工程师", "内审员", "安全员"][i], "合同制"] for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[co.vp(i), "系统运维科（外包）", "营收系统维护", "%s派驻" % co.vendor] for i in range(2)]
        its.append("9/outsourcing")
    return book("staff", "信息中心人员花名册", d, False, [("花名册", ["姓名", "科室", "岗位", "用工形式"], rows, its)])


def liaison(co, d, n):
    parts = [("通知", "明确%s为集团网络安全工作联络员，负责与%s及上级主管部门、网信公安的网络安全工作联系；%s为AB角。" % (co.p(5), co.customer, co.p(1)),
              ["28/interface-person"])]
    return nar("interface", "关于明确网络安全联络员的通知", d, False, parts, red_head(co, d, n))


def hotline(co, d, n):
    parts = [("通知", "设立信息服务热线及报修平台，统一受理集团各单位和县公司的系统报修、服务申请和安全事件报告，调度监控班7x24小时接听。", ["48/service-desk"]),
             ("负责人", "%s。" % co.p(2), [])]
    return nar("desk", "关于设立信息服务热线的通知", d, False, parts, red_head(co, d, n))


def hotline_training(co, d):
    rows = [["班组培训签到"], ["内容", "热线接听、报修登记、派单和升级"], ["时间", cnd(d)], ["授课", co.p(2)], ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(5)]
    return Doc("desk_training", "监控班热线岗位培训签到", d, ["48/training"], True, sheets=[("签到", rows)])


def catalog(co, d, levels):
    rows = [["系统接收与初始化", "资产清点、账号回收"], ["SCADA及网络设备运维", "网闸、防火墙、交换机"], ["日常巡检", "每日"], ["系统体检", "每季度"], ["日志审计", "每周"]]
    its = ["12/catalog", "29/catalog"]
    if "l2" in levels:
        rows += [["工控安全监测", "7x24"], ["主机防病毒", "含离线工控主机"], ["等保整改配合", "按测评意见"]]
        its.append("19/catalog")
    if "l1" in levels:
        rows += [["漏洞通报", "每周"], ["安全事件应急", "7x24"]]
        its.append("26/catalog")
    return book("catalog", "信息中心托管服务项目清单（%d年）" % d.year, d, False, [("服务项目", ["服务项目", "内容"], rows, its)])


def ola(co, d, sld):
    parts = [("科室间服务约定", ["系统运维科对工控安全科：日志服务器可用率99.9%，日志接入2个工作日内完成；", "工控安全科对调度监控班：高危漏洞24小时内通报。"], ["8/ola"])]
    if sld:
        parts.append(("厂家及运营商服务约定", ["%s：营收系统故障2小时响应、4小时修复，与对县公司承诺一致；" % co.vendor, "运营商专线可用率99.9%。"], ["8/sld"]))
    return nar("ola", "科室间及厂家服务约定", d, False, parts)


# ------------------------------------------------------------------ 调度监控班

def kpi_list(co, d):
    rows = [["全部", "信息系统综合可用率", "99.8%", "月", "总体"], ["全部", "SCADA数据完整率", "99.5%", "月", "总体"]]
    rows += [[s, "可用率", "99.8%", "月", "单系统"] for s in co.systems]
    return book("kpi_list", "信息系统可用率指标表", d, False, [("指标", ["对象", "指标", "目标", "周期", "类别"], rows, ["6/availability-kpis"])])


def avail_plan(co, d):
    parts = [("目标", "%d年营收、SCADA等系统综合可用率不低于99.8%%。" % d.year, []),
             ("措施", ["夏季供水高峰前完成SCADA服务器冗余；", "营收数据库主备；", "抄表结算日、防汛期实行加强值班；", "每半年组织一次系统切换演练。"],
              ["22/plan", "18/availability-plan"])]
    return nar("avail_plan", "%d年信息系统可用性保障措施" % d.year, d, False, parts, red_head(co, d, 21))


def monthly(co, d, trend):
    m = d.month - 1 or 12
    rows = [[s, "99.8%", "%.2f%%" % (99.8 + co.rng.random() * 0.19)] for s in co.systems]
    parts = [("一、系统运行指标", ("table", [["系统", "目标", "本月可用率"]] + rows + [["故障修复及时率", "95%", "98.2%"]]), ["22/report", "18/availability-report"]),
             ("二、故障情况", "%s %s 数据中断35分钟，已恢复。" % (iso(d - timedelta(days=9)), co.sys(0)), [])]
    if trend:
        parts.append(("三、变化趋势", ["近六个月可用率99.82%、99.86%、99.90%、99.88%、99.93%、99.95%，逐月向好；", "报修量环比下降12%，平均修复时长3.9小时。"],
                      ["50/monitoring-report"]))
    return nar("monthly", "信息中心%d年%d月运行月报" % (d.year, m), d, True, parts)


def record_book(co, d, with_resp):
    """调度监控班运行记录本: one 类别 column holds 故障, 变更, 巡检 and 交接班."""
    head = ["时间", "类别", "系统", "情况", "处理人"] + (["响应（分钟）", "时限"] if with_resp else [])
    rows = []
    for i in range(8):
        t = d - timedelta(days=3 * i + 2)
        typ = ["故障", "变更", "交接班", "故障", "巡检", "故障", "变更", "交接班"][i]
        r = ["%s %02d:%d5" % (iso(t), 7 + i, i % 6), typ, co.sys(i),
             ["水厂数据中断后恢复", "按申请单调整策略", "交接正常", "营业厅收费卡顿恢复", "巡检正常", "GIS图层加载慢恢复", "补丁更新", "交接正常"][i], co.p(i % 3)]
        if with_resp:
            r += [4 + i % 6, "一级≤15"]
        rows.append(r)
    its = ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if with_resp else [])
    return book("record_book", "调度监控班运行记录本（%d年%d月）" % (d.year, d.month), d, True, [("记录", head, rows, its)])


def fault_report(co, d, full):
    parts = [("故障经过", "%s %s中断52分钟，三座水厂遥测数据未上传。" % (cnd(d), co.sys(0)), []),
             ("处置过程", ["08:10 监控报警；08:13 通知系统运维科；08:35 查明为光纤收发器故障；09:02 更换后恢复。"], ["22/events", "18/availability-events", "43/process-records"]),
             ("原因", "收发器老化。", [])]
    if full:
        parts.append(("本季度故障和不达标情况分析及整改", ["本季度重大故障2起、变更失败1次、营收系统可用率一个月未达标；",
                                              "整改：更换老旧收发器（%s，本季度内）；结算日前停止变更（%s）。" % (co.p(1), co.p(2))], ["70/defect-analysis"]))
    return nar("fault_report", "%s故障分析报告" % co.sys(0), d, True, parts)


def autoneed(co, d, auto):
    parts = [("近一年数据", "报修单1,930张，变更166次，安全事件47起。", []),
             ("处置对供水生产的影响", ["重启上位机平均中断调度数据6分钟；人工核对抄表异常每月耗时4人天。"], ["7/impact-analysis"])]
    if auto:
        parts.append(("自动化建议", ["抄表异常自动比对、巡检报告自动生成，预计减少人工35%。"], ["7/automation"]))
    return nar("automation", "运维数据分析及自动化改造建议", d, True, parts)


def forecast(co, d):
    parts = [("数据", "近一年报修+15%、远传表数量+60%、安全告警+28%。", []),
             ("预测", ["%d年第二家县公司系统并入，预计报修量增长30%%，日志量翻番，需增加监控值班员2人。" % (d.year + 1)], ["71/forecast"])]
    return nar("forecast", "%d年运维工作量预测" % (d.year + 1), d, True, parts)


# ------------------------------------------------------------------ 系统运维科

def change_book(co, d):
    rows = [["BG-%d-%03d" % (d.year, 20 + i), ["计划", "紧急", "计划", "计划"][i % 4], co.sys(i), "配置调整/版本升级", "恢复备份",
             ["成功", "成功", "回退", "成功"][i % 4], co.p(i), iso(d - timedelta(days=6 * i))] for i in range(8)]
    return book("changes", "系统变更登记台账（%d年）" % d.year, d, True,
                [("变更", ["编号", "类型", "系统", "内容", "回退措施", "结果", "申请人", "日期"], rows, ["54/records", "43/process-records"])])


def upgrade_plan(co, d):
    parts = [("升级内容", "%s 版本升级。" % co.sys(1), []),
             ("测试方案", ["测试库全量回归；结算流程模拟；安全扫描。"], ["25/test-plan"]),
             ("回退措施", ["保留旧版本程序和结算前全库备份，失败1小时内回退。"], ["25/rollback", "11/rollback"])]
    return nar("upgrade", "%s升级实施方案" % co.sys(1), d, False, parts)


def baseline(co, d):
    rows = [["操作系统", "禁止默认账户", "已执行"], ["工控上位机", "禁用USB存储", "已执行"], ["数据库", "开启审计", "ON"], ["交换机", "关闭telnet", "仅SSH"]]
    return book("baseline", "服务器及工控设备安全配置基线（%d年）" % d.year, d, False, [("基线", ["对象", "项目", "要求"], rows, ["25/baseline"])])


def compat(co, d):
    parts = [("背景", "营收服务器更换国产操作系统。", []),
             ("兼容性测试", ["网络：网卡、VLAN通过；", "系统：时钟同步、中间件通过；", "应用：%s收费、开票回归通过。" % co.sys(1)], ["11/compatibility"])]
    return nar("compat", "营收服务器国产化兼容性测试报告", d, True, parts)


def ledger(co, d, rel):
    head = ["编号", "名称", "类别", "型号", "用途", "位置", "端口", "部署", "重要性", "责任人"]
    rows = [["SW-%04d" % (300 + i), n, t, m, f, "%s%s" % (co.city, loc), p, dep, lv, co.p(i)] for i, (n, t, m, f, loc, p, dep, lv) in enumerate([
        ("生产区单向网闸", "网闸", "SGT-2000", "生产/管理区隔离", "调度中心机房", "eth1", "单机", "关键"),
        ("互联网出口防火墙", "防火墙", "NGFW-4000", "边界", "中心机房", "GE0/1", "双机", "重要"),
        ("日志审计", "审计", "LAS-500", "日志", "中心机房", "514", "单机", "重要"),
        (co.sys(0), "服务器", "R740", "调度", "调度中心机房", "102", "双机", "关键"),
        (co.sys(1), "数据库", "Oracle 19c", "营收", "中心机房", "1521", "主备", "关键")])]
    sheets = [("设备台账", head, rows, ["13/asset-list", "43/asset-list", "27/cmdb"]),
              ("管理要求", ["项", "要求"], [["保密", "IP地址等不得外传"], ["维护", "仅系统运维科修改，留痕"], ["备份", "每月备份"]], [])]
    if rel:
        sheets.append(("关联关系", ["设备", "关系", "对象"], [["生产区单向网闸", "隔离", co.sys(0)], [co.sys(1), "支撑", "营业厅收费"], ["日志审计", "采集", "互联网出口防火墙"]],
                       ["38/cmdb-relations"]))
    return book("ledger", "信息设备及系统台账", d, True, sheets)


def ledger_changes(co, d):
    rows = [[iso(d - timedelta(days=11 * i)), "SW-%04d" % (300 + i), ["版本", "IP", "责任人", "端口"][i % 4], "BG-%d-%03d" % (d.year, 20 + i), co.p(i)] for i in range(6)]
    return book("ledger_changes", "台账变动登记（%d年）" % d.year, d, True, [("变动", ["日期", "设备编号", "变动项", "变更单号", "登记人"], rows, ["43/ci-updates"])])


def kb(co, d):
    rows = [["JY-%03d" % (5 + i), t, co.p(i), iso(d - timedelta(days=20 * i))] for i, t in enumerate(
        ["网闸规则不生效排查", "抄表掌机无法同步", "GIS图层发布失败", "营收结算报表不平", "PLC通讯中断"])]
    return book("kb", "运维经验库目录", d, True, [("经验库", ["编号", "标题", "编写人", "日期"], rows, ["21/knowledge-base"])])


def banzu(co, d, kinds, hw):
    """班组运维记录: one workbook, one sheet per record kind."""
    names = {"maint": ("日常维护", ["14/maintenance", "44/maintenance"]), "insp": ("巡检", ["44/inspection", "45/monitoring"]),
             "virus": ("病毒查杀", ["44/virus-scan", "45/antivirus"]), "defect": ("故障维修", ["44/faults"]), "upgrade": ("升级补丁", ["44/upgrades"])}
    sheets = []
    for i, k in enumerate(kinds):
        rows = [[iso(d - timedelta(days=8 * i + 3 * j)), ["单向网闸", "水厂上位机", "防火墙"][j % 3], "%s完成，正常" % names[k][0], co.p(1 + j)] for j in range(3)]
        sheets.append((names[k][0], ["日期", "设备", "情况", "人员"], rows, names[k][1]))
    if hw:
        sheets.append(("硬件故障统计", ["设备", "部件", "次数", "处理"], [["水厂上位机", "硬盘", 2, "更换"], ["防火墙", "电源", 1, "更换"]], ["14/hardware-faults"]))
    return book("banzu", "工控安全班组运维记录（%d年）" % d.year, d, True, sheets)


def collect(co, d, which):
    sheets = []
    if "config" in which:
        sheets.append(("配置", ["设备", "项", "值", "时间"], [["防火墙", "策略数", 214, iso(d)], ["单向网闸", "规则数", 36, iso(d)]], ["16/config"]))
    if "traffic" in which:
        sheets.append(("流量", ["链路", "入峰值", "出峰值", "日期"], [["互联网出口", "600Mbps", "220Mbps", iso(d)], ["水厂专网", "80Mbps", "75Mbps", iso(d)]], ["16/traffic"]))
    if "status" in which:
        sheets.append(("运行状态", ["设备", "CPU", "内存", "状态"], [["防火墙", "22%", "38%", "主用"], ["单向网闸", "15%", "30%", "正常"]], ["16/status"]))
    return book("collect", "工控安全监测数据采集表", d, True, sheets)


# ------------------------------------------------------------------ 工控安全科

def log_audit(co, d):
    parts = [("审计对象", "防火墙、网闸、服务器、数据库和营收系统日志。", []),
             ("审计情况", ["非工作时间登录6次，核实为值班人员；", "外部扫描2,340次，已封禁；", "营收数据批量导出1次，有审批单。"], ["17/log-analysis", "45/audit-report", "47/audit"])]
    return nar("log_audit", "安全日志审计周报（%s）" % iso(d), d, True, parts)


def sec_stats(co, d, analysis):
    q = (d.month - 1) // 3 + 1
    parts = [("事件统计", ("table", [["类别", "起数", "较大以上"], ["网络攻击", 14, 0], ["病毒木马", 3, 0], ["SCADA异常指令", 1, 0]]), ["18/incident-stats"])]
    if analysis:
        parts.append(("分析", ["攻击集中在营收网上缴费入口；", "病毒来自水厂U盘拷贝，已禁用USB。"], ["18/incident-analysis"]))
    return nar("sec_stats", "%d年第%d季度网络安全事件情况分析" % (d.year, q), d, True, parts)


def tongbao(co, d, n, full):
    parts = [("一、漏洞情况", "CVE-2026-%04d（组态软件远程代码执行）影响%s，已打补丁。" % (co.rng.randint(1000, 9999), co.sys(0)), ["52/vulnerability", "53/bulletin"]),
             ("二、病毒情况", "针对水务行业的勒索病毒出现新变种，离线病毒库已更新。", ["52/virus"])]
    if full:
        parts += [("三、政策动态", "《关键信息基础设施安全保护条例》配套标准发布；某市水司数据泄露被通报。", ["52/policy"]),
                  ("四、研判及要求", "该漏洞已有利用代码，各水厂本周内完成排查。", ["52/analysis"])]
    return nar("bulletin", "网络安全情况通报（%d年第%d期）" % (d.year, n), d, True, parts, red_head(co, d, 70 + n))


def pentest_plan(co, d):
    parts = [("安排", ["二季度：%s；三季度：%s；四季度：%s。" % tuple(co.systems[:3]), "网上营业厅上线前做一次专项测试。"], ["31/pentest-plan", "32/pentest-plan"])]
    return nar("pentest_plan", "%d年渗透测试安排" % d.year, d, False, parts)


def pentest_report(co, d):
    parts = [("概况", "授权对象：%s；时间：%s至%s；人员：%s、%s。" % (co.sys(1), iso(d - timedelta(days=3)), iso(d), co.p(5), co.vp(0)), []),
             ("发现问题", ("table", [["序号", "问题", "风险", "整改"], ["1", "缴费接口越权查询", "高", "已整改"], ["2", "后台弱口令", "中", "已整改"]]),
              ["31/pentest-records", "32/pentest-records"])]
    return nar("pentest", "%s渗透测试报告" % co.sys(1), d, True, parts)


def dev_plan(co, d):
    parts = [("计划", ("table", [["工具", "内容", "负责人", "完成"], ["抄表异常比对脚本", "自动比对远传读数", co.p(1), "%d年4月" % (d.year + 1)],
                              ["工控资产发现工具", "被动识别PLC", co.p(5), "%d年8月" % (d.year + 1)]]), ["33/dev-plan"])]
    return nar("dev_plan", "%d年运维工具开发计划" % (d.year + 1), d, False, parts)


def grading(co, d):
    parts = [("定级对象", co.sys(0), []), ("定级结果", "业务信息安全三级、系统服务安全三级，定为第三级，已在公安机关备案。", ["51/grading"])]
    return nar("grading", "%s等级保护定级报告" % co.sys(0), d, False, parts)


def grading_rule(co, d):
    parts = [("原则", ["按GB/T 22240-2020，依受侵害客体和程度定级；", "供水调度SCADA等关系城市供水安全的系统原则上定三级。"], ["51/grading-criteria"])]
    return nar("grading_criteria", "信息系统等级保护定级实施细则", d, False, parts, zd_head(co, d, 40))


def yuan(co, d, recovery):
    parts = [("总则", "依据《网络安全法》《城镇供水突发事件应急预案》，适用于集团及托管县公司的网络与信息安全突发事件。", []),
             ("组织", "应急领导小组（组长集团分管副总）、办公室（信息中心）、技术处置组、供水调度保障组。", []),
             ("响应", ["监测预警、研判、分级响应、处置（必要时SCADA切换人工调度）、信息报送。", "较大以上事件30分钟内启动。"], ["36/emergency-plan", "53/emergency-plan"])]
    if recovery:
        parts.append(("系统恢复", ["SCADA恢复时间目标30分钟，营收数据恢复点目标15分钟；切换备机、从备份恢复。"], ["36/recovery-plan", "55/plan"]))
    return nar("yuan", "网络与信息安全突发事件应急预案", d, False, parts, zd_head(co, d, 50))


def dr_plan(co, d):
    parts = [("范围", "、".join(co.systems), []), ("恢复程序", ["RTO 2小时、RPO 30分钟；", "主机房故障：切换至水厂备用机房，数据库切换，核对调度数据。"], ["36/recovery-plan"])]
    return nar("dr_plan", "信息系统数据备份与恢复预案", d, False, parts, zd_head(co, d, 51))


def bcp(co, d):
    parts = [("影响分析", "%s中断超过2小时将影响全市加压泵站调度。" % co.sys(0), []),
             ("连续性措施", ["SCADA异地备用、营收数据每日异地备份、人工调度预案；", "关键备件库。"], ["42/bcp"])]
    return nar("bcp", "供水信息系统业务连续性计划", d, False, parts, zd_head(co, d, 52))


def drill(co, d, kind):
    if kind == "dr":
        t, its, body = "%s主备切换演练记录" % co.sys(0), ["40/recovery-drill"], ["09:00 停主服务器；09:06 备机接管；09:20 核对各水厂遥测正常，无数据丢失。"]
    else:
        t, its, body = "网络安全应急演练记录", ["40/emergency-drill", "53/drill"], ["模拟水厂上位机感染勒索病毒；14:05 发现，14:08 报告，14:12 断开网闸，14:20 切人工调度，15:10 恢复。"]
    parts = [("演练情况", "时间：%s；参加：%s、%s、%s及%s调度室；形式：实操。" % (cnd(d), co.p(0), co.p(1), co.p(2), co.customer), []),
             ("演练经过", body, its), ("讲评", ["报告环节延迟2分钟，已修改联系表。"], [])]
    return nar("drill", t, d, True, parts)


# ------------------------------------------------------------------ 综合科: 考核, 改进, 审核

def indicators(co, d):
    names = ["故障报告及时率", "故障漏报率", "变更计划完成率", "隐患发现数", "主动发现率", "问题解决率", "漏洞扫描覆盖率", "加固覆盖率", "补丁及时率", "安全事件数"]
    vals = ["98.6%", "0.5%", "96%", "11", "90%", "93%", "100%", "96%", "94%", "3"]
    rows = [[n, v, "%d年%d月" % (d.year, d.month - 1 or 1)] for n, v in zip(names, vals)]
    return book("metrics", "运维指标月统计", d, True, [("指标", ["指标", "数值", "月份"], rows, ["56/data"])])


def kaohe(co, d, capa):
    sheets = [("考核", ["指标", "目标", "实际", "达标"], [["服务指标完成率", "100%", "96%", "否"], ["县公司满意度", "92", "94", "是"], ["修复及时率", "95%", "98.2%", "是"]],
               ["57/measurement"])]
    if capa:
        sheets.append(("纠正预防措施", ["编号", "问题", "原因", "措施", "责任人", "验证"], [["JZ-%d-02" % d.year, "营收可用率未达标", "结算日变更", "结算日前冻结变更", co.p(1), "验证有效"]],
                       ["57/capa", "66/effectiveness"]))
    return book("assess", "%d年第%d季度运维考核及纠正措施" % (d.year, (d.month - 1) // 3 + 1), d, True, sheets)


def yinhuan(co, d):
    parts = [("排查情况", "结合安全生产月检查和故障分析，排查出单机网闸、老旧收发器、证书到期等隐患。", []),
             ("整改措施", ("table", [["隐患", "预防措施", "责任人", "期限"], ["单机网闸", "增配备机", co.p(5), "%d年12月" % d.year], ["证书到期", "提前30天提醒", co.p(1), "%d年10月" % d.year]]),
              ["66/preventive-actions"])]
    return nar("hazards", "%d年信息系统隐患排查整改报告" % d.year, d, True, parts)


def improve_plan(co, d, criteria):
    parts = [("改进目标", "平均修复时长降到3.5小时；服务指标完成率100%；县公司满意度≥95。", ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("立项评价办法", "按效益40分、紧急程度30分、投入30分打分，70分以上立项，分管主任批准，每季度测量通报。", ["64/criteria"]))
    return nar("improve_plan", "%d年运维工作改进计划" % d.year, d, False, parts)


def improve_ledger(co, d, scored, tracked):
    sheets = []
    rows = [["GJ-%02d" % i, t, s, "同意（%s）" % co.boss if s >= 70 else "缓办"] for i, (t, s) in enumerate([("抄表异常自动比对", 86), ("巡检报告自动生成", 74), ("更换报修平台", 50)], 1)]
    if scored:
        sheets.append(("评分排序", ["编号", "项目", "得分", "审批"], rows, ["67/analysis", "67/prioritisation"]))
    if tracked:
        sheets.append(("实施跟踪", ["编号", "目标", "进度", "效果", "通报"], [["GJ-01", "异常发现<1天", "完成", "平均0.4天", "第三季度安全生产例会"]],
                       ["68/implementation", "68/effectiveness"]))
    if not sheets:
        sheets.append(("评分排序", ["编号", "项目", "得分", "审批"], [], []))
    return book("improve_ledger", "改进项目台账", d, True, sheets)


def anquanyue(co, d):
    rows = [["安全生产月班组活动记录"], ["主题", "人人讲改进：从故障复盘到隐患销号"], ["时间", cnd(d)], ["主持", co.p(0)], ["参加人", "签名"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return Doc("safety_month", "安全生产月班组活动记录", d, ["69/awareness-training"], True, sheets=[("记录", rows)])


def neishen(co, d):
    parts = [("依据和范围", "依据ISO/IEC 20000-1、ISO/IEC 27001和托管服务协议，覆盖各科室、班组。", []),
             ("发现", ["不符合2项：变更单缺回退措施1份；经验条目未审核3条。", "观察项2项。"], ["59/internal-audit"]),
             ("结论", "体系运行有效。", [])]
    return nar("audit", "%d年内部审核报告" % d.year, d, True, parts)


def review(co, d, inputs):
    parts = [("会议情况", "%s，主持：%s；议题：一、管理体系运行；二、安全生产；三、第二家县公司并入准备。" % (cnd(d), co.boss), [])]
    lines = {"perf": ("服务及过程执行情况", "服务指标完成率96%，变更计划完成率96%，内审不符合已整改。", ["59/management-review", "60/performance"]),
             "fb": ("县公司反馈", "满意度94分，意见1条（结算日人手）。", ["60/customer-feedback"]),
             "res": ("资源情况及预测", "监控值班员8人，县公司并入后需增2人。", ["60/resources"]),
             "ca": ("纠正措施", "纠正措施5项，已关闭4项。", ["60/corrective-actions"]),
             "chg": ("影响服务的变化", "集团智慧水务平台建设、关基保护新规。", ["60/changes"]),
             "imp": ("改进建议", "抄表异常自动比对、巡检报告自动生成。", ["60/improvements"])}
    for k in inputs:
        parts.append(lines[k])
    return nar("mgmt_review", "%d年度管理评审会议纪要" % d.year, d, True, parts)


def liji(co, d, on):
    """安全生产例会纪要: several decisions in one minute; each part proves only when written."""
    parts = [("会议", "%s，信息中心安全生产例会，主持%s。" % (cnd(d), co.p(0)), [])]
    if "kpi" in on:
        parts.append(("一、上月指标通报", ("table", [["指标", "目标", "实际"], ["营收可用率", "99.8%", "99.7%"], ["修复及时率", "95%", "97%"]]), ["57/measurement"]))
    if "hz" in on:
        parts.append(("二、隐患整改", ["水厂上位机USB口未封堵3台，本周封堵（%s）；" % co.p(5), "机房UPS电池老化，下月更换（%s）。" % co.p(1)], ["66/preventive-actions"]))
    parts.append(("三、下月安排", "防汛值班安排，结算日保障。", []))
    return nar("liji", "安全生产例会纪要（%d年%d月）" % (d.year, d.month), d, True, parts)


# ------------------------------------------------------------------ decoy helpers

def duty(co, d):
    rows = [[iso(d + timedelta(days=i)), ["白班", "夜班"][i % 2], co.p(i % 3), co.p(3 + i % 3), "系统运行正常"] for i in range(6)]
    return Doc("duty", "监控班值班表", d, [], True, sheets=[("值班", [["监控班值班表 %d年%d月" % (d.year, d.month)], ["日期", "班次", "值班", "副值", "备注"]] + rows)])


def meter_stats(co, d):
    rows = [[["1月", "2月", "3月", "4月", "5月", "6月"][i], 52000 + 800 * i, "98.%d%%" % (i + 1)] for i in range(6)]
    return Doc("meter", "远传水表抄见率统计", d, [], True, sheets=[("抄见率", [["%d年上半年远传水表抄见率" % d.year], ["月份", "远传表数", "抄见率"]] + rows)])


def flood(co, d):
    parts = [("目标", "汛期确保调度系统不中断。", []), ("值守", "汛期24小时双人值班，%s任带班。" % co.p(1), []),
             ("要求", "按《网络与信息安全突发事件应急预案》处置，每日报告。", [])]
    return nar("flood", "%d年防汛期间信息系统保障工作方案" % d.year, d, False, parts, red_head(co, d, 35))


def signin(co, d, plan):
    rows = [["学习内容", "《%s》宣贯" % plan], ["时间", cnd(d)], ["姓名", "签名"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return decoy(Doc("training", "《%s》学习签到表" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def zd_list(co, d, cites):
    b = red_head(co, d, 6) + [("title", "关于公布信息中心现行制度目录的通知"), ("p", "经清理，现行有效制度如下：")]
    b += [("p", "%d.《%s》" % (i, c)) for i, c in enumerate(cites, 1)] + [("p", "请各科室组织学习。")]
    return decoy(Doc("zdlist", "关于公布信息中心现行制度目录的通知", d, [], False, b), "notice citing procedures by 《》")


def drill_plan(co, d):
    parts = [("目的", "检验《网络与信息安全突发事件应急预案》。", []), ("场景", "水厂上位机感染勒索病毒。", []), ("时间", "拟于%s。" % cnd(d + timedelta(days=18)), [])]
    return decoy(nar("drill_plan", "网络安全应急演练方案", d, False, parts), "drill plan, neither the plan nor the record")


def mr_notice(co, d):
    parts = [("通知", "定于%s召开年度管理评审会，请各科室准备服务执行、县公司反馈、资源、纠正措施和改进建议材料。" % cnd(d + timedelta(days=12)), [])]
    return decoy(nar("mrnotice", "关于召开%d年度管理评审会的通知" % d.year, d, True, parts, red_head(co, d, 90)), "meeting notice, not the review record")


UNRELATED_S = [
    ("党群", "%d年党风廉政建设责任书", ["落实一岗双责。", "每季度廉政谈话。"]),
    ("工会", "%d年职工技能比武通知", ["项目：管道抢修、水质化验。", "请各单位报名。"]),
    ("营销", "%d年水费回收考核办法", ["水费回收率98%以上。", "欠费三个月停水程序。"]),
    ("水质", "%d年出厂水水质月报", ["浊度0.12NTU。", "余氯0.6mg/L，全部合格。"]),
    ("管网", "%d年老旧管网改造计划", ["改造DN100以上管道18公里。", "漏损率控制在9%以内。"]),
]


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an S share: 综合科/ (制度, 组织, 考核, 改进, 内审, 管理评审), 系统运维科/ (作业指导书,
    变更, 台账, 经验库), 工控安全科/ (通报, 审计, 渗透, 应急, 等保, 班组记录), 调度监控班/ (记录本,
    月报), 县公司托管/<客户>/, 集团发文/<年>/; older copies under 归档/, decoys."""
    co.cust, co.cust2, co.abbr, co.zd = S_INFO[co.info_id]
    co.group = co.name.split("信息中心")[0]
    r = co.rng
    ZH, YW, GK, JK, FW = "综合科/", "系统运维科/", "工控安全科/", "调度监控班/", "集团发文/"
    TG = "县公司托管/%s/" % co.cust
    optional = ["budget", "history", "automation", "ola", "staff", "roles", "requirements", "compat", "upgrade", "baseline", "collect", "kb",
                "pentest_plan", "pentest", "dev_plan", "dr", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "metrics",
                "assess", "hazards", "improve_plan", "improve_ledger", "safety_month", "audit", "review", "forecast", "grading",
                "grading_criteria", "interface", "ledger", "ledger_changes", "sec_stats", "health", "log_audit", "avail_plan", "kpi_list", "fault"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"automation", "pentest", "csat_trend", "callbacks", "kb", "audit", "log_audit", "drdrill", "safety_month",
                                "metrics", "collect", "desk_training", "fault", "ledger_changes", "sec_stats", "health"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made
    seq = iter(range(4, 300, 4))

    # --- 制度: an 汇编 holding some 办法 as 篇, the rest issued alone by 集团发文
    keys = [k for k in S_RULES if r.random() >= 0.06]
    in_book = [k for k in keys if r.random() < 0.4]
    d = co.issued()
    add(ZH + "制度/信息中心管理制度汇编（%d版）.pdf" % d.year, huibian(co, d, in_book, r.random() < 0.9), meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_book:
            continue
        d = co.issued()
        doc = rule_doc(co, d, k, next(seq))
        add(FW + "%d年/%s〔%d〕%d号 关于印发《%s》的通知.%s" % (d.year, co.abbr, d.year, next(seq), doc.title, r.choice(["docx", "pdf", "pdf"])), doc,
            meta_title=r.random() < 0.4)
    for i, k in enumerate(S_OTHER):
        if r.random() < 0.75:
            add(ZH + "制度/%s-%03d %s.docx" % (co.zd, 60 + i, S_OTHER[k][0]), other_doc(co, co.issued(), k, i))

    # --- 作业指导书
    mods = list(ZY)
    in_zy = sorted(r.sample(mods, r.randint(2, 3)), key=mods.index)
    add(YW + "作业指导书/信息中心岗位作业指导书汇编.pdf", zy_book(co, co.issued(), in_zy))
    for i, k in enumerate(mods):
        if k in in_zy or r.random() < 0.3:
            continue
        add(YW + "作业指导书/ZY-%02d %s作业指导书.docx" % (i + 1, ZY[k][0]), zy_doc(co, co.issued(), k, i))

    # --- 县公司托管/<客户>
    d0 = co.issued()
    add(TG + "1.接管前期/%s信息系统托管运维需求调研报告.docx" % co.customer, survey(co, d0, r.random() < 0.88, r.random() < 0.85))
    slot("budget", lambda d: TG + "1.接管前期/托管运维费用测算表.xlsx", lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    add(TG + "1.接管前期/%s 托管工作对接会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: TG + "1.接管前期/系统运行资料分析及接管方案.docx", lambda d: takeover(co, d, on), "issued")
    d = co.issued()
    add(TG + "2.协议/信息系统托管运维服务协议（双方盖章）.pdf", sla(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.85))
    slot("requirements", lambda d: TG + "3.项目/%s二期需求分析说明书.docx" % co.sys(1), lambda d: requirements(co, d))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: TG + "4.系统体检/%d年/%s 系统体检报告.pdf" % (d.year, ymd(d)), lambda d: checkup(co, d))
    for d, h in [(date(2025, 6, 26), "上半年"), (date(2025, 12, 22), "下半年"), (date(2026, 6, 25), "上半年")]:
        if r.random() < 0.8:
            add(TG + "5.满意度/%d年%s服务满意度评价报告.%s" % (d.year, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("csat_trend", lambda d: TG + "5.满意度/满意度变化情况分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: TG + "5.满意度/回访登记表%d.xlsx" % d.year, lambda d: callbacks(co, d))
    for i in range(2):
        d = co.fresh()
        name = TG + "6.驻点考勤/%d年%02d月驻点考勤确认表.pdf" % (d.year, d.month)
        if name not in co.used:
            add(name, attend(co, d))

    # --- 组织, 服务目录, 约定, 发文
    d = co.issued()
    add(ZH + "组织机构/信息中心机构设置及岗位职责（%d年）.pdf" % d.year, org(co, d, "roles" not in gaps))
    slot("staff", lambda d: ZH + "组织机构/人员花名册%s.xlsx" % ymd(d), lambda d: roster(co, d, r.random() < 0.85), "issued")
    n_if = next(seq)
    slot("interface", lambda d: FW + "%d年/%s〔%d〕%d号 关于明确网络安全联络员的通知.%s" % (d.year, co.abbr, d.year, n_if, r.choice(["docx", "pdf"])),
         lambda d: liaison(co, d, n_if), "issued")
    n_hl = next(seq)
    d = co.issued()
    add(FW + "%d年/%s〔%d〕%d号 关于设立信息服务热线的通知.docx" % (d.year, co.abbr, d.year, n_hl), hotline(co, d, n_hl))
    slot("desk_training", lambda d: JK + "班组培训/%s 热线岗位培训签到.xlsx" % ymd(d), lambda d: hotline_training(co, d))
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])
    d = co.issued()
    add(TG + "2.协议/托管服务项目清单（%d年）.xlsx" % d.year, catalog(co, d, lv))
    slot("ola", lambda d: ZH + "服务约定/科室间及厂家服务约定.docx", lambda d: ola(co, d, r.random() < 0.85), "issued")

    # --- 调度监控班
    slot("kpi_list", lambda d: JK + "指标/信息系统可用率指标表%d.xlsx" % d.year, lambda d: kpi_list(co, d))
    slot("avail_plan", lambda d: FW + "%d年/%d年信息系统可用性保障措施.docx" % (d.year, d.year), lambda d: avail_plan(co, d))
    for m in sorted(r.sample(range(6, 12), r.choice([2, 3]))):
        d = date(2026, m, 3 + r.randint(0, 6))
        add(JK + "运行月报/%d年/%d年%d月运行月报.%s" % (d.year, d.year, m - 1, r.choice(["pdf", "docx"])), monthly(co, d, r.random() < 0.6))
    d = co.fresh()
    add(JK + "运行记录本/%d年/%02d月运行记录本.xlsx" % (d.year, d.month), record_book(co, d, r.random() < 0.75))
    slot("fault", lambda d: JK + "故障分析/%s %s故障分析报告.docx" % (ymd(d), co.sys(0)), lambda d: fault_report(co, d, r.random() < 0.75))
    slot("automation", lambda d: JK + "运行分析/运维数据分析及自动化改造建议%d.docx" % d.year, lambda d: autoneed(co, d, r.random() < 0.8))
    slot("forecast", lambda d: JK + "运行分析/%d年运维工作量预测.docx" % (d.year + 1), lambda d: forecast(co, d))

    # --- 系统运维科
    d = co.fresh()
    add(YW + "变更管理/%d年/系统变更登记台账.xlsx" % d.year, change_book(co, d))
    slot("upgrade", lambda d: YW + "变更管理/%s %s升级实施方案.docx" % (ymd(d), co.sys(1)), lambda d: upgrade_plan(co, d), "issued")
    slot("compat", lambda d: YW + "变更管理/营收服务器国产化兼容性测试报告%s.pdf" % ymd(d), lambda d: compat(co, d))
    relc = r.random() < 0.7
    slot("ledger", lambda d: YW + "台账/信息设备及系统台账%s.xlsx" % ymd(d), lambda d: ledger(co, d, relc))
    slot("ledger_changes", lambda d: YW + "台账/台账变动登记%d.xlsx" % d.year, lambda d: ledger_changes(co, d))
    slot("baseline", lambda d: GK + "基线/服务器及工控设备安全配置基线%d.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    slot("kb", lambda d: YW + "经验库/运维经验库目录%s.xlsx" % ymd(d), lambda d: kb(co, d))
    kinds = [k for k in ("maint", "insp", "virus", "defect", "upgrade") if r.random() < 0.75] or ["insp"]
    d = co.fresh()
    add(GK + "班组记录/%d年/工控安全班组运维记录.xlsx" % d.year, banzu(co, d, kinds, r.random() < 0.6))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: GK + "监测/工控安全监测数据采集表%s.xlsx" % ymd(d), lambda d: collect(co, d, which))

    # --- 工控安全科
    for i in range(r.randint(1, 2)):
        slot("log_audit", lambda d: GK + "日志审计/%d年/安全日志审计周报%s.%s" % (d.year, ymd(d), r.choice(["docx", "pdf"])), lambda d: log_audit(co, d))
    slot("sec_stats", lambda d: GK + "事件分析/%d年第%d季度网络安全事件情况分析.docx" % (d.year, (d.month - 1) // 3 + 1), lambda d: sec_stats(co, d, r.random() < 0.75))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        name = GK + "安全通报/%d年/网络安全情况通报第%d期.%s" % (d.year, n, r.choice(["pdf", "docx"]))
        if name not in co.used:
            add(name, tongbao(co, d, n, r.random() < 0.7))
    slot("pentest_plan", lambda d: GK + "渗透测试/%d年渗透测试安排.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: GK + "渗透测试/%s %s渗透测试报告.pdf" % (ymd(d), co.sys(1)), lambda d: pentest_report(co, d))
    slot("dev_plan", lambda d: YW + "工具开发/%d年运维工具开发计划.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("grading", lambda d: GK + "等级保护/%s等级保护定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("grading_criteria", lambda d: GK + "等级保护/信息系统等级保护定级实施细则.docx", lambda d: grading_rule(co, d), "issued")
    d = co.issued()
    add(GK + "应急/%s-050 网络与信息安全突发事件应急预案.pdf" % co.zd, yuan(co, d, r.random() < 0.8))
    slot("dr", lambda d: GK + "应急/信息系统数据备份与恢复预案.docx", lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: ZH + "业务连续性/供水信息系统业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: GK + "应急/演练记录/%s %s主备切换演练记录.docx" % (ymd(d), co.sys(0)), lambda d: drill(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add(GK + "应急/演练记录/%s 网络安全应急演练记录.%s" % (ymd(d), r.choice(["docx", "pdf"])), drill(co, d, "emergency"))

    # --- 综合科: 考核, 改进, 审核, 评审, 例会
    slot("metrics", lambda d: ZH + "考核/运维指标月统计%d年%d月.xlsx" % (d.year, d.month), lambda d: indicators(co, d))
    capa = r.random() < 0.8
    slot("assess", lambda d: ZH + "考核/%d年第%d季度运维考核及纠正措施.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: kaohe(co, d, capa))
    slot("hazards", lambda d: ZH + "隐患排查/%d年信息系统隐患排查整改报告.docx" % d.year, lambda d: yinhuan(co, d))
    slot("improve_plan", lambda d: ZH + "持续改进/%d年运维工作改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    sc, tr = r.random() < 0.8, r.random() < 0.8
    slot("improve_ledger", lambda d: ZH + "持续改进/改进项目台账%s.xlsx" % ymd(d), lambda d: improve_ledger(co, d, sc, tr))
    slot("safety_month", lambda d: ZH + "安全生产月/%d年/%s 班组活动记录.xlsx" % (d.year, ymd(d)), lambda d: anquanyue(co, d))
    slot("audit", lambda d: ZH + "内审/%d年内部审核报告.pdf" % d.year, lambda d: neishen(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("review", lambda d: ZH + "管理评审/%d年度管理评审会议纪要.docx" % d.year, lambda d: review(co, d, inputs))
    for m in sorted(r.sample(range(3, 11), 2)):
        d = date(2026, m, 8 + r.randint(0, 10))
        on = [x for x in ("kpi", "hz") if r.random() < 0.6]
        add(ZH + "安全生产例会/%d年/%02d月安全生产例会纪要.docx" % (d.year, m), liji(co, d, on))

    # --- working documents of the utility's own kind that prove no clause
    d = date(2026, 11, 3)
    add(JK + "值班表/%d年%02d月值班表.xlsx" % (d.year, d.month), duty(co, d))
    d = co.fresh()
    add(YW + "抄表系统/%d年上半年远传水表抄见率统计.xlsx" % d.year, meter_stats(co, d))
    d = co.fresh()
    add(FW + "%d年/%d年防汛期间信息系统保障工作方案.pdf" % (d.year, d.year), flood(co, d))

    # --- last year's copies filed under 归档/<year>/: they belong, but are stale
    for name, factory, when in list(made):
        if r.random() < 0.2:
            before = when - timedelta(days=364)
            rel = "归档/%d年/%s" % (before.year, name(before))
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    ZH, YW, GK, JK, FW = "综合科/", "系统运维科/", "工控安全科/", "调度监控班/", "集团发文/"
    TG = "县公司托管/%s/" % co.cust
    add = Share(co).add

    # 空白表 / 模板
    add(YW + "变更管理/系统变更申请单（空白表）.xlsx", blank_sheet("系统变更申请单", co.fresh(), ["编号", "内容", "影响范围", "风险", "回退措施", "审批"]))
    add(JK + "运行记录本/运行记录本（空白）.xlsx", blank_sheet("运行记录本", co.fresh(), ["时间", "类别", "系统", "情况", "处理人"]))
    add(TG + "2.协议/托管运维服务协议（范本）.docx", blank_text("信息系统托管运维服务协议（范本）", co.fresh(), ["托管范围", "运维方式", "服务指标", "签章"]))
    add(TG + "4.系统体检/系统体检报告（模板）.docx", blank_text("系统体检报告（模板）", co.fresh(), ["体检方式", "体检结果", "结论"]))
    add(TG + "5.满意度/服务满意度评价表（空白）.docx", blank_text("服务满意度评价表", co.fresh(), ["响应速度", "技术水平", "服务态度", "意见"]))
    # 征求意见稿 / 草稿
    d = co.fresh()
    add(ZH + "业务连续性/供水信息系统业务连续性计划（征求意见稿）.docx", decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(TG + "2.协议/托管运维服务协议-初稿.docx", decoy(sla(co, d, True, True, True), "draft", mark="（初稿）"))
    d = co.fresh()
    add(ZH + "持续改进/%d年运维工作改进计划（送审稿）.docx" % (d.year + 1), decoy(improve_plan(co, d, True), "draft", mark="（送审稿）"))
    # 作废
    d = date(2022, 4, 11)
    add(ZH + "制度/作废/信息系统疑难问题跟踪管理办法（2022版）作废.docx", decoy(rule_doc(co, d, "problem", 7), "obsolete", mark="（作废）"))
    d = date(2021, 8, 19)
    add(GK + "应急/已废止/网络与信息安全突发事件应急预案（2021版）【废止】.pdf", decoy(yuan(co, d, True), "obsolete", mark="【已废止】"))
    # recycle bins
    d = co.fresh()
    add(".recycle/调度监控班/%02d月运行记录本.xlsx" % d.month, decoy(record_book(co, d, True), "recycle bin"))
    d = co.fresh()
    add(".recycle/工控安全科/%s 网络安全应急演练记录.docx" % ymd(d), decoy(drill(co, d, "emergency"), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:70:12]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        co.raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(2)), "Office lock file")
    co.raw(JK + "运行记录本/运行记录本 - 副本.xlsx", b"", "empty file")
    co.raw(GK + "日志审计/安全日志审计周报（新建）.docx", b"", "empty file")
    co.raw(TG + "5.满意度/2026年下半年服务满意度评价报告.docx", b"", "empty file")
    # sign-in sheets about plans, notices citing procedures, near misses
    for plan in ("网络与信息安全突发事件应急预案", "信息系统变更（停机作业）管理办法", "信息系统数据备份与恢复预案"):
        if r.random() < 0.8:
            d = co.fresh()
            add(ZH + "学习宣贯/%s《%s》学习签到表.xlsx" % (ymd(d), plan), signin(co, d, plan))
    cites = [S_RULES[k][0] for k in ("fault", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    add(FW + "2026年/关于公布信息中心现行制度目录的通知.docx", zd_list(co, co.fresh(), cites))
    d = co.fresh()
    add(ZH + "管理评审/关于召开%d年度管理评审会的通知.docx" % d.year, mr_notice(co, d))
    d = co.fresh()
    add(GK + "应急/网络安全应急演练方案（%d）.docx" % d.year, drill_plan(co, d))
    d = co.fresh()
    add(ZH + "安全生产月/%d年安全生产月活动方案.txt" % d.year,
        decoy(nar("smplan", "%d年安全生产月活动方案" % d.year, d, False, [("安排", ["6月开展隐患排查、应急演练和班组安全活动。", "各班组月底前报送活动记录。"], [])]),
              "plan of activities, no record"))
    # unrelated group files
    for i in sorted(r.sample(range(len(UNRELATED_S)), 4)):
        folder, t, paras = UNRELATED_S[i]
        d = co.fresh()
        t = t % d.year
        add("%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated"))
