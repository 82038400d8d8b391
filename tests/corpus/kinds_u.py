# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_u.py - style U: the IT运维部 of a national retail chain (连锁零售).

A blind author voice for the accuracy corpus, used only by the U shares.  The IT运维部 runs the
chain's 门店POS, 会员中台 and 线上商城 for some 800 门店 and, under a service contract, the IT of a
加盟商 (franchise partner): that partner is the form's customer.  Its people write as a retailer's IT
does: 流程/规范 numbered IT-OPS-Pnn and approved by the CIO through OA (OA审批单 PDFs), an IT运维手册
whose chapters are several 流程, SOP for 门店 work, a Helpdesk tool whose 工单 are exported to xlsx, a
值班表 and a 值班巡检记录 workbook holding several record kinds, 周报 mails saved as txt, 大促保障
(618/双11 war rooms) with 保障方案, 作战室 logs and 复盘, English-Chinese mixed names (Helpdesk, Wiki,
POS, CRM, SOP, KPI, Q3), folders by 季度 (2026Q3) and by 项目.  Written from the form's 需提供证明材料,
not from kinds*.py's rules or the rule pack.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when it is written; a sheet with no data rows counts for nothing.  build(co,
lock_bytes) lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the partner's short name (project folder), the helpdesk tool, the OA prefix, the mail domain
U_INFO = {
    "u1": ("惠万家", "ServiceDesk Plus", "HYX", "huiyuanxuan.com"),
    "u2": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u3": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u4": ("汇邻生鲜", "ServiceDesk Plus", "XMT", "xinmeitian.cn"),
    "u5": ("汇邻生鲜", "ServiceDesk Plus", "XMT", "xinmeitian.cn"),
    "u6": ("惠万家", "ServiceDesk Plus", "HYX", "huiyuanxuan.com"),
    "u7": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u8": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u9": ("汇邻生鲜", "ServiceDesk Plus", "XMT", "xinmeitian.cn"),
    "u10": ("惠万家", "ServiceDesk Plus", "HYX", "huiyuanxuan.com"),
    "u11": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u12": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u13": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u14": ("汇邻生鲜", "ServiceDesk Plus", "XMT", "xinmeitian.cn"),
    "u15": ("惠万家", "ServiceDesk Plus", "HYX", "huiyuanxuan.com"),
    "u16": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u17": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u18": ("汇邻生鲜", "ServiceDesk Plus", "XMT", "xinmeitian.cn"),
    "u19": ("惠万家", "ServiceDesk Plus", "HYX", "huiyuanxuan.com"),
    "u20": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u21": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u22": ("汇邻生鲜", "ServiceDesk Plus", "XMT", "xinmeitian.cn"),
    "u23": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u24": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u25": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u26": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u27": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u28": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u29": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u30": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u31": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u32": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u33": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u34": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u35": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u36": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u37": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u38": ("惠万家", "ServiceDesk Plus", "HYX", "huiyuanxuan.com"),
    "u39": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u40": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u41": ("惠万家", "ServiceDesk Plus", "HYX", "huiyuanxuan.com"),
    "u42": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u43": ("惠万家", "ServiceDesk Plus", "HYX", "huiyuanxuan.com"),
    "u44": ("惠万家", "ServiceDesk Plus", "HYX", "huiyuanxuan.com"),
    "u45": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u46": ("汇邻生鲜", "ServiceDesk Plus", "XMT", "xinmeitian.cn"),
    "u47": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u48": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u49": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u50": ("惠万家", "ServiceDesk Plus", "HYX", "huiyuanxuan.com"),
    "u51": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u52": ("惠万家", "ServiceDesk Plus", "HYX", "huiyuanxuan.com"),
    "u53": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u54": ("佳和超市", "Jira Service Management", "LSJ", "linshangji.cn"),
    "u55": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
    "u56": ("禾润便利", "ITSM门户（自研）", "BJG", "baijiagou.com"),
}


def q(d):
    return "%dQ%d" % (d.year, (d.month - 1) // 3 + 1)


def oa_head(co, d, subject):
    """The printed head of an OA审批单: the flow number, the applicant, the CIO's approval."""
    n = int(ymd(d)) % 100000 * 7 % 1000000
    return [("p", "OA审批单　流程编号：OA-%s-%s-%06d" % (co.oa, ymd(d), n)),
            ("table", [["流程名称", subject, "申请部门", "IT运维部"],
                       ["申请人", co.p(1), "申请日期", iso(d)],
                       ["部门经理审批", "%s 同意 %s" % (co.p(0), iso(d + timedelta(days=1))), "CIO审批", "%s 同意 %s" % (co.boss, iso(d + timedelta(days=2)))]]),
            ("p", "审批状态：已归档")]


def u_head(co, d, code, ver):
    return [("table", [["文件编号", code, "版本", ver], ["编写", co.p(2), "审核", co.p(0)],
                       ["批准（CIO）", co.boss, "生效日期", iso(d + timedelta(days=7))]])]


# ------------------------------------------------------------------ 流程 / 规范 (IT-OPS-Pnn)

# key -> (title, number, items, sections)
U_RULES = {
    "incident": ("门店及线上系统故障处理流程", 1, ["49/incident-procedure"], [
        ("适用范围", ["门店POS收银、会员、线上商城、仓配接口等系统故障，包括门店电话报障、Helpdesk自助报障和监控告警。"]),
        ("故障等级", ["P1：全国或一个大区门店无法收银、商城无法下单；P2：单店无法收银或会员积分异常；P3：单个终端或功能异常；P4：咨询类。"]),
        ("报障与记录", ["所有故障必须在Helpdesk中建工单，电话报障由一线值班工程师代建，记录门店编号、现象、发生时间。"]),
        ("处理与升级", ["一线15分钟内未能恢复的转二线；P1故障立即拉起故障群并电话通知运维经理，30分钟未恢复报告CIO。"]),
        ("恢复确认与关单", ["恢复后与门店店长或报障人确认，工单填写原因和处理过程后关闭；P1/P2故障5个工作日内完成复盘。"]),
    ]),
    "request": ("IT服务请求处理流程（Helpdesk）", 2, ["49/request-procedure"], [
        ("请求类型", ["门店新开/闭店IT配置、员工账号开通与权限变更、POS机领用与调拨、报表数据导出、加盟商系统对接申请。"]),
        ("提交与审批", ["请求人在Helpdesk提交，涉及权限和数据导出的须经请求人所在部门负责人在系统中审批。"]),
        ("处理与回访", ["按服务目录承诺时限办理，办理完成后由服务台回访确认，工单关闭；每周周报统计请求量和按时完成率。"]),
    ]),
    "problem": ("重复故障（问题）跟踪流程", 3, ["20/procedure", "37/procedure"], [
        ("立项条件", ["同一系统一个月内同类故障三次以上、P1故障、大促期间出现的性能瓶颈，由运维经理在问题清单中立项。"]),
        ("根因分析", ["问题负责人10个工作日内完成根因分析（5Why），给出临时规避方案和永久解决方案。"]),
        ("解决与关闭", ["永久方案经变更发布上线，观察一个月无复发后关闭，经验同步到运维Wiki。"]),
    ]),
    "change": ("系统上线与变更发布流程", 4, ["54/procedure"], [
        ("变更分类", ["标准变更、常规变更、紧急变更；大促封网期内除紧急变更外一律不发布。"]),
        ("申请与评审", ["在Helpdesk提交变更单，写明变更内容、影响门店范围、风险、测试结果和回退方案；常规变更经周二CAB评审，重大变更经CIO在OA审批。"]),
        ("发布窗口", ["门店系统在闭店后22:00-次日6:00发布，先灰度10家试点门店，观察一个营业日后全量。"]),
        ("验证与回退", ["发布后按验证清单检查收银、会员积分、支付对账；异常立即回退并通报。"]),
        ("记录", ["变更单、发布记录、验证结果在Helpdesk中归档，月底导出变更台账。"]),
    ]),
    "kb": ("运维知识库（Wiki）维护规范", 5, ["21/procedure"], [
        ("来源", ["故障处理、问题根因、门店常见问题FAQ、SOP。"]),
        ("编写与审核", ["处理人关单后3个工作日内在Wiki提交条目，二线组长审核后发布。"]),
        ("维护", ["每季度清理过期条目，大促前更新门店应急FAQ。"]),
    ]),
    "slm": ("门店及加盟商IT服务水平管理流程", 6, ["39/slm-procedure"], [
        ("服务水平的约定", ["与加盟商签订IT运维服务协议，约定服务范围、服务时间、响应和恢复时限、报告方式；内部门店服务水平在服务目录中公布。"]),
        ("监视与报告", ["每月在运维月报中统计服务水平达成率，未达成项说明原因和改进措施，发送加盟商IT负责人。"]),
        ("评审", ["服务协议每年续签前评审一次，门店数量或业务变化时修订。"]),
    ]),
    "secinc": ("信息安全事件响应与上报流程", 7,
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("事件分类分级", ["病毒木马、网络攻击、会员数据泄露、支付风险、网页篡改、安全设备故障；分为特别重大、重大、较大、一般四级。"]),
        ("上报", ["值班工程师发现事件10分钟内报告安全组长；较大及以上事件30分钟内报告CIO，涉及会员个人信息的按规定报告监管部门和公安机关，并通知受影响的加盟商。"]),
        ("响应处置", ["研判、隔离（断开门店VPN、封禁IP）、清除、恢复，全过程记入安全事件处理单。"]),
        ("应急启动", ["较大及以上事件启动《信息安全应急预案》，由应急指挥小组统一指挥。"]),
        ("总结", ["事件结束后5个工作日内提交事件报告，整改项纳入问题清单跟踪。"]),
    ]),
    "audit": ("IT内部审核流程", 8, ["61/audit-system", "62/audit-mechanism"], [
        ("策划", ["IT质量专员每年制定内审计划，覆盖IT运维部全部小组和流程，审核员不审核本组工作。"]),
        ("实施", ["审核通知、首次会议、现场检查、不符合项报告、末次会议、整改跟踪。"]),
        ("输出", ["内审报告提交年度管理评审。"]),
    ]),
    "monitor": ("IT运维KPI监测与考核办法", 9, ["61/monitoring-process", "62/monitoring-process"], [
        ("KPI", ["POS系统可用率、商城可用率、工单按时解决率、一次解决率、变更成功率、门店满意度。"]),
        ("监测", ["监控平台实时采集，Helpdesk报表每周统计，每月汇总进运维月报。"]),
        ("考核", ["KPI未达标的小组提交纠正措施，纳入季度绩效。"]),
    ]),
    "improve": ("IT运维持续改进流程", 10, ["65/procedure"], [
        ("改进来源", ["故障复盘、大促复盘、内审、管理评审、门店和加盟商反馈、KPI未达标。"]),
        ("登记与评估", ["改进项登记到改进清单，按影响门店数、紧迫性、投入评估优先级，运维经理批准。"]),
        ("跟踪与报告", ["每个改进项设定可衡量目标，完成后评估效果，每季度在IT季度会上汇报。"]),
    ]),
    "training": ("加盟商安全培训服务规范", 11, ["31/training-process"], [
        ("需求与计划", ["每年初收集加盟商门店和总部的培训需求，编制年度培训计划。"]),
        ("实施", ["线上直播+门店实操，培训后在线考试。"]),
        ("评估", ["培训满意度问卷，结果用于下年计划。"]),
    ]),
    "pentest": ("渗透测试服务操作规范", 12, ["31/pentest-process"], [
        ("授权", ["测试前取得系统负责人（加盟商为其IT负责人）书面授权，明确范围、时间窗口和禁止事项；大促封网期不做测试。"]),
        ("实施", ["信息收集、漏洞发现、验证利用，不做拒绝服务类测试，全程录屏留存。"]),
        ("报告与复测", ["出具渗透测试报告，修复后复测。"]),
    ]),
    "preventive": ("预防措施管理规范", 13, ["66/preventive-actions"], [
        ("识别", ["从KPI趋势、巡检发现、大促压测结果和行业安全通报中识别潜在问题。"]),
        ("措施", ["制定预防措施并指定责任人和完成时间，在改进清单中跟踪。"]),
        ("验证", ["措施完成后一个季度内验证其有效性。"]),
    ]),
}

# the department's own rules that prove none of the form's items
U_OTHER = {
    "store": ("门店IT设备使用规范", [("POS机", ["门店不得在POS机上安装任何软件或插U盘。"]), ("网络", ["门店WiFi与收银网络隔离。"])]),
    "duty": ("IT值班管理规定", [("排班", ["按月发布值班表，7x24小时一线值班，二线电话待命。"]), ("交接", ["交接班在值班群中发送交接记录。"])]),
    "asset_buy": ("IT设备采购与领用规定", [("采购", ["POS机、门店交换机集中采购。"]), ("领用", ["领用须在Helpdesk提交请求。"])]),
}


def rule_doc(co, d, key):
    title, num, items, sections = U_RULES[key]
    b = oa_head(co, d, "制度发布：《%s》" % title) + [("title", title)] + u_head(co, d, "IT-OPS-P%02d" % num, "V%d.%d" % (1 + num % 3, d.year % 3))
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "%d %s" % (i, head)))
        b += [("p", p) for p in paras]
    return Doc("proc:" + key, title, d, items, False, b)


def other_doc(co, d, key):
    title, sections = U_OTHER[key]
    b = [("title", title)]
    for i, (head, paras) in enumerate(sections, 1):
        b += [("h1", "%d %s" % (i, head))] + [("p", p) for p in paras]
    return Doc("other_rule", title, d, [], False, b)


def handbook(co, d, keys, pdca):
    """IT运维手册: the management cycle as chapter 1 (optional), several 流程 as chapters."""
    t = "IT运维手册（%d版）" % d.year
    b = [("title", t), ("p", "%s IT运维部　%s" % (co.name, cnd(d)))] + u_head(co, d, "IT-OPS-M01", "V%d.0" % (d.year - 2021))
    items, n = [], 0
    if pdca:
        n += 1
        b += [("h1", "第%d章 运维管理怎么转起来" % n),
              ("p", "IT运维部按“计划—执行—检查—改进”（PDCA）循环管理运维工作：年度IT运维计划和服务目录是计划；按本手册的流程、SOP、变更发布和值班制度执行；"
                    "用周报、月报KPI、大促复盘、内审和管理评审检查；用改进清单和问题清单落实改进，再进入下一轮计划。")]
        items.append("10/pdca")
    for k in keys:
        title, num, its, sections = U_RULES[k]
        n += 1
        b.append(("h1", "第%d章 %s（IT-OPS-P%02d）" % (n, title, num)))
        for i, (head, paras) in enumerate(sections, 1):
            b += [("h2", "%d.%d %s" % (n, i, head))] + [("p", p) for p in paras]
        items += its
    return Doc("handbook", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ SOP

SOPS = {
    "pos": ("门店POS收银机重装及初始化", ["在Helpdesk确认工单和门店编号，联系店长确认闭店时段。", "备份本机未上传的交易流水到U盾。",
                                 "使用标准镜像重装系统，导入门店参数和收银员账号。", "测试刷卡、扫码、会员积分和小票打印。", "在工单中上传测试截图后关单。"]),
    "fw": ("总部及门店防火墙策略变更", ["核对变更单编号和审批状态。", "导出现有策略备份。", "按变更单添加或修改策略，最小开放原则。",
                                "验证业务连通性和日志记录。", "失败时导入备份策略回退。"]),
    "db": ("会员库数据库备份与恢复", ["检查每日全备和每小时日志备份任务状态。", "每月在恢复环境做一次恢复测试。", "核对恢复后的会员数和积分余额。",
                                "记录恢复耗时。"]),
    "net": ("门店网络主备线路切换", ["确认门店主线路中断，告警已派单。", "在SD-WAN控制台将门店切换到4G备线。", "门店收银测试一笔。",
                                 "主线路恢复后切回并记录中断时长。"]),
}


def sop(co, d, key, i):
    title, steps = SOPS[key]
    t = "SOP-%02d %s作业指导" % (i + 1, title)
    b = [("title", t)] + u_head(co, d, "IT-OPS-SOP%02d" % (i + 1), "V1.%d" % i) + [("h1", "1 适用"), ("p", "IT运维部一线、二线工程师及门店驻店IT。"), ("h1", "2 操作步骤")]
    b += [("p", "步骤%d：%s" % (j, s)) for j, s in enumerate(steps, 1)] + [("h1", "3 注意事项"), ("p", "营业时间内不得操作，特殊情况须经运维经理同意。")]
    return Doc("sop", t, d, ["24/work-instructions"], False, b)


def sop_book(co, d, keys):
    t = "门店运维SOP汇编"
    b = [("title", t), ("p", "IT运维部　%s" % cnd(d))]
    for n, k in enumerate(keys, 1):
        title, steps = SOPS[k]
        b += [("h1", "%d %s" % (n, title))] + [("p", "%d.%d %s" % (n, j, s)) for j, s in enumerate(steps, 1)]
    return Doc("sop_book", t, d, ["24/work-instructions"], False, b)


# ------------------------------------------------------------------ 项目: 加盟商运维服务

def survey(co, d, tr, sec):
    parts = [("1 背景", "受%s委托，IT运维部于%d年%d月对其%d家加盟门店和总部IT现状进行了调研，访谈对象包括其IT负责人%s和营运部。" %
              (co.customer, d.year, d.month, 60 + d.day, co.cp(0)), [])]
    if tr:
        parts.append(("2 服务时间要求", [("table", [["系统", "服务时段", "响应", "到场/恢复"], [co.sys(0), "门店营业时间 7:00-23:00 全程", "15分钟", "4小时"],
                                                   [co.sys(1), "7x24", "30分钟", "4小时"], [co.sys(2), "7x24，大促期间专人值守", "15分钟", "2小时"]])], ["1/survey"]))
    if sec:
        parts.append(("3 安全服务需求", ["加盟商希望获得：门店终端防病毒和准入管理、收银网络隔离检查、会员数据防泄露、季度漏洞扫描、年度渗透测试、安全事件应急响应、店员安全意识培训。",
                                     ("table", [["类型", "内容", "优先级"], ["评估类", "漏洞扫描、渗透测试", "高"], ["应急类", "安全事件响应、大促保障", "高"],
                                                ["运维类", "防火墙和终端安全运维", "中"], ["培训类", "店员安全意识培训", "中"]])], ["5/survey"]))
    parts.append(("4 结论", "调研结果经%s确认，作为服务方案和服务协议的依据。" % co.cp(0), []))
    return nar("survey", "%s门店IT现状及运维服务需求调研报告" % co.cust, d, False, parts)


def budget(co, d):
    rows = [["驻店IT人员", "人月", 24, 12000, 288000], ["Helpdesk坐席分摊", "年", 1, 60000, 60000], ["安全服务（扫描、渗透）", "次", 5, 15000, 75000],
            ["备品备件（POS机）", "台", 20, 3500, 70000]]
    nodes = [["试点门店接入", "第1月"], ["全量门店接入", "第2-3月"], ["首次满意度调查", "第6月"], ["年度服务评审", "第12月"]]
    return book("budget", "%s运维服务项目预算" % co.cust, d, False, [("预算", ["费用项", "单位", "工作量/数量", "单价（元）", "金额（元）"], rows, ["2/budget"]),
                                                               ("项目节点", ["节点", "时间"], nodes, [])])


def kickoff(co, d):
    parts = [("会议信息", "时间：%s　地点：总部12楼会议室+腾讯会议　参会：%s（加盟商IT负责人）、%s（IT运维部经理）、%s" % (cnd(d), co.cp(0), co.p(0), co.p(1)), []),
             ("议题一：沟通机制", ["双方建立项目微信群和周例会，每周四下午电话会；月报每月5日前发送；重大故障由值班经理电话通知%s。" % co.cp(0),
                               "双方接口人：我方%s，对方%s。" % (co.p(1), co.cp(1))], ["3/communication"]),
             ("议题二：上线节奏", "先接入20家试点门店，一个月后全量。", [])]
    return nar("kickoff", "%s运维服务项目启动会纪要" % co.cust, d, False, parts)


def history(co, d, on):
    parts = []
    if "list" in on:
        parts.append(("一、过去12个月报障清单（加盟商提供）", [("table", [["月份", "报障数", "其中POS", "其中网络", "其中会员/支付"], ["%d-%02d" % (d.year - 1, 11), 132, 70, 41, 21],
                                                                  ["%d-%02d" % (d.year - 1, 12), 118, 62, 36, 20], ["%d-01" % d.year, 101, 55, 30, 16]])], ["4/history-list"]))
    if "analysis" in on:
        parts.append(("二、数据分析", "指标完成情况：POS可用率99.6%，未达99.9%目标；违例操作：门店私接WiFi到收银网3起；重大事件：会员积分错乱1次；失败变更：POS版本发布回退2次。POS类故障占52%，集中在开店早高峰。", ["4/analysis"]))
    if "strategy" in on:
        parts.append(("三、运维策略", "POS机统一镜像和备机轮换；单线门店加装4G备线；开店前30分钟远程巡检；大促前专项排查。", ["4/strategy"]))
    return nar("history", "%s历史IT运行数据分析及运维策略" % co.cust, d, False, parts or [(None, "（待补充）", [])])


def sla(co, d, kpis, health):
    parts = [("第一条 服务范围", "乙方为甲方%s及其加盟门店的%s提供运维服务，服务内容见附件《服务目录》。" % (co.customer, "、".join(co.systems)), ["35/sla", "39/sla"]),
             ("第二条 服务方式", "驻场值守：总部机房驻场工程师工作日值守；定期巡检：每日开店前远程巡检、每季度现场巡检；远程值守：7x24小时Helpdesk热线和工单远程处理；每月提供运维月报。", ["35/sla"])]
    if kpis:
        parts.append(("第三条 服务级别", [("table", [["级别", "定义", "响应", "恢复"], ["P1", "多店无法收银/商城无法下单", "15分钟", "2小时"],
                                                 ["P2", "单店无法收银", "30分钟", "4小时"], ["P3", "单终端/单功能", "2小时", "1个工作日"]]),
                                      "核心系统月可用率：POS收银≥99.9%，线上商城≥99.95%。"], ["36/sla"]))
    if health:
        parts.append(("第四条 健康检查", "乙方每季度对甲方收银网络、门店防火墙和服务器做一次健康检查（现场检查为主，远程检查补充），检查内容为设备可用性、性能、配置和备份，出具健康检查报告。", ["15/agreement"]))
    parts.append(("第五条 签署", "甲方：%s（盖章）　乙方：%s（盖章）　签订日期：%s" % (co.customer, co.name, cnd(d)), []))
    return nar("sla", "加盟商IT运维服务协议", d, False, parts)


CAT = {
    "basic": (["12/catalog"], [("开店IT交付", "门店网络、POS、监控设备安装调试及资产登记"), ("安全设备运维", "总部及门店防火墙、WAF、堡垒机日常维护"),
                               ("日常巡检", "每日开店前远程巡检、病毒库和告警检查"), ("季度健康检查", "收银网络和服务器健康检查"),
                               ("日志审计", "安全设备和服务器日志审计")]),
    "l2": (["19/catalog"], [("运行监控与分析", "7x24监控，月度趋势分析"), ("终端安全", "门店终端防病毒和准入"), ("等保合规运维", "按等保2.0要求检查整改")]),
    "l1": (["26/catalog"], [("安全通告与漏洞分析", "漏洞、病毒情报收集与分析"), ("应急响应", "7x24应急响应，大促专人值守")]),
}


def catalog(co, d, parts):
    rows, items = [], ["29/catalog"]
    for p in ("basic",) + tuple(parts):
        its, entries = CAT[p]
        items += its
        rows += [[n, c, co.rng.choice(["远程", "现场", "远程+现场"]), "工单/报告"] for n, c in entries]
    return book("catalog", "IT运维服务目录（%d）" % d.year, d, False, [("服务目录", ["服务项", "内容", "方式", "交付物"], rows, items)])


def health(co, d):
    parts = [("检查范围", "%s总部机房、%d家门店收银网络及防火墙。" % (co.cust, 20 + d.day), []),
             ("检查结果", [("table", [["对象", "检查项", "结果"], ["门店防火墙", "策略、会话数、CPU", "正常"], ["会员库服务器", "磁盘、备份、补丁", "磁盘使用率81%，建议扩容"],
                                      ["收银网络", "VLAN隔离、准入", "2家门店收银网混接WiFi，已整改"]])], ["15/records", "46/records", "44/inspection"]),
             ("结论", "整体运行良好，整改项纳入问题清单。", [])]
    return nar("health", "%s季度健康检查报告（%s）" % (co.cust, q(d)), d, True, parts)


def csat(co, d, half):
    rows = [[co.cust + "门店%03d" % (i * 7 + 1), 90 + i % 9, 88 + i % 7, "建议开店早高峰加派坐席" if i == 2 else ""] for i in range(8)]
    return book("csat", "%d年%s加盟门店IT服务满意度调查" % (d.year, half), d, True,
                [("问卷结果", ["门店", "响应及时性", "处理效果", "意见建议"], rows, ["41/surveys", "63/survey"]),
                 ("分析", ["项目", "结论"], [["综合得分", "93.1，较上期提升"], ["主要问题", "早高峰报障等待时间长"]], ["58/survey"])])


def csat_trend(co, d):
    parts = [("趋势", [("table", [["期次", "综合满意度"], ["%d上半年" % (d.year - 1), "91.2"], ["%d下半年" % (d.year - 1), "92.6"], ["%d上半年" % d.year, "94.0"]])], ["41/trend"]),
             ("分析", "满意度连续上升，早高峰报障等待时间仍是主要扣分项。", ["41/trend"])]
    return nar("csat_trend", "门店IT满意度趋势分析（%d）" % d.year, d, True, parts)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=3 * i)), "%s门店%03d" % (co.cust, 10 + i), "电话回访", "满意" if i % 4 else "一般，打印机问题反复", co.p(4)] for i in range(6)]
    return book("callbacks", "门店回访记录（%d）" % d.year, d, True, [("回访", ["日期", "门店", "方式", "反馈", "回访人"], rows, ["63/follow-up-visits"])])


def requirements(co, d):
    parts = [("1 背景", "%s需对接%s，实现加盟门店会员积分互通。" % (co.cust, co.sys(1)), []),
             ("2 功能需求", ["积分实时同步；会员等级映射；对账报表。"], ["11/requirements"]),
             ("3 非功能需求", ["接口响应≤300ms；大促峰值每秒2000笔。"], ["11/requirements"])]
    return nar("requirements", "%s会员互通项目需求分析说明书" % co.cust, d, True, parts)


def compat(co, d):
    parts = [("测试对象", "新版POS客户端在加盟商现有三种型号收银机上的兼容性。", []),
             ("结果", [("table", [["机型", "系统", "结果"], ["商米T2", "Android 9", "通过"], ["XP收银机", "Win7", "打印驱动需升级后通过"], ["一体机", "Win10", "通过"]])], ["11/compatibility"])]
    return nar("compat", "POS客户端兼容性测试报告", d, True, parts)


def impl_manual(co, d):
    parts = [("1 实施准备", "门店网络改造清单、设备到货核对。", ["11/manuals"]), ("2 安装步骤", "交换机上架、防火墙初始化、POS部署、联调。", ["11/manuals"]),
             ("3 验收", "试点门店营业一天无异常后签字验收。", [])]
    return nar("impl", "加盟门店IT接入实施手册", d, False, parts)


def release_plan(co, d, rb):
    parts = [("一、发布内容", "%s版本升级，涉及全部加盟门店。" % co.sys(0), []),
             ("二、测试方案", [("table", [["测试项", "方法", "通过标准"], ["收银功能", "UAT脚本120条", "全部通过"], ["性能", "压测峰值3倍", "TPS≥2000"], ["灰度", "10家试点门店", "一个营业日无P2以上故障"]])],
              ["25/test-plan"])]
    if rb:
        parts.append(("三、回退方案", "保留旧版本安装包和数据库快照，验证失败30分钟内回退到旧版本并通知门店。", ["25/rollback", "11/rollback"]))
    return nar("release", "%s升级上线方案（含测试和回退）" % co.sys(0), d, False, parts, pre=oa_head(co, d, "上线审批：%s升级" % co.sys(0)))


def baseline(co, d):
    rows = [["门店防火墙", "管理口仅限总部IP", "已配置"], ["POS机", "禁用USB存储、关闭远程桌面", "已配置"], ["会员库服务器", "口令12位以上、审计开启", "已配置"]]
    return book("baseline", "安全配置基线（%d）" % d.year, d, False, [("基线", ["对象", "基线要求", "状态"], rows, ["25/baseline"])])


# ------------------------------------------------------------------ 组织与人员

def org(co, d, roles, outs):
    parts = [("组织架构", ["信息安全领导小组：组长CIO %s，成员为IT运维部经理、信息安全组长、营运中心负责人" % co.boss, "CIO %s" % co.boss, "└ IT运维部（经理 %s）：一线服务台组、二线系统组、网络组、信息安全组、驻店IT组" % co.p(0)], ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("岗位职责", [("table", [["岗位", "职责"], ["运维经理", "运维工作总体负责，大促作战室指挥"], ["服务台工程师", "受理报障和请求，派单、回访"],
                                             ["系统工程师", "POS、会员、商城系统维护和可用性保障"], ["安全工程师", "安全设备运维、事件响应、渗透测试"]])], ["18/roles", "23/roles"]))
    if outs:
        parts.append(("外包", "门店现场支持外包给%s，负责人%s，按月考核。" % (co.vendor, co.vp(0)), ["9/outsourcing"]))
    return nar("org", "IT运维部组织架构及岗位职责（%d）" % d.year, d, False, parts)


def staff(co, d, outs):
    rows = [[co.p(i), ["运维经理", "服务台组长", "系统工程师", "网络工程师", "安全工程师", "驻店IT"][i], "正式"] for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[co.vp(i), "门店现场支持", "外包（%s）" % co.vendor] for i in range(3)]
        its.append("9/outsourcing")
    return book("staff", "IT运维部人员清单", d, False, [("人员", ["姓名", "岗位", "用工性质"], rows, its)])


def interface(co, d):
    parts = [("接口人", [("table", [["事项", "我方", "加盟商"], ["日常运维", co.p(1), co.cp(1)], ["安全事件", co.p(4), co.cp(2)], ["合同与对账", co.p(0), co.cp(0)]])], ["28/interface-person"])]
    return nar("interface", "加盟商项目对接人清单", d, False, parts, pre=oa_head(co, d, "项目对接人确认"))


def desk(co, d):
    parts = [("服务台", "IT运维部设Helpdesk服务台，热线400-xxx及%s自助门户，7x24受理门店、总部和加盟商的报障和请求，统一派单、跟踪、回访。" % co.tool, ["48/service-desk"]),
             ("人员", "服务台组长%s，坐席6人三班倒，大促期间增至12人。" % co.p(1), [])]
    return nar("desk", "关于Helpdesk服务台运行安排的说明", d, False, parts)


def desk_training(co, d):
    rows = [[co.p(i % 6) if i < 4 else co.vp(i % 3), "Helpdesk工单受理、派单与回访", iso(d), "合格"] for i in range(6)]
    return book("desk_training", "服务台坐席培训记录", d, True, [("培训", ["姓名", "培训内容", "日期", "考核"], rows, ["48/training"])])


def ola(co, d, sld):
    parts = [("内部运营水平约定（OLA）", [("table", [["支持方", "事项", "时限"], ["网络组", "门店断网转二线后", "30分钟内响应"], ["DBA", "会员库故障", "15分钟内响应"]])], ["8/ola"])]
    if sld:
        parts.append(("服务水平设计", "按门店营业时段设计服务级别：营业时段P1/P2快速响应，闭店时段变更窗口；供应商（线路运营商、POS厂商）服务水平纳入采购合同。", ["8/sld"]))
    return nar("ola", "服务水平设计与OLA", d, False, parts)


def avail_kpis(co, d):
    rows = [[co.sys(0), "营业时段可用率", "≥99.9%"], [co.sys(1), "月可用率", "≥99.9%"], [co.sys(2), "月可用率/大促峰值成功率", "≥99.95%/≥99.5%"]]
    return book("avail_kpis", "系统可用性指标（%d）" % d.year, d, False, [("指标", ["系统", "指标", "目标"], rows, ["6/availability-kpis"])])


def impact(co, d, auto):
    parts = [("以往解决方案对业务的影响", ["过去一年门店故障的处理方案（远程重启、备机替换、切4G备线）对营业的影响如下。", ("table", [["系统", "中断影响", "最大容忍中断"], [co.sys(0), "门店无法收银，每小时损失约百万元销售", "30分钟"],
                                        [co.sys(2), "线上订单流失", "15分钟"]])], ["7/impact-analysis"])]
    if auto:
        parts.append(("可自动化的服务", "按以往安全事件的平均处理时长分析，病毒告警隔离（平均40分钟）、撞库封禁IP（平均25分钟）适合自动化；另开店前巡检脚本化、告警自动派单到Helpdesk。", ["7/automation"]))
    return nar("impact", "运维服务影响分析及自动化需求", d, True, parts)


# ------------------------------------------------------------------ 运行: 工单, 值班巡检, 周报, 大促

def tickets(co, d, resp):
    head = ["工单号", "创建时间", "门店/部门", "类型", "优先级", "摘要", "处理人", "状态"] + (["首次响应(分钟)", "解决时长(小时)"] if resp else [])
    rows = []
    for i in range(10):
        t = d - timedelta(days=i)
        r = ["INC-%s%03d" % (ymd(t)[2:], i + 1), "%s %02d:%02d" % (iso(t), 8 + i, 10 + i), "%s%03d店" % (co.short, 100 + i * 7),
             ["故障", "请求", "故障", "请求", "故障"][i % 5], "P%d" % (2 + i % 3), ["POS无法开机", "新员工账号", "扫码枪无响应", "报表导出", "门店断网"][i % 5], co.p(1 + i % 4), "已关闭"]
        rows.append(r + ([5 + i, round(0.5 + i * 0.3, 1)] if resp else []))
    return book("tickets", "Helpdesk工单导出", d, True, [("Export", head, rows, ["43/process-records"] + (["55/response-times"] if resp else []))])


def inc_stats(co, d, ana):
    parts = [("工单统计", [("table", [["类别", "数量", "占比"], ["POS故障", 412, "46%"], ["网络故障", 215, "24%"], ["会员/支付", 98, "11%"], ["其他", 170, "19%"]])], ["18/incident-stats"])]
    if ana:
        parts.append(("分析", "POS故障中打印机类占六成，已推动更换批次问题打印机；网络故障多发于单线门店。", ["18/incident-analysis"]))
    return nar("inc_stats", "%s故障工单统计分析" % q(d), d, True, parts)


def duty_workbook(co, d, kinds, hw):
    """值班巡检记录: one workbook whose sheets are several record kinds; a sheet left empty proves nothing."""
    S = {
        "insp": ("开店前巡检", ["日期", "检查项", "结果", "值班人"], [[iso(d - timedelta(days=i)), "POS心跳、门店VPN、会员接口", "正常", co.p(2 + i % 3)] for i in range(5)], ["44/inspection", "14/maintenance"]),
        "av": ("防病毒", ["日期", "病毒库版本", "终端在线率", "查杀结果"], [[iso(d - timedelta(days=7 * i)), "2026.%02d.%02d" % (d.month, 1 + i), "97%", "清除木马1个" if i == 1 else "无"] for i in range(4)],
               ["44/virus-scan", "45/antivirus"]),
        "mon": ("安全监控", ["时间", "来源", "告警", "处置"], [[iso(d - timedelta(days=i)), "WAF", "商城SQL注入尝试", "已拦截"] for i in range(3)], ["45/monitoring"]),
        "maint": ("维护", ["日期", "对象", "内容", "人员"], [[iso(d - timedelta(days=10 * i)), "门店防火墙", "策略清理、固件检查", co.p(3)] for i in range(3)], ["44/maintenance", "14/maintenance"]),
        "upg": ("升级", ["日期", "对象", "版本", "结果"], [[iso(d - timedelta(days=20)), "WAF", "V6.3.2", "成功"]], ["44/upgrades"]),
    }
    sheets = [(S[k][0], S[k][1], S[k][2], S[k][3]) for k in kinds]
    sheets.append(("硬件故障", ["日期", "设备", "故障", "处理"], [[iso(d - timedelta(days=5)), "会员库服务器", "硬盘告警", "更换硬盘"]] if hw else [], ["14/hardware-faults", "44/faults"]))
    sheets.append(("交接班", ["日期", "交班人", "接班人", "备注"], [[iso(d), co.p(1), co.p(2), "无遗留"]], []))
    return book("duty", "IT值班巡检记录（%d年%d月）" % (d.year, d.month), d, True, sheets)


def weekly_mail(co, d, full):
    """A 周报 mail saved as txt: header lines, then sections; items only for the parts written."""
    pre = [("p", "From: %s <%s@%s>" % (co.p(4), "secops", co.mail)), ("p", "To: it-ops@%s; %s" % (co.mail, co.boss)),
           ("p", "Date: %s 18:02" % iso(d)), ("p", "Subject: [周报] 信息安全周报 %s" % iso(d))]
    parts = [("一、本周漏洞与病毒", ["发布厂商高危漏洞2个（门店路由器、会员库中间件），已排期修复。", "终端拦截病毒3次，无扩散。"], ["53/bulletin", "52/vulnerability", "52/virus"])]
    if full:
        parts += [("二、政策法规与业界动态", "《网络数据安全管理条例》相关要求已转发法务；同业某零售企业会员数据泄露事件通报。", ["52/policy"]), ("三、分析", "攻击主要针对商城登录接口，撞库为主，已加验证码。", ["52/analysis"])]
    return nar("weekly", "信息安全周报", d, True, parts, pre=pre)


def ops_weekly(co, d):
    pre = [("p", "From: %s" % co.p(0)), ("p", "Subject: [周报] IT运维部周报 %s" % iso(d))]
    parts = [("本周工作", ["工单%d张，按时解决率96%%。" % (700 + d.day), "完成10家新店开店交付。"], []), ("下周计划", "双11保障预案评审。", [])]
    return nar("ops_weekly", "IT运维部周报", d, True, parts, pre=pre)


def guard_plan(co, d, ev):
    parts = [("一、保障目标", "大促当天%s零P1故障，峰值下单成功率≥99.5%%，POS收银可用率100%%。" % co.sys(2), ["18/availability-plan", "22/plan"]),
             ("二、作战室安排", "作战室设在总部12楼，CIO任总指挥；提前扩容、封网、压测、值班表。", ["18/availability-plan", "22/plan"])]
    if ev:
        parts.append(("三、作战室记录", [("table", [["时间", "事件", "影响", "处理"], ["%s 00:03" % iso(d), "支付回调延迟", "商城下单慢约3分钟", "扩容回调服务"],
                                                ["%s 20:15" % iso(d), "华东大区3家门店断网", "切4G备线", "已恢复"]])], ["18/availability-events", "22/events", "43/process-records"]))
    return nar("guard", "%d年%s大促IT保障方案" % (d.year, "双11" if d.month >= 10 else "618"), d, True, parts, pre=oa_head(co, d, "大促IT保障方案"))


def guard_review(co, d):
    parts = [("可用性", [("table", [["系统", "大促期间可用率", "目标"], [co.sys(0), "100%", "99.9%"], [co.sys(2), "99.97%", "99.95%"]])], ["18/availability-report", "22/report"]),
             ("问题与改进", "支付回调服务扩容阈值偏高，下次提前两天扩容。", [])]
    return nar("guard_review", "%d年%s大促IT保障复盘报告" % (d.year, "双11" if d.month >= 10 else "618"), d, True, parts)


def postmortem(co, d):
    parts = [("故障概述", "%s %s 华北大区门店POS无法收银，持续42分钟，影响门店86家。" % (iso(d), co.sys(0)), []),
             ("根因", "会员接口证书过期导致POS结算时调用超时。", ["18/incident-analysis"]),
             ("改进", "证书统一纳入到期监控。", [])]
    return nar("postmortem", "P1故障复盘报告（%s）" % ymd(d), d, True, parts)


def monthly(co, d, fc):
    parts = [("一、监控概况", "本月告警%d条，有效告警%d条，均已处理；POS可用率连续三个月上升，工单量较上月增加6%%，P1故障较上月减少1起。" % (3000 + d.day * 10, 300 + d.day), ["50/monitoring-report"]),
             ("二、运行数据", [("table", [["指标", "本月", "目标"], ["POS可用率", "99.96%", "99.9%"], ["工单按时解决率", "96.1%", "95%"], ["变更成功率", "98.7%", "98%"], ["异常报告及时率", "99.2%", "98%"], ["故障隐患发现率", "87%", "80%"], ["问题解决率", "92%", "90%"],
                                          ["漏洞扫描覆盖率", "100%", "100%"], ["补丁安装及时率", "95%", "95%"], ["安全事件次数", "3", "—"]])],
              ["56/data", "18/availability-report", "22/report"])]
    if fc:
        parts.append(("三、下月预测", "下月新开门店约30家，预计工单增加8%，需增加坐席2人。", ["71/forecast"]))
    return nar("monthly", "IT运维月报（%d年%d月）" % (d.year, d.month), d, True, parts)


def collect(co, d, which):
    S = {"config": ("配置", ["设备", "配置项", "采集值"], [["门店防火墙", "策略数", "86"], ["核心交换机", "VLAN", "收银/办公/WiFi"]], ["16/config"]),
         "traffic": ("流量", ["链路", "峰值", "均值"], [["总部互联网", "1.6Gbps", "620Mbps"], ["门店SD-WAN", "8Mbps", "2Mbps"]], ["16/traffic"]),
         "status": ("状态", ["设备", "CPU", "内存", "状态"], [["门店防火墙", "23%", "41%", "正常"], ["WAF", "35%", "52%", "正常"]], ["16/status"])}
    return book("collect", "网络及安全设备信息采集（%s）" % iso(d), d, True, [S[w] for w in which])


def log_audit(co, d):
    parts = [("审计范围", "门店及总部防火墙、WAF、堡垒机日志，会员库服务器操作系统日志，线上商城应用日志。", []),
             ("审计发现", ["发现2个账号在非工作时间导出会员数据，经核实为营销部报表任务，已补办审批。", "WAF日志显示撞库攻击上升。"], ["17/log-analysis", "45/audit-report", "47/audit"])]
    return nar("log_audit", "安全日志审计报告（%d年%d月）" % (d.year, d.month), d, True, parts)


def assets(co, d):
    rows = [["IT-%s-%03d" % (co.short, i), ["门店交换机", "门店防火墙", "POS机", "会员库服务器"][i % 4], ["H3C S5130", "FortiGate 60F", "商米T2", "浪潮NF5280"][i % 4],
             ["接入", "边界防护", "收银", "数据库"][i % 4], "%s%03d店" % (co.short, 100 + i), "GE1/0/%d" % (i + 1), ["一般", "重要", "一般", "核心"][i % 4], "在用"] for i in range(8)]
    return book("assets", "IT资产清单（%s）" % iso(d), d, True, [("资产", ["资产编号", "类别", "型号", "功能", "位置", "端口", "重要等级", "状态"], rows,
                                                                ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    sheets = [("CI", ["CI编号", "名称", "类型", "负责人", "机密性", "完整性", "可用性"], [["CI-%04d" % i, n, t, co.p(i), "高", "高", "高"] for i, (n, t) in enumerate([("POS服务端", "应用"), ("会员库", "数据库"), ("商城网关", "应用"), ("门店VPN", "网络")])],
               ["27/cmdb"]),
              ("关系", ["源CI", "关系", "目标CI"], [["POS服务端", "依赖", "会员库"], ["商城网关", "依赖", "会员库"], ["POS服务端", "经由", "门店VPN"]] if rel else [], ["38/cmdb-relations"])]
    return book("cmdb", "CMDB导出", d, True, sheets)


def ci_updates(co, d):
    rows = [[iso(d - timedelta(days=6 * i)), "CI-%04d" % i, "版本升级" if i % 2 else "新增门店", "CHG-%03d" % (40 + i), co.p(2)] for i in range(5)]
    return book("ci_updates", "CMDB变更记录", d, True, [("变更", ["日期", "CI", "变更内容", "关联变更单", "操作人"], rows, ["43/ci-updates"])])


def changes(co, d):
    rows = [["CHG-%s-%02d" % (ymd(d)[:6], i), iso(d - timedelta(days=4 * i)), ["POS版本发布", "防火墙策略", "会员库扩容", "商城活动页上线"][i % 4], "已评审", "成功"] for i in range(6)]
    return book("changes", "变更发布台账（%s）" % q(d), d, True, [("变更", ["变更单号", "发布日期", "内容", "CAB", "结果"], rows, ["54/records", "43/process-records"])])


def kb(co, d):
    rows = [["KB-%04d" % (100 + i), t, co.p(i)] for i, t in enumerate(["小票打印机缺纸报错处理", "门店4G备线切换", "会员积分不同步排查", "扫码枪重置"])]
    return book("kb", "运维Wiki条目导出", d, True, [("条目", ["编号", "标题", "作者"], rows, ["21/knowledge-base"])])


# ------------------------------------------------------------------ 安全

def pentest_plan(co, d):
    parts = [("测试计划", [("table", [["对象", "时间", "方式"], [co.sys(2), "%d年4月" % d.year, "黑盒"], [co.sys(1), "%d年8月" % d.year, "灰盒"]])], ["31/pentest-plan", "32/pentest-plan"])]
    return nar("pentest_plan", "%d年渗透测试计划" % d.year, d, False, parts, pre=oa_head(co, d, "年度渗透测试计划"))


def pentest_report(co, d):
    parts = [("测试概况", "对%s进行渗透测试，授权书编号PT-%s。" % (co.sys(2), ymd(d)), []),
             ("发现", [("table", [["漏洞", "等级", "状态"], ["优惠券接口越权", "高", "已修复复测"], ["登录无频率限制", "中", "已修复"]])], ["31/pentest-records", "32/pentest-records"])]
    return nar("pentest", "%s渗透测试报告" % co.sys(2), d, True, parts)


def dev_plan(co, d):
    parts = [("研发计划", ["门店终端安全基线自动核查脚本（Q1）", "撞库行为识别规则（Q2）", "POS异常交易告警（Q3）"], ["33/dev-plan"])]
    return nar("dev_plan", "%d年安全工具开发计划" % d.year, d, False, parts, pre=oa_head(co, d, "安全工具开发计划"))


def grading(co, d):
    return nar("grading", "%s等级保护定级报告" % co.sys(1), d, False, [("定级结论", "会员中台处理大量会员个人信息，业务信息安全保护等级第三级，系统服务安全保护等级第二级，定为第三级。", ["51/grading"])])


def grading_criteria(co, d):
    return nar("grading_criteria", "信息系统等保定级指引", d, False,
               [("定级依据", "按GB/T 22240，以受侵害客体和侵害程度确定业务信息和系统服务安全等级，取高者。", ["51/grading-criteria"])])


def emergency_plan(co, d, rec):
    parts = [("1 组织", "应急指挥小组：组长CIO %s，副组长%s。" % (co.boss, co.p(0)), ["36/emergency-plan", "53/emergency-plan"]),
             ("2 响应", [("table", [["级别", "响应时限", "上报"], ["特别重大/重大", "立即", "CIO、董事会、监管"], ["较大", "15分钟", "CIO"], ["一般", "30分钟", "运维经理"]])],
              ["36/emergency-plan", "53/emergency-plan", "55/plan"])]
    if rec:
        parts.append(("3 恢复", "POS收银中断时门店切离线收银，会员库故障切换到同城备库，恢复目标RTO 30分钟、RPO 5分钟。", ["36/recovery-plan"]))
    return nar("emergency", "信息安全应急预案", d, False, parts, pre=u_head(co, d, "IT-OPS-YA01", "V2.%d" % (d.year % 5)))


def dr_plan(co, d):
    return nar("dr", "会员库及POS系统灾备恢复方案", d, False, [("恢复步骤", ["宣布切换、DNS切换到同城机房、应用启动、核对数据、通知门店。"], ["36/recovery-plan"])])


def bcp(co, d):
    return nar("bcp", "门店业务连续性计划", d, False, pre=u_head(co, d, "IT-OPS-BC01", "V1.%d" % (d.year % 5)), parts=[("门店离线收银", "总部系统中断时门店启用离线收银，恢复后补传交易。", ["42/bcp"]),
                                                  ("关键资源", "备用机房、备用线路、POS备机。", ["42/bcp"])])


def drill(co, d, kind):
    if kind == "dr":
        return nar("drill_dr", "会员库同城切换演练记录", d, True, [("过程", "%s 01:00开始切换，01:26应用恢复，数据零丢失。" % iso(d), ["40/recovery-drill"])])
    return nar("drill", "勒索病毒应急演练记录", d, True, [("演练过程", "%s模拟门店POS感染勒索病毒，隔离门店网络、启用离线收银、重装恢复，用时48分钟。" % iso(d),
                                                     ["40/emergency-drill", "53/drill"]), ("总结", "门店离线收银操作不熟，补充培训。", [])])


# ------------------------------------------------------------------ 体系: KPI, 内审, 管评, 改进

def kpi_list(co, d):
    rows = [["POS可用率", "≥99.9%", "监控平台"], ["工单按时解决率", "≥95%", "Helpdesk"], ["门店满意度", "≥92", "问卷"]]
    return book("kpi", "IT运维KPI清单（%d）" % d.year, d, False, [("KPI", ["指标", "目标", "数据来源"], rows, ["57/measurement"])])


def capa(co, d, eff):
    rows = [["一次解决率低于目标", "坐席培训、FAQ更新", co.p(1), "已完成"] + (["次月一次解决率回升至86%"] if eff else [])]
    head = ["问题", "纠正措施", "责任人", "状态"] + (["效果验证"] if eff else [])
    return book("capa", "%s KPI未达标纠正措施" % q(d), d, True, [("纠正", head, rows, ["57/capa"] + (["66/effectiveness"] if eff else []))])


def internal_audit(co, d):
    return nar("audit", "%d年IT内部审核报告" % d.year, d, True, [("审核结论", "审核覆盖IT运维部5个小组，不符合项3项，均已整改验证。", ["59/internal-audit"])])


def review_minutes(co, d, inputs):
    """管理评审 minutes holding several decisions: each input discussed adds its item."""
    texts = {"perf": ("服务绩效", "全年POS可用率99.95%，工单按时率95.8%。", "60/performance"),
             "fb": ("门店与加盟商反馈", "满意度94.0，投诉集中在早高峰等待。", "60/customer-feedback"),
             "res": ("资源", "大促期间坐席不足，决定增加2名坐席。", "60/resources"),
             "ca": ("纠正措施", "内审3项不符合已关闭。", "60/corrective-actions"),
             "chg": ("变化", "新增加盟商门店120家，线上商城迁云。", "60/changes"),
             "imp": ("改进", "批准明年开店前巡检自动化项目。", "60/improvements")}
    parts = [("会议", "%s CIO %s主持。" % (cnd(d), co.boss), ["59/management-review"])]
    parts += [("议题：%s" % texts[k][0], texts[k][1], [texts[k][2]]) for k in inputs]
    return nar("review", "%d年度IT管理评审会议纪要" % d.year, d, True, parts)


def improve_plan(co, d, crit):
    parts = [("改进项目", [("table", [["项目", "目标", "负责人"], ["开店前巡检自动化", "巡检用时从40分钟降到5分钟", co.p(2)], ["早高峰坐席弹性排班", "等待时间≤1分钟", co.p(1)]])],
              ["64/plan", "68/plan"])]
    if crit:
        parts.append(("评价标准", "以目标值达成、门店满意度和工单数据为评价标准。", ["64/criteria"]))
    return nar("improve_plan", "%d年IT运维改进计划" % d.year, d, True, parts, pre=oa_head(co, d, "年度改进计划"))


def improve_list(co, d, prio, trk):
    head = ["编号", "改进项", "来源"] + (["影响分析", "优先级", "批准"] if prio else []) + (["进展", "效果"] if trk else [])
    rows = []
    for i, (t, s) in enumerate([("开店前巡检自动化", "KPI"), ("证书到期监控", "P1复盘"), ("早高峰排班", "满意度")]):
        rows.append(["IMP-%02d" % (i + 1), t, s] + (["影响全部门店", "高", co.p(0) + " 已批准"] if prio else []) + (["已上线", "达成"] if trk else []))
    its = (["67/analysis", "67/prioritisation"] if prio else []) + (["68/implementation", "68/effectiveness"] if trk else [])
    return book("improve_list", "改进清单", d, True, [("清单", head, rows, its)])


def awareness(co, d):
    rows = [[co.p(i), "服务改进意识宣贯：改进清单怎么提、复盘不追责、KPI改进案例", iso(d), "已签到"] for i in range(6)]
    return book("awareness", "服务改进宣贯培训记录", d, True, [("签到", ["姓名", "内容", "日期", "签到"], rows, ["69/awareness-training"])])


def defects(co, d):
    return nar("defects", "%s服务缺陷分析及改进方案" % q(d), d, True, [("缺陷分析", "本季度P1故障2起、失败变更3次、SLA未达标1项（早高峰响应超时）；逐项分析原因，改进方案：证书到期监控、发布前灰度延长到两个营业日、早高峰弹性排班。", ["70/defect-analysis"])])


def forecast(co, d):
    return nar("forecast", "%d年IT运维需求预测" % (d.year + 1), d, True, [("预测", "新开门店200家、加盟门店翻倍，工单预计增长30%，需新增人员4人。", ["71/forecast"])])


# ------------------------------------------------------------------ decoys

def duty_roster(co, d):
    rows = [[iso(d + timedelta(days=i)), co.p(i % 6), co.p((i + 2) % 6)] for i in range(7)]
    return decoy(Doc("roster", "值班表", d, [], True, sheets=[("值班表", [["IT值班表"], ["日期", "一线", "二线"]] + rows)]), "duty roster")


def signin(co, d, plan):
    rows = [["培训主题", "《%s》宣贯" % plan], ["时间", cnd(d)], ["姓名", "签到"]] + [[co.p(i), "√"] for i in range(6)]
    return decoy(Doc("training", "《%s》宣贯签到表" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def process_index(co, d, cites):
    b = [("title", "IT运维流程清单说明"), ("p", "IT运维部现行流程如下，请各组对照执行：")] + [("p", "%d.《%s》" % (i, c)) for i, c in enumerate(cites, 1)]
    return decoy(Doc("index", "IT运维流程清单说明", d, [], False, b), "document citing procedures by 《》")


def review_notice(co, d):
    return decoy(nar("notice", "关于召开年度IT管理评审会的通知", d, True,
                     [(None, "定于%s召开，请准备绩效、反馈、资源、纠正措施和改进材料。" % cnd(d + timedelta(days=10)), [])], pre=oa_head(co, d, "会议通知")),
                 "meeting notice, not the review record")


def drill_plan(co, d):
    return decoy(nar("drill_plan", "勒索病毒应急演练方案", d, False, [("安排", "计划于%s演练，检验《信息安全应急预案》。" % cnd(d + timedelta(days=20)), [])]),
                 "drill plan, not the record")


UNRELATED_U = [
    ("营运", "%d年中秋档期门店陈列指引", ["月饼堆头放在入口主通道。", "价签统一使用红色。"]),
    ("财务", "%d年差旅报销标准", ["住宿标准按城市分级。", "发票须在30日内提交。"]),
    ("行政", "%d年年会筹备方案", ["时间定在1月中旬。", "各部门出节目一个。"]),
    ("商品", "%d年生鲜供应商评估结果", ["评估供应商48家。", "淘汰4家。"]),
    ("人力", "%d年门店店长培训计划", ["新店长入职培训5天。", "季度复训。"]),
]


def unrelated(co, d, i):
    folder, t, paras = UNRELATED_U[i]
    t = t % d.year
    return folder, t, decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out a U share: IT运维部/01 流程制度/ (手册, 流程, SOP), 02 组织/, 03 项目/<加盟商>/ (需求, 合同,
    实施, 巡检, 满意度), 04 运行/<季度>/ (工单, 值班巡检, 周报, 月报), 05 大促保障/, 06 信息安全/, 07 体系/
    (KPI, 内审, 管评, 改进), OA审批单/; older copies under 归档/, decoys."""
    co.cust, co.tool, co.oa, co.mail = U_INFO[co.info_id]
    r = co.rng
    R = "IT运维部/"
    ZD, ZZ, XM, YX, DC, AQ, TX, OA = (R + "01 流程制度/", R + "02 组织/", R + "03 项目/加盟商运维-%s/" % co.cust, R + "04 运行/", R + "05 大促保障/",
                                      R + "06 信息安全/", R + "07 体系/", R + "OA审批单/")
    optional = ["budget", "history", "impact", "ola", "staff", "requirements", "compat", "release", "baseline", "collect", "kb", "impl",
                "pentest_plan", "pentest", "dev_plan", "dr", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "kpi", "capa",
                "improve_plan", "improve_list", "awareness", "audit", "review", "forecast", "grading", "grading_criteria", "interface",
                "assets", "cmdb", "ci_updates", "log_audit", "guard_review", "avail_kpis", "postmortem", "inc_stats", "defects", "health"]
    gaps = {k for k in optional if r.random() < 0.06}
    olds = set(r.sample(sorted({"pentest", "csat_trend", "callbacks", "kb", "audit", "log_audit", "drdrill", "awareness", "capa", "collect",
                                "desk_training", "postmortem", "ci_updates", "defects", "health"} - gaps), 2))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made

    # --- 流程制度: the 手册 holds some 流程 as chapters; the rest are OA-approved alone
    keys = [k for k in U_RULES if r.random() >= 0.06]
    in_book = [k for k in keys if r.random() < 0.4]
    d = co.issued()
    add(ZD + "IT-OPS-M01 IT运维手册V%d.0.pdf" % (d.year - 2021), handbook(co, d, in_book, r.random() < 0.9), meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_book:
            continue
        d = co.issued()
        add(ZD + "IT-OPS-P%02d_%s.%s" % (U_RULES[k][1], U_RULES[k][0], r.choice(["docx", "docx", "pdf"])), rule_doc(co, d, k), meta_title=r.random() < 0.4)
    for k in U_OTHER:
        if r.random() < 0.75:
            add(ZD + "其他规定/%s.docx" % U_OTHER[k][0], other_doc(co, co.issued(), k))
    mods = list(SOPS)
    in_sops = sorted(r.sample(mods, 2), key=mods.index)
    add(ZD + "SOP/门店运维SOP汇编.pdf", sop_book(co, co.issued(), in_sops))
    for i, k in enumerate(mods):
        if k not in in_sops or r.random() < 0.5:
            add(ZD + "SOP/SOP-%02d_%s.docx" % (i + 1, SOPS[k][0]), sop(co, co.issued(), k, i))

    # --- 项目/加盟商: survey, budget, kickoff, history (do not age), contract, catalogue, delivery, satisfaction
    d0 = co.issued()
    add(XM + "01 需求/%s_需求调研报告.docx" % co.cust, survey(co, d0, r.random() < 0.88, r.random() < 0.85))
    slot("budget", lambda d: XM + "01 需求/项目预算_%s.xlsx" % co.cust, lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    add(XM + "01 需求/%s_Kickoff会议纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: XM + "01 需求/历史运行数据分析.docx", lambda d: history(co, d, on), "issued")
    d = co.issued()
    add(XM + "02 合同/IT运维服务协议_%s_盖章版.pdf" % co.cust, sla(co, d, r.random() < 0.88, r.random() < 0.85))
    lv = r.choice([("l2", "l1"), ("l2", "l1"), ("l2",), ("l1",), ()])
    d = co.issued()
    add(XM + "02 合同/附件 服务目录.xlsx", catalog(co, d, lv))
    slot("interface", lambda d: OA + "%s_项目对接人确认.pdf" % ymd(d), lambda d: interface(co, d), "issued")
    slot("requirements", lambda d: XM + "03 实施/会员互通需求说明书_%s.docx" % ymd(d), lambda d: requirements(co, d))
    slot("compat", lambda d: XM + "03 实施/POS兼容性测试报告.pdf", lambda d: compat(co, d))
    slot("impl", lambda d: XM + "03 实施/门店接入实施手册.docx", lambda d: impl_manual(co, d), "issued")
    rb = r.random() < 0.85
    slot("release", lambda d: OA + "%s_上线审批_%s升级.pdf" % (ymd(d), co.sys(0)), lambda d: release_plan(co, d, rb))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: XM + "04 巡检/%s/健康检查报告_%s.pdf" % (q(d), ymd(d)), lambda d: health(co, d))
    for d, h in [(date(2025, 6, 26), "上半年"), (date(2025, 12, 18), "下半年"), (date(2026, 6, 25), "上半年")]:
        if r.random() < 0.8:
            add(XM + "05 满意度/%d%s_门店满意度调查结果.xlsx" % (d.year, h), csat(co, d, h))
    slot("csat_trend", lambda d: XM + "05 满意度/满意度趋势_%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: XM + "05 满意度/回访记录_%d.xlsx" % d.year, lambda d: callbacks(co, d))

    # --- 组织
    d = co.issued()
    add(ZZ + "IT运维部组织架构及岗位职责_%d.pdf" % d.year, org(co, d, r.random() < 0.9, r.random() < 0.85))
    outs = r.random() < 0.85
    slot("staff", lambda d: ZZ + "人员清单_%s.xlsx" % ymd(d), lambda d: staff(co, d, outs), "issued")
    d = co.issued()
    add(ZZ + "Helpdesk服务台运行说明.docx", desk(co, d))
    slot("desk_training", lambda d: ZZ + "培训/%s_服务台坐席培训.xlsx" % ymd(d), lambda d: desk_training(co, d))
    sld = r.random() < 0.85
    slot("ola", lambda d: ZZ + "服务水平设计与OLA.docx", lambda d: ola(co, d, sld), "issued")

    # --- 运行: per quarter folders
    slot("avail_kpis", lambda d: YX + "系统可用性指标_%d.xlsx" % d.year, lambda d: avail_kpis(co, d), "issued")
    auto = r.random() < 0.9
    slot("impact", lambda d: YX + "影响分析及自动化需求_%d.docx" % d.year, lambda d: impact(co, d, auto))
    for i in range(3):
        d = co.fresh()
        name = YX + "%s/工单/Helpdesk_export_%s.xlsx" % (q(d), ymd(d))
        if name not in co.used:
            add(name, tickets(co, d, r.random() < 0.9))
    ana = r.random() < 0.9
    slot("inc_stats", lambda d: YX + "%s/工单/%s故障统计分析.docx" % (q(d), q(d)), lambda d: inc_stats(co, d, ana))
    slot("postmortem", lambda d: YX + "%s/复盘/P1复盘_%s.docx" % (q(d), ymd(d)), lambda d: postmortem(co, d))
    kinds = [k for k in ("insp", "av", "mon", "maint", "upg") if r.random() < 0.88] or ["insp"]
    d = co.fresh()
    add(YX + "%s/值班巡检记录_%d%02d.xlsx" % (q(d), d.year, d.month), duty_workbook(co, d, kinds, r.random() < 0.8))
    for m in sorted(r.sample(range(5, 12), 2)):
        d = date(2026, m, 3 + r.randint(0, 4))
        add(YX + "%s/月报/IT运维月报_%d%02d.%s" % (q(d), d.year, m - 1, r.choice(["pdf", "docx"])), monthly(co, d, r.random() < 0.5))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        name = YX + "%s/周报/信息安全周报_%s.txt" % (q(d), ymd(d))
        if name not in co.used:
            add(name, weekly_mail(co, d, r.random() < 0.7), encoding=r.choice(["utf-8", "gb18030"]))
    for i in range(4):
        d = co.fresh()
        name = YX + "%s/周报/IT运维部周报_%s.txt" % (q(d), ymd(d))
        if name not in co.used:
            add(name, ops_weekly(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85] or ["status"]
    slot("collect", lambda d: YX + "%s/设备信息采集_%s.xlsx" % (q(d), ymd(d)), lambda d: collect(co, d, which))
    slot("assets", lambda d: YX + "资产/IT资产清单_%s.xlsx" % ymd(d), lambda d: assets(co, d))
    relc = r.random() < 0.75
    slot("cmdb", lambda d: YX + "资产/CMDB_export_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci_updates", lambda d: YX + "资产/CMDB变更记录_%d.xlsx" % d.year, lambda d: ci_updates(co, d))
    d = co.fresh()
    add(YX + "%s/变更/变更发布台账_%s.xlsx" % (q(d), q(d)), changes(co, d))
    slot("kb", lambda d: YX + "Wiki导出/运维Wiki条目_%s.xlsx" % ymd(d), lambda d: kb(co, d))
    slot("baseline", lambda d: YX + "资产/安全配置基线_%d.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    slot("forecast", lambda d: YX + "%d年IT运维需求预测.docx" % (d.year + 1), lambda d: forecast(co, d))

    # --- 大促保障: plan with or without the war-room log, review
    d = date(2026, 11, 11) - timedelta(days=r.randint(12, 25))
    ev = r.random() < 0.9
    add(DC + "2026双11/%d双11大促IT保障方案.pdf" % d.year, guard_plan(co, d, ev))
    slot("guard_review", lambda d: DC + "2026-618/618大促IT保障复盘.docx", lambda d: guard_review(co, d))
    d = date(2026, 11, 4)
    add(DC + "2026双11/作战室值班表.xlsx", duty_roster(co, d))

    # --- 信息安全
    slot("log_audit", lambda d: AQ + "日志审计/%s_安全日志审计报告.%s" % (ymd(d), r.choice(["docx", "pdf"])), lambda d: log_audit(co, d))
    slot("pentest_plan", lambda d: OA + "%s_年度渗透测试计划.pdf" % ymd(d), lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: AQ + "渗透测试/%s_%s渗透测试报告.pdf" % (ymd(d), co.sys(2)), lambda d: pentest_report(co, d))
    slot("dev_plan", lambda d: OA + "%s_安全工具开发计划.pdf" % ymd(d), lambda d: dev_plan(co, d))
    slot("grading", lambda d: AQ + "等保/%s定级报告.pdf" % co.sys(1), lambda d: grading(co, d), "issued")
    slot("grading_criteria", lambda d: AQ + "等保/等保定级指引.docx", lambda d: grading_criteria(co, d), "issued")
    d = co.issued()
    add(AQ + "应急/信息安全应急预案V%d.docx" % (d.year - 2020), emergency_plan(co, d, r.random() < 0.9))
    slot("dr", lambda d: AQ + "应急/灾备恢复方案.docx", lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: AQ + "应急/门店业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: AQ + "应急/演练/%s_会员库切换演练.docx" % ymd(d), lambda d: drill(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add(AQ + "应急/演练/%s_勒索病毒应急演练记录.%s" % (ymd(d), r.choice(["docx", "pdf"])), drill(co, d, "emergency"))
    slot("awareness", lambda d: TX + "改进/%s_服务改进宣贯签到.xlsx" % ymd(d), lambda d: awareness(co, d))

    # --- 体系
    slot("kpi", lambda d: TX + "KPI/IT运维KPI清单_%d.xlsx" % d.year, lambda d: kpi_list(co, d), "issued")
    eff = r.random() < 0.9
    slot("capa", lambda d: TX + "KPI/%s_KPI纠正措施.xlsx" % q(d), lambda d: capa(co, d, eff))
    slot("improve_plan", lambda d: OA + "%s_年度改进计划.pdf" % ymd(d), lambda d: improve_plan(co, d, r.random() < 0.9))
    prio, trk = r.random() < 0.9, r.random() < 0.9
    slot("improve_list", lambda d: TX + "改进/改进清单_%s.xlsx" % ymd(d), lambda d: improve_list(co, d, prio, trk))
    slot("defects", lambda d: TX + "改进/%s缺陷分析.docx" % q(d), lambda d: defects(co, d))
    slot("audit", lambda d: TX + "内审/%d年IT内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("review", lambda d: TX + "管评/%d年度IT管理评审会议纪要.docx" % d.year, lambda d: review_minutes(co, d, inputs))

    # --- last year's copies under 归档/<year>/: they belong, but are stale
    for name, factory, when in list(made):
        if r.random() < 0.2:
            before = when - timedelta(days=364)
            rel = "归档/%d/%s" % (before.year, name(before))
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    R = "IT运维部/"
    ZD, XM, YX, AQ, TX = R + "01 流程制度/", R + "03 项目/加盟商运维-%s/" % co.cust, R + "04 运行/", R + "06 信息安全/", R + "07 体系/"
    add = Share(co).add

    # templates
    add(R + "模板/变更单模板.xlsx", blank_sheet("变更单", co.fresh(), ["变更单号", "内容", "影响门店", "风险", "回退方案", "审批"]))
    add(R + "模板/值班巡检记录（空白）.xlsx", blank_sheet("值班巡检记录", co.fresh(), ["日期", "检查项", "结果", "值班人"]))
    add(R + "模板/健康检查报告模板.docx", blank_text("健康检查报告（模板）", co.fresh(), ["检查范围", "检查结果", "结论"]))
    add(XM + "02 合同/服务协议范本.docx", blank_text("IT运维服务协议（范本）", co.fresh(), ["服务范围", "服务方式", "服务级别", "签署"]))
    add(R + "模板/满意度问卷（空白）.docx", blank_text("门店IT服务满意度问卷", co.fresh(), ["响应及时性", "处理效果", "意见建议"]))
    # drafts
    d = co.fresh()
    add(AQ + "应急/门店业务连续性计划_征求意见稿.docx", decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(XM + "02 合同/IT运维服务协议_draft_v0.3.docx", decoy(sla(co, d, True, True), "draft", mark="（草稿）"))
    d = co.fresh()
    add(TX + "改进/%d年IT运维改进计划_讨论稿.docx" % (d.year + 1), decoy(improve_plan(co, d, True), "draft", mark="（讨论稿）"))
    # 作废
    d = date(2022, 4, 11)
    add(ZD + "作废/IT-OPS-P03_重复故障跟踪流程_2022_作废.docx", decoy(rule_doc(co, d, "problem"), "obsolete", mark="【作废】"))
    d = date(2021, 10, 20)
    add(AQ + "应急/old/信息安全应急预案V1（作废）.pdf", decoy(emergency_plan(co, d, True), "obsolete", mark="（作废）"))
    # recycle bin
    d = co.fresh()
    add(".recycle/IT运维部/Helpdesk_export_%s.xlsx" % ymd(d), decoy(tickets(co, d, True), "recycle bin"))
    d = co.fresh()
    add(".recycle/%s_勒索病毒应急演练记录.docx" % ymd(d), decoy(drill(co, d, "emergency"), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:70:12]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        co.raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(3)), "Office lock file")
    co.raw(YX + "2026Q4/值班巡检记录_202611 - 副本.xlsx", b"", "empty file")
    co.raw(AQ + "日志审计/20261120_安全日志审计报告.docx", b"", "empty file")
    co.raw(XM + "05 满意度/2026下半年_门店满意度调查结果.xlsx", b"", "empty file")
    # sign-ins about plans, documents citing others, notices, plans for a drill
    for plan in ("信息安全应急预案", "系统上线与变更发布流程", "门店业务连续性计划"):
        if r.random() < 0.8:
            d = co.fresh()
            add(R + "培训签到/%s_《%s》宣贯签到.xlsx" % (ymd(d), plan), signin(co, d, plan))
    cites = [U_RULES[k][0] for k in ("incident", "problem", "change", "kb", "slm", "secinc", "improve")]
    add(ZD + "IT运维流程清单说明.docx", process_index(co, co.fresh(), cites))
    d = co.fresh()
    add(TX + "管评/关于召开年度IT管理评审会的通知.pdf", review_notice(co, d))
    d = co.fresh()
    add(AQ + "应急/演练/勒索病毒应急演练方案_%d.docx" % d.year, drill_plan(co, d))
    # unrelated company files
    for i in sorted(r.sample(range(len(UNRELATED_U)), 4)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        add("%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
