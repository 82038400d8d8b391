# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ak.py - style AK: the 信息技术处 (信息中心) of a provincial 高级人民法院.

An author voice for the accuracy corpus, used only by the AK shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py and the README's ground-truth conventions; never the rules,
the sources or a score).  The 信息技术处 of the 高院 runs the province's 智慧法院 systems for the 中级 and
基层 法院: the 审判流程管理系统, 电子卷宗随案同步生成, the 诉讼服务平台 with the 12368 热线, the 法院专网
(非涉密, 四级联通 to the 最高法) beside the 涉密内网, the 科技法庭 and 庭审直播.  A contracted 运维服务公司
keeps 驻场 engineers in the 处's 运维保障组; one 中级人民法院 is the form's customer (it receives the
处's 运维保障 under a 运维服务保障协议 and is one of the courts it serves).

Its people write the court way: 院 发文 (X高法〔2026〕N号) that 印发 a 办法 / 规定 (第一章 总则 / 第一条
…, closing with 印发 line), 处 细则 issued under the 处's number (X高法信〔2026〕N号), 作业指导书 filed
bare with a ZY code, a 全省法院信息化制度汇编 whose 编 are several of them; 值班登记 of the 机房; 运维
周报 from the 驻场 项目经理 and 运维月报 呈 院领导; 网络安全通报 from the 最高法 信息中心 and the 省委网信办,
forwarded as 预警通报; 院党组会 and 处务会 纪要; 保密 (涉密内网 vs 法院专网 vs 互联网, 网闸, 保密自查);
信创 migration (国产操作系统 / 数据库 适配); 庭审直播 保障; 智慧法院评价.  Folders by 科 (综合科, 网络与安全科,
应用运维科, 数据管理科) and 年度, 院发文/<year>/, 中院运维/<court>/, 收文/, 个人/.

Every builder returns a kinds.Doc listing as items only what its own text proves: a part of a document
lends its items only when it is written; a sheet without data rows proves nothing; a record older than a
year keeps its items (record=True) and is stale.  build(co, lock_bytes) lays out the whole share.

Judgement calls of this voice (also in readme.md):
- the 院 办法 《全省法院信息化运维服务管理办法》 proves 10's PDCA only with its 运行管理模式 chapter; the
  汇编 proves the 办法/细则 its 编 hold (one document), not the PDCA unless that chapter is bound in;
- the 院 发文 调整网络安全和信息化领导小组 is the org chart (9, 23) and, with the 驻场 engineers in the
  运维保障组, 9's outsourcing; the 院党组会纪要 that approves it is not; the 运维人员名册 with its 驻场 sheet
  is 9's staff list and outsourcing, the 驻场人员政审及保密管理台账 (政审, 保密承诺, 涉密网权限) proves nothing;
- the 处务会纪要 proves each decision it records (the 网络安全联络员 28, the 运维服务台 48, the scored and
  ranked 改进事项 it approves 67); a 处务会纪要 about 信创 推进 or 庭审直播 保障 proves nothing;
- the 运维服务采购合同's 服务级别要求 is 8's service-level design with the third party, the 处内 运行保障
  协同约定 (which keeps the contract's levels) 8's OLA;
- the 机房值班登记 proves 44's inspection, 45's monitoring and 14's maintenance only when its rows record
  the network and security devices' state; rows that say only 正常 prove nothing; the 机房巡检记录 workbook
  proves each record kind whose sheet has rows, its 动环 sheet (UPS, 空调) alone nothing; only the
  硬件故障统计表 with its totals is 14's statistics;
- a 健康检查报告 of the 中院 (or of a 基层法院) is 15/46's record and, when it checks the security devices
  (防火墙, 网闸, 防病毒), 14/44's status check, with its 采集 section 16's records;
- the 运维月报 呈 院领导 is 50's monitoring report with its 趋势分析, 56's data with its ten-indicator table,
  18/22's availability report with its 可用率 section; the 驻场 运维周报 proves nothing; the 年度工作总结
  proves 56 and 71 only with those sections;
- the 处's 网络安全预警通报 is always 52's vulnerability and 53's bulletin, 52's virus, policy and analysis
  only with those parts; a forwarded 最高法 信息中心 通报 (with its content) is a vulnerability bulletin
  (52/vulnerability, 53/bulletin), while the 收文处理单 that only routes it proves nothing, nor does the
  整改情况报告 answering a 网信办 通报;
- the 改进机会评估打分表 with its scores, ranking and the 处长's approval is 67's analysis and approval, as is
  the 处务会纪要 议题 that ranks and approves the 改进事项;
- the 驻场运维服务月度考核表 that sets SLA attainment, the courts' satisfaction and complaints against
  targets is 57's 监视测量清单; the 整改通知单 to the 运维公司 is 57's corrective action and, with its 复查
  filled, 66's effectiveness record; the 隐患排查及预防性维护细则 is 66's preventive-action document;
- a 作业指导书 of one module is 24's work instruction and 11's manual, a 作业指导书汇编 of several one
  document; the 信创适配改造实施方案 proves 25's test plan only with its 测试验证 section and 25/11's
  rollback only with its 回退 section, the 信创适配测试报告 11's compatibility, the 信创推进会纪要 nothing;
- a 庭审直播系统中断应急处置预案 is one system's emergency plan (36, 53) and, with its 恢复 section, 36's
  recovery plan; the 网络安全应急演练 (实战 or 桌面推演) is 40's emergency drill and 53's drill, the
  审判数据备份恢复演练 40's recovery drill only; a 演练方案 proves nothing;
- the 内审报告 is 59's internal audit; the 审务督察 (司法巡查) report on the 处 is no audit of the service
  system and proves nothing; the 管理评审会议纪要 is 59's management review only when it reports the
  execution and conformity of the services and processes, and each other 议题 one of 60's inputs;
- real documents that prove nothing: 智慧法院建设评价 自评报告, 重大案件庭审直播保障方案, 保密自查自评表,
  网信办 整改情况报告, 两会/春节 值班表, 网络安全宣传周, 运维周报, 漏洞扫描 raw export, 院党组会纪要.
"""

from datetime import date, timedelta

from kinds import Doc

# per share: 高院 name, 院字号, 处字号, code, customer short, two 基层法院, 运维平台, 服务台 phone, 专网 name
AK_INFO = {
    "ak1": ("冀中省高级人民法院", "冀中高法", "冀中高法信", "JZGY", "保定中院", ("满城区人民法院", "涞水县人民法院"),
            "全省法院运维管理平台", "0311-86680123", "冀中法院专网"),
    "ak2": ("蜀西省高级人民法院", "蜀西高法", "蜀西高法信", "SXGY", "绵州中院", ("涪城区人民法院", "安州区人民法院"),
            "智慧法院运维服务平台", "028-85561368", "蜀西法院专网"),
    "ak3": ("闽海省高级人民法院", "闽海高法", "闽海高法信", "MHGY", "泉州中院", ("丰泽区人民法院", "晋江市人民法院"),
            "法院信息化运维监管平台", "0591-87021368", "闽海法院专网"),
    "ak4": ("辽东省高级人民法院", "辽东高法", "辽东高法信", "LDGY", "鞍山中院", ("铁东区人民法院", "海城市人民法院"),
            "全省法院IT运维服务管理系统", "024-22851368", "辽东法院专网"),
}

SHU = "〇一二三四五六七八九"
NUM = "零一二三四五六七八九"


def cn_num(n):
    """二十三: a count in Chinese numerals (1-99)."""
    if n < 10:
        return NUM[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else NUM[t]) + "十" + (NUM[u] if u else "")


def seal_date(d):
    """二〇二六年三月五日, as the 院 signs a 发文."""
    return "".join(SHU[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def cnd(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def ymd(d):
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def wd(co, d):
    """A date as this 处's people write it (several habits)."""
    f = co.rng.randint(0, 6)
    if f <= 2:
        return cnd(d)
    if f == 3:
        return d.isoformat()
    if f == 4:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if f == 5:
        return "%d年%02d月%02d日" % (d.year, d.month, d.day)
    return "%d/%d/%d" % (d.year, d.month, d.day)


def qtr(d):
    return (d.month - 1) // 3 + 1


class Wen:
    """A written document assembled section by section; only written sections lend items.
    Headings are numbered as they are written, so an omitted section leaves no gap."""

    def __init__(self, title, style="cn"):
        self.blocks = [("title", title)]
        self.items = []
        self.style = style
        self.n = 0

    def top(self, *blocks):
        self.blocks += list(blocks)
        return self

    def sec(self, heading, body, items=(), on=True):
        if not on:
            return self
        self.n += 1
        if self.style == "cn":
            h = "%s、%s" % (cn_num(self.n), heading)
        elif self.style == "num":
            h = "%d %s" % (self.n, heading)
        else:
            h = "（%s）%s" % (cn_num(self.n), heading)
        self.blocks.append(("h1", h))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
        self.items += list(items)
        return self

    def done(self, kind, d, record, tail=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items)), record, self.blocks + list(tail))


def book(kind, title, d, record, sheets, note=None):
    """A workbook: sheets of (name, header, rows, items); a sheet without data rows lends nothing."""
    out, items = [], []
    for name, header, rows, its in sheets:
        head = [[title]] + ([[note]] if note else [])
        out.append((name, head + [header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def void(doc, why, mark=None):
    """A draft, superseded, template or binned copy: same text, proves nothing."""
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
    rows = [[title], ["填报单位（盖章）：", "", "", "填报时间：    年  月  日"], cols] + [[""] * len(cols) for _ in range(n)]
    return Doc("blank", title, d, [], False, sheets=[(sheet, rows)], decoy="template")


def blank_paper(title, d, heads):
    b = [("title", title), ("p", "编号：________    填写日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "（此处填写）"), ("p", " ")]
    b += [("p", "经办人：              审核人：              处领导：")]
    return Doc("blank", title, d, [], False, b, decoy="template")


# ---------------------------------------------------------------------------- 发文 / 制度

def next_no(co, d, which):
    key = (which, d.year)
    co.ak_no[key] = co.ak_no.get(key, co.rng.randint(3, 20)) + co.rng.randint(1, 9)
    pre = co.ak_yuan if which == "yuan" else co.ak_chu
    return "%s〔%d〕%d号" % (pre, d.year, co.ak_no[key])


def red_head(co, d, subject, which="yuan", to=None):
    """The 红头 of a 院 文件 (yuan) or of the 处's own notice (chu)."""
    no = next_no(co, d, which)
    issuer = "%s文件" % co.ak_court if which == "yuan" else "%s信息技术处" % co.ak_court
    if to is None:
        to = ("全省各中级人民法院，本院各部门：" if which == "yuan"
              else "处内各科，各中级人民法院技术室（信息科），驻场运维项目组：")
    return [("big", issuer), ("p", no), ("title", subject), ("p", to)], no


def tail_line(co, d, which="yuan", public="此件不公开"):
    org = co.ak_court if which == "yuan" else co.ak_court + "信息技术处"
    return [("p", org), ("p", seal_date(d)), ("p", "（%s）" % public),
            ("p", "抄送：最高人民法院信息中心，%s各副院长" % co.ak_court if which == "yuan" else "抄送：分管副院长"),
            ("p", "%s办公室                    %s印发" % (co.ak_court if which == "yuan" else "信息技术处综合科", cnd(d + timedelta(days=1))))]


# key: (name, level, [(chapter, [articles], items, optional)])
#   level: yuan = 院 办法/规定 by 院 红头, chu = 处 细则 by 处 通知, zy = 工作规程 filed bare with a code
RULES = {
    "base": ("全省法院信息化运维服务管理办法", "yuan", [
        ("总则", ["为规范全省法院信息化运维服务，保障审判执行和诉讼服务工作不间断运行，依据最高人民法院关于智慧法院建设和人民法院信息化运维的有关规定，结合我省实际，制定本办法。",
                 "本办法适用于本院信息技术处（信息中心）为全省中级、基层人民法院提供的审判流程管理系统、电子卷宗随案同步生成系统、诉讼服务平台、法院专网及科技法庭等信息系统的运维服务。"], [], False),
        ("运行管理模式", ["全省法院信息化运维服务按照“计划—执行—检查—处置”（PDCA）循环组织实施：每年初由信息技术处制定运维服务目标、服务目录和年度运维计划（计划）；",
                       "按照本办法及配套细则、作业指导书提供运维服务（执行）；",
                       "通过运维指标监测、满意度测评、内部审核和管理评审对运维服务进行检查与评审（检查）；",
                       "对检查发现的问题和未实现的目标制定整改和预防措施，纳入年度持续改进计划并跟踪落实（处置），形成闭环。"], ["10/pdca"], True),
        ("职责分工", ["本院网络安全和信息化领导小组负责全省法院信息化运维工作的统筹决策；信息技术处为归口管理部门；各中级人民法院技术室（信息科）负责本院及辖区基层法院运维工作的配合与落实。",
                   "通过政府采购确定的运维服务公司派驻工程师，在信息技术处统一管理下承担日常运维工作。"], [], False),
        ("附则", ["本办法由本院信息技术处负责解释，自印发之日起施行。"], [], False)]),
    "change": ("全省法院信息系统变更管理规定", "yuan", [
        ("总则", ["为控制信息系统变更风险，保障审判执行业务系统安全稳定运行，制定本规定。",
                 "本规定所称变更，是指对法院专网、安全设备、服务器、数据库、中间件及业务应用的配置、版本和资源的新增、调整和删除。"], [], False),
        ("变更分类", ["变更分为标准变更、一般变更、重大变更和紧急变更；涉及审判流程管理系统全省升级、法院专网骨干调整或跨网数据交换策略的，为重大变更。"], [], False),
        ("变更程序", ["变更由实施科室或驻场项目组在{plat}提交变更申请，写明变更内容、影响的法院和业务、实施窗口、测试验证情况和回退方案。",
                   "一般变更由科室负责人审批；重大变更经处内变更评审后报处长审批，并提前三个工作日通知受影响的中级、基层法院。",
                   "变更原则上在工作日18:00以后或周末实施，避开开庭高峰；实施后验证业务，验证失败的按回退方案回退。",
                   "紧急变更可经处领导电话同意后先行实施，24小时内补办审批手续。",
                   "变更申请、审批、实施、验证、回退和关闭的全过程在平台留痕，综合科按月统计变更成功率。"], ["54/procedure"], False),
        ("附则", ["本规定自印发之日起施行，原《信息系统变更管理暂行办法》同时废止。"], [], False)]),
    "secevent": ("全省法院网络安全事件处置和报告办法", "yuan", [
        ("总则", ["为规范全省法院网络安全事件的处置和报告，依据《中华人民共和国网络安全法》和最高人民法院网络安全事件报告有关要求，制定本办法。"], [], False),
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、信息内容安全事件、设备设施故障和其他事件；按影响范围和程度分为特别重大、重大、较大和一般四级。"], [], False),
        ("事件报告", ["各级法院发现网络安全事件，应在30分钟内报告本院技术部门并逐级报告至本院信息技术处；较大及以上事件，由信息技术处在1小时内报告分管院领导，并按要求报告最高人民法院信息中心和省委网信办。"],
         ["30/reporting-process"], False),
        ("事件处置", ["事件处置按确认研判、隔离遏制、清除根除、恢复验证的步骤进行；涉及涉密内网的，同时报告本院保密办。处置过程由网络与安全科全程记录。"],
         ["30/response-process", "31/incident-process"], False),
        ("应急响应", ["达到预案启动条件的，由本院网络安全应急领导小组宣布启动《全省法院网络安全事件应急预案》，成立现场处置组；事态消除后宣布解除应急状态。"],
         ["34/emergency-process"], True),
        ("事后处理", ["事件处置结束后5个工作日内形成事件调查报告，分析原因、吸取教训、更新知识库和预案，并对责任单位提出整改要求。"], ["34/incident-process"], False),
        ("附则", ["本办法自印发之日起施行。"], [], False)]),
    "incident": ("运行故障管理实施细则", "chu", [
        ("总则", ["为尽快恢复信息系统运行，减少故障对审判执行和诉讼服务的影响，制定本细则。"], [], False),
        ("故障受理与登记", ["运行故障来源于监控告警、机房巡检、各级法院通过运维服务台报障和{plat}工单，由服务台统一登记编号、分派。"],
         ["49/incident-procedure"], False),
        ("分级与处置", ["故障分为一级（全省性业务中断）、二级（一个中院及辖区业务中断或开庭受影响）、三级（单个法院或单个部门）、四级（单终端）；",
                     "一级、二级故障15分钟内响应并报告处领导，三级30分钟内响应；一线无法解决的升级至二线科室或厂商。",
                     "故障处置完毕后，服务台回访报障法院确认恢复后关闭工单。"], ["49/incident-procedure"], False)]),
    "request": ("运维服务请求管理实施细则", "chu", [
        ("总则", ["为规范各级法院账号开通、权限调整、专网接入、庭审直播开通、数据查询等运维服务请求的办理，制定本细则。"], [], False),
        ("请求的提交与审批", ["各级法院通过{plat}提交服务请求，注明类别和依据，经本院技术部门负责人审核；涉及审判数据查询导出的，须经本院分管院领导批准。"],
         ["49/request-procedure"], False),
        ("办理与关闭", ["服务台按服务目录派单，办理科室在规定时限内完成，服务台电话确认后关闭请求。"], ["49/request-procedure"], False)]),
    "problem": ("运行问题管理实施细则", "chu", [
        ("总则", ["为查找并消除反复发生或影响较大的运行故障的根本原因，防止同类故障重复发生，制定本细则。"], [], False),
        ("问题的识别与登记", ["同类故障一个月内发生三次以上、二级及以上故障和变更失败，均建立问题单。"], ["20/procedure", "37/procedure"], False),
        ("根因分析与解决", ["问题责任科室在10个工作日内完成根因分析，提出临时措施和永久解决方案，需要变更的按变更管理规定执行；",
                         "问题解决经验证后关闭，形成已知错误纳入知识库；未关闭问题在处务会上通报。"], ["20/procedure", "37/procedure"], False)]),
    "knowledge": ("运维知识管理实施细则", "chu", [
        ("总则", ["为积累运维经验，建立全省法院运维知识库，制定本细则。"], [], False),
        ("知识的提交与发布", ["运维人员在故障、问题处置和变更实施后提交知识条目，经科室知识管理员审核后发布。"], ["21/procedure"], False),
        ("知识的使用与维护", ["知识库向全省法院技术人员开放查询；知识管理员每季度复核，过期条目废止。"], ["21/procedure"], False)]),
    "slm": ("运维服务级别管理实施细则", "chu", [
        ("总则", ["为规范信息技术处对各级法院运维服务级别的设计、约定、监测和评审，制定本细则。"], [], False),
        ("服务级别的约定", ["信息技术处根据各级法院需求制定运维服务目录和服务级别，与中级人民法院签订运维服务保障协议，约定服务时间、响应时限和核心指标。"],
         ["39/slm-procedure"], False),
        ("监测与评审", ["服务级别达成情况按月统计、按季通报，每年与中级人民法院评审一次协议，未达标项目纳入改进计划。"], ["39/slm-procedure"], False)]),
    "audit": ("运维服务管理体系内部审核实施细则", "chu", [
        ("总则", ["为验证运维服务管理体系符合标准要求并有效实施和保持，制定本细则。"], [], False),
        ("审核的组织", ["信息技术处每年至少组织一次覆盖全部运维过程的内部审核，内审员经培训合格，不得审核本科室工作；",
                     "审核按年度审核方案、审核计划、首次会议、现场审核、不符合项报告、末次会议和整改跟踪验证进行，结果提交管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], False)]),
    "monitor": ("运维服务监视和测量实施细则", "chu", [
        ("总则", ["为掌握运维服务目标实现情况，制定本细则。"], [], False),
        ("监视测量内容和方法", ["监视测量内容包括服务级别达成率、各级法院满意度、投诉建议以及运维各项指标；",
                             "综合科按月汇总指标、按季组织满意度回访，对未达到目标的事项下达整改通知并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], False)]),
    "improve": ("运维服务持续改进实施细则", "chu", [
        ("总则", ["为规范改进措施的识别、记录、批准、评估、测量和报告，制定本细则。"], [], False),
        ("改进的管理", ["改进机会来源于内部审核、审务督察、最高法和网信办通报、法院投诉、故障和问题分析、指标未达标；",
                     "改进机会由提出科室登记，综合科按评估标准打分排序，提交处务会研究批准后实施；",
                     "实施效果由综合科测量验证，改进情况在管理评审中报告。"], ["65/procedure"], False)]),
    "prevent": ("运行隐患排查及预防性维护实施细则", "chu", [
        ("总则", ["为在故障发生前消除潜在问题和运行隐患，制定本细则。"], [], False),
        ("隐患排查与预防措施", ["各科室通过趋势分析、容量预警、巡检发现和设备生命周期评估识别潜在问题，制定预防性维护措施，经科室负责人批准后实施；",
                             "预防措施实施后一个月内由综合科验证其有效性并登记。"], ["66/preventive-actions"], False)]),
    "training": ("网络安全培训工作规程", "zy", [
        ("目的", ["规范信息技术处为全省法院干警和技术人员开展的网络安全培训服务。"], [], False),
        ("工作流程", ["培训需求征集→年度培训计划→课件编写与审核→组织实施（签到）→考试考核→效果评估→资料归档。"], ["31/training-process"], False)]),
    "pentest": ("渗透测试工作规程", "zy", [
        ("目的", ["规范对诉讼服务网、移动微法院等互联网应用和法院专网应用的渗透测试。"], [], False),
        ("工作流程", ["取得系统主管部门书面授权→确定测试范围和时间窗口→信息收集→漏洞发现与验证→编写测试报告→督促整改→复测；",
                   "测试不得使用可能造成拒绝服务或数据破坏的手段，涉密内网严禁开展任何渗透测试。"], ["31/pentest-process"], False)]),
    "secret": ("涉密信息系统及非涉密网络保密管理规定", "yuan", [
        ("总则", ["为加强本院涉密内网和法院专网、互联网的保密管理，依据保密法律法规制定本规定。"], [], False),
        ("网络隔离", ["涉密内网与法院专网、互联网严格物理隔离；法院专网与互联网之间的数据交换通过网闸进行，严禁一机两用。"], [], False),
        ("涉密设备管理", ["涉密计算机和存储介质实行登记管理，维修、报废须由保密办指定单位现场进行。"], [], False)]),
}


def rule_body(co, key, drop_opt=False):
    """The 章/条 body of a 办法, 细则 or 规程; returns (blocks, items)."""
    name, level, chs = RULES[key]
    b, items, t, ci = [], [], 0, 0
    for ch, arts, its, opt in chs:
        if opt and drop_opt:
            continue
        ci += 1
        b.append(("h1", "第%s章 %s" % (cn_num(ci), ch)))
        for a in arts:
            t += 1
            b.append(("p", "第%s条 %s" % (cn_num(t), a.replace("{plat}", co.ak_plat))))
        items += its
    return b, items


def rule_doc(co, d, key, drop_opt=False):
    """A 办法/细则 as issued (院 红头 or 处 通知 with the text after it); a 规程 bare with its code."""
    name, level, _ = RULES[key]
    body, items = rule_body(co, key, drop_opt)
    if level == "zy":
        code = "%s-XXC-GC-%02d" % (co.ak_code, list(RULES).index(key))
        b = [("title", name), ("table", [["文件编号", code, "类别", "工作规程"],
                                         ["归口科室", "网络与安全科", "版本", "第%s版" % cn_num(co.rng.randint(1, 3))],
                                         ["施行日期", wd(co, d), "审定", co.boss]])] + body
        return Doc("rule:" + key, name, d, sorted(set(items)), False, b)
    full = name if level == "chu" else name
    head, no = red_head(co, d, "关于印发《%s》的通知" % full, level)
    intro = ("《%s》已经院党组会议审议通过，现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时报告本院信息技术处。" % full
             if level == "yuan" else "现将《%s》印发给你们，请遵照执行。" % full)
    b = head + [("p", intro)] + tail_line(co, d, level) + [("break",), ("title", full)] + body
    doc = Doc("rule:" + key, name, d, sorted(set(items)), False, b)
    doc.ak_no = no
    return doc


def rule_book(co, d, keys):
    """全省法院信息化制度汇编: each 编 is one 办法/细则/规程; proves what its 编 are."""
    b = [("title", "%s信息化管理制度汇编（%d年版）" % (co.ak_court, d.year)),
         ("p", "%s信息技术处 编    %s" % (co.ak_court, cnd(d))), ("h1", "目  录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "第%s编  %s ………… %d" % (cn_num(i), RULES[k][0], 2 + 5 * i)))
    b.append(("p", "说明：本汇编收录截至%d年%d月现行有效的信息化管理制度，汇编文本与正式发文不一致的，以正式发文为准。" % (d.year, d.month)))
    items = []
    for i, k in enumerate(keys, 1):
        body, its = rule_body(co, k)
        b += [("break",), ("h1", "第%s编 %s" % (cn_num(i), RULES[k][0]))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("rule_book", "信息化管理制度汇编", d, sorted(set(items)), False, b)


# ---------------------------------------------------------------------------- 作业指导书

ZY = {
    "net": ("法院专网骨干及汇聚设备运维作业指导书", ["登录网管平台核对全省三级专网链路状态和各中院汇聚设备告警",
                                              "每日查看核心交换机、汇聚路由器CPU、内存、端口错包",
                                              "链路中断时联系运营商并通知受影响法院，登记故障工单", "每月导出设备配置备份并与基线比对"]),
    "court": ("科技法庭及庭审直播保障作业指导书", ["开庭前30分钟检查庭审主机、拾音、摄像、同步录音录像状态",
                                            "确认庭审直播推流地址和直播平台排期，测试推流", "庭审中值守监看直播画面，中断时按应急预案切换备用链路",
                                            "庭审结束后核对庭审录像上传电子卷宗"]),
    "scan": ("电子卷宗随案同步生成作业指导书", ["核对立案窗口扫描仪、高拍仪工作状态和扫描软件版本", "检查随案生成服务队列积压和OCR识别服务状态",
                                         "队列积压超过阈值时重启转换服务并通知应用运维科", "每周抽查卷宗编目挂接正确率并登记"]),
    "gap": ("边界防火墙及网闸策略维护作业指导书", ["核对变更单号和审批状态后登录防火墙或网闸管理界面", "调整前导出当前策略备份",
                                           "按变更单逐条新增或删除策略，核对源、目的、端口和交换方向", "验证业务后在平台回填实施结果"]),
    "av": ("终端防病毒及补丁分发作业指导书", ["每日检查防病毒服务器病毒库版本和全省专网终端在线率", "对连续7天离线的终端通知所在法院技术人员处理",
                                      "每周下发全网查杀任务并导出查杀报告", "每月测试并分发操作系统补丁，统计安装率"]),
    "bak": ("审判数据备份及恢复作业指导书", ["每日检查审判流程管理系统数据库备份作业状态", "核对备份文件完整性校验值",
                                     "每月抽取一个中院的数据在恢复环境进行恢复验证", "备份失败时登记故障并当日补做"]),
}


def zy_doc(co, d, key):
    name, steps = ZY[key]
    code = "ZY-%s-%02d" % (co.ak_code, list(ZY).index(key) + 1)
    w = Wen(name, "num").top(("table", [["文件编号", code, "版本", "A/%d" % co.rng.randint(0, 3)],
                                        ["编制", co.p(2), "审核", co.p(0)], ["批准", co.boss, "实施日期", wd(co, d)]]))
    w.sec("适用范围", ["适用于信息技术处运维人员和驻场运维工程师在生产环境执行本项作业。"])
    w.sec("作业步骤", ["%d) %s；" % (i, s) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    w.sec("安全与保密要求", ["作业须双人在场；严禁将法院专网设备接入互联网；涉及涉密内网设备的，由本院正式在编人员操作。"])
    w.sec("记录", ["作业完成后填写机房值班登记或在运维平台回填工单。"])
    return w.done("zy", d, False)


def zy_book(co, d, keys):
    b = [("title", "信息技术处运维作业指导书汇编（%d年）" % d.year), ("p", "应用运维科、网络与安全科 编    %s" % cnd(d))]
    for i, k in enumerate(keys, 1):
        name, steps = ZY[k]
        b += [("h1", "%s、%s" % (cn_num(i), name))] + [("p", "%d. %s。" % (j, s)) for j, s in enumerate(steps, 1)]
    return Doc("zy_book", "作业指导书汇编", d, ["24/work-instructions", "11/manuals"], False, b)


# ---------------------------------------------------------------------------- 组织、人员、纪要

def leading_group(co, d, vendor):
    head, no = red_head(co, d, "%s关于调整网络安全和信息化领导小组及其办事机构的通知" % co.ak_court, "yuan", "本院各部门：")
    rows = [["层级", "职务", "人员", "部门/单位"],
            ["领导小组", "组长", "院长", "院领导"], ["领导小组", "副组长", "分管副院长", "院领导"],
            ["领导小组", "成员", "办公室、审管办、立案庭、执行局、司法行政装备管理处负责人", "本院"],
            ["领导小组办公室", "主任", co.boss, "信息技术处（处长）"],
            ["安全管理组", "组长", co.p(0), "综合科"], ["安全管理组", "成员", "%s、%s" % (co.p(1), co.p(3)), "网络与安全科"],
            ["运维保障组", "组长", co.p(2), "应用运维科"], ["运维保障组", "成员", "%s、%s" % (co.p(4), co.p(5)), "网络与安全科、数据管理科"]]
    if vendor:
        rows.append(["运维保障组", "驻场成员", "%s、%s、%s" % (co.vp(0), co.vp(1), co.vp(2)), "%s（驻场运维）" % co.vendor])
    b = head + [("p", "因人员变动，经院党组研究，决定对本院网络安全和信息化领导小组及其办事机构进行调整，现通知如下："),
                ("h1", "一、领导小组"), ("p", "负责全省法院网络安全和信息化工作的统筹决策，审定信息化运维重大事项。"),
                ("h1", "二、领导小组办公室"), ("p", "设在信息技术处，承担日常工作；下设安全管理组和运维保障组。"),
                ("h1", "三、安全管理组"), ("p", "负责网络安全制度建设、保密管理、等级保护、内部审核和考核。"),
                ("h1", "四、运维保障组"),
                ("p", "负责机房值班、巡检、变更实施、故障处置和应急响应%s。" % ("；运维服务公司驻场工程师纳入运维保障组统一管理" if vendor else "")),
                ("table", rows)] + tail_line(co, d, "yuan")
    return Doc("leading_group", "领导小组调整通知", d, ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else []), False, b)


def party_minutes(co, d):
    b = [("title", "中共%s党组会议纪要" % co.ak_court), ("p", "〔%d〕第%d次" % (d.year, co.rng.randint(6, 30))),
         ("p", "%s，院党组书记、院长主持召开党组会议。纪要如下：" % cnd(d)),
         ("h1", "一、研究调整网络安全和信息化领导小组"), ("p", "会议同意信息技术处提出的调整方案，由办公室行文。"),
         ("h1", "二、研究全省法院审判执行质效"), ("p", "会议听取审管办关于上半年审判执行质效的汇报，要求各业务庭压降长期未结案件。"),
         ("h1", "三、研究信创适配改造工作"), ("p", "会议原则同意审判流程管理系统信创适配改造总体安排，请信息技术处会同司法行政装备管理处抓好落实。")]
    return Doc("party_minutes", "院党组会纪要", d, [], True, b)


def staff_book(co, d, vendor):
    own = [[i + 1, co.p(i), ["综合科", "网络与安全科", "应用运维科", "网络与安全科", "数据管理科", "应用运维科"][i],
            ["科长", "安全管理岗", "系统运维岗", "安全运维岗", "数据运维岗", "服务台主管"][i], "公务员" if i < 4 else "聘用制",
            "13%d%08d" % (co.rng.randint(0, 9), co.rng.randint(0, 10 ** 8 - 1))] for i in range(6)]
    ven = [[i + 1, co.vp(i), co.vendor, ["驻场项目经理", "网络安全驻场工程师", "应用驻场工程师"][i], "运维保障组",
            "%d-%02d-%02d" % (d.year - 1, 2 + i * 2, 6 + i)] for i in range(3)] if vendor else []
    return book("staff_book", "信息技术处运维人员名册（%s）" % cnd(d), d, True, [
        ("处内人员", ["序号", "姓名", "科室", "岗位", "身份", "联系电话"], own, ["9/staff-list"]),
        ("驻场人员", ["序号", "姓名", "所属公司", "岗位", "所在工作组", "进场时间"], ven, ["9/outsourcing"])])


def vetting_book(co, d):
    rows = [[i + 1, co.vp(i), co.vendor, "%d-%02d-%02d" % (d.year - 1, 2 + i, 12), "已通过", "已签", "法院专网（只读审计）" if i else "法院专网、堡垒机",
             "无涉密内网权限", "在岗"] for i in range(3)]
    return book("vetting", "驻场人员政审及保密管理台账（%d年）" % d.year, d, True, [
        ("台账", ["序号", "姓名", "单位", "进场日期", "政审", "保密承诺书", "系统权限", "涉密网", "状态"], rows, [])])


def role_book(co, d):
    rows = [["服务级别管理", "运维服务目录、协议维护与达成统计", "安全管理组（综合科）", co.p(0)],
            ["网络安全管理", "安全策略、漏洞与安全事件管理、等级保护", "安全管理组（网络与安全科）", co.p(1)],
            ["应用运维", "审判流程管理系统、电子卷宗随案生成系统日常运维", "运维保障组（应用运维科）", co.p(2)],
            ["网络运维", "法院专网及安全设备维护", "运维保障组（网络与安全科）", co.p(3)],
            ["数据运维", "审判数据库、备份与恢复", "运维保障组（数据管理科）", co.p(4)],
            ["服务台", "运维服务热线受理、派单、回访", "运维保障组（应用运维科）", co.p(5)],
            ["驻场运维", "日常巡检、故障处理、变更实施", "运维保障组（驻场）", co.vp(0)]]
    return book("role_book", "信息技术处运维岗位职责及角色清单", d, False, [
        ("角色", ["角色", "主要职责", "对应工作组", "责任人"], rows, ["18/roles", "23/roles"])])


def liaison_notice(co, d):
    head, no = red_head(co, d, "关于明确网络安全工作联络员的通知", "chu")
    b = head + [("p", "为做好与最高人民法院信息中心、省委网信办、公安网安部门和全省各级法院的网络安全工作对接，经处务会研究，明确网络与安全科%s为本处网络安全工作联络员，"
                      "负责网络安全通报接收与转发、安全检查配合、安全事件报告和安全管理文件传达；%s为B岗。各中级人民法院应同时明确本院联络员并报我处备案。" % (co.p(1), co.p(3)))] + tail_line(co, d, "chu")
    return Doc("liaison", "联络员通知", d, ["28/interface-person"], False, b)


def desk_notice(co, d):
    head, no = red_head(co, d, "关于设立全省法院信息化运维服务台的通知", "yuan", "全省各中级人民法院、基层人民法院，本院各部门：")
    b = head + [("p", "为统一受理全省法院信息系统故障报修和运维服务请求，本院设立全省法院信息化运维服务台，服务电话%s，7×24小时受理。" % co.ak_tel),
                ("p", "运维服务台设在信息技术处应用运维科，职责为：受理电话、%s工单和即时通讯报障；登记、分级、派单；跟踪处理进度；回访确认关闭。" % co.ak_plat),
                ("p", "服务台由%s负责，坐席由处内人员和驻场工程师轮值，工作日8:00-20:00双坐席，其余时间单坐席值守。" % co.p(5)),
                ("p", "各中级人民法院技术室应将辖区法院报障统一引导至运维服务台。")] + tail_line(co, d, "yuan", "此件依申请公开")
    return Doc("desk_notice", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[d.isoformat(), "运维服务台坐席岗前培训", "故障受理与分级、%s派单操作、科技法庭常见故障处置话术" % co.ak_plat, co.p(2), n, "合格"]
            for n in (co.p(5), co.vp(2), co.vp(1))]
    return book("desk_training", "运维服务台坐席培训记录", d, True, [
        ("培训记录", ["日期", "培训名称", "培训内容", "授课人", "参训人员", "考核结果"], rows, ["48/training"])])


def chu_minutes(co, d, n, topics):
    """处务会纪要: several 议题; each decision proves its own item."""
    b = [("title", "信息技术处处务会纪要"), ("p", "（%d年第%d期）" % (d.year, n)),
         ("p", "%s上午，%s处长主持召开处务会，处领导、各科科长参加，驻场项目经理%s列席。会议纪要如下：" % (cnd(d), co.boss, co.vp(0)))]
    items, i = [], 0
    for t in topics:
        i += 1
        if t == "liaison":
            b += [("h1", "%s、关于网络安全工作联络员" % cn_num(i)),
                  ("p", "会议确定由网络与安全科%s担任本处网络安全工作联络员，负责与最高法信息中心、省委网信办和各级法院的网络安全事务对接，%s为B岗。" % (co.p(1), co.p(3)))]
            items.append("28/interface-person")
        elif t == "desk":
            b += [("h1", "%s、关于设立运维服务台" % cn_num(i)),
                  ("p", "会议同意在应用运维科设立全省法院信息化运维服务台，启用服务电话%s，统一受理各级法院报障和服务请求，7×24小时值守，由%s负责，驻场工程师参与坐席轮值。"
                   % (co.ak_tel, co.p(5)))]
            items.append("48/service-desk")
        elif t == "improve":
            b += [("h1", "%s、关于%d年运维服务改进事项" % (cn_num(i), d.year)),
                  ("p", "会议听取了综合科关于改进机会评估情况的汇报。按对审判执行业务的影响（40%）、实施成本（30%）、风险（30%）打分，排序如下："),
                  ("table", [["排序", "改进事项", "得分", "会议意见"], [1, "庭审直播中断自动切换备用链路", 88, "同意实施"],
                             [2, "电子卷宗转换队列积压预警", 81, "同意实施"], [3, "运维平台与知识库对接", 66, "列入下年度"]]),
                  ("p", "会议批准前两项改进事项立项实施，由综合科跟踪督办。")]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "xc":
            b += [("h1", "%s、关于信创适配改造推进" % cn_num(i)),
                  ("p", "会议听取应用运维科关于审判流程管理系统信创适配进度的汇报，要求倒排工期，确保年底前完成中院试点。")]
        elif t == "live":
            b += [("h1", "%s、关于重大案件庭审直播保障" % cn_num(i)),
                  ("p", "会议部署下周重大案件庭审直播保障，网络与安全科做好备用链路准备，驻场工程师提前一天到场调试。")]
        elif t == "party":
            b += [("h1", "%s、关于党支部学习" % cn_num(i)),
                  ("p", "会议传达了院机关党委关于开展廉政警示教育的通知，处党支部按要求组织学习。")]
    b.append(("p", "出席：%s、%s、%s、%s    记录：%s" % (co.boss, co.p(0), co.p(1), co.p(2), co.p(3))))
    return Doc("chu_minutes", "处务会纪要", d, sorted(set(items)), True, b)


# ---------------------------------------------------------------------------- 中院运维服务

def survey(co, d, tm, sec):
    w = Wen("%s信息化运维服务需求调研报告" % co.ak_cust).top(
        ("p", "调研单位：%s信息技术处    调研时间：%s" % (co.ak_court, wd(co, d))))
    w.sec("调研背景", ["根据全省法院信息化“十四五”规划和运维服务保障协议续签安排，我处对%s开展运维服务需求调研，走访该院分管副院长、"
                      "技术室主任%s、立案庭、执行局和审管办。" % (co.customer, co.cp(0))])
    w.sec("服务时间需求", ["%s工作日8:30-17:30开庭和立案，周末有部分值班庭审和执行行动；审判流程管理系统、诉讼服务平台（12368）要求7×24小时可用，"
                          "重大案件庭审和集中执行行动期间需安排专人保障。" % co.ak_cust,
                          ("table", [["系统", "服务时段", "故障响应", "恢复时限"], [co.sys(0), "7×24", "15分钟", "2小时"],
                                     [co.sys(1), "7×24", "30分钟", "4小时"], ["科技法庭及庭审直播", "开庭时段", "10分钟", "30分钟"],
                                     ["办公类系统", "工作日8:30-17:30", "1小时", "1个工作日"]])],
          ["1/survey"], tm)
    w.sec("安全服务需求及类型", ["该院提出的安全服务需求：专网终端防病毒及准入、互联网门户和诉讼服务网防护、漏洞扫描和渗透测试、等级保护测评配合、"
                               "网络安全事件应急支援、干警网络安全和保密意识培训。按类型归为安全运维类、安全评估类、应急支援类和培训类。"], ["5/survey"], sec)
    w.sec("结论", ["调研结果经%s确认，作为运维服务保障协议和服务目录修订的依据。" % co.ak_cust])
    return w.done("survey", d, False, [("p", "调研人：%s、%s" % (co.p(0), co.p(3)))])


def cost_sheet(co, d):
    rows = [[1, "审判流程管理系统及电子卷宗运维", 180, "应用驻场工程师1人", 1200, 216000, "%d年1月起" % d.year],
            [2, "专网及安全设备运维", 150, "网络驻场工程师1人", 1200, 180000, "按月"],
            [3, "季度健康检查", 12, "网络与安全科2人", 1500, 18000, "每季末"],
            [4, "漏洞扫描及渗透测试", 10, "安全工程师", 2000, 20000, "%d年8月前" % d.year],
            [5, "重大庭审及集中执行保障", 15, "保障小组", 1500, 22500, "按需"],
            ["", "合计", 367, "", "", 456500, ""]]
    return book("cost", "%s%d年度运维服务经费测算表" % (co.ak_cust, d.year), d, False, [
        ("测算", ["序号", "服务项目", "工作量（人天）", "人力安排", "单价（元/人天）", "金额（元）", "时间节点"], rows, ["2/budget"])],
        note="测算：%s    复核：%s    单位：元（列入本院%d年部门预算）" % (co.p(0), co.boss, d.year))


def talk(co, d, agreed):
    w = Wen("%s信息化运维服务对接会议纪要" % co.ak_cust).top(
        ("p", "时间：%s    地点：%s技术室会议室" % (wd(co, d), co.ak_cust)),
        ("p", "参会：信息技术处%s、%s；%s%s、%s" % (co.p(0), co.p(2), co.ak_cust, co.cp(0), co.cp(1))))
    w.sec("会议内容", ["双方就%d年度运维服务范围、驻场安排、健康检查、报障流程和庭审直播保障进行了沟通。" % d.year])
    w.sec("会议共识", ["一是服务范围包括审判流程管理系统、电子卷宗随案生成、诉讼服务平台（12368）、科技法庭和辖区专网及安全设备；",
                      "二是运维服务公司派驻工程师每周到%s驻场两天，其余时间由运维服务台远程支持；" % co.ak_cust,
                      "三是每季度开展一次健康检查，检查报告5个工作日内送达。",
                      "上述事项双方一致同意，由信息技术处据此修订运维服务保障协议。"], ["3/communication"], agreed)
    w.sec("遗留事项", ["执行指挥中心大屏改造需求另行研究。"])
    return w.done("talk", d, False, [("p", "记录：%s" % co.p(3))])


def history(co, d, on):
    w = Wen("%s信息系统历史运行数据分析及运维保障方案" % co.ak_cust).top(("p", "信息技术处    %s" % wd(co, d)))
    w.sec("历史数据清单", [("table", [["数据项", "来源", "时间范围", "条数"],
                                     ["报障工单", co.ak_plat, "%d全年" % (d.year - 1), co.rng.randint(300, 900)],
                                     ["变更记录", co.ak_plat, "%d全年" % (d.year - 1), co.rng.randint(40, 120)],
                                     ["服务中断登记", "应用运维科", "%d全年" % (d.year - 1), co.rng.randint(3, 12)],
                                     ["庭审保障记录", "驻场项目组", "%d全年" % (d.year - 1), co.rng.randint(100, 400)]])],
          ["4/history-list"], "list" in on)
    w.sec("数据分析", ["指标完成情况：%s全年可用率99.96%%，达到协议约定；报障按时解决率95.8%%。" % co.sys(0),
                      "违例操作：发现干警私自将专网终端接入互联网1起、驻场人员未经审批调整网闸策略1起，均已通报整改。",
                      "重大事件：%d年6月雷击造成辖区2个基层法院专网中断3小时，影响开庭12场。" % (d.year - 1),
                      "重大（失败）变更：电子卷宗随案生成系统升级失败回退1次，原因为转换服务与旧扫描软件不兼容。"], ["4/analysis"], "analysis" in on)
    w.sec("运维保障策略及实施方案", ["据此制定保障策略：基层法院专网双链路和防雷改造、变更前兼容性测试、驻场人员权限收紧；",
                                  ("table", [["措施", "责任科室", "完成时间"], ["基层法院专网双链路改造", "网络与安全科", "%d年6月" % d.year],
                                             ["变更前兼容性测试清单", "应用运维科", "%d年3月" % d.year], ["驻场人员权限季度复核", "综合科", "每季度"]])],
          ["4/strategy"], "strategy" in on)
    return w.done("history", d, False)


def protocol(co, d, modes, core, health):
    w = Wen("信息化运维服务保障协议", "paren").top(
        ("p", "甲方：%s    乙方：%s（信息技术处）" % (co.customer, co.ak_court)),
        ("p", "协议编号：%s-YWBZ-%d-%02d" % (co.ak_code, d.year, co.rng.randint(1, 30))))
    w.sec("服务范围", ["乙方为甲方及辖区基层法院提供审判流程管理系统、电子卷宗随案生成系统、诉讼服务平台的集中运维，以及甲方法院专网和安全设备的运维与安全服务。"])
    w.sec("运维方式", ["乙方以驻场值守、定期巡检和远程值守相结合的方式提供服务：运维服务公司派驻工程师每周到甲方驻场两天；每月对甲方专网和安全设备巡检一次；"
                      "其余时间由乙方运维服务台和机房值班远程值守。"], ["35/sla"], modes)
    w.sec("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s可用率" % co.sys(0), "≥99.9%"], ["%s可用率" % co.sys(1), "≥99.5%"],
                                             ["一级、二级故障响应", "15分钟"], ["三级故障解决时限", "4小时"], ["庭审直播中断恢复", "30分钟"],
                                             ["甲方满意度", "≥90分"]])], ["36/sla"], core)
    w.sec("健康检查", ["乙方每季度对甲方安全设备和业务系统开展一次健康检查，重大活动前加检一次；以现场检查为主、远程检查为辅，检查后5个工作日内提交报告。"],
          ["15/agreement"], health)
    w.sec("保密条款", ["乙方驻场人员不得接触涉密内网，因运维工作知悉的审判信息负有保密义务。"])
    w.sec("期限", ["本协议自%s起三年，期满双方无异议自动续期。" % cnd(d)])
    w.items.append("39/sla")
    return w.done("protocol", d, False, [("p", "甲方（盖章）：%s    代表：%s" % (co.customer, co.cp(0))),
                                         ("p", "乙方（盖章）：%s    代表：%s" % (co.ak_court, co.boss)), ("p", "签订日期：%s" % wd(co, d))])


def vendor_contract(co, d):
    w = Wen("信息化运维服务采购合同（服务级别要求）").top(
        ("p", "采购人：%s    供应商：%s    合同编号：%s-CG-%d-%03d" % (co.ak_court, co.vendor, co.ak_code, d.year, co.rng.randint(1, 99))))
    w.sec("服务内容", ["供应商派驻不少于3名工程师，承担全省法院信息系统日常运维、机房值班、巡检和故障处理。"])
    w.sec("服务级别要求", ["一级、二级故障15分钟响应、2小时恢复；三级故障30分钟响应、4小时恢复；服务请求1个工作日办结；庭审直播中断30分钟内恢复。",
                          "供应商每月提交运维报告，服务级别未达标的按合同第九条扣减服务费。"], ["8/sld"])
    w.sec("保密与人员", ["驻场人员须经政审，签订保密承诺书，未经采购人同意不得更换。"])
    return w.done("vendor_contract", d, False, [("p", "采购人（盖章）    供应商（盖章）    %s" % wd(co, d))])


def ola(co, d):
    w = Wen("信息技术处内部运行保障协同约定").top(("p", "综合科起草，处务会审定    %s" % wd(co, d)))
    w.sec("约定范围", ["应用运维科、网络与安全科、数据管理科之间，以及各科与运维服务台之间的故障接手和支持时限。"])
    w.sec("协同时限", ["一级、二级故障二线科室15分钟内接手、2小时恢复；三级故障30分钟内接手、4小时恢复；服务请求1个工作日办结；",
                      "上述处内时限与运维服务采购合同约定的服务级别保持一致，每半年由综合科对照复核。"], ["8/ola"])
    return w.done("ola", d, False)


def health(co, d, court, collect, secdev=True):
    w = Wen("%s%d年第%d季度信息系统健康检查报告" % (court, d.year, qtr(d))).top(
        ("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查", "现场检查"]), wd(co, d), co.p(1), co.vp(1))))
    rows = [["检查对象", "可用性", "持续运行", "冗余/告警", "结论"],
            ["专网接入及汇聚路由", "100%", "%d天" % co.rng.randint(30, 200), "双链路正常", "健康"],
            ["%s（%s侧）" % (co.sys(0), court), "99.9%", "%d天" % co.rng.randint(20, 90), "无告警", "健康"],
            ["科技法庭庭审主机", "100%", "%d天" % co.rng.randint(10, 60), "2间法庭拾音异常", "关注"]]
    if secdev:
        rows += [["边界防火墙", "100%", "%d天" % co.rng.randint(60, 300), "主备正常", "健康"],
                 ["网闸（专网-互联网）", "100%", "%d天" % co.rng.randint(60, 300), "无告警", "健康"],
                 ["防病毒服务器", "100%", "%d天" % co.rng.randint(30, 180), "病毒库滞后1天", "关注"]]
    w.sec("检查范围", ["%s专网接入、%s科技法庭和接入全省法院的业务系统。" % (court, "边界防火墙、网闸、防病毒等安全设备及" if secdev else "")])
    w.sec("可用性与持续性检查", [("table", rows)])
    w.sec("安全信息采集", ["导出边界防火墙和汇聚交换机运行配置，与全省法院安全配置基线比对，发现差异1项；",
                          "采集专网出口流量：峰值%dMbps，均值%dMbps，无异常流量；" % (co.rng.randint(80, 400), co.rng.randint(20, 90)),
                          "采集系统状态：CPU、内存、磁盘和会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], collect)
    w.sec("问题与建议", [("防病毒服务器病毒库更新任务延迟，已调整；" if secdev else "") + "建议%s更换2间科技法庭拾音设备。" % court])
    w.items += ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    return w.done("health", d, True)


def csat(co, d, half):
    score = co.rng.randint(88, 96)
    yr = d.year if half == "上半年" else d.year - 1
    w = Wen("%d年%s全省法院信息化运维服务满意度测评报告" % (yr, half)).top(
        ("p", "测评时间：%s    测评方式：问卷（%d家法院技术部门）及电话回访" % (wd(co, d), co.rng.randint(90, 140))))
    w.sec("测评结果", [("table", [["测评项", "得分"], ["故障响应及时性", co.rng.randint(85, 97)], ["问题解决质量", co.rng.randint(85, 97)],
                                  ["服务台服务态度", co.rng.randint(90, 99)], ["庭审保障", co.rng.randint(84, 96)], ["变更通知及时性", co.rng.randint(80, 95)],
                                  ["综合满意度", score]])])
    w.sec("满意度分析", ["各级法院对服务台态度评价最高；变更通知及时性得分最低，主要是个别紧急变更未提前通知到基层法院；%s综合得分%d分。" % (co.ak_cust, score - co.rng.randint(0, 4))])
    w.sec("改进措施", ["变更通知通过运维平台自动推送至各院技术人员；开庭高峰时段增加坐席。"])
    w.items += ["41/surveys", "58/survey", "63/survey"]
    return w.done("csat", d, True)


def csat_trend(co, d):
    b = [("title", "全省法院信息化运维服务满意度趋势分析"), ("p", "综合科    %s" % wd(co, d)),
         ("table", [["期次", "综合满意度", "参评法院"], ["%d年上半年" % (d.year - 1), 87, 118], ["%d年下半年" % (d.year - 1), 90, 121],
                    ["%d年上半年" % d.year, 92, 123]]),
         ("p", "趋势：连续三期上升，故障响应及时性提升最明显；变更通知及时性仍为短板，需持续关注。")]
    return Doc("csat_trend", "满意度趋势", d, ["41/trend"], True, b)


def revisit(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=21 * i)
        rows.append([x.isoformat(), co.rng.choice([co.ak_cust] + list(co.ak_basic)), co.p(5), co.rng.choice(["电话", "现场", "电话"]),
                     co.rng.choice(["满意", "希望变更提前通知", "服务台高峰接通慢", "满意，无意见"]), "已反馈%s" % co.rng.choice(["应用运维科", "综合科"])])
    return book("revisit", "各级法院运维服务回访登记表", d, True, [
        ("回访", ["回访日期", "法院", "回访人", "方式", "法院意见", "处理情况"], rows, ["63/follow-up-visits"])])


def smart_court_eval(co, d, court):
    rows = [["信息化基础设施", 15, co.rng.randint(10, 15)], ["审判执行信息化应用", 25, co.rng.randint(18, 25)],
            ["诉讼服务信息化", 20, co.rng.randint(14, 20)], ["电子卷宗深度应用", 20, co.rng.randint(12, 20)],
            ["网络安全", 10, co.rng.randint(6, 10)], ["数据质量", 10, co.rng.randint(6, 10)]]
    return book("smart_eval", "%d年度智慧法院建设评价自评分表（%s）" % (d.year - (1 if d.month < 4 else 0), court), d, True, [
        ("自评", ["评价维度", "分值", "自评得分"], rows + [["合计", 100, sum(r[2] for r in rows)]], [])])


# ---------------------------------------------------------------------------- 服务设计

def catalog(co, d, parts):
    rows, items = [], ["29/catalog"]
    base = [("初始服务", "新接入法院的资产识别、配置项收集和运维流程导入"), ("安全设备运维", "边界防火墙、网闸、入侵防御、防病毒系统的维护与升级"),
            ("日常巡检服务", "机房及各级法院专网、安全设备日常巡检"), ("健康检查", "每季度安全设备及业务系统健康检查"),
            ("安全事件审计", "网络及安全设备、服务器、业务应用日志审计")]
    l2 = [("运维监控与分析", "法院专网和审判业务系统7×24监控及月度分析"), ("终端安全监控", "专网终端准入、违规外联和病毒监控"),
          ("等级保护合规性运维", "按网络安全等级保护要求开展合规检查和整改跟踪")]
    l1 = [("安全通告及漏洞分析", "收集分析最高法、网信办和厂商通告，发布预警通报"), ("应急响应服务", "网络安全事件和运行故障7×24应急支援")]
    for on, its, ents in [("base" in parts, ["12/catalog"], base), ("l2" in parts, ["19/catalog"], l2), ("l1" in parts, ["26/catalog"], l1)]:
        if on:
            items += its
            rows += [[n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["服务记录", "检查报告", "工单"])] for n, c in ents]
    rows += [["账号及权限服务", "审判系统账号开通、权限调整", "远程", "工单"], ["庭审直播开通", "直播排期登记与推流配置", "远程", "工单"]]
    return book("catalog", "全省法院信息化运维服务目录（%d版）" % d.year, d, False, [
        ("服务目录", ["服务项目", "服务内容", "服务方式", "交付物"], rows, items)])


def avail_kpis(co, d):
    rows = [["整体指标", "全省法院重要信息系统综合可用率", "全部重要信息系统", "≥99.9%", "月"],
            ["整体指标", "一级故障次数", "全部业务系统", "0", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.95%", "月"],
            ["单系统指标", "%s可用率" % co.sys(1), co.sys(1), "≥99.9%", "月"],
            ["单系统指标", "庭审直播推流成功率", "庭审直播平台", "≥99%", "月"],
            ["单系统指标", "专网骨干链路可用率", co.ak_net, "≥99.95%", "月"]]
    return book("avail_kpis", "重要信息系统可用性指标清单", d, False, [
        ("指标", ["类别", "指标", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    w = Wen("以往运维服务方案对审判业务影响分析及自动化运维建议").top(("p", "应用运维科    %s" % wd(co, d)))
    w.sec("以往服务方案回顾", ["回顾%d年为各级法院实施的服务方案%d项，包括专网改造、网闸策略调整、电子卷宗转换服务升级、科技法庭设备更换等。" % (d.year - 1, co.rng.randint(20, 40))])
    w.sec("对审判业务的影响分析", ["其中3项方案实施期间影响立案或开庭（最长22分钟），均在约定窗口内；1项因回退造成次日上午电子卷宗挂接延迟。"],
          ["7/impact-analysis"])
    w.sec("处置效率分析及可自动化服务", ["全年处置安全事件%d起，平均处置时长3.1小时，终端病毒告警、弱口令告警等重复性事件占比约六成；"
                                       "建议将病毒库版本核查、弱口令核查、电子卷宗队列监控和巡检报告生成实现自动化。" % co.rng.randint(60, 150)],
          ["7/automation"], auto)
    return w.done("svc_review", d, True)


def tool_plan(co, d):
    b = [("title", "%d年度运维工具自主开发计划" % d.year), ("p", "数据管理科    %s" % wd(co, d)),
         ("p", "根据各级法院需求和我处技术力量，计划自主开发以下运维和安全工具："),
         ("table", [["工具名称", "用途", "计划完成", "负责人"], ["专网终端合规核查工具", "批量核查终端补丁、病毒库和违规外联", "%d年6月" % d.year, co.p(1)],
                    ["电子卷宗队列监控看板", "转换队列积压实时展示与告警", "%d年8月" % d.year, co.p(2)],
                    ["巡检报告自动生成脚本", "汇总机房和设备巡检数据", "%d年11月" % d.year, co.p(4)]])]
    return Doc("tool_plan", "工具开发计划", d, ["33/dev-plan"], False, b)


# ---------------------------------------------------------------------------- 运维记录

def patrol_book(co, d, kinds):
    """信息中心机房巡检记录 (a month): one sheet per record kind; a sheet without rows proves nothing."""
    days = [d - timedelta(days=3 * i) for i in range(9)]
    sh = [("动环", ["日期", "UPS负载", "精密空调", "温湿度", "消防", "巡检人"],
           [[x.isoformat(), "%d%%" % co.rng.randint(30, 55), "正常", "%d℃/%d%%" % (co.rng.randint(21, 24), co.rng.randint(40, 55)), "正常", co.vp(2)]
            for x in days] if "env" in kinds else [], []),
          ("网络及安全设备", ["日期", "设备", "运行状态", "CPU", "会话/流量", "告警", "巡检人"],
           [[x.isoformat(), co.rng.choice(["核心交换机", "边界防火墙", "网闸", "入侵防御", "专网汇聚路由器"]), "正常",
             "%d%%" % co.rng.randint(8, 45), "%d万" % co.rng.randint(2, 40), co.rng.choice(["无", "无", "1条低危"]), co.vp(1)] for x in days]
           if "dev" in kinds else [], ["44/inspection", "45/monitoring", "14/maintenance"]),
          ("防病毒", ["日期", "范围", "病毒库版本", "终端在线率", "查杀结果", "执行人"],
           [[x.isoformat(), "全省法院专网服务器及终端", "%d.%02d%02d" % (x.year, x.month, x.day), "%.1f%%" % (94 + co.rng.random() * 5),
             co.rng.choice(["未发现病毒", "清除木马1个", "未发现病毒"]), co.p(3)] for x in days[:4]] if "av" in kinds else [],
           ["44/virus-scan", "45/antivirus"]),
          ("维护保养", ["日期", "设备", "维护内容", "结果", "维护人"],
           [[x.isoformat(), co.rng.choice(["边界防火墙", "网闸", "入侵防御"]), "日志清理、策略命中检查、风扇除尘", "完成", co.vp(1)] for x in days[::2]]
           if "maint" in kinds else [], ["44/maintenance", "14/maintenance"]),
          ("故障处理", ["日期", "设备", "故障现象", "处理及排除", "恢复时间", "处理人"],
           [[days[2].isoformat(), "入侵防御", "电源模块告警", "更换冗余电源", "30分钟", co.vp(1)],
            [days[6].isoformat(), "专网汇聚路由器", "光模块收光弱", "更换光模块", "25分钟", co.p(3)]] if "fault" in kinds else [],
           ["44/faults"]),
          ("版本升级", ["日期", "设备", "升级前", "升级后", "变更单号", "验证"],
           [[days[4].isoformat(), "边界防火墙", "V5.6R3", "V5.6R6", "BG-%s-%03d" % (ymd(days[4]), co.rng.randint(1, 60)), "通过"],
            [days[7].isoformat(), "入侵防御", "特征库%s" % ymd(days[8]), "特征库%s" % ymd(days[7]), "标准变更", "通过"]] if "up" in kinds else [],
           ["44/upgrades"])]
    return book("patrol", "信息中心机房巡检记录表（%d年%02d月）" % (d.year, d.month), d, True, sh)


def duty_register(co, d, detailed):
    rows = []
    for i in range(8):
        x = d - timedelta(days=i)
        if detailed:
            s = "专网核心交换机、边界防火墙、网闸运行正常，CPU %d%%，告警%d条已确认；审判流程备份%s完成" % (
                co.rng.randint(10, 40), co.rng.randint(0, 3), "02:%02d" % co.rng.randint(10, 59))
        else:
            s = "正常"
        rows.append(["%d月%d日" % (x.month, x.day), co.rng.choice(["白班", "夜班"]), s,
                     "无" if co.rng.random() < 0.8 else "%s报障1起已派单" % co.rng.choice(co.ak_basic), co.rng.choice([co.p(i % 6), co.vp(i % 3)]),
                     co.p((i + 1) % 6)])
    items = ["44/inspection", "45/monitoring", "14/maintenance"] if detailed else []
    return book("duty", "信息中心机房值班登记（%d年%d月）" % (d.year, d.month), d, True, [
        ("值班登记", ["日期", "班次", "巡视情况", "异常及处理", "值班人", "接班人"], rows, items)])


def live_duty(co, d):
    rows = [[(d + timedelta(days=i)).isoformat(), co.rng.choice(["第一法庭", "第三法庭", "第八法庭"]), co.rng.choice(["民事", "刑事", "行政"]),
             co.rng.choice([co.vp(0), co.vp(2)]), co.p(3)] for i in range(6)]
    return book("live_duty", "庭审直播保障值班表（%d年%d月）" % (d.year, d.month), d, True, [
        ("值班", ["日期", "法庭", "案件类型", "现场保障", "值班领导"], rows, [])])


def hw_fault_stats(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=41 * i)
        rows.append([i + 1, x.isoformat(), co.rng.choice(["边界防火墙", "网闸", "入侵防御", "专网汇聚路由器", "防病毒服务器"]),
                     co.rng.choice(["电源", "风扇", "硬盘", "光模块", "主板"]), co.rng.choice(["备件更换", "厂商返修"]), "%d分钟" % co.rng.randint(10, 90)])
    rows.append(["", "合计", "", "%d次" % len(rows), "", ""])
    return book("hw_stats", "安全设备硬件故障统计表（%d年）" % d.year, d, True, [
        ("统计", ["序号", "日期", "设备", "故障部件", "处理方式", "影响时长"], rows, ["14/hardware-faults", "44/faults"])])


def change_list(co, d, rows_on=True):
    rows = []
    if rows_on:
        for i in range(co.rng.randint(6, 12)):
            x = d - timedelta(days=co.rng.randint(0, 28))
            rows.append(["BG-%s-%03d" % (ymd(x), co.rng.randint(1, 99)), x.isoformat(), co.rng.choice(["一般变更", "标准变更", "重大变更"]),
                         co.rng.choice(["应用运维科", "网络与安全科", "数据管理科", "驻场项目组"]),
                         co.rng.choice(["%s补丁升级" % co.sys(0), "网闸交换策略调整", "电子卷宗转换服务升级", "入侵防御特征库升级", "中院汇聚端口调整"]),
                         co.rng.choice(["全省", co.ak_cust, co.ak_basic[0]]), co.p(0), "%s 18:30-21:00" % x.isoformat(),
                         co.rng.choice(["成功", "成功", "成功", "回退"]), "已关闭"])
    return book("changes", "%s-变更单导出" % co.ak_plat, d, True, [
        ("变更单", ["变更单号", "申请日期", "变更类型", "申请科室", "变更内容", "影响法院", "审批人", "实施窗口", "实施结果", "状态"], rows,
         ["54/records", "43/process-records"])], note="导出时间：%s 17:%02d  导出人：%s" % (d.isoformat(), co.rng.randint(0, 59), co.p(2)))


def xc_scheme(co, d, test, back):
    w = Wen("%s信创适配改造实施方案" % co.sys(0)).top(
        ("p", "编制：应用运维科%s    审定：%s    %s" % (co.p(2), co.boss, wd(co, d))))
    w.sec("改造内容", ["将%s应用服务器由x86平台迁移至国产服务器和国产操作系统，数据库由Oracle迁移至国产数据库，先在%s试点。" % (co.sys(0), co.ak_cust)])
    w.sec("测试验证", ["在测试环境完成功能测试（立案、分案、排期、结案全流程）、性能测试（全省并发800用户）和安全测试；",
                      "验证与旧版客户端、电子卷宗随案生成接口、法院专网和网闸交换的兼容性，由%s业务骨干完成验收测试。" % co.ak_cust], ["25/test-plan"], test)
    w.sec("实施步骤", ["停止写入→数据全量迁移→增量追平→应用切换→业务验证→开放使用。"])
    w.sec("回退措施", ["切换前保留原x86环境和Oracle数据库只读运行，数据双向比对；业务验证不通过时30分钟内将应用回切原环境，回退步骤已在测试环境演练。"],
          ["25/rollback", "11/rollback"], back)
    w.sec("组织保障", ["总指挥%s；实施%s、%s；驻场工程师%s配合。" % (co.boss, co.p(2), co.p(4), co.vp(2))])
    return w.done("xc_scheme", d, False)


def xc_test(co, d):
    b = [("title", "%s信创适配兼容性测试报告" % co.sys(0)), ("p", "测试日期：%s    测试单位：信息技术处、%s" % (wd(co, d), co.vendor)),
         ("table", [["验证项", "内容", "结果"], ["网络兼容", "国产服务器接入法院专网、网闸交换和负载均衡", "通过"],
                    ["系统兼容", "国产操作系统、国产数据库与原中间件适配", "通过"], ["应用兼容", "旧版客户端、电子卷宗随案生成接口、12368诉讼服务调用", "通过"]]),
         ("p", "结论：改造后与原系统兼容，具备试点上线条件。测试人：%s" % co.p(2))]
    return Doc("xc_test", "信创兼容性测试报告", d, ["11/compatibility"], True, b)


def xc_minutes(co, d):
    b = [("title", "全省法院信创适配改造工作推进会会议纪要"), ("p", "%s    主持：%s" % (wd(co, d), co.boss)),
         ("p", "会议通报了各中院信创终端替换进度：已完成%d%%，%s进度滞后。" % (co.rng.randint(40, 80), co.ak_basic[1])),
         ("p", "会议要求各中院于月底前报送替换计划，司法行政装备管理处协调采购。")]
    return Doc("xc_minutes", "信创推进会纪要", d, [], True, b)


def needs_record(co, d):
    b = [("title", "电子卷宗随案同步生成系统（二期）建设需求确认记录"), ("p", "数据管理科    %s" % wd(co, d)),
         ("table", [["类别", "需求", "法院确认"], ["功能", "支持卷宗智能编目和庭审笔录自动挂接", "%s已确认" % co.ak_cust],
                    ["性能", "单卷宗转换≤3分钟，全省并发扫描200路", "已确认"], ["安全性", "满足等级保护第三级要求，卷宗数据不出法院专网", "已确认"]]),
         ("p", "法院代表：%s（签字）" % co.cp(0))]
    return Doc("needs", "需求确认记录", d, ["11/requirements"], True, b)


def ticket_export(co, d, resp):
    head = ["工单号", "报障法院", "类别", "受理时间", "响应时间", "解决时间", "问题描述", "处理人", "状态"]
    rows = []
    for i in range(12):
        x = d - timedelta(days=co.rng.randint(0, 30))
        h = co.rng.randint(8, 18)
        r = ["GD%s%04d" % (ymd(x), co.rng.randint(1, 9999)), co.rng.choice([co.ak_cust] + list(co.ak_basic)),
             co.rng.choice(["故障报修", "服务请求", "咨询"]), "%s %02d:%02d" % (x.isoformat(), h, co.rng.randint(0, 29)),
             "%s %02d:%02d" % (x.isoformat(), h, co.rng.randint(30, 59)), "%s %02d:%02d" % (x.isoformat(), min(h + 2, 23), co.rng.randint(0, 59)),
             co.rng.choice(["科技法庭无声音", "审判系统登录缓慢", "电子卷宗扫描仪无法识别", "开通庭审直播", "专网中断", "账号权限调整"]),
             co.rng.choice([co.p(co.rng.randint(0, 5)), co.vp(co.rng.randint(0, 2))]), "已关闭"]
        if not resp:
            r = r[:4] + r[5:]
        rows.append(r)
    if not resp:
        head = head[:4] + head[5:]
    items = ["43/process-records"] + (["55/response-times"] if resp else [])
    return book("tickets", "%s工单导出（%d年%d月）" % (co.ak_plat, d.year, d.month), d, True, [("工单", head, rows, items)])


def monthly(co, d, trend, data, avail):
    m = d.month - 1 or 12
    y = d.year if d.month > 1 else d.year - 1
    w = Wen("%d年%d月全省法院信息化运维月报" % (y, m)).top(
        ("p", "信息技术处    %s    呈：分管副院长" % wd(co, d)))
    w.sec("运行总体情况", ["本月全省法院信息系统运行平稳，保障庭审%d场、庭审直播%d场，处置故障%d起，未发生一级故障。"
                          % (co.rng.randint(3000, 9000), co.rng.randint(300, 1200), co.rng.randint(20, 80))])
    w.sec("运行指标趋势分析", [("table", [["指标", "%d月" % (m - 2 if m > 2 else 10 + m), "%d月" % (m - 1 if m > 1 else 12), "%d月" % m, "趋势"],
                                           ["电子卷宗日转换量（万页）", 41, 45, 52, "上升"], ["审判系统并发峰值", 6120, 6480, 6930, "上升"],
                                           ["监控告警数", 486, 431, 392, "下降"]]),
                               "电子卷宗转换量和并发持续上升，预计年底结案高峰前需扩充转换服务资源。"], ["50/monitoring-report"], trend)
    w.sec("运维指标数据", [("table", [["指标", "本月"], ["异常报告及时率", "99%"], ["异常漏报率", "0.6%"], ["维护作业计划及时完成率", "97%"],
                                      ["故障隐患发现率", "90%"], ["异常主动发现率", "86%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                      ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "91%"], ["安全事件次数", co.rng.randint(1, 8)]])],
          ["56/data"], data)
    w.sec("重要信息系统可用率", [("table", [["系统", "目标", "本月可用率", "中断次数"], [co.sys(0), "99.95%", "99.98%", 0],
                                            [co.sys(1), "99.9%", "99.92%", 1], ["庭审直播平台", "99%", "98.6%", 3]]),
                                 "庭审直播平台未达标，原因为运营商直播推流链路波动，已纳入可用性改进。"],
          ["18/availability-report", "22/report"], avail)
    w.sec("下月工作安排", ["做好年底结案高峰保障，完成边界防火墙特征库升级。"])
    return w.done("monthly", d, True)


def weekly(co, d):
    b = [("title", "驻场运维周报（%s）" % d.isoformat()), ("p", "报送：信息技术处  报送人：%s（驻场项目经理）" % co.vp(0)),
         ("p", "一、本周运行：全省法院信息系统运行平稳，受理报障%d件，已全部闭环。" % co.rng.randint(60, 220)),
         ("p", "二、本周变更：实施变更%d项，均成功。" % co.rng.randint(2, 12)),
         ("p", "三、下周计划：配合%s信创终端替换；保障重大案件庭审直播2场。" % co.ak_cust)]
    return Doc("weekly", "运维周报", d, [], True, b)


def avail_plan(co, d):
    w = Wen("%d年重要信息系统可用性保障计划" % d.year).top(("p", "应用运维科    %s" % wd(co, d)))
    w.sec("可用性目标", ["%s可用率≥99.95%%，%s≥99.9%%，庭审直播推流成功率≥99%%。" % (co.sys(0), co.sys(1))])
    w.sec("保障措施", ["数据库主备、应用集群、专网双链路、关键设备双机、季度备份恢复演练。"])
    w.sec("可用性事件监控与报告", ["所有服务中断在《重要信息系统服务中断登记表》登记，按月在运维月报中报告可用率，未达标系统制定改进措施。"])
    w.items += ["18/availability-plan", "22/plan"]
    return w.done("avail_plan", d, False)


def outage_book(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=co.rng.randint(5, 60) * (i + 1) // 2)
        rows.append([x.isoformat(), co.sys(i), co.rng.choice(["访问超时", "服务中断", "部分法院无法登录"]), "%d分钟" % co.rng.randint(3, 45),
                     co.rng.choice(["运营商链路中断", "数据库连接池耗尽", "网闸交换进程异常", "应用内存溢出"]), "已恢复，已报处领导"])
    return book("outage", "重要信息系统服务中断登记表（%d年）" % d.year, d, True, [
        ("登记", ["日期", "系统", "现象", "中断时长", "原因", "处理"], rows, ["18/availability-events", "22/events", "43/process-records"])])


def asset_book(co, d):
    devs = [("FW", "边界防火墙", "华为USG6680E", "专网与互联网边界访问控制", "非涉密"), ("GAP", "网闸", "国产安全隔离与信息交换系统", "专网-互联网数据交换", "非涉密"),
            ("IPS", "入侵防御", "天融信TopIDP", "专网核心区入侵防御", "非涉密"), ("SW", "核心交换机", "华为CE12804", "法院专网核心交换", "非涉密"),
            ("SRV", "审判业务服务器", "国产服务器（海光）", co.sys(0), "非涉密"), ("AV", "防病毒服务器", "国产服务器", "专网终端防病毒", "非涉密")]
    rows = []
    for i, (t, n, m, f, s) in enumerate(devs, 1):
        rows.append(["%s-%s-%03d" % (co.ak_code, t, i), n, "网络安全设备" if t not in ("SRV", "AV") else "服务器", m, f,
                     "本院信息中心机房%d排%d柜" % (co.rng.randint(1, 4), co.rng.randint(1, 16)),
                     "上联%s" % ("核心交换机" if t != "SW" else "边界防火墙"), "生产（%s）" % co.ak_net, s, co.rng.choice(["重要", "重要", "一般"]),
                     "V%d.%d" % (co.rng.randint(1, 9), co.rng.randint(0, 9))])
    return book("assets", "信息化设备资产台账（%s）" % d.isoformat(), d, True, [
        ("资产", ["资产编号", "名称", "类别", "型号", "功能", "物理位置", "端口对应", "部署网络", "涉密属性", "重要程度", "软件版本"], rows,
         ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    cis = [("边界防火墙策略集", "安全配置"), ("网闸交换策略", "安全配置"), ("%s参数配置" % co.sys(0), "应用配置"),
           ("电子卷宗转换服务配置", "应用配置"), ("审判数据库参数", "数据库配置"), ("堡垒机授权策略", "安全配置")]
    rows, links = [], []
    for i, (n, t) in enumerate(cis, 1):
        rows.append(["CI-%05d" % (3000 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i),
                     co.rng.choice(["工作秘密", "内部"]), "配置管理员可写，其余只读", "SHA256校验", "每日备份"])
        if rel and i > 1:
            links.append(["CI-%05d" % (3000 + i), "依赖", "CI-%05d" % (3000 + i - 1)])
    return book("cmdb", "%s配置库导出" % co.ak_plat, d, True, [
        ("配置项", ["配置项编号", "名称", "类型", "版本", "责任人", "密级", "访问控制", "完整性", "备份"], rows, ["27/cmdb"]),
        ("关联关系", ["配置项", "关系", "关联配置项"], links, ["38/cmdb-relations"])])


def ci_log(co, d):
    rows = [[(d - timedelta(days=17 * i)).isoformat(), "CI-%05d" % (3001 + i % 6), co.rng.choice(["策略新增", "参数调整", "版本升级", "授权回收"]),
             "BG-%s-%03d" % (ymd(d - timedelta(days=17 * i)), co.rng.randint(1, 99)), co.p(3), co.p(0)] for i in range(7)]
    return book("ci_log", "配置项变更维护登记（%d年）" % d.year, d, True, [
        ("登记", ["日期", "配置项", "维护内容", "关联变更单", "维护人", "复核人"], rows, ["43/ci-updates"])])


def kb_export(co, d):
    titles = ["科技法庭拾音无声排查", "网闸交换进程异常处置", "电子卷宗转换队列积压处置", "审判系统CA证书更新失败", "庭审直播推流中断切换备用链路", "专网终端准入认证失败"]
    rows = [["KB%04d" % (200 + i), t, co.rng.choice(["故障处置", "操作指引"]), co.p(i), "已发布", (d - timedelta(days=30 * i)).isoformat()]
            for i, t in enumerate(titles)]
    return book("kb", "运维知识库条目导出", d, True, [("知识", ["编号", "标题", "分类", "提交人", "状态", "发布日期"], rows, ["21/knowledge-base"])])


def collect_book(co, d, which):
    names = {"config": "配置采集（与基线比对）", "traffic": "流量采集", "status": "状态采集"}
    head = ["采集日期", "对象"] + [names[w] for w in which] + ["采集人"]
    rows = []
    for i in range(6):
        x = d - timedelta(days=14 * i)
        r = [x.isoformat(), co.rng.choice(["边界防火墙", "核心交换机", "网闸"])]
        for w in which:
            r.append({"config": "已导出，差异%d项" % co.rng.randint(0, 2), "traffic": "峰值%dMbps" % co.rng.randint(200, 1600),
                      "status": "CPU%d%% 内存%d%%" % (co.rng.randint(8, 50), co.rng.randint(30, 70))}[w])
        rows.append(r + [co.vp(1)])
    return book("collect", "网络安全信息采集记录（%d年）" % d.year, d, True, [("采集", head, rows, ["16/" + w for w in which])])


def baseline(co, d):
    rows = [["服务器", "口令策略", "长度≥8位，90天更换，5次失败锁定"], ["服务器", "远程管理", "禁用telnet，仅经堡垒机访问"],
            ["数据库", "审计", "开启登录和DDL审计"], ["网络设备", "日志", "syslog发送至日志审计系统"], ["防火墙/网闸", "默认策略", "默认拒绝，交换方向最小化"],
            ["终端", "外联", "禁止专网终端连接无线网卡和互联网"]]
    return book("baseline", "全省法院信息系统安全配置基线（%d版）" % d.year, d, False, [("基线", ["对象", "检查项", "基线要求"], rows, ["25/baseline"])])


# ---------------------------------------------------------------------------- 网络与安全科

def log_report(co, d, weekly=False):
    t = ("安全日志审计周报（%d年第%d周）" % (d.year, d.isocalendar()[1]) if weekly
         else "%d年第%d季度法院专网安全日志审计分析报告" % (d.year, qtr(d)))
    w = Wen(t).top(("p", "网络与安全科    审计人：%s    %s" % (co.p(1), wd(co, d))))
    w.sec("网络及安全设备日志", ["汇聚边界防火墙、网闸、入侵防御日志%d万条，发现境外扫描源IP %d个，已在互联网出口封禁。" % (co.rng.randint(500, 8000), co.rng.randint(10, 80))])
    w.sec("服务器及操作系统日志", ["审判业务服务器和电子卷宗转换服务器登录日志审计，发现非工作时间登录%d次，核实为驻场工程师批量维护，已补登记。" % co.rng.randint(1, 5)])
    w.sec("应用日志", ["诉讼服务网应用日志中撞库尝试%d次，已由WAF拦截；审判流程管理系统越权查询告警0次。" % co.rng.randint(100, 3000)])
    w.sec("分析结论", ["本期未发现成功入侵，建议各级法院加强专网终端口令管理。"])
    w.items += ["17/log-analysis", "45/audit-report", "47/audit"]
    return w.done("log_report", d, True)


def warning(co, d, n, full):
    w = Wen("全省法院网络安全预警通报（%d年第%d期）" % (d.year, n)).top(
        ("p", "%s信息技术处    %s" % (co.ak_court, wd(co, d))), ("p", "发送：各中级人民法院技术室（信息科）"))
    w.sec("漏洞预警", ["CVE-%d-%05d：某主流中间件远程代码执行漏洞，影响全省法院部分诉讼服务前置系统，请于5个工作日内升级。" % (d.year, co.rng.randint(10000, 49999))],
          ["52/vulnerability", "53/bulletin"])
    w.sec("厂商安全公告", ["防火墙、终端安全厂商发布本月补丁，我处已完成测试，各院可按标准变更实施。"])
    w.sec("病毒预警", ["近期出现伪装成“开庭传票”“执行通知书”的钓鱼邮件，携带远控木马，请提醒干警勿打开。"], ["52/virus"], full)
    w.sec("政策法规及行业动态", ["国家网信部门发布网络数据安全管理有关规定，最高人民法院部署人民法院数据安全专项检查；外省一基层法院门户网站被篡改。"], ["52/policy"], full)
    w.sec("分析与处置建议", ["经比对资产台账，受漏洞影响的前置服务器%d台，已列入本周变更窗口修复，请各院核查自建系统。" % co.rng.randint(3, 20)], ["52/analysis"], full)
    return w.done("warning", d, True)


def spc_bulletin(co, d, n):
    b = [("title", "转发最高人民法院信息中心《网络安全通报》（%d年第%d期）的通知" % (d.year, n)),
         ("p", "各中级人民法院技术室："), ("p", "现将最高人民法院信息中心网络安全通报转发给你们，请对照排查，于%s前报送排查结果。" % cnd(d + timedelta(days=7))),
         ("h1", "附：网络安全通报（%d年第%d期）" % (d.year, n)),
         ("p", "近期监测发现，多地法院使用的某型号VPN设备存在认证绕过漏洞（CNVD-%d-%05d），攻击者可未授权访问内网，请立即升级至厂商修复版本并排查异常账号。" % (d.year, co.rng.randint(10000, 99999))),
         ("p", "%s信息技术处    %s" % (co.ak_court, cnd(d)))]
    return Doc("spc_bulletin", "最高法通报转发", d, ["52/vulnerability", "53/bulletin"], True, b)


def inbox_slip(co, d, what):
    b = [("title", "收文处理单"), ("table", [["来文单位", what], ["文件标题", "网络安全通报"], ["收文日期", d.isoformat()], ["密级", "非密"],
                                          ["拟办意见", "请网络与安全科研究落实，转发各中院。"], ["处领导批示", "同意。%s" % co.boss]])]
    return Doc("inbox", "收文处理单", d, [], True, b, decoy="cover sheet routing a 通报, not the 通报")


def cac_reply(co, d):
    b = [("title", "关于网信办网络安全通报问题整改情况的报告"), ("p", "省委网信办："),
         ("p", "贵办通报我院诉讼服务网存在信息泄露风险一事，我院高度重视，已于%s完成整改：关闭调试接口、升级中间件、复测通过。特此报告。" % cnd(d)),
         ("p", "%s    %s" % (co.ak_court, cnd(d)))]
    return Doc("cac_reply", "网信办通报整改报告", d, [], True, b)


def sec_stats(co, d, analysis):
    rows = []
    for m in range(1, d.month + 1):
        a, b_, c = co.rng.randint(0, 5), co.rng.randint(0, 9), co.rng.randint(0, 2)
        rows.append(["%d月" % m, a, b_, c, a + b_ + c])
    return book("sec_stats", "全省法院网络安全事件统计分析表（%d年1-%d月）" % (d.year, d.month), d, True, [
        ("统计", ["月份", "有害程序", "网络攻击", "设备设施故障", "合计"], rows, ["18/incident-stats"]),
        ("分析", ["分析"], [["网络攻击类以扫描和撞库为主，集中在诉讼服务网；有害程序集中在基层法院专网终端U盘传播，建议落实U盘管控并纳入智慧法院评价。"]]
         if analysis else [], ["18/incident-analysis"])])


def pt_plan(co, d):
    b = [("title", "%d年度渗透测试工作计划" % d.year), ("p", "网络与安全科    %s" % wd(co, d)),
         ("table", [["批次", "对象", "方式", "时间", "负责人"], [1, "诉讼服务网", "黑盒", "4月", co.p(1)], [2, "移动微法院", "灰盒", "7月", co.p(3)],
                    [3, "%s专网应用" % co.ak_cust, "灰盒", "10月", co.p(1)]]),
         ("p", "每次测试前取得系统主管部门书面授权，测试结束后10个工作日内出具报告；涉密内网不在测试范围。")]
    return Doc("pt_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pt_report(co, d):
    w = Wen("诉讼服务网渗透测试报告").top(("p", "测试时间：%s    测试人员：%s、%s    授权编号：SQ-%s" % (wd(co, d), co.p(1), co.vp(1), ymd(d))))
    w.sec("测试范围", ["诉讼服务网、网上立案接口及管理后台。"])
    w.sec("发现问题", [("table", [["编号", "问题", "等级", "整改"], ["P-01", "网上立案附件上传未校验类型", "高", "已修复"],
                                  ["P-02", "案件查询接口返回当事人身份证号", "中", "已修复"], ["P-03", "管理后台缺少登录失败锁定", "中", "已修复"]])])
    w.sec("复测结论", ["高中危问题已全部整改并通过复测。"])
    w.items += ["31/pentest-records", "32/pentest-records"]
    return w.done("pt_report", d, True)


def vscan(co, d):
    rows = [["10.%d.%d.%d" % (co.rng.randint(1, 90), co.rng.randint(0, 255), co.rng.randint(2, 250)), v, g]
            for v, g in (("SSL证书即将过期", "低"), ("OpenSSH版本过低", "中"), ("中间件弱口令", "高"), ("SMB签名未启用", "低"))]
    return Doc("vscan", "漏洞扫描导出", d, [], True, sheets=[("漏洞", [["扫描任务导出"], ["IP", "漏洞名称", "风险等级"]] + rows)])


def grading(co, d):
    b = [("title", "%s网络安全等级保护定级报告" % co.sys(2)), ("p", "定级时间：%s" % wd(co, d)),
         ("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第三级；系统安全保护等级：第三级。"),
         ("p", "经专家评审和最高人民法院信息中心审核，已向公安机关备案，备案编号%s-%d-%05d。" % (co.ak_code, d.year, co.rng.randint(1, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_guide(co, d):
    b = [("title", "全省法院非涉密信息系统等级保护定级工作指引"), ("p", "网络与安全科    %s" % wd(co, d)),
         ("p", "依据GB/T 22240，按业务信息和系统服务受到破坏时所侵害的客体和侵害程度确定安全保护等级："),
         ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第二级"],
                    ["社会秩序、公共利益", "第二级", "第三级", "第四级"]]),
         ("p", "审判流程管理系统、诉讼服务平台原则上定为第三级；各中院自建系统参照本指引定级后报我处备案。涉密内网按分级保护要求另行管理。")]
    return Doc("grading_guide", "定级指引", d, ["51/grading-criteria"], False, b)


def secrecy_check(co, d):
    rows = [["涉密计算机登记", "是", "已登记%d台" % co.rng.randint(40, 120)], ["一机两用", "否", "未发现"], ["涉密介质管理", "是", "已建台账"],
            ["专网终端违规外联", "否", "发现%d起已处理" % co.rng.randint(0, 3)], ["驻场人员保密承诺", "是", "已签"]]
    return book("secrecy", "%d年度保密工作自查自评表（信息技术处）" % d.year, d, True, [("自查", ["检查项", "符合", "情况说明"], rows, [])])


# ---------------------------------------------------------------------------- 应急

def emergency_plan(co, d, strategy, recovery):
    w = Wen("全省法院网络安全事件应急预案").top(("p", "（%d年修订）    %s信息技术处编制，网络安全和信息化领导小组审定" % (d.year, co.ak_court)))
    w.sec("总则", ["为建立全省法院网络安全事件应急响应机制，保障审判执行和诉讼服务工作连续运行，制定本预案。"])
    w.sec("组织体系", ["应急领导小组组长由分管副院长担任，信息技术处%s任副组长；下设技术处置组、业务协调组（审管办、立案庭）、后勤保障组。" % co.boss])
    w.sec("事件分级与响应", ["特别重大事件（全省审判系统中断超过30分钟或门户网站被篡改）15分钟内启动Ⅰ级响应；重大事件启动Ⅱ级响应；一般事件由值班长处置。"])
    w.sec("处置流程", ["发现报告→研判定级→启动预案→处置→恢复验证→解除→总结报告（报最高法信息中心和省委网信办）。"])
    w.sec("恢复策略", ["%s RTO≤1小时、RPO≤5分钟，切换至数据库备库；电子卷宗随案生成系统RTO≤4小时，从备份恢复；庭审直播切换备用推流链路。" % co.sys(0)],
          ["55/plan"], strategy)
    w.sec("系统恢复计划", ["按“专网→数据库→审判流程→电子卷宗→诉讼服务”的顺序恢复，各系统恢复步骤、责任人和验证要点见附件1-3。"],
          ["36/recovery-plan"], recovery)
    w.items += ["36/emergency-plan", "53/emergency-plan"]
    return w.done("emergency_plan", d, False)


def live_plan(co, d, recovery):
    w = Wen("庭审直播系统中断应急处置预案").top(("p", "应用运维科    %s" % wd(co, d)))
    w.sec("适用范围", ["适用于全省法院庭审直播推流、直播平台和科技法庭直播设备中断的应急处置。"])
    w.sec("响应", ["直播中断5分钟内由值守工程师报告值班长，10分钟内未恢复的启动本预案，通知承办法庭和新闻宣传部门。"])
    w.sec("处置措施", ["切换备用推流链路；重启推流编码器；仍不能恢复的，改为庭后上传录像并在直播平台公告。"])
    w.sec("恢复", ["链路恢复后核对直播排期，恢复推流并验证画面、声音同步；庭后补传完整录像，登记中断时长。"], ["36/recovery-plan"], recovery)
    w.items += ["36/emergency-plan", "53/emergency-plan"]
    return w.done("live_plan", d, False)


def dr_plan(co, d):
    w = Wen("审判数据灾难恢复预案").top(("p", "数据管理科    %s" % wd(co, d)))
    w.sec("恢复目标", ["%s RTO 1小时，RPO 5分钟；电子卷宗RPO 24小时。" % co.sys(0)])
    w.sec("恢复资源", ["数据库备库、异地备份机房、每日全量和实时日志备份、审判数据备份及恢复作业指导书。"])
    w.sec("恢复步骤", ["宣布灾难→网络切换→数据库接管→应用启动→各级法院业务验证→回切。"])
    w.items.append("36/recovery-plan")
    return w.done("dr_plan", d, False)


def bcp(co, d):
    w = Wen("全省法院审判业务连续性计划").top(("p", "第%s版    %s    网络安全和信息化领导小组审定" % (cn_num(co.rng.randint(1, 3)), wd(co, d))))
    w.sec("适用范围", ["适用于全省法院立案、审判、执行和诉讼服务业务。"])
    w.sec("业务影响结论", ["网上立案、开庭庭审、执行查控为关键业务，最大可容忍中断时间4小时。"])
    w.sec("应急响应与灾难恢复机制", ["由《全省法院网络安全事件应急预案》和审判数据灾难恢复预案支撑；系统中断时各院启用纸质立案登记和书面庭审笔录，恢复后补录。"])
    w.sec("演练与维护", ["每年至少开展一次连续性演练，每年评审更新本计划。"])
    w.items.append("42/bcp")
    return w.done("bcp", d, False)


def drill(co, d, kind):
    if kind == "bak":
        t, scene, items = "审判数据备份恢复演练报告", "抽取%s审判数据库备份在恢复环境恢复，并由%s业务人员验证案件数据" % (co.ak_cust, co.ak_cust), ["40/recovery-drill"]
        form = "实战演练"
        steps = "09:00下达指令→09:10启动恢复→10:05数据库恢复完成→10:40应用验证→11:10数据比对一致"
    else:
        t, scene, items = "网络安全事件应急演练报告", "模拟%s专网终端感染勒索病毒并向审判业务网段扩散" % co.ak_cust, ["40/emergency-drill", "53/drill"]
        form = co.rng.choice(["实战演练", "实战演练", "桌面推演"])
        steps = "14:00发现告警→14:06启动预案→14:25隔离终端→15:30清除并恢复→16:00总结讲评"
    b = [("title", t),
         ("table", [["演练时间", wd(co, d)], ["演练形式", form], ["演练场景", scene],
                    ["参演单位", "信息技术处应用运维科、网络与安全科、数据管理科，驻场项目组，%s技术室" % co.ak_cust],
                    ["演练过程", steps], ["演练结果", "达到预期，恢复用时%d分钟" % co.rng.randint(30, 90)], ["存在问题", "基层法院联络人到位慢"],
                    ["记录人", co.p(3)], ["审核", co.boss]])]
    return Doc("drill", "演练报告", d, items, True, b)


def drill_scheme(co, d):
    b = [("title", "%d年网络安全应急演练工作方案" % d.year), ("p", "网络与安全科    %s" % wd(co, d)),
         ("h1", "一、演练目的"), ("p", "检验《全省法院网络安全事件应急预案》的可操作性。"),
         ("h1", "二、时间安排"), ("p", "拟于%d年%d月组织，具体时间另行通知。" % (d.year, min(12, d.month + 1))),
         ("h1", "三、分工"), ("p", "总指挥%s，网络与安全科负责场景设计，各中院技术室派员参加。" % co.boss)]
    return Doc("drill_scheme", "演练方案", d, [], False, b, decoy="drill plan")


def live_scheme(co, d):
    b = [("title", "重大案件庭审直播技术保障方案"), ("p", "%s" % wd(co, d)),
         ("p", "为做好%s开庭审理的重大案件庭审直播，成立保障小组，组长%s；开庭前一日完成设备联调和备用链路测试，庭审全程双人值守。" % (co.ak_cust, co.p(2)))]
    return Doc("live_scheme", "庭审直播保障方案", d, [], True, b)


def holiday_roster(co, d, what):
    b = [("title", "关于%s期间信息化运行保障值班安排的通知" % what), ("p", wd(co, d)),
         ("p", "%s期间实行处领导带班、24小时值守，暂停非紧急变更，每日9时向院总值班室报送运行情况。" % what),
         ("table", [["日期", "带班处领导", "值班人员", "驻场人员"]] + [[(d + timedelta(days=i)).isoformat(), co.boss if i % 2 else co.p(0), co.p(2 + i % 3), co.vp(i % 3)]
                                                              for i in range(4)])]
    return Doc("holiday", "节假日值班安排", d, [], True, b)


def inspect_report(co, d):
    b = [("title", "关于对信息技术处开展审务督察情况的通报"), ("p", "督察局    %s" % wd(co, d)),
         ("h1", "一、督察内容"), ("p", "工作纪律、作风建设、廉政风险防控、政府采购项目管理。"),
         ("h1", "二、发现问题"), ("p", "个别采购项目验收资料不全；驻场人员考勤记录不规范。"),
         ("h1", "三、整改要求"), ("p", "一个月内完成整改并报送整改报告。")]
    return Doc("inspect", "审务督察通报", d, [], True, b)


def pr_week(co, d):
    b = [("title", "%d年全省法院网络安全宣传周活动总结" % d.year), ("p", wd(co, d)),
         ("p", "宣传周期间全省法院开展网络安全知识竞答、警示教育展播，参与干警%d人次。" % co.rng.randint(2000, 9000))]
    return Doc("prweek", "网络安全宣传周总结", d, [], True, b)


# ---------------------------------------------------------------------------- 综合科: 考核、审核、评审、改进

def vendor_score(co, d):
    rows = [["服务级别达成率", "≥95%", "%.1f%%" % (95 + co.rng.random() * 4), "是", "—"],
            ["各级法院满意度", "≥90分", "%d分" % co.rng.randint(90, 95), "是", "—"],
            ["有效投诉", "≤1件/月", "2件", "否", "下发整改通知单ZG-%d-%02d" % (d.year, co.rng.randint(1, 9))],
            ["庭审直播中断恢复≤30分钟", "100%", "96%", "否", "下发整改通知单ZG-%d-%02d" % (d.year, co.rng.randint(10, 19))],
            ["巡检计划完成率", "100%", "100%", "是", "—"]]
    return book("vendor_score", "驻场运维服务月度考核评分表（%d年%d月）" % (d.year, d.month), d, True, [
        ("考核", ["考核项", "目标", "实际", "是否达标", "处理"], rows, ["57/measurement"])],
        note="被考核单位：%s    考核人：%s" % (co.vendor, co.p(0)))


def rectify_notice(co, d, checked):
    b = [("title", "运维服务整改通知单"),
         ("table", [["编号", "ZG-%d-%02d" % (d.year, co.rng.randint(1, 20))], ["整改对象", co.vendor],
                    ["问题来源", "月度考核：庭审直播中断恢复及时率96%，未达100%"], ["原因分析", "备用推流链路未预先配置，切换依赖人工"],
                    ["整改措施", "各中院科技法庭预配置备用推流链路，编写切换脚本"], ["预防措施", "庭审直播保障纳入开庭前检查清单"],
                    ["整改时限", wd(co, d)], ["复查情况", "复查连续两个月直播中断均在15分钟内恢复，整改有效" if checked else ""],
                    ["复查人", co.p(0) if checked else ""]])]
    return Doc("rectify", "整改通知单", d, ["57/capa"] + (["66/effectiveness"] if checked else []), True, b)


def prevent_record(co, d):
    rows = [[(d - timedelta(days=30 * i)).isoformat(),
             co.rng.choice(["电子卷宗转换队列逼近阈值", "边界防火墙运行超7年", "数据库存储使用率86%", "审判系统CA证书临期"]),
             co.rng.choice(["扩充转换节点", "列入更换计划并储备备件", "扩容存储", "提前更换证书"]), co.p(i), "已验证有效"] for i in range(5)]
    return book("prevent", "预防性维护措施及有效性验证登记（%d年）" % d.year, d, True, [
        ("验证", ["发现日期", "潜在问题", "预防措施", "责任人", "有效性验证"], rows, ["66/effectiveness"])])


def audit_report(co, d):
    w = Wen("%d年度运维服务管理体系内部审核报告" % d.year).top(("p", "审核组长：%s    审核日期：%s" % (co.p(3), wd(co, d))))
    w.sec("审核目的和依据", ["验证运维服务管理体系满足ISO/IEC 20000-1标准和本院制度要求、满足各级法院的运维服务需求和运维服务保障协议要求，并得到有效实施和保持。"])
    w.sec("审核范围", ["信息技术处综合科、应用运维科、网络与安全科、数据管理科、运维服务台及驻场项目组。"])
    w.sec("审核发现", ["开具不符合项3项：机房值班登记交接签字不全；2张变更单缺回退验证记录；知识库条目超期未复核。"])
    w.sec("审核结论", ["体系运行总体有效，不符合项已下发整改通知并跟踪。"])
    w.items.append("59/internal-audit")
    return w.done("audit_report", d, True)


def review_minutes(co, d, inputs):
    w = Wen("%d年度运维服务管理评审会议纪要" % d.year).top(("p", "时间：%s    主持：分管副院长    参加：%s及各科科长、驻场项目经理" % (wd(co, d), co.boss)))
    txt = {"perf": ("服务和流程执行情况", "服务级别达成率96.9%，故障、变更、问题等流程按制度执行，内部审核不符合项3项已整改，流程符合性良好。",
                    ["59/management-review", "60/performance"]),
           "fb": ("各级法院反馈", "满意度测评综合92分，投诉3件（服务台接通慢、变更通知不及时、庭审直播中断）均已处理。", ["60/customer-feedback"]),
           "res": ("资源现状及预测", "处内运维人员%d人、驻场工程师%d人；明年信创改造全面铺开，预计需增加驻场工程师3人。" % (co.rng.randint(9, 16), co.rng.randint(4, 9)),
                   ["60/resources"]),
           "ca": ("纠正措施进展", "上年度评审提出的5项措施完成4项，1项（基层法院专网双链路改造）进行中。", ["60/corrective-actions"]),
           "chg": ("可能影响服务的变化", "审判流程管理系统信创改造、最高法新版电子卷宗标准、部分基层法院机构调整。", ["60/changes"]),
           "imp": ("改进机会", "庭审直播中断恢复未达标、电子卷宗队列监控自动化、服务台与知识库对接。", ["60/improvements"])}
    for k in inputs:
        h, s, its = txt[k]
        w.sec(h, [s], its)
    w.sec("评审结论", ["运维服务管理体系持续适宜、充分、有效；同意增加驻场人员和改进项目预算。"])
    return w.done("review_minutes", d, True)


def iso_cert(co, d):
    b = [("title", "信息技术服务管理体系认证证书"), ("p", "兹证明：%s信息技术处（信息中心）" % co.ak_court),
         ("p", "建立的信息技术服务管理体系符合 ISO/IEC 20000-1:2018"),
         ("p", "认证范围：为全省各级人民法院提供信息系统运行维护及安全服务"),
         ("p", "颁证日期：%s    有效期至：%d年%d月%d日" % (cnd(d), d.year + 3, d.month, d.day))]
    return Doc("iso_cert", "认证证书", d, ["61/audit-system"], False, b)


def improve_plan(co, d, criteria):
    w = Wen("%d年度运维服务持续改进计划" % d.year).top(("p", "综合科编制    %s    处务会审定" % wd(co, d)))
    w.sec("改进项目", [("table", [["改进项目", "来源", "改进目标", "责任科室", "完成时间"],
                                  ["庭审直播中断自动切换", "监视过程", "直播中断恢复时间≤15分钟", "应用运维科", "%d年6月" % d.year],
                                  ["电子卷宗队列积压预警", "运维过程", "积压发现时间由30分钟降至5分钟", "数据管理科", "%d年5月" % d.year],
                                  ["变更前兼容性测试", "内部审核", "变更成功率≥98%", "应用运维科", "%d年9月" % d.year]])],
          ["64/plan", "68/plan"])
    w.sec("改进机会评估标准", ["按对审判执行业务的影响（40%）、实施成本（30%）、风险（30%）打分，70分以上列入计划；改进项目须经识别、登记、批准、评估、测量和报告。"],
          ["64/criteria"], criteria)
    return w.done("improve_plan", d, True)


def improve_eval(co, d):
    b = [("title", "改进机会评估打分表"), ("p", "综合科    %s" % wd(co, d)),
         ("table", [["改进机会", "业务影响（40%）", "实施成本（30%）", "风险（30%）", "加权得分", "优先级"],
                    ["庭审直播中断自动切换", 9, 8, 9, 87, "高"], ["电子卷宗队列积压预警", 8, 8, 8, 80, "高"],
                    ["运维平台与知识库对接", 6, 7, 8, 68, "中"], ["巡检报告自动生成", 5, 8, 9, 66, "低"]]),
         ("p", "按加权得分排序，前两项经处务会研究批准立项。    批准：%s（处长）    %s" % (co.boss, cnd(d)))]
    return Doc("improve_eval", "改进机会评估表", d, ["67/analysis", "67/prioritisation"], True, b)


def improve_track(co, d, measured):
    rows = [["庭审直播中断自动切换", "恢复≤15分钟", "备用链路及切换脚本已部署", (d - timedelta(days=65)).isoformat(), "实测平均6分钟，有效" if measured else "", "已在管理评审报告"],
            ["电子卷宗队列积压预警", "发现≤5分钟", "监控看板已上线", (d - timedelta(days=14)).isoformat(), "实测平均3分钟，有效" if measured else "", "已报处务会"]]
    return book("improve_track", "持续改进项目实施跟踪台账（%d年）" % d.year, d, True, [
        ("跟踪", ["改进项目", "改进目标", "实施情况", "完成日期", "效果测量", "报告情况"], rows, ["68/implementation"] + (["68/effectiveness"] if measured else []))])


def awareness(co, d):
    rows = [[i + 1, co.p(i), ["综合科", "网络与安全科", "应用运维科", "网络与安全科", "数据管理科", "应用运维科"][i], "已签"] for i in range(6)] + \
           [[7, co.vp(0), "驻场项目组", "已签"], [8, co.vp(1), "驻场项目组", "已签"]]
    return book("awareness", "“持续改进 提升保障”专题宣贯培训签到及考核记录", d, True, [
        ("签到", ["序号", "姓名", "科室", "签到"], rows, ["69/awareness-training"]),
        ("培训信息", ["项目", "内容"], [["时间", wd(co, d)], ["主讲", co.p(0)], ["内容", "持续服务改进的意义、改进机会的提出和登记、庭审直播保障改进案例"],
                                       ["考核", "平均%d分" % co.rng.randint(85, 96)]], [])])


def review_fail(co, d):
    w = Wen("%d年运维问题复盘及改进报告" % d.year).top(("p", "应用运维科、综合科    %s" % wd(co, d)))
    w.sec("重大故障", ["%d月网闸交换进程异常，导致网上立案材料不能同步至专网%d小时，原因为交换任务队列溢出。" % (co.rng.randint(2, 9), co.rng.randint(2, 5))])
    w.sec("失败变更", ["电子卷宗转换服务升级2次回退，均因测试环境扫描软件版本与生产不一致。"])
    w.sec("服务不达标", ["第三季度庭审直播中断恢复及时率96%，未达100%的约定。"])
    w.sec("改进计划", ["网闸交换队列监控告警；测试环境版本同步；备用推流链路预配置。"])
    w.items.append("70/defect-analysis")
    return w.done("review_fail", d, True)


def year_summary(co, d, data, forecast):
    w = Wen("信息技术处%d年度工作总结" % (d.year - 1)).top(("p", "%s    呈：院领导" % wd(co, d)))
    w.sec("全年工作回顾", ["完成电子卷宗随案生成二期上线、%s信创试点、全省法院专网扩容，全年无一级故障，保障庭审直播%d场。" % (co.ak_cust, co.rng.randint(8000, 20000))])
    w.sec("运维数据汇总", [("table", [["指标", "全年"], ["异常报告及时率", "98.8%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "97.6%"],
                                      ["故障隐患发现率", "90%"], ["异常主动发现率", "87%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                      ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(20, 60)]])],
          ["56/data"], data)
    w.sec("运维数据分析及预测", ["汇总全年日志、变更、故障、服务请求和问题数据：故障数同比下降12%，服务请求上升28%，变更集中在月末和年底；"
                                "预测下年度信创终端替换将使服务请求再增长约30%，需增加服务台坐席并推广自助服务。"], ["71/forecast"], forecast)
    w.sec("下年度工作打算", ["全面推进信创适配改造，完成异地备份机房建设。"])
    return w.done("year_summary", d, True)


# ---------------------------------------------------------------------------- decoys

def signin(co, d, what):
    rows = [[i + 1, co.p(i), "信息技术处", ""] for i in range(6)]
    return Doc("signin", "学习签到表", d, [], True, sheets=[("签到", [["《%s》学习签到表" % what], ["时间：%s" % wd(co, d)],
                                                                     ["序号", "姓名", "部门", "签名"]] + rows)], decoy="sign-in about a plan or rule")


def rule_list(co, d, keys):
    b = [("title", "关于公布现行有效信息化管理制度目录的通知"), ("p", wd(co, d)),
         ("p", "经清理，现行有效的信息化管理制度共%d项，目录如下：" % len(keys))] + \
        [("p", "%d. 《%s》" % (i, RULES[k][0])) for i, k in enumerate(keys, 1)]
    return Doc("rule_list", "制度目录", d, [], False, b, decoy="list citing rules by 《》")


def mr_notice(co, d):
    b = [("title", "关于召开%d年度运维服务管理评审会议的通知" % d.year),
         ("p", "定于%s召开管理评审会议，请各科准备服务执行情况、法院反馈、资源需求、纠正措施进展和改进建议等评审输入材料。" % cnd(d)), ("p", "综合科")]
    return Doc("mr_notice", "管理评审通知", d, [], True, b, decoy="meeting notice")


def report_cover(co, d):
    b = [("title", "呈批件"), ("table", [["事由", "呈报《%d年%d月全省法院信息化运维月报》" % (d.year, max(1, d.month - 1))], ["拟办", "请院领导阅示。"],
                                       ["处长", co.boss], ["院领导批示", "已阅。"]])]
    return Doc("cover", "呈批件", d, [], True, b, decoy="cover sheet that only names the report")


UNREL = [
    ("审判管理", "全省法院审判执行质效通报（%d年第三季度）", ["结收案比、法定审限内结案率等指标排名情况通报如下。"]),
    ("执行", "关于开展“执行攻坚”专项行动的通知", ["各中院要集中清理涉民生执行案件，本月底前报送进展。"]),
    ("机关党委", "关于开展主题党日活动的通知", ["各支部组织党员赴红色教育基地开展主题党日活动。"]),
    ("政治部", "%d年度法官培训计划", ["全年安排审判业务培训%d期。"]),
    ("行政装备", "关于规范公务用车管理的通知", ["公务用车实行统一调度，严禁公车私用。"]),
    ("机关服务", "机关食堂就餐管理规定", ["干警凭工作证刷卡就餐，外来人员须登记。"]),
]


def unrelated(co, d, i):
    folder, t, ps = UNREL[i]
    t = t % d.year if "%d" in t else t
    b = [("title", t)] + [("p", p % co.rng.randint(10, 90) if "%d" in p else p) for p in ps]
    return folder, t, Doc("unrelated", t, d, [], False, b, decoy="unrelated")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ---------------------------------------------------------------------------- the share

def build(co, lock_bytes):
    """Lay out an AK share: 院发文/<year>/, 处发文/, 制度汇编/, 综合科/, 应用运维科/<year>/, 网络与安全科/<year>/,
    数据管理科/, 信创/, 应急管理/, 中院运维/<court>/, 基层法院/<court>/, 收文/, 保密管理/, 个人/, a recycle bin."""
    (co.ak_court, co.ak_yuan, co.ak_chu, co.ak_code, co.ak_cust, co.ak_basic,
     co.ak_plat, co.ak_tel, co.ak_net) = AK_INFO[getattr(co, "info_id", co.id)]
    co.ak_no = {}
    r = co.rng
    optional = ["cost", "history", "svc", "ola", "sld", "kpis", "staff", "roles", "liaison", "xctest", "needs", "baseline", "collect", "kb",
                "ptplan", "pt", "tool", "grading", "guide", "bcp", "bakdrill", "secdrill", "trend", "revisit", "desktrain", "prevent",
                "iplan", "itrack", "aware", "audit", "mr", "fail", "secstats", "logs", "aplan", "outage", "score", "rect", "cilog", "cmdb",
                "assets", "drplan", "cert", "hw", "xc", "health", "liveplan"]
    gaps = {k for k in optional if r.random() < 0.07}
    olds = set(r.sample(sorted({"svc", "pt", "trend", "revisit", "kb", "audit", "bakdrill", "secdrill", "aware", "collect", "desktrain",
                                "cilog", "secstats", "fail", "logs", "score", "rect", "prevent", "outage", "hw", "xctest"} - gaps),
                        r.randint(3, 5)))
    co.gaps, co.oldonly = gaps, olds
    made = []

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.35)
        opt.setdefault("styled", r.random() < 0.65)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxjsc", "user", co.vp(0)]))
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

    scan = {"creator": "Canon iR-ADV C5535 扫描 (OCR)", "author": "scanner", "styled": False}
    wps = {"creator": "WPS Office"}
    numbered = r.random() < 0.5
    ZH, YY, WA, SJ = (("01综合科/", "02应用运维科/", "03网络与安全科/", "04数据管理科/") if numbered
                      else ("综合科/", "应用运维科/", "网络与安全科/", "数据管理科/"))
    ZY_ = "中院运维/%s/" % co.ak_cust
    YJ = "应急管理/"

    def yr(d):
        return "%d年度/" % d.year

    # --- 制度: 院发文 (红头), 处发文 (细则), 规程, the 汇编
    keys = [k for k in RULES if k in ("secret", "base", "change", "secevent") or r.random() >= 0.05]
    pool = [k for k in keys if k != "secret"]
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(3, 6)], key=list(RULES).index)
    d = co.issued()
    put("制度汇编/%s信息化管理制度汇编（%d年版）.pdf" % (co.ak_court, d.year), rule_book(co, d, in_book), **wps)
    for k in keys:
        if k in in_book and r.random() < 0.7:
            continue
        d = co.issued()
        doc = rule_doc(co, d, k, drop_opt=r.random() < 0.15)
        name, level, _ = RULES[k]
        ext = r.choice(["docx", "pdf", "docx"])
        if level == "yuan":
            nm = r.choice(["%s 关于印发《%s》的通知" % (doc.ak_no, name), "关于印发%s的通知" % name, "%s（%s）" % (name, doc.ak_no)])
            put("院发文/%s%s.%s" % (yr(d), nm, ext), doc, **(scan if ext == "pdf" and r.random() < 0.5 else {}))
        elif level == "chu":
            put("处发文/%s %s.%s" % (doc.ak_no, name, ext), doc)
        else:
            put("制度汇编/工作规程/%s.%s" % (name, ext), doc)
    # 作业指导书 of the modules, some bound in an 汇编
    zks = list(ZY)
    bound = sorted(r.sample(zks, r.randint(2, 3)), key=zks.index)
    d = co.issued()
    put(YY + "作业指导书/运维作业指导书汇编（%d年）.docx" % d.year, zy_book(co, d, bound))
    for k in zks:
        if k not in bound and r.random() < 0.65:
            d = co.issued()
            put(YY + "作业指导书/ZY-%02d %s.%s" % (zks.index(k) + 1, ZY[k][0], r.choice(["docx", "pdf"])), zy_doc(co, d, k))

    # --- 综合科: 组织, 人员, 纪要, 服务管理
    d = co.issued()
    put(ZH + "组织机构/%s 关于调整网络安全和信息化领导小组及其办事机构的通知.pdf" % ymd(d), leading_group(co, d, r.random() < 0.85),
        **(scan if r.random() < 0.5 else {}))
    if r.random() < 0.55:
        d = co.issued()
        put(ZH + "会议纪要/院党组会/院党组会议纪要%s.docx" % ymd(d), party_minutes(co, d))
    slot("staff", lambda d: ZH + "人员管理/运维人员名册%s.xlsx" % ymd(d), lambda d: staff_book(co, d, r.random() < 0.85))
    slot("roles", lambda d: ZH + "组织机构/运维岗位职责及角色清单.xlsx", lambda d: role_book(co, d), "issued")
    d = co.fresh()
    put("保密管理/%s驻场人员政审及保密管理台账.xlsx" % yr(d), vetting_book(co, d))
    d = co.fresh()
    put("保密管理/%s保密工作自查自评表.xlsx" % yr(d), secrecy_check(co, d))
    liaison_min = r.random() < 0.35
    desk_min = r.random() < 0.3
    if not liaison_min:
        slot("liaison", lambda d: "处发文/关于明确网络安全工作联络员的通知（%d）.docx" % d.year, lambda d: liaison_notice(co, d), "issued")
    if not desk_min:
        d = co.issued()
        put("院发文/%s关于设立全省法院信息化运维服务台的通知.pdf" % yr(d), desk_notice(co, d), **scan)
    slot("desktrain", lambda d: YY + "运维服务台/%s坐席培训记录.xlsx" % ymd(d), lambda d: desk_training(co, d))
    months = sorted(r.sample(range(2, 12), 3))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 26))
        n = m * 2 + i
        if i == 0:
            t = ["party"] + (["liaison"] if liaison_min and "liaison" not in gaps else []) + (["desk"] if desk_min else [])
        elif i == 1:
            t = (["improve"] if r.random() < 0.6 else []) + ["live"]
        else:
            t = ["xc", "live"]
        put(ZH + "会议纪要/处务会/处务会纪要（%d年第%d期）.docx" % (d.year, n), chu_minutes(co, d, n, t))
    d = co.issued()
    put(ZH + "服务管理/全省法院信息化运维服务目录（%d版）.xlsx" % d.year,
        catalog(co, d, r.choice([("base", "l2", "l1")] * 4 + [("base", "l2"), ("base",), ("base", "l1")])))
    slot("sld", lambda d: ZH + "服务管理/运维服务采购合同（%d）.pdf" % d.year, lambda d: vendor_contract(co, d), "issued", **scan)
    slot("ola", lambda d: ZH + "服务管理/处内运行保障协同约定.docx", lambda d: ola(co, d), "issued")
    slot("kpis", lambda d: ZH + "服务管理/重要信息系统可用性指标清单.xlsx", lambda d: avail_kpis(co, d), "issued")
    slot("svc", lambda d: YY + "%s以往运维方案影响分析.docx" % yr(d), lambda d: svc_review(co, d, r.random() < 0.85))

    # --- 中院运维/<customer>/ and two 基层法院
    d0 = co.issued()
    put(ZY_ + "01需求调研/%s信息化运维服务需求调研报告.docx" % co.ak_cust, survey(co, d0, r.random() < 0.9, r.random() < 0.88))
    slot("cost", lambda d: ZY_ + "01需求调研/%d年度运维服务经费测算表.xlsx" % d.year, lambda d: cost_sheet(co, d), "issued")
    d = d0 + timedelta(days=r.randint(7, 40))
    put(ZY_ + "01需求调研/%s运维服务对接会议纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), talk(co, d, r.random() < 0.9))
    on = [x for x in ("list", "analysis", "strategy") if r.random() < 0.88]
    slot("history", lambda d: ZY_ + "01需求调研/历史运行数据分析及运维保障方案.docx", lambda d: history(co, d, on), "issued")
    d = co.issued()
    put(ZY_ + "02保障协议/信息化运维服务保障协议（%s）盖章件.pdf" % co.ak_cust,
        protocol(co, d, r.random() < 0.88, r.random() < 0.88, r.random() < 0.8), **(scan if r.random() < 0.6 else {}))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: ZY_ + "03健康检查/%d年第%d季度健康检查报告.%s" % (d.year, qtr(d), r.choice(["docx", "pdf"])),
             lambda d: health(co, d, co.ak_cust, r.random() < 0.4, r.random() < 0.85))
    for court in co.ak_basic:
        if r.random() < 0.65:
            d = co.fresh()
            put("基层法院/%s/健康检查/%d年第%d季度健康检查报告.docx" % (court, d.year, qtr(d)), health(co, d, court, False, r.random() < 0.7))
        d = date(2026, r.randint(2, 4), r.randint(1, 28))
        put("基层法院/%s/智慧法院评价/%d年度智慧法院建设评价自评分表.xlsx" % (court, d.year - 1), smart_court_eval(co, d, court))
    d = date(2026, r.randint(2, 4), r.randint(1, 28))
    put(ZY_ + "智慧法院评价/%d年度智慧法院建设评价自评分表.xlsx" % (d.year - 1), smart_court_eval(co, d, co.ak_cust))
    for d, h in [(date(2025, 7, 6), "上半年"), (date(2026, 1, 12), "下半年"), (date(2026, 7, 8), "上半年")]:
        if r.random() < 0.82:
            d = d + timedelta(days=r.randint(0, 15))
            put(ZH + "满意度测评/%d年%s运维服务满意度测评报告.%s" % (d.year if h == "上半年" else d.year - 1, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("trend", lambda d: ZH + "满意度测评/满意度趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("revisit", lambda d: ZH + "满意度测评/各级法院回访登记表_%d.xlsx" % d.year, lambda d: revisit(co, d))

    # --- 应用运维科: 机房巡检 and 值班, 变更, 工单, 月报, 可用性
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        kinds = [k for k in ("env", "dev", "av", "maint", "fault", "up") if r.random() < 0.75] or ["env"]
        rel = put(YY + "%s机房巡检/信息中心机房巡检记录表%d年%02d月.xlsx" % (yr(d), d.year, d.month), patrol_book(co, d, kinds))
        if i == 0 and r.random() < 0.4:
            put(rel.replace(".xlsx", " - 副本.xlsx"), patrol_book(co, d, kinds))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(YY + "%s值班登记/机房值班登记%d年%02d月.xlsx" % (yr(d), d.year, d.month), duty_register(co, d, r.random() < 0.6))
    d = co.fresh()
    put(YY + "%s庭审直播/庭审直播保障值班表%d%02d.xlsx" % (yr(d), d.year, d.month), live_duty(co, d))
    slot("hw", lambda d: WA + "%s安全设备硬件故障统计表.xlsx" % yr(d), lambda d: hw_fault_stats(co, d))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        put(YY + "%s变更管理/变更单导出_%s.xlsx" % (yr(d), ymd(d)), change_list(co, d, i == 0 or r.random() < 0.8))
    for i in range(2):
        d = co.fresh()
        put(YY + "%s工单/工单导出_%d%02d.xlsx" % (yr(d), d.year, d.month), ticket_export(co, d, r.random() < 0.75))
    for m in sorted(r.sample(range(2, 12), r.randint(2, 3))):
        d = date(2026, m, r.randint(3, 12))
        ext = r.choice(["docx", "pdf", "docx"])
        put(YY + "2026年度/运维月报/%d年%d月全省法院信息化运维月报.%s" % (2026, m - 1, ext),
            monthly(co, d, r.random() < 0.8, r.random() < 0.4, r.random() < 0.5))
        if r.random() < 0.35:
            put(YY + "2026年度/运维月报/%d月运维月报呈批件.pdf" % (m - 1), report_cover(co, d), **scan)
    for i in range(r.randint(1, 3)):
        d = co.fresh()
        put(YY + "%s驻场周报/驻场运维周报%s.txt" % (yr(d), ymd(d)), weekly(co, d), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    slot("aplan", lambda d: YY + "可用性管理/%d年重要信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))
    slot("outage", lambda d: YY + "可用性管理/重要信息系统服务中断登记表（%d年）.xlsx" % d.year, lambda d: outage_book(co, d))
    slot("kb", lambda d: YY + "知识库/知识库导出_%s.xlsx" % ymd(d), lambda d: kb_export(co, d))

    # --- 网络与安全科 / 数据管理科: 资产, 配置, 采集, 基线
    slot("assets", lambda d: WA + "台账/信息化设备资产台账_%s.xlsx" % ymd(d), lambda d: asset_book(co, d))
    relc = r.random() < 0.75
    slot("cmdb", lambda d: SJ + "配置管理/配置库导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("cilog", lambda d: SJ + "配置管理/%s配置项变更维护登记.xlsx" % yr(d).rstrip("/"), lambda d: ci_log(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.88] or ["status"]
    slot("collect", lambda d: WA + "%s安全信息采集记录.xlsx" % yr(d), lambda d: collect_book(co, d, which))
    slot("baseline", lambda d: WA + "安全基线/全省法院安全配置基线.xlsx", lambda d: baseline(co, d), "issued")

    # --- 网络与安全科: 审计, 通报, 统计, 渗透, 等保
    for i in range(r.randint(1, 2)):
        slot("logs", lambda d: WA + "%s日志审计/%d年第%d季度安全日志审计分析报告.%s" % (yr(d), d.year, qtr(d), r.choice(["docx", "pdf"])),
             lambda d: log_report(co, d))
    if r.random() < 0.55:
        d = co.fresh()
        put(WA + "%s日志审计/审计周报%s.txt" % (yr(d), ymd(d)), log_report(co, d, True), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        put(WA + "%s预警通报/全省法院网络安全预警通报第%d期.%s" % (yr(d), n, r.choice(["docx", "pdf", "docx"])), warning(co, d, n, r.random() < 0.7))
    if r.random() < 0.8:
        d = co.fresh()
        n = r.randint(10, 40)
        put("收文/最高法信息中心/%s转发网络安全通报第%d期.docx" % (ymd(d), n), spc_bulletin(co, d, n))
        if r.random() < 0.6:
            put("收文/最高法信息中心/%s收文处理单.pdf" % ymd(d), inbox_slip(co, d, "最高人民法院信息中心"), **scan)
    if r.random() < 0.6:
        d = co.fresh()
        put("收文/省委网信办/%s关于网信办通报问题整改情况的报告.docx" % ymd(d), cac_reply(co, d))
    slot("secstats", lambda d: WA + "%s网络安全事件统计分析表.xlsx" % yr(d), lambda d: sec_stats(co, d, r.random() < 0.8))
    slot("ptplan", lambda d: WA + "渗透测试/%d年度渗透测试工作计划.docx" % d.year, lambda d: pt_plan(co, d))
    slot("pt", lambda d: WA + "渗透测试/%s诉讼服务网渗透测试报告.pdf" % ymd(d), lambda d: pt_report(co, d))
    d = co.fresh()
    put(WA + "%s漏洞扫描/扫描结果导出_%s.xlsx" % (yr(d), ymd(d)), vscan(co, d))
    slot("grading", lambda d: WA + "等级保护/%s定级报告.pdf" % co.sys(2), lambda d: grading(co, d), "issued")
    slot("guide", lambda d: WA + "等级保护/非涉密信息系统定级工作指引.docx", lambda d: grading_guide(co, d), "issued")
    if r.random() < 0.6:
        d = date(2026, 9, r.randint(20, 28))
        put(WA + "2026年度/网络安全宣传周/网络安全宣传周活动总结.docx", pr_week(co, d))

    # --- 信创 and 数据管理科 projects
    if "xc" not in gaps:
        d = co.fresh()
        put("信创/%s/%s信创适配改造实施方案.docx" % (ymd(d), co.sys(0)), xc_scheme(co, d, r.random() < 0.85, r.random() < 0.85))
    slot("xctest", lambda d: "信创/兼容性测试/%s信创适配兼容性测试报告.docx" % co.sys(0), lambda d: xc_test(co, d))
    if r.random() < 0.7:
        d = co.fresh()
        put("信创/推进会/%s信创推进会会议纪要.docx" % ymd(d), xc_minutes(co, d))
    slot("tool", lambda d: SJ + "%d年度运维工具自主开发计划.docx" % d.year, lambda d: tool_plan(co, d))
    slot("needs", lambda d: SJ + "项目/电子卷宗二期/需求确认记录.pdf", lambda d: needs_record(co, d), **scan)

    # --- 应急
    d = co.issued()
    put(YJ + "预案/全省法院网络安全事件应急预案（%d年修订）.%s" % (d.year, r.choice(["docx", "pdf"])), emergency_plan(co, d, r.random() < 0.55, r.random() < 0.45))
    slot("liveplan", lambda d: YJ + "预案/庭审直播系统中断应急处置预案.docx", lambda d: live_plan(co, d, r.random() < 0.6), "issued")
    slot("drplan", lambda d: YJ + "预案/审判数据灾难恢复预案.docx", lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: YJ + "业务连续性/全省法院审判业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    if "secdrill" not in gaps:
        if r.random() < 0.25:
            d = co.old() if "secdrill" in olds else co.fresh()
            put("个人/%s/新建 Microsoft Word 文档 (%d).docx" % (co.p(1), r.randint(2, 5)), drill(co, d, "sec"))
        else:
            slot("secdrill", lambda d: YJ + "演练/%s/%s网络安全事件应急演练报告.docx" % (yr(d).rstrip("/"), ymd(d)), lambda d: drill(co, d, "sec"))
    slot("bakdrill", lambda d: YJ + "演练/%s/%s审判数据备份恢复演练报告.pdf" % (yr(d).rstrip("/"), ymd(d)), lambda d: drill(co, d, "bak"), **scan)
    if r.random() < 0.6:
        d = co.fresh()
        put(YY + "%s庭审直播/重大案件庭审直播技术保障方案.docx" % yr(d), live_scheme(co, d))

    # --- 综合科: 考核, 整改, 审核, 评审, 改进
    score_name = ((lambda d: ZH + "驻场考核/附件%d.xlsx" % (d.month % 4 + 1)) if r.random() < 0.3
                  else (lambda d: ZH + "驻场考核/驻场运维服务考核评分表%d年%02d月.xlsx" % (d.year, d.month)))
    slot("score", score_name, lambda d: vendor_score(co, d))
    sn = r.randint(20, 400)
    rect_name = ((lambda d: ZH + "驻场考核/扫描件%04d.pdf" % sn) if r.random() < 0.4
                 else (lambda d: ZH + "驻场考核/运维服务整改通知单%s.pdf" % ymd(d)))
    slot("rect", rect_name, lambda d: rectify_notice(co, d, r.random() < 0.8), **scan)
    slot("prevent", lambda d: ZH + "监视测量/预防性维护措施验证登记%d.xlsx" % d.year, lambda d: prevent_record(co, d))
    slot("audit", lambda d: ZH + "内审/%d年度运维服务管理体系内部审核报告.docx" % d.year, lambda d: audit_report(co, d))
    if r.random() < 0.7:
        d = co.fresh()
        put(ZH + "督察/%s审务督察情况通报.pdf" % ymd(d), inspect_report(co, d), **wps)
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.9]
    slot("mr", lambda d: ZH + "管理评审/%d年度管理评审会议纪要.docx" % d.year, lambda d: review_minutes(co, d, inputs))
    slot("cert", lambda d: ZH + "体系认证/ISO20000证书.pdf", lambda d: iso_cert(co, d), "issued", **scan)
    slot("iplan", lambda d: ZH + "持续改进/%d年度运维服务持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    if r.random() < 0.5:
        slot("ieval", lambda d: ZH + "持续改进/改进机会评估打分表_%s.docx" % ymd(d), lambda d: improve_eval(co, d))
    slot("itrack", lambda d: ZH + "持续改进/改进项目跟踪台账%d.xlsx" % d.year, lambda d: improve_track(co, d, r.random() < 0.85))
    slot("aware", lambda d: ZH + "培训/%s持续改进宣贯签到.xlsx" % ymd(d), lambda d: awareness(co, d))
    slot("fail", lambda d: YY + "%s运维问题复盘及改进报告.docx" % yr(d), lambda d: review_fail(co, d))
    d = date(2026, 1, r.randint(10, 28))
    put(ZH + "工作总结/信息技术处2025年度工作总结.docx", year_summary(co, d, r.random() < 0.6, r.random() < 0.55))
    if r.random() < 0.6:
        d = date(2025, 1, r.randint(10, 28))
        put("归档/2025年度/信息技术处2024年度工作总结.docx", year_summary(co, d, True, True))
    for what, m in (("2026年春节", 2), ("2026年国庆", 9)):
        d = date(2026, m, r.randint(3, 10) if m == 2 else r.randint(22, 27))
        put(ZH + "值班安排/关于%s期间信息化运行保障值班安排的通知.docx" % what, holiday_roster(co, d, what))

    archive(co, made, put)
    decoys(co, lock_bytes, put, keys, ZH, YY, WA, ZY_, YJ)


def archive(co, made, put):
    """Last year's copies under 归档/<year>年度/: genuine, a year older, stale."""
    for name, factory, d in made:
        if co.rng.random() >= 0.16:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "归档/%d年度/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        put(rel, factory(prev))


def decoys(co, lock_bytes, put, keys, ZH, YY, WA, ZY_, YJ):
    r = co.rng
    # 空白表 / 模板
    put(YY + "机房巡检/信息中心机房巡检记录表（空表）.xlsx", blank_sheet("信息中心机房巡检记录表", co.fresh(), ["日期", "设备", "运行状态", "告警", "巡检人"]))
    put(YY + "值班登记/机房值班登记（模板）.xlsx", blank_sheet("机房值班登记", co.fresh(), ["日期", "班次", "巡视情况", "异常及处理", "值班人", "接班人"]))
    put(YY + "变更管理/信息系统变更申请单（模板）.docx", blank_paper("信息系统变更申请单", co.fresh(), ["变更内容", "影响法院", "测试验证", "回退方案", "审批意见"]))
    put(ZH + "满意度测评/运维服务满意度测评表（空白）.xlsx",
        blank_sheet("运维服务满意度测评表", co.fresh(), ["测评项", "非常满意", "满意", "一般", "不满意", "意见建议"]))
    put(ZY_ + "02保障协议/信息化运维服务保障协议（范本）.docx",
        blank_paper("信息化运维服务保障协议（范本）", co.fresh(), ["（一）服务范围", "（二）运维方式", "（三）服务级别及核心指标", "（四）健康检查", "（五）期限"]))
    put(YJ + "演练/应急演练报告（模板）.docx", blank_paper("应急演练报告", co.fresh(), ["演练时间", "演练场景", "演练过程", "演练结果", "存在问题"]))
    # drafts
    d = co.fresh()
    put(YJ + "业务连续性/全省法院审判业务连续性计划（征求意见稿）.docx", void(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put("个人/%s/运维服务保障协议修订（送审稿）.docx" % co.p(0), void(protocol(co, d, True, True, True), "draft", "（送审稿）"))
    d = co.fresh()
    put("个人/%s/%d年持续改进计划（草稿）.docx" % (co.p(3), d.year + 1), void(improve_plan(co, d, True), "draft", "（草稿）"))
    d = co.fresh()
    put("个人/%s/管理评审纪要初稿.docx" % co.p(0), void(review_minutes(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]), "draft", "（初稿）"))
    d = co.fresh()
    put("个人/%s/运维月报（修改中）.docx" % co.p(2), void(monthly(co, d, True, True, True), "draft", "（草稿）"))
    # 作废
    d = date(2021, 5, 10)
    put("处发文/作废/运行问题管理实施细则（2021版）作废.docx", void(rule_doc(co, d, "problem"), "obsolete", "（作废）"))
    d = date(2020, 10, 15)
    put(YJ + "预案/作废/全省法院网络安全事件应急预案（2020版）作废.pdf", void(emergency_plan(co, d, True, True), "obsolete", "（作废）"))
    # recycle bin: copies of real documents
    sid = "S-1-5-21-%d-%d-%d-%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(1000, 1300))
    rnd = lambda: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))  # noqa: E731
    put("$RECYCLE.BIN/%s/$R%s.docx" % (sid, rnd()), void(drill(co, co.fresh(), "bak"), "recycle bin"))
    put("$RECYCLE.BIN/%s/$R%s.xlsx" % (sid, rnd()), void(change_list(co, co.fresh(), True), "recycle bin"))
    put("$RECYCLE.BIN/%s/$R%s.docx" % (sid, rnd()), void(audit_report(co, co.fresh()), "recycle bin"))
    # 学习签到 about 预案 / 规定, 制度目录, 管理评审通知, 演练方案
    for what in ("全省法院网络安全事件应急预案", "全省法院信息系统变更管理规定", "涉密信息系统及非涉密网络保密管理规定"):
        if r.random() < 0.75:
            d = co.fresh()
            put(ZH + "培训/%s《%s》学习签到表.xlsx" % (ymd(d), what), signin(co, d, what))
    put("处发文/关于公布现行有效信息化管理制度目录的通知.docx", rule_list(co, co.fresh(), keys))
    d = co.fresh()
    put(ZH + "管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    d = co.fresh()
    put(YJ + "演练/%d年网络安全应急演练工作方案.docx" % d.year, drill_scheme(co, d))
    # unrelated
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    # lock files, empty files, an image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith("$RECYCLE")]
    for rel in office[3:110:13]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(2)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw(YY + "2026年度/值班登记/新建 Microsoft Excel 工作表.xlsx", b"", "empty file")
    raw(WA + "2026年度/日志审计/2026年第4季度安全日志审计分析报告.docx", b"", "empty file")
    raw(ZH + "满意度测评/2026年下半年运维服务满意度测评报告.docx", b"", "empty file")
    raw(ZH + "内审/内审检查表.docx", b"", "empty file")
    raw(YY + "2026年度/值班登记/扫描件%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
