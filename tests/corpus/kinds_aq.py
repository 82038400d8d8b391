# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_aq.py - style AQ: the 科技处 (信息中心) of a 直属海关 (a customs district, 某某海关).

An author voice for the accuracy corpus, used only by the AQ shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py, kinds_aj.py's mechanics and the README's ground-truth section;
never the rules, the sources or a score).

The company.  A 直属海关 (中华人民共和国某某海关) has a 科技处 which is also its 信息中心.  It runs the 海关业务
系统 on the 海关专网 for the 关机关, its 隶属海关 and the 口岸 现场: the 金关工程 application nodes, the local parts
of the 通关管理 and 查验管理 systems, 卡口联网, H986 智能审图, 视频监控指挥, the 单一窗口 地方 interfaces, the 关区
network (专网, 互联网 and the physically separate 涉密网, 三网物理隔离), 24小时通关保障 值班 and 口岸现场保障.
A contracted 运维服务商 keeps engineers on site (驻场), with monthly 月报 and quarterly 考核.  Under a
技术保障协议 the 科技处 also operates the IT of the 综合保税区管理委员会's 企业服务中心 (the form's customer):
the 综保区 信息化辅助管理平台, the 卡口 and 围网 video, the service-hall terminals and office network.

How its people write.  As a customs unit does: 关 发文 (X关发〔2026〕N号) under the 红头 "中华人民共和国X海关文件"
that 印发 a 办法 (第一章 总则 / 第一条 …) with 版记 (抄送 海关总署科技发展司; X海关办公室 印发); 科技处 文件
(X关科〔2026〕N号) that 印发 细则; 工作规程 and 作业指导书 filed bare with a 制度编号; a 科技处 制度汇编 whose 篇 are
several 办法/细则; 总署 通知 转发 by the 关 办公室 (署科发〔2026〕N号); 保密 and the 涉密网 separation (涉密 material is
never on this share, only 非密 notices about 分保); 等保 定级 and 测评; 值班 (24小时通关保障) 记录 scanned from the
paper 登记簿; 系统故障报告 to 总署科技司; 口岸现场保障 by 隶属海关; 运维服务商 月报/周报/考核/整改通知单; 关党委会,
关长办公会 and 处务会 纪要; 内控 (执法内控风险点) and 督察内审 audits; 信创 替代.  Folders by 科 (综合科, 运行维护科,
网络安全科, 应用管理科, 科技装备科) and 年度, 关发文件/<year>/, 科技处文件/<year>/, 综保区技术保障/, 运维服务商管理/,
应急管理/, 总署来文/, 归档/<year>/, 个人/<name>/, and the NAS recycle bin (#recycle / .recycle).

Every builder returns a kinds.Doc listing as items only what its own text proves: a part of a document
lends its items only when it is written; a sheet without data rows proves nothing; a record older than a
year keeps its items (record=True) and is stale.  build(co, lock_bytes) lays out the whole share.

Judgement calls of this voice (also in readme.md):
- a 关发 filed whole (红头 + 办法) is the 办法; filed split, the 附件 is the 办法 and the 正文 (现将《…》印发给你们)
  is a decoy; the 制度汇编 proves what its 篇 write; the 运行维护管理办法 is 10/pdca only with its 运维管理模式 chapter;
- the 网络安全事件应急处置和报告办法 gives 30's two items, 31/incident-process, and 34 through its 应急响应 and
  事后处理 chapters; the 保密管理办法, the 网络安全工作责任制实施细则 and the 执法内控风险防控细则 prove nothing;
- an 作业指导书 of one module is 24's work instruction and 11's manual; the 作业指导书汇编 is one document;
- the 24小时通关保障值班记录 (scan) is 44/inspection, 45/monitoring and 14/maintenance only when its rows record
  the network and security devices' state; rows saying only 正常 prove nothing; the 机房巡检 workbook proves each
  record kind whose sheet has rows (its 动环 sheet nothing); the 口岸现场保障巡检表 proves the same only through its
  网络及安全设备 sheet; its 卡口车道设备 sheet (道闸, 地磅, 车牌识别) is business equipment and proves nothing;
- a 系统故障报告 to 总署科技司 is 43's process record and, stating 接报/响应/恢复 against the 预案's time limits,
  55's response times; a 故障快报 without those times is only 43;
- the 运维服务合同's 服务级别 chapter is 8/sld; the 处内 科室运维协同约定 is 8/ola; the 技术保障协议 with the
  综保区 is the customer's SLA (35, 36/sla, 15/agreement, 39/sla, each by its own article);
- the 运维服务商 月报 is 50 with its 趋势分析, 56 with its ten indicators, 18/22's availability report with its 可用率
  section; its 周报 proves nothing; the 季度考核评分表 is 57/measurement only when it sets 服务指标 against
  targets; the 整改通知单 is 57/capa and, with its 复查 filled, 66/effectiveness;
- the 处务会纪要 proves each decision it records (接口人 28, 运维服务台 48, ranked and approved 改进事项 67); the
  关党委会 and 关长办公会 纪要 prove nothing; the 12360 海关服务热线 培训 is the public hotline, not the IT
  service desk: nothing;
- the 等保 定级报告 and 测评报告 are 51/grading; the 定级工作指引 51/grading-criteria; 分保 notices, the 漏洞扫描
  export, the 态势感知 周报, 保密自查 and 内控 排查 prove nothing;
- the 网络安全事件应急演练 and the 通关系统断网应急演练 are 40/emergency-drill + 53/drill; the 数据备份恢复 /
  同城切换 演练 is 40/recovery-drill only; a 演练方案 or 演练通知 proves nothing;
- the 督察内审处 审计 of 项目经费 is a financial audit: nothing; the 科技运维管理体系内部审核报告 is 59's;
- the 管理评审会议纪要 is 59/management-review only when it reports 服务和流程执行情况, each other 议题 one of 60's.
"""

from datetime import date, timedelta

from kinds import Doc

# per share: 关名, 关 简称 (文号 prefix), code, 隶属海关 (three), 综保区, customer short, 运维平台, NAS bin, 关区代码,
#            总署 version of the 卡口联网 client, the holes of this share (clauses missing by design)
AQ_INFO = {
    "aq1": dict(guan="瓯江海关", ab="瓯关", code="OJHG", subs=("瓯州港海关", "瓯州机场海关", "瓯州综保区海关"),
                zone="瓯州综合保税区", cust="综保区企业服务中心", itsm="科技运维服务平台", nas="#recycle", qu="2910",
                ver="V3.2", holes={"pdca", "svc_old", "dev", "cmdb_rel", "trend", "bcp_draft",
                                                     "desk_train", "callbacks_old", "defects_old", "aware"}),
    "aq2": dict(guan="北湾海关", ab="湾关", code="BWHG", subs=("北湾港海关", "北湾新港海关", "北湾保税港区海关"),
                zone="北湾港综合保税区", cust="综保区政务服务中心", itsm="IT运维服务管理系统", nas=".recycle", qu="3410",
                ver="V4.0", holes={"history_draft", "kpis", "collect_old", "cat_l1", "drdrill",
                                                     "mr_noperf", "ieval_pending", "kb", "compat"}),
    "aq3": dict(guan="西陵海关", ab="陵关", code="XLHG", subs=("西陵铁路口岸海关", "西陵机场海关", "西陵综保区海关"),
                zone="西陵综合保税区", cust="综保区管委会企业服务中心", itsm="运维服务平台", nas="#recycle", qu="8610",
                ver="V3.6", holes={"fee_tpl", "cat_l2", "cmdb", "iface_pending", "hw_old",
                                                     "logaudit_old", "prev", "itrack"}),
    "aq4": dict(guan="嘉湾海关", ab="嘉关", code="JWHG", subs=("嘉湾港海关", "嘉湾陆路口岸海关", "嘉湾出口加工区海关"),
                zone="嘉湾综合保税区", cust="综保区服务中心", itsm="一体化运维管理平台", nas=".recycle", qu="5310",
                ver="V3.9", holes={"roles", "sec_stats", "pt_plan", "nodrill", "kpi", "rect_old",
                                                     "iplan", "ola", "no_vendor_org"}),
}

ZHN = "〇一二三四五六七八九"
HAN = "零一二三四五六七八九"


def han(n):
    """第二十三条: a count in Chinese numerals (1-99)."""
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def sign_date(d):
    """二〇二六年三月五日, as the 红头 signs it."""
    return "".join(ZHN[int(c)] for c in str(d.year)) + "年" + han(d.month) + "月" + han(d.day) + "日"


def cnd(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def ymd(d):
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def any_date(co, d):
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


def quarter(d):
    return (d.month - 1) // 3 + 1


class Paper:
    """A written document assembled part by part; only the parts that are written lend items.
    Headings are numbered as they are written (一、 / 1. / 第一条), so a missing part leaves no gap."""

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
        elif self.num == "paren":
            h = "（%s）%s" % (han(self.n), heading)
        else:
            h = "第%s条 %s" % (han(self.n), heading)
        self.blocks.append(("h1", h))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items)), record, self.blocks + list(tail))


def ledger(kind, title, d, record, sheets, note=None):
    """A workbook: sheets of (name, header, rows, items); a sheet with no rows lends nothing."""
    out, items = [], []
    for name, header, rows, its in sheets:
        top = [[title]] + ([[note]] if note else [])
        out.append((name, top + [header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def nullify(doc, why, mark=None):
    """A draft, withdrawn, template or binned copy: the same text, no proof."""
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


def blank_sheet(title, d, cols, n=12, sheet="Sheet1", note="填报单位：              填报日期：    年  月  日"):
    return Doc("blank", title, d, [], False, sheets=[(sheet, [[title], [note], cols] + [[""] * len(cols) for _ in range(n)])],
               decoy="template")


def blank_paper(title, d, heads, code=None):
    b = [("title", title), ("p", "编号：%s      日期：____年__月__日" % (code or "__________"))]
    for h in heads:
        b += [("h1", h), ("p", "（填写）"), ("p", " ")]
    b += [("p", "经办人：            科长：            处领导：")]
    return Doc("blank", title, d, [], False, b, decoy="template")


# ------------------------------------------------------------------------------ 发文 / 制度

def next_no(co, d, which):
    key = (which, d.year)
    co.aq_no[key] = co.aq_no.get(key, co.rng.randint(3, 40)) + co.rng.randint(1, 9)
    pre = {"fa": co.aq["ab"] + "发", "ke": co.aq["ab"] + "科", "ban": co.aq["ab"] + "办发", "bao": co.aq["ab"] + "科报"}[which]
    return "%s〔%d〕%d号" % (pre, d.year, co.aq_no[key])


def red_top(co, d, subject, which="fa", to=None):
    """The 红头 of a 关 文件 (fa), of the 关 办公室 (ban) or of the 科技处's own 文件 (ke)."""
    no = next_no(co, d, which)
    g = co.aq["guan"]
    issuer = {"fa": "中华人民共和国%s文件" % g, "ban": "中华人民共和国%s办公室" % g, "ke": "%s科技处文件" % g}[which]
    if to is None:
        to = ("各隶属海关，关机关各部门，各派驻机构：" if which in ("fa", "ban")
              else "处内各科，各隶属海关综合业务科（科技岗），驻场运维项目组：")
    return [("big", issuer), ("p", no), ("title", subject), ("p", to)], no


def colophon(co, d, which="fa", open_=False):
    g = co.aq["guan"]
    org = {"fa": g, "ban": g + "办公室", "ke": g + "科技处"}[which]
    b = [("p", org + ("（印）" if which != "ke" else "")), ("p", sign_date(d)),
         ("p", "（此件主动公开）" if open_ else "（此件不公开）"),
         ("p", "（联系人：科技处%s，关内电话：%d）" % (co.p(0), co.rng.randint(81000, 89999)))]
    if which != "ke":
        b += [("p", "抄送：海关总署科技发展司，%s管理委员会。" % co.aq["zone"]),
              ("p", "%s办公室                         %s印发" % (g, cnd(d + timedelta(days=co.rng.randint(1, 3)))))]
    else:
        b += [("p", "抄送：关领导，督察内审处。"),
              ("p", "%s科技处                         %s印发" % (g, cnd(d + timedelta(days=1))))]
    return b


# key: (name, level, [(chapter, [articles], items, optional)])
#   level: fa = 关 办法 by 关发, ke = 科技处 细则 by 科技处文件, gc = 工作规程 filed bare with a 制度编号
REGS = {
    "ywgl": ("{g}信息系统运行维护管理办法", "fa", [
        ("总则", ["为规范{g}信息系统运行维护工作，保障海关业务系统和关区网络安全稳定运行，依据《海关信息系统运行维护管理规定》"
                 "和《中华人民共和国网络安全法》，结合关区实际，制定本办法。",
                 "本办法适用于关机关、各隶属海关和口岸现场使用的海关业务系统、关区网络、安全设备，以及根据技术保障协议由科技处"
                 "承担运维的{zone}信息化系统。"], [], False),
        ("组织与职责", ["关网络安全和信息化领导小组统筹关区运维工作；科技处是运维工作的归口管理部门；各隶属海关指定科技岗"
                     "负责本单位现场运维配合；运维服务商在科技处统一管理下承担驻场运维。"], [], False),
        ("运维管理模式", ["运维工作按照“计划—执行—检查—改进”（PDCA）的模式组织：每年初制定运维工作计划、服务目录和服务指标（计划）；",
                       "按照本办法及各项细则、作业指导书开展值班、巡检、变更、事件处置和现场保障（执行）；",
                       "通过运维指标监测、运维服务商考核、内部审核和管理评审检查运维工作的成效（检查）；",
                       "对检查发现的问题和未达成的指标制定纠正预防措施，纳入年度持续改进计划并跟踪验证（改进）。"], ["10/pdca"], True),
        ("日常运维", ["科技处实行24小时通关保障值班制度，值班人员按规定巡检机房和关区网络，填写值班记录。",
                   "运维服务商驻场人员应遵守海关保密规定，不得接触涉密网络和涉密信息。"], [], False),
        ("附则", ["本办法由科技处负责解释，自印发之日起施行。"], [], False)]),
    "change": ("{g}信息系统变更管理办法", "fa", [
        ("总则", ["为控制信息系统变更风险，防止因变更影响通关作业，制定本办法。",
                 "本办法所称变更，是指对关区生产环境中的网络、安全设备、服务器、数据库、应用系统及其参数、资源配置的新增、修改和删除，"
                 "包括总署统一下发版本在关区的部署。"], [], False),
        ("变更分类", ["变更分为标准变更、一般变更、重大变更和紧急变更。影响通关管理、卡口联网或关区骨干网络的变更为重大变更。"], [], False),
        ("变更流程", ["变更由实施科在{itsm}填报变更申请单，写明变更内容、影响范围、涉及的隶属海关和口岸现场、实施窗口、测试验证情况和回退方案。",
                   "一般变更由科长审批；重大变更经处务会或变更评审会评审、处长审批，并提前通知受影响的隶属海关和{cust}。",
                   "变更原则上在非通关高峰时段实施；实施后验证业务，验证失败的按回退方案回退。",
                   "紧急变更可经处领导电话同意后实施，24小时内补办审批手续。",
                   "变更的申请、审批、实施、验证、回退和关闭情况在平台全程记录，按月统计变更成功率。"], ["54/procedure"], False),
        ("附则", ["本办法自印发之日起施行，原《信息系统变更管理暂行规定》同时废止。"], [], False)]),
    "secevent": ("{g}网络安全事件应急处置和报告办法", "fa", [
        ("总则", ["为规范关区网络安全事件的应急处置和报告，依据《海关网络安全事件应急预案》，制定本办法。"], [], False),
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、信息内容安全事件、设备设施故障、灾害性事件和其他事件；"
                       "按影响范围和程度分为特别重大、重大、较大和一般四级。"], [], False),
        ("事件报告", ["各单位发现网络安全事件，应立即报告科技处值班室；科技处30分钟内报告分管关领导，较大及以上事件1小时内报告"
                   "海关总署科技发展司和网络安全和信息化领导小组办公室，并视情通报属地公安机关网安部门。"], ["30/reporting-process"], False),
        ("事件处置", ["事件处置按照确认研判、隔离遏制、清除根除、恢复验证的步骤进行，科技处网络安全科全程记录处置过程。"],
         ["30/response-process", "31/incident-process"], False),
        ("应急响应", ["达到关区网络安全事件应急预案启动条件的，由关网络安全和信息化领导小组决定启动预案，成立现场处置组，"
                   "事件消除后宣布结束应急状态。"], ["34/emergency-process"], True),
        ("事后处理", ["事件处置结束后5个工作日内，由科技处形成事件调查报告，分析原因，总结教训，更新知识库和预案，"
                   "对责任单位提出整改要求并跟踪落实。"], ["34/incident-process"], False),
        ("附则", ["本办法自印发之日起施行。"], [], False)]),
    "baomi": ("{g}计算机信息系统保密管理办法", "fa", [
        ("总则", ["为加强关区计算机信息系统保密管理，防止国家秘密和海关工作秘密泄露，制定本办法。"], [], False),
        ("三网隔离", ["涉密网、海关业务网（专网）和互联网实行物理隔离，严禁涉密计算机接入专网或互联网，严禁在非涉密计算机上处理涉密信息。"], [], False),
        ("移动存储介质", ["涉密移动存储介质由保密办统一登记编号，不得在非涉密计算机上使用。"], [], False),
        ("附则", ["本办法由关保密委员会办公室负责解释。"], [], False)]),
    "event": ("科技处运维事件管理细则", "ke", [
        ("总则", ["为尽快恢复海关业务系统正常运行，减少运维事件对通关作业的影响，制定本细则。"], [], False),
        ("事件的受理与登记", ["运维事件来源于监控告警、值班巡检、各隶属海关和{cust}报障、{itsm}工单，由运维服务台统一登记编号。"],
         ["49/incident-procedure"], False),
        ("分级与处置", ["运维事件分为一级（影响关区通关作业）、二级（影响单个口岸现场）、三级（影响个别用户）；一级事件15分钟内响应，"
                     "二级30分钟，三级2小时；一线无法处理的升级至科室或厂商。",
                     "事件解决后服务台回访报障单位确认恢复，关闭工单。"], ["49/incident-procedure"], False)]),
    "request": ("科技处IT服务请求管理细则", "ke", [
        ("总则", ["为规范用户账号开通、权限变更、终端入网、专网接入、数据调取等IT服务请求的受理和办理，制定本细则。"], [], False),
        ("受理与审批", ["用户通过{itsm}提交服务请求，注明请求类别和业务依据，经本部门负责人审核；涉及业务数据调取的，"
                     "须经业务主管部门和分管关领导审批。"], ["49/request-procedure"], False),
        ("办理与关闭", ["服务台按服务目录派单，办理人员在规定时限内完成并电话确认后关闭请求。"], ["49/request-procedure"], False)]),
    "problem": ("信息系统运维问题管理细则", "ke", [
        ("总则", ["为查找并消除反复发生或影响较大的运维事件的根本原因，制定本细则。"], [], False),
        ("问题的识别与记录", ["同一故障一个月内发生三次以上、一级事件和失败变更，均应在{itsm}建立问题单。"],
         ["20/procedure", "37/procedure"], False),
        ("根因分析与解决", ["问题责任科在10个工作日内完成根因分析，提出临时措施和永久解决方案，需变更的按变更管理办法执行。",
                         "问题解决后经验证关闭，形成已知错误纳入运维知识库；未关闭问题在处务会上通报。"],
         ["20/procedure", "37/procedure"], False)]),
    "knowledge": ("运维知识管理细则", "ke", [
        ("总则", ["为积累和共享关区运维经验，建立运维知识库，制定本细则。"], [], False),
        ("知识的提交与审核", ["运维人员在事件处置、问题解决和变更实施后提交知识条目，经科室知识管理员审核后发布。"], ["21/procedure"], False),
        ("知识的使用与维护", ["知识库向科技处、各隶属海关科技岗和驻场运维人员开放；知识管理员每季度复核，过期条目予以废止。"],
         ["21/procedure"], False)]),
    "slm": ("运维服务级别管理细则", "ke", [
        ("总则", ["为规范科技处运维服务级别的设计、约定、监测和评审，制定本细则。"], [], False),
        ("服务级别的约定", ["科技处根据关区业务需求和{cust}技术保障需求制定服务目录和服务级别，与{cust}签订技术保障协议，"
                         "约定服务时间、响应时限和核心指标。"], ["39/slm-procedure"], False),
        ("监测与评审", ["服务级别达成情况按月统计、按季通报，每年与服务对象评审一次，未达标项目纳入改进计划。"], ["39/slm-procedure"], False)]),
    "audit": ("科技运维管理体系内部审核细则", "ke", [
        ("总则", ["为验证科技运维管理体系符合标准要求并得到有效实施和保持，制定本细则。"], [], False),
        ("审核安排", ["科技处每年至少组织一次覆盖全部运维过程的内部审核，内审员经培训合格，不审核本科室工作。",
                   "内部审核按年度审核方案、审核计划、首末次会议、现场审核、不符合项报告和整改跟踪验证的流程进行，审核结果提交管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], False)]),
    "monitor": ("运维服务监视与测量细则", "ke", [
        ("总则", ["为掌握运维服务目标的实现情况，制定本细则。"], [], False),
        ("监视内容与方法", ["监视测量内容包括服务级别达成率、服务对象满意度、投诉与建议以及各项运维指标。",
                         "综合科按月汇总指标，按季开展满意度回访，未达目标的启动纠正预防措施并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], False)]),
    "improve": ("运维服务持续改进管理细则", "ke", [
        ("总则", ["为规范改进措施的识别、记录、批准、评估、测量和报告，制定本细则。"], [], False),
        ("改进的管理", ["改进机会来源于内部审核、督察内审、总署检查、服务对象投诉、事件和问题分析、指标未达标。",
                     "改进机会由提出科室登记，综合科按评估标准评分排序，报处务会批准后实施。",
                     "实施效果由综合科测量验证，改进情况在管理评审中报告。"], ["65/procedure"], False)]),
    "preventive": ("信息系统预防性维护管理细则", "ke", [
        ("总则", ["为在故障发生前消除潜在的不符合和运行隐患，制定本细则。"], [], False),
        ("预防措施", ["各科通过趋势分析、容量预警、巡检发现和设备生命周期评估识别潜在问题，制定预防性维护措施，经科长批准后实施。",
                   "预防措施实施后一个月内由综合科验证其有效性并记录。"], ["66/preventive-actions"], False)]),
    "neikong": ("科技处执法（管理）内控风险防控细则", "ke", [
        ("总则", ["为落实海关内控机制建设要求，防范科技管理岗位廉政风险和管理风险，制定本细则。"], [], False),
        ("风险点", ["本处风险点包括：信息化项目采购需求编制、运维服务商考核、用户权限审批、数据调取审批。"], [], False),
        ("防控措施", ["风险点实行岗位分离、双人复核和留痕管理，督察内审处每年开展一次检查。"], [], False)]),
    "training": ("网络安全培训服务工作规程", "gc", [
        ("目的", ["规范科技处为各隶属海关和{cust}开展的网络安全培训服务。"], [], False),
        ("工作流程", ["培训需求收集→年度培训计划→课件编写与审核→组织实施并签到→考试考核→效果评估→资料归档。"], ["31/training-process"], False)]),
    "pentest": ("渗透测试工作规程", "gc", [
        ("目的", ["规范对关区互联网应用、{zone}信息化系统和专网应用的渗透测试。"], [], False),
        ("工作流程", ["取得系统主管部门书面授权→确定测试范围和时间窗口（避开通关高峰）→信息收集→漏洞发现与验证→编写测试报告→督促整改→复测。",
                   "测试不得使用可能造成拒绝服务或数据破坏的手段，测试期间值班人员全程监控。"], ["31/pentest-process"], False)]),
}


def fill(co, s):
    return (s.replace("{g}", co.aq["guan"]).replace("{zone}", co.aq["zone"]).replace("{cust}", co.aq["cust"])
            .replace("{itsm}", co.aq["itsm"]))


def reg_name(co, key):
    return fill(co, REGS[key][0])


def reg_chapters(co, key, drop_optional=False):
    """The 章/条 body of a 办法, 细则 or 规程; returns (blocks, items)."""
    name, level, chs = REGS[key]
    b, items, t = [], [], 0
    ci = 0
    for ch, arts, its, opt in chs:
        if opt and drop_optional:
            continue
        ci += 1
        b.append(("h1", "第%s章 %s" % (han(ci), ch)))
        for a in arts:
            t += 1
            b.append(("p", "第%s条 %s" % (han(t), fill(co, a))))
        items += its
    return b, items


def reg_code(co, key):
    return "%s-KJC-%s-%02d" % (co.aq["code"], REGS[key][1].upper(), list(REGS).index(key) + 1)


def reg_doc(co, d, key, drop_optional=False):
    """A 办法/细则 as issued: 关发 or 科技处文件 with the 办法 after it; a 规程 filed bare with its code."""
    name, level, _ = REGS[key]
    name = fill(co, name)
    body, items = reg_chapters(co, key, drop_optional)
    if level == "gc":
        b = [("title", name), ("table", [["制度编号", reg_code(co, key), "制度类别", "工作规程"],
                                         ["归口科室", "网络安全科", "版本", "V%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 4))],
                                         ["施行日期", any_date(co, d), "审批", "%s（处长）" % co.boss]])] + body
        return Doc("reg:" + key, name, d, sorted(set(items)), False, b)
    if level == "fa":
        subj = "%s关于印发《%s》的通知" % (co.aq["guan"], name)
    else:
        subj = "科技处关于印发《%s》的通知" % name
    top, no = red_top(co, d, subj, level)
    b = top + [("p", "现将《%s》印发给你们，请认真遵照执行。执行中遇到的问题，请及时向科技处反馈。" % name)] + \
        colophon(co, d, level) + [("break",), ("title", name), ("p", "（%s）" % reg_code(co, key))] + body
    doc = Doc("reg:" + key, name, d, sorted(set(items)), False, b)
    doc.aq_no = no
    return doc


def reg_split(co, d, key, drop_optional=False):
    """A 关发 filed as two files: the 正文 (the notice, citing the 办法: a decoy) and the 附件 (the 办法)."""
    full = reg_doc(co, d, key, drop_optional)
    cut = full.blocks.index(("break",))
    cover = Doc("reg_cover", "发文正文", d, [], False, full.blocks[:cut] + [("p", "附件：%s" % reg_name(co, key))],
                decoy="notice citing the 办法 (正文 of a split 发文)")
    body = Doc(full.kind, full.title, d, full.items, False,
               [("p", "附件")] + full.blocks[cut + 1:])
    return full.aq_no, cover, body


def compilation(co, d, keys, drop_pdca=False):
    """科技处科技管理制度汇编: each 篇 is one of the 办法/细则/规程; proves what its 篇 write."""
    b = [("p", co.aq["guan"] + "科技处"), ("title", "%s科技管理制度汇编（%d年版）" % (co.aq["guan"], d.year)),
         ("p", "科技处 编印    %s" % cnd(d)), ("p", "内部资料  注意保存"), ("break",), ("h1", "编印说明"),
         ("p", "本汇编收录截至%d年%d月现行有效的关区科技管理制度，共%s篇。汇编文本与发文文本不一致的，以发文文本为准。"
          % (d.year, d.month, han(len(keys)))), ("h1", "目  录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "第%s篇  %s ………………………… %d" % (han(i), reg_name(co, k), 3 + 7 * i)))
    items = []
    for i, k in enumerate(keys, 1):
        body, its = reg_chapters(co, k, drop_pdca and k == "ywgl")
        b += [("break",), ("h1", "第%s篇 %s" % (han(i), reg_name(co, k)))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("compilation", "科技管理制度汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------------------ 作业指导书

OPS = {
    "kakou": ("卡口联网控制系统日常维护作业指导书", ["登录卡口联网管理端，核对各卡口通道状态与{ver}客户端版本",
                                             "检查电子车牌识别、地磅、道闸控制机与卡口服务器的通信日志",
                                             "核对卡口放行报文与总署数据中心的回执，积压超过5分钟立即报值班长",
                                             "填写卡口运维记录，异常情况在{itsm}提交事件单"]),
    "fw": ("防火墙访问控制策略维护作业指导书", ["核对变更申请单编号和审批状态后登录防火墙管理界面",
                                          "策略调整前导出当前配置备份并存入配置库", "按变更申请单逐条新增或删除策略，核对源地址、目的地址和端口",
                                          "验证业务连通性后在平台回填实施结果"]),
    "av": ("终端防病毒及病毒库维护作业指导书", ["每日检查专网防病毒服务器病毒库版本和各隶属海关终端在线率",
                                           "对离线超过7天的终端通知所在单位科技岗处理", "每周组织专网终端全网查杀并导出查杀报告",
                                           "发现病毒按网络安全事件应急处置和报告办法报告网络安全科"]),
    "shentu": ("智能审图系统运行维护作业指导书", ["每日开工前检查审图服务器、图像存储和H986机检设备图像传输链路",
                                           "核对审图任务队列，积压超过20票时通知科技装备科和现场查验科",
                                           "每周清理过期图像缓存并校验存储容量", "版本升级按总署下发的升级包和部署说明实施"]),
    "backup": ("数据库备份与恢复作业指导书", ["每日核对关区应用数据库全量和增量备份任务执行结果",
                                        "每月抽取一个备份集在测试环境进行恢复验证", "备份介质按保密规定登记、存放",
                                        "恢复验证结果填入数据备份检查记录"]),
    "video": ("视频监控指挥系统巡检作业指导书", ["检查各口岸现场视频前端在线率、录像完整性", "检查视频联网平台与总署视频指挥系统的级联状态",
                                          "核对{zone}围网视频接入情况", "离线前端超过24小时的派单至运维服务商处理"]),
}


def ops_guide(co, d, key):
    name, steps = OPS[key]
    code = "%s-KJC-ZY-%02d" % (co.aq["code"], list(OPS).index(key) + 1)
    p = Paper(name, "dig").head(("table", [["文件编号", code, "版本", "%s/%d" % (co.rng.choice("ABC"), co.rng.randint(0, 3))],
                                          ["编制", co.p(2), "审核", co.p(0)], ["批准", co.boss, "实施日期", any_date(co, d)]]))
    p.part("适用范围", ["适用于科技处运维人员、隶属海关科技岗和驻场运维人员在关区生产环境执行本项作业。"])
    p.part("作业步骤", ["（%d）%s；" % (i, fill(co, s).replace("{ver}", co.aq["ver"])) for i, s in enumerate(steps, 1)],
           ["24/work-instructions", "11/manuals"])
    p.part("安全与保密要求", ["作业须双人在场，一人操作一人复核；作业人员不得将专网设备接入互联网或使用未登记的移动存储介质。"])
    p.part("记录", ["作业完成后填写相应运维记录，归档保存三年。"])
    return p.doc("ops_guide", d, False)


def ops_book(co, d, keys):
    b = [("title", "科技处运维作业指导书汇编（%d年）" % d.year), ("p", "运行维护科 编    %s" % cnd(d)),
         ("p", "本汇编收录%s项作业指导书，各项作业须按本汇编执行并留存记录。" % han(len(keys)))]
    for i, k in enumerate(keys, 1):
        name, steps = OPS[k]
        b += [("h1", "%s、%s" % (han(i), name))] + \
             [("p", "%d. %s。" % (j, fill(co, s).replace("{ver}", co.aq["ver"]))) for j, s in enumerate(steps, 1)]
    return Doc("ops_book", "作业指导书汇编", d, ["24/work-instructions", "11/manuals"], False, b)


# ------------------------------------------------------------------------------ 组织、人员、纪要

def leading_group(co, d, vendor):
    g = co.aq["guan"]
    top, no = red_top(co, d, "%s关于调整网络安全和信息化领导小组组成人员的通知" % g)
    rows = [["层级", "职务", "人员", "单位/部门"],
            ["领导小组", "组长", "关长", g], ["领导小组", "副组长", "分管副关长", g],
            ["领导小组", "成员", "办公室、科技处、督察内审处、保密办、综合业务处负责人", "关机关"],
            ["领导小组办公室", "主任", co.boss, "科技处（处长）"],
            ["管理组", "组长", co.p(0), "科技处综合科"], ["管理组", "成员", "%s、%s" % (co.p(1), co.p(3)), "网络安全科、综合科"],
            ["运维执行组", "组长", co.p(2), "运行维护科"], ["运维执行组", "成员", "%s、%s及各隶属海关科技岗" % (co.p(4), co.p(5)), "运行维护科、应用管理科"]]
    if vendor:
        rows.append(["运维执行组", "驻场成员", "%s、%s、%s" % (co.vp(0), co.vp(1), co.vp(2)), "%s（运维服务商）" % co.vendor])
    b = top + [("p", "因关领导分工和人员变动，经关党委研究，决定对关网络安全和信息化领导小组组成人员进行调整。现将有关事项通知如下："),
               ("h1", "一、领导小组"), ("p", "负责关区网络安全和信息化工作的统一领导和决策，审定运维工作方针、重大事项和应急处置。"),
               ("h1", "二、领导小组办公室"), ("p", "设在科技处，承担领导小组日常工作。"),
               ("h1", "三、管理组"), ("p", "设在科技处综合科，负责制度建设、内部审核、运维服务商考核和网络安全检查。"),
               ("h1", "四、运维执行组"),
               ("p", "负责关区网络和海关业务系统的值班、巡检、变更实施、现场保障和应急处置%s。"
                % ("；运维服务商驻场人员纳入运维执行组统一管理" if vendor else "")),
               ("table", rows)] + colophon(co, d)
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else [])
    return Doc("leading_group", "领导小组调整通知", d, items, False, b)


def party_minutes(co, d):
    g = co.aq["guan"]
    b = [("title", "中共%s委员会会议纪要" % g), ("p", "〔%d〕第%d期" % (d.year, co.rng.randint(5, 24))),
         ("p", "%s，关党委书记、关长主持召开关党委会。纪要如下：" % cnd(d)),
         ("h1", "一、研究调整关网络安全和信息化领导小组组成人员"), ("p", "会议同意科技处提出的调整方案，由办公室行文印发。"),
         ("h1", "二、研究关区信创替代工作安排"), ("p", "会议原则同意科技处关于办公终端国产化替代的分年度安排，所需经费按程序报总署。"),
         ("h1", "三、研究党风廉政建设有关事项"), ("p", "会议听取了机关纪委关于科技项目廉政风险防控的汇报。")]
    return Doc("party_minutes", "关党委会纪要", d, [], True, b)


def gz_minutes(co, d):
    g = co.aq["guan"]
    b = [("title", "%s关长办公会议纪要" % g), ("p", "〔%d〕%d号" % (d.year, co.rng.randint(3, 30))),
         ("p", "%s，关长主持召开关长办公会议，研究有关事项。纪要如下：" % cnd(d)),
         ("h1", "一、关于与%s管理委员会续签技术保障协议" % co.aq["zone"]),
         ("p", "会议同意科技处与%s续签技术保障协议，保障所需经费由管委会承担，协议文本经法规处审核后签订。" % co.customer),
         ("h1", "二、关于关区信息系统运维服务项目采购"), ("p", "会议同意按政府采购程序组织运维服务项目招标，科技处编制采购需求，督察内审处全程监督。"),
         ("h1", "三、关于口岸查验设施改造"), ("p", "会议同意%s查验场地视频监控补盲改造项目。" % co.aq["subs"][0])]
    return Doc("gz_minutes", "关长办公会纪要", d, [], True, b)


def staff_roster(co, d, outs):
    posts = ["综合科", "网络安全科", "运行维护科", "网络安全科", "运行维护科", "应用管理科"]
    own = [[i + 1, co.p(i), posts[i], ["科长", "网络安全管理岗", "系统运维岗", "安全运维岗", "网络运维岗", "应用运维岗"][i],
            ["一级主任科员", "二级主任科员", "四级主办", "一级主任科员", "三级主办", "二级主任科员"][i],
            "8%04d" % co.rng.randint(1000, 9999)] for i in range(6)]
    ven = [[i + 1, co.vp(i), co.vendor, ["网络运维驻场", "系统运维驻场", "安全值守驻场"][i], "运维执行组",
            "%d-%02d" % (d.year - 1, 3 + i), "已签保密承诺书"] for i in range(3)] if outs else []
    return ledger("staff_roster", "科技处运维人员名册（%s）" % cnd(d), d, True, [
        ("处内人员", ["序号", "姓名", "科室", "岗位", "职级", "关内电话"], own, ["9/staff-list"]),
        ("驻场运维人员", ["序号", "姓名", "所属公司", "岗位", "所在工作组", "入场时间", "保密"], ven, ["9/outsourcing"])])


def role_sheet(co, d):
    rows = [["服务级别管理", "服务目录、技术保障协议维护与达成统计", "管理组（综合科）", co.p(0)],
            ["网络安全管理", "安全策略、漏洞与事件管理、应急响应", "管理组（网络安全科）", co.p(1)],
            ["系统运维", "海关业务系统关区节点、金关工程应用节点运维", "运维执行组（运行维护科）", co.p(2)],
            ["网络运维", "关区专网、互联网出口与安全设备维护", "运维执行组（运行维护科）", co.p(4)],
            ["运维服务台", "报障与服务请求受理、派单、回访", "运维执行组（运行维护科）", co.p(5)],
            ["配置管理", "资产与配置库维护", "管理组（综合科）", co.p(3)],
            ["现场保障", "口岸现场卡口、查验系统保障", "运维执行组（隶属海关科技岗）", "各隶属海关"]]
    return ledger("role_sheet", "科技处运维岗位及角色清单", d, False, [
        ("角色", ["角色", "主要职责", "对应工作组", "责任人"], rows, ["18/roles", "23/roles"])])


def interface_notice(co, d):
    top, no = red_top(co, d, "科技处关于明确网络安全管理接口人的通知", "ke")
    b = top + [("p", "为做好与总署科技发展司、各隶属海关、%s及属地网信、公安部门的网络安全工作对接，经处务会研究，明确网络安全科%s"
                     "为科技处网络安全管理接口人，负责安全事件通报、安全检查配合、安全文件接收与传达，%s为B角。" % (co.customer, co.p(1), co.p(3))),
               ("p", "各隶属海关应同时明确本单位网络安全联络员，报科技处备案。")] + colophon(co, d, "ke")
    return Doc("interface", "接口人通知", d, ["28/interface-person"], False, b)


def desk_notice(co, d, tel):
    top, no = red_top(co, d, "%s办公室关于启用关区IT运维服务台的通知" % co.aq["guan"], "ban")
    b = top + [("p", "为统一受理关区各单位和%s的信息系统报障与服务请求，科技处设立关区IT运维服务台，开通服务电话%s（关内短号），"
                     "7×24小时受理。" % (co.customer, tel)),
               ("p", "服务台设在科技处运行维护科，职责为：受理电话、%s工单和邮件报障；登记、分级、派单；跟踪处理进度；回访确认并关闭。"
                % co.aq["itsm"]),
               ("p", "服务台坐席由%s、%s和驻场运维人员担任，实行轮班制；通关高峰和节假日增设坐席。" % (co.p(5), co.p(4)))] + colophon(co, d, "ban")
    return Doc("desk", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[d.isoformat(), "运维服务台坐席岗前培训", "报障受理与分级、%s派单、卡口和查验系统常见故障处置话术" % co.aq["itsm"], co.p(2), n, "合格"]
            for n in (co.p(5), co.vp(2), co.p(4))]
    return ledger("desk_training", "运维服务台坐席培训记录", d, True, [
        ("培训记录", ["日期", "培训名称", "培训内容", "讲师", "学员", "考核"], rows, ["48/training"])])


def hotline_training(co, d):
    rows = [[d.isoformat(), "12360海关服务热线坐席业务培训", "通关政策咨询口径、跨境电商零售进口政策、投诉举报受理规范", "办公室", co.p(i), "合格"]
            for i in range(4)]
    return ledger("hotline12360", "12360海关服务热线坐席业务培训记录", d, True, [
        ("培训", ["日期", "培训名称", "培训内容", "组织部门", "学员", "考核"], rows, [])])


def chu_minutes(co, d, n, topics):
    """科技处处务会纪要: several 议题; each decision proves its own item."""
    b = [("title", "科技处处务会纪要"), ("p", "（%d年第%d期）" % (d.year, n)),
         ("p", "%s，%s处长主持召开处务会。参会：处领导，各科科长；列席：驻场运维项目经理%s。现将会议议定事项纪要如下：" % (cnd(d), co.boss, co.vp(0)))]
    items, i = [], 0
    for t in topics:
        i += 1
        h = "%s、" % han(i)
        if t == "interface":
            b += [("h1", h + "关于明确网络安全管理接口人"),
                  ("p", "会议决定，由网络安全科%s担任科技处网络安全管理接口人，负责与总署科技发展司、隶属海关、%s及属地网信和公安部门的"
                   "安全事务对接，%s为B角。" % (co.p(1), co.customer, co.p(3)))]
            items.append("28/interface-person")
        elif t == "iface_pending":
            b += [("h1", h + "关于网络安全管理接口人"),
                  ("p", "会议讨论了网络安全管理接口人人选，鉴于网络安全科人员即将调整，接口人待人员到位后另行明确。")]
        elif t == "desk":
            b += [("h1", h + "关于设立关区IT运维服务台"),
                  ("p", "会议同意在运行维护科设立关区IT运维服务台，统一受理关区各单位和%s的报障与服务请求，7×24小时值守，坐席%s、%s及驻场人员。"
                   % (co.customer, co.p(5), co.p(4)))]
            items.append("48/service-desk")
        elif t == "improve":
            b += [("h1", h + "关于%d年运维服务改进事项" % d.year),
                  ("p", "会议听取了综合科关于改进机会评估的汇报，按对通关作业的影响、实施成本和风险三项加权评分，排序如下："),
                  ("table", [["排序", "改进事项", "评分", "处务会意见"], [1, "卡口联网报文积压自动告警", 87, "同意实施"],
                             [2, "口岸现场网络双链路改造", 79, "同意实施"], [3, "运维知识库与服务台工单对接", 66, "列入下年度"]]),
                  ("p", "会议批准前两项改进事项立项，由综合科跟踪落实。")]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "improve_pending":
            b += [("h1", h + "关于%d年运维服务改进事项" % d.year),
                  ("p", "综合科汇总了各科提出的改进建议共9条。会议要求综合科按持续改进细则完成评估后再提交处务会研究。")]
        elif t == "holiday":
            b += [("h1", h + "关于节假日通关保障"),
                  ("p", "会议部署节假日期间24小时通关保障工作，实行处领导带班、科长值班，暂停非紧急变更，运维服务商驻场人员不少于2人。")]
        elif t == "xc":
            b += [("h1", h + "关于信创终端替代进度"),
                  ("p", "会议听取了应用管理科信创替代进度汇报，要求%s年底前完成关机关办公终端替代，业务终端按总署统一部署推进。" % d.year)]
        elif t == "party":
            b += [("h1", h + "关于党支部学习"),
                  ("p", "会议传达学习了关党委关于深化全面从严治党的部署，要求各科做好科技项目廉政风险防控。")]
        elif t == "vendor":
            b += [("h1", h + "关于运维服务商季度考核"),
                  ("p", "会议通报了运维服务商上季度考核结果，对驻场人员擅自更换问题下发整改通知单。")]
    b.append(("p", "出席：%s、%s、%s、%s    记录：%s" % (co.boss, co.p(0), co.p(1), co.p(2), co.p(3))))
    return Doc("chu_minutes", "处务会纪要", d, sorted(set(items)), True, b)


# ------------------------------------------------------------------------------ 综保区技术保障 (the customer)

def survey(co, d, tm, sec):
    p = Paper("%s信息化技术保障需求调研报告" % co.customer).head(
        ("p", "调研单位：%s科技处    调研时间：%s" % (co.aq["guan"], any_date(co, d))))
    p.part("调研背景", ["根据%s与%s签订技术保障协议的安排，科技处于%d年%d月赴%s开展需求调研，访谈中心主任%s、信息科%s，"
                       "查阅%s近两年运行资料，并结合管委会“智慧综保区”建设规划形成本报告。"
                       % (co.aq["guan"], co.aq["zone"] + "管理委员会", d.year, d.month, co.aq["cust"], co.cp(0), co.cp(1), co.sys(0))])
    p.part("服务时间需求", ["卡口与海关作业时间同步：工作日7:00-22:00通关，周末及节假日按海关通关保障安排开放；%s、%s要求7×24小时保障，"
                          "企业服务大厅工作日8:30-17:30服务。" % (co.sys(0), co.sys(1)),
                          ("table", [["系统", "服务时段", "故障响应", "恢复时限"], [co.sys(0), "7×24", "15分钟", "2小时"],
                                     [co.sys(1), "7×24", "15分钟", "1小时"], [co.sys(2), "工作日8:30-17:30", "1小时", "4小时"]])],
           ["1/survey"], tm)
    p.part("安全服务需求及类型", ["中心提出的安全服务需求有：卡口与围网监控网络的边界防护、服务大厅终端防病毒和准入、互联网应用漏洞扫描和渗透测试、"
                               "等级保护测评配合、安全事件应急支援、工作人员安全意识培训。按类型分为安全运维类、安全评估类、应急支援类和培训类。"],
           ["5/survey"], sec)
    p.part("结论", ["调研结果经中心确认，作为技术保障协议和服务目录修订的依据。"])
    return p.doc("survey", d, False, [("p", "调研人：%s、%s" % (co.p(0), co.p(3)))])


def fee_sheet(co, d):
    rows = [[1, "%s日常运维" % co.sys(0), 180, "系统运维岗1人、驻场1人", 1200, 216000, "%d年1月起" % d.year],
            [2, "卡口及围网视频网络、安全设备运维", 120, "网络运维岗1人", 1100, 132000, "按月"],
            [3, "季度健康检查", 16, "网络安全科2人", 1500, 24000, "每季末月"],
            [4, "漏洞扫描及渗透测试", 10, "安全运维岗", 2000, 20000, "%d年9月前" % d.year],
            [5, "重大活动保障及应急支援", 8, "应急小组", 1500, 12000, "按需"],
            ["", "合计", 334, "", "", 404000, ""]]
    return ledger("fee_sheet", "%s%d年度技术保障经费测算表" % (co.aq["cust"], d.year), d, False, [
        ("测算", ["序号", "保障项目", "工作量（人天）", "人力安排", "单价（元/人天）", "金额（元）", "时间节点"], rows, ["2/budget"])],
        note="测算：%s    复核：%s    单位：元（经费由管委会承担）" % (co.p(0), co.boss))


def kickoff(co, d, agreed):
    p = Paper("%s技术保障工作对接会纪要" % co.aq["zone"]).head(
        ("p", "时间：%s    地点：%s会议室" % (any_date(co, d), co.aq["cust"])),
        ("p", "参会：%s科技处%s、%s；%s%s、%s" % (co.aq["guan"], co.p(0), co.p(2), co.aq["cust"], co.cp(0), co.cp(1))))
    p.part("会议内容", ["双方就%d年度技术保障范围、卡口及围网网络运维方式、健康检查安排和报障渠道进行了沟通。" % d.year])
    p.part("会议共识", ["（一）保障范围包括%s、%s、%s及其网络和安全设备；" % (co.sys(0), co.sys(1), co.sys(2)),
                        "（二）科技处安排驻场人员每周到中心两天，其余时间远程值守，卡口故障由%s科技岗就近先期处置；" % co.aq["subs"][2],
                        "（三）每季度开展一次健康检查，报告5个工作日内送中心。",
                        "以上事项双方一致同意，由科技处据此起草技术保障协议。"], ["3/communication"], agreed)
    p.part("遗留事项", ["跨境电商公共服务平台扩容需求另行研究。"])
    return p.doc("kickoff", d, False, [("p", "记录：%s" % co.p(3))])


def history(co, d, on):
    p = Paper("%s上一保障期运行数据分析及保障方案" % co.aq["zone"]).head(("p", "编制：%s科技处    %s" % (co.aq["guan"], any_date(co, d))))
    p.part("历史数据清单", [("table", [["数据项", "来源", "时间范围", "条数"],
                                      ["报障工单", co.aq["itsm"], "%d全年" % (d.year - 1), co.rng.randint(200, 700)],
                                      ["变更记录", co.aq["itsm"], "%d全年" % (d.year - 1), co.rng.randint(30, 90)],
                                      ["服务中断登记", "运行维护科", "%d全年" % (d.year - 1), co.rng.randint(3, 12)],
                                      ["卡口设备巡检记录", co.aq["subs"][2], "%d全年" % (d.year - 1), co.rng.randint(100, 360)]])],
           ["4/history-list"], "list" in on)
    p.part("数据分析", ["指标完成情况：%s全年可用率99.93%%，达到协议约定；报障按时解决率95.4%%。" % co.sys(0),
                        "违例操作：发现中心人员私接无线路由器1起、运维人员未经审批调整卡口交换机配置1起，均已通报整改。",
                        "重大事件：%d年8月台风期间围网视频光缆中断6小时。" % (d.year - 1),
                        "重大（失败）变更：卡口控制软件升级失败回退1次，原因为未在测试环境充分验证。"], ["4/analysis"], "analysis" in on)
    p.part("保障策略及实施方案", ["根据上述分析，制定保障策略：围网光缆改造为环网、变更前置测试、运维账号权限收紧；",
                                ("table", [["措施", "责任科", "完成时间"], ["围网视频环网改造", "运行维护科", "%d年6月" % d.year],
                                           ["变更前测试清单", "应用管理科", "%d年3月" % d.year], ["运维账号权限复核", "网络安全科", "每季度"]])],
           ["4/strategy"], "strategy" in on)
    return p.doc("history", d, False)


def agreement(co, d, modes, core, health):
    p = Paper("%s信息化技术保障协议" % co.aq["zone"], "tiao").head(
        ("p", "甲方：%s    乙方：%s（科技处）" % (co.customer, co.aq["guan"])),
        ("p", "协议编号：%s-JSBZ-%d-%02d" % (co.aq["code"], d.year, co.rng.randint(1, 30))))
    p.part("保障范围", ["乙方为甲方%s、%s、%s提供运行维护和安全保障，包括其网络和安全设备。" % (co.sys(0), co.sys(1), co.sys(2))])
    p.part("运维方式", ["乙方以驻场值守、定期巡检和远程值守相结合的方式提供服务：每周安排运维人员驻场两天；每月对卡口、围网视频网络和安全设备"
                        "定期巡检一次；其余时间由乙方24小时通关保障值班室远程值守。"], ["35/sla"], modes)
    p.part("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s可用率" % co.sys(0), "≥99.9%"], ["%s可用率" % co.sys(1), "≥99.95%"],
                                              ["影响卡口通行的故障响应", "15分钟"], ["一般故障解决时限", "4小时"], ["甲方满意度", "≥90分"]])],
           ["36/sla"], core)
    p.part("健康检查", ["乙方每季度对甲方安全设备和业务系统开展一次健康检查，重大活动前加检一次；检查以现场检查为主、远程检查为辅，"
                        "检查内容包括设备可用性、持续运行、冗余和告警、配置与容量，检查后5个工作日内提交报告。"], ["15/agreement"], health)
    p.part("保密与安全", ["乙方人员遵守海关保密规定；甲方系统不得与海关专网直接互联，数据交换经单一窗口或安全隔离设备进行。"])
    p.part("费用与期限", ["保障经费按年度测算表由甲方承担；协议期限自%s起三年。" % cnd(d)])
    p.items.append("39/sla")
    return p.doc("agreement", d, False, [("p", "甲方（盖章）：%s    负责人：%s" % (co.customer, co.cp(0))),
                                         ("p", "乙方（盖章）：%s    授权代表：%s" % (co.aq["guan"], co.boss)),
                                         ("p", "签订日期：%s" % any_date(co, d))])


def health_check(co, d, collect, secdev=True):
    p = Paper("%s%d年第%d季度信息系统健康检查报告" % (co.aq["zone"], d.year, quarter(d))).head(
        ("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查", "现场检查"]), any_date(co, d), co.p(1), co.p(4))))
    rows = [["检查对象", "可用性", "持续运行", "冗余/告警", "结论"],
            [co.sys(0), "99.9%", "%d天" % co.rng.randint(30, 200), "双机正常", "健康"],
            [co.sys(1), "100%", "%d天" % co.rng.randint(20, 120), "无告警", "健康"]]
    if secdev:
        rows += [["卡口区边界防火墙", "100%", "%d天" % co.rng.randint(60, 300), "主备正常", "健康"],
                 ["服务大厅准入及防病毒服务器", "100%", "%d天" % co.rng.randint(30, 180), "病毒库滞后1天", "关注"]]
    p.part("检查范围", ["%s%s。" % ("边界防火墙、准入、防病毒等安全设备及" if secdev else "", "、".join(co.systems))])
    p.part("可用性与持续性检查", [("table", rows)])
    p.part("安全信息采集", ["导出卡口区防火墙和核心交换机运行配置，与安全基线比对，发现差异1项；",
                           "采集出口流量：峰值%dMbps，均值%dMbps，无异常流量；" % (co.rng.randint(80, 400), co.rng.randint(20, 90)),
                           "采集系统状态：CPU、内存、会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], collect)
    p.part("问题与建议", [("防病毒服务器病毒库更新任务延迟，已调整；" if secdev else "") + "建议中心更换运行超过7年的围网视频汇聚交换机。"])
    p.items += ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    return p.doc("health_check", d, True)


def csat(co, d, half):
    score = co.rng.randint(88, 96)
    yr = d.year if half == "上半年" else d.year - 1
    p = Paper("%d年%s技术保障服务满意度测评报告" % (yr, half)).head(
        ("p", "测评对象：%s及%s科技岗    测评时间：%s    方式：问卷%d份及电话回访" % (co.customer, "、".join(co.aq["subs"]), any_date(co, d), co.rng.randint(24, 60))))
    p.part("测评结果", [("table", [["测评项", "得分"], ["故障响应及时性", co.rng.randint(85, 97)], ["问题解决质量", co.rng.randint(85, 97)],
                                   ["服务台服务态度", co.rng.randint(90, 99)], ["变更通知及时性", co.rng.randint(80, 95)], ["综合满意度", score]])])
    p.part("满意度分析", ["服务对象对服务台态度评价最高；变更通知及时性得分最低，主要是部分紧急变更未提前通知到卡口现场；%s综合得分%d分。"
                         % (co.aq["cust"], score - co.rng.randint(0, 4))])
    p.part("改进措施", ["变更通知纳入%s自动推送；通关高峰时段增派坐席。" % co.aq["itsm"]])
    p.items += ["41/surveys", "58/survey", "63/survey"]
    return p.doc("csat", d, True)


def csat_trend(co, d):
    b = [("title", "技术保障服务满意度变化趋势分析"), ("p", "综合科    %s" % any_date(co, d)),
         ("table", [["期次", "综合满意度", "回收问卷"], ["%d年上半年" % (d.year - 1), 88, 31], ["%d年下半年" % (d.year - 1), 90, 36],
                    ["%d年上半年" % d.year, 92, 40]]),
         ("p", "趋势：连续三期上升，故障响应及时性提升最明显；变更通知及时性仍为短板，需持续关注。")]
    return Doc("csat_trend", "满意度趋势", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=21 * i)
        rows.append([x.isoformat(), co.rng.choice([co.aq["cust"]] + list(co.aq["subs"])), co.p(5), co.rng.choice(["电话", "现场", "电话"]),
                     co.rng.choice(["满意", "希望变更提前通知", "服务台接通慢", "满意"]), "已反馈%s" % co.rng.choice(["运行维护科", "综合科"])])
    return ledger("callbacks", "服务对象回访登记表", d, True, [
        ("回访", ["回访日期", "服务对象", "回访人", "方式", "意见", "处理情况"], rows, ["63/follow-up-visits"])])


# ------------------------------------------------------------------------------ 运维服务商管理 (the vendor)

def contract(co, d, sld):
    p = Paper("%s信息系统运维服务项目合同" % co.aq["guan"], "tiao").head(
        ("p", "采购人：%s    供应商：%s" % (co.aq["guan"], co.vendor)),
        ("p", "合同编号：%s-CG-%d-%03d    采购方式：公开招标" % (co.aq["code"], d.year, co.rng.randint(10, 99))))
    p.part("服务内容", ["供应商为采购人提供关区网络、安全设备、海关业务系统关区节点和%s的驻场运维服务，驻场人员不少于3人。" % co.aq["zone"]])
    p.part("服务级别要求", ["一级事件（影响关区通关作业）15分钟响应、2小时恢复；二级事件（影响单个口岸现场）30分钟响应、4小时恢复；"
                            "三级事件2小时响应、1个工作日解决；服务请求1个工作日办结；月度巡检完成率100%。"], ["8/sld"], sld)
    p.part("人员管理", ["驻场人员须通过政审并签订保密承诺书，更换须经采购人同意。"])
    p.part("考核与付款", ["采购人按季度考核，考核结果与服务费支付挂钩。"])
    p.part("合同期限", ["自%s起一年。" % cnd(d)])
    return p.doc("contract", d, False, [("p", "采购人（盖章）：%s    供应商（盖章）：%s" % (co.aq["guan"], co.vendor)),
                                        ("p", "签订日期：%s" % any_date(co, d))])


def ola(co, d):
    p = Paper("科技处科室运维协同约定").head(("p", "综合科起草，处务会审定    %s" % any_date(co, d)))
    p.part("适用范围", ["适用于运行维护科、网络安全科、应用管理科、科技装备科之间的运维事件协同。"])
    p.part("内部支持时限", ["一级事件二线科室15分钟内接手、2小时恢复；二级事件30分钟接手、4小时恢复；三级事件2小时接手、1个工作日解决。",
                            "上述内部时限与运维服务合同对运维服务商约定的服务级别保持一致，每半年由综合科对照复核一次。"], ["8/ola"])
    p.part("升级与协调", ["超过时限未恢复的，由值班长报处领导协调；涉及总署系统的，同步报总署科技发展司运维热线。"])
    return p.doc("ola", d, False)


def monthly(co, d, trend, data, avail):
    m = d.month - 1 or 12
    y = d.year if d.month > 1 else d.year - 1
    p = Paper("%s信息系统运维服务月报（%d年%d月）" % (co.aq["guan"], y, m)).head(
        ("p", "报送单位：%s    报送：科技处    %s" % (co.vendor, any_date(co, d))))
    p.part("运维总体情况", ["本月关区网络和海关业务系统关区节点运行平稳，受理报障%d件，完成变更%d项，无一级事件。"
                          % (co.rng.randint(60, 240), co.rng.randint(5, 30))])
    p.part("运行指标趋势分析", [("table", [["指标", "%d月" % (m - 2 if m > 2 else 10 + m), "%d月" % (m - 1 if m > 1 else 12), "%d月" % m, "趋势"],
                                             ["专网骨干链路峰值利用率", "58%", "63%", "69%", "上升"], ["卡口报文日均量（万条）", 11.2, 11.9, 12.6, "上升"],
                                             ["监控告警数", 486, 441, 392, "下降"]]),
                                  "专网骨干链路利用率持续上升，预计两个月后超过扩容阈值75%，建议提前申请带宽扩容。"], ["50/monitoring-report"], trend)
    p.part("运维指标数据", [("table", [["指标", "本月"], ["异常报告及时率", "99%"], ["异常漏报率", "0.4%"], ["维护作业计划及时完成率", "98%"],
                                       ["故障隐患发现率", "91%"], ["异常主动发现率", "87%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                       ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(1, 8)]])],
           ["56/data"], data)
    p.part("系统可用率", [("table", [["系统", "目标", "本月可用率", "中断次数"], ["关区专网", "99.99%", "99.995%", 0],
                                     [co.sys(0), "99.9%", "99.93%", 1], [co.sys(1), "99.95%", "99.91%", 2]]),
                          "%s未达标，原因为卡口区汇聚交换机电源故障，已纳入可用性改进。" % co.sys(1)],
           ["18/availability-report", "22/report"], avail)
    p.part("下月工作计划", ["完成口岸现场防火墙特征库升级，配合总署%s版本部署。" % co.aq["ver"]])
    return p.doc("monthly", d, True)


def weekly(co, d):
    b = [("title", "驻场运维周报（%s）" % d.isoformat()), ("p", "发件人：%s  收件人：科技处运行维护科" % co.vp(0)),
         ("p", "一、本周运行：关区网络和业务系统运行平稳，受理报障%d件，均已处理。" % co.rng.randint(12, 60)),
         ("p", "二、本周变更：实施变更%d项，均成功。" % co.rng.randint(1, 9)),
         ("p", "三、下周安排：%s卡口控制机补丁更新；配合%s现场保障。" % (co.aq["subs"][0], co.aq["subs"][1]))]
    return Doc("weekly", "运维周报", d, [], True, b)


def assess(co, d, kpis):
    if kpis:
        rows = [["服务级别达成率", 30, "≥95%", "96.2%", 29], ["一级事件按时恢复率", 20, "100%", "100%", 20],
                ["月度巡检完成率", 15, "100%", "100%", 15], ["服务对象满意度", 15, "≥90分", "%d分" % co.rng.randint(88, 95), 13],
                ["有效投诉", 10, "≤1件/季", "1件", 8], ["文档与保密管理", 10, "无违规", "无", 10]]
        head = ["考核指标", "分值", "目标", "实际", "得分"]
        its = ["57/measurement"]
    else:
        rows = [["驻场出勤", 40, "", "", 38], ["劳动纪律", 30, "", "", 28], ["文档资料", 30, "", "", 27]]
        head = ["考核项目", "分值", "", "", "得分"]
        its = []
    return ledger("assess", "运维服务季度考核评分表（%d年第%d季度）" % (d.year, max(1, quarter(d) - 1)), d, True, [
        ("考核", head, rows + [["合计", 100, "", "", sum(r[4] for r in rows)]], its)],
        note="被考核单位：%s    考核人：%s、%s" % (co.vendor, co.p(0), co.p(2)))


def rectify(co, d, verified):
    b = [("title", "运维服务整改通知单"),
         ("table", [["编号", "ZG-%d-%02d" % (d.year, co.rng.randint(1, 20))], ["致", co.vendor],
                    ["问题来源", "季度考核：服务级别达成率93.1%，未达到95%的目标"],
                    ["问题描述及原因", "夜间二线支持到场慢，两起二级事件超时恢复"], ["整改要求（纠正措施）", "增加夜间二线值守1人，建立二线响应通报"],
                    ["预防措施", "每月统计二线响应时长，接近阈值时预警"], ["整改期限", any_date(co, d)],
                    ["复查意见", "整改后连续两个月服务级别达成率97.4%，整改有效" if verified else ""],
                    ["复查人", co.p(0) if verified else ""]])]
    items = ["57/capa"] + (["66/effectiveness"] if verified else [])
    return Doc("rectify", "整改通知单", d, items, True, b)


def attendance(co, d):
    rows = [[co.vp(i), co.rng.randint(19, 22), co.rng.randint(0, 2), "确认"] for i in range(3)]
    return ledger("attendance", "驻场人员考勤确认单（%d年%d月）" % (d.year, d.month), d, True, [
        ("考勤", ["姓名", "出勤天数", "请假天数", "科技处确认"], rows, [])])


def kpi_watch(co, d):
    rows = [["服务对象满意度", "≥90分", "%d分" % co.rng.randint(90, 95), "是", "—"], ["有效投诉", "≤3件/年", "2件", "是", "—"],
            ["一级事件", "0", "1起", "否", "整改通知单ZG-%d-0%d" % (d.year, co.rng.randint(1, 9))],
            ["变更成功率", "≥98%", "97.5%", "否", "纠正措施单JZ-%d-1%d" % (d.year, co.rng.randint(0, 9))],
            ["服务级别达成率", "≥95%", "96.4%", "是", "—"]]
    return ledger("kpi_watch", "%d年运维服务目标监测表" % d.year, d, True, [
        ("监测", ["监测项", "目标", "实际", "是否达成", "措施"], rows, ["57/measurement"])])


# ------------------------------------------------------------------------------ 运行维护科 records

def inspection_book(co, d, kinds):
    """中心机房巡检记录 (Excel, a month): one sheet per record kind; a sheet without rows proves nothing."""
    days = [d - timedelta(days=3 * i) for i in range(9)]
    r = co.rng
    sh = [("动环", ["日期", "UPS负载", "精密空调", "温湿度", "消防", "巡检人"],
           [[x.isoformat(), "%d%%" % r.randint(30, 55), "正常", "%d℃/%d%%" % (r.randint(21, 24), r.randint(40, 55)), "正常", co.vp(0)]
            for x in days] if "env" in kinds else [], []),
          ("网络及安全设备", ["日期", "设备", "运行状态", "CPU", "会话/流量", "告警", "巡检人"],
           [[x.isoformat(), r.choice(["专网核心交换机", "互联网出口防火墙", "专网边界防火墙", "入侵防御IPS", "网闸（单一窗口数据交换）"]), "正常",
             "%d%%" % r.randint(8, 45), "%d万" % r.randint(3, 60), r.choice(["无", "无", "1条低危"]), co.p(4)] for x in days]
           if "dev" in kinds else [], ["44/inspection", "45/monitoring", "14/maintenance"]),
          ("防病毒", ["日期", "范围", "病毒库版本", "终端在线率", "查杀结果", "执行人"],
           [[x.isoformat(), "关机关及隶属海关专网终端、服务器", "%d.%02d%02d.01" % (x.year, x.month, x.day), "%.1f%%" % (95 + r.random() * 4),
             r.choice(["未发现病毒", "清除木马1个", "未发现病毒"]), co.p(3)] for x in days[:4]] if "av" in kinds else [],
           ["44/virus-scan", "45/antivirus"]),
          ("维护保养", ["日期", "设备", "维护内容", "结果", "维护人"],
           [[x.isoformat(), r.choice(["防火墙", "IPS", "网闸", "负载均衡"]), "日志清理、策略命中检查、风扇除尘", "完成", co.vp(1)] for x in days[::2]]
           if "maint" in kinds else [], ["44/maintenance", "14/maintenance"]),
          ("故障处理", ["日期", "设备", "故障现象", "检测与排除", "恢复时间", "处理人"],
           [[days[2].isoformat(), "IPS-02", "电源模块告警", "更换电源模块", "35分钟", co.p(4)],
            [days[6].isoformat(), "%s汇聚交换机" % co.aq["subs"][1], "上联光模块故障", "更换光模块", "25分钟", co.vp(1)]] if "fault" in kinds else [],
           ["44/faults"]),
          ("版本升级", ["日期", "设备", "升级前", "升级后", "变更单号", "验证"],
           [[days[4].isoformat(), "互联网出口防火墙", "V5.6R3", "V5.6R5", "BG%s%03d" % (ymd(days[4]), r.randint(1, 60)), "通过"],
            [days[7].isoformat(), "IPS", "特征库%s" % ymd(days[8]), "特征库%s" % ymd(days[7]), "标准变更", "通过"]] if "up" in kinds else [],
           ["44/upgrades"])]
    return ledger("inspection_book", "科技处中心机房巡检记录表（%d年%02d月）" % (d.year, d.month), d, True, sh)


def duty_scan(co, d, detailed):
    rows = [["日期", "班次", "业务系统运行", "网络及安全设备", "报障及处理", "值班人", "接班人"]]
    for i in range(7):
        x = d - timedelta(days=i)
        if detailed:
            sy = "通关管理关区节点、卡口联网、查验管理、智能审图运行正常"
            dv = "专网核心交换机、出口防火墙、IPS运行正常，CPU %d%%，告警%d条已确认" % (co.rng.randint(10, 40), co.rng.randint(0, 3))
        else:
            sy, dv = "正常", "正常"
        rows.append(["%d月%d日" % (x.month, x.day), co.rng.choice(["白班", "夜班"]), sy, dv,
                     "无" if co.rng.random() < 0.75 else "%s报卡口放行回执延迟，已处理" % co.rng.choice(co.aq["subs"]), co.p(i % 6), co.p((i + 1) % 6)])
    b = [("title", "科技处24小时通关保障值班记录"), ("p", "（%d年 第%d册）  值班电话：%d" % (d.year, co.rng.randint(2, 9), co.rng.randint(81000, 89999))),
         ("table", rows), ("p", "带班处领导：%s" % co.boss), ("p", "[扫描件 OCR 识别文本，可能存在识别误差]")]
    items = ["44/inspection", "45/monitoring", "14/maintenance"] if detailed else []
    return Doc("duty_scan", "通关保障值班记录", d, items, True, b)


def port_site(co, d, sub, netdev):
    """口岸现场科技保障巡检表 of a 隶属海关: the 卡口 lane equipment proves nothing, the network and security devices do."""
    days = [d - timedelta(days=7 * i) for i in range(5)]
    r = co.rng
    lane = [[x.isoformat(), "%d号卡口通道" % r.randint(1, 8), r.choice(["道闸", "地磅", "电子车牌识别", "LED显示屏", "集装箱箱号识别"]),
             r.choice(["正常", "正常", "识别率偏低，已清洁镜头"]), co.p(5)] for x in days]
    net = [[x.isoformat(), r.choice(["卡口区接入交换机", "现场边界防火墙", "查验场地汇聚交换机"]), "正常", "%d%%" % r.randint(5, 40),
            r.choice(["无", "无", "端口up/down 2次"]), co.p(5)] for x in days] if netdev else []
    return ledger("port_site", "%s口岸现场科技保障巡检表（%d年%d月）" % (sub, d.year, d.month), d, True, [
        ("卡口车道设备", ["日期", "位置", "设备", "状况", "巡检人"], lane, []),
        ("网络及安全设备", ["日期", "设备", "运行状态", "CPU", "告警", "巡检人"], net, ["44/inspection", "45/monitoring", "14/maintenance"])],
        note="隶属海关：%s    科技岗：%s" % (sub, co.p(5)))


def hw_stats(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=37 * i)
        rows.append([i + 1, x.isoformat(), co.rng.choice(["互联网出口防火墙", "专网边界防火墙", "IPS", "网闸", "准入控制器"]),
                     co.rng.choice(["电源", "风扇", "硬盘", "光模块", "主板"]), co.rng.choice(["备件更换", "厂商返修"]), "%d分钟" % co.rng.randint(10, 90)])
    rows.append(["", "合计", "", "%d次" % len(rows), "", ""])
    return ledger("hw_stats", "安全设备硬件故障统计表（%d年）" % d.year, d, True, [
        ("统计", ["序号", "日期", "设备", "故障部件", "处理方式", "影响时长"], rows, ["14/hardware-faults", "44/faults"])])


def fault_report(co, d, times):
    """关于…故障情况的报告, to 海关总署科技发展司."""
    no = next_no(co, d, "bao")
    sysn = co.rng.choice(["卡口联网系统", "查验管理系统关区节点", "关区专网骨干链路", "智能审图系统"])
    p = Paper("%s关于%s故障情况的报告" % (co.aq["guan"], sysn)).head(("p", no), ("p", "海关总署科技发展司："))
    p.part("故障基本情况", ["%s%s，%s发生故障，造成%s部分卡口通道放行回执延迟、查验指令下达缓慢，影响通关作业约%d分钟。"
                          % (cnd(d), "上午" if co.rng.random() < 0.5 else "下午", sysn, co.rng.choice(co.aq["subs"]), co.rng.randint(12, 55))])
    if times:
        p.part("响应与处置时间", [("table", [["环节", "时间", "预案要求", "是否达标"], ["接报", "%02d:%02d" % (9, 12), "—", "—"],
                                             ["响应", "%02d:%02d" % (9, 19), "15分钟内", "是"], ["到场", "%02d:%02d" % (9, 48), "1小时内", "是"],
                                             ["恢复", "%02d:%02d" % (10, 31), "2小时内", "是"]])], ["55/response-times"])
    p.part("处置过程", ["科技处值班室接报后立即启动应急处置，运行维护科会同驻场运维人员排查，确认为%s，切换备用链路后恢复。"
                        % co.rng.choice(["汇聚交换机板卡故障", "卡口服务器磁盘阵列故障", "运营商光缆中断"])])
    p.part("原因分析及整改措施", ["故障直接原因为设备老化；已列入预防性维护计划，%s年内完成更换。" % d.year])
    p.items.append("43/process-records")
    return p.doc("fault_report", d, True, [("p", "%s科技处" % co.aq["guan"]), ("p", cnd(d + timedelta(days=1)))])


def change_form(co, d, filled):
    no = "BG%s%03d" % (ymd(d), co.rng.randint(1, 99))
    rows = [["变更单号", no, "申请科室", co.rng.choice(["运行维护科", "网络安全科", "应用管理科"])],
            ["变更内容", co.rng.choice(["互联网出口防火墙策略调整", "卡口联网服务器补丁更新", "专网核心交换机端口调整", "单一窗口接口前置机升级"]), "变更类型",
             co.rng.choice(["一般变更", "重大变更"])],
            ["影响范围", "%s卡口通道" % co.aq["subs"][0], "实施窗口", "%s 22:00-24:00" % d.isoformat()],
            ["测试验证", "已在测试环境验证" if filled else "", "回退方案", "恢复原配置备份" if filled else ""],
            ["科长意见", "同意  %s" % co.p(2) if filled else "", "处领导意见", "同意  %s" % co.boss if filled else ""],
            ["实施结果", "成功，业务验证正常" if filled else "", "关闭日期", (d + timedelta(days=1)).isoformat() if filled else ""]]
    b = [("title", "信息系统变更申请单"), ("table", rows), ("p", "[扫描件]")]
    items = ["54/records", "43/process-records"] if filled else []
    return Doc("change_form", "变更申请单", d, items, True, b)


def change_ledger(co, d, with_rows=True):
    rows = []
    if with_rows:
        for i in range(co.rng.randint(6, 12)):
            x = d - timedelta(days=co.rng.randint(0, 28))
            rows.append(["BG%s%03d" % (ymd(x), co.rng.randint(1, 99)), x.isoformat(), co.rng.choice(["一般变更", "标准变更", "重大变更"]),
                         co.rng.choice(["运行维护科", "网络安全科", "应用管理科"]),
                         co.rng.choice(["卡口联网%s补丁部署" % co.aq["ver"], "出口防火墙策略调整", "%s参数调整" % co.sys(0), "IPS特征库升级",
                                        "视频平台级联配置变更"]),
                         co.rng.choice(["关区", co.aq["subs"][0], co.aq["cust"]]), co.p(2), "%s 22:00-24:00" % x.isoformat(),
                         co.rng.choice(["成功", "成功", "成功", "回退"]), "已关闭"])
    return ledger("change_ledger", "%s导出-变更记录（%d年%d月）" % (co.aq["itsm"], d.year, d.month), d, True, [
        ("变更", ["变更单号", "申请日期", "变更类型", "申请科室", "变更内容", "影响范围", "审批人", "实施窗口", "实施结果", "状态"], rows,
         ["54/records", "43/process-records"])], note="导出时间：%s 16:%02d  导出人：%s" % (d.isoformat(), co.rng.randint(0, 59), co.p(2)))


def tickets(co, d, resp):
    head = ["工单编号", "报障单位", "类别", "受理时间", "响应时间", "解决时间", "问题描述", "处理人", "状态"]
    rows = []
    units = list(co.aq["subs"]) + [co.aq["cust"], "关机关"]
    for i in range(12):
        x = d - timedelta(days=co.rng.randint(0, 30))
        h = co.rng.randint(7, 20)
        r = ["GD%s%04d" % (ymd(x), co.rng.randint(1, 9999)), co.rng.choice(units), co.rng.choice(["故障报修", "服务请求", "咨询"]),
             "%s %02d:%02d" % (x.isoformat(), h, co.rng.randint(0, 29)), "%s %02d:%02d" % (x.isoformat(), h, co.rng.randint(30, 59)),
             "%s %02d:%02d" % (x.isoformat(), min(h + 2, 23), co.rng.randint(0, 59)),
             co.rng.choice(["卡口放行回执延迟", "查验终端无法登录", "专网打印机驱动", "用户权限变更", "Ukey证书更新", "审图客户端卡顿", "围网视频离线"]),
             co.p(co.rng.randint(0, 5)), "已关闭"]
        if not resp:
            r = r[:4] + r[5:]
        rows.append(r)
    if not resp:
        head = head[:4] + head[5:]
    items = ["43/process-records"] + (["55/response-times"] if resp else [])
    return ledger("tickets", "%s工单导出（%d年%d月）" % (co.aq["itsm"], d.year, d.month), d, True, [("工单", head, rows, items)])


def avail_plan(co, d):
    p = Paper("%d年关区信息系统可用性保障计划" % d.year).head(("p", "运行维护科    %s" % any_date(co, d)))
    p.part("可用性目标", ["关区专网可用率≥99.99%%，%s≥99.9%%，%s≥99.95%%。" % (co.sys(0), co.sys(1))])
    p.part("保障措施", ["骨干链路双路由、卡口服务器双机、关键设备备件前置到隶属海关、季度切换演练。"])
    p.part("可用性事件监控与报告", ["所有服务中断在《信息系统服务中断登记表》登记，按月在运维服务月报中报告可用率，未达标系统制定改进措施。"])
    p.items += ["18/availability-plan", "22/plan"]
    return p.doc("avail_plan", d, False)


def outage_book(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=co.rng.randint(5, 60) * (i + 1) // 2)
        rows.append([x.isoformat(), co.rng.choice(["关区专网", co.sys(0), co.sys(1), "卡口联网系统"]), co.rng.choice(["放行回执延迟", "服务中断", "部分现场无法登录"]),
                     "%d分钟" % co.rng.randint(3, 45), co.rng.choice(["运营商链路中断", "数据库锁等待", "交换机电源故障", "应用内存溢出"]), "已恢复"])
    return ledger("outage_book", "信息系统服务中断登记表（%d年）" % d.year, d, True, [
        ("登记", ["日期", "系统", "现象", "中断时长", "原因", "处理"], rows, ["18/availability-events", "22/events", "43/process-records"])])


def kb_export(co, d):
    titles = ["卡口放行回执延迟排查", "查验终端Ukey无法识别", "智能审图客户端图像加载慢", "专网打印机共享故障", "视频前端离线批量处理",
              "单一窗口接口报文积压处理"]
    rows = [["KB%04d" % (300 + i), t, co.rng.choice(["故障处置", "操作指引"]), co.p(i), "已发布", (d - timedelta(days=30 * i)).isoformat()]
            for i, t in enumerate(titles)]
    return ledger("kb", "运维知识库条目导出", d, True, [("知识", ["编号", "标题", "分类", "提交人", "状态", "发布日期"], rows, ["21/knowledge-base"])])


def asset_book(co, d):
    rows = []
    devs = [("FW", "互联网出口防火墙", "华为USG6680", "互联网边界访问控制"), ("FW", "专网边界防火墙", "天融信NGFW4000", "专网与隶属海关边界"),
            ("GAP", "网闸", "国产安全隔离网闸", "单一窗口数据交换"), ("IPS", "入侵防御", "启明星辰天清IPS", "核心区入侵防御"),
            ("SW", "专网核心交换机", "华为CE12804", "关区专网核心交换"), ("SRV", "卡口联网服务器", "浪潮NF5280", "卡口联网系统关区节点"),
            ("SRV", "%s服务器" % co.sys(0), "华为TaiShan 200", co.sys(0))]
    for i, (t, n, m, f) in enumerate(devs, 1):
        rows.append(["%s-%s-%03d" % (co.aq["code"], t, i), n, "网络安全设备" if t not in ("SRV",) else "服务器", m, f,
                     "关机关%s机房%d列%d柜" % (co.rng.choice(["五楼", "六楼"]), co.rng.randint(1, 6), co.rng.randint(1, 20)),
                     "上联%s" % ("专网核心交换机" if t != "SW" else "专网边界防火墙"), "生产", co.rng.choice(["重要", "重要", "一般"]),
                     "非涉密", "V%d.%d" % (co.rng.randint(1, 9), co.rng.randint(0, 9))])
    return ledger("asset_book", "科技处信息设备资产台账（%s）" % d.isoformat(), d, True, [
        ("资产", ["资产编号", "名称", "类别", "型号", "功能", "物理位置", "端口对应", "部署环境", "重要程度", "密级", "软件版本"], rows,
         ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    cis = [("出口防火墙策略集", "安全配置"), ("专网边界防火墙策略集", "安全配置"), ("卡口联网参数表", "应用配置"),
           ("单一窗口接口路由表", "应用配置"), ("%s数据库参数" % co.sys(0), "数据库配置"), ("堡垒机授权策略", "安全配置")]
    rows, links = [], []
    for i, (n, t) in enumerate(cis, 1):
        rows.append(["CI%05d" % (4000 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i),
                     co.rng.choice(["工作秘密", "内部"]), "配置管理员可写，其余只读", "SHA256校验", "每日备份至同城备份机房"])
        if rel and i > 1:
            links.append(["CI%05d" % (4000 + i), co.rng.choice(["依赖", "部署于", "调用"]), "CI%05d" % (4000 + i - 1)])
    return ledger("cmdb", "%s配置管理库导出" % co.aq["itsm"], d, True, [
        ("配置项", ["配置项编号", "名称", "类型", "版本", "责任人", "敏感级别", "访问控制", "完整性", "备份"], rows, ["27/cmdb"]),
        ("关联关系", ["配置项", "关系", "关联配置项"], links, ["38/cmdb-relations"])])


def ci_changes(co, d):
    rows = [[(d - timedelta(days=19 * i)).isoformat(), "CI%05d" % (4001 + i % 6), co.rng.choice(["策略新增", "参数调整", "版本升级", "授权回收"]),
             "BG%s%03d" % (ymd(d - timedelta(days=19 * i)), co.rng.randint(1, 99)), co.p(3), co.p(0)] for i in range(7)]
    return ledger("ci_changes", "配置项变更维护登记（%d年）" % d.year, d, True, [
        ("登记", ["日期", "配置项", "变更内容", "关联变更单", "维护人", "复核人"], rows, ["43/ci-updates"])])


def collect_sheet(co, d, which):
    head = ["采集日期", "对象"] + [{"config": "配置采集（与基线比对）", "traffic": "流量采集", "status": "状态采集"}[w] for w in which] + ["采集人"]
    rows = []
    for i in range(6):
        x = d - timedelta(days=14 * i)
        r = [x.isoformat(), co.rng.choice(["互联网出口防火墙", "专网核心交换机", "卡口区边界防火墙"])]
        for w in which:
            r.append({"config": "已导出，差异%d项" % co.rng.randint(0, 2), "traffic": "峰值%dMbps" % co.rng.randint(200, 1800),
                      "status": "CPU%d%% 内存%d%%" % (co.rng.randint(8, 50), co.rng.randint(30, 70))}[w])
        rows.append(r + [co.p(4)])
    return ledger("collect", "网络安全信息采集记录（%d年）" % d.year, d, True, [
        ("采集", head, rows, ["16/" + w for w in which])])


def baseline(co, d):
    rows = [["服务器", "口令策略", "长度≥8位，90天更换，5次失败锁定"], ["服务器", "远程管理", "禁用telnet，仅经堡垒机访问"],
            ["数据库", "审计", "开启登录和DDL审计"], ["网络设备", "日志", "syslog发送至日志审计系统"], ["防火墙", "默认策略", "默认拒绝"],
            ["专网终端", "外设", "禁用无线网卡，USB接口仅识别登记介质"]]
    return ledger("baseline", "关区信息系统安全配置基线（V%d.0）" % (d.year - 2021), d, False, [
        ("基线", ["对象", "检查项", "基线要求"], rows, ["25/baseline"])])


# ------------------------------------------------------------------------------ 应用管理科: 版本, 信创, 开发

def upgrade_notice(co, d):
    b = [("title", "海关总署科技发展司关于部署卡口联网系统%s版本的通知" % co.aq["ver"]), ("p", "署科函〔%d〕%d号" % (d.year, co.rng.randint(20, 200))),
         ("p", "各直属海关："),
         ("p", "为落实综合保税区卡口智能化监管要求，总署对卡口联网系统进行了升级，现将%s版本升级包及部署说明下发，请于%d月底前完成关区部署，"
               "部署情况报科技发展司。" % (co.aq["ver"], min(12, d.month + 1))),
         ("p", "海关总署科技发展司"), ("p", cnd(d))]
    return Doc("upgrade_notice", "总署版本部署通知", d, [], False, b)


def upgrade_plan(co, d, test, rollback):
    p = Paper("卡口联网系统%s版本关区部署实施方案" % co.aq["ver"]).head(
        ("p", "变更单号：BG%s%03d    部署窗口：%s 22:00-次日02:00    编制：应用管理科%s" % (ymd(d), co.rng.randint(1, 90), d.isoformat(), co.p(1))))
    p.part("部署依据和范围", ["依据总署科技发展司部署通知，在关区%s及%s的卡口服务器和通道控制机部署%s版本。" % ("、".join(co.aq["subs"]), co.aq["zone"], co.aq["ver"])])
    p.part("部署前测试验证", ["在关区测试环境完成功能测试（放行、查验指令、异常抬杆）、性能测试（高峰每小时800车次）和安全测试（漏洞扫描）；",
                              "验证与旧版本通道控制机、地磅和电子车牌识别设备及现有网络的兼容性。"], ["25/test-plan"], test)
    p.part("部署步骤", ["通知现场→停止通道服务→备份→部署服务端→升级控制机→启动服务→现场验证→开放通道。"])
    p.part("回退方案", ["部署前备份应用、配置和数据库；验证失败时30分钟内回退至原版本，回退步骤已在测试环境演练。"],
           ["25/rollback", "11/rollback"], rollback)
    p.part("人员安排", ["总指挥%s；实施%s、%s；现场验证%s科技岗。" % (co.boss, co.p(1), co.vp(1), co.aq["subs"][0])])
    return p.doc("upgrade_plan", d, False)


def xc_plan(co, d, test, rollback):
    p = Paper("%s信创适配迁移实施方案" % co.sys(0)).head(("p", "应用管理科    %s" % any_date(co, d)))
    p.part("迁移目标", ["将%s由x86服务器和国外数据库迁移至国产服务器、操作系统和数据库，满足信创替代要求。" % co.sys(0)])
    p.part("迁移前测试验证", ["在测试环境完成功能、性能（并发200用户）和安全测试，并验证与卡口、围网视频接口和旧版客户端的兼容性。"],
           ["25/test-plan"], test)
    p.part("迁移步骤", ["搭建信创环境→数据迁移与校验→并行运行两周→切换→旧环境保留一个月。"])
    p.part("回退措施", ["切换失败时，恢复DNS指向和原数据库，旧环境保持热备，回退时限1小时。"], ["25/rollback", "11/rollback"], rollback)
    return p.doc("xc_plan", d, False)


def requirements(co, d):
    b = [("title", "%s信创迁移需求分析记录" % co.sys(0)), ("p", "应用管理科    %s" % any_date(co, d)),
         ("table", [["类别", "需求", "中心确认"], ["功能", "保留企业备案、车辆预约、卡口数据查询功能", "已确认"],
                    ["性能", "并发200用户，查询响应≤2秒", "已确认"], ["安全性", "满足等级保护第三级要求，国产密码改造", "已确认"]]),
         ("p", "%s代表：%s（签字）    科技处：%s" % (co.aq["cust"], co.cp(0), co.p(1)))]
    return Doc("requirements", "需求分析记录", d, ["11/requirements"], True, b)


def compat(co, d):
    b = [("title", "%s信创迁移兼容性测试报告" % co.sys(0)), ("p", "测试日期：%s" % any_date(co, d)),
         ("table", [["验证项", "内容", "结果"], ["网络兼容", "与综保区网络、卡口区防火墙和单一窗口网闸的连通", "通过"],
                    ["系统兼容", "国产操作系统、数据库及中间件适配", "通过"], ["应用兼容", "旧版客户端及卡口、视频接口调用", "通过"]]),
         ("p", "结论：与原系统兼容，满足切换条件。测试人：%s" % co.p(1))]
    return Doc("compat", "兼容性测试报告", d, ["11/compatibility"], True, b)


def dev_plan(co, d):
    b = [("title", "%d年度科技处安全运维工具自主开发计划" % d.year), ("p", "应用管理科    %s" % any_date(co, d)),
         ("p", "根据关区运维需求和%s要求，结合科技处自身开发能力，计划开发以下工具：" % co.aq["cust"]),
         ("table", [["工具名称", "用途", "计划完成", "负责人"], ["卡口报文积压监测脚本", "实时监测放行回执积压并告警", "%d年5月" % d.year, co.p(1)],
                    ["专网终端合规核查工具", "批量核查终端补丁、病毒库和外设策略", "%d年8月" % d.year, co.p(3)],
                    ["巡检报告自动生成工具", "汇总机房和口岸现场巡检数据生成报告", "%d年11月" % d.year, co.p(4)]])]
    return Doc("dev_plan", "工具开发计划", d, ["33/dev-plan"], False, b)


# ------------------------------------------------------------------------------ 网络安全科

def log_audit(co, d, weekly=False):
    if weekly:
        t = "安全日志审计周报（%d年第%d周）" % (d.year, d.isocalendar()[1])
    else:
        t = "%d年第%d季度安全日志审计分析报告" % (d.year, quarter(d))
    p = Paper(t).head(("p", "网络安全科    审计人：%s    %s" % (co.p(1), any_date(co, d))))
    p.part("网络及安全设备日志", ["汇聚出口防火墙、专网边界防火墙、IPS和网闸日志%d万条，发现境外扫描源IP %d个，已在出口封禁。"
                                   % (co.rng.randint(500, 8000), co.rng.randint(10, 80))])
    p.part("服务器及操作系统日志", ["卡口联网服务器、%s服务器登录日志审计，发现非工作时间登录3次，核实为变更窗口作业，已补登记。" % co.sys(0)])
    p.part("应用日志", ["%s门户访问日志中SQL注入尝试%d次，均被WAF拦截；业务系统越权查询告警0次。" % (co.aq["zone"], co.rng.randint(100, 3000))])
    p.part("分析结论", ["本期未发现成功入侵，建议隶属海关加强专网终端外设管控。"])
    p.items += ["17/log-analysis", "45/audit-report", "47/audit"]
    return p.doc("log_audit", d, True)


def warn_bulletin(co, d, n, full):
    p = Paper("网络安全预警通报（%d年第%d期）" % (d.year, n)).head(("p", "%s科技处    %s" % (co.aq["guan"], any_date(co, d))),
                                                            ("p", "发送：各隶属海关，关机关各部门，%s" % co.aq["cust"]))
    p.part("漏洞预警", ["CVE-%d-%05d：某主流中间件远程代码执行漏洞，影响关区部分互联网应用和前置机，请于5个工作日内完成升级。"
                        % (d.year, co.rng.randint(10000, 49999))], ["52/vulnerability", "53/bulletin"])
    p.part("厂商安全公告", ["防火墙、终端安全厂商发布本月补丁，科技处已完成测试，按标准变更实施。"])
    p.part("病毒预警", ["近期出现伪装成“海关通知”“报关单退单”的钓鱼邮件，附件携带远控木马，请提醒关员和企业勿打开。"], ["52/virus"], full)
    p.part("政策法规及行业动态", ["国家网信部门发布网络安全事件报告管理办法，总署部署开展年度网络安全检查；同行业发生一起勒索病毒事件。"], ["52/policy"], full)
    p.part("分析与处置建议", ["经比对资产台账，关区受漏洞影响的服务器%d台，已列入本周变更窗口修复；钓鱼邮件已在邮件网关拦截%d封。"
                              % (co.rng.randint(2, 15), co.rng.randint(5, 90))], ["52/analysis"], full)
    return p.doc("warn_bulletin", d, True)


def forward_cover(co, d, what):
    top, no = red_top(co, d, "%s办公室关于转发《%s》的通知" % (co.aq["guan"], what), "ban")
    b = top + [("p", "现将《%s》（署科发〔%d〕%d号）转发给你们，请结合实际认真贯彻落实。" % (what, d.year, co.rng.randint(10, 90)))] + colophon(co, d, "ban")
    return Doc("forward", "转发总署通知", d, [], False, b, decoy="cover forwarding a 总署 notice")


def sec_stats(co, d, analysis):
    rows = []
    for m in range(1, d.month + 1):
        a, b_, c = co.rng.randint(0, 5), co.rng.randint(0, 9), co.rng.randint(0, 2)
        rows.append(["%d月" % m, a, b_, c, a + b_ + c])
    sheets = [("统计", ["月份", "有害程序", "网络攻击", "设备设施故障", "合计"], rows, ["18/incident-stats"]),
              ("分析", ["分析"], [["网络攻击类以境外扫描和撞库为主，有害程序集中在口岸现场终端的移动介质传播，建议隶属海关落实介质登记管理。"]] if analysis else [],
               ["18/incident-analysis"])]
    return ledger("sec_stats", "网络安全事件统计分析表（%d年1-%d月）" % (d.year, d.month), d, True, sheets)


def pentest_plan(co, d):
    b = [("title", "%d年度渗透测试工作计划" % d.year), ("p", "网络安全科    %s" % any_date(co, d)),
         ("table", [["批次", "对象", "方式", "时间", "负责人"], [1, "%s门户网站" % co.aq["guan"], "黑盒", "3月", co.p(1)],
                    [2, co.sys(0), "灰盒", "6月", co.p(3)], [3, "单一窗口地方特色应用接口", "灰盒", "9月", co.p(1)]]),
         ("p", "每次测试前取得系统主管部门书面授权，测试结束后10个工作日内出具报告。")]
    return Doc("pentest_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pentest_report(co, d):
    p = Paper("%s渗透测试报告" % co.sys(0)).head(("p", "测试时间：%s    测试人员：%s、%s    授权编号：SQ%s" % (any_date(co, d), co.p(1), co.vp(2), ymd(d))))
    p.part("测试范围", ["%s互联网入口、企业端接口及管理后台。" % co.sys(0)])
    p.part("发现问题", [("table", [["编号", "问题", "等级", "整改"], ["P-01", "车辆预约接口可越权查询", "高", "已修复"],
                                   ["P-02", "接口返回冗余企业信息", "中", "已修复"], ["P-03", "管理后台缺少登录失败锁定", "中", "已修复"]])])
    p.part("复测结论", ["高中危问题已全部整改并通过复测。"])
    p.items += ["31/pentest-records", "32/pentest-records"]
    return p.doc("pentest", d, True)


def grading(co, d):
    b = [("title", "%s网络安全等级保护定级报告" % co.sys(0)), ("p", "定级时间：%s" % any_date(co, d)),
         ("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第二级；系统安全保护等级：第三级。"),
         ("p", "经专家评审，已向属地公安机关备案，备案编号%s-%d-%05d。" % (co.aq["qu"], d.year, co.rng.randint(1, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def djcp(co, d):
    b = [("title", "%s网络安全等级保护测评报告（摘要）" % co.sys(1)), ("p", "测评机构：某网络安全测评中心    报告日期：%s" % any_date(co, d)),
         ("p", "被测系统安全保护等级：第三级（备案编号%s-%d-%05d）。" % (co.aq["qu"], d.year - 1, co.rng.randint(1, 99999))),
         ("p", "测评结论：基本符合，综合得分%d.%d分；主要问题：卡口区边界访问控制粒度不足、审计日志留存不足6个月。" % (co.rng.randint(76, 88), co.rng.randint(0, 9)))]
    return Doc("djcp", "等保测评报告", d, ["51/grading"], False, b)


def grading_guide(co, d):
    b = [("title", "关区非涉密信息系统网络安全等级保护定级工作指引"), ("p", "网络安全科    %s" % any_date(co, d)),
         ("p", "依据GB/T 22240，按业务信息和系统服务受到破坏时所侵害的客体及侵害程度确定等级："),
         ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第二级"],
                    ["社会秩序、公共利益", "第二级", "第三级", "第四级"], ["国家安全", "第三级", "第四级", "第五级"]]),
         ("p", "关区自建的非涉密系统和%s系统参照本指引定级；涉密信息系统按分级保护要求另行管理，不适用本指引。" % co.aq["zone"])]
    return Doc("grading_guide", "定级指引", d, ["51/grading-criteria"], False, b)


def fenbao_notice(co, d):
    b = [("title", "关于做好%d年度涉密信息系统分级保护测评准备工作的通知" % d.year), ("p", "%s保密办    %s" % (co.aq["guan"], any_date(co, d))),
         ("p", "各有关部门：根据国家保密部门安排，关区涉密信息系统将于%d月接受分级保护测评。涉密材料一律在涉密网内准备，不得在专网或互联网计算机上处理。"
               % min(12, d.month + 2)),
         ("p", "（本通知不涉密）")]
    return Doc("fenbao", "分保通知", d, [], False, b)


def baomi_check(co, d):
    rows = [["涉密计算机违规外联", "未发现"], ["非涉密计算机处理涉密信息", "未发现"], ["移动存储介质交叉使用", "发现1起，已整改"],
            ["涉密文件清退", "按期完成"]]
    return ledger("baomi_check", "%d年度保密自查自评表（科技处）" % d.year, d, True, [("自查", ["检查项目", "检查结果"], rows, [])])


def vscan(co, d):
    r = co.rng
    rows = [["10.%d.%d.%d" % (r.randint(1, 90), r.randint(0, 255), r.randint(2, 250)), v, g]
            for v, g in (("SSL证书即将过期", "低"), ("OpenSSH版本过低", "中"), ("数据库弱口令", "高"), ("Tomcat示例目录未删除", "中"))]
    return ledger("vscan", "漏洞扫描任务导出", d, True, [("漏洞", ["IP", "漏洞", "风险"], rows, [])])


def taishi(co, d):
    b = [("title", "态势感知平台周报（%s）" % d.isoformat()),
         ("p", "本周告警%d条，其中高危%d条，均已研判处置；攻击来源TOP3：境外扫描、挖矿探测、弱口令爆破。" % (co.rng.randint(200, 900), co.rng.randint(0, 6)))]
    return Doc("taishi", "态势周报", d, [], True, b)


# ------------------------------------------------------------------------------ 应急管理

def emergency_plan(co, d, strategy, recovery, long_cover=False):
    g = co.aq["guan"]
    b = []
    if long_cover:
        b += [("p", g), ("p", "科技处"), ("title", "%s网络安全事件应急预案" % g), ("p", "（%d年修订版）" % d.year),
              ("p", "编制：科技处网络安全科    审核：%s    审定：关网络安全和信息化领导小组" % co.p(1)), ("p", "内部资料  不得外传"), ("break",),
              ("h1", "修订记录"),
              ("table", [["版本", "修订内容", "修订日期"], ["2019版", "首次印发", "2019-06"], ["2022版", "按总署预案调整事件分级", "2022-09"],
                         ["%d版" % d.year, "增加恢复策略和系统恢复计划，调整组织体系", "%d-%02d" % (d.year, d.month)]]),
              ("h1", "目录"), ("p", "一、总则 …… 1  二、组织体系 …… 2  三、事件分级与响应 …… 4  四、处置流程 …… 6  五、恢复 …… 9"), ("break",)]
        p = Paper("%s网络安全事件应急预案（正文）" % g)
    else:
        p = Paper("%s网络安全事件应急预案" % g).head(("p", "（%d年修订）    科技处编制，关网络安全和信息化领导小组审定" % d.year))
    p.part("总则", ["为建立关区网络安全事件应急响应机制，保障海关通关作业和%s信息系统连续运行，依据《海关网络安全事件应急预案》制定本预案。" % co.aq["zone"]])
    p.part("组织体系", ["关网络安全和信息化领导小组为应急指挥机构，组长由关长担任；领导小组办公室（科技处）负责日常工作，%s任现场处置组组长；"
                        "各隶属海关成立现场应急小组。" % co.boss])
    p.part("事件分级与响应", ["特别重大事件（关区通关作业全面中断超过30分钟）15分钟内启动Ⅰ级响应并报告总署；重大事件启动Ⅱ级响应；一般事件由值班长处置。"])
    p.part("处置流程", ["发现报告→研判定级→启动预案→处置→恢复验证→结束应急→总结报告（按规定报总署科技发展司）。"])
    p.part("恢复策略", ["关区专网核心采用双核心热备，故障时自动切换；卡口联网服务器RTO≤30分钟、RPO≤5分钟，切换至备机；"
                        "%s RTO≤2小时，从同城备份机房恢复；通关管理系统故障时按总署规定启用应急通关模式。" % co.sys(0)],
           ["55/plan"], strategy)
    p.part("系统恢复计划", ["按“网络→数据库→卡口联网→查验管理→%s”的顺序恢复，各系统的恢复步骤、责任人和验证要点见附件1-4。" % co.sys(0)],
           ["36/recovery-plan"], recovery)
    p.items += ["36/emergency-plan", "53/emergency-plan"]
    doc = p.doc("emergency_plan", d, False)
    doc.blocks = b + doc.blocks
    return doc


def dr_plan(co, d):
    p = Paper("关区应用数据灾难恢复预案").head(("p", "运行维护科    %s" % any_date(co, d)))
    p.part("恢复目标", ["卡口联网RTO 30分钟、RPO 5分钟；%s RTO 2小时、RPO 15分钟。" % co.sys(0)])
    p.part("恢复资源", ["同城备份机房、每日全量和实时日志备份、备用服务器和备件。"])
    p.part("恢复步骤", ["宣布启动→网络切换→数据库恢复→应用启动→口岸现场业务验证→回切。"])
    p.items.append("36/recovery-plan")
    return p.doc("dr_plan", d, False)


def bcp(co, d):
    p = Paper("%s通关业务连续性保障计划" % co.aq["guan"]).head(("p", "V%d.0    %s    关网络安全和信息化领导小组审定" % (d.year - 2021, any_date(co, d))))
    p.part("适用范围", ["适用于关区通关作业、卡口验放、查验作业和%s卡口运行。" % co.aq["zone"]])
    p.part("业务影响结论", ["货物通关放行、卡口验放、查验作业为关键业务，最大可容忍中断时间1小时。"])
    p.part("应急响应与灾难恢复机制", ["由关区网络安全事件应急预案和应用数据灾难恢复预案支撑；系统全面中断时，口岸现场按总署规定启用应急通关和卡口人工验放。"])
    p.part("演练与维护", ["每年至少开展一次通关业务连续性演练，每年评审更新本计划。"])
    p.items.append("42/bcp")
    return p.doc("bcp", d, False)


def drill(co, d, kind):
    if kind == "dr":
        t = "关区应用数据备份恢复演练报告"
        scene = "模拟%s数据库损坏，从同城备份机房恢复数据并切换" % co.sys(0)
        items = ["40/recovery-drill"]
        proc = "22:00宣布启动→22:12备份集校验→22:55数据库恢复完成→23:20应用启动→23:40业务验证通过"
    elif kind == "tg":
        t = "通关系统断网应急演练报告"
        scene = "模拟%s至关机关专网链路中断，启用备用链路和应急通关模式" % co.aq["subs"][0]
        items = ["40/emergency-drill", "53/drill"]
        proc = "14:00模拟断网→14:03值班室接报→14:08启动预案→14:15现场启用应急模式→14:32备用链路切换完成→15:00恢复正常"
    else:
        t = "网络安全事件应急演练报告"
        scene = "模拟%s终端感染勒索病毒并向专网扩散" % co.rng.choice(co.aq["subs"])
        items = ["40/emergency-drill", "53/drill"]
        proc = "09:00发现告警→09:06启动预案→09:30隔离终端→10:40清除并恢复→11:10总结"
    b = [("title", t),
         ("table", [["演练时间", any_date(co, d)], ["演练形式", co.rng.choice(["实战演练", "实战演练", "桌面推演"]) if kind == "sec" else "实战演练"],
                    ["演练场景", scene], ["参演单位", "科技处运行维护科、网络安全科，%s，驻场运维人员" % co.rng.choice(co.aq["subs"])],
                    ["演练过程", proc], ["演练结果", "达到预期，恢复用时%d分钟" % co.rng.randint(18, 80)], ["存在问题", "个别现场应急联系人电话未更新"],
                    ["记录人", co.p(3)], ["审核", co.boss]])]
    return Doc("drill", "演练报告", d, items, True, b)


def drill_scheme(co, d):
    b = [("title", "%d年度网络安全应急演练方案" % d.year), ("p", "网络安全科    %s" % any_date(co, d)),
         ("h1", "一、演练目的"), ("p", "检验《%s网络安全事件应急预案》的可操作性。" % co.aq["guan"]),
         ("h1", "二、演练安排"), ("p", "拟于%d年%d月开展，场景为口岸现场终端感染勒索病毒。" % (d.year, min(12, d.month + 1))),
         ("h1", "三、分工"), ("p", "总指挥%s，网络安全科负责处置，运行维护科负责网络隔离，%s配合。" % (co.boss, co.aq["subs"][1]))]
    return Doc("drill_scheme", "演练方案", d, [], False, b, decoy="drill plan")


def drill_notice(co, d):
    b = [("title", "关于开展网络安全应急演练的通知"), ("p", "%s" % any_date(co, d)),
         ("p", "各隶属海关、关机关各部门：科技处定于%d月%d日开展网络安全应急演练，请各单位网络安全联络员准时参加。" % (d.month, min(28, d.day + 7))),
         ("p", "科技处")]
    return Doc("drill_notice", "演练通知", d, [], True, b, decoy="drill notice")


# ------------------------------------------------------------------------------ 服务设计

def catalog(co, d, parts):
    rows, items = [], ["29/catalog"]
    base = [("初始服务", "新接入单位的资产识别、配置项收集和运维流程导入"), ("安全设备运维", "防火墙、IPS、网闸、准入、防病毒的维护与升级"),
            ("日常巡检服务", "中心机房、口岸现场网络和安全设备日常巡检"), ("健康检查", "每季度安全设备及业务系统健康检查"),
            ("安全事件审计", "网络及安全设备、服务器、应用日志审计")]
    l2 = [("运维监控与分析", "关区专网和业务系统7×24监控及月度分析"), ("终端安全监控", "专网终端准入、违规外联和病毒监控"),
          ("等级保护合规性运维", "非涉密系统按等级保护要求开展合规检查与整改跟踪")]
    l1 = [("安全通告及漏洞分析", "漏洞、病毒、厂商通告收集分析并发布预警通报"), ("应急响应服务", "网络安全事件和系统故障7×24应急支援")]
    for on, its, ents in [("base" in parts, ["12/catalog"], base), ("l2" in parts, ["19/catalog"], l2), ("l1" in parts, ["26/catalog"], l1)]:
        if on:
            items += its
            rows += [[n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["服务记录", "检查报告", "工单"])] for n, c in ents]
    rows += [["账号及权限服务", "业务系统用户开通与权限变更", "远程", "工单"], ["口岸现场保障", "节假日和重大活动通关保障", "现场", "保障记录"]]
    return ledger("catalog", "%s科技处运维服务目录（%d版）" % (co.aq["guan"], d.year), d, False, [
        ("服务目录", ["服务项目", "服务内容", "服务方式", "交付物"], rows, items)])


def avail_kpis(co, d):
    rows = [["整体指标", "关区专网可用率", "关区专网", "≥99.99%", "月"], ["整体指标", "影响通关作业的一级事件次数", "全部业务系统", "0", "年"],
            ["单系统指标", "卡口联网系统关区节点可用率", "卡口联网", "≥99.95%", "月"], ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.9%", "月"],
            ["单系统指标", "%s可用率" % co.sys(1), co.sys(1), "≥99.95%", "月"]]
    return ledger("avail_kpis", "关区信息系统可用性指标清单", d, False, [
        ("指标", ["类别", "指标", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    p = Paper("以往运维服务方案对通关作业影响分析及自动化运维建议").head(("p", "运行维护科    %s" % any_date(co, d)))
    p.part("以往服务方案回顾", ["回顾%d年在关区和%s实施的服务方案%d项，包括卡口版本部署、口岸网络改造、准入策略调整等。"
                                % (d.year - 1, co.aq["zone"], co.rng.randint(18, 40))])
    p.part("对通关作业的影响分析", ["其中4项方案实施期间影响卡口通行（最长16分钟），均在夜间窗口内；1项因回退导致次日早班放行延迟12分钟。"],
           ["7/impact-analysis"])
    p.part("解决效率分析及可自动化服务", ["全年处置安全事件%d起，平均处置时长2.7小时，终端病毒告警、弱口令告警等重复性事件占55%%；"
                                         "建议将病毒库版本核查、弱口令核查、卡口报文积压监测和巡检报告生成实现自动化。" % co.rng.randint(60, 150)],
           ["7/automation"], auto)
    return p.doc("svc_review", d, True)


# ------------------------------------------------------------------------------ 综合科: 审核、评审、改进

def internal_audit(co, d):
    p = Paper("%d年度科技运维管理体系内部审核报告" % d.year).head(("p", "审核组长：%s    审核日期：%s" % (co.p(3), any_date(co, d))))
    p.part("审核目的与依据", ["验证科技运维管理体系满足标准要求和关区运维制度要求、满足关区业务部门和%s的服务需求及技术保障协议要求，"
                               "并得到有效实施和保持。" % co.aq["cust"]])
    p.part("审核范围", ["科技处综合科、运行维护科、网络安全科、应用管理科、运维服务台及驻场运维项目组。"])
    p.part("审核发现", ["开具不符合项3项：值班记录交接签字不全；2张变更申请单缺回退验证记录；知识库条目超期未复核。"])
    p.part("审核结论", ["体系运行总体有效，不符合项已下发纠正措施单。"])
    p.items.append("59/internal-audit")
    return p.doc("internal_audit", d, True)


def audit_dept(co, d):
    b = [("title", "关于科技处%d年度信息化项目经费使用情况的审计报告" % (d.year - 1)), ("p", "督察内审处    %s" % any_date(co, d)),
         ("h1", "一、审计概况"), ("p", "按照年度审计计划，督察内审处对科技处信息化项目经费和运维服务采购执行情况开展审计。"),
         ("h1", "二、审计发现"), ("p", "运维服务费支付与考核结果挂钩基本规范；个别项目验收资料归档不及时。"),
         ("h1", "三、审计建议"), ("p", "完善项目档案管理，验收后30日内归档。")]
    return Doc("audit_dept", "内审（经费）报告", d, [], True, b)


def neikong_check(co, d):
    rows = [["信息化项目采购需求编制", "需求论证不充分", "中", "实行集体论证", "已落实"],
            ["运维服务商考核", "考核标准执行不一", "中", "考核双人复核", "已落实"], ["数据调取审批", "越权调取", "高", "审批留痕、季度抽查", "已落实"]]
    return ledger("neikong", "科技处执法（管理）内控风险点排查表（%d年）" % d.year, d, True, [
        ("风险点", ["风险点", "风险描述", "风险等级", "防控措施", "落实情况"], rows, [])])


def review_minutes(co, d, inputs):
    p = Paper("%d年度科技运维管理评审会议纪要" % d.year).head(
        ("p", "时间：%s    主持：%s（处长）    参加：分管关领导，处领导，各科科长，驻场项目经理" % (any_date(co, d), co.boss)))
    txt = {"perf": ("服务和流程执行情况", "服务级别达成率96.4%，事件、变更、问题等流程按制度执行，内部审核不符合项3项已整改，流程符合性良好。",
                    ["59/management-review", "60/performance"]),
           "fb": ("服务对象反馈", "满意度测评综合92分，投诉2件（服务台接通慢、变更通知不及时）均已处理。", ["60/customer-feedback"]),
           "res": ("资源现状及预测", "科技处运维人员%d人、驻场%d人；明年%s新版本和信创替代全面铺开，预计需增加驻场人员2人。"
                   % (co.rng.randint(12, 22), co.rng.randint(3, 8), co.aq["ver"]), ["60/resources"]),
           "ca": ("纠正措施进展", "上年度评审提出的5项措施完成4项，1项（口岸现场网络双链路改造）进行中。", ["60/corrective-actions"]),
           "chg": ("可能影响服务的变化", "总署推进全国海关数据中心整合、综保区卡口智能化改造、信创替代。", ["60/changes"]),
           "imp": ("改进机会", "变更成功率未达标、卡口报文积压监控自动化、服务台与知识库对接。", ["60/improvements"])}
    for k in inputs:
        h, s, its = txt[k]
        p.part(h, [s], its)
    p.part("评审结论", ["科技运维管理体系持续适宜、充分、有效；同意增加驻场人员和改进项目经费预算。"])
    return p.doc("review_minutes", d, True)


def mr_notice(co, d):
    b = [("title", "关于召开%d年度科技运维管理评审会议的通知" % d.year),
         ("p", "定于%s召开管理评审会议，请各科准备服务执行情况、服务对象反馈、资源需求、纠正措施进展和改进建议等评审输入材料。" % cnd(d)),
         ("p", "科技处综合科")]
    return Doc("mr_notice", "管理评审通知", d, [], True, b, decoy="meeting notice")


def improve_plan(co, d, criteria):
    p = Paper("%d年度科技运维服务持续改进计划" % d.year).head(("p", "综合科编制    %s    处务会审定" % any_date(co, d)))
    p.part("改进项目", [("table", [["改进项目", "来源", "改进目标", "责任科", "完成时间"],
                                   ["卡口联网报文积压自动告警", "运维过程", "积压发现时间由15分钟降至2分钟", "运行维护科", "%d年6月" % d.year],
                                   ["口岸现场网络双链路改造", "监视过程", "现场链路中断次数下降50%", "运行维护科", "%d年10月" % d.year],
                                   ["变更测试环境一致性", "内部审核", "变更成功率≥98%", "应用管理科", "%d年5月" % d.year]])],
           ["64/plan", "68/plan"])
    p.part("改进机会评估标准", ["按对通关作业的影响（40%）、实施成本（30%）、风险（30%）评分，70分以上列入计划；"
                                "改进项目须经识别、登记、批准、评估、测量和报告。"], ["64/criteria"], criteria)
    return p.doc("improve_plan", d, True)


def improve_eval(co, d):
    b = [("title", "改进机会评估表"), ("p", "综合科    %s" % any_date(co, d)),
         ("table", [["改进机会", "通关影响", "实施成本", "风险", "加权得分", "优先级"], ["卡口联网报文积压自动告警", 9, 8, 8, 84, "高"],
                    ["口岸现场网络双链路改造", 9, 5, 8, 76, "高"], ["服务台与知识库对接", 6, 7, 9, 70, "中"], ["巡检报告自动生成", 5, 8, 9, 68, "低"]]),
         ("p", "按加权得分排序，经处务会批准前三项。  批准：%s" % co.boss)]
    return Doc("improve_eval", "改进机会评估表", d, ["67/analysis", "67/prioritisation"], True, b)


def improve_track(co, d, measured):
    rows = [["卡口联网报文积压自动告警", "积压发现≤2分钟", "监测脚本已上线", (d - timedelta(days=70)).isoformat(), "实测平均1.3分钟，有效" if measured else "", "已在管理评审报告"],
            ["口岸现场网络双链路改造", "链路中断下降50%", "完成%s等3个现场" % co.aq["subs"][0], (d - timedelta(days=12)).isoformat(),
             "中断次数下降58%，有效" if measured else "", "已报告"]]
    items = ["68/implementation"] + (["68/effectiveness"] if measured else [])
    return ledger("improve_track", "持续改进项目实施跟踪台账（%d年）" % d.year, d, True, [
        ("跟踪", ["改进项目", "改进目标", "实施情况", "完成日期", "效果测量", "报告情况"], rows, items)])


def awareness(co, d):
    rows = [[i + 1, co.p(i), ["综合科", "网络安全科", "运行维护科", "网络安全科", "运行维护科", "应用管理科"][i], "已签"] for i in range(6)] + \
        [[7, co.vp(0), "驻场运维", "已签"], [8, co.vp(1), "驻场运维", "已签"]]
    return ledger("awareness", "“持续改进 服务通关”专题宣贯培训签到及考核记录", d, True, [
        ("签到", ["序号", "姓名", "科室", "签到"], rows, ["69/awareness-training"]),
        ("培训信息", ["项目", "内容"], [["时间", any_date(co, d)], ["讲师", co.p(0)],
                                       ["内容", "持续服务改进的意义、改进机会的提出和登记、优秀改进案例（卡口报文积压告警）"], ["考核", "平均分%d分" % co.rng.randint(85, 96)]], [])])


def signin(co, d, what):
    rows = [[i + 1, co.p(i), "科技处", ""] for i in range(6)]
    return Doc("signin", "学习签到表", d, [], True, sheets=[("签到", [["《%s》学习签到表" % what], ["时间：%s" % any_date(co, d)],
                                                                     ["序号", "姓名", "单位", "签名"]] + rows)], decoy="sign-in about a plan or 办法")


def defects(co, d):
    p = Paper("%d年运维问题复盘及改进报告" % d.year).head(("p", "运行维护科、综合科    %s" % any_date(co, d)))
    p.part("重大运维事件", ["%d月%s卡口联网报文积压，影响卡口通行47分钟，原因为证书更新后连接池未释放。" % (co.rng.randint(2, 9), co.aq["subs"][0])])
    p.part("失败变更", ["2次版本部署回退，均因测试环境与生产配置不一致。"])
    p.part("服务不达标", ["第三季度服务台接通率88%，未达92%的约定。"])
    p.part("改进计划", ["建立证书到期预警；测试环境配置同步；通关高峰增派坐席。"])
    p.items.append("70/defect-analysis")
    return p.doc("defects", d, True)


def year_report(co, d, data, forecast):
    p = Paper("科技处%d年度工作总结" % (d.year - 1)).head(("p", "%s" % any_date(co, d)))
    p.part("全年工作回顾", ["完成卡口联网%s版本部署、专网终端信创替代一期、%s技术保障协议续签，全年无影响通关的一级事件。" % (co.aq["ver"], co.aq["zone"])])
    p.part("运维数据汇总", [("table", [["指标", "全年"], ["异常报告及时率", "98.6%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "97.9%"],
                                       ["故障隐患发现率", "90%"], ["异常主动发现率", "88%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                       ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "93%"], ["安全事件次数", co.rng.randint(15, 50)]])],
           ["56/data"], data)
    p.part("运维数据分析及预测", ["汇总全年日志、变更、事件、服务请求和问题数据：事件数同比下降12%，服务请求上升28%，变更集中在月末和总署版本发布周；"
                                  "预测下年度随信创替代全面铺开和综保区扩区，服务请求将增长约30%，需增加服务台坐席并推广自助服务。"],
           ["71/forecast"], forecast)
    p.part("党建和队伍建设", ["深入开展“强基提质”主题活动，科技处党支部获评关先进党支部。"])
    p.part("下年度工作安排", ["推进总署数据中心整合关区迁移，完成综保区卡口智能化改造。"])
    return p.doc("year_report", d, True)


def preventive_check(co, d):
    rows = [[(d - timedelta(days=30 * i)).isoformat(), co.rng.choice(["卡口服务器磁盘使用率82%", "现场汇聚交换机运行超8年", "专网骨干链路利用率逼近阈值", "网闸证书临期"]),
             co.rng.choice(["扩容磁盘", "列入更换计划并前置备件", "申请带宽扩容", "提前更换证书"]), co.p(i), "已验证有效"] for i in range(5)]
    return ledger("preventive_check", "预防性维护措施及有效性验证记录（%d年）" % d.year, d, True, [
        ("验证", ["发现日期", "潜在问题", "预防措施", "责任人", "有效性验证"], rows, ["66/effectiveness"])])


# ------------------------------------------------------------------------------ real documents that prove nothing, decoys

def reg_index(co, d, keys):
    b = [("title", "科技处关于公布现行有效科技管理制度目录的通知"), ("p", "%s" % any_date(co, d)),
         ("p", "经清理，关区现行有效的科技管理制度共%d项，目录如下：" % len(keys))] + \
        [("p", "%d. 《%s》" % (i, reg_name(co, k))) for i, k in enumerate(keys, 1)]
    return Doc("reg_index", "制度目录", d, [], False, b, decoy="list citing 办法 by 《》")


def ccrc_sheet(co, d):
    rows = [[i, "", "", "符合" if co.rng.random() < 0.7 else "", "见共享盘"] for i in range(1, 21)]
    return Doc("ccrc", "自评估表底稿", d, [], False, sheets=[("自评估", [["信息系统安全运维服务资质自评估表（工作底稿）"],
                                                                 ["序号", "要点", "条款", "自评估结论", "证明材料清单"]] + rows)],
               decoy="the form's own working copy")


def holiday_notice(co, d, what):
    b = [("title", "关于做好%s期间24小时通关保障工作的通知" % what), ("p", "%s" % any_date(co, d)),
         ("p", "各隶属海关、关机关各部门、%s：%s期间科技处实行处领导带班和24小时值班，暂停非紧急变更，各现场每日9时、17时报送系统运行情况。"
          % (co.aq["cust"], what)),
         ("table", [["日期", "带班处领导", "值班科长", "值班人员"]] +
          [["%s" % (d + timedelta(days=i)).isoformat(), co.boss, co.p(i % 3), co.p(3 + i % 3)] for i in range(4)])]
    return Doc("holiday", "通关保障通知", d, [], True, b)


def holiday_summary(co, d, what):
    b = [("title", "%s期间通关保障工作总结" % what), ("p", "科技处    %s" % any_date(co, d)),
         ("p", "保障期间关区海关业务系统运行平稳，未发生影响通关的系统故障和网络安全事件，累计值守%d人次，现场保障%d人次。"
          % (co.rng.randint(30, 110), co.rng.randint(8, 40)))]
    return Doc("holiday_sum", "保障工作总结", d, [], True, b)


UNREL = [
    ("党建", "关于开展“强关有我”主题党日活动的通知", ["各党支部：结合口岸一线工作，组织党员到查验现场开展志愿服务。"]),
    ("工会", "%d年关机关职工羽毛球比赛报名表", ["以处室为单位组队参赛，每队8人。"]),
    ("业务", "跨境电商零售进口监管情况通报", ["本季度关区跨境电商零售进口申报清单%d万票，同比增长。"]),
    ("业务", "关于进一步优化口岸营商环境的若干措施", ["压缩整体通关时间，推广“提前申报”“两步申报”。"]),
    ("后勤", "关于机关食堂就餐管理的通知", ["就餐实行刷卡制，外来人员凭餐券就餐。"]),
    ("行政", "关于规范公务用车管理的通知", ["公务用车实行统一调度，严禁公车私用。"]),
    ("旅检", "旅检现场卫生检疫工作情况", ["本月入境旅客%d人次，测温异常人员均已按规定处置。"]),
]


def unrelated(co, d, i):
    folder, t, ps = UNREL[i]
    t = t % d.year if "%d" in t else t
    b = [("title", t)] + [("p", p % co.rng.randint(1000, 9000) if "%d" in p else p) for p in ps]
    return folder, t, Doc("unrelated", t, d, [], False, b, decoy="unrelated")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ the share

SOFT = ["pt", "guide", "outage", "ci", "aplan", "baseline", "req", "drplan", "djcp", "svc_auto", "hist_sec"]


def build(co, lock_bytes):
    """Lay out an AQ share: 关发文件/<year>/, 科技处文件/<year>/, 制度汇编/, 综合科/, 运行维护科/, 网络安全科/, 应用管理科/,
    科技装备科/, 综保区技术保障/, 运维服务商管理/, 应急管理/, 通关保障/, 总署来文/, 内控与审计/, 资质申报/, 归档/<year>/,
    个人/<name>/, 其他/, and the NAS recycle bin."""
    co.aq = AQ_INFO[getattr(co, "info_id", co.id)]
    co.aq_no = {}
    r = co.rng
    H = set(co.aq["holes"])
    soft = set(r.sample(SOFT, r.randint(0, 1)))
    gaps = set(soft)
    gaps |= {h for h in ("dev", "trend", "desk_train", "aware", "kpis", "drdrill", "kb", "compat", "cmdb", "prev", "itrack",
                         "roles", "sec_stats", "pt_plan", "kpi", "iplan", "ola") if h in H}
    olds = {k for h, k in (("svc_old", "svc"), ("callbacks_old", "callbacks"), ("defects_old", "defects"), ("collect_old", "collect"),
                           ("hw_old", "hw"), ("logaudit_old", "logaudit"), ("rect_old", "rect")) if h in H}
    pool = sorted({"pt", "kb", "ci", "outage", "ia", "defects", "callbacks", "svc", "collect", "hw", "rect", "ieval", "aware",
                   "desk_train", "sec_stats", "prevchk"} - gaps - olds)
    olds |= set(r.sample(pool, 1))
    co.gaps, co.oldonly = gaps, olds
    made = []
    g = co.aq["guan"]
    subs = co.aq["subs"]

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.35)
        opt.setdefault("styled", r.random() < 0.7)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "kjc", "海关用户", "USER"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            rel = "%s(%d).%s" % (base, 1 + sum(1 for u in co.used if u.startswith(base)), ext)
        co.add(rel, doc, **opt)
        return rel

    def slot(k, name, factory, age="record", **opt):
        if k in gaps:
            return None
        d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        put(name(d), doc, **opt)
        if doc.items and doc.record and k not in olds:
            made.append((name, factory, d))
        return doc

    scan = {"creator": "Canon iR-ADV C5535 Scan (OCR)", "author": "scanner", "styled": False}
    cam = {"creator": "CamScanner 扫描全能王", "author": "iPhone", "styled": False}
    wps = {"creator": "WPS Office"}
    ZH, YW, AQ, YY, ZB = "综合科/", "运行维护科/", "网络安全科/", "应用管理科/", "科技装备科/"
    KH, VD, YJ = "综保区技术保障/", "运维服务商管理/", "应急管理/"

    def yr(d):
        return "%d年/" % d.year

    # --- 制度: 关发 (红头, whole or split), 科技处文件, 工作规程, the 汇编
    drop = {"preventive"} if "prev" in H else set()
    keys = [k for k in REGS if k not in drop and (k not in ("baomi", "neikong", "training", "pentest", "knowledge", "monitor") or r.random() >= 0.03)]
    nk = [k for k in keys if k not in ("baomi", "neikong")]
    in_book = sorted(r.sample(nk, r.randint(4, 7)), key=list(REGS).index)
    d = co.issued()
    put("制度汇编/%s科技管理制度汇编（%d年版）.pdf" % (g, d.year), compilation(co, d, in_book, "pdca" in H), **wps)
    for k in keys:
        if k in in_book and r.random() < 0.6:
            continue
        d = co.issued()
        name, level, _ = REGS[k]
        name = fill(co, name)
        dropopt = "pdca" in H if k == "ywgl" else r.random() < 0.06
        ext = r.choice(["docx", "pdf", "docx"])
        if level == "fa":
            if r.random() < 0.35:
                no, cover, body = reg_split(co, d, k, dropopt)
                folder = "关发文件/%s%s/" % (yr(d), no)
                put(folder + "正文.pdf", cover, **scan)
                put(folder + "附件：%s.%s" % (name, r.choice(["docx", "docx", "pdf"])), body)
                continue
            doc = reg_doc(co, d, k, dropopt)
            nm = r.choice(["%s 关于印发《%s》的通知" % (doc.aq_no, name), "关于印发%s的通知" % name, "%s（%s）" % (name, doc.aq_no)])
            put("关发文件/%s%s.%s" % (yr(d), nm, ext), doc, **(scan if ext == "pdf" and r.random() < 0.5 else {}))
        elif level == "ke":
            doc = reg_doc(co, d, k, dropopt)
            put("科技处文件/%s%s %s.%s" % (yr(d), doc.aq_no, name, ext), doc)
        else:
            doc = reg_doc(co, d, k)
            put("科技处文件/工作规程/%s%s.%s" % (reg_code(co, k) + "_" if r.random() < 0.5 else "", name, ext), doc)
    # 作业指导书: an 汇编 and single ones (24 asks for several)
    oks = list(OPS)
    bound = sorted(r.sample(oks, r.randint(2, 3)), key=oks.index)
    singles = [k for k in oks if k not in bound and r.random() < 0.45] or [r.choice([k for k in oks if k not in bound])]
    d = co.issued()
    put(YW + "作业指导书/科技处运维作业指导书汇编（%d年）.docx" % d.year, ops_book(co, d, bound))
    for k in singles:
        d = co.issued()
        put(YW + "作业指导书/%s-%s.%s" % ("%s-KJC-ZY-%02d" % (co.aq["code"], oks.index(k) + 1), OPS[k][0], r.choice(["docx", "pdf"])),
            ops_guide(co, d, k))

    # --- 综合科: 组织, 人员, 纪要
    vendor_org = "no_vendor_org" not in H
    d = co.issued()
    put(ZH + "组织机构/%s 关于调整网络安全和信息化领导小组组成人员的通知.pdf" % ymd(d), leading_group(co, d, vendor_org),
        **(scan if r.random() < 0.5 else {}))
    d = co.fresh()
    if r.random() < 0.7:
        put(ZH + "会议纪要/关党委会/关党委会纪要（摘录）%s.docx" % ymd(d), party_minutes(co, d))
    d = co.fresh()
    put(ZH + "会议纪要/关长办公会/关长办公会议纪要%d-%02d.pdf" % (d.year, d.month), gz_minutes(co, d), **scan)
    slot("roster", lambda d: ZH + "人员管理/科技处运维人员名册%s.xlsx" % ymd(d), lambda d: staff_roster(co, d, vendor_org))
    slot("roles", lambda d: ZH + "组织机构/运维岗位及角色清单.xlsx", lambda d: role_sheet(co, d), "issued")
    iface_min = "iface_pending" not in H and r.random() < 0.4
    desk_min = r.random() < 0.35
    if "iface_pending" not in H and not iface_min:
        slot("interface", lambda d: "科技处文件/%s关于明确网络安全管理接口人的通知.docx" % yr(d), lambda d: interface_notice(co, d), "issued")
    tel = "%d" % r.randint(8100, 8999)
    if not desk_min:
        d = co.issued()
        put("关发文件/%s%s办公室关于启用关区IT运维服务台的通知.pdf" % (yr(d), g), desk_notice(co, d, tel), **scan)
    slot("desk_train", lambda d: YW + "服务台/%s运维服务台坐席培训记录.xlsx" % ymd(d), lambda d: desk_training(co, d))
    d = co.fresh()
    put("其他/12360热线/%s 12360坐席业务培训记录.xlsx" % ymd(d), hotline_training(co, d))
    months = sorted(r.sample(range(2, 12), 3))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 26))
        n = m * 2 + i
        if i == 0:
            t = ["party"] + (["interface"] if iface_min else []) + (["iface_pending"] if "iface_pending" in H else []) + \
                (["desk"] if desk_min else [])
        elif i == 1:
            if "ieval_pending" in H:
                t = ["improve_pending", "vendor"]
            else:
                t = (["improve"] if r.random() < 0.5 else []) + ["vendor", "xc"]
        else:
            t = ["holiday", "party"]
        put(ZH + "会议纪要/处务会/科技处处务会纪要（%d年第%d期）.%s" % (d.year, n, r.choice(["docx", "docx", "pdf"])), chu_minutes(co, d, n, t))
    # 服务设计
    d = co.issued()
    parts = ("base", "l2", "l1")
    if "cat_l1" in H:
        parts = ("base", "l2")
    elif "cat_l2" in H:
        parts = ("base", "l1")
    put(ZH + "服务管理/科技处运维服务目录（%d版）.xlsx" % d.year, catalog(co, d, parts))
    slot("kpis", lambda d: ZH + "服务管理/关区信息系统可用性指标清单.xlsx", lambda d: avail_kpis(co, d), "issued")
    slot("svc", lambda d: YW + "%s以往运维服务方案影响分析.docx" % yr(d), lambda d: svc_review(co, d, "svc_auto" not in soft))

    # --- 综保区技术保障 (the customer)
    da = date(2024, 1, 2) + timedelta(days=r.randint(0, 780))
    d0 = da - timedelta(days=r.randint(50, 120))
    put(KH + "01需求调研/%s信息化技术保障需求调研报告.docx" % co.aq["zone"], survey(co, d0, r.random() < 0.96, "hist_sec" not in soft))
    if "fee_tpl" in H:
        put(KH + "01需求调研/技术保障经费测算表（模板）.xlsx",
            blank_sheet("技术保障经费测算表", co.issued(), ["序号", "保障项目", "工作量（人天）", "人力安排", "单价（元/人天）", "金额（元）", "时间节点"]))
    else:
        slot("fee", lambda d: KH + "01需求调研/%d年度技术保障经费测算表.xlsx" % d.year, lambda d: fee_sheet(co, d), "issued")
    d = d0 + timedelta(days=r.randint(7, 40))
    put(KH + "01需求调研/%s技术保障工作对接会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d, r.random() < 0.96))
    on = [x for x in ("list", "analysis", "strategy") if r.random() < 0.95]
    if "history_draft" in H:
        d = co.issued()
        put("个人/%s/上一保障期运行数据分析及保障方案（初稿）.docx" % co.p(0), nullify(history(co, d, ["list", "analysis", "strategy"]), "draft (初稿)", "（初稿）"))
    else:
        slot("history", lambda d: KH + "01需求调研/上一保障期运行数据分析及保障方案.docx", lambda d: history(co, d, on), "issued")
    put(KH + "02技术保障协议/技术保障协议（盖章扫描件）.pdf", agreement(co, da, r.random() < 0.94, r.random() < 0.94, r.random() < 0.92),
        **(scan if r.random() < 0.6 else {}))
    put(KH + "02技术保障协议/技术保障协议（范本）.docx",
        blank_paper("信息化技术保障协议（范本）", co.issued(), ["第一条 保障范围", "第二条 运维方式", "第三条 服务级别及核心指标", "第四条 健康检查",
                                                     "第五条 保密与安全", "第六条 费用与期限"]))
    collect_hc = "collect_old" not in H
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        rel = KH + "03健康检查/%d年/%d年第%d季度健康检查报告.%s" % (d.year, d.year, quarter(d), r.choice(["docx", "pdf"]))
        doc = health_check(co, d, collect_hc and r.random() < 0.35, r.random() < 0.85)
        put(rel, doc)
        made.append((lambda x: "%d年第%d季度健康检查报告.docx" % (x.year, quarter(x)), lambda x: health_check(co, x, False, True), d))
    for d, h in [(date(2025, 7, 8), "上半年"), (date(2026, 1, 14), "下半年"), (date(2026, 7, 9), "上半年")]:
        if r.random() < 0.9:
            d = d + timedelta(days=r.randint(0, 15))
            put(ZH + "满意度测评/%d年%s技术保障服务满意度测评报告.%s" % (d.year if h == "上半年" else d.year - 1, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("trend", lambda d: ZH + "满意度测评/满意度变化趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: ZH + "满意度测评/服务对象回访登记表_%d.xlsx" % d.year, lambda d: callbacks(co, d))

    # --- 运维服务商管理 (the vendor)
    d = date(2025, 12, 10) + timedelta(days=r.randint(0, 80))
    put(VD + "合同/%s信息系统运维服务项目合同（%s）.pdf" % (g, co.vendor[:4]), contract(co, d, r.random() < 0.97), **scan)
    if r.random() < 0.5:
        d = date(d.year - 1, d.month, min(d.day, 28))
        put("归档/%d年/运维服务项目合同（上一期）.pdf" % d.year, contract(co, d, True), **scan)
    slot("ola", lambda d: ZH + "服务管理/科技处科室运维协同约定.docx", lambda d: ola(co, d), "issued")
    for m in sorted(r.sample(range(2, 12), r.randint(2, 3))):
        d = date(2026, m, r.randint(3, 12))
        put(VD + "月报/2026年/运维服务月报（%d年%d月）.%s" % (2026, m - 1, r.choice(["docx", "pdf", "docx"])),
            monthly(co, d, r.random() < 0.8, r.random() < 0.5, r.random() < 0.55))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(VD + "周报/驻场运维周报%s.txt" % ymd(d), weekly(co, d), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    kq = "kpi" not in H
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(VD + "考核/运维服务季度考核评分表（%d年第%d季度）.xlsx" % (d.year, max(1, quarter(d) - 1)), assess(co, d, kq and r.random() < 0.6))
    rect_name = (lambda d: VD + "整改通知单/扫描件%04d.pdf" % r.randint(20, 400)) if r.random() < 0.35 else \
        (lambda d: VD + "整改通知单/运维服务整改通知单ZG-%s.pdf" % ymd(d))
    slot("rect", rect_name, lambda d: rectify(co, d, r.random() < 0.8), **scan)
    d = co.fresh()
    put(VD + "考勤/驻场人员考勤确认单%d%02d.pdf" % (d.year, d.month), attendance(co, d), **cam)
    slot("kpi", lambda d: ZH + "监视测量/%d年运维服务目标监测表.xlsx" % d.year, lambda d: kpi_watch(co, d))

    # --- 运行维护科: 机房巡检 (Excel), 值班记录 (scan), 口岸现场保障, 故障报告, 变更, 工单, 可用性, 知识库, 台账
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        kinds = [k for k in ("env", "dev", "av", "maint", "fault", "up") if r.random() < 0.8] or ["env"]
        put(YW + "%s机房巡检/中心机房巡检记录表%d年%02d月.xlsx" % (yr(d), d.year, d.month), inspection_book(co, d, kinds))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(YW + "%s值班记录/通关保障值班记录%s.pdf" % (yr(d), ymd(d)), duty_scan(co, d, r.random() < 0.55), **scan)
    for sub in r.sample(subs, 2):
        d = co.fresh()
        doc = port_site(co, d, sub, r.random() < 0.6)
        put(YW + "%s口岸现场保障/%s/现场科技保障巡检表%d.%02d.xlsx" % (yr(d), sub, d.year, d.month), doc)
        if r.random() < 0.3:
            put(YW + "%s口岸现场保障/%s/现场科技保障巡检表%d.%02d - 副本.xlsx" % (yr(d), sub, d.year, d.month), doc)
    slot("hw", lambda d: YW + "%s安全设备硬件故障统计表.xlsx" % yr(d), lambda d: hw_stats(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        doc = fault_report(co, d, r.random() < 0.6)
        put(YW + "%s故障报告/%s %s.%s" % (yr(d), doc.blocks[1][1], doc.title, r.choice(["docx", "pdf"])), doc)
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(YW + "%s变更管理/变更申请单扫描件%s.pdf" % (yr(d), ymd(d)), change_form(co, d, r.random() < 0.7), **scan)
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(YW + "%s变更管理/变更记录导出_%s.xlsx" % (yr(d), ymd(d)), change_ledger(co, d, r.random() < 0.85))
    for i in range(2):
        d = co.fresh()
        put(YW + "%s工单/%s工单导出_%d%02d.xlsx" % (yr(d), co.aq["itsm"], d.year, d.month), tickets(co, d, r.random() < 0.7))
    slot("aplan", lambda d: YW + "可用性管理/%d年关区信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))
    slot("outage", lambda d: YW + "可用性管理/信息系统服务中断登记表（%d年）.xlsx" % d.year, lambda d: outage_book(co, d))
    slot("kb", lambda d: YW + "知识库/运维知识库导出_%s.xlsx" % ymd(d), lambda d: kb_export(co, d))
    slot("assets", lambda d: YW + "台账/信息设备资产台账_%s.xlsx" % ymd(d), lambda d: asset_book(co, d))
    relc = "cmdb_rel" not in H and r.random() < 0.9
    slot("cmdb", lambda d: YW + "台账/配置管理库导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci", lambda d: YW + "台账/%s配置项变更维护登记.xlsx" % yr(d).rstrip("/"), lambda d: ci_changes(co, d))

    # --- 网络安全科
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.95] or ["status"]
    slot("collect", lambda d: AQ + "%s网络安全信息采集记录.xlsx" % yr(d), lambda d: collect_sheet(co, d, which))
    slot("baseline", lambda d: AQ + "安全基线/关区信息系统安全配置基线.xlsx", lambda d: baseline(co, d), "issued")
    for i in range(r.randint(1, 2)):
        slot("logaudit", lambda d: AQ + "%s日志审计/%d年第%d季度日志审计分析报告.%s" % (yr(d), d.year, quarter(d), r.choice(["docx", "pdf"])),
             lambda d: log_audit(co, d))
    if "logaudit_old" not in H and r.random() < 0.5:
        d = co.fresh()
        put(AQ + "%s日志审计/审计周报%s.txt" % (yr(d), ymd(d)), log_audit(co, d, True), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        put(AQ + "%s预警通报/网络安全预警通报第%d期.%s" % (yr(d), n, r.choice(["docx", "pdf", "docx"])), warn_bulletin(co, d, n, r.random() < 0.7))
    for what in r.sample(["海关总署关于开展2026年网络安全检查工作的通知", "海关总署办公厅关于加强网络安全事件报告工作的通知",
                          "海关总署科技发展司关于防范勒索病毒攻击的风险提示"], r.randint(1, 2)):
        d = co.fresh()
        put("总署来文/%s转发-%s.pdf" % (yr(d), what), forward_cover(co, d, what), **scan)
    slot("sec_stats", lambda d: AQ + "%s网络安全事件统计分析表.xlsx" % yr(d), lambda d: sec_stats(co, d, r.random() < 0.85))
    slot("pt_plan", lambda d: AQ + "渗透测试/%d年度渗透测试工作计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pt", lambda d: AQ + "渗透测试/%s%s渗透测试报告.pdf" % (ymd(d), co.sys(0)), lambda d: pentest_report(co, d))
    slot("grading", lambda d: AQ + "等级保护/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued", **scan)
    slot("djcp", lambda d: AQ + "等级保护/%s等级保护测评报告（摘要）.pdf" % co.sys(1), lambda d: djcp(co, d), "issued")
    slot("guide", lambda d: AQ + "等级保护/定级工作指引.docx", lambda d: grading_guide(co, d), "issued")
    d = co.fresh()
    put(AQ + "保密/关于做好%d年度涉密信息系统分级保护测评准备工作的通知.docx" % d.year, fenbao_notice(co, d))
    d = co.fresh()
    put(AQ + "保密/%d年度保密自查自评表.xlsx" % d.year, baomi_check(co, d))
    d = co.fresh()
    put(AQ + "%s漏洞扫描/漏洞扫描任务导出_%s.xlsx" % (yr(d), ymd(d)), vscan(co, d))
    if r.random() < 0.45:
        d = co.fresh()
        put(AQ + "%s态势感知/态势感知周报%s.docx" % (yr(d), ymd(d)), taishi(co, d))

    # --- 应用管理科 and 科技装备科
    d = co.fresh()
    vdir = YY + "版本升级/卡口联网%s/" % co.aq["ver"]
    put(vdir + "总署部署通知.pdf", upgrade_notice(co, d), **scan)
    d2 = d + timedelta(days=r.randint(5, 20))
    put(vdir + "卡口联网系统%s版本关区部署实施方案%s.docx" % (co.aq["ver"], r.choice(["", "（定稿）", "_final"])), upgrade_plan(co, d2, r.random() < 0.85, r.random() < 0.85))
    if r.random() < 0.7:
        d = co.issued()
        put(YY + "信创改造/%s信创适配迁移实施方案.docx" % co.sys(0), xc_plan(co, d, r.random() < 0.8, r.random() < 0.8))
    slot("req", lambda d: YY + "信创改造/%s信创迁移需求分析记录（中心签字）.pdf" % co.sys(0), lambda d: requirements(co, d), **cam)
    slot("compat", lambda d: YY + "信创改造/兼容性测试报告_%s.docx" % ymd(d), lambda d: compat(co, d))
    slot("dev", lambda d: YY + "%d年度安全运维工具自主开发计划.docx" % d.year, lambda d: dev_plan(co, d))
    d = co.fresh()
    put(ZB + "H986机检设备/%d年机检设备维保记录.xlsx" % d.year, ledger("h986", "H986集装箱检查设备维保记录（%d年）" % d.year, d, True, [
        ("维保", ["日期", "设备", "维保内容", "厂商工程师", "结果"],
         [[(d - timedelta(days=30 * i)).isoformat(), "%sH986" % subs[0], r.choice(["射线源校准", "传送带保养", "图像质量测试"]), "厂商", "正常"]
          for i in range(5)], [])]))

    # --- 应急管理
    d = co.issued()
    put(YJ + "预案/%s网络安全事件应急预案（%d年修订）.%s" % (g, d.year, r.choice(["docx", "pdf"])),
        emergency_plan(co, d, r.random() < 0.9, r.random() < 0.5, long_cover=r.random() < 0.5))
    slot("drplan", lambda d: YJ + "预案/关区应用数据灾难恢复预案.docx", lambda d: dr_plan(co, d), "issued")
    if "bcp_draft" in H:
        d = co.fresh()
        put(YJ + "业务连续性/%s通关业务连续性保障计划（征求意见稿）.docx" % g, nullify(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        d = co.issued()
        put(YJ + "业务连续性/%s通关业务连续性保障计划.pdf" % g, bcp(co, d))
    if "nodrill" not in H:
        d = co.fresh()
        kind = r.choice(["sec", "sec", "tg"])
        if r.random() < 0.25:
            put("个人/%s/新建 Microsoft Word 文档 (%d).docx" % (co.p(1), r.randint(2, 6)), drill(co, d, kind))
        else:
            dd = drill(co, d, kind)
            put(YJ + "演练/%s/%s%s.docx" % (yr(d).rstrip("/"), ymd(d), dd.blocks[0][1]), dd)
        if r.random() < 0.5:
            d = co.fresh()
            put(YJ + "演练/%s/%s通关系统断网应急演练报告.pdf" % (yr(d).rstrip("/"), ymd(d)), drill(co, d, "tg"), **scan)
        if "drdrill" not in H:
            d = co.fresh()
            put(YJ + "演练/%s/%s数据备份恢复演练报告.pdf" % (yr(d).rstrip("/"), ymd(d)), drill(co, d, "dr"), **scan)
    d = co.fresh()
    put(YJ + "演练/%d年度网络安全应急演练方案.docx" % d.year, drill_scheme(co, d))
    if "nodrill" in H or r.random() < 0.5:
        d = co.fresh()
        put(YJ + "演练/关于开展网络安全应急演练的通知%s.docx" % ymd(d), drill_notice(co, d))

    # --- 监视测量、审核、评审、改进
    slot("prevchk", lambda d: ZH + "监视测量/预防性维护措施验证记录%d.xlsx" % d.year, lambda d: preventive_check(co, d))
    slot("ia", lambda d: ZH + "内审/%d年度科技运维管理体系内部审核报告.docx" % d.year, lambda d: internal_audit(co, d))
    d = co.fresh()
    put("内控与审计/督察内审处-信息化项目经费审计报告%s.pdf" % ymd(d), audit_dept(co, d), **wps)
    d = co.fresh()
    put("内控与审计/%d年执法（管理）内控风险点排查表.xlsx" % d.year, neikong_check(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.97 and not (k == "perf" and "mr_noperf" in H)]
    slot("mr", lambda d: ZH + "管理评审/%d年度科技运维管理评审会议纪要.docx" % d.year, lambda d: review_minutes(co, d, inputs))
    slot("iplan", lambda d: ZH + "持续改进/%d年度持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.85))
    if "ieval_pending" not in H:
        iname = (lambda d: ZH + "持续改进/附件%d.docx" % r.randint(2, 4)) if r.random() < 0.3 else \
            (lambda d: ZH + "持续改进/改进机会评估表_%s.docx" % ymd(d))
        slot("ieval", iname, lambda d: improve_eval(co, d))
    slot("itrack", lambda d: ZH + "持续改进/改进项目跟踪台账%d.xlsx" % d.year, lambda d: improve_track(co, d, r.random() < 0.85))
    if "aware" not in H:
        slot("aware", lambda d: ZH + "培训/%s持续改进宣贯签到.xlsx" % ymd(d), lambda d: awareness(co, d))
    slot("defects", lambda d: YW + "%s运维问题复盘及改进报告.docx" % yr(d), lambda d: defects(co, d))
    d = date(2026, 1, r.randint(8, 28))
    put(ZH + "工作总结/科技处2025年度工作总结%s.docx" % r.choice(["", "（定稿）", "(1)"]), year_report(co, d, r.random() < 0.6, r.random() < 0.85))
    if r.random() < 0.6:
        d = date(2025, 1, r.randint(8, 28))
        put("归档/2025年/科技处2024年度工作总结.docx", year_report(co, d, True, True))

    # --- 通关保障: real documents that prove nothing
    for what, m in r.sample([("2026年春节", 2), ("2026年“五一”", 4), ("2026年国庆", 9), ("第九届进口博览会", 11)], 2):
        d = date(2026, m, r.randint(1, 20))
        put("通关保障/%s/关于做好%s期间24小时通关保障工作的通知.docx" % (what, what), holiday_notice(co, d, what))
        if r.random() < 0.4:
            d2 = d + timedelta(days=r.randint(10, 18))
            put("通关保障/%s/保障工作总结.docx" % what, holiday_summary(co, d2, what))

    # --- 个人/: personal copies and scratch files under generic names
    if r.random() < 0.6:
        d = co.fresh()
        put("个人/%s/Book1.xlsx" % co.p(2), tickets(co, d, r.random() < 0.5))
    if r.random() < 0.5:
        d = co.fresh()
        put("个人/%s/新建 DOCX 文档.docx" % co.p(4), weekly(co, d))

    archive(co, made, put)
    decoys(co, lock_bytes, put, keys, H, ZH, YW, AQ, KH, YJ, VD)


def archive(co, made, put):
    """Last year's copies under 归档/<year>/: genuine, a year older, stale."""
    for name, factory, d in made:
        if co.rng.random() >= 0.2:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "归档/%d年/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        put(rel, factory(prev))


def decoys(co, lock_bytes, put, keys, H, ZH, YW, AQ, KH, YJ, VD):
    r = co.rng
    g = co.aq["guan"]
    # 空表 / 模板
    put(YW + "机房巡检/中心机房巡检记录表（空表）.xlsx", blank_sheet("中心机房巡检记录表", co.fresh(), ["日期", "设备", "运行状态", "告警", "巡检人"]))
    put(YW + "变更管理/信息系统变更申请单（模板）.docx",
        blank_paper("信息系统变更申请单", co.fresh(), ["变更内容", "影响范围", "测试验证", "回退方案", "审批意见", "实施结果"], "BG________"))
    put(ZH + "满意度测评/技术保障服务满意度测评表（空白问卷）.xlsx",
        blank_sheet("技术保障服务满意度测评表", co.fresh(), ["测评项", "非常满意", "满意", "一般", "不满意", "意见建议"]))
    put(YJ + "演练/应急演练记录表（模板）.docx", blank_paper("应急演练记录表", co.fresh(), ["演练时间", "演练场景", "演练过程", "演练结果", "存在问题"]))
    put(VD + "考核/运维服务季度考核评分表（空表）.xlsx",
        blank_sheet("运维服务季度考核评分表", co.fresh(), ["考核指标", "分值", "目标", "实际", "得分"]))
    # drafts
    d = co.fresh()
    put("个人/%s/技术保障协议修订（送审稿）.docx" % co.p(0), nullify(agreement(co, d, True, True, True), "draft (送审稿)", "（送审稿）"))
    d = co.fresh()
    put("个人/%s/%d年持续改进计划（讨论稿）.docx" % (co.p(3), d.year + 1), nullify(improve_plan(co, d, True), "draft (讨论稿)", "（讨论稿）"))
    d = co.fresh()
    put("个人/%s/管理评审纪要初稿.docx" % co.p(0), nullify(review_minutes(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]), "draft (初稿)", "（初稿）"))
    if r.random() < 0.6:
        d = co.fresh()
        put("科技处文件/征求意见/运维服务级别管理细则（征求意见稿）.docx", nullify(reg_doc(co, d, "slm"), "draft (征求意见稿)", "（征求意见稿）"))
    # 作废
    d = date(2020, 5, 18)
    put("科技处文件/已废止/信息系统运维问题管理细则（2020版，已废止）.docx", nullify(reg_doc(co, d, "problem"), "obsolete (已废止)", "（已废止）"))
    d = date(2019, 6, 3)
    put(YJ + "预案/作废/%s网络安全事件应急预案（2019版）作废.pdf" % g, nullify(emergency_plan(co, d, True, True), "obsolete (作废)", "（作废）"))
    # the recycle bin: copies of real documents
    nas = co.aq["nas"]
    who = co.p(r.randint(0, 5))
    bin_ = "%s/" % nas if nas == "#recycle" else ".recycle/%s/" % who
    put(bin_ + "%s数据备份恢复演练报告.docx" % ymd(co.fresh()), nullify(drill(co, co.fresh(), "dr"), "recycle bin"))
    put(bin_ + "变更记录导出_%s.xlsx" % ymd(co.fresh()), nullify(change_ledger(co, co.fresh(), True), "recycle bin"))
    put(bin_ + "运维服务整改通知单 - 副本.docx", nullify(rectify(co, co.fresh(), True), "recycle bin"))
    # notices, sign-ins, lists that only cite
    for what in ("%s网络安全事件应急预案" % g, "%s信息系统变更管理办法" % g, "运维服务持续改进管理细则"):
        if r.random() < 0.7 or (what.startswith("运维服务持续") and "aware" in H):
            d = co.fresh()
            put(ZH + "培训/%s《%s》学习签到表.xlsx" % (ymd(d), what), signin(co, d, what))
    put("科技处文件/关于公布现行有效科技管理制度目录的通知.docx", reg_index(co, co.fresh(), keys))
    d = co.fresh()
    put(ZH + "管理评审/关于召开%d年度科技运维管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    put("资质申报/CCRC安全运维/自评估表（工作底稿）.xlsx", ccrc_sheet(co, co.fresh()))
    # unrelated
    for i in sorted(r.sample(range(len(UNREL)), r.randint(2, 3))):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    # lock files, empty files, an image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith((".recycle", "#recycle"))]
    for rel in office[3:120:19]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(1)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw(YW + "2026年/值班记录/新建 XLSX 工作表.xlsx", b"", "empty file")
    raw(AQ + "2026年/日志审计/2026年第4季度日志审计分析报告.docx", b"", "empty file")
    raw(ZH + "满意度测评/2026年下半年技术保障服务满意度测评报告.docx", b"", "empty file")
    raw(YW + "2026年/值班记录/扫描全能王 %s %02d.%02d.pdf" % (ymd(co.fresh()), r.randint(8, 20), r.randint(0, 59)), MIN_PDF,
        "image-only scan without a text layer")
