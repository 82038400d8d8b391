# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ax.py - style AX: the 信息化管理部 of a city's 自来水集团有限公司.

An author voice for the accuracy corpus, used only by the AX shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py and kinds_ar.py's mechanics; never the rules, the sources or a score).

The company: the 信息化管理部 of a 市自来水集团有限公司 (网络组, 系统组, 安全组, about fifteen people, with an
outsourced 运维 vendor keeping engineers 驻场).  It runs the 营业收费系统 and the 营业厅/微信缴费 channels, the
智慧水务平台, the 二次供水泵房监控, the 管网GIS, the 水质在线监测 and the office side of the 水厂 SCADA (the
SCADA 工控网 itself belongs to the 生产运营部; 信息化管理部 keeps its 边界 and 日志).  Under an 信息系统运维服务协议 it
also runs the systems of the group's 排水 (or 污水处理) 子公司, the form's customer.  The department runs an ISMS
(ISO/IEC 27001) whose documents carry codes ISMS-M-01 / ISMS-P-07 / ISMS-W-03 / ISMS-R-12 - used carelessly
(ISMS-P-07 in one file name, P07 in another, no code at all in the 集团 copy).

How its people write:
- 集团发文: a 红头 (X水集团〔2026〕N号, 主送 集团各部门、各子公司、各水厂), 现将《…》印发给你们，请认真贯彻执行,
  then the 办法 with 第X条; some filed with the 红头 scan as 正文.pdf and the 办法 as 附件1.docx;
- ISMS 程序文件 with a cover page (文件编号, 版本, 编制/审核/批准, 受控状态, 修订记录), some bound in an
  信息化管理部制度汇编（2025版）whose 篇 are several procedures;
- Excel logs by month (网络组/巡检/2026年/2026年07月 巡检记录.xlsx, one sheet per record kind), 变更登记台账,
  故障（中断）登记表, 硬件故障统计, CMDB exports;
- WeChat: 微信聊天记录导出 PDFs (the 排水公司 对接群), and files received by WeChat kept under
  WeChat Files/<wxid>/FileStorage/File/2026-05/ with names like 附件2.docx;
- 运维外包/<vendor>/ with the 运维服务外包合同（含服务技术要求）, 驻场 月报 and 季度考核;
- 部门例会纪要, 月报 with chapters, 年度工作总结, a 2025年 archive (stale copies), a 回收站 folder, engineers'
  personal folders (个人文件/张三/), 新建文件夹, Book1.xlsx, 扫描件003.pdf, 新建 Microsoft Word 文档.docx.

Judgement calls (also in README.md):
- a 集团发文 filed whole proves the 办法 it carries; filed split, the 附件 is the 办法 and the 正文.pdf (现将…印发)
  is a decoy; the 制度汇编 proves what its 篇 write, nothing more;
- the 信息安全管理手册 proves 10/pdca only with its PDCA chapter; the 服务目录 proves 12, 19, 26 and 29 by its
  sections (each clause's services written out); 29/catalog is the 目录 itself;
- the monthly 巡检记录 workbook proves each record kind whose sheet has rows; its 机房环境 sheet proves nothing;
- the 故障（中断）登记表 is 18/22's availability events; the 可用性月报 is 18/22's report; a single 故障报告 proves
  nothing beyond 44/faults;
- the WeChat export proves 3/communication only when both sides confirm (收到，按此执行 / 确认); a chat that ends in
  待定 proves nothing; files received by WeChat prove what their content proves, whatever their name;
- the 管理评审报告 proves 59/management-review and each 60 item by its 输入 sections;
- the 满意度 reports are 41/58/63 surveys (41 needs two, any age); the trend is a separate analysis;
- sign-ins for 宣贯 of a 预案 or 程序 prove nothing; only the 持续改进 意识培训 (content: 服务改进) proves 69.
"""

from datetime import date, timedelta

from kinds import Doc

AX_INFO = {
    "ax1": dict(city="清源", jt="清水集团", cust="清源市排水有限公司", cs="排水公司", wx="wxid_qy7k2m91",
                bin="回收站", holes={"survey_notime", "budget_tpl", "hist_old", "ola", "pentest_draft", "bcp_draft",
                                    "trend", "follow", "criteria", "aware", "forecast", "kb"}),
    "ax2": dict(city="临江", jt="临水集团", cust="临江市城南污水处理有限公司", cs="污水公司", wx="wxid_lj0311a",
                bin="#recycle", holes={"comm_noagree", "kpis", "auto", "compat", "roles", "cmdb_rel", "drdrill_old",
                                      "desk_train", "grading", "capa_old", "mr", "prio"}),
    "ax3": dict(city="泸阳", jt="泸水集团", cust="泸阳市排水管理有限公司", cs="排水公司", wx="wxid_luyang66",
                bin="回收站", holes={"sec_needs", "cat_26", "hw", "logs_old", "slm", "devplan", "mon_notrend",
                                    "nodata", "improve", "defect", "mr_res", "health_old"}),
    "ax4": dict(city="漳溪", jt="漳水集团", cust="漳溪市排水有限公司", cs="排水公司", wx="wxid_zx2024hb",
                bin=".recycle", holes={"outs", "pdca", "wi_one", "baseline", "iface", "pentest_old", "sla_core",
                                      "chg_draft", "resp", "prevent", "mon_proc", "csat_one", "aware"}),
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


def dd(co, d):
    f = co.rng.randint(0, 5)
    return [cnd(d), cnd(d), d.isoformat(), "%d.%d.%d" % (d.year, d.month, d.day), "%d/%02d/%02d" % (d.year, d.month, d.day),
            "%d年%02d月%02d日" % (d.year, d.month, d.day)][f]


def W(kind, title, d, record, parts, head=(), tail=(), holes=()):
    """A written document: parts of (heading, paragraphs/tables, items, tag); a part whose tag is a hole is not written."""
    b = [("title", title)] + list(head)
    items, n = [], 0
    for heading, body, its, tag in parts:
        if tag and tag in holes:
            continue
        n += 1
        b.append(("h1", "%s、%s" % (han(n), heading)))
        for x in body:
            b.append(x if isinstance(x, tuple) else ("p", x))
        items += its
    return Doc(kind, title, d, sorted(set(items)), record, b + list(tail))


def X(kind, title, d, record, sheets, note=None, holes=()):
    """A workbook: sheets of (name, header, rows, items, tag); an empty or holed sheet lends nothing."""
    out, items = [], []
    for name, header, rows, its, tag in sheets:
        if tag and tag in holes:
            continue
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
            rows = doc.sheets[0][1]
            rows[0] = [str(rows[0][0]) + mark]
    return doc


def cover(co, code, ver, d, chapters):
    """ISMS 程序文件 cover: 编号/版本/编制审核批准/受控, 修订记录, 目录."""
    b = [("p", co.name), ("p", "信息安全管理体系文件"), ("p", "文件编号：%s    版本：%s    受控状态：受控" % (code, ver)),
         ("table", [["编制", co.p(1), "审核", co.p(0)], ["批准", co.boss, "发布日期", dd(co, d)],
                    ["实施日期", dd(co, d + timedelta(days=7)), "分发号", "XX-%02d" % co.rng.randint(1, 20)]]),
         ("break",), ("h1", "修订记录"),
         ("table", [["版本", "修订说明", "修订人", "日期"], ["V1.0", "首次发布（ISO/IEC 27001体系建立）", co.p(2), "2021-06-18"],
                    ["V1.1", "按集团机构调整修订", co.p(1), "2023-03-02"], [ver, "年度评审修订", co.p(1), d.isoformat()]]),
         ("h1", "目录")] + [("p", "%d  %s" % (i, c)) for i, c in enumerate(chapters, 1)] + [("break",)]
    return b


# ------------------------------------------------------------------ ISMS procedures: key -> (code, name, parts)

PROC = {
    "man": ("ISMS-M-01", "信息安全管理手册", [
        ("范围", ["本手册适用于信息化管理部负责运维的营业收费系统、智慧水务平台、二次供水泵房监控系统、管网GIS、水质在线监测系统及水厂SCADA边界网络，"
                "以及按运维服务协议为{cust}提供的信息系统安全运维服务。"], [], None),
        ("管理模式", ["信息化管理部按PDCA模式运行信息系统安全运维服务：策划（P）——年初制定运维目标、服务目录、预算和年度计划；",
                  "实施（D）——网络组、系统组、安全组及外包驻场团队按程序文件和作业指导书实施运维；",
                  "监视与评审（C）——通过运维月报、KPI考核、满意度调查、内部审核和管理评审监视服务；",
                  "持续改进（A）——对未达成目标和不符合项采取纠正预防措施，纳入持续改进计划。"], ["10/pdca"], "pdca"),
        ("组织与职责", ["信息化管理部部长为信息安全管理者代表；安全组负责体系日常管理；网络组、系统组负责各自范围的运维实施。"], [], None),
        ("文件控制", ["体系文件分为手册（M）、程序（P）、作业指导书（W）、记录（R）四级，由安全组统一编号、发布和回收。"], [], None)]),
    "inc": ("ISMS-P-07", "信息系统事件管理程序", [
        ("目的", ["快速恢复营业收费、智慧水务等系统的正常服务，降低事件对供水生产和客户服务的影响。"], [], None),
        ("事件受理与分级", ["事件来源包括监控告警、巡检发现、96XXX热线转办和各单位报修，由运维服务台在运维管理平台统一登记。",
                      "事件按影响分为P1—P4四级：营业收费系统或泵房监控全面中断为P1，15分钟内响应，2小时内恢复。"], ["49/incident-procedure"], None),
        ("处理、升级与关闭", ["一线处理不了的30分钟内升级至系统组/网络组或厂商；处理完成后服务台回访报修人确认并关闭工单。"], ["49/incident-procedure"], None)]),
    "req": ("ISMS-P-08", "服务请求管理程序", [
        ("目的", ["规范账号开通、权限变更、VPN接入、数据提取、营业厅终端迁移等服务请求。"], [], None),
        ("受理、审批与实施", ["请求人在运维管理平台提交请求，经部门负责人审批；涉及客户数据提取的须经信息化管理部部长批准。",
                        "服务台按服务目录派单，承办组在约定时限内完成，服务台确认后关闭。"], ["49/request-procedure"], None)]),
    "prb": ("ISMS-P-09", "问题管理程序", [
        ("目的", ["查找重复发生事件和重大事件的根本原因，防止再次发生。"], [], None),
        ("问题识别与记录", ["同一系统一个月内同类事件3次以上、P1事件、失败变更须建立问题单。"], ["20/procedure", "37/procedure"], None),
        ("根因分析与解决", ["责任组10个工作日内完成根因分析，提出临时规避和永久解决方案；需变更的走变更管理程序。",
                        "问题关闭须经安全组验证，形成已知错误记录纳入知识库。"], ["20/procedure", "37/procedure"], None)]),
    "kno": ("ISMS-P-10", "知识管理程序", [
        ("目的", ["积累运维经验，建立运维知识库。"], [], None),
        ("知识的提交、审核与发布", ["事件、问题、变更关闭后，处理人提交知识条目，组长审核后发布到知识库。",
                              "知识库每季度清理一次，过期条目标记为废止。"], ["21/procedure"], None)]),
    "chg": ("ISMS-P-11", "变更管理程序", [
        ("目的", ["控制对生产环境网络、安全设备、服务器、数据库和应用的变更风险。"], [], None),
        ("变更分类", ["变更分为标准变更、一般变更、重大变更和紧急变更；影响营业收费或泵房监控的为重大变更。"], [], None),
        ("变更流程", ["变更申请→影响评估（含测试方案、回退方案）→审批（重大变更经变更评审会）→在夜间窗口实施→验证→关闭，"
                  "全过程在变更登记台账中记录；验证失败立即回退。",
                  "对运维方案、驻场人员、资源配置的变更同样适用本程序。"], ["54/procedure"], None)]),
    "sec": ("ISMS-P-12", "信息安全事件处置与应急响应程序", [
        ("目的", ["规范信息安全事件的分类、上报、处置和事后处理。"], [], None),
        ("事件分类", ["信息安全事件分为有害程序事件、网络攻击事件、信息破坏事件、设备设施故障、工控安全事件和其他事件；按影响分为特别重大、重大、较大、一般四级。"], [], None),
        ("事件上报", ["发现人立即报告安全组值班人员，安全组30分钟内报部长；较大及以上事件1小时内报集团分管领导和网信办，SCADA相关事件同时通报生产运营部。"],
         ["30/reporting-process"], None),
        ("事件处置", ["安全组按确认、隔离、根除、恢复、验证的步骤处置，填写《信息安全事件处置记录》（ISMS-R-21）。"],
         ["30/response-process", "31/incident-process"], None),
        ("应急响应", ["达到《信息系统突发事件应急预案》启动条件的，由应急领导小组宣布启动应急响应，按预案组织处置和恢复。"], ["34/emergency-process"], None),
        ("事后处理", ["事件结束后5个工作日内提交事件报告，分析原因、落实整改，必要时修订预案并更新知识库。"], ["34/incident-process"], None)]),
    "slm": ("ISMS-P-05", "服务级别管理程序", [
        ("目的", ["规范运维服务级别的设计、协商、签订、监控和评审。"], [], None),
        ("服务级别协议", ["信息化管理部依据服务目录与{cust}签订运维服务协议，约定服务时间、运维方式、响应时限和核心指标；对内与各组签订运营级别协议，对外与运维供应商在合同中约定服务级别。"],
         ["39/slm-procedure"], None),
        ("监控与评审", ["服务级别达成情况按月统计，每年评审一次协议。"], ["39/slm-procedure"], None)]),
    "aud": ("ISMS-P-03", "内部审核程序", [
        ("目的", ["验证信息安全管理体系和运维服务管理的符合性和有效性。"], [], None),
        ("审核机制", ["每年至少组织一次覆盖全部体系过程的内部审核，内审员持证上岗且不审核本岗位工作；",
                  "审核按年度方案、审核计划、首次会议、现场审核、不符合项报告、末次会议、纠正措施验证进行；每年接受认证机构监督审核。"],
         ["61/audit-system", "62/audit-mechanism"], None)]),
    "mon": ("ISMS-P-04", "服务监视与测量程序", [
        ("目的", ["监视运维服务目标的实现情况。"], [], None),
        ("监视测量", ["监视内容包括服务级别达成率、满意度、投诉建议和月度KPI；安全组每月汇总，运维月报通报，未达标的开具纠正预防措施单。"],
         ["61/monitoring-process", "62/monitoring-process"], "mon_proc")]),
    "imp": ("ISMS-P-14", "持续改进管理程序", [
        ("目的", ["规范改进措施的识别、记录、批准、评估、测量和报告。"], [], None),
        ("改进流程", ["改进机会来自内审、管评、KPI未达标、客户投诉、事件和问题分析，由提出人登记在《改进机会登记表》；",
                  "安全组按评估标准打分排序，报部长批准后实施；实施后测量效果，在月报和管理评审中报告。"], ["65/procedure"], None)]),
    "pre": ("ISMS-P-15", "纠正与预防措施控制程序", [
        ("目的", ["消除已发生和潜在不符合的原因。"], [], None),
        ("预防措施", ["通过趋势分析、容量预警、巡检发现和漏洞通告识别潜在不符合，制定预防措施，实施后一个月内验证有效性。"], ["66/preventive-actions"], None)]),
    "pen": ("ISMS-P-16", "渗透测试管理规定", [
        ("目的", ["规范对互联网暴露系统（微信缴费、网上营业厅）和内网系统的渗透测试。"], [], None),
        ("测试流程", ["书面授权→确定范围和时间窗口→信息收集→漏洞发现与验证→报告→整改→复测；禁止拒绝服务类测试，测试期间网络组全程监控。"],
         ["31/pentest-process"], None)]),
    "trn": ("ISMS-P-17", "安全培训服务流程", [
        ("目的", ["规范为集团各单位及{cust}提供的网络安全培训服务。"], [], None),
        ("流程", ["需求收集→年度培训计划→课件编写审核→实施签到→考核→效果评估→归档。"], ["31/training-process"], None)]),
}


def fill(co, s):
    return s.replace("{cust}", co.ax["cust"])


def proc_parts(co, key, holes):
    code, name, parts = PROC[key]
    out = []
    for h, body, its, tag in parts:
        out.append((h, [fill(co, x) for x in body], its, tag))
    return code, name, out


def proc_doc(co, d, key, holes, ver=None):
    code, name, parts = proc_parts(co, key, holes)
    ver = ver or co.rng.choice(["V2.0", "V2.1", "V3.0", "V1.2"])
    head = cover(co, code, ver, d, [p[0] for p in parts if not (p[3] and p[3] in holes)])
    return W("proc:" + key, name, d, False, parts, head=head, holes=holes)


def next_no(co, d):
    base = co.ax_no.setdefault(d.year, co.rng.randint(2, 9))
    return "%s〔%d〕%d号" % (co.ax["jt"], d.year, base + d.timetuple().tm_yday // 5)


def red_top(co, d, subject):
    no = next_no(co, d)
    return [("big", co.ax["city"] + "市自来水集团有限公司文件"), ("p", no), ("title", subject),
            ("p", "集团各部门、各子公司、各水厂：")], no


def tail(co, d):
    return [("p", co.ax["city"] + "市自来水集团有限公司"), ("p", sign_date(d)), ("p", "（此件不公开）"),
            ("p", "抄送：集团领导班子成员。"), ("p", "%s市自来水集团有限公司办公室    %s印发" % (co.ax["city"], cnd(d)))]


def group_doc(co, d, name, parts, holes, kind):
    """a 集团发文 carrying a 办法/预案 whole."""
    top, no = red_top(co, d, "关于印发《%s》的通知" % name)
    top[2] = ("p", top[2][1])
    head = top + [("p", "现将《%s》印发给你们，请认真贯彻执行。" % name)] + tail(co, d) + [("break",), ("p", "附件")]
    doc = W(kind, name, d, False, parts, holes=holes)
    doc.blocks = head + doc.blocks
    doc.no = no
    return doc


# ------------------------------------------------------------------ the builders


def survey(co, d, H):
    s = co.systems
    return W("survey", "%d年度信息系统运维服务需求调研报告" % d.year, d, True, [
        ("调研概况", ["调研对象：%s综合办、管网运行科、泵站、营业服务中心；调研方式：问卷12份、座谈2次。调研人：%s、%s。" % (co.ax["cust"], co.p(2), co.p(3))], [], None),
        ("服务时间需求", [("table", [["系统", "服务时间要求", "重点保障时段"], [s[0], "7×24小时", "每月抄表结算日、汛期"],
                                     [s[1], "7×24小时，夜间值守", "汛期（5-9月）"], ["营业厅窗口及微信缴费", "工作日8:30-17:30现场，其余时间远程", "月末缴费高峰"]]),
                    "调研结论：泵站及排水监控要求全年7×24小时服务，汛期须增加驻场人员。"], ["1/survey"], "survey_notime"),
        ("信息系统安全服务需求", ["安全服务需求类型：①安全设备运维与巡检；②漏洞扫描和安全加固；③日志审计；④等级保护测评配合；⑤应急响应；⑥安全培训。",
                          "其中排水监控系统与SCADA边界隔离、移动巡检APP数据安全为新增需求。"], ["5/survey"], "sec_needs"),
        ("建议", ["将上述需求纳入%d年运维服务协议和服务目录。" % (d.year)], [], None)],
        head=[("p", "信息化管理部    %s" % dd(co, d))], holes=H)


def budget(co, d):
    return X("budget", "%d年度信息系统运维预算表" % d.year, d, True, [
        ("工作量", ["服务项", "单位", "数量", "人天"], [["日常巡检", "次/月", 22, 264], ["健康检查", "次/季", 4, 32], ["驻场值守", "人·月", 24, 528],
                                                   ["应急保障（汛期）", "次", 6, 36]], ["2/budget"], None),
        ("人力资源", ["岗位", "人数", "来源", "单价（万元/人·年）"], [["驻场工程师", 2, co.vendor, 16.8], ["安全工程师", 1, "自有", "—"], ["网络工程师", 2, "自有", "—"]], [], None),
        ("项目经费", ["项目", "预算（万元）", "资金来源"], [["运维外包服务", 48.6, "集团信息化专项"], ["备品备件", 12.0, "部门费用"], ["等保测评", 9.5, "集团信息化专项"]], [], None),
        ("项目节点", ["节点", "时间"], [["预算上报", "%d-11" % (d.year - 1)], ["外包招标", "%d-01" % d.year], ["合同签订", "%d-02" % d.year], ["年度验收", "%d-12" % d.year]], [], None)],
        note="编制：%s  审核：%s  日期：%s" % (co.p(4), co.p(0), d.isoformat()))


def wechat(co, d, agreed):
    p0, c0 = co.p(2), co.cp(0)
    b = [("title", "微信聊天记录导出"), ("p", "群聊：信息化部-%s运维对接群    导出时间：%s 18:02" % (co.ax["cs"], d.isoformat())),
         ("p", "%s 09:12  %s：%s服务协议续签前，我们把需求调研的结果整理了一下，附件是服务时间和运维方式的初稿，请各位看看。" % (d.isoformat(), p0, d.year)),
         ("p", "%s 09:40  %s（%s）：汛期泵站监控要夜间值守，这条能不能加？" % (d.isoformat(), c0, co.ax["cs"])),
         ("p", "%s 10:05  %s：可以，汛期5-9月驻场增加一人夜间值守，P1事件15分钟响应。" % (d.isoformat(), p0))]
    if agreed:
        b += [("p", "%s 10:21  %s（%s）：收到，按此执行。协议文本我们法务再过一遍。" % (d.isoformat(), c0, co.ax["cs"])),
              ("p", "%s 10:23  %s：好的，双方确认的内容我整理成会议纪要发群里。[文件] 需求沟通确认纪要.docx" % (d.isoformat(), p0))]
    else:
        b += [("p", "%s 10:40  %s（%s）：费用这块我们领导还没定，先放一放，待定。" % (d.isoformat(), c0, co.ax["cs"]))]
    return Doc("communication" if agreed else "chat", "微信聊天记录导出", d, ["3/communication"] if agreed else [], True, b)


def comm_minutes(co, d, agreed):
    b = [("title", "运维服务需求沟通会会议纪要"), ("p", "时间：%s    地点：集团3楼小会议室" % dd(co, d)),
         ("p", "参加：%s、%s（信息化管理部），%s、%s（%s）" % (co.p(0), co.p(2), co.cp(0), co.cp(1), co.ax["cust"]))]
    if agreed:
        b += [("h1", "会议确认事项"), ("p", "1. 双方确认服务时间为7×24小时，汛期增加夜间驻场值守；"), ("p", "2. 双方确认运维方式为驻场值守+定期巡检+远程值守；"),
              ("p", "3. 双方同意按上述内容签订%d年度运维服务协议。" % d.year), ("p", "双方代表签字：%s    %s" % (co.p(0), co.cp(0)))]
    else:
        b += [("h1", "会议情况"), ("p", "双方就服务范围交换了意见，费用及汛期值守安排待%s领导研究后另行沟通。" % co.ax["cs"])]
    return Doc("communication" if agreed else "minutes", "运维服务需求沟通会会议纪要", d, ["3/communication"] if agreed else [], True, b)


def history_list(co, d):
    rows = []
    for m in range(1, 13):
        rows.append(["%d-%02d" % (d.year - 1, m), co.rng.randint(80, 160), co.rng.randint(10, 35), co.rng.randint(0, 3), co.rng.randint(0, 2),
                     "%.2f%%" % (99.5 + co.rng.random() * 0.49)])
    return X("history", "%d年运维历史数据清单" % (d.year - 1), d, True, [
        ("月度数据", ["月份", "事件数", "变更数", "重大事件", "失败变更", "营业收费系统可用率"], rows, ["4/history-list"], None)],
        note="数据来源：运维管理平台导出  整理：%s" % co.p(4))


def history_analysis(co, d):
    return W("analysis", "%d年度运维历史数据分析报告" % (d.year - 1), d, True, [
        ("指标完成情况", ["全年营业收费系统可用率99.93%（目标99.9%），P1事件平均恢复时间1.6小时（目标2小时），巡检计划完成率98.6%。"], [], None),
        ("违例操作", ["发现违例操作3起：驻场人员未走变更直接修改防火墙策略1起，共享运维账号2起，均已通报考核。"], [], None),
        ("重大事件", ["8月暴雨期间二次供水泵房监控系统中断47分钟（运营商光缆中断）；11月营业收费系统数据库锁表导致缴费延迟。"], [], None),
        ("重大（失败）变更", ["全年变更312项，失败5项，其中GIS版本升级失败回退1项。"], [], None),
        ("结论", ["以上分析作为%d年运维策略的输入。" % d.year], ["4/analysis"], None)],
        head=[("p", "信息化管理部安全组  %s" % dd(co, d))])


def strategy(co, d):
    return W("strategy", "%d年信息系统运维保障策略及实施方案" % d.year, d, False, [
        ("编制依据", ["依据《%d年度运维历史数据分析报告》反映的问题制定。" % (d.year - 1)], [], None),
        ("保障策略", ["①泵房监控链路双路由；②严禁共享账号，堡垒机全覆盖；③数据库变更须经DBA复核和回退演练。"], [], None),
        ("实施方案", [("table", [["措施", "责任组", "完成时间"], ["泵房监控链路双路由改造", "网络组", "%d-05-31" % d.year],
                                 ["堡垒机纳管全部服务器", "安全组", "%d-04-30" % d.year], ["数据库变更复核机制", "系统组", "%d-03-31" % d.year]])],
         ["4/strategy"], None)])


def kpis(co, d):
    return X("kpis", "信息系统可用性指标清单", d, False, [
        ("指标", ["指标类型", "系统", "指标", "目标值", "统计口径"],
         [["整体指标", "全部在运系统", "综合可用率", "≥99.9%", "月度"], ["单系统指标", co.systems[0], "可用率", "≥99.95%", "月度"],
          ["单系统指标", co.systems[1], "可用率", "≥99.9%", "月度"], ["单系统指标", "二次供水泵房监控", "数据上线率", "≥99.5%", "日"],
          ["单系统指标", "水质在线监测", "数据完整率", "≥98%", "日"]], ["6/availability-kpis"], None)])


def impact(co, d, H):
    return W("analysis", "以往运维服务解决方案及安全事件处置效率分析报告", d, True, [
        ("以往服务解决方案对生产的影响", ["营业收费系统双机热备方案实施后，计划内切换对缴费业务影响由30分钟降至2分钟；泵房监控4G备份链路方案使汛期数据中断时长下降80%。"],
         ["7/impact-analysis"], None),
        ("安全事件解决效率分析", [("table", [["事件类型", "次数", "平均处置时长", "人工步骤"], ["弱口令告警", 46, "35分钟", "核实-通知-改密"],
                                           ["病毒告警", 21, "50分钟", "隔离-查杀-复查"], ["暴力破解封禁", 63, "20分钟", "查日志-封IP"]])],
         [], None),
        ("可自动化的服务建议", ["暴力破解封禁、病毒终端隔离可由态势感知平台联动防火墙自动处置；弱口令核查可定时自动扫描并推送工单。"], ["7/automation"], "auto")],
        head=[("p", "安全组  %s" % dd(co, d))], holes=H)


def contract(co, d):
    v = co.vendor
    return W("contract", "%s信息系统运维服务外包合同（含服务技术要求）" % co.name.replace("信息化管理部", ""), d, False, [
        ("合同双方", ["甲方：%s    乙方：%s" % (co.name.replace("信息化管理部", ""), v), "服务期限：%d年1月1日至%d年12月31日" % (d.year, d.year)], [], None),
        ("服务内容", ["乙方派驻2名工程师驻场，负责网络及安全设备、服务器的日常运维、巡检和故障处理。"], [], None),
        ("服务级别", [("table", [["级别", "响应时间", "到场时间", "恢复时间"], ["P1（营业收费/泵房监控中断）", "15分钟", "30分钟", "2小时"],
                                 ["P2", "30分钟", "2小时", "8小时"], ["P3", "2小时", "次工作日", "3个工作日"]]),
                    "乙方每月提交服务报告，服务级别按季度考核。"], ["8/sld"], None),
        ("考核与违约", ["季度考核低于80分的，扣减当季服务费5%。"], [], None)],
        head=[("p", "合同编号：%s-XX-%d-0%d" % (co.short, d.year, co.rng.randint(3, 9)))])


def ola(co, d):
    return W("ola", "信息化管理部内部运营级别协议（OLA）", d, False, [
        ("适用范围", ["网络组、系统组、安全组之间及与驻场外包团队的协作。"], [], None),
        ("运营级别", [("table", [["级别", "接单响应", "组间协同到位", "恢复时间"], ["P1", "10分钟", "20分钟", "2小时"], ["P2", "20分钟", "1小时", "8小时"],
                                 ["P3", "1小时", "次工作日", "3个工作日"]]),
                    "以上级别与运维外包合同约定的服务级别保持一致，内部时限均不长于合同时限。"], ["8/ola"], None)],
        head=[("p", "ISMS-R-05  编制：%s  批准：%s  %s" % (co.p(0), co.boss, dd(co, d)))])


def group_org(co, d, outs):
    parts = [("领导小组", ["组长：集团总经理；副组长：分管副总经理；成员：办公室、生产运营部、营销部、信息化管理部负责人。",
                       "领导小组办公室设在信息化管理部。"], [], None),
             ("执行组", ["网络组：%s（组长）等；系统组：%s（组长）等；安全组：%s（组长）等。" % (co.p(1), co.p(2), co.p(3))]
              + (["驻场运维（%s）：%s、%s参与执行组日常运维。" % (co.vendor, co.vp(0), co.vp(1))] if outs else []), [], None)]
    doc = group_doc(co, d, "集团网络安全和信息化领导小组及工作机构设置", parts, set(), "org")
    doc.items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if outs else [])
    return doc


def staff(co, d, outs):
    rows = [[i + 1, co.p(i), ["部长", "网络组组长", "系统组组长", "安全组组长", "网络工程师", "系统工程师"][i], "信息化管理部", "在岗"] for i in range(6)]
    if outs:
        rows += [[7 + i, co.vp(i), "驻场工程师", co.vendor, "驻场"] for i in range(2)]
    return X("staff", "信息化管理部运维人员清单", d, True, [("人员", ["序号", "姓名", "岗位", "单位", "状态"], rows, ["9/staff-list"], None)])


def roles(co, d):
    return X("roles", "安全运维角色清单", d, False, [
        ("角色", ["角色", "对应组织", "人员", "职责"], [["信息安全管理者代表", "领导小组办公室", co.p(0), "体系总体负责"], ["事件经理", "系统组", co.p(2), "事件管理"],
                                                 ["变更经理", "网络组", co.p(1), "变更审批"], ["安全审计员", "安全组", co.p(3), "日志审计"],
                                                 ["服务台", "驻场团队", co.vp(0), "受理报修"]], ["18/roles", "23/roles"], None)])


def catalog(co, d, H):
    def t(rows):
        return ("table", [["服务项", "服务内容", "频次/时限"]] + rows)
    return W("catalog", "信息化管理部安全运维服务目录", d, False, [
        ("基础服务", [t([["初始服务", "资产识别、配置基线建立", "服务开始时"], ["安全设备运维", "防火墙、WAF、IPS等维护", "持续"], ["日常巡检服务", "安全设备和系统巡检", "每日"],
                         ["健康检查", "设备和业务系统健康检查", "每季度"], ["安全事件审计", "日志收集与审计", "每月"]])], ["12/catalog", "29/catalog"], "cat_12"),
        ("监控与合规服务", [t([["运维监控与分析", "性能与可用性监控、月度分析", "持续"], ["终端安全监控", "终端防病毒与准入监控", "持续"],
                              ["等级保护合规性运维", "等保定级备案、测评配合与整改", "每年"]])], ["19/catalog"], "cat_19"),
        ("安全响应服务", [t([["安全通告及漏洞分析", "漏洞、病毒、厂商通告收集与分析", "每月"], ["应急响应服务", "安全事件应急处置", "7×24小时"]])], ["26/catalog"], "cat_26")],
        head=[("p", "版本：%s    发布：%s" % (co.rng.choice(["2026版", "V3"]), dd(co, d)))], holes=H)


def assets(co, d):
    rows = []
    kinds = [("防火墙", "华为USG6550E", "边界防护"), ("核心交换机", "H3C S7506X", "核心交换"), ("服务器", "浪潮NF5280M6", "营业收费数据库"),
             ("WAF", "长亭雷池", "网站防护"), ("工控防火墙", "威努特", "SCADA边界隔离"), ("服务器", "华为2288H V5", "智慧水务应用")]
    for i, (k, m, f) in enumerate(kinds):
        rows.append(["ZLS-IT-%04d" % (101 + i), k, m, f, ["集团机房A01", "集团机房A02", "第二水厂中控室"][i % 3], "GE1/0/%d" % (i + 1),
                     ["核心", "重要", "一般"][i % 3], "已部署", co.p(i)])
    return X("assets", "IT资产识别清单", d, True, [
        ("资产", ["资产标识", "种类", "型号", "功能", "物理位置", "端口对应", "分级", "部署情况", "责任人"], rows, ["13/asset-list", "43/asset-list"], None)],
        note="更新日期：%s" % d.isoformat())


def patrol(co, d, H):
    days = [d.replace(day=x) for x in (3, 10, 17, 24)]
    r = co.rng
    return X("patrol", "%d年%02d月安全设备巡检记录" % (d.year, d.month), d, True, [
        ("安全设备巡检", ["日期", "设备", "运行状态", "CPU", "内存", "告警", "巡检人"],
         [[x.isoformat(), dev, "正常", "%d%%" % r.randint(8, 40), "%d%%" % r.randint(30, 70), "无", co.vp(0)] for x in days for dev in ("USG6550E", "雷池WAF")],
         ["44/inspection", "45/monitoring"], None),
        ("日常维护", ["日期", "设备", "维护内容", "结果", "维护人"], [[days[0].isoformat(), "USG6550E", "策略清理、配置备份", "完成", co.vp(1)],
                                                         [days[2].isoformat(), "核心交换机", "风扇除尘保养", "完成", co.p(4)]],
         ["14/maintenance", "44/maintenance"], None),
        ("防病毒", ["日期", "范围", "查杀结果", "病毒库版本", "处理人"], [[days[1].isoformat(), "营业厅终端42台", "发现2个风险文件已清除", "%d%02d05" % (d.year, d.month), co.p(3)]],
         ["44/virus-scan", "45/antivirus"], None),
        ("故障处理", ["日期", "设备", "故障现象", "处理过程", "恢复时间"], [[days[3].isoformat(), "泵房监控VPN网关", "隧道反复断开", "更换光模块", "1.5小时"]], ["44/faults"], None),
        ("升级记录", ["日期", "设备", "升级内容", "回退方案", "结果"], [[days[2].isoformat(), "雷池WAF", "规则库升级", "保留旧规则包", "成功"]], ["44/upgrades"], "upg"),
        ("机房环境", ["日期", "温度", "湿度", "UPS"], [[x.isoformat(), "23℃", "45%", "正常"] for x in days], [], None)],
        note="网络组  检查人：%s  复核：%s" % (co.vp(0), co.p(1)), holes=H)


def hwstats(co, d):
    return X("hwfault", "%d年安全设备硬件故障统计表" % d.year, d, True, [
        ("Sheet1", ["序号", "日期", "设备", "故障部件", "处理", "停机时长"], [[1, date(d.year, 2, 11).isoformat(), "核心交换机", "电源模块", "更换", "0"],
                                                              [2, date(d.year, 5, 23).isoformat(), "工控防火墙", "硬盘", "返厂", "2小时"],
                                                              [3, date(d.year, min(d.month, 9), 6).isoformat(), "WAF", "风扇", "更换", "0"]],
         ["14/hardware-faults"], None)])


def agreement(co, d, H):
    return W("sla", "%d年度信息系统运维服务协议" % d.year, d, False, [
        ("协议双方", ["甲方：%s    乙方：%s" % (co.ax["cust"], co.name)], [], None),
        ("运维方式", ["乙方采用驻场值守方式（汛期夜间加派）、定期巡检方式（每周一次）和远程值守方式（7×24小时监控）。"], ["35/sla"], None),
        ("健康检查", ["乙方每季度对安全设备和业务系统进行一次健康检查，检查方式为现场检查结合远程检查，检查后5个工作日内提交报告。"], ["15/agreement"], None),
        ("服务级别及核心指标", [("table", [["指标", "承诺值"], ["排水监控系统可用率", "≥99.9%"], ["P1事件响应", "15分钟"], ["P1事件恢复", "2小时"],
                                         ["满意度", "≥90分"]])], ["36/sla", "39/sla"], "sla_core"),
        ("费用", ["年度服务费按集团内部结算办法执行。"], [], None)],
        tail=[("p", "甲方（盖章）：            乙方（盖章）："), ("p", "签订日期：%s" % cnd(d))], holes=H)


def health(co, d):
    q = (d.month - 1) // 3 + 1
    return W("health", "%d年第%d季度安全设备及业务系统健康检查报告" % (d.year, q), d, True, [
        ("检查概况", ["检查方式：现场检查+远程检查；检查时间：%s；检查人：%s、%s" % (dd(co, d), co.vp(0), co.p(3))], [], None),
        ("检查结果", [("table", [["对象", "可用性", "持续运行", "结论"], ["防火墙USG6550E", "正常", "运行%d天" % co.rng.randint(90, 400), "健康"],
                                 [co.systems[0], "正常", "双机正常", "健康"], ["排水监控平台", "正常", "磁盘使用82%", "关注"]])], ["15/records", "46/records"], None),
        ("建议", ["排水监控平台数据盘扩容。"], [], None)])


def collect(co, d):
    return X("collect", "%d年%02d月安全信息采集表" % (d.year, d.month), d, True, [
        ("配置", ["设备", "配置备份时间", "变化"], [["USG6550E", d.isoformat(), "新增策略2条"], ["S7506X", d.isoformat(), "无"]], ["16/config"], None),
        ("流量", ["链路", "峰值", "均值"], [["互联网出口", "612Mbps", "230Mbps"], ["泵房监控专网", "48Mbps", "12Mbps"]], ["16/traffic"], None),
        ("状态", ["系统", "CPU", "内存", "会话数"], [[co.systems[0], "35%", "61%", 1820], ["USG6550E", "22%", "48%", 35210]], ["16/status"], None)])


def logaudit(co, d):
    return W("logaudit", "%d年%02d月日志审计分析报告" % (d.year, d.month), d, True, [
        ("审计范围", ["网络及安全设备日志（防火墙、WAF、工控防火墙）、服务器及操作系统日志、网络应用日志（营业收费、微信缴费）。"], [], None),
        ("日志分析", [("table", [["来源", "日志量", "异常", "处理"], ["防火墙", "3.2亿条", "境外扫描IP 126个", "已封禁"], ["服务器", "860万条", "登录失败超阈值3次", "已核实"],
                                 ["微信缴费应用", "410万条", "SQL注入尝试12次", "WAF拦截"]])], ["17/log-analysis", "45/audit-report", "47/audit"], None)],
        head=[("p", "安全组  %s" % dd(co, d))])


def incstats(co, d):
    return W("incidents", "%d年上半年信息安全事件统计分析报告" % d.year, d, True, [
        ("事件统计", [("table", [["类型", "一般", "较大", "合计"], ["有害程序", 5, 0, 5], ["网络攻击", 9, 1, 10], ["设备设施故障", 3, 0, 3]])], ["18/incident-stats"], None),
        ("分析", ["网络攻击事件集中在微信缴费接口，较大事件1起为撞库攻击；建议增加接口频率限制。"], ["18/incident-analysis"], None)])


def avail_plan(co, d):
    return W("aplan", "%d年信息系统可用性计划" % d.year, d, False, [
        ("目标", ["营业收费系统可用率≥99.95%，泵房监控≥99.9%。"], [], None),
        ("保障措施", ["双机热备、链路冗余、季度健康检查、汛期专项保障；每月统计可用性并在月报报告。"], ["18/availability-plan", "22/plan"], None)])


def outage(co, d):
    r = co.rng
    rows = [[i + 1, (d - timedelta(days=r.randint(5, 200))).isoformat(), r.choice(co.systems), r.choice(["链路中断", "数据库锁表", "服务器宕机"]),
             "%d分钟" % r.randint(8, 90), r.choice(["已恢复", "已恢复，转问题单"])] for i in range(5)]
    return X("outage", "信息系统故障（中断）登记表", d, True, [("登记", ["序号", "发生时间", "系统", "中断原因", "中断时长", "处理结果"], rows,
                                                           ["18/availability-events", "22/events"], None)])


def monthly(co, d, H):
    m = date(d.year, d.month, 1) - timedelta(days=1)
    return W("monthly", "%d年%d月信息系统运维月报" % (m.year, m.month), d, True, [
        ("本月运行概况", ["本月受理事件%d件、服务请求%d件、变更%d项。" % (co.rng.randint(90, 150), co.rng.randint(40, 80), co.rng.randint(15, 35))], [], None),
        ("可用性报告", [("table", [["系统", "目标", "实际"], [co.systems[0], "99.95%", "99.98%"], [co.systems[1], "99.9%", "99.93%"]])],
         ["18/availability-report", "22/report"], None),
        ("监控指标趋势分析", ["近6个月防火墙会话峰值呈上升趋势（+18%），数据库CPU峰值在月末缴费高峰上升至78%，预计汛期泵房监控流量继续增长。"],
         ["50/monitoring-report"], "mon_notrend"),
        ("运维数据统计", [("table", [["指标", "本月"], ["异常报告及时率", "98%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "97%"], ["故障隐患发现率", "92%"],
                                     ["异常主动发现率", "85%"], ["问题解决率", "90%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "96%"],
                                     ["安全补丁安装及时率", "94%"], ["安全事件次数", "3"]])], ["56/data"], "nodata")],
        head=[("p", "信息化管理部  %s" % dd(co, d))], holes=H)


def wi(co, d, n):
    names = [("ISMS-W-03", "防火墙策略变更作业指导书", ["登录堡垒机", "导出当前配置备份", "按审批单添加策略", "验证业务", "更新配置库"]),
             ("ISMS-W-05", "营业收费数据库备份恢复作业指导书", ["确认备份窗口", "执行RMAN备份", "校验备份集", "季度恢复测试"]),
             ("ISMS-W-08", "泵房监控VPN网关巡检作业指导书", ["检查隧道状态", "检查4G备份链路", "记录巡检表"])]
    code, name, steps = names[n]
    return W("wi", name, d, False, [
        ("适用范围", ["网络组、系统组及驻场工程师。"], [], None),
        ("作业准备", ["工具：堡垒机账号、笔记本、变更审批单。"], [], None),
        ("作业步骤", ["%d. %s" % (i, s) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"], None),
        ("安全注意事项", ["作业须在变更窗口进行，双人复核。"], [], None)], head=[("p", "编号：%s  版本：V1.%d  %s发布" % (code, n + 1, dd(co, d)))])


def req_record(co, d):
    return W("requirements", "智慧水务平台二期需求分析确认记录", d, True, [
        ("需求概述", ["新建漏损分析、DMA分区计量和移动巡检模块。"], [], None),
        ("功能、性能和安全要求", ["功能：DMA分区夜间最小流量分析；性能：1000个监测点数据5分钟内入库；安全：等保三级，移动端双因素认证。"], [], None),
        ("确认", ["需求方（生产运营部）：%s    信息化管理部：%s    日期：%s" % (co.cp(1), co.p(2), dd(co, d))], ["11/requirements"], None)])


def reform(co, d, H):
    return W("reform", "营业收费系统数据库升级改造实施方案", d, True, [
        ("改造内容", ["Oracle 11g升级至19c，迁移至新服务器。"], [], None),
        ("测试计划", [("table", [["测试项", "方法", "时间"], ["功能测试", "全业务回归", "第1周"], ["性能测试", "月末缴费高峰压测", "第2周"], ["安全测试", "漏洞扫描", "第2周"]])],
         ["25/test-plan"], None),
        ("改造前技术验证", ["在测试环境完成两轮迁移演练。"], [], None),
        ("回退措施", ["保留旧库只读运行7天；切换失败时2小时内回切旧库，回退由系统组负责。"], ["11/rollback", "25/rollback"], None)])


def compat(co, d):
    return W("compat", "营业收费系统升级兼容性验证报告", d, True, [
        ("网络兼容", ["新服务器与营业厅专线、微信缴费接口网络连通正常。"], [], None),
        ("系统兼容", ["19c与现有中间件WebLogic 12c兼容。"], [], None),
        ("应用兼容", ["旧版营业厅客户端、银行代扣接口验证通过。"], ["11/compatibility"], None)])


def baseline(co, d):
    return X("baseline", "信息系统安全配置基线", d, False, [
        ("Linux", ["检查项", "基线要求"], [["口令复杂度", "≥8位含三类字符"], ["SSH", "禁止root远程登录"]], ["25/baseline"], None),
        ("Oracle", ["检查项", "基线要求"], [["默认账号", "锁定"], ["审计", "开启"]], ["25/baseline"], None)])


def cmdb(co, d, H):
    cis = [["CI-%03d" % (i + 1), n, t, "机密性:%s 完整性:高 可用性:高" % c, co.p(i)] for i, (n, t, c) in
           enumerate([("营业收费应用", "应用", "高"), ("ORCL-PROD", "数据库", "高"), ("NF5280M6-01", "服务器", "中"), ("USG6550E", "防火墙", "中")])]
    return X("cmdb", "配置管理数据库（CMDB）导出", d, True, [
        ("配置项", ["CI编号", "名称", "类型", "CIA等级", "负责人"], cis, ["27/cmdb"], None),
        ("关联关系", ["源CI", "关系", "目标CI"], [["CI-001", "运行于", "CI-003"], ["CI-001", "依赖", "CI-002"], ["CI-003", "受保护于", "CI-004"]],
         ["38/cmdb-relations"], "cmdb_rel"),
        ("访问控制", ["角色", "权限"], [["配置经理", "读写"], ["运维人员", "只读"]], [], None)], note="导出时间：%s" % d.isoformat(), holes=H)


def ci_updates(co, d):
    return X("ci", "配置项更新维护记录", d, True, [("记录", ["日期", "CI", "更新内容", "更新人"], [[(d - timedelta(days=i * 20)).isoformat(), "CI-00%d" % (i + 1), "版本/IP更新", co.p(i)]
                                                                                   for i in range(4)], ["43/ci-updates"], None)])


def changes(co, d):
    rows = [["BG-%d%02d-%02d" % (d.year, d.month, i + 1), (d - timedelta(days=i * 6)).isoformat(), x, "重大" if i == 0 else "一般", co.p(1), "成功，已关闭"]
            for i, x in enumerate(["营业收费数据库参数调整", "防火墙策略新增", "GIS服务器补丁", "泵房监控平台版本更新"])]
    return X("changes", "变更登记台账", d, True, [("台账", ["变更单号", "实施日期", "变更内容", "类别", "审批人", "结果"], rows, ["54/records", "43/process-records"], None)])


def iface(co, d):
    return W("iface", "关于明确信息安全管理接口人的通知", d, False, [
        ("接口人", ["信息化管理部安全组%s为集团信息安全管理接口人（电话：%s），负责与%s、网信办和公安网安部门的安全事务对接。" % (co.p(3), "0%d-8%06d" % (co.rng.randint(500, 900), co.rng.randint(0, 999999)), co.ax["cust"])],
         ["28/interface-person"], None)], head=[("p", "信息化管理部  %s" % dd(co, d))])


def pen_plan(co, d):
    return W("penplan", "%d年渗透测试计划" % d.year, d, True, [
        ("测试对象", ["微信缴费公众号、网上营业厅、智慧水务平台互联网门户。"], [], None),
        ("安排", [("table", [["批次", "时间", "范围", "实施方"], ["1", "%d年4月" % d.year, "微信缴费", co.vendor], ["2", "%d年10月" % d.year, "网上营业厅、智慧水务门户", co.vendor]])],
         ["31/pentest-plan", "32/pentest-plan"], None)])


def pen_report(co, d):
    return W("penrep", "微信缴费系统渗透测试报告", d, True, [
        ("测试概况", ["授权书编号SQ-%d-04，测试时间%s。" % (d.year, dd(co, d))], [], None),
        ("发现问题", [("table", [["编号", "漏洞", "风险", "整改"], ["1", "越权查询户号账单", "高", "已修复复测通过"], ["2", "短信验证码可爆破", "中", "已修复"]])],
         ["31/pentest-records", "32/pentest-records"], None)])


def dev_plan(co, d):
    return W("devplan", "%d年安全工具定制开发计划" % d.year, d, False, [
        ("开发项目", [("table", [["工具", "用途", "完成时间"], ["弱口令自动核查脚本", "定期扫描并推送工单", "%d-06" % d.year], ["日志告警聚合小程序", "推送企业微信", "%d-09" % d.year]])],
         ["33/dev-plan"], None)])


def emer_plan(co, d, H):
    parts = [("总则", ["适用于集团信息系统突发事件的应急处置。"], [], None),
             ("组织机构", ["成立应急领导小组，组长由分管副总经理担任，办公室设在信息化管理部。"], [], None),
             ("应急处置", ["营业收费中断：启用营业厅离线收费；泵房监控中断：泵房切换本地控制并派人值守；勒索病毒：断网隔离。"],
              ["36/emergency-plan", "53/emergency-plan"], None),
             ("恢复策略", ["按营业收费、泵房监控、水质监测、GIS的顺序恢复；数据以最近一次完整备份加归档日志恢复，RTO 4小时、RPO 15分钟。"], ["55/plan"], None)]
    return group_doc(co, d, "信息系统突发事件应急预案", parts, H, "emergency")


def recovery(co, d):
    return W("recovery", "信息系统灾难恢复计划", d, False, [
        ("恢复目标", [("table", [["系统", "RTO", "RPO"], [co.systems[0], "4小时", "15分钟"], [co.systems[1], "8小时", "1小时"]])], [], None),
        ("恢复步骤", ["启用第二水厂备用机房→恢复数据库→恢复应用→业务验证→切回。"], ["36/recovery-plan"], None)],
        head=cover(co, "ISMS-P-13", "V1.1", d, ["恢复目标", "恢复步骤"]))


def bcp(co, d):
    return W("bcp", "信息系统业务连续性计划", d, False, [
        ("业务影响分析", ["营业收费中断超过4小时将影响全市缴费；泵房监控中断影响二次供水安全。"], [], None),
        ("连续性策略", ["备用机房、离线收费、泵房本地控制、关键岗位AB角。"], [], None),
        ("审批", ["本计划经集团网络安全和信息化领导小组审议通过，自%s起发布实施。" % cnd(d)], ["42/bcp"], None)],
        head=cover(co, "ISMS-P-18", "V1.0", d, ["业务影响分析", "连续性策略", "审批"]))


def drill(co, d, kind):
    if kind == "em":
        t, it, sc = "营业收费系统中断应急演练记录", ["40/emergency-drill", "53/drill"], "模拟营业收费数据库宕机，营业厅切换离线收费"
    else:
        t, it, sc = "营业收费数据库恢复演练记录", ["40/recovery-drill"], "从备份恢复营业收费数据库到备用机房"
    return W("drill", t, d, True, [
        ("演练概况", ["时间：%s；地点：集团机房及第二水厂备用机房；参加：%s、%s、%s" % (dd(co, d), co.p(1), co.p(2), co.vp(0)), "场景：" + sc], [], None),
        ("演练过程及结果", ["09:00启动→09:12完成切换→10:40业务验证通过，实际恢复用时1小时40分，达到预案要求。"], it, None),
        ("存在问题", ["离线收费终端2台未更新证书。"], [], None)])


def resp_times(co, d):
    rows = [[(d - timedelta(days=i * 25)).isoformat(), x, "15分钟", "%d分钟" % co.rng.randint(5, 14), "达标"] for i, x in
            enumerate(["泵房监控中断", "营业收费慢", "勒索病毒告警", "GIS服务异常"])]
    return X("resp", "应急事件响应时间统计", d, True, [("统计", ["日期", "事件", "方案要求", "实际响应", "是否达标"], rows, ["55/response-times"], None)])


def csat(co, d, half):
    return W("csat", "%s运维服务满意度调查报告" % half, d, True, [
        ("调查概况", ["对象：%s及集团各部门；回收问卷%d份。" % (co.ax["cust"], co.rng.randint(25, 40))], [], None),
        ("满意度分析", [("table", [["项目", "得分"], ["响应及时性", "%.1f" % (88 + co.rng.random() * 8)], ["处理质量", "%.1f" % (86 + co.rng.random() * 8)],
                                   ["服务态度", "%.1f" % (90 + co.rng.random() * 8)]]), "主要不满意项为汛期夜间响应，已纳入改进。"],
         ["41/surveys", "58/survey", "63/survey"], None)])


def trend(co, d):
    return W("trend", "运维服务满意度趋势分析报告", d, True, [
        ("趋势", [("table", [["期次", "综合得分"], ["2024下半年", "87.6"], ["2025上半年", "89.2"], ["2025下半年", "90.4"], ["2026上半年", "91.8"]]),
                "满意度连续四期上升，汛期响应仍是短板。"], ["41/trend"], None)])


def follow(co, d):
    rows = [[(d - timedelta(days=i * 30)).isoformat(), co.cp(i), "电话回访", "满意", co.p(2)] for i in range(4)]
    return X("follow", "客户主动回访记录", d, True, [("回访", ["回访日期", "回访对象", "方式", "评价", "回访人"], rows, ["63/follow-up-visits"], None)])


def desk_notice(co, d):
    return W("desk", "关于设立信息化运维服务台的通知", d, False, [
        ("服务台", ["即日起设立信息化运维服务台，统一受理集团各单位和%s的报修和服务请求，电话8%04d，工作时间7×24小时，由驻场工程师轮值。" % (co.ax["cust"], co.rng.randint(1000, 9999))],
         ["48/service-desk"], None)], head=[("p", "信息化管理部  %s" % dd(co, d))])


def desk_train(co, d):
    rows = [[i + 1, n, "服务台值班员", "90"] for i, n in enumerate([co.vp(0), co.vp(1), co.p(5)])]
    return X("train", "服务台人员培训记录", d, True, [("记录", ["序号", "姓名", "岗位", "考核成绩"], rows, ["48/training"], None)],
             note="培训内容：工单受理、事件分级、升级规则  时间：%s  讲师：%s" % (d.isoformat(), co.p(2)))


def grading(co, d, H):
    return W("grading", "信息系统安全保护等级定级报告", d, False, [
        ("定级标准", ["依据GB/T 22240-2020，按业务信息安全和系统服务安全受破坏时侵害的客体和程度确定等级。"], ["51/grading-criteria"], None),
        ("定级结果", [("table", [["系统", "等级"], [co.systems[0], "第三级"], [co.systems[1], "第二级"], ["水厂SCADA", "第三级"]])], ["51/grading"], None)],
        holes=H)


def bulletin(co, d):
    return W("bulletin", "%d年%d月安全通告及漏洞分析" % (d.year, d.month), d, True, [
        ("业界动态", ["本月供水行业通报2起工控系统勒索事件。"], [], None),
        ("政策法规", ["《网络数据安全管理条例》相关要求解读。"], ["52/policy"], None),
        ("漏洞通告", ["Oracle WebLogic远程代码执行漏洞（CVE编号见附表），影响营业收费中间件。"], ["52/vulnerability"], None),
        ("病毒通告", ["新型勒索病毒针对工控上位机传播，已下发查杀规则。"], ["52/virus"], None),
        ("厂商安全通告", ["华为防火墙安全公告一则，已评估不受影响。"], [], None),
        ("分析与建议", ["WebLogic漏洞影响本单位2台服务器，建议本月变更窗口打补丁。"], ["52/analysis", "53/bulletin"], None)])


def kpi(co, d):
    rows = [["可用率", "99.9%", "99.95%", "达成"], ["P1响应", "15分钟", "11分钟", "达成"], ["满意度", "90", "91.8", "达成"], ["补丁及时率", "95%", "88%", "未达成"],
            ["投诉建议", "≤2件", "3件", "未达成"]]
    return X("kpi", "%d年第%d季度运维KPI监视测量清单" % (d.year, (d.month - 1) // 3 + 1), d, True,
             [("KPI", ["指标", "目标", "实际", "结论"], rows, ["57/measurement"], None)])


def capa(co, d):
    return W("capa", "纠正预防措施记录单", d, True, [
        ("不符合描述", ["第%d季度安全补丁安装及时率88%%，未达到95%%目标。" % ((d.month - 1) // 3 + 1)], [], None),
        ("原因及措施", ["补丁测试环境不足；措施：建立补丁测试虚拟机、补丁每月第二周集中安装。"], ["57/capa"], None),
        ("有效性验证", ["次月补丁及时率97%%，措施有效。验证人：%s  %s" % (co.p(3), dd(co, d + timedelta(days=30)))], ["66/effectiveness"], None)],
        head=[("p", "编号：ISMS-R-15-%d%02d" % (d.year, d.month))])


def internal_audit(co, d):
    return W("ia", "%d年度信息安全管理体系内部审核报告" % d.year, d, True, [
        ("审核范围和依据", ["依据ISO/IEC 27001、ISO/IEC 20000及CCRC运维要求，覆盖信息化管理部全部过程。"], [], None),
        ("审核发现", ["不符合项3项：变更回退方案缺失1项，知识库更新不及时1项，服务台回访记录不全1项；观察项2项。"], [], None),
        ("结论", ["体系符合标准要求，满足客户SMS要求，得到有效实施和保持。"], ["59/internal-audit"], None)])


def mgmt_review(co, d, H):
    return W("mr", "%d年度管理评审报告" % d.year, d, True, [
        ("服务和流程执行情况", ["各程序运行有效，服务级别达成率98%，内审不符合项已全部关闭。"], ["60/performance", "59/management-review"], None),
        ("客户反馈", ["满意度91.8分，投诉3件（汛期响应）。"], ["60/customer-feedback"], None),
        ("当前和预测资源水平", ["现有自有人员6人、驻场2人；预计明年智慧水务二期上线需增加1名系统工程师和存储扩容40TB。"], ["60/resources"], "mr_res"),
        ("纠正措施进展", ["上年度纠正措施7项，已完成6项，1项（链路双路由）延期至5月。"], ["60/corrective-actions"], None),
        ("可能影响服务的变更", ["营业收费系统国产化替代、集团机构调整。"], ["60/changes"], None),
        ("改进机会", ["补丁及时率未达标、汛期夜间响应、服务台回访。"], ["60/improvements"], None)],
        head=[("p", "评审时间：%s  主持：%s" % (dd(co, d), co.boss))], holes=H)


def improve_plan(co, d, H):
    return W("iplan", "%d年安全运维持续改进计划" % d.year, d, False, [
        ("改进项目", [("table", [["序号", "改进项", "目标", "责任组", "完成时间"], ["1", "补丁及时率提升", "≥95%", "安全组", "%d-06" % d.year],
                                 ["2", "汛期夜间响应", "P1响应≤15分钟", "网络组", "%d-05" % d.year]])], ["64/plan"], None),
        ("评估标准", ["改进机会按影响程度（40%）、紧迫性（30%）、投入（30%）评分；识别→登记→部长批准→实施→测量→在月报和管评中报告。"], ["64/criteria"], "criteria")],
        holes=H)


def improve_analysis(co, d):
    return W("ianalysis", "改进机会分析报告", d, True, [
        ("改进机会及评分", [("table", [["改进机会", "影响", "紧迫", "投入", "总分", "优先级"], ["补丁及时率", 36, 27, 24, 87, "1"], ["汛期夜间响应", 32, 28, 18, 78, "2"],
                                          ["知识库更新", 20, 12, 27, 59, "3"]])], ["67/prioritisation"], None),
        ("分析及批准", ["按得分排序，前两项列入本年改进计划。批准：%s  %s" % (co.p(0), dd(co, d))], ["67/analysis"], None)])


def improve_rec(co, d):
    return W("irec", "补丁及时率提升改进活动记录", d, True, [
        ("改进目标", ["安全补丁安装及时率由88%提升至95%以上。"], ["68/plan"], None),
        ("实施情况", ["已搭建补丁测试环境，每月第二周集中安装，已实施4个月。"], ["68/implementation"], None),
        ("有效性测量", ["近三个月及时率97%、96%、98%，目标达成，已在管理评审中报告。"], ["68/effectiveness"], None)])


def aware(co, d):
    rows = [[i + 1, co.p(i), "信息化管理部", ""] for i in range(6)] + [[7, co.vp(0), co.vendor, ""]]
    return X("aware", "持续服务改进意识培训签到及记录", d, True, [("签到", ["序号", "姓名", "单位", "签名"], rows, ["69/awareness-training"], None)],
             note="培训内容：持续服务改进意识——从一次汛期投诉看服务改进；讲师：%s；时间：%s" % (co.p(0), d.isoformat()))


def preventive_note(co, d):
    return W("prevent", "预防措施实施及有效性验证记录", d, True, [
        ("潜在问题", ["营业收费数据库表空间增长趋势显示将在3个月内达到90%。"], [], None),
        ("预防措施", ["扩容表空间并设置80%告警。"], [], None),
        ("有效性验证", ["验证后表空间使用率62%，告警生效。"], ["66/effectiveness"], None)])


def defect(co, d):
    return W("defect", "%d年运维服务缺陷分析及改进方案" % d.year, d, True, [
        ("重大事件", ["8月泵房监控中断47分钟。"], [], None), ("失败变更", ["GIS升级失败回退1项。"], [], None),
        ("服务不达标", ["补丁及时率、投诉件数未达标。"], [], None),
        ("改进计划", ["链路双路由、变更回退演练、补丁集中安装。"], ["70/defect-analysis"], None)])


def summary(co, d, H):
    return W("summary", "信息化管理部%d年工作总结及%d年工作思路" % (d.year - 1, d.year), d, True, [
        ("年度工作回顾", ["完成营业收费系统升级、智慧水务二期立项、等保测评。"], [], None),
        ("运维数据汇总分析", ["全年日志42亿条、变更312项、事件1536件、服务请求820件、问题27个；事件量季度性明显（汛期+35%）。"], [], None),
        ("服务预测", ["预计明年事件量增长约15%，主要来自智慧水务二期上线和移动巡检；变更将集中在国产化替代，需提前储备数据库人员。"], ["71/forecast"], "forecast")],
        holes=H)


def kb_export(co, d):
    rows = [["KB-%04d" % (i + 1), t, co.p(i), (d - timedelta(days=i * 17)).isoformat()] for i, t in
            enumerate(["营业厅打印机无法连接收费系统", "泵房VPN隧道反复断开处理", "Oracle锁表排查", "WAF误拦截微信回调"])]
    return X("kb", "运维知识库条目导出", d, True, [("知识库", ["编号", "标题", "作者", "发布日期"], rows, ["21/knowledge-base"], None)])


# ------------------------------------------------------------------ decoys


def blank(title, d, cols):
    rows = [[title], ["部门：", "", "月份："], cols] + [[""] * len(cols) for _ in range(10)] + [["填表人：", "", "审核："]]
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", rows)], decoy="template")


def signin(co, d, what):
    rows = [[i + 1, co.p(i), "信息化管理部", ""] for i in range(6)]
    return Doc("signin", "宣贯签到表", d, [], True, sheets=[("签到", [["《%s》宣贯培训签到表" % what], ["时间：%s" % d.isoformat()],
                                                                  ["序号", "姓名", "部门", "签名"]] + rows)], decoy="sign-in about a plan or procedure")


def mention(co, d, what):
    b = [("title", "关于做好%s相关工作的通知" % what), ("p", "各组："),
         ("p", "请各组按照《%s》的要求，做好本月相关工作，具体以该文件为准。" % what), ("p", "信息化管理部  %s" % dd(co, d))]
    return Doc("notice", "通知", d, [], False, b, decoy="notice that only mentions a document")


UNREL = [("关于调整居民阶梯水价的公告", ["根据市发改委批复，自下月起执行新的阶梯水价标准。"]),
         ("集团职工篮球赛报名通知", ["以部门为单位组队。"]),
         ("关于做好防汛物资储备的通知", ["各水厂、泵站储备沙袋和抽水泵。"]),
         ("第二水厂沉淀池清洗计划", ["清洗期间由第一水厂加压供水。"])]


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------ the share


class Ctx:
    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.ax["holes"]
        self.made = []
        self.scan = {"creator": "Canon iR-ADV C5535 (OCR)", "author": "scanner", "styled": False}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.3)
        opt.setdefault("styled", r.random() < 0.7)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxhb", "user", "DELL"]))
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


def build(co, lock_bytes):
    """Lay out an AX share: 01集团发文/, 02体系文件/, 03网络组/, 04系统组/, 05安全组/, 06运维外包/, 07客户服务/,
    08应急管理/, 09运维月报/, 10体系运行/, 11部门综合/, WeChat Files/, 微信聊天记录/, 归档/, 个人文件/, a 回收站."""
    co.ax = AX_INFO[getattr(co, "info_id", co.id)]
    co.ax_no = {}
    c = Ctx(co)
    H = c.H
    co.gaps = set(H)
    co.oldonly = {h for h in H if h.endswith("_old")}
    lay_rules(c, H)
    lay_prepare(c, H)
    lay_records(c, H)
    lay_security(c, H)
    lay_emergency(c, H)
    lay_review(c, H)
    archive(c)
    decoys(c, H, lock_bytes)


def lay_rules(c, H):
    co, r, put = c.co, c.r, c.put
    keys = [k for k in PROC if not (k == "slm" and "slm" in H) and not (k == "pre" and "prevent" in H)]
    if "chg_draft" in H:
        keys.remove("chg")
        put("个人文件/%s/ISMS-P-11 变更管理程序（征求意见稿）.docx" % co.p(1), void(proc_doc(co, co.fresh(), "chg", H), "draft (征求意见稿)", "（征求意见稿）"))
    hbk = H
    # the 制度汇编 binds some procedures as 篇
    pool = [k for k in keys if k != "man"]
    r.shuffle(pool)
    bound = sorted(pool[:r.randint(3, 5)], key=list(PROC).index)
    d = date(2025, r.randint(2, 8), r.randint(1, 28))
    b = [("p", co.name), ("title", "信息化管理部制度汇编（2025版）"), ("p", "%s印发" % cnd(d)), ("break",), ("h1", "目录")]
    b += [("p", "第%s篇  %s（%s）" % (han(i), PROC[k][1], PROC[k][0])) for i, k in enumerate(bound, 1)] + [("break",)]
    items = []
    for i, k in enumerate(bound, 1):
        code, name, parts = proc_parts(co, k, hbk)
        doc = W("proc:" + k, name, d, False, parts, holes=hbk)
        b.append(("h1", "第%s篇  %s（%s）" % (han(i), name, code)))
        b += [x if x[0] != "h1" else ("h2", x[1]) for x in doc.blocks[1:]]
        items += doc.items
    put("02体系文件/信息化管理部制度汇编（2025版）.pdf", Doc("compilation", "信息化管理部制度汇编", d, sorted(set(items)), False, b),
        creator="WPS Office")
    for k in keys:
        if k in bound and r.random() < 0.6:
            continue
        d = co.issued()
        code, name, _ = PROC[k]
        doc = proc_doc(co, d, k, hbk)
        if k in ("sec", "man") and r.random() < 0.5:
            # issued by the 集团: 红头 scan as 正文, the procedure as 附件1
            top, no = red_top(co, d, "关于印发《%s》的通知" % name)
            main = Doc("notice", "关于印发《%s》的通知" % name, d, [], False,
                       top + [("p", "现将《%s》印发给你们，请认真贯彻执行。" % name), ("p", "附件：%s" % name)] + tail(co, d),
                       decoy="covering notice (正文) of a split 集团发文")
            sub = "01集团发文/%d/%s 关于印发《%s》的通知/" % (d.year, no, name)
            put(sub + "正文.pdf", main, **c.scan)
            put(sub + "附件1.docx", doc)
            continue
        nm = r.choice(["%s %s %s" % (code, name, r.choice(["V2.1", "v2.0", "(2025修订)", ""])), "%s%s" % (code.replace("ISMS-", ""), name), name])
        put("02体系文件/%s/%s.%s" % ("手册" if k == "man" else "程序文件", nm.strip(), r.choice(["docx", "docx", "pdf"])), doc)
    # 作业指导书
    n_wi = 1 if "wi_one" in H else 3
    for i in range(n_wi):
        d = co.issued()
        put("02体系文件/作业指导书/%s.%s" % (["防火墙策略变更", "营业收费数据库备份恢复", "泵房VPN网关巡检"][i] + "作业指导书", r.choice(["docx", "pdf"])), wi(co, d, i))
    put("02体系文件/服务目录/安全运维服务目录.docx", catalog(co, co.issued(), H))
    d = co.issued()
    put("01集团发文/%d/%s网络安全和信息化领导小组及工作机构设置.pdf" % (d.year, ymd(d)), group_org(co, d, "outs" not in H), **c.scan)
    if "iface" not in H:
        put("11部门综合/通知/关于明确信息安全管理接口人的通知.docx", iface(co, co.fresh()))
    put("11部门综合/通知/关于设立信息化运维服务台的通知.pdf", desk_notice(co, co.issued()), **c.scan)
    if "roles" not in H:
        put("11部门综合/组织机构/安全运维角色清单.xlsx", roles(co, co.issued()))
    c.rec(lambda d: "11部门综合/人员/运维人员清单%s.xlsx" % ymd(d), lambda d: staff(co, d, "outs" not in H))


def lay_prepare(c, H):
    co, r, put = c.co, c.r, c.put
    K = "07客户服务/%s/" % co.ax["cust"]
    c.rec(lambda d: K + "01需求调研/%d年运维需求调研报告.docx" % d.year, lambda d: survey(co, d, H))
    if "budget_tpl" in H:
        put("11部门综合/预算/运维预算表模板.xlsx", blank("信息系统运维预算表", co.fresh(), ["服务项", "工作量", "人力", "经费", "节点"]))
    else:
        c.rec(lambda d: "11部门综合/预算/%d年运维预算（报财务）.xlsx" % d.year, lambda d: budget(co, d))
    agreed = "comm_noagree" not in H
    d = co.fresh()
    put("微信聊天记录/微信聊天记录导出_%s对接群_%s.pdf" % (co.ax["cs"], ymd(d)), wechat(co, d, agreed))
    put("WeChat Files/%s/FileStorage/File/%d-%02d/需求沟通确认纪要.docx" % (co.ax["wx"], d.year, d.month), comm_minutes(co, d + timedelta(days=1), agreed))
    c.rec(lambda d: "10体系运行/数据分析/%d年运维历史数据清单.xlsx" % (d.year - 1), lambda d: history_list(co, d))
    c.rec(lambda d: "10体系运行/数据分析/%d年度运维历史数据分析报告.docx" % (d.year - 1), lambda d: history_analysis(co, d), old="hist_old" in H)
    put("10体系运行/数据分析/运维保障策略及实施方案.docx", strategy(co, co.fresh()))
    if "kpis" not in H:
        put("10体系运行/指标/可用性指标清单.xlsx", kpis(co, co.issued()))
    c.rec(lambda d: "05安全组/分析报告/以往服务及事件处置效率分析%s.docx" % ymd(d), lambda d: impact(co, d, H))
    V = "06运维外包/%s/" % co.vendor
    d = co.fresh()
    put(V + "%d年运维服务外包合同（含服务技术要求）.pdf" % d.year, contract(co, d), **c.scan)
    if "ola" in H:
        put("个人文件/%s/内部运营级别协议（草稿）.docx" % co.p(0), void(ola(co, co.fresh()), "draft", "（草稿）"))
    else:
        put("02体系文件/记录/ISMS-R-05 内部运营级别协议.docx", ola(co, co.issued()))
    for i in range(r.randint(2, 3)):
        d = date(2026, 3 * i + r.randint(1, 3), r.randint(3, 26))
        put(V + "驻场月报/%s驻场服务月报%d.%02d.docx" % (co.vendor[:4], d.year, d.month),
            Doc("vendor_monthly", "驻场服务月报", d, [], True, [("title", "%s驻场运维服务月报（%d年%d月）" % (co.vendor, d.year, d.month)),
                                                              ("p", "本月驻场%d人，完成巡检%d次，处理工单%d张。" % (2, 20, r.randint(60, 120)))]))
    if "compat" not in H:
        c.rec(lambda d: "04系统组/改造项目/营业收费数据库升级/兼容性验证报告.docx", lambda d: compat(co, d))
    c.rec(lambda d: "04系统组/改造项目/营业收费数据库升级/实施方案（含测试计划及回退）.docx", lambda d: reform(co, d, H))
    c.rec(lambda d: "04系统组/新建项目/智慧水务二期/需求分析确认记录%s.pdf" % ymd(d), lambda d: req_record(co, d), **c.scan)
    if "baseline" not in H:
        put("05安全组/基线/信息系统安全配置基线.xlsx", baseline(co, co.issued()))
    d = co.fresh()
    put(K + "02服务协议/%d年度信息系统运维服务协议（盖章版）.pdf" % d.year, agreement(co, d, H), **c.scan)
    c.rec(lambda d: "04系统组/CMDB/CMDB导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, H))
    c.rec(lambda d: "04系统组/CMDB/配置项更新记录.xlsx", lambda d: ci_updates(co, d))
    c.rec(lambda d: "03网络组/资产/IT资产清单%d.%02d.xlsx" % (d.year, d.month), lambda d: assets(co, d))
    if "devplan" not in H:
        put("05安全组/工具开发/安全工具定制开发计划.docx", dev_plan(co, co.fresh()))
    if "kb" not in H:
        c.rec(lambda d: "04系统组/知识库/知识库导出%s.xlsx" % ymd(d), lambda d: kb_export(co, d))
    if "desk_train" not in H:
        c.rec(lambda d: "11部门综合/培训/服务台人员培训%s.xlsx" % ymd(d), lambda d: desk_train(co, d))


def lay_records(c, H):
    co, r, put = c.co, c.r, c.put
    months = sorted(r.sample(range(2, 11), r.randint(5, 7)))
    for m in months:
        d = date(2026, m, 28)
        put("03网络组/巡检记录/2026年/2026年%02d月巡检记录.xlsx" % m, patrol(co, d, H if m != months[-1] else H | {"upg"}))
    if "hw" not in H:
        c.rec(lambda d: "03网络组/Book1.xlsx", lambda d: hwstats(co, d))
    for i in range(2):
        c.rec(lambda d: "03网络组/安全信息采集/%d年%02d月采集表.xlsx" % (d.year, d.month), lambda d: collect(co, d))
    for i in range(r.randint(2, 3)):
        c.rec(lambda d: "07客户服务/%s/03健康检查/%d年Q%d健康检查报告.docx" % (co.ax["cust"], d.year, (d.month - 1) // 3 + 1),
              lambda d: health(co, d), old="health_old" in H)
    for i in range(r.randint(2, 3)):
        c.rec(lambda d: "05安全组/日志审计/%d%02d日志审计分析.docx" % (d.year, d.month), lambda d: logaudit(co, d), old="logs_old" in H)
    c.rec(lambda d: "05安全组/安全事件/%d年上半年安全事件统计分析.docx" % d.year, lambda d: incstats(co, d))
    put("09运维月报/%d年可用性计划.docx" % 2026, avail_plan(co, date(2026, 1, r.randint(5, 25))))
    c.rec(lambda d: "03网络组/故障（中断）登记表.xlsx", lambda d: outage(co, d))
    for m in sorted(r.sample(range(3, 11), 3)):
        d = date(2026, m, r.randint(3, 10))
        put("09运维月报/2026/%s.%s" % (r.choice(["%d月运维月报", "运维月报（2026年%d月）", "2026.%02d 月报"]) % (m - 1), r.choice(["docx", "pdf"])),
            monthly(co, d, H))
    for i in range(r.randint(1, 2)):
        c.rec(lambda d: "04系统组/变更/变更登记台账%d.xlsx" % d.year, lambda d: changes(co, d))
    d = co.fresh()
    put("04系统组/变更/扫描件%03d.pdf" % r.randint(1, 40), Doc("change_form", "变更申请单", d, ["54/records", "43/process-records"], True, [
        ("title", "信息系统变更申请单（ISMS-R-11）"), ("p", "变更单号：BG-%s-07" % ymd(d)), ("p", "变更内容：营业收费系统中间件补丁升级"),
        ("p", "回退方案：回滚至原版本"), ("p", "审批：%s 同意  %s" % (co.p(0), dd(co, d))), ("p", "实施结果：成功，验证通过，关闭。实施人：%s" % co.p(2))]), **c.scan)


def lay_security(c, H):
    co, r, put = c.co, c.r, c.put
    S = "05安全组/"
    if "pentest_draft" in H:
        put("个人文件/%s/渗透测试计划（草稿）.docx" % co.p(3), void(pen_plan(co, co.fresh()), "draft", "（草稿）"))
    else:
        c.rec(lambda d: S + "渗透测试/%d年渗透测试计划.docx" % d.year, lambda d: pen_plan(co, d), old="pentest_old" in H)
    c.rec(lambda d: S + "渗透测试/微信缴费渗透测试报告%s.pdf" % ymd(d), lambda d: pen_report(co, d), old="pentest_old" in H)
    g = grading(co, co.issued(), H)
    if "grading" in H:
        put(S + "等保/定级报告（征求意见稿）.docx", void(g, "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(S + "等保/信息系统安全保护等级定级报告.pdf", g, **c.scan)
    for i in range(r.randint(2, 3)):
        c.rec(lambda d: S + "安全通告/%d年%d月安全通告.docx" % (d.year, d.month), lambda d: bulletin(co, d))
    d = co.fresh()
    put("WeChat Files/%s/FileStorage/File/%d-%02d/附件2.docx" % (co.ax["wx"], d.year, d.month), bulletin(co, d))


def lay_emergency(c, H):
    co, r, put = c.co, c.r, c.put
    E = "08应急管理/"
    d = co.issued()
    p = emer_plan(co, d, H)
    put("01集团发文/%d/%s 关于印发《信息系统突发事件应急预案》的通知.pdf" % (d.year, p.no), p, **(c.scan if r.random() < 0.5 else {}))
    put(E + "信息系统灾难恢复计划.docx", recovery(co, co.issued()))
    if "bcp_draft" in H:
        put(E + "业务连续性计划（征求意见稿）.docx", void(bcp(co, co.fresh()), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(E + "信息系统业务连续性计划.pdf", bcp(co, co.issued()))
    c.rec(lambda d: E + "演练/%s应急演练记录.docx" % ymd(d), lambda d: drill(co, d, "em"))
    c.rec(lambda d: "WeChat Files/%s/FileStorage/File/%d-%02d/新建 Microsoft Word 文档.docx" % (co.ax["wx"], d.year, d.month),
          lambda d: drill(co, d, "dr"), old="drdrill_old" in H)
    if "resp" not in H:
        c.rec(lambda d: E + "应急事件响应时间统计.xlsx", lambda d: resp_times(co, d))


def lay_review(c, H):
    co, r, put = c.co, c.r, c.put
    T = "10体系运行/"
    K = "07客户服务/%s/04满意度/" % co.ax["cust"]
    halves = [(date(2026, 7, r.randint(5, 20)), "2026年上半年"), (date(2026, 1, r.randint(8, 20)), "2025年下半年")]
    for d, h in halves[:1 if "csat_one" in H else 2]:
        put(K + "%s满意度调查报告.docx" % h, csat(co, d, h))
    if "trend" not in H:
        put(K + "满意度趋势分析.docx", trend(co, date(2026, 7, 28)))
    if "follow" not in H:
        c.rec(lambda d: K + "回访记录%d.xlsx" % d.year, lambda d: follow(co, d))
    for i in range(2):
        c.rec(lambda d: T + "KPI/%d年Q%d KPI监视测量.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: kpi(co, d))
    c.rec(lambda d: T + "纠正预防/ISMS-R-15 纠正预防措施单%s.docx" % ymd(d), lambda d: capa(co, d), old="capa_old" in H)
    if "prevent" not in H:
        c.rec(lambda d: T + "纠正预防/预防措施有效性验证%d%02d.docx" % (d.year, d.month), lambda d: preventive_note(co, d))
    c.rec(lambda d: T + "内审/%d年内审报告.pdf" % d.year, lambda d: internal_audit(co, d))
    if "mr" in H:
        d = co.fresh()
        put(T + "管评/关于召开%d年度管理评审会议的通知.docx" % d.year, mention(co, d, "管理评审程序"))
    else:
        c.rec(lambda d: T + "管评/%d年度管理评审报告.docx" % d.year, lambda d: mgmt_review(co, d, H))
    put(T + "持续改进/%d年持续改进计划.docx" % 2026, improve_plan(co, date(2026, 2, r.randint(1, 27)), H))
    if "prio" not in H:
        c.rec(lambda d: T + "持续改进/改进机会分析报告.docx", lambda d: improve_analysis(co, d))
    if "improve" not in H:
        c.rec(lambda d: T + "持续改进/补丁及时率改进活动记录.docx", lambda d: improve_rec(co, d))
    if "aware" not in H:
        c.rec(lambda d: "11部门综合/培训/%s持续改进意识培训.xlsx" % ymd(d), lambda d: aware(co, d))
    if "defect" not in H:
        c.rec(lambda d: T + "数据分析/运维缺陷分析及改进方案.docx", lambda d: defect(co, d))
    d = date(2026, 1, r.randint(10, 28))
    put("11部门综合/总结/信息化管理部%d年工作总结.docx" % (d.year - 1), summary(co, d, H))


def archive(c):
    """last year's copies under 归档/2025年/: genuine, a year older, stale."""
    co = c.co
    for name, factory, d in c.made:
        if co.rng.random() >= 0.3:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "归档/%d年/" % prev.year + name(prev).split("/")[-1]
        if rel not in co.used:
            c.put(rel, factory(prev))


def decoys(c, H, lock_bytes):
    co, r, put = c.co, c.r, c.put
    put("02体系文件/记录表格/ISMS-R-11 变更申请单（空白）.xlsx", blank("信息系统变更申请单", co.fresh(), ["变更内容", "影响", "回退方案", "审批", "结果"]))
    put("03网络组/巡检记录/巡检记录表模板.xlsx", blank("安全设备巡检记录", co.fresh(), ["日期", "设备", "状态", "CPU", "内存", "巡检人"]))
    put("07客户服务/%s/04满意度/满意度调查问卷（空白）.xlsx" % co.ax["cust"], blank("运维服务满意度调查问卷", co.fresh(), ["项目", "满意", "一般", "不满意", "建议"]))
    put("08应急管理/演练/应急演练记录表（模板）.xlsx", blank("应急演练记录", co.fresh(), ["时间", "场景", "过程", "结果", "问题"]))
    put("个人文件/%s/管理评审报告（初稿）.docx" % co.p(0), void(mgmt_review(co, co.fresh(), set()), "draft", "（初稿）"))
    put("个人文件/%s/服务目录修订（讨论稿）.docx" % co.p(1), void(catalog(co, co.fresh(), set()), "draft", "（讨论稿）"))
    put("08应急管理/作废/信息系统应急预案（2020版）作废.pdf", void(emer_plan(co, date(2020, 5, 11), set()), "obsolete", "（作废）"), **c.scan)
    put("02体系文件/作废/ISMS-P-09 问题管理程序 V1.0（作废）.docx", void(proc_doc(co, date(2021, 6, 18), "prb", set(), "V1.0"), "obsolete", "（作废）"))
    b = co.ax["bin"]
    put(b + "/业务连续性计划.docx", void(bcp(co, co.issued()), "recycle bin"))
    put(b + "/2026年渗透测试计划.docx", void(pen_plan(co, co.fresh()), "recycle bin"))
    put(b + "/持续改进意识培训.xlsx", void(aware(co, co.fresh()), "recycle bin"))
    for what in ("信息系统突发事件应急预案", "ISMS-P-11 变更管理程序", "信息安全事件处置与应急响应程序"):
        d = co.fresh()
        put("11部门综合/培训/%s《%s》宣贯签到.xlsx" % (ymd(d), what), signin(co, d, what))
    put("11部门综合/通知/关于落实变更管理要求的通知.docx", mention(co, co.fresh(), "变更管理程序"))
    d = co.issued()
    put("02体系文件/ISMS-M-02 运维管理总则.docx", Doc("general", "运维管理总则", d, [], False, cover(co, "ISMS-M-02", "V1.1", d, ["总则", "引用文件"]) + [
        ("title", "信息化管理部运维管理总则"), ("h1", "一、总则"), ("p", "信息化管理部各组的运维活动按本总则及下列程序文件执行。"),
        ("h1", "二、引用文件")] + [("p", "%s《%s》" % (PROC[k][0], PROC[k][1])) for k in PROC if k != "man"],
        decoy="procedure that only cites other procedures"))
    put("02体系文件/体系文件清单.xlsx", Doc("index", "体系文件清单", co.fresh(), [], False, sheets=[("清单", [["信息安全管理体系文件清单"], ["编号", "名称", "状态"]]
        + [[PROC[k][0], PROC[k][1], "现行"] for k in PROC])], decoy="list citing documents"))
    put("11部门综合/通知/关于开展汛期信息系统保障的通知.docx", mention(co, co.fresh(), "信息系统突发事件应急预案"))
    d = co.fresh()
    put("11部门综合/例会/%d.%d.%d部门例会纪要.docx" % (d.year, d.month, d.day), Doc("minutes", "部门例会纪要", d, [], True, [
        ("title", "信息化管理部例会纪要"), ("p", dd(co, d)), ("p", "1. 各组汇报上周工作；2. 布置汛期值班；3. 强调考勤纪律。")]))
    for i, (t, ps) in enumerate(r.sample(UNREL, 3)):
        d = co.fresh()
        put("新建文件夹/%s.%s" % (t, r.choice(["docx", "pdf"])), Doc("unrelated", t, d, [], False, [("title", t)] + [("p", p) for p in ps], decoy="unrelated"))
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith((b + "/",))]
    for rel in office[3:120:17]:
        folder, _, base = rel.rpartition("/")
        p = (folder + "/" if folder else "") + "~$" + (base if len(base) <= 12 else base[2:])
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(2)), "Office lock file")
    for rel, data, why in [("05安全组/日志审计/新建 Microsoft Word 文档.docx", b"", "empty file"),
                           ("03网络组/巡检记录/2026年/Book1.xlsx", b"", "empty file"),
                           ("04系统组/扫描件003.pdf", MIN_PDF, "image-only scan without a text layer")]:
        if rel not in co.used:
            co.raw(rel, data, why)
    if "kb" in H:
        co.raw("04系统组/知识库/知识库导出.xlsx", b"", "empty file")
