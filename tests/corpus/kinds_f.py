# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_f.py - style F: the security-operations department of a telecom operator's
provincial branch (某运营商省公司网络与信息安全部).

A fourth author voice for the accuracy corpus, used only by the F shares.  The branch's
网络与信息安全部 (网安部) runs security operations for the branch's own networks and sells a
云网安全托管 service to 政企 customers; its evidence is written the operator's way: 管理规定 /
实施细则 / 操作规程 carrying a 省公司 file number (冀华讯网安〔2026〕17号) and numbered 一、（一）1.;
records exported from the work-order system (EOMS) with an export line above many columns;
weekly and monthly reports with 【】 prefixes (【网安】2026年10月网络安全运维月报.docx); records
filed by year and month (运维记录/2026/10月/…); a 质量体系文件汇编 whose chapters are several
规定.  Its vocabulary is the operator's: 割接 and 变更, 隐患 and 问题, 故障 for 事件, 护网/重保,
值班, 巡检, 工单, 复盘, 等保测评, 资产台账, 通报, 代维, 省NOC/SOC.  Written from the form, not
from kinds.py, kinds_d.py, kinds_e.py or the rule pack.

Every builder returns a kinds.Doc whose items are what its text proves: an optional part adds
its items only when it is written into the text; a sheet proves its kind only when it has
data rows.  build(co, lock_bytes) lays out one company's share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import decoy, nar

# operator brand, file-number prefix, the department's name, the work-order system, the
# monitoring centre
F_INFO = {
    "f1": ("华讯通信", "冀华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f2": ("中拓电信", "赣中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f3": ("联讯移动", "黑联讯", "信息安全管理部", "IT运维工单平台", "省SOC"),
    "f4": ("神州广通", "琼广通", "网络与信息安全部", "OSS运维工单模块", "省安全运营中心"),
    "f5": ("华讯通信", "甘华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f6": ("中拓电信", "桂中拓", "网络安全管理中心", "综合网管工单系统", "省NOC"),
    "f7": ("联讯移动", "吉联讯", "网络与信息安全部", "运维调度工单平台", "省安全运营中心"),
    "f8": ("华讯通信", "湘华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f9": ("中拓电信", "鲁中拓", "网络安全管理中心", "综合网管工单系统", "省NOC"),
    "f10": ("联讯移动", "川联讯", "信息安全管理部", "IT运维工单平台", "省安全运营中心"),
    "f11": ("神州广通", "滇广通", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f12": ("华讯通信", "浙华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f13": ("中拓电信", "鄂中拓", "网络安全管理中心", "综合网管工单系统", "省NOC"),
    "f14": ("联讯移动", "晋联讯", "信息安全管理部", "IT运维工单平台", "省安全运营中心"),
    "f15": ("神州广通", "黔广通", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f16": ("华讯通信", "闽华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f17": ("中拓电信", "陕中拓", "网络安全管理中心", "综合网管工单系统", "省NOC"),
    "f18": ("华讯通信", "安华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f19": ("中拓电信", "江中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f20": ("联讯移动", "河联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f21": ("神州广通", "辽神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f22": ("华讯通信", "内华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f23": ("中拓电信", "宁中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f24": ("联讯移动", "青联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f25": ("神州广通", "西神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f26": ("华讯通信", "浙华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f27": ("中拓电信", "安中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f28": ("联讯移动", "福联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f29": ("神州广通", "江神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f30": ("华讯通信", "湖华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f31": ("中拓电信", "湖中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f32": ("联讯移动", "山联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f33": ("神州广通", "广神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f34": ("华讯通信", "贵华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f35": ("中拓电信", "云中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f36": ("华讯通信", "河华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f37": ("中拓电信", "河中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f38": ("联讯移动", "山联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f39": ("神州广通", "陕神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f40": ("华讯通信", "甘华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f41": ("中拓电信", "四中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f42": ("联讯移动", "重联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f43": ("神州广通", "吉神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f44": ("华讯通信", "辽华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f45": ("中拓电信", "黑中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f46": ("联讯移动", "内联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f47": ("神州广通", "宁神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f48": ("华讯通信", "青华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f49": ("中拓电信", "海中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f50": ("联讯移动", "江联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f51": ("华讯通信", "广华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f52": ("中拓电信", "贵中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f53": ("联讯移动", "云联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f54": ("神州广通", "西神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f55": ("华讯通信", "新华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f56": ("中拓电信", "天中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f57": ("联讯移动", "河联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f58": ("神州广通", "河神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f59": ("华讯通信", "山华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f60": ("中拓电信", "陕中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f61": ("联讯移动", "甘联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f62": ("神州广通", "四神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f63": ("华讯通信", "重华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f64": ("中拓电信", "吉中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f65": ("联讯移动", "辽联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f66": ("神州广通", "黑神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f67": ("华讯通信", "内华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f68": ("中拓电信", "宁中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f69": ("联讯移动", "青联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f70": ("神州广通", "海神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f71": ("华讯通信", "江华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f72": ("神州广通", "西神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f73": ("华讯通信", "山华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f74": ("中拓电信", "吉中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f75": ("联讯移动", "青联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f76": ("联讯移动", "云联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f77": ("神州广通", "河神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f78": ("华讯通信", "重华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f79": ("中拓电信", "宁中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f80": ("中拓电信", "贵中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f81": ("联讯移动", "河联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f82": ("神州广通", "四神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f83": ("华讯通信", "内华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f84": ("华讯通信", "广华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f85": ("中拓电信", "天中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f86": ("联讯移动", "甘联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f87": ("神州广通", "黑神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f88": ("华讯通信", "江华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f89": ("华讯通信", "新华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f90": ("中拓电信", "陕中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f91": ("联讯移动", "辽联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f92": ("神州广通", "海神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f93": ("神州广通", "西神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f94": ("华讯通信", "山华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f95": ("中拓电信", "吉中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f96": ("联讯移动", "青联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f97": ("联讯移动", "云联讯", "网络与信息安全部", "IT运维工单平台", "省安全运营中心"),
    "f98": ("神州广通", "河神州", "网络与信息安全部", "OSS运维工单模块", "省SOC"),
    "f99": ("华讯通信", "重华讯", "网络与信息安全部", "EOMS电子运维系统", "省SOC"),
    "f100": ("中拓电信", "宁中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
    "f101": ("中拓电信", "贵中拓", "网络与信息安全部", "综合网管工单系统", "省NOC"),
}

CN = "〇一二三四五六七八九十"


def iso(d):
    return d.isoformat()


def ymd(d):
    return "%d%02d%02d" % (d.year, d.month, d.day)


def cnd(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def idx(n):
    """一 二 … 十二 for section numbers."""
    if n <= 10:
        return CN[n]
    return "十" + CN[n - 10]


def file_no(co, d, n):
    return "%s网安〔%d〕%d号" % (co.fprefix, d.year, n)


def masthead(co, d, n, kind):
    """What opens every 规定/细则/规程 of the branch: the branch, the department, the file
    number and the kind of document; the title follows."""
    return [("p", co.name), ("p", "%s　　%s" % (co.dept, kind)), ("p", "文件编号：%s　　%s印发" % (file_no(co, d, n), cnd(d)))]


def rule_body(sections):
    """一、… （一）…: sections = (heading, [paragraphs])."""
    b = []
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "%s、%s" % (idx(i), head)))
        for j, p in enumerate(paras, 1):
            b.append(("p", "（%s）%s" % (idx(j), p) if len(paras) > 1 else p))
    return b


def sheet_export(kind, title, d, co, sheets, record=True):
    """A work-order-system export: first the query line, then the header, then the rows;
    sheets = (name, header, rows, items), a sheet proves its items only with rows."""
    out, items = [], []
    for name, head, rows, its in sheets:
        out.append((name, [["%s查询结果　导出时间：%s 16:%02d　导出人：%s　共%d条" % (co.eoms, iso(d), co.rng.randint(0, 59), co.p(2), len(rows))],
                           head] + [list(r) for r in rows]))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def ledger(kind, title, d, record, sheets):
    """A hand-kept 台账 workbook: a title row per sheet, the header, the rows."""
    out, items = [], []
    for name, head, rows, its in sheets:
        out.append((name, [[title]] + [head] + [list(r) for r in rows]))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


# ------------------------------------------------------------------ 管理规定 / 实施细则 / 操作规程

# key -> (title, kind word, items its text proves, sections)
F_RULES = {
    "secinc": ("网络安全事件管理实施细则", "实施细则",
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("适用范围", ["本细则适用于省公司及各地市分公司网络、IT系统及托管政企客户系统发生的网络安全事件。"]),
        ("事件分级分类", ["按事件性质分为恶意程序、网络攻击、数据泄露、内容安全、设施故障五类。",
                      "按影响范围分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）、一般（Ⅳ级）。"]),
        ("发现与上报", ["省SOC值班员发现或接报后10分钟内电话报网安部值班经理，并在工单系统起网络安全事件工单。",
                     "Ⅱ级及以上事件30分钟内报省公司分管领导和集团网安中心，1小时内书面报告；涉及政企客户的同时通报客户。"]),
        ("处置流程", ["研判定级后由值班经理指挥处置：止损隔离、溯源取证、清除加固、业务恢复，每一步在工单中回填。",
                   "达到应急预案启动条件的，由网安部提请启动应急响应，按预案组织处置，处置结束后宣布解除。"]),
        ("事后复盘", ["事件闭环后5个工作日内组织复盘，形成复盘报告，明确根因和整改项，整改项纳入问题跟踪台账。"])]),
    "fault": ("网络与IT故障管理规定", "管理规定", ["49/incident-procedure"], [
        ("总体要求", ["故障（含告警、用户申告）一律在工单系统派单处理，做到“件件有工单、单单有闭环”。"]),
        ("故障受理与派单", ["省NOC 7×24小时受理监控告警与用户申告，按影响程度定为一级至四级故障。",
                        "一级故障15分钟内派单并电话通知专业室主任，二级故障30分钟内派单。"]),
        ("处理与升级", ["处理人按处理时限恢复业务，超时自动升级至专业室主任、部门领导。", "无法在时限内恢复的，启动技术支撑和厂家支援。"]),
        ("回单与归档", ["业务恢复后回单，写明故障原因和处理措施，经申告人确认后归档；原因不明的转问题管理。"])]),
    "request": ("安全服务请求受理实施细则", "实施细则", ["49/request-procedure"], [
        ("请求范围", ["账号权限开通与回收、防火墙策略开通、VPN接入、日志调阅、漏洞复测等信息安全服务请求。"]),
        ("受理与审批", ["请求人通过工单系统提交；涉及权限与安全策略的请求须经网安部安全主管审批后派单。"]),
        ("实施与确认", ["实施人按操作规程完成，回单写明实施内容，请求人确认后归档；每月统计请求量与平均履行时长。"])]),
    "problem": ("隐患与问题管理实施细则", "实施细则", ["20/procedure", "37/procedure"], [
        ("定义", ["问题是引起一个或多个故障、尚未查明根本原因的情况；隐患是可能引发故障或安全事件的潜在缺陷。"]),
        ("问题立项", ["同类故障一个月内重复出现三次、一级故障、巡检和复盘发现的隐患，均建问题单，明确责任人和整改时限。"]),
        ("根因分析与整改", ["责任人10个工作日内完成根因分析，提出临时规避和根本解决措施；需变更的走变更流程。",
                         "已知问题与规避方法录入运维知识库。"]),
        ("销号", ["整改完成并经一个观察期无复发的，由网安部审核销号；逾期未销号的在月度通报中通报。"])]),
    "change": ("网络与系统变更（割接）管理规定", "管理规定", ["54/procedure"], [
        ("变更分类", ["标准变更、一般变更、重大变更（含割接）和紧急变更；重大变更须经省公司变更评审会审批。"]),
        ("申请与评审", ["申请人提交变更申请单，写明变更原因、影响范围、实施方案、验证方法和回退方案。",
                     "变更评审会每周三召开，评估风险与资源，确定实施窗口。"]),
        ("实施与验证", ["割接在夜间窗口实施，按方案逐步操作并记录；验证不通过立即执行回退方案。"]),
        ("关闭与复盘", ["实施后回填变更结果并更新资产台账；失败割接须组织复盘。"])]),
    "knowledge": ("运维知识库管理办法", "管理办法", ["21/procedure"], [
        ("知识来源", ["故障处理、问题整改、割接经验、厂家技术资料。"]),
        ("编写与审核", ["工单归档时处理人判断是否沉淀知识；知识条目经专业室主任审核后发布。"]),
        ("维护", ["每半年清理过期条目；知识库使用情况纳入月度考核。"])]),
    "slm": ("服务等级管理实施细则", "实施细则", ["39/slm-procedure"], [
        ("服务等级的约定", ["网安部与政企客户签订服务等级协议，与内部支撑部门签订运营级别协议，与代维单位签订服务质量考核协议。"]),
        ("监视与报告", ["每月统计服务等级达成情况并在月报中报告；未达成项分析原因、制定措施。"]),
        ("评审", ["每季度与客户召开服务质量沟通会；服务等级协议每年评审修订一次。"])]),
    "audit": ("网络安全监督检查与内部审核管理规定", "管理规定", ["61/audit-system", "62/audit-mechanism"], [
        ("审核安排", ["每年至少开展一次覆盖全部运维流程的内部审核，审核员经培训持证并与受审部门无直接责任关系。"]),
        ("实施", ["制定审核计划和检查表，首次会议、现场审核、末次会议，开具不符合项报告。"]),
        ("整改与验证", ["受审部门制定纠正措施，网安部跟踪验证；审核结果提交管理评审。"])]),
    "monitor": ("运维质量监控与通报管理办法", "管理办法", ["61/monitoring-process", "62/monitoring-process"], [
        ("监控对象", ["服务等级达成、客户满意度与投诉、运维KPI、设备可用率、工单及时率。"]),
        ("数据与通报", ["省NOC/SOC每日采集数据，网安部每月编制运维月报并通报各单位；连续两月未达标的约谈并开具整改单。"]),
        ("结果应用", ["监控结果纳入绩效考核和管理评审。"])]),
    "improve": ("运维服务持续改进管理规定", "管理规定", ["65/procedure"], [
        ("改进的识别", ["来自内审、管理评审、客户意见、复盘、月度通报的改进项，均可立项。"]),
        ("登记与批准", ["改进项登记入改进项目清单，按评估标准打分，经网安部总经理批准后实施。"]),
        ("实施、测量与报告", ["明确改进目标、责任人和完成时间；完成后测量实际效果，按季度向省公司报告改进进展。"])]),
    "preventive": ("隐患排查与预防措施管理规定", "管理规定", ["66/preventive-actions"], [
        ("隐患排查", ["结合巡检、趋势分析、护网演练和行业通报开展隐患排查，每季度一次专项排查。"]),
        ("预防措施", ["对可能导致不符合的隐患制定预防措施，明确责任人与期限，经部门领导审批。"]),
        ("验证", ["措施完成后一个月内由质量管理员验证有效性，记录于纠正预防措施单。"])]),
    "training": ("网络安全培训服务实施细则", "实施细则", ["31/training-process"], [
        ("需求与计划", ["每年初调研各单位及政企客户的培训需求，编制培训计划。"]),
        ("实施", ["课件经部门审核；培训现场签到、考试；线上课程通过网上大学平台开展。"]),
        ("评估", ["收集培训反馈表，评估培训效果，培训资料归档三年。"])]),
    "pentest": ("渗透测试操作规程", "操作规程", ["31/pentest-process"], [
        ("授权", ["渗透测试前须取得系统责任单位书面授权，明确范围、时间窗口和禁止事项。"]),
        ("实施步骤", ["信息收集、漏洞探测、漏洞验证、权限提升验证，全过程录屏留痕。"]),
        ("报告与复测", ["出具渗透测试报告，高危漏洞当日通报，整改后复测闭环。"]),
        ("禁止事项", ["禁止拒绝服务测试、禁止删除或篡改生产数据。"])]),
}


def pdca_chapter(co):
    """The 汇编's first chapter: how the department plans, runs, checks and improves."""
    return ("网络安全运维管理体系总则", ["10/pdca", "61/audit-system"], [
        ("体系框架", ["网安部按照策划、实施、监视与评审、持续改进的闭环管理安全运维工作。"]),
        ("各环节要求", ["策划：每年初确定运维目标、服务目录和年度重点工作；",
                      "实施：按本汇编各项规定开展运维；",
                      "监视与评审：通过运维月报、内部审核、管理评审检查目标达成；",
                      "持续改进：评审发现的问题立项改进，纳入次年计划。"]),
        ("外部审核", ["体系每年接受认证机构监督审核，证书在有效期内。"])])


def rule_doc(co, d, key, n, cites=()):
    """A 规定/细则/规程 filed on its own."""
    title, kind, items, secs = F_RULES[key]
    secs = list(secs)
    if cites:
        secs.append(("相关文件", ["本%s与%s配套执行。" % (kind[-2:], "、".join("《%s》" % c for c in cites))]))
    secs.append(("附则", ["本%s由%s负责解释，自印发之日起施行。" % (kind[-2:], co.dept)]))
    b = masthead(co, d, n, kind) + [("title", title)] + rule_body(secs)
    return Doc("proc:" + key, title, d, items, False, b)


def compendium(co, d, keys, with_pdca):
    """质量体系文件汇编: a chapter per 规定 (and the 总则 when it has one): it proves each."""
    b = [("p", co.name), ("title", "%s质量体系文件汇编（%d版）" % (co.dept, d.year)), ("p", "汇编：%s质量管理员　%s" % (co.dept, cnd(d))),
         ("p", "本汇编经%s部门办公会审议通过，由%s批准，自印发之日起施行。" % (co.dept, co.boss)),
         ("p", "目录")]
    chapters = ([pdca_chapter(co)] if with_pdca else []) + [(F_RULES[k][0], F_RULES[k][2], F_RULES[k][3]) for k in keys]
    for i, (t, _, _) in enumerate(chapters, 1):
        b.append(("p", "第%s章　%s" % (idx(i), t)))
    b.append(("break",))
    items = []
    for i, (t, its, secs) in enumerate(chapters, 1):
        b.append(("h1", "第%s章　%s" % (idx(i), t)))
        for j, (head, paras) in enumerate(secs, 1):
            b.append(("h2", "%s、%s" % (idx(j), head)))
            b += [("p", p) for p in paras]
        items += its
    return Doc("compendium", "质量体系文件汇编", d, sorted(set(items)), False, b)


OP_RULES = {
    "防火墙策略": ["登录堡垒机，导出当前策略", "比对策略基线，标注过期与冗余策略", "依据审批工单增删策略", "保存配置并备份至配置库"],
    "漏洞扫描": ["核对授权与扫描窗口", "导入资产范围，执行扫描", "复核高危漏洞并通报责任单位", "整改后复扫"],
    "安全日志审计": ["检查日志源接入完整性", "运行审计规则", "研判告警，可疑事件起工单"],
    "设备巡检": ["按巡检表逐台检查运行状态、告警、CPU与内存", "检查特征库版本", "异常即起故障工单"],
    "重保值守": ["重保前完成隐患排查与加固", "值守期间每小时报平安", "发现攻击立即封堵并上报"],
}


def op_rule(co, d, module, n):
    """操作规程: an operations module's steps (a 作业指导书)."""
    steps = OP_RULES[module]
    b = masthead(co, d, n, "操作规程") + [("title", "%s操作规程" % module)] + rule_body([
        ("适用范围", ["适用于%s运维作业。" % module]),
        ("作业步骤", ["%s。" % s for s in steps]),
        ("记录", ["作业结果回填工单系统。"])])
    return Doc("work_instruction", "%s操作规程" % module, d, ["24/work-instructions", "11/manuals"], False, b)


# ------------------------------------------------------------------ 政企客户 (onboarding)

def survey(co, d, hours=True, types=True):
    parts = [("一、调研情况", "%d年%d月，%s组织客户经理与安全专家走访%s，座谈信息中心负责人%s，了解其业务规划与现有防护。" % (
        d.year, d.month, co.dept, co.customer, co.cp(0)), [])]
    if hours:
        parts.append(("二、服务时段要求", [("table", [["系统", "保障时段", "特殊时期", "到场时限"],
                                                 [co.sys(0), "全天候（7×24）", "重保期间专人驻守", "2小时"],
                                                 [co.sys(1), "全天候（7×24）", "节假日远程值守", "4小时"],
                                                 [co.sys(2), "工作日 8:00-18:00", "无", "次工作日"]]),
                                      "客户要求：核心系统全天候保障，重大活动期间提前一周进入重保状态。"], ["1/survey"]))
    if types:
        parts.append(("三、安全服务需求", ["客户需要的安全服务按类型分为：云网安全托管（防火墙、WAF、抗D）、安全监测与应急响应、"
                                        "漏洞扫描与渗透测试、等保合规咨询、安全意识培训。",
                                        ("table", [["服务类型", "具体需求", "紧迫程度"], ["安全托管", "边界防护设备托管", "急"],
                                                   ["监测响应", "7×24监测、应急处置", "急"], ["检测评估", "季度漏扫、年度渗透", "一般"],
                                                   ["合规培训", "等保测评配合、全员培训", "一般"]])], ["5/survey"]))
    parts.append(("四、结论", "调研结果经客户签字确认，作为服务方案和服务等级协议的依据。", []))
    return nar("survey", "%s云网安全托管服务需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    rows = [["1", "安全设备托管", "驻场工程师1人", 230, 1200, 276000, "%d年1月启动" % d.year],
            ["2", "7×24安全监测", "SOC值班席位", 60, 1300, 78000, "全年"],
            ["3", "季度巡检与健康检查", "高级工程师2人", 24, 1600, 38400, "每季度末"],
            ["4", "漏洞扫描与渗透测试", "测试工程师2人", 20, 2200, 44000, "%d年6月底前" % d.year],
            ["5", "应急响应与重保", "专家组", 15, 2500, 37500, "按需"], ["", "合计", "", 349, "", 473900, ""]]
    return ledger("budget", "%s云网安全托管项目成本测算表（%d）" % (co.customer, d.year), d, False, [
        ("测算", ["序号", "服务内容", "人力配置", "工作量（人天）", "单价（元）", "经费（元）", "项目节点"], rows, ["2/budget"])])


def kickoff(co, d, health=True):
    parts = [(None, ["时间：%s　地点：%s信息中心会议室" % (cnd(d), co.customer), "参会：客户方%s、%s；我方%s（项目经理）、%s、代维%s" % (
        co.cp(0), co.cp(1), co.p(0), co.p(2), co.vp(0))], []),
        ("一、服务内容与交付", ["会议确认托管范围为%s及边界安全设备，驻场1人，夜间由%s远程值守，每月5日前报送月报。" % ("、".join(co.systems), co.noc),
                           "双方对上述内容无异议，达成一致。"], ["3/communication"])]
    if health:
        parts.append(("二、巡检与健康检查安排", ["经协商，每季度开展一次健康检查，季度检查到客户机房现场检查，重保前加做一次远程检查；"
                                             "检查内容为设备和业务系统的运行状态、可用性、配置与容量，检查完成后一周内提交报告。"], ["15/agreement"]))
    parts.append(("三、后续工作", ("table", [["序号", "事项", "责任人", "完成时间"], [1, "服务等级协议签署", co.p(0), iso(d + timedelta(days=10))],
                                          [2, "资产台账初始化", co.p(3), iso(d + timedelta(days=30))]]), []))
    return nar("communication", "%s安全托管项目交底会会议纪要" % co.customer, d, False, parts)


def history_list(co, d):
    rows = [[i, n, s, "%d年1月—12月" % (d.year - 1), co.rng.randint(80, 9000), co.p(i % 5)] for i, (n, s) in enumerate(
        [("故障工单", co.eoms), ("服务请求工单", co.eoms), ("变更（割接）记录", co.eoms), ("隐患与问题单", "问题跟踪台账"),
         ("监控告警", "综合网管"), ("安全日志", "态势感知平台"), ("满意度回访", "客服系统")], 1)]
    return ledger("history_list", "历史运维数据清单", d, False, [
        ("清单", ["序号", "数据名称", "数据来源", "时间范围", "数据量（条）", "数据责任人"], rows, ["4/history-list"])])


def history_analysis(co, d):
    py = d.year - 1
    return nar("history_analysis", "%d年度安全运维历史数据分析报告" % py, d, False, [
        ("一、指标完成情况", "%d年托管系统可用率99.93%%，一级故障按时恢复率97%%，工单及时率98.2%%。" % py, ["4/analysis"]),
        ("二、违规操作", "堡垒机审计发现绕行操作5次、共用账号2次，已通报并纳入考核。", []),
        ("三、重大事件", "一级故障1次：%s数据库存储故障，业务中断46分钟。" % co.sys(0), []),
        ("四、失败割接", "全年割接219次，失败3次，均按方案回退，主要原因是割接前验证不充分。", []),
        ("五、建议", "加强割接前验证，补齐应用层监控。", [])])


def ops_strategy(co, d):
    return nar("ops_strategy", "%d年安全运维保障策略及实施方案" % d.year, d, False, [
        ("一、编制依据", "依据《%d年度安全运维历史数据分析报告》提出的问题。" % (d.year - 1), []),
        ("二、保障策略", "割接前须在测试环境验证并准备回退方案；应用层监控全覆盖；重保期间驻场与远程双线值守。", ["4/strategy"]),
        ("三、实施安排", ("table", [["措施", "责任人", "完成时间"], ["搭建割接验证环境", co.p(3), "一季度"], ["应用监控接入", co.p(2), "二季度"],
                                   ["重保值守预案", co.p(0), "一季度"]]), [])], pre=masthead(co, d, co.rng.randint(30, 60), "实施方案"))


def avail_kpis(co, d):
    rows = [["整体指标", "托管系统综合可用率", "全部托管系统", "≥99.9%", "月"], ["整体指标", "一级故障次数", "全部托管系统", "≤1次", "季"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.95%", "月"], ["单系统指标", "%s故障平均恢复时长" % co.sys(1), co.sys(1), "≤30分钟", "月"]]
    return ledger("avail_kpis", "系统可用性指标清单", d, False, [
        ("指标", ["指标类别", "指标名称", "适用系统", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def service_analysis(co, d, automation=True):
    parts = [("一、以往解决方案对生产的影响", "回顾%d年实施的27项解决方案（策略优化、补丁、扩容），2项造成业务短时中断（最长5分钟），均在割接窗口内。" % (d.year - 1),
              ["7/impact-analysis"])]
    if automation:
        parts += [("二、安全事件处置效率", "全年安全事件104起，平均处置2.9小时；封禁恶意IP、病毒告警派单等重复处置占58%。", []),
                  ("三、可自动化的服务", "建议上线自动化编排：恶意IP自动封禁、告警自动派单、巡检报告自动生成。", ["7/automation"])]
    return nar("service_analysis", "安全运维服务回顾及生产影响分析", d, True, parts)


def sld_ola(co, d, sld=True):
    parts = []
    if sld:
        parts.append(("一、对代维单位的服务等级设计", ("table", [["故障级别", "%s响应" % co.vendor, "%s恢复" % co.vendor],
                                                           ["一级", "15分钟", "2小时"], ["二级", "30分钟", "6小时"], ["三级", "2小时", "24小时"]]), ["8/sld"]))
    parts.append(("二、内部运营级别协议", ["省NOC、省SOC、网安部各专业室之间约定：一级故障15分钟内接单、2小时内恢复；二级故障30分钟接单、6小时恢复。",
                                        "内部时限与对代维单位的服务等级设计保持一致，每半年对照检查一次。"], ["8/ola"]))
    return nar("sld_ola", "内部运营级别协议（OLA）及代维服务等级设计", d, False, parts, pre=masthead(co, d, co.rng.randint(30, 60), "管理规定"))


def org_notice(co, d, n, outsourced=True):
    rows = [["组别", "职务", "姓名", "单位"], ["网络安全工作领导小组", "组长", co.boss, co.name], ["网络安全工作领导小组", "副组长", co.p(1), co.name],
            ["管理组", "组长", co.p(3), co.dept], ["执行组", "安全运维工程师", co.p(4), co.dept]]
    items = ["9/org-chart", "23/org-chart"]
    if outsourced:
        rows.append(["执行组", "代维工程师（驻场）", co.vp(0), co.vendor])
        items.append("9/outsourcing")
    return nar("org_chart", "关于调整网络安全工作领导小组及工作组成员的通知", d, False, [
        (None, ["各部门、各地市分公司：", "为加强网络安全工作，经研究，调整网络安全工作领导小组及其下设管理组、执行组，成员如下：",
                ("table", rows), "领导小组负责网络安全重大事项决策；管理组负责制度、检查与考核；执行组负责日常安全运维和应急处置。"], items)],
        pre=masthead(co, d, n, "通知"))


def staff_list(co, d):
    rows = [[co.p(i), ["项目经理", "安全工程师", "驻场工程师", "网络工程师", "值班员"][i], co.dept, "正式", "在岗"] for i in range(5)]
    rows += [[co.vp(0), "代维安全工程师", co.vendor, "代维", "在岗"], [co.vp(1), "代维网络工程师", co.vendor, "代维", "在岗"]]
    return ledger("staff_list", "安全运维人员清单（%d年%d月）" % (d.year, d.month), d, True, [
        ("人员", ["姓名", "岗位", "单位", "用工性质", "状态"], rows, ["9/staff-list", "9/outsourcing"])])


def roles(co, d):
    rows = [["网安部总经理", "安全运维总体负责", "领导小组"], ["安全主管", "安全策略审批、事件指挥", "管理组"], ["质量管理员", "内审、考核、改进", "管理组"],
            ["SOC值班员", "监测、派单、上报", "执行组"], ["安全工程师", "处置、渗透测试、加固", "执行组"], ["代维工程师", "设备维护、巡检", "执行组"]]
    return ledger("role_list", "安全运维岗位及职责清单", d, False, [("岗位", ["岗位", "主要职责", "所属组别"], rows, ["18/roles", "23/roles"])])


def interface_notice(co, d, n):
    return nar("interface_person", "关于明确网络安全管理接口人的通知", d, False, [
        (None, ["各部门、各地市分公司：", "明确%s为网安部网络安全管理接口人，负责与集团、监管部门及政企客户的安全工作对接、事件通报和检查配合；%s为备岗。" % (
            co.p(3), co.p(1)), "%s　%s" % (co.dept, cnd(d))], ["28/interface-person"])], pre=masthead(co, d, n, "通知"))


def duty_notice(co, d, n):
    return nar("service_desk", "关于设立安全运维服务台的通知", d, False, [
        (None, ["依托%s设立安全运维服务台，作为客户和各单位报障、提请求、咨询投诉的统一入口，7×24小时受理。" % co.noc,
                "服务台由%s、%s等值班员轮班，首问负责，受理后统一在%s派单。" % (co.p(4), co.p(5), co.eoms)], ["48/service-desk"])],
        pre=masthead(co, d, n, "通知"))


def desk_training(co, d):
    rows = [[co.p(i % 2 + 4), c, iso(d), "网上大学", s] for i, (c, s) in enumerate(
        [("服务台受理规范与首问负责", 93), ("故障分级与派单规则", 88), ("%s操作" % co.eoms, 95), ("投诉处理技巧", 90)])]
    return ledger("desk_training", "服务台值班员培训记录", d, True, [
        ("记录", ["姓名", "培训内容", "日期", "方式", "考试成绩"], rows, ["48/training"])])


def catalog(co, d, parts, n):
    secs = {"basic": (["12/catalog"], [("初始服务", "资产梳理、台账建立、流程导入"), ("安全设备运维", "防火墙、WAF、IPS、抗D设备维护"),
                                       ("日常巡检", "设备与告警日巡检"), ("健康检查", "季度健康检查"), ("安全事件审计", "日志审计与分析")]),
            "level2": (["19/catalog"], [("运维监控与分析", "7×24监控，月度趋势分析"), ("终端安全监控", "终端防病毒与EDR监控"),
                                        ("等级保护合规性运维", "等保测评配合与整改")]),
            "level1": (["26/catalog"], [("安全通告及漏洞分析", "漏洞、病毒、厂商通告及影响分析"), ("应急响应", "7×24应急响应，一级事件2小时到场")])}
    rows, items = [["序号", "服务项", "服务内容", "服务等级"]], ["29/catalog"]
    for p in parts:
        its, entries = secs[p]
        items += its
        for name, what in entries:
            rows.append([len(rows), name, what, "按服务等级协议"])
    return nar("catalog", "云网安全托管服务目录", d, False, [(None, ["本目录为%s对内对外提供的安全运维服务清单。" % co.dept, ("table", rows)], items)],
               pre=masthead(co, d, n, "管理规定"))


def baseline(co, d):
    rows = [["操作系统", "口令策略", "≥10位含三类字符，90天更换", "全部主机"], ["操作系统", "远程管理", "禁止root远程登录", "全部主机"],
            ["网络设备", "管理协议", "仅SSHv2/HTTPS", "全部网络设备"], ["数据库", "审计", "开启审计并送态势感知平台", "全部数据库"]]
    return ledger("baseline", "安全配置基线（%d版）" % d.year, d, False, [("基线", ["类别", "检查项", "要求", "适用范围"], rows, ["25/baseline"])])


def test_plan(co, d, rollback=True):
    parts = [("一、割接范围", "%s迁移至新资源池涉及的主机、数据库和应用。" % co.sys(1), []),
             ("二、测试验证", "割接前在测试环境完成功能、性能、安全测试，并验证网络、系统、应用兼容。", ["25/test-plan"])]
    if rollback:
        parts.append(("三、回退方案", "割接前全量备份；任一验证项不通过，30分钟内回退至原环境，回退步骤已在测试环境演练。", ["25/rollback", "11/rollback"]))
    return nar("test_plan", "%s割接测试验证方案" % co.sys(1), d, False, parts)


def req_record(co, d):
    return nar("req_analysis", "新建系统安全需求确认记录", d, True, [
        (None, ["项目：%s安全能力提升　日期：%s" % (co.customer, cnd(d)),
                ("table", [["类别", "需求", "确认"], ["功能", "统一认证与访问控制", "客户已确认"], ["性能", "并发3000、页面响应≤2秒", "客户已确认"],
                           ["安全", "满足等保三级、重要操作双因素认证", "客户已确认"]]), "客户签字：%s" % co.cp(1)], ["11/requirements"])])


def compat_report(co, d):
    return nar("compat_report", "割接兼容性验证报告", d, True, [
        (None, ["验证时间：%s" % cnd(d), ("table", [["验证项", "验证内容", "结论"], ["网络兼容", "新旧网段路由与策略互通", "通过"],
                                                 ["系统兼容", "新操作系统与原中间件", "通过"], ["应用兼容", "%s接口调用" % co.sys(0), "通过"]])],
         ["11/compatibility"])])


def impl_manual(co, d):
    return nar("construction_manual", "网络安全工程施工手册", d, False, [
        ("一、工程组织", "项目经理负责制，设施工组、测试组、质量组。", ["11/manuals"]),
        ("二、施工流程", "现场勘察、方案会审、安装调测、割接、试运行、初验、终验。", []),
        ("三、施工纪律", "无割接审批不得动生产设备；进出机房登记。", [])], pre=masthead(co, d, co.rng.randint(30, 60), "操作规程"))


# ------------------------------------------------------------------ plans (预案、计划)

def avail_plan(co, d):
    return nar("avail_plan", "%d年托管系统可用性保障计划" % d.year, d, False, [
        ("一、可用性目标", "%s可用率≥99.95%%，其余托管系统≥99.9%%。" % co.sys(0), ["18/availability-plan", "22/plan"]),
        ("二、保障措施", "双链路双设备冗余、季度主备切换测试、容量门限告警。", []),
        ("三、监测与报告", "可用性事件在工单系统登记；每月在运维月报中报告可用率。", [])])


def pentest_plan(co, d):
    return nar("pentest_plan", "%d年渗透测试工作计划" % d.year, d, False, [
        (None, [("table", [["批次", "测试对象", "方式", "时间", "负责人"], ["1", "互联网门户", "黑盒", "3月", co.p(1)], ["2", co.sys(0), "灰盒", "6月", co.p(1)],
                           ["3", "移动客户端", "灰盒", "9月", co.p(5)], ["4", "内网核心区", "白盒", "11月", co.p(1)]]),
                "每批次测试前取得书面授权。"], ["31/pentest-plan", "32/pentest-plan"])])


def dev_plan(co, d):
    return nar("dev_plan", "%d年安全工具自主研发计划" % d.year, d, False, [
        (None, ["结合客户需求和自有研发能力，计划研发：", ("table", [["工具", "用途", "完成时间", "负责人"], ["巡检报告自动生成", "汇总巡检数据出报告", "%d年6月" % d.year, co.p(2)],
                                                                  ["封禁编排脚本", "恶意IP自动封禁", "%d年9月" % d.year, co.p(1)]])], ["33/dev-plan"])])


def sla(co, d, modes=True, kpis=True, health=False):
    parts = [(None, "甲方：%s　乙方：%s　协议编号：%s-SLA-%d" % (co.customer, co.name, co.short, d.year), ["39/sla"]),
             ("一、服务范围", "%s及边界安全设备的安全托管。" % "、".join(co.systems), [])]
    if modes:
        parts.append(("二、运维方式", "驻场值守（工作日1人）、定期巡检（每日远程巡检、每月现场巡检）、远程值守（夜间及节假日由%s值守）。" % co.noc, ["35/sla"]))
    if kpis:
        parts.append(("三、服务指标", ("table", [["指标", "承诺值"], ["核心系统可用率", "≥99.9%"], ["一级故障响应", "15分钟"],
                                               ["一级故障恢复", "4小时"], ["满意度", "≥90分"]]), ["36/sla"]))
    if health:
        parts.append(("四、健康检查", "每季度健康检查一次，以现场检查为主、远程检查为辅，检查设备与业务系统的可用性、运行状态和配置，检查后提交报告。", ["15/agreement"]))
    parts.append(("五、协议期限", ["自%s起一年。" % cnd(d), "甲方（盖章）：%s　乙方（盖章）：%s" % (co.customer, co.name)], []))
    return nar("sla", "云网安全托管服务等级协议", d, False, parts)


def emergency_plan(co, d, strategy=True, recovery=False):
    parts = [("一、适用范围", "托管系统及省公司网络发生网络安全事件或重大故障时的应急处置。", ["36/emergency-plan", "53/emergency-plan"]),
             ("二、应急组织", "应急领导小组组长由%s担任，下设技术处置组、通报联络组、后勤保障组。" % co.boss, []),
             ("三、响应分级", "Ⅰ级事件15分钟响应、1小时到场；Ⅱ级30分钟响应。", []),
             ("四、处置流程", "监测预警、启动响应、先期处置、应急处置、恢复、总结评估。", [])]
    if strategy:
        parts.append(("五、恢复策略", "核心系统RTO不超过2小时、RPO不超过15分钟，采用同城灾备切换；其余系统从备份恢复。", ["55/plan"]))
    if recovery:
        parts.append(("六、系统恢复", "按网络、存储、数据库、应用的顺序逐层恢复，各系统恢复步骤见附表。", ["36/recovery-plan"]))
    return nar("emergency_plan", "网络安全事件应急预案", d, False, parts, pre=masthead(co, d, co.rng.randint(30, 60), "预案"))


def drp(co, d):
    return nar("recovery_plan", "信息系统灾难恢复预案", d, False, [
        ("一、恢复目标", "%s RTO 2小时、RPO 15分钟。" % co.sys(0), ["36/recovery-plan"]),
        ("二、恢复资源", "同城灾备中心、每日全量备份和实时日志同步。", []),
        ("三、恢复步骤", "宣告灾难、切换网络、恢复数据库、拉起应用、业务验证、择机回切。", [])], pre=masthead(co, d, co.rng.randint(30, 60), "预案"))


def bcp(co, d):
    return nar("bcp", "业务连续性管理规定", d, False, [
        ("一、业务影响分析", "关键业务为%s和%s，最长可容忍中断4小时。" % (co.sys(0), co.sys(1)), ["42/bcp"]),
        ("二、连续性策略", "以应急预案和灾难恢复预案为支撑，关键业务双活或同城灾备。", []),
        ("三、演练与评审", "每年至少演练一次，演练后评审修订。", [])], pre=masthead(co, d, co.rng.randint(30, 60), "管理规定"))


def grading_criteria(co, d):
    return nar("grading_criteria", "信息系统安全保护等级确定标准", d, False, [
        (None, ["依据GB/T 22240，按侵害客体和侵害程度确定等级：", ("table", [["侵害客体", "一般损害", "严重损害", "特别严重损害"],
                                                                ["公民、法人和其他组织合法权益", "第一级", "第二级", "第三级"],
                                                                ["社会秩序、公共利益", "第二级", "第三级", "第四级"]])], ["51/grading-criteria"])],
        pre=masthead(co, d, co.rng.randint(30, 60), "管理规定"))


# ------------------------------------------------------------------ 台账与工单 (ledgers and exports)

def asset_ledger(co, d):
    rows = []
    for i, (t, n, m, f, port) in enumerate([("FW", "出口防火墙", "华为USG6680", "边界访问控制", "GE1/0/1↔核心交换机"),
                                            ("WAF", "Web应用防火墙", "安恒明御WAF", "Web攻击防护", "透明串接"),
                                            ("ADS", "抗DDoS设备", "绿盟ADS", "流量清洗", "旁路牵引"),
                                            ("SW", "核心交换机", "H3C S12508", "数据交换", "上联防火墙"),
                                            ("SRV", "应用服务器", "浪潮NF5280", co.sys(0), "bond0↔交换机")], 1):
        rows.append(["ZC-%s-%04d" % (t, 100 + i), n, "服务器" if t == "SRV" else "安全设备", m, f, "%s枢纽楼4层%02d列" % (co.city, i), port,
                     "生产域", ["重要", "重要", "一般", "重要", "重要"][i - 1], "主备" if i < 3 else "单机", "V%d.%d" % (co.rng.randint(5, 9), co.rng.randint(0, 9))])
    return ledger("asset_list", "网络安全资产台账（%d年%d月）" % (d.year, d.month), d, True, [
        ("资产", ["资产编号", "资产名称", "资产类别", "品牌型号", "用途", "安装位置", "端口对应", "部署区域", "重要程度", "防护措施", "软件版本"], rows,
         ["13/asset-list", "43/asset-list"])])


def config_lib(co, d, relations=True):
    head = ["配置项编号", "配置项名称", "类型", "版本", "责任人", "保密级别", "访问权限", "完整性校验", "备份方式"]
    if relations:
        head += ["关联配置项", "关联关系"]
    rows = []
    for i, (n, t) in enumerate([("出口防火墙策略集", "安全配置"), ("WAF防护规则", "安全配置"), ("%s应用配置" % co.sys(0), "应用配置"),
                                ("数据库参数", "数据库配置"), ("堡垒机账号策略", "安全配置")], 1):
        r = ["PZ%05d" % (700 + i), n, t, "%d.%d" % (co.rng.randint(1, 6), co.rng.randint(0, 9)), co.p(i % 5),
             ["秘密", "内部", "秘密", "秘密", "内部"][i - 1], "仅配置管理员可修改", "MD5校验", "每日备份至异地"]
        if relations:
            r += ["PZ%05d" % (700 + (i % 5) + 1), ["部署于", "依赖", "运行于", "依赖", "防护"][i - 1]]
        rows.append(r)
    return sheet_export("cmdb", "配置库导出", d, co, [("配置项", head, rows, ["27/cmdb"] + (["38/cmdb-relations"] if relations else []))])


def ci_changes(co, d):
    rows = [[iso(d - timedelta(days=17 * i)), "PZ%05d" % (701 + i), ["策略条目增加", "软件升级", "参数调整", "关联关系调整"][i],
             "BG-%d-%04d" % (d.year, 310 + i), co.p(3), "已更新台账"] for i in range(4)]
    return ledger("ci_updates", "资产及配置项变动登记表（%d）" % d.year, d, True, [
        ("变动", ["变动日期", "配置项", "变动内容", "关联变更单", "登记人", "状态"], rows, ["43/ci-updates"])])


def work_orders(co, d, response=True):
    head = ["工单号", "工单标题", "工单类型", "专业", "故障级别", "所属地市", "派单时间"] + (["接单时间", "是否超时"] if response else []) + \
        ["处理人", "处理过程", "回单时间", "归档时间", "工单状态"]
    rows = []
    for i in range(10):
        x = d - timedelta(days=8 * i)
        what, how = co.rng.choice([("VPN拨号失败", "更新客户端证书后恢复"), ("WAF拦截正常访问", "调整防护规则后恢复"),
                                   ("防火墙策略开通申请", "按审批开通"), ("终端病毒告警", "隔离终端并查杀"), ("堡垒机账号锁定", "解锁并重置口令")])
        r = ["%s-%d%02d%02d-%04d" % (co.short, x.year, x.month, x.day, 100 + i), what,
             co.rng.choice(["故障", "服务请求"]), co.rng.choice(["安全", "IP", "IT"]), "%s级" % co.rng.choice("一二三四"), co.city,
             "%s %02d:%02d" % (iso(x), 8 + i, 12)]
        if response:
            r += ["%s %02d:%02d" % (iso(x), 8 + i, 19), "否"]
        r += [co.p(i % 5), how, "%s %02d:50" % (iso(x), 10 + i % 8), "%s 18:00" % iso(x), "已归档"]
        rows.append(r)
    return sheet_export("tickets", "工单导出", d, co, [("工单", head, rows, ["43/process-records"] + (["55/response-times"] if response else []))])


def change_orders(co, d):
    head = ["变更单号", "变更名称", "变更类别", "风险等级", "评审结论", "实施窗口", "实施结果", "是否回退", "实施人"]
    rows = [["BG-%d-%04d" % (d.year, 300 + 11 * i), co.rng.choice(["防火墙策略调整割接", "WAF规则升级", "数据库参数调整", "操作系统补丁加载"]),
             co.rng.choice(["一般变更", "重大变更（割接）", "标准变更"]), co.rng.choice(["低", "中", "高"]), "同意实施",
             "%s 00:00-04:00" % iso(d - timedelta(days=13 * i)), "成功", "否", co.p(i % 5)] for i in range(7)]
    return sheet_export("change_records", "变更（割接）工单导出", d, co, [("变更", head, rows, ["54/records", "43/process-records"])])


def problem_orders(co, d):
    head = ["问题编号", "问题描述", "来源", "关联工单数", "根因", "整改措施", "责任人", "状态"]
    rows = [["WT-%d-%03d" % (d.year, 20 + i), t, s, co.rng.randint(2, 7), c, m, co.p(i), st] for i, (t, s, c, m, st) in enumerate(
        [("VPN间歇性掉线", "故障重复", "证书链不完整", "补齐中间证书", "已销号"), ("WAF误拦截", "复盘", "规则过宽", "细化规则", "已销号"),
         ("备份作业超时", "巡检隐患", "存储I/O瓶颈", "扩容并错峰", "整改中")])]
    return ledger("problem_records", "隐患与问题跟踪台账（%d）" % d.year, d, True, [("问题", head, rows, ["43/process-records"])])


def avail_events(co, d):
    rows = [[iso(d - timedelta(days=29 * i)), co.sys(i % 3), "业务中断", co.rng.randint(3, 40), co.rng.choice(["链路中断", "主机宕机", "证书过期"]),
             "%s-%d-%04d" % (co.short, d.year, 500 + i), "已恢复"] for i in range(5)]
    return ledger("avail_events", "可用性事件登记表（%d）" % d.year, d, True, [
        ("登记", ["日期", "系统", "事件", "中断时长（分钟）", "原因", "关联工单", "状态"], rows, ["18/availability-events", "22/events", "43/process-records"])])


def device_jobs(co, d, types, hw):
    """安全设备维护作业记录: the work-order system's job export, one row per job; a record
    kind is proven by the rows of its job type; a 硬件故障统计 sheet, filled or not."""
    spec = {"例行维护": ("清理日志、检查策略命中率、设备除尘保养", ["14/maintenance", "44/maintenance"]),
            "状态检查": ("检查CPU、内存、会话数、主备状态", ["14/maintenance", "44/inspection"]),
            "病毒查杀": ("更新病毒特征库，对服务器和终端全盘查杀", ["14/maintenance", "44/virus-scan", "45/antivirus"]),
            "故障处理": ("电源告警，检测后更换电源模块", ["14/maintenance", "44/faults"]),
            "版本升级": ("升级系统版本和特征库并验证", ["14/maintenance", "44/upgrades"])}
    rows, items = [], []
    for i in range(12):
        t = types[i % len(types)]
        x = d - timedelta(days=5 * i)
        rows.append(["ZY-%d%02d-%03d" % (x.year, x.month, 40 + i), t, co.rng.choice(["出口防火墙", "WAF", "抗DDoS设备", "IPS"]), spec[t][0], co.city,
                     co.rng.choice([co.p(2), co.vp(0)]), "%s 09:00" % iso(x), "%s 11:30" % iso(x), "完成"])
        items += spec[t][1]
    sheets = [("作业记录", ["作业单号", "作业类型", "设备", "作业内容", "地市", "执行人", "开始时间", "结束时间", "结果"], rows, sorted(set(items)))]
    hw_rows = [["%d年%d月" % (d.year, m), co.rng.randint(0, 2), co.rng.randint(0, 1), co.rng.randint(0, 1), co.rng.randint(0, 2)] for m in range(1, d.month + 1, 2)]
    sheets.append(("硬件故障统计", ["月份", "电源", "风扇", "板卡", "光模块"], hw_rows if hw else [], ["14/hardware-faults", "44/faults"]))
    return sheet_export("maint_jobs", "安全设备维护作业记录", d, co, sheets)


def patrol_month(co, d, antivirus):
    """The month's 巡检记录 of the security devices, one sheet."""
    head = ["巡检日期", "设备名称", "运行状态", "告警情况", "CPU利用率", "内存利用率"] + (["特征库版本", "防病毒网关", "查杀结果"] if antivirus else []) + ["巡检人", "备注"]
    rows = []
    for i in range(9):
        x = date(d.year, d.month, 1) + timedelta(days=3 * i)
        if x > d:
            break
        r = [iso(x), co.rng.choice(["出口防火墙", "WAF", "IPS"]), "正常", co.rng.choice(["无", "低级告警1条"]),
             "%d%%" % co.rng.randint(10, 55), "%d%%" % co.rng.randint(25, 70)]
        if antivirus:
            r += ["%d%02d%02d" % (x.year, x.month, x.day), "正常", co.rng.choice(["未发现病毒", "清除木马1个"])]
        rows.append(r + [co.p(2), ""])
    its = ["44/inspection", "45/monitoring", "14/maintenance"] + (["45/antivirus", "44/virus-scan"] if antivirus else [])
    return ledger("inspection", "【网安】%d年%d月安全设备巡检记录" % (d.year, d.month), d, True, [("巡检", head, rows, its)])


def health_report(co, d, collection=False):
    parts = [(None, "检查方式：%s　检查时间：%s　检查人：%s" % (co.rng.choice(["现场检查", "远程检查"]), cnd(d), co.p(1)), []),
             ("一、检查范围", "出口防火墙、WAF、IPS、抗DDoS设备及%s、%s。" % (co.sys(0), co.sys(1)), []),
             ("二、可用性与持续运行情况", ("table", [["对象", "可用率", "连续运行", "冗余状态", "结论"], ["出口防火墙", "100%", "198天", "主备正常", "良好"],
                                                    [co.sys(0), "99.98%", "64天", "集群", "良好"], [co.sys(1), "99.88%", "29天", "单机", "需关注"]]),
              ["15/records", "46/records", "14/maintenance", "44/inspection"])]
    if collection:
        parts.append(("三、采集的安全信息", ["系统配置：导出防火墙与核心交换机配置，与基线比对发现差异2项；", "流量信息：出口峰值720Mbps，均值260Mbps；",
                                           "系统状态：CPU、内存、磁盘、会话数均在门限内。"], ["16/config", "16/traffic", "16/status"]))
    parts.append(("四、整改建议", "%s存在单点，建议增加备机。" % co.sys(1), []))
    return nar("health_report", "%s安全设备及业务系统健康检查报告（%d年第%s季度）" % (co.customer, d.year, idx((d.month - 1) // 3 + 1)), d, True, parts)


def collection(co, d):
    rows = [[iso(d - timedelta(days=26 * i)), co.rng.choice(["出口防火墙", "核心交换机", "WAF"]), "已导出配置并与基线比对",
             "峰值%dMbps" % co.rng.randint(300, 900), "CPU %d%% 内存 %d%%" % (co.rng.randint(10, 50), co.rng.randint(30, 70)), co.p(2)] for i in range(5)]
    return ledger("collection", "安全信息采集登记表（%d）" % d.year, d, True, [
        ("采集", ["采集日期", "采集对象", "配置信息", "流量信息", "运行状态", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def log_audit(co, d):
    q = (d.month - 1) // 3 + 1
    return nar("log_analysis", "%d年第%s季度安全日志审计分析报告" % (d.year, idx(q)), d, True, [
        (None, "审计人：%s　报告日期：%s　数据来源：态势感知平台" % (co.p(5), cnd(d)), []),
        ("一、网络及安全设备日志", "防火墙、IPS、WAF日志9800万条，识别扫描源IP 41个，已封禁。", []),
        ("二、服务器与操作系统日志", "主机登录审计发现非工作时间登录4次，核实为割接操作，均有工单。", []),
        ("三、网络应用日志", "%s访问日志中SQL注入尝试186次，均被拦截。" % co.sys(0), []),
        ("四、审计结论", "本季度未发现成功入侵；建议加强非工作时间登录审批。", ["17/log-analysis", "45/audit-report", "47/audit"])])


def monthly_report(co, d, kpi=False, avail=False, incidents=False, analysis=False):
    """【网安】网络安全运维月报: always the monitored indicators' trends (50); by chance the
    KPI data (56), the availability (18, 22) and the month's security events (18)."""
    m = d.month - 1 or 12
    yy = d.year if d.month > 1 else d.year - 1
    parts = [(None, "%s　%d年%d月　编制：%s　审核：%s" % (co.dept, yy, m, co.p(0), co.p(1)), []),
             ("一、本月工作概况", "受理工单%d张，完成割接%d次，开展巡检%d次。" % (co.rng.randint(150, 400), co.rng.randint(5, 20), co.rng.randint(20, 31)), []),
             ("二、监控指标趋势", [("table", [["指标", "%d月" % max(1, m - 2), "%d月" % max(1, m - 1), "%d月" % m, "趋势"],
                                          ["出口带宽峰值（Mbps）", 640, 690, 745, "上升"], ["告警总量", 588, 530, 472, "下降"], ["防火墙CPU峰值", "52%", "58%", "63%", "上升"]]),
                                "带宽和CPU连续三个月上升，按当前增速约三个月后接近扩容门限，已提出扩容需求。"], ["50/monitoring-report"])]
    if incidents:
        parts.append(("三、网络安全事件", ("table", [["事件类别", "本月", "本年累计"], ["恶意程序", co.rng.randint(0, 5), co.rng.randint(8, 40)],
                                                  ["网络攻击", co.rng.randint(3, 15), co.rng.randint(40, 120)], ["数据泄露", 0, co.rng.randint(0, 1)],
                                                  ["设施故障", co.rng.randint(0, 2), co.rng.randint(2, 9)]]), ["18/incident-stats"]))
        if analysis:
            parts.append(("四、事件分析", "网络攻击以暴力破解和漏洞扫描为主，较上月有所上升，源地址集中于境外；恶意程序多来自办公终端外设，已下发外设管控要求。",
                          ["18/incident-analysis"]))
    if kpi:
        parts.append(("五、运维质量指标", ("table", [["指标", "本月"], ["异常报告及时率", "99.2%"], ["异常漏报率", "0.4%"], ["维护作业计划的及时完成率", "97.8%"],
                                                  ["故障隐患发现率", "91%"], ["异常主动发现率", "87%"], ["问题解决率", "93%"], ["漏洞扫描覆盖率", "100%"],
                                                  ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(2, 10)]]), ["56/data"]))
    if avail:
        parts.append(("六、系统可用率", "%s可用率99.97%%（目标99.95%%，达标）；%s可用率99.86%%（目标99.9%%，未达标，原因为单机故障，已立项改进）。" % (co.sys(0), co.sys(1)),
                      ["18/availability-report", "22/report"]))
    return nar("monthly_report", "【网安】%d年%d月网络安全运维月报" % (yy, m), d, True, parts)


def weekly_report(co, d, week):
    """A weekly report: work done and planned; it is no record of any kind the form asks for."""
    return nar("weekly_report", "【网安】%d年第%d周工作周报" % (d.year, week), d, True, [
        ("一、本周重点工作", ["配合集团开展专项检查准备；", "完成%s资源池扩容方案评审；" % co.sys(1), "参加省公司安全生产例会。"], []),
        ("二、下周工作计划", ["组织护网准备动员会；", "推进年度考核材料收集。"], []),
        ("三、需协调事项", "无。", [])])


def avail_report(co, d):
    return nar("avail_report", "%d年%d月托管系统可用性分析报告" % (d.year, d.month), d, True, [
        (None, [("table", [["系统", "目标", "实际", "中断次数", "是否达标"], [co.sys(0), "99.95%", "99.99%", 1, "是"], [co.sys(1), "99.9%", "99.84%", 2, "否"]]),
                "改进：%s未达标，增加备机已列入改进项目。" % co.sys(1)], ["18/availability-report", "22/report"])])


def kb_export(co, d):
    rows = [["ZS-%04d" % (200 + i), t, "已发布", co.p(i % 5), iso(d - timedelta(days=23 * i)), co.rng.randint(5, 80)] for i, t in enumerate(
        ["防火墙主备切换异常处理", "WAF误拦截排查方法", "堡垒机会话审计回放", "批量处理主机口令过期"])]
    return ledger("knowledge_base", "运维知识库条目清单", d, True, [("知识", ["编号", "标题", "状态", "作者", "发布日期", "引用次数"], rows, ["21/knowledge-base"])])


def pentest_report(co, d):
    return nar("pentest_report", "%s渗透测试报告" % co.sys(0), d, True, [
        (None, "测试时间：%s　测试人员：%s　授权书编号：SQ-%d-%02d" % (cnd(d), co.p(1), d.year, d.month), []),
        ("一、测试范围", "%s互联网访问入口与管理后台。" % co.sys(0), []),
        ("二、发现的问题", ("table", [["编号", "漏洞", "风险", "状态"], ["1", "越权访问", "高", "已整改"], ["2", "敏感信息泄露", "中", "已整改"]]),
         ["31/pentest-records", "32/pentest-records"]),
        ("三、复测结论", "高、中危漏洞复测通过。", [])])


def drill_record(co, d, emergency=True, recovery=False):
    items = (["40/emergency-drill", "53/drill"] if emergency else []) + (["40/recovery-drill", "53/drill"] if recovery else [])
    what = {(True, False): "勒索病毒应急处置演练", (False, True): "灾备切换演练", (True, True): "勒索病毒应急处置及系统恢复演练"}[(emergency, recovery)]
    return nar("drill_record", "%s记录" % what, d, True, [
        (None, [("table", [["演练时间", cnd(d)], ["演练方式", "实战演练"], ["参演人员", "、".join(co.p(i) for i in range(4))],
                           ["演练过程", "09:00 态势感知告警，09:12 启动预案，09:45 隔离受感染主机，10:40 完成恢复，11:05 业务验证通过"],
                           ["演练效果", "达到预期，恢复时间在2小时内"], ["存在问题及改进", "恢复脚本需更新"]])], items)])


def sat_survey(co, d, year, half):
    return nar("sat_survey", "%d年%s客户满意度调查报告" % (year, half), d, True, [
        (None, "调查时间：%s　调查方式：问卷加电话回访" % cnd(d), []),
        ("一、调查结果", ("table", [["维度", "得分"], ["响应及时性", co.rng.randint(85, 97)], ["技术能力", co.rng.randint(85, 96)],
                                   ["沟通协调", co.rng.randint(86, 98)], ["综合满意度", co.rng.randint(86, 95)]]), []),
        ("二、满意度分析", "沟通协调得分最高；响应及时性较上期下降，主要是夜间三级故障排队较长。", ["41/surveys", "58/survey", "63/survey"]),
        ("三、改进措施", "夜间增加一名值班员。", [])])


def sat_trend(co, d):
    return nar("sat_trend", "客户满意度趋势分析报告", d, True, [
        (None, [("table", [["期次", "综合满意度"], ["%d年上半年" % (d.year - 1), 86], ["%d年下半年" % (d.year - 1), 89], ["%d年上半年" % d.year, 91],
                           ["%d年下半年" % d.year, 93]]), "连续四期上升，技术能力维度提升最多。"], ["41/trend"])])


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=33 * i)), co.customer, co.cp(i), co.rng.choice(["电话回访", "上门回访"]),
             co.rng.choice(["满意", "希望月报早些报送", "满意"]), "已反馈并处理"] for i in range(4)]
    return ledger("followup", "政企客户回访记录（%d）" % d.year, d, True, [
        ("回访", ["回访日期", "客户", "联系人", "回访方式", "客户意见", "处理情况"], rows, ["63/follow-up-visits"])])


def kpi_data(co, d):
    rows = [[n] + ["%d%%" % co.rng.randint(85, 99) for _ in range(3)] for n in [
        "异常报告及时率", "异常漏报率", "维护作业计划的及时完成率", "故障隐患发现率", "异常主动发现率", "问题解决率",
        "漏洞扫描覆盖率", "加固设备覆盖率", "安全补丁安装及时率", "安全事件次数"]]
    return ledger("ops_data", "运维质量指标数据采集表（%d）" % d.year, d, True, [("指标", ["指标名称", "一季度", "二季度", "三季度"], rows, ["56/data"])])


def grading(co, d, n):
    return nar("grading", "%s网络安全等级保护定级备案表" % co.sys(0), d, False, [
        (None, ["定级时间：%s" % cnd(d), "业务信息安全保护等级第三级，系统服务安全保护等级第三级，系统安全保护等级确定为第三级。",
                "备案证明编号：%d%05d（%s市公安局网安支队）" % (d.year, co.rng.randint(0, 99999), co.city)], ["51/grading"])])


def mlps_report(co, d):
    """等级保护测评报告: states the system's protection level and its filing (51/grading);
    like the 定级备案表 it does not age."""
    return nar("grading", "%s网络安全等级保护测评报告" % co.sys(1), d, False, [
        (None, ["测评机构：%s网络安全测评中心　测评时间：%s" % (co.city, cnd(d)),
                "被测系统：%s　安全保护等级：第三级（S3A3G3）　备案证明编号：%d%05d" % (co.sys(1), d.year - 1, co.rng.randint(0, 99999))], ["51/grading"]),
        ("一、测评结论", "综合得分86.4分，测评结论为“良”。", []),
        ("二、主要问题", "部分服务器未启用双因素认证；数据库审计日志保存不足6个月。", []),
        ("三、整改建议", "按问题清单于三个月内完成整改并复测。", [])])


def bulletin(co, d, full=True):
    parts = [(None, "%s　%d年第%d期　%s" % (co.noc, d.year, d.month, cnd(d)), []),
             ("一、漏洞预警", "CVE-%d-%04d Apache组件远程代码执行漏洞，影响托管Web服务器，建议尽快升级。" % (d.year, co.rng.randint(1000, 9999)),
              ["52/vulnerability", "53/bulletin"]),
             ("二、厂商安全公告", "华为、安恒本月发布安全补丁。", [])]
    if full:
        parts += [("三、病毒预警", "新型挖矿木马利用弱口令传播。", ["52/virus"]),
                  ("四、政策法规与行业动态", "网络安全相关法规配套要求；行业主管部门通报。", ["52/policy"]),
                  ("五、影响分析", "经排查，托管资产受影响主机9台，已安排整改。", ["52/analysis"])]
    return nar("bulletin", "【SOC】网络安全预警通报", d, True, parts)


def kpi_check(co, d):
    rows = [["客户满意度", "≥90分", "92分", "达标", "—"], ["投诉建议", "≤2件", "1件", "达标", "—"],
            ["服务等级达成率", "≥98%", "96.8%", "未达标", "JF-%d-05" % d.year], ["割接成功率", "≥97%", "98.7%", "达标", "—"]]
    return ledger("kpi_list", "安全运维服务质量考核通报表（%d）" % d.year, d, True, [("考核", ["考核项", "目标值", "完成值", "是否达标", "整改单号"], rows, ["57/measurement"])])


def capa(co, d, verify=True):
    rows = [["单号", "JF-%d-05" % d.year], ["问题来源", "服务等级达成率96.8%，未达目标"], ["原因分析", "夜间二线响应慢"],
            ["纠正措施", "设夜间二线备班"], ["预防措施", "排班人力预警"], ["责任人", co.p(0)], ["完成日期", cnd(d)],
            ["效果验证", "实施后两个月达成率98.5%，措施有效" if verify else "待验证"], ["验证人", co.p(3) if verify else ""]]
    return nar("capa", "纠正预防措施单", d, True, [(None, ("table", rows), ["57/capa"] + (["66/effectiveness"] if verify else []))])


def audit_report(co, d):
    return nar("internal_audit", "%d年度安全运维管理体系内部审核报告" % d.year, d, True, [
        (None, "审核时间：%s　审核组长：%s" % (cnd(d), co.p(3)), []),
        ("一、审核目的与依据", "验证体系符合认证标准、满足安全运维服务需求和客户提出的要求，并得到有效实施和保持。", []),
        ("二、审核范围", "网安部及省NOC/SOC全部运维流程。", []),
        ("三、审核发现", "不符合项3项：变更评审记录缺少风险评估；2张故障工单未写明原因；一份应急预案未按期修订。", []),
        ("四、审核结论", "体系总体有效运行，不符合项已制定纠正措施。", ["59/internal-audit"])])


def review_minutes(co, d, inputs):
    """网络安全工作领导小组会议纪要（管理评审）: the year's review, with its inputs."""
    text = {"perf": ("60/performance", "服务和流程的执行情况及符合性：服务等级达成率97.6%，内审不符合项3项已关闭2项。"),
            "feedback": ("60/customer-feedback", "客户反馈：满意度92分，投诉1件已处理。"),
            "resources": ("60/resources", "当前和预测的资源：现有安全运维人员16人，明年新增两个托管客户，需增加4人。"),
            "ca": ("60/corrective-actions", "纠正措施进展：上次评审确定的5项措施已完成4项。"),
            "changes": ("60/changes", "可能影响运维服务的变化：客户机房搬迁、新版等保要求、集团组织调整。"),
            "improve": ("60/improvements", "改进机会：服务等级未达标项、巡检自动化、客户自助门户。")}
    items = ["59/management-review"] if "perf" in inputs else []
    body = ["会议听取了管理评审输入的汇报："]
    for k in inputs:
        body.append(text[k][1])
        items.append(text[k][0])
    body.append("会议结论：安全运维管理体系持续适宜、充分、有效；同意增配人员和巡检自动化项目。")
    return nar("mgmt_review", "网络安全工作领导小组%d年第%s次会议纪要（管理评审）" % (d.year, idx(co.rng.randint(2, 4))), d, True, [
        (None, "时间：%s　主持：%s　参加：领导小组成员、各专业室主任" % (cnd(d), co.boss), []), ("一、管理评审", body, items),
        ("二、其他事项", "会议部署了年底护网准备工作。", [])])


def iso_cert(co, d):
    return nar("iso_cert", "信息技术服务管理体系认证证书", d, False, [
        (None, ["兹证明 %s 建立的信息技术服务管理体系符合 ISO/IEC 20000-1:2018" % co.name, "认证范围：网络与信息安全运维服务",
                "发证日期：%s　有效期至：%d年%d月%d日" % (cnd(d), d.year + 3, d.month, min(d.day, 28))], ["61/audit-system"])])


def improve_plan(co, d, criteria=True):
    parts = [("一、改进项目及目标", ("table", [["项目", "来源", "改进目标", "责任人", "完成时间"], ["巡检报告自动化", "运维过程", "出报告时间≤2小时", co.p(2), "%d年6月" % d.year],
                                          ["夜间二线备班", "监控通报", "服务等级达成率≥98%", co.p(0), "%d年9月" % d.year]]), ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("二、改进项目评估标准", "按客户影响（40分）、投入成本（30分）、风险降低（30分）打分，70分以上立项；改进项经识别、登记、审批、评估、效果测量并按季度报告。",
                      ["64/criteria"]))
    return nar("improve_plan", "%d年安全运维持续改进工作计划" % d.year, d, True, parts)


def improve_list(co, d, scored=True, tracked=True):
    """改进项目清单: the register sheet (scored, ranked, approved: 67) and the tracking
    sheet (targets, status, measured effect, reported: 68)."""
    reg = [["GJ-%d-%02d" % (d.year, i), t, s, sc, p, co.boss if sc >= 70 else "未立项"] for i, (t, s, sc, p) in enumerate(
        [("巡检报告自动化", "内审", 86, 1), ("夜间二线备班", "服务等级未达标", 78, 2), ("客户自助门户", "客户意见", 64, 3)], 1)]
    trk = [["GJ-%d-01" % d.year, "出报告时间≤2小时", "已完成", iso(d - timedelta(days=45)), "实测1.3小时，达到目标", "已在季度改进报告中报告"],
           ["GJ-%d-02" % d.year, "服务等级达成率≥98%", "已完成", iso(d - timedelta(days=16)), "实测98.5%，达到目标", "已向客户通报"]]
    return ledger("improve_opps", "持续改进项目清单（%d）" % d.year, d, True, [
        ("改进项评估", ["编号", "改进项", "来源", "评分", "优先级", "批准人"], reg if scored else [], ["67/analysis", "67/prioritisation"]),
        ("实施跟踪", ["编号", "改进目标", "实施状态", "完成日期", "效果测量", "报告情况"], trk if tracked else [], ["68/implementation", "68/effectiveness"])])


def improve_training(co, d):
    rows = [["主题", "持续改进意识宣贯"], ["时间", cnd(d)], ["主讲", co.p(3)], ["参加人员", "网安部及代维人员%d人" % co.rng.randint(14, 32)],
            ["内容", "为什么要持续改进、如何提交改进项、优秀改进案例"], ["考核", "随堂测试平均89分"]]
    return nar("improve_training", "持续改进意识宣贯培训记录", d, True, [(None, ("table", rows), ["69/awareness-training"])])


def review_report(co, d):
    """复盘报告: a major incident and a failed cutover, their causes and the improvement
    actions (70)."""
    return nar("defect_analysis", "%d年重大故障及失败割接复盘报告" % d.year, d, True, [
        ("一、重大故障", "%s数据库存储控制器故障，业务中断52分钟；根因是控制器固件缺陷且未及时升级。" % co.sys(0), []),
        ("二、失败割接", "%s资源池迁移割接验证不通过，执行回退，原因为割接前未在测试环境完整验证。" % co.sys(1), []),
        ("三、服务不达标", "三季度服务等级达成率96.8%，未达98%目标。", []),
        ("四、改进计划", ("table", [["改进措施", "责任人", "完成时间"], ["数据库高可用改造", co.p(3), "下季度"], ["割接前强制测试验证", co.p(0), "立即"],
                                   ["夜间二线备班", co.p(0), "已实施"]]), ["70/defect-analysis"])])


def year_summary(co, d):
    """年度工作总结: the year's data summarised and the service outlook (71)."""
    return nar("annual_review", "%s%d年度安全运维工作总结" % (co.dept, d.year), d, True, [
        ("一、数据汇总分析", "汇总全年日志、割接、故障、服务请求和问题：故障同比下降12%，服务请求上升24%，割接集中在月末。", []),
        ("二、明年服务预测", "预计明年服务请求继续增长约20%，需扩充服务台并上线客户自助门户；一级故障预计继续下降。", ["71/forecast"]),
        ("三、明年重点工作", "护网常态化、等保测评整改、自动化运维。", [])])


# ------------------------------------------------------------------ decoys

def blank_sheet(title, d, head):
    return Doc("decoy_template", title, d, [], True, sheets=[("Sheet1", [[title], head] + [["" for _ in head] for _ in range(8)])], decoy="template")


def blank_text(title, d, heads):
    b = [("title", title)]
    for h in heads:
        b += [("h1", h), ("p", "（按实际情况填写）")]
    return Doc("decoy_template", title, d, [], True, b, decoy="template")


def signin_on_plan(co, d, plan):
    rows = [["培训签到表"], ["培训主题", "《%s》解读培训" % plan], ["培训时间", cnd(d)], ["主讲人", co.p(3)],
            ["序号", "姓名", "部门", "签名"]] + [[i + 1, co.p(i), co.dept, co.p(i)] for i in range(6)]
    return Doc("decoy_training", "《%s》解读培训签到表" % plan, d, [], True, sheets=[("签到", rows)], decoy="training record about a plan")


def rule_catalogue(co, d, n, cites):
    b = masthead(co, d, n, "管理规定") + [("title", "网络安全管理制度体系框架")] + rule_body([
        ("制度层级", ["本部门制度分为管理规定、实施细则、操作规程三级。"]),
        ("现行制度", ["《%s》" % c for c in cites]),
        ("维护", ["各制度每年复核一次，由质量管理员汇总修订需求。"])])
    return Doc("decoy_citing", "网络安全管理制度体系框架", d, [], False, b, decoy="procedure citing procedures by 《》")


def rule_register(co, d, cites):
    rows = [[i, c, file_no(co, d - timedelta(days=40 * i), 10 + i), "现行有效"] for i, c in enumerate(cites, 1)]
    return Doc("decoy_register", "现行有效制度清单", d, [], False, sheets=[("清单", [["%s现行有效制度清单" % co.dept], ["序号", "制度名称", "文号", "状态"]] + rows)],
               decoy="list of document names")


def review_rules(co, d, n):
    b = masthead(co, d, n, "实施细则") + [("title", "管理评审实施细则")] + rule_body([
        ("评审频次", ["每年至少开展一次管理评审，由网安部总经理主持。"]),
        ("评审输入", ["客户反馈；服务和流程的执行情况及符合性；当前和预测资源水平；纠正措施进展；可能影响服务的变更；改进机会。"]),
        ("评审输出", ["形成管理评审纪要，明确改进决定和资源需求。"])])
    return Doc("decoy_mrproc", "管理评审实施细则", d, [], False, b, decoy="procedure, not the review record")


def review_notice(co, d):
    t = "关于召开%d年度管理评审会议的通知" % d.year
    return Doc("decoy_mrnotice", t, d, [], True, [("title", t), ("p", "各专业室："),
                                                 ("p", "定于%s在省公司12楼会议室召开年度管理评审会议。会议议程：一、客户反馈；二、流程执行情况；三、资源；四、纠正措施；五、变更；六、改进机会。"
                                                  "请各室于会前三天报送材料。" % cnd(d + timedelta(days=7)))], decoy="meeting notice, not the review record")


def meeting_agenda(co, d):
    t = "安全运维季度工作会议议程"
    return Doc("decoy_agenda", t, d, [], True, [("title", t), ("p", "时间：%s 9:30" % cnd(d)),
                                               ("p", "议程：1.通报三季度运维质量；2.护网准备；3.割接计划审议；4.其他。")], decoy="agenda, not minutes")


def drill_scheme(co, d):
    t = "%d年护网行动暨应急演练工作方案" % d.year
    return Doc("decoy_drillplan", t, d, [], False, [("title", t), ("h1", "一、演练目的"), ("p", "检验《网络安全事件应急预案》的有效性。"),
                                                    ("h1", "二、演练场景"), ("p", "模拟%s遭受勒索病毒攻击。" % co.sys(0)),
                                                    ("h1", "三、时间安排"), ("p", "拟于%d年%d月组织。" % (d.year, min(12, d.month + 1)))],
               decoy="drill plan, neither the plan nor the record")


def attendance(co, d):
    return Doc("decoy_confirm", "驻场人员考勤确认单", d, [], True, [
        ("title", "驻场人员考勤确认单（%d年%d月）" % (d.year, d.month)),
        ("p", "%s本月派驻工程师1名，出勤22天，工作正常，确认无误。" % co.name), ("p", "客户确认人：%s　%s" % (co.cp(0), cnd(d)))],
        decoy="mentions on-site staff, is no staff list or SLA")


def dept_kpi(co, d):
    rows = [["%s%d年度关键绩效指标" % (co.dept, d.year)], ["指标", "目标值", "权重"], ["巡检记录按期归档率", "100%", "20"],
            ["满意度调查完成率", "100%", "15"], ["应急演练按计划完成", "是", "20"], ["变更单规范率", "≥98%", "15"]]
    return Doc("decoy_appraisal", "部门关键绩效指标", d, [], True, sheets=[("KPI", rows)], decoy="KPI sheet naming record kinds")


def duty_roster(co, d):
    """护网/重保期间的值班安排表: who is on duty when, no record of any clause."""
    rows = [["%d年重保期间值班安排表" % d.year], ["日期", "白班", "夜班", "带班领导"]] + \
        [[iso(d + timedelta(days=i)), co.p(i % 5), co.p((i + 2) % 5), co.boss] for i in range(7)]
    return Doc("duty_roster", "重保期间值班安排表", d, [], False, sheets=[("值班", rows)])


UNRELATED_F = [
    ("%d年“不忘初心”主题党日活动方案", "docx", ["活动时间：7月1日上午；活动地点：革命纪念馆；参加人员：全体党员。"], "党建"),
    ("关于举办%d年职工趣味运动会的通知", "pdf", ["各分工会：定于10月中旬举办职工趣味运动会，请组织报名。"], "工会"),
    ("省公司机关食堂就餐管理规定", "pdf", ["一、就餐时间：午餐11:30-13:00。", "二、请自觉排队，节约粮食。"], "行政"),
    ("%d年度党风廉政建设责任书", "docx", ["为落实全面从严治党主体责任，签订本责任书。"], "党建"),
    ("公务用车使用管理办法", "docx", ["第一条 为规范公务用车管理，制定本办法。", "第二条 用车须提前一天申请。"], "行政"),
    ("关于开展%d年“金秋助学”活动的通知", "pdf", ["对困难职工子女考入大学的给予助学金。"], "工会"),
]


def unrelated(co, d, i):
    name, ext, paras, folder = UNRELATED_F[i]
    t = name % d.year if "%d" in name else name
    return folder, t, ext, Doc("decoy_unrelated", t, d, [], False, [("title", t)] + [("p", p) for p in paras], decoy="unrelated")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an F company's share: 01制度文件 (规定 by file number, the 汇编), 02运维记录
    by year and month, 03报告 (月报, 周报, 复盘), 04政企客户, 05应急与重保, 06质量体系,
    07等保测评, earlier years' records, decoys."""
    co.brand, co.fprefix, co.dept, co.eoms, co.noc = F_INFO[co.id]
    r = co.rng
    nos = [r.randint(5, 15)]
    ZD, JL, BG, ZQ, YJ, ZL, DB = "01制度文件/", "02运维记录/", "03报告/", "04政企客户/%s/" % co.customer, "05应急与重保/", "06质量体系/", "07等保测评/"
    optional = ["budget", "history_list", "history_analysis", "ops_strategy", "avail_kpis", "service_analysis", "sld_ola",
                "staff_list", "roles", "impl_manual", "req_record", "test_plan", "baseline", "compat_report", "collection",
                "avail_plan", "avail_events", "avail_report", "kb", "pentest_plan", "pentest_report", "dev_plan", "drp", "bcp",
                "recovery_drill", "sat_trend", "callbacks", "desk_training", "kpi_data", "grading", "grading_criteria",
                "kpi_check", "capa", "audit", "iso_cert", "improve_list", "improve_training", "improve_plan", "review_report",
                "log_audit", "cmdb", "interface", "problems", "health", "drill", "catalog", "org", "desk", "ci_changes"]
    gaps = {k for k in optional if r.random() < 0.09}
    olds = set(r.sample(sorted({"service_analysis", "req_record", "pentest_report", "sat_trend", "callbacks", "kb",
                                "audit", "log_audit", "drill", "improve_training", "kpi_check", "capa", "collection",
                                "desk_training", "review_report", "ci_changes"} - gaps), 3))
    co.gaps, co.oldonly = gaps, olds
    made = []

    def next_no():
        nos[0] += r.randint(1, 5)
        return nos[0]

    def add(rel, doc, **opt):
        opt.setdefault("styled", r.random() < 0.55)
        co.add(rel, doc, **opt)

    def put(k, name, factory, age="record", **opt):
        if k in gaps:
            return None
        d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        add(name(d), doc, **opt)
        if doc.record and doc.items and k not in olds:
            made.append((name, factory, d))
        return doc

    def ym(d):
        return "%d/%d月/" % (d.year, d.month)

    # --- 规定、细则、规程: the 汇编 holds some as chapters, the rest are filed by file number
    keys = [k for k in F_RULES if r.random() >= 0.06]
    in_book = [k for k in keys if r.random() < 0.4]
    with_pdca = r.random() < 0.85
    if in_book or with_pdca:
        d = co.issued()
        add(ZD + "%s质量体系文件汇编（%d版）.pdf" % (co.dept, d.year), compendium(co, d, in_book, with_pdca), meta_title=r.random() < 0.4)
    cites_pool = [F_RULES[k][0] for k in ("fault", "problem", "change", "knowledge", "slm")]
    for k in keys:
        if k in in_book:
            continue
        d, n = co.issued(), next_no()
        cites = r.sample([c for c in cites_pool if c != F_RULES[k][0]], 2) if r.random() < 0.35 else ()
        ext = r.choice(["docx", "docx", "pdf"])
        add(ZD + "%s %s.%s" % (file_no(co, d, n), F_RULES[k][0], ext), rule_doc(co, d, k, n, cites), meta_title=r.random() < 0.3)
    for i, m in enumerate(OP_RULES, 1):
        if r.random() < 0.7:
            n = next_no()
            put("op", lambda d, m=m, n=n: ZD + "操作规程/%s操作规程（%d版）.docx" % (m, d.year), lambda d, m=m, n=n: op_rule(co, d, m, n), "issued")
    n = next_no()
    put("catalog", lambda d: ZD + "%s 云网安全托管服务目录.docx" % file_no(co, d, n),
        lambda d: catalog(co, d, r.choice([("basic", "level2", "level1"), ("basic", "level2", "level1"), ("basic", "level1"), ("basic",)]), n), "issued")
    put("sld_ola", lambda d: ZD + "内部运营级别协议及代维服务等级设计.docx", lambda d: sld_ola(co, d, sld=r.random() < 0.85), "issued")
    put("baseline", lambda d: ZD + "安全配置基线（%d版）.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    put("grading_criteria", lambda d: ZD + "信息系统安全保护等级确定标准.pdf", lambda d: grading_criteria(co, d), "issued")
    put("impl_manual", lambda d: ZD + "操作规程/网络安全工程施工手册.pdf", lambda d: impl_manual(co, d), "issued")

    # --- organisation (通知)
    for k, f, t in [("org", lambda d, n: org_notice(co, d, n, outsourced=r.random() < 0.8), "关于调整网络安全工作领导小组及工作组成员的通知"),
                    ("interface", interface_notice, "关于明确网络安全管理接口人的通知"),
                    ("desk", duty_notice, "关于设立安全运维服务台的通知")]:
        n = next_no()
        # the notices are filed as issued (pdf, docx) or as the OA mail that carried them (txt)
        ext = r.choice(["pdf", "docx", "txt"])
        put(k, lambda d, n=n, t=t, ext=ext: ZD + "发文/%s %s.%s" % (file_no(co, d, n), t, ext),
            (lambda d, n=n, f=f: f(d, n)) if k == "org" else (lambda d, n=n, f=f: f(co, d, n)), "issued",
            **({"encoding": "gb18030"} if ext == "txt" and n % 2 else {}))
    put("staff_list", lambda d: ZL + "人员/安全运维人员清单%d%02d.xlsx" % (d.year, d.month), lambda d: staff_list(co, d))
    put("roles", lambda d: ZL + "人员/安全运维岗位及职责清单.xlsx", lambda d: roles(co, d), "issued")
    put("desk_training", lambda d: ZL + "培训/" + ym(d) + "服务台值班员培训记录.xlsx", lambda d: desk_training(co, d))

    # --- 政企客户: onboarding documents (they do not age)
    put("survey", lambda d: ZQ + "%s云网安全托管服务需求调研报告.docx" % co.customer, lambda d: survey(co, d, hours=r.random() < 0.9, types=r.random() < 0.85))
    put("kickoff", lambda d: ZQ + "项目交底会会议纪要%s.docx" % ymd(d), lambda d: kickoff(co, d, health=r.random() < 0.6))
    put("budget", lambda d: ZQ + "项目成本测算表（%d）.xlsx" % d.year, lambda d: budget(co, d))
    put("sla", lambda d: ZQ + "云网安全托管服务等级协议（双方盖章）.pdf",
        lambda d: sla(co, d, modes=r.random() < 0.85, kpis=r.random() < 0.85, health=r.random() < 0.4), "current")
    put("history_list", lambda d: ZQ + "历史运维数据清单.xlsx", lambda d: history_list(co, d))
    put("history_analysis", lambda d: ZQ + "%d年度安全运维历史数据分析报告.docx" % (d.year - 1), lambda d: history_analysis(co, d))
    put("ops_strategy", lambda d: ZQ + "%d年安全运维保障策略及实施方案.docx" % d.year, lambda d: ops_strategy(co, d), "current")
    put("avail_kpis", lambda d: ZQ + "系统可用性指标清单.xlsx", lambda d: avail_kpis(co, d), "issued")
    put("service_analysis", lambda d: ZQ + "安全运维服务回顾及生产影响分析%d.pdf" % d.year, lambda d: service_analysis(co, d, automation=r.random() < 0.7))
    P = ZQ + "项目建设/"
    put("req_record", lambda d: P + "新建系统安全需求确认记录.pdf", lambda d: req_record(co, d))
    put("test_plan", lambda d: P + "%s割接测试验证方案.docx" % co.sys(1), lambda d: test_plan(co, d, rollback=r.random() < 0.8), "issued")
    put("compat_report", lambda d: P + "割接兼容性验证报告%s.pdf" % ymd(d), lambda d: compat_report(co, d))

    # --- 05 应急与重保: plans and drill records
    put("emergency", lambda d: YJ + "网络安全事件应急预案（%d年修订）.docx" % d.year,
        lambda d: emergency_plan(co, d, strategy=r.random() < 0.7, recovery=r.random() < 0.3), "issued")
    put("drp", lambda d: YJ + "信息系统灾难恢复预案.pdf", lambda d: drp(co, d), "issued")
    put("bcp", lambda d: YJ + "业务连续性管理规定.pdf", lambda d: bcp(co, d), "issued")
    put("avail_plan", lambda d: YJ + "%d年托管系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d), "current")
    both = r.random() < 0.5
    put("drill", lambda d: YJ + ym(d) + "%s记录.docx" % ("勒索病毒应急处置及系统恢复演练" if both else "勒索病毒应急处置演练"),
        lambda d: drill_record(co, d, True, both))
    put("recovery_drill", lambda d: YJ + ym(d) + "灾备切换演练记录.pdf", lambda d: drill_record(co, d, False, True))
    d = co.fresh()
    add(YJ + "%d年重保期间值班安排表.xlsx" % d.year, duty_roster(co, d))

    # --- 02 运维记录, filed by year and month
    put("tickets", lambda d: JL + ym(d) + "工单导出_%s.xlsx" % ymd(d), lambda d: work_orders(co, d, response=r.random() < 0.75))
    put("changes", lambda d: JL + ym(d) + "变更割接工单导出_%s.xlsx" % ymd(d), lambda d: change_orders(co, d))
    put("problems", lambda d: JL + "隐患与问题跟踪台账（%d）.xlsx" % d.year, lambda d: problem_orders(co, d))
    put("avail_events", lambda d: JL + "可用性事件登记表（%d）.xlsx" % d.year, lambda d: avail_events(co, d))
    put("cmdb", lambda d: JL + "资产台账/配置库导出_%s.xlsx" % ymd(d), lambda d: config_lib(co, d, relations=r.random() < 0.7))
    put("assets", lambda d: JL + "资产台账/网络安全资产台账%d%02d.xlsx" % (d.year, d.month), lambda d: asset_ledger(co, d))
    put("ci_changes", lambda d: JL + "资产台账/资产及配置项变动登记表（%d）.xlsx" % d.year, lambda d: ci_changes(co, d))
    put("kb", lambda d: JL + "运维知识库条目清单%s.xlsx" % ymd(d), lambda d: kb_export(co, d))
    types = [t for t in ["例行维护", "状态检查", "病毒查杀", "故障处理", "版本升级"] if r.random() < 0.65] or ["例行维护"]
    hw = r.random() < 0.5
    put("jobs", lambda d: JL + ym(d) + "安全设备维护作业记录_%s.xlsx" % ymd(d), lambda d: device_jobs(co, d, types, hw))
    for m in sorted(r.sample(range(3, 11), 3)):
        d = date(2026, m, 27)
        add(JL + "2026/%d月/【网安】%d月安全设备巡检记录.xlsx" % (m, m), patrol_month(co, d, antivirus=r.random() < 0.5))
    put("health", lambda d: JL + ym(d) + "健康检查报告（%s）.pdf" % co.customer, lambda d: health_report(co, d, collection=r.random() < 0.3))
    put("collection", lambda d: JL + "安全信息采集登记表（%d）.xlsx" % d.year, lambda d: collection(co, d))
    put("log_audit", lambda d: JL + ym(d) + "【SOC】%d年第%s季度安全日志审计分析报告.docx" % (d.year, idx((d.month - 1) // 3 + 1)), lambda d: log_audit(co, d))
    for i in range(r.randint(2, 3)):
        d = date(2026, 2 + 3 * i, 12 + i)
        add(JL + ym(d) + "【SOC】网络安全预警通报（%d年第%d期）.%s" % (d.year, d.month, r.choice(["pdf", "txt", "docx"])), bulletin(co, d, full=r.random() < 0.7))
    put("pentest_plan", lambda d: JL + "%d年渗透测试工作计划.docx" % d.year, lambda d: pentest_plan(co, d), "current")
    put("pentest_report", lambda d: JL + ym(d) + "%s渗透测试报告.pdf" % co.sys(0), lambda d: pentest_report(co, d))
    put("dev_plan", lambda d: JL + "%d年安全工具自主研发计划.docx" % d.year, lambda d: dev_plan(co, d), "current")

    # --- 03 报告: monthly reports (trends; by chance KPIs, availability, events), weekly
    # reports, the availability report, the 复盘 and the year's summary
    for m in sorted(r.sample(range(2, 12), 3)):
        d = date(2026, m, 3 + r.randint(0, 4))
        inc = r.random() < 0.6
        add(BG + "月报/【网安】%d年%d月网络安全运维月报.%s" % (d.year, m - 1, r.choice(["docx", "docx", "pdf"])),
            monthly_report(co, d, kpi=r.random() < 0.4, avail=r.random() < 0.4, incidents=inc, analysis=inc and r.random() < 0.7))
    for w in sorted(r.sample(range(36, 47), 2)):
        d = date(2026, 1, 2) + timedelta(days=7 * (w - 1))
        add(BG + "周报/【网安】%d年第%d周工作周报.docx" % (d.year, w), weekly_report(co, d, w))
    put("avail_report", lambda d: BG + "%d年%d月托管系统可用性分析报告.docx" % (d.year, d.month), lambda d: avail_report(co, d))
    put("review_report", lambda d: BG + "复盘/%d年重大故障及失败割接复盘报告.docx" % d.year, lambda d: review_report(co, d))
    if r.random() < 0.7:
        d = date(2026, 11, 16 + r.randint(0, 8))
        add(BG + "%s%d年度安全运维工作总结.docx" % (co.dept, d.year), year_summary(co, d))
    put("kpi_data", lambda d: BG + "运维质量指标数据采集表（%d）.xlsx" % d.year, lambda d: kpi_data(co, d))

    # --- satisfaction (政企客户)
    halves = [(2026, "上半年", date(2026, 7, 4)), (2025, "下半年", date(2026, 1, 11)), (2025, "上半年", date(2025, 7, 8))]
    for yy, h, d in halves[:r.choice([2, 3])]:
        d = d + timedelta(days=r.randint(0, 10))
        add(ZQ + "满意度/%d年%s客户满意度调查报告.docx" % (yy, h), sat_survey(co, d, yy, h))
    put("sat_trend", lambda d: ZQ + "满意度/客户满意度趋势分析报告（%d）.pdf" % d.year, lambda d: sat_trend(co, d))
    put("callbacks", lambda d: ZQ + "满意度/政企客户回访记录（%d）.xlsx" % d.year, lambda d: callbacks(co, d))

    # --- 06 质量体系: audit, review, measurement, improvement
    put("audit", lambda d: ZL + "内审/%d年度安全运维管理体系内部审核报告.pdf" % d.year, lambda d: audit_report(co, d))
    inputs = tuple(x for x in ("perf", "feedback", "resources", "ca", "changes", "improve") if r.random() < 0.9)
    put("review", lambda d: ZL + "管理评审/网络安全工作领导小组会议纪要（%d年管理评审）.docx" % d.year, lambda d: review_minutes(co, d, inputs))
    put("kpi_check", lambda d: ZL + "考核/安全运维服务质量考核通报表（%d）.xlsx" % d.year, lambda d: kpi_check(co, d))
    put("capa", lambda d: ZL + "考核/纠正预防措施单JF-%d-05.docx" % d.year, lambda d: capa(co, d, verify=r.random() < 0.75))
    put("iso_cert", lambda d: ZL + "信息技术服务管理体系认证证书.pdf", lambda d: iso_cert(co, d), "issued")
    put("improve_plan", lambda d: ZL + "持续改进/%d年安全运维持续改进工作计划.docx" % d.year, lambda d: improve_plan(co, d, criteria=r.random() < 0.75))
    scored, tracked = r.random() < 0.85, r.random() < 0.8
    put("improve_list", lambda d: ZL + "持续改进/持续改进项目清单（%d）.xlsx" % d.year, lambda d: improve_list(co, d, scored, tracked))
    put("improve_training", lambda d: ZL + "培训/" + ym(d) + "持续改进意识宣贯培训记录.docx", lambda d: improve_training(co, d))

    # --- 07 等保测评
    n = next_no()
    put("grading", lambda d: DB + "%s网络安全等级保护定级备案表.pdf" % co.sys(0), lambda d: grading(co, d, n), "issued")
    put("mlps", lambda d: DB + "%d年/%s等保测评报告.pdf" % (d.year, co.sys(1)), lambda d: mlps_report(co, d))

    # --- earlier years' copies: filed under their own year, they belong to the clause but are stale
    for name, factory, d in list(made):
        if r.random() > 0.17 or d.year != 2026:
            continue
        od = d.replace(year=2025)
        rel = name(od)
        if rel == name(d) or rel in co.used:
            head, _, tail = rel.rpartition("/")
            rel = (head + "/" if head else "") + "2025年归档/" + tail
        if rel not in co.used:
            add(rel, factory(od))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    ZD, JL, BG, ZQ, YJ, ZL = "01制度文件/", "02运维记录/", "03报告/", "04政企客户/%s/" % co.customer, "05应急与重保/", "06质量体系/"

    def add(rel, doc):
        co.add(rel, doc, styled=r.random() < 0.55)

    # templates, blank forms
    add(ZD + "表单模板/【模板】割接方案模板.docx", blank_text("割接方案（模板）", co.fresh(), ["一、割接内容", "二、割接步骤", "三、验证方法", "四、回退方案"]))
    add(ZD + "表单模板/安全设备巡检记录表（空表）.xlsx",
        blank_sheet("安全设备巡检记录表", co.fresh(), ["巡检日期", "设备名称", "运行状态", "告警情况", "CPU利用率", "内存利用率", "巡检人"]))
    add(ZQ + "满意度/客户满意度调查表（模板）.docx", blank_text("客户满意度调查表（模板）", co.fresh(), ["响应及时性", "技术能力", "沟通协调", "综合评价"]))
    add(YJ + "表单模板/应急演练记录表（空表）.xlsx", blank_sheet("应急演练记录表", co.fresh(), ["演练时间", "演练方式", "参演人员", "演练过程", "演练效果"]))
    # drafts (征求意见稿, 草稿)
    d = co.fresh()
    add(ZD + "征求意见/业务连续性管理规定（征求意见稿）.docx", decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(ZQ + "云网安全托管服务等级协议（草稿）.docx", decoy(sla(co, d), "draft", mark="（草稿）"))
    d = co.fresh()
    add(ZL + "持续改进/%d年安全运维持续改进工作计划（草稿）.docx" % (d.year + 1), decoy(improve_plan(co, d), "draft", mark="（草稿）"))
    # withdrawn (作废, 废止)
    d = date(2022, 5, 16)
    add(ZD + "已废止/%s 隐患与问题管理实施细则（已废止）.docx" % file_no(co, d, 8), decoy(rule_doc(co, d, "problem", 8), "obsolete", mark="（已废止）"))
    d = date(2022, 3, 9)
    add(YJ + "作废/网络安全事件应急预案（2022版）作废.pdf", decoy(emergency_plan(co, d), "obsolete", mark="（2022版，作废）"))
    # recycle bins
    d = co.fresh()
    add("#recycle/02运维记录/变更割接工单导出_%s.xlsx" % ymd(d), decoy(change_orders(co, d), "recycle bin"))
    d = co.fresh()
    add("回收站/勒索病毒应急处置演练记录.docx", decoy(drill_record(co, d), "recycle bin"))
    # lock files and empty files
    for rel, _, obj, _ in list(co.files)[4:80:12]:
        head, _, tail = rel.rpartition("/")
        if tail.endswith((".docx", ".xlsx")):
            co.raw((head + "/" if head else "") + "~$" + (tail[2:] if len(tail) > 6 else tail), lock_bytes(co.p(4)), "Office lock file")
    co.raw(JL + "2026/11月/.~lock.工单导出.xlsx#",
           (",%s,%s-PC%03d,05.11.2026 14:41,file:///C:/Users/%s/AppData/Roaming/LibreOffice/4;" % (co.p(2), co.short, r.randint(1, 999), co.short)).encode("utf-8"),
           "LibreOffice lock file")
    co.raw(JL + "2026/11月/【网安】11月安全设备巡检记录.xlsx", b"", "empty file")
    co.raw(YJ + "2026/11月/应急演练记录.docx", b"", "empty file")
    co.raw(BG + "月报/【网安】2026年11月网络安全运维月报.docx", b"", "empty file")
    # training about plans, documents citing procedures, registers
    for plan in ["网络安全事件应急预案", "业务连续性管理规定", "网络与系统变更（割接）管理规定"]:
        if r.random() < 0.8:
            d = co.fresh()
            add(ZL + "培训/" + "%d/%d月/" % (d.year, d.month) + "《%s》解读培训签到表.xlsx" % plan, signin_on_plan(co, d, plan))
    cites = [F_RULES[k][0] for k in ("secinc", "fault", "request", "problem", "change", "knowledge", "slm", "audit", "improve")]
    d = co.fresh()
    add(ZD + "%s 网络安全管理制度体系框架.pdf" % file_no(co, d, 90), rule_catalogue(co, d, 90, cites))
    add(ZD + "现行有效制度清单（%d）.xlsx" % 2026, rule_register(co, co.fresh(), cites))
    d = co.issued()
    add(ZD + "%s 管理评审实施细则.docx" % file_no(co, d, 91), review_rules(co, d, 91))
    d = co.fresh()
    add(ZL + "管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, review_notice(co, d))
    d = co.fresh()
    add(BG + "会议/安全运维季度工作会议议程（%d.%d）.docx" % (d.year, d.month), meeting_agenda(co, d))
    d = co.fresh()
    add(YJ + "%d年护网行动暨应急演练工作方案.docx" % d.year, drill_scheme(co, d))
    d = co.fresh()
    add(ZQ + "驻场人员考勤确认单%d%02d.pdf" % (d.year, d.month), attendance(co, d))
    add(ZL + "考核/%s%d年度关键绩效指标.xlsx" % (co.dept, 2026), dept_kpi(co, co.fresh()))
    # 党建、工会、行政
    for i in sorted(r.sample(range(len(UNRELATED_F)), 4)):
        d = co.fresh()
        folder, t, ext, doc = unrelated(co, d, i)
        add("99其他/%s/%s.%s" % (folder, t, ext), doc)
