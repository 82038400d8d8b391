# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ai.py - style AI: the 教育信息化中心 (区电化教育馆) of a city district's 教育局.

An author voice for the accuracy corpus, used only by the AI shares, written blind (from the form's
需提供证明材料, gen.py's REQ and Company, kinds.py's Doc API and the README's ground-truth conventions;
never the rules, the sources or a score).  The 中心 is a 事业单位 under the district 教育局: it runs the
教育城域网, the district's 智慧教育云平台, the 学籍 / 招生 / OA systems and 校园网络安全 for about sixty
中小学 and 幼儿园, each with a 信息管理员 (a teacher who does IT on the side), with a contracted
运维公司 whose engineers are stationed in the 中心 (驻场).  One 教育集团 (the form's customer) handed its
campuses' networks and platforms to the 中心 under a written 信息化运维服务协议.

Its people are teachers and civil servants, not IT professionals, and write like it: 通知 and 工作方案
issued by the 教育局 as 红头 (X教发〔2026〕N号) with the 制度 or 预案 as 附件; 制度 pasted into Word from
templates found online (一、目的 二、适用范围 …, sometimes with the template's "XX学校" left in); a 制度汇编
(定稿) PDF; 钉钉 approval exports and 企业微信 / 平台 报修 exports; 腾讯文档 在线表格 downloads; photos of
signed 签到表 turned into PDFs by 扫描全能王; periods by 学年 and 学期 (2025-2026学年第二学期, 春季学期);
网络安全宣传周 and 等保测评 material; 校园巡检表 per school; the 运维公司's 月报 in the vendor's own house
style; the 中心's 考核 of the 运维公司 and its 整改通知单; 问卷星 exports of the schools' and parents'
questionnaires.  Folders by 科室, by 学期 and per school; names like 新建 Microsoft Word 文档 (2).docx,
…- 副本.docx, …(2).xlsx, …final.docx, …（定稿）.pdf.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section adds
its items only when it is written; a sheet with only its header proves nothing; an old record keeps its
items (record=True) and is stale.  build(co, lock_bytes) lays out the whole share.

Judgement calls of this voice (also in readme.md):
- a 校园网络巡检表 that checks a school's security devices (出口防火墙, 上网行为管理) is 44's inspection, 45's
  monitoring and 14's maintenance, with its 终端防病毒 rows 44/45's antivirus; a 班班通 / 多媒体教室 设备巡查表
  (projectors, 一体机, 电脑) checks no security device and proves nothing;
- the 运维公司's 月报 is 50's monitoring report when it has its trend section with analysis; its table of the
  ten indicators is 56's data, its availability section 18/22's report, its security-event table 18's
  statistics (a 月报 without the trend section's analysis is no monitoring report);
- the 中心's 学期 考核评分表 of the 运维公司, which sets SLA attainment, school satisfaction and complaints
  against their targets, is 57's 监视测量清单; the 整改通知单 issued to the 运维公司 with its cause and
  corrective action is 57's corrective action, and with the 复查 filled in also 66's effectiveness record;
- the 运维服务采购合同's 服务技术要求 (the third party's service levels) is 8's service-level design, the
  中心's 科室协同约定 8's OLA; the 运维公司's 投标文件 服务承诺 is a bid, not a design, and is a decoy;
- a 钉钉 审批 export of 网络变更申请 whose rows carry the change, its approval and its 实施结果 is 54's change
  record and 43's process record; an export whose rows are all still 审批中 proves nothing;
- the 平台 报修工单 export is 43's process record and, with its 响应时长 column, 55's response times;
- a 问卷星 export of the schools' satisfaction questionnaire with only the answer rows is 63's survey (the
  survey was made), not 41's or 58's report, which needs the analysis; a 学期 满意度调查分析报告 is 41's,
  58's and 63's survey; a 家长 questionnaire about the 家校 platform is no survey of the operations service;
- a 桌面推演 of the 应急预案 is 40's and 53's drill; a 数据备份恢复演练 is 40's recovery drill only (not 53's
  drill of the emergency plan);
- 中考 / 高考 / 招生报名 网络保障方案, the 寒暑假 值班表, the 网络安全宣传周 方案 / 签到 / 总结, the 上级
  网络安全检查自查表, the 等保测评问题整改台账, the 各校信息管理员通讯录, the 年度 工作要点 and a 部门预算
  申报表 without 工作量 and 人力 prove nothing;
- a 签到表 (photo PDF) of a 服务热线 坐席 training is 48's training record, one of a 服务改进 宣贯 69's,
  one of a 预案 or 制度 学习 a decoy;
- a 红头 通知 filed with its 附件 text is the procedure it issues; the 制度汇编 proves the 制度 it holds and,
  when its 总则 has the 计划—实施—检查—改进 cycle with 内审 and 管理评审, 10's PDCA and 61's audit system;
- a 制度 pasted from an online template that still says "XX学校 / XXX" is a template (decoy); a "- 副本",
  "(2)", "final" or "定稿" copy of a real document proves what the document proves;
- the 钉钉 运维服务群 chat export proves nothing (报修 in the chat are logged as 工单, the 工单 are the records);
- the 中心主任办公会议纪要 proves each 议定事项 it records (the 联络员 28, the 服务热线 48, the ranked and approved
  改进事项 67) and nothing for its other items;
- the 学期 工作总结 proves 71's forecast when it has the 下学期 预测 section, 70's defect analysis when it
  analyses the 学期's major faults, failed changes and missed targets with an improvement plan.
"""

from datetime import date, timedelta

from kinds import Doc

# per share (a cloned company takes its template's row, co.info_id): 教育局, 局 文号 prefix, 中心 文号 prefix,
# 科室 (办公室, 网络与安全, 技术保障, 资源应用), schools, customer's short name and campuses, 平台 name, 热线
AI_INFO = {
    "ai1": ("东湖区教育局", "东教发", "东教信", ("综合办公室", "网络与安全科", "技术保障科", "资源应用科"),
            ["东湖区第一实验小学", "东湖中学", "东湖区实验幼儿园", "东湖区外国语学校", "东湖区育才小学"],
            "实验教育集团", ["本部校区", "南湖校区", "光谷校区"], "东湖智慧教育云平台", "027-8651"),
    "ai2": ("临江区教育局", "临教发", "临教信", ("办公室", "网络安全部", "运维保障部", "数字资源部"),
            ["临江区实验小学", "临江区第二中学", "临江区机关幼儿园", "临江区锦城小学", "临江区新城初级中学"],
            "外国语学校", ["小学部", "初中部", "国际部"], "临江教育云", "028-6272"),
    "ai3": ("江宁湾区教育局", "湾教发", "湾教信", ("综合科", "网络安全科", "技术服务科", "教育资源科"),
            ["江宁湾区秣陵小学", "江宁湾区湖熟中学", "江宁湾区中心幼儿园", "江宁湾区东山外国语学校", "江宁湾区淳化小学"],
            "新城幼教集团", ["金地园", "翠屏园", "九龙湖园"], "湾区智慧校园平台", "025-5211"),
    "ai4": ("西湖滨区教育局", "滨教发", "滨教信", ("办公室", "网络与信息安全科", "运维服务科", "应用推广科"),
            ["西湖滨区求是小学", "西湖滨区文澜中学", "西湖滨区保俶幼儿园", "西湖滨区学军小学", "西湖滨区嘉绿苑中学"],
            "求是教育集团", ["求是校区", "星洲校区", "紫金港校区"], "西湖滨智慧教育云", "0571-8802"),
}

CN = "一二三四五六七八九十"


def cnn(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


def cn(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def ymd(d):
    return d.strftime("%Y%m%d")


def dt(co, d):
    """A date as a teacher types it: several habits in one share."""
    f = co.rng.randint(0, 5)
    if f <= 2:
        return cn(d)
    if f == 3:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if f == 4:
        return "%d/%d/%d" % (d.year, d.month, d.day)
    return d.isoformat()


def stamp(co, d):
    """The line 扫描全能王 prints at the top of a photographed page."""
    return "[扫描全能王 %s %02d:%02d]" % (d.isoformat(), co.rng.randint(8, 18), co.rng.randint(0, 59))


def term(d):
    """2025-2026学年第二学期: 第一学期 runs September to January, 第二学期 February to August."""
    if d.month >= 9:
        return "%d-%d学年第一学期" % (d.year, d.year + 1)
    if d.month == 1:
        return "%d-%d学年第一学期" % (d.year - 1, d.year)
    return "%d-%d学年第二学期" % (d.year - 1, d.year)


def season(d):
    """春季学期 / 秋季学期, as the 运维公司 and the schools say it."""
    if 2 <= d.month <= 8:
        return "%d年春季学期" % d.year
    return "%d年秋季学期" % (d.year if d.month >= 9 else d.year - 1)


def school_year(d):
    y = d.year if d.month >= 9 else d.year - 1
    return "%d-%d学年" % (y, y + 1)


def review_year(d):
    """The 学年 a review or an audit looks back on: the one ending, or just ended."""
    return school_year(d - timedelta(days=75))


def compose(kind, title, d, record, head, parts, tail=()):
    """A written document.  parts: (written?, items, blocks); a heading "§xxx" is numbered 一、二、,
    a heading "#xxx" 1 2 3, in the order the written parts come (a part left out leaves no gap)."""
    blocks, items, n = [("title", title)] + list(head), [], 0
    for on, its, blks in parts:
        if not on:
            continue
        items += its
        blocks += blks
    blocks += list(tail)
    out, a = [], 0
    for b in blocks:
        if b[0] == "h1" and b[1].startswith("§"):
            n += 1
            b = ("h1", "%s、%s" % (cnn(n), b[1][1:]))
        elif b[0] == "h1" and b[1].startswith("#"):
            a += 1
            b = ("h1", "%d %s" % (a, b[1][1:]))
        out.append(b)
    return Doc(kind, title, d, sorted(set(items)), record, out)


def sheetbook(kind, title, d, record, sheets, top=True):
    """A workbook: (sheet, header, rows, items); a sheet with only its header proves nothing.
    top: a title row above the header (腾讯文档 and the 运维公司 put one; exports do not)."""
    out, items = [], []
    for name, header, rows, its in sheets:
        out.append((name, ([[title]] if top else []) + [header] + rows))
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
            if rows and len(rows[0]) == 1:
                rows[0] = [str(rows[0][0]) + mark]
    return doc


# ------------------------------------------------------------------ 红头 and sign-offs

def ju_wh(co, d):
    co.ai_n[("ju", d.year)] = co.ai_n.get(("ju", d.year), co.rng.randint(4, 12)) + co.rng.randint(2, 9)
    return "%s〔%d〕%d号" % (co.ai_jwh, d.year, co.ai_n[("ju", d.year)])


def zx_wh(co, d):
    co.ai_n[("zx", d.year)] = co.ai_n.get(("zx", d.year), co.rng.randint(1, 4)) + co.rng.randint(1, 3)
    return "%s〔%d〕%d号" % (co.ai_zwh, d.year, co.ai_n[("zx", d.year)])


def ju_head(co, d, subject, to="各中小学、幼儿园，局机关各科室，局属各单位："):
    n = ju_wh(co, d)
    return [("big", "%s文件" % co.ai_ju), ("p", n), ("title", subject), ("p", to)], n


def ju_sign(co, d):
    return [("p", co.ai_ju), ("p", cn(d)), ("p", "（此件公开发布）"),
            ("p", "%s办公室                %s印发" % (co.ai_ju, cn(d + timedelta(days=1))))]


def zx_head(co, d, subject, to="各科室，各中小学、幼儿园信息管理员："):
    n = zx_wh(co, d)
    return [("p", co.name), ("p", n), ("title", subject), ("p", to)], n


def zx_sign(co, d):
    return [("p", co.name), ("p", cn(d))]


# ------------------------------------------------------------------ 制度 (pasted from templates)

# key: (name, [(heading, [paragraphs], items, optional?)])
ZD = {
    "guzhang": ("信息化故障报修处理制度", [
        ("目的", ["为规范全区中小学、幼儿园信息化设备和系统故障的报修、受理和处理，尽快恢复正常教育教学秩序，特制定本制度。"], [], False),
        ("报修渠道", ["学校信息管理员通过%s“运维报修”模块、服务热线或钉钉群报修，服务热线统一登记工单。",
                   "故障按影响分为三级：一级（城域网中断、平台无法访问、考试期间故障），二级（单所学校断网或单个系统异常），三级（个别终端或账号问题）。"],
         ["49/incident-procedure"], False),
        ("处理流程", ["受理—派单—响应—处理—回访—关闭。一级故障15分钟内响应、1小时内到校；二级30分钟响应、4小时内到校；三级当日处理。",
                   "驻场工程师无法解决的，升级至运维公司二线或设备厂家，处理情况全程在工单中记录。",
                   "故障处理完毕由学校信息管理员在平台上确认，服务热线电话回访后关闭工单。"], ["49/incident-procedure"], False),
        ("其他", ["本制度由技术保障科负责解释，自发布之日起执行。"], [], False)]),
    "shenqing": ("信息化服务申请办理规范", [
        ("目的", ["为规范学校和教师申请信息化服务的办理，提高办事效率，制定本规范。"], [], False),
        ("服务申请范围", ["包括：教师及学生平台账号开通和注销、权限调整、IP地址分配、校园网站域名解析和备案、VPN申请、无线网络接入、平台应用上架等。"], [], False),
        ("办理流程", ["学校信息管理员在钉钉“信息化服务申请”审批中填报，学校分管校长审核后提交中心。",
                   "服务热线登记后按服务清单派单，标准服务2个工作日内办结，办理结果在审批中回复，申请人确认后归档。"],
         ["49/request-procedure"], False)]),
    "wenti": ("重复故障（问题）分析管理办法", [
        ("目的", ["为查找反复出现的故障和重大故障的根本原因，防止同类故障重复发生，制定本办法。"], [], False),
        ("问题的提出", ["同一学校或同一系统一个月内重复发生3次及以上的故障、一级故障、学期运维分析中发现的趋势性问题，由技术保障科登记为“问题”。"],
         ["20/procedure", "37/procedure"], False),
        ("分析与解决", ["问题负责人组织驻场工程师和厂家分析根本原因，提出临时措施和永久解决方案；需要调整配置的按变更管理制度办理。",
                     "问题解决并验证后关闭，处理经验录入运维知识库。每月运维例会通报未关闭问题。"], ["20/procedure", "37/procedure"], False)]),
    "zhishi": ("运维知识库管理规定", [
        ("目的", ["为积累全区信息化运维经验，方便学校信息管理员自助解决常见问题，建立运维知识库，制定本规定。"], [], False),
        ("知识的收集和审核", ["知识来源于故障处理记录、问题分析报告、厂家资料、信息管理员培训课件等。",
                          "驻场工程师和中心人员提交知识条目，技术保障科审核后在钉钉知识库发布。"], ["21/procedure"], False),
        ("知识的维护", ["每学期末对知识条目进行一次清理，过时的条目修订或下线。"], ["21/procedure"], False)]),
    "biangeng": ("网络与系统变更管理制度", [
        ("目的", ["为控制城域网、数据中心和平台系统变更带来的风险，保障教育教学正常开展，制定本制度。"], [], False),
        ("适用范围", ["适用于城域网核心设备、出口防火墙、数据中心服务器和平台系统的配置变更、升级和割接。"], [], False),
        ("变更的申请和审批", ["变更由实施人在钉钉“网络变更申请”中提出，写明变更内容、影响范围、实施时间和回退方案。",
                          "一般变更由科长审批，重大变更（影响多所学校或考试、招生期间）须报分管副主任审批，原则上安排在晚上或周末。"],
         ["54/procedure"], False),
        ("实施和验证", ["变更实施后验证业务并填写实施结果；失败的立即按回退方案恢复，并在审批中记录。",
                     "紧急变更可先电话报告后实施，24小时内补办审批。"], ["54/procedure"], False)]),
    "anquan": ("网络安全事件报告与处置制度", [
        ("目的", ["为规范全区教育系统网络安全事件的报告和处置，依据《中华人民共和国网络安全法》和上级教育部门有关要求，制定本制度。"], [], False),
        ("事件分类", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、信息内容安全事件（如学校网站被篡改）、设备设施故障和其他事件；"
                   "按影响程度分为特别重大、重大、较大和一般四级。"], [], False),
        ("事件报告", ["学校发现网络安全事件，信息管理员应立即报告中心网络安全值班电话并报学校分管领导；较大及以上事件，中心30分钟内报告局网络安全和信息化领导小组办公室，"
                   "2小时内书面报告。涉及教育集团各校区的，同时通知集团信息中心。"], ["30/reporting-process"], False),
        ("事件处置", ["中心会同运维公司开展研判、断网隔离、取证、清除和恢复，处置过程在工单中记录。",
                   "学校网站被篡改的，立即关闭网站，保留日志，恢复后经中心检查方可重新开放。"], ["30/response-process", "31/incident-process"], False),
        ("应急响应", ["发生较大及以上事件，启动区教育系统网络安全事件应急预案，成立现场处置组，按预案开展应急响应，事态控制后解除应急状态。"],
         ["34/emergency-process"], True),
        ("事后处理", ["事件处置结束后5个工作日内形成事件报告，分析原因、落实整改、通报学校，并补充到知识库和应急预案中。"],
         ["34/incident-process"], True)]),
    "peixun": ("网络安全培训服务工作规范", [
        ("目的", ["为规范中心为学校信息管理员和教师提供的网络安全培训服务，制定本规范。"], [], False),
        ("培训服务流程", ["每学期初通过问卷星调查学校培训需求，制定学期培训计划；准备课件并经科室审核；组织培训并签到；"
                       "进行测试或实操考核；收集培训反馈，形成培训小结归档，计入教师继续教育学时。"], ["31/training-process"], False)]),
    "shentou": ("渗透测试工作规范", [
        ("目的", ["为规范对区教育系统网站和平台开展的渗透测试，防止测试影响教育教学，制定本规范。"], [], False),
        ("测试流程", ["测试前取得系统主管单位（学校或中心科室）书面授权，明确测试范围、时间和禁止事项；考试、招生期间不安排测试。",
                   "按信息收集、漏洞探测、漏洞验证、编写报告、整改复测的顺序进行，测试过程全程记录。"], ["31/pentest-process"], False)]),
    "fuwu": ("信息化运维服务级别管理办法", [
        ("目的", ["为明确中心向学校和教育集团提供运维服务的服务标准，制定本办法。"], [], False),
        ("服务级别的制定和签订", ["技术保障科根据学校需求制定服务清单和服务级别，与教育集团等服务对象协商一致后签订运维服务协议。"],
         ["39/slm-procedure"], False),
        ("监督和评审", ["服务级别达成情况每月统计，每学期结合运维公司考核和学校满意度调查评审一次，必要时修订协议。"], ["39/slm-procedure"], False)]),
    "gaijin": ("运维服务持续改进办法", [
        ("目的", ["为持续提高全区信息化运维服务质量，规范改进措施的管理，制定本办法。"], [], False),
        ("改进的识别和登记", ["改进建议来源于内审、管理评审、运维公司考核、学校满意度调查、投诉、故障和问题分析以及教师和信息管理员的建议，统一登记到改进事项台账。"],
         ["65/procedure"], False),
        ("批准、评估和报告", ["改进事项按对教学的影响、投入和风险打分排序，经中心主任办公会批准后实施；完成后用数据对比评估效果，每学期在工作总结中报告，年度汇总提交管理评审。"],
         ["65/procedure"], False)]),
    "neishen": ("运维服务管理内部审核制度", [
        ("目的", ["为检查中心运维服务管理是否符合标准要求并有效实施，制定本制度。"], [], False),
        ("审核安排", ["每学年至少开展一次覆盖全部科室和运维过程的内部审核，审核员经培训，不审核本科室工作。",
                   "按审核计划、首次会议、现场审核、开具不符合项、末次会议、跟踪验证的顺序进行。"],
         ["61/audit-system", "62/audit-mechanism"], False),
        ("审核结果", ["不符合项由责任科室分析原因、制定纠正措施，审核组验证关闭；审核结果作为管理评审的输入。"],
         ["61/audit-system", "62/audit-mechanism"], False)]),
    "jiandu": ("运维服务质量监督检查办法", [
        ("目的", ["为掌握运维服务的实际效果，及时发现和纠正问题，制定本办法。"], [], False),
        ("监督检查内容和方式", ["监督内容包括服务级别达成率、城域网和平台可用率、故障处理及时率、学校满意度、投诉和建议。",
                             "技术保障科每月统计，每学期对运维公司考核一次；未达到目标的，向运维公司下发整改通知单并跟踪复查。"],
         ["61/monitoring-process", "62/monitoring-process"], False)]),
    "yinhuan": ("网络安全隐患排查整改制度", [
        ("目的", ["为做到防患于未然，在隐患变成网络安全事件之前把原因消除，制定本制度。"], [], False),
        ("隐患排查", ["每月结合校园巡检、漏洞扫描、日志审计和上级通报开展一次隐患排查，开学前、考试前增加专项排查。",
                   "排查出的隐患登记在隐患排查整改台账，明确整改措施、责任人和期限。"], ["66/preventive-actions"], False),
        ("整改和复查", ["预防措施经科长批准后实施；整改完成后由网络与安全科复查，确认有效后销号，复查结果记入台账。"],
         ["66/preventive-actions"], False)]),
    "dengbao": ("教育系统网络安全等级保护工作实施办法", [
        ("目的", ["为落实网络安全等级保护制度，规范全区教育系统信息系统和网站的定级、备案、测评和整改，制定本办法。"], [], False),
        ("定级标准", ["按照信息系统受到破坏后侵害的客体和对客体的侵害程度确定安全保护等级：侵害公民、法人和其他组织合法权益的，一般损害定为第一级，严重损害定为第二级；"
                   "侵害社会秩序和公共利益的，一般损害定为第二级，严重损害定为第三级，特别严重损害定为第四级。",
                   "存有大量学生个人信息的系统（学籍、招生、智慧教育云平台）原则上不低于第二级；学校门户网站一般定为第二级。"],
         ["51/grading-criteria"], False),
        ("备案、测评和整改", ["定级结果报局网络安全和信息化领导小组审定后向公安机关备案；第三级系统每年测评一次，第二级系统每两年测评一次。"], [], False)]),
}


def zd_blocks(co, key, optional_on=True, style="yi"):
    """The body of a 制度: 一、目的 … (pasted template style) or 第一条 … ; blocks and items."""
    name, secs = ZD[key]
    b, items, n, t = [], [], 0, 0
    for head, paras, its, opt in secs:
        if opt and not optional_on:
            continue
        n += 1
        paras = [p.replace("%s", co.ai_plat).replace("技术保障科", co.ai_dept[2]).replace("网络与安全科", co.ai_dept[1]) for p in paras]
        if style == "yi":
            b.append(("h1", "%s、%s" % (cnn(n), head)))
            b += [("p", "%d. %s" % (i, p) if len(paras) > 1 else p) for i, p in enumerate(paras, 1)]
        else:
            b.append(("h2", "第%s章 %s" % (cnn(n), head)))
            for p in paras:
                t += 1
                b.append(("p", "第%s条 %s" % (cnn(t), p)))
        items += its
    return b, items


def zd_doc(co, d, key, optional_on=True):
    """A 制度 filed on its own in the 中心's folder: title, 发布 line, body."""
    name = ZD[key][0]
    style = co.rng.choice(["yi", "yi", "tiao"])
    body, items = zd_blocks(co, key, optional_on, style)
    head = [("title", name), ("p", "（%s %s修订）" % (co.name, cn(d)) if co.rng.random() < 0.5 else "发布日期：%s" % dt(co, d))]
    return Doc("zd:" + key, name, d, sorted(set(items)), False, head + body)


def zd_ju_notice(co, d, key, optional_on=True):
    """A 制度 issued by the 教育局: the 红头 notice with the 制度 as its 附件, one file."""
    name = ZD[key][0]
    head, n = ju_head(co, d, "关于印发《%s%s》的通知" % (co.ai_ju.replace("教育局", ""), name))
    b = head + [("p", "为加强全区教育信息化运维和网络安全管理，经局党委会研究同意，现将《%s%s》印发给你们，请结合实际认真贯彻执行。"
                 % (co.ai_ju.replace("教育局", ""), name)), ("p", "附件：%s%s" % (co.ai_ju.replace("教育局", ""), name))] + ju_sign(co, d)
    b += [("break",), ("p", "附件"), ("h1", "%s%s" % (co.ai_ju.replace("教育局", ""), name))]
    body, items = zd_blocks(co, key, optional_on, "tiao")
    return Doc("zd:" + key, name, d, sorted(set(items)), False, b + body)


def zd_template(co, d, key):
    """The online template the 制度 was pasted from: XX学校 and XXX still in it."""
    name = ZD[key][0]
    body, _ = zd_blocks(co, key, True, "yi")
    def blank(v):
        v = v.replace("全区中小学、幼儿园", "学校").replace("全区", "我校").replace(co.ai_plat, "XXX平台")
        for dep in co.ai_dept:
            v = v.replace(dep, "XX处")
        return v.replace("中心", "XX学校")
    body = [(k, blank(v)) for k, v in body]
    return Doc("zd_template", name, d, [], False, [("title", "XX学校" + name + "（模板）"), ("p", "来源：网络    仅供参考")] + body +
               [("p", "XX学校"), ("p", "XXXX年XX月XX日")], decoy="template")


def compendium(co, d, keys, pdca):
    t = "%s运维服务管理制度汇编" % co.name
    b = [("p", co.name), ("title", t), ("p", "（%d年%d月定稿）" % (d.year, d.month)), ("h1", "目  录")]
    names = (["运维服务管理总则"] if pdca else []) + [ZD[k][0] for k in keys]
    b += [("p", "%s、%s" % (cnn(i), x)) for i, x in enumerate(names, 1)] + [("break",)]
    items = []
    if pdca:
        b += [("h1", "运维服务管理总则"),
              ("p", "第一条 中心按照“计划—实施—检查—改进”的循环管理全区教育信息化运维服务。"),
              ("p", "第二条 计划：每学年初根据局年度工作要点和学校需求，制定运维服务目标、服务清单和学年工作计划。"),
              ("p", "第三条 实施：按本汇编各项制度和作业指导书，由中心和运维公司提供日常运维和网络安全服务。"),
              ("p", "第四条 检查：每月统计运维指标，每学期考核运维公司、开展学校满意度调查，每学年开展内部审核。"),
              ("p", "第五条 改进：通过管理评审、整改通知、隐患排查和改进事项台账，推动问题闭环和服务持续改进，形成中心的运维服务管理体系。")]
        items += ["10/pdca", "61/audit-system"]
    for k in keys:
        body, its = zd_blocks(co, k, True, "yi")
        b += [("h1", ZD[k][0])] + body + [("break",)]
        items += its
    return Doc("compendium", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ organisation

def leading_group(co, d, outs):
    head, n = ju_head(co, d, "关于调整%s网络安全和信息化工作领导小组的通知" % co.ai_ju.replace("教育局", "教育系统"))
    b = head + [("p", "因人事变动，经局党委会研究，决定调整区教育系统网络安全和信息化工作领导小组，现将有关事项通知如下："),
                ("h1", "一、领导小组"), ("p", "组  长：局党委书记、局长"), ("p", "副组长：分管副局长；%s（%s主任）" % (co.boss, co.name)),
                ("p", "成  员：局办公室、基础教育科、计划财务科、安全稳定科负责人，各学校分管校长。"),
                ("h1", "二、领导小组办公室"),
                ("p", "领导小组办公室设在%s，负责日常工作，办公室主任由%s兼任。" % (co.name, co.boss)),
                ("h1", "三、技术支撑组")]
    items = ["9/org-chart", "23/org-chart"]
    rows = [["机构", "职务", "姓名", "所在单位"], ["领导小组办公室", "主任", co.boss, co.name],
            ["技术支撑组", "组长", co.p(0), co.ai_dept[2]], ["技术支撑组", "网络安全", co.p(1), co.ai_dept[1]],
            ["技术支撑组", "平台运维", co.p(3), co.ai_dept[3]]]
    if outs:
        b.append(("p", "由%s、%s、%s人员和运维服务单位%s驻场工程师组成，负责城域网、平台和校园网络的日常运维、安全监测和应急处置。"
                  % (co.ai_dept[1], co.ai_dept[2], co.ai_dept[3], co.vendor)))
        rows += [["技术支撑组", "驻场工程师（运维公司）", co.vp(0), co.vendor], ["技术支撑组", "驻场工程师（运维公司）", co.vp(1), co.vendor]]
        items.append("9/outsourcing")
    else:
        b.append(("p", "由%s、%s、%s人员组成，负责城域网、平台和校园网络的日常运维和应急处置。" % (co.ai_dept[1], co.ai_dept[2], co.ai_dept[3])))
    b += [("table", rows), ("p", "各学校要相应成立本校网络安全工作小组，明确一名信息管理员。")] + ju_sign(co, d)
    return Doc("leading_group", "领导小组通知", d, items, False, b)


def staff_list(co, d, outs):
    jobs = ["技术保障科科长", "网络安全管理员", "系统管理员", "平台管理员", "服务热线坐席", "资产管理员"]
    rows = [[i + 1, co.p(i), jobs[i], co.ai_dept[[2, 1, 2, 3, 2, 0][i]], "在编" if i < 4 else "编外聘用", "138%08d" % co.rng.randint(0, 10 ** 8 - 1)]
            for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[7, co.vp(0), "驻场网络工程师", co.vendor, "运维公司派驻", "139%08d" % co.rng.randint(0, 10 ** 8 - 1)],
                 [8, co.vp(1), "驻场安全工程师", co.vendor, "运维公司派驻", "137%08d" % co.rng.randint(0, 10 ** 8 - 1)],
                 [9, co.vp(2), "二线支持（远程）", co.vendor, "运维公司", "136%08d" % co.rng.randint(0, 10 ** 8 - 1)]]
        its.append("9/outsourcing")
    t = "%s运维保障人员名单（%s）" % (co.name, term(d))
    return sheetbook("staff_list", t, d, True, [("Sheet1", ["序号", "姓名", "岗位", "科室/单位", "人员性质", "手机"], rows, its)])


def role_table(co, d):
    rows = [["中心主任", "领导小组办公室", "全面负责，网络安全第一责任人", co.boss],
            ["服务经理", co.ai_dept[2], "服务级别管理、运维公司考核、与学校和教育集团沟通", co.p(0)],
            ["安全管理员", co.ai_dept[1], "安全策略、漏洞扫描、日志审计、事件处置", co.p(1)],
            ["系统管理员", co.ai_dept[2], "数据中心服务器、数据库、备份", co.p(2)],
            ["平台管理员", co.ai_dept[3], "智慧教育云平台应用和账号管理", co.p(3)],
            ["服务热线", co.ai_dept[2], "受理报修和服务申请、派单、回访", co.p(4)],
            ["配置管理员", co.ai_dept[0], "资产台账和配置信息维护", co.p(5)],
            ["驻场工程师", "技术支撑组（运维公司）", "巡检、故障处理、变更实施", co.vp(0)]]
    return sheetbook("roles", "中心运维岗位及角色分工表", d, False,
                     [("分工", ["角色", "对应机构/科室", "主要职责", "人员"], rows, ["18/roles", "23/roles"])])


def liaison(co, d):
    head, n = zx_head(co, d, "关于明确网络安全工作联络员的通知")
    b = head + [("p", "根据市教育局网络安全工作要求，经中心研究，明确%s（%s）为中心网络安全工作联络员，作为安全管理的对外接口人，"
                 "负责与上级部门、公安网安和%s的安全事件通报、安全检查配合和安全管理文件的接收传达；%s为备岗联络员。"
                 % (co.p(1), co.ai_dept[1], co.customer, co.p(5))),
                ("p", "联络员手机须24小时保持畅通，人员变动时及时报备。")] + zx_sign(co, d)
    return Doc("liaison", "联络员通知", d, ["28/interface-person"], False, b)


def ola(co, d):
    b = [("title", "中心各科室运维协同工作约定"), ("p", "（%s，中心主任办公会通过）" % cn(d)),
         ("h1", "一、约定目的"), ("p", "明确中心各科室之间、科室与驻场工程师之间在运维工作中的配合时限，保证对学校的服务承诺能落实。"),
         ("h1", "二、协同时限"),
         ("table", [["故障等级", "接单科室", "协同科室响应", "处理完成"], ["一级", co.ai_dept[2], "15分钟", "4小时"],
                    ["二级", co.ai_dept[2], "30分钟", "1个工作日"], ["三级", co.ai_dept[2], "2小时", "3个工作日"]]),
         ("p", "以上时限与中心和%s签订的运维服务合同中约定的服务级别保持一致，合同变更时本约定同步修订。" % co.vendor)]
    return Doc("ola", "科室协同约定", d, ["8/ola"], False, b)


def vendor_contract(co, d):
    b = [("title", "%s教育信息化运维服务采购合同" % co.ai_ju.replace("教育局", "")),
         ("p", "采购人：%s    供应商：%s    合同编号：%s-ZFCG-%d-%03d" % (co.name, co.vendor, co.short, d.year, co.rng.randint(10, 99))),
         ("p", "（政府采购项目，通过公开招标确定供应商）"),
         ("h1", "第一部分 合同条款"), ("p", "服务期限一年，合同金额以中标价为准，按季度考核结果支付。"),
         ("h1", "第二部分 服务技术要求"),
         ("p", "1. 服务范围：区教育城域网核心及汇聚设备、数据中心、%s及各校网络安全设备的运维。" % co.ai_plat),
         ("p", "2. 服务级别："),
         ("table", [["故障等级", "响应时间", "到场时间", "解决时间"], ["一级", "15分钟", "1小时", "4小时"],
                    ["二级", "30分钟", "4小时", "1个工作日"], ["三级", "2小时", "次日", "3个工作日"]]),
         ("p", "3. 驻场要求：派驻2名工程师，工作日8:00—17:30在中心驻场，考试、招生等重要时期加派人员。"),
         ("p", "4. 考核：采购人每学期按考核细则考核，考核结果与服务费支付挂钩。"),
         ("p", "采购人（盖章）    供应商（盖章）    签订日期：%s" % cn(d))]
    return Doc("vendor_contract", "运维服务采购合同", d, ["8/sld"], False, b)


# ------------------------------------------------------------------ 教育集团 onboarding

def survey(co, d, tm, sec):
    head = [("p", "调研单位：%s    调研人员：%s、%s    调研时间：%s" % (co.name, co.p(0), co.p(4), dt(co, d))),
            ("p", "调研方式：到%s各校区实地查看，与集团信息中心、教务处、总务处座谈，并通过问卷星向各校区教师发放问卷%d份。"
             % (co.customer, co.rng.randint(120, 400)))]
    return compose("survey", "%s信息化运维服务需求调研报告" % co.customer, d, False, head, [
        (True, [], [("h1", "§基本情况"), ("p", "集团现有%s三个校区，教学班%d个，教职工%d人，使用%s、%s，各校区网络原由各校自行维护。"
                                          % ("、".join(co.ai_campus), co.rng.randint(60, 140), co.rng.randint(200, 500), co.sys(0), co.sys(1)))]),
        (tm, ["1/survey"], [("h1", "§服务时间需求"),
                            ("p", "教学日服务时间为7:00—18:00（早读前网络和班班通须可用）；晚自习校区延长至21:30；双休日和寒暑假以电话远程值守为主；"
                                  "期中期末考试、中考体育和招生报名期间需驻校保障。"),
                            ("table", [["时段", "服务方式", "响应要求"], ["教学日7:00—18:00", "驻场+热线", "15分钟响应"],
                                       ["晚自习（至21:30）", "热线远程", "30分钟响应"], ["双休日、寒暑假", "电话远程值守", "2小时响应"],
                                       ["考试、招生期间", "驻校保障", "现场处置"]])]),
        (sec, ["5/survey"], [("h1", "§网络安全服务需求"),
                             ("p", "集团提出的网络安全服务需求按类型分为：安全运维类（出口防火墙、上网行为管理的维护）、安全检测类（网站漏洞扫描、渗透测试）、"
                                   "合规类（等级保护定级和测评配合）、应急类（网站篡改、勒索病毒等事件处置）、培训类（教师网络安全意识培训）。")]),
    ], [("h1", "结论"), ("p", "以上需求已与集团确认，作为运维服务协议和服务清单的依据。")])


def budget(co, d, full=True):
    rows = [[1, "城域网及校区网络运维", "3校区×12个月", "驻场工程师1名", 220, "%d年9月起" % d.year, 186000],
            [2, "%s运维" % co.sys(0), "全年", "平台管理员0.5人", 110, "%d年9月起" % d.year, 72000],
            [3, "安全设备维护及巡检", "每月1次×3校区", "运维公司安全工程师", 36, "每月", 54000],
            [4, "漏洞扫描和渗透测试", "每学期1次", "网络与安全科", 12, "期中前", 30000],
            [5, "考试、招生期间保障", "约10天", "保障小组", 20, "按教学安排", 18000],
            ["", "合计", "", "", 398, "", 360000]]
    return sheetbook("budget", "%s信息化运维经费测算表" % co.customer, d, False,
                     [("测算表", ["序号", "项目", "工作量", "人员安排", "人天", "时间节点", "经费（元）"], rows, ["2/budget"])])


def kickoff(co, d, agreed=True):
    head = [("p", "时间：%s 下午    地点：%s%s会议室" % (dt(co, d), co.customer, co.ai_campus[0])),
            ("p", "参加人员：集团%s（副校长）、%s（信息中心主任）；中心%s、%s；%s驻场工程师%s" % (co.cp(0), co.cp(1), co.boss, co.p(0), co.ai_vs, co.vp(0))),
            ("p", "记录：%s" % co.p(4)), ("h1", "会议内容"), ("p", "双方就集团各校区网络和平台运维移交中心统一管理的范围、方式、驻场和报修渠道进行了沟通。")]
    return compose("kickoff", "%s信息化运维移交对接会会议纪要" % co.customer, d, False, head, [
        (agreed, ["3/communication"], [("h1", "会议商定"),
                                       ("p", "1. 自%d年9月1日起，集团三个校区的校园网、出口安全设备和%s账号管理纳入中心统一运维；" % (d.year, co.ai_plat)),
                                       ("p", "2. 中心安排驻场工程师每周二、周四到%s驻校，其余时间远程支持；" % co.ai_campus[0]),
                                       ("p", "3. 报修统一走平台“运维报修”和服务热线，每月提交运维月报，每学期开展一次健康检查和满意度调查。"),
                                       ("p", "以上事项双方达成一致，会后签订运维服务协议。"), ("p", "双方签字：%s    %s" % (co.cp(0), co.boss))]),
        (not agreed, [], [("h1", "遗留问题"), ("p", "国际部网络是否纳入统一运维、费用如何分担，双方意见不一致，会后各自请示后再议。")]),
    ])


def history(co, d, on):
    return compose("history", "%s近两学年运维数据分析及保障策略" % co.customer, d, False,
                   [("p", "编写：%s    审核：%s    %s" % (co.p(0), co.boss, dt(co, d)))], [
        ("list" in on, ["4/history-list"], [("h1", "§收集的历史数据"), ("table", [
            ["序号", "数据", "来源", "时间范围", "数量"], [1, "报修记录", "各校区报修登记本、钉钉群", "近两学年", co.rng.randint(300, 900)],
            [2, "断网记录", "集团信息中心值班记录", "近两学年", co.rng.randint(20, 80)], [3, "设备更换记录", "总务处资产账", "近两学年", co.rng.randint(20, 60)],
            [4, "上网行为管理日志", "上网行为管理设备", "近一学年", "约%d万条" % co.rng.randint(50, 300)],
            [5, "网站安全通报", "上级通报文件", "近两学年", co.rng.randint(3, 12)]])]),
        ("analysis" in on, ["4/analysis"], [("h1", "§数据分析"),
                                            ("p", "指标完成情况：校园网可用率约99.2%，低于集团要求的99.5%；报修平均处理时长6.5小时。"),
                                            ("p", "违例操作：发现教师私接无线路由器11起，外包人员使用共享账号登录防火墙2次。"),
                                            ("p", "重大事件：校区出口光缆被施工挖断一次，断网9小时；门户网站被挂暗链一次。"),
                                            ("p", "重大（失败）变更：暑假核心交换机升级失败一次，开学首日回退。")]),
        ("strategy" in on, ["4/strategy"], [("h1", "§运维保障策略和实施方案"),
                                            ("p", "根据以上分析，确定保障策略：出口双链路、无线统一管控、防火墙账号实名、开学前完成全部变更。"),
                                            ("table", [["措施", "责任", "完成时间"], ["出口增加第二条链路", co.ai_dept[2], "10月底"],
                                                       ["无线AP统一纳管", co.ai_vs, "11月底"], ["安全设备账号实名", co.ai_dept[1], "9月底"]])]),
    ])


def sla(co, d, modes, core, health):
    head = [("p", "甲方：%s    乙方：%s" % (co.customer, co.name)), ("p", "协议编号：%s-YWXY-%d-%02d" % (co.short, d.year, co.rng.randint(1, 20))),
            ("h1", "第一条 服务内容"), ("p", "乙方为甲方%s的校园网、出口安全设备、%s账号和应用、%s提供运维服务。" % ("、".join(co.ai_campus), co.sys(0), co.sys(1)))]
    parts = [
        (modes, ["35/sla"], [("h1", "第二条 服务方式"),
                             ("p", "采用驻场值守、定期巡检和远程值守相结合：乙方驻场工程师每周两天驻校值守；每月对各校区网络机房和安全设备巡检一次；"
                                   "其余时间和寒暑假通过服务热线和远程运维平台值守。")]),
        (core, ["36/sla"], [("h1", "第三条 服务级别和指标"),
                            ("table", [["指标", "承诺"], ["校园网可用率（教学日）", "≥99.5%"], ["平台可用率", "≥99.9%"],
                                       ["一级故障响应/恢复", "15分钟/4小时"], ["二级故障响应/恢复", "30分钟/1个工作日"], ["学校满意度", "≥90%"]])]),
        (health, ["15/agreement"], [("h1", "第四条 健康检查"),
                                    ("p", "乙方每学期开学前对甲方网络安全设备和业务系统进行一次健康检查，以现场检查为主；期中另做一次远程检查。"
                                          "检查内容为设备和系统的可用性、持续运行情况、配置和容量，检查后一周内提交健康检查报告。")]),
    ]
    tail = [("h1", "第五条 其他"), ("p", "本协议自%s起生效，有效期一学年，期满无异议自动续签。" % cn(d)),
            ("p", "甲方（盖章）：%s    代表：%s" % (co.customer, co.cp(0))), ("p", "乙方（盖章）：%s    代表：%s" % (co.name, co.boss)),
            ("p", "签订日期：%s" % dt(co, d))]
    doc = compose("sla", "信息化运维服务协议", d, False, head, parts, tail)
    doc.items = sorted(set(doc.items) | {"39/sla"})
    return doc


def catalog(co, d, lv):
    rows = [["基础服务", "初始服务", "新接入学校和校区的资产登记、配置建档、报修流程导入"],
            ["基础服务", "安全设备运维", "出口防火墙、上网行为管理、防病毒系统的日常维护和升级"],
            ["基础服务", "日常巡检", "城域网节点和学校网络机房每月巡检"], ["基础服务", "健康检查", "每学期开学前健康检查"],
            ["基础服务", "安全事件审计", "防火墙、服务器、平台日志审计"]]
    items = ["12/catalog", "29/catalog"]
    if "l2" in lv:
        rows += [["拓展服务", "运维监控与分析", "城域网和平台集中监控，月度分析"], ["拓展服务", "终端安全监控", "学校终端防病毒和违规外联监测"],
                 ["拓展服务", "等级保护合规性运维", "定级备案、测评配合和问题整改"]]
        items.append("19/catalog")
    if "l1" in lv:
        rows += [["拓展服务", "安全通告及漏洞分析", "转发和分析上级预警通报、厂商漏洞"], ["拓展服务", "应急响应", "网站篡改、病毒等事件7×24小时应急处置"]]
        items.append("26/catalog")
    return sheetbook("catalog", "%s教育信息化运维服务清单（%s）" % (co.ai_ju.replace("教育局", ""), school_year(d)), d, False,
                     [("服务清单", ["类别", "服务项目", "服务内容"], rows, items)])


def avail_kpis(co, d):
    rows = [["整体指标", "城域网整体可用率（教学日）", "全区", "≥99.5%", "月"], ["整体指标", "一级故障次数", "全区", "≤1次/学期", "学期"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.9%", "月"], ["单系统指标", "%s可用率" % co.sys(2), co.sys(2), "≥99.5%", "月"],
            ["单系统指标", "互联网出口可用率", "城域网出口", "≥99.9%", "月"]]
    return sheetbook("avail_kpis", "城域网及平台可用性指标一览表", d, False,
                     [("指标", ["类型", "指标名称", "范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    head = [("p", "%s    %s编写" % (dt(co, d), co.ai_vs))]
    return compose("svc_review", "以往运维服务回顾及对教学影响分析", d, True, head, [
        (True, ["7/impact-analysis"], [("h1", "§以往服务方案回顾"),
                                       ("p", "回顾上一学年为全区学校实施的%d项运维方案，包括出口带宽扩容、无线网络改造、防火墙策略梳理、平台版本升级等。" % co.rng.randint(20, 40)),
                                       ("h1", "§对教学的影响"),
                                       ("p", "其中4项实施时影响了上课（最长一次25分钟，为平台升级超时），其余均安排在课后或周末，未影响考试和招生。")]),
        (auto, ["7/automation"], [("h1", "§安全事件处理效率分析"),
                                  ("p", "上一学年处理安全事件%d起，平均处理时长4.2小时，其中终端病毒告警、弱口令和网站暗链检测占七成，多为重复劳动。" % co.rng.randint(60, 140)),
                                  ("h1", "§今后可自动化的服务"),
                                  ("p", "建议将网站暗链和篡改检测、弱口令核查、终端病毒库版本核查、巡检表汇总改为自动执行。")]),
    ])


# ------------------------------------------------------------------ 运维公司 documents

def vendor_monthly(co, d, trend, data, avail, sec):
    """The 运维公司's 月报, in its own house style."""
    m = d.month - 1 if d.month > 1 else 12
    y = d.year if d.month > 1 else d.year - 1
    head = [("p", "%s | 项目运维服务月报" % co.vendor), ("p", "报告编号：%s-YB-%d%02d    报告周期：%d年%d月    编制：%s    审核：%s"
                                                     % (co.short, y, m, y, m, co.vp(0), co.vp(2))),
            ("h1", "#本月服务概况"),
            ("p", "本月共受理报修%d单、服务申请%d单，完成学校网络巡检%d所次，变更%d次。" % (co.rng.randint(80, 220), co.rng.randint(30, 90),
                                                                  co.rng.randint(10, 30), co.rng.randint(2, 9)))]
    parts = [
        (trend, ["50/monitoring-report"], [("h1", "#网络运行监控与趋势分析"),
                                            ("table", [["指标", "%d月" % ((m - 3) % 12 + 1), "%d月" % ((m - 2) % 12 + 1), "%d月" % m, "趋势"],
                                                       ["出口带宽峰值（Gbps）", "6.1", "6.8", "7.4", "上升"], ["在线终端峰值（台）", "21830", "23410", "24920", "上升"],
                                                       ["网络告警（条）", "512", "446", "397", "下降"]]),
                                            ("p", "分析：出口带宽随直播课和平台使用持续上升，按现增速约两个月后超过80%扩容阈值，建议提前申请扩容。")]),
        (not trend, [], [("h1", "#网络运行情况"), ("p", "本月城域网运行总体平稳，无一级故障。")]),
        (data, ["56/data"], [("h1", "#运维指标"),
                             ("table", [["指标", "本月"], ["异常报告及时率", "98.5%"], ["异常漏报率", "0.4%"], ["维护作业计划及时完成率", "97%"],
                                        ["故障隐患发现率", "91%"], ["异常主动发现率", "86%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                        ["加固设备覆盖率", "94%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", str(co.rng.randint(2, 9))]])]),
        (avail, ["18/availability-report", "22/report"], [("h1", "#可用性"),
                                                            ("table", [["系统", "目标", "本月可用率", "中断次数"], ["教育城域网", "99.5%", "99.86%", 1],
                                                                       [co.sys(0), "99.9%", "99.95%", 0]]),
                                                            ("p", "城域网一次中断为汇聚节点光模块故障，持续21分钟，已更换。")]),
        (sec, ["18/incident-stats"], [("h1", "#安全事件"),
                                      ("table", [["类别", "本月", "累计"], ["有害程序", co.rng.randint(1, 6), co.rng.randint(10, 30)],
                                                 ["网络攻击", co.rng.randint(0, 4), co.rng.randint(5, 20)], ["网站篡改/暗链", co.rng.randint(0, 1), co.rng.randint(0, 3)]])]),
    ]
    nxt = {1: "寒假期间远程值守，开学前完成全部学校网络检查", 2: "开学保障，完成各校开学前巡检", 3: "配合网站安全专项检查",
           4: "配合期中考试保障", 5: "中考网上阅卷保障准备", 6: "中考阅卷保障，期末考试保障", 7: "暑期停课窗口实施城域网变更",
           8: "暑期变更收尾，开学前全面巡检", 9: "网络安全宣传周配合，秋季开学保障", 10: "配合期中考试保障，等保测评配合",
           11: "期末考试准备，寒假前设备巡检", 12: "期末考试保障，寒假值班安排"}[m % 12 + 1]
    tail = [("h1", "#下月工作计划"), ("p", nxt + "；协助学校处理网站安全自查发现的问题。"),
            ("p", "%s %s项目组" % (co.ai_vs, co.ai_ju.replace("教育局", "")))]
    return compose("vendor_monthly", "%s教育信息化运维服务月报（%d年%d月）" % (co.ai_ju.replace("教育局", ""), y, m), d, True, head, parts, tail)


def vendor_assess(co, d):
    rows = [["服务级别达成率", "≥95%", "%d%%" % co.rng.randint(92, 99), 30, "", ""],
            ["学校满意度", "≥90%", "%d%%" % co.rng.randint(86, 97), 25, "", ""],
            ["有效投诉", "≤2次", "%d次" % co.rng.randint(0, 4), 15, "", ""],
            ["巡检完成率", "100%", "100%", 15, "", ""],
            ["月报按时提交", "每月5日前", "按时", 15, "", ""]]
    for r in rows:
        ok = not (r[0] in ("服务级别达成率", "学校满意度") and int(r[2].rstrip("%")) < int(r[1].strip("≥%"))) and not (r[0] == "有效投诉" and int(r[2][0]) > 2)
        r[4] = r[3] if ok else r[3] - co.rng.randint(3, 8)
        r[5] = "达标" if ok else "未达标，下发整改通知"
    t = "%s运维服务考核评分表（%s）" % (co.vendor, season(d))
    return sheetbook("vendor_assess", t, d, True, [("考核", ["考核项目", "目标", "实际", "分值", "得分", "结论"], rows, ["57/measurement"])])


def rectify(co, d, verified):
    rows = [["编号", "ZG-%d-%02d" % (d.year, co.rng.randint(1, 12))], ["下发单位", co.name], ["整改单位", co.vendor],
            ["问题来源", "%s考核：学校满意度未达到90%%的目标" % season(d)],
            ["原因分析", "晚自习时段热线无人接听，远程处理慢；驻场工程师对%s新版不熟悉" % co.sys(0)],
            ["整改要求", "晚自习时段增加值班人员，组织驻场人员平台培训，一个月内完成"], ["整改责任人", co.vp(0)], ["下发日期", dt(co, d)],
            ["复查情况", "已落实晚间值班，次月回访满意度94%，整改有效" if verified else ""], ["复查人", co.p(0) if verified else ""]]
    return Doc("rectify", "整改通知单", d, ["57/capa"] + (["66/effectiveness"] if verified else []), True,
               [("title", "运维服务整改通知单"), ("table", rows)])


def maint_book(co, d, kinds):
    dates = [d - timedelta(days=6 * i) for i in range(9)]
    shs = []
    shs.append(("日常维护", ["日期", "设备", "维护内容", "结果", "维护人"],
                [[x.isoformat(), co.rng.choice(["出口防火墙", "上网行为管理", "核心交换机"]), "清理日志，检查策略和电源风扇，机柜除尘", "正常", co.vp(0)]
                 for x in dates] if "maint" in kinds else [], ["14/maintenance", "44/maintenance"]))
    shs.append(("状态检查", ["日期", "设备", "CPU", "内存", "会话/在线", "告警", "检查人"],
                [[x.isoformat(), "出口防火墙", "%d%%" % co.rng.randint(15, 55), "%d%%" % co.rng.randint(30, 65), co.rng.randint(30000, 120000), "无", co.vp(1)]
                 for x in dates] if "check" in kinds else [], ["44/inspection", "14/maintenance"]))
    shs.append(("防病毒", ["日期", "范围", "病毒库版本", "查杀结果", "处理人"],
                [[x.isoformat(), "中心服务器及各校管理终端", "%d%02d%02d.01" % (x.year, x.month, x.day), co.rng.choice(["未发现", "清除蠕虫1个"]), co.vp(1)]
                 for x in dates[:5]] if "av" in kinds else [], ["44/virus-scan", "45/antivirus"]))
    shs.append(("故障处理", ["日期", "学校/节点", "设备", "故障现象", "处理过程", "恢复时长"],
                [[dates[2].isoformat(), co.ai_schools[1], "汇聚交换机", "学校整体断网", "更换光模块", "35分钟"],
                 [dates[6].isoformat(), co.ai_schools[3], "上网行为管理", "设备反复重启", "更换电源模块", "50分钟"]] if "fault" in kinds else [],
                ["44/faults"]))
    shs.append(("升级记录", ["日期", "设备", "升级前", "升级后", "验证"],
                [[dates[3].isoformat(), "出口防火墙", "V5.6R9", "V5.6R10", "业务正常"], [dates[7].isoformat(), "上网行为管理", "特征库0308", "特征库0415", "正常"]]
                if "up" in kinds else [], ["44/upgrades"]))
    shs.append(("硬件故障统计", ["序号", "日期", "设备", "故障部件", "处理", "备注"],
                [[1, dates[2].isoformat(), "汇聚交换机", "光模块", "更换", ""], [2, dates[6].isoformat(), "上网行为管理", "电源", "返厂", ""],
                 ["", "合计", "", "2次", "", ""]] if "hw" in kinds else [], ["14/hardware-faults"]))
    return sheetbook("maint_book", "%s安全设备维护记录（%s）" % (co.ai_vs, term(d)), d, True, shs)


def vendor_bid(co, d):
    b = [("title", "%s投标文件（技术部分）" % co.vendor), ("p", "项目名称：%s教育信息化运维服务采购项目" % co.ai_ju.replace("教育局", "")),
         ("h1", "第五章 服务承诺"), ("p", "我公司承诺：7×24小时响应，一级故障15分钟响应、1小时到场；派驻2名工程师驻场；每月提交月报。"),
         ("p", "如我公司中标，将严格按照招标文件要求提供服务。"), ("p", "投标人（盖章）：%s    %s" % (co.vendor, cn(d)))]
    return Doc("vendor_bid", "投标文件", d, [], False, b, decoy="vendor's bid, not an agreed service-level design")


def attendance(co, d):
    rows = [[i + 1, "%d月%d日" % (d.month, i + 2), co.vp(0), "8:02", "17:36", ""] for i in range(8)]
    return sheetbook("attendance", "驻场人员考勤确认单（%d年%d月）" % (d.year, d.month), d, True,
                     [("考勤", ["序号", "日期", "姓名", "签到", "签退", "备注"], rows, [])])


# ------------------------------------------------------------------ schools

def school_patrol(co, d, school, sec, av):
    """The monthly 校园网络巡检表 of one school (a 腾讯文档 table the 信息管理员 fills with the 驻场工程师)."""
    rows = [["核心交换机", "运行指示灯、端口状态、CPU", "正常", "", co.vp(0)], ["无线控制器及AP", "在线AP数量、掉线情况", "正常", "3楼东侧AP离线，已重启", co.vp(0)],
            ["网络机柜", "温度、卫生、线缆标识", "正常", "", co.cp(3)]]
    items = []
    if sec:
        rows += [["出口防火墙", "运行状态、CPU/内存、会话数、告警日志", "正常", "", co.vp(1)],
                 ["上网行为管理", "在线用户、策略生效、特征库日期", "正常", "特征库已自动更新", co.vp(1)]]
        items += ["44/inspection", "45/monitoring", "14/maintenance"]
    if av:
        rows += [["终端防病毒", "管理终端病毒库版本、本月全盘查杀", "正常", "查杀%d台，发现病毒%d个已清除" % (co.rng.randint(20, 80), co.rng.randint(0, 3)), co.cp(3)]]
        items += ["44/virus-scan", "45/antivirus"]
    t = "%s校园网络巡检表（%d年%d月）" % (school, d.year, d.month)
    doc = Doc("school_patrol", t, d, sorted(set(items)), True,
              sheets=[("巡检表", [[t], ["巡检日期：%s" % d.isoformat(), "", "学校信息管理员：%s" % co.cp(3), "", "驻场工程师：%s" % co.vp(0)],
                                 ["检查项目", "检查内容", "结果", "异常及处理", "检查人"]] + rows)])
    return doc


def bbt_check(co, d, school):
    rows = [["%d年级%d班" % (g, c), "正常", "正常", "正常" if (g + c) % 4 else "投影偏色", co.cp(3)] for g in (1, 3, 5) for c in (1, 2)]
    t = "%s班班通设备巡查登记表（%s）" % (school, term(d))
    return sheetbook("bbt", t, d, True, [("登记表", ["班级", "一体机/投影", "电脑", "音响话筒", "巡查人"], rows, [])])


def health(co, d, collect):
    head = [("p", "检查对象：%s    检查方式：%s    检查时间：%s    检查人：%s、%s" % (co.customer, co.rng.choice(["现场检查", "现场检查", "远程检查"]),
                                                              dt(co, d), co.vp(1), co.p(1)))]
    return compose("health", "%s网络安全设备及业务系统健康检查报告（%s）" % (co.customer, term(d)), d, True, head, [
        (True, ["15/records", "46/records", "14/maintenance", "44/inspection"], [
            ("h1", "§检查范围"), ("p", "各校区出口防火墙、上网行为管理、核心交换机，%s、%s。" % (co.sys(0), co.sys(1))),
            ("h1", "§可用性和持续运行检查"),
            ("table", [["对象", "可用率", "持续运行", "冗余", "结论"], ["%s出口防火墙" % co.ai_campus[0], "100%", "%d天" % co.rng.randint(60, 300), "双机", "良好"],
                       ["%s上网行为管理" % co.ai_campus[1], "100%", "%d天" % co.rng.randint(30, 200), "单机", "关注"],
                       [co.sys(0), "99.97%", "%d天" % co.rng.randint(20, 120), "集群", "良好"]])]),
        (collect, ["16/config", "16/traffic", "16/status"], [
            ("h1", "§信息采集"), ("p", "系统配置：导出各校区防火墙和交换机配置，与基线比对，发现2处不一致已纠正；"),
            ("p", "流量信息：各校区出口带宽峰值出现在上午第二节课，最高860Mbps；"), ("p", "系统状态：CPU、内存、磁盘、会话数均在阈值内。")]),
        (True, [], [("h1", "§建议"), ("p", "%s上网行为管理为单机运行，建议增加旁路保护。" % co.ai_campus[1])]),
    ])


def collect_sheet(co, d, which):
    sh = []
    dates = [d - timedelta(days=14 * i) for i in range(6)]
    sh.append(("配置采集", ["日期", "设备", "采集方式", "与基线比对", "采集人"],
               [[x.isoformat(), co.rng.choice(["城域网核心", "出口防火墙", "数据中心交换机"]), "SSH导出配置", "一致", co.vp(1)] for x in dates]
               if "config" in which else [], ["16/config"]))
    sh.append(("流量采集", ["日期", "链路", "峰值", "均值", "异常"],
               [[x.isoformat(), "互联网出口", "%.1fG" % (co.rng.randint(50, 80) / 10), "%.1fG" % (co.rng.randint(15, 35) / 10), "无"] for x in dates]
               if "traffic" in which else [], ["16/traffic"]))
    sh.append(("状态采集", ["日期", "对象", "CPU", "内存", "磁盘", "采集人"],
               [[x.isoformat(), co.sys(0), "%d%%" % co.rng.randint(20, 60), "%d%%" % co.rng.randint(40, 70), "%d%%" % co.rng.randint(30, 80), co.p(2)] for x in dates]
               if "status" in which else [], ["16/status"]))
    return sheetbook("collect", "网络安全信息采集记录（%s）" % term(d), d, True, sh)


def log_audit(co, d):
    head = [("p", "审计周期：%s    审计人：%s    %s" % (term(d), co.p(1), dt(co, d)))]
    return compose("log_audit", "%s日志审计分析报告" % term(d), d, True, head, [
        (True, ["17/log-analysis", "45/audit-report", "47/audit"], [
            ("h1", "§网络及安全设备日志"), ("p", "汇总城域网出口防火墙、各校上网行为管理日志约%d万条，发现境外IP端口扫描%d个源地址，已在出口封禁。" % (co.rng.randint(800, 3000), co.rng.randint(20, 90))),
            ("h1", "§服务器和操作系统日志"), ("p", "数据中心服务器登录日志中有3次连续登录失败告警，核实为驻场工程师输错口令。"),
            ("h1", "§应用日志"), ("p", "%s应用日志显示SQL注入尝试%d次、撞库登录尝试%d次，均被拦截，已对相关账号强制改密。" % (co.sys(0), co.rng.randint(50, 400), co.rng.randint(100, 900))),
            ("h1", "§结论"), ("p", "本学期未发现成功入侵，学校弱口令问题仍较突出，下学期开展专项整治。")]),
    ])


def sec_stats(co, d, analysis):
    rows = [["%d月" % m, co.rng.randint(0, 6), co.rng.randint(0, 5), co.rng.randint(0, 1), co.rng.randint(0, 2)] for m in range(max(1, d.month - 5), d.month + 1)]
    for r in rows:
        r.append(sum(r[1:]))
    sh = [("统计", ["月份", "有害程序", "网络攻击", "网站篡改/暗链", "设备故障", "合计"], rows, ["18/incident-stats"]),
          ("分析", ["分析"], [["病毒事件集中在开学初（教师U盘交叉使用），攻击事件多为对学校网站的扫描；建议开学前统一查杀并加强网站防护。"]] if analysis else [],
           ["18/incident-analysis"])]
    return sheetbook("sec_stats", "教育系统网络安全事件统计（%s）" % term(d), d, True, sh)


def bulletin(co, d, n, full, forwarded):
    if forwarded:
        b = [("title", "转发：关于%s存在高危漏洞的预警通报" % co.rng.choice(["某内容管理系统", "某视频会议软件", "某路由器固件"])),
             ("p", "各中小学、幼儿园信息管理员："), ("p", "现将市教育局网络安全预警通报（第%d期）转发给你们，请立即自查：" % n),
             ("p", "漏洞编号CVE-%d-%05d，攻击者可远程执行代码，影响学校门户网站常用的某CMS 5.x版本，请于3日内升级并反馈。" % (d.year, co.rng.randint(10000, 60000))),
             ("p", "%s    %s" % (co.ai_dept[1], dt(co, d)))]
        return Doc("bulletin", "转发预警通报", d, ["52/vulnerability", "53/bulletin"], True, b)
    head = [("p", "第%d期    %s    %s编" % (n, dt(co, d), co.ai_dept[1]))]
    return compose("bulletin", "%s教育系统网络安全预警通报" % co.ai_ju.replace("教育局", ""), d, True, head, [
        (True, ["52/vulnerability", "53/bulletin"], [("h1", "§漏洞通报"), ("p", "OpenSSH、某浏览器内核和某办公软件本月披露高危漏洞，涉及各校服务器和教师终端。"),
                                                     ("h1", "§厂商安全通告"), ("p", "深信服、奇安信发布防火墙和终端安全软件补丁，已由运维公司统一升级。")]),
        (full, ["52/virus", "52/policy", "52/analysis"], [("h1", "§病毒通报"), ("p", "近期出现通过“成绩单.xls.exe”邮件附件传播的勒索病毒，请教师勿打开来历不明的附件。"),
                                                          ("h1", "§政策法规和行业动态"), ("p", "转发《教育系统网络数据安全管理办法》有关要求，以及市网信办关于学校网站备案清理的通知。"),
                                                          ("h1", "§分析与处置建议"), ("p", "经扫描，全区有%d台服务器受OpenSSH漏洞影响，已列入整改；病毒样本已提交防病毒厂商。" % co.rng.randint(5, 30))]),
    ])


def pentest_plan(co, d):
    b = [("title", "%d年学校网站及平台渗透测试工作计划" % d.year), ("p", "%s    %s" % (co.ai_dept[1], dt(co, d))),
         ("table", [["时间", "对象", "方式", "实施"], ["3月（开学后）", "各校门户网站（抽查20所）", "黑盒", co.ai_vs],
                    ["5月", co.sys(0), "灰盒", co.ai_vs], ["10月", co.sys(2), "灰盒", co.p(1)], ["12月", "%s各校区网站" % co.customer, "黑盒", co.ai_vs]]),
         ("p", "每次测试前由被测单位签署授权书，考试和招生期间不安排测试，测试后两周内出报告。")]
    return Doc("pt_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pentest_report(co, d):
    b = [("title", "%s渗透测试报告" % co.sys(0)), ("p", "测试时间：%s    测试人员：%s（%s）    授权：%s签字授权书" % (dt(co, d), co.vp(1), co.vendor, co.p(3))),
         ("h1", "一、测试范围"), ("p", "%s互联网访问入口、教师登录和家长端接口。" % co.sys(0)),
         ("h1", "二、发现问题"),
         ("table", [["编号", "问题", "风险", "整改情况"], ["1", "家长端接口越权查询学生信息", "高", "已修复"], ["2", "登录无验证码可暴力破解", "中", "已修复"],
                    ["3", "错误页面泄露中间件版本", "低", "已修复"]]),
         ("h1", "三、复测结论"), ("p", "复测确认上述问题已全部整改。")]
    return Doc("pt", "渗透测试报告", d, ["31/pentest-records", "32/pentest-records"], True, b)


def dev_plan(co, d):
    b = [("title", "%d年运维小工具自主开发计划" % d.year), ("p", "%s    %s" % (co.ai_dept[2], dt(co, d))),
         ("p", "结合学校需求和中心现有人员的能力，计划自主开发（或委托运维公司定制）以下小工具："),
         ("table", [["工具", "用途", "完成时间", "负责人"], ["巡检表自动汇总小程序", "各校腾讯文档巡检表自动汇总", "%d年4月" % d.year, co.p(2)],
                    ["学校网站暗链监测脚本", "每日扫描学校网站首页", "%d年6月" % d.year, co.p(1)], ["弱口令核查工具", "批量核查学校服务器弱口令", "%d年10月" % d.year, co.vp(1)]])]
    return Doc("dev_plan", "开发计划", d, ["33/dev-plan"], False, b)


def grading_report(co, d):
    b = [("title", "%s安全等级保护定级报告" % co.sys(0)), ("p", "定级单位：%s    %s" % (co.ai_ju, dt(co, d))),
         ("h1", "一、系统描述"), ("p", "%s承载全区师生账号、学籍和教学资源，用户约%d万人。" % (co.sys(0), co.rng.randint(5, 20))),
         ("h1", "二、定级结果"), ("p", "业务信息安全保护等级为第三级，系统服务安全保护等级为第二级，安全保护等级确定为第三级。"),
         ("p", "已于%d年向公安机关备案，备案编号%s-%05d。" % (d.year, co.short, co.rng.randint(0, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def dengbao_rectify(co, d):
    rows = [[i + 1, p, "中", co.ai_dept[1], "已整改" if i % 2 == 0 else "整改中"] for i, p in enumerate(
        ["未启用双因素认证", "数据库审计未部署", "日志留存不足6个月", "未定期开展应急演练"])]
    return sheetbook("dengbao_rectify", "%s等保测评问题整改台账" % co.sys(0), d, True,
                     [("台账", ["序号", "测评问题", "风险", "责任科室", "状态"], rows, [])])


def hazard_book(co, d, checked):
    rows = []
    for i, (h, m) in enumerate([("学校网站使用的CMS版本过旧", "统一升级并关闭后台外网访问"), ("部分学校防火墙使用默认管理口令", "强制修改并启用登录失败锁定"),
                                ("数据中心UPS电池使用超过5年", "申请更换电池"), ("教师终端大量使用U盘", "开学前统一查杀，禁用自动运行")], 1):
        rows.append([i, (d - timedelta(days=20 * i)).isoformat(), h, m, co.p(i % 3), "已完成",
                     ("复查有效，已销号（%s）" % co.p(1)) if checked else ""])
    return sheetbook("hazard_book", "网络安全隐患排查整改台账（%s）" % term(d), d, True,
                     [("台账", ["序号", "发现日期", "隐患描述", "预防措施", "责任人", "整改状态", "复查验证"], rows,
                       ["66/effectiveness"] if checked else [])])


# ------------------------------------------------------------------ emergency

def emergency_plan(co, d, strategy, recovery):
    head, n = ju_head(co, d, "关于印发《%s网络安全事件应急预案》的通知" % co.ai_ju.replace("教育局", "教育系统"))
    b = head + [("p", "现将《%s网络安全事件应急预案》印发给你们，请各单位结合实际制定本校的应急处置方案。" % co.ai_ju.replace("教育局", "教育系统"))] + ju_sign(co, d)
    b += [("break",), ("p", "附件"), ("h1", "%s网络安全事件应急预案" % co.ai_ju.replace("教育局", "教育系统")),
          ("h2", "1 总则"), ("p", "为建立健全教育系统网络安全事件应急工作机制，提高应对能力，保障教育教学正常秩序，制定本预案。"),
          ("h2", "2 组织机构"), ("p", "区教育系统网络安全和信息化工作领导小组统一领导应急工作，领导小组办公室（设在%s）负责组织协调，学校成立应急工作小组。" % co.name),
          ("h2", "3 事件分级"), ("p", "分为特别重大、重大、较大、一般四级；学校网站被篡改、平台大面积无法访问属较大事件。"),
          ("h2", "4 应急响应"), ("p", "报告—研判—启动响应—处置—恢复—总结；较大事件30分钟内响应，中心和运维公司人员1小时内到场。")]
    items = ["36/emergency-plan", "53/emergency-plan"]
    k = 5
    if strategy:
        b += [("h2", "%d 恢复策略" % k), ("p", "%s恢复时间目标4小时、数据丢失不超过24小时；优先恢复账号认证和学籍服务，其次恢复资源和应用；学校网站从备份恢复，经检查后上线。" % co.sys(0))]
        items.append("55/plan")
        k += 1
    if recovery:
        b += [("h2", "%d 系统恢复计划" % k), ("p", "按“网络—数据库—平台应用—学校网站”的顺序恢复，每个系统的恢复步骤、负责人和验证方法见附表。"),
              ("table", [["系统", "恢复步骤", "负责人"], ["教育城域网", "切换备用出口，恢复核心配置", co.vp(0)], [co.sys(0), "从备份恢复数据库，启动应用，验证登录", co.p(2)]])]
        items.append("36/recovery-plan")
        k += 1
    b += [("h2", "%d 保障措施" % k), ("p", "中心建立应急值班制度，考试、招生等重要时期实行24小时值班。")]
    return Doc("emergency_plan", "应急预案", d, sorted(set(items)), False, b)


def recovery_plan(co, d):
    b = [("title", "%s数据备份与灾难恢复方案" % co.sys(0)), ("p", "%s    %s" % (co.ai_dept[2], dt(co, d))),
         ("h1", "一、恢复目标"), ("p", "恢复时间目标（RTO）4小时，恢复点目标（RPO）24小时；学籍数据RPO 1小时。"),
         ("h1", "二、备份策略"), ("p", "数据库每日全量备份、每小时日志备份，备份同步到市教育城域网异地机房。"),
         ("h1", "三、恢复步骤"), ("p", "确认灾难—启用备用服务器—恢复数据库—启动应用—抽查学校登录和学籍查询—通知学校恢复使用。")]
    return Doc("recovery", "灾难恢复方案", d, ["36/recovery-plan"], False, b)


def bcp(co, d):
    b = [("title", "%s教育信息化业务连续性保障方案" % co.ai_ju.replace("教育局", ""))] + [("p", "（经局网络安全和信息化领导小组审定，%s印发）" % cn(d)),
         ("h1", "一、关键业务识别"), ("p", "关键业务为：线上教学和直播课、%s登录、学籍和招生报名、期末考试网上阅卷；最长可容忍中断分别为30分钟、2小时、4小时、不允许中断。" % co.sys(0)),
         ("h1", "二、保障机制"), ("p", "应急响应按区教育系统网络安全事件应急预案执行，灾难恢复按平台数据备份与灾难恢复方案执行；城域网出口双运营商互备。"),
         ("h1", "三、演练和维护"), ("p", "每学年至少组织一次应急演练和一次数据恢复演练，方案每学年评审修订。")]
    return Doc("bcp", "业务连续性方案", d, ["42/bcp"], False, b)


def drill(co, d, kind):
    if kind == "desk":
        rows = [["演练名称", "学校网站被篡改应急处置桌面推演"], ["时间", dt(co, d)], ["地点", "%s会议室" % co.name], ["形式", "桌面推演"],
                ["参加人员", "%s、%s、%s，驻场工程师%s，%s信息管理员%s" % (co.boss, co.p(1), co.p(0), co.vp(0), co.ai_schools[0], co.cp(3))],
                ["演练过程", "8:30导调组通报某校首页被篡改→信息管理员报告→8:40中心研判为较大事件，启动预案→断网取证→恢复备份页面→10:10解除应急"],
                ["演练评估", "报告流程基本顺畅；学校不清楚日志保存要求，需补充培训"], ["记录人", co.p(4)]]
        return Doc("drill", "桌面推演记录", d, ["40/emergency-drill", "53/drill"], True, [("title", "网络安全应急演练记录"), ("table", rows)])
    rows = [["演练名称", "%s数据恢复演练" % co.sys(0)], ["时间", dt(co, d)], ["形式", "实操（寒暑假停机窗口）"],
            ["参加人员", "%s、%s、驻场工程师%s" % (co.p(2), co.p(3), co.vp(0))],
            ["演练过程", "22:00停止服务→从前一日全量备份和日志恢复数据库到备用服务器→23:40应用启动→抽查账号登录和学籍查询正常→0:30切回"],
            ["恢复用时", "2小时40分钟，达到4小时目标"], ["存在问题", "恢复脚本缺少新增的资源库表"], ["记录人", co.p(2)]]
    return Doc("rdrill", "数据恢复演练记录", d, ["40/recovery-drill"], True, [("title", "数据备份恢复演练记录"), ("table", rows)])


def exam_plan(co, d):
    b = [("title", "%d年中考网上阅卷网络保障工作方案" % d.year), ("p", dt(co, d)),
         ("h1", "一、保障时间"), ("p", "阅卷期间（6月下旬）每日7:00—22:00。"),
         ("h1", "二、保障措施"), ("p", "阅卷点双链路接入，运维公司派2人驻点，中心领导带班；阅卷前一天完成全部终端检查。"),
         ("h1", "三、人员安排"), ("p", "带班领导：%s；技术保障：%s、%s。" % (co.boss, co.p(0), co.vp(0)))]
    return Doc("exam_plan", "中考保障方案", d, [], False, b)


# ------------------------------------------------------------------ 服务热线, 工单, 变更, 知识库

def desk_notice(co, d):
    head, n = zx_head(co, d, "关于开通教育信息化服务热线的通知")
    b = head + [("p", "为方便学校报修和咨询，中心在%s设立教育信息化服务热线（运维服务台），统一受理故障报修、服务申请和咨询。" % co.ai_dept[2]),
                ("p", "服务电话：%s%03d；平台报修入口：%s“运维报修”；服务时间：教学日7:00—21:30，其他时间转驻场工程师手机。" % (co.ai_hot, co.rng.randint(100, 999), co.ai_plat)),
                ("p", "热线坐席：%s、%s；受理后登记工单、派单、跟踪并回访。" % (co.p(4), co.p(5)))] + zx_sign(co, d)
    return Doc("desk", "服务热线通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    b = [("p", stamp(co, d)), ("title", "培训签到表"),
         ("table", [["培训内容", "服务热线坐席业务培训：报修受理、故障分级、%s工单派单和回访" % co.ai_plat], ["时间", cn(d)], ["主讲", co.p(0)],
                    ["序号", "姓名", "单位", "签名"], ["1", co.p(4), co.ai_dept[2], co.p(4)], ["2", co.p(5), co.ai_dept[0], co.p(5)],
                    ["3", co.vp(2), co.vendor, co.vp(2)]]),
         ("p", "考核：上机模拟受理10个工单，全部合格。")]
    return Doc("desk_training", "热线培训签到", d, ["48/training"], True, b)


def tickets(co, d, resp):
    head = ["工单编号", "报修学校", "报修人", "类别", "问题描述", "报修时间"] + (["响应时长（分钟）"] if resp else []) + ["处理人", "处理结果", "状态"]
    rows = []
    for i in range(12):
        x = d - timedelta(days=3 * i)
        r = ["BX%s%03d" % (ymd(x), co.rng.randint(1, 300)), co.rng.choice(co.ai_schools + co.ai_campus), co.cp(3),
             co.rng.choice(["网络故障", "账号问题", "班班通", "服务申请", "病毒告警"]),
             co.rng.choice(["办公室无法上网", "教师平台账号锁定", "申请新增无线SSID", "电脑弹出病毒提示", "录播教室断网"]),
             "%s %02d:%02d" % (x.isoformat(), co.rng.randint(7, 17), co.rng.randint(0, 59))]
        if resp:
            r.append(co.rng.randint(3, 40))
        r += [co.rng.choice([co.vp(0), co.vp(1), co.p(4)]), "已解决", "已关闭"]
        rows.append(r)
    its = ["43/process-records"] + (["55/response-times"] if resp else [])
    return sheetbook("tickets", "运维报修工单导出", d, True, [("工单", head, rows, its)], top=False)


def change_export(co, d, done=True):
    head = ["审批编号", "标题", "审批状态", "审批结果", "发起时间", "完成时间", "发起人姓名", "发起人部门", "变更内容", "影响范围", "回退方案", "实施结果", "历史审批人"]
    rows = []
    for i in range(7):
        x = d - timedelta(days=11 * i)
        what = co.rng.choice(["出口防火墙策略调整", "核心交换机OSPF参数调整", "平台版本升级", "学校新增VLAN", "DNS记录变更"])
        if done:
            rows.append(["%s%06d" % (ymd(x), co.rng.randint(0, 999999)), "网络变更申请-" + what, "已完成", "同意",
                         "%s 16:%02d" % (x.isoformat(), i), "%s 09:%02d" % ((x + timedelta(days=1)).isoformat(), i), co.vp(0), co.vendor,
                         what, co.rng.choice(["全区", "单所学校", "中心机房"]), "恢复变更前配置备份", "已实施，验证正常", "%s,%s" % (co.p(0), co.boss)])
        else:
            rows.append(["%s%06d" % (ymd(x), co.rng.randint(0, 999999)), "网络变更申请-" + what, "审批中", "",
                         "%s 16:%02d" % (x.isoformat(), i), "", co.vp(0), co.vendor, what, "单所学校", "恢复配置", "", co.p(0)])
    its = ["54/records", "43/process-records"] if done else []
    return sheetbook("changes", "钉钉审批导出", d, True, [("审批记录", head, rows, its)], top=False)


def kb_export(co, d):
    rows = [["KB%03d" % i, t, c, co.rng.choice([co.vp(0), co.p(2), co.p(4)]), "已发布", (d - timedelta(days=9 * i)).isoformat()]
            for i, (t, c) in enumerate([("班班通一体机无法投屏的处理", "终端"), ("教师平台账号被锁定如何解锁", "平台"), ("学校上网行为管理特征库手动升级", "安全设备"),
                                        ("录播教室直播卡顿排查步骤", "网络"), ("校园网站后台弱口令整改方法", "安全"), ("无线AP批量离线的排查", "网络")], 1)]
    return sheetbook("kb", "钉钉知识库-运维常见问题导出", d, True, [("知识条目", ["编号", "标题", "分类", "提交人", "状态", "更新时间"], rows, ["21/knowledge-base"])], top=False)


# ------------------------------------------------------------------ 资产, 配置

def asset_book(co, d):
    rows = []
    devs = [("HX", "核心交换机", "华为S12708", "城域网核心交换", "数据中心机房A01", "上联出口防火墙GE1/0/1", "高"),
            ("FW", "出口防火墙", "深信服AF-2000", "互联网出口访问控制", "数据中心机房A02", "GE0/1-运营商", "高"),
            ("XW", "上网行为管理", "深信服AC-1000", "上网行为审计", "数据中心机房A02", "旁路", "中"),
            ("HJ", "汇聚交换机", "H3C S7503E", "片区汇聚", "%s网络机房" % co.ai_schools[1], "上联核心10GE", "中"),
            ("FW", "学校出口防火墙", "奇安信NSG3000", "学校边界防护", "%s网络机房" % co.ai_schools[0], "上联汇聚", "中"),
            ("FWQ", "平台应用服务器", "浪潮NF5280M6", co.sys(0), "数据中心机房B03", "Bond0-核心", "高")]
    for i, (a, n, m, f, loc, port, lv) in enumerate(devs, 1):
        rows.append(["%s-%s-%03d" % (co.short, a, i), n, "网络安全设备" if "墙" in n or "行为" in n else ("服务器" if a == "FWQ" else "网络设备"), m, f, loc, port,
                     "在用", lv, "双电源、配置每周备份" if lv == "高" else "配置每月备份", "V%d.%d.%d" % (co.rng.randint(5, 9), co.rng.randint(0, 9), co.rng.randint(0, 20))])
    return sheetbook("assets", "教育城域网设备资产台账", d, True,
                     [("资产台账", ["资产编号", "名称", "种类", "型号", "功能", "物理位置", "端口对应", "部署状态", "重要程度", "保护措施", "软件版本"], rows,
                       ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    head = ["配置项编号", "配置项", "类型", "版本", "负责人", "保密级别", "访问控制", "完整性校验", "备份"] + (["依赖于", "被依赖"] if rel else [])
    rows = []
    cis = [("出口防火墙策略", "安全配置"), ("核心交换机配置", "网络配置"), ("上网行为管理策略", "安全配置"), ("%s应用配置" % co.sys(0), "应用配置"),
           ("平台数据库参数", "数据库配置"), ("DNS及域名解析", "网络配置")]
    for i, (n, t) in enumerate(cis, 1):
        r = ["PZ-%03d" % i, n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i % 4), ["内部", "内部", "内部", "敏感", "敏感", "内部"][i - 1],
             "仅配置管理员可修改", "修改后MD5比对", "每周备份至NAS"]
        if rel:
            r += ["PZ-%03d" % (i % 6 + 1), "PZ-%03d" % ((i + 1) % 6 + 1)]
        rows.append(r)
    return sheetbook("cmdb", "配置信息库（%s）" % term(d), d, True, [("配置项", head, rows, ["27/cmdb"] + (["38/cmdb-relations"] if rel else []))])


def ci_log(co, d):
    rows = [[(d - timedelta(days=17 * i)).isoformat(), "PZ-%03d" % (i % 6 + 1), w, "钉钉审批" + "2026%04d" % co.rng.randint(1000, 9999), co.vp(0), co.p(5)]
            for i, w in enumerate(["新增学校VLAN", "防火墙策略更新", "平台版本升级", "DNS记录新增", "AC特征库更新", "数据库参数调整"])]
    return sheetbook("ci_log", "配置信息更新登记表", d, True, [("登记", ["日期", "配置项", "更新内容", "依据", "更新人", "复核人"], rows, ["43/ci-updates"])])


# ------------------------------------------------------------------ 项目: 手册, 作业指导书, 改造

def construction(co, d):
    b = [("title", "校园网络建设项目施工管理手册"), ("p", "%s    %s" % (co.ai_dept[2], dt(co, d))),
         ("h1", "第一章 项目组织"), ("p", "中心项目负责人、学校信息管理员、施工单位项目经理、监理。"),
         ("h1", "第二章 施工准备"), ("p", "现场勘查教学楼弱电间，施工时间避开上课和考试，提前一周书面告知学校。"),
         ("h1", "第三章 施工流程"), ("p", "材料进场验收—布线—设备上架—配置—联调测试—割接—试运行—竣工验收。"),
         ("h1", "第四章 安全要求"), ("p", "校园内施工人员佩戴工作证，不得进入教室，施工区域设围挡，每日清场。")]
    return Doc("construction", "施工管理手册", d, ["11/manuals"], False, b)


WI = {
    "fw": ("出口防火墙日常维护作业指导书", ["登录防火墙管理界面，检查双机状态、CPU和会话数", "导出配置与上周备份比对", "检查特征库日期，过期的手动升级"]),
    "ac": ("上网行为管理维护作业指导书", ["检查在线用户数和策略命中", "核对学生时段上网策略是否生效", "导出审计日志"]),
    "xj": ("学校网络巡检作业指导书", ["按巡检表逐项检查机柜、交换机、AP和安全设备", "在腾讯文档巡检表中填写结果", "异常情况在平台报修"]),
    "bf": ("平台数据备份检查作业指导书", ["检查前一日备份任务结果", "每月抽一份备份做恢复验证", "填写备份检查记录"]),
    "ld": ("漏洞扫描作业指导书", ["确认扫描授权和时间窗口（避开上课）", "执行扫描并导出报告", "高危漏洞通知学校整改并复扫"]),
}


def work_instruction(co, d, key, n):
    name, steps = WI[key]
    b = [("title", name), ("table", [["编号", "%s-ZY-%02d" % (co.short, n), "版本", "V1.%d" % co.rng.randint(0, 3)], ["编写", co.p(2), "审核", co.p(0)],
                                      ["批准", co.boss, "日期", dt(co, d)]]),
         ("h1", "一、适用范围"), ("p", "适用于中心和驻场工程师的%s工作。" % name.replace("作业指导书", "")),
         ("h1", "二、作业步骤")] + [("p", "%d. %s；" % (i, s)) for i, s in enumerate(steps, 1)] + [
         ("h1", "三、注意事项"), ("p", "涉及配置修改的，先在钉钉提交网络变更申请；上课时间不做影响网络的操作。")]
    return Doc("wi", name, d, ["24/work-instructions", "11/manuals"], False, b)


def req_confirm(co, d):
    b = [("title", "%s智慧教室建设需求确认单" % co.customer), ("p", "确认日期：%s" % dt(co, d)),
         ("table", [["类别", "需求", "确认"], ["功能", "常态化录播、互动直播、AI课堂分析", "已确认"], ["性能", "直播延迟≤2秒，同时直播教室不少于10间", "已确认"],
                    ["安全", "录播平台部署在教育专网，学生影像不出校，满足等保二级", "已确认"]]),
         ("p", "学校签字：%s    中心签字：%s" % (co.cp(1), co.p(0)))]
    return Doc("req", "需求确认单", d, ["11/requirements"], True, b)


def upgrade_plan(co, d, parts):
    head = [("p", "%s    编写：%s    审核：%s" % (dt(co, d), co.p(0), co.boss)), ("h1", "§改造内容"),
            ("p", "城域网核心交换机由单台改为双台堆叠，出口防火墙升级到新版本，利用暑假停课期间实施。")]
    return compose("upgrade", "教育城域网核心设备升级改造方案", d, False, head, [
        ("test" in parts, ["25/test-plan"], [("h1", "§测试计划"), ("p", "7月第2周在中心实验环境搭建测试网，测试路由收敛、组播直播、平台访问和安全策略；第3周模拟5所学校接入压测。")]),
        ("rb" in parts, ["25/rollback", "11/rollback"], [("h1", "§回退措施"), ("p", "割接前备份全部配置，保留原核心设备不下电；割接后30分钟内有学校不通即回切原设备，回退步骤已在测试网演练。")]),
        (True, [], [("h1", "§时间安排"), ("p", "7月20日—8月10日实施，8月25日开学前完成全部验证。")]),
    ])


def compat(co, d):
    b = [("title", "城域网升级兼容性测试报告"), ("p", "测试时间：%s    测试人：%s、%s" % (dt(co, d), co.p(2), co.vp(0))),
         ("table", [["测试项", "内容", "结果"], ["网络兼容", "新核心与各校汇聚、学校防火墙的路由和VLAN对接", "通过"],
                    ["系统兼容", "新版防火墙与上网行为管理、认证系统联动", "通过"], ["应用兼容", "%s、直播课、班班通访问" % co.sys(0), "通过"]]),
         ("p", "结论：可以割接。")]
    return Doc("compat", "兼容性测试报告", d, ["11/compatibility"], True, b)


def baseline(co, d):
    rows = [["口令", "复杂度", "≥8位，包含三类字符，90天更换", "全部设备和服务器"], ["口令", "默认口令", "上线前必须修改", "学校防火墙、AP"],
            ["服务", "高危端口", "关闭Telnet、FTP、3389对外", "服务器"], ["日志", "日志外发", "发送至日志审计平台", "安全设备"], ["网站", "后台", "不对互联网开放", "学校网站"]]
    return sheetbook("baseline", "网络设备及服务器安全配置基线", d, False, [("基线", ["类别", "检查项", "要求", "适用范围"], rows, ["25/baseline"])])


# ------------------------------------------------------------------ 可用性

def avail_plan(co, d):
    b = [("title", "教育城域网及平台可用性保障计划（%s）" % school_year(d)), ("p", "%s    %s" % (co.ai_dept[2], dt(co, d))),
         ("h1", "一、目标"), ("p", "教学日城域网可用率≥99.5%%，%s可用率≥99.9%%。" % co.sys(0)),
         ("h1", "二、措施"), ("p", "双出口、核心堆叠、关键服务器集群；开学、考试前专项巡检；监控平台7×24告警。"),
         ("h1", "三、可用性事件的监控和报告"), ("p", "所有中断在可用性事件登记表中登记，运维公司月报报告可用率，每学期分析未达标原因并提出改进。")]
    return Doc("avail_plan", "可用性保障计划", d, ["18/availability-plan", "22/plan"], False, b)


def avail_events(co, d):
    rows = [[(d - timedelta(days=23 * i)).isoformat(), co.rng.choice(["教育城域网", co.sys(0), co.sys(2)]), co.rng.choice(co.ai_schools + ["全区"]),
             "%d分钟" % co.rng.randint(5, 90), co.rng.choice(["光缆被挖断", "汇聚交换机光模块故障", "数据库连接池满", "运营商出口抖动"]), "已恢复"] for i in range(6)]
    return sheetbook("avail_events", "网络及平台中断事件登记表", d, True,
                     [("登记", ["日期", "系统", "影响范围", "中断时长", "原因", "处理"], rows, ["18/availability-events", "22/events", "43/process-records"])])


def avail_report(co, d):
    b = [("title", "%s城域网及平台可用性报告" % term(d)), ("p", dt(co, d)),
         ("table", [["系统", "目标", "实际", "中断次数", "达标"], ["教育城域网", "99.5%", "99.71%", 3, "是"], [co.sys(0), "99.9%", "99.83%", 2, "否"]]),
         ("p", "%s未达标，主要是4月平台升级超时，已要求运维公司改进升级方案。" % co.sys(0))]
    return Doc("avail_report", "可用性报告", d, ["18/availability-report", "22/report"], True, b)


# ------------------------------------------------------------------ 质量: 内审, 评审, 满意度, 改进

def internal_audit(co, d):
    b = [("title", "%s运维服务管理内部审核报告" % review_year(d)), ("p", "审核日期：%s    审核组长：%s    审核员：%s" % (dt(co, d), co.p(5), co.p(3))),
         ("h1", "一、审核目的和依据"), ("p", "检查中心运维服务管理是否符合标准要求、满足学校和教育集团的服务要求、各项制度是否有效实施和保持。"),
         ("h1", "二、审核范围"), ("p", "中心各科室及驻场运维工作，按审核计划和检查表逐项检查。"),
         ("h1", "三、审核发现"), ("p", "不符合项2项：部分学校巡检表缺少签字；2次变更无回退方案记录。观察项1项。"),
         ("h1", "四、审核结论"), ("p", "运维服务管理基本有效，不符合项已要求责任科室一个月内整改。")]
    return Doc("ia", "内审报告", d, ["59/internal-audit"], True, b)


def mgmt_review(co, d, inputs):
    items = ["59/management-review"] if "perf" in inputs else []
    text = {"perf": ("60/performance", "服务和流程执行情况：本学年服务级别达成率96.8%，各项制度基本执行到位，内审发现2项不符合已整改。"),
            "fb": ("60/customer-feedback", "学校反馈：两次满意度调查分别为91.2%和93.5%，收到有效投诉1次（晚自习断网无人处理），已整改。"),
            "res": ("60/resources", "资源情况：中心在编运维人员4人、驻场2人；下学年新增2所学校和1个校区，需增加驻场1人。"),
            "ca": ("60/corrective-actions", "纠正措施进展：上次评审提出的3项措施完成2项，出口扩容因预算未批仍在推进。"),
            "chg": ("60/changes", "可能影响服务的变化：新校区投用、智慧教育云平台迁移到市级平台、等保2.0测评要求。"),
            "imp": ("60/improvements", "改进机会：晚间服务能力、巡检汇总自动化、学校信息管理员培训。")}
    b = [("title", "%s运维服务管理评审会议纪要" % review_year(d)), ("p", "时间：%s    主持：%s    参加：中心班子、各科室负责人、%s项目经理" % (dt(co, d), co.boss, co.ai_vs)),
         ("h1", "一、评审输入")]
    for k in inputs:
        it, s = text[k]
        items.append(it)
        b.append(("p", s))
    b += [("h1", "二、评审结论"), ("p", "中心运维服务管理总体适宜、有效。"), ("h1", "三、会议决定"), ("p", "申请增加驻场人员预算；启动巡检汇总自动化；下学期组织信息管理员轮训。")]
    return Doc("mr", "管理评审纪要", d, sorted(set(items)), True, b)


def ops_data(co, d):
    rows = [[n] + ["%d%%" % co.rng.randint(86, 99) for _ in range(3)] + ["≥90%"] for n in
            ["异常报告及时率", "异常漏报率", "维护作业计划及时完成率", "故障隐患发现率", "异常主动发现率", "问题解决率", "漏洞扫描覆盖率", "加固设备覆盖率", "安全补丁安装及时率"]]
    rows.append(["安全事件次数", co.rng.randint(2, 9), co.rng.randint(2, 9), co.rng.randint(2, 9), "—"])
    return sheetbook("ops_data", "运维数据统计表（%s）" % term(d), d, True, [("统计", ["指标", "第一月", "第二月", "第三月", "目标"], rows, ["56/data"])])


def sat_report(co, d):
    t = "%s学校信息化运维服务满意度调查分析报告" % term(d)
    b = [("title", t), ("p", "调查时间：%s    方式：问卷星在线问卷，面向各校信息管理员和%s各校区，回收%d份" % (dt(co, d), co.customer, co.rng.randint(55, 90))),
         ("h1", "一、调查结果"),
         ("table", [["项目", "满意率"], ["报修响应速度", "%d%%" % co.rng.randint(85, 97)], ["问题解决质量", "%d%%" % co.rng.randint(85, 97)],
                    ["驻场工程师服务态度", "%d%%" % co.rng.randint(90, 99)], ["总体满意度", "%d%%" % co.rng.randint(88, 96)]]),
         ("h1", "二、满意度分析"), ("p", "服务态度满意率最高；报修响应速度较上学期下降，主要是晚自习时段和周末远程处理慢，农村学校反映到校时间长。"),
         ("h1", "三、改进措施"), ("p", "晚自习时段增加值班；农村学校片区安排固定巡检日。")]
    return Doc("sat_report", "满意度调查分析报告", d, ["41/surveys", "58/survey", "63/survey"], True, b)


def sat_raw(co, d):
    head = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您所在的学校", "2、报修响应速度", "3、问题解决质量", "4、服务态度", "5、总体评价", "6、意见和建议"]
    opts = ["非常满意", "满意", "一般", "不满意"]
    rows = [[i + 1, "%s %02d:%02d:%02d" % ((d - timedelta(days=co.rng.randint(0, 6))).isoformat(), co.rng.randint(8, 21), co.rng.randint(0, 59), co.rng.randint(0, 59)),
             "%d秒" % co.rng.randint(40, 300), "微信", "N/A", "10.%d.%d.%d(教育网)" % (co.rng.randint(1, 60), co.rng.randint(0, 255), co.rng.randint(2, 250)),
             co.rng.choice(co.ai_schools + co.ai_campus), co.rng.choice(opts[:3]), co.rng.choice(opts[:3]), co.rng.choice(opts[:2]), co.rng.choice(opts[:3]),
             co.rng.choice(["(空)", "希望晚上也能及时处理", "(空)", "驻场老师很负责", "(空)"])] for i in range(14)]
    return sheetbook("sat_raw", "学校信息化运维服务满意度调查", d, True, [("Sheet1", head, rows, ["63/survey"])], top=False)


def parent_survey(co, d):
    head = ["序号", "提交答卷时间", "所用时间", "来源", "1、孩子所在学校", "2、您使用家校平台的频率", "3、平台是否好用", "4、建议"]
    rows = [[i + 1, "%s 20:%02d:11" % (d.isoformat(), i), "%d秒" % co.rng.randint(30, 200), "微信", co.rng.choice(co.ai_schools),
             co.rng.choice(["每天", "每周几次", "很少"]), co.rng.choice(["好用", "一般", "经常登录不上"]), "(空)"] for i in range(12)]
    return sheetbook("parent", "家长使用家校服务平台情况调查", d, True, [("Sheet1", head, rows, [])], top=False)


def sat_trend(co, d):
    b = [("title", "学校满意度变化情况分析"), ("p", dt(co, d)),
         ("table", [["学期", "总体满意度"], ["%d-%d学年第一学期" % (d.year - 2, d.year - 1), "87.6%"], ["%d-%d学年第二学期" % (d.year - 2, d.year - 1), "89.9%"],
                    ["%d-%d学年第一学期" % (d.year - 1, d.year), "91.2%"], ["%d-%d学年第二学期" % (d.year - 1, d.year), "93.5%"]]),
         ("p", "趋势：连续四个学期上升，驻场和热线调整后响应速度评价改善最明显；农村学校满意度仍低于城区学校约4个百分点。")]
    return Doc("sat_trend", "满意度趋势分析", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = [[(d - timedelta(days=12 * i)).isoformat(), co.rng.choice(co.ai_schools + [co.customer]), co.cp(i % 4), co.rng.choice(["电话", "到校"]),
             co.rng.choice(["满意", "希望周末也能到校", "满意，网速明显改善", "班班通维修慢"]), co.p(4)] for i in range(8)]
    return sheetbook("callbacks", "学校回访登记（%s）" % term(d), d, True, [("回访", ["日期", "学校", "对象", "方式", "意见", "回访人"], rows, ["63/follow-up-visits"])])


def improve_plan(co, d, criteria):
    head = [("p", "%s    %s" % (co.name, dt(co, d))), ("h1", "§改进项目"),
            ("table", [["改进项目", "来源", "目标", "负责", "完成时间"], ["晚自习时段服务能力", "满意度调查、投诉", "晚间报修30分钟内响应", co.p(0), "%d年11月" % d.year],
                       ["巡检表自动汇总", "运维过程", "汇总时间由3天缩短到半天", co.p(2), "%d年12月" % d.year]])]
    return compose("iplan", "%s运维服务持续改进计划" % school_year(d), d, True, head, [
        (True, ["64/plan", "68/plan"], []),
        (criteria, ["64/criteria"], [("h1", "§改进事项的评估标准"),
                                     ("p", "按对教育教学的影响（40分）、投入（30分）、风险（30分）打分，60分以上列入计划；每个改进事项都要经过登记、批准、实施、效果评估和在学期总结中报告。")]),
    ])


def improve_opps(co, d):
    b = [("title", "改进事项打分排序表"), ("p", dt(co, d)),
         ("table", [["改进事项", "影响", "投入", "风险", "得分", "优先级"], ["晚间服务能力", 36, 22, 25, 83, "1"], ["巡检汇总自动化", 30, 24, 24, 78, "2"],
                    ["信息管理员轮训", 28, 20, 22, 70, "3"], ["机房门禁改造", 15, 10, 20, 45, "暂缓"]]),
         ("p", "以上排序经%s中心主任办公会研究同意。主任：%s" % (cn(d), co.boss))]
    return Doc("iopps", "改进事项排序", d, ["67/analysis", "67/prioritisation"], True, b)


def improve_track(co, d, effect):
    rows = [["晚间服务能力", "晚间30分钟内响应", "增加晚间值班，热线转驻场手机", (d - timedelta(days=50)).isoformat(),
             "晚间平均响应18分钟，有效" if effect else "", "已在学期总结中报告"],
            ["巡检表自动汇总", "半天内完成汇总", "腾讯文档汇总小程序上线", (d - timedelta(days=15)).isoformat(), "实测2小时完成，有效" if effect else "", "已报告"]]
    its = ["68/implementation"] + (["68/effectiveness"] if effect else [])
    return sheetbook("itrack", "改进事项推进情况表", d, True, [("推进", ["改进事项", "目标", "实施情况", "完成日期", "效果评估", "报告"], rows, its)])


def improve_training(co, d):
    b = [("p", stamp(co, d)), ("title", "学习签到表"),
         ("table", [["主题", "“服务改进，从我做起”——运维服务持续改进意识专题学习"], ["时间", cn(d)], ["主讲", co.boss],
                    ["内容", "服务改进的意义、如何提出改进建议、本学年改进案例"], ["序号", "姓名", "科室/单位", "签名"]] +
          [[str(i + 1), co.p(i), co.ai_dept[i % 4], co.p(i)] for i in range(6)] + [["7", co.vp(0), co.vendor, co.vp(0)]])]
    return Doc("itrain", "改进意识学习签到", d, ["69/awareness-training"], True, b)


def defects(co, d):
    b = [("title", "%s运维问题复盘及改进" % term(d)), ("p", "%s    %s" % (co.ai_dept[2], dt(co, d))),
         ("h1", "一、重大故障"), ("p", "开学第一周%s因出口光缆被挖断中断6小时，无备用链路。" % co.ai_schools[2]),
         ("h1", "二、失败的变更"), ("p", "平台版本升级超时，回退后影响早读时段登录25分钟，原因是升级演练不充分。"),
         ("h1", "三、未达标的服务"), ("p", "%s可用率99.83%%，未达到99.9%%的承诺；学校满意度中响应速度项下降。" % co.sys(0)),
         ("h1", "四、改进计划"), ("p", "片区学校加装4G备用链路；平台升级必须先在测试环境演练并安排在周末；晚间值班纳入运维公司考核。")]
    return Doc("defects", "运维问题复盘", d, ["70/defect-analysis"], True, b)


def term_summary(co, d, data, forecast, fails):
    head = [("p", "%s    %s" % (co.name, dt(co, d))), ("h1", "§本学期主要工作"),
            ("p", "完成城域网核心升级、%s校区网络接入、网络安全宣传周、等保测评配合等工作。" % co.customer)]
    return compose("term_summary", "%s工作总结" % term(d), d, True, head, [
        (data, ["56/data"], [("h1", "§运维数据"),
                             ("table", [["指标", "本学期"], ["异常报告及时率", "97.6%"], ["异常漏报率", "0.6%"], ["维护作业计划及时完成率", "96%"],
                                        ["故障隐患发现率", "90%"], ["异常主动发现率", "84%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                        ["加固设备覆盖率", "93%"], ["安全补丁安装及时率", "91%"], ["安全事件次数", "%d" % co.rng.randint(8, 30)]])]),
        (fails, ["70/defect-analysis"], [("h1", "§存在的问题"),
                                         ("p", "本学期发生较大故障2次（光缆中断、平台升级超时回退），%s可用率未达到承诺，晚间报修响应慢被投诉1次。" % co.sys(0)),
                                         ("p", "改进计划：片区备用链路、升级前测试演练、晚间值班纳入考核。")]),
        (forecast, ["71/forecast"], [("h1", "§下学期运维需求预测"),
                                     ("p", "汇总本学期报修、变更、中断事件、服务申请和问题记录：报修量同比下降12%，服务申请（账号、直播教室）上升30%，变更集中在开学前两周。"
                                           "预计下学期新校区投用后报修量增加约20%，直播课带宽需求继续上升，建议提前扩容出口并增加热线坐席。")]),
        (True, [], [("h1", "§下学期工作打算"), ("p", "继续做好开学保障、考试保障和网络安全工作。")]),
    ])


# ------------------------------------------------------------------ none / decoys

def signin_plan(co, d, what):
    b = [("p", stamp(co, d)), ("title", "学习签到表"),
         ("table", [["学习内容", "《%s》学习" % what], ["时间", cn(d)], ["序号", "姓名", "单位", "签名"]] +
          [[str(i + 1), co.p(i), co.ai_dept[i % 4], co.p(i)] for i in range(5)])]
    return Doc("signin", "学习签到表", d, [], True, b, decoy="training record about a plan")


def week_plan(co, d):
    b = [("title", "%d年网络安全宣传周活动方案" % d.year), ("p", dt(co, d)),
         ("p", "一、活动主题：网络安全为人民，网络安全靠人民。"), ("p", "二、活动内容：“网络安全进校园”主题班会、校园网络安全知识竞赛、教师防诈骗讲座、手抄报评比。"),
         ("p", "三、工作要求：各校于9月下旬前将活动照片和总结报中心%s。" % co.ai_dept[1])]
    return Doc("week", "宣传周方案", d, [], False, b)


def week_summary(co, d):
    b = [("title", "%d年网络安全宣传周活动总结" % d.year), ("p", dt(co, d)),
         ("p", "全区%d所学校开展主题班会%d场，参与学生约%d万人次；知识竞赛收到答卷%d份；评选优秀手抄报%d幅。" % (
             co.rng.randint(50, 62), co.rng.randint(600, 1200), co.rng.randint(3, 9), co.rng.randint(5000, 20000), co.rng.randint(30, 80)))]
    return Doc("week", "宣传周总结", d, [], True, b)


def self_check(co, d):
    rows = [["网络安全责任制是否落实", "是"], ["是否明确网络安全联络员", "是"], ["网站是否备案", "是"], ["是否开展应急演练", "是"], ["是否有专人负责数据备份", "是"]]
    return sheetbook("selfcheck", "%d年教育系统网络安全检查自查表（上报市教育局）" % d.year, d, True, [("自查表", ["检查项", "自查结果"], rows, [])])


def key_points(co, d):
    b = [("title", "%s%d年教育信息化工作要点" % (co.ai_ju.replace("教育局", ""), d.year)), ("p", dt(co, d)),
         ("p", "一、推进智慧校园建设，新建智慧教室%d间。" % co.rng.randint(20, 80)), ("p", "二、完成%s迁移上云。" % co.sys(0)),
         ("p", "三、加强网络安全，开展等保测评和网站安全专项检查。"), ("p", "四、开展教师信息技术应用能力提升工程2.0培训。")]
    return Doc("keypoints", "工作要点", d, [], False, b)


def duty_roster(co, d):
    rows = [["%d月%d日" % (d.month, d.day + i), co.p(i % 6), co.vp(i % 2), "138%08d" % co.rng.randint(0, 10 ** 8 - 1)] for i in range(7)]
    return sheetbook("roster", "%s网络安全值班表" % ("寒假" if d.month in (1, 2) else "暑假" if d.month in (7, 8) else "国庆假期"), d, False,
                     [("值班", ["日期", "值班人", "驻场工程师", "电话"], rows, [])])


def contacts(co, d):
    rows = [[s, co.rng.choice(SURN) + co.rng.choice(GIV), "信息技术教师", "139%08d" % co.rng.randint(0, 10 ** 8 - 1)] for s in co.ai_schools]
    return sheetbook("contacts", "各校信息管理员通讯录", d, False, [("通讯录", ["学校", "信息管理员", "职务", "手机"], rows, [])])


SURN = "王李张刘陈杨黄赵吴周徐孙"
GIV = ["老师", "晓燕", "建华", "丽", "文斌", "春梅", "海涛"]


def budget_form(co, d):
    rows = [["教育城域网运维费", "专项", 1200000, "续建"], ["网络安全等级保护测评费", "专项", 260000, "新增"], ["智慧教育云平台运维费", "专项", 800000, "续建"]]
    return sheetbook("budget_form", "%d年部门预算项目申报表" % (d.year + 1), d, False, [("申报", ["项目名称", "类型", "申报金额（元）", "性质"], rows, [])])


def notice_cite(co, d, keys):
    head, n = zx_head(co, d, "关于开展信息化管理制度执行情况自查的通知")
    b = head + [("p", "为推动各项制度落地，请各科室对照以下制度开展自查，%d月底前报送自查报告：" % d.month)] + \
        [("p", "%d. 《%s》" % (i, ZD[k][0])) for i, k in enumerate(keys, 1)] + zx_sign(co, d)
    return Doc("notice_cite", "制度自查通知", d, [], False, b, decoy="notice citing procedures")


def zd_list(co, d, keys):
    rows = [[i + 1, ZD[k][0], co.rng.choice(["中心制度", "局发文件", "制度汇编"]), "有效"] for i, k in enumerate(keys)]
    return sheetbook("zd_list", "中心现行制度目录", d, False, [("目录", ["序号", "制度名称", "出处", "状态"], rows, [])])


def mr_notice(co, d):
    head, n = zx_head(co, d, "关于召开%s运维服务管理评审会议的通知" % school_year(d), to="各科室，%s：" % co.vendor)
    b = head + [("p", "定于%d月%d日召开管理评审会议，请各科室准备本学年服务指标、学校反馈、资源需求、整改进展和改进建议等材料。" % (d.month, min(d.day + 7, 28)))] + zx_sign(co, d)
    return Doc("mr_notice", "评审会议通知", d, [], False, b, decoy="meeting notice, not the review record")


def drill_scheme(co, d):
    b = [("title", "%d年网络安全应急演练工作方案" % d.year), ("p", dt(co, d)),
         ("h1", "一、演练目的"), ("p", "检验区教育系统网络安全事件应急预案的可操作性。"),
         ("h1", "二、演练场景"), ("p", "模拟学校门户网站被篡改。"), ("h1", "三、时间"), ("p", "拟于%d月中旬组织桌面推演。" % min(12, d.month + 1))]
    return Doc("drill_scheme", "演练工作方案", d, [], False, b, decoy="drill plan, neither the plan nor the record")


UNREL = [
    ("办公室", "关于做好教师节表彰工作的通知", "请各科室推荐优秀教育工作者候选人，9月1日前报局人事科。"),
    ("办公室", "关于进一步加强学校食堂食品安全管理的通知（转发）", "各学校严格落实校长陪餐制度，食材索证索票。"),
    ("办公室", "中心党支部主题党日活动记录", "学习贯彻全国教育大会精神，开展“我为师生办实事”讨论。"),
    ("工会", "中心工会春游活动报名表", "本次春游地点为郊野公园，请于周五前报名。"),
    ("办公室", "关于做好课后服务工作的通知（转发）", "各校课后服务时间不早于17:30结束，不得收取额外费用。"),
    ("办公室", "公务用车使用登记", "到学校巡检用车须提前一天登记，由办公室统一派车。"),
]


def unrelated(co, d, i):
    folder, t, p = UNREL[i]
    return folder, t, Doc("unrelated", t, d, [], False, [("title", t), ("p", p), ("p", dt(co, d))], decoy="unrelated")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------ more combined documents

def zx_minutes(co, d, n, decisions):
    """中心主任办公会议纪要: several 议定事项, each proves what it records."""
    t = "中心主任办公会议纪要"
    b = [("p", co.name), ("title", t), ("p", "第%d期" % n),
         ("p", "%s上午，%s主持召开中心主任办公会议，中心班子成员、各科室负责人参加，%s列席。会议议定事项纪要如下：" % (cn(d), co.boss, co.ai_vs + "项目经理"))]
    items = []
    for k, key in enumerate(decisions, 1):
        h = cnn(k)
        if key == "liaison":
            b += [("h1", "%s、关于网络安全工作联络员" % h),
                  ("p", "会议明确由%s担任中心网络安全工作联络员（安全管理接口人），负责与上级部门和%s的安全事件通报、安全检查对接，%s为备岗。"
                   % (co.p(1), co.customer, co.p(5)))]
            items.append("28/interface-person")
        elif key == "desk":
            b += [("h1", "%s、关于设立教育信息化服务热线" % h),
                  ("p", "会议同意在%s设立服务热线（运维服务台），统一受理全区学校和%s的报修、服务申请和咨询，热线%s%03d，由%s、%s轮值。"
                   % (co.ai_dept[2], co.customer, co.ai_hot, co.rng.randint(100, 999), co.p(4), co.p(5)))]
            items.append("48/service-desk")
        elif key == "improve":
            b += [("h1", "%s、关于本学年运维服务改进事项" % h),
                  ("p", "会议听取了%s对改进建议的打分汇报（按对教学的影响、投入、风险打分），同意按以下顺序实施：" % co.ai_dept[2]),
                  ("table", [["顺序", "改进事项", "得分", "负责"], ["1", "晚自习时段服务能力提升", "83", co.ai_dept[2]],
                             ["2", "巡检表自动汇总", "78", co.ai_dept[2]], ["3", "学校信息管理员轮训", "70", co.ai_dept[3]]])]
            items += ["67/analysis", "67/prioritisation"]
        elif key == "week":
            b += [("h1", "%s、关于网络安全宣传周活动" % h), ("p", "会议同意宣传周活动方案，由%s牵头组织。" % co.ai_dept[1])]
        elif key == "teacher":
            b += [("h1", "%s、关于教师节慰问" % h), ("p", "会议同意按标准慰问退休教职工。")]
        elif key == "exam":
            what = "中考网上阅卷" if 4 <= d.month <= 6 else "期中考试" if d.month in (9, 10, 11, 3) else "期末考试"
            b += [("h1", "%s、关于%s网络保障" % (h, what)), ("p", "会议要求运维公司%s期间加派人员，中心领导轮流带班。" % what)]
    b += [("p", "出席：%s、%s、%s、%s    记录：%s" % (co.boss, co.p(0), co.p(1), co.p(3), co.p(4))), ("p", "抄送：%s" % co.ai_ju)]
    return Doc("zx_minutes", t, d, sorted(set(items)), False, b)


def patrol_summary(co, d, av):
    """The 腾讯文档 巡检汇总 the 驻场工程师 fill for all schools in a month."""
    head = ["学校", "巡检日期", "出口防火墙", "上网行为管理", "核心/汇聚交换机", "无线"] + (["终端防病毒（病毒库/查杀）"] if av else []) + ["异常及处理", "巡检人"]
    rows = []
    for i, s in enumerate(co.ai_schools + co.ai_campus):
        x = d - timedelta(days=i)
        r = [s, x.isoformat(), "正常 CPU%d%%" % co.rng.randint(10, 60), "正常", "正常", co.rng.choice(["正常", "2个AP离线已恢复"])]
        if av:
            r.append(co.rng.choice(["已更新/已查杀", "已更新/发现1个已清除", "已更新/已查杀"]))
        r += [co.rng.choice(["无", "无", "机柜风扇异响，已报修"]), co.vp(i % 2)]
        rows.append(r)
    its = ["44/inspection", "45/monitoring", "14/maintenance"] + (["44/virus-scan", "45/antivirus"] if av else [])
    return sheetbook("patrol_sum", "【腾讯文档】%d年%d月各校网络安全设备巡检汇总" % (d.year, d.month), d, True, [("汇总", head, rows, its)])


def group_chat(co, d):
    lines = []
    for i in range(8):
        x = d - timedelta(days=i // 3)
        who = co.rng.choice([co.cp(3), co.vp(0), co.p(4)])
        lines.append("%s %s：%s" % (x.strftime("%Y-%m-%d") + " %02d:%02d" % (8 + i, co.rng.randint(0, 59)), who,
                                    co.rng.choice(["三楼办公室网络又断了", "收到，马上过去", "已处理，重启了交换机", "@所有人 今晚22点出口防火墙升级，届时断网10分钟",
                                                   "班班通连不上平台", "好的谢谢"])))
    b = [("title", "钉钉群聊天记录导出（%s运维服务群）" % co.ai_ju.replace("教育局", ""))] + [("p", s) for s in lines]
    return Doc("chat", "钉钉群聊天记录", d, [], True, b)


# ------------------------------------------------------------------ layout

def vendor_short(v):
    """鄂信通网络技术服务有限公司 -> 鄂信通: what everybody calls the 运维公司."""
    cut = len(v)
    for w in ("网络", "信息", "运维", "科技", "技术", "数字", "服务", "有限"):
        i = v.find(w, 2)
        if i > 0:
            cut = min(cut, i)
    return v[:cut]


RECS = {"svc", "health", "collect", "logaudit", "secstats", "pt", "rdrill", "drill", "trend", "callbacks", "desk_train", "kb",
        "avail_events", "avail_report", "ops_data", "ia", "mr", "capa", "hazard", "iopps", "itrack", "itrain", "defects", "cilog", "maint"}


def build(co, lock_bytes):
    """Lay out an AI share: 局发文件 by year, 中心制度, one folder per 科室, 对外服务/<教育集团>, 各校资料/<school>/<学期>,
    the 运维公司's folder, 质量管理, 满意度调查, 网络安全宣传周, 钉钉导出, 腾讯文档下载, personal folders, #recycle."""
    (co.ai_ju, co.ai_jwh, co.ai_zwh, co.ai_dept, co.ai_schools, co.ai_cs, co.ai_campus, co.ai_plat,
     co.ai_hot) = AI_INFO[getattr(co, "info_id", co.id)]
    co.ai_vs = vendor_short(co.vendor)
    co.ai_n = {}
    r = co.rng
    JU = "00 局发文件/"
    ZDD = "01 中心制度/"
    BG, AQ, JS, ZY = ["%02d %s/" % (i + 2, x) for i, x in enumerate(co.ai_dept)]
    KH = "06 对外服务/%s/" % co.customer
    XX = "07 各校资料/"
    YW = "08 运维公司（%s）/" % co.ai_vs
    ZL, MY, XC = "09 质量管理/", "10 满意度调查/", "11 网络安全宣传周/"
    DD, TX = "钉钉导出/", "腾讯文档下载/"
    ME = "个人文件夹/%s/" % co.p(r.randint(0, 5))

    optional = ["budget", "history", "svc", "kpis", "ola", "sld", "roster", "roles", "liaison", "construction", "req", "upgrade", "compat",
                "baseline", "assets", "cmdb", "cilog", "maint", "health", "collect", "logaudit", "secstats", "pt_plan", "pt", "dev",
                "grading", "recovery", "bcp", "rdrill", "drill", "trend", "callbacks", "desk_train", "desk", "kb", "avail_plan",
                "avail_events", "avail_report", "ops_data", "ia", "mr", "capa", "hazard", "iplan", "iopps", "itrack", "itrain",
                "defects", "tickets", "changes"]
    gaps = {k for k in optional if r.random() < 0.07}
    olds = set(r.sample(sorted(RECS - gaps), r.randint(3, 4)))
    co.gaps, co.oldonly = gaps, olds
    made = []
    authors = ["Administrator", "微软用户", "Windows 用户", "lenovo", co.p(0), co.p(2), co.p(4)]

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.3)
        opt.setdefault("styled", r.random() < 0.6)
        opt.setdefault("author", r.choice(authors))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            rel = "%s (2).%s" % (base, ext)
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

    cam = {"creator": "CamScanner", "author": "扫描全能王", "styled": False}
    scan = {"creator": "HP LaserJet MFP M437 Scan", "author": "scanner", "styled": False}

    # --- 局发文件: 领导小组, 应急预案, one or two 制度 issued by the 局, the 工作要点
    d = co.issued()
    doc = leading_group(co, d, r.random() < 0.85)
    put(JU + "%d年/%s 关于调整网络安全和信息化工作领导小组的通知.pdf" % (d.year, doc.blocks[1][1]), doc, **(scan if r.random() < 0.5 else {}))
    d = co.issued()
    ep = emergency_plan(co, d, r.random() < 0.7, r.random() < 0.4)
    put(JU + "%d年/%s 关于印发网络安全事件应急预案的通知.pdf" % (d.year, ep.blocks[1][1]), ep)
    keys = [k for k in ZD if r.random() >= 0.06]
    pool = list(keys)
    r.shuffle(pool)
    by_ju = pool[:r.randint(1, 2)]
    in_book = sorted(pool[len(by_ju):len(by_ju) + r.randint(4, 6)], key=list(ZD).index)
    loose = [k for k in keys if k not in by_ju and k not in in_book]
    for k in by_ju:
        d = co.issued()
        doc = zd_ju_notice(co, d, k, r.random() < 0.85)
        n = doc.blocks[1][1]
        put(JU + "%d年/%s 关于印发《%s》的通知.%s" % (d.year, n, ZD[k][0], r.choice(["pdf", "docx"])), doc)
    if r.random() < 0.7:
        d = date(2026, 2, r.randint(20, 28))
        put(JU + "2026年/%s2026年教育信息化工作要点.docx" % co.ai_ju.replace("教育局", ""), key_points(co, d))

    # --- 中心制度: the 汇编 (定稿), loose 制度 with odd names, a template, a 作废 version
    d = co.issued()
    put(ZDD + "制度汇编（定稿）.pdf", compendium(co, d, in_book, r.random() < 0.8))
    odd = ["新建 Microsoft Word 文档 (%d).docx" % r.randint(2, 5), "{n}final.docx", "{n}（定稿）.docx", "{n}.docx", "{n}.docx", "{n}（修订）.doc.docx"]
    copied = None
    for i, k in enumerate(loose):
        d = co.issued()
        doc = zd_doc(co, d, k, r.random() < 0.85)
        rel = put(ZDD + (odd[i] if i < len(odd) else "{n}.docx").format(n=ZD[k][0]), doc)
        if copied is None and r.random() < 0.5:
            copied = (rel, doc)
    if copied:
        base, ext = copied[0].rsplit(".", 1)
        put(base + " - 副本." + ext, copied[1])
    k = r.choice(keys)
    put(ZDD + "参考资料/%s模板.docx" % ZD[k][0], zd_template(co, co.issued(), k))
    d = date(2019, r.randint(3, 11), r.randint(1, 28))
    put(ZDD + "作废/信息化故障报修处理制度（2019版）作废.docx", void(zd_doc(co, d, "guzhang"), "obsolete", "（已作废）"))
    put(ZDD + "中心现行制度目录.xlsx", zd_list(co, co.fresh(), keys))

    # --- 办公室: 人员, 发文, 会议纪要, 工作总结
    slot("roster", lambda d: BG + "人员/运维保障人员名单（%s）.xlsx" % term(d), lambda d: staff_list(co, d, r.random() < 0.85))
    slot("roles", lambda d: BG + "人员/岗位职责及角色分工.xlsx", lambda d: role_table(co, d), "issued")
    via_min = r.random() < 0.35
    if not via_min:
        slot("liaison", lambda d: BG + "发文/%d年/关于明确网络安全工作联络员的通知.docx" % d.year, lambda d: liaison(co, d), "issued")
    desk_min = r.random() < 0.3
    if not desk_min:
        slot("desk", lambda d: BG + "发文/%d年/关于开通教育信息化服务热线的通知.pdf" % d.year, lambda d: desk_notice(co, d), "issued")
    for i, m in enumerate(sorted(r.sample([3, 4, 5, 6, 9, 10], 2))):
        d = date(2026, m, r.randint(4, 26))
        dec = (["liaison"] if via_min and "liaison" not in gaps else []) + (["desk"] if desk_min and "desk" not in gaps else []) + ["teacher"] \
            if i == 0 else ["week", "exam"] + (["improve"] if r.random() < 0.45 and "iopps" not in gaps else [])
        put(BG + "会议纪要/%s/中心主任办公会议纪要（第%d期）.docx" % (term(d), m * 2 + i), zx_minutes(co, d, m * 2 + i, dec))
    put(BG + "发文/2026年/关于开展信息化管理制度执行情况自查的通知.docx", notice_cite(co, co.fresh(), keys[:7]))
    fails = r.random() < 0.5
    d = date(2026, 7, r.randint(3, 14))
    put(BG + "工作总结/2025-2026学年第二学期工作总结.docx", term_summary(co, d, r.random() < 0.4, r.random() < 0.7 and "defects" not in gaps, fails))
    if r.random() < 0.7:
        d = date(2026, 1, r.randint(16, 28))
        put(BG + "工作总结/2025-2026学年第一学期工作总结（定稿）.docx", term_summary(co, d, r.random() < 0.4, r.random() < 0.5, r.random() < 0.4))
    if r.random() < 0.6:
        d = date(2025, 7, r.randint(3, 14))
        put(BG + "工作总结/2024-2025学年第二学期工作总结.docx", term_summary(co, d, True, True, True))
    if r.random() < 0.6:
        put(BG + "财务/%d年部门预算项目申报表.xlsx" % 2027, budget_form(co, date(2026, 10, r.randint(8, 28))))
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put(BG + "其他/%s%s.%s" % ("" if folder == "办公室" else "工会/", t, r.choice(["docx", "docx", "pdf"])), doc)

    # --- 对外服务/<教育集团>: 调研, 经费, 对接会, 历史数据, 协议, 健康检查, 回访, 项目
    d0 = co.issued()
    put(KH + "01 前期调研/%s信息化运维服务需求调研报告.docx" % co.customer, survey(co, d0, r.random() < 0.9, r.random() < 0.85))
    slot("budget", lambda d: KH + "01 前期调研/运维经费测算表.xlsx", lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=r.randint(7, 30))
    put(KH + "01 前期调研/%s对接会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d, r.random() < 0.9))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: KH + "01 前期调研/近两学年运维数据分析及保障策略.docx", lambda d: history(co, d, on), "issued")
    d = co.issued()
    put(KH + "02 协议/信息化运维服务协议（盖章版）.pdf", sla(co, d, r.random() < 0.88, r.random() < 0.88, r.random() < 0.6), **(scan if r.random() < 0.6 else {}))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: KH + "03 健康检查/%s/健康检查报告%s.%s" % (term(d), "" if i == 0 else "（期中）", r.choice(["docx", "pdf"])),
             lambda d: health(co, d, r.random() < 0.35))
    slot("callbacks", lambda d: KH + "04 回访/学校回访登记（%s）.xlsx" % term(d), lambda d: callbacks(co, d))
    slot("req", lambda d: KH + "05 智慧教室项目/需求确认单.pdf", lambda d: req_confirm(co, d), **cam)

    # --- 各校资料/<school>/<学期>: 巡检表 (腾讯文档), 班班通巡查
    for s in r.sample(co.ai_schools, r.randint(3, 4)):
        d = co.fresh()
        if r.random() < 0.78:
            put(XX + "%s/%s/校园网络巡检表（%d年%d月）.xlsx" % (s, term(d), d.year, d.month), school_patrol(co, d, s, r.random() < 0.8, r.random() < 0.6))
        if r.random() < 0.5:
            d = co.fresh()
            put(XX + "%s/%s/班班通设备巡查登记表.xlsx" % (s, term(d)), bbt_check(co, d, s))
    for m in sorted(r.sample(range(3, 12), 2)):
        d = date(2026, m, r.randint(20, 28))
        put(TX + "【腾讯文档】%d年%d月各校网络安全设备巡检汇总.xlsx" % (d.year, m), patrol_summary(co, d, r.random() < 0.6))
    put(XX + "各校信息管理员通讯录.xlsx", contacts(co, co.fresh()))

    # --- 运维公司: 合同, 投标文件, 月报, 考核, 整改, 维护记录, 考勤
    slot("sld", lambda d: YW + "合同/运维服务采购合同（含服务技术要求）.pdf", lambda d: vendor_contract(co, d), "issued", **scan)
    put(YW + "合同/投标文件（技术部分）.pdf", vendor_bid(co, co.issued()))
    for m in sorted(r.sample(range(2, 12), r.randint(2, 3))):
        d = date(2026, m, r.randint(2, 6))
        put(YW + "月报/2026年/%s运维服务月报-%d年%02d月.%s" % (co.ai_vs, d.year, m - 1, r.choice(["pdf", "pdf", "docx"])),
            vendor_monthly(co, d, r.random() < 0.8, r.random() < 0.4, r.random() < 0.5, r.random() < 0.5))
    if r.random() < 0.5:
        d = date(2025, r.randint(3, 11), r.randint(2, 6))
        put(YW + "月报/2025年/%s运维服务月报-%d年%02d月.pdf" % (co.ai_vs, d.year, d.month - 1), vendor_monthly(co, d, True, True, True, True))
    for d in [date(2026, 7, r.randint(6, 16)), date(2026, 1, r.randint(18, 28))]:
        if r.random() < 0.8:
            put(YW + "考核/%s/运维服务考核评分表.xlsx" % season(d), vendor_assess(co, d))
    slot("capa", lambda d: YW + "整改/整改通知单%s.pdf" % ymd(d), lambda d: rectify(co, d, r.random() < 0.8), **cam)
    mk = [k for k in ("maint", "check", "av", "fault", "up", "hw") if r.random() < 0.78] or ["check"]
    slot("maint", lambda d: YW + "维护记录/%s/安全设备维护记录.xlsx" % term(d), lambda d: maint_book(co, d, mk))
    if r.random() < 0.6:
        d = co.fresh()
        put(YW + "考勤/驻场人员考勤确认单%d%02d.xlsx" % (d.year, d.month), void(attendance(co, d), "staff attendance, no staff list or SLA"))
    slot("svc", lambda d: YW + "年度总结/以往运维服务回顾及对教学影响分析.docx", lambda d: svc_review(co, d, r.random() < 0.8))

    # --- 网络与安全科
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: AQ + "安全监测/%s/网络安全信息采集记录.xlsx" % term(d), lambda d: collect_sheet(co, d, which))
    for i in range(r.randint(1, 2)):
        slot("logaudit", lambda d: AQ + "日志审计/%s日志审计分析报告%s.%s" % (term(d), "" if i == 0 else "(2)", r.choice(["docx", "pdf"])), lambda d: log_audit(co, d))
    slot("secstats", lambda d: AQ + "事件统计/网络安全事件统计（%s）.xlsx" % term(d), lambda d: sec_stats(co, d, r.random() < 0.75))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = (d.month - 1) * 2 + i + 1
        if i == 0 and r.random() < 0.6:
            rel = AQ + "预警通报/%d年/企业微信转发-预警通报第%d期.txt" % (d.year, n)
            put(rel, bulletin(co, d, n, False, True), **({"encoding": "gb18030"} if r.random() < 0.6 else {}))
        else:
            put(AQ + "预警通报/%d年/网络安全预警通报（第%d期）.%s" % (d.year, n, r.choice(["docx", "pdf"])), bulletin(co, d, n, r.random() < 0.7, False))
    slot("pt_plan", lambda d: AQ + "渗透测试/%d年渗透测试工作计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pt", lambda d: AQ + "渗透测试/%s渗透测试报告.pdf" % co.sys(0), lambda d: pentest_report(co, d))
    slot("grading", lambda d: AQ + "等保测评/%s定级报告.pdf" % co.sys(0), lambda d: grading_report(co, d), "issued", **scan)
    d = co.fresh()
    put(AQ + "等保测评/%s等保测评问题整改台账.xlsx" % co.sys(0), dengbao_rectify(co, d))
    slot("hazard", lambda d: AQ + "隐患排查/隐患排查整改台账（%s）.xlsx" % term(d), lambda d: hazard_book(co, d, r.random() < 0.8))
    slot("baseline", lambda d: AQ + "安全配置基线.xlsx", lambda d: baseline(co, d), "issued")
    d = co.fresh()
    put(AQ + "检查/%d年网络安全检查自查表（上报）.xlsx" % d.year, self_check(co, d))
    put(AQ + "应急管理/%s网络安全事件应急预案.pdf" % co.ai_ju.replace("教育局", "教育系统"), ep)
    slot("bcp", lambda d: AQ + "应急管理/教育信息化业务连续性保障方案.docx", lambda d: bcp(co, d), "issued")
    if "drill" not in gaps:
        d = co.old() if "drill" in olds else co.fresh()
        if r.random() < 0.3:
            put(ME + "新建 Microsoft Word 文档 (3).docx", drill(co, d, "desk"))
        else:
            put(AQ + "应急管理/演练/%s 网站篡改应急桌面推演记录.docx" % ymd(d), drill(co, d, "desk"))
    slot("rdrill", lambda d: AQ + "应急管理/演练/%s 平台数据恢复演练记录.docx" % ymd(d), lambda d: drill(co, d, "rec"))
    d = co.fresh()
    put(AQ + "应急管理/演练/%d年网络安全应急演练工作方案.docx" % d.year, drill_scheme(co, d))

    # --- 技术保障科
    d = co.fresh() if r.random() < 0.7 else co.issued()
    put(JS + "服务管理/运维服务清单（%s）.xlsx" % school_year(d), catalog(co, d, r.choice([("l1", "l2")] * 4 + [("l2",), ("l1",), ()])))
    slot("kpis", lambda d: JS + "服务管理/城域网及平台可用性指标.xlsx", lambda d: avail_kpis(co, d), "issued")
    slot("ola", lambda d: JS + "服务管理/中心各科室运维协同工作约定.docx", lambda d: ola(co, d), "issued")
    slot("desk_train", lambda d: JS + "服务热线/热线坐席培训签到表%s.pdf" % ymd(d), lambda d: desk_training(co, d), **cam)
    if "tickets" not in gaps:
        for i in range(2):
            d = co.fresh()
            put(JS + "工单导出/运维报修_导出_%s.xlsx" % ymd(d), tickets(co, d, r.random() < 0.75))
    slot("kb", lambda d: JS + "知识库/运维常见问题（钉钉知识库导出）.xlsx", lambda d: kb_export(co, d))
    slot("avail_plan", lambda d: JS + "可用性/可用性保障计划（%s）.docx" % school_year(d), lambda d: avail_plan(co, d))
    slot("avail_events", lambda d: JS + "可用性/网络及平台中断事件登记表（%s）.xlsx" % term(d), lambda d: avail_events(co, d))
    slot("avail_report", lambda d: JS + "可用性/%s可用性报告.docx" % term(d), lambda d: avail_report(co, d))
    slot("assets", lambda d: JS + "配置管理/教育城域网设备资产台账.xlsx", lambda d: asset_book(co, d))
    relc = r.random() < 0.75
    slot("cmdb", lambda d: JS + "配置管理/配置信息库（%s）.xlsx" % term(d), lambda d: cmdb(co, d, relc))
    slot("cilog", lambda d: JS + "配置管理/配置信息更新登记表.xlsx", lambda d: ci_log(co, d))
    slot("recovery", lambda d: ZY + "平台运维/%s数据备份与灾难恢复方案.docx" % co.sys(0), lambda d: recovery_plan(co, d), "issued")
    slot("construction", lambda d: JS + "项目/校园网络建设项目施工管理手册.docx", lambda d: construction(co, d), "issued")
    parts = [p for p in ("test", "rb") if r.random() < 0.85]
    slot("upgrade", lambda d: JS + "项目/城域网核心升级/升级改造方案（final）.docx", lambda d: upgrade_plan(co, d, parts), "issued")
    slot("compat", lambda d: JS + "项目/城域网核心升级/兼容性测试报告.docx", lambda d: compat(co, d))
    wis = list(WI)
    for i, k in enumerate(wis, 1):
        if r.random() < 0.6:
            put(JS + "作业指导书/%s.%s" % (WI[k][0], r.choice(["docx", "docx", "pdf"])), work_instruction(co, co.issued(), k, i))
    slot("dev", lambda d: JS + "%d年运维小工具开发计划.docx" % d.year, lambda d: dev_plan(co, d))
    d = date(2026, 6, r.randint(1, 12))
    put(JS + "保障方案/%d年中考网上阅卷网络保障工作方案.docx" % d.year, exam_plan(co, d))
    d = date(2026, r.choice([1, 7, 9]), r.randint(5, 20))
    put(JS + "值班/%s.xlsx" % ("寒假网络安全值班表" if d.month == 1 else "暑假网络安全值班表" if d.month == 7 else "国庆假期值班表"), duty_roster(co, d))

    # --- 钉钉导出: 变更审批, 群聊
    if "changes" not in gaps:
        d = co.fresh()
        put(DD + "审批记录导出_%s.xlsx" % ymd(d), change_export(co, d, True))
    d = co.fresh()
    put(DD + "审批记录导出_%s(1).xlsx" % ymd(d), change_export(co, d, False))
    d = co.fresh()
    put(DD + "运维服务群聊天记录.txt", group_chat(co, d), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))

    # --- 质量管理: 内审, 管理评审, 运维数据, 持续改进
    slot("ia", lambda d: ZL + "内审/%s内部审核报告.docx" % review_year(d), lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("mr", lambda d: ZL + "管理评审/%s管理评审会议纪要.docx" % review_year(d), lambda d: mgmt_review(co, d, inputs))
    d = co.fresh()
    put(ZL + "管理评审/关于召开管理评审会议的通知.docx", mr_notice(co, d))
    slot("ops_data", lambda d: ZL + "运维数据/%s/运维数据统计表.xlsx" % term(d), lambda d: ops_data(co, d))
    slot("iplan", lambda d: ZL + "持续改进/%s持续改进计划.docx" % school_year(d), lambda d: improve_plan(co, d, r.random() < 0.75))
    if "iopps" not in gaps and r.random() < 0.7:
        slot("iopps", lambda d: ZL + "持续改进/改进事项打分排序表.docx", lambda d: improve_opps(co, d))
    slot("itrack", lambda d: ZL + "持续改进/改进事项推进情况表.xlsx", lambda d: improve_track(co, d, r.random() < 0.8))
    slot("itrain", lambda d: ZL + "持续改进/服务改进意识学习签到%s.pdf" % ymd(d), lambda d: improve_training(co, d), **cam)
    slot("defects", lambda d: ZL + "持续改进/%s运维问题复盘.docx" % term(d), lambda d: defects(co, d))

    # --- 满意度调查: 学期 reports, 问卷星 exports, trend
    for d in [date(2025, 6, 10), date(2026, 1, 8), date(2026, 6, 9)]:
        if r.random() < 0.82:
            d = d + timedelta(days=r.randint(0, 14))
            put(MY + "%s/满意度调查分析报告.%s" % (term(d), r.choice(["docx", "docx", "pdf"])), sat_report(co, d))
    d = co.fresh()
    put(MY + "问卷星导出/%d_%d_学校信息化运维服务满意度调查_%d_%d.xlsx" % (r.randint(25000000, 29999999), r.randint(0, 3), 14, 14), sat_raw(co, d))
    d = co.fresh()
    nn = r.randint(800, 2400)
    put(MY + "问卷星导出/%d_0_家长使用家校服务平台情况调查_%d_%d.xlsx" % (r.randint(30000000, 32000000), nn, nn), parent_survey(co, d))
    slot("trend", lambda d: MY + "满意度变化情况分析.docx", lambda d: sat_trend(co, d))

    # --- 网络安全宣传周
    for y in (2025, 2026):
        if r.random() < 0.75:
            put(XC + "%d/%d年网络安全宣传周活动方案.docx" % (y, y), week_plan(co, date(y, 9, r.randint(1, 8))))
        if r.random() < 0.6:
            put(XC + "%d/活动总结（美篇链接及照片另存）.docx" % y, week_summary(co, date(y, 9, r.randint(22, 29))))

    archive(co, made, put)
    decoys(co, lock_bytes, put, keys, JU, ZDD, BG, AQ, JS, KH, XX, YW, ZL, MY, ME)


def archive(co, made, put):
    """Last 学年's copies, moved to 历年资料/<学年>/ by someone tidying up: genuine, stale."""
    for name, factory, d in made:
        if co.rng.random() >= 0.16:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "历年资料/%s/%s" % (school_year(prev), name(prev).rsplit("/", 1)[-1])
        if rel in co.used:
            continue
        put(rel, factory(prev))


def decoys(co, lock_bytes, put, keys, JU, ZDD, BG, AQ, JS, KH, XX, YW, ZL, MY, ME):
    r = co.rng
    # blank forms
    d = co.fresh()
    put(XX + "校园网络巡检表（空表）.xlsx", Doc("blank", "校园网络巡检表", d, [], False,
        sheets=[("巡检表", [["XX学校校园网络巡检表（XXXX年XX月）"], ["检查项目", "检查内容", "结果", "异常及处理", "检查人"]] + [["", "", "", "", ""] for _ in range(8)])],
        decoy="template"))
    put(MY + "满意度调查问卷（空白）.docx", Doc("blank", "满意度调查问卷", co.fresh(), [], False, [
        ("title", "学校信息化运维服务满意度调查问卷"), ("p", "1、您所在的学校：________"), ("p", "2、报修响应速度：□非常满意 □满意 □一般 □不满意"),
        ("p", "3、问题解决质量：□非常满意 □满意 □一般 □不满意"), ("p", "4、意见和建议：________________")], decoy="template"))
    put(YW + "整改/整改通知单（模板）.docx", Doc("blank", "整改通知单", co.fresh(), [], False, [
        ("title", "运维服务整改通知单"), ("table", [["编号", ""], ["问题来源", ""], ["原因分析", ""], ["整改要求", ""], ["复查情况", ""]])], decoy="template"))
    put(JS + "变更申请表（空表）.xlsx", Doc("blank", "变更申请表", co.fresh(), [], False, sheets=[("Sheet1", [["网络变更申请表"], ["变更内容", "影响范围", "回退方案", "审批", "实施结果"], ["", "", "", "", ""]])],
        decoy="template"))
    # drafts
    d = co.fresh()
    put(ME + "业务连续性保障方案（征求意见稿）.docx", void(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put(ME + "内审报告初稿.docx", void(internal_audit(co, d), "draft", "（初稿）"))
    d = co.fresh()
    put(ME + "%d-%d学年持续改进计划（讨论稿）.docx" % (d.year, d.year + 1), void(improve_plan(co, d, True), "draft", "（讨论稿）"))
    if r.random() < 0.6:
        d = co.fresh()
        put(ME + "运维服务协议修改稿v2.docx", void(sla(co, d, True, True, True), "draft", "（修改稿）"))
    # 作废
    d = date(2020, r.randint(3, 10), r.randint(1, 28))
    put(AQ + "应急管理/作废/网络安全应急预案（2020版）作废.docx", void(emergency_plan(co, d, True, True), "obsolete", "（作废）"))
    # recycle bin (Synology)
    d = co.fresh()
    put("#recycle/%s/运维服务考核评分表.xlsx" % co.p(0), void(vendor_assess(co, d), "recycle bin"))
    d = co.fresh()
    put("#recycle/%s/网站篡改应急桌面推演记录.docx" % co.p(2), void(drill(co, d, "desk"), "recycle bin"))
    # sign-ins about plans and 制度
    for what in ("%s网络安全事件应急预案" % co.ai_ju.replace("教育局", "教育系统"), "网络与系统变更管理制度", "教育信息化业务连续性保障方案"):
        if r.random() < 0.75:
            d = co.fresh()
            put(BG + "学习/%s《%s》学习签到.pdf" % (ymd(d), what), signin_plan(co, d, what), creator="CamScanner", author="扫描全能王", styled=False)
    # lock files on a few office documents, empty files, an image-only photo PDF
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith("#recycle")]
    for rel in office[2:100:15]:
        folder, _, base = rel.rpartition("/")
        stem = base.rsplit(".", 1)[0]
        owner = "~$" + (base if len(stem) <= 6 or base.endswith(".xlsx") else base[1:] if len(stem) == 7 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(r.randint(0, 5))), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw(ZDD + "新建 Microsoft Word 文档.docx", b"", "empty file")
    raw(XX + "新建 XLSX 工作表.xlsx", b"", "empty file")
    raw(ZL + "内审/内审检查表.docx", b"", "empty file")
    raw(BG + "学习/扫描全能王 %s %02d.%02d.pdf" % (co.fresh().isoformat(), r.randint(8, 18), r.randint(0, 59)), MIN_PDF, "image-only scan without a text layer")
