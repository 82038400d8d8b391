# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_y.py - style Y: the 技术中心 (网络与信息安全部) of a provincial 广播电视台.

A blind author voice for the accuracy corpus, used only by the Y shares (held out).  The station's
技术中心 runs the 播出系统, the 制作网 and the 办公网 and, under a 技术服务协议, the 融媒体 platforms of
four 县级融媒体中心: one of them is the form's customer.  Its people write as broadcast engineers do:
安全播出 first (停播, 劣播, 值机, 三级保障, 重要保障期), 台发 制度 with 文号 (X广技〔2025〕N号), a
技术管理制度汇编 whose 章 are several 办法, 值机记录 and 交接班, 总局/省局 检查 整改, 播出事故 分析, 技术
质量 监督, 安全播出 月报.  Folders by 部门 and 年度.  Written from the form's 需提供证明材料 only.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional section
adds its items only when written; a sheet with no data rows proves nothing.  build(co, lock_bytes)
lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the customer's folder name, the 文号 prefix, the four 县级台 the 技术中心 serves
Y_INFO = {
    "y1": ("青田融媒", "东广技", ("青田县融媒体中心", "景宁县融媒体中心", "云和县融媒体中心", "松阳县融媒体中心")),
    "y2": ("祁门融媒", "徽广技", ("祁门县融媒体中心", "黟县融媒体中心", "休宁县融媒体中心", "歙县融媒体中心")),
    "y3": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y4": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y5": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y6": ("青田融媒", "东广技", ("青田县融媒体中心", "景宁县融媒体中心", "云和县融媒体中心", "松阳县融媒体中心")),
    "y7": ("祁门融媒", "徽广技", ("祁门县融媒体中心", "黟县融媒体中心", "休宁县融媒体中心", "歙县融媒体中心")),
    "y8": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y9": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y10": ("青田融媒", "东广技", ("青田县融媒体中心", "景宁县融媒体中心", "云和县融媒体中心", "松阳县融媒体中心")),
    "y11": ("祁门融媒", "徽广技", ("祁门县融媒体中心", "黟县融媒体中心", "休宁县融媒体中心", "歙县融媒体中心")),
    "y12": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y13": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y14": ("青田融媒", "东广技", ("青田县融媒体中心", "景宁县融媒体中心", "云和县融媒体中心", "松阳县融媒体中心")),
    "y15": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y16": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y17": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y18": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y19": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y20": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y21": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y22": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y23": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y24": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y25": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y26": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y27": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y28": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y29": ("青田融媒", "东广技", ("青田县融媒体中心", "景宁县融媒体中心", "云和县融媒体中心", "松阳县融媒体中心")),
    "y30": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y31": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y32": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y33": ("青田融媒", "东广技", ("青田县融媒体中心", "景宁县融媒体中心", "云和县融媒体中心", "松阳县融媒体中心")),
    "y34": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y35": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y36": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y37": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y38": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y39": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y40": ("祁门融媒", "徽广技", ("祁门县融媒体中心", "黟县融媒体中心", "休宁县融媒体中心", "歙县融媒体中心")),
    "y41": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y42": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y43": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y44": ("凤凰融媒", "湘广技", ("凤凰县融媒体中心", "泸溪县融媒体中心", "花垣县融媒体中心", "保靖县融媒体中心")),
    "y45": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
    "y46": ("祁门融媒", "徽广技", ("祁门县融媒体中心", "黟县融媒体中心", "休宁县融媒体中心", "歙县融媒体中心")),
    "y47": ("祁门融媒", "徽广技", ("祁门县融媒体中心", "黟县融媒体中心", "休宁县融媒体中心", "歙县融媒体中心")),
    "y48": ("霞浦融媒", "闽广技", ("霞浦县融媒体中心", "柘荣县融媒体中心", "寿宁县融媒体中心", "周宁县融媒体中心")),
}

ZONES = ("播出系统（安全I区）", "制作网（安全II区）", "办公网（安全III区）")


def wh(co, d, n):
    """A 台发 文号."""
    return "%s〔%d〕%d号" % (co.wprefix, d.year, n)


# ------------------------------------------------------------------ 台发 办法 (procedures)

# key -> (办法 name, items its text proves, chapters)
Y_RULES = {
    "fault": ("播出及网络安全事件处置和报告办法",
              ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "49/incident-procedure"], [
                  ("事件分级", ["按对安全播出和网络安全的影响，事件分为特别重大（停播超过1分钟或被插播）、重大（劣播、制作网大面积中断）、较大、一般四级。",
                            "非法入侵、病毒、数据泄露、网页篡改等网络安全事件按同样四级划分。"]),
                  ("发现与上报", ["值机员发现异常立即报告值班长，值班长10分钟内报部门负责人；重大及以上事件30分钟内由技术中心报台领导和省局监管中心。",
                             "上报内容包括时间、频率/系统、现象、影响范围、已采取措施。"]),
                  ("处置", ["先恢复播出、后查找原因：值机员按应急预案切换备路，网络与信息安全部隔离受影响主机，保留日志。",
                          "县级台的事件由驻点工程师先期处置，远程支持组同时介入。"]),
                  ("事后处理", ["事件处理完毕5个工作日内写出事件分析报告，认定责任、提出整改措施，在技术例会上通报，资料归档。"]),
              ]),
    "request": ("技术服务请求受理办法", ["49/request-procedure"], [
        ("受理范围", ["台内各部门和县级融媒体中心提出的账号开通、权限调整、设备借用、直播保障、数据恢复等非故障类需求。"]),
        ("受理流程", ["请求经技术服务热线或工单系统登记，服务台30分钟内确认、分派，一般请求2个工作日内完成，完成后请求人确认关闭。",
                  "涉及播出系统的请求须经播出部值班长会签。"]),
    ]),
    "problem": ("技术问题管理办法", ["20/procedure", "37/procedure"], [
        ("适用", ["同类停播、劣播或设备故障三个月内出现两次以上，或单次事件原因未查明的，立为技术问题。"]),
        ("问题处理", ["网络与信息安全部设问题管理员，登记问题、组织根因分析，十个工作日内形成已知错误和临时解决办法，录入技术知识库。",
                  "根本解决需要改动系统的，按变更办法办理；问题关闭须经技术质量科确认。"]),
    ]),
    "knowledge": ("技术知识库管理办法", ["21/procedure"], [
        ("知识来源", ["事件分析报告、问题处理结论、设备厂家技术通报、检修经验、应急演练总结。"]),
        ("入库与维护", ["知识条目由撰写人提交，专业主管审核后发布；每半年清理过期条目；值机员上岗前须学习相关条目。"]),
    ]),
    "change": ("播出及网络系统变更管理办法", ["54/procedure"], [
        ("变更分类", ["标准变更、一般变更、重大变更；播出系统的变更一律按重大变更办理，重要保障期内原则上不做变更。"]),
        ("审批与实施", ["变更申请写明内容、影响、测试结果和回退方案，一般变更部门负责人审批，重大变更技术中心主任审批。",
                   "变更实施时播出部值班长在场，实施后验证并填写变更记录单。"]),
    ]),
    "slm": ("县级融媒体技术服务级别管理办法", ["39/slm-procedure"], [
        ("服务级别的制定", ["对每个县级融媒体中心签订技术服务协议，约定服务内容、服务时间、响应和恢复时限及可用率。"]),
        ("监视与评审", ["每月统计服务级别达成情况，发给县级台；每年与县级台共同评审协议并修订。"]),
    ]),
    "improve": ("技术服务改进管理办法", ["65/procedure"], [
        ("改进的识别与登记", ["从事件分析、检查整改、满意度测评、指标考核中识别改进项，登记入改进台账。"]),
        ("批准、评估与报告", ["改进项经技术中心主任批准后实施；完成后测量效果，评估是否达到目标；每季度在技术例会上报告改进进展。"]),
    ]),
    "supervise": ("技术质量监督检查办法", ["61/monitoring-process", "62/monitoring-process"], [
        ("监督内容", ["播出质量（停播、劣播）、网络安全运行指标、县级台服务级别达成、值机纪律。"]),
        ("监督方式", ["技术质量科每日抽查值机记录，每月统计指标并发技术质量通报，对未达标项开具整改通知单并跟踪关闭。"]),
    ]),
    "audit": ("技术管理体系内部审核办法", ["61/audit-system", "62/audit-mechanism"], [
        ("审核安排", ["每年至少开展一次覆盖全部部门和县级台服务的内部审核，由技术质量科编制审核计划，审核员不审核本部门工作。"]),
        ("审核实施与跟踪", ["审核发现的不符合项开具不符合报告，责任部门30日内整改，审核组验证关闭，审核报告提交管理评审。"]),
    ]),
    "training": ("网络安全培训服务工作规程", ["31/training-process"], [
        ("培训需求与计划", ["每年初征集台内各部门和县级台的培训需求，编制年度网络安全培训计划。"]),
        ("实施与评估", ["培训有签到、课件和考试；培训后一个月回访受训单位，评估效果。"]),
    ]),
    "pentest": ("渗透测试工作规程", ["31/pentest-process"], [
        ("授权", ["测试前取得系统主管部门书面授权，明确范围、时间窗口；播出系统只在停机检修时段测试。"]),
        ("测试与报告", ["信息收集、漏洞探测、验证利用、报告编写、复测五个环节；高危漏洞当日通报系统主管部门。"]),
    ]),
    "preventive": ("安全播出预防措施管理办法", ["66/preventive-actions"], [
        ("隐患识别", ["每季度组织一次安全播出隐患排查，结合总局、省局检查意见和事件分析，找出可能导致停播劣播的隐患。"]),
        ("措施与验证", ["对每项隐患制定预防措施、责任人和期限，完成后由技术质量科验证效果。"]),
    ]),
}

# 办法 a broadcaster has that prove no clause
Y_OTHER = {
    "duty": ("播出值机及交接班制度", [("值机", ["值机员按排班表上岗，不得脱岗；交接班时当面交接设备状态、节目单变更和遗留问题。"])]),
    "room": ("播出机房管理规定", [("出入管理", ["外来人员进入机房须登记并由值机员陪同；机房内禁止饮食和使用个人移动存储介质。"])]),
    "signal": ("节目信号传输管理规定", [("传输", ["节目信号经光缆和卫星双路传输，传输链路变更须报播出部。"])]),
}


def rule_doc(co, d, key, n):
    """One 办法 issued by a 台发 通知 with its 文号."""
    name, items, chapters = Y_RULES[key]
    pre = [("p", co.name), ("p", wh(co, d, n))]
    b = [("h1", "关于印发《%s》的通知" % name), ("p", "台属各部门、各县级融媒体中心：现将《%s》印发给你们，请认真遵照执行。" % name),
         ("p", "%s　%s" % (co.name, cnd(d)))]
    parts = [(None, b, [])]
    for i, (head, arts) in enumerate(chapters):
        parts.append(("第%s章　%s" % ("一二三四五六"[i], head), ["第%d条　%s" % (i * 3 + j + 1, a) for j, a in enumerate(arts)], []))
    parts.append((None, "本办法自印发之日起施行，由技术中心负责解释。", items))
    return nar("rule", name, d, False, parts, pre=pre)


def other_doc(co, d, key):
    name, chapters = Y_OTHER[key]
    parts = [(h, arts, []) for h, arts in chapters]
    return nar("other", name, d, False, parts, pre=[("p", wh(co, d, 90 + len(key)))])


def compendium(co, d, keys, pdca):
    """技术管理制度汇编: a 总则 (PDCA, mostly), then one 章 per 办法."""
    b = [("title", "%s技术管理制度汇编（%d年版）" % (co.name, d.year)), ("p", "技术中心编　%s" % cnd(d))]
    items = []
    if pdca:
        b += [("h1", "总则　技术管理工作的方法"),
              ("p", "技术中心按“计划—实施—检查—改进”循环开展安全播出和网络安全运维工作：年初制定技术工作计划（策划），按制度和作业指导书实施，"
                    "由技术质量科日常监督、月度通报、年度内审和管理评审（监视与评审），对发现的问题立项改进并跟踪（持续改进）。")]
        items.append("10/pdca")
    for i, k in enumerate(keys):
        name, its, chapters = Y_RULES[k]
        b.append(("h1", "第%d篇　%s" % (i + 1, name)))
        for head, arts in chapters:
            b.append(("h2", head))
            b += [("p", a) for a in arts]
        items += its
    return Doc("compendium", b[0][1], d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 作业指导书

Y_SOP = {
    "fw": ("防火墙及网闸运维", ["登录堡垒机，查看防火墙会话数、CPU和策略命中；播出网与制作网之间的网闸每日查看摆渡日志。", "策略调整先在备机验证，记录变更单号。"]),
    "av": ("终端防病毒及介质管控", ["每日核对防病毒服务器病毒库版本；制作网工作站每周全盘查杀。", "播出网不接入移动介质，必须导入的素材经专用杀毒机查杀后摆渡。"]),
    "enc": ("编码器及IP传输设备维护", ["检查主备编码器输出码率、告警；每月一次主备倒换试验并记录。"]),
    "log": ("日志审计平台操作", ["每日查看日志审计平台的高危告警；每周导出汇总，写审计周报。"]),
    "bak": ("媒资数据备份与恢复", ["媒资库每日增量、每周全量备份到离线带库；每季度抽取一期节目恢复验证。"]),
}


def sop(co, d, key, i):
    name, steps = Y_SOP[key]
    parts = [("一、适用范围", "%s及所服务县级融媒体中心的%s工作。" % (co.name, name), []),
             ("二、作业步骤", ["%d. %s" % (j + 1, s) for j, s in enumerate(steps)], ["24/work-instructions"]),
             ("三、安全注意事项", "重要保障期内作业须经值班长同意，作业前后核对播出信号。", [])]
    return nar("sop", "%s作业指导书" % name, d, False, parts, pre=[("p", "编号：JSZX-ZY-%02d　版本：A/%d" % (i + 1, d.year % 3))])


def sop_book(co, d, keys):
    """网络安全运维作业指导书汇编 (a 施工手册 too): one doc, several modules."""
    b = [("title", "网络安全运维作业指导书汇编"), ("p", "技术中心网络与信息安全部　%s" % cnd(d)),
         ("h1", "前言"), ("p", "本汇编是县级融媒体平台安全运维项目的施工手册，规定接入、改造和日常运维各模块的作业方法。")]
    for k in keys:
        name, steps = Y_SOP[k]
        b.append(("h1", name))
        b += [("p", s) for s in steps]
    return Doc("sop_book", "网络安全运维作业指导书汇编", d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ customer onboarding

def survey(co, d, time_req, sec):
    parts = [("一、基本情况", "%s承担本县广播电视节目播出和新媒体发布，主要系统：%s。" % (co.customer, "、".join(co.systems)), [])]
    if time_req:
        parts.append(("二、保障时段要求", ["播出时段（6:00-次日1:00）需远程值守，新闻直播和重要保障期驻点保障；非播出时段故障2小时内响应。"], ["1/survey"]))
    if sec:
        parts.append(("三、网络安全需求", ["需要的服务：安全设备代维、终端防病毒、日志审计、漏洞扫描、网页防篡改监测、等保测评配合、应急响应。",
                                       "按类型分为：防护类、监测类、合规类、应急类。"], ["5/survey"]))
    parts.append(("四、调研方式", "到县台座谈，查看机房，结合县委宣传部媒体融合规划。", []))
    return nar("survey", "%s技术保障需求调研报告" % co.customer, d, False, parts)


def budget(co, d):
    head = ["阶段", "工作内容", "人天", "投入人员", "费用（万元）", "节点时间"]
    rows = [["接入", "平台梳理、安全设备上架", 20, "网络工程师2人", 6.0, iso(d + timedelta(days=30))],
            ["运行", "远程值守、月度巡检", 180, "值守工程师3人", 36.0, iso(d + timedelta(days=365))],
            ["保障", "重要保障期驻点", 30, "驻点工程师1人", 4.5, "按保障通知"]]
    return book("budget", "%s技术服务年度预算表" % co.customer, d, False, [("预算", head, rows, ["2/budget"])])


def meeting(co, d, agreed):
    parts = [("会议情况", "时间：%s；地点：%s会议室；参加：%s、%s（县台），%s、%s（技术中心）。" % (cnd(d), co.customer, co.cp(0), co.cp(1), co.p(0), co.p(1)), []),
             ("议题", "县级融媒体平台接入省台技术保障体系的范围、值守方式和联系人。", [])]
    if agreed:
        parts.append(("会议确定事项", ["双方同意：融媒体平台和播控系统纳入技术中心远程值守，县台指定一名技术联络员；协议文本一周内会签。",
                                      "双方在纪要上签字确认。"], ["3/communication"]))
    return nar("meeting", "%s技术服务对接会会议纪要" % co.customer, d, False, parts)


def history(co, d, on):
    parts = []
    if "list" in on:
        parts.append(("一、近两年运行数据", ("table", [["数据项", "2024年", "2025年"], ["停播（秒）", 42, 15], ["劣播（次）", 6, 3],
                                                  ["网络安全事件", 4, 2], ["违规操作", 3, 1], ["失败变更", 2, 1]]), ["4/history-list"]))
    if "analysis" in on:
        parts.append(("二、数据分析", ["可用率指标2025年全部达标；违规操作集中在外来人员使用U盘；一次重大事件为制作网勒索病毒；一次编码器升级失败导致劣播。"],
                      ["4/analysis"]))
    if "strategy" in on:
        parts.append(("三、保障策略及实施方案", ["推行播出网介质零接入，升级类变更一律先在备机验证；实施方案：三月完成杀毒机部署，六月完成备机验证环境。"],
                      ["4/strategy"]))
    return nar("history", "近两年播出及网络运行数据分析和保障策略", d, False, parts)


def kpi_list(co, d):
    head = ["指标", "类别", "对象", "目标值"]
    rows = [["全台安全播出率", "整体", "全部频率频道", "99.999%"], ["融媒体平台可用率", "单系统", co.sys(0), "99.9%"],
            ["制作网可用率", "单系统", co.sys(1), "99.5%"], ["办公网可用率", "单系统", "办公网", "99%"]]
    return book("kpi_list", "系统可用性指标清单", d, False, [("指标", head, rows, ["6/availability-kpis"])])


def automation(co, d, auto):
    parts = [("一、以往服务对播出的影响", ["2025年处置事件中，有两起因人工切换延误造成劣播十余秒；日常巡检耗时平均每日3小时。"], ["7/impact-analysis"])]
    if auto:
        parts.append(("二、可自动化的工作", ["编码器主备自动倒换、巡检数据自动采集、病毒库版本自动核对，预计每日节省2小时。"], ["7/automation"]))
    return nar("automation", "技术服务效果分析及自动化建议", d, True, parts)


def service_levels(co, d, ola):
    parts = [("一、对县级台的服务级别", ("table", [["服务", "响应", "恢复", "可用率"], ["播控系统", "5分钟", "30分钟", "99.99%"],
                                             ["融媒体平台", "15分钟", "2小时", "99.9%"]]), ["8/sld"])]
    if ola:
        parts.append(("二、技术中心内部运营级别约定", ["播出部值机组、网络与信息安全部、传输部之间的接单和处理时限按上表倒推约定：接单5分钟，二线介入15分钟，保证对县级台的承诺一致。"],
                      ["8/ola"]))
    return nar("slo", "县级台技术服务级别设计及内部运营级别约定", d, False, parts)


def sla(co, d, ways, core, health):
    parts = [("一、服务对象", "%s（甲方）的%s。" % (co.customer, "、".join(co.systems)), [])]
    if ways:
        parts.append(("二、保障方式", "乙方以远程值守（播出时段全时）、定期巡检（每月一次到县台）和重要保障期驻点值守三种方式提供服务。", ["35/sla"]))
    if health:
        parts.append(("三、健康检查", "乙方每季度到现场、每月远程对安全设备和融媒体平台做一次健康检查，检查设备可用性、冗余和性能，出具检查报告。", ["15/agreement"]))
    if core:
        parts.append(("四、服务指标", ("table", [["指标", "承诺"], ["播出可用率", "99.99%"], ["融媒体平台可用率", "99.9%"], ["故障响应", "5分钟"],
                                            ["故障恢复", "30分钟"]]), ["36/sla"]))
    parts.append(("五、签章", "甲方：%s　乙方：%s　%s" % (co.customer, co.name, cnd(d)), ["39/sla"]))
    return nar("sla", "县级融媒体中心技术服务协议", d, False, parts)


def catalog(co, d, lv):
    rows = [["初始服务", "资产梳理、设备接入、配置建档"], ["安全设备运维", "防火墙、网闸、防病毒的日常维护"], ["日常巡检", "每日远程、每月现场巡检"],
            ["健康检查", "每季度设备和平台健康检查"], ["安全事件审计", "日志审计平台告警审计"]]
    items = ["12/catalog", "29/catalog"]
    if "l2" in lv:
        rows += [["运维监控与分析", "播出和网络运行监控、月度分析"], ["终端安全监控", "制作网终端准入和防病毒监控"], ["等级保护合规性运维", "定级备案、测评整改配合"]]
        items.append("19/catalog")
    if "l1" in lv:
        rows += [["安全通告及漏洞分析", "漏洞、病毒预警及分析"], ["应急响应", "停播、网络安全事件应急处置"]]
        items.append("26/catalog")
    return book("catalog", "技术服务项目清单", d, False, [("服务项目", ["服务项目", "内容"], rows, items)])


def org(co, d, roles):
    parts = [("一、组织架构", ["安全播出和网络安全工作领导小组：组长由分管技术的副台长担任，成员为技术中心、播出部、新媒体中心负责人。",
                            "领导小组下设办公室（技术中心网络与信息安全部），执行组为播出部值机组、网络与信息安全部、传输部和厂商驻场工程师。"],
              ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("二、岗位与角色", ("table", [["角色", "岗位", "人员"], ["安全负责人", "技术中心主任", co.boss], ["值班长", "播出部", co.p(0)],
                                              ["网络安全工程师", "网络与信息安全部", co.p(1)], ["审计员", "技术质量科", co.p(2)],
                                              ["服务台", "技术服务热线", co.p(3)]]), ["18/roles", "23/roles"]))
    return nar("org", "安全播出和网络安全组织机构及岗位职责", d, False, parts)


def staff(co, d, vendor):
    rows = [[co.p(i), ["网络与信息安全部", "播出部", "传输部"][i % 3], ["工程师", "值机员", "主管"][i % 3], "台聘"] for i in range(5)]
    if vendor:
        rows += [[co.vp(i), co.vendor, "驻场工程师", "外包（执行组）"] for i in range(2)]
    its = ["9/staff-list"] + (["9/outsourcing"] if vendor else [])
    return book("staff", "技术保障人员名单", d, False, [("名单", ["姓名", "单位/部门", "岗位", "用工类型"], rows, its)])


def interface(co, d, n):
    parts = [(None, ["各县级融媒体中心：", "为做好网络安全工作对接，技术中心指定%s为网络安全接口人，负责安全事件报送、通报传达和协调；%s为B角。联系电话见附件。" % (co.p(1), co.p(2))],
              ["28/interface-person"])]
    return nar("interface", "关于明确网络安全工作对接人的通知", d, False, parts, pre=[("p", wh(co, d, n))])


def desk(co, d, n):
    parts = [(None, ["为统一受理台内和县级台的技术报修和服务请求，设立技术服务热线（服务台），7x24小时受理，由值机组轮值，%s任组长。" % co.p(3)], ["48/service-desk"])]
    return nar("desk", "关于设立技术服务热线的通知", d, False, parts, pre=[("p", wh(co, d, n))])


def desk_training(co, d):
    rows = [[i + 1, co.p(i), "技术服务热线", "合格"] for i in range(5)]
    return book("desk_training", "技术服务热线值守人员培训及考核记录", d, True,
                [("培训", ["序号", "姓名", "岗位", "考核结果"], rows, ["48/training"])], note=["培训内容：受理规范、事件分级、县级台系统概况", "日期：" + cnd(d)])


# ------------------------------------------------------------------ 播出 / 运维 records

def duty_book(co, d, kinds):
    """值机及设备维护记录: one sheet per record kind (a combined log)."""
    def rows(f):
        return [f(i, d - timedelta(days=6 * i)) for i in range(4)]
    S = {
        "maint": ("日常维护", ["日期", "设备", "内容", "值机员"], rows(lambda i, x: [iso(x), ["防火墙", "网闸", "编码器", "交换机"][i], "清洁除尘、检查风扇电源", co.p(i)]),
                  ["14/maintenance", "44/maintenance"]),
        "insp": ("巡检及状态检查", ["日期", "区域", "状态", "告警", "巡检人"], rows(lambda i, x: [iso(x), ZONES[i % 3], "正常", "无", co.p(i)]),
                 ["44/inspection"]),
        "virus": ("病毒查杀", ["日期", "范围", "病毒库版本", "结果", "执行人"], rows(lambda i, x: [iso(x), "制作网工作站", "2026%02d%02d" % (x.month, x.day), "未发现", co.p(i)]),
                  ["44/virus-scan", "14/maintenance"]),
        "fault": ("故障处理", ["日期", "设备", "现象", "处理", "恢复时间"], rows(lambda i, x: [iso(x), "交换机%d" % i, "端口丢包", "更换光模块", "20分钟"]),
                  ["44/faults"]),
        "upgrade": ("升级", ["日期", "对象", "升级内容", "验证", "实施人"], rows(lambda i, x: [iso(x), "防火墙", "特征库升级", "正常", co.p(i)]),
                    ["44/upgrades"]),
    }
    return book("duty_book", "播出机房值机及设备维护记录（%d年）" % d.year, d, True, [S[k] for k in kinds])


def hw_faults(co, d):
    rows = [[iso(d - timedelta(days=40 * i)), ["电源模块", "硬盘", "风扇", "板卡"][i], ["防火墙", "日志服务器", "网闸", "编码器"][i], "已更换"] for i in range(4)]
    return book("hw_faults", "安全设备硬件故障统计表", d, True, [("统计", ["日期", "部件", "设备", "处理"], rows, ["14/hardware-faults"])])


def ledger(co, d, rel):
    head = ["资产编号", "名称", "型号", "功能", "等级", "安全区", "机房位置", "端口", "部署"]
    rows = [["BC-%03d" % (i + 1), n, m, f, g, z, "%s机房%d排" % (["播出", "制作", "中心"][i % 3], i + 1), "GE%d" % i, "主备"]
            for i, (n, m, f, g, z) in enumerate([("防火墙", "USG6525", "边界防护", "核心", ZONES[0]), ("网闸", "DS-8000", "单向摆渡", "核心", ZONES[0]),
                                                  ("编码器", "E-2000", "播出编码", "核心", ZONES[0]), ("媒资服务器", "R740", "媒资", "重要", ZONES[1]),
                                                  ("办公交换机", "S5735", "接入", "一般", ZONES[2])])]
    sheets = [("设备台账", head, rows, ["13/asset-list", "43/asset-list", "27/cmdb"])]
    if rel:
        sheets.append(("连接关系", ["源设备", "目的设备", "关系"], [["BC-001", "BC-002", "串接"], ["BC-002", "BC-003", "信号摆渡"], ["BC-004", "BC-005", "上联"]],
                       ["38/cmdb-relations"]))
    return book("ledger", "播出及网络设备台账", d, True, sheets, note=["台账由网络与信息安全部维护，只读共享；修改须经部门负责人审核，台账每日备份。"])


def ledger_changes(co, d):
    rows = [[iso(d - timedelta(days=20 * i)), "BC-%03d" % (i + 1), ["更换板卡", "IP调整", "新增", "报废"][i], co.p(i)] for i in range(4)]
    return book("ledger_changes", "设备台账变更登记", d, True, [("变更", ["日期", "资产编号", "变更内容", "登记人"], rows, ["43/ci-updates"])])


def tickets(co, d, resp):
    head = ["工单号", "时间", "来源", "类型", "内容"] + (["响应时长", "方案要求"] if resp else []) + ["状态"]
    rows = []
    for i in range(6):
        r = ["GD%s%02d" % (ymd(d), i), iso(d - timedelta(days=3 * i)), co.customer if i % 2 else "新闻中心", ["故障", "请求"][i % 2], ["推流中断", "开通账号"][i % 2]]
        if resp:
            r += ["%d分钟" % (3 + i), "≤5分钟" if i % 2 == 0 else "≤30分钟"]
        rows.append(r + ["已关闭"])
    its = ["43/process-records"] + (["55/response-times"] if resp else [])
    return book("tickets", "技术服务工单导出", d, True, [("工单", head, rows, its)])


def changes(co, d):
    rows = [["BG-%d-%02d" % (d.year, i + 1), iso(d - timedelta(days=12 * i)), ["编码器固件升级", "防火墙策略调整", "媒资扩容"][i], "重大" if i == 0 else "一般",
             co.boss, "成功", "已验证"] for i in range(3)]
    return book("changes", "变更记录单汇总", d, True, [("变更", ["编号", "日期", "内容", "类别", "审批", "结果", "验证"], rows, ["54/records"])])


def health(co, d):
    parts = [("检查方式", "%s现场检查，辅以远程登录。" % cnd(d), []),
             ("检查结果", ("table", [["对象", "可用性", "冗余", "结论"], [co.sys(0), "正常", "主备正常", "良好"], ["防火墙", "正常", "双机正常", "良好"],
                                  ["播控服务器", "CPU峰值71%", "主备正常", "关注"]]), ["15/records", "46/records"])]
    return nar("health", "%s融媒体平台健康检查报告" % co.customer, d, True, parts)


def collect(co, d, which):
    S = {"config": ("配置采集", ["设备", "配置项", "值"], [["防火墙", "策略数", 126], ["网闸", "摆渡规则", 8]], ["16/config"]),
         "traffic": ("流量采集", ["链路", "峰值", "均值"], [["出口", "820Mbps", "310Mbps"], ["推流", "120Mbps", "60Mbps"]], ["16/traffic"]),
         "status": ("状态采集", ["设备", "CPU", "内存", "状态"], [["防火墙", "35%", "52%", "正常"], ["日志服务器", "22%", "61%", "正常"]], ["16/status"])}
    return book("collect", "安全信息采集记录", d, True, [S[w] for w in which])


def log_audit(co, d, av):
    parts = [("一、审计范围", "防火墙、网闸、交换机日志，服务器和操作系统日志，融媒体平台应用日志。", []),
             ("二、审计发现", ["本周网络设备登录失败告警23次，均为运维账号输错密码；播控服务器无异常登录；融媒体平台发现3次SQL注入尝试，已被WAF阻断。"],
              ["17/log-analysis", "45/audit-report", "47/audit"]),
             ("三、设备监控", "安全设备运行状态正常，无宕机。", ["45/monitoring"])]
    if av:
        parts.append(("四、防病毒", "防病毒服务器病毒库每日更新，本周查杀制作网终端病毒2例（U盘带入），已处置。", ["45/antivirus"]))
    return nar("log_audit", "网络安全日志审计周报（%s）" % iso(d), d, True, parts)


def monthly(co, d, trend):
    m = d.month - 1 or 12
    parts = [("一、安全播出情况", "本月全台停播0秒，劣播1次（3秒），县级台播出正常。", []),
             ("二、运行指标", ("table", [["指标", "本月", "上月", "前月"], ["融媒体平台可用率", "99.95%", "99.91%", "99.88%"], ["工单数", 64, 71, 80],
                                  ["平均恢复时长（分钟）", 18, 22, 25]]), ["56/data"])]
    if trend:
        parts.append(("三、趋势分析", "可用率连续三月上升，工单数下降，主要因推流自动切换上线；恢复时长仍高于目标。", ["50/monitoring-report"]))
    return nar("monthly", "%d年%d月安全播出及技术运行月报" % (d.year if d.month > 1 else d.year - 1, m), d, True, parts)


def ops_data(co, d):
    rows = [["异常报告及时率", "98%"], ["异常漏报率", "0.5%"], ["维护作业计划完成率", "100%"], ["故障隐患发现率", "92%"], ["异常主动发现率", "87%"],
            ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "96%"], ["补丁及时安装率", "93%"], ["安全事件次数", "2"]]
    return book("ops_data", "技术运维数据统计（%d年%d月）" % (d.year, d.month), d, True, [("数据", ["指标", "数值"], rows, ["56/data", "57/measurement"])])


def sec_stats(co, d, analysis):
    parts = [("一、事件统计", ("table", [["类型", "次数"], ["病毒", 3], ["网页篡改尝试", 5], ["非法外联", 1], ["停播", 0]]), ["18/incident-stats"])]
    if analysis:
        parts.append(("二、分析", "病毒事件都来自制作网外来介质；篡改尝试集中在县级台网站，已加装防篡改。", ["18/incident-analysis"]))
    q = (d.month - 1) // 3 + 1
    return nar("sec_stats", "%d年第%d季度网络安全事件统计分析" % (d.year, q), d, True, parts)


def avail_pack(co, d, plan, events, report):
    """可用性保障方案、事件和报告 in one document (some sections may be missing)."""
    parts = []
    if plan:
        parts.append(("一、可用性保障计划", "融媒体平台双活、编码器主备、推流双链路；重要保障期前一周完成全面检查。", ["18/availability-plan", "22/plan"]))
    if events:
        parts.append(("二、可用性事件", ("table", [["日期", "系统", "中断时长", "原因"], [iso(d - timedelta(days=30)), co.sys(0), "6分钟", "存储控制器切换"],
                                          [iso(d - timedelta(days=75)), co.sys(2), "2分钟", "推流链路抖动"]]), ["18/availability-events", "22/events"]))
    if report:
        parts.append(("三、可用性执行情况", "上半年融媒体平台可用率99.96%，达到目标；改进：存储固件升级。", ["18/availability-report", "22/report"]))
    return nar("avail", "%d年系统可用性保障情况" % d.year, d, True, parts)


def bulletin(co, d, n, full):
    parts = [("漏洞通告", "某视频编解码组件存在远程代码执行漏洞，影响台内转码服务器2台，已打补丁。", ["52/vulnerability", "53/bulletin"]),
             ("病毒预警", "近期勒索病毒通过U盘传播，请各县台落实介质管控。", ["52/virus"])]
    if full:
        parts += [("政策法规", "转发总局《关于加强广播电视网络安全工作的通知》和数据安全法规要点。", ["52/policy"]),
                  ("厂商通告及分析", "编码器厂商发布固件安全更新；分析：我台在用版本受影响，纳入下月检修。", ["52/analysis"])]
    return nar("bulletin", "网络安全预警通报（第%d期）" % n, d, True, parts, pre=[("p", "技术中心网络与信息安全部")])


def pentest_plan(co, d):
    rows = [["%d月" % m, s, "灰盒", co.p(1)] for m, s in ((4, co.sys(0)), (8, co.sys(2)), (11, "县级台网站"))]
    return book("pentest_plan", "%d年渗透测试安排" % d.year, d, True, [("安排", ["时间", "对象", "方式", "负责人"], rows, ["31/pentest-plan", "32/pentest-plan"])])


def pentest(co, d):
    parts = [("测试范围", "%s，授权时间%s。" % (co.sys(0), cnd(d)), []),
             ("发现", ("table", [["漏洞", "等级", "状态"], ["越权访问稿件", "高", "已修复"], ["弱口令", "中", "已修复"]]), ["31/pentest-records", "32/pentest-records"])]
    return nar("pentest", "%s渗透测试报告" % co.sys(0), d, True, parts)


def dev_plan(co, d):
    parts = [(None, ("table", [["工具", "用途", "完成时间"], ["播出信号自动比对工具", "劣播自动发现", "%d年6月" % d.year], ["县级台巡检小程序", "巡检数据采集", "%d年9月" % d.year]]),
              ["33/dev-plan"])]
    return nar("dev_plan", "%d年安全工具自主开发计划" % (d.year), d, True, parts)


def grading(co, d):
    parts = [("定级结果", "%s：业务信息安全等级第三级，系统服务安全等级第三级，确定为第三级。" % co.sys(0), ["51/grading"])]
    return nar("grading", "%s等级保护定级报告" % co.sys(0), d, False, parts)


def grading_rules(co, d):
    parts = [(None, ["播出系统和直接影响播出的系统定为第三级；融媒体发布平台按受众规模定为第二级或第三级；办公网系统定为第二级。",
                     "定级依据受侵害客体和侵害程度，按国家标准确定。"], ["51/grading-criteria"])]
    return nar("grading_rules", "台内信息系统安全保护等级划分标准", d, False, parts)


def emergency(co, d, recovery):
    parts = [("一、组织", "应急指挥由领导小组负责，技术中心主任任现场指挥。", []),
             ("二、响应流程", ["三级保障：一级（重要保障期）全员在岗，二级（节假日）主任带班，三级（日常）值班长负责。",
                              "事件发生后值机员立即切换备路、报告值班长，启动相应级别响应，处置后上报。"], ["34/emergency-process"]),
             ("三、处置方案", "停播、劣播、网络攻击、病毒、断电五类场景的处置步骤。", ["36/emergency-plan", "53/emergency-plan"])]
    if recovery:
        parts.append(("四、恢复策略", "播出系统恢复时间目标30分钟，以备路和应急播出车保障；融媒体平台以异地云备份恢复，目标4小时。", ["55/plan"]))
    return nar("emergency", "安全播出和网络安全突发事件应急预案", d, False, parts, pre=[("p", wh(co, d, 15))])


def recovery(co, d):
    parts = [(None, ["播控系统：备机热备，主机故障时5分钟内倒换；媒资数据：从离线带库恢复，目标24小时；融媒体平台：异地云上备份恢复。"], ["36/recovery-plan"])]
    return nar("recovery", "播出及融媒体系统恢复方案", d, False, parts)


def bcp(co, d):
    parts = [("目标", "任何情况下保证节目不停播，融媒体平台4小时内恢复。", []),
             ("措施", "应急播出机房、异地备份、应急播出车、人员AB角。", []),
             ("审批", "经台编委会审议通过，%s印发。" % cnd(d), ["42/bcp"])]
    return nar("bcp", "安全播出业务连续性保障计划", d, False, parts)


def drill(co, d, what):
    if what == "dr":
        t, its, body = "媒资系统数据恢复演练记录", ["40/recovery-drill"], "从带库恢复一期节目并回放核对，用时3小时10分。"
    else:
        t, its, body = "停播应急演练记录", ["40/emergency-drill", "53/drill"], "模拟主路编码器故障，值机员38秒内切换备路，播出无中断。"
    parts = [("演练情况", "时间：%s；参加：%s、%s。" % (cnd(d), co.p(0), co.p(1)), []), ("过程与结果", body, its),
             ("存在问题", "备路监看画面切换延迟，已整改。", [])]
    return nar("drill", t, d, True, parts)


# ------------------------------------------------------------------ 满意度, 改进, 审核

def csat(co, d, half):
    parts = [("测评情况", "向四个县级融媒体中心发放测评表，收回12份。", []),
             ("结果", ("table", [["项目", "得分"], ["响应", 94], ["技术水平", 92], ["服务态度", 96], ["总体", 94]]), ["41/surveys", "58/survey", "63/survey"]),
             ("分析", "县台对夜间响应满意度较低，将增加夜间二线。", [])]
    return nar("csat", "%d年%s县级台技术服务满意度测评" % (d.year, half), d, True, parts)


def csat_trend(co, d):
    parts = [(None, ("table", [["期次", "总体"], ["2024下", 90], ["2025上", 91], ["2025下", 93], ["2026上", 94]]), ["41/trend"]), ("说明", "逐期上升。", [])]
    return nar("csat_trend", "县级台满意度变化分析", d, True, parts)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=25 * i)), Y_INFO[co.info_id][2][i], co.cp(i), ["电话", "走访"][i % 2], "满意" if i % 2 else "建议加强夜间支持"] for i in range(4)]
    return book("callbacks", "县级台回访登记", d, True, [("回访", ["日期", "单位", "联系人", "方式", "意见"], rows, ["63/follow-up-visits"])])


def kpi_check(co, d, capa):
    rows = [["安全播出率", "99.999%", "100%", "达标", ""], ["融媒体可用率", "99.9%", "99.82%", "未达标", "存储升级" if capa else ""]]
    sheets = [("考核", ["指标", "目标", "实际", "结论", "纠正措施"], rows, ["57/measurement"])]
    if capa:
        sheets.append(("纠正预防措施", ["编号", "问题", "措施", "责任人", "验证"], [["JZ-01", "融媒体可用率未达标", "存储固件升级、增加巡检", co.p(1), "已验证有效"]],
                       ["57/capa"]))
    return book("kpi_check", "%d年第%d季度技术指标考核" % (d.year, (d.month - 1) // 3 + 1), d, True, sheets)


def hazards(co, d):
    parts = [("排查情况", "按预防措施管理办法开展季度隐患排查，发现隐患5项。", []),
             ("预防措施", ("table", [["隐患", "措施", "验证"], ["UPS电池老化", "更换", "放电试验合格"], ["备路监看延迟", "更换监看卡", "演练验证有效"]]),
              ["66/preventive-actions", "66/effectiveness"])]
    return nar("hazards", "%d年安全播出隐患排查及预防措施报告" % d.year, d, True, parts)


def improve(co, d, crit):
    parts = [("一、改进项目", ("table", [["项目", "目标", "责任人", "期限"], ["推流自动切换", "劣播减少50%", co.p(1), "6月"], ["县台夜间二线", "满意度≥95", co.p(2), "9月"]]),
              ["64/plan", "68/plan"])]
    if crit:
        parts.append(("二、立项评估标准", "按对安全播出的影响（50分）、投入（25分）、县台诉求（25分）打分，60分以上立项；经识别、登记、批准、评估、测量并按季度报告。", ["64/criteria"]))
    return nar("improve", "%d年技术服务改进计划" % d.year, d, True, parts)


def improve_ledger(co, d, prio, done):
    head = ["编号", "改进机会", "来源", "得分", "优先级", "批准"] + (["实施情况", "效果"] if done else [])
    rows = []
    for i, (t, s) in enumerate([("推流自动切换", 88), ("县台夜间二线", 76), ("巡检自动化", 64)]):
        r = ["GJ-%02d" % (i + 1), t, ["事件分析", "满意度", "指标"][i], s, "高中低"[i] if prio else "", co.boss]
        if done:
            r += [["已完成", "实施中", "未开始"][i], ["劣播减少60%", "", ""][i]]
        rows.append(r)
    its = ["67/analysis"] + (["67/prioritisation"] if prio else []) + (["68/implementation", "68/effectiveness"] if done else [])
    return book("improve_ledger", "改进机会分析及跟踪台账", d, True, [("台账", head, rows, its)])


def improve_training(co, d):
    rows = [[i + 1, co.p(i), "签到"] for i in range(6)]
    return book("improve_training", "“持续改进 精益播出”专题培训签到", d, True, [("签到", ["序号", "姓名", "签名"], rows, ["69/awareness-training"])],
                note=["主题：技术服务持续改进意识，讲解改进案例和提案办法", "日期：" + cnd(d)])


def accident(co, d, plan):
    parts = [("一、事件经过", "%s，%s推流服务异常，县台直播劣播12秒。" % (cnd(d), co.sys(2)), []),
             ("二、原因分析", "升级变更未在备机验证（失败变更），属服务不达标。", ["70/defect-analysis"] if plan else [])]
    if plan:
        parts.append(("三、改进方案", "升级类变更一律先在备机验证；推流增加自动切换；纳入改进台账。", []))
    return nar("accident", "%s劣播事件分析报告" % ymd(d), d, True, parts)


def forecast(co, d):
    parts = [("数据汇总", ("table", [["类别", "2025年", "2026年1-10月"], ["事件", 212, 168], ["变更", 48, 41], ["请求", 530, 497], ["问题", 9, 6], ["日志告警(万条)", 31, 28]]), []),
             ("预测", "县级台直播场次增加，预计明年请求量增长20%，夜间事件占比上升；需增配夜间二线一人和推流带宽。", ["71/forecast"])]
    return nar("forecast", "%d年技术服务需求预测" % (d.year + 1), d, True, parts)


def internal_audit(co, d):
    parts = [("审核范围", "技术中心各部门及县级台服务，依据台技术管理制度汇编和认证标准。", []),
             ("结果", "不符合项2项（值机记录漏签、变更未回填验证），已整改关闭。", ["59/internal-audit"])]
    return nar("audit", "%d年技术管理体系内部审核报告" % d.year, d, True, parts)


def review(co, d, inputs):
    """技术工作管理评审会纪要: several decisions in one set of minutes."""
    M = {"perf": ("服务执行和符合性", "安全播出率100%，融媒体可用率一季度未达标已纠正；内审不符合项已关闭。", ["60/performance"]),
         "fb": ("县台反馈", "满意度94分，夜间响应意见集中。", ["60/customer-feedback"]),
         "res": ("资源", "现有技术人员31人，预计明年需增加夜间二线1人、推流带宽1G。", ["60/resources"]),
         "ca": ("纠正措施进展", "上年6项纠正措施完成5项，1项跟踪中。", ["60/corrective-actions"]),
         "chg": ("影响服务的变化", "4K频道开播，新接入两个县级台。", ["60/changes"]),
         "imp": ("改进机会", "推流自动切换、巡检自动化。", ["60/improvements"])}
    parts = [("会议", "%s，分管副台长主持。" % cnd(d), [])]
    its = ["59/management-review"]
    for k in inputs:
        parts.append(M[k])
    parts.append(("决定事项", ["1. 同意增配夜间二线；2. 推流自动切换列为重点改进项；3. 明年一季度前完成4K播出系统等保测评。"], its))
    return nar("review", "%d年技术工作管理评审会议纪要" % d.year, d, True, parts)


def requirements(co, d):
    parts = [("需求", "%s新建%s：功能（直播推流、稿件审核）、性能（并发500路）、安全（三级等保）。" % (co.customer, co.sys(2)), []),
             ("确认", "需求经县台签字确认。", ["11/requirements"])]
    return nar("requirements", "%s建设需求分析记录" % co.sys(2), d, True, parts)


def rebuild(co, d, back):
    parts = [("改造内容", "%s编码器IP化改造。" % co.sys(1), []), ("测试计划", "割接前备机联调48小时，测试码率、延时和主备倒换。", ["25/test-plan"])]
    if back:
        parts.append(("回退措施", "割接失败时30分钟内切回SDI链路，保留原设备一周。", ["25/rollback", "11/rollback"]))
    return nar("rebuild", "%s改造测试及回退方案" % co.sys(1), d, False, parts)


def compat(co, d):
    parts = [(None, ("table", [["项目", "结果"], ["网络兼容", "通过"], ["系统兼容", "通过"], ["应用兼容（旧播控软件）", "通过"]]), ["11/compatibility"])]
    return nar("compat", "新旧系统兼容性验证报告", d, True, parts)


def baseline(co, d):
    rows = [["防火墙", "管理口仅堡垒机访问"], ["服务器", "禁用root远程登录"], ["工作站", "禁用USB存储"]]
    return book("baseline", "安全配置基线", d, False, [("基线", ["对象", "要求"], rows, ["25/baseline"])])


def kb(co, d):
    rows = [["ZS-%03d" % i, t, co.p(i)] for i, t in enumerate(["编码器主备倒换失败处理", "网闸摆渡堵塞处理", "推流中断排查"])]
    return book("kb", "技术知识库条目", d, True, [("条目", ["编号", "标题", "作者"], rows, ["21/knowledge-base"])])


# ------------------------------------------------------------------ working documents and decoys

def handover(co, d):
    rows = [[iso(d - timedelta(days=i)), "白班/夜班", co.p(i), co.p(i + 1), "设备正常，节目单已核对"] for i in range(8)]
    return book("handover", "播出值机交接班记录", d, True, [("交接班", ["日期", "班次", "交班人", "接班人", "交接内容"], rows, [])])


def guarantee(co, d):
    parts = [(None, ["重要保障期：%s至%s。" % (cnd(d), cnd(d + timedelta(days=7))), "实行一级保障，技术中心主任带班，各机房双人值机，暂停一切变更。"], [])]
    return nar("guarantee", "关于做好重要保障期安全播出工作的通知", d, True, parts, pre=[("p", wh(co, d, 60))])


def inspection_fix(co, d):
    rows = [["省局检查", "备份链路未定期测试", "每月测试", "已整改"], ["总局抽查", "机房门禁记录不全", "更换门禁", "已整改"]]
    return book("inspect_fix", "上级检查问题整改台账", d, True, [("整改", ["来源", "问题", "措施", "状态"], rows, [])])


def signin(co, d, plan):
    rows = [[i + 1, co.p(i), "签到"] for i in range(6)]
    return Doc("decoy_training", "《%s》学习签到表" % plan, d, [], True,
               sheets=[("签到", [["《%s》学习签到表" % plan], ["日期", cnd(d)], ["序号", "姓名", "签名"]] + rows)], decoy="training record about a plan")


def rule_list(co, d, cites):
    b = [("title", "关于公布现行有效技术管理制度目录的通知"), ("p", wh(co, d, 3)), ("p", "现行有效的技术管理制度如下：")]
    b += [("p", "%d. 《%s》" % (i + 1, c)) for i, c in enumerate(cites)]
    return Doc("decoy_list", b[0][1], d, [], False, b, decoy="list citing procedures")


def review_notice(co, d):
    b = [("title", "关于召开%d年技术工作管理评审会的通知" % d.year), ("p", "请各部门准备服务执行情况、县台反馈、资源需求、纠正措施、变更和改进机会材料。")]
    return Doc("decoy_notice", b[0][1], d, [], True, b, decoy="notice of a review")


def drill_scheme(co, d):
    b = [("title", "%d年停播应急演练方案" % d.year), ("p", "拟于下月组织主路编码器故障切换演练，演练后另行记录。")]
    return Doc("decoy_plan", b[0][1], d, [], True, b, decoy="drill plan, not a record")


UNRELATED_Y = [("办公室/工会", "职工春季运动会报名表"), ("总编室/节目编排", "下周节目编排表"), ("广告经营部", "广告刊播排期"),
               ("办公室/行政", "车辆使用登记办法"), ("新闻中心", "重大主题报道选题策划"), ("办公室/党务", "主题党日活动记录")]


def unrelated(co, d, i):
    folder, t = UNRELATED_Y[i]
    return folder, t, Doc("unrelated", t, d, [], False, [("title", t), ("p", "（与技术服务无关的台内文件）%s" % cnd(d))], decoy="unrelated")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out a Y share: 台发文件/<年>/ (办法 by 通知), 技术中心/ (制度汇编, 作业指导书, 组织), 播出部/
    (值机记录, 交接班), 网络与信息安全部/<年>/ (审计, 通报, 渗透, 等保, 应急), 技术质量科/ (监督, 考核,
    内审, 评审, 改进), 融媒体技术服务/<县台>/ (调研, 协议, 巡检, 满意度); 归档/<年>/, decoys."""
    co.cust, co.wprefix, co.counties = Y_INFO[co.info_id]
    r = co.rng
    TF, JS, BC, WA, ZL, RM = "台发文件/", "技术中心/", "播出部/", "网络与信息安全部/", "技术质量科/", "融媒体技术服务/%s/" % co.cust
    optional = ["budget", "history", "automation", "ola", "staff", "roles", "requirements", "compat", "rebuild", "baseline", "collect", "kb",
                "pentest_plan", "pentest", "dev_plan", "recovery", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "monthly",
                "kpi_check", "hazards", "improve", "improve_ledger", "improve_training", "audit", "review", "forecast", "grading",
                "grading_rules", "interface", "ledger", "ledger_changes", "sec_stats", "health", "log_audit", "avail", "kpi_list", "accident",
                "hw_faults", "changes", "tickets", "ops_data"]
    gaps = {k for k in optional if r.random() < 0.05}
    olds = set(r.sample(sorted({"automation", "pentest", "csat_trend", "callbacks", "kb", "audit", "log_audit", "drdrill", "improve_training",
                                "ops_data", "collect", "desk_training", "accident", "ledger_changes", "sec_stats", "health", "hw_faults"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made
    seq = iter(range(4, 300, 5))

    # --- 制度: the 汇编 takes some 办法 as 篇; every other 办法 goes out alone by a 台发 通知
    issued = sorted(Y_RULES)
    r.shuffle(issued)
    issued = issued[:len(issued) - r.choice([0, 0, 1])]
    chapters = sorted(issued[:r.randint(3, 5)])
    when = co.issued()
    add(JS + "制度汇编/技术管理制度汇编（%d年版）.pdf" % when.year, compendium(co, when, chapters, r.random() < 0.9), meta_title=r.random() < 0.5)
    for k in sorted(set(issued) - set(chapters)):
        d, n = co.issued(), next(seq)
        ext = "pdf" if r.random() < 0.35 else "docx"
        add(TF + "%d年/%s 关于印发《%s》的通知.%s" % (d.year, wh(co, d, n), Y_RULES[k][0], ext), rule_doc(co, d, k, n))
    for k in Y_OTHER:
        if r.random() < 0.7:
            add(JS + "制度汇编/%s.docx" % Y_OTHER[k][0], other_doc(co, co.issued(), k))

    # --- 作业指导书: an 汇编 and single ones
    mods = list(Y_SOP)
    in_sops = sorted(r.sample(mods, r.randint(2, 3)), key=mods.index)
    add(WA + "作业指导书/网络安全运维作业指导书汇编.pdf", sop_book(co, co.issued(), in_sops))
    for i, k in enumerate(mods):
        if k in in_sops or r.random() < 0.3:
            continue
        add(WA + "作业指导书/JSZX-ZY-%02d %s作业指导书.docx" % (i + 1, Y_SOP[k][0]), sop(co, co.issued(), k, i))

    # --- 融媒体技术服务/<县台>
    d0 = co.issued()
    add(RM + "1-前期/%s技术保障需求调研报告.docx" % co.customer, survey(co, d0, r.random() < 0.9, r.random() < 0.85))
    slot("budget", lambda d: RM + "1-前期/技术服务年度预算表.xlsx", lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=12)
    add(RM + "1-前期/%s 对接会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), meeting(co, d, r.random() < 0.92))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: RM + "1-前期/运行数据分析及保障策略.docx", lambda d: history(co, d, on), "issued")
    d = co.issued()
    add(RM + "2-协议/技术服务协议（双方盖章）.pdf", sla(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.85))
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])
    d = co.issued()
    add(RM + "2-协议/附件 技术服务项目清单（%d）.xlsx" % d.year, catalog(co, d, lv))
    slot("ola", lambda d: JS + "服务管理/县级台服务级别设计及内部约定.docx", lambda d: service_levels(co, d, r.random() < 0.85), "issued")
    slot("requirements", lambda d: RM + "3-建设/%s需求分析记录.docx" % co.sys(2), lambda d: requirements(co, d))
    slot("compat", lambda d: RM + "3-建设/兼容性验证报告_%s.pdf" % ymd(d), lambda d: compat(co, d))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: RM + "4-巡检/%d年/%s健康检查报告.%s" % (d.year, ymd(d), r.choice(["pdf", "docx"])), lambda d: health(co, d))
    for d, h in [(date(2025, 6, 26), "上半年"), (date(2025, 12, 18), "下半年"), (date(2026, 6, 25), "上半年")]:
        if r.random() < 0.8:
            add(RM + "5-满意度/%d年%s满意度测评.%s" % (d.year, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("csat_trend", lambda d: RM + "5-满意度/满意度变化分析_%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: RM + "5-满意度/回访登记（%d）.xlsx" % d.year, lambda d: callbacks(co, d))

    # --- 技术中心: 组织, 服务台, 接口人
    d = co.issued()
    add(JS + "组织机构/安全播出和网络安全组织机构（%d）.pdf" % d.year, org(co, d, "roles" not in gaps))
    slot("staff", lambda d: JS + "组织机构/技术保障人员名单_%s.xlsx" % ymd(d), lambda d: staff(co, d, r.random() < 0.85), "issued")
    n_if = next(seq)
    slot("interface", lambda d: TF + "%d年/%s 关于明确网络安全工作对接人的通知.%s" % (d.year, wh(co, d, n_if), r.choice(["docx", "pdf"])),
         lambda d: interface(co, d, n_if), "issued")
    d, n = co.issued(), next(seq)
    add(TF + "%d年/%s 关于设立技术服务热线的通知.docx" % (d.year, wh(co, d, n)), desk(co, d, n))
    slot("desk_training", lambda d: BC + "培训/%s 热线值守人员培训考核.xlsx" % ymd(d), lambda d: desk_training(co, d))
    slot("kpi_list", lambda d: JS + "服务管理/系统可用性指标清单.xlsx", lambda d: kpi_list(co, d), "issued")

    # --- 播出部: 值机记录 (combined), 交接班, 工单
    kinds = [k for k in ("maint", "insp", "virus", "fault", "upgrade") if r.random() < 0.78] or ["insp"]
    d = co.fresh()
    add(BC + "值机记录/%d年/播出机房值机及设备维护记录.xlsx" % d.year, duty_book(co, d, kinds))
    d = date(2026, 11, 3)
    add(BC + "值机记录/%d年/%02d月交接班记录.xlsx" % (d.year, d.month), handover(co, d))
    slot("hw_faults", lambda d: BC + "设备管理/硬件故障统计_%d.xlsx" % d.year, lambda d: hw_faults(co, d))
    slot("tickets", lambda d: BC + "技术服务热线/工单导出_%s.xlsx" % ymd(d), lambda d: tickets(co, d, r.random() < 0.8))

    # --- 网络与信息安全部/<年>/
    def Y(d):
        return WA + "%d年/" % d.year
    relc = r.random() < 0.7
    slot("ledger", lambda d: WA + "台账/播出及网络设备台账_%s.xlsx" % ymd(d), lambda d: ledger(co, d, relc))
    slot("ledger_changes", lambda d: WA + "台账/台账变更登记_%d.xlsx" % d.year, lambda d: ledger_changes(co, d))
    slot("baseline", lambda d: WA + "台账/安全配置基线.xlsx", lambda d: baseline(co, d), "issued")
    slot("kb", lambda d: WA + "知识库/知识条目导出_%s.xlsx" % ymd(d), lambda d: kb(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: Y(d) + "监测/安全信息采集记录_%s.xlsx" % ymd(d), lambda d: collect(co, d, which))
    for i in range(r.randint(1, 2)):
        slot("log_audit", lambda d: Y(d) + "日志审计/审计周报_%s.%s" % (ymd(d), r.choice(["docx", "pdf", "txt"])), lambda d: log_audit(co, d, r.random() < 0.8))
    slot("sec_stats", lambda d: Y(d) + "统计/第%d季度网络安全事件统计分析.docx" % ((d.month - 1) // 3 + 1), lambda d: sec_stats(co, d, r.random() < 0.8))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        name = Y(d) + "预警通报/网络安全预警通报第%d期.%s" % (n, r.choice(["pdf", "docx"]))
        if name not in co.used:
            add(name, bulletin(co, d, n, r.random() < 0.7))
    slot("pentest_plan", lambda d: Y(d) + "渗透测试/%d年渗透测试安排.xlsx" % d.year, lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: Y(d) + "渗透测试/%s %s渗透测试报告.pdf" % (ymd(d), co.sys(0)), lambda d: pentest(co, d))
    slot("dev_plan", lambda d: Y(d) + "%d年安全工具自主开发计划.docx" % d.year, lambda d: dev_plan(co, d))
    slot("grading", lambda d: WA + "等级保护/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("grading_rules", lambda d: WA + "等级保护/台内系统安全保护等级划分标准.docx", lambda d: grading_rules(co, d), "issued")
    slot("rebuild", lambda d: WA + "改造/%s改造测试及回退方案.docx" % co.sys(1), lambda d: rebuild(co, d, r.random() < 0.85), "issued")
    d, n = co.issued(), next(seq)
    add(TF + "%d年/%s 安全播出和网络安全突发事件应急预案.pdf" % (d.year, wh(co, d, n)), emergency(co, d, r.random() < 0.8))
    slot("recovery", lambda d: WA + "应急/播出及融媒体系统恢复方案.docx", lambda d: recovery(co, d), "issued")
    slot("bcp", lambda d: JS + "安全播出/安全播出业务连续性保障计划.pdf", lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: Y(d) + "演练/%s媒资数据恢复演练记录.docx" % ymd(d), lambda d: drill(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add(BC + "应急演练/%d年/%s停播应急演练记录.%s" % (d.year, ymd(d), r.choice(["docx", "pdf"])), drill(co, d, "emergency"))
    slot("changes", lambda d: Y(d) + "变更/变更记录单汇总_%s.xlsx" % ymd(d), lambda d: changes(co, d))

    # --- 技术质量科: 月报, 数据, 考核, 改进, 审核, 评审
    for m in sorted(r.sample(range(5, 12), 2 if "monthly" in gaps else 3)):
        d = date(2026, m, 3 + r.randint(0, 6))
        add(ZL + "月报/%d年/%d月安全播出及技术运行月报.%s" % (d.year, m - 1, r.choice(["pdf", "docx"])), monthly(co, d, r.random() < 0.65))
    slot("ops_data", lambda d: ZL + "指标/技术运维数据统计_%d%02d.xlsx" % (d.year, d.month), lambda d: ops_data(co, d))
    slot("avail", lambda d: ZL + "指标/%d年系统可用性保障情况.docx" % d.year, lambda d: avail_pack(co, d, r.random() < 0.9, r.random() < 0.9, r.random() < 0.85))
    slot("kpi_check", lambda d: ZL + "指标/%d年Q%d技术指标考核.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: kpi_check(co, d, r.random() < 0.8))
    slot("hazards", lambda d: ZL + "隐患排查/%d年隐患排查及预防措施报告.docx" % d.year, lambda d: hazards(co, d))
    slot("improve", lambda d: ZL + "持续改进/%d年技术服务改进计划.docx" % d.year, lambda d: improve(co, d, r.random() < 0.8))
    pr, dn = r.random() < 0.85, r.random() < 0.8
    slot("improve_ledger", lambda d: ZL + "持续改进/改进机会台账_%s.xlsx" % ymd(d), lambda d: improve_ledger(co, d, pr, dn))
    slot("improve_training", lambda d: ZL + "培训/%s 持续改进专题培训签到.xlsx" % ymd(d), lambda d: improve_training(co, d))
    slot("accident", lambda d: ZL + "事件分析/%s劣播事件分析报告.docx" % ymd(d), lambda d: accident(co, d, r.random() < 0.85))
    slot("automation", lambda d: ZL + "事件分析/技术服务效果分析及自动化建议_%d.docx" % d.year, lambda d: automation(co, d, r.random() < 0.85))
    slot("forecast", lambda d: ZL + "%d年技术服务需求预测.docx" % (d.year + 1), lambda d: forecast(co, d))
    slot("audit", lambda d: ZL + "内审/%d年内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("review", lambda d: ZL + "管理评审/%d年技术工作管理评审会议纪要.docx" % d.year, lambda d: review(co, d, inputs))

    # --- working documents that prove no clause
    d = co.fresh()
    add(TF + "%d年/关于做好重要保障期安全播出工作的通知.docx" % d.year, guarantee(co, d))
    d = co.fresh()
    add(ZL + "上级检查/总局省局检查问题整改台账_%d.xlsx" % d.year, inspection_fix(co, d))

    # --- the yearly 归档 left last year's copy of some records under 归档/<year>/: stale, but theirs
    archive(co, made)

    decoys(co, lock_bytes)


def archive(co, made):
    for name, factory, when in [m for m in made if co.rng.random() < 0.2]:
        prev = when.replace(year=when.year - 1) if (when.month, when.day) != (2, 29) else when - timedelta(days=366)
        rel = "归档/%d年/%s" % (prev.year, name(prev))
        if rel in co.used:
            continue
        co.add(rel, factory(prev), styled=co.rng.random() < 0.6)


def decoys(co, lock_bytes):
    r = co.rng
    TF, JS, BC, WA, ZL, RM = "台发文件/", "技术中心/", "播出部/", "网络与信息安全部/", "技术质量科/", "融媒体技术服务/%s/" % co.cust
    add = Share(co).add
    # 空白表 and templates
    add(BC + "值机记录/值机记录表（空白）.xlsx", blank_sheet("值机记录表", co.fresh(), ["日期", "时段", "频率/频道", "信号状态", "异常", "值机员"]))
    add(WA + "表格模板/变更申请单（模板）.xlsx", blank_sheet("变更申请单", co.fresh(), ["编号", "内容", "影响", "测试", "回退方案", "审批"]))
    add(RM + "4-巡检/健康检查报告（模板）.docx", blank_text("健康检查报告（模板）", co.fresh(), ["检查方式", "检查结果", "结论"]))
    add(RM + "5-满意度/满意度测评表（空白）.docx", blank_text("县级台技术服务满意度测评表", co.fresh(), ["响应", "技术水平", "服务态度", "意见"]))
    add(ZL + "持续改进/改进机会登记表（空表）.xlsx", blank_sheet("改进机会登记表", co.fresh(), ["编号", "改进机会", "来源", "优先级", "批准"]))
    # drafts
    d = co.fresh()
    add(JS + "安全播出/安全播出业务连续性保障计划（征求意见稿）.docx", decoy(bcp(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    d = co.fresh()
    add(RM + "2-协议/技术服务协议_修改稿v3.docx", decoy(sla(co, d, True, True, True), "draft", mark="（修改稿）"))
    d = co.fresh()
    add(ZL + "持续改进/%d年技术服务改进计划（讨论稿）.docx" % (d.year + 1), decoy(improve(co, d, True), "draft", mark="（讨论稿）"))
    # 作废
    d = date(2021, 8, 10)
    add(TF + "已作废/技术问题管理办法（2021年）【作废】.docx", decoy(rule_doc(co, d, "problem", 11), "obsolete", mark="【作废】"))
    d = date(2022, 3, 2)
    add(WA + "应急/作废/安全播出应急预案（2022版）-作废.pdf", decoy(emergency(co, d, True), "obsolete", mark="（作废）"))
    # recycle bins
    d = co.fresh()
    add(".recycle/%s/审计周报_%s.docx" % (co.p(1), ymd(d)), decoy(log_audit(co, d, True), "recycle bin"))
    d = co.fresh()
    add(".recycle/%s/停播应急演练记录.docx" % co.p(0), decoy(drill(co, d, "emergency"), "recycle bin"))
    # lock files and empty files
    opened = sorted(rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith("."))
    for rel in r.sample(opened, 6):
        head, slash, base = rel.rpartition("/")
        lock = head + slash + "~$" + base[2:]
        if lock not in co.used:
            co.raw(lock, lock_bytes(co.p(r.randint(0, 5))), "Office lock file")
    co.raw(BC + "值机记录/2026年/播出机房值机及设备维护记录 - 副本.xlsx", b"", "empty file")
    co.raw(ZL + "月报/2026年/11月安全播出及技术运行月报.docx", b"", "empty file")
    # records about plans, lists citing procedures, notices and plans of record
    for plan in ("安全播出和网络安全突发事件应急预案", "播出及网络系统变更管理办法", "播出及融媒体系统恢复方案"):
        if r.random() < 0.8:
            d = co.fresh()
            add(BC + "培训/%s《%s》学习签到.xlsx" % (ymd(d), plan), signin(co, d, plan))
    cites = [Y_RULES[k][0] for k in ("fault", "problem", "change", "knowledge", "slm", "improve", "audit")]
    add(TF + "2026年/关于公布现行有效技术管理制度目录的通知.docx", rule_list(co, co.fresh(), cites))
    d = co.fresh()
    add(ZL + "管理评审/关于召开%d年技术工作管理评审会的通知.docx" % d.year, review_notice(co, d))
    d = co.fresh()
    add(BC + "应急演练/%d年停播应急演练方案.docx" % d.year, drill_scheme(co, d))
    for i in sorted(r.sample(range(len(UNRELATED_Y)), 4)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        add("%s/%s.%s" % (folder, t, r.choice(["docx", "pdf", "txt"])), doc)
