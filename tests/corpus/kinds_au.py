# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_au.py - style AU: the 网络与信息化中心 (网信中心) of a 省属 university.

An author voice for the accuracy corpus, used only by the AU shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py, kinds_ar.py's mechanics and the README's ground-truth section;
never the rules, the sources or a score).

The organisation: the 网络与信息化中心 of a 省属 university with two 校区 and an 附属医院 (the 中心 is 合署 with the
信息化建设与管理处).  It runs the 校园网 and its 出口, the 数据中心 (虚拟化, 存储, 备份), 统一身份认证, 教务, 一卡通,
财务, 人事, the 网站群, 邮件, VPN, the 网上办事大厅 and the 等保 of the university's systems.  It is organised in
科 (综合办公室, 网络与安全科, 系统与数据科, 用户服务科, 规划建设科); a contracted 运维公司 keeps 驻场工程师 on site;
学生助理 staff the 网信服务大厅 / 服务台 at the 报修 desk.  Under an 信息化运维服务协议 the 中心 also runs the IT of the
university's 附属医院 (or of an 独立学院): that is the form's customer.

How its people write:
- 学校 发文: a 红头 (X大学文件), 文号 X校发〔2026〕N号 or X校办发〔2026〕N号, 各学院、各部门、各直属单位：, 现将《…》
  印发给你们, the signature 中共X大学委员会 / X大学 and 二〇二六年三月五日, 抄送, the 党政办公室 印发 line, then the
  办法 (第一章 总则 / 第一条 …); some filed whole, some as 正文 + 附件, some scanned;
- 中心 文件 (X网信〔2026〕N号) that 印发 细则 and 规范; a 信息化规章制度汇编 whose 篇 are several 办法/细则;
- the 党委网络安全和信息化委员会 (网信委) and its 领导小组; 网信委 全体会议 纪要 (the year's review), 中心主任办公会
  纪要 (decisions), 中心 周例会;
- 开学迎新 / 研究生招生考试 / 期末考试 / 高考录取 保障方案, 寒暑假 集中检修 方案 and 记录, 教育部/教育厅 通知 and 通报
  (漏洞 通报 and 整改 反馈), 网络安全宣传周, 学院 信息员 名单, 学生助理 排班 and 岗前培训;
- records: 机房巡检 workbooks by month (one sheet per record kind), 钉钉 审批 exports (变更), 企业微信 网信服务台 工单
  exports, 运行月报, 日志审计 季报, 安全通告, 资产 台账, CMDB, 问卷星 exports, 运维公司 季度考核;
- names: WPS style (xxx(1).docx, " - 副本", 新建 DOCX 文档.docx, 新建 XLSX 工作表.xlsx), 文号 in names, ymd, 2026.03,
  2025-2026学年, （定稿）, （终版）, 扫描件, 附件N, 个人/<name>, 学生助理/, 归档/<year>, a NAS recycle folder.

Every builder returns a kinds.Doc listing as items only what its own text proves: a part of a document lends its
items only when it is written; a sheet without rows lends nothing; a record older than a year keeps its items
(record=True) and is stale.  build(co, lock_bytes) lays out the share; AU_INFO holds each share's facts and holes.

Judgement calls of this voice (in full in README.md, "Style AU"):
- a 发文 filed whole is the 办法/细则, filed split the 附件 is and the 正文 is a decoy; the 制度汇编 proves what its chapters write;
  the 运维管理办法 proves 10/pdca only with its 运维管理模式 chapter, the 等级保护实施办法 51/grading-criteria only with 定级标准;
- the 领导小组 调整通知 is 9/23's org chart (9/outsourcing with 驻场 members), the 名单 9's staff list (驻场 sheet: outsourcing);
- the 学生助理 岗前培训 is 48's training, the 信息员 网站群 培训 nothing; 28/48/67 also by 主任办公会 decisions;
- the 驻场合同's 服务级别要求 is 8/sld, the 科室间协同约定 8/ola; the customer's 协议 35/36/39 and 15/agreement by chapter;
- the 机房巡检 workbook proves each record kind whose sheet has rows (机房环境 alone nothing); the 寒暑假 检修记录 14/44
  maintenance and 44/upgrades; only the 硬件故障统计表 is 14/hardware-faults;
- 审批导出 (网信变更申请) with 已通过 rows and 实施结果 are 54/43 records, all-审批中 nothing; 工单导出 43 and, with 响应时长, 55;
- the 运行月报 is 50 with 趋势, 56 with the ten indicators, 18/22's report with 可用性; the 工作总结 56/71 by section;
- the 问卷星 答卷 export is 63/survey only; the 考核评分表 against targets 57/measurement, 扣分-only nothing;
- the 网信委 年度全体会议纪要 is 59's management review and each 60 input it writes.
"""

from datetime import date, timedelta

from kinds import Doc

AU_INFO = {
    "au1": dict(school="皖江理工大学", pre="皖江理工", cust="附属医院", custfull="皖江理工大学附属医院", hosp=True,
                campus=("赭山校区", "龙湖校区"), im="企业微信", desk="网信服务大厅", tel="0553-2876110",
                nas="#recycle", ver="2025",
                holes={"survey_nosec", "budget_tpl", "ola_draft", "pdca", "compat", "collect_old", "pentest_old",
                       "bcp_draft", "trend", "callbacks", "forecast", "kb_empty", "desk_train_wrong"}),
    "au2": dict(school="湘楚师范大学", pre="湘师大", cust="潇湘学院", custfull="湘楚师范大学潇湘学院", hosp=False,
                campus=("岳麓校区", "雁城校区"), im="钉钉", desk="信息化服务台", tel="0734-8265500",
                nas=".recycle", ver="2024",
                holes={"meeting_noagree", "hist_noanalysis", "kpis", "auto_none", "roles", "aplan", "cmdb_norel",
                       "iface_pending", "slm", "drdrill", "ia_old", "criteria", "itrack"}),
    "au3": dict(school="晋原农业大学", pre="晋农大", cust="信息学院", custfull="晋原农业大学信息学院", hosp=False,
                campus=("太谷校区", "龙城校区"), im="钉钉", desk="网信服务台", tel="0354-6288000",
                nas="$RECYCLE.BIN", ver="2025",
                holes={"survey_notime", "no_outsourcing", "catalog_base", "hw_old", "golive_notest", "devplan_draft",
                       "no_recovery", "notice_partial", "kpi_scoreonly", "monthly_notrend", "prevent",
                       "aware_signin", "defects_old"}),
    "au4": dict(school="闽海医科大学", pre="闽医大", cust="附属第二医院", custfull="闽海医科大学附属第二医院", hosp=True,
                campus=("上街校区", "台江校区"), im="企业微信", desk="网信服务大厅", tel="0591-2286900",
                nas="#recycle", ver="2024",
                holes={"sla_nomode", "health_old", "logs_old", "mr_partial", "audit_rule", "proc_improve", "ci",
                       "gradecrit", "no_data", "improve_pending", "req_none", "drill_plan_only", "avail_events_none"}),
}

ZHN = "〇一二三四五六七八九"
HAN = "零一二三四五六七八九"
KE = ("综合办公室", "网络与安全科", "系统与数据科", "用户服务科", "规划建设科")


def han(n):
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def sign_date(d):
    return "".join(ZHN[int(c)] for c in str(d.year)) + "年" + han(d.month) + "月" + han(d.day) + "日"


def cnd(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def ymd(d):
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def anyd(co, d):
    f = co.rng.randint(0, 6)
    if f <= 2:
        return cnd(d)
    if f == 3:
        return d.isoformat()
    if f == 4:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if f == 5:
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    return "%d年%02d月%02d日" % (d.year, d.month, d.day)


def back(d, n):
    return d - timedelta(days=n)


def xn(d):
    """the 学年 a date falls in: 2025-2026学年"""
    y = d.year if d.month >= 9 else d.year - 1
    return "%d-%d学年" % (y, y + 1)


def xq(d):
    y = d.year if d.month >= 9 else d.year - 1
    return "%d-%d学年第%s学期" % (y, y + 1, "一" if d.month >= 9 or d.month == 1 else "二")


def quarter(d):
    return (d.month - 1) // 3 + 1


class Sec:
    """A written document assembled part by part; a part lends its items only when written."""

    def __init__(self, title, num="cn"):
        self.blocks = [("title", title)]
        self.items = []
        self.num = num
        self.n = 0

    def head(self, *blocks):
        self.blocks += list(blocks)
        return self

    def part(self, heading, body, items=(), on=True):
        if not on:
            return self
        self.n += 1
        if self.num == "cn":
            h = "%s、%s" % (han(self.n), heading)
        elif self.num == "dig":
            h = "%d. %s" % (self.n, heading)
        else:
            h = "（%s）%s" % (han(self.n), heading)
        self.blocks.append(("h1", h))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=(), extra=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items) | set(extra)), record,
                   self.blocks + [b if isinstance(b, tuple) else ("p", b) for b in tail])


def book(kind, title, d, record, sheets, note=None):
    """A workbook: sheets of (name, header, rows, items); a sheet without rows lends nothing."""
    out, items = [], []
    for name, header, rows, its in sheets:
        top = [[title]] + ([[note]] if note else [])
        out.append((name, top + [header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def void(doc, why, mark=None):
    doc.items, doc.decoy, doc.kind = [], why, "decoy_" + why.split()[0]
    if mark:
        doc.title += mark
        for i, b in enumerate(doc.blocks):
            if b[0] == "title":
                doc.blocks[i] = ("title", b[1] + mark)
                break
        if doc.sheets:
            name, rows = doc.sheets[0]
            rows[0] = [str(rows[0][0]) + mark]
    return doc


def school(co):
    return co.au["school"]


def zx(co):
    return co.au["school"] + "网络与信息化中心"


def cust(co):
    return co.au["cust"]


def zc(co, i):
    """an engineer of the 运维公司 on site, or one of the 中心's own where it keeps none"""
    return co.vp(i) if co.au_outs else co.p(i + 2)


def blank_sheet(title, d, cols, n=10, sheet="Sheet1"):
    rows = [[title], ["科室：", "", "日期：    年  月  日"], cols] + [[""] * len(cols) for _ in range(n)]
    rows.append(["填表人：", "", "审核：", "", "科长签字："])
    return Doc("blank", title, d, [], False, sheets=[(sheet, rows)], decoy="template")


def blank_paper(title, d, heads):
    b = [("title", title), ("p", "编号：__________        日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "（请填写）"), ("p", " ")]
    b += [("p", "填表人：            科室负责人：            中心负责人：")]
    return Doc("blank", title, d, [], False, b, decoy="template")


# ------------------------------------------------------------------ 发文: 学校 (校发/校办发) and 中心 (网信)

def next_no(co, d, level):
    key = (level, d.year)
    co.au_no[key] = co.au_no.get(key, co.rng.randint(2, 40)) + co.rng.randint(1, 11)
    pre = co.au["pre"] + {"xiao": "校发", "ban": "校办发", "zx": "网信"}[level]
    return "%s〔%d〕%d号" % (pre, d.year, co.au_no[key])


def red_top(co, d, subject, level="xiao", to=None):
    no = next_no(co, d, level)
    if level == "zx":
        issuer = zx(co) + "文件"
        to = to or "中心各科室，驻场运维项目组："
    else:
        issuer = ("中共%s委员会 %s" % (school(co), school(co)) if level == "xiao" and co.rng.random() < 0.3 else school(co)) + "文件"
        if level == "ban":
            issuer = school(co) + "党政办公室文件"
        to = to or "各学院、各部门、各直属单位：" if level == "xiao" else to or "校内各单位："
    return [("big", issuer), ("p", no), ("title", subject), ("p", to)], no


def colophon(co, d, level="xiao"):
    if level == "zx":
        org, cc, yin = zx(co), "学校党政办公室、信息化建设与管理处。", zx(co) + "综合办公室"
    else:
        org = school(co) if level == "xiao" else school(co) + "党政办公室"
        cc = "省教育厅，%s。" % co.au["custfull"] if level == "xiao" else "校领导。"
        yin = school(co) + "党政办公室"
    return [("p", org), ("p", sign_date(d)),
            ("p", co.rng.choice(["（此件主动公开）", "（此件校内公开）", "（此件不公开）"])),
            ("p", "抄送：" + cc),
            ("p", "%s                %s印发" % (yin, cnd(d + timedelta(days=co.rng.randint(0, 3)))))]


# key: (name, level, [(chapter, [articles], items, tag)]); level: xiao 学校 办法, zx 中心 细则, gf 规范 filed bare
REGS = {
    "yw": ("信息化运维管理办法", "xiao", [
        ("总则", ["为规范学校信息化基础设施和信息系统的运行维护，保障教学、科研、管理和服务工作正常开展，依据《中华人民共和国网络安全法》"
                 "和教育部有关信息化管理规定，结合学校实际，制定本办法。",
                 "本办法适用于学校校园网、数据中心、统一身份认证、教务、一卡通、财务、人事、网站群、邮件和VPN等信息系统的运维工作；"
                 "学校通过信息化运维服务协议为{custfull}提供的运维服务参照执行。"], [], None),
        ("运维管理模式", ["学校信息化运维实行“策划—实施—检查—改进”（PDCA）闭环管理：每年初由网络与信息化中心制定年度运维工作计划、"
                       "服务目录和服务级别，报网信委办公室备案（策划）；",
                       "中心各科室和驻场运维项目组按制度、规范和作业指导书开展运维服务（实施）；",
                       "通过运行月报、运维公司季度考核、内部审核、网信委年度会议对运维工作进行监视和评审（检查）；",
                       "对发现的问题和未达成的目标落实纠正和预防措施，纳入年度持续改进计划并跟踪关闭（改进）。"], ["10/pdca"], "pdca"),
        ("职责", ["网络与信息化中心是学校信息化运维的归口管理和实施部门；各学院、各部门明确一名信息员，负责本单位信息化工作的联络和终端管理；"
                 "驻场运维公司在中心统一管理下承担日常运维工作。"], [], None),
        ("运维要求", ["信息系统实行日常巡检、定期检修和寒暑假集中检修相结合的维护制度；影响教学的作业须安排在非教学时段。"], [], None),
        ("附则", ["本办法由网络与信息化中心负责解释，自印发之日起施行。"], [], None)]),
    "aq": ("网络安全事件报告与处置办法", "xiao", [
        ("总则", ["为及时报告和处置学校网络安全事件，减少网络安全事件对学校教学、科研和管理工作的影响，依据教育部《教育系统网络安全事件应急预案》，制定本办法。"], [], None),
        ("事件分类和分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、信息内容安全事件、设备设施故障和其他事件；"
                         "按影响范围和程度分为特别重大、重大、较大和一般四级。"], [], None),
        ("事件报告", ["各单位发现网络安全事件，应立即报告网络与信息化中心（{tel}）；中心在30分钟内报网信委办公室和分管校领导；"
                   "较大及以上事件由学校在1小时内报省教育厅，并按要求续报。"], ["30/reporting-process"], None),
        ("事件处置", ["网络安全事件处置按研判确认、隔离遏制、清除根除、恢复验证的步骤进行，由网络与安全科填写处置记录，涉事单位信息员配合。"],
         ["30/response-process", "31/incident-process"], None),
        ("应急响应", ["达到《网络安全事件应急预案》启动条件的，由网信委办公室报领导小组组长同意后启动应急响应，成立现场处置组；事态消除后宣布结束应急响应。"],
         ["34/emergency-process"], None),
        ("事后处理", ["事件处置结束后5个工作日内，中心形成事件调查报告，分析原因、认定责任、落实整改，更新知识库和应急预案。"],
         ["34/incident-process"], None),
        ("附则", ["本办法自印发之日起施行。"], [], None)]),
    "dj": ("网络安全等级保护工作实施办法", "xiao", [
        ("总则", ["为落实网络安全等级保护制度，规范学校信息系统的定级、备案、测评和整改，制定本办法。"], [], None),
        ("定级标准", ["信息系统按受破坏后侵害的客体和对客体的侵害程度确定安全保护等级：仅对公民、法人和其他组织合法权益造成一般损害的为第一级，"
                   "造成严重损害或对社会秩序和公共利益造成一般损害的为第二级，对社会秩序和公共利益造成严重损害的为第三级。",
                   "统一身份认证、一卡通、招生录取、网站群主站原则上不低于第二级；涉及全校师生个人信息集中存储的系统按第三级定级。"],
         ["51/grading-criteria"], "gradecrit"),
        ("定级和备案", ["系统建设单位提出定级建议，网络与信息化中心组织专家评审，报网信委办公室审核后向公安机关备案。"], [], None),
        ("测评和整改", ["第三级系统每年、第二级系统每两年开展一次等级测评，测评发现的问题由系统主管单位限期整改。"], [], None)]),
    "bg": ("信息系统变更管理细则", "zx", [
        ("总则", ["为控制对校园网、数据中心和信息系统的变更风险，避免变更影响教学和管理工作，依据学校《信息化运维管理办法》，制定本细则。"], [], None),
        ("变更的分类", ["变更分为标准变更、一般变更、重大变更和紧急变更；影响全校认证、一卡通消费、选课或招生录取的为重大变更。"], [], None),
        ("变更的流程", ["变更由实施人在{im}“网信变更申请”审批单中提出，填写变更内容、影响范围、实施时间、测试情况和回退方案；",
                      "一般变更由科长审批，重大变更经中心主任办公会研究、分管主任批准，并提前在信息门户发布停机公告；",
                      "实施完成后实施人回填实施结果和验证情况，失败的按回退方案恢复；紧急变更可先电话报批、24小时内补办审批；",
                      "综合办公室每月汇总变更审批记录，统计变更成功率。"], ["54/procedure"], None)]),
    "sj": ("运维事件管理细则", "zx", [
        ("总则", ["为尽快恢复信息服务，减少故障对师生的影响，制定本细则。"], [], None),
        ("事件的受理", ["运维事件来源于监控告警、巡检发现和师生通过{desk}（{tel}）、{im}“网信服务台”应用的报修，由服务台统一登记派单。"],
         ["49/incident-procedure"], None),
        ("事件的处置", ["事件分为四级：全校性断网、统一身份认证或一卡通中断为一级事件，15分钟内响应并报中心领导；",
                      "一线（服务台、学生助理）不能解决的，转二线科室或驻场工程师，必要时升级厂商；处理完毕由服务台回访确认后关闭工单。"],
         ["49/incident-procedure"], None)]),
    "qq": ("信息化服务请求管理细则", "zx", [
        ("总则", ["为规范师生和{cust}提出的账号开通、VPN权限、IP地址申请、网站开设、虚拟机申请、邮箱扩容等服务请求的受理和办理，制定本细则。"], [], None),
        ("受理和审批", ["服务请求通过网上办事大厅或{im}提交，经申请单位负责人审核；涉及数据共享和对外开放端口的，须经网络与安全科审核、分管主任批准。"],
         ["49/request-procedure"], None),
        ("办理和关闭", ["承办科室在服务目录承诺时限内办结，服务台电话或消息确认后关闭请求。"], ["49/request-procedure"], None)]),
    "wt": ("问题管理细则", "zx", [
        ("总则", ["为查找并消除反复发生或影响重大的故障的根本原因，防止同类事件重复发生，制定本细则。"], [], None),
        ("问题的识别和记录", ["同类事件一个月内发生三次及以上、一级事件和失败变更，均应建立问题单，纳入问题台账管理。"], ["20/procedure", "37/procedure"], None),
        ("根因分析和解决", ["问题责任科室在10个工作日内完成根因分析，提出临时措施和永久解决方案，需要变更的按变更管理细则执行；",
                         "问题解决后经分管主任验证关闭，形成已知错误纳入知识库；未关闭问题在中心周例会上通报。"], ["20/procedure", "37/procedure"], None)]),
    "zs": ("运维知识管理细则", "zx", [
        ("总则", ["为积累运维经验，建设中心运维知识库和面向师生的常见问题库，制定本细则。"], [], None),
        ("知识的提交和审核", ["运维人员和学生助理在事件处理、问题解决和变更实施后提交知识条目，经科长审核后发布。"], ["21/procedure"], None),
        ("知识的使用和维护", ["知识库向中心人员和驻场工程师开放，常见问题库在{desk}网站公开；用户服务科每学期复核一次，过期条目下线。"], ["21/procedure"], None)]),
    "slm": ("运维服务级别管理细则", "zx", [
        ("总则", ["为规范中心对校内单位和{cust}的服务级别的设计、约定、监测和评审，制定本细则。"], [], None),
        ("服务级别的约定", ["中心根据服务对象需求编制服务目录和服务级别，与{cust}签订信息化运维服务协议，约定服务时间、响应时限和核心指标。"],
         ["39/slm-procedure"], None),
        ("监测和评审", ["服务级别达成情况按月统计、按学期通报，每年与服务对象评审一次协议，未达标项纳入持续改进计划。"], ["39/slm-procedure"], None)]),
    "nsh": ("运维服务管理体系内部审核细则", "zx", [
        ("总则", ["为验证中心运维服务管理体系符合标准要求并有效实施和保持，制定本细则。"], [], None),
        ("审核的安排和程序", ["中心每年至少组织一次覆盖全部运维过程的内部审核，内审员经培训合格，不审核本科室工作；",
                           "审核按年度审核方案、审核计划、首末次会议、现场审核、不符合项报告和整改验证的程序进行，结果提交网信委年度会议。"],
         ["61/audit-system", "62/audit-mechanism"], None)]),
    "jc": ("运维服务监视和测量细则", "zx", [
        ("总则", ["为掌握运维服务目标的实现情况，制定本细则。"], [], None),
        ("监视测量的内容和方法", ["监视测量内容包括服务级别达成率、师生和{cust}满意度、投诉建议和运维质量指标；",
                               "综合办公室按月汇总指标并在运行月报中通报，按季度考核驻场运维公司，未达目标的下达整改通知单并跟踪复查。"],
         ["61/monitoring-process", "62/monitoring-process"], None)]),
    "gj": ("运维服务持续改进管理细则", "zx", [
        ("总则", ["为规范改进措施的识别、记录、批准、评估、测量和报告，制定本细则。"], [], None),
        ("改进的管理", ["改进机会来源于内部审核、运维公司考核、师生投诉、事件和问题分析及指标未达标；",
                     "改进机会由提出科室登记，综合办公室按评估标准评分排序，报中心主任办公会批准后实施；",
                     "实施效果由综合办公室测量验证，改进情况在网信委年度会议上报告。"], ["65/procedure"], None)]),
    "yf": ("信息系统预防性维护细则", "zx", [
        ("总则", ["为在故障发生前消除潜在的不符合及其原因，制定本细则。"], [], None),
        ("预防措施", ["各科室通过容量趋势分析、巡检和检修发现、设备寿命评估和等保测评识别潜在问题，制定预防措施，经科长批准后纳入寒暑假检修或月度工作计划；",
                   "预防措施实施后一个月内由综合办公室验证其有效性，并在运行月报中通报。"], ["66/preventive-actions"], None)]),
    "px": ("网络安全培训服务规范", "gf", [
        ("目的", ["规范中心为各学院、部门信息员和{cust}开展的网络安全培训服务。"], [], None),
        ("工作流程", ["培训需求调查→年度培训计划→课件编写和审核→组织实施（签到）→考试→效果评估→资料归档。"], ["31/training-process"], None)]),
    "st": ("渗透测试工作规范", "gf", [
        ("目的", ["规范对学校互联网应用和校内业务系统的渗透测试工作。"], [], None),
        ("工作流程", ["取得系统主管单位书面授权→确定测试范围和时间窗口→信息收集→漏洞发现和验证→编写测试报告→督促整改→复测。",
                   "测试不得使用可能造成拒绝服务或数据破坏的手段，选课、考试和录取期间不安排测试。"], ["31/pentest-process"], None)]),
}


def fill(co, s):
    return (s.replace("{custfull}", co.au["custfull"]).replace("{cust}", co.au["cust"]).replace("{tel}", co.au["tel"])
            .replace("{im}", co.au["im"]).replace("{desk}", co.au["desk"]))


def reg_full(co, key):
    name, level, _ = REGS[key]
    return school(co) + name if level == "xiao" else "网络与信息化中心" + name


def reg_body(co, key, drop=()):
    name, level, chs = REGS[key]
    b, items, t, ci = [], [], 0, 0
    for ch, arts, its, tag in chs:
        if tag and tag in drop:
            continue
        ci += 1
        b.append(("h1", "第%s章 %s" % (han(ci), ch)))
        for a in arts:
            t += 1
            b.append(("p", "第%s条 %s" % (han(t), fill(co, a))))
        items += its
    return b, items


def reg_doc(co, d, key, drop=(), split=None):
    name, level, _ = REGS[key]
    body, items = reg_body(co, key, drop)
    if level == "gf":
        code = "WXZX-GF-%02d" % (list(REGS).index(key))
        b = [("title", name), ("table", [["编号", code, "版本", "V%d.%d" % (co.rng.randint(1, 2), co.rng.randint(0, 3))],
                                          ["归口科室", "网络与安全科", "实施日期", anyd(co, d)],
                                          ["审核", co.p(1), "批准", co.boss]])] + body
        return Doc("reg:" + key, name, d, sorted(set(items)), False, b)
    full = reg_full(co, key)
    top, no = red_top(co, d, "关于印发《%s》的通知" % full, level)
    cover = top + [("p", "%s已经%s研究通过，现印发给你们，请认真遵照执行。" %
                    ("《%s》" % full, "学校党委网络安全和信息化委员会" if level == "xiao" else "中心主任办公会")),
                   ("p", "附件：%s" % full)] + colophon(co, d, level)
    if split == "main":
        doc = Doc("reg_main", "关于印发《%s》的通知" % full, d, [], False, cover,
                  decoy="notice that only cites the 办法 it issues")
    else:
        doc = Doc("reg:" + key, name, d, sorted(set(items)), False, cover + [("break",), ("title", full)] + body)
    doc.au_no = no
    return doc


def compilation(co, d, keys, drop):
    b = [("p", zx(co)), ("title", "%s信息化规章制度汇编（%d版）" % (school(co), d.year)),
         ("p", "网络与信息化中心综合办公室 编    %s" % cnd(d)), ("break",), ("h1", "编者说明"),
         ("p", "本汇编收录截至%d年%d月学校现行有效的信息化管理办法和中心细则、规范，供中心各科室、驻场运维项目组和各单位信息员学习使用，"
               "与正式发文不一致的以正式发文为准。" % (d.year, d.month)), ("h1", "目  录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "%d. %s ………… %d" % (i, reg_full(co, k), 1 + 6 * i)))
    items = []
    for i, k in enumerate(keys, 1):
        body, its = reg_body(co, k, drop)
        b += [("break",), ("h1", "%s、%s" % (han(i), reg_full(co, k)))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("compilation", "规章制度汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 作业指导书 (24, 11)

OPS = {
    "fw": ("出口防火墙策略维护作业指导书", "网络与安全科", "网络工程师1人操作、1人复核",
           ["核对{im}网信变更申请审批单的审批状态和策略内容", "调整前导出当前配置并上传至配置备份服务器",
            "按审批单逐条新增或删除策略，核对源地址、目的地址和端口", "验证业务连通性，在审批单中回填实施结果"],
           ["不得开通审批单以外的策略", "禁止配置any到any的放行策略", "选课、考试期间冻结非紧急策略调整"]),
    "sw": ("数据中心核心交换机巡检作业指导书", "网络与安全科", "驻场网络工程师1人",
           ["登录设备查看电源、风扇、板卡状态和CPU、内存利用率", "查看告警日志和端口错包统计", "备份运行配置并与基线比对",
            "在机房巡检记录中填写检查结果，异常情况通过服务台派单"],
           ["巡检中不得修改任何配置", "进出机房须在门禁系统登记"]),
    "ids": ("统一身份认证平台账号维护作业指导书", "系统与数据科", "系统管理员1人",
            ["核对人事、学籍数据同步任务的执行结果", "处理同步失败账号，核对毕业生和离职人员账号冻结情况",
             "按服务请求单办理特殊账号开通，记录审批单号", "每月导出管理员操作日志交网络与安全科审计"],
            ["严禁直接修改认证数据库", "管理员账号须启用双因素认证"]),
    "av": ("终端防病毒系统维护作业指导书", "网络与安全科", "驻场安全工程师1人",
           ["检查防病毒服务器病毒库版本和升级任务", "统计各单位终端在线率，通知离线超过7天的单位信息员处理",
            "每周下发全网查杀任务并导出查杀报告", "发现病毒按网络安全事件报告与处置办法报告"],
           ["不得擅自卸载办公终端防病毒客户端"]),
    "bk": ("虚拟化平台备份与恢复作业指导书", "系统与数据科", "系统管理员2人",
           ["检查每日备份任务执行结果，失败任务当日重做", "每月在恢复验证区抽取一个业务系统进行恢复测试",
            "核对恢复数据一致性并记录恢复时长", "备份介质按季度异地（另一校区机房）存放"],
           ["严禁在生产环境执行恢复测试"]),
    "web": ("网站群安全检查作业指导书", "网络与安全科", "安全工程师1人、学生助理1人",
            ["使用网站群监测平台检查各二级网站可用性和篡改告警", "检查网站群系统补丁版本和插件", "对新上线二级网站做上线前安全检测",
             "检查结果通报单位信息员限期整改"],
            ["检测须在授权范围内进行", "发现暗链、篡改立即断网并报告"]),
}


def ops_guide(co, d, key):
    name, ke, staff, steps, risks = OPS[key]
    code = "WXZX-ZY-%02d" % (list(OPS).index(key) + 1)
    p = Sec(name, "dig").head(("table", [["编号", code, "版本", "V%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 2))],
                                         ["适用科室", ke, "实施日期", anyd(co, d)],
                                         ["编制", co.p(2), "批准", co.boss]]))
    p.part("适用范围", ["本指导书适用于%s的相关运维作业。" % ke])
    p.part("作业人员", [staff + "。"])
    p.part("作业步骤", ["（%d）%s；" % (i, fill(co, s)) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    p.part("注意事项", ["；".join(risks) + "。"])
    p.part("记录", ["作业完成后按要求填写相应记录并归档。"])
    return p.doc("ops_guide", d, False)


def ops_book(co, d, keys):
    b = [("p", zx(co)), ("title", "网络与信息化中心运维作业指导书汇编（%d）" % d.year),
         ("p", "编号：WXZX-ZY-HB    版本：V%d.0" % co.rng.randint(2, 4)),
         ("p", "编制：%s    审核：%s    批准：%s" % (co.p(2), co.p(0), co.boss)), ("break",), ("h1", "修订记录"),
         ("table", [["版本", "修订内容", "修订人", "日期"], ["V1.0", "首次编制", co.p(2), "%d-03-10" % (d.year - 2)],
                    ["V2.0", "增加虚拟化和网站群作业", co.p(3), "%d-09-01" % (d.year - 1)]]), ("h1", "目  录")]
    b += [("p", "%d  %s" % (i, OPS[k][0])) for i, k in enumerate(keys, 1)]
    for i, k in enumerate(keys, 1):
        name, ke, staff, steps, risks = OPS[k]
        b += [("break",), ("h1", "%d  %s" % (i, name)), ("p", "适用科室：%s；作业人员：%s。" % (ke, staff)), ("h2", "作业步骤")]
        b += [("p", "%d.%d %s。" % (i, j, fill(co, s))) for j, s in enumerate(steps, 1)]
        b += [("h2", "注意事项"), ("p", "；".join(risks) + "。")]
    return Doc("ops_book", "作业指导书汇编", d, ["24/work-instructions", "11/manuals"], False, b)


# ------------------------------------------------------------------ 组织、人员、会议

def leading_group(co, d, vendor):
    top, no = red_top(co, d, "关于调整学校网络安全和信息化领导小组及其办事机构组成人员的通知")
    rows = [["机构", "职务", "人员", "单位/部门"],
            ["网络安全和信息化领导小组", "组长", "党委书记、校长", "学校"],
            ["网络安全和信息化领导小组", "副组长", "分管信息化工作的副校长", "学校"],
            ["网络安全和信息化领导小组", "成员", "党政办公室、党委宣传部、教务处、财务处、人事处、保卫处主要负责人", "职能部门"],
            ["领导小组办公室（安全管理组）", "主任", co.boss, "网络与信息化中心（信息化建设与管理处）"],
            ["领导小组办公室（安全管理组）", "成员", "%s、%s" % (co.p(0), co.p(1)), "中心综合办公室、网络与安全科"],
            ["运维执行组", "组长", co.p(2), "网络与信息化中心系统与数据科"],
            ["运维执行组", "成员", "%s、%s、%s" % (co.p(3), co.p(4), co.p(5)), "网络与安全科、系统与数据科、用户服务科"]]
    if vendor:
        rows.append(["运维执行组", "驻场成员", "%s、%s、%s" % (co.vp(0), co.vp(1), co.vp(2)), "%s（驻场运维服务单位）" % co.vendor])
    b = top + [("p", "因工作需要和人员变动，经学校研究，决定对学校网络安全和信息化领导小组及其办事机构组成人员进行调整，现将有关事项通知如下："),
               ("h1", "一、网络安全和信息化领导小组"), ("p", "在学校党委网络安全和信息化委员会领导下，负责学校网络安全和信息化工作的统筹协调，审定信息化运维和网络安全的重大事项。"),
               ("h1", "二、领导小组办公室"), ("p", "设在网络与信息化中心，作为安全管理组，负责制度建设、等级保护、内部审核、网络安全检查和运维考核。"),
               ("h1", "三、运维执行组"), ("p", "由中心各科室运维人员组成%s，负责校园网、数据中心和信息系统的日常运维、巡检、故障处理和应急处置。"
                                      % ("，驻场运维服务单位派驻人员纳入运维执行组统一管理" if vendor else "")),
               ("table", rows)] + colophon(co, d)
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else [])
    return Doc("leading_group", "领导小组调整通知", d, items, False, b)


def staff_roster(co, d, outs):
    posts = [("综合办公室", "主任科员"), ("网络与安全科", "科长"), ("系统与数据科", "科长"), ("网络与安全科", "网络工程师"),
             ("系统与数据科", "系统管理员"), ("用户服务科", "服务台主管")]
    own = [[i + 1, co.p(i), posts[i][0], posts[i][1], co.rng.choice(["事业编制", "人事代理"]), "138%08d" % co.rng.randint(0, 10 ** 8 - 1)]
           for i in range(6)]
    ven = [[i + 1, co.vp(i), co.vendor, ["驻场网络工程师", "驻场系统工程师", "驻场安全工程师"][i], "运维执行组",
            "%d-%02d-01" % (d.year - 1, 3 + 2 * i)] for i in range(3)] if outs else []
    return book("staff_roster", "网络与信息化中心运维人员名单（%s更新）" % cnd(d), d, True, [
        ("中心人员", ["序号", "姓名", "科室", "岗位", "身份", "手机"], own, ["9/staff-list"]),
        ("驻场人员", ["序号", "姓名", "所属公司", "岗位", "所在工作组", "进场日期"], ven, ["9/outsourcing"])])


def role_sheet(co, d):
    rows = [["服务级别管理", "服务目录、运维服务协议和达成统计", "安全管理组（综合办公室）", co.p(0)],
            ["网络安全管理", "安全策略、漏洞管理、等级保护和安全事件处置", "安全管理组（网络与安全科）", co.p(1)],
            ["网络运维", "校园网、出口、无线和安全设备维护", "运维执行组（网络与安全科）", co.p(3)],
            ["系统运维", "数据中心、虚拟化、数据库和业务系统维护", "运维执行组（系统与数据科）", co.p(4)],
            ["服务台", "报修受理、派单、回访和学生助理管理", "运维执行组（用户服务科）", co.p(5)],
            ["配置管理", "资产台账和配置库维护", "安全管理组（综合办公室）", co.p(0)],
            ["驻场运维", "日常巡检、故障处理、变更实施", "运维执行组（驻场项目组）", zc(co, 0)]]
    return book("role_sheet", "网络与信息化中心运维岗位及角色清单", d, False, [
        ("角色", ["角色", "主要职责", "对应组织", "责任人"], rows, ["18/roles", "23/roles"])])


def iface_notice(co, d):
    top, no = red_top(co, d, "关于明确网络安全联络员的通知", "zx", to="中心各科室，校内各单位信息员：")
    b = top + [("p", "为做好与省教育厅、公安网安部门、各学院和%s的网络安全工作对接，经中心研究，明确网络与安全科%s为中心网络安全联络员（安全管理接口人），"
                     "负责网络安全通报的接收和处置跟踪、上级检查的配合和网络安全文件的传达，%s为B岗。" % (cust(co), co.p(1), co.p(3)))]
    return Doc("iface", "接口人通知", d, ["28/interface-person"], False, b + colophon(co, d, "zx"))


def desk_notice(co, d):
    top, no = red_top(co, d, "关于启用%s的通知" % co.au["desk"], "ban")
    b = top + [("p", "为方便师生办理信息化业务、统一受理报修和服务请求，学校在%s图书馆一楼设立%s，由网络与信息化中心用户服务科负责运行，"
                     "服务电话%s，%s“网信服务台”应用同步受理。" % (co.au["campus"][0], co.au["desk"], co.au["tel"], co.au["im"])),
               ("p", "服务时间：工作日8:00-21:30，周末及节假日9:00-17:00，其余时间电话转驻场值班工程师。"),
               ("p", "服务台职责：受理报修和服务请求，登记派单，跟踪处理进度，回访关闭；服务台由中心工作人员%s带领学生助理值守。" % co.p(5))] + colophon(co, d, "ban")
    return Doc("desk", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    names = ["%s（学生助理）" % n for n in ("张一鸣", "李若溪", "王子豪", "陈思彤", "刘家豪")[:co.rng.randint(3, 5)]]
    rows = [[i + 1, n, "%s、%s工单系统派单、常见故障（校园网认证、VPN、邮箱）处理、服务礼仪" % ("报修受理和分级", co.au["im"]),
             co.p(5), co.rng.choice(["92", "88", "95", "86"])] for i, n in enumerate(names)]
    return book("desk_training", "%s学生助理岗前培训记录（%s）" % (co.au["desk"], xq(d)), d, True, [
        ("培训签到及考核", ["序号", "姓名", "培训内容", "培训人", "考核成绩"], rows, ["48/training"])],
        note="培训时间：%s  地点：%s%s" % (d.isoformat(), co.au["campus"][0], co.au["desk"]))


def infoyuan_training(co, d):
    """学院信息员 网站群 内容发布 培训: a user training, not the service desk's: nothing"""
    rows = [[i + 1, "%s学院" % x, co.cp(i), "信息员", "已签到"] for i, x in enumerate(["文", "理", "工", "经管", "外国语", "马克思主义"])]
    return book("infoyuan", "二级网站群内容发布及信息员培训签到表", d, True, [("签到", ["序号", "单位", "姓名", "身份", "签到"], rows, [])])


def zr_minutes(co, d, n, topics):
    """中心主任办公会纪要: each decision proves its own item."""
    b = [("title", "网络与信息化中心主任办公会纪要"), ("p", "〔%d〕第%d期" % (d.year, n)),
         ("p", "%s，中心主任%s在%s信息楼302会议室主持召开主任办公会。出席：中心领导班子成员；列席：各科室负责人；记录：%s。现将会议议定事项纪要如下："
          % (cnd(d), co.boss, co.au["campus"][0], co.p(0)))]
    items, i = [], 0
    for t in topics:
        i += 1
        if t == "iface":
            b += [("h1", "%s、关于明确网络安全联络员" % han(i)),
                  ("p", "会议决定由网络与安全科%s担任中心网络安全联络员（安全管理接口人），负责与省教育厅、公安网安部门、各学院和%s的网络安全事务对接，%s为B岗。"
                   % (co.p(1), cust(co), co.p(3)))]
            items.append("28/interface-person")
        elif t == "iface_pending":
            b += [("h1", "%s、关于网络安全联络员" % han(i)),
                  ("p", "原联络员调任规划建设科，新联络员人选待学校年度岗位聘任结束后另行确定，期间由科长临时兼顾。")]
        elif t == "desk":
            b += [("h1", "%s、关于设立%s" % (han(i), co.au["desk"])),
                  ("p", "会议同意在%s设立%s，统一受理师生和%s的报修和服务请求，开通%s，%s“网信服务台”应用同步受理，由用户服务科%s负责，学生助理轮班。"
                   % (co.au["campus"][0], co.au["desk"], cust(co), co.au["tel"], co.au["im"], co.p(5)))]
            items.append("48/service-desk")
        elif t == "improve":
            b += [("h1", "%s、关于%d年运维服务改进项目" % (han(i), d.year)),
                  ("p", "会议听取综合办公室关于改进机会评估的汇报。按对教学科研的影响（40%）、实施成本（30%）、安全风险（30%）加权评分，排序如下："),
                  ("table", [["排序", "改进项目", "评分", "会议意见"], [1, "统一身份认证双活改造", 86, "同意立项"],
                             [2, "报修工单与知识库联动", 78, "同意立项"], [3, "两校区机房环境监控整合", 64, "列入下年度"]]),
                  ("p", "会议批准前两项立项实施，由综合办公室跟踪。")]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "improve_pending":
            b += [("h1", "%s、关于运维服务改进建议" % han(i)),
                  ("p", "综合办公室汇总了各科室和驻场项目组提出的改进建议9条，会议要求按评估标准评分后再提交主任办公会研究。")]
        elif t == "kaixue":
            b += [("h1", "%s、关于秋季开学迎新网络保障" % han(i)),
                  ("p", "会议部署迎新期间保障工作：新生宿舍区无线扩容在8月25日前完成，迎新期间暂停非紧急变更，中心领导带班。")]
        elif t == "budget":
            b += [("h1", "%s、关于下年度部门预算" % han(i)),
                  ("p", "会议研究了下年度信息化专项预算申报，要求规划建设科按学校财务处要求完成项目库填报。")]
        elif t == "dangjian":
            b += [("h1", "%s、关于支部工作" % han(i)), ("p", "会议传达了学校党委关于主题教育的部署，要求中心党支部按计划开展学习。")]
    b.append(("p", "出席：%s、%s、%s    记录：%s" % (co.boss, co.p(0), co.p(2), co.p(0))))
    return Doc("zr_minutes", "主任办公会纪要", d, sorted(set(items)), True, b)


def weekly_minutes(co, d):
    b = [("title", "中心周例会纪要（第%d周）" % co.rng.randint(2, 18)), ("p", "%s  主持：%s" % (anyd(co, d), co.boss)),
         ("p", "一、上周工作：服务台受理报修%d件，完成变更%d项，网站群检查发现问题%d个已通知信息员。" % (co.rng.randint(80, 260), co.rng.randint(3, 12), co.rng.randint(1, 6))),
         ("p", "二、本周安排：%s机房空调检修；配合教务处完成选课系统压力测试。" % co.au["campus"][1]),
         ("p", "三、其他：各科室周五前提交月度工作小结。")]
    return Doc("weekly", "周例会纪要", d, [], True, b)


# ------------------------------------------------------------------ 客户（附属医院 / 独立学院）

def survey(co, d, tm, sec):
    h = co.au["hosp"]
    p = Sec("%s信息化运维服务需求调研报告" % co.au["custfull"]).head(
        ("p", "调研单位：网络与信息化中心综合办公室    调研时间：%s" % anyd(co, d)))
    p.part("调研背景", ["根据学校与%s签订的信息化运维服务协议续签安排，中心于%d年%d月对%s开展运维服务需求调研，访谈%s分管领导、%s及%s，"
                       "并结合该%s“十四五”信息化建设规划形成本报告。" % (co.au["custfull"], d.year, d.month, cust(co),
                                                          cust(co), "信息科%s" % co.cp(0) if h else "院办%s" % co.cp(0),
                                                          "门诊、住院部和医务处" if h else "教务办和学生工作办", "院" if h else "学院")])
    if h:
        t = [["系统", "服务时段", "故障响应", "恢复时限"], ["院区网络及出口", "7×24", "15分钟", "2小时"],
             ["统一身份认证（院区接入）", "7×24", "15分钟", "2小时"], ["办公OA和邮件", "工作日8:00-17:30", "1小时", "1个工作日"]]
        s = "医院门急诊和住院业务连续运行，院区网络、出口和认证接入要求7×24小时保障，节假日安排驻场工程师值守；办公类系统工作日服务。"
    else:
        t = [["系统", "服务时段", "故障响应", "恢复时限"], ["学院校园网及无线", "7×24", "30分钟", "4小时"],
             ["教务管理系统（学院端）", "选课及考试期间7×24，其余工作日", "15分钟", "2小时"], ["一卡通（学院食堂）", "6:30-22:00", "15分钟", "1小时"]]
        s = "学院教学区和宿舍区网络要求7×24小时服务，选课、期末考试和招生录取期间须安排专人值守；办公类系统工作日服务。"
    p.part("服务时间需求", [s, ("table", t)], ["1/survey"], tm)
    p.part("安全服务需求和类型", ["%s提出的安全服务需求：出口防护和上网行为审计、终端防病毒、漏洞扫描和渗透测试、等级保护测评配合、网络安全事件应急支援、"
                               "职工网络安全意识培训。按类型分为安全运维类、安全评估类、应急支援类和培训咨询类。" % cust(co),
                               ("table", [["类型", "内容", "优先级"], ["安全运维类", "防火墙、上网行为管理、防病毒维护", "高"],
                                          ["安全评估类", "每学期漏洞扫描、年度渗透测试", "高"], ["应急支援类", "安全事件应急响应", "高"],
                                          ["培训咨询类", "等保测评配合、意识培训", "中"]])], ["5/survey"], sec)
    p.part("结论", ["调研结果经%s确认，作为运维服务协议和服务目录修订的依据。" % cust(co)])
    return p.doc("survey", d, False, ["调研人：%s、%s" % (co.p(0), co.p(5))])


def fee_sheet(co, d):
    rows = [[1, "网络及安全设备日常运维", 220, "驻场网络工程师1人", 800, 176000, "%d年1月起" % d.year],
            [2, "服务器和虚拟化平台运维", 120, "中心系统管理员、驻场工程师", 800, 96000, "按月"],
            [3, "季度健康检查", 12, "网络与安全科2人", 1000, 12000, "每季度末月"],
            [4, "漏洞扫描和渗透测试", 10, "安全工程师", 1500, 15000, "%d年10月前" % d.year],
            [5, "重大活动保障和应急支援", 16, "中心值班人员", 800, 12800, "按需"],
            ["", "合计", 378, "", "", 311800, ""]]
    return book("fee_sheet", "%s%d年度信息化运维服务经费测算表" % (co.au["custfull"], d.year), d, False, [
        ("测算", ["序号", "服务内容", "工作量（人天）", "人员安排", "单价（元/人天）", "金额（元）", "时间节点"], rows, ["2/budget"])],
        note="测算：%s    审核：%s    单位：元" % (co.p(0), co.boss))


def meeting(co, d, agreed):
    p = Sec("%s信息化运维服务对接会纪要" % cust(co)).head(
        ("p", "时间：%s    地点：%s行政楼会议室" % (anyd(co, d), cust(co))),
        ("p", "参会：中心%s、%s；%s%s、%s" % (co.boss, co.p(0), cust(co), co.cp(0), co.cp(1))))
    p.part("会议内容", ["双方就%d年度运维服务范围、驻场安排、健康检查和报修渠道进行沟通。" % d.year])
    p.part("会议共识", ["（一）服务范围包括%s网络及出口、安全设备、服务器和办公系统；" % cust(co),
                        "（二）中心安排驻场工程师每周二、四到%s现场值守，其余时间远程支持，重大活动前现场保障；" % cust(co),
                        "（三）每季度开展一次健康检查，报告5个工作日内送达；",
                        "以上事项双方一致同意，由中心据此修订运维服务协议附件。"], ["3/communication"], agreed)
    p.part("待议事项", ["%s提出的机房搬迁配合事项另行商议。" % cust(co) if agreed else
                        "服务范围和驻场频次双方未达成一致，%s将内部研究后再议。" % cust(co)])
    return p.doc("meeting", d, False, ["记录：%s" % co.p(5)])


def history(co, d, on):
    p = Sec("上一服务期运维数据分析及保障方案").head(("p", "%s    编制：%s    %s" % (zx(co), co.p(0), anyd(co, d))))
    p.part("历史数据清单", [("table", [["序号", "数据", "来源", "时间范围", "数量"],
                                      [1, "报修工单", "%s网信服务台" % co.au["im"], "上一服务期", co.rng.randint(900, 3000)],
                                      [2, "变更审批", "%s审批" % co.au["im"], "上一服务期", co.rng.randint(60, 200)],
                                      [3, "监控告警", "运维监控平台", "上一服务期", co.rng.randint(5000, 20000)],
                                      [4, "安全日志", "日志审计系统", "上一服务期", "约%d亿条" % co.rng.randint(2, 9)],
                                      [5, "巡检和健康检查报告", "中心共享盘", "上一服务期", co.rng.randint(30, 80)]])],
           ["4/history-list"], "list" in on)
    p.part("数据分析", ["指标完成情况：%s网络可用率99.93%%，达到协议约定；报修按时解决率95.8%%。" % cust(co),
                        "违例操作：发现未走审批直接调整防火墙策略2次、共用管理员账号1次，已通报整改。",
                        "重大事件：发生重大事件1起（%s出口链路中断1小时42分钟）。" % cust(co),
                        "重大（失败）变更：核心交换机版本升级失败回退1次。"], ["4/analysis"], "analysis" in on)
    p.part("保障策略和实施方案", ["针对上述问题：一是出口链路改为双运营商；二是变更前强制测试并准备回退；三是共用账号清理并启用堡垒机。",
                               ("table", [["措施", "责任人", "完成时间"], ["双运营商出口", co.p(3), "%d年3月" % (d.year + 1 if d.month > 9 else d.year)],
                                          ["堡垒机全覆盖", co.p(1), "%d年6月" % d.year]])], ["4/strategy"], "strategy" in on)
    return p.doc("history", d, False)


def agreement(co, d, modes, kpis, health):
    p = Sec("%s信息化运维服务协议" % co.au["custfull"], "cn").head(
        ("p", "甲方：%s    乙方：%s（网络与信息化中心）" % (co.au["custfull"], school(co))),
        ("p", "协议编号：%sWX-%d-%02d" % (co.au["pre"], d.year, co.rng.randint(1, 20))))
    p.part("服务范围", ["乙方为甲方的网络及出口、安全设备、服务器、办公系统和统一身份认证接入提供运维服务。"])
    p.part("运维方式", ["乙方采用驻场值守、定期巡检和远程值守相结合的方式：工作日安排驻场工程师现场值守；每月定期巡检一次；非工作时间由乙方运维监控平台远程值守。"],
           ["35/sla"], modes)
    p.part("服务级别和核心指标", [("table", [["指标", "承诺值"], ["网络及核心系统可用率", "≥99.9%"], ["一级故障响应时间", "15分钟"],
                                            ["一级故障恢复时间", "4小时"], ["满意度", "≥90分"]])], ["36/sla"], kpis)
    p.part("健康检查", ["乙方每季度开展一次健康检查，重要时期现场检查，其余远程检查，检查内容包括安全设备和业务系统的可用性、持续性和配置，报告5个工作日内提交。"],
           ["15/agreement"], health)
    p.part("费用和期限", ["服务费用按年度经费测算表结算，协议期三年，自%s起，期满前三个月双方协商续签。" % cnd(d)])
    return p.doc("agreement", d, False, ["甲方（盖章）：%s    乙方（盖章）：%s" % (co.au["custfull"], school(co)), "签订日期：%s" % anyd(co, d)],
                 extra=["39/sla"])


def health_check(co, d, collect, secdev):
    items = ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    p = Sec("%s%d年第%d季度健康检查报告" % (cust(co), d.year, quarter(d))).head(
        ("p", "检查方式：%s    检查时间：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查", "现场检查"]), anyd(co, d), co.p(3), zc(co, 0))))
    rows = [["对象", "可用性", "持续运行时长", "冗余状态", "结论"]]
    if secdev:
        rows += [["出口防火墙", "100%", "%d天" % co.rng.randint(40, 300), "主备正常", "健康"],
                 ["上网行为管理", "100%", "%d天" % co.rng.randint(40, 300), "单机", "关注"]]
    rows += [["OA办公系统", "99.97%", "%d天" % co.rng.randint(20, 120), "双节点", "健康"],
             ["统一身份认证接入", "99.99%", "%d天" % co.rng.randint(20, 120), "双活", "健康"]]
    p.part("检查范围", ["%s%s业务系统。" % ("%s的安全设备及" % cust(co) if secdev else "%s的" % cust(co), "OA、邮件、认证接入")])
    p.part("可用性和持续性检查", [("table", rows)])
    p.part("安全信息采集", ["采集配置：导出防火墙、核心交换机运行配置与基线比对，差异%d项；" % co.rng.randint(0, 3),
                           "采集流量：出口带宽峰值%dMbps、均值%dMbps，无异常流量；" % (co.rng.randint(600, 1800), co.rng.randint(200, 500)),
                           "采集状态：CPU、内存、磁盘、会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], collect)
    p.part("问题和建议", ["上网行为管理为单机部署，建议下年度增加冗余。"])
    doc = p.doc("health_check", d, True)
    doc.items = sorted(set(doc.items) | set(items))
    return doc


def csat(co, d, half):
    yy = d.year if half == "上半年" else d.year - 1
    p = Sec("%s%d年%s运维服务满意度调查报告" % (cust(co), yy, half)).head(("p", "调查时间：%s    方式：问卷星线上问卷及电话回访" % anyd(co, d)))
    p.part("调查结果", [("table", [["项目", "得分"], ["响应及时性", co.rng.randint(85, 97)], ["技术能力", co.rng.randint(85, 97)],
                                   ["服务态度", co.rng.randint(90, 99)], ["综合满意度", co.rng.randint(87, 96)]]),
                        "回收有效问卷%d份。" % co.rng.randint(40, 160)])
    p.part("满意度分析", ["服务态度评价最高；响应及时性较低，主要是夜间和周末只能电话报修、等待时间长。"])
    p.part("改进措施", ["开通%s报修并增加周末驻场值守。" % co.au["im"]])
    return p.doc("csat", d, True, extra=["41/surveys", "58/survey", "63/survey"])


def wjx_export(co, d):
    """问卷星 answer export: a filled questionnaire (63), no analysis (not 41/58)"""
    rows = [[i + 1, (d - timedelta(days=co.rng.randint(0, 10))).isoformat() + " %02d:%02d" % (co.rng.randint(8, 21), co.rng.randint(0, 59)),
             "%d秒" % co.rng.randint(40, 300), co.rng.choice(["门诊部", "医务处", "财务科", "护理部"] if co.au["hosp"] else ["教务办", "学工办", "计算机系", "外语系"]),
             co.rng.choice(["非常满意", "满意", "一般"]), co.rng.choice(["非常满意", "满意"]), co.rng.choice(["满意", "一般", "非常满意"]),
             co.rng.choice(["(空)", "希望周末也能到场", "(空)", "报修响应快"])] for i in range(co.rng.randint(12, 24))]
    return book("wjx", "%s信息化运维服务满意度问卷_答卷数据" % cust(co), d, True, [
        ("Sheet1", ["序号", "提交答卷时间", "所用时间", "1.您所在的部门", "2.对响应速度的评价", "3.对服务态度的评价", "4.对问题解决效果的评价", "5.意见和建议"],
         rows, ["63/survey"])])


def csat_trend(co, d):
    b = [("title", "%s运维服务满意度趋势分析" % cust(co)), ("p", "综合办公室    %s" % anyd(co, d)),
         ("table", [["期次", "综合满意度", "响应及时性"], ["%d年上半年" % (d.year - 2), 88, 84], ["%d年下半年" % (d.year - 2), 90, 86],
                    ["%d年上半年" % (d.year - 1), 91, 88], ["%d年下半年" % (d.year - 1), 93, 91]]),
         ("p", "趋势：综合满意度连续四期上升，响应及时性提升最明显，与开通线上报修和增加周末驻场有关；技术能力评价持平，需加强驻场工程师培训。")]
    return Doc("csat_trend", "满意度趋势", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = [[(d - timedelta(days=30 * i)).isoformat(), cust(co), co.cp(i), co.p(5), co.rng.choice(["电话", "上门", co.au["im"]]),
             co.rng.choice(["满意", "希望报告提前送达", "满意，无意见", "建议增加培训"]), "已反馈科室"] for i in range(5)]
    return book("callbacks", "%s服务回访登记表（%d年）" % (cust(co), d.year), d, True, [
        ("回访", ["回访日期", "单位", "被回访人", "回访人", "方式", "意见", "处理情况"], rows, ["63/follow-up-visits"])])


def cust_monthly(co, d, trend, avail):
    p = Sec("%s信息化运维服务月报（%d年%d月）" % (cust(co), d.year, d.month)).head(("p", "报送：%s信息科    %s" % (cust(co), anyd(co, d))))
    p.part("服务概况", ["本月受理报修%d件，完成%d件；服务请求%d件；变更%d项。" % (co.rng.randint(30, 90), co.rng.randint(28, 88), co.rng.randint(10, 40), co.rng.randint(1, 6))])
    p.part("运行监控趋势", [("table", [["指标", "%d月" % max(1, d.month - 2), "%d月" % max(1, d.month - 1), "%d月" % d.month, "趋势"],
                                       ["出口带宽峰值(Mbps)", 720, 760, 810, "上升"], ["告警数", 130, 112, 97, "下降"],
                                       ["报修量", 66, 71, 58, "下降"]]),
                          "出口带宽峰值连续三个月上升，预计下学期达到扩容阈值，已建议%s启动扩容。" % cust(co)], ["50/monitoring-report"], trend)
    p.part("可用性", ["本月网络及核心系统可用率99.96%%，中断1次（%d日出口链路抖动8分钟），达标。" % co.rng.randint(2, 27)],
           ["18/availability-report", "22/report"], avail)
    p.part("下月计划", ["配合%s完成机房UPS电池更换。" % cust(co)])
    return p.doc("cust_monthly", d, True)


def requirements(co, d):
    b = [("title", "%s新一代一卡通系统建设需求确认单" % cust(co)),
         ("p", "项目：%s一卡通系统（接入学校统一平台）    日期：%s" % (cust(co), anyd(co, d))),
         ("table", [["类别", "需求", "确认"], ["功能", "支持虚拟卡、扫码消费、门禁联动和统一身份认证登录", "已确认"],
                    ["性能", "高峰期消费并发≥300笔/秒，交易响应≤1秒", "已确认"],
                    ["安全", "满足等保二级，交易数据加密传输，管理员双因素认证", "已确认"]]),
         ("p", "需方签字：%s    中心签字：%s" % (co.cp(0), co.p(2)))]
    return Doc("requirements", "需求确认", d, ["11/requirements"], True, b)


# ------------------------------------------------------------------ 服务设计

CAT = {
    "base": [("初始服务", "资产识别、配置项收集、运维流程导入（新接入单位）", "现场", ["12/catalog"]),
             ("安全设备运维", "出口防火墙、上网行为管理、WAF、堡垒机的日常维护、升级", "现场+远程", ["12/catalog"]),
             ("日常巡检服务", "两校区机房每日巡检，设备状态和病毒库检查", "现场", ["12/catalog"]),
             ("健康检查", "每季度安全设备和业务系统健康检查", "现场/远程", ["12/catalog"]),
             ("安全事件审计", "网络及安全设备、服务器、应用日志的审计", "远程", ["12/catalog"])],
    "l2": [("运维监控与分析", "7×24监控，运行月报趋势分析", "远程", ["19/catalog"]),
           ("终端安全监控", "办公终端防病毒、准入和违规外联监控", "远程", ["19/catalog"]),
           ("等级保护合规性运维", "定级备案、测评配合和整改跟踪", "现场", ["19/catalog"])],
    "l1": [("安全通告及漏洞分析", "漏洞、病毒、厂商通告的收集、分析和发布", "远程", ["26/catalog"]),
           ("应急响应服务", "7×24应急响应，一级事件30分钟到场", "现场", ["26/catalog"])],
    "user": [("账号与认证", "统一身份认证账号开通、密码重置", "服务台", []),
             ("校园网接入", "有线、无线、VPN开通", "服务台", []),
             ("邮箱服务", "邮箱开通、扩容", "服务台", [])],
}


def catalog(co, d, parts):
    items = ["29/catalog"]
    rows = [["服务类别", "服务项目", "服务内容", "服务方式", "承诺时限"]]
    for pt in ["user"] + list(parts):
        for n, c, m, its in CAT[pt]:
            rows.append(["师生服务" if pt == "user" else "安全运维", n, c, m, co.rng.choice(["1个工作日", "即时", "4小时", "按计划"])])
            items += its
    b = [("title", "网络与信息化中心信息化服务目录（%d版）" % d.year),
         ("p", "%s发布，适用于校内各单位和%s。" % (anyd(co, d), cust(co))), ("table", rows),
         ("p", "服务目录每年修订一次，由综合办公室负责解释。")]
    return Doc("catalog", "服务目录", d, sorted(set(items)), False, b)


def vendor_contract(co, d, sld=True):
    p = Sec("%s校园网及数据中心驻场运维服务合同" % school(co), "dig").head(
        ("p", "合同编号：%sCG-%d-%03d    甲方：%s    乙方：%s" % (co.au["pre"], d.year, co.rng.randint(10, 300), school(co), co.vendor)))
    p.part("服务内容", ["乙方派驻网络、系统、安全工程师各1名，在甲方网络与信息化中心统一管理下承担日常运维。" if co.au_outs else
                        "乙方提供远程技术支持和定期上门巡检服务，故障时按约定时限到场，不派驻常驻人员。"])
    p.part("服务级别要求", [("table", [["级别", "响应", "到场", "恢复"], ["一级（全校性中断）", "15分钟", "30分钟", "2小时"],
                                       ["二级（单系统中断）", "30分钟", "1小时", "8小时"], ["三级（个别用户）", "2小时", "次工作日", "2个工作日"]])],
           ["8/sld"], sld)
    p.part("考核", ["甲方按季度对乙方进行考核，考核结果与服务费支付挂钩。"])
    return p.doc("vendor_contract", d, False, ["甲方：%s    乙方：%s    签订日期：%s" % (school(co), co.vendor, anyd(co, d))])


def ola(co, d):
    b = [("title", "网络与信息化中心科室间运维协同约定"), ("p", "%s    经中心主任办公会审定" % anyd(co, d)),
         ("h1", "一、约定范围"), ("p", "网络与安全科、系统与数据科、用户服务科之间及与驻场运维项目组之间的运维协同。"),
         ("h1", "二、内部支持时限"),
         ("table", [["级别", "二线接手", "恢复"], ["一级", "15分钟", "2小时"], ["二级", "30分钟", "8小时"], ["三级", "2小时", "2个工作日"]]),
         ("p", "上述内部时限与驻场运维服务合同约定的服务级别保持一致，合同变更时同步修订本约定，每学期对照复核一次。")]
    return Doc("ola", "OLA", d, ["8/ola"], False, b)


def avail_kpis(co, d):
    rows = [["整体指标", "校园网整体可用率", "两校区", "≥99.9%", "月"], ["整体指标", "重大中断次数", "全部系统", "0", "学年"],
            ["单系统指标", "统一身份认证可用率", co.sys(0), "≥99.95%", "月"], ["单系统指标", "一卡通消费成功率", "一卡通", "≥99.9%", "月"],
            ["单系统指标", "选课期间教务系统可用率", "教务管理系统", "≥99.99%", "选课周"], ["单系统指标", "%s出口可用率" % cust(co), cust(co), "≥99.9%", "月"]]
    return book("avail_kpis", "信息系统可用性指标清单", d, False, [("指标", ["类型", "指标", "范围", "目标", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    p = Sec("以往运维解决方案对教学和管理工作影响分析").head(("p", "综合办公室    %s" % anyd(co, d)))
    p.part("解决方案回顾", ["回顾上一学年实施的%d项运维解决方案，包括出口策略优化、认证平台扩容、无线漫游调整、网站群补丁加固等。" % co.rng.randint(20, 40)])
    p.part("对教学和管理的影响", ["其中4项实施时对教学有短时影响（最长15分钟，均在非教学时段）；选课期间的扩容方案使选课系统零中断。"], ["7/impact-analysis"])
    p.part("安全事件处理效率分析", ["全年处理安全事件%d起，平均处理时长4.1小时；网站暗链、弱口令和挖矿告警等重复性事件占58%%。" % co.rng.randint(60, 140)], [], auto)
    p.part("可自动化的服务", ["建议将弱口令核查、网站群篡改巡查、病毒库版本核查和巡检报告生成实现自动化。"], ["7/automation"], auto)
    return p.doc("svc_review", d, True)


def dev_plan(co, d):
    b = [("title", "%d年度运维工具自主开发计划" % d.year), ("p", "网络与信息化中心    %s" % anyd(co, d)),
         ("p", "根据学校和%s的需求及中心现有开发能力，计划开发以下运维和安全工具：" % cust(co)),
         ("table", [["工具", "用途", "开发方式", "完成时间", "负责人"],
                    ["网站群篡改巡查脚本", "定时比对二级网站首页", "中心自研", "%d年5月" % d.year, co.p(1)],
                    ["巡检日报自动生成", "汇总监控平台数据生成日报", "中心自研+学生助理", "%d年9月" % d.year, co.p(4)],
                    ["弱口令核查工具", "批量核查服务器和网络设备口令", "中心自研", "%d年11月" % d.year, co.p(3)]]),
         ("p", "审批：%s" % co.boss)]
    return Doc("dev_plan", "开发计划", d, ["33/dev-plan"], False, b)


# ------------------------------------------------------------------ 运维记录

def patrol_book(co, d, campus, kinds):
    days = [back(d, i) for i in range(0, 28, 3)]
    sheets = [("机房环境", ["日期", "温度", "湿度", "UPS负载", "空调", "巡检人"],
               [[x.isoformat(), "%d℃" % co.rng.randint(21, 26), "%d%%" % co.rng.randint(40, 60), "%d%%" % co.rng.randint(30, 55), "正常", zc(co, 0)] for x in days], [])]
    if "dev" in kinds:
        sheets.append(("网络及安全设备", ["日期", "设备", "CPU", "内存", "会话数/端口", "告警", "结论", "巡检人"],
                       [[x.isoformat(), co.rng.choice(["出口防火墙", "核心交换机", "上网行为管理", "WAF"]), "%d%%" % co.rng.randint(8, 45),
                         "%d%%" % co.rng.randint(30, 65), co.rng.randint(20000, 160000), co.rng.choice(["无", "无", "1条低危"]), "正常", zc(co, 0)] for x in days],
                       ["44/inspection", "45/monitoring", "14/maintenance"]))
    if "av" in kinds:
        sheets.append(("防病毒", ["日期", "范围", "病毒库版本", "终端在线率", "查杀结果", "执行人"],
                       [[x.isoformat(), "办公终端及服务器", "%d%02d%02d" % (x.year, x.month, x.day), "%d%%" % co.rng.randint(93, 99),
                         co.rng.choice(["未发现病毒", "清除木马1个", "隔离挖矿程序1个"]), zc(co, 2)] for x in days[::2]],
                       ["44/virus-scan", "45/antivirus", "14/maintenance"]))
    if "maint" in kinds:
        sheets.append(("日常维护", ["日期", "设备", "维护内容", "结果", "维护人"],
                       [[x.isoformat(), co.rng.choice(["防火墙", "核心交换机", "无线控制器"]), co.rng.choice(["清理日志、检查策略命中", "设备除尘、检查线缆标签", "配置备份"]), "完成", zc(co, 0)]
                        for x in days[::2]], ["14/maintenance", "44/maintenance"]))
    if "fault" in kinds:
        sheets.append(("故障处理", ["日期", "设备", "现象", "类型", "检测和排除", "恢复用时"],
                       [[days[1].isoformat(), "汇聚交换机（%s）" % co.rng.choice(["图书馆", "实验楼", "学生公寓"]), "电源告警", "硬件", "更换电源模块", "35分钟"],
                        [days[4].isoformat(), "无线AP", "批量掉线", "软件", "重启AC并升级补丁", "20分钟"]],
                       ["44/faults", "14/maintenance"]))
    if "up" in kinds:
        sheets.append(("版本升级", ["日期", "设备", "升级前", "升级后", "验证"],
                       [[days[2].isoformat(), "出口防火墙", "V5.6R10", "V5.6R11", "通过"],
                        [days[5].isoformat(), "WAF", "特征库%d%02d01" % (d.year, max(1, d.month - 1)), "特征库%d%02d01" % (d.year, d.month), "通过"]],
                       ["44/upgrades", "14/maintenance"]))
    return book("patrol", "%s数据中心机房巡检记录（%d年%d月）" % (campus, d.year, d.month), d, True, sheets)


def summer_overhaul(co, d, what):
    rows = [[back(d, i * 2).isoformat(), x, y, "完成", co.p(3 + i % 2)] for i, (x, y) in enumerate([
        ("核心交换机", "板卡检查、风扇除尘、版本升级至R%04d" % co.rng.randint(7500, 7800)), ("出口防火墙", "HA切换测试、固件升级"),
        ("UPS", "电池放电测试"), ("存储", "磁盘健康检查、更换预警盘1块"), ("楼宇汇聚交换机", "除尘、线缆整理")])]
    return book("overhaul", "%d年%s集中检修记录" % (d.year, what), d, True, [
        ("检修记录", ["日期", "设备", "检修内容", "结果", "负责人"], rows, ["14/maintenance", "44/maintenance", "44/upgrades"])])


def overhaul_plan(co, d, what):
    b = [("title", "%d年%s信息化基础设施集中检修方案" % (d.year, what)), ("p", "网络与信息化中心    %s" % anyd(co, d)),
         ("p", "一、检修时间：%s放假后第一周至开学前一周。" % what), ("p", "二、检修内容：核心网络设备版本升级、机房UPS放电、存储健康检查、楼宇弱电间整理。"),
         ("p", "三、停机安排：统一身份认证和一卡通停机窗口另行在信息门户公告。")]
    return Doc("overhaul_plan", "检修方案", d, [], False, b)


def hw_stats(co, d, rows_on=True):
    rows = [[i + 1, back(d, 45 * i).isoformat(), co.rng.choice(["出口防火墙", "核心交换机", "汇聚交换机", "WAF", "上网行为管理"]),
             ["电源模块", "风扇", "光模块", "硬盘", "主板"][i], co.rng.choice(["原厂更换", "备件替换"]), "%d分钟" % co.rng.randint(10, 120)] for i in range(5)] if rows_on else []
    if rows:
        rows.append(["", "合计", "", "%d次" % len(rows), "", ""])
    return book("hw_stats", "网络及安全设备硬件故障统计表（%d年）" % d.year, d, True, [
        ("统计", ["序号", "日期", "设备", "故障部件", "处理", "影响时长"], rows, ["14/hardware-faults", "44/faults"])])


def change_export(co, d, done=True):
    rows = []
    for i in range(co.rng.randint(6, 12)):
        x = back(d, 6 * i)
        rows.append(["%s%04d" % (ymd(x), co.rng.randint(1000, 9999)), "网信变更申请", co.p(3 + i % 3),
                     co.rng.choice(["出口防火墙新增策略", "认证平台版本升级", "无线控制器补丁", "数据库参数调整", "VPN地址池扩容"]),
                     co.rng.choice(["一般", "重大", "一般"]), "%s 09:%02d" % (x.isoformat(), i), "已通过" if done else "审批中",
                     "%s→%s" % (co.p(1), co.boss) if done else co.p(1), ("成功" if co.rng.random() < 0.9 else "失败已回退") if done else ""])
    h = ["审批编号", "审批模板", "发起人", "变更内容", "级别", "发起时间", "审批状态", "审批人", "实施结果"]
    return book("change_export", "%s审批导出_网信变更申请_%s" % (co.au["im"], ymd(d)), d, True, [
        ("审批记录", h, rows, ["54/records", "43/process-records"] if done else [])])


def tickets(co, d, resp=True):
    rows = []
    for i in range(14):
        x = back(d, 3 * i)
        r = ["WX%s%03d" % (ymd(x), co.rng.randint(1, 300)), co.rng.choice(["报修", "报修", "服务请求"]),
             co.rng.choice(["%s宿舍" % co.au["campus"][1], "图书馆", "行政楼", cust(co), "实验楼"]),
             co.rng.choice(["校园网认证失败", "VPN无法连接", "邮箱无法登录", "办公电脑中毒", "无线信号弱", "IP地址申请"]),
             "%s %02d:%02d" % (x.isoformat(), 8 + i % 10, i * 3 % 60)]
        if resp:
            r.append("%d分钟" % co.rng.randint(2, 25))
        r += ["%s" % co.rng.choice([co.p(5), "学生助理", zc(co, 0)]), "已解决", co.rng.choice(["满意", "满意", "非常满意", "一般"])]
        rows.append(r)
    h = ["工单号", "类型", "地点", "问题描述", "提交时间"] + (["响应时长"] if resp else []) + ["处理人", "状态", "评价"]
    return book("tickets", "%s网信服务台工单导出_%s" % (co.au["im"], ymd(d)), d, True, [
        ("工单", h, rows, ["43/process-records"] + (["55/response-times"] if resp else []))])


def monthly(co, d, trend, data, avail):
    m = d.month - 1 or 12
    y = d.year if d.month > 1 else d.year - 1
    p = Sec("网络与信息化中心运行月报（%d年%d月）" % (y, m)).head(("p", "综合办公室编    %s" % anyd(co, d)))
    p.part("总体运行情况", ["本月校园网、数据中心和各信息系统运行平稳，服务台受理报修%d件、服务请求%d件。" % (co.rng.randint(200, 700), co.rng.randint(80, 300))])
    p.part("运行趋势分析", [("table", [["指标", "%d月" % ((m - 3) % 12 + 1), "%d月" % ((m - 2) % 12 + 1), "%d月" % m, "趋势"],
                                       ["出口带宽峰值(Gbps)", 8.2, 8.9, 9.6, "上升"], ["无线并发终端(万)", 3.1, 3.4, 3.6, "上升"],
                                       ["安全告警(条)", 1820, 1510, 1330, "下降"], ["报修量", 610, 540, 488, "下降"]]),
                          "出口带宽峰值持续上升，按当前增速预计下学期中达到10G链路的85%扩容阈值；告警数下降与WAF规则优化有关。"],
           ["50/monitoring-report"], trend)
    p.part("运维数据收集", [("table", [["指标", "本月", "目标"], ["异常报告及时率", "98.6%", "≥95%"], ["异常漏报率", "0.4%", "≤1%"],
                                       ["维护作业计划的及时完成率", "96%", "≥95%"], ["故障隐患发现率", "91%", "≥90%"],
                                       ["异常主动发现率", "87%", "≥85%"], ["问题解决率", "94%", "≥90%"], ["漏洞扫描覆盖率", "100%", "100%"],
                                       ["加固设备覆盖率", "95%", "≥95%"], ["安全补丁安装及时率", "92%", "≥90%"], ["安全事件次数", co.rng.randint(2, 9), "—"]])],
           ["56/data"], data)
    p.part("可用性报告", ["统一身份认证可用率99.98%%，一卡通99.95%%，校园网整体99.93%%，均达标；本月中断事件%d次，详见中断登记。" % co.rng.randint(1, 3)],
           ["18/availability-report", "22/report"], avail)
    p.part("下月重点", ["配合教务处做好期末考试和成绩录入保障。"])
    return p.doc("monthly", d, True)


def avail_plan(co, d):
    b = [("title", "%d年信息系统可用性保障计划" % d.year), ("p", "网络与信息化中心    %s" % anyd(co, d)),
         ("h1", "一、可用性目标"), ("p", "统一身份认证≥99.95%，选课期间教务系统≥99.99%，校园网整体≥99.9%。"),
         ("h1", "二、保障措施"), ("p", "认证平台双活、出口双链路、核心设备冗余、选课前压力测试、寒暑假集中检修。"),
         ("h1", "三、可用性事件监控和报告"), ("p", "运维监控平台记录全部中断事件，登记于信息系统中断登记表，每月在运行月报中报告可用性执行情况并提出改进。")]
    return Doc("avail_plan", "可用性计划", d, ["18/availability-plan", "22/plan"], False, b)


def outage_book(co, d, rows_on=True):
    rows = [[back(d, 23 * i).isoformat(), co.sys(i), co.rng.choice(["服务中断", "访问缓慢", "部分中断"]), "%d分钟" % co.rng.randint(3, 90),
             co.rng.choice(["链路故障", "数据库连接数耗尽", "存储控制器切换", "证书过期"]), "已恢复", co.p(3 + i % 2)] for i in range(6)] if rows_on else []
    return book("outage", "信息系统中断登记表（%d年）" % d.year, d, True, [
        ("中断登记", ["日期", "系统", "现象", "中断时长", "原因", "处理", "登记人"], rows,
         ["18/availability-events", "22/events", "43/process-records"])])


def kb_export(co, d, rows_on):
    rows = [["KB%04d" % (100 + i), t, c, co.p(i % 6), "已发布", co.rng.randint(20, 900)] for i, (t, c) in enumerate([
        ("校园网认证提示“用户不存在”处理", "网络"), ("VPN客户端证书过期处理", "网络"), ("Outlook配置学校邮箱", "邮件"),
        ("一卡通消费机离线排查", "一卡通"), ("虚拟机磁盘扩容步骤", "数据中心"), ("网站群栏目权限配置", "网站群")])] if rows_on else []
    return book("kb", "运维知识库导出_%s" % ymd(d), d, True, [
        ("知识条目", ["编号", "标题", "分类", "提交人", "状态", "浏览次数"], rows, ["21/knowledge-base"])])


def asset_book(co, d):
    rows = []
    devs = [("FW", "出口防火墙", "网络安全设备", "华为USG9560", "出口访问控制", "G1/0/1-出口路由"),
            ("SW", "核心交换机", "网络设备", "H3C S12508X", "数据交换", "上联FW"),
            ("AC", "无线控制器", "网络设备", "锐捷WS6812", "无线管理", "旁挂核心"),
            ("WAF", "Web应用防火墙", "网络安全设备", "长亭雷池", "网站群防护", "串接DMZ"),
            ("BH", "堡垒机", "网络安全设备", "齐治PAM", "运维审计", "管理网"),
            ("SRV", "认证服务器", "服务器", "浪潮NF5280M6", co.sys(0), "Bond0-核心")]
    for i, (a, n, t, m, f, port) in enumerate(devs, 1):
        rows.append(["%s-%s-%02d" % (co.short, a, i), n, t, m, f, "%s信息楼%d层机房%d柜" % (co.au["campus"][i % 2], 2 + i % 2, i), port,
                     "生产", ["高", "高", "中", "高", "中", "高"][i - 1], "双机" if i < 3 else "单机+备件", "V%d.%d" % (co.rng.randint(3, 9), co.rng.randint(0, 9))])
    return book("asset", "信息资产台账（%s）" % ymd(d), d, True, [
        ("资产", ["资产编号", "名称", "种类", "型号", "功能", "物理位置", "端口对应", "部署", "分级", "保护措施", "软件版本"], rows,
         ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    h = ["CI编号", "配置项", "类型", "版本", "责任人", "密级", "访问控制", "完整性校验", "备份"] + (["上游CI", "下游CI"] if rel else [])
    cis = [("出口防火墙策略", "安全配置"), ("核心交换机配置", "网络配置"), ("认证平台配置", "应用配置"),
           ("一卡通数据库参数", "数据库配置"), ("WAF规则集", "安全配置"), ("VPN用户策略", "安全配置")]
    rows = []
    for i, (n, t) in enumerate(cis, 1):
        r = ["CI-%03d" % i, n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i % 5 + 1), "内部", "仅配置管理员可写", "SHA256", "每日异地"]
        if rel:
            r += ["CI-%03d" % (i - 1) if i > 1 else "—", "CI-%03d" % (i + 1) if i < 6 else "—"]
        rows.append(r)
    return book("cmdb", "配置管理库导出_%s" % ymd(d), d, True, [
        ("配置项", h, rows, ["27/cmdb"] + (["38/cmdb-relations"] if rel else []))])


def ci_changes(co, d):
    rows = [[back(d, 18 * i).isoformat(), "CI-%03d" % (i % 6 + 1), co.rng.choice(["新增策略", "版本升级", "参数调整", "规则更新"]),
             "审批编号%s%04d" % (ymd(back(d, 18 * i)), co.rng.randint(1000, 9999)), co.p(3), co.p(0)] for i in range(6)]
    return book("ci_changes", "配置项更新维护记录（%d年）" % d.year, d, True, [
        ("更新记录", ["日期", "配置项", "更新内容", "依据", "执行人", "复核人"], rows, ["43/ci-updates"])])


def collect_sheet(co, d):
    rows = [[back(d, 30 * i).isoformat(), co.rng.choice(["出口防火墙", "核心交换机", "WAF"]), "已导出，与基线比对差异%d项" % co.rng.randint(0, 3),
             "出口峰值%.1fGbps" % (co.rng.randint(60, 98) / 10), "CPU %d%% 内存 %d%%" % (co.rng.randint(8, 50), co.rng.randint(30, 70)), co.p(3)] for i in range(6)]
    return book("collect", "安全信息采集记录（%d年）" % d.year, d, True, [
        ("采集", ["日期", "对象", "系统配置", "流量信息", "系统状态", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def baseline(co, d):
    rows = [["账号", "口令复杂度", "≥10位，含大小写、数字和特殊字符", "服务器、网络设备"], ["账号", "登录失败处理", "5次锁定30分钟", "服务器"],
            ["服务", "关闭高危端口", "禁用telnet、ftp、SMBv1", "服务器"], ["日志", "日志外发", "syslog发送至日志审计系统", "网络安全设备"],
            ["防火墙", "默认策略", "默认拒绝", "防火墙"]]
    return book("baseline", "信息系统安全配置基线（%s版）" % d.year, d, False, [("基线", ["类别", "检查项", "要求", "适用对象"], rows, ["25/baseline"])])


# ------------------------------------------------------------------ 网络安全

def log_audit(co, d):
    b = [("title", "%d年第%d季度日志审计分析报告" % (d.year, quarter(d))), ("p", "网络与安全科    %s    审计人：%s" % (anyd(co, d), co.p(1))),
         ("h1", "一、网络及安全设备日志"), ("p", "出口防火墙、WAF、上网行为管理日志共%.1f亿条，发现境外扫描源IP %d个，已封禁。" % (co.rng.randint(10, 60) / 10, co.rng.randint(20, 90))),
         ("h1", "二、服务器和操作系统日志"), ("p", "数据中心Linux和Windows服务器登录日志中，暴力破解尝试%d次，均被堡垒机拦截；发现1台测试服务器开放SSH至公网，已关闭。" % co.rng.randint(300, 3000)),
         ("h1", "三、网络应用日志"), ("p", "网站群和统一身份认证应用日志中SQL注入尝试%d次、撞库尝试%d次，均被拦截。" % (co.rng.randint(100, 900), co.rng.randint(10, 80))),
         ("h1", "四、结论和建议"), ("p", "未发现成功入侵；建议对二级学院自建网站全部纳入网站群统一防护。")]
    return Doc("log_audit", "日志审计报告", d, ["17/log-analysis", "45/audit-report", "47/audit"], True, b)


def bulletin(co, d, n, full):
    p = Sec("网络安全通告（%d年第%d期）" % (d.year, n)).head(("p", "网络与信息化中心    %s    发：各单位信息员" % anyd(co, d)))
    p.part("漏洞通告", ["近期%s披露高危漏洞（CVE-%d-%04d），影响学校网站群使用的中间件版本，中心已完成加固，请各单位自建网站于一周内升级。"
                      % (co.rng.choice(["Apache Tomcat", "Nginx", "OpenSSH", "Jenkins"]), d.year, co.rng.randint(1000, 49999))], ["52/vulnerability", "53/bulletin"])
    p.part("厂商安全通告", ["防火墙和VPN厂商发布安全补丁，中心将于本周日凌晨在变更窗口升级。"], ["52/vulnerability", "53/bulletin"])
    p.part("病毒通告", ["发现利用钓鱼邮件传播的勒索病毒变种，伪装成“教学评估材料”附件，请勿打开。"], ["52/virus"], full)
    p.part("政策法规和业界动态", ["教育部印发教育系统数据安全有关通知，省教育厅部署今年网络安全检查；《网络数据安全管理条例》施行要求已汇总。"], ["52/policy"], full)
    p.part("分析和建议", ["经扫描，校内受影响主机%d台（其中二级学院自建%d台），已通知整改，中心将复查。" % (co.rng.randint(5, 30), co.rng.randint(2, 9))], ["52/analysis"], full)
    return p.doc("bulletin", d, True)


def edu_notice(co, d):
    """教育厅 通报 (incoming) with the 中心's handling slip: nothing (the 中心 neither collected nor analysed)"""
    b = [("title", "关于%s存在网络安全漏洞的通报" % school(co)), ("p", "省教育厅网络安全和信息化领导小组办公室    %s" % anyd(co, d)),
         ("p", "%s：经监测发现，你校子域名存在弱口令和信息泄露风险，请于5个工作日内完成整改并反馈。" % school(co)),
         ("p", "中心处理意见：转网络与安全科办理。%s %s" % (co.boss, d.isoformat()))]
    return Doc("edu_notice", "教育厅通报", d, [], True, b)


def sec_stats(co, d, analysis):
    rows = []
    for m in range(1, d.month + 1):
        a, b_, c = co.rng.randint(0, 5), co.rng.randint(0, 8), co.rng.randint(0, 2)
        rows.append(["%d月" % m, a, b_, c, a + b_ + c])
    sh = [("统计", ["月份", "有害程序", "网络攻击", "信息破坏（网页篡改等）", "合计"], rows, ["18/incident-stats"])]
    if analysis:
        sh.append(("分析", ["结论"], [["网络攻击事件占比最高，主要为扫描和撞库；有害程序集中在办公终端，暑期挖矿告警明显增多；二级学院自建网站是网页篡改的主要来源，建议全部迁入网站群。"]],
                   ["18/incident-analysis"]))
    return book("sec_stats", "网络安全事件统计分析表（%d年）" % d.year, d, True, sh)


def pentest_plan(co, d):
    b = [("title", "%d年度渗透测试工作计划" % d.year), ("p", "网络与安全科    %s" % anyd(co, d)),
         ("table", [["时间", "对象", "方式", "负责"], ["3月", "网站群主站及二级网站", "黑盒", co.p(1)],
                    ["6月", co.sys(0), "灰盒", "%s、%s" % (co.p(1), zc(co, 2))], ["10月", "%s互联网应用" % cust(co), "黑盒", co.p(1)],
                    ["12月", "VPN及邮件系统", "灰盒", zc(co, 2)]]),
         ("p", "每次测试前取得系统主管单位书面授权，避开选课、考试和录取时段，测试结束10个工作日内提交报告。")]
    return Doc("pentest_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pentest_report(co, d):
    b = [("title", "%s渗透测试报告" % co.sys(1)), ("p", "测试时间：%s    测试人员：%s、%s    授权书：%sSQ-%d-%02d" % (anyd(co, d), co.p(1), zc(co, 2), co.au["pre"], d.year, d.month)),
         ("h1", "一、测试范围"), ("p", "%s互联网入口、管理后台及接口。" % co.sys(1)),
         ("h1", "二、发现的问题"), ("table", [["编号", "问题", "风险", "状态"], ["P-01", "越权查询他人信息", "高", "已修复"],
                                             ["P-02", "接口未限频", "中", "已修复"], ["P-03", "错误页面泄露版本", "低", "已修复"]]),
         ("h1", "三、复测结论"), ("p", "高、中风险问题已全部修复并复测通过。")]
    return Doc("pentest_report", "渗透测试报告", d, ["31/pentest-records", "32/pentest-records"], True, b)


def grading(co, d):
    b = [("title", "%s安全保护等级定级报告" % co.sys(0)), ("p", "%s    %s" % (school(co), anyd(co, d))),
         ("p", "一、系统描述：%s为全校师生提供统一身份认证和单点登录，存储师生身份信息约%d万条。" % (co.sys(0), co.rng.randint(3, 8))),
         ("p", "二、业务信息安全保护等级：第三级；系统服务安全保护等级：第二级；最终确定为第三级。"),
         ("p", "三、备案：已向%s市公安局网安支队备案，备案编号%d%04d%04d-%05d。" % (co.city, co.rng.randint(31, 45), co.rng.randint(1000, 9999), d.year, co.rng.randint(1, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def retrofit(co, d, test, rb):
    p = Sec("%s升级改造实施方案" % co.sys(0)).head(("p", "规划建设科、系统与数据科    %s" % anyd(co, d)))
    p.part("改造内容", ["%s由单中心部署改造为两校区双活部署，同时升级至新版本。" % co.sys(0)])
    p.part("改造前测试验证", ["在测试环境完成功能、性能（5万并发登录）和安全测试，并验证与教务、一卡通、网站群等37个接入系统的兼容性；测试计划：第1周环境，第2周功能和兼容，第3周性能和安全。"],
           ["25/test-plan"], test)
    p.part("回退措施", ["割接前对全部配置和数据做全量备份；割接失败时30分钟内切回原系统，回退步骤已在测试环境演练。"], ["25/rollback", "11/rollback"], rb)
    p.part("时间安排", ["利用寒假停课期间实施，提前一周在信息门户发布公告。"])
    return p.doc("retrofit", d, False)


def compat(co, d):
    b = [("title", "%s改造兼容性验证报告" % co.sys(0)), ("p", "验证时间：%s    验证人：%s" % (anyd(co, d), co.p(4))),
         ("table", [["类别", "内容", "结果"], ["网络兼容", "双活节点与两校区核心、负载均衡对接", "通过"],
                    ["系统兼容", "新版本与现有操作系统、数据库", "通过"], ["应用兼容", "教务、一卡通、网站群、邮件等37个接入系统登录", "36个通过，1个整改后通过"]]),
         ("p", "结论：改造后与原有系统兼容。")]
    return Doc("compat", "兼容性报告", d, ["11/compatibility"], True, b)


# ------------------------------------------------------------------ 应急

def emergency_plan(co, d, strategy, recovery):
    top, no = red_top(co, d, "关于印发《%s网络安全事件应急预案》的通知" % school(co), "ban")
    p = Sec("%s网络安全事件应急预案" % school(co), "cn")
    p.part("总则", ["为建立学校网络安全事件应急响应机制，提高应对能力，保障教学科研和管理服务连续运行，制定本预案。"])
    p.part("组织机构", ["学校网络安全和信息化领导小组为应急领导机构，领导小组办公室（网络与信息化中心）负责应急处置的组织协调。"])
    p.part("事件分级和响应", ["一级事件15分钟内响应、30分钟内到场；二级事件30分钟响应；招生录取、考试期间提高一级响应。"])
    p.part("处置流程", ["报告→研判→启动→处置→恢复→总结。"])
    p.part("恢复策略", ["统一身份认证、一卡通等核心系统RTO≤2小时、RPO≤15分钟，通过另一校区机房切换恢复；其他系统从备份恢复。"], ["55/plan"], strategy)
    p.part("系统恢复计划", ["按优先级恢复：网络和出口→认证→一卡通和教务→网站群和邮件；各系统恢复步骤见附件操作手册。"], ["36/recovery-plan"], recovery)
    p.part("附则", ["本预案自印发之日起施行。"])
    doc = p.doc("emergency_plan", d, False, extra=["36/emergency-plan", "53/emergency-plan"])
    doc.blocks = top + [("p", "《%s网络安全事件应急预案》已经学校同意，现印发给你们，请结合实际认真执行。" % school(co))] + colophon(co, d, "ban") + [("break",)] + doc.blocks
    return doc


def dr_plan(co, d):
    b = [("title", "数据中心灾难恢复计划"), ("p", "系统与数据科    %s    版本V%d.0" % (anyd(co, d), co.rng.randint(1, 3))),
         ("h1", "一、恢复目标"), ("p", "%s RTO 2小时、RPO 15分钟；一卡通RTO 4小时。" % co.sys(0)),
         ("h1", "二、恢复资源"), ("p", "%s备用机房、每日全量备份和实时日志同步。" % co.au["campus"][1]),
         ("h1", "三、恢复步骤"), ("p", "宣布灾难→网络切换→数据库恢复→应用启动→业务验证→回切。")]
    return Doc("dr_plan", "灾难恢复计划", d, ["36/recovery-plan"], False, b)


def bcp(co, d):
    b = [("title", "%s信息系统业务连续性计划" % school(co)), ("p", "经学校网络安全和信息化领导小组审定    %s" % anyd(co, d)),
         ("h1", "一、业务影响分析"), ("p", "关键业务：统一身份认证、一卡通、教务选课和考试、招生录取；最大可容忍中断4小时，录取期间30分钟。"),
         ("h1", "二、应急响应和灾难恢复机制"), ("p", "以学校网络安全事件应急预案和数据中心灾难恢复计划为支撑，两校区机房互为备份。"),
         ("h1", "三、演练和维护"), ("p", "每学年至少演练一次，每年评审更新。")]
    return Doc("bcp", "业务连续性计划", d, ["42/bcp"], False, b)


def drill(co, d, kind):
    if kind == "sec":
        t, s = "网络安全事件应急演练记录", "网站群二级网站被篡改应急演练"
        items = ["40/emergency-drill", "53/drill"]
        proc = "09:00监测平台告警→09:05服务台通知网络与安全科→09:12断开该站点→09:40取证和清除→10:20恢复上线→10:40总结"
    else:
        t, s = "数据恢复演练记录", "%s数据库异地恢复演练" % co.sys(2)
        items = ["40/recovery-drill", "53/drill"]
        proc = "14:00宣布演练开始→14:10在%s备用机房启动恢复→15:20数据库恢复完成→15:50业务验证通过，RTO 1小时50分" % co.au["campus"][1]
    b = [("title", t), ("table", [["演练名称", s], ["演练时间", anyd(co, d)], ["演练方式", co.rng.choice(["实战演练", "实战演练", "桌面推演"])],
                                   ["参加人员", "、".join([co.p(1), co.p(3), co.p(4), zc(co, 1)])], ["演练过程", proc],
                                   ["演练结果", "达到预期目标"], ["存在问题", "通知链条中信息员电话未更新"], ["记录人", co.p(0)]])]
    return Doc("drill", t, d, items, True, b)


def drill_scheme(co, d):
    b = [("title", "%d年网络安全应急演练工作方案" % d.year), ("p", "网络与信息化中心    %s" % anyd(co, d)),
         ("p", "一、目的：检验学校网络安全事件应急预案的可操作性。"), ("p", "二、场景：网站群二级网站被篡改。"),
         ("p", "三、时间：拟于%d月下旬。" % min(12, d.month + 1))]
    return Doc("drill_scheme", "演练方案", d, [], False, b)


# ------------------------------------------------------------------ 监视、评审、改进

def vendor_assess(co, d, targets):
    rows = [["服务级别达成率", "≥95%", "96.8%", "达成"], ["师生满意度", "≥90分", "92分", "达成"], ["有效投诉", "≤2次", "3次", "未达成"],
            ["巡检按时完成率", "100%", "100%", "达成"], ["一级故障恢复时长", "≤2小时", "2小时40分", "未达成"]]
    if targets:
        h = ["考核指标", "目标", "本季度实际", "是否达成"]
        sh = [("考核", h, rows, ["57/measurement"])]
    else:
        h = ["考核项", "扣分", "说明"]
        sh = [("考核", h, [["有效投诉", "-3", "宿舍区无线投诉3次"], ["故障恢复超时", "-2", "一级故障恢复超时"], ["资料报送", "-1", "月报迟交"]], [])]
    return book("vendor_assess", "驻场运维服务季度考核评分表（%d年第%d季度）" % (d.year, quarter(d) - 1), d, True, sh,
                note="被考核单位：%s    考核人：%s、%s" % (co.vendor, co.p(0), co.p(1)))


def rectify(co, d, verified):
    rows = [["编号", "ZG-%s" % ymd(d)], ["整改对象", co.vendor if co.au_outs else "网络与安全科"],
            ["问题来源", "季度考核：一级故障恢复时长2小时40分，未达到≤2小时的目标"],
            ["原因分析", "夜间无驻场人员，备件在另一校区"], ["整改措施", "夜间增设远程值班，核心备件两校区各存一套"],
            ["整改期限", (d + timedelta(days=30)).isoformat()], ["复查情况", "整改后两次一级故障均在1.5小时内恢复，措施有效" if verified else ""],
            ["复查人", co.p(0) if verified else ""]]
    b = [("title", "整改通知单"), ("table", rows), ("p", "签发：%s    %s" % (co.boss, anyd(co, d)))]
    return Doc("rectify", "整改通知单", d, ["57/capa"] + (["66/effectiveness"] if verified else []), True, b)


def prevent_verify(co, d):
    rows = [[back(d, 40 * i).isoformat(), x, y, z, co.p(0)] for i, (x, y, z) in enumerate([
        ("存储磁盘预警", "暑期更换预警盘3块", "此后3个月无磁盘故障，有效"), ("出口带宽趋势", "提前扩容至20G", "开学高峰利用率72%，有效"),
        ("证书到期", "建立证书到期提醒", "未再发生证书过期中断，有效")])]
    return book("prevent_verify", "预防措施实施及有效性验证记录（%d年）" % d.year, d, True, [
        ("验证", ["日期", "潜在问题", "预防措施", "有效性验证", "验证人"], rows, ["66/effectiveness"])])


def internal_audit(co, d):
    b = [("title", "%d年度运维服务管理体系内部审核报告" % d.year), ("p", "审核组长：%s    审核日期：%s" % (co.p(0), anyd(co, d))),
         ("h1", "一、审核目的和依据"), ("p", "验证中心运维服务管理体系满足标准要求、运维服务需求和%s的服务要求，并得到有效实施和保持。" % cust(co)),
         ("h1", "二、审核范围"), ("p", "中心各科室和驻场运维项目组的全部运维过程。"),
         ("h1", "三、审核发现"), ("p", "不符合项3项：变更审批未回填实施结果2单；巡检记录缺复核签字；知识库条目超期未复核。"),
         ("h1", "四、结论"), ("p", "体系运行基本有效，不符合项已下达整改。")]
    return Doc("internal_audit", "内审报告", d, ["59/internal-audit"], True, b)


MR = {"perf": ("60/performance", "服务和流程的执行情况和符合性：服务级别达成率96.8%，各运维流程按细则执行，内审不符合3项已整改。"),
      "fb": ("60/customer-feedback", "客户反馈：师生满意度92分，%s满意度93分，有效投诉3次。"),
      "res": ("60/resources", "当前和预测资源水平：中心在编12人、驻场3人、学生助理16人；新校区启用后预计需增加驻场2人。"),
      "ca": ("60/corrective-actions", "纠正措施进展：上年度6项纠正措施完成5项，1项（机房空调冗余）在建。"),
      "chg": ("60/changes", "可能影响运维服务的变更：新校区网络接入、等保2.0复测、%s机房搬迁。"),
      "imp": ("60/improvements", "改进机会：一级故障恢复超时、夜间值守不足、知识库利用率低。")}


def review_minutes(co, d, inputs):
    b = [("title", "学校党委网络安全和信息化委员会%d年度全体会议纪要" % d.year),
         ("p", "%s，校党委书记主持召开网信委%d年度全体会议，听取网络与信息化中心年度运维服务和网络安全工作报告，对运维服务管理体系进行评审。" % (cnd(d), d.year)),
         ("h1", "一、评审输入")]
    items = []
    for k in inputs:
        it, s = MR[k]
        items.append(it)
        b.append(("p", s % cust(co) if "%s" in s else s))
    if "perf" in inputs:
        items.append("59/management-review")
    b += [("h1", "二、评审结论"), ("p", "会议认为中心运维服务管理体系总体适宜、充分、有效。"),
          ("h1", "三、会议决定"), ("p", "同意增加驻场人员预算；启动认证平台双活改造；将二级学院自建网站纳入网站群统一管理。")]
    return Doc("review_minutes", "网信委纪要", d, sorted(items), True, b)


def iso_cert(co, d):
    b = [("title", "信息技术服务管理体系认证证书"), ("p", "兹证明：%s" % zx(co)),
         ("p", "建立的信息技术服务管理体系符合 GB/T 24405.1-2009 / ISO/IEC 20000-1:2018"),
         ("p", "认证范围：为学校及附属单位提供信息系统运行维护服务"), ("p", "发证日期：%s    有效期至：%d年%d月%d日" % (cnd(d), d.year + 3, d.month, d.day))]
    return Doc("iso_cert", "认证证书", d, ["61/audit-system"], False, b)


def improve_plan(co, d, criteria):
    p = Sec("%d年度运维服务持续改进计划" % d.year).head(("p", "综合办公室    %s    经主任办公会审定" % anyd(co, d)))
    p.part("改进项目和目标", [("table", [["项目", "来源", "目标", "负责", "完成"], ["认证平台双活改造", "网信委年度会议", "认证可用率≥99.99%", co.p(2), "%d-03" % (d.year + 1)],
                                          ["夜间远程值守", "季度考核", "一级故障恢复≤2小时", co.p(1), "%d-12" % d.year],
                                          ["工单与知识库联动", "内审", "知识库引用率≥30%", co.p(5), "%d-12" % d.year]])], ["64/plan", "68/plan"])
    p.part("改进机会评估标准", ["按对教学科研的影响（40%）、实施成本（30%）、安全风险（30%）评分，70分以上列入计划；每项改进须经识别、记录、批准、评估、测量和报告。"],
           ["64/criteria"], criteria)
    return p.doc("improve_plan", d, True)


def improve_eval(co, d):
    b = [("title", "运维服务改进机会评估表"), ("p", "%s" % anyd(co, d)),
         ("table", [["改进机会", "影响", "成本", "风险", "得分", "优先级"], ["认证平台双活", 9, 6, 9, 84, "高"],
                    ["工单知识库联动", 7, 8, 6, 72, "中"], ["机房环境监控整合", 5, 6, 7, 59, "低"]]),
         ("p", "排序方法：加权评分由高到低。批准：%s（中心主任）  %s" % (co.boss, cnd(d)))]
    return Doc("improve_eval", "改进机会评估", d, ["67/analysis", "67/prioritisation"], True, b)


def improve_track(co, d):
    rows = [["认证平台双活改造", "可用率≥99.99%", "已完成切换", back(d, 50).isoformat(), "近两月可用率99.995%，有效", "已在网信委年度会议报告"],
            ["夜间远程值守", "一级故障恢复≤2小时", "已实施", back(d, 20).isoformat(), "两次一级故障均1.5小时内恢复，有效", "已在运行月报报告"]]
    return book("improve_track", "改进项目实施跟踪表（%d年）" % d.year, d, True, [
        ("跟踪", ["项目", "目标", "实施情况", "完成日期", "有效性测量", "报告情况"], rows, ["68/implementation", "68/effectiveness"])])


def awareness(co, d):
    rows = [[i + 1, n, k, "已签到", co.rng.choice([88, 92, 95, 90])] for i, (n, k) in enumerate(
        [(co.p(1), "网络与安全科"), (co.p(3), "网络与安全科"), (co.p(4), "系统与数据科"), (co.p(5), "用户服务科"), (zc(co, 0), "驻场项目组")])]
    return book("awareness", "“人人都是改进者”持续服务改进专题宣贯培训签到及测试", d, True, [
        ("签到", ["序号", "姓名", "科室", "签到", "测试成绩"], rows, ["69/awareness-training"])],
        note="时间：%s  主讲：%s  内容：持续改进的意义、改进建议的提交方式、本年度改进案例" % (d.isoformat(), co.p(0)))


def signin(co, d, what):
    rows = [[i + 1, co.p(i), KE[i % 5], "已签到"] for i in range(6)]
    return Doc("signin", "学习签到", d, [], True, sheets=[("签到", [["《%s》学习签到表" % what], ["时间：%s" % d.isoformat()],
                                                                 ["序号", "姓名", "科室", "签到"]] + rows)],
               decoy="training sign-in about a 制度/预案")


def defects(co, d):
    b = [("title", "%d年运维服务不良情况分析及改进计划" % d.year), ("p", "综合办公室    %s" % anyd(co, d)),
         ("h1", "一、重大事件"), ("p", "开学期间新生宿舍区认证拥塞，影响约2小时，原因为认证服务器容量不足。"),
         ("h1", "二、失败变更"), ("p", "核心交换机版本升级失败回退1次，原因为测试环境与生产版本不一致。"),
         ("h1", "三、服务不达标"), ("p", "第二季度一级故障恢复时长未达标，有效投诉超标。"),
         ("h1", "四、改进计划"), ("p", "开学前压测并扩容；测试环境与生产同步；增设夜间远程值守。")]
    return Doc("defects", "不良情况分析", d, ["70/defect-analysis"], True, b)


def year_report(co, d, data, forecast):
    y = d.year - 1
    p = Sec("网络与信息化中心%d年工作总结" % y).head(("p", "%s" % anyd(co, d)))
    p.part("主要工作", ["完成新校区网络建设、认证平台升级、%s运维服务续签；保障开学迎新、研究生招生考试和高考录取。" % cust(co)])
    p.part("运维数据", [("table", [["指标", "全年", "目标"], ["异常报告及时率", "97.9%", "≥95%"], ["异常漏报率", "0.6%", "≤1%"],
                                    ["维护作业计划的及时完成率", "95%", "≥95%"], ["故障隐患发现率", "90%", "≥90%"], ["异常主动发现率", "86%", "≥85%"],
                                    ["问题解决率", "93%", "≥90%"], ["漏洞扫描覆盖率", "100%", "100%"], ["加固设备覆盖率", "94%", "≥95%"],
                                    ["安全补丁安装及时率", "91%", "≥90%"], ["安全事件次数", co.rng.randint(30, 80), "—"]])], ["56/data"], data)
    p.part("数据汇总分析和服务预测", ["汇总全年日志、变更、事件、服务请求和问题：报修量同比下降12%，服务请求上升21%（VPN和虚拟机申请为主），变更集中在寒暑假；",
                                    "预测下年度新校区启用后服务请求继续上升约25%，需增加驻场1人并推进网上办事大厅自助办理。"], ["71/forecast"], forecast)
    p.part("存在问题和下年计划", ["夜间值守不足，二级学院自建网站安全隐患较多。"])
    return p.doc("year_report", d, True)


def mr_notice(co, d):
    b = [("title", "关于召开学校党委网络安全和信息化委员会%d年度全体会议的通知" % d.year),
         ("p", "网信委各成员单位：定于%s召开网信委年度全体会议，请网络与信息化中心准备年度运维服务报告、满意度和资源需求等材料。" % cnd(d)),
         ("p", "党委网络安全和信息化委员会办公室")]
    return Doc("mr_notice", "网信委会议通知", d, [], True, b, decoy="meeting notice, not the review record")


# ------------------------------------------------------------------ real documents that prove nothing

def baozhang(co, d, what):
    b = [("title", "%s网络与信息系统保障方案" % what), ("p", "网络与信息化中心    %s" % anyd(co, d)),
         ("h1", "一、保障时段"), ("p", "%s期间，中心实行领导带班、科室24小时值班。" % what),
         ("h1", "二、保障措施"), ("p", "暂停非紧急变更；认证、一卡通、%s相关系统提前扩容和压测；服务台延长服务时间，学生助理增加班次。"
                                  % ("迎新" if "迎新" in what else "考务")),
         ("h1", "三、值班安排"), ("table", [["日期", "带班领导", "值班人员"]] + [[back(d, -i).isoformat(), co.boss if i % 2 else co.p(0), "%s、%s" % (co.p(3), zc(co, 0))] for i in range(4)])]
    return Doc("baozhang", "保障方案", d, [], False, b)


def baozhang_summary(co, d, what):
    b = [("title", "%s网络保障工作总结" % what), ("p", "%s" % anyd(co, d)),
         ("p", "保障期间全校网络和信息系统运行平稳，服务台受理咨询%d件，迎新系统峰值并发%d人，未发生影响业务的故障。" % (co.rng.randint(200, 900), co.rng.randint(3000, 12000)))]
    return Doc("baozhang_sum", "保障总结", d, [], True, b)


def xuanchuan(co, d):
    b = [("title", "%d年国家网络安全宣传周校园日活动方案" % d.year), ("p", "党委宣传部、网络与信息化中心    %s" % anyd(co, d)),
         ("p", "活动内容：网络安全知识竞赛、防诈骗讲座、“网络安全进宿舍”海报展、优秀作品评选。")]
    return Doc("xuanchuan", "宣传周方案", d, [], False, b)


def xinxiyuan(co, d):
    rows = [[i + 1, "%s" % u, co.cp(i % 4) if i < 4 else co.p(i % 6), "0%d-%07d" % (co.rng.randint(350, 599), co.rng.randint(0, 9999999))]
            for i, u in enumerate(["文学院", "理学院", "信息工程学院", "经济管理学院", "外国语学院", "教务处", "财务处", "图书馆"])]
    return book("xinxiyuan", "%s各单位信息员名单（%s）" % (school(co), xn(d)), d, False, [("名单", ["序号", "单位", "信息员", "电话"], rows, [])])


def zhuli_schedule(co, d):
    names = ["张一鸣", "李若溪", "王子豪", "陈思彤", "刘家豪", "赵可欣"]
    rows = [[w, names[i % 6], names[(i + 2) % 6], names[(i + 4) % 6]] for i, w in enumerate(["周一", "周二", "周三", "周四", "周五", "周六", "周日"])]
    return book("zhuli", "%s学生助理值班表（%s）" % (co.au["desk"], xq(d)), d, True, [("排班", ["星期", "上午", "下午", "晚上"], rows, [])])


def dengbao_fix(co, d):
    rows = [[i + 1, co.rng.choice(["身份鉴别", "访问控制", "安全审计", "入侵防范", "数据备份恢复"]), co.rng.choice(["中", "低", "高"]),
             co.rng.choice(KE[1:3]), co.rng.choice(["已整改", "整改中"])] for i in range(7)]
    return book("dengbao_fix", "%s等级测评问题整改台账" % co.sys(0), d, True, [("台账", ["序号", "测评项", "风险", "责任科室", "状态"], rows, [])])


def xiangmu(co, d):
    b = [("title", "%d年信息化建设项目申报书" % (d.year + 1)), ("p", "申报单位：网络与信息化中心    %s" % anyd(co, d)),
         ("p", "项目名称：智慧校园数据治理平台（二期）；申报金额：%d万元。" % co.rng.randint(120, 480)),
         ("p", "建设必要性：打通人事、学工、教务数据，支撑“一表通”和网上办事大厅。")]
    return Doc("xiangmu", "项目申报书", d, [], False, b)


def holiday_duty(co, d, what):
    rows = [[back(d, -i).isoformat(), co.boss if i % 3 == 0 else co.p(0), co.p(3 + i % 3), zc(co, i % 3), co.au["tel"]] for i in range(7)]
    return book("duty", "%s网络与信息化中心值班表" % what, d, True, [("值班", ["日期", "带班", "值班", "驻场", "电话"], rows, [])])


def forward_cover(co, d, what):
    b = [("title", "关于转发教育部办公厅%s的通知" % what), ("p", "%s    %s" % (next_no(co, d, "ban"), anyd(co, d))),
         ("p", "校内各单位：现将教育部办公厅《%s》转发给你们，请结合实际认真贯彻落实。网络与信息化中心负责具体组织。" % what),
         ("p", "附件：%s" % what)]
    return Doc("forward", "转发通知", d, [], False, b)


UNREL = [
    ("工会", "关于开展2026年教职工健步走活动的通知", "校工会定于本月组织教职工健步走活动，请各分工会组织报名。"),
    ("工会", "教职工年度体检安排", "体检时间：周一至周五上午，地点：校医院，请空腹参加。"),
    ("党支部", "中心党支部主题党日活动记录", "本次主题党日组织参观革命纪念馆，支部党员12人参加。"),
    ("综合", "关于做好2026年度职称评审材料报送的通知", "请申报人员于规定时间内在人事系统完成材料上传。"),
    ("综合", "办公用品领用登记", "本月领用A4纸20包、硒鼓2个。"),
    ("学生助理", "学生助理招募启事", "网络与信息化中心招募学生助理8名，要求熟悉计算机基本操作，每周值班不少于6小时。"),
]


def unrelated(co, d, i):
    folder, t, s = UNREL[i]
    return folder, t, Doc("unrelated", t, d, [], False, [("title", t), ("p", s), ("p", anyd(co, d))], decoy="unrelated")


def ccrc_sheet(co, d):
    rows = [[i, t, "", ""] for i, t in enumerate(["采集客户对信息系统运维服务时间的需求", "进行信息系统运维预算", "与客户进行沟通，达成共识并形成记录",
                                                  "识别与分析信息系统运维过程中的历史数据"], 1)]
    return Doc("ccrc", "自评估表底稿", d, [], False, sheets=[("自评估", [["信息系统安全运维服务资质自评估表（工作底稿）"], ["序号", "条款", "自评结论", "证明材料"]] + rows)],
               decoy="the self-assessment form itself")


def reg_index(co, d, keys):
    b = [("title", "网络与信息化中心现行有效制度目录（%s）" % xn(d)), ("p", "综合办公室    %s" % anyd(co, d))]
    b += [("p", "%d. 《%s》" % (i, reg_full(co, k))) for i, k in enumerate(keys, 1)]
    return Doc("reg_index", "制度目录", d, [], False, b, decoy="list of document names")


def zicha_notice(co, d):
    b = [("title", "关于开展信息化制度执行情况自查的通知"), ("p", "中心各科室、驻场项目组：%s" % anyd(co, d)),
         ("p", "为迎接省教育厅网络安全检查，请各科室对照《信息系统变更管理细则》《运维事件管理细则》《网络安全事件报告与处置办法》和应急预案开展自查，"
               "于本月底前报送自查表。"), ("p", "网络与信息化中心综合办公室")]
    return Doc("zicha", "自查通知", d, [], False, b, decoy="notice that only names the procedures")


def attendance(co, d):
    rows = [[back(d, i).isoformat(), co.vp(i % 3), "8:%02d" % co.rng.randint(20, 59), "17:%02d" % co.rng.randint(30, 59), "正常"] for i in range(10)]
    return Doc("attendance", "驻场考勤", d, [], True, sheets=[("考勤", [["驻场人员考勤确认单（%d年%d月）" % (d.year, d.month)],
                                                                ["日期", "姓名", "签到", "签退", "状态"]] + rows)],
               decoy="attendance sheet of on-site staff, no staff list")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------ layout

class Ctx:
    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.au["holes"]
        self.made = []
        self.scan = {"creator": "Canon iR-ADV C5535 (OCR)", "author": "scan", "styled": False}
        self.wps = {"creator": "WPS 文字"}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.3)
        opt.setdefault("styled", r.random() < 0.65)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "wxzx", "lenovo", "HP", "微软用户"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            n = 1
            while "%s(%d).%s" % (base, n, ext) in co.used:
                n += 1
            rel = "%s(%d).%s" % (base, n, ext)
        co.add(rel, doc, **opt)
        return rel

    def rec(self, name, factory, d=None, old=False, **opt):
        co = self.co
        d = d or (co.old() if old else co.fresh())
        doc = factory(d)
        self.put(name(d), doc, **opt)
        if doc.items and doc.record and not old:
            self.made.append((name, factory, d))
        return doc


def yr(d):
    return "%d年/" % d.year


def ym(d):
    return "%d%02d" % (d.year, d.month)


def cust_dir(co):
    return "%s运维服务/" % cust(co)


def build(co, lock_bytes):
    """Lay out an AU share: 发文/, 制度/, 网信委/, 会议纪要/, 综合办公室/, 网络与安全科/, 系统与数据科/, 用户服务科/,
    规划建设科/, <客户>运维服务/, 应急管理/, 寒暑假检修/, 重大活动保障/, 体系运行/, 个人/, 学生助理/, 归档/, 其他/ and a
    NAS recycle folder."""
    co.au = AU_INFO[getattr(co, "info_id", co.id)]
    co.au_no = {}
    co.au_outs = "no_outsourcing" not in co.au["holes"]
    c = Ctx(co)
    co.gaps = set(c.H)
    co.oldonly = {h for h in c.H if h.endswith("_old")}
    keys = lay_rules(c)
    lay_org(c)
    lay_customer(c)
    lay_design(c)
    lay_records(c)
    lay_security(c)
    lay_emergency(c)
    lay_review(c)
    lay_none(c)
    archive(c)
    im_copies(c)
    decoys(c, lock_bytes, keys)


def lay_rules(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    drop = {h for h in ("pdca", "gradecrit") if h in H}
    skip = set()
    if "slm" in H:
        skip.add("slm")
    if "audit_rule" in H:
        skip |= {"nsh", "jc"}
    if "proc_improve" in H:
        skip.add("gj")
    if "prevent" in H:
        skip.add("yf")
    keys = [k for k in REGS if k not in skip]
    pool = [k for k in keys if REGS[k][1] != "gf"]
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(5, 8)], key=list(REGS).index)
    d = date(int(co.au["ver"]), r.randint(3, 9), r.randint(1, 28))
    nm = r.choice(["%s信息化规章制度汇编（%d版）.pdf" % (school(co), d.year), "信息化规章制度汇编%d.pdf" % d.year,
                   "制度汇编（%d版）定稿.pdf" % d.year])
    put("制度/" + nm, compilation(co, d, in_book, drop), **c.wps)
    for k in keys:
        name, level, _ = REGS[k]
        if k in in_book and r.random() < 0.55:
            continue
        d = co.issued()
        if level == "gf":
            put("制度/中心规范/%s.%s" % (name, r.choice(["docx", "pdf", "docx"])), reg_doc(co, d, k, drop))
            continue
        folder = ("发文/学校发文/" if level in ("xiao", "ban") else "发文/中心发文/") + yr(d)
        if r.random() < 0.3:
            main = reg_doc(co, d, k, drop, split="main")
            body, its = reg_body(co, k, drop)
            annex = Doc("reg:" + k, name, d, sorted(set(its)), False, [("p", "附件"), ("title", reg_full(co, k))] + body)
            sub = folder + "%s关于印发《%s》的通知/" % (main.au_no, reg_full(co, k))
            put(sub + r.choice(["正文.pdf", "关于印发的通知（正文）.pdf", "发文稿纸及正文.pdf"]), main, **c.scan)
            put(sub + r.choice(["附件：%s.docx" % reg_full(co, k), "附件1.docx", "%s.wps.docx" % name]), annex)
            continue
        doc = reg_doc(co, d, k, drop)
        ext = r.choice(["docx", "pdf", "docx"])
        nm = r.choice(["%s 关于印发《%s》的通知" % (doc.au_no, reg_full(co, k)), "关于印发%s的通知" % name,
                       "%s（%s）" % (name, doc.au_no), "%s_%s" % (ymd(d), name)])
        put(folder + "%s.%s" % (nm, ext), doc, **(c.scan if ext == "pdf" and r.random() < 0.5 else {}))
    oks = list(OPS)
    bound = sorted(r.sample(oks, r.randint(2, 3)), key=oks.index)
    d = co.issued()
    put("制度/作业指导书/运维作业指导书汇编（%d）.docx" % d.year, ops_book(co, d, bound))
    loose = [k for k in oks if k not in bound][:r.randint(2, 3)]
    for k in loose:
        d = co.issued()
        put("制度/作业指导书/%s/%s.%s" % (OPS[k][1], OPS[k][0], r.choice(["docx", "docx", "pdf"])), ops_guide(co, d, k))
    return keys


def lay_org(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    ZB = "综合办公室/"
    d = co.issued()
    put("发文/学校发文/%s%s 关于调整学校网络安全和信息化领导小组及其办事机构组成人员的通知.pdf" % (yr(d), ymd(d)),
        leading_group(co, d, co.au_outs), **(c.scan if r.random() < 0.5 else {}))
    outs = co.au_outs
    c.rec(lambda d: ZB + "人员/运维人员名单%s.xlsx" % ymd(d), lambda d: staff_roster(co, d, outs))
    if "roles" not in H:
        d = co.issued()
        put(ZB + "组织机构/中心岗位及运维角色清单.xlsx", role_sheet(co, d))
    iv_min = "iface_pending" in H or r.random() < 0.4
    desk_min = r.random() < 0.35
    if not iv_min:
        d = co.issued()
        put("发文/中心发文/%s关于明确网络安全联络员的通知.docx" % yr(d), iface_notice(co, d))
    if not desk_min:
        d = co.issued()
        put("发文/学校发文/%s关于启用%s的通知.pdf" % (yr(d), co.au["desk"]), desk_notice(co, d), **c.scan)
    if "desk_train_wrong" in H:
        d = co.fresh()
        put("用户服务科/培训/%s二级网站群信息员培训签到表.xlsx" % ymd(d), infoyuan_training(co, d))
    else:
        c.rec(lambda d: "用户服务科/培训/%s学生助理岗前培训记录.xlsx" % xq(d), lambda d: desk_training(co, d))
        d = co.fresh()
        put("用户服务科/培训/%s二级网站群信息员培训签到表.xlsx" % ymd(d), infoyuan_training(co, d))
    c.improve_in_min = "improve_pending" not in H and r.random() < 0.5
    months = sorted(r.sample(range(2, 11), 3))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 26))
        n = m + i + 2
        if i == 0:
            t = ["budget"] + (["iface_pending" if "iface_pending" in H else "iface"] if iv_min else []) + (["desk"] if desk_min else [])
        elif i == 1:
            t = (["improve"] if c.improve_in_min else (["improve_pending"] if "improve_pending" in H else [])) + ["kaixue"]
        else:
            t = ["dangjian", "budget"]
        ext = r.choice(["docx", "docx", "pdf"])
        put("会议纪要/主任办公会/%s主任办公会纪要（%d年第%d期）.%s" % (yr(d), d.year, n, ext), zr_minutes(co, d, n, t))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put("会议纪要/周例会/%d.%02d.%02d周例会.docx" % (d.year, d.month, d.day), weekly_minutes(co, d))


def lay_customer(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    KH = cust_dir(co)
    d0 = co.issued()
    put(KH + "01需求调研/%s信息化运维服务需求调研报告.docx" % cust(co), survey(co, d0, "survey_notime" not in H, "survey_nosec" not in H))
    if "budget_tpl" in H:
        put(KH + "01需求调研/运维服务经费测算表（模板）.xlsx",
            blank_sheet("信息化运维服务经费测算表", d0, ["序号", "服务内容", "工作量（人天）", "人员安排", "单价", "金额", "时间节点"], 8))
    else:
        d = d0 + timedelta(days=r.randint(5, 30))
        put(KH + "01需求调研/%d年度运维服务经费测算表.xlsx" % d.year, fee_sheet(co, d))
    d = d0 + timedelta(days=r.randint(7, 40))
    put(KH + "01需求调研/%s对接会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), meeting(co, d, "meeting_noagree" not in H))
    on = ("list", "strategy") if "hist_noanalysis" in H else ("list", "analysis", "strategy")
    d = d0 + timedelta(days=r.randint(10, 50))
    put(KH + "01需求调研/上一服务期运维数据分析及保障方案.docx", history(co, d, on))
    if "hist_noanalysis" in H:
        put("个人/%s/运维数据分析（初稿）.docx" % co.p(0), void(history(co, d, ("list", "analysis", "strategy")), "draft", "（初稿）"))
    d = date(2024, 9, 1) + timedelta(days=r.randint(0, 600))
    put(KH + "02服务协议/%s信息化运维服务协议（盖章版）.pdf" % cust(co), agreement(co, d, "sla_nomode" not in H, True, True),
        **(c.scan if r.random() < 0.6 else {}))
    old = "health_old" in H
    for i in range(r.randint(1, 2)):
        secdev = r.random() < 0.8
        collect = "collect_old" not in H and r.random() < 0.4
        c.rec(lambda d: KH + "03健康检查/%s%d年第%d季度健康检查报告.%s" % (yr(d), d.year, quarter(d), r.choice(["docx", "pdf"])),
              lambda d: health_check(co, d, collect, secdev), old=old)
    halves = [(date(2025, 7, 6), "上半年"), (date(2026, 1, 12), "下半年"), (date(2026, 7, 8), "上半年")]
    keep = [h for h in halves if r.random() < 0.8]
    if len(keep) < 2:
        keep = halves[1:]
    for d, h in keep:
        d = d + timedelta(days=r.randint(0, 15))
        yy = d.year if h == "上半年" else d.year - 1
        put(KH + "04满意度/%d年%s满意度调查报告.%s" % (yy, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    d = co.fresh()
    put(KH + "04满意度/问卷星导出/%s_%s_答卷数据.xlsx" % (r.randint(180000000, 299999999), ymd(d)), wjx_export(co, d))
    if "trend" not in H:
        c.rec(lambda d: KH + "04满意度/满意度趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    if "callbacks" not in H:
        c.rec(lambda d: KH + "04满意度/回访登记表%d.xlsx" % d.year, lambda d: callbacks(co, d))
    for i in range(r.randint(1, 2)):
        av = r.random() < 0.6
        tr = "monthly_notrend" not in H and r.random() < 0.7
        c.rec(lambda d: KH + "05月报/%s运维服务月报%s.docx" % (cust(co), ym(d)), lambda d: cust_monthly(co, d, tr, av))
    if "req_none" not in H:
        c.rec(lambda d: "规划建设科/%s一卡通建设/需求确认单（签字版）.pdf" % cust(co), lambda d: requirements(co, d), **c.scan)


def lay_design(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    ZB = "综合办公室/"
    d = co.issued()
    parts = ("base",) if "catalog_base" in H else ("base", "l2", "l1")
    put(ZB + "服务管理/信息化服务目录（%d版）.xlsx" % d.year if r.random() < 0.5 else ZB + "服务管理/信息化服务目录%d.docx" % d.year,
        catalog(co, d, parts))
    d = co.fresh()
    put(ZB + "采购合同/%s驻场运维服务合同（%s）.pdf" % (d.year, co.vendor), vendor_contract(co, d), **c.scan)
    d0 = date(d.year - 1, d.month, min(d.day, 28))
    put("归档/%d年/驻场运维服务合同（%d）.pdf" % (d0.year, d0.year), vendor_contract(co, d0), **c.scan)
    if "ola_draft" not in H:
        d = co.issued()
        put(ZB + "服务管理/科室间运维协同约定.docx", ola(co, d))
    if "kpis" not in H:
        d = co.issued()
        put(ZB + "服务管理/信息系统可用性指标清单.xlsx", avail_kpis(co, d))
    auto = "auto_none" not in H
    c.rec(lambda d: ZB + "%s以往运维方案影响分析.docx" % yr(d), lambda d: svc_review(co, d, auto))
    d = co.fresh()
    if "devplan_draft" in H:
        put("个人/%s/%d年运维工具开发计划（征求意见稿）.docx" % (co.p(1), d.year), void(dev_plan(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put("网络与安全科/%d年运维工具开发计划.docx" % d.year, dev_plan(co, d))


def lay_records(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    WA, XT, FW, ZB = "网络与安全科/", "系统与数据科/", "用户服务科/", "综合办公室/"
    want = ["dev", "av", "maint", "fault", "up"]
    books = []
    for cp in co.au["campus"]:
        for i in range(r.randint(1, 2)):
            kinds = [k for k in want if r.random() < 0.6]
            books.append((cp, co.fresh(), kinds))
    have = set(k for _, _, ks in books for k in ks)
    for k in want:
        if k not in have:
            books[r.randrange(len(books))][2].append(k)
    for cp, d, kinds in books:
        rel = WA + "机房巡检/%s/%s/%s机房巡检记录%d.%02d.xlsx" % (cp, yr(d).rstrip("/"), cp, d.year, d.month)
        put(rel, patrol_book(co, d, cp, kinds))
        c.made.append((lambda d, cp=cp: WA + "机房巡检/%s/%s/%s机房巡检记录%d.%02d.xlsx" % (cp, yr(d).rstrip("/"), cp, d.year, d.month),
                       lambda d, cp=cp, kinds=kinds: patrol_book(co, d, cp, kinds), d))
    cp, d, kinds = books[0]
    if r.random() < 0.5:
        put(WA + "机房巡检/%s/%s/%s机房巡检记录%d.%02d - 副本.xlsx" % (cp, yr(d).rstrip("/"), cp, d.year, d.month), patrol_book(co, d, cp, kinds))
    # 寒暑假 集中检修
    for what, m in (("寒假", 1), ("暑期", 7)):
        d = date(2026, m, r.randint(18, 28)) if m == 1 else date(2026, 8, r.randint(1, 20))
        put("寒暑假检修/2026%s/%d年%s集中检修方案.docx" % (what, d.year, what), overhaul_plan(co, back(d, 20), what))
        if r.random() < 0.8 or what == "暑期":
            put("寒暑假检修/2026%s/%s检修记录汇总.xlsx" % (what, what), summer_overhaul(co, d, what))
    hw_old = "hw_old" in H
    c.rec(lambda d: WA + "%s网络及安全设备硬件故障统计表.xlsx" % yr(d), lambda d: hw_stats(co, d), old=hw_old)
    if hw_old:
        put(WA + "2026年/网络及安全设备硬件故障统计表.xlsx", hw_stats(co, co.fresh(), False))
    for i in range(r.randint(1, 2)):
        c.rec(lambda d: ZB + "变更审批/%s审批导出_网信变更申请_%s.xlsx" % (co.au["im"], ymd(d)), lambda d: change_export(co, d, True))
    d = co.fresh()
    put(ZB + "变更审批/%s审批导出_网信变更申请_%s(审批中).xlsx" % (co.au["im"], ymd(d)), change_export(co, d, False))
    resp = [r.random() < 0.7 for _ in range(2)]
    if not any(resp):
        resp[0] = True
    for rs in resp:
        c.rec(lambda d: FW + "工单导出/%s/网信服务台工单导出_%s.xlsx" % (xn(d), ymd(d)), lambda d: tickets(co, d, rs))
    months = sorted(r.sample(range(2, 12), r.randint(2, 3)))
    flags = [["monthly_notrend" not in H and r.random() < 0.75, "no_data" not in H and r.random() < 0.5, r.random() < 0.5] for _ in months]
    if "monthly_notrend" not in H and not any(f[0] for f in flags):
        flags[0][0] = True
    if "no_data" not in H and not any(f[1] for f in flags):
        flags[-1][1] = True
    if not any(f[2] for f in flags):
        flags[0][2] = True
    for m, (tr, da, av) in zip(months, flags):
        d = date(2026, m, r.randint(3, 12))
        nm = r.choice(["运行月报%d年%d月" % (2026, m - 1), "%d.%02d运行月报" % (2026, m - 1), "网信中心运行月报（%d年%02d月）终版" % (2026, m - 1)])
        put(ZB + "运行月报/2026/%s.%s" % (nm, r.choice(["docx", "pdf", "docx"])), monthly(co, d, tr, da, av))
    if "aplan" not in H:
        d = co.fresh()
        put(XT + "可用性管理/%d年信息系统可用性保障计划.docx" % d.year, avail_plan(co, d))
    rows_on = "avail_events_none" not in H
    c.rec(lambda d: XT + "可用性管理/信息系统中断登记表%d.xlsx" % d.year, lambda d: outage_book(co, d, rows_on))
    c.rec(lambda d: FW + "知识库/运维知识库导出_%s.xlsx" % ymd(d), lambda d: kb_export(co, d, "kb_empty" not in H))
    c.rec(lambda d: ZB + "资产管理/信息资产台账_%s.xlsx" % ymd(d), lambda d: asset_book(co, d))
    if r.random() < 0.5:
        d = co.fresh()
        put("个人/%s/Book1.xlsx" % co.p(3), asset_book(co, d))
    c.rec(lambda d: XT + "配置管理/CMDB导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, "cmdb_norel" not in H))
    if "ci" not in H:
        c.rec(lambda d: XT + "配置管理/配置项更新维护记录%d.xlsx" % d.year, lambda d: ci_changes(co, d))
    c.rec(lambda d: WA + "信息采集/%s安全信息采集记录.xlsx" % yr(d), lambda d: collect_sheet(co, d), old="collect_old" in H)
    d = co.issued()
    put(WA + "安全基线/信息系统安全配置基线.xlsx", baseline(co, d))
    d = co.fresh()
    b = [("title", "运行日报（%s）" % d.isoformat()), ("p", "值班：%s    报：中心领导" % co.p(4)),
         ("p", "一、运行情况：校园网、数据中心各系统运行正常，出口峰值%.1fGbps，在线终端%d。" % (r.randint(50, 99) / 10, r.randint(18000, 42000))),
         ("p", "二、服务台：受理报修%d件，已处理%d件。" % (r.randint(10, 60), r.randint(8, 10)))]
    put(XT + "运行日报/%s运行日报%s.txt" % (yr(d), ymd(d)), Doc("daily", "运行日报", d, [], True, b),
        **({"encoding": "gb18030"} if r.random() < 0.6 else {}))


def lay_security(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    WA = "网络与安全科/"
    for i in range(r.randint(1, 2)):
        c.rec(lambda d: WA + "日志审计/%s%d年第%d季度日志审计分析报告.%s" % (yr(d), d.year, quarter(d), r.choice(["docx", "pdf"])),
              lambda d: log_audit(co, d), old="logs_old" in H)
    n = r.randint(2, 3)
    fulls = [("notice_partial" not in H) and r.random() < 0.6 for _ in range(n)]
    if "notice_partial" not in H and not any(fulls):
        fulls[-1] = True
    for i, full in enumerate(fulls):
        d = co.fresh()
        k = d.month + i
        put(WA + "安全通告/%s网络安全通告第%d期.%s" % (yr(d), k, r.choice(["docx", "pdf"])), bulletin(co, d, k, full))
    d = co.fresh()
    put(WA + "上级通报/%s关于%s存在网络安全漏洞的通报（含处理单）.pdf" % (ymd(d), school(co)), edu_notice(co, d), **c.scan)
    d = co.fresh()
    what = r.choice(["关于做好教育系统网络安全保障工作的通知", "关于开展教育系统网络安全检查的通知"])
    put("发文/学校发文/%s转发/%s.pdf" % (yr(d), what), forward_cover(co, d, what), **c.scan)
    c.rec(lambda d: WA + "事件统计/%s网络安全事件统计分析.xlsx" % yr(d), lambda d: sec_stats(co, d, True))
    d = co.fresh()
    put(WA + "渗透测试/%d年度渗透测试工作计划.docx" % d.year, pentest_plan(co, d))
    c.rec(lambda d: WA + "渗透测试/%s%s渗透测试报告.pdf" % (ymd(d), co.sys(1)), lambda d: pentest_report(co, d), old="pentest_old" in H)
    d = co.issued()
    put(WA + "等级保护/%s定级报告.pdf" % co.sys(0), grading(co, d), **c.scan)
    d = co.fresh()
    put(WA + "等级保护/%s等级测评问题整改台账.xlsx" % co.sys(0), dengbao_fix(co, d))
    d = co.fresh()
    proj = "规划建设科/%s改造/" % co.sys(0)
    put(proj + "%s升级改造实施方案（定稿）.docx" % co.sys(0), retrofit(co, d, "golive_notest" not in H, True))
    if "compat" not in H:
        c.rec(lambda d: proj + "兼容性验证报告.docx", lambda d: compat(co, d), d=d - timedelta(days=r.randint(5, 20)))


def lay_emergency(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    YJ = "应急管理/"
    rec_ok = "no_recovery" not in H
    d = co.issued()
    ext = r.choice(["docx", "pdf"])
    put("发文/学校发文/%s关于印发网络安全事件应急预案的通知.%s" % (yr(d), ext),
        emergency_plan(co, d, rec_ok, rec_ok and r.random() < 0.5), **(c.scan if ext == "pdf" and r.random() < 0.5 else {}))
    if rec_ok:
        d = co.issued()
        put(YJ + "预案/数据中心灾难恢复计划.docx", dr_plan(co, d))
    d = co.issued()
    if "bcp_draft" in H:
        put(YJ + "业务连续性/信息系统业务连续性计划（征求意见稿）.docx", void(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(YJ + "业务连续性/信息系统业务连续性计划.pdf", bcp(co, d))
    if "drill_plan_only" not in H:
        d = co.fresh()
        if r.random() < 0.3:
            put("个人/%s/新建 Microsoft Word 文档 (%d).docx" % (co.p(1), r.randint(2, 6)), drill(co, d, "sec"))
        else:
            put(YJ + "演练/%d/%s网络安全事件应急演练记录.docx" % (d.year, ymd(d)), drill(co, d, "sec"))
        if "drdrill" not in H:
            c.rec(lambda d: YJ + "演练/%d/%s数据恢复演练记录.pdf" % (d.year, ymd(d)), lambda d: drill(co, d, "dr"), **c.scan)
    else:
        d = co.old()
        put("归档/%d年/%s网络安全事件应急演练记录.docx" % (d.year, ymd(d)), drill(co, d, "sec"))
    d = co.fresh()
    put(YJ + "演练/%d/%d年网络安全应急演练工作方案.docx" % (d.year, d.year), drill_scheme(co, d))


def lay_review(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    ZB, TX = "综合办公室/", "体系运行/"
    so = "kpi_scoreonly" in H
    for i in range(2):
        d = date(2026, 3 * r.randint(1, 3) + 1, r.randint(3, 20))
        tg = (not so) and (i == 0 or r.random() < 0.5)
        nm = (ZB + "运维考核/附件%d.xlsx" % r.randint(1, 4)) if r.random() < 0.25 else (ZB + "运维考核/%d年第%d季度驻场运维考核评分表.xlsx" % (d.year, quarter(d) - 1))
        put(nm, vendor_assess(co, d, tg))
    sn = r.randint(10, 300)
    for i in range(r.randint(1, 2)):
        ver = i == 0 or r.random() < 0.6
        c.rec(lambda d: (ZB + "运维考核/扫描件%03d.pdf" % (sn + i)) if i == 0 and r.random() < 0.5 else (ZB + "运维考核/整改通知单ZG-%s.pdf" % ymd(d)),
              lambda d: rectify(co, d, ver), d=min(co.fresh(), date(2026, 9, 30)), **c.scan)
    if r.random() < 0.6:
        c.rec(lambda d: TX + "预防措施/预防措施有效性验证记录%d.xlsx" % d.year, lambda d: prevent_verify(co, d))
    c.rec(lambda d: TX + "内部审核/%d年度内部审核报告.docx" % d.year, lambda d: internal_audit(co, d), old="ia_old" in H)
    inputs = ["perf", "fb", "ca", "imp"] if "mr_partial" in H else ["perf", "fb", "res", "ca", "chg", "imp"]
    c.rec(lambda d: "网信委/%d年度全体会议纪要.docx" % d.year, lambda d: review_minutes(co, d, inputs))
    if "audit_rule" not in H and r.random() < 0.5:
        d = co.issued()
        put(TX + "认证/ITSS及ISO20000认证证书.pdf", iso_cert(co, d), **c.scan)
    c.rec(lambda d: TX + "持续改进/%d年度持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, "criteria" not in H))
    if not c.improve_in_min and "improve_pending" not in H:
        c.rec(lambda d: TX + "持续改进/改进机会评估表_%s.docx" % ymd(d), lambda d: improve_eval(co, d))
    if "itrack" not in H:
        c.rec(lambda d: TX + "持续改进/改进项目跟踪表%d.xlsx" % d.year, lambda d: improve_track(co, d))
    if "aware_signin" in H:
        d = co.fresh()
        put(TX + "培训/%s《运维服务持续改进管理细则》学习签到表.xlsx" % ymd(d), signin(co, d, "网络与信息化中心运维服务持续改进管理细则"))
    else:
        c.rec(lambda d: TX + "培训/%s持续改进专题宣贯签到.xlsx" % ymd(d), lambda d: awareness(co, d))
    c.rec(lambda d: ZB + "%s%d年运维不良情况分析及改进计划.docx" % (yr(d), d.year), lambda d: defects(co, d), old="defects_old" in H)
    d = date(2026, 1, r.randint(8, 28))
    nm = r.choice(["综合办公室/工作总结/网络与信息化中心2025年工作总结.docx", "综合办公室/工作总结/2025年工作总结（定稿）.docx",
                   "综合办公室/工作总结/2025年度工作总结(1).docx"])
    put(nm, year_report(co, d, "no_data" not in H, "forecast" not in H))
    if "forecast" in H or "no_data" in H or r.random() < 0.5:
        d = date(2025, 1, r.randint(8, 28))
        put("归档/2025年/网络与信息化中心2024年工作总结.docx", year_report(co, d, True, True))


def lay_none(c):
    co, r, put = c.co, c.r, c.put
    d = date(2026, 8, r.randint(10, 25))
    put("重大活动保障/2026秋季开学/2026年秋季开学迎新网络保障方案.docx", baozhang(co, d, "2026年秋季开学迎新"))
    if r.random() < 0.7:
        put("重大活动保障/2026秋季开学/迎新保障工作总结.docx", baozhang_summary(co, d + timedelta(days=25), "2026年秋季开学迎新"))
    d = date(2025, 12, r.randint(10, 20))
    put("重大活动保障/2026研究生招生考试/研究生招生考试网络保障方案.docx", baozhang(co, d, "2026年全国硕士研究生招生考试"))
    if r.random() < 0.6:
        d = date(2026, 7, r.randint(5, 25))
        put("重大活动保障/2026高考录取/高考录取期间网络保障方案.docx", baozhang(co, d, "2026年普通高校招生录取"))
    d = date(2026, 9, r.randint(10, 20))
    put("网络与安全科/宣传周/%d年网络安全宣传周活动方案.docx" % d.year, xuanchuan(co, d))
    d = co.fresh()
    put("用户服务科/信息员/各单位信息员名单（%s）.xlsx" % xn(d), xinxiyuan(co, d))
    d = co.fresh()
    put("学生助理/%s值班表.xlsx" % xq(d), zhuli_schedule(co, d))
    d = co.fresh()
    put("规划建设科/项目申报/%d年信息化建设项目申报书.docx" % (d.year + 1), xiangmu(co, d))
    d = date(2026, r.choice([1, 2]), r.randint(5, 20))
    put("综合办公室/值班/2026年寒假值班表.xlsx", holiday_duty(co, d, "2026年寒假"))
    d = date(2026, 9, r.randint(25, 30))
    put("综合办公室/值班/2026年国庆值班表.xlsx", holiday_duty(co, d, "2026年国庆节"))


def archive(c):
    co = c.co
    for name, factory, d in c.made:
        if co.rng.random() >= 0.15:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "归档/%d年/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        c.put(rel, factory(prev))


def im_copies(c):
    """what people saved from 企业微信/钉钉 chats: the same documents under the names they arrived with"""
    co, r = c.co, c.r
    docs = [(rel, obj) for rel, fmt, obj, opt in co.files
            if fmt == "docx" and obj.items and not rel.startswith(("发文/", "制度/", "归档/", "个人/"))]
    if co.au["im"] == "企业微信":
        base = "个人/%s/WXWork/1688850%06d/Cache/File/" % (co.p(4), r.randint(0, 999999))
    else:
        base = "个人/%s/钉钉文件/" % co.p(4)
    picks = r.sample(docs, min(3, len(docs)))
    names = ["附件%d.docx" % r.randint(1, 5), "新建 Microsoft Word 文档.docx", "%s - 副本.docx" % picks[-1][0].rsplit("/", 1)[-1][:-5]]
    for (rel, obj), nm in zip(picks, names):
        sub = "%d-%02d/" % (obj.date.year, obj.date.month) if "WXWork" in base else ""
        c.put(base + sub + nm, obj)


def decoys(c, lock_bytes, keys):
    co, r, H, put = c.co, c.r, c.H, c.put
    KH = cust_dir(co)
    put("网络与安全科/机房巡检/机房巡检记录表（空表）.xlsx",
        blank_sheet("数据中心机房巡检记录", co.fresh(), ["日期", "设备", "CPU", "内存", "告警", "结论", "巡检人"]))
    put("综合办公室/变更审批/网信变更申请单（纸质模板）.docx",
        blank_paper("信息系统变更申请单", co.fresh(), ["变更内容", "影响范围", "测试情况", "回退方案", "审批意见", "实施结果"]))
    put(KH + "04满意度/满意度调查问卷（空白）.docx",
        blank_paper("%s运维服务满意度调查问卷" % cust(co), co.fresh(), ["1.响应速度", "2.服务态度", "3.解决效果", "4.意见建议"]))
    put(KH + "02服务协议/信息化运维服务协议（范本）.docx",
        blank_paper("信息化运维服务协议（范本）", co.fresh(), ["一、服务范围", "二、运维方式", "三、服务级别和核心指标", "四、健康检查", "五、费用和期限"]))
    if r.random() < 0.6:
        put("应急管理/演练/应急演练记录表（模板）.docx", blank_paper("应急演练记录", co.fresh(), ["演练时间", "演练场景", "演练过程", "演练结果", "存在问题"]))
    if r.random() < 0.5:
        put("综合办公室/运维考核/驻场运维考核评分表（空表）.xlsx",
            blank_sheet("驻场运维服务季度考核评分表", co.fresh(), ["考核指标", "目标", "实际", "是否达成", "扣分"], 6))
    if "bcp_draft" not in H and r.random() < 0.5:
        put("应急管理/业务连续性/业务连续性计划（征求意见稿）.docx", void(bcp(co, co.issued()), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put("个人/%s/%s运维服务协议修订（送审稿）.docx" % (co.p(0), cust(co)), void(agreement(co, d, True, True, True), "draft", "（送审稿）"))
    d = co.fresh()
    put("个人/%s/%d年持续改进计划（讨论稿）.docx" % (co.p(0), d.year + 1), void(improve_plan(co, d, True), "draft", "（讨论稿）"))
    d = co.fresh()
    put("个人/%s/网信委年度会议纪要（初稿）.docx" % co.p(0), void(review_minutes(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]), "draft", "（初稿）"))
    if "ola_draft" in H:
        d = co.fresh()
        put("个人/%s/科室间运维协同约定（讨论稿）.docx" % co.p(0), void(ola(co, d), "draft", "（讨论稿）"))
    if "drill_plan_only" in H:
        d = co.fresh()
        put("应急管理/演练/%d/关于开展数据恢复演练的通知.docx" % d.year, Doc("drill_notice", "演练通知", d, [], False, [
            ("title", "关于开展%s数据恢复演练的通知" % co.sys(2)), ("p", "中心各科室：定于%s开展数据恢复演练，请系统与数据科做好准备。" % cnd(d))]))
    d = date(2019, 5, 20)
    put("应急管理/预案/作废/网络安全事件应急预案（2019版）作废.pdf", void(emergency_plan(co, d, True, True), "obsolete", "（作废）"), **c.scan)
    d = date(2021, 3, 15)
    put("制度/已废止/问题管理细则（2021版，已废止）.docx", void(reg_doc(co, d, "wt"), "obsolete", "（已废止）"))
    nas = co.au["nas"]
    if nas == "$RECYCLE.BIN":
        sid = "S-1-5-21-%d-%d-%d-%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(1000, 1300))
        rnd = lambda: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))  # noqa: E731
        bins = ["$RECYCLE.BIN/%s/$R%s.docx" % (sid, rnd()), "$RECYCLE.BIN/%s/$R%s.xlsx" % (sid, rnd()), "$RECYCLE.BIN/%s/$R%s.docx" % (sid, rnd())]
    else:
        bins = [nas + "/应急管理/数据恢复演练记录.docx", nas + "/综合办公室/网信变更申请审批导出.xlsx", nas + "/体系运行/内部审核报告.docx"]
    put(bins[0], void(drill(co, co.fresh(), "dr"), "recycle bin"))
    put(bins[1], void(change_export(co, co.fresh(), True), "recycle bin"))
    put(bins[2], void(internal_audit(co, co.fresh()), "recycle bin"))
    for what in r.sample(["网络安全事件应急预案", "信息系统变更管理细则", "网络安全事件报告与处置办法", "信息系统业务连续性计划"], 2):
        d = co.fresh()
        put("综合办公室/学习培训/%s《%s》学习签到表.xlsx" % (ymd(d), what), signin(co, d, what))
    put("制度/现行有效制度目录.docx", reg_index(co, co.fresh(), keys))
    d = co.fresh()
    put("网信委/关于召开%d年度网信委全体会议的通知.docx" % d.year, mr_notice(co, d))
    d = co.fresh()
    put("综合办公室/通知/关于开展信息化制度执行情况自查的通知.docx", zicha_notice(co, d))
    if co.au_outs:
        d = co.fresh()
        put("综合办公室/驻场管理/驻场人员考勤确认单%s.xlsx" % ym(d), attendance(co, d))
    put("资质申报/CCRC/自评估表（工作底稿）.xlsx", ccrc_sheet(co, co.fresh()))
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(("#recycle", ".recycle", "$RECYCLE"))]
    for rel in office[4:140:22]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(2)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw("综合办公室/运行月报/2026/新建 DOCX 文档.docx", b"", "empty file")
    raw("网络与安全科/日志审计/新建 XLSX 工作表.xlsx", b"", "empty file")
    raw(KH + "04满意度/2026年下半年满意度调查报告.docx", b"", "empty file")
    raw("网络与安全科/上级通报/扫描件%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
