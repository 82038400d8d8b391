# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_bd.py - style BD: the 气象信息与技术保障中心 (信息中心) of a provincial 气象局.

An author voice for the accuracy corpus, used only by the BD shares, written blind (from the form's
需提供证明材料, /work/items.txt, kinds.py's Doc API, gen.py, kinds_bc.py's mechanics and the README's "The shares"
table, "Ground truth" and "Style BC" sections; never the rules, the sources or a score).

The organisation: the 省气象局's 气象信息与技术保障中心 (in two shares still called 信息中心).  It runs the 气象宽带网
(省-市-县 three-level private network, 互联网出口, 政务外网 link), the 综合气象观测 data collection (自动气象站 over 4G/北斗,
天气雷达 links, the 省级 收集分发), the 气象大数据云平台（天擎） at province level, the 预报业务平台 (智能网格预报) and the
气象服务网站 / 12121 / 预警短信 platform for the 市 and 县 气象局 it supports.  Inside: 网络与安全室, 系统运维室, 数据业务室,
the 业务值班室 (7×24 值班, which serves as the 运维服务台), 综合室; a contracted 运维 company keeps a 驻场 team.  Its
customer is a 市气象局 (or the 省公共气象服务中心), served under a 《信息化运维服务协议》.

How its people write (a 事业单位 under a 省局: 公文 and 规定, 气象 words):
- 省局 文件 (X气发〔2025〕N号, 红头 "X省气象局文件") that 印发 the 气象信息网络运行管理办法 (第一章/第一条), filed whole or
  split into 正文 (a scan) and 附件; 中心 文件 (X气信〔2026〕N号) that 印发 中心 规定 (code XX-GL-nn), or a 规定 filed bare with
  its 审批 table; a 《规章制度汇编（2025年版）》 whose 篇 are several 规定;
- 作业指导书 (XX-ZY-nn) for one module each, some bound in an 作业指导书汇编; an 自动气象站 维护 手册 (not security ops);
- monthly 运维记录 workbooks "2026年07月运维记录.xlsx" whose sheets are record kinds (安全设备巡检, 日常维护, 防病毒,
  故障处理, 升级记录, 观测数据传输), 业务值班日志 (交接班 only), 县局 汛前网络安全检查表 by 市 and 年, 故障报告 to the
  国家气象信息中心, 运维工单 / 变更登记 exports from the 运维监控平台;
- the customer's folder: 需求调研, 预算, 座谈纪要, 协议 (盖章 scan), 健康检查 (by 季度), 满意度, 月报;
- 网络安全: 日志审计, 安全通报 (风险提示), 渗透测试, 等保, 信息采集; 应急: 预案, 灾备, 连续性, 演练;
- 质量: ISO 20000/27001-like 内审, 管理评审, 纠正预防, 持续改进, 汛期保障总结;
- names: 20260712, 2026.7.12, 2026年7月, 26年Q2, V2.1, 终版, (1), " - 副本", 签批件.pdf, 扫描全能王 2026-07-12 10.21.pdf,
  新建 DOCX 文档.docx, 工作簿1.xlsx; 历史资料/<year>年/; 个人资料/<name>/; a NAS #recycle folder.

Every builder returns a kinds.Doc listing as items only what its own text proves: a part lends its items only when it
is written; a sheet without data rows proves nothing; a record older than a year keeps its items (record=True) and is
stale.  build(co, lock_bytes) lays out the whole share; BD_INFO holds the per-share facts and the designed holes.

Judgement calls of this voice (also in the README):
- a 中心 规定 proves its procedure item only with its approval: filed with its 印发 notice, or bare with the 审批 table
  (批准, 发布日期); the 汇编 (cover with 批准) proves what its 篇 write; a 送审稿 / 征求意见稿 is a decoy; a 印发 正文 scan
  filed apart from its 附件 only cites the 规定 (decoy);
- the 气象信息网络运行管理办法 proves 10/pdca only with its 运行管理模式（PDCA） chapter;
- the 网络安全事件处置规程: 事件报告 → 30/reporting; 事件处置 → 30/response + 31/incident; 应急响应 → 34/emergency;
  34/incident-process only with its 总结与整改（事后处理） chapter;
- an 作业指导书 of one IT/security module → 24 + 11/manuals; the 汇编 is one document; the 自动气象站维护手册 and the
  雷达站 巡检规程 are equipment maintenance of the observing network, not 安全运维, and prove nothing;
- the monthly 运维记录 workbook proves each record kind whose sheet has rows; its 观测数据传输 (到报率) sheet nothing;
- the 业务值班日志 (交接班, 系统运行正常) proves nothing; the 县局 汛前网络安全检查表 (防火墙, 路由器, 终端防病毒) is
  44/inspection, 45/monitoring, 14/maintenance, 44/virus-scan, 45/antivirus;
- a 故障报告 of a security-device fault is 44/faults; only the 硬件故障统计 is 14/hardware-faults;
- the 汛期信息保障工作总结 that analyses the major events, a failed change and missed service levels and sets an
  improvement plan is 70's; a 汛期保障方案 (plan, 值班表) proves nothing;
- the 全国气象业务运行质量通报 (the 国家局's 到报率 ranking) and the 业务考核 通报 prove nothing.
"""

from datetime import date, timedelta

from kinds import Doc

BD_INFO = {
    "bd1": dict(prov="澄江省", ju="澄江省气象局", jc="澄气", zx="气象信息与技术保障中心", zxs="信息保障中心", code="CJ",
                cust="临澄市气象局", custs="临澄市局", kind="city",
                counties=("澄阳县气象局", "青石县气象局", "桐湾县气象局", "临北区气象局", "白沙县气象局"),
                radars=("临澄新一代天气雷达站", "青石X波段雷达站"), plat="天镜·澄江", nas="#recycle",
                holes={"survey_nosec", "ola", "pdca", "hw_old", "collect", "kb_empty", "wi_one", "iface", "drdrill",
                       "request", "mr_partial", "improve_proc", "defects_old"}),
    "bd2": dict(prov="岭西省", ju="岭西省气象局", jc="岭气", zx="信息中心", zxs="信息中心", code="LX",
                cust="岭西省公共气象服务中心", custs="服务中心", kind="svc",
                counties=("岭州市气象局", "柳岸市气象局", "北屏县气象局", "南渡县气象局", "石门县气象局"),
                radars=("岭州S波段雷达站", "柳岸C波段雷达站"), plat="天镜·岭西", nas="#recycle",
                holes={"budget_draft", "strategy_none", "no_outsourcing", "compat", "asset_old", "problem",
                       "sec_nopost", "trend", "grading_criteria", "capa", "opp_unapproved", "forecast"}),
    "bd3": dict(prov="滦北省", ju="滦北省气象局", jc="滦气", zx="气象信息与技术保障中心", zxs="保障中心", code="LB",
                cust="丰原市气象局", custs="丰原市局", kind="city",
                counties=("丰原县气象局", "滦河县气象局", "东坪县气象局", "丰北区气象局", "古塘县气象局"),
                radars=("丰原新一代天气雷达站", "滦河X波段雷达站"), plat="天镜·滦北", nas=".recycle",
                holes={"survey_notime", "svc_noauto", "catalog_basic", "health_old", "aplan", "pentest_old",
                       "bcp_draft", "no_data", "criteria"}),
    "bd4": dict(prov="汾南省", ju="汾南省气象局", jc="汾气", zx="信息中心", zxs="信息中心", code="FN",
                cust="汾南省公共气象服务中心", custs="服务中心", kind="svc",
                counties=("汾城市气象局", "河津市气象局", "平遥县气象局", "晋源区气象局", "介山县气象局"),
                radars=("汾城S波段雷达站", "介山X波段雷达站"), plat="天镜·汾南", nas="#recycle",
                holes={"comm_noagree", "kpis", "test_norollback", "roles", "devplan_draft", "no_recovery", "slm",
                       "bulletin_partial", "ia_old", "callbacks", "aware_signin"}),
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
        return "%d/%d/%d" % (d.year, d.month, d.day)
    return "%d年%02d月%02d日" % (d.year, d.month, d.day)


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
        elif self.num == "kuo":
            h = "（%s）%s" % (han(self.n), heading)
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


def zx(co):
    return co.bd["ju"] + co.bd["zx"] if co.bd["zx"] != "信息中心" else co.bd["ju"] + "信息中心"


def shen(co, d, code, ver, status="现行有效"):
    """the 审批 table of a 中心 规定"""
    return [("table", [["文件编号", code, "版本", ver],
                       ["起草", co.p(1), "审核", co.p(0)],
                       ["批准", co.boss + "（中心主任）", "状态", status],
                       ["发布日期", anyd(co, d), "实施日期", anyd(co, d + timedelta(days=10))]])]


def cover(co, title, code, ver, d, chapters):
    b = [("p", co.bd["ju"]), ("p", co.bd["zx"]), ("p", " "), ("title", title), ("p", "编号：%s" % code),
         ("p", "版本：%s" % ver), ("p", "编制：综合室    审核：%s    批准：%s" % (co.p(0), co.boss)),
         ("p", "%s 印发" % cnd(d)), ("break",), ("h1", "修订说明")]
    rows = [["版本", "修订内容", "日期"]]
    for i, v in enumerate(["2019年版", "2021年版", "2023年版", ver]):
        rows.append([v, ["首次汇编", "增加网络安全类规定", "机构更名（信息中心→%s）" % co.bd["zx"], "年度清理，废止3项、修订5项"][i],
                     "%d-%02d" % (min(d.year - 6 + 2 * i, d.year), 3 + i)])
    b += [("table", rows), ("h1", "目  录")]
    b += [("p", "第%s篇  %s ........ %d" % (han(i), ch, 3 + 4 * i)) for i, ch in enumerate(chapters, 1)] + [("break",)]
    return b


# ------------------------------------------------------------------------------ 规章制度

# key: (name, level, code, [(chapter, [paras], items, tag)]); level "ju" = 省局 文件, "zx" = 中心 规定
REGS = {
    "yx": ("气象信息网络运行管理办法", "ju", "GL-01", [
        ("总则", ["为规范全省气象信息网络运行管理，保障气象宽带网、综合气象观测数据采集与传输、气象大数据云平台、预报业务平台和"
                 "气象服务发布系统稳定运行，保障汛期和重大天气过程气象服务，制定本办法。",
                 "本办法适用于省气象局直属单位和各市、县气象局；{zx}按《信息化运维服务协议》为{custs}提供的运维服务参照执行。"], [], None),
        ("运行管理模式（PDCA）", ["气象信息网络运维实行策划、实施、检查、改进的闭环管理：年初由{zx}编制年度运维工作计划、服务目录和运维预算（策划）；",
                              "各室和驻场运维人员按规定和作业指导书开展运维、值班和市县支持（实施）；",
                              "通过业务运行监控、月度运维分析、服务满意度调查、内部审核和管理评审对运维服务进行检查和评审（检查）；",
                              "对未达目标和审核发现制定纠正预防措施并纳入年度持续改进计划，跟踪到闭环（改进）。"], ["10/pdca"], "pdca"),
        ("职责分工", ["{zx}是全省气象信息网络运行的技术保障单位；各市气象局负责本地及所辖县局网络的日常管理；县局指定网络管理员。"], [], None),
        ("运行要求", ["省级核心系统实行7×24小时监控和业务值班；主汛期（5月至9月）实行加强值班；系统变更须履行变更审批，原则上避开重大天气过程。"], [], None),
        ("附则", ["本办法由{zx}负责解释，自印发之日起施行。"], [], None)]),
    "aq": ("网络安全事件处置规程", "zx", "GL-05", [
        ("目的和范围", ["规范气象网络安全事件的分类、报告、处置和事后处理，适用于省级业务系统、气象宽带网、市县局网络和{custs}的系统。"], [], None),
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件（含预警信息被篡改）、设备设施故障和其他事件；"
                       "按影响分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）、一般（Ⅳ级）四级。"], [], None),
        ("事件报告", ["发现人立即报告业务值班室，值班员15分钟内报网络与安全室；Ⅱ级以上事件30分钟内报中心主任和省局网络安全和信息化领导小组办公室，"
                   "并按要求报中国气象局和属地网信、公安部门；涉及{custs}的同时通知其接口人。"], ["30/reporting-process"], None),
        ("事件处置", ["处置步骤：确认定级→遏制（断开市县连接或下线服务）→根除→恢复→验证，处置过程记入运维监控平台事件单。"],
         ["30/response-process", "31/incident-process"], None),
        ("应急响应", ["达到《气象网络安全事件应急预案》启动条件时，由应急领导小组宣布启动相应级别应急响应，成立技术处置组和服务保障组，事态消除后宣布终止。"],
         ["34/emergency-process"], None),
        ("总结与整改（事后处理）", ["事件处置结束后5个工作日内形成事件报告，分析原因、明确整改措施和责任人，更新知识库和预案，并在中心周例会通报。"],
         ["34/incident-process"], "post")]),
    "bg": ("气象信息系统变更管理规定", "zx", "GL-04", [
        ("目的", ["对气象宽带网、安全设备、服务器、数据库和业务系统的配置及资源变更进行有效控制，避免变更影响观测资料传输和预警发布。"], [], None),
        ("变更流程", ["变更申请人在运维监控平台填写变更单，写明变更内容、影响范围、测试情况和回退方案；",
                   "一般变更由室主任审批；重大变更（影响省-市-县网络或预警发布）经中心技术负责人批准，提前通知市县局和{custs}；",
                   "重大天气过程和主汛期加强值班期间原则上冻结变更，紧急变更经值班领导同意后实施，24小时内补办手续；",
                   "变更实施后验证，失败的按回退方案恢复；变更单完整记录申请、审批、实施、验证过程。"], ["54/procedure"], None)]),
    "sj": ("运行故障管理规定", "zx", "GL-02", [
        ("目的", ["及时恢复气象信息系统运行，减少故障对观测资料传输、预报制作和服务发布的影响。"], [], None),
        ("故障受理与处理", ["故障来源：天镜监控告警、市县局电话报告、用户服务热线；由业务值班室统一登记。",
                         "故障分为四级，一级故障（省-市骨干中断、预警发布中断）15分钟响应；值班员不能处理的升级至各室或厂商。",
                         "故障处理完毕由值班员回访确认后关闭。"], ["49/incident-procedure"], None)]),
    "qq": ("用户服务请求管理规定", "zx", "GL-03", [
        ("目的", ["规范市县局和内部用户提出的账号开通、VPN接入、数据共享申请、IP地址分配、网站栏目调整等服务请求。"], [], None),
        ("请求流程", ["请求通过运维监控平台或OA提交，经申请单位负责人审批；数据共享涉及敏感数据的须经数据业务室和分管领导审批；",
                   "值班室派单，承办室按服务目录时限办结，申请人确认后关闭。"], ["49/request-procedure"], None)]),
    "wt": ("问题管理规定", "zx", "GL-06", [
        ("目的", ["识别并消除重复发生或影响重大的故障的根本原因，防止再次发生。"], [], None),
        ("问题流程", ["一级故障、同一市县站点一个月内同类故障三次以上、失败变更，均须建立问题单；",
                   "问题负责人10个工作日内完成根因分析，提出临时措施和永久解决方案，需变更的履行变更流程；",
                   "问题解决后验证关闭，形成已知错误录入知识库；未关闭问题在周例会上跟踪。"], ["20/procedure", "37/procedure"], None)]),
    "zs": ("运维知识管理规定", "zx", "GL-07", [
        ("目的", ["积累运维经验，建立并维护运维知识库，提高值班员和市县网络管理员的处置能力。"], [], None),
        ("知识流程", ["知识来源：故障和问题处理、变更经验、厂商资料、市县常见问题；",
                   "工程师提交知识条目→室主任审核→在知识库发布→值班室和市县使用→每季度复核，过期条目下线。"], ["21/procedure"], None)]),
    "slm": ("运维服务级别管理规定", "zx", "GL-08", [
        ("目的", ["规范运维服务级别的设计、协商、签订、监视和评审。"], [], None),
        ("服务级别管理", ["根据业务需求制定服务目录和服务级别，与{custs}签订《信息化运维服务协议》，与各室约定内部运行保障协议，与驻场运维公司约定服务级别；",
                       "服务级别达成情况按月统计写入运维服务月报，每季度与{custs}召开服务评审会，未达标项纳入持续改进。"], ["39/slm-procedure"], None)]),
    "nsh": ("内部审核管理规定", "zx", "GL-11", [
        ("目的", ["按计划的时间间隔验证运维服务管理体系符合标准要求、满足服务需求并被有效实施和保持。"], [], None),
        ("审核安排", ["每年至少开展一次覆盖全部过程的内部审核，内审员经培训合格，不审核本室工作；",
                   "流程：年度审核方案→审核计划→首次会议→现场审核→不符合项报告→末次会议→整改跟踪验证→结果输入管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], None)]),
    "jc": ("运维服务监视与测量规定", "zx", "GL-09", [
        ("目的", ["对运维服务的实现情况进行监视和测量。"], [], None),
        ("监视测量", ["监视内容：服务级别达成率、用户满意度、投诉建议、故障按时恢复率、观测资料传输及时率等指标；",
                   "每月统计并在运维服务月报中通报，每半年开展满意度调查，未达目标的开具纠正预防措施单并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], None)]),
    "gj": ("持续改进管理规定", "zx", "GL-10", [
        ("目的", ["对改进措施进行识别、记录、批准、评估、测量和报告。"], [], None),
        ("改进流程", ["改进来源：内审、管理评审、用户投诉、故障与问题分析、指标未达成、汛期保障总结；",
                   "提出人在改进登记表登记→综合室组织按评估标准打分排序→中心主任批准→实施→测量效果→在管理评审中报告。"],
         ["65/procedure"], None)]),
    "yf": ("预防措施管理规定", "zx", "GL-12", [
        ("目的", ["采取预防措施，消除潜在不符合的原因，防止其发生。"], [], None),
        ("预防措施", ["潜在问题来源：容量趋势、巡检和汛前检查发现的隐患、设备维保到期、主汛期前风险评估；",
                   "预防措施经室主任批准后实施，一个月内验证其有效性并记入预防措施记录单。"], ["66/preventive-actions"], None)]),
    "px": ("网络安全培训服务流程", "zx", "GL-13", [
        ("目的", ["规范为中心职工、市县局网络管理员和{custs}提供的网络安全培训服务。"], [], None),
        ("培训流程", ["培训需求调查→年度培训计划→课件编写与审核→实施（视频会议或现场，签到）→考试→效果评估→归档。"],
         ["31/training-process"], None)]),
    "st": ("渗透测试管理规定", "zx", "GL-14", [
        ("目的", ["规范对气象服务网站、预警信息发布系统和对外数据接口的渗透测试。"], [], None),
        ("测试流程", ["取得系统负责单位书面授权→确定范围和测试窗口（避开重大天气过程）→信息收集→漏洞发现与验证→报告→整改→复测；",
                   "测试不得使用拒绝服务手段，不得修改预警信息和观测数据。"], ["31/pentest-process"], None)]),
}


def fill(co, s):
    return s.replace("{zx}", co.bd["zx"]).replace("{custs}", co.bd["custs"])


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
            b.append(("h1", "%s、%s" % (han(ci), ch)))
            for j, p in enumerate(paras, 1):
                b.append(("p", "（%s）%s" % (han(j), fill(co, p))))
        items += its
    return b, items


def reg_drop(co):
    H = co.bd["holes"]
    return ({"pdca"} if "pdca" in H else set()) | ({"post"} if "sec_nopost" in H else set())


def next_no(co, d, who):
    key = (who, d.year)
    co.bd_no[key] = co.bd_no.get(key, co.rng.randint(3, 30)) + co.rng.randint(1, 9)
    return "%s%s〔%d〕%d号" % (co.bd["jc"], who, d.year, co.bd_no[key])


def issue(co, d, key, split=None):
    """a 省局 (发) or 中心 (信) 文件 that 印发 a 办法/规定; split='main' is the 正文 only (a decoy)."""
    name, level, code, _ = REGS[key]
    body, items = reg_body(co, key, reg_drop(co), "zhang" if level == "ju" else "num")
    who = "发" if level == "ju" else "信"
    no = next_no(co, d, who)
    issuer = co.bd["ju"] if level == "ju" else zx(co)
    to = "各市气象局，省局各直属单位：" if level == "ju" else "中心各室，驻场运维项目组，各市气象局网络管理员："
    top = [("big", issuer + "文件"), ("p", no), ("title", "关于印发《%s》的通知" % name), ("p", to),
           ("p", "《%s》已经%s研究通过，现印发给你们，请认真贯彻执行。执行中遇到的问题请及时反馈%s。"
            % (name, "省局局务会" if level == "ju" else "中心主任办公会", co.bd["zx"])),
           ("p", "附件：%s" % name), ("p", issuer), ("p", sign_date(d)),
           ("p", "（此件主动公开）" if level == "ju" else "（此件不公开）"),
           ("p", "抄送：%s。" % co.bd["cust"]),
           ("p", "%s办公室          %s印发" % (issuer, cnd(d + timedelta(days=2))))]
    if split == "main":
        doc = Doc("issue_main", "关于印发《%s》的通知" % name, d, [], False, top,
                  decoy="notice that only cites the 规定 it issues")
    else:
        doc = Doc("reg:" + key, name, d, sorted(set(items)), False, top + [("break",), ("p", "附件"), ("title", name)] + body)
    doc.bd_no = no
    return doc


def bare_reg(co, d, key, ver=None):
    """a 中心 规定 filed alone with its 审批 table"""
    name, level, code, _ = REGS[key]
    body, items = reg_body(co, key, reg_drop(co), style="num")
    ver = ver or "V%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 3))
    b = [("p", zx(co)), ("title", name)] + shen(co, d, "%sQX-%s" % (co.bd["code"], code), ver) + body
    return Doc("reg:" + key, name, d, sorted(set(items)), False, b)


def compilation(co, d, keys):
    names = [REGS[k][0] for k in keys]
    b = cover(co, "%s规章制度汇编（%d年版）" % (co.bd["zx"], d.year), "%sQX-HB-%d" % (co.bd["code"], d.year), "%d年版" % d.year, d, names)
    b += [("h1", "编印说明"), ("p", "本汇编收录%s现行有效的运维管理规定，经中心主任办公会审定印发，供各室、驻场运维项目组和市县网络管理员学习执行。" % co.bd["zx"])]
    items = []
    for i, k in enumerate(keys, 1):
        body, its = reg_body(co, k, reg_drop(co), style="num")
        b += [("break",), ("h1", "第%s篇 %s" % (han(i), REGS[k][0]))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("compilation", "规章制度汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------------------ 作业指导书 (24, 11)

ZYS = {
    "fw": ("省级互联网出口防火墙策略维护作业指导书", "网络与安全室",
           ["核对变更单审批状态和策略需求（源、目的、端口、时效）", "导出当前配置并上传配置库", "按变更单新增或删除策略，禁止any-any策略",
            "验证气象服务网站、预警发布、数据共享接口访问正常后回填变更单"]),
    "xj": ("市县气象宽带网设备巡检作业指导书", "网络与安全室 / 市局网络管理员",
           ["登录网管平台查看省-市-县路由器、交换机在线状态和链路质量（时延、丢包）", "检查县局边界防火墙CPU、内存、会话数和告警日志",
            "检查县局业务终端防病毒客户端在线和病毒库版本", "核对4G/北斗备份链路可用", "将结果填入汛前网络安全检查表，异常在平台提单"]),
    "db": ("天擎数据库备份与恢复作业指导书", "系统运维室",
           ["每日检查天擎数据库全量和增量备份任务结果", "每月在测试环境恢复一次并核对观测资料完整性", "备份保留30天，月备份保留一年，异地存放于备份中心",
            "恢复结果记入备份恢复记录"]),
    "av": ("终端防病毒系统维护作业指导书", "网络与安全室",
           ["每日检查防病毒管理中心病毒库更新任务", "统计省级和市县终端在线率，离线超过7天的通知市局网络管理员",
            "每周下发快速查杀、每月全盘查杀，导出查杀报告", "发现勒索病毒或木马按网络安全事件处置规程报告"]),
    "rz": ("日志审计作业指导书", "网络与安全室",
           ["检查日志审计系统各日志源（防火墙、IPS、服务器、天擎、预警发布系统）接入完整", "按审计策略生成日报、周报",
            "对登录失败、越权访问、预警信息异常修改等进行研判", "每季度编写日志审计分析报告"]),
}


def zy(co, d, key, n):
    name, owner, steps = ZYS[key]
    code = "%sQX-ZY-%02d" % (co.bd["code"], n)
    p = Sec(name, "cn").head(*shen(co, d, code, "V%d.%d" % (co.rng.randint(1, 2), co.rng.randint(0, 9))))
    p.part("目的", ["规范%s的操作步骤，确保操作统一、可追溯。" % name.replace("作业指导书", "")])
    p.part("适用范围和岗位", ["适用于%s。" % owner])
    p.part("作业步骤", ["步骤%d：%s。" % (i, s) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    p.part("注意事项", ["作业须有审批的变更单或巡检计划；重大天气过程期间暂停非紧急作业；作业后填写相应记录。"])
    return p.doc("zy", d, False)


def zy_book(co, d, keys):
    b = cover(co, "运维作业指导书汇编（%d）" % d.year, "%sQX-ZY-HB" % co.bd["code"], "第%d版" % co.rng.randint(2, 4), d,
              [ZYS[k][0] for k in keys])
    for i, k in enumerate(keys, 1):
        name, owner, steps = ZYS[k]
        b += [("break",), ("h1", "第%s篇 %s" % (han(i), name)), ("p", "适用岗位：%s" % owner), ("h2", "作业步骤")]
        b += [("p", "%d）%s；" % (j, s)) for j, s in enumerate(steps, 1)]
    return Doc("zy_book", "作业指导书汇编", d, ["24/work-instructions", "11/manuals"], False, b)


def aws_manual(co, d):
    p = Sec("自动气象站维护维修作业手册", "cn").head(("p", "%s 数据业务室    %s" % (co.bd["zx"], anyd(co, d))))
    p.part("适用范围", ["适用于全省国家级和区域自动气象站的日常维护、传感器更换和数据传输故障排查。"])
    p.part("日常维护", ["每月清洁雨量筒、检查温湿度防辐射罩；每季度检查风向风速传感器；每年标定气压传感器。"])
    p.part("数据传输故障", ["检查采集器供电、4G模块信号和北斗卫星链路，必要时重启采集器；到报率低于95%的站点派员现场处理。"])
    return p.doc("aws_manual", d, False)


# ------------------------------------------------------------------------------ the customer

def survey(co, d, time_req, sec_types):
    c = co.bd
    p = Sec("%s信息化运维服务需求调研报告" % c["cust"], "cn")
    p.head(("p", "调研单位：%s    报告日期：%s" % (c["zx"], anyd(co, d))))
    p.part("调研背景", ["为做好%s信息化运维服务，%s于%d年%d月对%s业务科、%s及%d个县级气象局进行座谈和问卷调研，"
                    "结合省局气象信息化“十四五”规划和%d年重点工作形成本报告。" % (
                        c["cust"], c["zx"], d.year, d.month, c["custs"], co.cp(0), co.rng.randint(3, 8), d.year + 1)])
    p.part("服务时间需求", ["观测资料传输、预报业务平台和预警信息发布要求7×24小时服务；主汛期和重大天气过程（暴雨、台风、寒潮）期间需专人加强值守；",
                         ("table", [["系统/服务", "服务时间", "响应时限", "到场时限"],
                                    [co.sys(0), "7×24", "15分钟", "4小时（市区）"],
                                    [co.sys(1), "7×24", "15分钟", "—（远程）"],
                                    [co.sys(2), "7×24（汛期加强）", "30分钟", "次日"],
                                    ["办公网及视频会商", "5×8（8:30-17:30）", "1小时", "—"]])],
           ["1/survey"], on=time_req)
    p.part("信息安全服务需求和类型", ["提出的网络安全服务需求：市县边界防火墙和网络设备安全运维、预警信息发布系统防篡改、气象数据共享接口安全、"
                               "等级保护合规、网络安全事件应急响应、市县网络管理员培训。",
                               ("table", [["类型", "内容", "优先级"], ["安全设备运维类", "市县防火墙、路由器、终端防病毒", "高"],
                                          ["数据与发布安全类", "预警发布防篡改、数据共享接口审计", "高"],
                                          ["应急响应类", "勒索病毒、网站被篡改等事件处置", "中"],
                                          ["合规培训类", "等保测评配合、网络管理员培训", "中"]])],
           ["5/survey"], on=sec_types)
    p.part("结论", ["以上需求已与%s确认，作为服务目录和《信息化运维服务协议》的输入。" % c["custs"]])
    return p.doc("survey", d, False)


def budget(co, d):
    rows = [[1, "市县气象宽带网及安全设备运维", 240, "驻场工程师1名+市局网管", 1000, 240000, "%d年1月起" % d.year],
            [2, "季度健康检查及汛前检查", 36, "高级工程师2名", 1500, 54000, "3、6、9月"],
            [3, "%s运维" % co.sys(1), 150, "系统运维2名", 1200, 180000, "全年"],
            [4, "渗透测试及漏洞扫描", 16, "安全工程师", 2200, 35200, "%d年5月底前" % d.year],
            [5, "汛期加强值守", 120, "值班员", 600, 72000, "5-9月"],
            ["", "合计", 562, "", "", 581200, ""]]
    return book("budget", "%d年度%s信息化运维经费预算表" % (d.year, co.bd["cust"]), d, False,
                [("预算", ["序号", "工作项", "工作量（人天）", "人力资源", "单价（元/人天）", "项目经费（元）", "项目节点"], rows, ["2/budget"])],
                note="编制：%s  审核：%s  日期：%s" % (co.p(1), co.p(0), anyd(co, d)))


def comm_minutes(co, d, agreed):
    c = co.bd
    p = Sec("%s信息化运维服务座谈会纪要" % c["custs"], "kuo")
    p.head(("p", "时间：%s 9:30    地点：%s%d楼会商室" % (anyd(co, d), c["zx"], co.rng.randint(2, 6))),
           ("p", "参加：%s %s、%s；%s %s、%s、%s" % (c["cust"], co.cp(0), co.cp(1), c["zx"], co.p(0), co.p(1), co.p(3))))
    p.part("座谈议题", ["%d年度运维服务范围、市县支持方式、健康检查频次、月报和满意度调查安排。" % (d + timedelta(days=40)).year])
    if agreed:
        p.part("形成的共识", ["1. 双方一致同意服务范围包括所辖县局网络及安全设备、%s、%s；" % (co.sys(0), co.sys(1)),
                           "2. 驻场值守+市局网管现场+值班室远程值守；健康检查每季度一次；每月5日前报送运维服务月报；",
                           "3. 以上事项双方达成一致，由%s据此起草《信息化运维服务协议》。" % c["zx"],
                           "双方签字：%s   %s" % (co.cp(0), co.p(0))], ["3/communication"])
    else:
        p.part("讨论情况", ["%s提出汛期加强值守费用由中心承担，%s认为应计入服务费，双方意见不一；" % (c["custs"], c["zx"]),
                         "健康检查频次（季度或半年）待双方领导研究后再议。"])
        p.part("下一步", ["%s于两周内提出两套经费方案，再次座谈。" % co.p(0)])
    return p.doc("communication", d, False)


def history_list(co, d):
    rows = [[i, n, s, "%d年1月-12月" % (d.year - 1), co.rng.randint(120, 9000), o]
            for i, (n, s, o) in enumerate([("故障工单", "运维监控平台", "业务值班室"), ("服务请求单", "运维监控平台", "业务值班室"),
                                            ("变更单", "运维监控平台", "网络与安全室"), ("天镜监控告警", co.bd["plat"], "业务值班室"),
                                            ("防火墙/IPS日志", "日志审计系统", "网络与安全室"), ("观测资料传输统计", "天镜", "数据业务室"),
                                            ("满意度调查", "问卷星", "综合室")], 1)]
    return book("history_list", "上年度运维历史数据清单", d, False,
                [("清单", ["序号", "数据名称", "来源", "时间范围", "条数", "保管"], rows, ["4/history-list"])])


def history_analysis(co, d):
    p = Sec("%d年度%s运维历史数据分析报告" % (d.year - 1, co.bd["custs"]), "cn")
    p.head(("p", "编制：%s    日期：%s" % (co.p(3), anyd(co, d))))
    p.part("指标完成情况", ["省-市骨干网可用率99.97%（目标99.9%），县局链路可用率99.6%，预警信息发布及时率100%，故障按时恢复率96.1%（目标95%）。"], ["4/analysis"])
    p.part("违例操作", ["全年违例操作5次：县局私接无线路由器3次，未走变更单修改防火墙策略1次，共用账号登录天擎1次，均已通报整改。"])
    p.part("重大事件", ["%d年7月台风期间%s光缆中断3小时12分，雷达资料改由4G备份链路传输；%d年11月某县局感染勒索病毒1台终端。"
                     % (d.year - 1, co.bd["radars"][0], d.year - 1)])
    p.part("重大（失败）变更", ["失败变更2次（预报平台版本升级1次、核心交换机固件1次），均已回退，原因为测试不充分。"])
    return p.doc("history_analysis", d, False)


def ops_strategy(co, d):
    p = Sec("%d年度运维保障策略及实施方案" % d.year, "cn").head(*shen(co, d, "%sQX-JH-01" % co.bd["code"], "V1.0"))
    p.part("依据", ["根据上年度运维历史数据分析报告（违例操作、台风期间光缆中断、失败变更）制定。"])
    p.part("保障策略", ["1. 预报平台、天擎变更一律先在测试环境验证并准备回退方案；2. 雷达站增加第二路由；3. 主汛期前开展市县汛前检查；4. 县局终端准入控制。"])
    p.part("实施方案", [("table", [["措施", "责任人", "完成时间"], ["变更测试清单", co.p(2), "3月"], ["雷达站第二路由", co.p(1), "5月"],
                                   ["市县汛前检查", co.p(4), "4月"], ["县局终端准入", co.p(5), "8月"]])], ["4/strategy"])
    return p.doc("ops_strategy", d, False)


def sla(co, d):
    c = co.bd
    p = Sec("信息化运维服务协议", "tiao")
    p.head(("p", "甲方：%s    乙方：%s    协议编号：%sQX-XY-%d-%02d" % (c["cust"], zx(co), c["code"], d.year, co.rng.randint(1, 12))))
    p.part("服务范围", ["乙方为甲方提供%s、%s、%s及所辖县局网络和安全设备的运维服务。" % (co.sys(0), co.sys(1), co.sys(2))], ["39/sla"])
    p.part("运维方式", ["乙方采用驻场值守、定期巡检和远程值守相结合的方式：驻场工程师工作日在甲方值守；每季度对%s定期巡检；业务值班室7×24远程值守。"
                       % ("所辖县局" if c["kind"] == "city" else "甲方机房及县局发布终端")], ["35/sla"])
    p.part("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s可用率" % co.sys(0), "≥99.9%"], ["%s可用率" % co.sys(1), "≥99.9%"],
                                           ["一级故障响应", "15分钟"], ["一级故障恢复", "4小时"], ["观测资料传输及时率", "≥99%"], ["满意度", "≥90分"]])], ["36/sla"])
    p.part("健康检查", ["乙方每季度对甲方安全设备和业务系统开展一次健康检查，现场检查与远程检查相结合（甲方机房现场、县局远程），检查后10个工作日内提交报告。"], ["15/agreement"])
    p.part("期限与费用", ["协议期限自%s起一年，费用按年度预算表结算。" % cnd(d),
                         "甲方（盖章）：%s    乙方（盖章）：%s    签订日期：%s" % (c["cust"], zx(co), anyd(co, d))])
    return p.doc("sla", d, False)


def health(co, d, collect):
    c = co.bd
    loc = "市局" if c["kind"] == "city" else "服务中心"
    p = Sec("%s%d年第%s季度健康检查报告" % (c["cust"], d.year, han(qtr(d))), "cn")
    p.head(("p", "检查方式：%s    检查时间：%s    检查人：%s、%s" % (co.rng.choice(["现场检查（%s）+远程检查（县局）" % loc, "远程检查"]), anyd(co, d), co.p(1), co.vp(0))))
    p.part("检查范围", ["%s边界防火墙、IPS、核心交换机，县局路由器和防火墙，%s、%s。" % (loc, co.sys(0), co.sys(1))])
    p.part("可用性与持续性检查", [("table", [["对象", "可用性", "持续运行", "冗余", "结论"], ["%s边界防火墙" % loc, "100%", "%d天" % co.rng.randint(60, 300), "双机", "正常"],
                                             ["县局防火墙（%d台）" % co.rng.randint(4, 9), "99.7%", "—", "单机", "正常"],
                                             [co.sys(0), "99.96%", "%d天" % co.rng.randint(20, 120), "主备", "正常"],
                                             [co.sys(1), "99.92%", "%d天" % co.rng.randint(20, 90), "单节点", "需关注"]])],
           ["15/records", "46/records", "14/maintenance", "44/inspection"])
    p.part("安全信息采集", ["系统配置：导出市局防火墙、核心交换机配置与基线比对，差异%d项；" % co.rng.randint(1, 4),
                         "流量信息：省-市链路峰值%dMbps，雷达资料传输峰值%dMbps；" % (co.rng.randint(80, 400), co.rng.randint(20, 90)),
                         "系统状态：CPU、内存、磁盘、会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], on=collect)
    p.part("问题与建议", ["%s单节点部署，建议增加备节点；%d个县局防火墙特征库过期，建议升级。" % (co.sys(1), co.rng.randint(1, 4))])
    return p.doc("health", d, True)


def satisfaction(co, d, half):
    c = co.bd
    p = Sec("%s信息化运维服务满意度调查报告（%d年%s）" % (c["custs"], d.year, half), "cn")
    p.head(("p", "调查时间：%s    方式：问卷星+电话回访    有效问卷：%d份" % (anyd(co, d), co.rng.randint(30, 120))))
    p.part("调查结果", [("table", [["维度", "得分"], ["响应及时性", co.rng.randint(85, 96)], ["故障处理能力", co.rng.randint(84, 95)],
                                    ["服务态度", co.rng.randint(90, 98)], ["综合满意度", co.rng.randint(87, 95)]])])
    p.part("满意度分析", ["县局对服务态度评价最高；夜间和汛期故障的响应及时性评分偏低，主要因夜间值班室只有1人、驻场人员汛期任务重。"])
    p.part("改进措施", ["主汛期夜间值班增至2人；县局常见故障上线自助知识库。"])
    return Doc("satisfaction", p.blocks[0][1], d, ["41/surveys", "58/survey", "63/survey"], True, p.blocks)


def sat_trend(co, d):
    rows = [["%d下半年" % (d.year - 2), 86, 83, 90], ["%d上半年" % (d.year - 1), 88, 85, 91], ["%d下半年" % (d.year - 1), 89, 87, 92],
            ["%d上半年" % d.year, 92, 88, 94]]
    return book("sat_trend", "满意度趋势分析（%d-%d）" % (d.year - 2, d.year), d, True, [
        ("各期得分", ["期次", "综合满意度", "响应及时性", "服务态度"], rows, []),
        ("趋势分析", ["分析结论"], [["综合满意度连续四期上升，故障处理能力提升明显；响应及时性仍是短板（夜间、汛期）。"],
                                 ["分析人：%s    日期：%s" % (co.p(5), anyd(co, d))]], ["41/trend"])])


def callbacks(co, d):
    rows = [[(d - timedelta(days=20 * i)).isoformat(), co.rng.choice(co.bd["counties"]), co.p(4), co.rng.choice(["电话", "视频会商", "现场"]),
             co.rng.choice(["满意", "希望汛期响应更快", "防火墙问题已解决，满意"]), "已记录"] for i in range(6)]
    return book("callbacks", "市县用户回访记录（%d年）" % d.year, d, True,
                [("回访", ["回访日期", "单位", "回访人", "方式", "用户意见", "处理"], rows, ["63/follow-up-visits"])])


def monthly_report(co, d, trend, data, avail=True):
    c = co.bd
    p = Sec("%s信息化运维服务月报（%d年%d月）" % (c["cust"], d.year, d.month), "cn")
    p.head(("p", "报送：%s    编制：%s    日期：%s" % (c["custs"], co.p(3), anyd(co, d + timedelta(days=4)))))
    p.part("本月服务概况", ["受理故障%d件、服务请求%d件，一级故障%d起；完成县局巡检%d个。" % (co.rng.randint(20, 80), co.rng.randint(10, 60),
                                                                co.rng.randint(0, 1), co.rng.randint(2, 5))])
    p.part("运行指标趋势分析", [("table", [["指标", "%d月" % ((d.month - 3) % 12 + 1), "%d月" % ((d.month - 2) % 12 + 1), "%d月" % d.month, "趋势"],
                                          ["故障件数", 61, 54, 47, "下降"], ["值班员一线解决率", "68%", "72%", "75%", "上升"],
                                          ["省-市链路带宽峰值(Mbps)", 210, 260, 320, "上升"], ["雷达资料传输峰值(Mbps)", 38, 44, 52, "上升"]]),
                             "主汛期雷达体扫资料量持续上升，预计两个月后省-市链路达到扩容阈值，已提出扩容申请。"], ["50/monitoring-report"], on=trend)
    p.part("运维数据", [("table", [["指标", "本月"], ["异常报告及时率", "98.2%"], ["异常漏报率", "0.5%"], ["维护作业计划的及时完成率", "96%"],
                                  ["故障隐患发现率", "90%"], ["异常主动发现率", "87%"], ["问题解决率", "93%"], ["漏洞扫描覆盖率", "100%"],
                                  ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(0, 5)]])], ["56/data"], on=data)
    p.part("可用性报告", [("table", [["系统", "目标", "本月可用率", "中断次数", "达标"], [co.sys(0), "99.9%", "99.97%", 1, "是"],
                                    [co.sys(1), "99.9%", "99.94%", 1, "是"], [co.sys(2), "99.5%", "99.78%", 2, "是"]])],
           ["18/availability-report", "22/report"], on=avail)
    p.part("下月工作", ["汛后总结；县局防火墙特征库批量升级。"])
    return p.doc("monthly_report", d, True)


# ------------------------------------------------------------------------------ design, organisation, assets

CAT = {
    "basic": (["12/catalog"], [("初始服务", "新接入县局和系统的资产识别、配置项录入、基线核查"), ("安全设备运维", "防火墙、IPS、网闸、县局边界设备维护与升级"),
                               ("日常巡检服务", "值班室每日巡检，县局季度巡检和汛前检查"), ("健康检查", "每季度安全设备和业务系统健康检查"),
                               ("安全事件审计", "防火墙、服务器、天擎、预警发布系统日志审计")]),
    "l2": (["19/catalog"], [("运维监控与分析", "天镜7×24监控、月度趋势分析"), ("终端安全监控", "省级和市县终端防病毒、准入"),
                            ("等级保护合规性运维", "预警发布系统、气象服务网站等保三级合规检查与整改")]),
    "l1": (["26/catalog"], [("安全通告及漏洞分析", "漏洞、病毒、厂商及上级通报的收集与分析"), ("应急响应服务", "7×24应急响应，一级事件4小时恢复")]),
}


def catalog(co, d, basic_only):
    rows = [["服务类别", "服务内容", "服务方式", "服务时限"]]
    items = ["29/catalog"]
    for k in (("basic",) if basic_only else ("basic", "l2", "l1")):
        its, entries = CAT[k]
        items += its
        for n, c in entries:
            rows.append([n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["一级15分钟响应", "按月", "按季度"])])
    b = [("title", "运维服务目录")] + shen(co, d, "%sQX-FW-01" % co.bd["code"], "V2.%d" % co.rng.randint(0, 5)) + [
        ("p", "本目录列明%s向省局各单位、各市县气象局及%s提供的运维服务。" % (co.bd["zx"], co.bd["custs"])), ("table", rows)]
    return Doc("catalog", "服务目录", d, sorted(items), False, b)


def avail_kpis(co, d):
    rows = [["整体指标", "省级业务系统整体可用率", "全部省级业务系统", "≥99.9%", "月"], ["整体指标", "一级故障次数", "全部", "≤2", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.95%", "月"], ["单系统指标", "%s可用率" % co.sys(1), co.sys(1), "≥99.9%", "月"],
            ["单系统指标", "县局链路可用率", "气象宽带网", "≥99.5%", "月"], ["单系统指标", "预警信息发布成功率", "预警发布系统", "100%", "次"]]
    return book("avail_kpis", "信息系统可用性指标清单", d, False,
                [("可用性指标", ["类型", "指标", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_analysis(co, d, auto):
    p = Sec("以往服务解决方案及对业务影响分析报告", "cn").head(("p", "日期：%s    编制：%s" % (anyd(co, d), co.p(3))))
    p.part("以往服务解决方案回顾", ["回顾%d年为市县局和%s实施的%d项服务方案：县局链路扩容、边界防火墙统一策略模板、天擎省级部署、雷达站双路由等。"
                               % (d.year - 1, co.bd["custs"], co.rng.randint(15, 35))])
    p.part("对业务生产的影响分析", ["其中3项方案实施期间对观测资料传输有短时影响（最长11分钟，均在非观测整点窗口），无方案造成预警发布中断。"], ["7/impact-analysis"])
    p.part("安全事件解决效率分析", ["全年处理安全事件%d起，平均解决时长3.8小时；县局终端病毒、弱口令、防病毒离线三类重复事件占61%%。" % co.rng.randint(30, 90)], on=auto)
    p.part("未来可自动化的服务", ["建议将县局设备在线巡检、防病毒离线核查、弱口令核查、月报数据汇总实现自动化（脚本+天镜接口）。"], ["7/automation"], on=auto)
    return p.doc("svc_analysis", d, True)


def sld(co, d):
    p = Sec("运维服务采购合同附件2：服务级别要求", "cn").head(("p", "合同编号：%sQX-CG-%d-%03d    乙方：%s" % (co.bd["code"], d.year, co.rng.randint(1, 99), co.vendor)))
    p.part("服务级别设计", ["乙方（驻场运维项目组）对甲方安全运维服务的级别：一级故障15分钟响应、4小时恢复；二级30分钟响应、8小时恢复；三级2小时响应、2个工作日解决。"], ["8/sld"])
    p.part("考核", ["按月考核达成率，未达标按合同扣减服务费；主汛期考核权重加倍。"])
    return p.doc("sld", d, False)


def ola(co, d):
    p = Sec("中心内部运行保障协议（OLA）", "dig").head(*shen(co, d, "%sQX-GL-OLA" % co.bd["code"], "V1.%d" % co.rng.randint(0, 3)))
    p.part("协议各方", ["业务值班室、网络与安全室、系统运维室、数据业务室、驻场运维项目组。"])
    p.part("内部安全运营级别", ["一级故障：二线15分钟内接手、4小时恢复；二级：30分钟接手、8小时恢复；三级：2小时接手、2个工作日解决；",
                             "以上时限与运维服务采购合同附件2（服务级别要求）保持一致，每半年对照复核一次。"], ["8/ola"])
    return p.doc("ola", d, False)


def org_chart(co, d, outs):
    p = Sec("网络安全组织架构及职责", "cn").head(*shen(co, d, "%sQX-GL-ZZ" % co.bd["code"], "V2.%d" % co.rng.randint(0, 5)))
    p.part("网络安全和信息化领导小组", ["组长：%s（分管副局长）；副组长：%s（中心主任）；成员：观测与网络处、预报处、减灾处负责人。负责网络安全方针和资源决策。" % (co.cp(3), co.boss)])
    p.part("网络安全管理组", ["组长：%s。负责制度、风险评估、内审和等保合规。" % co.p(3)])
    body = ["由网络与安全室、系统运维室、业务值班室和市局网络管理员组成" + ("，驻场运维公司%s的驻场工程师参与执行。" % co.vendor if outs else "。")]
    rows = [["组织", "角色", "人员", "单位"], ["领导小组", "副组长", co.boss, co.bd["zx"]], ["管理组", "网络安全管理员", co.p(3), co.bd["zx"]],
            ["执行组", "网络工程师", co.p(1), co.bd["zx"]], ["执行组", "值班长", co.p(4), co.bd["zx"]]]
    if outs:
        rows.append(["执行组", "驻场运维工程师", co.vp(0), co.vendor])
    p.part("执行组", body + [("table", rows)])
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if outs else [])
    return Doc("org_chart", p.blocks[0][1], d, items, False, p.blocks)


def staff_list(co, d, outs):
    own = [[i + 1, co.p(i), ["中心副主任", "网络工程师", "系统工程师", "网络安全管理员", "值班长", "值班员"][i], co.bd["zx"],
            "1%d%09d" % (co.rng.choice([35, 38, 39]), co.rng.randint(0, 10 ** 9 - 1)), co.rng.choice(["CISP", "高级工程师", "HCIP", "—"])] for i in range(6)]
    ext = [[7, co.vp(0), "驻场运维工程师", co.vendor, "13%09d" % co.rng.randint(0, 10 ** 9 - 1), "HCIE"],
           [8, co.vp(1), "驻场安全工程师", co.vendor, "15%09d" % co.rng.randint(0, 10 ** 9 - 1), "CISP"]]
    sheets = [("中心人员", ["序号", "姓名", "岗位", "单位", "手机", "资质"], own, ["9/staff-list"]),
              ("驻场人员", ["序号", "姓名", "岗位", "单位", "手机", "资质"], ext if outs else [], ["9/outsourcing"])]
    return book("staff_list", "运维人员名册（%s）" % ym(d), d, True, sheets)


def role_list(co, d):
    rows = [["服务经理", "服务级别管理、与%s沟通" % co.bd["custs"], "管理组", co.p(0)], ["安全工程师", "漏洞、渗透、应急、日志审计", "执行组", co.p(3)],
            ["网络工程师", "气象宽带网及安全设备运维、巡检", "执行组", co.p(1)], ["值班员（服务台）", "受理故障与请求、派单、回访", "执行组", co.p(5)],
            ["配置管理员", "配置库维护", "管理组", co.p(2)], ["内审员", "内部审核", "管理组", co.p(3)]]
    return book("role_list", "运维角色及职责清单", d, False,
                [("角色", ["角色", "职责", "对应组织", "人员"], rows, ["18/roles", "23/roles"])])


def iface_notice(co, d):
    b = [("big", zx(co) + "文件"), ("p", next_no(co, d, "信")), ("title", "关于明确网络安全管理接口人的通知"),
         ("p", "中心各室、驻场运维项目组、%s：" % co.bd["custs"]),
         ("p", "为做好与%s、省局网信办、属地公安网安部门和驻场运维公司的网络安全管理对接，经研究，明确%s（CISP）为网络安全管理接口人，"
               "负责安全通报的接收与转达、安全检查配合、安全事件对外沟通；%s为B岗。" % (co.bd["custs"], co.p(3), co.p(1))),
         ("p", zx(co)), ("p", sign_date(d))]
    return Doc("iface", "接口人通知", d, ["28/interface-person"], False, b)


def desk_notice(co, d):
    b = [("big", zx(co) + "文件"), ("p", next_no(co, d, "信")), ("title", "关于业务值班室承担运维服务台职能的通知"),
         ("p", "中心各室，各市气象局："),
         ("p", "为统一受理省级各单位、市县气象局和%s的故障报告和服务请求，自即日起业务值班室承担运维服务台职能。" % co.bd["custs"]),
         ("p", "服务台7×24小时受理值班电话（0%d-%d）、运维监控平台和视频会商报修，负责登记、一线处理、派单、跟踪和回访。" % (co.rng.randint(300, 999), co.rng.randint(6000000, 8999999))),
         ("p", "值班长：%s；值班员：%s及驻场值班人员。" % (co.p(4), co.p(5))), ("p", zx(co)), ("p", sign_date(d))]
    return Doc("desk", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[i + 1, n, "业务值班室", "合格"] for i, n in enumerate([co.p(5), co.p(4), co.vp(1), co.vp(2)])]
    return book("desk_training", "值班员（服务台）岗位培训记录", d, True,
                [("培训记录", ["序号", "姓名", "岗位", "考核"], rows, ["48/training"])],
                note="培训内容：故障受理与定级、运维监控平台工单操作、天镜告警研判、预警发布故障一线处置；讲师：%s；日期：%s" % (co.p(0), anyd(co, d)))


def asset_list(co, d):
    c = co.bd
    devs = [("FW", "互联网出口防火墙", "华为USG6650E", "省级互联网边界访问控制", "GE1/0/1-核心交换机", "高"),
            ("IPS", "入侵防御系统", "天融信TopIDP", "出口入侵防御", "透明串接", "高"),
            ("GAP", "网闸", "安恒安全隔离网闸", "气象专网与政务外网数据交换", "内外网口", "高"),
            ("XFW", "县局边界防火墙", "华为USG6510E", "县局边界", "WAN1-专线/WAN2-4G", "中"),
            ("RT", "县局路由器", "华为AR6140", "县局接入气象宽带网", "GE0/0/0-运营商", "中"),
            ("SRV", "天擎数据库服务器", "浪潮NF5280M6", co.sys(1), "存储网-业务网", "高")]
    rows = [["%sQX-%s-%02d" % (c["code"], a, i), n, "网络安全设备" if a != "SRV" else "服务器", m, f,
             ("%s机房" % c["zx"]) if a in ("FW", "IPS", "GAP", "SRV") else c["counties"][i % 5], port, "生产",
             lvl, "双机" if a in ("FW", "SRV") else "单机", "V%d00R0%dC%d0" % (co.rng.randint(5, 6), co.rng.randint(1, 3), co.rng.randint(1, 9))]
            for i, (a, n, m, f, port, lvl) in enumerate(devs, 1)]
    return book("asset_list", "IT资产识别清单", d, True,
                [("资产", ["资产编号", "名称", "种类", "型号", "功能", "物理位置", "端口对应", "部署", "分级", "保护", "软件版本"], rows,
                  ["13/asset-list", "43/asset-list"])], note="更新日期：%s    维护人：%s" % (anyd(co, d), co.p(2)))


def cmdb(co, d):
    cis = [("出口防火墙安全策略", "安全配置"), ("县局防火墙标准策略模板", "安全配置"), ("气象宽带网OSPF路由配置", "网络配置"), ("网闸数据交换规则", "安全配置"),
           ("%s应用配置" % co.sys(0), "应用配置"), ("%s数据库参数" % co.sys(1), "应用配置")]
    rows = [["CI-%05d" % (3100 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i % 5),
             co.rng.choice(["机密", "内部"]), "仅配置管理员可写", "MD5校验", "每日备份至备份中心"] for i, (n, t) in enumerate(cis, 1)]
    rel = [["CI-%05d" % 3101, "CI-%05d" % 3104, "出口策略依赖网闸交换规则"], ["CI-%05d" % 3102, "CI-%05d" % 3103, "县局模板依赖宽带网路由"],
           ["CI-%05d" % 3105, "CI-%05d" % 3106, "预报平台读取天擎数据库"], ["CI-%05d" % 3105, "CI-%05d" % 3101, "预报产品经出口发布"]]
    return book("cmdb", "配置管理数据库导出", d, True,
                [("配置项", ["CI编号", "名称", "类型", "版本", "负责人", "密级", "访问控制", "完整性", "备份"], rows, ["27/cmdb"]),
                 ("关联关系", ["源CI", "目标CI", "关系"], rel, ["38/cmdb-relations"])],
                note="导出时间：%s" % anyd(co, d))


def ci_updates(co, d):
    rows = [[(d - timedelta(days=14 * i)).isoformat(), "CI-%05d" % (3101 + i % 6),
             ["新增数据共享接口访问策略", "县局模板增加准入规则", "新增县局OSPF区域", "网闸交换规则更新", "预报平台参数调整", "数据库表空间扩容"][i % 6],
             "BG-%d-%03d" % (d.year, 120 - i), co.p(2), co.p(1)] for i in range(8)]
    return book("ci_updates", "配置项更新维护记录", d, True,
                [("维护记录", ["日期", "配置项", "内容", "关联变更单", "执行人", "复核人"], rows, ["43/ci-updates"])])


def req_record(co, d):
    p = Sec("%s建设项目需求分析记录" % co.sys(2), "dig").head(("p", "日期：%s    参与：预报处、%s、%s" % (anyd(co, d), co.bd["zx"], co.bd["custs"])))
    p.part("需求清单", [("table", [["类别", "需求", "确认"], ["功能", "5km网格预报编辑、订正、分发至市县", "已确认"],
                                   ["性能", "全省格点产品生成≤10分钟，并发编辑50人", "已确认"], ["安全性", "产品防篡改、操作留痕、等保三级", "已确认"]])],
           ["11/requirements"])
    p.part("确认", ["需求方签字：%s    %s" % (co.cp(1), anyd(co, d))])
    return p.doc("req", d, True)


def compat(co, d):
    p = Sec("%s升级兼容性验证报告" % co.sys(2), "dig").head(("p", "验证日期：%s    验证人：%s" % (anyd(co, d), co.p(2))))
    p.part("验证结果", [("table", [["验证项", "内容", "结果"], ["网络兼容", "新版本与省-市-县宽带网、防火墙策略、网闸", "通过"],
                                   ["系统兼容", "麒麟V10、统信UOS客户端及原Windows客户端", "通过"],
                                   ["应用兼容", "与天擎数据接口、预警发布系统、MICAPS", "通过"]])], ["11/compatibility"])
    return p.doc("compat", d, True)


def test_plan(co, d, rollback):
    p = Sec("%s V%d.%d 升级改造测试计划" % (co.sys(2), co.rng.randint(2, 5), co.rng.randint(0, 9)), "cn").head(*shen(co, d, "%sQX-XM-CS-%02d" % (co.bd["code"], co.rng.randint(1, 20)), "V1.0"))
    p.part("测试范围", ["省级服务端、市县客户端、与天擎、预警发布、MICAPS的接口。"])
    p.part("测试内容与进度", ["第1周测试环境准备；第2周功能与接口测试；第3周性能测试（整点产品并发）与安全测试；第4周选2个市局试运行。"], ["25/test-plan"])
    p.part("回退措施", ["升级前全量备份数据库和应用；试运行期间出现产品无法生成或分发的，30分钟内回退至原版本；回退步骤已在测试环境演练。"],
           ["25/rollback", "11/rollback"], on=rollback)
    return p.doc("test_plan", d, False)


def baseline(co, d):
    rows = [["账号", "口令复杂度", "≥10位，含大小写数字特殊字符", "全部服务器、县局防火墙"], ["账号", "默认账号", "禁用或重命名admin", "防火墙、路由器"],
            ["服务", "管理端口", "仅允许中心运维网段访问", "县局防火墙、路由器"], ["日志", "日志外发", "syslog至日志审计系统", "全部网络安全设备"],
            ["终端", "防病毒", "安装防病毒客户端并在线", "市县业务终端"]]
    return book("baseline", "安全配置基线（%d版）" % d.year, d, False,
                [("基线", ["类别", "检查项", "要求", "适用"], rows, ["25/baseline"])])


def dev_plan(co, d):
    p = Sec("%d年网络安全工具定制开发计划" % d.year, "cn").head(*shen(co, d, "%sQX-JH-05" % co.bd["code"], "V1.0"))
    p.part("背景", ["根据%s和市县局提出的运维需求及中心自身开发能力，计划自研以下工具。" % co.bd["custs"]])
    p.part("开发计划", [("table", [["工具", "用途", "完成时间", "负责人"], ["县局设备自动巡检脚本", "自动采集县局防火墙/路由器状态生成巡检表", "%d年6月" % d.year, co.p(1)],
                                   ["预警发布审计工具", "识别预警信息异常修改和越权发布", "%d年9月" % d.year, co.p(3)]])], ["33/dev-plan"])
    return p.doc("dev_plan", d, False)


def avail_plan(co, d):
    p = Sec("信息系统可用性保障计划（%d年）" % d.year, "cn").head(*shen(co, d, "%sQX-JH-03" % co.bd["code"], "V1.%d" % co.rng.randint(0, 3)))
    p.part("可用性目标", ["%s≥99.95%%，%s≥99.9%%，县局链路可用率≥99.5%%，预警发布成功率100%%。" % (co.sys(0), co.sys(1))])
    p.part("保障措施", ["省-市双链路；雷达站双路由；天擎主备；县局4G/北斗备份；汛前切换测试。"])
    p.part("可用性事件监控与报告", ["业务值班室登记全部中断类可用性事件，每月在运维服务月报中报告可用性执行情况，未达标的提出改进。"],
           ["18/availability-plan", "22/plan"])
    return p.doc("avail_plan", d, False)


def avail_events(co, d):
    rows = [[(d - timedelta(days=26 * i)).isoformat(), co.sys(i), co.rng.choice(["服务中断", "传输延迟", "链路中断"]),
             "%d分钟" % co.rng.randint(3, 80), co.rng.choice(["光缆被挖断", "雷达站供电中断", "数据库主备切换", "运营商线路故障"]), "已恢复"] for i in range(6)]
    return book("avail_events", "可用性事件登记表（%d年）" % d.year, d, True,
                [("可用性事件", ["日期", "系统", "事件", "中断时长", "原因", "状态"], rows,
                  ["18/availability-events", "22/events", "43/process-records"])])


def kb_export(co, d, empty):
    rows = [] if empty else [["KB-%04d" % (40 + i), t, "故障处理" if i % 2 else "市县FAQ", co.p(i % 5), "已发布"]
                             for i, t in enumerate(["县局4G备份链路无法自动切换", "雷达基数据传输延迟排查", "天擎数据库归档日志满处理",
                                                    "县局防火墙恢复出厂后重新上线", "预警短信平台通道拥塞处置", "MICAPS客户端无法读取格点"], 1)]
    return book("kb", "运维知识库条目导出", d, True,
                [("知识条目", ["编号", "标题", "分类", "作者", "状态"], rows, ["21/knowledge-base"])],
                note="导出自运维监控平台知识库，导出人%s，导出时间%s" % (co.p(5), d.isoformat()))


def grading(co, d):
    b = [("title", "气象预警信息发布系统网络安全等级保护定级报告"), ("p", "定级日期：%s" % anyd(co, d)),
         ("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第三级；系统安全保护等级：第三级。"),
         ("p", "已向%s公安厅网络安全保卫总队备案，备案编号：%d-%05d-%d。" % (co.bd["prov"], co.rng.randint(11000, 65000), co.rng.randint(0, 99999), d.year))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_criteria(co, d):
    b = [("title", "气象信息系统安全保护等级确定标准")] + shen(co, d, "%sQX-AQ-BZ-02" % co.bd["code"], "V1.0") + [
        ("p", "依据GB/T 22240-2020和行业指导意见，按业务信息和系统服务受到破坏后侵害的客体和侵害程度确定等级；预警信息发布、气象服务网站原则上不低于第三级。"),
        ("table", [["侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第三级"],
                   ["社会秩序、公共利益", "第二级", "第三级", "第四级"]])]
    return Doc("grading_criteria", "分级标准", d, ["51/grading-criteria"], False, b)


# ------------------------------------------------------------------------------ records

def ops_book(co, d):
    """2026年07月运维记录.xlsx: one sheet per record kind"""
    days = [date(d.year, d.month, x) for x in (1, 5, 9, 13, 17, 21, 25)]
    s1 = [[x.isoformat(), dev, "%d%%" % co.rng.randint(8, 45), "%d%%" % co.rng.randint(30, 70), co.rng.randint(8000, 60000),
           co.rng.choice(["无", "无", "1条中危告警"]), co.rng.choice([co.p(1), co.vp(0)])] for x in days for dev in ("出口防火墙FW-01", "IPS-01", "网闸GAP-01")]
    s2 = [[x.isoformat(), co.rng.choice(["出口防火墙", "IPS", "网闸", "核心交换机"]), co.rng.choice(["清理过期策略", "日志归档", "风扇除尘", "配置备份", "证书有效期检查"]), "完成", co.vp(0)] for x in days[::2]]
    s3 = [[x.isoformat(), "省级及市县业务终端", "%d%02d%02d01" % (x.year, x.month, x.day), co.rng.choice(["未发现病毒", "清除木马1个", "隔离可疑文件3个"]),
           "%d%%" % co.rng.randint(93, 99), co.p(3)] for x in days[1::2]]
    s4 = [[days[2].isoformat(), co.rng.choice(co.bd["counties"]) + " 边界防火墙", "电源模块故障，县局断网", "硬件", "市局网管更换备机，50分钟恢复", co.p(4)],
          [days[5].isoformat(), "IPS-01", "业务口光模块收光异常", "硬件", "更换光模块，bypass期间无告警遗漏", co.vp(0)]]
    s5 = [[days[3].isoformat(), "县局边界防火墙（第%d批）" % co.rng.randint(1, 3), "V500R005C20", "V600R007C00", "BG-%d-%03d" % (d.year, co.rng.randint(40, 120)), "验证通过"],
          [days[4].isoformat(), "IPS-01", "特征库 %d.%02d.1" % (d.year, d.month), "特征库 %d.%02d.2" % (d.year, d.month), "标准变更", "验证通过"]]
    s6 = [[x.isoformat(), co.rng.choice(["国家站", "区域站", "雷达基数据"]), "%.2f%%" % (98 + 2 * co.rng.random()), "%.2f%%" % (97 + 3 * co.rng.random()), "—"] for x in days[::3]]
    return book("ops_book", "%d年%02d月运维记录" % (d.year, d.month), d, True, [
        ("安全设备巡检", ["日期", "设备", "CPU", "内存", "会话数", "告警", "巡检人"], s1, ["44/inspection", "45/monitoring", "14/maintenance"]),
        ("日常维护", ["日期", "设备", "维护内容", "结果", "执行人"], s2, ["14/maintenance", "44/maintenance"]),
        ("防病毒", ["日期", "范围", "病毒库版本", "查杀结果", "客户端在线率", "执行人"], s3, ["44/virus-scan", "45/antivirus"]),
        ("故障处理", ["日期", "设备", "现象", "类型", "检测与排除", "处理人"], s4, ["44/faults"]),
        ("升级记录", ["日期", "设备", "升级前", "升级后", "变更单", "验证"], s5, ["44/upgrades"]),
        ("观测数据传输", ["日期", "资料类别", "到报率", "及时率", "备注"], s6, [])])


def duty_log(co, d):
    rows = [[(d + timedelta(days=i)).isoformat(), "%s/%s" % (co.p(4 + i % 2), co.vp(i % 3)), "各业务系统运行正常，观测资料传输正常", "无", "已交接"]
            for i in range(10)]
    return book("duty_log", "业务值班日志（%d年%d月）" % (d.year, d.month), d, True,
                [("值班日志", ["日期", "值班员", "运行情况", "遗留事项", "交接"], rows, [])])


def flood_check(co, d, city, counties):
    rows = [[cty, (d + timedelta(days=i)).isoformat(), "在线", "%d%%" % co.rng.randint(8, 40), co.rng.choice(["无", "无", "4G备份信号弱"]),
             co.rng.choice(["正常", "正常", "时延偏高"]), co.rng.choice(["在线，病毒库最新", "1台离线已处理"]), co.p(4)] for i, cty in enumerate(counties)]
    return book("flood_check", "%s县局网络安全汛前检查表（%d年）" % (city, d.year), d, True,
                [("检查", ["县局", "检查日期", "防火墙状态", "CPU", "告警", "路由器及链路", "终端防病毒", "检查人"], rows,
                  ["44/inspection", "45/monitoring", "14/maintenance", "44/virus-scan", "45/antivirus"])])


def hw_stats(co, d, rows_on=True):
    rows = [[i + 1, (d - timedelta(days=33 * i)).isoformat(), co.rng.choice(["县局防火墙", "县局路由器", "出口防火墙", "IPS"]),
             ["电源模块", "光模块", "硬盘", "风扇", "主控板"][i], co.rng.choice(["返厂维修", "备机替换"]), "%d分钟" % co.rng.randint(15, 120)] for i in range(5)]
    rows.append(["", "合计", "", "5次", "", ""])
    return book("hw_stats", "安全设备硬件故障统计表（%d年）" % d.year, d, True,
                [("统计", ["序号", "日期", "设备", "故障部件", "处理", "影响时长"], rows if rows_on else [], ["14/hardware-faults", "44/faults"])])


def fault_report(co, d):
    p = Sec("关于%s出口防火墙主备切换异常的故障报告" % co.bd["zx"], "cn").head(
        ("p", "报：国家气象信息中心运行监控室    %s    %s" % (zx(co), anyd(co, d))))
    p.part("故障经过", ["%s 03:12天镜告警主防火墙心跳丢失，备机未接管；03:27值班员电话通知网络与安全室；03:41现场手工切换；03:50气象服务网站和数据共享接口恢复。" % cnd(d)])
    p.part("故障原因", ["主机心跳口光模块老化，备机会话同步配置错误导致未接管。"])
    p.part("处理与恢复", ["更换光模块，修正会话同步配置，验证主备切换正常。"], ["44/faults"])
    p.part("影响及整改", ["期间观测资料经专网传输未受影响，对外服务中断38分钟；光模块纳入年度更换计划，主备切换纳入季度测试。"])
    return p.doc("fault_report", d, True)


def collect(co, d):
    rows = [[(d - timedelta(days=30 * i)).isoformat(), co.rng.choice(["出口防火墙", "核心交换机", "网闸"]), "已导出，与基线差异%d项" % co.rng.randint(0, 3),
             "出口峰值%dMbps" % co.rng.randint(200, 800), "CPU %d%% / 内存 %d%%" % (co.rng.randint(10, 50), co.rng.randint(30, 70)), co.p(3)] for i in range(6)]
    return book("collect", "安全信息采集记录", d, True,
                [("采集", ["采集日期", "对象", "系统配置", "流量信息", "系统状态", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def log_audit(co, d):
    q = qtr(d) - 1 or 4
    p = Sec("%d年第%s季度日志审计分析报告" % (d.year if q != 4 else d.year - 1, han(q)), "cn").head(("p", "审计人：%s    日期：%s" % (co.p(3), anyd(co, d))))
    p.part("网络及安全设备日志", ["出口防火墙、IPS、县局防火墙日志共%.1f亿条；发现针对气象服务网站的扫描源IP %d个，已封禁。" % (co.rng.uniform(0.5, 4), co.rng.randint(10, 90))])
    p.part("服务器和操作系统日志", ["服务器登录审计：异常登录失败峰值4次，为运维人员口令输错；发现1个调离人员账号未禁用，已处理。"])
    p.part("网络应用日志", ["%s应用日志：预警信息修改操作%d次，均有审批记录；数据共享接口异常调用%d万次，已限流。" % (co.sys(2), co.rng.randint(2, 9), co.rng.randint(1, 20))])
    p.part("结论", ["未发现成功入侵和数据泄露。"])
    return Doc("log_audit", p.blocks[0][1], d, ["17/log-analysis", "45/audit-report", "47/audit"], True, p.blocks)


def incident_stats(co, d):
    rows = [["%d月" % m, co.rng.randint(0, 4), co.rng.randint(0, 10), co.rng.randint(0, 1), co.rng.randint(0, 3)] for m in range(1, d.month + 1)]
    return book("incident_stats", "网络安全事件统计分析（%d年1-%d月）" % (d.year, d.month), d, True, [
        ("统计", ["月份", "有害程序", "网络攻击", "信息破坏", "设备设施故障"], rows, ["18/incident-stats"]),
        ("分析", ["分析结论"], [["网络攻击类（扫描、暴力破解）占比最高，集中在气象服务网站；有害程序事件集中在县局业务终端，主要因U盘交叉使用，建议县局终端禁用USB存储。"]],
         ["18/incident-analysis"])], note="网络与安全室    %s" % anyd(co, d))


def tickets(co, d):
    rows = []
    for i in range(12):
        x = d - timedelta(days=5 * i)
        rows.append(["GD%s%03d" % (ymd(x), i + 1), co.rng.choice(["故障", "服务请求", "故障"]), co.rng.choice(co.bd["counties"]),
                     "%s %02d:%02d" % (x.isoformat(), 7 + i % 12, 10), "%s %02d:%02d" % (x.isoformat(), 7 + i % 12, 14 + i),
                     "%s %02d:50" % (x.isoformat(), 9 + i % 12), co.rng.choice(["县局专线中断", "自动站资料未到", "VPN账号开通", "会商系统无声音", "天擎查询慢"]),
                     co.rng.choice(["二级", "三级", "四级"]), "已关闭"])
    return book("tickets", "运维监控平台工单导出 %s" % ym(d), d, True,
                [("工单", ["工单号", "类型", "单位", "受理时间", "响应时间", "解决时间", "摘要", "级别", "状态"], rows,
                  ["43/process-records", "55/response-times"])])


def changes(co, d):
    rows = [["BG-%d-%03d" % (d.year, 130 - i), (d - timedelta(days=12 * i)).isoformat(),
             co.rng.choice(["县局防火墙固件升级", "预报平台补丁", "数据共享接口证书更换", "出口防火墙策略调整", "宽带网OSPF调整"]),
             co.rng.choice(["一般", "重大", "标准"]), co.p(0), "成功", co.rng.choice(["无需回退", "无需回退", "已验证"]), "已关闭"] for i in range(9)]
    return book("changes", "变更登记台账导出（%d年）" % d.year, d, True,
                [("变更", ["变更单号", "实施日期", "变更内容", "类型", "审批人", "实施结果", "回退", "状态"], rows, ["54/records", "43/process-records"])])


def bulletin(co, d, full):
    p = Sec("网络安全风险提示（%d年第%d期）" % (d.year, d.month), "cn").head(("p", "%s网络与安全室    %s" % (co.bd["zx"], anyd(co, d))))
    p.part("漏洞通告", ["CVE-%d-%05d 某品牌防火墙SSL VPN远程代码执行漏洞（严重），影响省级出口及部分县局防火墙型号，建议升级至最新版本。" % (d.year, co.rng.randint(20000, 49999))],
           ["52/vulnerability", "53/bulletin"])
    p.part("厂商安全通告", ["防火墙厂商发布安全补丁；操作系统厂商本月补丁涉及预报业务终端。"])
    p.part("病毒通告", ["伪装成“暴雨预警通知”的钓鱼邮件传播木马，请各单位勿打开不明附件。"], ["52/virus"], on=full)
    p.part("政策法规及业界动态", ["《网络数据安全管理条例》实施要求；中国气象局关于加强气象数据安全管理的通知要点。"], ["52/policy"], on=full)
    p.part("分析与处置建议", ["经排查全省受影响设备%d台，已列入本月升级批次。" % co.rng.randint(5, 60)], ["52/analysis"], on=full)
    return p.doc("bulletin", d, True)


def pentest_plan(co, d):
    p = Sec("%d年度渗透测试计划" % d.year, "cn").head(*shen(co, d, "%sQX-AQ-JH-02" % co.bd["code"], "V1.0"))
    p.part("测试安排", [("table", [["时间", "对象", "方式", "负责人"], ["3月", "气象服务网站", "黑盒", co.p(3)], ["5月（汛前）", co.sys(2), "灰盒", co.p(3)],
                                   ["9月", "数据共享接口", "灰盒", co.vp(1)], ["11月", "县局网络边界", "白盒", co.p(3)]])], ["31/pentest-plan", "32/pentest-plan"])
    return p.doc("pentest_plan", d, False)


def pentest_report(co, d):
    p = Sec("气象服务网站渗透测试报告", "cn").head(("p", "测试时间：%s    测试人：%s    授权编号：SQ-%s-%02d" % (anyd(co, d), co.p(3), ymd(d), co.rng.randint(1, 9))))
    p.part("发现的漏洞", [("table", [["编号", "漏洞", "等级", "状态"], ["V-01", "后台管理页面越权访问", "高", "已修复"], ["V-02", "短信验证码可爆破", "中", "已修复"],
                                    ["V-03", "目录遍历泄露配置文件", "中", "已修复"]])], ["31/pentest-records", "32/pentest-records"])
    p.part("复测结论", ["高中危漏洞已全部修复。"])
    return p.doc("pentest_report", d, True)


# ------------------------------------------------------------------------------ emergency

def emergency_plan(co, d, recovery):
    p = Sec("气象网络安全事件应急预案", "zhang").head(*shen(co, d, "%sQX-YJ-01" % co.bd["code"], "V3.%d" % co.rng.randint(0, 4)))
    p.part("总则", ["为建立气象信息系统应急事件响应机制，最大限度减少观测资料传输中断、预警信息发布中断和网站被篡改对气象服务的影响，制定本预案。"], ["36/emergency-plan", "53/emergency-plan"])
    p.part("组织机构", ["应急领导小组组长%s；下设技术处置组、市县联络组、服务保障组（联系%s）。" % (co.boss, co.bd["custs"])])
    p.part("事件分级与响应", ["Ⅰ级：预警信息发布中断或被篡改、省-市骨干全部中断；15分钟响应，30分钟启动预案。"])
    p.part("降级措施", ["预警发布系统不可用时改由短信平台应急通道和电话传真发布；省-市骨干中断时启用4G/北斗备份链路传输观测资料。"])
    p.part("恢复策略", ["%s、%s RTO≤2小时、RPO≤5分钟：主备切换或灾备中心接管；天擎数据从备份恢复，RTO≤8小时。" % (co.sys(0), co.sys(1))], ["55/plan"], on=recovery)
    return p.doc("emergency_plan", d, False)


def dr_plan(co, d):
    p = Sec("省级气象业务系统灾备恢复计划", "cn").head(*shen(co, d, "%sQX-YJ-03" % co.bd["code"], "V2.%d" % co.rng.randint(0, 3)))
    p.part("恢复目标", ["%s RTO 2小时/RPO 5分钟；%s RTO 4小时/RPO 15分钟。" % (co.sys(0), co.sys(1))])
    p.part("恢复步骤", ["宣布启用灾备→网络切换至灾备中心→数据库提升→应用启动→市县抽测产品分发→通知%s→回切。" % co.bd["custs"]], ["36/recovery-plan"])
    return p.doc("dr_plan", d, False)


def bcp(co, d):
    p = Sec("气象信息业务连续性计划", "cn").head(*shen(co, d, "%sQX-YJ-02" % co.bd["code"], "V1.%d" % co.rng.randint(1, 4)))
    p.part("业务影响分析", ["关键业务：观测资料收集分发、预报产品制作分发、预警信息发布、气象服务网站；最大可容忍中断：预警发布30分钟，其余4小时。"])
    p.part("应急响应与灾难恢复", ["以《气象网络安全事件应急预案》和《灾备恢复计划》为支撑，启用降级措施和灾备中心。"], ["42/bcp"])
    p.part("演练与维护", ["每年汛前至少演练一次，每年评审更新。"])
    return p.doc("bcp", d, False)


def drill(co, d, kind):
    if kind == "em":
        t, sc, its = "应急演练记录", "县局终端感染勒索病毒、县局网络隔离处置", ["40/emergency-drill", "53/drill"]
    else:
        t, sc, its = "灾备切换演练记录", "%s切换至灾备中心及回切" % co.sys(0), ["40/recovery-drill", "53/drill"]
    rows = [["演练名称", sc], ["演练时间", anyd(co, d)], ["方式", "实战演练"], ["参加人员", "、".join(co.p(i) for i in range(4)) + "、" + co.vp(0)],
            ["过程", "09:30 发现告警→09:36 启动预案→10:02 隔离完成→11:05 恢复→11:20 市县抽测正常"], ["结果", "RTO 1小时35分，达到预案要求"],
            ["问题与改进", "恢复脚本需更新，已提变更单"], ["记录人", co.p(3)]]
    return Doc("drill", t, d, its, True, [("title", t), ("table", rows)])


def drill_scheme(co, d):
    p = Sec("%d年汛前应急演练方案" % d.year, "cn").head(*shen(co, d, "%sQX-YJ-FA-%d" % (co.bd["code"], d.year), "V1.0"))
    p.part("演练目的", ["检验《气象网络安全事件应急预案》和降级措施的可操作性。"])
    p.part("场景与时间", ["模拟预警发布系统被篡改，计划于%d年%d月实施。" % (d.year, min(12, d.month + 1))])
    x = p.doc("drill_scheme", d, False)
    x.decoy = "drill plan, neither the plan nor the record"
    return x


# ------------------------------------------------------------------------------ 质量管理 (监视评审, 改进)

def internal_audit(co, d):
    p = Sec("%d年度运维服务管理体系内部审核报告" % d.year, "cn").head(("p", "审核日期：%s    审核组长：%s    审核员：%s" % (anyd(co, d), co.p(3), co.p(2))))
    p.part("审核目的和准则", ["验证体系满足ISO/IEC 20000-1及信息系统安全运维服务要求、满足服务需求和%s的要求，并被有效实施和维护。" % co.bd["custs"]])
    p.part("审核范围", ["%s全部运维过程及驻场运维项目组。" % co.bd["zx"]])
    p.part("审核发现", ["不符合项3项（NC-01 汛前检查表缺签字；NC-02 2张变更单无回退方案；NC-03 知识库条目逾期未复核），观察项3项。"])
    p.part("结论", ["体系运行基本有效，不符合项已下发纠正措施单。"])
    return Doc("internal_audit", p.blocks[0][1], d, ["59/internal-audit"], True, p.blocks)


MR = {"perf": ("60/performance", "服务和流程的执行情况和符合性：服务级别达成率98.1%，各流程按规定执行，内审不符合项3项已整改2项。"),
      "fb": ("60/customer-feedback", "用户反馈：%s满意度91分，收到投诉2起（汛期夜间响应慢），已处理。"),
      "res": ("60/resources", "当前和预测资源水平：中心在编%d人，驻场运维5人；明年新增县局区域站和X波段雷达，预计需增加驻场2人。"),
      "ca": ("60/corrective-actions", "纠正措施的进展：上次评审提出4项措施，完成3项，1项（雷达站第二路由）进行中。"),
      "chg": ("60/changes", "可能影响服务的变更：天擎升级、信创替代、省局机构改革后职责调整。"),
      "imp": ("60/improvements", "改进的机会：汛期夜间响应、县局巡检自动化、值班室一线解决率。")}


def mgmt_review(co, d, inputs):
    p = Sec("%d年度管理评审报告" % d.year, "cn").head(("p", "时间：%s    主持：%s    参加：中心领导、各室主任、%s代表%s" % (anyd(co, d), co.boss, co.bd["custs"], co.cp(0))))
    paras, items = [], []
    for k in inputs:
        itm, s = MR[k]
        paras.append(s % co.bd["custs"] if k == "fb" else (s % co.rng.randint(20, 45) if k == "res" else s))
        items.append(itm)
    p.part("评审输入", paras, items + (["59/management-review"] if "perf" in inputs else []))
    p.part("评审结论", ["体系持续适宜、充分、有效。"])
    p.part("评审输出", ["批准增加驻场人员预算；启动县局巡检自动化项目；主汛期夜间值班增至2人。"])
    return p.doc("mgmt_review", d, True)


def kpi_list(co, d):
    rows = [["服务级别达成率", "≥98%", "98.1%", "是", "—"], ["用户满意度", "≥90分", "91分", "是", "—"], ["投诉", "≤3起/年", "2起", "是", "—"],
            ["一级故障按时恢复率", "100%", "92%", "否", "JZ-%d-03" % d.year], ["汛前检查完成率", "100%", "95%", "否", "JZ-%d-04" % d.year]]
    return book("kpi", "运维服务监视测量表（%d年）" % d.year, d, True,
                [("指标", ["指标", "目标", "实际", "达成", "措施"], rows, ["57/measurement"])],
                note="统计截至：%s    统计人：%s" % (anyd(co, d), co.p(3)))


def capa(co, d, n):
    rows = [["编号", "JZ-%d-%02d" % (d.year, n)], ["来源", "指标未达成：汛前检查完成率95%"], ["原因分析", "古塘片区县局网管岗位空缺"],
            ["纠正措施", "中心派员补检"], ["预防措施", "县局网管设AB岗，空缺超过15天由市局网管兼管"], ["责任人", co.p(0)],
            ["完成日期", anyd(co, d)], ["有效性验证", "汛后检查完成率100%，措施有效"], ["验证人", co.p(3)]]
    return Doc("capa", "纠正预防措施单", d, ["57/capa", "66/effectiveness"], True, [("title", "纠正和预防措施记录单"), ("table", rows)])


def prevent_record(co, d):
    rows = [["编号", "YF-%d-%02d" % (d.year, co.rng.randint(1, 9))], ["潜在问题", "主汛期雷达体扫资料量增长，省-市链路利用率趋势将在7月超过80%"],
            ["预防措施", "6月完成省-市链路扩容并设置雷达资料QoS优先级"], ["批准", co.p(0)], ["实施日期", anyd(co, d - timedelta(days=40))],
            ["有效性验证", "7月峰值利用率58%%，无资料传输超时，措施有效（验证人%s，%s）" % (co.p(3), anyd(co, d))]]
    return Doc("prevent", "预防措施记录单", d, ["66/effectiveness"], True, [("title", "预防措施记录单"), ("table", rows)])


def improve_plan(co, d, criteria):
    p = Sec("%d年度运维服务持续改进计划" % d.year, "cn").head(*shen(co, d, "%sQX-GJ-%d" % (co.bd["code"], d.year), "V1.0"))
    p.part("改进项目", [("table", [["改进项", "来源", "改进目标", "负责人", "完成时间"], ["县局巡检自动化", "管理评审", "巡检人天减少50%", co.p(1), "%d年6月" % d.year],
                                   ["汛期夜间响应提升", "满意度调查", "夜间三级故障响应≤30分钟", co.p(5), "%d年9月" % d.year],
                                   ["值班室一线解决率", "运维分析", "一线解决率≥80%", co.p(4), "%d年12月" % d.year]])], ["64/plan", "68/plan"])
    p.part("改进机会评估标准", ["按对气象服务的影响（40%）、实施成本（30%）、风险（30%）打分，≥70分列入计划；各项须经识别、记录、批准、评估、测量和报告。"],
           ["64/criteria"], on=criteria)
    return p.doc("improve_plan", d, True)


def improve_opps(co, d, approved):
    rows = [["县局巡检自动化", 9, 7, 8, 83, "高"], ["汛期夜间响应提升", 8, 6, 9, 78, "高"], ["值班室一线解决率", 7, 5, 8, 68, "中"], ["监控大屏改版", 4, 6, 9, 57, "低"]]
    note = ("排序方式：按改进机会评估标准加权打分。批准：%s    %s（中心主任办公会审定）" % (co.boss, anyd(co, d))) if approved else \
        "排序方式：按改进机会评估标准加权打分。状态：拟提交中心主任办公会审议（%s），尚未审定" % anyd(co, d)
    return book("improve_opps", "改进机会分析及优先级排序", d, True,
                [("改进登记表", ["改进机会", "影响", "成本", "风险", "得分", "优先级"], rows,
                  ["67/analysis", "67/prioritisation"] if approved else [])], note=note)


def improve_track(co, d):
    rows = [["县局巡检自动化", "巡检人天减少50%", "自动巡检脚本上线", (d - timedelta(days=70)).isoformat(), "实测减少55%，有效", "已在管理评审报告"],
            ["汛期夜间响应提升", "夜间三级故障响应≤30分钟", "主汛期夜间双人值班", (d - timedelta(days=25)).isoformat(), "实测平均21分钟，有效", "已在周例会报告"]]
    return book("improve_track", "改进活动实施跟踪表", d, True,
                [("跟踪", ["改进项", "目标", "实施情况", "完成日期", "有效性测量", "报告"], rows, ["68/implementation", "68/effectiveness"])])


def csi_training(co, d):
    rows = [["主题", "持续服务改进——从每一次故障中学习"], ["时间", anyd(co, d)], ["讲师", co.p(3)],
            ["对象", "%s全体及驻场运维项目组（%d人）" % (co.bd["zx"], co.rng.randint(18, 40))], ["内容", "改进意识、改进机会提交方式、本年度优秀改进案例"],
            ["考核", "线上测试平均分%d" % co.rng.randint(85, 96)]]
    return Doc("csi_training", "改进意识培训", d, ["69/awareness-training"], True, [("title", "持续改进意识培训记录"), ("table", rows)])


def flood_summary(co, d):
    p = Sec("%d年主汛期气象信息保障工作总结及改进措施" % d.year, "cn").head(("p", "编制：%s    日期：%s" % (co.p(0), anyd(co, d))))
    p.part("保障概况", ["主汛期共经历%d次区域性暴雨过程和%d个台风影响，启动加强值班%d天。" % (co.rng.randint(5, 12), co.rng.randint(1, 3), co.rng.randint(20, 60))])
    p.part("重大事件", ["台风期间%s光缆中断2小时40分，雷达资料经4G备份传输，延迟最长9分钟。" % co.bd["radars"][0]])
    p.part("失败变更", ["预报平台补丁发布失败1次（与整点产品制作冲突），已回退。"])
    p.part("服务不达标情况", ["7月一级故障按时恢复率92%，未达100%；汛期夜间响应满意度偏低。"])
    p.part("改进计划", ["雷达站第二路由；补丁发布避开整点；汛期夜间双人值班；光模块生命周期管理。"])
    return Doc("flood_summary", p.blocks[0][1], d, ["70/defect-analysis"], True, p.blocks)


def flood_plan(co, d):
    p = Sec("%d年主汛期气象信息网络保障方案" % d.year, "cn").head(("p", "%s    %s" % (co.bd["zx"], anyd(co, d))))
    p.part("保障时段", ["5月1日至9月30日；遇暴雨、台风等重大天气过程启动加强值班。"])
    p.part("保障措施", ["汛前完成市县网络检查；主汛期冻结非紧急变更；值班室双人值守；雷达站配备4G备份。"])
    p.part("值班安排", [("table", [["日期", "带班领导", "值班"]] + [["%d月%d日" % (d.month, i + 1), co.boss if i % 3 == 0 else co.p(0), co.p(4 + i % 2)] for i in range(6)])])
    return p.doc("flood_plan", d, False)


def year_summary(co, d, data, forecast):
    """written in January about the year before"""
    p = Sec("%s%d年工作总结" % (co.bd["zx"], d.year - 1), "cn").head(("p", "%s    %s" % (zx(co), anyd(co, d))))
    p.part("年度工作回顾", ["完成天擎省级部署、%d个县局链路扩容、预警发布系统等保测评整改，圆满完成汛期和重大活动气象信息保障。" % co.rng.randint(10, 40)])
    p.part("运维数据统计", [("table", [["指标", "全年"], ["异常报告及时率", "98.0%"], ["异常漏报率", "0.6%"], ["维护作业计划的及时完成率", "96%"],
                                    ["故障隐患发现率", "90%"], ["异常主动发现率", "84%"], ["问题解决率", "93%"], ["漏洞扫描覆盖率", "100%"],
                                    ["加固设备覆盖率", "94%"], ["安全补丁安装及时率", "91%"], ["安全事件次数", co.rng.randint(10, 40)]])], ["56/data"], on=data)
    p.part("运维数据汇总分析与预测", ["汇总日志、变更、故障、服务请求、问题数据：故障同比下降12%，服务请求上升27%（数据共享申请增多），变更集中在汛前和汛后。",
                                  "预测明年区域站和X波段雷达增加，观测资料量增长约30%，服务请求继续增长，需推进自助服务和县局巡检自动化，汛期告警量预计上升20%。"],
           ["71/forecast"], on=forecast)
    p.part("%d年工作打算" % d.year, ["天擎升级、信创替代、县局网络安全能力提升。"])
    return p.doc("year_summary", d, True)


def iso_cert(co, d):
    b = [("title", "信息技术服务管理体系认证证书"), ("p", "兹证明 %s" % zx(co)), ("p", "建立的信息技术服务管理体系符合 ISO/IEC 20000-1:2018"),
         ("p", "认证范围：向省气象局各单位、市县气象局及公共气象服务机构提供的气象信息系统运维服务"),
         ("p", "证书编号：%s    发证日期：%s    有效期至：%d年%d月%d日" % ("%dSV%05d" % (co.rng.randint(10, 99), co.rng.randint(0, 99999)), cnd(d), d.year + 3, d.month, d.day))]
    return Doc("iso_cert", "认证证书", d, ["61/audit-system"], False, b)


# ------------------------------------------------------------------------------ real documents that prove nothing

def director_minutes(co, d, iface_pending):
    p = Sec("中心主任办公会议纪要（%d年第%d期）" % (d.year, co.rng.randint(3, 20)), "kuo").head(
        ("p", "时间：%s    主持：%s    出席：中心领导、各室主任" % (anyd(co, d), co.boss)))
    p.part("关于主汛期保障准备", ["会议听取网络与安全室关于市县汛前检查的汇报，要求5月前完成全部县局检查。"])
    p.part("关于运维经费", ["会议研究了驻场运维服务费支付事宜，同意按合同支付第二季度费用。"])
    if iface_pending:
        p.part("关于网络安全管理接口人", ["%s要求明确网络安全管理接口人，会议认为人选待人事调整后另行研究确定。" % co.bd["custs"]])
    p.part("其他事项", ["做好全国科技活动周气象科普开放日准备。"])
    return p.doc("director_minutes", d, False)


def weekly(co, d, extra=None):
    p = Sec("运维周例会纪要（%s）" % d.isoformat(), "dig").head(("p", "参会：%s" % "、".join(co.p(i) for i in range(6))))
    p.part("上周运行情况", ["故障%d件；1起县局专线中断（三级）已恢复。" % co.rng.randint(5, 25)])
    p.part("本周重点", ["县局防火墙第%d批升级；配合等保测评现场检查。" % co.rng.randint(1, 3)])
    if extra:
        p.part("其他", [extra])
    return p.doc("weekly", d, False)


def cma_notice(co, d):
    rows = [[i + 1, pv, "%.2f%%" % (98 + 2 * co.rng.random()), "%.2f%%" % (97 + 3 * co.rng.random()), co.rng.randint(1, 31)]
            for i, pv in enumerate([co.bd["prov"], "甲省", "乙省", "丙省", "丁省"])]
    return book("cma_notice", "全国气象业务运行质量通报（%d年%d月）" % (d.year, d.month), d, False,
                [("排名", ["序号", "省份", "国家站到报率", "雷达资料及时率", "排名"], rows, [])], note="国家气象信息中心")


def kaohe(co, d):
    b = [("title", "关于%d年上半年市县气象信息网络运行考核结果的通报" % d.year), ("p", "各市气象局："),
         ("p", "上半年%s等3个单位网络运行考核优秀，%s县局链路可用率低于考核目标，请限期整改。" % (co.bd["counties"][0], co.bd["counties"][-1])),
         ("p", zx(co) + "    " + cnd(d))]
    return Doc("kaohe", "考核通报", d, [], False, b)


def purchase(co, d):
    rows = [[1, "县局边界防火墙", 12, 16800, 201600], [2, "县局路由器", 12, 9800, 117600], [3, "4G备份模块", 30, 1200, 36000]]
    return book("purchase", "县局网络设备采购申请（%s）" % ym(d), d, False, [("采购", ["序号", "设备", "数量", "单价", "金额"], rows, [])])


def oncall(co, d):
    rows = [[(d + timedelta(days=i)).isoformat(), co.boss if i % 7 == 0 else co.p(0), co.p(4 + i % 2), co.vp(i % 3)] for i in range(14)]
    return book("oncall", "业务值班表（%s）" % ym(d), d, False, [("值班表", ["日期", "带班领导", "值班员", "驻场值班"], rows, [])])


UNREL = [("党建", "关于开展%d年主题党日活动的通知", "各党支部于本月下旬组织党员到气象科普馆开展主题党日活动。"),
         ("工会", "%d年职工气排球比赛报名表", "以室为单位组队，每队8人。"),
         ("科普", "%d年世界气象日开放活动方案", "3月23日面向公众开放预报会商室和气象观测场。"),
         ("综合", "关于做好%d年度公车使用管理的通知", "公务用车实行统一调度，严禁公车私用。"),
         ("综合", "%d年度职工体检安排", "体检时间为10月，请各室错峰安排。")]


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
    rows = [[i + 1, co.p(i), co.bd["zx"], co.p(i)] for i in range(6)]
    return Doc("signin", "学习签到表", d, [], True, sheets=[("签到", [["《%s》学习宣贯签到表" % what], ["日期：%s    主讲：%s" % (anyd(co, d), co.p(0))],
                                                                ["序号", "姓名", "单位", "签名"]] + rows)], decoy="training record about a plan or procedure")


def doc_index(co, d, keys):
    rows = [[i + 1, REGS[k][0], "%sQX-%s" % (co.bd["code"], REGS[k][2]), "V%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 5)), "现行有效"] for i, k in enumerate(keys)]
    return Doc("index", "现行有效规章制度目录", d, [], False, sheets=[("目录", [["%s现行有效规章制度目录" % co.bd["zx"]], ["序号", "名称", "编号", "版本", "状态"]] + rows)],
               decoy="list of document names")


def approval_slip(co, d, key):
    rows = [["文件标题", "关于印发《%s》的通知" % REGS[key][0]], ["拟稿单位", "综合室"], ["拟稿人", co.p(1)], ["核稿", co.p(0)],
            ["签发", "同意印发。%s %s" % (co.boss, anyd(co, d))]]
    return Doc("slip", "发文稿纸", d, [], False, [("title", "%s发文稿纸" % zx(co)), ("table", rows)],
               decoy="approval slip that only cites the 规定")


def mr_notice(co, d):
    b = [("title", "关于召开%d年度管理评审会议的通知" % d.year),
         ("p", "定于%s召开管理评审会议，请各室准备评审输入：用户反馈、资源需求、纠正措施进展、改进建议、服务和流程执行情况。" % cnd(d)),
         ("p", co.bd["zx"] + "综合室")]
    return Doc("mr_notice", "管评通知", d, [], True, b, decoy="meeting notice, not the review record")


def ccrc_sheet(co, d):
    rows = [[i, t, "", ""] for i, t in [(1, "采集客户对信息系统运维服务时间的需求"), (13, "信息系统相关的IT资产进行识别"), (30, "建立事件响应和解决的机制"),
                                       (44, "实施安全设备运维服务"), (63, "定期评审客户对安全运维服务的满意度")]]
    return Doc("ccrc", "自评估表", d, [], False, sheets=[("自评估", [["信息系统安全运维服务资质自评估表（工作稿）"], ["序号", "条款", "结论", "证明材料"]] + rows)],
               decoy="the self-assessment form itself")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ the share

class Ctx:
    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.bd["holes"]
        self.made = []
        self.scan = {"creator": "HP LaserJet MFP M437 (OCR)", "author": "scanner", "styled": False}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.3)
        opt.setdefault("styled", r.random() < 0.7)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxzx", "User", "WPS"]))
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
    """Lay out a BD share: 01 规章制度/, 02 作业指导书/, 03 运行维护/, 04 市县网络/, 05 服务协议（<customer>）/, 06 网络安全/,
    07 应急保障/, 08 质量管理/, 09 会议纪要/, 10 培训/, 11 资产与配置/, 12 项目建设/, 13 综合/, 历史资料/, 个人资料/, a recycle folder."""
    co.bd = BD_INFO[getattr(co, "info_id", co.id)]
    co.bd_no = {}
    c = Ctx(co)
    co.gaps = set(c.H)
    co.oldonly = {h for h in c.H if h.endswith("_old")}
    keys = lay_rules(c)
    lay_customer(c)
    lay_design(c)
    lay_records(c)
    lay_security(c)
    lay_emergency(c)
    lay_quality(c)
    lay_none(c)
    archive(c)
    decoys(c, lock_bytes, keys)


def lay_rules(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    skip = {"request": "qq", "problem": "wt", "slm": "slm", "improve_proc": "gj"}
    keys = [k for k in REGS if k not in {v for h, v in skip.items() if h in H}]
    pool = [k for k in keys if REGS[k][1] == "zx"]
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(4, 6)], key=list(REGS).index)
    d = date(2025, r.randint(2, 6), r.randint(1, 28))
    put("01 规章制度/%s规章制度汇编（2025年版）.pdf" % co.bd["zx"], compilation(co, d, in_book), creator="WPS Office")
    for k in keys:
        name, level, code, _ = REGS[k]
        d = co.issued()
        if level == "ju":
            folder = "01 规章制度/省局发文/"
            if r.random() < 0.5:
                main = issue(co, d, k, split="main")
                body, its = reg_body(co, k, reg_drop(co))
                annex = Doc("reg:" + k, name, d, sorted(set(its)), False, [("p", "附件"), ("title", name)] + body)
                sub = folder + "%s 关于印发%s的通知/" % (main.bd_no, name)
                put(sub + "正文.pdf", main, **c.scan)
                put(sub + "附件-%s.docx" % name, annex)
            else:
                doc = issue(co, d, k)
                put(folder + r.choice(["%s关于印发《%s》的通知.pdf" % (doc.bd_no, name), "%s（%s）.docx" % (name, doc.bd_no)]), doc)
            continue
        if k in in_book and r.random() < 0.5:
            continue
        if r.random() < 0.45:
            doc = issue(co, d, k)
            put("01 规章制度/中心发文/%d/%s 关于印发%s的通知.pdf" % (d.year, doc.bd_no, name), doc)
            if r.random() < 0.3:
                put("01 规章制度/中心发文/%d/%s 发文稿纸（签批件）.pdf" % (d.year, doc.bd_no), approval_slip(co, d, k), **c.scan)
        else:
            doc = bare_reg(co, d, k)
            fn = r.choice(["%sQX-%s %s.docx" % (co.bd["code"], code, name), "%s_%s.docx" % (name, doc.blocks[2][1][0][3]),
                           "%s（终版）.docx" % name, "%s.pdf" % name])
            put("01 规章制度/中心规定/" + fn, doc)
    if "improve_proc" in H:
        d = co.fresh()
        put("个人资料/%s/持续改进管理规定（征求意见稿）.docx" % co.p(3), void(bare_reg(co, d, "gj", "V0.3"), "draft (征求意见稿)", "（征求意见稿）"))
    # 作业指导书
    ks = list(ZYS)
    if "wi_one" in H:
        k = r.choice(ks)
        put("02 作业指导书/%sQX-ZY-%02d %s.docx" % (co.bd["code"], ks.index(k) + 1, ZYS[k][0]), zy(co, co.issued(), k, ks.index(k) + 1))
        other = [x for x in ks if x != k][0]
        put("02 作业指导书/待发布/%s（送审稿）.docx" % ZYS[other][0], void(zy(co, co.fresh(), other, ks.index(other) + 1), "draft (送审稿)", "（送审稿）"))
    else:
        bound = sorted(r.sample(ks, 3), key=ks.index)
        d = co.issued()
        put("02 作业指导书/运维作业指导书汇编_%d.pdf" % d.year, zy_book(co, d, bound))
        for k in [k for k in ks if k not in bound]:
            n = ks.index(k) + 1
            put("02 作业指导书/%sQX-ZY-%02d %s V%d.%d.docx" % (co.bd["code"], n, ZYS[k][0], r.randint(1, 2), r.randint(0, 9)), zy(co, co.issued(), k, n))
    put("02 作业指导书/观测设备/自动气象站维护维修作业手册.pdf", aws_manual(co, co.issued()))
    return keys


def lay_customer(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    C = "05 服务协议（%s）/" % co.bd["custs"]
    d0 = date(2025, 12, r.randint(1, 18))
    put(C + "01 需求调研/%s信息化运维需求调研报告_%s.docx" % (co.bd["custs"], ymd(d0)),
        survey(co, d0, "survey_notime" not in H, "survey_nosec" not in H))
    d = date(2026, 1, r.randint(3, 12))
    if "budget_draft" in H:
        put(C + "01 需求调研/%d年运维经费预算表（征求意见稿）.xlsx" % d.year, void(budget(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(C + "01 需求调研/%d年运维经费预算表_v%d.xlsx" % (d.year, r.randint(2, 4)), budget(co, d))
    d = d0 + timedelta(days=r.randint(10, 20))
    put(C + "01 需求调研/座谈会纪要%s.docx" % d.strftime("%Y.%m.%d"), comm_minutes(co, d, "comm_noagree" not in H))
    d = date(2026, 1, r.randint(5, 25))
    put(C + "01 需求调研/上年度数据/历史数据清单.xlsx", history_list(co, d))
    put(C + "01 需求调研/上年度数据/%d年运维数据分析报告.docx" % (d.year - 1), history_analysis(co, d))
    if "strategy_none" in H:
        put("个人资料/%s/运维保障策略（提纲）.docx" % co.p(0), void(ops_strategy(co, d + timedelta(days=6)), "draft (提纲)", "（提纲）"))
    else:
        put(C + "01 需求调研/上年度数据/%d年度运维保障策略及实施方案.docx" % d.year, ops_strategy(co, d + timedelta(days=6)))
    d = date(2026, 1, r.randint(1, 15))
    put(C + "02 协议/信息化运维服务协议_%d（双方盖章）.pdf" % d.year, sla(co, d), **c.scan)
    years = (2025,) if "health_old" in H else (2026,)
    n = 0
    for y in years:
        for q in (1, 2, 3):
            d = date(y, q * 3, r.randint(10, 25))
            cs = (n == 1 and "collect" not in H)
            doc = health(co, d, cs)
            put(C + "03 健康检查/%d年/%d年第%s季度健康检查报告.%s" % (y, y, han(q), r.choice(["docx", "pdf"])), doc)
            if doc.record and y == 2026:
                c.made.append((lambda dd, q=q: C + "03 健康检查/%d年/%d年第%s季度健康检查报告.docx" % (dd.year, dd.year, han(q)), lambda dd, cs=cs: health(co, dd, cs), d))
            n += 1
    if "health_old" in H:
        d = date(2026, 3, r.randint(2, 20))
        p = Sec("%d年健康检查工作安排" % d.year, "cn").head(("p", co.bd["zx"] + "    " + anyd(co, d)))
        p.part("安排", ["拟于每季度末月对%s安全设备和业务系统开展健康检查，具体时间另行通知。" % co.bd["custs"]])
        put(C + "03 健康检查/2026年/2026年健康检查工作安排.docx", p.doc("health_sched", d, False))
    for d, half in ((date(2025, 12, r.randint(5, 20)), "下半年"), (date(2026, 6, r.randint(10, 28)), "上半年")):
        put(C + "04 满意度/%d年%s满意度调查报告.docx" % (d.year, half), satisfaction(co, d, half))
    if "trend" not in H:
        d = date(2026, 7, r.randint(5, 28))
        put(C + "04 满意度/满意度趋势分析_%s.xlsx" % ymd(d), sat_trend(co, d))
    if "callbacks" not in H:
        d = fresh_in(co, 2026, r.randint(8, 10))
        put(C + "04 满意度/市县用户回访记录%d.xlsx" % d.year, callbacks(co, d))
    data_months = set() if "no_data" in H else set(r.sample(range(5, 11), 3))
    for m in range(5, 11):
        d = date(2026, m, 28)
        c.rec(lambda dd: C + "05 月报/%s运维服务月报%d年%d月.docx" % (co.bd["custs"], dd.year, dd.month),
              lambda dd, m=m: monthly_report(co, dd, True, m in data_months), d)


def lay_design(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    A = "11 资产与配置/"
    M = "13 综合/"
    put(M + "运维服务目录V2.docx", catalog(co, co.issued(), "catalog_basic" in H))
    if "kpis" in H:
        put(A + "县局链路清单.xlsx", book("lines", "县局链路清单", co.fresh(), False,
                                       [("链路", ["县局", "主链路", "备份链路"], [[x, "电信专线20M", "4G"] for x in co.bd["counties"]], [])]))
    else:
        put(M + "信息系统可用性指标清单.xlsx", avail_kpis(co, co.issued()))
    d = fresh_in(co, 2026, r.randint(1, 3))
    put(M + "以往服务方案及业务影响分析_%s.docx" % ymd(d), svc_analysis(co, d, "svc_noauto" not in H))
    d = co.issued()
    put(M + "驻场运维合同/%s 运维服务采购合同附件2 服务级别要求.pdf" % co.vendor, sld(co, d), **c.scan)
    if "ola" not in H:
        put(M + "中心内部运行保障协议OLA_v1.docx", ola(co, co.issued()))
    put(M + "组织机构/网络安全组织架构及职责.docx", org_chart(co, co.issued(), "no_outsourcing" not in H))
    d = fresh_in(co, 2026, r.randint(6, 10))
    put(M + "组织机构/运维人员名册_%s.xlsx" % ymd(d), staff_list(co, d, "no_outsourcing" not in H))
    if "roles" not in H:
        put(M + "组织机构/运维角色及职责清单.xlsx", role_list(co, co.issued()))
    if "iface" not in H:
        d = co.issued()
        put("01 规章制度/中心发文/%d/关于明确网络安全管理接口人的通知.pdf" % d.year, iface_notice(co, d), **c.scan)
    d = co.issued()
    doc = desk_notice(co, d)
    put("01 规章制度/中心发文/%d/%s 关于业务值班室承担运维服务台职能的通知.pdf" % (d.year, doc.blocks[1][1]), doc, **c.scan)
    d = co.fresh()
    put("10 培训/值班员/值班员岗位培训记录_%s.xlsx" % ymd(d), desk_training(co, d))
    if "asset_old" in H:
        d = co.old()
        put(A + "资产/IT资产识别清单_%s.xlsx" % ymd(d), asset_list(co, d))
    else:
        c.rec(lambda dd: A + "资产/IT资产识别清单_%s.xlsx" % ymd(dd), lambda dd: asset_list(co, dd), co.fresh())
    c.rec(lambda dd: A + "配置库/CMDB导出_%s.xlsx" % ymd(dd), lambda dd: cmdb(co, dd), co.fresh())
    c.rec(lambda dd: A + "配置库/配置项更新维护记录_%d.xlsx" % dd.year, lambda dd: ci_updates(co, dd), fresh_in(co, 2026, r.randint(7, 10)))
    put(A + "安全基线/安全配置基线_%d版.xlsx" % 2026, baseline(co, co.issued()))
    P = "12 项目建设/%s升级/" % co.sys(2)
    d = co.fresh()
    put("12 项目建设/%s建设/需求分析记录_%s.docx" % (co.sys(2), ymd(d)), req_record(co, d))
    d = co.fresh()
    put(P + "测试计划_%s.docx" % ymd(d), test_plan(co, d, "test_norollback" not in H))
    if "compat" not in H:
        put(P + "兼容性验证报告.docx", compat(co, co.fresh()))
    if "devplan_draft" in H:
        put("个人资料/%s/网络安全工具开发计划（讨论稿）.docx" % co.p(1), void(dev_plan(co, co.fresh()), "draft (讨论稿)", "（讨论稿）"))
    else:
        put(M + "%d年网络安全工具定制开发计划.docx" % 2026, dev_plan(co, date(2026, 2, r.randint(1, 25))))
    if "aplan" not in H:
        put(M + "信息系统可用性保障计划_%d.docx" % 2026, avail_plan(co, date(2026, 1, r.randint(5, 25))))
    c.rec(lambda dd: "03 运行维护/%d年/可用性事件登记表.xlsx" % dd.year, lambda dd: avail_events(co, dd), fresh_in(co, 2026, r.randint(8, 10)))
    d = co.fresh()
    put(A + "知识库/知识库条目导出_%s.xlsx" % ymd(d), kb_export(co, d, "kb_empty" in H))
    put("06 网络安全/等级保护/预警信息发布系统定级报告.pdf", grading(co, co.issued()), **c.scan)
    if "grading_criteria" not in H:
        put("06 网络安全/等级保护/气象信息系统安全保护等级确定标准.docx", grading_criteria(co, co.issued()))


def lay_records(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    for m in range(3, 11):
        d = date(2026, m, 28)
        c.rec(lambda dd: "03 运行维护/%d年/%02d月/%d年%02d月运维记录.xlsx" % (dd.year, dd.month, dd.year, dd.month), lambda dd: ops_book(co, dd), d)
    for m in sorted(r.sample(range(3, 11), 3)):
        d = date(2026, m, 1)
        put("03 运行维护/%d年/%02d月/业务值班日志%d.%d.xlsx" % (d.year, m, d.year, m), duty_log(co, d))
    cities = ["%s片区" % x[:2] for x in co.bd["counties"][:3]]
    for y in (2026,):
        for city in cities[:2]:
            d = date(y, 4, r.randint(5, 28))
            cs = r.sample(co.bd["counties"], 3)
            c.rec(lambda dd, city=city: "04 市县网络/%s/%d年汛前/%s县局网络安全汛前检查表.xlsx" % (city, dd.year, city),
                  lambda dd, city=city, cs=cs: flood_check(co, dd, city, cs), d)
    d = date(2026, 10, r.randint(8, 28))
    c.rec(lambda dd: "04 市县网络/汛后检查/%d年汛后县局网络检查表.xlsx" % dd.year, lambda dd: flood_check(co, dd, "全省", co.bd["counties"][:4]), d)
    if "hw_old" in H:
        d = date(2025, r.randint(1, 8), r.randint(1, 28))
        put("历史资料/%d年/安全设备硬件故障统计表_%d.xlsx" % (d.year, d.year), hw_stats(co, d))
        put("03 运行维护/2026年/安全设备硬件故障统计表_2026.xlsx", hw_stats(co, co.fresh(), rows_on=False))
    else:
        c.rec(lambda dd: "03 运行维护/%d年/安全设备硬件故障统计表_%d.xlsx" % (dd.year, dd.year), lambda dd: hw_stats(co, dd), fresh_in(co, 2026, r.randint(6, 10)))
    d = co.fresh()
    put("03 运行维护/%d年/%02d月/出口防火墙主备切换异常故障报告_%s.docx" % (d.year, d.month, ymd(d)), fault_report(co, d))
    for m in sorted(r.sample(range(6, 11), 3)):
        d = date(2026, m, 28)
        c.rec(lambda dd: "03 运行维护/%d年/%02d月/工单导出_%s.xlsx" % (dd.year, dd.month, ym(dd)), lambda dd: tickets(co, dd), d)
    c.rec(lambda dd: "03 运行维护/%d年/变更登记台账导出_%s.xlsx" % (dd.year, ymd(dd)), lambda dd: changes(co, dd), fresh_in(co, 2026, r.randint(9, 10)))


def lay_security(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    S = "06 网络安全/"
    if "collect" in H:
        d = co.old()
        put(S + "信息采集/安全信息采集记录_%d.xlsx" % d.year, collect(co, d))
    else:
        c.rec(lambda dd: S + "信息采集/安全信息采集记录_%d.xlsx" % dd.year, lambda dd: collect(co, dd), fresh_in(co, 2026, r.randint(7, 10)))
    for q in (1, 2, 3):
        d = date(2026, q * 3 + 1, r.randint(5, 20))
        c.rec(lambda dd: S + "日志审计/%d年第%s季度日志审计分析报告.docx" % (dd.year, han(qtr(dd) - 1 or 4)), lambda dd: log_audit(co, dd), d)
    c.rec(lambda dd: S + "事件统计/网络安全事件统计分析_%s.xlsx" % ym(dd), lambda dd: incident_stats(co, dd), fresh_in(co, 2026, r.randint(8, 10)))
    for m in sorted(r.sample(range(3, 11), 4)):
        d = date(2026, m, r.randint(3, 12))
        c.rec(lambda dd: S + "风险提示/%d年/网络安全风险提示%d年第%d期.%s" % (dd.year, dd.year, dd.month, "pdf" if dd.month % 2 else "docx"),
              lambda dd: bulletin(co, dd, "bulletin_partial" not in H), d)
    put(S + "渗透测试/%d年度渗透测试计划.docx" % 2026, pentest_plan(co, date(2026, 1, r.randint(6, 28))))
    if "pentest_old" in H:
        d = co.old()
        put(S + "渗透测试/%d年/气象服务网站渗透测试报告_%s.pdf" % (d.year, ymd(d)), pentest_report(co, d))
        d = co.fresh()
        put(S + "渗透测试/2026年/渗透测试授权书_%s.pdf" % ymd(d), Doc("authz", "渗透测试授权书", d, [], False,
                                                            [("title", "渗透测试授权书"), ("p", "兹授权网络与安全室于%s对气象服务网站开展渗透测试。" % cnd(d)),
                                                             ("p", "授权人：%s" % co.boss)]), **c.scan)
    else:
        c.rec(lambda dd: S + "渗透测试/%d年/气象服务网站渗透测试报告_%s.pdf" % (dd.year, ymd(dd)), lambda dd: pentest_report(co, dd), co.fresh())


def lay_emergency(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    E = "07 应急保障/"
    put(E + "预案/气象网络安全事件应急预案（%d修订）.docx" % r.randint(2023, 2025), emergency_plan(co, co.issued(), "no_recovery" not in H))
    if "no_recovery" not in H:
        put(E + "预案/省级气象业务系统灾备恢复计划.pdf", dr_plan(co, co.issued()))
    if "bcp_draft" in H:
        put(E + "连续性/气象信息业务连续性计划（送审稿）.docx", void(bcp(co, co.fresh()), "draft (送审稿)", "（送审稿）"))
    else:
        put(E + "连续性/气象信息业务连续性计划V1.%d.pdf" % r.randint(1, 4), bcp(co, co.issued()))
    c.rec(lambda dd: E + "演练/%d年/应急演练记录_%s.docx" % (dd.year, ymd(dd)), lambda dd: drill(co, dd, "em"), co.fresh())
    if "drdrill" not in H:
        c.rec(lambda dd: E + "演练/%d年/灾备切换演练记录_%s.pdf" % (dd.year, ymd(dd)), lambda dd: drill(co, dd, "dr"), co.fresh())
    d = co.fresh()
    put(E + "演练/%d年/%d年汛前应急演练方案.docx" % (d.year, d.year), drill_scheme(co, d))


def lay_quality(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    T = "08 质量管理/"
    if "ia_old" in H:
        d = co.old()
        put(T + "内部审核/%d年内审报告.docx" % d.year, internal_audit(co, d))
        d = co.fresh()
        put(T + "内部审核/%d年内审计划.docx" % d.year, Doc("ia_plan", "内审计划", d, [], False,
                                                     [("title", "%d年度内部审核计划" % d.year), ("p", "计划于%d年12月开展年度内部审核，审核组长%s。" % (d.year, co.p(3)))]))
    else:
        c.rec(lambda dd: T + "内部审核/%d年内审报告.docx" % dd.year, lambda dd: internal_audit(co, dd), fresh_in(co, 2026, r.randint(3, 9)))
    inputs = ["perf", "fb", "ca", "imp"] if "mr_partial" in H else ["perf", "fb", "res", "ca", "chg", "imp"]
    c.rec(lambda dd: T + "管理评审/%d年度管理评审报告.docx" % dd.year, lambda dd: mgmt_review(co, dd, inputs), fresh_in(co, 2026, r.randint(4, 10)))
    c.rec(lambda dd: T + "监视测量/运维服务监视测量表_%d.xlsx" % dd.year, lambda dd: kpi_list(co, dd), fresh_in(co, 2026, r.randint(7, 10)))
    if "capa" not in H:
        for n in (3, 4):
            c.rec(lambda dd, n=n: T + "纠正预防/JZ-%d-%02d 纠正和预防措施记录单.pdf" % (dd.year, n), lambda dd, n=n: capa(co, dd, n), co.fresh(), **c.scan)
    c.rec(lambda dd: T + "纠正预防/预防措施记录单_%s.docx" % ymd(dd), lambda dd: prevent_record(co, dd), fresh_in(co, 2026, r.randint(8, 10)))
    d = date(2026, 1, r.randint(10, 28))
    put(T + "持续改进/%d年度持续改进计划.docx" % d.year, improve_plan(co, d, "criteria" not in H))
    d = co.fresh()
    put(T + "持续改进/改进机会分析排序_%s.xlsx" % ym(d), improve_opps(co, d, "opp_unapproved" not in H))
    c.rec(lambda dd: T + "持续改进/改进活动实施跟踪表.xlsx", lambda dd: improve_track(co, dd), fresh_in(co, 2026, r.randint(8, 10)))
    if "aware_signin" in H:
        d = co.fresh()
        put("10 培训/%d年/《持续改进管理规定》学习宣贯签到表.xlsx" % d.year, signin(co, d, "持续改进管理规定"))
    else:
        d = co.fresh()
        put("10 培训/%d年/持续改进意识培训记录_%s.docx" % (d.year, ymd(d)), csi_training(co, d))
    if "defects_old" in H:
        d = date(2025, 10, r.randint(8, 28))
        put("历史资料/%d年/%d年主汛期气象信息保障工作总结.docx" % (d.year, d.year), flood_summary(co, d))
    else:
        d = date(2026, 10, r.randint(8, 28))
        put(T + "持续改进/%d年主汛期气象信息保障工作总结及改进措施.docx" % d.year, flood_summary(co, d))
    d = date(2026, 1, r.randint(15, 28))
    put("13 综合/工作总结/%s%d年工作总结.docx" % (co.bd["zx"], d.year - 1), year_summary(co, d, "no_data" not in H, "forecast" not in H))
    if "forecast" in H:
        d = date(2025, 1, r.randint(10, 28))
        put("历史资料/%d年/%s%d年工作总结.docx" % (d.year, co.bd["zx"], d.year - 1), year_summary(co, d, True, True))
    put(T + "证书/ISO20000认证证书（扫描）.pdf", iso_cert(co, co.issued()), **c.scan)


def lay_none(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    d = date(2026, 4, r.randint(10, 25))
    put("07 应急保障/汛期保障/%d年主汛期气象信息网络保障方案.docx" % d.year, flood_plan(co, d))
    for i in range(2):
        d = co.fresh()
        put("09 会议纪要/主任办公会/主任办公会纪要%s.docx" % ymd(d), director_minutes(co, d, "iface" in H and i == 0))
    for _ in range(3):
        d = co.fresh()
        put("09 会议纪要/周例会/周例会纪要_%s.docx" % d.strftime("%m%d"), weekly(co, d))
    if "ola" in H:
        d = co.fresh()
        put("09 会议纪要/周例会/周例会纪要_%s(1).docx" % d.strftime("%m%d"),
            weekly(co, d, "各室之间的内部运行保障协议（OLA）由综合室牵头起草，暂按驻场合同服务级别执行。"))
    d = co.fresh()
    put("13 综合/上级来文/全国气象业务运行质量通报_%s.xlsx" % ym(d), cma_notice(co, d))
    d = date(2026, 7, r.randint(5, 25))
    put("04 市县网络/考核/上半年网络运行考核通报.docx", kaohe(co, d))
    d = co.fresh()
    put("03 运行维护/%d年/业务值班表_%s.xlsx" % (d.year, ym(d)), oncall(co, d))
    d = co.fresh()
    put("04 市县网络/采购/县局网络设备采购申请_%s.xlsx" % ymd(d), purchase(co, d))
    me = co.p(2)
    put("个人资料/%s/工作簿1.xlsx" % me, purchase(co, co.fresh()) if "asset_old" in H else asset_list(co, co.fresh()))
    put("个人资料/%s/附件3.docx" % me, baseline(co, co.issued()))
    put("个人资料/%s/新建 DOCX 文档.docx" % co.p(4), weekly(co, co.fresh()))
    put("个人资料/%s/扫描全能王 %s 10.21.pdf" % (co.p(0), date(2026, 1, r.randint(2, 20)).isoformat()), sla(co, date(2026, 1, r.randint(1, 15))), **c.scan)
    d = date(2026, r.randint(6, 10), 28)
    put("个人资料/%s/%s运维服务月报%d年%d月 - 副本.docx" % (co.p(3), co.bd["custs"], d.year, d.month), monthly_report(co, d, True, False))


def archive(c):
    """last year's copies under 历史资料/<year>年/: genuine, a year older, stale"""
    co = c.co
    for name, factory, d in c.made:
        if co.rng.random() >= 0.15:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        if (date(2026, 11, 30) - prev).days <= 365:
            continue
        rel = "历史资料/%d年/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        c.put(rel, factory(prev))


def decoys(c, lock_bytes, keys):
    co, r, H, put = c.co, c.r, c.H, c.put
    C = "05 服务协议（%s）/" % co.bd["custs"]
    put("04 市县网络/表格模板/县局网络安全汛前检查表（空表）.xlsx", blank("县局网络安全汛前检查表", co.fresh(), ["县局", "检查日期", "防火墙状态", "CPU", "告警", "路由器及链路", "终端防病毒", "检查人"]))
    put("03 运行维护/表格模板/变更申请单.docx", blank_doc("气象信息系统变更申请单", co.fresh(), ["变更内容", "影响范围", "测试情况", "回退方案", "审批意见", "实施结果"]))
    put(C + "04 满意度/满意度调查问卷（空白）.xlsx", blank("信息化运维服务满意度调查问卷", co.fresh(), ["维度", "非常满意", "满意", "一般", "不满意", "建议"], 6))
    put(C + "02 协议/信息化运维服务协议（范本）.docx", blank_doc("信息化运维服务协议（范本）", co.fresh(), ["服务范围", "运维方式", "服务级别及核心指标", "健康检查", "期限与费用"]))
    put("03 运行维护/表格模板/故障报告模板.docx", blank_doc("故障报告", co.fresh(), ["故障经过", "故障原因", "处理与恢复", "影响及整改"]))
    if r.random() < 0.6:
        put("07 应急保障/演练/演练记录表（模板）.docx", blank_doc("应急演练记录", co.fresh(), ["演练名称", "演练时间", "过程", "结果", "问题与改进"]))
    put(C + "02 协议/信息化运维服务协议%d（送审稿）.docx" % 2026, void(sla(co, co.fresh()), "draft", "（送审稿）"))
    d = co.fresh()
    put("个人资料/%s/%d年持续改进计划（初稿）.docx" % (co.p(3), d.year + 1), void(improve_plan(co, d, True), "draft", "（初稿）"))
    d = co.fresh()
    put("个人资料/%s/管理评审报告（讨论稿）.docx" % co.p(0), void(mgmt_review(co, d, list(MR)), "draft", "（讨论稿）"))
    if "request" in H:
        put("个人资料/%s/用户服务请求管理规定（征求意见稿）.docx" % co.p(5), void(bare_reg(co, co.fresh(), "qq", "V0.2"), "draft (征求意见稿)", "（征求意见稿）"))
    put("07 应急保障/预案/作废/气象网络安全事件应急预案（2019版）作废.pdf", void(emergency_plan(co, date(2019, 4, 16), True), "obsolete", "（作废）"), **c.scan)
    put("01 规章制度/已废止/问题管理规定（2020年版，已废止）.docx", void(bare_reg(co, date(2020, 6, 3), "wt", "V1.0"), "obsolete", "（已废止）"))
    nas = co.bd["nas"]
    put(nas + "/07 应急保障/灾备切换演练记录_%s.pdf" % ymd(co.fresh()), void(drill(co, co.fresh(), "dr"), "recycle bin"))
    put(nas + "/03 运行维护/变更登记台账导出.xlsx", void(changes(co, co.fresh()), "recycle bin"))
    put(nas + "/08 质量管理/内审报告.docx", void(internal_audit(co, co.fresh()), "recycle bin"))
    put(nas + "/05 服务协议/市县用户回访记录.xlsx", void(callbacks(co, co.fresh()), "recycle bin"))
    put(nas + "/13 综合/运维角色及职责清单.xlsx", void(role_list(co, co.fresh()), "recycle bin"))
    for what in r.sample(["气象网络安全事件应急预案", "气象信息系统变更管理规定", "网络安全事件处置规程", "气象信息业务连续性计划"], 2):
        d = co.fresh()
        put("10 培训/%d年/《%s》学习签到_%s.xlsx" % (d.year, what, ymd(d)), signin(co, d, what))
    put("01 规章制度/现行有效规章制度目录.xlsx", doc_index(co, co.fresh(), keys))
    d = co.fresh()
    put("08 质量管理/管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    put("资质申报/CCRC自评估表（工作稿）.xlsx", ccrc_sheet(co, co.fresh()))
    for i in sorted(r.sample(range(len(UNREL)), 2)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("13 综合/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(nas)]
    for rel in office[4:150:22]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(1)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw("03 运行维护/2026年/11月/2026年11月运维记录.xlsx", b"", "empty file")
    raw("06 网络安全/日志审计/新建 DOCX 文档.docx", b"", "empty file")
    raw(C + "03 健康检查/2026年/2026年第四季度健康检查报告.docx", b"", "empty file")
    raw("04 市县网络/扫描全能王 %s 16.05.pdf" % co.fresh().isoformat(), MIN_PDF, "image-only scan without a text layer")
