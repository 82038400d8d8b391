# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_bf.py - style BF: the 信息科 / 信息中心 of a city 中心血站 (blood centre).

An author voice for the accuracy corpus, used only by the BF shares, written blind (from the form, items.txt, kinds.py's
Doc API, gen.py, kinds_bc.py's mechanics and the README's "The shares", "Ground truth" and "Style BC" sections; never the
rules, the sources or a score).

The organisation: the 信息科 (信息中心) of a city 中心血站.  It runs the 血液管理信息系统 (采血、检验、成分制备、供血), the
献血者服务平台/APP (预约献血, 电子献血证, 检测结果查询), the 采供血业务网 (专线/VPN to the 献血屋, 献血车 and the 县级储血点),
the LIS (血液检测实验室信息系统, 核酸检测 NAT) and the 冷链监控 (储血冷库, 储血冰箱, 运输箱温度).  A contracted 运维 company
keeps two engineers on site (驻场).  Under a 《信息化运维服务协议》 the 信息科 also serves an outside customer: the city
卫健委 信息中心 (临床用血监管平台, 血液信息共享) in bf1/bf3, or a county 人民医院 输血科 (the 县级储血点 it hosts) in bf2/bf4.

How a blood centre files (a 血站 runs a 质量管理体系 under the 《血站质量管理规范》):
- 质量体系文件: 质量手册, 程序文件 (XXXZ-QP-nn) in a 程序文件汇编（第N版） whose chapters are several procedures, 信息科
  管理制度 filed alone with a 编写/审核/批准 table, SOP (XXXZ-SOP-XX-nn), 记录表格 (XXXZ-JL-XX-nn, blank forms are decoys);
- 站 文件 (X血〔2026〕N号) 印发 a 规定; 站务会/站长办公会 纪要 deciding several things at once;
- 运行记录: monthly 信息科运行记录 workbooks whose sheets are record kinds (机房巡检, 安全设备维护, 防病毒, 故障处理, 升级,
  冷链温度 - the last proves nothing), 献血屋/储血点 网络巡检 by quarter, 工单 and 变更 exports;
- the customer folder: 需求调研, 预算, 沟通纪要, 协议, 健康检查, 满意度, 运维服务月报;
- 网络安全: 等保 (血液管理信息系统 三级), 日志审计, 安全通告, 渗透测试, 信息采集, 基线;
- names: 2026.07, 202607, 20260712, 7月, V2.1, 第3版, 终版, (1), " - 副本", 扫描件, 新建 XLSX 工作表.xlsx; 归档/<year>;
  个人/<name>; .recycle.

Judgement calls of this voice (also in the README):
- the 程序文件汇编 (approved as a whole by the 站长, with its own approval page) proves what its chapters write; a procedure
  filed alone proves itself with its approval table; one without approval (草稿/征求意见稿) proves nothing;
- the 计算机信息系统管理程序 proves 10/pdca only with its PDCA chapter (removed where that is a hole);
- the 信息安全事件管理程序 proves 30, 31/incident-process, 34/emergency-process, and 34/incident-process only with its
  事后处理 chapter;
- one SOP of one module is 24's work instruction and 11's manual; the SOP set needs two modules for 24;
- the monthly workbook proves each record kind whose sheet has rows; its 冷链温度 sheet proves nothing (business
  monitoring, not security-device records);
- a 站务会 纪要 proves 28/interface-person only when it records the decision naming the person; a minutes entry that
  says "待定" proves nothing;
- the 运维服务月报 proves 50 with its 趋势 chapter, 56 with the ten-indicator table and 18/22's availability report with its
  可用性 chapter;
- the 质量管理评审 report of the whole 血站 proves 59/management-review and those 60 inputs it writes for 信息;
- a satisfaction survey report proves 41/surveys, 58 and 63/survey; 41 needs two of them (any age) and the trend.
"""

from datetime import date, timedelta

from kinds import Doc

BF_INFO = {
    "bf1": dict(org="澄州市中心血站", jian="澄血", code="CZXZ", it="信息科", cust="澄州市卫生健康委员会信息中心",
                custs="市卫健委信息中心", ckind="wjw", boss_t="副站长",
                sites=("人民广场献血屋", "高铁站献血屋", "大学城献血屋", "1号献血车"),
                depots=("澄东县储血点", "临溪县储血点", "北川县储血点"), nas=".recycle",
                holes={"survey_notime", "ola_draft", "pdca", "collect", "pentest_old", "devplan_draft", "trend",
                       "bcp_draft", "callbacks", "opp_unapproved", "forecast", "request"}),
    "bf2": dict(org="岚江市中心血站", jian="岚血", code="LJXZ", it="信息中心", cust="岚江市临河县人民医院输血科",
                custs="临河县人民医院输血科", ckind="hosp", boss_t="副站长",
                sites=("万达献血屋", "江滨公园献血屋", "火车站献血屋", "2号献血车"),
                depots=("临河县储血点", "西岭县储血点"), nas="#recycle",
                holes={"budget_tpl", "hist_noanalysis", "kpis", "compat", "kb_empty", "cmdb", "drdrill",
                       "desk_train", "ia_old", "criteria", "defects_old", "grading_criteria"}),
    "bf3": dict(org="衡阳岭市中心血站", jian="衡血", code="HYXZ", it="信息科", cust="衡阳岭市卫生健康委员会信息中心",
                custs="市卫健委信息中心", ckind="wjw", boss_t="站长",
                sites=("中心广场献血屋", "步行街献血屋", "开发区献血屋", "3号献血车"),
                depots=("石门县储血点", "安仁县储血点", "双牌县储血点"), nas=".recycle",
                holes={"survey_nosec", "no_outsourcing", "hw_old", "roles", "aplan", "iface", "no_recovery",
                       "bulletin_partial", "capa", "itrack", "sec_nopost", "wi_one"}),
    "bf4": dict(org="丰原市中心血站", jian="丰血", code="FYXZ", it="信息中心", cust="丰原市南坪县人民医院输血科",
                custs="南坪县人民医院输血科", ckind="hosp", boss_t="副站长",
                sites=("时代广场献血屋", "北站献血屋", "1号献血车"),
                depots=("南坪县储血点", "东湖县储血点"), nas="#recycle",
                holes={"comm_noagree", "catalog_nosec", "test_norollback", "slm", "health_old", "ci",
                       "monthly_notrend", "no_data", "audit_rule", "aware_signin", "mr_partial", "svc_noauto",
                       "problem"}),
}

HAN = "零一二三四五六七八九"
ZHN = "〇一二三四五六七八九"
NOW = date(2026, 11, 30)


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
    return "%04d%02d" % (d.year, d.month)


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
    return "%d年%d月" % (d.year, d.month)


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
            h = "%d %s" % (self.n, heading)
        else:
            h = "第%s条 %s" % (han(self.n), heading)
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


def I(co):
    return co.bf


def org(co):
    return co.bf["org"]


def dept(co):
    return co.bf["org"] + co.bf["it"]


def ctl(co, d, code, ver, status="受控"):
    """the 编写/审核/批准 table of a 血站 质量体系 document"""
    return [("table", [["文件编号", code, "版本/修订", ver],
                       ["编写", co.p(1), "审核", co.p(0)],
                       ["批准", "%s（%s）" % (co.boss, co.bf["boss_t"]), "受控状态", status],
                       ["批准日期", anyd(co, d), "生效日期", anyd(co, d + timedelta(days=10))]])]


def fill(co, s):
    return s.replace("{it}", co.bf["it"]).replace("{custs}", co.bf["custs"]).replace("{org}", co.bf["org"]) \
        .replace("{v}", co.vendor).replace("{s0}", co.sys(0)).replace("{s1}", co.sys(1)).replace("{s2}", co.sys(2))


# ------------------------------------------------------------------------------ 程序文件 / 管理制度

# key: (name, code, [(chapter, [paras], items, tag)])
REGS = {
    "xt": ("计算机信息系统管理程序", "QP-21", [
        ("目的", ["确保{s0}、献血者服务平台、采供血业务网、LIS及冷链监控系统安全、稳定、连续运行，保证血液信息的完整、准确和可追溯，"
                 "满足《血站质量管理规范》和《血站技术操作规程》对计算机信息系统的要求。"], [], None),
        ("范围", ["适用于本站及所属献血屋、献血车、县级储血点的计算机信息系统；按《信息化运维服务协议》向{custs}提供的运维服务参照执行。"], [], None),
        ("职责", ["{it}负责信息系统的规划、运行维护和安全管理；驻场运维单位（{v}）在{it}的管理下承担日常运维；各业务科室指定信息联络员。"], [], None),
        ("运维管理模式（PDCA）", ["策划：每年初{it}根据业务需求制定年度运维目标、服务目录、运维计划和预算；",
                               "实施：按程序文件、SOP执行日常运维、巡检、变更和事件处理，形成记录；",
                               "监视与评审：按月统计运维指标并编制运维服务月报，每半年开展满意度调查，参加全站质量体系内部审核和管理评审；",
                               "持续改进：对未达目标和审核发现的不符合开具纠正预防措施，纳入年度持续改进计划并验证关闭。"], ["10/pdca"], "pdca"),
        ("运行要求", ["{s0}实行7×24小时运行；系统变更须经审批并在非采血时段实施；献血屋网络中断时按手工应急程序采血登记。"], [], None)]),
    "aq": ("信息安全事件管理程序", "QP-22", [
        ("目的", ["规范信息安全事件的分类、报告、处置和事后处理，防止献血者个人信息和血液数据泄露、篡改或丢失。"], [], None),
        ("事件分类分级", ["信息安全事件分为：有害程序事件（勒索病毒、木马）、网络攻击事件、信息破坏与泄露事件（献血者隐私、检测结果）、"
                       "设备设施故障（冷链监控中断、专线中断）和其他事件；按影响分为特别重大、重大、较大、一般四级。"], [], None),
        ("事件报告", ["发现人立即报告{it}值班人员，值班人员15分钟内报告科长；较大及以上事件30分钟内报告分管站领导和网络安全领导小组，"
                   "涉及献血者个人信息泄露的按规定报告市卫健委和属地公安网安部门；影响{custs}的同时通知其接口人。"], ["30/reporting-process"], None),
        ("事件处置", ["处置步骤：确认与定级→隔离（断开献血屋专线或下线APP接口）→排查根因→清除→恢复业务→验证；全过程记入事件处理单。"],
         ["30/response-process", "31/incident-process"], None),
        ("应急响应", ["事件达到《网络安全事件应急预案》启动条件的，由网络安全领导小组组长宣布启动应急响应，成立技术处置组和业务保障组，"
                   "采血、供血业务转入手工应急流程，事态消除后宣布终止。"], ["34/emergency-process"], None),
        ("事后处理", ["事件处置结束后5个工作日内编写事件报告，分析原因、评估损失、明确整改措施和责任人，更新知识库和应急预案，在科务会上通报。"],
         ["34/incident-process"], "post")]),
    "bg": ("信息系统变更管理程序", "QP-23", [
        ("目的", ["对{s0}、LIS、网络及安全设备的配置、版本和运维方案、资源的变更进行有效控制，防止变更影响采供血业务。"], [], None),
        ("变更流程", ["变更申请人填写《信息系统变更申请表》（JL-XX-023-01），写明变更内容、影响范围、测试验证结果和回退方案；",
                   "一般变更由{it}科长审批；涉及血液质量数据、检测判定规则、标签打印的重大变更须经质量管理科确认并经分管站领导批准，必要时进行验证；",
                   "变更在非采血时段实施，实施后验证并记录；失败的按回退方案恢复；紧急变更可口头批准，24小时内补办手续；",
                   "变更申请表、验证记录和结果完整归档，每季度统计变更成功率。"], ["54/procedure"], None)]),
    "sj": ("信息系统故障（事件）管理程序", "QP-24", [
        ("目的", ["尽快恢复信息服务，减少故障对采血、检验、供血业务的影响。"], [], None),
        ("事件受理与处理", ["事件来源：监控告警、献血屋/储血点电话报障、服务台登记；由服务台统一登记事件单。",
                         "事件按影响分为一至四级，一级（{s0}全站不可用、冷链监控中断）15分钟响应，二线或厂商30分钟内介入；",
                         "事件解决后服务台回访报障人确认后关闭。"], ["49/incident-procedure"], None)]),
    "qq": ("信息服务请求管理程序", "QP-25", [
        ("目的", ["规范各科室及献血屋提出的账号开通、权限变更、报表提取、设备领用等服务请求。"], [], None),
        ("请求流程", ["请求人填写服务请求单或在服务台登记，经科室负责人审批；涉及献血者信息查询导出的须经质量管理科和分管领导审批；",
                   "服务台分派，承办人在服务目录规定时限内办结，请求人确认后关闭。"], ["49/request-procedure"], None)]),
    "wt": ("信息系统问题管理程序", "QP-26", [
        ("目的", ["查找并消除重复故障和重大故障的根本原因，防止再次发生。"], [], None),
        ("问题流程", ["一级事件、同类故障一个月内发生三次以上、失败变更，均应立问题单；",
                   "问题负责人10个工作日内完成根因分析，提出临时措施和永久解决方案，需变更的按变更管理程序执行；",
                   "问题解决后验证关闭，形成已知错误记录录入知识库；未关闭问题在科务会跟踪。"], ["20/procedure", "37/procedure"], None)]),
    "zs": ("信息科知识管理规定", "QP-27", [
        ("目的", ["积累运维经验，建立知识库，提高一线解决率。"], [], None),
        ("知识流程", ["知识来源：故障处理、问题分析、变更经验、厂商资料、献血屋常见问题；",
                   "工程师提交知识条目→科长审核→发布到知识库→服务台和驻场人员使用→每季度复核，失效条目下线。"], ["21/procedure"], None)]),
    "slm": ("信息服务级别管理程序", "QP-28", [
        ("目的", ["规范信息服务级别的设计、协商、签订、监视和评审。"], [], None),
        ("服务级别管理", ["根据业务需求制定服务目录和服务级别，与{custs}签订《信息化运维服务协议》，与驻场运维单位约定服务级别，"
                       "内部与各业务科室约定运营级别；服务级别达成情况按月统计，每季度与{custs}评审，未达标项纳入持续改进。"], ["39/slm-procedure"], None)]),
    "nsh": ("内部审核程序", "QP-05", [
        ("目的", ["按计划的时间间隔验证质量管理体系（含信息系统运维管理）符合《血站质量管理规范》和本站体系文件的要求，满足服务需求并被有效实施和保持。"], [], None),
        ("审核安排", ["每年至少开展一次覆盖全部部门和过程的内部审核，内审员经培训考核合格，不审核本部门工作；",
                   "流程：年度审核方案→审核实施计划→首次会议→现场审核（检查表）→不符合项报告→末次会议→整改验证→审核报告输入管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], None)]),
    "jc": ("信息服务监视与测量规定", "QP-29", [
        ("目的", ["对信息服务的实现情况进行监视和测量。"], [], None),
        ("监视测量", ["监视内容：系统可用率、服务满意度、投诉建议、故障按时解决率、变更成功率等指标；",
                   "每月统计并在运维服务月报中通报，每半年开展满意度调查，未达目标的开具纠正预防措施并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], None)]),
    "gj": ("持续改进控制程序", "QP-18", [
        ("目的", ["对改进措施进行识别、记录、批准、评估、测量和报告。"], [], None),
        ("改进流程", ["改进来源：内审、管理评审、献血者和科室投诉、故障与问题分析、指标未达成、员工建议；",
                   "提出人填写改进建议登记表→{it}按评估标准打分排序→分管站领导批准→实施→测量效果→在管理评审中报告。"],
         ["65/procedure"], "improve")]),
    "yf": ("预防措施控制程序", "QP-17", [
        ("目的", ["采取预防措施，消除潜在不符合的原因，防止其发生。"], [], None),
        ("预防措施", ["潜在问题来源：容量趋势、巡检隐患、设备维保到期、冬春季血液供应紧张期和无偿献血宣传活动前的风险评估；",
                   "预防措施经科长批准后实施，一个月内验证其有效性并记录在《预防措施记录单》中。"], ["66/preventive-actions"], None)]),
    "px": ("信息安全培训管理规定", "QP-30", [
        ("目的", ["规范对本站员工、献血屋工作人员和{custs}人员提供的信息安全培训服务。"], [], None),
        ("培训流程", ["培训需求调查→年度培训计划→课件编写与审核→实施（现场或线上，签到）→考核→效果评价→培训档案归档。"],
         ["31/training-process"], None)]),
    "st": ("渗透测试管理规定", "QP-31", [
        ("目的", ["规范对献血者服务平台/APP、微信公众号及对外接口的渗透测试。"], [], None),
        ("测试流程", ["取得分管站领导书面授权→确定范围和窗口（避开献血高峰和节假日献血活动）→信息收集→漏洞发现与验证→报告→整改→复测；",
                   "测试不得使用拒绝服务手段，不得读取真实献血者数据。"], ["31/pentest-process"], None)]),
}


def reg_drop(co):
    H = co.bf["holes"]
    return ({"pdca"} if "pdca" in H else set()) | ({"post"} if "sec_nopost" in H else set())


def reg_body(co, key, style="num"):
    name, code, chs = REGS[key]
    b, items, t, ci = [], [], 0, 0
    for ch, paras, its, tag in chs:
        if tag and tag in reg_drop(co):
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


def reg_doc(co, d, key, ver=None):
    name, code, _ = REGS[key]
    body, items = reg_body(co, key)
    ver = ver or "第%d版/%d" % (co.rng.randint(3, 6), co.rng.randint(0, 2))
    b = [("p", org(co)), ("title", name)] + ctl(co, d, "%s-%s" % (co.bf["code"], code), ver) + body
    return Doc("reg:" + key, name, d, sorted(set(items)), False, b)


def qp_book(co, d, keys):
    """程序文件汇编: a cover with its own approval page, then every procedure as a chapter"""
    v = co.rng.randint(4, 6)
    b = [("p", org(co)), ("title", "程序文件（第%s版）" % han(v)), ("p", "文件编号：%s-QP-HB" % co.bf["code"])]
    b += ctl(co, d, "%s-QP-HB" % co.bf["code"], "第%d版/0" % v)
    b += [("p", "批准令：本程序文件是本站质量管理体系文件的组成部分，经批准，自%s起实施，全站员工遵照执行。" % cnd(d + timedelta(days=10))),
          ("h1", "目录")] + [("p", "%s-%s  %s" % (co.bf["code"], REGS[k][1], REGS[k][0])) for k in keys]
    items = []
    for k in keys:
        body, its = reg_body(co, k)
        b += [("break",), ("h1", "%s-%s %s" % (co.bf["code"], REGS[k][1], REGS[k][0]))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("qp_book", "程序文件汇编", d, sorted(set(items)), False, b)


def next_no(co, d):
    co.bf_no[d.year] = co.bf_no.get(d.year, co.rng.randint(8, 30)) + co.rng.randint(2, 9)
    return "%s〔%d〕%d号" % (co.bf["jian"], d.year, co.bf_no[d.year])


def zhan_doc(co, d, key):
    """a 站 文件 that 印发 a 规定, filed whole"""
    name, code, _ = REGS[key]
    body, items = reg_body(co, key, style="zhang")
    no = next_no(co, d)
    top = [("big", org(co) + "文件"), ("p", no), ("title", "关于印发《%s》的通知" % name),
           ("p", "各科室、献血屋："), ("p", "《%s》已经站务会研究通过，现印发给你们，请认真贯彻执行。" % name),
           ("p", org(co)), ("p", sign_date(d))]
    doc = Doc("reg:" + key, name, d, sorted(set(items)), False, top + [("break",), ("title", name)] + body)
    doc.bf_no = no
    return doc


# ------------------------------------------------------------------------------ SOP (24, 11)

SOPS = {
    "bk": ("血液管理信息系统数据备份与恢复操作规程", "信息科",
           ["每日8:30检查{s0}数据库全量备份和归档日志备份作业结果", "每周将备份介质异地存放至档案室保险柜，登记备份介质交接记录",
            "每季度在测试服务器上执行一次恢复验证，核对献血者、血液和检测记录条数", "备份失败立即报告科长并当日补做"]),
    "fw": ("防火墙及网闸运行维护操作规程", "信息科/驻场运维",
           ["每日登录防火墙和网闸管理界面检查CPU、内存、会话数和告警", "策略变更须有批准的变更申请表，变更前导出配置备份",
            "每月核查献血屋专线VPN隧道状态和访问控制策略", "每季度升级特征库并记录升级结果"]),
    "av": ("终端防病毒维护操作规程", "信息科",
           ["每日检查防病毒管理中心病毒库更新和终端在线情况", "每周下发全网快速查杀，每月全盘查杀，导出查杀日志",
            "献血屋、献血车终端返站后接入前先查杀", "发现病毒按信息安全事件管理程序报告"]),
    "ll": ("冷链监控系统运行维护操作规程", "信息科/供血科",
           ["每日检查冷链监控平台各储血冰箱、冷库探头在线状态", "温度报警短信通道每月测试一次",
            "探头离线超过30分钟通知供血科并现场检查", "每年配合计量检定校准温度探头"]),
    "xw": ("献血屋网络及终端巡检操作规程", "信息科/驻场运维",
           ["检查献血屋路由器、4G备份链路和VPN连接", "检查采血登记终端、标签打印机和身份证读卡器",
            "核对终端防病毒客户端版本", "将结果记入献血屋网络巡检表，异常项登记事件单"]),
}


def sop(co, d, key, n):
    name, owner, steps = SOPS[key]
    code = "%s-SOP-XX-%03d" % (co.bf["code"], n)
    p = Sec(name, "dig").head(*ctl(co, d, code, "第%d版/%d" % (co.rng.randint(2, 5), co.rng.randint(0, 3))))
    p.part("目的", ["规范%s的操作，确保操作一致、可追溯。" % name.replace("操作规程", "")])
    p.part("适用范围及职责", ["适用于%s。" % owner])
    p.part("操作步骤", ["%d) %s。" % (i, fill(co, s)) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    p.part("记录", ["操作结果记入相应的记录表格（%s-JL-XX-%03d-01），记录保存十年。" % (co.bf["code"], n)])
    return p.doc("sop", d, False)


# ------------------------------------------------------------------------------ the customer

def survey(co, d, time_req, sec_types):
    C = co.bf["custs"]
    p = Sec("%s信息化运维服务需求调研报告" % C, "cn")
    p.head(("p", "调研单位：%s    日期：%s" % (dept(co), anyd(co, d))))
    p.part("调研概况", ["%s于%d年%d月走访%s，与%s、%s座谈，并结合%s“十四五”信息化规划形成本报告。" % (co.bf["it"], d.year, d.month, C, co.cp(0), co.cp(1), org(co))])
    if co.bf["ckind"] == "hosp":
        rows = [["系统/服务", "服务时间", "响应时限", "到场时限"], ["储血点血液出入库终端", "7×24", "15分钟", "4小时"],
                ["冷链温度监控", "7×24", "15分钟", "2小时"], ["储血点专线", "7×24", "30分钟", "4小时"], ["工作日咨询", "周一至周五8:00-17:30", "1小时", "—"]]
    else:
        rows = [["系统/服务", "服务时间", "响应时限", "到场时限"], ["临床用血监管平台接口", "7×24", "30分钟", "—"],
                ["血液信息共享交换", "7×24", "30分钟", "—"], ["数据报送", "工作日8:00-17:30", "2小时", "—"]]
    p.part("服务时间需求", ["%s要求核心业务全年无休，7×24小时服务；节假日安排值班。" % C, ("table", rows)], ["1/survey"], on=time_req)
    p.part("信息安全服务需求和类型", ["调研提出的安全服务需求：安全设备运维、献血者与用血患者个人信息保护、等级保护合规、安全通告与漏洞修补、应急响应。",
                               ("table", [["类型", "内容", "优先级"], ["安全设备运维", "专线防火墙、VPN设备策略维护", "高"],
                                          ["数据安全", "个人信息防泄露、数据交换审计", "高"], ["合规", "等保测评整改配合", "中"],
                                          ["应急响应", "勒索病毒、专线中断处置", "高"]])], ["5/survey"], on=sec_types)
    p.part("结论", ["以上需求经双方确认，作为服务目录和《信息化运维服务协议》的输入。"])
    return p.doc("survey", d, False)


def budget(co, d):
    rows = [[1, "专线及安全设备运维", 120, "驻场工程师1名", 900, 108000, "%d年1月起" % d.year],
            [2, "季度健康检查", 16, "高级工程师1名", 1500, 24000, "3、6、9、12月"],
            [3, "系统运行维护及数据报送保障", 90, "运维工程师1名", 900, 81000, "全年"],
            [4, "漏洞扫描及等保整改配合", 10, "安全工程师", 2000, 20000, "%d年6月前" % d.year],
            ["", "合计", 236, "", "", 233000, ""]]
    return book("budget", "%d年度%s信息化运维预算表" % (d.year, co.bf["custs"]), d, False,
                [("预算", ["序号", "工作内容", "工作量（人天）", "人员配置", "单价（元）", "经费（元）", "节点"], rows, ["2/budget"])],
                note="编制：%s  审核：%s" % (co.p(1), co.p(0)))


def comm_minutes(co, d, agreed):
    p = Sec("信息化运维服务沟通会纪要", "cn")
    p.head(("p", "时间：%s    地点：%s三楼会议室" % (anyd(co, d), org(co))),
           ("p", "参加：%s %s、%s；%s %s、%s；驻场运维 %s" % (co.bf["custs"], co.cp(0), co.cp(1), co.bf["it"], co.p(0), co.p(2), co.vp(0))))
    p.part("议题", ["下一年度运维服务范围、服务方式、健康检查频次和月报安排。"])
    if agreed:
        p.part("达成共识", ["1. 服务范围：%s专线、终端及安全设备，数据接口；" % co.bf["custs"],
                         "2. 服务方式：驻场值守+定期巡检+远程值守；健康检查每季度一次；每月5日前报送运维服务月报；",
                         "3. 双方对上述内容达成一致，据此签订《信息化运维服务协议》。",
                         "签字确认：%s   %s" % (co.cp(0), co.p(0))], ["3/communication"])
    else:
        p.part("讨论情况", ["%s希望增加夜间到场服务，%s认为超出人员配置，双方意见未统一；健康检查频次待请示领导后再议。" % (co.bf["custs"], co.bf["it"])])
        p.part("下一步", ["%s下周提交两套方案再沟通。" % co.p(0)])
    return p.doc("communication", d, False)


def history_list(co, d):
    rows = [[i, n, s, "%d年1-12月" % (d.year - 1), co.rng.randint(60, 5000), o]
            for i, (n, s, o) in enumerate([("故障事件单", "运维服务台", "信息科"), ("变更申请表", "纸质/扫描", "信息科"),
                                            ("服务请求单", "运维服务台", "信息科"), ("监控告警", "Zabbix", "驻场运维"),
                                            ("防火墙日志", "日志审计系统", "信息科"), ("冷链报警记录", "冷链监控平台", "供血科"),
                                            ("满意度调查", "问卷", "信息科")], 1)]
    return book("history_list", "上年度运维历史数据清单", d, False,
                [("清单", ["序号", "数据名称", "来源", "时间范围", "数量", "保管"], rows, ["4/history-list"])])


def history_analysis(co, d):
    p = Sec("%d年度运维历史数据分析报告" % (d.year - 1), "cn")
    p.head(("p", "编制：%s  %s" % (co.p(2), anyd(co, d))))
    p.part("指标完成情况", ["%s可用率99.95%%（目标99.9%%），故障按时解决率96.2%%，献血屋专线可用率99.6%%。" % co.sys(0)], ["4/analysis"])
    p.part("违例操作", ["违例操作5次：献血车终端私自插U盘2次，未经审批修改防火墙策略1次，共用账号登录2次。"])
    p.part("重大事件", ["一级事件1起：%d年7月数据库存储故障导致%s中断1小时40分，献血屋转手工登记。" % (d.year - 1, co.sys(0))])
    p.part("重大（失败）变更", ["失败变更2次（LIS接口升级1次、标签模板变更1次），均已回退。"])
    return p.doc("history_analysis", d, False)


def ops_strategy(co, d):
    p = Sec("%d年运维保障策略及实施方案" % d.year, "cn").head(*ctl(co, d, "%s-XX-FA-%d" % (co.bf["code"], d.year), "V1.0"))
    p.part("依据", ["根据上年度运维历史数据分析报告提出的问题制定。"])
    p.part("保障策略与实施", [("table", [["措施", "负责人", "时间"], ["存储双控改造及数据库备份异地化", co.p(1), "4月"],
                                      ["终端USB管控", co.p(3), "5月"], ["变更前验证清单", co.p(2), "3月"], ["献血高峰前专项巡检", co.vp(0), "1月、7月"]])],
           ["4/strategy"])
    return p.doc("ops_strategy", d, False)


def sla(co, d, health=True):
    p = Sec("信息化运维服务协议", "tiao")
    p.head(("p", "甲方：%s    乙方：%s" % (co.bf["cust"], dept(co))), ("p", "协议编号：%s-YW-%d-%02d" % (co.bf["code"], d.year, co.rng.randint(1, 9))))
    p.part("服务内容", ["乙方为甲方提供%s相关系统、专线、终端及安全设备的运行维护服务。" % co.bf["custs"]], ["39/sla"])
    p.part("运维方式", ["乙方采用驻场值守（工作日驻场工程师）、定期巡检（每月一次现场巡检）和远程值守（7×24远程监控）相结合的方式提供服务。"], ["35/sla"])
    p.part("服务级别及核心指标", [("table", [["指标", "承诺值"], ["核心系统可用率", "≥99.9%"], ["一级故障响应时间", "≤15分钟"],
                                           ["一级故障恢复时间", "≤2小时"], ["冷链监控数据完整率", "≥99.5%"], ["满意度", "≥90分"]])], ["36/sla"])
    p.part("健康检查", ["乙方每季度对甲方安全设备和业务系统开展一次健康检查，以现场检查为主、远程检查为辅，检查后5个工作日内提交健康检查报告。"],
           ["15/agreement"], on=health)
    p.part("期限", ["本协议有效期自%d年1月1日至%d年12月31日。" % (d.year, d.year)])
    return p.doc("sla", d, False, [("p", "甲方（盖章）：%s    乙方（盖章）：%s" % (co.bf["cust"], org(co))), ("p", "签订日期：%s" % cnd(d))])


def health(co, d, q):
    p = Sec("%d年第%s季度健康检查报告" % (d.year, han(q)), "cn")
    p.head(("p", "服务对象：%s  检查方式：现场检查+远程检查  检查人：%s、%s  日期：%s" % (co.bf["custs"], co.p(3), co.vp(1), anyd(co, d))))
    p.part("安全设备健康检查", [("table", [["设备", "可用性", "CPU/内存", "持续运行时间", "结论"],
                                        ["专线防火墙", "正常", "21%/40%", "%d天" % co.rng.randint(40, 300), "正常"],
                                        ["VPN网关", "正常", "12%/33%", "%d天" % co.rng.randint(40, 300), "正常"]])])
    p.part("业务系统健康检查", [("table", [["系统", "可用率", "响应时间", "结论"], ["血液出入库终端/接口", "99.97%", "0.6s", "正常"],
                                        ["冷链监控", "99.9%", "—", "探头1个电池低，已更换"]])])
    p.part("结论与建议", ["设备和系统总体运行正常，可用性、持续性满足协议要求；建议下季度更换VPN网关电源模块。"])
    p.items = ["15/records", "46/records"]
    return p.doc("health", d, True)


def satisfaction(co, d, half):
    s = co.rng.randint(88, 96)
    p = Sec("%d年%s信息服务满意度调查报告" % (d.year, half), "cn")
    p.part("调查情况", ["%s向本站各科室、献血屋和%s发放问卷%d份，回收%d份。" % (co.bf["it"], co.bf["custs"], 60, co.rng.randint(48, 58))])
    p.part("结果与分析", [("table", [["维度", "得分"], ["响应及时性", s], ["解决效果", s - 2], ["服务态度", s + 2], ["综合", s]]),
                       "响应及时性和服务态度满意度较高；解决效果失分主要在献血车终端网络问题，将增加4G备份。"], ["41/surveys", "58/survey", "63/survey"])
    return p.doc("satisfaction", d, True)


def sat_trend(co, d):
    rows = [["2024下半年", 87.5], ["2025上半年", 89.2], ["2025下半年", 90.6], ["2026上半年", 92.1]]
    return book("sat_trend", "满意度趋势分析（2024-2026）", d, True,
                [("趋势", ["期次", "综合得分"], rows, ["41/trend"]),
                 ("分析", ["结论"], [["综合满意度连续三期上升；解决效果维度仍是短板，持续关注献血车网络"]], [])])


def callbacks(co, d):
    rows = [[anyd(co, d - timedelta(days=i * 9)), s, co.p(i), "电话回访", "满意"] for i, s in enumerate(co.bf["sites"] + co.bf["depots"])]
    return book("callbacks", "服务回访记录", d, True, [("回访", ["日期", "回访对象", "回访人", "方式", "结果"], rows, ["63/follow-up-visits"])])


def monthly(co, d, trend, data):
    p = Sec("运维服务月报（%d年%d月）" % (d.year, d.month), "cn")
    p.head(("p", "报送：%s  编制：%s" % (co.bf["custs"], co.vp(0))))
    p.part("本月运行概况", ["本月处理故障事件%d件、服务请求%d件、变更%d项。" % (co.rng.randint(10, 40), co.rng.randint(30, 90), co.rng.randint(2, 9))])
    p.part("可用性", [("table", [["系统", "可用率", "计划停机", "非计划停机"], [co.sys(0), "99.98%", "2h", "0"], [co.sys(2), "99.91%", "0", "38min"]])],
           ["18/availability-report", "22/report"])
    p.part("指标趋势分析", [("table", [["指标", "%d月" % max(1, d.month - 2), "%d月" % max(1, d.month - 1), "%d月" % d.month],
                                     ["故障按时解决率", "95.1%", "96.0%", "97.3%"], ["专线可用率", "99.5%", "99.7%", "99.8%"]]),
                          "各项指标连续三个月向好。"], ["50/monitoring-report"], on=trend)
    p.part("运维数据统计", [("table", [["指标", "本月"], ["异常报告及时率", "100%"], ["异常漏报率", "0"], ["维护作业计划及时完成率", "98%"],
                                     ["故障隐患发现率", "92%"], ["故障及时处理率", "97%"], ["重大故障发生次数", "0"], ["变更成功率", "100%"],
                                     ["巡检完成率", "100%"], ["客户投诉次数", "1"], ["服务满意率", "93%"]])], ["56/data"], on=data)
    return p.doc("monthly", d, True)


# ------------------------------------------------------------------------------ design documents

def catalog(co, d, nosec):
    rows = [["初始服务", "资产识别、配置项建立、运维流程导入"], ["安全设备运维", "防火墙、VPN、网闸、防病毒的日常维护"],
            ["日常巡检服务", "机房、献血屋、储血点每日/每月巡检"], ["健康检查", "每季度安全设备和业务系统健康检查"],
            ["安全事件审计", "网络及安全设备、服务器、操作系统、应用日志审计"], ["运维监控与分析", "7×24监控和月度分析"],
            ["终端安全监控", "终端准入、防病毒、USB管控"], ["等级保护合规性运维", "等保测评配合和整改"]]
    items = ["12/catalog", "19/catalog", "29/catalog"]
    if not nosec:
        rows += [["安全通告及漏洞分析", "漏洞、病毒、厂商通告和分析"], ["应急响应服务", "安全事件应急响应和演练"]]
        items.append("26/catalog")
    b = [("title", "信息安全运维服务目录")] + ctl(co, d, "%s-XX-ML-01" % co.bf["code"], "V%d.0" % co.rng.randint(2, 4)) + \
        [("table", [["服务项", "服务内容"]] + rows)]
    return Doc("catalog", "服务目录", d, items, False, b)


def avail_kpis(co, d):
    rows = [["整体指标", "信息系统整体可用率", "≥99.9%"], ["单系统指标", co.sys(0) + "可用率", "≥99.95%"], ["单系统指标", "LIS可用率", "≥99.9%"],
            ["单系统指标", "献血者服务平台可用率", "≥99.5%"], ["单系统指标", "冷链监控在线率", "≥99.5%"]]
    return book("kpis", "信息系统可用性指标清单", d, False, [("指标", ["类型", "指标", "目标值"], rows, ["6/availability-kpis"])])


def svc_analysis(co, d, auto):
    p = Sec("以往运维服务方案及对生产影响分析报告", "cn")
    p.part("以往方案及影响", ["2025年存储扩容、LIS接口升级、献血屋专线改造三项方案实施，均安排在非采血时段，对采供血生产影响：停机合计3.5小时，无血液报废。"],
           ["7/impact-analysis"])
    p.part("安全事件解决效率及可自动化服务", ["2025年安全事件平均解决时长4.2小时，其中病毒库更新检查、备份结果检查、冷链探头离线告警处理耗时最多；"
                                     "建议将以上三项及日志日报改为脚本自动执行。"], ["7/automation"], on=auto)
    return p.doc("svc_analysis", d, False)


def sld(co, d):
    p = Sec("附件三 服务级别设计", "dig")
    p.head(("p", "%s运维服务外包合同附件（乙方：%s）" % (org(co), co.vendor)))
    p.part("服务级别", [("table", [["级别", "定义", "响应", "解决"], ["一级", "%s全站中断或冷链监控中断" % co.sys(0), "15分钟", "2小时"],
                                  ["二级", "单个献血屋或储血点中断", "30分钟", "4小时"], ["三级", "单终端故障", "2小时", "1个工作日"]])], ["8/sld"])
    return p.doc("sld", d, False)


def ola(co, d):
    p = Sec("信息科内部运营级别协议（OLA）", "dig").head(*ctl(co, d, "%s-XX-OLA-01" % co.bf["code"], "V1.0"))
    p.part("内部级别", ["与外包服务级别设计一致：一级事件网络组、系统组15分钟内响应，2小时内解决；二级30分钟响应、4小时解决；三级2小时响应。"], ["8/ola"])
    return p.doc("ola", d, False)


def org_chart(co, d, outsourcing):
    p = Sec("网络安全和信息化组织架构及职责", "cn").head(*ctl(co, d, "%s-XX-ZZ-01" % co.bf["code"], "V2.0"))
    p.part("网络安全和信息化领导小组", ["组长：%s（站长）；副组长：%s（%s）；成员：质量管理科、业务科室负责人。" % (co.p(5), co.boss, co.bf["boss_t"])])
    ex = "执行组：%s科长%s，工程师%s、%s" % (co.bf["it"], co.p(0), co.p(1), co.p(2))
    if outsourcing:
        ex += "；驻场运维单位%s工程师%s、%s" % (co.vendor, co.vp(0), co.vp(1))
    p.part("执行组", [ex + "。"])
    p.items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if outsourcing else [])
    return p.doc("org_chart", d, False)


def staff_list(co, d, outsourcing):
    rows = [[co.p(i), co.bf["it"], r, "在岗"] for i, r in enumerate(["科长", "系统管理员", "网络管理员", "安全管理员", "数据库管理员"])]
    if outsourcing:
        rows += [[co.vp(i), co.vendor, r, "驻场"] for i, r in enumerate(["驻场工程师", "驻场工程师"])]
    its = ["9/staff-list"] + (["9/outsourcing"] if outsourcing else [])
    return book("staff", "运维人员清单", d, False, [("人员", ["姓名", "单位", "岗位", "状态"], rows, its)])


def role_list(co, d):
    rows = [["网络安全领导小组", "决策、资源保障", co.p(5)], ["安全管理员", "安全策略、审计", co.p(3)], ["系统管理员", "服务器和数据库运维", co.p(1)],
            ["网络管理员", "网络及安全设备运维", co.p(2)], ["服务台", "受理、派单、回访", co.vp(0)]]
    return book("roles", "安全运维角色清单", d, False, [("角色", ["角色", "职责", "人员"], rows, ["18/roles", "23/roles"])])


def iface_minutes(co, d, decided):
    p = Sec("站务会会议纪要（%d年第%d次）" % (d.year, co.rng.randint(5, 20)), "cn")
    p.head(("p", "时间：%s  主持：%s  记录：%s" % (anyd(co, d), co.p(5), co.p(4))))
    p.part("冬季血液供应保障", ["采供血科汇报库存，会议决定12月起增加大学城献血屋周末开放时间。"])
    if decided:
        p.part("网络安全管理接口人", ["会议决定：指定%s科%s为本站网络安全管理接口人，负责与市卫健委、公安网安部门及%s的安全事务对接，%s为B角。" % (co.bf["it"], co.p(3), co.bf["custs"], co.p(2))],
               ["28/interface-person"])
    else:
        p.part("网络安全管理接口人", ["市卫健委要求各单位明确网络安全接口人，人选待%s提出后再定。" % co.bf["it"]])
    p.part("其他", ["通过工会春游方案。"])
    return p.doc("minutes", d, False)


def desk_notice(co, d):
    no = next_no(co, d)
    b = [("big", org(co) + "文件"), ("p", no), ("title", "关于设立信息服务台的通知"),
         ("p", "为统一受理信息系统故障和服务请求，决定在%s设立信息服务台。" % co.bf["it"]),
         ("p", "职责：受理全站及献血屋、储血点的报障和服务请求，登记、派单、跟踪、回访。"),
         ("p", "联系方式：内线8%03d，值班手机1380000%04d，工作时间7×24小时。" % (co.rng.randint(100, 999), co.rng.randint(1000, 9999))),
         ("p", org(co)), ("p", sign_date(d))]
    return Doc("desk", "服务台设立", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[anyd(co, d), co.vp(i % 3), "服务台受理规范、事件分级、%s常见故障" % co.sys(0), "2学时", "合格"] for i in range(4)]
    return book("desk_training", "服务台人员培训记录", d, True, [("培训", ["日期", "姓名", "内容", "学时", "考核"], rows, ["48/training"])])


def asset_list(co, d):
    rows = [["ZC-%04d" % (i + 1), n, m, lvl, loc, port, dep] for i, (n, m, lvl, loc, port, dep) in enumerate([
        ("核心交换机", "H3C S7506", "重要", "中心机房A02", "—", "在用"), ("专线防火墙", "FW-2000", "重要", "中心机房A03", "G1/0/1-献血屋专线", "在用"),
        ("数据库服务器", "PowerEdge R750", "核心", "中心机房A05", "G0-核心交换机1/0/5", "在用"),
        ("冷链监控服务器", "ThinkSystem SR650", "重要", "中心机房A06", "G0-1/0/8", "在用"),
        ("献血屋路由器", "AR161", "一般", co.bf["sites"][0], "WAN-专线", "在用")])]
    return book("assets", "IT资产识别清单", d, True, [("资产", ["标识", "名称", "型号", "分级", "物理位置", "端口对应", "部署情况"], rows,
                                                     ["13/asset-list", "43/asset-list"])])


def cmdb(co, d):
    rows = [["CI-001", co.sys(0), "应用", "CI-010,CI-020", "机密", "SHA校验", "双机"], ["CI-010", "数据库服务器", "硬件", "CI-030", "机密", "配置备份", "RAID10"],
            ["CI-020", "LIS接口", "接口", "CI-001", "内部", "版本比对", "主备"], ["CI-030", "核心交换机", "网络", "CI-040", "内部", "配置备份", "双机"]]
    return book("cmdb", "配置管理数据库导出", d, True, [("CI", ["CI编号", "名称", "类型", "关联CI", "机密性", "完整性", "可用性"], rows,
                                                      ["27/cmdb", "38/cmdb-relations"])])


def ci_updates(co, d):
    rows = [[anyd(co, d - timedelta(days=30 * i)), "CI-0%d0" % (i + 1), c, co.p(i)] for i, c in enumerate(["升级数据库补丁", "更换电源模块", "新增献血屋路由器", "更新防火墙策略"])]
    return book("ci_updates", "配置项更新维护记录", d, True, [("记录", ["日期", "CI", "更新内容", "操作人"], rows, ["43/ci-updates"])])


def baseline(co, d):
    rows = [["Windows Server", "密码长度≥8位，90天更换，开启审计"], ["Oracle数据库", "禁用默认账户，开启审计"], ["防火墙", "禁用Telnet，管理口限制"]]
    return book("baseline", "信息系统安全配置基线", d, False, [("基线", ["对象", "基线要求"], rows, ["25/baseline"])])


def req_record(co, d):
    p = Sec("献血者服务平台（APP）改版需求分析记录", "cn")
    p.head(("p", "参加：采供血科、质量管理科、%s  日期：%s" % (co.bf["it"], anyd(co, d))))
    p.part("功能需求", ["预约献血、电子献血证、检测结果推送、献血积分。"])
    p.part("性能需求", ["支持高峰并发2000人，页面响应≤2秒。"])
    p.part("安全需求", ["献血者身份证号加密存储，检测结果查询须实名验证，APP通过等保二级测评。"])
    p.items = ["11/requirements"]
    return p.doc("req", d, False)


def test_plan(co, d, rollback):
    p = Sec("%s升级改造测试计划" % co.sys(0), "cn")
    p.part("测试范围", ["献血登记、血液检测判定、成分制备、标签打印、发血出库全流程。"], ["25/test-plan"])
    p.part("测试安排", ["测试环境验证3天，平行运行7天，非采血时段切换。"])
    p.part("回退措施", ["切换前全库备份并保留旧版本服务器；切换失败或判定结果不一致时2小时内回退至旧版本，回退后核对数据。"],
           ["25/rollback", "11/rollback"], on=rollback)
    return p.doc("test_plan", d, False)


def compat(co, d):
    p = Sec("旧系统兼容性验证报告", "cn")
    p.part("网络兼容", ["新版本与献血屋专线、VPN兼容，测试通过。"])
    p.part("系统兼容", ["新版本客户端在Windows 7/10终端运行正常。"])
    p.part("应用兼容", ["与LIS、冷链监控和卫健委接口对接测试通过。"])
    p.items = ["11/compatibility"]
    return p.doc("compat", d, False)


def dev_plan(co, d):
    p = Sec("%d年信息安全工具定制开发计划" % d.year, "cn")
    p.part("开发内容", [("table", [["工具", "用途", "完成时间"], ["备份结果自动检查脚本", "每日检查并短信通知", "4月"],
                                 ["冷链探头离线告警机器人", "企业微信推送", "6月"], ["日志日报生成器", "日志审计日报", "9月"]])], ["33/dev-plan"])
    return p.doc("dev_plan", d, False)


def avail_plan(co, d):
    p = Sec("%d年信息系统可用性计划" % d.year, "cn")
    p.part("可用性目标和措施", ["%s可用率≥99.95%%：数据库双机、存储双控；献血屋专线主备；每季度切换测试；计划停机安排在周日凌晨。" % co.sys(0)],
           ["18/availability-plan", "22/plan"])
    return p.doc("avail_plan", d, False)


def avail_events(co, d):
    rows = [[anyd(co, d - timedelta(days=20 * i)), s, dur, cause] for i, (s, dur, cause) in enumerate([
        (co.sys(0), "38分钟", "数据库连接池耗尽"), (co.bf["sites"][1] + "专线", "2小时", "运营商光缆中断"), ("冷链监控", "25分钟", "服务器补丁重启")])]
    return book("avail_events", "可用性事件登记表", d, True, [("事件", ["日期", "系统", "中断时长", "原因"], rows, ["18/availability-events", "22/events"])])


def kb(co, d, empty):
    rows = [] if empty else [["KB-%03d" % i, t, co.p(i)] for i, t in enumerate(["献血屋VPN断开处理", "标签打印机乱码", "冷链探头离线", "LIS接口积压"], 1)]
    return book("kb", "知识库条目导出", d, False, [("知识库", ["编号", "标题", "作者"], rows, ["21/knowledge-base"])])


def grading(co, d):
    b = [("title", "%s定级报告" % co.sys(0)), ("p", "定级对象：%s" % co.sys(0)),
         ("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第三级；确定为第三级。"),
         ("p", "备案证明编号：%d0%03d-%05d" % (co.rng.randint(33, 45), co.rng.randint(100, 999), co.rng.randint(1, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_criteria(co, d):
    p = Sec("信息系统安全保护等级划分标准", "cn")
    p.part("分级标准", ["依据GB/T 22240，按受侵害客体和侵害程度确定：涉及献血者个人信息和血液质量数据的系统不低于第三级；内部办公系统第二级。"], ["51/grading-criteria"])
    return p.doc("grading_criteria", d, False)


# ------------------------------------------------------------------------------ records

def ops_book(co, d):
    def rows(n, f):
        return [f(i) for i in range(n)]
    dd = lambda i: "%d-%02d-%02d" % (d.year, d.month, 2 + i * 6)
    sheets = [
        ("机房巡检", ["日期", "防火墙", "网闸", "核心交换机", "UPS", "温湿度", "巡检人"],
         rows(4, lambda i: [dd(i), "正常", "正常", "正常", "正常", "23℃/45%", co.vp(i % 2)]), ["44/inspection", "45/monitoring"]),
        ("安全设备维护", ["日期", "设备", "维护内容", "结果", "人员"],
         rows(2, lambda i: [dd(i), ["防火墙", "VPN网关"][i], ["清理日志、检查策略", "除尘、检查电源"][i], "完成", co.vp(0)]), ["14/maintenance", "44/maintenance"]),
        ("防病毒", ["日期", "终端数", "病毒库版本", "查杀结果", "人员"],
         rows(2, lambda i: [dd(i), 186, "2026%02d%02d" % (d.month, 2 + i), "发现%d个，已清除" % i, co.p(3)]), ["44/virus-scan", "45/antivirus"]),
        ("故障处理", ["日期", "故障", "处理", "恢复时间"],
         rows(co.rng.randint(1, 3), lambda i: [dd(i), "献血屋VPN断开", "重启VPN设备，联系运营商", "40分钟"]), ["44/faults"]),
        ("升级记录", ["日期", "对象", "升级内容", "结果"],
         rows(1, lambda i: [dd(i), "防火墙", "特征库升级", "成功"]), ["44/upgrades"]),
        ("冷链温度", ["日期", "储血冷库", "储血冰箱1", "储血冰箱2"],
         rows(4, lambda i: [dd(i), "3.8℃", "4.1℃", "4.0℃"]), []),
    ]
    return book("ops_book", "%s运行记录（%d年%d月）" % (co.bf["it"], d.year, d.month), d, True, sheets)


def site_check(co, d, sites):
    rows = [[s, anyd(co, d), "正常", "正常", "在线", "已更新", co.vp(i % 2)] for i, s in enumerate(sites)]
    return book("site_check", "献血屋及储血点网络巡检表（%d年第%d季度）" % (d.year, qtr(d)), d, True,
                [("巡检", ["站点", "日期", "路由器/VPN", "防火墙状态", "终端", "防病毒", "巡检人"], rows,
                  ["44/inspection", "45/monitoring", "14/maintenance"])])


def hw_stats(co, d, rows=True):
    r = [[anyd(co, d - timedelta(days=40 * i)), dev, part, "更换", t] for i, (dev, part, t) in enumerate([("专线防火墙", "电源模块", "0"), ("VPN网关", "硬盘", "20分钟")])] if rows else []
    return book("hw_stats", "安全设备硬件故障统计表（%d年）" % d.year, d, True,
                [("统计", ["日期", "设备", "故障部件", "处理", "业务影响"], r, ["14/hardware-faults", "44/faults"])])


def tickets(co, d):
    rows = [["INC%s%03d" % (ym(d), i), anyd(co, d - timedelta(days=i)), t, "%d分钟" % co.rng.randint(3, 25), "已关闭"]
            for i, t in enumerate(["献血屋打印机无法打印", "%s登录缓慢" % co.sys(0), "储血点冷链探头离线", "APP预约页面报错"], 1)]
    return book("tickets", "服务台工单导出（%d年%d月）" % (d.year, d.month), d, True,
                [("工单", ["单号", "时间", "内容", "响应时间", "状态"], rows, ["43/process-records", "55/response-times"])])


def changes(co, d):
    rows = [["BG-%d-%02d" % (d.year, i), c, "已批准", "成功"] for i, c in enumerate(["LIS接口升级", "防火墙策略调整", "标签模板修改"], 1)]
    return book("changes", "变更登记表（%d年）" % d.year, d, True,
                [("变更", ["编号", "变更内容", "审批", "结果"], rows, ["54/records", "43/process-records"])])


def collect(co, d):
    return book("collect", "安全信息采集记录（%d年）" % d.year, d, True, [
        ("配置", ["日期", "设备", "配置采集"], [[anyd(co, d), "防火墙", "导出running-config"]], ["16/config"]),
        ("流量", ["日期", "链路", "峰值"], [[anyd(co, d), "互联网出口", "182Mbps"]], ["16/traffic"]),
        ("状态", ["日期", "系统", "状态"], [[anyd(co, d), co.sys(0), "正常"]], ["16/status"])])


def log_audit(co, d):
    q = qtr(d - timedelta(days=20))
    p = Sec("%d年第%s季度日志审计分析报告" % ((d - timedelta(days=20)).year, han(q)), "cn")
    p.part("网络及安全设备日志", ["防火墙阻断外部扫描%d次，VPN异常登录3次（已核实为密码输错）。" % co.rng.randint(800, 4000)])
    p.part("服务器及操作系统日志", ["数据库服务器登录失败12次，无越权。"])
    p.part("应用日志", ["%s批量查询献血者信息2次，经核实为采供血科年度统计，已审批。" % co.sys(0)])
    return Doc("log_audit", p.blocks[0][1], d, ["17/log-analysis", "45/audit-report", "47/audit"], True, p.blocks)


def incident_stats(co, d, analysis=True):
    rows = [["有害程序", 3], ["网络攻击", 5], ["信息泄露", 0], ["设备设施故障", 4]]
    return book("incident_stats", "信息安全事件统计（%d年1-%d月）" % (d.year, d.month), d, True, [
        ("统计", ["类型", "数量"], rows, ["18/incident-stats"]),
        ("分析", ["分析"], [["病毒事件均来自献血车U盘，已推行USB管控；设备故障集中在献血屋VPN，建议更换老旧设备"]] if analysis else [], ["18/incident-analysis"])])


def bulletin(co, d, full):
    p = Sec("网络安全通告（%d年第%d期）" % (d.year, d.month), "cn")
    p.part("漏洞及厂商通告", ["Oracle发布季度补丁，涉及数据库远程代码执行漏洞；防火墙厂商发布固件安全更新。"], ["52/vulnerability"])
    p.part("病毒通告", ["近期勒索病毒通过医疗行业邮件传播。"], ["52/virus"], on=full)
    p.part("政策法规动态", ["国家卫健委发布医疗卫生机构网络安全管理办法实施要求。"], ["52/policy"], on=full)
    p.part("影响分析", ["本站数据库版本受影响，已列入下月补丁计划。"], ["52/analysis"])
    doc = p.doc("bulletin", d, True)
    if full:
        doc.items = sorted(set(doc.items + ["53/bulletin"]))
    return doc


def pentest_plan(co, d):
    p = Sec("%d年渗透测试计划" % d.year, "cn")
    p.part("计划", ["对献血者服务平台/APP、微信公众号于%d年5月开展渗透测试，授权人%s。" % (d.year, co.boss)], ["31/pentest-plan", "32/pentest-plan"])
    return p.doc("pentest_plan", d, False)


def pentest_report(co, d):
    p = Sec("献血者服务平台渗透测试报告", "cn")
    p.part("测试结果", [("table", [["编号", "漏洞", "等级", "状态"], ["1", "越权查询检测结果", "高", "已修复"], ["2", "弱口令", "中", "已修复"]])])
    p.items = ["31/pentest-records", "32/pentest-records"]
    return p.doc("pentest_report", d, True)


def emergency_plan(co, d, recovery):
    p = Sec("网络安全事件应急预案", "dig").head(*ctl(co, d, "%s-XX-YA-01" % co.bf["code"], "第%d版" % co.rng.randint(2, 4)))
    p.part("组织", ["网络安全领导小组负责应急指挥。"])
    p.part("响应流程", ["事件报告→研判→启动→处置→业务转手工应急（献血登记、发血手工单）→恢复→总结；一级事件15分钟内响应。"],
           ["36/emergency-plan", "53/emergency-plan"])
    p.part("恢复策略", ["数据库从备份恢复，RTO 4小时，RPO 15分钟；专线中断启用4G备份；冷链监控中断改为人工每小时记录温度。"],
           ["55/plan"], on=recovery)
    return p.doc("emergency_plan", d, False)


def dr_plan(co, d):
    p = Sec("%s系统恢复计划" % co.sys(0), "dig").head(*ctl(co, d, "%s-XX-YA-02" % co.bf["code"], "V1.0"))
    p.part("恢复步骤", ["启用备机→恢复最近全备和归档日志→核对献血者和血液库存数据→业务验证→恢复采血。"], ["36/recovery-plan"])
    return p.doc("dr_plan", d, False)


def bcp(co, d):
    p = Sec("信息系统业务连续性计划", "dig").head(*ctl(co, d, "%s-XX-YA-03" % co.bf["code"], "V1.0"))
    p.part("关键业务", ["采血登记、血液检测、供血发血、冷链监控。"])
    p.part("连续性措施", ["每项关键业务的手工替代流程、恢复优先级和责任人见附表。"])
    p.items = ["42/bcp"]
    return p.doc("bcp", d, False)


def drill(co, d, kind):
    if kind == "em":
        t, its, sc = "应急演练记录", ["40/emergency-drill", "53/drill"], "模拟勒索病毒感染献血屋终端，隔离、查杀、转手工登记"
    else:
        t, its, sc = "系统恢复演练记录", ["40/recovery-drill"], "模拟数据库服务器故障，备机恢复%s" % co.sys(0)
    rows = [["演练名称", t], ["时间", anyd(co, d)], ["场景", sc], ["参加人员", "、".join([co.p(0), co.p(1), co.vp(0)])],
            ["过程", "09:00发现→09:08报告→09:20启动→10:45恢复"], ["结果", "达到预案要求"], ["问题与改进", "手工登记表数量不足，已补充"]]
    return Doc("drill", t, d, its, True, [("title", t), ("table", rows)])


def internal_audit(co, d):
    p = Sec("%d年度质量管理体系内部审核报告（信息科部分）" % d.year, "cn")
    p.part("审核计划与范围", ["审核组长%s，于%s对%s进行审核，依据《血站质量管理规范》和本站体系文件。" % (co.p(4), cnd(d), co.bf["it"])])
    p.part("检查结果", ["检查表共30项，符合27项；不符合项3项：变更记录未写验证结果、备份介质交接记录缺签名、一名驻场人员未签保密协议。"])
    p.part("不符合项整改", ["已开具不符合项报告3份，限期一个月整改。"])
    return Doc("internal_audit", p.blocks[0][1], d, ["59/internal-audit"], True, p.blocks)


MR = {"perf": ("60/performance", "信息服务和流程的执行情况和符合性：系统可用率99.96%，各流程按程序执行，内审不符合项3项已关闭2项。"),
      "fb": ("60/customer-feedback", "客户反馈：满意度92.1分，%s反映夜间到场慢。"),
      "res": ("60/resources", "当前和预测资源水平：信息科5人、驻场2人；明年新增献血屋2个，需增加驻场1人、存储扩容20TB。"),
      "ca": ("60/corrective-actions", "纠正措施进展：上年7项已关闭6项。"),
      "chg": ("60/changes", "可能影响服务的变更：血液管理信息系统升级、等保复测、献血屋新增。"),
      "imp": ("60/improvements", "改进机会：献血车网络、备份自动检查、指标未满足的冷链探头在线率。")}


def mgmt_review(co, d, inputs):
    p = Sec("%d年度管理评审报告" % d.year, "cn")
    p.head(("p", "主持：%s  日期：%s" % (co.p(5), anyd(co, d))))
    p.part("各部门输入（摘要）", ["质量管理科：全年血液质量抽检合格率100%；采供血科：采血量同比增长4%。"])
    body, its = [], ["59/management-review"]
    for k in inputs:
        it, s = MR[k]
        body.append(s % co.bf["custs"] if "%s" in s else s)
        its.append(it)
    p.part("信息科输入", body, its)
    p.part("评审结论", ["体系运行有效，信息科须在下年度完成献血车网络改造。"])
    return p.doc("mgmt_review", d, True)


def kpi_list(co, d):
    rows = [["客户满意度", "≥90", "92.1", "达成"], ["投诉建议", "≤3件/季", "2", "达成"], ["系统可用率", "≥99.9%", "99.96%", "达成"],
            ["冷链探头在线率", "≥99.5%", "99.1%", "未达成，开具CAPA"]]
    return book("kpi", "信息服务监视测量清单（%d年）" % d.year, d, True, [("KPI", ["项目", "目标", "实际", "结论"], rows, ["57/measurement"])])


def capa(co, d):
    rows = [["编号", "CAPA-%d-%02d" % (d.year, co.rng.randint(1, 9))], ["问题", "冷链探头在线率未达目标"], ["原因", "探头电池老化"],
            ["纠正预防措施", "更换电池，每季度检查电量"], ["验证", "%s验证在线率99.7%%，有效" % anyd(co, d + timedelta(days=30))]]
    return Doc("capa", "纠正预防措施记录单", d, ["57/capa", "66/effectiveness"], True, [("title", "纠正预防措施记录单"), ("table", rows)])


def prevent_record(co, d):
    rows = [["潜在问题", "冬季献血低谷期服务器维保到期"], ["预防措施", "提前续保并储备备件"], ["有效性验证", "已续保，备件入库，验证有效（%s）" % co.p(0)]]
    return Doc("prevent", "预防措施记录单", d, ["66/effectiveness"], True, [("title", "预防措施记录单"), ("table", rows)])


def improve_plan(co, d, criteria):
    p = Sec("%d年度信息服务持续改进计划" % d.year, "cn")
    p.part("改进目标与项目", [("table", [["项目", "目标", "负责人"], ["献血车4G备份", "献血车网络可用率≥99%", co.p(2)],
                                      ["备份自动检查", "人工检查时长减少80%", co.p(1)]])], ["64/plan", "68/plan"])
    p.part("评估标准", ["改进机会按影响采供血业务程度（40%）、实施成本（30%）、风险（30%）打分，≥70分优先实施。"], ["64/criteria"], on=criteria)
    return p.doc("improve_plan", d, True)


def improve_opps(co, d, approved):
    rows = [[1, "献血车4G备份", 88, "高"], [2, "备份自动检查", 81, "高"], [3, "APP改版", 65, "中"]]
    note = "批准：%s  %s" % (co.boss, anyd(co, d)) if approved else "（待领导审批）"
    return book("opps", "改进机会分析及优先级排序", d, True,
                [("排序", ["序号", "改进机会", "评分", "优先级"], rows, ["67/prioritisation"] + (["67/analysis"] if approved else []))], note=note)


def improve_track(co, d):
    rows = [["献血车4G备份", "已实施", "网络可用率99.4%，达到目标"], ["备份自动检查", "已实施", "人工检查时长减少85%"]]
    return book("itrack", "改进实施跟踪及效果测量", d, True, [("跟踪", ["项目", "实施", "效果测量"], rows, ["68/implementation", "68/effectiveness"])])


def csi_training(co, d):
    rows = [["日期", anyd(co, d)], ["主题", "持续改进意识与PDCA"], ["参加人", "、".join(co.p(i) for i in range(5))], ["考核", "全部合格"]]
    return Doc("csi_training", "持续改进意识培训记录", d, ["69/awareness-training"], True, [("title", "持续改进意识培训记录"), ("table", rows)])


def defects(co, d):
    p = Sec("%d年运维服务缺陷分析及改进方案" % d.year, "cn")
    p.part("重大事件、失败变更和服务不达标", ["数据库存储故障1起，失败变更2次，冷链探头在线率未达标。"])
    p.part("改进方案", ["存储双控改造、变更前验证清单、探头电池季度检查。"])
    return Doc("defects", p.blocks[0][1], d, ["70/defect-analysis"], True, p.blocks)


def year_summary(co, d, forecast):
    p = Sec("%s%d年度工作总结" % (co.bf["it"], d.year - 1), "cn")
    p.part("全年工作", ["完成%s升级、等保测评、献血屋新增2个。" % co.sys(0)])
    p.part("运维数据汇总与预测", ["全年日志告警1.2万条、变更46项、事件412件、服务请求1030件、问题9个；服务请求年增18%%，"
                            "预测明年随献血屋增加事件将增长约15%%，需增加驻场人员。"], ["71/forecast"], on=forecast)
    return p.doc("year_summary", d, True)


# ------------------------------------------------------------------------------ decoys, unrelated

def blank(title, d, cols, n=8):
    rows = [[title], cols] + [[""] * len(cols) for _ in range(n)] + [["记录人：", "", "复核："]]
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", rows)], decoy="template")


def blank_doc(title, d, heads):
    b = [("title", title), ("p", "表格编号：________    日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "")]
    return Doc("blank", title, d, [], False, b, decoy="template")


def signin(co, d, what):
    rows = [[i + 1, co.p(i), co.bf["it"], ""] for i in range(6)]
    return Doc("signin", "签到表", d, [], True, sheets=[("签到", [["《%s》培训签到表" % what], ["日期：%s" % anyd(co, d)], ["序号", "姓名", "科室", "签名"]] + rows)],
               decoy="training record about a plan or procedure")


def doc_index(co, d):
    rows = [[i + 1, v[0], "%s-%s" % (co.bf["code"], v[1]), "有效"] for i, v in enumerate(REGS.values())]
    return Doc("index", "文件清单", d, [], False, sheets=[("清单", [["质量体系文件清单（信息科）"], ["序号", "名称", "编号", "状态"]] + rows)],
               decoy="list of document names")


def drill_scheme(co, d):
    p = Sec("%d年应急演练方案" % d.year, "cn")
    p.part("演练安排", ["计划于%d年%d月开展数据库恢复演练，参演人员见附件。" % (d.year, min(12, d.month + 1))])
    doc = p.doc("drill_scheme", d, False)
    doc.decoy = "drill plan, neither the plan nor the record"
    return doc


def cites_proc(co, d):
    p = Sec("信息科文件控制规定", "dig").head(*ctl(co, d, "%s-XX-GD-01" % co.bf["code"], "V1.0"))
    p.part("引用文件", ["本规定引用：《信息系统问题管理程序》《信息系统变更管理程序》《持续改进控制程序》《网络安全事件应急预案》。"])
    p.part("要求", ["信息科文件的编写、审核、批准、发放、回收按本站《文件控制程序》执行。"])
    doc = p.doc("cites", d, False)
    doc.decoy = "procedure that only cites other procedures"
    return doc


def bloodweek(co, d):
    p = Sec("%d年世界献血者日活动信息保障方案" % d.year, "cn")
    p.part("保障内容", ["6月14日活动期间献血屋延长开放，APP预约流量预计增长3倍，驻场人员全天值守。"])
    return p.doc("bloodweek", d, False)


UNREL = [("综合办", "关于%d年春节期间值班安排的通知", "春节期间各献血屋正常开放，行政值班表附后。"),
         ("采供血科", "%d年无偿献血宣传月活动方案", "在高校、企业开展团体献血宣传。"),
         ("工会", "%d年职工运动会报名表", "以科室为单位报名。"),
         ("质量管理科", "%d年血液质量抽检计划", "每月抽检成分血各类型各4袋。")]


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ the share

class Ctx:
    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.bf["holes"]
        self.made = []
        self.scan = {"creator": "Canon iR-ADV C5535 (OCR)", "author": "scanner", "styled": False}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.3)
        opt.setdefault("styled", r.random() < 0.7)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxk", "user", "Lenovo"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            n = 1
            while "%s(%d).%s" % (base, n, ext) in co.used:
                n += 1
            rel = "%s(%d).%s" % (base, n, ext)
        co.add(rel, doc, **opt)
        return rel

    def rec(self, rel, doc, **opt):
        self.put(rel, doc, **opt)
        if doc.items and doc.record and (NOW - doc.date).days <= 365:
            self.made.append(rel)
        return doc


def fin(co, y, m):
    return date(y, m, co.rng.randint(3, 26))


def build(co, lock_bytes):
    """Lay out a BF share: 01 质量体系文件/, 02 信息科制度/, 03 运行记录/, 04 献血屋及储血点/, 05 <customer>/, 06 网络安全/,
    07 应急管理/, 08 内审与管评/, 09 会议纪要/, 10 培训/, 11 资产与配置/, 12 项目/, 归档/, 个人/, a recycle folder."""
    co.bf = BF_INFO[getattr(co, "info_id", co.id)]
    co.bf_no = {}
    c = Ctx(co)
    co.gaps = set(c.H)
    co.oldonly = {h for h in c.H if h.endswith("_old")}
    lay_rules(c)
    lay_customer(c)
    lay_design(c)
    lay_records(c)
    lay_security(c)
    lay_emergency(c)
    lay_review(c)
    decoys(c, lock_bytes)


def lay_rules(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    skip = {"request": "qq", "problem": "wt", "slm": "slm", "audit_rule": "nsh"}
    keys = [k for k in REGS if k not in {v for h, v in skip.items() if h in H}]
    pool = list(keys)
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(5, 7)], key=list(REGS).index)
    d = date(2024, r.randint(2, 10), r.randint(1, 28))
    put("01 质量体系文件/程序文件/%s程序文件汇编（第%s版）.pdf" % (org(co), han(r.randint(4, 6))), qp_book(co, d, in_book), creator="WPS Office")
    for k in keys:
        name, code, _ = REGS[k]
        if k in in_book and r.random() < 0.6:
            continue
        d = co.issued()
        if r.random() < 0.25:
            doc = zhan_doc(co, d, k)
            put("02 信息科制度/站发文件/%s 关于印发《%s》的通知.pdf" % (doc.bf_no, name), doc, **(c.scan if r.random() < 0.5 else {}))
            continue
        doc = reg_doc(co, d, k)
        fn = r.choice(["%s-%s %s.docx" % (co.bf["code"], code, name), "%s（%s）.pdf" % (name, doc.blocks[2][1][0][3]),
                       "%s%s终版.docx" % (code, name), "%s_%s.docx" % (name, ymd(d))])
        put("02 信息科制度/" + fn, doc)
    ks = list(SOPS)
    if "wi_one" in H:
        k = r.choice(ks)
        put("01 质量体系文件/SOP/%s-SOP-XX-%03d %s.docx" % (co.bf["code"], ks.index(k) + 1, SOPS[k][0]), sop(co, co.issued(), k, ks.index(k) + 1))
        for o in [x for x in ks if x != k][:2]:
            put("01 质量体系文件/SOP/修订中/%s（修订稿）.docx" % SOPS[o][0], void(sop(co, co.fresh(), o, ks.index(o) + 1), "draft", "（修订稿）"))
    else:
        for k in r.sample(ks, 4):
            n = ks.index(k) + 1
            put("01 质量体系文件/SOP/%s-SOP-XX-%03d %s%s.docx" % (co.bf["code"], n, SOPS[k][0], r.choice(["", "_V3", "(1)", "第4版"])), sop(co, co.issued(), k, n))
    put("01 质量体系文件/记录表格/%s-JL-XX-023-01 信息系统变更申请表.docx" % co.bf["code"],
        blank_doc("信息系统变更申请表", co.issued(), ["变更内容", "影响范围", "测试验证", "回退方案", "审批", "实施结果"]))
    put("01 质量体系文件/记录表格/%s-JL-XX-012-01 机房巡检记录表.xlsx" % co.bf["code"],
        blank("机房巡检记录表", co.issued(), ["日期", "防火墙", "网闸", "核心交换机", "UPS", "温湿度", "巡检人"]))
    put("01 质量体系文件/文件清单.xlsx", doc_index(co, co.fresh()))
    put("02 信息科制度/信息科文件控制规定.docx", cites_proc(co, co.issued()))
    if "request" in H:
        put("个人/%s/信息服务请求管理程序（征求意见稿）.docx" % co.p(2), void(reg_doc(co, co.fresh(), "qq", "V0.3"), "draft (征求意见稿)", "（征求意见稿）"))
    if "problem" in H:
        put("归档/2021/信息系统问题管理程序（第一版，已作废）.docx", void(reg_doc(co, date(2021, 4, 12), "wt", "第1版/0"), "obsolete", "（作废）"))
    if "slm" in H:
        put("02 信息科制度/服务级别管理程序_送审稿.docx", void(reg_doc(co, co.fresh(), "slm", "送审稿"), "draft (送审稿)", "（送审稿）"))


def lay_customer(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    C = "05 %s/" % co.bf["custs"]
    d0 = date(2025, 11, r.randint(3, 25))
    put(C + "1.需求调研/%s运维需求调研报告%s.docx" % (co.bf["custs"], d0.strftime("%Y.%m")), survey(co, d0, "survey_notime" not in H, "survey_nosec" not in H))
    if "budget_tpl" in H:
        put(C + "1.需求调研/运维预算表（空表）.xlsx", blank("信息化运维预算表", d0, ["序号", "工作内容", "工作量", "人员", "单价", "经费", "节点"]))
    else:
        put(C + "1.需求调研/2026年运维预算_v%d.xlsx" % r.randint(2, 4), budget(co, date(2025, 12, r.randint(1, 20))))
    d = d0 + timedelta(days=r.randint(10, 25))
    put(C + "1.需求调研/沟通会纪要%s.docx" % d.strftime("%m%d"), comm_minutes(co, d, "comm_noagree" not in H))
    d = date(2026, 1, r.randint(5, 25))
    put(C + "1.需求调研/历史数据/历史数据清单%d.xlsx" % (d.year - 1), history_list(co, d))
    if "hist_noanalysis" not in H:
        put(C + "1.需求调研/历史数据/%d年运维数据分析报告.docx" % (d.year - 1), history_analysis(co, d))
    put(C + "1.需求调研/历史数据/%d年运维保障策略及实施方案.docx" % d.year, ops_strategy(co, d + timedelta(days=7)))
    d = date(2025, 12, r.randint(20, 30))
    put(C + "2.协议/信息化运维服务协议（%d）盖章扫描.pdf" % (d.year + 1), sla(co, d), **c.scan)
    put(C + "2.协议/信息化运维服务协议 - 副本.docx", void(sla(co, d), "draft", "（征求意见稿）"))
    years = (2025,) if "health_old" in H else (2026,)
    for y in years:
        for q in (1, 2, 3):
            d = date(y, q * 3, r.randint(12, 28))
            if "health_old" in H:
                d = date(y - 1, q * 3 + 3, r.randint(12, 28))
            c.rec(C + "3.健康检查/%d/%d年Q%d健康检查报告.%s" % (d.year, d.year, q, r.choice(["docx", "pdf"])), health(co, d, q))
    if "health_old" in H:
        put(C + "3.健康检查/2026/Q1健康检查（待补）.docx", blank_doc("健康检查报告", date(2026, 3, 20), ["安全设备", "业务系统", "结论"]))
    for d, half in ((date(2025, 1, r.randint(8, 20)), "下半年"), (date(2025, 7, r.randint(8, 20)), "上半年"), (date(2026, 7, r.randint(8, 20)), "上半年")):
        yr = d.year - 1 if half == "下半年" else d.year
        put(C + "4.满意度/%d%s满意度调查报告.docx" % (yr, half), satisfaction(co, d, half))
    if "trend" not in H:
        put(C + "4.满意度/满意度趋势分析%s.xlsx" % ym(date(2026, 8, 5)), sat_trend(co, date(2026, 8, r.randint(3, 20))))
    if "callbacks" not in H:
        c.rec(C + "4.满意度/服务回访记录%d.xlsx" % 2026, callbacks(co, fin(co, 2026, r.randint(8, 10))))
    dm = set() if "no_data" in H else set(r.sample(range(5, 11), 3))
    for m in range(5, 11):
        d = date(2026, m, 28)
        c.rec(C + "5.月报/运维服务月报%04d%02d.docx" % (2026, m), monthly(co, d, "monthly_notrend" not in H, m in dm))


def lay_design(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    M = "02 信息科制度/运维管理/"
    A = "11 资产与配置/"
    put(M + "信息安全运维服务目录V%d.docx" % r.randint(2, 4), catalog(co, co.issued(), "catalog_nosec" in H))
    if "kpis" not in H:
        put(M + "可用性指标清单.xlsx", avail_kpis(co, co.issued()))
    else:
        put(M + "可用性指标清单.xlsx", blank("可用性指标清单", co.fresh(), ["类型", "指标", "目标值"]))
    d = fin(co, 2026, r.randint(1, 3))
    put(M + "以往服务方案及生产影响分析%s.docx" % ymd(d), svc_analysis(co, d, "svc_noauto" not in H))
    put(M + "外包/%s运维服务合同附件三 服务级别设计.pdf" % co.vendor, sld(co, co.issued()), **c.scan)
    if "ola_draft" in H:
        put("个人/%s/OLA内部运营级别协议（讨论稿）.docx" % co.p(0), void(ola(co, co.fresh()), "draft", "（讨论稿）"))
    else:
        put(M + "OLA内部运营级别协议.docx", ola(co, co.issued()))
    put(M + "组织架构/网络安全和信息化组织架构.docx", org_chart(co, co.issued(), "no_outsourcing" not in H))
    d = fin(co, 2026, r.randint(5, 10))
    put(M + "组织架构/运维人员清单%s.xlsx" % d.strftime("%Y.%m"), staff_list(co, d, "no_outsourcing" not in H))
    if "roles" not in H:
        put(M + "组织架构/安全运维角色清单.xlsx", role_list(co, co.issued()))
    d = co.fresh()
    put("09 会议纪要/站务会/站务会纪要%s.pdf" % ymd(d), iface_minutes(co, d, "iface" not in H), **c.scan)
    d = co.issued()
    doc = desk_notice(co, d)
    put("02 信息科制度/站发文件/%s 关于设立信息服务台的通知.pdf" % doc.blocks[1][1], doc, **c.scan)
    if "desk_train" not in H:
        dt = co.fresh()
        c.rec("10 培训/服务台培训记录%s.xlsx" % ymd(dt), desk_training(co, dt))
    c.rec(A + "IT资产识别清单%s.xlsx" % ym(co.fresh()), asset_list(co, co.fresh()))
    if "cmdb" not in H:
        c.rec(A + "CMDB导出_%s.xlsx" % ymd(co.fresh()), cmdb(co, co.fresh()))
    if "ci" not in H:
        c.rec(A + "配置项更新维护记录%d.xlsx" % 2026, ci_updates(co, fin(co, 2026, r.randint(7, 10))))
    else:
        put(A + "配置项更新维护记录2024.xlsx", ci_updates(co, date(2024, 10, r.randint(3, 28))))
    put(A + "安全配置基线.xlsx", baseline(co, co.issued()))
    d = co.fresh()
    put("12 项目/献血APP改版/需求分析记录%s.docx" % ymd(d), req_record(co, d))
    put("12 项目/血管系统升级/测试计划%s.docx" % d.strftime("%m%d"), test_plan(co, co.fresh(), "test_norollback" not in H))
    if "compat" not in H:
        put("12 项目/血管系统升级/兼容性验证报告.docx", compat(co, co.fresh()))
    if "devplan_draft" in H:
        put("个人/%s/安全工具开发计划（草稿）.docx" % co.p(1), void(dev_plan(co, co.fresh()), "draft", "（草稿）"))
    else:
        put(M + "2026年安全工具定制开发计划.docx", dev_plan(co, date(2026, 2, r.randint(1, 25))))
    if "aplan" not in H:
        put(M + "可用性计划2026.docx", avail_plan(co, date(2026, 1, r.randint(5, 25))))
    c.rec("03 运行记录/2026/可用性事件登记表.xlsx", avail_events(co, fin(co, 2026, r.randint(8, 10))))
    put(A + "知识库导出%s.xlsx" % ymd(co.fresh()), kb(co, co.fresh(), "kb_empty" in H))
    put("06 网络安全/等级保护/%s定级报告及备案证明.pdf" % co.sys(0), grading(co, co.issued()), **c.scan)
    if "grading_criteria" not in H:
        put("06 网络安全/等级保护/安全保护等级划分标准.docx", grading_criteria(co, co.issued()))


def lay_records(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    for m in range(3, 11):
        d = date(2026, m, 28)
        c.rec("03 运行记录/2026/%d月/%s运行记录%04d%02d.xlsx" % (m, co.bf["it"], 2026, m), ops_book(co, d))
    sites = list(co.bf["sites"]) + list(co.bf["depots"])
    for q in (2, 3):
        d = date(2026, q * 3, r.randint(5, 25))
        c.rec("04 献血屋及储血点/%dQ%d/网络巡检表.xlsx" % (2026, q), site_check(co, d, sites))
    if "hw_old" in H:
        put("03 运行记录/2025/安全设备硬件故障统计2025.xlsx", hw_stats(co, date(2025, r.randint(2, 9), r.randint(1, 28))))
        put("03 运行记录/2026/安全设备硬件故障统计2026.xlsx", hw_stats(co, co.fresh(), rows=False))
    else:
        c.rec("03 运行记录/2026/安全设备硬件故障统计2026.xlsx", hw_stats(co, fin(co, 2026, r.randint(6, 10))))
    for m in sorted(r.sample(range(6, 11), 3)):
        c.rec("03 运行记录/2026/%d月/工单导出%04d%02d.xlsx" % (m, 2026, m), tickets(co, date(2026, m, 28)))
    c.rec("03 运行记录/2026/变更登记表%s.xlsx" % ymd(fin(co, 2026, 10)), changes(co, fin(co, 2026, r.randint(9, 10))))
    # last year's copies: genuine but stale
    for m in (9, 11):
        put("归档/2025/%s运行记录%04d%02d.xlsx" % (co.bf["it"], 2025, m), ops_book(co, date(2025, m, 28)))
    put("归档/2025/网络巡检表2025Q3.xlsx", site_check(co, date(2025, 9, 18), sites))


def lay_security(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    S = "06 网络安全/"
    if "collect" in H:
        put(S + "信息采集/安全信息采集记录%d.xlsx" % 2024, collect(co, date(2024, r.randint(3, 11), r.randint(1, 28))))
    else:
        c.rec(S + "信息采集/安全信息采集记录%d.xlsx" % 2026, collect(co, fin(co, 2026, r.randint(7, 10))))
    for q in (1, 2, 3):
        d = date(2026, q * 3 + 1, r.randint(5, 20))
        c.rec(S + "日志审计/%d年%d季度日志审计报告.docx" % (2026, q), log_audit(co, d))
    c.rec(S + "事件统计/信息安全事件统计%s.xlsx" % ym(date(2026, 10, 1)), incident_stats(co, fin(co, 2026, 10)))
    for m in sorted(r.sample(range(3, 11), 4)):
        d = date(2026, m, r.randint(3, 15))
        c.rec(S + "安全通告/%d年第%d期网络安全通告.%s" % (d.year, d.month, "pdf" if m % 2 else "docx"), bulletin(co, d, "bulletin_partial" not in H))
    put(S + "渗透测试/2026年渗透测试计划.docx", pentest_plan(co, date(2026, 1, r.randint(6, 28))))
    if "pentest_old" in H:
        d = date(2024, r.randint(6, 10), r.randint(1, 28))
        put(S + "渗透测试/%d/献血者服务平台渗透测试报告%s.pdf" % (d.year, ymd(d)), pentest_report(co, d))
    else:
        c.rec(S + "渗透测试/2026/献血者服务平台渗透测试报告.pdf", pentest_report(co, fin(co, 2026, r.randint(5, 8))))
    put(S + "等级保护/等保测评整改清单.xlsx", book("dengbao", "等保测评问题整改清单", co.fresh(), False,
                                            [("整改", ["问题", "整改"], [["口令复杂度", "已整改"], ["日志留存", "已整改"]], [])]))


def lay_emergency(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    E = "07 应急管理/"
    put(E + "网络安全事件应急预案（第%s版）.docx" % han(r.randint(2, 4)), emergency_plan(co, co.issued(), "no_recovery" not in H))
    if "no_recovery" not in H:
        put(E + "%s系统恢复计划.pdf" % co.sys(0), dr_plan(co, co.issued()))
    if "bcp_draft" in H:
        put(E + "业务连续性计划（征求意见稿）.docx", void(bcp(co, co.fresh()), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(E + "信息系统业务连续性计划.pdf", bcp(co, co.issued()))
    c.rec(E + "演练记录/%d/应急演练记录%s.docx" % (2026, ymd(date(2026, 6, 1))), drill(co, fin(co, 2026, r.randint(4, 9)), "em"))
    if "drdrill" not in H:
        c.rec(E + "演练记录/%d/恢复演练记录.pdf" % 2026, drill(co, fin(co, 2026, r.randint(4, 10)), "dr"))
    else:
        put(E + "演练记录/2024/恢复演练记录.pdf", drill(co, date(2024, 9, r.randint(3, 25)), "dr"))
    put(E + "演练记录/%d/演练方案.docx" % 2026, drill_scheme(co, co.fresh()))


def lay_review(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    T = "08 内审与管评/"
    if "ia_old" in H:
        put(T + "2024年内审报告（信息科）.docx", internal_audit(co, date(2024, 11, r.randint(3, 25))))
        put(T + "2026年内审计划.docx", Doc("ia_plan", "内审计划", co.fresh(), [], False,
                                       [("title", "2026年度内部审核计划"), ("p", "计划于2026年12月开展年度内审。")]))
    else:
        c.rec(T + "%d年内审报告（信息科）.docx" % 2026, internal_audit(co, fin(co, 2026, r.randint(3, 9))))
    inputs = ["perf", "fb", "ca", "imp"] if "mr_partial" in H else list(MR)
    c.rec(T + "%d年度管理评审报告.pdf" % 2026, mgmt_review(co, fin(co, 2026, r.randint(4, 10), ), inputs), **c.scan)
    c.rec(T + "监视测量/信息服务KPI监视测量清单%d.xlsx" % 2026, kpi_list(co, fin(co, 2026, r.randint(7, 10))))
    if "capa" not in H:
        for n in (1, 2):
            c.rec(T + "监视测量/CAPA-2026-%02d.pdf" % n, capa(co, co.fresh()), **c.scan)
    c.rec(T + "监视测量/预防措施记录单%s.docx" % ym(date(2026, 9, 1)), prevent_record(co, fin(co, 2026, r.randint(8, 10))))
    d = date(2026, 1, r.randint(10, 28))
    put(T + "持续改进/%d年度持续改进计划.docx" % d.year, improve_plan(co, d, "criteria" not in H))
    d = co.fresh()
    put(T + "持续改进/改进机会分析及排序%s.xlsx" % ym(d), improve_opps(co, d, "opp_unapproved" not in H))
    if "itrack" not in H:
        c.rec(T + "持续改进/改进实施跟踪表.xlsx", improve_track(co, fin(co, 2026, r.randint(8, 10))))
    d = co.fresh()
    if "aware_signin" in H:
        put("10 培训/%d/《持续改进控制程序》培训签到表.xlsx" % d.year, signin(co, d, "持续改进控制程序"))
    else:
        c.rec("10 培训/%d/持续改进意识培训记录%s.docx" % (d.year, ymd(d)), csi_training(co, d))
    if "defects_old" in H:
        put(T + "持续改进/2024年运维缺陷分析及改进方案.docx", defects(co, date(2024, 12, r.randint(3, 25))))
    else:
        c.rec(T + "持续改进/2026年运维缺陷分析及改进方案.docx", defects(co, fin(co, 2026, r.randint(7, 10))))
    d = date(2026, 1, r.randint(15, 28))
    put("09 会议纪要/年度总结/%s2025年度工作总结.docx" % co.bf["it"], year_summary(co, d, "forecast" not in H))


def decoys(c, lock_bytes):
    co, r, H, put = c.co, c.r, c.H, c.put
    C = "05 %s/" % co.bf["custs"]
    nas = co.bf["nas"]
    put("04 献血屋及储血点/模板/网络巡检表（空白）.xlsx", blank("献血屋及储血点网络巡检表", co.fresh(), ["站点", "日期", "路由器/VPN", "防火墙", "终端", "防病毒", "巡检人"]))
    put(C + "4.满意度/满意度调查问卷（空白）.xlsx", blank("信息服务满意度调查问卷", co.fresh(), ["项目", "很满意", "满意", "一般", "不满意"], 5))
    put("07 应急管理/演练记录/应急演练记录表（模板）.docx", blank_doc("应急演练记录表", co.fresh(), ["演练名称", "时间", "过程", "结果", "改进"]))
    put("个人/%s/管评报告初稿.docx" % co.p(0), void(mgmt_review(co, co.fresh(), list(MR)), "draft", "（初稿）"))
    put("个人/%s/2027年持续改进计划（讨论稿）.docx" % co.p(3), void(improve_plan(co, co.fresh(), True), "draft", "（讨论稿）"))
    put("07 应急管理/作废/网络安全事件应急预案（2019版）作废.pdf", void(emergency_plan(co, date(2019, 6, 10), True), "obsolete", "（作废）"), **c.scan)
    put(nas + "/07 应急管理/恢复演练记录.pdf", void(drill(co, co.fresh(), "dr"), "recycle bin"))
    put(nas + "/08 内审与管评/内审报告.docx", void(internal_audit(co, co.fresh()), "recycle bin"))
    put(nas + "/05/服务回访记录.xlsx", void(callbacks(co, co.fresh()), "recycle bin"))
    put(nas + "/03/变更登记表.xlsx", void(changes(co, co.fresh()), "recycle bin"))
    for what in r.sample(["网络安全事件应急预案", "信息系统变更管理程序", "信息安全事件管理程序", "业务连续性计划"], 2):
        d = co.fresh()
        put("10 培训/%d/《%s》培训签到%s.xlsx" % (d.year, what, ymd(d)), signin(co, d, what))
    put("09 会议纪要/保障方案/%d世界献血者日信息保障方案.docx" % 2026, bloodweek(co, date(2026, 6, r.randint(1, 10))))
    for i in sorted(r.sample(range(len(UNREL)), 2)):
        folder, t, s = UNREL[i]
        t = t % 2026
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), Doc("unrelated", t, co.fresh(), [], False, [("title", t), ("p", s)], decoy="unrelated"))
    me = co.p(2)
    put("个人/%s/新建 XLSX 工作表.xlsx" % me, asset_list(co, co.fresh()))
    put("个人/%s/附件1.docx" % me, baseline(co, co.issued()))
    put("个人/%s/扫描件%03d.pdf" % (co.p(0), r.randint(1, 200)), sla(co, date(2025, 12, r.randint(20, 30))), **c.scan)
    put("资质申报/CCRC自评估表（填写中）.xlsx", Doc("ccrc", "自评估表", co.fresh(), [], False,
                                           sheets=[("自评估", [["信息系统安全运维服务资质自评估表"], ["序号", "条款", "结论"], [1, "采集客户对信息系统运维服务时间的需求", ""]])],
                                           decoy="the self-assessment form itself"))
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(nas)]
    for rel in office[2:120:17]:
        folder, _, base = rel.rpartition("/")
        p = (folder + "/" if folder else "") + "~$" + (base if len(base) <= 12 else base[2:])
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(1)), "Office lock file")
    for rel, why in (("03 运行记录/2026/11月/%s运行记录202611.xlsx" % co.bf["it"], "empty file"),
                     ("06 网络安全/日志审计/新建 DOCX 文档.docx", "empty file")):
        if rel not in co.used:
            co.raw(rel, b"", why)
    co.raw("04 献血屋及储血点/扫描件%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
