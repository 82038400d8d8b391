# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_g.py - style G: the 信息科技部 of a city commercial bank (城市商业银行).

A fifth author voice for the accuracy corpus, used only by the G shares.  The bank's
信息科技部 runs the bank's production systems and, as 科技输出, the systems of a 村镇银行 it
sponsored (the "customer" of the form); outsourced staff come from an 外包服务商.  It writes
the way a regulated bank does: 办法 issued by the bank under a 行内 number (锦银发〔2025〕12号),
细则 and 指引 issued by the department (科技部〔2026〕8号), each article 第N条 after a 制度要素
block (制度编号, 制度层级, 归口部门); records are 登记簿, 台账 and 报表 kept per year;
quarterly reports go to the board's 科技委员会, the 信息科技管理委员会 meets and minutes.  Its
vocabulary is the regulator's: 信息科技风险管理, 生产事件 (特别重大/重大/较大/一般), 生产变更
and 变更窗口, 问题单, 外包管理, 业务连续性管理 (BCM, 业务影响分析, 应急演练), 重要信息系统,
监管报送, 科技风险评估, 内控合规检查.  Written from the form, not from kinds*.py or the
rule pack.

What a builder below returns (a kinds.Doc) lists as items only what its own text proves: the
optional sections are written, and their items counted, together; a workbook sheet without a
data row counts for nothing.  build(co, lock_bytes) places the whole share, decoys too.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ledger

# the bank's 文号 prefix, the department, the board committee, the ITSM platform, the regulator
G_INFO = {
    "g1": ("锦银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局嘉兴监管分局"),
    "g2": ("沂银发", "信息科技部", "董事会科技与数字化委员会", "科技运维一体化平台", "国家金融监督管理总局临沂监管分局"),
    "g3": ("凤银发", "信息科技部", "董事会科技委员会", "运维管理平台（ITSM）", "国家金融监督管理总局丹东监管分局"),
    "g4": ("岷银发", "信息科技部", "董事会信息科技委员会", "智能运维平台", "国家金融监督管理总局乐山监管分局"),
    "g5": ("瓯银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局温州监管分局"),
    "g6": ("汉银发", "信息科技部", "董事会科技与数字化委员会", "运维管理平台（ITSM）", "国家金融监督管理总局襄阳监管分局"),
    "g7": ("嵩银发", "金融科技部", "董事会科技委员会", "科技运维一体化平台", "国家金融监督管理总局洛阳监管分局"),
    "g8": ("雪银发", "信息科技部", "董事会信息科技委员会", "智能运维平台", "国家金融监督管理总局邵阳监管分局"),
    "g9": ("钱银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局杭州监管分局"),
    "g10": ("漓银发", "信息科技部", "董事会科技与数字化委员会", "运维管理平台（ITSM）", "国家金融监督管理总局桂林监管分局"),
    "g11": ("泰银发", "金融科技部", "董事会科技委员会", "科技运维一体化平台", "国家金融监督管理总局泰安监管分局"),
    "g12": ("赣银发", "信息科技部", "董事会信息科技委员会", "智能运维平台", "国家金融监督管理总局赣州监管分局"),
    "g13": ("松银发", "信息科技部", "董事会科技委员会", "IT服务管理平台", "国家金融监督管理总局哈尔滨监管分局"),
    "g14": ("洞银发", "信息科技部", "董事会科技与数字化委员会", "运维管理平台（ITSM）", "国家金融监督管理总局岳阳监管分局"),
    "g15": ("邢银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局邢台监管分局"),
    "g16": ("邯银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局邯郸监管分局"),
    "g17": ("承银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局承德监管分局"),
    "g18": ("廊银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局廊坊监管分局"),
    "g19": ("大银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局大同监管分局"),
    "g20": ("朔银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局朔州监管分局"),
    "g21": ("忻银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局忻州监管分局"),
    "g22": ("晋银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局晋中监管分局"),
    "g23": ("阜银发", "信息科技部", "董事会科技与数字化委员会", "科技运维一体化平台", "国家金融监督管理总局阜新监管分局"),
    "g24": ("辽银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局辽阳监管分局"),
    "g25": ("盘银发", "信息科技部", "董事会信息科技委员会", "科技运维一体化平台", "国家金融监督管理总局盘锦监管分局"),
    "g26": ("铁银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局铁岭监管分局"),
    "g27": ("朝银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局朝阳监管分局"),
    "g28": ("葫银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局葫芦岛监管分局"),
    "g29": ("丹银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局丹东监管分局"),
    "g30": ("本银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局本溪监管分局"),
    "g31": ("抚银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局抚顺监管分局"),
    "g32": ("鞍银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局鞍山监管分局"),
    "g33": ("滁银发", "信息科技部", "董事会科技与数字化委员会", "科技运维一体化平台", "国家金融监督管理总局滁州监管分局"),
    "g34": ("阜银发", "信息科技部", "董事会信息科技委员会", "科技运维一体化平台", "国家金融监督管理总局阜阳监管分局"),
    "g35": ("宿银发", "信息科技部", "董事会信息科技委员会", "科技运维一体化平台", "国家金融监督管理总局宿州监管分局"),
    "g36": ("六银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局六安监管分局"),
    "g37": ("亳银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局亳州监管分局"),
    "g38": ("池银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局池州监管分局"),
    "g39": ("宣银发", "信息科技部", "董事会信息科技委员会", "科技运维一体化平台", "国家金融监督管理总局宣城监管分局"),
    "g40": ("莆银发", "信息科技部", "董事会科技与数字化委员会", "科技运维一体化平台", "国家金融监督管理总局莆田监管分局"),
    "g41": ("泉银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局泉州监管分局"),
    "g42": ("漳银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局漳州监管分局"),
    "g43": ("景银发", "信息科技部", "董事会信息科技委员会", "科技运维一体化平台", "国家金融监督管理总局景德镇监管分局"),
    "g44": ("九银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局九江监管分局"),
    "g45": ("赣银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局赣州监管分局"),
    "g46": ("上银发", "信息科技部", "董事会科技与数字化委员会", "科技运维一体化平台", "国家金融监督管理总局上饶监管分局"),
    "g47": ("株银发", "信息科技部", "董事会科技与数字化委员会", "科技运维一体化平台", "国家金融监督管理总局株洲监管分局"),
    "g48": ("张银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局张家口监管分局"),
    "g49": ("秦银发", "信息科技部", "董事会科技与数字化委员会", "科技运维一体化平台", "国家金融监督管理总局秦皇岛监管分局"),
    "g50": ("唐银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局唐山监管分局"),
    "g51": ("太银发", "信息科技部", "董事会信息科技委员会", "科技运维一体化平台", "国家金融监督管理总局太原监管分局"),
    "g52": ("临银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局临汾监管分局"),
    "g53": ("包银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局包头监管分局"),
    "g54": ("乌银发", "信息科技部", "董事会信息科技委员会", "科技运维一体化平台", "国家金融监督管理总局乌兰察布监管分局"),
    "g55": ("吉银发", "信息科技部", "董事会科技与数字化委员会", "科技运维一体化平台", "国家金融监督管理总局吉林监管分局"),
    "g56": ("通银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局通化监管分局"),
    "g57": ("白银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局白城监管分局"),
    "g58": ("锦银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局锦州监管分局"),
    "g59": ("营银发", "信息科技部", "董事会信息科技委员会", "科技运维一体化平台", "国家金融监督管理总局营口监管分局"),
    "g60": ("阜银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局阜新监管分局"),
    "g61": ("辽银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局辽阳监管分局"),
    "g62": ("盘银发", "信息科技部", "董事会科技与数字化委员会", "IT服务管理平台", "国家金融监督管理总局盘锦监管分局"),
    "g63": ("铁银发", "信息科技部", "董事会信息科技委员会", "科技运维一体化平台", "国家金融监督管理总局铁岭监管分局"),
    "g64": ("朝银发", "信息科技部", "董事会信息科技委员会", "科技运维一体化平台", "国家金融监督管理总局朝阳监管分局"),
    "g65": ("葫银发", "信息科技部", "董事会信息科技委员会", "科技运维一体化平台", "国家金融监督管理总局葫芦岛监管分局"),
    "g66": ("丹银发", "信息科技部", "董事会信息科技委员会", "IT服务管理平台", "国家金融监督管理总局丹东监管分局"),
    "g67": ("本银发", "信息科技部", "董事会科技与数字化委员会", "科技运维一体化平台", "国家金融监督管理总局本溪监管分局"),
    "g68": ("抚银发", "信息科技部", "董事会信息科技委员会", "科技运维一体化平台", "国家金融监督管理总局抚顺监管分局"),
}

HAN = "〇一二三四五六七八九"


def han(n):
    """1..99 as 第十二条 wants it."""
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def bank_no(co, d, n):
    return "%s〔%d〕%d号" % (co.gabbr, d.year, n)


def dept_no(co, d, n):
    return "科技部〔%d〕%d号" % (d.year, n)


def quarter(d):
    return (d.month - 1) // 3 + 1


def elements(co, d, level, no):
    """制度要素: what opens every 办法/细则/指引 of the bank."""
    return [("p", co.name), ("table", [["制度编号", "%s-KJ-%d-%03d" % (co.short, d.year, int(no.split("〕")[1].rstrip("号")))],
                                       ["制度层级", {"办法": "二级制度（办法）", "细则": "三级制度（细则）", "指引": "三级制度（操作指引）"}[level]],
                                       ["归口部门", "总行" + co.gdept], ["发文字号", no], ["施行日期", cnd(d + timedelta(days=7))]])]


def articles(paras, start=1):
    return [("p", "第%s条　%s" % (han(i), p)) for i, p in enumerate(paras, start)]


def platform_export(kind, title, d, co, sheets):
    """An export of the ITSM platform: the platform's export line, the header, the rows."""
    out, items = [], []
    for name, head, rows, its in sheets:
        out.append((name, [["%s 数据导出　导出人：%s　导出时间：%s %02d:%02d　记录数：%d" % (
            co.itsm, co.p(3), iso(d), 9 + co.rng.randint(0, 8), co.rng.randint(0, 59), len(rows))], head] + [list(r) for r in rows]))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), True, sheets=out)


# ------------------------------------------------------------------ 办法 / 细则 / 指引

# key -> (title without the bank's name, level, issued by the bank?, items, articles)
G_RULES = {
    "secinc": ("网络安全事件管理办法", "办法", True,
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        "为规范本行网络安全事件的发现、报告、处置和总结，依据监管部门关于银行业网络安全事件报告的要求，制定本办法。",
        "网络安全事件按性质分为有害程序、网络攻击、信息破坏、数据泄露、设备设施故障和其他事件六类；按影响分为特别重大、重大、较大、一般四级。",
        "任何部门和员工发现网络安全事件，应立即报告信息科技部安全管理岗；安全管理岗初判级别后，一般事件2小时内、较大及以上事件30分钟内报告分管行领导。",
        "重大及以上事件由信息科技部在规定时限内向监管部门首报，处置过程中续报，处置完毕后5个工作日内终报。",
        "事件处置按照研判、遏制、根除、恢复的步骤进行，处置记录在IT服务管理平台事件单中逐项填写。",
        "事件达到《重要信息系统突发事件应急预案》启动条件的，由应急领导小组决定启动应急响应，按预案组织处置和恢复。",
        "事件处置结束后，信息科技部组织事后分析，查明原因，评估损失，提出整改措施并跟踪至整改完成，较大及以上事件形成分析报告。"]),
    "prodinc": ("生产事件管理办法", "办法", True, ["49/incident-procedure"], [
        "本办法所称生产事件，是指造成或可能造成信息系统服务中断、性能下降或数据错误的事件。",
        "生产事件按影响范围和持续时间分为特别重大、重大、较大、一般四级，定级标准见附表。",
        "生产事件经监控告警、服务台受理或业务部门报告发现，值班人员应立即在IT服务管理平台登记事件单，并按级别通知相关人员。",
        "处理人应以尽快恢复服务为首要目标，超出处理时限的事件按规定逐级升级；需外包服务商支持的，由项目经理通知其到场。",
        "服务恢复后，处理人填写处理过程与原因，经报告人确认后关闭事件单；原因未明或重复发生的，转问题管理。",
        "信息科技部每月统计生产事件，登记入生产事件登记簿，按季度纳入信息科技风险报告。"]),
    "request": ("信息科技服务请求管理细则", "细则", False, ["49/request-procedure"], [
        "服务请求是指用户提出的账号权限、设备领用、软件安装、数据提取、网络策略开通等标准服务需求。",
        "用户通过IT服务热线或IT服务管理平台提交请求，服务台登记后按服务目录分派。",
        "涉及数据提取和权限变更的请求，须经用户部门负责人和信息科技部相关岗位审批后方可实施。",
        "实施人完成后在平台记录实施结果，用户确认后关闭；服务台每月统计请求量和平均完成时长。"]),
    "problem": ("信息科技问题管理办法", "办法", True, ["20/procedure", "37/procedure"], [
        "问题是指导致一个或多个生产事件发生、其根本原因尚未查明的潜在原因。",
        "重大及以上生产事件、一个月内重复发生三次的同类事件、巡检和风险评估发现的隐患，应开立问题单。",
        "问题单明确问题负责人、根因分析时限和整改时限；负责人应在10个工作日内完成根因分析，提出临时解决方案和永久解决方案。",
        "永久解决方案需要变更生产环境的，按生产变更管理办法提交变更申请。",
        "已知错误及其临时解决方案录入知识库；问题解决并经观察期无复发后，由信息科技部负责人审批关闭问题单。",
        "问题单的开立、处理和关闭情况每季度报告信息科技管理委员会。"]),
    "change": ("生产变更管理办法", "办法", True, ["54/procedure"], [
        "生产变更分为标准变更、一般变更、重大变更和紧急变更。",
        "变更申请人应在IT服务管理平台提交变更申请，写明变更内容、影响分析、实施步骤、验证方案和回退方案。",
        "一般变更由信息科技部负责人审批；重大变更提交变更评审会评审，必要时报分管行领导审批。",
        "生产变更原则上在每周二、周四22:00至次日2:00的变更窗口实施；窗口外实施的须按紧急变更审批。",
        "变更实施双人操作、全程记录；验证不通过的，立即执行回退方案。",
        "变更完成后更新配置管理库，关闭变更单；失败变更纳入季度复盘。"]),
    "knowledge": ("信息科技知识管理细则", "细则", False, ["21/procedure"], [
        "知识包括生产事件和问题的处理经验、已知错误、操作手册、厂商技术资料。",
        "事件单和问题单关闭时，处理人判断是否形成知识条目；知识条目由条线负责人审核后在知识库发布。",
        "知识库每半年清理一次，过期条目下线；知识贡献情况纳入员工年度考核。"]),
    "slm": ("科技服务级别管理细则", "细则", False, ["39/slm-procedure"], [
        "信息科技部对行内业务部门和科技输出的村镇银行提供服务，服务级别以服务级别协议约定。",
        "服务级别协议签订前，应与服务对象确认服务范围、服务时间、服务指标和报告方式；与外包服务商签订的合同中约定相应的服务水平。",
        "信息科技部每月统计服务级别达成情况，未达成的分析原因并制定改进措施。",
        "服务级别协议每年评审一次，根据业务变化修订。"]),
    "audit": ("信息科技内部审核管理细则", "细则", False, ["61/audit-system", "62/audit-mechanism"], [
        "信息科技部每年至少组织一次内部审核，覆盖运维服务管理体系的全部过程。",
        "内审员须经培训取得资格，不得审核本人所在岗位的工作。",
        "内部审核按审核计划、审核实施、不符合项报告、纠正措施、跟踪验证的步骤进行。",
        "审核结果提交信息科技管理委员会，作为管理评审的输入。"]),
    "monitor": ("科技服务质量监测与报告细则", "细则", False, ["61/monitoring-process", "62/monitoring-process"], [
        "监测对象包括服务级别达成情况、重要信息系统可用率、生产事件、服务满意度与投诉、运维关键指标。",
        "运维监控岗每日采集监测数据，信息科技部每月汇总分析，每季度形成信息科技风险报告报科技委员会。",
        "监测指标连续两个月未达目标的，开具整改通知单，责任岗位制定纠正措施。"]),
    "improve": ("信息科技持续改进管理细则", "细则", False, ["65/procedure"], [
        "改进事项来源于内部审核、管理评审、监管检查、内控合规检查、客户意见、生产事件复盘和服务监测。",
        "改进事项登记在改进事项台账，按评估标准打分排序，经信息科技部负责人批准后立项。",
        "立项的改进事项明确目标、负责人和完成时间；完成后测量实际效果，按季度向信息科技管理委员会报告。"]),
    "preventive": ("信息科技风险隐患排查及预防措施管理细则", "细则", False, ["66/preventive-actions"], [
        "信息科技部结合科技风险评估、巡检、趋势分析和同业事件通报，每季度开展一次风险隐患排查。",
        "对可能导致不符合或生产事件的潜在原因，制定预防措施，明确责任人和完成期限，报部门负责人审批。",
        "预防措施完成后一个月内，由风险管理岗验证其有效性，记录在整改及预防措施单中。"]),
    "training": ("信息科技培训管理细则", "细则", False, ["31/training-process"], [
        "每年初调查各岗位和服务对象的培训需求，编制年度培训计划。",
        "培训课件由条线负责人审核；培训实行签到和考试，线上课程在行内学习平台开展。",
        "每次培训后收集反馈，评估培训效果，培训资料归档保存三年。"]),
    "pentest": ("渗透测试工作指引", "指引", False, ["31/pentest-process"], [
        "渗透测试前应取得系统主管部门的书面授权，明确测试范围、时间和禁止事项。",
        "测试按信息收集、漏洞发现、漏洞验证、报告编写的步骤实施，测试过程全程录屏。",
        "高危漏洞当日通报系统负责人，整改后复测闭环；禁止进行拒绝服务测试和修改生产数据。"]),
}


def basic_articles(co):
    """信息科技运维管理基本办法: how the department plans, runs, checks and improves."""
    return ["本行信息科技运维服务按照策划、实施、监视与评审、持续改进的闭环进行管理。",
            "策划：每年初根据本行信息科技规划确定运维目标、服务目录和年度重点工作，报信息科技管理委员会审议。",
            "实施：按照本行生产事件、问题、变更、服务级别等各项制度开展运维服务。",
            "监视与评审：通过季度信息科技风险报告、内部审核和管理评审检查目标的达成。",
            "持续改进：对评审发现的问题和改进机会立项改进，纳入次年工作计划。",
            "运维服务管理体系每年接受认证机构的监督审核。"]


def rule_doc(co, d, key, n, cites=()):
    title, level, by_bank, items, paras = G_RULES[key]
    no = bank_no(co, d, n) if by_bank else dept_no(co, d, n)
    paras = list(paras)
    if cites:
        paras.append("本%s未尽事宜，按照%s执行。" % (level, "、".join("《%s》" % c for c in cites)))
    paras.append("本%s由总行%s负责解释和修订，自印发之日起施行。" % (level, co.gdept))
    b = elements(co, d, level, no) + [("title", co.bank + title)] + articles(paras)
    return Doc("proc:" + key, co.bank + title, d, items, False, b)


def basic_rule(co, d, n):
    no = bank_no(co, d, n)
    b = elements(co, d, "办法", no) + [("title", co.bank + "信息科技运维管理基本办法")] + articles(
        basic_articles(co) + ["本办法由总行%s负责解释，自印发之日起施行。" % co.gdept])
    return Doc("pdca", co.bank + "信息科技运维管理基本办法", d, ["10/pdca", "61/audit-system"], False, b)


def compendium(co, d, keys, with_basic):
    """信息科技制度汇编: one part per 办法/细则 it holds; it proves each of them, and the
    PDCA model only when the 基本办法 is among them."""
    b = [("p", co.name), ("title", "信息科技制度汇编（%d年版）" % d.year), ("p", "编印：总行%s　%s" % (co.gdept, cnd(d))),
         ("p", "本汇编收录经本行审批发布、现行有效的信息科技制度，供全行学习执行。"), ("p", "目　录")]
    parts = ([("信息科技运维管理基本办法", ["10/pdca", "61/audit-system"], basic_articles(co))] if with_basic else []) + \
        [(G_RULES[k][0], G_RULES[k][3], G_RULES[k][4]) for k in keys]
    for i, (t, _, _) in enumerate(parts, 1):
        b.append(("p", "%d．%s%s" % (i, co.bank, t)))
    b.append(("break",))
    items = []
    for i, (t, its, paras) in enumerate(parts, 1):
        b.append(("h1", "%d．%s%s" % (i, co.bank, t)))
        b += articles(paras)
        items += its
    return Doc("compendium", "信息科技制度汇编", d, sorted(set(items)), False, b)


GUIDES = {
    "防火墙策略运维": ["核对变更单和审批意见", "登录堡垒机备份当前策略", "按申请增删策略并复核命中", "将配置文件上传配置管理库"],
    "漏洞扫描": ["确认扫描授权与时间窗口", "导入资产范围执行扫描", "复核高中危漏洞并发整改通知", "整改后复扫确认"],
    "数据库备份恢复": ["检查备份作业状态", "每月抽取一个库恢复到演练环境", "校验数据一致性并记录耗时"],
    "机房巡检": ["检查供配电、空调、消防、门禁", "检查网络及安全设备运行指示和告警", "填写巡检表，异常即登记事件单"],
    "安全日志审计": ["检查日志源接入情况", "运行审计策略筛查异常", "可疑行为登记事件单并跟踪"],
}


def guide(co, d, module, n):
    """作业指引: one operations module's steps (a 作业指导书)."""
    no = dept_no(co, d, n)
    steps = GUIDES[module]
    b = elements(co, d, "指引", no) + [("title", "%s作业指引" % module)] + articles(
        ["本指引适用于信息科技部及外包驻场人员开展%s作业。" % module] + ["作业步骤%d：%s。" % (i, s) for i, s in enumerate(steps, 1)] +
        ["作业完成后在IT服务管理平台填写作业记录。"])
    return Doc("work_instruction", "%s作业指引" % module, d, ["24/work-instructions", "11/manuals"], False, b)


# ------------------------------------------------------------------ 科技输出 (the 村镇银行)

def survey(co, d, hours=True, types=True):
    parts = [("一、调研概况", "%d年%d月，总行%s会同科技输出项目组赴%s，与其综合部负责人%s及业务条线座谈，查阅其系统现状和发展规划。" % (
        d.year, d.month, co.gdept, co.customer, co.cp(0)), [])]
    if hours:
        parts.append(("二、服务时间要求", [("table", [["系统", "服务时间", "特殊时段", "现场支持"],
                                                 [co.sys(0), "7×24小时", "年终决算、季末结息专人保障", "2小时到场"],
                                                 [co.sys(1), "7×24小时", "节假日远程值守", "4小时到场"],
                                                 ["办公及管理类系统", "工作日8:30-17:30", "无", "次工作日"]]),
                                      "%s要求营业时间内核心类系统不得中断，日终批处理时段须有人值守。" % co.customer], ["1/survey"]))
    if types:
        parts.append(("三、安全服务需求", ["%s提出的信息安全服务需求按类型归为：网络及安全设备代运维、安全监测与事件响应、漏洞扫描与渗透测试、"
                                        "等级保护测评配合、员工安全意识培训。" % co.customer,
                                        ("table", [["类型", "需求内容", "优先级"], ["代运维", "防火墙、入侵防御、防病毒网关维护", "高"],
                                                   ["监测响应", "7×24安全监测与应急响应", "高"], ["评估测试", "季度漏洞扫描、年度渗透测试", "中"],
                                                   ["合规培训", "等保测评配合、全员培训", "中"]])], ["5/survey"]))
    parts.append(("四、调研结论", "调研结果经%s确认，作为科技输出服务协议和服务方案的依据。" % co.customer, []))
    return nar("survey", "%s科技输出服务需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    rows = [[1, "核心及渠道系统代运维", "驻场工程师1名", 240, 1100, 264000, "%d年1月起" % d.year],
            [2, "网络及安全设备代运维", "外包服务商工程师1名", 120, 1000, 120000, "%d年1月起" % d.year],
            [3, "季度巡检及健康检查", "系统工程师2名", 24, 1500, 36000, "每季度末月"],
            [4, "漏洞扫描与渗透测试", "安全工程师", 18, 2000, 36000, "%d年6月底前" % d.year],
            [5, "应急保障与演练", "应急小组", 12, 1800, 21600, "按需/年度演练"], ["", "合计", "", 414, "", 477600, ""]]
    return ledger("budget", "科技输出服务费用测算表（%d年度）" % d.year, d, False, [
        ("测算", ["序号", "服务内容", "人员配置", "工作量（人天）", "单价（元/人天）", "费用（元）", "时间节点"], rows, ["2/budget"])])


def startup_minutes(co, d, health=True):
    parts = [(None, ["会议时间：%s　地点：%s三楼会议室" % (cnd(d), co.customer),
                     "参会人员：%s %s、%s；总行%s %s、%s；%s %s" % (co.customer, co.cp(0), co.cp(1), co.gdept, co.p(0), co.p(2), co.vendor, co.vp(0))], []),
             ("一、服务范围与交付方式", ["会议明确科技输出范围为%s及网络安全设备，总行派驻1名工程师，夜间和节假日由总行运维监控中心远程值守，每季度报送服务报告。" % "、".join(co.systems),
                                       "双方对服务范围、人员安排和报告方式无异议，形成一致意见。"], ["3/communication"])]
    if health:
        parts.append(("二、健康检查约定", ["经双方商定：每季度对网络安全设备和%s开展一次健康检查，季末月现场检查，重要时点前增加一次远程检查；"
                                         "检查内容为设备和系统的运行状态、可用性、容量和配置合规，检查后5个工作日内提交检查报告。" % co.sys(0)], ["15/agreement"]))
    parts.append(("三、后续事项", ("table", [["事项", "责任方", "完成时间"], ["签订科技输出服务协议", co.p(0), iso(d + timedelta(days=14))],
                                          ["完成资产台账交接", co.p(3), iso(d + timedelta(days=30))]]), []))
    return nar("communication", "%s科技输出服务启动会会议纪要" % co.customer, d, False, parts)


def history_list(co, d):
    rows = [[i, n, s, "%d年全年" % (d.year - 1), co.rng.randint(60, 8000), co.p(i % 5)] for i, (n, s) in enumerate(
        [("生产事件单", co.itsm), ("服务请求单", co.itsm), ("生产变更单", co.itsm), ("问题单", co.itsm), ("监控告警记录", "集中监控平台"),
         ("安全审计日志", "日志审计系统"), ("服务满意度回访", "服务台")], 1)]
    return ledger("history_list", "历史运维数据清单", d, False, [
        ("清单", ["序号", "数据类别", "数据来源", "时间范围", "记录数", "责任人"], rows, ["4/history-list"])])


def history_analysis(co, d):
    py = d.year - 1
    return nar("history_analysis", "%d年度生产运行数据分析报告" % py, d, False, [
        ("一、运行指标完成情况", "%d年重要信息系统可用率99.96%%，生产事件按时解决率96.8%%，变更成功率98.9%%。" % py, ["4/analysis"]),
        ("二、违规操作", "堡垒机审计发现未经审批操作3次、共用账号1次，已问责并纳入内控合规检查。", []),
        ("三、重大生产事件", "全年发生较大生产事件1起：%s数据库主节点宕机，服务中断38分钟。" % co.sys(0), []),
        ("四、失败变更", "全年生产变更264次，失败3次，均执行回退，主要原因是测试环境与生产环境配置不一致。", []),
        ("五、建议", "建立变更前环境一致性检查，补齐应用层监控。", [])])


def ops_strategy(co, d):
    return nar("ops_strategy", "%d年生产运行保障策略及实施方案" % d.year, d, False, [
        ("一、编制依据", "依据%d年度生产运行数据分析结论及%s监管意见。" % (d.year - 1, co.reg), []),
        ("二、保障策略", "变更前强制环境一致性检查；重要信息系统应用层监控全覆盖；年终决算等重要时点实行驻场加远程双值守。", ["4/strategy"]),
        ("三、实施安排", ("table", [["措施", "牵头岗位", "完成时间"], ["环境一致性检查工具上线", co.p(3), "一季度"],
                                   ["应用监控接入", co.p(2), "二季度"], ["重要时点保障方案", co.p(0), "每季度"]]), [])])


def avail_kpis(co, d):
    rows = [["整体", "重要信息系统综合可用率", "全部重要信息系统", "≥99.95%", "月"], ["整体", "较大及以上生产事件数", "全部系统", "0起", "季"],
            ["单系统", "%s可用率" % co.sys(0), co.sys(0), "≥99.99%", "月"], ["单系统", "%s单次中断最长时间" % co.sys(1), co.sys(1), "≤30分钟", "次"]]
    return ledger("avail_kpis", "重要信息系统可用性指标清单", d, False, [
        ("指标", ["指标层级", "指标名称", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def service_analysis(co, d, automation=True):
    parts = [("一、已实施解决方案对生产的影响", "回顾上年实施的31项解决方案（参数优化、补丁、扩容、架构调整），3项在变更窗口内造成短时中断，最长4分钟，未形成生产事件。",
              ["7/impact-analysis"])]
    if automation:
        parts += [("二、安全事件处置效率", "上年安全事件89起，平均处置时长3.1小时，其中封禁恶意地址、病毒告警处置等重复性操作占61%。", []),
                  ("三、拟自动化的服务", "建议建设安全编排自动化：恶意地址自动封禁、告警自动建单、巡检报告自动生成。", ["7/automation"])]
    return nar("service_analysis", "运维解决方案生产影响分析报告", d, True, parts)


def sld_ola(co, d, sld=True):
    parts = []
    if sld:
        parts.append(("一、外包服务商服务级别设计", ("table", [["事件级别", "%s响应时限" % co.vendor, "到场时限", "恢复时限"],
                                                        ["重大及以上", "10分钟", "1小时", "2小时"], ["较大", "30分钟", "2小时", "6小时"],
                                                        ["一般", "2小时", "次工作日", "24小时"]]), ["8/sld"]))
    parts.append(("二、内部运营级别协议", ["运维监控中心、系统运维组、网络安全组、应用支持组之间约定：重大及以上事件10分钟内接单、2小时内恢复；较大事件30分钟内接单、6小时内恢复。",
                                        "内部时限与外包服务商的服务级别保持一致，每半年对照复核一次。"], ["8/ola"]))
    return nar("sld_ola", "内部运营级别协议（OLA）及外包服务级别设计", d, False, parts)


def org_notice(co, d, n, outsourced=True):
    rows = [["机构", "职务", "姓名", "所在部门"], ["信息科技管理委员会", "主任", co.boss, "行领导"],
            ["网络安全工作领导小组", "组长", co.p(1), "总行" + co.gdept], ["管理组", "组长", co.p(3), "风险管理岗"],
            ["执行组", "系统运维岗", co.p(4), "总行" + co.gdept]]
    items = ["9/org-chart", "23/org-chart"]
    if outsourced:
        rows.append(["执行组", "驻场运维工程师", co.vp(0), co.vendor])
        items.append("9/outsourcing")
    return nar("org_chart", "关于调整信息科技管理委员会及网络安全工作领导小组成员的通知", d, False, [
        (None, ["各部室、各分支机构：", "根据工作需要，经行长办公会研究，调整本行信息科技管理组织如下：", ("table", rows),
                "信息科技管理委员会负责审议信息科技战略和重大事项；网络安全工作领导小组负责网络安全决策和重大事件指挥；管理组负责制度、检查和考核；执行组负责日常运维和应急处置。"],
         items)], pre=[("p", co.name), ("p", "发文字号：%s" % bank_no(co, d, n))])


def staff_list(co, d):
    rows = [[co.p(i), ["部门负责人", "系统运维岗", "网络安全岗", "应用支持岗", "运维监控岗"][i], "总行" + co.gdept, "本行员工"] for i in range(5)]
    rows += [[co.vp(0), "驻场运维工程师", co.vendor, "外包驻场"], [co.vp(1), "驻场安全工程师", co.vendor, "外包驻场"]]
    return ledger("staff_list", "信息科技部人员及外包驻场人员名册（%d年%d月）" % (d.year, d.month), d, True, [
        ("名册", ["姓名", "岗位", "所属单位", "人员性质"], rows, ["9/staff-list", "9/outsourcing"])])


def roles(co, d):
    rows = [["部门负责人", "科技运维总体负责、重大事件指挥", "领导小组"], ["风险管理岗", "科技风险评估、内控合规检查、内审", "管理组"],
            ["运维监控岗", "7×24监控、事件登记与派单", "执行组"], ["系统运维岗", "主机、数据库、中间件运维", "执行组"],
            ["网络安全岗", "网络与安全设备运维、安全事件处置", "执行组"], ["驻场运维工程师", "设备维护与巡检", "执行组"]]
    return ledger("role_list", "科技运维岗位职责清单", d, False, [("岗位", ["岗位", "职责", "所属组织"], rows, ["18/roles", "23/roles"])])


def interface_notice(co, d, n):
    return nar("interface_person", "关于指定网络安全管理接口人的通知", d, False, [
        (None, ["各部室：", "指定总行%s %s为本行网络安全管理接口人，负责与监管部门、公安网安部门、%s及外包服务商的网络安全工作对接、事件报告和检查配合；%s为其备岗。" % (
            co.gdept, co.p(3), co.customer, co.p(1)), "总行%s　%s" % (co.gdept, cnd(d))], ["28/interface-person"])],
        pre=[("p", "发文字号：%s" % dept_no(co, d, n))])


def desk_notice(co, d, n):
    return nar("service_desk", "关于设立信息科技服务台的通知", d, False, [
        (None, ["为统一受理全行及%s的信息科技服务需求，设立信息科技服务台（IT服务热线8%03d），7×24小时受理故障报告、服务请求和咨询投诉。" % (co.customer, co.rng.randint(100, 999)),
                "服务台由运维监控岗%s、%s轮值，实行首问负责，受理后统一在%s登记派单。" % (co.p(4), co.p(5), co.itsm)], ["48/service-desk"])],
        pre=[("p", "发文字号：%s" % dept_no(co, d, n))])


def desk_training(co, d):
    rows = [[co.p(i % 2 + 4), c, iso(d), "行内学习平台", s] for i, (c, s) in enumerate(
        [("服务台受理规范", 92), ("生产事件分级与升级", 89), ("%s操作" % co.itsm, 96), ("客户沟通与投诉处理", 90)])]
    return ledger("desk_training", "服务台人员培训登记表", d, True, [("培训", ["姓名", "培训内容", "培训日期", "培训方式", "考核成绩"], rows, ["48/training"])])


def catalog(co, d, parts):
    secs = {"basic": (["12/catalog"], [("初始服务", "资产梳理、配置管理库建立、制度流程导入"), ("安全设备运维", "防火墙、入侵防御、防病毒网关维护"),
                                       ("日常巡检", "机房及网络安全设备日巡检"), ("健康检查", "季度健康检查"), ("安全事件审计", "日志审计与分析")]),
            "level2": (["19/catalog"], [("运维监控与分析", "7×24集中监控、月度趋势分析"), ("终端安全监控", "终端防病毒与准入监控"),
                                        ("等级保护合规性运维", "等保测评配合与整改跟踪")]),
            "level1": (["26/catalog"], [("安全通告及漏洞分析", "漏洞、病毒、厂商通告及影响分析"), ("应急响应", "7×24应急响应，重大事件1小时到场")])}
    rows, items = [["序号", "服务名称", "服务内容", "服务级别"]], ["29/catalog"]
    for p in parts:
        its, entries = secs[p]
        items += its
        for name, what in entries:
            rows.append([len(rows), name, what, "按服务级别协议"])
    return nar("catalog", "信息科技服务目录", d, False, [(None, ["本目录列明总行%s向行内各部室及%s提供的信息科技服务。" % (co.gdept, co.customer), ("table", rows)], items)])


def baseline(co, d):
    rows = [["主机", "口令复杂度", "不少于10位、三类字符、90天更换", "全部主机"], ["主机", "远程登录", "禁止超级用户直接远程登录", "全部主机"],
            ["网络设备", "管理方式", "仅允许SSH/HTTPS，管理地址白名单", "全部网络设备"], ["数据库", "审计", "开启审计并接入日志审计系统", "全部数据库"]]
    return ledger("baseline", "信息系统安全配置基线（%d版）" % d.year, d, False, [("基线", ["对象", "检查项", "基线要求", "适用范围"], rows, ["25/baseline"])])


def test_plan(co, d, rollback=True):
    parts = [("一、改造内容", "%s数据库版本升级及硬件迁移。" % co.sys(1), []),
             ("二、测试计划", "改造前在测试环境完成功能测试、性能测试、安全测试，并验证网络、系统、应用兼容；测试通过后提交变更评审。", ["25/test-plan"])]
    if rollback:
        parts.append(("三、回退措施", "实施前全量备份并保留原环境；任一验证项未通过的，30分钟内回退至原环境，回退步骤已在测试环境演练。", ["25/rollback", "11/rollback"]))
    return nar("test_plan", "%s改造测试方案" % co.sys(1), d, False, parts)


def req_record(co, d):
    return nar("req_analysis", "新建系统需求分析确认记录", d, True, [
        (None, ["项目：%s%s建设　日期：%s" % (co.customer, co.sys(2), cnd(d)),
                ("table", [["类别", "需求", "确认情况"], ["功能", "支持柜面、网银多渠道统一接入", "已确认"], ["性能", "日终批处理2小时内完成，联机交易响应≤1秒", "已确认"],
                           ["安全", "满足等保三级，敏感数据加密存储", "已确认"]]), "需求方确认：%s" % co.cp(1)], ["11/requirements"])])


def compat_report(co, d):
    return nar("compat_report", "系统改造兼容性验证报告", d, True, [
        (None, ["验证日期：%s" % cnd(d), ("table", [["验证项", "内容", "结论"], ["网络兼容", "新旧网段路由、访问策略互通", "通过"],
                                                 ["系统兼容", "新版本数据库与原中间件", "通过"], ["应用兼容", "%s与%s接口交易" % (co.sys(0), co.sys(1)), "通过"]])],
         ["11/compatibility"])])


def impl_manual(co, d):
    return nar("construction_manual", "信息系统建设实施手册", d, False, [
        ("一、项目组织", "项目实行项目经理负责制，设实施组、测试组、质量组。", ["11/manuals"]),
        ("二、实施步骤", "需求确认、方案评审、环境准备、部署实施、测试验证、投产变更、试运行、验收。", []),
        ("三、实施纪律", "未经变更审批不得操作生产环境；进出数据中心须登记。", [])])


# ------------------------------------------------------------------ plans

def avail_plan(co, d):
    return nar("avail_plan", "%d年重要信息系统可用性管理计划" % d.year, d, False, [
        ("一、可用性目标", "%s可用率不低于99.99%%，其他重要信息系统不低于99.95%%。" % co.sys(0), ["18/availability-plan", "22/plan"]),
        ("二、保障措施", "关键链路和设备冗余、季度主备切换测试、容量阈值告警、变更窗口管控。", []),
        ("三、监控与报告", "服务中断在登记表中登记；可用率按月统计，按季度在信息科技风险报告中报告。", [])])


def pentest_plan(co, d):
    return nar("pentest_plan", "%d年度渗透测试计划" % d.year, d, False, [
        (None, [("table", [["批次", "测试对象", "方式", "时间", "负责人"], ["1", "手机银行", "灰盒", "3月", co.p(1)], ["2", co.sys(0), "灰盒", "6月", co.p(1)],
                           ["3", "互联网门户", "黑盒", "9月", co.p(5)], ["4", "%s网络边界" % co.customer, "黑盒", "11月", co.p(1)]]),
                "每批次测试前须取得系统主管部门书面授权。"], ["31/pentest-plan", "32/pentest-plan"])])


def dev_plan(co, d):
    return nar("dev_plan", "%d年安全运维工具研发计划" % d.year, d, False, [
        (None, ["结合%s的需求和本部门开发能力，计划自主研发以下工具：" % co.customer,
                ("table", [["工具", "用途", "完成时间", "负责人"], ["巡检报告自动生成", "汇总巡检数据生成报告", "%d年5月" % d.year, co.p(2)],
                           ["告警自动建单", "监控告警自动生成事件单", "%d年8月" % d.year, co.p(4)]])], ["33/dev-plan"])])


def sla(co, d, modes=True, kpis=True, health=False):
    parts = [(None, "甲方：%s　乙方：%s　协议编号：%s-KJSC-%d" % (co.customer, co.name, co.short, d.year), ["39/sla"]),
             ("第一条　服务范围", "乙方为甲方%s及网络安全设备提供运行维护服务。" % "、".join(co.systems), [])]
    if modes:
        parts.append(("第二条　运维方式", "乙方采取驻场值守（工作日派驻1人）、定期巡检（每日远程巡检、每月现场巡检）和远程值守（夜间及节假日由总行运维监控中心值守）相结合的方式。",
                      ["35/sla"]))
    if kpis:
        parts.append(("第三条　服务指标", ("table", [["指标", "承诺值"], ["核心系统可用率", "≥99.95%"], ["重大事件响应", "10分钟"],
                                                 ["重大事件恢复", "2小时"], ["服务满意度", "≥90分"]]), ["36/sla"]))
    if health:
        parts.append(("第四条　健康检查", "乙方每季度对甲方网络安全设备和业务系统进行一次健康检查，以现场检查为主、远程检查为辅，检查可用性、运行状态和配置，检查后提交报告。",
                      ["15/agreement"]))
    parts.append(("第五条　协议期限", ["本协议自%s起生效，有效期一年。" % cnd(d), "甲方（盖章）：%s　乙方（盖章）：%s" % (co.customer, co.name)], []))
    return nar("sla", "科技输出服务级别协议", d, False, parts)


def emergency_plan(co, d, strategy=True, recovery=False):
    parts = [("一、总则", "本预案适用于本行及%s重要信息系统发生突发事件时的应急处置。" % co.customer, ["36/emergency-plan", "53/emergency-plan"]),
             ("二、组织机构", "应急领导小组由%s任组长，下设技术处置组、业务应急组、信息报告组、后勤保障组。" % co.boss, []),
             ("三、事件分级与响应", "特别重大、重大事件15分钟内启动响应；较大事件30分钟内启动。", []),
             ("四、处置程序", "监测预警、启动响应、先期处置、应急处置、恢复运行、总结评估。", [])]
    if strategy:
        parts.append(("五、恢复策略", "%s恢复时间目标（RTO）不超过2小时、恢复点目标（RPO）不超过5分钟，采用同城灾备切换；其他系统由备份恢复。" % co.sys(0), ["55/plan"]))
    if recovery:
        parts.append(("六、系统恢复", "按网络、存储、数据库、应用的顺序逐层恢复，各系统恢复操作步骤见附件。", ["36/recovery-plan"]))
    return nar("emergency_plan", "重要信息系统突发事件应急预案", d, False, parts, pre=[("p", co.name)])


def drp(co, d):
    return nar("recovery_plan", "信息系统灾难恢复预案", d, False, [
        ("一、恢复目标", "%s RTO 2小时、RPO 5分钟；%s RTO 4小时、RPO 30分钟。" % (co.sys(0), co.sys(1)), ["36/recovery-plan"]),
        ("二、灾备资源", "同城灾备中心、数据库实时复制、每日全量备份。", []),
        ("三、恢复流程", "灾难宣告、网络切换、数据库接管、应用启动、业务验证、择机回切。", [])])


def bcp(co, d):
    return nar("bcp", "业务连续性计划", d, False, [
        ("一、关键业务与恢复目标", "依据业务影响分析，关键业务为存取款、支付结算和%s相关业务，最大可容忍中断时间4小时。" % co.sys(0), ["42/bcp"]),
        ("二、连续性策略", "以重要信息系统应急预案和灾难恢复预案为支撑，关键业务实现同城灾备，柜面业务具备手工应急方案。", []),
        ("三、演练与维护", "每年至少开展一次业务连续性演练，演练后评估并修订本计划；本计划经高级管理层审批后发布。", [])],
        pre=[("p", co.name), ("p", "经%d年第%s次行长办公会审议通过" % (d.year, han(co.rng.randint(3, 9))))])


def bia(co, d):
    """业务影响分析报告: the input to the BCP, not the plan itself."""
    return nar("bia", "%d年业务影响分析（BIA）报告" % d.year, d, True, [
        ("一、分析范围", "全行38项业务，访谈业务部门19个。", []),
        ("二、分析结果", ("table", [["业务", "最大可容忍中断时间", "恢复优先级"], ["存取款", "2小时", "1"], ["支付结算", "2小时", "1"], ["信贷审批", "1天", "2"]]), []),
        ("三、结论", "分析结果作为业务连续性计划修订的输入。", [])])


def grading_criteria(co, d):
    return nar("grading_criteria", "信息系统安全保护等级定级标准", d, False, [
        (None, ["本行依据GB/T 22240确定信息系统的安全保护等级，按受侵害客体和侵害程度对应：",
                ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第三级"],
                           ["社会秩序、公共利益", "第二级", "第三级", "第四级"], ["国家安全", "第三级", "第四级", "第五级"]])], ["51/grading-criteria"])])


def grading(co, d):
    return nar("grading", "%s网络安全等级保护定级报告" % co.sys(0), d, False, [
        (None, ["定级日期：%s" % cnd(d), "业务信息安全保护等级为第三级，系统服务安全保护等级为第三级，%s安全保护等级确定为第三级。" % co.sys(0),
                "已向%s公安机关备案，备案证明编号%d%05d。" % (co.city, d.year, co.rng.randint(0, 99999))], ["51/grading"])])


def mlps_report(co, d):
    return nar("grading", "%s网络安全等级保护测评报告" % co.sys(1), d, False, [
        (None, ["测评机构：%s信息安全测评中心　测评日期：%s" % (co.city, cnd(d)),
                "被测对象：%s　安全保护等级：第三级（S3A3G3）　备案证明编号：%d%05d" % (co.sys(1), d.year - 1, co.rng.randint(0, 99999))], ["51/grading"]),
        ("一、测评结论", "综合得分87.2分，结论为良。", []),
        ("二、主要问题", "部分应用未启用双因素认证；数据库审计日志保存不足六个月。", [])])


def important_systems(co, d):
    """重要信息系统清单: which systems the bank treats as important, no grading, no KPI."""
    rows = [[co.sys(0), "核心类", "总行" + co.gdept, "是"], [co.sys(1), "渠道类", "总行" + co.gdept, "是"], [co.sys(2), "管理类", "总行" + co.gdept, "是"],
            ["办公自动化系统", "管理类", "总行办公室", "否"]]
    return Doc("important_systems", "重要信息系统清单", d, [], False, sheets=[("清单", [["重要信息系统清单（%d年）" % d.year], ["系统名称", "系统类别", "主管部门", "是否纳入重要信息系统"]] + rows)])


# ------------------------------------------------------------------ 登记簿 / 台账 / 平台导出

def asset_ledger(co, d):
    rows = []
    for i, (t, n, m, f, port) in enumerate([("FW", "互联网区防火墙", "山石SG-6000", "边界访问控制", "eth0/1↔互联网接入交换机"),
                                            ("IPS", "入侵防御系统", "天融信TopIDP", "入侵检测与阻断", "串接于防火墙内侧"),
                                            ("AV", "防病毒网关", "网御星云", "病毒过滤", "透明串接"),
                                            ("CSW", "核心交换机", "锐捷RG-N18010", "数据交换", "上联防火墙"),
                                            ("DB", "数据库服务器", "华为TaiShan 200", co.sys(0), "bond0↔核心交换机")], 1):
        rows.append(["%s-%s-%03d" % (co.short, t, 40 + i), n, "服务器" if t == "DB" else "网络安全设备", m, f, "%s数据中心%d楼%02d机柜" % (co.city, 2 + i % 2, 10 + i),
                     port, "生产区", ["高", "高", "中", "高", "高"][i - 1], "主备" if i < 3 else "集群", "V%d.%d.%d" % (co.rng.randint(3, 9), co.rng.randint(0, 9), co.rng.randint(0, 9))])
    return ledger("asset_list", "信息科技资产台账（%d年%d月）" % (d.year, d.month), d, True, [
        ("资产", ["资产编号", "资产名称", "资产类型", "品牌型号", "功能", "物理位置", "端口对应", "部署区域", "重要等级", "保护方式", "软件版本"], rows,
         ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, relations=True):
    head = ["CI编号", "CI名称", "CI类型", "版本", "责任人", "密级", "访问控制", "完整性校验", "备份方式"] + (["关联CI", "关系"] if relations else [])
    rows = []
    for i, (n, t) in enumerate([("互联网区防火墙策略", "安全配置"), ("入侵防御规则库", "安全配置"), ("%s应用参数" % co.sys(0), "应用配置"),
                                ("数据库参数文件", "数据库配置"), ("堡垒机授权策略", "安全配置")], 1):
        r = ["CI-%05d" % (3300 + i), n, t, "%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i % 5), ["机密", "内部", "机密", "机密", "内部"][i - 1],
             "仅配置管理员可写", "SHA256校验", "每日备份至灾备中心"]
        if relations:
            r += ["CI-%05d" % (3300 + (i % 5) + 1), ["保护", "依赖", "运行于", "依赖", "管控"][i - 1]]
        rows.append(r)
    return platform_export("cmdb", "配置管理库导出", d, co, [("CI", head, rows, ["27/cmdb"] + (["38/cmdb-relations"] if relations else []))])


def ci_updates(co, d):
    rows = [[iso(d - timedelta(days=19 * i)), "CI-%05d" % (3301 + i), ["新增策略条目", "版本升级", "参数调整", "关联关系调整"][i],
             "BG%d%04d" % (d.year, 120 + i), co.p(3), "已更新"] for i in range(4)]
    return ledger("ci_updates", "配置项变更维护登记簿（%d年）" % d.year, d, True, [
        ("登记", ["日期", "CI编号", "维护内容", "关联变更单", "登记人", "状态"], rows, ["43/ci-updates"])])


def incident_register(co, d, response=True):
    """生产事件登记簿: one row per 生产事件, with its level; with the response column it shows
    whether the response times met the plan."""
    head = ["事件编号", "发生时间", "系统", "事件级别", "事件描述"] + (["报告时间", "响应用时（分钟）", "是否超时"] if response else []) + \
        ["恢复时间", "处置措施", "是否转问题单", "状态"]
    rows = []
    for i in range(10):
        x = d - timedelta(days=9 * i)
        what, how = co.rng.choice([("柜面交易响应缓慢", "重启应用节点后恢复"), ("网银登录失败", "更新证书链后恢复"), ("日终批处理超时", "调整并发参数后完成"),
                                   ("防病毒网关告警", "隔离终端并查杀"), ("专线中断", "切换备用线路")])
        r = ["SJ%d%02d%02d%03d" % (x.year, x.month, x.day, i + 1), "%s %02d:%02d" % (iso(x), 8 + i, 5), co.sys(i), co.rng.choice(["一般", "一般", "较大"]), what]
        if response:
            r += ["%s %02d:%02d" % (iso(x), 8 + i, 9), co.rng.randint(3, 14), "否"]
        r += ["%s %02d:%02d" % (iso(x), 9 + i, 40), how, co.rng.choice(["否", "否", "是"]), "已关闭"]
        rows.append(r)
    return ledger("tickets", "%s-生产事件登记簿（%d年）" % (co.gdept, d.year), d, True, [
        ("登记簿", head, rows, ["43/process-records"] + (["55/response-times"] if response else []))])


def change_register(co, d):
    head = ["变更编号", "变更名称", "变更类型", "风险等级", "审批结论", "变更窗口", "实施结果", "是否回退", "实施人", "复核人"]
    rows = [["BG%d%04d" % (d.year, 100 + 13 * i), co.rng.choice(["防火墙策略调整", "数据库补丁升级", "应用版本投产", "存储扩容"]),
             co.rng.choice(["一般变更", "重大变更", "标准变更"]), co.rng.choice(["低", "中", "高"]), "同意",
             "%s 22:00-02:00" % iso(d - timedelta(days=12 * i)), "成功", "否", co.p(i % 5), co.p((i + 1) % 5)] for i in range(8)]
    return ledger("change_records", "%s-生产变更登记簿（%d年）" % (co.gdept, d.year), d, True, [("登记簿", head, rows, ["54/records", "43/process-records"])])


def problem_ledger(co, d):
    head = ["问题单号", "问题描述", "来源", "关联事件数", "根本原因", "解决方案", "负责人", "状态"]
    rows = [["WT%d%03d" % (d.year, 10 + i), t, s, co.rng.randint(2, 6), c, m, co.p(i), st] for i, (t, s, c, m, st) in enumerate(
        [("网银登录间歇失败", "重复事件", "证书链配置不完整", "补齐中间证书", "已关闭"), ("日终批处理超时", "较大事件", "索引缺失", "新建索引并优化SQL", "已关闭"),
         ("备份作业偶发失败", "巡检发现", "存储带宽不足", "调整备份窗口并扩容", "处理中")])]
    return ledger("problem_records", "问题单台账（%d年）" % d.year, d, True, [("问题单", head, rows, ["43/process-records"])])


def outage_register(co, d):
    rows = [[iso(d - timedelta(days=31 * i)), co.sys(i % 3), "服务中断", co.rng.randint(2, 35), co.rng.choice(["线路中断", "主机宕机", "证书过期"]),
             "SJ%d%02d%03d" % (d.year, max(1, d.month - i), i + 1), "已恢复"] for i in range(5)]
    return ledger("avail_events", "重要信息系统服务中断登记表（%d年）" % d.year, d, True, [
        ("登记", ["日期", "系统", "事件类型", "中断时长（分钟）", "原因", "关联事件单", "状态"], rows, ["18/availability-events", "22/events", "43/process-records"])])


def kb_export(co, d):
    rows = [["KB%05d" % (800 + i), t, "已发布", co.p(i % 5), iso(d - timedelta(days=21 * i)), co.rng.randint(4, 70)] for i, t in enumerate(
        ["核心系统日终批处理超时排查", "网银证书更新操作步骤", "防火墙主备切换异常处理", "数据库归档日志满处置"])]
    return platform_export("knowledge_base", "知识库导出", d, co, [("知识库", ["知识编号", "标题", "状态", "作者", "发布日期", "浏览次数"], rows, ["21/knowledge-base"])])


def device_register(co, d, types, hw):
    """网络安全设备运维登记簿: a row per job; a record kind is proven by the rows of its job
    type; a 硬件故障统计 sheet, filled or not."""
    spec = {"日常维护": ("清理日志、检查策略命中、除尘保养", ["14/maintenance", "44/maintenance"]),
            "状态检查": ("检查CPU、内存、会话、主备状态", ["14/maintenance", "44/inspection"]),
            "病毒查杀": ("更新病毒库，对服务器和终端全盘查杀", ["14/maintenance", "44/virus-scan", "45/antivirus"]),
            "故障处理": ("风扇告警，检测后更换风扇模块", ["14/maintenance", "44/faults"]),
            "版本升级": ("升级系统版本和规则库并验证", ["14/maintenance", "44/upgrades"])}
    rows, items = [], []
    for i in range(12):
        t = types[i % len(types)]
        x = d - timedelta(days=6 * i)
        rows.append([iso(x), t, co.rng.choice(["互联网区防火墙", "入侵防御系统", "防病毒网关", "核心交换机"]), spec[t][0],
                     co.rng.choice([co.p(2), co.vp(0)]), "完成", co.p(1)])
        items += spec[t][1]
    sheets = [("运维登记", ["日期", "作业类型", "设备", "作业内容", "执行人", "结果", "复核人"], rows, sorted(set(items)))]
    hw_rows = [["%d年%d月" % (d.year, m), co.rng.randint(0, 2), co.rng.randint(0, 1), co.rng.randint(0, 1), co.rng.randint(0, 2)] for m in range(1, d.month + 1, 2)]
    sheets.append(("硬件故障统计", ["月份", "电源故障", "风扇故障", "板卡故障", "硬盘故障"], hw_rows if hw else [], ["14/hardware-faults", "44/faults"]))
    return ledger("maint_jobs", "网络安全设备运维登记簿（%d年）" % d.year, d, True, sheets)


def patrol_month(co, d, antivirus):
    head = ["日期", "设备", "运行状态", "告警", "CPU", "内存"] + (["病毒库版本", "查杀情况"] if antivirus else []) + ["巡检人", "复核人"]
    rows = []
    for i in range(8):
        x = date(d.year, d.month, 1) + timedelta(days=3 * i)
        if x > d:
            break
        r = [iso(x), co.rng.choice(["互联网区防火墙", "入侵防御系统", "核心交换机"]), "正常", co.rng.choice(["无", "一般告警1条"]),
             "%d%%" % co.rng.randint(8, 50), "%d%%" % co.rng.randint(20, 65)]
        if antivirus:
            r += ["%d.%02d.%02d" % (x.year, x.month, x.day), co.rng.choice(["未发现病毒", "清除病毒1个"])]
        rows.append(r + [co.vp(0), co.p(2)])
    its = ["44/inspection", "45/monitoring", "14/maintenance"] + (["45/antivirus", "44/virus-scan"] if antivirus else [])
    return ledger("inspection", "数据中心网络安全设备巡检记录（%d年%d月）" % (d.year, d.month), d, True, [("巡检", head, rows, its)])


def health_report(co, d, collection=False):
    parts = [(None, "检查方式：%s　检查日期：%s　检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查"]), cnd(d), co.p(1), co.vp(0)), []),
             ("一、检查对象", "%s网络安全设备及%s、%s。" % (co.customer, co.sys(0), co.sys(1)), []),
             ("二、可用性与持续运行", ("table", [["对象", "可用率", "连续运行天数", "冗余", "结论"], ["防火墙", "100%", "211", "主备正常", "正常"],
                                                [co.sys(0), "99.99%", "87", "集群", "正常"], [co.sys(1), "99.91%", "33", "单机", "关注"]]),
              ["15/records", "46/records", "14/maintenance", "44/inspection"])]
    if collection:
        parts.append(("三、安全信息采集", ["配置：导出防火墙和核心交换机配置，与基线比对差异1项；", "流量：互联网出口峰值640Mbps、均值230Mbps；",
                                         "状态：CPU、内存、磁盘、会话均低于阈值。"], ["16/config", "16/traffic", "16/status"]))
    parts.append(("四、问题与建议", "%s为单机部署，建议增加备机。" % co.sys(1), []))
    return nar("health_report", "%s健康检查报告（%d年第%s季度）" % (co.customer, d.year, han(quarter(d))), d, True, parts)


def collection(co, d):
    rows = [[iso(d - timedelta(days=24 * i)), co.rng.choice(["互联网区防火墙", "核心交换机", "入侵防御系统"]), "已导出并比对基线",
             "峰值%dMbps" % co.rng.randint(200, 800), "CPU %d%%，内存 %d%%" % (co.rng.randint(10, 50), co.rng.randint(20, 70)), co.p(2)] for i in range(5)]
    return ledger("collection", "安全信息采集登记簿（%d年）" % d.year, d, True, [
        ("登记", ["采集日期", "对象", "系统配置", "流量信息", "系统状态", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def log_audit(co, d):
    return nar("log_analysis", "%d年第%s季度安全审计日志分析报告" % (d.year, han(quarter(d))), d, True, [
        (None, "分析人：%s　日期：%s　数据来源：日志审计系统" % (co.p(5), cnd(d)), []),
        ("一、网络及安全设备日志", "防火墙、入侵防御日志6100万条，发现扫描源地址27个，已封禁。", []),
        ("二、服务器及操作系统日志", "非工作时间登录5次，均有对应变更单。", []),
        ("三、应用日志", "%s访问日志中异常登录尝试312次，均被拦截。" % co.sys(1), []),
        ("四、结论与建议", "本季度未发现成功入侵；建议对运维账号启用双因素认证。", ["17/log-analysis", "45/audit-report", "47/audit"])])


def bulletin(co, d, full=True):
    parts = [(None, "总行%s　%d年第%d期　%s" % (co.gdept, d.year, d.month, cnd(d)), []),
             ("一、漏洞通告", "CVE-%d-%04d 某中间件远程代码执行漏洞，影响本行%s，已要求限期升级。" % (d.year, co.rng.randint(1000, 9999), co.sys(2)),
              ["52/vulnerability", "53/bulletin"]),
             ("二、厂商安全公告", "数据库厂商发布季度安全补丁。", [])]
    if full:
        parts += [("三、病毒通告", "仿冒银行APP的木马在多地传播。", ["52/virus"]),
                  ("四、政策法规与业界动态", "监管部门发布银行业数据安全管理相关要求；同业发生一起网银撞库事件。", ["52/policy"]),
                  ("五、影响分析", "经排查，本行受影响服务器6台，已纳入补丁计划；撞库风险已在网银增加滑块验证。", ["52/analysis"])]
    return nar("bulletin", "网络安全通报", d, True, parts)


def pentest_report(co, d):
    return nar("pentest_report", "%s渗透测试报告" % co.sys(1), d, True, [
        (None, "测试日期：%s　测试人员：%s　授权编号：SQ%d%02d" % (cnd(d), co.p(1), d.year, d.month), []),
        ("一、测试范围", "%s互联网入口及管理后台。" % co.sys(1), []),
        ("二、发现问题", ("table", [["编号", "问题", "风险", "状态"], ["1", "水平越权", "高", "已整改"], ["2", "短信验证码可重放", "中", "已整改"]]),
         ["31/pentest-records", "32/pentest-records"]),
        ("三、复测", "高中危问题复测通过。", [])])


def drill_report(co, d, emergency=True, recovery=False):
    items = (["40/emergency-drill", "53/drill"] if emergency else []) + (["40/recovery-drill", "53/drill"] if recovery else [])
    what = {(True, False): "网络安全事件应急演练", (False, True): "%s灾备切换演练" % co.sys(0), (True, True): "%s应急及灾备切换演练" % co.sys(0)}[(emergency, recovery)]
    return nar("drill_record", "%s报告" % what, d, True, [
        (None, [("table", [["演练日期", cnd(d)], ["演练类型", "实战演练"], ["参演人员", "、".join(co.p(i) for i in range(4)) + "、" + co.vp(0)],
                           ["演练过程", "20:00 模拟生产中心故障，20:06 启动应急预案，20:35 完成切换，21:10 业务验证通过，22:30 回切完成"],
                           ["演练结论", "达到预期目标，切换时间在RTO内"], ["发现问题及整改", "切换脚本中一处参数需更新，已整改"]])], items)])


def sat_survey(co, d, year, half):
    return nar("sat_survey", "%d年%s科技服务满意度调查报告" % (year, half), d, True, [
        (None, "调查对象：行内各部室及%s　调查方式：问卷及电话访谈" % co.customer, []),
        ("一、调查结果", ("table", [["维度", "得分"], ["响应及时性", co.rng.randint(84, 96)], ["问题解决能力", co.rng.randint(85, 96)],
                                   ["服务态度", co.rng.randint(88, 98)], ["总体满意度", co.rng.randint(86, 95)]]), []),
        ("二、满意度分析", "服务态度得分最高；响应及时性较上期下降，主要因年中投产集中，夜间排队较长。", ["41/surveys", "58/survey", "63/survey"]),
        ("三、改进措施", "投产集中期增加夜间值班人员。", [])])


def sat_trend(co, d):
    return nar("sat_trend", "科技服务满意度趋势分析报告", d, True, [
        (None, [("table", [["期次", "总体满意度"], ["%d年上半年" % (d.year - 1), 87], ["%d年下半年" % (d.year - 1), 88], ["%d年上半年" % d.year, 91]]),
                "三期总体满意度持续上升，问题解决能力维度提升最明显，响应及时性波动较大，需持续关注。"], ["41/trend"])])


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=35 * i)), co.customer if i % 2 else "总行营运管理部", co.cp(i), co.rng.choice(["电话回访", "上门回访"]),
             co.rng.choice(["满意", "希望投产通知提前", "满意"]), "已反馈"] for i in range(4)]
    return ledger("followup", "服务回访登记表（%d年）" % d.year, d, True, [
        ("回访", ["回访日期", "回访对象", "联系人", "回访方式", "意见建议", "处理情况"], rows, ["63/follow-up-visits"])])


# ------------------------------------------------------------------ reports

def quarter_report(co, d, qn, kpi=False, avail=False, incidents=False, analysis=False):
    """关于YYYY年第N季度信息科技风险情况的报告 (to the board's committee): always the monitored
    indicators' trends (50); by chance the KPI data (56), the availability (18, 22) and the
    quarter's 信息安全事件 statistics and their analysis (18)."""
    parts = [(None, ["%s：" % co.board, "现将%d年第%s季度信息科技风险及运行情况报告如下：" % (d.year, han(qn))], []),
             ("一、运行监控指标趋势", [("table", [["指标", "上季度", "本季度", "变化"], ["交易量峰值（笔/秒）", 1850, 2130, "上升15%"],
                                            ["存储使用率", "68%", "74%", "上升"], ["监控告警数", 1420, 1180, "下降17%"]]),
                                 "交易量和存储使用率连续两个季度上升，按此趋势明年二季度存储将达到80%扩容阈值，已纳入扩容计划。"], ["50/monitoring-report"])]
    if incidents:
        parts.append(("二、信息安全事件统计", [("table", [["事件类别", "本季度", "本年累计"], ["有害程序", co.rng.randint(0, 4), co.rng.randint(3, 15)],
                                                   ["网络攻击", co.rng.randint(2, 12), co.rng.randint(20, 60)], ["信息破坏", 0, co.rng.randint(0, 1)],
                                                   ["数据泄露", 0, 0]]),
                                         "本季度生产事件%d起，其中较大%d起、一般%d起，无特别重大和重大事件。" % (12, 1, 11)], ["18/incident-stats"]))
        if analysis:
            parts.append(("三、信息安全事件分析", "网络攻击以对手机银行的暴力破解和漏洞探测为主，较上季度上升，来源集中于境外地址；有害程序主要来自办公终端外接介质，已加强终端准入和介质管控。",
                          ["18/incident-analysis"]))
    if kpi:
        parts.append(("四、运维关键指标", ("table", [["指标", "本季度"], ["异常报告及时率", "99.1%"], ["异常漏报率", "0.3%"], ["维护作业计划的及时完成率", "98.2%"],
                                                 ["故障隐患发现率", "90%"], ["异常主动发现率", "88%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                                 ["加固设备覆盖率", "97%"], ["安全补丁安装及时率", "93%"], ["安全事件次数", co.rng.randint(2, 9)]]), ["56/data"]))
    if avail:
        parts.append(("五、重要信息系统可用率", "%s可用率99.99%%，达标；%s可用率99.93%%，未达99.95%%目标，原因为单机故障，已列入改进事项。" % (co.sys(0), co.sys(1)),
                      ["18/availability-report", "22/report"]))
    parts.append(("六、下季度重点工作", "完成存储扩容评审；开展年度业务连续性演练。", []))
    return nar("quarter_report", "关于%d年第%s季度信息科技风险情况的报告" % (d.year, han(qn)), d, True, parts,
               pre=[("p", "%s　签发：%s" % (bank_no(co, d, co.rng.randint(60, 90)), co.boss))])


def risk_assessment(co, d, half):
    """科技风险评估: an assessment of the bank's IT risk domains; none of the form's items."""
    return nar("risk_assessment", "关于%d年%s信息科技风险评估情况的报告" % (d.year, half), d, True, [
        ("一、评估范围与方法", "按信息科技治理、信息安全、开发测试、运行维护、业务连续性、外包管理六个领域，采用问卷、访谈和控制测试开展评估。", []),
        ("二、评估结果", ("table", [["领域", "固有风险", "控制有效性", "剩余风险"], ["信息安全", "高", "较有效", "中"], ["运行维护", "中", "有效", "低"],
                                   ["外包管理", "中", "较有效", "中"]]), []),
        ("三、风险提示", "外包人员权限管理和数据出境场景需加强控制。", [])])


def reg_report(co, d):
    """监管报送: the regulator's statistics form, filled in; none of the form's items."""
    rows = [["指标代码", "指标名称", "本期值"], ["KJ001", "信息科技投入（万元）", co.rng.randint(3000, 9000)], ["KJ002", "科技人员数", co.rng.randint(40, 120)],
            ["KJ003", "外包人员数", co.rng.randint(10, 60)], ["KJ004", "重要信息系统数", 12]]
    return Doc("reg_report", "信息科技监管统计报表", d, [], True, sheets=[("报表", [["信息科技监管统计报表（%d年第%s季度）报送：%s" % (d.year, han(quarter(d)), co.reg)]] + rows)])


def avail_report(co, d):
    return nar("avail_report", "%d年%d月重要信息系统可用性分析报告" % (d.year, d.month), d, True, [
        (None, [("table", [["系统", "目标", "实际", "中断次数", "是否达标"], [co.sys(0), "99.99%", "99.995%", 0, "是"], [co.sys(1), "99.95%", "99.91%", 2, "否"]]),
                "改进：%s未达标，增加备机已列入改进事项台账。" % co.sys(1)], ["18/availability-report", "22/report"])])


def kpi_stats(co, d):
    rows = [[n] + ["%d%%" % co.rng.randint(85, 99) for _ in range(3)] for n in [
        "异常报告及时率", "异常漏报率", "维护作业计划的及时完成率", "故障隐患发现率", "异常主动发现率", "问题解决率",
        "漏洞扫描覆盖率", "加固设备覆盖率", "安全补丁安装及时率", "安全事件次数"]]
    return ledger("ops_data", "运维关键指标统计表（%d年）" % d.year, d, True, [("统计", ["指标", "一季度", "二季度", "三季度"], rows, ["56/data"])])


def measurement(co, d):
    rows = [["服务满意度", "≥90分", "91分", "达标", "—"], ["投诉建议", "≤2件", "3件", "未达标", "ZG%d-07" % d.year],
            ["服务级别达成率", "≥98%", "98.4%", "达标", "—"], ["变更成功率", "≥98%", "99.1%", "达标", "—"]]
    return ledger("kpi_list", "科技服务目标监测表（%d年）" % d.year, d, True, [("监测", ["监测项", "目标", "实际", "是否达标", "整改单号"], rows, ["57/measurement"])])


def capa(co, d, verify=True):
    rows = [["编号", "ZG%d-07" % d.year], ["问题来源", "投诉3件，超出目标"], ["原因分析", "投产通知未提前告知业务部门"],
            ["纠正措施", "投产前一天在行内门户发布通知"], ["预防措施", "投产日历纳入服务台知识库"], ["责任人", co.p(0)], ["完成日期", cnd(d)],
            ["效果验证", "后续两个月未再收到同类投诉，措施有效" if verify else "待验证"], ["验证人", co.p(3) if verify else ""]]
    return nar("capa", "整改及预防措施单", d, True, [(None, ("table", rows), ["57/capa"] + (["66/effectiveness"] if verify else []))])


def audit_report(co, d):
    return nar("internal_audit", "%d年度信息科技内控合规检查暨运维服务体系内部审核报告" % d.year, d, True, [
        (None, "检查时间：%s　检查组长：%s　被检查部门：总行%s" % (cnd(d), co.p(3), co.gdept), []),
        ("一、检查依据与目的", "依据ISO/IEC 20000-1、本行信息科技制度和%s的服务要求，检查运维服务管理体系是否符合要求并得到有效实施和保持。" % co.customer, []),
        ("二、检查范围", "生产事件、问题、变更、服务级别、业务连续性、外包管理等全部过程。", []),
        ("三、发现问题", "不符合项4项：2笔变更缺少复核人签字；1份应急预案未按期修订；1名外包人员离场后账号未及时注销。", []),
        ("四、结论", "体系总体运行有效，不符合项已下发整改通知。", ["59/internal-audit"])])


def committee_minutes(co, d, inputs):
    """信息科技管理委员会会议纪要: the year's management review as one agenda item, beside
    other business."""
    text = {"perf": ("60/performance", "服务和流程的执行情况及符合性：服务级别达成率98.4%，内控合规检查不符合项4项已关闭3项。"),
            "feedback": ("60/customer-feedback", "客户反馈：满意度91分，投诉3件均已处理。"),
            "resources": ("60/resources", "当前和预测的资源：现有科技运维人员21人、外包驻场6人；明年新增两家村镇银行接入，需增加运维人员3人。"),
            "ca": ("60/corrective-actions", "纠正措施进展：上年评审确定的6项措施已完成5项。"),
            "changes": ("60/changes", "可能影响运维服务的变更：同城灾备中心迁址、新监管数据报送要求、核心系统升级。"),
            "improve": ("60/improvements", "改进机会：服务级别未达标项、巡检自动化、投产通知机制。")}
    items = ["59/management-review"] if "perf" in inputs else []
    body = ["会议审议了%d年度运维服务管理评审，听取以下汇报：" % d.year]
    for k in inputs:
        body.append(text[k][1])
        items.append(text[k][0])
    body.append("会议认为运维服务管理体系持续适宜、充分、有效；同意增配人员和建设巡检自动化工具。")
    return nar("mgmt_review", "信息科技管理委员会%d年第%s次会议纪要" % (d.year, han(co.rng.randint(2, 4))), d, True, [
        (None, "时间：%s　主持：%s　出席：委员会委员　列席：总行%s各岗位负责人" % (cnd(d), co.boss, co.gdept), []),
        ("一、审议年度管理评审", body, items),
        ("二、审议信息科技外包服务商年度评价", "会议同意%s年度评价结果为合格。" % co.vendor, [])])


def iso_cert(co, d):
    return nar("iso_cert", "信息技术服务管理体系认证证书", d, False, [
        (None, ["兹证明 %s 信息科技部建立的信息技术服务管理体系符合 ISO/IEC 20000-1:2018" % co.name, "认证范围：数据中心运行维护及信息安全运维服务",
                "发证日期：%s　有效期至：%d年%d月%d日" % (cnd(d), d.year + 3, d.month, min(d.day, 28))], ["61/audit-system"])])


def improve_plan(co, d, criteria=True):
    parts = [("一、改进事项及目标", ("table", [["事项", "来源", "目标", "负责人", "完成时间"], ["巡检报告自动生成", "运维过程", "出报告时间≤1小时", co.p(2), "%d年6月" % d.year],
                                         ["投产通知机制", "客户投诉", "同类投诉为0", co.p(0), "%d年8月" % d.year]]), ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("二、改进机会评估标准", "按对业务影响（40分）、实施成本（30分）、风险降低（30分）评分，70分以上立项；改进事项的识别、登记、审批、评估、效果测量和报告按持续改进细则执行。",
                      ["64/criteria"]))
    return nar("improve_plan", "%d年信息科技持续改进计划" % d.year, d, True, parts)


def improve_ledger(co, d, scored=True, tracked=True):
    """改进事项台账: the evaluation sheet (scored, ranked, approved: 67) and the tracking sheet
    (targets, status, measured effect, reported: 68)."""
    reg = [["GJ%d%02d" % (d.year, i), t, s, sc, p, co.boss if sc >= 70 else "暂缓"] for i, (t, s, sc, p) in enumerate(
        [("巡检报告自动生成", "内控合规检查", 84, 1), ("投产通知机制", "客户投诉", 79, 2), ("自助服务门户", "满意度调查", 61, 3)], 1)]
    trk = [["GJ%d01" % d.year, "出报告时间≤1小时", "已完成", iso(d - timedelta(days=40)), "实测0.6小时，达到目标", "已在第三季度报告中报告"],
           ["GJ%d02" % d.year, "同类投诉为0", "已完成", iso(d - timedelta(days=12)), "两个月零投诉，达到目标", "已向委员会报告"]]
    return ledger("improve_opps", "改进事项台账（%d年）" % d.year, d, True, [
        ("评估排序", ["编号", "改进事项", "来源", "评分", "优先级", "批准人"], reg if scored else [], ["67/analysis", "67/prioritisation"]),
        ("实施跟踪", ["编号", "改进目标", "状态", "完成日期", "效果测量", "报告情况"], trk if tracked else [], ["68/implementation", "68/effectiveness"])])


def improve_training(co, d):
    rows = [["主题", "持续服务改进意识宣贯"], ["时间", cnd(d)], ["主讲人", co.p(3)], ["参加人员", "信息科技部及外包驻场人员%d人" % co.rng.randint(15, 30)],
            ["内容", "持续改进的意义、改进事项的提交与评估、改进案例分享"], ["考核", "随堂测试平均88分"]]
    return nar("improve_training", "持续改进意识宣贯培训记录", d, True, [(None, ("table", rows), ["69/awareness-training"])])


def postmortem(co, d):
    return nar("defect_analysis", "%d年重大生产事件及失败变更复盘整改报告" % d.year, d, True, [
        ("一、较大生产事件", "%s数据库主节点宕机，服务中断41分钟；根因是主机固件缺陷未及时升级。" % co.sys(0), []),
        ("二、失败变更", "%s版本投产验证不通过执行回退，原因是测试环境与生产配置不一致。" % co.sys(1), []),
        ("三、服务不达标", "第三季度投诉3件，超出目标；%s可用率未达标。" % co.sys(1), []),
        ("四、改进计划", ("table", [["措施", "负责人", "完成时间"], ["主机固件定期升级纳入巡检", co.p(3), "下季度"], ["投产前环境一致性检查", co.p(0), "立即"],
                                   ["%s增加备机" % co.sys(1), co.p(2), "年底前"]]), ["70/defect-analysis"])])


def annual_report(co, d):
    return nar("annual_review", "%d年度信息科技工作报告" % d.year, d, True, [
        (None, "%s：" % co.board, []),
        ("一、运维数据汇总分析", "汇总全年日志、变更、生产事件、服务请求和问题数据：生产事件同比下降14%，服务请求上升22%，变更集中于季末。", []),
        ("二、明年服务预测", "预计明年服务请求继续增长约20%，两家村镇银行接入后监控对象增加三成，需扩充服务台并上线自助服务门户；较大生产事件预计继续下降。",
         ["71/forecast"]),
        ("三、明年重点工作", "核心系统升级、同城灾备中心迁址、自动化运维。", [])])


# ------------------------------------------------------------------ decoys

def signin(co, d, plan):
    rows = [["培训签到表"], ["培训主题", "《%s》宣贯培训" % plan], ["时间", cnd(d)], ["主讲", co.p(3)], ["序号", "姓名", "部门", "签名"]] + \
        [[i + 1, co.p(i), "总行" + co.gdept, co.p(i)] for i in range(6)]
    return Doc("decoy_training", "《%s》宣贯培训签到表" % plan, d, [], True, sheets=[("签到", rows)], decoy="training record about a plan")


def study_notice(co, d, plan):
    t = "关于组织学习《%s》的通知" % plan
    return Doc("decoy_training", t, d, [], True, [("title", t), ("p", "各岗位："),
                                                 ("p", "为做好制度执行，请各岗位于%s前组织学习《%s》，并在行内学习平台完成测试。" % (cnd(d + timedelta(days=10)), plan))],
               decoy="notice about studying a plan")


def framework(co, d, n, cites):
    no = dept_no(co, d, n)
    b = elements(co, d, "指引", no) + [("title", "信息科技制度体系框架")] + articles(
        ["本行信息科技制度分为基本制度、办法、细则和操作指引四个层级。"] + ["运维服务类制度包括：%s。" % "、".join("《%s%s》" % (co.bank, c) for c in cites)] +
        ["各项制度每年复核一次，由风险管理岗汇总修订需求。"])
    return Doc("decoy_citing", "信息科技制度体系框架", d, [], False, b, decoy="procedure citing procedures by 《》")


def register(co, d, cites):
    rows = [[i, co.bank + c, bank_no(co, d - timedelta(days=50 * i), 10 + i), "现行有效"] for i, c in enumerate(cites, 1)]
    return Doc("decoy_register", "现行有效信息科技制度目录", d, [], False,
               sheets=[("目录", [["现行有效信息科技制度目录（%d年）" % d.year], ["序号", "制度名称", "发文字号", "状态"]] + rows)], decoy="list of document names")


def review_rules(co, d, n):
    no = dept_no(co, d, n)
    b = elements(co, d, "细则", no) + [("title", "信息科技管理评审实施细则")] + articles([
        "管理评审每年至少开展一次，由信息科技管理委员会主任主持。",
        "评审输入包括客户反馈、服务和流程的执行情况及符合性、当前和预测的资源水平、纠正措施进展、可能影响服务的变更、改进机会。",
        "评审输出形成会议纪要，明确改进决定和资源需求。"])
    return Doc("decoy_mrproc", "信息科技管理评审实施细则", d, [], False, b, decoy="procedure, not the review record")


def committee_notice(co, d):
    t = "关于召开信息科技管理委员会%d年度管理评审会议的通知" % d.year
    return Doc("decoy_mrnotice", t, d, [], True, [("title", t), ("p", "各委员："),
                                                 ("p", "定于%s在总行18楼会议室召开会议，议程：一、客户反馈；二、服务和流程执行情况；三、资源；四、纠正措施；五、变更；六、改进机会。"
                                                  "请相关岗位提前三天报送材料。" % cnd(d + timedelta(days=6)))], decoy="meeting notice, not the review record")


def committee_agenda(co, d):
    t = "%s%d年第四次会议议程" % (co.board, d.year)
    return Doc("decoy_agenda", t, d, [], True, [("title", t), ("p", "时间：%s 14:30" % cnd(d)),
                                               ("p", "议程：1.审议第三季度信息科技风险报告；2.审议年度信息科技预算；3.听取监管检查整改情况；4.其他。")], decoy="agenda, not minutes")


def drill_scheme(co, d):
    t = "%d年度业务连续性应急演练方案" % d.year
    return Doc("decoy_drillplan", t, d, [], False, [("title", t), ("h1", "一、演练目的"), ("p", "检验《重要信息系统突发事件应急预案》和灾备切换能力。"),
                                                    ("h1", "二、演练场景"), ("p", "模拟生产中心%s数据库故障。" % co.sys(0)),
                                                    ("h1", "三、时间安排"), ("p", "拟于%d年%d月某周六晚实施。" % (d.year, min(12, d.month + 1)))],
               decoy="drill plan, neither the plan nor the record")


def workload_confirm(co, d):
    return Doc("decoy_confirm", "外包驻场人员工作量确认单", d, [], True, [
        ("title", "外包驻场人员工作量确认单（%d年%d月）" % (d.year, d.month)),
        ("p", "%s本月派驻运维工程师%s、%s，出勤合计43人天，工作内容为设备维护和巡检，确认无误。" % (co.vendor, co.vp(0), co.vp(1))),
        ("p", "确认人：%s　%s" % (co.p(0), cnd(d)))], decoy="mentions on-site staff, is no staff list or SLA")


def dept_kpi(co, d):
    rows = [["总行%s%d年度绩效考核指标" % (co.gdept, d.year)], ["指标", "目标", "权重"], ["生产事件登记完整率", "100%", "20"],
            ["巡检记录按时归档率", "100%", "15"], ["应急演练按计划完成", "是", "20"], ["满意度调查按期开展", "是", "15"]]
    return Doc("decoy_appraisal", "部门绩效考核指标", d, [], True, sheets=[("考核", rows)], decoy="KPI sheet naming record kinds")


def outsourcing_rules(co, d, n):
    """外包管理办法: a real 办法 that proves none of the form's items."""
    no = bank_no(co, d, n)
    t = co.bank + "信息科技外包管理办法"
    b = elements(co, d, "办法", no) + [("title", t)] + articles([
        "信息科技外包服务商的准入须经尽职调查，重点评估其财务状况、技术能力和安全管理水平。",
        "外包合同应包括保密条款、数据保护条款和审计条款。",
        "信息科技部每年对外包服务商开展一次评价，评价结果报信息科技管理委员会。",
        "外包服务商退出时，应收回其全部访问权限和本行数据。"])
    return Doc("outsourcing_rules", t, d, [], False, b)


def change_window(co, d):
    rows = [["%d年%d月生产变更窗口安排表" % (d.year, d.month)], ["日期", "窗口", "已排变更数", "值班负责人"]] + \
        [[iso(d + timedelta(days=2 * i)), "22:00-02:00", co.rng.randint(0, 4), co.p(i % 5)] for i in range(6)]
    return Doc("change_window", "生产变更窗口安排表", d, [], False, sheets=[("窗口", rows)])


UNRELATED_G = [
    ("%d年“存款开门红”营销活动方案", "docx", ["活动时间：1月1日至3月31日；活动对象：全辖网点；考核方式：按新增存款日均计分。"], "营销"),
    ("关于开展%d年“七一”主题党日活动的通知", "pdf", ["各党支部：请结合业务实际组织主题党日活动，7月5日前报送活动简报。"], "党建"),
    ("总行工会关于组织%d年职工羽毛球比赛的通知", "docx", ["各分工会：比赛定于10月下旬举行，请于10月10日前报名。"], "工会"),
    ("总行办公楼车位管理规定", "pdf", ["一、车位实行登记管理。", "二、外来车辆须经门卫登记。"], "行政"),
    ("%d年反洗钱宣传月活动总结", "docx", ["全行共开展宣传活动126场，发放资料1.2万份。"], "营销"),
    ("关于%d年中秋国庆期间厉行节约的通知", "docx", ["各部室：节日期间严禁公款吃喝和违规收送礼品。"], "行政"),
]


def unrelated(co, d, i):
    name, ext, paras, folder = UNRELATED_G[i]
    t = name % d.year if "%d" in name else name
    return folder, t, ext, Doc("decoy_unrelated", t, d, [], False, [("title", t)] + [("p", p) for p in paras], decoy="unrelated")


# ------------------------------------------------------------------ the share

class Shelf:
    """Where build() files one G share: the slots this company never wrote (gaps), those whose
    only copy is more than a year old, the 发文 number counter, and the fresh records filed so
    far, of which a few get a copy of the year before under 归档/."""

    def __init__(self, co, gaps, olds):
        self.co, self.gaps, self.olds = co, gaps, olds
        self.no = co.rng.randint(3, 12)
        self.fresh_records = []   # (name of a date, factory of a date, the date)

    def number(self):
        self.no += self.co.rng.randint(1, 6)
        return self.no

    def file(self, rel, doc, **opt):
        opt.setdefault("styled", self.co.rng.random() < 0.6)
        self.co.add(rel, doc, **opt)

    def slot(self, k, name, factory, age="record", **opt):
        """File slot k unless it is a gap; age "issued" dates it among the issue dates, an old
        slot gets an old date, everything else a date of this year."""
        if k in self.gaps:
            return None
        if k in self.olds:
            when = self.co.old()
        else:
            when = self.co.issued() if age == "issued" else self.co.fresh()
        doc = factory(when)
        self.file(name(when), doc, **opt)
        if doc.items and doc.record and k not in self.olds:
            self.fresh_records.append((name, factory, when))
        return doc

    def archive_last_year(self):
        """The previous year's copy of some of this year's records: it belongs to its clause
        but is stale."""
        for name, factory, when in list(self.fresh_records):
            if when.year != 2026 or self.co.rng.random() > 0.17:
                continue
            before = when.replace(year=2025)
            rel = name(before)
            if rel in self.co.used or rel == name(when):
                rel = "归档/2025年/" + rel.split("/")[-1]
            if rel not in self.co.used:
                self.file(rel, factory(before))


def build(co, lock_bytes):
    """Lay out a G company's share: 01制度办法 (办法 by 行发, 细则/指引 by 科技部 number, the
    汇编), 02登记簿台账 by year, 03报告 (季度风险报告, 评估, 监管报送), 04业务连续性, 05科技输出/
    <村镇银行>, 06内控与体系, 07等级保护, earlier years' copies under 归档, decoys."""
    co.gabbr, co.gdept, co.board, co.itsm, co.reg = G_INFO[co.id]
    co.bank = co.name.replace("股份有限公司", "")
    r = co.rng
    ZD, DJ, BG, BC, KS, NK, DB = "01制度办法/", "02登记簿台账/", "03报告/", "04业务连续性/", "05科技输出/%s/" % co.customer, "06内控与体系/", "07等级保护/"
    optional = ["budget", "history_list", "history_analysis", "ops_strategy", "avail_kpis", "service_analysis", "sld_ola",
                "staff_list", "roles", "impl_manual", "req_record", "test_plan", "baseline", "compat_report", "collection",
                "avail_plan", "avail_events", "avail_report", "kb", "pentest_plan", "pentest_report", "dev_plan", "drp", "bcp",
                "recovery_drill", "sat_trend", "callbacks", "desk_training", "kpi_stats", "grading", "grading_criteria",
                "measurement", "capa", "audit", "iso_cert", "improve_ledger", "improve_training", "improve_plan", "postmortem",
                "log_audit", "cmdb", "interface", "problems", "health", "drill", "catalog", "org", "desk", "ci_updates"]
    gaps = {k for k in optional if r.random() < 0.09}
    olds = set(r.sample(sorted({"service_analysis", "req_record", "pentest_report", "sat_trend", "callbacks", "kb",
                                "audit", "log_audit", "drill", "improve_training", "measurement", "capa", "collection",
                                "desk_training", "postmortem", "ci_updates", "problems"} - gaps), 3))
    co.gaps, co.oldonly = gaps, olds
    sh = Shelf(co, gaps, olds)

    def yr(d):
        return "%d年/" % d.year

    # --- 办法、细则、指引: the 汇编 holds some, the rest are filed by 文号
    keys = [k for k in G_RULES if r.random() >= 0.06]
    in_book = [k for k in keys if r.random() < 0.35]
    basic_in_book = r.random() < 0.5
    with_basic = r.random() < 0.88
    if in_book or (with_basic and basic_in_book):
        d = co.issued()
        sh.file(ZD + "信息科技制度汇编（%d年版）.pdf" % d.year, compendium(co, d, in_book, with_basic and basic_in_book), meta_title=r.random() < 0.4)
    if with_basic and not basic_in_book:
        d, n = co.issued(), sh.number()
        sh.file(ZD + "%s 关于印发《%s信息科技运维管理基本办法》的通知.docx" % (bank_no(co, d, n), co.bank), basic_rule(co, d, n))
    cites_pool = [G_RULES[k][0] for k in ("prodinc", "problem", "change", "knowledge", "slm")]
    for k in keys:
        if k in in_book:
            continue
        d, n = co.issued(), sh.number()
        title, level, by_bank = G_RULES[k][:3]
        cites = r.sample([co.bank + c for c in cites_pool if c != title], 2) if r.random() < 0.35 else ()
        ext = r.choice(["docx", "docx", "pdf"])
        if by_bank:
            rel = ZD + "%s 关于印发《%s%s》的通知.%s" % (bank_no(co, d, n), co.bank, title, ext)
        else:
            rel = ZD + "部门细则/%s %s.%s" % (dept_no(co, d, n), title, ext)
        sh.file(rel, rule_doc(co, d, k, n, cites), meta_title=r.random() < 0.3)
    for m in GUIDES:
        if r.random() < 0.7:
            n = sh.number()
            sh.slot("guide", lambda d, m=m: ZD + "操作指引/%s作业指引（%d版）.docx" % (m, d.year), lambda d, m=m, n=n: guide(co, d, m, n), "issued")
    d, n = co.issued(), sh.number()
    sh.file(ZD + "%s 关于印发《%s信息科技外包管理办法》的通知.pdf" % (bank_no(co, d, n), co.bank), outsourcing_rules(co, d, n))
    sh.slot("catalog", lambda d: ZD + "信息科技服务目录（%d年版）.docx" % d.year,
        lambda d: catalog(co, d, r.choice([("basic", "level2", "level1"), ("basic", "level2", "level1"), ("basic", "level1"), ("basic",)])), "issued")
    sh.slot("sld_ola", lambda d: ZD + "内部运营级别协议及外包服务级别设计.docx", lambda d: sld_ola(co, d, sld=r.random() < 0.85), "issued")
    sh.slot("baseline", lambda d: ZD + "信息系统安全配置基线（%d版）.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    sh.slot("impl_manual", lambda d: ZD + "操作指引/信息系统建设实施手册.pdf", lambda d: impl_manual(co, d), "issued")

    # --- organisation and the service desk: notices, filed as issued or as the OA export (txt)
    for k, t in [("org", "关于调整信息科技管理委员会及网络安全工作领导小组成员的通知"), ("interface", "关于指定网络安全管理接口人的通知"),
                 ("desk", "关于设立信息科技服务台的通知")]:
        n = sh.number()
        ext = r.choice(["pdf", "docx", "txt"])
        f = {"org": lambda d, n=n: org_notice(co, d, n, outsourced=r.random() < 0.8), "interface": lambda d, n=n: interface_notice(co, d, n),
             "desk": lambda d, n=n: desk_notice(co, d, n)}[k]
        sh.slot(k, lambda d, t=t, ext=ext: ZD + "发文/%d年/%s.%s" % (d.year, t, ext), f, "issued", **({"encoding": "gb18030"} if ext == "txt" and n % 2 else {}))
    sh.slot("staff_list", lambda d: NK + "人员管理/信息科技部人员及外包驻场人员名册（%d年%d月）.xlsx" % (d.year, d.month), lambda d: staff_list(co, d))
    sh.slot("roles", lambda d: NK + "人员管理/科技运维岗位职责清单.xlsx", lambda d: roles(co, d), "issued")
    sh.slot("desk_training", lambda d: NK + "培训/服务台人员培训登记表（%d年）.xlsx" % d.year, lambda d: desk_training(co, d))

    # --- 科技输出: the 村镇银行 (onboarding documents do not age)
    sh.slot("survey", lambda d: KS + "%s科技输出服务需求调研报告.docx" % co.customer, lambda d: survey(co, d, hours=r.random() < 0.9, types=r.random() < 0.85))
    sh.slot("startup", lambda d: KS + "科技输出服务启动会会议纪要（%s）.docx" % iso(d), lambda d: startup_minutes(co, d, health=r.random() < 0.6))
    sh.slot("budget", lambda d: KS + "科技输出服务费用测算表（%d年度）.xlsx" % d.year, lambda d: budget(co, d))
    sh.slot("sla", lambda d: KS + "科技输出服务级别协议（签章版）.pdf",
        lambda d: sla(co, d, modes=r.random() < 0.85, kpis=r.random() < 0.85, health=r.random() < 0.4), "current")
    sh.slot("history_list", lambda d: KS + "历史运维数据清单.xlsx", lambda d: history_list(co, d))
    sh.slot("history_analysis", lambda d: KS + "%d年度生产运行数据分析报告.docx" % (d.year - 1), lambda d: history_analysis(co, d))
    sh.slot("ops_strategy", lambda d: KS + "%d年生产运行保障策略及实施方案.docx" % d.year, lambda d: ops_strategy(co, d), "current")
    sh.slot("avail_kpis", lambda d: KS + "重要信息系统可用性指标清单.xlsx", lambda d: avail_kpis(co, d), "issued")
    sh.slot("service_analysis", lambda d: KS + "运维解决方案生产影响分析报告（%d）.pdf" % d.year, lambda d: service_analysis(co, d, automation=r.random() < 0.7))
    P = KS + "项目建设/"
    sh.slot("req_record", lambda d: P + "新建系统需求分析确认记录.pdf", lambda d: req_record(co, d))
    sh.slot("test_plan", lambda d: P + "%s改造测试方案.docx" % co.sys(1), lambda d: test_plan(co, d, rollback=r.random() < 0.8), "issued")
    sh.slot("compat_report", lambda d: P + "系统改造兼容性验证报告%s.pdf" % d.strftime("%Y%m%d"), lambda d: compat_report(co, d))

    # --- 04 业务连续性
    sh.slot("emergency", lambda d: BC + "重要信息系统突发事件应急预案（%d年修订）.docx" % d.year,
        lambda d: emergency_plan(co, d, strategy=r.random() < 0.7, recovery=r.random() < 0.3), "issued")
    sh.slot("drp", lambda d: BC + "信息系统灾难恢复预案.pdf", lambda d: drp(co, d), "issued")
    sh.slot("bcp", lambda d: BC + "%s业务连续性计划.pdf" % co.bank, lambda d: bcp(co, d), "issued")
    d = co.fresh()
    sh.file(BC + "业务影响分析/%d年业务影响分析（BIA）报告.docx" % d.year, bia(co, d))
    sh.slot("avail_plan", lambda d: BC + "%d年重要信息系统可用性管理计划.docx" % d.year, lambda d: avail_plan(co, d), "current")
    both = r.random() < 0.5
    sh.slot("drill", lambda d: BC + "应急演练/" + yr(d) + "%s报告.docx" % ("%s应急及灾备切换演练" % co.sys(0) if both else "网络安全事件应急演练"),
        lambda d: drill_report(co, d, True, both))
    sh.slot("recovery_drill", lambda d: BC + "应急演练/" + yr(d) + "%s灾备切换演练报告.pdf" % co.sys(0), lambda d: drill_report(co, d, False, True))

    # --- 02 登记簿台账, kept per year
    sh.slot("tickets", lambda d: DJ + yr(d) + "%s-生产事件登记簿（%d年）.xlsx" % (co.gdept, d.year), lambda d: incident_register(co, d, response=r.random() < 0.75))
    sh.slot("changes", lambda d: DJ + yr(d) + "%s-生产变更登记簿（%d年）.xlsx" % (co.gdept, d.year), lambda d: change_register(co, d))
    sh.slot("problems", lambda d: DJ + yr(d) + "问题单台账（%d年）.xlsx" % d.year, lambda d: problem_ledger(co, d))
    sh.slot("avail_events", lambda d: DJ + yr(d) + "重要信息系统服务中断登记表（%d年）.xlsx" % d.year, lambda d: outage_register(co, d))
    sh.slot("assets", lambda d: DJ + "资产与配置/信息科技资产台账（%d年%d月）.xlsx" % (d.year, d.month), lambda d: asset_ledger(co, d))
    sh.slot("cmdb", lambda d: DJ + "资产与配置/CMDB导出_%s.xlsx" % d.strftime("%Y%m%d"), lambda d: cmdb(co, d, relations=r.random() < 0.7))
    sh.slot("ci_updates", lambda d: DJ + "资产与配置/配置项变更维护登记簿（%d年）.xlsx" % d.year, lambda d: ci_updates(co, d))
    sh.slot("kb", lambda d: DJ + "知识库导出_%s.xlsx" % d.strftime("%Y%m%d"), lambda d: kb_export(co, d))
    types = [t for t in ["日常维护", "状态检查", "病毒查杀", "故障处理", "版本升级"] if r.random() < 0.65] or ["日常维护"]
    hw = r.random() < 0.5
    sh.slot("jobs", lambda d: DJ + yr(d) + "网络安全设备运维登记簿（%d年）.xlsx" % d.year, lambda d: device_register(co, d, types, hw))
    for m in sorted(r.sample(range(3, 11), 3)):
        d = date(2026, m, 26)
        sh.file(DJ + "2026年/巡检记录/数据中心网络安全设备巡检记录（2026年%d月）.xlsx" % m, patrol_month(co, d, antivirus=r.random() < 0.5))
    sh.slot("health", lambda d: DJ + yr(d) + "%s健康检查报告（%d年第%s季度）.pdf" % (co.customer, d.year, han(quarter(d))), lambda d: health_report(co, d, collection=r.random() < 0.3))
    sh.slot("collection", lambda d: DJ + yr(d) + "安全信息采集登记簿（%d年）.xlsx" % d.year, lambda d: collection(co, d))
    sh.slot("log_audit", lambda d: DJ + yr(d) + "%d年第%s季度安全审计日志分析报告.docx" % (d.year, han(quarter(d))), lambda d: log_audit(co, d))
    for i in range(r.randint(2, 3)):
        d = date(2026, 3 + 3 * i, 10 + i)
        sh.file(BG + "安全通报/网络安全通报（%d年第%d期）.%s" % (d.year, d.month, r.choice(["pdf", "txt", "docx"])), bulletin(co, d, full=r.random() < 0.7))
    sh.slot("pentest_plan", lambda d: BG + "安全测试/%d年度渗透测试计划.docx" % d.year, lambda d: pentest_plan(co, d), "current")
    sh.slot("pentest_report", lambda d: BG + "安全测试/%s渗透测试报告（%s）.pdf" % (co.sys(1), d.strftime("%Y%m")), lambda d: pentest_report(co, d))
    sh.slot("dev_plan", lambda d: BG + "%d年安全运维工具研发计划.docx" % d.year, lambda d: dev_plan(co, d), "current")

    # --- 03 报告: quarterly reports to the board's committee (trends; by chance KPIs,
    # availability, 生产事件), the risk assessment, the regulator's form, the year's report
    for qn in sorted(r.sample([1, 2, 3], 2 + (r.random() < 0.5))):
        d = date(2026, 3 * qn + 1, 8 + r.randint(0, 10))
        inc = r.random() < 0.6
        sh.file(BG + "季度报告/关于2026年第%s季度信息科技风险情况的报告.%s" % (han(qn), r.choice(["docx", "docx", "pdf"])),
            quarter_report(co, d, qn, kpi=r.random() < 0.4, avail=r.random() < 0.4, incidents=inc, analysis=inc and r.random() < 0.7))
    d = date(2026, 7, 20 + r.randint(0, 8))
    sh.file(BG + "科技风险评估/关于%d年上半年信息科技风险评估情况的报告.docx" % d.year, risk_assessment(co, d, "上半年"))
    d = date(2026, 10, 12 + r.randint(0, 6))
    sh.file(BG + "监管报送/信息科技监管统计报表（%d年第%s季度）.xlsx" % (d.year, han(quarter(d) - 1)), reg_report(co, d))
    sh.slot("avail_report", lambda d: BG + "%d年%d月重要信息系统可用性分析报告.docx" % (d.year, d.month), lambda d: avail_report(co, d))
    sh.slot("postmortem", lambda d: BG + "%d年重大生产事件及失败变更复盘整改报告.docx" % d.year, lambda d: postmortem(co, d))
    if r.random() < 0.7:
        d = date(2026, 11, 14 + r.randint(0, 10))
        sh.file(BG + "%d年度信息科技工作报告（报%s）.docx" % (d.year, co.board), annual_report(co, d))
    sh.slot("kpi_stats", lambda d: BG + "运维关键指标统计表（%d年）.xlsx" % d.year, lambda d: kpi_stats(co, d))
    d = co.fresh()
    sh.file(DJ + yr(d) + "生产变更窗口安排表（%d年%d月）.xlsx" % (d.year, d.month), change_window(co, d))
    d = co.fresh()
    sh.file(BC + "重要信息系统清单（%d年）.xlsx" % d.year, important_systems(co, d))

    # --- satisfaction
    halves = [(2026, "上半年", date(2026, 7, 6)), (2025, "下半年", date(2026, 1, 13)), (2025, "上半年", date(2025, 7, 9))]
    for yy, h, d in halves[:r.choice([2, 3])]:
        d = d + timedelta(days=r.randint(0, 10))
        sh.file(KS + "满意度/%d年%s科技服务满意度调查报告.docx" % (yy, h), sat_survey(co, d, yy, h))
    sh.slot("sat_trend", lambda d: KS + "满意度/科技服务满意度趋势分析报告（%d）.pdf" % d.year, lambda d: sat_trend(co, d))
    sh.slot("callbacks", lambda d: KS + "满意度/服务回访登记表（%d年）.xlsx" % d.year, lambda d: callbacks(co, d))

    # --- 06 内控与体系: audit, review, measurement, improvement
    sh.slot("audit", lambda d: NK + "内控合规检查/%d年度信息科技内控合规检查暨运维服务体系内部审核报告.pdf" % d.year, lambda d: audit_report(co, d))
    inputs = tuple(x for x in ("perf", "feedback", "resources", "ca", "changes", "improve") if r.random() < 0.9)
    sh.slot("review", lambda d: NK + "信息科技管理委员会/信息科技管理委员会会议纪要（%d年管理评审）.docx" % d.year, lambda d: committee_minutes(co, d, inputs))
    sh.slot("measurement", lambda d: NK + "服务监测/科技服务目标监测表（%d年）.xlsx" % d.year, lambda d: measurement(co, d))
    sh.slot("capa", lambda d: NK + "服务监测/整改及预防措施单ZG%d-07.docx" % d.year, lambda d: capa(co, d, verify=r.random() < 0.75))
    sh.slot("iso_cert", lambda d: NK + "ISO20000认证证书.pdf", lambda d: iso_cert(co, d), "issued")
    sh.slot("improve_plan", lambda d: NK + "持续改进/%d年信息科技持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, criteria=r.random() < 0.75))
    scored, tracked = r.random() < 0.85, r.random() < 0.8
    sh.slot("improve_ledger", lambda d: NK + "持续改进/改进事项台账（%d年）.xlsx" % d.year, lambda d: improve_ledger(co, d, scored, tracked))
    sh.slot("improve_training", lambda d: NK + "培训/持续改进意识宣贯培训记录（%s）.docx" % iso(d), lambda d: improve_training(co, d))

    # --- 07 等级保护
    sh.slot("grading_criteria", lambda d: DB + "信息系统安全保护等级定级标准.pdf", lambda d: grading_criteria(co, d), "issued")
    sh.slot("grading", lambda d: DB + "%s网络安全等级保护定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    sh.slot("mlps", lambda d: DB + "%d年/%s等保测评报告.pdf" % (d.year, co.sys(1)), lambda d: mlps_report(co, d))

    sh.archive_last_year()
    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    ZD, DJ, BG, BC, KS, NK = "01制度办法/", "02登记簿台账/", "03报告/", "04业务连续性/", "05科技输出/%s/" % co.customer, "06内控与体系/"

    def add(rel, doc):
        co.add(rel, doc, styled=r.random() < 0.6)

    # templates and blank forms
    add(ZD + "表单模板/生产变更申请表（空表）.xlsx",
        blank_sheet("生产变更申请表", co.fresh(), ["变更编号", "变更名称", "变更类型", "影响分析", "实施步骤", "回退方案", "审批意见"]))
    add(ZD + "表单模板/【模板】生产事件报告.docx", blank_text("生产事件报告（模板）", co.fresh(), ["一、事件经过", "二、影响范围", "三、处置过程", "四、原因分析", "五、整改措施"]))
    add(KS + "满意度/科技服务满意度调查问卷（模板）.docx", blank_text("科技服务满意度调查问卷（模板）", co.fresh(), ["响应及时性", "问题解决能力", "服务态度", "总体评价"]))
    add(DJ + "表单模板/网络安全设备巡检记录表（空表）.xlsx", blank_sheet("网络安全设备巡检记录表", co.fresh(), ["日期", "设备", "运行状态", "告警", "巡检人"]))
    add(BC + "应急演练/应急演练报告模板.docx", blank_text("应急演练报告（模板）", co.fresh(), ["演练日期", "演练场景", "参演人员", "演练过程", "演练结论"]))
    # drafts
    d = co.fresh()
    add(BC + "征求意见/%s业务连续性计划（征求意见稿）.docx" % co.bank, decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(KS + "科技输出服务级别协议（草稿）.docx", decoy(sla(co, d), "draft", mark="（草稿）"))
    d = co.fresh()
    add(NK + "持续改进/%d年信息科技持续改进计划（征求意见稿）.docx" % (d.year + 1), decoy(improve_plan(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    # withdrawn
    d = date(2022, 4, 18)
    add(ZD + "已废止/%s 关于印发《%s信息科技问题管理办法》的通知（已废止）.docx" % (bank_no(co, d, 9), co.bank),
        decoy(rule_doc(co, d, "problem", 9), "obsolete", mark="（已废止）"))
    d = date(2022, 6, 7)
    add(BC + "作废/重要信息系统突发事件应急预案（2022版）作废.pdf", decoy(emergency_plan(co, d), "obsolete", mark="（2022版，作废）"))
    # recycle bins
    d = co.fresh()
    add("#recycle/02登记簿台账/%s-生产变更登记簿（%d年）.xlsx" % (co.gdept, d.year), decoy(change_register(co, d), "recycle bin"))
    d = co.fresh()
    add("回收站/网络安全事件应急演练报告.docx", decoy(drill_report(co, d), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:70:13]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        co.raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(4)), "Office lock file")
    co.raw(DJ + "2026年/.~lock.生产事件登记簿.xlsx#",
           (",%s,%s-WS%03d,12.11.2026 10:17,file:///C:/Users/%s/AppData/Roaming/LibreOffice/4;" % (co.p(2), co.short, r.randint(1, 999), co.short)).encode("utf-8"),
           "LibreOffice lock file")
    co.raw(DJ + "2026年/巡检记录/数据中心网络安全设备巡检记录（2026年11月）.xlsx", b"", "empty file")
    co.raw(BC + "应急演练/2026年/业务连续性应急演练报告.docx", b"", "empty file")
    co.raw(BG + "季度报告/关于2026年第四季度信息科技风险情况的报告.docx", b"", "empty file")
    # training and study notices about plans; documents citing procedures; registers
    for plan in ["重要信息系统突发事件应急预案", co.bank + "业务连续性计划", co.bank + "生产变更管理办法"]:
        if r.random() < 0.8:
            d = co.fresh()
            add(NK + "培训/《%s》宣贯培训签到表（%s）.xlsx" % (plan, iso(d)), signin(co, d, plan))
    d = co.fresh()
    # the OA system's export of the notice, plain text (GB18030 from the older OA client)
    co.add(ZD + "发文/%d年/OA导出_关于组织学习《重要信息系统突发事件应急预案》的通知.txt" % d.year,
           study_notice(co, d, "重要信息系统突发事件应急预案"), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    cites = [G_RULES[k][0] for k in ("secinc", "prodinc", "request", "problem", "change", "knowledge", "slm", "audit", "improve")]
    d = co.fresh()
    add(ZD + "%s 信息科技制度体系框架.pdf" % dept_no(co, d, 95), framework(co, d, 95, cites))
    add(ZD + "现行有效信息科技制度目录（2026年）.xlsx", register(co, co.fresh(), cites))
    d = co.issued()
    add(ZD + "部门细则/%s 信息科技管理评审实施细则.docx" % dept_no(co, d, 96), review_rules(co, d, 96))
    d = co.fresh()
    add(NK + "信息科技管理委员会/关于召开信息科技管理委员会%d年度管理评审会议的通知.docx" % d.year, committee_notice(co, d))
    d = co.fresh()
    add(BG + "季度报告/%s会议议程（%d年第四次）.docx" % (co.board, d.year), committee_agenda(co, d))
    d = co.fresh()
    add(BC + "应急演练/%d年度业务连续性应急演练方案.docx" % d.year, drill_scheme(co, d))
    d = co.fresh()
    add(NK + "外包管理/外包驻场人员工作量确认单（%d年%d月）.pdf" % (d.year, d.month), workload_confirm(co, d))
    add(NK + "考核/总行%s2026年度绩效考核指标.xlsx" % co.gdept, dept_kpi(co, co.fresh()))
    # 党建、工会、行政、营销
    for i in sorted(r.sample(range(len(UNRELATED_G)), 3)):
        folder, t, ext, doc = unrelated(co, co.fresh(), i)
        add("其他/%s/%s.%s" % (folder, t, ext), doc)
