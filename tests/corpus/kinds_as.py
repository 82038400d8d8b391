# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_as.py - style AS: the IT部 (信息技术部) of a national 会计师事务所 (特殊普通合伙, 20 分所).

An author voice for the accuracy corpus, used only by the AS shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py, kinds_aj.py for the mechanics and the README's ground-truth
section; never the rules, the sources or a score).

The company: a national accounting firm organised as a 特殊普通合伙, with a 总所 and twenty 分所. Its
信息技术部 (IT部, under the 首席信息官, a partner) runs the 审计作业系统, 电子底稿管理, 电子档案, 项目管理/
工时, OA, 邮件 and the 分所 networks (分所 防火墙, 上网行为管理, 无线, NAS). It holds ISO/IEC 27001 and
works under the 数据安全 duties of client data: 审计工作底稿 保密, 客户数据 分级, the CSRC 证券服务机构
信息技术管理 rules, 等级保护 for the 审计作业系统. Under an IT服务协议 (a 关联交易 priced by cost
allocation) it also runs the IT of an affiliated 税务师事务所 or 管理咨询公司, which is the form's
customer. A contracted IT外包 company keeps desktop-support and network engineers on site (驻场).

How its people write: a professional firm's IT. 政策 (IT-POL-nn) are approved by the 合伙人管理委员会
(管委会, by a 决议 number) after 风险管理部 and 质量控制部 会签; 规程 (IT-PRO-nn) by the 首席信息官; 作业
指导书 (IT-WI-nn) by the 部门负责人; a 信息技术政策与规程汇编 binds several. Controlled-document headers
(文件编号 / 版本 / 密级 / 批准 / 生效日期), 第X条 articles, 修订记录. 质量控制 language from the 审计准则
(《会计师事务所质量管理准则第5101号》, 底稿归档 60天, 保存10年, 保密原则). ITSM exports (ServiceDesk Plus,
Jira Service Management, 蓝鲸ITSM or a home-grown 服务台系统; English or Chinese headers), CAB and 周例会
纪要 in Chinese with English terms (action items, owner, RCA, rollback), 分所 IT 巡检表 filled by the
分所IT专员, 总所机房巡检 workbooks, 年审季 (busy season, January-April) 保障方案 and 值班表, 底稿系统 升级
实施方案 with 回退, 数据泄露 应急预案 and 演练 (桌面推演), ISMS 内审 and 管理评审, the 年度信息技术工作报告 to
the 管委会, 满意度调研 among 合伙人, 项目经理 and the 关联机构's staff (问卷星), the 风险管理部's ITGC
review. Folders by 职能 (numbered 01_制度规程 … or by 小组: 基础架构组, 应用运维组, 信息安全组, 服务台,
综合管理组) and 年度; 99_归档/<year>; personal folders; the NAS recycle bin.

Every builder returns a kinds.Doc listing as items only what its own text proves: a part lends its items
only when it is written; a sheet without data rows proves nothing; a record older than a year keeps its
items (record=True) and is stale. build(co, lock_bytes) lays out the whole share; AS_INFO holds the
per-share facts and the designed holes.

Judgement calls of this voice (also in readme.md):
- a 政策/规程 proves the process it writes, chapter by chapter (the 信息技术管理政策 is 10/pdca only with
  its 管理模式 chapter; the 网络安全事件与数据泄露事件管理政策 gives 30, 31/incident and 34, its 应急响应
  chapter 34/emergency); the 信息安全政策, the 客户数据分类分级与保护政策, the 电子底稿归档技术规程 and the
  离职账号回收规程 are real 制度 that prove nothing (secrecy, data protection and archiving are not in the
  form); the 汇编 proves what its chapters write; a 管委会决议 that only approves 《…》 proves nothing;
- an 作业指导书 of one module is 24's work instruction and 11's manual; the 作业指导书汇编 is one document;
- the 底稿系统 升级实施方案 is 25/test-plan only with its 升级前测试验证 section and 25/11 rollback only with its
  回退方案 section; the 升级申请 and the 升级通知 to the 分所 prove nothing;
- the 分所IT巡检表 proves 44/inspection, 45/monitoring and 14/maintenance only on the sheet that records the
  分所 防火墙/上网行为管理/交换机; a 分所 that filled only 打印机/会议室/门禁 proves nothing; the 总所机房巡检
  workbook proves each record kind whose sheet has rows (动环 alone nothing);
- the ITSM 工单 export is 43's process record, and 55's response times only with a 首次响应 column; the change
  export is 54's record and 43's; a CAB 纪要 that lists changes to review proves nothing;
- the 关联机构 is the customer: its 需求调研, 费用测算, 对接纪要, 运行数据分析, IT服务协议, 健康检查 and 回访 prove
  1-5, 15, 35, 36, 39, 46, 63 (the 健康检查 also 14/44 when it checks the security devices, 16 with its 采集
  section); the 关联交易定价备忘录 (pricing, not the 预算) and the 关联机构 月度服务报告 (counts, no trend, no
  indicators) prove nothing;
- the 信息安全管理委员会 is the form's 安全领导小组; the 组织通知 is 9/23's org chart, and 9/outsourcing with the
  驻场 members in the 执行组; the 人员名册 is 9/staff-list (and 9/outsourcing with its 驻场 sheet); a CISO named in
  the org chart is not yet the 安全管理接口人 (28 needs the 任命 or the 管委会 decision);
- a signed, approved, implemented and closed RFC scan is 54/records + 43/process-records; an RFC export month
  that returned only its header proves nothing;
- the 满意度调研 among 合伙人, 项目经理 and the 关联机构's users is the customer-satisfaction survey (41, 58,
  63); a 底稿系统新版本使用体验问卷 is product feedback and proves nothing;
- the 等保 定级报告 is 51/grading; the 信息系统重要性分级标准 is 51/grading-criteria; the 客户数据分类分级指引
  classifies data, not systems, and proves nothing;
- the ISO/IEC 27001 certificate is 61's third-party certification; the ISMS 内审报告 is 59/internal-audit;
  the 风险管理部 ITGC 审阅报告 and the 质量管理体系年度运行评价 prove nothing;
- the 数据泄露应急演练 (桌面推演) is 40/emergency-drill + 53/drill; the 底稿系统 数据恢复演练, run under the
  应急预案's 系统恢复 chapter, is 40/recovery-drill + 53/drill; the 钓鱼邮件演练 is awareness, not a drill;
- the 管委会 纪要 (IT 事项摘录) proves each decision it records (CISO as 接口人 28, the IT服务台 48, the ranked
  and approved 改进事项 67); one that only says a matter is 待定 / 待评估 proves nothing;
- the 年度信息技术工作报告 to the 管委会 proves 56/data and 71/forecast only with those sections; the IT月报
  proves 50 with its 趋势 section, 56 with its indicator table, 18/22 with its 可用率 section;
- 年审季保障方案, 值班表 and 保障总结, the 备份检查记录, the 电子档案归档监控, the DLP 告警月报 and the 周报 prove
  nothing.
"""

from datetime import date, timedelta

from kinds import Doc

# ------------------------------------------------------------------------------ per-share facts
# firm: the firm's short name; code: its letters; fa: the 所 发文字; gw: the 管委会 决议字; cust: the customer's
# full name is co.customer, cshort its short name; ctype its kind; csys its own systems; br: four 分所;
# itsm / en: the ITSM tool and whether its exports carry English headers; mail; kb: the knowledge tool;
# wp: the 底稿系统 versions of this year's upgrade; bin: the NAS recycle folder; layout: the folder scheme;
# ver: how versions are written; holes: the designed gaps of this share (see readme.md).
AS_INFO = {
    "as1": dict(firm="信衡", code="XH", fa="信衡所发", gw="信衡管委决", cshort="信衡税务", ctype="税务师事务所",
                csys=("涉税服务作业系统", "税务申报辅助平台"), br=("上海分所", "广州分所", "成都分所", "武汉分所"),
                itsm="ServiceDesk Plus", en=True, mail="Exchange 2019", kb="Confluence", wp=("V7.6", "V8.0"),
                bin="#recycle/", layout="num", ver="V", edr="奇安信天擎",
                holes={"hist_noanalysis", "svc_old", "no_ola", "no_dev", "cmdb_norel", "no_trend", "bcp_draft",
                       "followup_old", "defects_old", "aware_signin"}),
    "as2": dict(firm="弘正", code="HZ", fa="弘正所发", gw="弘正管委决", cshort="弘正咨询", ctype="管理咨询公司",
                csys=("咨询项目管理系统", "客户关系管理（CRM）系统"), br=("北京分所", "深圳分所", "杭州分所", "南京分所"),
                itsm="Jira Service Management", en=True, mail="Microsoft 365（世纪互联）", kb="语雀", wp=("6.3", "7.0"),
                bin=".recycle/", layout="team", ver="Rev", edr="深信服EDR",
                holes={"budget_tmpl", "no_kpis", "no_compat", "collect_old", "catalog_nol2", "no_drdrill",
                       "mr_noperf", "plan_nocrit", "improve_pending", "iface_pending"}),
    "as3": dict(firm="鹏诚", code="PC", fa="鹏诚所发", gw="鹏诚管委决", cshort="鹏诚税务", ctype="税务师事务所",
                csys=("税务鉴证作业系统", "个税代理申报平台"), br=("北京分所", "广州分所", "厦门分所", "长沙分所"),
                itsm="蓝鲸ITSM", en=False, mail="Coremail", kb="内部Wiki", wp=("V9.2", "V10.0"),
                bin="$RECYCLE.BIN/", layout="plain", ver="AB", edr="火绒终端安全",
                holes={"pol_nopdca", "no_kb", "no_cmdb", "hw_old", "logaudit_old", "pt_old", "no_prevproc",
                       "no_itrack", "tickets_noresp"}),
    "as4": dict(firm="致远华通", code="ZYHT", fa="致远华通所发", gw="致远管委决", cshort="致远咨询", ctype="管理咨询公司",
                csys=("咨询作业平台", "内控评价工具"), br=("上海分所", "宁波分所", "合肥分所", "郑州分所"),
                itsm="IT服务台系统", en=False, mail="腾讯企业邮箱", kb="飞书知识库", wp=("V5.8", "V6.0"),
                bin="#recycle/", layout="team", ver="V", edr="360终端安全",
                holes={"no_roles", "no_secstats", "no_aplan", "wi_one", "no_slm", "no_desktrain", "drill_planonly",
                       "no_kpi", "capa_old", "no_monproc", "report_nofcst"}),
}

LAYOUTS = {
    "num": {"pol": "01_制度规程/", "gov": "02_IT治理与组织/", "svc": "03_服务管理/", "desk": "03_服务管理/服务台/",
            "ops": "04_基础运维/", "app": "05_应用运维/", "sec": "06_信息安全/", "bcm": "07_应急与业务连续性/",
            "br": "08_分所IT/", "qa": "09_体系审核与持续改进/", "cust": "10_关联机构IT服务/", "busy": "11_年审季保障/",
            "arc": "99_归档/", "usr": "个人文件夹/", "oth": "其他/"},
    "team": {"pol": "IT制度/", "gov": "综合管理组/治理与会议/", "svc": "综合管理组/服务管理/", "desk": "服务台/",
             "ops": "基础架构组/", "app": "应用运维组/", "sec": "信息安全组/", "bcm": "信息安全组/应急与BCP/",
             "br": "基础架构组/分所巡检/", "qa": "综合管理组/ISMS与持续改进/", "cust": "关联机构/", "busy": "年审季/",
             "arc": "历史归档/", "usr": "Users/", "oth": "杂项/"},
    "plain": {"pol": "IT部共享/制度规程/", "gov": "IT部共享/组织与会议/", "svc": "IT部共享/服务管理/",
              "desk": "IT部共享/服务台/", "ops": "IT部共享/运维记录/", "app": "IT部共享/应用系统/",
              "sec": "IT部共享/信息安全/", "bcm": "IT部共享/应急管理/", "br": "IT部共享/分所/",
              "qa": "IT部共享/ISMS/", "cust": "IT部共享/关联机构服务/", "busy": "IT部共享/年审季保障/",
              "arc": "IT部共享/归档/", "usr": "个人/", "oth": "IT部共享/其他/"},
}

BR_SUR = "钟汪邱骆顾龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
BR_GIVEN = ["晓峰", "凯", "婷婷", "浩然", "雨桐", "立新", "春燕", "振华", "一鸣", "嘉欣", "少华", "丽娜", "鹏", "玉兰", "梓轩"]

ZHN = "〇一二三四五六七八九"
HAN = "零一二三四五六七八九"


def han(n):
    """第二十三条: a count in Chinese numerals (1-99)."""
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def sign_date(d):
    """二〇二六年三月五日, as a 所 发文 signs it."""
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
    return "%02d-%s-%d" % (d.day, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                   "Dec"][d.month - 1], d.year)


def quarter(d):
    return (d.month - 1) // 3 + 1


def ver(co, major, minor=0):
    """A version as this share writes it."""
    v = co.as_info["ver"]
    if v == "Rev":
        return "Rev.%d" % (major * 2 + minor)
    if v == "AB":
        return "%s/%d" % ("ABCDEF"[min(major, 6) - 1], minor)
    return "V%d.%d" % (major, minor)


class Paper:
    """A written document assembled part by part; only the parts that are written lend items.
    Headings are numbered as they are written, so a missing part leaves no gap."""

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
        elif self.num == "sec":
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
    return Doc("blank", title, d, [], False, sheets=[(sheet, [[title], ["部门/分所：", "", "填表日期：    年  月  日"], cols] +
                                                          [[""] * len(cols) for _ in range(n)])], decoy="template")


def empty_paper(title, d, heads):
    b = [("title", title), ("p", "文件编号：__________      日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "（请填写）"), ("p", " ")]
    b += [("p", "编制：            审核：            批准：")]
    return Doc("blank", title, d, [], False, b, decoy="template")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def firm(co):
    return co.name


def ctrl_head(co, d, code, v, approver, gw_no=None):
    """The header table of a controlled document of the IT部."""
    eff = d + timedelta(days=co.rng.choice([0, 7, 14, 30]))
    appr = "合伙人管理委员会（%s）" % gw_no if gw_no else approver
    return [("table", [["文件编号", code, "版本", v],
                       ["密级", "内部", "发布部门", "信息技术部"],
                       ["编制", co.p(co.rng.randint(0, 5)), "会签", "风险管理部、质量控制部"],
                       ["批准", appr, "生效日期", any_date(co, eff)]])]


def rev_table(co, d, v):
    rows = [["版本", "修订说明", "修订人", "日期"]]
    y = d.year - 3
    for i, (vv, what) in enumerate([(ver(co, 1, 0), "首次发布"), (ver(co, 1, 1), "根据ISO/IEC 27001:2022转版修订"),
                                    (ver(co, 2, 0), "组织架构调整（设首席信息安全官）"), (v, "年度评审修订")]):
        rows.append([vv, what, co.p(i), "%d-%02d-%02d" % (min(y + i, d.year), 2 + 2 * i, 10 + i)])
    return [("h1", "修订记录"), ("table", rows)]


# ------------------------------------------------------------------------------ 政策 / 规程 / 作业指导书
# key: (name, level, [(chapter, [paragraphs], items, hole that drops the chapter or None)])
#   level: pol = 政策 approved by the 管委会 (IT-POL), pro = 规程 approved by the CIO (IT-PRO)
REGS = {
    "itpol": ("信息技术管理政策", "pol", [
        ("总则", ["为规范本所信息技术管理，保障审计作业系统、电子底稿、电子档案等信息系统安全稳定运行，满足《会计师事务所质量管理准则"
                 "第5101号——业务质量管理》关于技术资源的要求及证券服务机构信息技术管理的监管要求，制定本政策。",
                 "本政策适用于总所、各分所以及按IT服务协议接受本所IT服务的关联机构。"], [], None),
        ("管理模式", ["本所IT服务管理按照策划（Plan）—实施（Do）—检查（Check）—改进（Act）的循环运行：每年初由信息技术部编制年度IT工作"
                   "计划、IT服务目录和服务目标，报管委会批准（策划）；",
                   "按各项IT规程和作业指导书向总所、分所和关联机构提供服务（实施）；",
                   "通过月度指标监测、满意度调研、ISMS内部审核、风险管理部审阅和管理评审对服务进行监视与评审（检查）；",
                   "对未达成的目标和审核发现采取纠正预防措施，纳入年度持续改进计划并在下一循环中验证（改进）。"],
         ["10/pdca"], "pol_nopdca"),
        ("组织与职责", ["合伙人管理委员会是本所信息技术工作的最高决策机构；首席信息官（CIO）由管委会指定的合伙人担任；",
                     "信息技术部负责IT基础设施、应用系统和信息安全的建设与运维；各分所设IT专员，业务上接受信息技术部垂直管理。"], [], None),
        ("附则", ["本政策由信息技术部负责解释，自管委会批准之日起施行。"], [], None)]),
    "secpol": ("信息安全政策", "pol", [
        ("总则", ["为保护客户资料和审计工作底稿的保密性、完整性和可用性，依据ISO/IEC 27001:2022建立信息安全管理体系，制定本政策。"], [], None),
        ("信息安全目标", ["客户资料和审计工作底稿零泄露；核心系统年度可用率不低于99.9%；全员年度信息安全培训覆盖率100%。"], [], None),
        ("保密要求", ["全体合伙人和员工应遵守《中国注册会计师职业道德守则》的保密原则及业务约定书的保密条款，未经授权不得对外提供客户资料。",
                   "审计工作底稿一律在底稿系统中编制和存储，禁止存放于个人网盘、即时通讯工具及未加密的移动介质。"], [], None),
        ("附则", ["本政策每年评审一次。"], [], None)]),
    "datapol": ("客户数据分类分级与保护政策", "pol", [
        ("总则", ["为落实数据安全法及个人信息保护法的要求，对本所在执业过程中获取的客户数据实施分类分级保护，制定本政策。"], [], None),
        ("数据分级", ["客户数据分为核心、重要、一般三级：上市公司未公开财务信息、并购重组资料为核心数据；其他客户的财务及经营资料为重要数据；"
                   "公开信息为一般数据。"], [], None),
        ("保护要求", ["核心数据仅限项目组成员在底稿系统内访问，外发须经项目合伙人和风险管理部审批并加密；禁止将核心数据上传至公有云AI工具。"], [], None),
        ("附则", ["本政策由风险管理部和信息技术部共同解释。"], [], None)]),
    "incpol": ("网络安全事件与数据泄露事件管理政策", "pol", [
        ("总则", ["为及时处置网络安全事件和客户数据泄露事件，减少对客户和本所执业的影响，制定本政策。"], [], None),
        ("事件分类与分级", ["网络安全事件分为有害程序事件、网络攻击事件、数据泄露事件（含客户资料、审计工作底稿的泄露或丢失，笔记本电脑及"
                         "移动介质遗失）、信息破坏事件、设备设施故障和其他事件；按影响分为特别重大、重大、较大和一般四级。"], [], None),
        ("事件报告", ["发现人应立即通过IT服务台报告；服务台15分钟内转报信息安全组；较大及以上事件由首席信息安全官（CISO）在1小时内报告首席信息官、"
                   "风险管理部和管委会；涉及客户数据泄露的，由风险管理部会同项目合伙人通知客户，并按监管要求报告。"], ["30/reporting-process"], None),
        ("事件处置", ["事件处置按确认研判、隔离遏制（断网、冻结账号、远程擦除）、清除根除、恢复验证的步骤进行，处置过程在ITSM中记录。"],
         ["30/response-process", "31/incident-process"], None),
        ("应急响应", ["达到《网络安全与数据泄露事件应急预案》启动条件的，由应急领导小组宣布启动预案，成立技术处置组和客户沟通组，"
                   "事态消除后宣布解除应急状态。"], ["34/emergency-process"], None),
        ("事后处理", ["事件处置结束后5个工作日内完成事件报告和根因分析（RCA），总结教训，更新知识库和预案，对责任人按本所问责办法处理。"],
         ["34/incident-process"], None),
        ("附则", ["本政策自管委会批准之日起施行。"], [], None)]),
    "change": ("IT变更管理规程", "pro", [
        ("目的", ["控制IT变更风险，防止变更影响审计作业，尤其是年审季的审计作业。"], [], None),
        ("范围", ["总所及分所的网络、安全设备、服务器、审计作业系统、底稿系统、电子档案和邮件的配置、版本和资源变更。"], [], None),
        ("变更分类", ["变更分为标准变更、一般变更、重大变更和紧急变更；每年1月1日至4月30日年审季为变更冻结期，仅允许紧急变更。"], [], None),
        ("变更流程", ["变更在{itsm}提交RFC，写明变更内容、影响的分所、测试情况和回退方案；变更经理评估风险；一般变更由组长审批，重大变更提交"
                   "变更咨询委员会（CAB，每周二）审议；在变更窗口（周五20:00以后）实施并验证；失败的按回退方案回退。",
                   "紧急变更可经首席信息官电话批准先行实施，24小时内补录RFC。",
                   "变更的申请、审批、实施、验证和关闭全过程在{itsm}中留痕，每月统计变更成功率。"], ["54/procedure"], None),
        ("记录", ["RFC及CAB纪要保存三年。"], [], None)]),
    "incident": ("IT事件管理规程", "pro", [
        ("目的", ["尽快恢复IT服务，减少事件对审计项目组的影响。"], [], None),
        ("事件的受理与记录", ["事件来源于监控告警、分所IT专员巡检和用户通过服务台热线、邮件、{itsm}门户的报障，由服务台统一登记编号。"],
         ["49/incident-procedure"], None),
        ("分级、处置与升级", ["事件按影响分为P1-P4四级：审计作业系统或底稿系统全所不可用为P1，15分钟响应、2小时恢复；单个分所断网为P2；",
                           "一线无法解决的30分钟内升级至二线小组或厂商；处置完毕由服务台回访确认后关闭。"], ["49/incident-procedure"], None)]),
    "request": ("IT服务请求管理规程", "pro", [
        ("目的", ["规范IT服务请求的受理、审批、实施和关闭。"], [], None),
        ("服务请求的范围", ["新员工账号及电脑、项目组底稿权限开设、VPN、软件安装、邮件组、会议室设备支持及关联机构的账号服务。"], [], None),
        ("受理与审批", ["用户在{itsm}门户按服务目录提交请求；涉及底稿权限的须经项目合伙人审批，涉及核心客户数据的须经风险管理部审批。"],
         ["49/request-procedure"], None),
        ("实施与关闭", ["服务台按服务目录的时限派单办理，用户确认后关闭。"], ["49/request-procedure"], None)]),
    "problem": ("问题管理规程", "pro", [
        ("目的", ["查找并消除反复发生或影响重大的事件的根本原因。"], [], None),
        ("问题的识别与记录", ["同类事件一个月内三次以上、P1/P2事件和失败变更均应建立问题单。"], ["20/procedure", "37/procedure"], None),
        ("根因分析与解决", ["问题负责人10个工作日内完成RCA，提出临时规避措施和永久方案，需变更的走变更流程；问题关闭后形成已知错误纳入知识库。"],
         ["20/procedure", "37/procedure"], None)]),
    "knowledge": ("IT知识管理规程", "pro", [
        ("目的", ["积累和共享运维经验，建立IT知识库。"], [], None),
        ("知识的提交与审核", ["工程师在事件、问题处理和变更实施后在{kb}提交知识条目，经组长审核后发布。"], ["21/procedure"], None),
        ("知识的使用与维护", ["知识库向IT部、分所IT专员和驻场人员开放；知识管理员每季度复核，过期条目归档。"], ["21/procedure"], None)]),
    "slm": ("IT服务级别管理规程", "pro", [
        ("目的", ["规范IT服务级别的设计、约定、监视和评审。"], [], None),
        ("服务级别的约定", ["信息技术部依据服务目录与各分所、关联机构约定服务时间、响应和恢复时限及核心指标，与关联机构签订IT服务协议。"],
         ["39/slm-procedure"], None),
        ("监视与评审", ["服务级别达成情况按月在IT月报中报告，按年与关联机构评审协议；未达标项目纳入持续改进。"], ["39/slm-procedure"], None)]),
    "audit": ("信息安全管理体系内部审核规程", "pro", [
        ("目的", ["验证ISMS及IT服务管理符合ISO/IEC 27001和本所制度的要求并得到有效实施和保持。"], [], None),
        ("审核安排", ["每年至少开展一次覆盖全部条款、总所各小组和不少于三个分所的内部审核；内审员经培训合格，不审核本人工作。",
                   "审核按年度方案、审核计划、首次会议、现场审核、不符合报告、末次会议、纠正措施验证的流程进行，结果提交管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], None)]),
    "monitor": ("IT服务监视与测量规程", "pro", [
        ("目的", ["掌握IT服务目标的实现情况。"], [], None),
        ("监视内容与方法", ["监视测量的内容包括服务级别达成率、合伙人及关联机构满意度、投诉与建议、核心系统可用率等KPI；",
                         "综合管理组按月汇总KPI，每半年组织满意度调研，未达目标的开具纠正预防措施单并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], None)]),
    "improve": ("IT服务持续改进规程", "pro", [
        ("目的", ["规范改进措施的识别、记录、批准、评估、测量和报告。"], [], None),
        ("改进的管理", ["改进机会来源于内审、风险管理部审阅、满意度调研、事件和问题分析及KPI未达标，由提出人登记在改进登记册；",
                     "综合管理组按评估标准评分排序，报首席信息官批准，重大事项报管委会；实施效果由综合管理组测量，在管理评审中报告。"],
         ["65/procedure"], None)]),
    "preventive": ("预防性维护管理规程", "pro", [
        ("目的", ["在故障发生前消除潜在的不符合和运行隐患，尤其在年审季之前。"], [], None),
        ("预防措施", ["通过容量趋势、巡检发现、设备生命周期和厂商通告识别潜在问题，每年11月开展年审季前预防性维护，措施经组长批准后实施；",
                   "措施实施后一个月内由综合管理组验证有效性并记录。"], ["66/preventive-actions"], None)]),
    "training": ("信息安全意识与培训服务规程", "pro", [
        ("目的", ["规范信息技术部为全所和关联机构提供的信息安全培训服务。"], [], None),
        ("工作流程", ["培训需求收集→年度培训计划→课件编写与风险管理部审核→实施并签到（线上学习平台）→考试→效果评估→归档。"],
         ["31/training-process"], None)]),
    "pentest": ("渗透测试管理规程", "pro", [
        ("目的", ["规范对审计作业系统、对外门户和移动端的渗透测试。"], [], None),
        ("工作流程", ["取得首席信息官书面授权→确定范围和时间窗口（避开年审季）→信息收集→漏洞发现与验证→出具报告→整改→复测；",
                   "测试不得使用可能造成拒绝服务或底稿数据破坏的手段。"], ["31/pentest-process"], None)]),
    "archive": ("电子工作底稿归档与电子档案技术规程", "pro", [
        ("目的", ["落实审计准则关于工作底稿归档期限（审计报告日后60天内）和保存期限（不少于10年）的要求。"], [], None),
        ("技术要求", ["底稿系统在归档日自动锁定项目，生成哈希值后转入电子档案系统；归档后修改须经质量控制部审批并留痕。"], [], None)]),
    "offboard": ("人员入离职IT账号及终端管理规程", "pro", [
        ("目的", ["防止离职人员带走客户资料。"], [], None),
        ("要求", ["人力资源部在离职前3个工作日通知服务台；离职当日停用账号、回收电脑并由IT检查数据外发记录。"], [], None)]),
}


def reg_code(co, key):
    name, level, _ = REGS[key]
    n = [k for k in REGS if REGS[k][1] == level].index(key) + 1
    return "%s-IT-%s-%02d" % (co.as_info["code"], "POL" if level == "pol" else "PRO", n)


def reg_body(co, key, style):
    """The chapters of a 政策 (第X章/第X条) or 规程 (1 目的 / 2 …); returns (blocks, items)."""
    name, level, chs = REGS[key]
    b, items, t, ci = [], [], 0, 0
    for ch, paras, its, hole in chs:
        if hole and hole in co.as_holes:
            continue
        ci += 1
        if style == "pol":
            b.append(("h1", "第%s章 %s" % (han(ci), ch)))
        else:
            b.append(("h1", "%d %s" % (ci, ch)))
        for j, p in enumerate(paras, 1):
            p = p.replace("{itsm}", co.as_info["itsm"]).replace("{kb}", co.as_info["kb"])
            if style == "pol":
                t += 1
                b.append(("p", "第%s条 %s" % (han(t), p)))
            else:
                b.append(("p", "%d.%d %s" % (ci, j, p)))
        items += its
    return b, items


def next_no(co, d, which):
    key = (which, d.year)
    co.as_no[key] = co.as_no.get(key, co.rng.randint(3, 15)) + co.rng.randint(1, 7)
    pre = co.as_info["fa"] if which == "fa" else co.as_info["gw"]
    return "%s〔%d〕%d号" % (pre, d.year, co.as_no[key])


def red_top(co, d, subject, to="总所各部门、各分所："):
    no = next_no(co, d, "fa")
    return [("big", firm(co)), ("p", no), ("title", subject), ("p", to)], no


def colophon(co, d):
    return [("p", firm(co)), ("p", sign_date(d)), ("p", "（本文件仅限本所内部使用，不得对外提供）"),
            ("p", "抄送：首席合伙人、管委会委员，%s" % co.customer),
            ("p", "%s办公室                    %s印发" % (firm(co), cnd(d + timedelta(days=1))))]


def reg_doc(co, d, key, wrapped=False, long_cover=False):
    """A 政策 or 规程 as filed: controlled header and chapters; a 政策 may come wrapped in the 所发 that issues it."""
    name, level, _ = REGS[key]
    code = reg_code(co, key)
    v = ver(co, co.rng.randint(2, 3), co.rng.randint(0, 3))
    body, items = reg_body(co, key, level)
    gw = next_no(co, d - timedelta(days=co.rng.randint(3, 12)), "gw") if level == "pol" else None
    head = []
    if long_cover:
        head = [("p", firm(co)), ("p", "信息技术部 受控文件"), ("title", name), ("p", "文件编号：%s" % code), ("p", "版本：%s" % v),
                ("p", "受控号：IT-%03d    密级：内部" % co.rng.randint(1, 80)), ("break",)] + rev_table(co, d, v) + [("break",)]
    appr = "首席信息官 %s" % co.boss if level == "pro" else None
    doc_blocks = [("title", name)] + ctrl_head(co, d, code, v, appr, gw) + body
    if long_cover:
        doc_blocks = head + doc_blocks[1:]
    if wrapped and level == "pol":
        top, no = red_top(co, d, "关于印发《%s》的通知" % name)
        doc_blocks = top + [("p", "《%s》已经合伙人管理委员会审议通过（%s），现印发给你们，请遵照执行。关联机构参照执行。" % (name, gw))] + \
            colophon(co, d) + [("break",)] + doc_blocks
    doc = Doc("reg:" + key, name, d, sorted(set(items)), False, doc_blocks)
    doc.as_code = code
    return doc


def compendium(co, d, keys):
    """信息技术政策与规程汇编: each 篇 is one 政策 or 规程; proves what its 篇 write."""
    b = [("p", firm(co)), ("title", "信息技术政策与规程汇编（%d年版）" % d.year), ("p", "信息技术部 编印    %s" % cnd(d)),
         ("p", "密级：内部    发放范围：总所各部门、各分所IT专员、%s" % co.as_info["cshort"]), ("break",), ("h1", "编印说明"),
         ("p", "本汇编收录截至%d年%d月现行有效的信息技术政策和规程；汇编版与受控版不一致的，以文件管理系统中的受控版为准。" % (d.year, d.month)),
         ("h1", "目  录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "第%s篇  %s（%s） ………… %d" % (han(i), REGS[k][0], reg_code(co, k), 3 + 5 * i)))
    items = []
    for i, k in enumerate(keys, 1):
        body, its = reg_body(co, k, REGS[k][1])
        b += [("break",), ("h1", "第%s篇 %s" % (han(i), REGS[k][0]))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("compendium", "信息技术政策与规程汇编", d, sorted(set(items)), False, b)


def gw_resolution(co, d, names):
    """A 管委会决议 that approves policies by name: cites them, proves nothing."""
    no = next_no(co, d, "gw")
    b = [("title", "合伙人管理委员会决议"), ("p", no),
         ("p", "%s，合伙人管理委员会以通讯表决方式召开%d年第%d次会议，应到委员%d人，实到%d人，符合《合伙协议》规定。会议审议通过以下事项："
          % (cnd(d), d.year, co.rng.randint(2, 9), 9, co.rng.choice([8, 9])))]
    for i, n in enumerate(names, 1):
        b.append(("p", "%d. 审议通过《%s》，由信息技术部发布实施；" % (i, n)))
    b += [("p", "表决结果：同意%d票，反对0票，弃权0票。" % co.rng.choice([8, 9])), ("p", "首席合伙人（签字）：__________")]
    return Doc("gw_resolution", "管委会决议", d, [], False, b, decoy="resolution citing policies by 《》")


# 作业指导书 of the operations modules
WIS = {
    "fw": ("分所防火墙及上网行为管理策略维护作业指导书", ["核对RFC编号和审批状态后经堡垒机登录分所防火墙", "策略调整前导出当前配置并上传配置备份库",
                                                    "按RFC逐条新增或删除策略，核对源、目的、端口和时间段", "验证分所访问审计作业系统和互联网正常，在RFC回填实施结果"]),
    "av": ("终端防病毒（EDR）日常维护作业指导书", ["每日检查{edr}控制台病毒库版本和终端在线率", "对离线超过7天的终端通知所在分所IT专员",
                                              "每周执行全网快速查杀，每月执行全盘查杀并导出报告", "发现勒索或木马告警时按事件管理规程升级信息安全组"]),
    "db": ("底稿系统数据库备份与恢复作业指导书", ["每日23:00全量备份、每小时日志备份，次日09:00核对备份作业结果", "每月抽取一个已归档项目在恢复环境还原",
                                              "核对还原项目的底稿索引、附件数量和哈希值", "填写备份恢复检查记录，异常时提交事件单"]),
    "mail": ("邮件系统日常巡检作业指导书", ["检查{mail}各节点服务状态、队列长度和磁盘使用率", "检查反垃圾网关拦截日志和外发大附件告警",
                                      "核对证书有效期和邮件归档任务", "异常情况按事件管理规程处理并记录"]),
    "brinsp": ("分所网络设备巡检作业指导书", ["每月第一个工作日由分所IT专员登录巡检平台", "检查分所防火墙、上网行为管理、核心交换机和无线控制器的运行状态、CPU、内存和告警",
                                          "检查分所至总所的SD-WAN链路时延和丢包", "填写分所IT巡检表并上传，异常提交工单"]),
    "laptop": ("笔记本电脑全盘加密及外发管控作业指导书", ["新电脑交付前启用BitLocker全盘加密并将恢复密钥托管至AD", "安装{edr}和DLP客户端并核对策略组",
                                                  "禁用USB存储，确需使用的按审批开通加密U盘", "交付时由使用人签署《电脑使用及保密承诺》"]),
}


def wi_code(co, key):
    return "%s-IT-WI-%02d" % (co.as_info["code"], list(WIS).index(key) + 1)


def wi_doc(co, d, key):
    name, steps = WIS[key]
    p = Paper(name, "sec").head(*ctrl_head(co, d, wi_code(co, key), ver(co, 1, co.rng.randint(0, 4)), "信息技术部负责人 %s" % co.p(0)))
    p.part("适用范围", ["适用于信息技术部工程师、分所IT专员和驻场运维人员在生产环境执行该项作业。"])
    p.part("作业步骤", ["（%d）%s；" % (i, s.replace("{edr}", co.as_info["edr"]).replace("{mail}", co.as_info["mail"]))
                        for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    p.part("注意事项", ["年审季期间除紧急情况外不得执行影响审计作业的操作；作业完成后在%s回填记录。" % co.as_info["itsm"]])
    return p.doc("wi", d, False)


def wi_book(co, d, keys):
    b = [("title", "信息技术部作业指导书汇编（%d年）" % d.year), ("p", "基础架构组、应用运维组 编    %s" % cnd(d))]
    for i, k in enumerate(keys, 1):
        name, steps = WIS[k]
        b += [("h1", "%s、%s（%s）" % (han(i), name, wi_code(co, k)))] + \
             [("p", "%d. %s。" % (j, s.replace("{edr}", co.as_info["edr"]).replace("{mail}", co.as_info["mail"])))
              for j, s in enumerate(steps, 1)]
    return Doc("wi_book", "作业指导书汇编", d, ["24/work-instructions", "11/manuals"], False, b)


# ------------------------------------------------------------------------------ 组织、人员、管委会、会议

def sec_committee(co, d, vendor):
    top, no = red_top(co, d, "关于调整信息安全管理委员会及信息技术服务组织的通知")
    rows = [["层级", "职务", "人员", "部门/单位"],
            ["信息安全管理委员会（安全领导小组）", "主任", "首席合伙人", "管委会"],
            ["信息安全管理委员会（安全领导小组）", "副主任", "%s（首席信息官）" % co.boss, "管委会委员、信息技术部"],
            ["信息安全管理委员会（安全领导小组）", "委员", "风险管理部、质量控制部、人力资源部负责合伙人", "总所"],
            ["信息安全管理办公室（管理组）", "主任", "%s（首席信息安全官）" % co.p(1), "信息技术部信息安全组"],
            ["信息安全管理办公室（管理组）", "成员", "%s、%s" % (co.p(0), co.p(3)), "综合管理组、风险管理部"],
            ["IT服务执行组", "组长", co.p(2), "信息技术部基础架构组"],
            ["IT服务执行组", "成员", "%s、%s及各分所IT专员" % (co.p(4), co.p(5)), "应用运维组、服务台、各分所"]]
    if vendor:
        rows.append(["IT服务执行组", "驻场成员", "%s、%s" % (co.vp(0), co.vp(1)), "%s（IT外包服务商）" % co.vendor])
    b = top + [("p", "根据管委会决定，为落实ISO/IEC 27001及证券服务机构信息技术管理的要求，现将本所信息安全管理委员会和信息技术服务组织调整如下："),
               ("h1", "一、信息安全管理委员会"), ("p", "本所信息安全的领导机构，审定信息安全方针、IT服务目标、重大风险处置和资源投入。"),
               ("h1", "二、信息安全管理办公室"), ("p", "设在信息技术部，负责制度建设、风险评估、内部审核和考核。"),
               ("h1", "三、IT服务执行组"), ("p", "负责总所和分所的IT运维、巡检、变更实施和应急处置，并为%s提供服务%s。"
                                            % (co.as_info["cshort"], "；外包服务商驻场人员纳入执行组统一管理" if vendor else "")),
               ("table", rows)] + colophon(co, d)
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else [])
    return Doc("sec_committee", "信息安全组织通知", d, items, False, b)


def staff_roster(co, d, outs):
    teams = ["综合管理组", "信息安全组", "基础架构组", "信息安全组", "应用运维组", "服务台"]
    own = [[i + 1, co.p(i), teams[i], ["组长", "首席信息安全官", "组长", "安全工程师", "应用运维工程师", "服务台主管"][i],
            "本所员工", ["CISP", "CISSP", "HCIE", "CISP-PTE", "OCP", "ITIL 4"][i]] for i in range(6)]
    br = [[i + 7, co.as_brit[i], b, "分所IT专员", "本所员工", "—"] for i, b in enumerate(co.as_info["br"])]
    ven = [[i + 1, co.vp(i), co.vendor, ["桌面运维驻场", "网络运维驻场", "服务台坐席"][i], "IT服务执行组", "%d-%02d" % (d.year - 1, 3 + i)]
           for i in range(3)] if outs else []
    return ledger("staff_roster", "信息技术部人员名册（%s）" % cnd(d), d, True, [
        ("总所IT", ["序号", "姓名", "小组", "岗位", "用工性质", "资质"], own, ["9/staff-list"]),
        ("分所IT专员", ["序号", "姓名", "分所", "岗位", "用工性质", "资质"], br, []),
        ("驻场外包", ["序号", "姓名", "所属公司", "岗位", "所在工作组", "入场时间"], ven, ["9/outsourcing"])])


def role_sheet(co, d):
    rows = [["服务级别经理", "IT服务目录、服务协议维护及达成统计", "信息安全管理办公室（综合管理组）", co.p(0)],
            ["首席信息安全官", "信息安全策略、风险评估、事件与数据泄露应急", "信息安全管理办公室", co.p(1)],
            ["基础架构运维", "机房、网络、安全设备、服务器和分所网络运维", "IT服务执行组（基础架构组）", co.p(2)],
            ["安全运维", "日志审计、漏洞管理、EDR/DLP运维", "IT服务执行组（信息安全组）", co.p(3)],
            ["应用运维", "审计作业系统、底稿系统、电子档案运维", "IT服务执行组（应用运维组）", co.p(4)],
            ["服务台", "热线受理、派单、回访", "IT服务执行组（服务台）", co.p(5)],
            ["变更经理", "RFC评估、CAB组织", "信息安全管理办公室（综合管理组）", co.p(0)],
            ["分所IT专员", "分所巡检、现场支持", "IT服务执行组（分所）", "各分所"]]
    return ledger("role_sheet", "IT服务岗位及角色清单", d, False, [
        ("角色", ["角色", "主要职责", "对应组织", "责任人"], rows, ["18/roles", "23/roles"])])


def ciso_notice(co, d):
    top, no = red_top(co, d, "关于任命首席信息安全官及信息安全接口人的通知")
    b = top + [("p", "经管委会研究决定，任命%s为本所首席信息安全官（CISO），同时担任本所信息安全管理接口人，负责与监管部门、客户及%s在信息安全"
                     "事务上的对接，包括安全事件通报、监管检查配合、客户信息安全问卷答复和安全文件的接收传达；%s为B角。" % (co.p(1), co.as_info["cshort"], co.p(3)))] + \
        colophon(co, d)
    return Doc("ciso_notice", "CISO任命通知", d, ["28/interface-person"], False, b)


def desk_notice(co, d):
    top, no = red_top(co, d, "关于启用IT服务台统一服务热线的通知", "总所各部门、各分所、%s：" % co.as_info["cshort"])
    b = top + [("p", "为统一受理全所及关联机构的IT故障报修和服务请求，信息技术部设立IT服务台，启用统一服务热线（内线8000，外线400-%03d-%04d）"
                     "和%s门户。" % (co.rng.randint(100, 999), co.rng.randint(0, 9999), co.as_info["itsm"])),
               ("p", "服务台职责：受理电话、邮件和门户报障；登记、分级、派单；跟踪处理进度；关闭前回访。服务时间：工作日8:00-22:00，"
                     "年审季（1月1日至4月30日）7×24小时。"),
               ("p", "服务台人员：%s（主管）及驻场坐席2人。" % co.p(5))] + colophon(co, d)
    return Doc("desk_notice", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[d.isoformat(), "服务台坐席岗前及年审季前培训", "事件受理与P1-P4分级、%s派单、底稿系统常见问题、数据泄露报告话术" % co.as_info["itsm"],
             co.p(4), n, co.rng.choice(["92", "88", "95"])] for n in (co.p(5), co.vp(2), co.vp(0))]
    return ledger("desk_training", "IT服务台人员培训记录", d, True, [
        ("培训记录", ["日期", "培训名称", "培训内容", "讲师", "学员", "考核成绩"], rows, ["48/training"])])


def gw_minutes(co, d, topics):
    """管委会 纪要 (信息技术事项摘录): each decision proves its own item; a pending one proves nothing."""
    b = [("title", "合伙人管理委员会会议纪要（信息技术事项摘录）"), ("p", "%d年第%d次会议" % (d.year, co.rng.randint(3, 14))),
         ("p", "时间：%s    主持：首席合伙人    列席：%s（首席信息官）、%s    记录：管委会办公室" % (any_date(co, d), co.boss, co.p(1)))]
    items, i = [], 0
    for t in topics:
        i += 1
        if t == "ciso":
            b += [("h1", "%s、关于首席信息安全官及信息安全接口人" % han(i)),
                  ("p", "会议决定由%s担任首席信息安全官，作为本所对监管部门、客户和%s的信息安全接口人，%s为B角。" % (co.p(1), co.as_info["cshort"], co.p(3)))]
            items.append("28/interface-person")
        elif t == "ciso_pending":
            b += [("h1", "%s、关于信息安全接口人" % han(i)),
                  ("p", "会议讨论了设立首席信息安全官的建议，人选待人力资源部与信息技术部进一步沟通后另行提交，暂由信息技术部负责人兼管。")]
        elif t == "desk":
            b += [("h1", "%s、关于设立IT服务台" % han(i)),
                  ("p", "会议同意信息技术部设立IT服务台，启用8000统一服务热线，统一受理全所及关联机构的报障和服务请求，年审季7×24小时值守。")]
            items.append("48/service-desk")
        elif t == "improve":
            b += [("h1", "%s、关于%d年IT服务改进事项" % (han(i), d.year)),
                  ("p", "会议听取了信息技术部关于改进机会评估的汇报，按对审计作业的影响（40%）、实施成本（30%）和风险（30%）加权评分排序："),
                  ("table", [["排序", "改进事项", "评分", "意见"], [1, "底稿系统年审季扩容及性能优化", 87, "同意实施"],
                             [2, "分所SD-WAN双链路改造", 79, "同意实施"], [3, "服务台知识库自助查询", 66, "列入下年度"]]),
                  ("p", "会议批准前两项立项，由首席信息官负责，综合管理组跟踪。")]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "improve_pending":
            b += [("h1", "%s、关于IT服务改进事项" % han(i)),
                  ("p", "信息技术部提交了本年度改进事项清单，会议要求先完成成本测算和优先级评估，下次会议再议。")]
        elif t == "budget":
            b += [("h1", "%s、关于%d年度IT预算" % (han(i), d.year + 1)),
                  ("p", "会议原则同意信息技术部提交的IT资本性支出预算，终端更新按四年周期执行。")]
        elif t == "ai":
            b += [("h1", "%s、关于生成式AI工具的使用" % han(i)),
                  ("p", "会议决定：禁止将客户资料和工作底稿上传至任何公有云AI工具；由信息技术部评估私有化部署方案。")]
        elif t == "busy":
            b += [("h1", "%s、关于年审季IT保障" % han(i)),
                  ("p", "会议要求信息技术部在12月底前完成底稿系统扩容和分所网络检查，年审季实行变更冻结。")]
    b.append(("p", "（以上为信息技术事项摘录，其他事项略）"))
    return Doc("gw_minutes", "管委会纪要摘录", d, sorted(set(items)), True, b)


def weekly_minutes(co, d):
    b = [("title", "信息技术部周例会纪要（Weekly Sync）"), ("p", "%s    主持：%s    参会：各组组长、驻场负责人%s" % (any_date(co, d), co.boss, co.vp(0))),
         ("h1", "一、上周回顾"), ("p", "底稿系统运行平稳，%s受理工单%d张；%s分所防火墙固件升级完成。" % (co.as_info["itsm"], co.rng.randint(120, 380),
                                                                          co.rng.choice(co.as_info["br"]))),
         ("h1", "二、Action Items"),
         ("table", [["事项", "Owner", "Deadline", "状态"], ["年审季扩容方案评审", co.p(4), (d + timedelta(days=7)).isoformat(), "Open"],
                    ["邮件证书续期", co.p(2), (d + timedelta(days=14)).isoformat(), "Open"],
                    ["DLP误报规则调优", co.p(3), (d + timedelta(days=10)).isoformat(), "In progress"]]),
         ("h1", "三、其他"), ("p", "下周二CAB，请各组提前提交RFC。")]
    return Doc("weekly_minutes", "周例会纪要", d, [], True, b)


def cab_minutes(co, d):
    rows = [["RFC编号", "变更内容", "风险", "CAB意见"]]
    for i in range(co.rng.randint(3, 6)):
        rows.append(["RFC-%d-%04d" % (d.year, co.rng.randint(100, 999)), co.rng.choice(["底稿系统补丁部署", "分所防火墙策略调整", "邮件网关规则更新",
                                                                                     "存储扩容", "VPN证书更换"]),
                     co.rng.choice(["低", "中", "高"]), co.rng.choice(["同意", "同意，需补充回退方案", "推迟至年审季后"])])
    b = [("title", "变更咨询委员会（CAB）会议纪要"), ("p", "%s    主持：%s（变更经理）" % (any_date(co, d), co.p(0))),
         ("p", "本次审议RFC如下，审议通过的由申请人按窗口实施，实施结果在%s回填。" % co.as_info["itsm"]), ("table", rows)]
    return Doc("cab_minutes", "CAB纪要", d, [], True, b)


# ------------------------------------------------------------------------------ 关联机构 (the customer)

def survey(co, d, tm, sec):
    cs = co.as_info["cshort"]
    tax = co.as_info["ctype"].startswith("税务")
    p = Paper("关于%sIT服务需求的调研报告" % cs).head(("p", "调研：信息技术部综合管理组    时间：%s" % any_date(co, d)))
    p.part("调研背景", ["根据本所与%s的IT服务协议续签安排及其三年发展规划（新增%d个办公地点、上线%s），信息技术部访谈了%s管理层%s、"
                       "业务部门负责人和行政部，形成本报告。" % (cs, co.rng.randint(2, 5), co.as_info["csys"][0], cs, co.cp(0))])
    if tax:
        times = ["%s的业务有明显的申报期特征：每月1日至15日纳税申报期、3月至5月企业所得税汇算清缴期，%s须8:00-22:00可用并有人值守，"
                 "汇算清缴期周末安排值班；其他时间工作日8:30-18:00服务。" % (cs, co.as_info["csys"][0])]
    else:
        times = ["%s以项目交付为主，项目结项和年报季（1月至4月）工作时间长，%s须工作日7:30-23:00可用，其他时间工作日8:30-18:00服务，"
                 "节假日电话响应。" % (cs, co.as_info["csys"][0])]
    p.part("服务时间需求", times + [("table", [["系统/服务", "服务时段", "响应时限", "恢复时限"],
                                             [co.as_info["csys"][0], "高峰期8:00-22:00，其余5×8", "15分钟", "4小时"],
                                             ["邮件及OA（共用本所平台）", "7×24", "30分钟", "4小时"],
                                             ["桌面及打印", "工作日8:30-18:00", "1小时", "次工作日"]])], ["1/survey"], tm)
    p.part("安全服务需求及类型", ["%s提出的信息安全服务需求：终端防病毒和全盘加密、客户涉税/咨询资料的防泄露（DLP）、邮件安全、年度渗透测试、"
                                 "等级保护合规配合、数据泄露事件应急支援和员工安全意识培训。按类型分为安全运维类、安全评估类、应急支援类和培训类。" % cs],
           ["5/survey"], sec)
    p.part("结论", ["调研结果已经%s确认，作为IT服务协议和服务目录修订的依据。" % cs])
    return p.doc("survey", d, False, [("p", "调研人：%s、%s    确认：%s" % (co.p(0), co.p(5), co.cp(0)))])


def fee_sheet(co, d):
    rows = [[1, "桌面及终端运维", 180, "驻场工程师0.5人", 900, 162000, "%d年1月起按月" % d.year],
            [2, "网络及安全设备运维", 60, "基础架构组", 1400, 84000, "按月"],
            [3, "%s运维" % co.as_info["csys"][0], 90, "应用运维组", 1500, 135000, "申报期驻守"],
            [4, "半年度健康检查", 8, "信息安全组2人", 1600, 12800, "6月、12月"],
            [5, "渗透测试及安全评估", 10, "信息安全组", 2000, 20000, "%d年9月前" % d.year],
            [6, "服务台及账号服务（分摊）", 40, "服务台", 700, 28000, "按月"],
            ["", "合计", 388, "", "", 441800, ""]]
    return ledger("fee_sheet", "%s%d年度IT服务费用测算表" % (co.as_info["cshort"], d.year), d, False, [
        ("测算", ["序号", "服务项目", "工作量（人天）", "人力资源", "单价（元/人天）", "项目经费（元）", "项目节点"], rows, ["2/budget"])],
        note="测算：%s    复核：财务部    批准：%s    单位：元（不含税）" % (co.p(0), co.boss))


def pricing_memo(co, d):
    b = [("title", "关联交易定价备忘录（IT服务）"), ("p", "风险管理部、财务部    %s" % any_date(co, d)),
         ("p", "本所向%s提供IT服务构成关联交易。依据独立交易原则，采用成本加成法定价，加成率%d%%，参照可比IT外包服务市场价格区间复核。" % (co.customer, co.rng.randint(5, 10))),
         ("p", "本备忘录作为转让定价同期资料的组成部分保存。")]
    return Doc("pricing_memo", "关联交易定价备忘录", d, [], False, b)


def kickoff(co, d, agreed):
    cs = co.as_info["cshort"]
    p = Paper("%s IT服务对接会议纪要" % cs).head(
        ("p", "时间：%s    地点：总所12楼会议室（Teams同步）" % any_date(co, d)),
        ("p", "参会：信息技术部%s、%s、%s；%s %s、%s" % (co.boss, co.p(0), co.p(2), cs, co.cp(0), co.cp(1))))
    p.part("会议内容", ["双方就%d年度IT服务范围、驻场安排、健康检查、报障流程和费用测算进行了沟通。" % d.year])
    p.part("会议共识（Agreed）", ["1. 服务范围：桌面终端、网络及安全设备、%s、邮件OA账号及信息安全服务；" % co.as_info["csys"][0],
                                "2. 驻场工程师每周二、四到%s办公室，其余时间远程支持；" % cs,
                                "3. 每半年开展一次健康检查，报告5个工作日内提交；",
                                "以上事项双方一致同意，由信息技术部据此修订IT服务协议附件。"], ["3/communication"], agreed)
    p.part("Open Issues", ["%s个性化功能开发另行立项，owner：%s。" % (co.as_info["csys"][1], co.cp(1))])
    return p.doc("kickoff", d, False, [("p", "记录：%s" % co.p(5))])


def history(co, d, on):
    cs = co.as_info["cshort"]
    p = Paper("%s上一服务期IT运行数据分析及保障方案" % cs).head(("p", "信息技术部    %s" % any_date(co, d)))
    p.part("历史数据清单", [("table", [["数据项", "来源", "时间范围", "条数"],
                                      ["报障及服务请求工单", co.as_info["itsm"], "%d全年" % (d.year - 1), co.rng.randint(400, 1500)],
                                      ["变更记录（RFC）", co.as_info["itsm"], "%d全年" % (d.year - 1), co.rng.randint(20, 90)],
                                      ["服务中断登记", "基础架构组", "%d全年" % (d.year - 1), co.rng.randint(3, 14)],
                                      ["EDR及DLP告警", co.as_info["edr"], "%d全年" % (d.year - 1), co.rng.randint(200, 2000)]])],
           ["4/history-list"], "list" in on)
    p.part("数据分析", ["指标完成情况：%s全年可用率99.93%%，达到协议约定；工单按时解决率95.8%%。" % co.as_info["csys"][0],
                        "违例操作：发现员工私自使用个人网盘传输客户资料3起、驻场人员未经RFC调整交换机配置1起，均已通报处理。",
                        "重大事件：%d年4月汇算清缴高峰期%s数据库连接耗尽，中断52分钟。" % (d.year - 1, co.as_info["csys"][0]),
                        "重大（失败）变更：邮件网关规则升级失败回退1次，原因为未在测试环境验证。"], ["4/analysis"], "analysis" in on)
    p.part("保障策略及实施方案", ["据此制定保障策略：高峰期前扩容与压测、变更前测试验证、DLP外发管控加固；",
                                ("table", [["措施", "责任组", "完成时间"], ["%s扩容及压测" % co.as_info["csys"][0], "应用运维组", "%d年2月" % d.year],
                                           ["RFC测试验证清单", "综合管理组", "%d年3月" % d.year], ["DLP外发策略加固", "信息安全组", "每季度复核"]])],
           ["4/strategy"], "strategy" in on)
    return p.doc("history", d, False)


def agreement(co, d, modes, core, health):
    cs = co.as_info["cshort"]
    p = Paper("IT服务协议", "tiao").head(
        ("p", "甲方：%s    乙方：%s（信息技术部）" % (co.customer, co.name)),
        ("p", "协议编号：%s-ITSA-%d-%02d    （关联交易，已经风险管理部审核）" % (co.as_info["code"], d.year, co.rng.randint(1, 20))))
    p.part("服务范围", ["乙方为甲方提供桌面终端、网络及安全设备、%s、共用的邮件和OA平台的运行维护及信息安全服务，服务内容见附件《IT服务目录》。"
                        % co.as_info["csys"][0]])
    p.part("运维方式", ["乙方以驻场值守、定期巡检和远程值守相结合的方式提供服务：驻场工程师每周二、四到甲方办公室值守；每月对甲方网络和安全设备"
                        "定期巡检一次；其余时间由乙方IT服务台和值班工程师远程值守，年审季及甲方申报高峰期7×24小时远程值守。"], ["35/sla"], modes)
    p.part("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s可用率（高峰期）" % co.as_info["csys"][0], "≥99.9%"],
                                              ["邮件系统可用率", "≥99.9%"], ["P1事件响应/恢复", "15分钟/2小时"], ["P3事件解决时限", "1个工作日"],
                                              ["用户满意度", "≥90分"]])], ["36/sla"], core)
    p.part("健康检查", ["乙方每半年对甲方安全设备和业务系统开展一次健康检查，申报高峰期前加检一次；以现场检查为主、远程检查为辅，检查后5个工作日内"
                        "提交健康检查报告。"], ["15/agreement"], health)
    p.part("保密", ["乙方人员对在服务中接触的甲方客户资料负有保密义务，保密义务不因协议终止而解除。"])
    p.part("费用与期限", ["服务费按年度测算表以成本加成法结算，协议期限自%s起三年。" % cnd(d)])
    p.items.append("39/sla")
    return p.doc("agreement", d, False, [("p", "甲方（盖章）：%s    授权代表：%s" % (co.customer, co.cp(0))),
                                         ("p", "乙方（盖章）：%s    授权代表：%s" % (co.name, co.boss)),
                                         ("p", "签署日期：%s" % any_date(co, d))])


def health_check(co, d, collect, secdev=True):
    cs = co.as_info["cshort"]
    half = "上半年" if d.month <= 6 else "下半年"
    p = Paper("%s %d年%s IT健康检查报告" % (cs, d.year, half)).head(
        ("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查", "现场检查"]), any_date(co, d), co.p(3), co.p(2))))
    rows = [["检查对象", "可用性", "持续运行", "冗余/告警", "结论"],
            [co.as_info["csys"][0], "99.95%", "%d天" % co.rng.randint(30, 200), "双节点正常", "健康"],
            ["文件服务器及NAS", "100%", "%d天" % co.rng.randint(20, 300), "RAID正常，容量78%", "关注"]]
    if secdev:
        rows += [["办公室防火墙", "100%", "%d天" % co.rng.randint(60, 300), "主备正常", "健康"],
                 ["上网行为管理及DLP网关", "100%", "%d天" % co.rng.randint(30, 180), "特征库滞后2天", "关注"]]
    p.part("检查范围", ["%s办公网络、%s%s。" % (cs, "防火墙、上网行为管理、DLP网关等安全设备及" if secdev else "", co.as_info["csys"][0])])
    p.part("可用性与持续性检查", [("table", rows)])
    p.part("安全信息采集", ["导出防火墙和核心交换机运行配置，与安全基线比对，差异1项（SNMP团体字未修改）；",
                           "采集出口流量：峰值%dMbps，均值%dMbps，无异常外联；" % (co.rng.randint(80, 300), co.rng.randint(20, 70)),
                           "采集系统状态：服务器CPU、内存、磁盘和会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], collect)
    p.part("问题与建议", ["NAS容量预计半年内达到90%%，建议扩容；%s" % ("DLP特征库更新任务已调整。" if secdev else "建议更换已使用6年的接入交换机。")])
    p.items += ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    return p.doc("health_check", d, True)


def cust_monthly(co, d):
    cs = co.as_info["cshort"]
    m = d.month - 1 or 12
    b = [("title", "%s IT服务月度报告（%d年%d月）" % (cs, d.year if d.month > 1 else d.year - 1, m)), ("p", "信息技术部    %s" % any_date(co, d)),
         ("h1", "一、服务概况"), ("p", "本月受理报障%d件、服务请求%d件，驻场%d人天。" % (co.rng.randint(20, 70), co.rng.randint(30, 90), co.rng.randint(6, 9))),
         ("h1", "二、本月重点工作"), ("p", "完成新入职员工电脑交付%d台；%s补丁更新。" % (co.rng.randint(2, 12), co.as_info["csys"][0])),
         ("h1", "三、下月计划"), ("p", "配合申报期保障，完成打印机更换。")]
    return Doc("cust_monthly", "关联机构月报", d, [], True, b)


def csat(co, d, half, year):
    score = co.rng.randint(86, 95)
    p = Paper("%d年%s IT服务满意度调研报告" % (year, half)).head(
        ("p", "调研时间：%s    方式：问卷星在线问卷＋重点访谈    回收：合伙人%d份、项目经理%d份、员工%d份、%s%d份"
              % (any_date(co, d), co.rng.randint(40, 90), co.rng.randint(120, 260), co.rng.randint(300, 700), co.as_info["cshort"], co.rng.randint(20, 60))))
    p.part("调研结果", [("table", [["维度", "合伙人", "项目经理", "%s" % co.as_info["cshort"], "综合"],
                                   ["响应及时性", co.rng.randint(84, 95), co.rng.randint(82, 94), co.rng.randint(85, 96), score],
                                   ["问题解决质量", co.rng.randint(84, 95), co.rng.randint(80, 93), co.rng.randint(85, 96), score - 1],
                                   ["底稿系统稳定性", co.rng.randint(80, 93), co.rng.randint(78, 92), "—", score - 3],
                                   ["服务态度", co.rng.randint(90, 98), co.rng.randint(90, 98), co.rng.randint(90, 98), score + 3]])])
    p.part("满意度分析", ["合伙人对服务态度评价最高；项目经理对年审季底稿系统响应速度评价最低，主要集中在3月下旬出报告高峰；%s对驻场响应较满意，"
                         "希望远程支持更及时。" % co.as_info["cshort"]])
    p.part("改进措施", ["年审季前完成底稿系统扩容；服务台高峰期增派坐席；驻场排班增加周五下午。"])
    p.items += ["41/surveys", "58/survey", "63/survey"]
    return p.doc("csat", d, True)


def csat_trend(co, d):
    b = [("title", "IT服务满意度变化趋势分析"), ("p", "综合管理组    %s" % any_date(co, d)),
         ("table", [["期次", "综合满意度", "合伙人", "项目经理", co.as_info["cshort"]],
                    ["%d年上半年" % (d.year - 1), 86, 89, 83, 88], ["%d年下半年" % (d.year - 1), 88, 90, 85, 89],
                    ["%d年上半年" % d.year, 91, 93, 88, 92]]),
         ("p", "趋势：连续三期上升，项目经理群体提升最快（年审季扩容见效）；底稿系统稳定性仍是最低维度，需持续关注。")]
    return Doc("csat_trend", "满意度趋势", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=21 * i)
        unit = co.rng.choice([co.as_info["cshort"], co.as_info["cshort"]] + list(co.as_info["br"][:2]))
        who = co.rng.choice([co.cp(0), co.cp(1)]) if unit == co.as_info["cshort"] else co.rng.choice(["项目经理", "合伙人", "合伙人助理"])
        rows.append([x.isoformat(), unit, who, co.p(5), co.rng.choice(["电话", "现场", "Teams"]),
                     co.rng.choice(["满意", "打印机报修响应慢", "希望VPN更稳定", "满意"]), "已反馈%s" % co.rng.choice(["基础架构组", "服务台"])])
    return ledger("callbacks", "IT服务主动回访登记表", d, True, [
        ("回访", ["回访日期", "单位", "被回访人", "回访人", "方式", "意见", "处理情况"], rows, ["63/follow-up-visits"])])


def ux_survey(co, d):
    rows = [["新版首页加载速度", 3.6], ["底稿索引树操作", 3.9], ["批量签字复核", 4.1], ["离线底稿同步", 3.2]]
    return ledger("ux_survey", "底稿系统%s使用体验问卷结果（问卷星导出）" % co.as_info["wp"][1], d, True, [
        ("结果", ["功能点", "平均评分（5分制）"], rows, [])])


# ------------------------------------------------------------------------------ 服务设计

def catalog(co, d, parts):
    items = ["29/catalog"]
    rows = []
    base = [("初始服务", "新分所/新办公室接入时的资产识别、配置项收集和运维流程导入"), ("安全设备运维", "总所及分所防火墙、上网行为管理、DLP网关维护与升级"),
            ("日常巡检服务", "总所机房日巡检、分所月巡检"), ("健康检查", "每半年安全设备及业务系统健康检查"),
            ("安全事件审计", "网络及安全设备、服务器、审计作业系统日志审计")]
    l2 = [("运维监控与分析", "核心系统7×24监控及月度趋势分析"), ("终端安全监控", "EDR、DLP、USB管控及全盘加密状态监控"),
          ("等级保护合规性运维", "审计作业系统等级保护合规检查与整改跟踪")]
    l1 = [("安全通告及漏洞分析", "漏洞、病毒、厂商通告收集分析并发布安全通告"), ("应急响应服务", "网络安全及数据泄露事件7×24应急响应")]
    for on, its, ents in [("base" in parts, ["12/catalog"], base), ("l2" in parts, ["19/catalog"], l2), ("l1" in parts, ["26/catalog"], l1)]:
        if on:
            items += its
            rows += [["SC-%02d" % (len(rows) + 1), n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["P2/4小时", "P3/1工作日", "按计划"])]
                     for n, c in ents]
    rows += [["SC-%02d" % (len(rows) + 1), "账号与权限服务", "入离职账号、底稿项目权限开设", "远程", "4工作小时"],
             ["SC-%02d" % (len(rows) + 2), "会议与视频支持", "合伙人会议、视频会议保障", "现场", "按预约"]]
    return ledger("catalog", "信息技术部IT服务目录（%d版）" % d.year, d, False, [
        ("服务目录", ["编号", "服务项目", "服务内容", "服务方式", "服务时限"], rows, items)],
        note="适用：总所、各分所及%s    批准：%s" % (co.as_info["cshort"], co.boss))


def sld_ola(co, d, sld, ola):
    p = Paper("IT服务级别设计及内部运营级别协议（OLA）").head(("p", "综合管理组编制，首席信息官批准    %s" % any_date(co, d)))
    p.part("与IT外包服务商的服务级别设计", ["与%s约定：P1事件15分钟响应、2小时恢复；P2事件30分钟响应、4小时恢复；服务请求1个工作日办结；"
                                          "驻场人员年审季不得请假。" % co.vendor], ["8/sld"], sld)
    p.part("信息技术部内部运营级别协议", ["服务台、基础架构组、应用运维组、信息安全组之间：P1事件二线15分钟内接手、2小时恢复；P2事件30分钟接手、4小时恢复；",
                                        "上述内部时限与对外包服务商的服务级别设计保持一致，每半年由综合管理组对照复核一次。"], ["8/ola"], ola)
    return p.doc("sld_ola", d, False)


def avail_kpis(co, d):
    rows = [["整体指标", "核心系统综合可用率", "审计作业系统、底稿系统、电子档案、邮件", "≥99.9%", "月"],
            ["整体指标", "P1事件次数", "全部生产系统", "年审季0次", "年"],
            ["单系统指标", "%s可用率（年审季）" % co.sys(0), co.sys(0), "≥99.95%", "月"],
            ["单系统指标", "%s可用率" % co.sys(1), co.sys(1), "≥99.9%", "月"],
            ["单系统指标", "分所SD-WAN链路可用率", "20个分所", "≥99.5%", "月"]]
    return ledger("avail_kpis", "核心系统可用性指标清单", d, False, [
        ("指标", ["类别", "指标", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    p = Paper("以往IT服务方案对生产影响分析及自动化建议").head(("p", "综合管理组    %s" % any_date(co, d)))
    p.part("以往服务方案回顾", ["回顾%d年实施的IT服务方案%d项，包括分所网络改造、底稿系统升级、邮件迁移、终端全盘加密推广等。" % (d.year - 1, co.rng.randint(18, 36))])
    p.part("对生产的影响分析", ["其中3项方案实施期间影响审计作业（最长25分钟），均在变更窗口内；1项（邮件迁移）造成两个分所次日上午收信延迟。"],
           ["7/impact-analysis"])
    p.part("安全事件解决效率分析及可自动化服务", ["全年处理安全事件%d起，平均处置时长3.2小时，其中DLP外发误报、弱口令告警、EDR离线等重复性事件占62%%；"
                                               "建议将离职账号清理、EDR离线核查、DLP误报初筛和分所巡检报告生成实现自动化。" % co.rng.randint(60, 150)],
           ["7/automation"], auto)
    return p.doc("svc_review", d, True)


def dev_plan(co, d):
    b = [("title", "%d年度IT运维工具自主开发计划" % d.year), ("p", "应用运维组    %s" % any_date(co, d)),
         ("p", "根据%s的要求和本所自身开发能力，计划开发以下安全和运维工具：" % co.as_info["cshort"]),
         ("table", [["工具", "用途", "计划完成", "负责人"], ["离职账号自动清理机器人", "对接HR系统自动停用账号并回收底稿权限", "%d年5月" % d.year, co.p(4)],
                    ["分所巡检报告生成脚本", "汇总分所巡检数据生成报告", "%d年8月" % d.year, co.p(2)],
                    ["DLP告警初筛工具", "按规则自动关闭误报", "%d年10月" % d.year, co.p(3)]])]
    return Doc("dev_plan", "工具开发计划", d, ["33/dev-plan"], False, b)


# ------------------------------------------------------------------------------ 基础运维 / 应用运维 records

def dc_inspection(co, d, kinds):
    """总所机房巡检记录 (a month, one sheet per record kind); a sheet without rows proves nothing."""
    days = [d - timedelta(days=3 * i) for i in range(9)]
    sh = [("动环", ["日期", "UPS负载", "精密空调", "温湿度", "消防", "巡检人"],
           [[x.isoformat(), "%d%%" % co.rng.randint(30, 55), "正常", "%d℃/%d%%" % (co.rng.randint(21, 24), co.rng.randint(40, 55)), "正常", co.vp(1)]
            for x in days] if "env" in kinds else [], []),
          ("网络及安全设备", ["日期", "设备", "运行状态", "CPU", "会话/流量", "告警", "巡检人"],
           [[x.isoformat(), co.rng.choice(["核心交换机", "出口防火墙", "VPN网关", "DLP网关", "WAF", "上网行为管理"]), "正常",
             "%d%%" % co.rng.randint(6, 45), "%d万" % co.rng.randint(2, 40), co.rng.choice(["无", "无", "1条低危"]), co.p(2)] for x in days]
           if "dev" in kinds else [], ["44/inspection", "45/monitoring", "14/maintenance"]),
          ("EDR防病毒", ["日期", "范围", "病毒库版本", "终端在线率", "查杀结果", "执行人"],
           [[x.isoformat(), "总所服务器及全所终端", "%d%02d%02d.%02d" % (x.year, x.month, x.day, co.rng.randint(1, 20)), "%.1f%%" % (94 + co.rng.random() * 5),
             co.rng.choice(["未发现病毒", "隔离木马1个", "未发现病毒"]), co.p(3)] for x in days[:4]] if "av" in kinds else [],
           ["44/virus-scan", "45/antivirus"]),
          ("维护保养", ["日期", "设备", "维护内容", "结果", "维护人"],
           [[x.isoformat(), co.rng.choice(["防火墙", "DLP网关", "存储阵列", "VPN网关"]), "日志清理、策略命中检查、风扇除尘", "完成", co.vp(1)]
            for x in days[::2]] if "maint" in kinds else [], ["44/maintenance", "14/maintenance"]),
          ("故障处理", ["日期", "设备", "故障现象", "检测及排除", "恢复时间", "处理人"],
           [[days[2].isoformat(), "存储阵列", "控制器B电源告警", "更换电源模块", "40分钟", co.p(2)],
            [days[6].isoformat(), "DLP网关", "业务口光模块故障", "更换光模块", "25分钟", co.vp(1)]] if "fault" in kinds else [],
           ["44/faults"]),
          ("版本升级", ["日期", "设备", "升级前", "升级后", "RFC", "验证"],
           [[days[4].isoformat(), "出口防火墙", "V6.0R2", "V6.0R4", "RFC-%d-%04d" % (d.year, co.rng.randint(100, 999)), "通过"],
            [days[7].isoformat(), co.as_info["edr"], "特征库%s" % ymd(days[8]), "特征库%s" % ymd(days[7]), "标准变更", "通过"]] if "up" in kinds else [],
           ["44/upgrades"])]
    return ledger("dc_inspection", "总所机房巡检记录表（%d年%02d月）" % (d.year, d.month), d, True, sh)


def br_inspection(co, d, branch, kinds):
    """分所IT巡检表, filled by the 分所IT专员; only the network/security sheet and the EDR sheet prove anything."""
    who = co.as_brit[co.as_info["br"].index(branch)] if branch in co.as_info["br"] else co.as_brit[0]
    sh = [("网络及安全设备", ["检查项", "设备", "状态", "CPU", "内存", "告警", "SD-WAN时延", "备注"],
           [[n, m, "正常", "%d%%" % co.rng.randint(5, 40), "%d%%" % co.rng.randint(25, 65), co.rng.choice(["无", "无", "2条低危"]),
             "%dms" % co.rng.randint(8, 40), ""] for n, m in [("防火墙", "FW-%s-01" % co.as_info["code"]), ("上网行为管理", "AC-01"),
                                                              ("核心交换机", "SW-CORE"), ("无线控制器", "WLC-01")]] if "dev" in kinds else [],
           ["44/inspection", "45/monitoring", "14/maintenance"]),
          ("终端与EDR", ["检查项", "结果"],
           [["%s终端在线率" % co.as_info["edr"], "%.1f%%" % (93 + co.rng.random() * 6)], ["病毒库版本", "已为最新"],
            ["本月全盘查杀", "已执行，隔离%d个" % co.rng.randint(0, 3)], ["BitLocker加密覆盖率", "%d%%" % co.rng.randint(96, 100)]] if "av" in kinds else [],
           ["44/virus-scan", "45/antivirus"]),
          ("办公设备", ["检查项", "结果"],
           [["打印机及耗材", "正常"], ["会议室视频设备", co.rng.choice(["正常", "1号会议室麦克风更换"])], ["门禁及考勤", "正常"]] if "office" in kinds else [], [])]
    return ledger("br_inspection", "%s IT巡检表（%d年%d月）" % (branch, d.year, d.month), d, True, sh,
                  note="巡检人：%s（分所IT专员）    复核：%s" % (who, co.p(2)))


def hw_stats(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=35 * i)
        rows.append([i + 1, x.isoformat(), co.rng.choice(["总所", "总所"] + list(co.as_info["br"])),
                     co.rng.choice(["出口防火墙", "分所防火墙", "DLP网关", "VPN网关", "上网行为管理"]),
                     co.rng.choice(["电源", "风扇", "硬盘", "光模块", "主板"]), co.rng.choice(["备件更换", "厂商返修"]), "%d分钟" % co.rng.randint(10, 120)])
    rows.append(["", "合计", "", "", "%d次" % len(rows), "", ""])
    return ledger("hw_stats", "安全设备硬件故障统计表（%d年）" % d.year, d, True, [
        ("统计", ["序号", "日期", "地点", "设备", "故障部件", "处理方式", "影响时长"], rows, ["14/hardware-faults", "44/faults"])])


def tickets(co, d, resp):
    en = co.as_info["en"]
    head = (["Request ID", "Subject", "Requester", "Site", "Category", "Priority", "Created Time", "Responded Time", "Resolved Time",
             "Technician", "Status"] if en else
            ["工单号", "标题", "报障人", "所属单位", "类别", "优先级", "创建时间", "首次响应时间", "解决时间", "处理人", "状态"])
    rows = []
    for i in range(14):
        x = d - timedelta(days=co.rng.randint(0, 30))
        h, mi = co.rng.randint(8, 20), co.rng.randint(0, 30)
        r = [("%d" % co.rng.randint(40000, 99999)) if en else "IT%s%04d" % (ymd(x), co.rng.randint(1, 9999)),
             co.rng.choice(["底稿系统打不开项目", "VPN无法连接", "Outlook无法收信", "打印机卡纸", "新员工开通账号", "底稿项目权限申请",
                            "DLP拦截外发邮件", "笔记本BitLocker恢复密钥", "会议室投屏故障"]),
             None,
             co.rng.choice(["总所", co.as_info["cshort"]] + list(co.as_info["br"])),
             co.rng.choice(["Incident", "Service Request"] if en else ["故障", "服务请求"]),
             co.rng.choice(["P3", "P3", "P4", "P2"]),
             "%s %02d:%02d" % (x.isoformat(), h, mi),
             "%s %02d:%02d" % (x.isoformat(), h, mi + co.rng.randint(2, 25)),
             "%s %02d:%02d" % (x.isoformat(), h + co.rng.randint(1, 3), co.rng.randint(0, 59)),
             co.rng.choice([co.p(5), co.vp(0), co.vp(2), co.p(2)]), "Closed" if en else "已关闭"]
        r[2] = co.rng.choice([co.cp(1), co.cp(2)]) if r[3] == co.as_info["cshort"] else co.rng.choice(["项目经理", "审计员", "合伙人助理", "高级经理"])
        if not resp:
            r = r[:7] + r[8:]
        rows.append(r)
    if not resp:
        head = head[:7] + head[8:]
    items = ["43/process-records"] + (["55/response-times"] if resp else [])
    t = ("%s Requests Export %d-%02d" if en else "%s工单导出（%d年%02d月）") % (co.as_info["itsm"], d.year, d.month)
    return ledger("tickets", t, d, True, [("Requests" if en else "工单", head, rows, items)])


def change_export(co, d, with_rows=True):
    en = co.as_info["en"]
    head = (["Change ID", "Title", "Type", "Risk", "Site", "Requested", "Approved By", "Scheduled Window", "Result", "Rollback", "Status"] if en else
            ["RFC编号", "变更标题", "变更类型", "风险", "影响范围", "申请日期", "审批人", "变更窗口", "实施结果", "是否回退", "状态"])
    rows = []
    if with_rows:
        for i in range(co.rng.randint(6, 12)):
            x = d - timedelta(days=co.rng.randint(0, 28))
            ok = co.rng.random() < 0.9
            rows.append(["RFC-%d-%04d" % (x.year, co.rng.randint(100, 999)),
                         co.rng.choice(["%s补丁部署" % co.sys(0), "分所防火墙策略调整", "邮件网关规则更新", "存储扩容", "VPN证书更换", "DLP策略调整"]),
                         co.rng.choice(["Normal", "Standard", "Major"] if en else ["一般变更", "标准变更", "重大变更"]),
                         co.rng.choice(["低", "中"]), co.rng.choice(["全所", "总所", co.as_info["cshort"]] + list(co.as_info["br"])),
                         x.isoformat(), co.p(0), "%s 20:00-23:00" % x.isoformat(),
                         ("Successful" if en else "成功") if ok else ("Failed" if en else "失败"), "否" if ok else "是", "Closed" if en else "已关闭"])
    t = ("%s Change Export %s" if en else "%s变更记录导出（%s）") % (co.as_info["itsm"], d.isoformat())
    return ledger("change_export", t, d, True, [("Changes" if en else "变更", head, rows, ["54/records", "43/process-records"])],
                  note="导出人：%s    导出时间：%s 17:%02d" % (co.p(0), d.isoformat(), co.rng.randint(0, 59)))


def rfc_form(co, d, done):
    """A scanned RFC with signatures; only an approved, implemented and closed one is a change record."""
    b = [("title", "IT变更申请单（RFC）"),
         ("table", [["RFC编号", "RFC-%d-%04d" % (d.year, co.rng.randint(100, 999)), "申请日期", d.isoformat()],
                    ["变更内容", "底稿系统%s升级至%s" % co.as_info["wp"], "变更类型", "重大变更"],
                    ["影响范围", "全所审计项目组、%s" % co.as_info["cshort"], "变更窗口", "%s 20:00-次日06:00" % (d + timedelta(days=10)).isoformat()],
                    ["测试情况", "见升级实施方案第二部分", "回退方案", "见升级实施方案"],
                    ["CAB意见", "同意" if done else "", "首席信息官审批", ("同意 %s" % co.boss) if done else ""],
                    ["实施结果", ("成功，%s完成验证" % (d + timedelta(days=11)).isoformat()) if done else "", "关闭确认", co.p(0) if done else ""]]),
         ("p", "[扫描件 OCR 文本]")]
    items = ["54/records", "43/process-records"] if done else []
    return Doc("rfc_form", "RFC扫描件", d, items, True, b)


def upgrade_plan(co, d, test, rollback):
    old, new = co.as_info["wp"]
    p = Paper("底稿系统%s升级至%s实施方案" % (old, new)).head(
        ("p", "编制：应用运维组%s    审核：%s    批准：%s    %s" % (co.p(4), co.p(0), co.boss, any_date(co, d))))
    p.part("升级内容与范围", ["本次升级涉及底稿系统服务端、离线客户端、与电子档案系统和项目管理/工时系统的接口；升级安排在年审季结束后的变更窗口。"])
    p.part("升级前测试验证", ["在测试环境完成功能测试（底稿编制、三级复核、签字、归档）、性能测试（1500并发）和安全测试（代码扫描、渗透测试）；",
                              "组织质量控制部和两个分所的项目经理进行用户验收，并验证与旧版离线底稿包、各分所网络和Office/WPS版本的兼容性。"],
           ["25/test-plan"], test)
    p.part("实施步骤", ["冻结项目归档→全量备份数据库和文件库→部署服务端→执行数据迁移脚本→内部验证→开放分所→推送客户端。"])
    p.part("回退方案", ["升级前对数据库、文件库和应用做全量备份并保留虚拟机快照；验证失败时在2小时内回退至%s，回退步骤已在测试环境演练一次。" % old],
           ["25/rollback", "11/rollback"], rollback)
    p.part("沟通与人员安排", ["升级前5个工作日通知全所；总指挥%s，实施%s、%s，验证%s及质量控制部。" % (co.boss, co.p(4), co.vp(0), co.p(0))])
    return p.doc("upgrade_plan", d, False)


def upgrade_notice(co, d):
    b = [("title", "关于底稿系统升级停机的通知"), ("p", "各分所、总所各部门、%s：" % co.as_info["cshort"]),
         ("p", "信息技术部定于%s 20:00至次日06:00将底稿系统升级至%s，期间系统停止服务。请各项目组提前同步离线底稿。" % (cnd(d + timedelta(days=8)), co.as_info["wp"][1])),
         ("p", "信息技术部    %s" % cnd(d))]
    return Doc("upgrade_notice", "升级通知", d, [], True, b)


def compat(co, d):
    b = [("title", "底稿系统%s兼容性测试报告" % co.as_info["wp"][1]), ("p", "测试日期：%s    测试人：%s" % (any_date(co, d), co.p(4))),
         ("table", [["验证项", "内容", "结果"], ["网络兼容", "各分所SD-WAN、VPN远程接入及代理环境下的访问", "通过"],
                    ["系统兼容", "Windows 10/11、Office 2016/2021及WPS、加密签章驱动", "通过"],
                    ["应用兼容", "旧版离线底稿包导入、电子档案接口、工时系统单点登录", "通过（离线包需先升级索引）"]]),
         ("p", "结论：新版本与现有网络、终端和相关系统兼容，满足上线条件。")]
    return Doc("compat", "兼容性测试报告", d, ["11/compatibility"], True, b)


def requirements(co, d):
    cs = co.as_info["cshort"]
    b = [("title", "%s %s新建部署需求分析记录" % (cs, co.as_info["csys"][0])), ("p", "应用运维组    %s" % any_date(co, d)),
         ("table", [["类别", "需求", "%s确认" % cs], ["功能", "申报台账、资料清单、三级复核与电子签章", "已确认"],
                    ["性能", "申报高峰期200人并发，页面响应≤2秒", "已确认"], ["安全性", "客户涉税资料加密存储，按项目授权，操作留痕满足等级保护第二级", "已确认"]]),
         ("p", "%s代表：%s（签字）    信息技术部：%s" % (cs, co.cp(0), co.p(4)))]
    return Doc("requirements", "需求分析记录", d, ["11/requirements"], True, b)


def baseline(co, d):
    rows = [["Windows服务器", "口令策略", "长度≥12位，90天更换，5次失败锁定"], ["Linux服务器", "远程管理", "禁止root直接登录，仅堡垒机访问"],
            ["数据库", "审计", "开启登录和DDL审计，日志保留180天"], ["网络设备", "日志", "syslog发送至日志审计平台"],
            ["防火墙", "默认策略", "默认拒绝，策略须关联RFC"], ["终端", "加密", "BitLocker全盘加密，USB存储禁用"]]
    return ledger("baseline", "信息系统安全配置基线（%s）" % ver(co, d.year - 2022, 0), d, False, [
        ("基线", ["对象", "检查项", "基线要求"], rows, ["25/baseline"])])


def asset_book(co, d):
    devs = [("FW", "出口防火墙", "华为USG6680E", "互联网边界访问控制", "总所"), ("FW", "分所防火墙", "深信服AF-1000", "分所边界及SD-WAN", co.as_info["br"][0]),
            ("DLP", "DLP网关", "天空卫士UCSG", "邮件及Web外发防泄露", "总所"), ("SW", "核心交换机", "华三S10508", "总所核心交换", "总所"),
            ("SRV", "底稿系统应用服务器", "浪潮NF5280M6", co.sys(0), "总所"), ("STO", "存储阵列", "华为OceanStor 5310", "底稿及档案存储", "总所"),
            ("AC", "上网行为管理", "深信服AC-1000", "分所上网审计", co.as_info["br"][1])]
    rows = []
    for i, (t, n, m, f, site) in enumerate(devs, 1):
        rows.append(["%s-%s-%03d" % (co.as_info["code"], t, i), n, "网络安全设备" if t not in ("SRV", "STO") else "服务器/存储", m, f, site,
                     "%s机房%d号柜" % ("总所" if site == "总所" else site, co.rng.randint(1, 12)), "上联%s" % ("核心交换机" if t != "SW" else "出口防火墙"),
                     "生产", co.rng.choice(["核心", "重要", "重要"]), "V%d.%d" % (co.rng.randint(1, 9), co.rng.randint(0, 9))])
    return ledger("asset_book", "IT资产台账（%s导出）" % d.isoformat(), d, True, [
        ("资产", ["资产编号", "名称", "类别", "型号", "功能", "所属单位", "物理位置", "端口对应", "部署环境", "重要程度", "软件版本"], rows,
         ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    cis = [("出口防火墙策略集", "安全配置"), ("DLP外发策略", "安全配置"), ("%s应用配置" % co.sys(0), "应用配置"),
           ("底稿系统数据库参数", "数据库配置"), ("电子档案接口配置", "应用配置"), ("堡垒机授权策略", "安全配置")]
    rows, links = [], []
    for i, (n, t) in enumerate(cis, 1):
        rows.append(["CI%05d" % (3000 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i),
                     co.rng.choice(["机密", "内部"]), "配置管理员可写，其余只读", "SHA256校验", "每日备份至灾备机房"])
        if rel and i > 1:
            links.append(["CI%05d" % (3000 + i), co.rng.choice(["依赖", "运行于", "调用"]), "CI%05d" % (3000 + i - 1)])
    return ledger("cmdb", "CMDB配置项导出", d, True, [
        ("配置项", ["配置项编号", "名称", "类型", "版本", "责任人", "密级", "访问控制", "完整性", "备份"], rows, ["27/cmdb"]),
        ("关联关系", ["配置项", "关系", "关联配置项"], links, ["38/cmdb-relations"])])


def ci_changes(co, d):
    rows = [[(d - timedelta(days=17 * i)).isoformat(), "CI%05d" % (3001 + i % 6), co.rng.choice(["策略新增", "参数调整", "版本升级", "授权回收"]),
             "RFC-%d-%04d" % ((d - timedelta(days=17 * i)).year, co.rng.randint(100, 999)), co.p(2), co.p(0)] for i in range(7)]
    return ledger("ci_changes", "配置项变更维护登记（%d年）" % d.year, d, True, [
        ("登记", ["日期", "配置项", "变更内容", "关联RFC", "维护人", "复核人"], rows, ["43/ci-updates"])])


def collect_sheet(co, d, which):
    names = {"config": "配置采集（与基线比对）", "traffic": "流量采集", "status": "状态采集"}
    head = ["采集日期", "对象"] + [names[w] for w in which] + ["采集人"]
    rows = []
    for i in range(6):
        x = d - timedelta(days=14 * i)
        r = [x.isoformat(), co.rng.choice(["出口防火墙", "核心交换机", "%s防火墙" % co.rng.choice(co.as_info["br"])])]
        for w in which:
            r.append({"config": "已导出，差异%d项" % co.rng.randint(0, 2), "traffic": "峰值%dMbps" % co.rng.randint(200, 1500),
                      "status": "CPU%d%% 内存%d%%" % (co.rng.randint(6, 50), co.rng.randint(25, 70))}[w])
        rows.append(r + [co.p(2)])
    return ledger("collect", "网络安全信息采集记录（%d年）" % d.year, d, True, [("采集", head, rows, ["16/" + w for w in which])])


def avail_plan(co, d):
    p = Paper("%d年核心系统可用性计划" % d.year).head(("p", "基础架构组、应用运维组    %s" % any_date(co, d)))
    p.part("可用性目标", ["%s年审季可用率≥99.95%%，其他时间≥99.9%%；%s、邮件≥99.9%%。" % (co.sys(0), co.sys(1))])
    p.part("保障措施", ["底稿系统双活、存储双控、分所SD-WAN双链路、年审季前扩容和压测、季度灾备恢复演练。"])
    p.part("可用性事件监控与报告", ["所有服务中断在《服务中断登记表》登记，每月在IT月报中报告可用率，未达标系统制定改进措施。"])
    p.items += ["18/availability-plan", "22/plan"]
    return p.doc("avail_plan", d, False)


def outage_book(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=co.rng.randint(5, 50) * (i + 1) // 2)
        rows.append([x.isoformat(), co.sys(i), co.rng.choice(["全所无法登录", "部分分所访问缓慢", "服务中断"]), "%d分钟" % co.rng.randint(4, 55),
                     co.rng.choice(["运营商链路中断", "数据库锁等待", "存储控制器切换", "证书过期"]), "已恢复，已在IT月报报告"])
    return ledger("outage_book", "服务中断登记表（%d年）" % d.year, d, True, [
        ("登记", ["日期", "系统", "现象", "中断时长", "原因", "处理"], rows, ["18/availability-events", "22/events", "43/process-records"])])


def it_monthly(co, d, trend, data, avail):
    m = d.month - 1 or 12
    y = d.year if d.month > 1 else d.year - 1
    p = Paper("IT服务月报（%d年%d月）" % (y, m)).head(("p", "信息技术部    呈：首席信息官%s    %s" % (co.boss, any_date(co, d))))
    p.part("运行总体情况", ["本月核心系统运行平稳，受理工单%d张，P1事件0起，P2事件%d起。" % (co.rng.randint(600, 1800), co.rng.randint(0, 3))])
    p.part("运行指标趋势分析", [("table", [["指标", "%d月" % ((m - 3) % 12 + 1), "%d月" % ((m - 2) % 12 + 1), "%d月" % m, "趋势"],
                                             ["底稿系统并发峰值", 1120, 1260, 1410, "上升"], ["存储使用率", "71%", "74%", "77%", "上升"],
                                             ["监控告警数", 388, 352, 301, "下降"]]),
                                  "底稿存储和并发持续上升，预计年审季前需扩容存储40TB。"], ["50/monitoring-report"], trend)
    p.part("运维指标数据", [("table", [["指标", "本月"], ["异常报告及时率", "98%"], ["异常漏报率", "0.6%"], ["维护作业计划及时完成率", "97%"],
                                       ["故障隐患发现率", "90%"], ["异常主动发现率", "86%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                       ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(1, 8)]])],
           ["56/data"], data)
    p.part("核心系统可用率", [("table", [["系统", "目标", "本月可用率", "中断次数"], [co.sys(0), "99.95%", "99.98%", 0],
                                         [co.sys(1), "99.9%", "99.86%", 1], [co.sys(2), "99.9%", "99.95%", 0]]),
                              "%s未达标，原因为存储控制器切换，已纳入可用性改进。" % co.sys(1)], ["18/availability-report", "22/report"], avail)
    p.part("下月工作", ["完成分所防火墙固件升级；准备年审季扩容方案评审。"])
    return p.doc("it_monthly", d, True)


def kb_export(co, d):
    titles = ["底稿系统离线包同步失败处理", "VPN客户端证书更新", "DLP误拦截外发邮件的放行流程", "BitLocker恢复密钥查询", "分所SD-WAN主备切换",
              "底稿系统项目归档锁定后的解锁审批"]
    rows = [["KB-%04d" % (200 + i), t, co.rng.choice(["故障处理", "操作指引"]), co.p(i), "已发布", (d - timedelta(days=27 * i)).isoformat()]
            for i, t in enumerate(titles)]
    return ledger("kb", "%s知识库条目导出" % co.as_info["kb"], d, True, [("知识", ["编号", "标题", "分类", "作者", "状态", "发布日期"], rows,
                                                                        ["21/knowledge-base"])])


def backup_check(co, d):
    rows = [[(d - timedelta(days=i)).isoformat(), co.rng.choice(["底稿库全量", "底稿库日志", "邮件库", "档案库"]), "成功", "%dGB" % co.rng.randint(40, 900), co.vp(1)]
            for i in range(10)]
    return ledger("backup", "备份作业检查记录（%d年%d月）" % (d.year, d.month), d, True, [("备份", ["日期", "作业", "结果", "大小", "检查人"], rows, [])])


def archive_monitor(co, d):
    rows = [[co.rng.choice(list(co.as_info["br"]) + ["总所审计一部", "总所审计三部"]), co.rng.randint(20, 160), co.rng.randint(0, 6),
             "%d%%" % co.rng.randint(93, 100)] for _ in range(6)]
    return ledger("archive_mon", "电子底稿归档及时性监控报表（%d年%d月，质量控制部）" % (d.year, d.month), d, True, [
        ("归档", ["部门/分所", "应归档项目", "超60天未归档", "及时率"], rows, [])])


def busy_plan(co, d):
    b = [("title", "%d年年审季IT保障方案" % (d.year + 1)), ("p", "信息技术部    %s" % any_date(co, d)),
         ("h1", "一、保障期"), ("p", "%d年1月1日至4月30日，其中3月15日至4月30日为出报告高峰。" % (d.year + 1)),
         ("h1", "二、保障措施"), ("p", "变更冻结；底稿系统扩容至1800并发；服务台7×24小时；分所IT专员每日报平安；首席信息官带班。"),
         ("h1", "三、值班安排"), ("table", [["周次", "带班", "值班工程师", "驻场"]] +
                                  [["第%d周" % i, co.boss, co.p(i % 5), co.vp(i % 3)] for i in range(1, 5)])]
    return Doc("busy_plan", "年审季保障方案", d, [], False, b)


def busy_roster(co, d):
    rows = [[(d + timedelta(days=i)).isoformat(), co.p(i % 6), co.vp(i % 3), "8000 / 138%08d" % co.rng.randint(0, 10 ** 8 - 1)] for i in range(14)]
    return ledger("busy_roster", "年审季IT值班表（%d年）" % d.year, d, True, [("值班", ["日期", "值班工程师", "驻场", "联系方式"], rows, [])])


def busy_summary(co, d):
    b = [("title", "%d年年审季IT保障工作总结" % d.year), ("p", "信息技术部    %s" % any_date(co, d)),
         ("p", "年审季期间底稿系统运行平稳，并发峰值%d，受理工单%d张，P1事件0起；出报告高峰期间服务台日均接听%d个电话。"
          % (co.rng.randint(1300, 1800), co.rng.randint(4000, 9000), co.rng.randint(150, 400))),
         ("p", "感谢各分所IT专员和驻场工程师的付出。")]
    return Doc("busy_summary", "年审季保障总结", d, [], True, b)


# ------------------------------------------------------------------------------ 信息安全组

def log_audit(co, d, weekly=False):
    t = ("安全日志审计周报（%d年第%d周）" % (d.year, d.isocalendar()[1])) if weekly else \
        "%d年第%d季度安全日志审计分析报告" % (d.year, quarter(d))
    p = Paper(t).head(("p", "信息安全组    审计人：%s    %s" % (co.p(3), any_date(co, d))))
    p.part("网络及安全设备日志", ["汇聚总所及%d个分所防火墙、VPN、DLP网关日志%d万条，发现境外扫描源IP %d个，已在出口封禁；VPN异地登录告警%d次，核实为出差。"
                                 % (20, co.rng.randint(600, 8000), co.rng.randint(10, 90), co.rng.randint(2, 15))])
    p.part("服务器及操作系统日志", ["底稿系统、电子档案服务器登录日志审计，发现非工作时间管理员登录4次，核实为年审季扩容作业，已补登记RFC。"])
    p.part("应用日志", ["%s审计日志中批量下载底稿告警%d次，经项目合伙人确认%d次为归档前整理，其余已由风险管理部约谈。"
                        % (co.sys(0), co.rng.randint(3, 20), co.rng.randint(1, 3))])
    p.part("分析结论", ["本期未发现成功入侵和客户数据外泄，建议加强项目组批量下载的审批。"])
    p.items += ["17/log-analysis", "45/audit-report", "47/audit"]
    return p.doc("log_audit", d, True)


def sec_bulletin(co, d, n, full):
    p = Paper("信息安全通告（%d年第%d期）" % (d.year, n)).head(("p", "信息安全组    %s" % any_date(co, d)),
                                                        ("p", "发送：全体合伙人及员工、各分所IT专员、%s" % co.as_info["cshort"]))
    p.part("漏洞通告", ["CVE-%d-%05d：某主流VPN网关远程代码执行漏洞，本所VPN网关受影响，已于通告发布当日完成补丁升级。" % (d.year, co.rng.randint(10000, 49999))],
           ["52/vulnerability", "53/bulletin"])
    p.part("厂商安全通告", ["微软本月安全更新%d个，其中Office远程代码执行漏洞须尽快安装；%s已推送。" % (co.rng.randint(50, 130), co.as_info["edr"])], [])
    p.part("病毒通告", ["近期出现伪装成“询证函”“审计调整分录”的钓鱼邮件，附件为远控木马，请勿打开陌生发件人的压缩包附件。"], ["52/virus"], full)
    p.part("政策法规及行业动态", ["财政部、证监会发布会计师事务所数据安全管理暂行办法，对审计工作底稿出境、存储和加密提出要求；同业发生一起审计底稿泄露被处罚事件。"],
           ["52/policy"], full)
    p.part("分析与建议", ["经比对资产台账，本所受漏洞影响设备%d台已全部修复；建议各分所在年审季前完成打印机固件升级。" % co.rng.randint(2, 12)],
           ["52/analysis"], full)
    return p.doc("sec_bulletin", d, True)


def sec_stats(co, d, analysis):
    rows = []
    for m in range(1, d.month + 1):
        a, b_, c, e = co.rng.randint(0, 4), co.rng.randint(0, 8), co.rng.randint(0, 3), co.rng.randint(0, 2)
        rows.append(["%d月" % m, a, b_, c, e, a + b_ + c + e])
    return ledger("sec_stats", "信息安全事件统计分析表（%d年1-%d月）" % (d.year, d.month), d, True, [
        ("统计", ["月份", "有害程序", "网络攻击", "数据泄露（含设备遗失）", "设备设施故障", "合计"], rows, ["18/incident-stats"]),
        ("分析", ["分析"], [["数据泄露类以笔记本电脑遗失和误发邮件为主，均已远程擦除或撤回；网络攻击以VPN撞库为主，建议全面启用多因素认证。"]] if analysis else [],
         ["18/incident-analysis"])])


def pentest_plan(co, d):
    b = [("title", "%d年度渗透测试计划" % d.year), ("p", "信息安全组    %s    批准：%s" % (any_date(co, d), co.boss)),
         ("table", [["批次", "对象", "方式", "时间", "负责人"], [1, "%s互联网访问入口" % co.sys(0), "灰盒", "5月", co.p(3)],
                    [2, "移动审计APP及电子函证接口", "黑盒", "7月", co.p(3)], [3, "%s %s" % (co.as_info["cshort"], co.as_info["csys"][0]), "灰盒", "9月", co.p(1)]]),
         ("p", "测试避开年审季，测试前取得首席信息官书面授权，结束后10个工作日内出具报告。")]
    return Doc("pentest_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pentest_report(co, d):
    p = Paper("%s渗透测试报告" % co.sys(0)).head(("p", "测试时间：%s    测试人员：%s、%s    授权编号：SQ-%s" % (any_date(co, d), co.p(3), co.vp(2), ymd(d))))
    p.part("测试范围", ["%s互联网访问入口、移动审计APP接口及管理后台。" % co.sys(0)])
    p.part("发现问题", [("table", [["编号", "问题", "等级", "整改"], ["P-01", "底稿附件下载接口越权", "高", "已修复"],
                                   ["P-02", "登录接口未限制频率", "中", "已修复"], ["P-03", "错误页面泄露中间件版本", "低", "已修复"]])])
    p.part("复测结论", ["高中危问题已全部整改并通过复测。"])
    p.items += ["31/pentest-records", "32/pentest-records"]
    return p.doc("pentest", d, True)


def grading(co, d):
    b = [("title", "%s网络安全等级保护定级报告" % co.sys(0)), ("p", "定级时间：%s" % any_date(co, d)),
         ("p", "业务信息安全保护等级：第三级（涉及上市公司未公开财务信息）；系统服务安全保护等级：第二级；系统安全保护等级：第三级。"),
         ("p", "经专家评审，已向公安机关备案，备案编号%s-%d-%05d；%d年度等级测评结论为“良”。" % (co.as_info["code"], d.year, co.rng.randint(1, 99999), d.year))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_std(co, d):
    b = [("title", "信息系统重要性分级及保护要求"), ("p", "信息安全组    %s" % any_date(co, d)),
         ("p", "依据GB/T 22240《网络安全等级保护定级指南》，按业务信息和系统服务受到破坏时所侵害的客体及侵害程度确定系统等级，并对应本所重要性分级："),
         ("table", [["本所分级", "判定标准", "对应等保级别", "示例"], ["核心系统", "存储或处理上市公司审计底稿，中断影响全所执业", "第三级", co.sys(0)],
                    ["重要系统", "影响多个部门或关联机构业务", "第二级", "%s、%s" % (co.sys(1), co.as_info["csys"][0])],
                    ["一般系统", "影响单一部门，可手工替代", "第一级或不定级", "会议室预订、食堂系统"]]),
         ("p", "新建系统上线前由信息安全组按本标准确定等级并报首席信息安全官审批。")]
    return Doc("grading_std", "系统分级标准", d, ["51/grading-criteria"], False, b)


def data_guide(co, d):
    b = [("title", "客户数据分类分级指引（试行）"), ("p", "风险管理部、信息安全组    %s" % any_date(co, d)),
         ("table", [["级别", "数据类型", "示例", "处理要求"], ["核心", "未公开财务信息、并购重组资料", "上市公司季报底稿", "仅底稿系统内处理，禁止外发"],
                    ["重要", "客户财务及经营资料", "银行流水、合同", "加密外发，项目合伙人审批"], ["一般", "公开信息", "年报、公告", "无特殊要求"]])]
    return Doc("data_guide", "数据分级指引", d, [], False, b)


def soa(co, d):
    rows = [["A.5.1", "信息安全策略", "适用", "已实施", "信息安全政策"], ["A.5.23", "云服务信息安全", "适用", "部分实施", "邮件云化评估"],
            ["A.8.12", "数据防泄露", "适用", "已实施", "DLP"], ["A.7.4", "物理安全监控", "适用", "已实施", "机房视频监控"]]
    return ledger("soa", "ISO/IEC 27001:2022 适用性声明（SoA）", d, False, [("SoA", ["控制", "名称", "适用性", "实施状态", "说明"], rows, [])])


def risk_assess(co, d):
    b = [("title", "%d年度信息安全风险评估报告" % d.year), ("p", "信息安全管理办公室    %s" % any_date(co, d)),
         ("p", "识别信息资产%d项、威胁%d类，高风险%d项（笔记本电脑遗失、邮件误发、供应商远程维护），已制定风险处置计划。"
          % (co.rng.randint(120, 300), co.rng.randint(15, 30), co.rng.randint(3, 8)))]
    return Doc("risk_assess", "风险评估报告", d, [], True, b)


def dlp_monthly(co, d):
    rows = [[co.rng.choice(["邮件外发", "Web上传", "USB拷贝", "打印"]), co.rng.randint(20, 400), co.rng.randint(0, 10), "已处置"] for _ in range(4)]
    return ledger("dlp", "DLP告警月报（%d年%d月）" % (d.year, d.month), d, True, [("告警", ["渠道", "告警数", "确认违规", "处置"], rows, [])])


def phishing(co, d):
    b = [("title", "%d年钓鱼邮件演练结果通报" % d.year), ("p", "信息安全组    %s" % any_date(co, d)),
         ("p", "向全所%d名员工发送仿冒“年审季补贴发放”钓鱼邮件，点击率%.1f%%，输入口令率%.1f%%；点击者已安排补充学习。"
          % (co.rng.randint(2500, 6000), 3 + co.rng.random() * 6, co.rng.random() * 2))]
    return Doc("phishing", "钓鱼演练通报", d, [], True, b)


def iso_cert(co, d):
    b = [("title", "信息安全管理体系认证证书"), ("p", "兹证明：%s" % co.name),
         ("p", "建立的信息安全管理体系符合 ISO/IEC 27001:2022 标准"),
         ("p", "认证范围：审计作业系统、电子底稿及电子档案的运行维护与信息安全管理，含向关联机构提供的IT服务"),
         ("p", "颁证日期：%s    有效期至：%d年%d月%d日    （每年监督审核）" % (cnd(d), d.year + 3, d.month, d.day))]
    return Doc("iso_cert", "认证证书", d, ["61/audit-system"], False, b)


def vuln_scan(co, d):
    rows = [["10.%d.%d.%d" % (co.rng.randint(1, 40), co.rng.randint(0, 255), co.rng.randint(2, 250)), v, g]
            for v, g in (("SSL证书即将过期", "低"), ("OpenSSH版本过低", "中"), ("打印机默认口令", "高"), ("SMBv1已启用", "中"))]
    return ledger("vscan", "漏洞扫描任务导出（%s）" % d.isoformat(), d, True, [("漏洞", ["IP", "漏洞", "风险"], rows, [])])


# ------------------------------------------------------------------------------ 应急与业务连续性

def emergency_plan(co, d, strategy, recovery):
    p = Paper("网络安全与数据泄露事件应急预案").head(*ctrl_head(co, d, "%s-IT-EP-01" % co.as_info["code"], ver(co, 3, co.rng.randint(0, 2)),
                                                                "信息安全管理委员会"))
    p.part("总则", ["为建立网络安全和客户数据泄露事件的应急响应机制，保障审计作业连续和客户资料安全，制定本预案。"])
    p.part("组织体系", ["应急领导小组组长由首席合伙人担任，副组长%s（首席信息官）；下设技术处置组（信息技术部）、客户沟通组（风险管理部及项目合伙人）、"
                        "法务与监管报告组。" % co.boss])
    p.part("事件分级与响应", ["特别重大：核心客户数据大规模泄露或底稿系统全所中断超过4小时，15分钟内启动Ⅰ级响应；重大、较大事件分别启动Ⅱ、Ⅲ级响应。"])
    p.part("处置流程", ["发现报告→研判定级→启动预案→遏制（断网、冻结账号、远程擦除、邮件撤回）→处置→恢复验证→解除→总结报告；涉及客户数据的按约定通知客户。"])
    p.part("恢复策略", ["%s RTO≤2小时、RPO≤15分钟，切换至同城灾备机房；%s、邮件RTO≤4小时；其余系统从备份恢复。" % (co.sys(0), co.sys(1))],
           ["55/plan"], strategy)
    p.part("系统恢复计划", ["按网络→存储→数据库→底稿系统→电子档案→邮件的顺序恢复，各系统的恢复步骤、责任人和验证要点见附件2。"],
           ["36/recovery-plan"], recovery)
    p.items += ["36/emergency-plan", "53/emergency-plan"]
    return p.doc("emergency_plan", d, False)


def dr_plan(co, d):
    p = Paper("核心系统灾难恢复计划").head(("p", "基础架构组、应用运维组    %s" % any_date(co, d)))
    p.part("恢复目标", ["%s RTO 2小时、RPO 15分钟；电子档案RTO 24小时。" % co.sys(0)])
    p.part("恢复资源", ["同城灾备机房、存储异步复制、每日备份及离线磁带（保存10年以满足底稿保存要求）。"])
    p.part("恢复步骤", ["宣布灾难→网络切换→存储接管→数据库恢复→应用启动→质量控制部抽查项目底稿完整性→回切。"])
    p.items.append("36/recovery-plan")
    return p.doc("dr_plan", d, False)


def bcp(co, d):
    p = Paper("信息系统业务连续性计划").head(("p", "%s    %s    信息安全管理委员会审定" % (ver(co, 2, 0), any_date(co, d))))
    p.part("适用范围", ["适用于本所审计作业、报告出具、底稿归档及%s的申报/咨询业务。" % co.as_info["cshort"]])
    p.part("业务影响结论", ["年审季出报告、底稿复核和归档为关键业务，最大可容忍中断4小时（年审季高峰2小时）。"])
    p.part("应急响应与灾难恢复机制", ["由《网络安全与数据泄露事件应急预案》和《核心系统灾难恢复计划》支撑；底稿系统不可用时启用离线底稿包和分所本地缓存。"])
    p.part("演练与维护", ["每年年审季前开展一次业务连续性演练，每年评审更新本计划。"])
    p.items.append("42/bcp")
    return p.doc("bcp", d, False)


def drill(co, d, kind):
    if kind == "dr":
        t = "%s数据恢复及灾备切换演练报告" % co.sys(0)
        scene = "依据《网络安全与数据泄露事件应急预案》系统恢复章节，模拟主机房存储故障，将%s切换至同城灾备并恢复一个已归档项目" % co.sys(0)
        items = ["40/recovery-drill", "53/drill"]
        form, flow = "实战演练", "20:00宣布启动→20:12存储接管→20:40数据库恢复→21:05应用启动→21:30质量控制部抽查底稿→22:10回切"
    else:
        t = "数据泄露事件应急演练报告"
        scene = "模拟%s一名项目经理笔记本电脑在高铁遗失，内含上市公司未公开财务资料" % co.rng.choice(co.as_info["br"])
        items = ["40/emergency-drill", "53/drill"]
        form, flow = co.rng.choice(["桌面推演", "实战演练"]), "09:00接报→09:10启动预案→09:25远程擦除与账号冻结→10:00评估泄露范围→10:40客户沟通演示→11:20总结"
    b = [("title", t),
         ("table", [["演练时间", any_date(co, d)], ["演练形式", form], ["演练场景", scene],
                    ["参演人员", "信息技术部%s、%s、%s，风险管理部，%s" % (co.p(1), co.p(2), co.p(4), co.vp(0))], ["演练过程", flow],
                    ["演练结果", "达到预期，用时%d分钟" % co.rng.randint(60, 140)], ["存在问题", "客户沟通模板需更新；部分分所IT专员联系方式过期"],
                    ["记录人", co.p(0)], ["审核", co.boss]])]
    return Doc("drill", "演练报告", d, items, True, b)


def drill_scheme(co, d):
    b = [("title", "%d年度应急演练方案" % d.year), ("p", "信息安全组    %s" % any_date(co, d)),
         ("h1", "一、演练目的"), ("p", "检验《网络安全与数据泄露事件应急预案》的可操作性。"),
         ("h1", "二、演练安排"), ("p", "拟于%d年%d月开展数据泄露桌面推演，%d月开展底稿系统灾备切换演练。" % (d.year, min(12, d.month + 1), min(12, d.month + 2))),
         ("h1", "三、分工"), ("p", "总指挥%s，信息安全组负责脚本，风险管理部负责客户沟通环节。" % co.boss)]
    return Doc("drill_scheme", "演练方案", d, [], False, b, decoy="drill plan")


def drill_notice(co, d):
    b = [("title", "关于开展数据泄露事件应急演练的通知"), ("p", "各分所IT专员、信息技术部各组："),
         ("p", "定于%s开展数据泄露事件应急演练（桌面推演），请参演人员准时参加。" % cnd(d + timedelta(days=10))), ("p", "信息安全组")]
    return Doc("drill_notice", "演练通知", d, [], True, b, decoy="drill notice")


# ------------------------------------------------------------------------------ 体系审核、评审、改进

def internal_audit(co, d):
    p = Paper("%d年度信息安全管理体系内部审核报告" % d.year).head(("p", "审核组长：%s    审核日期：%s" % (co.p(0), any_date(co, d))))
    p.part("审核目的与准则", ["验证ISMS及IT服务管理满足ISO/IEC 27001:2022和本所IT政策规程的要求、满足全所及%s的IT服务需求和IT服务协议要求，"
                              "并得到有效实施和保持。" % co.as_info["cshort"]])
    p.part("审核范围", ["信息技术部各组、服务台、%s三个分所及%s。" % ("、".join(co.as_info["br"][:3]), co.as_info["cshort"])])
    p.part("审核发现", ["不符合项3项：分所IT巡检表复核签字不全；2个RFC缺回退验证记录；知识库条目超期未复核。观察项2项。"])
    p.part("审核结论", ["体系运行总体有效，不符合项已开具纠正措施单。"])
    p.items.append("59/internal-audit")
    return p.doc("internal_audit", d, True)


def rmd_review(co, d):
    b = [("title", "风险管理部关于信息技术一般控制（ITGC）的审阅报告"), ("p", "风险管理部    %s" % any_date(co, d)),
         ("h1", "一、审阅范围"), ("p", "逻辑访问、程序变更、计算机运行三类ITGC，抽样%d个审计项目的底稿系统权限。" % co.rng.randint(20, 60)),
         ("h1", "二、发现"), ("p", "离职人员账号平均停用时间1.6天，超过当日停用要求；个别项目组成员变更后未及时回收权限。"),
         ("h1", "三、建议"), ("p", "与人力资源系统对接实现自动停用。")]
    return Doc("rmd_review", "ITGC审阅", d, [], True, b)


def qm_eval(co, d):
    b = [("title", "%d年度质量管理体系运行评价报告（技术资源部分）" % d.year), ("p", "质量控制部    %s" % any_date(co, d)),
         ("p", "依据《会计师事务所质量管理准则第5101号》，对技术资源的评价结论：审计作业系统和底稿系统能够支持业务执行和质量复核，归档控制有效。")]
    return Doc("qm_eval", "质量管理体系评价", d, [], True, b)


def mr_minutes(co, d, inputs):
    p = Paper("%d年度信息安全管理体系管理评审会议纪要" % d.year).head(
        ("p", "时间：%s    主持：%s（首席信息官）    参加：信息安全管理委员会委员、信息技术部各组组长、风险管理部" % (any_date(co, d), co.boss)))
    txt = {"perf": ("服务和流程的执行情况与符合性", "IT服务级别达成率96.5%，事件、变更、问题等流程按规程执行；内审不符合项3项已整改；ISMS控制措施符合SoA。",
                    ["59/management-review", "60/performance"]),
           "fb": ("相关方反馈", "满意度调研综合91分，合伙人投诉2件（年审季底稿系统缓慢、VPN不稳），%s投诉0件。" % co.as_info["cshort"], ["60/customer-feedback"]),
           "res": ("资源现状与预测", "信息技术部现有%d人、驻场%d人；明年新增%d个分所、底稿系统云化，预计需增加基础架构工程师3人。"
                   % (co.rng.randint(24, 40), co.rng.randint(4, 10), co.rng.randint(1, 3)), ["60/resources"]),
           "ca": ("以往纠正措施的进展", "上年度管理评审提出的5项措施已完成4项，1项（分所双链路）进行中。", ["60/corrective-actions"]),
           "chg": ("可能影响体系的变化", "会计师事务所数据安全新规、底稿系统云化、新设分所及关联机构业务扩张。", ["60/changes"]),
           "imp": ("改进的机会", "年审季扩容前置、DLP误报率高、服务台自助化、离职账号自动停用。", ["60/improvements"])}
    for k in inputs:
        h, s, its = txt[k]
        p.part(h, [s], its)
    p.part("评审结论与输出", ["ISMS和IT服务管理持续适宜、充分、有效；批准增加人员编制和年审季扩容预算。"])
    return p.doc("mr_minutes", d, True)


def mr_notice(co, d):
    b = [("title", "关于召开%d年度ISMS管理评审会议的通知" % d.year),
         ("p", "定于%s召开管理评审会议，请各组准备服务执行情况、相关方反馈、资源需求、纠正措施进展和改进建议等输入材料。" % cnd(d)),
         ("p", "信息安全管理办公室")]
    return Doc("mr_notice", "管理评审通知", d, [], True, b, decoy="meeting notice")


def kpi_watch(co, d):
    rows = [["合伙人及关联机构满意度", "≥90分", "%d分" % co.rng.randint(90, 94), "是", "—"], ["有效投诉", "≤3件/年", "2件", "是", "—"],
            ["P1事件（年审季）", "0", "1起", "否", "CAPA-%d-0%d" % (d.year, co.rng.randint(1, 9))],
            ["变更成功率", "≥98%", "97.2%", "否", "CAPA-%d-1%d" % (d.year, co.rng.randint(0, 9))], ["服务级别达成率", "≥95%", "96.5%", "是", "—"],
            ["底稿系统可用率（年审季）", "≥99.95%", "99.97%", "是", "—"]]
    return ledger("kpi_watch", "%d年IT服务目标监视测量表" % d.year, d, True, [
        ("监视测量", ["监视项", "目标", "实际", "是否达成", "措施"], rows, ["57/measurement"])])


def capa(co, d, verified):
    b = [("title", "纠正预防措施单（CAPA）"),
         ("table", [["编号", "CAPA-%d-%02d" % (d.year, co.rng.randint(1, 20))], ["来源", "KPI未达成：年审季发生P1事件1起（底稿系统存储性能瓶颈）"],
                    ["原因分析（RCA）", "存储容量规划未考虑出报告高峰的附件量，IOPS饱和"], ["纠正措施", "紧急扩容SSD缓存，调整归档任务时段"],
                    ["预防措施", "每年11月开展年审季前容量评估和压测，纳入预防性维护计划"], ["责任人", co.p(2)], ["完成时限", any_date(co, d)],
                    ["有效性验证", "实施后三个月峰值IOPS余量35%%，未再发生性能事件，措施有效" if verified else ""],
                    ["验证人", co.p(0) if verified else ""]])]
    items = ["57/capa"] + (["66/effectiveness"] if verified else [])
    return Doc("capa", "CAPA", d, items, True, b)


def preventive_check(co, d):
    rows = [[(d - timedelta(days=28 * i)).isoformat(), co.rng.choice(["存储使用率逼近80%", "分所防火墙运行超过7年", "邮件证书60天内到期", "底稿系统并发逼近上限"]),
             co.rng.choice(["扩容", "列入更换计划并备件", "提前续期", "年审季前压测扩容"]), co.p(i % 6), "已验证有效"] for i in range(5)]
    return ledger("preventive_check", "预防性维护措施及有效性验证记录（%d年）" % d.year, d, True, [
        ("验证", ["发现日期", "潜在问题", "预防措施", "责任人", "有效性验证"], rows, ["66/effectiveness"])])


def improve_plan(co, d, criteria):
    p = Paper("%d年度IT服务持续改进计划" % d.year).head(("p", "综合管理组编制    首席信息官批准    %s" % any_date(co, d)))
    p.part("改进项目", [("table", [["改进项目", "来源", "改进目标", "责任组", "完成时间"],
                                   ["底稿系统年审季扩容及性能优化", "监视过程（P1事件）", "年审季P1事件为0", "应用运维组", "%d年11月" % d.year],
                                   ["分所SD-WAN双链路改造", "满意度调研", "分所链路中断次数下降50%", "基础架构组", "%d年10月" % d.year],
                                   ["离职账号自动停用", "风险管理部ITGC审阅", "离职当日停用率100%", "应用运维组", "%d年6月" % d.year]])],
           ["64/plan", "68/plan"])
    p.part("改进机会评估标准", ["按对审计作业的影响（40%）、实施成本（30%）、风险（30%）评分，70分以上列入计划；改进项目须经识别、登记、批准、评估、"
                                "测量和报告，结果在管理评审中报告。"], ["64/criteria"], criteria)
    return p.doc("improve_plan", d, True)


def improve_eval(co, d):
    b = [("title", "改进机会评估表"), ("p", "综合管理组    %s" % any_date(co, d)),
         ("table", [["改进机会", "审计作业影响", "实施成本", "风险", "加权得分", "优先级"], ["底稿系统年审季扩容", 9, 7, 9, 84, "高"],
                    ["分所SD-WAN双链路", 8, 6, 8, 75, "高"], ["离职账号自动停用", 7, 8, 9, 73, "中"], ["服务台自助门户", 5, 7, 9, 65, "低"]]),
         ("p", "按加权得分排序，经首席信息官批准前三项实施。  批准：%s" % co.boss)]
    return Doc("improve_eval", "改进机会评估表", d, ["67/analysis", "67/prioritisation"], True, b)


def improve_track(co, d, measured):
    rows = [["底稿系统年审季扩容", "年审季P1为0", "扩容完成并压测", (d - timedelta(days=60)).isoformat(), "压测1800并发响应≤2秒，有效" if measured else "",
             "已在管理评审报告"],
            ["离职账号自动停用", "当日停用率100%", "与HR系统对接上线", (d - timedelta(days=15)).isoformat(), "上线后当日停用率100%，有效" if measured else "", "已报告"]]
    items = ["68/implementation"] + (["68/effectiveness"] if measured else [])
    return ledger("improve_track", "持续改进项目跟踪表（%d年）" % d.year, d, True, [
        ("跟踪", ["改进项目", "改进目标", "实施情况", "完成日期", "效果测量", "报告情况"], rows, items)])


def awareness(co, d):
    rows = [[i + 1, co.p(i), ["综合管理组", "信息安全组", "基础架构组", "信息安全组", "应用运维组", "服务台"][i], "已学习", "%d" % co.rng.randint(80, 100)]
            for i in range(6)] + [[7, co.vp(0), "驻场", "已学习", "%d" % co.rng.randint(80, 100)]]
    return ledger("awareness", "“持续改进·服务提升”专题宣贯学习记录（学习平台导出）", d, True, [
        ("学习记录", ["序号", "姓名", "小组", "状态", "测验"], rows, ["69/awareness-training"]),
        ("课程信息", ["项目", "内容"], [["时间", any_date(co, d)], ["讲师", co.p(0)],
                                       ["内容", "持续服务改进的意义、改进机会的提出与登记、年审季扩容改进案例"]], [])])


def defects(co, d):
    p = Paper("%d年IT服务复盘（Post-incident Review）及改进报告" % d.year).head(("p", "综合管理组    %s" % any_date(co, d)))
    p.part("重大事件", ["%d月出报告高峰，底稿系统存储IOPS饱和，全所响应缓慢持续95分钟（P1），原因为容量规划未考虑附件增长。" % co.rng.choice([3, 4])])
    p.part("失败变更", ["邮件网关规则升级失败回退2次，原因为测试环境与生产规则不一致。"])
    p.part("服务不达标", ["第二季度服务台15秒接通率85%，未达90%的目标。"])
    p.part("改进计划", ["建立年审季前容量评估；测试环境规则同步；高峰期增派坐席。"])
    p.items.append("70/defect-analysis")
    return p.doc("defects", d, True)


def year_report(co, d, data, forecast):
    y = d.year - 1
    p = Paper("%d年度信息技术工作报告" % y).head(("p", "提交：合伙人管理委员会    报告人：%s（首席信息官）    %s" % (co.boss, any_date(co, d))))
    p.part("年度工作回顾", ["完成底稿系统升级、%d个分所SD-WAN改造、ISO/IEC 27001监督审核和等级保护测评；年审季无P1事件以外的重大中断。" % co.rng.randint(6, 14)])
    p.part("运维数据汇总", [("table", [["指标", "全年"], ["异常报告及时率", "98.4%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "97.6%"],
                                       ["故障隐患发现率", "91%"], ["异常主动发现率", "87%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                       ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "93%"], ["安全事件次数", co.rng.randint(15, 50)]])],
           ["56/data"], data)
    p.part("服务数据分析及预测", ["汇总全年日志、变更、事件、服务请求和问题：事件同比下降12%，服务请求上升28%（新入职及项目权限），变更集中在5月和11月；",
                                  "预测%d年服务请求继续增长约20%%，底稿系统云化前后变更量将翻番，需增加服务台坐席、推广自助门户。" % (y + 1)],
           ["71/forecast"], forecast)
    p.part("下年度工作计划", ["底稿系统云化评估、新设分所网络建设、数据安全合规专项。"])
    return p.doc("year_report", d, True)


# ------------------------------------------------------------------------------ files that cite, announce or have nothing to do

def signin(co, d, what):
    rows = [[i + 1, co.p(i), "信息技术部", ""] for i in range(6)] + [[7, co.vp(0), "驻场", ""]]
    return Doc("signin", "学习签到表", d, [], True, sheets=[("签到", [["《%s》宣贯学习签到表" % what], ["时间：%s" % any_date(co, d)],
                                                                     ["序号", "姓名", "部门", "签名"]] + rows)], decoy="sign-in about a plan or 规程")


def reg_index(co, d, keys):
    b = [("title", "信息技术部现行有效文件清单"), ("p", "%s" % any_date(co, d)),
         ("p", "经年度评审，现行有效的IT政策和规程共%d项：" % len(keys))] + \
        [("p", "%d. 《%s》（%s）" % (i, REGS[k][0], reg_code(co, k))) for i, k in enumerate(keys, 1)]
    return Doc("reg_index", "文件清单", d, [], False, b, decoy="list citing policies by 《》")


def self_assess(co, d):
    rows = [[i, t, "符合", "见%s" % w] for i, t, w in [(1, "采集客户对运维服务时间的需求", "需求调研报告"), (12, "制定安全运维服务目录", "IT服务目录"),
                                                    (40, "应急事件响应机制和恢复保障", "演练报告"), (59, "内部审核", "ISMS内审报告")]]
    return Doc("self_assess", "自评估表工作底稿", d, [], False, sheets=[("自评", [["CCRC信息系统安全运维服务资质自评估表（工作底稿）"],
                                                                              ["序号", "条款", "自评结论", "证明材料"]] + rows)],
               decoy="the self-assessment form itself")


UNREL = [
    ("行政", "关于举办%d年度合伙人大会的通知", ["全体合伙人：定于三亚召开年度合伙人大会，请于会前完成独立性年度声明。"]),
    ("人力", "%d年度CPE继续教育学时统计", ["请各分所于12月15日前在学习平台完成学时确认，注册会计师年度学时不少于40学时。"]),
    ("质控", "项目质量复核要点提示（年报审计）", ["关注收入确认的截止测试和函证程序的独立性，重大错报风险领域须由项目质量复核人复核。"]),
    ("行政", "关于规范差旅住宿标准的通知", ["一线城市住宿标准每晚不超过550元，年审季驻场可按实际报销。"]),
    ("市场", "%s品牌宣传册", ["我们为上市公司、国有企业和外资企业提供审计、税务和咨询服务。"]),
    ("风管", "独立性年度声明填报说明", ["所有员工须在独立性管理系统中申报持有的证券和亲属关系。"]),
    ("工会", "%d年羽毛球比赛报名表", ["以部门为单位报名，每队6人。"]),
]


def unrelated(co, d, i):
    folder, t, ps = UNREL[i]
    if "%d" in t:
        t = t % d.year
    elif "%s" in t:
        t = t % co.as_info["firm"]
    b = [("title", t)] + [("p", p) for p in ps]
    return folder, t, Doc("unrelated", t, d, [], False, b, decoy="unrelated")


# ------------------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an AS share: 制度规程, IT治理与组织, 服务管理, 基础运维, 应用运维, 信息安全, 应急, 分所IT, ISMS与持续改进,
    关联机构IT服务, 年审季保障, 归档, personal folders and the NAS recycle bin (folder names by AS_INFO's layout)."""
    co.as_info = AS_INFO[getattr(co, "info_id", co.id)]
    co.as_holes = set(co.as_info["holes"])
    co.as_no = {}
    taken = set(co.people) | set(co.cpeople) | set(co.vpeople)
    co.as_brit = []
    while len(co.as_brit) < 4:
        n = co.rng.choice(BR_SUR) + co.rng.choice(BR_GIVEN)
        if n not in taken and n not in co.as_brit:
            co.as_brit.append(n)
    H = co.as_holes
    I = co.as_info
    r = co.rng
    F = LAYOUTS[I["layout"]]
    made = []
    co.gaps = sorted(H)
    co.oldonly = sorted(h for h in H if h.endswith("_old"))

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.45)
        opt.setdefault("styled", r.random() < 0.75)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), co.p(r.randint(0, 5)), "Administrator", "IT-%s" % I["code"], "user"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            n = 1
            while "%s(%d).%s" % (base, n, ext) in co.used:
                n += 1
            rel = "%s(%d).%s" % (base, n, ext)
        co.add(rel, doc, **opt)
        return rel

    def rec(name, factory, d, **opt):
        """A record placed now and remembered for the 归档 copies of last year."""
        doc = factory(d)
        put(name(d), doc, **opt)
        if doc.items and doc.record:
            made.append((name, factory, d))
        return doc

    def yr(d):
        return ("%d/" if I["layout"] == "num" else "%d年/") % d.year

    scan = {"creator": "Canon iR-ADV C5535 (OCR)", "author": "scanner", "styled": False}
    wps = {"creator": "WPS Office"}

    # --- 制度规程: 政策 (some wrapped in the 所发), 规程, the 汇编, 作业指导书
    drop = {"no_prevproc": "preventive", "no_slm": "slm", "no_monproc": "monitor"}
    keys = [k for k in REGS if k not in {drop[h] for h in H if h in drop}]
    pool = [k for k in keys if REGS[k][1] == "pro"]
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(4, 6)] + ["itpol", "incpol"], key=list(REGS).index)
    d = co.issued()
    put(F["pol"] + "信息技术政策与规程汇编（%d年版）.pdf" % d.year, compendium(co, d, in_book), **wps)
    gw_names = []
    for k in keys:
        name, level, _ = REGS[k]
        if k in in_book and r.random() < 0.75:
            continue
        d = co.issued()
        wrapped = level == "pol" and r.random() < 0.5
        doc = reg_doc(co, d, k, wrapped=wrapped, long_cover=level == "pro" and r.random() < 0.2)
        ext = r.choice(["docx", "docx", "pdf"])
        if level == "pol":
            gw_names.append(name)
            sub = "政策/" if I["layout"] != "team" else "IT-POL/"
            nm = r.choice(["%s %s %s" % (doc.as_code, name, ver(co, 2, r.randint(0, 3))), "%s（%s）" % (name, doc.as_code),
                           "%s_%s" % (doc.as_code, name)])
            put(F["pol"] + sub + nm + "." + ext, doc, **(scan if ext == "pdf" and r.random() < 0.5 else {}))
        else:
            sub = "规程/" if I["layout"] != "team" else "IT-PRO/"
            put(F["pol"] + sub + "%s %s.%s" % (doc.as_code, name, ext), doc)
    d = co.issued()
    put(F["pol"] + "管委会决议/%s 合伙人管理委员会决议（IT政策）.pdf" % ymd(d), gw_resolution(co, d, gw_names or [REGS["itpol"][0]]), **scan)
    wkeys = list(WIS)
    if "wi_one" in H:
        k = r.choice(wkeys)
        d = co.issued()
        put(F["pol"] + "作业指导书/%s %s.docx" % (wi_code(co, k), WIS[k][0]), wi_doc(co, d, k))
    else:
        bound = sorted(r.sample(wkeys, r.randint(2, 3)), key=wkeys.index)
        d = co.issued()
        put(F["pol"] + "作业指导书/信息技术部作业指导书汇编（%d年）.docx" % d.year, wi_book(co, d, bound))
        loose = [k for k in wkeys if k not in bound]
        for k in r.sample(loose, max(2, len(loose) - 1)):
            d = co.issued()
            put(F["pol"] + "作业指导书/%s %s.%s" % (wi_code(co, k), WIS[k][0], r.choice(["docx", "pdf"])), wi_doc(co, d, k))

    # --- IT治理与组织
    d = co.issued()
    pending_iface = "iface_pending" in H
    org = sec_committee(co, d, True)
    if pending_iface:
        org.blocks = [(b[0], b[1].replace("（首席信息安全官）", "（信息技术部副经理）")) if b[0] == "p" else
                      (b[0], [[c.replace("（首席信息安全官）", "（信息技术部副经理）") for c in row] for row in b[1]]) if b[0] == "table" else b
                      for b in org.blocks]
    put(F["gov"] + "组织机构/%s 关于调整信息安全管理委员会及信息技术服务组织的通知.pdf" % ymd(d), org, **(scan if r.random() < 0.5 else {}))
    rec(lambda d: F["gov"] + "人员/信息技术部人员名册_%s.xlsx" % ymd(d), lambda d: staff_roster(co, d, True), co.fresh())
    if "no_roles" not in H:
        d = co.issued()
        put(F["gov"] + "组织机构/IT服务岗位及角色清单.xlsx", role_sheet(co, d))
    if not pending_iface:
        d = co.issued()
        put(F["gov"] + "所发文件/%s 关于任命首席信息安全官及信息安全接口人的通知.docx" % ymd(d), ciso_notice(co, d))
    d = co.issued()
    put(F["desk"] + "关于启用IT服务台统一服务热线的通知.pdf", desk_notice(co, d), **scan)
    if "no_desktrain" not in H:
        rec(lambda d: F["desk"] + "培训/%s服务台坐席培训记录.xlsx" % ymd(d), lambda d: desk_training(co, d), co.fresh())
    months = sorted(r.sample(range(2, 12), 3))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 26))
        if i == 0:
            t = ["ciso_pending" if pending_iface else ("ciso" if r.random() < 0.5 else "budget"), "ai"] + \
                (["desk"] if r.random() < 0.3 else [])
        elif i == 1:
            t = ["improve_pending" if "improve_pending" in H else "improve", "busy"]
        else:
            t = ["budget", "busy"]
        put(F["gov"] + "管委会纪要/%s 管委会纪要（IT事项摘录）.%s" % (ymd(d), r.choice(["docx", "pdf"])), gw_minutes(co, d, t))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(F["gov"] + "周例会/%s周例会纪要.docx" % ymd(d), weekly_minutes(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(F["gov"] + "CAB/CAB会议纪要_%s.docx" % ymd(d), cab_minutes(co, d))

    # --- 服务管理
    d = co.issued()
    parts = ("base", "l1") if "catalog_nol2" in H else ("base", "l2", "l1")
    put(F["svc"] + "IT服务目录（%d版）.xlsx" % d.year, catalog(co, d, parts))
    d = co.issued()
    put(F["svc"] + r.choice(["IT服务级别设计及OLA.docx", "附件2 IT服务级别设计及OLA.docx", "附件2.docx"]), sld_ola(co, d, True, "no_ola" not in H))
    if "no_kpis" not in H:
        d = co.issued()
        put(F["svc"] + "核心系统可用性指标清单.xlsx", avail_kpis(co, d))
    d = co.old() if "svc_old" in H else co.fresh()
    put(F["svc"] + "%d年以往服务方案生产影响分析.docx" % d.year, svc_review(co, d, True))
    if "no_dev" not in H:
        d = co.fresh()
        put(F["app"] + "%d年度IT运维工具自主开发计划.docx" % d.year, dev_plan(co, d))

    # --- 关联机构IT服务 (the customer): 01需求调研, 02协议, 03健康检查, 04月报, 05满意度
    C = F["cust"] + "%s/" % I["cshort"]
    d_sa = date(2024, 1, 2) + timedelta(days=r.randint(0, 800))     # the agreement in force (three years)
    d0 = d_sa - timedelta(days=r.randint(60, 150))
    put(C + "01需求调研/关于%sIT服务需求的调研报告.docx" % I["cshort"], survey(co, d0, True, True))
    if "budget_tmpl" in H:
        put(C + "01需求调研/IT服务费用测算表（模板）.xlsx", empty_form("IT服务费用测算表", co.fresh(),
                                                                  ["序号", "服务项目", "工作量（人天）", "人力资源", "单价", "金额", "节点"]))
    else:
        d = d0 + timedelta(days=r.randint(5, 30))
        put(C + "01需求调研/%s%d年度IT服务费用测算表.xlsx" % (I["cshort"], d.year), fee_sheet(co, d))
    d = d0 + timedelta(days=r.randint(7, 40))
    put(C + "01需求调研/%s IT服务对接会议纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d, True))
    on = ("list", "strategy") if "hist_noanalysis" in H else ("list", "analysis", "strategy")
    d = d0 + timedelta(days=r.randint(10, 50))
    put(C + "01需求调研/上一服务期IT运行数据分析及保障方案.docx", history(co, d, on))
    d = co.issued()
    put(C + "01需求调研/关联交易定价备忘录.pdf", pricing_memo(co, d), **wps)
    d = d_sa
    put(C + "02服务协议/IT服务协议（%s）盖章扫描件.pdf" % I["cshort"], agreement(co, d, True, True, True), **(scan if r.random() < 0.6 else {}))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        rec(lambda d: C + "03健康检查/%d年%s健康检查报告.%s" % (d.year, "上半年" if d.month <= 6 else "下半年", r.choice(["docx", "pdf"])),
            lambda d: health_check(co, d, "collect_old" not in H and r.random() < 0.35, r.random() < 0.85), d)
    for m in sorted(r.sample(range(2, 11), r.randint(1, 2))):
        d = date(2026, m, r.randint(2, 10))
        put(C + "04月度报告/%s IT服务月报%d%02d.docx" % (I["cshort"], d.year, d.month - 1), cust_monthly(co, d))
    S = F["qa"] + "满意度调研/"
    for d, h, y in [(date(2025, 7, 6), "上半年", 2025), (date(2026, 1, 12), "下半年", 2025), (date(2026, 7, 8), "上半年", 2026)]:
        d = d + timedelta(days=r.randint(0, 14))
        put(S + "%d年%sIT服务满意度调研报告.%s" % (y, h, r.choice(["docx", "pdf"])), csat(co, d, h, y))
    if "no_trend" not in H:
        d = co.fresh()
        put(S + "满意度变化趋势分析_%d.docx" % d.year, csat_trend(co, d))
    d = co.old() if "followup_old" in H else co.fresh()
    put(S + "IT服务主动回访登记表%d.xlsx" % d.year, callbacks(co, d))
    d = co.fresh()
    put(F["app"] + "底稿系统/%s使用体验问卷结果.xlsx" % I["wp"][1], ux_survey(co, d))

    # --- 基础运维: 总所机房巡检, 分所巡检, 故障, 工单, 变更, 台账, 采集, 可用性, 月报, 备份
    O = F["ops"]
    full = ("env", "dev", "av", "maint", "fault", "up")
    for i, m in enumerate(sorted(r.sample(range(1, 11), r.randint(2, 3)))):
        d = date(2026, m, r.randint(20, 28))
        kinds = full if i == 0 else tuple(k for k in full if r.random() < 0.7) or ("env",)
        rec(lambda d, kinds=kinds: O + "%s机房巡检/总所机房巡检记录表%d年%02d月.xlsx" % (yr(d), d.year, d.month),
            lambda d, kinds=kinds: dc_inspection(co, d, kinds), d)
    twice = r.choice(I["br"][:3])
    for bi, branch in enumerate(I["br"]):
        for j, m in enumerate(sorted(r.sample(range(1, 11), 2 if branch == twice else 1))):
            d = date(2026, m, r.randint(1, 8))
            if bi == 3 and j == 0:
                kinds = ("office",)           # one 分所 filled only the office-equipment sheet
            else:
                kinds = tuple(k for k in ("dev", "av", "office") if r.random() < 0.85) or ("dev",)
            ext = "xlsx"
            put(F["br"] + "%s%s/%s IT巡检表%d%02d.%s" % (yr(d), branch, branch, d.year, d.month, ext), br_inspection(co, d, branch, kinds), **wps)
    d = co.old() if "hw_old" in H else co.fresh()
    put(O + "%s安全设备硬件故障统计表.xlsx" % yr(d), hw_stats(co, d))
    if "hw_old" in H:
        co.raw(O + "%d年/安全设备硬件故障统计表.xlsx" % 2026 if I["layout"] != "num" else O + "2026/安全设备硬件故障统计表.xlsx", b"", "empty file")
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        rec(lambda d: F["desk"] + "%s工单导出/%s_%d%02d.xlsx" % (yr(d), I["itsm"].replace(" ", ""), d.year, d.month),
            lambda d: tickets(co, d, "tickets_noresp" not in H), d)
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        rec(lambda d: O + "%s变更记录/RFC导出_%s.xlsx" % (yr(d), ymd(d)), lambda d: change_export(co, d, True), d)
    d = co.fresh()
    put(O + "%s变更记录/RFC导出_%d%02d(空).xlsx" % (yr(d), d.year, d.month), change_export(co, d, False))
    rec(lambda d: O + "台账/IT资产台账_%s.xlsx" % ymd(d), lambda d: asset_book(co, d), co.fresh())
    if "no_cmdb" not in H:
        rec(lambda d: O + "台账/CMDB配置项导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, "cmdb_norel" not in H), co.fresh())
    rec(lambda d: O + "台账/配置项变更维护登记%d.xlsx" % d.year, lambda d: ci_changes(co, d), co.fresh())
    d = co.old() if "collect_old" in H else co.fresh()
    put(O + "%s网络安全信息采集记录.xlsx" % yr(d), collect_sheet(co, d, ("config", "traffic", "status")))
    if "no_aplan" not in H:
        d = co.issued()
        put(O + "可用性管理/%d年核心系统可用性计划.docx" % d.year, avail_plan(co, d))
    rec(lambda d: O + "可用性管理/服务中断登记表（%d年）.xlsx" % d.year, lambda d: outage_book(co, d), co.fresh())
    for m in sorted(r.sample(range(2, 12), r.randint(2, 3))):
        d = date(2026, m, r.randint(3, 12))
        put(F["svc"] + "IT月报/%d年/IT服务月报（%d年%d月）.%s" % (2026, 2026 if m > 1 else 2025, m - 1, r.choice(["docx", "pdf", "docx"])),
            it_monthly(co, d, r.random() < 0.85, r.random() < 0.5, r.random() < 0.6))
    if "no_kb" not in H:
        d = co.fresh()
        put(O + "知识库/%s知识库导出_%s.xlsx" % (I["kb"], ymd(d)), kb_export(co, d))
    for i in range(1):
        d = co.fresh()
        put(O + "%s备份检查/备份作业检查记录%d%02d.xlsx" % (yr(d), d.year, d.month), backup_check(co, d))

    # --- 应用运维: 底稿系统升级, 兼容性, 需求分析, 基线, 归档监控
    A = F["app"] + "底稿系统/%s升级/" % I["wp"][1]
    d = date(2026, r.randint(5, 10), r.randint(1, 20))     # after the 年审季 change freeze
    put(A + "底稿系统%s升级实施方案.docx" % I["wp"][1], upgrade_plan(co, d, True, True))
    put(A + "RFC扫描件_%s.pdf" % ymd(d), rfc_form(co, d, True), **scan)
    put(A + "关于底稿系统升级停机的通知.docx", upgrade_notice(co, d + timedelta(days=2)))
    if "no_compat" not in H:
        put(A + "兼容性测试报告_%s.docx" % ymd(d - timedelta(days=6)), compat(co, d - timedelta(days=6)))
    d = co.fresh()
    put(F["cust"] + "%s/06项目/%s部署/需求分析记录（签字版）.pdf" % (I["cshort"], I["csys"][0]), requirements(co, d), **scan)
    d = co.fresh()
    put(F["app"] + "电子档案/%d年%d月电子底稿归档及时性监控报表.xlsx" % (d.year, d.month), archive_monitor(co, d))
    d = co.issued()
    put(F["sec"] + "安全基线/信息系统安全配置基线.xlsx", baseline(co, d))

    # --- 信息安全
    Q = F["sec"]
    if "logaudit_old" in H:
        d = co.old()
        put(Q + "%s日志审计/%d年第%d季度安全日志审计分析报告.docx" % (yr(d), d.year, quarter(d)), log_audit(co, d))
        co.raw(Q + "%s日志审计/2026年第3季度安全日志审计分析报告.docx" % yr(date(2026, 1, 1)), b"", "empty file")
    else:
        for i in range(r.randint(1, 2)):
            rec(lambda d: Q + "%s日志审计/%d年第%d季度安全日志审计分析报告.%s" % (yr(d), d.year, quarter(d), r.choice(["docx", "pdf"])),
                lambda d: log_audit(co, d), co.fresh())
        if r.random() < 0.6:
            d = co.fresh()
            put(Q + "%s日志审计/审计周报%s.txt" % (yr(d), ymd(d)), log_audit(co, d, True), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        put(Q + "%s安全通告/信息安全通告第%d期.%s" % (yr(d), n, r.choice(["docx", "pdf", "docx"])), sec_bulletin(co, d, n, i == 0 or r.random() < 0.6))
    if "no_secstats" not in H:
        rec(lambda d: Q + "%s信息安全事件统计分析表.xlsx" % yr(d), lambda d: sec_stats(co, d, True), co.fresh())
    d = co.fresh()
    put(Q + "渗透测试/%d年度渗透测试计划.docx" % d.year, pentest_plan(co, d))
    d = co.old() if "pt_old" in H else co.fresh()
    put(Q + "渗透测试/%s %s渗透测试报告.pdf" % (ymd(d), co.sys(0)), pentest_report(co, d))
    d = co.issued()
    put(Q + "等级保护/%s定级报告.pdf" % co.sys(0), grading(co, d), **scan)
    d = co.issued()
    put(Q + "等级保护/信息系统重要性分级及保护要求.docx", grading_std(co, d))
    d = co.issued()
    put(Q + "数据安全/客户数据分类分级指引（试行）.docx", data_guide(co, d))
    d = co.issued()
    put(Q + "ISMS/ISO27001适用性声明SoA_%s.xlsx" % ver(co, 2, 1).replace("/", "-"), soa(co, d))
    d = co.fresh()
    put(Q + "ISMS/%d年度信息安全风险评估报告.docx" % d.year, risk_assess(co, d))
    d = co.issued()
    put(Q + "ISMS/ISO27001认证证书.pdf", iso_cert(co, d), **scan)
    for i in range(1):
        d = co.fresh()
        put(Q + "%sDLP/DLP告警月报%d%02d.xlsx" % (yr(d), d.year, d.month), dlp_monthly(co, d))
    d = co.fresh()
    put(Q + "%s钓鱼邮件演练结果通报.docx" % yr(d), phishing(co, d))
    d = co.fresh()
    put(Q + "%s漏洞扫描/漏洞扫描任务导出_%s.xlsx" % (yr(d), ymd(d)), vuln_scan(co, d))

    # --- 应急与业务连续性
    B = F["bcm"]
    d = co.issued()
    put(B + "预案/网络安全与数据泄露事件应急预案（%d年修订）.%s" % (d.year, r.choice(["docx", "pdf"])), emergency_plan(co, d, True, r.random() < 0.4))
    d = co.issued()
    put(B + "预案/核心系统灾难恢复计划.docx", dr_plan(co, d))
    if "bcp_draft" not in H:
        d = co.issued()
        put(B + "业务连续性/信息系统业务连续性计划.pdf", bcp(co, d))
    if "drill_planonly" not in H:
        d = co.fresh()
        if r.random() < 0.3:
            put(F["usr"] + "%s/新建 Microsoft Word 文档 (%d).docx" % (co.p(1), r.randint(2, 6)), drill(co, d, "leak"))
        else:
            rec(lambda d: B + "演练/%s%s数据泄露事件应急演练报告.docx" % (yr(d), ymd(d)), lambda d: drill(co, d, "leak"), d)
        if "no_drdrill" not in H:
            rec(lambda d: B + "演练/%s%s灾备切换演练报告.pdf" % (yr(d), ymd(d)), lambda d: drill(co, d, "dr"), co.fresh(), **scan)
    d = co.fresh()
    put(B + "演练/%d年度应急演练方案.docx" % d.year, drill_scheme(co, d))
    if "drill_planonly" in H or r.random() < 0.5:
        d = co.fresh()
        put(B + "演练/关于开展数据泄露事件应急演练的通知.docx", drill_notice(co, d))

    # --- ISMS、监视测量、审核、评审、改进
    G = F["qa"]
    if "no_kpi" not in H:
        kn = r.choice(["%d年IT服务目标监视测量表.xlsx", "%d年IT服务目标监视测量表.xlsx", "附件3（%d）.xlsx"])
        rec(lambda d: G + "监视测量/" + kn % d.year, lambda d: kpi_watch(co, d), co.fresh())
    d = co.old() if "capa_old" in H else co.fresh()
    nm = r.choice(["CAPA-%s.pdf" % ymd(d), "扫描件%04d.pdf" % r.randint(20, 900)])
    put(G + "纠正预防措施/" + nm, capa(co, d, True), **scan)
    if r.random() < 0.35 and "capa_old" not in H:
        rec(lambda d: G + "纠正预防措施/CAPA-%s.docx" % ymd(d), lambda d: capa(co, d, r.random() < 0.5), co.fresh())
    rec(lambda d: G + "监视测量/预防性维护措施验证记录%d.xlsx" % d.year, lambda d: preventive_check(co, d), co.fresh())
    rec(lambda d: G + "内审/%d年度ISMS内部审核报告.docx" % d.year, lambda d: internal_audit(co, d), co.fresh())
    d = co.fresh()
    put(G + "内审/风险管理部ITGC审阅报告_%s.pdf" % ymd(d), rmd_review(co, d), **wps)
    d = co.fresh()
    put(G + "内审/%d年度质量管理体系运行评价（技术资源部分）.docx" % d.year, qm_eval(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if not (k == "perf" and "mr_noperf" in H)]
    rec(lambda d: G + "管理评审/%d年度管理评审会议纪要.docx" % d.year, lambda d: mr_minutes(co, d, inputs), co.fresh())
    d = co.fresh()
    put(G + "持续改进/%d年度IT服务持续改进计划.docx" % d.year, improve_plan(co, d, "plan_nocrit" not in H))
    if "improve_pending" not in H:
        rec(lambda d: G + "持续改进/改进机会评估表_%s.docx" % ymd(d), lambda d: improve_eval(co, d), co.fresh())
    if "no_itrack" not in H:
        rec(lambda d: G + "持续改进/持续改进项目跟踪表%d.xlsx" % d.year, lambda d: improve_track(co, d, True), co.fresh())
    if "aware_signin" in H:
        d = co.fresh()
        put(G + "培训/%s《IT服务持续改进规程》宣贯签到表.xlsx" % ymd(d), signin(co, d, "IT服务持续改进规程"))
    else:
        rec(lambda d: G + "培训/%s持续改进宣贯学习记录.xlsx" % ymd(d), lambda d: awareness(co, d), co.fresh())
    d = co.old() if "defects_old" in H else co.fresh()
    put(G + "持续改进/%d年IT服务复盘及改进报告.docx" % d.year, defects(co, d))
    d = date(2026, 1, r.randint(12, 28))
    put(F["gov"] + "年度报告/" + r.choice(["2025年度信息技术工作报告（提交管委会）.docx", "2025年度IT工作报告_final.docx",
                                          "2025年度信息技术工作报告（终稿）.docx"]), year_report(co, d, True, "report_nofcst" not in H))
    d = date(2025, 1, r.randint(12, 28))
    put(F["arc"] + "2025/2024年度信息技术工作报告（提交管委会）.pdf", year_report(co, d, True, True))

    # --- 年审季保障: real documents that prove nothing
    d = date(2025, 12, r.randint(1, 15))
    put(F["busy"] + "2026年审季/2026年年审季IT保障方案.docx", busy_plan(co, d))
    d = date(2026, 1, r.randint(2, 6))
    put(F["busy"] + "2026年审季/年审季IT值班表.xlsx", busy_roster(co, d))
    d = date(2026, 5, r.randint(6, 20))
    put(F["busy"] + "2026年审季/2026年年审季IT保障工作总结.docx", busy_summary(co, d))

    # --- personal folders: a working copy or two of real records
    if made:
        name, factory, d = r.choice(made)
        doc = factory(d)
        base = name(d).rsplit("/", 1)[-1]
        stem, ext = base.rsplit(".", 1)
        put(F["usr"] + "%s/%s - 副本.%s" % (co.p(r.randint(0, 5)), stem, ext), doc)
    archive(co, made, put, F)
    decoys(co, lock_bytes, put, keys, F, scan)


def archive(co, made, put, F):
    """Last year's copies under the 归档 folder: genuine, a year older, stale."""
    for name, factory, d in made:
        if co.rng.random() >= 0.15:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = F["arc"] + "%d/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        put(rel, factory(prev))


def decoys(co, lock_bytes, put, keys, F, scan):
    r = co.rng
    I, H = co.as_info, co.as_holes
    # 空表 / 模板 / 范本
    put(F["ops"] + "表单模板/总所机房巡检记录表（空表）.xlsx",
        empty_form("总所机房巡检记录表", co.fresh(), ["日期", "设备", "运行状态", "CPU", "告警", "巡检人"]))
    put(F["br"] + "分所IT巡检表（模板）.xlsx", empty_form("分所IT巡检表", co.fresh(), ["检查项", "设备", "状态", "CPU", "内存", "告警", "备注"]))
    put(F["ops"] + "表单模板/IT变更申请单RFC（模板）.docx",
        empty_paper("IT变更申请单（RFC）", co.fresh(), ["变更内容", "影响范围", "测试情况", "回退方案", "CAB意见", "实施结果"]))
    put(F["qa"] + "满意度调研/IT服务满意度调研问卷（空白）.xlsx",
        empty_form("IT服务满意度调研问卷", co.fresh(), ["维度", "非常满意", "满意", "一般", "不满意", "意见建议"]))
    put(F["cust"] + "%s/02服务协议/IT服务协议（范本）.docx" % I["cshort"],
        empty_paper("IT服务协议（范本）", co.fresh(), ["第一条 服务范围", "第二条 运维方式", "第三条 服务级别及核心指标", "第四条 健康检查",
                                                 "第五条 保密", "第六条 费用与期限"]))
    put(F["bcm"] + "演练/应急演练报告（模板）.docx", empty_paper("应急演练报告", co.fresh(), ["演练时间", "演练场景", "演练过程", "演练结果", "存在问题"]))
    if r.random() < 0.6:
        put(F["qa"] + "纠正预防措施/CAPA单（空白）.docx", empty_paper("纠正预防措施单（CAPA）", co.fresh(),
                                                                  ["来源", "原因分析（RCA）", "纠正措施", "预防措施", "有效性验证"]))
    # drafts
    d = co.fresh()
    put(F["bcm"] + "业务连续性/信息系统业务连续性计划（征求意见稿）.docx", nullify(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put(F["usr"] + "%s/IT服务协议修订（送审稿）.docx" % co.p(0), nullify(agreement(co, d, True, True, True), "draft", "（送审稿）"))
    d = co.fresh()
    put(F["usr"] + "%s/%d年持续改进计划（讨论稿）.docx" % (co.p(3), d.year + 1), nullify(improve_plan(co, d, True), "draft", "（讨论稿）"))
    d = co.fresh()
    put(F["usr"] + "%s/管理评审纪要初稿.docx" % co.p(0), nullify(mr_minutes(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]), "draft", "（初稿）"))
    if r.random() < 0.6:
        d = co.fresh()
        put(F["pol"] + "修订中/信息技术管理政策（征求意见稿）.docx", nullify(reg_doc(co, d, "itpol"), "draft", "（征求意见稿）"))
    # withdrawn
    d = date(2021, 3, 15)
    put(F["pol"] + "作废/问题管理规程（2021版）作废.docx", nullify(reg_doc(co, d, "problem"), "obsolete", "（作废）"))
    d = date(2020, 9, 8)
    put(F["bcm"] + "预案/作废/信息安全事件应急预案（2020版）作废.pdf", nullify(emergency_plan(co, d, True, True), "obsolete", "（作废）"))
    for h, k in (("no_prevproc", "preventive"), ("no_slm", "slm"), ("no_monproc", "monitor")):
        if h in H:   # the only copy of a dropped 规程 is a withdrawn one
            d = date(2022, 6, 20)
            put(F["pol"] + "作废/%s（2022版）已废止.docx" % REGS[k][0], nullify(reg_doc(co, d, k), "obsolete", "（已废止）"))
    # recycle bin: copies of real documents
    bin_ = I["bin"]
    if bin_.startswith("$RECYCLE"):
        bin_ += "S-1-5-21-%d-%d-%d-%d/" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(1000, 1300))
        rnd = lambda: "$R" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))  # noqa: E731
        n1, n2, n3 = rnd() + ".docx", rnd() + ".xlsx", rnd() + ".docx"
    else:
        n1, n2, n3 = "数据泄露事件应急演练报告.docx", "RFC导出_%s.xlsx" % ymd(co.fresh()), "信息系统业务连续性计划.docx"
    put(bin_ + n1, nullify(drill(co, co.fresh(), "leak"), "recycle bin"))
    put(bin_ + n2, nullify(change_export(co, co.fresh(), True), "recycle bin"))
    if r.random() < 0.6:
        put(bin_ + n3, nullify(bcp(co, co.issued()), "recycle bin"))
    # sign-in sheets about plans, lists of names, notices, the self-assessment itself
    for what in ("网络安全与数据泄露事件应急预案", "IT变更管理规程", "信息系统业务连续性计划"):
        if r.random() < 0.75:
            d = co.fresh()
            put(F["qa"] + "培训/%s《%s》宣贯签到表.xlsx" % (ymd(d), what), signin(co, d, what))
    idx = reg_index(co, co.fresh(), keys)
    for k in REGS:
        if k not in keys:
            idx.blocks.append(("p", "（待制定）《%s》" % REGS[k][0]))
    put(F["pol"] + "信息技术部现行有效文件清单.docx", idx)
    d = co.fresh()
    put(F["qa"] + "管理评审/关于召开%d年度ISMS管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    co.raw(F["qa"] + "管理评审/会议邀请_ISMS管理评审.ics",
           ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:%d年度ISMS管理评审\r\nDTSTART:%s\r\nLOCATION:总所12楼会议室\r\n"
            "DESCRIPTION:请准备评审输入材料\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (d.year, ymd(d) + "T140000")).encode("utf-8"),
           "calendar invitation")
    put(F["oth"] + "资质申报/CCRC自评估表（工作底稿）.xlsx", self_assess(co, co.fresh()))
    # unrelated
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put(F["oth"] + "%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    # personal generic names
    d = co.fresh()
    put(F["usr"] + "%s/Book%d.xlsx" % (co.p(2), r.randint(1, 9)), Doc("book", "Book", d, [], False, sheets=[("Sheet1", [
        ["分所", "电脑台数", "待更换"]] + [[b, r.randint(40, 300), r.randint(3, 40)] for b in I["br"]])]))
    # lock files, empty files, an image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and "recycle" not in rel.lower() and "RECYCLE" not in rel]
    for rel in office[3:120:23]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(1)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw(F["ops"] + "新建 Microsoft Excel 工作表.xlsx", b"", "empty file")
    raw(F["qa"] + "满意度调研/2026年下半年IT服务满意度调研报告.docx", b"", "empty file")
    raw(F["bcm"] + "演练/2026年灾备切换演练报告.docx", b"", "empty file")
    raw(F["desk"] + "扫描件%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
