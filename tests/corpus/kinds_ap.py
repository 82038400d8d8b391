# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_ap.py - style AP: the 信息管理科 (信息中心) of a provincial 疾病预防控制中心 (省疾控中心).

An author voice for the accuracy corpus, used only by the AP shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py and the README's ground-truth conventions; never the rules,
the sources or a score).  The 信息管理科 runs the 疾控 parts of the province's 全民健康信息平台: the
免疫规划信息系统 (接种者 and 接种单位 data), the 传染病监测预警平台, 慢病 and 死因监测, the 实验室信息管理
系统 (LIMS), the 突发公共卫生事件 报告, the 省级 接口 of the 国家疾控 直报 系统, the 中心 内网/外网 and the
视频会商 system, with an outsourced 运维 company whose engineers are 驻场; under a 技术服务协议 it also
operates the systems of a 市级疾控中心, the form's customer.

Its people write as a public-health institution does.  The 中心 issues 红头 发文 (X疾控发〔2026〕N号,
信息公开形式, 抄送, 印发) that 印发 管理办法 (第一章 总则 / 第一条), sometimes several 制度 as 附件 of one
notice, and 函 (X疾控函) to the 市疾控.  Because the 中心 runs a CMA/CNAS 检验检测 体系, the 信息管理科
writes its own procedures and SOPs in laboratory style: 程序文件 numbered X-CX-nn with 1 目的 / 2 范围 /
3 职责 / 4 工作程序 / 5 相关文件 / 6 记录, 作业指导书 X-SOP-XXK-0nn, 记录表格 X/JL-XXK-0nn with 表格编号 and
版本, a 质量手册 分册 for 信息化运维, 受控 / 分发号 / 第N版第M次修订 control tables, long cover pages.
Records are Excel 记录表格, scanned 值班 (应急值守) 记录, 运维平台 exports, the 外包 company's 月报;
the 体系's 内审 and 管理评审 are run by the 质量管理科 in 体系 language; the 中心主任办公会 and 党委会
纪要, 年度 工作总结 and 计划, 卫健委 通知 转发, 网络安全预警通报 to 市县疾控, 等保 测评, 个人信息保护
(接种者 数据), 数据 上报 及时率/完整率, 疫情 期间 保障, 视频会商 保障, 突发公共卫生事件 桌面推演.
Folders by 科室 and 年度: 中心发文/<year>/, 体系文件/, 信息管理科/<year>/..., 技术服务/<市疾控>/,
外包运维/<vendor>/, 质量管理科/, 办公室/会议纪要/, 应急办/, 个人/, 微信文件, a NAS #recycle.

Every builder returns a kinds.Doc listing as items only what its own text proves: a part of a document
lends its items only when it is written; a sheet without data rows proves nothing; a record older than a
year keeps its items (record=True) and is stale.  build(co, lock_bytes) lays out the whole share.

Judgement calls of this voice (also in readme.md):
- a 管理办法 (红头) and a 程序文件 with the same content prove the same procedure; a 发文 that 印发 several
  制度 as 附件 proves each 附件 it carries; the 制度及程序文件汇编 proves the procedures it holds, but not the
  PDCA model; the 质量手册 分册 for 信息化运维 proves the PDCA model (10) and the audit system (61) with its
  PDCA chapter, the organisation (9, 23) with its 组织 chapter, and the procedures of its chapters;
- the 中心's laboratory documents prove nothing for the IT service: the 质量手册 of the 检验检测 体系 (its
  PDCA is about testing), the 数据信息管理程序 (LIMS data integrity), the 仪器设备一览表 (PCR仪, 生物安全柜:
  no IT asset list), the 检测 客户满意度调查, the 质量目标 of the 检验检测, the CMA 资质认定证书 (no
  certification of the IT service system), the LIMS 确认报告;
- the 质量管理科's 年度内部审核报告 is 59's internal audit only when it has the 信息管理科 chapter that
  audits the 信息化运维服务 against the 运维服务 requirements, the 中心's procedures and the 技术服务协议
  with the 市疾控; the 专项内部审核报告 of the 信息化运维服务 always is;
- the 管理评审报告 is 59's management review only when its 信息化运维服务 section reports the execution
  and conformity of the services and processes; each other input it writes is one of 60's; the 信息管理科's
  管理评审输入报告 proves the 60 inputs it writes but is not the review record (59);
- a 网络安全事件应急桌面推演 or 实战演练 of the IT systems is 40's emergency drill and 53's drill; a 数据库
  备份恢复演练 is 40's recovery drill only; a 突发公共卫生事件 桌面推演 (an epidemic scenario) is no drill of
  the IT service and proves nothing;
- the 机房及网络安全设备巡检记录 proves each record kind whose sheet has rows (网络及安全设备 44/45/14, 防病毒
  44/45's antivirus, 维护保养 14/44, 故障处理 44's faults, 版本升级 44's upgrades), its 机房环境 sheet alone
  nothing, and only the 硬件故障统计表 is 14's statistics; the scanned 网络与信息系统值班记录 is 44/45/14
  only when its rows record the devices' state, one that says only 正常 proves nothing; the 中心 总值班
  (应急值守) 记录 of 疫情 and 来电 proves nothing;
- the 质量目标完成情况统计表 of the 信息化运维服务 (SLA, satisfaction, complaints against targets) is 57's
  监视测量清单; the 纠正措施记录表 is 57's corrective action and, with its 验证 filled, 66's effectiveness record;
  the 外包 company's 月度考核评分表 (attendance, tasks, documents) proves nothing, its 月报 is 50's
  monitoring report only with its 趋势分析;
- the 传染病报告 质量 月报 (报告及时率, 审核及时率, 完整率 of the 医疗机构' reports) is no operations data (56)
  and proves nothing; the 数据交换 接口 运行 statistics in the 信息系统运行月报 are;
- the 主任办公会纪要 proves each decision it records (接口人 28, 服务热线 48, ranked and approved 改进事项 67);
  the 党委会纪要 that approves the 领导小组 proves nothing; a 卫健委 通知 转发 proves nothing; an 攻防演练
  防守 总结 is no pentest record; 个人信息保护 and 数据安全 documents, 疫情 保障方案, 视频会商 保障登记,
  the 年度工作计划 and the 部门预算 项目申报书 prove nothing.
"""

from datetime import date, timedelta

from kinds import Doc

# per share: the 中心, its 发文/函 prefixes, its document code, the customer's short name, two other 市疾控,
# the 卫健委, the 运维平台, the service hotline, the 机房, the 体系 edition and the clauses this share never
# produced / only keeps stale (on top of the random ones).
AP_INFO = {
    "ap1": dict(center="楚南省疾病预防控制中心", fa="楚南疾控发", han="楚南疾控函", code="CNCDC", cust="巴陵市疾控中心",
                others=("湘潭市疾控中心", "衡州市疾控中心"), wjw="楚南省卫生健康委员会", itsm="信息化运维管理平台",
                hot="0731-8470", room="中心实验楼五楼信息机房", ed=6, lab="RB/T 214-2017 与 CNAS-CL01:2018",
                never=("dev", "bcp", "ieval"), stale=("pt", "trend")),
    "ap2": dict(center="云岭省疾病预防控制中心", fa="云岭疾控发", han="云岭疾控函", code="YLCDC", cust="珠源市疾控中心",
                others=("滇阳市疾控中心", "普洱市疾控中心"), wjw="云岭省卫生健康委员会", itsm="ITSM运维服务台",
                hot="0871-6361", room="中心综合楼三楼数据中心机房", ed=5, lab="RB/T 214-2017",
                never=("ola", "guide", "prev"), stale=("drill", "ia")),
    "ap3": dict(center="河东省疾病预防控制中心", fa="河东疾控发", han="河东疾控函", code="HDCDC", cust="平阳市疾控中心",
                others=("绛州市疾控中心", "潞安市疾控中心"), wjw="河东省卫生健康委员会", itsm="运维工单系统",
                hot="0351-7552", room="中心业务楼四楼信息机房", ed=7, lab="RB/T 214-2017 与 CNAS-CL01:2018",
                never=("cmdb", "aware", "kpis"), stale=("logaudit", "callbacks")),
    "ap4": dict(center="桂西省疾病预防控制中心", fa="桂西疾控发", han="桂西疾控函", code="GXCDC", cust="右江市疾控中心",
                others=("柳城市疾控中心", "梧州市疾控中心"), wjw="桂西省卫生健康委员会", itsm="一体化运维监控平台",
                hot="0771-2518", room="中心信息楼二楼机房", ed=4, lab="RB/T 214-2017",
                never=("history", "defects", "pt_plan"), stale=("rdrill", "kb")),
}

ZH = "〇一二三四五六七八九"
HZ = "零一二三四五六七八九"


def hz(n):
    """Chinese numerals 1-99 (第二十三条)."""
    if n < 10:
        return HZ[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HZ[t]) + "十" + (HZ[u] if u else "")


def sign_date(d):
    """二〇二六年三月五日, as a 红头 is signed."""
    return "".join(ZH[int(c)] for c in str(d.year)) + "年" + hz(d.month) + "月" + hz(d.day) + "日"


def cnd(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def ymd(d):
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def when(co, d):
    """A date the way whoever typed this document writes it."""
    f = co.rng.randint(0, 6)
    if f <= 2:
        return cnd(d)
    if f == 3:
        return d.isoformat()
    if f == 4:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if f == 5:
        return "%d/%d/%d" % (d.year, d.month, d.day)
    return "%d年%02d月%02d日" % (d.year, d.month, d.day)


def qtr(d):
    return (d.month - 1) // 3 + 1


def half(d):
    return "上半年" if d.month <= 6 else "下半年"


class Draft:
    """A written document assembled section by section; only the written sections lend items.
    Numbering follows what is written (一、 / 1 / 第一章), so a left-out section leaves no gap.
    A body paragraph may say {n} for its own section number (4.1, 4.2 in a 程序文件)."""

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
            h = "%s、%s" % (hz(self.n), heading)
        elif self.style == "dig":
            h = "%d %s" % (self.n, heading)
        elif self.style == "zhang":
            h = "第%s章 %s" % (hz(self.n), heading)
        elif self.style == "tiao":
            h = "第%s条 %s" % (hz(self.n), heading)
        else:
            h = "（%s）%s" % (hz(self.n), heading)
        self.blocks.append(("h1", h))
        for b in body:
            if isinstance(b, tuple):
                self.blocks.append(b)
            else:
                self.blocks.append(("p", b.replace("{n}", str(self.n))))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items)), record, self.blocks + list(tail))


def book(kind, title, d, record, sheets, form=None, note=None):
    """An Excel 记录表格: sheets of (name, header, rows, items); a sheet without rows lends nothing."""
    out, items = [], []
    for name, header, rows, its in sheets:
        top = [[title]] + ([[form]] if form else []) + ([[note]] if note else [])
        out.append((name, top + [header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def void(doc, why, mark=None):
    """A draft, a withdrawn version, a template or a binned copy: same text, no proof."""
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


def blank_book(co, title, d, cols, form=None, n=12):
    top = [[title]] + ([[form]] if form else []) + [["科室：信息管理科", "", "年    月"]]
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", top + [cols] + [[""] * len(cols) for _ in range(n)])],
               decoy="template")


def blank_paper(title, d, heads, form=None):
    b = [("title", title)]
    if form:
        b.append(("p", form))
    b.append(("p", "编号：____________    日期：______年____月____日"))
    for h in heads:
        b += [("h1", h), ("p", " "), ("p", " ")]
    b.append(("p", "填表人：              审核人：              批准人："))
    return Doc("blank", title, d, [], False, b, decoy="template")


def form_no(co, n, ed=None):
    return "表格编号：%s/JL-XXK-%03d    第%d版    受控" % (co.ap["code"], n, ed or co.rng.randint(1, 3))


# ------------------------------------------------------------------------------ 发文

def next_no(co, d, which):
    key = (which, d.year)
    co.ap_no[key] = co.ap_no.get(key, co.rng.randint(3, 20)) + co.rng.randint(1, 9)
    pre = co.ap["fa"] if which == "fa" else co.ap["han"]
    return "%s〔%d〕%d号" % (pre, d.year, co.ap_no[key])


def red_top(co, d, subject, which="fa", to=None):
    """The 红头 of a 中心 文件 (fa) or 函 (han)."""
    no = next_no(co, d, which)
    issuer = co.ap["center"] + ("文件" if which == "fa" else "")
    if to is None:
        to = "中心各科（所、室）：" if which == "fa" else "%s：" % co.customer
    return [("big", issuer), ("p", no), ("title", subject), ("p", to)], no


def red_tail(co, d, which="fa", cc=True):
    out = [("p", co.ap["center"]), ("p", sign_date(d)),
           ("p", "（信息公开形式：%s）" % co.rng.choice(["不予公开", "依申请公开", "不予公开"]))]
    if cc:
        out.append(("p", "抄送：%s规划信息处、疾控处" % co.ap["wjw"]))
    out.append(("p", "%s办公室                    %s印发" % (co.ap["center"], cnd(d + timedelta(days=co.rng.randint(0, 2))))))
    return out


def ctl(co, d, code, ed=None, rev=None):
    """The control table on top of a 体系文件 (CMA/CNAS style)."""
    ed = ed or co.rng.randint(1, 4)
    rev = co.rng.randint(0, 3) if rev is None else rev
    return [("table", [["文件编号", code, "版本/修订", "第%d版/第%d次修订" % (ed, rev)],
                       ["编写", co.p(3), "审核", co.p(0)],
                       ["批准", co.boss, "生效日期", when(co, d + timedelta(days=co.rng.choice([0, 7, 15])))],
                       ["受控状态", "受控", "分发号", "XXK-%02d" % co.rng.randint(1, 12)]])]


# ------------------------------------------------------------------------------ procedures (办法 / 程序文件)

# key: name (without 办法/程序), cx number, fixed form (None = either), 目的, 范围, 职责,
#      [(section, [paragraphs], items, optional)], related documents, records
PROCS = {
    "change": ("信息系统变更管理", 31, None,
               "对中心及受托市级疾控中心信息系统的变更实施控制，降低变更对传染病报告、预防接种和实验室检测等业务的影响。",
               "适用于网络、安全设备、服务器、数据库、应用系统（{s0}、{s1}、{s2}等）及国家平台省级接口的配置与资源变更。",
               "信息管理科负责变更的受理、评估、实施和记录；科长审批一般变更；分管副主任审批重大变更；外包运维驻场人员在授权范围内实施。",
               [("变更申请", ["变更发起人在{itsm}填写《信息系统变更申请表》，写明变更内容、原因、影响范围、实施窗口、测试情况和回退措施。"],
                 ["54/procedure"], False),
                ("变更分级与审批", ["变更分为标准变更、一般变更、重大变更和紧急变更；涉及国家平台接口、接种个案数据结构或全省网络的为重大变更，"
                                    "须经变更评审后报分管副主任审批，并提前通知受影响的市县疾控中心。"], ["54/procedure"], False),
                ("变更实施与验证", ["变更在规定窗口实施（工作日18:00以后或周末，避开每日疫情报告审核和日报上报时段），实施后由申请人和使用科室共同验证；"
                                    "验证不通过的，按回退措施恢复到变更前状态。"], ["54/procedure"], False),
                ("紧急变更", ["系统中断等紧急情况下可先电话报告科长后实施，24小时内在平台补办审批手续。"], [], True),
                ("变更关闭与记录", ["变更的申请、审批、实施、验证、回退和关闭全过程在平台留痕，科室按月统计变更成功率并在运行月报中报告。"],
                 ["54/procedure"], False)],
               ["网络安全管理办法", "信息系统配置管理程序"], [(11, "信息系统变更申请表"), (12, "变更实施记录")]),
    "incident": ("信息系统运行事件管理", 32, None,
                 "及时恢复信息系统的正常运行，减少故障事件对疾病监测、预防接种和实验室检测业务的影响。",
                 "适用于中心及受托市级疾控中心信息系统、网络和终端的故障与运行事件。",
                 "服务台负责事件受理、登记和派单；一线运维人员负责初步处置；二线（系统管理员、厂商）负责升级处理；科长负责重大事件的协调。",
                 [("事件受理与登记", ["事件来源包括监控告警、值班巡检发现、用户通过信息化服务热线{hot}报障和{itsm}提单，由服务台统一登记编号。"],
                   ["49/incident-procedure"], False),
                  ("分级与响应", ["事件分为四级：全省直报或接种业务中断的为一级，15分钟内响应；单系统中断为二级，30分钟内响应；"
                                  "部分功能异常为三级，2小时内响应；一般咨询类为四级。一线2小时内不能解决的升级至二线或厂商。"],
                   ["49/incident-procedure"], False),
                  ("解决与关闭", ["事件解决后由服务台回访报障人确认恢复，关闭工单；一、二级事件3个工作日内形成事件报告。"],
                   ["49/incident-procedure"], False)],
                 ["信息化服务请求管理程序", "信息系统问题管理程序"], [(21, "运维工单")]),
    "request": ("信息化服务请求管理", 33, None,
                "规范信息化服务请求的受理、审批、实施和关闭。",
                "适用于直报系统和免疫规划信息系统账号开通、权限调整、VPN接入、数据查询与导出、终端软件安装等服务请求。",
                "服务台负责请求受理与派单；信息管理科科长审批权限类请求；涉及个人信息的数据导出须经分管副主任审批。",
                [("请求提交", ["用户通过{itsm}或服务热线提交服务请求，注明请求类别、业务依据，市县疾控用户须经本单位信息科室审核。"],
                  ["49/request-procedure"], False),
                 ("审批与实施", ["服务台登记后按服务目录派单；账号权限类请求由科长审批，接种者个案数据导出须经分管副主任审批并脱敏。"
                                 "实施人员在服务目录规定的时限内完成。"], ["49/request-procedure"], False),
                 ("确认与关闭", ["服务台电话或平台消息确认后关闭请求，全部在平台留痕。"], ["49/request-procedure"], False)],
                ["数据安全和个人信息保护管理办法"], [(22, "服务请求登记表")]),
    "problem": ("信息系统问题管理", 34, None,
                "查找并消除重复发生或影响重大的运行事件的根本原因，防止同类事件再次发生。",
                "适用于信息管理科及外包运维人员处理的全部运行事件。",
                "问题经理（由副科长担任）负责问题的记录、分析和关闭；各系统管理员负责根因分析和解决方案。",
                [("问题识别与记录", ["同类事件一个月内发生三次以上、一级和二级事件、失败变更，均应建立问题记录。"], ["20/procedure", "37/procedure"], False),
                 ("根因分析与解决", ["系统管理员在10个工作日内完成根因分析，提出临时措施和永久解决方案；需要变更的按变更管理程序实施。",
                                     "问题解决后经验证关闭，形成已知错误记录并纳入运维知识库；未关闭问题在科务会上通报。"],
                  ["20/procedure", "37/procedure"], False)],
                ["信息系统运行事件管理程序", "信息系统变更管理程序", "运维知识管理程序"], [(23, "问题记录单")]),
    "knowledge": ("运维知识管理", 35, None,
                  "积累和共享运维经验，建立运维知识库，提高事件和问题的解决效率。",
                  "适用于信息管理科、外包运维人员及市县疾控信息管理人员。",
                  "知识管理员负责知识条目的审核、发布和定期复核；运维人员负责提交知识条目。",
                  [("知识的提交与审核", ["运维人员在事件、问题处置和变更实施后提交知识条目，经知识管理员审核后在{itsm}知识库发布。"],
                    ["21/procedure"], False),
                   ("知识的使用与维护", ["知识库向中心和市县疾控信息人员开放查询；知识管理员每季度复核一次，过期条目予以废止。"], ["21/procedure"], False)],
                  [], [(24, "知识条目审核表")]),
    "slm": ("信息化技术服务级别管理", 36, None,
            "规范信息管理科对中心各科所和受托市级疾控中心的服务级别的设计、约定、监视和评审。",
            "适用于中心内部信息化服务和技术服务协议约定的对外服务。",
            "信息管理科科长负责服务级别管理；综合组负责达成情况统计。",
            [("服务级别的约定", ["根据服务对象需求制定服务目录和服务级别，与受托市级疾控中心签订技术服务协议，约定服务时间、响应时限和核心指标。"],
              ["39/slm-procedure"], False),
             ("监视与评审", ["服务级别达成情况按月统计、按季通报，每年与服务对象评审一次协议，未达标项目纳入持续改进。"], ["39/slm-procedure"], False)],
            ["信息化运维服务监视和测量程序"], [(25, "服务级别达成情况统计表")]),
    "secevent": ("网络安全事件处置与报告", 37, None,
                 "规范中心及受托单位网络安全事件的处置与报告，减少事件对疾控业务和接种者个人信息的危害。",
                 "适用于中心信息系统、网络和终端发生的网络安全事件。",
                 "中心网络安全和信息化工作领导小组负责重大事件决策；信息管理科负责事件的监测、处置和报告；各科所负责本科所终端的配合处置。",
                 [("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件（含个人信息泄露）、设备设施故障和其他事件；"
                                    "按影响范围和程度分为特别重大、重大、较大、一般四级。"], [], False),
                  ("事件报告", ["发现网络安全事件的人员立即报告信息管理科；较大及以上事件由信息管理科在1小时内报告领导小组，"
                                "涉及个人信息泄露的按规定时限向{wjw}和属地公安机关报告。"], ["30/reporting-process"], False),
                  ("事件处置", ["信息管理科按研判定级、隔离遏制、清除根除、恢复验证的步骤处置，处置过程形成记录。"],
                   ["30/response-process", "31/incident-process"], False),
                  ("应急响应", ["达到应急预案启动条件的，由领导小组宣布启动《网络安全事件应急预案》，成立现场处置组，事态消除后宣布结束应急状态。"],
                   ["34/emergency-process"], True),
                  ("事后处理", ["事件处置结束后5个工作日内形成事件报告，分析原因，总结教训，更新知识库和预案，对责任科所提出整改要求。"],
                   ["34/incident-process"], False)],
                 ["网络安全事件应急预案", "数据安全和个人信息保护管理办法"], [(26, "网络安全事件处置记录")]),
    "monitor": ("信息化运维服务监视和测量", 38, "cx",
                "掌握信息化运维服务质量目标的实现情况，对未实现的目标及时采取纠正措施。",
                "适用于信息管理科提供的全部信息化运维服务，包括对受托市级疾控中心的服务。",
                "信息管理科综合组负责数据收集和统计；科长负责评价。",
                [("监视和测量的内容", ["监视测量服务级别达成率、服务对象满意度、投诉与建议和各项运维指标。"], ["61/monitoring-process", "62/monitoring-process"], False),
                 ("方法与频次", ["运维指标按月统计，满意度每半年调查一次并开展回访，未达到质量目标的按《纠正措施程序》处理并跟踪验证。"],
                  ["61/monitoring-process", "62/monitoring-process"], False)],
                ["纠正措施程序", "内部审核程序"], [(31, "质量目标完成情况统计表")]),
    "improve": ("信息化运维服务持续改进", 39, "cx",
                "规范改进措施的识别、记录、批准、评估、测量和报告。",
                "适用于信息化运维服务的全部过程。",
                "信息管理科科长负责改进的组织；综合组负责登记和跟踪；中心主任办公会批准重大改进项目。",
                [("改进的识别与记录", ["改进机会来源于内部审核、管理评审、服务对象投诉、事件和问题分析、质量目标未达成，由提出人登记在改进机会登记表。"],
                  ["65/procedure"], False),
                 ("评估与批准", ["综合组按对业务的影响、实施成本和风险评分排序，科长审核后报中心主任办公会批准。"], ["65/procedure"], False),
                 ("实施、测量与报告", ["改进项目实施后由综合组测量效果并验证，改进情况在管理评审中报告。"], ["65/procedure"], False)],
                ["管理评审程序"], [(32, "改进机会登记表"), (33, "改进项目跟踪表")]),
    "preventive": ("信息系统运行风险预防措施", 40, "cx",
                   "识别信息系统运行中的潜在问题，采取预防措施，消除潜在不符合的原因，防止其发生。",
                   "适用于中心及受托单位的网络、安全设备、服务器、数据库和应用系统。",
                   "各系统管理员负责潜在问题的识别；科长批准预防措施；综合组验证有效性。",
                   [("潜在问题的识别", ["通过趋势分析、容量预警、巡检发现和设备生命周期评估识别潜在问题。"], [], False),
                    ("预防措施的实施与验证", ["针对潜在问题制定预防措施，经科长批准后实施；实施后一个月内由综合组验证其有效性并记录。"],
                     ["66/preventive-actions"], False)],
                   ["应对风险和机遇的措施程序"], [(34, "预防措施及有效性验证记录")]),
    "training": ("网络安全与信息化培训", 41, None,
                 "规范中心对本单位及市县疾控人员开展的网络安全和信息系统应用培训服务。",
                 "适用于信息管理科组织的各类信息化培训。",
                 "信息管理科负责培训需求收集、计划和实施；人事科负责培训档案。",
                 [("培训工作流程", ["培训需求收集→年度培训计划→课件编写与审核→组织实施并签到→考核→效果评估→资料归档。"], ["31/training-process"], False)],
                 ["人员培训程序"], [(35, "培训签到及考核记录")]),
    "audit": ("内部审核", 20, "cx",
              "验证中心管理体系运行持续符合体系文件、资质认定要求和服务对象要求，并得到有效实施和保持。",
              "适用于中心管理体系覆盖的全部部门和活动，包括信息管理科的信息化运维服务。",
              "质量负责人负责组织内部审核；质量管理科负责编制审核计划和跟踪；内审员不得审核本部门工作。",
              [("审核策划", ["每年至少开展一次覆盖全部要素和部门的内部审核，信息化运维服务按运维服务要求和技术服务协议单独编制检查表。"],
                ["61/audit-system", "62/audit-mechanism"], False),
               ("审核实施与跟踪", ["按审核计划召开首次会议、现场审核、开具不符合项报告、召开末次会议；责任部门制定纠正措施，内审员跟踪验证，"
                                   "审核结果作为管理评审的输入。"], ["61/audit-system", "62/audit-mechanism"], False)],
              ["纠正措施程序", "管理评审程序"], []),
}

SUFFIX = {"fa": "办法", "cx": "程序"}


def fill(co, s):
    return (s.replace("{itsm}", co.ap["itsm"]).replace("{hot}", co.ap_hot)
            .replace("{wjw}", co.ap["wjw"]).replace("{s0}", co.sys(0)).replace("{s1}", co.sys(1)).replace("{s2}", co.sys(2)))


def proc_name(key, form):
    return PROCS[key][0] + SUFFIX[form]


def proc_body(co, key, form, drop_optional=False):
    """The body of a procedure as a 办法 (章/条) or as a 程序文件 (1 目的 ... 6 记录); returns (blocks, items)."""
    name, cx, fixed, purpose, scope, duty, secs, refs, recs = PROCS[key]
    b, items = [], []
    if form == "fa":
        t = [0]

        def art(s):
            t[0] += 1
            return ("p", "第%s条 %s" % (hz(t[0]), fill(co, s)))
        ch = 1
        b += [("h1", "第一章 总则"), art("为" + purpose.rstrip("。") + "，根据《中华人民共和国网络安全法》《中华人民共和国个人信息保护法》"
                                      "和%s有关规定，结合中心实际，制定本办法。" % co.ap["wjw"]), art("本办法" + scope)]
        ch += 1
        b += [("h1", "第%s章 职责" % hz(ch)), art(duty)]
        for head, paras, its, opt in secs:
            if opt and drop_optional:
                continue
            ch += 1
            b.append(("h1", "第%s章 %s" % (hz(ch), head)))
            b += [art(p) for p in paras]
            items += its
        ch += 1
        b += [("h1", "第%s章 附则" % hz(ch)), art("本办法由信息管理科负责解释，自印发之日起施行。")]
        return b, items
    b += [("h1", "1 目的"), ("p", fill(co, purpose)), ("h1", "2 范围"), ("p", "本程序" + fill(co, scope)),
          ("h1", "3 职责"), ("p", fill(co, duty)), ("h1", "4 工作程序")]
    i = 0
    for head, paras, its, opt in secs:
        if opt and drop_optional:
            continue
        i += 1
        b.append(("h2", "4.%d %s" % (i, head)))
        b += [("p", "4.%d.%d %s" % (i, j, fill(co, p))) for j, p in enumerate(paras, 1)]
        items += its
    b.append(("h1", "5 相关文件"))
    b.append(("p", "、".join("《%s》" % r for r in refs) if refs else "无"))
    b.append(("h1", "6 记录"))
    b.append(("p", "；".join("%s/JL-XXK-%03d《%s》" % (co.ap["code"], n, t) for n, t in recs) if recs else "见各相关程序。"))
    return b, items


def proc_doc(co, d, key, form, drop_optional=False):
    """A procedure as issued: a 办法 behind a 中心 红头 notice, or a controlled 程序文件 with its control table."""
    body, items = proc_body(co, key, form, drop_optional)
    name = proc_name(key, form)
    if form == "cx":
        code = "%s-CX-%02d" % (co.ap["code"], PROCS[key][1])
        b = [("title", name)] + ctl(co, d, code, co.ap["ed"]) + body
        doc = Doc("proc:" + key, name, d, sorted(set(items)), False, b)
        doc.ap_code = code
        return doc
    full = co.ap["center"] + name
    top, no = red_top(co, d, "关于印发《%s》的通知" % full)
    b = top + [("p", "《%s》已经中心主任办公会研究通过，现印发给你们，请认真遵照执行。" % full)] + red_tail(co, d) + \
        [("break",), ("title", full)] + body
    doc = Doc("proc:" + key, name, d, sorted(set(items)), False, b)
    doc.ap_code = no
    return doc


def bundle_notice(co, d, keys):
    """One 红头 that 印发 several 制度 as 附件: proves each 附件 it carries."""
    names = [co.ap["center"] + proc_name(k, "fa") for k in keys]
    top, no = red_top(co, d, "关于印发《%s》等%s项制度的通知" % (names[0], hz(len(keys))))
    b = top + [("p", "为规范信息化运维服务管理，中心制定了%s，已经中心主任办公会研究通过，现印发给你们，请遵照执行。"
                % "、".join("《%s》" % n for n in names))]
    b += [("p", ("附件：%d. %s" if i == 1 else "      %d. %s") % (i, n)) for i, n in enumerate(names, 1)]
    b += red_tail(co, d)
    items = []
    for i, (k, n) in enumerate(zip(keys, names), 1):
        body, its = proc_body(co, k, "fa")
        b += [("break",), ("p", "附件%d" % i), ("title", n)] + body
        items += its
    doc = Doc("bundle_notice", "制度印发通知（多项）", d, sorted(set(items)), False, b)
    doc.ap_code = no
    return doc


def compilation(co, d, keys, forms):
    """信息管理科 管理制度及程序文件汇编: proves what its 篇 are, not a PDCA model."""
    b = [("title", "%s信息化管理制度及程序文件汇编（%d年版）" % (co.ap["center"], d.year)),
         ("p", "信息管理科 编    %s" % cnd(d)), ("p", "（内部资料 注意保存）"), ("h1", "目  录")]
    for i, k in enumerate(keys, 1):
        b.append(("p", "%s、%s ………… %d" % (hz(i), proc_name(k, forms[k]), 2 + 5 * i)))
    b.append(("p", "编印说明：本汇编收录截至%d年%d月现行有效的信息化管理制度和程序文件，与正式发文或受控版本不一致的，以正式版本为准。"
               % (d.year, d.month)))
    items = []
    for i, k in enumerate(keys, 1):
        body, its = proc_body(co, k, forms[k])
        b += [("break",), ("h1", "%s、%s" % (hz(i), proc_name(k, forms[k])))] + \
             [("h2", x[1]) if x[0] == "h1" else (("p", x[1]) if x[0] == "h2" else x) for x in body]
        items += its
    return Doc("compilation", "制度及程序文件汇编", d, sorted(set(items)), False, b)


def manual(co, d, keys, pdca, org, vendor):
    """质量手册 信息化运维服务管理分册: chapters for the PDCA model, the organisation and procedures."""
    code = "%s-QM-XX" % co.ap["code"]
    chapters = ["范围", "引用文件与术语"] + (["管理体系与PDCA"] if pdca else []) + (["组织机构与职责"] if org else []) + \
        [proc_name(k, "cx") for k in keys]
    b = [("p", co.ap["center"]), ("p", "质量手册"), ("p", "第%d部分" % (co.ap["ed"] + 2)), ("title", "信息化运维服务管理分册"),
         ("p", "文件编号：%s" % code), ("p", "版本号：第%d版    修订号：%d" % (co.ap["ed"], co.rng.randint(0, 3))),
         ("p", "受控号：XXK-%02d    受控状态：受控" % co.rng.randint(1, 20)),
         ("p", "编写：%s    审核：%s    批准：%s（主任）" % (co.p(3), co.p(0), co.boss)),
         ("p", "%s发布    %s实施" % (cnd(d), cnd(d + timedelta(days=15)))), ("break",),
         ("h1", "批准页"),
         ("p", "本分册是中心质量手册的组成部分，依据%s及信息系统运维服务有关标准编制，规定了信息化运维服务管理的要求，"
               "经批准发布，全体人员必须遵照执行。" % co.ap["lab"]),
         ("p", "主任：%s    %s" % (co.boss, cnd(d))), ("h1", "修订页")]
    rows = [["序号", "修订章节", "修订内容", "修订人", "批准人", "日期"]]
    n_rev = co.rng.randint(2, 4)
    stamps = sorted(d - timedelta(days=co.rng.randint(60, 1300)) for _ in range(n_rev - 1)) + [d]
    what = co.rng.sample(["组织机构调整", "增加受托服务内容", "按内审意见修改", "程序编号调整", "按管理评审决定修订"], n_rev)
    for i in range(n_rev):
        rows.append([i + 1, co.rng.choice(["3", "4.2", "5", "附录B", "全文"]), what[i], co.p(3), co.boss, stamps[i].isoformat()])
    b.append(("table", rows))
    b.append(("h1", "目  录"))
    for i, c in enumerate(chapters, 1):
        b.append(("p", "%d  %s ………… %d" % (i, c, 3 + 2 * i)))
    b.append(("break",))
    items = []
    n = 0

    def ch(title):
        nonlocal n
        n += 1
        b.append(("h1", "%d %s" % (n, title)))
    ch("范围")
    b.append(("p", "本分册适用于信息管理科为中心各科所及受托的%s提供的信息化运维服务。" % co.customer))
    ch("引用文件与术语")
    b.append(("p", "%s；GB/T 22239《网络安全等级保护基本要求》；信息系统安全运维服务有关规范。" % co.ap["lab"]))
    if pdca:
        ch("管理体系与PDCA")
        b += [("p", "%d.1 策划（P）：每年初根据服务对象需求和上年度运行情况，确定信息化运维服务质量目标、服务目录和年度运维计划。" % n),
              ("p", "%d.2 实施（D）：按本分册所列程序文件和作业指导书提供服务，保留记录。" % n),
              ("p", "%d.3 监视与评审（C）：按月统计质量目标完成情况，每年开展内部审核和管理评审，每半年开展满意度调查。" % n),
              ("p", "%d.4 持续改进（A）：对审核、评审、监视发现的问题采取纠正和预防措施，纳入年度持续改进计划，形成闭环。" % n)]
        items += ["10/pdca", "61/audit-system"]
    if org:
        ch("组织机构与职责")
        b += [("p", "中心网络安全和信息化工作领导小组由主任%s任组长，是信息化运维服务的决策机构；" % co.boss),
              ("p", "信息管理科是归口管理部门，下设综合组（服务级别、质量目标、文件）和运维执行组（网络、系统、安全、服务台）；"
                    + ("外包运维服务商%s的驻场工程师纳入运维执行组统一管理。" % co.vendor if vendor else "")),
              ("table", [["机构", "角色", "人员"], ["领导小组", "组长", co.boss], ["信息管理科", "科长", co.p(0)],
                         ["综合组", "质量监督员", co.p(3)], ["运维执行组", "网络安全管理员", co.p(1)]] +
               ([["运维执行组", "驻场工程师（外包）", "%s、%s" % (co.vp(0), co.vp(1))]] if vendor else []))]
        items += ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else [])
    for k in keys:
        ch(proc_name(k, "cx"))
        body, its = proc_body(co, k, "cx")
        for x in body:
            if x[0] in ("h1", "h2"):
                b.append(("h2", x[1]))
            else:
                b.append(x)
        items += its
    return Doc("manual", "信息化运维服务管理分册", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------------------ 作业指导书 (SOP)

SOPS = {
    "room": ("信息机房巡检作业指导书", 1, ["每日9:00、16:00各巡检一次，检查机房温湿度、UPS负载、精密空调和消防状态",
                                        "查看核心交换机、出口防火墙、网闸、入侵防御和堡垒机的运行指示灯和告警",
                                        "登录{itsm}核对监控告警，确认直报接口和免疫规划数据交换任务运行状态",
                                        "按《机房及网络安全设备巡检记录表》逐项填写，异常情况立即提交事件工单"]),
    "fw": ("网络安全设备维护作业指导书", 2, ["核对变更单编号和审批状态后经堡垒机登录设备",
                                         "维护前导出当前配置并与安全配置基线比对",
                                         "按变更单调整访问控制策略，核对源地址、目的地址和端口，清理过期策略",
                                         "验证业务连通（直报、接种数据上传、视频会商）后回填实施结果"]),
    "av": ("终端防病毒管理作业指导书", 3, ["每日检查防病毒控制中心病毒库版本和终端在线率",
                                        "对离线超过7天的终端通知所在科所处理",
                                        "每周五组织全网查杀，导出查杀报告",
                                        "发现病毒或木马按《网络安全事件处置与报告程序》报告"]),
    "bak": ("重要数据库备份与恢复作业指导书", 4, ["每日凌晨2:00对{s0}、{s2}数据库执行全量备份，每小时执行日志备份",
                                              "每日上班后核对备份作业状态和备份文件大小，失败的立即补做",
                                              "每季度抽取一份备份在恢复测试环境中恢复，核对接种记录条数和检测报告数据",
                                              "备份介质和恢复测试结果登记在《数据备份及恢复测试记录》"]),
    "iface": ("国家平台数据交换接口监控作业指导书", 5, ["每日8:30检查省级平台与国家免疫规划信息系统、中国疾病预防控制信息系统的接口任务",
                                                    "核对前一日上传、下载的个案条数与失败条数",
                                                    "对失败记录按错误码分类处理，需重传的在当日完成",
                                                    "接口中断超过30分钟的按一级事件报告科长并电话告知国家平台运维"]),
    "scan": ("漏洞扫描作业指导书", 6, ["确认扫描授权和时间窗口，避开每日疫情报告审核高峰",
                                    "按资产台账配置扫描任务并执行",
                                    "复核高中危漏洞，排除误报",
                                    "出具扫描报告，下发整改通知并跟踪复扫"]),
}


def sop(co, d, key):
    name, n, steps = SOPS[key]
    code = "%s-SOP-XXK-%03d" % (co.ap["code"], n)
    p = Draft(name, "dig").top(*ctl(co, d, code))
    p.sec("目的", ["规范%s的操作，保证作业质量和信息系统安全稳定运行。" % name.replace("作业指导书", "")])
    p.sec("适用范围", ["适用于信息管理科运维人员和外包驻场工程师在中心及受托单位生产环境执行该项作业。"])
    p.sec("职责", ["运维执行组负责执行；科长负责监督检查。"])
    p.sec("操作步骤", ["{n}.%d %s。" % (i, fill(co, s)) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    p.sec("注意事项", ["涉及生产配置的操作须双人复核；作业过程中不得导出、拷贝接种者个人信息。"])
    p.sec("记录", ["%s/JL-XXK-%03d" % (co.ap["code"], co.rng.randint(4, 19))])
    return p.doc("sop", d, False)


def pentest_sop(co, d):
    """渗透测试作业指导书: the pentest process (31), not a module's work instruction."""
    code = "%s-SOP-XXK-007" % co.ap["code"]
    p = Draft("渗透测试作业指导书", "dig").top(*ctl(co, d, code))
    p.sec("目的", ["规范对中心及受托单位互联网应用和内部业务系统的渗透测试。"])
    p.sec("适用范围", ["适用于安全管理组及经授权的外包安全工程师实施的渗透测试。"])
    p.sec("工作流程", ["{n}.1 取得分管副主任书面授权，与系统使用科所确认测试范围和时间窗口；",
                       "{n}.2 信息收集→漏洞发现→漏洞验证（禁止使用拒绝服务和破坏数据的手段，不得下载接种者和病例个人信息）；",
                       "{n}.3 编写渗透测试报告，下发整改通知；",
                       "{n}.4 整改完成后复测，报告和复测记录归档。"], ["31/pentest-process"])
    p.sec("记录", ["%s/JL-XXK-027《渗透测试授权书》、渗透测试报告" % co.ap["code"]])
    return p.doc("pentest_sop", d, False)


def sop_book(co, d, keys):
    b = [("title", "信息管理科作业指导书汇编（第%d版）" % co.ap["ed"]), ("p", "信息管理科    %s    受控" % cnd(d))]
    for i, k in enumerate(keys, 1):
        name, n, steps = SOPS[k]
        b += [("h1", "%s-SOP-XXK-%03d  %s" % (co.ap["code"], n, name))] + \
             [("p", "%d. %s。" % (j, fill(co, s))) for j, s in enumerate(steps, 1)]
    return Doc("sop_book", "作业指导书汇编", d, ["24/work-instructions", "11/manuals"], False, b)


# ------------------------------------------------------------------------------ 组织、人员

def leading_group(co, d, vendor):
    top, no = red_top(co, d, "关于调整中心网络安全和信息化工作领导小组的通知")
    rows = [["机构", "职务", "人员", "部门"], ["领导小组", "组长", co.boss, "中心主任"],
            ["领导小组", "副组长", "分管副主任", "中心领导"], ["领导小组", "成员", "办公室、质量管理科、信息管理科、应急办负责人", "各科所"],
            ["领导小组办公室", "主任", co.p(0), "信息管理科"], ["安全管理组", "成员", "%s、%s" % (co.p(1), co.p(3)), "信息管理科"],
            ["运维执行组", "组长", co.p(2), "信息管理科"], ["运维执行组", "成员", "%s、%s" % (co.p(4), co.p(5)), "信息管理科"]]
    if vendor:
        rows.append(["运维执行组", "驻场成员", "%s、%s、%s" % (co.vp(0), co.vp(1), co.vp(2)), "%s（外包运维）" % co.vendor])
    b = top + [("p", "因人员变动，经中心党委会研究，决定对中心网络安全和信息化工作领导小组进行调整，现将有关事项通知如下："),
               ("h1", "一、领导小组"), ("p", "负责中心网络安全和信息化工作的统一领导和决策，审定信息化运维服务方针、目标和重大事项。"),
               ("h1", "二、领导小组办公室"), ("p", "设在信息管理科，负责日常工作；下设安全管理组，负责制度建设、风险评估、内部审核配合和等级保护工作。"),
               ("h1", "三、运维执行组"), ("p", "负责网络、系统和安全设备运维、值班、变更实施和应急处置%s。"
                                          % ("，外包运维服务商驻场人员纳入运维执行组统一管理" if vendor else "")),
               ("table", rows)] + red_tail(co, d)
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else [])
    doc = Doc("leading_group", "领导小组调整通知", d, items, False, b)
    doc.ap_code = no
    return doc


def party_minutes(co, d):
    b = [("title", "中共%s委员会会议纪要" % co.ap["center"]), ("p", "（%d年第%d次）" % (d.year, co.rng.randint(5, 18))),
         ("p", "%s，中心党委书记主持召开党委会，党委委员出席，纪委书记列席。会议议定事项如下：" % cnd(d)),
         ("h1", "一、研究调整中心网络安全和信息化工作领导小组"), ("p", "会议同意信息管理科提出的领导小组调整方案，由办公室行文。"),
         ("h1", "二、研究全省疾控信息化建设项目"), ("p", "会议原则同意传染病多点触发监测预警能力建设项目实施方案，按程序报省卫生健康委。"),
         ("h1", "三、研究干部职工教育培训事项"), ("p", "会议同意选派2名业务骨干参加国家疾控局现场流行病学培训。")]
    return Doc("party_minutes", "党委会纪要", d, [], True, b)


def roster(co, d, outs):
    own = [[i + 1, co.p(i), ["科长", "副科长（网络安全管理员）", "系统管理员", "质量监督员（文件管理员）", "网络管理员", "数据管理员（服务台）"][i],
            co.rng.choice(["副主任技师", "工程师", "主管技师", "高级工程师"]), co.rng.choice(["CISP", "软考中级", "—", "CISP-PTE"]),
            "1%d%09d" % (co.rng.choice([3, 5, 8]), co.rng.randint(0, 10 ** 9 - 1))] for i in range(6)]
    ven = [[i + 1, co.vp(i), co.vendor, ["网络与安全驻场", "系统及数据库驻场", "服务台驻场"][i], "运维执行组",
            "%d-%02d" % (d.year - 1, co.rng.randint(1, 12)), "已签"] for i in range(3)] if outs else []
    return book("roster", "信息管理科运维人员一览表（%s）" % when(co, d), d, True, [
        ("在编人员", ["序号", "姓名", "岗位", "职称", "资格证书", "联系电话"], own, ["9/staff-list"]),
        ("驻场人员", ["序号", "姓名", "所属公司", "岗位", "所在工作组", "入场时间", "保密承诺书"], ven, ["9/outsourcing"])],
        form=form_no(co, 2))


def roles(co, d):
    rows = [["服务级别管理", "技术服务协议、服务目录维护与达成统计", "领导小组办公室（综合组）", co.p(0)],
            ["网络安全管理", "安全策略、漏洞与安全事件管理、等级保护", "安全管理组", co.p(1)],
            ["系统运维", "%s、%s数据库与应用运维" % (co.sys(0), co.sys(2)), "运维执行组", co.p(2)],
            ["网络运维", "中心内网、政务外网、互联网出口及安全设备维护", "运维执行组", co.p(4)],
            ["服务台", "信息化服务热线受理、派单、回访", "运维执行组", co.p(5)],
            ["配置与文件管理", "资产、配置库和体系文件管理", "安全管理组", co.p(3)]]
    return book("roles", "信息管理科岗位职责及运维角色清单", d, False, [
        ("角色", ["运维角色", "主要职责", "对应组织", "责任人"], rows, ["18/roles", "23/roles"])], form=form_no(co, 3))


def interface_notice(co, d):
    top, no = red_top(co, d, "关于明确网络安全管理联络员的通知",
                      to="中心各科（所、室），各市州疾病预防控制中心：")
    b = top + [("p", "为做好与%s、公安机关和各市州疾控中心的网络安全工作对接，中心明确信息管理科%s为网络安全管理联络员（接口人），"
                     "负责网络安全事件通报、安全检查配合、安全文件接收与传达，%s为B角。各市州疾控中心应明确本单位联络员并报信息管理科备案。"
                     % (co.ap["wjw"], co.p(1), co.p(3)))] + red_tail(co, d)
    return Doc("interface", "接口人通知", d, ["28/interface-person"], False, b)


def hotline_notice(co, d):
    top, no = red_top(co, d, "关于开通信息化服务热线的通知", to="中心各科（所、室），各市州疾病预防控制中心：")
    b = top + [("p", "为统一受理全省疾控信息系统的故障报修和服务请求，中心在信息管理科设立信息化服务台，开通服务热线%s，"
                     "工作日8:00-18:00人工受理，其余时间转值班手机，7×24小时响应。" % co.ap_hot),
               ("p", "服务台职责：受理电话、%s工单和邮件报障；登记、分级、派单；跟踪处理进度；回访确认。" % co.ap["itsm"]),
               ("p", "服务台人员：%s及外包驻场人员%s。" % (co.p(5), co.vp(2)))] + red_tail(co, d)
    return Doc("hotline", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[when(co, d), "服务台岗位培训", "事件受理与分级、%s派单、直报账号解锁和接种门诊客户端常见故障处置" % co.ap["itsm"], co.p(2), n,
             co.rng.choice(["合格", "合格", "良好"])] for n in (co.p(5), co.vp(2), co.p(4))]
    return book("desk_training", "服务台人员培训及考核记录", d, True, [
        ("培训记录", ["日期", "培训名称", "培训内容", "授课人", "学员", "考核结果"], rows, ["48/training"])], form=form_no(co, 35))


def office_minutes(co, d, n, topics):
    """中心主任办公会纪要: several 议题; each decision proves its own item."""
    b = [("title", "%s主任办公会纪要" % co.ap["center"]), ("p", "〔%d〕第%d期" % (d.year, n)),
         ("p", "%s，%s主任主持召开中心主任办公会，中心领导班子成员出席，相关科所负责人列席。会议研究了以下事项：" % (cnd(d), co.boss))]
    items, i = [], 0
    for t in topics:
        i += 1
        if t == "interface":
            b += [("h1", "%s、关于明确网络安全管理联络员" % hz(i)),
                  ("p", "会议决定，由信息管理科%s担任中心网络安全管理联络员，负责与省卫生健康委、公安机关和各市州疾控中心的安全事务对接，%s为B角。"
                   % (co.p(1), co.p(3)))]
            items.append("28/interface-person")
        elif t == "desk":
            b += [("h1", "%s、关于设立信息化服务台" % hz(i)),
                  ("p", "会议同意在信息管理科设立信息化服务台，开通服务热线%s，统一受理全省疾控信息系统报障和服务请求，由%s和驻场人员值守。"
                   % (co.ap_hot, co.p(5)))]
            items.append("48/service-desk")
        elif t == "improve":
            b += [("h1", "%s、关于%d年信息化运维服务改进事项" % (hz(i), d.year)),
                  ("p", "会议听取了信息管理科关于改进机会评估的汇报。改进机会按对疾控业务的影响、实施成本和风险三项加权评分，排序如下："),
                  ("table", [["排序", "改进事项", "评分", "意见"], [1, "直报接口中断自动告警", 88, "同意实施"],
                             [2, "接种门诊客户端自动升级", 79, "同意实施"], [3, "运维报表自动生成", 65, "列入下年度"]]),
                  ("p", "会议批准前两项改进事项立项，由信息管理科组织实施，质量管理科跟踪。")]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "epi":
            b += [("h1", "%s、关于近期传染病疫情形势及防控工作" % hz(i)),
                  ("p", "会议听取了传染病防制所关于近期%s疫情形势的汇报，要求加强监测预警，做好%s。" % (
                      "流感、诺如病毒" if d.month in (1, 2, 3, 11, 12) else ("手足口病、登革热" if d.month in (6, 7, 8, 9) else "水痘、流行性腮腺炎"),
                      "学校和托幼机构传染病防控技术指导" if d.month in (2, 3, 4, 9, 10, 11) else "重点地区媒介监测和疫情处置技术指导"))]
        elif t == "buy":
            b += [("h1", "%s、关于实验室设备采购事项" % hz(i)),
                  ("p", "会议同意微生物检验所采购全自动核酸提取仪2台，按政府采购程序办理。")]
        elif t == "guard":
            b += [("h1", "%s、关于节日期间值班和安全保障" % hz(i)),
                  ("p", "会议要求节日期间严格落实领导带班和24小时应急值守，信息管理科做好直报系统和视频会商系统保障，暂停非紧急变更。")]
    b.append(("p", "出席：%s、%s    列席：%s、%s    记录：%s" % (co.boss, "班子成员", co.p(0), co.p(3), "办公室")))
    return Doc("office_minutes", "主任办公会纪要", d, sorted(set(items)), True, b)


# ------------------------------------------------------------------------------ 技术服务 (市疾控)

def survey(co, d, tm, sec):
    p = Draft("%s信息系统运维服务需求调研报告" % co.ap["cust"]).top(
        ("p", "调研单位：%s信息管理科    调研时间：%s" % (co.ap["center"], when(co, d))))
    p.sec("调研背景", ["根据%s全民健康信息平台建设要求和双方技术服务协议签订安排，信息管理科组织对%s开展信息系统运维服务需求调研，"
                       "访谈该中心分管副主任%s、信息科%s及免疫规划科、传染病防制科、检验科负责人，并结合该中心“十四五”疾控信息化规划。"
                       % (co.ap["wjw"], co.customer, co.cp(1), co.cp(0))])
    p.sec("服务时间需求", ["传染病网络直报和突发公共卫生事件报告要求7×24小时可用，%s须7×24小时服务；接种门诊周一至周六开诊，"
                           "%s需在8:00-17:30保障，节假日门诊照常；%s在工作日8:30-17:30服务，应急检测期间延长至7×24小时。"
                           % (co.sys(1), co.sys(0), co.sys(2)),
                           ("table", [["系统", "服务时段", "故障响应", "恢复时限"], [co.sys(1), "7×24", "15分钟", "2小时"],
                                      [co.sys(0), "周一至周六 8:00-17:30", "15分钟", "2小时"],
                                      [co.sys(2), "工作日 8:30-17:30（应急期间7×24）", "30分钟", "4小时"],
                                      ["办公网及视频会商", "工作日", "1小时", "1个工作日"]])],
          ["1/survey"], tm)
    p.sec("安全服务需求及类型", ["该中心提出的安全服务需求：接种者个人信息保护（数据库审计、数据脱敏）、互联网出口和政务外网边界防护、"
                                 "漏洞扫描与渗透测试、网络安全等级保护测评配合、网络安全事件应急支援、职工安全意识培训。"
                                 "按类型归为安全运维类、安全评估类、应急支援类和培训咨询类。"], ["5/survey"], sec)
    p.sec("结论", ["调研结果经%s确认，作为技术服务协议和服务目录的依据。" % co.ap["cust"]])
    return p.doc("survey", d, False, [("p", "调研人：%s、%s" % (co.p(0), co.p(3)))])


def fee_sheet(co, d):
    y = d.year + (1 if d.month >= 10 else 0)
    rows = [[1, "%s及%s运行维护" % (co.sys(0), co.sys(1)), 180, "系统管理员1人、驻场1人", 1200, 216000, "%d年1月起" % y],
            [2, "网络及安全设备运维", 120, "网络管理员1人", 1100, 132000, "按月"],
            [3, "季度健康检查", 16, "网络安全管理员2人", 1500, 24000, "每季末月"],
            [4, "漏洞扫描及渗透测试", 10, "安全工程师", 2000, 20000, "%d年9月前" % y],
            [5, "应急保障及培训", 8, "应急小组", 1500, 12000, "按需"],
            ["", "合计", 334, "", "", 404000, ""]]
    return book("fee_sheet", "%s信息系统运维技术服务经费测算表（%d年度）" % (co.ap["cust"], y), d, False, [
        ("测算", ["序号", "服务内容", "工作量（人天）", "人力资源", "单价（元/人天）", "经费（元）", "项目节点"], rows, ["2/budget"])],
        note="测算：%s    复核：%s    单位：元" % (co.p(0), co.boss))


def renewal_letter(co, d):
    top, no = red_top(co, d, "关于商请续签信息系统运维技术服务协议的函", "han")
    b = top + [("p", "我中心与贵中心签订的信息系统运维技术服务协议将于近期到期。为保障贵中心%s等系统的连续稳定运行，"
                     "我中心拟与贵中心续签协议，服务内容和服务级别原则上保持不变，技术服务费按新年度经费测算表结算。" % co.sys(0)),
               ("p", "请贵中心研究并于%d月%d日前函复。" % (min(12, d.month + 1), co.rng.randint(5, 25))),
               ("p", "联系人：%s    电话：%s" % (co.p(0), co.ap_hot)), ("p", co.ap["center"]), ("p", sign_date(d))]
    doc = Doc("letter", "函", d, [], False, b)
    doc.ap_code = no
    return doc


def budget_form(co, d):
    b = [("title", "%d年部门预算项目申报书" % (d.year + 1)),
         ("table", [["项目名称", "疾控信息系统运维及网络安全保障"], ["主管部门", co.ap["wjw"]], ["项目单位", co.ap["center"]],
                    ["申报金额（万元）", "%d" % co.rng.randint(180, 460)], ["项目类别", "延续性项目"],
                    ["年度绩效目标", "保障全省疾控信息系统安全稳定运行，系统可用率不低于99%，网络安全事件零发生"],
                    ["绩效指标", "产出指标：运维系统数≥12个；效益指标：服务对象满意度≥90%"]]),
         ("p", "项目负责人：%s    填报日期：%s" % (co.p(0), when(co, d)))]
    return Doc("budget_form", "部门预算项目申报书", d, [], True, b)


def meeting(co, d, agreed):
    p = Draft("%s信息系统运维技术服务对接会会议纪要" % co.ap["cust"]).top(
        ("p", "时间：%s    地点：%s会议室" % (when(co, d), co.ap["cust"])),
        ("p", "参会：省疾控中心信息管理科%s、%s；%s%s、%s" % (co.p(0), co.p(2), co.ap["cust"], co.cp(1), co.cp(0))))
    p.sec("会议内容", ["双方就%d年度技术服务范围、驻场与远程运维方式、健康检查安排、报障流程和接种者数据安全要求进行了沟通。" % d.year])
    p.sec("会议共识", ["一是服务范围包括%s、%s、%s及该中心网络和安全设备；" % (co.sys(0), co.sys(1), co.sys(2)),
                       "二是省疾控中心安排网络管理员每两周到该中心驻场一天，其余时间远程支持；",
                       "三是每季度开展一次健康检查，5个工作日内提交报告；",
                       "上述事项双方一致同意，由信息管理科据此起草技术服务协议。"], ["3/communication"], agreed)
    p.sec("遗留事项", ["该中心提出的检验报告电子签章需求另行研究。"])
    return p.doc("meeting", d, False, [("p", "记录：%s" % co.p(3))])


def history(co, d, on):
    p = Draft("%s信息系统运维移交历史运行数据分析及保障方案" % co.ap["cust"]).top(("p", "信息管理科    %s" % when(co, d)))
    p.sec("历史数据清单", [("table", [["数据项", "来源", "时间范围", "条数"],
                                      ["报障工单", "%s原运维台账" % co.ap["cust"], "%d年全年" % (d.year - 1), co.rng.randint(200, 700)],
                                      ["变更记录", "纸质变更登记本", "%d年全年" % (d.year - 1), co.rng.randint(30, 90)],
                                      ["系统中断登记", "信息科", "%d年全年" % (d.year - 1), co.rng.randint(3, 12)],
                                      ["安全设备告警日志", "日志审计系统", "近6个月", co.rng.randint(20000, 90000)]])],
          ["4/history-list"], "list" in on)
    p.sec("数据分析", ["指标完成情况：%s全年可用率99.6%%，低于99.9%%的目标；报障按时解决率92.3%%。" % co.sys(0),
                       "违例操作：发现厂商工程师远程直连数据库修改接种记录1起、共用管理员账号2起，均已整改。",
                       "重大事件：%d年3月机房UPS故障导致%s中断3.5小时，期间接种门诊改为手工登记。" % (d.year - 1, co.sys(0)),
                       "重大（失败）变更：%s升级失败回退1次，原因是未在测试环境验证。" % co.sys(2)], ["4/analysis"], "analysis" in on)
    p.sec("运维策略及实施方案", ["据此制定运维策略：堡垒机统一运维入口、变更前测试验证、UPS及机房环境改造、接种数据库审计；",
                                 ("table", [["措施", "责任人", "完成时间"], ["堡垒机统一运维入口", co.p(1), "%d年3月" % d.year],
                                            ["变更测试验证清单", co.p(2), "%d年4月" % d.year], ["UPS电池更换及机房改造", co.cp(0), "%d年6月" % d.year]])],
          ["4/strategy"], "strategy" in on)
    return p.doc("history", d, False)


def agreement(co, d, modes, core, health):
    p = Draft("信息系统运维技术服务协议", "tiao").top(
        ("p", "甲方：%s    乙方：%s" % (co.customer, co.ap["center"])),
        ("p", "协议编号：%s-JSFW-%d-%02d" % (co.ap["code"], d.year, co.rng.randint(1, 30))))
    p.sec("服务内容", ["乙方（由其信息管理科具体实施）为甲方提供%s、%s、%s的运行维护，以及甲方网络和安全设备的运维与安全服务，服务目录见附件1。"
                       % (co.sys(0), co.sys(1), co.sys(2))])
    p.sec("运维方式", ["乙方以驻场值守、定期巡检和远程值守相结合的方式提供服务：每两周安排网络管理员到甲方驻场一天；每月对甲方网络和安全设备定期巡检一次；"
                       "其余时间由乙方信息管理科值班人员远程值守。"], ["35/sla"], modes)
    p.sec("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s可用率" % co.sys(1), "≥99.9%"], ["%s可用率" % co.sys(0), "≥99.5%"],
                                            ["一级事件响应时间", "15分钟"], ["一级事件恢复时间", "2小时"], ["服务请求办结", "1个工作日"],
                                            ["甲方满意度", "≥90分"]])], ["36/sla"], core)
    p.sec("健康检查", ["乙方每季度对甲方安全设备和业务系统开展一次健康检查，重大活动和疫情高发期前加检一次；以现场检查为主、远程检查为辅，"
                       "检查后5个工作日内提交健康检查报告。"], ["15/agreement"], health)
    p.sec("数据安全与个人信息保护", ["乙方运维人员不得擅自查询、导出、复制甲方接种者和传染病病例个人信息，运维操作通过堡垒机并全程审计。"])
    p.sec("费用与期限", ["技术服务费按年度经费测算表结算；协议期限自%s起三年。" % cnd(d)])
    p.items.append("39/sla")
    return p.doc("agreement", d, False, [("p", "甲方（盖章）：%s    代表：%s" % (co.customer, co.cp(1))),
                                         ("p", "乙方（盖章）：%s    代表：%s" % (co.ap["center"], co.boss)),
                                         ("p", "签订日期：%s" % when(co, d))])


def health_check(co, d, unit, collect, secdev=True):
    p = Draft("%s%d年第%d季度信息系统健康检查报告" % (unit, d.year, qtr(d))).top(
        ("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查", "现场检查"]), when(co, d), co.p(1), co.p(4))))
    rows = [["检查对象", "可用性", "持续运行", "冗余/告警", "结论"],
            [co.sys(0) + "（市级节点）", "99.9%", "%d天" % co.rng.randint(30, 200), "双机正常", "健康"],
            [co.sys(2), "100%", "%d天" % co.rng.randint(20, 120), "无告警", "健康"]]
    if secdev:
        rows += [["出口防火墙", "100%", "%d天" % co.rng.randint(60, 300), "主备正常", "健康"],
                 ["防病毒控制中心", "100%", "%d天" % co.rng.randint(30, 180), "病毒库滞后1天", "关注"]]
    p.sec("检查范围", ["%s网络、%s业务系统。" % (unit, "出口防火墙、入侵防御、防病毒等安全设备及" if secdev else "")])
    p.sec("可用性与持续性检查", [("table", rows)])
    p.sec("安全信息采集", ["导出出口防火墙和核心交换机运行配置，与安全配置基线比对，差异1项；",
                           "采集出口流量：峰值%dMbps，均值%dMbps，无异常流量；" % (co.rng.randint(80, 400), co.rng.randint(20, 90)),
                           "采集系统状态：服务器CPU、内存、磁盘及数据库会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], collect)
    p.sec("问题与建议", [("防病毒控制中心病毒库更新任务延迟，已调整；" if secdev else "") + "建议%s更换运行超过8年的接入交换机。" % unit])
    p.items += ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    return p.doc("health_check", d, True)


def csat(co, d, hf):
    score = co.rng.randint(88, 96)
    yr = d.year if hf == "上半年" else d.year - 1
    p = Draft("%d年%s信息化服务满意度调查报告" % (yr, hf)).top(
        ("p", "调查时间：%s    调查方式：问卷（中心各科所%d份、%s及市州疾控%d份）及电话回访" % (when(co, d), co.rng.randint(20, 34), co.ap["cust"],
                                                                                     co.rng.randint(10, 16))))
    p.sec("调查结果", [("table", [["调查项目", "得分"], ["故障响应及时性", co.rng.randint(85, 97)], ["问题解决质量", co.rng.randint(85, 97)],
                                   ["服务热线态度", co.rng.randint(90, 99)], ["系统运行稳定性", co.rng.randint(82, 95)], ["综合满意度", score]])])
    p.sec("满意度分析", ["服务热线态度评价最高；系统运行稳定性得分最低，主要是流感高发期%s访问缓慢；%s综合得分%d分。"
                         % (co.sys(1), co.ap["cust"], score - co.rng.randint(0, 4))])
    p.sec("改进措施", ["高发期前扩容应用服务器；变更通知通过平台短信推送到市州。"])
    p.items += ["41/surveys", "58/survey", "63/survey"]
    return p.doc("csat", d, True)


def lab_csat(co, d):
    b = [("title", "%d年度检验检测客户满意度调查报告" % d.year), ("p", "质量管理科    %s" % when(co, d)),
         ("p", "本年度向委托检测客户发放满意度调查表%d份，回收%d份。" % (co.rng.randint(80, 150), co.rng.randint(60, 80))),
         ("table", [["调查项目", "满意率"], ["检测报告及时性", "95.2%"], ["检测报告质量", "98.1%"], ["样品受理服务", "96.7%"], ["收费", "93.5%"]]),
         ("p", "结论：客户总体满意率96.1%，达到质量目标（≥95%）。")]
    return Doc("lab_csat", "检验检测客户满意度", d, [], True, b)


def csat_trend(co, d):
    b = [("title", "信息化服务满意度趋势分析"), ("p", "信息管理科综合组    %s" % when(co, d)),
         ("table", [["期次", "综合满意度", "调查对象数"], ["%d年上半年" % (d.year - 1), 87, 41], ["%d年下半年" % (d.year - 1), 90, 44],
                    ["%d年上半年" % d.year, 92, 46]]),
         ("p", "趋势：连续三期上升，故障响应及时性提升最明显；系统运行稳定性仍为短板，与流感高发期访问量激增有关，需持续关注。")]
    return Doc("csat_trend", "满意度趋势分析", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=21 * i)
        rows.append([x.isoformat(), co.rng.choice([co.ap["cust"]] + list(co.ap["others"]) + ["中心免疫规划所", "中心微生物检验所"]), co.p(5),
                     co.rng.choice(["电话", "现场", "电话"]), co.rng.choice(["满意", "希望变更提前通知", "热线午间无人接听", "满意"]),
                     "已反馈%s" % co.rng.choice(["科长", "运维执行组"])])
    return book("callbacks", "信息化服务回访记录表", d, True, [
        ("回访", ["回访日期", "回访对象", "回访人", "方式", "意见建议", "处理情况"], rows, ["63/follow-up-visits"])], form=form_no(co, 36))


# ------------------------------------------------------------------------------ 服务设计

def catalog(co, d, parts):
    rows, items = [], ["29/catalog"]
    base = [("初始服务", "新接入单位的资产识别、配置项收集和运维流程导入"), ("安全设备运维", "防火墙、入侵防御、网闸、防病毒的维护与升级"),
            ("日常巡检服务", "机房、网络和安全设备日常巡检"), ("健康检查", "每季度安全设备和业务系统健康检查"),
            ("安全事件审计", "网络及安全设备、服务器、应用日志审计")]
    l2 = [("运维监控与分析", "直报接口、数据交换和核心系统7×24监控及月度分析"), ("终端安全监控", "终端准入、违规外联和防病毒监控"),
          ("等级保护合规性运维", "按等级保护要求开展合规检查和整改跟踪")]
    l1 = [("安全通告及漏洞分析", "漏洞、病毒和厂商通告收集分析，发布网络安全预警通报"), ("应急响应服务", "网络安全事件和系统故障7×24应急支援")]
    for on, its, ents in [("base" in parts, ["12/catalog"], base), ("l2" in parts, ["19/catalog"], l2), ("l1" in parts, ["26/catalog"], l1)]:
        if on:
            items += its
            rows += [[n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["服务记录", "检查报告", "工单"])] for n, c in ents]
    rows += [["账号及权限服务", "直报系统、免疫规划信息系统账号开通和权限调整", "远程", "工单"],
             ["数据查询服务", "经审批的统计数据查询（个人信息脱敏）", "远程", "工单"]]
    return book("catalog", "信息化技术服务目录", d, False, [("服务目录", ["服务项目", "服务内容", "服务方式", "交付物"], rows, items)],
                note="附件1    %s" % when(co, d))


def vendor_contract(co, d, sld):
    p = Draft("信息系统运维服务外包合同", "tiao").top(
        ("p", "合同编号：%s-CG-%d-%03d    采购方式：公开招标" % (co.ap["code"], d.year, co.rng.randint(10, 90))),
        ("p", "甲方：%s    乙方：%s" % (co.ap["center"], co.vendor)))
    p.sec("服务内容", ["乙方为甲方提供网络、服务器、数据库、安全设备运维及服务台支持，派驻工程师3名。"])
    p.sec("服务级别要求", ["一级事件（全省直报或接种业务中断）：15分钟响应，30分钟到场，2小时恢复；二级事件：30分钟响应，4小时恢复；"
                           "三级事件：2小时响应，1个工作日解决；服务请求：1个工作日办结。乙方按月报告服务级别达成情况。"], ["8/sld"], sld)
    p.sec("人员要求", ["驻场人员须签订保密承诺书，持相应资格证书，更换须提前15日书面通知甲方。"])
    p.sec("保密与个人信息保护", ["乙方不得以任何方式留存、泄露甲方接种者和病例个人信息。"])
    p.sec("考核与付款", ["甲方按月考核，按季度付款，考核不合格的按合同扣减费用。"])
    return p.doc("vendor_contract", d, False, [("p", "甲方（盖章）：%s    乙方（盖章）：%s    %s" % (co.ap["center"], co.vendor, when(co, d)))])


def ola(co, d):
    p = Draft("信息管理科内部运营级别约定（OLA）").top(("p", "信息管理科    %s    科务会通过" % when(co, d)))
    p.sec("适用范围", ["适用于服务台、网络组、系统组和安全管理组之间的内部支持。"])
    p.sec("内部支持时限", ["一级事件二线15分钟内接手、2小时内恢复；二级事件30分钟内接手、4小时内恢复；三级事件2小时内接手。",
                           "上述时限与外包运维合同约定的服务级别保持一致，每半年由综合组对照复核。"], ["8/ola"])
    return p.doc("ola", d, False)


def avail_kpis(co, d):
    rows = [["整体指标", "中心信息系统综合可用率", "全部重点信息系统", "≥99.5%", "月"],
            ["整体指标", "一级事件次数", "全部生产系统", "0", "年"],
            ["单系统指标", "%s可用率" % co.sys(1), co.sys(1), "≥99.9%", "月"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.5%", "月"],
            ["单系统指标", "国家平台数据交换接口成功率", "省级接口", "≥99%", "日"],
            ["单系统指标", "视频会商保障成功率", "视频会商系统", "100%", "次"]]
    return book("avail_kpis", "重点信息系统可用性指标清单", d, False, [
        ("指标", ["类别", "指标", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    p = Draft("以往运维服务方案对业务影响分析及自动化运维建议").top(("p", "信息管理科    %s" % when(co, d)))
    p.sec("以往服务方案回顾", ["回顾%d年实施的运维服务方案%d项，包括政务外网链路改造、接种门诊客户端升级、LIMS服务器迁移等。"
                               % (d.year - 1, co.rng.randint(18, 36))])
    p.sec("对业务的影响分析", ["其中5项方案实施期间影响业务（最长25分钟），均在变更窗口内；1项因回退导致次日接种门诊登录延迟15分钟。"],
          ["7/impact-analysis"])
    p.sec("解决效率分析及可自动化服务", ["全年处置安全事件%d起，平均处置时长3.1小时；终端病毒告警、弱口令告警和直报账号锁定等重复性事件占62%%。"
                                         "建议将接口任务核查、病毒库版本核查、账号解锁和运维月报生成实现自动化。" % co.rng.randint(60, 150)],
          ["7/automation"], auto)
    return p.doc("svc_review", d, True)


def dev_plan(co, d):
    b = [("title", "%d年度信息化运维工具自主开发计划" % d.year), ("p", "信息管理科    %s" % when(co, d)),
         ("p", "根据市州疾控需求和科室自身开发能力，计划开发以下工具："),
         ("table", [["工具名称", "用途", "计划完成", "负责人"], ["直报接口监控告警脚本", "接口任务失败自动短信告警", "%d年5月" % d.year, co.p(2)],
                    ["接种数据质量核查工具", "批量核查接种个案重复和逻辑错误", "%d年8月" % d.year, co.p(5)],
                    ["运维月报自动生成脚本", "汇总工单和巡检数据生成月报", "%d年11月" % d.year, co.p(4)]])]
    return Doc("dev_plan", "工具开发计划", d, ["33/dev-plan"], False, b)


# ------------------------------------------------------------------------------ 运维记录

def inspection_book(co, d, kinds):
    """机房及网络安全设备巡检记录 (a month): one sheet per record kind; a sheet without rows proves nothing."""
    days = [d - timedelta(days=3 * i) for i in range(9)]
    sh = [("机房环境", ["日期", "温度", "湿度", "UPS负载", "精密空调", "消防", "巡检人"],
           [[x.isoformat(), "%d℃" % co.rng.randint(21, 25), "%d%%" % co.rng.randint(40, 56), "%d%%" % co.rng.randint(30, 55), "正常", "正常",
             co.vp(0)] for x in days] if "env" in kinds else [], []),
          ("网络及安全设备", ["日期", "设备", "运行状态", "CPU", "内存", "会话数", "告警", "巡检人"],
           [[x.isoformat(), co.rng.choice(["核心交换机", "出口防火墙", "政务外网防火墙", "网闸", "入侵防御", "WAF"]), "正常",
             "%d%%" % co.rng.randint(6, 45), "%d%%" % co.rng.randint(25, 65), co.rng.randint(3000, 60000), co.rng.choice(["无", "无", "1条低危"]),
             co.vp(0)] for x in days] if "dev" in kinds else [], ["44/inspection", "45/monitoring", "14/maintenance"]),
          ("防病毒", ["日期", "范围", "病毒库版本", "终端在线率", "查杀结果", "执行人"],
           [[x.isoformat(), "中心服务器及各科所终端", "%d%02d%02d.%03d" % (x.year, x.month, x.day, co.rng.randint(1, 999)),
             "%.1f%%" % (94 + co.rng.random() * 5), co.rng.choice(["未发现病毒", "清除木马1个", "未发现病毒"]), co.p(4)] for x in days[:4]]
           if "av" in kinds else [], ["44/virus-scan", "45/antivirus"]),
          ("维护保养", ["日期", "设备", "维护内容", "结果", "维护人"],
           [[x.isoformat(), co.rng.choice(["出口防火墙", "入侵防御", "网闸", "日志审计"]), "日志清理、策略命中检查、风扇除尘", "完成", co.vp(1)]
            for x in days[::2]] if "maint" in kinds else [], ["44/maintenance", "14/maintenance"]),
          ("故障处理", ["日期", "设备", "故障现象", "检测及排除", "恢复时长", "处理人"],
           [[days[2].isoformat(), "入侵防御", "电源模块告警", "更换冗余电源模块", "40分钟", co.p(4)],
            [days[6].isoformat(), "政务外网防火墙", "业务口光模块收光异常", "更换光模块", "20分钟", co.vp(1)]] if "fault" in kinds else [],
           ["44/faults"]),
          ("版本升级", ["日期", "设备", "升级前版本", "升级后版本", "变更单号", "验证"],
           [[days[4].isoformat(), "出口防火墙", "V6.1.0", "V6.1.3", "BG%s%02d" % (ymd(days[4]), co.rng.randint(1, 30)), "通过"],
            [days[7].isoformat(), "入侵防御", "规则库%s" % ymd(days[8]), "规则库%s" % ymd(days[7]), "标准变更", "通过"]] if "up" in kinds else [],
           ["44/upgrades"])]
    return book("inspection_book", "机房及网络安全设备巡检记录表（%d年%02d月）" % (d.year, d.month), d, True, sh, form=form_no(co, 5))


def duty_scan(co, d, detailed):
    rows = [["日期", "班次", "运行情况", "异常及处理", "值班人", "交接人"]]
    for i in range(7):
        x = d - timedelta(days=i)
        if detailed:
            s = "核心交换机、出口防火墙、网闸运行正常，CPU %d%%，告警%d条已确认；直报接口任务%s完成" % (
                co.rng.randint(8, 40), co.rng.randint(0, 3), "%02d:%02d" % (co.rng.randint(0, 2), co.rng.randint(0, 59)))
        else:
            s = "正常"
        rows.append(["%d月%d日" % (x.month, x.day), co.rng.choice(["白班", "夜班"]), s,
                     "无" if co.rng.random() < 0.8 else "市州报直报账号锁定1起已处理", co.p(i % 6), co.p((i + 1) % 6)])
    b = [("title", "网络与信息系统值班记录"), ("p", "%s/JL-XXK-%03d    （%d年 第%d本）" % (co.ap["code"], 6, d.year, co.rng.randint(2, 9))),
         ("table", rows), ("p", "[扫描件 OCR 文本]")]
    items = ["44/inspection", "45/monitoring", "14/maintenance"] if detailed else []
    return Doc("duty_scan", "值班记录", d, items, True, b)


def general_duty(co, d):
    rows = [["日期", "带班领导", "值班人员", "来电/来文", "处理情况"]]
    for i in range(6):
        x = d - timedelta(days=i)
        rows.append([x.isoformat(), co.boss if i % 2 else "分管副主任", co.rng.choice(["传防所", "免规所", "应急办", "信息管理科"]) + "值班员",
                     co.rng.choice(["某市报告学校水痘聚集性疫情", "无", "省卫健委通知报送节日疫情日报", "某县报告食源性疾病事件"]),
                     co.rng.choice(["已转传防所核实", "—", "已按时报送", "已报告带班领导"])])
    b = [("title", "%s总值班（应急值守）记录" % co.ap["center"]), ("table", rows), ("p", "交班人签字：          接班人签字：")]
    return Doc("general_duty", "中心总值班记录", d, [], True, b)


def hw_stats(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=35 * i)
        rows.append([i + 1, x.isoformat(), co.rng.choice(["出口防火墙", "政务外网防火墙", "网闸", "入侵防御", "WAF", "准入控制器"]),
                     co.rng.choice(["电源", "风扇", "硬盘", "光模块", "主板"]), co.rng.choice(["备件更换", "厂商返修"]), "%d分钟" % co.rng.randint(10, 90)])
    rows.append(["", "合计", "", "%d次" % len(rows), "", ""])
    return book("hw_stats", "网络安全设备硬件故障统计表（%d年）" % d.year, d, True, [
        ("统计", ["序号", "日期", "设备", "故障部件", "处理方式", "影响时长"], rows, ["14/hardware-faults", "44/faults"])], form=form_no(co, 7))


def change_export(co, d, with_rows=True):
    rows = []
    if with_rows:
        for i in range(co.rng.randint(5, 11)):
            x = d - timedelta(days=co.rng.randint(0, 28))
            rows.append(["BG%s%02d" % (ymd(x), co.rng.randint(1, 40)), x.isoformat(), co.rng.choice(["一般变更", "标准变更", "重大变更"]),
                         co.rng.choice(["%s参数调整" % co.sys(0), "出口防火墙策略调整", "%s版本升级" % co.sys(2), "入侵防御规则库升级",
                                        "国家平台接口证书更新", "核心交换机端口变更"]),
                         co.rng.choice(["中心", co.ap["cust"], "全省"]), co.p(0), "%s 18:30-21:00" % x.isoformat(),
                         co.rng.choice(["成功", "成功", "成功", "回退"]), "已关闭"])
    return book("change_export", "%s变更单导出" % co.ap["itsm"], d, True, [
        ("变更单", ["变更单号", "申请日期", "变更类型", "变更内容", "影响范围", "审批人", "实施窗口", "实施结果", "状态"], rows,
         ["54/records", "43/process-records"])], note="导出时间：%s 17:%02d  导出人：%s" % (d.isoformat(), co.rng.randint(0, 59), co.p(2)))


def change_form(co, d, done=True):
    b = [("title", "信息系统变更申请表"), ("p", form_no(co, 11)),
         ("table", [["变更单号", "BG%s%02d" % (ymd(d), co.rng.randint(1, 30)), "申请日期", d.isoformat()],
                    ["申请人", co.p(2), "变更类型", "重大变更"],
                    ["变更内容", "%s数据库由单机迁移至主备架构" % co.sys(2), "影响范围", "中心检验科所及%s" % co.ap["cust"]],
                    ["测试情况", "已在测试环境完成迁移演练", "回退措施", "保留原数据库只读运行，失败时切回"],
                    ["科长意见", "同意。%s" % co.p(0), "分管副主任意见", "同意。" if done else ""],
                    ["实施时间", "%s 18:30-22:40" % d.isoformat() if done else "", "实施结果", "成功，业务验证通过" if done else ""],
                    ["验证人", co.p(3) if done else "", "关闭日期", (d + timedelta(days=1)).isoformat() if done else ""]]),
         ("p", "[扫描件]")]
    items = ["54/records", "43/process-records"] if done else []
    return Doc("change_form", "变更申请表", d, items, True, b)


def tickets(co, d, resp):
    head = ["工单编号", "报障单位", "类别", "受理时间", "响应时间", "解决时间", "问题描述", "处理人", "状态"]
    rows = []
    for i in range(12):
        x = d - timedelta(days=co.rng.randint(0, 30))
        h = co.rng.randint(8, 18)
        r = ["GD%s%04d" % (ymd(x), co.rng.randint(1, 9999)), co.rng.choice([co.ap["cust"]] + list(co.ap["others"]) + ["中心免规所", "中心检验所"]),
             co.rng.choice(["故障报修", "服务请求", "咨询"]), "%s %02d:%02d" % (x.isoformat(), h, co.rng.randint(0, 29)),
             "%s %02d:%02d" % (x.isoformat(), h, co.rng.randint(30, 59)), "%s %02d:%02d" % (x.isoformat(), min(h + 2, 23), co.rng.randint(0, 59)),
             co.rng.choice(["直报账号锁定", "接种门诊客户端无法上传", "LIMS打印报告乱码", "VPN无法连接", "视频会商无声音", "新增直报审核账号"]),
             co.p(co.rng.randint(0, 5)) if co.rng.random() < 0.6 else co.vp(co.rng.randint(0, 2)), "已关闭"]
        if not resp:
            r = r[:4] + r[5:]
        rows.append(r)
    if not resp:
        head = head[:4] + head[5:]
    items = ["43/process-records"] + (["55/response-times"] if resp else [])
    return book("tickets", "%s工单导出（%d年%d月）" % (co.ap["itsm"], d.year, d.month), d, True, [("工单", head, rows, items)])


def ops_monthly(co, d, trend, data, avail):
    m = d.month - 1 or 12
    y = d.year if d.month > 1 else d.year - 1
    p = Draft("%d年%d月信息系统运行情况月报" % (y, m)).top(("p", "信息管理科    %s    呈：分管副主任" % when(co, d)))
    p.sec("运行总体情况", ["本月中心及受托单位信息系统运行平稳，处置运行事件%d起，受理服务请求%d件，无一级事件。" % (co.rng.randint(4, 25), co.rng.randint(60, 240))])
    p.sec("运行指标趋势分析", [("table", [["指标", "%d月" % ((m - 3) % 12 + 1), "%d月" % ((m - 2) % 12 + 1), "%d月" % m, "趋势"],
                                         ["直报平台日均访问量（万次）", 18.2, 21.5, 26.9, "上升"], ["数据交换接口日均条数（万条）", 41, 44, 47, "上升"],
                                         ["监控告警数", 512, 463, 401, "下降"]]),
                               "访问量随流感季持续上升，预计下月达到应用服务器扩容阈值，已提出扩容申请。"], ["50/monitoring-report"], trend)
    p.sec("运维指标数据", [("table", [["指标", "本月"], ["异常报告及时率", "98%"], ["异常漏报率", "0.6%"], ["维护作业计划及时完成率", "97%"],
                                      ["故障隐患发现率", "90%"], ["异常主动发现率", "86%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                      ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "91%"], ["安全事件次数", co.rng.randint(1, 8)]])],
          ["56/data"], data)
    p.sec("重点信息系统可用率", [("table", [["系统", "目标", "本月可用率", "中断次数"], [co.sys(1), "99.9%", "99.97%", 0],
                                            [co.sys(0), "99.5%", "99.62%", 1], ["国家平台数据交换接口", "99%", "98.7%", 2]]),
                                 "数据交换接口未达标，原因为国家平台侧证书更新，已纳入可用性改进。"],
          ["18/availability-report", "22/report"], avail)
    p.sec("下月工作", ["做好流感高发期系统保障；完成入侵防御规则库升级。"])
    return p.doc("ops_monthly", d, True)


def vendor_monthly(co, d, trend):
    p = Draft("%s运维服务月报（%d年%d月）" % (co.vendor, d.year, d.month)).top(("p", "项目：%s信息系统运维服务    编制：%s" % (co.ap["center"], co.vp(0))))
    p.sec("本月工作量", [("table", [["工作项", "数量"], ["巡检", 22], ["事件处理", co.rng.randint(20, 60)], ["服务请求", co.rng.randint(40, 120)],
                                    ["变更实施", co.rng.randint(3, 12)]])])
    p.sec("巡检及故障情况", ["本月完成日常巡检22次，设备运行总体正常；处理入侵防御电源告警1次。"])
    p.sec("运行趋势分析", ["近三个月告警数持续下降（612→540→488），直报平台访问量上升37%，数据库连接数峰值接近阈值，建议下月前扩容。"],
          ["50/monitoring-report"], trend)
    p.sec("下月计划", ["配合完成等保测评问题整改；季度健康检查。"])
    return p.doc("vendor_monthly", d, True)


def vendor_score(co, d):
    rows = [["驻场出勤", 20, co.rng.randint(17, 20)], ["巡检计划完成", 20, co.rng.randint(16, 20)], ["工单及时处理", 20, co.rng.randint(15, 20)],
            ["文档资料提交", 15, co.rng.randint(11, 15)], ["保密纪律", 15, 15], ["工作态度", 10, co.rng.randint(8, 10)]]
    return book("vendor_score", "外包运维服务月度考核评分表（%d年%d月）" % (d.year, d.month), d, True, [
        ("考核", ["考核项目", "分值", "得分"], rows + [["合计", 100, sum(r[2] for r in rows)]], [])],
        note="被考核单位：%s    考核人：%s" % (co.vendor, co.p(0)))


def avail_plan(co, d):
    p = Draft("%d年重点信息系统可用性保障计划" % d.year).top(("p", "信息管理科    %s" % when(co, d)))
    p.sec("可用性目标", ["%s可用率≥99.9%%，%s≥99.5%%，国家平台数据交换接口成功率≥99%%。" % (co.sys(1), co.sys(0))])
    p.sec("保障措施", ["应用双机、数据库主备、互联网和政务外网双链路、流感高发期前扩容、季度备份恢复测试。"])
    p.sec("可用性事件监控与报告", ["所有服务中断在《信息系统服务中断登记表》登记，按月在信息系统运行情况月报中报告可用率，未达标系统制定改进措施。"])
    p.items += ["18/availability-plan", "22/plan"]
    return p.doc("avail_plan", d, False)


def outage_book(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=co.rng.randint(5, 50) * (i + 1) // 2)
        rows.append([x.isoformat(), co.sys(i), co.rng.choice(["访问超时", "服务中断", "数据上传失败"]), "%d分钟" % co.rng.randint(3, 50),
                     co.rng.choice(["政务外网链路中断", "数据库锁等待", "国家平台证书过期", "应用内存溢出"]), "已恢复，已报告"])
    return book("outage_book", "信息系统服务中断登记表（%d年）" % d.year, d, True, [
        ("登记", ["日期", "系统", "现象", "中断时长", "原因", "处理"], rows, ["18/availability-events", "22/events", "43/process-records"])],
        form=form_no(co, 9))


def asset_book(co, d):
    devs = [("FW", "出口防火墙", "华为USG6585E", "互联网边界访问控制"), ("FW", "政务外网防火墙", "深信服AF-1000", "政务外网边界"),
            ("GAP", "网闸", "网御星云SGAP", "卫生专网与互联网数据摆渡"), ("IPS", "入侵防御", "天融信TopIDP", "核心区入侵防御"),
            ("SW", "核心交换机", "华三S10508", "中心内网核心交换"), ("SRV", "数据库服务器", "浪潮NF5280M6", co.sys(0)),
            ("SRV", "应用服务器", "华为2288H V5", co.sys(2))]
    rows = []
    for i, (t, n, m, f) in enumerate(devs, 1):
        rows.append(["%s-%s-%03d" % (co.ap["code"], t, i), n, "网络安全设备" if t != "SRV" else "服务器", m, f,
                     "%s%d列%d柜" % (co.ap["room"], co.rng.randint(1, 4), co.rng.randint(1, 12)),
                     "上联%s" % ("核心交换机" if t != "SW" else "出口防火墙"), "生产", co.rng.choice(["重要", "重要", "一般"]),
                     co.rng.choice(["等保三级", "等保二级"]), "V%d.%d" % (co.rng.randint(1, 9), co.rng.randint(0, 9))])
    return book("asset_book", "信息化设备资产台账（%s）" % d.isoformat(), d, True, [
        ("资产", ["资产编号", "名称", "类别", "型号", "功能", "物理位置", "端口对应", "部署环境", "重要程度", "保护等级", "软件版本"], rows,
         ["13/asset-list", "43/asset-list"])], form=form_no(co, 1))


def instruments(co, d):
    rows = [["%s-YQ-%04d" % (co.ap["code"], co.rng.randint(100, 999)), n, m, loc, "在用", co.rng.choice(["检定", "校准"]),
             (d + timedelta(days=co.rng.randint(30, 300))).isoformat()]
            for n, m, loc in [("实时荧光定量PCR仪", "ABI 7500", "病毒检验所"), ("生物安全柜", "Thermo 1300", "微生物检验所"),
                              ("气相色谱质谱联用仪", "Agilent 7890B/5977B", "理化检验所"), ("全自动核酸提取仪", "天隆NP968", "病毒检验所")]]
    return book("instruments", "仪器设备一览表（%d年）" % d.year, d, True, [
        ("仪器", ["设备编号", "名称", "型号", "使用科所", "状态", "溯源方式", "下次检定/校准日期"], rows, [])])


def cmdb(co, d, rel):
    cis = [("出口防火墙策略集", "安全配置"), ("网闸摆渡策略", "安全配置"), ("%s应用参数" % co.sys(0), "应用配置"),
           ("国家平台接口证书及地址", "接口配置"), ("%s数据库参数" % co.sys(2), "数据库配置"), ("堡垒机授权策略", "安全配置")]
    rows, links = [], []
    for i, (n, t) in enumerate(cis, 1):
        rows.append(["CI-%04d" % (300 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i),
                     co.rng.choice(["敏感", "内部"]), "配置管理员可写，其余只读", "SHA256校验", "每日备份"])
        if rel and i > 1:
            links.append(["CI-%04d" % (300 + i), co.rng.choice(["依赖", "运行于", "调用"]), "CI-%04d" % (300 + i - 1)])
    return book("cmdb", "%s配置库导出" % co.ap["itsm"], d, True, [
        ("配置项", ["配置项编号", "名称", "类型", "版本", "责任人", "敏感级别", "访问控制", "完整性", "备份"], rows, ["27/cmdb"]),
        ("关联关系", ["配置项", "关系", "关联配置项"], links, ["38/cmdb-relations"])])


def ci_changes(co, d):
    rows = [[(d - timedelta(days=17 * i)).isoformat(), "CI-%04d" % (301 + i % 6), co.rng.choice(["策略新增", "参数调整", "版本升级", "证书更新", "授权回收"]),
             "BG%s%02d" % (ymd(d - timedelta(days=17 * i)), co.rng.randint(1, 30)), co.p(3), co.p(0)] for i in range(7)]
    return book("ci_changes", "配置项变更维护记录（%d年）" % d.year, d, True, [
        ("记录", ["日期", "配置项", "更新内容", "关联变更单", "维护人", "复核人"], rows, ["43/ci-updates"])], form=form_no(co, 13))


def kb_export(co, d):
    titles = ["直报账号频繁锁定处理", "接种门诊客户端上传失败排查", "LIMS报告打印乱码", "国家平台接口证书更新步骤", "视频会商终端无声音",
              "网闸摆渡任务积压处理"]
    rows = [["KB%04d" % (200 + i), t, co.rng.choice(["故障处置", "操作指引"]), co.p(i), "已发布", (d - timedelta(days=28 * i)).isoformat()]
            for i, t in enumerate(titles)]
    return book("kb", "运维知识库条目导出", d, True, [("知识", ["编号", "标题", "分类", "提交人", "状态", "发布日期"], rows, ["21/knowledge-base"])])


def collect_sheet(co, d, which):
    head = ["采集日期", "对象"] + [{"config": "配置采集（与基线比对）", "traffic": "流量采集", "status": "状态采集"}[w] for w in which] + ["采集人"]
    rows = []
    for i in range(6):
        x = d - timedelta(days=14 * i)
        r = [x.isoformat(), co.rng.choice(["出口防火墙", "核心交换机", "政务外网防火墙", "网闸"])]
        for w in which:
            r.append({"config": "已导出，差异%d项" % co.rng.randint(0, 2), "traffic": "峰值%dMbps" % co.rng.randint(120, 900),
                      "status": "CPU%d%% 内存%d%%" % (co.rng.randint(6, 50), co.rng.randint(25, 70))}[w])
        rows.append(r + [co.p(4)])
    return book("collect", "安全信息采集记录（%d年）" % d.year, d, True, [("采集", head, rows, ["16/" + w for w in which])], form=form_no(co, 14))


def baseline(co, d):
    rows = [["服务器", "口令策略", "长度≥8位，含三类字符，90天更换，5次失败锁定"], ["服务器", "远程管理", "禁用telnet，仅经堡垒机访问"],
            ["数据库", "审计", "开启登录、DDL和个人信息表查询审计"], ["网络设备", "日志", "syslog发送至日志审计系统，保存≥6个月"],
            ["防火墙", "默认策略", "默认拒绝"], ["终端", "防病毒", "安装防病毒客户端，病毒库延迟不超过3天"]]
    return book("baseline", "信息系统安全配置基线（第%d版）" % co.rng.randint(2, 4), d, False, [
        ("基线", ["对象", "检查项", "基线要求"], rows, ["25/baseline"])], form="文件编号：%s-SOP-XXK-010 附表" % co.ap["code"])


def requirements(co, d):
    b = [("title", "%s升级改造需求分析记录" % co.sys(1)), ("p", "信息管理科    %s" % when(co, d)),
         ("table", [["类别", "需求", "使用科所确认"], ["功能", "支持多点触发预警信号推送至市县疾控", "传防所已确认"],
                    ["性能", "并发用户2000，页面响应≤2秒", "已确认"], ["安全性", "满足等级保护第三级要求，病例个人信息加密存储", "已确认"]]),
         ("p", "需求方代表：%s（签字）" % co.cp(0))]
    return Doc("requirements", "需求分析记录", d, ["11/requirements"], True, b)


def compat(co, d):
    b = [("title", "%s升级兼容性测试报告" % co.sys(1)), ("p", "测试日期：%s" % when(co, d)),
         ("table", [["验证项", "内容", "结果"], ["网络兼容", "与政务外网、卫生专网、网闸摆渡的连通", "通过"],
                    ["系统兼容", "国产操作系统及中间件适配", "通过"], ["应用兼容", "旧版市县客户端及国家平台接口调用", "通过"]]),
         ("p", "结论：与原系统兼容，满足上线条件。测试人：%s" % co.p(2))]
    return Doc("compat", "兼容性测试报告", d, ["11/compatibility"], True, b)


def upgrade_plan(co, d, test, rollback):
    p = Draft("%s升级改造实施方案" % co.sys(1)).top(
        ("p", "变更单号：BG%s%02d    实施窗口：%s 18:30-23:00    编制：%s" % (ymd(d), co.rng.randint(1, 30), d.isoformat(), co.p(2))))
    p.sec("改造内容", ["应用由单机部署改为双机负载，数据库升级至新版本，新增多点触发预警模块。"])
    p.sec("测试验证计划", ["在测试环境完成功能测试、性能测试（2000并发）和安全测试（漏洞扫描、渗透测试）；",
                           "由传防所业务人员完成验收测试，并验证与旧版客户端、政务外网和国家平台接口的兼容性。"], ["25/test-plan"], test)
    p.sec("实施步骤", ["停止应用→备份→部署→数据库升级→启动→内部验证→开放访问→市县验证。"])
    p.sec("回退措施", ["实施前全量备份应用、配置和数据库；验证不通过时30分钟内回退至原版本，回退步骤已在测试环境演练。"],
          ["25/rollback", "11/rollback"], rollback)
    p.sec("人员分工", ["总指挥%s；实施%s、%s；验证%s。" % (co.p(0), co.p(2), co.vp(1), co.p(3))])
    return p.doc("upgrade_plan", d, False)


def lims_validation(co, d):
    b = [("title", "实验室信息管理系统（LIMS）确认报告"), ("p", "质量管理科、信息管理科    %s" % when(co, d)),
         ("p", "依据%s关于计算机和自动设备的要求，对LIMS的样品登记、结果计算、报告生成、电子签名和数据传输功能进行确认。" % co.ap["lab"]),
         ("table", [["确认项", "方法", "结论"], ["结果计算", "与手工计算比对20组", "一致"], ["报告生成", "抽查50份报告", "正确"],
                    ["电子签名", "权限及签名流程检查", "符合"], ["数据传输", "仪器数据自动采集比对", "一致"]]),
         ("p", "结论：LIMS满足检验检测工作要求，可以使用。")]
    return Doc("lims_validation", "LIMS确认报告", d, [], True, b)


# ------------------------------------------------------------------------------ 网络安全

def log_audit(co, d, weekly=False):
    t = ("网络安全日志审计周报（%d年第%d周）" % (d.year, d.isocalendar()[1])) if weekly else \
        ("%d年第%d季度网络安全日志审计分析报告" % (d.year, qtr(d)))
    p = Draft(t).top(("p", "安全管理组    审计人：%s    %s" % (co.p(1), when(co, d))))
    p.sec("网络及安全设备日志", ["汇聚出口防火墙、政务外网防火墙、入侵防御和WAF日志%d万条，发现境外扫描源IP %d个，已封禁。"
                                 % (co.rng.randint(500, 8000), co.rng.randint(10, 80))])
    p.sec("服务器及操作系统日志", ["%s和%s服务器登录日志审计，发现非工作时间登录%d次，核实为驻场人员夜间维护，已补登记。"
                                   % (co.sys(0), co.sys(2), co.rng.randint(1, 5))])
    p.sec("应用及数据库日志", ["%s应用日志中暴力破解尝试%d次，均被锁定策略阻断；数据库审计发现批量查询接种者个人信息告警%d次，经核实为统计任务。"
                               % (co.sys(1), co.rng.randint(100, 2000), co.rng.randint(0, 3))])
    p.sec("分析结论", ["本期未发现成功入侵和个人信息泄露，建议市县疾控加强直报账号口令管理。"])
    p.items += ["17/log-analysis", "45/audit-report", "47/audit"]
    return p.doc("log_audit", d, True)


def warning_notice(co, d, n, full):
    p = Draft("网络安全预警通报（%d年第%d期）" % (d.year, n)).top(
        ("p", "%s信息管理科    %s" % (co.ap["center"], when(co, d))), ("p", "发送：各市州疾病预防控制中心、中心各科所"))
    p.sec("漏洞通告", ["CVE-%d-%05d：某主流中间件远程代码执行漏洞，影响部分疾控业务系统前置服务器，请于5个工作日内完成升级。"
                       % (d.year, co.rng.randint(10000, 49999))], ["52/vulnerability", "53/bulletin"])
    p.sec("厂商安全通告", ["防火墙和终端安全厂商发布本月补丁，信息管理科已完成测试，各单位可按标准变更实施。"], [])
    p.sec("病毒通告", ["近期出现以“流感疫情通报”“疫苗采购通知”为主题的钓鱼邮件，附件携带远控木马，请提醒职工勿打开。"], ["52/virus"], full)
    p.sec("政策法规及行业动态", ["国家出台医疗卫生机构网络安全管理和个人信息保护有关规定，中心将组织学习；某地疾控发生一起接种数据泄露事件。"],
          ["52/policy"], full)
    p.sec("分析与处置建议", ["经比对资产台账，全省疾控受影响服务器%d台，已列入本周变更窗口修复，请市州于%d日前反馈整改情况。"
                             % (co.rng.randint(3, 20), min(28, d.day + 7))], ["52/analysis"], full)
    return p.doc("warning_notice", d, True)


def forward_notice(co, d, subject):
    top, no = red_top(co, d, "关于转发%s《%s》的通知" % (co.ap["wjw"].replace("委员会", "委"), subject), to="中心各科（所、室）：")
    b = top + [("p", "现将%s《%s》转发给你们，请结合工作实际认真贯彻落实。信息管理科牵头做好相关工作，%d月%d日前将落实情况报中心办公室。"
                     % (co.ap["wjw"], subject, min(12, d.month + 1), co.rng.randint(1, 28))),
               ("p", "附件：%s" % subject)] + red_tail(co, d, cc=False)
    return Doc("forward", "转发通知", d, [], False, b)


def sec_stats(co, d, analysis):
    rows = []
    for m in range(1, d.month + 1):
        a, b_, c = co.rng.randint(0, 5), co.rng.randint(0, 9), co.rng.randint(0, 2)
        rows.append(["%d月" % m, a, b_, c, a + b_ + c])
    sheets = [("统计", ["月份", "有害程序事件", "网络攻击事件", "设备设施故障", "合计"], rows, ["18/incident-stats"]),
              ("分析", ["分析"], [["网络攻击类以扫描和暴力破解为主，集中在流感高发期直报平台访问高峰；有害程序事件集中在科所办公终端U盘传播，"
                                  "建议落实U盘管控并纳入科所网络安全考核。"]] if analysis else [], ["18/incident-analysis"])]
    return book("sec_stats", "网络安全事件统计分析表（%d年1-%d月）" % (d.year, d.month), d, True, sheets)


def pentest_plan(co, d):
    b = [("title", "%d年度渗透测试工作计划" % d.year), ("p", "安全管理组    %s" % when(co, d)),
         ("table", [["批次", "对象", "方式", "时间", "负责人"], [1, co.sys(1) + "互联网入口", "灰盒", "3月", co.p(1)],
                    [2, "中心门户网站及健康教育平台", "黑盒", "6月", co.vp(2)], [3, co.sys(0), "灰盒", "9月", co.p(1)]]),
         ("p", "每次测试前取得分管副主任书面授权并通知使用科所，测试结束后10个工作日内出具报告。")]
    return Doc("pentest_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pentest_report(co, d):
    p = Draft("%s渗透测试报告" % co.sys(1)).top(("p", "测试时间：%s    测试人员：%s、%s    授权编号：SQ%s" % (when(co, d), co.p(1), co.vp(2), ymd(d))))
    p.sec("测试范围", ["%s互联网入口、市县用户登录及管理后台。" % co.sys(1)])
    p.sec("发现问题", [("table", [["编号", "问题", "等级", "整改"], ["P-01", "病例查询接口越权", "高", "已修复"], ["P-02", "接口返回未脱敏身份证号", "中", "已修复"],
                                  ["P-03", "后台缺少登录失败锁定", "中", "已修复"]])])
    p.sec("复测结论", ["高中危问题已全部整改并通过复测。"])
    p.items += ["31/pentest-records", "32/pentest-records"]
    return p.doc("pentest", d, True)


def hw_summary(co, d):
    b = [("title", "%d年网络安全攻防演练防守工作总结" % d.year), ("p", "信息管理科    %s" % when(co, d)),
         ("p", "按照%s统一部署，中心作为防守单位参加全省卫生健康行业网络安全攻防演练，演练期间实行7×24小时值守。" % co.ap["wjw"]),
         ("p", "演练期间共监测攻击告警%d万条，封禁攻击IP %d个，未被攻破，未失分。" % (co.rng.randint(3, 40), co.rng.randint(200, 1500))),
         ("p", "下一步：继续压缩互联网暴露面，完善值守机制。")]
    return Doc("hw_summary", "攻防演练防守总结", d, [], True, b)


def grading(co, d, kind):
    if kind == "report":
        b = [("title", "%s网络安全等级保护定级报告" % co.sys(0)), ("p", "定级时间：%s" % when(co, d)),
             ("p", "该系统存储全省接种者个人信息和接种记录，业务信息安全保护等级：第三级；系统服务安全保护等级：第三级；系统安全保护等级：第三级。"),
             ("p", "经专家评审并报%s审核，已向公安机关备案，备案编号%s-%d-%05d。" % (co.ap["wjw"], co.ap["code"][:2], d.year, co.rng.randint(1, 99999)))]
    else:
        b = [("title", "%s网络安全等级保护测评报告（摘要）" % co.sys(1)), ("p", "测评机构：某网络安全等级测评中心    报告日期：%s" % when(co, d)),
             ("p", "被测系统安全保护等级：第三级（已备案，备案编号%s-%d-%05d）。" % (co.ap["code"][:2], d.year - 1, co.rng.randint(1, 99999))),
             ("p", "测评结论：基本符合，综合得分%d.%d分；中风险问题%d项，已制定整改计划。" % (co.rng.randint(75, 90), co.rng.randint(0, 9), co.rng.randint(2, 9)))]
    return Doc("grading", "定级报告" if kind == "report" else "等保测评报告", d, ["51/grading"], False, b)


def grading_guide(co, d):
    b = [("title", "全省疾控信息系统网络安全等级保护定级指引"), ("p", "信息管理科    %s" % when(co, d)),
         ("p", "依据GB/T 22240，按业务信息和系统服务受到破坏时所侵害的客体及侵害程度确定等级："),
         ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第二级"],
                    ["社会秩序、公共利益", "第二级", "第三级", "第四级"]]),
         ("p", "存储大量接种者、病例个人信息的系统原则上定为第三级；市县自建系统参照本指引定级后报信息管理科备案。")]
    return Doc("grading_guide", "定级指引", d, ["51/grading-criteria"], False, b)


def rectify_ledger(co, d):
    rows = [[i + 1, t, co.rng.choice(["中风险", "低风险"]), co.rng.choice(["已整改", "整改中", "已整改"]), co.p(co.rng.randint(0, 5))]
            for i, t in enumerate(["数据库未开启传输加密", "堡垒机未启用双因素认证", "安全管理制度未定期评审", "应急演练记录不完整"])]
    return book("rectify_ledger", "等级保护测评问题整改台账", d, True, [("台账", ["序号", "问题", "风险等级", "状态", "责任人"], rows, [])])


def pi_protect(co, d):
    b = [("title", "%s个人信息保护影响评估报告" % co.sys(0)), ("p", "信息管理科    %s" % when(co, d)),
         ("h1", "一、处理的个人信息"), ("p", "接种者姓名、身份证号、出生日期、监护人信息、接种记录；属于敏感个人信息（含不满十四周岁未成年人信息）。"),
         ("h1", "二、风险评估"), ("p", "主要风险为内部人员越权查询、接种单位终端泄露、数据导出未脱敏。"),
         ("h1", "三、保护措施"), ("p", "最小权限、数据库审计、导出审批和脱敏、接种单位终端准入。"), ("h1", "四、结论"), ("p", "风险可控。")]
    return Doc("pi_protect", "个人信息保护影响评估", d, [], True, b)


def data_quality(co, d):
    m = d.month - 1 or 12
    rows = [[c, "%.2f%%" % (96 + co.rng.random() * 4), "%.2f%%" % (95 + co.rng.random() * 5), "%.2f%%" % (97 + co.rng.random() * 3)]
            for c in [co.ap["cust"]] + list(co.ap["others"])]
    b = [("title", "%d年%d月全省传染病报告信息管理质量分析" % (d.year if d.month > 1 else d.year - 1, m)), ("p", "传染病防制所    %s" % when(co, d)),
         ("table", [["地区", "报告及时率", "审核及时率", "报告卡完整率"]] + rows),
         ("p", "全省法定传染病报告及时率、审核及时率均达到国家要求，个别县区报告卡完整率偏低，请加强对医疗机构的督导。")]
    return Doc("data_quality", "传染病报告质量分析", d, [], True, b)


# ------------------------------------------------------------------------------ 应急

def emergency_plan(co, d, strategy, recovery):
    p = Draft("%s网络安全事件应急预案" % co.ap["center"]).top(
        ("p", "（%d年修订）    信息管理科编制，中心网络安全和信息化工作领导小组审定" % d.year))
    p.sec("总则", ["为建立中心网络安全和信息系统突发事件应急响应机制，保障传染病报告、预防接种和实验室检测业务连续运行，制定本预案。"])
    p.sec("组织体系", ["应急领导小组由中心主任%s任组长，下设技术处置组（信息管理科、外包驻场）、业务协调组（传防所、免规所、检验所）和后勤保障组。" % co.boss])
    p.sec("事件分级与响应", ["全省直报或接种业务中断超过30分钟为Ⅰ级，15分钟内启动响应；单系统中断为Ⅱ级；一般事件由值班人员处置。"])
    p.sec("处置流程", ["发现报告→研判定级→启动预案→处置→恢复验证→解除→总结报告（按规定报%s）。" % co.ap["wjw"]])
    p.sec("恢复策略", ["%s RTO≤2小时、RPO≤1小时，采用数据库主备切换；%s RTO≤4小时，从备份恢复；业务中断期间传染病报告改为电话、传真报告，"
                       "接种门诊改为手工登记后补录。" % (co.sys(1), co.sys(0))], ["55/plan"], strategy)
    p.sec("系统恢复计划", ["按“网络→数据库→%s→%s→%s”的顺序恢复，各系统恢复步骤、责任人和验证要点见附件1-3。" % (co.sys(1), co.sys(0), co.sys(2))],
          ["36/recovery-plan"], recovery)
    p.items += ["36/emergency-plan", "53/emergency-plan"]
    return p.doc("emergency_plan", d, False)


def report_plan(co, d, recovery):
    p = Draft("传染病网络直报系统中断应急预案").top(("p", "%s/SOP-XXK-012    第%d版    %s" % (co.ap["code"], co.rng.randint(1, 3), when(co, d))))
    p.sec("适用情形", ["%s或国家直报系统省级接口中断，影响全省传染病报告时适用。" % co.sys(1)])
    p.sec("应急响应", ["值班人员发现中断后10分钟内报告科长，15分钟内启动本预案，通知各市州疾控改为电话或传真报告甲类及按甲类管理传染病，"
                       "并向国家平台运维报告。"])
    p.sec("系统恢复步骤", ["检查政务外网链路→检查接口服务和证书→数据库主备切换→恢复接口任务→补传中断期间报告卡→核对条数。"],
          ["36/recovery-plan"], recovery)
    p.sec("恢复后处理", ["恢复后通知各市州补录，24小时内形成事件报告。"])
    p.items += ["36/emergency-plan", "53/emergency-plan"]
    return p.doc("report_plan", d, False)


def dr_plan(co, d):
    p = Draft("%s数据备份与灾难恢复计划" % co.sys(0)).top(("p", "信息管理科    %s" % when(co, d)))
    p.sec("恢复目标", ["RTO 4小时，RPO 1小时。"])
    p.sec("恢复资源", ["本地备份一体机、异地备份（%s政务云）、恢复测试环境。" % co.city])
    p.sec("恢复步骤", ["宣布启动→恢复数据库→核对接种记录条数→启动应用→接种门诊验证→恢复上传国家平台。"])
    p.items.append("36/recovery-plan")
    return p.doc("dr_plan", d, False)


def bcp(co, d):
    p = Draft("疾控信息系统业务连续性计划").top(("p", "第%d版    %s    中心网络安全和信息化工作领导小组审定" % (co.rng.randint(1, 3), when(co, d))))
    p.sec("适用范围", ["适用于传染病报告、预防接种、实验室检测等依赖信息系统的关键业务。"])
    p.sec("业务影响结论", ["传染病报告最大可容忍中断时间2小时，预防接种4小时，实验室检测报告1个工作日。"])
    p.sec("应急响应与灾难恢复机制", ["由《网络安全事件应急预案》和各系统灾难恢复计划支撑；信息系统中断时启用电话报告、手工登记等替代业务流程。"])
    p.sec("演练与维护", ["每年至少演练一次，每年评审更新本计划。"])
    p.items.append("42/bcp")
    return p.doc("bcp", d, False)


def drill(co, d, kind, form=None):
    if kind == "rec":
        t = "%s数据库备份恢复演练记录" % co.sys(0)
        scene = "模拟%s数据库服务器硬盘损坏，从备份一体机恢复数据库并核对接种记录" % co.sys(0)
        items = ["40/recovery-drill"]
        form = "实战演练"
        proc = "19:00宣布演练开始→19:10启用备用服务器→20:05数据库恢复完成→20:30核对接种记录条数一致→20:50接种门诊客户端验证通过"
    else:
        t = "网络安全事件应急演练记录"
        scene = "模拟%s遭受勒索病毒攻击，数据库服务器文件被加密" % co.sys(1)
        items = ["40/emergency-drill", "53/drill"]
        form = form or co.rng.choice(["桌面推演", "实战演练"])
        proc = "09:00值班人员发现告警并报告→09:08启动预案→09:30隔离受感染服务器→10:20从备份恢复→10:50市州验证直报正常→11:10总结点评"
    b = [("title", t), ("p", "%s/JL-XXK-%03d" % (co.ap["code"], 28)),
         ("table", [["演练时间", when(co, d)], ["演练形式", form], ["演练场景", scene],
                    ["参演人员", "信息管理科%s、%s、%s，驻场%s，传防所、免规所联络员" % (co.p(0), co.p(1), co.p(2), co.vp(0))],
                    ["演练过程", proc], ["演练结果", "达到预期，恢复用时%d分钟" % co.rng.randint(40, 110)],
                    ["存在问题", "市州联络员通讯录未及时更新"], ["记录人", co.p(3)], ["审核", co.p(0)]])]
    return Doc("drill", "演练记录", d, items, True, b)


def ph_tabletop(co, d):
    b = [("title", "%d年突发公共卫生事件应急处置桌面推演总结" % d.year), ("p", "应急办    %s" % when(co, d)),
         ("p", "推演场景：某市报告输入性登革热本地续发病例，疫情扩散至3个县区。"),
         ("p", "推演环节：信息报告→风险评估→流调溯源→媒介控制→实验室检测→物资调配→信息发布。"),
         ("p", "参演单位：应急办、传防所、消杀所、病毒检验所、%s。" % co.ap["cust"]),
         ("p", "发现问题：跨部门物资调配流程不清晰，媒介监测数据报送不及时。")]
    return Doc("ph_tabletop", "突发公卫桌面推演", d, [], True, b)


def drill_scheme(co, d):
    b = [("title", "%d年网络安全应急演练方案" % d.year), ("p", "信息管理科    %s" % when(co, d)),
         ("h1", "一、演练目的"), ("p", "检验《网络安全事件应急预案》的可操作性和各组协同。"),
         ("h1", "二、演练安排"), ("p", "拟于%d年%d月组织，采用桌面推演与实战相结合的方式。" % (d.year, min(12, d.month + 1))),
         ("h1", "三、分工"), ("p", "总指挥%s，技术处置组%s，业务协调组传防所。" % (co.boss, co.p(0)))]
    return Doc("drill_scheme", "演练方案", d, [], False, b, decoy="drill plan")


# ------------------------------------------------------------------------------ 监视测量、审核、评审、改进

def kpi_watch(co, d):
    rows = [["服务对象满意度", "≥90分", "%d分" % co.rng.randint(90, 95), "达成", "—"], ["有效投诉", "≤2件/年", "1件", "达成", "—"],
            ["一级事件", "0起", "1起", "未达成", "纠正措施记录表JZ-%d-0%d" % (d.year, co.rng.randint(1, 9))],
            ["变更成功率", "≥98%", "96.9%", "未达成", "纠正措施记录表JZ-%d-1%d" % (d.year, co.rng.randint(0, 9))],
            ["服务级别达成率", "≥95%", "97.2%", "达成", "—"]]
    return book("kpi_watch", "信息化运维服务质量目标完成情况统计表（%d年）" % d.year, d, True, [
        ("统计", ["质量目标", "目标值", "实际完成", "达成情况", "措施"], rows, ["57/measurement"])], form=form_no(co, 31))


def lab_targets(co, d):
    rows = [["检测报告差错率", "≤0.5%", "0.12%", "达成"], ["检测报告按时发出率", "≥98%", "99.1%", "达成"],
            ["能力验证满意率", "100%", "100%", "达成"], ["客户满意率", "≥95%", "96.1%", "达成"]]
    return book("lab_targets", "%d年度质量目标考核统计表（检验检测）" % d.year, d, True, [("考核", ["质量目标", "目标值", "完成值", "结论"], rows, [])],
                note="质量管理科")


def capa(co, d, verified):
    b = [("title", "纠正措施记录表"), ("p", form_no(co, 30)),
         ("table", [["编号", "JZ-%d-%02d" % (d.year, co.rng.randint(1, 20))], ["不符合来源", "质量目标监视：变更成功率96.9%，未达98%"],
                    ["原因分析", "测试环境与生产配置不一致，2次升级回退"], ["纠正措施", "建立测试环境配置同步机制，升级前逐项核对"],
                    ["责任人", co.p(2)], ["完成日期", when(co, d - timedelta(days=co.rng.randint(95, 120)) if verified else d)],
                    ["措施验证", "实施后连续三个月变更成功率99.2%，措施有效" if verified else ""], ["验证人/日期", co.p(3) if verified else ""]])]
    items = ["57/capa"] + (["66/effectiveness"] if verified else [])
    return Doc("capa", "纠正措施记录表", d, items, True, b)


def preventive_check(co, d):
    rows = [[(d - timedelta(days=30 * i)).isoformat(),
             co.rng.choice(["流感季直报访问量逼近容量", "出口防火墙运行超过7年", "备份存储使用率86%", "国家平台接口证书30天后到期"]),
             co.rng.choice(["提前扩容应用服务器", "列入更换计划并储备备件", "扩容备份存储", "提前更换证书"]), co.p(i), "已验证有效"] for i in range(5)]
    return book("preventive_check", "预防措施及有效性验证记录（%d年）" % d.year, d, True, [
        ("记录", ["识别日期", "潜在问题", "预防措施", "责任人", "有效性验证"], rows, ["66/effectiveness"])], form=form_no(co, 34))


def it_audit(co, d):
    p = Draft("%d年度信息化运维服务专项内部审核报告" % d.year).top(("p", "审核组长：%s（内审员）    审核日期：%s" % (co.p(3), when(co, d))))
    p.sec("审核目的与依据", ["验证信息化运维服务满足信息系统安全运维服务有关标准的要求、中心程序文件的要求和与%s技术服务协议的要求，"
                             "并得到有效实施和保持。" % co.ap["cust"]])
    p.sec("审核范围", ["信息管理科综合组、运维执行组、服务台及外包驻场人员，受托%s的运维服务。" % co.ap["cust"]])
    p.sec("审核发现", ["开具不符合项3项：值班记录交接签字不全；2份变更申请表缺验证记录；知识库条目超期未复核。"])
    p.sec("审核结论", ["信息化运维服务管理总体有效，不符合项已下发纠正措施记录表，由质量管理科跟踪验证。"])
    p.items.append("59/internal-audit")
    return p.doc("it_audit", d, True)


def center_audit(co, d, it_chapter):
    p = Draft("%d年度内部审核报告" % d.year).top(("p", "质量管理科    审核组长：质量负责人    %s" % when(co, d)))
    p.sec("审核概况", ["依据%s和中心质量手册、程序文件，对中心管理体系覆盖的%d个部门开展年度内部审核。" % (co.ap["lab"], co.rng.randint(14, 22))])
    p.sec("检验检测部门审核情况", ["抽查检测报告%d份、原始记录%d份，发现标准物质期间核查记录不全等不符合项%d项。"
                                   % (co.rng.randint(60, 120), co.rng.randint(80, 200), co.rng.randint(3, 8))])
    p.sec("信息管理科（信息化运维服务）审核情况", ["对照信息系统运维服务要求、中心信息化程序文件和与%s的技术服务协议，审核服务级别、事件、变更、问题和配置管理，"
                                                 "运维服务有效实施，开具不符合项1项（变更验证记录不全）。" % co.ap["cust"]], ["59/internal-audit"], it_chapter)
    p.sec("审核结论", ["中心管理体系运行有效，不符合项已制定纠正措施。"])
    return p.doc("center_audit", d, True)


def audit_plan(co, d):
    b = [("title", "%d年度内部审核计划" % d.year), ("p", "质量管理科    %s" % when(co, d)),
         ("table", [["日期", "受审核部门", "审核要素", "内审员"], ["第1天", "质量管理科、办公室", "4.1-4.4、4.5.1-4.5.6", co.p(3)],
                    ["第2天", "检验检测各所", "4.5.7-4.5.25", "质量监督员"], ["第3天", "信息管理科", "4.5.16及信息化程序文件", co.p(3)]])]
    return Doc("audit_plan", "内审计划", d, [], True, b)


def review_report(co, d, it_sec, inputs):
    p = Draft("%d年度管理评审报告" % d.year).top(("p", "评审时间：%s    主持：%s（主任）    参加：中心领导班子、各科所负责人" % (when(co, d), co.boss)))
    p.sec("评审依据", ["%s；中心质量手册和管理评审程序。" % co.ap["lab"]])
    p.sec("检验检测工作评审", ["全年出具检测报告%d份，能力验证%d项全部满意，客户满意率96.1%%。" % (co.rng.randint(8000, 30000), co.rng.randint(12, 30))])
    p.sec("信息化运维服务运行情况", ["服务级别达成率97.2%，事件、变更、问题和服务请求按程序执行，专项内审不符合项3项已整改，流程符合性良好。"],
          ["59/management-review", "60/performance"], it_sec)
    txt = {"fb": ("服务对象反馈", "信息化服务满意度92分，有效投诉1件（直报平台高峰期访问缓慢），已扩容解决。", ["60/customer-feedback"]),
           "res": ("资源现状及预测", "信息管理科在编%d人、外包驻场3人；明年承接传染病多点触发监测预警平台，预计需增加运维人员2人。" % co.rng.randint(7, 12),
                   ["60/resources"]),
           "ca": ("纠正措施进展", "上年度评审提出的4项措施已完成3项，1项（UPS更换）进行中。", ["60/corrective-actions"]),
           "chg": ("可能影响服务的变化", "疾控体系改革、数据安全和个人信息保护新规、全民健康信息平台升级。", ["60/changes"]),
           "imp": ("改进机会", "变更成功率未达标、直报接口自动告警、运维报表自动化。", ["60/improvements"])}
    for k in inputs:
        h, s, its = txt[k]
        p.sec(h, [s], its)
    p.sec("评审结论及决定", ["管理体系持续适宜、充分、有效；同意增加信息化运维人员和改进项目经费。"])
    return p.doc("review_report", d, True)


def review_input(co, d, inputs):
    p = Draft("%d年度管理评审输入报告（信息管理科）" % d.year).top(("p", "报告人：%s    %s" % (co.p(0), when(co, d))))
    txt = {"res": ("当前和预测资源水平", "在编%d人、驻场3人；明年新增预警平台和接种数据治理任务，预测需增加2人。" % co.rng.randint(7, 12), ["60/resources"]),
           "ca": ("纠正措施进展", "本年度纠正措施记录表%d份，已关闭%d份。" % (6, 5), ["60/corrective-actions"]),
           "chg": ("可能影响运维服务的变更", "疾控体系改革后市州机构调整、国家平台接口标准更新。", ["60/changes"]),
           "imp": ("改进机会", "直报接口自动告警、接种门诊客户端自动升级、运维报表自动生成。", ["60/improvements"]),
           "fb": ("服务对象反馈", "两次满意度调查平均91分，回访意见主要集中在热线午间接听。", ["60/customer-feedback"])}
    for k in inputs:
        h, s, its = txt[k]
        p.sec(h, [s], its)
    return p.doc("review_input", d, True)


def mr_notice(co, d):
    b = [("title", "关于召开%d年度管理评审会议的通知" % d.year),
         ("p", "中心定于%s召开年度管理评审会议，请各科所于会前5个工作日将管理评审输入材料（服务和流程执行情况、客户反馈、资源需求、纠正措施进展、改进建议）"
               "报质量管理科。" % cnd(d)), ("p", "质量管理科")]
    return Doc("mr_notice", "管理评审通知", d, [], True, b, decoy="meeting notice")


def improve_plan(co, d, criteria):
    p = Draft("%d年度信息化运维服务持续改进计划" % d.year).top(("p", "信息管理科编制    %s    中心主任办公会审定" % when(co, d)))
    p.sec("改进项目", [("table", [["改进项目", "来源", "改进目标", "负责人", "完成时间"],
                                   ["直报接口中断自动告警", "运维过程", "接口中断发现时间由30分钟缩短至5分钟", co.p(2), "%d年5月" % d.year],
                                   ["接种门诊客户端自动升级", "服务对象反馈", "升级报障减少60%", co.p(5), "%d年8月" % d.year],
                                   ["变更测试环境一致性", "内部审核", "变更成功率≥98%", co.p(0), "%d年6月" % d.year]])],
          ["64/plan", "68/plan"])
    p.sec("改进机会评估标准", ["按对疾控业务的影响（40%）、实施成本（30%）、风险（30%）评分，70分以上列入计划；"
                               "改进项目须经识别、登记、批准、评估、测量和报告。"], ["64/criteria"], criteria)
    return p.doc("improve_plan", d, True)


def improve_eval(co, d):
    b = [("title", "改进机会评估表"), ("p", form_no(co, 32)), ("p", "信息管理科综合组    %s" % when(co, d)),
         ("table", [["改进机会", "业务影响", "实施成本", "风险", "加权得分", "优先级"], ["直报接口中断自动告警", 9, 8, 9, 87, "高"],
                    ["接种门诊客户端自动升级", 8, 7, 8, 77, "高"], ["运维报表自动生成", 6, 7, 9, 71, "中"], ["知识库对接服务热线", 5, 6, 9, 64, "低"]]),
         ("p", "按加权得分排序，经中心主任办公会批准前三项实施。    批准：%s" % co.boss)]
    return Doc("improve_eval", "改进机会评估表", d, ["67/analysis", "67/prioritisation"], True, b)


def improve_track(co, d, measured):
    rows = [["直报接口中断自动告警", "发现时间≤5分钟", "告警脚本已上线", (d - timedelta(days=80)).isoformat(), "实测平均2分钟，有效" if measured else "",
             "已在管理评审报告"],
            ["接种门诊客户端自动升级", "升级报障减少60%", "完成%d家接种门诊" % co.rng.randint(300, 900), (d - timedelta(days=15)).isoformat(),
             "升级报障下降71%，有效" if measured else "", "已报告"]]
    items = ["68/implementation"] + (["68/effectiveness"] if measured else [])
    return book("improve_track", "改进项目实施跟踪表（%d年）" % d.year, d, True, [
        ("跟踪", ["改进项目", "改进目标", "实施情况", "完成日期", "效果测量", "报告情况"], rows, items)], form=form_no(co, 33))


def awareness(co, d):
    rows = [[i + 1, co.p(i), "信息管理科", "已签"] for i in range(6)] + [[7, co.vp(0), "外包驻场", "已签"], [8, co.vp(1), "外包驻场", "已签"]]
    return book("awareness", "“持续改进 服务提升”宣贯培训签到及考核记录", d, True, [
        ("签到", ["序号", "姓名", "部门", "签到"], rows, ["69/awareness-training"]),
        ("培训信息", ["项目", "内容"], [["时间", when(co, d)], ["授课人", co.p(0)],
                                       ["内容", "持续服务改进的意义、改进机会的提出和登记方式、科室优秀改进案例"],
                                       ["考核", "平均分%d分" % co.rng.randint(85, 96)]], [])], form=form_no(co, 35))


def defects(co, d):
    p = Draft("%d年信息系统运行问题复盘及改进报告" % d.year).top(("p", "信息管理科    %s" % when(co, d)))
    p.sec("重大事件", ["%d月国家平台接口证书过期，全省接种个案上传中断3小时，原因是证书到期未预警。" % co.rng.randint(2, 9)])
    p.sec("失败变更", ["2次升级回退，均因测试环境与生产配置不一致。"])
    p.sec("服务不达标", ["流感高发期%s可用率99.82%%，未达99.9%%的承诺。" % co.sys(1)])
    p.sec("改进计划", ["建立证书到期预警；测试环境配置同步；高发期前扩容。"])
    p.items.append("70/defect-analysis")
    return p.doc("defects", d, True)


def year_report(co, d, data, forecast):
    p = Draft("信息管理科%d年度工作总结" % (d.year - 1)).top(("p", "%s" % when(co, d)))
    p.sec("全年工作回顾", ["完成%s升级改造、%s等级保护测评、全省疾控网络安全攻防演练防守，全年无一级事件。" % (co.sys(1), co.sys(0))])
    p.sec("运维数据汇总", [("table", [["指标", "全年"], ["异常报告及时率", "98.3%"], ["异常漏报率", "0.6%"], ["维护作业计划及时完成率", "97.5%"],
                                      ["故障隐患发现率", "89%"], ["异常主动发现率", "86%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                      ["加固设备覆盖率", "96%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(15, 50)]])],
          ["56/data"], data)
    p.sec("服务数据分析及预测", ["汇总全年日志、变更、事件、服务请求和问题数据：事件数同比下降16%，服务请求上升28%（主要为直报和接种账号），"
                                 "变更集中在流感季前和年底；预测下年度服务请求将继续增长约20%，预警平台上线后接口类事件增加，需增加服务台人力并推广账号自助解锁。"],
          ["71/forecast"], forecast)
    p.sec("存在的问题", ["人员少、任务重，专业安全人员不足。"])
    p.sec("下年度工作思路", ["推进传染病多点触发监测预警平台建设，完成异地备份。"])
    return p.doc("year_report", d, True)


# ------------------------------------------------------------------------------ real documents that prove nothing, decoys

def work_plan(co, d):
    b = [("title", "信息管理科%d年工作计划" % d.year), ("p", "%s" % when(co, d)),
         ("p", "一、推进全民健康信息平台疾控子平台建设。"), ("p", "二、完成%s等级保护测评和整改。" % co.sys(1)),
         ("p", "三、开发直报接口监控工具，提升运维自动化水平。"), ("p", "四、组织全省疾控信息化培训两期。"),
         ("p", "五、做好流感高发期、春节等重要时段信息系统保障。")]
    return Doc("work_plan", "年度工作计划", d, [], True, b)


def season_plan(co, d, what):
    b = [("title", "%s期间信息系统保障工作方案" % what), ("p", "信息管理科    %s" % when(co, d)),
         ("p", "保障期间实行科长带班、24小时值守，暂停非紧急变更；每日8:30、17:00检查直报平台、免疫规划信息系统和视频会商系统运行情况，"
               "异常情况立即报告分管副主任。"),
         ("table", [["日期", "带班", "值班", "驻场"]] + [[(d + timedelta(days=i)).isoformat(), co.p(0), co.p(1 + i % 4), co.vp(i % 3)] for i in range(5)])]
    return Doc("season_plan", "保障方案", d, [], True, b)


def vc_log(co, d):
    rows = [[(d - timedelta(days=6 * i)).isoformat(), co.rng.choice(["全省疫情形势会商", "国家疾控局视频调度会", "流感防控视频培训", "全省免疫规划工作会"]),
             "%d个" % co.rng.randint(14, 120), co.rng.choice([co.p(4), co.vp(2)]), "正常"] for i in range(8)]
    return book("vc_log", "视频会商保障登记表（%d年）" % d.year, d, True, [("登记", ["日期", "会议名称", "接入会场", "保障人", "效果"], rows, [])])


def doc_register(co, d, names):
    rows = [[i + 1, c, n, "第%d版" % co.rng.randint(1, 6), (d - timedelta(days=40 * i)).isoformat(), "XXK-%02d" % co.rng.randint(1, 12)]
            for i, (c, n) in enumerate(names, 1)]
    return Doc("register", "受控文件清单", d, [], True,
               sheets=[("清单", [["受控文件清单（信息管理科）"], ["序号", "文件编号", "文件名称", "版本", "发放日期", "分发号"]] + rows)],
               decoy="list of document names")


def signin(co, d, what):
    rows = [[i + 1, co.p(i), "信息管理科", ""] for i in range(6)] + [[7, co.vp(0), "外包驻场", ""]]
    return Doc("signin", "学习签到表", d, [], True, sheets=[("签到", [["《%s》宣贯培训签到表" % what], ["时间：%s    地点：信息管理科会议室" % when(co, d)],
                                                                     ["序号", "姓名", "部门", "签名"]] + rows)],
               decoy="sign-in about a plan or procedure")


def doc_control(co, d, cites):
    b = [("title", "文件控制程序")] + ctl(co, d, "%s-CX-01" % co.ap["code"], co.ap["ed"]) + [
        ("h1", "1 目的"), ("p", "对管理体系文件的编制、审核、批准、发放、修订和作废进行控制。"),
        ("h1", "2 范围"), ("p", "适用于质量手册、程序文件、作业指导书和记录表格。"),
        ("h1", "3 受控文件目录（信息化部分）")] + [("p", "《%s》" % c) for c in cites] + [
        ("h1", "4 作废"), ("p", "作废文件加盖“作废”章，从使用场所撤回，留存的标识“作废保留”。")]
    return Doc("doc_control", "文件控制程序", d, [], False, b, decoy="procedure citing other procedures")


def mr_procedure(co, d):
    b = [("title", "管理评审程序")] + ctl(co, d, "%s-CX-21" % co.ap["code"], co.ap["ed"]) + [
        ("h1", "1 目的"), ("p", "规定管理评审的策划、输入、实施和输出。"),
        ("h1", "2 评审输入"), ("p", "评审输入包括：政策和程序的适用性、内外部审核结果、纠正措施、客户反馈和投诉、工作量和类型的变化、资源、改进建议。"),
        ("h1", "3 评审输出"), ("p", "形成管理评审报告，经主任批准后发布。")]
    return Doc("mr_procedure", "管理评审程序", d, [], False, b, decoy="procedure, not the review record")


def data_procedure(co, d):
    b = [("title", "数据信息管理程序")] + ctl(co, d, "%s-CX-16" % co.ap["code"], co.ap["ed"]) + [
        ("h1", "1 目的"), ("p", "保证检验检测数据和信息的完整性、保密性和可用性。"),
        ("h1", "2 范围"), ("p", "适用于实验室信息管理系统（LIMS）及检测仪器工作站的数据采集、处理、记录、报告、存储和检索。"),
        ("h1", "3 工作程序"), ("p", "3.1 LIMS使用前进行确认，软件升级后重新确认；3.2 数据修改保留痕迹；3.3 用户权限按岗位授权；"
                                   "3.4 检测数据每日备份，原始记录保存6年。")]
    return Doc("data_procedure", "数据信息管理程序", d, [], False, b)


def lab_manual(co, d):
    b = [("p", co.ap["center"]), ("title", "质量手册"), ("p", "第%d版    依据%s编制" % (co.ap["ed"], co.ap["lab"])),
         ("p", "受控号：ZL-%02d    %s发布" % (co.rng.randint(1, 30), cnd(d))), ("break",),
         ("h1", "目录"), ("p", "1 概述  2 术语  3 管理体系  4.1 机构  4.2 人员  4.3 场所环境  4.4 设备设施  4.5 管理体系要素"),
         ("h1", "3 管理体系"), ("p", "中心按照策划—实施—检查—处置的方式建立、实施和保持检验检测管理体系，确保检测结果准确可靠。"),
         ("h1", "4.5.16 数据信息管理"), ("p", "按《数据信息管理程序》对检验检测数据进行控制。"),
         ("h1", "4.5.20 结果有效性"), ("p", "通过能力验证、人员比对、留样复测监控结果有效性。")]
    return Doc("lab_manual", "质量手册（检验检测）", d, [], False, b)


def cma_cert(co, d):
    b = [("title", "检验检测机构资质认定证书"), ("p", "证书编号：%d%08d" % (d.year % 100, co.rng.randint(10 ** 7, 10 ** 8 - 1))),
         ("p", "名称：%s" % co.ap["center"]), ("p", "检验检测能力及授权签字人见证书附表。"),
         ("p", "发证日期：%s    有效期至：%d年%d月%d日" % (cnd(d), d.year + 6, d.month, d.day))]
    return Doc("cma_cert", "资质认定证书", d, [], False, b)


UNREL = [
    ("健康教育", "关于开展全民健康生活方式宣传月活动的通知", "各科所：结合世界卫生日，组织开展合理膳食、控烟限酒宣传进社区活动。"),
    ("爱国卫生", "病媒生物防制技术培训班通知", "定于下月举办全省病媒生物监测与防制技术培训班，请各市州选派1名技术人员参加。"),
    ("工会", "职工健步走活动报名表", "以科所为单位报名，每队不少于10人。"),
    ("后勤", "关于职工食堂就餐管理的通知", "自下月起实行刷卡就餐，外来人员须登记。"),
    ("办公室", "公务用车使用管理规定", "公务用车实行统一调度，严禁公车私用。"),
    ("科研", "省级科研课题申报指南", "围绕重点传染病防控、慢病监测和营养健康设置申报方向。"),
]


def unrelated(co, d, i):
    folder, t, p = UNREL[i]
    return folder, t, Doc("unrelated", t, d, [], False, [("title", t), ("p", when(co, d)), ("p", p)], decoy="unrelated")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ the share

OPTIONAL = ["fee", "history", "svc", "ola", "sld", "kpis", "roster", "roles", "interface", "compat", "req", "baseline", "collect", "kb",
            "pt_plan", "pt", "dev", "grading", "guide", "bcp", "rdrill", "drill", "trend", "callbacks", "desk_train", "prev", "iplan",
            "itrack", "ieval", "aware", "ia", "mr", "defects", "secstats", "logaudit", "aplan", "outage", "kpi", "capa", "ci", "cmdb",
            "assets", "drplan", "upgrade", "hw", "health"]
STALE_POOL = ["svc", "pt", "trend", "callbacks", "kb", "ia", "drill", "rdrill", "aware", "collect", "desk_train", "ci", "secstats",
              "defects", "logaudit", "kpi", "capa", "ieval", "prev", "outage", "hw", "itrack", "compat", "req"]


def build(co, lock_bytes):
    """Lay out an AP share: 中心发文/<year>/, 体系文件/第N版/, 信息管理科/<year>/..., 信息管理科/网络安全/, 信息管理科/应急管理/,
    技术服务/<市疾控>/, 外包运维/<vendor>/, 质量管理科/, 办公室/会议纪要/, 应急办/, 共享/, 个人/, a NAS #recycle."""
    info = AP_INFO[getattr(co, "info_id", co.id)]
    co.ap = info
    co.ap_no = {}
    r = co.rng
    co.ap_hot = "%s%04d" % (info["hot"], r.randint(1000, 9999))
    gaps = set(info["never"]) | {k for k in OPTIONAL if r.random() < 0.07}
    pool = sorted(set(STALE_POOL) - gaps - set(info["stale"]))
    olds = (set(info["stale"]) - gaps) | set(r.sample(pool, r.randint(2, 3)))
    co.gaps, co.oldonly = gaps, olds
    made = []
    C = info["center"]
    ED = "体系文件/第%d版/" % info["ed"]
    XX = "信息管理科/"
    AQ = XX + "网络安全/"
    YJ = XX + "应急管理/"
    KH = "技术服务/%s/" % info["cust"]
    WB = "外包运维/%s/" % co.vendor.replace("有限公司", "")
    ZL = "质量管理科/"
    BG = "办公室/会议纪要/"

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.45)
        opt.setdefault("styled", r.random() < 0.65)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxk", "信息管理科", "User"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            n = 1
            while "%s(%d).%s" % (base, n, ext) in co.used:
                n += 1
            rel = "%s(%d).%s" % (base, n, ext)
        co.add(rel, doc, **opt)
        return rel

    def slot(k, name, factory, age="record", ghost=None, **opt):
        if k in gaps:
            if ghost:
                ghost()
            return None
        if isinstance(age, date):
            d = age
        else:
            d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        put(name(d), doc, **opt)
        if doc.items and doc.record and k not in olds:
            made.append((name, factory, d))
        return doc

    def yr(d):
        return "%d年/" % d.year

    scan = {"creator": r.choice(["Canon iR-ADV C5560 (OCR)", "RICOH MP 4055 Scan", "扫描全能王"]), "author": "scanner", "styled": False}
    wps = {"creator": "WPS 文字"}

    # --- 制度: 办法 by 红头, 程序文件, a bundle notice, the 汇编 and the 质量手册 分册
    keys = [k for k in PROCS if r.random() >= 0.05]
    forms = {k: (PROCS[k][2] or r.choice(["fa", "cx", "cx"])) for k in keys}
    fa_keys = [k for k in keys if forms[k] == "fa"]
    bundled = sorted(r.sample(fa_keys, min(len(fa_keys), r.randint(2, 3))), key=list(PROCS).index) if len(fa_keys) >= 2 else []
    if bundled:
        d = co.issued()
        doc = bundle_notice(co, d, bundled)
        put("中心发文/%s%s 关于印发信息化管理制度的通知.pdf" % (yr(d), doc.ap_code), doc, **(scan if r.random() < 0.5 else wps))
    shuffled = list(keys)
    r.shuffle(shuffled)
    in_book = sorted(shuffled[:r.randint(3, 6)], key=list(PROCS).index)
    d = co.issued()
    put(XX + "制度汇编/%s信息化管理制度及程序文件汇编（%d年版）.%s" % (C, d.year, r.choice(["pdf", "docx"])), compilation(co, d, in_book, forms), **wps)
    cx_keys = [k for k in keys if forms[k] == "cx"]
    in_manual = sorted(r.sample(cx_keys, min(len(cx_keys), r.randint(2, 4))), key=list(PROCS).index)
    d = co.issued()
    put(ED + "质量手册/%s-QM-XX 信息化运维服务管理分册（第%d版）.pdf" % (info["code"], info["ed"]),
        manual(co, d, in_manual, r.random() < 0.85, r.random() < 0.6, r.random() < 0.8))
    for k in keys:
        if k in bundled or ((k in in_book or k in in_manual) and r.random() < 0.6):
            continue
        d = co.issued()
        doc = proc_doc(co, d, k, forms[k], drop_optional=r.random() < 0.25)
        name = proc_name(k, forms[k])
        if forms[k] == "fa":
            nm = r.choice(["%s 关于印发《%s%s》的通知" % (doc.ap_code, C, name), "关于印发%s的通知" % name, "%s（%s）" % (name, doc.ap_code)])
            ext = r.choice(["pdf", "docx", "pdf"])
            put("中心发文/%s%s.%s" % (yr(d), nm, ext), doc, **(scan if ext == "pdf" and r.random() < 0.5 else {}))
        else:
            put(ED + "程序文件/%s %s.%s" % (doc.ap_code, name, r.choice(["docx", "docx", "pdf"])), doc)
    # the 中心's laboratory 体系 documents
    d = co.issued()
    put(ED + "质量手册/质量手册（第%d版）.pdf" % info["ed"], lab_manual(co, d), **wps)
    d = co.issued()
    put(ED + "程序文件/%s-CX-16 数据信息管理程序.docx" % info["code"], data_procedure(co, d))
    if r.random() < 0.7:
        d = co.issued()
        put(ED + "程序文件/%s-CX-21 管理评审程序.docx" % info["code"], mr_procedure(co, d))
    d = co.issued()
    put(ED + "程序文件/%s-CX-01 文件控制程序.docx" % info["code"], doc_control(co, d, [proc_name(k, forms[k]) for k in keys[:6]]))
    d = co.issued()
    put(ZL + "资质认定/检验检测机构资质认定证书（%d）.pdf" % d.year, cma_cert(co, d), **scan)

    # 作业指导书, some bound in a 汇编
    sk = list(SOPS)
    bound = sorted(r.sample(sk, r.randint(2, 4)), key=sk.index)
    d = co.issued()
    put(ED + "作业指导书/信息管理科/信息管理科作业指导书汇编（第%d版）.docx" % info["ed"], sop_book(co, d, bound))
    for k in sk:
        if k not in bound and r.random() < 0.55:
            d = co.issued()
            put(ED + "作业指导书/信息管理科/%s-SOP-XXK-%03d %s.%s" % (info["code"], SOPS[k][1], SOPS[k][0], r.choice(["docx", "pdf"])), sop(co, d, k))

    if r.random() < 0.7:
        d = co.issued()
        put(ED + "作业指导书/信息管理科/%s-SOP-XXK-007 渗透测试作业指导书.docx" % info["code"], pentest_sop(co, d))

    # --- 组织, 人员, 会议
    d = co.issued()
    lg = leading_group(co, d, r.random() < 0.8)
    put("中心发文/%s%s 关于调整中心网络安全和信息化工作领导小组的通知.pdf" % (yr(d), lg.ap_code), lg,
        **(scan if r.random() < 0.5 else {}))
    if r.random() < 0.55:
        d = co.issued()
        put(BG + "党委会/党委会会议纪要%s.docx" % ymd(d), party_minutes(co, d))
    slot("roster", lambda d: XX + "服务管理/运维人员一览表%s.xlsx" % ymd(d), lambda d: roster(co, d, r.random() < 0.85),
         ghost=lambda: put(XX + "服务管理/运维人员一览表（空表）.xlsx", blank_book(co, "运维人员一览表", co.fresh(),
                                                                         ["序号", "姓名", "岗位", "职称", "资格证书", "联系电话"], form_no(co, 2))))
    slot("roles", lambda d: XX + "服务管理/岗位职责及运维角色清单.xlsx", lambda d: roles(co, d), "issued")
    iv_min, desk_min = r.random() < 0.35, r.random() < 0.3
    if not iv_min:
        slot("interface", lambda d: "中心发文/%s关于明确网络安全管理联络员的通知.docx" % yr(d), lambda d: interface_notice(co, d), "issued")
    if not desk_min:
        d = co.issued()
        put("中心发文/%s关于开通信息化服务热线的通知.pdf" % yr(d), hotline_notice(co, d), **scan)
    slot("desk_train", lambda d: XX + "培训/%s服务台人员培训及考核记录.xlsx" % ymd(d), lambda d: desk_training(co, d))
    months = sorted(r.sample(range(2, 12), 3))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 26))
        n = m * 2 + i + r.randint(0, 2)
        if i == 0:
            t = ["epi"] + (["interface"] if iv_min and "interface" not in gaps else []) + (["desk"] if desk_min else [])
        elif i == 1:
            t = ["buy"] + (["improve"] if r.random() < 0.5 else [])
        else:
            t = ["epi", "guard"]
        put(BG + "主任办公会/%d年/主任办公会纪要〔%d〕第%d期.%s" % (d.year, d.year, n, r.choice(["docx", "pdf"])), office_minutes(co, d, n, t))

    # --- 服务设计 and the 外包
    d = co.issued()
    parts = r.choice([("base", "l2", "l1")] * 4 + [("base", "l2"), ("base",), ("base", "l1")])
    put(KH + "02技术服务协议/附件1.xlsx" if r.random() < 0.4 else XX + "服务管理/信息化技术服务目录（%d版）.xlsx" % d.year, catalog(co, d, parts))
    if "sld" in gaps:
        d = co.issued()
        put(WB + "合同/信息系统运维服务外包合同（盖章版）.pdf", vendor_contract(co, d, False), **scan)
    else:
        slot("sld", lambda d: WB + "合同/信息系统运维服务外包合同（盖章版）.pdf", lambda d: vendor_contract(co, d, True), "issued", **scan)
    slot("ola", lambda d: XX + "服务管理/信息管理科内部运营级别约定.docx", lambda d: ola(co, d), "issued")
    slot("kpis", lambda d: XX + "服务管理/重点信息系统可用性指标清单.xlsx", lambda d: avail_kpis(co, d), "issued",
         ghost=lambda: put("个人/%s/可用性指标（讨论稿）.xlsx" % co.p(2), void(avail_kpis(co, co.fresh()), "draft", "（讨论稿）")))
    slot("svc", lambda d: XX + "%s以往运维服务方案影响分析.docx" % yr(d), lambda d: svc_review(co, d, r.random() < 0.85))
    slot("dev", lambda d: XX + "%d年度信息化运维工具自主开发计划.docx" % d.year, lambda d: dev_plan(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(WB + "月报/%s%s运维服务月报%d年%d月.docx" % (yr(d), co.vendor[:4], d.year, d.month), vendor_monthly(co, d, r.random() < 0.5))
    d = co.fresh()
    put(WB + "考核/%d年%d月考核评分表.xlsx" % (d.year, d.month), vendor_score(co, d))

    # --- 技术服务/<市疾控>/
    # 运维前: the survey, the 对接会, the 经费测算 and the history analysis, then the 协议
    d0 = date(2023, 4, 1) + timedelta(days=r.randint(0, 700))
    put(KH + "01需求调研/%s信息系统运维服务需求调研报告.docx" % info["cust"], survey(co, d0, r.random() < 0.9, r.random() < 0.88))
    d1 = d0 + timedelta(days=r.randint(7, 40))
    put(KH + "01需求调研/%s技术服务对接会纪要.%s" % (ymd(d1), r.choice(["docx", "pdf"])), meeting(co, d1, r.random() < 0.9))
    slot("fee", lambda d: KH + "01需求调研/%d年度技术服务经费测算表.xlsx" % (d.year + (1 if d.month >= 10 else 0)),
         lambda d: fee_sheet(co, d), d1 + timedelta(days=r.randint(5, 30)))
    on = [x for x in ("list", "analysis", "strategy") if r.random() < 0.88]
    slot("history", lambda d: KH + "01需求调研/运维移交历史运行数据分析及保障方案.docx", lambda d: history(co, d, on),
         d0 - timedelta(days=r.randint(5, 30)))
    d = d1 + timedelta(days=r.randint(30, 90))
    put(KH + "02技术服务协议/信息系统运维技术服务协议（%s）双方盖章.pdf" % info["cust"],
        agreement(co, d, r.random() < 0.88, r.random() < 0.88, r.random() < 0.8), **(scan if r.random() < 0.6 else {}))
    if r.random() < 0.6:
        d = co.fresh()
        lt = renewal_letter(co, d)
        put(KH + "02技术服务协议/%s 关于商请续签信息系统运维技术服务协议的函.pdf" % lt.ap_code, lt, **scan)
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: KH + "03健康检查/%d年第%d季度健康检查报告.%s" % (d.year, qtr(d), r.choice(["docx", "pdf"])),
             lambda d: health_check(co, d, info["cust"], r.random() < 0.4, r.random() < 0.85))
    for unit in info["others"]:
        if r.random() < 0.4:
            d = co.fresh()
            put("技术服务/市州巡检/%s/%d年第%d季度健康检查报告.docx" % (unit, d.year, qtr(d)), health_check(co, d, unit, False, r.random() < 0.7))
    d = co.fresh()
    put("共享/预算/%d年部门预算项目申报书（信息化运维）.xlsx" % (d.year + 1), budget_form(co, d))
    for d, h in [(date(2025, 7, 6), "上半年"), (date(2026, 1, 12), "下半年"), (date(2026, 7, 8), "上半年")]:
        if r.random() < 0.8:
            d = d + timedelta(days=r.randint(0, 15))
            put(KH + "04满意度/%d年%s信息化服务满意度调查报告.%s" % (d.year if h == "上半年" else d.year - 1, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("trend", lambda d: KH + "04满意度/满意度趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: KH + "04满意度/回访记录表%d.xlsx" % d.year, lambda d: callbacks(co, d))
    d = co.fresh()
    put(ZL + "客户满意度/%d年度检验检测客户满意度调查报告.docx" % d.year, lab_csat(co, d))

    # --- 信息管理科 运维记录
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        kinds = [k for k in ("env", "dev", "av", "maint", "fault", "up") if r.random() < 0.75] or ["env"]
        put(XX + "%s运维记录/机房巡检/%d年%02d月 机房及网络安全设备巡检记录.xlsx" % (yr(d), d.year, d.month), inspection_book(co, d, kinds))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(XX + "%s运维记录/值班记录/值班记录扫描%s.pdf" % (yr(d), ymd(d)), duty_scan(co, d, r.random() < 0.6), **scan)
    d = co.fresh()
    put("办公室/总值班/%d年%d月总值班记录.pdf" % (d.year, d.month), general_duty(co, d), **scan)
    slot("hw", lambda d: XX + "%s运维记录/网络安全设备硬件故障统计表.xlsx" % yr(d), lambda d: hw_stats(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(XX + "%s运维记录/变更管理/变更单导出_%s.xlsx" % (yr(d), ymd(d)), change_export(co, d, r.random() < 0.85))
    if r.random() < 0.75:
        d = co.fresh()
        put(XX + "%s运维记录/变更管理/扫描件%03d.pdf" % (yr(d), r.randint(1, 120)), change_form(co, d, r.random() < 0.8), **scan)
    for i in range(2):
        d = co.fresh()
        put(XX + "%s运维记录/工单/工单导出_%d%02d.xlsx" % (yr(d), d.year, d.month), tickets(co, d, r.random() < 0.75))
    for m in sorted(r.sample(range(2, 12), r.randint(2, 3))):
        d = date(2026, m, r.randint(3, 12))
        put(XX + "2026年/运行月报/%d年%d月信息系统运行情况月报.%s" % (2026, m - 1, r.choice(["docx", "pdf", "docx"])),
            ops_monthly(co, d, r.random() < 0.8, r.random() < 0.4, r.random() < 0.5))
    slot("aplan", lambda d: XX + "可用性管理/%d年重点信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))
    slot("outage", lambda d: XX + "可用性管理/信息系统服务中断登记表（%d年）.xlsx" % d.year, lambda d: outage_book(co, d))
    slot("kb", lambda d: XX + "知识库/知识库导出_%s.xlsx" % ymd(d), lambda d: kb_export(co, d))
    slot("assets", lambda d: XX + "配置管理/信息化设备资产台账_%s.xlsx" % ymd(d), lambda d: asset_book(co, d))
    d = co.fresh()
    put("共享/设备科/仪器设备一览表%d.xlsx" % d.year, instruments(co, d))
    relc = r.random() < 0.75
    slot("cmdb", lambda d: XX + "配置管理/配置库导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc),
         ghost=lambda: put(XX + "配置管理/配置库导出_%s.xlsx" % ymd(co.fresh()),
                           book("cmdb", "%s配置库导出" % info["itsm"], co.fresh(), True,
                                [("配置项", ["配置项编号", "名称", "类型", "版本", "责任人"], [], ["27/cmdb"])])))
    slot("ci", lambda d: XX + "配置管理/配置项变更维护记录%d.xlsx" % d.year, lambda d: ci_changes(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.88] or ["status"]
    slot("collect", lambda d: AQ + "%s安全信息采集记录.xlsx" % yr(d), lambda d: collect_sheet(co, d, which))
    slot("baseline", lambda d: AQ + "安全基线/信息系统安全配置基线.xlsx", lambda d: baseline(co, d), "issued")

    # --- 项目: 升级改造
    P = XX + "项目/%s升级改造/" % co.sys(1)
    slot("req", lambda d: P + "需求分析记录（签字版）.pdf", lambda d: requirements(co, d), **scan)
    slot("upgrade", lambda d: P + "%s升级改造实施方案.docx" % co.sys(1), lambda d: upgrade_plan(co, d, r.random() < 0.85, r.random() < 0.85),
         ghost=lambda: put(P + "升级改造实施方案（初稿）.docx", void(upgrade_plan(co, co.fresh(), True, True), "draft", "（初稿）")))
    slot("compat", lambda d: P + "兼容性测试报告.docx", lambda d: compat(co, d))
    if r.random() < 0.6:
        d = co.issued()
        put(ZL + "LIMS/实验室信息管理系统确认报告.pdf", lims_validation(co, d), **scan)

    # --- 网络安全
    for i in range(r.randint(1, 2)):
        slot("logaudit", lambda d: AQ + "%s日志审计/%d年第%d季度日志审计分析报告.%s" % (yr(d), d.year, qtr(d), r.choice(["docx", "pdf"])),
             lambda d: log_audit(co, d))
    if r.random() < 0.5:
        d = co.fresh()
        put(AQ + "%s日志审计/审计周报%s.txt" % (yr(d), ymd(d)), log_audit(co, d, True), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        put(AQ + "%s预警通报/网络安全预警通报第%d期.%s" % (yr(d), n, r.choice(["docx", "pdf", "docx"])), warning_notice(co, d, n, r.random() < 0.7))
    for subj in r.sample(["关于开展2026年卫生健康行业网络安全攻防演练的通知", "关于加强医疗卫生机构个人信息保护工作的通知",
                          "关于做好网络安全等级保护测评工作的通知", "关于报送网络安全联络员信息的通知"], 2):
        d = co.fresh()
        put("中心发文/%s关于转发省卫健委%s.pdf" % (yr(d), subj[2:]), forward_notice(co, d, subj), **scan)
    slot("secstats", lambda d: AQ + "%s网络安全事件统计分析表.xlsx" % yr(d), lambda d: sec_stats(co, d, r.random() < 0.8))
    slot("pt_plan", lambda d: AQ + "渗透测试/%d年度渗透测试工作计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pt", lambda d: AQ + "渗透测试/%s%s渗透测试报告.pdf" % (ymd(d), co.sys(1)), lambda d: pentest_report(co, d))
    d = co.fresh()
    put(AQ + "攻防演练/%d年攻防演练防守工作总结.docx" % d.year, hw_summary(co, d))
    gk = r.choice(["report", "test"])
    slot("grading", lambda d: AQ + "等级保护/%s.pdf" % ("%s定级报告" % co.sys(0) if gk == "report" else "%s等保测评报告（摘要）" % co.sys(1)),
         lambda d: grading(co, d, gk), "issued", **scan)
    slot("guide", lambda d: AQ + "等级保护/定级工作指引.docx", lambda d: grading_guide(co, d), "issued")
    if r.random() < 0.7:
        d = co.fresh()
        put(AQ + "等级保护/等保测评问题整改台账.xlsx", rectify_ledger(co, d))
    d = co.fresh()
    put(AQ + "个人信息保护/%s个人信息保护影响评估报告.docx" % co.sys(0), pi_protect(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put("共享/传防所/%d年%d月传染病报告质量分析.%s" % (d.year, d.month, r.choice(["docx", "pdf"])), data_quality(co, d))

    # --- 应急
    d = co.issued()
    put(YJ + "预案/%s网络安全事件应急预案（%d年修订）.%s" % (C, d.year, r.choice(["docx", "pdf"])), emergency_plan(co, d, r.random() < 0.6, r.random() < 0.45))
    if r.random() < 0.6:
        d = co.issued()
        put(YJ + "预案/传染病网络直报系统中断应急预案.docx", report_plan(co, d, r.random() < 0.5))
    slot("drplan", lambda d: YJ + "预案/%s数据备份与灾难恢复计划.docx" % co.sys(0), lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: YJ + "疾控信息系统业务连续性计划.pdf", lambda d: bcp(co, d), "issued",
         ghost=lambda: put("个人/%s/业务连续性计划（征求意见稿）.docx" % co.p(0), void(bcp(co, co.fresh()), "draft (征求意见稿)", "（征求意见稿）")))
    if r.random() < 0.3:
        slot("drill", lambda d: "个人/%s/新建 Microsoft Word 文档 (%d).docx" % (co.p(1), r.randint(2, 6)), lambda d: drill(co, d, "sec"))
    else:
        slot("drill", lambda d: YJ + "演练/%d/%s网络安全应急演练记录.docx" % (d.year, ymd(d)), lambda d: drill(co, d, "sec"),
             ghost=lambda: put(YJ + "演练/%d网络安全应急演练方案.docx" % date(2026, 1, 1).year, drill_scheme(co, co.fresh())))
    slot("rdrill", lambda d: YJ + "演练/%d/%s数据库备份恢复演练记录.pdf" % (d.year, ymd(d)), lambda d: drill(co, d, "rec"), **scan)
    d = co.fresh()
    put("应急办/演练/%d年突发公共卫生事件应急处置桌面推演总结.docx" % d.year, ph_tabletop(co, d))
    if r.random() < 0.6:
        d = co.fresh()
        put(YJ + "演练/%d年网络安全应急演练方案.docx" % d.year, drill_scheme(co, d))

    # --- 监视测量、审核、评审、改进
    kname = (lambda d: XX + "质量目标/Book%d.xlsx" % r.randint(1, 3)) if r.random() < 0.25 else \
        (lambda d: XX + "质量目标/信息化运维服务质量目标完成情况统计表%d.xlsx" % d.year)
    slot("kpi", kname, lambda d: kpi_watch(co, d),
         ghost=lambda: put(ED + "记录表格/信息管理科/JL-XXK-031 质量目标完成情况统计表（空表）.xlsx",
                           blank_book(co, "信息化运维服务质量目标完成情况统计表", co.fresh(), ["质量目标", "目标值", "实际完成", "达成情况", "措施"],
                                      form_no(co, 31))))
    d = co.fresh()
    put(ZL + "质量目标/%d年度质量目标考核统计表.xlsx" % d.year, lab_targets(co, d))
    slot("capa", lambda d: XX + "质量目标/纠正措施记录表JZ-%s.pdf" % ymd(d), lambda d: capa(co, d, r.random() < 0.8), **scan)
    slot("prev", lambda d: XX + "质量目标/预防措施及有效性验证记录%d.xlsx" % d.year, lambda d: preventive_check(co, d))
    slot("ia", lambda d: ZL + "内审/%d/%d年度信息化运维服务专项内部审核报告.docx" % (d.year, d.year), lambda d: it_audit(co, d),
         ghost=lambda: put(ZL + "内审/信息化运维服务内审检查表（空白）.docx",
                           blank_paper("信息化运维服务内部审核检查表", co.fresh(), ["服务级别管理", "事件管理", "变更管理", "配置管理", "审核结论"])))
    d = co.fresh()
    put(ZL + "内审/%d/%d年度内部审核报告.pdf" % (d.year, d.year), center_audit(co, d, r.random() < 0.4), **wps)
    d = co.fresh()
    put(ZL + "内审/%d/%d年度内部审核计划.docx" % (d.year, d.year), audit_plan(co, d))
    inputs = [k for k in ("fb", "res", "ca", "chg", "imp") if r.random() < 0.85]
    it_sec = r.random() < 0.8
    slot("mr", lambda d: ZL + "管理评审/%d年度管理评审报告.docx" % d.year, lambda d: review_report(co, d, it_sec, inputs))
    if r.random() < 0.5:
        d = co.fresh()
        put(ZL + "管理评审/%d年管理评审输入-信息管理科.docx" % d.year, review_input(co, d, [k for k in ("res", "ca", "chg", "imp", "fb") if r.random() < 0.8]))
    slot("iplan", lambda d: XX + "持续改进/%d年度信息化运维服务持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8),
         ghost=lambda: put("个人/%s/%d年持续改进计划（讨论稿）.docx" % (co.p(3), 2026), void(improve_plan(co, co.fresh(), True), "draft", "（讨论稿）")))
    slot("ieval", lambda d: XX + "持续改进/改进机会评估表_%s.pdf" % ymd(d), lambda d: improve_eval(co, d), **scan)
    slot("itrack", lambda d: XX + "持续改进/改进项目实施跟踪表%d.xlsx" % d.year, lambda d: improve_track(co, d, r.random() < 0.85))
    slot("aware", lambda d: XX + "培训/%s持续改进宣贯培训签到.xlsx" % ymd(d), lambda d: awareness(co, d))
    slot("defects", lambda d: XX + "%s信息系统运行问题复盘及改进报告.docx" % yr(d), lambda d: defects(co, d))
    d = date(2026, 1, r.randint(8, 28))
    put(XX + "工作总结/信息管理科2025年度工作总结%s.docx" % r.choice(["", "（定稿）", "final"]), year_report(co, d, r.random() < 0.6, r.random() < 0.55))
    if r.random() < 0.6:
        d = date(2025, 1, r.randint(8, 28))
        put(XX + "工作总结/信息管理科2024年度工作总结.docx", year_report(co, d, True, True))
    d = date(2026, r.randint(1, 2), r.randint(5, 25))
    put(XX + "工作总结/信息管理科2026年工作计划.docx", work_plan(co, d))

    # --- 保障 and 视频会商: real documents that prove nothing
    for what, m in (("2026年春节及流感高发期", 1), ("2026年国庆", 9)):
        if r.random() < 0.8:
            d = date(2026, m, r.randint(10, 24))
            put(XX + "2026年/重要时段保障/%s期间信息系统保障工作方案.docx" % what, season_plan(co, d, what))
    d = co.fresh()
    put(XX + "%s视频会商/视频会商保障登记表.xlsx" % yr(d), vc_log(co, d))

    archive(co, made, put)
    decoys(co, lock_bytes, put, keys, forms, XX, AQ, YJ, KH, ED, ZL)


def archive(co, made, put):
    """Last year's copies under 归档/<year>/: genuine, a year older, stale."""
    for name, factory, d in made:
        if co.rng.random() >= 0.15:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        rel = "信息管理科/归档/%d年/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        put(rel, factory(prev))


def decoys(co, lock_bytes, put, keys, forms, XX, AQ, YJ, KH, ED, ZL):
    r = co.rng
    info = co.ap
    JL = ED + "记录表格/信息管理科/"
    # 记录表格 blanks and 模板
    put(JL + "JL-XXK-005 机房及网络安全设备巡检记录表.xlsx",
        blank_book(co, "机房及网络安全设备巡检记录表", co.issued(), ["日期", "设备", "运行状态", "CPU", "内存", "告警", "巡检人"], form_no(co, 5)))
    put(JL + "JL-XXK-011 信息系统变更申请表.docx",
        blank_paper("信息系统变更申请表", co.issued(), ["变更内容", "影响范围", "测试情况", "回退措施", "审批意见", "实施结果"], form_no(co, 11)))
    put(JL + "JL-XXK-030 纠正措施记录表.docx",
        blank_paper("纠正措施记录表", co.issued(), ["不符合来源", "原因分析", "纠正措施", "措施验证"], form_no(co, 30)))
    put(KH + "02技术服务协议/技术服务协议（范本）.docx",
        blank_paper("信息系统运维技术服务协议（范本）", co.fresh(), ["第一条 服务内容", "第二条 运维方式", "第三条 服务级别及核心指标", "第四条 健康检查",
                                                           "第五条 费用与期限"]))
    put(KH + "04满意度/信息化服务满意度调查表（空白）.xlsx",
        blank_book(co, "信息化服务满意度调查表", co.fresh(), ["调查项目", "非常满意", "满意", "一般", "不满意", "意见建议"]))
    # drafts in personal folders
    d = co.fresh()
    put("个人/%s/技术服务协议修订（送审稿）.docx" % co.p(0), void(agreement(co, d, True, True, True), "draft", "（送审稿）"))
    d = date(2026, 1, r.randint(5, 25))
    put("个人/%s/管理评审报告初稿.docx" % co.p(3), void(review_report(co, d, True, ["fb", "res", "ca", "chg", "imp"]), "draft", "（初稿）"))
    if r.random() < 0.6:
        d = co.fresh()
        put("个人/%s/应急预案修订征求意见稿.docx" % co.p(1), void(emergency_plan(co, d, True, True), "draft (征求意见稿)", "（征求意见稿）"))
    # 作废
    d = date(2020, 9, 14)
    put(ED.replace("第%d版" % info["ed"], "第%d版（作废）" % (info["ed"] - 1)) + "程序文件/%s-CX-34 信息系统问题管理程序（作废）.docx" % info["code"],
        void(proc_doc(co, d, "problem", "cx"), "obsolete", "（作废）"))
    d = date(2021, 5, 10)
    put(YJ + "预案/作废/网络安全事件应急预案（2021版）作废.pdf", void(emergency_plan(co, d, True, True), "obsolete", "（作废）"))
    # NAS recycle bin: copies of real documents
    put("#recycle/%s运维记录/工单/工单导出_%s.xlsx" % (XX, ymd(co.fresh())), void(tickets(co, co.fresh(), True), "recycle bin"))
    put("#recycle/%s演练/网络安全应急演练记录.docx" % YJ, void(drill(co, co.fresh(), "sec"), "recycle bin"))
    if r.random() < 0.5:
        put("#recycle/个人/%s/持续改进计划.docx" % co.p(3), void(improve_plan(co, co.fresh(), True), "recycle bin"))
    # sign-in sheets about 预案 and 程序, a 受控文件清单, the 管理评审 notice
    for what in ("网络安全事件应急预案", "信息系统变更管理程序", "数据安全和个人信息保护管理办法"):
        if r.random() < 0.7:
            d = co.fresh()
            put(XX + "培训/%s《%s》宣贯签到表.xlsx" % (ymd(d), what), signin(co, d, what))
    names = [("%s-CX-%02d" % (info["code"], PROCS[k][1]), proc_name(k, "cx")) for k in keys if forms[k] == "cx"] + \
            [("%s-SOP-XXK-%03d" % (info["code"], SOPS[k][1]), SOPS[k][0]) for k in list(SOPS)[:4]]
    put(ED + "受控文件清单（信息管理科）.xlsx", doc_register(co, co.fresh(), names))
    d = co.fresh()
    put(ZL + "管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    # unrelated
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("共享/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    # a 微信 download copy and a 副本 of real records: they prove what their originals prove
    recs = [(rel, obj) for rel, fmt, obj, _ in co.files if fmt != "raw" and obj.items and obj.record and not rel.startswith("#recycle")
            and (date(2026, 11, 30) - obj.date).days <= 365]
    if recs:
        rel, obj = recs[r.randrange(len(recs))]
        base = rel.rsplit("/", 1)[-1]
        put("个人/%s/WeChat Files/wxid_%s/FileStorage/File/%d-%02d/%s" % (co.p(4), "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10)),
                                                                        obj.date.year, obj.date.month, "%s(1).%s" % tuple(base.rsplit(".", 1)) if r.random() < 0.5 else base),
            obj)
        rel, obj = recs[r.randrange(len(recs))]
        stem, ext = rel.rsplit(".", 1)
        if "%s - 副本.%s" % (stem, ext) not in co.used:
            put("%s - 副本.%s" % (stem, ext), obj)
    # lock files, empty files, an image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith("#recycle")]
    for rel in office[3:120:15]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(r.randint(0, 5))), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw(XX + "2026年/运维记录/值班记录/新建 Microsoft Excel 工作表.xlsx", b"", "empty file")
    raw(AQ + "2026年/日志审计/2026年第4季度日志审计分析报告.docx", b"", "empty file")
    raw(KH + "04满意度/2026年下半年信息化服务满意度调查报告.docx", b"", "empty file")
    raw(XX + "2026年/运维记录/值班记录/扫描件%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
