# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_bc.py - style BC: the IT部 / 信息技术中心 of a national 连锁酒店集团 (hotel chain).

An author voice for the accuracy corpus, used only by the BC shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py, kinds_ar.py's mechanics and the README's "Ground truth" and "Style AR"
sections; never the rules, the sources or a score).

The company: the head-office IT team of a hotel group with some eight hundred 直营 and 加盟 hotels (门店) in four or
five 大区.  It runs the PMS 酒店管理系统 (cloud PMS plus the 门店 front-desk PCs), the CRS 中央预订系统, the 会员系统,
the OTA 渠道直连 (携程/美团/飞猪 interfaces), the 门店网络 (SD-WAN boxes, 门店防火墙, 客房 Wi-Fi with 实名认证), the
旅业治安管理 upload to the 公安, the data centre and the cloud.  Inside: 基础架构组, 应用组, 信息安全组, the IT
服务台 (400 hotline + 企业微信), and 大区IT (one or two engineers per 大区).  An outsourced 驻场 vendor keeps engineers at
the head office and a 7×24 NOC.  Under an 《IT运维服务协议》 the IT部 also runs the IT of the group's 加盟 (franchise)
services subsidiary (特许经营服务公司) and the franchised hotels it manages; that subsidiary is the form's customer.

How its people write (a hotel chain's IT team: English service words inside Chinese text):
- 集团 文件 (X酒店集〔2026〕N号) that 印发 the 管理办法, 红头 then 第一章 总则 / 第一条; IT部 程序 and Policies with a
  document code (IT-PR-nn, ISMS-P-nn) and a version; an 《IT管理制度汇编（2025版）》 whose chapters are several 程序;
- SOPs (IT-SOP-nn) for one module each (门店网络巡检, 防火墙策略, PMS数据库备份恢复, EDR防病毒, 日志审计), some in an
  SOP汇编; 开业筹备 IT checklists;
- monthly ops workbooks "IT运维记录_2026-07.xlsx" whose sheets are record kinds (机房巡检, 日常维护, EDR查杀, 故障处理,
  版本升级, 门店网络), 门店 IT巡检表 by 大区/季度, ITSM 工单 and CHG exports, Incident Report / RCA in mixed English;
- the customer's folder: 需求调研, 预算, 沟通纪要, SLA, 健康检查 (by quarter), 满意度, IT Monthly Report;
- 信息安全组: 日志审计 (季度), 安全通告, 渗透测试, 等保, 信息采集, 基线;
- 体系: ISO 20000 / 27001 内审, 管评, CSI (持续改进); 周会 纪要 (Weekly IT Sync); 黄金周/双11 保障; PCI DSS 问卷;
- names: 2026-07, 202607, 20260712, 0712, 2026.7, V2.1, v3.0_final, 终版, (1), " - 副本", 附件2.docx, 扫描件003.pdf,
  Book1.xlsx, 新建 Microsoft Word 文档.docx; 99 归档/<year>; 个人文件夹/<name>; a NAS #recycle folder.

Every builder returns a kinds.Doc listing as items only what its own text proves: a part lends its items only when it
is written; a sheet without data rows proves nothing; a record older than a year keeps its items (record=True) and is
stale.  build(co, lock_bytes) lays out the whole share; BC_INFO holds the per-share facts and the designed holes.

Judgement calls of this voice (also in the README):
- a 集团 文件 filed whole (红头 + 办法) is the 办法; split, the 附件 is the 办法 and the 正文 is a decoy; the 制度汇编
  proves what its chapters write; the 运维管理办法 proves 10/pdca only with its PDCA chapter;
- the 信息安全事件管理程序 proves 30 (上报, 处置), 31/incident-process, 34/emergency-process (应急响应) and
  34/incident-process only with its 事后处理 chapter;
- one SOP of one module is 24's work instruction and 11's manual; the SOP汇编 is one document; the 开业筹备 IT checklist
  proves nothing;
- the monthly ops workbook proves each record kind whose sheet has rows; its 门店网络 (线路) sheet proves nothing;
- 门店 IT巡检表: 44/inspection, 45/monitoring and 14/maintenance, and with its EDR columns 44/virus-scan and 45/antivirus;
- an RCA of a security-device fault is 44's 故障处理 record; only the 硬件故障统计 is 14/hardware-faults;
- the IT Monthly Report to the customer proves 50 with its 趋势 chapter, 56 with the ten-indicator table, 18/22's
  availability report with its 可用性 chapter;
- the ITSM export is 43's process records and, with its 响应时间 column, 55's response times; CHG export is 54/43.
"""

from datetime import date, timedelta

from kinds import Doc

BC_INFO = {
    "bc1": dict(grp="锦澜酒店集团有限公司", jian="锦澜", gt="锦澜酒店集", it="信息技术中心", code="JL",
                brand="锦澜", club="锦澜会", cust="锦澜酒店特许经营服务有限公司", custs="特许服务公司",
                regions=("华东大区", "华南大区", "华北大区", "西南大区"),
                stores=("杭州西湖店", "宁波天一广场店", "广州天河店", "深圳科技园店", "北京望京店", "成都春熙路店"),
                itsm="ServiceDesk Plus", nas="#recycle", cloud="阿里云",
                holes={"survey_notime", "ola_draft", "pdca", "collect", "pentest_old", "devplan_draft", "trend",
                       "bcp_draft", "callbacks", "opp_unapproved", "forecast", "request"}),
    "bc2": dict(grp="悦途酒店集团股份有限公司", jian="悦途", gt="悦途集团", it="IT部", code="YT",
                brand="悦途", club="悦途会员俱乐部", cust="悦途加盟服务（上海）有限公司", custs="加盟服务公司",
                regions=("华东一区", "华东二区", "华中大区", "华北大区", "东北大区"),
                stores=("上海虹桥店", "苏州观前街店", "武汉光谷店", "郑州二七广场店", "天津滨江道店", "沈阳中街店"),
                itsm="Jira Service Management", nas="#recycle", cloud="华为云",
                holes={"budget_tpl", "hist_noanalysis", "kpis", "compat", "kb_empty", "cmdb", "drdrill",
                       "desk_train", "ia_old", "criteria", "defects_old", "grading_criteria", "asset_old"}),
    "bc3": dict(grp="栖云酒店管理集团有限公司", jian="栖云", gt="栖云集团", it="信息技术中心", code="QY",
                brand="栖云", club="栖云荟", cust="栖云特许经营服务（成都）有限公司", custs="特许经营公司",
                regions=("西南大区", "西北大区", "华中大区", "华南大区"),
                stores=("成都宽窄巷子店", "重庆解放碑店", "西安钟楼店", "昆明翠湖店", "长沙五一广场店", "南宁万象城店"),
                itsm="ITSM运维平台", nas=".recycle", cloud="腾讯云",
                holes={"survey_nosec", "no_outsourcing", "hw_old", "roles", "aplan", "iface", "no_recovery",
                       "bulletin_partial", "capa", "itrack", "sec_nopost", "wi_one"}),
    "bc4": dict(grp="海棠里酒店集团有限公司", jian="海棠里", gt="海棠集团", it="IT部", code="HTL",
                brand="海棠里", club="海棠会", cust="海棠里加盟管理有限公司", custs="加盟管理公司",
                regions=("华南大区", "华东大区", "海南区域"),
                stores=("广州珠江新城店", "佛山祖庙店", "厦门中山路店", "福州三坊七巷店", "海口万绿园店", "三亚湾店"),
                itsm="ServiceNow", nas="#recycle", cloud="阿里云",
                holes={"comm_noagree", "catalog_basic", "test_norollback", "slm", "health_old", "ci",
                       "monthly_notrend", "no_data", "audit_rule", "aware_signin", "mr_partial", "svc_noauto",
                       "problem"}),
}

HAN = "零一二三四五六七八九"
ZHN = "〇一二三四五六七八九"


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


def ym(d):
    return "%04d-%02d" % (d.year, d.month)


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
    return "%02d/%02d/%d" % (d.month, d.day, d.year)


def qtr(d):
    return (d.month - 1) // 3 + 1


class Sec:
    """A written document assembled part by part; a part lends its items only when it is written."""

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
        elif self.num == "en":
            h = "%d %s" % (self.n, heading)
        elif self.num == "tiao":
            h = "第%s条 %s" % (han(self.n), heading)
        else:
            h = "第%s章 %s" % (han(self.n), heading)
        self.blocks.append(("h1", h))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items)), record, self.blocks + list(tail))


def book(kind, title, d, record, sheets, note=None):
    """A workbook: sheets of (name, header, rows, items); a sheet with no rows lends nothing."""
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


def ctl(co, d, code, ver, status="受控"):
    """the control block of an IT部 document"""
    return [("table", [["文件编号", code, "版本", ver],
                       ["编制", co.p(1), "审核", co.p(0)],
                       ["批准", co.boss, "状态", status],
                       ["生效日期", anyd(co, d), "密级", "Internal / 内部"]])]


def it(co):
    return co.bc["grp"] + co.bc["it"]


def long_cover(co, title, code, ver, d, chapters):
    b = [("p", co.bc["grp"]), ("p", co.bc["it"]), ("p", " "), ("title", title), ("p", "文件编号：%s" % code),
         ("p", "版本：%s" % ver), ("p", "编制：%s    审核：%s    批准：%s" % (co.p(1), co.p(0), co.boss)),
         ("p", "%s 发布 / %s 实施" % (cnd(d), cnd(d + timedelta(days=7)))), ("break",), ("h1", "修订记录 Revision History")]
    rows = [["版本", "修订说明", "修订人", "日期"]]
    for i, v in enumerate(["V1.0", "V1.1", "V2.0", ver]):
        rows.append([v, ["首次发布", "增加门店网络相关内容", "组织架构调整（IT部更名）", "年度评审修订"][i], co.p(i),
                     "%d-%02d-%02d" % (min(d.year - 3 + i, d.year), 2 + i, 10 + i)])
    b += [("table", rows), ("h1", "目录 Contents")]
    b += [("p", "%d  %s ........ %d" % (i, ch, 2 + 5 * i)) for i, ch in enumerate(chapters, 1)] + [("break",)]
    return b


# ------------------------------------------------------------------------------ 制度 and 程序

# key: (name, level, code, [(chapter, [paras], items, tag)]); level "grp" = 集团 文件, "it" = IT部 程序
REGS = {
    "yw": ("信息系统运维管理办法", "grp", "JT-IT-01", [
        ("总则", ["为规范集团信息系统运维管理，保障PMS酒店管理系统、CRS中央预订系统、会员系统、OTA渠道直连及门店网络的稳定运行，"
                 "保障门店前台入住、退房、预订和会员权益的正常办理，制定本办法。",
                 "本办法适用于集团总部、各大区及直营门店；按《IT运维服务协议》由{it}提供运维服务的{custs}及其管理的加盟门店参照执行。"], [], None),
        ("管理模式（PDCA）", ["IT运维实行PDCA闭环管理：年初由{it}制定运维目标、服务目录、年度运维计划和预算（Plan）；",
                           "各组和大区IT按程序、SOP执行运维服务和门店支持（Do）；",
                           "通过KPI月度统计、IT Monthly Report、满意度调查、内部审核和管理评审对运维服务进行监视和评审（Check）；",
                           "对未达成的目标和审核发现开具CAPA，纳入年度持续改进（CSI）计划并跟踪关闭（Act）。"], ["10/pdca"], "pdca"),
        ("职责", ["{it}是集团信息系统运维的归口管理部门；各大区IT负责辖区门店的现场支持；门店店长为门店IT设备的第一责任人。"], [], None),
        ("运维要求", ["生产系统实行7×24监控；门店网络和前台设备实行季度巡检；所有变更须走变更流程，在维护窗口（凌晨2:00-5:00）实施。"], [], None),
        ("附则", ["本办法由{it}负责解释，自印发之日起施行。"], [], None)]),
    "aq": ("信息安全事件管理程序", "it", "ISMS-P-05", [
        ("目的和范围", ["规范信息安全事件的分类、上报、处置和事后处理，适用于集团数据中心、云上系统、门店网络和{custs}的系统。"], [], None),
        ("事件分类分级", ["信息安全事件分为有害程序事件（勒索、木马）、网络攻击事件、信息泄露事件（含会员及住客信息、信用卡数据）、"
                       "设备设施故障和其他事件；按影响分为P1（特别重大）、P2（重大）、P3（较大）、P4（一般）四级。"], [], None),
        ("事件上报", ["发现人或NOC发现事件后立即报IT服务台，服务台15分钟内报信息安全组；P1/P2事件30分钟内上报{it}负责人和集团信息安全领导小组，"
                   "涉及住客信息泄露的按规定报告属地公安和网信部门，涉及{custs}的同时通知其接口人。"], ["30/reporting-process"], None),
        ("事件处置", ["处置步骤：确认定级→遏制（隔离门店网络或下线接口）→根除→恢复→验证，处置过程在ITSM事件单中记录。"],
         ["30/response-process", "31/incident-process"], None),
        ("应急响应", ["达到《网络安全应急预案》启动条件时，由应急领导小组宣布启动应急响应，成立现场处置组和客户沟通组，事态消除后宣布结束。"],
         ["34/emergency-process"], None),
        ("事后处理", ["事件关闭后5个工作日内提交Incident Report及RCA，分析根因、明确整改措施和责任人，更新知识库和应急预案，在IT周会上通报。"],
         ["34/incident-process"], "post")]),
    "bg": ("变更管理程序", "it", "IT-PR-04", [
        ("目的", ["对生产环境的网络、安全设备、服务器、数据库、PMS/CRS版本和配置变更进行有效控制，降低变更对门店营业的影响。"], [], None),
        ("变更流程", ["变更发起人在ITSM提交CHG单，写明变更内容、影响门店范围、测试结果和回退方案；",
                   "标准变更按预授权执行；一般变更由组长审批；重大变更（影响全部门店或OTA直连）须CAB评审并经IT负责人批准，提前通知门店和{custs}；",
                   "变更在维护窗口实施，实施后验证，失败的按回退方案恢复；紧急变更可先电话审批后24小时内补单；",
                   "CHG单完整记录申请、审批、实施、验证和关闭过程，每月统计变更成功率。"], ["54/procedure"], None)]),
    "sj": ("事件管理程序", "it", "IT-PR-01", [
        ("目的", ["尽快恢复IT服务，减少故障对门店入住、预订和会员业务的影响。"], [], None),
        ("事件受理与处理", ["事件来源：NOC监控告警、门店通过400热线或企业微信报障、ITSM自助提单；由服务台统一登记。",
                         "事件分为P1-P4四级，P1（全部门店PMS不可用、CRS中断）15分钟响应；一线不能解决的升级至二线或厂商。",
                         "事件解决后由服务台回访门店确认，关闭工单。"], ["49/incident-procedure"], None)]),
    "qq": ("服务请求管理程序", "it", "IT-PR-02", [
        ("目的", ["规范门店和总部员工提出的账号开通、权限调整、新店开业网络开通、设备领用、报表提取等服务请求。"], [], None),
        ("请求流程", ["请求通过ITSM服务目录提交，经申请人上级审批；涉及会员数据导出的须经信息安全组和数据负责人审批；",
                   "服务台派单，承办组按服务目录时限办结，请求人确认后关闭。"], ["49/request-procedure"], None)]),
    "wt": ("问题管理程序", "it", "IT-PR-03", [
        ("目的", ["识别并消除重复发生或影响重大的事件的根本原因，防止再次发生。"], [], None),
        ("问题流程", ["P1事件、同一门店同类事件一个月内三次以上、失败变更，均须建立问题单（PRB）；",
                   "问题负责人在10个工作日内完成根因分析（RCA），提出workaround和永久方案，需变更的走变更流程；",
                   "问题解决后验证关闭，形成已知错误（Known Error）录入知识库；未关闭问题在IT周会跟踪。"], ["20/procedure", "37/procedure"], None)]),
    "zs": ("知识管理程序", "it", "IT-PR-06", [
        ("目的", ["积累运维经验，建立并维护IT知识库，提高一线解决率。"], [], None),
        ("知识流程", ["知识来源：事件与问题处理、变更经验、厂商资料、门店常见问题（FAQ）；",
                   "工程师提交知识条目→组长审核→发布到知识库→服务台和大区IT使用→每季度复核，过期条目下线。"], ["21/procedure"], None)]),
    "slm": ("服务级别管理程序", "it", "IT-PR-07", [
        ("目的", ["规范IT服务级别的设计、协商、签订、监视和评审。"], [], None),
        ("服务级别管理", ["根据业务需求制定服务目录和服务级别，与{custs}签订《IT运维服务协议》（SLA），与各组约定内部OLA，与外包商约定服务级别；",
                       "服务级别达成情况按月统计并写入IT Monthly Report，每季度与{custs}召开服务评审会，未达标项纳入CSI。"], ["39/slm-procedure"], None)]),
    "nsh": ("内部审核程序", "it", "ISMS-P-12", [
        ("目的", ["按计划的时间间隔验证IT服务管理体系（ISO/IEC 20000-1）和信息安全管理体系符合标准、满足服务需求并被有效实施和保持。"], [], None),
        ("审核安排", ["每年至少开展一次覆盖全部过程的内部审核，内审员经培训合格，不审核本组工作；",
                   "流程：年度审核方案→审核计划→首次会议→现场审核→不符合项报告（NCR）→末次会议→整改跟踪验证→结果输入管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], None)]),
    "jc": ("服务监视与测量程序", "it", "IT-PR-09", [
        ("目的", ["对IT服务的实现情况进行监视和测量。"], [], None),
        ("监视测量", ["监视内容：SLA达成率、门店满意度、投诉建议、事件按时解决率、变更成功率等KPI；",
                   "每月统计KPI并在IT Monthly Report中通报，每半年开展满意度调查，未达目标的开具CAPA并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], None)]),
    "gj": ("持续改进管理程序", "it", "IT-PR-10", [
        ("目的", ["对改进措施进行识别、记录、批准、评估、测量和报告。"], [], None),
        ("改进流程", ["改进机会来源：内审、管评、门店投诉、事件与问题分析、KPI未达成、员工建议；",
                   "提出人在CSI登记册登记→信息技术负责人组织按评估标准打分排序→IT负责人批准→实施→测量效果→在管理评审中报告。"],
         ["65/procedure"], None)]),
    "yf": ("预防措施管理程序", "it", "IT-PR-11", [
        ("目的", ["采取预防措施，消除潜在不符合的原因，防止其发生。"], [], None),
        ("预防措施", ["潜在问题来源：容量趋势、巡检发现的隐患、设备维保到期、旺季（黄金周、暑期）前风险评估；",
                   "预防措施经组长批准后实施，一个月内验证其有效性并记录在预防措施记录单中。"], ["66/preventive-actions"], None)]),
    "px": ("安全培训服务流程", "it", "ISMS-P-08", [
        ("目的", ["规范为门店员工、总部员工和{custs}提供的信息安全培训服务。"], [], None),
        ("培训流程", ["培训需求调研→年度培训计划→课件编写与审核→实施（线上学习平台或现场，签到）→考试→效果评估→归档。"],
         ["31/training-process"], None)]),
    "st": ("渗透测试管理规范", "it", "ISMS-P-09", [
        ("目的", ["规范对官网、APP、小程序、CRS及会员系统对外接口的渗透测试。"], [], None),
        ("测试流程", ["取得业务负责人书面授权→确定范围和测试窗口（避开订房高峰）→信息收集→漏洞发现与验证→报告→修复→复测；",
                   "测试不得使用拒绝服务手段，不得读取真实住客和会员数据。"], ["31/pentest-process"], None)]),
}


def fill(co, s):
    return s.replace("{it}", co.bc["it"]).replace("{custs}", co.bc["custs"])


def reg_body(co, key, drop=(), style="zhang"):
    name, level, code, chs = REGS[key]
    b, items, t, ci = [], [], 0, 0
    for ch, paras, its, tag in chs:
        if tag and tag in drop:
            continue
        ci += 1
        if style == "zhang":
            b.append(("h1", "第%s章 %s" % (han(ci), ch)))
            for p in paras:
                t += 1
                b.append(("p", "第%s条 %s" % (han(t), fill(co, p))))
        else:
            b.append(("h1", "%d %s" % (ci, ch)))
            for j, p in enumerate(paras, 1):
                b.append(("p", "%d.%d %s" % (ci, j, fill(co, p))))
        items += its
    return b, items


def reg_drop(co):
    H = co.bc["holes"]
    return ({"pdca"} if "pdca" in H else set()) | ({"post"} if "sec_nopost" in H else set())


def next_no(co, d):
    key = d.year
    co.bc_no[key] = co.bc_no.get(key, co.rng.randint(5, 40)) + co.rng.randint(2, 11)
    return "%s〔%d〕%d号" % (co.bc["gt"], d.year, co.bc_no[key])


def grp_doc(co, d, key, split=None):
    """a 集团 文件: 红头, 印发 notice, then the 办法; split='main' is the 正文 only (a decoy)."""
    name, level, code, _ = REGS[key]
    body, items = reg_body(co, key, reg_drop(co))
    no = next_no(co, d)
    full = co.bc["grp"] + name
    top = [("big", co.bc["grp"] + "文件"), ("p", no), ("title", "关于印发《%s》的通知" % full),
           ("p", "总部各部门、各大区、各门店："),
           ("p", "现将《%s》印发给你们，请遵照执行。执行中如有问题，请及时反馈%s。" % (full, co.bc["it"])),
           ("p", "附件：%s" % full), ("p", co.bc["grp"]), ("p", sign_date(d)),
           ("p", "抄送：%s。" % co.bc["cust"]),
           ("p", "%s总裁办公室          %s印发" % (co.bc["grp"], cnd(d + timedelta(days=1))))]
    if split == "main":
        doc = Doc("grp_main", "关于印发《%s》的通知" % full, d, [], False, top, decoy="notice that only cites the 办法 it issues")
    else:
        doc = Doc("reg:" + key, name, d, sorted(set(items)), False, top + [("break",), ("title", full)] + body)
    doc.bc_no = no
    return doc


def it_doc(co, d, key, ver=None):
    """an IT部 程序 / Policy with its control block"""
    name, level, code, _ = REGS[key]
    body, items = reg_body(co, key, reg_drop(co), style="num")
    ver = ver or "V%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 4))
    b = [("p", it(co)), ("title", name)] + ctl(co, d, "%s-%s" % (co.bc["code"], code), ver) + body
    return Doc("reg:" + key, name, d, sorted(set(items)), False, b)


def compilation(co, d, keys):
    names = [REGS[k][0] for k in keys]
    b = long_cover(co, "%s管理制度汇编（%d版）" % (co.bc["it"], d.year), "%s-HB-%d" % (co.bc["code"], d.year), "V%d.0" % (d.year - 2020), d, names)
    b += [("h1", "编制说明"), ("p", "本汇编收录%s现行有效的IT管理制度和程序，供各组、大区IT及门店IT联络人学习使用。与正式发布文本不一致的，以正式发布文本为准。" % co.bc["it"])]
    items = []
    for i, k in enumerate(keys, 1):
        body, its = reg_body(co, k, reg_drop(co), style="num")
        b += [("break",), ("h1", "第%s部分 %s" % (han(i), REGS[k][0]))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("compilation", "制度汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------------------ SOP (24, 11)

SOPS = {
    "md": ("门店网络设备巡检SOP", "基础架构组 / 大区IT",
           ["登录SD-WAN管理平台，查看门店设备在线状态、链路质量和主备线路切换记录",
            "检查门店防火墙CPU、内存、会话数和告警日志，核对安全策略是否为集团标准模板",
            "检查客房Wi-Fi AC和AP在线率，确认实名认证页面正常",
            "检查前台PC的EDR客户端在线和病毒库版本",
            "将结果填入门店IT巡检表，异常项在ITSM提单"]),
    "fw": ("防火墙策略维护SOP", "信息安全组",
           ["核对CHG单审批状态和策略需求", "导出当前配置备份并上传配置库", "按CHG单新增或删除策略，核对源、目的、端口",
            "验证业务连通（PMS、CRS、OTA接口）后在CHG单回填结果"]),
    "db": ("PMS数据库备份与恢复SOP", "应用组",
           ["每日检查PMS数据库全量和日志备份任务结果", "每月在恢复验证环境执行一次恢复演练并核对数据一致性",
            "备份保留30天，月备份保留一年，异地存放于%s对象存储", "恢复结果记录在备份恢复记录表"]),
    "edr": ("终端EDR防病毒维护SOP", "信息安全组",
            ["每日检查EDR管理控制台病毒库更新任务", "统计门店前台PC及总部终端在线率，离线超过7天的通知大区IT",
             "每周下发全网快速查杀任务，每月全盘查杀，导出查杀报告", "发现勒索或木马按信息安全事件管理程序上报"]),
    "rz": ("日志审计SOP", "信息安全组",
           ["检查日志审计平台各日志源（防火墙、SD-WAN、服务器、PMS/CRS应用）接入是否完整", "按审计规则生成日报、周报",
            "对登录失败、越权访问、批量导出会员数据等异常进行研判", "季度编写日志审计分析报告"]),
}


def sop(co, d, key, n):
    name, owner, steps = SOPS[key]
    code = "%s-IT-SOP-%02d" % (co.bc["code"], n)
    steps = [s % co.bc["cloud"] if "%s" in s else s for s in steps]
    p = Sec(name, "en").head(*ctl(co, d, code, "v%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 9))))
    p.part("Purpose 目的", ["规范%s的操作步骤，确保操作一致、可追溯。" % name.replace("SOP", "")])
    p.part("Scope 适用范围", ["适用于%s。" % owner])
    p.part("Procedure 操作步骤", ["Step %d：%s。" % (i, s) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    p.part("Notes 注意事项", ["操作须在维护窗口内进行并有CHG单；操作完成后填写相应记录。"])
    return p.doc("sop", d, False)


def sop_book(co, d, keys):
    b = long_cover(co, "IT运维SOP汇编（%d）" % d.year, "%s-IT-SOP-HB" % co.bc["code"], "V%d.0" % co.rng.randint(2, 4), d,
                   [SOPS[k][0] for k in keys])
    for i, k in enumerate(keys, 1):
        name, owner, steps = SOPS[k]
        steps = [s % co.bc["cloud"] if "%s" in s else s for s in steps]
        b += [("break",), ("h1", "%d. %s" % (i, name)), ("p", "适用：%s" % owner), ("h2", "操作步骤")]
        b += [("p", "（%d）%s；" % (j, s)) for j, s in enumerate(steps, 1)]
    return Doc("sop_book", "SOP汇编", d, ["24/work-instructions", "11/manuals"], False, b)


def opening_checklist(co, d, store):
    rows = [[i, t, "☑", co.p(4)] for i, t in enumerate(["SD-WAN设备上架加电，主备线路开通", "门店防火墙导入集团标准策略",
                                                       "客房Wi-Fi及实名认证上线", "PMS门店初始化（房型、房价、房态）",
                                                       "公安旅业系统对接测试", "POS及信用卡终端安装", "前台PC安装EDR"], 1)]
    return book("opening", "%s开业筹备IT检查清单" % store, d, False,
                [("检查清单", ["序号", "检查项", "完成", "确认人"], rows, [])], note="开业日期：%s" % anyd(co, d))


# ------------------------------------------------------------------------------ the customer (加盟/特许服务公司)

def survey(co, d, time_req, sec_types):
    p = Sec("%s IT运维服务需求调研报告" % co.bc["custs"], "cn")
    p.head(("p", "调研单位：%s    报告日期：%s" % (co.bc["it"], anyd(co, d))))
    p.part("调研背景", ["为做好%s及其管理的加盟门店的IT运维服务，%s于%d年%d月对%s运营部、加盟商代表（%s、%s）和%d家加盟门店店长进行访谈和问卷调研，"
                    "并结合集团%d-%d年数字化战略规划形成本报告。" % (co.bc["custs"], co.bc["it"], d.year, d.month, co.bc["custs"],
                                                         co.cp(0), co.cp(1), co.rng.randint(20, 60), d.year, d.year + 2)])
    p.part("服务时间需求", ["门店24小时营业，PMS、CRS、OTA直连和会员系统要求7×24小时服务；夜审时段（2:00-4:00）不得安排影响PMS的维护；",
                         ("table", [["系统/服务", "服务时间", "响应时限", "到店时限"],
                                    [co.sys(0), "7×24", "15分钟", "4小时（城区门店）"],
                                    [co.sys(1), "7×24", "15分钟", "—"],
                                    ["门店网络/Wi-Fi", "7×24", "30分钟", "次日"],
                                    ["总部办公系统", "5×8（9:00-18:00）", "1小时", "—"]])],
           ["1/survey"], on=time_req)
    p.part("信息安全服务需求和类型", ["加盟门店提出的安全服务需求：门店防火墙和Wi-Fi的安全运维、住客信息保护（公安旅业数据、会员数据）、"
                               "信用卡终端PCI DSS合规、门店员工安全意识培训、安全事件应急响应。",
                               ("table", [["类型", "内容", "优先级"], ["安全设备运维类", "门店防火墙、SD-WAN、AC策略维护", "高"],
                                          ["数据保护类", "住客及会员信息防泄露、日志审计", "高"],
                                          ["应急响应类", "勒索病毒、OTA接口被刷单等事件处置", "中"],
                                          ["培训咨询类", "门店员工安全意识培训、PCI合规辅导", "中"]])],
           ["5/survey"], on=sec_types)
    p.part("结论", ["以上需求已与%s确认，作为服务目录和《IT运维服务协议》的输入。" % co.bc["custs"]])
    return p.doc("survey", d, False)


def budget(co, d):
    rows = [[1, "门店网络及安全设备运维", 260, "驻场工程师1名+大区IT", 1100, 286000, "%d-01起" % d.year],
            [2, "季度健康检查", 40, "高级工程师2名", 1600, 64000, "每季度末月"],
            [3, "PMS/CRS应用运维", 180, "应用运维2名", 1300, 234000, "全年"],
            [4, "渗透测试及漏洞扫描", 20, "安全工程师", 2400, 48000, "%d-06前" % d.year],
            [5, "7×24 NOC值守", 365, "外包NOC", 300, 109500, "全年"],
            ["", "合计", 865, "", "", 741500, ""]]
    return book("budget", "%d年度%s IT运维预算表" % (d.year, co.bc["custs"]), d, False,
                [("预算", ["序号", "工作项", "工作量（人天）", "人力资源", "单价（元/人天）", "项目经费（元）", "项目节点"], rows, ["2/budget"])],
                note="编制：%s  审核：%s  日期：%s" % (co.p(1), co.p(0), anyd(co, d)))


def comm_minutes(co, d, agreed):
    p = Sec("%s IT运维服务对接会会议纪要" % co.bc["custs"], "cn")
    p.head(("p", "时间：%s 14:30    地点：总部%d楼会议室" % (anyd(co, d), co.rng.randint(5, 18))),
           ("p", "参会：%s %s、%s；%s %s、%s、%s" % (co.bc["custs"], co.cp(0), co.cp(1), co.bc["it"], co.p(0), co.p(1), co.p(3))))
    p.part("议题", ["%d年度IT运维服务范围、门店支持方式、健康检查频次、月报和满意度调查安排。" % (d + timedelta(days=40)).year])
    if agreed:
        p.part("会议共识", ["1. 双方一致同意服务范围包括加盟门店网络及安全设备、PMS门店端、Wi-Fi及公安旅业对接；",
                         "2. 总部驻场+大区IT现场+NOC远程值守；健康检查每季度一次；每月5日前提交IT Monthly Report；",
                         "3. 以上事项双方达成一致，由%s据此起草《IT运维服务协议》。" % co.bc["it"],
                         "双方确认：%s（签字）   %s（签字）" % (co.cp(0), co.p(0))], ["3/communication"])
    else:
        p.part("讨论情况", ["%s提出驻场人员由其承担一半费用，%s认为应全部计入服务费，双方未形成一致意见；" % (co.bc["custs"], co.bc["it"]),
                         "健康检查频次（季度/半年）待双方领导确认后另行沟通。"])
        p.part("后续事项", ["%s于下周提交两套费用方案，再次约谈。" % co.p(0)])
    return p.doc("communication", d, False)


def history_list(co, d):
    rows = [[i, n, s, "%d-01至%d-12" % (d.year - 1, d.year - 1), co.rng.randint(120, 9000), o]
            for i, (n, s, o) in enumerate([("门店报障工单", co.bc["itsm"], "服务台"), ("事件单（P1-P4）", co.bc["itsm"], "服务台"),
                                            ("CHG变更单", co.bc["itsm"], "基础架构组"), ("NOC监控告警", "Zabbix", "NOC"),
                                            ("防火墙/SD-WAN日志", "日志审计平台", "信息安全组"), ("健康检查报告", "共享盘", "基础架构组"),
                                            ("满意度调查", "问卷星", "服务台")], 1)]
    return book("history_list", "上一服务期运维历史数据清单", d, False,
                [("数据清单", ["序号", "数据名称", "来源", "时间范围", "数量", "保管"], rows, ["4/history-list"])])


def history_analysis(co, d):
    p = Sec("%d年度%s运维历史数据分析报告" % (d.year - 1, co.bc["custs"]), "cn")
    p.head(("p", "编制：%s    日期：%s" % (co.p(3), anyd(co, d))))
    p.part("指标完成情况", ["PMS可用率99.96%（目标99.9%），CRS可用率99.93%，门店报障按时解决率95.8%（目标95%）。"], ["4/analysis"])
    p.part("违例操作", ["全年违例操作7次：门店私接路由器4次，未走CHG修改防火墙策略2次，共享账号登录PMS 1次，均已通报整改。"])
    p.part("重大事件", ["P1事件2起：%d年8月CRS与OTA直连中断2小时10分；%d年12月某大区SD-WAN控制器故障影响门店47家。" % (d.year - 1, d.year - 1)])
    p.part("重大（失败）变更", ["失败变更3次（PMS补丁2次，防火墙策略1次），均已回退；原因为测试不充分。"])
    return p.doc("history_analysis", d, False)


def ops_strategy(co, d):
    p = Sec("%d年度运维保障策略及实施方案" % d.year, "cn").head(*ctl(co, d, "%s-IT-PL-01" % co.bc["code"], "V1.0"))
    p.part("依据", ["根据上年度运维历史数据分析报告的结论（违例操作、P1事件、失败变更）制定。"])
    p.part("保障策略", ["1. PMS、CRS变更一律先在UAT环境验证并准备回退方案；2. SD-WAN控制器双活改造；3. 旺季前专项巡检；4. 门店私接设备准入控制。"])
    p.part("实施方案", [("table", [["措施", "负责人", "完成时间"], ["UAT变更验证清单", co.p(2), "3月"], ["SD-WAN控制器双活", co.p(1), "6月"],
                                   ["黄金周前专项巡检", co.p(4), "4月、9月"], ["门店准入控制", co.p(5), "8月"]])], ["4/strategy"])
    return p.doc("ops_strategy", d, False)


def sla(co, d):
    p = Sec("IT运维服务协议（SLA）", "tiao")
    p.head(("p", "甲方：%s    乙方：%s    协议编号：SLA-%s-%d-%02d" % (co.bc["cust"], it(co), co.bc["code"], d.year, co.rng.randint(1, 20))))
    p.part("服务范围", ["乙方为甲方及其管理的加盟门店提供%s、%s、%s的运维及门店网络、安全设备运维服务。" % (co.sys(0), co.sys(1), co.sys(2))], ["39/sla"])
    p.part("运维方式", ["乙方采用驻场值守、定期巡检和远程值守相结合的方式：总部驻场工程师工作日值守；大区IT每季度对门店定期巡检；NOC 7×24远程值守。"], ["35/sla"])
    p.part("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s可用率" % co.sys(0), "≥99.9%"], ["%s可用率" % co.sys(1), "≥99.9%"],
                                           ["P1事件响应", "15分钟"], ["P1事件恢复", "4小时"], ["门店报障按时解决率", "≥95%"], ["满意度", "≥90分"]])], ["36/sla"])
    p.part("健康检查", ["乙方每季度对甲方安全设备和业务系统进行一次健康检查，重点门店现场检查、其余远程检查，检查后10个工作日内提交报告。"], ["15/agreement"])
    p.part("期限与费用", ["协议期限自%s起一年，费用按年度预算表结算。" % cnd(d),
                         "甲方（盖章）：%s    乙方（盖章）：%s    签订日期：%s" % (co.bc["cust"], co.bc["grp"], anyd(co, d))])
    return p.doc("sla", d, False)


def health(co, d, collect):
    p = Sec("%s %d年第%d季度健康检查报告" % (co.bc["custs"], d.year, qtr(d)), "cn")
    p.head(("p", "检查方式：%s    检查时间：%s    检查人：%s、%s" % (co.rng.choice(["现场检查（重点门店）+远程检查", "远程检查"]), anyd(co, d), co.p(1), co.vp(0))))
    p.part("检查范围", ["门店防火墙、SD-WAN、Wi-Fi AC，数据中心核心防火墙、WAF，%s、%s。" % (co.sys(0), co.sys(1))])
    p.part("可用性与持续性检查", [("table", [["对象", "可用性", "持续运行", "冗余", "结论"], ["核心防火墙", "100%", "%d天" % co.rng.randint(60, 300), "HA正常", "健康"],
                                             ["门店防火墙（抽检%d家）" % co.rng.randint(10, 30), "99.8%", "—", "单机", "健康"],
                                             [co.sys(0), "99.97%", "%d天" % co.rng.randint(20, 120), "双活", "健康"],
                                             [co.sys(1), "99.91%", "%d天" % co.rng.randint(20, 90), "主备", "需关注"]])],
           ["15/records", "46/records", "14/maintenance", "44/inspection"])
    p.part("安全信息采集", ["系统配置：导出核心防火墙、SD-WAN控制器配置与基线比对，差异%d项；" % co.rng.randint(1, 4),
                         "流量信息：互联网出口峰值%dMbps，OTA接口调用峰值%d次/分；" % (co.rng.randint(400, 900), co.rng.randint(2000, 9000)),
                         "系统状态：CPU、内存、磁盘、会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], on=collect)
    p.part("问题与建议", ["%s单点部署，建议增加备节点；%d家门店防火墙固件版本过低，建议升级。" % (co.sys(1), co.rng.randint(3, 12))])
    return p.doc("health", d, True)


def satisfaction(co, d, half):
    p = Sec("%s IT服务满意度调查报告（%d年%s）" % (co.bc["custs"], d.year, half), "cn")
    p.head(("p", "调查时间：%s    方式：问卷星+电话回访    有效问卷：%d份" % (anyd(co, d), co.rng.randint(40, 160))))
    p.part("调查结果", [("table", [["维度", "得分"], ["响应及时性", co.rng.randint(85, 96)], ["问题解决能力", co.rng.randint(84, 95)],
                                    ["服务态度", co.rng.randint(90, 98)], ["综合满意度", co.rng.randint(87, 95)]])])
    p.part("满意度分析", ["门店对服务态度评价最高；夜间报障的响应及时性评分偏低，主要因夜班服务台只有1人。"])
    p.part("改进措施", ["旺季夜班服务台增至2人；门店常见问题上线自助知识库。"])
    return Doc("satisfaction", p.blocks[0][1], d, ["41/surveys", "58/survey", "63/survey"], True, p.blocks)


def sat_trend(co, d):
    rows = [["%d下半年" % (d.year - 2), 87, 84, 90], ["%d上半年" % (d.year - 1), 88, 86, 91], ["%d下半年" % (d.year - 1), 90, 87, 93],
            ["%d上半年" % d.year, 92, 89, 94]]
    return book("sat_trend", "满意度趋势分析（%d-%d）" % (d.year - 2, d.year), d, True, [
        ("各期得分", ["期次", "综合满意度", "响应及时性", "服务态度"], rows, []),
        ("趋势分析", ["结论"], [["综合满意度连续四期上升；问题解决能力提升最明显，响应及时性仍是短板（夜间）。"],
                               ["分析人：%s    日期：%s" % (co.p(5), anyd(co, d))]], ["41/trend"])])


def callbacks(co, d):
    rows = [[(d - timedelta(days=21 * i)).isoformat(), co.rng.choice(co.bc["stores"]), co.p(4), co.rng.choice(["电话", "企业微信", "到店"]),
             co.rng.choice(["满意", "希望夜间响应更快", "Wi-Fi问题已解决，满意"]), "已记录"] for i in range(6)]
    return book("callbacks", "门店回访记录（%d年）" % d.year, d, True,
                [("回访", ["回访日期", "门店", "回访人", "方式", "门店意见", "处理"], rows, ["63/follow-up-visits"])])


def monthly_report(co, d, trend, data, avail=True):
    p = Sec("IT Monthly Report（%d年%d月）—— %s" % (d.year, d.month, co.bc["custs"]), "dig")
    p.head(("p", "报送：%s    编制：%s    日期：%s" % (co.bc["custs"], co.p(3), anyd(co, (d + timedelta(days=4))))))
    p.part("本月服务概况", ["受理门店报障%d单、服务请求%d单，P1事件%d起；完成门店巡检%d家。" % (co.rng.randint(200, 600), co.rng.randint(80, 300),
                                                                     co.rng.randint(0, 1), co.rng.randint(20, 80))])
    p.part("指标趋势分析", [("table", [["指标", "%d月" % ((d.month - 3) % 12 + 1), "%d月" % ((d.month - 2) % 12 + 1), "%d月" % d.month, "趋势"],
                                      ["门店报障量", 512, 476, 430, "下降"], ["一线解决率", "71%", "74%", "78%", "上升"],
                                      ["互联网出口带宽峰值(Mbps)", 760, 810, 860, "上升"], ["OTA接口调用峰值(次/分)", 5200, 6100, 7300, "上升"]]),
                         "OTA调用量随暑期持续上升，预计两个月后达到接口网关扩容阈值，已提出扩容申请。"], ["50/monitoring-report"], on=trend)
    p.part("运维数据", [("table", [["指标", "本月"], ["异常报告及时率", "98.5%"], ["异常漏报率", "0.4%"], ["维护作业计划的及时完成率", "97%"],
                                  ["故障隐患发现率", "91%"], ["异常主动发现率", "86%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                  ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(1, 9)]])], ["56/data"], on=data)
    p.part("可用性报告", [("table", [["系统", "目标", "本月可用率", "中断次数", "达标"], [co.sys(0), "99.9%", "99.98%", 1, "是"],
                                    [co.sys(1), "99.9%", "99.95%", 1, "是"], [co.sys(2), "99.5%", "99.71%", 2, "是"]])],
           ["18/availability-report", "22/report"], on=avail)
    p.part("下月计划", ["国庆黄金周保障；门店防火墙固件批量升级（分三批）。"])
    return p.doc("monthly_report", d, True)


# ------------------------------------------------------------------------------ design, org, assets

CAT = {
    "basic": (["12/catalog"], [("初始服务", "新店开业IT导入、资产识别、配置项录入"), ("安全设备运维", "门店防火墙、SD-WAN、核心防火墙、WAF维护与升级"),
                               ("日常巡检服务", "NOC每日巡检，大区IT季度门店巡检"), ("健康检查", "每季度安全设备和业务系统健康检查"),
                               ("安全事件审计", "防火墙、服务器、PMS/CRS应用日志审计")]),
    "l2": (["19/catalog"], [("运维监控与分析", "7×24监控、月度趋势分析"), ("终端安全监控", "门店前台PC及总部终端EDR、准入"),
                            ("等级保护合规性运维", "会员系统、CRS等保三级合规检查与整改")]),
    "l1": (["26/catalog"], [("安全通告及漏洞分析", "漏洞、病毒、厂商及监管通告的收集与分析"), ("应急响应服务", "7×24应急响应，P1事件4小时恢复")]),
}


def catalog(co, d, basic_only):
    rows = [["服务类别", "服务内容", "服务方式", "SLA"]]
    items = ["29/catalog"]
    for k in (("basic",) if basic_only else ("basic", "l2", "l1")):
        its, entries = CAT[k]
        items += its
        for n, c in entries:
            rows.append([n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["P1 15分钟响应", "按月", "按季度"])])
    b = [("title", "IT服务目录（Service Catalogue）")] + ctl(co, d, "%s-IT-SC-01" % co.bc["code"], "V3.%d" % co.rng.randint(0, 5)) + [
        ("p", "本目录列明%s向总部、门店及%s提供的IT服务。" % (co.bc["it"], co.bc["custs"])), ("table", rows)]
    return Doc("catalog", "服务目录", d, sorted(items), False, b)


def avail_kpis(co, d):
    rows = [["整体指标", "生产系统整体可用率", "全部生产系统", "≥99.9%", "月"], ["整体指标", "P1事件次数", "全部", "≤2", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.95%", "月"], ["单系统指标", "%s可用率" % co.sys(1), co.sys(1), "≥99.9%", "月"],
            ["单系统指标", "门店网络在线率", "SD-WAN", "≥99.5%", "月"], ["单系统指标", "OTA直连成功率", "渠道直连", "≥99.8%", "日"]]
    return book("avail_kpis", "信息系统可用性指标清单", d, False,
                [("可用性指标", ["类型", "指标", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_analysis(co, d, auto):
    p = Sec("以往服务解决方案及对生产影响分析报告", "cn").head(("p", "日期：%s    编制：%s" % (anyd(co, d), co.p(3))))
    p.part("以往服务解决方案回顾", ["回顾%d年为门店和%s实施的%d项服务方案：SD-WAN替换MSTP专线、门店防火墙统一策略模板、PMS上云、OTA直连网关改造等。"
                               % (d.year - 1, co.bc["custs"], co.rng.randint(20, 40))])
    p.part("对生产的影响分析", ["其中4项方案实施期间对门店有短时影响（最长18分钟，均在凌晨维护窗口），无方案造成前台无法办理入住。"], ["7/impact-analysis"])
    p.part("安全事件解决效率分析", ["全年处理安全事件%d起，平均解决时长4.1小时；门店私接路由、弱口令、EDR离线三类重复事件占58%%。" % co.rng.randint(60, 160)], on=auto)
    p.part("未来可自动化的服务", ["建议将门店设备在线巡检、EDR离线核查、弱口令核查、月报数据汇总实现自动化（RPA/脚本）。"], ["7/automation"], on=auto)
    return p.doc("svc_analysis", d, True)


def sld(co, d):
    p = Sec("运维外包服务合同附件三：服务级别设计", "cn").head(("p", "合同编号：%s-WB-%d-%03d    乙方：%s" % (co.bc["code"], d.year, co.rng.randint(1, 99), co.vendor)))
    p.part("服务级别设计", ["乙方（驻场及NOC）对甲方安全运维服务的级别：P1事件15分钟响应、4小时恢复；P2事件30分钟响应、8小时恢复；P3事件2小时响应、2个工作日解决。"], ["8/sld"])
    p.part("考核", ["按月统计达成率，未达标按合同扣减服务费。"])
    return p.doc("sld", d, False)


def ola(co, d):
    p = Sec("内部运营级别协议（OLA）", "dig").head(*ctl(co, d, "%s-IT-OLA-01" % co.bc["code"], "V1.%d" % co.rng.randint(0, 3)))
    p.part("协议各方", ["服务台、基础架构组、应用组、信息安全组、大区IT。"])
    p.part("内部安全运营级别", ["P1事件：二线15分钟内接手、4小时恢复；P2：30分钟接手、8小时恢复；P3：2小时接手、2个工作日解决；",
                             "以上时限与外包合同附件三（服务级别设计）保持一致，每半年对照复核一次。"], ["8/ola"])
    return p.doc("ola", d, False)


def org_chart(co, d, outs):
    p = Sec("信息安全组织架构及职责", "cn").head(*ctl(co, d, "%s-ISMS-ORG" % co.bc["code"], "V2.%d" % co.rng.randint(0, 5)))
    p.part("信息安全领导小组", ["组长：%s（集团副总裁、CIO）；副组长：%s；成员：运营、财务、会员中心、法务负责人。负责信息安全方针和资源决策。" % (co.boss, co.p(0))])
    p.part("信息安全管理组", ["组长：%s。负责制度、风险评估、内审和合规（等保、PCI DSS）。" % co.p(3)])
    body = ["由基础架构组、应用组、信息安全组和大区IT组成" + ("，外包服务商%s驻场工程师和NOC人员参与执行。" % co.vendor if outs else "。")]
    rows = [["组织", "角色", "人员", "单位"], ["领导小组", "组长", co.boss, co.bc["grp"]], ["管理组", "信息安全经理", co.p(3), co.bc["it"]],
            ["执行组", "基础架构工程师", co.p(1), co.bc["it"]], ["执行组", "大区IT", co.p(4), co.bc["it"]]]
    if outs:
        rows.append(["执行组", "驻场运维工程师（外包）", co.vp(0), co.vendor])
    p.part("执行组", body + [("table", rows)])
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if outs else [])
    return Doc("org_chart", p.blocks[0][1], d, items, False, p.blocks)


def staff_list(co, d, outs):
    own = [[i + 1, co.p(i), ["IT负责人", "基础架构工程师", "应用运维", "信息安全经理", "大区IT", "服务台"][i], co.bc["it"],
            "1%d%09d" % (co.rng.choice([35, 38, 39]), co.rng.randint(0, 10 ** 9 - 1)), co.rng.choice(["CISP", "ITIL v4", "HCIP", "—"])] for i in range(6)]
    ext = [[7, co.vp(0), "驻场运维工程师", co.vendor, "13%09d" % co.rng.randint(0, 10 ** 9 - 1), "CCNP"],
           [8, co.vp(1), "NOC值班工程师", co.vendor, "15%09d" % co.rng.randint(0, 10 ** 9 - 1), "HCIA"]]
    sheets = [("IT部", ["序号", "姓名", "岗位", "单位", "手机", "证书"], own, ["9/staff-list"]),
              ("外包驻场", ["序号", "姓名", "岗位", "单位", "手机", "证书"], ext if outs else [], ["9/outsourcing"])]
    return book("staff_list", "运维人员清单（%s更新）" % ym(d), d, True, sheets)


def role_list(co, d):
    rows = [["服务经理", "SLA管理、与%s沟通" % co.bc["custs"], "管理组", co.p(0)], ["信息安全工程师", "漏洞、渗透、应急、日志审计", "执行组", co.p(3)],
            ["基础架构工程师", "网络与安全设备运维、巡检", "执行组", co.p(1)], ["服务台", "受理门店报障与请求", "执行组", co.p(5)],
            ["配置管理员", "CMDB维护", "管理组", co.p(2)], ["内审员", "内部审核", "管理组", co.p(3)]]
    return book("role_list", "安全运维角色清单（RACI）", d, False,
                [("角色", ["角色", "职责", "对应组织", "人员"], rows, ["18/roles", "23/roles"])])


def iface_notice(co, d):
    b = [("p", it(co)), ("title", "关于明确信息安全管理接口人的通知"), ("p", "各组、各大区IT、%s：" % co.bc["custs"]),
         ("p", "为做好与%s、属地公安网安部门、网信部门及外包服务商的安全管理对接，经研究，指定%s（CISP）为信息安全管理接口人，负责安全通报接收与转达、"
               "安全检查配合、安全事件对外沟通；%s为B角。" % (co.bc["custs"], co.p(3), co.p(1))),
         ("p", co.bc["it"]), ("p", cnd(d))]
    return Doc("iface", "接口人通知", d, ["28/interface-person"], False, b)


def asset_list(co, d):
    devs = [("FW", "核心防火墙", "Fortinet FG-600E", "数据中心边界访问控制", "port1-核心交换机", "高"),
            ("WAF", "Web应用防火墙", "长亭雷池", "官网/APP/小程序防护", "反向代理", "高"),
            ("SDWAN", "SD-WAN控制器", "Fortinet FMG", "门店组网管理", "管理网", "高"),
            ("MFW", "门店防火墙", "FortiGate 60F", "门店边界", "WAN1-运营商/WAN2-4G", "中"),
            ("AC", "Wi-Fi控制器", "H3C WX3520X", "客房Wi-Fi及实名认证", "G1/0/1", "中"),
            ("SRV", "PMS应用服务器", "云主机 ecs.c7.4xlarge", co.sys(0), "VPC-生产", "高")]
    rows = [["%s-%s-%02d" % (co.bc["code"], a, i), n, "网络安全设备" if a not in ("SRV",) else "服务器", m, f,
             "%s机房" % co.city if a in ("FW", "WAF", "SDWAN") else ("门店" if a in ("MFW", "AC") else co.bc["cloud"]), port, "生产",
             lvl, "HA" if a in ("FW", "SDWAN") else "单机", "FortiOS 7.%d" % co.rng.randint(0, 4) if a != "SRV" else "CentOS 7.9"]
            for i, (a, n, m, f, port, lvl) in enumerate(devs, 1)]
    return book("asset_list", "IT资产识别清单", d, True,
                [("资产", ["资产编号", "名称", "种类", "型号", "功能", "物理位置", "端口对应", "部署", "分级", "保护", "软件配置"], rows,
                  ["13/asset-list", "43/asset-list"])], note="更新日期：%s    维护人：%s" % (anyd(co, d), co.p(2)))


def cmdb(co, d):
    cis = [("核心防火墙策略", "安全配置"), ("门店防火墙标准策略模板", "安全配置"), ("SD-WAN路由策略", "网络配置"), ("WAF规则集", "安全配置"),
           ("%s应用配置" % co.sys(0), "应用配置"), ("%s接口配置" % co.sys(1), "应用配置")]
    rows = [["CI-%05d" % (1200 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i % 5),
             co.rng.choice(["机密", "内部"]), "仅配置管理员可写", "SHA256校验", "每日备份至%s" % co.bc["cloud"]] for i, (n, t) in enumerate(cis, 1)]
    rel = [["CI-%05d" % 1201, "CI-%05d" % 1202, "策略模板继承"], ["CI-%05d" % 1203, "CI-%05d" % 1202, "门店防火墙依赖SD-WAN"],
           ["CI-%05d" % 1205, "CI-%05d" % 1201, "PMS经核心防火墙访问"], ["CI-%05d" % 1206, "CI-%05d" % 1204, "CRS接口受WAF保护"]]
    return book("cmdb", "CMDB配置项导出", d, True,
                [("配置项", ["CI编号", "名称", "类型", "版本", "负责人", "密级", "访问控制", "完整性", "备份"], rows, ["27/cmdb"]),
                 ("关联关系", ["源CI", "目标CI", "关系"], rel, ["38/cmdb-relations"])],
                note="导出时间：%s" % anyd(co, d))


def ci_updates(co, d):
    rows = [[(d - timedelta(days=15 * i)).isoformat(), "CI-%05d" % (1201 + i % 6),
             ["新增OTA网关访问策略", "门店模板增加准入规则", "SD-WAN选路调整", "WAF规则更新", "PMS参数调整", "CRS接口证书更新"][i % 6],
             "CHG-%d%04d" % (d.year, 300 - i), co.p(2), co.p(1)] for i in range(8)]
    return book("ci_updates", "配置项变更维护记录", d, True,
                [("维护记录", ["日期", "CI", "内容", "关联CHG", "执行人", "复核人"], rows, ["43/ci-updates"])])


def req_record(co, d):
    p = Sec("会员系统（%s）新建项目需求分析记录" % co.bc["club"], "dig").head(("p", "日期：%s    参与：会员中心、%s、%s" % (anyd(co, d), co.bc["it"], co.bc["custs"])))
    p.part("需求清单", [("table", [["类别", "需求", "确认"], ["功能", "积分、等级、权益核销，与PMS、CRS实时同步", "已确认"],
                                   ["性能", "峰值500TPS，积分查询≤300ms", "已确认"], ["安全性", "会员敏感信息加密存储、等保三级", "已确认"]])],
           ["11/requirements"])
    p.part("确认", ["需求方签字：%s    %s" % (co.cp(1), anyd(co, d))])
    return p.doc("req", d, True)


def compat(co, d):
    p = Sec("%s升级兼容性验证报告" % co.sys(0), "dig").head(("p", "验证日期：%s    验证人：%s" % (anyd(co, d), co.p(2))))
    p.part("验证结果", [("table", [["验证项", "内容", "结果"], ["网络兼容", "新版本与门店SD-WAN、防火墙策略", "通过"],
                                   ["系统兼容", "前台PC Win10/Win11、打印机、身份证阅读器驱动", "通过"],
                                   ["应用兼容", "与CRS、会员系统、公安旅业接口、POS对接", "通过"]])], ["11/compatibility"])
    return p.doc("compat", d, True)


def test_plan(co, d, rollback):
    p = Sec("%s V%d.%d 升级改造测试计划" % (co.sys(0), co.rng.randint(5, 8), co.rng.randint(0, 9)), "cn").head(*ctl(co, d, "%s-APP-TP-%02d" % (co.bc["code"], co.rng.randint(1, 30)), "V1.0"))
    p.part("测试范围", ["PMS云端、门店前台客户端、与CRS/会员/OTA/公安旅业的接口。"])
    p.part("测试内容与进度", ["第1周UAT环境准备；第2周功能与接口测试；第3周性能测试（夜审批量）与安全测试；第4周选5家试点门店。"], ["25/test-plan"])
    p.part("回退措施", ["升级前全量备份数据库和应用包；试点门店出现入住/退房无法办理的，30分钟内回退至原版本；回退步骤已在UAT演练。"],
           ["25/rollback", "11/rollback"], on=rollback)
    return p.doc("test_plan", d, False)


def baseline(co, d):
    rows = [["账号", "口令复杂度", "≥10位，含大小写数字特殊字符", "全部服务器、门店防火墙"], ["账号", "默认账号", "禁用admin默认账号", "门店防火墙、AC"],
            ["服务", "管理端口", "仅允许集团管理网段访问", "门店防火墙"], ["日志", "日志外发", "syslog至日志审计平台", "全部网络安全设备"],
            ["Wi-Fi", "客房网络隔离", "客房VLAN与前台VLAN隔离", "AC"]]
    return book("baseline", "安全配置基线（%s）" % d.year, d, False,
                [("基线", ["类别", "检查项", "要求", "适用"], rows, ["25/baseline"])])


def dev_plan(co, d):
    p = Sec("%d年安全工具定制开发计划" % d.year, "cn").head(*ctl(co, d, "%s-IT-PL-05" % co.bc["code"], "V1.0"))
    p.part("背景", ["根据%s提出的门店安全运维需求和%s自身能力，计划自研以下工具。" % (co.bc["custs"], co.bc["it"])])
    p.part("开发计划", [("table", [["工具", "用途", "完成时间", "负责人"], ["门店设备在线巡检机器人", "自动巡检门店防火墙/AP并生成巡检表", "%d-06" % d.year, co.p(1)],
                                   ["会员数据导出审计脚本", "识别批量导出会员数据的异常", "%d-09" % d.year, co.p(3)]])], ["33/dev-plan"])
    return p.doc("dev_plan", d, False)


def avail_plan(co, d):
    p = Sec("信息系统可用性计划（%d）" % d.year, "cn").head(*ctl(co, d, "%s-IT-PL-03" % co.bc["code"], "V1.%d" % co.rng.randint(0, 3)))
    p.part("可用性目标", ["%s≥99.95%%，%s≥99.9%%，门店网络在线率≥99.5%%。" % (co.sys(0), co.sys(1))])
    p.part("保障措施", ["PMS云上多可用区部署；CRS主备；门店双线路（宽带+4G）；季度切换演练。"])
    p.part("可用性事件监控与报告", ["NOC记录全部中断类可用性事件，每月在IT Monthly Report中报告可用性执行情况，未达标的提出改进。"],
           ["18/availability-plan", "22/plan"])
    return p.doc("avail_plan", d, False)


def avail_events(co, d):
    rows = [[(d - timedelta(days=27 * i)).isoformat(), co.sys(i), co.rng.choice(["服务中断", "性能下降", "接口中断"]),
             "%d分钟" % co.rng.randint(3, 70), co.rng.choice(["云主机宕机", "OTA方接口变更", "运营商线路中断", "数据库锁表"]), "已恢复"] for i in range(6)]
    return book("avail_events", "可用性事件登记表（%d）" % d.year, d, True,
                [("可用性事件", ["日期", "系统", "事件", "中断时长", "原因", "状态"], rows,
                  ["18/availability-events", "22/events", "43/process-records"])])


def kb_export(co, d, empty):
    rows = [] if empty else [["KB%05d" % (100 + i), t, "门店FAQ" if i % 2 else "故障处理", co.p(i % 5), "已发布"]
                             for i, t in enumerate(["门店SD-WAN主线路切4G后无法上网", "PMS前台打印登记单乱码", "客房Wi-Fi认证页打不开",
                                                    "身份证阅读器读卡失败", "OTA订单未同步到PMS处理步骤", "门店防火墙恢复出厂后重新上线"], 1)]
    return book("kb", "知识库文章导出", d, True,
                [("Articles", ["编号", "标题", "分类", "作者", "状态"], rows, ["21/knowledge-base"])],
                note="导出自%s Knowledge Base，导出人%s，导出时间%s" % (co.bc["itsm"], co.p(5), d.isoformat()))


def desk_notice(co, d):
    b = [("big", co.bc["grp"] + "文件"), ("p", next_no(co, d)), ("title", "关于设立IT服务台的通知"), ("p", "总部各部门、各大区、各门店："),
         ("p", "为统一受理门店和员工的IT报障与服务请求，集团设立IT服务台，隶属%s。" % co.bc["it"]),
         ("p", "服务台7×24小时受理400热线、企业微信和%s自助提单，负责登记、一线处理、派单、跟踪和回访。" % co.bc["itsm"]),
         ("p", "服务台组长：%s；成员：%s及外包值班人员。" % (co.p(5), co.p(4))), ("p", co.bc["grp"]), ("p", sign_date(d))]
    return Doc("desk", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[i + 1, n, "服务台", "合格"] for i, n in enumerate([co.p(5), co.p(4), co.vp(1), co.vp(2)])]
    return book("desk_training", "IT服务台新员工培训记录", d, True,
                [("培训记录", ["序号", "姓名", "岗位", "考核"], rows, ["48/training"])],
                note="培训内容：门店报障受理与定级（P1-P4）、%s工单操作、PMS常见问题一线处理；讲师：%s；日期：%s" % (co.bc["itsm"], co.p(0), anyd(co, d)))


def grading(co, d):
    b = [("title", "%s等级保护定级报告" % co.bc["club"]), ("p", "定级日期：%s" % anyd(co, d)),
         ("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第二级；系统安全保护等级：第三级。"),
         ("p", "已向%s公安局网安支队备案，备案编号：%d-%05d-%d。" % (co.city, co.rng.randint(33010, 51019), co.rng.randint(0, 99999), d.year))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_criteria(co, d):
    b = [("title", "信息系统安全保护等级划分标准")] + ctl(co, d, "%s-ISMS-STD-03" % co.bc["code"], "V1.0") + [
        ("p", "依据GB/T 22240-2020，按业务信息和系统服务受到破坏后侵害的客体和侵害程度确定系统等级；涉及住客身份信息、会员信息的系统原则上不低于第三级。"),
        ("table", [["侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第三级"],
                   ["社会秩序、公共利益", "第二级", "第三级", "第四级"]])]
    return Doc("grading_criteria", "分级标准", d, ["51/grading-criteria"], False, b)


# ------------------------------------------------------------------------------ records

def ops_book(co, d):
    """IT运维记录_YYYY-MM.xlsx: one sheet per record kind"""
    days = [date(d.year, d.month, x) for x in (2, 6, 10, 14, 18, 22, 26)]
    s1 = [[x.isoformat(), dev, "%d%%" % co.rng.randint(8, 45), "%d%%" % co.rng.randint(30, 70), co.rng.randint(12000, 90000),
           co.rng.choice(["无", "无", "1条低危"]), co.rng.choice([co.p(1), co.vp(0)])] for x in days for dev in ("FW-01", "WAF-01")]
    s2 = [[x.isoformat(), co.rng.choice(["核心防火墙", "WAF", "SD-WAN控制器"]), co.rng.choice(["清理过期策略", "日志归档", "风扇除尘", "证书检查"]), "完成", co.vp(0)] for x in days[::2]]
    s3 = [[x.isoformat(), "门店前台PC及总部终端", "%d%02d%02d.1" % (x.year, x.month, x.day), co.rng.choice(["未发现病毒", "清除木马1个", "隔离可疑文件2个"]),
           "%d%%" % co.rng.randint(94, 99), co.p(3)] for x in days[1::2]]
    s4 = [[days[2].isoformat(), co.rng.choice(co.bc["stores"]) + " 门店防火墙", "电源适配器损坏，门店断网", "硬件", "大区IT更换备机，40分钟恢复", co.p(4)],
          [days[5].isoformat(), "WAF-01", "业务口光模块告警", "硬件", "更换光模块", co.vp(0)]]
    s5 = [[days[3].isoformat(), "门店防火墙（第%d批）" % co.rng.randint(1, 3), "FortiOS 7.0.12", "FortiOS 7.2.8", "CHG-%d%04d" % (d.year, co.rng.randint(100, 400)), "通过"]]
    s6 = [[x.isoformat(), co.rng.choice(co.bc["stores"]), co.rng.choice(["电信", "联通", "移动"]), "%.1f%%" % (99 + co.rng.random()), "正常"] for x in days[::3]]
    return book("ops_book", "IT运维记录（%d年%d月）" % (d.year, d.month), d, True, [
        ("机房巡检", ["日期", "设备", "CPU", "内存", "会话数", "告警", "巡检人"], s1, ["44/inspection", "45/monitoring", "14/maintenance"]),
        ("日常维护", ["日期", "设备", "维护内容", "结果", "执行人"], s2, ["14/maintenance", "44/maintenance"]),
        ("EDR查杀", ["日期", "范围", "病毒库版本", "查杀结果", "在线率", "执行人"], s3, ["44/virus-scan", "45/antivirus"]),
        ("故障处理", ["日期", "设备", "现象", "类型", "检测与排除", "处理人"], s4, ["44/faults"]),
        ("版本升级", ["日期", "设备", "升级前", "升级后", "CHG单", "验证"], s5, ["44/upgrades"]),
        ("门店线路", ["日期", "门店", "运营商", "月在线率", "状态"], s6, [])])


def store_check(co, d, region, stores):
    rows = [[s, (d + timedelta(days=i)).isoformat(), "在线", "%d%%" % co.rng.randint(10, 40), co.rng.choice(["无", "无", "WAN2 4G信号弱"]),
             "%d/%d" % (co.rng.randint(38, 60), 60), co.rng.choice(["在线，病毒库最新", "1台离线已处理"]), co.p(4)] for i, s in enumerate(stores)]
    return book("store_check", "%s门店IT巡检表（%d年Q%d）" % (region, d.year, qtr(d)), d, True,
                [("巡检", ["门店", "巡检日期", "防火墙状态", "CPU", "告警", "AP在线", "前台PC EDR", "巡检人"], rows,
                  ["44/inspection", "45/monitoring", "14/maintenance", "44/virus-scan", "45/antivirus"])])


def hw_stats(co, d):
    rows = [[i + 1, (d - timedelta(days=35 * i)).isoformat(), co.rng.choice(["门店防火墙", "AP", "核心防火墙", "SD-WAN控制器"]),
             ["电源", "光模块", "硬盘", "风扇", "主板"][i], co.rng.choice(["返厂", "备机替换"]), "%d分钟" % co.rng.randint(15, 120)] for i in range(5)]
    rows.append(["", "合计", "", "5次", "", ""])
    return book("hw_stats", "安全设备硬件故障统计（%d年）" % d.year, d, True,
                [("统计", ["序号", "日期", "设备", "故障部件", "处理", "影响时长"], rows, ["14/hardware-faults", "44/faults"])])


def rca(co, d):
    p = Sec("Incident Report & RCA：核心防火墙HA切换失败", "en").head(("p", "INC编号：INC%s-%02d    级别：P2    日期：%s" % (ymd(d), co.rng.randint(1, 9), anyd(co, d))))
    p.part("Timeline 时间线", ["02:14 NOC告警主墙心跳丢失；02:16 备墙未接管；02:31 现场手工切换；02:40 PMS、CRS恢复。"])
    p.part("Root Cause 根因", ["主墙HA心跳口光模块老化，备墙因会话同步配置错误未接管。"])
    p.part("处理与恢复", ["更换光模块，修正会话同步配置，验证切换正常。"], ["44/faults"])
    p.part("Action Items", ["光模块纳入年度更换计划（%s）；HA切换纳入季度演练（%s）。" % (co.p(1), co.p(3))])
    return p.doc("rca", d, True)


def collect(co, d):
    rows = [[(d - timedelta(days=30 * i)).isoformat(), co.rng.choice(["核心防火墙", "SD-WAN控制器", "WAF"]), "已导出，与基线差异%d项" % co.rng.randint(0, 3),
             "出口峰值%dMbps" % co.rng.randint(300, 900), "CPU %d%% / 内存 %d%%" % (co.rng.randint(10, 50), co.rng.randint(30, 70)), co.p(3)] for i in range(6)]
    return book("collect", "安全信息采集记录", d, True,
                [("采集", ["采集日期", "对象", "系统配置", "流量信息", "系统状态", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def log_audit(co, d):
    p = Sec("%d年Q%d 日志审计分析报告" % (d.year, qtr(d) - 1 or 4), "dig").head(("p", "审计人：%s    日期：%s" % (co.p(3), anyd(co, d))))
    p.part("网络及安全设备日志", ["核心防火墙、门店防火墙、WAF日志共%.1f亿条；发现针对会员登录接口的撞库源IP %d个，已封禁。" % (co.rng.uniform(1, 6), co.rng.randint(10, 90))])
    p.part("服务器和操作系统日志", ["Linux/Windows登录审计：异常登录失败峰值3次，为运维人员口令输错；发现1个离职员工账号未禁用，已处理。"])
    p.part("网络应用日志", ["%s应用日志：批量导出会员数据操作%d次，均有审批；OTA接口异常调用（疑似爬价）%d万次，已限流。" % (co.sys(2), co.rng.randint(2, 9), co.rng.randint(3, 40))])
    p.part("结论", ["未发现成功入侵和数据泄露。"])
    return Doc("log_audit", p.blocks[0][1], d, ["17/log-analysis", "45/audit-report", "47/audit"], True, p.blocks)


def incident_stats(co, d):
    rows = [["%d月" % m, co.rng.randint(0, 5), co.rng.randint(0, 12), co.rng.randint(0, 1), co.rng.randint(0, 3)] for m in range(1, d.month + 1)]
    return book("incident_stats", "信息安全事件统计分析（%d年1-%d月）" % (d.year, d.month), d, True, [
        ("统计", ["月份", "有害程序", "网络攻击", "信息泄露", "设备故障"], rows, ["18/incident-stats"]),
        ("分析", ["分析结论"], [["网络攻击类（撞库、爬价）占比最高，集中在会员登录和OTA接口；有害程序事件集中在加盟门店前台PC，主要因U盘，建议门店禁用USB存储。"]],
         ["18/incident-analysis"])], note="信息安全组    %s" % anyd(co, d))


def tickets(co, d):
    rows = []
    for i in range(12):
        x = d - timedelta(days=6 * i)
        rows.append(["INC%s%03d" % (ymd(x), i + 1), co.rng.choice(["事件", "服务请求", "事件"]), co.rng.choice(co.bc["stores"]),
                     "%s %02d:%02d" % (x.isoformat(), 8 + i % 10, 5), "%s %02d:%02d" % (x.isoformat(), 8 + i % 10, 12 + i),
                     "%s %02d:40" % (x.isoformat(), 10 + i % 10), co.rng.choice(["前台PC无法打印", "Wi-Fi认证失败", "PMS登录慢", "OTA订单未同步", "新员工PMS账号"]),
                     co.rng.choice(["P3", "P4", "P2"]), "已关闭"])
    return book("tickets", "%s 工单导出 %s" % (co.bc["itsm"], ym(d)), d, True,
                [("Export", ["工单号", "类型", "门店", "创建时间", "响应时间", "解决时间", "摘要", "优先级", "状态"], rows,
                  ["43/process-records", "55/response-times"])])


def changes(co, d):
    rows = [["CHG-%d%04d" % (d.year, 400 - i), (d - timedelta(days=11 * i)).isoformat(),
             co.rng.choice(["门店防火墙固件升级", "PMS补丁发布", "CRS接口证书更换", "核心防火墙策略调整", "SD-WAN选路策略"]),
             co.rng.choice(["一般", "重大", "标准"]), co.p(0), "成功", co.rng.choice(["无需回退", "无需回退", "已验证"]), "已关闭"] for i in range(9)]
    return book("changes", "CHG变更记录导出（%d年）" % d.year, d, True,
                [("CHG", ["变更号", "实施日期", "变更内容", "类型", "审批人", "实施结果", "回退", "状态"], rows, ["54/records", "43/process-records"])])


def bulletin(co, d, full):
    p = Sec("信息安全通告（%d年第%d期）" % (d.year, d.month), "cn").head(("p", "信息安全组    %s" % anyd(co, d)))
    p.part("漏洞通告", ["CVE-%d-%05d FortiOS SSL-VPN远程代码执行漏洞（严重），影响集团门店防火墙型号，建议升级至最新版本。" % (d.year, co.rng.randint(20000, 49999))],
           ["52/vulnerability", "53/bulletin"])
    p.part("厂商安全通告", ["PMS厂商发布安全补丁；微软本月补丁涉及前台PC。"])
    p.part("病毒通告", ["针对酒店行业的钓鱼邮件（伪装OTA对账单）传播木马，请门店勿打开不明附件。"], ["52/virus"], on=full)
    p.part("政策法规及业界动态", ["《网络数据安全管理条例》实施要求；公安部门对旅馆业住宿登记信息安全检查要求；PCI DSS v4.0 要求。"], ["52/policy"], on=full)
    p.part("分析与处置", ["经排查集团受影响门店防火墙%d台，已列入本月升级批次。" % co.rng.randint(30, 300)], ["52/analysis"], on=full)
    return p.doc("bulletin", d, True)


def pentest_plan(co, d):
    p = Sec("%d年度渗透测试计划" % d.year, "cn").head(*ctl(co, d, "%s-SEC-PL-02" % co.bc["code"], "V1.0"))
    p.part("测试安排", [("table", [["季度", "对象", "方式", "负责人"], ["Q1", "官网及小程序", "黑盒", co.p(3)], ["Q2", co.sys(2), "灰盒", co.p(3)],
                                   ["Q3", "CRS对外接口", "灰盒", co.vp(1)], ["Q4", "门店网络", "白盒", co.p(3)]])], ["31/pentest-plan", "32/pentest-plan"])
    return p.doc("pentest_plan", d, False)


def pentest_report(co, d):
    p = Sec("%s 渗透测试报告" % co.sys(2), "cn").head(("p", "测试时间：%s    测试人：%s    授权编号：SQ-%s-%02d" % (anyd(co, d), co.p(3), ymd(d), co.rng.randint(1, 9))))
    p.part("发现的漏洞", [("table", [["编号", "漏洞", "等级", "状态"], ["V-01", "会员积分接口越权", "高", "已修复"], ["V-02", "短信验证码可爆破", "中", "已修复"],
                                    ["V-03", "敏感信息明文传输", "中", "已修复"]])], ["31/pentest-records", "32/pentest-records"])
    p.part("复测结论", ["高中危漏洞已全部修复。"])
    return p.doc("pentest_report", d, True)


# ------------------------------------------------------------------------------ emergency

def emergency_plan(co, d, recovery):
    p = Sec("网络安全应急预案", "zhang").head(*ctl(co, d, "%s-ISMS-EP-01" % co.bc["code"], "V3.%d" % co.rng.randint(0, 4)))
    p.part("总则", ["为建立信息系统应急事件响应机制，最大限度减少PMS、CRS中断和住客信息泄露对门店营业的影响，制定本预案。"], ["36/emergency-plan", "53/emergency-plan"])
    p.part("组织机构", ["应急领导小组组长%s；下设技术处置组、门店支持组、客户沟通组（OTA、%s）。" % (co.boss, co.bc["custs"])])
    p.part("事件分级与响应", ["P1：全部门店PMS不可用、CRS中断、住客信息泄露；15分钟响应，30分钟启动预案。"])
    p.part("门店降级方案", ["PMS不可用时门店启用手工登记单和离线房态表，公安旅业数据恢复后2小时内补录。"])
    p.part("恢复策略", ["PMS、CRS RTO≤2小时、RPO≤5分钟：云上跨可用区切换；会员系统从备份恢复，RTO≤8小时。"], ["55/plan"], on=recovery)
    return p.doc("emergency_plan", d, False)


def dr_plan(co, d):
    p = Sec("信息系统灾难恢复计划（DRP）", "cn").head(*ctl(co, d, "%s-ISMS-DRP-01" % co.bc["code"], "V2.%d" % co.rng.randint(0, 3)))
    p.part("恢复目标", ["%s RTO 2小时/RPO 5分钟；%s RTO 2小时/RPO 15分钟。" % (co.sys(0), co.sys(1))])
    p.part("恢复步骤", ["宣布灾难→DNS切换至灾备可用区→数据库提升→应用启动→门店抽测入住退房→通知OTA恢复→回切。"], ["36/recovery-plan"])
    return p.doc("dr_plan", d, False)


def bcp(co, d):
    p = Sec("业务连续性计划（BCP）", "cn").head(*ctl(co, d, "%s-BCP-01" % co.bc["code"], "V1.%d" % co.rng.randint(1, 4)))
    p.part("业务影响分析", ["关键业务：前台入住/退房、中央预订、OTA直连、会员积分；最大可容忍中断4小时。"])
    p.part("应急响应与灾难恢复", ["以《网络安全应急预案》和《灾难恢复计划》为支撑，门店启用降级方案。"], ["42/bcp"])
    p.part("演练与维护", ["每年至少演练一次，每年评审更新。"])
    return p.doc("bcp", d, False)


def drill(co, d, kind):
    if kind == "em":
        t, sc, its = "应急演练记录", "门店前台PC感染勒索病毒、门店网络隔离处置", ["40/emergency-drill", "53/drill"]
    else:
        t, sc, its = "灾备切换演练记录", "%s跨可用区灾备切换及回切" % co.sys(0), ["40/recovery-drill", "53/drill"]
    rows = [["演练名称", sc], ["演练时间", anyd(co, d)], ["方式", "实战演练"], ["参加人员", "、".join(co.p(i) for i in range(4)) + "、" + co.vp(0)],
            ["过程", "01:30 发现告警→01:38 启动预案→02:05 隔离完成→03:10 恢复→03:30 门店抽测通过"], ["结果", "RTO 1小时40分，达到预案要求"],
            ["问题与改进", "备份恢复脚本需更新，已提CHG"], ["记录人", co.p(3)]]
    return Doc("drill", t, d, its, True, [("title", t), ("table", rows)])


# ------------------------------------------------------------------------------ 体系 (监视评审, 改进)

def internal_audit(co, d):
    p = Sec("%d年度IT服务管理体系内部审核报告" % d.year, "cn").head(("p", "审核日期：%s    审核组长：%s    审核员：%s" % (anyd(co, d), co.p(3), co.p(2))))
    p.part("审核目的和准则", ["验证体系满足ISO/IEC 20000-1及CCRC安全运维服务要求、满足服务需求和%s的要求，并被有效实施和维护。" % co.bc["custs"]])
    p.part("审核范围", ["%s全部过程及大区IT。" % co.bc["it"]])
    p.part("审核发现", ["不符合项3项（NCR-01 门店巡检表缺签字；NCR-02 2单CHG无回退方案；NCR-03 知识库条目逾期未复核），观察项4项。"])
    p.part("结论", ["体系运行基本有效，不符合项已下发CAPA。"])
    return Doc("internal_audit", p.blocks[0][1], d, ["59/internal-audit"], True, p.blocks)


MR = {"perf": ("60/performance", "服务和流程的执行情况和符合性：SLA达成率98.4%，各流程按程序执行，内审不符合项3项已整改2项。"),
      "fb": ("60/customer-feedback", "客户反馈：%s满意度92分，门店投诉3起（夜间响应慢），已处理。"),
      "res": ("60/resources", "当前和预测资源水平：IT部%d人，外包驻场4人；明年新开门店约120家，预计需增加大区IT 2人。"),
      "ca": ("60/corrective-actions", "纠正措施的进展：上次管评提出5项措施，完成4项，1项（SD-WAN控制器双活）进行中。"),
      "chg": ("60/changes", "可能影响服务的变更：PMS换代、会员系统上云、PCI DSS v4.0 合规要求。"),
      "imp": ("60/improvements", "改进的机会：夜间响应及时性、门店巡检自动化、服务台自助化。")}


def mgmt_review(co, d, inputs):
    p = Sec("%d年度管理评审报告" % d.year, "cn").head(("p", "时间：%s    主持：%s    参加：%s各组长、%s代表%s" % (anyd(co, d), co.boss, co.bc["it"], co.bc["custs"], co.cp(0))))
    paras, items = [], []
    for k in inputs:
        itm, s = MR[k]
        paras.append(s % co.bc["custs"] if k == "fb" else (s % co.rng.randint(18, 40) if k == "res" else s))
        items.append(itm)
    p.part("评审输入", paras, items + (["59/management-review"] if "perf" in inputs else []))
    p.part("评审结论", ["体系持续适宜、充分、有效。"])
    p.part("评审输出", ["批准增加大区IT编制；启动门店巡检自动化项目；夜班服务台旺季增员。"])
    return p.doc("mgmt_review", d, True)


def kpi_list(co, d):
    rows = [["SLA达成率", "≥98%", "98.4%", "是", "—"], ["门店满意度", "≥90分", "92分", "是", "—"], ["门店投诉", "≤5起/年", "3起", "是", "—"],
            ["P1事件按时恢复率", "100%", "91%", "否", "CAPA-%d-04" % d.year], ["门店巡检完成率", "100%", "96%", "否", "CAPA-%d-05" % d.year]]
    return book("kpi", "IT服务KPI监视测量表（%d年）" % d.year, d, True,
                [("KPI", ["指标", "目标", "实际", "达成", "措施"], rows, ["57/measurement"])],
                note="统计截至：%s    统计人：%s" % (anyd(co, d), co.p(3)))


def capa(co, d, n):
    rows = [["编号", "CAPA-%d-%02d" % (d.year, n)], ["来源", "KPI未达成：门店巡检完成率96%"], ["原因分析", "西南片区大区IT空缺1人"],
            ["纠正措施", "临时抽调总部工程师补巡"], ["预防措施", "大区IT设AB角，编制空缺超过15天启动借调"], ["责任人", co.p(0)],
            ["完成日期", anyd(co, d)], ["有效性验证", "次季度巡检完成率100%，措施有效"], ["验证人", co.p(3)]]
    return Doc("capa", "CAPA单", d, ["57/capa", "66/effectiveness"], True, [("title", "纠正预防措施单（CAPA）"), ("table", rows)])


def prevent_record(co, d):
    rows = [["编号", "PA-%d-%02d" % (d.year, co.rng.randint(1, 9))], ["潜在问题", "暑期OTA调用量增长，接口网关CPU趋势将在8月超过80%"],
            ["预防措施", "7月扩容接口网关2个节点并设置限流"], ["批准", co.p(0)], ["实施日期", anyd(co, d - timedelta(days=40))],
            ["有效性验证", "8月峰值CPU 52%%，未发生接口超时，措施有效（验证人%s，%s）" % (co.p(3), anyd(co, d))]]
    return Doc("prevent", "预防措施记录单", d, ["66/effectiveness"], True, [("title", "预防措施记录单"), ("table", rows)])


def improve_plan(co, d, criteria):
    p = Sec("%d年度持续服务改进（CSI）计划" % d.year, "cn").head(*ctl(co, d, "%s-IT-CSI-%d" % (co.bc["code"], d.year), "V1.0"))
    p.part("改进项目", [("table", [["改进项", "来源", "改进目标", "负责人", "完成时间"], ["门店巡检自动化", "管评", "巡检人天减少50%", co.p(1), "%d-06" % d.year],
                                   ["夜间响应提升", "满意度调查", "夜间P3响应≤30分钟", co.p(5), "%d-09" % d.year],
                                   ["知识库自助", "服务台", "一线解决率≥80%", co.p(4), "%d-12" % d.year]])], ["64/plan", "68/plan"])
    p.part("评估标准", ["改进机会按门店/客户影响（40%）、实施成本（30%）、风险（30%）打分，≥70分列入计划；各项须经识别、记录、批准、评估、测量和报告。"],
           ["64/criteria"], on=criteria)
    return p.doc("improve_plan", d, True)


def improve_opps(co, d, approved):
    rows = [["门店巡检自动化", 9, 7, 8, 83, "高"], ["夜间响应提升", 8, 6, 9, 78, "高"], ["知识库自助", 7, 5, 8, 68, "中"], ["大屏监控改版", 4, 6, 9, 58, "低"]]
    note = ("排序方式：按CSI评估标准加权打分。批准：%s    %s（IT周会决议）" % (co.boss, anyd(co, d))) if approved else \
        "排序方式：按CSI评估标准加权打分。状态：待评审（%s提交IT周会讨论，尚未批准）" % anyd(co, d)
    return book("improve_opps", "改进机会评估与优先级排序", d, True,
                [("CSI登记册", ["改进机会", "影响", "成本", "风险", "得分", "优先级"], rows,
                  ["67/analysis", "67/prioritisation"] if approved else [])], note=note)


def improve_track(co, d):
    rows = [["门店巡检自动化", "巡检人天减少50%", "巡检机器人上线", (d - timedelta(days=70)).isoformat(), "实测减少56%，有效", "已在管评报告"],
            ["夜间响应提升", "夜间P3响应≤30分钟", "旺季夜班2人", (d - timedelta(days=25)).isoformat(), "实测平均22分钟，有效", "已在IT周会报告"]]
    return book("improve_track", "CSI改进实施跟踪表", d, True,
                [("跟踪", ["改进项", "目标", "实施情况", "完成日期", "有效性测量", "报告"], rows, ["68/implementation", "68/effectiveness"])])


def csi_training(co, d):
    rows = [["主题", "持续服务改进（CSI）——人人都是改进者"], ["时间", anyd(co, d)], ["讲师", co.p(3)],
            ["对象", "%s全员及大区IT（%d人）" % (co.bc["it"], co.rng.randint(18, 40))], ["内容", "改进意识、改进机会提交方式、本年度优秀改进案例"],
            ["考核", "线上测试平均分%d" % co.rng.randint(85, 96)]]
    return Doc("csi_training", "改进意识培训", d, ["69/awareness-training"], True, [("title", "持续改进意识培训记录"), ("table", rows)])


def defects(co, d):
    p = Sec("%d年运维服务缺陷分析及改进方案" % d.year, "cn").head(("p", "编制：%s    日期：%s" % (co.p(0), anyd(co, d))))
    p.part("重大事件", ["核心防火墙HA切换失败（P2），PMS、CRS中断26分钟。"])
    p.part("失败变更", ["PMS补丁发布失败2次（夜审冲突），均回退。"])
    p.part("服务不达标", ["二季度P1事件按时恢复率91%，未达100%。"])
    p.part("改进计划", ["光模块生命周期管理；PMS发布避开夜审窗口并增加UAT夜审测试；P1演练每季度一次。"])
    return Doc("defects", p.blocks[0][1], d, ["70/defect-analysis"], True, p.blocks)


def year_summary(co, d, data, forecast):
    """written in January about the year before"""
    p = Sec("%s %d年度工作总结" % (co.bc["it"], d.year - 1), "cn").head(("p", "%s    %s" % (co.bc["it"], anyd(co, d))))
    p.part("年度工作回顾", ["全年支持新开门店%d家，完成PMS升级、会员系统上云、门店防火墙固件统一升级。" % co.rng.randint(60, 160)])
    p.part("运维数据", [("table", [["指标", "全年"], ["异常报告及时率", "98.1%"], ["异常漏报率", "0.6%"], ["维护作业计划的及时完成率", "96%"],
                                  ["故障隐患发现率", "90%"], ["异常主动发现率", "85%"], ["问题解决率", "93%"], ["漏洞扫描覆盖率", "100%"],
                                  ["加固设备覆盖率", "94%"], ["安全补丁安装及时率", "91%"], ["安全事件次数", co.rng.randint(20, 80)]])], ["56/data"], on=data)
    p.part("数据汇总分析与服务预测", ["汇总日志、变更、事件、请求、问题数据：事件同比下降14%，服务请求上升31%（新店开业），变更集中在月末。",
                                  "预测明年门店数增长15%，服务请求将继续增长，需推进自助服务和新店开业IT标准化，NOC夜间告警量预计上升20%。"],
           ["71/forecast"], on=forecast)
    p.part("明年工作计划", ["PMS换代、PCI DSS v4.0、门店SASE试点。"])
    return p.doc("year_summary", d, True)


def iso_cert(co, d):
    b = [("title", "信息技术服务管理体系认证证书"), ("p", "兹证明 %s" % co.bc["grp"]), ("p", "的信息技术服务管理体系符合 ISO/IEC 20000-1:2018"),
         ("p", "认证范围：向集团总部、门店及特许经营服务公司提供的IT运维服务"), ("p", "证书编号：%s    发证日期：%s    有效期至：%d年%d月%d日" % (
             "0%d ITSM%04d" % (co.rng.randint(10, 99), co.rng.randint(0, 9999)), cnd(d), d.year + 3, d.month, d.day))]
    return Doc("iso_cert", "认证证书", d, ["61/audit-system"], False, b)


# ------------------------------------------------------------------------------ real documents that prove nothing

def golden_week(co, d):
    p = Sec("%d年国庆黄金周IT保障方案" % d.year, "cn").head(("p", co.bc["it"] + "    " + anyd(co, d)))
    p.part("保障时间", ["9月30日至10月8日。"])
    p.part("保障安排", ["总部双人值班、大区IT待命；封网期间除紧急变更外不做变更；每日9:00/21:00两次巡检。"])
    p.part("值班表", [("table", [["日期", "值班", "备班"]] + [["10月%d日" % i, co.p(i % 6), co.p((i + 2) % 6)] for i in range(1, 8)])])
    return p.doc("golden_week", d, False)


def weekly_sync(co, d):
    p = Sec("Weekly IT Sync 会议纪要（%s）" % d.isoformat(), "dig").head(("p", "参会：%s" % "、".join(co.p(i) for i in range(6))))
    p.part("上周回顾", ["门店报障%d单；1起P3（OTA订单延迟）已关闭。" % co.rng.randint(80, 160)])
    p.part("本周重点", ["新店开业%d家；门店防火墙第2批升级；PCI问卷填写。" % co.rng.randint(2, 6)])
    p.part("Action Items", ["%s跟进SD-WAN续费；%s准备内审资料。" % (co.p(1), co.p(3))])
    return p.doc("weekly", d, False)


def pci_saq(co, d):
    rows = [["1.1", "是否部署防火墙保护持卡人数据环境", "是"], ["3.4", "PAN是否加密存储", "不适用（不存储）"], ["8.3", "远程访问是否MFA", "是"],
            ["11.2", "是否每季度外部漏洞扫描", "是"], ["12.10", "是否有事件响应计划", "是"]]
    return book("pci", "PCI DSS SAQ 自评问卷（%d）" % d.year, d, False, [("SAQ", ["条款", "问题", "答复"], rows, [])])


def police_notice(co, d):
    b = [("title", "关于%d年%d月旅业系统数据上传情况的通报" % (d.year, d.month)), ("p", "各门店："),
         ("p", "本月%d家门店存在住客信息上传延迟，请店长督促前台当班人员按规定在入住后两小时内完成上传。" % co.rng.randint(3, 15)),
         ("p", co.bc["it"] + "    " + cnd(d))]
    return Doc("police", "旅业上传通报", d, [], False, b)


def oncall(co, d):
    rows = [[(d + timedelta(days=i)).isoformat(), co.p(i % 6), co.vp(i % 3), "400-%03d-%04d" % (co.rng.randint(100, 999), co.rng.randint(0, 9999))] for i in range(14)]
    return book("oncall", "On-call 值班表（%s）" % ym(d), d, False, [("值班", ["日期", "一线", "NOC", "电话"], rows, [])])


def purchase(co, d):
    rows = [[1, "门店防火墙 FortiGate 60F", 40, 4200, 168000], [2, "AP", 300, 680, 204000], [3, "前台PC", 60, 4300, 258000]]
    return book("purchase", "新店IT设备采购申请（%s）" % ym(d), d, False, [("采购", ["序号", "设备", "数量", "单价", "金额"], rows, [])])


UNREL = [("行政", "关于%d年员工年会的通知", "定于1月18日在集团旗舰店宴会厅举办年会，请各部门报名节目。"),
         ("人力", "%d年暑期实习生招聘计划", "IT部拟招收实习生3名，方向：门店IT支持、数据分析。"),
         ("运营", "关于%d年会员日促销活动的安排", "会员日当天，金卡会员房价九折、延迟退房至14:00。"),
         ("行政", "员工内购房价政策（%d）", "员工及直系亲属入住集团旗下门店享受员工价，每年不超过10晚。"),
         ("工会", "%d年羽毛球比赛报名表", "以部门为单位组队，每队6人。")]


def unrelated(co, d, i):
    folder, t, s = UNREL[i]
    t = t % d.year
    return folder, t, Doc("unrelated", t, d, [], False, [("title", t), ("p", s)], decoy="unrelated")


def blank(title, d, cols, n=10):
    rows = [[title], cols] + [[""] * len(cols) for _ in range(n)] + [["填表人：", "", "审核："]]
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", rows)], decoy="template")


def blank_doc(title, d, heads):
    b = [("title", title), ("p", "编号：________    日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "（请填写）")]
    return Doc("blank", title, d, [], False, b, decoy="template")


def signin(co, d, what):
    rows = [[i + 1, co.p(i), co.bc["it"], co.p(i)] for i in range(6)]
    return Doc("signin", "学习签到表", d, [], True, sheets=[("签到", [["《%s》宣贯学习签到表" % what], ["日期：%s    讲师：%s" % (anyd(co, d), co.p(0))],
                                                                ["序号", "姓名", "部门", "签字"]] + rows)], decoy="training record about a plan or procedure")


def doc_index(co, d, keys):
    rows = [[i + 1, REGS[k][0], "%s-%s" % (co.bc["code"], REGS[k][2]), "V%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 5)), "有效"] for i, k in enumerate(keys)]
    return Doc("index", "受控文件清单", d, [], False, sheets=[("清单", [["IT部受控文件清单"], ["序号", "文件名称", "编号", "版本", "状态"]] + rows)],
               decoy="list of document names")


def mr_notice(co, d):
    b = [("title", "关于召开%d年度IT管理评审会议的通知" % d.year),
         ("p", "定于%s召开管理评审会议，请各组准备评审输入：客户反馈、资源需求、纠正措施进展、改进建议、服务和流程执行情况。" % cnd(d)),
         ("p", co.bc["it"])]
    return Doc("mr_notice", "管评通知", d, [], True, b, decoy="meeting notice, not the review record")


def drill_scheme(co, d):
    p = Sec("%d年应急演练方案" % d.year, "cn").head(*ctl(co, d, "%s-ISMS-DS-%d" % (co.bc["code"], d.year), "V1.0"))
    p.part("演练目的", ["检验《网络安全应急预案》和门店降级方案的可操作性。"])
    p.part("场景与时间", ["模拟%s云上可用区故障，计划于%d年%d月凌晨实施。" % (co.sys(0), d.year, min(12, d.month + 1))])
    d_ = p.doc("drill_scheme", d, False)
    d_.decoy = "drill plan, neither the plan nor the record"
    return d_


def ccrc_sheet(co, d):
    rows = [[i, t, "", ""] for i, t in [(1, "采集客户对信息系统运维服务时间的需求"), (12, "制定安全运维服务目录"), (27, "收集与建立配置管理数据库"),
                                       (49, "建立事件管理程序和信息安全服务请求管理程序"), (58, "建立与分析客户满意度调查")]]
    return Doc("ccrc", "自评估表", d, [], False, sheets=[("自评估", [["CCRC安全运维服务资质自评估表（填报中）"], ["序号", "条款", "结论", "证明材料"]] + rows)],
               decoy="the self-assessment form itself")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ the share

class Ctx:
    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.bc["holes"]
        self.made = []
        self.scan = {"creator": "RICOH IM C3000 (OCR)", "author": "scanner", "styled": False}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.3)
        opt.setdefault("styled", r.random() < 0.75)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "IT-Admin", "user", "HP"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            n = 1
            while "%s(%d).%s" % (base, n, ext) in co.used:
                n += 1
            rel = "%s(%d).%s" % (base, n, ext)
        co.add(rel, doc, **opt)
        return rel

    def rec(self, name, factory, d, **opt):
        doc = factory(d)
        self.put(name(d), doc, **opt)
        if doc.items and doc.record and (date(2026, 11, 30) - d).days <= 365:
            self.made.append((name, factory, d))
        return doc


def fresh_in(co, y, m):
    return date(y, m, co.rng.randint(3, 26))


def build(co, lock_bytes):
    """Lay out a BC share: 01 制度流程/, 02 SOP/, 03 运维记录/, 04 门店IT/, 05 <customer>/, 06 信息安全/,
    07 应急与连续性/, 08 体系管理/, 09 会议纪要/, 10 培训/, 11 架构与配置/, 12 项目/, 99 归档/, 个人文件夹/, a NAS recycle folder."""
    co.bc = BC_INFO[getattr(co, "info_id", co.id)]
    co.bc_no = {}
    c = Ctx(co)
    co.gaps = set(c.H)
    co.oldonly = {h for h in c.H if h.endswith("_old")}
    keys = lay_rules(c)
    lay_customer(c)
    lay_design(c)
    lay_records(c)
    lay_security(c)
    lay_emergency(c)
    lay_review(c)
    lay_none(c)
    archive(c)
    decoys(c, lock_bytes, keys)


def lay_rules(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    skip = {"request": "qq", "problem": "wt", "slm": "slm", "audit_rule": "nsh"}
    keys = [k for k in REGS if k not in {v for h, v in skip.items() if h in H}]
    pool = [k for k in keys if REGS[k][1] == "it"]
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(4, 6)], key=list(REGS).index)
    d = date(2025, r.randint(2, 6), r.randint(1, 28))
    put("01 制度流程/%s管理制度汇编（2025版）.pdf" % co.bc["it"], compilation(co, d, in_book), creator="WPS Office")
    for k in keys:
        name, level, code, _ = REGS[k]
        d = co.issued()
        if level == "grp":
            folder = "01 制度流程/集团发文/%d/" % d.year
            if r.random() < 0.5:
                main = grp_doc(co, d, k, split="main")
                body, its = reg_body(co, k, reg_drop(co))
                annex = Doc("reg:" + k, name, d, sorted(set(its)), False,
                            [("p", "附件"), ("title", co.bc["grp"] + name)] + body)
                sub = folder + "%s 关于印发《%s》的通知/" % (main.bc_no, name)
                put(sub + "正文（签发稿）.pdf", main, **c.scan)
                put(sub + "附件：%s%s.docx" % (co.bc["grp"], name), annex)
            else:
                doc = grp_doc(co, d, k)
                put(folder + r.choice(["%s 关于印发《%s》的通知.pdf" % (doc.bc_no, name), "%s（%s）.docx" % (name, doc.bc_no)]), doc)
            continue
        if k in in_book and r.random() < 0.55:
            continue
        doc = it_doc(co, d, k)
        fn = r.choice(["%s-%s %s.docx" % (co.bc["code"], code, name), "%s %s_%s.docx" % (code, name, doc.blocks[2][1][0][3]),
                       "%s（%s）.pdf" % (name, code), "%s_终版.docx" % name])
        put("01 制度流程/IT部程序文件/" + fn, doc)
    # SOPs
    ks = list(SOPS)
    if "wi_one" in H:
        k = r.choice(ks)
        put("02 SOP/%s-IT-SOP-%02d %s.docx" % (co.bc["code"], ks.index(k) + 1, SOPS[k][0]), sop(co, co.issued(), k, ks.index(k) + 1))
        other = [x for x in ks if x != k][0]
        put("02 SOP/草稿/%s（草稿，未发布）.docx" % SOPS[other][0], void(sop(co, co.fresh(), other, ks.index(other) + 1), "draft", "（草稿）"))
    else:
        bound = sorted(r.sample(ks, 3), key=ks.index)
        d = co.issued()
        put("02 SOP/IT运维SOP汇编_%d.pdf" % d.year, sop_book(co, d, bound))
        loose = [k for k in ks if k not in bound]
        for k in loose:
            n = ks.index(k) + 1
            put("02 SOP/%s-IT-SOP-%02d %s_v%d.%d.docx" % (co.bc["code"], n, SOPS[k][0], r.randint(1, 3), r.randint(0, 9)), sop(co, co.issued(), k, n))
    for st in r.sample(co.bc["stores"], 2):
        d = co.fresh()
        put("02 SOP/开业筹备/%s_开业IT检查清单_%s.xlsx" % (st, ymd(d)), opening_checklist(co, d, st))
    return keys


def lay_customer(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    C = "05 %s/" % co.bc["custs"]
    d0 = date(2025, 12, r.randint(1, 20))
    put(C + "01 需求调研/%s IT运维需求调研报告_%s.docx" % (co.bc["custs"], ymd(d0)),
        survey(co, d0, "survey_notime" not in H, "survey_nosec" not in H))
    d = d0 + timedelta(days=r.randint(3, 10))
    if "budget_tpl" in H:
        put(C + "01 需求调研/运维预算表（模板）.xlsx", blank("IT运维预算表", d, ["序号", "工作项", "工作量（人天）", "人力资源", "单价", "项目经费", "项目节点"]))
    else:
        put(C + "01 需求调研/%d年IT运维预算表_v%d.xlsx" % (d.year + 1, r.randint(2, 4)), budget(co, date(2026, 1, r.randint(3, 12))))
    d = d0 + timedelta(days=r.randint(12, 20))
    put(C + "01 需求调研/对接会纪要%s.docx" % d.strftime("%m%d"), comm_minutes(co, d, "comm_noagree" not in H))
    d = date(2026, 1, r.randint(5, 25))
    put(C + "01 需求调研/上年度数据/历史数据清单.xlsx", history_list(co, d))
    if "hist_noanalysis" not in H:
        put(C + "01 需求调研/上年度数据/%d年运维数据分析报告.docx" % (d.year - 1), history_analysis(co, d))
    put(C + "01 需求调研/上年度数据/%d年度运维保障策略及实施方案.docx" % d.year, ops_strategy(co, d + timedelta(days=6)))
    # SLA
    d = date(2026, 1, r.randint(1, 15))
    put(C + "02 协议/SLA_%s_%d（双方盖章）.pdf" % (co.bc["custs"], d.year), sla(co, d), **c.scan)
    # health checks
    years = (2024, 2025) if "health_old" in H else (2026,)
    n = 0
    for y in years:
        for q in (1, 2, 3):
            if y == 2025 and q == 3:
                continue
            d = date(y, q * 3, r.randint(10, 25))
            collect_sec = (n == 1 and "collect" not in H)
            doc = health(co, d, collect_sec)
            put(C + "03 健康检查/%d/%dQ%d健康检查报告.%s" % (y, y, q, r.choice(["docx", "pdf"])), doc)
            if doc.record and y == 2026:
                c.made.append((lambda dd, q=q: C + "03 健康检查/%d/%dQ%d健康检查报告.docx" % (dd.year, dd.year, q), lambda dd, cs=collect_sec: health(co, dd, cs), d))
            n += 1
    # satisfaction
    for d, half in ((date(2025, 12, r.randint(5, 20)), "下半年"), (date(2026, 6, r.randint(10, 28)), "上半年")):
        put(C + "04 满意度/%d%s满意度调查报告.docx" % (d.year, half), satisfaction(co, d, half))
    put(C + "04 满意度/%d年上半年满意度调查报告.docx" % 2025, satisfaction(co, date(2025, 6, r.randint(10, 28)), "上半年"))
    if "trend" not in H:
        d = date(2026, 7, r.randint(5, 28))
        put(C + "04 满意度/满意度趋势分析_%s.xlsx" % ym(d), sat_trend(co, d))
    if "callbacks" not in H:
        d = fresh_in(co, 2026, r.randint(8, 10))
        put(C + "04 满意度/门店回访记录%d.xlsx" % d.year, callbacks(co, d))
    # monthly reports
    data_months = set() if "no_data" in H else set(r.sample(range(5, 11), 3))
    for m in range(5, 11):
        d = date(2026, m, 28)
        c.rec(lambda dd: C + "05 月报/IT Monthly Report_%04d%02d.docx" % (dd.year, dd.month),
              lambda dd, m=m: monthly_report(co, dd, "monthly_notrend" not in H, m in data_months), d)


def lay_design(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    A = "11 架构与配置/"
    M = "00 IT管理/"
    d = co.issued()
    put(M + "IT服务目录 Service Catalogue V3.docx", catalog(co, d, "catalog_basic" in H))
    if "kpis" not in H:
        put(M + "可用性指标清单.xlsx", avail_kpis(co, co.issued()))
    d = fresh_in(co, 2026, r.randint(1, 3))
    put(M + "以往服务方案及生产影响分析_%s.docx" % ymd(d), svc_analysis(co, d, "svc_noauto" not in H))
    d = co.issued()
    put(M + "外包合同/%s 运维外包合同附件三 服务级别设计.pdf" % co.vendor, sld(co, d), **c.scan)
    if "ola_draft" not in H:
        put(M + "OLA_内部运营级别协议_v1.docx", ola(co, co.issued()))
    d = co.issued()
    put(M + "组织架构/信息安全组织架构及职责.docx", org_chart(co, d, "no_outsourcing" not in H))
    d = fresh_in(co, 2026, r.randint(6, 10))
    put(M + "组织架构/运维人员清单_%s.xlsx" % ym(d), staff_list(co, d, "no_outsourcing" not in H))
    if "roles" not in H:
        put(M + "组织架构/安全运维角色清单RACI.xlsx", role_list(co, co.issued()))
    if "iface" not in H:
        d = co.issued()
        put(M + "发文/关于明确信息安全管理接口人的通知_%s.pdf" % ymd(d), iface_notice(co, d), **c.scan)
    d = co.issued()
    doc = desk_notice(co, d)
    put("01 制度流程/集团发文/%d/%s 关于设立IT服务台的通知.pdf" % (d.year, doc.blocks[1][1]), doc, **c.scan)
    if "desk_train" not in H:
        d = co.fresh()
        put("10 培训/服务台/服务台新员工培训记录_%s.xlsx" % ymd(d), desk_training(co, d))
    # assets, CMDB
    if "asset_old" in H:
        d = co.old()
        put(A + "资产/IT资产识别清单_%s.xlsx" % ymd(d), asset_list(co, d))
    else:
        c.rec(lambda dd: A + "资产/IT资产识别清单_%s.xlsx" % ymd(dd), lambda dd: asset_list(co, dd), co.fresh())
    if "cmdb" not in H:
        c.rec(lambda dd: A + "CMDB/CMDB_export_%s.xlsx" % ymd(dd), lambda dd: cmdb(co, dd), co.fresh())
    if "ci" not in H:
        c.rec(lambda dd: A + "CMDB/配置项维护记录_%d.xlsx" % dd.year, lambda dd: ci_updates(co, dd), fresh_in(co, 2026, r.randint(7, 10)))
    put(A + "安全基线/安全配置基线_%d.xlsx" % 2026, baseline(co, co.issued()))
    if "kpis" in H:
        put(A + "资产/门店线路清单.xlsx", book("lines", "门店线路清单", co.fresh(), False,
                                          [("线路", ["门店", "主线路", "备线路"], [[s, "电信500M", "4G"] for s in co.bc["stores"]], [])]))
    # projects: 会员系统, PMS 升级
    P = "12 项目/%s升级/" % co.sys(0)
    d = co.fresh()
    put("12 项目/会员系统上云/需求分析记录_%s.docx" % ymd(d), req_record(co, d))
    d = co.fresh()
    put(P + "测试计划_%s.docx" % ymd(d), test_plan(co, d, "test_norollback" not in H))
    if "compat" not in H:
        d = co.fresh()
        put(P + "兼容性验证报告.docx", compat(co, d))
    if "devplan_draft" in H:
        put("个人文件夹/%s/安全工具开发计划（征求意见稿）.docx" % co.p(1), void(dev_plan(co, co.fresh()), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(M + "%d年安全工具定制开发计划.docx" % 2026, dev_plan(co, date(2026, 2, r.randint(1, 25))))
    if "aplan" not in H:
        put(M + "可用性计划_%d.docx" % 2026, avail_plan(co, date(2026, 1, r.randint(5, 25))))
    c.rec(lambda dd: "03 运维记录/%d/可用性事件登记表.xlsx" % dd.year, lambda dd: avail_events(co, dd), fresh_in(co, 2026, r.randint(8, 10)))
    d = co.fresh()
    put(A + "知识库/KB_export_%s.xlsx" % ymd(d), kb_export(co, d, "kb_empty" in H))
    d = co.issued()
    put("06 信息安全/等保/%s定级报告.pdf" % co.bc["club"], grading(co, d), **c.scan)
    if "grading_criteria" not in H:
        put("06 信息安全/等保/信息系统安全保护等级划分标准.docx", grading_criteria(co, co.issued()))


def lay_records(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    for m in range(3, 11):
        d = date(2026, m, 28)
        c.rec(lambda dd: "03 运维记录/%d/%02d/IT运维记录_%s.xlsx" % (dd.year, dd.month, ym(dd)), lambda dd: ops_book(co, dd), d)
    for q in (2, 3):
        for reg in co.bc["regions"][:3]:
            d = date(2026, q * 3, r.randint(5, 25))
            stores = r.sample(co.bc["stores"], 3)
            c.rec(lambda dd, reg=reg: "04 门店IT/%s/%dQ%d/%s门店巡检表.xlsx" % (reg, dd.year, qtr(dd), reg), lambda dd, reg=reg, st=stores: store_check(co, dd, reg, st), d)
    if "hw_old" in H:
        d = date(2025, r.randint(1, 6), r.randint(1, 28))
        put("03 运维记录/%d/安全设备硬件故障统计_%d.xlsx" % (d.year, d.year), hw_stats(co, d))
        d = co.fresh()
        put("03 运维记录/2026/安全设备硬件故障统计_2026.xlsx", book("hw_stats", "安全设备硬件故障统计（2026年）", d, True,
                                                               [("统计", ["序号", "日期", "设备", "故障部件", "处理", "影响时长"], [], ["14/hardware-faults", "44/faults"])]))
    else:
        c.rec(lambda dd: "03 运维记录/%d/安全设备硬件故障统计_%d.xlsx" % (dd.year, dd.year), lambda dd: hw_stats(co, dd), fresh_in(co, 2026, r.randint(6, 10)))
    d = co.fresh()
    put("03 运维记录/%d/%02d/RCA_核心防火墙HA切换失败_%s.docx" % (d.year, d.month, ymd(d)), rca(co, d))
    for m in sorted(r.sample(range(6, 11), 3)):
        d = date(2026, m, 28)
        c.rec(lambda dd: "03 运维记录/%d/%02d/%s_工单导出_%s.xlsx" % (dd.year, dd.month, co.bc["itsm"].split()[0], ym(dd)), lambda dd: tickets(co, dd), d)
    c.rec(lambda dd: "03 运维记录/%d/CHG变更记录导出_%s.xlsx" % (dd.year, ymd(dd)), lambda dd: changes(co, dd), fresh_in(co, 2026, r.randint(9, 10)))


def lay_security(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    S = "06 信息安全/"
    if "collect" in H:
        d = co.old()
        put(S + "信息采集/安全信息采集记录_%d.xlsx" % d.year, collect(co, d))
    else:
        c.rec(lambda dd: S + "信息采集/安全信息采集记录_%d.xlsx" % dd.year, lambda dd: collect(co, dd), fresh_in(co, 2026, r.randint(7, 10)))
    for q in (1, 2, 3):
        d = date(2026, q * 3 + 1, r.randint(5, 20))
        c.rec(lambda dd: S + "日志审计/%dQ%d日志审计分析报告.docx" % (dd.year, qtr(dd) - 1 or 4), lambda dd: log_audit(co, dd), d)
    c.rec(lambda dd: S + "事件统计/信息安全事件统计分析_%s.xlsx" % ym(dd), lambda dd: incident_stats(co, dd), fresh_in(co, 2026, r.randint(8, 10)))
    for m in sorted(r.sample(range(4, 11), 4)):
        d = date(2026, m, r.randint(3, 12))
        c.rec(lambda dd: S + "安全通告/%d/信息安全通告%d年第%d期.%s" % (dd.year, dd.year, dd.month, "pdf" if dd.month % 2 else "docx"),
              lambda dd: bulletin(co, dd, "bulletin_partial" not in H), d)
    put(S + "渗透测试/%d年度渗透测试计划.docx" % 2026, pentest_plan(co, date(2026, 1, r.randint(6, 28))))
    if "pentest_old" in H:
        d = co.old()
        put(S + "渗透测试/%d/%s渗透测试报告_%s.pdf" % (d.year, co.sys(2), ymd(d)), pentest_report(co, d))
        d = co.fresh()
        put(S + "渗透测试/2026/渗透测试授权书_%s.pdf" % ymd(d), Doc("authz", "渗透测试授权书", d, [], False,
                                                            [("title", "渗透测试授权书"), ("p", "兹授权信息安全组于%s对%s开展渗透测试。" % (cnd(d), co.sys(2))),
                                                             ("p", "授权人：%s" % co.boss)]), **c.scan)
    else:
        c.rec(lambda dd: S + "渗透测试/%d/%s渗透测试报告_%s.pdf" % (dd.year, co.sys(2), ymd(dd)), lambda dd: pentest_report(co, dd), co.fresh())


def lay_emergency(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    E = "07 应急与连续性/"
    d = co.issued()
    put(E + "预案/网络安全应急预案V3.docx", emergency_plan(co, d, "no_recovery" not in H))
    if "no_recovery" not in H:
        put(E + "预案/灾难恢复计划DRP.pdf", dr_plan(co, co.issued()))
    if "bcp_draft" in H:
        put(E + "BCP/业务连续性计划（征求意见稿）.docx", void(bcp(co, co.fresh()), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(E + "BCP/业务连续性计划BCP_v1.%d.pdf" % r.randint(1, 4), bcp(co, co.issued()))
    d = co.fresh()
    c.rec(lambda dd: E + "演练/%d/应急演练记录_%s.docx" % (dd.year, ymd(dd)), lambda dd: drill(co, dd, "em"), d)
    if "drdrill" not in H:
        c.rec(lambda dd: E + "演练/%d/灾备切换演练记录_%s.pdf" % (dd.year, ymd(dd)), lambda dd: drill(co, dd, "dr"), co.fresh())
    d = co.fresh()
    put(E + "演练/%d/%d年应急演练方案.docx" % (d.year, d.year), drill_scheme(co, d))


def lay_review(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    T = "08 体系管理/"
    if "ia_old" in H:
        d = co.old()
        put(T + "内审/%d年内审报告.docx" % d.year, internal_audit(co, d))
        d = co.fresh()
        put(T + "内审/%d年内审计划.docx" % d.year, Doc("ia_plan", "内审计划", d, [], False,
                                                  [("title", "%d年度内部审核计划" % d.year), ("p", "计划于%d年12月开展年度内审，审核组长%s。" % (d.year, co.p(3)))]))
    else:
        c.rec(lambda dd: T + "内审/%d年内审报告.docx" % dd.year, lambda dd: internal_audit(co, dd), fresh_in(co, 2026, r.randint(3, 9)))
    inputs = ["perf", "fb", "ca", "imp"] if "mr_partial" in H else ["perf", "fb", "res", "ca", "chg", "imp"]
    c.rec(lambda dd: T + "管评/%d年度管理评审报告.docx" % dd.year, lambda dd: mgmt_review(co, dd, inputs), fresh_in(co, 2026, r.randint(4, 10)))
    c.rec(lambda dd: T + "KPI与CAPA/IT服务KPI监视测量表_%d.xlsx" % dd.year, lambda dd: kpi_list(co, dd), fresh_in(co, 2026, r.randint(7, 10)))
    if "capa" not in H:
        for n in (4, 5):
            c.rec(lambda dd, n=n: T + "KPI与CAPA/CAPA-%d-%02d.pdf" % (dd.year, n), lambda dd, n=n: capa(co, dd, n), co.fresh(), **c.scan)
    c.rec(lambda dd: T + "KPI与CAPA/预防措施记录单_%s.docx" % ymd(dd), lambda dd: prevent_record(co, dd), fresh_in(co, 2026, r.randint(8, 10)))
    d = date(2026, 1, r.randint(10, 28))
    put(T + "CSI/%d年度持续改进计划.docx" % d.year, improve_plan(co, d, "criteria" not in H))
    d = co.fresh()
    put(T + "CSI/改进机会评估排序_%s.xlsx" % ym(d), improve_opps(co, d, "opp_unapproved" not in H))
    if "itrack" not in H:
        c.rec(lambda dd: T + "CSI/CSI改进实施跟踪表.xlsx", lambda dd: improve_track(co, dd), fresh_in(co, 2026, r.randint(8, 10)))
    if "aware_signin" in H:
        d = co.fresh()
        put("10 培训/%d/《持续改进管理程序》宣贯签到表.xlsx" % d.year, signin(co, d, "持续改进管理程序"))
    else:
        d = co.fresh()
        put("10 培训/%d/持续改进意识培训记录_%s.docx" % (d.year, ymd(d)), csi_training(co, d))
    if "defects_old" in H:
        d = co.old()
        put(T + "CSI/%d年运维服务缺陷分析及改进方案.docx" % d.year, defects(co, d))
    else:
        c.rec(lambda dd: T + "CSI/%d年运维服务缺陷分析及改进方案.docx" % dd.year, lambda dd: defects(co, dd), fresh_in(co, 2026, r.randint(7, 10)))
    d = date(2026, 1, r.randint(15, 28))
    put("00 IT管理/工作总结/%s%d年度工作总结.docx" % (co.bc["it"], d.year - 1), year_summary(co, d, "no_data" not in H, "forecast" not in H))
    if "forecast" in H:
        d = date(2025, 1, r.randint(10, 28))
        put("99 归档/%d/%s%d年度工作总结.docx" % (d.year, co.bc["it"], d.year - 1), year_summary(co, d, True, True))
    if "audit_rule" not in H:
        put(T + "证书/ISO20000证书.pdf", iso_cert(co, co.issued()), **c.scan)


def lay_none(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    d = date(2026, 9, r.randint(10, 25))
    put("09 会议纪要/保障方案/%d国庆黄金周IT保障方案.docx" % d.year, golden_week(co, d))
    for _ in range(3):
        d = co.fresh()
        put("09 会议纪要/Weekly IT Sync/Weekly IT Sync_%s.docx" % d.strftime("%m%d"), weekly_sync(co, d))
    d = co.fresh()
    put("06 信息安全/PCI DSS/PCI_SAQ_%d.xlsx" % d.year, pci_saq(co, d))
    d = co.fresh()
    put("04 门店IT/通报/旅业系统上传通报_%s.docx" % ym(d), police_notice(co, d))
    d = co.fresh()
    put("03 运维记录/%d/On-call值班表_%s.xlsx" % (d.year, ym(d)), oncall(co, d))
    d = co.fresh()
    put("04 门店IT/采购/新店IT设备采购申请_%s.xlsx" % ymd(d), purchase(co, d))
    if "iface" in H:
        d = co.fresh()
        w = weekly_sync(co, d)
        w.blocks.append(("p", "其他：%s要求明确信息安全管理接口人，人选待IT负责人确定后另行通知。" % co.bc["custs"]))
        put("09 会议纪要/Weekly IT Sync/Weekly IT Sync_%s(1).docx" % d.strftime("%m%d"), w)
    # generic names in personal folders
    me = co.p(2)
    put("个人文件夹/%s/Book1.xlsx" % me, purchase(co, co.fresh()) if "asset_old" in H else asset_list(co, co.fresh()))
    put("个人文件夹/%s/附件2.docx" % me, baseline(co, co.issued()))
    put("个人文件夹/%s/新建 Microsoft Word 文档.docx" % co.p(4), weekly_sync(co, co.fresh()))
    put("个人文件夹/%s/扫描件%03d.pdf" % (co.p(0), r.randint(1, 300)), sla(co, date(2026, 1, r.randint(1, 15))), **c.scan)


def archive(c):
    """last year's copies under 99 归档/<year>/: genuine, a year older, stale"""
    co = c.co
    for name, factory, d in c.made:
        if co.rng.random() >= 0.16:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        if (date(2026, 11, 30) - prev).days <= 365:
            continue
        rel = "99 归档/%d/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        c.put(rel, factory(prev))


def decoys(c, lock_bytes, keys):
    co, r, H, put = c.co, c.r, c.H, c.put
    C = "05 %s/" % co.bc["custs"]
    put("04 门店IT/模板/门店IT巡检表（空表）.xlsx", blank("门店IT巡检表", co.fresh(), ["门店", "巡检日期", "防火墙状态", "CPU", "告警", "AP在线", "前台PC EDR", "巡检人"]))
    put("03 运维记录/模板/CHG变更申请单模板.docx", blank_doc("CHG变更申请单", co.fresh(), ["变更内容", "影响门店范围", "测试结果", "回退方案", "审批", "实施结果"]))
    put(C + "04 满意度/满意度调查问卷（空白）.xlsx", blank("IT服务满意度调查问卷", co.fresh(), ["维度", "非常满意", "满意", "一般", "不满意", "建议"], 6))
    put(C + "02 协议/SLA范本.docx", blank_doc("IT运维服务协议（范本）", co.fresh(), ["服务范围", "运维方式", "服务级别及核心指标", "健康检查", "期限与费用"]))
    if r.random() < 0.6:
        put("07 应急与连续性/演练/演练记录模板.docx", blank_doc("应急演练记录", co.fresh(), ["演练名称", "演练时间", "过程", "结果", "问题与改进"]))
    put("03 运维记录/模板/Incident Report模板.docx", blank_doc("Incident Report & RCA", co.fresh(), ["Timeline 时间线", "Root Cause 根因", "处理与恢复", "Action Items"]))
    # drafts
    put(C + "02 协议/SLA_%d_送审稿_v0.3.docx" % 2026, void(sla(co, co.fresh()), "draft", "（送审稿）"))
    d = co.fresh()
    put("个人文件夹/%s/%d年CSI计划（讨论稿）.docx" % (co.p(3), d.year + 1), void(improve_plan(co, d, True), "draft", "（讨论稿）"))
    d = co.fresh()
    put("个人文件夹/%s/管评报告初稿.docx" % co.p(0), void(mgmt_review(co, d, list(MR)), "draft", "（初稿）"))
    if "ola_draft" in H:
        put("个人文件夹/%s/OLA内部运营级别协议（讨论稿）.docx" % co.p(0), void(ola(co, co.fresh()), "draft", "（讨论稿）"))
    if "request" in H:
        put("个人文件夹/%s/服务请求管理程序_草稿v0.2.docx" % co.p(5), void(it_doc(co, co.fresh(), "qq", "V0.2"), "draft", "（草稿）"))
    # 作废
    put("07 应急与连续性/预案/作废/网络安全应急预案（2020版）-作废.pdf", void(emergency_plan(co, date(2020, 5, 18), True), "obsolete", "（作废）"), **c.scan)
    put("01 制度流程/已废止/问题管理程序V1.0（已废止）.docx", void(it_doc(co, date(2021, 3, 9), "wt", "V1.0"), "obsolete", "（已废止）"))
    # recycle bin
    nas = co.bc["nas"]
    put(nas + "/07 应急与连续性/灾备切换演练记录_%s.pdf" % ymd(co.fresh()), void(drill(co, co.fresh(), "dr"), "recycle bin"))
    put(nas + "/03 运维记录/CHG变更记录导出.xlsx", void(changes(co, co.fresh()), "recycle bin"))
    put(nas + "/08 体系管理/内审报告.docx", void(internal_audit(co, co.fresh()), "recycle bin"))
    put(nas + "/05 %s/门店回访记录.xlsx" % co.bc["custs"], void(callbacks(co, co.fresh()), "recycle bin"))
    # sign-ins, index, notice, scheme, CCRC sheet
    for what in r.sample(["网络安全应急预案", "变更管理程序", "信息安全事件管理程序", "业务连续性计划"], 2):
        d = co.fresh()
        put("10 培训/%d/《%s》宣贯签到_%s.xlsx" % (d.year, what, ymd(d)), signin(co, d, what))
    put("01 制度流程/受控文件清单.xlsx", doc_index(co, co.fresh(), keys))
    d = co.fresh()
    put("08 体系管理/管评/关于召开%d年度IT管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    put("资质申报/CCRC/自评估表_填报中.xlsx", ccrc_sheet(co, co.fresh()))
    for i in sorted(r.sample(range(len(UNREL)), 2)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    # lock files, empty files, image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(nas)]
    for rel in office[3:140:20]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(1)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw("03 运维记录/2026/11/IT运维记录_2026-11.xlsx", b"", "empty file")
    raw("06 信息安全/日志审计/新建 DOCX 文档.docx", b"", "empty file")
    raw(C + "03 健康检查/2026/2026Q4健康检查报告.docx", b"", "empty file")
    raw("04 门店IT/%s/扫描件%s.pdf" % (co.bc["regions"][0], ymd(co.fresh())), MIN_PDF, "image-only scan without a text layer")
