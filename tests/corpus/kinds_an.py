# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_an.py - style AN: the 信息中心 of a prefecture-level city's 人力资源和社会保障局 (市人社局).

An author voice for the accuracy corpus, used only by the AN shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py and the README's ground-truth section; never the rules, the
sources or a score).  The 信息中心 is a 事业单位 under the 市人社局.  It runs the city's 金保工程 systems
(社会保险经办管理信息系统, 社保卡一卡通 and 制卡, 就业创业服务平台, 12333 咨询服务热线, 网上服务大厅 and 掌上
人社 APP, 基金监管/稽核系统) on the 人社专网 (up to the 省厅, down to the 县（市、区）人社局 and the 街道/社区
服务站点), with a contracted 运维服务公司 on site (驻场).  Since the 2019 机构改革 split 医保 from 人社, it
also operates, under a 运维服务协议, the systems the city's 医疗保障局 still keeps in its 机房 (the old 医疗
保险子系统, the 医保专网 to the 定点医药机构, the 经办 terminals and the 医保结算前置): the 医保局 is the form's
customer.

Its people write as a government bureau's technical unit does: the 局 发文 (X人社发〔2026〕N号) that 印发
a 办法 (第一章 总则 / 第一条 …, closing with 抄送 and 印发), the 中心's own notices (X人社信〔2026〕N号) for
细则, 操作规程 filed bare with a 制度编号, a 信息化管理制度汇编 whose 篇 are several of them, 省厅 通知
forwarded with a 转发 cover, 等级保护 定级/测评/整改, 数据安全 and 个人信息保护 (社保数据 脱敏, 查询 审批),
社保卡 制卡 and 卡管 records, 业务系统 升级 following the 省厅 版本, 经办窗口 报修, the 驻场 公司's 周报/月报
and the 中心's 季度考核 and 整改通知单, 局党组会/局长办公会/中心主任办公会 纪要, 政务服务 好差评, 信创 改造.
Folders: 局发文/<year>/, 转发省厅文件/, 中心制度/ (细则, 操作规程, 汇编), 综合科/, 系统运维科/<year>/,
网络安全科/<year>/ (等级保护/), 数据管理科/, 社会保障卡管理科/, 医保局运维服务/, 驻场运维管理/, 应急管理/,
信创改造/, 局内部审计/, 资质申报/, 其他/, 归档/<year>/, 个人/<name>/, and the NAS recycle bin (#recycle/,
.recycle/ or $RECYCLE.BIN/ by share).

Every builder returns a kinds.Doc listing as items only what its own text proves: a part of a document
lends its items only when it is written; a sheet without data rows proves nothing; a record older than a
year keeps its items (record=True) and is stale.  build(co, lock_bytes) lays out the whole share.

Judgement calls of this voice (also in readme.md):
- a 局 发文 filed whole (红头 + the 办法 after it) is the 办法; filed split, the 正文 (the 红头 that only
  says 现将《…》印发给你们) cites the 办法 and is a decoy, the 附件 is the 办法; the 信息化管理制度汇编 proves
  what its 篇 write (the 运维管理办法's PDCA chapter included, when that 篇 has it);
- the 运维管理办法 proves 10's PDCA only with its 管理模式 chapter; the 数据安全管理办法, the 网络安全工作
  责任制实施细则 and the 社保卡制卡数据交换业务操作规程 are real 制度 that prove nothing of the form;
- an 操作规程 of one operations module (防火墙, 防病毒, 数据库备份, 县区专网接入设备巡检, 堡垒机, 漏洞扫描) is
  24's work instruction and 11's manual; the 操作规程汇编 is one document;
- a 升级实施方案 that follows the 省厅 版本 is 25's test plan only with its 升级前测试验证 section and 25/11's
  rollback only with its 回退方案 section; the 信创改造实施方案 reads the same way; the 省厅's 版本升级通知
  and a bare 变更申请审批表 whose 审批 boxes are empty prove nothing; a signed, implemented 变更申请审批表
  and the 变更登记台账 are 54's change records and 43's process records;
- the 机房巡检记录表 proves each record kind whose sheet has rows (网络及安全设备 44/45/14, 防病毒 44/45's
  antivirus, 维护保养 14/44, 故障处理 44's faults, 版本升级 44's upgrades), its 动环 sheet alone nothing;
  the 县区人社专网节点巡检表 whose rows record the 县区 firewalls' and routers' state is 44's inspection,
  45's monitoring and 14's maintenance, one whose rows say only 正常 proves nothing; only the 硬件故障统计表
  is 14's statistics;
- the 运维服务台 (报修电话) is 48's service desk and its 坐席 培训 48's training; the 12333 热线 坐席's 政策
  业务培训 is the public consultation line, not the IT service desk, and proves nothing;
- the 运维平台 工单 export and the 经办窗口报修登记 are 43's process records and, with their 响应 column,
  55's response times; the 数据查询审批登记 is a data-protection control, not an operations process, and
  proves nothing, nor do the 脱敏规则, the 数据共享交换台账, the 个人信息保护影响评估, the 制卡批次台账, the
  即时制卡网点设备巡检 (card printers, not security devices) and the 社保卡应用推进 report;
- the 驻场 公司's 月报 is 50's monitoring report with its 趋势分析, 56's data with its ten-indicator table,
  18/22's availability report with its 可用率 section; its 周报 proves nothing; the 中心's 季度考核评分表 of
  the 驻场 公司 is 57's 监视测量清单 when it sets 服务级别达成率, 满意度 and 投诉 against targets, one that
  scores only 出勤, 纪律 and 文档 nothing; the 整改通知单 is 57's corrective action and, with its 复查意见
  filled, 66's effectiveness record; the 驻场人员考勤确认单 and the 服务确认单 prove nothing;
- the 驻场运维服务合同's 服务级别要求 is 8's service-level design with the third party (last year's contract in
  归档 too: a design does not age), the 中心's 科室运维协同约定 (which keeps the contract's levels) 8's OLA;
- the 局 网络安全和信息化领导小组 调整通知 is the org chart (9, 23) and, with the 驻场 members in the 运维
  执行组, 9's outsourcing; the 局党组会 纪要 that approves it and the 局长办公会 纪要 (运维服务费 结算, 信创
  资金) prove nothing; the 中心主任办公会纪要 proves each decision it records (the 接口人 28, the 运维服务台
  48, the ranked and approved 改进事项 67), and one that only says the 接口人 待另行明确 or that the 改进事项
  await 评估 proves nothing;
- the 局 审计科's audit of the 金保工程 项目资金 is no internal audit of the service system; the 政务服务
  好差评 statistics rate the 经办窗口's service to the public, not the IT service to the 医保局: both prove
  nothing; the 医保局's half-yearly 满意度测评 is 41/58/63's survey, the 趋势分析 41's trend, the 回访登记 63's
  follow-up;
- an 等保测评报告 that states the system's level and its 备案 is 51's grading like the 定级报告 and does not
  age; the 测评问题整改台账, the 漏洞扫描 export and the 态势感知周报 prove nothing;
- a 转发 cover (关于转发《省厅…》的通知) and the 现行有效制度目录 cite other documents and are decoys; the 省厅's
  own 版本升级通知, the 驻场 周报, the 信创 周报, the 数据库备份检查记录, the 值班记录 whose rows say only 正常,
  the 信息化工作要点 and the 政务服务好差评 statistics are real documents that prove nothing;
- a "- 副本" copy proves what its original proves; a copy in the NAS recycle bin proves nothing;
- the 网络安全事件应急预案 is 36/53's emergency plan, with its 恢复策略 section 55's plan and its 系统恢复
  section 36's recovery plan; a 网络安全应急演练 (实战 or 桌面推演) is 40's emergency drill and 53's drill, a
  数据备份恢复演练 / 灾备切换演练 only 40's recovery drill; an 演练方案 or 演练通知 nothing.
"""

import copy
from datetime import date, timedelta

from kinds import Doc

# per share: the city, its 发文字号, the 省厅, the customer, the 县区, the platforms, the NAS, and what
# this share never produced (gaps) or holds only in an old copy (olds)
AN_INFO = {
    "an1": {"prov": "楚北省", "city": "江州市", "fa": "江人社发", "ban": "江人社办发", "xin": "江人社信", "code": "JZRS",
            "ting": "楚北省人力资源和社会保障厅", "tingfa": "楚人社厅发", "yb": "江州市医疗保障局",
            "counties": ("江北区", "城南区", "石门县"), "itsm": "人社一体化运维服务平台", "tel": "0716-8826311",
            "ver": "V5.3", "bin": "#recycle/", "gis": "一体化监控平台",
            "ybsys": ("医疗保险子系统（历史数据查询）", "医保专网及定点医药机构接入区", "医保结算前置系统"),
            "gaps": {"dev", "trend", "aware", "pdca", "rel", "ola", "req", "forecast"},
            "olds": {"pt", "defects"}},
    "an2": {"prov": "淮海省", "city": "淮宁市", "fa": "淮宁人社发", "ban": "淮宁人社办发", "xin": "淮宁人社信", "code": "HNRS",
            "ting": "淮海省人力资源和社会保障厅", "tingfa": "淮人社厅发", "yb": "淮宁市医疗保障局",
            "counties": ("清江区", "涟河县", "洪泽区"), "itsm": "IT运维服务管理系统", "tel": "0517-83906312",
            "ver": "V6.1", "bin": ".recycle/", "gis": "运维监控平台",
            "ybsys": ("原医疗保险业务子系统", "医保专网（两定机构接入）", "医保移动支付及结算前置"),
            "gaps": {"kpis", "hist", "cat_l1", "bcp", "ieval", "rdrill", "mr_perf"},
            "olds": {"svc", "collect", "ia", "callbacks"}},
    "an3": {"prov": "蜀东省", "city": "嘉陵市", "fa": "嘉人社发", "ban": "嘉人社办发", "xin": "嘉人社信", "code": "JLRS",
            "ting": "蜀东省人力资源和社会保障厅", "tingfa": "蜀人社厅发", "yb": "嘉陵市医疗保障局",
            "counties": ("嘉陵区", "西充县", "阆水市"), "itsm": "运维工单系统", "tel": "0817-2236312",
            "ver": "V5.2", "bin": "#recycle/", "gis": "综合监控平台",
            "ybsys": ("医疗保险历史业务系统", "医保专网定点机构接入区", "医保结算前置及电子凭证系统"),
            "gaps": {"fee", "cat_l2", "cmdb", "slm", "preventive", "interface", "itrack"},
            "olds": {"kb", "hw", "logaudit"}},
    "an4": {"prov": "晋南省", "city": "河东市", "fa": "河东人社发", "ban": "河东人社办发", "xin": "河东人社信", "code": "HDRS",
            "ting": "晋南省人力资源和社会保障厅", "tingfa": "晋人社厅发", "yb": "河东市医疗保障局",
            "counties": ("盐湖区", "永乐市", "临猗县"), "itsm": "金保工程运维管理平台", "tel": "0359-2026312",
            "ver": "V6.0", "bin": "$RECYCLE.BIN/", "gis": "一体化运维监控平台",
            "ybsys": ("医疗保险子系统（只读）", "医保专网及两定机构接入", "医保结算前置系统"),
            "gaps": {"roles", "compat", "sec_stats", "pt_plan", "edrill", "desk_train", "iplan", "kpi"},
            "olds": {"rect", "trend"}},
}

# keys a share may additionally lose by chance (each is one more realistic hole, never a whole area)
SOFT = ["kb", "callbacks", "ci", "baseline", "guide", "drplan", "prev", "svc", "hw", "collect"]

ZHN = "〇一二三四五六七八九"
HAN = "零一二三四五六七八九"


def han(n):
    """第二十三条: a count in Chinese numerals (1-99)."""
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def sign_date(d):
    """二〇二六年三月五日, as a 红头 is signed."""
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
        return "%d/%d/%d" % (d.year, d.month, d.day)
    return "%d年%02d月%02d日" % (d.year, d.month, d.day)


def quarter(d):
    return (d.month - 1) // 3 + 1


def last_quarter(d):
    """(year, quarter) of the quarter before d's: what a report written early in a quarter covers."""
    q = quarter(d) - 1
    return (d.year, q) if q else (d.year - 1, 4)


class Paper:
    """A written document assembled part by part; only the parts that are written lend items.
    Headings are numbered as they are written (一、 / 1. / （一）), so a missing part leaves no gap."""

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
    """A workbook: sheets of (name, header, rows, items); a sheet with no data rows lends nothing."""
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


def blank_sheet(title, d, cols, n=12, sheet="Sheet1"):
    return Doc("blank", title, d, [], False,
               sheets=[(sheet, [[title], ["填报单位（盖章）：", "", "", "填报日期：    年  月  日"], cols] +
                        [[""] * len(cols) for _ in range(n)] + [["填表人：", "", "审核人：", ""]])], decoy="template")


def blank_paper(title, d, heads, note="（本表一式两份）"):
    b = [("title", title), ("p", "编号：____________        日期：______年____月____日")]
    for h in heads:
        b += [("h1", h), ("p", "（请填写）"), ("p", " ")]
    b += [("p", "经办人：              科室负责人：              中心领导："), ("p", note)]
    return Doc("blank", title, d, [], False, b, decoy="template")


# ------------------------------------------------------------------------------ 发文

def next_no(co, d, which):
    key = (which, d.year)
    co.an_no[key] = co.an_no.get(key, co.rng.randint(3, 20)) + co.rng.randint(1, 9)
    pre = {"fa": co.an["fa"], "ban": co.an["ban"], "xin": co.an["xin"]}[which]
    return "%s〔%d〕%d号" % (pre, d.year, co.an_no[key])


def bureau(co):
    return co.an["city"] + "人力资源和社会保障局"


def centre(co):
    return bureau(co) + "信息中心"


def red_top(co, d, subject, which="fa", to=None):
    """The 红头 of a 局 文件 (fa / ban) or of the 中心's own notice (xin)."""
    no = next_no(co, d, which)
    if which == "fa":
        issuer = "%s文件" % bureau(co)
    elif which == "ban":
        issuer = "%s办公室文件" % bureau(co)
    else:
        issuer = centre(co)
    if to is None:
        to = ("各县（市、区）人力资源和社会保障局，局机关各科室、局属各单位：" if which != "xin"
              else "中心各科室，驻场运维单位：")
    return [("big", issuer), ("p", no), ("title", subject), ("p", to)], no


def colophon(co, d, which="fa"):
    org = bureau(co) if which != "xin" else centre(co)
    office = (bureau(co) + "办公室") if which != "xin" else (centre(co) + "综合科")
    return [("p", org), ("p", sign_date(d)),
            ("p", co.rng.choice(["（此件不公开）", "（此件依申请公开）", "（此件不公开）"])),
            ("p", "抄送：%s，%s信息中心。" % (co.an["yb"], co.an["ting"])),
            ("p", "%s                    %s印发" % (office, cnd(d + timedelta(days=co.rng.randint(0, 2)))))]


# key: (name, level, [(chapter, [articles], items, optional)])
#   level: fa = 局办法 by 红头, ke = 中心细则 by 中心通知, gc = 规程 filed bare with a 制度编号
REGS = {
    "yunwei": ("信息系统运行维护管理办法", "fa", [
        ("总则", ["为加强全市人力资源和社会保障信息系统运行维护管理，保障金保工程各业务系统安全、稳定、高效运行，根据《中华人民共和国"
                 "网络安全法》《中华人民共和国数据安全法》和省人力资源社会保障厅信息化管理有关规定，结合我市实际，制定本办法。",
                 "本办法适用于市人力资源和社会保障局信息中心（以下简称信息中心）承担运维的社会保险经办管理信息系统、社会保障卡一卡通及"
                 "制卡系统、就业创业服务平台、12333咨询服务热线、网上服务大厅及掌上人社APP、基金监管稽核系统和人社专网，以及按运维服务"
                 "协议为{yb}提供的信息系统运维服务。"], [], False),
        ("管理模式", ["运维管理实行“计划—执行—检查—改进”（PDCA）闭环管理。信息中心每年初制定年度运维工作计划、服务目标和服务目录"
                   "（计划）；",
                   "各科室和驻场运维单位按本办法及相关细则、操作规程提供运维服务（执行）；",
                   "信息中心通过运行指标监测、驻场运维考核、内部审核和管理评审对运维服务进行检查评价（检查）；",
                   "对检查发现的问题和未完成的目标制定纠正和预防措施，纳入年度持续改进计划并跟踪验证（改进），形成闭环。"],
         ["10/pdca"], True),
        ("职责分工", ["市局网络安全和信息化领导小组统筹全市人社信息化和网络安全工作。信息中心是运维管理的归口部门，系统运维科、网络"
                   "安全科、数据管理科、社会保障卡管理科按职责分工负责；各县（市、区）人力资源和社会保障局负责本级人社专网接入设备和经办"
                   "终端的日常管理；驻场运维单位在信息中心统一管理下承担具体运维工作。"], [], False),
        ("日常运行管理", ["中心机房实行7×24小时值班制度，值班人员按规定巡检并如实填写值班记录。",
                     "业务系统按省厅统一版本组织升级，不得擅自修改省厅统一部署的程序和参数。"], [], False),
        ("附则", ["本办法由信息中心负责解释，自印发之日起施行。原《信息系统运维管理暂行办法》同时废止。"], [], False)]),
    "change": ("信息系统变更管理办法", "fa", [
        ("总则", ["为规范人社信息系统变更，降低变更对社会保险经办和社会保障卡服务的影响，制定本办法。",
                 "本办法所称变更，是指对生产环境中的网络及安全设备、服务器、数据库、中间件、应用程序、业务参数和资源配置的新增、修改、"
                 "删除和升级。"], [], False),
        ("变更分类", ["变更分为标准变更、一般变更、重大变更和紧急变更。涉及社会保险经办系统核心参数、社保卡制卡数据接口、人社专网核心设备"
                   "和省厅统一版本升级的，为重大变更。"], [], False),
        ("变更流程", ["变更实施单位填写《信息系统变更申请审批表》，写明变更内容、影响范围、测试验证情况、实施时间窗口和回退方案。",
                   "一般变更由科室负责人审批；重大变更由信息中心变更评审小组评审、中心主任审批，并提前告知受影响的县（市、区）人社局和{yb}。",
                   "变更原则上在工作日18:00以后或周末实施，避开每月社保费征缴和待遇发放高峰。",
                   "变更实施后由实施人和业务科室共同验证，验证不通过的，立即按回退方案回退。",
                   "紧急变更经中心主任电话同意后可先行实施，于下一个工作日内补办审批手续。",
                   "变更的申请、审批、实施、验证、回退和关闭情况记入变更登记台账，按月统计分析。"], ["54/procedure"], False),
        ("附则", ["本办法自印发之日起施行。"], [], False)]),
    "secevent": ("网络安全事件报告与处置办法", "fa", [
        ("总则", ["为规范全市人社系统网络安全事件的报告和处置，减少事件造成的损失和社会影响，根据国家和省网络安全事件报告有关规定，制定"
                 "本办法。"], [], False),
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件（含数据泄露）、设备设施故障、灾害性事件和其他事件；按照"
                       "影响范围和危害程度分为特别重大、重大、较大和一般四级。泄露社会保险个人权益数据1万条以上的，按较大及以上事件处置。"],
         [], False),
        ("事件报告", ["各科室、各县（市、区）人社局和驻场运维单位发现网络安全事件，应立即向信息中心网络安全科报告；较大及以上事件，信息中心"
                   "在30分钟内电话报告局分管领导，1小时内书面报告局网络安全和信息化领导小组办公室，并按规定报告省厅和属地网信、公安部门。"],
         ["30/reporting-process"], False),
        ("事件处置", ["事件处置按照先期处置、研判定级、隔离遏制、清除恢复、验证总结的程序进行，网络安全科全程做好处置记录。"],
         ["30/response-process", "31/incident-process"], False),
        ("应急响应", ["事件达到《网络安全事件应急预案》启动条件的，由领导小组宣布启动相应级别应急响应，成立现场处置组；事件得到控制、系统"
                   "恢复后宣布终止应急响应。"], ["34/emergency-process"], True),
        ("事后处理", ["事件处置结束后5个工作日内，网络安全科形成事件调查报告，查明原因、认定责任、提出整改措施，并更新运维知识库和应急预案。"],
         ["34/incident-process"], False),
        ("附则", ["本办法自印发之日起施行。"], [], False)]),
    "data": ("数据安全管理办法", "fa", [
        ("总则", ["为加强人社数据安全管理，保护参保人员个人信息，根据《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，制定"
                 "本办法。"], [], False),
        ("数据分类分级", ["人社数据分为核心数据、重要数据和一般数据。社会保险个人权益记录、社会保障卡持卡人信息属于敏感个人信息，按重要数据"
                       "管理。"], [], False),
        ("数据查询", ["个人权益数据查询实行“一事一批”，查询人填写《数据查询申请审批单》，经科室负责人和数据管理科审核，在查询审批登记簿"
                   "登记；批量查询和对外提供须经局分管领导批准。"], [], False),
        ("数据脱敏", ["开发测试环境一律使用脱敏数据；公民身份号码、银行账号、手机号码按《社保数据脱敏规则》处理后方可导出。"], [], False),
        ("数据共享", ["与{yb}、税务、民政等部门共享数据，须签订数据共享协议，明确用途、范围和安全责任，共享情况登记在数据共享交换台账。"],
         [], False),
        ("附则", ["本办法自印发之日起施行。"], [], False)]),
    "resp": ("网络安全工作责任制实施细则", "fa", [
        ("总则", ["为落实网络安全工作责任制，根据党委（党组）网络安全工作责任制实施办法，结合我局实际，制定本细则。"], [], False),
        ("责任分工", ["局党组对全局网络安全工作负主体责任，局主要负责人是第一责任人，分管领导是直接责任人；各科室、各单位主要负责人对本单位"
                   "网络安全工作负责。"], [], False),
        ("考核与问责", ["网络安全工作纳入局年度目标考核；发生较大及以上网络安全事件的，按规定追究责任。"], [], False)]),
    "event": ("运维事件管理细则", "ke", [
        ("总则", ["为及时恢复人社信息系统正常运行，减少运维事件对经办服务的影响，制定本细则。"], [], False),
        ("事件受理", ["运维事件来源包括监控告警、机房巡检、经办窗口报修、县（市、区）人社局和{yb}报障、12333热线转办。运维服务台统一受理，"
                   "在{itsm}登记工单。"], ["49/incident-procedure"], False),
        ("分级与处置", ["运维事件分为一级（全市社保经办或社保卡业务中断）、二级（单个县区或单项业务中断）、三级（单个窗口或终端故障）、四级"
                     "（咨询类）；一级事件15分钟内响应，二级事件30分钟内响应，三级事件2小时内响应。",
                     "一线不能解决的，升级至系统运维科或厂商二线；涉及省厅集中系统的，报省厅信息中心协调处理。",
                     "事件解决后，服务台回访报修人确认恢复，关闭工单。"], ["49/incident-procedure"], False),
        ("附则", ["本细则由信息中心系统运维科负责解释。"], [], False)]),
    "request": ("运维服务请求管理细则", "ke", [
        ("总则", ["为规范经办人员账号开立与权限调整、数字证书（UKey）办理、终端接入人社专网、读卡器及打印机驱动安装等运维服务请求的受理"
                 "和办理，制定本细则。"], [], False),
        ("申请与审批", ["服务请求通过{itsm}或《运维服务申请单》提交，经申请单位负责人签字；涉及经办权限和数据查询的，按《数据安全管理办法》"
                     "履行审批。"], ["49/request-procedure"], False),
        ("办理与关闭", ["运维服务台登记后按服务目录规定时限派单办理，办结后电话回访确认并关闭请求。"], ["49/request-procedure"], False)]),
    "problem": ("运维问题管理细则", "ke", [
        ("总则", ["为查找并消除反复发生或影响较大的运维事件的根本原因，防止同类事件再次发生，制定本细则。"], [], False),
        ("问题的识别与记录", ["同一故障一个月内发生3次及以上、二级及以上运维事件和失败变更，均应在{itsm}建立问题单。"],
         ["20/procedure", "37/procedure"], False),
        ("根因分析与解决", ["问题责任科室在10个工作日内完成根本原因分析，提出临时规避措施和永久解决方案，需要变更的按变更管理办法实施。",
                        "问题解决后经验证关闭，形成已知错误记录纳入运维知识库；未关闭问题在月度运维例会上通报。"],
         ["20/procedure", "37/procedure"], False)]),
    "knowledge": ("运维知识管理细则", "ke", [
        ("总则", ["为积累和共享运维经验，建立运维知识库，提高故障处置效率，制定本细则。"], [], False),
        ("知识的提交与审核", ["运维人员在事件、问题处置和变更实施后提交知识条目，经科室知识管理员审核后在{itsm}知识库发布。"],
         ["21/procedure"], False),
        ("知识的使用与维护", ["知识库向中心、驻场运维人员和县区人社局信息管理员开放查询；知识管理员每季度复核一次，过期条目予以废止。"],
         ["21/procedure"], False)]),
    "slm": ("运维服务级别管理细则", "ke", [
        ("总则", ["为规范信息中心运维服务级别的设计、约定、监测和评审，制定本细则。"], [], False),
        ("服务级别的约定", ["信息中心根据局内各业务科室、各县区人社局和{yb}的需求制定服务目录和服务级别，与{yb}签订运维服务协议，约定服务"
                        "时间、响应时限和核心指标；与驻场运维单位在合同中约定相应的服务级别。"], ["39/slm-procedure"], False),
        ("监测与评审", ["服务级别达成情况按月统计、按季通报，每年与{yb}评审一次运维服务协议，未达标的项目纳入改进计划。"],
         ["39/slm-procedure"], False)]),
    "audit": ("运维管理体系内部审核细则", "ke", [
        ("总则", ["为验证信息中心运维管理体系符合标准要求并有效实施和保持，制定本细则。"], [], False),
        ("审核安排", ["信息中心每年至少组织一次覆盖全部运维过程的内部审核，内审员经培训合格，不审核本科室工作。",
                   "内部审核按年度审核方案、审核计划、首次会议、现场审核、不符合项报告、末次会议和整改跟踪验证的程序进行，审核结果提交"
                   "管理评审。"], ["61/audit-system", "62/audit-mechanism"], False)]),
    "monitor": ("运维服务监视和测量细则", "ke", [
        ("总则", ["为掌握运维服务目标实现情况，及时发现和纠正偏差，制定本细则。"], [], False),
        ("监视内容与方法", ["监视和测量的内容包括服务级别达成率、{yb}及经办窗口满意度、投诉建议、驻场运维考核结果和各项运维指标。",
                         "综合科按月汇总指标，按季开展满意度回访和驻场运维考核，未达到目标的启动纠正预防措施并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], False)]),
    "improve": ("运维服务持续改进管理细则", "ke", [
        ("总则", ["为规范运维服务改进措施的识别、记录、批准、评估、测量和报告，制定本细则。"], [], False),
        ("改进的管理", ["改进机会来源于内部审核、等保测评、上级检查、{yb}和经办窗口投诉、事件和问题分析、指标未达标。",
                     "改进机会由提出科室登记，综合科按评估标准评分排序，报中心主任办公会批准后实施。",
                     "改进实施效果由综合科测量验证，改进情况在管理评审中报告。"], ["65/procedure"], False)]),
    "preventive": ("预防性维护管理细则", "ke", [
        ("总则", ["为在故障发生前消除潜在的不符合和运行隐患，制定本细则。"], [], False),
        ("预防措施", ["各科室通过趋势分析、容量预警、巡检发现和设备生命周期评估识别潜在问题，制定预防性维护措施，经科室负责人批准后实施。",
                   "预防措施实施后一个月内由综合科验证其有效性并记录在《预防性维护措施验证记录》。"], ["66/preventive-actions"], False)]),
    "training": ("网络安全培训服务工作规程", "gc", [
        ("目的", ["规范信息中心为局机关、各县区人社局和{yb}开展的网络安全培训服务。"], [], False),
        ("工作流程", ["培训需求收集→制定年度培训计划→课件编写与审核→组织实施并签到→考试考核→效果评估→资料归档。"],
         ["31/training-process"], False)]),
    "pentest": ("渗透测试工作规程", "gc", [
        ("目的", ["规范对网上服务大厅、掌上人社APP等互联网系统和人社专网内部系统的渗透测试。"], [], False),
        ("工作流程", ["取得系统主管科室书面授权→确定测试范围和时间窗口→信息收集→漏洞发现与验证→编写测试报告→督促整改→复测。",
                   "测试不得使用可能造成拒绝服务或数据破坏的手段，测试期间值班人员全程监控业务系统运行。"],
         ["31/pentest-process"], False)]),
}


def fill(co, s):
    return s.replace("{yb}", co.an["yb"]).replace("{itsm}", co.an["itsm"])


def reg_chapters(co, key, drop_optional=False):
    """The 章/条 body of a 办法, 细则 or 规程; returns (blocks, items)."""
    name, level, chs = REGS[key]
    b, items, t, ci = [], [], 0, 0
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


def full_name(co, key):
    name, level, _ = REGS[key]
    return (co.an["city"] + "人力资源和社会保障局" + name) if level == "fa" else name


def reg_doc(co, d, key, drop_optional=False):
    """A 办法/细则 as issued (the 红头 with the 办法 after it); a 规程 bare with its 制度编号."""
    name, level, _ = REGS[key]
    body, items = reg_chapters(co, key, drop_optional)
    if level == "gc":
        code = "%s-XXZX-GC-%02d" % (co.an["code"], list(REGS).index(key))
        b = [("title", name), ("table", [["制度编号", code, "制度类别", "工作规程"],
                                         ["归口科室", "网络安全科", "版本", "V%d.%d" % (co.rng.randint(1, 2), co.rng.randint(0, 3))],
                                         ["施行日期", any_date(co, d), "签发", co.boss]])] + body
        doc = Doc("reg:" + key, name, d, sorted(set(items)), False, b)
        doc.an_no = code
        return doc
    fn = full_name(co, key)
    which = "fa" if level == "fa" else "xin"
    top, no = red_top(co, d, "关于印发《%s》的通知" % fn, which)
    b = top + [("p", "现将《%s》印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向%s反馈。"
                % (fn, "局信息中心" if level == "fa" else "中心综合科"))] + \
        colophon(co, d, which) + [("break",), ("title", fn)] + body
    doc = Doc("reg:" + key, name, d, sorted(set(items)), False, b)
    doc.an_no = no
    return doc


def reg_split(co, d, key, drop_optional=False):
    """The same 发文 filed as two files: the 正文 (only the 红头 and its one sentence) and the 附件 (the 办法)."""
    name, level, _ = REGS[key]
    fn = full_name(co, key)
    which = "fa" if level == "fa" else "xin"
    top, no = red_top(co, d, "关于印发《%s》的通知" % fn, which)
    body = top + [("p", "现将《%s》印发给你们，请认真贯彻执行。" % fn), ("p", "附件：%s" % fn)] + colophon(co, d, which)
    zw = Doc("zhengwen", "发文正文", d, [], False, body, decoy="notice citing the 办法 it issues")
    chs, items = reg_chapters(co, key, drop_optional)
    fj = Doc("reg:" + key, name, d, sorted(set(items)), False, [("p", "附件"), ("title", fn)] + chs)
    return no, zw, fj


def compilation(co, d, keys, drop=()):
    """信息化管理制度汇编: each 篇 is one 办法/细则/规程; proves what its 篇 write."""
    b = [("p", bureau(co)), ("title", "%s信息化管理制度汇编" % bureau(co)), ("p", "（%d年版）" % d.year),
         ("p", "局信息中心 编印"), ("p", cnd(d)), ("break",), ("h1", "编印说明"),
         ("p", "为便于各科室、各县（市、区）人社局和驻场运维人员学习执行，信息中心对现行有效的信息化管理制度进行了清理和汇编。本汇编收录"
               "截至%d年%d月现行有效的制度%d项；汇编文本与正式发文不一致的，以正式发文为准。" % (d.year, d.month, len(keys))),
         ("h1", "目  录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "%s、%s ………………………… %d" % (han(i), full_name(co, k), 1 + 5 * i)))
    items = []
    for i, k in enumerate(keys, 1):
        body, its = reg_chapters(co, k, k in drop)
        b += [("break",), ("h1", full_name(co, k))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("compilation", "信息化管理制度汇编", d, sorted(set(items)), False, b)


def reg_index(co, d, keys):
    b = [("title", "关于公布现行有效信息化管理制度目录的通知"), ("p", "中心各科室、驻场运维单位："),
         ("p", "经清理，现行有效的信息化管理制度共%d项，目录如下，请对照执行：" % len(keys))] + \
        [("p", "%d. 《%s》" % (i, full_name(co, k))) for i, k in enumerate(keys, 1)] + \
        [("p", centre(co)), ("p", any_date(co, d))]
    return Doc("reg_index", "制度目录", d, [], False, b, decoy="list citing 办法 by 《》")


# ------------------------------------------------------------------------------ 操作规程

OPS = {
    "fw": ("人社专网防火墙策略维护操作规程", ["核对变更申请审批表编号和审批状态，通过堡垒机登录防火墙管理界面",
                                      "策略调整前导出当前配置并备份至配置服务器", "按审批表逐条新增或删除访问控制策略，核对源地址、目的地址和端口",
                                      "验证县区经办业务访问正常，在变更登记台账回填实施结果"]),
    "av": ("经办终端防病毒系统维护操作规程", ["每日检查防病毒服务器病毒库版本和各县区经办终端在线率", "对离线超过7天的终端通知所在县区信息管理员处理",
                                      "每周组织全网查杀，导出查杀报告", "发现病毒按《网络安全事件报告与处置办法》报告网络安全科"]),
    "db": ("社保核心数据库备份与恢复操作规程", ["每日检查全量和增量备份任务执行结果及备份集完整性", "每周将备份集复制至异地备份存储",
                                       "每季度在测试环境抽取备份集进行恢复验证，核对参保人数和基金账户余额", "恢复验证结果记入数据库备份检查记录"]),
    "link": ("县区人社专网接入设备巡检操作规程", ["通过网管平台检查各县区接入路由器、防火墙在线状态和链路质量",
                                         "登录设备检查CPU、内存、会话数和告警日志", "核对设备配置与基线是否一致，记录差异",
                                         "发现异常在工单平台登记并通知县区信息管理员"]),
    "bastion": ("堡垒机运维审计操作规程", ["驻场运维人员一律通过堡垒机访问生产服务器和网络设备", "运维账号按最小权限授权，离场当日回收",
                                    "每周抽查运维会话录像，核对操作与工单、变更是否一致", "发现越权或未经审批的操作，报告网络安全科处理"]),
    "scan": ("漏洞扫描操作规程", ["确认扫描授权和时间窗口，避开每月待遇发放日", "按资产台账配置扫描任务并执行",
                             "复核高危、中危漏洞，排除误报", "出具扫描报告，下发整改通知并跟踪复扫"]),
}


def ops_guide(co, d, key):
    name, steps = OPS[key]
    code = "%s-XXZX-CZ-%02d" % (co.an["code"], list(OPS).index(key) + 1)
    p = Paper(name, "dig").head(("p", "制度编号：%s    施行日期：%s    归口科室：%s" % (
        code, any_date(co, d), "网络安全科" if key in ("av", "bastion", "scan") else "系统运维科")))
    p.part("适用范围", ["适用于信息中心运维人员和驻场运维人员在生产环境执行本项作业。"])
    p.part("操作步骤", ["（%d）%s；" % (i, s) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    p.part("注意事项", ["作业实行双人复核，一人操作、一人监督；作业完成后按要求填写相应记录。"])
    return p.doc("ops_guide", d, False)


def ops_book(co, d, keys):
    b = [("title", "信息中心运维操作规程汇编（%d年）" % d.year), ("p", "系统运维科、网络安全科 编    %s" % cnd(d)),
         ("p", "本汇编收录运维操作规程%d项，驻场运维人员入场培训时须逐项学习。" % len(keys))]
    for i, k in enumerate(keys, 1):
        name, steps = OPS[k]
        b += [("h1", "%s、%s" % (han(i), name))] + [("p", "%d. %s。" % (j, s)) for j, s in enumerate(steps, 1)]
    return Doc("ops_book", "运维操作规程汇编", d, ["24/work-instructions", "11/manuals"], False, b)


def card_rule(co, d):
    p = Paper("社会保障卡制卡数据交换业务操作规程", "dig").head(
        ("p", "制度编号：%s-SBK-CZ-03    社会保障卡管理科    %s" % (co.an["code"], any_date(co, d))))
    p.part("适用范围", ["适用于社会保障卡申领数据的审核、制卡数据包生成、向省卡管中心和制卡厂商传送以及成品卡回盘。"])
    p.part("操作步骤", ["（1）每日16:00前汇总各县区和银行网点的申领数据，核对照片和身份信息；",
                        "（2）通过省卡管系统生成制卡数据包，经科长审核后加密传送；",
                        "（3）成品卡到达后导入回盘数据，更新卡状态为“已制卡待发放”。"])
    p.part("注意事项", ["制卡数据包不得通过互联网邮箱传送；回盘异常数据当日报省卡管中心。"])
    return p.doc("card_rule", d, False)


# ------------------------------------------------------------------------------ 组织、人员、纪要

def leaders(co):
    """The 局's leaders, named once per share."""
    if not hasattr(co, "an_lead"):
        r = co.rng
        co.an_lead = [r.choice("贺龚邱钟向熊石廖常万戴傅") + r.choice(["卫东", "建华", "国平", "丽萍", "振宇", "红梅", "志刚", "新民"])
                      for _ in range(3)]
    return co.an_lead


def leading_group(co, d, vendor):
    top, no = red_top(co, d, "关于调整%s网络安全和信息化领导小组的通知" % bureau(co), "ban")
    lj, fj, _ = leaders(co)
    rows = [["机构", "职务", "姓名", "单位及职务"],
            ["领导小组", "组长", lj, "局党组书记、局长"], ["领导小组", "副组长", fj, "局党组成员、副局长"],
            ["领导小组", "成员", co.boss, "局信息中心主任"], ["领导小组", "成员", "办公室、社会保险科、就业促进科、基金监督科负责人", "局机关"],
            ["领导小组办公室", "主任", co.boss, "设在局信息中心"],
            ["管理组", "组长", co.p(0), "信息中心综合科科长"], ["管理组", "成员", "%s、%s" % (co.p(1), co.p(3)), "网络安全科、数据管理科"],
            ["运维执行组", "组长", co.p(2), "信息中心系统运维科科长"],
            ["运维执行组", "成员", "%s、%s" % (co.p(4), co.p(5)), "系统运维科、社会保障卡管理科"]]
    if vendor:
        rows.append(["运维执行组", "驻场成员", "%s、%s、%s" % (co.vp(0), co.vp(1), co.vp(2)), "%s（驻场运维单位）" % co.vendor])
    b = top + [("p", "因人事变动和工作需要，经局党组研究，决定对局网络安全和信息化领导小组及其工作机构进行调整。现将调整后的组成人员通知如下："),
               ("h1", "一、领导小组"), ("p", "负责全局网络安全和信息化工作的统筹协调和重大事项决策，审定运维服务方针、目标和年度计划。"),
               ("h1", "二、领导小组办公室及管理组"),
               ("p", "领导小组办公室设在局信息中心，管理组负责制度建设、等级保护、内部审核、驻场运维考核和网络安全检查。"),
               ("h1", "三、运维执行组"),
               ("p", "负责机房值班、巡检、变更实施、经办窗口报修处理和应急处置%s。" %
                ("；驻场运维单位派驻人员纳入运维执行组统一管理" if vendor else "")),
               ("table", rows)] + colophon(co, d, "ban")
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else [])
    return Doc("leading_group", "领导小组调整通知", d, items, False, b)


def party_minutes(co, d):
    lj, fj, _ = leaders(co)
    b = [("title", "中共%s党组会议纪要" % bureau(co)), ("p", "〔%d〕%d号" % (d.year, co.rng.randint(6, 22))),
         ("p", "%s，局党组书记、局长%s主持召开党组会议。纪要如下：" % (cnd(d), lj)),
         ("h1", "一、研究调整局网络安全和信息化领导小组"), ("p", "会议同意信息中心提出的领导小组成员调整方案，由局办公室行文。"),
         ("h1", "二、研究意识形态和网络安全工作责任制落实情况"), ("p", "会议听取了%s同志的汇报，要求各科室落实“一岗双责”。" % fj),
         ("h1", "三、其他事项"), ("p", "会议研究了干部教育培训计划和基层党组织建设有关事项。")]
    return Doc("party_minutes", "党组会纪要", d, [], True, b)


def director_minutes(co, d):
    lj, fj, _ = leaders(co)
    b = [("title", "%s局长办公会议纪要" % bureau(co)), ("p", "第%d期" % co.rng.randint(5, 30)),
         ("p", "%s，%s局长主持召开局长办公会议，研究以下事项：" % (cnd(d), lj)),
         ("h1", "一、关于%s信息系统运维服务费拨付" % co.an["yb"]),
         ("p", "会议听取了信息中心关于%s运维服务协议%d年度执行情况的汇报，同意按协议和财政核定标准办理运维服务费结算。"
          % (co.an["yb"], d.year - 1 if d.month < 4 else d.year)),
         ("h1", "二、关于信创改造资金"), ("p", "会议原则同意将社会保险经办系统信创适配改造列入年度预算，由规划财务科会同信息中心申报。"),
         ("h1", "三、关于社保卡“一卡通”推进工作"), ("p", "会议要求加快推进社保卡在交通出行、文化旅游领域的应用。")]
    return Doc("director_minutes", "局长办公会纪要", d, [], True, b)


def staff_roster(co, d, outs):
    own = [[i + 1, co.p(i), ["综合科", "网络安全科", "系统运维科", "数据管理科", "系统运维科", "社会保障卡管理科"][i],
            ["科长", "网络安全管理岗", "系统运维岗", "数据管理岗", "网络运维岗", "卡管系统岗"][i], "事业编制",
            "1%d%09d" % (co.rng.choice([3, 5, 8]), co.rng.randint(0, 10 ** 9 - 1))] for i in range(6)]
    ven = [[i + 1, co.vp(i), co.vendor, ["主机及数据库运维", "网络及安全运维", "运维服务台"][i], "运维执行组",
            "%d-%02d-%02d" % (d.year - 1, 3 + i, 1 + 7 * i)] for i in range(3)] if outs else []
    return ledger("staff_roster", "信息中心运维人员名册（%s）" % cnd(d), d, True, [
        ("中心人员", ["序号", "姓名", "科室", "岗位", "人员性质", "联系电话"], own, ["9/staff-list"]),
        ("驻场运维人员", ["序号", "姓名", "所属单位", "岗位", "所在工作组", "入场日期"], ven, ["9/outsourcing"])])


def roles_sheet(co, d):
    rows = [["服务级别管理", "运维服务协议、服务目录维护，服务级别达成统计", "管理组（综合科）", co.p(0)],
            ["安全管理", "等级保护、安全策略、漏洞和安全事件管理、应急响应", "管理组（网络安全科）", co.p(1)],
            ["系统运维", "社会保险经办系统、就业创业平台、网上服务大厅日常运维", "运维执行组（系统运维科）", co.p(2)],
            ["数据管理", "数据备份、数据查询审批、脱敏", "管理组（数据管理科）", co.p(3)],
            ["网络运维", "人社专网及安全设备维护", "运维执行组（系统运维科）", co.p(4)],
            ["服务台", "经办窗口报修受理、派单、回访", "运维执行组（驻场）", co.vp(2)],
            ["配置管理", "资产台账和配置库维护", "管理组（综合科）", co.p(5)]]
    return ledger("roles", "信息中心运维岗位及角色清单", d, False, [
        ("角色", ["角色", "主要职责", "对应工作组", "责任人"], rows, ["18/roles", "23/roles"])])


def interface_notice(co, d):
    top, no = red_top(co, d, "关于明确网络安全管理接口人的通知", "xin")
    b = top + [("p", "为做好与省厅、%s、属地网信和公安部门的网络安全工作对接，中心明确网络安全科%s为网络安全管理接口人，负责网络安全"
                     "事件通报、安全检查配合、安全管理文件的接收与传达，%s为B角。各县（市、区）人社局同时明确本单位网络安全联络员，报中心"
                     "备案。" % (co.an["yb"], co.p(1), co.p(3)))] + colophon(co, d, "xin")
    return Doc("interface", "接口人通知", d, ["28/interface-person"], False, b)


def desk_notice(co, d):
    top, no = red_top(co, d, "关于设立信息系统运维服务台的通知", "xin",
                      to="局机关各科室、局属各单位，各县（市、区）人社局，%s：" % co.an["yb"])
    b = top + [("p", "为统一受理经办窗口和各单位的信息系统故障报修与服务请求，中心设立运维服务台，报修电话%s，工作日8:00-18:00"
                     "人工受理，其他时间转值班手机，7×24小时响应。" % co.an["tel"]),
               ("p", "运维服务台职责：受理电话、%s工单和QQ群报修；登记、分级、派单；跟踪处理进度；回访确认和关闭。" % co.an["itsm"]),
               ("p", "运维服务台由系统运维科管理，坐席由驻场运维人员%s和中心%s担任。" % (co.vp(2), co.p(4)))] + colophon(co, d, "xin")
    return Doc("desk", "运维服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[d.isoformat(), "运维服务台坐席岗前培训", "报修受理与分级、%s派单、经办终端常见故障处置" % co.an["itsm"], co.p(2), n, "合格"]
            for n in (co.vp(2), co.p(4), co.vp(1))]
    return ledger("desk_training", "运维服务台坐席培训记录", d, True, [
        ("培训记录", ["日期", "培训名称", "培训内容", "授课人", "参训人员", "考核结果"], rows, ["48/training"])])


def hotline_training(co, d):
    rows = [[i + 1, "12333坐席%02d" % (i + 1), "12333热线", ""] for i in range(8)]
    return Doc("hotline12333", "12333坐席培训", d, [], True, sheets=[("签到", [
        ["12333咨询服务热线坐席政策业务培训签到表"], ["培训时间：%s    培训内容：%d年城乡居民养老保险缴费档次调整及失业保险稳岗返还政策解读"
                                       % (any_date(co, d), d.year)], ["序号", "工号", "班组", "签名"]] + rows)])


def attendance(co, d):
    rows = [[co.vp(i), co.vendor, "%d" % co.rng.randint(20, 23), "%d" % co.rng.randint(0, 1), "正常"] for i in range(3)]
    return Doc("attendance", "驻场考勤", d, [], True, sheets=[("考勤", [
        ["驻场运维人员考勤确认单（%d年%d月）" % (d.year, d.month)], ["姓名", "单位", "出勤天数", "请假天数", "备注"]] + rows +
        [["确认人：%s" % co.p(2), "", "日期：%s" % d.isoformat(), "", ""]])])


def office_minutes(co, d, n, topics):
    """中心主任办公会纪要: several 议题; each decision proves its own item."""
    b = [("title", "信息中心主任办公会纪要"), ("p", "〔%d〕第%d期" % (d.year, n)),
         ("p", "%s，%s主任主持召开中心主任办公会，中心班子成员、各科科长参加，驻场运维单位项目经理%s列席。纪要如下：" % (cnd(d), co.boss, co.vp(0)))]
    items, i = [], 0
    for t in topics:
        i += 1
        if t == "interface":
            b += [("h1", "%s、关于明确网络安全管理接口人" % han(i)),
                  ("p", "会议决定，由网络安全科%s担任中心网络安全管理接口人，负责与省厅、%s和属地网信、公安部门的网络安全事务对接，%s为B角。"
                   % (co.p(1), co.an["yb"], co.p(3)))]
            items.append("28/interface-person")
        elif t == "interface_mention":
            b += [("h1", "%s、关于网络安全检查迎检准备" % han(i)),
                  ("p", "会议要求网络安全科牵头做好市委网信办年度网络安全检查迎检，网络安全管理接口人的人选待局领导研究后另行明确。")]
        elif t == "desk":
            b += [("h1", "%s、关于设立运维服务台" % han(i)),
                  ("p", "会议同意在系统运维科设立运维服务台，启用报修电话%s，统一受理经办窗口、县区人社局和%s的报修与服务请求，7×24小时"
                   "响应，坐席由驻场运维人员%s和%s担任。" % (co.an["tel"], co.an["yb"], co.vp(2), co.p(4)))]
            items.append("48/service-desk")
        elif t == "improve":
            b += [("h1", "%s、关于%d年运维服务改进事项" % (han(i), d.year)),
                  ("p", "会议听取了综合科关于改进机会评估的汇报。按对经办业务的影响、实施成本和风险三项加权评分，排序如下："),
                  ("table", [["排序", "改进事项", "评分", "会议意见"], [1, "县区经办窗口网络双链路改造", 85, "同意实施"],
                             [2, "社保卡制卡数据交换监控告警", 79, "同意实施"], [3, "运维知识库与报修电话对接", 66, "列入下年度"]]),
                  ("p", "会议批准前两项改进事项立项，由综合科跟踪落实。")]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "improve_mention":
            b += [("h1", "%s、关于运维服务改进" % han(i)),
                  ("p", "会议听取了综合科关于年度改进事项的初步汇报，要求综合科进一步评估后提交下次会议研究。")]
        elif t == "party":
            b += [("h1", "%s、关于党风廉政建设" % han(i)),
                  ("p", "会议传达了局党组关于落实全面从严治党主体责任的要求，要求各科室开展廉政风险点排查，驻场运维采购严格执行政府采购规定。")]
        elif t == "hcp":
            b += [("h1", "%s、关于政务服务“好差评”差评整改" % han(i)),
                  ("p", "会议通报了上月政务服务“好差评”差评2件，均涉及网上服务大厅登录缓慢，要求系统运维科排查并在5个工作日内反馈。")]
        elif t == "holiday":
            b += [("h1", "%s、关于节假日期间网络安全保障" % han(i)),
                  ("p", "会议部署节假日期间网络安全保障，实行中心领导带班、科长值班，暂停非紧急变更，每日报送运行情况。")]
        elif t == "xc":
            b += [("h1", "%s、关于信创改造推进" % han(i)),
                  ("p", "会议听取了系统运维科关于信创适配改造的进度汇报，要求严格按省厅信创工作方案推进，确保改造期间经办业务不中断。")]
    b.append(("p", "出席：%s、%s、%s、%s    记录：%s" % (co.boss, co.p(0), co.p(1), co.p(2), co.p(5))))
    return Doc("office_minutes", "主任办公会纪要", d, sorted(set(items)), True, b)


# ------------------------------------------------------------------------------ 医保局运维服务 (the customer)

def survey(co, d, tm, sec):
    yb = co.an["yb"]
    p = Paper("%s信息系统运维服务需求调研报告" % yb).head(
        ("p", "调研单位：局信息中心综合科    调研时间：%s" % any_date(co, d)),
        ("p", "调研对象：%s办公室（信息化）、医疗保障事务中心、基金监管科、待遇保障科" % yb))
    p.part("调研背景", ["2019年机构改革后，医疗保障职能由人社部门划转至%s，原医疗保险子系统、医保专网和经办终端仍由局信息中心按运维服务"
                       "协议提供运维。根据运维服务协议续签安排，中心组织对%s开展运维服务需求调研，访谈%s及经办、基金监管业务骨干。"
                       % (yb, yb, co.cp(0))])
    p.part("服务时间需求", ["医保经办窗口工作日8:30-12:00、14:00-17:30办理业务，周六上午开放部分窗口；定点医药机构联网结算和医保电子凭证"
                          "支付要求7×24小时可用；每月1-5日基数申报和每年9-12月城乡居民集中参保缴费期间需安排专人驻场保障。",
                          ("table", [["系统", "服务时段", "故障响应", "恢复时限"],
                                     [co.an["ybsys"][2], "7×24小时", "15分钟", "2小时"],
                                     [co.an["ybsys"][1], "7×24小时", "15分钟", "4小时"],
                                     [co.an["ybsys"][0], "工作日8:30-17:30", "1小时", "1个工作日"],
                                     ["医保经办窗口终端", "工作日8:30-17:30", "30分钟", "当日"]])], ["1/survey"], tm)
    p.part("安全服务需求及类型", ["%s提出的安全服务需求：定点医药机构接入区边界防护、医保数据防泄露和脱敏、经办终端防病毒和准入、漏洞扫描和"
                               "渗透测试、等级保护测评配合、网络安全事件应急支援、医保经办人员安全意识培训。按类型归为安全运维类、安全评估类、"
                               "数据安全类、应急支援类和培训类。" % yb,
                               ("table", [["需求类型", "具体内容", "优先级"], ["安全运维类", "接入区防火墙、经办终端防病毒和准入", "高"],
                                          ["安全评估类", "年度漏洞扫描、渗透测试、等保测评配合", "高"], ["数据安全类", "医保数据脱敏、查询审批", "中"],
                                          ["应急支援类", "网络安全事件应急响应", "高"], ["培训类", "经办人员安全意识培训", "低"]])],
           ["5/survey"], sec)
    p.part("调研结论", ["调研结果已经%s确认，作为运维服务协议附件和服务目录修订的依据。" % yb])
    return p.doc("survey", d, False, [("p", "调研人：%s、%s" % (co.p(0), co.p(3)))])


def fee_sheet(co, d):
    rows = [[1, "医疗保险子系统及结算前置运维", 180, "系统运维岗1人、驻场1人", 900, 162000, "%d年1月起" % d.year],
            [2, "医保专网及接入区安全设备运维", 120, "网络运维岗1人", 900, 108000, "按月"],
            [3, "季度健康检查", 12, "网络安全科2人", 1200, 14400, "每季末月"],
            [4, "漏洞扫描及渗透测试", 10, "网络安全管理岗", 1500, 15000, "%d年9月前" % d.year],
            [5, "集中参保期驻场保障及应急支援", 20, "应急小组", 900, 18000, "9-12月"],
            ["", "合计", 342, "", "", 317400, ""]]
    return ledger("fee", "%s信息系统运维服务费测算表（%d年度）" % (co.an["yb"], d.year), d, False, [
        ("测算表", ["序号", "服务项目", "工作量（人天）", "人员安排", "单价（元/人天）", "金额（元）", "时间节点"], rows, ["2/budget"])],
        note="测算：%s    审核：%s    依据：财政核定运维服务标准" % (co.p(0), co.boss))


def meeting(co, d, agreed):
    yb = co.an["yb"]
    p = Paper("信息系统运维服务对接会会议纪要").head(
        ("p", "时间：%s    地点：%s三楼会议室" % (any_date(co, d), yb)),
        ("p", "参会：局信息中心%s、%s、%s；%s%s、%s" % (co.boss, co.p(0), co.p(2), yb, co.cp(0), co.cp(1))))
    p.part("会议内容", ["双方就%d年度运维服务范围、运维方式、健康检查安排、报修流程和集中参保期保障进行了沟通。" % d.year])
    p.part("会议共识", ["（一）服务范围包括%s、%s、%s及医保经办窗口终端；" % co.an["ybsys"],
                        "（二）中心安排驻场运维人员每周二、周四到%s驻点，其余时间远程支持，集中参保期全程驻点；" % yb,
                        "（三）每季度开展一次健康检查，报告在检查后5个工作日内送达；",
                        "以上事项双方一致同意，由信息中心据此修订运维服务协议附件。"], ["3/communication"], agreed)
    p.part("遗留事项", ["医保移动支付个性化需求由%s另行立项。" % yb])
    return p.doc("meeting", d, False, [("p", "记录：%s    %s确认：%s（签字）" % (co.p(5), yb, co.cp(0)))])


def history(co, d, on):
    p = Paper("上一协议期医保信息系统运行数据分析及运维保障方案").head(
        ("p", "局信息中心    %s" % any_date(co, d)))
    y0 = d.year - 3
    p.part("历史数据清单", [("table", [["数据项", "来源", "时间范围", "数量"],
                                      ["报修工单", co.an["itsm"], "%d—%d年" % (y0, d.year - 1), co.rng.randint(600, 1800)],
                                      ["变更记录", "变更登记台账", "%d—%d年" % (y0, d.year - 1), co.rng.randint(60, 200)],
                                      ["服务中断登记", "系统运维科", "%d—%d年" % (y0, d.year - 1), co.rng.randint(6, 20)],
                                      ["安全事件记录", "网络安全科", "%d—%d年" % (y0, d.year - 1), co.rng.randint(20, 80)],
                                      ["巡检记录", "驻场运维单位", "%d—%d年" % (y0, d.year - 1), co.rng.randint(300, 900)]])],
           ["4/history-list"], "list" in on)
    p.part("数据分析", ["指标完成情况：%s三年平均可用率99.93%%，达到协议约定；报修工单按时办结率95.6%%。" % co.an["ybsys"][2],
                        "违例操作：发现定点药店私接无线路由器3起、驻场人员未经审批调整接入区防火墙策略1起，均已通报整改。",
                        "重大事件：%d年12月集中参保期结算前置服务器宕机，影响定点机构结算52分钟。" % (d.year - 2),
                        "重大（失败）变更：医保结算前置版本升级失败回退1次，原因为未在测试环境充分验证。"],
           ["4/analysis"], "analysis" in on)
    p.part("运维保障策略及实施方案", ["根据上述分析，制定保障策略：结算前置双机热备改造、变更前测试验证、接入区准入管控、集中参保期驻场保障；",
                                    ("table", [["措施", "责任科室", "完成时间"], ["结算前置双机热备改造", "系统运维科", "%d年6月" % d.year],
                                               ["变更前测试验证清单", "系统运维科", "%d年3月" % d.year],
                                               ["接入区准入管控", "网络安全科", "%d年9月" % d.year]])],
           ["4/strategy"], "strategy" in on)
    return p.doc("history", d, False)


def agreement(co, d, modes, core, health):
    yb = co.an["yb"]
    p = Paper("信息系统运维服务协议", "tiao").head(
        ("p", "甲方：%s    乙方：%s（局信息中心）" % (yb, bureau(co))),
        ("p", "协议编号：%s-YBYW-%d-%02d" % (co.an["code"], d.year, co.rng.randint(1, 20))))
    p.part("服务范围", ["乙方为甲方提供%s、%s、%s的运行维护和安全服务，以及甲方经办窗口终端的技术支持。" % co.an["ybsys"]])
    p.part("运维方式", ["乙方以驻场值守、定期巡检和远程值守相结合的方式提供服务：派驻运维人员每周二、周四到甲方驻点，集中参保期全程驻点；"
                        "每月对甲方医保专网和接入区安全设备定期巡检一次；其余时间由乙方中心机房值班室远程值守。"], ["35/sla"], modes)
    p.part("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s可用率" % co.an["ybsys"][2], "≥99.9%"],
                                              ["医保专网可用率", "≥99.8%"], ["一级故障响应时间", "15分钟"], ["一级故障恢复时间", "2小时"],
                                              ["报修工单按时办结率", "≥95%"], ["甲方满意度", "≥90分"]])], ["36/sla"], core)
    p.part("健康检查", ["乙方每季度对甲方安全设备和业务系统开展一次健康检查，集中参保期前加检一次；以现场检查为主、远程检查为辅，检查后5个"
                        "工作日内提交健康检查报告。"], ["15/agreement"], health)
    p.part("数据安全", ["乙方运维人员接触甲方数据须经甲方同意并登记，不得擅自查询、复制、对外提供医保数据。"])
    p.part("费用与期限", ["运维服务费按年度测算表结算；协议期限自%s起三年。" % cnd(d)])
    p.items.append("39/sla")
    return p.doc("agreement", d, False, [("p", "甲方（盖章）：%s    代表：%s" % (yb, co.cp(0))),
                                         ("p", "乙方（盖章）：%s    代表：%s" % (bureau(co), co.boss)),
                                         ("p", "签订日期：%s" % any_date(co, d))])


def health_check(co, d, where, collect, secdev=True):
    p = Paper("%s信息系统健康检查报告（%d年第%d季度）" % (where, d.year, quarter(d))).head(
        ("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "现场检查", "远程检查"]), any_date(co, d),
                                                       co.p(1), co.vp(1))))
    rows = [["检查对象", "可用性", "持续运行时长", "冗余/告警", "结论"],
            [co.an["ybsys"][2], "%.2f%%" % (99.9 + co.rng.random() * 0.09), "%d天" % co.rng.randint(20, 160), "双机正常", "健康"],
            [co.an["ybsys"][0], "100%", "%d天" % co.rng.randint(40, 300), "单机", "关注"]]
    if secdev:
        rows += [["接入区防火墙", "100%", "%d天" % co.rng.randint(60, 400), "主备正常", "健康"],
                 ["终端准入及防病毒服务器", "100%", "%d天" % co.rng.randint(30, 200), "病毒库滞后1天", "关注"]]
    p.part("检查范围", ["%s的%s业务系统。" % (where, "接入区防火墙、终端准入、防病毒等安全设备及" if secdev else "")])
    p.part("可用性与持续性检查", [("table", rows)])
    p.part("安全信息采集", ["导出接入区防火墙和汇聚交换机运行配置，与安全基线比对，差异%d项；" % co.rng.randint(0, 3),
                           "采集医保专网出口流量：峰值%dMbps，均值%dMbps，未见异常流量；" % (co.rng.randint(80, 300), co.rng.randint(20, 70)),
                           "采集系统状态：结算前置服务器CPU、内存、磁盘和数据库连接数均在阈值内。"],
           ["16/config", "16/traffic", "16/status"], collect)
    p.part("问题与建议", ["%s建议将%s迁移至虚拟化平台，消除单机风险。" % ("防病毒服务器病毒库更新任务延迟，已调整计划任务；" if secdev else "",
                                                          co.an["ybsys"][0])])
    p.items += ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    return p.doc("health_check", d, True)


def csat(co, d, half, year):
    score = co.rng.randint(88, 96)
    p = Paper("%s信息系统运维服务满意度测评报告（%d年%s）" % (co.an["yb"], year, half)).head(
        ("p", "测评时间：%s    测评方式：问卷（%d份）及座谈" % (any_date(co, d), co.rng.randint(24, 60))))
    p.part("测评结果", [("table", [["测评项", "得分"], ["故障响应及时性", co.rng.randint(85, 97)], ["问题解决质量", co.rng.randint(85, 97)],
                                   ["驻场人员服务态度", co.rng.randint(90, 99)], ["变更告知及时性", co.rng.randint(80, 95)], ["综合满意度", score]])])
    p.part("满意度分析", ["医保经办人员对驻场人员服务态度评价最高；变更告知及时性得分最低，主要是个别结算前置紧急变更未提前告知定点机构；"
                         "与上期相比综合得分%s。" % co.rng.choice(["上升2分", "基本持平", "上升1分"])])
    p.part("改进措施", ["变更告知纳入变更申请审批表必填项；集中参保期增派驻场人员。"])
    p.items += ["41/surveys", "58/survey", "63/survey"]
    return p.doc("csat", d, True)


def csat_trend(co, d):
    b = [("title", "%s运维服务满意度变化趋势分析" % co.an["yb"]), ("p", "综合科    %s" % any_date(co, d)),
         ("table", [["期次", "综合满意度", "问卷数"], ["%d年上半年" % (d.year - 2), 87, 31], ["%d年下半年" % (d.year - 2), 89, 36],
                    ["%d年上半年" % (d.year - 1), 90, 40], ["%d年下半年" % (d.year - 1), 92, 44]]),
         ("p", "趋势：连续四期上升，故障响应及时性提升最明显；变更告知及时性仍为短板，需持续关注。")]
    return Doc("csat_trend", "满意度趋势", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=21 * i)
        rows.append([x.isoformat(), co.rng.choice([co.an["yb"], "医疗保障事务中心", "%s医保经办窗口" % co.an["counties"][0]]),
                     co.rng.choice([co.cp(0), co.cp(1), co.cp(2)]), co.p(0), co.rng.choice(["电话", "上门", "电话"]),
                     co.rng.choice(["满意", "希望变更提前告知", "报修电话高峰期占线", "满意"]), "已反馈%s" % co.rng.choice(["系统运维科", "综合科"])])
    return ledger("callbacks", "%s运维服务回访登记表（%d年）" % (co.an["yb"], d.year), d, True, [
        ("回访", ["回访日期", "回访单位", "受访人", "回访人", "方式", "意见建议", "处理情况"], rows, ["63/follow-up-visits"])])


def hcp_stats(co, d):
    rows = [[x, co.rng.randint(800, 4000), co.rng.randint(0, 6), "%.2f%%" % (99 + co.rng.random())]
            for x in ("市本级社保经办大厅", co.an["counties"][0] + "人社服务中心", co.an["counties"][1] + "人社服务中心",
                      "网上服务大厅", "掌上人社APP")]
    return Doc("hcp", "好差评统计", d, [], True, sheets=[("好差评", [
        ["政务服务“好差评”情况统计表（%d年%d月）" % (d.year, d.month)], ["服务渠道", "评价总数", "差评数", "好评率"]] + rows +
        [["备注：差评已全部按期回访整改", "", "", ""]])])


# ------------------------------------------------------------------------------ 驻场运维管理 (the vendor)

def vendor_contract(co, d, sld):
    p = Paper("%s信息系统驻场运维服务合同" % bureau(co), "tiao").head(
        ("p", "合同编号：%sCG%d-%03d    政府采购项目编号：%s-ZFCG-%d-%04d" % (co.an["code"], d.year, co.rng.randint(1, 300),
                                                                        co.an["code"], d.year, co.rng.randint(1, 9999))),
        ("p", "甲方：%s    乙方：%s" % (bureau(co), co.vendor)))
    p.part("服务内容", ["乙方派驻不少于3名运维人员，承担甲方中心机房、人社专网、金保工程业务系统及%s信息系统的日常运维、巡检、报修处理"
                        "和应急支援。" % co.an["yb"]])
    p.part("服务级别要求", [("table", [["事件级别", "响应时限", "到场时限", "恢复时限"], ["一级（全市业务中断）", "15分钟", "30分钟", "2小时"],
                                       ["二级（单个县区或单项业务中断）", "30分钟", "1小时", "4小时"], ["三级（单个窗口或终端）", "2小时", "当日", "1个工作日"]]),
                            "服务请求1个工作日内办结；月度服务级别达成率不低于95%，未达到的按考核办法扣减运维服务费。"], ["8/sld"], sld)
    p.part("人员管理", ["乙方驻场人员须签订保密承诺书，经甲方背景审查后入场，变更人员须提前15日书面报甲方同意。"])
    p.part("考核与付款", ["甲方按季度对乙方考核，考核结果与季度服务费支付挂钩。"])
    p.part("合同期限", ["自%s起一年。" % cnd(date(d.year + (d.month == 12), 1, 1))])
    return p.doc("vendor_contract", d, False, [("p", "甲方（盖章）：%s    乙方（盖章）：%s" % (bureau(co), co.vendor)),
                                               ("p", "签订日期：%s" % any_date(co, d))])


def ola_doc(co, d):
    p = Paper("信息中心科室运维协同约定").head(("p", "综合科起草，中心主任办公会审定    %s" % any_date(co, d)))
    p.part("适用范围", ["适用于系统运维科、网络安全科、数据管理科、社会保障卡管理科之间及与驻场运维单位之间的运维协同。"])
    p.part("内部支持时限", [("table", [["事件级别", "二线科室接手", "恢复时限"], ["一级", "15分钟", "2小时"], ["二级", "30分钟", "4小时"],
                                       ["三级", "2小时", "1个工作日"]]),
                            "上述内部时限与驻场运维服务合同约定的服务级别保持一致，每半年由综合科对照复核一次。"], ["8/ola"])
    p.part("协同要求", ["涉及数据查询和社保卡制卡数据的支持请求，须附审批单；跨科室事件由系统运维科牵头。"])
    return p.doc("ola", d, False)


def zc_weekly(co, d):
    n_in = co.rng.randint(40, 120)
    b = [("title", "驻场运维周报（%s—%s）" % ((d - timedelta(days=6)).isoformat(), d.isoformat())),
         ("p", "报送：%s    编写：%s（%s）" % (centre(co), co.vp(0), co.vendor)),
         ("p", "一、本周工作：受理报修%d件，办结%d件；完成机房日常巡检5次、县区专网节点巡检1次。" % (n_in, n_in - co.rng.randint(0, 6))),
         ("p", "二、主要问题：%s经办窗口读卡器驱动与新版社保系统客户端不兼容，已临时回退驱动版本。" % co.an["counties"][1]),
         ("p", "三、下周计划：配合省厅%s版本升级测试；%s结算前置补丁安装。" % (co.an["ver"], co.an["yb"]))]
    return Doc("zc_weekly", "驻场周报", d, [], True, b)


def zc_monthly(co, d, trend, data, avail):
    m = d.month - 1 or 12
    y = d.year if d.month > 1 else d.year - 1
    p = Paper("%s信息系统运维服务月报（%d年%d月）" % (bureau(co), y, m)).head(
        ("p", "报送单位：%s    报送日期：%s    项目经理：%s" % (co.vendor, any_date(co, d), co.vp(0))),
        ("p", "数据来源：%s、%s" % (co.an["gis"], co.an["itsm"])))
    p.part("运维工作概况", ["本月受理报修%d件，办结率%d%%；实施变更%d项；机房及县区专网巡检%d次；无一级事件。" % (
        co.rng.randint(150, 420), co.rng.randint(96, 100), co.rng.randint(5, 20), co.rng.randint(24, 40))])
    p.part("运行指标趋势分析", [("table", [["指标", "%d月" % ((m - 3) % 12 + 1), "%d月" % ((m - 2) % 12 + 1), "%d月" % m, "趋势"],
                                             ["社保经办系统日均业务量（万笔）", 8.2, 8.9, 9.6, "上升"], ["核心数据库CPU峰值", "58%", "63%", "69%", "上升"],
                                             ["监控告警数", 436, 401, 352, "下降"], ["报修工单数", 312, 287, 265, "下降"]]),
                                  "业务量和数据库负载随集中参保期临近持续上升，预计集中参保缴费期峰值CPU将超过80%阈值，建议提前优化批量作业时段。"],
           ["50/monitoring-report"], trend)
    p.part("运维指标数据", [("table", [["指标", "本月"], ["异常报告及时率", "99%"], ["异常漏报率", "0.3%"], ["维护作业计划及时完成率", "98%"],
                                       ["故障隐患发现率", "92%"], ["异常主动发现率", "86%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                       ["加固设备覆盖率", "94%"], ["安全补丁安装及时率", "91%"], ["安全事件次数", co.rng.randint(1, 7)]])],
           ["56/data"], data)
    p.part("重要系统可用率", [("table", [["系统", "目标", "本月可用率", "中断次数"], [co.sys(0), "99.9%", "99.97%", 0],
                                         [co.sys(1), "99.9%", "99.92%", 1], [co.an["ybsys"][2], "99.9%", "99.85%", 2]]),
                              "%s未达标，原因为定点机构接入区链路抖动，已纳入可用性改进。" % co.an["ybsys"][2]],
           ["18/availability-report", "22/report"], avail)
    p.part("下月工作计划", ["配合省厅版本升级；完成接入区防火墙特征库升级；做好集中参保期保障准备。"])
    return p.doc("zc_monthly", d, True)


def zc_assess(co, d, sla):
    q = quarter(d) - 1 or 4
    if sla:
        rows = [["服务级别达成率", "≥95%", "96.4%", 25, 25], ["%s及经办窗口满意度" % co.an["yb"], "≥90分", "%d分" % co.rng.randint(90, 94), 20, 20],
                ["有效投诉", "≤2件/季", "3件", 10, 6], ["报修工单按时办结率", "≥95%", "93.8%", 15, 11],
                ["巡检完成率", "100%", "100%", 10, 10], ["驻场出勤及纪律", "全勤", "全勤", 10, 10], ["文档提交", "按时", "按时", 10, 10]]
        tail = ["未达标项：有效投诉、报修工单按时办结率，已下发整改通知单。"]
    else:
        rows = [["驻场出勤", "全勤", "全勤", 40, 40], ["工作纪律", "无违规", "无违规", 30, 30], ["文档提交", "按时", "迟交1次", 30, 27]]
        tail = ["考核结论：合格。"]
    tot = sum(r[4] for r in rows)
    doc = ledger("zc_assess", "驻场运维服务季度考核评分表（%d年第%d季度）" % (d.year if q != 4 else d.year - 1, q), d, True, [
        ("考核", ["考核项目", "考核目标", "实际完成", "分值", "得分"], rows + [["合计", "", "", 100, tot], [tail[0], "", "", "", ""]],
         ["57/measurement"] if sla else [])], note="被考核单位：%s    考核人：%s、%s" % (co.vendor, co.p(0), co.p(2)))
    return doc


def zc_rectify(co, d, verified):
    b = [("title", "整改通知单"),
         ("p", "%s〔%d〕第%d号" % (co.an["code"], d.year, co.rng.randint(1, 12))),
         ("table", [["被通知单位", co.vendor], ["问题来源", "季度考核：报修工单按时办结率93.8%，未达95%；有效投诉3件"],
                    ["原因分析", "集中参保期报修量激增，夜间和周末仅1人值守，县区报修响应滞后"],
                    ["整改要求", "增加高峰期坐席和周末二线值守，建立报修超时预警"], ["预防措施", "集中参保期前一个月提交人员保障方案"],
                    ["整改时限", any_date(co, d)], ["驻场单位整改情况", "已增加坐席1人，启用工单超时短信提醒"],
                    ["复查意见", "整改后连续两个月按时办结率97.2%，整改有效" if verified else ""], ["复查人", co.p(0) if verified else ""]])]
    items = ["57/capa"] + (["66/effectiveness"] if verified else [])
    return Doc("zc_rectify", "整改通知单", d, items, True, b)


def service_confirm(co, d):
    b = [("title", "运维服务确认单"),
         ("p", "兹确认%s于%d年%d月按合同派驻运维人员3名，完成中心机房巡检、县区专网巡检、报修处理和%s系统运维，服务内容符合合同要求。"
          % (co.vendor, d.year, d.month, co.an["yb"])),
         ("p", "确认人：%s    日期：%s" % (co.p(2), any_date(co, d)))]
    return Doc("confirm", "服务确认单", d, [], True, b)


# ------------------------------------------------------------------------------ 系统运维科

def inspection_book(co, d, kinds):
    """中心机房巡检记录表 (Excel, a month): one sheet per record kind; a sheet without rows proves nothing."""
    days = [d - timedelta(days=3 * i) for i in range(9)]
    sh = []
    sh.append(("动环", ["日期", "UPS负载", "精密空调", "温湿度", "消防", "巡检人"],
               [[x.isoformat(), "%d%%" % co.rng.randint(30, 55), "正常", "%d℃/%d%%" % (co.rng.randint(21, 25), co.rng.randint(40, 55)), "正常", co.vp(1)]
                for x in days] if "env" in kinds else [], []))
    sh.append(("网络及安全设备", ["日期", "设备", "运行状态", "CPU", "会话/流量", "告警", "巡检人"],
               [[x.isoformat(), co.rng.choice(["核心交换机", "人社专网防火墙", "互联网出口防火墙", "IPS", "WAF", "医保接入区防火墙"]), "正常",
                 "%d%%" % co.rng.randint(8, 45), "%d万" % co.rng.randint(3, 50), co.rng.choice(["无", "无", "1条低危已确认"]), co.vp(1)]
                for x in days] if "dev" in kinds else [], ["44/inspection", "45/monitoring", "14/maintenance"]))
    sh.append(("防病毒", ["日期", "范围", "病毒库版本", "终端在线率", "查杀结果", "执行人"],
               [[x.isoformat(), "中心服务器及县区经办终端", "%d%02d%02d.002" % (x.year, x.month, x.day), "%.1f%%" % (94 + co.rng.random() * 5),
                 co.rng.choice(["未发现病毒", "清除木马1个", "未发现病毒"]), co.vp(2)] for x in days[:4]] if "av" in kinds else [],
               ["44/virus-scan", "45/antivirus"]))
    sh.append(("维护保养", ["日期", "设备", "维护内容", "结果", "维护人"],
               [[x.isoformat(), co.rng.choice(["人社专网防火墙", "IPS", "WAF", "堡垒机"]), "日志清理、策略命中检查、风扇除尘", "完成", co.vp(1)]
                for x in days[::2]] if "maint" in kinds else [], ["44/maintenance", "14/maintenance"]))
    sh.append(("故障处理", ["日期", "设备", "故障现象", "处理及排除", "恢复时间", "处理人"],
               [[days[2].isoformat(), "IPS", "电源模块告警", "更换冗余电源模块", "40分钟", co.p(4)],
                [days[6].isoformat(), "%s接入防火墙" % co.an["counties"][2], "业务口光模块故障", "更换光模块", "25分钟", co.vp(1)]]
               if "fault" in kinds else [], ["44/faults"]))
    sh.append(("版本升级", ["日期", "设备", "升级前", "升级后", "变更编号", "验证"],
               [[days[4].isoformat(), "互联网出口防火墙", "V5.6R4", "V5.6R6", "BG-%s-%02d" % (ymd(days[4]), co.rng.randint(1, 30)), "通过"],
                [days[7].isoformat(), "IPS", "特征库%s" % ymd(days[8]), "特征库%s" % ymd(days[7]), "标准变更", "通过"]]
               if "up" in kinds else [], ["44/upgrades"]))
    return ledger("inspection_book", "信息中心机房巡检记录表（%d年%02d月）" % (d.year, d.month), d, True, sh)


def county_check(co, d, detailed):
    rows = []
    for c in co.an["counties"]:
        for dev in ("接入路由器", "接入防火墙"):
            if detailed:
                rows.append([c + "人社局", dev, "在线", "%d%%" % co.rng.randint(5, 40), "%d%%" % co.rng.randint(20, 60),
                             "%dms/0%%" % co.rng.randint(2, 15), co.rng.choice(["无", "无", "链路抖动1次"]), co.vp(1)])
            else:
                rows.append([c + "人社局", dev, "正常", "", "", "", "", co.vp(1)])
    title = "县区人社专网节点巡检表（%d年%d月）" % (d.year, d.month)
    return ledger("county_check", title, d, True, [
        ("巡检", ["单位", "设备", "状态", "CPU", "内存", "时延/丢包", "告警", "巡检人"], rows,
         ["44/inspection", "45/monitoring", "14/maintenance"] if detailed else [])])


def duty_scan(co, d):
    rows = [["日期", "班次", "值班情况", "值班人", "接班人"]]
    for i in range(7):
        x = d - timedelta(days=i)
        rows.append(["%d月%d日" % (x.month, x.day), co.rng.choice(["白班", "夜班"]), "正常", co.p(i % 6), co.vp(i % 3)])
    b = [("title", "中心机房值班记录"), ("p", "（%d年 第%d本）" % (d.year, co.rng.randint(2, 9))), ("table", rows),
         ("p", "[扫描件 OCR 识别文本]")]
    return Doc("duty_scan", "机房值班记录", d, [], True, b)


def hw_stats(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=41 * i)
        rows.append([i + 1, x.isoformat(), co.rng.choice(["人社专网防火墙", "%s接入防火墙" % co.rng.choice(co.an["counties"]), "IPS", "WAF", "医保接入区防火墙"]),
                     co.rng.choice(["电源模块", "风扇", "硬盘", "光模块", "主板"]), co.rng.choice(["备件更换", "厂商返修"]), "%d分钟" % co.rng.randint(10, 90)])
    rows.append(["", "合计", "", "%d次" % len(rows), "", ""])
    return ledger("hw_stats", "安全设备硬件故障统计表（%d年）" % d.year, d, True, [
        ("统计", ["序号", "日期", "设备", "故障部件", "处理方式", "影响时长"], rows, ["14/hardware-faults", "44/faults"])])


def tickets(co, d, resp):
    head = ["工单编号", "报修单位", "类别", "受理时间", "响应时间", "办结时间", "问题描述", "处理人", "状态"]
    rows = []
    units = ["市本级社保经办大厅", co.an["yb"], "就业服务中心"] + [c + "人社局" for c in co.an["counties"]]
    for i in range(12):
        x = d - timedelta(days=co.rng.randint(0, 30))
        h = co.rng.randint(8, 17)
        m0 = co.rng.randint(0, 40)
        r = ["GD%s%04d" % (ymd(x), co.rng.randint(1, 9999)), co.rng.choice(units), co.rng.choice(["故障报修", "服务请求", "咨询"]),
             "%s %02d:%02d" % (x.isoformat(), h, m0), "%s %02d:%02d" % (x.isoformat(), h, m0 + co.rng.randint(2, 19)),
             "%s %02d:%02d" % (x.isoformat(), min(h + 2, 23), co.rng.randint(0, 59)),
             co.rng.choice(["社保卡读卡器无法识别", "经办系统登录超时", "UKey证书过期", "经办权限调整", "打印机驱动", "县区专网中断"]),
             co.rng.choice([co.vp(1), co.vp(2), co.p(4)]), "已办结"]
        if not resp:
            r = r[:4] + r[5:]
        rows.append(r)
    if not resp:
        head = head[:4] + head[5:]
    items = ["43/process-records"] + (["55/response-times"] if resp else [])
    return ledger("tickets", "%s工单导出（%d年%d月）" % (co.an["itsm"], d.year, d.month), d, True, [("工单", head, rows, items)])


def repair_log(co, d):
    rows = []
    for i in range(10):
        x = d - timedelta(days=co.rng.randint(0, 25))
        h = co.rng.randint(8, 16)
        rows.append([x.isoformat(), "%02d:%02d" % (h, co.rng.randint(0, 59)), co.rng.choice([c + "人社局" for c in co.an["counties"]] + ["医保经办窗口"]),
                     co.rng.choice(["社保卡读卡器", "经办终端蓝屏", "高拍仪", "专网不通", "评价器"]), "%d分钟" % co.rng.randint(3, 25),
                     co.rng.choice(["远程处理", "上门处理"]), co.rng.choice([co.vp(2), co.p(4)]), "已解决"])
    return ledger("repair_log", "经办窗口报修登记表（%d年%d月）" % (d.year, d.month), d, True, [
        ("报修登记", ["报修日期", "报修时间", "报修单位", "故障现象", "响应用时", "处理方式", "处理人", "结果"], rows,
         ["43/process-records", "55/response-times"])])


def change_form(co, d, done):
    what = co.rng.choice([
        (co.sys(0), "重大变更", "按省厅%s版本补丁包升级应用服务器，同步更新经办客户端" % co.an["ver"], "保留原版本应用包，失败30分钟内回退"),
        (co.an["ybsys"][2], "一般变更", "结算前置服务器中间件安全补丁安装", "补丁安装前做虚拟机快照，失败恢复快照"),
        ("人社专网核心交换机", "重大变更", "更换核心交换机业务板卡并调整县区汇聚端口", "保留原板卡及配置，失败20分钟内恢复"),
        ("医保接入区防火墙", "一般变更", "新增定点药店接入访问策略%d条" % co.rng.randint(3, 20), "导出原策略备份，失败删除新增策略")])
    b = [("title", "信息系统变更申请审批表"),
         ("table", [["变更编号", "BG-%s-%02d" % (ymd(d), co.rng.randint(1, 30)), "申请科室", "系统运维科"],
                    ["变更系统", what[0], "变更类型", what[1]],
                    ["变更内容", what[2], "", ""],
                    ["影响范围", "全市经办窗口，%s" % co.an["yb"], "实施窗口", "%s 18:30-22:00" % d.isoformat()],
                    ["测试验证情况", "已在测试环境验证通过", "回退方案", what[3]],
                    ["科室负责人意见", "同意。%s" % co.p(2) if done else "", "中心领导审批", "同意。%s" % co.boss if done else ""],
                    ["实施结果", "实施成功，业务验证正常（实施人%s）" % co.vp(0) if done else "", "关闭日期", d.isoformat() if done else ""]])]
    items = ["54/records", "43/process-records"] if done else []
    return Doc("change_form", "变更申请审批表", d, items, True, b)


def change_ledger(co, d, rows_on=True):
    rows = []
    if rows_on:
        for i in range(co.rng.randint(6, 11)):
            x = d - timedelta(days=co.rng.randint(0, 60))
            rows.append(["BG-%s-%02d" % (ymd(x), co.rng.randint(1, 30)), x.isoformat(), co.rng.choice(["一般变更", "标准变更", "重大变更"]),
                         co.rng.choice([co.sys(0), co.sys(1), co.sys(2), co.an["ybsys"][2], "人社专网"]),
                         co.rng.choice(["省厅版本补丁升级", "防火墙策略调整", "数据库参数调整", "IPS特征库升级", "县区接入设备更换"]),
                         co.p(2), co.rng.choice(["成功", "成功", "成功", "回退"]), "已关闭"])
    return ledger("change_ledger", "信息系统变更登记台账（%d年）" % d.year, d, True, [
        ("台账", ["变更编号", "申请日期", "变更类型", "涉及系统", "变更内容", "审批人", "实施结果", "状态"], rows,
         ["54/records", "43/process-records"])])


def upgrade_plan(co, d, test, rollback):
    p = Paper("%s%s版本升级实施方案" % (co.sys(0), co.an["ver"])).head(
        ("p", "依据：%s《关于部署社会保险经办管理信息系统%s版本的通知》    编制：系统运维科%s    %s" % (
            co.an["ting"], co.an["ver"], co.p(2), any_date(co, d))))
    p.part("升级内容", ["本次升级为省厅统一版本，涉及应用服务器、数据库脚本和经办客户端，新增灵活就业人员参保跨省通办、待遇资格认证规则调整等功能。"])
    p.part("升级前测试验证", ["在市级测试环境部署%s版本，使用脱敏数据完成功能测试和批量性能测试；" % co.an["ver"],
                              "由社会保险科和各县区经办骨干完成业务验证，验证新版客户端与现有经办终端、读卡器驱动和人社专网的兼容性。"],
           ["25/test-plan"], test)
    p.part("升级步骤", ["停止前台服务→备份应用和数据库→部署应用包→执行数据库脚本→启动服务→内部验证→开放经办→县区验证。"])
    p.part("回退方案", ["升级前全量备份应用包、配置和数据库；验证不通过的，在40分钟内回退至原版本并恢复数据库，回退步骤已在测试环境演练。"],
           ["25/rollback", "11/rollback"], rollback)
    p.part("人员安排", ["总指挥%s；实施%s、%s；业务验证社会保险科及县区经办骨干；省厅技术支持远程值守。" % (co.boss, co.p(2), co.vp(0))])
    return p.doc("upgrade_plan", d, False)


def ting_upgrade_notice(co, d):
    b = [("title", "关于部署社会保险经办管理信息系统%s版本的通知" % co.an["ver"]), ("p", "%s〔%d〕%d号" % (co.an["tingfa"], d.year, co.rng.randint(20, 120))),
         ("p", "各市人力资源社会保障局："),
         ("p", "为落实全国统一的社会保险公共服务平台建设要求，省厅组织开发了社会保险经办管理信息系统%s版本，请各市于%d月底前完成部署，"
               "部署前做好测试验证和数据备份，部署情况报省厅信息中心。" % (co.an["ver"], min(12, d.month + 1))),
         ("p", co.an["ting"]), ("p", cnd(d))]
    return Doc("ting_notice", "省厅版本通知", d, [], False, b)


def forward_cover(co, d, subject):
    top, no = red_top(co, d, "关于转发《%s》的通知" % subject, "ban")
    b = top + [("p", "现将%s《%s》转发给你们，请结合实际认真贯彻落实。" % (co.an["ting"], subject))] + colophon(co, d, "ban")
    return Doc("forward", "转发通知", d, [], False, b, decoy="转发 cover citing a 省厅 notice")


def outage_book(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=co.rng.randint(5, 50) * (i + 1) // 2)
        rows.append([x.isoformat(), co.rng.choice([co.sys(0), co.sys(1), co.sys(2), co.an["ybsys"][2]]),
                     co.rng.choice(["经办系统无法登录", "服务中断", "部分县区无法访问", "结算超时"]), "%d分钟" % co.rng.randint(3, 50),
                     co.rng.choice(["运营商链路中断", "数据库锁等待", "省厅接口异常", "应用服务器内存溢出"]), "已恢复，已报告"])
    return ledger("outage", "重要信息系统服务中断登记表（%d年）" % d.year, d, True, [
        ("登记", ["日期", "系统", "现象", "中断时长", "原因", "处理情况"], rows,
         ["18/availability-events", "22/events", "43/process-records"])])


def avail_plan(co, d):
    p = Paper("%d年重要信息系统可用性保障计划" % d.year).head(("p", "系统运维科    %s" % any_date(co, d)))
    p.part("可用性目标", ["%s、%s可用率≥99.9%%；%s可用率≥99.8%%；人社专网可用率≥99.8%%。" % (co.sys(0), co.sys(1), co.sys(2))])
    p.part("保障措施", ["数据库双机热备、县区双链路、关键设备双机、季度数据备份恢复演练、集中参保期扩容。"])
    p.part("可用性事件监控与报告", ["所有服务中断在《重要信息系统服务中断登记表》登记，驻场运维单位按月在运维服务月报中报告可用率，未达标系统"
                                  "制定改进措施。"])
    p.items += ["18/availability-plan", "22/plan"]
    return p.doc("avail_plan", d, False)


def kb_export(co, d):
    titles = ["社保卡读卡器驱动冲突处理", "经办客户端证书过期处理", "县区专网链路中断排查", "数据库归档日志满处理", "结算前置连接池耗尽处置",
              "网上服务大厅验证码服务异常"]
    rows = [["KB%04d" % (300 + i), t, co.rng.choice(["故障处置", "操作指引"]), co.rng.choice([co.p(i), co.vp(i)]), "已发布",
             (d - timedelta(days=27 * i)).isoformat()] for i, t in enumerate(titles)]
    return ledger("kb", "运维知识库条目导出", d, True, [("知识", ["编号", "标题", "分类", "提交人", "状态", "发布日期"], rows, ["21/knowledge-base"])])


def asset_book(co, d):
    rows = []
    devs = [("FW", "人社专网防火墙", "华为USG6680", "专网边界访问控制"), ("FW", "互联网出口防火墙", "深信服AF-2000", "互联网边界防护"),
            ("IPS", "入侵防御", "天融信TopIDP", "核心区入侵防御"), ("SW", "核心交换机", "华为CE6881", "中心机房核心交换"),
            ("SRV", "社保核心数据库服务器", "浪潮NF8480M6", co.sys(0)), ("FW", "医保接入区防火墙", "启明星辰天清汉马", "定点机构接入控制")]
    for i, (t, n, m, f) in enumerate(devs, 1):
        rows.append(["%s-%s-%03d" % (co.an["code"], t, i), n, "网络安全设备" if t != "SRV" else "服务器", m, f,
                     "中心机房%d列%d柜" % (co.rng.randint(1, 4), co.rng.randint(1, 12)),
                     "上联%s" % ("核心交换机" if t != "SW" else "人社专网防火墙"), "生产", co.rng.choice(["重要", "重要", "一般"]),
                     "V%d.%d" % (co.rng.randint(1, 9), co.rng.randint(0, 9))])
    return ledger("assets", "信息设备资产台账（%s）" % d.isoformat(), d, True, [
        ("资产", ["资产编号", "名称", "类别", "型号", "功能", "物理位置", "端口对应", "部署区域", "重要程度", "软件版本"], rows,
         ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    cis = [("人社专网防火墙策略集", "安全配置"), ("医保接入区访问策略", "安全配置"), ("%s应用配置" % co.sys(0), "应用配置"),
           ("社保卡制卡数据接口参数", "应用配置"), ("核心数据库参数", "数据库配置"), ("堡垒机授权策略", "安全配置")]
    rows, links = [], []
    for i, (n, t) in enumerate(cis, 1):
        rows.append(["CI-%05d" % (500 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i),
                     co.rng.choice(["敏感", "内部"]), "配置管理员可写，其余只读", "SHA256校验", "每日备份"])
        if rel and i > 1:
            links.append(["CI-%05d" % (500 + i), co.rng.choice(["依赖", "运行于", "保护"]), "CI-%05d" % (500 + i - 1)])
    return ledger("cmdb", "%s配置库导出" % co.an["itsm"], d, True, [
        ("配置项", ["配置项编号", "名称", "类型", "版本", "责任人", "敏感级别", "访问控制", "完整性", "备份"], rows, ["27/cmdb"]),
        ("关联关系", ["配置项", "关系", "关联配置项"], links, ["38/cmdb-relations"])])


def ci_log(co, d):
    rows = [[(d - timedelta(days=17 * i)).isoformat(), "CI-%05d" % (501 + i % 6), co.rng.choice(["策略新增", "参数调整", "版本升级", "授权回收"]),
             "BG-%s-%02d" % (ymd(d - timedelta(days=17 * i)), co.rng.randint(1, 30)), co.p(5), co.p(0)] for i in range(7)]
    return ledger("ci_log", "配置项更新维护登记（%d年）" % d.year, d, True, [
        ("登记", ["日期", "配置项", "更新内容", "关联变更", "维护人", "复核人"], rows, ["43/ci-updates"])])


def backup_check(co, d):
    rows = [[(d - timedelta(days=i)).isoformat(), "社保核心库", "全量" if i % 7 == 0 else "增量", "成功", "%dGB" % co.rng.randint(40, 900), co.vp(0)]
            for i in range(10)]
    return Doc("backup", "备份检查记录", d, [], True, sheets=[("备份检查", [["数据库备份检查记录（%d年%d月）" % (d.year, d.month)],
                                                                       ["日期", "数据库", "类型", "结果", "备份集大小", "检查人"]] + rows)])


# ------------------------------------------------------------------------------ 网络安全科

def log_audit(co, d):
    p = Paper("%d年第%d季度网络安全日志审计分析报告" % last_quarter(d)).head(
        ("p", "网络安全科    审计人：%s    %s" % (co.p(1), any_date(co, d))))
    p.part("网络及安全设备日志", ["汇聚人社专网防火墙、互联网出口防火墙、IPS、WAF日志%d万条，发现境外扫描源IP %d个，已在出口封禁。"
                                 % (co.rng.randint(500, 6000), co.rng.randint(10, 80))])
    p.part("服务器及操作系统日志", ["社保核心数据库服务器和应用服务器登录日志审计，发现非工作时间登录%d次，核实为驻场人员批量维护，已补登记。"
                                   % co.rng.randint(1, 5)])
    p.part("网络应用日志", ["网上服务大厅和掌上人社APP日志中撞库尝试%d次，已由WAF和验证码策略拦截；经办系统越权查询告警0次。" % co.rng.randint(100, 4000)])
    p.part("分析结论", ["本季度未发现成功入侵，建议县区人社局加强经办终端口令管理。"])
    p.items += ["17/log-analysis", "45/audit-report", "47/audit"]
    return p.doc("log_audit", d, True)


def warn_notice(co, d, n, full):
    p = Paper("网络安全预警通报（%d年第%d期）" % (d.year, n)).head(
        ("p", "%s网络安全科    %s" % (centre(co), any_date(co, d))), ("p", "发送：各县（市、区）人社局，局属各单位，%s" % co.an["yb"]))
    p.part("漏洞预警", ["CVE-%d-%05d：某主流Java中间件远程代码执行漏洞，影响网上服务大厅等互联网应用，请于5个工作日内完成升级。" % (d.year, co.rng.randint(10000, 49999))],
           ["52/vulnerability", "53/bulletin"])
    p.part("厂商安全公告", ["防火墙、终端安全厂商发布本月补丁，中心已完成测试，县区可按标准变更实施。"])
    p.part("病毒预警", ["近期出现冒充“社保待遇资格认证”的钓鱼短信和邮件，附件携带远控木马，请提醒经办人员勿点击。"], ["52/virus"], full)
    p.part("政策法规及行业动态", ["国家网信办发布《网络数据安全管理条例》配套规定；人社部通报一起社保数据倒卖案件，要求加强查询审批。"], ["52/policy"], full)
    p.part("分析与处置建议", ["经比对资产台账，受影响的互联网应用服务器%d台，已列入本周变更窗口修复。" % co.rng.randint(2, 12)], ["52/analysis"], full)
    return p.doc("warn", d, True)


def sec_stats(co, d, analysis):
    rows = []
    for m in range(1, d.month + 1):
        a, b_, c = co.rng.randint(0, 5), co.rng.randint(0, 9), co.rng.randint(0, 2)
        rows.append(["%d月" % m, a, b_, c, a + b_ + c])
    sheets = [("统计", ["月份", "有害程序", "网络攻击", "设备设施故障", "合计"], rows, ["18/incident-stats"]),
              ("分析", ["分析"], [["网络攻击以扫描和撞库为主，集中在网上服务大厅；有害程序集中在县区经办终端U盘传播，建议落实U盘管控并纳入"
                                  "县区网络安全考核。"]] if analysis else [], ["18/incident-analysis"])]
    return ledger("sec_stats", "网络安全事件统计分析表（%d年1-%d月）" % (d.year, d.month), d, True, sheets)


def pt_plan(co, d):
    b = [("title", "%d年度渗透测试工作计划" % d.year), ("p", "网络安全科    %s" % any_date(co, d)),
         ("table", [["批次", "对象", "方式", "时间", "负责人"], [1, "网上服务大厅", "黑盒", "4月", co.p(1)],
                    [2, "掌上人社APP", "灰盒", "7月", co.p(1)], [3, co.an["ybsys"][2], "灰盒", "10月", co.p(3)]]),
         ("p", "每次测试前取得系统主管科室书面授权，测试结束后10个工作日内出具报告。")]
    return Doc("pt_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pt_report(co, d):
    p = Paper("网上服务大厅及掌上人社APP渗透测试报告").head(
        ("p", "测试时间：%s    测试人员：%s、%s    授权编号：SQ-%s" % (any_date(co, d), co.p(1), co.vp(1), ymd(d))))
    p.part("测试范围", ["网上服务大厅、掌上人社APP接口及管理后台。"])
    p.part("发现问题", [("table", [["编号", "问题", "等级", "整改"], ["P-01", "短信验证码可重放", "高", "已修复"],
                                   ["P-02", "接口返回未脱敏身份证号", "中", "已修复"], ["P-03", "管理后台缺少登录失败锁定", "中", "已修复"]])])
    p.part("复测结论", ["高、中危问题已全部整改并通过复测。"])
    p.items += ["31/pentest-records", "32/pentest-records"]
    return p.doc("pt", d, True)


def vscan_export(co, d):
    rows = [["10.%d.%d.%d" % (co.rng.randint(1, 60), co.rng.randint(0, 255), co.rng.randint(2, 250)), v, g]
            for v, g in (("SSL证书即将过期", "低"), ("OpenSSH版本过低", "中"), ("Redis未授权访问", "高"), ("Tomcat示例目录", "低"))]
    return Doc("vscan", "漏洞扫描导出", d, [], True, sheets=[("漏洞列表", [["漏洞扫描任务导出 %s" % d.isoformat()], ["IP", "漏洞名称", "风险"]] + rows)])


def situation_weekly(co, d):
    b = [("title", "网络安全态势感知周报（第%d周）" % d.isocalendar()[1]), ("p", "%s    态势感知平台自动生成" % d.isoformat()),
         ("p", "本周告警%d条，其中高危%d条（均已研判为误报或已处置）；外部攻击源TOP5均已封禁。" % (co.rng.randint(300, 3000), co.rng.randint(0, 5)))]
    return Doc("situation", "态势感知周报", d, [], True, b)


def baseline(co, d):
    rows = [["服务器", "口令策略", "长度≥10位，90天更换，5次失败锁定"], ["服务器", "远程管理", "禁用telnet，仅限堡垒机访问"],
            ["数据库", "审计", "开启登录和敏感表访问审计"], ["网络设备", "日志", "syslog发送至日志审计系统"], ["防火墙", "默认策略", "默认拒绝"]]
    return ledger("baseline", "人社信息系统安全配置基线（V%d.0）" % (d.year - 2021), d, False, [
        ("基线", ["对象", "检查项", "基线要求"], rows, ["25/baseline"])])


def collect_sheet(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=14 * i)
        rows.append([x.isoformat(), co.rng.choice(["人社专网防火墙", "核心交换机", "医保接入区防火墙"]), "已导出，差异%d项" % co.rng.randint(0, 2),
                     "峰值%dMbps" % co.rng.randint(200, 1500), "CPU%d%% 内存%d%%" % (co.rng.randint(8, 50), co.rng.randint(30, 70)), co.vp(1)])
    return ledger("collect", "网络安全信息采集记录（%d年）" % d.year, d, True, [
        ("采集", ["采集日期", "对象", "配置采集（与基线比对）", "流量采集", "状态采集", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def grading(co, d):
    b = [("title", "%s安全保护等级定级报告" % co.sys(0)), ("p", "定级时间：%s    定级单位：%s" % (any_date(co, d), bureau(co))),
         ("h1", "一、定级对象"), ("p", "%s承载全市企业职工和城乡居民社会保险参保、缴费、待遇核发业务，通过人社专网连接省厅和各县区。" % co.sys(0)),
         ("h1", "二、定级结论"), ("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第三级；系统安全保护等级：第三级。"),
         ("p", "经专家评审，已向公安机关备案，备案证明编号%s-%d-%05d。" % (co.an["code"], d.year, co.rng.randint(1, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_guide(co, d):
    b = [("title", "全市人社信息系统网络安全等级保护定级工作指引"), ("p", "网络安全科    %s" % any_date(co, d)),
         ("p", "依据GB/T 22240《网络安全等级保护定级指南》，按业务信息和系统服务受到破坏时所侵害的客体及侵害程度确定等级："),
         ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第二级"],
                    ["社会秩序、公共利益", "第二级", "第三级", "第四级"], ["国家安全", "第三级", "第四级", "第五级"]]),
         ("p", "承载社会保险个人权益记录的系统原则上定为第三级；县区自建系统参照本指引定级后报中心备案。")]
    return Doc("grading_guide", "定级指引", d, ["51/grading-criteria"], False, b)


def djcp_report(co, d):
    b = [("title", "%s网络安全等级保护测评报告" % co.sys(1)), ("p", "测评机构：%s网络安全等级测评中心    报告编号：%s%d-%04d" % (
        co.an["prov"], co.an["code"], d.year, co.rng.randint(1, 9999))),
         ("h1", "被测对象"), ("p", "%s，安全保护等级第三级，已于%d年在公安机关备案（备案证明编号%s-%d-%05d）。" % (
             co.sys(1), d.year - 3, co.an["code"], d.year - 3, co.rng.randint(1, 99999))),
         ("h1", "测评结论"), ("p", "综合得分%.2f分，测评结论为“良”；存在中风险问题%d项，无高风险问题。" % (80 + co.rng.random() * 12, co.rng.randint(3, 9)))]
    return Doc("djcp", "等保测评报告", d, ["51/grading"], False, b)


def djcp_rectify(co, d):
    rows = [[i + 1, t, lvl, r, "已整改" if i % 3 else "整改中"] for i, (t, lvl, r) in enumerate([
        ("数据库未开启审计", "中", "数据管理科"), ("部分服务器口令复杂度不足", "中", "系统运维科"), ("未部署数据防泄漏", "中", "网络安全科"),
        ("备份数据未异地存放", "中", "数据管理科"), ("安全管理制度未定期评审", "低", "综合科")])]
    return Doc("djcp_rect", "等保整改台账", d, [], True, sheets=[("整改台账", [["等级保护测评问题整改台账（%d年）" % d.year],
                                                                              ["序号", "问题", "风险", "责任科室", "状态"]] + rows)])


# ------------------------------------------------------------------------------ 数据管理科 / 社会保障卡管理科 (real, prove nothing)

def mask_rules(co, d):
    rows = [["公民身份号码", "保留前6位和后4位，其余以*替代"], ["姓名", "保留姓，名以*替代"], ["银行账号", "保留后4位"],
            ["手机号码", "保留前3位和后4位"], ["家庭住址", "保留至县（区）"]]
    return Doc("mask", "脱敏规则", d, [], False, sheets=[("规则", [["社保数据脱敏规则（V%d.%d）" % (co.rng.randint(1, 3), co.rng.randint(0, 5))],
                                                                ["字段", "脱敏方式"]] + rows)])


def query_log(co, d):
    rows = []
    for i in range(9):
        x = d - timedelta(days=co.rng.randint(0, 40))
        rows.append([x.isoformat(), co.rng.choice(["基金监督科", "劳动保障监察支队", "社会保险科", co.an["yb"], "公安机关（协查函）"]),
                     co.rng.choice(["个人参保缴费明细", "待遇领取记录", "单位参保人员名单"]), co.rng.randint(1, 300),
                     co.rng.choice(["稽核", "案件协查", "待遇核查"]), co.p(3), "已审批"])
    return Doc("query_log", "查询审批登记", d, [], True, sheets=[("登记簿", [["社保数据查询审批登记簿（%d年）" % d.year],
                                                                      ["日期", "申请单位", "查询内容", "涉及人数", "用途", "审批人", "状态"]] + rows)])


def share_ledger(co, d):
    rows = [[co.an["yb"], "参保人员基本信息、缴费基数", "每日增量", "前置机交换", "数据共享协议（%d）" % (d.year - 2)],
            ["市税务局", "社保费征收明细", "实时", "接口", "省级统一交换"], ["市民政局", "低保、特困人员名单", "每月", "前置机交换", "数据共享协议"],
            ["市公安局", "死亡人员信息", "每周", "省级平台", "省级统一交换"]]
    return Doc("share", "数据共享台账", d, [], True, sheets=[("台账", [["数据共享交换台账（%d年）" % d.year],
                                                                   ["共享对象", "共享内容", "频率", "方式", "依据"]] + rows)])


def pia(co, d):
    b = [("title", "社会保障卡线上申领功能个人信息保护影响评估报告"), ("p", "数据管理科    %s" % any_date(co, d)),
         ("h1", "一、处理活动"), ("p", "掌上人社APP社保卡线上申领收集申领人姓名、公民身份号码、照片和联系电话。"),
         ("h1", "二、评估结论"), ("p", "处理目的合法正当，采取传输加密、存储加密和最小必要授权等措施，风险可控。")]
    return Doc("pia", "个人信息保护影响评估", d, [], False, b)


def card_batches(co, d):
    rows = [["ZK%s%02d" % (ymd(d - timedelta(days=7 * i)), i), (d - timedelta(days=7 * i)).isoformat(), co.rng.randint(800, 5000),
             co.rng.choice(["第三代社保卡", "第三代社保卡（银行）"]), co.rng.choice(["已回盘", "已回盘", "制卡中"])] for i in range(8)]
    return Doc("card_batches", "制卡批次台账", d, [], True, sheets=[("制卡批次", [["社会保障卡制卡批次台账（%d年）" % d.year],
                                                                             ["批次号", "提交日期", "数量", "卡类型", "状态"]] + rows)])


def card_terminals(co, d):
    rows = [[c + "人社服务中心", "即时制卡机", co.rng.choice(["正常", "正常", "色带更换"]), co.rng.randint(50, 400), co.vp(2)] for c in co.an["counties"]]
    rows += [["市本级社保卡服务大厅", "即时制卡机", "正常", co.rng.randint(300, 900), co.vp(2)]]
    return Doc("card_terms", "即时制卡巡检", d, [], True, sheets=[("巡检", [["社保卡即时制卡网点设备巡检表（%d年%d月）" % (d.year, d.month)],
                                                                        ["网点", "设备", "状态", "本月制卡量", "巡检人"]] + rows)])


def card_app(co, d):
    b = [("title", "社会保障卡居民服务“一卡通”应用推进情况报告"), ("p", "社会保障卡管理科    %s" % any_date(co, d)),
         ("p", "截至%d年%d月，全市持卡人数%d万人，电子社保卡签发%d万张；社保卡已在交通出行、文化旅游、就医购药等%d个领域实现应用。"
          % (d.year, d.month, co.rng.randint(280, 600), co.rng.randint(150, 400), co.rng.randint(20, 60)))]
    return Doc("card_app", "一卡通推进报告", d, [], True, b)


# ------------------------------------------------------------------------------ 应急管理

def long_cover(co, d, title, ver, chapters):
    """封面, 修订记录 and 目录 of a 预案 / 计划 as the 中心 binds them."""
    b = [("p", bureau(co)), ("title", title), ("p", "版本：%s" % ver), ("p", "编制单位：局信息中心"),
         ("p", "审定：局网络安全和信息化领导小组"), ("p", "密级：内部    发放编号：%02d" % co.rng.randint(1, 30)), ("p", cnd(d)),
         ("break",), ("h1", "修订记录")]
    rows = [["版本", "修订内容", "修订人", "日期"]]
    for i, (v, t) in enumerate([("V1.0", "首次发布"), ("V1.1", "机构改革后调整组织体系，医保系统纳入适用范围"),
                                ("V2.0", "根据等级保护测评整改意见修订"), (ver, "年度修订")]):
        rows.append([v, t, co.p(i), "%d-%02d" % ((d.year - 3 + i, 3 + 2 * i) if i < 3 else (d.year, d.month))])
    b += [("table", rows), ("h1", "目  录")] + [("p", "%s、%s ………… %d" % (han(i), c, 2 + 2 * i)) for i, c in enumerate(chapters, 1)]
    return b + [("break",)]


def emergency_plan(co, d, strategy, recovery, cover=False):
    t = "%s网络安全事件应急预案" % bureau(co)
    p = Paper(t)
    if cover:
        chs = ["总则", "组织体系", "事件分级与响应", "处置流程"] + (["恢复策略"] if strategy else []) + (["系统恢复计划"] if recovery else [])
        p.blocks = long_cover(co, d, t, "V%d.%d" % (d.year - 2021, co.rng.randint(0, 3)), chs) + [("title", t)]
    p.head(("p", "（%d年修订）    局信息中心起草，局网络安全和信息化领导小组审定" % d.year))
    p.part("总则", ["为建立健全全市人社系统网络安全事件应急工作机制，保障社会保险经办、社会保障卡和公共就业服务连续运行，制定本预案。"])
    p.part("组织体系", ["局网络安全和信息化领导小组是应急指挥机构，信息中心主任%s任现场总指挥；下设技术处置组、业务保障组（社会保险科、"
                        "县区人社局）、舆情处置组和后勤保障组。" % co.boss])
    p.part("事件分级与响应", ["全市社保经办或社保卡业务中断超过30分钟、泄露个人权益数据1万条以上的，启动Ⅰ级响应；单个县区业务中断超过2小时的，"
                              "启动Ⅱ级响应；其他事件由值班长处置。"])
    p.part("处置流程", ["发现报告→研判定级→启动响应→先期处置→恢复验证→响应终止→总结报告（按规定报省厅和属地网信、公安部门）。"])
    p.part("恢复策略", ["%s RTO≤2小时、RPO≤15分钟，主用数据库故障时切换至同机房备库；%s、%s RTO≤4小时，从备份恢复；"
                        "人社专网中断时县区经办窗口启用4G备份链路。" % (co.sys(0), co.sys(1), co.sys(2))], ["55/plan"], strategy)
    p.part("系统恢复计划", ["按“网络→数据库→社保经办→社保卡→互联网服务”的顺序恢复，各系统恢复步骤、责任人和验证要点见附件2-4。"],
           ["36/recovery-plan"], recovery)
    p.items += ["36/emergency-plan", "53/emergency-plan"]
    return p.doc("emergency_plan", d, False)


def dr_plan(co, d):
    p = Paper("%s数据灾难恢复预案" % co.sys(0)).head(("p", "系统运维科、数据管理科    %s" % any_date(co, d)))
    p.part("恢复目标", ["RTO 2小时，RPO 15分钟；异地备份RPO 24小时。"])
    p.part("恢复资源", ["同机房备库、异地备份存储（%s政务云）、数据库备份与恢复操作规程。" % co.an["city"]])
    p.part("恢复步骤", ["宣布启动→网络检查→备库接管或从备份恢复→应用启动→经办业务验证→回切。"])
    p.items.append("36/recovery-plan")
    return p.doc("dr_plan", d, False)


def bcp(co, d, cover=False):
    p = Paper("金保工程信息系统业务连续性计划")
    if cover:
        p.blocks = long_cover(co, d, p.blocks[0][1], "V%d.0" % (d.year - 2021), ["适用范围", "业务影响结论", "应急响应与灾难恢复机制", "演练与维护"]) + \
            [("title", "金保工程信息系统业务连续性计划")]
    p.head(
        ("p", "V%d.0    %s    局网络安全和信息化领导小组审定" % (d.year - 2021, any_date(co, d))))
    p.part("适用范围", ["适用于社会保险经办、社会保障卡、公共就业服务等关键业务及%s委托运维的医保结算前置。" % co.an["yb"]])
    p.part("业务影响结论", ["待遇发放、社保费征缴对账和社保卡挂失为关键业务，最大可容忍中断时间4小时；医保联网结算最大可容忍中断时间2小时。"])
    p.part("应急响应与灾难恢复机制", ["由《网络安全事件应急预案》和各系统数据灾难恢复预案支撑；经办窗口启用手工受理和事后补录的应急经办流程。"])
    p.part("演练与维护", ["每年至少开展一次业务连续性演练，每年评审修订本计划。"])
    p.items.append("42/bcp")
    return p.doc("bcp", d, False)


def drill(co, d, kind):
    if kind == "dr":
        t = "%s数据备份恢复演练总结" % co.sys(0)
        scene = "模拟社保核心数据库主库存储故障，从备份集恢复至备库并切换"
        items = ["40/recovery-drill"]
        how = "实战演练"
        proc = "20:00下达指令→20:06确认故障→20:15启动恢复→21:40数据恢复完成→22:05经办业务验证通过→22:30回切完成"
    else:
        t = "%d年网络安全事件应急演练总结报告" % d.year
        scene = "模拟%s经办终端感染勒索病毒并向社保业务网段扩散" % co.rng.choice(co.an["counties"])
        items = ["40/emergency-drill", "53/drill"]
        how = co.rng.choice(["实战演练", "实战演练", "桌面推演"])
        proc = "09:00发现告警→09:07启动预案→09:30隔离受感染终端→10:35清除并恢复→11:10总结点评"
    b = [("title", t),
         ("table", [["演练时间", any_date(co, d)], ["演练形式", how], ["演练场景", scene],
                    ["参演单位", "信息中心系统运维科、网络安全科、数据管理科，驻场运维单位，%s人社局" % co.an["counties"][0]],
                    ["演练过程", proc], ["演练结果", "达到预期目标，恢复用时%d分钟" % co.rng.randint(40, 130)],
                    ["存在问题", "县区信息管理员到位较慢；备份集恢复耗时偏长"], ["记录人", co.p(3)], ["审核", co.boss]])]
    return Doc("drill", "演练总结", d, items, True, b)


def drill_scheme(co, d):
    b = [("title", "%d年网络安全应急演练方案" % d.year), ("p", "网络安全科    %s" % any_date(co, d)),
         ("h1", "一、演练目的"), ("p", "检验《网络安全事件应急预案》的可操作性和各处置组协同能力。"),
         ("h1", "二、演练安排"), ("p", "拟于%d年%d月开展，采用实战与桌面推演相结合的方式。" % ((d + timedelta(days=30)).year, (d + timedelta(days=30)).month)),
         ("h1", "三、职责分工"), ("p", "总指挥%s，网络安全科负责场景设计，系统运维科负责隔离和恢复，驻场运维单位配合。" % co.boss)]
    return Doc("drill_scheme", "演练方案", d, [], False, b, decoy="drill plan")


def drill_notice(co, d):
    top, no = red_top(co, d, "关于开展%d年网络安全应急演练的通知" % d.year, "xin",
                      to="中心各科室，驻场运维单位，%s人社局：" % co.an["counties"][0])
    b = top + [("p", "根据《网络安全事件应急预案》，中心定于%d年%d月开展网络安全应急演练，请各单位按演练方案做好准备。" % ((d + timedelta(days=8)).year, (d + timedelta(days=8)).month))] + \
        colophon(co, d, "xin")
    return Doc("drill_notice", "演练通知", d, [], False, b, decoy="drill notice")


# ------------------------------------------------------------------------------ 信创改造

def xc_plan(co, d, test, rollback):
    p = Paper("%s信创适配改造实施方案" % co.sys(1)).head(("p", "系统运维科    %s    （按省厅信创工作方案编制）" % any_date(co, d)))
    p.part("改造内容", ["将%s的应用服务器迁移至国产服务器和操作系统，数据库迁移至国产数据库，经办终端替换为国产终端。" % co.sys(1)])
    p.part("测试验证计划", ["第1-2周在测试环境完成功能测试、性能测试（并发300）和安全测试；第3周由经办骨干进行业务验证；",
                            "验证国产化环境与读卡器、高拍仪、评价器等外设及人社专网的兼容性，形成适配测试报告。"], ["25/test-plan"], test)
    p.part("割接步骤", ["冻结业务→数据迁移→比对校验→切换访问地址→经办验证→开放业务。"])
    p.part("回退措施", ["割接前保留原环境不下线；割接验证不通过的，1小时内切回原环境，回退期间暂停受理的业务事后补录。"],
           ["25/rollback", "11/rollback"], rollback)
    return p.doc("xc_plan", d, False)


def compat(co, d):
    b = [("title", "%s信创适配兼容性测试报告" % co.sys(1)), ("p", "测试日期：%s    测试单位：系统运维科、%s" % (any_date(co, d), co.vendor)),
         ("table", [["验证项", "内容", "结果"], ["网络兼容", "国产服务器接入人社专网，与省厅前置、县区节点连通和路由", "通过"],
                    ["系统兼容", "国产操作系统、中间件与原应用适配", "通过"], ["应用兼容", "旧版客户端、读卡器驱动和%s接口调用" % co.sys(0), "通过"]]),
         ("p", "结论：改造后与原系统兼容，满足割接条件。测试人：%s" % co.p(2))]
    return Doc("compat", "兼容性测试报告", d, ["11/compatibility"], True, b)


def requirements(co, d):
    b = [("title", "%s信创迁移需求分析记录" % co.an["ybsys"][2]), ("p", "系统运维科    %s" % any_date(co, d)),
         ("table", [["类别", "需求", "%s确认" % co.an["yb"]], ["功能", "保持定点机构结算、对账、清算全部功能", "已确认"],
                    ["性能", "结算高峰并发500笔/秒，单笔响应≤1秒", "已确认"], ["安全性", "满足等级保护第三级和医保数据安全要求", "已确认"]]),
         ("p", "%s代表：%s（签字）" % (co.an["yb"], co.cp(0)))]
    return Doc("requirements", "需求分析记录", d, ["11/requirements"], True, b)


def xc_weekly(co, d):
    b = [("title", "信创改造工作推进周报（%s）" % d.isoformat()),
         ("p", "一、本周进展：完成国产服务器上架%d台，中间件适配完成%d%%。" % (co.rng.randint(2, 10), co.rng.randint(30, 90))),
         ("p", "二、存在问题：部分县区读卡器驱动尚未适配国产操作系统。"), ("p", "三、下周计划：开展业务验证。")]
    return Doc("xc_weekly", "信创周报", d, [], True, b)


# ------------------------------------------------------------------------------ 综合科: 服务设计、监视、审核、评审、改进

def catalog(co, d, parts):
    rows, items = [], ["29/catalog"]
    base = [("初始服务", "新接入系统和单位的资产识别、配置项收集和运维流程导入"), ("安全设备运维", "人社专网、互联网出口和医保接入区安全设备的维护与升级"),
            ("日常巡检服务", "中心机房及县区专网节点日常巡检"), ("健康检查", "每季度安全设备及业务系统健康检查"),
            ("安全事件审计", "网络及安全设备、服务器、应用日志审计")]
    l2 = [("运维监控与分析", "金保工程系统7×24监控及月度分析"), ("终端安全监控", "经办终端准入、违规外联和病毒监控"),
          ("等级保护合规性运维", "按等级保护要求开展合规检查和整改跟踪")]
    l1 = [("安全通告及漏洞分析", "漏洞、病毒、厂商通告收集分析并编发预警通报"), ("应急响应服务", "网络安全事件和运维事件7×24应急支援")]
    for on, its, ents in [("base" in parts, ["12/catalog"], base), ("l2" in parts, ["19/catalog"], l2), ("l1" in parts, ["26/catalog"], l1)]:
        if on:
            items += its
            rows += [[n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["服务记录", "检查报告", "工单"])] for n, c in ents]
    rows += [["账号及权限服务", "经办人员账号开立与权限调整", "远程", "工单"], ["数字证书服务", "UKey申领、更新和注销", "现场", "工单"]]
    return ledger("catalog", "信息中心运维服务目录（%d年版）" % d.year, d, False, [
        ("服务目录", ["服务项目", "服务内容", "服务方式", "交付物"], rows, items)])


def avail_kpis(co, d):
    rows = [["整体指标", "金保工程重要信息系统综合可用率", "全部重要信息系统", "≥99.9%", "月"],
            ["整体指标", "一级运维事件次数", "全部生产系统", "0", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.9%", "月"],
            ["单系统指标", "%s可用率" % co.sys(1), co.sys(1), "≥99.9%", "月"],
            ["单系统指标", "%s可用率" % co.an["ybsys"][2], co.an["ybsys"][2], "≥99.9%", "月"],
            ["单系统指标", "人社专网县区节点可用率", "人社专网", "≥99.8%", "月"]]
    return ledger("kpis", "重要信息系统可用性指标清单", d, False, [
        ("指标", ["类别", "指标", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    p = Paper("以往运维服务方案对生产影响分析及自动化运维建议").head(("p", "系统运维科    %s" % any_date(co, d)))
    p.part("以往服务方案回顾", ["回顾%d年实施的运维服务方案%d项，包括省厅版本升级、县区专网改造、医保接入区策略调整、数据库迁移等。"
                                % (d.year - 1, co.rng.randint(20, 40))])
    p.part("对生产的影响分析", ["其中5项方案实施期间影响经办业务（最长22分钟），均在变更窗口内；1项因回退导致次日开门延迟15分钟。"],
           ["7/impact-analysis"])
    p.part("解决效率分析及可自动化服务", ["全年处置安全事件%d起，平均处置时长3.1小时，终端病毒告警、弱口令告警等重复性事件占61%%；建议将病毒库"
                                         "版本核查、弱口令核查、县区节点巡检和运维月报生成实现自动化。" % co.rng.randint(60, 150)],
           ["7/automation"], auto)
    return p.doc("svc", d, True)


def dev_plan(co, d):
    b = [("title", "%d年度运维工具自主开发计划" % d.year), ("p", "系统运维科    %s" % any_date(co, d)),
         ("p", "根据%s和经办窗口的需求及中心自身开发能力，计划开发以下工具：" % co.an["yb"]),
         ("table", [["工具名称", "用途", "计划完成", "负责人"], ["县区节点自动巡检脚本", "批量采集县区专网设备状态", "%d年6月" % d.year, co.p(4)],
                    ["经办终端合规核查工具", "核查终端补丁、病毒库和违规外联", "%d年9月" % d.year, co.p(1)],
                    ["制卡数据交换监控看板", "监控制卡数据包传送和回盘", "%d年11月" % d.year, co.p(5)]])]
    return Doc("dev_plan", "开发计划", d, ["33/dev-plan"], False, b)


def goal_watch(co, d):
    rows = [["%s满意度" % co.an["yb"], "≥90分", "%d分" % co.rng.randint(90, 95), "是", "—"], ["有效投诉", "≤6件/年", "5件", "是", "—"],
            ["一级运维事件", "0", "1起", "否", "整改通知单"], ["变更成功率", "≥98%", "97.1%", "否", "纳入持续改进计划"],
            ["服务级别达成率", "≥95%", "96.2%", "是", "—"]]
    return ledger("goal_watch", "%d年运维服务目标监测表" % d.year, d, True, [
        ("监测", ["监测项目", "目标", "实际", "是否达成", "措施"], rows, ["57/measurement"])])


def prev_check(co, d):
    rows = [[(d - timedelta(days=30 * i)).isoformat(), co.rng.choice(["社保核心库表空间使用率85%", "县区接入防火墙运行超8年",
                                                                      "集中参保期数据库CPU逼近阈值", "结算前置证书临期"]),
             co.rng.choice(["扩容表空间", "列入更换计划并储备备件", "调整批量作业时段", "提前更换证书"]), co.p(i), "已验证有效"] for i in range(5)]
    return ledger("prev", "预防性维护措施验证记录（%d年）" % d.year, d, True, [
        ("验证", ["发现日期", "潜在问题", "预防措施", "责任人", "有效性验证"], rows, ["66/effectiveness"])])


def internal_audit(co, d):
    p = Paper("%d年度运维管理体系内部审核报告" % d.year).head(("p", "审核组长：%s    审核日期：%s" % (co.p(3), any_date(co, d))))
    p.part("审核目的与依据", ["验证信息中心运维管理体系满足ISO/IEC 20000-1标准和局信息化管理制度要求、满足%s和各经办单位的服务需求及运维"
                              "服务协议要求，并得到有效实施和保持。" % co.an["yb"]])
    p.part("审核范围", ["综合科、系统运维科、网络安全科、数据管理科、社会保障卡管理科、运维服务台及驻场运维单位。"])
    p.part("审核发现", ["开具不符合项3项：机房值班记录交接签字不全；2份变更申请审批表缺回退验证记录；知识库条目超期未复核。"])
    p.part("审核结论", ["体系运行总体有效，不符合项已下发整改并跟踪。"])
    p.items.append("59/internal-audit")
    return p.doc("internal_audit", d, True)


def bureau_audit(co, d):
    b = [("title", "关于金保工程信息化项目资金使用情况的内部审计报告"), ("p", "局内部审计科    %s" % any_date(co, d)),
         ("h1", "一、审计范围"), ("p", "%d年金保工程运维经费、信创改造资金和社保卡制卡经费的预算执行和政府采购情况。" % (d.year - 1)),
         ("h1", "二、审计发现"), ("p", "驻场运维服务费按考核结果支付，手续基本完备；个别小额采购未按规定比价。"),
         ("h1", "三、审计建议"), ("p", "严格执行政府采购程序，加强合同履约验收。")]
    return Doc("bureau_audit", "局内部审计报告", d, [], True, b)


def review_minutes(co, d, inputs):
    p = Paper("%d年度运维服务管理评审会议纪要" % d.year).head(
        ("p", "时间：%s    主持：%s    参加：中心班子成员、各科科长、驻场运维单位项目经理" % (any_date(co, d), co.boss)))
    txt = {"perf": ("服务和流程执行情况", "服务级别达成率96.2%，事件、变更、问题、服务请求等流程按制度执行，内部审核不符合项3项已整改，流程符合性良好。",
                    ["59/management-review", "60/performance"]),
           "fb": ("服务对象反馈", "%s满意度测评综合91分，有效投诉5件（报修电话占线、变更告知不及时）均已处理。" % co.an["yb"], ["60/customer-feedback"]),
           "res": ("资源现状及预测", "中心在编运维人员%d人、驻场运维人员%d人；明年信创改造和社保卡第三代卡推广，预计需增加驻场人员2人。"
                   % (co.rng.randint(9, 16), co.rng.randint(3, 6)), ["60/resources"]),
           "ca": ("纠正措施进展", "上年度评审提出的4项措施已完成3项，1项（县区双链路改造）进行中。", ["60/corrective-actions"]),
           "chg": ("可能影响服务的变化", "省厅社保系统全省集中、信创改造、%s系统向省医保平台迁移。" % co.an["yb"], ["60/changes"]),
           "imp": ("改进机会", "变更成功率未达标、集中参保期报修高峰保障、运维月报自动生成。", ["60/improvements"])}
    for k in inputs:
        h, s, its = txt[k]
        p.part(h, [s], its)
    p.part("评审结论", ["运维服务管理体系持续适宜、充分、有效；同意增加驻场人员和改进项目预算，报局长办公会审定。"])
    return p.doc("review", d, True)


def improve_plan(co, d, criteria):
    p = Paper("%d年度运维服务持续改进计划" % d.year).head(("p", "综合科编制    %s    中心主任办公会审定" % any_date(co, d)))
    p.part("改进项目", [("table", [["改进项目", "来源", "改进目标", "责任科室", "完成时间"],
                                   ["县区经办窗口网络双链路改造", "监视过程", "县区专网中断次数下降50%", "系统运维科", "%d年10月" % d.year],
                                   ["社保卡制卡数据交换监控告警", "运维过程", "制卡数据包异常发现时间≤10分钟", "社会保障卡管理科", "%d年6月" % d.year],
                                   ["变更测试验证一致性", "内部审核", "变更成功率≥98%", "系统运维科", "%d年5月" % d.year]])],
           ["64/plan", "68/plan"])
    p.part("改进机会评估标准", ["按对经办业务的影响（40%）、实施成本（30%）、风险（30%）评分，70分以上列入计划；改进项目须经识别、登记、"
                                "批准、评估、测量和报告。"], ["64/criteria"], criteria)
    return p.doc("iplan", d, True)


def improve_eval(co, d):
    b = [("title", "改进机会评估表"), ("p", "综合科    %s" % any_date(co, d)),
         ("table", [["改进机会", "业务影响", "实施成本", "风险", "加权得分", "优先级"], ["县区经办窗口网络双链路改造", 9, 6, 8, 85, "高"],
                    ["社保卡制卡数据交换监控告警", 8, 8, 8, 79, "高"], ["运维知识库与报修电话对接", 6, 7, 9, 66, "中"],
                    ["运维月报自动生成", 5, 8, 9, 64, "低"]]),
         ("p", "按加权得分排序，经中心主任办公会批准前两项。批准：%s" % co.boss)]
    return Doc("ieval", "改进机会评估表", d, ["67/analysis", "67/prioritisation"], True, b)


def improve_track(co, d, measured):
    rows = [["社保卡制卡数据交换监控告警", "异常发现≤10分钟", "监控看板已上线", (d - timedelta(days=66)).isoformat(),
             "实测平均6分钟，有效" if measured else "", "已在管理评审报告"],
            ["县区经办窗口网络双链路改造", "中断次数下降50%", "完成%d个县区" % len(co.an["counties"]), (d - timedelta(days=14)).isoformat(),
             "中断次数下降58%，有效" if measured else "", "已报告"]]
    items = ["68/implementation"] + (["68/effectiveness"] if measured else [])
    return ledger("itrack", "持续改进项目实施跟踪台账（%d年）" % d.year, d, True, [
        ("跟踪", ["改进项目", "改进目标", "实施情况", "完成日期", "效果测量", "报告情况"], rows, items)])


def awareness(co, d):
    rows = [[i + 1, co.p(i), ["综合科", "网络安全科", "系统运维科", "数据管理科", "系统运维科", "社会保障卡管理科"][i], "已签"] for i in range(6)] + \
           [[7, co.vp(0), "驻场运维", "已签"], [8, co.vp(1), "驻场运维", "已签"]]
    return ledger("aware", "“持续改进 提升服务”专题宣贯培训签到及考核记录", d, True, [
        ("签到", ["序号", "姓名", "科室", "签到"], rows, ["69/awareness-training"]),
        ("培训信息", ["项目", "内容"], [["时间", any_date(co, d)], ["授课人", co.p(0)],
                                       ["内容", "持续服务改进的意义、改进机会的提出和登记、优秀改进案例分享"], ["考核", "平均分%d分" % co.rng.randint(85, 96)]], [])])


def replay(co, d):
    p = Paper("%d年运维服务问题复盘及改进报告" % d.year).head(("p", "系统运维科、综合科    %s" % any_date(co, d)))
    p.part("重大运维事件", ["%d月社保核心数据库归档日志空间满，导致全市经办业务中断38分钟，原因为批量作业日志激增未预警。" % co.rng.randint(2, 9)])
    p.part("失败变更", ["2次省厅版本补丁升级回退，均因测试环境与生产环境配置不一致。"])
    p.part("服务不达标", ["第三季度报修工单按时办结率93.8%，未达95%的合同约定。"])
    p.part("改进计划", ["建立数据库空间容量预警；测试环境配置与生产同步；集中参保期增派坐席。"])
    p.items.append("70/defect-analysis")
    return p.doc("replay", d, True)


def year_summary(co, d, data, forecast):
    p = Paper("局信息中心%d年度工作总结" % (d.year - 1)).head(("p", any_date(co, d)))
    p.part("全年工作回顾", ["完成省厅社保系统版本升级%d次、社保卡第三代卡切换、%s运维服务协议续签，全年无较大及以上网络安全事件。"
                            % (co.rng.randint(3, 8), co.an["yb"])])
    p.part("运维数据汇总", [("table", [["指标", "全年"], ["异常报告及时率", "98.7%"], ["异常漏报率", "0.4%"], ["维护作业计划及时完成率", "97.6%"],
                                       ["故障隐患发现率", "91%"], ["异常主动发现率", "87%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                       ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(15, 50)]])],
           ["56/data"], data)
    p.part("运维数据分析及服务预测", ["汇总全年日志、变更、事件、服务请求和问题数据：运维事件同比下降12%，服务请求上升27%，变更集中在月初和集中"
                                      "参保期前；预测下年度信创改造期间变更量将翻番，经办权限类服务请求继续增长约20%，需增加服务台坐席并推行自助服务。"],
           ["71/forecast"], forecast)
    p.part("下年度工作思路", ["推进信创改造和社保系统全省集中，深化社保卡一卡通应用，做好等级保护测评。"])
    return p.doc("year_summary", d, True)


def work_points(co, d):
    b = [("title", "%d年全市人社信息化工作要点" % d.year), ("p", "%s办公室    %s" % (bureau(co), any_date(co, d))),
         ("p", "一、推进社会保险经办系统全省集中；二、深化社保卡居民服务一卡通；三、提升网上服务大厅和掌上人社APP办件率；四、落实网络安全等级保护和"
               "数据安全责任；五、完成信创改造年度任务。")]
    return Doc("work_points", "工作要点", d, [], False, b)


def self_assess_copy(co, d):
    rows = [["序号", "条款要点", "证明材料清单", "自评结论"]]
    for i, t in enumerate(["服务时间需求调查", "运维预算", "与客户沟通记录", "安全运维服务目录", "IT资产识别清单", "问题管理程序"], 1):
        rows.append([i, t, "（待补充）", ""])
    return Doc("ccrc_copy", "自评估表工作底稿", d, [], False, sheets=[("自评估", [["信息系统安全运维服务资质自评估表（工作底稿）"]] + rows)],
               decoy="the self-assessment form itself")


def mr_notice(co, d):
    b = [("title", "关于召开%d年度运维服务管理评审会议的通知" % d.year),
         ("p", "中心各科室、驻场运维单位：定于%s召开管理评审会议，请各科准备服务执行情况、%s反馈、资源需求、纠正措施进展和改进建议等评审输入"
               "材料，于会前3个工作日报综合科。" % (cnd(d), co.an["yb"])), ("p", "综合科")]
    return Doc("mr_notice", "管理评审通知", d, [], True, b, decoy="meeting notice")


def signin(co, d, what):
    rows = [[i + 1, co.p(i), "信息中心", ""] for i in range(6)] + [[7, co.vp(0), "驻场运维", ""]]
    return Doc("signin", "学习签到表", d, [], True, sheets=[("签到", [["《%s》学习签到表" % what], ["时间：%s" % any_date(co, d)],
                                                                     ["序号", "姓名", "单位", "签名"]] + rows)], decoy="sign-in about a plan or 办法")


UNREL = [
    ("党建", "关于开展“学思想 强党性 重实践 建新功”主题党日活动的通知", ["各党支部：结合“人社服务快办行动”，组织党员到社区服务站点开展志愿服务。"]),
    ("工会", "%d年干部职工趣味运动会报名表", ["以科室为单位报名，每科不少于6人。"]),
    ("业务", "关于做好%d年城乡居民基本养老保险集中缴费工作的通知", ["各县（市、区）人社局：集中缴费期为9月1日至12月31日。"]),
    ("行风", "人社系统行风建设“三年行动”工作台账", ["窗口单位落实首问负责、一次性告知和限时办结制度。"]),
    ("行政", "关于规范公务用车使用管理的通知", ["公务用车实行统一调度，严禁公车私用。"]),
    ("业务", "稳岗返还“免申即享”工作进展情况通报", ["截至本月末，全市已向%d户企业发放稳岗返还资金。"]),
]


def unrelated(co, d, i):
    folder, t, ps = UNREL[i]
    t = t % d.year if "%d" in t else t
    b = [("title", t)] + [("p", p % co.rng.randint(1000, 9000) if "%d" in p else p) for p in ps]
    return folder, t, Doc("unrelated", t, d, [], False, b, decoy="unrelated")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an AN share: 局发文/<year>/, 转发省厅文件/, 中心制度/, 综合科/, 系统运维科/<year>/, 网络安全科/<year>/,
    数据管理科/, 社会保障卡管理科/, 医保局运维服务/, 驻场运维管理/, 应急管理/, 信创改造/, 归档/, 个人/, a recycle bin."""
    co.an = AN_INFO[getattr(co, "info_id", co.id)]
    co.an_no = {}
    r = co.rng
    gaps = set(co.an["gaps"]) | set(r.sample(SOFT, r.randint(0, 2)))
    olds = set(co.an["olds"]) - gaps
    co.gaps, co.oldonly = gaps, olds
    made = []
    g = gaps.__contains__

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.35)
        opt.setdefault("styled", r.random() < 0.65)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxzx", "USER-20190912", "lenovo", co.vp(0)]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            rel = "%s(%d).%s" % (base, 1 + sum(1 for u in co.used if u.startswith(base)), ext)
        co.add(rel, doc, **opt)
        return rel

    def slot(k, name, factory, age="record", when=None, **opt):
        """One optional document: absent when k is a gap, an old copy only when k is old."""
        if g(k):
            return None
        d = co.old() if k in olds else (when or (co.issued() if age == "issued" else co.fresh()))
        doc = factory(d)
        put(name(d), doc, **opt)
        if doc.items and doc.record and k not in olds:
            made.append((name, factory, d))
        return doc

    scan = {"creator": "Canon iR-ADV C5535 扫描 (OCR)", "author": "scanner", "styled": False}
    wps = {"creator": "WPS 文字"}
    JF, ZF, ZD, ZH = "局发文/", "转发省厅文件/", "中心制度/", "综合科/"
    YW, AQ, SJ, KG = "系统运维科/", "网络安全科/", "数据管理科/", "社会保障卡管理科/"
    YB, ZC, YJ, XC = "医保局运维服务/", "驻场运维管理/", "应急管理/", "信创改造/"

    def yr(d):
        return "%d年/" % d.year

    def spread(n, lo=1, hi=10):
        """n different months of 2026 (the share's current year), each a date in that month."""
        return [date(2026, m, r.randint(3, 27)) for m in sorted(r.sample(range(lo, hi + 1), n))]

    # --- 制度: 局发文 (红头, whole or 正文 + 附件), 中心细则, 工作规程, the 汇编
    keys = [k for k in REGS if not g(k)]
    nopdca = {"yunwei"} if g("pdca") else set()
    pool = [k for k in keys if k not in ("data", "resp")]
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(3, 6)], key=list(REGS).index)
    d = co.issued()
    book = compilation(co, d, in_book, nopdca)
    put(ZD + "%s信息化管理制度汇编（%d年版）.pdf" % (bureau(co), d.year), book, **wps)
    for k in keys:
        if k in in_book and r.random() < 0.65:
            continue
        d = co.issued()
        name, level, _ = REGS[k]
        drop = (k in nopdca) or (k == "secevent" and r.random() < 0.08)
        if level == "gc":
            doc = reg_doc(co, d, k, drop)
            put(ZD + "工作规程/%s %s.%s" % (doc.an_no, name, r.choice(["docx", "docx", "pdf"])), doc)
            continue
        folder = (JF + yr(d)) if level == "fa" else (ZD + "细则/")
        if r.random() < 0.3:
            no, zw, fj = reg_split(co, d, k, drop)
            put(folder + "%s/正文.%s" % (no, r.choice(["pdf", "docx"])), zw, **(scan if r.random() < 0.5 else {}))
            put(folder + "%s/附件1：%s.docx" % (no, full_name(co, k)), fj)
        else:
            doc = reg_doc(co, d, k, drop)
            ext = r.choice(["docx", "pdf", "docx"])
            nm = r.choice(["%s 关于印发《%s》的通知" % (doc.an_no, full_name(co, k)), "关于印发%s的通知" % name,
                           "%s（%s）" % (name, doc.an_no)])
            put(folder + "%s.%s" % (nm, ext), doc, **(scan if ext == "pdf" and r.random() < 0.5 else {}))
    # 操作规程 of the modules, some bound in an 汇编; the 社保卡 business 规程
    oks = list(OPS)
    bound = sorted(r.sample(oks, r.randint(2, 3)), key=oks.index)
    d = co.issued()
    put(ZD + "操作规程/信息中心运维操作规程汇编（%d年）.docx" % d.year, ops_book(co, d, bound))
    for k in oks:
        if k not in bound and r.random() < 0.55:
            d = co.issued()
            put(ZD + "操作规程/%s.%s" % (OPS[k][0], r.choice(["docx", "pdf"])), ops_guide(co, d, k))
    d = co.issued()
    put(KG + "制度/社会保障卡制卡数据交换业务操作规程.docx", card_rule(co, d))

    # --- 转发省厅文件: the 转发 cover, the 省厅 version notice (real, prove nothing)
    for subj in r.sample(["关于进一步加强人社系统网络安全和数据安全工作的通知", "关于做好全省人社系统网络安全等级保护工作的通知",
                          "关于开展人社领域个人信息保护专项检查的通知", "关于加强社会保障卡数据安全管理的通知"], r.randint(1, 2)):
        d = co.fresh()
        put(ZF + "%s/关于转发《%s》的通知.%s" % (yr(d).rstrip("/"), subj, r.choice(["pdf", "docx"])), forward_cover(co, d, subj),
            **(scan if r.random() < 0.5 else {}))

    # --- 综合科: 组织, 人员, 纪要
    d = co.issued()
    put(ZH + "组织机构/%s 关于调整网络安全和信息化领导小组的通知%s.pdf" % (ymd(d), r.choice(["", "", "(1)"])),
        leading_group(co, d, r.random() < 0.85), **(scan if r.random() < 0.5 else wps))
    if r.random() < 0.6:
        d2 = d - timedelta(days=r.randint(3, 12))
        put(ZH + "会议纪要/局党组会/党组会议纪要%s.docx" % ymd(d2), party_minutes(co, d2))
    d = co.fresh()
    put(ZH + "会议纪要/局长办公会/局长办公会议纪要（%s）.pdf" % ymd(d), director_minutes(co, d), **scan)
    slot("roster", lambda d: ZH + "人员管理/运维人员名册%s.xlsx" % ymd(d), lambda d: staff_roster(co, d, r.random() < 0.85))
    slot("roles", lambda d: ZH + "组织机构/运维岗位及角色清单.xlsx", lambda d: roles_sheet(co, d), "issued")
    iv_min = r.random() < 0.35
    desk_min = r.random() < 0.3
    if not iv_min:
        slot("interface", lambda d: ZH + "中心发文/%s关于明确网络安全管理接口人的通知.docx" % yr(d), lambda d: interface_notice(co, d), "issued")
    if not desk_min:
        slot("desk", lambda d: ZH + "中心发文/%s关于设立信息系统运维服务台的通知.pdf" % yr(d), lambda d: desk_notice(co, d), "issued", **scan)
    slot("desk_train", lambda d: YW + "运维服务台/%s坐席培训记录.xlsx" % ymd(d), lambda d: desk_training(co, d))
    d = co.fresh()
    put(ZH + "培训/%s 12333坐席政策业务培训签到表.xlsx" % ymd(d), hotline_training(co, d))
    months = sorted(r.sample(range(2, 12), r.randint(2, 3)))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 26))
        n = m * 2 + i
        if i == 0:
            t = ["party"]
            if iv_min or g("interface"):
                t.append("interface_mention" if g("interface") else "interface")
            if desk_min and not g("desk"):
                t.append("desk")
            t.append("hcp")
        elif i == 1:
            t = ["improve" if not g("ieval") and r.random() < 0.5 else "improve_mention", "xc"]
        else:
            t = ["party", "holiday"]
        put(ZH + "会议纪要/主任办公会/中心主任办公会纪要（%d年第%d期）.%s" % (d.year, n, r.choice(["docx", "docx", "pdf"])),
            office_minutes(co, d, n, t))
    d = co.issued()
    parts = ("base",) + (() if g("cat_l2") else ("l2",)) + (() if g("cat_l1") else ("l1",))
    put(ZH + "服务管理/信息中心运维服务目录（%d年版）.xlsx" % d.year, catalog(co, d, parts))
    slot("kpis", lambda d: ZH + "服务管理/重要信息系统可用性指标清单.xlsx", lambda d: avail_kpis(co, d), "issued")
    slot("svc", lambda d: YW + "%s以往运维服务方案生产影响分析.docx" % yr(d), lambda d: svc_review(co, d, r.random() < 0.88))
    slot("dev", lambda d: YW + "%d年度运维工具自主开发计划.docx" % d.year, lambda d: dev_plan(co, d))
    slot("ola", lambda d: ZH + "服务管理/科室运维协同约定.docx", lambda d: ola_doc(co, d), "issued")

    # --- 医保局运维服务 (the customer)
    d0 = date(r.choice([2024, 2025]), r.randint(1, 10), r.randint(1, 28))     # the 协议's 续签 round
    put(YB + "01需求调研/%s信息系统运维服务需求调研报告.docx" % co.an["yb"], survey(co, d0, True, r.random() < 0.95))
    slot("hist", lambda d: YB + "01需求调研/上一协议期运行数据分析及运维保障方案.docx", lambda d: history(co, d, ["list", "analysis", "strategy"]),
         when=d0 + timedelta(days=r.randint(5, 15)))
    d = d0 + timedelta(days=r.randint(16, 40))
    put(YB + "01需求调研/%s运维服务对接会会议纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), meeting(co, d, True))
    slot("fee", lambda d: YB + "01需求调研/%d年度运维服务费测算表.xlsx" % d.year, lambda d: fee_sheet(co, d),
         when=d + timedelta(days=r.randint(3, 20)))
    d = d + timedelta(days=r.randint(30, 70))
    put(YB + "02运维服务协议/信息系统运维服务协议（盖章扫描件）.pdf", agreement(co, d, True, True, not g("h_agree")),
        **(scan if r.random() < 0.7 else wps))
    for dq in r.sample([date(2026, 3, 20), date(2026, 6, 18), date(2026, 9, 22)], r.randint(1, 2)):
        dq = dq + timedelta(days=r.randint(0, 8))
        slot("health", lambda d: YB + "03健康检查/%s%d年第%d季度健康检查报告.%s" % (yr(d), d.year, quarter(d), r.choice(["docx", "pdf"])),
             lambda d: health_check(co, d, co.an["yb"], not g("collect") and r.random() < 0.4, r.random() < 0.85), when=dq)
    for d, h, y in [(date(2025, 7, 10), "上半年", 2025), (date(2026, 1, 12), "下半年", 2025), (date(2026, 7, 8), "上半年", 2026)]:
        if r.random() < 0.85:
            d = d + timedelta(days=r.randint(0, 15))
            put(YB + "04满意度测评/%d年%s运维服务满意度测评报告%s.%s" % (y, h, r.choice(["", "", "final", "（定稿）"]), r.choice(["docx", "pdf"])),
                csat(co, d, h, y))
    slot("trend", lambda d: YB + "04满意度测评/满意度变化趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: YB + "04满意度测评/运维服务回访登记表_%d.xlsx" % d.year, lambda d: callbacks(co, d))
    d = co.fresh()
    put(ZH + "政务服务好差评/政务服务好差评情况统计表%d%02d.xlsx" % (d.year, d.month), hcp_stats(co, d))

    # --- 驻场运维管理 (the vendor)
    d = date(2025, 12, r.randint(10, 30)) if r.random() < 0.5 else date(2026, 1, r.randint(2, 20))
    put(ZC + "合同/驻场运维服务合同（%d）.pdf" % (d.year + (d.month == 12)), vendor_contract(co, d, not g("sld")), **scan)
    if r.random() < 0.5:
        d = date(2024, 12, r.randint(10, 30))
        put("归档/%d年/驻场运维服务合同（%d）.pdf" % (d.year + 1, d.year + 1), vendor_contract(co, d, not g("sld")), **scan)
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(ZC + "%s周报/驻场运维周报%s.%s" % (yr(d), ymd(d), r.choice(["docx", "txt"])), zc_weekly(co, d),
            **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    for m in sorted(r.sample(range(2, 12), r.randint(2, 3))):
        d = date(2026, m, r.randint(3, 10))
        put(ZC + "2026年/月报/%s运维服务月报（%d年%d月）.%s" % (co.vendor[:4], 2026, m - 1, r.choice(["docx", "pdf", "docx"])),
            zc_monthly(co, d, r.random() < 0.8, r.random() < 0.45, r.random() < 0.5))
    for q in sorted(r.sample([1, 4, 7, 10], r.randint(1, 2))):
        d = date(2026, q, r.randint(8, 25))
        put(ZC + "2026年/考核/驻场运维服务季度考核评分表（第%d季度）.xlsx" % (quarter(d) - 1 or 4), zc_assess(co, d, not g("kpi")))
    sn = r.randint(1, 300)
    rect_name = (lambda d: ZC + "%s整改通知/扫描件%04d.pdf" % (yr(d), sn)) if r.random() < 0.4 else \
        (lambda d: ZC + "%s整改通知/整改通知单%s.pdf" % (yr(d), ymd(d)))
    slot("rect", rect_name, lambda d: zc_rectify(co, d, r.random() < 0.85), **scan)
    d = co.fresh()
    put(ZC + "%s考勤/驻场人员考勤确认单%d%02d.xlsx" % (yr(d), d.year, d.month), attendance(co, d))
    if r.random() < 0.6:
        d = co.fresh()
        put(ZC + "%s服务确认单%d%02d.pdf" % (yr(d), d.year, d.month), service_confirm(co, d), **scan)

    # --- 系统运维科: 机房巡检, 县区专网巡检, 值班, 工单, 报修, 变更, 升级, 可用性, 台账
    for d in spread(r.randint(2, 3)):
        d = date(d.year, d.month, r.randint(25, 28))
        kinds = [k for k in ("env", "dev", "av", "maint", "fault", "up") if r.random() < 0.8] or ["env"]
        put(YW + "%s机房巡检/中心机房巡检记录表%d年%02d月.xlsx" % (yr(d), d.year, d.month), inspection_book(co, d, kinds))
    for d in spread(r.randint(1, 2)):
        doc = county_check(co, d, r.random() < 0.7)
        put(YW + "%s县区专网巡检/县区人社专网节点巡检表（%d月）.xlsx" % (yr(d), d.month), doc, creator="WPS 表格")
        if r.random() < 0.3:
            put(YW + "%s县区专网巡检/县区人社专网节点巡检表（%d月） - 副本.xlsx" % (yr(d), d.month), copy.deepcopy(doc))
    d = co.fresh()
    put(YW + "%s值班记录/值班记录扫描%s.pdf" % (yr(d), ymd(d)), duty_scan(co, d), **scan)
    slot("hw", lambda d: YW + "%s安全设备硬件故障统计表.xlsx" % yr(d), lambda d: hw_stats(co, d))
    for d in spread(2):
        put(YW + "%s工单导出/%s工单导出_%d%02d.xlsx" % (yr(d), co.an["itsm"], d.year, d.month), tickets(co, d, r.random() < 0.7))
    if r.random() < 0.7:
        d = co.fresh()
        put(YW + "%s报修登记/经办窗口报修登记表%d.%02d.xlsx" % (yr(d), d.year, d.month), repair_log(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        done = r.random() < 0.75
        put(YW + "%s变更管理/变更申请审批表BG-%s.pdf" % (yr(d), ymd(d)), change_form(co, d, done), **scan)
    d = co.fresh()
    put(YW + "%s变更管理/信息系统变更登记台账%d.xlsx" % (yr(d), d.year), change_ledger(co, d, r.random() < 0.85))
    if r.random() < 0.4:
        d = co.fresh()
        put("个人/%s/Book%d.xlsx" % (co.p(2), r.randint(1, 3)), change_ledger(co, d, True))
    d = co.fresh()
    put(YW + "版本升级/%s/%s《关于部署社会保险经办管理信息系统%s版本的通知》.pdf" % (co.an["ver"], co.an["tingfa"], co.an["ver"]),
        ting_upgrade_notice(co, d), **scan)
    if not g("golive"):
        d2 = d + timedelta(days=r.randint(5, 20))
        put(YW + "版本升级/%s/%s%s版本升级实施方案.docx" % (co.an["ver"], co.sys(0), co.an["ver"]),
            upgrade_plan(co, d2, r.random() < 0.85, r.random() < 0.85))
    slot("aplan", lambda d: YW + "可用性管理/%d年重要信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))
    slot("outage", lambda d: YW + "可用性管理/重要信息系统服务中断登记表（%d年）.xlsx" % d.year, lambda d: outage_book(co, d))
    slot("kb", lambda d: YW + "知识库/运维知识库导出_%s.xlsx" % ymd(d), lambda d: kb_export(co, d))
    slot("assets", lambda d: YW + "台账/信息设备资产台账_%s.xlsx" % ymd(d), lambda d: asset_book(co, d))
    slot("cmdb", lambda d: YW + "台账/配置库导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, not g("rel")))
    slot("ci", lambda d: YW + "台账/配置项更新维护登记%d.xlsx" % d.year, lambda d: ci_log(co, d))
    d = co.fresh()
    if r.random() < 0.7:
        put(YW + "%s数据库备份/数据库备份检查记录%d%02d.xlsx" % (yr(d), d.year, d.month), backup_check(co, d))

    # --- 网络安全科
    for dq in r.sample([date(2026, 1, 12), date(2026, 4, 10), date(2026, 7, 9), date(2026, 10, 12)], r.randint(1, 2)):
        slot("logaudit", lambda d: AQ + "%s日志审计/%d年第%d季度网络安全日志审计分析报告.%s" % ((yr(d),) + last_quarter(d) + (r.choice(["docx", "pdf"]),)),
             lambda d: log_audit(co, d), when=dq + timedelta(days=r.randint(0, 9)))
    for i, d in enumerate(spread(r.randint(2, 3))):
        n = d.month + i
        put(AQ + "%s预警通报/网络安全预警通报（%d年第%d期）.%s" % (yr(d), d.year, n, r.choice(["docx", "pdf", "docx"])),
            warn_notice(co, d, n, r.random() < 0.7))
    slot("sec_stats", lambda d: AQ + "%s网络安全事件统计分析表.xlsx" % yr(d), lambda d: sec_stats(co, d, r.random() < 0.8))
    slot("pt_plan", lambda d: AQ + "渗透测试/%d年度渗透测试工作计划.docx" % d.year, lambda d: pt_plan(co, d))
    slot("pt", lambda d: AQ + "渗透测试/%s渗透测试报告.pdf" % ymd(d), lambda d: pt_report(co, d))
    d = co.fresh()
    put(AQ + "%s漏洞扫描/漏洞扫描任务导出_%s.xlsx" % (yr(d), ymd(d)), vscan_export(co, d))
    d = co.fresh()
    if r.random() < 0.7:
        put(AQ + "%s态势感知/态势感知周报_%s.pdf" % (yr(d), ymd(d)), situation_weekly(co, d))
    slot("baseline", lambda d: AQ + "安全基线/人社信息系统安全配置基线.xlsx", lambda d: baseline(co, d), "issued")
    slot("collect", lambda d: AQ + "%s网络安全信息采集记录.xlsx" % yr(d), lambda d: collect_sheet(co, d))
    slot("grading", lambda d: AQ + "等级保护/定级备案/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued", **scan)
    slot("guide", lambda d: AQ + "等级保护/定级备案/等级保护定级工作指引.docx", lambda d: grading_guide(co, d), "issued")
    d = co.issued()
    put(AQ + "等级保护/测评报告/%s等级保护测评报告（%d）.pdf" % (co.sys(1), d.year), djcp_report(co, d), **wps)
    d = co.fresh()
    put(AQ + "等级保护/整改/等级保护测评问题整改台账%d.xlsx" % d.year, djcp_rectify(co, d))

    # --- 数据管理科, 社会保障卡管理科: real documents that prove nothing
    d = co.issued()
    put(SJ + "制度规范/社保数据脱敏规则.xlsx", mask_rules(co, d))
    d = co.fresh()
    put(SJ + "%s数据查询审批登记簿.xlsx" % yr(d), query_log(co, d))
    if r.random() < 0.7:
        d = co.fresh()
        put(SJ + "数据共享/数据共享交换台账%d.xlsx" % d.year, share_ledger(co, d))
    if r.random() < 0.5:
        d = co.fresh()
        put(SJ + "个人信息保护/社保卡线上申领个人信息保护影响评估报告.docx", pia(co, d))
    d = co.fresh()
    put(KG + "%s制卡批次台账.xlsx" % yr(d), card_batches(co, d))
    d = co.fresh()
    put(KG + "%s即时制卡网点设备巡检表%d%02d.xlsx" % (yr(d), d.year, d.month), card_terminals(co, d))
    if r.random() < 0.6:
        d = co.fresh()
        put(KG + "一卡通/社会保障卡居民服务一卡通应用推进情况报告.docx", card_app(co, d))

    # --- 应急管理
    d = co.issued()
    put(YJ + "预案/%s网络安全事件应急预案（%d年修订）.%s" % (bureau(co), d.year, r.choice(["docx", "pdf"])),
        emergency_plan(co, d, r.random() < 0.87, r.random() < 0.45, r.random() < 0.6))
    slot("drplan", lambda d: YJ + "预案/%s数据灾难恢复预案.docx" % co.sys(0), lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: YJ + "业务连续性/金保工程信息系统业务连续性计划.pdf", lambda d: bcp(co, d, r.random() < 0.5), "issued", **wps)
    dd = date(2026, r.randint(4, 10), r.randint(5, 28))     # the year's 网络安全应急演练
    if not g("edrill"):
        if r.random() < 0.25:
            put("个人/%s/新建文档 (%d).docx" % (co.p(1), r.randint(2, 6)), drill(co, dd, "sec"))
        else:
            put(YJ + "演练/%s%s网络安全事件应急演练总结报告.docx" % (yr(dd), ymd(dd)), drill(co, dd, "sec"))
    slot("rdrill", lambda d: YJ + "演练/%s%s数据备份恢复演练总结.pdf" % (yr(d), ymd(d)), lambda d: drill(co, d, "dr"), **scan)
    d = dd - timedelta(days=r.randint(20, 40))
    put(YJ + "演练/%s%d年网络安全应急演练方案.docx" % (yr(d), d.year), drill_scheme(co, d))
    if r.random() < 0.6:
        d = dd - timedelta(days=r.randint(5, 12))
        put(YJ + "演练/%s关于开展%d年网络安全应急演练的通知.pdf" % (yr(d), d.year), drill_notice(co, d), **scan)

    # --- 信创改造
    d = co.fresh()
    put(XC + "%s信创适配改造实施方案.docx" % co.sys(1), xc_plan(co, d, r.random() < 0.8, r.random() < 0.75))
    slot("compat", lambda d: XC + "测试/%s信创适配兼容性测试报告.docx" % co.sys(1), lambda d: compat(co, d))
    slot("req", lambda d: XC + "医保结算前置迁移/需求分析记录（%s签字）.pdf" % co.an["yb"][-5:], lambda d: requirements(co, d), **scan)
    if r.random() < 0.7:
        d = co.fresh()
        put(XC + "周报/信创改造工作推进周报%s.docx" % ymd(d), xc_weekly(co, d))

    # --- 综合科: 监视测量、内审、评审、改进
    kpi_name = (lambda d: ZH + "监视测量/附件%d.xlsx" % r.randint(1, 4)) if r.random() < 0.35 else \
        (lambda d: ZH + "监视测量/%d年运维服务目标监测表.xlsx" % d.year)
    slot("kpi", kpi_name, lambda d: goal_watch(co, d))
    slot("prev", lambda d: ZH + "监视测量/预防性维护措施验证记录%d.xlsx" % d.year, lambda d: prev_check(co, d))
    slot("ia", lambda d: ZH + "内审/%d年度运维管理体系内部审核报告.docx" % d.year, lambda d: internal_audit(co, d))
    d = co.fresh()
    put("局内部审计/%s金保工程信息化项目资金审计报告.pdf" % ymd(d), bureau_audit(co, d), **wps)
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if not (k == "perf" and g("mr_perf")) and r.random() < 0.95]
    slot("mr", lambda d: ZH + "管理评审/%d年度运维服务管理评审会议纪要.docx" % d.year, lambda d: review_minutes(co, d, inputs))
    slot("iplan", lambda d: ZH + "持续改进/%d年度运维服务持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.9))
    slot("ieval", lambda d: ZH + "持续改进/改进机会评估表_%s.docx" % ymd(d), lambda d: improve_eval(co, d))
    slot("itrack", lambda d: ZH + "持续改进/持续改进项目跟踪台账%d.xlsx" % d.year, lambda d: improve_track(co, d, r.random() < 0.85))
    slot("aware", lambda d: ZH + "培训/%s持续改进宣贯签到.xlsx" % ymd(d), lambda d: awareness(co, d))
    slot("defects", lambda d: YW + "%s运维服务问题复盘及改进报告.docx" % yr(d), lambda d: replay(co, d))
    d = date(2026, 1, r.randint(8, 28))
    put(ZH + "工作总结/局信息中心2025年度工作总结.docx", year_summary(co, d, r.random() < 0.6, not g("forecast") and r.random() < 0.8))
    if r.random() < 0.6:
        d = date(2025, 1, r.randint(8, 28))
        put("归档/2025年/局信息中心2024年度工作总结.docx", year_summary(co, d, True, True))
    d = date(2026, 2, r.randint(10, 28))
    put(JF + "2026年/%d年全市人社信息化工作要点.docx" % d.year, work_points(co, d))

    archive(co, made, put)
    decoys(co, lock_bytes, put, keys, gaps)


def archive(co, made, put):
    """Last year's copies under 归档/<year>/: genuine, a year older, stale."""
    for name, factory, d in made:
        if co.rng.random() >= 0.15:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "归档/%d年/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        put(rel, factory(prev))


def decoys(co, lock_bytes, put, keys, gaps):
    r = co.rng
    ZH, YW, YB, YJ, ZD = "综合科/", "系统运维科/", "医保局运维服务/", "应急管理/", "中心制度/"
    # 空白表 / 模板 / 范本
    put(YW + "机房巡检/中心机房巡检记录表（空表）.xlsx",
        blank_sheet("中心机房巡检记录表", co.fresh(), ["日期", "设备", "运行状态", "CPU", "告警", "巡检人"]))
    put(YW + "变更管理/信息系统变更申请审批表（模板）.docx",
        blank_paper("信息系统变更申请审批表", co.fresh(), ["变更内容", "影响范围", "测试验证情况", "回退方案", "审批意见", "实施结果"]))
    put(YB + "04满意度测评/运维服务满意度测评问卷（空白）.xlsx",
        blank_sheet("运维服务满意度测评问卷", co.fresh(), ["测评项", "非常满意", "满意", "一般", "不满意", "意见建议"]))
    put(YB + "02运维服务协议/信息系统运维服务协议（范本）.docx",
        blank_paper("信息系统运维服务协议（范本）", co.fresh(), ["第一条 服务范围", "第二条 运维方式", "第三条 服务级别及核心指标",
                                                     "第四条 健康检查", "第五条 费用与期限"], "（甲乙双方协商后填写）"))
    put(YJ + "演练/应急演练记录表（模板）.docx",
        blank_paper("应急演练记录表", co.fresh(), ["演练时间", "演练场景", "演练过程", "演练结果", "存在问题"]))
    if "fee" in gaps:
        put(YB + "01需求调研/运维服务费测算表（模板）.xlsx",
            blank_sheet("运维服务费测算表", co.fresh(), ["序号", "服务项目", "工作量（人天）", "人员安排", "单价", "金额", "时间节点"]))
    if "aware" in gaps:
        d = co.fresh()
        put(ZH + "培训/%s《运维服务持续改进管理细则》学习签到表.xlsx" % ymd(d), signin(co, d, "运维服务持续改进管理细则"))
    # drafts
    d = co.fresh()
    put(YJ + "业务连续性/金保工程信息系统业务连续性计划（征求意见稿）.docx", nullify(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put("个人/%s/运维服务协议修订（送审稿）.docx" % co.p(0), nullify(agreement(co, d, True, True, True), "draft", "（送审稿）"))
    d = co.fresh()
    put("个人/%s/%d年持续改进计划（讨论稿）.docx" % (co.p(3), d.year + 1), nullify(improve_plan(co, d, True), "draft", "（讨论稿）"))
    d = co.fresh()
    put("个人/%s/管理评审纪要初稿.docx" % co.p(0), nullify(review_minutes(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]), "draft", "（初稿）"))
    if "hist" in gaps:
        d = co.fresh()
        put("个人/%s/运行数据分析及保障方案（初稿）.docx" % co.p(2), nullify(history(co, d, ["list", "analysis", "strategy"]), "draft", "（初稿）"))
    if r.random() < 0.6:
        d = co.fresh()
        put("个人/%s/信息系统运行维护管理办法（征求意见稿）.docx" % co.p(0), nullify(reg_doc(co, d, "yunwei"), "draft", "（征求意见稿）"))
    # 作废
    d = date(2020, 5, 18)
    put(ZD + "已废止/运维问题管理细则（2020版）作废.docx", nullify(reg_doc(co, d, "problem"), "obsolete", "（作废）"))
    d = date(2019, 11, 6)
    put(YJ + "预案/作废/网络安全事件应急预案（2019版）作废.pdf", nullify(emergency_plan(co, d, True, True), "obsolete", "（作废）"))
    # recycle bin: copies of real documents
    binp = co.an["bin"]
    if binp.startswith("$RECYCLE"):
        binp += "S-1-5-21-%d-%d-%d-%d/" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(1000, 1300))
        rid = lambda: "$R" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))  # noqa: E731
        names = [rid() + ".docx", rid() + ".xlsx", rid() + ".docx"]
    else:
        names = ["%s/2026年网络安全事件应急演练总结报告.docx" % co.p(1), "%s/信息系统变更登记台账.xlsx" % co.p(2),
                 "%s/运维服务月报 - 副本.docx" % co.vp(0)]
    put(binp + names[0], nullify(drill(co, co.fresh(), "sec"), "recycle bin"))
    put(binp + names[1], nullify(change_ledger(co, co.fresh(), True), "recycle bin"))
    put(binp + names[2], nullify(zc_monthly(co, date(2026, r.randint(3, 10), 6), True, True, True), "recycle bin"))
    # sign-ins about a 预案 / 办法, the 制度目录, the 管理评审 notice, the self-assessment form
    for what in ("网络安全事件应急预案", "信息系统变更管理办法", "数据安全管理办法"):
        if r.random() < 0.6:
            d = co.fresh()
            put(ZH + "培训/%s《%s》学习签到表.xlsx" % (ymd(d), what), signin(co, d, what))
    put(ZH + "中心发文/关于公布现行有效信息化管理制度目录的通知.docx", reg_index(co, co.fresh(), keys))
    d = co.fresh()
    put(ZH + "管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    put("资质申报/CCRC安全运维/自评估表（工作底稿）.xlsx", self_assess_copy(co, co.fresh()))
    # unrelated
    for i in sorted(r.sample(range(len(UNREL)), r.randint(2, 3))):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    # lock files, empty files, an image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(co.an["bin"])]
    for rel in office[3:120:23]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(1)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw(YW + "2026年/机房巡检/新建 XLSX 工作表.xlsx", b"", "empty file")
    raw("网络安全科/2026年/日志审计/2026年第3季度网络安全日志审计分析报告（新）.docx", b"", "empty file")
    raw("个人/%s/新建 DOCX 文档.docx" % co.p(4), b"", "empty file")
    raw(YW + "2026年/值班记录/扫描全能王 %s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
