# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ba.py - style BA: the 信息技术部 of a 省高速公路联网收费管理中心.

An author voice for the accuracy corpus, used only by the BA shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py, kinds_ar.py's mechanics and the README's ground-truth section;
never the rules, the sources or a score).

The organisation: the 信息技术部 of a province's 高速公路联网收费管理中心 (a 事业单位 under the 省交通运输厅).  It
runs the 联网收费系统 (省中心 部分), the ETC门架系统's 省级 side (门架前端 on each 路段, 门架后台), the 清分结算系统,
the 路网监测/视频云 platform and the 省中心-路段中心-收费站 三级网络.  It answers to the 交通运输部路网监测与应急处置
中心 (部联网中心), whose 通报 arrive by the dozen.  Its customers are the 路段公司 (高速公路运营管理有限公司) whose
路段中心 and 收费站 it serves under a 联网收费系统运维服务协议.  It keeps a 7×24 监控值班 (the 服务台: 96xxx 客服 and
the 路段 报障 line) and an outsourced 驻场 team (门架 and 网络).

How its people write (a 事业单位 that lives by 厅 documents and 作业规程):
- 厅 文件 (X交〔2026〕N号) with a 红头 that 印发 办法 to 各市交通运输局、中心、各路段公司; 中心 文件 (X高联〔2026〕N号)
  that 印发 管理制度 (第一章 总则 / 第一条); 信息技术部 作业规程 with 编号 GSLW-XJ-GC-nn; a 中心信息化管理制度汇编
  whose 编 are several 制度;
- records by 路段/年度/月份: 门架巡检记录 workbooks (one per 路段 and 季度, sheets per record kind), 值班日志 (one per
  month: 系统运行状态, 告警, 交接), 变更审批单, 工单 exports (运维工单系统), 清分结算 日对账, 视频云 在线率 统计;
- 节假日免费通行保障 (春节/清明/五一/国庆) 方案 and 总结, 部联网中心 通报 (扣分, 门架 通行数据 上传及时率), 主任办公会
  and 部务会 纪要, 学习签到, 年度工作总结, 满意度 测评 among the 路段公司;
- names: 2026.03.15, 20260315, 2026年3月, （2026版）, V2.1, 定稿, 终版, 扫描件003.pdf, 附件2.docx, Book1.xlsx,
  新建 Microsoft Word 文档.docx; 归档/2025年/ with last year's copies (stale); $RECYCLE.BIN.

Judgement calls of this voice (also in README.md):
- a 中心 文件 filed whole is the 制度; the 汇编 proves what its 编 write; the 运维管理办法 proves 10 only with its
  "策划-实施-检查-改进" chapter; the 网络安全事件处置规程 proves 30, 31/incident-process and 34 (分类, 上报, 处置, 事后);
- a 作业规程 for one 作业 (门架巡检, 收费站网络割接) is 24's work instruction and 11's manual;
- the 门架巡检记录 workbook proves each record kind whose sheet has rows; its 机房环境 sheet proves nothing;
- the 值班日志 proves 45/monitoring and 16/status only when its rows record the systems' state, not just 交接;
- the 部联网中心 通报 (扣分 only) proves nothing; the 节假日保障 方案/总结 prove nothing; a 学习签到 about a 预案 or
  规程 proves nothing (69 is proved only by a 持续改进 宣贯 record whose content is the 改进 意识 itself);
- the 主任办公会纪要 proves what it decides (接口人 28, 服务台 48, 改进事项 priority 67).
"""

from datetime import date

from kinds import Doc

BA_INFO = {
    "ba1": dict(prov="江淮省", jc="淮", pre="淮高联", cust="江淮沿江高速公路运营管理有限公司", cs="沿江公司",
                roads=("G42沪蓉高速合肥至六安段", "G3京台高速蚌埠段", "S17蚌合高速")),
    "ba2": dict(prov="湘楚省", jc="楚", pre="楚高联", cust="湘楚潭衡西高速公路运营管理有限公司", cs="潭衡西公司",
                roads=("G4京港澳高速长潭段", "G60沪昆高速醴潭段", "S41潭衡西高速")),
    "ba3": dict(prov="晋汾省", jc="汾", pre="汾高联", cust="晋汾太佳高速公路运营管理有限公司", cs="太佳公司",
                roads=("G5京昆高速太原至汾阳段", "G20青银高速离石段", "S66太佳高速")),
    "ba4": dict(prov="黔岭省", jc="岭", pre="岭高联", cust="黔岭贵遵高速公路运营管理有限公司", cs="贵遵公司",
                roads=("G75兰海高速贵遵段", "G60沪昆高速贵新段", "S30都香高速")),
}

# the holes each share was designed with (clauses named in README.md)
HOLES = {
    "ba1": {"budget_tpl", "ola", "pdca", "kb_empty", "pentest_old", "devplan_draft", "trend", "bcp_draft",
            "callbacks", "criteria", "aware_signin", "forecast"},
    "ba2": {"survey_notime", "hist_noanalysis", "kpis", "compat", "problem", "cmdb_norel", "drdrill",
            "desk_train", "ia_old", "defects_old", "request"},
    "ba3": {"meeting_noagree", "no_outsourcing", "hw_old", "roles", "aplan", "iface_pending", "no_recovery",
            "bulletin_partial", "measure_old", "itrack", "trainproc"},
    "ba4": {"auto", "catalog_base", "golive_notest", "slm", "ci", "health_old", "monthly_notrend", "no_data",
            "audit_rule", "review_partial", "prev_unverified"},
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


def anyd(co, d):
    f = co.rng.randint(0, 5)
    if f <= 2:
        return cnd(d)
    if f == 3:
        return d.isoformat()
    if f == 4:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    return "%d/%02d/%02d" % (d.year, d.month, d.day)


def center(co):
    return co.ba["prov"] + "高速公路联网收费管理中心"


class Sec:
    """A document written part by part; a part lends its items only when written."""

    def __init__(self, title, num="cn"):
        self.blocks, self.items, self.num, self.n = [("title", title)], [], num, 0

    def head(self, *blocks):
        self.blocks += list(blocks)
        return self

    def part(self, heading, body, items=(), on=True):
        if not on:
            return self
        self.n += 1
        h = {"cn": "%s、%s" % (han(self.n), heading), "dig": "%d  %s" % (self.n, heading),
             "zhang": "第%s章  %s" % (han(self.n), heading)}[self.num]
        self.blocks.append(("h1", h))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items)), record, self.blocks + list(tail))


def book(kind, title, d, record, sheets, note=None):
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


def blank_sheet(title, d, cols, n=10):
    rows = [[title], ["路段/收费站：", "", "年    月"], cols] + [[""] * len(cols) for _ in range(n)]
    rows.append(["填表人：", "", "复核：", "", "部门负责人："])
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", rows)], decoy="template")


def blank_paper(title, d, heads):
    b = [("title", title), ("p", "编号：__________        日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "（填写）")]
    b += [("p", "填写人：            审核：            批准：")]
    return Doc("blank", title, d, [], False, b, decoy="template")


# ------------------------------------------------------------------ 制度 / 规程 (中心 文件, 信息技术部 规程)

def red_top(co, d, subject, level="zx"):
    co.ba_no[level] = co.ba_no.get(level, co.rng.randint(5, 40)) + co.rng.randint(1, 7)
    if level == "ting":
        issuer, no = co.ba["prov"] + "交通运输厅文件", "%s交〔%d〕%d号" % (co.ba["jc"], d.year, co.ba_no[level])
        to = "各市交通运输局，省高速公路联网收费管理中心，各高速公路经营管理单位："
    else:
        issuer, no = center(co) + "文件", "%s〔%d〕%d号" % (co.ba["pre"], d.year, co.ba_no[level])
        to = "中心各部室，各路段公司（路段中心）："
    b = [("big", issuer), ("p", no), ("title", subject), ("p", to),
         ("p", "现将《%s》印发给你们，请认真贯彻执行。执行中遇到的问题，请及时反馈信息技术部。" % subject.split("《")[-1].split("》")[0]
          if "印发" in subject else "经中心研究，决定对有关组织机构进行调整，现将有关事项通知如下："),
         ("p", center(co) if level == "zx" else co.ba["prov"] + "交通运输厅"), ("p", sign_date(d)),
         ("p", "（此件公开发布）"), ("break",)]
    return b, no


REGS = {
    # key: (name, code, [(heading, body, items, hole)])
    "ywgl": ("联网收费系统运行维护管理办法", "GSLW-ZD-01", [
        ("总则", ["为规范全省高速公路联网收费系统、ETC门架系统、清分结算系统及路网监测系统的运行维护，制定本办法。"], [], None),
        ("管理模式", ["运维工作按照“策划—实施—检查—改进”（PDCA）循环组织：每年初编制运维工作计划（策划），按计划开展巡检、"
                   "值班、变更和应急（实施），每月统计运行指标、每半年开展内部检查和服务评审（检查），对发现的问题制定改进措施并"
                   "跟踪验证（改进）。"], ["10/pdca"], "pdca"),
        ("职责分工", ["省中心信息技术部负责省级系统及骨干网；路段中心负责本路段门架、收费站系统；驻场运维单位按合同承担日常维护。"], [], None),
        ("附则", ["本办法由信息技术部负责解释，自印发之日起施行。"], [], None)]),
    "sjcz": ("网络安全事件处置和报告规程", "GSLW-XJ-GC-03", [
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、设备设施故障和其他事件，按影响路段数和"
                     "收费中断时长分为特别重大、重大、较大、一般四级。"], ["34/incident-process"], None),
        ("报告", ["值班员发现或接报事件后10分钟内报信息技术部负责人，较大及以上事件30分钟内电话报中心分管领导、1小时内书面报"
                "厅科技信息处和部联网中心；续报每2小时一次。"], ["30/reporting-process", "34/incident-process"], None),
        ("处置", ["按“先恢复收费、后查找原因”原则处置：隔离受影响设备，切换备用链路或ETC门架降级模式，记录处置过程。"],
         ["30/response-process", "31/incident-process", "34/incident-process"], None),
        ("应急响应", ["启动《联网收费系统网络安全事件应急预案》，应急领导小组组长决定响应级别，各路段中心按指令执行。"],
         ["34/emergency-process"], None),
        ("事后处理", ["事件处置结束后5个工作日内形成事件分析报告，明确原因、责任和整改措施，纳入知识库。"], ["34/incident-process"], None)]),
    "wtgl": ("运维问题管理规程", "GSLW-XJ-GC-05", [
        ("问题识别", ["对重复发生的故障（同一门架30日内3次及以上）、重大事件和趋势性告警登记为问题。"], ["20/procedure", "37/procedure"], None),
        ("根因分析与解决", ["问题责任人组织根因分析，提出已知错误和解决方案，经部门负责人审批后实施，关闭前验证效果。"], [], None)]),
    "zsgl": ("运维知识管理规程", "GSLW-XJ-GC-06", [
        ("知识的收集与审核", ["事件分析报告、已知错误、作业经验经值班长审核后录入运维知识库，按系统分类。"], ["21/procedure"], None),
        ("知识的使用与更新", ["服务台受理报障时先检索知识库；每季度清理过期条目。"], [], None)]),
    "sjgl": ("运维事件管理规程", "GSLW-XJ-GC-07", [
        ("事件受理", ["服务台通过96xxx客服转接、路段报障电话和运维工单系统受理事件，统一登记编号。"], ["49/incident-procedure"], None),
        ("事件处理与关闭", ["按优先级派单，一级事件15分钟响应、2小时恢复；处理完毕经报障方确认后关闭。"], [], None)]),
    "qqgl": ("运维服务请求管理规程", "GSLW-XJ-GC-08", [
        ("服务请求的范围", ["账号开通、权限变更、数据查询、ETC特情数据调取等标准服务请求。"], ["49/request-procedure"], None),
        ("请求的受理、审批与完成", ["路段公司通过工单系统提交，信息技术部审批后3个工作日内完成并回访。"], [], None)]),
    "slm": ("运维服务级别管理规程", "GSLW-XJ-GC-09", [
        ("服务级别的制定", ["与各路段公司协商确定服务级别，写入运维服务协议；内部各组之间签订运营级别约定。"], ["39/slm-procedure"], None),
        ("服务级别的监视与评审", ["每月统计服务级别达成情况，每年评审一次协议。"], [], None)]),
    "bggl": ("运维变更管理规程", "GSLW-XJ-GC-10", [
        ("变更分类", ["标准变更、一般变更、重大变更（涉及清分结算或全网门架参数下发）。"], ["54/procedure"], None),
        ("变更审批与实施", ["变更申请须附测试报告和回退方案，重大变更经部门负责人和分管领导审批，在凌晨低峰窗口实施。"], [], None)]),
    "nsgl": ("内部审核管理规程", "GSLW-XJ-GC-12", [
        ("审核策划", ["每年至少一次覆盖全部运维过程的内部审核，审核员与受审部门独立。"], ["61/audit-system", "62/audit-mechanism"], None),
        ("不符合项的纠正", ["不符合项30日内完成整改并验证关闭。"], [], None)]),
    "jsgl": ("运维服务监视与测量规程", "GSLW-XJ-GC-13", [
        ("监视内容", ["门架在线率、收费交易上传及时率、清分对账差错率、工单响应及时率、路段满意度。"],
         ["61/monitoring-process", "62/monitoring-process"], None),
        ("测量与报告", ["每月形成运行分析，未达标指标发起纠正措施。"], [], None)]),
    "cxgj": ("持续改进管理规程", "GSLW-XJ-GC-14", [
        ("改进的识别与记录", ["从值班、巡检、通报、满意度和评审中识别改进项，登记改进台账。"], ["65/procedure"], None),
        ("批准、评估、测量和报告", ["改进项经部门负责人批准后实施，按预期效果评估、以指标测量，每季度向中心报告。"], [], None)]),
    "yfcs": ("纠正和预防措施管理规程", "GSLW-XJ-GC-15", [
        ("预防措施", ["对巡检和监测中发现的潜在隐患（如门架RSU温度偏高、链路单点）制定预防措施，消除潜在不符合的原因。"],
         ["66/preventive-actions"], None),
        ("有效性验证", ["措施完成后由提出人验证效果并记录。"], [], None)]),
    "pxgl": ("安全培训服务管理规程", "GSLW-XJ-GC-16", [
        ("培训服务流程", ["年度培训需求调查—培训计划—组织实施（中心及路段收费、监控人员）—考核—效果评估—归档。"],
         ["31/training-process"], None)]),
    "stgl": ("渗透测试作业规程", "GSLW-XJ-GC-17", [
        ("渗透测试流程", ["测试授权—方案评审—信息收集—漏洞验证（禁止在收费高峰时段对生产系统实施）—报告—复测。"],
         ["31/pentest-process"], None)]),
}

HOLE_REG = {"problem": "wtgl", "request": "qqgl", "slm": "slm", "audit_rule": "nsgl", "trainproc": "pxgl"}


def reg_doc(co, d, key, with_red=True, drop=()):
    name, code, parts = REGS[key]
    s = Sec(name, "zhang")
    if with_red:
        b, no = red_top(co, d, "关于印发《%s》的通知" % name, "ting" if key == "ywgl" and co.rng.random() < 0.5 else "zx")
        s.blocks = b + [("title", name)]
    s.head(("p", "编号：%s    版本：V%d.%d" % (code, co.rng.randint(1, 3), co.rng.randint(0, 2))))
    for h, body, its, hole in parts:
        s.part(h, body, its, on=hole not in drop)
    return s.doc("reg:" + key, d, False)


def compilation(co, d, keys, drop):
    b = [("p", center(co)), ("title", "%s信息化管理制度汇编（%d版）" % (center(co), d.year)),
         ("p", "信息技术部编    %s" % cnd(d)), ("break",), ("h1", "目  录")]
    b += [("p", "第%s编  %s" % (han(i), REGS[k][0])) for i, k in enumerate(keys, 1)] + [("break",)]
    items = []
    for i, k in enumerate(keys, 1):
        doc = reg_doc(co, d, k, with_red=False, drop=drop)
        b.append(("h1", "第%s编  %s" % (han(i), REGS[k][0])))
        b += [x if x[0] != "title" else ("h2", x[1]) for x in doc.blocks]
        items += doc.items
    return Doc("compilation", "制度汇编", d, sorted(set(items)), False, b)


def work_instr(co, d, what):
    steps = {"门架巡检": ["检查RSU天线、车牌识别摄像机、高清抓拍补光灯工作状态", "查看门架机柜温湿度、UPS电池电压",
                       "核对门架后台交易上传延迟不超过5分钟", "填写门架巡检记录"],
             "收费站网络割接": ["割接前在测试环境验证配置", "申请变更窗口（02:00-05:00）", "逐台切换并验证车道交易",
                          "失败时30分钟内按回退方案恢复原配置"],
             "清分结算数据库备份恢复": ["每日全备，RMAN校验", "每月恢复演练到备库", "核对对账表记录数"]}[what]
    s = Sec("%s作业规程" % what, "dig").head(("p", "编号：GSLW-XJ-ZY-%02d    %s" % (co.rng.randint(1, 20), cnd(d))))
    s.part("适用范围", ["适用于中心及各路段中心运维人员开展%s作业。" % what])
    s.part("作业准备", ["工器具：笔记本、串口线、万用表、安全帽；作业票经值班长签发。"])
    s.part("作业步骤", [("table", [["步骤", "作业内容"]] + [[str(i), t] for i, t in enumerate(steps, 1)])],
           ["24/work-instructions", "11/manuals"])
    s.part("安全注意事项", ["上门架作业须两人以上，系好安全带，设置锥桶。"])
    return s.doc("work_instr", d, False)


# ------------------------------------------------------------------ 组织

def org_notice(co, d, outs, roles):
    b, no = red_top(co, d, "关于调整中心网络安全和信息化工作领导小组及运维组织的通知")
    s = Sec("关于调整中心网络安全和信息化工作领导小组及运维组织的通知")
    s.blocks = b
    s.part("领导小组", ["组长：%s（中心主任）；副组长：%s；成员：各部室负责人。领导小组办公室设在信息技术部。" % (co.boss, co.p(0))])
    s.part("运维组织架构", [("table", [["层级", "组织", "负责人"], ["决策层", "网络安全和信息化工作领导小组", co.boss],
                                     ["管理层", "信息技术部", co.p(0)], ["执行层", "系统组/网络组/监控值班组", co.p(1)],
                                     ["执行层", "驻场运维组（%s）" % co.vendor, co.vp(0) if outs else "—"]])],
           ["9/org-chart", "23/org-chart"])
    s.part("驻场运维人员", ["驻场运维组由%s派驻%s、%s等工程师组成，纳入执行组统一管理。" % (co.vendor, co.vp(0), co.vp(1))],
           ["9/outsourcing"], on=outs)
    s.part("运维角色", [("table", [["角色", "职责", "对应组织"], ["运维经理", "统筹运维服务", "信息技术部"],
                                 ["值班长", "服务台、事件分派", "监控值班组"], ["安全管理员", "安全策略、审计", "系统组"],
                                 ["网络工程师", "三级网络维护", "网络组"], ["门架工程师", "门架前端维护", "驻场运维组"]])],
           ["18/roles", "23/roles"], on=roles)
    return s.doc("org", d, False)


def staff_book(co, d, outs):
    rows = [[i + 1, co.p(i), ["部长", "副部长", "系统组", "网络组", "值班组", "值班组"][i], "中心在编"] for i in range(6)]
    vrows = [[i + 1, co.vp(i), ["门架工程师", "网络工程师", "驻场项目经理"][i], co.vendor] for i in range(3)] if outs else []
    return book("staff", "信息技术部运维人员名册", d, False,
                [("中心人员", ["序号", "姓名", "岗位", "性质"], rows, ["9/staff-list"]),
                 ("驻场人员", ["序号", "姓名", "岗位", "单位"], vrows, ["9/outsourcing"])], "更新日期：%s" % anyd(co, d))


def minutes(co, d, topics):
    s = Sec("主任办公会议纪要（%d年第%d期）" % (d.year, co.rng.randint(3, 24)))
    s.head(("p", "时间：%s  地点：中心三楼会议室  主持：%s  记录：%s" % (cnd(d), co.boss, co.p(4))))
    for t in topics:
        if t == "iface":
            s.part("关于路段公司运维接口人", ["明确信息技术部%s为%s运维及安全管理接口人，联系电话0551-6%06d。" % (co.p(1), co.ba["cs"], co.rng.randint(0, 999999))],
                   ["28/interface-person"])
        elif t == "iface_pending":
            s.part("关于路段公司运维接口人", ["接口人人选由信息技术部另行研究后报中心。"])
        elif t == "desk":
            s.part("关于设立运维服务台", ["依托7×24监控值班室设立运维服务台，统一受理路段报障和服务请求，电话96xxx转2。"], ["48/service-desk"])
        elif t == "prio":
            s.part("关于改进事项", [("table", [["改进事项", "效益", "难度", "优先级", "决定"],
                                           ["门架RSU温控改造", "高", "中", "1", "批准实施"],
                                           ["工单系统对接视频云", "中", "中", "2", "批准实施"],
                                           ["备用链路双上联", "高", "高", "3", "列入明年预算"]]),
                                   "会议按效益与难度评分确定优先级，批准前两项。"], ["67/analysis", "67/prioritisation"])
        else:
            s.part(t, ["会议听取了汇报，原则同意。"])
    return s.doc("minutes", d, True)


# ------------------------------------------------------------------ 路段公司服务

def survey(co, d, tm):
    s = Sec("%s联网收费系统运维服务需求调研报告" % co.ba["cs"]).head(("p", "信息技术部  %s" % anyd(co, d)))
    s.part("调研情况", ["走访%s路段中心及%s等收费站，结合厅“十四五”智慧高速规划开展调研。" % (co.ba["cs"], co.ba["roads"][0])])
    s.part("服务时间需求", ["车道及门架系统7×24小时；节假日免费通行期间驻点保障；路段中心办公类5×8。",
                        ("table", [["系统", "服务时段", "响应", "到场"], ["ETC门架", "7×24", "15分钟", "2小时"],
                                   ["收费站车道", "7×24", "15分钟", "2小时"], ["路段OA", "5×8", "1小时", "次日"]])],
           ["1/survey"], on=tm)
    s.part("安全服务需求与类型", ["路段提出漏洞扫描、门架终端安全加固、日志审计、等保测评配合、应急响应和人员安全培训，"
                             "归为安全评估、安全加固、应急保障、培训四类。"], ["5/survey"])
    return s.doc("survey", d, False)


def budget(co, d):
    rows = [[1, "门架前端维护", 420, "驻场门架工程师3名", 980, 411600, "全年"],
            [2, "三级网络维护", 180, "网络工程师2名", 1100, 198000, "全年"],
            [3, "渗透测试及等保配合", 30, "安全工程师", 2200, 66000, "6月底前"],
            [4, "节假日保障", 40, "值班组", 800, 32000, "春节/五一/国庆"]]
    return book("budget", "%d年度联网收费系统运维预算表" % d.year, d, False,
                [("预算", ["序号", "工作项", "工作量（人天）", "人力资源", "单价", "经费（元）", "节点"], rows, ["2/budget"])])


def meeting(co, d, agreed):
    s = Sec("%s运维服务对接会会议纪要" % co.ba["cs"]).head(
        ("p", "时间：%s  参会：%s、%s（路段公司），%s、%s（信息技术部）" % (anyd(co, d), co.cp(0), co.cp(1), co.p(0), co.p(1))))
    s.part("会议内容", ["讨论%d年门架维护范围、巡检频次、故障响应和节假日保障安排。" % d.year])
    if agreed:
        s.part("会议结论", ["双方一致同意：门架每季度现场巡检一次、每月远程检查；一级故障2小时到场；纪要经双方签字确认。"],
               ["3/communication"])
    else:
        s.part("遗留问题", ["巡检频次和费用分担双方意见不一致，待路段公司请示后再议。"])
    return s.doc("meeting", d, True)


def agreement(co, d, health=True):
    s = Sec("%s联网收费系统运维服务协议" % co.ba["cs"]).head(("p", "甲方：%s    乙方：%s信息技术部" % (co.ba["cust"], center(co))),
                                                   ("p", "签订日期：%s" % anyd(co, d)))
    s.part("服务范围", ["甲方所辖%s的ETC门架、收费站车道、路段中心系统及网络。" % "、".join(co.ba["roads"][:2])])
    s.part("运维方式", ["驻场值守（路段中心1人）、定期巡检（每季度）、远程值守（省中心7×24监控）三种方式结合。"], ["35/sla"])
    s.part("服务级别与核心指标", [("table", [["指标", "承诺值"], ["门架系统可用率", "≥99.9%"], ["交易上传及时率", "≥99.5%"],
                                          ["一级故障恢复", "≤2小时"]])], ["36/sla", "39/sla"])
    s.part("健康检查", ["乙方每季度对门架、车道和安全设备现场检查一次，每月远程检查一次，出具检查报告。"], ["15/agreement"], on=health)
    s.part("双方签章", ["甲方（盖章）：        乙方（盖章）："])
    return s.doc("agreement", d, False)


def history(co, d, analysis):
    return book("history", "%d年运维历史数据清单" % (d.year - 1), d, False,
                [("清单", ["序号", "数据", "来源", "时间范围", "条数"],
                  [[i + 1, n, s, "%d全年" % (d.year - 1), co.rng.randint(200, 9000)] for i, (n, s) in
                   enumerate([("运维工单", "工单系统"), ("门架告警", "门架监测平台"), ("变更单", "工单系统"),
                              ("清分差错", "清分结算系统"), ("安全日志", "日志审计")])], ["4/history-list"])])


def history_report(co, d):
    s = Sec("%d年运维历史数据分析报告" % (d.year - 1)).head(("p", "信息技术部  %s" % cnd(d)))
    s.part("指标完成情况", ["门架系统可用率99.93%，交易上传及时率99.61%，均达标。"])
    s.part("违例操作", ["发现未经审批修改门架参数3次、共享账号登录2次。"])
    s.part("重大事件与失败变更", ["发生重大事件1起（省中心至%s链路中断52分钟）；失败变更2次，均已回退。" % co.ba["roads"][1]])
    s.part("保障策略与实施方案", ["变更前强制测试验证；核心链路双上联；节假日前专项巡检。",
                             ("table", [["措施", "责任人", "时间"], ["变更测试清单", co.p(1), "3月"], ["链路双上联", co.p(3), "9月"]])])
    s.items = ["4/analysis", "4/strategy"]
    return s.doc("history_report", d, False)


def avail_kpis(co, d):
    return book("kpis", "联网收费系统可用性指标清单", d, False,
                [("指标", ["类别", "指标", "对象", "目标"], [["整体", "联网收费系统整体可用率", "全省", "≥99.9%"],
                                                         ["单系统", "ETC门架在线率", "全部门架", "≥99.8%"],
                                                         ["单系统", "清分结算系统可用率", "清分系统", "≥99.95%"],
                                                         ["单系统", "视频云在线率", "路网监测", "≥98%"]], ["6/availability-kpis"])])


def svc_review(co, d, auto):
    s = Sec("以往运维服务方案及对收费生产影响分析报告").head(("p", anyd(co, d)))
    s.part("以往服务方案回顾", ["回顾门架软件升级、车道参数下发、链路割接等27项方案。"])
    s.part("对生产的影响分析", ["其中3项造成车道交易延迟，1项导致门架计费异常2小时，均已闭环。"], ["7/impact-analysis"])
    s.part("可自动化的服务", ["根据安全事件平均处置时长分析，门架状态巡检、日志归集、弱口令核查可实现自动化，建议列入明年建设。"],
           ["7/automation"], on=auto)
    return s.doc("svc_review", d, False)


def catalog(co, d, full):
    rows = [["初始服务", "资产识别、配置录入"], ["安全设备运维", "防火墙、IPS、网闸日常维护"], ["日常巡检服务", "门架及三级网络巡检"],
            ["健康检查", "季度健康检查"], ["安全事件审计", "日志审计"]]
    its = ["12/catalog", "29/catalog"]
    if full:
        rows += [["运维监控与分析", "7×24监控及月度分析"], ["终端安全监控", "车道工控机终端管控"], ["等级保护合规性运维", "等保测评配合"],
                 ["安全通告及漏洞分析", "通告转发与漏洞分析"], ["应急响应服务", "事件应急处置"]]
        its += ["19/catalog", "26/catalog"]
    else:
        its = ["29/catalog"]
        rows = rows[1:3] + [["桌面运维", "办公终端"]]
    return book("catalog", "信息技术部运维服务目录", d, False, [("服务目录", ["服务", "内容"], rows, its)])


def sld_ola(co, d, ola):
    s = Sec("运维服务级别设计及内部运营级别约定").head(("p", anyd(co, d)))
    s.part("服务级别设计", ["对路段公司承诺：一级故障15分钟响应、2小时恢复；二级4小时；三级1个工作日。"], ["8/sld"])
    s.part("内部运营级别约定", ["值班组5分钟内派单，网络组/驻场组接单后10分钟内响应，与对外服务级别保持一致。"], ["8/ola"], on=ola)
    return s.doc("sld", d, False)


# ------------------------------------------------------------------ 设计/建设

def retrofit(co, d, test):
    s = Sec("%s收费站网络改造实施方案" % co.ba["roads"][co.rng.randint(0, 2)].split("高速")[0]).head(("p", anyd(co, d)))
    s.part("需求分析", ["与路段公司确认改造需求：车道带宽、门架回传、安全性要求，形成需求分析记录。"], ["11/requirements"])
    s.part("改造前测试验证", ["在省中心测试环境搭建同型号设备，验证配置和车道交易。",
                          ("table", [["测试项", "方法", "通过标准"], ["车道交易", "模拟100笔", "全部上传"], ["切换", "断主链路", "≤3秒"]])],
           ["25/test-plan"], on=test)
    s.part("回退措施", ["保留原配置文件，割接失败30分钟内恢复原链路。"], ["11/rollback", "25/rollback"])
    return s.doc("retrofit", d, False)


def compat(co, d):
    s = Sec("门架软件升级兼容性验证报告").head(("p", anyd(co, d)))
    s.part("验证结论", ["网络兼容（IPv6双栈）、系统兼容（国产化操作系统）、应用兼容（老版本车道软件）均通过。"], ["11/compatibility"])
    return s.doc("compat", d, True)


def baseline(co, d):
    return book("baseline", "安全配置基线", d, False, [("基线", ["对象", "基线项", "要求"],
                                                      [["防火墙", "管理口", "仅运维网段"], ["门架工控机", "USB", "禁用"],
                                                       ["数据库", "口令", "12位复杂度"]], ["25/baseline"])])


def dev_plan(co, d):
    s = Sec("%d年运维工具定制开发计划" % d.year).head(("p", anyd(co, d)))
    s.part("开发内容", [("table", [["工具", "用途", "完成时间"], ["门架状态自动巡检脚本", "自动巡检", "6月"], ["交易延迟告警插件", "监控", "9月"]])],
           ["33/dev-plan"])
    return s.doc("dev_plan", d, False)


# ------------------------------------------------------------------ 记录

def patrol(co, d, road, hw=True):
    n = co.rng.randint(4, 8)
    g = ["G%04d%03d%02d" % (co.rng.randint(20, 7500), co.rng.randint(1, 300), co.rng.randint(1, 20)) for _ in range(n)]
    return book("patrol", "%s门架巡检记录（%d年第%d季度）" % (road, d.year, (d.month - 1) // 3 + 1), d, True, [
        ("门架设备", ["日期", "门架编号", "RSU", "车牌识别", "工控机", "巡检人"],
         [[d.isoformat(), x, "正常", "正常", "CPU %d%%" % co.rng.randint(10, 60), co.vp(0)] for x in g],
         ["44/inspection", "14/maintenance", "44/maintenance"]),
        ("防病毒", ["日期", "主机", "病毒库版本", "查杀结果"], [[d.isoformat(), "门架工控机-%d" % i, "2026%02d%02d" % (d.month, 1), "未发现"] for i in range(3)],
         ["44/virus-scan", "45/antivirus"]),
        ("故障处理", ["日期", "门架", "故障", "处理"], [[d.isoformat(), g[0], "RSU无交易", "更换天线头"]], ["44/faults"]),
        ("升级", ["日期", "对象", "版本", "结果"], [[d.isoformat(), "门架后台", "V3.%d" % co.rng.randint(1, 9), "成功"]], ["44/upgrades"]),
        ("机房环境", ["日期", "温度", "湿度"], [[d.isoformat(), 24, 45]], [])])


def hw_stats(co, d):
    return book("hw", "%d年硬件故障统计表" % d.year, d, True, [("统计", ["设备类型", "故障次数", "主要原因"],
                                                            [["RSU", co.rng.randint(3, 20), "雷击/老化"], ["车牌识别", co.rng.randint(2, 9), "镜头"],
                                                             ["交换机", co.rng.randint(1, 4), "电源"]], ["14/hardware-faults"])])


def duty_log(co, d, full=True):
    rows = []
    for i in range(co.rng.randint(6, 10)):
        dd = date(d.year, d.month, 1 + i * 3)
        rows.append([dd.isoformat(), co.p(4 + i % 2), "门架在线率%.2f%%，清分系统正常，链路正常" % (99 + co.rng.random()) if full else "交接正常",
                     "无" if i % 3 else "%s门架离线告警，已派单" % co.ba["roads"][i % 3]])
    its = ["45/monitoring", "16/status"] if full else []
    return book("duty", "监控值班日志（%d年%d月）" % (d.year, d.month), d, True,
                [("值班日志", ["日期", "值班员", "系统运行状态", "告警及处理"], rows, its)])


def collect(co, d):
    s = Sec("安全信息采集记录（%d年%d月）" % (d.year, d.month)).head(("p", anyd(co, d)))
    s.part("系统配置", ["采集防火墙、核心交换机配置并比对基线，差异3处已整改。"], ["16/config"])
    s.part("流量信息", ["省中心出口峰值流量%dMbps，门架回传平均%dMbps。" % (co.rng.randint(400, 900), co.rng.randint(50, 200))], ["16/traffic"])
    s.part("系统状态", ["清分结算服务器CPU峰值62%，存储使用71%。"], ["16/status"])
    return s.doc("collect", d, True)


def health(co, d):
    s = Sec("%s健康检查报告（%d年第%d季度）" % (co.ba["cs"], d.year, (d.month - 1) // 3 + 1)).head(("p", "检查方式：现场检查  日期：%s" % anyd(co, d)))
    s.part("检查内容及结果", [("table", [["对象", "可用性", "持续运行", "结论"], ["门架前端", "99.9%", "正常", "良好"],
                                      ["收费站防火墙", "100%", "正常", "良好"], ["路段中心服务器", "99.95%", "正常", "良好"]])],
           ["15/records", "46/records"])
    return s.doc("health", d, True)


def log_audit(co, d):
    s = Sec("日志审计分析报告（%d年%d月）" % (d.year, d.month)).head(("p", anyd(co, d)))
    s.part("网络及安全设备日志", ["防火墙拒绝连接%d次，IPS告警%d条。" % (co.rng.randint(1000, 9000), co.rng.randint(20, 200))])
    s.part("服务器及操作系统日志", ["异常登录失败%d次，均为运维人员输错口令。" % co.rng.randint(5, 40)])
    s.part("网络应用日志", ["清分结算系统接口调用异常0次；门户无异常访问。"])
    s.items = ["17/log-analysis", "45/audit-report", "47/audit"]
    return s.doc("log_audit", d, True)


def incident_stats(co, d):
    s = Sec("%d年上半年网络安全事件统计分析" % d.year).head(("p", anyd(co, d)))
    s.part("事件统计", [("table", [["类别", "件数"], ["有害程序", 2], ["网络攻击", 5], ["设备故障", 17]])], ["18/incident-stats"])
    s.part("分析", ["设备故障占比最高，主要集中于雷雨季节的门架前端。"], ["18/incident-analysis"])
    return s.doc("incident", d, True)


def avail(co, d, plan):
    s = Sec("%d年联网收费系统可用性管理报告" % d.year).head(("p", anyd(co, d)))
    s.part("可用性计划", ["全年计划：门架在线率≥99.8%，季度巡检，雷雨季前防雷检测。"], ["18/availability-plan", "22/plan"], on=plan)
    s.part("可用性事件", [("table", [["日期", "事件", "中断时长"], ["%d-07-12" % d.year, "门架雷击离线", "3小时"]])],
           ["18/availability-events", "22/events"])
    s.part("可用性报告及改进", ["可用率99.91%，建议增加防雷模块。"], ["18/availability-report", "22/report"])
    return s.doc("avail", d, True)


def kb(co, d, rows_on):
    rows = [["KB-%04d" % (i + 1), t, "已发布"] for i, t in enumerate(["门架RSU无交易处理", "车道软件回滚", "清分对账差错排查"])] if rows_on else []
    return book("kb", "运维知识库导出", d, False, [("知识库", ["编号", "标题", "状态"], rows, ["21/knowledge-base"])])


def assets(co, d):
    rows = [["GSLW-%05d" % i, t, m, "%s/%s" % (co.ba["roads"][i % 3][:6], "机柜A%d" % i), "Gi0/%d" % i, "在用", lv]
            for i, (t, m, lv) in enumerate([("防火墙", "NGFW-4000", "重要"), ("核心交换机", "S12508", "重要"),
                                            ("门架工控机", "IPC-610", "一般"), ("RSU", "ETC-RSU-5", "一般")], 1)]
    return book("assets", "信息资产识别清单", d, False, [("资产", ["标识", "类型", "型号", "位置", "端口", "部署", "分级"], rows,
                                                        ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    rows = [["CI-001", "清分结算数据库", "DB-01", "依赖存储SAN-1"], ["CI-002", "门架后台", "APP-03", "依赖CI-001"]]
    its = ["27/cmdb"] + (["38/cmdb-relations"] if rel else [])
    if not rel:
        rows = [r[:3] for r in rows]
    return book("cmdb", "配置管理数据库导出（CMDB，访问受控）", d, False,
                [("配置项", ["CI编号", "名称", "主机"] + (["关联关系"] if rel else []), rows, its)])


def ci_updates(co, d):
    return book("ci", "配置项变更维护登记", d, True, [("登记", ["日期", "CI", "变更内容", "登记人"],
                                                   [[d.isoformat(), "CI-002", "门架后台升级V3.6", co.p(2)]], ["43/ci-updates"])])


def changes(co, d):
    return book("changes", "变更审批单台账（%d年）" % d.year, d, True, [("台账", ["单号", "日期", "内容", "审批", "结果"],
                                                                 [["BG%s%02d" % (ymd(d), i), d.isoformat(), t, co.p(0), "成功"] for i, t in
                                                                  enumerate(["门架参数下发", "防火墙策略调整", "清分库补丁"])],
                                                                 ["54/records", "43/process-records"])])


def tickets(co, d):
    return book("tickets", "运维工单导出_%s" % ymd(d), d, True, [("工单", ["工单号", "报障单位", "受理时间", "响应时长(分)", "要求(分)", "状态"],
                                                               [["GD%s%03d" % (ymd(d), i), co.ba["cs"], d.isoformat(), co.rng.randint(3, 14), 15, "已关闭"]
                                                                for i in range(8)], ["55/response-times"])])


def pentest(co, d, plan=True):
    s = Sec("%d年联网收费系统渗透测试%s" % (d.year, "计划及报告" if plan else "报告")).head(("p", anyd(co, d)))
    if plan:
        s.part("测试计划", ["测试范围：清分结算系统互联网接口、门户、ETC服务APP；时间：%d月夜间。" % d.month], ["31/pentest-plan", "32/pentest-plan"])
    s.part("测试记录及结果", ["发现中危漏洞3个（越权查询、弱口令、信息泄露），已复测关闭。"], ["31/pentest-records", "32/pentest-records"])
    return s.doc("pentest", d, True)


def grading(co, d, crit):
    s = Sec("联网收费系统等级保护定级报告").head(("p", anyd(co, d)))
    s.part("定级结果", ["联网收费系统、清分结算系统定为第三级，路网监测系统定为第二级。"], ["51/grading"])
    s.part("定级标准", ["依据GB/T 22240，按业务信息安全和系统服务安全受破坏后侵害客体及程度确定等级。"], ["51/grading-criteria"], on=crit)
    return s.doc("grading", d, False)


def bulletin(co, d, full):
    s = Sec("网络安全通告（%d年第%d期）" % (d.year, co.rng.randint(2, 30))).head(("p", anyd(co, d)))
    s.part("漏洞通告", ["转发CNVD高危漏洞5个（含门架工控机操作系统）。"], ["52/vulnerability"])
    s.part("厂商安全通告", ["防火墙厂商发布补丁，需升级。"])
    if full:
        s.part("病毒通告", ["勒索病毒变种在交通行业传播。"], ["52/virus"])
        s.part("政策法规动态", ["《网络数据安全管理条例》要点解读。"], ["52/policy"])
        s.part("分析及处置建议", ["对我中心影响评估为中，已于一周内完成补丁。"], ["52/analysis", "53/bulletin"])
    return s.doc("bulletin", d, True)


def emergency_plan(co, d, recovery):
    b, no = red_top(co, d, "关于印发《联网收费系统网络安全事件应急预案》的通知")
    s = Sec("联网收费系统网络安全事件应急预案")
    s.blocks = b + [("title", "联网收费系统网络安全事件应急预案")]
    s.part("组织机构", ["设应急领导小组，组长由中心主任担任。"])
    s.part("应急响应", ["按事件级别启动Ⅰ—Ⅳ级响应，路段中心30分钟内到岗。"], ["36/emergency-plan", "53/emergency-plan"])
    s.part("恢复策略及系统恢复", ["清分结算系统RTO 4小时、RPO 15分钟；门架降级为本地缓存，恢复后补传。"],
           ["36/recovery-plan", "55/plan"], on=recovery)
    return s.doc("eplan", d, False)


def bcp(co, d):
    s = Sec("联网收费业务连续性计划").head(("p", "经中心主任办公会审议通过  %s" % cnd(d)))
    s.part("业务影响分析", ["收费交易、清分结算为关键业务，最大容忍中断4小时。"])
    s.part("连续性策略", ["同城灾备中心热备，门架本地缓存72小时交易。"], ["42/bcp"])
    return s.doc("bcp", d, False)


def drill(co, d, kind):
    t = {"em": "ETC门架网络中断应急演练记录", "dr": "清分结算系统数据恢复演练记录"}[kind]
    s = Sec(t).head(("p", "演练时间：%s 01:00-04:00" % anyd(co, d)))
    s.part("演练过程", ["模拟场景并按预案处置，计时记录各环节。"])
    s.part("演练结果", ["达到预期，恢复用时%d分钟。" % co.rng.randint(20, 90)],
           ["40/emergency-drill", "53/drill"] if kind == "em" else ["40/recovery-drill"])
    return s.doc("drill", d, True)


def csat(co, d, half):
    return book("csat", "%d年%s半年路段公司运维服务满意度测评汇总" % (d.year, half), d, True,
                [("汇总", ["路段公司", "响应", "质量", "态度", "总分"], [[co.ba["cs"], 92, 90, 95, 92.3], ["其他路段", 88, 87, 90, 88.3]],
                  ["41/surveys", "58/survey", "63/survey"]),
                 ("分析", ["项目", "结论"], [["满意度分析", "质量项偏低，主要为门架故障到场时间"]], ["58/survey"])])


def csat_trend(co, d):
    s = Sec("%d-%d年满意度趋势分析" % (d.year - 2, d.year)).head(("p", anyd(co, d)))
    s.part("趋势", [("table", [["年度", "得分"], [d.year - 2, 86.1], [d.year - 1, 88.7], [d.year, 91.2]]), "逐年上升。"], ["41/trend"])
    return s.doc("trend", d, True)


def callbacks(co, d):
    return book("callback", "路段公司主动回访记录", d, True, [("回访", ["日期", "单位", "回访人", "意见"],
                                                          [[d.isoformat(), co.ba["cs"], co.p(1), "满意"]], ["63/follow-up-visits"])])


def desk_training(co, d):
    return book("desk_tr", "服务台值班人员培训签到及考核", d, True, [("签到", ["姓名", "培训内容", "考核"],
                                                                [[co.p(4), "工单受理与派单规范", 90], [co.p(5), "门架故障初判", 86]], ["48/training"])])


def monthly(co, d, trend, data, fc):
    s = Sec("信息技术部运行分析月报（%d年%d月）" % (d.year, d.month)).head(("p", anyd(co, d)))
    s.part("本月运行概况", ["门架在线率99.87%，交易上传及时率99.7%。"])
    s.part("指标趋势分析", [("table", [["指标", "上月", "本月", "趋势"], ["门架在线率", "99.81%", "99.87%", "↑"], ["工单及时率", "96%", "98%", "↑"]])],
           ["50/monitoring-report"], on=trend)
    s.part("运维数据统计", [("table", [["指标", "值"], ["异常报告及时率", "98%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "97%"],
                                      ["故障隐患发现率", "92%"], ["异常主动发现率", "88%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                      ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "93%"], ["安全事件次数", "2"]])], ["56/data"], on=data)
    s.part("服务预测", ["根据工单、变更、事件趋势预测：国庆免费通行期间门架报障将增加40%，需提前扩容值班。"], ["71/forecast"], on=fc)
    return s.doc("monthly", d, True)


def measure(co, d, verified=True):
    return book("measure", "运维服务监视测量表", d, True, [("KPI", ["指标", "目标", "实际", "达标"],
                                                        [["门架在线率", "99.8%", "99.87%", "是"], ["满意度", "90", "92.3", "是"], ["投诉", "0", "1", "否"]],
                                                        ["57/measurement"]),
                                                       ("纠正预防措施", ["编号", "问题", "措施", "验证"],
                                                        [["CAPA-01", "投诉1起", "优化回访", "已验证有效" if verified else "待验证"]],
                                                        ["57/capa"] + (["66/effectiveness"] if verified else []))])


def internal_audit(co, d):
    s = Sec("%d年度运维服务内部审核报告" % d.year).head(("p", anyd(co, d)))
    s.part("审核范围与结论", ["覆盖事件、变更、巡检等过程，发现不符合2项，已整改。"], ["59/internal-audit"])
    return s.doc("ia", d, True)


def review(co, d, partial):
    s = Sec("%d年度运维服务管理评审报告" % d.year).head(("p", "主持：%s  %s" % (co.boss, anyd(co, d))))
    s.part("服务和流程的执行情况和符合性", ["各流程执行正常，指标达标。"], ["59/management-review", "60/performance"])
    s.part("客户反馈", ["路段满意度92.3分。"], ["60/customer-feedback"])
    s.part("资源水平", ["当前驻场9人，预测明年新增门架120套需增2人。"], ["60/resources"], on=not partial)
    s.part("纠正措施进展", ["上年4项纠正措施已关闭3项。"], ["60/corrective-actions"])
    s.part("可能影响服务的变更", ["部联网中心收费软件升级、IPv6改造。"], ["60/changes"], on=not partial)
    s.part("改进机会", ["门架温控、工单对接视频云。"], ["60/improvements"])
    return s.doc("mr", d, True)


def improve_plan(co, d, crit):
    s = Sec("%d年运维持续改进计划" % d.year).head(("p", anyd(co, d)))
    s.part("改进项目", [("table", [["项目", "目标", "责任人"], ["门架RSU温控改造", "雷雨季离线降50%", co.p(3)]])], ["64/plan", "68/plan"])
    s.part("评估标准", ["以改进前后三个月指标对比评估，达到目标值的80%为有效。"], ["64/criteria"], on=crit)
    return s.doc("iplan", d, True)


def improve_track(co, d):
    return book("itrack", "改进项目实施跟踪台账", d, True, [("跟踪", ["项目", "进度", "实施情况", "有效性测量"],
                                                          [["门架RSU温控改造", "100%", "已完成62套", "离线次数同比降57%"]],
                                                          ["68/implementation", "68/effectiveness"])])


def awareness(co, d):
    s = Sec("持续服务改进意识宣贯培训记录").head(("p", "时间：%s  对象：信息技术部及驻场全体" % anyd(co, d)))
    s.part("宣贯内容", ["人人都是改进的发起者：如何从值班日志和报障中发现改进点、如何提交改进建议。"], ["69/awareness-training"])
    s.part("签到", [("table", [["姓名", "签字"]] + [[co.p(i), co.p(i)] for i in range(5)])])
    return s.doc("aware", d, True)


def defects(co, d):
    s = Sec("%d年运维不良情况分析及改进计划" % d.year).head(("p", anyd(co, d)))
    s.part("重大事件、失败变更、服务不达标分析", ["重大事件1起、失败变更2次、工单及时率1个月未达标。"])
    s.part("改进计划", ["变更双人复核；雷雨季前防雷检测。"])
    s.items = ["70/defect-analysis"]
    return s.doc("defects", d, True)


def signin(co, d, what):
    return book("signin", "《%s》学习签到表" % what, d, True, [("签到", ["姓名", "部门", "签字"],
                                                           [[co.p(i), "信息技术部", co.p(i)] for i in range(5)], [])])


def notice_bu(co, d):
    b = [("title", "交通运输部路网监测与应急处置中心关于%d年%d月全国ETC门架系统运行情况的通报" % (d.year, d.month)),
         ("p", "各省（区、市）联网收费管理机构："),
         ("p", "%d月%s门架通行数据上传及时率98.7%%，排名第%d，扣%d分。请对照问题清单整改。" % (d.month, co.ba["prov"], co.rng.randint(5, 25), co.rng.randint(1, 5)))]
    return Doc("notice", "通报", d, [], True, b, decoy="notice only")


def holiday(co, d, what):
    b = [("title", "%d年%s重大节假日免费通行信息系统保障方案" % (d.year, what)),
         ("p", "一、保障时段：按厅通知执行。二、保障措施：节前专项巡检、24小时双人值班、驻场人员路段前置。"),
         ("p", "三、联络：值班电话96xxx。")]
    return Doc("holiday", "节假日保障", d, [], False, b, decoy="unrelated")


def doc_mention(co, d):
    b = [("title", "关于做好%d年度运维服务管理评审准备工作的通知" % d.year),
         ("p", "请各组按《持续改进管理规程》《内部审核管理规程》要求，于%d月底前提交评审输入材料。" % d.month)]
    return Doc("mention", "通知", d, [], False, b, decoy="notice only")


UNREL = [("党建", "信息技术部党支部%d年主题党日活动记录", ["活动内容：学习交通强国建设纲要。"]),
         ("工会", "%d年职工春季健步走报名表", ["报名截止本周五。"]),
         ("财务", "差旅费报销单（%d）", ["出差事由：门架巡检。金额：860元。"]),
         ("综合", "%d年车辆使用登记", ["车牌号：皖A·G3xxx。"])]


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    co.ba = BA_INFO[getattr(co, "info_id", co.id)]
    co.ba_no = {}
    H = HOLES[getattr(co, "info_id", co.id)]
    co.gaps = set(H)
    co.oldonly = {h for h in H if h.endswith("_old")}
    r = co.rng
    made = []

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.3)
        opt.setdefault("styled", r.random() < 0.7)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxjsb", "gslw", "USER"]))
        if rel in co.used:
            b, e = rel.rsplit(".", 1)
            rel = "%s(%d).%s" % (b, r.randint(1, 9), e)
        if rel in co.used:
            return
        co.add(rel, doc, **opt)
        if doc.items and doc.record and (date(2026, 11, 30) - doc.date).days <= 365:
            made.append((rel, doc))

    def fr():
        return co.fresh()

    def yr(d):
        return "%d年/" % d.year

    ZX, XJ, KH = "02中心文件/", "信息技术部/", "路段公司服务/%s/" % co.ba["cs"]
    old = lambda: co.old()  # noqa: E731

    # ---- 制度
    drop = {"pdca"} if "pdca" in H else set()
    keys = [k for k in REGS if not any(h in H and HOLE_REG[h] == k for h in HOLE_REG)]
    pool = keys[:]
    r.shuffle(pool)
    inbook = sorted(pool[:r.randint(4, 6)], key=list(REGS).index)
    d = date(r.choice([2024, 2025]), r.randint(2, 8), r.randint(1, 28))
    put(ZX + "制度汇编/%s信息化管理制度汇编（%d版）.pdf" % (center(co), d.year), compilation(co, d, inbook, drop))
    for k in keys:
        if k in inbook and r.random() < 0.55:
            continue
        d = co.issued()
        doc = reg_doc(co, d, k, with_red=k in ("ywgl", "sjcz", "slm", "nsgl") or r.random() < 0.3, drop=drop)
        nm = r.choice(["%s（%s）" % (REGS[k][0], REGS[k][1]), "%s_V%d.%d" % (REGS[k][0], r.randint(1, 3), r.randint(0, 2)),
                       "%s %s" % (REGS[k][1], REGS[k][0])])
        top = "01厅文件/" + yr(d) if doc.blocks[0][1].endswith("交通运输厅文件") else ZX + yr(d)
        put((top if k in ("ywgl", "sjcz") else XJ + "作业规程/") + nm + "." + r.choice(["docx", "pdf", "docx"]), doc)
    for w in r.sample(["门架巡检", "收费站网络割接", "清分结算数据库备份恢复"], 2 + (r.random() < 0.5)):
        d = co.issued()
        put(XJ + "作业规程/%s作业规程.%s" % (w, r.choice(["docx", "pdf"])), work_instr(co, d, w))
    if "problem" in H:
        put(XJ + "作业规程/作废/运维问题管理规程（2019版）作废.docx", void(reg_doc(co, date(2019, 5, 6), "wtgl", False), "obsolete", "（作废）"))
    if "slm" in H:
        put(XJ + "作业规程/运维服务级别管理规程（征求意见稿）.docx", void(reg_doc(co, fr(), "slm", False), "draft", "（征求意见稿）"))

    # ---- 组织
    outs = "no_outsourcing" not in H
    d = co.issued()
    put(ZX + "%s%s关于调整中心网络安全和信息化工作领导小组及运维组织的通知.pdf" % (yr(d), ymd(d)), org_notice(co, d, outs, "roles" not in H))
    d = fr()
    put(XJ + "综合/信息技术部运维人员名册%s.xlsx" % d.strftime("%Y%m"), staff_book(co, d, outs))
    for t in (["iface_pending" if "iface_pending" in H else "iface", "desk"], ["prio", "门架建设进度"], ["节假日保障准备"]):
        d = fr()
        put("会议纪要/主任办公会/%s主任办公会纪要.docx" % d.strftime("%Y.%m.%d"), minutes(co, d, t))
    d = fr()
    put(XJ + "综合/运维服务目录%s.xlsx" % r.choice(["V2.0", "(2026版)", "_终版"]), catalog(co, d, "catalog_base" not in H))
    d = co.issued()
    put(XJ + "综合/运维服务级别设计及内部运营级别约定.docx", sld_ola(co, d, "ola" not in H))
    if "ola" in H:
        put("个人/%s/内部运营级别约定（草稿）.docx" % co.p(1), void(sld_ola(co, fr(), True), "draft", "（草稿）"))

    # ---- 路段公司服务
    d = fr()
    put(KH + "01需求调研/%s需求调研报告.docx" % d.strftime("%Y%m"), survey(co, d, "survey_notime" not in H))
    if "budget_tpl" in H:
        put(KH + "01需求调研/运维预算表（模板）.xlsx", blank_sheet("年度运维预算表", fr(), ["工作项", "工作量", "人力资源", "经费", "节点"]))
    else:
        d = fr()
        put(KH + "01需求调研/附件2.xlsx", budget(co, d))
    d = fr()
    put(KH + "01需求调研/对接会纪要%s.docx" % ymd(d), meeting(co, d, "meeting_noagree" not in H))
    d = fr()
    put(KH + "02服务协议/%s联网收费系统运维服务协议（盖章版）.pdf" % co.ba["cs"], agreement(co, d))
    if "health_old" in H:
        for _ in range(2):
            d = old()
            put(KH + "03健康检查/%s/健康检查报告%s.docx" % (d.year, d.strftime("%Y%m")), health(co, d))
    else:
        for q in r.sample([2, 5, 8], 2):
            d = date(2026, q, r.randint(3, 25))
            put(KH + "03健康检查/2026/健康检查报告%s.docx" % d.strftime("%Y%m"), health(co, d))
    for half, m in (("上", 6), ("下", 11)):
        d = date(2026 if half == "上" else 2025, m, r.randint(5, 25))
        put(KH + "04满意度/%s/满意度测评汇总.xlsx" % d.year, csat(co, d, half))
    if "trend" in H:
        put("个人/%s/满意度趋势分析（草稿）.docx" % co.p(3), void(csat_trend(co, fr()), "draft", "（草稿）"))
    else:
        d = fr()
        put(KH + "04满意度/满意度趋势分析%d.docx" % d.year, csat_trend(co, d))
    if "callbacks" not in H:
        d = fr()
        put(KH + "04满意度/Book1.xlsx", callbacks(co, d))

    # ---- 设计 / 分析
    d = fr()
    put(XJ + "分析报告/%d年运维历史数据清单.xlsx" % (d.year - 1), history(co, d, True))
    if "hist_noanalysis" in H:
        put("个人/%s/历史数据分析（初稿）.docx" % co.p(2), void(history_report(co, fr()), "draft", "（初稿）"))
    else:
        d = fr()
        put(XJ + "分析报告/%d年运维历史数据分析报告.docx" % (d.year - 1), history_report(co, d))
    if "kpis" not in H:
        put(XJ + "综合/可用性指标清单.xlsx", avail_kpis(co, co.issued()))
    d = fr()
    put(XJ + "分析报告/以往服务方案影响分析.docx", svc_review(co, d, "auto" not in H))
    d = fr()
    put(XJ + "建设改造/收费站网络改造实施方案_%s.docx" % ymd(d), retrofit(co, d, "golive_notest" not in H))
    if "compat" in H:
        put(XJ + "建设改造/兼容性验证报告（空白）.docx", blank_paper("兼容性验证报告", fr(), ["网络兼容", "系统兼容", "应用兼容"]))
    else:
        d = fr()
        put(XJ + "建设改造/门架软件升级兼容性验证报告.pdf", compat(co, d))
    put(XJ + "安全/安全配置基线%s.xlsx" % r.choice(["V1.3", "_2026"]), baseline(co, co.issued()))
    if "devplan_draft" in H:
        put("个人/%s/工具开发计划（草稿）.docx" % co.p(2), void(dev_plan(co, fr()), "draft", "（草稿）"))
    else:
        put(XJ + "综合/%d年运维工具定制开发计划.docx" % 2026, dev_plan(co, date(2026, r.randint(1, 3), 10)))

    # ---- 记录
    for road in co.ba["roads"]:
        for q in r.sample([1, 4, 7, 10], 3):
            d = date(2026, q, r.randint(2, 26))
            put("门架巡检/%s/2026年/%s门架巡检记录%s.xlsx" % (road, road.split("高速")[0], d.strftime("%Y.%m")), patrol(co, d, road))
    for m in range(1, 11):
        d = date(2026, m, 28)
        put(XJ + "值班日志/2026年/%02d月/监控值班日志2026%02d.xlsx" % (m, m), duty_log(co, d, m % 4 != 0))
    if "hw_old" in H:
        d = old()
        put(XJ + "综合/%d年硬件故障统计表.xlsx" % d.year, hw_stats(co, d))
        put(XJ + "综合/2026年硬件故障统计表.xlsx", blank_sheet("硬件故障统计表", fr(), ["设备类型", "故障次数", "原因"]))
    else:
        d = fr()
        put(XJ + "综合/%d年硬件故障统计表.xlsx" % d.year, hw_stats(co, d))
    for _ in range(2):
        d = fr()
        put(XJ + "安全/采集记录/安全信息采集记录%s.docx" % d.strftime("%Y%m"), collect(co, d))
    for _ in range(3):
        d = fr()
        put(XJ + "安全/日志审计/日志审计分析报告%s.pdf" % d.strftime("%Y-%m"), log_audit(co, d))
    d = date(2026, 7, r.randint(5, 20))
    put(XJ + "安全/事件统计/2026年上半年网络安全事件统计分析.docx", incident_stats(co, d))
    d = fr()
    put(XJ + "分析报告/%d年可用性管理报告.docx" % d.year, avail(co, d, "aplan" not in H))
    put(XJ + "综合/知识库导出%s.xlsx" % ymd(fr()), kb(co, fr(), "kb_empty" not in H))
    put(XJ + "综合/信息资产识别清单.xlsx", assets(co, co.issued()))
    put(XJ + "综合/CMDB导出_%s.xlsx" % ymd(fr()), cmdb(co, fr(), "cmdb_norel" not in H))
    if "ci" not in H:
        d = fr()
        put(XJ + "综合/配置项变更维护登记%d.xlsx" % d.year, ci_updates(co, d))
    d = fr()
    put(XJ + "变更管理/变更审批单台账2026.xlsx", changes(co, d))
    for _ in range(2):
        d = fr()
        put(XJ + "工单/运维工单导出_%s.xlsx" % ymd(d), tickets(co, d))
    if "pentest_old" in H:
        d = old()
        put(XJ + "安全/渗透测试/%d年渗透测试计划及报告.pdf" % d.year, pentest(co, d))
    else:
        d = fr()
        put(XJ + "安全/渗透测试/%d年渗透测试计划及报告.pdf" % d.year, pentest(co, d))
    d = co.issued()
    put(XJ + "安全/等级保护/联网收费系统等级保护定级报告.pdf", grading(co, d, True))
    for _ in range(3):
        d = fr()
        put(XJ + "安全/安全通告/网络安全通告%s.docx" % ymd(d), bulletin(co, d, "bulletin_partial" not in H))
    d = fr()
    put(XJ + "安全/安全通告/扫描件%03d.pdf" % r.randint(1, 99), notice_bu(co, d))

    # ---- 应急
    d = co.issued()
    put("应急管理/%s联网收费系统网络安全事件应急预案.pdf" % d.strftime("%Y.%m"), emergency_plan(co, d, "no_recovery" not in H))
    if "bcp_draft" in H:
        put("应急管理/业务连续性计划（征求意见稿）.docx", void(bcp(co, co.issued()), "draft", "（征求意见稿）"))
    else:
        put("应急管理/联网收费业务连续性计划.docx", bcp(co, co.issued()))
    d = fr()
    put("应急管理/演练/%sETC门架网络中断应急演练记录.docx" % ymd(d), drill(co, d, "em"))
    if "drdrill" in H:
        put("应急管理/演练/数据恢复演练方案.docx", blank_paper("清分结算系统数据恢复演练方案", fr(), ["演练目的", "演练场景", "演练步骤"]))
    else:
        d = fr()
        put("应急管理/演练/%s清分结算系统数据恢复演练记录.docx" % ymd(d), drill(co, d, "dr"))

    # ---- 监视评审 / 改进
    for m in sorted(r.sample(range(1, 8), 3)) + [r.randint(8, 10)]:
        d = date(2026, m, r.randint(3, 10))
        put(XJ + "运行月报/%d年%d月运行分析月报.docx" % (d.year, m),
            monthly(co, d, "monthly_notrend" not in H, "no_data" not in H, "forecast" not in H and m >= 8))
    if "forecast" in H:
        d = date(2025, 9, 6)
        put("归档/2025年/2025年9月运行分析月报.docx", monthly(co, d, True, True, True))
    if "measure_old" in H:
        d = old()
        put("体系/监视测量/%d运维服务监视测量表.xlsx" % d.year, measure(co, d))
    else:
        d = fr()
        put("体系/监视测量/运维服务监视测量表%s.xlsx" % d.strftime("%Y%m"), measure(co, d, "prev_unverified" not in H))
    d = old() if "ia_old" in H else fr()
    put("体系/内部审核/%d年度内部审核报告.docx" % d.year, internal_audit(co, d))
    d = fr()
    put("体系/管理评审/%d年度管理评审报告.docx" % d.year, review(co, d, "review_partial" in H))
    d = fr()
    put("体系/持续改进/%d年运维持续改进计划.docx" % d.year, improve_plan(co, d, "criteria" not in H))
    if "itrack" not in H:
        d = fr()
        put("体系/持续改进/改进项目实施跟踪台账.xlsx", improve_track(co, d))
    if "aware_signin" in H:
        d = fr()
        put("培训/%s《持续改进管理规程》学习签到.xlsx" % ymd(d), signin(co, d, "持续改进管理规程"))
    else:
        d = fr()
        put("培训/%s持续改进意识宣贯.docx" % ymd(d), awareness(co, d))
    if "desk_train" in H:
        put("培训/服务台培训签到（空白）.xlsx", blank_sheet("服务台人员培训签到表", fr(), ["姓名", "培训内容", "考核", "签字"]))
    else:
        d = fr()
        put("培训/%s服务台人员培训.xlsx" % ymd(d), desk_training(co, d))
    d = old() if "defects_old" in H else fr()
    put("体系/持续改进/%d年运维不良情况分析及改进计划.docx" % d.year, defects(co, d))
    if "prev_unverified" in H:
        d = old()
        put("归档/%d年/纠正预防措施验证记录.xlsx" % d.year, measure(co, d, True))

    # ---- prove nothing: 厅 节假日 通知, 节假日保障, 清分对账, 通报, 党建
    d = date(2026, 9, r.randint(10, 25))
    b, no = red_top(co, d, "关于做好2026年国庆节假日期间高速公路小型客车免费通行保障工作的通知", "ting")
    b = b[:4] + [("p", "各单位要严格落实免费通行政策，确保ETC门架、收费车道稳定运行，节后3日内报送总结。"),
                 ("p", co.ba["prov"] + "交通运输厅"), ("p", sign_date(d))]
    put("01厅文件/2026年/%s关于做好2026年国庆节假日免费通行保障工作的通知.pdf" % no,
        Doc("ting_notice", "厅通知", d, [], False, b, decoy="unrelated"))
    for _ in range(3):
        d = fr()
        rows = [[d.isoformat(), co.ba["cs"], r.randint(80000, 300000), "%.2f" % (r.random() * 5), "平"] for _ in range(1)]
        put("清分结算/日对账/%s/清分结算日对账表%s.xlsx" % (d.strftime("%Y%m"), ymd(d)),
            Doc("recon", "清分结算日对账表", d, [], True,
                sheets=[("对账", [["清分结算日对账表"], ["日期", "路段", "交易笔数", "差额（元）", "结果"]] + rows)], decoy="unrelated"))
    for what, m in (("春节", 1), ("清明", 4), ("五一", 4), ("国庆", 9)):
        d = date(2026, m, r.randint(5, 20))
        put("节假日保障/2026年%s/%s保障方案.docx" % (what, what), holiday(co, d, what))
    for _ in range(r.randint(3, 5)):
        d = fr()
        put("部联网中心通报/2026年/%s门架运行通报.pdf" % ymd(d), notice_bu(co, d))
    for i in r.sample(range(len(UNREL)), 3):
        folder, t, ps = UNREL[i]
        d = fr()
        t = t % d.year
        put("其他/%s/%s.docx" % (folder, t), Doc("unrelated", t, d, [], False, [("title", t)] + [("p", p) for p in ps], decoy="unrelated"))
    d = fr()
    put(ZX + "2026年/关于做好年度管理评审准备工作的通知.docx", doc_mention(co, d))
    for what in ("联网收费系统网络安全事件应急预案", "运维变更管理规程"):
        d = fr()
        put("培训/%s《%s》学习签到表.xlsx" % (ymd(d), what), signin(co, d, what))

    # ---- 模板 / 草稿 / 回收站 / 归档
    put(XJ + "值班日志/值班日志模板.xlsx", blank_sheet("监控值班日志", fr(), ["日期", "值班员", "系统运行状态", "告警及处理"]))
    put("门架巡检/门架巡检记录表（空表）.xlsx", blank_sheet("门架巡检记录", fr(), ["日期", "门架编号", "RSU", "车牌识别", "工控机", "巡检人"]))
    put(XJ + "变更管理/变更审批单（模板）.docx", blank_paper("变更审批单", fr(), ["变更内容", "测试情况", "回退方案", "审批"]))
    put("个人/%s/新建 Microsoft Word 文档.docx" % co.p(0), void(review(co, fr(), False), "draft", "（初稿）"))
    put("个人/%s/附件1 服务协议（送审稿）.docx" % co.p(1), void(agreement(co, fr()), "draft", "（送审稿）"))
    put("应急管理/作废/联网收费系统应急预案（2018版）作废.pdf", void(emergency_plan(co, date(2018, 6, 1), True), "obsolete", "（作废）"))
    sid = "S-1-5-21-%d-%d-%d-%d" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9), r.randint(1000, 1300))
    put("$RECYCLE.BIN/%s/$RA%04d.docx" % (sid, r.randint(0, 9999)), void(internal_audit(co, fr()), "recycle bin"))
    put("$RECYCLE.BIN/%s/$RB%04d.xlsx" % (sid, r.randint(0, 9999)), void(hw_stats(co, fr()), "recycle bin"))
    for rel, doc in list(made):
        if r.random() < 0.15:
            pd = date(doc.date.year - 1, doc.date.month, min(doc.date.day, 28))
            y0, y1 = str(doc.date.year), str(pd.year)
            blocks = [tuple(x.replace(y0, y1) if isinstance(x, str) else x for x in b) for b in doc.blocks]
            sheets = [(n, [[c.replace(y0, y1) if isinstance(c, str) else c for c in row] for row in rows])
                      for n, rows in doc.sheets]
            c = Doc(doc.kind, doc.title.replace(y0, y1), pd, doc.items, True, blocks, sheets)
            put("归档/%d年/%s" % (pd.year, rel.split("/")[-1].replace(y0, y1)), c)
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith("$")]
    for rel in office[3:120:23]:
        folder, _, base = rel.rpartition("/")
        p = folder + "/~$" + (base if len(base) <= 12 else base[2:])
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(3)), "Office lock file")
    for rel, data, why in ((XJ + "值班日志/2026年/新建 XLSX 工作表.xlsx", b"", "empty file"),
                           (KH + "04满意度/2026/2026年下半年满意度测评报告.docx", b"", "empty file"),
                           ("门架巡检/%s/扫描件%s.pdf" % (co.ba["roads"][0], ymd(fr())), MIN_PDF, "image-only scan without a text layer")):
        if rel not in co.used:
            co.raw(rel, data, why)
