# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ay.py - style AY: the 信息中心 of a 省烟草公司's 市公司 (市烟草专卖局（公司）信息中心).

An author voice for the accuracy corpus, used only by the AY shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py, kinds_ar.py's mechanics and the README's ground-truth section;
never the rules, the sources or a score).

The company: the 信息中心 of X市烟草专卖局（公司）, one 市公司 of a 省烟草公司 under the 行业 "一体化" system.
It runs, for the 市局机关 and its 县局（营销部）, the 营销系统 (订单采集/电话订货/网上订货, 客户服务), the
专卖管理系统 (许可证, 案件, 稽查), the 物流配送中心's WMS and 分拣线 interfaces, the 财务共享 front end, the 内网
(办公网/业务网) and the 外网 with a 网闸 between them, the 视频会议 and the 县局 branch networks.  A 驻场 运维 team
of an IT company works in the 信息中心 under a 运维服务合同.  The 物流配送中心 and the 县局 are its customers:
the 信息中心 signs a 信息化运维服务承诺书 (service-level agreement) with them every year.

How its people write:
- 省公司 文件 (X烟〔2026〕N号) and 市公司 文件 (X烟司〔2026〕N号, X烟办〔2026〕N号) with 红头, 主送 各县局（营销部）、
  机关各部门, 现将《…》印发给你们，请认真贯彻执行, 抄送 and 印发 line; 市公司 企业标准 Q/XYC-G-xxx (管理标准),
  Q/XYC-Z-xxx (工作标准), Q/XYC-J-xxx (技术标准), bound in the 信息中心标准汇编 or filed alone;
- 签批 scans (签批单_扫描.pdf with 拟稿/核稿/会签/签发), 请示 with 附件 (预算表), 呈批件;
- records by 科室 (网络安全科, 系统运维科, 综合科) and by 年度/月份; one 运维记录 workbook a month whose sheets
  are the record kinds (巡检, 日常维护, 病毒查杀, 故障处理, 升级); 网闸 交换日志; 县局 巡检 by 县局 name;
- 主任办公会 纪要, 党支部 学习, 保密 自查, 等保 测评 整改, 专卖 案件 statistics that are nobody's evidence;
- names: 2026年3月, 202603, 2026.3.12, (签批), 终稿, 修改稿, 副本, 扫描件003.pdf, 附件2.docx, Book1.xlsx.

Every builder returns a kinds.Doc listing as items only what its own text proves; a record older than a
year keeps its items (record=True) and is stale.  AY_INFO holds the per-share facts and the holes.
"""

from datetime import date, timedelta

from kinds import Doc

# holes: each key removes (or leaves only stale/draft/template/mention copies of) one piece of proof
AY_INFO = {
    "ay1": dict(sheng="江淮省", pre="江烟", city="庐阳", xian=("肥西县局", "长丰县局", "庐江县局", "巢湖营销部"),
                vendor_short="科大讯联", holes={"budget_tpl", "ola", "pdca", "compat", "kb_empty", "pentest_old",
                                                 "devplan_draft", "trend", "bcp_draft", "followup", "forecast",
                                                 "criteria_none", "aware_signin"}),
    "ay2": dict(sheng="湘楚省", pre="湘烟", city="衡岳", xian=("衡山县局", "衡东县局", "祁东县局", "耒水营销部"),
                vendor_short="湘信通", holes={"survey_notime", "hist_analysis", "kpis", "catalog_base", "hwstat",
                                                 "cmdb_rel", "slm", "drdrill", "desk_train", "ia_old", "defect_old",
                                                 "request_proc"}),
    "ay3": dict(sheng="闽海省", pre="闽烟", city="泉屿", xian=("南安县局", "安溪县局", "永春县局", "德化营销部"),
                vendor_short="闽捷科技", holes={"comm_noagree", "staff_noout", "roles", "aplan", "iface_mention",
                                                  "recovery", "bulletin_partial", "kpi_old", "itrack", "testplan",
                                                  "grading_crit", "collect_old"}),
    "ay4": dict(sheng="晋原省", pre="晋烟", city="汾州", xian=("孝义县局", "平遥县局", "介休县局", "灵石营销部"),
                vendor_short="晋云数科", holes={"auto", "sld", "catalog_sec", "logaudit_old", "health_tpl",
                                                  "problem_proc", "slm_draft", "mr_partial", "capa_noverify",
                                                  "improve_opps", "data_none", "svc_trainproc"}),
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


class Sec:
    """A written document assembled part by part; a part lends its items only when written."""

    def __init__(self, title, head=()):
        self.blocks = [("title", title)] + list(head)
        self.items = []
        self.n = 0

    def part(self, heading, body, items=(), on=True):
        if not on:
            return self
        self.n += 1
        self.blocks.append(("h1", "%s、%s" % (han(self.n), heading)))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items)), record, self.blocks + list(tail))


def book(kind, title, d, record, sheets):
    """sheets: (name, header, rows, items); a sheet without rows lends nothing."""
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
        for i, b in enumerate(doc.blocks):
            if b[0] == "title":
                doc.blocks[i] = ("title", b[1] + mark)
                break
        if doc.sheets:
            name, rows = doc.sheets[0]
            rows[0] = [str(rows[0][0]) + mark]
    return doc


def blank(doc, mark="（空白表）"):
    """the same form with its headings and no content"""
    blocks = []
    for b in doc.blocks:
        if b[0] == "table":
            blocks.append(("table", [list(b[1][0])] + [[""] * len(b[1][0]) for _ in range(4)]))
        elif b[0] in ("title", "h1", "h2"):
            blocks.append(b)
        elif b[0] == "p":
            blocks.append(("p", "（此处填写）"))
    sheets = [(n, rows[:2] + [[""] * len(rows[1]) for _ in range(8)]) for n, rows in doc.sheets]
    t = Doc("blank", doc.title + mark, doc.date, [], False, blocks, sheets, decoy="template")
    if t.blocks and t.blocks[0][0] == "title":
        t.blocks[0] = ("title", t.blocks[0][1] + mark)
    if t.sheets:
        t.sheets[0][1][0] = [str(t.sheets[0][1][0][0]) + mark]
    return t


def shi(co):
    return "%s市烟草专卖局（公司）" % co.ay["city"]


def zx(co):
    return shi(co) + "信息中心"


def sheng(co):
    return "%s烟草专卖局（公司）" % co.ay["sheng"]


def next_no(co, d, level):
    key = (level, d.year)
    co.ay_no[key] = co.ay_no.get(key, co.rng.randint(5, 40)) + co.rng.randint(1, 11)
    pre = co.ay["pre"] + {"sheng": "", "shi": "司", "ban": "办"}[level]
    return "%s〔%d〕%d号" % (pre, d.year, co.ay_no[key])


def red_top(co, d, subject, level="shi"):
    no = next_no(co, d, level)
    issuer = (sheng(co) if level == "sheng" else shi(co)) + "文件"
    to = "各市级局（公司）：" if level == "sheng" else "各县局（营销部），机关各部门、物流配送中心："
    b = [("p", issuer), ("p", no), ("title", subject), ("p", to)]
    return b, no


def colophon(co, d, level="shi"):
    who = sheng(co) if level == "sheng" else shi(co)
    return [("p", who), ("p", sign_date(d)), ("p", "（此件公开发布 / 内部使用）"),
            ("p", "抄送：%s" % ("国家烟草专卖局办公室" if level == "sheng" else "省局（公司）信息中心")),
            ("p", "%s办公室              %s印发" % (who, cnd(d + timedelta(days=2))))]


# ------------------------------------------------------------------ 标准 (Q/XYC) and the 汇编

STD = {
    # key: (code, name, [(heading, body, items)])
    "yw": ("Q/XYC-G-0301", "信息系统运行维护管理标准", [
        ("范围", ["本标准规定了市局（公司）信息系统运行维护的职责、管理内容与方法、检查与考核。"], []),
        ("职责", ["信息中心负责全市信息系统的运行维护；网络安全科负责安全设备与网闸；系统运维科负责营销、专卖、WMS、"
                "财务共享等业务系统；驻场运维人员在信息中心统一调度下工作；各县局（营销部）信息管理员负责本单位终端与网络。"], []),
        ("管理模式", ["信息系统安全运维按“策划—实施—检查—改进”（PDCA）闭环管理：每年初编制运维工作计划和服务目录（策划），"
                  "按标准组织巡检、变更、事件处理（实施），每月统计运维指标、每年开展内部审核和管理评审（检查），"
                  "对未达标指标和审核发现制定改进措施并跟踪验证（改进）。"], ["10/pdca"]),
        ("日常运行维护", ["机房、网络、安全设备每日巡检，营销系统订货高峰日（周一、周二）安排专人值守。"], []),
    ]),
    "wt": ("Q/XYC-G-0305", "信息系统问题管理标准", [
        ("目的", ["查找重复发生或影响较大的事件的根本原因，消除隐患，防止事件再次发生。"], ["20/procedure", "37/procedure"]),
        ("问题的识别与记录", ["同一故障一个月内重复发生三次及以上、重大事件、县局集中反映的问题，由系统运维科登记问题单。"], []),
        ("根因分析与解决", ["问题负责人组织驻场工程师和厂商进行根因分析，形成已知错误和临时解决办法，通过变更实施永久解决。"], []),
        ("问题关闭与回顾", ["解决方案验证有效后关闭问题单，每月运维例会回顾未关闭问题。"], []),
    ]),
    "zs": ("Q/XYC-G-0306", "信息运维知识管理标准", [
        ("目的", ["积累运维经验，建立并维护信息中心运维知识库。"], ["21/procedure"]),
        ("知识的来源", ["事件处理、问题分析、变更经验、厂商技术资料、省局技术通报。"], []),
        ("知识的提交、审核与发布", ["工程师在运维平台提交知识条目，科室负责人审核后发布，每季度复核，过时条目废止。"], []),
    ]),
    "bg": ("Q/XYC-G-0307", "信息系统变更管理标准", [
        ("目的", ["对运维实施过程中的方案、资源变更进行有效控制，完整记录变更过程。"], ["54/procedure"]),
        ("变更分类", ["标准变更、一般变更、重大变更、紧急变更；涉及营销系统、网闸策略的为重大变更，报分管领导审批。"], []),
        ("变更流程", ["变更申请→影响评估和测试→审批→实施（准备回退方案）→验证→关闭，紧急变更24小时内补办审批，"
                  "全部变更在变更登记台账中记录。"], []),
    ]),
    "sj": ("Q/XYC-G-0308", "信息系统事件管理标准", [
        ("目的", ["快速恢复信息系统服务，降低对卷烟订货、专卖执法和物流配送的影响。"], ["49/incident-procedure"]),
        ("事件分级", ["按影响范围和持续时间分为一级至四级；营销系统订单采集中断30分钟以上为一级。"], []),
        ("处理流程", ["受理登记→分类分级→一线处理→升级二线/厂商→恢复→回访关闭。"], []),
    ]),
    "qq": ("Q/XYC-G-0309", "信息服务请求管理标准", [
        ("目的", ["规范县局、机关各部门信息服务请求的受理、审批、实施和关闭。"], ["49/request-procedure"]),
        ("服务请求范围", ["账号开通与权限调整、网闸策略开通、终端安装、数据查询与导出、视频会议保障。"], []),
        ("处理流程", ["提交→服务台登记→部门负责人审批→实施→请求人确认→关闭，全程在运维平台留痕。"], []),
    ]),
    "fwjb": ("Q/XYC-G-0310", "信息运维服务级别管理标准", [
        ("目的", ["规范运维服务级别的策划、协商、签订、监视与评审。"], ["39/slm-procedure"]),
        ("服务级别的确定与签订", ["依据服务目录与各县局、物流配送中心协商服务级别，每年签订信息化运维服务承诺书。"], []),
        ("监视与评审", ["每月统计服务级别达成情况，每半年与服务对象评审一次。"], []),
    ]),
    "aqsj": ("Q/XYC-G-0312", "网络安全事件管理标准", [
        ("安全事件的分类分级", ["分为有害程序事件、网络攻击事件、信息破坏事件、设备设施故障、灾害性事件和其他事件；"
                         "按影响分为特别重大、重大、较大、一般四级。"], []),
        ("安全事件的上报", ["发现人→信息中心值班员→网络安全科科长→信息中心主任→分管领导；较大及以上事件30分钟内电话报告，"
                      "2小时内书面报告省局（公司）信息中心。"], ["30/reporting-process"]),
        ("安全事件的处置", ["确认定级→隔离遏制→消除→恢复→验证，同步启动相应应急预案。"],
         ["30/response-process", "31/incident-process", "34/incident-process"]),
        ("应急响应", ["一般事件由信息中心处置；较大及以上事件启动网络安全事件应急预案，成立现场处置组。"], ["34/emergency-process"]),
        ("事后处理", ["事件处置完毕后5个工作日内形成事件分析报告，落实整改并纳入知识库。"], []),
    ]),
    "jk": ("Q/XYC-G-0314", "信息运维服务监视测量管理标准", [
        ("监视测量内容", ["服务级别达成率、县局满意度、投诉建议、运维KPI。"], ["61/monitoring-process", "62/monitoring-process"]),
        ("方法", ["每月统计，每季度通报，未达标项目下达整改通知并跟踪。"], []),
    ]),
    "ns": ("Q/XYC-G-0315", "信息化管理体系内部审核标准", [
        ("审核安排", ["每年至少开展一次覆盖全部管理标准的内部审核，审核员由企管科组织培训持证。"],
         ["61/audit-system", "62/audit-mechanism"]),
        ("审核实施", ["审核计划→首次会议→现场审核→不符合项报告→末次会议→纠正措施验证。"], []),
    ]),
    "gj": ("Q/XYC-G-0316", "信息运维持续改进管理标准", [
        ("改进的识别与记录", ["来源于内审、管理评审、县局意见、事件与问题分析、指标未达标，登记改进项目台账。"], ["65/procedure"]),
        ("评估、批准与实施", ["按影响、成本、风险评估，主任办公会批准后实施。"], []),
        ("测量与报告", ["实施后测量效果，在管理评审中报告。"], []),
    ]),
    "yf": ("Q/XYC-G-0317", "信息运维预防措施管理标准", [
        ("目的", ["对潜在不符合和隐患采取预防措施，消除其原因，防止发生。"], ["66/preventive-actions"]),
        ("实施与验证", ["预防措施由责任科室实施，网络安全科验证其有效性并记录。"], []),
    ]),
    "px": ("Q/XYC-Z-0402", "网络安全培训服务工作标准", [
        ("培训服务流程", ["年度培训需求调查→制定培训计划→组织实施（集中授课、县局巡回宣讲、线上学习）→考试考核→效果评估与归档。"],
         ["31/training-process"]),
    ]),
    "st": ("Q/XYC-Z-0403", "渗透测试工作标准", [
        ("渗透测试流程", ["制定测试方案并经授权→信息收集→漏洞探测→渗透验证→报告→整改→复测。测试须避开订货高峰日。"],
         ["31/pentest-process"]),
    ]),
}


def std_doc(co, d, key, drop=(), ver=None):
    code, name, parts = STD[key]
    ver = ver or "%d" % d.year
    s = Sec(name, [("p", "%s企业标准" % shi(co)), ("p", "%s—%s" % (code, ver)),
                   ("p", "%s发布    %s实施" % (cnd(d), cnd(d + timedelta(days=15))))])
    for h, body, its in parts:
        on = not (key == "yw" and h == "管理模式" and "pdca" in drop)
        s.part(h, body, its, on)
    doc = s.doc("std:" + key, d, False)
    doc.code = code
    return doc


def std_notice(co, d, key, level="shi", drop=()):
    """a 红头 that 印发 a 标准 filed whole"""
    code, name, _ = STD[key]
    head, no = red_top(co, d, "关于印发《%s》的通知" % name, level)
    body = std_doc(co, d, key, drop)
    b = head + [("p", "现将《%s》（%s）印发给你们，请认真贯彻执行。" % (name, code))] + colophon(co, d, level) + \
        [("break",), ("p", "附件")] + body.blocks
    doc = Doc("notice:" + key, name, d, body.items, False, b)
    doc.no = no
    return doc


def std_compile(co, d, keys, drop):
    b = [("p", zx(co)), ("title", "信息中心标准汇编（%d年版）" % d.year), ("p", "内部资料 注意保存"),
         ("p", "编印：综合科    %s" % cnd(d)), ("break",), ("h1", "修订说明"),
         ("table", [["版次", "修订内容", "日期"], ["%d年版" % (d.year - 4), "首次汇编", "%d-03" % (d.year - 4)],
                    ["%d年版" % (d.year - 2), "按省局（公司）标准化工作要求重新编号", "%d-04" % (d.year - 2)],
                    ["%d年版" % d.year, "增补知识管理、服务级别管理等标准", "%d-%02d" % (d.year, d.month)]]),
         ("break",), ("h1", "目  录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "%d  %s %s ……… %d" % (i, STD[k][0], STD[k][1], 3 + 6 * i)))
    b.append(("break",))
    items = []
    for k in keys:
        doc = std_doc(co, d, k, drop)
        b += doc.blocks + [("break",)]
        items += doc.items
    return Doc("std_compile", "信息中心标准汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 作业指导书

WI = {
    "fw": ("ZY-01", "防火墙及网闸日常维护作业指导书", "网络安全科",
           ["登录堡垒机，进入防火墙管理界面，检查CPU、内存、会话数、HA状态；",
            "检查网闸内外网交换任务运行状态、交换日志有无失败；",
            "核对策略变更是否有变更单，导出配置备份；", "填写运维记录，异常上报值班员。"]),
    "yx": ("ZY-02", "营销系统订货高峰日保障作业指导书", "系统运维科",
           ["周一7:30前检查订单采集服务、数据库、中间件状态；", "监控电话订货、网上订货并发数与响应时间；",
            "出现订单积压时按应急处置卡切换备用节点；", "高峰结束后汇总订单量与异常情况。"]),
    "bf": ("ZY-03", "数据库备份及恢复验证作业指导书", "系统运维科",
           ["每日检查营销、专卖、WMS数据库备份作业结果；", "每月抽取一个备份集在测试环境恢复验证；",
            "记录恢复耗时和数据一致性校验结果。"]),
    "xj": ("ZY-04", "县局网络及终端巡检作业指导书", "网络安全科",
           ["检查县局汇聚交换机、路由器、专线状态；", "检查终端防病毒客户端在线率和病毒库版本；",
            "检查违规外联与移动存储使用记录；", "巡检结果由县局信息管理员签字确认。"]),
}


def wi_doc(co, d, key):
    code, name, dept, steps = WI[key]
    b = [("title", name), ("table", [["编号", "%s-%s" % (co.short, code), "版本", "第%d版" % co.rng.randint(2, 4)],
                                     ["编制", co.p(2), "审核", co.p(0)], ["批准", co.boss, "适用科室", dept]]),
         ("h1", "1 作业目的"), ("p", "规范%s，保证作业质量和安全。" % name.replace("作业指导书", "")),
         ("h1", "2 作业准备"), ("p", "堡垒机账号、作业工具、运维记录表；重大作业须有审批的变更单。"),
         ("h1", "3 作业步骤")] + [("p", "%d）%s" % (i, s)) for i, s in enumerate(steps, 1)] + [
        ("h1", "4 安全注意事项"), ("p", "严禁在订货高峰时段进行重启类操作；严禁内外网交叉连接。"),
        ("h1", "5 记录"), ("p", "作业结果记入当月运维记录。")]
    return Doc("wi", name, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ 组织 / 人员

def leading_group(co, d, outs):
    head, no = red_top(co, d, "关于调整网络安全和信息化工作领导小组的通知", "ban")
    b = head + [("p", "根据人事变动和工作需要，经研究，决定调整市局（公司）网络安全和信息化工作领导小组，现将有关事项通知如下："),
                ("h1", "一、领导小组"),
                ("p", "组  长：%s（局长、总经理）" % co.boss), ("p", "副组长：%s（副局长、副总经理）" % co.p(6 - 1)),
                ("p", "成  员：办公室、专卖监督管理科、营销中心、物流配送中心、财务管理科、信息中心主要负责人。"),
                ("h1", "二、领导小组办公室"), ("p", "设在信息中心，%s兼任办公室主任，负责日常工作。" % co.p(0)),
                ("h1", "三、工作组"),
                ("p", "安全管理组：网络安全科，负责制度、等保、内审；执行组：系统运维科、网络安全科工程师"
                 + ("及驻场运维单位%s派驻人员%s、%s" % (co.vendor, co.vp(0), co.vp(1)) if outs else "") + "，负责日常运维和应急处置。"),
                ("table", [["组织", "角色", "人员", "单位"], ["领导小组", "组长", co.boss, shi(co)],
                           ["领导小组办公室", "主任", co.p(0), "信息中心"], ["安全管理组", "安全负责人", co.p(3), "网络安全科"],
                           ["执行组", "系统工程师", co.p(2), "系统运维科"]] +
                 ([["执行组", "驻场运维工程师", co.vp(0), co.vendor]] if outs else []))] + colophon(co, d, "ban")
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if outs else [])
    doc = Doc("org", "领导小组", d, items, False, b)
    doc.no = no
    return doc


def staff_sheet(co, d, outs):
    rows = [[i + 1, co.p(i), ["信息中心主任", "网络安全科科长", "系统运维科科长", "网络安全管理员", "系统管理员", "服务台"][i],
             "信息中心", "正式职工", "CISP" if i in (1, 3) else "—"] for i in range(6)]
    if outs:
        rows += [[7, co.vp(0), "驻场运维工程师", co.vendor, "外包（第三方）", "HCIP"],
                 [8, co.vp(1), "驻场安全工程师", co.vendor, "外包（第三方）", "CISP"]]
    its = ["9/staff-list"] + (["9/outsourcing"] if outs else [])
    return book("staff", "信息中心运维人员花名册（%d年%d月）" % (d.year, d.month), d, True,
                [("花名册", ["序号", "姓名", "岗位", "单位", "用工性质", "证书"], rows, its)])


def role_sheet(co, d):
    rows = [["服务台", "受理县局报修和服务请求、派单、回访", "执行组", co.p(5)],
            ["系统管理员", "营销、专卖、WMS系统运维", "执行组", co.p(4)],
            ["网络安全管理员", "防火墙、网闸、IPS、日志审计运维", "执行组", co.p(3)],
            ["安全审计员", "日志审计与内审", "安全管理组", co.p(1)],
            ["配置管理员", "资产与配置库维护", "安全管理组", co.p(2)],
            ["应急处置负责人", "网络安全事件应急处置指挥", "领导小组办公室", co.p(0)]]
    return book("roles", "信息安全运维岗位（角色）职责清单", d, False,
                [("角色清单", ["角色", "职责", "所属组织", "人员"], rows, ["18/roles", "23/roles"])])


def iface_notice(co, d):
    b = [("title", "信息中心主任办公会议纪要"), ("p", "〔%d〕第%d期" % (d.year, co.rng.randint(3, 20))),
         ("p", "时间：%s    主持：%s    参加：各科科长" % (cnd(d), co.p(0))),
         ("p", "一、明确%s（网络安全科）为信息中心与省局（公司）信息中心、公安网安部门、各县局的网络安全管理接口人，"
          "负责安全通报接收、检查配合与安全事件报告；%s为B角。" % (co.p(3), co.p(1))),
         ("p", "二、其他事项：研究了订货高峰日保障安排。")]
    return Doc("iface", "接口人", d, ["28/interface-person"], True, b)


def desk_notice(co, d):
    b = [("title", "关于设立信息运维服务台的通知"),
         ("p", "各县局（营销部）、机关各部门："),
         ("p", "为统一受理信息系统报修和服务请求，信息中心设立运维服务台（内线%d，运维平台自助报修），工作日8:00-18:00"
          "人工受理，其他时间由值班员受理。服务台由%s负责，驻场人员轮岗。" % (co.rng.randint(8000, 8999), co.p(5))),
         ("p", "%s    %s" % (zx(co), cnd(d)))]
    return Doc("desk", "服务台", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [["服务台业务培训", anyd(co, d), co.p(4), "%s、%s、%s" % (co.p(5), co.vp(0), co.vp(1)),
             "营销系统常见故障受理、工单分派规则、回访规范", "考试合格"]]
    return book("desk_train", "服务台人员培训记录", d, True,
                [("培训记录", ["培训内容", "日期", "讲师", "参训人员", "主要内容", "考核"], rows, ["48/training"])])


# ------------------------------------------------------------------ 县局 (customers)

def survey(co, d, tm=True):
    s = Sec("%d年度信息化运维服务需求调研报告" % d.year,
            [("p", "%s    %s" % (zx(co), cnd(d)))])
    s.part("调研情况", ["信息中心于%d年%d月走访%s，结合市局（公司）“十四五”信息化规划和省局（公司）数字化转型要求开展调研。"
                    % (d.year, d.month, "、".join(co.ay["xian"]))])
    s.part("服务时间需求", ["营销系统订单采集：订货日7:30-20:00须有人值守，其余时间7×24远程响应；专卖管理系统：工作日8:00-18:00；"
                        "物流WMS：分拣作业期间（周二至周五5:30-14:00）驻场保障。",
                        ("table", [["系统", "服务时段", "响应", "到场"], ["营销系统", "订货日7:30-20:00值守", "10分钟", "1小时"],
                                   ["专卖管理系统", "5×8", "30分钟", "半天"], ["WMS", "分拣时段驻场", "即时", "—"]])],
           ["1/survey"], tm)
    s.part("安全服务需求及类型", ["各单位提出的安全服务需求：终端防病毒、违规外联监测、等保合规、网闸策略管理、漏洞扫描、应急响应、"
                          "安全意识宣贯。归类为：基础运维类、安全评估类、应急保障类、培训咨询类。"], ["5/survey"])
    s.part("结论", ["需求已与各县局确认，作为服务目录和服务承诺书的输入。"])
    return s.doc("survey", d, True)


def budget(co, d):
    rows = [[1, "驻场运维（2人）", 500, "驻场工程师2名", 860, 430000, "全年"],
            [2, "县局巡检", 48, "网络工程师", 900, 43200, "每季度"],
            [3, "等保测评配合及整改", 30, "安全工程师", 1200, 36000, "6月底"],
            [4, "渗透测试", 10, "安全测试工程师", 2000, 20000, "9月底"],
            ["", "合计", 588, "", "", 529200, ""]]
    return book("budget", "%d年信息系统运维费用预算表" % d.year, d, True,
                [("预算", ["序号", "项目", "工作量（人天）", "人力资源", "单价", "项目经费（元）", "项目节点"], rows, ["2/budget"])])


def budget_request(co, d):
    b = [("title", "关于%d年信息系统运维费用预算的请示" % d.year), ("p", "局（公司）领导："),
         ("p", "根据省局（公司）信息化项目管理要求，信息中心编制了%d年运维费用预算，详见附件。妥否，请批示。" % d.year),
         ("p", "附件：%d年信息系统运维费用预算表" % d.year), ("p", "信息中心  %s" % cnd(d))]
    return Doc("request", "请示", d, [], True, b, decoy="request letter that only mentions the budget")


def meeting(co, d, agreed=True):
    b = [("title", "信息化运维服务座谈会会议纪要"),
         ("p", "时间：%s    地点：%s会议室" % (anyd(co, d), co.ay["xian"][0])),
         ("p", "参加：信息中心%s、%s；%s、%s信息管理员；驻场单位%s" % (co.p(0), co.p(2), co.ay["xian"][0], co.ay["xian"][1], co.vp(0))),
         ("h1", "一、县局反映的问题"), ("p", "订货日早高峰电话订货坐席偶有卡顿；县局专线带宽不足。"),
         ("h1", "二、会议意见")]
    if agreed:
        b += [("p", "经沟通，双方一致同意：订货日早高峰由驻场工程师提前到岗；县局专线%d月底前扩容至100M；巡检改为每季度一次现场、每月一次远程。"
               % min(12, d.month + 2)), ("p", "以上事项双方达成共识，签字确认。"),
              ("p", "信息中心：%s      县局：%s" % (co.p(0), co.cp(0)))]
        items = ["3/communication"]
    else:
        b += [("p", "县局提出的扩容和驻场需求，信息中心会后研究答复。")]
        items = []
    return Doc("meeting", "座谈会纪要", d, items, True, b)


def sla(co, d, health=True):
    s = Sec("%d年度信息化运维服务承诺书" % d.year, [("p", "甲方：%s    乙方：%s" % (co.customer, zx(co)))])
    s.part("服务范围", ["营销系统县局端、专卖管理系统、县局网络及终端、视频会议。"])
    s.part("运维方式", ["订货日驻场值守方式；每季度定期巡检方式；非工作时间远程值守方式（值班电话、远程桌面）。"], ["35/sla"])
    s.part("服务级别及核心指标", ["营销系统可用率≥99.9%；一级事件10分钟响应、2小时恢复；二级事件30分钟响应、8小时恢复；"
                          "县局专线可用率≥99.5%。"], ["36/sla", "39/sla"])
    s.part("健康检查约定", ["乙方每季度对县局网络及安全设备现场检查一次，每月远程检查一次，检查内容含设备状态、病毒库、补丁、日志，"
                        "检查后出具健康检查报告。"], ["15/agreement"], health)
    s.part("其他", ["本承诺书一式两份，自签订之日起一年有效。"])
    return s.doc("sla", d, True, [("p", "甲方（盖章）：%s    乙方（盖章）：%s    %s" % (co.cp(0), co.p(0), cnd(d)))])


def health(co, d, xian):
    rows = [["防火墙", "正常", "CPU 23%", "已更新", "现场检查", co.vp(0)],
            ["汇聚交换机", "正常", "端口无错包", "—", "现场检查", co.vp(0)],
            ["营销系统县局终端", "正常", "订单上传正常", "病毒库最新", "远程检查", co.p(4)],
            ["视频会议终端", "正常", "—", "—", "现场检查", co.vp(0)]]
    return book("health", "%s健康检查记录（%d年第%d季度）" % (xian, d.year, (d.month - 1) // 3 + 1), d, True,
                [("检查记录", ["对象", "状态", "检查结果", "病毒库/补丁", "检查方式", "检查人"], rows, ["15/records", "46/records"])])


def csat(co, d):
    rows = [[x, co.rng.randint(88, 98), co.rng.randint(85, 97), co.rng.randint(86, 99), "订货日保障及时" if i % 2 else "专线偶有中断"]
            for i, x in enumerate(co.ay["xian"])]
    doc = book("csat", "%d年%s信息化运维服务满意度测评汇总" % (d.year, "上半年" if d.month <= 7 else "下半年"), d, True,
               [("测评汇总", ["单位", "响应及时性", "解决质量", "服务态度", "意见建议"], rows, ["41/surveys", "58/survey", "63/survey"])])
    doc.sheets.append(("分析", [["满意度分析"], ["综合满意度%.1f分；短板为专线稳定性，已纳入改进。" % (90 + co.rng.random() * 5)]]))
    return doc


def csat_trend(co, d):
    s = Sec("%d-%d年运维服务满意度趋势分析" % (d.year - 2, d.year), [("p", "网络安全科  %s" % cnd(d))])
    s.part("近三年满意度", [("table", [["年度", "上半年", "下半年"], [str(d.year - 2), 88.4, 89.7], [str(d.year - 1), 90.1, 91.0],
                                   [str(d.year), 92.3, "—"]])], ["41/trend"])
    s.part("趋势分析", ["满意度逐年上升，解决质量项提升最明显；专线稳定性仍为短板。"])
    return s.doc("trend", d, True)


def followup(co, d):
    rows = [[anyd(co, d - timedelta(days=7 * i)), co.ay["xian"][i % 4], "事件回访", "满意", co.p(5)] for i in range(6)]
    return book("followup", "服务回访登记表", d, True,
                [("回访", ["回访日期", "单位", "回访类型", "评价", "回访人"], rows, ["63/follow-up-visits"])])


# ------------------------------------------------------------------ 设计 / 导入

def hist(co, d):
    rows = [[i + 1, n, s, "%d.1-%d.12" % (d.year - 1, d.year - 1), co.rng.randint(60, 3000), "信息中心"]
            for i, (n, s) in enumerate([("报修工单", "运维平台"), ("变更登记", "变更台账"), ("监控告警", "综合监控平台"),
                                        ("安全日志", "日志审计系统"), ("网闸交换日志", "网闸"), ("巡检记录", "运维记录")])]
    return book("hist", "%d年运维历史数据清单" % (d.year - 1), d, True,
                [("清单", ["序号", "数据", "来源", "时间范围", "条数", "保管"], rows, ["4/history-list"])])


def hist_analysis(co, d):
    s = Sec("%d年信息运维历史数据分析报告" % (d.year - 1), [("p", "系统运维科  %s" % cnd(d))])
    s.part("指标完成情况", ["营销系统可用率99.96%，县局专线可用率99.3%（未达99.5%）。"])
    s.part("违例操作", ["发现未经审批修改网闸策略1次、共用堡垒机账号2次，已通报。"])
    s.part("重大事件", ["%d年11月订货日营销系统数据库锁表，订单采集中断47分钟。" % (d.year - 1)])
    s.part("重大（失败）变更", ["WMS接口升级失败回退1次。"])
    s.items.append("4/analysis")
    return s.doc("hist_analysis", d, True, [("p", "（本报告作为运维保障策略的依据）")])


def strategy(co, d):
    s = Sec("%d年信息系统运维保障策略及实施方案" % d.year, [("p", "信息中心  %s" % cnd(d))])
    s.part("依据", ["依据上年度运维历史数据分析报告。"], ["4/strategy"])
    s.part("保障策略", ["订货日双人值守；数据库锁表监控；县局专线双链路；网闸策略变更纳入重大变更。"])
    s.part("实施方案", [("table", [["措施", "责任人", "时间"], ["数据库锁等待告警", co.p(4), "3月"], ["县局专线双链路", co.p(3), "6月"]])])
    return s.doc("strategy", d, False)


def kpis(co, d):
    rows = [["整体", "信息系统整体可用率", "全部生产系统", "≥99.9%", "月"], ["单系统", "营销系统可用率", "营销系统", "≥99.95%", "月"],
            ["单系统", "WMS分拣时段可用率", "WMS", "≥99.9%", "月"], ["单系统", "县局专线可用率", "县局专线", "≥99.5%", "月"]]
    return book("kpis", "信息系统可用性指标清单", d, False,
                [("指标", ["类型", "指标", "范围", "目标", "周期"], rows, ["6/availability-kpis"])])


def svc_analysis(co, d, auto=True):
    s = Sec("运维服务解决方案及生产影响分析", [("p", "%s" % cnd(d))])
    s.part("解决方案回顾", ["回顾上年度实施的27项解决方案（网闸策略优化、订单采集服务扩容、终端准入等）。"])
    s.part("对生产的影响", ["4项在非订货日实施，对卷烟订货和物流分拣无影响；1项导致专卖系统中断15分钟。"], ["7/impact-analysis"])
    s.part("安全事件解决效率与可自动化服务", ["全年安全事件86起，终端病毒告警和弱口令占58%，平均处理2.9小时；"
                                  "建议病毒库核查、弱口令核查、巡检报表实现自动化。"], ["7/automation"], auto)
    return s.doc("svc_analysis", d, True)


def sld_doc(co, d):
    s = Sec("驻场运维服务合同附件3：服务级别", [("p", "甲方：%s    乙方：%s" % (shi(co), co.vendor))])
    s.part("服务级别设计", ["一级事件10分钟响应、2小时恢复；二级30分钟响应、8小时恢复；三级4小时响应、2个工作日解决；"
                        "订货日7:30前到岗。"], ["8/sld"])
    return s.doc("sld", d, False)


def ola(co, d):
    s = Sec("信息中心内部运营级别约定", [("p", "%s" % cnd(d))])
    s.part("各科室支持时限", ["网络安全科、系统运维科对服务台转派事件：一级10分钟接手、2小时恢复；二级30分钟接手、8小时恢复。"
                         "上述时限与驻场运维服务合同的服务级别保持一致。"], ["8/ola"])
    return s.doc("ola", d, False)


def catalog(co, d, base=True, sec=True):
    rows = []
    its = ["29/catalog"]
    if base:
        rows += [["初始服务", "资产识别、配置库建立"], ["安全设备运维", "防火墙、网闸、IPS维护"], ["日常巡检服务", "机房、网络、县局巡检"],
                 ["健康检查", "季度健康检查"], ["安全事件审计", "日志审计与分析"]]
        its.append("12/catalog")
    rows += [["运维监控与分析", "综合监控、月度分析"], ["终端安全监控", "防病毒、违规外联、准入"], ["等级保护合规性运维", "等保整改与测评配合"]]
    its.append("19/catalog")
    if sec:
        rows += [["安全通告及漏洞分析", "漏洞、病毒、政策通告"], ["应急响应服务", "安全事件应急处置"]]
        its.append("26/catalog")
    return book("catalog", "信息安全运维服务目录（%d版）" % d.year, d, False, [("服务目录", ["服务", "内容"], rows, its)])


def assets(co, d):
    rows = [["XX-FW-01", "防火墙", "华为USG6550", "边界防护", "市局机房A排3柜", "GE1/0/1-互联网", "三级", "主用"],
            ["XX-GAP-01", "网闸", "安方SGAP", "内外网交换", "市局机房A排4柜", "内/外端口", "三级", "主用"],
            ["XX-SW-01", "核心交换机", "H3C S7506", "核心", "市局机房B排1柜", "—", "三级", "主用"],
            ["XX-DB-01", "数据库服务器", "浪潮NF5280", "营销系统", "市局机房B排5柜", "—", "三级", "主用"]]
    return book("assets", "信息资产台账（%d年%d月）" % (d.year, d.month), d, True,
                [("资产", ["标识", "名称", "型号", "功能", "物理位置", "端口对应", "分级", "部署"], rows,
                  ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel=True):
    sh = [("配置项", ["CI编号", "名称", "类型", "版本", "访问控制", "完整性校验"],
           [["CI-001", "营销系统应用服务器", "服务器", "V5.2", "仅堡垒机", "哈希比对"],
            ["CI-002", "营销数据库", "数据库", "Oracle 19c", "DBA账号", "定期备份"],
            ["CI-003", "网闸", "安全设备", "V3.1", "双人管理", "配置备份"]], ["27/cmdb"])]
    if rel:
        sh.append(("关联关系", ["CI", "关联CI", "关系"], [["CI-001", "CI-002", "依赖"], ["CI-003", "CI-001", "数据交换"]],
                   ["38/cmdb-relations"]))
    return book("cmdb", "配置管理数据库导出_%s" % ymd(d), d, True, sh)


def ci_updates(co, d):
    rows = [[anyd(co, d - timedelta(days=9 * i)), "CI-00%d" % (i % 3 + 1), ["版本升级", "IP变更", "补丁"][i % 3], co.p(2)] for i in range(5)]
    return book("ci", "配置项更新记录", d, True, [("更新", ["日期", "CI", "更新内容", "维护人"], rows, ["43/ci-updates"])])


def requirements(co, d):
    s = Sec("专卖移动执法系统建设需求分析记录", [("p", "%s" % cnd(d))])
    s.part("功能需求", ["许可证查询、案件现场录入、电子笔录。"])
    s.part("性能与安全需求", ["响应≤2秒；移动终端经VPN接入，数据加密，符合等保三级。"], ["11/requirements"])
    s.part("确认", ["专卖监督管理科%s确认。" % co.cp(1)])
    return s.doc("req", d, True)


def retrofit(co, d, test=True):
    s = Sec("营销系统数据库升级改造实施方案", [("p", "%s" % cnd(d))])
    s.part("改造内容", ["Oracle 11g升级至19c，迁移至新服务器。"])
    s.part("测试计划", ["在测试环境进行功能、性能、订单采集并发测试，测试通过后方可实施。"], ["25/test-plan"], test)
    s.part("回退措施", ["保留原库只读，切换失败30分钟内切回原库。"], ["11/rollback", "25/rollback"])
    return s.doc("retrofit", d, False)


def baseline(co, d):
    rows = [["防火墙", "默认拒绝、管理口限制、日志外发"], ["服务器", "口令复杂度、关闭高危端口"], ["数据库", "审计开启、默认账号锁定"]]
    return book("baseline", "信息系统安全基线配置", d, False, [("基线", ["对象", "基线要求"], rows, ["25/baseline"])])


def compat(co, d):
    s = Sec("营销系统升级兼容性验证报告", [("p", "%s" % cnd(d))])
    s.part("验证内容", ["网络兼容（县局专线、网闸）、系统兼容（旧版终端操作系统）、应用兼容（电话订货、WMS接口）。"])
    s.part("结论", ["全部通过，旧版终端需升级客户端。"], ["11/compatibility"])
    return s.doc("compat", d, True)


def dev_plan(co, d):
    s = Sec("%d年网络安全工具定制开发计划" % d.year, [("p", "%s" % cnd(d))])
    s.part("开发项目", [("table", [["工具", "用途", "时间"], ["网闸日志分析脚本", "交换失败统计", "4月"], ["终端合规检查工具", "违规外联核查", "8月"]])],
           ["33/dev-plan"])
    return s.doc("devplan", d, False)


# ------------------------------------------------------------------ 运维记录

def ops_month(co, d, hw=True):
    """one workbook a month: sheets are record kinds"""
    m = "%d年%d月" % (d.year, d.month)
    sh = [("巡检", ["日期", "设备", "状态", "CPU", "告警", "巡检人"],
           [[anyd(co, d - timedelta(days=i)), n, "正常", "%d%%" % co.rng.randint(10, 60), "无", co.vp(0)]
            for i, n in enumerate(["防火墙", "网闸", "核心交换机", "IPS"])], ["44/inspection", "45/monitoring"]),
          ("日常维护", ["日期", "对象", "维护内容", "维护人"],
           [[anyd(co, d - timedelta(days=3)), "网闸", "清理交换日志、配置备份", co.vp(0)],
            [anyd(co, d - timedelta(days=5)), "UPS", "电池保养", co.p(3)]], ["14/maintenance", "44/maintenance"]),
          ("病毒查杀", ["日期", "范围", "病毒库版本", "查杀结果"],
           [[anyd(co, d - timedelta(days=2)), "机关及县局终端", "%d%02d%02d" % (d.year, d.month, 1), "清除2个"]],
           ["44/virus-scan", "45/antivirus"]),
          ("故障处理", ["日期", "故障", "处理", "结果"],
           [[anyd(co, d - timedelta(days=8)), "%s专线中断" % co.ay["xian"][1], "联系运营商更换光模块", "已恢复"]], ["44/faults"]),
          ("升级", ["日期", "对象", "内容"], [[anyd(co, d - timedelta(days=10)), "IPS", "特征库升级"]], ["44/upgrades"])]
    return book("ops", "信息中心运维记录（%s）" % m, d, True, sh)


def hw_stats(co, d):
    rows = [["防火墙", 0], ["网闸", 1], ["交换机", 2], ["服务器", 1]]
    doc = book("hw", "%d年安全设备硬件故障统计" % d.year, d, True,
               [("统计", ["设备类别", "故障次数"], rows, ["14/hardware-faults"])])
    return doc


def collect(co, d, which=("config", "traffic", "status")):
    sh = []
    if "config" in which:
        sh.append(("配置采集", ["设备", "配置备份", "策略数"], [["防火墙", "已备份", 312], ["网闸", "已备份", 46]], ["16/config"]))
    if "traffic" in which:
        sh.append(("流量", ["链路", "峰值Mbps", "均值"], [["互联网出口", 186, 74], ["县局专线", 42, 15]], ["16/traffic"]))
    if "status" in which:
        sh.append(("系统状态", ["系统", "状态", "会话数"], [["营销系统", "正常", 1820], ["WMS", "正常", 230]], ["16/status"]))
    return book("collect", "安全信息采集表（%d年%d月）" % (d.year, d.month), d, True, sh)


def log_audit(co, d):
    s = Sec("%d年第%d季度日志审计分析报告" % (d.year, (d.month - 1) // 3 + 1), [("p", "网络安全科  %s" % cnd(d))])
    s.part("网络及安全设备日志", ["防火墙拦截外部扫描1.2万次；网闸交换失败37次，均为文件格式不符。"])
    s.part("服务器与操作系统日志", ["营销数据库服务器异常登录失败23次，来源为县局终端口令错误。"])
    s.part("网络应用日志", ["网上订货平台异常请求集中在凌晨，已加封禁策略。"])
    s.part("分析结论", ["未发现入侵成功迹象。"])
    doc = s.doc("logaudit", d, True)
    doc.items = ["17/log-analysis", "45/audit-report", "47/audit"]
    return doc


def sec_stats(co, d):
    s = Sec("%d年上半年网络安全事件统计分析" % d.year, [("p", "%s" % cnd(d))])
    s.part("统计", [("table", [["类别", "次数"], ["有害程序", 14], ["网络攻击", 3], ["设备故障", 6]])], ["18/incident-stats"])
    s.part("分析", ["有害程序事件集中在县局终端，原因是U盘交叉使用；已开展专项治理。"], ["18/incident-analysis"])
    return s.doc("secstats", d, True)


def avail_plan(co, d):
    s = Sec("%d年信息系统可用性保障计划" % d.year, [("p", "%s" % cnd(d))])
    s.part("目标与措施", ["营销系统可用率≥99.95%：订货日前一日全面检查、数据库双机、专线双链路。"], ["18/availability-plan", "22/plan"])
    return s.doc("aplan", d, False)


def avail_events(co, d):
    rows = [[anyd(co, d - timedelta(days=20 * i)), ["营销系统", "WMS", "专卖管理系统"][i % 3], "%d分钟" % co.rng.randint(5, 50), "已恢复"]
            for i in range(5)]
    return book("aevents", "信息系统中断（可用性事件）登记", d, True,
                [("登记", ["日期", "系统", "中断时长", "状态"], rows, ["18/availability-events", "22/events"])])


def monthly(co, d, data=True, avail=True, forecast=False):
    s = Sec("信息中心运维月报（%d年%d月）" % (d.year, d.month), [("p", "呈：分管局领导    %s" % cnd(d))])
    s.part("运行指标趋势", [("table", [["指标", "上上月", "上月", "本月"], ["告警数", 310, 287, 254], ["报修工单", 122, 131, 140],
                                   ["出口带宽峰值", 172, 180, 186]]), "告警持续下降，报修随新营销终端推广上升。"], ["50/monitoring-report"])
    s.part("运维数据", [("table", [["指标", "本月"], ["异常报告及时率", "98%"], ["异常漏报率", "0.6%"], ["维护作业计划及时完成率", "97%"],
                                ["故障隐患发现率", "91%"], ["异常主动发现率", "87%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", 4]])], ["56/data"], data)
    s.part("可用性情况", ["营销系统可用率99.97%，WMS 99.93%，达到可用性计划目标。"], ["18/availability-report", "22/report"], avail)
    s.part("下月预测", ["汇总日志、变更、事件、请求、问题数据：服务请求同比增长21%，预测年底订货系统切换期间请求量翻倍，需增派驻场。"],
           ["71/forecast"], forecast)
    return s.doc("monthly", d, True)


def kb_export(co, d, rows_on=True):
    rows = [["KB-%03d" % i, t, co.p(i % 5)] for i, t in enumerate(["电话订货坐席卡顿处理", "网闸交换失败排查", "县局专线中断处理",
                                                                "WMS分拣接口超时"], 1)] if rows_on else []
    return book("kb", "运维知识库导出", d, True, [("知识", ["编号", "标题", "作者"], rows, ["21/knowledge-base"])])


def changes(co, d):
    rows = [["BG%d%03d" % (d.year, 40 - i), anyd(co, d - timedelta(days=11 * i)), ["网闸策略新增", "营销系统补丁", "防火墙策略调整"][i % 3],
             co.p(0), "成功", "已验证"] for i in range(6)]
    return book("changes", "信息系统变更登记台账（%d年）" % d.year, d, True,
                [("变更", ["编号", "日期", "内容", "审批", "结果", "验证"], rows, ["43/process-records", "54/records"])])


def tickets(co, d):
    rows = [["GD%s%03d" % (ymd(d), i), co.ay["xian"][i % 4], ["一级", "二级", "三级"][i % 3], "%d分钟" % [8, 25, 90][i % 3],
             ["10分钟", "30分钟", "4小时"][i % 3], "达标"] for i in range(8)]
    return book("tickets", "运维平台工单导出_%s" % ymd(d), d, True,
                [("工单", ["工单号", "单位", "级别", "实际响应", "要求响应", "是否达标"], rows, ["55/response-times"])])


# ------------------------------------------------------------------ 安全

def bulletin(co, d, full=True):
    s = Sec("网络安全通报（%d年第%d期）" % (d.year, d.month), [("p", "网络安全科  %s" % cnd(d))])
    s.part("漏洞通告", ["CVE-%d-%04d 某中间件远程代码执行漏洞，营销系统不受影响，WMS需升级。" % (d.year, co.rng.randint(1000, 9999))],
           ["52/vulnerability", "53/bulletin"])
    s.part("病毒通告", ["近期U盘蠕虫在县局终端传播。"], ["52/virus"], full)
    s.part("政策法规及业界动态", ["转发国家局《烟草行业网络安全管理办法》修订要点。"], ["52/policy"], full)
    s.part("厂商通告及分析", ["华为发布防火墙补丁；经分析本市受影响设备2台，已安排升级。"], ["52/analysis"], full)
    return s.doc("bulletin", d, True)


def pentest_plan(co, d):
    s = Sec("%d年渗透测试工作方案" % d.year, [("p", "%s" % cnd(d))])
    s.part("测试范围与时间", ["网上订货平台、专卖许可证网上办理；%d年%d月，避开订货日。" % (d.year, min(12, d.month + 1))],
           ["31/pentest-plan", "32/pentest-plan"])
    s.part("授权", ["经分管领导批准授权。"])
    return s.doc("ptplan", d, False)


def pentest_report(co, d):
    s = Sec("渗透测试报告", [("p", "测试日期：%s" % cnd(d))])
    s.part("测试过程", ["信息收集、漏洞扫描、手工验证。"])
    s.part("发现", ["中危2个（越权查询、验证码可绕过），低危3个，已整改复测。"], ["31/pentest-records", "32/pentest-records"])
    return s.doc("ptrep", d, True)


def grading(co, d):
    s = Sec("营销系统网络安全等级保护定级报告", [("p", "%s" % cnd(d))])
    s.part("定级结果", ["业务信息安全保护等级第三级，系统服务安全保护等级第三级，最终为第三级；已在公安机关备案。"], ["51/grading"])
    return s.doc("grading", d, True)


def grading_crit(co, d):
    s = Sec("信息系统安全保护等级划分标准（行业指引）", [("p", "%s" % cnd(d))])
    s.part("划分依据", ["依据GB/T 22240，按受侵害客体和侵害程度确定第一至第五级；营销、专卖、WMS、财务共享原则上不低于二级。"],
           ["51/grading-criteria"])
    return s.doc("gcrit", d, False)


def emergency_plan(co, d, recovery=True):
    s = Sec("网络安全事件应急预案（%d年修订）" % d.year, [("p", "%s" % shi(co))])
    s.part("总则", ["适用于本局（公司）网络安全事件的应急处置。"], ["36/emergency-plan", "53/emergency-plan"])
    s.part("组织体系", ["领导小组、应急办公室（信息中心）、现场处置组。"])
    s.part("处置方案", ["按事件级别分级响应，一级响应10分钟内到位。"], ["55/plan"])
    s.part("系统恢复", ["营销系统RTO 2小时、RPO 15分钟，按恢复顺序：数据库→应用→订单采集→县局终端。"], ["36/recovery-plan"], recovery)
    return s.doc("eplan", d, False)


def drill(co, d, kind):
    if kind == "em":
        t, its = "网闸失效应急演练记录", ["40/emergency-drill", "53/drill"]
        body = "模拟网闸故障，启用备用交换通道，18分钟恢复内外网数据交换。"
    else:
        t, its = "营销数据库恢复演练记录", ["40/recovery-drill"]
        body = "从备份恢复营销数据库至备机，1小时40分完成，数据一致。"
    s = Sec(t, [("p", "演练日期：%s    组织：%s" % (cnd(d), co.p(0)))])
    s.part("演练过程", [body], its)
    s.part("评估", ["达到预案要求，需优化通知流程。"])
    return s.doc("drill", d, True)


def bcp(co, d):
    s = Sec("信息系统业务连续性计划", [("p", "%s  %s发布" % (shi(co), cnd(d))), ("p", "批准：%s" % co.boss)])
    s.part("业务影响分析", ["卷烟订货、物流分拣为关键业务。"], ["42/bcp"])
    s.part("连续性策略", ["营销系统同城双机、手工订货备用流程、WMS断网单机作业模式。"])
    return s.doc("bcp", d, False)


# ------------------------------------------------------------------ 监视评审改进

def kpi_sheet(co, d):
    rows = [["县局满意度", "≥90", "92.6", "达成"], ["投诉", "≤2次", "1次", "达成"], ["县局专线可用率", "≥99.5%", "99.2%", "未达成"]]
    return book("kpi", "%d年运维服务监视测量表" % d.year, d, True,
                [("监视测量", ["项目", "目标", "实际", "结论"], rows, ["57/measurement"])])


def capa(co, d, verify=True):
    b = [("title", "纠正预防措施单"),
         ("table", [["编号", "JZ-%d-0%d" % (d.year, co.rng.randint(1, 9))], ["问题", "县局专线可用率99.2%未达成"],
                    ["原因", "单链路，运营商故障频繁"], ["纠正措施", "增加第二运营商链路"], ["预防措施", "其他县局同步评估双链路"],
                    ["有效性验证", "实施后两个月可用率99.8%，有效" if verify else ""], ["日期", anyd(co, d)]])]
    return Doc("capa", "纠正预防措施", d, ["57/capa"] + (["66/effectiveness"] if verify else []), True, b)


def internal_audit(co, d):
    s = Sec("%d年信息化管理体系内部审核报告" % d.year, [("p", "审核组长：%s    %s" % (co.p(1), cnd(d)))])
    s.part("审核范围与依据", ["信息中心全部管理标准，依据信息安全运维服务要求及县局服务需求。"])
    s.part("审核发现", ["不符合2项：县局巡检记录无签字；变更单回退方案缺失。"], ["59/internal-audit"])
    return s.doc("ia", d, True)


def mgmt_review(co, d, inputs=("perf", "fb", "res", "ca", "chg", "imp")):
    text = {"perf": (["59/management-review", "60/performance"], "服务和流程执行情况与符合性：服务级别达成率98.9%，内审不符合2项已整改。"),
            "fb": (["60/customer-feedback"], "县局反馈：满意度92.6分，投诉1次。"),
            "res": (["60/resources"], "资源：现有12人（含驻场2人），明年营销系统切换需增加驻场1人。"),
            "ca": (["60/corrective-actions"], "纠正措施进展：上年5项已完成4项。"),
            "chg": (["60/changes"], "影响服务的变更：省局营销系统集中部署、等保测评。"),
            "imp": (["60/improvements"], "改进机会：县局专线可用率未达标、巡检报表自动化。")}
    s = Sec("%d年度信息化管理评审报告" % d.year, [("p", "主持：%s    %s" % (co.boss, cnd(d)))])
    its, body = [], []
    for k in inputs:
        its += text[k][0]
        body.append(text[k][1])
    s.part("评审输入", body, its)
    s.part("评审结论", ["体系适宜、充分、有效。"])
    return s.doc("mr", d, True)


def improve_plan(co, d, criteria=True):
    s = Sec("%d年信息运维持续改进计划" % d.year, [("p", "%s" % cnd(d))])
    s.part("改进项目", [("table", [["项目", "目标", "责任人", "时间"], ["县局专线双链路", "可用率≥99.5%", co.p(3), "6月"],
                                ["巡检报表自动化", "出报表≤1小时", co.p(4), "9月"]])], ["64/plan", "68/plan"])
    s.part("评估标准", ["按影响（40%）、成本（30%）、风险（30%）打分，70分以上列入计划；经识别、记录、批准、评估、测量和报告。"],
           ["64/criteria"], criteria)
    return s.doc("iplan", d, True)


def improve_opps(co, d):
    s = Sec("改进机会分析及排序", [("p", "%s" % cnd(d))])
    s.part("分析与排序", [("table", [["机会", "得分", "优先级"], ["专线双链路", 86, "高"], ["巡检自动化", 74, "中"], ["知识库重构", 58, "低"]])],
           ["67/analysis", "67/prioritisation"])
    s.part("批准", ["主任办公会批准前两项。批准人：%s" % co.p(0)])
    return s.doc("iopps", d, True)


def improve_track(co, d):
    rows = [["专线双链路", "≥99.5%", "已实施", "实测99.8%，有效", "已在管理评审报告"],
            ["巡检自动化", "≤1小时", "已上线", "实测40分钟，有效", "已报告"]]
    return book("itrack", "改进项目实施跟踪表", d, True,
                [("跟踪", ["项目", "目标", "实施", "有效性", "报告"], rows, ["68/implementation", "68/effectiveness"])])


def awareness(co, d):
    rows = [[i + 1, co.p(i), "信息中心", co.p(i)] for i in range(6)]
    doc = book("aware", "持续服务改进意识宣贯培训记录", d, True,
               [("培训", ["序号", "姓名", "部门", "签字"], rows, ["69/awareness-training"])])
    doc.sheets[0][1].insert(1, ["内容：持续改进的意义、改进建议提交方式、优秀改进案例；讲师：%s；时间：%s" % (co.p(0), anyd(co, d))])
    return doc


def defects(co, d):
    s = Sec("运维服务不良情况分析及改进方案", [("p", "%s" % cnd(d))])
    s.part("重大事件、失败变更与服务不达标", ["营销数据库锁表中断47分钟；WMS接口升级失败回退；县局专线可用率未达标。"])
    s.part("改进计划", ["数据库锁监控；升级前全量回归测试；双链路改造。"], ["70/defect-analysis"])
    return s.doc("defects", d, True)


def signin(co, d, what):
    rows = [[i + 1, co.p(i), "信息中心", co.p(i)] for i in range(6)]
    return Doc("signin", "签到", d, [], True, sheets=[("签到", [["《%s》学习宣贯签到表" % what], ["时间：%s" % anyd(co, d)],
                                                          ["序号", "姓名", "部门", "签字"]] + rows)],
               decoy="sign-in about a plan or procedure")


# ------------------------------------------------------------------ non-evidence

def none_doc(co, d, title, paras, kind="other"):
    return Doc(kind, title, d, [], True, [("title", title)] + [("p", p) for p in paras], decoy="unrelated")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------ the share

class Ctx:
    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.ay["holes"]
        self.scan = {"creator": "Canon iR-ADV C5535 (OCR)", "author": "scanner", "styled": False}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.3)
        opt.setdefault("styled", r.random() < 0.7)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxzx", "yc-user"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            n = 1
            while "%s(%d).%s" % (base, n, ext) in co.used:
                n += 1
            rel = "%s(%d).%s" % (base, n, ext)
        co.add(rel, doc, **opt)
        return rel


def build(co, lock_bytes):
    """Lay out an AY share: 01省局文件/, 02市局文件/, 03标准/, 综合科/, 网络安全科/, 系统运维科/, 县局服务/, 应急管理/,
    体系管理/, 会议纪要/, 培训/, 旧资料/, 个人/, 回收站."""
    co.ay = AY_INFO[getattr(co, "info_id", co.id)]
    co.ay_no = {}
    c = Ctx(co)
    H = c.H
    co.gaps = set(H)
    co.oldonly = {h for h in H if h.endswith("_old")}
    lay_standards(c)
    lay_org(c)
    lay_customers(c)
    lay_design(c)
    lay_records(c)
    lay_security(c)
    lay_review(c)
    lay_more(c)
    lay_noise(c, lock_bytes)


def lay_standards(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    drop = {"pdca"} if "pdca" in H else set()
    skip = {"wt": "problem_proc", "qq": "request_proc", "fwjb": "slm", "px": "svc_trainproc"}
    keys = [k for k in STD if not (k in skip and skip[k] in H)]
    if "slm_draft" in H:
        keys.remove("fwjb")
    pool = list(keys)
    r.shuffle(pool)
    bound = sorted(pool[:r.randint(5, 7)], key=list(STD).index)
    d = date(r.choice([2024, 2025]), r.randint(2, 5), r.randint(1, 28))
    put("03标准/信息中心标准汇编（%d年版）.pdf" % d.year, std_compile(co, d, bound, drop), creator="WPS Office")
    for k in keys:
        if k in bound and r.random() < 0.55:
            continue
        d = co.issued()
        name = STD[k][1]
        v = r.randint(0, 3)
        if v == 0:
            doc = std_notice(co, d, k, "shi", drop)
            put("02市局文件/%d年/%s 关于印发《%s》的通知.%s" % (d.year, doc.no, name, r.choice(["docx", "pdf"])), doc)
        elif v == 1:
            doc = std_notice(co, d, k, "shi", drop)
            sign = [("title", "%s发文签批单" % shi(co)),
                    ("table", [["文号", doc.no, "密级", "内部"], ["标题", "关于印发《%s》的通知" % name, "缓急", "平件"],
                               ["拟稿", "信息中心 %s" % co.p(3), "核稿", co.p(0)], ["会签", "办公室、企管科", "签发", co.boss]]),
                    ("break",)]
            head = Doc("cover", name, d, [], False, sign + [b for b in doc.blocks if b != ("p", "附件")][:9],
                       decoy="signing slip and notice that only forward the standard")
            sub = "02市局文件/%d年/%s/" % (d.year, doc.no.replace("〔", "[").replace("〕", "]"))
            put(sub + "签批单_扫描.pdf", head, **c.scan)
            put(sub + "附件：%s.docx" % name, std_doc(co, d, k, drop))
        else:
            put("03标准/%s %s.%s" % (STD[k][0].replace("/", "／"), name, r.choice(["docx", "docx", "pdf"])), std_doc(co, d, k, drop))
    if "slm_draft" in H:
        put("个人/%s/Q-XYC-G-0310服务级别管理标准（征求意见稿）.docx" % co.p(1),
            void(std_doc(co, co.fresh(), "fwjb"), "draft (征求意见稿)", "（征求意见稿）"))
    if "problem_proc" in H:
        put("03标准/已废止/问题管理办法（2019版）作废.pdf", void(std_doc(co, date(2019, 5, 9), "wt"), "obsolete", "（作废）"), **c.scan)
    # 作业指导书
    ks = list(WI)
    r.shuffle(ks)
    for k in ks[:r.randint(2, 4)]:
        d = co.issued()
        put("03标准/作业指导书/%s-%s %s.docx" % (co.short, WI[k][0], WI[k][1]), wi_doc(co, d, k))
    # 省局 文件: 一体化 通知 that only forward
    d = co.fresh()
    head, no = red_top(co, d, "关于进一步加强行业网络安全管理工作的通知", "sheng")
    put("01省局文件/%d年/%s 关于进一步加强行业网络安全管理工作的通知.pdf" % (d.year, no),
        Doc("sheng", "省局通知", d, [], True, head + [("p", "各单位要严格执行《网络安全事件管理标准》《信息系统变更管理标准》，"
                                                  "落实等级保护和应急预案演练要求。")] + colophon(co, d, "sheng"),
            decoy="notice that only mentions procedures"), **c.scan)


def lay_org(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    outs = "staff_noout" not in H
    d = co.issued()
    doc = leading_group(co, d, outs)
    put("02市局文件/%d年/%s 关于调整网络安全和信息化工作领导小组的通知.pdf" % (d.year, doc.no), doc,
        **(c.scan if r.random() < 0.5 else {}))
    d = co.fresh()
    put("综合科/人员/信息中心运维人员花名册%d%02d.xlsx" % (d.year, d.month), staff_sheet(co, d, outs))
    if "roles" not in H:
        put("综合科/人员/%s.xlsx" % r.choice(["岗位职责清单", "Book1"]), role_sheet(co, co.issued()))
    if "iface_mention" in H:
        d = co.fresh()
        put("会议纪要/主任办公会/%s主任办公会纪要.docx" % ymd(d),
            none_doc(co, d, "信息中心主任办公会议纪要", ["一、研究网络安全接口人人选，待下次会议确定。", "二、研究订货高峰日保障。"],
                     "minutes"))
    else:
        d = co.fresh()
        put("会议纪要/主任办公会/%s主任办公会纪要.docx" % ymd(d), iface_notice(co, d))
    put("综合科/通知/关于设立信息运维服务台的通知.docx", desk_notice(co, co.issued()))
    if "desk_train" in H:
        put("培训/服务台培训记录.xlsx", blank(desk_training(co, co.fresh())))
    else:
        d = co.fresh()
        put("培训/%d年/服务台人员培训记录%s.xlsx" % (d.year, ymd(d)), desk_training(co, d))


def lay_customers(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    K = "县局服务/"
    d = co.fresh()
    put(K + "01需求调研/%d年度信息化运维服务需求调研报告.docx" % d.year, survey(co, d, "survey_notime" not in H))
    d = co.fresh()
    if "budget_tpl" in H:
        put("综合科/预算/运维费用预算表（模板）.xlsx", blank(budget(co, d)))
        put("综合科/预算/%s关于运维费用预算的请示.pdf" % ymd(d), budget_request(co, d), **c.scan)
    else:
        sub = "综合科/预算/%d年运维预算请示/" % d.year
        put(sub + "请示（签批）.pdf", budget_request(co, d), **c.scan)
        put(sub + "附件1.xlsx", budget(co, d))
    d = co.fresh()
    put(K + "02座谈会/%s座谈会纪要%s.docx" % (co.ay["xian"][0], ymd(d)), meeting(co, d, "comm_noagree" not in H))
    d = co.fresh()
    put(K + "03服务承诺书/%d年度信息化运维服务承诺书（签字版）.pdf" % d.year, sla(co, d, "health_tpl" not in H), **c.scan)
    # 健康检查 by 县局
    if "health_tpl" in H:
        put(K + "04健康检查/健康检查记录表（空白）.xlsx", blank(health(co, co.fresh(), co.ay["xian"][0])))
    else:
        for x in co.ay["xian"][:r.randint(2, 4)]:
            d = co.fresh()
            put(K + "04健康检查/%d年/%s健康检查%d年%d月.xlsx" % (d.year, x, d.year, d.month), health(co, d, x))
    # 满意度
    d1 = date(2025, r.randint(12, 12), r.randint(2, 28))
    d2 = date(2026, r.randint(6, 7), r.randint(1, 28))
    put(K + "05满意度/2025年下半年满意度测评汇总.xlsx", csat(co, d1))
    put(K + "05满意度/2026年上半年满意度测评汇总.xlsx", csat(co, d2))
    put("旧资料/2024/满意度测评汇总2024.xlsx", csat(co, date(2024, 12, r.randint(2, 20))))
    if "trend" in H:
        put(K + "05满意度/满意度趋势分析（草稿）.docx", void(csat_trend(co, co.fresh()), "draft", "（草稿）"))
    else:
        put(K + "05满意度/%d-2026年满意度趋势分析.docx" % 2024, csat_trend(co, co.fresh()))
    if "followup" not in H:
        d = co.fresh()
        put(K + "06回访/服务回访登记表%d.xlsx" % d.year, followup(co, d))


def lay_design(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    X = "系统运维科/"
    d = co.fresh()
    put(X + "数据分析/%d年运维历史数据清单.xlsx" % (d.year - 1), hist(co, d))
    if "hist_analysis" not in H:
        put(X + "数据分析/历史数据分析报告.docx", hist_analysis(co, co.fresh()))
    put("综合科/计划/%d年运维保障策略及实施方案.docx" % 2026, strategy(co, date(2026, 1, r.randint(10, 28))))
    if "kpis" not in H:
        put(X + "可用性/可用性指标清单.xlsx", kpis(co, co.issued()))
    d = co.fresh()
    put(X + "数据分析/服务解决方案及生产影响分析%d.docx" % d.year, svc_analysis(co, d, "auto" not in H))
    if "sld" not in H:
        put("综合科/合同/驻场运维服务合同/附件3 服务级别.docx", sld_doc(co, co.issued()))
    else:
        put("综合科/合同/驻场运维服务合同/合同正文（扫描）.pdf",
            none_doc(co, co.issued(), "信息系统驻场运维服务合同", ["甲方：%s 乙方：%s" % (shi(co), co.vendor),
                                                        "服务内容：驻场运维2人，服务期一年；服务级别另行约定。"], "contract"), **c.scan)
    if "ola" not in H:
        put("综合科/制度/信息中心内部运营级别约定.docx", ola(co, co.issued()))
    put("综合科/制度/%s服务目录.xlsx" % r.choice(["信息安全运维", "运维"]),
        catalog(co, co.issued(), "catalog_base" not in H, "catalog_sec" not in H))
    d = co.fresh()
    put(X + "资产/信息资产台账%d%02d.xlsx" % (d.year, d.month), assets(co, d))
    d = co.fresh()
    put(X + "配置管理/CMDB导出_%s.xlsx" % ymd(d), cmdb(co, d, "cmdb_rel" not in H))
    d = co.fresh()
    put(X + "配置管理/配置项更新记录%d.xlsx" % d.year, ci_updates(co, d))
    d = co.fresh()
    put(X + "项目/专卖移动执法/需求分析记录.docx", requirements(co, d))
    d = co.fresh()
    put(X + "项目/营销数据库升级/实施方案（终稿）.docx", retrofit(co, d, "testplan" not in H))
    put(X + "项目/营销数据库升级/安全基线.xlsx", baseline(co, co.issued()))
    if "compat" in H:
        put(X + "项目/营销数据库升级/兼容性验证报告（模板）.docx", blank(compat(co, co.fresh()), "（模板）"))
    else:
        put(X + "项目/营销数据库升级/兼容性验证报告.docx", compat(co, co.fresh()))
    if "devplan_draft" in H:
        put("网络安全科/工具开发/开发计划草稿.docx", void(dev_plan(co, co.fresh()), "draft", "（草稿）"))
    else:
        put("网络安全科/工具开发/%d年安全工具开发计划.docx" % 2026, dev_plan(co, date(2026, 2, r.randint(1, 27))))
    if "aplan" not in H:
        put(X + "可用性/%d年可用性保障计划.docx" % 2026, avail_plan(co, date(2026, 1, r.randint(5, 25))))
    d = co.fresh()
    put(X + "可用性/系统中断登记%d.xlsx" % d.year, avail_events(co, d))
    if "kb_empty" in H:
        put(X + "知识库/知识库导出.xlsx", kb_export(co, co.fresh(), False))
    else:
        d = co.fresh()
        put(X + "知识库/知识库导出%s.xlsx" % ymd(d), kb_export(co, d))


def lay_records(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    # monthly 运维记录 workbooks
    ms = sorted(r.sample(range(1, 11), 5))
    for m in ms:
        d = date(2026, m, r.randint(25, 28))
        put("网络安全科/运维记录/2026年/%d月/运维记录%d%02d.xlsx" % (m, 2026, m), ops_month(co, d))
    put("旧资料/2024/运维记录202411.xlsx", ops_month(co, date(2024, 11, 27)))
    if "hwstat" in H:
        put("网络安全科/运维记录/硬件故障统计（空）.xlsx", blank(hw_stats(co, co.fresh())))
    else:
        d = co.fresh()
        put("网络安全科/运维记录/%d年硬件故障统计.xlsx" % d.year, hw_stats(co, d))
    d = co.old() if "collect_old" in H else co.fresh()
    put("网络安全科/安全信息采集/安全信息采集%d%02d.xlsx" % (d.year, d.month), collect(co, d))
    d = co.old() if "logaudit_old" in H else co.fresh()
    put("网络安全科/日志审计/%d年/日志审计分析报告Q%d.docx" % (d.year, (d.month - 1) // 3 + 1), log_audit(co, d))
    d = co.fresh()
    put("网络安全科/安全事件/%d上半年安全事件统计分析.docx" % d.year, sec_stats(co, d))
    # 月报
    mm = sorted(r.sample(range(2, 11), 3))
    for i, m in enumerate(mm):
        d = date(2026, m, r.randint(3, 9))
        put("综合科/月报/运维月报2026年%d月.docx" % m,
            monthly(co, d, data="data_none" not in H, forecast=(i == len(mm) - 1 and "forecast" not in H)))
    d = co.fresh()
    put("系统运维科/变更/变更登记台账%d.xlsx" % d.year, changes(co, d))
    d = co.fresh()
    put("系统运维科/工单/运维平台工单导出_%s.xlsx" % ymd(d), tickets(co, d))


def lay_security(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    S = "网络安全科/"
    for m in sorted(r.sample(range(1, 11), 3)):
        d = date(2026, m, r.randint(10, 20))
        put(S + "安全通报/网络安全通报2026第%d期.pdf" % m, bulletin(co, d, "bulletin_partial" not in H))
    put(S + "渗透测试/%d年渗透测试工作方案.docx" % 2026, pentest_plan(co, date(2026, r.randint(2, 4), r.randint(1, 28))))
    d = co.old() if "pentest_old" in H else co.fresh()
    put(S + "渗透测试/渗透测试报告_%s.pdf" % ymd(d), pentest_report(co, d))
    d = co.fresh()
    put(S + "等级保护/营销系统定级报告.docx", grading(co, d))
    if "grading_crit" not in H:
        put(S + "等级保护/安全保护等级划分标准.docx", grading_crit(co, co.issued()))
    # 应急
    A = "应急管理/"
    d = co.issued()
    put(A + "预案/网络安全事件应急预案（%d年修订）.docx" % d.year, emergency_plan(co, d, "recovery" not in H))
    if "recovery" in H:
        put(A + "预案/系统恢复方案（征求意见稿）.docx",
            void(emergency_plan(co, co.fresh(), True), "draft", "（征求意见稿）"))
    d = co.fresh()
    put(A + "演练/%s网闸失效应急演练记录.docx" % ymd(d), drill(co, d, "em"))
    if "drdrill" in H:
        put(A + "演练/数据库恢复演练方案.docx", none_doc(co, co.fresh(), "营销数据库恢复演练方案",
                                                   ["计划于下月组织营销数据库恢复演练，检验《网络安全事件应急预案》恢复章节。"], "plan"))
    else:
        d = co.fresh()
        put(A + "演练/%s数据库恢复演练记录.docx" % ymd(d), drill(co, d, "dr"))
    if "bcp_draft" in H:
        put(A + "业务连续性计划（征求意见稿）.docx", void(bcp(co, co.issued()), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(A + "信息系统业务连续性计划.pdf", bcp(co, co.issued()))


def lay_review(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    T = "体系管理/"
    d = co.old() if "kpi_old" in H else co.fresh()
    put(T + "监视测量/%d年运维服务监视测量表.xlsx" % d.year, kpi_sheet(co, d))
    d = co.fresh()
    put(T + "纠正预防/纠正预防措施单JZ%s.docx" % ymd(d), capa(co, d, "capa_noverify" not in H))
    d = co.old() if "ia_old" in H else co.fresh()
    put(T + "内审/%d年内部审核报告.docx" % d.year, internal_audit(co, d))
    d = co.fresh()
    inputs = ("perf", "fb", "ca", "imp") if "mr_partial" in H else ("perf", "fb", "res", "ca", "chg", "imp")
    put(T + "管理评审/%d年管理评审报告.pdf" % d.year, mgmt_review(co, d, inputs))
    d = co.fresh()
    put(T + "持续改进/%d年持续改进计划.docx" % d.year, improve_plan(co, d, "criteria_none" not in H))
    if "improve_opps" not in H:
        d = co.fresh()
        put(T + "持续改进/改进机会分析%s.docx" % ymd(d), improve_opps(co, d))
    if "itrack" not in H:
        d = co.fresh()
        put(T + "持续改进/改进项目实施跟踪表.xlsx", improve_track(co, d))
    d = co.fresh()
    if "aware_signin" in H:
        put("培训/%d年/持续改进管理标准宣贯签到.xlsx" % d.year, signin(co, d, "信息运维持续改进管理标准"))
    else:
        put("培训/%d年/持续改进意识宣贯%s.xlsx" % (d.year, ymd(d)), awareness(co, d))
    d = co.old() if "defect_old" in H else co.fresh()
    put(T + "持续改进/运维服务不良情况分析%d.docx" % d.year, defects(co, d))


def year_summary(co, d, data=True, forecast=True):
    s = Sec("信息中心%d年工作总结及%d年工作思路" % (d.year - 1, d.year), [("p", "%s" % cnd(d))])
    s.part("主要工作完成情况", ["完成营销系统数据库升级、县局专线扩容、等保三级测评；全年未发生较大及以上网络安全事件。"])
    s.part("运维数据统计", [("table", [["指标", "全年"], ["异常报告及时率", "97.8%"], ["异常漏报率", "0.7%"],
                                   ["维护作业计划及时完成率", "96.5%"], ["故障隐患发现率", "90%"], ["异常主动发现率", "86%"],
                                   ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "94%"],
                                   ["安全补丁安装及时率", "91%"], ["安全事件次数", 31]])], ["56/data"], data)
    s.part("服务趋势预测", ["对日志、变更、事件、请求、问题汇总分析：事件下降12%%，请求上升24%%，变更集中在订货日前；"
                       "预计%d年营销系统省级集中后县局请求继续上升，需加强服务台和远程支持。" % d.year], ["71/forecast"], forecast)
    s.part("存在的不足", ["县局专线稳定性、运维人员结构老化。"])
    return s.doc("summary", d, True)


def county_patrol(co, d, x):
    rows = [[anyd(co, d), n, "正常", "无", co.vp(0) if co.rng.random() < 0.5 else co.p(3)]
            for n in ("汇聚交换机", "出口路由器", "防火墙", "终端防病毒服务器")]
    return book("patrol", "%s网络及安全设备巡检记录" % x, d, True,
                [("巡检", ["日期", "设备", "运行状态", "告警", "巡检人"], rows, ["44/inspection", "45/monitoring"])])


def lay_more(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    d = date(2026, 1, r.randint(12, 26))
    put("综合科/总结/信息中心%d年工作总结.docx" % (d.year - 1), year_summary(co, d, "data_none" not in H, "forecast" not in H))
    put("旧资料/2025/信息中心2024年工作总结.docx", year_summary(co, date(2025, 1, r.randint(10, 25))))
    for x in co.ay["xian"]:
        if r.random() < 0.7:
            d = co.fresh()
            nm = r.choice(["巡检记录%d.%d.%d.xlsx" % (d.year, d.month, d.day), "%s巡检%s.xlsx" % (x, ymd(d)), "巡检 - 副本.xlsx"])
            put("县局服务/县局巡检/%d年/%s/%s" % (d.year, x, nm), county_patrol(co, d, x))
    d = co.fresh()
    put("网络安全科/网闸/交换日志导出_%s.txt" % ymd(d),
        Doc("gaplog", "网闸交换日志", d, [], True, [("p", "%s %02d:%02d:%02d  任务%d  %s  %s" % (
            d.isoformat(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(1, 9),
            r.choice(["营销订单同步", "专卖许可证同步", "WMS出库单"]), r.choice(["成功", "成功", "成功", "失败：格式校验不通过"])))
            for _ in range(25)]), encoding="gb18030")
    for _ in range(2):
        d = co.fresh()
        put("网络安全科/值班/%d年%d月/交接班记录%s.docx" % (d.year, d.month, ymd(d)),
            none_doc(co, d, "信息中心值班交接班记录", ["交班人：%s  接班人：%s  %s" % (co.p(3), co.p(4), cnd(d)),
                                                 "系统运行正常，无遗留事项；钥匙、门禁卡交接完毕。"], "handover"))
    d = co.fresh()
    put("网络安全科/等级保护/%d年等保测评整改方案.docx" % d.year,
        none_doc(co, d, "%d年营销系统等级保护测评整改方案" % d.year, ["测评发现中风险问题9项：堡垒机双因子认证、数据库审计覆盖等，计划于年底前完成整改。"], "rectify"))
    d = co.fresh()
    put("综合科/附件2.docx", none_doc(co, d, "各县局（营销部）信息管理员通讯录",
                                     ["%s：%s  %s" % (x, co.cp(i), "1390%07d" % r.randint(0, 9999999)) for i, x in enumerate(co.ay["xian"])], "contacts"))
    # last year's 月报 (stale), a 副本 of the 服务目录, a 修改稿 of a standard, a 新建文件夹
    for m in sorted(r.sample(range(3, 12), 2)):
        d = date(2025, m, r.randint(3, 9))
        put("旧资料/2025/月报/运维月报%d%02d.docx" % (d.year, m), monthly(co, d, True, True, True))
    cat = [f for f in co.files if f[0].startswith("综合科/制度/") and f[0].endswith("服务目录.xlsx")]
    if cat and r.random() < 0.7:
        put("县局服务/新建文件夹/%s - 副本.xlsx" % cat[0][0].rsplit("/", 1)[1][:-5], cat[0][2])
    k = r.choice(["zs", "sj", "bg"])
    put("个人/%s/%s（修改稿）.docx" % (co.p(2), STD[k][1]), void(std_doc(co, co.fresh(), k), "draft", "（修改稿）"))
    d = co.fresh()
    put("个人/%s/新建文本文档.txt" % co.p(4),
        none_doc(co, d, "备忘", ["%s 订货日 7:20到岗，检查订单采集服务" % d.isoformat(), "网闸策略单待主任签字", "县局专线报障电话 10086转企业专线"], "note"),
        encoding="gb18030")
    for k, f in (("kpi", kpi_sheet), ("capa", capa), ("ci", ci_updates)):
        d = date(2025, r.randint(1, 10), r.randint(1, 28))
        put("旧资料/2025/%s%d.%d.xlsx" % ({"kpi": "监视测量表", "capa": "纠正预防", "ci": "配置项更新"}[k], d.year, d.month)
            if k != "capa" else "旧资料/2025/纠正预防措施单%s.docx" % ymd(d), f(co, d))


def lay_noise(c, lock_bytes):
    co, r, H, put = c.co, c.r, c.H, c.put
    x0 = co.ay["xian"][0]
    # templates
    put("网络安全科/表格/运维记录表（空白）.xlsx", blank(ops_month(co, co.fresh())))
    put("系统运维科/变更/变更申请单（模板）.xlsx", blank(changes(co, co.fresh()), "（模板）"))
    put("县局服务/05满意度/满意度测评表（空白）.xlsx", blank(csat(co, co.fresh())))
    # drafts / recycle / obsolete
    put("个人/%s/管理评审报告初稿.docx" % co.p(0), void(mgmt_review(co, co.fresh()), "draft", "（初稿）"))
    put("个人/%s/服务承诺书修改稿.docx" % co.p(2), void(sla(co, co.fresh()), "draft", "（修改稿）"))
    put("应急管理/预案/作废/网络安全事件应急预案（2020版）作废.pdf", void(emergency_plan(co, date(2020, 3, 16)), "obsolete", "（作废）"), **c.scan)
    put("$RECYCLE.BIN/S-1-5-21-%d-1001/$R%s.xlsx" % (r.randint(10 ** 8, 10 ** 9), "".join(r.choice("ABCDEFGHJK2345") for _ in range(6))),
        void(ops_month(co, co.fresh()), "recycle bin"))
    put("$RECYCLE.BIN/S-1-5-21-%d-1001/$R%s.docx" % (r.randint(10 ** 8, 10 ** 9), "".join(r.choice("ABCDEFGHJK2345") for _ in range(6))),
        void(internal_audit(co, co.fresh()), "recycle bin"))
    # old copies in 旧资料 (stale records, real)
    put("旧资料/2024/%d年内部审核报告.docx" % 2024, internal_audit(co, date(2024, 11, r.randint(3, 25))))
    put("旧资料/2024/变更登记台账2024.xlsx", changes(co, date(2024, 10, r.randint(3, 25))))
    put("旧资料/2024/渗透测试报告2024.pdf", pentest_report(co, date(2024, 9, r.randint(3, 25))))
    # sign-ins about a plan / standard
    for what in ("网络安全事件应急预案", "信息系统变更管理标准"):
        d = co.fresh()
        put("培训/%d年/《%s》学习签到%s.xlsx" % (d.year, what, ymd(d)), signin(co, d, what))
    # 管理评审 通知, 标准 目录
    d = co.fresh()
    put("体系管理/管理评审/关于开展%d年度管理评审的通知.docx" % d.year,
        none_doc(co, d, "关于开展%d年度管理评审的通知" % d.year, ["请各科于%d月底前报送评审输入：县局反馈、资源需求、纠正措施进展、改进建议。" % d.month], "notice"))
    d = co.fresh()
    put("03标准/现行有效标准目录.xlsx", Doc("index", "标准目录", d, [], True, sheets=[("目录", [["现行有效标准目录"], ["编号", "名称"]] +
                                                                              [[v[0], v[1]] for v in STD.values()])], decoy="list of document names"))
    # tobacco business that proves nothing
    d = co.fresh()
    put("其他/专卖/%d年%d月案件查处统计.xlsx" % (d.year, d.month),
        Doc("other", "案件统计", d, [], True, sheets=[("统计", [["案件查处统计"], ["县局", "案件数", "涉案金额（万元）"]] +
                                                         [[x, r.randint(3, 30), r.randint(5, 200)] for x in co.ay["xian"]])], decoy="unrelated"))
    d = co.fresh()
    put("其他/党支部/%d年%d月主题党日活动记录.docx" % (d.year, d.month),
        none_doc(co, d, "信息中心党支部主题党日活动记录", ["学习习近平总书记关于网络强国的重要思想，开展保密知识测试。"]))
    d = co.fresh()
    put("其他/保密/保密自查表%d.xlsx" % d.year, Doc("other", "保密自查", d, [], True, sheets=[("自查", [["保密工作自查表"], ["检查项", "结果"],
                                                                                          ["涉密计算机不得接入互联网", "符合"], ["移动存储介质登记", "符合"]])], decoy="unrelated"))
    d = co.fresh()
    put("其他/营销/%s卷烟订货情况通报%s.docx" % (x0, ymd(d)),
        none_doc(co, d, "%s卷烟订货情况通报" % x0, ["本周订货户数%d户，订单满足率96%%。" % r.randint(2000, 6000)]))
    put("资质申报/CCRC/自评估表（底稿）.xlsx", Doc("ccrc", "自评估表", co.fresh(), [], False,
                                              sheets=[("自评", [["信息系统安全运维服务资质认证自评估表"], ["序号", "条款", "证明材料"],
                                                               [1, "采集客户对信息系统运维服务时间的需求", "需求调研报告"]])], decoy="the form itself"))
    # generic names whose content is real
    d = co.fresh()
    put("个人/%s/新建 Microsoft Word 文档.docx" % co.p(3), log_audit(co, d) if "logaudit_old" not in H else none_doc(co, d, "随手记", ["网闸周五升级"]))
    d = co.fresh()
    put("个人/%s/扫描件00%d.pdf" % (co.p(4), r.randint(1, 9)), drill(co, d, "em"), **c.scan)
    # lock files, empty files, image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith("$RECYCLE")]
    for rel in office[3:120:19]:
        folder, _, base = rel.rpartition("/")
        p = (folder + "/" if folder else "") + "~$" + (base if len(base) <= 12 else base[2:])
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(2)), "Office lock file")
    for rel, data, why in (("网络安全科/运维记录/2026年/新建 XLSX 工作表.xlsx", b"", "empty file"),
                           ("县局服务/04健康检查/%s健康检查报告.docx" % co.ay["xian"][3], b"", "empty file"),
                           ("综合科/签批/扫描件%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")):
        if rel not in co.used:
            co.raw(rel, data, why)
