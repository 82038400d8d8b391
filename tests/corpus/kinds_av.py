# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_av.py - style AV: the 信息中心 of a city 燃气集团有限公司 (a gas utility).

An author voice for the accuracy corpus, used only by the AV shares, written blind (from the form's
需提供证明材料, /work/items.txt, kinds.py's Doc API, gen.py, kinds_ar.py's mechanics and the README's "Ground
truth" and "Style AR" sections; never the rules, the sources or a score).

The organisation: the 信息中心 of XX市燃气集团有限公司.  It runs the group's SCADA 调度系统 (门站, 高中压调压站 RTU,
场站 PLC, on the 生产控制网 behind a 网闸), the 96777 客服热线 and the 营业收费系统, the 智能表抄表平台 (NB-IoT/LoRa
物联网表, 集抄), the GIS管网系统 and the 办公网/OA/ERP.  Inside: 运维一组 (网络与安全设备, 机房), 运维二组 (应用与
数据库: 营收, 抄表, GIS), 调度值班 (the 信息中心's seat in the 调度大厅, 7x24, which is also the IT 服务台 on 8xxx),
a 安全保密办 (等保, 保密, 渗透测试, 日志审计), 综合管理.  An outsourced 运维服务商 keeps engineers on site (驻场) under an
信息系统运维外包合同.  Under an 信息化运维服务协议 the 信息中心 also runs the IT of a county gas company the group
holds (控股子公司): that company is the form's customer.

How its people write (a utility: 安全生产 first, 冬季保供 every winter):
- 集团公文 with red-head numbers (燃气集团〔2026〕12号, 燃气集团办〔2026〕N号): 红头, 各部室、各分（子）公司, 现将《…》
  印发给你们, signature in Chinese numerals, 抄送, 集团办公室 印发 line; then the 办法/规定 in 章/条;
- 信息中心 documents carry ISO 20000-ish codes, used inconsistently: XXZX-QP-07, IT-PR-07, RQJT/XXZX-GF-03, or none;
  程序 are written 1 目的 / 2 适用范围 / 3 职责 / 4 工作程序 / 5 记录; some bound in the 信息中心管理制度汇编;
- 作业指导书 of one module (SCADA服务器巡检, 防火墙策略维护, 工控网闸, 抄表平台数据库备份, 营收系统年度结转) with 作业
  步骤 and 风险提示, one 汇编 of several;
- records: 机房巡检 workbooks by month, one sheet per record kind; 调度值班记录 (gas pressures: no IT record); 硬件故障
  统计; 变更申请单 scans and 变更台账; 工单导出 from the 运维工单系统; 系统中断登记; 资产台账, CMDB export, 配置项变更登记;
  安全信息采集; 日志审计; 安全通告; 渗透测试; 定级备案;
- 冬季保供 IT 保障方案 and 总结, 阶梯气价调价 参数变更 notices, 燃气泄漏抢险应急预案 and 抢险演练 (gas, not IT),
  安全生产月, 96777 坐席业务培训, 总经理办公会/中心例会 纪要, 年度工作总结, 运维月报;
- engineers' own names: 巡检0412.xlsx, 张伟-工单导出.xlsx, 最终版2, (1), - 副本, 扫描件003.pdf, Book1.xlsx, 新建
  Microsoft Word 文档.docx, folders by 组/年度/月份, 归档/<year>/ (stale), 个人/<name>/, a NAS recycle folder.

Every builder returns a kinds.Doc listing as items only what its own text proves: a part lends its items only when
written; a sheet without rows proves nothing; an old record keeps its items (record=True) and is stale.
AV_INFO holds the per-share facts and the holes each share was designed with.
"""

from datetime import date, timedelta

from kinds import Doc

AV_INFO = {
    "av1": dict(city="澄江", grp="澄江市燃气集团有限公司", gw="澄燃集团", cust="澄江清河燃气有限公司", cshort="清河燃气",
                county="清河县", itsm="运维工单系统（ITSM）", desk="8119", nas="#recycle", gsys="SCADA",
                stations=("北郊门站", "东环高中压调压站", "开发区LNG储配站"),
                holes={"pdca", "ola_draft", "kpis", "compat", "kb_empty", "pentest_old", "devplan_none", "trend",
                       "bcp_draft", "callback_none", "improve_wait", "forecast_none"}),
    "av2": dict(city="淮川", grp="淮川市燃气集团有限公司", gw="淮燃集团", cust="淮川市淮阴燃气有限公司", cshort="淮阴燃气",
                county="淮阴区", itsm="IT服务管理平台", desk="6600", nas=".recycle", gsys="SCADA",
                stations=("西山门站", "城南调压站", "高新区CNG加气母站"),
                holes={"budget_tpl", "hist_draft", "auto_none", "collect_old", "cat_lvl1", "roles", "cmdb", "drdrill",
                       "desk_train", "ia_old", "criteria", "defects_old"}),
    "av3": dict(city="岷州", grp="岷州市燃气集团有限公司", gw="岷燃集团", cust="岷州市岷阳天然气有限公司", cshort="岷阳天然气",
                county="岷阳县", itsm="运维服务台系统", desk="8890", nas="$RECYCLE.BIN", gsys="SCADA",
                stations=("南湖门站", "江北调压站", "工业园区门站"),
                holes={"survey_notime", "no_outs", "hw_old", "aplan", "iface_pending", "recovery_none",
                       "bulletin_partial", "kpi_scoreonly", "itrack", "grading_crit", "slm"}),
    "av4": dict(city="榆阳", grp="榆阳市燃气集团有限公司", gw="榆燃集团", cust="榆阳市塞北燃气有限公司", cshort="塞北燃气",
                county="塞北区", itsm="运维工单系统", desk="8011", nas="#recycle", gsys="SCADA",
                stations=("榆东门站", "长城路调压站", "化工园区门站"),
                holes={"meeting_noagree", "cat_base", "golive_notest", "ci", "health_old", "monthly_notrend",
                       "data_none", "audit_rule", "aware_signin", "mr_noperf", "logaudit_old"}),
}

ZHN = "〇一二三四五六七八九"
HAN = "零一二三四五六七八九"


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


def md(d):
    return "%02d%02d" % (d.month, d.day)


def anyd(co, d):
    """a date as whoever typed it writes it"""
    f = co.rng.randint(0, 7)
    if f <= 2:
        return cnd(d)
    if f == 3:
        return d.isoformat()
    if f == 4:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if f == 5:
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    if f == 6:
        return ymd(d)
    return "%d年%02d月%02d日" % (d.year, d.month, d.day)


def back(d, n):
    return d - timedelta(days=n)


class W:
    """A written document assembled part by part; a part lends its items only when written."""

    def __init__(self, title, style="cn"):
        self.b = [("title", title)]
        self.items = []
        self.style = style
        self.n = 0

    def top(self, *blocks):
        self.b += list(blocks)
        return self

    def sec(self, head, paras, items=(), on=True):
        if not on:
            return self
        self.n += 1
        if self.style == "cn":
            h = "%s、%s" % (han(self.n), head)
        elif self.style == "num":
            h = "%d %s" % (self.n, head)
        else:
            h = "第%s条 %s" % (han(self.n), head)
        self.b.append(("h1", h))
        for p in paras:
            self.b.append(p if isinstance(p, tuple) else ("p", p))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=()):
        return Doc(kind, self.b[0][1], d, sorted(set(self.items)), record, self.b + list(tail))


def book(kind, title, d, record, sheets, note=None):
    """A workbook: (sheet name, header, rows, items); a sheet without rows lends nothing."""
    out, items = [], []
    for name, header, rows, its in sheets:
        out.append((name, [[title]] + ([[note]] if note else []) + [header] + rows))
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
            n, rows = doc.sheets[0]
            rows[0] = [str(rows[0][0]) + mark]
    return doc


def center(co):
    return co.av["grp"] + "信息中心"


def code(co, n, kind="QP"):
    """信息中心 document codes, as inconsistent as they are in life"""
    f = co.rng.randint(0, 3)
    if f == 0:
        return "XXZX-%s-%02d" % (kind, n)
    if f == 1:
        return "IT-%s-%02d" % ({"QP": "PR", "GF": "STD", "ZY": "WI"}.get(kind, kind), n)
    if f == 2:
        return "RQJT/XXZX-%s-%02d" % (kind, n)
    return "%s-XX-%s%03d" % (co.short, kind, n)


def ctl(co, d, cd, ver):
    return ("table", [["文件编号", cd, "版本/修改", ver],
                      ["编制", co.p(2), "审核", co.p(0)],
                      ["批准", co.boss, "状态", co.rng.choice(["受控", "受控", "现行有效"])],
                      ["发布日期", anyd(co, d), "实施日期", anyd(co, d + timedelta(days=co.rng.choice([0, 7, 15])))]])


def long_cover(co, title, cd, ver, d, chapters):
    """封面, 修订记录 and 目录, as the 体系 documents have them"""
    b = [("p", co.av["grp"]), ("p", "信息中心"), ("p", " "), ("title", title), ("p", "文件编号：%s" % cd), ("p", "版    本：%s" % ver),
         ("p", "密    级：内部  受控"), ("p", "编制：%s    审核：%s    批准：%s" % (co.p(2), co.p(0), co.boss)),
         ("p", "%s发布    %s实施" % (cnd(d), cnd(d + timedelta(days=co.rng.choice([0, 10, 15]))))), ("break",), ("h1", "修订记录")]
    rows = [["版本", "修订说明", "修订人", "日期"]]
    for i, v in enumerate(["A/0", "A/1", "B/0"]):
        rows.append([v, ["首次发布", "集团组织机构调整后修订", "根据等保测评意见修订"][i], co.p(i), "%d-%02d-%02d" % (d.year - 3 + i, 3 + i * 2, 10 + i)])
    rows.append([ver, "年度修订", co.p(2), d.isoformat()])
    b += [("table", rows), ("h1", "目  录")] + [("p", "%d  %s ………………… %d" % (i, c, 1 + 3 * i)) for i, c in enumerate(chapters, 1)] + [("break",)]
    return b


def blank_sheet(title, d, cols, n=10):
    rows = [[title], ["班组：", "", "月份：", ""], cols] + [[""] * len(cols) for _ in range(n)]
    rows.append(["记录人：", "", "组长：", "", "中心负责人："])
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", rows)], decoy="template")


def blank_paper(title, d, heads):
    b = [("title", title), ("p", "编号：________    日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "（请填写）"), ("p", " ")]
    b.append(("p", "填表人：          审核：          批准："))
    return Doc("blank", title, d, [], False, b, decoy="template")


# ------------------------------------------------------------------------- 集团公文 and 中心 制度

def next_no(co, d, who):
    key = (who, d.year)
    co.av_no[key] = co.av_no.get(key, co.rng.randint(2, 40)) + co.rng.randint(1, 11)
    pre = {"jt": co.av["gw"], "jtb": co.av["gw"] + "办", "zx": co.av["gw"][:2] + "燃信"}[who]
    return "%s〔%d〕%d号" % (pre, d.year, co.av_no[key])


def red_head(co, d, subject, who="jt", body=None, att=None):
    no = next_no(co, d, who)
    issuer = co.av["grp"] + "文件" if who != "zx" else center(co) + "文件"
    to = "集团各部室、各分（子）公司：" if who != "zx" else "中心各组、调度值班、安全保密办："
    b = [("big", issuer), ("p", no), ("title", subject), ("p", to)]
    b += [("p", x) for x in (body or [])]
    if att:
        b.append(("p", "附件：" + att))
    org = co.av["grp"] if who != "zx" else center(co)
    b += [("p", org), ("p", sign_date(d)), ("p", "（此件不公开）" if co.rng.random() < 0.6 else "（此件依申请公开）"),
          ("p", "抄送：集团党委、纪委，%s。" % co.av["cshort"] if who != "zx" else "抄送：集团办公室、安全质量部。"),
          ("p", "%s办公室        %s印发" % (co.av["grp"] if who != "zx" else "信息中心综合管理", cnd(d + timedelta(days=1))))]
    return b, no


# key: (name, who, [(chapter, [articles], items, tag)]); who: jt = 集团 办法 by 红头, zx = 中心 程序 (ISO style)
RULES = {
    "yw": ("信息系统运行维护管理办法", "jt", [
        ("总则", ["为加强集团信息系统运行维护管理，保障SCADA调度系统、营业收费系统、智能表抄表平台、GIS管网系统及办公系统安全稳定运行，"
                 "服务燃气安全生产和客户服务，制定本办法。",
                 "本办法适用于集团本部及各分（子）公司信息系统的运行维护，{cust}等控股子公司按运维服务协议执行。"], [], None),
        ("运维管理体系", ["集团信息系统运维按照策划（P）、实施（D）、检查（C）、改进（A）的循环进行管理。",
                       "策划：信息中心每年初根据集团年度生产经营目标编制运维工作计划、服务目录和服务级别；实施：运维一组、二组和调度值班按程序和作业指导书"
                       "开展日常运维、巡检、变更和事件处理；检查：通过运维月报指标、客户满意度、内部审核和管理评审对运维服务进行监视和评审；",
                       "改进：对未达标指标、审核发现和客户投诉制定纠正预防措施，纳入年度持续改进计划并跟踪验证。"], ["10/pdca"], "pdca"),
        ("职责", ["集团信息中心是信息系统运维的归口管理和实施部门；调度中心、客服中心、营业部等系统使用部门负责提出需求和报障；"
                 "安全保密办负责网络安全和保密管理的监督检查。"], [], None),
        ("附则", ["本办法由集团信息中心负责解释，自印发之日起施行。"], [], None)]),
    "bg": ("信息系统变更管理规定", "jt", [
        ("总则", ["为控制生产控制网和管理信息网上的变更风险，防止因变更影响燃气输配调度和客户收费，制定本规定。"], [], None),
        ("变更分类", ["变更分为标准变更、一般变更、重大变更和紧急变更；涉及SCADA系统、营业收费系统计费参数（含阶梯气价调整）的为重大变更。"], [], None),
        ("变更流程", ["变更由实施组在{itsm}提交变更申请单，说明变更内容、影响范围、测试情况和回退方案；",
                     "一般变更由组长审核、中心主任批准；重大变更经变更评审会评审、分管副总经理批准，并提前通知调度中心、客服中心；",
                     "变更在批准的窗口内实施，实施后验证并记录结果，失败的执行回退；紧急变更可电话审批后实施，24小时内补办手续；",
                     "变更的申请、审批、实施、验证、关闭全过程记录在变更申请单和变更台账中。"], ["54/procedure"], None),
        ("附则", ["本规定自印发之日起施行。"], [], None)]),
    "aq": ("网络安全事件管理办法", "jt", [
        ("总则", ["为规范集团网络安全事件的报告和处置，防范针对燃气工控系统的网络攻击，制定本办法。"], [], None),
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、设备设施故障、工控系统异常和其他事件，按影响分为特别重大、重大、较大、一般四级。"], [], None),
        ("事件报告", ["发现网络安全事件的部门或个人立即报信息中心调度值班（{desk}），调度值班15分钟内报中心主任和安全保密办；"
                     "较大及以上事件1小时内报集团分管领导，涉及SCADA的同时报调度中心。"], ["30/reporting-process"], None),
        ("事件处置", ["事件处置按研判定级、隔离遏制、根除、恢复、验证的步骤进行，安全保密办填写事件处置记录。"],
         ["30/response-process", "31/incident-process"], None),
        ("应急响应", ["事件达到《信息系统突发事件应急预案》启动条件的，由集团网络安全和信息化领导小组启动应急响应，成立处置组，处置完毕后宣布响应结束。"],
         ["34/emergency-process"], None),
        ("事后处理", ["事件处置结束后5个工作日内形成事件调查报告，分析原因、认定责任、落实整改，并更新知识库和应急预案。"], ["34/incident-process"], None),
        ("附则", ["本办法自印发之日起施行。"], [], None)]),
    "sj": ("运维事件管理程序", "zx", [
        ("目的", ["尽快恢复信息系统正常服务，减少故障对燃气调度、收费和客户服务的影响。"], [], None),
        ("适用范围", ["适用于信息中心运维的全部信息系统的事件处理。"], [], None),
        ("工作程序", ["事件来源：监控告警、巡检发现、用户通过{desk}报障、{itsm}提交；调度值班统一登记派单；",
                     "事件分为一至四级，影响SCADA数据采集或营业收费的为一级，15分钟内响应；一线不能解决的升级至组长或厂商；",
                     "事件解决后由调度值班回访用户确认后关闭工单。"], ["49/incident-procedure"], None),
        ("记录", ["运维工单、系统中断登记表。"], [], None)]),
    "qq": ("服务请求管理程序", "zx", [
        ("目的", ["规范账号开通、权限调整、VPN接入、抄表数据提取、报表定制等服务请求的受理和办理。"], [], None),
        ("工作程序", ["服务请求通过{itsm}或{desk}提交，经申请部门负责人审核后由调度值班登记派单；涉及客户数据提取的须经安全保密办审核；",
                     "承办组在服务目录规定时限内办结，调度值班电话确认后关闭。"], ["49/request-procedure"], None),
        ("记录", ["服务请求单。"], [], None)]),
    "wt": ("问题管理程序", "zx", [
        ("目的", ["查找并消除反复发生的故障的根本原因，防止同类事件重复发生。"], [], None),
        ("工作程序", ["一月内同类事件3次以上、一级事件、失败变更，均建立问题单；",
                     "责任组10个工作日内完成根因分析，提出临时措施和永久方案，需变更的走变更流程；问题解决后经中心技术负责人验证关闭，形成已知错误录入知识库。"],
         ["20/procedure", "37/procedure"], None),
        ("记录", ["问题单、已知错误记录。"], [], None)]),
    "zs": ("运维知识管理程序", "zx", [
        ("目的", ["积累和共享运维经验，建立并维护运维知识库。"], [], None),
        ("工作程序", ["事件、问题、变更处理完成后，处理人提交知识条目，组长审核后发布到知识库；",
                     "知识库对中心全员和驻场人员开放，综合管理每季度组织复核，过时条目废止。"], ["21/procedure"], None)]),
    "slm": ("服务级别管理程序", "zx", [
        ("目的", ["规范运维服务级别的制定、协商、签订、监视和评审。"], [], None),
        ("工作程序", ["根据用户和{cust}的需求编制服务目录和服务级别，与{cust}签订信息化运维服务协议；",
                     "服务级别达成情况按月统计，按季与服务对象评审，未达标项纳入持续改进计划。"], ["39/slm-procedure"], None)]),
    "ns": ("内部审核程序", "zx", [
        ("目的", ["验证运维服务管理体系符合ISO/IEC 20000-1标准、服务需求和客户要求，并被有效实施和保持。"], [], None),
        ("工作程序", ["每年至少开展一次覆盖全部过程的内部审核，内审员不得审核本组工作；",
                     "按年度审核方案、审核计划、首次会议、现场审核、不符合项报告、末次会议、纠正措施跟踪验证的程序进行，结果输入管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], None)]),
    "jc": ("服务监视与测量程序", "zx", [
        ("目的", ["对运维服务目标的实现情况进行监视和测量。"], [], None),
        ("工作程序", ["监视测量内容：服务级别达成率、用户满意度、投诉建议、运维KPI；",
                     "综合管理每月汇总指标，在运维月报中通报；每半年开展满意度调查，未达目标的开具纠正预防措施单并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], None)]),
    "gj": ("持续改进管理程序", "zx", [
        ("目的", ["规定改进措施的识别、记录、批准、评估、测量和报告。"], [], None),
        ("工作程序", ["改进机会来源：内审、管理评审、用户投诉、事件和问题分析、KPI未达标、冬季保供总结；",
                     "改进机会登记后由综合管理按评估标准打分排序，报中心例会批准后实施，实施效果由综合管理测量，并在管理评审中报告。"],
         ["65/procedure"], None)]),
    "yf": ("预防措施管理程序", "zx", [
        ("目的", ["识别潜在不符合及其原因，采取预防措施防止其发生。"], [], None),
        ("工作程序", ["通过容量趋势、巡检发现、设备寿命评估和采暖季前隐患排查识别潜在问题，制定预防措施，经中心主任批准后实施；",
                     "措施实施后一个月内验证有效性并记录在预防措施验证记录中。"], ["66/preventive-actions"], None)]),
    "px": ("网络安全培训服务规范", "zx", [
        ("目的", ["规范信息中心为集团各单位和{cust}提供的网络安全培训服务。"], [], None),
        ("工作程序", ["培训需求调查→年度培训计划→课件编制审核→组织实施签到→考试→效果评估→归档。"], ["31/training-process"], None)]),
    "st": ("渗透测试工作规范", "zx", [
        ("目的", ["规范对集团互联网应用（网上营业厅、微信公众号缴费）和内网系统的渗透测试。"], [], None),
        ("工作程序", ["取得系统主管部门书面授权→确定测试范围和时间窗口（避开用气高峰和SCADA）→信息收集→漏洞发现和验证→测试报告→整改→复测。"],
         ["31/pentest-process"], None)]),
}


def ftext(co, s):
    return s.replace("{itsm}", co.av["itsm"]).replace("{cust}", co.av["cshort"]).replace("{desk}", co.av["desk"])


def rule_body(co, key, drop=()):
    name, who, chs = RULES[key]
    b, items, t, ci = [], [], 0, 0
    for ch, arts, its, tag in chs:
        if tag and tag in drop:
            continue
        ci += 1
        if who == "jt":
            b.append(("h1", "第%s章 %s" % (han(ci), ch)))
            for a in arts:
                t += 1
                b.append(("p", "第%s条 %s" % (han(t), ftext(co, a))))
        else:
            b.append(("h1", "%d %s" % (ci, ch)))
            for j, a in enumerate(arts, 1):
                b.append(("p", "%d.%d %s" % (ci, j, ftext(co, a))))
        items += its
    return b, items


def full_name(co, key):
    name, who, _ = RULES[key]
    return (co.av["grp"] + name) if who == "jt" else ("信息中心" + name)


def rule_doc(co, d, key, drop=(), split=False):
    name, who, _ = RULES[key]
    body, items = rule_body(co, key, drop)
    if who == "zx":
        cd = code(co, list(RULES).index(key) + 1)
        b = [("p", center(co)), ("title", name), ctl(co, d, cd, co.rng.choice(["A/0", "A/1", "B/0", "V2.0"]))] + body
        return Doc("rule:" + key, name, d, sorted(set(items)), False, b)
    fn = full_name(co, key)
    head, no = red_head(co, d, "关于印发《%s》的通知" % fn, "jt",
                        ["现将《%s》印发给你们，请遵照执行。执行中遇到的问题，请及时反馈集团信息中心。" % fn], fn)
    if split:
        doc = Doc("rule_main", "关于印发《%s》的通知" % fn, d, [], False, head, decoy="notice that only cites the 办法 it issues")
    else:
        doc = Doc("rule:" + key, name, d, sorted(set(items)), False, head + [("break",), ("title", fn)] + body)
    doc.no = no
    return doc


def rule_book(co, d, keys, drop):
    b = long_cover(co, "信息中心管理制度汇编（%d版）" % d.year, "XXZX-HB-%d" % d.year, "%d版" % d.year, d,
                   [full_name(co, k) for k in keys]) + [("title", "信息中心管理制度汇编（%d版）" % d.year), ("p", "综合管理组 编    %s" % cnd(d)),
         ("h1", "说明"), ("p", "本汇编收录集团信息化管理办法及信息中心程序文件，供运维一组、二组、调度值班和驻场人员学习查阅。以正式发文为准。"),
         ("h1", "目录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "%d. %s …… %d" % (i, full_name(co, k), 3 + 6 * i)))
    items = []
    for i, k in enumerate(keys, 1):
        body, its = rule_body(co, k, drop)
        b += [("break",), ("h1", "%s" % full_name(co, k))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("rule_book", "制度汇编", d, sorted(set(items)), False, b)


# --------------------------------------------------------------------------- 作业指导书 (24, 11)

OPS = {
    "scada": ("SCADA服务器巡检作业指导书", "运维二组", ["登录SCADA主、备服务器，检查实时库进程、历史库写入、前置机通道状态；",
                                              "核对各门站、调压站RTU通讯状态，通道中断超过5分钟的通知调度中心；",
                                              "检查主备同步与磁盘空间，导出巡检结果。"]),
    "fw": ("防火墙策略维护作业指导书", "运维一组", ["导出当前策略并备份；", "按变更单逐条新增或修改策略，禁止any-any放行；",
                                         "验证业务连通性，清理90天无命中策略，记录变更台账。"]),
    "gap": ("工控网闸运维作业指导书", "运维一组", ["检查生产控制网与管理信息网之间网闸的双机状态；", "核对摆渡任务和数据同步日志；",
                                        "特征库和系统补丁须经测试环境验证后方可更新。"]),
    "db": ("抄表平台数据库备份与恢复作业指导书", "运维二组", ["每日23:00全量备份抄表平台数据库，每小时归档日志；",
                                                "每周检查备份完整性，每季度在测试库做一次恢复验证；", "备份介质异地保存。"]),
    "yy": ("营业收费系统年度结转作业指导书", "运维二组", ["结转前冻结收费、导出全量账务数据并备份；",
                                            "执行年度结转脚本，核对户数、应收、实收；", "结转完成后通知营业部恢复收费。"]),
}


def ops_guide(co, d, key, bare=False):
    name, grp, steps = OPS[key]
    b = [("title", name), ctl(co, d, code(co, list(OPS).index(key) + 1, "ZY"), "第%d版" % co.rng.randint(1, 3)),
         ("h1", "1 适用范围"), ("p", "适用于%s对%s的维护作业。" % (grp, name.replace("作业指导书", ""))),
         ("h1", "2 作业人员及工具"), ("p", "作业人员：%s工程师2人（一人操作一人监护）；工具：运维终端、堡垒机账号、作业票。" % grp),
         ("h1", "3 作业步骤")] + [("p", "3.%d %s" % (i, s)) for i, s in enumerate(steps, 1)] + [
        ("h1", "4 风险提示"), ("p", "作业须在批准的窗口内进行，影响SCADA的作业须提前通知调度中心；异常时立即停止作业并按回退步骤恢复。"),
        ("h1", "5 质量标准"), ("p", "作业后系统运行正常，记录完整，签字齐全。")]
    return Doc("ops", name, d, ["11/manuals", "24/work-instructions"], False, b)


def ops_book(co, d, keys):
    b = [("p", center(co)), ("title", "信息中心运维作业指导书汇编"), ("p", "%s版" % d.year), ("break",), ("h1", "目录")]
    b += [("p", "%d  %s" % (i, OPS[k][0])) for i, k in enumerate(keys, 1)]
    for k in keys:
        g = ops_guide(co, d, k)
        b += [("break",), ("h1", OPS[k][0])] + [x if x[0] != "title" else ("h2", x[1]) for x in g.blocks[1:]]
    return Doc("ops_book", "作业指导书汇编", d, ["11/manuals", "24/work-instructions"], False, b)


def ops_cycle(co, d):
    rows = [["设备类别", "检查项目", "周期"], ["防火墙", "策略、会话、日志", "每周"], ["网闸", "双机、同步", "每日"],
            ["SCADA服务器", "进程、通道", "每日"], ["UPS", "电池内阻", "每季"]]
    return Doc("cycle", "运维周期表", d, [], False, sheets=[("周期", [["信息设备维护周期一览表"]] + rows)])


# ----------------------------------------------------------------------------- organisation

def leading_group(co, d, outs):
    mem = [["组长", co.boss, "集团总经理"], ["副组长", co.p(1), "分管副总经理"], ["成员", co.p(0), "信息中心主任"],
           ["成员", co.p(3), "安全保密办主任"], ["成员", "各分（子）公司总经理", ""]]
    ex = [["执行组组长", co.p(0), "信息中心"], ["执行组", co.p(2), "运维一组"], ["执行组", co.p(4), "运维二组"], ["执行组", co.p(5), "调度值班"]]
    if outs:
        ex += [["执行组（驻场）", co.vp(0), co.vendor], ["执行组（驻场）", co.vp(1), co.vendor]]
    body = ["为加强集团网络安全和信息化工作的领导，经集团研究，决定调整集团网络安全和信息化领导小组，现将有关事项通知如下。",
            "一、领导小组", ("table", [["职务", "姓名", "单位/职务"]] + mem),
            "领导小组是集团网络安全工作的领导机构（安全领导小组），负责审定网络安全方针、重大事项和资源。",
            "二、管理组：设在安全保密办，负责制度、等级保护、内审和监督检查。",
            "三、执行组：设在信息中心，负责日常运维、巡检、事件处置和应急响应。", ("table", [["角色", "姓名", "单位"]] + ex)]
    no = next_no(co, d, "jt")
    b = [("big", co.av["grp"] + "文件"), ("p", no), ("title", "关于调整集团网络安全和信息化领导小组的通知"), ("p", "集团各部室、各分（子）公司：")]
    b += [x if isinstance(x, tuple) else ("p", x) for x in body]
    b += [("p", co.av["grp"]), ("p", sign_date(d))]
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if outs else [])
    return Doc("leading_group", "领导小组调整", d, items, False, b)


def roster(co, d, outs):
    own = [[i + 1, co.p(i), ["中心主任", "运维一组组长", "网络安全工程师", "运维二组组长", "数据库工程师", "调度值班员"][i],
            ["综合管理", "运维一组", "运维一组", "运维二组", "运维二组", "调度值班"][i], "138%08d" % co.rng.randint(0, 10 ** 8 - 1)]
           for i in range(6)]
    vrows = [[i + 1, co.vp(i), ["驻场网络工程师", "驻场SCADA工程师"][i], co.vendor, "驻场"] for i in range(2)] if outs else []
    return book("staff", "信息中心运维人员花名册（%d年%d月）" % (d.year, d.month), d, True, [
        ("中心人员", ["序号", "姓名", "岗位", "班组", "电话"], own, ["9/staff-list"]),
        ("驻场外包", ["序号", "姓名", "岗位", "单位", "方式"], vrows, ["9/outsourcing"])])


def roles(co, d):
    rows = [["服务经理", "服务级别、客户沟通、月报", "综合管理", co.p(0)], ["网络安全工程师", "安全设备运维、日志审计、漏洞扫描", "运维一组", co.p(2)],
            ["应用运维工程师", "营收、抄表、GIS系统运维", "运维二组", co.p(4)], ["服务台/调度值班", "受理报障和请求、派单、回访", "调度值班", co.p(5)],
            ["配置管理员", "CMDB、资产台账", "运维一组", co.p(1)], ["安全审计员", "等保、审计、保密检查", "安全保密办", co.p(3)]]
    return book("roles", "安全运维岗位角色及职责清单", d, False, [("角色", ["角色", "职责", "所在组织", "人员"], rows, ["18/roles", "23/roles"])])


def iface_notice(co, d):
    b, no = red_head(co, d, "关于明确网络安全管理接口人的通知", "zx", [
        "为做好与集团安全保密办、%s及属地公安网安部门的网络安全工作对接，经中心研究，明确%s为网络安全管理接口人，负责安全事件通报、"
        "安全检查配合、安全文件接收传达；%s为备岗。" % (co.av["cshort"], co.p(3), co.p(2))])
    return Doc("iface", "接口人通知", d, ["28/interface-person"], False, b)


def desk_notice(co, d):
    b, no = red_head(co, d, "关于设立信息中心IT服务台的通知", "zx", [
        "自%s起，信息中心依托调度值班设立IT服务台，服务电话%s（7×24小时），统一受理集团各单位和%s的报障、服务请求和咨询，"
        "在%s登记派单并跟踪回访。" % (cnd(d), co.av["desk"], co.av["cshort"], co.av["itsm"])])
    return Doc("desk", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[i + 1, co.p(5 if i == 0 else i), "调度值班", "合格"] for i in range(4)]
    return book("desk_train", "IT服务台值班员岗位培训记录", d, True, [
        ("培训记录", ["序号", "姓名", "班组", "考核"], rows, ["48/training"])],
        note="培训时间：%s；内容：%s工单受理、事件分级、升级规则、回访话术；讲师：%s" % (anyd(co, d), co.av["itsm"], co.p(0)))


def hotline_training(co, d):
    rows = [[i + 1, "坐席%02d" % (i + 3), "客服中心", ""] for i in range(6)]
    return book("hotline", "96777客服热线坐席业务培训签到表", d, True, [
        ("签到", ["序号", "姓名", "部门", "签字"], rows, [])],
        note="内容：燃气安全用气常识、阶梯气价政策、报修受理话术")


def center_minutes(co, d, topics):
    b = [("title", "信息中心例会纪要"), ("p", "时间：%s    地点：信息中心会议室    主持：%s" % (anyd(co, d), co.p(0))),
         ("p", "参加：各组组长、调度值班负责人、安全保密办、驻场负责人")]
    items = []
    n = 0
    for t in topics:
        n += 1
        if t == "iface":
            b.append(("p", "%d. 明确%s为网络安全管理接口人，负责与安全保密办和%s对接安全事件通报与检查配合，%s备岗。" % (n, co.p(3), co.av["cshort"], co.p(2))))
            items.append("28/interface-person")
        elif t == "iface_pending":
            b.append(("p", "%d. 网络安全管理接口人人选待中心另行研究明确。" % n))
        elif t == "improve":
            b.append(("p", "%d. 审议改进机会评估表：按影响、成本、风险加权评分，批准“抄表数据自动校核”（82分）、“巡检报表自动生成”（76分）列入本年改进计划，"
                           "“知识库重构”（58分）暂缓。" % n))
            items += ["67/analysis", "67/prioritisation"]
        elif t == "improve_wait":
            b.append(("p", "%d. 各组提出的改进建议共6条，先由综合管理组织评估后再议，本次不作决定。" % n))
        elif t == "winter":
            b.append(("p", "%d. 部署冬季保供期间信息系统保障工作，调度值班加强夜间值守。" % n))
        else:
            b.append(("p", "%d. 通报上月运维情况，工单%d张，均已关闭。" % (n, co.rng.randint(120, 400))))
    b.append(("p", "记录：%s" % co.p(5)))
    return Doc("minutes", "中心例会纪要", d, sorted(set(items)), False, b)


def gm_minutes(co, d):
    b = [("title", "总经理办公会会议纪要"), ("p", "〔%d〕第%d期" % (d.year, co.rng.randint(5, 30))),
         ("p", "一、听取冬季保供准备情况汇报，要求各单位10月底前完成调压设施检修。"),
         ("p", "二、研究%s智能表推广计划，同意年内新增物联网表%d万户。" % (co.av["city"], co.rng.randint(3, 12))),
         ("p", "三、同意信息中心采购防火墙2台。")]
    return Doc("gm_minutes", "总经理办公会纪要", d, [], False, b)


# ------------------------------------------------------------------------------- the customer

def survey(co, d, tm, sec):
    w = W("%s信息系统运维服务需求调研报告" % co.av["cshort"]).top(
        ("p", "调研单位：%s    报告日期：%s" % (center(co), anyd(co, d))))
    w.sec("调研背景", ["%s划入集团管理后，其营业收费、抄表和门站SCADA系统拟纳入集团信息中心统一运维。中心于%d年%d月赴%s访谈该公司分管领导、"
                    "客服、营业、调度人员，结合其“十四五”信息化规划，形成本报告。" % (co.av["cshort"], d.year, d.month, co.av["county"])])
    w.sec("服务时间需求", ["SCADA及门站数据采集要求7×24小时；营业收费系统营业时间（8:00-18:00）内一级响应，月末结账日延长至22:00；",
                       ("table", [["系统", "服务时间", "响应", "到场"], ["门站SCADA", "7×24", "15分钟", "2小时"],
                                  ["营业收费系统", "7×24（营业时间重点保障）", "30分钟", "4小时"], ["办公OA", "5×8", "2小时", "次日"]])],
          ["1/survey"], tm)
    w.sec("安全服务需求及类型", ["该公司提出的安全服务需求：安全设备代维、工控网络隔离检查、漏洞扫描与渗透测试、日志审计、等级保护测评配合、安全事件应急响应、员工安全意识培训；"
                          "按类型归为基础运维类、安全评估类、应急保障类、培训咨询类。"], ["5/survey"], sec)
    w.sec("结论", ["以上需求经%s确认，作为服务目录和运维服务协议的依据。" % co.av["cshort"]])
    return w.doc("survey", d, False)


def budget(co, d):
    rows = [[1, "网络及安全设备代维", 220, "驻场网络工程师1人", 1100, 242000, "%d年1月起" % (d.year + 1)],
            [2, "SCADA及门站系统运维", 180, "SCADA工程师1人", 1300, 234000, "签约后30日内完成交接"],
            [3, "营业收费、抄表系统运维", 120, "应用工程师", 1200, 144000, "月末结账保障"],
            [4, "季度健康检查", 24, "高级工程师2人", 1800, 43200, "每季末月"], [5, "渗透测试", 10, "安全工程师", 2500, 25000, "上半年"],
            ["", "合计", 554, "", "", 688200, ""]]
    return book("budget", "%s信息系统运维费用测算表" % co.av["cshort"], d, False, [
        ("测算", ["序号", "工作内容", "工作量（人天）", "人力资源", "单价", "项目经费（元）", "项目节点"], rows, ["2/budget"])],
        note="编制：%s  审核：%s  %s" % (co.p(0), co.p(1), anyd(co, d)))


def kickoff(co, d, agreed):
    w = W("%s信息系统运维交接对接会纪要" % co.av["cshort"]).top(
        ("p", "时间：%s    地点：%s三楼会议室" % (anyd(co, d), co.av["cshort"])),
        ("p", "参加：%s %s、%s；信息中心 %s、%s" % (co.av["cshort"], co.cp(0), co.cp(1), co.p(0), co.p(2))))
    w.sec("会议内容", ["双方就运维范围、驻场安排、巡检频次、月报提交方式进行了沟通。"])
    if agreed:
        w.sec("会议共识", ["1. 双方一致同意信息中心自下月起承担该公司网络安全设备、SCADA、营业收费和抄表系统的运维；",
                       "2. 工作日安排1名工程师驻场，夜间及节假日由调度值班远程值守；", "3. 每季度健康检查一次，每月5日前提交运维月报。",
                       "以上事项双方达成一致，签字确认。%s（签字）  %s（签字）" % (co.cp(0), co.p(0))], ["3/communication"])
    else:
        w.sec("待定事项", ["驻场人数和费用双方存在分歧，%s需报其董事会研究，下次会议再议。" % co.av["cshort"]])
    return w.doc("kickoff", d, False)


def history(co, d, lst, ana, strat):
    rows = [[i + 1, n, s, "%d.01-%d.12" % (d.year - 1, d.year - 1), co.rng.randint(60, 5000)] for i, (n, s) in enumerate(
        [("报障工单", "原客服系统"), ("系统中断记录", "值班记录"), ("变更记录", "纸质变更单"), ("SCADA通讯告警", "SCADA历史库"),
         ("防火墙日志", "日志服务器"), ("营收系统结账记录", "营收系统")])]
    hdr = ["序号", "数据名称", "来源", "时间范围", "条数"]
    if not (ana or strat):
        return book("history", "%s运维历史数据清单" % co.av["cshort"], d, False,
                    [("历史数据清单", hdr, rows if lst else [], ["4/history-list"])])
    w = W("%s上年运维数据分析及保障方案" % co.av["cshort"]).top(("p", "编制：%s    %s" % (co.p(1), anyd(co, d))))
    w.sec("历史数据清单", [("table", [hdr] + rows)], ["4/history-list"], lst)
    w.sec("历史数据分析", ["指标完成情况：上年营收系统可用率99.82%，低于99.9%目标；SCADA通讯中断率0.4%。",
                       "违例操作：发现共用管理员账号、未经审批修改防火墙策略共5次。",
                       "重大事件：上年11月营收系统数据库故障，停止收费3.5小时。",
                       "重大（失败）变更：阶梯气价参数调整失败1次，已回退。"], ["4/analysis"], ana)
    w.sec("运维保障策略及实施方案", ["策略：账号实名制和堡垒机接入；变更必须有测试和回退；营收数据库增加实时备库；采暖季前专项检查。",
                              ("table", [["措施", "责任人", "完成时间"], ["堡垒机接入", co.p(2), "交接后1个月"], ["营收备库", co.p(4), "交接后3个月"]])],
          ["4/strategy"], strat)
    return w.doc("history", d, False)


def agreement(co, d, health=True):
    w = W("%s信息化运维服务协议" % co.av["cshort"], "art").top(
        ("p", "甲方：%s    乙方：%s" % (co.av["cust"], co.av["grp"])), ("p", "协议编号：%sXXYW-%d-%02d" % (co.short, d.year, co.rng.randint(1, 20))))
    w.sec("服务范围", ["网络及安全设备、门站SCADA、营业收费系统、智能表抄表平台、办公系统的运行维护。"])
    w.sec("运维方式", ["驻场值守：工作日1人驻场；远程值守：夜间及节假日由乙方调度值班远程监控；定期巡检：每月现场巡检一次。"], ["35/sla"])
    w.sec("服务级别及核心指标", [("table", [["指标", "承诺值"], ["SCADA数据采集可用率", "≥99.9%"], ["营业收费系统可用率", "≥99.8%"],
                                       ["一级事件响应", "15分钟"], ["一级事件恢复", "4小时"], ["用户满意度", "≥90分"]])], ["36/sla", "39/sla"])
    w.sec("健康检查", ["乙方每季度对安全设备和业务系统进行健康检查，以现场检查为主、远程检查为辅，检查后5个工作日内提交健康检查报告。"], ["15/agreement"], health)
    w.sec("费用和期限", ["协议期三年，费用按年度测算表结算。"])
    w.b += [("p", "甲方（盖章）：              乙方（盖章）："), ("p", "签订日期：%s" % anyd(co, d))]
    return w.doc("agreement", d, False)


def health_check(co, d, collect=True):
    w = W("%s信息系统健康检查报告（%d年第%d季度）" % (co.av["cshort"], d.year, (d.month - 1) // 3 + 1)).top(
        ("p", "检查方式：现场检查+远程检查    检查日期：%s    检查人：%s、%s" % (anyd(co, d), co.p(2), co.p(4))))
    w.sec("安全设备检查", [("table", [["设备", "检查内容", "结果"], ["出口防火墙", "CPU 23%、会话2.1万、HA正常、特征库最新", "正常"],
                                     ["工控网闸", "双机正常、同步任务正常", "正常"], ["防病毒服务器", "病毒库版本当日、终端在线率96%", "正常"]])],
          ["14/maintenance", "44/inspection"])
    w.sec("业务系统检查", ["对SCADA、营业收费系统的可用性和持续运行能力进行检查：主备切换测试正常，数据库表空间使用率71%，备份可恢复。"],
          ["15/records", "46/records"])
    w.sec("安全信息采集", ["采集防火墙、交换机配置文件并与基线比对；采集出口流量（峰值186Mbps）和门站专线流量；采集设备运行状态。"],
          ["16/config", "16/traffic", "16/status"], collect)
    w.sec("问题及建议", ["营收数据库归档日志空间偏紧，建议扩容。"])
    return w.doc("health", d, True)


def csat(co, d, half):
    rows = [["服务响应及时性", 92, 94], ["问题解决效果", 90, 91], ["驻场人员态度", 95, 96], ["月报质量", 88, 90]]
    return Doc("csat", "满意度调查", d, ["41/surveys", "58/survey", "63/survey"], True, [
        ("title", "%s运维服务满意度调查报告（%d年%s半年）" % (co.av["cshort"], d.year, half)),
        ("p", "调查时间：%s；发放问卷%d份，回收%d份。" % (anyd(co, d), 40, co.rng.randint(32, 40))),
        ("table", [["项目", "上期", "本期"]] + rows),
        ("h1", "满意度分析"), ("p", "综合满意度%d分。月报质量得分最低，用户反映月报数据不够直观；驻场人员态度评价最高。" % co.rng.randint(90, 94))])


def csat_trend(co, d):
    return Doc("csat_trend", "满意度趋势分析", d, ["41/trend"], True, [
        ("title", "运维服务满意度趋势分析（%d-%d）" % (d.year - 2, d.year)),
        ("table", [["期次", "%d上" % (d.year - 2), "%d下" % (d.year - 2), "%d上" % (d.year - 1), "%d下" % (d.year - 1), "%d上" % d.year],
                   ["综合满意度", 86, 88, 89, 91, 93]]),
        ("p", "满意度连续五期上升，月报质量项始终最低，为下一步改进重点。分析人：%s  %s" % (co.p(0), anyd(co, d)))])


def callbacks(co, d):
    rows = [[anyd(co, back(d, 30 * i)), co.cp(i), "电话回访", co.rng.choice(["满意", "基本满意", "满意"]), "希望月报增加收费系统指标"] for i in range(4)]
    return book("callback", "%s用户主动回访记录" % co.av["cshort"], d, True, [
        ("回访", ["回访日期", "回访对象", "方式", "评价", "意见"], rows, ["63/follow-up-visits"])])


def cust_monthly(co, d, avail):
    w = W("%s运维服务月报（%d年%d月）" % (co.av["cshort"], d.year, d.month))
    w.sec("本月工作", ["处理报障%d件、服务请求%d件，完成月度巡检。" % (co.rng.randint(20, 60), co.rng.randint(10, 30))])
    w.sec("系统可用率", [("table", [["系统", "可用率", "目标"], ["门站SCADA", "99.97%", "99.9%"], ["营业收费系统", "99.91%", "99.8%"]])],
          ["18/availability-report", "22/report"], avail)
    w.sec("下月计划", ["配合完成采暖季前检查。"])
    return w.doc("cmonthly", d, True)


def requirements(co, d):
    return Doc("req", "需求分析", d, ["11/requirements"], True, [
        ("title", "%s智能表抄表平台接入需求分析记录" % co.av["cshort"]),
        ("p", "日期：%s    参加：%s（%s）、%s（信息中心）" % (anyd(co, d), co.cp(1), co.av["cshort"], co.p(4))),
        ("h1", "功能需求"), ("p", "实现该公司%d万户物联网表数据接入集团抄表平台，日冻结数据次日8点前入库。" % co.rng.randint(2, 9)),
        ("h1", "性能需求"), ("p", "单批次10万条数据30分钟内完成解析。"),
        ("h1", "安全需求"), ("p", "表端数据加密传输，平台账号按最小权限分配。"),
        ("p", "需求方确认：%s（签字）" % co.cp(1))])


# ------------------------------------------------------------------------------ design

def catalog(co, d, lvl):
    rows = [["初始服务", "资产识别、配置采集、交接", "基础"], ["安全设备运维", "防火墙、网闸、IPS、防病毒维护", "基础"],
            ["日常巡检服务", "机房和设备日巡检、月巡检", "基础"], ["健康检查", "季度健康检查", "基础"], ["安全事件审计", "日志集中审计", "基础"]]
    items = ["29/catalog", "12/catalog"]
    if lvl >= 2:
        rows += [["运维监控与分析", "监控平台、月度指标分析", "扩展"], ["终端安全监控", "终端准入、防病毒", "扩展"],
                 ["等级保护合规性运维", "等保整改、测评配合", "扩展"]]
        items.append("19/catalog")
    if lvl >= 3:
        rows += [["安全通告及漏洞分析", "漏洞、病毒、政策通告", "增值"], ["应急响应服务", "7×24应急响应、演练", "增值"]]
        items.append("26/catalog")
    return book("catalog", "信息中心安全运维服务目录（%d版）" % d.year, d, False, [
        ("服务目录", ["服务名称", "服务内容", "类别"], rows, items)])


def vendor_contract(co, d, onsite=True):
    return Doc("vcontract", "外包合同", d, ["8/sld"], False, [
        ("title", "信息系统运维外包服务合同"), ("p", "甲方：%s    乙方：%s" % (co.av["grp"], co.vendor)),
        ("h1", "第三条 服务级别"),
        ("table", [["事件级别", "响应时限", "恢复时限"], ["一级（SCADA/营收中断）", "15分钟", "4小时"], ["二级", "30分钟", "8小时"],
                   ["三级", "2小时", "2个工作日"]]),
        ("h1", "第四条 服务方式"), ("p", "乙方派驻2名工程师，接受甲方信息中心管理。" if onsite else
                                     "乙方以远程支持为主，一级事件2小时内到场，不派驻人员。"), ("p", "签订日期：%s" % anyd(co, d))])


def ola(co, d):
    return Doc("ola", "内部OLA", d, ["8/ola"], False, [
        ("title", "信息中心内部运营级别约定（OLA）"), ctl(co, d, code(co, 31, "GF"), "V1.1"),
        ("p", "运维一组、运维二组、调度值班、安全保密办之间的支持时限与外包合同第三条服务级别保持一致："),
        ("table", [["级别", "调度值班派单", "责任组接手", "恢复"], ["一级", "5分钟", "15分钟", "4小时"], ["二级", "10分钟", "30分钟", "8小时"],
                   ["三级", "30分钟", "2小时", "2个工作日"]]),
        ("p", "每半年与外包合同服务级别对照复核一次。")])


def avail_kpis(co, d):
    rows = [["整体", "生产系统整体可用率", "≥99.9%", "月"], ["单系统", "SCADA数据采集完整率", "≥99.5%", "日"],
            ["单系统", "营业收费系统可用率", "≥99.8%", "月"], ["单系统", "抄表平台日冻结数据到达率", "≥98%", "日"], ["单系统", "GIS系统可用率", "≥99%", "月"]]
    return book("kpis", "信息系统可用性指标清单", d, False, [("指标", ["类型", "指标", "目标", "周期"], rows, ["6/availability-kpis"])])


def impact(co, d, auto):
    w = W("以往运维服务方案及生产影响分析").top(("p", "编制：%s  %s" % (co.p(0), anyd(co, d))))
    w.sec("以往解决方案及对生产的影响", ["回顾上年实施的41项运维方案：SCADA服务器扩容、营收数据库迁移、阶梯气价参数调整等；其中2项在实施中造成营业厅暂停收费（最长25分钟），"
                              "无方案影响燃气输配调度。"], ["7/impact-analysis"])
    w.sec("安全事件解决效率及可自动化服务", ["上年安全事件156起，平均处理2.8小时；病毒告警、弱口令、抄表数据缺失核查等重复性工作占58%，"
                                "建议实现抄表数据自动校核、弱口令自动核查、巡检报表自动生成。"], ["7/automation"], auto)
    return w.doc("impact", d, True)


def dev_plan(co, d):
    return Doc("devplan", "工具开发计划", d, ["33/dev-plan"], False, [
        ("title", "%d年运维工具自主开发计划" % d.year), ctl(co, d, code(co, 33, "JH"), "V1.0"),
        ("table", [["工具", "用途", "来源", "负责人", "完成时间"], ["抄表数据自动校核脚本", "核查日冻结数据缺失", "自身需要", co.p(4), "6月"],
                   ["巡检报表生成工具", "汇总巡检结果", "自身需要", co.p(2), "8月"], ["营收对账小工具", "%s要求" % co.av["cshort"], "客户要求", co.p(4), "10月"]])])


def avail_plan(co, d):
    return Doc("aplan", "可用性计划", d, ["18/availability-plan", "22/plan"], False, [
        ("title", "%d年信息系统可用性计划" % d.year), ("p", "目标：生产系统整体可用率≥99.9%；SCADA主备自动切换≤30秒。"),
        ("p", "措施：营收数据库实时备库；采暖季前主备切换测试；可用性事件当月分析；每月在运维月报中报告可用率。"),
        ("p", "编制：%s  批准：%s  %s" % (co.p(0), co.boss, anyd(co, d)))])


# ----------------------------------------------------------------------------- records

def patrol(co, d, grp, kinds):
    def rows(n, f):
        return [f(back(d, 3 * i)) for i in range(n)]
    sh = [("网络及安全设备", ["日期", "设备", "CPU", "内存", "告警", "状态", "巡检人"],
           rows(6, lambda x: [x.isoformat(), co.rng.choice(["出口防火墙", "核心交换机", "工控网闸", "IPS"]), "%d%%" % co.rng.randint(10, 60),
                              "%d%%" % co.rng.randint(30, 70), co.rng.choice(["无", "无", "1条已处理"]), "正常", co.p(2)]) if "dev" in kinds else [],
           ["44/inspection", "45/monitoring", "14/maintenance"]),
          ("防病毒", ["日期", "病毒库版本", "全盘查杀", "发现病毒", "处理"],
           rows(4, lambda x: [x.isoformat(), "%s.%03d" % (ymd(x), co.rng.randint(1, 9)), "完成", co.rng.choice([0, 0, 2]), "已清除"]) if "av" in kinds else [],
           ["44/virus-scan", "45/antivirus"]),
          ("维护保养", ["日期", "设备", "内容", "结果"],
           rows(3, lambda x: [x.isoformat(), co.rng.choice(["SCADA前置机", "核心交换机", "防火墙"]), "除尘、紧固、日志清理", "完成"]) if "maint" in kinds else [],
           ["14/maintenance", "44/maintenance"]),
          ("故障处理", ["日期", "设备", "故障", "处理", "恢复时间"],
           rows(2, lambda x: [x.isoformat(), "门站专线路由器", "光模块告警", "更换光模块", "40分钟"]) if "fault" in kinds else [], ["44/faults"]),
          ("升级更新", ["日期", "设备", "升级内容", "结果"],
           rows(2, lambda x: [x.isoformat(), "IPS", "特征库升级至最新", "成功"]) if "up" in kinds else [], ["44/upgrades"]),
          ("机房动环", ["日期", "温度", "湿度", "UPS"], rows(5, lambda x: [x.isoformat(), "23℃", "45%", "正常"]), [])]
    if co.rng.random() < 0.5:
        sh = [x for x in sh if x[2] or x[0] == "机房动环" or co.rng.random() < 0.4]
    return book("patrol", "%s设备巡检记录（%d年%d月）" % (grp, d.year, d.month), d, True, sh)


def dispatch_log(co, d):
    st = co.av["stations"]
    rows = [["%02d:00" % h, st[h % 3], "%.2fMPa" % (0.3 + co.rng.random() * 0.1), "%d Nm³/h" % co.rng.randint(8000, 30000), "正常"] for h in range(0, 24, 4)]
    return book("dispatch", "调度值班运行记录（%s）" % d.isoformat(), d, True, [("运行", ["时间", "场站", "出站压力", "瞬时流量", "状态"], rows, [])],
                note="值班调度员：%s；交班：运行正常" % co.p(5))


def hw_stats(co, d, empty=False):
    rows = [] if empty else [[m, co.rng.randint(0, 3), co.rng.choice(["电源", "硬盘", "光模块", "风扇"]), co.rng.randint(0, 2)] for m in range(1, min(d.month, 10) + 1)]
    if not empty:
        rows.append(["合计", sum(r[1] for r in rows), "", sum(r[3] for r in rows)])
    return book("hwstats", "%d年安全及网络设备硬件故障统计表" % d.year, d, True, [
        ("统计", ["月份", "故障次数", "主要部件", "返厂次数"], rows, ["14/hardware-faults", "44/faults"])])


def change_form(co, d, done=True):
    what, eff = co.rng.choice([("营业收费系统阶梯气价参数调整", "营业厅及网上缴费暂停15分钟"), ("出口防火墙策略新增", "无业务中断"),
                               ("SCADA历史库扩容", "历史曲线查询暂停30分钟，实时监控不受影响"), ("抄表平台版本升级", "日冻结数据延迟入库1小时")])
    rows = [["变更编号", "BG-%s-%02d" % (ymd(d), co.rng.randint(1, 9))], ["变更内容", what], ["影响范围", eff], ["测试情况", "测试环境验证通过"], ["回退方案", "恢复变更前备份"],
            ["审批", "%s（组长） %s（主任）" % (co.p(1), co.p(0)) if done else ""], ["实施结果", "成功，已验证" if done else ""],
            ["实施人/日期", "%s  %s" % (co.p(4), anyd(co, d)) if done else ""]]
    return Doc("change", "变更申请单", d, ["54/records", "43/process-records"] if done else [], True,
               [("title", "信息系统变更申请单"), ("table", rows)])


def change_ledger(co, d):
    rows = [["BG%d%03d" % (d.year, 80 - i), anyd(co, back(d, 11 * i)), co.rng.choice(["防火墙策略", "营收参数", "交换机端口", "抄表平台版本"]),
             co.rng.choice(["一般", "重大"]), co.p(0), "成功"] for i in range(8)]
    return book("cledger", "%d年信息系统变更台账" % d.year, d, True, [
        ("台账", ["编号", "日期", "内容", "级别", "批准", "结果"], rows, ["54/records", "43/process-records"])])


def tickets(co, d, resp=True):
    hdr = ["工单号", "报障时间", "报障单位", "内容", "级别"] + (["响应时长(分钟)"] if resp else []) + ["处理人", "状态"]
    rows = []
    for i in range(10):
        x = back(d, 2 * i)
        r = ["GD%s%03d" % (ymd(x), i), x.isoformat() + " 09:%02d" % co.rng.randint(0, 59), co.rng.choice(["营业部", "客服中心", "调度中心", co.av["cshort"]]),
             co.rng.choice(["收费终端无法登录", "抄表数据缺失", "打印机故障", "VPN无法连接"]), co.rng.choice(["三级", "三级", "二级"])]
        if resp:
            r.append(co.rng.randint(3, 25))
        rows.append(r + [co.p(co.rng.randint(2, 5)), "已关闭"])
    return book("tickets", "工单导出", d, True, [("Sheet1", hdr, rows, ["43/process-records"] + (["55/response-times"] if resp else []))])


def outage_book(co, d):
    rows = [[anyd(co, back(d, 40 * i)), co.rng.choice(["营业收费系统", "抄表平台", "门站SCADA通道"]), co.rng.choice(["35分钟", "12分钟", "1小时10分"]),
             co.rng.choice(["数据库锁等待", "运营商专线中断", "服务器内存故障"]), "已恢复"] for i in range(4)]
    return book("outage", "%d年系统中断（可用性事件）登记表" % d.year, d, True, [
        ("登记", ["日期", "系统", "中断时长", "原因", "状态"], rows, ["18/availability-events", "22/events", "43/process-records"])])


def assets(co, d):
    rows = [["XX-%03d" % i, t, m, f, loc, p, lvl, "V%d.%d" % (co.rng.randint(1, 9), co.rng.randint(0, 9))] for i, (t, m, f, loc, p, lvl) in enumerate([
        ("防火墙", "华为USG6555E", "互联网出口", "集团机房A排3柜", "GE1/0/1-外网", "重要"),
        ("网闸", "国产隔离网闸", "生产/管理网隔离", "集团机房A排4柜", "内外端口各1", "核心"),
        ("服务器", "浪潮NF5280", "SCADA主服务器", "调度大厅机房", "Bond0", "核心"),
        ("交换机", "H3C S6520", "核心交换", "集团机房B排1柜", "1-48", "重要"),
        ("服务器", "华为2288H", "营收数据库", "集团机房B排2柜", "eth0/eth1", "核心")], 1)]
    return book("assets", "信息资产台账", d, True, [
        ("资产", ["资产编号", "类别", "型号", "功能", "物理位置", "端口", "分级", "软件版本"], rows, ["13/asset-list", "43/asset-list"])],
        note="保护要求：核心资产双机、堡垒机接入、每日备份配置")


def cmdb(co, d, rel):
    cis = [["CI-001", "SCADA主服务器", "服务器", "核心", "仅运维二组可改", "%s" % d.isoformat()], ["CI-002", "SCADA实时库", "软件", "核心", "变更审批", d.isoformat()],
           ["CI-003", "工控网闸", "安全设备", "核心", "双人操作", d.isoformat()], ["CI-004", "营收数据库", "数据库", "核心", "变更审批", d.isoformat()]]
    rels = [["CI-002", "运行于", "CI-001"], ["CI-001", "经由", "CI-003"], ["CI-004", "被依赖", "营业收费系统"]] if rel else []
    return book("cmdb", "CMDB配置项导出", d, True, [
        ("配置项", ["CI编号", "名称", "类型", "重要性", "访问控制（机密性/完整性）", "更新日期"], cis, ["27/cmdb"]),
        ("关联关系", ["源CI", "关系", "目标CI"], rels, ["38/cmdb-relations"])])


def ci_log(co, d):
    rows = [[anyd(co, back(d, 20 * i)), "CI-%03d" % co.rng.randint(1, 40), co.rng.choice(["内存扩容", "IP变更", "版本升级"]), co.p(1)] for i in range(5)]
    return book("ciup", "配置项变更维护登记", d, True, [("登记", ["日期", "CI", "更新内容", "维护人"], rows, ["43/ci-updates"])])


def collect(co, d):
    return book("collect", "安全信息采集记录（%d年%d月）" % (d.year, d.month), d, True, [
        ("配置", ["日期", "设备", "配置文件", "与基线比对"], [[d.isoformat(), "出口防火墙", "fw_%s.cfg" % ymd(d), "一致"]], ["16/config"]),
        ("流量", ["日期", "链路", "峰值", "均值"], [[d.isoformat(), "互联网出口", "192Mbps", "64Mbps"], [d.isoformat(), "门站专线", "6Mbps", "2Mbps"]], ["16/traffic"]),
        ("状态", ["日期", "设备", "CPU", "内存", "HA"], [[d.isoformat(), "工控网闸", "12%", "40%", "主"]], ["16/status"])])


def baseline(co, d):
    return Doc("baseline", "安全基线", d, ["25/baseline"], False, [
        ("title", "服务器及网络设备安全配置基线"), ctl(co, d, code(co, 25, "GF"), "V2.0"),
        ("table", [["对象", "基线项", "要求"], ["Linux", "口令复杂度", "≥10位，90天更换"], ["Windows", "远程桌面", "仅堡垒机可达"],
                   ["防火墙", "管理口", "禁止公网管理"], ["SCADA工作站", "USB", "禁用移动存储"]])])


def kb(co, d, rows_on=True):
    rows = [["KB%03d" % i, t, s] for i, (t, s) in enumerate([("RTU通讯中断", "检查专线和串口服务器，重启通道"), ("营收终端证书过期", "重新签发"),
                                                        ("抄表数据缺失", "核对集中器在线状态"), ("网闸同步失败", "检查摆渡任务")], 1)] if rows_on else []
    return book("kb", "运维知识库导出", d, True, [("知识", ["编号", "标题", "解决方法"], rows, ["21/knowledge-base"])])


# ---------------------------------------------------------------------------- 安全保密办

def log_audit(co, d):
    return Doc("logaudit", "日志审计报告", d, ["17/log-analysis", "45/audit-report", "47/audit"], True, [
        ("title", "网络安全日志审计分析报告（%d年%d月）" % (d.year, d.month)), ("p", "审计人：%s  %s" % (co.p(3), anyd(co, d))),
        ("h1", "一、网络及安全设备日志"), ("p", "防火墙拦截境外扫描%d次；网闸无异常摆渡。" % co.rng.randint(2000, 9000)),
        ("h1", "二、服务器及操作系统日志"), ("p", "SCADA服务器登录失败12次，均为值班员口令输错；营收数据库无越权操作。"),
        ("h1", "三、网络应用日志"), ("p", "网上营业厅发现SQL注入尝试43次，WAF已拦截。"),
        ("h1", "四、结论"), ("p", "未发现安全事件，建议封禁高频扫描源。")])


def bulletin(co, d, full=True):
    items = ["52/vulnerability", "53/bulletin"]
    b = [("title", "网络安全通告（%d年第%d期）" % (d.year, d.month)), ("p", "安全保密办  %s" % anyd(co, d)),
         ("h1", "漏洞通告"), ("p", "CVE-%d-%04d 某品牌PLC Web组件远程代码执行漏洞，涉及部分场站PLC。" % (d.year, co.rng.randint(1000, 9999))),
         ("h1", "厂商通告"), ("p", "华为、H3C发布防火墙、交换机安全补丁。")]
    if full:
        b += [("h1", "病毒通告"), ("p", "新型勒索病毒通过远程桌面弱口令传播。"),
              ("h1", "政策法规及业界动态"), ("p", "《关键信息基础设施安全保护条例》配套标准发布；住建部门部署城镇燃气行业网络安全检查。"),
              ("h1", "分析及建议"), ("p", "经排查，集团受影响PLC 3台，已隔离并联系厂商升级固件。")]
        items += ["52/virus", "52/policy", "52/analysis"]
    return Doc("bulletin", "安全通告", d, items, True, b)


def sec_stats(co, d, analysis=True):
    rows = [[m, co.rng.randint(0, 4), co.rng.randint(0, 2), co.rng.randint(0, 3)] for m in range(1, 7)]
    sh = [("统计", ["月份", "有害程序", "网络攻击", "设备故障"], rows, ["18/incident-stats"]),
          ("分析", ["项目", "分析"], [["趋势", "网络攻击集中于网上营业厅，有害程序事件下降"], ["措施", "加强WAF规则和终端准入"]] if analysis else [],
           ["18/incident-analysis"])]
    return book("secstats", "%d年上半年网络安全事件统计分析" % d.year, d, True, sh)


def pentest_plan(co, d):
    return Doc("ptplan", "渗透测试方案", d, ["31/pentest-plan", "32/pentest-plan"], True, [
        ("title", "%d年渗透测试实施方案" % d.year), ("p", "测试对象：网上营业厅、微信缴费接口、抄表平台Web端"),
        ("p", "时间：%d年%d月，避开用气高峰；授权：%s" % (d.year, d.month, co.p(0))), ("p", "方法：黑盒+灰盒；严禁对SCADA生产网测试。")])


def pentest_report(co, d):
    return Doc("ptrep", "渗透测试报告", d, ["31/pentest-records", "32/pentest-records"], True, [
        ("title", "渗透测试报告"), ("p", "测试日期：%s    测试人员：%s" % (anyd(co, d), co.p(3))),
        ("table", [["漏洞", "等级", "位置", "整改"], ["越权查询他人账单", "高危", "微信缴费接口", "已修复"], ["弱口令", "中危", "抄表平台后台", "已修复"]]),
        ("p", "复测结论：高危漏洞已全部修复。")])


def grading(co, d):
    return Doc("grading", "定级报告", d, ["51/grading"], False, [
        ("title", "SCADA调度系统网络安全等级保护定级报告"), ("p", "日期：%s" % anyd(co, d)),
        ("p", "业务信息安全等级：第三级；系统服务安全等级：第三级；定级结果：第三级。已在%s市公安局网安支队备案。" % co.av["city"])])


def grading_crit(co, d):
    return Doc("gradcrit", "分级标准", d, ["51/grading-criteria"], False, [
        ("title", "集团信息系统安全保护等级划分标准"), ctl(co, d, code(co, 51, "GF"), "V1.0"),
        ("p", "依据GB/T 22240，按受侵害客体和侵害程度划分：SCADA调度系统、营业收费系统原则上定为第三级，办公系统第二级。"),
        ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民法人权益", "一级", "二级", "三级"],
                   ["社会秩序公共利益", "二级", "三级", "四级"]])])


def retrofit(co, d, test=True, rb=True):
    w = W("营业收费系统升级改造实施方案").top(ctl(co, d, code(co, 60, "FA"), "V1.2"))
    w.sec("改造内容", ["营业收费系统由C/S架构升级为B/S架构，数据库迁移至新服务器。"])
    w.sec("改造前测试验证", ["在测试环境完成功能测试（收费、退费、阶梯计价）、性能测试（500并发）、安全测试（漏洞扫描），测试通过后方可割接。"],
          ["25/test-plan"], test)
    w.sec("回退方案", ["割接失败时，30分钟内切回原系统和原数据库，回退前停止收费并核对账务。"], ["25/rollback", "11/rollback"], rb)
    return w.doc("retrofit", d, False)


def compat(co, d):
    return Doc("compat", "兼容性测试", d, ["11/compatibility"], True, [
        ("title", "营业收费系统升级兼容性测试报告"), ("p", "测试日期：%s" % anyd(co, d)),
        ("table", [["类别", "测试项", "结果"], ["网络兼容", "营业厅专线、VPN访问", "通过"], ["系统兼容", "Win7/Win10收费终端", "通过"],
                   ["应用兼容", "与旧版抄表数据接口、银行代扣接口", "通过"]])])


def emer_plan(co, d, strategy=True, recovery=True):
    w = W("信息系统突发事件应急预案")
    if co.rng.random() < 0.6:
        w.b = long_cover(co, "信息系统突发事件应急预案", code(co, 36, "YA"), "%d版" % d.year, d,
                         ["总则", "组织机构", "响应程序"] + (["恢复策略", "系统恢复计划"] if strategy else [])) + [("title", "信息系统突发事件应急预案")]
    else:
        w.top(ctl(co, d, code(co, 36, "YA"), "%d版" % d.year))
    w.sec("总则", ["适用于SCADA、营业收费、抄表平台等信息系统突发事件的应急处置。"])
    w.sec("组织机构", ["集团网络安全和信息化领导小组为应急指挥机构，信息中心为应急处置组。"])
    w.sec("响应程序", ["事件发生→调度值班报告→研判分级→启动响应→处置→恢复→总结。一级响应时限15分钟。"])
    w.sec("恢复策略", ["SCADA：主备自动切换，失败时人工切换至备用调度台；营收系统：RTO 2小时、RPO 15分钟，切换至备库。"], ["55/plan"], strategy)
    w.sec("系统恢复计划", ["恢复顺序：网络→数据库→SCADA实时库→营收应用→抄表平台；每步有恢复负责人和验证方法。"], ["36/recovery-plan"], recovery)
    d2 = w.doc("emerplan", d, False)
    d2.items = sorted(set(d2.items) | {"36/emergency-plan", "53/emergency-plan"})
    return d2


def bcp(co, d):
    return Doc("bcp", "业务连续性计划", d, ["42/bcp"], False, long_cover(co, "信息系统业务连续性计划", code(co, 42, "JH"), "V1.0", d,
                                                                    ["关键业务识别", "连续性策略", "审批"]) + [
        ("title", "信息系统业务连续性计划"),
        ("p", "关键业务：燃气输配调度（SCADA）、客户收费、热线报修。最大可容忍中断：SCADA 30分钟，收费4小时。"),
        ("p", "连续性策略：SCADA双调度台+备用机房；收费系统异地备库，极端情况下启用离线收费。经总经理办公会审议批准。")])


def drill(co, d, kind):
    if kind == "sec":
        t, s = "网络安全事件应急演练记录", "模拟网上营业厅遭勒索病毒攻击，演练发现、报告、隔离、恢复全流程。"
        items = ["40/emergency-drill", "53/drill"]
    else:
        t, s = "营收数据库数据恢复及切换演练记录", "模拟营收主库损坏，从备库恢复并切换，RTO实测1小时20分。"
        items = ["40/recovery-drill", "53/drill"]
    return Doc("drill", t, d, items, True, [("title", t), ("table", [["时间", anyd(co, d)], ["场景", s], ["参加人员", "、".join(co.p(i) for i in range(4))],
                                                                   ["过程", "按预案执行，各环节时间记录见附表"], ["评估", "达到预期，发现通讯录过期一项已整改"]])])


def gas_drill(co, d):
    return Doc("gasdrill", "燃气泄漏抢险演练", d, [], True, [
        ("title", "%s燃气泄漏抢险应急演练总结" % co.av["stations"][0]), ("p", "时间：%s" % anyd(co, d)),
        ("p", "模拟中压管道第三方施工挖断泄漏，抢险队15分钟到场，关阀、放散、抢修，演练成功。")])


def gas_plan(co, d):
    return Doc("gasplan", "燃气抢险预案", d, [], False, [
        ("title", "燃气泄漏事故抢险应急预案"), ("p", "适用于管网、场站燃气泄漏、火灾、爆炸事故。"),
        ("p", "报警电话96777；抢险队接警后市区30分钟到场。")])


def kpi_sheet(co, d, targets=True):
    if targets:
        rows = [["SLA达成率", "≥98%", "97.6%", "未达成（已开纠正措施单）"], ["用户满意度", "≥90分", "93分", "达成"],
                ["投诉", "≤2次/季", "1次", "达成"], ["巡检完成率", "100%", "100%", "达成"]]
        return book("kpi", "%d年第%d季度运维KPI考核表" % (d.year, (d.month - 1) // 3 + 1), d, True, [
            ("考核", ["指标", "目标", "实际", "结论"], rows, ["57/measurement"])])
    rows = [["%s组" % g, "工单超时扣%d分" % co.rng.randint(1, 4), co.rng.randint(85, 98)] for g in ("运维一", "运维二")]
    return book("kpi", "%d年第%d季度运维考核扣分通报" % (d.year, (d.month - 1) // 3 + 1), d, True, [("扣分", ["班组", "扣分事项", "得分"], rows, [])])


def capa(co, d, verify=True):
    rows = [["编号", "JZ-%s" % ymd(d)], ["来源", "季度KPI：SLA达成率97.6%未达98%"], ["原因", "夜间二线支持响应慢"],
            ["纠正措施", "二线工程师夜间电话值守"], ["预防措施", "按季度复核值守排班"], ["责任人", co.p(1)],
            ["验证", "实施两个月SLA达成率98.7%，措施有效" if verify else ""], ["验证人", co.p(3) if verify else ""]]
    return Doc("capa", "纠正预防措施单", d, ["57/capa"] + (["66/effectiveness"] if verify else []), True,
               [("title", "纠正预防措施记录单"), ("table", rows)])


def internal_audit(co, d):
    return Doc("ia", "内审报告", d, ["59/internal-audit"], True, [
        ("title", "%d年度运维服务管理体系内部审核报告" % d.year), ("p", "审核组长：%s  %s" % (co.p(3), anyd(co, d))),
        ("h1", "审核准则"), ("p", "ISO/IEC 20000-1、集团运维制度、%s服务协议要求。" % co.av["cshort"]),
        ("h1", "审核发现"), ("p", "不符合2项：变更单缺回退方案1份；知识库季度复核未做。"),
        ("h1", "结论"), ("p", "体系有效实施和保持，满足服务需求和客户要求。")])


def mgmt_review(co, d, perf=True):
    items = []
    b = [("title", "%d年度管理评审报告" % d.year), ("p", "主持：%s  日期：%s" % (co.boss, anyd(co, d))), ("h1", "一、评审输入")]
    parts = [("perf", "60/performance", "服务和流程的执行情况和符合性：SLA达成率98.2%，各流程按程序运行，内审不符合2项已关闭。"),
             ("fb", "60/customer-feedback", "客户反馈：%s满意度93分，投诉1次。" % co.av["cshort"]),
             ("res", "60/resources", "资源：现有运维人员9人、驻场2人；明年抄表平台扩容需增加1人。"),
             ("ca", "60/corrective-actions", "纠正措施进展：上年5项完成4项，1项延续。"),
             ("chg", "60/changes", "可能影响服务的变更：营业收费系统B/S改造、等保测评新要求。"),
             ("imp", "60/improvements", "改进机会：月报可视化、抄表数据自动校核、夜间二线支持。")]
    for k, it, s in parts:
        if k == "perf" and not perf:
            continue
        b.append(("p", s))
        items.append(it)
    if perf:
        items.append("59/management-review")
    b += [("h1", "二、评审结论"), ("p", "体系适宜、充分、有效。")]
    return Doc("mr", "管理评审报告", d, items, True, b)


def iso_cert(co, d):
    return Doc("cert", "认证证书", d, ["61/audit-system"], False, [
        ("title", "信息技术服务管理体系认证证书"), ("p", "%s" % center(co)),
        ("p", "符合ISO/IEC 20000-1:2018；认证范围：为集团及所属企业提供信息系统运维服务"), ("p", "发证日期：%s" % cnd(d))])


def improve_plan(co, d, criteria=True):
    w = W("%d年运维服务持续改进计划" % d.year).top(ctl(co, d, code(co, 64, "JH"), "V1.0"))
    w.sec("改进项目", [("table", [["项目", "来源", "目标", "负责人", "完成"], ["抄表数据自动校核", "运维过程", "缺失发现由次日缩短到1小时", co.p(4), "6月"],
                                 ["月报可视化", "满意度调查", "月报质量得分≥92", co.p(0), "9月"]])], ["64/plan", "68/plan"])
    w.sec("评估标准", ["改进机会按用户影响40%、实施成本30%、风险30%评分，70分以上列入计划；改进项经识别、登记、批准、评估、测量和报告。"], ["64/criteria"], criteria)
    return w.doc("iplan", d, True)


def improve_track(co, d):
    rows = [["抄表数据自动校核", "1小时内发现缺失", "脚本上线", anyd(co, back(d, 50)), "实测平均40分钟，有效", "已在管理评审报告"],
            ["月报可视化", "月报得分≥92", "新模板启用", anyd(co, back(d, 20)), "下半年调查得分93，有效", "已报告"]]
    return book("itrack", "改进项目跟踪表", d, True, [("跟踪", ["项目", "目标", "实施", "完成日期", "效果测量", "报告"], rows,
                                                 ["68/implementation", "68/effectiveness"])])


def awareness(co, d):
    rows = [[i + 1, co.p(i), ["运维一组", "运维二组", "调度值班"][i % 3], 80 + co.rng.randint(5, 19)] for i in range(6)]
    return book("aware", "“持续改进 人人参与”服务改进意识宣贯签到及考试", d, True, [("签到", ["序号", "姓名", "班组", "考试成绩"], rows, ["69/awareness-training"])],
                note="时间：%s；讲师：%s；内容：服务改进意识、改进建议提交、优秀改进案例" % (anyd(co, d), co.p(0)))


def signin(co, d, what):
    rows = [[i + 1, co.p(i), "信息中心", co.p(i)] for i in range(6)]
    return book("signin", "《%s》学习签到表" % what, d, True, [("签到", ["序号", "姓名", "部门", "签字"], rows, [])])


def defects(co, d):
    return Doc("defects", "缺陷分析", d, ["70/defect-analysis"], True, [
        ("title", "%d年运维服务不良情况分析及改进方案" % d.year), ("p", anyd(co, d)),
        ("h1", "一、重大事件"), ("p", "营收数据库故障停止收费2小时。"), ("h1", "二、失败变更"), ("p", "阶梯气价参数变更失败回退1次。"),
        ("h1", "三、服务不达标"), ("p", "二季度SLA达成率97.6%未达标。"),
        ("h1", "四、改进方案"), ("p", "营收数据库实时备库；参数变更双人复核；夜间二线值守。")])


def monthly(co, d, trend=True, data=False):
    w = W("信息中心运维月报（%d年%d月）" % (d.year, d.month))
    w.sec("本月概况", ["工单%d张，变更%d项，系统运行平稳。" % (co.rng.randint(150, 400), co.rng.randint(5, 20))])
    w.sec("指标趋势分析", [("table", [["指标", "%d月" % max(1, d.month - 2), "%d月" % max(1, d.month - 1), "%d月" % d.month],
                                      ["出口带宽峰值(Mbps)", 172, 181, 192], ["抄表数据到达率", "97.8%", "98.3%", "98.6%"], ["告警数", 510, 466, 430]]),
                             "带宽逐月上升，预计采暖季达到扩容阈值；抄表到达率持续改善。"], ["50/monitoring-report"], trend)
    w.sec("运维数据", [("table", [["指标", "本月"], ["异常报告及时率", "98%"], ["异常漏报率", "0.4%"], ["维护作业计划及时完成率", "97%"],
                                  ["故障隐患发现率", "91%"], ["异常主动发现率", "87%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                  ["加固设备覆盖率", "94%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", 2]])], ["56/data"], data)
    return w.doc("monthly", d, True)


def year_summary(co, d, data=True, forecast=True):
    w = W("信息中心%d年工作总结" % (d.year - 1))
    w.sec("主要工作", ["完成营业收费系统改造、抄表平台扩容、等保测评；保障冬季保供期间系统零中断。"])
    w.sec("运维数据", [("table", [["指标", "全年"], ["异常报告及时率", "97%"], ["异常漏报率", "0.6%"], ["维护作业计划及时完成率", "96%"],
                                  ["故障隐患发现率", "90%"], ["异常主动发现率", "85%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                  ["加固设备覆盖率", "93%"], ["安全补丁安装及时率", "91%"], ["安全事件次数", 9]])], ["56/data"], data)
    w.sec("数据汇总分析及预测", ["汇总日志、变更、事件、请求、问题数据：事件同比下降15%，服务请求上升31%（主要为抄表数据提取），变更集中在调价和采暖季前。"
                            "预测明年物联网表接入翻倍，服务请求继续增长，需推进自助查询和自动校核。"], ["71/forecast"], forecast)
    w.sec("明年计划", ["推进SCADA国产化替换论证。"])
    return w.doc("ysum", d, True)


def winter_plan(co, d):
    return Doc("winter", "冬季保供方案", d, [], False, [
        ("title", "%d-%d年采暖季冬季保供信息系统保障方案" % (d.year, d.year + 1)),
        ("p", "保障期：11月15日至次年3月15日。调度值班双人值守，营收系统月末延时服务，SCADA通道每日两次核查。"),
        ("p", "保障人员名单及联系方式见附表。")])


def price_notice(co, d):
    return Doc("price", "调价通知", d, [], False, [
        ("title", "关于调整居民管道天然气销售价格的通知"), ("p", "根据%s发改委文件，自%s起居民第一档气价调整为每立方米%.2f元。" % (co.av["city"], cnd(d), 2.6 + co.rng.random() / 2)),
        ("p", "营业部、信息中心做好收费系统参数调整。")])


def doc_control(co, d, keys):
    b = [("p", center(co)), ("title", "文件控制程序"), ctl(co, d, code(co, 1), "B/0"),
         ("h1", "1 目的"), ("p", "对信息中心体系文件的编制、审批、发布、更改、作废进行控制，确保使用现行有效版本。"),
         ("h1", "2 工作程序"), ("p", "文件由综合管理统一编号，经中心主任批准后发布；作废文件加盖作废章并撤回。"),
         ("h1", "3 相关文件")] + [("p", "《%s》" % full_name(co, k)) for k in keys]
    return Doc("doccontrol", "文件控制程序", d, [], False, b, decoy="procedure citing other procedures")


def rule_index(co, d, keys):
    rows = [[i, full_name(co, k), anyd(co, back(d, 90 * i))] for i, k in enumerate(keys, 1)]
    return Doc("index", "制度目录", d, [], False, sheets=[("目录", [["信息中心现行有效制度目录"], ["序号", "名称", "发布日期"]] + rows)],
               decoy="list of document names")


def mr_notice(co, d):
    return Doc("mrnotice", "管理评审通知", d, [], False, [
        ("title", "关于召开%d年度管理评审会的通知" % d.year), ("p", "定于%s召开，请各组准备：服务执行情况、客户反馈、资源、纠正措施、改进建议。" % cnd(d))],
        decoy="meeting notice, not the review record")


def drill_scheme(co, d):
    return Doc("dscheme", "演练方案", d, [], False, [
        ("title", "%d年网络安全应急演练方案" % d.year), ("p", "目的：检验《信息系统突发事件应急预案》。"), ("p", "计划时间：%d月。" % min(12, d.month + 1))],
        decoy="drill plan, neither the plan nor the record")


def ccrc_sheet(co, d):
    rows = [[i, "", "", "待补"] for i in range(1, 30)]
    return Doc("ccrc", "自评估表", d, [], False, sheets=[("自评", [["信息系统安全运维服务资质自评估表（工作底稿）"], ["序号", "要点", "证明材料", "状态"]] + rows)],
               decoy="the self-assessment work copy")


UNREL = [
    ("党建", "关于开展“安全用气进万家”党员志愿服务活动的通知", "各党支部：组织党员进社区开展入户安检宣传。"),
    ("工会", "%d年职工篮球赛报名通知", "以部门为单位组队报名。"),
    ("安全生产", "%d年安全生产月活动方案", "主题：人人讲安全、个个会应急；开展燃气安全知识竞赛。"),
    ("后勤", "关于调整职工通勤班车线路的通知", "自下周一起新增高新区站点。"),
    ("营业", "%d年居民用户入户安检工作计划", "全年完成居民入户安检不少于%d万户。"),
]


# ----------------------------------------------------------------------------- the share

MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


class Lay:
    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.av["holes"]
        self.made = []
        self.scan = {"creator": "RICOH MP C3004 (OCR)", "author": "scanner", "styled": False}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.3)
        opt.setdefault("styled", r.random() < 0.65)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxzx", "dell", "user"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            n = 1
            while "%s(%d).%s" % (base, n, ext) in co.used:
                n += 1
            rel = "%s(%d).%s" % (base, n, ext)
        co.add(rel, doc, **opt)
        return rel

    def rec(self, name, factory, old=False, d=None, **opt):
        co = self.co
        d = d or (co.old() if old else co.fresh())
        doc = factory(d)
        self.put(name(d), doc, **opt)
        if doc.items and doc.record and not old:
            self.made.append((name, factory, d))
        return doc


def build(co, lock_bytes):
    """Lay out an AV share: 集团发文/, 信息中心/{综合管理,运维一组,运维二组,调度值班,安全保密办}/, 体系文件/, 子公司运维/,
    应急管理/, 归档/, 个人/, 资质申报/, 其他/ and a NAS recycle folder."""
    co.av = AV_INFO[getattr(co, "info_id", co.id)]
    co.av_no = {}
    L = Lay(co)
    co.gaps = set(L.H)
    co.oldonly = {h for h in L.H if h.endswith("_old")}
    keys = lay_rules(L)
    lay_org(L)
    lay_customer(L)
    lay_design(L)
    lay_records(L)
    lay_security(L)
    lay_emergency(L)
    lay_review(L)
    lay_none(L)
    lay_more(L)
    archive(L)
    decoys(L, lock_bytes, keys)


def lay_rules(L):
    co, r, H, put = L.co, L.r, L.H, L.put
    drop = {"pdca"} if "pdca" in H else set()
    keys = [k for k in RULES if not (k == "slm" and "slm" in H) and not (k == "ns" and "audit_rule" in H)]
    zx = [k for k in keys if RULES[k][1] == "zx"]
    r.shuffle(zx)
    inbook = sorted(zx[:r.randint(4, 6)] + (["yw"] if r.random() < 0.5 else []), key=list(RULES).index)
    d = date(r.choice([2024, 2025]), r.randint(3, 9), r.randint(1, 28))
    put("体系文件/信息中心管理制度汇编（%d版）.pdf" % d.year, rule_book(co, d, inbook, drop), creator="WPS Office")
    for k in keys:
        name, who, _ = RULES[k]
        if k in inbook and r.random() < 0.55:
            continue
        d = co.issued()
        if who == "zx":
            cd = "%s" % r.choice(["XXZX-QP-%02d " % (list(RULES).index(k) + 1), "", "IT-PR-%02d_" % (list(RULES).index(k) + 1)])
            ext = r.choice(["docx", "docx", "pdf", "doc.docx"])
            nm = r.choice(["%s%s" % (cd, name), "%s（%s版）" % (name, r.choice(["A0", "A1", "B0", "V2.0"])), name + "-最终版"])
            put("体系文件/程序文件/%s.%s" % (nm, ext), rule_doc(co, d, k, drop), **(L.scan if ext == "pdf" and r.random() < 0.4 else {}))
            continue
        fold = "集团发文/%d/" % d.year
        if r.random() < 0.3:
            main = rule_doc(co, d, k, drop, split=True)
            body, its = rule_body(co, k, drop)
            annex = Doc("rule:" + k, name, d, sorted(set(its)), False, [("p", "附件"), ("title", full_name(co, k))] + body)
            sub = fold + "%s关于印发%s的通知/" % (main.no, name)
            put(sub + "正文.pdf", main, **L.scan)
            put(sub + "附件%s.docx" % r.choice(["", "1", "：" + name]), annex)
            continue
        doc = rule_doc(co, d, k, drop)
        ext = r.choice(["pdf", "docx", "docx"])
        nm = r.choice(["%s 关于印发《%s》的通知" % (doc.no, full_name(co, k)), "%s（%s）" % (name, doc.no), "%s%s" % (ymd(d), name)])
        put(fold + "%s.%s" % (nm, ext), doc, **(L.scan if ext == "pdf" and r.random() < 0.5 else {}))
    oks = list(OPS)
    bound = sorted(r.sample(oks, 3), key=oks.index)
    d = co.issued()
    put("体系文件/作业指导书/运维作业指导书汇编%d.docx" % d.year, ops_book(co, d, bound))
    loose = [k for k in oks if k not in bound]
    for k in loose:
        d = co.issued()
        name, grp, _ = OPS[k]
        put("信息中心/%s/作业指导书/%s%s" % (grp, name, r.choice([".docx", "（第2版）.docx", ".pdf"])), ops_guide(co, d, k))
    d = co.issued()
    put("信息中心/运维一组/作业指导书/设备维护周期表.xlsx", ops_cycle(co, d))
    return keys


def lay_org(L):
    co, r, H, put = L.co, L.r, L.H, L.put
    outs = "no_outs" not in H
    d = co.issued()
    put("集团发文/%d/%s关于调整网络安全和信息化领导小组的通知.pdf" % (d.year, ymd(d)), leading_group(co, d, outs), **(L.scan if r.random() < 0.5 else {}))
    L.rec(lambda d: "信息中心/综合管理/人员/运维人员花名册%s.xlsx" % d.strftime("%Y%m"), lambda d: roster(co, d, outs))
    if "roles" not in H:
        d = co.issued()
        put("信息中心/综合管理/人员/" + r.choice(["岗位角色职责清单.xlsx", "安全运维角色清单v2.xlsx", "Book1.xlsx"]), roles(co, d))
    topics = ["month", "winter"]
    if "iface_pending" in H:
        topics.insert(1, "iface_pending")
    elif r.random() < 0.5:
        topics.insert(1, "iface")
    else:
        d = co.issued()
        put("信息中心/综合管理/中心发文/关于明确网络安全管理接口人的通知.docx", iface_notice(co, d))
    if "improve_wait" in H:
        topics.append("improve_wait")
    else:
        topics.append("improve")
    d = co.fresh()
    put("信息中心/综合管理/会议纪要/%s中心例会纪要.docx" % ymd(d), center_minutes(co, d, topics))
    d = co.fresh()
    put("信息中心/综合管理/会议纪要/中心例会%s.docx" % d.strftime("%Y.%m"), center_minutes(co, d, ["month"]))
    d = co.fresh()
    put("集团发文/%d/总经理办公会纪要〔%d〕.pdf" % (d.year, d.month), gm_minutes(co, d), **L.scan)
    d = co.issued()
    put("信息中心/综合管理/中心发文/关于设立IT服务台的通知（%s）.docx" % ymd(d), desk_notice(co, d))
    if "desk_train" not in H:
        L.rec(lambda d: "信息中心/调度值班/培训/服务台值班员岗位培训%s.xlsx" % ymd(d), lambda d: desk_training(co, d))
    d = co.fresh()
    put("信息中心/调度值班/培训/96777坐席培训签到%s.xlsx" % md(d), hotline_training(co, d))


def lay_customer(L):
    co, r, H, put = L.co, L.r, L.H, L.put
    K = "子公司运维/%s/" % co.av["cshort"]
    d0 = date(2025, r.randint(2, 8), r.randint(1, 25))
    put(K + "01前期调研/需求调研报告%s.docx" % ymd(d0), survey(co, d0, "survey_notime" not in H, True))
    if "budget_tpl" in H:
        put(K + "01前期调研/运维费用测算表（模板）.xlsx",
            blank_sheet("%s信息系统运维费用测算表（模板）" % co.av["cshort"], d0, ["序号", "工作内容", "工作量（人天）", "人力资源", "单价", "项目经费（元）", "项目节点"], 8))
    else:
        put(K + "01前期调研/" + r.choice(["运维费用测算表.xlsx", "附件3 费用测算.xlsx"]), budget(co, d0 + timedelta(days=9)))
    put(K + "01前期调研/对接会纪要%s.docx" % d0.strftime("%Y.%m.%d"), kickoff(co, d0 + timedelta(days=20), "meeting_noagree" not in H))
    if "hist_draft" in H:
        put(K + "01前期调研/历史数据清单.xlsx", history(co, d0, True, False, False))
        put("个人/%s/上年运维数据分析及保障方案（初稿）.docx" % co.p(0), void(history(co, d0, False, True, True), "draft", "（初稿）"))
    else:
        inl = r.random() < 0.5
        put(K + "01前期调研/上年运维数据分析及保障方案.docx", history(co, d0 + timedelta(days=14), inl, True, True))
        if not inl:
            put(K + "01前期调研/历史数据清单.xlsx", history(co, d0, True, False, False))
    d = d0 + timedelta(days=45)
    put(K + "02服务协议/信息化运维服务协议（盖章版）.pdf", agreement(co, d), **L.scan)
    hc_old = "health_old" in H
    for q in range(r.randint(2, 3)):
        coll = q == 0 and "collect_old" not in H
        L.rec(lambda d, q=q: K + "03健康检查/%d/%d年Q%d健康检查报告.docx" % (d.year, d.year, (d.month - 1) // 3 + 1),
              lambda d, c=coll: health_check(co, d, c), old=hc_old)
    if "collect_old" in H:
        L.rec(lambda d: "信息中心/运维一组/安全信息采集/采集记录%s.xlsx" % ymd(d), lambda d: collect(co, d), old=True)
    for yr, h in ((2025, "下"), (2026, "上")):
        d = date(yr, 7 if h == "上" else 12, r.randint(5, 25))
        put(K + "04满意度/%d年%s半年满意度调查报告.%s" % (yr, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    if "trend" not in H:
        L.rec(lambda d: K + "04满意度/满意度趋势分析.docx", lambda d: csat_trend(co, d), d=date(2026, 7, 28))
    if "callback_none" not in H:
        L.rec(lambda d: K + "04满意度/用户回访记录%d.xlsx" % d.year, lambda d: callbacks(co, d))
    for i in range(2):
        d = date(2026, r.randint(2, 10), r.randint(3, 9))
        put(K + "05月报/%s运维月报%d.%02d.docx" % (co.av["cshort"], d.year, d.month), cust_monthly(co, d, i == 0 or r.random() < 0.5))
    L.rec(lambda d: K + "06项目/抄表平台接入/需求分析记录（签字版）.pdf", lambda d: requirements(co, d), **L.scan)


def lay_design(L):
    co, r, H, put = L.co, L.r, L.H, L.put
    Z = "信息中心/综合管理/"
    lvl = 1 if "cat_base" in H else (2 if "cat_lvl1" in H else 3)
    d = co.issued()
    put(Z + "服务管理/安全运维服务目录（%d版）.xlsx" % d.year, catalog(co, d, lvl))
    d = co.issued()
    put(Z + "外包管理/%s运维外包服务合同.pdf" % co.vendor[:4], vendor_contract(co, d, "no_outs" not in H), **L.scan)
    if "ola_draft" in H:
        put("个人/%s/内部OLA（草稿）.docx" % co.p(1), void(ola(co, co.fresh()), "draft", "（草稿）"))
    else:
        d = co.issued()
        put(Z + "服务管理/内部运营级别约定OLA.docx", ola(co, d))
    if "kpis" not in H:
        d = co.issued()
        put(Z + "服务管理/" + r.choice(["可用性指标清单.xlsx", "附件2.xlsx"]), avail_kpis(co, d))
    L.rec(lambda d: Z + "服务管理/以往服务方案及生产影响分析%d.docx" % d.year, lambda d: impact(co, d, "auto_none" not in H))
    if "devplan_none" not in H:
        d = date(2026, r.randint(1, 3), r.randint(5, 25))
        put(Z + "服务管理/%d运维工具开发计划.docx" % d.year, dev_plan(co, d))
    if "aplan" not in H:
        d = date(2026, 1, r.randint(5, 25))
        put(Z + "服务管理/%d年可用性计划.docx" % d.year, avail_plan(co, d))


def lay_records(L):
    co, r, H, put = L.co, L.r, L.H, L.put
    Y1, Y2, DD = "信息中心/运维一组/", "信息中心/运维二组/", "信息中心/调度值班/"
    want = ["dev", "av", "maint", "fault", "up"]
    books = []
    for g in ("集团数据中心机房", "调度大厅机房", co.av["stations"][0] + "通信机房"):
        for i in range(r.randint(1, 2)):
            books.append((g, co.fresh(), [k for k in want if r.random() < 0.6]))
    have = set(k for _, _, ks in books for k in ks)
    for k in want:
        if k not in have:
            books[r.randrange(len(books))][2].append(k)
    for g, d, ks in books:
        base = "信息中心/运维一组/巡检/%s/%d/" % (g, d.year)
        nm = r.choice(["巡检记录-%d-%02d.xlsx" % (d.year, d.month), "巡检%s.xlsx" % md(d), "%d月机房巡检.xlsx" % d.month])
        put(base + nm, patrol(co, d, g, ks))
        if r.random() < 0.3:
            put(base + nm.replace(".xlsx", " - 副本.xlsx"), patrol(co, d, g, ks))
    for i in range(2):
        d = co.fresh()
        put(DD + "值班记录/%d/调度值班记录%s.xlsx" % (d.year, ymd(d)), dispatch_log(co, d))
    L.rec(lambda d: Y1 + "故障统计/硬件故障统计%d.xlsx" % d.year, lambda d: hw_stats(co, d), old="hw_old" in H)
    if "hw_old" in H:
        put(Y1 + "故障统计/硬件故障统计2026.xlsx", hw_stats(co, date(2026, 3, 2), empty=True))
    for i in range(r.randint(3, 5)):
        d = co.fresh()
        nm = "扫描件%03d.pdf" % r.randint(1, 300) if i == 0 else "变更单%s.pdf" % ymd(d)
        put("信息中心/综合管理/变更管理/%d/%s" % (d.year, nm), change_form(co, d), **L.scan)
    d = co.fresh()
    put("信息中心/综合管理/变更管理/%d/变更单%s（待审批）.pdf" % (d.year, ymd(d)), change_form(co, d, False), **L.scan)
    L.rec(lambda d: "信息中心/综合管理/变更管理/变更台账%d.xlsx" % d.year, lambda d: change_ledger(co, d))
    d = co.fresh()
    put(DD + "工单/%s-工单导出%s.xlsx" % (co.p(5), ymd(d)), tickets(co, d, True))
    if r.random() < 0.6:
        d = co.fresh()
        put(DD + "工单/export_%s.xlsx" % ymd(d), tickets(co, d, False))
    L.rec(lambda d: DD + "系统中断登记%d.xlsx" % d.year, lambda d: outage_book(co, d))
    L.rec(lambda d: Y1 + "资产/信息资产台账%s.xlsx" % d.strftime("%Y%m"), lambda d: assets(co, d))
    if "cmdb" not in H:
        L.rec(lambda d: Y1 + "资产/CMDB导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, True))
    if "ci" not in H:
        L.rec(lambda d: Y1 + "资产/配置项变更登记%d.xlsx" % d.year, lambda d: ci_log(co, d))
    if "collect_old" not in H:
        L.rec(lambda d: Y1 + "安全信息采集/采集记录%s.xlsx" % ymd(d), lambda d: collect(co, d))
    d = co.issued()
    put(Y1 + "基线/安全配置基线V2.0.docx", baseline(co, d))
    if "kb_empty" in H:
        d = co.fresh()
        put(Y2 + "知识库/知识库导出%s.xlsx" % ymd(d), kb(co, d, False))
    else:
        L.rec(lambda d: Y2 + "知识库/知识库导出%s.xlsx" % ymd(d), lambda d: kb(co, d))
    for i, m in enumerate(sorted(r.sample(range(2, 11), r.randint(2, 4)))):
        d = date(2026, m, r.randint(2, 8))
        put("信息中心/综合管理/月报/%d/运维月报%d年%d月.docx" % (d.year, d.year, d.month),
            monthly(co, d, "monthly_notrend" not in H, ("data_none" not in H) and i == 0))


def lay_security(L):
    co, r, H, put = L.co, L.r, L.H, L.put
    S = "信息中心/安全保密办/"
    for i in range(r.randint(1, 2)):
        L.rec(lambda d: S + "日志审计/%d/日志审计报告%d%02d.docx" % (d.year, d.year, d.month), lambda d: log_audit(co, d), old="logaudit_old" in H)
    if "logaudit_old" in H:
        co.raw(S + "日志审计/2026/日志审计报告202609.docx", b"", "empty file")
    full = "bulletin_partial" not in H
    for i in range(r.randint(2, 3)):
        f = full and (i == 0 or r.random() < 0.5)
        L.rec(lambda d: S + "安全通告/安全通告%d年第%d期.pdf" % (d.year, d.month), lambda d, f=f: bulletin(co, d, f))
    L.rec(lambda d: S + "事件统计/%d上半年安全事件统计分析.xlsx" % d.year, lambda d: sec_stats(co, d), d=date(2026, 7, r.randint(3, 20)))
    old = "pentest_old" in H
    L.rec(lambda d: S + "渗透测试/%d/渗透测试方案.docx" % d.year, lambda d: pentest_plan(co, d), old=old)
    L.rec(lambda d: S + "渗透测试/%d/渗透测试报告%s.pdf" % (d.year, ymd(d)), lambda d: pentest_report(co, d), old=old)
    d = date(r.choice([2023, 2024]), r.randint(3, 10), r.randint(1, 28))
    put(S + "等级保护/SCADA调度系统定级报告.pdf", grading(co, d), **L.scan)
    if "grading_crit" not in H:
        d = co.issued()
        put(S + "等级保护/信息系统安全保护等级划分标准.docx", grading_crit(co, d))
    d = co.issued()
    G = "信息中心/运维二组/营收系统改造/"
    put(G + "实施方案V1.2.docx", retrofit(co, d, "golive_notest" not in H, True))
    if "compat" not in H:
        L.rec(lambda d: G + "兼容性测试报告.docx", lambda d: compat(co, d))
    if "golive_notest" in H:
        put(G + "割接申请表.docx", blank_paper("营业收费系统割接申请表", co.fresh(), ["割接时间", "影响范围", "审批"]))


def lay_emergency(L):
    co, H, put = L.co, L.H, L.put
    E = "应急管理/"
    nr = "recovery_none" in H
    d = co.issued()
    put(E + "预案/信息系统突发事件应急预案（%d版）.docx" % d.year, emer_plan(co, d, not nr, not nr))
    if "bcp_draft" in H:
        put(E + "业务连续性/信息系统业务连续性计划（征求意见稿）.docx", void(bcp(co, co.fresh()), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        d = co.issued()
        put(E + "业务连续性/信息系统业务连续性计划.pdf", bcp(co, d))
    L.rec(lambda d: E + "演练/%d/网络安全应急演练记录%s.docx" % (d.year, ymd(d)), lambda d: drill(co, d, "sec"))
    if "drdrill" not in H:
        L.rec(lambda d: E + "演练/%d/营收数据库恢复演练%s 最终版.docx" % (d.year, md(d)), lambda d: drill(co, d, "dr"))
    d = co.fresh()
    put(E + "演练/%d/演练方案.docx" % d.year, drill_scheme(co, d))
    d = co.issued()
    put(E + "燃气抢险/燃气泄漏事故抢险应急预案.pdf", gas_plan(co, d))
    d = co.fresh()
    put(E + "燃气抢险/%s抢险演练总结.docx" % ymd(d), gas_drill(co, d))


def lay_review(L):
    co, r, H, put = L.co, L.r, L.H, L.put
    T = "体系文件/"
    Z = "信息中心/综合管理/"
    for i in range(2):
        d = date(2026, 3 * (i + 1) + 1, r.randint(5, 15))
        put(Z + "考核/%d年Q%d运维KPI考核.xlsx" % (d.year, i + 1), kpi_sheet(co, d, "kpi_scoreonly" not in H))
    for i in range(r.randint(1, 2)):
        v = i == 0 or r.random() < 0.6
        L.rec(lambda d: Z + "考核/纠正预防措施单%s.pdf" % ymd(d), lambda d, v=v: capa(co, d, v), **L.scan)
    L.rec(lambda d: T + "内审/%d年内审报告.docx" % d.year, lambda d: internal_audit(co, d), old="ia_old" in H)
    L.rec(lambda d: T + "管理评审/%d年度管理评审报告.docx" % d.year, lambda d: mgmt_review(co, d, "mr_noperf" not in H))
    if "audit_rule" not in H and r.random() < 0.6:
        d = co.issued()
        put(T + "认证/ISO20000证书.pdf", iso_cert(co, d), **L.scan)
    L.rec(lambda d: T + "持续改进/%d年持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, "criteria" not in H))
    if "itrack" not in H:
        L.rec(lambda d: T + "持续改进/改进项目跟踪表.xlsx", lambda d: improve_track(co, d))
    if "aware_signin" in H:
        d = co.fresh()
        put(Z + "培训/《持续改进管理程序》学习签到%s.xlsx" % ymd(d), signin(co, d, "信息中心持续改进管理程序"))
    else:
        L.rec(lambda d: Z + "培训/服务改进意识宣贯%s.xlsx" % ymd(d), lambda d: awareness(co, d))
    L.rec(lambda d: Z + "服务管理/%d年不良情况分析及改进方案.docx" % d.year, lambda d: defects(co, d), old="defects_old" in H)
    d = date(2026, 1, r.randint(10, 28))
    put(Z + "工作总结/" + r.choice(["信息中心2025年工作总结.docx", "2025年工作总结（定稿）.docx", "2025总结-final.docx"]),
        year_summary(co, d, "data_none" not in H, "forecast_none" not in H))
    if "forecast_none" in H or r.random() < 0.5:
        put("归档/2025/信息中心2024年工作总结.docx", year_summary(co, date(2025, 1, r.randint(10, 28)), True, True))


def lay_none(L):
    co, r, put = L.co, L.r, L.put
    d = date(2026, 10, r.randint(10, 28))
    put("信息中心/调度值班/冬季保供/%d-%d采暖季信息系统保障方案.docx" % (d.year, d.year + 1), winter_plan(co, d))
    d = date(2026, r.randint(4, 8), r.randint(1, 28))
    put("集团发文/%d/关于调整居民管道天然气销售价格的通知.pdf" % d.year, price_notice(co, d), **L.scan)
    d = co.fresh()
    b = [("title", "调度值班交接班记录"), ("p", "日期：%s  交班：%s  接班：%s" % (d.isoformat(), co.p(5), co.p(4))),
         ("p", "系统运行正常，无遗留事项，钥匙工具齐全。")]
    put("信息中心/调度值班/交接班/交接班%s.txt" % ymd(d), Doc("handover", "交接班", d, [], True, b),
        **({"encoding": "gb18030"} if r.random() < 0.6 else {}))
    d = co.fresh()
    put("信息中心/运维二组/周报/%s周报.docx" % ymd(d), Doc("weekly", "周报", d, [], True, [
        ("title", "运维二组工作周报"), ("p", "本周：抄表平台扩容准备，营收系统补丁测试。"), ("p", "下周：配合采暖季前检查。")]))
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        f, t, p = UNREL[i]
        d = co.fresh()
        t = t % d.year if "%d" in t else t
        p = p % r.randint(10, 40) if "%d" in p else p
        put("其他/%s/%s.%s" % (f, t, r.choice(["docx", "pdf"])), Doc("unrelated", t, d, [], False, [("title", t), ("p", p)], decoy="unrelated"))


def lay_more(L):
    """Engineers' own copies and the utility's everyday records."""
    co, r, put = L.co, L.r, L.put
    me = co.p(r.randint(1, 5))
    d = co.fresh()
    put("个人/%s/新建 Microsoft Word 文档 (2).docx" % me, drill(co, d, "sec"), styled=False)
    d = co.fresh()
    put("个人/%s/Book1.xlsx" % co.p(1), assets(co, d))
    d = co.fresh()
    put("个人/%s/ITSM_export_%s.xlsx" % (me, ymd(d)), tickets(co, d, r.random() < 0.5))
    d = date(2026, 3, r.randint(18, 30))
    put("信息中心/调度值班/冬季保供/2025-2026采暖季保供信息系统保障工作总结.docx", Doc("wsum", "保供总结", d, [], False, [
        ("title", "2025-2026采暖季冬季保供信息系统保障工作总结"),
        ("p", "保供期间SCADA、营收系统运行平稳，调度值班双人值守%d天，处理报障%d件。" % (r.randint(110, 121), r.randint(60, 140))),
        ("p", "存在问题：寒潮期间抄表平台并发偏高。下一采暖季前完成扩容。")]))
    d = co.fresh()
    rows = [[anyd(co, back(d, 7 * i)), r.choice(co.av["stations"]), r.choice(["阀门井积水", "调压器皮膜老化", "标志桩缺失"]), "已整改"] for i in range(6)]
    put("其他/安全生产/隐患排查治理台账%d.xlsx" % d.year, book("hazard", "燃气设施隐患排查治理台账", d, True,
                                                            [("台账", ["日期", "场站", "隐患", "状态"], rows, [])]))
    d = co.fresh()
    rows = [[anyd(co, back(d, i)), "抄表平台库", "成功", "%dGB" % r.randint(80, 120)] for i in range(7)]
    put("信息中心/运维二组/备份/数据库备份检查%s.xlsx" % d.strftime("%Y%m"), book("backup", "数据库备份检查记录", d, True,
                                                                      [("备份", ["日期", "对象", "结果", "大小"], rows, [])]))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put("信息中心/综合管理/会议纪要/中心例会%s.docx" % ymd(d), center_minutes(co, d, ["month", "winter"] if i else ["month"]))
    d = co.fresh()
    put("信息中心/运维二组/营收系统改造/周报%s.docx" % md(d), Doc("weekly", "项目周报", d, [], True, [
        ("title", "营业收费系统改造项目周报"), ("p", "本周完成：收费模块联调；下周：银行代扣接口测试。")]))
    d = co.issued()
    put("体系文件/程序文件/%s文件控制程序.docx" % r.choice(["XXZX-QP-01 ", "IT-PR-01_", ""]), doc_control(co, d, [k for k in RULES if RULES[k][1] == "zx"][:8]))


def archive(L):
    co = L.co
    for name, factory, d in L.made:
        if co.rng.random() >= 0.2:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "归档/%d/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        L.put(rel, factory(prev))


def decoys(L, lock_bytes, keys):
    co, r, H, put = L.co, L.r, L.H, L.put
    K = "子公司运维/%s/" % co.av["cshort"]
    put("信息中心/运维一组/巡检/巡检记录（空表）.xlsx", blank_sheet("机房及设备巡检记录", co.fresh(), ["日期", "设备", "CPU", "内存", "告警", "状态", "巡检人"]))
    put("信息中心/综合管理/变更管理/变更申请单模板.docx", blank_paper("信息系统变更申请单", co.fresh(), ["变更内容", "影响范围", "测试情况", "回退方案", "审批", "实施结果"]))
    put(K + "04满意度/满意度调查问卷（空白）.docx", blank_paper("运维服务满意度调查问卷", co.fresh(), ["服务响应", "解决效果", "意见建议"]))
    put(K + "02服务协议/信息化运维服务协议范本.docx", blank_paper("信息化运维服务协议（范本）", co.fresh(), ["服务范围", "运维方式", "服务级别", "健康检查", "费用"]))
    if r.random() < 0.6:
        put("应急管理/演练/演练记录模板.docx", blank_paper("应急演练记录", co.fresh(), ["时间", "场景", "过程", "评估"]))
    d = co.fresh()
    put("个人/%s/管理评审报告-草稿.docx" % co.p(0), void(mgmt_review(co, d), "draft", "（草稿）"))
    d = co.fresh()
    put("个人/%s/%d改进计划（征求意见稿）.docx" % (co.p(3), d.year + 1), void(improve_plan(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    if "devplan_none" in H:
        put("个人/%s/工具开发计划（草稿）.docx" % co.p(4), void(dev_plan(co, co.fresh()), "draft", "（草稿）"))
    put("应急管理/预案/作废/信息系统突发事件应急预案（2020版）作废.pdf", void(emer_plan(co, date(2020, 5, 18)), "obsolete", "（作废）"), **L.scan)
    put("体系文件/程序文件/作废/问题管理程序A0（作废）.docx", void(rule_doc(co, date(2021, 3, 9), "wt"), "obsolete", "（作废）"))
    nas = co.av["nas"]
    if nas == "$RECYCLE.BIN":
        sid = "S-1-5-21-%d-%d-%d-%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(1000, 1300))
        rnd = lambda: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))  # noqa: E731
        bins = ["$RECYCLE.BIN/%s/$R%s.docx" % (sid, rnd()), "$RECYCLE.BIN/%s/$R%s.xlsx" % (sid, rnd()), "$RECYCLE.BIN/%s/$R%s.docx" % (sid, rnd())]
    else:
        bins = [nas + "/应急管理/营收数据库恢复演练.docx", nas + "/信息中心/变更台账.xlsx", nas + "/体系文件/内审报告.docx"]
    put(bins[0], void(drill(co, co.fresh(), "dr"), "recycle bin"))
    put(bins[1], void(change_ledger(co, co.fresh()), "recycle bin"))
    put(bins[2], void(internal_audit(co, co.fresh()), "recycle bin"))
    for what in r.sample(["信息系统突发事件应急预案", "信息系统变更管理规定", "网络安全事件管理办法"], 2):
        d = co.fresh()
        put("信息中心/综合管理/培训/%s《%s》学习签到.xlsx" % (ymd(d), what), signin(co, d, what))
    put("体系文件/现行有效制度目录.xlsx", rule_index(co, co.fresh(), keys))
    d = co.fresh()
    put("体系文件/管理评审/关于召开%d年度管理评审会的通知.docx" % d.year, mr_notice(co, d))
    put("资质申报/CCRC/自评估表（工作底稿）.xlsx", ccrc_sheet(co, co.fresh()))
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(("#recycle", ".recycle", "$RECYCLE"))]
    for rel in office[4:140:22]:
        folder, _, base = rel.rpartition("/")
        p = (folder + "/" if folder else "") + "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(1)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw("信息中心/运维二组/新建 Microsoft Word 文档.docx", b"", "empty file")
    raw("信息中心/调度值班/工单/新建 XLSX 工作表.xlsx", b"", "empty file")
    raw(K + "04满意度/2026年下半年满意度调查报告.docx", b"", "empty file")
    raw("信息中心/安全保密办/扫描件%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
