# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_az.py - style AZ: the 运维部 of an online game studio (网络游戏公司).

An author voice for the accuracy corpus, used only by the AZ shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py, kinds_ar.py's mechanics and the README's ground-truth section;
never the rules, the sources or a score).

The company: a mid-sized 网络游戏 studio whose 运维部 (SRE 组, 系统组, 网络组, 安全组 with 反外挂, DBA, 数据平台组
and a 7x24 NOC / on-call rotation) runs the game's 区服 (S1…S300+ on 物理机 and 云主机), the 统一登录网关 (SDK 登录,
实名认证/防沉迷 interface), the 支付/充值网关 (渠道回调, 对账), CDN and 更新包分发, the 反外挂 service and the 数据平台
(日志采集, ClickHouse/Hadoop, BI).  The company is ISO/IEC 27001 certified, so the controlled documents carry ISMS codes
(ISMS-OPS-PR-nn 程序, ISMS-OPS-WI-nn 作业指导书) and the 运维部 still lives in Confluence: many documents are wiki
page exports (PDF with a breadcrumb, "Created by … last updated …").  A 联运 partner (a 渠道/发行 company that runs
the game under a 联合运营协议) buys 运维服务 from the studio: it is the form's customer.  An 外包 company keeps NOC
engineers (驻场值守) under an 运维外包服务合同.

How its people write: mixed Chinese and English (on-call, postmortem, RCA, action items, runbook, rollback, SLO,
P0/P1, Jira keys OPS-1234 / SEC-213, 工单 exports from the ITSM), 版本更新/停服维护公告 to players, 区服 names,
dates as 2026-07-14, 20260714, 0714, 2026.07, 7月14日; files in 年/月 folders, `_v2.3`, `（终版）`, `(1)`, `- 副本`,
Confluence exports named `OPS-xxx-页面标题-v12.pdf`, WeChat/钉钉 downloads (附件2.docx, 新建 Microsoft Word 文档.docx,
Book1.xlsx, 扫描件003.pdf) whose content alone says what they are, personal folders, a Synology `#recycle`,
`99_归档/<year>/` with last year's copies.

Every builder returns a kinds.Doc listing as items only what its own text proves.  A part of a document lends its
items only when it is written; a sheet without rows proves nothing; a record older than a year keeps its items and is
stale.  build(co, lock_bytes) lays out the share; AZ_INFO holds the per-share facts and designed holes.

Judgement calls of this voice (also in README.md):
- the ISMS 运维服务管理手册 proves 10/pdca only with its PDCA chapter, and nothing else; the ISO 27001 certificate
  proves nothing by itself (61/62 need the 内部审核程序 and the 服务监视与测量程序);
- the 安全事件管理程序 (分级分类, 上报, 处置, 复盘) proves 30 (both), 31/incident-process and 34/incident-process;
  the 应急响应管理程序 proves 34/emergency-process; a 程序 that only lists other 程序 in 引用文件 proves only itself;
- a Runbook/SOP of one module is 24's work instruction and 11's manual; a postmortem of one incident is 44's 故障
  处理 record, not a statistic; the quarterly 安全事件统计分析 is 18's statistics and analysis;
- the monthly 运维记录 workbook proves the record kinds whose sheets have rows (巡检 → 44/inspection, 45/monitoring,
  14/44 maintenance; 病毒查杀 → 44/virus-scan, 45/antivirus; 故障 → 44/faults; 升级 → 44/upgrades); the on-call
  交接 sheet proves nothing;
- the 版本更新 变更单 with its 执行结果 and the ITSM 变更记录 export are 54's records and 43's process records; a
  停服维护公告 to players proves nothing; an unsigned 变更申请 proves nothing;
- the 联运 SLA proves 35 with its 运维方式 article, 36/39's sla with its 核心指标 article and 15's agreement with its
  健康检查 article;
- the 管理评审报告 proves 59's review and each 60 input it writes; the 周会纪要 proves only the decisions it records
  (接口人 28);
- the 运维月报 proves 50 with its 趋势 chapter, 56 with its ten-indicator table and 22's report with its 可用性 chapter;
  the 年度总结 proves 71 only with its 预测 chapter.
"""

from datetime import date, timedelta

from kinds import Doc

AZ_INFO = {
    "az1": dict(game="星穹纪元", en="StarVault", pre="XL", wiki="OPS", cust="上海游联互动科技有限公司", cjian="游联",
                outs="杭州云栈信息技术有限公司", zones=("S1-S120 华东一区", "S121-S260 华东二区", "S261-S312 双线区"),
                nas="#recycle", idc=("杭州BGP机房", "阿里云华东1"),
                holes={"budget_tpl", "kpis_none", "compat_none", "kb_empty", "roles_none", "devplan_draft",
                       "drdrill_none", "trend_none", "capa_noverify", "aware_signin", "forecast_none"}),
    "az2": dict(game="烛龙online", en="Candragon", pre="ZL", wiki="SRE", cust="广州趣玩网络科技有限公司", cjian="趣玩",
                outs="成都蓉维科技有限公司", zones=("1服-150服 电信区", "151服-300服 联通区", "301服起 混服"),
                nas="#recycle", idc=("成都电信IDC", "腾讯云西南"),
                holes={"survey_notime", "meeting_noagree", "ola_none", "catalog_nol2", "hw_old", "pentest_old",
                       "slm_draft", "desk_train_none", "monthly_notrend", "ia_old", "track_none"}),
    "az3": dict(game="海灯奇谭", en="SeaLantern", pre="HD", wiki="OPS", cust="北京乐游天下科技有限公司", cjian="乐游",
                outs="厦门鹭岛运维服务有限公司", zones=("S1-S90 官服", "S91-S200 渠道服", "S201-S240 海外服"),
                nas="#recycle", idc=("厦门电信IDC", "华为云华南"),
                holes={"hist_noanalysis", "no_outsourcing", "collect_old", "aplan_none", "iface_pending", "norecovery",
                       "bcp_draft", "grading_nocrit", "kpi_scoreonly", "followup_none", "defects_old", "problem_none"}),
    "az4": dict(game="鹿鸣山海", en="DeerSong", pre="LM", wiki="INFRA", cust="深圳九趣联运科技有限公司", cjian="九趣",
                outs="武汉楚维网络技术有限公司", zones=("1-100服 双线", "101-220服 双线", "221服起 新区"),
                nas="#recycle", idc=("武汉光谷IDC", "火山引擎华中"),
                holes={"catalog_nol1", "golive_notest", "health_old", "log_old", "request_none", "data_none", "mr_noinputs",
                       "opps_none", "monitor_proc_none", "criteria_none", "cmdb_norel", "bulletin_partial"}),
}

HAN = "零一二三四五六七八九"


def han(n):
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def cnd(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def ymd(d):
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def anyd(co, d):
    f = co.rng.randint(0, 5)
    if f <= 1:
        return d.isoformat()
    if f == 2:
        return cnd(d)
    if f == 3:
        return "%d/%d/%d" % (d.year, d.month, d.day)
    if f == 4:
        return "%d.%02d.%02d" % (d.year, d.month, d.day)
    return "%d-%d-%d" % (d.year, d.month, d.day)


def quarter(d):
    return (d.month - 1) // 3 + 1


class Page:
    """A written document part by part; a part lends its items only when written."""

    def __init__(self, title, num="dig"):
        self.blocks = [("title", title)]
        self.items = []
        self.num = num
        self.n = 0

    def head(self, *blocks):
        self.blocks += [b if isinstance(b, tuple) else ("p", b) for b in blocks]
        return self

    def part(self, heading, body, items=(), on=True):
        if not on:
            return self
        self.n += 1
        h = {"dig": "%d. %s" % (self.n, heading), "cn": "%s、%s" % (han(self.n), heading),
             "ch": "第%s章 %s" % (han(self.n), heading), "md": "%d %s" % (self.n, heading)}[self.num]
        self.blocks.append(("h1", h))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items)), record,
                   self.blocks + [b if isinstance(b, tuple) else ("p", b) for b in tail])


def book(kind, title, d, record, sheets, note=None):
    """sheets of (name, header, rows, items); a sheet without rows lends nothing"""
    out, items = [], []
    for name, header, rows, its in sheets:
        top = [[title]] + ([[note]] if note else [])
        out.append((name, top + [header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def void(doc, why):
    doc.items, doc.decoy, doc.kind = [], why, "decoy_" + why.split()[0]
    return doc


def blank_sheet(title, d, cols, n=10):
    rows = [[title], ["部门：运维部", "", "日期："], cols] + [[""] * len(cols) for _ in range(n)]
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", rows)], decoy="template")


def blank_paper(title, d, heads):
    b = [("title", title), ("p", "文档编号：________  版本：V__  日期：____-__-__")]
    for h in heads:
        b += [("h1", h), ("p", "（请填写）")]
    return Doc("blank", title, d, [], False, b, decoy="template")


def ctl(co, d, code, ver):
    """ISMS controlled-document header"""
    return [("table", [["文档编号", code, "版本", ver], ["密级", "内部公开", "受控状态", "受控"],
                       ["编写", co.p(0), "审核", co.p(1)], ["批准", co.boss + "（运维部总监）", "发布日期", anyd(co, d)]]),
            ("p", "修订记录：%s 新建/修订（见 Confluence 页面历史）" % anyd(co, d))]


def wiki(co, space, d):
    return ("p", "%s / %s / 运维部空间  Created by %s, last updated by %s on %s" % (
        co.az["wiki"], co.az["en"], co.p(2), co.p(3), anyd(co, d)))


# ------------------------------------------------------------------ 程序文件 (ISMS-OPS-PR)

PROCS = {
    # key: (code, name, items, body)
    "incident": ("PR-03", "信息安全事件管理程序",
                 ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process"],
                 [("事件分级分类", ["安全事件分为：有害程序事件（木马、挖矿）、网络攻击事件（DDoS/CC、撞库、外挂注入）、信息破坏事件"
                                    "（数据篡改、充值数据异常）、设备设施故障及其他；按影响区服数、充值损失、玩家数据泄露规模分 P0-P3 四级。"]),
                  ("上报流程", ["发现人 5 分钟内在 on-call 群 @值班SRE 并开 SEC 工单；P1 及以上 15 分钟内上报安全组负责人和运维部总监，"
                               "P0 30 分钟内上报 CTO 与联运方接口人；涉及个人信息泄露的按法规 24 小时内报告。"]),
                  ("处置流程", ["值班 SRE 担任 Incident Commander，确认影响 → 止血（封禁IP/拉黑设备号/摘除节点/关闭充值入口）→ 取证 → 根除 → 恢复 → 通告。"]),
                  ("事后处理", ["事件关闭后 3 个工作日内完成 Postmortem（时间线、根因、影响、Action items），Action items 录入 Jira 并跟踪关闭。"])]),
    "emerg": ("PR-04", "应急响应管理程序", ["34/emergency-process"],
              [("启动条件", ["全服不可登录、充值网关中断超过 10 分钟、核心库主从同时故障、大规模 DDoS 导致区服掉线。"]),
               ("应急流程", ["启动 war room（飞书会议），IC 指派通讯、技术、客服口径负责人；每 15 分钟同步一次进展；必要时发布紧急停服公告。"]),
               ("恢复与结束", ["业务恢复后观察 30 分钟，IC 宣布应急结束，进入复盘。"])]),
    "problem": ("PR-06", "问题管理程序", ["20/procedure", "37/procedure"],
                [("问题识别", ["同一告警 7 天内重复 3 次、P1 以上事件、Postmortem 中未闭环的根因均建立问题单（Jira PRB 项目）。"]),
                 ("根因分析与已知错误", ["问题经理组织 5 Whys/鱼骨图分析，形成已知错误（KEDB）并给出临时规避方案。"]),
                 ("问题关闭", ["永久解决方案经变更流程实施并验证两周无复发后关闭。"])]),
    "knowledge": ("PR-07", "知识管理程序", ["21/procedure"],
                  [("知识来源", ["Postmortem、问题单、Runbook、值班经验。"]),
                   ("知识审核与发布", ["作者在 Confluence「运维知识库」空间起草，组长审核后发布，标签标明适用区服/系统。"]),
                   ("知识维护", ["每季度清理过期页面，版本升级后同步修订相关 Runbook。"])]),
    "change": ("PR-08", "变更管理程序", ["54/procedure"],
               [("变更分类", ["标准变更（预批准：开新服、合服脚本）、普通变更（版本更新、网关配置）、紧急变更（线上故障修复 hotfix）。"]),
                ("变更申请与审批", ["提交 CHG 工单，写明影响区服、停服时长、测试结果、回退方案；普通变更由 CAB（周二）审批，紧急变更由值班经理+总监审批。"]),
                ("实施与验证", ["按停服维护窗口实施，实施后由 QA 冒烟测试并在工单中记录执行结果，失败即按回退方案回滚。"]),
                ("变更回顾", ["失败变更纳入周会回顾。"])]),
    "slm": ("PR-10", "服务级别管理程序", ["39/slm-procedure"],
            [("服务级别的制定", ["依据联运协议与内部 OLA 确定服务目录中每项服务的 SLO（可用率、响应时间、恢复时间）。"]),
             ("服务级别监视与报告", ["每月由 SRE 组出具 SLA 达成报告，未达成项进入改进。"]),
             ("服务级别评审", ["每半年与联运方评审一次服务级别，必要时修订协议。"])]),
    "incident_mgmt": ("PR-11", "事件管理程序", ["49/incident-procedure"],
                      [("事件受理", ["服务台通过工单系统、值班电话、联运方群统一受理，15 分钟内分派。"]),
                       ("优先级", ["按影响与紧急度矩阵定 P0-P4。"]),
                       ("升级与关闭", ["超时自动升级值班经理；解决后经报障方确认关闭。"])]),
    "request": ("PR-12", "服务请求管理程序", ["49/request-procedure"],
                [("请求类型", ["开服/合服申请、白名单、日志导出、数据查询、账号权限。"]),
                 ("审批与履行", ["请求按目录中的履行时限处理，涉及玩家数据的需安全组审批。"])]),
    "audit": ("PR-14", "内部审核程序", ["61/audit-system", "62/audit-mechanism"],
              [("审核方案", ["每年至少一次覆盖 ISMS 与运维服务管理全部过程的内部审核，审核员须经培训且不审核本人工作。"]),
               ("审核实施", ["首次会议、现场审核、不符合项开具、末次会议。"]),
               ("不符合项跟踪", ["责任部门 30 天内整改，审核员验证关闭，结果输入管理评审。"])]),
    "monitor": ("PR-15", "服务监视与测量程序", ["61/monitoring-process", "62/monitoring-process"],
                [("监视对象", ["SLA 指标、KPI、客户满意度、投诉、告警有效率。"]),
                 ("测量方法与频次", ["Prometheus/夜莺告警数据与工单数据每月汇总，季度分析趋势。"]),
                 ("结果评审", ["月度运营会评审测量结果，未达标项开具纠正措施单。"])]),
    "improve": ("PR-16", "持续改进管理程序", ["65/procedure"],
                [("改进识别", ["来源：Postmortem、内审、管理评审、客户反馈、SLA 未达成。"]),
                 ("记录与批准", ["在 Jira CSI 看板登记，运维部总监批准立项。"]),
                 ("评估与测量", ["按收益/成本/风险打分；实施后按目标指标测量。"]),
                 ("报告", ["每季度在运营会上报告改进进展。"])]),
    "prevent": ("PR-17", "纠正和预防措施程序", ["66/preventive-actions"],
                [("预防措施来源", ["容量预测、巡检隐患、趋势分析、行业漏洞通告。"]),
                 ("预防措施实施", ["由责任组制定预防措施并设定完成日期。"]),
                 ("有效性验证", ["措施完成 30 天后验证潜在问题是否消除。"])]),
    "training": ("PR-18", "安全培训服务流程", ["31/training-process"],
                 [("培训需求", ["每年初由安全组收集各组及联运方的安全培训需求。"]),
                  ("培训实施与评估", ["培训后考试，成绩 80 分以下补考，记录归档。"])]),
    "pentest": ("PR-19", "渗透测试管理流程", ["31/pentest-process"],
                [("授权", ["渗透测试前须取得书面授权，明确范围（游戏客户端协议、登录/充值网关、运营后台）与时间窗口。"]),
                 ("实施", ["按信息收集、漏洞探测、利用验证、报告四阶段实施，禁止对正式服执行破坏性测试。"]),
                 ("复测", ["高危漏洞修复后 7 日内复测。"])]),
}


def proc(co, d, key, cites=()):
    code, name, items, parts = PROCS[key]
    full = "ISMS-OPS-%s" % code
    p = Page("%s %s" % (full, name), "dig").head(*ctl(co, d, full, "V%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 4))))
    p.part("目的", ["规范%s，保障%s等业务的安全稳定运行。" % (name.replace("程序", "").replace("流程", ""), co.az["game"])])
    p.part("适用范围", ["适用于运维部及驻场外包人员，覆盖正式服、测试服、登录/充值网关及数据平台。"])
    for h, body in parts:
        p.part(h, body)
    if cites:
        p.part("引用文件", ["《%s》" % PROCS[c][1] for c in cites])
    p.part("记录", ["相关工单、Confluence 页面按 ISMS 记录控制要求保存三年。"])
    p.items = list(items)
    return p.doc("proc:" + key, d, False)


# ------------------------------------------------------------------ documents

def survey(co, d, time_req=True):
    c = co.az
    p = Page("《%s》联运项目运维服务需求调研报告" % c["game"], "cn").head(
        "调研对象：%s（联运方）运营中心、技术中心    调研时间：%s" % (c["cust"], anyd(co, d)),
        "调研人：%s、%s    版本：v1.2（终版）" % (co.p(0), co.p(4)))
    p.part("背景", ["依据双方《联合运营协议》，由我司运维部承担%s联运渠道服（%s）的运维服务。" % (c["game"], c["zones"][1])])
    p.part("服务时间需求", ["联运方要求：区服 7x24 小时运行；每周四 06:00-10:00 为例行停服维护窗口；充值网关全年无休，"
                          "节假日活动期间（春节、暑期、周年庆）需运维人员 24 小时在岗值守；工作日 9:30-21:00 接口人在线响应。"],
           ["1/survey"], on=time_req)
    p.part("安全服务需求与类型", ["安全服务需求类型：① 防 DDoS/CC 攻击；② 反外挂与协议加密；③ 充值安全与对账；④ 玩家个人信息保护"
                                 "（实名认证数据）；⑤ 等级保护三级合规；⑥ 安全事件应急响应与通报。"], ["5/survey"])
    p.part("公司战略与业务规划", ["结合公司三年发行规划，渠道服预计扩展至 200 组服务器，需要提前规划容量。"])
    return p.doc("survey", d, False)


def budget(co, d):
    rows = [[1, "区服日常运维", "%d人天" % co.rng.randint(300, 420), "SRE 3人", co.rng.randint(38, 52) * 10000, "%d-03-01" % d.year],
            [2, "网关及CDN运维", "%d人天" % co.rng.randint(120, 200), "网络组 1人", co.rng.randint(12, 20) * 10000, "%d-03-15" % d.year],
            [3, "安全运维（反外挂、渗透测试）", "%d人天" % co.rng.randint(80, 150), "安全组 2人", co.rng.randint(15, 25) * 10000, "%d-04-01" % d.year],
            [4, "7x24 NOC 驻场值守（外包）", "365天", "外包 4人", co.rng.randint(30, 45) * 10000, "%d-03-01" % d.year],
            [5, "云资源及带宽", "—", "—", co.rng.randint(80, 120) * 10000, "按月结算"]]
    return book("budget", "%s联运项目运维服务预算表（%d年度）" % (co.az["game"], d.year), d, False,
                [("预算", ["序号", "服务项", "工作量", "人力资源", "经费（元）", "项目节点"], rows, ["2/budget"])],
                note="编制：%s  日期：%s" % (co.p(5), anyd(co, d)))


def kickoff(co, d, agree=True):
    c = co.az
    p = Page("%s联运项目运维启动会会议纪要" % c["game"], "dig").head(
        "时间：%s 14:00-16:30  地点：线上（腾讯会议）" % anyd(co, d),
        "参会：%s（%s 技术中心）、%s；我方 %s、%s、%s" % (co.cp(0), c["cjian"], co.cp(1), co.p(0), co.p(1), co.p(3)))
    p.part("议题", ["服务范围、服务时间、停服维护窗口、应急联络机制、月报格式。"])
    if agree:
        p.part("会议结论（双方确认）", ["双方一致同意：停服维护窗口为每周四 06:00-10:00；P0 事件 15 分钟电话通知；每月 5 日前提交运维月报。"
                                       "纪要经双方接口人邮件确认。"], ["3/communication"])
    else:
        p.part("待定事项", ["联运方对停服窗口与充值对账口径仍有异议，双方另行沟通，本次未形成结论。"])
    return p.doc("meeting", d, False)


def history(co, d, on=("list", "analysis", "strategy")):
    p = Page("上一运营周期运维数据分析及保障策略（%d）" % d.year, "cn").head("SRE 组  %s" % anyd(co, d))
    p.part("历史数据清单", [("table", [["数据项", "来源", "周期"], ["告警记录", "夜莺告警", "12个月"], ["事件工单", "Jira OPS", "12个月"],
                                      ["变更记录", "CHG 工单", "12个月"], ["SLA 统计", "月报", "12个月"]])], ["4/history-list"], on="list" in on)
    p.part("数据分析", ["全年可用率 99.95%%（目标 99.9%%）；违规操作 2 起（未走变更直接改网关配置）；重大事件 3 起（其中 1 起 DDoS 致华东二区掉线 40 分钟）；"
                       "失败变更 4 次（合服脚本 2 次回滚）。"], ["4/analysis"], on="analysis" in on)
    p.part("保障策略与实施方案", ["① 网关配置纳入 GitOps；② 合服脚本增加预演环境；③ 高防 IP 扩容至 600G；实施计划见附表。"],
           ["4/strategy"], on="strategy" in on)
    return p.doc("history", d, False)


def kpis(co, d):
    rows = [["整体", "全服可用率", "≥99.9%"], ["整体", "登录成功率", "≥99.5%"], ["单系统", "充值网关可用率", "≥99.95%"],
            ["单系统", "CDN 下载成功率", "≥99%"], ["单系统", "数据平台 T+1 报表准时率", "≥98%"], ["单系统", "区服单服月宕机时长", "≤30分钟"]]
    return book("kpis", "可用性指标清单", d, False, [("指标", ["类型", "指标", "目标值"], rows, ["6/availability-kpis"])])


def svc_analysis(co, d, auto=True):
    p = Page("运维服务数据分析报告：对生产的影响及自动化机会", "dig").head("%s  %s" % (co.p(2), anyd(co, d)))
    p.part("以往解决方案对生产的影响", ["近四个季度 218 次变更中，人工合服平均停服 3.5 小时，对玩家在线影响显著；开服脚本化后停服时长降为 0。"],
           ["7/impact-analysis"])
    p.part("安全事件处置效率与可自动化服务", ["外挂封禁平均处置 4 小时，撞库拦截平均 25 分钟；建议自动化：外挂特征自动封禁、撞库 IP 自动拉黑、"
                                              "证书到期自动续签、日志审计自动出报。"], ["7/automation"], on=auto)
    return p.doc("svc_analysis", d, True)


def sla_design(co, d, ola=True):
    p = Page("服务级别设计与内部运营级别协议（OLA）", "dig").head(*ctl(co, d, "ISMS-OPS-SD-02", "V1.1"))
    p.part("服务级别设计（对联运方及外包方）", ["对外承诺：全服可用率 99.9%，P0 响应 15 分钟；外包 NOC 须 5 分钟内确认告警、10 分钟内电话升级。"], ["8/sld"])
    p.part("内部运营级别协议", ["运维部 - 研发中心：hotfix 包 2 小时内提供；运维部 - 客服中心：玩家批量报障 10 分钟内转工单；"
                               "安全组 - SRE：封禁请求 30 分钟内执行。以上与对外服务级别保持一致。"], ["8/ola"], on=ola)
    return p.doc("sla_design", d, False)


def org(co, d, outs=True):
    c = co.az
    p = Page("运维部组织架构及安全组织（%d版）" % d.year, "dig").head("发布：运维部  %s" % anyd(co, d))
    p.part("信息安全领导小组", ["组长：CTO；副组长：%s（运维部总监）；成员：安全组、SRE 组、法务、客服负责人。" % co.boss])
    body = ["管理组：%s；执行组：SRE 组（%s）、系统组、网络组、安全组（%s）、DBA、数据平台组。" % (co.p(0), co.p(2), co.p(4))]
    if outs:
        body.append("执行组含外包驻场 NOC 人员：%s、%s（%s）。" % (co.vp(0), co.vp(1), c["outs"]))
    p.part("组织架构图", body + [("table", [["层级", "组织"], ["决策", "信息安全领导小组"], ["管理", "运维部"], ["执行", "SRE/系统/网络/安全/DBA/数据平台/NOC"]])])
    p.items = ["9/org-chart", "23/org-chart"]
    return p.doc("org", d, False)


def staff(co, d, outs=True):
    rows = [[co.p(i), ["SRE", "系统组", "网络组", "安全组", "DBA", "数据平台"][i], "正式", "138%08d" % co.rng.randint(0, 10 ** 8)] for i in range(6)]
    orows = [[co.vp(i), "NOC 值班", co.az["outs"], "驻场"] for i in range(3)] if outs else []
    return book("staff", "运维部人员花名册", d, True,
                [("正式员工", ["姓名", "组别", "类型", "电话"], rows, ["9/staff-list"]),
                 ("外包驻场", ["姓名", "岗位", "外包单位", "方式"], orows, ["9/outsourcing"])],
                note="更新：%s" % anyd(co, d))


def roles(co, d):
    rows = [["Incident Commander", "值班 SRE", co.p(2)], ["安全事件处置", "安全组", co.p(4)], ["变更经理", "SRE 组长", co.p(0)],
            ["问题经理", "系统组长", co.p(1)], ["服务台", "NOC", co.vp(0)], ["审计员", "安全组", co.p(5)]]
    return book("roles", "安全运维角色清单（对应组织架构）", d, False, [("角色", ["角色", "所属组织", "人员"], rows, ["18/roles", "23/roles"])])


def manual(co, d, pdca=True):
    p = Page("运维服务管理手册（ISMS-OPS-M-01）", "ch").head(*ctl(co, d, "ISMS-OPS-M-01", "B/3"))
    p.part("范围", ["%s全部区服及网关、数据平台的运维服务；联运方渠道服。" % co.az["game"]])
    p.part("管理模型（PDCA）", ["策划（P）：年度运维目标、服务目录、预算；实施（D）：按程序文件开展运维；监视与评审（C）：月度运营会、内审、管理评审；"
                               "持续改进（A）：CSI 看板跟踪改进。"], ["10/pdca"], on=pdca)
    p.part("职责", ["见《运维部组织架构及安全组织》。"])
    p.part("程序文件清单", ["PR-03 信息安全事件管理程序……PR-19 渗透测试管理流程（略）"])
    return p.doc("manual", d, False)


def runbook(co, d, mod):
    names = {"login": ("统一登录网关扩容", "登录网关"), "merge": ("合服操作", "区服"), "pay": ("充值回调异常处理", "支付网关"),
             "cdn": ("CDN 更新包预热与回源", "CDN"), "db": ("区服库主从切换", "MySQL")}
    t, obj = names[mod]
    p = Page("Runbook_%s" % t, "md").head(wiki(co, "OPS", d), "文档编号：ISMS-OPS-WI-%02d  适用：%s" % (list(names).index(mod) + 1, obj))
    p.part("前置检查", ["确认变更单已审批；检查监控大盘无 P1 告警；通知 NOC。"])
    p.part("操作步骤", ["1) ansible-playbook 执行预检；2) 摘除节点；3) 执行操作；4) 冒烟验证；5) 恢复流量。"])
    p.part("回滚", ["任一步失败，按逆序回滚，回滚脚本见 git 仓库 ops-runbook/%s。" % mod])
    p.part("风险提示", ["禁止在活动高峰期（20:00-23:00）执行。"])
    p.items = ["24/work-instructions", "11/manuals"]
    return p.doc("runbook", d, False)


def upgrade_plan(co, d, test=True, compat=True):
    g = co.az["game"]
    p = Page("%s 登录网关 2.0 改造方案（需求分析/测试/回退）" % g, "dig").head("项目经理：%s  %s" % (co.p(0), anyd(co, d)))
    p.part("需求分析记录", ["与联运方技术中心确认：支持渠道 SDK 新签名、QPS 峰值 3 万、登录 P99<300ms、等保三级要求的双因子后台。"
                           "（需求评审会 %s，联运方 %s 确认）" % (anyd(co, d), co.cp(0))], ["11/requirements"])
    p.part("测试计划", ["功能、性能（压测 4 万 QPS）、安全（渗透）测试，测试服先行 1 周。"], ["25/test-plan"], on=test)
    p.part("兼容性验证", ["网络兼容（BGP/双线）、系统兼容（CentOS7→Rocky9）、应用兼容（旧版客户端 1.8.x 登录）已验证，见验证报告。"],
           ["11/compatibility"], on=compat)
    p.part("回退措施", ["保留旧网关集群 2 周，DNS 权重切回即可回退，回退演练 1 次。"], ["11/rollback", "25/rollback"])
    return p.doc("upgrade_plan", d, True)


def baseline(co, d):
    rows = [["登录网关", "Rocky 9.3", "nginx 1.24 / gw-login 2.0.7", "sshd 仅密钥；防火墙白名单"],
            ["充值网关", "Rocky 9.3", "gw-pay 3.4.1", "TLS1.2+；签名校验开启"],
            ["区服", "CentOS 7.9", "gameserver %s" % co.rng.choice(["5.2.11", "5.3.0", "6.0.2"]), "关闭无关端口"]]
    return book("baseline", "系统配置基线（%d）" % d.year, d, False, [("基线", ["系统", "OS", "版本", "安全配置"], rows, ["25/baseline"])])


def catalog(co, d, parts=("base", "l2", "l1")):
    p = Page("运维服务目录（%s联运）" % co.az["game"], "dig").head(*ctl(co, d, "ISMS-OPS-SC-01", "V2.0"))
    p.part("基础服务", [("table", [["服务", "说明"], ["初始服务", "接入资产识别、CMDB 建档"], ["安全设备运维", "防火墙/WAF/高防维护"],
                                  ["日常巡检服务", "区服与网关每日巡检"], ["健康检查", "季度健康检查"], ["安全事件审计", "日志审计月报"]])],
           ["12/catalog"], on="base" in parts)
    p.part("扩展服务", [("table", [["服务", "说明"], ["运维监控与分析", "夜莺/Prometheus"], ["终端安全监控", "办公终端 EDR"],
                                  ["等级保护合规性运维", "等保三级整改与测评配合"]])], ["19/catalog"], on="l2" in parts)
    p.part("高级服务", [("table", [["服务", "说明"], ["安全通告及漏洞分析", "月度通告"], ["应急响应服务", "7x24 应急"]])],
           ["26/catalog"], on="l1" in parts)
    p.items.append("29/catalog")
    return p.doc("catalog", d, False)


def assets(co, d):
    c = co.az
    rows = []
    for i in range(10):
        kind = co.rng.choice(["服务器", "防火墙", "WAF", "交换机", "负载均衡"])
        rows.append(["A-%s-%04d" % (c["pre"], i + 1), kind, co.rng.choice(["Dell R750", "华为 USG6650", "长亭雷池", "H3C S6850", "F5 i4800"]),
                     co.rng.choice(["游戏逻辑", "登录", "充值", "边界防护"]), c["idc"][i % 2], "%s-%d" % ("Gi1/0", i + 1),
                     co.rng.choice(["核心", "重要", "一般"]), co.rng.choice(["已部署", "已部署", "备用"])])
    return book("assets", "IT资产识别清单", d, True,
                [("资产", ["资产标识", "种类", "型号", "功能", "物理位置", "端口", "分级", "部署"], rows, ["13/asset-list", "43/asset-list"])],
                note="导出自 CMDB  %s" % anyd(co, d))


def cmdb(co, d, rel=True):
    ci = [["CI-%05d" % (i + 100), t, "%s-%02d" % (t, i), co.rng.choice(["运行", "运行", "维护"]), "RBAC：仅SRE可写；变更留痕；每日备份"]
          for i, t in enumerate(["game-srv", "login-gw", "pay-gw", "mysql", "redis", "clickhouse"])]
    rels = [["CI-00100", "依赖", "CI-00103"], ["CI-00101", "调用", "CI-00104"], ["CI-00102", "写入", "CI-00105"]] if rel else []
    return book("cmdb", "CMDB 配置项导出", d, True,
                [("CI", ["CI编号", "类型", "名称", "状态", "保密/完整/可用控制"], ci, ["27/cmdb"]),
                 ("关系", ["源CI", "关系", "目标CI"], rels, ["38/cmdb-relations"])])


def ci_updates(co, d):
    rows = [[anyd(co, d - timedelta(days=i * 9)), "CI-%05d" % (100 + i), co.rng.choice(["新增", "修改", "下线"]), co.p(i), "OPS-%d" % co.rng.randint(1000, 9999)]
            for i in range(6)]
    return book("ci_updates", "配置项变更维护登记", d, True, [("登记", ["日期", "CI", "操作", "操作人", "工单"], rows, ["43/ci-updates"])])


def ops_month(co, d, sheets=("insp", "maint", "virus", "fault", "upg")):
    """the monthly 运维记录 workbook"""
    def rows(n, f):
        return [f(i) for i in range(n)]
    day = lambda i: "%d-%02d-%02d" % (d.year, d.month, 1 + i * 3)  # noqa: E731
    S = [("巡检", ["日期", "设备/区服", "状态", "CPU%", "告警", "巡检人"],
          rows(8, lambda i: [day(i), co.rng.choice(["USG防火墙", "WAF", "登录网关", "区服S%d" % co.rng.randint(1, 200)]), "正常",
                             co.rng.randint(8, 70), "无", co.vp(i)]) if "insp" in sheets else [],
          ["44/inspection", "45/monitoring", "14/maintenance"]),
         ("日常维护", ["日期", "对象", "内容", "执行人"],
          rows(5, lambda i: [day(i), "高防/WAF", co.rng.choice(["规则库更新", "日志清理", "证书更新", "风扇除尘"]), co.p(i)]) if "maint" in sheets else [],
          ["14/maintenance", "44/maintenance"]),
         ("病毒查杀", ["日期", "范围", "引擎", "结果"],
          rows(3, lambda i: [day(i), "跳板机/办公终端", "火绒企业版", "清除 %d" % co.rng.randint(0, 3)]) if "virus" in sheets else [],
          ["44/virus-scan", "45/antivirus"]),
         ("故障处理", ["时间", "故障", "处理", "工单"],
          rows(2, lambda i: [day(i), co.rng.choice(["交换机端口 down", "WAF 电源告警", "区服进程 OOM"]), "已更换/已恢复", "OPS-%d" % co.rng.randint(1000, 9999)])
          if "fault" in sheets else [], ["44/faults"]),
         ("升级", ["日期", "设备", "版本", "结果"],
          rows(2, lambda i: [day(i), "USG6650", "V600R022SPC%d" % co.rng.randint(100, 600), "成功"]) if "upg" in sheets else [], ["44/upgrades"]),
         ("On-call交接", ["日期", "交班", "接班", "遗留"], rows(6, lambda i: [day(i), co.vp(i), co.vp(i + 1), "无"]), [])]
    return book("ops_month", "运维记录 %d年%02d月" % (d.year, d.month), d, True, S)


def hw_faults(co, d):
    rows = [[q, co.rng.randint(0, 4), co.rng.randint(0, 2), co.rng.randint(0, 3), "硬盘 %d / 电源 %d" % (co.rng.randint(0, 3), co.rng.randint(0, 2))]
            for q in ("Q1", "Q2", "Q3")]
    return book("hw_faults", "安全设备硬件故障统计（%d）" % d.year, d, True,
                [("统计", ["季度", "服务器", "防火墙/WAF", "网络设备", "故障部件"], rows, ["14/hardware-faults"])])


def health(co, d, collect=False):
    c = co.az
    p = Page("%s联运渠道服 %d年Q%d 健康检查报告" % (c["game"], d.year, quarter(d)), "dig").head(
        "检查方式：远程检查（堡垒机）+ 现场检查（%s）  检查时间：%s" % (c["idc"][0], anyd(co, d)))
    p.part("安全设备检查", ["防火墙/WAF/高防 可用性、HA 状态、规则有效性均正常。"])
    p.part("业务系统检查", ["区服进程持续运行 30 天无重启 %d 组；登录网关 P99 210ms；充值网关对账差异 0。" % co.rng.randint(80, 140)])
    p.part("安全信息采集", [("table", [["项目", "采集结果"], ["系统配置", "配置与基线比对一致"], ["流量", "峰值 %dGbps" % co.rng.randint(4, 18)],
                                      ["系统状态", "CPU/内存/磁盘正常"]])], ["16/config", "16/traffic", "16/status"], on=collect)
    p.items += ["15/records", "46/records"]
    return p.doc("health", d, True)


def collection(co, d):
    rows = [[anyd(co, d - timedelta(days=i * 7)), co.rng.choice(["登录网关", "pay-gw", "USG防火墙"]), "running-config 已采集",
             "%d Mbps" % co.rng.randint(200, 900), "正常"] for i in range(6)]
    return book("collect", "安全信息采集记录", d, True,
                [("采集", ["日期", "对象", "配置", "流量", "状态"], rows, ["16/config", "16/traffic", "16/status"])])


def log_audit(co, d):
    p = Page("日志审计分析报告 %d年%02d月" % (d.year, d.month), "dig").head("安全组 %s  %s" % (co.p(4), anyd(co, d)))
    p.part("网络及安全设备日志", ["防火墙拒绝连接 %d 万条，Top 源 IP 已封禁；WAF 拦截 SQL 注入 %d 次。" % (co.rng.randint(20, 90), co.rng.randint(100, 900))])
    p.part("服务器与操作系统日志", ["堡垒机外登录 0 次；sudo 异常 2 次已核实。"])
    p.part("网络应用日志", ["登录网关撞库特征 %d 次，充值回调签名失败 %d 次。" % (co.rng.randint(3, 30), co.rng.randint(0, 9))])
    p.part("结论", ["未发现重大安全事件。"])
    p.items = ["17/log-analysis", "45/audit-report", "47/audit"]
    return p.doc("log_audit", d, True)


def inc_stats(co, d):
    q = quarter(d)
    p = Page("%d年Q%d 信息安全事件统计与分析" % (d.year, q), "dig").head("安全组  %s" % anyd(co, d))
    p.part("事件统计", [("table", [["类别", "P1", "P2", "P3"], ["DDoS/CC", 1, 3, 9], ["撞库", 0, 2, 15], ["外挂", 0, 4, 40], ["木马/挖矿", 0, 0, 2]])],
           ["18/incident-stats"])
    p.part("分析", ["外挂事件同比上升 30%，与新版本上线相关；DDoS 集中于开新服时段。"], ["18/incident-analysis"])
    return p.doc("inc_stats", d, True)


def avail(co, d, plan=True):
    p = Page("可用性管理：计划、事件与报告（%d年）" % d.year, "dig").head("SRE 组  %s" % anyd(co, d))
    p.part("可用性计划", ["目标：全服 99.9%；措施：网关双活、区服库半同步、高防 BGP 冗余。"], ["18/availability-plan", "22/plan"], on=plan)
    p.part("可用性事件", [("table", [["日期", "事件", "影响时长"], [anyd(co, d - timedelta(days=40)), "华东二区掉线", "38min"],
                                    [anyd(co, d - timedelta(days=12)), "充值回调延迟", "12min"]])], ["18/availability-events", "22/events"])
    p.part("可用性报告", ["本期全服可用率 99.93%，充值网关 99.97%，均达标。"], ["18/availability-report", "22/report"])
    return p.doc("avail", d, True)


def kb_export(co, d, empty=False):
    rows = [] if empty else [["KB-%d" % (200 + i), t, co.p(i), anyd(co, d - timedelta(days=i * 11))] for i, t in enumerate(
        ["合服后排行榜错乱处理", "渠道回调 403 排查", "CDN 回源 502", "Redis 大 key 导致卡顿", "防沉迷接口超时"])]
    return book("kb", "Confluence 运维知识库 页面导出", d, True, [("pages", ["ID", "标题", "作者", "更新"], rows, ["21/knowledge-base"])])


def iface(co, d):
    p = Page("关于指定安全管理接口人的通知", "dig").head("运维部〔%d〕%d号" % (d.year, co.rng.randint(3, 20)), "各组、联运方：")
    p.part("接口人", ["指定安全组 %s 为运维部安全管理接口人，负责与联运方、监管机构及外包方的安全事务对接。" % co.p(4)], ["28/interface-person"])
    return p.doc("iface", d, False, tail=["运维部  %s" % cnd(d)])


def pentest_plan(co, d):
    p = Page("%d年度渗透测试计划" % d.year, "dig").head("安全组  %s" % anyd(co, d))
    p.part("范围与时间", ["Q2 登录网关、Q3 充值网关及运营后台、Q4 游戏客户端协议。"])
    p.items = ["31/pentest-plan", "32/pentest-plan"]
    return p.doc("pentest_plan", d, True)


def pentest_report(co, d):
    p = Page("渗透测试报告（充值网关及运营后台）", "dig").head("测试时间：%s  测试人员：%s" % (anyd(co, d), co.p(4)))
    p.part("发现", ["高危 1：运营后台越权导出玩家数据；中危 3。"])
    p.part("修复与复测", ["高危已修复，%s 复测通过。" % anyd(co, d + timedelta(days=6))])
    p.items = ["31/pentest-records", "32/pentest-records"]
    return p.doc("pentest", d, True)


def devplan(co, d):
    p = Page("安全工具定制开发计划（%d）" % d.year, "dig").head("安全组  %s" % anyd(co, d))
    p.part("开发项", ["① 外挂特征自动封禁服务（Q2）；② 撞库实时拦截插件（Q3）；③ 日志审计自动报告（Q4）。"], ["33/dev-plan"])
    return p.doc("devplan", d, False)


def sla(co, d, modes=True, kpi=True, hc=True):
    c = co.az
    p = Page("%s联运运维服务级别协议（SLA）" % c["game"], "cn").head("甲方：%s  乙方：%s" % (c["cust"], co.name), "签订日期：%s" % anyd(co, d))
    p.part("服务范围", ["渠道服 %s、登录/充值网关。" % c["zones"][1]])
    p.part("运维方式", ["驻场值守（外包 NOC 7x24）、定期巡检（每日）、远程值守（SRE on-call）。"], ["35/sla"], on=modes)
    p.part("核心指标", ["全服可用率≥99.9%；P0 响应≤15 分钟、恢复≤2 小时；充值网关可用率≥99.95%。"], ["36/sla", "39/sla"], on=kpi)
    p.part("健康检查", ["每季度一次，远程检查为主，必要时现场检查，检查内容含安全设备与业务系统，出具报告。"], ["15/agreement"], on=hc)
    p.part("签章", ["（双方盖章）"])
    return p.doc("sla", d, False)


def emerg_plan(co, d, recovery=True):
    p = Page("%s 信息安全应急响应预案" % co.az["game"], "dig").head(*ctl(co, d, "ISMS-OPS-EP-01", "V3.0"))
    p.part("应急组织", ["应急领导小组及 war room 角色。"])
    p.part("预案场景", ["DDoS、全服不可登录、充值网关中断、数据库损坏、玩家数据泄露。"])
    p.part("处置方案", ["各场景处置步骤与决策点。"])
    p.part("恢复策略", ["RTO 2h、RPO 15min；区服库异地备份恢复。"], on=recovery)
    p.items = ["36/emergency-plan", "53/emergency-plan"] + (["55/plan"] if recovery else [])
    return p.doc("eplan", d, False)


def recovery_plan(co, d):
    p = Page("系统恢复计划（灾备切换）", "dig").head(*ctl(co, d, "ISMS-OPS-DR-01", "V1.2"))
    p.part("恢复优先级", ["充值网关 > 登录网关 > 区服 > 数据平台。"])
    p.part("恢复步骤", ["切换至 %s，恢复备份，校验数据。" % co.az["idc"][1]])
    p.items = ["36/recovery-plan"]
    return p.doc("rplan", d, False)


def bcp(co, d):
    p = Page("业务连续性计划（BCP）", "dig").head(*ctl(co, d, "ISMS-OPS-BCP-01", "V1.0"), "批准：%s（CTO 签批）" % co.boss)
    p.part("业务影响分析", ["充值中断每小时损失估算。"])
    p.part("连续性策略", ["双机房、双云。"])
    p.items = ["42/bcp"]
    return p.doc("bcp", d, False)


def drill(co, d, kind="em"):
    t = {"em": "DDoS 攻击应急演练记录", "dr": "区服数据库灾备恢复演练记录"}[kind]
    p = Page(t, "dig").head("演练时间：%s  参演：%s、%s、%s" % (anyd(co, d), co.p(0), co.p(2), co.vp(0)))
    p.part("演练过程", ["按预案执行，%s。" % ("高防切换 4 分钟" if kind == "em" else "从备份恢复 S12 区服库用时 48 分钟，数据校验一致")])
    p.part("问题与改进", ["通知链路需缩短。"])
    p.items = ["40/emergency-drill", "53/drill"] if kind == "em" else ["40/recovery-drill"]
    return p.doc("drill", d, True)


def sat(co, d, half):
    rows = [[k, co.rng.randint(80, 98)] for k in ("响应速度", "问题解决", "沟通", "月报质量", "总体")]
    return book("sat", "%s运维服务满意度调查（%d年%s）" % (co.az["cjian"], d.year, half), d, True,
                [("结果", ["维度", "得分"], rows, ["41/surveys", "58/survey", "63/survey"]),
                 ("分析", ["结论"], [["总体满意度 %d 分，较上期提升，主要扣分项为月报质量。" % co.rng.randint(86, 94)]], [])])


def sat_trend(co, d):
    p = Page("客户满意度趋势分析（近四期）", "dig").head(anyd(co, d))
    p.part("趋势", [("table", [["期", "得分"], ["%dH1" % (d.year - 1), 84], ["%dH2" % (d.year - 1), 87], ["%dH1" % d.year, 90]])], ["41/trend"])
    return p.doc("trend", d, True)


def followup(co, d):
    rows = [[anyd(co, d - timedelta(days=i * 20)), co.cp(i), "电话回访", "满意"] for i in range(4)]
    return book("followup", "联运方主动回访记录", d, True, [("回访", ["日期", "对象", "方式", "结果"], rows, ["63/follow-up-visits"])])


def tickets(co, d, resp=True):
    rows = [["OPS-%d" % co.rng.randint(1000, 9999), co.rng.choice(["事件", "请求", "变更"]), co.rng.choice(["P1", "P2", "P3"]),
             "%d min" % co.rng.randint(3, 15), "已关闭"] for _ in range(10)]
    hdr = ["工单号", "类型", "优先级", "响应时间", "状态"] if resp else ["工单号", "类型", "优先级", "", "状态"]
    if not resp:
        rows = [r[:3] + [""] + r[4:] for r in rows]
    return book("tickets", "ITSM 工单导出 %d年%02d月" % (d.year, d.month), d, True,
                [("export", hdr, rows, ["43/process-records"] + (["55/response-times"] if resp else []))])


def change_sheet(co, d):
    rows = [["CHG-%d" % co.rng.randint(100, 999), anyd(co, d - timedelta(days=i * 7)), co.rng.choice(["版本更新", "合服", "网关配置"]),
             co.p(0), "已审批", "成功" if i else "回滚"] for i in range(6)]
    return book("changes", "变更记录台账 %d" % d.year, d, True,
                [("CHG", ["单号", "日期", "类型", "负责人", "审批", "执行结果"], rows, ["54/records", "43/process-records"])])


def desk(co, d, outs=True):
    p = Page("关于设立运维服务台（NOC）的通知", "dig").head("运维部  %s" % anyd(co, d))
    p.part("服务台", ["设立 7x24 NOC 服务台，统一受理报障、请求，值班电话 400-%03d-%04d，由%s值守。" % (
        co.rng.randint(100, 999), co.rng.randint(1000, 9999), "外包驻场人员" if outs else "SRE 组轮班人员")], ["48/service-desk"])
    return p.doc("desk", d, False)


def desk_train(co, d):
    rows = [[co.vp(i), "NOC 工单受理与升级规范", anyd(co, d), co.rng.randint(82, 98)] for i in range(3)]
    return book("desk_train", "服务台人员培训记录", d, True, [("培训", ["姓名", "课程", "日期", "考试成绩"], rows, ["48/training"])])


def monthly(co, d, trend=True, data=True, av=True, forecast=False):
    p = Page("运维月报（%d年%d月）" % (d.year, d.month), "cn").head("致：%s  编写：SRE 组  %s" % (co.az["cust"], anyd(co, d)))
    p.part("本月概况", ["在线峰值 %d 万，开新服 %d 组。" % (co.rng.randint(8, 40), co.rng.randint(2, 9))])
    p.part("指标趋势分析", ["近六个月可用率、告警量、工单量走势：告警量下降 18%，P2 以上事件连续三月下降。"], ["50/monitoring-report"], on=trend)
    p.part("运维数据", [("table", [["指标", "本月"], ["异常报告及时率", "99%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "98%"],
                                  ["故障隐患发现率", "92%"], ["异常主动发现率", "95%"], ["问题解决率", "96%"], ["漏洞扫描覆盖率", "100%"],
                                  ["加固设备覆盖率", "97%"], ["安全补丁安装及时率", "95%"], ["安全事件次数", "3"]])], ["56/data"], on=data)
    p.part("可用性", ["全服可用率 99.94%。"], ["22/report", "18/availability-report"], on=av)
    p.part("服务预测", ["下月周年庆预计在线翻倍，需提前扩容。"], ["71/forecast"], on=forecast)
    return p.doc("monthly", d, True)


def grading(co, d, crit=True):
    p = Page("等级保护定级报告及定级标准", "dig").head(anyd(co, d))
    p.part("定级结果", ["游戏运营平台（含登录/充值）定为第三级，已在公安机关备案。"], ["51/grading"])
    p.part("分级标准", ["依据 GB/T 22240，业务信息与系统服务受破坏后对客体侵害程度确定级别。"], ["51/grading-criteria"], on=crit)
    return p.doc("grading", d, False)


def bulletin(co, d, full=True):
    p = Page("安全通告与漏洞分析月报（%d年%d月）" % (d.year, d.month), "dig").head("安全组  %s" % anyd(co, d))
    p.part("漏洞通告", ["OpenSSH CVE 通告，已排查影响 12 台。"])
    p.part("厂商安全通告", ["华为 USG 安全公告。"])
    p.part("病毒通告", ["挖矿木马家族变种，已更新特征。"], on=full)
    p.part("业界动态与政策法规", ["《网络游戏管理办法》征求意见稿动态、个人信息保护相关法规。"], on=full)
    p.part("分析", ["高风险项均已处置。"], on=full)
    p.items = ["53/bulletin"] + (["52/vulnerability", "52/virus", "52/policy", "52/analysis"] if full else [])
    return p.doc("bulletin", d, True)


def kpi_sheet(co, d, target=True):
    rows = [[k, "≥%s" % t, v, "达成" if ok else "未达成"] for k, t, v, ok in
            [("可用率", "99.9%", "99.93%", 1), ("满意度", "90", "88", 0), ("投诉数", "≤2", "1", 1), ("P0 响应", "15min", "9min", 1)]]
    if not target:
        rows = [[r[0], "", "", "扣 %d 分" % co.rng.randint(1, 5)] for r in rows]
    return book("kpi", "运维服务监视测量表（%d年Q%d）" % (d.year, quarter(d)), d, True,
                [("KPI", ["指标", "目标", "实际", "结论"], rows, ["57/measurement"] if target else [])])


def capa(co, d, verify=True):
    p = Page("纠正预防措施单 CAPA-%d-%02d" % (d.year, co.rng.randint(1, 30)), "dig").head(anyd(co, d))
    p.part("不符合描述", ["满意度未达目标。"])
    p.part("纠正措施", ["月报增加趋势图。"])
    p.part("效果验证", ["%s 验证：下一期满意度 91 分，有效。验证人 %s" % (anyd(co, d + timedelta(days=45)), co.p(1))], on=verify)
    p.items = ["57/capa"] + (["66/effectiveness"] if verify else [])
    return p.doc("capa", d, True)


def internal_audit(co, d):
    p = Page("%d年度内部审核报告（ISO 27001 / 运维服务）" % d.year, "dig").head(anyd(co, d))
    p.part("审核结果", ["开具不符合 3 项，观察项 5 项，均已制定整改计划。"])
    p.items = ["59/internal-audit"]
    return p.doc("ia", d, True)


def mgmt_review(co, d, full=True):
    p = Page("%d年度管理评审报告" % d.year, "dig").head("主持：%s  %s" % (co.boss, anyd(co, d)))
    p.part("服务和流程执行情况与符合性", ["SLA 全年达成，变更成功率 97%。"], ["59/management-review", "60/performance"])
    p.part("客户反馈", ["联运方满意度 90 分。"], ["60/customer-feedback"])
    p.part("资源现状与预测", ["明年需增 SRE 2 人。"], ["60/resources"], on=full)
    p.part("纠正措施进展", ["内审不符合已关闭 2/3。"], ["60/corrective-actions"])
    p.part("可能影响服务的变更", ["新资料片上线、迁移至火山引擎。"], ["60/changes"], on=full)
    p.part("改进机会", ["告警降噪、自动合服。"], ["60/improvements"])
    return p.doc("mr", d, True)


def improve_plan(co, d, crit=True):
    p = Page("%d年运维持续改进计划" % d.year, "dig").head("批准：%s  %s" % (co.boss, anyd(co, d)))
    p.part("改进项目", ["自动合服、告警降噪、充值对账实时化。"], ["64/plan", "68/plan"])
    p.part("评估标准", ["收益（影响玩家数）×紧急度 / 成本；识别-记录-批准-评估-测量-报告。"], ["64/criteria"], on=crit)
    return p.doc("iplan", d, True)


def opps(co, d):
    rows = [["CSI-%d" % (i + 1), t, s, i + 1, co.boss] for i, (t, s) in enumerate([("自动合服", 42), ("告警降噪", 36), ("对账实时化", 28)])]
    return book("opps", "改进机会分析与排序", d, True, [("CSI", ["编号", "机会", "评分", "优先级", "批准人"], rows, ["67/analysis", "67/prioritisation"])])


def track(co, d):
    rows = [["CSI-1", "合服停服≤30min", "已实施", "实测 25min，有效", "Q3 运营会已报告"], ["CSI-2", "告警量-30%", "已实施", "-34%，有效", "已报告"]]
    return book("track", "改进活动跟踪表", d, True, [("跟踪", ["编号", "目标", "状态", "测量", "报告"], rows, ["68/implementation", "68/effectiveness"])])


def aware(co, d):
    rows = [[i + 1, co.p(i), "运维部", "已签"] for i in range(6)]
    return Doc("aware", "持续改进意识培训", d, ["69/awareness-training"], True,
               sheets=[("签到", [["「持续改进，从每一次复盘开始」全员培训签到"], ["时间：%s  讲师：%s  内容：CSI 文化、复盘无责原则" % (anyd(co, d), co.boss)],
                                 ["序号", "姓名", "部门", "签名"]] + rows)])


def defects(co, d):
    p = Page("%d年运维重大事件、失败变更及 SLA 未达成专题分析" % d.year, "dig").head(anyd(co, d))
    p.part("重大事件与失败变更", ["DDoS 掉线 1 次；合服脚本失败 2 次；7 月满意度未达标。"])
    p.part("改进计划", ["合服预演环境、高防扩容、月报模板改版。"])
    p.items = ["70/defect-analysis"]
    return p.doc("defects", d, True)


def annual(co, d, forecast=True):
    p = Page("运维部%d年度工作总结" % d.year, "cn").head(anyd(co, d))
    p.part("全年回顾", ["日志、变更、事件、请求、问题全年汇总：变更 %d、事件 %d、请求 %d、问题 %d。" % tuple(co.rng.randint(50, 900) for _ in range(4))])
    p.part("服务预测", ["预计明年区服数增长 40%，请求量随之增长，变更集中在资料片节点。"], ["71/forecast"], on=forecast)
    return p.doc("annual", d, True)


def prevent_verify(co, d):
    p = Page("预防措施有效性验证记录", "dig").head(anyd(co, d))
    p.part("措施", ["磁盘容量预测告警提前 14 天；证书到期自动续签。"])
    p.part("验证", ["实施后 60 天无磁盘满、无证书过期事件，有效。"])
    p.items = ["66/effectiveness"]
    return p.doc("pv", d, True)


def postmortem(co, d):
    t = co.rng.choice(["充值回调延迟", "华东二区登录超时", "CDN 更新包 404", "区服库主从延迟"])
    p = Page("【Postmortem】%s %s" % (d.isoformat(), t), "md").head(wiki(co, "SRE", d), "Severity: P%d  IC: %s" % (co.rng.randint(1, 2), co.p(2)))
    p.part("Timeline", ["%s 告警 → 5min ack → 22min 止血 → 40min 恢复" % d.isoformat()])
    p.part("Root cause", ["配置变更未灰度。"])
    p.part("Action items", ["OPS-%d 网关配置灰度发布" % co.rng.randint(1000, 9999)])
    p.items = ["44/faults"]
    return p.doc("postmortem", d, True)


# ------------------------------------------------------------------ decoys / none

def notice(co, d):
    z = co.rng.choice(co.az["zones"])
    b = [("title", "【停服维护公告】%d月%d日版本更新" % (d.month, d.day)),
         ("p", "亲爱的冒险者：为了给大家带来更好的游戏体验，《%s》将于%d月%d日 06:00-10:00 对 %s 进行停服维护。" % (co.az["game"], d.month, d.day, z)),
         ("p", "更新内容：新增资料片活动、修复已知问题。维护结束后将发放补偿：钻石×200。"), ("p", "《%s》运营团队" % co.az["game"])]
    return Doc("notice", b[0][1], d, [], False, b)


def signin(co, d, what):
    rows = [[i + 1, co.p(i), "运维部", ""] for i in range(6)]
    return Doc("signin", "宣贯签到", d, [], True, sheets=[("签到", [["《%s》宣贯签到表" % what], ["时间：%s" % anyd(co, d)],
                                                                ["序号", "姓名", "部门", "签名"]] + rows)], decoy="sign-in about a procedure")


def weekly(co, d, iface_text=None):
    p = Page("运维部周会纪要 %s" % d.isoformat(), "dig").head("参会：%s" % "、".join(co.p(i) for i in range(5)))
    p.part("上周事件回顾", ["P2 两起，已出 postmortem。"])
    p.part("本周变更", ["周四例行维护，资料片 %d.%d。" % (co.rng.randint(2, 5), co.rng.randint(0, 9))])
    items = []
    if iface_text == "ok":
        p.part("决定事项", ["确定 %s 为安全管理接口人，对接联运方与外包方。" % co.p(4)])
        items = ["28/interface-person"]
    elif iface_text == "pending":
        p.part("待办", ["安全管理接口人人选待定，下周再议。"])
    p.items = items
    return p.doc("weekly", d, True)


def oncall(co, d):
    rows = [["第%d周" % (i + 1), co.p(i), co.p(i + 1), co.vp(i)] for i in range(4)]
    return Doc("oncall", "On-call 排班", d, [], True, sheets=[("排班", [["%d年%d月 On-call 排班表" % (d.year, d.month)], ["周", "Primary", "Secondary", "NOC"]] + rows)])


def iso_cert(co, d):
    b = [("title", "ISO/IEC 27001:2022 信息安全管理体系认证证书"), ("p", "组织：%s" % co.name),
         ("p", "范围：网络游戏运营平台的运维服务及相关信息安全管理活动"), ("p", "有效期至：%d-%02d-%02d" % (d.year + 3, d.month, d.day))]
    return Doc("cert", b[0][1], d, [], False, b)



def anticheat_weekly(co, d):
    rows = [["%d-%02d-%02d" % (d.year, d.month, min(28, 1 + i * 4)), co.rng.randint(200, 3000), co.rng.randint(50, 900), co.rng.choice(["加速齿轮", "自动挂机", "透视"])]
            for i in range(6)]
    return Doc("anticheat", "反外挂周报", d, [], True, sheets=[("封禁", [["反外挂周报 %s" % d.isoformat()], ["日期", "检测账号", "封禁账号", "主要外挂"]] + rows)])


def mail_mention(co, d):
    b = [("title", "RE: 关于%s联运运维SLA续签事宜" % co.az["game"]),
         ("p", "From: %s <ops@%s.com>  To: %s  Date: %s" % (co.p(0), co.az["en"].lower(), co.cp(0), d.isoformat())),
         ("p", "%s总，您好：SLA 续签版本我们内部还在走法务流程，定稿后盖章扫描件会放到共享目录 02_合同与SLA 下，另附本季度健康检查安排，请查收。" % co.cp(0)[0]),
         ("p", "Best regards")]
    return Doc("mail", b[0][1], d, [], False, b, decoy="mail that only mentions the SLA")


def iso_notice(co, d):
    b = [("title", "关于配合 ISO/IEC 27001 年度监督审核的通知"),
         ("p", "认证机构将于 %s 对公司 ISMS 进行监督审核，运维部请准备《内部审核报告》《管理评审报告》《信息安全事件管理程序》等材料。" % cnd(d)),
         ("p", "体系办  %s" % anyd(co, d))]
    return Doc("iso_notice", b[0][1], d, [], False, b, decoy="notice that only mentions documents")

UNREL = [("行政", "团建报名表"), ("市场", "周年庆活动策划案"), ("商务", "礼包码发放明细"), ("HR", "年会节目单")]


def unrelated(co, d, t):
    b = [("title", t), ("p", "请于 %s 前反馈。" % anyd(co, d)), ("p", "联系人：%s" % co.p(5))]
    return Doc("unrelated", t, d, [], False, b, decoy="unrelated")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------ layout

class Ctx:
    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.az["holes"]
        self.made = []
        self.pdf = {"creator": "Confluence PDF Export", "styled": False}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.4)
        opt.setdefault("styled", r.random() < 0.7)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "ops", "MacBook Pro", "sre-bot"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            n = 1
            while "%s(%d).%s" % (base, n, ext) in co.used:
                n += 1
            rel = "%s(%d).%s" % (base, n, ext)
        co.add(rel, doc, **opt)
        return rel

    def rec(self, name, factory, old=False, d=None):
        co = self.co
        d = d or (co.old() if old else co.fresh())
        doc = factory(d)
        self.put(name(d), doc)
        if doc.items and doc.record and not old:
            self.made.append((name, factory, d))
        return doc


def build(co, lock_bytes):
    co.az = AZ_INFO[getattr(co, "info_id", co.id)]
    c = Ctx(co)
    r, H, put = c.r, c.H, c.put
    co.gaps = set(H)
    co.oldonly = {h for h in H if h.endswith("_old")}
    A = co.az
    g = A["game"]
    PRJ = "01_联运项目_%s/" % A["cjian"]
    ISMS = "00_体系文件(ISMS)/"

    # ---- ISMS
    d = co.issued()
    put(ISMS + "01_手册/ISMS-OPS-M-01 运维服务管理手册 B3.pdf", manual(co, d, True), **c.pdf)
    put(ISMS + "01_手册/ISO27001证书扫描件.pdf", iso_cert(co, co.issued()), creator="Canon iR-ADV Scan", styled=False)
    skip = {"problem"} if "problem_none" in H else set()
    if "request_none" in H:
        skip.add("request")
    if "monitor_proc_none" in H:
        skip.add("monitor")
    if "slm_draft" in H:
        skip.add("slm")
    keys = [k for k in PROCS if k not in skip]
    bundle = sorted(r.sample(keys, 4), key=list(PROCS).index)
    d = co.issued()
    hb = Page("运维部程序文件汇编（%d版）" % d.year, "ch").head("汇编说明：本汇编收录现行有效程序文件，以 Confluence 页面为准。",
                                                           "汇编日期：%s  编制：%s" % (anyd(co, d), co.p(0)))
    for k in bundle:
        code, name, its, parts = PROCS[k]
        hb.part("ISMS-OPS-%s %s" % (code, name), [x for h, body in parts for x in ["%s：%s" % (h, body[0])]], its)
    put(ISMS + "02_程序文件/程序文件汇编_%d.pdf" % d.year, hb.doc("compilation", d, False), **c.pdf)
    for k in keys:
        if k in bundle and r.random() < 0.6:
            continue
        d = co.issued()
        code, name = PROCS[k][0], PROCS[k][1]
        nm = r.choice(["ISMS-OPS-%s %s" % (code, name), "%s_v%d.%d" % (name, r.randint(1, 3), r.randint(0, 5)),
                       "%s-%s-%s" % (A["wiki"], code.replace("PR-", ""), name)])
        ext = r.choice(["docx", "pdf", "docx"])
        put(ISMS + "02_程序文件/%s.%s" % (nm, ext), proc(co, d, k, cites=r.sample([x for x in PROCS if x != k], 2) if r.random() < 0.4 else ()),
            **(c.pdf if ext == "pdf" else {}))
    if "slm_draft" in H:
        put(ISMS + "02_程序文件/服务级别管理程序（征求意见稿）.docx", void(proc(co, co.fresh(), "slm"), "draft (征求意见稿)"))
    if "problem_none" in H:
        put(ISMS + "02_程序文件/作废/问题管理程序_2019（作废）.docx", void(proc(co, date(2019, 5, 6), "problem"), "obsolete (作废)"))
    mods = r.sample(["login", "merge", "pay", "cdn", "db"], r.randint(2, 4))
    for m in mods:
        d = co.issued()
        rb = runbook(co, d, m)
        put(ISMS + "03_作业指导书(SOP)/%s_v%d.%d.%s" % (rb.title, r.randint(1, 3), r.randint(0, 9), r.choice(["pdf", "docx"])), rb)
    d = co.issued()
    put(ISMS + "02_程序文件/ISMS-OPS-SD-02 服务级别设计与OLA.docx", sla_design(co, d, "ola_none" not in H))
    d = co.issued()
    put(ISMS + "02_程序文件/ISMS-OPS-SC-01 运维服务目录 V2.0.docx",
        catalog(co, d, tuple(x for x in ("base", "l2", "l1") if not (x == "l2" and "catalog_nol2" in H) and not (x == "l1" and "catalog_nol1" in H))))

    # ---- 组织
    ZZ = "02_组织与人员/"
    d = co.issued()
    put(ZZ + "运维部组织架构_%d.pdf" % d.year, org(co, d, "no_outsourcing" not in H))
    c.rec(lambda d: ZZ + "花名册_%s.xlsx" % ymd(d), lambda d: staff(co, d, "no_outsourcing" not in H))
    if "roles_none" not in H:
        put(ZZ + "安全运维角色清单.xlsx", roles(co, co.issued()))
    if "iface_pending" not in H:
        if r.random() < 0.5:
            d = co.issued()
            put(ZZ + "关于指定安全管理接口人的通知.pdf", iface(co, d), creator="Canon iR-ADV Scan", styled=False)
        else:
            d = co.fresh()
            put("03_SRE/周会/%s周会纪要.docx" % ymd(d), weekly(co, d, "ok"))
    else:
        d = co.fresh()
        put("03_SRE/周会/%s周会纪要.docx" % ymd(d), weekly(co, d, "pending"))
    for _ in range(2):
        d = co.fresh()
        put("03_SRE/周会/%s周会纪要.docx" % ymd(d), weekly(co, d))
    d = co.issued()
    put(ZZ + "关于设立运维服务台（NOC）的通知.docx", desk(co, d, "no_outsourcing" not in H))
    if "desk_train_none" not in H:
        c.rec(lambda d: "10_培训/%d/NOC服务台培训记录_%s.xlsx" % (d.year, ymd(d)), lambda d: desk_train(co, d))

    # ---- 联运项目
    d0 = date(2024, 3, 1) + timedelta(days=r.randint(0, 500))
    put(PRJ + "01_前期调研/%s联运运维需求调研报告（终版）.docx" % g, survey(co, d0, "survey_notime" not in H))
    if "budget_tpl" in H:
        put(PRJ + "01_前期调研/运维预算表模板.xlsx", blank_sheet("运维服务预算表", d0, ["序号", "服务项", "工作量", "人力资源", "经费", "项目节点"]))
        put(PRJ + "01_前期调研/关于申请联运项目运维预算的请示.docx",
            Doc("ask", "关于申请联运项目运维预算的请示", d0, [], False,
                [("title", "关于申请联运项目运维预算的请示"), ("p", "预算明细见《运维服务预算表》（另行报送）。"), ("p", "运维部 %s" % cnd(d0))]))
    else:
        put(PRJ + "01_前期调研/Book1.xlsx", budget(co, d0 + timedelta(days=r.randint(3, 20))))
    d = d0 + timedelta(days=r.randint(5, 30))
    put(PRJ + "01_前期调研/%s启动会纪要.docx" % ymd(d), kickoff(co, d, "meeting_noagree" not in H))
    d = d0 + timedelta(days=r.randint(5, 40))
    if "hist_noanalysis" in H:
        put(PRJ + "01_前期调研/运维数据分析及保障策略.docx", history(co, d, ("list", "strategy")))
        put("个人/%s/数据分析-草稿.docx" % co.p(2), void(history(co, d), "draft (草稿)"))
    else:
        put(PRJ + "01_前期调研/运维数据分析及保障策略.docx", history(co, d))
    if "kpis_none" not in H:
        put(PRJ + "01_前期调研/可用性指标清单.xlsx", kpis(co, co.issued()))
    d = co.fresh()
    put("03_SRE/分析/服务数据分析_自动化机会_%s.docx" % ymd(d), svc_analysis(co, d))
    d = date(2024, 6, 1) + timedelta(days=r.randint(0, 600))
    put(PRJ + "02_合同与SLA/%s联运运维SLA（盖章版）.pdf" % A["cjian"], sla(co, d), creator="Canon iR-ADV Scan", styled=False)
    put(PRJ + "02_合同与SLA/SLA范本.docx", blank_paper("运维服务级别协议（范本）", co.fresh(), ["服务范围", "运维方式", "核心指标", "健康检查"]))
    for i in range(2):
        collect = "collect_old" not in H and i == 0 and r.random() < 0.3
        c.rec(lambda d: PRJ + "03_健康检查/%d/Q%d健康检查报告.%s" % (d.year, quarter(d), r.choice(["docx", "pdf"])),
              lambda d: health(co, d, collect), old="health_old" in H)
    if "health_old" in H:
        put(PRJ + "03_健康检查/健康检查记录表（空白）.xlsx", blank_sheet("健康检查记录表", co.fresh(), ["设备", "可用性", "持续性", "结论"]))
    # satisfaction
    y = 2026
    put(PRJ + "04_满意度/%d上半年满意度调查.xlsx" % y, sat(co, date(y, 6, r.randint(10, 28)), "上半年"))
    put(PRJ + "04_满意度/%d下半年满意度调查.xlsx" % (y - 1), sat(co, date(y - 1, 12, r.randint(5, 25)), "下半年"))
    if "trend_none" not in H:
        d = date(2026, 7, r.randint(1, 28))
        put(PRJ + "04_满意度/满意度趋势分析.docx", sat_trend(co, d))
    if "followup_none" not in H:
        c.rec(lambda d: PRJ + "04_满意度/回访记录_%d.xlsx" % d.year, lambda d: followup(co, d))
    # monthly reports
    months = sorted(r.sample(range(1, 11), 4))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(2, 8))
        put(PRJ + "05_月报/%d年%02d月运维月报.%s" % (d.year, m, r.choice(["docx", "pdf"])),
            monthly(co, d, trend="monthly_notrend" not in H, data="data_none" not in H and i % 2 == 0, av=i < 2))
    if "data_none" in H:
        d = co.old()
        put("99_归档/%d/运维月报%d%02d.docx" % (d.year, d.year, d.month), monthly(co, d, True, True, True))

    # ---- CMDB / 资产
    CM = "06_CMDB/"
    c.rec(lambda d: CM + "IT资产识别清单_%s.xlsx" % ymd(d), lambda d: assets(co, d))
    c.rec(lambda d: CM + "CMDB导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, "cmdb_norel" not in H))
    c.rec(lambda d: CM + "配置项维护登记_%d.xlsx" % d.year, lambda d: ci_updates(co, d))
    put(CM + "基线/系统配置基线.xlsx", baseline(co, co.issued()))

    # ---- 运维记录 monthly
    for m in sorted(r.sample(range(1, 11), 5)):
        d = date(2026, m, 28)
        put("04_运维记录/2026/%02d月/运维记录_2026%02d.xlsx" % (m, m), ops_month(co, d))
    d = co.old()
    put("04_运维记录/%d/%02d月/运维记录_%d%02d.xlsx" % (d.year, d.month, d.year, d.month), ops_month(co, d))
    c.rec(lambda d: "04_运维记录/硬件故障统计_%d.xlsx" % d.year, lambda d: hw_faults(co, d), old="hw_old" in H)
    if "hw_old" in H:
        put("04_运维记录/硬件故障统计_2026.xlsx", blank_sheet("安全设备硬件故障统计", co.fresh(), ["季度", "服务器", "防火墙/WAF", "网络设备"]))
    if "collect_old" in H:
        c.rec(lambda d: "05_安全组/采集/安全信息采集记录_%d.xlsx" % d.year, lambda d: collection(co, d), old=True)
    else:
        c.rec(lambda d: "05_安全组/采集/安全信息采集记录_%s.xlsx" % ymd(d), lambda d: collection(co, d))
    for _ in range(r.randint(3, 5)):
        d = co.fresh()
        pm = postmortem(co, d)
        put("03_SRE/postmortem/%d/%s.%s" % (d.year, pm.title.replace("【Postmortem】", "PM_").replace(" ", "_"), r.choice(["pdf", "docx"])),
            pm, **(c.pdf if r.random() < 0.5 else {}))
    for i in range(2):
        c.rec(lambda d: "03_SRE/工单导出/ITSM工单导出_%d%02d.xlsx" % (d.year, d.month), lambda d: tickets(co, d, True))
    c.rec(lambda d: "07_变更发布/变更记录台账_%d.xlsx" % d.year, lambda d: change_sheet(co, d))
    put("07_变更发布/变更申请单（空）.docx", blank_paper("变更申请单", co.fresh(), ["变更内容", "影响区服", "测试结果", "回退方案", "审批"]))
    for _ in range(r.randint(3, 5)):
        d = co.fresh()
        put("07_变更发布/停服公告/%s停服维护公告.%s" % (d.strftime("%m%d"), r.choice(["txt", "docx"])), notice(co, d))
    d = co.fresh()
    put("07_变更发布/版本更新/%s登录网关2.0改造方案.docx" % ymd(d), upgrade_plan(co, d, "golive_notest" not in H, "compat_none" not in H))
    if "compat_none" in H:
        put("07_变更发布/版本更新/兼容性验证报告（模板）.docx", blank_paper("兼容性验证报告", co.fresh(), ["网络兼容", "系统兼容", "应用兼容"]))

    # ---- 安全组
    SG = "05_安全组/"
    for _ in range(2):
        c.rec(lambda d: SG + "日志审计/%d/日志审计分析报告_%d%02d.%s" % (d.year, d.year, d.month, r.choice(["docx", "pdf"])),
              lambda d: log_audit(co, d), old="log_old" in H)
    if "log_old" in H:
        co.raw(SG + "日志审计/2026/日志审计分析报告_202610.docx", b"", "empty file")
    c.rec(lambda d: SG + "事件统计/%d年Q%d安全事件统计分析.docx" % (d.year, quarter(d)), lambda d: inc_stats(co, d))
    c.rec(lambda d: "03_SRE/可用性/可用性计划与报告_%d.docx" % d.year, lambda d: avail(co, d, "aplan_none" not in H))
    c.rec(lambda d: "03_SRE/知识库/Confluence_KB_export_%s.xlsx" % ymd(d), lambda d: kb_export(co, d, "kb_empty" in H))
    if "pentest_old" in H:
        d = co.old()
        put("99_归档/%d/渗透测试计划_%d.docx" % (d.year, d.year), pentest_plan(co, d))
        d = co.old()
        put("99_归档/%d/渗透测试报告_%s.pdf" % (d.year, ymd(d)), pentest_report(co, d))
    else:
        c.rec(lambda d: SG + "渗透测试/%d年度渗透测试计划.docx" % d.year, lambda d: pentest_plan(co, d))
        c.rec(lambda d: SG + "渗透测试/渗透测试报告_%s.pdf" % ymd(d), lambda d: pentest_report(co, d))
    d = co.issued()
    if "devplan_draft" in H:
        put(SG + "反外挂/安全工具开发计划（草稿）.docx", void(devplan(co, d), "draft (草稿)"))
    else:
        put(SG + "反外挂/安全工具定制开发计划_%d.docx" % d.year, devplan(co, d))
    d = co.issued()
    put(SG + "等保/等级保护定级报告.pdf", grading(co, d, "grading_nocrit" not in H), creator="Canon iR-ADV Scan", styled=False)
    for _ in range(2):
        c.rec(lambda d: SG + "漏洞通告/%d/安全通告月报_%d%02d.pdf" % (d.year, d.year, d.month), lambda d: bulletin(co, d, "bulletin_partial" not in H))

    # ---- 应急
    YJ = "08_应急与BCP/"
    d = co.issued()
    put(YJ + "ISMS-OPS-EP-01 信息安全应急响应预案 V3.0.docx", emerg_plan(co, d, "norecovery" not in H))
    if "norecovery" not in H:
        put(YJ + "系统恢复计划（灾备切换）.docx", recovery_plan(co, co.issued()))
    d = co.issued()
    if "bcp_draft" in H:
        put(YJ + "业务连续性计划（征求意见稿）.docx", void(bcp(co, d), "draft (征求意见稿)"))
    else:
        put(YJ + "业务连续性计划BCP_v1.0.pdf", bcp(co, d), **c.pdf)
    c.rec(lambda d: YJ + "演练/%s_DDoS应急演练记录.docx" % ymd(d), lambda d: drill(co, d, "em"))
    if "drdrill_none" not in H:
        c.rec(lambda d: YJ + "演练/%s_灾备恢复演练记录.docx" % ymd(d), lambda d: drill(co, d, "dr"))
    else:
        put(YJ + "演练/灾备恢复演练方案.docx", Doc("drill_plan", "灾备恢复演练方案", co.fresh(), [], False,
                                               [("title", "区服数据库灾备恢复演练方案"), ("p", "计划于下季度开展，演练脚本待定。")]))

    # ---- 内审管评 / 改进
    NS = "09_内审与管评/"
    c.rec(lambda d: NS + "%d/内部审核报告.docx" % d.year, lambda d: internal_audit(co, d), old="ia_old" in H)
    c.rec(lambda d: NS + "%d/管理评审报告.pdf" % d.year, lambda d: mgmt_review(co, d, "mr_noinputs" not in H))
    c.rec(lambda d: NS + "监视测量/运维服务监视测量表_%dQ%d.xlsx" % (d.year, quarter(d)), lambda d: kpi_sheet(co, d, "kpi_scoreonly" not in H))
    if "kpi_scoreonly" in H:
        d = co.old()
        put("99_归档/%d/运维服务监视测量表.xlsx" % d.year, kpi_sheet(co, d, True))
    c.rec(lambda d: NS + "CAPA/附件2.docx", lambda d: capa(co, d, "capa_noverify" not in H))
    if "capa_noverify" not in H:
        c.rec(lambda d: NS + "CAPA/预防措施有效性验证_%s.docx" % ymd(d), lambda d: prevent_verify(co, d))
    GJ = "11_持续改进/"
    c.rec(lambda d: GJ + "%d年持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, "criteria_none" not in H))
    if "opps_none" not in H:
        c.rec(lambda d: GJ + "改进机会分析与排序_%s.xlsx" % ymd(d), lambda d: opps(co, d))
    if "track_none" not in H:
        c.rec(lambda d: GJ + "CSI跟踪表.xlsx", lambda d: track(co, d))
    if "aware_signin" in H:
        d = co.fresh()
        put("10_培训/%d/%s《持续改进管理程序》宣贯签到.xlsx" % (d.year, ymd(d)), signin(co, d, "持续改进管理程序"))
    else:
        c.rec(lambda d: "10_培训/%d/持续改进意识培训签到_%s.xlsx" % (d.year, ymd(d)), lambda d: aware(co, d))
    c.rec(lambda d: GJ + "新建 Microsoft Word 文档.docx", lambda d: defects(co, d), old="defects_old" in H)
    d = date(2025, 12, r.randint(20, 30))
    put("02_组织与人员/运维部2025年度工作总结.docx", annual(co, d, "forecast_none" not in H))

    # ---- other nones / decoys
    for i in range(2):
        d = co.fresh()
        put("03_SRE/oncall/%d-%02d_oncall排班.xlsx" % (d.year, d.month), oncall(co, d))
    for what in r.sample(["信息安全应急响应预案", "变更管理程序", "信息安全事件管理程序"], 2):
        d = co.fresh()
        put("10_培训/%d/%s《%s》宣贯签到.xlsx" % (d.year, ymd(d), what), signin(co, d, what))
    put("个人/%s/SLA修订（讨论稿）.docx" % co.p(0), void(sla(co, co.fresh()), "draft (讨论稿)"))
    put("个人/%s/管理评审报告 - 副本（草稿）.docx" % co.p(1), void(mgmt_review(co, co.fresh()), "draft (草稿)"))
    put("08_应急与BCP/作废/应急预案_2019（作废）.pdf", void(emerg_plan(co, date(2019, 8, 1)), "obsolete (作废)"))
    nas = A["nas"]
    put(nas + "/04_运维记录/运维记录_202603.xlsx", void(ops_month(co, co.fresh()), "recycle bin"))
    put(nas + "/09_内审与管评/内部审核报告.docx", void(internal_audit(co, co.fresh()), "recycle bin"))
    put(nas + "/08_应急与BCP/灾备恢复演练记录.docx", void(drill(co, co.fresh(), "dr"), "recycle bin"))
    for _ in range(2):
        d = co.fresh()
        put("05_安全组/反外挂/周报/反外挂周报_%s.xlsx" % d.strftime("%m%d"), anticheat_weekly(co, d))
    d = co.fresh()
    put(PRJ + "02_合同与SLA/RE 关于SLA续签事宜.txt", mail_mention(co, d), encoding=r.choice(["utf-8", "gb18030"]))
    d = co.fresh()
    put(ISMS + "关于配合ISO27001监督审核的通知.pdf", iso_notice(co, d))
    for f, t in r.sample(UNREL, 2):
        put("12_其他/%s/%s.docx" % (f, t), unrelated(co, co.fresh(), t))
    # stale copies in 99_归档
    for name, factory, d0 in r.sample(c.made, min(6, len(c.made))):
        d = co.old()
        put("99_归档/%d/" % d.year + name(d).rsplit("/", 1)[-1], factory(d))
    # lock files / empty / image-only
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(nas)]
    for rel in office[3:120:20]:
        folder, _, base = rel.rpartition("/")
        p = (folder + "/" if folder else "") + "~$" + (base if len(base) <= 12 else base[2:])
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(2)), "Office lock file")
    for rel, data, why in [("03_SRE/新建 XLSX 工作表.xlsx", b"", "empty file"),
                           ("扫描件003.pdf", MIN_PDF, "image-only scan without a text layer")]:
        if rel not in co.used:
            co.raw(rel, data, why)
