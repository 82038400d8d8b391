# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_n.py - style N: the 信息管理部 / 信息技术中心 of a provincial airport group (机场集团).

A new author voice for the accuracy corpus, used only by the N shares, written blind (from the form's
需提供证明材料, gen.py, kinds_i.py, kinds_j.py and the corpus README only).  The department runs the hub
airport's IT and weak-current systems (航显 FIDS, 离港 DCS, 安检信息, AODB, 生产运行调度) and, as a
service, IT and security operations for a 支线机场 or an airline's 运行基地: that customer is the form's
customer.  Its people write as 民航 staff do: 管理规定 / 管理程序 / 工作手册 with a 文件编号, 版次 and a
修订记录 table; a 部门工作手册 whose chapters are several 程序; 岗位工作手册; 值班日志 whose 类别 column
holds 故障, 服务请求, 变更 and 交接班 rows; 航班保障, 运行控制中心AOC, 不停航施工, 保障预案, 应急救援演练 and
桌面推演; the CAAC's 网络安全 requirements; the 安全管理体系 SMS (风险管理, 隐患, 安全信息报告) and its
月度安全形势分析会 minutes holding several decisions; 服务品质 测评 of 驻场单位 and the customer; 安全审计;
mixed English (AODB, FIDS, DCS, IT Service Desk, OLA).  Folders by 科室 (综合办公室, 运行保障科, 网络安全科,
系统运维科, IT服务台, 对外保障服务/<客户>, 安全管理体系SMS) and by year and month.

Every builder returns a kinds.Doc listing as items only what its own text proves; an optional section
adds its items only when written; a sheet or a 类别 with no rows proves nothing.  build(co, lock_bytes)
lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the customer's folder name, the department, the 文件编号 prefix, the customer kind
# ("支线" airport or "基地" of an airline), the month-folder habit
N_INFO = {
    "n1": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n2": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n3": ("白音机场", "信息管理部", "SBJC-XX", "支线", "{y}年/{m}月"),
    "n4": ("鹭江福州基地", "信息技术中心", "MYJC-XJ", "基地", "{y}/{y}-{m:02d}"),
    "n5": ("澜沧机场", "信息管理部", "DXJC-XG", "支线", "{y}年/{m:02d}月"),
    "n6": ("皖航合肥基地", "信息技术中心", "JHJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n7": ("祁连机场", "信息管理部", "LYJC-XX", "支线", "{y}年/{m}月"),
    "n8": ("北部湾南宁基地", "信息技术中心", "GHJC-XJ", "基地", "{y}/{y}-{m:02d}"),
    "n9": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n10": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n11": ("白音机场", "信息管理部", "SBJC-XX", "支线", "{y}年/{m}月"),
    "n12": ("鹭江福州基地", "信息技术中心", "MYJC-XJ", "基地", "{y}/{y}-{m:02d}"),
    "n13": ("澜沧机场", "信息管理部", "DXJC-XG", "支线", "{y}年/{m:02d}月"),
    "n14": ("皖航合肥基地", "信息技术中心", "JHJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n15": ("鹭江福州基地", "信息技术中心", "MYJC-XJ", "基地", "{y}/{y}-{m:02d}"),
    "n16": ("白音机场", "信息管理部", "SBJC-XX", "支线", "{y}年/{m}月"),
    "n17": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n18": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n19": ("皖航合肥基地", "信息技术中心", "JHJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n20": ("澜沧机场", "信息管理部", "DXJC-XG", "支线", "{y}年/{m:02d}月"),
    "n21": ("鹭江福州基地", "信息技术中心", "MYJC-XJ", "基地", "{y}/{y}-{m:02d}"),
    "n22": ("白音机场", "信息管理部", "SBJC-XX", "支线", "{y}年/{m}月"),
    "n23": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n24": ("鹭江福州基地", "信息技术中心", "MYJC-XJ", "基地", "{y}/{y}-{m:02d}"),
    "n25": ("澜沧机场", "信息管理部", "DXJC-XG", "支线", "{y}年/{m:02d}月"),
    "n26": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n27": ("白音机场", "信息管理部", "SBJC-XX", "支线", "{y}年/{m}月"),
    "n28": ("皖航合肥基地", "信息技术中心", "JHJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n29": ("白音机场", "信息管理部", "SBJC-XX", "支线", "{y}年/{m}月"),
    "n30": ("鹭江福州基地", "信息技术中心", "MYJC-XJ", "基地", "{y}/{y}-{m:02d}"),
    "n31": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n32": ("鹭江福州基地", "信息技术中心", "MYJC-XJ", "基地", "{y}/{y}-{m:02d}"),
    "n33": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n34": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n35": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n36": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n37": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n38": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n39": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n40": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n41": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n42": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n43": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n44": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n45": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n46": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n47": ("澜沧机场", "信息管理部", "DXJC-XG", "支线", "{y}年/{m:02d}月"),
    "n48": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n49": ("澜沧机场", "信息管理部", "DXJC-XG", "支线", "{y}年/{m:02d}月"),
    "n50": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n51": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n52": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n53": ("澜沧机场", "信息管理部", "DXJC-XG", "支线", "{y}年/{m:02d}月"),
    "n54": ("白音机场", "信息管理部", "SBJC-XX", "支线", "{y}年/{m}月"),
    "n55": ("澜沧机场", "信息管理部", "DXJC-XG", "支线", "{y}年/{m:02d}月"),
    "n56": ("鹭江福州基地", "信息技术中心", "MYJC-XJ", "基地", "{y}/{y}-{m:02d}"),
    "n57": ("鹭江福州基地", "信息技术中心", "MYJC-XJ", "基地", "{y}/{y}-{m:02d}"),
    "n58": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n59": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n60": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n61": ("祥鹭长沙基地", "信息技术中心", "XCJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n62": ("皖航合肥基地", "信息技术中心", "JHJC-IT", "基地", "{y}/{y}.{m:02d}"),
    "n63": ("澜沧机场", "信息管理部", "DXJC-XG", "支线", "{y}年/{m:02d}月"),
    "n64": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n65": ("盘江机场", "信息管理部", "QZJC-XG", "支线", "{y}年/{m:02d}月"),
    "n66": ("白音机场", "信息管理部", "SBJC-XX", "支线", "{y}年/{m}月"),
}


# the 科室 folders
ZB, YB, XT, WA, FW, SMS = "综合办公室/", "运行保障科/", "系统运维科/", "网络安全科/", "IT服务台/", "安全管理体系SMS/"


def month_dir(co, d):
    return co.mfmt.format(y=d.year, m=d.month)


def code(co, kind, n):
    """文件编号: prefix, kind (GD 管理规定, CX 管理程序, SC 工作手册, YA 预案, JL 记录), number."""
    return "%s-%s-%02d" % (co.prefix, kind, n)


def ctl_head(co, d, no, ver, title):
    """A controlled document's front matter: the department, the title, the 版次 table, the 修订记录."""
    chain = ["A/0", "A/1", "B/0", "B/1", "B/2"]
    chain = chain[:chain.index(ver) + 1] if ver in chain else ["A/0", ver]
    why = ["首次发布", "按民航局网络安全管理有关要求修订职责", "部门机构调整，修订流程和记录表单", "按内审意见修订记录表单", "年度换版"]
    rev = [["版次", "修订日期", "修订内容摘要", "修订人"]]
    for i, v in enumerate(chain):
        back = len(chain) - 1 - i
        when = d if back == 0 else date(d.year - back, 1 + (5 * i) % 12, 10)
        rev.append([v, iso(when), why[i % len(why)], co.p(3 + i)])
    return [("p", "%s %s" % (co.name, co.dept)), ("title", title),
            ("table", [["文件编号", no, "版次", ver], ["编写", co.p(0), "审核", co.p(1)],
                       ["批准", co.boss, "生效日期", cnd(d + timedelta(days=7))]]),
            ("h1", "修订记录"), ("table", rev)]


# ------------------------------------------------------------------ 管理程序 / 管理规定

# key -> (title, kind, number, items, sections)
N_PROC = {
    "fault": ("信息系统故障处置管理程序", "CX", 1, ["49/incident-procedure"], [
        ("目的", ["规范航班生产信息系统及办公信息系统故障的报告、处置、恢复和分析，减少故障对航班保障的影响。"]),
        ("适用范围", ["适用于AODB、FIDS、DCS、安检信息系统、生产运行调度系统、机场网络及弱电系统，以及部门对托管客户提供的运维保障服务。"]),
        ("故障分级", ["一级：影响航班放行、旅客值机或安检通行的系统全停；二级：单系统部分功能失效；三级：单终端或单点故障。"]),
        ("报告与受理", ["IT服务台或运行保障科值班员接报后立即在值班日志登记，一级故障5分钟内报告运行控制中心（AOC）值班经理和部门领导。"]),
        ("处置与恢复", ["值班工程师按岗位工作手册处置；需启用人工值机、人工航显等降级措施的，报AOC同意后执行；恢复后经报障单位确认关闭。"]),
        ("事后分析", ["一、二级故障3个工作日内提交故障分析报告，提交月度安全形势分析会讨论。"]),
    ]),
    "request": ("IT服务台服务请求受理管理程序", "CX", 2, ["49/request-procedure"], [
        ("目的", ["统一受理各部门、驻场单位和托管客户的账号开通、权限调整、终端入网、数据调取等服务请求。"]),
        ("受理渠道", ["IT Service Desk热线、服务台工单系统和现场报修，均须生成工单。"]),
        ("审批与办理", ["涉及生产系统权限和网络策略的请求须由申请单位负责人审批；服务台2小时内派单，办理人完成后填写处理结果。"]),
        ("回访与统计", ["服务台回访申请人后关闭工单；每月统计工单量、及时率并通报。"]),
    ]),
    "problem": ("信息系统问题管理程序", "CX", 3, ["20/procedure", "37/procedure"], [
        ("目的", ["对反复发生或原因不明的故障查找根本原因，消除隐患，防止再次影响航班保障。"]),
        ("问题的识别", ["同一系统一个月内同类故障发生两次及以上、一级故障、安全审计发现的系统性缺陷，由系统运维科登记为问题。"]),
        ("根因分析", ["问题负责人10个工作日内完成根本原因分析，提出临时规避措施和永久解决方案。"]),
        ("解决与关闭", ["永久方案涉及系统变更的按变更程序办理；实施后观察一个月未复发，经科室负责人确认关闭，经验录入知识库。"]),
    ]),
    "change": ("信息系统变更及不停航施工管理程序", "CX", 4, ["54/procedure"], [
        ("目的", ["控制运维过程中方案调整、软硬件资源变动和机场运行期间的信息系统施工，防止变更影响航班生产。"]),
        ("变更分类", ["标准变更、一般变更、重大变更和紧急变更；涉及航班生产系统的变更一律安排在航班低峰时段。"]),
        ("申请与审批", ["变更申请单写明变更内容、影响范围、风险评估、测试情况和回退方案；重大变更经部门变更评审会审批，并提前报AOC备案。"]),
        ("实施与验证", ["按批准的时间窗口实施，实施后功能验证；验证失败立即回退，并报告值班经理。"]),
        ("记录", ["变更申请单、实施记录和验证结果归档，变更登记台账同步更新，配置项随之更新。"]),
    ]),
    "knowledge": ("运维知识管理规定", "GD", 5, ["21/procedure"], [
        ("知识来源", ["故障处置、问题分析、变更实施、航班保障经验和厂商技术资料。"]),
        ("提交与审核", ["处理人在工单关闭后3个工作日内提交知识条目，科室技术负责人审核后发布到运维知识库。"]),
        ("维护", ["每半年清理失效条目，知识库使用情况纳入岗位考核。"]),
    ]),
    "slm": ("IT服务级别管理程序", "CX", 6, ["39/slm-procedure"], [
        ("目的", ["明确与托管客户、驻场单位约定服务级别的方法，监视和报告服务级别的达成。"]),
        ("服务级别协议的签订", ["依据需求调研结果与客户协商服务范围、服务时间、运维方式、响应和恢复时限、报告方式，经双方签字盖章生效。"]),
        ("监视与报告", ["服务台每月统计服务级别达成情况，写入运行质量月报；未达成的分析原因并采取纠正措施。"]),
        ("评审", ["服务级别协议每年评审一次，客户航班量或系统变化较大时及时修订。"]),
    ]),
    "secinc": ("网络安全事件报告与处置管理规定", "GD", 7,
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("事件分类分级", ["按有害程序、网络攻击、信息破坏、信息内容安全、设备设施故障等分类；按对航班生产和旅客服务的影响分特别重大、重大、较大、一般四级。"]),
        ("报告", ["网络安全科值班人员发现或接报后10分钟内报告科长；较大及以上事件30分钟内报告部门领导、集团安全管理部，并按民航局和属地公安机关要求报告。"]),
        ("处置", ["研判定级、隔离遏制、清除、恢复；处置过程记入网络安全事件处置记录单。"]),
        ("应急响应", ["较大及以上事件启动《网络安全事件应急处置预案》，由网络安全和信息化领导小组统一指挥。"]),
        ("事后处理", ["事件处置结束后5个工作日内提交事件报告，整改措施纳入SMS隐患管理跟踪。"]),
    ]),
    "audit": ("内部审核管理程序", "CX", 8, ["61/audit-system", "62/audit-mechanism"], [
        ("审核策划", ["综合办公室每年制定内部审核计划，覆盖全部科室和过程，审核员不得审核本科室工作。"]),
        ("审核实施", ["首次会议、现场审核、不符合项报告、末次会议；不符合项由责任科室制定纠正措施，审核员验证关闭。"]),
        ("结果应用", ["内审报告提交管理评审，内审与集团SMS审核、外部认证审核结果一并跟踪。"]),
    ]),
    "monitor": ("运维服务质量监视与测量管理程序", "CX", 9, ["61/monitoring-process", "62/monitoring-process"], [
        ("监视指标", ["系统可用率、故障恢复及时率、工单按时完成率、变更成功率、驻场单位服务品质测评得分、投诉数。"]),
        ("测量与报告", ["运行保障科按月采集指标，编入运行质量月报，在月度安全形势分析会上通报。"]),
        ("未达标处理", ["指标未达标的责任科室填写纠正和预防措施单，综合办公室跟踪验证。"]),
    ]),
    "improve": ("持续改进管理程序", "CX", 10, ["65/procedure"], [
        ("改进机会的识别", ["来源包括故障分析、内审、管理评审、服务品质测评、SMS隐患排查和指标未达标。"]),
        ("登记与审批", ["改进建议登记到改进项目跟踪表，按收益、紧迫程度和投入评估，部门领导批准后立项。"]),
        ("实施、测量与报告", ["改进项目设定可测量目标，完成后测量效果，每季度向部门办公会报告。"]),
    ]),
    "training": ("网络安全培训服务管理规定", "GD", 11, ["31/training-process"], [
        ("培训需求", ["每年收集集团各单位、驻场单位和托管客户的网络安全培训需求，编制年度培训计划。"]),
        ("培训实施", ["按计划组织授课、实操和考试，签到和成绩归档。"]),
        ("培训评估", ["培训后开展效果评估，评估结果用于改进下一年度培训计划。"]),
    ]),
    "pentest": ("渗透测试作业程序", "CX", 12, ["31/pentest-process"], [
        ("授权", ["测试前与系统责任单位签订渗透测试授权书，明确测试范围、时间窗口和禁止事项，航班高峰时段禁止测试。"]),
        ("实施", ["信息收集、漏洞发现、验证利用和权限提升测试，禁止拒绝服务类测试，全程留存记录。"]),
        ("报告与复测", ["出具渗透测试报告，责任单位整改后复测闭环。"]),
    ]),
}

# rules of the working vocabulary that prove none of the form's items
N_OTHER = {
    "duty": ("运行值班与交接班管理规定", [("值班安排", ["航班运行期间7x24小时值班，首班前1小时到岗，末班后1小时方可离岗。"]),
                                    ("交接班", ["交接班双方共同检查系统运行状态和遗留事项，在交接班记录上签字。"])]),
    "room": ("信息机房及弱电间出入管理规定", [("出入登记", ["进入机房须持有效证件并登记，外来人员全程陪同。"]),
                                      ("环境要求", ["机房温度18℃-27℃，湿度40%-60%，每日巡视两次。"])]),
    "site": ("航站楼弱电系统不停航施工安全管理规定", [("施工审批", ["施工单位须取得机场不停航施工许可，施工人员办理控制区通行证。"]),
                                           ("现场管理", ["施工区域设置围挡，严禁在旅客流程区内动火，施工结束清理现场。"])]),
}


def proc_doc(co, d, key, ver):
    title, kind, n, items, sections = N_PROC[key]
    b = ctl_head(co, d, code(co, kind, n), ver, title)
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "%d %s" % (i, head)))
        b += [("p", "%d.%d %s" % (i, j, p)) for j, p in enumerate(paras, 1)]
    b += [("h1", "%d 相关记录" % (len(sections) + 1)), ("p", "本程序形成的记录由责任科室按档案管理要求保存三年。")]
    return Doc("proc:" + key, title, d, items, False, b)


def other_doc(co, d, key, n):
    title, sections = N_OTHER[key]
    b = ctl_head(co, d, code(co, "GD", 30 + n), "A/0", title)
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "%d %s" % (i, head)))
        b += [("p", p) for p in paras]
    return Doc("other_rule", title, d, [], False, b)


def dept_manual(co, d, keys, pdca):
    """部门工作手册: the management system as its first chapter (mostly), several 程序 as chapters."""
    t = "%s工作手册" % co.dept
    b = ctl_head(co, d, code(co, "SC", 1), "B/%d" % (d.year % 3), t) + [("h1", "目录"), ("p", "（各章页码略）")]
    items = []
    ch = 0
    if pdca:
        ch += 1
        b += [("h1", "第%d章 运维保障管理体系" % ch),
              ("p", "本部门按“策划、实施、检查、改进”循环管理信息运维保障服务：以年度保障计划、服务目录和服务级别协议进行策划；"
                    "按本手册各章程序和岗位工作手册实施；以运行质量月报、月度安全形势分析会、内部审核和管理评审进行监视与评审；"
                    "以纠正和预防措施、SMS隐患治理和改进项目跟踪表持续改进。")]
        items.append("10/pdca")
    for k in keys:
        title, kind, n, its, sections = N_PROC[k]
        ch += 1
        b.append(("h1", "第%d章 %s" % (ch, title)))
        for i, (head, paras) in enumerate(sections, 1):
            b.append(("h2", "%d.%d %s" % (ch, i, head)))
            b += [("p", p) for p in paras]
        items += its
    return Doc("dept_manual", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 岗位工作手册

POSTS = {
    "fw": ("网络安全管理员", ["每日08:00检查防火墙、入侵检测和网闸运行状态及告警。", "按批准的变更申请单调整安全策略，调整前导出策略备份。",
                         "策略调整后验证航班生产网业务连通；异常时导入备份策略回退。"]),
    "aodb": ("AODB系统管理员", ["每日核对航班计划导入和动态数据接收情况。", "数据库每日全备，每周检查备份可恢复性。",
                            "接口中断时通知AOC启用人工录入，恢复后补录数据。"]),
    "fids": ("航显系统（FIDS）维护员", ["每日首班前检查各航站楼显示终端和播控服务器。", "终端黑屏10分钟内到场处理，无法修复的更换备机。",
                                   "航显内容异常时切换至人工发布模式并报告值班经理。"]),
    "dcs": ("离港系统（DCS）保障岗", ["首班前2小时完成值机柜台、登机口设备自检。", "离港系统中断时通知值机启用人工值机预案。",
                                "每月配合航空公司进行离港备份系统切换测试。"]),
    "av": ("终端防病毒管理岗", ["每日检查防病毒服务器病毒库版本和终端在线率。", "每周对生产网终端全盘查杀并导出报告。",
                            "发现病毒立即断网隔离终端，按网络安全事件报告规定上报。"]),
}


def post_manual(co, d, key, n):
    post, steps = POSTS[key]
    t = "%s岗位工作手册" % post
    b = ctl_head(co, d, code(co, "SC", 10 + n), "A/0", t) + [
        ("h1", "1 岗位职责"), ("p", "负责%s所辖设备和系统的日常运行维护及航班保障。" % post),
        ("h1", "2 作业准备"), ("p", "检查工具、备件和备份介质；涉及生产系统的作业须有批准的变更申请单。"),
        ("h1", "3 作业步骤")]
    b += [("p", "3.%d %s" % (i, s)) for i, s in enumerate(steps, 1)]
    b += [("h1", "4 安全要求"), ("p", "航班高峰时段不得进行有风险的操作；作业须两人在场。")]
    return Doc("post_manual", t, d, ["11/manuals", "24/work-instructions"], False, b)


def post_book(co, d, keys):
    t = "岗位工作手册汇编（运维类）"
    b = [("p", "%s %s" % (co.name, co.dept)), ("title", t), ("p", "编号：%s　%s" % (code(co, "SC", 9), cnd(d)))]
    for i, k in enumerate(keys, 1):
        post, steps = POSTS[k]
        b.append(("h1", "第%d部分 %s" % (i, post)))
        b += [("p", "%d.%d %s" % (i, j, s)) for j, s in enumerate(steps, 1)]
    return Doc("post_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ 对外保障服务 (the customer)

def cust_noun(co):
    return "机场" if co.ckind == "支线" else "运行基地"


def survey(co, d, hours, sec):
    parts = [("一、客户概况", "%s（%s），主要信息系统：%s。" % (co.customer, co.city, "、".join(co.systems)), [])]
    if hours:
        parts.append(("二、保障时段需求", ["航班运行日首班前2小时至末班后1小时现场保障，其余时段远程值守，网络安全监测7x24小时。",
                                     "春运、暑运及重要保障任务期间增派人员驻场。"], ["1/survey"]))
    if sec:
        parts.append(("三、网络安全服务需求", ["需求类型：安全设备运维、日志安全审计、漏洞扫描与加固、渗透测试、应急响应、等级保护测评配合。",
                                         "重点满足民航局网络安全管理要求和等级保护第三级要求。"], ["5/survey"]))
    parts.append(("四、调研方式", "现场走访%s运行指挥中心及信息部门，结合其五年发展规划。" % cust_noun(co), []))
    return nar("survey", "%s信息运维保障服务需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    head = ["阶段", "主要工作", "工作量（人·月）", "投入人员", "费用（万元）", "节点时间"]
    rows = [["进场准备", "资产清点、系统接管", 2, "项目负责人、系统工程师", 6.0, iso(d + timedelta(days=30))],
            ["驻场运维", "日常运维、航班保障", 24, "驻场工程师×2", 72.0, iso(d + timedelta(days=365))],
            ["安全服务", "审计、扫描、渗透测试", 4, "网络安全工程师", 16.0, iso(d + timedelta(days=300))],
            ["年度总结", "服务评价与总结", 0.5, "项目负责人", 1.5, iso(d + timedelta(days=380))]]
    return book("budget", "%s信息运维保障项目费用测算表" % co.customer, d, False, [("测算", head, rows, ["2/budget"])])


def kickoff(co, d):
    parts = [("会议基本情况", "时间：%s；地点：%s会议室；参会：%s、%s（客户方），%s、%s（%s）。" % (cnd(d), co.customer, co.cp(0), co.cp(1), co.p(3), co.p(1), co.dept), []),
             ("会议确定事项", ["保障范围为%s及配套网络、安全设备。" % "、".join(co.systems), "保障时段、服务级别按需求调研报告执行，客户方联系人%s。" % co.cp(0),
                         "双方对上述事项无异议，会后签字确认。"], ["3/communication"])]
    return nar("kickoff", "%s信息运维保障项目对接会会议纪要" % co.customer, d, False, parts)


def history(co, d, on):
    parts = [("说明", "接管前对%s近一年信息系统运行数据进行梳理。" % co.customer, [])]
    if "list" in on:
        parts.append(("一、历史运行数据清单", ("table", [["数据名称", "来源", "时间段", "数量"], ["值班日志", "客户值班记录", "近12个月", "365本"],
                                                  ["故障报修单", "客户报修系统", "近12个月", "188条"], ["变更记录", "客户变更台账", "近12个月", "96条"]]),
                      ["4/history-list"]))
    if "analysis" in on:
        parts.append(("二、数据分析", ["指标完成：DCS可用率99.82%，未达到99.9%；", "违规操作：未经审批变更2次；", "重大事件：离港系统中断导致航班延误1次；",
                                 "失败变更：AODB接口升级失败回退1次。"], ["4/analysis"]))
    if "strategy" in on:
        parts.append(("三、保障策略和实施方案", ["变更一律纳入审批并避开航班高峰；", "DCS增加备份链路（接管后第2个月）；", "建立首班前系统检查制度（接管后第1周）。"],
                      ["4/strategy"]))
    return nar("history", "%s历史运行数据分析及保障策略" % co.customer, d, False, parts)


def sla(co, d, ways, core, health):
    parts = [("一、服务范围", "%s：%s。" % (co.customer, "、".join(co.systems)), [])]
    if ways:
        parts.append(("二、运维方式", "驻场值守（航班运行时段1人）、定期巡检（每日远程、每月现场）、远程值守（7x24小时）。", ["35/sla"]))
    if health:
        parts.append(("三、健康检查", "每月一次远程检查、每季度一次现场检查，检查设备和系统的可用性、运行负载和冗余状态，检查后五个工作日内提交健康检查报告。",
                      ["15/agreement"]))
    if core:
        parts.append(("四、服务级别和核心指标", ("table", [["指标", "承诺值"], ["DCS/AODB可用率", "≥99.9%"], ["一级故障响应", "10分钟"],
                                                   ["一级故障恢复", "2小时"], ["工单按时完成率", "≥98%"]]), ["36/sla"]))
    parts.append(("签署", "甲方：%s　乙方：%s　%s" % (co.customer, co.name, cnd(d)), ["39/sla"]))
    return nar("sla", "信息运维保障服务级别协议", d, False, parts)


def requirements(co, d):
    parts = [("背景", "%s新建%s，组织需求分析。" % (co.customer, co.sys(2)), []),
             ("需求分析", ["功能：与AODB同步航班动态，支持多航站楼；", "性能：高峰小时处理旅客3000人次；", "安全：等级保护第三级，生产网与办公网隔离。"],
              ["11/requirements"]),
             ("确认", "客户方确认：%s（%s）。" % (co.cp(0), iso(d)), [])]
    return nar("requirements", "%s建设需求分析记录" % co.sys(2), d, True, parts)


def health(co, d):
    parts = [("检查方式与范围", "远程检查结合现场检查；范围：%s及防火墙、网闸。" % "、".join(co.systems), []),
             ("检查结果", ("table", [["对象", "可用性", "负载/冗余", "结论"], [co.sys(0), "运行正常", "双机热备正常", "正常"],
                                  [co.sys(1), "本季度可用率99.96%", "CPU峰值58%", "正常"], ["防火墙", "运行正常", "会话数峰值42%", "正常"]]),
              ["15/records", "46/records", "44/inspection"]),
             ("建议", "日志存储使用率81%，建议下季度扩容。", [])]
    return nar("health", "%s信息系统健康检查报告（%d年第%d季度）" % (co.customer, d.year, (d.month - 1) // 3 + 1), d, True, parts)


def quality(co, d, half):
    parts = [("测评对象与方式", "面向驻场航空公司、联检单位及托管客户%s发放服务品质测评表，回收23份。" % co.customer, []),
             ("测评结果", ("table", [["测评项", "平均分"], ["故障响应速度", 94], ["问题解决能力", 92], ["服务态度", 97], ["总体评价", 94]]),
              ["41/surveys", "58/survey", "63/survey"]),
             ("意见汇总", "个别驻场单位反映航显信息更新偶有延迟。", [])]
    return nar("quality", "%d年%s信息服务品质测评报告" % (d.year, half), d, True, parts)


def quality_trend(co, d):
    parts = [("测评得分变化", ("table", [["期次", "总体评价"], ["2024年下半年", 90], ["2025年上半年", 92], ["2025年下半年", 93], ["2026年上半年", 94]]),
              ["41/trend"]),
             ("趋势分析", "总体评价逐期上升，航显更新及时性仍是主要扣分项。", [])]
    return nar("quality_trend", "信息服务品质测评趋势分析（%d年）" % d.year, d, True, parts)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=31 * i)), co.cp(i), ["电话回访", "上门回访", "电话回访"][i % 3], ["满意", "建议加快报表提交", "满意"][i % 3], co.p(2)]
            for i in range(4)]
    return book("callbacks", "客户回访登记表", d, True, [("回访登记", ["回访日期", "回访对象", "方式", "客户意见", "回访人"], rows, ["63/follow-up-visits"])])


def confirm(co, d):
    parts = [("确认事项", "本月驻场工程师%s完成驻场保障%d个航班日，客户确认。" % (co.vp(0), 26 + d.month % 4), [])]
    return decoy(nar("confirm", "驻场保障服务月度确认单（%d年%d月）" % (d.year, d.month), d, True, parts), "mentions on-site staff, is no staff list")


def catalog(co, d, levels):
    rows = [["初始服务", "资产清点、系统接管、资料建档"], ["安全设备运维", "防火墙、网闸、入侵检测设备维护"], ["日常巡检", "每日首班前巡检"],
            ["健康检查", "每季度"], ["安全事件审计", "月度安全审计"]]
    its = ["12/catalog", "29/catalog"]
    if "l2" in levels:
        rows += [["运维监控与分析", "7x24集中监控"], ["终端安全监控", "防病毒及终端准入"], ["等级保护合规运维", "测评整改配合"]]
        its.append("19/catalog")
    if "l1" in levels:
        rows += [["安全通告及漏洞分析", "周预警通报"], ["应急响应", "7x24到场"]]
        its.append("26/catalog")
    return book("catalog", "信息服务产品目录（%d版）" % d.year, d, False, [("服务目录", ["服务项目", "服务内容"], rows, its)])


# ------------------------------------------------------------------ organisation and service desk

def org(co, d, roles):
    parts = [("组织架构", ["网络安全和信息化领导小组：组长%s（%s负责人），副组长%s，成员%s、%s；" % (co.boss, co.dept, co.p(0), co.p(1), co.p(4)),
                       "下设综合办公室（%s）、运行保障科（%s）、网络安全科（%s）、系统运维科（%s）、IT服务台。" % (co.p(4), co.p(2), co.p(1), co.p(0))],
              ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("运维岗位及职责", ("table", [["岗位", "职责", "科室"], ["值班工程师", "运行监控、故障受理", "运行保障科"],
                                            ["网络安全管理员", "安全设备运维、漏洞处置", "网络安全科"], ["系统管理员", "AODB/DCS运维、变更实施", "系统运维科"],
                                            ["服务台坐席", "工单受理、回访", "IT服务台"], ["内审员", "内部审核", "综合办公室"]]),
                      ["18/roles", "23/roles"]))
    return nar("org", "%s组织机构及岗位设置（%d年）" % (co.dept, d.year), d, False, parts)


def staff(co, d, outs):
    head = ["姓名", "科室", "岗位", "人员类别"]
    rows = [[co.p(i), ["系统运维科", "网络安全科", "运行保障科", "对外保障", "综合办公室", "网络安全科"][i],
             ["系统管理员", "网络安全管理员", "值班工程师", "项目负责人", "内审员", "值班工程师"][i], "在编"] for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[co.vp(i), "运行保障科（驻场）", "驻场运维工程师", "外包（%s）" % co.vendor] for i in range(2)]
        its.append("9/outsourcing")
    return book("staff", "运维人员名册", d, False, [("名册", head, rows, its)])


def liaison(co, d):
    parts = [("通知内容", "%s为本部门网络安全联络员，负责与%s、集团安全管理部及民航监管部门的网络安全工作对接；%s为B角。" % (co.p(1), co.customer, co.p(5)),
              ["28/interface-person"])]
    return nar("liaison", "关于明确网络安全联络员的通知", d, False, parts, [("p", "%s〔%d〕%d号" % (co.prefix, d.year, 7 + d.month))])


def desk(co, d):
    parts = [("通知内容", "成立IT服务台（IT Service Desk），设服务热线和工单系统，统一受理集团各单位、驻场单位和托管客户的故障报修、服务请求和网络安全事件报告，航班运行期间7x24小时值守。",
              ["48/service-desk"]),
             ("人员", "服务台设坐席4人，%s任组长。" % co.p(2), [])]
    return nar("desk", "关于成立IT服务台的通知", d, False, parts)


def desk_training(co, d):
    rows = [["IT服务台坐席岗前培训记录"], ["培训内容", "工单受理与分级、升级规则、航班保障常用系统介绍、服务用语"], ["培训时间", cnd(d)], ["授课人", co.p(2)],
            ["学员", "考核成绩"]] + [[co.p(i), 85 + i * 2] for i in range(4)]
    return Doc("desk_training", "IT服务台坐席岗前培训记录", d, ["48/training"], True, sheets=[("培训记录", rows)])


def ola(co, d, sld):
    parts = [("内部运营级别协议（OLA）", ["系统运维科对运行保障科：AODB、DCS故障二线支持30分钟到场；", "网络安全科对IT服务台：安全类工单4小时内处理完毕。"], ["8/ola"])]
    if sld:
        parts.append(("外包及厂商服务级别设计", ["%s：7x24响应，一级故障1小时到场、2小时恢复，与对客户承诺的一级故障恢复2小时一致；" % co.vendor,
                                           "航信离港主机托管方：可用率99.95%。"], ["8/sld"]))
    return nar("ola", "内部运营级别协议（OLA）及外包服务级别设计", d, False, parts)


# ------------------------------------------------------------------ 运行保障科

def kpi_list(co, d):
    rows = [["全局", "航班生产信息系统综合可用率", "99.9%", "月", "整体指标"], ["全局", "生产网可用率", "99.95%", "月", "整体指标"]]
    rows += [[s, "系统可用率", "99.9%", "月", "单系统指标"] for s in co.systems]
    return book("kpi_list", "信息系统可用性指标表", d, False, [("指标", ["对象", "指标", "目标值", "统计周期", "类型"], rows, ["6/availability-kpis"])])


def avail_plan(co, d):
    parts = [("保障目标", "%d年航班生产信息系统综合可用率不低于99.9%%，春运、暑运期间不发生一级故障。" % d.year, []),
             ("保障措施", ["%s实现双机热备，数据库主备；" % co.sys(0), "春运、暑运和重要保障任务期间实行领导带班；", "每季度开展一次应急演练或桌面推演；",
                       "可用性事件在值班日志登记，每月在运行质量月报中报告可用率。"], ["22/plan", "18/availability-plan"])]
    return nar("avail_plan", "%d年航班生产信息系统可用性保障计划" % d.year, d, False, parts)


def month_report(co, d, trend, data):
    m = d.month - 1 or 12
    rows = [[s, "99.9%", "%.2f%%" % (99.9 + co.rng.random() * 0.09)] for s in co.systems]
    parts = [("一、系统可用率", ("table", [["系统", "目标", "本月可用率"]] + rows), ["22/report", "18/availability-report"]),
             ("二、本月故障情况", "%s %s 短时中断18分钟（三级），已恢复。" % (iso(d - timedelta(days=11)), co.sys(1)), [])]
    if trend:
        parts.append(("三、运行趋势", ["近六个月综合可用率99.92%、99.95%、99.93%、99.96%、99.97%、99.95%，总体平稳；",
                                 "故障工单环比下降12%，平均恢复时长由52分钟降至41分钟；网络出口带宽峰值利用率逐月上升，预计明年二季度达到80%。"],
                      ["50/monitoring-report"]))
    if data:
        parts.append(("四、运维数据统计", ("table", [["指标", "本月"], ["异常报告及时率", "99%"], ["异常漏报率", "0.5%"], ["维护作业计划完成及时率", "98%"],
                                               ["故障隐患发现率", "91%"], ["异常主动发现率", "88%"], ["问题解决率", "93%"], ["漏洞扫描覆盖率", "100%"],
                                               ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "94%"], ["安全事件次数", "1"]]), ["56/data"]))
    return nar("month_report", "%d年%d月信息系统运行质量月报" % (d.year, m), d, True, parts)


def duty_log(co, d, resp):
    """值班日志: the 类别 column holds 故障, 服务请求, 变更, 航班保障 and 交接班 rows."""
    head = ["日期", "时间", "类别", "系统/设备", "情况记录", "处理结果", "值班员"] + (["响应用时（分）", "协议要求"] if resp else [])
    cats = ["故障", "交接班", "服务请求", "故障", "变更", "航班保障", "故障", "交接班"]
    what = ["值机柜台DCS终端无法登录", "交接正常，无遗留", "驻场单位申请航显账号", "FIDS播控服务器告警", "AODB接口参数调整（已审批）",
            "重要航班保障，系统运行正常", "安检信息系统验证闸机离线", "交接正常"]
    where = ["DCS值机终端", "—", "FIDS", "FIDS播控服务器", "AODB", co.sys(0), "安检验证闸机", "—"]
    rows = []
    for i in range(8):
        t = d - timedelta(days=2 * i + 1)
        r = [iso(t), "%02d:%02d" % (5 + i * 2, 10 + i * 5), cats[i], where[i], what[i], "已处理" if cats[i] != "交接班" else "—", co.p(i % 3)]
        if resp:
            r += [[6, "—", 15, 8, "—", "—", 9, "—"][i], "一级10分钟/二级30分钟"]
        rows.append(r)
    its = ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if resp else [])
    return book("duty_log", "运行保障科值班日志（%d年%d月）" % (d.year, d.month), d, True, [("值班日志", head, rows, its)])


def fault_report(co, d, full):
    parts = [("故障概况", "%s %s 中断35分钟，造成值机排队，启用人工值机预案。" % (cnd(d), co.sys(0)), []),
             ("处置经过", ["06:12 值班工程师发现告警；06:15 报告AOC值班经理；06:30 定位为核心交换机端口故障；06:47 切换备用链路恢复。"],
              ["22/events", "18/availability-events", "43/process-records"]),
             ("原因", "核心交换机光模块老化。", [])]
    if full:
        parts.append(("本季度不良情况分析及改进计划", ["本季度一级故障1起、变更失败1次（AODB接口升级回退）、服务级别未达标1个月（%s可用率99.85%%）；" % co.sys(2),
                                              "改进：光模块批量更换（%s，年底前）；变更前增加联调测试（%s）；可用率未达标系统增加监控项（%s）。" % (co.p(0), co.p(1), co.p(2))],
                      ["70/defect-analysis"]))
    parts.append(("防范措施", "对同批次光模块开展隐患排查。", []))
    return nar("fault_report", "%s故障分析报告" % co.sys(0), d, True, parts)


def automation(co, d, auto):
    parts = [("以往服务数据", "近一年工单3,120张，故障216起，网络安全事件处置41起。", []),
             ("处置方案对生产的影响分析", ["重启类处置平均影响值机5分钟；人工封堵IP平均耗时25分钟；首班前巡检每日占用2人1小时。"], ["7/impact-analysis"])]
    if auto:
        parts.append(("可自动化的服务", ["首班前巡检报告自动生成、告警IP自动封堵、账号开通自动化，预计减少人工35%。"], ["7/automation"]))
    return nar("automation", "运维服务数据分析及自动化建议", d, True, parts)


def year_summary(co, d, fc):
    parts = [("年度工作回顾", "全年保障航班%d万架次，未发生因信息系统原因导致的航班延误一级事件。" % (8 + d.month % 5), []),
             ("运维数据汇总", "工单+16%、变更+9%、故障-11%、服务请求+22%、问题单关闭率93%。", [])]
    if fc:
        parts.append(("下年度服务预测", ["%d年新航站楼投运，预计终端数量增加40%%，工单增长30%%，安全日志量增长50%%，需增加驻场工程师2名、扩容日志存储。" % (d.year + 1)],
                      ["71/forecast"]))
    return nar("year_summary", "%s%d年工作总结及%d年工作思路" % (co.dept, d.year, d.year + 1), d, True, parts)


def shift_record(co, d):
    rows = [[iso(d + timedelta(days=i)), ["早班", "晚班"][i % 2], co.p(i % 3), co.p(3 + i % 3), "系统运行正常，无遗留问题"] for i in range(6)]
    return Doc("shift", "交接班记录", d, [], True, sheets=[("交接班", [["交接班记录 %d年%d月" % (d.year, d.month)], ["日期", "班次", "交班人", "接班人", "交接事项"]] + rows)])


def flight_duty(co, d):
    """重要航班保障 IT 值守方案: duty arrangements that cite a 预案; proves nothing itself."""
    parts = [("保障任务", "%s重要保障任务期间信息系统保障。" % cnd(d), []), ("值守安排", "领导带班，%s任现场值班长，AODB、DCS、FIDS各1人现场值守。" % co.p(0), []),
             ("工作要求", "突发情况按《网络安全事件应急处置预案》和《信息系统故障处置管理程序》执行。", [])]
    return nar("flight_duty", "重要保障任务信息系统值守方案", d, False, parts)


# ------------------------------------------------------------------ 系统运维科

def change_book(co, d):
    head = ["变更单号", "申请日期", "系统", "变更事由", "级别", "是否影响航班生产", "AOC备案", "实施时段", "测试/验证", "失败回退", "结果", "实施人"]
    rows = []
    for i in range(8):
        t = d - timedelta(days=6 * i)
        lvl = ["一般", "标准", "重大", "紧急"][i % 4]
        rows.append(["BG-%d%03d" % (d.year, 21 + i), iso(t - timedelta(days=3)), co.sys(i), ["补丁更新", "接口参数调整", "数据库升级", "航显模板修改"][i % 4],
                     lvl, "是" if lvl in ("重大", "紧急") else "否", "已备案" if lvl in ("重大", "紧急") else "—", "%s 01:30-04:00" % iso(t),
                     "验证通过" if i % 4 != 2 else "验证未通过", "按方案回退" if i % 4 == 2 else "未触发", "已回退" if i % 4 == 2 else "成功", co.p(i)])
    return book("changes", "信息系统变更登记台账（%d年）" % d.year, d, True, [("变更登记", head, rows, ["54/records", "43/process-records"])])


def cutover(co, d):
    steps = [["01:30", "向AOC值班经理申请施工开始，确认无在港延误航班"], ["01:40", "冻结%s数据写入，全量备份" % co.sys(1)],
             ["02:00", "实施数据库版本升级"], ["03:20", "业务验证：与AODB航班动态同步、首班值机模拟"], ["04:00", "验证结论；向AOC报告施工结束"]]
    parts = [("一、施工概况", "%s数据库版本升级，属不停航施工，窗口为末班后至首班前（01:30-04:30）。" % co.sys(1), []),
             ("二、施工步骤", ("table", [["时间", "步骤"]] + steps), []),
             ("三、施工前测试安排", ["测试环境完成全部功能回归和性能测试；与AODB、FIDS接口联调；测试报告经系统运维科科长签字。"], ["25/test-plan"]),
             ("四、失败回退", ["04:00前业务验证未通过即执行回退：恢复升级前的数据库实例和备份，30分钟内恢复原系统，首班前完成核对。"],
              ["25/rollback", "11/rollback"])]
    return nar("cutover", "%s升级不停航施工方案" % co.sys(1), d, False, parts)


def compat(co, d):
    parts = [("背景", "服务器操作系统信创替代。", []),
             ("兼容性验证", ["网络兼容：网卡绑定、VLAN配置验证通过；", "系统兼容：时钟同步、中间件验证通过；", "应用兼容：%s全流程回归通过。" % co.sys(1)],
              ["11/compatibility"])]
    return nar("compat", "信创替代兼容性验证报告", d, True, parts)


def baseline(co, d):
    rows = [["服务器操作系统", "禁止root远程登录", "已配置"], ["服务器操作系统", "口令复杂度及90天更换", "已配置"], ["数据库", "开启审计日志", "ON"],
            ["网络设备", "关闭Telnet，仅SSH", "已配置"]]
    return book("baseline", "信息系统安全配置基线（%d版）" % d.year, d, False, [("基线", ["对象", "检查项", "基线要求"], rows, ["25/baseline"])])


def assets(co, d):
    head = ["资产编号", "名称", "类别", "型号", "功能", "物理位置", "端口/接口", "部署方式", "重要性等级", "责任人"]
    data = [("核心交换机", "网络设备", "S12700", "生产网核心", "T2航站楼主机房", "GE1/0/1-48", "双机", "关键"),
            ("生产网边界防火墙", "安全设备", "USG6650", "边界防护", "T2航站楼主机房", "GE0/0/1", "双机", "关键"),
            ("网闸", "安全设备", "NetGap-3000", "生产网/办公网隔离", "T1弱电间", "eth0-1", "单机", "重要"),
            (co.sys(0), "应用系统", "V5.2", "航班运营数据", "数据中心A列", "8080", "集群", "关键"),
            (co.sys(1), "应用系统", "V3.1", "旅客服务", "数据中心B列", "443", "主备", "关键")]
    rows = [["XX-%04d" % (301 + i)] + list(x[:8]) + [co.p(i)] for i, x in enumerate(data)]
    return book("assets", "信息资产台账", d, True, [("资产台账", head, rows, ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    head = ["配置项ID", "配置项", "类型", "版本", "密级", "访问控制", "完整性保护", "备份策略"]
    rows = [["CI-%03d" % (11 + i), n, t, v, s, "仅系统运维科管理员", "变更留痕、每日校验", "每日增量/每周全量"] for i, (n, t, v, s) in enumerate(
        [(co.sys(0), "应用", "V5.2", "秘密"), (co.sys(1), "应用", "V3.1", "内部"), ("生产网边界防火墙", "安全设备", "V600R007", "内部"),
         ("AODB数据库", "数据库", "Oracle 19c", "秘密")])]
    sheets = [("配置项", head, rows, ["27/cmdb"])]
    if rel:
        sheets.append(("关联关系", ["配置项", "关系", "关联配置项"], [[co.sys(0), "依赖", "AODB数据库"], [co.sys(1), "调用", co.sys(0)],
                                                          ["生产网边界防火墙", "防护", co.sys(0)]], ["38/cmdb-relations"]))
    return book("cmdb", "配置管理数据库（CMDB）导出", d, True, sheets)


def ci_changes(co, d):
    rows = [[iso(d - timedelta(days=9 * i)), "CI-%03d" % (11 + i % 4), ["版本", "IP地址", "责任人", "备份策略"][i % 4], "BG-%d%03d" % (d.year, 21 + i), co.p(i)]
            for i in range(6)]
    return book("ci_changes", "配置项变更记录", d, True, [("变更记录", ["日期", "配置项ID", "变更字段", "关联变更单", "更新人"], rows, ["43/ci-updates"])])


def kb(co, d):
    rows = [["KB-%03d" % (31 + i), t, co.p(i), iso(d - timedelta(days=21 * i))] for i, t in enumerate(
        ["值机终端无法打印登机牌", "航显屏黑屏处理", "AODB航班计划导入失败", "网闸同步中断排查", "防病毒客户端离线处理"])]
    return book("kb", "运维知识库条目清单", d, True, [("知识库", ["编号", "标题", "提交人", "发布日期"], rows, ["21/knowledge-base"])])


def device_log(co, d, cats, hw):
    """安全设备维护保养记录: one sheet, the 作业类别 column holds each record kind of clause 14/44."""
    kinds = {"maint": ("日常维护", ["14/maintenance", "44/maintenance"]), "insp": ("巡检", ["44/inspection", "45/monitoring"]),
             "virus": ("病毒库更新及查杀", ["44/virus-scan", "45/antivirus"]), "fault": ("故障处理", ["44/faults"]),
             "upgrade": ("版本升级", ["44/upgrades"])}
    rows, its = [], []
    for i, k in enumerate(cats):
        for j in range(2):
            rows.append([iso(d - timedelta(days=5 * i + 13 * j)), kinds[k][0], ["生产网边界防火墙", "网闸", "入侵检测"][(i + j) % 3],
                         "%s完成，设备运行正常" % kinds[k][0], co.p(1 + j)])
        its += kinds[k][1]
    sheets = [("维护保养记录", ["日期", "作业类别", "设备", "工作内容及结果", "作业人"], rows, its)]
    sheets.append(("硬件故障统计", ["设备", "故障部件", "次数", "处理情况"], [["入侵检测", "硬盘", 1, "已更换"], ["网闸", "电源", 1, "已更换"]] if hw else [],
                   ["14/hardware-faults"]))
    return book("device_log", "安全设备维护保养记录（%d年）" % d.year, d, True, sheets)


def tickets(co, d, sla_cols):
    head = ["工单号", "类型", "报告单位", "描述", "受理时间", "状态"] + (["响应时长（分钟）", "SLA时限（分钟）", "是否达标"] if sla_cols else [])
    rows = []
    for i in range(8):
        t = d - timedelta(days=3 * i)
        r = ["SD%s%03d" % (ymd(t), i + 1), ["故障报修", "服务请求"][i % 2], [co.customer, "地服公司", "安检站", "航空公司驻场办"][i % 4],
             ["登机口读卡器故障", "开通AODB查询账号", "航显终端花屏", "申请VPN权限"][i % 4], "%s %02d:%02d" % (iso(t), 7 + i, 5 * i), "已关闭"]
        if sla_cols:
            r += [[8, 25, 12, 40, 9, 18, 6, 35][i], [10, 120, 30, 120, 10, 120, 30, 120][i], "是"]
        rows.append(r)
    its = ["43/process-records"] + (["55/response-times"] if sla_cols else [])
    return book("tickets", "IT Service Desk工单导出", d, True, [("工单", head, rows, its)])


# ------------------------------------------------------------------ 网络安全科

def sitrep(co, d, which):
    parts = [("说明", "网络安全科根据安全设备、流量探针和系统监控采集的信息编制。", [])]
    if "config" in which:
        parts.append(("一、配置信息", ["生产网边界防火墙策略%d条，较上期新增3条（均有变更单）；网闸同步规则46条，无变化。" % (380 + d.day)], ["16/config"]))
    if "traffic" in which:
        parts.append(("二、流量信息", ["互联网出口入向峰值1.6Gbps、出向0.7Gbps；生产网与离港主机专线峰值180Mbps。"], ["16/traffic"]))
    if "status" in which:
        parts.append(("三、系统状态", ["防火墙CPU 31%%、内存45%%；入侵检测运行正常；%s主备状态正常。" % co.sys(0)], ["16/status"]))
    return nar("sitrep", "网络安全态势信息日报（%s）" % iso(d), d, True, parts)


def sec_audit(co, d):
    parts = [("审计范围", "网络设备、安全设备、服务器操作系统、数据库及AODB、DCS等应用系统日志。", []),
             ("审计发现", ["非工作时间登录12次，经核实为值班运维；", "境外扫描探测2,340次，已封堵；", "数据库高危操作3次，均有变更单；", "离港终端违规外联1次，已处理。"],
              ["17/log-analysis", "45/audit-report", "47/audit"]),
             ("建议", "加强离港终端准入管控。", [])]
    return nar("sec_audit", "%d年%d月网络安全审计报告" % (d.year, d.month), d, True, parts)


def warning(co, d, n, full):
    parts = [("一、漏洞预警", "CVE-2026-%04d（Web中间件远程代码执行）影响%s，已完成排查和修补。" % (co.rng.randint(1000, 9999), co.sys(0)), ["52/vulnerability", "53/bulletin"]),
             ("二、病毒预警", "针对航空业的勒索病毒新变种活跃，防病毒特征库已更新至最新版本。", ["52/virus"])]
    if full:
        parts += [("三、政策法规及行业动态", "民航局发布民航网络安全管理新规定；《关键信息基础设施安全保护条例》配套标准实施；某机场航显遭篡改事件通报。", ["52/policy"]),
                  ("四、分析研判及工作要求", "上述漏洞已出现在野利用，对外服务系统风险较高，各单位于本周五前完成自查并反馈。", ["52/analysis"])]
    return nar("warning", "网络安全预警通报（%d年第%d期）" % (d.year, n), d, True, parts)


def pentest_plan(co, d):
    rows = [["第%s季度" % "二三四"[i], sysname, "航班低峰时段（23:00-05:00）", ["%s" % co.p(5), co.vendor][i % 2]] for i, sysname in enumerate(co.systems[:3])]
    rows.append(["重要保障任务前", "对外服务系统（官网、微信小程序）", "保障任务前两周", co.p(5)])
    parts = [("一、测试目标", "验证航班生产信息系统和对外服务系统的抗攻击能力，发现并整改高危漏洞。", []),
             ("二、测试安排", ("table", [["时间", "测试对象", "测试窗口", "实施方"]] + rows), ["31/pentest-plan", "32/pentest-plan"])]
    return nar("pentest_plan", "%d年渗透测试工作计划" % d.year, d, False, parts)


def pentest_report(co, d):
    parts = [("一、测试授权与范围", "依据授权书对%s开展黑盒测试，%s至%s，测试人员%s、%s，未影响航班生产。" % (co.sys(1), iso(d - timedelta(days=3)), iso(d), co.p(5), co.vp(1)), []),
             ("二、漏洞清单及整改", ("table", [["编号", "漏洞名称", "风险", "验证方式", "复测结果"], ["PT-01", "接口未授权访问可查询旅客信息", "高", "构造请求", "已修复"],
                                             ["PT-02", "运维后台弱口令", "中", "字典爆破", "已修复"], ["PT-03", "版本信息泄露", "低", "响应头", "已修复"]]),
              ["31/pentest-records", "32/pentest-records"]),
             ("三、结论", "高危漏洞已全部整改并复测通过。", [])]
    return nar("pentest", "%s渗透测试报告" % co.sys(1), d, True, parts)


def dev_plan(co, d):
    parts = [("开发计划", ("table", [["工具", "用途", "负责人", "计划完成"], ["首班前巡检机器人", "自动巡检并生成报告", co.p(0), "%d年4月" % (d.year + 1)],
                                  ["告警联动封堵脚本", "高危告警自动封堵", co.p(1), "%d年7月" % (d.year + 1)]]), ["33/dev-plan"])]
    return nar("dev_plan", "%d年网络安全工具自主开发计划" % (d.year + 1), d, False, parts)


def grading(co, d):
    parts = [("定级对象", co.sys(0), []), ("定级结果", "业务信息安全保护等级第三级，系统服务安全保护等级第三级，最终定为第三级，已向公安机关备案。", ["51/grading"])]
    return nar("grading", "%s网络安全等级保护定级报告" % co.sys(0), d, False, parts)


def grading_rule(co, d):
    b = ctl_head(co, d, code(co, "GD", 14), "A/0", "网络安全等级保护定级管理规定") + [
        ("h1", "1 定级依据"), ("p", "依据GB/T 22240-2020及民航网络安全等级保护有关规定，按受侵害客体及侵害程度确定等级。"),
        ("h1", "2 定级标准"), ("p", "直接支撑航班运行、旅客值机和安检的系统原则上不低于第三级；对外宣传网站不低于第二级。")]
    return Doc("grading_rule", "网络安全等级保护定级管理规定", d, ["51/grading-criteria"], False, b)


def emergency_plan(co, d, recovery):
    b = ctl_head(co, d, code(co, "YA", 1), "B/0", "网络安全事件应急处置预案")
    items = ["36/emergency-plan", "53/emergency-plan"]
    b += [("h1", "1 总则"), ("p", "依据《网络安全法》和民航网络安全事件应急管理有关规定，适用于本部门及托管客户的网络安全事件应急处置。"),
          ("h1", "2 组织机构"), ("p", "应急领导小组（组长由部门负责人担任）、应急办公室（网络安全科）、现场处置组、航班保障协调组（对接AOC）。"),
          ("h1", "3 应急响应"), ("p", "监测预警、事件研判、分级响应、处置、信息报告；较大及以上事件30分钟内启动响应。")]
    if recovery:
        b += [("h1", "4 恢复策略"), ("p", "AODB、DCS恢复时间目标1小时、恢复点目标15分钟；切换灾备系统或从备份恢复，恢复期间启用人工值机、人工航显。")]
        items += ["36/recovery-plan", "55/plan"]
    return Doc("emergency_plan", "网络安全事件应急处置预案", d, items, False, b)


def recovery_plan(co, d):
    b = ctl_head(co, d, code(co, "YA", 2), "A/1", "航班生产信息系统恢复预案") + [
        ("h1", "1 适用范围"), ("p", "、".join(co.systems)),
        ("h1", "2 恢复步骤"), ("p", "RTO 2小时、RPO 30分钟；主数据中心故障时切换至灾备机房，数据库切换后验证航班数据完整性，报AOC恢复正常运行。")]
    return Doc("recovery_plan", "航班生产信息系统恢复预案", d, ["36/recovery-plan"], False, b)


def bcp(co, d):
    b = ctl_head(co, d, code(co, "YA", 3), "A/0", "航班生产信息系统业务连续性计划") + [
        ("h1", "1 业务影响分析"), ("p", "%s最大可容忍中断时间1小时，DCS中断超过30分钟须启用人工值机。" % co.sys(0)),
        ("h1", "2 连续性策略"), ("p", "同城灾备、关键备件库、人工降级流程（人工值机、人工航显、手工调度）及重要保障期领导带班。")]
    return Doc("bcp", "航班生产信息系统业务连续性计划", d, ["42/bcp"], False, b)


def drill(co, d, kind):
    if kind == "dr":
        t, its = "%s灾备切换演练记录" % co.sys(0), ["40/recovery-drill"]
        body = ["02:00 主系统停止服务；02:09 灾备系统接管；02:31 航班数据核对一致，演练结束。"]
        how = "实战演练"
    elif kind == "table":
        t, its = "网络安全事件桌面推演记录", ["40/emergency-drill", "53/drill"]
        body = ["情景：离港系统感染勒索病毒，旅客值机中断。各组依预案逐步推演报告、隔离、启用人工值机、恢复等环节，历时90分钟。"]
        how = "桌面推演"
    else:
        t, its = "网络安全应急救援演练记录", ["40/emergency-drill", "53/drill"]
        body = ["模拟航显系统遭篡改：10:02 发现，10:05 报告AOC，10:12 断开外网链路，10:40 恢复正确内容，11:05 总结。"]
        how = "实战演练"
    parts = [("演练概况", "时间：%s；方式：%s；参演：%s、%s、%s及%s。" % (cnd(d), how, co.p(0), co.p(1), co.p(2), co.customer), []),
             ("演练过程", body, its), ("演练评估", ["信息报告环节延迟2分钟，已修订通讯录。"], [])]
    return nar("drill", t, d, True, parts)


# ------------------------------------------------------------------ 综合办公室 and SMS

def safety_minutes(co, d, analysis, defects):
    """月度安全形势分析会会议纪要: several decisions in one minute."""
    m = d.month - 1 or 12
    parts = [("会议情况", "%s，%s主持，各科室负责人参加。" % (cnd(d), co.boss), []),
             ("一、上月网络安全事件情况", ("table", [["类别", "起数", "较大及以上"], ["网络攻击", 14, 0], ["有害程序", 3, 0], ["设备设施故障", 2, 0]]),
              ["18/incident-stats"])]
    if analysis:
        parts.append(("二、原因分析", ["网络攻击以境外扫描为主，集中在对外服务系统；有害程序均来自驻场单位自带U盘，已加强终端管控。"], ["18/incident-analysis"]))
    if defects:
        parts.append(("三、不安全事件及服务不达标分析", ["上月%s一级故障1起、变更失败1次、工单按时完成率96%%未达98%%目标；" % co.sys(0),
                                               "会议要求：系统运维科月底前完成变更前联调测试制度修订，IT服务台增加夜间坐席。"], ["70/defect-analysis"]))
    parts.append(("会议决定", ["春运保障准备工作由运行保障科牵头；", "下月开展一次桌面推演。"], []))
    return nar("safety_minutes", "%d年%d月安全形势分析会会议纪要" % (d.year, m), d, True, parts)


def hazard_ledger(co, d, verified):
    head = ["隐患编号", "来源", "隐患描述", "风险等级", "预防措施", "责任人", "完成期限"] + (["有效性验证"] if verified else [])
    rows = [["YH-%d-%02d" % (d.year, i + 1), s, t, lv, m, co.p(i), iso(d + timedelta(days=30 * (i + 1)))] + (["措施完成，%s验证有效" % co.p(4)] if verified else [])
            for i, (s, t, lv, m) in enumerate([("风险评估", "核心交换机单电源", "中", "加装冗余电源"),
                                               ("安全审计", "驻场单位终端随意接入生产网", "高", "部署终端准入"),
                                               ("故障分析", "证书到期无预警", "中", "证书到期前30天自动提醒")])]
    its = ["66/preventive-actions"] + (["66/effectiveness"] if verified else [])
    return book("hazards", "SMS隐患排查治理台账（%d年）" % d.year, d, True, [("隐患台账", head, rows, its)])


def kpi_check(co, d, capa):
    sheets = [("考核", ["指标", "目标", "实际", "达标"], [["服务级别达成率", "100%", "96%", "否"], ["服务品质测评得分", "93", "94", "是"], ["投诉数", "≤2", "1", "是"]],
               ["57/measurement"])]
    if capa:
        sheets.append(("纠正预防措施", ["编号", "问题", "原因", "措施", "责任人", "验证情况"],
                       [["JZ-%d-05" % d.year, "工单按时完成率未达标", "夜间坐席不足", "增加夜间坐席；优化派单规则", co.p(2), "次月完成率99%，有效"]],
                       ["57/capa", "66/effectiveness"]))
    return book("kpi_check", "%d年第%d季度服务质量考核及纠正预防措施" % (d.year, (d.month - 1) // 3 + 1), d, True, sheets)


def improve_plan(co, d, criteria):
    parts = [("改进目标", "一级故障平均恢复时长降至30分钟；服务级别达成率100%；服务品质测评得分≥95。", ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("改进项目评估标准", "按安全收益（40%）、紧迫程度（30%）、投入（30%）评分，70分以上立项，经部门领导批准；实施后测量效果并每季度报告。",
                      ["64/criteria"]))
    return nar("improve_plan", "%d年运维保障服务持续改进计划" % d.year, d, False, parts)


def improve_track(co, d, scored, tracked):
    sheets = []
    if scored:
        rows = [["GJ-%02d" % i, t, s, "批准（%s）" % co.boss if s >= 70 else "暂缓"] for i, (t, s) in enumerate(
            [("首班前巡检自动化", 86), ("夜间坐席增配", 79), ("值班系统更换", 55)], 1)]
        sheets.append(("评估排序", ["编号", "改进项目", "评分", "审批意见"], rows, ["67/analysis", "67/prioritisation"]))
    if tracked:
        sheets.append(("实施跟踪", ["编号", "改进目标", "实施情况", "效果测量", "报告"], [["GJ-01", "巡检报告10分钟内生成", "已上线", "平均6分钟", "第三季度部门办公会"]],
                       ["68/implementation", "68/effectiveness"]))
    if not sheets:
        sheets.append(("评估排序", ["编号", "改进项目", "评分", "审批意见"], [], []))
    return book("improve_track", "改进项目跟踪表", d, True, sheets)


def awareness(co, d):
    rows = [["服务品质提升专题培训记录"], ["培训主题", "持续改进，提升航班保障服务品质"], ["培训时间", cnd(d)], ["主讲", co.p(4)],
            ["主要内容", "服务不达标案例分析、改进项目介绍、人人都是改进者"], ["参训人员", "签到"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return Doc("awareness", "服务品质提升专题培训记录", d, ["69/awareness-training"], True, sheets=[("培训", rows)])


def internal_audit(co, d):
    parts = [("审核依据和范围", "依据ISO/IEC 20000-1、ISO/IEC 27001及本部门工作手册，覆盖全部科室和对外保障服务。", []),
             ("审核发现", ["不符合项2项：变更申请单缺少测试记录1份；知识条目未经审核发布2条。", "观察项3项。"], ["59/internal-audit"]),
             ("审核结论", "管理体系运行基本有效。", [])]
    return nar("audit", "%d年内部审核报告" % d.year, d, True, parts)


def review_minutes(co, d, inputs, opps):
    parts = [("会议情况", "%s，%s主持；议题：一、管理评审；二、年度安全工作；三、冬春航季保障准备。" % (cnd(d), co.boss), [])]
    lines = {"perf": ("服务和流程的执行情况及符合性", "服务级别达成率96%，变更成功率97%，内审不符合项均已整改。", ["59/management-review", "60/performance"]),
             "fb": ("客户反馈", "服务品质测评得分94，驻场单位意见2条。", ["60/customer-feedback"]),
             "res": ("当前和预测资源", "现有运维人员18人，新航站楼投运后需增加4人。", ["60/resources"]),
             "ca": ("纠正措施进展", "纠正预防措施8项，已关闭7项。", ["60/corrective-actions"]),
             "chg": ("可能影响服务的变化", "新航站楼投运、民航网络安全新规定实施。", ["60/changes"]),
             "imp": ("改进机会", "工单按时完成率未达标、首班前巡检效率低。", ["60/improvements"])}
    for k in inputs:
        parts.append(lines[k])
    if opps:
        parts.append(("改进机会排序及批准", ("table", [["序号", "改进机会", "评分", "会议意见"], [1, "首班前巡检自动化", 86, "批准"], [2, "夜间坐席增配", 79, "批准"],
                                                  [3, "值班系统更换", 55, "暂缓"]]), ["67/analysis", "67/prioritisation"]))
    return nar("review", "%d年度管理评审会议纪要" % d.year, d, True, parts)


# ------------------------------------------------------------------ near misses and decoys

def cite_list(co, d, titles):
    rows = [[i, t, code(co, "CX", i), "现行有效"] for i, t in enumerate(titles, 1)]
    return decoy(Doc("register", "受控文件清单", d, [], True, sheets=[("清单", [["受控文件清单（%d）" % d.year], ["序号", "文件名称", "文件编号", "状态"]] + rows)]),
                 "list of document names")


def doc_control(co, d, titles):
    b = ctl_head(co, d, code(co, "CX", 20), "A/1", "文件控制程序") + [("h1", "1 适用范围"), ("p", "适用于本部门所有管理文件。"), ("h1", "2 现行管理文件")]
    b += [("p", "2.%d 《%s》" % (i, t)) for i, t in enumerate(titles, 1)]
    return decoy(Doc("doc_control", "文件控制程序", d, [], False, b), "procedure citing procedures by 《》")


def review_rule(co, d):
    b = ctl_head(co, d, code(co, "CX", 21), "A/0", "管理评审程序") + [("h1", "1 频次"), ("p", "每年至少一次。"), ("h1", "2 评审输入"),
                                                                ("p", "客户反馈、服务和流程执行情况、资源、纠正措施、可能影响服务的变化、改进机会。"), ("h1", "3 评审输出"), ("p", "管理评审会议纪要。")]
    return decoy(Doc("review_rule", "管理评审程序", d, [], False, b), "procedure, not the review record")


def review_notice(co, d):
    parts = [("通知", "定于%s召开年度管理评审会，请各科室准备服务执行情况、客户反馈、资源需求、纠正措施和改进机会材料。" % cnd(d + timedelta(days=12)), [])]
    return decoy(nar("review_notice", "关于召开%d年度管理评审会的通知" % d.year, d, True, parts), "meeting notice, not the review record")


def drill_scheme(co, d):
    parts = [("目的", "检验《网络安全事件应急处置预案》的可操作性。", []), ("情景", "航显系统遭篡改。", []), ("时间", "计划于%s举行。" % cnd(d + timedelta(days=18)), [])]
    return decoy(nar("drill_scheme", "网络安全应急救援演练方案", d, False, parts), "drill plan, neither the plan nor the record")


def study(co, d, plan):
    rows = [["学习主题", "《%s》宣贯学习" % plan], ["时间", cnd(d)], ["姓名", "签到"]] + [[co.p(i), co.p(i)] for i in range(6)]
    return decoy(Doc("study", "《%s》宣贯学习签到表" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def appraisal(co, d):
    rows = [[co.p(i), "值班日志完整率、变更记录完整率、演练记录归档率", 86 + i] for i in range(5)]
    return decoy(Doc("appraisal", "%d年员工绩效考核表" % d.year, d, [], True, sheets=[("考核", [["员工绩效考核"], ["姓名", "考核指标", "得分"]] + rows)]),
                 "KPI sheet naming record kinds")


def site_agreement(co, d):
    parts = [("协议内容", "施工单位在航站楼弱电间施工期间遵守机场不停航施工管理规定，施工人员持证进入控制区，每日施工结束清场。", []),
             ("签署", "甲方：%s　乙方：某弱电工程公司　%s" % (co.name, cnd(d)), [])]
    return nar("site_agreement", "航站楼弱电改造不停航施工安全协议", d, False, parts)


UNRELATED_N = [
    ("综合办公室/党建", "%d年党支部主题党日活动安排", ["每月第二个周五开展主题党日。", "结合民航安全生产开展学习。"]),
    ("综合办公室/工会", "%d年职工趣味运动会报名通知", ["项目：拔河、跳绳、乒乓球。", "请各科室于周五前报名。"]),
    ("综合办公室/行政", "%d年部门车辆使用管理规定", ["车辆使用须提前一天申请。", "机坪内行驶须遵守机坪交通规则。"]),
    ("综合办公室/行政", "%d年冬季制服发放通知", ["按岗位发放冬季制服一套。", "请于本月底前领取。"]),
    ("安全管理体系SMS", "%d年安全生产月活动方案", ["主题：人人讲安全、个个会应急。", "组织消防疏散演练和安全知识竞赛。"]),
]


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an N share: 综合办公室/ (体系文件, 发文, 内审, 管理评审, 持续改进, 培训), 运行保障科/ (值班日志 by
    year and month, 运行质量月报, 可用性, 故障分析), 系统运维科/ (岗位工作手册, 变更, CMDB, 台账), 网络安全科/
    (审计, 预警通报, 态势日报, 渗透测试, 等保, 应急), IT服务台/, 对外保障服务/<客户>/, 安全管理体系SMS/;
    last year's copies under 归档/<year>/, decoys."""
    co.cust, co.dept, co.prefix, co.ckind, co.mfmt = N_INFO[co.info_id]
    r = co.rng
    KH = "对外保障服务/%s/" % co.cust
    optional = ["budget", "history", "automation", "ola", "staff", "roles", "requirements", "compat", "cutover", "baseline", "sitrep", "kb",
                "pentest_plan", "pentest", "dev_plan", "recovery", "bcp", "drdrill", "trend", "callbacks", "desk_training", "kpi_check",
                "hazards", "improve_plan", "improve_track", "awareness", "audit", "review", "summary", "grading", "grading_rule",
                "liaison", "assets", "cmdb", "ci_changes", "sec_audit", "health", "avail_plan", "kpi_list", "fault", "tickets"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"automation", "pentest", "trend", "callbacks", "kb", "audit", "sec_audit", "drdrill", "awareness",
                                "sitrep", "desk_training", "fault", "ci_changes", "health", "kpi_check", "hazards"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made

    def ext(*choices):
        return r.choice(choices)

    def uniq(rel):
        """A second record of the same month gets the name Windows gives a copy: … (2).xlsx."""
        if rel not in co.used:
            return rel
        stem, dot, tail = rel.rpartition(".")
        return "%s (2).%s" % (stem, tail)

    # --- 体系文件: the 部门工作手册 holds some 程序 as chapters, the rest are filed alone
    keys = [k for k in N_PROC if r.random() >= 0.06]
    in_manual = [k for k in keys if r.random() < 0.4]
    d = co.issued()
    add(ZB + "体系文件/%s %s工作手册（B版）.pdf" % (code(co, "SC", 1), co.dept), dept_manual(co, d, in_manual, r.random() < 0.9),
        meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_manual:
            continue
        d = co.issued()
        ver = r.choice(["A/0", "A/1", "B/0", "B/1"])
        doc = proc_doc(co, d, k, ver)
        title, kind, n = N_PROC[k][:3]
        add(ZB + "体系文件/%s %s（%s版）.%s" % (code(co, kind, n), title, ver.replace("/", "-"), ext("docx", "docx", "pdf")), doc,
            meta_title=r.random() < 0.4)
    for i, k in enumerate(N_OTHER):
        if r.random() < 0.75:
            add(ZB + "体系文件/%s.docx" % N_OTHER[k][0], other_doc(co, co.issued(), k, i))

    # --- 岗位工作手册: an 汇编 and single ones
    posts = list(POSTS)
    in_book = sorted(r.sample(posts, r.randint(2, 3)), key=posts.index)
    d = co.issued()
    add(XT + "岗位工作手册/岗位工作手册汇编（运维类）.pdf", post_book(co, d, in_book))
    for i, k in enumerate(posts):
        if k in in_book or r.random() < 0.3:
            continue
        add(XT + "岗位工作手册/%s %s岗位工作手册.docx" % (code(co, "SC", 10 + i), POSTS[k][0]), post_manual(co, co.issued(), k, i))

    # --- 对外保障服务/<客户>: onboarding (does not age), agreement, health checks, 服务品质
    d0 = co.issued()
    add(KH + "01 前期调研/%s信息运维保障服务需求调研报告.docx" % co.customer, survey(co, d0, r.random() < 0.92, r.random() < 0.9))
    slot("budget", lambda d: KH + "01 前期调研/信息运维保障项目费用测算表.xlsx", lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    add(KH + "01 前期调研/%s 项目对接会会议纪要.%s" % (iso(d), ext("docx", "pdf")), kickoff(co, d))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.92]
    slot("history", lambda d: KH + "01 前期调研/历史运行数据分析及保障策略.docx", lambda d: history(co, d, on), "issued")
    d = co.issued()
    add(KH + "02 协议/信息运维保障服务级别协议（双方盖章）.pdf", sla(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.85))
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])
    d = co.issued()
    add(KH + "02 协议/信息服务产品目录（%d版）.xlsx" % d.year, catalog(co, d, lv))
    slot("requirements", lambda d: KH + "03 建设项目/%s建设需求分析记录.docx" % co.sys(2), lambda d: requirements(co, d))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: uniq(KH + "04 健康检查/%s/%s 健康检查报告.pdf" % (month_dir(co, d), iso(d))), lambda d: health(co, d))
    for d, h in [(date(2025, 6, 26), "上半年"), (date(2025, 12, 22), "下半年"), (date(2026, 6, 25), "上半年")]:
        if r.random() < 0.8:
            add(KH + "05 服务品质测评/%d年%s信息服务品质测评报告.%s" % (d.year, h, ext("docx", "pdf")), quality(co, d, h))
    slot("trend", lambda d: KH + "05 服务品质测评/服务品质测评趋势分析（%d）.docx" % d.year, lambda d: quality_trend(co, d))
    slot("callbacks", lambda d: KH + "05 服务品质测评/客户回访登记表（%d年）.xlsx" % d.year, lambda d: callbacks(co, d))
    for i in range(2):
        d = co.fresh()
        name = KH + "06 月度确认/%d年%d月驻场保障服务确认单.pdf" % (d.year, d.month)
        if name not in co.used:
            add(name, confirm(co, d))

    # --- organisation, service desk, OLA
    d = co.issued()
    add(ZB + "组织机构/%s组织机构及岗位设置（%d年）.pdf" % (co.dept, d.year), org(co, d, "roles" not in gaps))
    slot("staff", lambda d: ZB + "组织机构/运维人员名册（%s）.xlsx" % iso(d), lambda d: staff(co, d, r.random() < 0.85), "issued")
    slot("liaison", lambda d: ZB + "发文/%d年/关于明确网络安全联络员的通知.%s" % (d.year, ext("docx", "pdf", "txt")), lambda d: liaison(co, d), "issued")
    d = co.issued()
    add(ZB + "发文/%d年/关于成立IT服务台的通知.docx" % d.year, desk(co, d))
    slot("desk_training", lambda d: FW + "培训/%s IT服务台坐席岗前培训记录.xlsx" % ymd(d), lambda d: desk_training(co, d))
    slot("ola", lambda d: YB + "服务级别/内部运营级别协议（OLA）及外包服务级别设计.docx", lambda d: ola(co, d, r.random() < 0.85), "issued")
    for i in range(r.randint(1, 2)):
        slot("tickets", lambda d: uniq(FW + "工单导出/%s/ServiceDesk_工单导出_%s.xlsx" % (month_dir(co, d), ymd(d))), lambda d: tickets(co, d, r.random() < 0.7))

    # --- 运行保障科: 指标, 可用性, 值班日志 by month, 月报, 故障分析
    slot("kpi_list", lambda d: YB + "可用性管理/信息系统可用性指标表（%d）.xlsx" % d.year, lambda d: kpi_list(co, d))
    slot("avail_plan", lambda d: YB + "可用性管理/%d年航班生产信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))
    for m in sorted(r.sample(range(5, 12), r.choice([2, 3]))):
        d = date(2026, m, 3 + r.randint(0, 6))
        add(YB + "运行质量月报/%d年/%d年%d月信息系统运行质量月报.%s" % (d.year, d.year, m - 1, ext("pdf", "docx")),
            month_report(co, d, r.random() < 0.6, r.random() < 0.55))
    resp = r.random() < 0.7
    for m in sorted(r.sample(range(5, 11), r.choice([2, 3]))):
        d = date(2026, m, 25)
        add(YB + "值班日志/%s/值班日志（%d年%d月）.xlsx" % (month_dir(co, d), d.year, m), duty_log(co, d, resp))
    d = date(2026, 11, 1)
    add(YB + "值班日志/%s/交接班记录.xlsx" % month_dir(co, d), shift_record(co, d))
    slot("fault", lambda d: YB + "故障分析/%s %s故障分析报告.docx" % (iso(d), co.sys(0)), lambda d: fault_report(co, d, r.random() < 0.7))
    slot("automation", lambda d: YB + "数据分析/运维服务数据分析及自动化建议（%d）.docx" % d.year, lambda d: automation(co, d, r.random() < 0.8))
    slot("summary", lambda d: ZB + "工作总结/%s%d年工作总结及%d年工作思路.docx" % (co.dept, d.year, d.year + 1), lambda d: year_summary(co, d, r.random() < 0.85))
    d = co.fresh()
    add(YB + "航班保障/%s 重要保障任务信息系统值守方案.docx" % iso(d), flight_duty(co, d))

    # --- 系统运维科: 变更, 不停航施工, CMDB, 台账, 知识库, 安全设备
    d = co.fresh()
    add(XT + "变更管理/%d年/变更登记台账.xlsx" % d.year, change_book(co, d))
    slot("cutover", lambda d: XT + "变更管理/不停航施工方案/%s %s升级不停航施工方案.docx" % (iso(d), co.sys(1)), lambda d: cutover(co, d), "issued")
    d = co.fresh()
    add(XT + "变更管理/不停航施工方案/航站楼弱电改造不停航施工安全协议.pdf", site_agreement(co, d))
    slot("compat", lambda d: XT + "信创/信创替代兼容性验证报告_%s.pdf" % ymd(d), lambda d: compat(co, d))
    slot("assets", lambda d: XT + "台账/信息资产台账（%s）.xlsx" % iso(d), lambda d: assets(co, d))
    relc = r.random() < 0.7
    slot("cmdb", lambda d: XT + "配置管理/CMDB导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci_changes", lambda d: XT + "配置管理/配置项变更记录（%d年）.xlsx" % d.year, lambda d: ci_changes(co, d))
    slot("baseline", lambda d: XT + "配置管理/信息系统安全配置基线（%d版）.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    slot("kb", lambda d: XT + "知识库/运维知识库条目清单_%s.xlsx" % ymd(d), lambda d: kb(co, d))
    cats = [k for k in ("maint", "insp", "virus", "fault", "upgrade") if r.random() < 0.88] or ["insp"]
    d = co.fresh()
    add(WA + "安全设备/%d年/安全设备维护保养记录.xlsx" % d.year, device_log(co, d, cats, r.random() < 0.6))

    # --- 网络安全科: 态势, 审计, 通报, 渗透, 等保, 应急
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.9]
    for i in range(r.randint(1, 2)):
        slot("sitrep", lambda d: uniq(WA + "态势日报/%s/网络安全态势信息日报_%s.%s" % (month_dir(co, d), ymd(d), ext("docx", "txt"))),
             lambda d: sitrep(co, d, which))
    for i in range(r.randint(1, 2)):
        slot("sec_audit", lambda d: uniq(WA + "安全审计/%s/%d年%d月网络安全审计报告.%s" % (month_dir(co, d), d.year, d.month, ext("docx", "pdf"))),
             lambda d: sec_audit(co, d))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 3 + i
        name = WA + "预警通报/%d年/网络安全预警通报（第%d期）.%s" % (d.year, n, ext("pdf", "docx"))
        if name not in co.used:
            add(name, warning(co, d, n, r.random() < 0.7))
    slot("pentest_plan", lambda d: WA + "渗透测试/%d年渗透测试工作计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: WA + "渗透测试/%s %s渗透测试报告.pdf" % (iso(d), co.sys(1)), lambda d: pentest_report(co, d))
    slot("dev_plan", lambda d: WA + "工具开发/%d年网络安全工具自主开发计划.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("grading", lambda d: WA + "等级保护/%s网络安全等级保护定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("grading_rule", lambda d: WA + "等级保护/%s 网络安全等级保护定级管理规定.docx" % code(co, "GD", 14), lambda d: grading_rule(co, d), "issued")
    d = co.issued()
    add(WA + "应急管理/%s 网络安全事件应急处置预案（B版）.pdf" % code(co, "YA", 1), emergency_plan(co, d, r.random() < 0.85))
    slot("recovery", lambda d: WA + "应急管理/%s 航班生产信息系统恢复预案.docx" % code(co, "YA", 2), lambda d: recovery_plan(co, d), "issued")
    slot("bcp", lambda d: ZB + "业务连续性/航班生产信息系统业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: WA + "应急管理/演练记录/%s %s灾备切换演练记录.docx" % (iso(d), co.sys(0)), lambda d: drill(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        kind = r.choice(["table", "live"])
        t = "网络安全事件桌面推演记录" if kind == "table" else "网络安全应急救援演练记录"
        add(WA + "应急管理/演练记录/%s %s.%s" % (iso(d), t, ext("docx", "pdf")), drill(co, d, kind))

    # --- 安全管理体系SMS and 综合办公室: 形势分析会, 隐患, 考核, 改进, 审核, 评审
    for m in sorted(r.sample(range(4, 12), r.choice([2, 3]))):
        d = date(2026, m, 5 + r.randint(0, 8))
        add(SMS + "安全形势分析会/%d年/%d年%d月安全形势分析会会议纪要.%s" % (d.year, d.year, m - 1, ext("docx", "pdf")),
            safety_minutes(co, d, r.random() < 0.75, r.random() < 0.45))
    verified = r.random() < 0.6
    slot("hazards", lambda d: SMS + "风险管理/SMS隐患排查治理台账（%d年）.xlsx" % d.year, lambda d: hazard_ledger(co, d, verified))
    capa = r.random() < 0.8
    slot("kpi_check", lambda d: ZB + "质量考核/%d年第%d季度服务质量考核及纠正预防措施.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: kpi_check(co, d, capa))
    slot("improve_plan", lambda d: ZB + "持续改进/%d年运维保障服务持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    sc, tr = r.random() < 0.75, r.random() < 0.8
    slot("improve_track", lambda d: ZB + "持续改进/改进项目跟踪表（%s）.xlsx" % iso(d), lambda d: improve_track(co, d, sc, tr))
    slot("awareness", lambda d: ZB + "培训/%d年/%s 服务品质提升专题培训记录.xlsx" % (d.year, ymd(d)), lambda d: awareness(co, d))
    slot("audit", lambda d: ZB + "内部审核/%d年内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.93]
    opps = r.random() < 0.5
    slot("review", lambda d: ZB + "管理评审/%d年度管理评审会议纪要.docx" % d.year, lambda d: review_minutes(co, d, inputs, opps))

    # --- last year's copies moved to 归档/<year>/ by the yearly 归档: they belong, but are stale
    for name, factory, when in list(made):
        if r.random() < 0.25:
            before = when - timedelta(days=366)
            rel = "归档/%d年/%s" % (before.year, name(before))
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    KH = "对外保障服务/%s/" % co.cust
    add = Share(co).add

    # 空白表 and templates
    add(XT + "变更管理/变更申请单（空白表）.xlsx", blank_sheet("信息系统变更申请单", co.fresh(), ["变更单号", "变更内容", "影响范围", "风险评估", "测试情况", "回退方案", "审批"]))
    add(YB + "值班日志/值班日志（空白表）.xlsx", blank_sheet("值班日志", co.fresh(), ["日期", "时间", "类别", "系统/设备", "情况记录", "处理结果", "值班员"]))
    add(SMS + "安全信息报告/安全信息报告表（空白）.docx", blank_text("安全信息报告表", co.fresh(), ["报告人", "事件经过", "原因初判", "已采取措施"]))
    add(KH + "02 协议/服务级别协议（范本）.docx", blank_text("信息运维保障服务级别协议（范本）", co.fresh(), ["服务范围", "运维方式", "服务级别和核心指标", "签署"]))
    add(KH + "04 健康检查/健康检查报告（模板）.docx", blank_text("健康检查报告（模板）", co.fresh(), ["检查方式与范围", "检查结果", "建议"]))
    add(KH + "05 服务品质测评/信息服务品质测评表（空白）.docx", blank_text("信息服务品质测评表", co.fresh(), ["故障响应速度", "问题解决能力", "服务态度", "意见建议"]))
    add(WA + "应急管理/演练记录/应急演练记录表（模板）.xlsx", blank_sheet("应急演练记录表", co.fresh(), ["演练时间", "演练科目", "参演人员", "过程记录", "评估"]))
    # drafts
    d = co.fresh()
    add(ZB + "业务连续性/航班生产信息系统业务连续性计划（征求意见稿）.docx", decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(KH + "02 协议/服务级别协议_修订稿（未签）.docx", decoy(sla(co, d, True, True, True), "draft", mark="（修订稿，未签署）"))
    d = co.fresh()
    add(ZB + "持续改进/%d年运维保障服务持续改进计划（送审稿）.docx" % (d.year + 1), decoy(improve_plan(co, d, True), "draft", mark="（送审稿）"))
    # 作废 versions
    d = date(2022, 6, 14)
    add(ZB + "体系文件/作废文件/%s 信息系统问题管理程序（A-0版）作废.docx" % code(co, "CX", 3), decoy(proc_doc(co, d, "problem", "A/0"), "obsolete", mark="（作废）"))
    d = date(2021, 11, 8)
    add(WA + "应急管理/作废/网络安全事件应急处置预案（A版，已作废）.pdf", decoy(emergency_plan(co, d, True), "obsolete", mark="（已作废）"))
    # recycle bins: the NAS's .recycle and a Windows bin
    d = co.fresh()
    add(".recycle/运行保障科/值班日志（%d年%d月）.xlsx" % (d.year, d.month), decoy(duty_log(co, d, True), "recycle bin"))
    d = co.fresh()
    add(".recycle/网络安全科/%s 网络安全应急救援演练记录.docx" % iso(d), decoy(drill(co, d, "live"), "recycle bin"))
    d = co.fresh()
    add("$RECYCLE.BIN/S-1-5-21-2231/%d年%d月网络安全审计报告.docx" % (d.year, d.month), decoy(sec_audit(co, d), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[5:80:15]:
        folder, _, base = rel.rpartition("/")
        co.raw("%s/~$%s" % (folder, base[2:] if len(base) > 7 else base), lock_bytes(co.p(1)), "Office lock file")
    co.raw(YB + "值班日志/%s/值班日志（2026年11月）.xlsx" % month_dir(co, date(2026, 11, 20)), b"", "empty file")
    co.raw(WA + "应急管理/演练记录/2026-11-18 网络安全事件桌面推演记录.docx", b"", "empty file")
    co.raw(KH + "05 服务品质测评/2026年下半年信息服务品质测评报告.docx", b"", "empty file")
    # study records about plans, documents that cite others, notices, near misses
    for plan in ("网络安全事件应急处置预案", "信息系统变更及不停航施工管理程序", "航班生产信息系统恢复预案"):
        if r.random() < 0.8:
            d = co.fresh()
            add(ZB + "培训/学习记录/%s《%s》宣贯学习签到表.xlsx" % (ymd(d), plan), study(co, d, plan))
    cites = [N_PROC[k][0] for k in ("fault", "request", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    add(ZB + "体系文件/受控文件清单（2026）.xlsx", cite_list(co, co.fresh(), cites))
    add(ZB + "体系文件/%s 文件控制程序.docx" % code(co, "CX", 20), doc_control(co, co.issued(), cites))
    add(ZB + "体系文件/%s 管理评审程序.pdf" % code(co, "CX", 21), review_rule(co, co.issued()))
    d = co.fresh()
    add(ZB + "管理评审/关于召开%d年度管理评审会的通知.docx" % d.year, review_notice(co, d))
    d = co.fresh()
    add(WA + "应急管理/网络安全应急救援演练方案（%d）.docx" % d.year, drill_scheme(co, d))
    d = co.fresh()
    add(ZB + "人事/%d年员工绩效考核表.xlsx" % d.year, appraisal(co, d))
    # unrelated department files
    for i in sorted(r.sample(range(len(UNRELATED_N)), 4)):
        folder, t, paras = UNRELATED_N[i]
        d = co.fresh()
        t = t % d.year
        add("%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated"))
