# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_aj.py - style AJ: the 科技结算中心 (信息科技部) of a provincial 农村信用社联合社 (省联社).

An author voice for the accuracy corpus, used only by the AJ shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py and the README's ground-truth conventions; never the rules,
the sources or a score).  The 科技结算中心 runs the province's 综合业务系统 (核心), 支付清算, 手机银行 and
the province-wide 农信 network, and provides IT and security operations to some eighty 法人行社
(农商银行 / 农村信用合作联社) under a 科技服务协议; one 法人行社 is the form's customer.  An 外包服务商
has 驻场 engineers in the 运维执行组.

Its people write in the rural-credit regulatory style: 省联社 红头 文件 (X信联发〔2026〕N号) that
印发 a 办法 (第一章 总则 / 第一条 …, closing with the 版记: 抄送 / 印发), 中心 细则 issued by the 中心's
own number (X信联科〔2026〕N号), 操作规程 filed bare with a 制度编号, and a 信息科技制度汇编 whose 篇 are
several of them; the 监管 vocabulary (金融监管总局 科技风险, 外包风险, 重要信息系统, 生产变更, 投产 and 回退,
变更窗口, 重要时期保障 for 两会 and 国庆, 灾备切换演练); 机房值班 and 巡检 kept on paper (scanned 值班
登记簿) and in Excel; the 变更管理平台 and the 运维服务平台 exports; the 科技条线年度考核 of the 法人行社;
稽核 and 内审 reports; 党委会 and 主任办公会 纪要; the 外包人员管理台账.  Folders by 科室 (综合科, 运维科,
网络科, 安全科, 开发科) and 年度, 省联社发文/<year>/, and per 法人行社 under 法人行社服务/<行社>/.

Every builder returns a kinds.Doc listing as items only what its own text proves: a part of a document
lends its items only when it is written; a sheet without data rows proves nothing; a record older than a
year keeps its items (record=True) and is stale.  build(co, lock_bytes) lays out the whole share.

Judgement calls of this voice (also in readme.md):
- a 投产实施方案 proves 25's test plan only with its 投产前测试验证 section and 25/11's rollback only with
  its 回退方案 section; a bare 投产申请表 proves nothing;
- the 变更管理平台 export is 54's change record and 43's process record when it has rows; a month's export
  that returned only its header proves nothing;
- the paper 机房值班登记簿 (scanned, with its OCR text) is 44's inspection, 45's monitoring and 14's
  maintenance only when its rows record the network and security devices' state; rows that say only
  正常 / 无异常 prove nothing; the Excel 巡检记录 proves each record kind whose sheet has rows, and its
  动环 sheet (UPS, 空调) alone proves nothing;
- a 健康检查报告 of a 法人行社 that checks its security devices is also their 状态检查 (14, 44), with its
  采集 section 16's records; the reports of the other 法人行社 prove the same as the customer's;
- the 科技条线年度考核 scores the 法人行社's own technology work, not the service: it proves nothing; so do
  the 外包人员管理台账 (入场/离场, 保密协议, 背景审查 — outsourcing-risk management, not the ops staff list),
  the 科技风险自查报告, the 外包风险评估, the 重要时期保障方案 and its 值守表 and 保障工作总结, the BIA, the
  监管检查整改台账, and an OA 收文处理笺 that only forwards a 省联社 notice;
- the 主任办公会纪要 proves each decision it records (the 安全管理接口人 28, the 科技服务热线 48, the ranked
  and approved 改进事项 67); the 党委会纪要 that approves the 领导小组 adjustment is not the org chart;
- a 稽核 (内审) report on 信息科技 is 59's internal audit only when it has the chapter that audits the
  运维服务管理体系 against its standard, the service requirements and the 法人行社's requirements;
- the 管理评审 record is the 管理评审会议纪要; each 议题 it writes is one of 60's inputs, and it is 59's
  management review only when it reports the execution and conformity of the services and processes;
- the 生产运行分析月报 is 50's monitoring report when it has its 趋势分析, 56's data with its ten-indicator
  table, 18/22's availability report with its 可用率 section; the 年度科技运维工作总结 proves 56 and 71
  only with those sections;
- a 运维操作规程 of one module is 24's work instruction and 11's manual; an 汇编 of several is one
  document; the 综合业务系统 灾备切换演练 is 40's recovery drill and 53's drill, the 网络安全应急演练 40's
  emergency drill and 53's drill; a drill 方案 proves nothing;
- a 整改跟踪单 is 57's corrective action and, with its 整改验证 filled, 66's effectiveness record; the
  预防性维护 细则 is 66's preventive-action document.
"""

from datetime import date, timedelta

from kinds import Doc

# per share: 省联社, 发文字号, 中心字号, code, customer's short name, two other 法人行社, 平台 names
AJ_INFO = {
    "aj1": ("皖江省农村信用社联合社", "皖江信联发", "皖江信联科", "WJNX", "桐城农商银行", ("潜山农商银行", "宿松农商银行"),
            "运维服务管理平台", "生产变更管理平台", "96669"),
    "aj2": ("黔中省农村信用社联合社", "黔中信联发", "黔中信联科", "QZNX", "清镇农商银行", ("修文农商银行", "开阳县农村信用合作联社"),
            "IT服务管理平台（ITSM）", "变更管理平台", "96336"),
    "aj3": ("陇川省农村信用社联合社", "陇川信联发", "陇川信联科", "LCNX", "临洮县联社", ("渭源县农村信用合作联社", "岷县农商银行"),
            "运维服务平台", "变更管理平台", "96169"),
    "aj4": ("赣东省农村信用社联合社", "赣东信联发", "赣东信联科", "GDNX", "鹰潭农商银行", ("贵溪农商银行", "余江农商银行"),
            "一体化运维服务平台", "投产变更管理平台", "96268"),
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
    f = co.rng.randint(0, 5)
    if f <= 2:
        return cnd(d)
    if f == 3:
        return d.isoformat()
    if f == 4:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    return "%d/%02d/%02d" % (d.year, d.month, d.day)


def quarter(d):
    return (d.month - 1) // 3 + 1


class Paper:
    """A written document assembled part by part; only the parts that are written lend items.
    Headings are numbered as they are written (一、 / 1. / 第一章), so a missing part leaves no gap."""

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


def empty_form(title, d, cols, n=10, sheet="Sheet1"):
    return Doc("blank", title, d, [], False, sheets=[(sheet, [[title], ["填报单位：", "", "填报日期：    年  月  日"], cols] +
                                                          [[""] * len(cols) for _ in range(n)])], decoy="template")


def empty_paper(title, d, heads):
    b = [("title", title), ("p", "编号：__________      日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "（请填写）"), ("p", " ")]
    b += [("p", "经办人：            复核人：            负责人：")]
    return Doc("blank", title, d, [], False, b, decoy="template")


# ------------------------------------------------------------------------------ 发文 / 制度

def next_no(co, d, which):
    key = (which, d.year)
    co.aj_no[key] = co.aj_no.get(key, co.rng.randint(2, 12)) + co.rng.randint(1, 6)
    pre = co.aj_fa if which == "fa" else co.aj_ke
    return "%s〔%d〕%d号" % (pre, d.year, co.aj_no[key])


def red_top(co, d, subject, which="fa", to=None):
    """The 红头 of a 省联社 文件 (fa) or of the 中心's own notice (ke)."""
    no = next_no(co, d, which)
    issuer = "%s文件" % co.aj_union if which == "fa" else "%s%s" % (co.aj_union, "科技结算中心")
    if to is None:
        to = ("各市（州）审计中心（办事处），各农商银行、农村信用合作联社，省联社各部室：" if which == "fa"
              else "中心各科室，各法人行社科技部门：")
    return [("big", issuer), ("p", no), ("title", subject), ("p", to)], no


def colophon(co, d, which="fa"):
    org = co.aj_union if which == "fa" else co.aj_union + "科技结算中心"
    return [("p", org), ("p", sign_date(d)), ("p", "（此件发至法人行社，不得对外公开）"),
            ("p", "抄送：%s风险管理部、审计部" % co.aj_union),
            ("p", "%s办公室                    %s印发" % (org, cnd(d + timedelta(days=1))))]


# key: (name, level, [(chapter, [articles], items, optional)])
#   level: fa = 省联社办法 by 红头, ke = 中心细则 by 中心通知, gc = 操作规程 filed bare
REGS = {
    "basic": ("信息科技运维服务管理基本办法", "fa", [
        ("总则", ["为规范全省农信系统信息科技运维服务管理，防范科技风险，依据金融监管总局信息科技风险管理有关规定，制定本办法。",
                 "本办法适用于科技结算中心为全省各法人行社提供的综合业务系统、支付清算、手机银行及全省网络的运维与安全服务。"], [], False),
        ("管理模式", ["运维服务管理按照“策划—实施—检查—改进”（PDCA）循环组织：年初制定运维服务目标、服务目录和年度工作计划（策划）；"
                   "按各项办法、细则和操作规程提供服务（实施）；",
                   "通过指标监测、内部审核、稽核检查和管理评审对服务进行监视与评审（检查）；",
                   "对检查发现的问题和未达成的目标采取纠正预防措施，纳入年度持续改进计划（改进），形成闭环。"], ["10/pdca"], True),
        ("组织与职责", ["省联社网络安全和信息化领导小组是运维服务管理的决策机构，科技结算中心是归口管理和执行部门，"
                     "各法人行社科技部门负责本单位的配合与落实。"], [], False),
        ("附则", ["本办法由省联社科技结算中心负责解释，自印发之日起施行。"], [], False)]),
    "change": ("信息系统生产变更管理办法", "fa", [
        ("总则", ["为控制生产变更风险，保障全省农信信息系统安全稳定运行，制定本办法。",
                 "本办法所称生产变更，是指对生产环境的硬件、网络、安全设备、系统软件、应用版本、参数及资源配置的新增、修改和删除。"], [], False),
        ("变更分类", ["变更分为标准变更、一般变更、重大变更和紧急变更。涉及综合业务系统、支付清算系统或全省网络的变更为重大变更。"], [], False),
        ("变更流程", ["变更由实施科室在{chg}发起申请，填写变更内容、影响范围、涉及法人行社、投产窗口、测试情况和回退方案。",
                   "一般变更由科室负责人审批，重大变更经变更评审会（CAB）评审、中心分管领导审批，并提前通知受影响的法人行社。",
                   "变更在规定的变更窗口实施，实施后进行验证；验证失败的，按回退方案回退。",
                   "紧急变更可先电话报批后实施，24小时内在平台补录审批记录。",
                   "变更的申请、评审、审批、实施、验证、回退和关闭全过程在平台留痕，按月统计变更成功率。"], ["54/procedure"], False),
        ("附则", ["本办法自印发之日起施行，原《生产变更管理暂行办法》同时废止。"], [], False)]),
    "event": ("信息系统生产运行事件管理办法", "fa", [
        ("总则", ["为及时恢复生产运行，减少运行事件对全省农信业务的影响，制定本办法。"], [], False),
        ("事件的发现与登记", ["运行事件来源于监控告警、机房巡检、法人行社通过科技服务热线报障和{itsm}工单，由服务台统一登记编号。"], ["49/incident-procedure"], False),
        ("分级与处置", ["运行事件按影响范围分为特别重大、重大、较大和一般四级；涉及全省柜面业务中断的为特别重大事件。",
                     "一般事件30分钟内响应，较大及以上事件15分钟内响应并报告中心值班领导；一线无法处理的，升级至二线科室或厂商。",
                     "事件处置完毕后，服务台回访报障法人行社确认恢复，关闭工单。"], ["49/incident-procedure"], False),
        ("附则", ["本办法由科技结算中心负责解释。"], [], False)]),
    "secevent": ("网络安全事件处置与报告办法", "fa", [
        ("总则", ["为规范全省农信系统网络安全事件的处置与报告，依据监管部门网络安全事件报告有关要求，制定本办法。"], [], False),
        ("事件分类与分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、信息内容安全事件、设备设施故障和其他事件；"
                         "按影响分为特别重大、重大、较大、一般四级。"], [], False),
        ("事件报告", ["发现网络安全事件的法人行社或科室，应在30分钟内向科技结算中心安全科报告；较大及以上事件，由中心在1小时内报告省联社领导小组，"
                   "并按监管要求在规定时限内报送监管部门。"], ["30/reporting-process"], False),
        ("事件处置", ["事件处置按确认研判、隔离遏制、清除根除、恢复验证的步骤进行，处置过程由安全科记录。"],
         ["30/response-process", "31/incident-process"], False),
        ("应急响应", ["达到应急预案启动条件的，由应急领导小组宣布启动《信息科技突发事件应急预案》，成立现场处置组，事态消除后宣布解除应急状态。"],
         ["34/emergency-process"], True),
        ("事后处理", ["事件处置结束后5个工作日内形成事件报告，分析原因、总结教训，更新知识库和相关预案，对责任单位提出整改要求。"], ["34/incident-process"], False),
        ("附则", ["本办法自印发之日起施行。"], [], False)]),
    "request": ("科技服务请求管理细则", "ke", [
        ("总则", ["为规范法人行社账号开立、权限调整、网络接入、VPN开通、数据提取等科技服务请求的受理与办理，制定本细则。"], [], False),
        ("受理与审批", ["法人行社通过{itsm}提交服务请求，注明请求类别和业务依据，经本行社科技部门负责人审核。",
                     "服务台登记后按服务目录派单，涉及生产数据提取的须经中心分管领导审批。"], ["49/request-procedure"], False),
        ("办理与关闭", ["办理科室在服务目录规定时限内完成，服务台电话确认后关闭请求。"], ["49/request-procedure"], False)]),
    "problem": ("生产问题管理细则", "ke", [
        ("总则", ["为查找并消除反复发生或影响较大的运行事件的根本原因，防止同类事件再次发生，制定本细则。"], [], False),
        ("问题的识别与记录", ["同类事件一个月内发生三次以上、较大及以上事件和变更失败，均应建立问题单。"], ["20/procedure", "37/procedure"], False),
        ("根因分析与解决", ["问题责任科室在10个工作日内完成根因分析，提出临时解决办法和永久解决方案；需变更的走变更流程。",
                         "问题解决后经验证关闭，形成已知错误记录纳入知识库；未关闭问题在月度运维例会上通报。"],
         ["20/procedure", "37/procedure"], False)]),
    "knowledge": ("运维知识管理细则", "ke", [
        ("总则", ["为积累和共享运维经验，建立运维知识库，制定本细则。"], [], False),
        ("知识的提交与审核", ["运维人员在事件、问题处置和变更实施后提交知识条目，经科室知识管理员审核后发布。"], ["21/procedure"], False),
        ("知识的使用与维护", ["知识库向中心和法人行社科技人员开放查询；知识管理员每季度复核，过期条目予以废止。"], ["21/procedure"], False)]),
    "slm": ("科技服务级别管理细则", "ke", [
        ("总则", ["为规范科技结算中心对法人行社科技服务级别的设计、约定、监测和评审，制定本细则。"], [], False),
        ("服务级别的约定", ["中心根据法人行社需求制定服务目录和服务级别，与法人行社签订科技服务协议，约定服务时间、响应时限和核心指标。"],
         ["39/slm-procedure"], False),
        ("监测与评审", ["服务级别达成情况按月统计、按季通报，每年与法人行社评审一次服务协议，未达标的项目纳入改进计划。"],
         ["39/slm-procedure"], False)]),
    "audit": ("信息科技运维管理体系内部审核细则", "ke", [
        ("总则", ["为验证运维管理体系符合标准要求并有效实施和保持，制定本细则。"], [], False),
        ("审核安排", ["中心每年至少组织一次覆盖全部运维过程的内部审核，审核员经培训合格，不审核本科室工作。",
                   "审核按年度审核方案、审核计划、首末次会议、现场审核、不符合项报告、整改跟踪验证的流程进行，审核结果提交管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], False)]),
    "monitor": ("运维服务监视与测量细则", "ke", [
        ("总则", ["为掌握运维服务目标的实现情况，制定本细则。"], [], False),
        ("监视内容与方法", ["监视测量的内容包括服务级别达成率、法人行社满意度、投诉与建议以及各项运维指标。",
                         "综合科按月汇总指标，按季开展满意度回访，未达到目标的启动纠正预防措施并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], False)]),
    "improve": ("运维服务持续改进管理细则", "ke", [
        ("总则", ["为规范改进措施的识别、记录、批准、评估、测量和报告，制定本细则。"], [], False),
        ("改进的管理", ["改进机会来源于内部审核、稽核检查、监管意见、法人行社投诉、事件和问题分析、指标未达标。",
                     "改进机会由提出科室登记，综合科按评估标准评分排序，报中心主任办公会批准后实施。",
                     "实施效果由综合科测量验证，改进情况在管理评审中报告。"], ["65/procedure"], False)]),
    "preventive": ("生产运行风险预警及预防性维护细则", "ke", [
        ("总则", ["为在故障发生前消除潜在的不符合和运行隐患，制定本细则。"], [], False),
        ("预防措施", ["各科室通过趋势分析、容量预警、巡检发现和设备生命周期评估识别潜在问题，制定预防性维护措施，经科室负责人批准后实施。",
                   "预防措施实施后一个月内由综合科验证其有效性并记录。"], ["66/preventive-actions"], False)]),
    "training": ("网络安全培训服务工作规程", "gc", [
        ("目的", ["规范科技结算中心为法人行社开展的网络安全培训服务。"], [], False),
        ("工作流程", ["培训需求收集→年度培训计划→课件编写与审核→组织实施并签到→考试考核→效果评估→资料归档。"], ["31/training-process"], False)]),
    "pentest": ("渗透测试工作操作规程", "gc", [
        ("目的", ["规范对全省农信互联网系统和内部系统的渗透测试。"], [], False),
        ("工作流程", ["取得系统主管部门书面授权→确定测试范围和时间窗口→信息收集→漏洞发现与验证→编写测试报告→督促整改→复测。",
                   "测试不得使用可能造成拒绝服务或数据破坏的手段，测试期间生产运行值班人员全程监控。"], ["31/pentest-process"], False)]),
}


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
            a = a.replace("{itsm}", co.aj_itsm).replace("{chg}", co.aj_change)
            b.append(("p", "第%s条 %s" % (han(t), a)))
        items += its
    return b, items


def reg_doc(co, d, key, drop_optional=False):
    """A 办法/细则 as issued: 省联社 红头 or 中心 notice with the 办法 after it; a 规程 bare with its code."""
    name, level, _ = REGS[key]
    body, items = reg_chapters(co, key, drop_optional)
    if level == "gc":
        code = "%s-KJ-GC-%02d" % (co.aj_code, list(REGS).index(key))
        b = [("title", name), ("table", [["制度编号", code, "制度层级", "操作规程"],
                                         ["归口科室", "安全科", "版本", "V%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 4))],
                                         ["施行日期", any_date(co, d), "审批", co.boss]])] + body
        return Doc("reg:" + key, name, d, sorted(set(items)), False, b)
    full = co.aj_union.replace("联合社", "") + name if level == "fa" else name
    top, no = red_top(co, d, "关于印发《%s》的通知" % full, level)
    b = top + [("p", "现将《%s》印发给你们，请认真遵照执行。执行中遇到的问题，请及时反馈科技结算中心。" % full)] + \
        colophon(co, d, level) + [("break",), ("title", full)] + body
    doc = Doc("reg:" + key, name, d, sorted(set(items)), False, b)
    doc.aj_no = no
    return doc


def compilation(co, d, keys):
    """信息科技制度汇编: each 篇 is one of the 办法/细则/规程; proves what its 篇 are."""
    b = [("title", "%s信息科技制度汇编（%d年版）" % (co.aj_union, d.year)),
         ("p", "科技结算中心 编印    %s" % cnd(d)), ("h1", "目  录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "第%s篇  %s ………… %d" % (han(i), REGS[k][0], 3 + 6 * i)))
    b.append(("p", "编印说明：本汇编收录截至%d年%d月现行有效的信息科技制度，汇编版与发文版不一致的以发文版为准。" % (d.year, d.month)))
    items = []
    for i, k in enumerate(keys, 1):
        body, its = reg_chapters(co, k)
        b += [("break",), ("h1", "第%s篇 %s" % (han(i), REGS[k][0]))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("compilation", "信息科技制度汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------------------ 操作规程 (作业指导)

OPS = {
    "core": ("综合业务系统日终批处理监控操作规程", ["日终前确认全省各法人行社柜面已签退，营业日切换条件满足",
                                             "在批处理监控台启动日终，逐步核对批量作业状态和耗时",
                                             "批量异常时按作业编号查阅日志，按知识库处置或呼叫二线", "日终完成后核对总分平衡，登记值班记录"]),
    "fw": ("防火墙策略维护操作规程", ["核对变更单号和审批状态后登录防火墙管理界面", "策略调整前导出当前配置备份",
                                 "按变更单逐条新增或删除策略，核对源、目的、端口", "验证业务连通并在变更平台回填实施结果"]),
    "av": ("终端防病毒及病毒库维护操作规程", ["每日检查防病毒服务器病毒库版本和各法人行社终端在线率", "对离线超过7天的终端通知法人行社处理",
                                        "每周组织全网查杀并导出查杀报告", "发现病毒按网络安全事件处置办法报告安全科"]),
    "dr": ("同城灾备切换操作规程", ["确认切换指令和切换窗口，通知各法人行社暂停柜面交易", "停止生产中心应用并确认数据同步完成",
                                 "在灾备中心启动数据库和应用，切换网络路由", "组织法人行社进行业务验证，记录切换耗时"]),
    "scan": ("漏洞扫描操作规程", ["确认扫描授权与窗口，避开日终和月末", "按资产清单配置扫描任务并执行",
                             "复核高中危漏洞，排除误报", "出具扫描报告并下发整改通知，跟踪复扫"]),
}


def ops_guide(co, d, key):
    name, steps = OPS[key]
    code = "%s-KJ-CZ-%02d" % (co.aj_code, list(OPS).index(key) + 1)
    p = Paper(name, "dig").head(("p", "制度编号：%s    施行日期：%s    归口：运维科" % (code, any_date(co, d))))
    p.part("适用范围", ["适用于科技结算中心运维人员和驻场外包人员在生产环境执行该项作业。"])
    p.part("操作步骤", ["（%d）%s；" % (i, s) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    p.part("注意事项", ["作业须双人复核，一人操作一人监督；作业完成后填写机房值班登记簿。"])
    return p.doc("ops_guide", d, False)


def ops_book(co, d, keys):
    b = [("title", "科技结算中心运维操作规程汇编（%d年）" % d.year), ("p", "运维科 编    %s" % cnd(d))]
    for i, k in enumerate(keys, 1):
        name, steps = OPS[k]
        b += [("h1", "%s、%s" % (han(i), name))] + [("p", "%d. %s。" % (j, s)) for j, s in enumerate(steps, 1)]
    return Doc("ops_book", "运维操作规程汇编", d, ["24/work-instructions", "11/manuals"], False, b)


# ------------------------------------------------------------------------------ 组织、人员、发文

def leading_group(co, d, vendor):
    top, no = red_top(co, d, "关于调整%s网络安全和信息化领导小组成员的通知" % co.aj_union)
    rows = [["层级", "职务", "人员", "单位/科室"],
            ["领导小组", "组长", "理事长", "省联社"], ["领导小组", "副组长", co.boss, "科技结算中心（总经理）"],
            ["领导小组", "成员", "风险管理部、审计部、办公室负责人", "省联社"],
            ["管理组", "组长", co.p(0), "综合科"], ["管理组", "成员", "%s、%s" % (co.p(1), co.p(3)), "安全科、运维科"],
            ["运维执行组", "组长", co.p(2), "运维科"], ["运维执行组", "成员", "%s、%s" % (co.p(4), co.p(5)), "网络科、运维科"]]
    if vendor:
        rows.append(["运维执行组", "驻场成员", "%s、%s" % (co.vp(0), co.vp(1)), "%s（外包服务商）" % co.vendor])
    b = top + [("p", "因人员变动，经省联社党委研究，对网络安全和信息化领导小组及其工作机构调整如下："),
               ("h1", "一、领导小组"), ("p", "负责全省农信网络安全和信息化工作的决策，审定运维服务方针和重大事项。"),
               ("h1", "二、管理组"), ("p", "设在科技结算中心综合科，负责制度建设、内部审核、科技风险评估和考核。"),
               ("h1", "三、运维执行组"), ("p", "负责生产运行、机房值班、巡检、变更实施和应急处置%s。" % ("，外包服务商驻场人员纳入执行组统一管理" if vendor else "")),
               ("table", rows)] + colophon(co, d)
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else [])
    return Doc("leading_group", "领导小组调整通知", d, items, False, b)


def staff_roster(co, d, outs):
    own = [[i + 1, co.p(i), ["综合科", "安全科", "运维科", "安全科", "网络科", "运维科"][i],
            ["科长", "安全管理岗", "系统运维岗", "安全运维岗", "网络运维岗", "值班长"][i], "正式员工",
            "1%d%09d" % (co.rng.choice([3, 5, 8]), co.rng.randint(0, 10 ** 9 - 1))] for i in range(6)]
    ven = [[i + 1, co.vp(i), co.vendor, ["主机运维驻场", "网络运维驻场", "安全值守驻场"][i], "运维执行组", "%d-%02d" % (d.year - 1, 3 + i)]
           for i in range(3)] if outs else []
    return ledger("staff_roster", "科技结算中心运维人员名册（%s）" % cnd(d), d, True, [
        ("中心人员", ["序号", "姓名", "科室", "岗位", "用工性质", "联系电话"], own, ["9/staff-list"]),
        ("驻场外包人员", ["序号", "姓名", "所属公司", "岗位", "所在工作组", "入场时间"], ven, ["9/outsourcing"])])


def outsource_ledger(co, d):
    rows = [[i + 1, co.vp(i), co.vendor, "%d-%02d-%02d" % (d.year - 1, 2 + i, 10), "已签", "已审查", "堡垒机账号%s%02d" % (co.aj_code, i + 1), "在岗"]
            for i in range(3)]
    return ledger("outsource_ledger", "外包人员管理台账（%d年）" % d.year, d, True, [
        ("台账", ["序号", "姓名", "外包公司", "入场日期", "保密协议", "背景审查", "系统权限", "状态"], rows, [])])


def role_sheet(co, d):
    rows = [["服务级别管理", "服务协议、服务目录维护与达成统计", "管理组（综合科）", co.p(0)],
            ["安全管理", "安全策略、漏洞与事件管理、应急响应", "管理组（安全科）", co.p(1)],
            ["系统运维", "综合业务系统、支付系统日常运维与日终", "运维执行组（运维科）", co.p(2)],
            ["网络运维", "全省网络与安全设备维护", "运维执行组（网络科）", co.p(4)],
            ["服务台", "科技服务热线受理、派单、回访", "运维执行组（运维科）", co.p(5)],
            ["配置管理", "资产与配置库维护", "管理组（综合科）", co.p(3)]]
    return ledger("role_sheet", "科技结算中心运维岗位及角色清单", d, False, [
        ("角色", ["角色", "主要职责", "对应工作组", "责任人"], rows, ["18/roles", "23/roles"])])


def interface_notice(co, d):
    top, no = red_top(co, d, "关于明确网络安全管理接口人的通知", "ke")
    b = top + [("p", "为做好与各法人行社及监管部门的网络安全工作对接，中心明确安全科%s为网络安全管理接口人，负责安全事件通报、"
                     "监管检查配合、安全文件接收与传达，%s为B角。各法人行社应同时明确本单位接口人并报中心备案。" % (co.p(1), co.p(3)))] + colophon(co, d, "ke")
    return Doc("interface", "接口人通知", d, ["28/interface-person"], False, b)


def hotline_notice(co, d):
    top, no = red_top(co, d, "关于启用全省农信科技服务热线的通知")
    b = top + [("p", "为统一受理各法人行社的故障报修和服务请求，省联社设立科技服务台，开通科技服务热线%s（内线%s），7×24小时受理。"
                     % (co.aj_hot, co.rng.randint(8000, 8999))),
               ("p", "服务台设在科技结算中心运维科，职责为：受理电话、%s工单和邮件报障；登记、分级、派单；跟踪处理进度；回访确认。" % co.aj_itsm),
               ("p", "服务台坐席：%s、%s及驻场外包坐席2人，实行四班三运转。" % (co.p(5), co.p(4)))] + colophon(co, d)
    return Doc("hotline", "服务台通知", d, ["48/service-desk"], False, b)


def hotline_training(co, d):
    rows = [[d.isoformat(), "热线坐席岗前培训", "事件受理与分级、%s派单、常见柜面故障处置话术" % co.aj_itsm, co.p(2), n, "合格"]
            for n in (co.p(5), co.vp(2), co.p(4))]
    return ledger("hotline_training", "科技服务热线坐席培训记录", d, True, [
        ("培训记录", ["日期", "培训名称", "培训内容", "讲师", "学员", "考核"], rows, ["48/training"])])


def office_minutes(co, d, n, topics):
    """主任办公会纪要: several 议题; each decision proves its own item."""
    b = [("title", "科技结算中心主任办公会纪要"), ("p", "〔%d〕第%d期" % (d.year, n)),
         ("p", "%s，%s主持召开中心主任办公会。参会：中心班子成员，各科科长；列席：%s。纪要如下：" % (cnd(d), co.boss, co.p(3)))]
    items, i = [], 0
    for t in topics:
        i += 1
        if t == "interface":
            b += [("h1", "%s、关于明确网络安全管理接口人" % han(i)),
                  ("p", "会议决定，由安全科%s担任中心网络安全管理接口人，负责与法人行社、监管部门的安全事务对接，%s为B角。" % (co.p(1), co.p(3)))]
            items.append("28/interface-person")
        elif t == "desk":
            b += [("h1", "%s、关于设立科技服务台" % han(i)),
                  ("p", "会议同意在运维科设立科技服务台，开通%s科技服务热线，统一受理法人行社的报障与服务请求，7×24小时值守，坐席%s、%s。"
                   % (co.aj_hot, co.p(5), co.p(4)))]
            items.append("48/service-desk")
        elif t == "improve":
            b += [("h1", "%s、关于%d年运维服务改进事项" % (han(i), d.year)),
                  ("p", "会议听取了综合科关于改进机会评估的汇报，按对法人行社业务影响、实施成本和风险三项加权评分，排序如下："),
                  ("table", [["排序", "改进事项", "评分", "意见"], [1, "日终批处理监控自动化", 86, "同意实施"],
                             [2, "法人行社网点网络双链路改造", 78, "同意实施"], [3, "知识库与热线系统对接", 64, "列入下年度"]]),
                  ("p", "会议批准前两项改进事项立项，由综合科跟踪。")]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "party":
            b += [("h1", "%s、关于党风廉政建设工作" % han(i)),
                  ("p", "会议传达了省联社党委关于落实全面从严治党主体责任的要求，各科室开展廉洁风险点排查。")]
        elif t == "holiday":
            b += [("h1", "%s、关于国庆期间安全保障" % han(i)),
                  ("p", "会议部署国庆期间科技安全保障，实行中心领导带班、科长值班，暂停非紧急生产变更。")]
    b.append(("p", "出席：%s、%s、%s    记录：%s" % (co.boss, co.p(0), co.p(2), co.p(3))))
    return Doc("office_minutes", "主任办公会纪要", d, sorted(set(items)), True, b)


def party_minutes(co, d):
    b = [("title", "中共%s委员会会议纪要" % co.aj_union), ("p", "〔%d〕第%d次" % (d.year, co.rng.randint(8, 20))),
         ("h1", "一、研究调整网络安全和信息化领导小组"), ("p", "会议同意科技结算中心提出的领导小组成员调整方案，由办公室行文。"),
         ("h1", "二、研究全省农信数字化转型规划"), ("p", "会议原则同意规划稿，请科技结算中心进一步征求法人行社意见。"),
         ("h1", "三、其他事项"), ("p", "会议研究了基层党组织换届有关事项。")]
    return Doc("party_minutes", "党委会纪要", d, [], True, b)


# ------------------------------------------------------------------------------ 法人行社服务

def survey(co, d, tm, sec):
    p = Paper("关于%s科技服务需求的调研报告" % co.aj_cust).head(
        ("p", "调研单位：科技结算中心综合科    调研时间：%s" % any_date(co, d)))
    p.part("调研背景", ["根据省联社“十四五”信息科技规划和法人行社科技服务协议续签安排，中心组织对%s开展科技服务需求调研，"
                       "访谈该行分管行长、科技部%s、运营管理部和零售业务部。" % (co.customer, co.cp(0))])
    p.part("服务时间需求", ["%s柜面营业时间为8:30-17:00，节假日安排部分网点营业；%s、%s要求7×24小时服务，"
                          "月末、季末、年终决算期间需中心安排专人值守。" % (co.aj_cust, co.sys(0), co.sys(2)),
                          ("table", [["系统", "服务时段", "故障响应", "恢复时限"], [co.sys(0), "7×24", "15分钟", "2小时"],
                                     [co.sys(1), "7×24", "15分钟", "2小时"], ["办公及信贷类", "工作日8:30-17:30", "1小时", "1个工作日"]])],
           ["1/survey"], tm)
    p.part("安全服务需求及类型", ["该行提出的安全服务需求：网点终端防病毒和准入管理、互联网出口防护、漏洞扫描与渗透测试、等级保护测评配合、"
                               "网络安全事件应急支援、员工安全意识培训。按类型归为安全运维类、安全评估类、应急支援类和培训咨询类。"],
           ["5/survey"], sec)
    p.part("结论", ["调研结果经%s确认，作为科技服务协议和服务目录修订的依据。" % co.aj_cust])
    return p.doc("survey", d, False, [("p", "调研人：%s、%s" % (co.p(0), co.p(3)))])


def fee_sheet(co, d):
    rows = [[1, "综合业务系统及支付清算运维", 220, "系统运维岗2人", 1300, 286000, "%d年1月起" % d.year],
            [2, "网点网络及安全设备运维", 160, "网络运维岗1人、驻场1人", 1100, 176000, "按月"],
            [3, "季度健康检查", 16, "安全科2人", 1500, 24000, "每季末月"],
            [4, "漏洞扫描及渗透测试", 12, "安全运维岗", 2000, 24000, "%d年9月前" % d.year],
            [5, "重要时期保障及应急支援", 10, "应急小组", 1500, 15000, "按需"],
            ["", "合计", 418, "", "", 525000, ""]]
    return ledger("fee_sheet", "%s%d年度科技服务费测算表" % (co.aj_cust, d.year), d, False, [
        ("测算", ["序号", "服务项目", "工作量（人天）", "人力安排", "单价（元/人天）", "金额（元）", "时间节点"], rows, ["2/budget"])],
        note="测算：%s    复核：%s    单位：元" % (co.p(0), co.boss))


def meeting(co, d, agreed):
    p = Paper("%s科技服务对接座谈会纪要" % co.aj_cust).head(
        ("p", "时间：%s    地点：%s科技部会议室" % (any_date(co, d), co.aj_cust)),
        ("p", "参会：科技结算中心%s、%s；%s%s、%s" % (co.p(0), co.p(2), co.aj_cust, co.cp(0), co.cp(1))))
    p.part("会议内容", ["双方就%d年度科技服务范围、网点网络运维方式、健康检查安排、热线报障流程进行了沟通。" % d.year])
    p.part("会议共识", ["一是服务范围包括综合业务系统、支付清算、手机银行及网点网络与安全设备；",
                        "二是中心派驻网络运维人员每周到行一天，其余时间远程支持；",
                        "三是每季度开展一次健康检查，报告5个工作日内送达。",
                        "上述事项双方一致同意，由中心据此修订科技服务协议附件。"], ["3/communication"], agreed)
    p.part("遗留事项", ["手机银行个性化功能需求另行立项。"])
    return p.doc("meeting", d, False, [("p", "记录：%s" % co.p(3))])


def history(co, d, on):
    p = Paper("%s信息系统历史运行数据分析及保障方案" % co.aj_cust).head(("p", "编制：科技结算中心    %s" % any_date(co, d)))
    p.part("历史数据清单", [("table", [["数据项", "来源", "时间范围", "条数"],
                                      ["热线报障工单", co.aj_itsm, "%d全年" % (d.year - 1), co.rng.randint(300, 900)],
                                      ["生产变更记录", co.aj_change, "%d全年" % (d.year - 1), co.rng.randint(40, 120)],
                                      ["服务中断登记", "运维科", "%d全年" % (d.year - 1), co.rng.randint(3, 12)],
                                      ["网点设备巡检记录", "网络科", "%d全年" % (d.year - 1), co.rng.randint(100, 400)]])],
           ["4/history-list"], "list" in on)
    p.part("数据分析", ["指标完成情况：%s全年可用率99.97%%，达到协议约定；热线报障按时解决率96.1%%。" % co.sys(0),
                        "违例操作：发现网点人员私接外网设备2起、驻场人员未经审批修改交换机配置1起，均已通报整改。",
                        "重大事件：%d年7月雷击导致3个网点链路中断4小时。" % (d.year - 1),
                        "重大（失败）变更：网点前置机升级失败回退1次，原因为未充分测试。"], ["4/analysis"], "analysis" in on)
    p.part("保障策略及实施方案", ["根据上述分析，制定保障策略：网点防雷和双链路改造、变更前置测试、驻场人员权限收紧；",
                                ("table", [["措施", "责任科室", "完成时间"], ["网点双链路改造", "网络科", "%d年6月" % d.year],
                                           ["变更前置测试清单", "运维科", "%d年3月" % d.year], ["驻场人员权限复核", "安全科", "每季度"]])],
           ["4/strategy"], "strategy" in on)
    return p.doc("history", d, False)


def agreement(co, d, modes, core, health):
    p = Paper("科技服务协议", "tiao").head(
        ("p", "甲方：%s    乙方：%s（科技结算中心）" % (co.customer, co.aj_union)),
        ("p", "协议编号：%s-KJFW-%d-%03d" % (co.aj_code, d.year, co.rng.randint(1, 80))))
    p.part("服务范围", ["乙方为甲方提供综合业务系统、支付清算系统、手机银行系统的集中运行维护，以及甲方网点网络和安全设备的运维与安全服务。"])
    p.part("运维方式", ["乙方以驻场值守、定期巡检和远程值守相结合的方式提供服务：派驻网络运维人员每周到甲方驻场一天；"
                        "每月对甲方网点网络和安全设备定期巡检一次；其余时间由科技结算中心生产运行值班室远程值守。"], ["35/sla"], modes)
    p.part("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s可用率" % co.sys(0), "≥99.95%"], ["%s可用率" % co.sys(1), "≥99.9%"],
                                              ["特别重大/重大事件响应", "15分钟"], ["一般事件解决时限", "4小时"], ["法人行社满意度", "≥90分"]])],
           ["36/sla"], core)
    p.part("健康检查", ["乙方每季度对甲方安全设备和业务系统开展一次健康检查，重要时期前加检一次；检查以现场检查为主、远程检查为辅，"
                        "检查后5个工作日内提交报告。"], ["15/agreement"], health)
    p.part("费用与期限", ["科技服务费按年度测算表结算，协议期限自%s起三年。" % cnd(d)])
    p.items.append("39/sla")
    return p.doc("agreement", d, False, [("p", "甲方（盖章）：%s    法定代表人或授权代表：%s" % (co.customer, co.cp(0))),
                                         ("p", "乙方（盖章）：%s    授权代表：%s" % (co.aj_union, co.boss)),
                                         ("p", "签订日期：%s" % any_date(co, d))])


def health_check(co, d, bank, collect, secdev=True):
    p = Paper("%s%d年第%d季度信息系统健康检查报告" % (bank, d.year, quarter(d))).head(
        ("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查", "现场检查"]), any_date(co, d), co.p(1), co.p(4))))
    rows = [["检查对象", "可用性", "持续运行", "冗余/告警", "结论"],
            ["网点前置及%s接入" % co.sys(0), "100%", "%d天" % co.rng.randint(30, 200), "双链路正常", "健康"],
            [co.sys(2) + "（法人行社侧）", "99.9%", "%d天" % co.rng.randint(20, 90), "无告警", "健康"]]
    if secdev:
        rows += [["出口防火墙", "100%", "%d天" % co.rng.randint(60, 300), "主备正常", "健康"],
                 ["网点准入及防病毒服务器", "100%", "%d天" % co.rng.randint(30, 180), "病毒库滞后1天", "关注"]]
    p.part("检查范围", ["%s网点网络、%s接入全省农信的业务系统。" % (bank, "防火墙、准入、防病毒等安全设备及" if secdev else "")])
    p.part("可用性与持续性检查", [("table", rows)])
    p.part("安全信息采集", ["导出防火墙和核心交换机运行配置，与安全基线比对，发现差异1项；",
                           "采集出口流量：峰值%dMbps，均值%dMbps，无异常流量；" % (co.rng.randint(100, 400), co.rng.randint(30, 90)),
                           "采集系统状态：CPU、内存、会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], collect)
    p.part("问题与建议", [("防病毒服务器病毒库更新任务延迟，已调整计划任务；" if secdev else "") + "建议%s更换使用超过8年的接入交换机。" % bank])
    p.items += ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    return p.doc("health_check", d, True)


def csat(co, d, half):
    score = co.rng.randint(88, 96)
    p = Paper("%d年%s全省法人行社科技服务满意度测评报告" % (d.year if half == "上半年" else d.year - 1, half)).head(
        ("p", "测评时间：%s    测评方式：问卷（%d家法人行社）及电话回访" % (any_date(co, d), co.rng.randint(72, 84))))
    p.part("测评结果", [("table", [["测评项", "得分"], ["故障响应及时性", co.rng.randint(85, 97)], ["问题解决质量", co.rng.randint(85, 97)],
                                   ["热线服务态度", co.rng.randint(90, 99)], ["变更通知及时性", co.rng.randint(80, 95)], ["综合满意度", score]])])
    p.part("满意度分析", ["法人行社对热线服务态度评价最高；变更通知及时性得分最低，主要是部分紧急变更未提前通知到网点；%s综合得分%d分。"
                         % (co.aj_cust, score - co.rng.randint(0, 4))])
    p.part("改进措施", ["变更通知纳入变更管理平台自动推送；月末值守增派坐席。"])
    p.items += ["41/surveys", "58/survey", "63/survey"]
    return p.doc("csat", d, True)


def csat_trend(co, d):
    b = [("title", "法人行社科技服务满意度变化趋势分析"), ("p", "综合科    %s" % any_date(co, d)),
         ("table", [["期次", "综合满意度", "参评行社"], ["%d年上半年" % (d.year - 1), 88, 79], ["%d年下半年" % (d.year - 1), 90, 81],
                    ["%d年上半年" % d.year, 92, 82]]),
         ("p", "趋势：连续三期上升，故障响应及时性提升最明显；变更通知及时性仍为短板，需持续关注。")]
    return Doc("csat_trend", "满意度趋势", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=23 * i)
        rows.append([x.isoformat(), co.rng.choice([co.aj_cust] + list(co.aj_banks)), co.p(5), co.rng.choice(["电话", "现场", "电话"]),
                     co.rng.choice(["满意", "希望变更提前通知", "热线接通慢", "满意"]), "已反馈%s" % co.rng.choice(["运维科", "综合科"])])
    return ledger("callbacks", "法人行社科技服务回访登记表", d, True, [
        ("回访", ["回访日期", "法人行社", "回访人", "方式", "行社意见", "处理情况"], rows, ["63/follow-up-visits"])])


def assessment(co, d, bank):
    rows = [["科技制度建设", 10, co.rng.randint(7, 10)], ["网络安全管理", 20, co.rng.randint(14, 20)], ["科技风险自查", 15, co.rng.randint(10, 15)],
            ["重要时期保障", 15, co.rng.randint(12, 15)], ["监管报送及时性", 10, co.rng.randint(8, 10)], ["科技队伍建设", 10, co.rng.randint(6, 10)],
            ["网点机具管理", 20, co.rng.randint(14, 20)]]
    return ledger("assessment", "%d年度法人行社科技条线考核评分表（%s）" % (d.year - (1 if d.month < 4 else 0), bank), d, True, [
        ("评分", ["考核项目", "分值", "得分"], rows + [["合计", 100, sum(r[2] for r in rows)]], [])])


# ------------------------------------------------------------------------------ 服务设计

def catalog(co, d, parts):
    rows, items = [], ["29/catalog"]
    base = [("初始服务", "新接入法人行社的资产识别、配置项收集和运维流程导入"), ("安全设备运维", "网点及行社本部防火墙、准入、防病毒的维护与升级"),
            ("日常巡检服务", "机房及网点网络、安全设备日常巡检"), ("健康检查", "每季度安全设备及业务系统健康检查"),
            ("安全事件审计", "网络及安全设备、服务器、应用日志审计")]
    l2 = [("运维监控与分析", "全省网络和核心系统7×24监控及月度分析"), ("终端安全监控", "柜面终端准入、违规外联和病毒监控"),
          ("等级保护合规性运维", "按等级保护要求开展合规检查与整改跟踪")]
    l1 = [("安全通告及漏洞分析", "漏洞、病毒、厂商通告收集分析并发布风险提示"), ("应急响应服务", "网络安全事件和生产事件7×24应急支援")]
    for on, its, ents in [("base" in parts, ["12/catalog"], base), ("l2" in parts, ["19/catalog"], l2), ("l1" in parts, ["26/catalog"], l1)]:
        if on:
            items += its
            rows += [[n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["服务记录", "检查报告", "工单"])] for n, c in ents]
    rows += [["账号及权限服务", "柜员、科技人员账号开立与权限调整", "远程", "工单"], ["数据提取服务", "经审批的生产数据提取", "远程", "工单"]]
    return ledger("catalog", "%s科技服务目录（%d版）" % (co.aj_union, d.year), d, False, [
        ("服务目录", ["服务项目", "服务内容", "服务方式", "交付物"], rows, items)])


def sld_ola(co, d, sld, ola):
    p = Paper("科技服务级别设计及内部运营级别约定").head(("p", "综合科编制，中心主任办公会审定    %s" % any_date(co, d)))
    p.part("对外包服务商的服务级别设计", ["与%s约定：较大及以上事件15分钟响应、2小时恢复；一般事件30分钟响应、4小时恢复；服务请求1个工作日办结。" % co.vendor],
           ["8/sld"], sld)
    p.part("中心内部运营级别约定", ["运维科、网络科、安全科之间：较大及以上事件二线科室15分钟内接手、2小时恢复；一般事件30分钟接手、4小时恢复；",
                                   "上述内部时限与对外包服务商的服务级别保持一致，每半年由综合科对照复核。"], ["8/ola"], ola)
    return p.doc("sld_ola", d, False)


def avail_kpis(co, d):
    rows = [["整体指标", "全省农信重要信息系统综合可用率", "全部重要信息系统", "≥99.95%", "月"],
            ["整体指标", "特别重大及重大事件次数", "全部生产系统", "0", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.99%", "月"],
            ["单系统指标", "%s交易成功率" % co.sys(1), co.sys(1), "≥99.9%", "月"],
            ["单系统指标", "%s可用率" % co.sys(2), co.sys(2), "≥99.9%", "月"]]
    return ledger("avail_kpis", "重要信息系统可用性指标清单", d, False, [
        ("指标", ["类别", "指标", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    p = Paper("以往科技服务方案对生产影响分析及自动化运维建议").head(("p", "运维科    %s" % any_date(co, d)))
    p.part("以往服务方案回顾", ["回顾%d年为法人行社实施的服务方案%d项，包括网点网络改造、准入策略调整、前置机升级等。" % (d.year - 1, co.rng.randint(20, 40))])
    p.part("对生产的影响分析", ["其中4项方案实施期间影响网点交易（最长18分钟），均在变更窗口内；1项因回退造成次日开门延迟10分钟。"],
           ["7/impact-analysis"])
    p.part("解决效率分析及可自动化服务", ["全年处置安全事件%d起，平均处置时长2.9小时，终端病毒告警、弱口令告警等重复性事件占58%%；"
                                         "建议将病毒库版本核查、弱口令核查、日终批量监控和巡检报告生成实现自动化。" % co.rng.randint(80, 160)],
           ["7/automation"], auto)
    return p.doc("svc_review", d, True)


def dev_plan(co, d):
    b = [("title", "%d年度安全运维工具自主开发计划" % d.year), ("p", "开发科    %s" % any_date(co, d)),
         ("p", "根据法人行社需求和中心自身开发能力，计划开发以下工具："),
         ("table", [["工具名称", "用途", "计划完成", "负责人"], ["网点终端合规核查工具", "批量核查柜面终端补丁和病毒库", "%d年6月" % d.year, co.p(1)],
                    ["日终批处理监控大屏", "批量作业状态实时展示与告警", "%d年9月" % d.year, co.p(2)],
                    ["巡检报告自动生成脚本", "汇总设备巡检数据生成报告", "%d年11月" % d.year, co.p(4)]])]
    return Doc("dev_plan", "工具开发计划", d, ["33/dev-plan"], False, b)


# ------------------------------------------------------------------------------ 运维科 / 网络科 records

def inspection_book(co, d, kinds):
    """机房巡检记录 (Excel, a month): one sheet per record kind; a sheet without rows proves nothing."""
    days = [d - timedelta(days=3 * i) for i in range(9)]
    sh = []
    sh.append(("动环", ["日期", "UPS负载", "精密空调", "温湿度", "消防", "巡检人"],
               [[x.isoformat(), "%d%%" % co.rng.randint(35, 55), "正常", "%d℃/%d%%" % (co.rng.randint(21, 24), co.rng.randint(40, 55)), "正常", co.p(5)]
                for x in days] if "env" in kinds else [], []))
    sh.append(("网络及安全设备", ["日期", "设备", "运行状态", "CPU", "会话/流量", "告警", "巡检人"],
               [[x.isoformat(), co.rng.choice(["核心交换机", "出口防火墙", "网点汇聚防火墙", "IPS", "WAF"]), "正常",
                 "%d%%" % co.rng.randint(8, 45), "%d万" % co.rng.randint(5, 60), co.rng.choice(["无", "无", "1条低危"]), co.p(4)] for x in days]
               if "dev" in kinds else [], ["44/inspection", "45/monitoring", "14/maintenance"]))
    sh.append(("防病毒", ["日期", "范围", "病毒库版本", "终端在线率", "查杀结果", "执行人"],
               [[x.isoformat(), "中心服务器及法人行社柜面终端", "%d.%02d%02d.01" % (x.year, x.month, x.day), "%.1f%%" % (95 + co.rng.random() * 4),
                 co.rng.choice(["未发现病毒", "清除木马2个", "未发现病毒"]), co.p(3)] for x in days[:4]] if "av" in kinds else [],
               ["44/virus-scan", "45/antivirus"]))
    sh.append(("维护保养", ["日期", "设备", "维护内容", "结果", "维护人"],
               [[x.isoformat(), co.rng.choice(["防火墙", "IPS", "负载均衡"]), "日志清理、策略命中检查、风扇除尘", "完成", co.vp(0)] for x in days[::2]]
               if "maint" in kinds else [], ["44/maintenance", "14/maintenance"]))
    sh.append(("故障处理", ["日期", "设备", "故障现象", "处理及排除", "恢复时间", "处理人"],
               [[days[2].isoformat(), "IPS-02", "电源模块告警", "更换电源模块", "35分钟", co.p(4)],
                [days[6].isoformat(), "网点汇聚防火墙", "业务口光模块故障", "更换光模块", "20分钟", co.vp(1)]] if "fault" in kinds else [],
               ["44/faults"]))
    sh.append(("版本升级", ["日期", "设备", "升级前", "升级后", "变更单号", "验证"],
               [[days[4].isoformat(), "出口防火墙", "V5.6R3", "V5.6R5", "BG%s%03d" % (ymd(days[4]), co.rng.randint(1, 60)), "通过"],
                [days[7].isoformat(), "IPS", "特征库%s" % ymd(days[8]), "特征库%s" % ymd(days[7]), "标准变更", "通过"]] if "up" in kinds else [],
               ["44/upgrades"]))
    return ledger("inspection_book", "科技结算中心主机房巡检记录表（%d年%02d月）" % (d.year, d.month), d, True, sh)


def duty_scan(co, d, detailed):
    rows = [["日期", "班次", "巡检情况", "异常及处理", "值班人", "接班人"]]
    for i in range(7):
        x = d - timedelta(days=i)
        if detailed:
            s = "核心交换机、出口防火墙、IPS运行正常，CPU %d%%，告警%d条已确认；日终批量%s完成" % (co.rng.randint(10, 40), co.rng.randint(0, 3), "23:%02d" % co.rng.randint(10, 59))
        else:
            s = "正常"
        rows.append(["%d月%d日" % (x.month, x.day), co.rng.choice(["白班", "夜班"]), s, "无" if co.rng.random() < 0.8 else "网点报障1起已派单",
                     co.p(i % 6), co.p((i + 1) % 6)])
    b = [("title", "机房值班登记簿"), ("p", "（%d年 第%d册）  %s" % (d.year, co.rng.randint(3, 12), "科技结算中心生产运行值班室")), ("table", rows),
         ("p", "[扫描件 OCR 识别文本，可能存在识别误差]")]
    items = ["44/inspection", "45/monitoring", "14/maintenance"] if detailed else []
    return Doc("duty_scan", "机房值班登记簿", d, items, True, b)


def hw_stats(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=37 * i)
        rows.append([i + 1, x.isoformat(), co.rng.choice(["出口防火墙", "网点汇聚防火墙", "IPS", "WAF", "准入控制器"]),
                     co.rng.choice(["电源", "风扇", "硬盘", "光模块", "主板"]), co.rng.choice(["备件更换", "厂商返修"]), "%d分钟" % co.rng.randint(10, 90)])
    rows.append(["", "合计", "", "%d次" % len(rows), "", ""])
    return ledger("hw_stats", "安全设备硬件故障统计表（%d年）" % d.year, d, True, [
        ("统计", ["序号", "日期", "设备", "故障部件", "处理方式", "影响时长"], rows, ["14/hardware-faults", "44/faults"])])


def change_export(co, d, with_rows=True):
    rows = []
    if with_rows:
        for i in range(co.rng.randint(6, 12)):
            x = d - timedelta(days=co.rng.randint(0, 28))
            rows.append(["BG%s%03d" % (ymd(x), co.rng.randint(1, 99)), x.isoformat(),
                         co.rng.choice(["一般变更", "标准变更", "重大变更"]), co.rng.choice(["运维科", "网络科", "安全科", "开发科"]),
                         co.rng.choice(["%s参数调整" % co.sys(0), "网点防火墙策略调整", "%s版本投产" % co.sys(2), "IPS特征库升级", "核心交换机端口变更"]),
                         co.rng.choice(["全省", co.aj_cust, co.aj_banks[0]]), co.p(0), "%s 22:00-24:00" % x.isoformat(),
                         co.rng.choice(["成功", "成功", "成功", "回退"]), "已关闭"])
    return ledger("change_export", "%s导出-变更单列表" % co.aj_change, d, True, [
        ("变更单", ["变更单号", "申请日期", "变更类型", "申请科室", "变更内容", "影响法人行社", "审批人", "变更窗口", "实施结果", "状态"], rows,
         ["54/records", "43/process-records"])], note="导出时间：%s 17:%02d  导出人：%s" % (d.isoformat(), co.rng.randint(0, 59), co.p(2)))


def go_live(co, d, test, rollback):
    p = Paper("%sV%d.%d版本投产实施方案" % (co.sys(2), co.rng.randint(3, 6), co.rng.randint(0, 9))).head(
        ("p", "变更单号：BG%s%03d    投产窗口：%s 22:00-次日02:00    编制：开发科%s" % (ymd(d), co.rng.randint(1, 90), d.isoformat(), co.p(1))))
    p.part("投产内容", ["本次投产涉及手机银行服务端、网关和数据库脚本，新增转账限额个性化设置、适老化页面。"])
    p.part("投产前测试验证", ["在测试环境完成功能测试、性能测试（500并发）和安全测试（源代码扫描、渗透测试）；",
                              "由法人行社业务人员完成验收测试，并验证与旧版本客户端、现有网络和前置系统的兼容性。"], ["25/test-plan"], test)
    p.part("投产步骤", ["停止网关→部署服务端→执行数据库脚本→启动服务→内部验证→开放交易→法人行社验证。"])
    p.part("回退方案", ["投产前备份应用包、配置和数据库；验证失败时在30分钟内回退至原版本，回退步骤已在测试环境演练。"],
           ["25/rollback", "11/rollback"], rollback)
    p.part("人员安排", ["总指挥%s；实施%s、%s；验证%s。" % (co.boss, co.p(1), co.p(2), co.p(0))])
    return p.doc("go_live", d, False)


def golive_form(co, d):
    b = [("title", "投产申请表"),
         ("table", [["申请科室", "开发科", "申请日期", d.isoformat()], ["投产系统", co.sys(2), "投产窗口", "%s 22:00" % d.isoformat()],
                    ["申请人", co.p(1), "科长意见", "同意"], ["附件", "投产实施方案（见变更单）", "", ""]])]
    return Doc("golive_form", "投产申请表", d, [], True, b)


def tickets(co, d, resp):
    head = ["工单编号", "报障单位", "类别", "受理时间", "响应时间", "解决时间", "问题描述", "处理人", "状态"]
    rows = []
    for i in range(12):
        x = d - timedelta(days=co.rng.randint(0, 30))
        h = co.rng.randint(8, 18)
        r = ["GD%s%04d" % (ymd(x), co.rng.randint(1, 9999)), co.rng.choice([co.aj_cust] + list(co.aj_banks)),
             co.rng.choice(["故障报修", "服务请求", "咨询"]), "%s %02d:%02d" % (x.isoformat(), h, co.rng.randint(0, 59)),
             "%s %02d:%02d" % (x.isoformat(), h, co.rng.randint(0, 59)), "%s %02d:%02d" % (x.isoformat(), min(h + 2, 23), co.rng.randint(0, 59)),
             co.rng.choice(["柜面终端无法签到", "网点网络中断", "手机银行交易超时", "柜员权限调整", "UKey证书更新", "打印机驱动"]),
             co.p(co.rng.randint(0, 5)), "已关闭"]
        if not resp:
            r = r[:4] + r[5:]
        rows.append(r)
    if not resp:
        head = head[:4] + head[5:]
    items = ["43/process-records"] + (["55/response-times"] if resp else [])
    return ledger("tickets", "%s工单导出（%d年%d月）" % (co.aj_itsm, d.year, d.month), d, True, [("工单", head, rows, items)])


def ops_monthly(co, d, trend, data, avail):
    m = d.month - 1 or 12
    p = Paper("%d年%d月全省农信生产运行分析报告" % (d.year if d.month > 1 else d.year - 1, m)).head(("p", "运维科    %s" % any_date(co, d)))
    p.part("运行总体情况", ["本月全省农信生产系统运行平稳，日终批量均按时完成，处置运行事件%d起，无较大及以上事件。" % co.rng.randint(5, 30)])
    p.part("运行指标趋势分析", [("table", [["指标", "%d月" % (m - 2 if m > 2 else 10 + m), "%d月" % (m - 1 if m > 1 else 12), "%d月" % m, "趋势"],
                                             ["日终批量耗时（分钟）", 118, 124, 131, "上升"], ["核心交易峰值TPS", 1830, 1905, 2010, "上升"],
                                             ["监控告警数", 512, 463, 401, "下降"]]),
                                  "日终耗时和交易峰值持续上升，预计年终决算前需扩充批量处理资源。"], ["50/monitoring-report"], trend)
    p.part("运维指标数据", [("table", [["指标", "本月"], ["异常报告及时率", "99%"], ["异常漏报率", "0.4%"], ["维护作业计划及时完成率", "98%"],
                                       ["故障隐患发现率", "91%"], ["异常主动发现率", "87%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                       ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(2, 9)]])],
           ["56/data"], data)
    p.part("重要信息系统可用率", [("table", [["系统", "目标", "本月可用率", "中断次数"], [co.sys(0), "99.99%", "99.996%", 0],
                                             [co.sys(1), "99.9%", "99.93%", 1], [co.sys(2), "99.9%", "99.87%", 2]]),
                                  "%s未达标，原因为第三方短信通道故障，已纳入可用性改进。" % co.sys(2)],
           ["18/availability-report", "22/report"], avail)
    p.part("下月工作", ["做好年终决算准备，完成网点防火墙特征库升级。"])
    return p.doc("ops_monthly", d, True)


def avail_plan(co, d):
    p = Paper("%d年重要信息系统可用性保障计划" % d.year).head(("p", "运维科    %s" % any_date(co, d)))
    p.part("可用性目标", ["%s可用率≥99.99%%，%s、%s≥99.9%%。" % (co.sys(0), co.sys(1), co.sys(2))])
    p.part("保障措施", ["同城双活及异地灾备、网点双链路、关键设备双机、季度灾备切换演练。"])
    p.part("可用性事件监控与报告", ["所有服务中断在《重要信息系统服务中断登记表》登记，按月在生产运行分析报告中报告可用率，未达标系统制定改进措施。"])
    p.items += ["18/availability-plan", "22/plan"]
    return p.doc("avail_plan", d, False)


def outage_book(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=co.rng.randint(5, 60) * (i + 1) // 2)
        rows.append([x.isoformat(), co.sys(i), co.rng.choice(["交易超时", "服务中断", "部分网点无法登录"]), "%d分钟" % co.rng.randint(3, 45),
                     co.rng.choice(["运营商链路中断", "数据库锁等待", "第三方通道故障", "应用内存溢出"]), "已恢复，已报告"])
    return ledger("outage_book", "重要信息系统服务中断登记表（%d年）" % d.year, d, True, [
        ("登记", ["日期", "系统", "现象", "中断时长", "原因", "处理"], rows, ["18/availability-events", "22/events", "43/process-records"])])


def asset_book(co, d):
    rows = []
    devs = [("FW", "出口防火墙", "华为USG9560", "互联网边界访问控制"), ("FW", "网点汇聚防火墙", "华三SecPath F5080", "网点接入控制"),
            ("IPS", "入侵防御", "天融信TopIDP", "核心区入侵防御"), ("SW", "核心交换机", "华为CE12808", "数据中心核心交换"),
            ("SRV", "核心业务主机", "IBM Power E980", co.sys(0)), ("LB", "负载均衡", "F5 i5800", "%s负载" % co.sys(2))]
    for i, (t, n, m, f) in enumerate(devs, 1):
        rows.append(["%s-%s-%03d" % (co.aj_code, t, i), n, "网络安全设备" if t not in ("SRV",) else "主机", m, f,
                     "生产中心%s机房%d列%d柜" % (co.city, co.rng.randint(1, 6), co.rng.randint(1, 20)),
                     "上联%s" % ("核心交换机" if t != "SW" else "出口防火墙"), "生产", co.rng.choice(["重要", "重要", "一般"]),
                     "V%d.%d" % (co.rng.randint(1, 9), co.rng.randint(0, 9))])
    return ledger("asset_book", "信息设备资产台账（%s）" % d.isoformat(), d, True, [
        ("资产", ["资产编号", "名称", "类别", "型号", "功能", "物理位置", "端口对应", "部署环境", "重要程度", "软件版本"], rows,
         ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    cis = [("核心防火墙策略集", "安全配置"), ("网点准入策略", "安全配置"), ("%s参数表" % co.sys(0), "应用配置"),
           ("支付前置路由表", "应用配置"), ("核心数据库参数", "数据库配置"), ("堡垒机授权策略", "安全配置")]
    rows, links = [], []
    for i, (n, t) in enumerate(cis, 1):
        rows.append(["CI%05d" % (2000 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i),
                     co.rng.choice(["机密", "内部"]), "配置管理员可写，其余只读", "SHA256校验", "每日备份至灾备中心"])
        if rel and i > 1:
            links.append(["CI%05d" % (2000 + i), "依赖", "CI%05d" % (2000 + i - 1)])
    return ledger("cmdb", "%s配置管理库导出" % co.aj_itsm, d, True, [
        ("配置项", ["配置项编号", "名称", "类型", "版本", "责任人", "密级", "访问控制", "完整性", "备份"], rows, ["27/cmdb"]),
        ("关联关系", ["配置项", "关系", "关联配置项"], links, ["38/cmdb-relations"])])


def ci_changes(co, d):
    rows = [[(d - timedelta(days=19 * i)).isoformat(), "CI%05d" % (2001 + i % 6), co.rng.choice(["策略新增", "参数调整", "版本升级", "授权回收"]),
             "BG%s%03d" % (ymd(d - timedelta(days=19 * i)), co.rng.randint(1, 99)), co.p(3), co.p(0)] for i in range(7)]
    return ledger("ci_changes", "配置项变更维护登记（%d年）" % d.year, d, True, [
        ("登记", ["日期", "配置项", "变更内容", "关联变更单", "维护人", "复核人"], rows, ["43/ci-updates"])])


def kb_export(co, d):
    titles = ["柜面终端签到失败排查", "网点防火墙HA切换异常", "日终批量作业超时处置", "UKey证书更新失败", "手机银行短信通道切换", "支付前置报文积压处理"]
    rows = [["KB%04d" % (100 + i), t, co.rng.choice(["故障处置", "操作指引"]), co.p(i), "已发布", (d - timedelta(days=30 * i)).isoformat()]
            for i, t in enumerate(titles)]
    return ledger("kb", "运维知识库条目导出", d, True, [("知识", ["编号", "标题", "分类", "提交人", "状态", "发布日期"], rows, ["21/knowledge-base"])])


def collect_sheet(co, d, which):
    head = ["采集日期", "对象"] + [{"config": "配置采集（与基线比对）", "traffic": "流量采集", "status": "状态采集"}[w] for w in which] + ["采集人"]
    rows = []
    for i in range(6):
        x = d - timedelta(days=14 * i)
        r = [x.isoformat(), co.rng.choice(["出口防火墙", "核心交换机", "网点汇聚防火墙"])]
        for w in which:
            r.append({"config": "已导出，差异%d项" % co.rng.randint(0, 2), "traffic": "峰值%dMbps" % co.rng.randint(300, 1800),
                      "status": "CPU%d%% 内存%d%%" % (co.rng.randint(8, 50), co.rng.randint(30, 70))}[w])
        rows.append(r + [co.p(4)])
    return ledger("collect", "网络安全信息采集记录（%d年）" % d.year, d, True, [
        ("采集", head, rows, ["16/" + w for w in which])])


def baseline(co, d):
    rows = [["主机", "口令策略", "长度≥8位，90天更换，5次失败锁定"], ["主机", "远程管理", "禁用telnet，仅堡垒机访问"],
            ["数据库", "审计", "开启登录和DDL审计"], ["网络设备", "日志", "syslog发送至日志审计平台"], ["防火墙", "默认策略", "默认拒绝"]]
    return ledger("baseline", "全省农信信息系统安全配置基线（V%d.0）" % (d.year - 2020), d, False, [
        ("基线", ["对象", "检查项", "基线要求"], rows, ["25/baseline"])])


# ------------------------------------------------------------------------------ 安全科

def log_audit(co, d, weekly=False):
    if weekly:
        t = "安全日志审计周报（%d年第%d周）" % (d.year, d.isocalendar()[1])
    else:
        t = "%d年第%d季度安全日志审计分析报告" % (d.year, quarter(d))
    p = Paper(t).head(("p", "安全科    审计人：%s    %s" % (co.p(1), any_date(co, d))))
    p.part("网络及安全设备日志", ["汇聚防火墙、IPS、WAF日志%d万条，发现境外扫描源IP %d个，已在出口封禁。" % (co.rng.randint(800, 9000), co.rng.randint(10, 80))])
    p.part("服务器及操作系统日志", ["核心业务主机和支付前置服务器登录日志审计，发现非工作时间登录3次，核实为批量维护，已补登记。"])
    p.part("应用日志", ["%s应用日志中撞库尝试%d次，已由风控策略拦截；柜面系统越权查询告警0次。" % (co.sys(2), co.rng.randint(100, 3000))])
    p.part("分析结论", ["本期未发现成功入侵，建议法人行社加强网点终端口令管理。"])
    p.items += ["17/log-analysis", "45/audit-report", "47/audit"]
    return p.doc("log_audit", d, True)


def risk_notice(co, d, n, full):
    p = Paper("网络安全风险提示（%d年第%d期）" % (d.year, n)).head(("p", "科技结算中心安全科    %s" % any_date(co, d)),
                                                             ("p", "发送：各法人行社科技部门"))
    p.part("漏洞预警", ["CVE-%d-%05d：某主流中间件远程代码执行漏洞，影响全省农信部分前置系统，请于5个工作日内升级。" % (d.year, co.rng.randint(10000, 49999))],
           ["52/vulnerability", "53/bulletin"])
    p.part("厂商安全公告", ["防火墙、终端安全厂商发布本月补丁，中心已完成测试，法人行社可按标准变更实施。"], [])
    p.part("病毒预警", ["近期针对金融机构的钓鱼邮件携带远控木马，伪装为“监管通知”附件，请提醒员工勿打开。"], ["52/virus"], full)
    p.part("政策法规及行业动态", ["金融监管总局发布银行保险机构数据安全管理办法，省联社将组织解读；同业发生一起网点终端勒索事件。"], ["52/policy"], full)
    p.part("分析与处置建议", ["经比对资产台账，受漏洞影响的前置服务器%d台，已列入本周变更窗口修复。" % co.rng.randint(3, 20)], ["52/analysis"], full)
    return p.doc("risk_notice", d, True)


def sec_stats(co, d, analysis):
    rows = []
    for m in range(1, d.month + 1):
        a, b_, c = co.rng.randint(0, 5), co.rng.randint(0, 9), co.rng.randint(0, 2)
        rows.append(["%d月" % m, a, b_, c, a + b_ + c])
    sheets = [("统计", ["月份", "有害程序", "网络攻击", "设备设施故障", "合计"], rows, ["18/incident-stats"]),
              ("分析", ["分析"], [["网络攻击类以扫描和撞库为主，有害程序集中在网点终端U盘传播，建议法人行社落实U盘管控并纳入科技条线考核。"]] if analysis else [],
               ["18/incident-analysis"])]
    return ledger("sec_stats", "网络安全事件统计分析表（%d年1-%d月）" % (d.year, d.month), d, True, sheets)


def pentest_plan(co, d):
    b = [("title", "%d年度渗透测试工作计划" % d.year), ("p", "安全科    %s" % any_date(co, d)),
         ("table", [["批次", "对象", "方式", "时间", "负责人"], [1, co.sys(2), "灰盒", "3月", co.p(1)], [2, "网上银行及对外门户", "黑盒", "6月", co.p(3)],
                    [3, "%s内网" % co.aj_cust, "白盒", "9月", co.p(1)]]),
         ("p", "每次测试前取得系统主管部门书面授权，测试结束后10个工作日内出具报告。")]
    return Doc("pentest_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pentest_report(co, d):
    p = Paper("%s渗透测试报告" % co.sys(2)).head(("p", "测试时间：%s    测试人员：%s、%s    授权编号：SQ%s" % (any_date(co, d), co.p(1), co.vp(2), ymd(d))))
    p.part("测试范围", ["%s服务端接口、管理后台及网关。" % co.sys(2)])
    p.part("发现问题", [("table", [["编号", "问题", "等级", "整改"], ["P-01", "短信验证码可重放", "高", "已修复"], ["P-02", "接口返回冗余客户信息", "中", "已修复"],
                                   ["P-03", "管理后台缺少登录失败锁定", "中", "已修复"]])])
    p.part("复测结论", ["高中危问题已全部整改并通过复测。"])
    p.items += ["31/pentest-records", "32/pentest-records"]
    return p.doc("pentest", d, True)


def grading(co, d):
    b = [("title", "%s安全保护等级定级报告" % co.sys(0)), ("p", "定级时间：%s" % any_date(co, d)),
         ("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第三级；系统安全保护等级：第三级。"),
         ("p", "经专家评审，已向公安机关备案，备案编号%s-%d-%05d。" % (co.aj_code, d.year, co.rng.randint(1, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_guide(co, d):
    b = [("title", "全省农信信息系统安全保护等级定级工作指引"), ("p", "安全科    %s" % any_date(co, d)),
         ("p", "依据GB/T 22240，按业务信息和系统服务受到破坏时所侵害的客体及侵害程度确定等级："),
         ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第二级"],
                    ["社会秩序、公共利益", "第二级", "第三级", "第四级"]]),
         ("p", "综合业务系统、支付清算系统原则上定为第三级；法人行社自建系统由法人行社参照本指引定级后报中心备案。")]
    return Doc("grading_guide", "定级指引", d, ["51/grading-criteria"], False, b)


# ------------------------------------------------------------------------------ 应急与灾备

def emergency_plan(co, d, strategy, recovery):
    p = Paper("%s信息科技突发事件应急预案" % co.aj_union.replace("联合社", "")).head(
        ("p", "（%d年修订）    科技结算中心编制，省联社网络安全和信息化领导小组审定" % d.year))
    p.part("总则", ["为建立全省农信信息科技突发事件应急响应机制，保障柜面及电子渠道业务连续运行，制定本预案。"])
    p.part("组织体系", ["应急领导小组组长由省联社分管领导担任，科技结算中心%s任副组长；下设技术处置组、业务协调组（法人行社）、后勤保障组。" % co.boss])
    p.part("事件分级与响应", ["特别重大事件（全省柜面中断超过30分钟）15分钟内启动Ⅰ级响应；重大事件启动Ⅱ级响应；一般事件由值班长处置。"])
    p.part("处置流程", ["发现报告→研判定级→启动预案→处置→恢复验证→解除→总结报告（按监管要求报送）。"])
    p.part("恢复策略", ["%s RTO≤30分钟、RPO=0，采用同城双活切换；%s、%s RTO≤2小时，切换至同城灾备；其他系统从备份恢复。" % (co.sys(0), co.sys(1), co.sys(2))],
           ["55/plan"], strategy)
    p.part("系统恢复计划", ["按“网络→数据库→核心→支付→渠道”的顺序恢复，各系统恢复步骤、责任人和验证要点见附件1-3。"],
           ["36/recovery-plan"], recovery)
    p.items += ["36/emergency-plan", "53/emergency-plan"]
    return p.doc("emergency_plan", d, False)


def dr_plan(co, d):
    p = Paper("%s灾难恢复预案" % co.sys(0)).head(("p", "运维科    %s" % any_date(co, d)))
    p.part("恢复目标", ["RTO 30分钟，RPO 0（同城），异地RPO 15分钟。"])
    p.part("恢复资源", ["同城灾备中心、异地灾备中心、实时数据复制链路、灾备切换操作规程。"])
    p.part("恢复步骤", ["宣布灾难→网络切换→数据库接管→应用启动→法人行社业务验证→回切。"])
    p.items.append("36/recovery-plan")
    return p.doc("dr_plan", d, False)


def bcp(co, d):
    p = Paper("全省农信信息系统业务连续性计划").head(("p", "V%d.0    %s    省联社网络安全和信息化领导小组审定" % (d.year - 2021, any_date(co, d))))
    p.part("适用范围", ["适用于全省农信重要信息系统和法人行社柜面、电子渠道业务。"])
    p.part("业务影响结论", ["柜面存取款、支付汇划、手机银行转账为关键业务，最大可容忍中断时间2小时（依据年度BIA报告）。"])
    p.part("应急响应与灾难恢复机制", ["由《信息科技突发事件应急预案》和各系统灾难恢复预案支撑；法人行社启用手工应急预案保障柜面基本服务。"])
    p.part("演练与维护", ["每年至少开展一次全省业务连续性演练，每年评审更新本计划。"])
    p.items.append("42/bcp")
    return p.doc("bcp", d, False)


def bia(co, d):
    b = [("title", "%d年度业务影响分析（BIA）报告" % d.year), ("p", "风险管理部、科技结算中心    %s" % any_date(co, d)),
         ("table", [["业务", "最大可容忍中断", "RTO要求", "关联系统"], ["柜面存取款", "2小时", "30分钟", co.sys(0)],
                    ["支付汇划", "2小时", "1小时", co.sys(1)], ["手机银行转账", "4小时", "2小时", co.sys(2)]]),
         ("p", "本报告作为业务连续性计划修订的输入。")]
    return Doc("bia", "BIA报告", d, [], True, b)


def drill(co, d, kind):
    if kind == "dr":
        t, scene, items = "%s同城灾备切换演练报告" % co.sys(0), "生产中心%s整体切换至同城灾备中心运行，法人行社网点开展业务验证" % co.sys(0), ["40/recovery-drill", "53/drill"]
    else:
        t, scene, items = "网络安全事件应急演练报告", "模拟%s网点终端感染勒索病毒并向核心网段扩散" % co.aj_cust, ["40/emergency-drill", "53/drill"]
    b = [("title", t),
         ("table", [["演练时间", any_date(co, d)], ["演练形式", co.rng.choice(["实战演练", "实战演练", "桌面推演"]) if kind != "dr" else "实战演练"],
                    ["演练场景", scene], ["参演单位", "科技结算中心运维科、网络科、安全科，%s" % co.aj_cust],
                    ["演练过程", "01:00下达指令→01:06启动预案→01:25完成切换/隔离→01:50业务验证通过→02:30回切完成" if kind == "dr" else
                     "09:00发现告警→09:08启动预案→09:30隔离终端→10:40清除并恢复→11:10总结"],
                    ["演练结果", "达到预期，RTO %d分钟" % co.rng.randint(18, 50)], ["存在问题", "部分法人行社验证人员到位慢"],
                    ["记录人", co.p(3)], ["审核", co.boss]])]
    return Doc("drill", "演练报告", d, items, True, b)


def drill_scheme(co, d):
    b = [("title", "%d年度灾备切换演练方案" % d.year), ("p", "运维科    %s" % any_date(co, d)),
         ("h1", "一、演练目的"), ("p", "检验《%s灾难恢复预案》的可操作性。" % co.sys(0)),
         ("h1", "二、演练安排"), ("p", "拟于%d年%d月某周六凌晨开展，需提前10个工作日向监管部门报告。" % (d.year, min(12, d.month + 1))),
         ("h1", "三、分工"), ("p", "总指挥%s，运维科负责切换，网络科负责路由，各法人行社安排验证人员。" % co.boss)]
    return Doc("drill_scheme", "演练方案", d, [], False, b, decoy="drill plan")


# ------------------------------------------------------------------------------ 综合科: 监视、审核、评审、改进

def kpi_watch(co, d):
    rows = [["法人行社满意度", "≥90分", "%d分" % co.rng.randint(90, 95), "是", "—"], ["法人行社投诉", "≤3件/年", "2件", "是", "—"],
            ["较大及以上事件", "0", "1起", "否", "整改跟踪单ZG-%d-0%d" % (d.year, co.rng.randint(1, 9))],
            ["变更成功率", "≥98%", "97.6%", "否", "整改跟踪单ZG-%d-1%d" % (d.year, co.rng.randint(0, 9))], ["服务级别达成率", "≥95%", "96.8%", "是", "—"]]
    return ledger("kpi_watch", "%d年运维服务目标监测表" % d.year, d, True, [
        ("监测", ["监测项", "目标", "实际", "是否达成", "措施"], rows, ["57/measurement"])])


def rectify(co, d, verified):
    b = [("title", "整改跟踪单"),
         ("table", [["编号", "ZG-%d-%02d" % (d.year, co.rng.randint(1, 20))], ["问题来源", "目标监测：变更成功率97.6%，未达98%"],
                    ["原因分析", "投产前测试环境与生产配置不一致，2次投产回退"], ["纠正措施", "建立测试环境配置同步机制，投产前核对"],
                    ["预防措施", "变更评审增加测试环境一致性检查项"], ["责任科室", "开发科、运维科"], ["完成时限", any_date(co, d)],
                    ["整改验证", "实施后连续三个月变更成功率99.1%%，整改有效" if verified else ""], ["验证人", co.p(0) if verified else ""]])]
    items = ["57/capa"] + (["66/effectiveness"] if verified else [])
    return Doc("rectify", "整改跟踪单", d, items, True, b)


def preventive_check(co, d):
    rows = [[(d - timedelta(days=30 * i)).isoformat(), co.rng.choice(["日终批量耗时逼近阈值", "网点汇聚防火墙运行超8年", "存储容量使用率85%", "支付前置证书临期"]),
             co.rng.choice(["扩充批量资源", "列入更换计划并备件", "扩容", "提前更换证书"]), co.p(i), "已验证有效"] for i in range(5)]
    return ledger("preventive_check", "预防性维护措施及有效性验证记录（%d年）" % d.year, d, True, [
        ("验证", ["发现日期", "潜在问题", "预防措施", "责任人", "有效性验证"], rows, ["66/effectiveness"])])


def internal_audit(co, d):
    p = Paper("%d年度信息科技运维管理体系内部审核报告" % d.year).head(("p", "审核组长：%s    审核日期：%s" % (co.p(3), any_date(co, d))))
    p.part("审核目的与依据", ["验证运维管理体系满足ISO/IEC 20000-1标准和省联社制度要求、满足法人行社的服务需求和科技服务协议要求，并得到有效实施和保持。"])
    p.part("审核范围", ["科技结算中心综合科、运维科、网络科、安全科、开发科及服务台。"])
    p.part("审核发现", ["开具不符合项3项：机房值班登记簿交接签字不全；2张变更单缺回退验证记录；知识库条目超期未复核。"])
    p.part("审核结论", ["体系运行总体有效，不符合项已下发整改跟踪单。"])
    p.items.append("59/internal-audit")
    return p.doc("internal_audit", d, True)


def audit_dept(co, d, it_chapter):
    p = Paper("关于科技结算中心%d年度信息科技审计的报告" % d.year).head(("p", "%s审计部    %s" % (co.aj_union, any_date(co, d))))
    p.part("审计概况", ["按照年度审计计划，审计部对科技结算中心%d年1月至%d月信息科技风险管理情况开展审计。" % (d.year, d.month)])
    p.part("科技风险管理", ["科技风险评估按半年开展，外包服务商准入和驻场人员管理基本规范，个别外包人员权限未及时回收。"])
    p.part("运维服务管理体系审核", ["对照ISO/IEC 20000-1标准、省联社运维制度和科技服务协议中法人行社的服务要求，逐项审核运维服务管理体系，"
                                   "体系有效运行，发现变更回退验证记录不完整等问题2项。"], ["59/internal-audit"], it_chapter)
    p.part("审计建议", ["加强外包人员权限管理，完善变更记录。"])
    return p.doc("audit_dept", d, True)


def review_minutes(co, d, inputs):
    p = Paper("%d年度运维服务管理评审会议纪要" % d.year).head(("p", "时间：%s    主持：%s    参加：中心班子、各科科长" % (any_date(co, d), co.boss)))
    txt = {"perf": ("服务和流程执行情况", "服务级别达成率96.8%，事件、变更、问题等流程按制度执行，内部审核不符合项3项已整改，流程符合性良好。",
                    ["59/management-review", "60/performance"]),
           "fb": ("法人行社反馈", "满意度测评综合92分，投诉2件（热线接通慢、变更通知不及时）均已处理。", ["60/customer-feedback"]),
           "res": ("资源现状及预测", "中心运维人员%d人、驻场外包%d人；明年新一代核心系统上线，预计需增加运维人员4人。" % (co.rng.randint(28, 46), co.rng.randint(6, 14)),
                   ["60/resources"]),
           "ca": ("纠正措施进展", "上年度评审提出的5项措施完成4项，1项（网点双链路改造）进行中。", ["60/corrective-actions"]),
           "chg": ("可能影响服务的变化", "新一代核心系统建设、金融监管总局科技风险监管新规、法人行社改制合并。", ["60/changes"]),
           "imp": ("改进机会", "变更成功率未达标、日终批量监控自动化、热线与知识库对接。", ["60/improvements"])}
    for k in inputs:
        h, s, its = txt[k]
        p.part(h, [s], its)
    p.part("评审结论", ["运维服务管理体系持续适宜、充分、有效；同意增加人员编制和改进项目预算。"])
    return p.doc("review_minutes", d, True)


def improve_plan(co, d, criteria):
    p = Paper("%d年度运维服务持续改进计划" % d.year).head(("p", "综合科编制    %s    主任办公会审定" % any_date(co, d)))
    p.part("改进项目", [("table", [["改进项目", "来源", "改进目标", "责任科室", "完成时间"],
                                   ["日终批量监控自动化", "运维过程", "批量异常发现时间由15分钟降至2分钟", "运维科", "%d年6月" % d.year],
                                   ["网点双链路改造", "监视过程", "网点链路中断次数下降50%", "网络科", "%d年10月" % d.year],
                                   ["变更测试环境一致性", "内部审核", "变更成功率≥98%", "开发科", "%d年5月" % d.year]])],
           ["64/plan", "68/plan"])
    p.part("改进机会评估标准", ["按对法人行社业务的影响（40%）、实施成本（30%）、风险（30%）评分，70分以上列入计划；"
                                "改进项目须经识别、登记、批准、评估、测量和报告。"], ["64/criteria"], criteria)
    return p.doc("improve_plan", d, True)


def improve_eval(co, d):
    b = [("title", "改进机会评估表"), ("p", "综合科    %s" % any_date(co, d)),
         ("table", [["改进机会", "业务影响", "实施成本", "风险", "加权得分", "优先级"], ["日终批量监控自动化", 9, 8, 8, 84, "高"],
                    ["网点双链路改造", 9, 5, 8, 76, "高"], ["热线与知识库对接", 6, 7, 9, 70, "中"], ["巡检报告自动生成", 5, 8, 9, 68, "低"]]),
         ("p", "按加权得分排序，经中心主任办公会批准前三项。  批准：%s" % co.boss)]
    return Doc("improve_eval", "改进机会评估表", d, ["67/analysis", "67/prioritisation"], True, b)


def improve_track(co, d, measured):
    rows = [["日终批量监控自动化", "异常发现≤2分钟", "监控大屏已上线", (d - timedelta(days=70)).isoformat(), "实测平均1.4分钟，有效" if measured else "", "已在管理评审报告"],
            ["网点双链路改造", "链路中断下降50%", "完成62家网点", (d - timedelta(days=12)).isoformat(), "中断次数下降57%，有效" if measured else "", "已报告"]]
    items = ["68/implementation"] + (["68/effectiveness"] if measured else [])
    return ledger("improve_track", "持续改进项目实施跟踪台账（%d年）" % d.year, d, True, [
        ("跟踪", ["改进项目", "改进目标", "实施情况", "完成日期", "效果测量", "报告情况"], rows, items)])


def awareness(co, d):
    rows = [[i + 1, co.p(i), ["综合科", "安全科", "运维科", "安全科", "网络科", "运维科"][i], "已签"] for i in range(6)] + [[7, co.vp(0), "驻场外包", "已签"]]
    return ledger("awareness", "“持续改进 服务提升”专题宣贯培训签到及考核记录", d, True, [
        ("签到", ["序号", "姓名", "科室", "签到"], rows, ["69/awareness-training"]),
        ("培训信息", ["项目", "内容"], [["时间", any_date(co, d)], ["讲师", co.p(0)],
                                       ["内容", "持续服务改进的意义、改进机会的提出和登记、优秀改进案例"], ["考核", "平均分%d分" % co.rng.randint(85, 96)]], [])])


def defects(co, d):
    p = Paper("%d年生产运行问题复盘及改进报告" % d.year).head(("p", "运维科、综合科    %s" % any_date(co, d)))
    p.part("较大运行事件", ["%d月支付前置报文积压，影响全省汇划业务47分钟，原因为证书更新后连接池未释放。" % co.rng.randint(2, 9)])
    p.part("失败变更", ["2次投产回退，均因测试环境与生产配置不一致。"])
    p.part("服务不达标", ["第三季度热线接通率88%，未达92%的约定。"])
    p.part("改进计划", ["建立证书到期预警；测试环境配置同步；月末增派坐席。"])
    p.items.append("70/defect-analysis")
    return p.doc("defects", d, True)


def year_report(co, d, data, forecast):
    p = Paper("科技结算中心%d年度科技运维工作总结" % (d.year - 1)).head(("p", "%s" % any_date(co, d)))
    p.part("全年工作回顾", ["完成新一代手机银行投产、网点准入全覆盖、同城灾备切换演练两次，全省无特别重大事件。"])
    p.part("运维数据汇总", [("table", [["指标", "全年"], ["异常报告及时率", "98.6%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "97.9%"],
                                       ["故障隐患发现率", "90%"], ["异常主动发现率", "88%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                       ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "93%"], ["安全事件次数", co.rng.randint(20, 60)]])],
           ["56/data"], data)
    p.part("服务数据分析及预测", ["汇总全年日志、变更、事件、服务请求和问题数据：事件数同比下降14%，服务请求上升31%，变更集中在月末和季末；"
                                  "预测下年度法人行社服务请求将继续增长约25%，新一代核心上线前后变更量翻番，需增加服务台坐席并推广自助服务。"],
           ["71/forecast"], forecast)
    p.part("下年度工作安排", ["推进新一代核心系统建设，完成异地灾备升级。"])
    return p.doc("year_report", d, True)


def iso_cert(co, d):
    b = [("title", "信息技术服务管理体系认证证书"), ("p", "兹证明：%s科技结算中心" % co.aj_union),
         ("p", "建立的信息技术服务管理体系符合 ISO/IEC 20000-1:2018"),
         ("p", "认证范围：为全省农信法人机构提供信息系统运行维护及安全服务"),
         ("p", "颁证日期：%s    有效期至：%d年%d月%d日" % (cnd(d), d.year + 3, d.month, d.day))]
    return Doc("iso_cert", "认证证书", d, ["61/audit-system"], False, b)


def requirements(co, d):
    b = [("title", "新一代%s建设需求分析记录" % co.sys(2)), ("p", "开发科    %s" % any_date(co, d)),
         ("table", [["类别", "需求", "法人行社确认"], ["功能", "支持法人行社个性化产品配置", "%s已确认" % co.aj_cust],
                    ["性能", "并发1000笔/秒，响应≤1秒", "已确认"], ["安全性", "满足等级保护第三级和金融APP备案要求", "已确认"]]),
         ("p", "法人行社代表：%s（签字）" % co.cp(0))]
    return Doc("requirements", "需求分析记录", d, ["11/requirements"], True, b)


def compat(co, d):
    b = [("title", "%s升级兼容性测试报告" % co.sys(2)), ("p", "测试日期：%s" % any_date(co, d)),
         ("table", [["验证项", "内容", "结果"], ["网络兼容", "与全省农信网络、网点前置的连通和路由", "通过"],
                    ["系统兼容", "国产操作系统及中间件适配", "通过"], ["应用兼容", "旧版客户端及%s接口调用" % co.sys(0), "通过"]]),
         ("p", "结论：与原系统兼容，满足投产条件。测试人：%s" % co.p(1))]
    return Doc("compat", "兼容性测试报告", d, ["11/compatibility"], True, b)


# ------------------------------------------------------------------------------ real documents that prove nothing

def weekly(co, d):
    b = [("title", "科技结算中心运维周报（%s）" % d.isoformat()), ("p", "发件人：%s  收件人：中心领导、各科科长" % co.p(2)),
         ("p", "一、本周运行：全省农信系统运行平稳，日终批量均正常完成，热线受理%d件。" % co.rng.randint(80, 260)),
         ("p", "二、本周变更：实施生产变更%d项，均成功。" % co.rng.randint(3, 15)),
         ("p", "三、下周安排：%s版本投产准备；网点防火墙特征库升级。" % co.sys(2))]
    return Doc("weekly", "运维周报", d, [], True, b)


def self_check(co, d):
    b = [("title", "%d年度信息科技风险自查报告" % d.year), ("p", "报送：金融监管总局%s监管局" % co.aj_union[:2]),
         ("h1", "一、自查范围"), ("p", "信息科技治理、风险管理、开发测试、运行维护、业务连续性、外包管理。"),
         ("h1", "二、发现问题"), ("p", "部分法人行社网点终端未及时安装补丁；外包人员权限复核不及时。"),
         ("h1", "三、整改安排"), ("p", "年底前完成整改并报送整改报告。")]
    return Doc("self_check", "科技风险自查报告", d, [], True, b)


def outsource_risk(co, d):
    b = [("title", "%d年度信息科技外包风险评估报告" % d.year), ("p", "综合科    %s" % any_date(co, d)),
         ("p", "评估对象：%s等外包服务商%d家；评估结论：风险总体可控，集中度风险中等。" % (co.vendor, co.rng.randint(6, 15)))]
    return Doc("outsource_risk", "外包风险评估", d, [], True, b)


def holiday_plan(co, d, what):
    b = [("title", "关于做好%s期间信息科技安全保障工作的通知" % what), ("p", "%s" % any_date(co, d)),
         ("p", "各法人行社、中心各科室：%s期间实行领导带班和24小时值守，暂停非紧急生产变更，每日9时、17时报送运行情况“零报告”。" % what),
         ("table", [["日期", "带班领导", "值班科长", "值班人员"]] + [["%s" % (d + timedelta(days=i)).isoformat(), co.boss, co.p(i % 3), co.p(3 + i % 3)] for i in range(4)])]
    return Doc("holiday", "重要时期保障通知", d, [], True, b)


def holiday_summary(co, d, what):
    b = [("title", "%s期间信息科技安全保障工作总结" % what), ("p", "科技结算中心    %s" % any_date(co, d)),
         ("p", "保障期间全省农信系统运行平稳，未发生网络安全事件和生产事件，累计值守%d人次，按时报送零报告。" % co.rng.randint(40, 120))]
    return Doc("holiday_sum", "保障工作总结", d, [], True, b)


def reg_rectify(co, d):
    rows = [[1, "现场检查", "变更回退方案未经测试", "开发科", "已整改"], [2, "非现场监管", "外包集中度偏高", "综合科", "整改中"],
            [3, "现场检查", "灾备切换演练范围不全", "运维科", "已整改"]]
    return ledger("reg_rectify", "监管检查意见整改台账", d, True, [("台账", ["序号", "来源", "问题", "责任科室", "状态"], rows, [])])


def receipt_slip(co, d, regname):
    b = [("title", "%s收文处理笺" % co.aj_union), ("table", [["来文单位", "%s办公室" % co.aj_union], ["文件标题", "关于印发《%s》的通知" % regname],
                                                          ["收文日期", d.isoformat()], ["拟办意见", "请科技结算中心组织学习并落实。"],
                                                          ["领导批示", "同意。%s" % co.boss]])]
    return Doc("receipt", "收文处理笺", d, [], False, b, decoy="cover sheet forwarding a notice, not the 办法")


def signin(co, d, what):
    rows = [[i + 1, co.p(i), "科技结算中心", ""] for i in range(6)]
    return Doc("signin", "学习签到表", d, [], True, sheets=[("签到", [["《%s》学习签到表" % what], ["时间：%s" % any_date(co, d)],
                                                                     ["序号", "姓名", "单位", "签名"]] + rows)], decoy="sign-in about a plan or 办法")


def reg_index(co, d, keys):
    b = [("title", "关于公布现行有效信息科技制度目录的通知"), ("p", "%s" % any_date(co, d)),
         ("p", "经清理，现行有效的信息科技制度共%d项，目录如下：" % len(keys))] + \
        [("p", "%d. 《%s》" % (i, REGS[k][0])) for i, k in enumerate(keys, 1)]
    return Doc("reg_index", "制度目录", d, [], False, b, decoy="list citing 办法 by 《》")


def mr_notice(co, d):
    b = [("title", "关于召开%d年度运维服务管理评审会议的通知" % d.year),
         ("p", "定于%s召开管理评审会议，请各科准备服务执行情况、法人行社反馈、资源需求、纠正措施进展和改进建议等评审输入材料。" % cnd(d)),
         ("p", "综合科")]
    return Doc("mr_notice", "管理评审通知", d, [], True, b, decoy="meeting notice")


UNREL = [
    ("党建", "关于开展“强党建 促振兴”主题党日活动的通知", ["各党支部：结合乡村振兴工作，组织党员到帮扶村开展主题党日活动。"]),
    ("工会", "%d年职工篮球赛报名表", ["以科室为单位组队参赛，每队12人。"]),
    ("业务", "整村授信工作推进情况通报", ["截至本月末，全省农信整村授信覆盖行政村%d个。"]),
    ("业务", "柜面业务操作风险提示", ["近期个别网点发生冒名开户，请柜员严格落实客户身份识别。"]),
    ("行政", "关于规范公务用车管理的通知", ["公务用车实行统一调度，严禁公车私用。"]),
    ("普惠金融", "普惠金融服务点运营情况统计", ["全省助农取款服务点运行正常，本季度交易%d万笔。"]),
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
    """Lay out an AJ share: 省联社发文/<year>/, 中心制度/, 综合科/, 运维科/<year>/, 网络科/<year>/, 安全科/<year>/,
    开发科/, 应急与灾备/, 法人行社服务/<行社>/, 重要时期保障/, 监管与审计/, 外包管理/, personal folders, a recycle bin."""
    (co.aj_union, co.aj_fa, co.aj_ke, co.aj_code, co.aj_cust, co.aj_banks,
     co.aj_itsm, co.aj_change, co.aj_hot) = AJ_INFO[getattr(co, "info_id", co.id)]
    co.aj_no = {}
    r = co.rng
    optional = ["fee", "history", "svc", "ola", "kpis", "roster", "roles", "interface", "compat", "req", "baseline", "collect", "kb",
                "pt_plan", "pt", "dev", "grading", "guide", "bcp", "drdrill", "trend", "callbacks", "hot_train", "prev", "iplan", "itrack",
                "ieval", "aware", "ia", "mr", "defects", "sec_stats", "logaudit", "aplan", "outage", "kpi", "rect", "ci", "cmdb", "assets",
                "drplan", "cert", "hw", "golive", "health"]
    gaps = {k for k in optional if r.random() < 0.07}
    olds = set(r.sample(sorted({"svc", "pt", "trend", "callbacks", "kb", "ia", "drdrill", "aware", "collect", "hot_train", "ci", "sec_stats",
                                "defects", "logaudit", "kpi", "rect", "ieval", "prev", "outage", "hw"} - gaps), r.randint(3, 5)))
    co.gaps, co.oldonly = gaps, olds
    made = []

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.4)
        opt.setdefault("styled", r.random() < 0.7)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "kjzx", "USER"]))
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

    scan = {"creator": "HP LaserJet MFP M436 Scan (OCR)", "author": "scanner", "styled": False}
    wps = {"creator": "WPS Office"}
    ZH, YW, WL, AQ, KF = "综合科/", "运维科/", "网络科/", "安全科/", "开发科/"
    KH = "法人行社服务/%s/" % co.aj_cust
    YJ = "应急与灾备/"

    def yr(d):
        return "%d年/" % d.year

    # --- 制度: 省联社发文 (红头), 中心细则, 操作规程, the 汇编
    keys = [k for k in REGS if r.random() >= 0.05]
    pool = list(keys)
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(3, 6)], key=list(REGS).index)
    d = co.issued()
    put("中心制度/%s信息科技制度汇编（%d年版）.pdf" % (co.aj_union, d.year), compilation(co, d, in_book), **wps)
    for k in keys:
        if k in in_book and r.random() < 0.7:
            continue
        d = co.issued()
        doc = reg_doc(co, d, k, drop_optional=r.random() < 0.12)
        name, level, _ = REGS[k]
        ext = r.choice(["docx", "pdf", "docx"])
        if level == "fa":
            nm = r.choice(["%s 关于印发《%s》的通知" % (doc.aj_no, name), "关于印发%s的通知" % name, "%s（%s）" % (name, doc.aj_no)])
            put("省联社发文/%s%s.%s" % (yr(d), nm, ext), doc, **(scan if ext == "pdf" and r.random() < 0.5 else {}))
        elif level == "ke":
            put("中心制度/细则/%s %s.%s" % (doc.aj_no, name, ext), doc)
        else:
            put("中心制度/操作规程/%s.%s" % (name, ext), doc)
    if "basic" in keys and r.random() < 0.4:
        d = co.issued()
        put("中心制度/收文/%s收文处理笺.pdf" % ymd(d), receipt_slip(co, d, REGS["basic"][0]), **scan)
    # 操作规程 of the modules, some bound in an 汇编
    oks = list(OPS)
    bound = sorted(r.sample(oks, r.randint(2, 3)), key=oks.index)
    d = co.issued()
    put(YW + "操作规程/运维操作规程汇编（%d年）.docx" % d.year, ops_book(co, d, bound))
    for k in oks:
        if k not in bound and r.random() < 0.6:
            d = co.issued()
            put(YW + "操作规程/%s.%s" % (OPS[k][0], r.choice(["docx", "pdf"])), ops_guide(co, d, k))

    # --- 综合科: 组织, 人员, 发文, 纪要
    d = co.issued()
    put(ZH + "组织机构/%s 关于调整网络安全和信息化领导小组成员的通知.pdf" % ymd(d), leading_group(co, d, r.random() < 0.85),
        **(scan if r.random() < 0.5 else {}))
    if r.random() < 0.5:
        d = co.issued()
        put(ZH + "会议纪要/党委会/党委会纪要%s.docx" % ymd(d), party_minutes(co, d))
    slot("roster", lambda d: ZH + "人员管理/运维人员名册%s.xlsx" % ymd(d), lambda d: staff_roster(co, d, r.random() < 0.85))
    slot("roles", lambda d: ZH + "组织机构/运维岗位及角色清单.xlsx", lambda d: role_sheet(co, d), "issued")
    d = co.fresh()
    put("外包管理/%s外包人员管理台账.xlsx" % yr(d), outsource_ledger(co, d))
    if r.random() < 0.6:
        d = co.fresh()
        put("外包管理/%d年度信息科技外包风险评估报告.docx" % d.year, outsource_risk(co, d))
    iv_min = r.random() < 0.35
    desk_min = r.random() < 0.3
    if not iv_min:
        slot("interface", lambda d: ZH + "中心发文/%s关于明确网络安全管理接口人的通知.docx" % yr(d), lambda d: interface_notice(co, d), "issued")
    if not desk_min:
        d = co.issued()
        put("省联社发文/%s关于启用全省农信科技服务热线的通知.pdf" % yr(d), hotline_notice(co, d), **scan)
    slot("hot_train", lambda d: YW + "服务台/%s热线坐席培训记录.xlsx" % ymd(d), lambda d: hotline_training(co, d))
    months = sorted(r.sample(range(2, 12), 3))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 26))
        n = m * 3 + i
        if i == 0:
            t = ["party"] + (["interface"] if iv_min and "interface" not in gaps else []) + (["desk"] if desk_min else [])
        elif i == 1:
            t = (["improve"] if r.random() < 0.55 else []) + ["holiday"]
        else:
            t = ["party", "holiday"]
        put(ZH + "会议纪要/主任办公会/主任办公会纪要（%d年第%d期）.docx" % (d.year, n), office_minutes(co, d, n, t))
    d = co.issued()
    put(ZH + "服务管理/科技服务目录（%d版）.xlsx" % d.year, catalog(co, d, r.choice([("base", "l2", "l1")] * 4 + [("base", "l2"), ("base",), ("base", "l1")])))
    slot("ola", lambda d: ZH + "服务管理/科技服务级别设计及内部运营级别约定.docx",
         lambda d: sld_ola(co, d, r.random() < 0.9, r.random() < 0.92), "issued")
    slot("kpis", lambda d: ZH + "服务管理/重要信息系统可用性指标清单.xlsx", lambda d: avail_kpis(co, d), "issued")
    slot("svc", lambda d: YW + "%s以往服务方案生产影响分析.docx" % yr(d), lambda d: svc_review(co, d, r.random() < 0.85))

    # --- 法人行社服务/<customer>/ and two other 行社
    d0 = co.issued()
    put(KH + "01需求调研/关于%s科技服务需求的调研报告.docx" % co.aj_cust, survey(co, d0, r.random() < 0.9, r.random() < 0.88))
    slot("fee", lambda d: KH + "01需求调研/%d年度科技服务费测算表.xlsx" % d.year, lambda d: fee_sheet(co, d), "issued")
    d = d0 + timedelta(days=r.randint(7, 40))
    put(KH + "01需求调研/%s对接座谈会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), meeting(co, d, r.random() < 0.9))
    on = [x for x in ("list", "analysis", "strategy") if r.random() < 0.88]
    slot("history", lambda d: KH + "01需求调研/%s历史运行数据分析及保障方案.docx" % co.aj_cust, lambda d: history(co, d, on), "issued")
    d = co.issued()
    put(KH + "02科技服务协议/科技服务协议（%s）盖章扫描件.pdf" % co.aj_cust, agreement(co, d, r.random() < 0.88, r.random() < 0.88, r.random() < 0.8),
        **(scan if r.random() < 0.6 else {}))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: KH + "03健康检查/%d年第%d季度健康检查报告.%s" % (d.year, quarter(d), r.choice(["docx", "pdf"])),
             lambda d: health_check(co, d, co.aj_cust, r.random() < 0.4, r.random() < 0.85))
    for bank in co.aj_banks:
        if r.random() < 0.7:
            d = co.fresh()
            put("法人行社服务/%s/03健康检查/%d年第%d季度健康检查报告.docx" % (bank, d.year, quarter(d)), health_check(co, d, bank, False, r.random() < 0.7))
        d = date(2026, r.randint(2, 4), r.randint(1, 28))
        put("法人行社服务/%s/科技条线考核/%d年度科技条线考核评分表.xlsx" % (bank, d.year - 1), assessment(co, d, bank))
    d = date(2026, r.randint(2, 4), r.randint(1, 28))
    put(KH + "科技条线考核/%d年度科技条线考核评分表.xlsx" % (d.year - 1), assessment(co, d, co.aj_cust))
    for d, h in [(date(2025, 7, 8), "上半年"), (date(2026, 1, 14), "下半年"), (date(2026, 7, 9), "上半年")]:
        if r.random() < 0.82:
            d = d + timedelta(days=r.randint(0, 15))
            put("综合科/满意度测评/%d年%s科技服务满意度测评报告.%s" % (d.year if h == "上半年" else d.year - 1, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("trend", lambda d: ZH + "满意度测评/满意度变化趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: ZH + "满意度测评/法人行社回访登记表_%d.xlsx" % d.year, lambda d: callbacks(co, d))

    # --- 运维科: 机房巡检 (Excel and paper), 变更平台, 投产, 工单, 月报, 可用性
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        kinds = [k for k in ("env", "dev", "av", "maint", "fault", "up") if r.random() < 0.75] or ["env"]
        put(YW + "%s机房巡检/主机房巡检记录表%d年%02d月.xlsx" % (yr(d), d.year, d.month), inspection_book(co, d, kinds))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(YW + "%s机房值班/值班登记簿扫描%s.pdf" % (yr(d), ymd(d)), duty_scan(co, d, r.random() < 0.6), **scan)
    slot("hw", lambda d: WL + "%s安全设备硬件故障统计表.xlsx" % yr(d), lambda d: hw_stats(co, d))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        put(YW + "%s变更管理/变更单导出_%s.xlsx" % (yr(d), ymd(d)), change_export(co, d, r.random() < 0.85))
    for i in range(r.randint(1, 2)):
        if "golive" in gaps:
            break
        d = co.fresh()
        put(KF + "投产/%s/%s投产实施方案.docx" % (ymd(d), co.sys(2)), go_live(co, d, r.random() < 0.85, r.random() < 0.85))
        put(KF + "投产/%s/投产申请表.pdf" % ymd(d), golive_form(co, d), **scan)
    for i in range(2):
        d = co.fresh()
        put(YW + "%s工单/%s工单导出_%d%02d.xlsx" % (yr(d), co.aj_itsm.split("（")[0], d.year, d.month), tickets(co, d, r.random() < 0.75))
    for m in sorted(r.sample(range(2, 12), r.randint(2, 3))):
        d = date(2026, m, r.randint(3, 12))
        put(YW + "2026年/运行分析/%d年%d月生产运行分析报告.%s" % (2026, m - 1, r.choice(["docx", "pdf", "docx"])),
            ops_monthly(co, d, r.random() < 0.8, r.random() < 0.4, r.random() < 0.5))
    slot("aplan", lambda d: YW + "可用性管理/%d年重要信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))
    slot("outage", lambda d: YW + "可用性管理/重要信息系统服务中断登记表（%d年）.xlsx" % d.year, lambda d: outage_book(co, d))
    slot("kb", lambda d: YW + "知识库/知识库导出_%s.xlsx" % ymd(d), lambda d: kb_export(co, d))

    # --- 网络科: 资产, 配置, 采集, 基线
    slot("assets", lambda d: WL + "台账/信息设备资产台账_%s.xlsx" % ymd(d), lambda d: asset_book(co, d))
    relc = r.random() < 0.75
    slot("cmdb", lambda d: WL + "台账/配置管理库导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci", lambda d: WL + "台账/%s配置项变更维护登记.xlsx" % yr(d).rstrip("/"), lambda d: ci_changes(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.88] or ["status"]
    slot("collect", lambda d: WL + "%s安全信息采集记录.xlsx" % yr(d), lambda d: collect_sheet(co, d, which))
    slot("baseline", lambda d: AQ + "安全基线/全省农信安全配置基线.xlsx", lambda d: baseline(co, d), "issued")

    # --- 安全科
    for i in range(r.randint(1, 2)):
        slot("logaudit", lambda d: AQ + "%s日志审计/%d年第%d季度日志审计分析报告.%s" % (yr(d), d.year, quarter(d), r.choice(["docx", "pdf"])),
             lambda d: log_audit(co, d))
    if r.random() < 0.6:
        d = co.fresh()
        put(AQ + "%s日志审计/审计周报%s.txt" % (yr(d), ymd(d)), log_audit(co, d, True), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        ext = r.choice(["docx", "pdf", "docx"])
        put(AQ + "%s风险提示/网络安全风险提示第%d期.%s" % (yr(d), n, ext), risk_notice(co, d, n, r.random() < 0.7))
    slot("sec_stats", lambda d: AQ + "%s网络安全事件统计分析表.xlsx" % yr(d), lambda d: sec_stats(co, d, r.random() < 0.8))
    slot("pt_plan", lambda d: AQ + "渗透测试/%d年度渗透测试工作计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pt", lambda d: AQ + "渗透测试/%s%s渗透测试报告.pdf" % (ymd(d), co.sys(2)), lambda d: pentest_report(co, d))
    slot("grading", lambda d: AQ + "等级保护/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("guide", lambda d: AQ + "等级保护/定级工作指引.docx", lambda d: grading_guide(co, d), "issued")
    d = co.fresh()
    put(AQ + "%s漏洞扫描/漏洞扫描任务导出_%s.xlsx" % (yr(d), ymd(d)), Doc("vscan", "漏洞扫描", d, [], True, sheets=[("漏洞", [
        ["扫描任务导出"], ["IP", "漏洞", "风险"]] + [["10.%d.%d.%d" % (r.randint(1, 90), r.randint(0, 255), r.randint(2, 250)), v, g]
                                             for v, g in (("SSL证书即将过期", "低"), ("OpenSSH版本过低", "中"), ("数据库弱口令", "高"))])]))

    # --- 开发科
    slot("dev", lambda d: KF + "%d年度安全运维工具自主开发计划.docx" % d.year, lambda d: dev_plan(co, d))
    slot("req", lambda d: KF + "项目/新一代%s/需求分析记录.pdf" % co.sys(2), lambda d: requirements(co, d), **scan)
    slot("compat", lambda d: KF + "项目/新一代%s/兼容性测试报告.docx" % co.sys(2), lambda d: compat(co, d))

    # --- 应急与灾备
    d = co.issued()
    put(YJ + "预案/信息科技突发事件应急预案（%d年修订）.%s" % (d.year, r.choice(["docx", "pdf"])), emergency_plan(co, d, r.random() < 0.55, r.random() < 0.45))
    slot("drplan", lambda d: YJ + "预案/%s灾难恢复预案.docx" % co.sys(0), lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: YJ + "业务连续性/全省农信信息系统业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    if r.random() < 0.6:
        d = co.fresh()
        put(YJ + "业务连续性/%d年度BIA报告.docx" % d.year, bia(co, d))
    if r.random() < 0.85:
        d = co.fresh()
        if r.random() < 0.3:
            put("个人/%s/新建 Microsoft Word 文档 (%d).docx" % (co.p(1), r.randint(2, 5)), drill(co, d, "sec"))
        else:
            put(YJ + "演练/%s/%s网络安全事件应急演练报告.docx" % (yr(d).rstrip("/"), ymd(d)), drill(co, d, "sec"))
    slot("drdrill", lambda d: YJ + "演练/%s/%s灾备切换演练报告.pdf" % (yr(d).rstrip("/"), ymd(d)), lambda d: drill(co, d, "dr"), **scan)

    # --- 监视测量、审核、评审、改进
    kpi_name = (lambda d: ZH + "监视测量/附件%d.xlsx" % (d.month % 4 + 1)) if r.random() < 0.3 else (lambda d: ZH + "监视测量/%d年运维服务目标监测表.xlsx" % d.year)
    slot("kpi", kpi_name, lambda d: kpi_watch(co, d))
    sn = r.randint(20, 400)
    rect_name = (lambda d: ZH + "监视测量/扫描件%04d.pdf" % sn) if r.random() < 0.4 else (lambda d: ZH + "监视测量/整改跟踪单ZG-%s.pdf" % ymd(d))
    slot("rect", rect_name, lambda d: rectify(co, d, r.random() < 0.8), **scan)
    slot("prev", lambda d: ZH + "监视测量/预防性维护措施验证记录%d.xlsx" % d.year, lambda d: preventive_check(co, d))
    slot("ia", lambda d: ZH + "内审/%d年度运维管理体系内部审核报告.docx" % d.year, lambda d: internal_audit(co, d))
    d = co.fresh()
    put("监管与审计/%s审计部-信息科技审计报告.pdf" % ymd(d), audit_dept(co, d, r.random() < 0.35), **wps)
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.9]
    slot("mr", lambda d: ZH + "管理评审/%d年度管理评审会议纪要.docx" % d.year, lambda d: review_minutes(co, d, inputs))
    slot("cert", lambda d: ZH + "认证/ISO20000证书.pdf", lambda d: iso_cert(co, d), "issued", **scan)
    slot("iplan", lambda d: ZH + "持续改进/%d年度运维服务持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    slot("ieval", lambda d: ZH + "持续改进/改进机会评估表_%s.docx" % ymd(d), lambda d: improve_eval(co, d))
    slot("itrack", lambda d: ZH + "持续改进/改进项目跟踪台账%d.xlsx" % d.year, lambda d: improve_track(co, d, r.random() < 0.85))
    slot("aware", lambda d: ZH + "培训/%s持续改进宣贯签到.xlsx" % ymd(d), lambda d: awareness(co, d))
    slot("defects", lambda d: YW + "%s生产运行问题复盘及改进报告.docx" % yr(d), lambda d: defects(co, d))
    d = date(2026, 1, r.randint(10, 28))
    put(ZH + "工作总结/科技结算中心2025年度科技运维工作总结.docx", year_report(co, d, r.random() < 0.6, r.random() < 0.55))
    if r.random() < 0.6:
        d = date(2025, 1, r.randint(10, 28))
        put("归档/2025年/科技结算中心2024年度科技运维工作总结.docx", year_report(co, d, True, True))

    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(YW + "%s周报/运维周报%s.txt" % (yr(d), ymd(d)), weekly(co, d), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))

    # --- 监管, 重要时期保障: real documents that prove nothing
    d = co.fresh()
    put("监管与审计/%d年度信息科技风险自查报告.docx" % d.year, self_check(co, d))
    if r.random() < 0.7:
        d = co.fresh()
        put("监管与审计/监管检查意见整改台账.xlsx", reg_rectify(co, d))
    for what, m in (("2026年全国两会", 3), ("2026年国庆", 9)):
        d = date(2026, m, r.randint(1, 5) if m == 3 else r.randint(20, 26))
        put("重要时期保障/%s/关于做好%s期间信息科技安全保障工作的通知.docx" % (what, what), holiday_plan(co, d, what))
        if r.random() < 0.7:
            d2 = d + timedelta(days=r.randint(12, 20))
            put("重要时期保障/%s/保障工作总结.docx" % what, holiday_summary(co, d2, what))

    archive(co, made, put)
    decoys(co, lock_bytes, put, keys, ZH, YW, AQ, KH, YJ)


def archive(co, made, put):
    """Last year's copies under 归档/<year>/: genuine, a year older, stale."""
    for name, factory, d in made:
        if co.rng.random() >= 0.16:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "归档/%d年/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        put(rel, factory(prev))


def decoys(co, lock_bytes, put, keys, ZH, YW, AQ, KH, YJ):
    r = co.rng
    # 空白表 / 模板
    put(YW + "机房巡检/主机房巡检记录表（空表）.xlsx", empty_form("主机房巡检记录表", co.fresh(), ["日期", "设备", "运行状态", "告警", "巡检人"]))
    put(YW + "变更管理/生产变更申请表（模板）.docx", empty_paper("生产变更申请表", co.fresh(), ["变更内容", "影响范围", "测试情况", "回退方案", "审批意见"]))
    put(ZH + "满意度测评/法人行社科技服务满意度测评表（空白）.xlsx",
        empty_form("科技服务满意度测评表", co.fresh(), ["测评项", "非常满意", "满意", "一般", "不满意", "意见建议"]))
    put(KH + "02科技服务协议/科技服务协议（范本）.docx",
        empty_paper("科技服务协议（范本）", co.fresh(), ["第一条 服务范围", "第二条 运维方式", "第三条 服务级别及核心指标", "第四条 健康检查",
                                                    "第五条 费用与期限"]))
    put(YJ + "演练/应急演练报告（模板）.docx", empty_paper("应急演练报告", co.fresh(), ["演练时间", "演练场景", "演练过程", "演练结果", "存在问题"]))
    # drafts
    d = co.fresh()
    put(YJ + "业务连续性/全省农信信息系统业务连续性计划（征求意见稿）.docx", nullify(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put("个人/%s/科技服务协议修订（送审稿）.docx" % co.p(0), nullify(agreement(co, d, True, True, True), "draft", "（送审稿）"))
    d = co.fresh()
    put("个人/%s/%d年持续改进计划（讨论稿）.docx" % (co.p(3), d.year + 1), nullify(improve_plan(co, d, True), "draft", "（讨论稿）"))
    d = co.fresh()
    put("个人/%s/管理评审纪要初稿.docx" % co.p(0), nullify(review_minutes(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]), "draft", "（初稿）"))
    # 作废 / 已废止
    d = date(2021, 4, 12)
    put("中心制度/已废止/生产问题管理细则（2021版，已废止）.docx", nullify(reg_doc(co, d, "problem"), "obsolete", "（已废止）"))
    d = date(2020, 11, 3)
    put(YJ + "预案/作废/信息科技突发事件应急预案（2020版）作废.pdf", nullify(emergency_plan(co, d, True, True), "obsolete", "（作废）"))
    # recycle bin: copies of real documents
    sid = "S-1-5-21-%d-%d-%d-%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(1000, 1300))
    rnd = lambda: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))  # noqa: E731
    put("$RECYCLE.BIN/%s/$R%s.docx" % (sid, rnd()), nullify(drill(co, co.fresh(), "dr"), "recycle bin"))
    put("$RECYCLE.BIN/%s/$R%s.xlsx" % (sid, rnd()), nullify(change_export(co, co.fresh(), True), "recycle bin"))
    # 学习签到 about 预案 / 办法, 制度目录, 管理评审通知, 演练方案
    for what in ("信息科技突发事件应急预案", "信息系统生产变更管理办法", "全省农信信息系统业务连续性计划"):
        if r.random() < 0.75:
            d = co.fresh()
            put(ZH + "培训/%s《%s》学习签到表.xlsx" % (ymd(d), what), signin(co, d, what))
    put(ZH + "中心发文/关于公布现行有效信息科技制度目录的通知.docx", reg_index(co, co.fresh(), keys))
    d = co.fresh()
    put(ZH + "管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    d = co.fresh()
    put(YJ + "演练/%d年度灾备切换演练方案.docx" % d.year, drill_scheme(co, d))
    # unrelated
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    # lock files, empty files, an image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith("$RECYCLE")]
    for rel in office[2:100:14]:
        folder, _, base = rel.rpartition("/")
        # Excel keeps the whole name; Word drops the first characters of a long one
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(1)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw(YW + "2026年/机房值班/新建 Microsoft Excel 工作表.xlsx", b"", "empty file")
    raw(AQ + "2026年/日志审计/2026年第4季度日志审计分析报告.docx", b"", "empty file")
    raw(ZH + "满意度测评/2026年下半年科技服务满意度测评报告.docx", b"", "empty file")
    raw(YW + "2026年/机房值班/扫描件%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
