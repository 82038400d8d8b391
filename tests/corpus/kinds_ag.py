# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ag.py - style AG: the 信息中心 (数字化运维中心) of an oilfield company (油田分公司).

An author voice for the accuracy corpus, used only by the AG shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py and the README's ground-truth conventions; never the rules,
the sources or a score).  The 信息中心 runs the 数字化油田 (井场/站库 SCADA, 油气生产物联网, 生产运行指挥
系统), ERP, OA and the 油田 private network, and runs IT and security operations for the 采油厂 and
for one 合资 (中外合作) partner company, the form's customer, under a 信息技术服务协议.  A security
contractor (承包商) has engineers in its 执行组.

Its people write in the oil industry's state-enterprise style: 管理规定 / 管理办法 / 实施细则 issued by
红头 通知 with 油田 文号 (X油信〔2026〕N号) and 章/条; a 信息技术服务管理手册 with a long cover, 修订记录
and 版次 (第3版第0次修改); a 管理制度汇编; 岗位责任制 and 岗位操作规程 (one per 岗位/module, some bound
in a 汇编); HSE language everywhere: 两书一表, JSA 工作安全分析, 作业许可 (the 信息系统作业许可证 is how a
change is applied for, approved, carried out and closed), 隐患排查治理, 安全经验分享; 交接班记录 and 巡回
检查记录 by 班组 (some handwritten on a printed form and scanned); 专项应急预案 with 桌面演练 and 实战
演练; QHSE 体系审核; 主任办公会 minutes holding several decisions; 月度运行分析, 季度/年度工作总结;
劳动竞赛 and 技术比武.  Folders by 科室 and by 年度 (2025年/2026年); a 合资公司 folder under 对外服务;
personal folders, a Windows 回收站.  Dates in Chinese (二〇二六年三月五日, 2026年3月5日), ISO and dotted.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when it is written; a sheet with no data rows proves nothing; a record older than
a year keeps its items (record=True) and is stale.  build(co, lock_bytes) lays out the whole share.

Judgement calls of this voice (also in the README): an 信息系统作业许可证 whose lines record the change
applied for, its JSA, approval, implementation, rollback readiness and closing is a change record (54)
and a process record (43); a JSA sheet or a 两书一表 alone proves nothing; a 交接班记录 whose rows say
only 运行正常 proves nothing, a 巡回检查记录 (also a scanned, handwritten one with its OCR text) is 44's
inspection, 45's monitoring and 14's maintenance, its 查杀 column 44/45's antivirus; the 网络安全隐患
排查治理管理办法 (finding and removing the causes of potential faults before they occur) is 66's
preventive-action document, the 隐患排查治理台账 with its 验证销项 column filled is 66's effectiveness
record; a 岗位责任制 that sets each 岗位 against its 科室 is 18/23's role list; a QHSE 体系审核 report is
59's internal audit only when it has the chapter that audits the IT service management system against
its standard, the service requirements and the customer's; the 主任办公会 minutes prove each decision
they record (the appointment of the interface person, the 服务台, the ranked and approved improvement
projects); a 季度工作总结, a 技术比武 or 劳动竞赛 file, a 安全经验分享, a 工作量确认单, a drill 方案 or 通知
and an image-only scan prove nothing; a 红头 notice kept as 正文 apart from its 附件 only cites the 办法
it issues (the 附件 is the procedure); the 分公司's QHSE (9001/14001/45001) certificate is no
certification of the IT service system (61); a row of the 年度培训台账 is a record of the training it
names (a 服务台 岗位培训 48's, a 持续改进 意识宣贯 69's; a 预案 宣贯 or an HSE training nothing).
"""

import re
from datetime import date, timedelta

from kinds import Doc

# per share: 文号 prefix, document code, customer's short name, 采油厂, ITSM name, 科室 names
AG_INFO = {
    "ag1": ("冀油信", "JDB", "中澳合作公司", ("第一采油厂", "第三采油厂", "南堡作业区"), "IT服务管理平台",
            ("综合管理科", "网络安全科", "运行维护科", "生产自动化科")),
    "ag2": ("准油信", "ZDYT", "合能公司", ("彩南采油厂", "火烧山采油厂", "吉木萨尔作业区"), "ITSM运维平台",
            ("综合办公室", "信息安全科", "系统运维科", "物联网科")),
    "ag3": ("江油信", "JHPY", "长欣合资公司", ("广华采油厂", "王场采油厂", "清河作业区"), "运维服务管理系统",
            ("综合管理科", "网络安全科", "基础运维科", "自动化运维科")),
    "ag4": ("陇油信", "LDYT", "庆华合资公司", ("第二采油厂", "第五采油厂", "环江作业区"), "IT运维服务平台",
            ("综合科", "网络与信息安全科", "运行保障科", "数字化运维科")),
}

ZH_DIGITS = "〇一二三四五六七八九"


def zh(d):
    """二〇二六年三月五日, as a 红头 signs it."""
    def small(n):
        if n < 10:
            return ZH_DIGITS[n]
        if n < 20:
            return "十" + (ZH_DIGITS[n % 10] if n % 10 else "")
        return ZH_DIGITS[n // 10] + "十" + (ZH_DIGITS[n % 10] if n % 10 else "")
    return "".join(ZH_DIGITS[int(c)] for c in str(d.year)) + "年" + small(d.month) + "月" + small(d.day) + "日"


def cn(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def dot(d):
    return "%d.%02d.%02d" % (d.year, d.month, d.day)


def ymd(d):
    return d.strftime("%Y%m%d")


def when(co, d):
    return co.rng.choice([cn, cn, dot, lambda x: x.isoformat(), lambda x: "%d/%d/%d" % (x.year, x.month, x.day)])(d)


CN_NUM = "一二三四五六七八九十"


def renumber(blocks):
    """Headings numbered 一、二、 / 第一条 / 1. in the order they are written (a section left out
    leaves no gap)."""
    out, n = [], {"cn": 0, "tiao": 0, "dig": 0}
    for blk in blocks:
        if blk[0] == "h1":
            h = blk[1]
            m = re.match(r"^([一二三四五六七八九十]+)、(.*)$", h, re.S)
            if m:
                n["cn"] += 1
                h = "%s、%s" % (CN_NUM[n["cn"] - 1], m.group(2))
            m = re.match(r"^第([一二三四五六七八九十]+)条 (.*)$", h, re.S)
            if m:
                n["tiao"] += 1
                h = "第%s条 %s" % (CN_NUM[n["tiao"] - 1], m.group(2))
            m = re.match(r"^(\d+)\. (.*)$", h, re.S)
            if m:
                n["dig"] += 1
                h = "%d. %s" % (n["dig"], m.group(2))
            blk = ("h1", h)
        out.append(blk)
    return out


def text(kind, title, d, record, head, parts, tail=()):
    """A written document: head blocks, then parts (written?, items, blocks); only the parts that are
    written lend their items."""
    b, items = [("title", title)] + list(head), []
    for on, its, blocks in parts:
        if on:
            b += blocks
            items += its
    b += list(tail)
    return Doc(kind, title, d, sorted(set(items)), record, renumber(b))


def book(kind, title, d, record, sheets):
    """A workbook: sheets (name, header, rows, items); a sheet with no rows proves nothing."""
    out, items = [], []
    for name, header, rows, its in sheets:
        out.append((name, [[title], header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def void(doc, why, mark=None):
    doc.items, doc.decoy, doc.kind = [], why, "decoy_" + why.split()[0]
    if mark:
        doc.title += mark
        if doc.blocks:
            for i, blk in enumerate(doc.blocks):
                if blk[0] == "title":
                    doc.blocks[i] = ("title", blk[1] + mark)
                    break
        if doc.sheets:
            n, rows = doc.sheets[0]
            rows[0] = [str(rows[0][0]) + mark]
    return doc


def blank_sheet(title, d, cols, n=8):
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", [[title], cols] + [[""] * len(cols) for _ in range(n)])],
               decoy="template")


def blank_text(title, d, heads):
    b = [("title", title), ("p", "编号：________    填写日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "")]
    b += [("p", "填写人：              审核人：")]
    return Doc("blank", title, d, [], False, b, decoy="template")


def wh(co, d):
    """The next 文号 of the 信息中心's notices in year d.year."""
    co.ag_wh[d.year] = co.ag_wh.get(d.year, co.rng.randint(3, 9)) + co.rng.randint(1, 4)
    return "%s〔%d〕%d号" % (co.ag_prefix, d.year, co.ag_wh[d.year])


def red_head(co, d, subject, to=None):
    """The 红头 of a 信息中心 notice: issuer, 文号, subject, 主送; returns (blocks, 文号)."""
    n = wh(co, d)
    return [("big", "%s信息中心文件" % co.ag_unit), ("p", n), ("title", subject),
            ("p", (to or "各科室、各采油厂信息站，%s信息部：" % co.ag_cust))], n


def sign_off(co, d):
    return [("p", "%s信息中心" % co.ag_unit), ("p", zh(d)), ("p", "（此件主动公开范围：中心内部）")]


# ------------------------------------------------------------------- 管理办法 / 实施细则

# key: (name, [(chapter, [articles], items, optional?)])
GL = {
    "incident": ("信息系统运行故障管理办法", [
        ("总则", ["为及时恢复数字化油田、ERP、OA等信息系统的正常运行，减少故障对油气生产和经营管理的影响，制定本办法。",
                "本办法所称运行故障（事件），是指信息系统、网络及基础设施服务中断或质量下降的情况。"], [], False),
        ("故障的受理与分级", ["故障通过服务台热线、%s工单、监控告警和巡回检查发现，服务台统一登记编号。",
                           "故障按影响范围分为Ⅰ级（影响生产指挥或多个采油厂）、Ⅱ级（影响单个采油厂或单套系统）、Ⅲ级（影响个别用户）。"],
         ["49/incident-procedure"], False),
        ("处置与升级", ["Ⅰ级故障15分钟内响应，1小时内到达现场，同时报告中心值班领导；Ⅱ级30分钟响应。",
                     "一线不能解决的，30分钟内升级至二线专业组或厂家，处置过程在工单中逐项记录。",
                     "故障排除后由服务台回访用户确认，关闭工单。"], ["49/incident-procedure"], False),
        ("附则", ["本办法由运行维护科负责解释，自印发之日起施行。"], [], False)]),
    "request": ("信息技术服务请求管理实施细则", [
        ("总则", ["为规范账号开通、权限变更、终端入网、VPN申请等信息技术服务请求的受理和办理，制定本细则。"], [], False),
        ("受理与审批", ["用户通过%s提交服务请求，填写申请单位、请求类别和业务理由，经本单位信息管理员审核。",
                      "涉及生产网（SCADA）的请求，须经生产自动化科会签。"], ["49/request-procedure"], False),
        ("办理与关闭", ["服务台按请求目录派单，标准请求2个工作日内办结，办理结果回填工单，由申请人确认后关闭。"],
         ["49/request-procedure"], False)]),
    "problem": ("信息系统问题管理实施细则", [
        ("总则", ["为查找重复发生和重大运行故障的根本原因，防止故障重复发生，制定本细则。"], [], False),
        ("问题的提出", ["同一系统30日内重复发生3次以上的故障、Ⅰ级故障、月度运行分析中发现的趋势性隐患，由运行维护科提出问题单。"],
         ["20/procedure", "37/procedure"], False),
        ("根因分析与解决", ["问题负责人组织专业组采用鱼骨图、5Why等方法分析根本原因，形成已知错误和临时解决措施。",
                         "需要变更的，按《信息系统变更管理办法》办理作业许可；问题关闭须经科室负责人审批，并录入运维知识库。"],
         ["20/procedure", "37/procedure"], False)]),
    "knowledge": ("运维知识库管理办法", [
        ("总则", ["为积累运行维护经验、提高故障处置效率，建立信息中心运维知识库，制定本办法。"], [], False),
        ("知识的采集与审核", ["知识来源包括故障处置记录、问题根因分析、厂家技术资料、技术比武成果和培训课件。",
                           "岗位人员提交知识条目，专业组长审核后发布，知识条目按专业和系统分类。"], ["21/procedure"], False),
        ("知识的维护", ["每季度对知识条目进行复核，对过期、失效的条目进行修订或下线。"], ["21/procedure"], False)]),
    "change": ("信息系统变更管理办法", [
        ("总则", ["为控制信息系统、网络及安全设备变更的风险，保障油气生产连续稳定，制定本办法。"], [], False),
        ("变更分类", ["变更分为标准变更、一般变更、重大变更和紧急变更；涉及生产网、SCADA系统的变更一律按重大变更管理。"],
         ["54/procedure"], False),
        ("作业许可与审批", ["变更实施前须办理《信息系统作业许可证》，进行JSA工作安全分析，编制实施方案和回退方案。",
                         "一般变更由科室负责人批准，重大变更提交中心变更评审会（CAB）审议，由分管副主任签批。"],
         ["54/procedure"], False),
        ("实施与关闭", ["变更在批准的窗口内实施，实施后验证业务，填写变更结果，关闭作业许可证；失败的变更立即回退并报告。"],
         ["54/procedure"], False)]),
    "secinc": ("网络安全事件管理办法", [
        ("总则", ["为规范网络安全事件的报告和处置，依据《中华人民共和国网络安全法》和集团公司网络安全事件管理相关规定，结合分公司实际，制定本办法。"], [], False),
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、信息内容安全事件、设备设施故障、灾害性事件和其他事件。",
                       "按影响程度分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）事件。"], [], False),
        ("事件报告", ["发现人立即报告服务台和网络安全科；Ⅲ级及以上事件30分钟内口头报告中心领导，2小时内书面报告分公司网络安全和信息化领导小组办公室。",
                    "涉及合资公司系统的，同时通报合资公司信息部接口人。"], ["30/reporting-process"], False),
        ("事件处置", ["网络安全科组织研判、隔离、取证、清除和恢复，处置过程在工单中记录。",
                    "涉及工控系统（SCADA）的事件，由生产自动化科协同处置，不得擅自中断生产控制。"],
         ["30/response-process", "31/incident-process"], False),
        ("应急响应", ["Ⅱ级及以上事件启动《网络安全事件专项应急预案》，成立现场应急处置组，按预案开展应急响应。"],
         ["34/emergency-process"], True),
        ("事后处理", ["事件处置结束后5个工作日内形成事件调查报告，分析原因，落实整改措施，并纳入隐患排查治理和知识库。"],
         ["34/incident-process"], True)]),
    "training": ("网络安全培训服务管理实施细则", [
        ("总则", ["为规范向采油厂和合资公司提供的网络安全培训服务，制定本细则。"], [], False),
        ("培训服务流程", ["每年初调查培训需求，编制年度培训计划；按计划准备课件并经科室审核；实施培训并签到；组织考试或实操考核；"
                       "收集培训评估表，形成培训总结并归档。"], ["31/training-process"], False)]),
    "pentest": ("渗透测试管理实施细则", [
        ("总则", ["为规范对分公司及合资公司信息系统开展的渗透测试工作，防止测试影响生产，制定本细则。"], [], False),
        ("测试流程", ["测试前须取得系统主管单位书面授权，明确测试范围、时间窗口和禁止事项；SCADA等生产控制系统原则上只在测试环境开展。",
                    "测试按信息收集、漏洞探测、漏洞验证、报告编写、整改复测的流程进行，测试过程全程记录。"], ["31/pentest-process"], False)]),
    "slm": ("信息技术服务级别管理办法", [
        ("总则", ["为明确信息中心对各采油厂、合资公司提供服务的质量标准，制定本办法。"], [], False),
        ("服务级别的制定与签订", ["运行维护科会同服务对象识别服务需求，编制服务目录和服务级别，经双方协商签订服务协议。"],
         ["39/slm-procedure"], False),
        ("监视与评审", ["服务级别达成情况按月统计并纳入月度运行分析，每年与服务对象评审一次，必要时修订协议。"],
         ["39/slm-procedure"], False)]),
    "improve": ("运维服务持续改进管理实施细则", [
        ("总则", ["为持续提升信息技术服务质量，规范改进措施的管理，制定本细则。"], [], False),
        ("改进的识别与记录", ["改进机会来源于内部审核、管理评审、QHSE体系审核、用户投诉与满意度调查、指标未达标、故障与问题分析和员工合理化建议，统一登记在改进项目台账。"],
         ["65/procedure"], False),
        ("批准、评估与测量", ["改进项目按效益、风险和投入评分排序，经中心主任办公会批准后实施；实施完成后以指标对比测量改进效果。",
                           "改进项目的进展每季度在工作总结中报告，年度汇总提交管理评审。"], ["65/procedure"], False)]),
    "audit": ("信息技术服务管理体系内部审核实施细则", [
        ("总则", ["为验证信息技术服务管理体系符合标准要求并得到有效实施和保持，制定本细则。"], [], False),
        ("审核的策划与实施", ["每年至少开展一次覆盖全部科室和过程的内部审核，审核员经培训取得资格，不得审核本人工作。",
                           "审核按年度审核方案、审核计划、首次会议、现场审核、不符合项报告、末次会议的顺序进行。"],
         ["61/audit-system", "62/audit-mechanism"], False),
        ("纠正与验证", ["受审核科室对不符合项分析原因并采取纠正措施，审核组跟踪验证，审核结果输入管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], False)]),
    "monitor": ("信息技术服务监视与测量管理规定", [
        ("总则", ["为掌握信息技术服务的实现情况，及时发现偏差，制定本规定。"], [], False),
        ("监视测量内容与方法", ["监视内容包括服务级别达成率、系统可用率、故障处置及时率、用户满意度、投诉与建议。",
                             "运行维护科每月统计指标，在月度运行分析会上通报；未达目标的，开具纠正预防措施报告单。"],
         ["61/monitoring-process", "62/monitoring-process"], False)]),
    "hazard": ("网络安全隐患排查治理管理办法", [
        ("总则", ["为落实“安全第一、预防为主”的方针，在网络安全隐患演变为事件或不符合之前消除其原因，制定本办法。"], [], False),
        ("隐患排查", ["隐患来源包括巡回检查、漏洞扫描、日志审计、QHSE体系审核、趋势分析和安全经验分享中发现的潜在问题。",
                    "各科室每月开展一次隐患排查，排查出的隐患登记在隐患排查治理台账。"], ["66/preventive-actions"], False),
        ("隐患治理与验证", ["隐患按“五定”（定措施、定责任、定资金、定时限、定预案）原则制定预防措施，经科室负责人批准后实施。",
                         "治理完成后由网络安全科组织验证，确认措施有效后销项，验证结果记入台账。"], ["66/preventive-actions"], False)]),
    "grading": ("信息系统安全等级保护定级实施细则", [
        ("总则", ["为规范分公司信息系统（含工业控制系统）的安全保护等级确定，依据GB/T 22240，制定本细则。"], [], False),
        ("定级标准", ["按照业务信息安全和系统服务安全受到破坏后所侵害的客体及侵害程度确定等级：侵害公民、法人和其他组织合法权益，一般损害为第一级，严重损害为第二级；"
                    "侵害社会秩序和公共利益，一般损害为第二级，严重损害为第三级；特别严重损害为第四级。",
                    "生产运行指挥、SCADA等关系油气生产安全的系统，原则上不低于第三级。"], ["51/grading-criteria"], False)]),
}


def gl_body(co, key, optional_on=True):
    """The 章/条 of a 管理办法: blocks and items; an optional chapter only when written."""
    name, chapters = GL[key]
    b, items, n = [("h1", name)], [], 0
    k = 0
    for ch, arts, its, opt in chapters:
        if opt and not optional_on:
            continue
        k += 1
        b.append(("h2", "第%s章 %s" % ("一二三四五六七八九十"[k - 1], ch)))
        for a in arts:
            n += 1
            a = a.replace("%s", co.ag_itsm).replace("运行维护科", co.ag_dept[2]).replace("网络安全科", co.ag_dept[1])
            b.append(("p", "第%s条 %s" % (cnum(n), a.replace("生产自动化科", co.ag_dept[3]))))
        items += its
    return b, items


def cnum(n):
    if n <= 10:
        return "一二三四五六七八九十"[n - 1]
    if n < 20:
        return "十" + "一二三四五六七八九"[n - 11]
    return "二十" + ("" if n == 20 else "一二三四五六七八九"[n - 21])


def gl_notice(co, d, key, optional_on=True):
    """A 管理办法 issued by a 红头 notice: 关于印发《…》的通知 and the text."""
    name = GL[key][0]
    head, n = red_head(co, d, "关于印发《%s》的通知" % name)
    b = head + [("p", "现将《%s》印发给你们，请认真贯彻执行。执行中遇到的问题，请及时反馈%s。" % (name, co.ag_dept[0]))] + sign_off(co, d) + [("break",)]
    body, items = gl_body(co, key, optional_on)
    b += body
    return Doc("gl:" + key, name, d, sorted(set(items)), False, b)


def gl_split(co, d, key):
    """The same issue kept as the OA sends it: 正文 (the notice alone, which only cites the 办法) and
    附件 (the 办法's own text)."""
    name = GL[key][0]
    head, n = red_head(co, d, "关于印发《%s》的通知" % name)
    note = Doc("gl_note", "印发通知", d, [], False, head + [("p", "现将《%s》印发给你们，请认真贯彻执行。" % name), ("p", "附件：%s" % name)] + sign_off(co, d),
               decoy="notice citing the procedure it issues")
    body, items = gl_body(co, key)
    att = Doc("gl:" + key, name, d, sorted(set(items)), False, [("p", "附件"), ("title", name)] + body[1:])
    return n, note, att


def long_cover(co, d, title, code, edition, chapters):
    b = [("p", "%s" % co.ag_unit), ("p", "信息中心（数字化运维中心）"), ("p", " "), ("title", title),
         ("p", "文件编号：%s" % code), ("p", "版次：%s" % edition), ("p", "受控号：%s-%03d" % (co.ag_code, co.rng.randint(1, 80))),
         ("p", "编制：%s    审核：%s    批准：%s" % (co.p(0), co.p(1), co.boss)),
         ("p", "%s发布    %s实施" % (cn(d), cn(d + timedelta(days=15)))), ("break",), ("h1", "修订记录")]
    rows = [["序号", "版次", "修订内容", "修订人", "批准人", "日期"]]
    for i, (e, what) in enumerate([("第1版第0次修改", "首次发布"), ("第2版第0次修改", "按QHSE体系整合要求换版"),
                                   ("第2版第1次修改", "机构调整，科室职责变化"), (edition, "年度修订，增补合资公司服务内容")]):
        rows.append([i + 1, e, what, co.p(i), co.boss, "%d.%02d" % (d.year - 3 + i, 2 + 3 * i) if i < 3 else "%d.%02d" % (d.year, d.month)])
    b += [("table", rows), ("h1", "目  录")]
    for i, c in enumerate(chapters, 1):
        b.append(("p", "%d  %s ………………………… %d" % (i, c, 3 + 4 * i)))
    return b + [("break",)]


def manual(co, d, keys, pdca):
    t = "信息技术服务管理手册"
    chapters = ["总则", "组织机构与职责"] + (["管理体系运行模式（PDCA）"] if pdca else []) + [GL[k][0] for k in keys]
    b = long_cover(co, d, t, "%s-XXZX-SC-01" % co.ag_code, "第3版第0次修改", chapters)
    b += [("h1", "1 总则"), ("p", "本手册依据信息技术服务管理和信息安全运维服务相关标准，结合油田QHSE管理体系编制，适用于信息中心向分公司各单位及%s提供的信息技术和安全运维服务。" % co.customer),
          ("h1", "2 组织机构与职责"), ("p", "中心主任为管理者代表，各科室按岗位责任制履行职责。")]
    items = []
    i = 3
    if pdca:
        b += [("h1", "3 管理体系运行模式（PDCA）"),
              ("p", "策划（P）：依据分公司年度工作会议和用户需求，制定服务目标、服务目录和年度工作计划；"),
              ("p", "实施（D）：按管理办法、岗位操作规程提供运行维护和安全运维服务；"),
              ("p", "检查（C）：月度运行分析、指标考核、内部审核、QHSE体系审核和用户满意度调查；"),
              ("p", "改进（A）：管理评审、纠正预防措施、隐患排查治理和持续改进项目，形成闭环。"),
              ("p", "中心每年开展一次内部审核，接受分公司QHSE体系审核和第三方认证机构的监督审核，审核发现纳入纠正预防措施管理。")]
        items += ["10/pdca", "61/audit-system"]
        i = 4
    for k in keys:
        body, its = gl_body(co, k)
        b.append(("h1", "%d %s" % (i, GL[k][0])))
        b += body[1:]
        items += its
        i += 1
    return Doc("manual", t, d, sorted(set(items)), False, b)


def compilation(co, d, keys):
    t = "信息中心管理制度汇编（%d版）" % d.year
    b = long_cover(co, d, t, "%s-XXZX-HB-%d" % (co.ag_code, d.year), "第%d版" % (d.year - 2019), [GL[k][0] for k in keys])
    items = []
    for k in keys:
        body, its = gl_body(co, k)
        b += body
        items += its
    return Doc("compilation", t, d, sorted(set(items)), False, b)


# --------------------------------------------------------------- 岗位操作规程

GC = {
    "fw": ("防火墙及网闸运维岗位操作规程", ["登录安全管理平台，检查防火墙和生产网网闸的HA状态、会话数、CPU与内存使用率。",
                                      "每周导出策略配置备份，与基线比对，清理过期策略须办理作业许可。",
                                      "特征库升级前在测试设备验证，升级后检查业务连通性。"]),
    "scada": ("工控安全（SCADA）巡检岗位操作规程", ["按巡回检查路线检查站控室工控防火墙、单向隔离装置、工控主机的运行状态。",
                                            "核对PLC/RTU通信状态与生产运行指挥系统的数据刷新情况，禁止在生产控制主机上插接移动介质。",
                                            "发现异常立即报告调度，按《网络安全事件管理办法》处置。"]),
    "vuln": ("漏洞扫描岗位操作规程", ["确认扫描授权和时间窗口，生产网只允许使用工控专用无损扫描策略。",
                                 "执行扫描并导出结果，对高危漏洞人工复核。", "编制漏洞通报并跟踪整改、复扫。"]),
    "log": ("日志审计岗位操作规程", ["每日检查日志审计平台的日志源接入情况，补接断开的日志源。",
                                "按审计策略生成日报、周报，对越权访问、暴力破解等告警进行研判。", "审计发现录入工单，按事件流程处置。"]),
    "av": ("防病毒系统运维岗位操作规程", ["每日检查防病毒服务器病毒库版本和终端在线率。",
                                   "每月组织一次全网查杀，生产网主机使用离线病毒库，查杀前与调度确认。", "病毒告警按事件流程处置并记录。"]),
    "bak": ("数据备份与恢复岗位操作规程", ["按备份策略检查ERP、生产数据库的备份作业执行结果。",
                                   "每季度抽取备份进行恢复验证，记录恢复时间。", "备份介质异地存放，出入库登记。"]),
}


def gc_doc(co, d, key, n):
    name, steps = GC[key]
    code = "%s-XXZX-GC-%02d" % (co.ag_code, n)
    b = [("title", name), ("table", [["规程编号", code, "版本", "B/1"], ["编写", co.p(2), "审核", co.p(0)],
                                      ["批准", co.boss, "实施日期", when(co, d + timedelta(days=10))]]),
         ("h1", "1 适用岗位"), ("p", "本规程适用于信息中心%s相关岗位及承包商驻场人员。" % co.ag_dept[2]),
         ("h1", "2 操作前准备"), ("p", "穿戴劳保用品，进入机房或站控室前登记，涉及变更的作业须持有效作业许可证。"),
         ("h1", "3 操作步骤")]
    b += [("p", "%d. %s" % (i, s)) for i, s in enumerate(steps, 1)]
    b += [("h1", "4 风险提示及控制措施"), ("p", "误操作导致生产数据中断：作业前备份，一人操作一人监护。"),
          ("h1", "5 记录"), ("p", "操作结果记入相应记录表或工单。"),
          ("h1", "修订记录"), ("table", [["版本", "修订内容", "日期"], ["A/0", "首次发布", "%d.%02d" % (d.year - 2, co.rng.randint(1, 12))],
                                         ["B/1", "增加生产网作业许可要求", "%d.%02d" % (d.year, d.month)]])]
    return Doc("gc", name, d, ["24/work-instructions", "11/manuals"], False, b)


def gc_book(co, d, keys):
    t = "信息中心岗位操作规程汇编"
    b = [("title", t), ("p", "%s信息中心    %s" % (co.ag_unit, when(co, d))), ("h1", "目录")]
    b += [("p", "%d. %s" % (i, GC[k][0])) for i, k in enumerate(keys, 1)]
    for k in keys:
        b += [("h1", GC[k][0])] + [("p", "%d. %s" % (i, s)) for i, s in enumerate(GC[k][1], 1)]
    return Doc("gc_book", t, d, ["24/work-instructions", "11/manuals"], False, b)


def construction(co, d):
    t = "信息化建设项目现场施工作业手册"
    b = [("title", t), ("p", "编号：%s-XXZX-SG-01    %s" % (co.ag_code, when(co, d))),
         ("h1", "第一章 施工组织"), ("p", "项目经理、技术负责人、HSE监督员、施工班组；承包商人员须经入场HSE培训。"),
         ("h1", "第二章 施工准备"), ("p", "编制两书一表，现场踏勘，办理作业许可和动火、登高等特殊作业票。"),
         ("h1", "第三章 施工工序"), ("p", "设备到货验收→上架加电→基础配置→联调测试→割接→试运行→竣工验收。"),
         ("h1", "第四章 井场、站库施工特别要求"), ("p", "井场施工遵守防爆区域管理规定，使用防爆工具，不得在生产流程运行时拆改RTU接线。")]
    return Doc("construction", t, d, ["11/manuals"], False, b)


# ----------------------------------------------------------------- 组织与岗位

def leading_group(co, d, outs):
    head, n = red_head(co, d, "关于调整信息中心网络安全和信息化工作领导小组及工作机构的通知")
    b = head + [("p", "因人事变动，经中心主任办公会研究，决定调整网络安全和信息化工作领导小组及其工作机构，现通知如下："),
                ("h1", "一、网络安全和信息化工作领导小组"),
                ("p", "组  长：%s（中心主任）    副组长：%s（分管副主任）" % (co.boss, co.p(1))),
                ("p", "成  员：各科室负责人。领导小组负责网络安全运维工作的方针、资源和重大事项决策。"),
                ("h1", "二、领导小组办公室"), ("p", "设在%s，主任由%s兼任，负责日常管理、制度建设、内部审核和考核。" % (co.ag_dept[1], co.p(3))),
                ("h1", "三、运维执行组")]
    items = ["9/org-chart", "23/org-chart"]
    rows = [["工作机构", "职务/角色", "姓名", "单位"], ["领导小组", "组长", co.boss, "信息中心"], ["领导小组办公室", "主任", co.p(3), co.ag_dept[1]],
            ["运维执行组", "组长", co.p(0), co.ag_dept[2]], ["运维执行组", "网络安全运维", co.p(5), co.ag_dept[1]],
            ["运维执行组", "工控安全运维", co.p(2), co.ag_dept[3]]]
    if outs:
        b.append(("p", "由%s、%s、%s岗位人员和安全运维承包商%s驻场人员组成，负责日常运行维护、巡回检查、安全事件处置和应急响应。"
                  % (co.ag_dept[2], co.ag_dept[1], co.ag_dept[3], co.vendor)))
        rows += [["运维执行组", "承包商驻场安全工程师", co.vp(0), co.vendor], ["运维执行组", "承包商驻场运维工程师", co.vp(1), co.vendor]]
        items.append("9/outsourcing")
    else:
        b.append(("p", "由%s、%s、%s岗位人员组成，负责日常运行维护、巡回检查和应急响应。" % (co.ag_dept[2], co.ag_dept[1], co.ag_dept[3])))
    b += [("table", rows)] + sign_off(co, d)
    return Doc("leading_group", "领导小组通知", d, items, False, b)


def roster(co, d, outs):
    rows = []
    jobs = [co.ag_dept[2] + "科长", "网络安全管理岗", "工控安全运维岗", "系统运维岗", "服务台值班岗", "数据库管理岗"]
    for i in range(6):
        rows.append([i + 1, co.p(i), jobs[i], co.ag_dept[[2, 1, 3, 2, 2, 2][i]], "正式员工", ["CISP", "CISP-PTE", "无", "RHCE", "ITIL Foundation", "OCP"][i]])
    its = ["9/staff-list"]
    if outs:
        rows += [[7, co.vp(0), "驻场安全工程师", co.vendor, "承包商", "CISP"], [8, co.vp(1), "驻场运维工程师", co.vendor, "承包商", "HCIP"],
                 [9, co.vp(2), "二线技术支持", co.vendor, "承包商", "CISSP"]]
        its.append("9/outsourcing")
    return book("roster", "信息中心运维人员花名册（含承包商）" if outs else "信息中心运维人员花名册", d, True,
                [("花名册", ["序号", "姓名", "岗位", "科室/单位", "用工性质", "资格证书"], rows, its)])


def duty_system(co, d, table=True):
    t = "信息中心岗位责任制"
    b = [("title", t), ("p", "（%d年修订）" % d.year),
         ("p", "为落实“一岗一责、一岗双责”，明确各岗位的运维和安全职责，制定本岗位责任制。")]
    items = []
    if table:
        b += [("table", [["岗位", "所在科室", "主要职责", "安全职责"],
                         ["中心主任", "领导班子", "全面负责", "网络安全第一责任人"],
                         ["服务经理岗", co.ag_dept[2], "服务级别管理、与采油厂和合资公司沟通", "组织服务质量考核"],
                         ["网络安全管理岗", co.ag_dept[1], "安全策略、漏洞扫描、渗透测试、应急响应", "隐患排查治理"],
                         ["系统运维岗", co.ag_dept[2], "服务器、数据库、ERP基础运维、巡回检查", "执行作业许可"],
                         ["工控安全运维岗", co.ag_dept[3], "SCADA网络及工控安全设备运维", "生产网安全"],
                         ["服务台值班岗", co.ag_dept[2], "受理故障和服务请求、派单、回访", "交接班"],
                         ["配置管理岗", co.ag_dept[2], "资产台账和配置库维护", "配置信息保密"],
                         ["安全审计岗", co.ag_dept[1], "日志审计、内部审核配合", "审计记录保存"]])]
        items = ["18/roles", "23/roles"]
    else:
        b += [("p", "各岗位职责见各科室岗位说明书，由科室负责人组织落实。")]
    return Doc("duty", t, d, items, False, b)


def interface(co, d):
    head, n = red_head(co, d, "关于明确网络安全管理接口人的通知")
    b = head + [("p", "为做好与%s及集团公司网络安全管理部门的工作对接，经研究，明确%s（%s）为信息中心网络安全管理接口人，"
                 "负责安全事件通报、安全检查配合、安全管理要求的接收与传达；%s为B角。" % (co.customer, co.p(3), co.ag_dept[1], co.p(5)))] + sign_off(co, d)
    return Doc("interface", "接口人通知", d, ["28/interface-person"], False, b)


def minutes(co, d, n, decisions):
    """主任办公会纪要: several decisions, each proves what it records."""
    t = "信息中心主任办公会纪要"
    b = [("big", "%s信息中心" % co.ag_unit), ("title", t), ("p", "〔%d〕第%d期" % (d.year, n)),
         ("p", "%s，%s在中心三楼会议室主持召开主任办公会，班子成员及各科室负责人参加。会议研究了以下事项：" % (cn(d), co.boss))]
    items = []
    k = 0
    for key in decisions:
        k += 1
        h = "一二三四五六"[k - 1]
        if key == "interface":
            b += [("h1", "%s、关于网络安全管理接口人" % h),
                  ("p", "会议决定，由%s担任中心网络安全管理接口人，负责与%s的安全事件通报和安全检查对接，%s为B角。" % (co.p(3), co.customer, co.p(5)))]
            items.append("28/interface-person")
        elif key == "desk":
            b += [("h1", "%s、关于设立运维服务台" % h),
                  ("p", "会议同意在%s设立运维服务台，统一受理分公司各单位和%s的故障报修与服务请求，实行7×24小时值班，服务热线%s-%04d。"
                   % (co.ag_dept[2], co.ag_cust, co.rng.choice(["0315", "0990", "0728", "0934"]), co.rng.randint(1000, 9999)))]
            items.append("48/service-desk")
        elif key == "improve":
            b += [("h1", "%s、关于%d年度持续改进项目" % (h, d.year)),
                  ("p", "会议听取了%s关于改进机会分析的汇报，按效益、风险、投入三项评分排序，批准以下项目按优先级实施：" % co.ag_dept[2]),
                  ("table", [["优先级", "改进项目", "得分", "负责科室"], ["1", "SCADA网络监控告警分级", "86", co.ag_dept[3]],
                             ["2", "巡回检查记录电子化", "78", co.ag_dept[2]], ["3", "服务台知识库检索优化", "65", co.ag_dept[2]]])]
            items += ["67/analysis", "67/prioritisation"]
        elif key == "budget":
            b += [("h1", "%s、关于机房空调更新" % h), ("p", "会议同意按程序申报机房精密空调更新项目，由%s负责。" % co.ag_dept[0])]
        elif key == "contest":
            b += [("h1", "%s、关于劳动竞赛" % h), ("p", "会议同意开展“网络安全保运行”劳动竞赛，方案由工会小组拟定。")]
    b += [("p", "出席：%s、%s、%s、%s    记录：%s" % (co.boss, co.p(1), co.p(0), co.p(3), co.p(4))), ("p", "分送：各科室")]
    return Doc("minutes", t, d, sorted(set(items)), False, b)


def desk_notice(co, d):
    head, n = red_head(co, d, "关于设立信息中心运维服务台的通知")
    b = head + [("p", "为统一受理故障报修和服务请求，中心在%s设立运维服务台，实行7×24小时值班。" % co.ag_dept[2]),
                ("p", "服务台职责：受理电话、%s和邮件报修；登记、分类、派单；跟踪处理进度；回访关闭。" % co.ag_itsm),
                ("p", "服务台值班人员：%s、%s及承包商人员，按三班两倒排班。" % (co.p(4), co.p(2)))] + sign_off(co, d)
    return Doc("desk_notice", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [["培训名称", "服务台值班人员岗位培训（故障受理、分级、派单及%s操作）" % co.ag_itsm], ["培训时间", cn(d)],
            ["培训地点", "中心培训室"], ["授课人", co.p(0)], ["培训学时", "4"], ["考核方式", "笔试+实操"]]
    rows2 = [[i + 1, n, co.ag_dept[2], "%d" % co.rng.randint(80, 98), "合格"] for i, n in enumerate([co.p(4), co.p(2), co.vp(1)])]
    return Doc("desk_training", "服务台培训记录", d, ["48/training"], True,
               sheets=[("培训记录", [["服务台人员培训记录"]] + rows), ("签到及考核", [["签到及考核"], ["序号", "姓名", "单位", "成绩", "结论"]] + rows2)])


# ------------------------------------------------------------ 合资公司 onboarding

def survey(co, d, tm, sec):
    head = [("p", "调研对象：%s信息部、生产运行部、财务部    调研人：%s、%s    调研时间：%s" % (co.customer, co.p(0), co.p(3), when(co, d))),
            ("p", "调研依据：双方合作开发合同及%s“十四五”信息化规划，现场走访其中心站控室和办公区。" % co.customer)]
    return text("survey", "关于%s信息系统运维服务需求的调研报告" % co.ag_cust, d, False, head, [
        (True, [], [("h1", "一、基本情况"), ("p", "%s管理油水井%d口、站库%d座，使用%s、%s及合作方的英文报表系统。" % (
            co.ag_cust, co.rng.randint(300, 900), co.rng.randint(8, 30), co.sys(0), co.sys(1)))]),
        (tm, ["1/survey"], [("h1", "二、服务时间要求"),
                            ("p", "生产类系统（%s）要求全年7×24小时服务，生产异常时30分钟内响应；经营管理类系统（ERP、OA）5×8小时"
                                  "（工作日8:00—12:00、14:30—18:30），月末结账、年度决算期间延长至22:00；合作方外籍人员使用的系统需兼顾时差，上午7:00前完成日报数据推送。" % co.sys(0)),
                            ("table", [["系统类别", "服务时间", "响应时限", "到场时限"], ["生产类", "7×24", "30分钟", "2小时（井场4小时）"],
                                       ["经营管理类", "5×8（结账期延长）", "1小时", "当日"], ["办公类", "5×8", "2小时", "次日"]])]),
        (sec, ["5/survey"], [("h1", "三、信息安全服务需求及类型"),
                             ("p", "需求类型分为：安全运维类（防火墙、工控安全设备代维）、安全评估类（漏洞扫描、渗透测试）、"
                                   "合规类（等级保护测评配合）、应急保障类（安全事件处置、重要时期值守）、培训类（员工安全意识培训）。")]),
    ], [("h1", "四、结论"), ("p", "以上需求经%s信息部确认，作为服务协议和服务方案的编制依据。" % co.ag_cust)])


def budget(co, d):
    rows = [[1, "生产网及SCADA运维", "2人×12月", "工控运维岗2人", 520, "%d年1月起" % d.year, 624000],
            [2, "ERP/OA系统运维", "1人×12月", "系统运维岗1人", 260, "%d年1月起" % d.year, 286000],
            [3, "安全设备代维及巡检", "96人天", "承包商安全工程师", 96, "每季度", 172800],
            [4, "漏洞扫描与渗透测试", "30人天", co.ag_dept[1], 30, "%d年6月底前" % d.year, 75000],
            [5, "应急保障与重要时期值守", "20人天", "应急保障组", 20, "按需", 36000],
            ["", "合计", "", "", 926, "", 1193800]]
    return book("budget", "%d年度%s信息化运维服务费用预算表" % (d.year, co.ag_cust), d, False,
                [("预算表", ["序号", "服务内容", "工作量", "人力资源", "人天", "项目节点", "项目经费（元）"], rows, ["2/budget"])])


def kickoff(co, d, consensus=True):
    head = [("p", "会议时间：%s    会议地点：%s会议室（视频连线合作方）" % (when(co, d), co.ag_cust)),
            ("p", "参会人员：%s %s、%s；信息中心 %s、%s、%s" % (co.ag_cust, co.cp(0), co.cp(1), co.p(1), co.p(0), co.p(3))),
            ("h1", "会议内容"), ("p", "双方就信息系统运维服务移交范围、服务方式、驻场安排和报告方式进行了沟通。")]
    return text("kickoff", "%s信息运维服务移交对接会会议纪要" % co.ag_cust, d, False, head, [
        (consensus, ["3/communication"], [("h1", "议定事项"),
                                          ("p", "一、双方一致同意自%d年1月1日起由信息中心承担%s的生产网、ERP及办公网运维；" % (d.year + 1, co.ag_cust)),
                                          ("p", "二、信息中心派驻1名工控运维人员常驻%s中心站，其余服务远程支持；" % co.ag_cust),
                                          ("p", "三、每月5日前提交运维月报，每季度开展一次健康检查；"),
                                          ("p", "四、合作方要求的英文月报摘要由%s信息部翻译。以上事项双方达成共识，会后签署服务协议。" % co.ag_cust),
                                          ("p", "双方代表签字：%s    %s" % (co.cp(0), co.p(1)))]),
        (not consensus, [], [("h1", "待定事项"), ("p", "驻场人数和费用双方未达成一致，待下次会议再议。")]),
    ])


def history(co, d, on):
    return text("history", "%s信息系统运维历史数据分析及保障方案" % co.ag_cust, d, False,
                [("p", "编制：%s    审核：%s    日期：%s" % (co.p(0), co.p(1), when(co, d)))], [
        ("list" in on, ["4/history-list"], [("h1", "一、历史数据清单"), ("table", [
            ["序号", "数据名称", "来源", "时间范围", "条数"], [1, "故障报修记录", "原运维商工单系统", "近2年", co.rng.randint(600, 1500)],
            [2, "变更记录", "变更登记本", "近2年", co.rng.randint(80, 200)], [3, "SCADA通信中断记录", "生产运行指挥系统", "近2年", co.rng.randint(100, 400)],
            [4, "安全告警", "防火墙/IDS日志", "近1年", co.rng.randint(3000, 9000)], [5, "违规操作记录", "堡垒机审计", "近1年", co.rng.randint(5, 30)]])]),
        ("analysis" in on, ["4/analysis"], [("h1", "二、历史数据分析"),
                                            ("p", "指标完成情况：生产类系统可用率99.82%，未达到99.9%的目标；故障平均修复时间5.6小时。"),
                                            ("p", "违例操作：发现未经审批远程登录SCADA服务器4次、共用账号操作2次。"),
                                            ("p", "重大事件：发生重大事件2起（雷击导致井场RTU批量离线、ERP数据库存储故障）。"),
                                            ("p", "重大（失败）变更：失败变更3次，其中1次SCADA组态升级失败回退，影响数据采集40分钟。")]),
        ("strategy" in on, ["4/strategy"], [("h1", "三、运维保障策略及实施方案"),
                                            ("p", "策略：生产网变更一律办理作业许可并在测试环境验证；井场RTU加装防雷模块；堡垒机强制接管运维账号。"),
                                            ("table", [["措施", "责任科室", "完成节点"], ["堡垒机接管", co.ag_dept[1], "3月底"],
                                                       ["RTU防雷改造", co.ag_dept[3], "汛期前"], ["变更测试环境", co.ag_dept[2], "6月底"]])]),
    ])


def sla(co, d, modes, core, health, bilingual):
    t = "信息技术服务协议" + ("（IT Service Agreement）" if bilingual else "")
    head = [("p", "甲方：%s    乙方：%s信息中心" % (co.customer, co.ag_unit)), ("p", "协议编号：%s-FW-%d-%02d" % (co.ag_code, d.year, co.rng.randint(1, 30))),
            ("h1", "第一条 服务范围" + (" / Scope" if bilingual else "")),
            ("p", "乙方为甲方提供生产网（含井场、站库SCADA）、%s、ERP、办公网及网络安全设备的运行维护和安全运维服务。" % co.sys(1))]
    parts = [
        (modes, ["35/sla"], [("h1", "第二条 运维方式" + (" / Service Mode" if bilingual else "")),
                             ("p", "乙方采用驻场值守、定期巡检和远程值守相结合的方式：派驻1名工控运维人员驻场值守于甲方中心站；"
                                   "每周对站控室、机房进行一次巡回检查；非工作时间由乙方运维服务台远程值守。"),
                             ] + ([("p", "Mode: on-site duty at the central station, weekly patrol inspection, remote duty out of hours.")] if bilingual else [])),
        (core, ["36/sla"], [("h1", "第三条 服务级别及核心指标" + (" / Service Levels" if bilingual else "")),
                                      ("table", [["指标 KPI", "承诺值 Target"], ["生产类系统可用率", "≥99.9%"], ["经营管理类系统可用率", "≥99.5%"],
                                                 ["Ⅰ级故障响应/恢复", "15分钟/4小时"], ["Ⅱ级故障响应/恢复", "30分钟/8小时"], ["用户满意度", "≥90分"]])]),
        (health, ["15/agreement"], [("h1", "第四条 健康检查"),
                                    ("p", "乙方每季度对甲方网络安全设备和业务系统开展一次健康检查，汛期和冬季生产前以现场检查为主，其余以远程检查为主，"
                                          "检查内容包括设备可用性、持续运行情况、配置和容量，检查后5个工作日内提交健康检查报告。")]),
    ]
    tail = [("h1", "第五条 协议期限"), ("p", "本协议自%s起生效，有效期一年；期满前一个月双方均未提出书面异议的，自动续期一年。" % cn(d)),
            ("p", "甲方（盖章）：%s    代表：%s" % (co.customer, co.cp(0))), ("p", "乙方（盖章）：%s信息中心    代表：%s" % (co.ag_unit, co.p(1))),
            ("p", "签订日期：%s" % when(co, d))]
    doc = text("sla", t, d, False, head, parts, tail)
    doc.items = sorted(set(doc.items) | {"39/sla"})     # a signed service agreement with the customer
    return doc


def catalog(co, d, lv):
    rows = [["基础服务", "初始服务", "新接入单位的资产识别、配置建档和运维流程导入"], ["基础服务", "安全设备运维", "防火墙、网闸、IDS、工控安全设备的日常维护和升级"],
            ["基础服务", "日常巡检服务", "机房、站控室巡回检查"], ["基础服务", "健康检查", "季度健康检查"],
            ["基础服务", "安全事件审计", "网络、主机、应用日志审计"]]
    items = ["12/catalog", "29/catalog"]
    if "l2" in lv:
        rows += [["专业服务", "运维监控与分析", "生产网、办公网集中监控及月度分析"], ["专业服务", "终端安全监控", "终端准入、防病毒及违规外联监测"],
                 ["专业服务", "等级保护合规性运维", "定级备案、测评配合和整改"]]
        items.append("19/catalog")
    if "l1" in lv:
        rows += [["专业服务", "安全通告及漏洞分析", "预警通报、漏洞分析"], ["专业服务", "应急响应服务", "7×24小时网络安全应急响应"]]
        items.append("26/catalog")
    return Doc("catalog", "信息技术服务目录", d, items, False,
               sheets=[("服务目录", [["信息中心信息技术服务目录（%d年版）" % d.year], ["服务类别", "服务项目", "服务内容"]] + rows)])


def ola(co, d, sld):
    return text("ola", "信息中心内部运营级别协议（OLA）", d, False, [("p", "编制：%s    批准：%s    %s" % (co.p(0), co.p(1), when(co, d)))], [
        (sld, ["8/sld"], [("h1", "一、对安全运维承包商的服务级别设计"),
                          ("p", "%s承担的安全设备代维：Ⅰ级故障15分钟响应、2小时到场、4小时恢复；Ⅱ级30分钟响应、8小时恢复；月度报告次月3日前提交。" % co.vendor)]),
        (True, ["8/ola"], [("h1", "二、科室之间的运营级别"),
                           ("p", "服务台转派二线科室不超过10分钟；%s、%s、%s接单后Ⅰ级15分钟、Ⅱ级30分钟响应，时限与对承包商的服务级别设计一致，每半年复核一次。"
                            % co.ag_dept[1:4])]),
    ])


def avail_kpis(co, d):
    return book("avail_kpis", "信息系统可用性指标清单", d, False, [("可用性指标", ["指标类型", "指标名称", "统计口径", "目标值", "统计周期"], [
        ["整体指标", "生产类系统综合可用率", "各生产系统可用时长加权", "≥99.9%", "月"],
        ["整体指标", "油田专网骨干链路可用率", "骨干链路在线时长/总时长", "≥99.95%", "月"],
        ["单系统指标", co.sys(0) + "可用率", "服务可用时长/总时长", "≥99.9%", "月"],
        ["单系统指标", "井场RTU数据在线率", "在线RTU数/应在线RTU数", "≥98%", "日"],
        ["单系统指标", "ERP系统可用率", "服务可用时长/总时长", "≥99.5%", "月"]], ["6/availability-kpis"])])


def service_analysis(co, d, auto):
    return text("svc_analysis", "以往运维服务解决方案及对生产影响的分析报告", d, True, [("p", "%s    %s" % (co.ag_dept[2], when(co, d)))], [
        (True, ["7/impact-analysis"], [("h1", "一、以往服务解决方案回顾"),
                                        ("p", "回顾近一年为各采油厂和%s实施的解决方案%d项，包括SCADA服务器虚拟化、井场无线网桥改造、ERP数据库迁移等。" % (co.ag_cust, co.rng.randint(20, 40))),
                                        ("h1", "二、对生产的影响分析"),
                                        ("p", "其中4项实施期间造成生产数据短时中断（最长35分钟），均在作业许可批准的窗口内；1项井场网桥改造造成12口井数据缺失2小时，已补录。")]),
        (auto, ["7/automation"], [("h1", "三、安全事件解决效率分析"),
                                  ("p", "全年处理安全事件%d起，平均处置时长4.2小时；其中病毒告警、弱口令、非法外联等重复性事件占58%%。" % co.rng.randint(90, 180)),
                                  ("h1", "四、适宜自动化的服务"),
                                  ("p", "建议将弱口令核查、病毒库版本核查、RTU在线率统计、巡回检查记录汇总实现自动化。")]),
    ])


def dev_plan(co, d):
    return text("dev_plan", "%d年数字化运维工具定制开发计划" % d.year, d, False, [("p", "%s    %s" % (co.ag_dept[1], when(co, d)))], [
        (True, ["33/dev-plan"], [("p", "根据采油厂和%s的要求以及中心自身的开发能力，计划开发以下安全产品和工具：" % co.ag_cust),
                                 ("table", [["序号", "工具名称", "用途", "计划完成", "负责人"], [1, "工控资产自动发现工具", "识别井场、站库新增设备", "%d年6月" % d.year, co.p(2)],
                                            [2, "巡回检查移动端", "替代纸质巡回检查记录", "%d年9月" % d.year, co.p(4)],
                                            [3, "弱口令批量核查脚本", "核查服务器和网络设备弱口令", "%d年4月" % d.year, co.p(5)]])])])


# ------------------------------------------------------------- 配置与资产

def asset_book(co, d):
    rows = []
    devs = [("防火墙", "华为USG6680", "生产网与办公网边界访问控制"), ("网闸", "安盟SIS-3000", "生产网单向隔离"),
            ("工控防火墙", "威努特IGW", "站控室工控边界防护"), ("核心交换机", "H3C S10508", "油田专网汇聚"),
            ("SCADA服务器", "浪潮NF5280M6", co.sys(0)), ("RTU", "安控E6300", "井场数据采集")]
    for i, (t, m, f) in enumerate(devs, 1):
        rows.append(["%s-ZC-%04d" % (co.ag_code, 200 + i), t, m, f, ["中心机房A03柜", "中心机房A05柜", "%s中心站站控室" % co.ag_plants[0],
                     "中心机房B01柜", "中心机房C02柜", "%s %d号井场" % (co.ag_plants[1], co.rng.randint(10, 90))][i - 1],
                     "GE0/0/%d" % i, "生产网" if i in (2, 3, 5, 6) else "办公网", ["重要", "重要", "重要", "核心", "核心", "一般"][i - 1],
                     ["双机热备", "冷备件", "冷备件", "双引擎", "双机热备+组态备份", "防雷模块"][i - 1],
                     "固件V%d.%d" % (co.rng.randint(3, 9), co.rng.randint(0, 9))])
    return book("assets", "信息资产台账", d, True, [("资产台账", ["资产标识", "资产类别", "型号", "功能", "物理位置", "端口对应", "部署网络", "分级", "保护措施", "软件/固件配置"],
                                                       rows, ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    head = ["CI编号", "配置项", "类型", "版本", "属主", "密级", "访问控制", "完整性", "备份"] + (["依赖CI", "被依赖CI"] if rel else [])
    rows = []
    cis = ["生产网防火墙策略", "网闸传输策略", co.sys(0) + "组态配置", "ERP数据库参数", "核心交换机配置", "堡垒机账号策略"]
    for i, n in enumerate(cis, 1):
        r = ["CI-%s-%03d" % (co.ag_code, i), n, "安全配置" if i in (1, 2, 6) else "系统配置", "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)),
             co.p(i), "内部" if i % 2 else "秘密", "仅配置管理岗可写", "SHA256校验", "每日备份至异地"]
        if rel:
            r += ["CI-%s-%03d" % (co.ag_code, (i % 6) + 1), "CI-%s-%03d" % (co.ag_code, ((i + 2) % 6) + 1)]
        rows.append(r)
    return book("cmdb", "配置管理数据库（CMDB）导出", d, True, [("配置项", head, rows, ["27/cmdb"] + (["38/cmdb-relations"] if rel else []))])


def ci_log(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=17 * i)
        rows.append([x.isoformat(), "CI-%s-%03d" % (co.ag_code, i + 1), ["新增访问策略", "调整传输白名单", "组态版本更新", "参数优化", "端口调整", "账号清理"][i],
                     "作业许可证 XK-%s-%02d" % (ymd(x), i + 1), co.p(2), co.p(0)])
    return book("ci_log", "配置项更新维护登记表", d, True, [("登记", ["日期", "配置项", "更新内容", "依据", "执行人", "复核人"], rows, ["43/ci-updates"])])


# --------------------------------------------------------------- 运行记录

def patrol(co, d, kinds, where):
    """巡回检查记录: a workbook, a sheet per record kind (empty sheets prove nothing)."""
    days = [d - timedelta(days=i) for i in range(0, 14, 2)]
    S = [("巡回检查", ["日期", "时间", "巡检部位", "设备", "运行状态", "CPU/内存", "告警", "巡检人"],
          [[x.isoformat(), t, where, dev, "正常", "%d%%/%d%%" % (co.rng.randint(8, 45), co.rng.randint(20, 70)), "无", co.p(2)]
           for x in days for t, dev in (("09:00", "防火墙、网闸、核心交换机"), ("15:00", "工控防火墙、SCADA服务器"))] if "insp" in kinds else [],
          ["44/inspection", "45/monitoring", "14/maintenance"]),
         ("维护保养", ["日期", "设备", "维护保养内容", "结果", "维护人"],
          [[x.isoformat(), co.rng.choice(["防火墙", "网闸", "核心交换机", "UPS"]), "清灰除尘、检查风扇和电源、备份配置", "正常", co.p(3)] for x in days[:4]] if "maint" in kinds else [],
          ["14/maintenance", "44/maintenance"]),
         ("病毒查杀", ["日期", "范围", "病毒库版本", "查杀结果", "执行人"],
          [[x.isoformat(), "办公网终端及服务器" if i % 2 else "生产网主机（离线库）", "%d%02d%02d" % (x.year, x.month, x.day),
            "未发现病毒" if i else "清除木马2个", co.p(5)] for i, x in enumerate(days[:3])] if "virus" in kinds else [],
          ["44/virus-scan", "45/antivirus", "14/maintenance"]),
         ("故障处理", ["日期", "设备", "故障现象", "故障类别", "检测及排除", "恢复时间"],
          [[days[1].isoformat(), "网闸", "单向传输中断", "硬件", "更换光模块", "35分钟"],
           [days[4].isoformat(), "%s中心站工控交换机" % co.ag_plants[0], "端口down", "硬件", "更换电源模块", "50分钟"]] if "fault" in kinds else [],
          ["44/faults", "14/maintenance"]),
         ("更新升级", ["日期", "设备", "升级内容", "作业许可证号", "验证结果"],
          [[days[2].isoformat(), "防火墙", "特征库升级至%d%02d" % (d.year, d.month), "XK-%s-01" % ymd(days[2]), "通过"],
           [days[5].isoformat(), "IDS", "规则库及系统补丁", "XK-%s-02" % ymd(days[5]), "通过"]] if "up" in kinds else [],
          ["44/upgrades", "14/maintenance"])]
    return book("patrol", "%s巡回检查及维护记录（%d年%d月）" % (where, d.year, d.month), d, True, S)


def patrol_scan(co, d, virus):
    """A printed 巡回检查记录 filled in by hand, signed and scanned (the OCR text)."""
    t = "机房巡回检查记录表"
    b = [("title", t), ("p", "%s  %s    表号：XX-JL-07" % (co.ag_unit, co.ag_dept[2])),
         ("p", "日期：%d年%d月%d日（手写）    班组：运维一班" % (d.year, d.month, d.day))]
    rows = [["时间", "检查项目", "检查情况", "签名"], ["08:30", "UPS、空调、温湿度", "正常 23℃/45%", co.p(2)],
            ["08:40", "防火墙、网闸、核心交换机指示灯及告警", "正常，无告警", co.p(2)], ["16:30", "SCADA服务器、工控防火墙", "正常", co.p(4)]]
    items = ["44/inspection", "45/monitoring", "14/maintenance"]
    if virus:
        rows.append(["17:00", "防病毒服务器病毒库版本、全网查杀", "病毒库已更新，查杀未发现病毒", co.p(5)])
        items += ["44/virus-scan", "45/antivirus"]
    b += [("table", rows), ("p", "值班负责人签字：%s（签字）    科长审核：%s（签字）" % (co.p(2), co.p(0)))]
    return Doc("patrol_scan", t, d, items, True, b)


def shift_log(co, d):
    """交接班记录: rows that say only 运行正常 prove nothing."""
    rows = []
    for i in range(10):
        x = d - timedelta(days=i)
        rows.append([x.isoformat(), "白班→夜班" if i % 2 else "夜班→白班", co.p(i % 3 + 2), co.p((i + 1) % 3 + 2), "各系统运行正常", "无", "已交接"])
    return Doc("shift", "交接班记录", d, [], True, sheets=[("交接班", [["运维值班交接班记录"], ["日期", "班次", "交班人", "接班人", "运行情况", "遗留问题", "交接确认"]] + rows)])


def shift_scan(co, d):
    t = "运维值班交接班记录本"
    rows = [["班次", "交班人", "接班人", "运行情况", "遗留问题"]]
    for i in range(3):
        x = d - timedelta(days=i)
        rows.append(["%s %s" % (x.isoformat(), "夜班" if i % 2 else "白班"), co.p(2 + i % 3), co.p(3 + i % 3), "运行正常（手写）", "无"])
    return Doc("shift_scan", t, d, [], True, [("title", t), ("p", "第%d页" % co.rng.randint(20, 90)), ("table", rows)])


def hw_stats(co, d):
    rows = []
    for i, part in enumerate(["电源模块", "风扇", "硬盘", "光模块", "主板"]):
        x = d - timedelta(days=45 * i)
        rows.append([i + 1, x.isoformat(), co.rng.choice(["防火墙", "网闸", "IDS", "工控防火墙"]), part, "厂家返修/备件更换", "%d分钟" % co.rng.randint(15, 120)])
    return book("hw_stats", "网络安全设备硬件故障统计表（%d年）" % d.year, d, True, [
        ("硬件故障统计", ["序号", "日期", "设备", "故障部件", "处理方式", "影响时长"], rows, ["14/hardware-faults", "44/faults"]),
        ("分类汇总", ["故障部件", "次数"], [["电源模块", 1], ["风扇", 1], ["硬盘", 1], ["光模块", 1], ["主板", 1], ["合计", 5]], [])])


def tickets(co, d, resp):
    head = ["工单号", "类别", "报修单位", "报修时间", "响应时间", "完成时间", "故障描述", "处理人", "状态"]
    rows = []
    for i in range(12):
        x = d - timedelta(days=6 * i)
        rows.append(["GD%s%03d" % (ymd(x), i + 1), co.rng.choice(["故障", "服务请求", "故障", "安全事件"]),
                     co.rng.choice(list(co.ag_plants) + [co.ag_cust]), "%s 08:%02d" % (x.isoformat(), 10 + i),
                     "%s 08:%02d" % (x.isoformat(), 20 + i), "%s 11:40" % x.isoformat(),
                     co.rng.choice(["井场RTU数据中断", "ERP账号解锁", "VPN无法连接", "终端病毒告警", "OA流程卡单", "站控室网络中断"]), co.p(i % 5), "已关闭"])
    if not resp:
        head = head[:4] + head[5:]
        rows = [r[:4] + r[5:] for r in rows]
    return book("tickets", "%s工单导出" % co.ag_itsm, d, True, [("工单", head, rows, ["43/process-records"] + (["55/response-times"] if resp else []))])


def change_book(co, d):
    rows = []
    for i in range(8):
        x = d - timedelta(days=15 * i)
        rows.append(["BG-%d-%03d" % (x.year, 80 - i), x.isoformat(), co.rng.choice(["防火墙策略调整", "SCADA组态发布", "ERP补丁", "核心交换机端口调整"]),
                     co.rng.choice(["一般", "重大"]), "XK-%s-%02d" % (ymd(x), i + 1), co.p(1), "成功" if i != 3 else "失败已回退", co.p(0)])
    return book("changes", "信息系统变更台账", d, True, [("变更台账", ["变更编号", "申请日期", "变更内容", "变更类别", "作业许可证号", "批准人", "实施结果", "关闭确认"],
                                                        rows, ["54/records", "43/process-records"])])


def permit(co, d, full=True):
    """信息系统作业许可证 with its JSA: a change record when its lines are filled in."""
    t = "信息系统作业许可证"
    job = co.rng.choice(["生产网防火墙策略调整", "%s服务器操作系统补丁升级" % co.sys(0), "核心交换机板卡更换", "ERP数据库参数调整"])
    rows = [["许可证编号", "XK-%s-%02d" % (ymd(d), co.rng.randint(1, 9)), "作业单位", co.ag_dept[2]], ["作业内容", job, "作业地点", "中心机房"],
            ["计划时间", "%s 22:00至次日02:00" % d.isoformat(), "变更类别", "重大变更"],
            ["JSA工作安全分析", "风险：业务中断、误删配置；措施：作业前全量备份，一人操作一人监护，准备回退脚本", "", ""]]
    items = []
    if full:
        rows += [["申请人", co.p(2), "审批人", co.p(1)], ["审批意见", "同意在窗口内实施，生产调度已确认", "审批时间", cn(d - timedelta(days=2))],
                 ["实施情况", "%s 23:40完成，业务验证正常" % d.isoformat(), "回退准备", "回退脚本已验证，未启用"],
                 ["关闭", "作业完成，现场清理，许可证关闭", "关闭人", co.p(0)]]
        items = ["54/records", "43/process-records"]
    else:
        rows += [["申请人", co.p(2), "审批人", ""], ["审批意见", "", "审批时间", ""], ["实施情况", "", "关闭", ""]]
    return Doc("permit", t, d, items, True, [("title", t), ("table", rows)])


def jsa_sheet(co, d):
    rows = [["序号", "工作步骤", "危害因素", "风险等级", "控制措施"], [1, "进入机房", "静电、绊倒", "低", "穿防静电服，清理通道"],
            [2, "拆卸设备", "砸伤、误断电", "中", "双人作业，核对标签"], [3, "加电测试", "触电", "中", "检查PDU接地"]]
    return Doc("jsa", "工作安全分析（JSA）表", d, [], True, [("title", "工作安全分析（JSA）表—机房设备搬迁"), ("p", "分析日期：%s    分析小组：%s、%s" % (cn(d), co.p(2), co.p(3))), ("table", rows)])


def hse_two_books(co, d):
    b = [("title", "信息化项目HSE作业计划书（两书一表）"), ("p", "项目：%s井场无线网络改造    %s" % (co.ag_plants[1], cn(d))),
         ("h1", "一、HSE作业指导书"), ("p", "适用于井场无线网桥安装、调试作业，明确防爆、登高、防中毒要求。"),
         ("h1", "二、HSE作业计划书"), ("p", "危害识别：高处坠落、硫化氢中毒、车辆伤害；控制措施：系安全带、佩戴四合一检测仪、按规定路线行车。"),
         ("h1", "三、HSE现场检查表"), ("table", [["检查项", "标准", "结果"], ["劳保着装", "齐全", ""], ["气体检测", "合格", ""], ["作业票", "已办理", ""]])]
    return Doc("hse", "两书一表", d, [], True, b)


def health_report(co, d, collect):
    t = "%s网络安全设备及业务系统健康检查报告（%d年第%d季度）" % (co.ag_cust, d.year, (d.month - 1) // 3 + 1)
    head = [("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查", "现场检查+远程检查"]), when(co, d), co.p(5), co.vp(0)))]
    return text("health", t, d, True, head, [
        (True, ["15/records", "46/records", "14/maintenance", "44/inspection"], [
            ("h1", "一、检查范围"), ("p", "生产网防火墙、网闸、工控防火墙及%s、%s。" % (co.sys(0), co.sys(1))),
            ("h1", "二、可用性和持续性检查"),
            ("table", [["对象", "可用率", "连续运行", "冗余", "结论"], ["生产网防火墙", "100%", "213天", "主备正常", "健康"],
                       [co.sys(0), "99.96%", "87天", "双机", "健康"], [co.sys(1), "99.81%", "31天", "单机", "关注"]])]),
        (collect, ["16/config", "16/traffic", "16/status"], [
            ("h1", "三、安全信息采集"), ("p", "系统配置：导出防火墙、网闸、核心交换机配置，与基线比对发现差异3项；"),
            ("p", "流量信息：生产网到办公网方向日均流量1.2GB，无异常外联；"), ("p", "系统状态：CPU、内存、磁盘、会话数均在阈值内。")]),
    ], [("h1", "四、问题与建议"), ("p", "%s为单机部署，建议汛期前完成双机改造。" % co.sys(1))])


def collect_sheet(co, d, which):
    head, its = ["采集日期", "对象"], []
    if "config" in which:
        head.append("配置采集")
        its.append("16/config")
    if "traffic" in which:
        head.append("流量")
        its.append("16/traffic")
    if "status" in which:
        head.append("运行状态")
        its.append("16/status")
    head.append("采集人")
    rows = []
    for i in range(6):
        x = d - timedelta(days=14 * i)
        r = [x.isoformat(), co.rng.choice(["生产网防火墙", "网闸", "核心交换机", "SCADA服务器"])]
        if "config" in which:
            r.append("已导出，与基线一致" if i else "差异1项已整改")
        if "traffic" in which:
            r.append("峰值%dMbps" % co.rng.randint(80, 600))
        if "status" in which:
            r.append("CPU %d%% 内存 %d%%" % (co.rng.randint(5, 50), co.rng.randint(20, 70)))
        r.append(co.p(5))
        rows.append(r)
    return book("collect", "网络安全信息采集记录", d, True, [("采集", head, rows, its)])


def log_audit(co, d):
    q = (d.month - 1) // 3 + 1
    t = "%d年第%d季度网络安全日志审计分析报告" % (d.year, q)
    return text("log_audit", t, d, True, [("p", "%s    审计人：%s    %s" % (co.ag_dept[1], co.p(5), when(co, d)))], [
        (True, ["17/log-analysis", "45/audit-report", "47/audit"], [
            ("h1", "一、网络及安全设备日志"), ("p", "汇聚防火墙、网闸、IDS日志%.1f亿条，发现外部端口扫描源IP %d个，已在边界封禁。" % (co.rng.uniform(1, 5), co.rng.randint(20, 80))),
            ("h1", "二、服务器及操作系统日志"), ("p", "审计Windows、Linux服务器登录日志，发现SCADA服务器非工作时间登录2次，核实为厂家远程支持，已补办作业许可。"),
            ("h1", "三、网络应用日志"), ("p", "ERP、OA应用日志中异常登录失败峰值发生在月末结账期，未发现越权访问。"),
            ("h1", "四、审计结论"), ("p", "未发现成功入侵；建议厂家远程支持统一通过堡垒机接入。")])])


def sec_stats(co, d, ana):
    rows = []
    for m in range(1, min(d.month, 9) + 1):
        a, b, c = co.rng.randint(0, 5), co.rng.randint(1, 12), co.rng.randint(0, 2)
        rows.append(["%d月" % m, a, b, c, a + b + c])
    S = [("事件统计", ["月份", "有害程序事件", "网络攻击事件", "设备设施故障", "合计"], rows, ["18/incident-stats"]),
         ("分析", ["分析"], [["网络攻击事件以扫描探测和暴力破解为主，集中在互联网出口；有害程序事件集中在采油厂办公终端，主要由U盘传播，建议加强移动介质管控。"]] if ana else [],
          ["18/incident-analysis"])]
    return book("sec_stats", "%d年网络安全事件统计分析" % d.year, d, True, S)


def avail_report(co, d, parts):
    t = "%d年上半年信息系统可用性管理报告" % d.year if d.month <= 8 else "%d年信息系统可用性管理报告" % d.year
    return text("avail", t, d, True, [("p", "%s    %s" % (co.ag_dept[2], when(co, d)))], [
        ("plan" in parts, ["18/availability-plan", "22/plan"], [("h1", "一、可用性计划"),
                                                                ("p", "目标：%s可用率≥99.9%%，油田专网骨干≥99.95%%；措施：SCADA服务器双机热备、骨干链路双路由、汛期前防雷检测、季度切换演练。" % co.sys(0))]),
        ("events" in parts, ["18/availability-events", "22/events"], [("h1", "二、可用性事件"), ("table", [
            ["日期", "系统", "事件", "中断时长", "工单号"], [(d - timedelta(days=50)).isoformat(), co.sys(0), "主备切换失败", "18分钟", "GD%s007" % ymd(d - timedelta(days=50))],
            [(d - timedelta(days=110)).isoformat(), "油田专网", "光缆被施工挖断", "2小时10分钟", "GD%s015" % ymd(d - timedelta(days=110))]])]),
        ("report" in parts, ["18/availability-report", "22/report"], [("h1", "三、可用性执行情况及改进"),
                                                                     ("p", "报告期%s可用率99.93%%，达标；油田专网骨干99.91%%，未达标，原因为光缆挖断，已与%s建立施工联系制度。" % (co.sys(0), co.ag_plants[1]))]),
    ])


def bulletin(co, d, n, full):
    t = "网络安全预警通报（%d年第%d期）" % (d.year, n)
    return text("bulletin", t, d, True, [("p", "%s    签发：%s    %s" % (co.ag_dept[1], co.p(3), when(co, d)))], [
        (True, ["52/vulnerability", "53/bulletin"], [("h1", "一、漏洞通告"),
                                                    ("p", "CVE-%d-%05d：某品牌PLC编程软件存在远程代码执行漏洞，影响站控室工程师站，建议断网使用并升级。" % (d.year, co.rng.randint(10000, 40000))),
                                                    ("h1", "二、厂商安全通告"), ("p", "防火墙厂商发布固件安全更新，涉及SSL VPN模块。")]),
        (full, ["52/virus", "52/policy", "52/analysis"], [("h1", "三、病毒通告"), ("p", "针对能源行业的勒索病毒变种通过钓鱼邮件传播。"),
                                                          ("h1", "四、业界动态与政策法规"), ("p", "收集《关键信息基础设施安全保护条例》配套标准及集团公司工控安全专项检查要求。"),
                                                          ("h1", "五、分析与处置建议"), ("p", "经排查，本单位受影响工程师站%d台，已落实断网和补丁措施。" % co.rng.randint(2, 12))]),
    ])


def pentest_plan(co, d):
    return text("pt_plan", "%d年渗透测试工作计划" % d.year, d, False, [("p", "%s    %s" % (co.ag_dept[1], when(co, d)))], [
        (True, ["31/pentest-plan", "32/pentest-plan"], [("table", [
            ["批次", "测试对象", "方式", "时间", "负责人"], [1, "互联网门户及邮件系统", "黑盒", "3月", co.p(5)], [2, "ERP系统", "灰盒", "6月", co.p(5)],
            [3, co.sys(0) + "（测试环境）", "白盒", "9月", co.vp(0)], [4, "%s办公网" % co.ag_cust, "灰盒", "11月", co.vp(0)]]),
            ("p", "每批次测试前取得书面授权，测试结束10个工作日内提交报告。")])])


def pentest_report(co, d):
    return text("pt", "%s渗透测试报告" % co.sys(1), d, True, [("p", "测试时间：%s    测试人员：%s、%s    授权编号：SQ-%s" % (when(co, d), co.p(5), co.vp(0), ymd(d)))], [
        (True, ["31/pentest-records", "32/pentest-records"], [("h1", "一、测试范围"), ("p", "%s Web前端及接口。" % co.sys(1)),
                                                              ("h1", "二、发现的问题"), ("table", [["编号", "漏洞", "风险", "整改"], ["P-01", "未授权访问接口", "高", "已修复"],
                                                                                                ["P-02", "弱口令", "中", "已修复"], ["P-03", "版本信息泄露", "低", "已修复"]]),
                                                              ("h1", "三、复测结论"), ("p", "高、中风险问题已全部整改并复测通过。")])])


def grading_report(co, d):
    return text("grading", "%s安全保护等级定级报告" % co.sys(0), d, False, [("p", "定级日期：%s" % when(co, d))], [
        (True, ["51/grading"], [("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第三级；%s最终定级为第三级。" % co.sys(0)),
                                ("p", "已向属地公安机关备案，备案编号：%d%s%05d。" % (d.year, co.rng.choice(["13", "65", "42", "62"]), co.rng.randint(0, 99999)))])])


def emergency_plan(co, d, recovery, strategy):
    head, n = red_head(co, d, "关于印发《网络安全事件专项应急预案》的通知")
    b = head + [("p", "现将修订后的《网络安全事件专项应急预案》印发给你们，请组织学习并按预案开展演练。")] + sign_off(co, d) + [("break",),
         ("h1", "网络安全事件专项应急预案"),
         ("table", [["预案编号", "%s-XXZX-YA-02" % co.ag_code, "版本", "第%d版" % (d.year - 2019)], ["编制", co.p(5), "审核", co.p(3)],
                    ["批准", co.boss, "发布日期", cn(d)]]),
         ("h2", "1 总则"), ("p", "为建立健全信息系统应急事件响应机制，最大限度减少网络安全事件对油气生产和经营管理的影响，制定本预案。"),
         ("h2", "2 应急组织机构"), ("p", "应急领导小组组长%s；下设现场处置组、技术支持组、生产协调组、后勤保障组。" % co.boss),
         ("h2", "3 预警与响应分级"), ("p", "Ⅰ级响应由应急领导小组组长启动，Ⅱ级由分管副主任启动；Ⅰ级事件15分钟内响应、30分钟内到场。"),
         ("h2", "4 应急处置"), ("p", "信息报告→先期处置→启动预案→隔离遏制→清除→恢复→应急结束。SCADA系统受影响时先切换至就地手动控制，保障生产安全。")]
    items = ["36/emergency-plan", "53/emergency-plan"]
    if strategy:
        b += [("h2", "5 恢复策略"), ("p", "按生产优先原则恢复：%s RTO≤2小时、RPO≤15分钟，采用备用服务器和组态备份恢复；ERP RTO≤8小时，由灾备中心恢复。" % co.sys(0))]
        items.append("55/plan")
    if recovery:
        b += [("h2", "6 系统恢复计划"), ("p", "恢复顺序：油田专网骨干→生产网防火墙和网闸→SCADA服务器→生产运行指挥系统→ERP；每一步的操作步骤、责任人和验证标准见附件3。")]
        items.append("36/recovery-plan")
    b += [("h2", "7 附则"), ("p", "本预案每年评审一次，每年至少组织一次桌面演练和一次实战演练。")]
    return Doc("eplan", "网络安全事件专项应急预案", d, items, False, b)


def recovery_plan(co, d):
    return text("recovery", "生产网及SCADA系统灾难恢复预案", d, False, [("p", "编号：%s-XXZX-YA-04    %s" % (co.ag_code, when(co, d)))], [
        (True, ["36/recovery-plan"], [("h1", "一、恢复目标"), ("p", "%s RTO 2小时、RPO 15分钟；ERP RTO 8小时、RPO 1小时。" % co.sys(0)),
                                      ("h1", "二、恢复资源"), ("p", "备用SCADA服务器、组态文件每日备份、灾备中心ERP实例。"),
                                      ("h1", "三、恢复步骤"), ("p", "宣布启动→网络恢复→数据库恢复→应用启动→数据核对→生产调度确认→回切。")])])


def bcp(co, d):
    head, n = red_head(co, d, "关于印发《信息系统业务连续性计划》的通知")
    b = head + [("p", "经中心主任办公会审议通过，现予印发。")] + sign_off(co, d) + [("break",),
         ("h1", "信息系统业务连续性计划"), ("h2", "一、业务影响分析"), ("p", "关键业务：油气生产数据采集与调度指挥（最大可容忍中断2小时）、ERP财务结账（8小时）。"),
         ("h2", "二、应急响应与灾难恢复机制"), ("p", "以《网络安全事件专项应急预案》和《生产网及SCADA系统灾难恢复预案》为支撑，明确启动条件、指挥体系、切换和回切程序。"),
         ("h2", "三、演练与维护"), ("p", "每年组织一次业务连续性演练，每年评审更新本计划。")]
    return Doc("bcp", "业务连续性计划", d, ["42/bcp"], False, b)


def drill(co, d, kind):
    if kind == "desk":
        t, items = "网络安全事件桌面演练记录", ["40/emergency-drill", "53/drill"]
        scen, mode = "勒索病毒通过钓鱼邮件感染ERP服务器", "桌面演练"
        proc = "09:00主持人发布情景→09:15各组研判并报告→09:40领导小组决定启动Ⅱ级响应→10:20推演隔离、恢复步骤→10:50点评总结"
    elif kind == "field":
        t, items = "网络安全事件实战演练记录", ["40/emergency-drill", "53/drill"]
        scen, mode = "%s中心站工控主机感染病毒" % co.ag_plants[0], "实战演练"
        proc = "14:00监测发现告警→14:08报告调度和中心领导→14:15启动预案，断开站控室上联→15:10查杀清除→15:40恢复上联，数据补采"
    else:
        t, items = "SCADA系统灾备切换恢复演练记录", ["40/recovery-drill", "53/drill"]
        scen, mode = "%s主服务器宕机" % co.sys(0), "实战演练"
        proc = "22:00模拟主服务器宕机→22:05切换至备用服务器→22:32数据采集恢复→23:10比对数据一致→23:30回切"
    rows = [["演练名称", t.replace("记录", "")], ["演练时间", cn(d)], ["演练形式", mode], ["演练情景", scen],
            ["参演人员", "、".join([co.p(i) for i in range(5)] + [co.vp(0)])], ["演练过程", proc],
            ["演练效果评估", "达到预期目标，RTO %d分钟" % co.rng.randint(30, 110)], ["存在问题及改进", "通讯录未及时更新；已修订"],
            ["记录人", co.p(3)], ["审核", co.p(1)]]
    return Doc("drill", t, d, items, True, [("title", t), ("table", rows)])


# ------------------------------------------------------------------ 用户满意

def csat(co, d, half, bilingual):
    t = "%s信息技术服务满意度调查报告（%d年%s）" % (co.ag_cust, d.year, half)
    head = [("p", "调查时间：%s    调查方式：问卷+座谈+电话回访    回收问卷%d份" % (when(co, d), co.rng.randint(40, 120)))]
    if bilingual:
        head.append(("p", "IT Service Satisfaction Survey, %s %d" % ("H1" if half == "上半年" else "H2", d.year)))
    return text("csat", t, d, True, head, [
        (True, ["41/surveys", "58/survey", "63/survey"], [
            ("h1", "一、调查结果"), ("table", [["项目", "得分"], ["故障响应及时性", co.rng.randint(85, 97)], ["处理质量", co.rng.randint(85, 97)],
                                             ["服务态度", co.rng.randint(90, 99)], ["综合满意度", co.rng.randint(87, 96)]]),
            ("h1", "二、满意度分析"), ("p", "服务态度得分最高；井场网络故障的到场时间评价偏低，主要因井场距离远、夜间车辆调度慢。"),
            ("h1", "三、改进措施"), ("p", "在%s设立备件点，夜间故障由驻场人员先期处置。" % co.ag_plants[1])])])


def csat_trend(co, d):
    return text("csat_trend", "用户满意度趋势分析报告", d, True, [("p", "%s    %s" % (co.ag_dept[2], when(co, d)))], [
        (True, ["41/trend"], [("table", [["期次", "综合满意度"], ["%d年上半年" % (d.year - 1), 88.6], ["%d年下半年" % (d.year - 1), 90.2],
                                        ["%d年上半年" % d.year, 91.5]]),
                              ("p", "趋势：连续三期上升，井场到场时间评价改善明显；服务态度保持稳定。")])])


def callbacks(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=30 * i)
        rows.append([x.isoformat(), co.rng.choice(list(co.ag_plants) + [co.ag_cust]), co.cp(i), co.rng.choice(["电话", "上门", "座谈"]),
                     co.rng.choice(["满意", "希望井场故障到场更快", "满意，无意见", "建议增加培训"]), "已反馈%s" % co.ag_dept[2]])
    return book("callbacks", "用户主动回访登记表", d, True, [("回访", ["回访日期", "单位", "被回访人", "方式", "意见建议", "处理情况"], rows, ["63/follow-up-visits"])])


# ---------------------------------------------------------- 运行分析与总结

def monthly_analysis(co, d, trend, data, avail):
    rep = d.replace(day=1) - timedelta(days=1)      # written early in a month about the month before
    t = "%d年%d月信息系统运行分析报告" % (rep.year, rep.month)
    head = [("p", "%s    %s" % (co.ag_dept[2], when(co, d))), ("h1", "一、运行概况"),
            ("p", "本月受理工单%d张，其中故障%d张、服务请求%d张；%s运行平稳。" % (co.rng.randint(300, 700), co.rng.randint(80, 200), co.rng.randint(150, 400), co.sys(0)))]
    m = [(rep.month - i - 1) % 12 + 1 for i in range(3, -1, -1)]
    return text("monthly", t, d, True, head, [
        (trend, ["50/monitoring-report"], [("h1", "二、监控指标趋势分析"), ("table", [
            ["指标"] + ["%d月" % x for x in m] + ["趋势"], ["RTU数据在线率%", "97.8", "98.1", "98.6", "98.9", "上升"],
            ["骨干链路利用率峰值%", "52", "58", "61", "66", "上升"], ["安全告警（条）", "1820", "1530", "1411", "1206", "下降"],
            ["故障平均修复时长（小时）", "4.8", "4.1", "3.9", "3.6", "改善"]]),
            ("p", "骨干链路利用率持续上升，按趋势预计两个季度后达到扩容阈值，建议提前申报扩容。")]),
        (data, ["56/data"], [("h1", "三、运维数据统计"), ("table", [
            ["指标", "本月", "目标"], ["异常报告及时率", "98.2%", "≥95%"], ["异常漏报率", "0.6%", "≤1%"], ["维护作业计划及时完成率", "96.5%", "≥95%"],
            ["故障隐患发现率", "91%", "≥90%"], ["异常主动发现率", "87%", "≥85%"], ["问题解决率", "94%", "≥90%"], ["漏洞扫描覆盖率", "100%", "100%"],
            ["加固设备覆盖率", "95%", "≥95%"], ["安全补丁安装及时率", "92%", "≥90%"], ["安全事件次数", "%d" % co.rng.randint(2, 9), "—"]])]),
        (avail, ["18/availability-report", "22/report"], [("h1", "四、可用性情况"), ("p", "%s可用率99.95%%，ERP 99.8%%，均达标。" % co.sys(0))]),
    ])


def year_summary(co, d, data, forecast, trend):
    y = d.year - 1
    t = "信息中心%d年工作总结及%d年工作安排" % (y, d.year)
    head = [("p", "（在中心%d年工作会上的报告）" % d.year), ("p", co.boss), ("p", zh(d)),
            ("h1", "一、%d年主要工作" % y), ("p", "全年保障了油气生产数据采集、调度指挥和ERP月结，完成%s运维移交，未发生较大及以上网络安全事件。" % co.ag_cust)]
    return text("year_summary", t, d, True, head, [
        (data, ["56/data"], [("h1", "二、运维数据"), ("table", [
            ["指标", "%d年" % y, "目标"], ["异常报告及时率", "97.6%", "≥95%"], ["异常漏报率", "0.8%", "≤1%"], ["维护作业计划的及时完成率", "96%", "≥95%"],
            ["故障隐患发现率", "90%", "≥90%"], ["异常主动发现率", "85%", "≥85%"], ["问题解决率", "93%", "≥90%"], ["漏洞扫描覆盖率", "100%", "100%"],
            ["加固设备覆盖率", "94%", "≥95%"], ["安全补丁安装及时率", "91%", "≥90%"], ["安全事件次数", "37", "—"]])]),
        (trend, ["50/monitoring-report"], [("h1", "三、主要指标趋势"), ("p", "故障数逐季下降（Q1 612、Q2 540、Q3 498、Q4 455），服务请求逐季上升；RTU在线率由97.5%提升至98.9%。")]),
        (forecast, ["71/forecast"], [("h1", "四、运维数据汇总分析及%d年服务预测" % d.year),
                                     ("p", "汇总全年日志、变更、故障、服务请求、问题数据：故障同比下降14%%，服务请求上升22%%，变更集中在冬季生产前；"
                                           "预测%d年随%s新区产能建设，接入井场增加约%d口，服务请求和生产网变更将继续增长，需增加工控运维人员2名。" % (d.year, co.ag_cust, co.rng.randint(60, 200)))]),
    ], [("h1", "五、%d年工作安排" % d.year), ("p", "推进数字化油田二期、工控安全防护提升、巡回检查电子化。")])


def jv_monthly(co, d, sla_sec, avail):
    """The monthly report the 合资 partner asks for, bilingual because its foreign staff read it."""
    rep_m = d.replace(day=1) - timedelta(days=1)
    t = "%s信息技术服务月报（%d年%d月）IT Service Monthly Report" % (co.ag_cust, rep_m.year, rep_m.month)
    ms = [(rep_m.month - i - 1) % 12 + 1 for i in range(2, -1, -1)]
    ni, nr = co.rng.randint(20, 60), co.rng.randint(30, 90)
    head = [("p", "Prepared by: %s, %s    Date: %s" % (co.p(0), co.ag_dept[2], d.isoformat())),
            ("h1", "1. Summary 概况"), ("p", "本月受理%s报修%d件、服务请求%d件，无Ⅰ级故障。Tickets: %d incidents, %d requests, no P1." % (
                co.ag_cust, ni, nr, ni, nr)),
            ("h1", "2. KPI Trend 指标趋势"),
            ("table", [["KPI"] + ["%d月" % x for x in ms] + ["Trend"], ["RTU在线率 RTU online %", "98.2", "98.5", "98.9", "↑"],
                       ["故障平均修复时长 MTTR (h)", "4.6", "4.0", "3.7", "↓"], ["安全告警 Security alerts", "412", "388", "351", "↓"]]),
            ("p", "Trend analysis: MTTR keeps falling since the spare-parts point opened; alerts drop after the firewall rule clean-up. 修复时长持续下降。")]
    return text("jv_monthly", t, d, True, head, [
        (True, ["50/monitoring-report"], []),
        (sla_sec, ["57/measurement"], [("h1", "3. SLA Attainment 服务级别达成"), ("table", [
            ["Item 项目", "Target 目标", "Actual 实际", "Met 达成"], ["生产类系统可用率", "≥99.9%", "99.94%", "Yes"],
            ["Ⅰ级故障4小时恢复率", "100%", "100%", "Yes"], ["用户满意度", "≥90", "91.5", "Yes"], ["投诉 Complaints", "≤1", "0", "Yes"]])]),
        (avail, ["18/availability-report", "22/report"], [("h1", "%d. Availability 可用性" % (4 if sla_sec else 3)),
                                                         ("p", "%s availability 99.95%%, ERP 99.82%%; one unplanned outage of 18 minutes (failover). 可用性达标。" % co.sys(0))]),
    ])


def daily_mail(co, d):
    b = [("title", "生产网运行日报 %s" % d.isoformat()), ("p", "发件人：%s    收件人：中心领导；各科室负责人" % co.ag_itsm),
         ("p", "一、%s、%s运行正常；RTU在线率%.1f%%。" % (co.sys(0), co.sys(1), co.rng.uniform(97.5, 99.5))),
         ("p", "二、今日工单%d张，均已处理。" % co.rng.randint(10, 40)), ("p", "三、明日无计划作业。")]
    return Doc("daily", "运行日报", d, [], True, b)


def quarter_summary(co, d):
    q = (d.month - 1) // 3 + 1
    t = "%s%d年第%d季度工作总结" % (co.ag_dept[2], d.year, q)
    b = [("title", t), ("p", when(co, d)), ("h1", "一、重点工作完成情况"), ("p", "完成冬季生产保运网络检查，配合完成QHSE体系审核，组织安全经验分享%d次。" % co.rng.randint(3, 8)),
         ("h1", "二、存在问题"), ("p", "人员紧张，部分巡回检查记录填写不规范。"), ("h1", "三、下季度计划"), ("p", "开展技术比武，推进巡回检查电子化。")]
    return Doc("quarter_summary", t, d, [], True, b)


def forecast_doc(co, d):
    return text("forecast", "%d年运维服务需求预测分析" % (d.year + 1), d, True, [("p", "%s    %s" % (co.ag_dept[2], when(co, d)))], [
        (True, ["71/forecast"], [("h1", "一、数据汇总分析"), ("p", "汇总近12个月日志告警、变更、故障、服务请求、问题记录：服务请求月均%d件，同比上升18%%；变更月均%d件。" % (co.rng.randint(200, 400), co.rng.randint(20, 60))),
                                 ("h1", "二、服务预测"), ("p", "预计明年井场物联网接入点增加约30%，生产网变更和工控安全运维需求随之上升；建议增加工控运维和服务台值班力量。")])])


# ------------------------------------------------------------- 监视、审核与改进

def kpi_sheet(co, d):
    rows = [["用户满意度", "≥90分", "91.5分", "达成", "—"], ["投诉与建议", "≤3次/年", "2次", "达成", "—"],
            ["生产类系统可用率", "≥99.9%", "99.93%", "达成", "—"], ["故障按时修复率", "≥95%", "92.4%", "未达成", "开具纠正预防措施报告单 JZ-%d-04" % d.year],
            ["巡回检查完成率", "100%", "100%", "达成", "—"]]
    return book("kpi", "%d年信息技术服务指标监视测量表" % d.year, d, True, [("监视测量", ["监视项", "目标", "实际", "结论", "措施"], rows, ["57/measurement"])])


def capa(co, d, verified):
    rows = [["编号", "JZ-%d-04" % d.year], ["来源", "月度运行分析：故障按时修复率92.4%，未达95%目标"],
            ["原因分析", "井场故障夜间到场慢，备件集中在中心库"], ["纠正措施", "在%s设立备件点" % co.ag_plants[1]],
            ["预防措施", "建立备件安全库存预警"], ["责任人", co.p(0)], ["计划完成日期", cn(d)]]
    rows += [["有效性验证", "措施实施后两个月故障按时修复率96.1%，措施有效" if verified else "（待验证）"], ["验证人", co.p(3) if verified else ""]]
    return Doc("capa", "纠正预防措施报告单", d, ["57/capa"] + (["66/effectiveness"] if verified else []), True,
               [("title", "纠正预防措施报告单"), ("table", rows)])


def hazard_book(co, d, verified):
    rows = []
    for i, (h, m) in enumerate([("生产网存在厂家远程直连通道", "统一改由堡垒机接入"), ("机房UPS电池接近使用年限", "列入更新计划，增加巡检频次"),
                                ("站控室工控主机USB口未封闭", "加装USB管控"), ("核心交换机单电源运行", "补装冗余电源")], 1):
        x = d - timedelta(days=25 * i)
        rows.append(["YH-%d-%02d" % (x.year, i), x.isoformat(), h, m, co.p(i), "已整改", ("验证有效，%s销项" % co.p(3)) if verified else ""])
    return book("hazard", "网络安全隐患排查治理台账", d, True, [("隐患台账", ["编号", "排查日期", "隐患描述", "预防措施", "责任人", "治理状态", "验证销项"], rows,
                                                              ["66/effectiveness"] if verified else [])])


def internal_audit(co, d):
    return text("ia", "%d年度信息技术服务管理体系内部审核报告" % d.year, d, True, [("p", "审核组长：%s    审核日期：%s" % (co.p(3), when(co, d)))], [
        (True, ["59/internal-audit"], [("h1", "一、审核目的和准则"),
                                       ("p", "验证信息技术服务管理体系满足既定标准要求、满足安全运维服务需求和%s等服务对象提出的服务管理要求，并得到有效实施和保持。" % co.ag_cust),
                                       ("h1", "二、审核范围"), ("p", "中心各科室，覆盖服务级别、事件、问题、变更、配置、安全运维等全部过程。"),
                                       ("h1", "三、审核发现"), ("p", "开具不符合项3项：巡回检查记录个别缺签字；一张作业许可证未记录回退方案；知识库条目未按季度复核。"),
                                       ("h1", "四、审核结论"), ("p", "体系运行基本有效，不符合项已制定纠正措施，限期30天整改。")])])


def qhse_audit(co, d, it_chapter):
    t = "%d年QHSE管理体系内部审核报告（信息中心）" % d.year
    head = [("p", "审核组：分公司QHSE管理部    审核日期：%s" % when(co, d)), ("h1", "一、HSE要素审核"),
            ("p", "审核了领导和承诺、风险管理、作业许可、承包商管理、应急管理等要素，发现一般不符合项2项：承包商入场HSE培训记录不全；灭火器月检漏签。"),
            ("h1", "二、质量要素审核"), ("p", "文件控制和记录控制基本符合要求。")]
    return text("qhse", t, d, True, head, [
        (it_chapter, ["59/internal-audit"], [("h1", "三、信息技术服务管理体系审核"),
                                             ("p", "对照信息技术服务管理标准、中心服务需求和%s服务协议中的管理要求，审核了服务级别、事件、变更、配置和安全运维过程，"
                                                   "抽查工单40张、作业许可证12份，体系得到有效实施和保持；发现不符合项1项（配置库未及时更新）。" % co.ag_cust)]),
    ], [("h1", "审核结论"), ("p", "体系总体运行有效。")])


def review(co, d, inputs):
    t = "%d年度管理评审会议纪要" % d.year
    b = [("title", t), ("p", "时间：%s    主持：%s    参加：中心领导班子、各科室负责人" % (when(co, d), co.boss)), ("h1", "一、评审输入")]
    txt = {"perf": ("60/performance", "服务和流程的执行情况和符合性：服务级别达成率97.8%，事件、变更、问题流程按管理办法执行，内审不符合项3项已关闭。"),
           "fb": ("60/customer-feedback", "用户反馈：满意度91.5分，全年投诉2次，均已处理并回访。"),
           "res": ("60/resources", "当前和预测资源水平：现有运维人员%d人（含承包商%d人），新区产能建设预计需增加工控运维2人。" % (co.rng.randint(18, 40), co.rng.randint(4, 9))),
           "ca": ("60/corrective-actions", "纠正措施进展：上年评审提出的5项纠正措施已完成4项，1项（备件点建设）进行中。"),
           "chg": ("60/changes", "可能影响服务的变更：分公司机构改革、%s扩大合作区块、等级保护2.0工控扩展要求。" % co.ag_cust),
           "imp": ("60/improvements", "改进的机会：故障按时修复率未达标、巡回检查电子化、服务台自助服务。")}
    items = []
    for k in inputs:
        it, s = txt[k]
        b.append(("p", s))
        items.append(it)
    if "perf" in inputs:
        items.append("59/management-review")
    b += [("h1", "二、评审结论"), ("p", "管理体系持续适宜、充分、有效。"), ("h1", "三、评审决定"), ("p", "批准增加人员需求计划；启动巡回检查电子化改进项目。")]
    return Doc("review", t, d, items, True, b)


def iso_cert(co, d):
    return text("cert", "信息技术服务管理体系认证证书", d, False, [], [
        (True, ["61/audit-system"], [("p", "兹证明 %s信息中心" % co.ag_unit), ("p", "建立的信息技术服务管理体系符合 ISO/IEC 20000-1:2018"),
                                     ("p", "认证范围：向%s所属单位及合作公司提供信息系统运行维护和安全运维服务" % co.ag_unit),
                                     ("p", "发证日期：%s    有效期至：%d年%d月%d日" % (cn(d), d.year + 3, d.month, d.day))])])


def improve_plan(co, d, criteria):
    head = [("p", "%s    批准：%s    %s" % (co.ag_dept[2], co.boss, when(co, d))), ("h1", "一、改进项目")]
    t = "%d年信息技术服务持续改进计划" % d.year
    doc = text("iplan", t, d, True, head + [("table", [
        ["序号", "改进项目", "来源", "改进目标", "责任科室", "完成时间"], [1, "SCADA网络监控告警分级", "运行分析", "无效告警减少50%", co.ag_dept[3], "%d年6月" % d.year],
        [2, "巡回检查记录电子化", "内审、劳动竞赛合理化建议", "巡检记录当天上传率100%", co.ag_dept[2], "%d年9月" % d.year],
        [3, "井场故障到场时间", "满意度调查", "故障按时修复率≥96%", co.ag_dept[2], "%d年10月" % d.year]])], [
        (criteria, ["64/criteria"], [("h1", "二、改进机会评估标准"),
                                     ("p", "从对生产和用户的影响（40%）、风险降低（30%）、投入（30%）三方面评分，70分以上列入计划；改进过程包括识别、记录、批准、评估、测量和报告，报告随季度工作总结上报。")]),
    ])
    doc.items = sorted(set(doc.items) | {"64/plan", "68/plan"})
    return doc


def improve_track(co, d, measured):
    rows = [["SCADA网络监控告警分级", "无效告警减少50%", "已上线告警分级规则", (d - timedelta(days=80)).isoformat(), "无效告警减少57%，有效" if measured else "", "随二季度总结上报"],
            ["巡回检查记录电子化", "当天上传率100%", "移动端试点", (d - timedelta(days=20)).isoformat(), "上传率98%，基本有效" if measured else "", "随三季度总结上报"]]
    its = ["68/implementation"] + (["68/effectiveness"] if measured else [])
    return book("itrack", "持续改进项目实施跟踪表", d, True, [("跟踪", ["改进项目", "改进目标", "实施情况", "完成日期", "有效性测量", "报告"], rows, its)])


def improve_opps(co, d):
    return text("iopps", "改进机会分析报告", d, True, [("p", "%s    %s" % (co.ag_dept[2], when(co, d)))], [
        (True, ["67/analysis", "67/prioritisation"], [("p", "对运维过程和监视过程中识别的改进机会按影响、风险、投入评分排序："),
                                                      ("table", [["改进机会", "影响", "风险", "投入", "得分", "优先级"], ["SCADA告警分级", 9, 8, 7, 86, "高"],
                                                                 ["巡检电子化", 8, 7, 7, 78, "高"], ["知识库检索优化", 6, 6, 8, 65, "中"]]),
                                                      ("p", "经中心主任办公会审议，批准前两项列入年度计划。批准人：%s  %s" % (co.boss, cn(d)))])])


def awareness(co, d):
    rows = [["培训主题", "持续改进意识宣贯——从隐患排查到持续改进"], ["时间", cn(d)], ["主讲", co.p(3)], ["参加人员", "中心全体及承包商驻场人员%d人" % co.rng.randint(20, 45)],
            ["内容", "持续改进的意义、改进建议的提交渠道、合理化建议优秀案例"], ["效果", "现场答题平均%d分" % co.rng.randint(85, 96)]]
    sign = [[i + 1, co.p(i), co.ag_dept[i % 4], "（签名）"] for i in range(6)]
    return Doc("awareness", "持续改进意识培训记录", d, ["69/awareness-training"], True,
               sheets=[("培训记录", [["持续改进意识宣贯培训记录"]] + rows), ("签到表", [["签到表"], ["序号", "姓名", "科室", "签名"]] + sign)])


def training_book(co, d, desk, improve):
    """The 年度培训台账: one row per training held; a row proves what that training was."""
    rows, items = [], []
    k = 0

    def row(day, topic, kind, who, hours):
        nonlocal k
        k += 1
        rows.append([k, day.isoformat(), topic, kind, who, hours, "%d" % co.rng.randint(6, 40), "签到表、考试卷已归档"])
    row(d - timedelta(days=200), "《网络安全事件专项应急预案》宣贯", "制度宣贯", co.p(3), 2)
    row(d - timedelta(days=170), "HSE入场及季节性安全培训", "HSE培训", "QHSE管理部", 4)
    if desk:
        row(d - timedelta(days=120), "服务台值班人员岗位培训（故障受理、分级、派单）", "岗位培训", co.p(0), 4)
        items.append("48/training")
    if improve:
        row(d - timedelta(days=80), "持续改进意识宣贯：改进建议提交与优秀改进案例", "意识培训", co.p(3), 2)
        items.append("69/awareness-training")
    row(d - timedelta(days=40), "工控安全防护技术培训（厂家）", "技术培训", co.vp(2), 8)
    out = book("training_book", "信息中心%d年培训台账" % d.year, d, True,
               [("培训台账", ["序号", "日期", "培训内容", "类别", "授课人", "学时", "参加人数", "资料"], rows, [])])
    out.items = sorted(set(items))
    return out


def defects(co, d):
    return text("defects", "%d年运维服务不良情况分析及改进计划" % d.year, d, True, [("p", "%s    %s" % (co.ag_dept[2], when(co, d)))], [
        (True, ["70/defect-analysis"], [("h1", "一、重大事件"), ("p", "%s油田专网光缆被挖断，%s %d口井数据中断2小时10分钟。" % (cn(d - timedelta(days=100)), co.ag_plants[1], co.rng.randint(40, 150))),
                                        ("h1", "二、失败变更"), ("p", "SCADA组态发布失败1次，回退耗时40分钟，原因为测试环境组态版本不一致。"),
                                        ("h1", "三、服务不达标"), ("p", "三季度故障按时修复率92.4%，未达95%。"),
                                        ("h1", "四、改进计划"), ("p", "建立光缆路由与施工联系制度；组态发布前测试环境同步；设立井场备件点。")])])


def kb_export(co, d):
    rows = [["KB-%03d" % i, t, c, co.p(i), "已发布"] for i, (t, c) in enumerate([
        ("网闸单向传输中断排查", "网络安全"), ("RTU批量离线处理方法", "工控"), ("ERP账号锁定解锁步骤", "应用"),
        ("SSL VPN证书更新", "网络安全"), ("站控室工控主机病毒离线查杀", "工控")], 1)]
    return book("kb", "运维知识库导出", d, True, [("知识条目", ["编号", "标题", "分类", "提交人", "状态"], rows, ["21/knowledge-base"])])


def baseline(co, d):
    return book("baseline", "网络安全设备及主机安全配置基线", d, False, [("基线", ["类别", "检查项", "基线要求", "适用对象"], [
        ["账号口令", "口令复杂度", "≥8位，三类字符，90天更换", "服务器、网络设备"], ["访问控制", "默认策略", "默认拒绝，最小开放", "防火墙、工控防火墙"],
        ["服务端口", "高危端口", "关闭Telnet、FTP、远程桌面直连", "服务器"], ["日志", "日志外发", "syslog发往日志审计平台", "全部设备"],
        ["工控主机", "移动介质", "禁用USB存储", "工程师站、操作员站"]], ["25/baseline"])])


def retrofit(co, d, parts):
    t = "%s升级改造实施方案" % co.sys(1)
    head = [("p", "编制：%s    审核：%s    批准：%s    %s" % (co.p(0), co.p(1), co.boss, when(co, d))), ("h1", "一、改造内容"),
            ("p", "%s由单机改为双机热备，操作系统和数据库升级。" % co.sys(1))]
    return text("retrofit", t, d, False, head, [
        ("test" in parts, ["25/test-plan"], [("h1", "二、测试计划"), ("p", "改造前在测试环境完成功能、性能、安全性测试：第1周环境搭建，第2周功能和接口测试，第3周性能压测和安全扫描。")]),
        ("rb" in parts, ["25/rollback", "11/rollback"], [("h1", "三、回退措施"), ("p", "割接前全量备份数据和配置，保留原服务器；割接失败时1小时内回切原系统，回退步骤已在测试环境验证。")]),
    ])


def compat(co, d):
    return text("compat", "%s改造兼容性测试验证报告" % co.sys(1), d, True, [("p", "验证日期：%s    验证人：%s" % (when(co, d), co.p(1)))], [
        (True, ["11/compatibility"], [("table", [["验证项", "内容", "结果"], ["网络兼容", "新服务器接入生产网VLAN、与网闸策略对接", "通过"],
                                                ["系统兼容", "新版操作系统与原中间件、数据库驱动", "通过"], ["应用兼容", "采油厂客户端、%s数据接口" % co.sys(0), "通过"]]),
                                      ("p", "结论：改造后与原系统兼容，可以割接。")])])


def requirements(co, d):
    return text("req", "%s新区站库SCADA建设需求确认单" % co.ag_cust, d, True, [("p", "确认日期：%s" % when(co, d))], [
        (True, ["11/requirements"], [("table", [["类别", "需求", "确认"], ["功能", "站库数据采集、远程启停泵控制、报警推送", "已确认"],
                                               ["性能", "数据刷新≤5秒，并发点数≥2万", "已确认"], ["安全性", "生产网独立组网、工控防火墙隔离、满足等保三级", "已确认"]]),
                                     ("p", "需求方签字：%s    信息中心签字：%s" % (co.cp(1), co.p(0)))])])


def grading_list(co, d):
    return book("grading_list", "信息系统定级备案情况一览表", d, False, [("一览表", ["系统名称", "安全保护等级", "备案时间", "测评情况"], [
        [co.sys(0), "第三级", "%d年" % (d.year - 2), "已测评"], [co.sys(1), "第三级", "%d年" % (d.year - 2), "已测评"],
        [co.sys(2), "第二级", "%d年" % (d.year - 3), "已测评"]], ["51/grading"])])


# -------------------------------------------------------------------- decoys

def signin(co, d, plan):
    rows = [["培训内容", "《%s》宣贯学习" % plan], ["时间", cn(d)], ["地点", "中心会议室"], ["序号", "姓名", "科室", "签名"]]
    rows += [[i + 1, co.p(i), co.ag_dept[i % 4], co.p(i)] for i in range(6)]
    return Doc("signin", "宣贯签到表", d, [], True, sheets=[("签到", [["培训签到表"]] + rows)], decoy="training record about a plan")


def contest(co, d):
    b = [("title", "信息中心%d年网络安全技术比武实施方案及成绩通报" % d.year), ("p", when(co, d)),
         ("h1", "一、比武项目"), ("p", "防火墙策略配置、工控安全事件应急处置（情景题）、故障排查实操。"),
         ("h1", "二、成绩"), ("table", [["名次", "姓名", "科室", "成绩"], [1, co.p(5), co.ag_dept[1], 96], [2, co.p(2), co.ag_dept[3], 92], [3, co.p(4), co.ag_dept[2], 89]]),
         ("p", "获奖人员按分公司技能人才激励办法予以奖励。")]
    return Doc("contest", "技术比武", d, [], True, b, decoy="skills contest, not a drill or training record")


def labour(co, d):
    rows = [["科室", "竞赛指标", "权重", "得分"], [co.ag_dept[2], "巡回检查记录完整率", "30%", 28], [co.ag_dept[2], "故障按时修复率", "30%", 26],
            [co.ag_dept[1], "安全事件处置及时率", "20%", 19], [co.ag_dept[3], "RTU在线率", "20%", 18]]
    return Doc("labour", "劳动竞赛", d, [], True, sheets=[("评分", [["“网络安全保运行”劳动竞赛阶段评比表"]] + rows)],
               decoy="labour contest naming KPIs")


def experience(co, d):
    b = [("title", "安全经验分享"), ("p", "分享人：%s    %s" % (co.p(co.rng.randint(0, 5)), cn(d))),
         ("p", "上周在%s站控室巡检时，发现操作员站旁堆放纸箱，距离电源插座不足30厘米，存在火灾隐患，当即清理。提醒大家巡检时注意机房和站控室的“6S”管理。" % co.ag_plants[0]),
         ("p", "启示：隐患就在身边，发现即整改。")]
    return Doc("experience", "安全经验分享", d, [], True, b)


def drill_scheme(co, d):
    b = [("title", "%d年网络安全事件应急演练方案" % d.year), ("p", when(co, d)),
         ("h1", "一、演练目的"), ("p", "检验《网络安全事件专项应急预案》的可操作性和各组协同能力。"),
         ("h1", "二、演练情景"), ("p", "模拟%s中心站工控主机感染病毒。" % co.ag_plants[0]),
         ("h1", "三、组织与时间"), ("p", "计划于%d月中旬进行实战演练，导调组由%s负责。" % (min(12, d.month + 1), co.ag_dept[1]))]
    return Doc("drill_scheme", "演练方案", d, [], False, b, decoy="drill plan, neither the plan nor the record")


def drill_notice(co, d):
    head, n = red_head(co, d, "关于开展网络安全事件应急演练的通知")
    b = head + [("p", "为检验应急预案，定于%d月%d日开展网络安全事件实战演练，请各科室按演练方案做好准备，参演人员准时到位。" % (d.month, min(28, d.day + 7)))] + sign_off(co, d)
    return Doc("drill_notice", "演练通知", d, [], False, b, decoy="notice of a drill, not its record")


def doc_list(co, d, keys):
    rows = [[i + 1, GL[k][0], "%s〔%d〕%d号" % (co.ag_prefix, d.year - co.rng.randint(0, 3), co.rng.randint(5, 60)), "现行"] for i, k in enumerate(keys)]
    return Doc("doclist", "现行制度清单", d, [], False, sheets=[("清单", [["信息中心现行有效管理制度清单"], ["序号", "制度名称", "文号", "状态"]] + rows)],
               decoy="list of document names")


def doc_control(co, d, keys):
    b = [("title", "文件和记录控制管理办法"), ("p", "%s    %s" % (co.ag_dept[0], when(co, d))),
         ("h1", "第一章 总则"), ("p", "第一条 为规范中心管理文件的编制、审批、发布、修订和作废，制定本办法。"),
         ("h1", "第二章 受控文件"), ("p", "第二条 中心受控文件包括：" + "、".join("《%s》" % GL[k][0] for k in keys) + "等。"),
         ("h1", "第三章 作废"), ("p", "第三条 作废文件加盖“作废”章并从使用场所收回。")]
    return Doc("doc_control", "文件和记录控制管理办法", d, [], False, b, decoy="procedure citing other procedures")


def mr_notice(co, d):
    head, n = red_head(co, d, "关于召开%d年度管理评审会议的通知" % d.year)
    b = head + [("p", "定于%d月%d日召开年度管理评审会议，请各科室于会前报送评审输入材料：服务指标完成情况、用户反馈、资源需求、纠正措施进展和改进建议。" % (d.month, min(28, d.day + 10)))] + sign_off(co, d)
    return Doc("mr_notice", "管理评审通知", d, [], False, b, decoy="meeting notice, not the review record")


def qhse_cert(co, d):
    """The 分公司's QHSE certificate: quality, environment, safety; not the IT service system."""
    b = [("title", "管理体系认证证书"), ("p", "兹证明 %s" % co.ag_unit),
         ("p", "质量、环境和职业健康安全管理体系符合 GB/T 19001-2016 / GB/T 24001-2016 / GB/T 45001-2020 标准"),
         ("p", "认证范围：石油天然气勘探、开发、生产及相关技术服务"),
         ("p", "发证日期：%s    有效期至：%d年%d月%d日" % (cn(d), d.year + 3, d.month, d.day))]
    return Doc("qhse_cert", "QHSE认证证书", d, [], False, b)


def key_points(co, d):
    b = [("title", "信息中心%d年信息化工作要点" % d.year), ("p", when(co, d)),
         ("p", "一、推进数字化油田二期建设，完成%s新区%d座站库接入。" % (co.ag_cust, co.rng.randint(5, 20))),
         ("p", "二、开展工控安全防护能力提升专项行动。"), ("p", "三、深化QHSE体系融合，推进巡回检查电子化。"),
         ("p", "四、加强队伍建设，组织技术比武和劳动竞赛。")]
    return Doc("key_points", "工作要点", d, [], False, b)


def contractor_hse(co, d):
    b = [("title", "承包商HSE管理协议"), ("p", "甲方：%s信息中心    乙方：%s" % (co.ag_unit, co.vendor)),
         ("p", "一、乙方驻场人员（%s、%s）须经入场HSE培训并考试合格，持证上岗。" % (co.vp(0), co.vp(1))),
         ("p", "二、乙方在机房、站控室作业须办理作业许可，遵守JSA分析确定的控制措施。"),
         ("p", "三、发生HSE事件的，乙方应立即报告甲方并配合调查。"), ("p", "签订日期：%s" % cn(d))]
    return Doc("contractor_hse", "承包商HSE协议", d, [], False, b)


def confirm(co, d):
    b = [("title", "运维服务工作量确认单"), ("p", "%s：" % co.customer),
         ("p", "%d年%d月，信息中心按服务协议派驻工控运维人员1名，完成巡回检查4次、故障处理%d次，请予确认。" % (d.year, d.month, co.rng.randint(10, 40))),
         ("p", "确认人：%s    %s" % (co.cp(0), cn(d)))]
    return Doc("confirm", "工作量确认单", d, [], True, b, decoy="workload confirmation, no SLA or record")


UNREL = [
    ("工会", "关于举办职工冬季趣味运动会的通知", "定于12月中旬在油田体育馆举办职工趣味运动会，请各科室组队报名。"),
    ("综合", "劳保用品发放登记", "冬季劳保棉服、防寒手套按定额发放，各科室指定专人领取。"),
    ("综合", "公务车辆派遣管理规定", "去井场的公务用车须提前一天派车，驾驶员严格执行“三交一封”。"),
    ("党建", "主题党日活动记录", "支部组织学习油田精神，开展“我为群众办实事”讨论。"),
    ("综合", "关于做好冬季取暖安全工作的通知", "各科室下班前检查电暖器电源，严禁私拉乱接。"),
    ("财务", "差旅费报销标准", "赴前线井场出差按野外补贴标准执行，住宿凭发票报销。"),
]


def unrelated(co, d, i):
    folder, t, p = UNREL[i]
    return folder, t, Doc("unrelated", t, d, [], False, [("title", t), ("p", p), ("p", when(co, d))], decoy="unrelated")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------- layout

def build(co, lock_bytes):
    """Lay out an AG share: 科室 folders (制度文件 by year, 发文, 会议纪要, 运行记录 by year and month),
    对外服务/<合资公司>/, 应急管理/, QHSE/, 持续改进/, personal folders, a 回收站, decoys."""
    co.ag_prefix, co.ag_code, co.ag_cust, co.ag_plants, co.ag_itsm, co.ag_dept = AG_INFO[co.info_id]
    co.ag_unit = co.name.replace("信息中心", "").replace("（数字化运维中心）", "").replace("数字化运维中心", "")
    co.ag_wh = {}
    r = co.rng
    ZH, AQ, YW, ZD_ = ["01%s/" % co.ag_dept[0], "02%s/" % co.ag_dept[1], "03%s/" % co.ag_dept[2], "04%s/" % co.ag_dept[3]]
    KH = "06对外服务/%s/" % co.ag_cust
    YJ, QH, GJ = "05应急管理/", "07QHSE体系/", "08持续改进/"
    optional = ["budget", "history", "svc", "ola", "kpis", "roster", "duty", "interface", "retrofit", "compat", "req", "baseline", "collect",
                "kb", "pt_plan", "pt", "dev", "grading", "bcp", "rdrill", "trend", "callbacks", "desk_train", "hazard", "iplan", "itrack",
                "iopps", "itrain", "ia", "mr", "forecast", "defects", "sec_stats", "health", "logaudit", "avail", "kpi", "capa",
                "ci_log", "changes", "cmdb", "assets", "construction", "recovery", "cert", "hw_stats"]
    gaps = {k for k in optional if r.random() < 0.06}
    olds = set(r.sample(sorted({"svc", "pt", "trend", "callbacks", "kb", "ia", "rdrill", "itrain", "collect", "desk_train",
                                "ci_log", "sec_stats", "health", "defects", "logaudit", "kpi", "capa", "iopps", "hazard"} - gaps), r.randint(3, 4)))
    co.gaps, co.oldonly = gaps, olds
    made = []

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.45)
        opt.setdefault("styled", r.random() < 0.75)
        co.add(rel, doc, **opt)

    def yr(d):
        return "%d年/" % d.year

    def slot(k, name, factory, age="record", **opt):
        if k in gaps:
            return None
        d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        rel = name(d)
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            rel = "%s(1).%s" % (base, ext)
        put(rel, doc, **opt)
        if doc.items and doc.record and k not in olds:
            made.append((name, factory, d))
        return doc

    scan = {"creator": "Canon iR-ADV C5535 III (OCR)", "author": "scanner", "styled": False}

    # --- 综合管理科: 制度文件 by year (红头 notices), the 手册, the 汇编, 岗位责任制, 发文, 会议纪要
    keys = [k for k in GL if r.random() >= 0.05]
    rest = list(keys)
    r.shuffle(rest)
    in_man = sorted(rest[:r.randint(2, 4)], key=list(GL).index)
    in_book = sorted(rest[len(in_man):len(in_man) + r.randint(3, 5)], key=list(GL).index)
    d = co.issued()
    put(ZH + "体系文件/%s-XXZX-SC-01 信息技术服务管理手册（第3版）.%s" % (co.ag_code, r.choice(["pdf", "docx"])), manual(co, d, in_man, r.random() < 0.9))
    d = co.issued()
    put(ZH + "制度文件/信息中心管理制度汇编（%d版）.pdf" % d.year, compilation(co, d, in_book))
    split = set(r.sample([k for k in keys if k not in in_man and k not in in_book], 2))
    for k in keys:
        if k in in_man or k in in_book:
            continue
        d = co.issued()
        if k in split:
            n, note, att = gl_split(co, d, k)
            put(ZH + "发文/%s%s/正文.pdf" % (yr(d), n), note, **scan)
            put(ZH + "发文/%s%s/%s.docx" % (yr(d), n, r.choice(["附件", "附件1", "附件：" + GL[k][0]])), att)
            continue
        doc = gl_notice(co, d, k, r.random() < 0.88)
        n = doc.blocks[1][1]
        ext = r.choice(["docx", "docx", "pdf", "pdf"])
        nm = r.choice(["%s 关于印发《%s》的通知" % (n, GL[k][0]), "%s 关于印发《%s》的通知" % (n, GL[k][0]),
                       "关于印发%s的通知（%s）" % (GL[k][0], n.replace("〔", "").replace("〕", "-").replace("号", "")), GL[k][0]])
        put(ZH + "制度文件/%s%s.%s" % (yr(d), nm, ext), doc, **(scan if ext == "pdf" and r.random() < 0.4 else {}))
    slot("duty", lambda d: ZH + "制度文件/信息中心岗位责任制（%d年修订）.docx" % d.year, lambda d: duty_system(co, d, r.random() < 0.85), "issued")
    d = co.issued()
    doc = leading_group(co, d, r.random() < 0.88)
    put(ZH + "发文/%s%s 关于调整网络安全和信息化工作领导小组的通知.pdf" % (yr(d), doc.blocks[1][1]), doc, **(scan if r.random() < 0.5 else {}))
    ivia = r.random() < 0.35     # the interface person appointed in the minutes instead of by a notice
    if not ivia:
        slot("interface", lambda d: ZH + "发文/%s关于明确网络安全管理接口人的通知.docx" % yr(d), lambda d: interface(co, d), "issued")
    deskvia = r.random() < 0.3
    if not deskvia:
        d = co.issued()
        put(ZH + "发文/%s关于设立信息中心运维服务台的通知.pdf" % yr(d), desk_notice(co, d))
    for i, m in enumerate(sorted(r.sample(range(2, 11), 2))):
        d = date(2026, m, r.randint(5, 25))
        dec = []
        if i == 0:
            dec = (["interface"] if ivia and "interface" not in gaps else []) + (["desk"] if deskvia else []) + ["budget"]
        else:
            dec = ["contest"] + (["improve"] if r.random() < 0.5 and "iopps" not in gaps else [])
        put(ZH + "会议纪要/2026年/主任办公会纪要〔2026〕第%d期.docx" % (m * 2 + i), minutes(co, d, m * 2 + i, dec))
    slot("roster", lambda d: ZH + "人事/运维人员花名册_%s.xlsx" % ymd(d), lambda d: roster(co, d, r.random() < 0.85))

    # --- 岗位操作规程
    gks = list(GC)
    bound = sorted(r.sample(gks, 2), key=gks.index)
    d = co.issued()
    put(YW + "岗位操作规程/岗位操作规程汇编.pdf", gc_book(co, d, bound))
    for i, k in enumerate(gks, 1):
        if k not in bound and r.random() < 0.55:
            put(YW + "岗位操作规程/%s-XXZX-GC-%02d %s.%s" % (co.ag_code, i, GC[k][0], r.choice(["docx", "docx", "pdf"])), gc_doc(co, co.issued(), k, i))
    slot("construction", lambda d: YW + "岗位操作规程/信息化建设项目现场施工作业手册.docx", lambda d: construction(co, d), "issued")

    # --- 对外服务/<合资公司>
    d0 = co.issued()
    put(KH + "01需求调研/关于%s信息系统运维服务需求的调研报告.docx" % co.ag_cust, survey(co, d0, r.random() < 0.92, r.random() < 0.88))
    slot("budget", lambda d: KH + "01需求调研/%d年度运维服务费用预算表.xlsx" % d.year, lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=r.randint(10, 30))
    put(KH + "01需求调研/%s 运维服务移交对接会会议纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d, r.random() < 0.92))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.88]
    slot("history", lambda d: KH + "01需求调研/%s信息系统运维历史数据分析及保障方案.docx" % co.ag_cust, lambda d: history(co, d, on), "issued")
    d = co.issued()
    bil = r.random() < 0.5
    put(KH + "02服务协议/信息技术服务协议%s（双方盖章）.pdf" % ("_IT Service Agreement" if bil else ""),
        sla(co, d, r.random() < 0.9, r.random() < 0.9, r.random() < 0.8, bil), **(scan if r.random() < 0.5 else {}))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: KH + "03健康检查/%d年第%d季度健康检查报告.%s" % (d.year, (d.month - 1) // 3 + 1, r.choice(["docx", "pdf"])),
             lambda d: health_report(co, d, r.random() < 0.4))
    for d, h in [(date(2025, 7, 3), "上半年"), (date(2026, 1, 9), "下半年"), (date(2026, 7, 6), "上半年")]:
        if r.random() < 0.82:
            d = d + timedelta(days=r.randint(0, 12))
            put(KH + "04满意度/%d年%s用户满意度调查报告.%s" % (d.year if h == "上半年" else d.year - 1, h, r.choice(["docx", "pdf"])),
                csat(co, d, h, r.random() < 0.4))
    slot("trend", lambda d: KH + "04满意度/用户满意度趋势分析_%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: KH + "04满意度/用户主动回访登记表_%d.xlsx" % d.year, lambda d: callbacks(co, d))
    slot("req", lambda d: KH + "05建设项目/新区站库SCADA建设需求确认单.pdf", lambda d: requirements(co, d), **scan)
    for m in sorted(r.sample(range(2, 12), r.randint(1, 2))):
        d = date(2026, m, r.randint(3, 8))
        put(KH + "07月报/%s月报_%d%02d_IT Monthly Report.%s" % (co.ag_cust, d.year, m - 1, r.choice(["docx", "pdf"])),
            jv_monthly(co, d, r.random() < 0.5, r.random() < 0.5))
    d = co.fresh()
    put(KH + "06工作量确认/%d年%d月运维服务工作量确认单.pdf" % (d.year, d.month), confirm(co, d), **scan)

    # --- 服务设计 (综合管理科 / 运行维护科)
    d = co.issued()
    put(YW + "服务管理/信息技术服务目录（%d版）.xlsx" % d.year, catalog(co, d, r.choice([("l1", "l2")] * 5 + [("l2",), ("l1",)])))
    slot("ola", lambda d: YW + "服务管理/内部运营级别协议OLA.docx", lambda d: ola(co, d, r.random() < 0.9), "issued")
    slot("kpis", lambda d: YW + "服务管理/信息系统可用性指标清单.xlsx", lambda d: avail_kpis(co, d), "issued")
    slot("svc", lambda d: YW + "服务管理/以往服务解决方案及生产影响分析_%d.docx" % d.year, lambda d: service_analysis(co, d, r.random() < 0.85))
    av = [p for p in ("plan", "events", "report") if r.random() < 0.88]
    slot("avail", lambda d: YW + "服务管理/%s信息系统可用性管理报告.docx" % yr(d).rstrip("/"), lambda d: avail_report(co, d, av))

    # --- 运行维护科: 配置, 工单, 变更与作业许可, 巡回检查, 交接班, 月度运行分析
    slot("assets", lambda d: YW + "配置管理/信息资产台账_%s.xlsx" % ymd(d), lambda d: asset_book(co, d))
    relc = r.random() < 0.75
    slot("cmdb", lambda d: YW + "配置管理/CMDB导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci_log", lambda d: YW + "配置管理/配置项更新维护登记表_%d.xlsx" % d.year, lambda d: ci_log(co, d))
    for i in range(2):
        d = co.fresh()
        rel = YW + "工单/%s%d年%02d月工单导出.xlsx" % (yr(d), d.year, d.month)
        if rel not in co.used:
            put(rel, tickets(co, d, r.random() < 0.8))
    slot("changes", lambda d: YW + "变更及作业许可/%s信息系统变更台账.xlsx" % yr(d), lambda d: change_book(co, d))
    for i in range(r.randint(1, 3)):
        d = co.fresh()
        rel = YW + "变更及作业许可/%s作业许可证XK-%s.pdf" % (yr(d), ymd(d))
        if rel not in co.used:
            put(rel, permit(co, d, r.random() < 0.85), **scan)
    d = co.fresh()
    put(YW + "变更及作业许可/%sJSA工作安全分析_机房设备搬迁.xlsx" % yr(d), jsa_sheet(co, d))
    places = [("中心机房", YW), ("%s中心站站控室" % co.ag_plants[0], ZD_), ("%s生产网机房" % co.ag_plants[1], ZD_)]
    for j, (where, folder) in enumerate(places):
        if j == 2 and r.random() < 0.5:
            continue
        d = co.fresh()
        kinds = [k for k in ("insp", "maint", "virus", "fault", "up") if r.random() < 0.78] or ["insp"]
        put(folder + "巡回检查记录/%s%02d月/%s巡回检查及维护记录.xlsx" % (yr(d), d.month, where), patrol(co, d, kinds, where))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        rel = YW + "巡回检查记录/%s%02d月/机房巡回检查记录（扫描件）%s.pdf" % (yr(d), d.month, ymd(d))
        if rel not in co.used:
            put(rel, patrol_scan(co, d, r.random() < 0.6), **scan)
    d = co.fresh()
    put(YW + "交接班记录/%s%d年%d月运维值班交接班记录.xlsx" % (yr(d), d.year, d.month), shift_log(co, d))
    if r.random() < 0.6:
        d = co.fresh()
        put(YW + "交接班记录/%s交接班记录本扫描_%s.pdf" % (yr(d), ymd(d)), shift_scan(co, d), **scan)
    slot("hw_stats", lambda d: YW + "设备故障/%s网络安全设备硬件故障统计表.xlsx" % yr(d), lambda d: hw_stats(co, d))
    for m in sorted(r.sample(range(3, 11), 2)):
        d = date(2026, m, r.randint(3, 10))
        put(YW + "运行分析/2026年/%d年%d月信息系统运行分析报告.%s" % (d.year, m - 1 if m > 1 else 12, r.choice(["docx", "pdf"])),
            monthly_analysis(co, d, r.random() < 0.75, r.random() < 0.5, r.random() < 0.4))
    slot("kb", lambda d: YW + "知识库/运维知识库导出_%s.xlsx" % ymd(d), lambda d: kb_export(co, d))
    slot("desk_train", lambda d: YW + "服务台/%s服务台值班人员岗位培训记录.xlsx" % ymd(d), lambda d: desk_training(co, d))
    parts = [p for p in ("test", "rb") if r.random() < 0.88]
    slot("retrofit", lambda d: YW + "项目/%s升级改造实施方案.docx" % co.sys(1), lambda d: retrofit(co, d, parts), "issued")
    slot("compat", lambda d: YW + "项目/%s改造兼容性测试验证报告.pdf" % co.sys(1), lambda d: compat(co, d))
    slot("baseline", lambda d: YW + "项目/安全配置基线_V%d.xlsx" % (d.year - 2021), lambda d: baseline(co, d), "issued")

    # --- 网络安全科
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.88]
    slot("collect", lambda d: AQ + "安全监测/%s网络安全信息采集记录_%s.xlsx" % (yr(d), ymd(d)), lambda d: collect_sheet(co, d, which))
    for i in range(r.randint(1, 2)):
        slot("logaudit", lambda d: AQ + "日志审计/%s%d年第%d季度日志审计分析报告.%s" % (yr(d), d.year, (d.month - 1) // 3 + 1, r.choice(["docx", "pdf"])),
             lambda d: log_audit(co, d))
    slot("sec_stats", lambda d: AQ + "事件统计/%s网络安全事件统计分析.xlsx" % yr(d), lambda d: sec_stats(co, d, r.random() < 0.8))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        ext = r.choice(["docx", "pdf", "txt"])
        rel = AQ + "预警通报/%s网络安全预警通报第%d期.%s" % (yr(d), n, ext)
        if rel not in co.used:
            put(rel, bulletin(co, d, n, r.random() < 0.7), **({"encoding": "gb18030"} if ext == "txt" and r.random() < 0.6 else {}))
    slot("pt_plan", lambda d: AQ + "渗透测试/%d年渗透测试工作计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pt", lambda d: AQ + "渗透测试/%s%s渗透测试报告.pdf" % (yr(d), co.sys(1)), lambda d: pentest_report(co, d))
    slot("dev", lambda d: AQ + "工具开发/%d年数字化运维工具定制开发计划.docx" % d.year, lambda d: dev_plan(co, d))
    slot("grading", lambda d: AQ + "等级保护/%s定级报告.pdf" % co.sys(0), lambda d: grading_report(co, d), "issued")
    if r.random() < 0.5:
        d = co.issued()
        put(AQ + "等级保护/信息系统定级备案情况一览表.xlsx", grading_list(co, d))
    slot("hazard", lambda d: AQ + "隐患排查/%s网络安全隐患排查治理台账.xlsx" % yr(d), lambda d: hazard_book(co, d, r.random() < 0.8))
    d = co.fresh()
    put(AQ + "漏洞扫描/%s漏洞扫描结果_%s.xlsx" % (yr(d), ymd(d)), Doc("vscan", "漏洞扫描结果", d, [], True, sheets=[("结果", [["漏洞扫描任务导出"], ["IP", "漏洞名称", "风险"]] +
        [["10.%d.%d.%d" % (r.randint(1, 30), r.randint(0, 255), r.randint(2, 250)), v, g] for v, g in (("OpenSSH版本过低", "中"), ("SMB签名未启用", "低"), ("弱口令", "高"))])]))

    # --- 应急管理
    d = co.issued()
    put(YJ + "应急预案/网络安全事件专项应急预案（%d年修订）.%s" % (d.year, r.choice(["docx", "pdf"])), emergency_plan(co, d, r.random() < 0.45, r.random() < 0.85))
    slot("recovery", lambda d: YJ + "应急预案/生产网及SCADA系统灾难恢复预案.docx", lambda d: recovery_plan(co, d), "issued")
    slot("bcp", lambda d: YJ + "应急预案/信息系统业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    if r.random() < 0.85:
        d = co.fresh()
        if r.random() < 0.3:
            put("个人文件夹/%s/新建 Microsoft Word 文档 (%d).docx" % (co.p(3), r.randint(2, 6)), drill(co, d, "desk"))
        else:
            put(YJ + "应急演练/%s%s 网络安全事件桌面演练记录.docx" % (yr(d), ymd(d)), drill(co, d, "desk"))
    if r.random() < 0.7:
        d = co.fresh()
        put(YJ + "应急演练/%s%s 网络安全事件实战演练记录.pdf" % (yr(d), ymd(d)), drill(co, d, "field"), **scan)
    slot("rdrill", lambda d: YJ + "应急演练/%s%s SCADA系统灾备切换恢复演练记录.docx" % (yr(d), ymd(d)), lambda d: drill(co, d, "rec"))

    # --- QHSE体系: 审核, 管理评审, 监视测量, 纠正预防, 两书一表, 安全经验分享
    slot("ia", lambda d: QH + "内部审核/%d年度信息技术服务管理体系内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    d = co.fresh()
    put(QH + "QHSE审核/%d年QHSE管理体系内部审核报告（信息中心）.docx" % d.year, qhse_audit(co, d, r.random() < 0.3))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.9]
    slot("mr", lambda d: QH + "管理评审/%d年度管理评审会议纪要.docx" % d.year, lambda d: review(co, d, inputs))
    slot("cert", lambda d: QH + "认证证书/ISO20000认证证书.pdf", lambda d: iso_cert(co, d), "issued", **scan)
    slot("kpi", lambda d: QH + "监视测量/%d年信息技术服务指标监视测量表.xlsx" % d.year, lambda d: kpi_sheet(co, d))
    sn = r.randint(12, 480)
    capa_name = (lambda d: QH + "纠正预防/扫描件%04d.pdf" % sn) if r.random() < 0.4 else (lambda d: QH + "纠正预防/纠正预防措施报告单JZ-%d-04.pdf" % d.year)
    slot("capa", capa_name, lambda d: capa(co, d, r.random() < 0.85), **scan)
    if r.random() < 0.6:
        d = co.issued()
        put(QH + "认证证书/QHSE管理体系认证证书（分公司）.pdf", qhse_cert(co, d), **scan)
    if r.random() < 0.6:
        put(ZH + "发文/2026年/信息中心2026年信息化工作要点.docx", key_points(co, date(2026, 2, r.randint(10, 27))))
    if r.random() < 0.6:
        d = co.issued()
        put(QH + "承包商管理/%s承包商HSE管理协议.pdf" % co.vendor, contractor_hse(co, d), **scan)
    d = co.fresh()
    put(QH + "两书一表/%s井场无线网络改造两书一表.docx" % co.ag_plants[1], hse_two_books(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        rel = QH + "安全经验分享/%s 安全经验分享.docx" % ymd(d)
        if rel not in co.used:
            put(rel, experience(co, d))

    # --- 持续改进, 年度/季度总结
    slot("iplan", lambda d: GJ + "%d年信息技术服务持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    slot("iopps", lambda d: GJ + "改进机会分析报告_%s.docx" % ymd(d), lambda d: improve_opps(co, d))
    slot("itrack", lambda d: GJ + "持续改进项目实施跟踪表_%d.xlsx" % d.year, lambda d: improve_track(co, d, r.random() < 0.85))
    slot("itrain", lambda d: GJ + "%s 持续改进意识宣贯培训记录.xlsx" % ymd(d), lambda d: awareness(co, d))
    if r.random() < 0.6:
        d = date(2026, r.randint(9, 11), r.randint(1, 20))
        put("09培训/2026年/信息中心2026年培训台账.xlsx", training_book(co, d, r.random() < 0.5, r.random() < 0.7))
    slot("defects", lambda d: GJ + "%d年运维服务不良情况分析及改进计划.docx" % d.year, lambda d: defects(co, d))
    slot("forecast", lambda d: GJ + "%d年运维服务需求预测分析.docx" % (d.year + 1), lambda d: forecast_doc(co, d))
    d = date(2026, 1, r.randint(12, 28))
    put(ZH + "工作总结/信息中心2025年工作总结及2026年工作安排.docx", year_summary(co, d, r.random() < 0.6, r.random() < 0.5, r.random() < 0.6))
    if r.random() < 0.7:
        d = date(2025, 1, r.randint(10, 25))
        put(ZH + "工作总结/2025年/信息中心2024年工作总结及2025年工作安排.docx", year_summary(co, d, True, True, True))
    if r.random() < 0.6 and "mr" not in olds:
        d = date(2024, 12, r.randint(10, 26))
        put(QH + "管理评审/2024年度管理评审会议纪要.docx", review(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        rel = YW + "运行日报/%s生产网运行日报_%s.txt" % (yr(d), ymd(d))
        if rel not in co.used:
            put(rel, daily_mail(co, d), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    for m in sorted(r.sample([4, 7, 10], 2)):
        d = date(2026, m, r.randint(5, 15))
        put(ZH + "工作总结/%s2026年第%d季度工作总结.docx" % (co.ag_dept[2], (m - 1) // 3), quarter_summary(co, date(2026, m - 1, 28)))

    archive(co, made, put)
    decoys(co, lock_bytes, put, keys, ZH, AQ, YW, KH, YJ, QH, GJ)


def archive(co, made, put):
    """Last year's copies stay in the 2025年 folders beside this year's: genuine, a year older, stale."""
    for name, factory, d in made:
        if co.rng.random() >= 0.15:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = name(prev)
        if rel in co.used:
            continue
        put(rel, factory(prev))


def decoys(co, lock_bytes, put, keys, ZH, AQ, YW, KH, YJ, QH, GJ):
    r = co.rng
    # templates (空白表单)
    put(YW + "巡回检查记录/机房巡回检查记录表（空白）.xlsx", blank_sheet("机房巡回检查记录表", co.fresh(), ["日期", "时间", "检查项目", "检查情况", "签名"]))
    put(YW + "变更及作业许可/信息系统作业许可证（空白）.docx", void(permit(co, co.fresh(), False), "template"))
    put(KH + "04满意度/用户满意度调查问卷（空白）.docx", blank_text("信息技术服务用户满意度调查问卷", co.fresh(), ["故障响应及时性", "处理质量", "服务态度", "意见和建议"]))
    put(KH + "02服务协议/信息技术服务协议（范本）.docx", blank_text("信息技术服务协议（范本）", co.fresh(), ["服务范围", "运维方式", "服务级别及核心指标", "健康检查", "协议期限"]))
    put(YJ + "应急演练/应急演练记录表（空白）.xlsx", blank_sheet("应急演练记录表", co.fresh(), ["演练名称", "时间", "形式", "过程", "评估", "记录人"]))
    put(YW + "工单/工单导出模板.xlsx", blank_sheet("工单导出", co.fresh(), ["工单号", "类别", "报修单位", "报修时间", "响应时间", "完成时间", "状态"]))
    # drafts (征求意见稿 / 草稿 / 讨论稿) in personal folders
    d = co.fresh()
    put(YJ + "应急预案/信息系统业务连续性计划（征求意见稿）.docx", void(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put("个人文件夹/%s/信息技术服务协议（修改稿）v0.3.docx" % co.p(1), void(sla(co, d, True, True, True, False), "draft", "（修改稿）"))
    d = co.fresh()
    put("个人文件夹/%s/%d年持续改进计划（讨论稿）.docx" % (co.p(0), d.year + 1), void(improve_plan(co, d, True), "draft", "（讨论稿）"))
    d = co.fresh()
    put("个人文件夹/%s/内审报告初稿.docx" % co.p(3), void(internal_audit(co, d), "draft", "（初稿）"))
    # 作废
    d = date(2022, 5, 16)
    put(ZH + "制度文件/作废/信息系统问题管理实施细则（2022年，已废止）.docx", void(gl_notice(co, d, "problem"), "obsolete", "（已废止）"))
    d = date(2021, 9, 6)
    put(YJ + "应急预案/作废/网络安全事件应急预案（2021版）作废.pdf", void(emergency_plan(co, d, True, True), "obsolete", "（作废）"))
    # 回收站
    sid = "S-1-5-21-%d-%d-%d-%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(1000, 1200))
    d = co.fresh()
    put("$RECYCLE.BIN/%s/$R%s.docx" % (sid, "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))), void(drill(co, d, "desk"), "recycle bin"))
    d = co.fresh()
    put("$RECYCLE.BIN/%s/$R%s.xlsx" % (sid, "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))), void(cmdb(co, d, True), "recycle bin"))
    # sign-ins about plans, contests, notices, lists
    for plan in ("网络安全事件专项应急预案", "信息系统变更管理办法", "信息系统业务连续性计划"):
        if r.random() < 0.75:
            d = co.fresh()
            put("09培训/%d年/%s《%s》宣贯签到表.xlsx" % (d.year, ymd(d), plan), signin(co, d, plan))
    d = co.fresh()
    put("09培训/技术比武/%d年网络安全技术比武方案及成绩通报.docx" % d.year, contest(co, d))
    d = co.fresh()
    put(ZH + "劳动竞赛/网络安全保运行劳动竞赛评比表_%dQ%d.xlsx" % (d.year, (d.month - 1) // 3 + 1), labour(co, d))
    d = co.fresh()
    put(YJ + "应急演练/%d年网络安全事件应急演练方案.docx" % d.year, drill_scheme(co, d))
    d = co.fresh()
    put(YJ + "应急演练/关于开展网络安全事件应急演练的通知.pdf", drill_notice(co, d))
    put(ZH + "制度文件/现行有效管理制度清单_2026.xlsx", doc_list(co, co.fresh(), keys))
    put(ZH + "体系文件/文件和记录控制管理办法.docx", doc_control(co, co.issued(), keys[:8]))
    d = co.fresh()
    put(QH + "管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("10其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf", "docx"])), doc)
    # lock files, empty files, an image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith("$RECYCLE")]
    for rel in office[3:90:16]:
        folder, _, base = rel.rpartition("/")
        stem = base.rsplit(".", 1)[0]
        # Word's owner file: short names keep their whole name, longer ones lose one or two characters
        owner = "~$" + (base if len(stem) <= 6 or base.endswith(".xlsx") else base[1:] if len(stem) == 7 else base[2:])
        if (folder + "/" if folder else "") + owner not in co.used:
            co.raw((folder + "/" if folder else "") + owner, lock_bytes(co.p(2)), "Office lock file")
    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw(YW + "交接班记录/2026年/新建 Microsoft Excel 工作表.xlsx", b"", "empty file")
    raw(AQ + "日志审计/2026年/2026年第4季度日志审计分析报告.docx", b"", "empty file")
    raw(GJ + "新建 Microsoft Word 文档.docx", b"", "empty file")
    raw(YW + "巡回检查记录/2026年/扫描件_%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
