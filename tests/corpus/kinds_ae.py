# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ae.py - style AE: the 科技运维部 (IT运维中心) of a national express-delivery and logistics group.

An author voice for the accuracy corpus, used only by the AE shares, written blind (from the form's
需提供证明材料, gen.py's REQ, kinds.py's Doc API and the README's ground-truth conventions; never the
rules, the sources or a score).  The group (快递物流集团) runs its own 运单/路由/结算 systems, WMS/TMS/OMS,
and the IT of its 分拨中心 and 转运中心: 自动分拣线 (交叉带/摆轮), 巴枪/PDA, 称重扫描 (DWS) and the
分拣控制 (WCS/PLC) network.  Its 科技运维部 also runs, under a 托管运维协议, the IT and security
operations of a franchised provincial 网点公司, the form's customer; a security vendor's engineers sit in
its SOC (驻场安全).

Its people write like a fast internet-style logistics company: SOPs exported from the 飞书/钉钉 wiki
(an export line under the title, an Owner, a 审批单号), 值班交接 pages exported as txt, 大促保障方案
for 双11 and 618 and their 保障复盘, tickets exported from a self-built 运维平台 (天枢, 鹰眼 ...) as
xlsx with P0-P3, KPI 看板 screenshots saved as PDF, 钉钉/飞书 approval records printed to PDF, English
acronyms everywhere (WMS, TMS, OMS, SLA, OLA, RCA, MTTR, P0/P1, DR, CMDB), file names with dates
(20260315) and versions (v2.3), folders by 中心 / 项目 / 年-月.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when it is written; a sheet or an export with no data rows proves nothing; a
record older than a year keeps its items (record=True) and is stale.  build(co, lock_bytes) lays out
the whole share (about 120 files), decoys included; each share draws its own gaps (documents never
written), stale-only records and missing sections from its rng, so some clauses are not covered.

Judgement calls of this voice (same lines as the README's): an SOP of one operations module (分拣线网络,
出口防火墙, 巴枪/PDA, 漏洞扫描, 日志审计) is 24's work instruction and 11's manual; the approved SOP of a
process is that process's procedure (49, 20/37, 21, 39, 54, 65, 66 ...).  A 大促保障方案 that plans the
扩容改造 with a 全链路压测 plan and a 回滚预案 is 25's test plan and rollback (and 11's rollback); its
作战室 roster and its pointer to the 应急预案 prove nothing.  A 大促保障复盘 that analyses a major incident,
a failed (rolled-back) change and a missed SLA and sets an improvement plan is 70's; a 复盘 that only
tells its timeline proves nothing.  A KPI 看板 screenshot (PDF) with the ten indicators of clause 56 by
month is 56's data; with its SLA / 满意度 / 投诉 panel set against targets and the misses flagged it is
57's 监视测量清单.  A printed 钉钉/飞书 approval of a change (内容, 审批节点, 实施结果) is 54's change record
and 43's process record; a printed approval of a SOP's publication is not the SOP and proves nothing; an
approved 改进立项 with scored, ranked opportunities is 67's analysis and its approval.  The 值班交接
pages, the 作战室 duty roster, the weekly report and a ticket export that returned no rows prove
nothing.  A P1 RCA records an availability event (18, 22) and is 43's process record, with its response
time against the SLA 55's response times; a P2 RCA that only tells its own incident proves nothing.  The
quarterly SLA Review minutes with SLA, 满意度 and 投诉 set against targets are 57's 监视测量清单; their
decisions alone prove nothing.  The SOC 运营台账 proves what its sheets with rows are (安全事件 18's
statistics, 病毒查杀 44/45's antivirus); its 漏洞跟踪 and 日志源接入 sheets prove nothing.  A 分拨中心 巡检
workbook proves each record kind that has rows (设备巡检 44's inspection, 45's
monitoring and 14's maintenance; 日常维护 14/44's maintenance; 终端查杀 44/45's antivirus; 故障处理 44's
faults; 升级 44's upgrades); only a 硬件故障统计 with its totals is 14's statistics.  The onboarding
documents of the 网点公司 (调研, 预算, 启动会, 托管前数据) and a 定级报告 do not age.
"""

from datetime import date, timedelta

from kinds import Doc

# per share: customer folder name, the self-built ops platform, IM, ticket prefix, doc code, centres
AE_INFO = {
    "ae1": ("豫通网点公司", "天枢", "钉钉", "OPS", "CYKY", ("郑州分拨中心", "洛阳转运中心", "新乡分拨中心")),
    "ae2": ("湘江网点公司", "鹰眼", "飞书", "INC", "YQWL", ("长沙分拨中心", "株洲转运中心", "衡阳分拨中心")),
    "ae3": ("川西网点公司", "OpsOne", "钉钉", "TK", "JSGY", ("成都双流转运中心", "绵阳分拨中心", "德阳分拨中心")),
    "ae4": ("苏南网点公司", "蜂巢", "飞书", "ITSM", "SDTK", ("苏州分拨中心", "无锡转运中心", "江宁转运中心")),
}


# ------------------------------------------------------------------------ helpers

def ymd(d):
    return d.strftime("%Y%m%d")


def cnd(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def slash(d):
    return "%d/%d/%d" % (d.year, d.month, d.day)


def dt(co, d):
    return co.rng.choice([cnd, lambda x: x.isoformat(), slash, ymd, lambda x: x.isoformat()])(d)


def page(kind, title, d, record, head, parts, tail=()):
    """A written page: head blocks, then parts (written?, items, blocks); a part adds its items
    only when it is written."""
    blocks, items = [("title", title)] + list(head), []
    for on, its, blk in parts:
        if on:
            blocks += blk
            items += its
    blocks += list(tail)
    return Doc(kind, title, d, sorted(set(items)), record, blocks)


def sheetbook(kind, title, d, record, sheets):
    """A workbook: (sheet name, header, rows, items); a sheet with no rows proves nothing."""
    out, items = [], []
    for name, head, rows, its in sheets:
        out.append((name, [[title], head] + [list(r) for r in rows]))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def void(doc, why, mark=None):
    doc.items, doc.decoy, doc.kind = [], why, "decoy_" + why.split()[0]
    if mark:
        doc.title += mark
        if doc.blocks and doc.blocks[0][0] == "title":
            doc.blocks[0] = ("title", doc.blocks[0][1] + mark)
        if doc.sheets:
            n, rows = doc.sheets[0]
            rows[0] = [str(rows[0][0]) + mark]
    return doc


def wiki(co, d, space, ver, owner=None):
    """The line a 飞书/钉钉 wiki export puts under the title."""
    return [("p", "导出自%s知识库 ｜ 空间：科技运维部 / %s ｜ 版本 %s ｜ Owner：%s ｜ 最后更新 %s"
             % (co.im, space, ver, owner or co.p(1), d.isoformat()))]


def cover(co, title, code, ver, d):
    """A long cover page: group, department, title, numbers, then a page break."""
    return [("p", co.name), ("p", "科技运维部（IT运维中心） ｜ 安全组"), ("p", " "), ("p", title), ("p", " "),
            ("p", "文档编号：%s" % code), ("p", "版本：%s" % ver), ("p", "密级：内部（仅限集团内部使用）"),
            ("p", "发布：%s    生效：%s" % (cnd(d), cnd(d + timedelta(days=7)))), ("break",)]


def approved(co, d, code, ver):
    no = "%s-%s-%04d" % ("PROC" if co.im == "钉钉" else "APPR", ymd(d), co.rng.randint(1, 9999))
    return [("table", [["文档编号", code, "版本", ver],
                       ["起草", co.p(2), "评审", co.p(0)],
                       ["批准", "%s（科技运维部总经理）" % co.boss, "发布日期", d.isoformat()],
                       ["发布状态", "已发布（%s审批 %s 已通过）" % (co.im, no), "适用范围", "科技运维部、各分拨/转运中心IT、%s" % co.cust]])]


def revisions(co, d, ver):
    """The 修订记录 a wiki page keeps: the major versions before this one, then this one."""
    major = int(ver[1:].split(".")[0])
    hist = [("v1.0", "首次发布")]
    if major >= 2:
        hist.append(("v2.0", "按组织调整（IT运维中心并入科技运维部）修订"))
    if major >= 3:
        hist.append(("v3.0", "补充分拨中心及网点托管场景"))
    if ver != hist[-1][0]:
        hist.append((ver, "年度评审修订，按复盘结论更新"))
    rows = [["版本", "日期", "修订说明", "修订人"]]
    n = len(hist)
    for i, (v, why) in enumerate(hist):
        when = d - timedelta(days=(n - 1 - i) * 290 + (17 * i if i < n - 1 else 0))
        rows.append([v, when.isoformat(), why, co.p(i)])
    return [("h1", "修订记录"), ("table", rows)]


# ----------------------------------------------------------------- SOP (procedures)

# key: (name, number, [(heading, text)], items)
SOP = {
    "incident": ("IT事件管理SOP", 1, [
        ("适用范围", "运单、路由、结算系统，WMS/TMS/OMS，分拨中心与转运中心的自动分拣线、巴枪/PDA、称重扫描（DWS）设备，以及托管的网点公司办公与揽派网络发生的非计划中断或服务降级。"),
        ("事件来源", "监控告警（Prometheus、Zabbix、分拣线WCS告警）、IT服务台热线与IM服务号报障、分拨中心现场IT值班发现、网点公司接口人反馈；所有事件必须在运维平台建单，单号即事件号。"),
        ("分级定义", "P0：全网或任一分拨中心分拣线停线、无法下单或打印面单；P1：单系统核心功能不可用、成批网点无法揽收或派件；P2：单网点/单功能故障但有绕行方案；P3：咨询及一般问题。"),
        ("处理流程", "建单→一线（服务台/现场值班）初判定级→P0/P1 拉起应急群并电话通知值班经理→二线 SRE/网络/应用处置→恢复验证（分拨中心确认分拣恢复、网点确认可揽派）→关单→P0/P1 在48小时内输出 RCA。"),
        ("响应时限", "P0 5分钟响应、30分钟给出止血方案；P1 15分钟响应；P2 30分钟；P3 4小时。超时由平台自动升级至上一级 Oncall。")],
        ["49/incident-procedure"]),
    "request": ("IT服务请求SOP", 2, [
        ("请求范围", "账号开通与权限调整（OMS、结算、WMS）、巴枪/PDA 领用与解绑、网点宽带与 VPN 开通、防火墙策略开通、面单打印机配置、数据提取等标准服务。"),
        ("提交与受理", "员工或网点通过 IM 服务号、运维平台服务门户提交；服务台登记为“服务请求”类工单，按服务目录匹配审批流。"),
        ("审批与实施", "涉及权限和策略的请求经直属主管及系统 Owner 在线审批后实施；标准请求（如 PDA 解绑）免审批，按 SLA 时限完成。"),
        ("关闭", "实施完成由申请人在平台确认关闭，48小时未确认自动关闭并短信回访。")],
        ["49/request-procedure"]),
    "change": ("变更管理SOP", 3, [
        ("变更分类", "标准变更（预审批清单内，如分拣格口配置、PDA 批量升级）、普通变更、重大变更（核心网络、数据库、运单/路由系统版本发布）、紧急变更。"),
        ("申请与评估", "在运维平台提交 RFC，写明变更内容、影响的分拨中心/网点、风险评估、验证步骤和回滚方案；重大变更须附压测或预发验证结果。"),
        ("审批", "普通变更由系统 Owner 审批；重大变更提交每周二 CAB 评审；紧急变更先经值班经理口头批准，24小时内补全审批。"),
        ("窗口与封网", "常规窗口为工作日 00:00-06:00（避开分拣波峰）；双11、618 大促前14天起封网，封网期内仅允许紧急变更。"),
        ("记录与回顾", "变更单记录审批、实施、验证与回滚全过程；失败与回滚的变更在周会回顾并纳入月度质量分析。")],
        ["54/procedure"]),
    "problem": ("问题管理SOP", 4, [
        ("问题来源", "P0/P1 事件、同一 CI 30天内重复告警3次以上、RCA 结论、趋势分析发现的隐患。"),
        ("记录与分派", "问题单在运维平台创建并关联事件单，指定 Problem Owner，按影响分拨中心数量和时效损失定级。"),
        ("根因分析", "Problem Owner 组织 5Why/鱼骨图分析，形成根因、临时规避措施（Workaround）与永久解决方案，永久方案走变更流程。"),
        ("已知错误与关闭", "暂不能根治的问题登记为已知错误并写入知识库；问题关闭须经科技运维部负责人审批，关闭后30天无复发方可归档。")],
        ["20/procedure", "37/procedure"]),
    "knowledge": ("运维知识管理SOP", 5, [
        ("知识来源", "事件处置记录、RCA、问题根因、厂商技术通告、分拨中心现场经验、培训材料。"),
        ("编写与审核", "工程师在知识库“运维知识”空间按模板编写条目，二线组长审核技术正确性后发布；条目按系统、分拨中心、设备类型打标签。"),
        ("使用与维护", "服务台受理时先检索知识库；每季度由知识管理员复核条目有效性，过期条目下线并记录。")],
        ["21/procedure"]),
    "slm": ("服务级别（SLA）管理SOP", 6, [
        ("服务级别策划", "依据服务目录为每项服务定义可用性、响应与解决时限、服务时段，形成对内 OLA 和对网点公司的 SLA 草案。"),
        ("协商与签订", "与网点公司协商后签订托管运维服务协议及 SLA 附件；与安全服务商签订的服务级别须与内部 OLA 对齐。"),
        ("监视与报告", "运维平台按月自动统计 SLA 达成率，月报中向网点公司报告；未达成项启动改进。"),
        ("评审", "每季度与网点公司开 SLA Review 会，每年修订一次 SLA。")],
        ["39/slm-procedure"]),
    "secinc": ("网络安全事件处置与上报流程", 7, [
        ("事件分类与分级", "按有害程序、网络攻击（含撞库、爬虫、DDoS）、信息破坏（含面单/运单数据泄露）、设备设施故障、其他事件分类；按影响范围分为特别重大、重大、较大、一般四级。"),
        ("上报流程", "发现人→SOC 值班→安全负责人（15分钟内）→科技运维部负责人及网络安全领导小组（较大及以上30分钟内）→网点公司安全接口人；涉及个人信息泄露的按规定向属地网信和邮政管理部门报告。"),
        ("处置流程", "研判定级→遏制（封禁 IP、下线接口、隔离分拨中心网段）→根除→恢复→验证，全程在运维平台安全事件单中留痕。"),
        ("应急响应", "重大及以上事件启动《网络安全事件应急预案》，成立应急指挥组，技术处置组、业务保障组（协调分拨中心手工分拣预案）、对外沟通组分工处置。"),
        ("事后处理", "事件关闭后5个工作日内输出事件报告与 RCA，落实整改项并更新知识库和预案。")],
        ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"]),
    "training": ("安全培训服务流程", 8, [
        ("需求收集", "每年初收集网点公司及各分拨中心的安全培训需求（钓鱼邮件、巴枪账号安全、面单信息保护等）。"),
        ("计划与课件", "安全组编制年度培训计划，课件经安全负责人审核。"),
        ("实施与评估", "线上直播或分拨中心现场授课，签到、课后测试，收集反馈并改进课件，记录归档。")],
        ["31/training-process"]),
    "pentest": ("渗透测试及红队评估流程", 9, [
        ("授权", "测试前由系统 Owner 与网点公司签署授权书，明确范围、时间窗口与禁止项（禁止对分拣控制网做破坏性测试）。"),
        ("实施", "信息收集→漏洞探测→验证利用→横向评估，操作全程录屏并留存日志。"),
        ("报告与复测", "5个工作日内出具渗透测试报告，高危漏洞24小时内通知 Owner，整改后复测关闭。")],
        ["31/pentest-process"]),
    "improve": ("持续改进（CSI）管理SOP", 10, [
        ("识别", "改进机会来自 SLA/KPI 未达标、客户满意度与投诉、RCA、内审和管理评审、大促复盘、员工提案。"),
        ("记录与批准", "改进项登记到 CSI 台账，写明现状、目标和预期收益，经科技运维部负责人批准后立项。"),
        ("评估", "按对时效/客户的影响、风险降低、投入成本打分排序，高优先级项纳入季度计划。"),
        ("测量与报告", "实施后用指标前后对比测量效果，改进进展在月度质量会报告，年度汇总输入管理评审。")],
        ["65/procedure"]),
    "monitor": ("服务监视测量SOP", 11, [
        ("监视对象", "SLA 达成率、MTTR、变更成功率、分拣线 IT 停线时长、客户满意度、投诉建议等 KPI。"),
        ("方法与频次", "运维平台与 Grafana 看板日更，周会看趋势，月度质量会评审；未达标项开纠正预防措施单。"),
        ("报告", "每月向网点公司提交运维服务月报，每季度向集团科技委员会汇报。")],
        ["61/monitoring-process", "62/monitoring-process"]),
    "audit": ("内部审核SOP", 12, [
        ("审核安排", "每年至少一次覆盖全部流程、各分拨/转运中心 IT 及托管网点的内部审核，制定年度审核方案。"),
        ("审核员", "审核员须经内审员培训并取得证书，不得审核本人负责的工作。"),
        ("实施", "首次会议→现场审核（查记录、访谈、看平台数据）→不符合项报告→末次会议→整改跟踪与验证关闭。"),
        ("外部认证", "科技运维部 IT 服务管理体系通过 ISO/IEC 20000-1 认证，每年接受监督审核，内审结果作为管理评审输入。")],
        ["61/audit-system", "62/audit-mechanism"]),
    "prevent": ("隐患排查及预防措施SOP", 13, [
        ("隐患来源", "巡检发现、容量趋势、大促压测暴露的瓶颈、行业通报的同类故障、风险评估。"),
        ("预防措施", "对潜在的不符合和故障隐患分析原因，制定预防措施（扩容、冗余、配置加固、流程补丁），经部门负责人批准后实施。"),
        ("有效性验证", "措施完成后30天内由提出人验证有效性，在隐患台账中记录验证结论；无效的重新分析。")],
        ["66/preventive-actions"]),
}

PDCA = ("IT服务管理体系与PDCA", [
    "科技运维部按 PDCA 运行 IT 服务管理体系：P（策划）年度服务目标、服务目录、SLA 与大促保障计划；D（实施）按各 SOP 提供运维服务；"
    "C（监视与评审）KPI 看板、月度质量会、内部审核、管理评审；A（改进）CSI 台账、纠正预防措施、复盘改进项闭环。",
    "体系每年经内部审核、管理评审和 ISO/IEC 20000-1 第三方认证监督审核验证其有效性。"])


def sop(co, d, key, ver=None):
    name, n, secs, items = SOP[key]
    ver = ver or "v%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 9))
    code = "%s-SOP-%02d" % (co.code, n)
    b = wiki(co, d, "SOP", ver) + approved(co, d, code, ver)
    for i, (h, p) in enumerate(secs, 1):
        b += [("h1", "%d. %s" % (i, h)), ("p", p)]
    if co.rng.random() < 0.5:
        b += revisions(co, d, ver)
    return Doc("sop", name, d, items, False, [("title", "%s %s" % (name, ver))] + b)


def handbook(co, d, keys, pdca, ver="v3.0"):
    t = "科技运维部IT运维服务管理手册"
    b = [("title", t), ("p", "%s ｜ 科技运维部（IT运维中心）" % co.name), ("p", "文档编号：%s-HB-01    版本：%s    密级：内部" % (co.code, ver)),
         ("p", "适用：集团总部数据中心、各分拨中心/转运中心 IT、%s托管运维" % co.cust), ("break",)]
    b += revisions(co, d, ver) + [("h1", "目录")]
    chapters = ([PDCA[0]] if pdca else []) + [SOP[k][0] for k in keys]
    for i, c in enumerate(chapters, 1):
        b.append(("p", "第%d章 %s ........ %d" % (i, c, 3 + 4 * i)))
    b += [("break",)] + approved(co, d, "%s-HB-01" % co.code, ver)
    items = []
    i = 1
    if pdca:
        b += [("h1", "第%d章 %s" % (i, PDCA[0]))] + [("p", p) for p in PDCA[1]]
        items += ["10/pdca", "61/audit-system"]
        i += 1
    for k in keys:
        name, n, secs, its = SOP[k]
        b.append(("h1", "第%d章 %s" % (i, name)))
        for h, p in secs:
            b += [("h2", h), ("p", p)]
        items += its
        i += 1
    return Doc("handbook", t, d, sorted(set(items)), False, b)


MODULE = {
    "sort": ("分拣线网络及WCS主机维护SOP", [
        "每日早班前检查交叉带/摆轮分拣线 WCS 主机、PLC 网关、DWS 称重扫描工控机的在线状态与时钟同步；",
        "每周导出分拣控制网交换机配置并与基线比对，检查环网冗余；",
        "工控机只允许白名单软件，U 口封禁；更换工控机须走变更并在波谷窗口执行；",
        "作业完成后在分拨中心巡检表登记，异常建 P1/P2 事件单。"]),
    "fw": ("分拨中心出口防火墙运维SOP", [
        "每日查看 HA 状态、会话数、CPU/内存与威胁日志；",
        "策略变更按 RFC 执行，双人复核，变更前后导出配置留档；",
        "每月清理过期策略与临时放通，每季度升级 IPS/AV 特征库并验证；",
        "故障时按“切备机→保障分拣业务→定位→恢复主机”的顺序处置。"]),
    "pda": ("巴枪与PDA终端安全管控SOP", [
        "巴枪/PDA 入网前在 MDM 注册，强制锁屏与应用白名单；",
        "每周核查 MDM 在线率、系统版本与安全补丁，离线7天以上的设备通知分拨中心回收核查；",
        "遗失设备30分钟内远程锁定并擦除，账号冻结；",
        "批量升级 APP 按标准变更执行，先灰度一个分拨中心。"]),
    "scan": ("漏洞扫描作业SOP", [
        "每月对互联网暴露面、每季度对内网（含分拨中心网段）执行授权扫描；",
        "扫描前确认窗口避开分拣波峰，分拣控制网只做低频探测；",
        "高危漏洞24小时内建单派给系统 Owner，修复后复扫关闭；",
        "扫描报告归档至安全运营空间。"]),
    "log": ("日志审计作业SOP", [
        "确认防火墙、交换机、服务器、数据库与 OMS/WMS 应用日志全部接入日志平台，缺失源当日补齐；",
        "每日查看高危告警，每周执行审计规则报表，每月输出日志审计月报；",
        "对异常登录、越权查询运单、批量导出面单数据等行为进行研判并建安全事件单。"]),
}


def module_sop(co, d, key, n):
    name, steps = MODULE[key]
    ver = "v%d.%d" % (co.rng.randint(1, 2), co.rng.randint(0, 9))
    b = wiki(co, d, "作业指导", ver, co.p(3)) + approved(co, d, "%s-WI-%02d" % (co.code, n), ver) + [
        ("h1", "适用场景"), ("p", "适用于%s运维人员及驻场工程师在该模块的日常作业。" % co.name),
        ("h1", "操作步骤")] + [("p", "Step %d：%s" % (i, s)) for i, s in enumerate(steps, 1)] + [
        ("h1", "风险与回退"), ("p", "任何一步出现异常立即停止作业并回退到作业前配置，在值班群同步。")]
    return Doc("module_sop", name, d, ["24/work-instructions", "11/manuals"], False, [("title", "%s %s" % (name, ver))] + b)


def build_manual(co, d, hub):
    t = "新分拨中心IT开荒施工手册"
    b = [("title", t)] + approved(co, d, "%s-WI-00" % co.code, "v1.2") + [
        ("h1", "1. 项目角色"), ("p", "IT 项目经理、网络实施、分拣线联调（WCS）、安全工程师、分拨中心行政对接人。"),
        ("h1", "2. 施工准备"), ("p", "现场勘查（机房、弱电间、分拣线位置）、物料清单、运营商专线下单、割接方案评审。"),
        ("h1", "3. 施工流程"), ("p", "弱电布线→机柜上架→核心/接入交换机与出口防火墙配置→无线 AP 覆盖测试→WCS/DWS 联调→巴枪入网→试运行7天→验收移交。"),
        ("h1", "4. 安全要求"), ("p", "出口防火墙默认拒绝，分拣控制网与办公网隔离；施工期间禁止接入未登记设备。"),
        ("p", "参考项目：%s扩建（%d年）" % (hub, d.year))]
    return Doc("build_manual", t, d, ["11/manuals"], False, b)


# ------------------------------------------------------------- 客户项目：调研、协议、目录

def survey(co, d, hours, sec):
    b = wiki(co, d, "%s托管项目" % co.cust, "v1.0", co.p(0))
    return page("survey", "%s IT托管运维需求调研报告" % co.cust, d, False, b + [
        ("h1", "1. 背景"), ("p", "%s为集团加盟网点公司，下辖%d个网点、%d个县级集散点，计划将网点 IT 与安全运维整体托管给集团科技运维部。本报告基于对网点公司总经理、运营部、财务部的访谈和%d份网点问卷，结合集团“网点数字化三年规划”形成。"
                                    % (co.customer, co.rng.randint(180, 420), co.rng.randint(12, 30), co.rng.randint(60, 150)))],
        [(hours, ["1/survey"], [
            ("h1", "2. 服务时间要求"),
            ("p", "网点揽派作业时间为每日 07:00-22:00，大促期间延长至 24:00；巴枪、面单打印、网点结算必须全年无休保障。"),
            ("table", [["服务对象", "服务时段", "响应", "恢复/到场"],
                       ["网点巴枪/面单打印", "7×24", "15分钟", "远程1小时/到场4小时"],
                       ["网点结算（%s）" % co.sys(2), "7×24", "15分钟", "2小时"],
                       ["网点办公网络", "每日7:00-22:00", "30分钟", "次日到场"],
                       ["双11/618 大促", "7×24 驻场", "5分钟", "作战室值守"]])]),
         (sec, ["5/survey"], [
            ("h1", "3. 安全服务需求及类型"),
            ("p", "网点公司提出的安全需求按类型归为：安全运维类（网点出口防火墙、上网行为管理、终端防病毒）、安全评估类（网点系统漏洞扫描、年度渗透测试）、"
                  "应急保障类（勒索病毒、面单信息泄露的应急响应与大促重保）、合规类（等级保护、个人信息保护合规）、培训类（网点员工安全意识）。"),
            ("table", [["类型", "需求", "优先级"], ["应急保障", "面单数据泄露与勒索病毒应急", "P0"], ["安全运维", "网点出口与终端防护", "P1"],
                       ["安全评估", "漏洞扫描、渗透测试", "P1"], ["合规", "等保、个人信息保护", "P2"], ["培训", "网点员工安全意识", "P2"]])])],
        [("h1", "结论"), ("p", "调研结论已与网点公司确认，作为托管方案和 SLA 的输入。调研人：%s、%s" % (co.p(0), co.p(4)))])


def budget(co, d):
    rows = [["人力-驻场IT工程师（省分拨中心）", 250, "2人", 1100, 550000, "%d-01 起" % d.year],
            ["人力-远程NOC值守", 365, "轮班", 600, 219000, "全年"],
            ["网点巡检（季度）", 48, "网络工程师", 1300, 62400, "每季度末"],
            ["漏洞扫描与渗透测试", 20, "安全服务商", 2600, 52000, "%d-05 前" % d.year],
            ["双11/618 大促保障", 30, "保障小组", 1800, 54000, "6月、11月"],
            ["项目管理", 24, "项目经理", 1500, 36000, "月度 Review"],
            ["合计", 737, "", "", 973400, ""]]
    return sheetbook("budget", "%s托管运维预算（%d）" % (co.cust, d.year), d, False,
                     [("预算", ["工作项", "工作量(人天)", "人力资源", "单价(元)", "项目经费(元)", "项目节点"], rows, ["2/budget"])])


def kickoff(co, d):
    return page("kickoff", "%s托管运维项目启动会纪要" % co.cust, d, False, [
        ("p", "时间：%s    形式：线下+%s视频    记录：%s" % (dt(co, d), co.im, co.p(4))),
        ("p", "参会：网点公司 %s（总经理）、%s（运营）；科技运维部 %s、%s" % (co.cp(0), co.cp(1), co.p(0), co.p(1)))], [
        (True, ["3/communication"], [
            ("h1", "议题与结论"),
            ("p", "1）托管范围：网点出口网络、巴枪/PDA、面单打印、网点结算终端及省分拨中心 IT，双方确认；"),
            ("p", "2）服务方式：省分拨中心驻场2人，网点远程支持，季度巡检；大促期间作战室 7×24；"),
            ("p", "3）报告：每月5日前提交运维服务月报，季度 SLA Review。"),
            ("p", "以上事项双方达成一致，会后 3 个工作日内由科技运维部输出托管方案和 SLA 草案。"),
            ("p", "网点公司确认：%s    科技运维部确认：%s" % (co.cp(0), co.p(0)))])])


def prehistory(co, d, parts):
    """托管前运维数据: the list, its analysis and the strategy, as one page or split."""
    hl = [["工单（事件/请求）", "原网点IT外包商工单系统", "%d.01-%d.12" % (d.year - 1, d.year - 1), co.rng.randint(2000, 6000)],
          ["网络中断记录", "运营商报障单", "同上", co.rng.randint(40, 160)],
          ["变更记录", "Excel 台账", "同上", co.rng.randint(60, 200)],
          ["安全告警", "网点防火墙日志", "同上", co.rng.randint(1000, 9000)],
          ["巴枪故障返修", "设备返修台账", "同上", co.rng.randint(150, 700)]]
    return page("prehistory", "%s托管前运维历史数据及分析" % co.cust, d, False, [("p", "编制：%s  %s" % (co.p(1), dt(co, d)))], [
        ("list" in parts, ["4/history-list"], [("h1", "一、历史数据清单"), ("table", [["数据", "来源", "时间范围", "条数"]] + hl)]),
        ("analysis" in parts, ["4/analysis"], [
            ("h1", "二、数据分析"),
            ("p", "指标完成情况：网点网络可用率 99.2%，低于集团要求的 99.5%；工单平均解决时长 9.6 小时。"),
            ("p", "违例操作：发现网点共用巴枪账号 37 起、私接路由器 12 起、未经审批修改防火墙策略 3 起。"),
            ("p", "重大事件：%d 年 11 月大促期间省分拨中心出口专线中断 2 小时，约 1.8 万票延误。" % (d.year - 1)),
            ("p", "重大（失败）变更：结算终端批量升级失败 1 次，回退耗时 5 小时。")]),
        ("strategy" in parts, ["4/strategy"], [
            ("h1", "三、托管保障策略及实施方案"),
            ("p", "策略：网点出口双链路、巴枪账号实名一人一号、所有变更纳入集团运维平台、大促前专项巡检与压测。"),
            ("table", [["措施", "责任人", "完成时间"], ["网点出口双链路改造（TOP50网点）", co.p(3), "%d-03" % d.year],
                       ["巴枪账号实名制", co.p(4), "%d-02" % d.year], ["变更纳管运维平台", co.p(1), "%d-01" % d.year]])])])


def sla(co, d, modes, core, health):
    return page("sla", "%s IT托管运维服务协议（含SLA附件）" % co.cust, d, False, [
        ("p", "甲方：%s    乙方：%s" % (co.customer, co.name.replace("科技运维部", "").replace("IT运维中心", ""))),
        ("p", "协议编号：TG-SLA-%d-%02d" % (d.year, co.rng.randint(1, 30))),
        ("h1", "第一条 服务范围"), ("p", "网点出口网络、巴枪/PDA、面单打印、网点结算终端、省分拨中心 IT 设施及其安全运维。")], [
        (True, ["39/sla"], []),
        (modes, ["35/sla"], [("h1", "第二条 运维方式"),
                             ("p", "乙方以驻场值守（省分拨中心2名工程师，工作日及大促期间）、定期巡检（网点每季度一次，分拨中心每周一次）"
                                   "与远程值守（集团 NOC 7×24 远程监控和支持）相结合的方式提供服务。")]),
        (core, ["36/sla"], [("h1", "附件 SLA：核心指标承诺"),
                            ("table", [["指标", "承诺值"], ["网点结算系统可用率", "≥99.9%/月"], ["省分拨中心 IT 导致分拣停线时长", "≤30分钟/月"],
                                       ["P0 响应 / 恢复", "5分钟 / 2小时"], ["P1 响应 / 恢复", "15分钟 / 4小时"], ["满意度", "≥90分"]])]),
        (health, ["15/agreement"], [("h1", "第三条 健康检查"),
                                    ("p", "乙方每季度对网点出口防火墙、上网行为管理、分拨中心核心设备及结算系统做一次健康检查，以远程检查为主，"
                                          "省分拨中心为现场检查；大促前增加一次专项检查；检查后7日内提交健康检查报告。")])],
        [("h1", "第四条 期限"), ("p", "自%s起三年。" % cnd(d)),
         ("p", "甲方（盖章）：%s    乙方（盖章）：%s    签订日期：%s" % (co.customer, co.name, cnd(d)))])


def ola(co, d, sld, olap):
    return page("ola", "OLA及安全服务商服务级别对齐表", d, False, wiki(co, d, "SLA", "v1.3") + approved(co, d, "%s-SLA-02" % co.code, "v1.3"), [
        (sld, ["8/sld"], [("h1", "一、与安全服务商（%s）的服务级别设计" % co.vendor),
                         ("table", [["事件级别", "响应", "到场/远程介入", "恢复"], ["P0（重大安全事件）", "10分钟", "30分钟", "4小时"],
                                    ["P1", "30分钟", "2小时", "8小时"], ["P2", "4小时", "次工作日", "3个工作日"]])]),
        (olap, ["8/ola"], [("h1", "二、内部安全运营级别协议（OLA）"),
                           ("p", "SOC 值班组、网络组、应用 SRE 组、分拨中心 IT 之间：P0 安全事件10分钟内接手、30分钟内拉群处置、4小时恢复；P1 30分钟接手、8小时恢复；P2 4小时接手。"),
                           ("p", "内部 OLA 时限与上表对安全服务商的服务级别逐级对应，每半年对照复核一次，任何一方调整须同步修订。")])])


CAT = {
    "l0": ["12/catalog", [("初始服务", "网点及分拨中心 IT 资产识别、CMDB 建档、运维流程导入"),
                          ("安全设备运维", "出口防火墙、上网行为管理、WAF、堡垒机的日常维护、升级和故障处理"),
                          ("日常巡检", "分拨中心每日巡检、网点每季度巡检"),
                          ("健康检查", "季度健康检查、大促前专项检查"),
                          ("安全事件审计", "网络及安全设备、服务器、应用日志审计")]],
    "l2": ["19/catalog", [("运维监控与分析", "7×24 NOC 监控、月度指标趋势分析"),
                          ("终端安全监控", "巴枪/PDA MDM、办公终端防病毒与准入"),
                          ("等级保护合规性运维", "等保三级系统的合规检查与整改跟踪")]],
    "l1": ["26/catalog", [("安全通告及漏洞分析", "安全情报周报、漏洞影响分析与修复跟踪"),
                          ("应急响应", "7×24 安全应急响应，P0 事件30分钟内拉起处置")]],
}


def catalog(co, d, lv):
    rows, items = [], ["29/catalog"]
    for k in lv:
        items.append(CAT[k][0])
        for n, c in CAT[k][1]:
            rows.append([n, c, co.rng.choice(["远程", "现场", "远程+现场"]), co.rng.choice(["P1", "P2", "按 SLA"])])
    doc = sheetbook("catalog", "IT运维服务目录 v%d.%d" % (co.rng.randint(2, 4), co.rng.randint(0, 9)), d, False,
                    [("服务目录", ["服务", "服务内容", "交付方式", "服务级别"], rows, items)])
    return doc


def health_agree(co, d):
    return page("health_agree", "季度健康检查安排确认（邮件打印）", d, False, [
        ("p", "发件人：%s    收件人：%s（%s）    日期：%s" % (co.p(0), co.cp(1), co.customer, dt(co, d))),
        ("p", "主题：Re: 网点及省分拨中心健康检查的方式和频次")], [
        (True, ["15/agreement"], [
            ("p", "经双方确认：健康检查每季度一次（3、6、9、12月第三周），网点设备以远程检查为主，省分拨中心现场检查；"
                  "检查内容为出口防火墙、行为管理、核心交换机与结算系统的可用性、性能、配置和告警；报告在检查后一周内发出。"),
            ("p", "%s回复：同意按上述安排执行。" % co.cp(1))])])


# ------------------------------------------------------------- 组织与人员

def org(co, d, leaders):
    return page("org", "科技运维部组织架构及网络安全组织", d, False, wiki(co, d, "组织", "v2.%d" % co.rng.randint(0, 6)), [
        (leaders, ["9/org-chart"], [
            ("h1", "网络安全领导小组"),
            ("p", "组长：%s（集团CTO）；副组长：%s（科技运维部总经理）；成员：安全负责人、各分拨中心 IT 负责人、%s总经理。" % (co.boss, co.p(0), co.customer))]),
        (True, ["23/org-chart", "9/outsourcing"], [
            ("h1", "执行组"),
            ("table", [["小组", "职责", "人员"], ["NOC/服务台", "7×24 监控、受理、派单", "%s 等6人" % co.p(5)],
                       ["SRE 组", "运单/路由/结算及 WMS/TMS/OMS 稳定性", "%s 等9人" % co.p(1)],
                       ["网络与分拣线 IT 组", "总部与分拨中心网络、WCS/DWS、巴枪", "%s 等7人" % co.p(2)],
                       ["安全组（SOC）", "安全运营、应急响应、合规", "%s 及%s驻场2人" % (co.p(3), co.vendor)]]),
            ("p", "执行组中的 SOC 驻场工程师 %s、%s 来自安全运维服务商%s。" % (co.vp(0), co.vp(1), co.vendor))])])


def roster(co, d, outs):
    rows = [[co.p(i), ["运维经理", "SRE", "网络工程师", "安全负责人", "驻场IT（省分拨中心）", "服务台组长"][i], co.name, "%s" % co.rng.choice(["CISP", "RHCE", "HCIP", "—"])]
            for i in range(6)]
    if outs:
        rows += [[co.vp(0), "驻场安全工程师（外包）", co.vendor, "CISP"], [co.vp(1), "安全分析师（外包）", co.vendor, "CISSP"]]
    its = ["9/staff-list"] + (["9/outsourcing"] if outs else [])
    return sheetbook("roster", "运维人员清单_%s" % ymd(d), d, True, [("人员", ["姓名", "岗位", "所属单位", "证书"], rows, its)])


def raci(co, d):
    rows = [["服务台", "受理、登记、派单、回访", "执行组-NOC/服务台", co.p(5)], ["Incident Manager", "P0/P1 指挥协调", "执行组", co.p(0)],
            ["Problem Owner", "RCA 与问题闭环", "执行组-SRE", co.p(1)], ["Change Manager/CAB", "变更评审", "管理层", co.p(0)],
            ["安全分析师", "告警研判、日志审计", "执行组-SOC", co.p(3)], ["配置管理员", "CMDB 维护", "执行组-网络", co.p(2)],
            ["SLA 经理", "服务级别与客户沟通", "网络安全领导小组办公室", co.p(4)]]
    return sheetbook("raci", "安全运维角色清单（RACI）", d, False, [("角色", ["角色", "职责", "对应组织", "人员"], rows, ["18/roles", "23/roles"])])


def interface(co, d):
    return page("interface", "%s公告：关于指定%s安全管理接口人的通知" % (co.im, co.cust), d, False, [], [
        (True, ["28/interface-person"], [
            ("p", "为做好托管网点的安全管理对接，指定 %s（安全负责人）为%s安全管理接口人，负责安全事件通报、监管检查配合、安全策略和文件的接收与传达；%s 为 B 角。" % (co.p(3), co.customer, co.p(4))),
            ("p", "发布人：%s    发布时间：%s" % (co.boss, dt(co, d)))])])


def desk(co, d):
    return page("desk", "IT服务台上线公告", d, False, [], [
        (True, ["48/service-desk"], [
            ("p", "即日起科技运维部 IT 服务台统一受理集团各分拨/转运中心及%s网点的故障报修和服务请求：热线 400-8%02d-%04d（7×24），%s服务号“IT小助手”，运维平台服务门户。" % (co.cust, co.rng.randint(10, 99), co.rng.randint(0, 9999), co.im)),
            ("p", "服务台职责：受理登记、初步处理（巴枪解绑、面单打印机、密码重置）、派单、跟踪与回访；服务台组长 %s，坐席 %s 等。" % (co.p(5), co.p(4))),
            ("p", "科技运维部  %s" % cnd(d))])])


# ------------------------------------------------------------- 分拨中心巡检、平台导出

def hub_book(co, d, hub, kinds):
    days = [d - timedelta(days=i) for i in range(0, 22, 3)]
    sheets = []
    sheets.append(("设备巡检", ["日期", "设备", "状态", "CPU", "内存", "告警", "巡检人"],
                   [[x.isoformat(), co.rng.choice(["出口防火墙", "核心交换机", "WCS主机", "DWS工控机"]), "正常", "%d%%" % co.rng.randint(8, 55),
                     "%d%%" % co.rng.randint(25, 70), co.rng.choice(["无", "无", "1条低危"]), co.p(4)] for x in days] if "insp" in kinds else [],
                   ["44/inspection", "45/monitoring", "14/maintenance"]))
    sheets.append(("日常维护", ["日期", "对象", "维护内容", "结果", "执行人"],
                   [[x.isoformat(), co.rng.choice(["分拣线交换机", "防火墙", "AP"]), co.rng.choice(["清灰除尘、检查风扇", "配置备份", "清理过期策略", "光模块收光检查"]),
                     "完成", co.p(2)] for x in days[:5]] if "maint" in kinds else [],
                   ["14/maintenance", "44/maintenance"]))
    sheets.append(("终端查杀", ["日期", "范围", "病毒库版本", "结果", "执行人"],
                   [[x.isoformat(), "工控机及结算终端", "%s.01" % ymd(x), co.rng.choice(["未发现", "清除1个"]), co.p(4)] for x in days[:3]] if "virus" in kinds else [],
                   ["14/maintenance", "44/virus-scan", "45/antivirus"]))
    sheets.append(("故障处理", ["日期", "设备", "现象", "处理", "恢复时长"],
                   [[days[2].isoformat(), "DWS工控机", "称重扫描掉线", "更换网卡", "35min"],
                    [days[5].isoformat(), "接入交换机", "格口PLC通信中断", "更换电源模块", "20min"]] if "fault" in kinds else [],
                   ["14/maintenance", "44/faults"]))
    sheets.append(("升级记录", ["日期", "对象", "升级前", "升级后", "验证"],
                   [[days[1].isoformat(), "出口防火墙", "V9.1.3", "V9.1.5", "通过"], [days[4].isoformat(), "巴枪APP", "5.8.2", "5.9.0", "灰度通过"]] if "up" in kinds else [],
                   ["14/maintenance", "44/upgrades"]))
    return sheetbook("hub_book", "%s IT巡检维护记录 %d-%02d" % (hub, d.year, d.month), d, True, sheets)


def handover(co, d, hub):
    b = [("p", "导出自%s知识库 ｜ %s / 值班交接 ｜ %s" % (co.im, hub, d.isoformat())),
         ("p", "交班：%s    接班：%s    班次：%s" % (co.p(4), co.p(5), co.rng.choice(["早班 07:00-15:00", "中班 15:00-23:00", "夜班 23:00-07:00"]))),
         ("p", "1. 分拣线运行：波峰 %d 件/小时，无停线。" % co.rng.randint(18000, 42000)),
         ("p", "2. 遗留：%s号格口扫描偶发读码失败，已报WCS厂商，明早跟进。" % co.rng.randint(10, 200)),
         ("p", "3. 备件：DWS 网卡剩余2块。"),
         ("p", "4. 其他：无。")]
    return Doc("handover", "值班交接 %s" % ymd(d), d, [], True, [("title", "%s 值班交接 %s" % (hub, d.isoformat()))] + b)


def tickets(co, d, resp, empty=False):
    rows = []
    if not empty:
        for i in range(12):
            x = d - timedelta(days=2 * i)
            typ = co.rng.choice(["事件", "事件", "服务请求", "服务请求", "问题"])
            pr = co.rng.choice(["P1", "P2", "P2", "P3"])
            r = ["%s-%s%03d" % (co.tk, ymd(x), i + 1), typ, pr,
                 co.rng.choice(["网点巴枪无法登录", "面单打印机乱码", "%s结算页面超时" % co.sys(2), "分拣线DWS掉线", "VPN开通", "OMS权限申请"]),
                 "%s 08:%02d" % (x.isoformat(), 10 + i)]
            if resp:
                r.append("%d" % co.rng.randint(2, 14))
            r += ["%s 10:%02d" % (x.isoformat(), 5 + i), co.p(i % 6), "已关闭"]
            rows.append(r)
    head = ["工单号", "类型", "优先级", "标题", "创建时间"] + (["响应时长(min)"] if resp else []) + ["解决时间", "处理人", "状态"]
    its = ["43/process-records"] + (["55/response-times"] if resp else [])
    t = "%s运维平台-工单导出-%d%02d" % (co.plat, d.year, d.month)
    return sheetbook("tickets", t, d, True, [("工单", head, rows, its)])


def change_export(co, d):
    rows = []
    for i in range(8):
        x = d - timedelta(days=9 * i)
        rows.append(["RFC-%s-%02d" % (ymd(x), i + 1), co.rng.choice(["普通", "标准", "重大"]),
                     co.rng.choice(["%s v%d.%d 发布" % (co.sys(0), co.rng.randint(3, 6), co.rng.randint(0, 9)), "分拨中心出口防火墙策略调整", "巴枪APP灰度升级", "核心交换机扩容板卡"]),
                     co.p(i % 4), co.p(0), "%s 01:30" % x.isoformat(), co.rng.choice(["成功", "成功", "成功", "回滚"])])
    return sheetbook("changes", "%s变更单导出_%d" % (co.plat, d.year), d, True,
                     [("RFC", ["变更单号", "类型", "变更内容", "申请人", "审批人", "实施时间", "结果"], rows, ["54/records", "43/process-records"])])


def problem_export(co, d):
    rows = [["PRB-%04d" % (300 + i), co.rng.choice(["DWS批量掉线", "路由计算超时", "面单打印乱码", "结算对账差异"]), co.p(1),
             co.rng.choice(["根因已定位", "已知错误", "已关闭"]), (d - timedelta(days=13 * i)).isoformat()] for i in range(6)]
    return sheetbook("problems", "%s问题单导出" % co.plat, d, True,
                     [("问题单", ["问题单号", "标题", "Problem Owner", "状态", "创建日期"], rows, ["43/process-records"])])


def avail_events(co, d):
    rows = [[(d - timedelta(days=19 * i)).isoformat(), co.sys(i), co.rng.choice(["接口超时", "服务不可用", "专线中断"]),
             co.rng.randint(3, 48), co.rng.choice(["P1", "P2"]), "INC-%d" % co.rng.randint(1000, 9999)] for i in range(6)]
    return sheetbook("avail_events", "可用性事件清单（SLO违约事件）", d, True,
                     [("可用性事件", ["日期", "系统", "事件", "影响时长(min)", "级别", "关联事件单"], rows,
                       ["18/availability-events", "22/events", "43/process-records"])])


def asset_ledger(co, d):
    rows = []
    for i, (k, m, f) in enumerate([("出口防火墙", "华为USG6585E", "边界访问控制"), ("核心交换机", "H3C S10506", "汇聚"),
                                   ("WCS主机", "Dell R750", "分拣控制"), ("DWS工控机", "研华IPC-610", "称重扫描"),
                                   ("上网行为管理", "深信服AC-1000", "网点上网审计"), ("堡垒机", "JumpServer企业版", "运维审计")], 1):
        hub = co.hubs[i % 3]
        rows.append(["%s-%02d-%03d" % (co.code, i, co.rng.randint(1, 300)), k, m, f, "%s IT机房" % hub, "GE1/0/%d↔%s" % (i, co.rng.choice(["核心", "分拣环网", "出口"])),
                     "生产", ["A", "A", "A", "B", "B", "A"][i - 1], co.rng.choice(["双机", "冷备", "单机"]), "固件 %d.%d.%d" % (co.rng.randint(5, 9), co.rng.randint(0, 9), co.rng.randint(0, 9))])
    return sheetbook("asset_ledger", "IT资产台账（网络/安全/分拣线设备）_%s" % ymd(d), d, True,
                     [("资产", ["资产编号", "种类", "型号", "功能", "物理位置", "端口对应", "部署", "分级", "保护", "软件配置"], rows,
                       ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    head = ["CI编号", "CI名称", "类型", "版本", "Owner", "密级", "访问控制", "完整性", "备份"] + (["依赖（上游）", "被依赖（下游）"] if rel else [])
    cis = [("%s" % co.sys(0), "应用"), ("%s" % co.sys(1), "应用"), ("运单库MySQL集群", "数据库"), ("分拣线WCS", "工控应用"),
           ("出口防火墙策略集", "安全配置"), ("堡垒机授权策略", "安全配置")]
    rows = []
    for i, (n, t) in enumerate(cis):
        r = ["CI-%05d" % (2100 + i), n, t, "v%d.%d" % (co.rng.randint(1, 9), co.rng.randint(0, 9)), co.p(i), co.rng.choice(["机密", "内部"]),
             "RBAC，仅配置管理员可写", "变更留痕+SHA256", "每日快照"]
        if rel:
            r += ["CI-%05d" % (2100 + (i + 2) % 6), "CI-%05d" % (2100 + (i + 1) % 6)]
        rows.append(r)
    return sheetbook("cmdb", "CMDB导出_%s" % ymd(d), d, True,
                     [("CI", head, rows, ["27/cmdb"] + (["38/cmdb-relations"] if rel else []))])


def ci_changes(co, d):
    rows = [[(d - timedelta(days=11 * i)).isoformat(), "CI-%05d" % (2100 + i), co.rng.choice(["版本号更新", "Owner 变更", "新增依赖", "策略集更新"]),
             "RFC-%s-%02d" % (ymd(d - timedelta(days=11 * i)), i + 1), co.p(2), co.p(1)] for i in range(7)]
    return sheetbook("ci_changes", "配置项更新记录_%d" % d.year, d, True,
                     [("CI更新", ["日期", "CI", "更新内容", "关联变更", "执行人", "复核人"], rows, ["43/ci-updates"])])


def hw_stats(co, d):
    rows = [[(d - timedelta(days=29 * i)).isoformat(), co.hubs[i % 3], co.rng.choice(["防火墙", "交换机", "DWS工控机", "AP"]),
             co.rng.choice(["电源", "风扇", "硬盘", "光模块", "网卡"]), co.rng.choice(["备件更换", "返厂维修"]), co.rng.randint(10, 120)] for i in range(7)]
    rows.append(["合计", "", "", "7次", "", sum(r[5] for r in rows)])
    return sheetbook("hw_stats", "硬件故障统计_%d" % d.year, d, True,
                     [("统计", ["日期", "中心", "设备", "故障部件", "处理", "停机(min)"], rows, ["14/hardware-faults", "44/faults"])])


# ------------------------------------------------------------- 月报、KPI、可用性

def monthly(co, d, data, avail, forecast):
    m = d.month - 1 or 12
    return page("monthly", "%s IT运维服务月报（%d年%d月）" % (co.cust, d.year if d.month > 1 else d.year - 1, m), d, True, [
        ("p", "报送：%s    编制：%s    %s" % (co.customer, co.p(4), dt(co, d)))], [
        (True, ["50/monitoring-report"], [
            ("h1", "1. 监控指标趋势"),
            ("table", [["指标", "M-2", "M-1", "本月", "趋势"], ["网点出口链路告警(次)", 212, 186, 149, "↓"],
                       ["结算接口 P99 延时(ms)", 420, 455, 510, "↑"], ["巴枪在线率", "97.1%", "97.6%", "98.2%", "↑"],
                       ["事件 MTTR(h)", 3.4, 3.1, 2.7, "↓"]]),
            ("p", "结算接口延时连续三个月上升，与网点数增长相关，预计大促前需扩容；链路告警下降得益于双链路改造。")]),
        (data, ["56/data"], [
            ("h1", "2. 运维数据（十项指标）"),
            ("table", [["指标", "本月"], ["异常报告及时率", "99.1%"], ["异常漏报率", "0.4%"], ["维护作业计划的及时完成率", "97.8%"],
                       ["故障隐患发现率", "91.5%"], ["异常主动发现率", "86.0%"], ["问题解决率", "94.3%"], ["漏洞扫描覆盖率", "100%"],
                       ["加固设备覆盖率", "95.2%"], ["安全补丁安装及时率", "92.7%"], ["安全事件次数", co.rng.randint(1, 9)]])]),
        (avail, ["18/availability-report", "22/report"], [
            ("h1", "3. 可用性报告"),
            ("table", [["系统", "SLO", "实际", "达标"], ["网点结算（%s）" % co.sys(2), "99.9%", "99.95%", "是"], ["巴枪揽派接口", "99.9%", "99.86%", "否"]]),
            ("p", "巴枪揽派接口因10日专线中断未达标，已纳入可用性改进。")]),
        (forecast, ["71/forecast"], [
            ("h1", "4. 数据汇总与预测"),
            ("p", "汇总近半年日志量、变更、事件、请求、问题：事件数环比降12%，服务请求（主要为巴枪解绑与权限）增长31%，变更集中在大促前两周。"
                  "预测双11期间服务请求为平日3倍、结算接口峰值QPS为平日4.5倍，建议提前扩容并上线巴枪自助解绑。")])])


def kpi_board(co, d, sla_panel, ten=True):
    head = [("p", "【截图】KPI看板 ｜ 科技运维部 ｜ 数据来源：%s运维平台 + Grafana ｜ 截至 %s" % (co.plat, d.isoformat()))]
    ms = ["%d月" % ((d.month - k - 1) % 12 + 1) for k in (3, 2, 1)]
    return page("kpi_board", "KPI看板截图_%s" % ymd(d), d, True, head, [
        (ten, ["56/data"], [("h1", "运维数据"),
                            ("table", [["指标"] + ms,
                                       ["异常报告及时率", "98.6%", "99.0%", "99.3%"], ["异常漏报率", "0.7%", "0.5%", "0.4%"],
                                       ["维护作业计划及时完成率", "96.1%", "97.5%", "98.0%"], ["故障隐患发现率", "88%", "90%", "92%"],
                                       ["异常主动发现率", "81%", "84%", "87%"], ["问题解决率", "92%", "93%", "95%"],
                                       ["漏洞扫描覆盖率", "100%", "100%", "100%"], ["加固设备覆盖率", "93%", "95%", "96%"],
                                       ["安全补丁安装及时率", "89%", "91%", "94%"], ["安全事件次数", 6, 4, 3]])]),
        (sla_panel, ["57/measurement"], [("h1", "SLA 与客户"),
                                         ("table", [["监视项", "目标", "实际", "状态"], ["SLA 达成率", "≥98%", "97.2%", "未达标（已开CAPA-%d-%02d）" % (d.year, co.rng.randint(1, 20))],
                                                    ["客户满意度", "≥90", "92.6", "达标"], ["投诉/建议", "≤3 件/月", "2 件", "达标"],
                                                    ["P0 事件", "0", "0", "达标"], ["变更成功率", "≥98%", "98.9%", "达标"]])])])


def avail_plan(co, d, kpis):
    return page("avail_plan", "核心系统可用性（SLO）计划 %d" % d.year, d, False, wiki(co, d, "SRE", "v1.%d" % co.rng.randint(0, 9)), [
        (True, ["18/availability-plan", "22/plan"], [
            ("h1", "目标"), ("p", "%s、%s 月可用率 ≥99.95%%；%s ≥99.9%%；分拣线 IT 原因停线 ≤30 分钟/月/中心。" % (co.sys(0), co.sys(1), co.sys(2))),
            ("h1", "保障措施"), ("p", "同城双活、分拨中心出口双链路、容量水位周检、大促前全链路压测、故障注入演练。"),
            ("h1", "可用性事件监控与报告"), ("p", "SLO 违约即登记可用性事件，月报报告可用性执行情况，未达标系统制定改进项并跟踪。")]),
        (kpis, ["6/availability-kpis"], [
            ("h1", "可用性指标清单"),
            ("table", [["类别", "指标", "范围", "目标"], ["整体", "核心系统整体可用率", "运单/路由/结算", "≥99.95%"], ["整体", "P0 事件数", "全部", "0/季度"],
                       ["单系统", "%s 可用率" % co.sys(0), co.sys(0), "≥99.95%"], ["单系统", "WMS 出库接口成功率", "WMS", "≥99.9%"],
                       ["单系统", "分拣线 IT 停线时长", "各分拨中心", "≤30min/月"]])])])


# ------------------------------------------------------------- 安全运营

def log_audit(co, d):
    return page("log_audit", "日志审计月报 %d-%02d" % (d.year, d.month), d, True, [("p", "SOC ｜ 审计人：%s ｜ %s" % (co.p(3), dt(co, d)))], [
        (True, ["17/log-analysis", "45/audit-report", "47/audit"], [
            ("h1", "网络及安全设备日志"), ("p", "出口防火墙、上网行为管理、WAF 日志 %d 亿条；端口扫描源 %d 个已封禁，网点私接路由器 3 起已通报。" % (co.rng.randint(2, 9), co.rng.randint(10, 80))),
            ("h1", "服务器及操作系统日志"), ("p", "Linux 主机 sudo 与登录日志审计：异常登录失败峰值 2 次，确认为口令过期；堡垒机绕行 0 次。"),
            ("h1", "应用日志"), ("p", "%s 接口日志发现批量查询运单号行为 1 起（撞库爬虫），已限流并封禁；OMS 越权查询 0 起。" % co.sys(0)),
            ("h1", "结论"), ("p", "本月无成功入侵；面单数据批量导出行为均有审批。")])])


def sec_stats(co, d, ana):
    q = (d.month - 1) // 3 + 1
    rows = [["%d月" % m, co.rng.randint(0, 4), co.rng.randint(2, 15), co.rng.randint(0, 2), co.rng.randint(0, 3)] for m in range(3 * q - 2, 3 * q + 1)]
    sheets = [("统计", ["月份", "有害程序", "网络攻击", "信息破坏", "设备设施故障"], rows, ["18/incident-stats"]),
              ("分析", ["结论"], [["网络攻击以撞库与爬虫为主，集中在大促预热期；有害程序集中在网点办公终端，建议推进网点终端 EDR 全覆盖。"]] if ana else [],
               ["18/incident-analysis"])]
    return sheetbook("sec_stats", "%dQ%d信息安全事件统计分析" % (d.year, q), d, True, sheets)


def intel(co, d, n, full):
    return page("intel", "安全情报周报 第%d期" % n, d, True, [("p", "SOC ｜ %s" % dt(co, d))], [
        (True, ["52/vulnerability", "53/bulletin"], [
            ("h1", "漏洞通告"), ("p", "CVE-%d-%05d：某开源网关组件远程代码执行，影响运单开放平台网关，已排期升级。" % (d.year, co.rng.randint(10000, 49999))),
            ("h1", "厂商通告"), ("p", "防火墙厂商发布本月固件安全更新，涉及分拨中心出口型号。")]),
        (full, ["52/virus", "52/policy", "52/analysis"], [
            ("h1", "病毒通告"), ("p", "针对物流行业的钓鱼邮件（伪装“理赔单”附件）投递木马，网点已发预警。"),
            ("h1", "业界动态与政策法规"), ("p", "《网络数据安全管理条例》及邮政快递业个人信息保护要求；同行业面单信息泄露处罚案例。"),
            ("h1", "影响分析"), ("p", "经比对资产，受影响主机 %d 台、网点终端约 %d 台，修复跟踪见运维平台。" % (co.rng.randint(2, 20), co.rng.randint(20, 200)))])])


def pt_plan(co, d):
    return page("pt_plan", "%d年渗透测试及红队评估计划" % d.year, d, False, approved(co, d, "%s-SEC-PT" % co.code, "v1.0"), [
        (True, ["31/pentest-plan", "32/pentest-plan"], [
            ("table", [["季度", "对象", "方式", "Owner"], ["Q1", "运单开放平台", "灰盒", co.p(3)], ["Q2", "%s网点APP" % co.cust, "黑盒", co.vp(1)],
                       ["Q3（大促前）", co.sys(0), "灰盒", co.p(3)], ["Q4", "分拨中心办公网", "红队", co.vp(0)]]),
            ("p", "每次测试前签授权书，报告5个工作日内出具。")])])


def pt_report(co, d):
    return page("pt_report", "%s渗透测试报告" % co.sys(0), d, True, [("p", "测试窗口：%s 00:00-06:00 ｜ 授权编号 SQ-%s ｜ 测试人员：%s、%s" % (d.isoformat(), ymd(d), co.vp(1), co.p(3)))], [
        (True, ["31/pentest-records", "32/pentest-records"], [
            ("h1", "发现"), ("table", [["编号", "问题", "等级", "状态"], ["PT-01", "运单查询接口可遍历", "高", "已修复"],
                                      ["PT-02", "管理后台弱口令", "中", "已修复"], ["PT-03", "错误页泄露版本号", "低", "已修复"]]),
            ("h1", "复测"), ("p", "%s 复测，高中危全部关闭。" % (d + timedelta(days=9)).isoformat())])])


def dev_plan(co, d):
    return page("dev_plan", "运维与安全工具研发Roadmap %d" % (d.year + 1), d, False, wiki(co, d, "平台研发", "v0.9"), [
        (True, ["33/dev-plan"], [
            ("p", "依据网点公司提出的需求和本部门研发能力，计划自研以下工具："),
            ("table", [["工具", "用途", "计划上线", "Owner"], ["巴枪自助解绑机器人", "减少服务台请求", "%d-Q1" % (d.year + 1), co.p(5)],
                       ["分拨中心巡检自动化", "自动采集设备状态生成巡检表", "%d-Q2" % (d.year + 1), co.p(2)],
                       ["面单数据外泄检测规则包", "日志平台异常导出识别", "%d-Q2" % (d.year + 1), co.p(3)]])])])


def grading(co, d):
    return page("grading", "%s网络安全等级保护定级报告" % co.sys(0), d, False, [("p", "定级对象：%s ｜ %s" % (co.sys(0), cnd(d)))], [
        (True, ["51/grading"], [
            ("p", "业务信息安全保护等级第三级，系统服务安全保护等级第三级，定级为第三级；已在属地公安机关备案（备案编号 %d-%05d）。" % (d.year, co.rng.randint(0, 99999)))])])


def grading_std(co, d):
    return page("grading_std", "信息系统安全保护等级划分标准（科技运维部）", d, False, approved(co, d, "%s-SEC-03" % co.code, "v1.1"), [
        (True, ["51/grading-criteria"], [
            ("p", "依据 GB/T 22240-2020，按受侵害客体和侵害程度确定等级；处理运单/面单个人信息的系统不低于第三级。"),
            ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人权益", "一级", "二级", "三级"],
                       ["社会秩序、公共利益", "二级", "三级", "四级"], ["国家安全", "三级", "四级", "五级"]])])])


def collect(co, d, which):
    rows = []
    for i in range(6):
        x = d - timedelta(days=7 * i)
        r = [x.isoformat(), co.rng.choice(["%s出口防火墙" % co.hubs[0], "总部核心交换机", "WAF"])]
        r += (["配置已导出，与基线差异%d项" % co.rng.randint(0, 3)] if "config" in which else [])
        r += (["峰值%dMbps/均值%dMbps" % (co.rng.randint(400, 2000), co.rng.randint(100, 400))] if "traffic" in which else [])
        r += (["CPU %d%% 内存 %d%% 会话 %d" % (co.rng.randint(10, 60), co.rng.randint(20, 70), co.rng.randint(10000, 90000))] if "status" in which else [])
        rows.append(r + [co.p(3)])
    head = ["日期", "对象"] + (["系统配置"] if "config" in which else []) + (["流量"] if "traffic" in which else []) + \
        (["系统状态"] if "status" in which else []) + ["采集人"]
    return sheetbook("collect", "安全信息采集记录_%s" % ymd(d), d, True, [("采集", head, rows, ["16/" + w for w in which])])


def health(co, d, coll):
    return page("health", "%s健康检查报告 %dQ%d" % (co.cust, d.year, (d.month - 1) // 3 + 1), d, True, [
        ("p", "检查方式：省分拨中心现场检查 + 网点远程检查 ｜ 检查人：%s ｜ %s" % (co.p(2), dt(co, d)))], [
        (True, ["15/records", "46/records", "14/maintenance", "44/inspection"], [
            ("h1", "可用性与持续性"),
            ("table", [["对象", "可用性", "连续运行", "冗余", "结论"], ["网点出口防火墙（抽检20台）", "100%", "≥90天", "单机", "健康"],
                       ["%s" % co.sys(2), "99.96%", "61天", "双活", "健康"], ["省分拨中心核心交换机", "100%", "203天", "堆叠", "健康"],
                       ["上网行为管理", "99.9%", "45天", "单机", "关注"]])]),
        (coll, ["16/config", "16/traffic", "16/status"], [
            ("h1", "信息采集"), ("p", "系统配置：导出网点防火墙配置与基线比对，差异5项已整改；流量：网点出口峰值 96Mbps；系统状态：CPU、内存、会话在阈值内。")])],
        [("h1", "建议"), ("p", "上网行为管理单点，建议大促前补齐冗余。")])


def baseline(co, d):
    rows = [["账号", "一人一号，禁止共用巴枪账号", "全部终端/系统"], ["口令", "≥10位，90天更换", "服务器、网络设备"],
            ["服务", "关闭 telnet/ftp/SMB1", "服务器、工控机"], ["日志", "syslog 外发日志平台", "网络与安全设备"],
            ["防火墙", "默认拒绝，临时策略≤30天", "出口防火墙"]]
    return sheetbook("baseline", "安全配置基线 v%d.%d" % (co.rng.randint(2, 3), co.rng.randint(0, 9)), d, False,
                     [("基线", ["类别", "要求", "适用"], rows, ["25/baseline"])])


def retrofit(co, d, parts):
    """大促扩容改造 / 系统升级改造 plan: 压测计划 and 回滚预案 as its parts."""
    return page("retrofit", "%s v%d.0 升级改造测试及回滚方案" % (co.sys(1), co.rng.randint(3, 6)), d, False, approved(co, d, "%s-PRJ-%02d" % (co.code, co.rng.randint(1, 40)), "v1.0"), [
        ("req" in parts, ["11/requirements"], [("h1", "需求确认"),
                                               ("table", [["类别", "需求", "确认"], ["功能", "支持多段路由与时效预测", "%s 已确认" % co.cp(1)],
                                                          ["性能", "峰值 3 万单/秒", "已确认"], ["安全", "接口鉴权、敏感字段脱敏", "已确认"]])]),
        ("test" in parts, ["25/test-plan"], [("h1", "测试计划"),
                                             ("p", "预发环境功能回归 → 全链路压测（1.5 倍大促峰值）→ 安全扫描 → 灰度 1 个分拨中心 3 天 → 全量。")]),
        ("rb" in parts, ["25/rollback", "11/rollback"], [("h1", "回滚预案"),
                                                         ("p", "发布前备份配置与数据库快照；出现 P1 及以上问题 15 分钟内切回旧版本，路由规则回退至上一版本，回滚步骤已在预发演练。")]),
        ("compat" in parts, ["11/compatibility"], [("h1", "兼容性验证结果"),
                                                    ("table", [["项", "内容", "结果"], ["网络兼容", "新版与分拨中心出口 NAT/专线", "通过"],
                                                               ["系统兼容", "与旧版 WMS/TMS 接口", "通过"], ["应用兼容", "巴枪 APP 5.x 与网点打印插件", "通过"]])])])


def promo_plan(co, d, test, rb, ver):
    ev = "双11" if d.month >= 9 else "618"
    return page("promo_plan", "%d%s大促IT保障方案 %s" % (d.year, ev, ver), d, False,
                wiki(co, d, "大促保障", ver, co.p(0)) + [
                    ("h1", "保障目标"), ("p", "大促期间核心链路（下单-路由-分拣-派送-结算）零 P0，分拣线 IT 原因停线 0 分钟。"),
                    ("h1", "容量评估"), ("p", "预估单量为平日 %.1f 倍，%s 扩容至 %d 节点，分拨中心出口带宽临时翻倍。" % (co.rng.uniform(2.5, 4.5), co.sys(0), co.rng.randint(40, 120)))], [
        (test, ["25/test-plan"], [("h1", "扩容改造压测计划"),
                                  ("table", [["轮次", "时间", "范围", "目标"], ["第1轮", "D-30", "单系统", "2 倍峰值"], ["第2轮", "D-20", "全链路", "3 倍峰值"],
                                             ["第3轮", "D-10", "全链路+分拨中心", "1.2 倍目标峰值"]])]),
        (rb, ["25/rollback", "11/rollback"], [("h1", "改造回滚预案"),
                                              ("p", "扩容与参数调整均有回滚脚本；压测或上线后指标异常，10 分钟内回滚到扩容前配置，回滚在第2轮压测后演练过一次。")])],
        [("h1", "作战室与值班"), ("p", "作战室 D-3 至 D+3 7×24 值守，值班表另见；突发事件按《网络安全事件应急预案》及各系统预案处置。")])


def promo_review(co, d, full):
    ev = "618" if d.month < 9 else "双11"
    head = [("p", "复盘会：%s ｜ 主持：%s ｜ 参会：SRE、网络、分拣线 IT、%s" % (dt(co, d), co.p(0), co.cust)),
            ("h1", "时间线"), ("p", "D-1 22:00 进入作战室；D0 20:14 %s 接口超时；20:31 止血；D+1 09:00 分拨中心积压清空。" % co.sys(1))]
    return page("promo_review", "%d %s大促保障复盘" % (d.year, ev), d, True, head, [
        (full, ["70/defect-analysis"], [
            ("h1", "问题分析"),
            ("p", "重大事件：%s 接口超时 17 分钟（P1），%s 分拣积压约 2.3 万件，根因为连接池参数未随扩容调整。" % (co.sys(1), co.hubs[0])),
            ("p", "失败变更：D-2 巴枪 APP 紧急发版导致部分机型闪退，回滚。"),
            ("p", "服务不达标：大促当周 SLA 达成率 96.8%，低于 98% 的承诺。"),
            ("h1", "改进计划"),
            ("table", [["改进项", "Owner", "截止"], ["扩容 checklist 纳入连接池等参数", co.p(1), (d + timedelta(days=30)).isoformat()],
                       ["封网期紧急发版须经 CAB 线上评审", co.p(0), (d + timedelta(days=14)).isoformat()],
                       ["大促 SLA 分时监控与告警", co.p(4), (d + timedelta(days=45)).isoformat()]])])])


def warroom(co, d):
    rows = [[(d + timedelta(days=i)).isoformat(), co.p(i % 6), co.p((i + 2) % 6), co.p((i + 4) % 6), co.vp(i % 2)] for i in range(7)]
    return sheetbook("warroom", "大促作战室值班表", d, True, [("值班", ["日期", "指挥", "SRE", "网络/分拣线", "安全"], rows, [])])


# ------------------------------------------------------------- 应急与连续性

def eplan(co, d, strat, rec, ver="v3.2"):
    return page("eplan", "网络安全事件应急预案 %s" % ver, d, False, cover(co, "网络安全事件应急预案", "%s-EP-01" % co.code, ver, d) +
                revisions(co, d, ver) + approved(co, d, "%s-EP-01" % co.code, ver) + [
        ("h1", "1 总则"), ("p", "为建立覆盖运单、路由、结算、WMS/TMS/OMS 及分拨中心分拣线的应急事件响应机制，保障寄递业务连续，制定本预案。"),
        ("h1", "2 组织"), ("p", "应急指挥组组长 %s；技术处置组（SRE、网络、安全）、业务保障组（分拨中心手工分拣与网点手写面单预案）、对外沟通组。" % co.boss),
        ("h1", "3 分级与响应"), ("p", "特别重大/重大：15分钟内拉起指挥，30分钟内报告领导小组；较大：30分钟；一般：按事件 SOP。"),
        ("h1", "4 处置"), ("p", "报告→研判→启动→隔离/止血→恢复→解除→复盘。")], [
        (True, ["36/emergency-plan", "53/emergency-plan"], []),
        (strat, ["55/plan"], [("h1", "5 恢复策略"), ("p", "运单、路由 RTO 30 分钟、RPO 1 分钟（同城双活切换）；结算 RTO 2 小时；分拨中心出口故障切 4G/5G 备份链路，分拣线降级为单机模式。")]),
        (rec, ["36/recovery-plan"], [("h1", "6 系统恢复计划"), ("p", "按优先级恢复：网络与出口 → 数据库（运单库、路由库） → 应用（%s、%s） → 分拨中心 WCS 对账 → 网点结算；每步验证标准见附件。" % (co.sys(0), co.sys(1)))])])


def dr_plan(co, d):
    return page("dr_plan", "核心系统灾备切换及恢复计划", d, False, approved(co, d, "%s-EP-02" % co.code, "v2.0"), [
        (True, ["36/recovery-plan"], [
            ("h1", "恢复目标"), ("p", "%s、%s：RTO 30 分钟，RPO 1 分钟；%s：RTO 2 小时，RPO 15 分钟。" % (co.sys(0), co.sys(1), co.sys(2))),
            ("h1", "恢复步骤"), ("p", "宣布切换 → DNS/GSLB 切流 → 数据库主从切换 → 应用验证 → 分拨中心抽检扫描回传 → 回切。")])])


def bcp(co, d, ver="v1.4"):
    return page("bcp", "寄递业务连续性计划（BCP）", d, False, cover(co, "寄递业务连续性计划（BCP）", "%s-BCP-01" % co.code, ver, d) +
                approved(co, d, "%s-BCP-01" % co.code, ver), [
        (True, ["42/bcp"], [
            ("h1", "业务影响分析"), ("p", "关键业务：揽收下单、路由分拣、派送签收、网点结算；最大可容忍中断：下单 30 分钟、分拣 1 小时、结算 4 小时。"),
            ("h1", "连续性策略"), ("p", "IT 侧：同城双活、出口双链路、应急预案与灾备恢复计划；业务侧：手工分拣、离线巴枪模式、手写面单补录。"),
            ("h1", "演练与维护"), ("p", "每年至少一次综合演练，每年评审更新，经领导小组审批发布。")])])


def drill(co, d, kind):
    if kind == "e":
        t, its = "%s出口中断及勒索病毒应急演练记录" % co.hubs[0], ["40/emergency-drill", "53/drill"]
        proc = "09:00 模拟出口防火墙宕机+终端勒索告警 → 09:05 启动预案 → 09:12 切 5G 备份链路 → 09:40 隔离终端 → 10:20 恢复 → 10:40 分拣抽检通过"
    else:
        t, its = "%s 同城双活切换（DR）演练记录" % co.sys(0), ["40/recovery-drill", "53/drill"]
        proc = "01:00 宣布切换 → 01:06 GSLB 切流 → 01:19 数据库切主 → 01:31 应用验证 → 01:50 分拨中心扫描回传正常 → 03:10 回切"
    return page("drill", t, d, True, [], [
        (True, its, [("table", [["演练时间", dt(co, d)], ["方式", "实战"], ["参与", "、".join(co.p(i) for i in range(4)) + "、" + co.vp(0)],
                                ["过程", proc], ["结果", "达到预期，RTO %d 分钟" % co.rng.randint(18, 45)], ["问题", "告警通知链路有 3 分钟延迟，已建改进单"],
                                ["记录", co.p(3)]])])])


def drill_plan(co, d):
    return Doc("drill_plan", "应急演练方案", d, [], False, [
        ("title", "%d年Q%d 应急演练方案" % (d.year, (d.month - 1) // 3 + 1)), ("p", "演练目标：检验《网络安全事件应急预案》在分拨中心场景的可操作性。"),
        ("p", "场景：%s 出口中断叠加勒索病毒；计划 %d 月下旬执行。" % (co.hubs[1], d.month)), ("p", "参演：SRE、网络、安全、分拨中心 IT。")],
        decoy="drill plan, neither the plan nor the record")


# ------------------------------------------------------------- 满意度、质量与改进

def csat(co, d, h):
    s = [co.rng.randint(86, 97) for _ in range(4)]
    return page("csat", "%s IT服务满意度调查报告（%d%s）" % (co.cust, d.year, h), d, True, [("p", "问卷：%s问卷，回收 %d 份（网点负责人）｜ %s" % (co.im, co.rng.randint(60, 200), dt(co, d)))], [
        (True, ["41/surveys", "58/survey", "63/survey"], [
            ("table", [["维度", "得分"], ["响应速度", s[0]], ["解决质量", s[1]], ["服务态度", s[2]], ["综合", s[3]]]),
            ("h1", "分析"), ("p", "巴枪故障的到场时效评价最低，主要集中在县级集散点；服务态度评价最高。改进：县级集散点备机前置。")])])


def csat_trend(co, d):
    return page("csat_trend", "网点IT服务满意度趋势分析 %d" % d.year, d, True, [("p", "SLA 经理：%s ｜ %s" % (co.p(4), dt(co, d)))], [
        (True, ["41/trend"], [("table", [["期次", "综合"], ["%d上半年" % (d.year - 1), 87.5], ["%d下半年" % (d.year - 1), 89.9], ["%d上半年" % d.year, 92.1]]),
                              ("p", "连续三期上升；“响应速度”提升 4.2 分，“解决质量”持平，下期重点是县级集散点到场时效。")])])


def callbacks(co, d):
    rows = [[(d - timedelta(days=21 * i)).isoformat(), "%s%s网点" % (co.city if i % 2 else "", co.rng.choice(["东区", "高新", "城关", "开发区", "北站"])),
             co.p(5), co.rng.choice(["电话", "%s语音" % co.im, "上门"]), co.rng.choice(["满意", "希望巴枪备机更快", "满意"]), "已记录"] for i in range(6)]
    return sheetbook("callbacks", "网点回访记录_%d" % d.year, d, True, [("回访", ["日期", "网点", "回访人", "方式", "意见", "跟进"], rows, ["63/follow-up-visits"])])


def capa(co, d, verified):
    n = "CAPA-%d-%02d" % (d.year, co.rng.randint(1, 20))
    rows = [["编号", n], ["来源", "KPI 看板：SLA 达成率 97.2% 未达 98%"], ["原因", "县级集散点巴枪故障到场超时"],
            ["纠正措施", "县级集散点前置备机 2 台/点"], ["预防措施", "备机水位纳入周检"], ["Owner", co.p(2)], ["完成", d.isoformat()]]
    if verified:
        rows += [["有效性验证", "实施后 6 周 SLA 达成率 98.6%，措施有效"], ["验证人", co.p(0)]]
    return page("capa", "纠正预防措施单 %s" % n, d, True, [], [(True, ["57/capa"], [("table", rows)]),
                                                         (verified, ["66/effectiveness"], [])])


def csi_plan(co, d, crit):
    return page("csi_plan", "%d年CSI持续改进计划" % d.year, d, True, approved(co, d, "%s-CSI-%d" % (co.code, d.year), "v1.0"), [
        (True, ["64/plan", "68/plan"], [
            ("h1", "改进项目"),
            ("table", [["改进项", "来源", "目标", "Owner", "计划完成"], ["巴枪自助解绑", "服务请求量", "巴枪类请求下降 40%", co.p(5), "%d-06" % d.year],
                       ["分拨中心巡检自动化", "运维过程", "巡检耗时从 2h 降至 20min", co.p(2), "%d-09" % d.year],
                       ["县级集散点备机前置", "满意度", "到场超时率 <5%", co.p(4), "%d-05" % d.year]])]),
        (crit, ["64/criteria"], [
            ("h1", "改进机会评估标准"),
            ("p", "按时效/客户影响 40%、风险降低 30%、投入成本 30% 打分，≥70 分纳入计划；每项须走识别、记录、批准、评估、测量、报告全过程。")])])


def csi_approval(co, d):
    return page("csi_approval", "%s审批单：%dH2 改进项目立项" % (co.im, d.year), d, True, [
        ("p", "审批编号 %s ｜ 发起人 %s ｜ 发起时间 %s" % (ymd(d) + "%04d" % co.rng.randint(1, 9999), co.p(4), d.isoformat()))], [
        (True, ["67/analysis", "67/prioritisation"], [
            ("table", [["改进机会", "影响(40)", "风险(30)", "成本(30)", "总分", "优先级"], ["巴枪自助解绑", 36, 22, 24, 82, "P1"],
                       ["分拨中心巡检自动化", 30, 24, 18, 72, "P1"], ["知识库重构", 20, 15, 22, 57, "P3"]]),
            ("p", "排序：按加权总分从高到低，≥70 分立项。"),
            ("table", [["审批节点", "审批人", "结果", "时间"], ["部门负责人", co.p(0), "同意", d.isoformat()], ["总经理", co.boss, "同意，P1 两项本季度启动", (d + timedelta(days=1)).isoformat()]])])])


def csi_tracker(co, d, done):
    rows = [["巴枪自助解绑", "巴枪类请求 -40%", "已上线", (d - timedelta(days=50)).isoformat(),
             "上线后 4 周巴枪类请求 -46%，达成" if done else "", "已在 %d 月质量会报告" % max(1, d.month - 1) if done else ""],
            ["分拨中心巡检自动化", "巡检 ≤20min", "3 个中心试点", (d - timedelta(days=15)).isoformat(),
             "试点中心平均 17min，达成" if done else "", "已报告" if done else ""]]
    its = ["68/implementation"] + (["68/effectiveness"] if done else [])
    return sheetbook("csi_tracker", "CSI台账_%s" % ymd(d), d, True, [("跟踪", ["改进项", "目标", "实施情况", "完成日期", "效果测量", "报告"], rows, its)])


def csi_training(co, d):
    rows = [[i + 1, co.p(i), co.rng.choice(["SRE组", "网络组", "服务台", "SOC"]), "已签"] for i in range(6)]
    rows.append(["", "主题：持续改进人人有责——从大促复盘到 CSI 台账（讲师 %s，%s）" % (co.p(0), d.isoformat()), "", ""])
    return sheetbook("csi_training", "持续改进意识宣贯签到", d, True, [("签到", ["序号", "姓名", "组", "签到"], rows, ["69/awareness-training"])])


def history_analysis(co, d, auto):
    return page("svc_analysis", "历年服务方案复盘及自动化机会分析", d, True, [("p", "SRE 组 ｜ %s" % dt(co, d))], [
        (True, ["7/impact-analysis"], [
            ("h1", "以往方案及对生产的影响"),
            ("p", "回顾近两年 46 个运维方案（分拨中心出口双链路、路由规则灰度、巴枪 MDM 上线等），5 个方案实施期间对分拣有影响，最长 11 分钟，均在窗口内。")]),
        (auto, ["7/automation"], [
            ("h1", "安全事件解决效率与可自动化服务"),
            ("p", "近一年安全事件 %d 起，平均处理 2.8 小时；撞库封禁、网点终端病毒告警、弱口令核查占 58%%，建议做成 SOAR 自动处置剧本；"
                  "巡检报告、防火墙临时策略到期清理也可自动化。" % co.rng.randint(90, 260))])])


def prevent_rec(co, d):
    return page("prevent_rec", "隐患排查及预防措施台账（%d）" % d.year, d, True, [], [
        (True, ["66/effectiveness"], [("table", [["隐患", "预防措施", "批准", "验证日期", "有效性"],
                                                  ["大促前出口带宽水位 85%", "分拨中心出口临时扩容", co.p(0), (d - timedelta(days=30)).isoformat(), "峰值水位 62%，有效"],
                                                  ["DWS 工控机网卡老化", "批量更换网卡", co.p(0), (d - timedelta(days=9)).isoformat(), "30天无同类故障，有效"]])])])


def internal_audit(co, d):
    return page("ia", "%d年IT服务管理体系内部审核报告" % d.year, d, True, [("p", "审核组长：%s ｜ 审核日期：%s" % (co.p(3), dt(co, d)))], [
        (True, ["59/internal-audit"], [
            ("h1", "审核准则与范围"), ("p", "ISO/IEC 20000-1、集团 IT 服务管理 SOP、%s托管服务协议；范围覆盖总部 NOC、SRE、SOC、三个分拨/转运中心 IT。" % co.cust),
            ("h1", "审核发现"), ("p", "不符合 3 项：%s巡检表缺复核签字；2 张重大变更缺回滚验证记录；知识库条目超期未复核。观察项 2 项。" % co.hubs[2]),
            ("h1", "结论"), ("p", "体系满足标准与客户要求，有效实施和保持；不符合项限期 30 天整改。")])])


def review(co, d, inputs):
    text = {"perf": ("60/performance", "服务和流程的执行情况和符合性：SLA 达成率 98.1%，变更成功率 98.9%，各 SOP 按流程执行，内审不符合 3 项已关闭 2 项。"),
            "fb": ("60/customer-feedback", "客户反馈：网点满意度 92.1 分，投诉 5 件（巴枪到场时效 3 件）。"),
            "res": ("60/resources", "当前和预测资源：运维 48 人（含外包 6 人）；明年新增 2 个转运中心，预计需增 5 人及一套 WCS 备机。"),
            "ca": ("60/corrective-actions", "纠正措施进展：上次评审 6 项，完成 5 项，1 项（DR 演练自动化）进行中。"),
            "chg": ("60/changes", "可能影响服务的变更：网点公司扩张至 %d 个网点、路由系统重构、个人信息保护合规检查。" % co.rng.randint(400, 600)),
            "imp": ("60/improvements", "改进机会：大促 SLA 未达标、县级集散点到场时效、巡检自动化。")}
    parts = [(k in inputs, [text[k][0]] + (["59/management-review"] if k == "perf" else []), [("p", text[k][1])]) for k in ("perf", "fb", "res", "ca", "chg", "imp")]
    return page("mr", "%d年度科技运维部管理评审会议纪要" % d.year, d, True, [("p", "主持：%s ｜ %s ｜ 记录：%s" % (co.boss, dt(co, d), co.p(4))), ("h1", "评审输入")],
                parts, [("h1", "决议"), ("p", "1. 批准 2 项 P1 改进立项；2. 增编 5 人；3. 下次评审前完成 DR 演练自动化。")])


def desk_training(co, d):
    rows = [[co.p(4), "服务台", "已签", 92], [co.p(5), "服务台组长", "已签", 95], [co.p(2), "网络组（轮岗坐席）", "已签", 88]]
    return sheetbook("desk_training", "服务台坐席培训签到及考核（%s）" % d.isoformat(), d, True,
                     [("培训", ["姓名", "岗位", "签到", "考核"], rows + [["主题：P0-P3 定级、巴枪/面单常见问题、%s工单操作；讲师 %s" % (co.plat, co.p(0)), "", "", ""]],
                       ["48/training"])])


def kb_export(co, d):
    rows = [["KB-%04d" % (100 + i), t, co.rng.choice(["分拣线", "巴枪", "网络", "结算"]), co.p(i), "已发布", (d - timedelta(days=17 * i)).isoformat()]
            for i, t in enumerate(["DWS 称重扫描掉线排查", "巴枪 APP 登录 401 处理", "面单打印机乱码", "出口防火墙 HA 脑裂恢复", "结算对账差异定位"])]
    return sheetbook("kb", "运维知识库导出_%s" % ymd(d), d, True, [("知识", ["编号", "标题", "分类", "作者", "状态", "更新"], rows, ["21/knowledge-base"])])


def req_record(co, d):
    return page("req_record", "%s网点智能驿站系统建设需求分析记录" % co.cust, d, True, [
        ("p", "项目：网点智能驿站（自提柜+出入库）系统新建 ｜ 需求评审：%s ｜ 地点：%s会议室" % (dt(co, d), co.customer))], [
        (True, ["11/requirements"], [
            ("table", [["类别", "需求", "来源", "网点公司确认"],
                       ["功能", "驿站入库扫描、取件码短信、滞留件预警，与运单系统状态回传", "运营部", "已确认"],
                       ["性能", "单驿站峰值 600 件/小时入库，取件码下发 ≤3 秒", "运营部", "已确认"],
                       ["安全", "收件人手机号脱敏显示、驿站账号一人一号、日志留存 6 个月", "%s安全接口人" % co.customer, "已确认"]]),
            ("p", "网点公司签字：%s    科技运维部：%s" % (co.cp(1), co.p(1)))])])


def sla_review(co, d, kpi):
    q = (d.month - 2) // 3 + 1 if d.month > 1 else 4
    return page("sla_review", "%s Q%d SLA Review 会议纪要" % (co.cust, q), d, True, [
        ("p", "时间：%s ｜ 形式：%s视频会议 ｜ 参会：%s、%s（网点公司），%s、%s（科技运维部）" % (dt(co, d), co.im, co.cp(0), co.cp(1), co.p(0), co.p(4)))], [
        (kpi, ["57/measurement"], [
            ("h1", "本季度服务达成"),
            ("table", [["项目", "目标", "实际", "结论"], ["SLA 达成率", "≥98%", "97.6%", "未达标，开纠正措施单"], ["满意度", "≥90 分", "91.4 分", "达标"],
                       ["投诉", "≤3 件/季度", "5 件", "未达标（巴枪到场时效）"], ["P0 事件", "0", "0", "达标"]])])],
        [("h1", "决议"),
         ("p", "1. 县级集散点巴枪备机由网点公司提供场地、科技运维部配置备机，下季度起执行；"),
         ("p", "2. 双11 期间网点结算窗口延长至 24:00，科技运维部安排远程值守；"),
         ("p", "3. 下次 Review 增加网点安全意识培训计划的讨论。")])


def soc_book(co, d, kinds):
    q = (d.month - 1) // 3 + 1
    sheets = [("安全事件", ["月份", "有害程序", "网络攻击", "信息破坏", "其他"],
               [["%d月" % m, co.rng.randint(0, 5), co.rng.randint(3, 20), co.rng.randint(0, 1), co.rng.randint(0, 2)] for m in range(3 * q - 2, 3 * q + 1)]
               if "stats" in kinds else [], ["18/incident-stats"]),
              ("病毒查杀", ["日期", "范围", "病毒库", "查杀结果", "执行人"],
               [[(d - timedelta(days=7 * i)).isoformat(), "网点办公终端（EDR）", "%s.02" % ymd(d - timedelta(days=7 * i)), co.rng.choice(["未发现", "隔离木马1个", "未发现"]), co.vp(0)]
                for i in range(5)] if "virus" in kinds else [], ["44/virus-scan", "45/antivirus", "14/maintenance"]),
              ("漏洞跟踪", ["漏洞", "资产", "等级", "Owner", "状态"],
               [["OpenSSH 版本过低", "跳板机", "中", co.p(1), "已修复"], ["Nginx 目录遍历", "运单开放平台", "高", co.p(1), "已修复"]], []),
              ("日志源接入", ["日志源", "接入方式", "状态"], [["出口防火墙", "syslog", "正常"], ["OMS 应用", "Kafka", "正常"]], [])]
    return sheetbook("soc_book", "SOC运营台账_%dQ%d" % (d.year, q), d, True, sheets)


def rca(co, d, p1):
    lvl = "P1" if p1 else "P2"
    hub = co.hubs[co.rng.randint(0, 2)]
    head = [("p", "RCA ｜ %s ｜ 事件单 %s-%s%03d ｜ Owner：%s ｜ %s" % (lvl, co.tk, ymd(d), co.rng.randint(1, 99), co.p(1), d.isoformat()))]
    if p1:
        return page("rca", "RCA：%s %s 分拣线停线" % (ymd(d), hub), d, True, head, [
            (True, ["18/availability-events", "22/events", "43/process-records", "55/response-times"], [
                ("h1", "影响"), ("p", "%s 分拣线因 WCS 与上游路由接口超时停线 %d 分钟，积压约 %d 件，SLA 可用性事件。" % (hub, co.rng.randint(12, 40), co.rng.randint(5000, 20000))),
                ("h1", "时间线"), ("p", "21:02 告警 → 21:05 值班响应（5 分钟，达标）→ 21:20 切换备用路由节点 → 21:31 恢复 → 21:50 积压清空"),
                ("h1", "根因与 Action Items"), ("p", "路由服务连接池耗尽；Action：扩容连接池、增加接口超时熔断（Owner %s，两周内）。" % co.p(1))])])
    return page("rca", "RCA：%s 网点面单打印异常" % ymd(d), d, True, head, [], [
        ("h1", "经过"), ("p", "%s 个网点面单打印乱码，重装打印插件后恢复。" % co.rng.randint(3, 12)), ("h1", "原因"), ("p", "插件自动更新版本不兼容。")])


def weekly(co, d):
    return Doc("weekly", "周报", d, [], True, [
        ("title", "科技运维部周报 %d-W%02d" % (d.isocalendar()[0], d.isocalendar()[1])),
        ("p", "本周：%s 发布 2 次；处理 P2 事件 %d 起；%s 出口扩容完成。" % (co.sys(0), co.rng.randint(3, 12), co.hubs[1])),
        ("p", "下周：大促压测第2轮；巴枪 APP 灰度。"), ("p", "风险：WCS 厂商备件到货延迟。")])


def change_approval(co, d):
    rid = "RFC-%s-%02d" % (ymd(d), co.rng.randint(1, 20))
    return page("appr_change", "%s审批 - 变更申请 %s" % (co.im, rid), d, True, [("p", "打印时间 %s ｜ 审批编号 %s%04d" % ((d + timedelta(days=3)).isoformat(), ymd(d), co.rng.randint(1, 9999)))], [
        (True, ["54/records", "43/process-records"], [
            ("table", [["变更内容", "%s 出口防火墙新增网点公司 VPN 网段策略" % co.hubs[0]], ["影响", "%s 网点 VPN，窗口内中断 ≤5 分钟" % co.cust],
                       ["回滚方案", "恢复变更前配置备份"], ["审批流程", "%s（申请）→ %s（Owner 同意）→ %s（CAB 同意）" % (co.p(2), co.p(1), co.p(0))],
                       ["实施结果", "%s 02:10 实施完成，验证通过" % (d + timedelta(days=1)).isoformat()]])])])


def sop_approval(co, d, key):
    return Doc("appr_sop", "发布审批", d, [], True, [
        ("title", "%s审批 - 制度发布：《%s》" % (co.im, SOP[key][0])),
        ("p", "审批编号 %s%04d ｜ 发起人 %s" % (ymd(d), co.rng.randint(1, 9999), co.p(2))),
        ("table", [["节点", "审批人", "结果", "时间"], ["部门评审", co.p(0), "同意", d.isoformat()], ["总经理", co.boss, "同意发布", d.isoformat()]]),
        ("p", "附件：%s.pdf（见知识库）" % SOP[key][0])])


def signin(co, d, plan):
    rows = [[i + 1, co.p(i), co.rng.choice(["SRE组", "网络组", "服务台", "SOC"]), "已签"] for i in range(6)]
    rows.append(["", "主题：《%s》宣贯" % plan, "", ""])
    return Doc("signin", "签到表", d, [], True, sheets=[("签到", [["宣贯签到表"], ["序号", "姓名", "组", "签到"]] + rows)],
               decoy="training record about a plan")


def sop_index(co, d):
    b = [("title", "SOP索引（知识库首页）")] + wiki(co, d, "SOP", "—") + [("p", "本空间收录科技运维部现行 SOP，点击标题进入：")]
    b += [("p", "· 《%s》 %s-SOP-%02d" % (SOP[k][0], co.code, SOP[k][1])) for k in SOP]
    return Doc("sop_index", "SOP索引", d, [], False, b, decoy="index citing the procedures")


def promo_emerg_short(co, d):
    return Doc("promo_emerg", "大促应急处置卡", d, [], False, [
        ("title", "大促期间应急处置卡（简版）"), ("p", "发生 P0/P1：立即在作战室群 @值班指挥，按《网络安全事件应急预案》和《IT事件管理SOP》执行。"),
        ("p", "分拨中心断网：联系现场 IT，按预案切备份链路。")], decoy="procedure citing another")


def mr_notice(co, d):
    return Doc("mr_notice", "管理评审通知", d, [], True, [
        ("title", "关于召开%d年度管理评审会的通知" % d.year),
        ("p", "定于 %s 召开，请各组准备：SLA/KPI 执行情况、客户反馈、资源需求、纠正措施进展、改进建议。" % cnd(d + timedelta(days=10))),
        ("p", "科技运维部综合组")], decoy="meeting notice, not the review record")


def blank_sheet(title, d, head):
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", [[title], head] + [[""] * len(head) for _ in range(8)])], decoy="template")


def blank_page(title, d, heads):
    b = [("title", title), ("p", "编号：______    日期：____-__-__")]
    for h in heads:
        b += [("h1", h), ("p", "（请填写）")]
    return Doc("blank", title, d, [], False, b, decoy="template")


UNREL = [
    ("行政", "2027年春节期间网点收寄安排通知", [("p", "春节期间网点暂停收寄时间：腊月廿六至正月初六，恢复时间另行通知。")]),
    ("行政", "科技运维部团建报名", [("p", "团建地点：千岛湖，两天一晚，请于本周五前在群内接龙报名。")]),
    ("运营", "网点时效考核办法（运营部）", [("p", "揽收后 24 小时内出港率≥95%，派件签收率≥98%，未达标扣减网点派费补贴。")]),
    ("采购", "PDA采购询价单", [("p", "采购 PDA 800 台，要求支持 5G、IP67、扫码距离≥1.5 米，请于 10 日内报价。")]),
    ("HR", "SRE工程师招聘JD", [("p", "负责运单/路由系统稳定性，熟悉 K8s、Prometheus，有大促保障经验优先。")]),
    ("财务", "差旅报销标准（2026版）", [("p", "分拨中心出差住宿一线城市≤450 元/晚，其他≤350 元/晚。")]),
]


# ------------------------------------------------------------------------ layout

def build(co, lock_bytes):
    """Lay out an AE share: 00_制度SOP/, 01_组织/, 02_客户项目/<网点公司>/, 03_分拨中心/<中心>/<年-月>/,
    04_运维平台导出/, 05_安全运营/, 06_大促保障/, 07_应急与连续性/, 08_质量与改进/, 09_服务台/, 10_审批打印/,
    归档/ (last year's copies), decoys."""
    co.cust, co.plat, co.im, co.tk, co.code, co.hubs = AE_INFO[co.info_id]
    r = co.rng
    ZD, ZZ, KH, FB, PT, AQ, DC, YJ, ZL, FW, SP = ("00_制度SOP/", "01_组织与人员/", "02_客户项目/%s/" % co.cust, "03_分拨中心/",
                                                  "04_运维平台导出/", "05_安全运营/", "06_大促保障/", "07_应急与连续性/",
                                                  "08_质量与改进/", "09_服务台/", "10_审批打印/")
    optional = ["req", "soc_book", "budget", "history", "ola", "roster", "raci", "interface", "kpis", "retrofit", "baseline", "cmdb", "ci", "assets",
                "hw", "avail_plan", "avail_ev", "collect", "sec_stats", "pt_plan", "pt", "dev", "grading", "criteria", "bcp", "dr",
                "rdrill", "edrill", "trend", "callbacks", "capa", "prev", "csi_plan", "csi_appr", "csi_track", "csi_train", "svc",
                "ia", "mr", "promo_review", "desk_train", "kb", "log", "health", "changes", "health_agree"]
    gaps = {k for k in optional if r.random() < 0.09}
    olds = set(r.sample(sorted({"svc", "pt", "trend", "callbacks", "kb", "ia", "rdrill", "csi_train", "collect", "desk_train",
                                "ci", "sec_stats", "health", "promo_review", "log", "hw", "capa"} - gaps), r.randint(2, 4)))
    co.gaps, co.oldonly = gaps, olds
    made = []

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.35)
        opt.setdefault("styled", r.random() < 0.75)
        if rel.endswith(".pdf"):
            opt.setdefault("creator", r.choice(["Microsoft Word", "WPS 文字", "%s 导出" % co.im, "Chrome PDF"]))
        co.add(rel, doc, **opt)

    def slot(k, name, factory, age="record", **opt):
        if k in gaps:
            return None
        if isinstance(age, date):
            d = age
        else:
            d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        rel = name(d)
        if rel in co.used:
            return None
        put(rel, doc, **opt)
        if doc.items and doc.record and k not in olds:
            made.append((rel, factory, d))
        return doc

    # --- 00 制度SOP: a handbook holding some SOPs as chapters, the rest as wiki exports
    keys = [k for k in SOP if r.random() >= 0.06]
    in_hb = [k for k in keys if r.random() < 0.3]
    co.sop_dates = {}
    d = co.issued()
    put(ZD + "科技运维部IT运维服务管理手册_v3.0_%s.pdf" % ymd(d), handbook(co, d, in_hb, r.random() < 0.88))
    for k in keys:
        if k in in_hb:
            continue
        d = co.sop_dates[k] = co.issued()
        doc = sop(co, d, k)
        put(ZD + "SOP/%s-SOP-%02d_%s_%s.%s" % (co.code, SOP[k][1], SOP[k][0], doc.blocks[0][1].rsplit(" ", 1)[-1], r.choice(["pdf", "docx", "docx"])), doc)
    mods = list(MODULE)
    for i, k in enumerate(mods, 1):
        if r.random() < 0.72:
            d = co.issued()
            put(ZD + "作业指导/%s-WI-%02d_%s.%s" % (co.code, i, MODULE[k][0], r.choice(["pdf", "docx"])), module_sop(co, d, k, i))
    if r.random() < 0.8:
        d = co.issued()
        put(ZD + "作业指导/新分拨中心IT开荒施工手册_v1.2.pdf", build_manual(co, d, co.hubs[r.randint(0, 2)]))
    d = co.issued()
    put(ZD + "服务目录/IT运维服务目录_%d.xlsx" % d.year, catalog(co, d, r.choice([("l0", "l2", "l1"), ("l0", "l2", "l1"), ("l0", "l2"), ("l0", "l1"), ("l0", "l2", "l1")])))
    slot("ola", lambda d: ZD + "服务级别/OLA与安全服务商SLA对齐_v1.3.docx", lambda d: ola(co, d, r.random() < 0.88, r.random() < 0.92), "issued")
    slot("avail_plan", lambda d: ZD + "服务级别/核心系统SLO计划_%d.docx" % d.year, lambda d: avail_plan(co, d, "kpis" not in gaps), "issued")
    slot("grading", lambda d: AQ + "等保/%s定级报告_%s.pdf" % (co.sys(0), ymd(d)), lambda d: grading(co, d), "issued",
         creator="Canon iR-ADV C5560 PDF")
    slot("criteria", lambda d: AQ + "等保/安全保护等级划分标准_v1.1.docx", lambda d: grading_std(co, d), "issued")

    # --- 01 组织与人员
    d = co.issued()
    put(ZZ + "科技运维部组织架构_%s.pdf" % ymd(d), org(co, d, r.random() < 0.92))
    outs = r.random() < 0.85
    slot("roster", lambda d: ZZ + "运维人员清单_%s.xlsx" % ymd(d), lambda d: roster(co, d, outs))
    slot("raci", lambda d: ZZ + "安全运维角色清单RACI_v2.xlsx", lambda d: raci(co, d), "issued")
    slot("interface", lambda d: ZZ + "%s公告_安全管理接口人_%s.pdf" % (co.im, ymd(d)), lambda d: interface(co, d), "issued")
    d = co.issued()
    put(FW + "IT服务台上线公告_%s.pdf" % ymd(d), desk(co, d))

    # --- 02 客户项目/<网点公司>: onboarding (does not age), contract, health, satisfaction, monthly
    d0 = co.issued()
    put(KH + "01_需求调研/%s_IT托管需求调研报告_v1.0.docx" % co.cust, survey(co, d0, r.random() < 0.9, r.random() < 0.86))
    slot("budget", lambda d: KH + "01_需求调研/托管运维预算_%d.xlsx" % d.year, lambda d: budget(co, d),
         d0 - timedelta(days=r.randint(3, 12)))
    d = d0 + timedelta(days=r.randint(5, 20))
    put(KH + "01_需求调研/%s_项目启动会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d))
    hp = [p for p in ("list", "analysis", "strategy") if r.random() < 0.87]
    slot("history", lambda d: KH + "01_需求调研/托管前运维数据分析及保障策略.docx", lambda d: prehistory(co, d, hp), d0 + timedelta(days=r.randint(20, 40)))
    d = d0 + timedelta(days=r.randint(30, 60))
    put(KH + "02_合同SLA/托管运维服务协议_含SLA附件_盖章扫描.pdf", sla(co, d, r.random() < 0.9, r.random() < 0.88, r.random() < 0.5),
        creator="Canon iR-ADV C5560 PDF", author="scanner")
    slot("health_agree", lambda d: KH + "04_健康检查/健康检查方式及频次确认_邮件.pdf", lambda d: health_agree(co, d), "issued")
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: KH + "04_健康检查/%dQ%d_健康检查报告.%s" % (d.year, (d.month - 1) // 3 + 1, r.choice(["pdf", "docx"])),
             lambda d: health(co, d, r.random() < 0.45))
    for d, h in [(date(2025, 7, 8), "上半年"), (date(2026, 1, 12), "下半年"), (date(2026, 7, 9), "上半年")]:
        if r.random() < 0.82:
            hh = "H1" if h == "上半年" else "H2"
            yr = d.year if hh == "H1" else d.year - 1
            put(KH + "05_满意度/%d%s_网点IT满意度调查报告.%s" % (yr, hh, r.choice(["docx", "pdf"])), csat(co, d, h))
    if r.random() < 0.75:
        d = date(2026, r.choice([4, 7, 10]), r.randint(8, 20))
        put(KH + "07_SLA_Review/%s_SLA_Review纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), sla_review(co, d, r.random() < 0.8))
    slot("trend", lambda d: KH + "05_满意度/满意度趋势分析_%s.docx" % ymd(d), lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: KH + "05_满意度/网点回访记录_%d.xlsx" % d.year, lambda d: callbacks(co, d))
    months = sorted(r.sample(range(3, 12), r.randint(2, 3)))
    for m in months:
        d = date(2026, m, r.randint(2, 5))
        put(KH + "06_月报/%d-%02d/%s_IT运维服务月报_%d%02d.%s" % (d.year, m - 1, co.cust, d.year, m - 1, r.choice(["docx", "pdf"])),
            monthly(co, d, r.random() < 0.55, r.random() < 0.6, r.random() < 0.35))

    # --- 03 分拨中心/<中心>/<年-月>: 巡检维护 workbooks, 值班交接 exports
    for j, hub in enumerate(co.hubs):
        d = co.fresh()
        kinds = [k for k in ("insp", "maint", "virus", "fault", "up") if r.random() < 0.72] or ["maint"]
        put(FB + "%s/%d-%02d/%s_IT巡检维护记录_%d%02d.xlsx" % (hub, d.year, d.month, hub, d.year, d.month), hub_book(co, d, hub, kinds))
        for _ in range(r.randint(1, 2)):
            d = co.fresh()
            rel = FB + "%s/%d-%02d/值班交接_%s.txt" % (hub, d.year, d.month, ymd(d))
            if rel not in co.used:
                put(rel, handover(co, d, hub), encoding=r.choice(["utf-8", "gb18030"]))
    if r.random() < 0.5:
        hub = co.hubs[0]
        d = co.old()
        put(FB + "%s/%d-%02d/%s_IT巡检维护记录_%d%02d.xlsx" % (hub, d.year, d.month, hub, d.year, d.month), hub_book(co, d, hub, ["insp", "maint", "virus", "fault", "up"]))

    # --- 04 运维平台导出
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        rel = PT + "工单/%s_工单导出_%d%02d.xlsx" % (co.plat, d.year, d.month)
        if rel not in co.used:
            put(rel, tickets(co, d, r.random() < 0.75))
    d = date(2026, 11, r.randint(3, 20))
    put(PT + "工单/%s_工单导出_P0_%d%02d.xlsx" % (co.plat, d.year, d.month), tickets(co, d, True, empty=True))
    slot("changes", lambda d: PT + "变更/%s_RFC导出_%d.xlsx" % (co.plat, d.year), lambda d: change_export(co, d))
    if r.random() < 0.8:
        d = co.fresh()
        put(PT + "问题/%s_问题单导出_%s.xlsx" % (co.plat, ymd(d)), problem_export(co, d))
    slot("avail_ev", lambda d: PT + "可用性/SLO违约事件_%dH%d.xlsx" % (d.year, 1 if d.month < 7 else 2), lambda d: avail_events(co, d))
    relc = r.random() < 0.75
    slot("cmdb", lambda d: PT + "CMDB/CMDB导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci", lambda d: PT + "CMDB/配置项更新记录_%d.xlsx" % d.year, lambda d: ci_changes(co, d))
    slot("assets", lambda d: PT + "资产/IT资产台账_%s.xlsx" % ymd(d), lambda d: asset_ledger(co, d))
    slot("hw", lambda d: PT + "资产/硬件故障统计_%d.xlsx" % d.year, lambda d: hw_stats(co, d))

    # --- 05 安全运营
    for i in range(r.randint(1, 2)):
        slot("log", lambda d: AQ + "日志审计/%d-%02d/日志审计月报_%d%02d.%s" % (d.year, d.month, d.year, d.month, r.choice(["pdf", "docx"])), lambda d: log_audit(co, d))
    sk = [k for k in ("stats", "virus") if r.random() < 0.7]
    slot("soc_book", lambda d: AQ + "SOC运营台账_%dQ%d.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: soc_book(co, d, sk))
    for i in range(r.randint(1, 3)):
        d = co.fresh()
        p1 = r.random() < 0.6
        rel = PT + "RCA/%d-%02d/RCA_%s_%s_%s.docx" % (d.year, d.month, "P1" if p1 else "P2", ymd(d), "分拣线停线" if p1 else "面单打印异常")
        if rel not in co.used:
            put(rel, rca(co, d, p1))
    slot("sec_stats", lambda d: AQ + "事件统计/%dQ%d_信息安全事件统计分析.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: sec_stats(co, d, r.random() < 0.8))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = (d - date(2024, 1, 1)).days // 7
        rel = AQ + "情报周报/%s_安全情报周报_第%d期.%s" % (ymd(d), n, r.choice(["pdf", "docx", "txt"]))
        if rel not in co.used:
            put(rel, intel(co, d, n, r.random() < 0.6), **({"encoding": "gb18030"} if rel.endswith(".txt") and r.random() < 0.5 else {}))
    slot("pt_plan", lambda d: AQ + "渗透测试/%d渗透测试计划_v1.0.docx" % d.year, lambda d: pt_plan(co, d))
    slot("pt", lambda d: AQ + "渗透测试/%s_渗透测试报告_%s.pdf" % (co.sys(0), ymd(d)), lambda d: pt_report(co, d))
    slot("dev", lambda d: AQ + "工具研发/运维安全工具Roadmap_%d.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.87]
    slot("collect", lambda d: AQ + "采集/安全信息采集记录_%s.xlsx" % ymd(d), lambda d: collect(co, d, which) if which else collect(co, d, ["status"]))
    slot("baseline", lambda d: AQ + "基线/安全配置基线_%d.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    rp = [p for p in ("test", "rb", "compat") if r.random() < 0.8]
    slot("req", lambda d: KH + "03_项目/智能驿站/%s_智能驿站需求分析记录.docx" % ymd(d), lambda d: req_record(co, d))
    slot("retrofit", lambda d: "11_项目/%s升级改造/%s升级改造测试及回滚方案_v1.0.docx" % (co.sys(1), co.sys(1)), lambda d: retrofit(co, d, rp))

    # --- 06 大促保障
    d = co.promo = date(2026, 10, r.randint(8, 28))
    ver = "v2.%d" % r.randint(0, 9)
    put(DC + "2026_双11/%d双11大促IT保障方案_%s.docx" % (d.year, ver), promo_plan(co, d, r.random() < 0.75, r.random() < 0.7, ver))
    put(DC + "2026_双11/作战室值班表_%s.xlsx" % ymd(date(2026, 11, 8)), warroom(co, date(2026, 11, 8)))
    if "promo_review" not in gaps:
        d = date(2025 if "promo_review" in olds else 2026, 6, r.randint(24, 30))
        put(DC + "%d_618/%d618大促保障复盘_%s.%s" % (d.year, d.year, ymd(d), r.choice(["docx", "pdf"])), promo_review(co, d, r.random() < 0.78))
    d = date(2025, 11, r.randint(20, 28))
    put(DC + "2025_双11/2025双11保障复盘_时间线.docx", promo_review(co, d, False))

    # --- 07 应急与连续性
    d = co.issued()
    put(YJ + "网络安全事件应急预案_v3.2_%s.pdf" % ymd(d), eplan(co, d, r.random() < 0.8, r.random() < 0.4))
    slot("dr", lambda d: YJ + "核心系统灾备切换及恢复计划_v2.0.docx", lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: YJ + "寄递业务连续性计划BCP_v1.4.pdf", lambda d: bcp(co, d), "issued")
    slot("edrill", lambda d: YJ + "演练/%s/%s_出口中断及勒索应急演练记录.docx" % (d.strftime("%Y-%m"), ymd(d)), lambda d: drill(co, d, "e"))
    slot("rdrill", lambda d: YJ + "演练/%s/%s_同城双活DR切换演练记录.pdf" % (d.strftime("%Y-%m"), ymd(d)), lambda d: drill(co, d, "r"),
         creator="Canon iR-ADV C5560 PDF")
    d = co.fresh()
    put(YJ + "演练/%dQ%d应急演练方案.docx" % (d.year, (d.month - 1) // 3 + 1), drill_plan(co, d))

    # --- 08 质量与改进
    for i in range(r.randint(1, 2)):
        d = date(2026, r.randint(3, 11), r.randint(1, 5))
        rel = ZL + "KPI看板/KPI看板截图_%s.pdf" % ymd(d)
        if rel not in co.used:
            put(rel, kpi_board(co, d, r.random() < 0.7, r.random() < 0.85), creator="Chrome PDF")
    slot("capa", lambda d: ZL + "CAPA/CAPA_%s.docx" % ymd(d), lambda d: capa(co, d, r.random() < 0.8))
    slot("prev", lambda d: ZL + "CAPA/隐患排查及预防措施台账_%d.docx" % d.year, lambda d: prevent_rec(co, d))
    slot("csi_plan", lambda d: ZL + "CSI/%dCSI持续改进计划.docx" % d.year, lambda d: csi_plan(co, d, r.random() < 0.8))
    slot("csi_appr", lambda d: SP + "%s审批_改进立项_%s.pdf" % (co.im, ymd(d)), lambda d: csi_approval(co, d))
    done = r.random() < 0.8
    slot("csi_track", lambda d: ZL + "CSI/CSI台账_%s.xlsx" % ymd(d), lambda d: csi_tracker(co, d, done))
    slot("csi_train", lambda d: ZL + "CSI/%s_持续改进宣贯签到.xlsx" % ymd(d), lambda d: csi_training(co, d))
    slot("svc", lambda d: ZL + "分析/历年服务方案复盘及自动化机会_%d.docx" % d.year, lambda d: history_analysis(co, d, r.random() < 0.8))
    slot("ia", lambda d: ZL + "内审/%d内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("mr", lambda d: ZL + "管理评审/%d管理评审会议纪要.docx" % d.year, lambda d: review(co, d, inputs))
    if r.random() < 0.5:
        d = co.issued()
        put(ZL + "ISO20000证书_扫描件.pdf", Doc("iso", "认证证书", d, ["61/audit-system"], False, [
            ("title", "信息技术服务管理体系认证证书"), ("p", "兹证明 %s（科技运维部）" % co.name.replace("科技运维部", "").replace("IT运维中心", "")),
            ("p", "IT 服务管理体系符合 ISO/IEC 20000-1:2018，认证范围：运单、路由、结算及仓储运输系统的 IT 运维服务及托管运维服务。"),
            ("p", "发证日期 %s，有效期三年。" % cnd(d))]), creator="Canon iR-ADV C5560 PDF")

    # --- 09 服务台
    slot("desk_train", lambda d: FW + "培训/%s_坐席培训签到考核.xlsx" % ymd(d), lambda d: desk_training(co, d))
    slot("kb", lambda d: FW + "知识库导出_%s.xlsx" % ymd(d), lambda d: kb_export(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        rel = FW + "周报/科技运维部周报_%s.%s" % (ymd(d), r.choice(["docx", "txt"]))
        if rel not in co.used:
            put(rel, weekly(co, d), **({"encoding": "gb18030"} if rel.endswith(".txt") else {}))

    # --- 10 审批打印: change approvals (records), SOP publication approvals (prove nothing)
    for i in range(r.randint(1, 3)):
        d = co.fresh()
        rel = SP + "%s审批_变更申请_%s.pdf" % (co.im, ymd(d))
        if rel not in co.used:
            put(rel, change_approval(co, d), creator="%s 打印" % co.im)
    for k in r.sample(sorted(set(keys) - set(in_hb)) or ["change"], 2 if len(set(keys) - set(in_hb)) >= 2 else 1):
        d = co.sop_dates.get(k) or co.issued()
        put(SP + "%s审批_制度发布_%s_%s.pdf" % (co.im, SOP[k][0], ymd(d)), sop_approval(co, d, k), creator="%s 打印" % co.im)

    archive(co, made, put)
    decoys(co, lock_bytes, put, ZD, KH, FB, PT, AQ, DC, YJ, ZL, FW)


def archive(co, made, put):
    """At year end the 组 moves last year's copies to 归档/<year>/: genuine records, a year older than the
    current ones, so stale."""
    for rel, factory, d in made:
        if co.rng.random() >= 0.18:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        doc = factory(prev)
        base = rel.rsplit("/", 1)[-1].replace(str(d.year), str(prev.year)).replace(ymd(d), ymd(prev))
        nrel = "归档/%d/%s" % (prev.year, base)
        if nrel in co.used:
            continue
        put(nrel, doc)


def decoys(co, lock_bytes, put, ZD, KH, FB, PT, AQ, DC, YJ, ZL, FW):
    r = co.rng
    # templates / blank forms
    put(PT + "工单/工单导出模板.xlsx", blank_sheet("%s工单导出" % co.plat, co.fresh(), ["工单号", "类型", "优先级", "标题", "创建时间", "响应时长(min)", "解决时间"]))
    put(FB + "%s/巡检表_空白模板.xlsx" % co.hubs[1], blank_sheet("分拨中心IT巡检表", co.fresh(), ["日期", "设备", "状态", "CPU", "内存", "告警", "巡检人"]))
    put(KH + "02_合同SLA/SLA附件模板_网点托管.docx", blank_page("网点托管 SLA 附件（模板）", co.fresh(), ["运维方式", "核心指标", "健康检查"]))
    put(KH + "05_满意度/满意度问卷_空白.docx", blank_page("网点 IT 服务满意度问卷", co.fresh(), ["响应速度", "解决质量", "服务态度", "建议"]))
    put(ZL + "CAPA/CAPA单模板.docx", blank_page("纠正预防措施单", co.fresh(), ["来源", "原因", "纠正措施", "预防措施", "有效性验证"]))
    # drafts and withdrawn versions
    d = co.fresh()
    put(YJ + "寄递业务连续性计划BCP_v2.0_征求意见稿.docx", void(bcp(co, d, "v2.0"), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put(ZL + "CSI/%dCSI持续改进计划_草稿.docx" % (d.year + 1), void(csi_plan(co, d, True), "draft", "（草稿）"))
    d = co.fresh()
    put(KH + "02_合同SLA/托管运维服务协议_v0.9_待法务审核.docx", void(sla(co, d, True, True, True), "draft", "（待法务审核稿）"))
    d = date(2022, r.randint(3, 10), r.randint(1, 28))
    put(ZD + "SOP/已废止/%s-SOP-03_变更管理SOP_v1.0_作废.pdf" % co.code, void(sop(co, d, "change", "v1.0"), "obsolete", "【已废止】"))
    d = date(2021, r.randint(3, 10), r.randint(1, 28))
    put(YJ + "已废止/网络安全事件应急预案_v2.0_作废.docx", void(eplan(co, d, True, True, "v2.0"), "obsolete", "（作废）"))
    # recycle bin copies
    d = co.fresh()
    put("$RECYCLE.BIN/S-1-5-21-%d/%s_出口中断及勒索应急演练记录.docx" % (r.randint(1000, 9999), ymd(d)), void(drill(co, d, "e"), "recycle bin"))
    d = co.fresh()
    put(".recycle/%s/CMDB导出_%s.xlsx" % (co.p(2), ymd(d)), void(cmdb(co, d, True), "recycle bin"))
    d = co.fresh()
    put(".recycle/%s/%d内部审核报告.docx" % (co.p(3), d.year), void(internal_audit(co, d), "recycle bin"))
    # plans' sign-in sheets, citing documents, notices
    for plan in ("网络安全事件应急预案", "%d双11大促IT保障方案" % 2026, "寄递业务连续性计划"):
        if r.random() < 0.75:
            d = co.promo + timedelta(days=r.randint(2, 9)) if "双11" in plan else co.fresh()
            put(FW + "培训/%s_《%s》宣贯签到.xlsx" % (ymd(d), plan), signin(co, d, plan))
    put(ZD + "SOP索引_知识库首页导出.pdf", sop_index(co, co.fresh()))
    put(DC + "2026_双11/大促应急处置卡_简版.pdf", promo_emerg_short(co, co.fresh()))
    d = co.fresh()
    put(ZL + "管理评审/关于召开%d年度管理评审会的通知.docx" % d.year, mr_notice(co, d))
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, blocks = UNREL[i]
        d = co.fresh()
        put("99_其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), Doc("unrelated", t, d, [], False, [("title", t)] + blocks, decoy="unrelated"))
    # Office lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith((".recycle", "$RECYCLE"))]
    for rel in office[3:90:17]:
        folder, _, base = rel.rpartition("/")
        co.raw(folder + "/~$" + (base[2:] if len(base) > 6 else base), lock_bytes(co.p(r.randint(0, 5))), "Office lock file")
    co.raw(PT + "工单/%s_工单导出_%s - 副本.xlsx" % (co.plat, ymd(co.fresh())), b"", "empty file")
    co.raw(ZL + "管理评审/新建 Microsoft Word 文档.docx", b"", "empty file")
    co.raw(AQ + "日志审计/新建文本文档.txt", b"", "empty file")
