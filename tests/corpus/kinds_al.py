# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_al.py - style AL: the 信息化处 (信息中心) of an aerospace research institute (航天某研究所).

An author voice for the accuracy corpus, used only by the AL shares, written blind (from the form's
需提供证明材料, kinds.py's Doc API, gen.py and the README's ground-truth conventions; never the rules,
the sources or a score).  The institute holds a 军工 保密资格 and a GJB 9001C 质量管理体系 certificate;
its 信息化处 (also called 信息中心) runs the institute's 非密 办公网 and 互联网 services (协同办公, 门户与
邮件, 物资/ERP) and, under an 信息化运维服务协议, the IT of a sister 总装厂, the form's customer.  The
涉密网 belongs to the 保密办 and is not on this share; an 外协 运维 company has engineers 驻所.

Its people write in the 军工 research-institute way: 所 发文 with 文号 (辰所发〔2026〕N号) and a 密级 mark
(内部 / 非密) above the 红头; the 信息化处's own notices (辰所信〔2026〕N号); GJB 9001C-style 程序文件 with
Q/XXX numbers, 版次 A/0 B/1, 编制/审核/会签/批准 and the chapters 目的和范围 / 职责 / 工作程序 / 相关文件 /
质量记录; 作业指导书 (XXX-ZY-XXH-nn); QR- numbered 记录表格; the 三员 (系统管理员, 安全保密管理员, 安全审计员);
the 运维记录本 kept on paper and scanned (OCR text); 信息化工作季度报告 to the 所领导; 质量问题归零 (技术归零
五条 and 管理归零 五条) for incidents; 质量月; 所务会 and 处务会 纪要; 保密自查自评.  Folders by 室 (综合管理室,
网络运维室, 安全保密室, 应用系统室) and 年度, 所发文件/<year>/, 质量体系文件/, 总装厂服务/<厂>/, 质量归零/,
个人文件夹/<name>/ and a NAS #recycle/.  File names often carry a 【内部】 mark.

Every builder returns a kinds.Doc listing as items only what its own text proves: a part of a document
lends its items only when it is written; a sheet without data rows proves nothing; a record older than a
year keeps its items (record=True) and is stale.  build(co, lock_bytes) lays out the whole share.

Judgement calls of this voice (also in readme.md):
- the scanned 运维记录本 (OCR text) is 44's inspection, 45's monitoring and 14's maintenance only when its
  rows record the network and security devices' state, and 44/45's antivirus only when it has 查杀 rows;
  pages whose rows say only 正常 / 无异常 prove nothing;
- the 网络运维室's 巡检记录 workbook proves each record kind whose sheet has rows (网络及安全设备 44/45/14,
  防病毒 44/45's antivirus, 维护保养 14/44's maintenance, 故障处理 44's faults, 升级 44's upgrades); its
  机房环境 sheet (UPS, 空调) alone proves nothing; only the 硬件故障统计表 is 14's statistics;
- a 质量问题归零报告 of one incident is 57's corrective action and, with its 归零评审 that found the 措施有效,
  66's effectiveness record; it is no defect analysis (70), which is the 年度质量问题及运维缺陷分析 that covers
  major events, failed changes and missed service levels and sets an improvement plan;
- the 信息化工作季度报告 to the 所领导 is 50's monitoring report with its 趋势分析 section, 56's data with its
  ten-indicator table, 18/22's availability report with its 可用率 section; one with none of them proves
  nothing; the 年度工作总结 proves 56 and 71 only with those sections;
- the institute's GJB 9001C certificate covers the 研制生产 of its products, not the IT service: it proves
  nothing; an ISO/IEC 20000-1 certificate whose scope is the 信息化 运维 service is 61's third-party
  certification; the 所's 质量管理体系内部审核报告 is 59's internal audit only when it has the chapter that
  audits the 信息化服务过程 against its standard, the service requirements and the 总装厂's requirements;
- the 所 管理评审报告 is 59's management review only when its 信息化 input reports the execution and
  conformity of the services and processes; each other input it writes is one of 60's;
- the 三员 设置及授权通知, the 保密自查自评报告, the 保密检查通报, the 外协人员保密协议台账, the 型号总装
  节点信息保障方案 and its 值班表, the 周报 and a raw 漏洞扫描 export prove nothing: they are 保密 compliance
  or support work, not the records the form asks for;
- the 领导小组 调整通知 is the org chart (9, 23) and, with the 外协 members in the 执行组, 9's outsourcing;
  the 所务会纪要 that approves it is not; the 处务会纪要 proves each decision it records (the 接口人 28,
  the 信息化服务台 48, the ranked and approved 改进项目 67);
- a signed 信息系统变更申请单 (scanned) that records approval, implementation and verification is 54's change
  record and 43's process record, one still awaiting approval proves nothing; the 变更登记台账 proves them
  when it has rows;
- an 作业指导书 of one module is 24's work instruction and 11's manual, an 汇编 of several one document;
  an 升级改造实施方案 (and the 厂区网络改造实施方案) is 25's test plan only with its 测试验证 section and
  25/11's rollback only with its 回退措施 section;
- the 质量月 持续改进 专题培训 签到及考核 is 69's awareness training, a 程序文件 or 预案 宣贯 签到 a decoy; a
  发文稿纸 (the OA signing sheet) and a 受控文件清单 only cite documents and are decoys.
"""

from datetime import date, timedelta

from kinds import Doc

# per share: 所全称, 所简称, 所发文字, 处发文字, code, 总装厂 short name, 平台 name, 服务台 内线, 上级
AL_INFO = {
    "al1": ("北辰航天电子技术研究所", "北辰所", "辰所发", "辰所信", "BCS", "北辰总装厂", "IT运维服务平台", "6110", "航天某集团公司"),
    "al2": ("天衡航天控制技术研究所", "天衡所", "衡所发", "衡所信", "THK", "天衡精密总装厂", "信息化服务管理系统", "8800", "航天某集团公司"),
    "al3": ("远征航天动力技术研究所", "远征所", "远所发", "远所信", "YZD", "远征动力总装厂", "运维工单系统", "3322", "航天某集团公司"),
    "al4": ("启明航天遥测技术研究所", "启明所", "启所发", "启所信", "QMY", "启明电子装配总厂", "ITSM运维平台", "5120", "航天某集团公司"),
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


def qtr(d):
    return (d.month - 1) // 3 + 1


def any_date(co, d):
    f = co.rng.randint(0, 5)
    if f <= 2:
        return cnd(d)
    if f == 3:
        return d.isoformat()
    if f == 4:
        return "%d.%02d.%02d" % (d.year, d.month, d.day)
    return "%d/%d/%d" % (d.year, d.month, d.day)


def secret_mark(co):
    """The 密级 line every document of the 非密 share carries."""
    return ("p", co.rng.choice(["密级：内部", "密级：内部", "非密", "内部 ★", "密级：非密"]))


class Text:
    """A written document assembled section by section; only written sections lend items.
    Numbering follows the document type: 一、 (公文), 1 / 1.1 (程序文件), 第一章 (办法)."""

    def __init__(self, title, num="cn"):
        self.blocks = [("title", title)]
        self.items = []
        self.num = num
        self.n = 0

    def head(self, *blocks):
        self.blocks += list(blocks)
        return self

    def sec(self, heading, body, items=(), on=True):
        if not on:
            return self
        self.n += 1
        if self.num == "cn":
            h = "%s、%s" % (han(self.n), heading)
        elif self.num == "dig":
            h = "%d %s" % (self.n, heading)
        elif self.num == "tiao":
            h = "第%s条 %s" % (han(self.n), heading)
        else:
            h = "第%s章 %s" % (han(self.n), heading)
        self.blocks.append(("h1", h))
        for i, b in enumerate(body, 1):
            if isinstance(b, tuple):
                self.blocks.append(b)
            elif self.num == "dig" and len(body) > 1:
                self.blocks.append(("p", "%d.%d %s" % (self.n, i, b)))
            else:
                self.blocks.append(("p", b))
        self.items += list(items)
        return self

    def doc(self, kind, d, record, tail=()):
        return Doc(kind, self.blocks[0][1], d, sorted(set(self.items)), record, self.blocks + list(tail))


def book(kind, title, d, record, sheets, note=None):
    """A workbook: sheets of (name, header, rows, items); a sheet with no rows lends nothing."""
    out, items = [], []
    for name, header, rows, its in sheets:
        top = [[title]] + ([[note]] if note else [])
        out.append((name, top + [header] + rows))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


def void(doc, why, mark=None):
    """A draft, a withdrawn version, a binned copy: the same text, no proof."""
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


def blank_sheet(title, code, d, cols, n=12):
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", [[title], ["记录编号：%s" % code, "", "密级：内部"], cols] +
                                                             [[""] * len(cols) for _ in range(n)])], decoy="template")


def blank_paper(title, code, d, heads):
    b = [("p", "密级：内部"), ("title", title), ("p", "表格编号：%s        编号：________" % code)]
    for h in heads:
        b += [("h1", h), ("p", "（填写）"), ("p", " ")]
    b += [("p", "填写人：          审核：          日期：    年  月  日")]
    return Doc("blank", title, d, [], False, b, decoy="template")


# ------------------------------------------------------------------------------ 所发文 / 程序文件 / 细则

def next_no(co, d, which):
    key = (which, d.year)
    co.al_no[key] = co.al_no.get(key, co.rng.randint(3, 20)) + co.rng.randint(1, 7)
    pre = co.al_fa if which == "suo" else co.al_xin
    return "%s〔%d〕%d号" % (pre, d.year, co.al_no[key])


def red_top(co, d, subject, which="suo", to=None):
    no = next_no(co, d, which)
    issuer = "%s文件" % co.al_inst if which == "suo" else "%s信息化处（信息中心）" % co.al_inst
    if to is None:
        to = "所属各部门、各研究室，%s：" % co.al_cust if which == "suo" else "处内各室，所属各部门信息化联络员："
    top = [("p", co.rng.choice(["内部", "内部", "非密"])), ("big", issuer), ("p", no), ("title", subject), ("p", to)]
    return top, no


def colophon(co, d, which="suo"):
    org = co.al_inst if which == "suo" else co.al_inst + "信息化处"
    return [("p", org), ("p", sign_date(d)), ("p", "（此件限所内及%s传达，不得上互联网）" % co.al_cust),
            ("p", "抄送：%s办公室、质量处、保密办" % co.al_short),
            ("p", "%s综合办公室                    %s印发" % (co.al_short, cnd(d + timedelta(days=2))))]


# key: (name, level, number, [(heading, [paragraphs], items, optional)])
#   level: suo = 所 管理办法 by 红头; qp = GJB 9001C 程序文件 (Q/XXX); xz = 处 实施细则 by 处 通知
REGS = {
    "basic": ("信息化工作管理办法", "suo", None, [
        ("总则", ["为规范本所非密信息系统的建设、运行维护和安全管理，落实上级单位网络安全和信息化工作要求，制定本办法。",
                 "本办法适用于本所非密办公网、互联网出口及所属信息系统，以及按服务协议由信息化处承担运维的{cust}信息系统。"], [], False),
        ("管理模式", ["信息化运维服务按照“策划—实施—检查—改进”循环管理：每年初编制年度信息化工作计划、运维服务目录和质量目标（策划）；",
                   "按程序文件和作业指导书实施运维服务（实施）；",
                   "通过质量目标考核、季度报告、内部审核和管理评审进行监视与评审（检查）；",
                   "对未达成的目标和发现的问题采取纠正措施，重大问题按质量问题归零要求处理，纳入年度持续改进计划（改进）。"], ["10/pdca"], True),
        ("职责", ["所网络安全和信息化领导小组负责重大事项决策；信息化处（信息中心）是归口管理和实施部门；保密办负责涉密网管理，不在本办法范围。"], [], False),
        ("附则", ["本办法由信息化处负责解释，自印发之日起施行。"], [], False)]),
    "change": ("信息系统变更控制程序", "qp", "20.07", [
        ("目的和范围", ["控制非密信息系统的变更风险，保证变更过程受控、可追溯。",
                     "适用于网络、安全设备、服务器、数据库、应用系统的配置、版本和资源变更。"], [], False),
        ("职责", ["变更申请室负责提出申请和实施；安全保密室负责安全评估；信息化处处长审批一般变更，重大变更报分管所领导审批。"], [], False),
        ("工作程序", ["变更实施室填写《信息系统变更申请单》（QR-20.07-01），写明变更内容、影响范围、测试情况和回退措施；",
                   "安全保密室评估安全影响，涉及{cust}系统的变更须征得对方信息化负责人同意；",
                   "按审批权限审批后在规定窗口实施，实施后验证；验证不通过的按回退措施恢复；",
                   "紧急变更可先口头报批后实施，24小时内补办手续；",
                   "变更申请单、实施记录和验证结果由综合管理室每月汇总登记，失败变更按质量问题处理。"], ["54/procedure"], False),
        ("相关文件", ["《质量记录控制程序》《信息系统运行故障管理程序》"], [], False),
        ("质量记录", ["QR-20.07-01 信息系统变更申请单；QR-20.07-02 变更登记台账。"], [], False)]),
    "incident": ("信息系统运行故障管理程序", "qp", "20.08", [
        ("目的和范围", ["及时恢复信息系统服务，减少故障对科研生产和办公的影响。适用于所内及{cust}非密信息系统的运行故障（事件）。"], [], False),
        ("职责", ["信息化服务台负责受理、登记和派单；各室负责处置；安全保密室负责涉及网络安全的故障。"], [], False),
        ("工作程序", ["故障通过服务台电话、{itsm}报修、监控告警和巡检发现，服务台统一登记编号；",
                   "故障分为一般、较大、重大三级，影响全所办公或{cust}生产计划的为重大故障；",
                   "一般故障30分钟内响应，重大故障15分钟内响应并报告处领导；一线不能处理的升级至二线或厂商；",
                   "处置完毕后服务台回访报修人确认，关闭工单；重大故障按质量问题归零要求开展归零。"], ["49/incident-procedure"], False),
        ("质量记录", ["QR-20.08-01 运维工单；QR-20.08-02 故障处理记录。"], [], False)]),
    "problem": ("信息系统问题管理程序", "qp", "20.09", [
        ("目的和范围", ["查找并消除反复发生或影响较大的故障的根本原因，防止再次发生。"], [], False),
        ("工作程序", ["同类故障一个月内发生三次以上、较大及以上故障和失败变更，均建立问题记录；",
                   "责任室在10个工作日内完成原因分析，提出临时措施和永久解决方案，需变更的按变更控制程序实施；",
                   "问题解决后经验证关闭，形成已知错误纳入运维知识库；未关闭问题在处务会上通报。"], ["20/procedure", "37/procedure"], False),
        ("质量记录", ["QR-20.09-01 问题记录单。"], [], False)]),
    "improve": ("持续改进控制程序", "qp", "20.11", [
        ("目的和范围", ["对信息化运维服务的改进措施进行识别、记录、批准、评估、测量和报告。"], [], False),
        ("工作程序", ["改进机会来源于内部审核、管理评审、质量目标考核、用户投诉、故障和问题分析、质量问题归零；",
                   "提出室填写改进建议，综合管理室按评估准则评分排序，报处务会批准后列入年度持续改进计划；",
                   "实施效果由综合管理室测量验证，改进情况在季度报告和管理评审中报告。"], ["65/procedure"], False),
        ("质量记录", ["QR-20.11-01 改进建议表；QR-20.11-02 改进项目跟踪表。"], [], False)]),
    "preventive": ("纠正和预防措施控制程序", "qp", "20.12", [
        ("目的和范围", ["消除已发现的不合格和潜在不合格的原因，防止发生或再发生。"], [], False),
        ("预防措施", ["各室通过趋势分析、容量预警、巡检和设备寿命评估识别潜在问题，制定预防措施，经处领导批准后实施；",
                   "预防措施实施后一个月内由综合管理室验证有效性并记录。"], ["66/preventive-actions"], False),
        ("纠正措施", ["不合格和重大故障按质量问题归零要求进行技术归零和管理归零，归零报告经评审后关闭。"], [], False)]),
    "secevent": ("网络安全事件管理办法", "suo", None, [
        ("总则", ["为规范本所非密网络安全事件的报告和处置，依据上级单位网络安全事件报告有关规定，制定本办法。"], [], False),
        ("事件分类与分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、设备设施故障和其他事件；按影响分为特别重大、重大、较大、一般四级。"], [], False),
        ("事件报告", ["发现网络安全事件的部门应立即向信息化处报告；较大及以上事件，信息化处在1小时内报告分管所领导，并按规定报上级单位网信部门；"
                   "涉及{cust}的，同时通报对方信息化负责人。"], ["30/reporting-process"], False),
        ("事件处置", ["事件处置按确认研判、隔离遏制、清除、恢复验证的步骤进行，安全保密室全程记录。"], ["30/response-process", "31/incident-process"], False),
        ("应急响应", ["达到《网络安全事件应急预案》启动条件的，由领导小组宣布启动预案，成立现场处置组，事态消除后宣布结束应急状态。"],
         ["34/emergency-process"], True),
        ("事后处理", ["事件处置结束后5个工作日内形成事件报告，分析原因，提出整改措施，更新知识库和预案；属于质量问题的按要求归零。"],
         ["34/incident-process"], False),
        ("附则", ["本办法自印发之日起施行。"], [], False)]),
    "request": ("信息化服务请求办理实施细则", "xz", None, [
        ("总则", ["为规范账号开通、权限调整、入网审批、邮箱申请、软件安装等信息化服务请求的办理，制定本细则。"], [], False),
        ("受理与审批", ["用户通过{itsm}或服务台电话提交请求，注明请求类别和依据，经所在部门领导审核；",
                     "服务台登记后按服务目录派单，入网和互联网出口访问类请求须经安全保密管理员审核。"], ["49/request-procedure"], False),
        ("办理与关闭", ["办理室在服务目录规定时限内完成，服务台电话确认后关闭请求。"], ["49/request-procedure"], False)]),
    "knowledge": ("运维知识管理实施细则", "xz", None, [
        ("总则", ["为积累和共享运维经验，建立信息化处运维知识库，制定本细则。"], [], False),
        ("知识的提交与审核", ["运维人员在故障处置、问题解决和变更实施后提交知识条目，经室主任审核后发布。"], ["21/procedure"], False),
        ("知识的使用与维护", ["知识库向处内人员和外协驻所人员开放；综合管理室每季度复核，过期条目予以废止。"], ["21/procedure"], False)]),
    "slm": ("信息化服务级别管理实施细则", "xz", None, [
        ("总则", ["为规范信息化处对所内用户和{cust}的服务级别的设计、约定、监视和评审，制定本细则。"], [], False),
        ("服务级别的约定", ["信息化处根据用户需求制定服务目录和服务级别，与{cust}签订信息化运维服务协议，约定服务时间、响应时限和核心指标。"],
         ["39/slm-procedure"], False),
        ("监视与评审", ["服务级别达成情况按月统计、按季在季度报告中报告，每年与{cust}评审一次协议，未达标的纳入改进计划。"], ["39/slm-procedure"], False)]),
    "audit": ("信息化服务内部审核实施细则", "xz", None, [
        ("总则", ["为验证信息化运维服务管理体系符合标准要求并有效实施和保持，制定本细则。本细则是所《内部审核控制程序》在信息化服务方面的细化。"], [], False),
        ("审核安排", ["信息化处每年至少组织一次覆盖全部运维过程的内部审核，审核员须持内审员证，不审核本室工作；",
                   "审核按年度审核计划、实施计划、首次会议、现场审核、不合格报告、末次会议、纠正措施跟踪验证进行，审核结果输入管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], False)]),
    "monitor": ("信息化服务监视与测量实施细则", "xz", None, [
        ("总则", ["为掌握信息化服务目标的实现情况，制定本细则。"], [], False),
        ("监视内容与方法", ["监视测量的内容包括服务级别达成率、用户满意度、投诉建议和处质量目标；",
                         "综合管理室按月汇总、按季报告，每半年对{cust}开展满意度调查和回访，未达到目标的开具纠正措施单并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], False)]),
    "training": ("网络安全培训服务工作细则", "xz", None, [
        ("目的", ["规范信息化处为所内各部门和{cust}开展的网络安全培训服务。"], [], False),
        ("工作流程", ["培训需求调查→年度培训计划→课件编写与保密审查→组织实施并签到→考试→效果评价→资料归档。"], ["31/training-process"], False)]),
    "pentest": ("渗透测试工作细则", "xz", None, [
        ("目的", ["规范对本所门户网站和互联网应用的渗透测试。渗透测试只在非密网开展。"], [], False),
        ("工作流程", ["取得分管所领导书面授权→确定测试范围和时间窗口→信息收集→漏洞发现与验证→编写测试报告→督促整改→复测；",
                   "测试不得使用可能造成拒绝服务或数据破坏的手段，测试期间值班人员全程监控。"], ["31/pentest-process"], False)]),
}


def reg_body(co, key, drop_optional=False):
    """The body of a 办法, 程序文件 or 细则; returns (blocks, items)."""
    name, level, num, chs = REGS[key]
    b, items = [], []
    ci, art = 0, 0
    for heading, paras, its, opt in chs:
        if opt and drop_optional:
            continue
        ci += 1
        if level == "qp":
            b.append(("h1", "%d %s" % (ci, heading)))
            for j, p in enumerate(paras, 1):
                p = p.replace("{cust}", co.al_cust).replace("{itsm}", co.al_itsm)
                b.append(("p", ("%d.%d %s" % (ci, j, p)) if len(paras) > 1 else p))
        else:
            b.append(("h1", "第%s章 %s" % (han(ci), heading)))
            for p in paras:
                art += 1
                p = p.replace("{cust}", co.al_cust).replace("{itsm}", co.al_itsm)
                b.append(("p", "第%s条 %s" % (han(art), p)))
        items += its
    return b, items


def qp_code(co, key, year):
    return "Q/%s %s-%d" % (co.al_code, REGS[key][2], year)


def reg_doc(co, d, key, drop_optional=False, ver=None):
    """As filed: a 所 红头 with the 办法 after it, a 程序文件 with its 文件控制 table, a 细则 behind a 处 通知."""
    name, level, num, _ = REGS[key]
    body, items = reg_body(co, key, drop_optional)
    if level == "qp":
        ver = ver or co.rng.choice(["A/0", "A/1", "B/0", "B/1"])
        b = [secret_mark(co), ("p", "%s质量管理体系程序文件" % co.al_inst), ("title", name),
             ("table", [["文件编号", qp_code(co, key, d.year), "版次", ver],
                        ["编制", co.p(3), "审核", co.p(0)], ["会签", "质量处 %s" % co.cp(3), "批准", co.boss],
                        ["发布日期", any_date(co, d), "实施日期", any_date(co, d + timedelta(days=15))],
                        ["受控状态", "受控", "分发号", "%02d" % co.rng.randint(1, 30)]])] + body
        doc = Doc("reg:" + key, name, d, sorted(set(items)), False, b)
        doc.al_no = qp_code(co, key, d.year)
        return doc
    full = name if level == "xz" else name
    top, no = red_top(co, d, "关于印发《%s》的通知" % full, level)
    b = top + [("p", "《%s》已经%s审议通过，现印发给你们，请遵照执行。" % (full, "所务会" if level == "suo" else "处务会"))] + \
        colophon(co, d, level) + [("break",), ("p", "附件"), ("title", full)] + body
    doc = Doc("reg:" + key, name, d, sorted(set(items)), False, b)
    doc.al_no = no
    return doc


def handbook(co, d, keys, pdca):
    """信息化运维服务管理手册: its chapters are procedures (and, when written, the PDCA chapter)."""
    b = [secret_mark(co), ("title", "%s信息化运维服务管理手册" % co.al_inst),
         ("table", [["文件编号", "%s-SC-XXH-01" % co.al_code, "版次", co.rng.choice(["B/0", "B/1", "C/0"])],
                    ["编制", co.p(3), "审核", co.p(0)], ["批准", co.boss, "发布日期", any_date(co, d)]]),
         ("h1", "目  录")]
    chapters = (["运维服务管理模式（PDCA）"] if pdca else []) + [REGS[k][0] for k in keys]
    for i, c in enumerate(chapters, 1):
        b.append(("p", "第%s章  %s ………… %d" % (han(i), c, 2 + 5 * i)))
    items = []
    i = 0
    if pdca:
        i += 1
        b += [("break",), ("h1", "第%s章 运维服务管理模式（PDCA）" % han(i)),
              ("p", "信息化处按策划、实施、监视与评审、持续改进的循环管理运维服务：年度计划与服务目录为策划；按程序文件和作业指导书提供服务为实施；"
                    "质量目标考核、季度报告、内部审核和管理评审为监视与评审；纠正措施、质量问题归零和年度改进计划为持续改进。"),
              ("p", "每年开展一次内部审核和一次管理评审，并接受第三方认证机构的监督审核，验证体系的有效性。")]
        items += ["10/pdca", "61/audit-system"]
    for k in keys:
        i += 1
        body, its = reg_body(co, k)
        b += [("break",), ("h1", "第%s章 %s" % (han(i), REGS[k][0]))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("handbook", "信息化运维服务管理手册", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------------------ 作业指导书

ZY = {
    "fw": ("防火墙及上网行为管理设备维护作业指导书", ["核对变更申请单编号和审批状态后，经堡垒机登录设备管理界面",
                                            "操作前导出当前配置并存入配置库，记录配置文件校验值",
                                            "按变更申请单逐条调整策略，核对源地址、目的地址、端口和时间段",
                                            "验证业务连通，在运维记录本上记录操作内容和结果"]),
    "av": ("终端防病毒系统维护作业指导书", ["每日检查防病毒服务器病毒库版本和所内终端在线率",
                                     "对离线超过7天的终端通知所在部门信息化联络员处理",
                                     "每周组织全网查杀并导出查杀报告", "发现病毒按网络安全事件管理办法报告安全保密室"]),
    "mail": ("邮件系统运行维护作业指导书", ["检查邮件网关队列、反垃圾规则命中和证书有效期",
                                     "每日核对邮件服务器磁盘和数据库空间", "账号开通和注销按服务请求单办理，核对人事变动通知",
                                     "每月导出发信异常账号清单，交安全审计员审查"]),
    "backup": ("数据备份与恢复作业指导书", ["按备份策略核对每日增量和每周全量备份作业状态", "每月抽取一个系统进行恢复验证",
                                       "备份介质按非密介质管理要求登记和存放", "恢复验证结果记录在备份恢复记录表中"]),
    "audit": ("安全审计作业指导书", ["检查日志审计平台各日志源接入是否完整", "按审计规则生成网络设备、服务器和应用的审计报表",
                                  "对系统管理员和安全保密管理员的操作日志进行审查", "形成月度安全审计报告，异常情况报处领导"]),
}


def zy_code(co, key):
    return "%s-ZY-XXH-%02d" % (co.al_code, list(ZY).index(key) + 1)


def guide(co, d, key):
    name, steps = ZY[key]
    t = Text(name, "dig").head(secret_mark(co),
                               ("table", [["文件编号", zy_code(co, key), "版次", co.rng.choice(["A/0", "A/1", "B/0"])],
                                          ["编制", co.p(co.rng.randint(1, 4)), "批准", co.p(0)], ["实施日期", any_date(co, d), "受控状态", "受控"]]))
    t.sec("适用范围", ["适用于信息化处运维人员和外协驻所人员在非密网生产环境执行本项作业。"])
    t.sec("作业准备", ["确认作业窗口，准备工具和备份介质，作业人员不少于两人。"])
    t.sec("作业步骤", ["%s；" % s for s in steps], ["24/work-instructions", "11/manuals"])
    t.sec("注意事项", ["严禁将涉密介质接入非密网；作业完成后在运维记录本签字。"])
    return t.doc("guide", d, False)


def guide_book(co, d, keys):
    b = [secret_mark(co), ("title", "信息化处作业指导书汇编（%d年版）" % d.year), ("p", "信息化处 编    %s" % cnd(d))]
    for i, k in enumerate(keys, 1):
        name, steps = ZY[k]
        b += [("h1", "%s、%s（%s）" % (han(i), name, zy_code(co, k)))] + [("p", "%d. %s。" % (j, s)) for j, s in enumerate(steps, 1)]
    return Doc("guide_book", "作业指导书汇编", d, ["24/work-instructions", "11/manuals"], False, b)


# ------------------------------------------------------------------------------ 组织、人员、纪要

def leading_group(co, d, vendor):
    top, no = red_top(co, d, "关于调整%s网络安全和信息化领导小组及其工作机构的通知" % co.al_short)
    rows = [["层级", "职务", "人员", "部门"],
            ["领导小组", "组长", "所长", "所领导"], ["领导小组", "副组长", co.boss, "分管副所长"],
            ["领导小组", "成员", "综合办公室、科研生产处、质量处、保密办负责人", "各部门"],
            ["管理组", "组长", co.p(0), "信息化处（处长）"], ["管理组", "成员", "%s、%s" % (co.p(1), co.p(3)), "安全保密室、综合管理室"],
            ["执行组", "组长", co.p(2), "网络运维室"], ["执行组", "成员", "%s、%s" % (co.p(4), co.p(5)), "网络运维室、应用系统室"]]
    if vendor:
        rows.append(["执行组", "外协驻所人员", "%s、%s" % (co.vp(0), co.vp(1)), "%s（外协运维单位）" % co.vendor])
    b = top + [("p", "因所领导分工和人员调整，经所务会研究，对网络安全和信息化领导小组及其工作机构调整如下："),
               ("h1", "一、领导小组"), ("p", "负责本所网络安全和信息化工作的决策，审定运维服务方针、年度计划和重大事项。"),
               ("h1", "二、管理组"), ("p", "设在信息化处，负责制度建设、内部审核、风险评估和考核。"),
               ("h1", "三、执行组"), ("p", "负责非密网运行维护、巡检、变更实施、应急处置和%s信息系统运维%s。"
                                        % (co.al_cust, "，外协驻所人员纳入执行组统一管理" if vendor else "")),
               ("table", rows)] + colophon(co, d)
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if vendor else [])
    return Doc("leading_group", "领导小组调整通知", d, items, False, b)


def roster(co, d, outs):
    posts = ["处长", "安全保密室主任", "网络运维室主任", "综合管理室主任", "网络运维工程师", "服务台"]
    own = [[i + 1, co.p(i), posts[i], ["管理", "安全保密管理员", "系统管理员", "安全审计员", "网络运维", "服务台坐席"][i],
            co.rng.choice(["高级工程师", "工程师", "助理工程师"]), "1%d%09d" % (co.rng.choice([3, 5, 8]), co.rng.randint(0, 10 ** 9 - 1))]
           for i in range(6)]
    ven = [[i + 1, co.vp(i), co.vendor, ["网络运维驻所", "系统运维驻所", "桌面运维驻所"][i], "执行组", "%d-%02d" % (d.year - 1, 2 + i)]
           for i in range(3)] if outs else []
    return book("roster", "信息化处运维人员名册（%s）" % cnd(d), d, True, [
        ("在编人员", ["序号", "姓名", "岗位", "三员/角色", "职称", "联系电话"], own, ["9/staff-list"]),
        ("外协驻所人员", ["序号", "姓名", "所属单位", "岗位", "所在工作组", "进所时间"], ven, ["9/outsourcing"])])


def role_list(co, d):
    rows = [["服务级别管理", "服务协议、服务目录维护与达成统计", "管理组（综合管理室）", co.p(3)],
            ["安全管理", "安全策略、漏洞与事件管理、应急响应", "管理组（安全保密室）", co.p(1)],
            ["系统运维", "服务器、数据库、协同办公和邮件系统运维", "执行组（应用系统室）", co.p(5)],
            ["网络运维", "非密网网络及安全设备维护", "执行组（网络运维室）", co.p(2)],
            ["服务台", "报修电话受理、派单、回访", "执行组（网络运维室）", co.p(4)],
            ["配置管理", "设备台账与配置库维护", "管理组（综合管理室）", co.p(3)]]
    return book("role_list", "信息化处运维岗位及角色清单", d, False, [
        ("角色", ["角色", "主要职责", "对应工作组", "责任人"], rows, ["18/roles", "23/roles"])])


def sanyuan(co, d):
    """三员 设置及授权: a 保密 requirement of each system, not the ops role list."""
    top, no = red_top(co, d, "关于明确非密信息系统“三员”设置及授权的通知", "xin")
    rows = [["系统", "系统管理员", "安全保密管理员", "安全审计员"]] + [[co.sys(i), co.p(2), co.p(1), co.p(3)] for i in range(3)]
    b = top + [("p", "按照保密管理要求，各非密信息系统实行系统管理员、安全保密管理员、安全审计员三员分设、互相制约，授权如下："),
               ("table", rows), ("p", "三员不得兼任，调离时须办理权限交接。")] + colophon(co, d, "xin")
    return Doc("sanyuan", "三员授权通知", d, [], False, b)


def interface_notice(co, d):
    top, no = red_top(co, d, "关于明确网络安全管理接口人的通知", "xin")
    b = top + [("p", "为做好与上级单位网信部门、%s及公安、网信监管部门的网络安全工作对接，明确安全保密室%s为信息化处网络安全管理接口人，"
                     "负责安全事件通报、检查配合、安全文件接收与传达，%s为B角。" % (co.al_cust, co.p(1), co.p(3)))] + colophon(co, d, "xin")
    return Doc("interface", "接口人通知", d, ["28/interface-person"], False, b)


def desk_notice(co, d):
    top, no = red_top(co, d, "关于设立信息化服务台的通知")
    b = top + [("p", "为统一受理所内各部门和%s的信息化报修与服务请求，所决定在信息化处设立信息化服务台，内线电话%s，工作日8:00-17:30人工值守，"
                     "其余时间转值班手机。" % (co.al_cust, co.al_tel)),
               ("p", "服务台职责：受理电话和%s报修；登记、分级、派单；跟踪处理进度；回访确认并关闭工单。" % co.al_itsm),
               ("p", "服务台人员：%s、%s及外协驻所坐席1人。" % (co.p(4), co.p(5)))] + colophon(co, d)
    return Doc("desk", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[d.isoformat(), "服务台岗前培训", "报修受理与分级、%s派单、常见故障答复口径、保密提醒用语" % co.al_itsm, co.p(2), n, co.rng.choice(["合格", "优秀"])]
            for n in (co.p(4), co.p(5), co.vp(2))]
    return book("desk_training", "信息化服务台人员培训记录（QR-20.08-05）", d, True, [
        ("培训记录", ["日期", "培训名称", "培训内容", "授课人", "学员", "考核结果"], rows, ["48/training"])])


def chu_minutes(co, d, n, topics):
    """处务会纪要: several 议题; each decision proves its own item."""
    b = [secret_mark(co), ("title", "信息化处处务会纪要"), ("p", "（%d年第%d期）" % (d.year, n)),
         ("p", "%s，%s主持召开处务会，处领导和各室主任参加，%s列席。会议纪要如下：" % (cnd(d), co.p(0), co.vp(0)))]
    items, i = [], 0
    for t in topics:
        i += 1
        if t == "interface":
            b += [("h1", "%s、关于明确网络安全管理接口人" % han(i)),
                  ("p", "会议决定，由安全保密室%s担任处网络安全管理接口人，负责与上级单位、%s和监管部门的安全事务对接，%s为B角。"
                   % (co.p(1), co.al_cust, co.p(3)))]
            items.append("28/interface-person")
        elif t == "desk":
            b += [("h1", "%s、关于设立信息化服务台" % han(i)),
                  ("p", "会议同意在网络运维室设立信息化服务台，开通内线%s，统一受理所内和%s的报修与服务请求，坐席%s、%s。"
                   % (co.al_tel, co.al_cust, co.p(4), co.p(5)))]
            items.append("48/service-desk")
        elif t == "improve":
            b += [("h1", "%s、关于%d年持续改进项目" % (han(i), d.year)),
                  ("p", "会议听取综合管理室关于改进建议评估的汇报，按对科研生产的影响、实施成本和风险加权评分，排序如下："),
                  ("table", [["排序", "改进项目", "评分", "处务会意见"], [1, "非密网终端准入全覆盖", 85, "批准实施"],
                             [2, "%s网络双链路改造" % co.al_cust, 79, "批准实施"], [3, "报修平台与知识库对接", 63, "列入下年度"]]),
                  ("p", "会议批准前两项立项，由综合管理室跟踪。")]
            items += ["67/analysis", "67/prioritisation"]
        elif t == "secrecy":
            b += [("h1", "%s、关于保密自查自评工作" % han(i)),
                  ("p", "会议部署年度保密自查自评，重点检查非密网违规存储、处理涉密信息和移动介质交叉使用。")]
        elif t == "model":
            b += [("h1", "%s、关于型号总装节点信息保障" % han(i)),
                  ("p", "会议部署%s型号总装节点期间的信息保障，实行处领导带班，暂停非紧急变更。" % co.al_cust)]
        elif t == "quality":
            b += [("h1", "%s、关于质量月活动" % han(i)),
                  ("p", "会议传达所质量月活动方案，要求各室结合运维工作开展质量问题“双归零”回头看。")]
    b.append(("p", "出席：%s、%s、%s、%s    记录：%s" % (co.p(0), co.p(1), co.p(2), co.p(3), co.p(5))))
    return Doc("chu_minutes", "处务会纪要", d, sorted(set(items)), True, b)


def suo_minutes(co, d):
    b = [secret_mark(co), ("title", "所务会会议纪要"), ("p", "〔%d〕第%d次" % (d.year, co.rng.randint(5, 24))),
         ("h1", "一、研究调整网络安全和信息化领导小组"), ("p", "会议同意信息化处提出的领导小组调整方案，由综合办公室行文。"),
         ("h1", "二、研究科研生产计划"), ("p", "会议听取科研生产处关于二季度型号节点的汇报，要求确保总装节点按期完成。"),
         ("h1", "三、其他事项"), ("p", "会议研究了职工疗休养和科技奖励申报事项。")]
    return Doc("suo_minutes", "所务会纪要", d, [], True, b)


# ------------------------------------------------------------------------------ 总装厂服务

def survey(co, d, tm, sec):
    t = Text("%s信息化运维服务需求调研报告" % co.al_cust).head(secret_mark(co),
                                                      ("p", "调研单位：信息化处综合管理室    调研时间：%s" % any_date(co, d)))
    t.sec("调研背景", ["根据所与%s签订的信息化运维服务协议续签安排，信息化处对%s开展服务需求调研，访谈该厂分管副厂长、信息化负责人%s、"
                       "生产计划处和质量处。" % (co.al_cust, co.al_cust, co.cp(0))])
    t.sec("服务时间需求", ["%s实行两班生产，%s要求在生产时段（7:30-23:30）提供服务，总装节点和交付前两周需7×24小时值守；"
                           "办公类系统为工作日8:00-17:30服务。" % (co.al_cust, co.sys(2)),
                           ("table", [["系统", "服务时段", "故障响应", "恢复时限"], [co.sys(2), "7:30-23:30（节点期7×24）", "15分钟", "2小时"],
                                      [co.sys(0), "工作日8:00-17:30", "30分钟", "4小时"], [co.sys(1), "7×24", "30分钟", "4小时"]])],
          ["1/survey"], tm)
    t.sec("安全服务需求及类型", ["该厂提出的安全服务需求：终端防病毒与准入、互联网出口防护、门户网站漏洞扫描、等级保护测评配合、网络安全事件应急支援、"
                                 "员工网络安全和保密意识培训。按类型分为安全运维类、安全评估类、应急支援类和培训类。"], ["5/survey"], sec)
    t.sec("结论", ["调研结果经%s确认，作为服务协议和服务目录修订的依据。" % co.al_cust])
    return t.doc("survey", d, False, [("p", "调研人：%s、%s" % (co.p(3), co.p(2)))])


def budget(co, d):
    rows = [[1, "非密网网络及安全设备运维", 210, "网络运维室2人、外协1人", 1100, 231000, "%d年1月起" % d.year],
            [2, "%s及协同办公运维" % co.sys(2), 180, "应用系统室1人、外协1人", 1100, 198000, "按月"],
            [3, "季度健康检查", 16, "安全保密室2人", 1500, 24000, "每季末月"],
            [4, "漏洞扫描与渗透测试", 12, "安全保密室", 2000, 24000, "%d年9月前" % d.year],
            [5, "总装节点信息保障及应急支援", 10, "应急小组", 1500, 15000, "按型号节点"],
            ["", "合计", 428, "", "", 492000, ""]]
    return book("budget", "%d年度%s信息化运维服务经费预算表" % (d.year, co.al_cust), d, False, [
        ("预算", ["序号", "服务项目", "工作量（人天）", "人力资源", "单价（元/人天）", "经费（元）", "项目节点"], rows, ["2/budget"])],
        note="编制：%s    审核：%s    财务处会签    密级：内部" % (co.p(3), co.p(0)))


def meeting(co, d, agreed):
    t = Text("与%s信息化运维服务对接会纪要" % co.al_cust).head(
        secret_mark(co), ("p", "时间：%s    地点：%s行政楼二楼会议室" % (any_date(co, d), co.al_cust)),
        ("p", "参加：信息化处%s、%s；%s%s、%s" % (co.p(0), co.p(2), co.al_cust, co.cp(0), co.cp(1))))
    t.sec("会议内容", ["双方就%d年度运维服务范围、驻厂安排、健康检查和报修流程进行了沟通。" % d.year])
    t.sec("会议共识", ["一是服务范围为%s非密网网络及安全设备、%s和协同办公终端；" % (co.al_cust, co.sys(2)),
                       "二是信息化处派网络运维人员每周二、周四驻厂，其余时间远程支持；",
                       "三是每季度开展一次健康检查，报告5个工作日内送达；",
                       "上述事项双方一致同意，由信息化处据此修订服务协议附件。"], ["3/communication"], agreed)
    t.sec("遗留事项", ["%s的车间看板扩展需求另行立项。" % co.sys(2)])
    return t.doc("meeting", d, False, [("p", "记录：%s    双方确认：%s / %s" % (co.p(5), co.p(0), co.cp(0)))])


def history(co, d, on):
    t = Text("%s信息系统运行历史数据分析及保障策略" % co.al_cust).head(secret_mark(co), ("p", "信息化处    %s" % any_date(co, d)))
    t.sec("历史数据清单", [("table", [["数据项", "来源", "时间范围", "条数"],
                                      ["报修工单", co.al_itsm, "%d全年" % (d.year - 1), co.rng.randint(300, 900)],
                                      ["变更申请单", "变更登记台账", "%d全年" % (d.year - 1), co.rng.randint(30, 90)],
                                      ["运行故障记录", "运维记录本", "%d全年" % (d.year - 1), co.rng.randint(20, 70)],
                                      ["安全审计记录", "日志审计平台", "%d全年" % (d.year - 1), co.rng.randint(12, 52)]])],
          ["4/history-list"], "list" in on)
    t.sec("数据分析", ["指标完成情况：%s生产时段可用率99.93%%，达到协议约定；报修按时解决率95.8%%。" % co.sys(2),
                       "违例操作：发现车间终端私自连接手机热点2起、外协人员未经审批调整交换机配置1起，均已通报并整改。",
                       "重大事件：%d年6月厂区汇聚交换机掉电导致装配车间看板中断3小时。" % (d.year - 1),
                       "重大（失败）变更：%s版本升级失败回退1次，原因为测试数据不完整。" % co.sys(2)], ["4/analysis"], "analysis" in on)
    t.sec("保障策略及实施方案", ["据此制定保障策略：厂区汇聚层双电源改造、变更前置测试、外协人员权限收紧；",
                                 ("table", [["措施", "责任室", "完成时间"], ["汇聚交换机双电源改造", "网络运维室", "%d年5月" % d.year],
                                            ["变更测试检查单", "应用系统室", "%d年3月" % d.year], ["外协人员权限复核", "安全保密室", "每季度"]])],
          ["4/strategy"], "strategy" in on)
    return t.doc("history", d, False)


def agreement(co, d, modes, core, health):
    t = Text("信息化运维服务协议", "tiao").head(
        secret_mark(co), ("p", "甲方：%s    乙方：%s（信息化处承办）" % (co.customer, co.al_inst)),
        ("p", "协议编号：%s-XXH-FW-%d-%02d" % (co.al_code, d.year, co.rng.randint(1, 30))))
    t.sec("服务范围", ["乙方为甲方非密网网络及安全设备、%s、协同办公终端和互联网出口提供运行维护与安全服务。涉密网不在本协议范围。" % co.sys(2)])
    t.sec("运维方式", ["乙方以驻场值守、定期巡检和远程值守相结合的方式提供服务：每周二、周四派员驻厂值守；每月对甲方网络和安全设备定期巡检一次；"
                       "其余时间由乙方信息化服务台远程值守。"], ["35/sla"], modes)
    t.sec("服务级别及核心指标", [("table", [["指标", "承诺值"], ["%s生产时段可用率" % co.sys(2), "≥99.9%"], ["互联网出口可用率", "≥99.5%"],
                                              ["重大故障响应", "15分钟"], ["一般故障解决时限", "4小时"], ["用户满意度", "≥90分"]])],
          ["36/sla"], core)
    t.sec("健康检查", ["乙方每季度对甲方安全设备和业务系统开展一次健康检查，型号总装节点前加检一次；以现场检查为主、远程检查为辅，检查后5个工作日内提交报告。"],
          ["15/agreement"], health)
    t.sec("保密与费用", ["乙方人员遵守甲方保密规定，签订保密承诺书。服务费用按年度经费预算表结算，协议期限三年。"])
    t.items.append("39/sla")
    return t.doc("agreement", d, False, [("p", "甲方（盖章）：%s    代表：%s" % (co.customer, co.cp(0))),
                                         ("p", "乙方（盖章）：%s    代表：%s" % (co.al_inst, co.boss)),
                                         ("p", "签订日期：%s" % any_date(co, d))])


def health_check(co, d, collect, secdev=True):
    t = Text("%s%d年第%d季度信息系统健康检查报告" % (co.al_cust, d.year, qtr(d))).head(
        secret_mark(co), ("p", "检查方式：%s    检查日期：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查", "现场检查"]),
                                                                         any_date(co, d), co.p(1), co.p(4))))
    rows = [["检查对象", "可用性", "持续运行", "冗余/告警", "结论"],
            [co.sys(2), "99.9%", "%d天" % co.rng.randint(20, 120), "双机正常", "健康"],
            ["厂区汇聚交换机", "100%", "%d天" % co.rng.randint(30, 200), "双电源正常", "健康"]]
    if secdev:
        rows += [["互联网出口防火墙", "100%", "%d天" % co.rng.randint(60, 300), "主备正常", "健康"],
                 ["终端准入及防病毒服务器", "100%", "%d天" % co.rng.randint(30, 180), "病毒库滞后1天", "关注"]]
    t.sec("检查范围", ["%s厂区网络、%s%s。" % (co.al_cust, "出口防火墙、准入、防病毒等安全设备及" if secdev else "", co.sys(2))])
    t.sec("可用性与持续性检查", [("table", rows)])
    t.sec("安全信息采集", ["导出出口防火墙和汇聚交换机运行配置，与安全配置基线比对，差异%d项；" % co.rng.randint(0, 3),
                           "采集出口流量：峰值%dMbps，均值%dMbps，无异常外联；" % (co.rng.randint(100, 500), co.rng.randint(20, 90)),
                           "采集系统状态：CPU、内存、会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], collect)
    t.sec("问题与建议", [("防病毒服务器病毒库更新任务延迟，已调整；" if secdev else "") + "建议更换使用超过8年的车间接入交换机。"])
    t.items += ["15/records", "46/records"] + (["14/maintenance", "44/inspection"] if secdev else [])
    return t.doc("health", d, True)


def csat(co, d, half):
    score = co.rng.randint(88, 96)
    yr = d.year if half == "上半年" else d.year - 1
    t = Text("%d年%s信息化服务顾客满意度调查报告" % (yr, half)).head(
        secret_mark(co), ("p", "调查时间：%s    调查方式：问卷（所内%d个部门及%s）和电话回访" % (any_date(co, d), co.rng.randint(18, 30), co.al_cust)))
    t.sec("调查结果", [("table", [["调查项", "得分"], ["报修响应及时性", co.rng.randint(85, 97)], ["问题解决质量", co.rng.randint(85, 97)],
                                  ["服务态度", co.rng.randint(90, 99)], ["变更通知及时性", co.rng.randint(80, 95)], ["综合满意度", score]])])
    t.sec("满意度分析", ["用户对服务态度评价最高；变更通知及时性得分最低，主要是部分紧急变更未提前通知到车间；%s综合得分%d分。"
                         % (co.al_cust, score - co.rng.randint(0, 4))])
    t.sec("改进措施", ["变更通知纳入%s自动推送；总装节点期间增派驻厂人员。" % co.al_itsm])
    t.items += ["41/surveys", "58/survey", "63/survey"]
    return t.doc("csat", d, True)


def csat_trend(co, d):
    b = [secret_mark(co), ("title", "顾客满意度趋势分析"), ("p", "综合管理室    %s" % any_date(co, d)),
         ("table", [["期次", "综合满意度", "%s得分" % co.al_cust], ["%d年上半年" % (d.year - 1), 88, 86], ["%d年下半年" % (d.year - 1), 90, 89],
                    ["%d年上半年" % d.year, 92, 91]]),
         ("p", "趋势：连续三期上升，报修响应及时性提升最明显；变更通知及时性仍为短板。")]
    return Doc("csat_trend", "满意度趋势", d, ["41/trend"], True, b)


def callbacks(co, d):
    rows = []
    for i in range(6):
        x = d - timedelta(days=24 * i)
        rows.append([x.isoformat(), co.rng.choice([co.al_cust, "科研生产处", "质量处", "第三研究室", co.al_cust]), co.p(5),
                     co.rng.choice(["电话", "上门", "电话"]), co.rng.choice(["满意", "希望变更提前通知", "报修电话占线", "满意"]), "已反馈相关室"])
    return book("callbacks", "用户回访记录表（QR-20.10-03）", d, True, [
        ("回访", ["回访日期", "用户单位", "回访人", "方式", "用户意见", "处理情况"], rows, ["63/follow-up-visits"])])


def model_support(co, d):
    b = [secret_mark(co), ("title", "%s型号总装节点信息保障方案" % co.al_cust), ("p", "信息化处    %s" % any_date(co, d)),
         ("p", "总装节点期间（%s起两周）实行处领导带班、驻厂值守，暂停非紧急变更，每日17时报送运行情况。" % cnd(d)),
         ("table", [["日期", "带班领导", "驻厂人员", "远程值守"]] +
          [[(d + timedelta(days=i)).isoformat(), co.p(0), co.p(2 + i % 3), co.vp(i)] for i in range(4)])]
    return Doc("model_support", "总装节点保障方案", d, [], True, b)


# ------------------------------------------------------------------------------ 服务设计

def catalog(co, d, parts):
    rows, items = [], ["29/catalog"]
    base = [("初始服务", "新入网设备与系统的资产识别、配置项收集和运维流程导入"), ("安全设备运维", "防火墙、上网行为管理、准入、防病毒的维护与升级"),
            ("日常巡检服务", "机房及网络、安全设备日常巡检（运维记录本）"), ("健康检查", "每季度安全设备及业务系统健康检查"),
            ("安全事件审计", "网络及安全设备、服务器、应用日志审计（安全审计员）")]
    l2 = [("运维监控与分析", "非密网及%s运行监控和季度分析" % co.sys(2)), ("终端安全监控", "终端准入、违规外联和病毒监控"),
          ("等级保护合规性运维", "按等级保护第二级/第三级要求开展合规检查与整改")]
    l1 = [("安全通告及漏洞分析", "上级通报、漏洞、病毒、厂商通告收集分析并编发网络安全通报"), ("应急响应服务", "网络安全事件和运行故障应急支援")]
    for on, its, ents in [("base" in parts, ["12/catalog"], base), ("l2" in parts, ["19/catalog"], l2), ("l1" in parts, ["26/catalog"], l1)]:
        if on:
            items += its
            rows += [[n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["运维记录", "检查报告", "工单"])] for n, c in ents]
    rows += [["账号及邮箱服务", "账号开通、注销与权限调整", "远程", "工单"], ["入网审批服务", "终端入网与互联网访问审批", "现场", "审批单"]]
    return book("catalog", "信息化处运维服务目录（%d版）" % d.year, d, False, [
        ("服务目录", ["服务项目", "服务内容", "服务方式", "交付物"], rows, items)], note="密级：内部")


def sld_ola(co, d, sld, ola):
    t = Text("运维服务级别设计及处内运营级别约定").head(secret_mark(co), ("p", "综合管理室编制，处务会审定    %s" % any_date(co, d)))
    t.sec("对外协运维单位的服务级别设计", ["与%s约定：重大故障15分钟响应、2小时恢复；一般故障30分钟响应、4小时恢复；服务请求1个工作日办结。" % co.vendor],
          ["8/sld"], sld)
    t.sec("处内运营级别约定", ["网络运维室、应用系统室、安全保密室之间：重大故障二线15分钟内接手、2小时恢复；一般故障30分钟接手、4小时恢复；",
                               "上述处内时限与对外协运维单位的服务级别保持一致，每半年由综合管理室对照复核。"], ["8/ola"], ola)
    return t.doc("sld_ola", d, False)


def avail_kpis(co, d):
    rows = [["整体指标", "非密网整体可用率", "全部非密信息系统", "≥99.5%", "月"],
            ["整体指标", "重大故障次数", "全部信息系统", "0", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.5%", "月"],
            ["单系统指标", "%s可用率" % co.sys(1), co.sys(1), "≥99.5%", "月"],
            ["单系统指标", "%s生产时段可用率" % co.sys(2), co.sys(2), "≥99.9%", "月"]]
    return book("avail_kpis", "信息系统可用性指标清单", d, False, [
        ("指标", ["类别", "指标", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_review(co, d, auto):
    t = Text("以往运维服务方案对科研生产影响分析及自动化运维建议").head(secret_mark(co), ("p", "网络运维室    %s" % any_date(co, d)))
    t.sec("以往服务方案回顾", ["回顾%d年实施的服务方案%d项，包括厂区网络改造、准入策略调整、邮件系统迁移等。" % (d.year - 1, co.rng.randint(15, 35))])
    t.sec("对科研生产的影响分析", ["其中3项方案实施期间影响装配车间看板（最长20分钟），均在变更窗口内；1项因回退造成次日协同办公登录延迟15分钟。"],
          ["7/impact-analysis"])
    t.sec("解决效率分析及可自动化服务", ["全年处置安全事件%d起，平均处置时长3.1小时，终端病毒告警、弱口令告警等重复性事件占%d%%；"
                                       "建议将病毒库版本核查、弱口令核查、备份作业检查和巡检报告生成实现自动化。" % (co.rng.randint(60, 140), co.rng.randint(50, 65))],
          ["7/automation"], auto)
    return t.doc("svc_review", d, True)


def dev_plan(co, d):
    b = [secret_mark(co), ("title", "%d年度运维工具自主开发计划" % d.year), ("p", "应用系统室    %s" % any_date(co, d)),
         ("p", "根据%s需求和本处开发能力，计划开发以下安全运维工具：" % co.al_cust),
         ("table", [["工具名称", "用途", "计划完成", "负责人"], ["终端合规核查工具", "批量核查终端补丁、病毒库和违规外联", "%d年6月" % d.year, co.p(1)],
                    ["备份作业监控脚本", "备份作业状态汇总与告警", "%d年8月" % d.year, co.p(5)],
                    ["巡检报告自动生成工具", "汇总运维记录本和巡检表生成报告", "%d年11月" % d.year, co.p(4)]])]
    return Doc("dev_plan", "工具开发计划", d, ["33/dev-plan"], False, b)


# ------------------------------------------------------------------------------ 网络运维室 / 应用系统室 records

def logbook_scan(co, d, detailed, av):
    """运维记录本 (paper, scanned with OCR): device rows prove 44/45/14, 查杀 rows the antivirus."""
    rows = [["日期", "时间", "巡检及操作内容", "异常及处理", "记录人", "复核"]]
    for i in range(8):
        x = d - timedelta(days=i)
        if detailed:
            s = "出口防火墙、核心交换机、上网行为管理运行正常，CPU %d%%，会话%d万，告警%d条已确认" % (
                co.rng.randint(8, 40), co.rng.randint(2, 30), co.rng.randint(0, 3))
        else:
            s = co.rng.choice(["正常", "无异常", "正常"])
        if av and i % 3 == 0:
            s += "；防病毒服务器病毒库更新至%s，全网终端查杀%s" % (ymd(x), co.rng.choice(["未发现病毒", "清除木马1个"]))
        rows.append(["%d.%d" % (x.month, x.day), "%02d:%02d" % (co.rng.randint(8, 9), co.rng.randint(0, 59)), s,
                     "无" if co.rng.random() < 0.8 else "第三研究室报修网络不通，已派单", co.p(2 + i % 3), co.p(2)])
    b = [("title", "信息化处运维记录本"), ("p", "（%d年第%d本）  网络运维室    密级：内部" % (d.year, co.rng.randint(2, 9))), ("table", rows),
         ("p", "[扫描件 OCR 识别文本，可能存在识别误差]")]
    items = []
    if detailed:
        items += ["44/inspection", "45/monitoring", "14/maintenance"]
    if av:
        items += ["44/virus-scan", "45/antivirus"]
    return Doc("logbook", "运维记录本", d, sorted(set(items)), True, b)


def patrol_book(co, d, kinds):
    """机房及网络设备巡检记录表 (Excel, one month): each sheet with rows proves its record kind."""
    days = [d - timedelta(days=3 * i) for i in range(9)]
    sh = []
    sh.append(("机房环境", ["日期", "UPS负载", "精密空调", "温度/湿度", "消防", "巡检人"],
               [[x.isoformat(), "%d%%" % co.rng.randint(30, 55), "正常", "%d℃/%d%%" % (co.rng.randint(20, 24), co.rng.randint(40, 55)), "正常", co.p(4)]
                for x in days] if "env" in kinds else [], []))
    sh.append(("网络及安全设备", ["日期", "设备", "运行状态", "CPU", "会话/流量", "告警", "巡检人"],
               [[x.isoformat(), co.rng.choice(["核心交换机", "出口防火墙", "上网行为管理", "终端准入控制器", "%s汇聚交换机" % co.al_cust]), "正常",
                 "%d%%" % co.rng.randint(6, 45), "%d万" % co.rng.randint(1, 40), co.rng.choice(["无", "无", "1条低危"]), co.p(4)] for x in days]
               if "dev" in kinds else [], ["44/inspection", "45/monitoring", "14/maintenance"]))
    sh.append(("防病毒", ["日期", "范围", "病毒库版本", "终端在线率", "查杀结果", "执行人"],
               [[x.isoformat(), "所内非密终端及%s终端" % co.al_cust, "%d%02d%02d-01" % (x.year, x.month, x.day), "%.1f%%" % (94 + co.rng.random() * 5),
                 co.rng.choice(["未发现病毒", "清除木马1个", "未发现病毒"]), co.p(1)] for x in days[:4]] if "av" in kinds else [],
               ["44/virus-scan", "45/antivirus"]))
    sh.append(("维护保养", ["日期", "设备", "维护内容", "结果", "维护人"],
               [[x.isoformat(), co.rng.choice(["出口防火墙", "上网行为管理", "邮件网关"]), "日志清理、策略命中检查、设备除尘", "完成", co.vp(0)] for x in days[::2]]
               if "maint" in kinds else [], ["44/maintenance", "14/maintenance"]))
    sh.append(("故障处理", ["日期", "设备", "故障现象", "检测及排除", "恢复时间", "处理人"],
               [[days[2].isoformat(), "上网行为管理", "电源模块告警", "更换冗余电源", "30分钟", co.p(4)],
                [days[6].isoformat(), "%s汇聚交换机" % co.al_cust, "上联光模块收光弱", "更换光模块", "25分钟", co.vp(1)]] if "fault" in kinds else [],
               ["44/faults"]))
    sh.append(("升级", ["日期", "设备", "升级前", "升级后", "变更申请单", "验证"],
               [[days[4].isoformat(), "出口防火墙", "V5.6R2", "V5.6R4", "BG-%s-%02d" % (ymd(days[4]), co.rng.randint(1, 40)), "通过"],
                [days[7].isoformat(), "防病毒服务器", "引擎%s" % ymd(days[8]), "引擎%s" % ymd(days[7]), "标准变更", "通过"]] if "up" in kinds else [],
               ["44/upgrades"]))
    return book("patrol", "机房及网络设备巡检记录表（%d年%02d月）QR-20.08-03" % (d.year, d.month), d, True, sh)


def hw_stats(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=36 * i)
        rows.append([i + 1, x.isoformat(), co.rng.choice(["出口防火墙", "上网行为管理", "终端准入控制器", "邮件网关", "日志审计平台"]),
                     co.rng.choice(["电源", "风扇", "硬盘", "光模块", "主板"]), co.rng.choice(["备件更换", "厂商返修"]), "%d分钟" % co.rng.randint(10, 90)])
    rows.append(["", "合计", "", "%d次" % len(rows), "", ""])
    return book("hw_stats", "安全设备硬件故障统计表（%d年）" % d.year, d, True, [
        ("统计", ["序号", "日期", "设备", "故障部件", "处理方式", "影响时长"], rows, ["14/hardware-faults", "44/faults"])])


def assets(co, d):
    devs = [("FW", "出口防火墙", "天融信NGFW4000", "互联网边界访问控制"), ("AC", "上网行为管理", "深信服AC-1000", "互联网访问审计"),
            ("NAC", "终端准入控制器", "启明星辰天清", "非密网终端准入"), ("SW", "核心交换机", "华为S12700", "非密网核心交换"),
            ("SRV", "协同办公服务器", "浪潮NF5280M6", co.sys(0)), ("SRV", "邮件服务器", "曙光I620", co.sys(1))]
    rows = []
    for i, (t, n, m, f) in enumerate(devs, 1):
        rows.append(["%s-FM-%s-%03d" % (co.al_code, t, i), n, "网络安全设备" if t != "SRV" else "服务器", m, f,
                     "信息楼%d层机房%d列%d柜" % (co.rng.randint(2, 4), co.rng.randint(1, 5), co.rng.randint(1, 16)),
                     "上联%s" % ("核心交换机" if t != "SW" else "出口防火墙"), "非密网", "非密", co.rng.choice(["重要", "一般"]),
                     "V%d.%d" % (co.rng.randint(1, 9), co.rng.randint(0, 9))])
    return book("assets", "非密信息设备台账（%s）" % d.isoformat(), d, True, [
        ("台账", ["设备编号", "名称", "类别", "型号", "功能", "物理位置", "端口对应", "部署网络", "密级", "重要程度", "软件版本"], rows,
         ["13/asset-list", "43/asset-list"])], note="设备编号中FM为非密标识；涉密设备另册管理，不在本台账")


def cmdb(co, d, rel):
    cis = [("出口防火墙策略集", "安全配置"), ("终端准入策略", "安全配置"), ("%s参数" % co.sys(0), "应用配置"),
           ("邮件网关规则", "安全配置"), ("%s数据库参数" % co.sys(2), "数据库配置"), ("堡垒机授权策略", "安全配置")]
    rows, links = [], []
    for i, (n, t) in enumerate(cis, 1):
        rows.append(["PZ-%04d" % (300 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i),
                     "内部", "系统管理员可写，安全审计员只读", "SHA256校验", "每日备份至备份服务器"])
        if rel and i > 1:
            links.append(["PZ-%04d" % (300 + i), co.rng.choice(["依赖", "运行于", "受控于"]), "PZ-%04d" % (300 + i - 1)])
    return book("cmdb", "%s配置库导出" % co.al_itsm, d, True, [
        ("配置项", ["配置项编号", "名称", "类型", "版本", "责任人", "密级", "访问控制", "完整性", "备份"], rows, ["27/cmdb"]),
        ("关联关系", ["配置项", "关系", "关联配置项"], links, ["38/cmdb-relations"])])


def ci_log(co, d):
    rows = [[(d - timedelta(days=18 * i)).isoformat(), "PZ-%04d" % (301 + i % 6), co.rng.choice(["策略新增", "参数调整", "版本升级", "授权回收"]),
             "BG-%s-%02d" % (ymd(d - timedelta(days=18 * i)), co.rng.randint(1, 40)), co.p(2), co.p(3)] for i in range(7)]
    return book("ci_log", "配置项更新维护登记（%d年）" % d.year, d, True, [
        ("登记", ["日期", "配置项", "更新内容", "关联变更申请单", "维护人", "复核人"], rows, ["43/ci-updates"])])


def collect(co, d, which):
    head = ["采集日期", "对象"] + [{"config": "配置采集（与基线比对）", "traffic": "流量采集", "status": "状态采集"}[w] for w in which] + ["采集人"]
    rows = []
    for i in range(6):
        x = d - timedelta(days=14 * i)
        r = [x.isoformat(), co.rng.choice(["出口防火墙", "核心交换机", "%s汇聚交换机" % co.al_cust])]
        for w in which:
            r.append({"config": "已导出，差异%d项" % co.rng.randint(0, 2), "traffic": "峰值%dMbps" % co.rng.randint(100, 900),
                      "status": "CPU%d%% 内存%d%%" % (co.rng.randint(8, 50), co.rng.randint(30, 70))}[w])
        rows.append(r + [co.p(4)])
    return book("collect", "网络安全信息采集记录（%d年）" % d.year, d, True, [("采集", head, rows, ["16/" + w for w in which])])


def baseline(co, d):
    rows = [["服务器", "口令策略", "长度≥10位，90天更换，5次失败锁定"], ["服务器", "远程管理", "禁用telnet，仅经堡垒机访问"],
            ["终端", "外设管控", "禁用无线网卡和非授权USB存储"], ["网络设备", "日志", "syslog发送至日志审计平台"], ["防火墙", "默认策略", "默认拒绝"]]
    return book("baseline", "非密信息系统安全配置基线（V%d.0）" % (d.year - 2020), d, False, [
        ("基线", ["对象", "检查项", "基线要求"], rows, ["25/baseline"])])


def change_register(co, d, with_rows=True):
    rows = []
    if with_rows:
        for i in range(co.rng.randint(6, 11)):
            x = d - timedelta(days=co.rng.randint(0, 28))
            rows.append(["BG-%s-%02d" % (ymd(x), co.rng.randint(1, 40)), x.isoformat(), co.rng.choice(["一般变更", "标准变更", "重大变更"]),
                         co.rng.choice(["网络运维室", "应用系统室", "安全保密室"]),
                         co.rng.choice(["出口防火墙策略调整", "%s版本升级" % co.sys(2), "邮件网关规则调整", "核心交换机端口变更", "准入策略调整"]),
                         co.rng.choice(["全所", co.al_cust, "第二研究室"]), co.p(0), "%s 18:00-20:00" % x.isoformat(),
                         co.rng.choice(["成功", "成功", "成功", "失败已回退"]), "已关闭"])
    return book("change_reg", "信息系统变更登记台账（QR-20.07-02）", d, True, [
        ("变更", ["申请单号", "申请日期", "变更类别", "申请室", "变更内容", "影响范围", "审批人", "实施窗口", "实施结果", "状态"], rows,
         ["54/records", "43/process-records"])], note="登记人：%s    %d年%d月" % (co.p(3), d.year, d.month))


def change_form(co, d, done):
    """信息系统变更申请单 (signed scan): implemented and verified, or still awaiting approval."""
    no = "BG-%s-%02d" % (ymd(d), co.rng.randint(1, 40))
    rows = [["申请单号", no, "申请室", "网络运维室"], ["变更内容", "出口防火墙新增%s访问%s的策略" % (co.al_cust, co.sys(2)), "", ""],
            ["影响范围", co.al_cust, "变更类别", "一般变更"], ["测试情况", "测试环境验证通过", "回退措施", "恢复变更前配置文件"],
            ["安全保密室意见", "同意" if done else "", "处长审批", ("同意  %s" % co.p(0)) if done else ""],
            ["实施时间", ("%s 18:30" % d.isoformat()) if done else "", "实施人", co.p(2) if done else ""],
            ["验证结果", "业务访问正常，变更成功" if done else "", "验证人", co.cp(1) if done else ""]]
    b = [("p", "密级：内部"), ("title", "信息系统变更申请单"), ("p", "QR-20.07-01"), ("table", rows),
         ("p", "[扫描件 OCR 识别文本]")]
    return Doc("change_form", "变更申请单", d, ["54/records", "43/process-records"] if done else [], True, b)


def tickets(co, d, resp):
    head = ["工单号", "报修部门", "类别", "报修时间", "响应时间", "解决时间", "问题描述", "处理人", "状态"]
    rows = []
    for i in range(12):
        x = d - timedelta(days=co.rng.randint(0, 30))
        h = co.rng.randint(8, 17)
        r = ["GD%s%03d" % (ymd(x), co.rng.randint(1, 999)), co.rng.choice([co.al_cust, "科研生产处", "第一研究室", "第三研究室", "财务处", co.al_cust]),
             co.rng.choice(["故障报修", "服务请求", "咨询"]), "%s %02d:%02d" % (x.isoformat(), h, co.rng.randint(0, 59)),
             "%s %02d:%02d" % (x.isoformat(), h, co.rng.randint(0, 59)), "%s %02d:%02d" % (x.isoformat(), min(h + 2, 23), co.rng.randint(0, 59)),
             co.rng.choice(["协同办公无法登录", "车间看板不刷新", "邮箱容量满", "打印机脱机", "新员工入网", "准入客户端报错"]),
             co.p(co.rng.randint(2, 5)), "已关闭"]
        if not resp:
            r = r[:4] + r[5:]
        rows.append(r)
    if not resp:
        head = head[:4] + head[5:]
    items = ["43/process-records"] + (["55/response-times"] if resp else [])
    return book("tickets", "%s工单导出（%d年%d月）" % (co.al_itsm, d.year, d.month), d, True, [("工单", head, rows, items)])


def quarterly(co, d, q, trend, data, avail):
    """信息化工作季度报告 to the 所领导."""
    y = d.year if q < 4 else d.year - 1
    t = Text("%d年第%d季度信息化工作报告" % (y, q)).head(secret_mark(co), ("p", "信息化处    报送：%s、所领导    %s" % (co.boss, any_date(co, d))))
    t.sec("运行总体情况", ["本季度非密网及%s信息系统运行平稳，处置运行故障%d起，无重大故障；受理报修%d件。" % (co.al_cust, co.rng.randint(10, 40), co.rng.randint(200, 600))])
    t.sec("运行指标趋势分析", [("table", [["指标", "上上季度", "上季度", "本季度", "趋势"],
                                          ["互联网出口带宽峰值（Mbps）", 610, 655, 702, "上升"], ["邮件系统日均投递量（万封）", 3.1, 3.4, 3.6, "上升"],
                                          ["监控告警数", 842, 760, 688, "下降"], ["终端病毒告警", 57, 41, 33, "下降"]]),
                               "出口带宽持续上升，预计下半年需扩容至1000Mbps；告警数随准入全覆盖持续下降。"], ["50/monitoring-report"], trend)
    t.sec("运维数据统计", [("table", [["指标", "本季度"], ["异常报告及时率", "98%"], ["异常漏报率", "0.6%"], ["维护作业计划及时完成率", "97%"],
                                      ["故障隐患发现率", "90%"], ["异常主动发现率", "86%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                      ["加固设备覆盖率", "94%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(1, 8)]])],
          ["56/data"], data)
    t.sec("信息系统可用率", [("table", [["系统", "目标", "本季度可用率", "中断次数"], [co.sys(0), "99.5%", "99.86%", 1],
                                        [co.sys(1), "99.5%", "99.71%", 2], [co.sys(2), "99.9%", "99.88%", 2]]),
                             "%s未达标，原因为厂区汇聚交换机掉电，已纳入可用性改进。" % co.sys(2)], ["18/availability-report", "22/report"], avail)
    t.sec("下季度工作", ["完成等级保护测评整改，做好%s型号总装节点信息保障。" % co.al_cust])
    return t.doc("quarterly", d, True)


def avail_plan(co, d):
    t = Text("%d年信息系统可用性保障计划" % d.year).head(secret_mark(co), ("p", "网络运维室    %s" % any_date(co, d)))
    t.sec("可用性目标", ["%s、%s可用率≥99.5%%，%s生产时段可用率≥99.9%%。" % (co.sys(0), co.sys(1), co.sys(2))])
    t.sec("保障措施", ["核心交换机和出口防火墙双机、服务器虚拟化高可用、厂区汇聚双电源、每季度备份恢复验证。"])
    t.sec("可用性事件监控与报告", ["所有服务中断在《信息系统服务中断登记表》登记，按季在季度报告中报告可用率，未达标系统制定改进措施。"])
    t.items += ["18/availability-plan", "22/plan"]
    return t.doc("avail_plan", d, False)


def outage_book(co, d):
    rows = []
    for i in range(co.rng.randint(3, 6)):
        x = d - timedelta(days=co.rng.randint(5, 60) * (i + 1) // 2)
        rows.append([x.isoformat(), co.sys(i), co.rng.choice(["无法登录", "服务中断", "访问缓慢"]), "%d分钟" % co.rng.randint(3, 50),
                     co.rng.choice(["汇聚交换机掉电", "数据库连接池耗尽", "运营商线路中断", "证书过期"]), "已恢复"])
    return book("outage", "信息系统服务中断登记表（%d年）" % d.year, d, True, [
        ("登记", ["日期", "系统", "现象", "中断时长", "原因", "处理"], rows, ["18/availability-events", "22/events", "43/process-records"])])


def kb_export(co, d):
    titles = ["准入客户端注册失败处理", "协同办公附件上传超时", "邮件退信550排查", "车间看板断连恢复", "出口防火墙HA切换检查", "打印服务假脱机重启"]
    rows = [["ZS%04d" % (100 + i), tt, co.rng.choice(["故障处理", "操作指引"]), co.p(i), "已发布", (d - timedelta(days=30 * i)).isoformat()]
            for i, tt in enumerate(titles)]
    return book("kb", "运维知识库条目导出", d, True, [("知识", ["编号", "标题", "分类", "提交人", "状态", "发布日期"], rows, ["21/knowledge-base"])])


def upgrade_plan(co, d, test, rollback):
    t = Text("%s升级改造实施方案" % co.sys(2)).head(
        secret_mark(co), ("p", "变更申请单：BG-%s-%02d    实施窗口：%s 18:00-22:00    编制：应用系统室%s" % (ymd(d), co.rng.randint(1, 40), d.isoformat(), co.p(5))))
    t.sec("改造内容", ["%s由V2升级至V3，新增装配工序电子看板和质量数据采集接口。" % co.sys(2)])
    t.sec("测试验证", ["在测试环境完成功能测试、性能测试（200并发）和安全测试（漏洞扫描）；",
                       "由%s生产计划处完成验收测试，并验证与旧版客户端、厂区网络和协同办公接口的兼容性。" % co.al_cust], ["25/test-plan"], test)
    t.sec("实施步骤", ["停止服务→备份→部署新版本→数据迁移→启动→内部验证→%s验证。" % co.al_cust])
    t.sec("回退措施", ["实施前备份应用、配置和数据库；验证失败时60分钟内回退至原版本，回退步骤已在测试环境演练。"], ["25/rollback", "11/rollback"], rollback)
    t.sec("人员安排", ["总负责%s；实施%s、%s；验证%s。" % (co.p(0), co.p(5), co.vp(1), co.cp(1))])
    return t.doc("upgrade_plan", d, False)


def net_retrofit(co, d, test, rollback):
    """网络改造实施方案 of the 总装厂's 厂区网络: the same two sections decide 25 and 11."""
    t = Text("%s厂区网络双链路改造实施方案" % co.al_cust).head(
        secret_mark(co), ("p", "网络运维室    编制：%s    审核：%s    %s" % (co.p(2), co.p(0), any_date(co, d))))
    t.sec("改造目标", ["为装配车间和检验站增加第二条上联链路和第二路电源，消除单点故障。"])
    t.sec("改造前测试验证", ["在实验室搭建与厂区一致的拓扑，验证链路聚合切换时间（≤1秒）、新汇聚交换机与现网VLAN和准入策略的兼容性、"
                             "%s客户端在切换期间的会话保持。" % co.sys(2)], ["25/test-plan"], test)
    t.sec("实施步骤", ["割接安排在周日停产时段：上架加电→基础配置→逐台迁移接入交换机→链路切换测试→车间验证。"])
    t.sec("回退措施", ["保留原汇聚交换机在线并保存原配置；任一车间验证失败时20分钟内将接入交换机改回原上联，恢复原状态。"],
          ["25/rollback", "11/rollback"], rollback)
    return t.doc("net_retrofit", d, False)


def requirements(co, d):
    b = [secret_mark(co), ("title", "%s装配数据采集子系统建设需求分析记录" % co.al_cust), ("p", "应用系统室    %s" % any_date(co, d)),
         ("table", [["类别", "需求", "用户确认"], ["功能", "采集装配工序扭矩、检验数据并生成质量记录", "%s质量处已确认" % co.al_cust],
                    ["性能", "50个工位同时采集，数据延迟≤2秒", "已确认"], ["安全性", "仅运行于非密网，满足等级保护第二级要求，不得处理涉密信息", "已确认"]]),
         ("p", "用户代表：%s（签字）" % co.cp(1))]
    return Doc("requirements", "需求分析记录", d, ["11/requirements"], True, b)


def compat(co, d):
    b = [secret_mark(co), ("title", "%s升级兼容性验证报告" % co.sys(2)), ("p", "验证日期：%s" % any_date(co, d)),
         ("table", [["验证项", "内容", "结果"], ["网络兼容", "与厂区网络VLAN、出口防火墙策略的连通", "通过"],
                    ["系统兼容", "国产操作系统及数据库适配", "通过"], ["应用兼容", "旧版车间客户端及%s接口调用" % co.sys(0), "通过"]]),
         ("p", "结论：与原系统兼容，满足上线条件。验证人：%s" % co.p(5))]
    return Doc("compat", "兼容性验证报告", d, ["11/compatibility"], True, b)


def weekly(co, d):
    b = [("title", "信息化处工作周报（%s）" % d.isoformat()), ("p", "报送：%s    编写：%s" % (co.p(0), co.p(3))),
         ("p", "一、本周运行：非密网运行平稳，受理报修%d件。" % co.rng.randint(30, 120)),
         ("p", "二、本周变更：实施变更%d项，均成功。" % co.rng.randint(1, 8)),
         ("p", "三、下周安排：%s升级准备；保密自查资料整理。" % co.sys(2))]
    return Doc("weekly", "周报", d, [], True, b)


# ------------------------------------------------------------------------------ 安全保密室

def audit_report(co, d, monthly=True):
    t = ("%d年%d月安全审计报告" % (d.year, d.month)) if monthly else ("%d年第%d季度安全审计报告" % (d.year, qtr(d)))
    tx = Text(t).head(secret_mark(co), ("p", "安全审计员：%s    审核：%s    %s" % (co.p(3), co.p(0), any_date(co, d))))
    tx.sec("网络及安全设备日志审计", ["出口防火墙、上网行为管理日志%d万条，发现境外扫描源IP %d个，已封禁；访问非授权网盘%d次，已通报所在部门。"
                                    % (co.rng.randint(200, 3000), co.rng.randint(5, 60), co.rng.randint(0, 12))])
    tx.sec("服务器及操作系统日志审计", ["协同办公和邮件服务器登录日志审计，发现非工作时间登录%d次，核实为系统管理员备份作业；系统管理员、"
                                      "安全保密管理员操作日志审查未发现越权操作。" % co.rng.randint(1, 6)])
    tx.sec("应用日志审计", ["%s日志中异常登录失败%d次，均为口令输错；邮件系统外发大附件告警%d次，经核实为正常业务。" % (co.sys(0), co.rng.randint(10, 200), co.rng.randint(0, 9))])
    tx.sec("审计结论", ["本期未发现成功入侵和违规外联，建议加强%s车间终端口令管理。" % co.al_cust])
    tx.items += ["17/log-analysis", "45/audit-report", "47/audit"]
    return tx.doc("audit_report", d, True)


def bulletin(co, d, n, full):
    t = Text("网络安全通报（%d年第%d期）" % (d.year, n)).head(secret_mark(co), ("p", "信息化处安全保密室    %s" % any_date(co, d)),
                                                        ("p", "发至：所属各部门信息化联络员，%s信息化负责人" % co.al_cust))
    t.sec("漏洞通告", ["CVE-%d-%05d：某常用办公软件远程代码执行漏洞，影响所内及%s部分终端，请于5个工作日内完成补丁安装。"
                       % (d.year, co.rng.randint(10000, 49999), co.al_cust)], ["52/vulnerability", "53/bulletin"])
    t.sec("厂商安全通告", ["防火墙、终端安全厂商发布本月升级包，信息化处已完成测试，按标准变更实施。"])
    t.sec("病毒通告", ["上级单位通报：近期针对军工单位的钓鱼邮件携带远控木马，伪装为“会议通知”“型号资料”，请勿打开可疑附件。"], ["52/virus"], full)
    t.sec("政策法规及业界动态", ["转发上级单位关于贯彻《网络数据安全管理条例》的通知要点；同行业某单位发生互联网邮箱泄密案例，引以为戒。"], ["52/policy"], full)
    t.sec("分析与处置建议", ["经比对设备台账，受漏洞影响终端%d台、服务器%d台，已列入本周变更窗口修复。" % (co.rng.randint(20, 200), co.rng.randint(1, 8))],
          ["52/analysis"], full)
    return t.doc("bulletin", d, True)


def sec_stats(co, d, analysis):
    rows = []
    for m in range(1, d.month + 1):
        a, b_, c = co.rng.randint(0, 5), co.rng.randint(0, 8), co.rng.randint(0, 2)
        rows.append(["%d月" % m, a, b_, c, a + b_ + c])
    return book("sec_stats", "网络安全事件统计分析表（%d年1-%d月）" % (d.year, d.month), d, True, [
        ("统计", ["月份", "有害程序", "网络攻击", "设备设施故障", "合计"], rows, ["18/incident-stats"]),
        ("分析", ["分析"], [["网络攻击以扫描和暴力破解为主，有害程序集中在车间终端U盘传播，建议%s落实外设管控并加强准入。" % co.al_cust]] if analysis else [],
         ["18/incident-analysis"])])


def pentest_plan(co, d):
    b = [secret_mark(co), ("title", "%d年度渗透测试工作计划" % d.year), ("p", "安全保密室    %s" % any_date(co, d)),
         ("table", [["批次", "对象", "方式", "时间", "负责人"], [1, "所门户网站", "黑盒", "4月", co.p(1)], [2, co.sys(1), "灰盒", "7月", co.vp(2)],
                    [3, "%s互联网出口" % co.al_cust, "黑盒", "10月", co.p(1)]]),
         ("p", "每次测试前报分管所领导书面授权，测试结束后10个工作日内出具报告。")]
    return Doc("pentest_plan", "渗透测试计划", d, ["31/pentest-plan", "32/pentest-plan"], False, b)


def pentest_report(co, d):
    t = Text("所门户网站渗透测试报告").head(secret_mark(co), ("p", "测试时间：%s    测试人员：%s、%s    授权编号：SQ-%s" % (any_date(co, d), co.p(1), co.vp(2), ymd(d))))
    t.sec("测试范围", ["所门户网站前台、信息发布后台及互联网邮件登录页面。"])
    t.sec("发现问题", [("table", [["编号", "问题", "等级", "整改"], ["P-01", "后台登录无验证码可暴力破解", "高", "已修复"],
                                  ["P-02", "信息发布附件路径可遍历", "中", "已修复"], ["P-03", "错误页面泄露中间件版本", "低", "已修复"]])])
    t.sec("复测结论", ["高中危问题已全部整改并通过复测。"])
    t.items += ["31/pentest-records", "32/pentest-records"]
    return t.doc("pentest", d, True)


def vscan_export(co, d):
    rows = [["10.%d.%d.%d" % (co.rng.randint(1, 30), co.rng.randint(0, 255), co.rng.randint(2, 250)), v, g]
            for v, g in (("SSL证书即将过期", "低"), ("OpenSSH版本过低", "中"), ("数据库弱口令", "高"), ("SMB签名未启用", "中"))]
    return Doc("vscan", "漏洞扫描导出", d, [], True, sheets=[("漏洞", [["漏洞扫描任务导出"], ["IP", "漏洞名称", "风险等级"]] + rows)])


def grading(co, d):
    b = [secret_mark(co), ("title", "%s非密办公网安全保护等级定级报告" % co.al_short), ("p", "定级时间：%s" % any_date(co, d)),
         ("p", "定级对象：所非密办公网（含%s、%s）。业务信息安全保护等级：第二级；系统服务安全保护等级：第二级；安全保护等级：第二级。" % (co.sys(0), co.sys(1))),
         ("p", "经专家评审和上级单位审核，已向公安机关备案，备案编号%s-%d-%05d。涉密信息系统按分级保护管理，不在本报告范围。" % (co.al_code, d.year, co.rng.randint(1, 99999)))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_guide(co, d):
    b = [secret_mark(co), ("title", "非密信息系统安全保护等级定级工作指南"), ("p", "安全保密室    %s" % any_date(co, d)),
         ("p", "依据GB/T 22240，按业务信息和系统服务受到破坏时所侵害的客体及侵害程度确定等级："),
         ("table", [["受侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第二级"],
                    ["社会秩序、公共利益", "第二级", "第三级", "第四级"], ["国家安全", "第三级", "第四级", "第五级"]]),
         ("p", "所门户网站和非密办公网原则上定为第二级；%s的生产管理系统由对方参照本指南定级后报信息化处备案。" % co.al_cust)]
    return Doc("grading_guide", "定级指南", d, ["51/grading-criteria"], False, b)


def secrecy_self_check(co, d):
    b = [("p", "内部"), ("title", "%d年度信息化处保密自查自评报告" % d.year), ("p", "报送：所保密办    %s" % any_date(co, d)),
         ("h1", "一、自查范围"), ("p", "非密网终端、服务器、互联网出口、移动存储介质、外协人员管理、保密宣传教育。"),
         ("h1", "二、发现问题"), ("p", "抽查终端%d台，发现1台终端曾接入非登记U盘（已确认无涉密信息）；外协人员保密承诺书1份过期未续签。" % co.rng.randint(60, 200)),
         ("h1", "三、整改情况"), ("p", "已完成整改，对相关人员进行保密提醒谈话。")]
    return Doc("secrecy", "保密自查自评", d, [], True, b)


def secrecy_notice(co, d):
    b = [("p", "内部"), ("title", "关于%d年上半年保密检查情况的通报" % d.year), ("p", "%s保密办    %s" % (co.al_short, any_date(co, d))),
         ("p", "上半年保密办对各部门开展保密检查，信息化处在非密网违规外联监测、介质管理方面工作扎实；个别部门存在非密终端存储内部资料未标密的问题。")]
    return Doc("secrecy_notice", "保密检查通报", d, [], True, b)


def vendor_nda(co, d):
    rows = [[i + 1, co.vp(i), co.vendor, "%d-%02d-%02d" % (d.year - 1, 2 + i, 12), "已签", "已培训", "临时出入证%s%03d" % (co.al_code, i + 1), "在岗"]
            for i in range(3)]
    return book("vendor_nda", "外协人员保密协议及出入管理台账（%d年）" % d.year, d, True, [
        ("台账", ["序号", "姓名", "外协单位", "进所日期", "保密协议", "保密教育", "出入证", "状态"], rows, [])])


# ------------------------------------------------------------------------------ 应急

def emergency_plan(co, d, strategy, recovery):
    t = Text("%s网络安全事件应急预案" % co.al_short).head(
        secret_mark(co), ("p", "（%d年修订）    信息化处编制，网络安全和信息化领导小组审定" % d.year))
    t.sec("总则", ["为建立本所及%s非密信息系统应急事件响应机制，保障科研生产和办公连续运行，制定本预案。" % co.al_cust])
    t.sec("组织体系", ["应急领导小组组长由%s担任，下设技术处置组（信息化处）、保密组（保密办）、联络组（综合办公室、%s）。" % (co.boss, co.al_cust)])
    t.sec("事件分级与响应", ["重大事件（全所办公网或%s中断超过1小时）15分钟内启动Ⅰ级响应；较大事件启动Ⅱ级响应；一般事件由值班人员处置。" % co.sys(2)])
    t.sec("处置流程", ["发现报告→研判定级→启动预案→处置→恢复验证→结束→总结报告（按规定报上级单位）。"])
    t.sec("恢复策略", ["%s、%s RTO≤4小时，从虚拟化平台快照和每日备份恢复；%s RTO≤2小时，启用备机；互联网出口启用备用线路。"
                       % (co.sys(0), co.sys(1), co.sys(2))], ["55/plan"], strategy)
    t.sec("系统恢复计划", ["按“网络→存储→数据库→应用”的顺序恢复，各系统恢复步骤、责任人和验证要点见附件1-3。"], ["36/recovery-plan"], recovery)
    t.items += ["36/emergency-plan", "53/emergency-plan"]
    return t.doc("emergency_plan", d, False)


def dr_plan(co, d):
    t = Text("%s数据备份与系统恢复计划" % co.sys(0)).head(secret_mark(co), ("p", "应用系统室    %s" % any_date(co, d)))
    t.sec("恢复目标", ["RTO 4小时，RPO 24小时（关键库RPO 1小时）。"])
    t.sec("恢复资源", ["备份服务器、虚拟化快照、备用服务器和数据备份与恢复作业指导书。"])
    t.sec("恢复步骤", ["宣布启动→准备备机→恢复数据库→部署应用→用户验证→切回。"])
    t.items.append("36/recovery-plan")
    return t.doc("dr_plan", d, False)


def bcp(co, d):
    t = Text("非密信息系统业务连续性计划").head(secret_mark(co), ("p", "V%d.0    %s    网络安全和信息化领导小组审定" % (d.year - 2021, any_date(co, d))))
    t.sec("适用范围", ["适用于本所协同办公、邮件、门户网站和%s等非密信息系统支撑的业务。" % co.sys(2)])
    t.sec("业务影响结论", ["公文流转、型号质量数据采集和对外邮件为关键业务，最大可容忍中断时间4小时。"])
    t.sec("应急响应与灾难恢复机制", ["由《网络安全事件应急预案》和各系统恢复计划支撑；%s启用纸质工序卡作为手工替代。" % co.al_cust])
    t.sec("演练与维护", ["每年至少开展一次业务连续性演练，每年评审更新本计划。"])
    t.items.append("42/bcp")
    return t.doc("bcp", d, False)


def drill(co, d, kind):
    if kind == "dr":
        t, scene, items = "%s备份恢复演练记录" % co.sys(0), "模拟%s数据库损坏，从备份服务器恢复至备机并由用户验证" % co.sys(0), ["40/recovery-drill", "53/drill"]
    else:
        t, scene, items = "网络安全事件应急演练记录", "模拟%s车间终端感染勒索病毒并向服务器网段扩散" % co.al_cust, ["40/emergency-drill", "53/drill"]
    b = [secret_mark(co), ("title", t),
         ("table", [["演练时间", any_date(co, d)], ["演练形式", co.rng.choice(["实战演练", "桌面推演", "实战演练"]) if kind != "dr" else "实战演练"],
                    ["演练场景", scene], ["参演人员", "信息化处%s、%s、%s，%s%s" % (co.p(1), co.p(2), co.p(5), co.al_cust, co.cp(1))],
                    ["演练过程", "13:30下达指令→13:40启动预案→14:20备机就绪→15:10数据恢复完成→15:40用户验证通过" if kind == "dr" else
                     "09:00发现告警→09:10启动预案→09:30隔离终端→10:40清除并恢复→11:10总结"],
                    ["演练结果", "达到预期，RTO %d分钟" % co.rng.randint(60, 180)], ["存在问题", "备份恢复脚本未随版本更新"],
                    ["记录人", co.p(3)], ["审核", co.p(0)]])]
    return Doc("drill", "演练记录", d, items, True, b)


def drill_scheme(co, d):
    b = [secret_mark(co), ("title", "%d年度网络安全应急演练方案" % d.year), ("p", "安全保密室    %s" % any_date(co, d)),
         ("h1", "一、演练目的"), ("p", "检验《网络安全事件应急预案》的可操作性。"),
         ("h1", "二、演练安排"), ("p", "拟于%d年%d月开展，避开型号总装节点。" % (d.year, min(12, d.month + 1))),
         ("h1", "三、分工"), ("p", "总指挥%s，安全保密室负责处置，网络运维室负责隔离，%s安排配合人员。" % (co.p(0), co.al_cust))]
    return Doc("drill_scheme", "演练方案", d, [], False, b, decoy="drill plan")


# ------------------------------------------------------------------------------ 综合管理室: 质量目标、归零、审核、评审、改进

def goals(co, d):
    rows = [["用户满意度", "≥90分", "%d分" % co.rng.randint(90, 95), "达成", "—"], ["用户有效投诉", "≤3件/年", "2件", "达成", "—"],
            ["重大运行故障", "0", "1起", "未达成", "已按质量问题归零 GL-%d-0%d" % (d.year, co.rng.randint(1, 9))],
            ["变更成功率", "≥98%", "97.1%", "未达成", "纠正措施单 JZ-%d-1%d" % (d.year, co.rng.randint(0, 9))], ["服务级别达成率", "≥95%", "96.5%", "达成", "—"]]
    return book("goals", "信息化处%d年质量目标完成情况统计表" % d.year, d, True, [
        ("质量目标", ["质量目标", "目标值", "实际", "完成情况", "措施"], rows, ["57/measurement"])], note="报质量处    统计：%s" % co.p(3))


def zero_report(co, d, verified):
    """质量问题归零报告 of one incident: 57's corrective action; with a passed 归零评审, 66's effectiveness."""
    t = Text("关于%s中断故障的质量问题归零报告" % co.sys(2)).head(
        secret_mark(co), ("p", "归零编号：GL-%d-%02d    责任单位：信息化处网络运维室    %s" % (d.year, co.rng.randint(1, 12), any_date(co, d))))
    t.sec("问题概述", ["%s厂区汇聚交换机单电源掉电，导致%s中断2小时15分钟，影响装配车间工序数据录入。" % (co.al_cust, co.sys(2))])
    t.sec("技术归零", ["定位准确：故障定位于汇聚交换机电源模块，冗余电源未接入UPS；机理清楚：车间配电检修断电后交换机失电；",
                       "问题复现：在测试环境断开单路电源复现；措施有效：加装第二路电源并接入UPS；举一反三：排查所内及%s同类单电源设备7台，全部整改。" % co.al_cust])
    t.sec("管理归零", ["过程清楚、责任明确：配电检修未通知信息化处；措施落实：建立厂区配电检修联络机制；严肃处理：对相关人员批评教育；"
                       "完善规章：修订《信息系统运行故障管理程序》第3.4条。"])
    t.sec("归零评审", ["%s组织归零评审，经复查整改后连续三个月无同类故障，评审认为归零措施有效，同意归零。" % co.p(0)] if verified else ["（待评审）"],
          ["66/effectiveness"] if verified else [])
    t.items.append("57/capa")
    return t.doc("zero_report", d, True)


def capa_form(co, d, verified):
    b = [secret_mark(co), ("title", "纠正措施单"),
         ("table", [["编号", "JZ-%d-%02d" % (d.year, co.rng.randint(10, 30))], ["不合格来源", "质量目标考核：变更成功率97.1%，未达98%"],
                    ["原因分析", "测试数据与生产不一致，2次升级回退"], ["纠正措施", "建立测试数据脱敏同步机制，升级前核对"],
                    ["责任室", "应用系统室"], ["完成期限", any_date(co, d)],
                    ["效果验证", "实施后连续三个月变更成功率99.0%，措施有效" if verified else ""], ["验证人", co.p(3) if verified else ""]])]
    return Doc("capa", "纠正措施单", d, ["57/capa"] + (["66/effectiveness"] if verified else []), True, b)


def prevent_log(co, d):
    rows = [[(d - timedelta(days=30 * i)).isoformat(), co.rng.choice(["出口带宽峰值逼近阈值", "核心交换机运行超8年", "备份存储使用率88%", "门户网站证书临期"]),
             co.rng.choice(["申请扩容", "列入更新计划并备件", "扩容", "提前更换证书"]), co.p(i), "已验证有效"] for i in range(5)]
    return book("prevent_log", "预防措施实施及有效性验证记录（%d年）" % d.year, d, True, [
        ("验证", ["识别日期", "潜在问题", "预防措施", "责任人", "有效性验证"], rows, ["66/effectiveness"])])


def chu_audit(co, d):
    t = Text("%d年度信息化服务内部审核报告" % d.year).head(secret_mark(co), ("p", "审核组长：%s（内审员）    审核日期：%s" % (co.p(3), any_date(co, d))))
    t.sec("审核目的与依据", ["验证信息化运维服务管理体系满足ISO/IEC 20000-1标准和本所程序文件要求、满足所内用户和%s的服务需求及服务协议要求，"
                             "并得到有效实施和保持。" % co.al_cust])
    t.sec("审核范围", ["信息化处综合管理室、网络运维室、安全保密室、应用系统室及服务台。"])
    t.sec("审核发现", ["开具不合格项3项：运维记录本复核签字不全；2张变更申请单缺验证记录；知识库条目超期未复核。"])
    t.sec("审核结论", ["体系运行总体有效，不合格项已开具纠正措施单。"])
    t.items.append("59/internal-audit")
    return t.doc("chu_audit", d, True)


def suo_audit(co, d, it_chapter):
    t = Text("%d年度质量管理体系内部审核报告" % d.year).head(secret_mark(co), ("p", "%s质量处    %s" % (co.al_short, any_date(co, d))))
    t.sec("审核概况", ["依据GJB 9001C-2017和所质量手册，对全所%d个部门开展内部审核。" % co.rng.randint(14, 22)])
    t.sec("产品实现过程审核", ["型号研制、外协外购、生产过程控制和检验总体受控，开具不合格项%d项。" % co.rng.randint(4, 9)])
    t.sec("信息化服务过程审核", ["对照ISO/IEC 20000-1标准、所信息化程序文件和与%s的服务协议要求，审核信息化处运维服务管理体系，"
                                 "体系有效运行，发现变更验证记录不完整等不合格项2项。" % co.al_cust], ["59/internal-audit"], it_chapter)
    t.sec("审核结论", ["质量管理体系运行有效，不合格项限期整改。"])
    return t.doc("suo_audit", d, True)


def mgmt_review(co, d, inputs):
    t = Text("%d年度管理评审报告" % d.year).head(secret_mark(co), ("p", "评审时间：%s    主持：所长    %s汇报信息化服务部分" % (any_date(co, d), co.p(0))))
    t.sec("评审概况", ["依据GJB 9001C-2017，对质量管理体系和信息化运维服务管理体系的适宜性、充分性和有效性进行评审。"])
    txt = {"perf": ("信息化服务和过程的执行情况", "服务级别达成率96.5%，故障、变更、问题等过程按程序文件执行，内审不合格项3项已整改，过程符合性良好。",
                    ["59/management-review", "60/performance"]),
           "fb": ("顾客反馈", "满意度调查综合92分，%s投诉2件（报修电话占线、变更通知不及时）均已处理。" % co.al_cust, ["60/customer-feedback"]),
           "res": ("资源现状及需求预测", "信息化处在编%d人、外协驻所%d人；明年%s二期上线和等保测评整改，预计需增加运维人员2人。"
                   % (co.rng.randint(10, 18), co.rng.randint(2, 6), co.sys(2)), ["60/resources"]),
           "ca": ("纠正措施进展", "上年度评审提出的4项措施完成3项，1项（%s双链路改造）进行中。" % co.al_cust, ["60/corrective-actions"]),
           "chg": ("可能影响服务的变化", "上级单位网络安全检查新要求、%s产能扩建、国产化替代。" % co.al_cust, ["60/changes"]),
           "imp": ("改进机会", "变更成功率未达标、终端准入全覆盖、报修平台与知识库对接。", ["60/improvements"])}
    for k in inputs:
        h, s, its = txt[k]
        t.sec(h, [s], its)
    t.sec("评审结论", ["体系持续适宜、充分、有效；同意增加信息化运维人员和改进项目经费。"])
    return t.doc("mgmt_review", d, True)


def iso_cert(co, d):
    b = [("title", "信息技术服务管理体系认证证书"), ("p", "兹证明：%s" % co.al_inst),
         ("p", "建立的信息技术服务管理体系符合 ISO/IEC 20000-1:2018"),
         ("p", "认证范围：向本所及%s提供非密信息系统运行维护及安全服务" % co.al_cust),
         ("p", "颁证日期：%s    有效期至：%d年%d月%d日" % (cnd(d), d.year + 3, d.month, d.day))]
    return Doc("iso_cert", "ITSM证书", d, ["61/audit-system"], False, b)


def gjb_cert(co, d):
    b = [("title", "质量管理体系认证证书"), ("p", "兹证明：%s" % co.al_inst),
         ("p", "质量管理体系符合 GJB 9001C-2017"),
         ("p", "认证范围：航天电子产品及控制组件的设计、开发、生产和服务"),
         ("p", "发证日期：%s    有效期至：%d年%d月%d日" % (cnd(d), d.year + 3, d.month, d.day))]
    return Doc("gjb_cert", "GJB证书", d, [], False, b)


def improve_plan(co, d, criteria):
    t = Text("%d年度信息化运维服务持续改进计划" % d.year).head(secret_mark(co), ("p", "综合管理室编制    %s    处务会审定" % any_date(co, d)))
    t.sec("改进项目", [("table", [["改进项目", "来源", "改进目标", "责任室", "完成时间"],
                                  ["非密网终端准入全覆盖", "监视测量", "违规接入事件下降80%", "安全保密室", "%d年6月" % d.year],
                                  ["%s网络双链路改造" % co.al_cust, "质量问题归零", "厂区网络中断次数下降50%", "网络运维室", "%d年9月" % d.year],
                                  ["升级测试数据同步", "内部审核", "变更成功率≥98%", "应用系统室", "%d年5月" % d.year]])],
          ["64/plan", "68/plan"])
    t.sec("改进机会评估准则", ["按对科研生产的影响（40%）、实施成本（30%）、风险（30%）评分，70分以上列入计划；"
                               "改进项目须经识别、登记、批准、评估、测量和报告。"], ["64/criteria"], criteria)
    return t.doc("improve_plan", d, True)


def improve_eval(co, d, approved):
    b = [secret_mark(co), ("title", "改进建议评估表（QR-20.11-01）"), ("p", "综合管理室    %s" % any_date(co, d)),
         ("table", [["改进建议", "影响", "成本", "风险", "加权得分", "优先级"], ["非密网终端准入全覆盖", 9, 7, 8, 82, "高"],
                    ["%s网络双链路改造" % co.al_cust, 9, 5, 8, 75, "高"], ["报修平台与知识库对接", 6, 7, 9, 70, "中"], ["巡检报告自动生成", 5, 8, 9, 66, "低"]])]
    b.append(("p", "按加权得分排序，经处务会批准前三项。  批准：%s" % co.p(0)) if approved else ("p", "（待处务会审定）"))
    return Doc("improve_eval", "改进建议评估表", d, ["67/analysis", "67/prioritisation"] if approved else [], True, b)


def improve_track(co, d, measured):
    rows = [["非密网终端准入全覆盖", "违规接入下降80%", "准入覆盖率100%", (d - timedelta(days=70)).isoformat(), "违规接入下降86%，有效" if measured else "", "已在季度报告中报告"],
            ["%s网络双链路改造" % co.al_cust, "中断次数下降50%", "完成3个车间", (d - timedelta(days=14)).isoformat(), "中断下降60%，有效" if measured else "", "已报告"]]
    return book("improve_track", "持续改进项目跟踪表（QR-20.11-02，%d年）" % d.year, d, True, [
        ("跟踪", ["改进项目", "改进目标", "实施情况", "完成日期", "效果测量", "报告情况"], rows,
         ["68/implementation"] + (["68/effectiveness"] if measured else []))])


def quality_month(co, d):
    rows = [[i + 1, co.p(i), ["处领导", "安全保密室", "网络运维室", "综合管理室", "网络运维室", "应用系统室"][i], "已签", co.rng.randint(82, 98)] for i in range(6)] + \
           [[7, co.vp(0), "外协驻所", "已签", co.rng.randint(80, 95)]]
    return book("quality_month", "质量月“持续改进、服务提升”专题培训签到及考核记录", d, True, [
        ("签到及考核", ["序号", "姓名", "室", "签到", "考核成绩"], rows, ["69/awareness-training"]),
        ("培训信息", ["项目", "内容"], [["时间", any_date(co, d)], ["授课", co.p(3)],
                                       ["内容", "持续改进的意义、改进建议的提出和登记、质量问题归零与举一反三案例"]], [])])


def defects(co, d):
    t = Text("%d年质量问题及运维缺陷分析报告" % d.year).head(secret_mark(co), ("p", "综合管理室    %s" % any_date(co, d)))
    t.sec("重大运行故障", ["%d月%s中断2小时15分钟，原因为厂区汇聚交换机单电源掉电，已归零。" % (co.rng.randint(2, 8), co.sys(2))])
    t.sec("失败变更", ["2次%s升级回退，均因测试数据与生产不一致。" % co.sys(2)])
    t.sec("服务不达标", ["第三季度报修电话接通率86%，未达90%的约定。"])
    t.sec("改进计划", ["厂区关键设备双电源排查；升级测试数据同步；总装节点期间增派坐席。"])
    t.items.append("70/defect-analysis")
    return t.doc("defects", d, True)


def year_summary(co, d, data, forecast):
    t = Text("信息化处%d年度工作总结" % (d.year - 1)).head(secret_mark(co), ("p", "%s" % any_date(co, d)))
    t.sec("全年工作回顾", ["完成非密网准入全覆盖、等级保护测评、%s二期建设，全年无重大网络安全事件。" % co.sys(2)])
    t.sec("运维数据汇总", [("table", [["指标", "全年"], ["异常报告及时率", "98.2%"], ["异常漏报率", "0.6%"], ["维护作业计划及时完成率", "97.5%"],
                                      ["故障隐患发现率", "90%"], ["异常主动发现率", "87%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"],
                                      ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "93%"], ["安全事件次数", co.rng.randint(10, 40)]])],
          ["56/data"], data)
    t.sec("运维数据分析及服务预测", ["汇总全年日志、变更、故障、服务请求和问题数据：故障数同比下降12%%，服务请求上升28%%，变更集中在型号节点前；"
                                     "预测下年度%s扩建带来的服务请求将增长约30%%，国产化替代期间变更量翻番，需增加服务台坐席并推广自助服务。" % co.al_cust],
          ["71/forecast"], forecast)
    t.sec("下年度工作安排", ["推进国产化替代和%s双链路改造。" % co.al_cust])
    return t.doc("year_summary", d, True)


# ------------------------------------------------------------------------------ decoys that cite

def sign_sheet(co, d, what):
    rows = [[i + 1, co.p(i), "信息化处", ""] for i in range(6)]
    return Doc("signin", "宣贯签到表", d, [], True, sheets=[("签到", [["《%s》宣贯学习签到表" % what], ["时间：%s" % any_date(co, d)],
                                                                     ["序号", "姓名", "部门", "签名"]] + rows)], decoy="sign-in about a plan or procedure")


def draft_sheet(co, d, regname, no):
    b = [("p", "内部"), ("title", "%s发文稿纸" % co.al_inst),
         ("table", [["文号", no], ["标题", "关于印发《%s》的通知" % regname], ["主办部门", "信息化处"], ["拟稿", co.p(3)],
                    ["核稿", co.p(0)], ["会签", "质量处、保密办"], ["签发", "同意印发。%s" % co.boss], ["密级", "内部"], ["日期", d.isoformat()]])]
    return Doc("draft_sheet", "发文稿纸", d, [], False, b, decoy="OA signing sheet citing the 办法")


def doc_list(co, d, keys):
    rows = [[i, REGS[k][0], qp_code(co, k, d.year) if REGS[k][1] == "qp" else "—", co.rng.choice(["A/0", "A/1", "B/0", "B/1"]), "受控"]
            for i, k in enumerate(keys, 1)]
    return Doc("doc_list", "受控文件清单", d, [], False, sheets=[("清单", [["信息化处受控文件清单"], ["序号", "文件名称", "文件编号", "版次", "状态"]] + rows)],
               decoy="list citing documents by name")


def mr_notice(co, d):
    b = [("p", "内部"), ("title", "关于开展%d年度管理评审的通知" % d.year),
         ("p", "定于%s开展年度管理评审，请信息化处准备服务执行情况、顾客反馈、资源需求、纠正措施进展和改进建议等输入材料。" % cnd(d)),
         ("p", "质量处")]
    return Doc("mr_notice", "管理评审通知", d, [], True, b, decoy="meeting notice")


UNREL = [
    ("党建", "关于开展“型号铸魂 党建引领”主题党日活动的通知", ["各党支部：组织党员参观航天精神教育基地。"]),
    ("工会", "%d年职工运动会报名表", ["以部门为单位组队，每队不超过15人。"]),
    ("科研生产", "二季度型号研制节点计划", ["各研究室按节点计划完成设计评审和产品交付，共%d项。"]),
    ("后勤", "关于调整通勤班车线路的通知", ["自下月起，3号线增设高新园区站。"]),
    ("人事", "关于做好%d年度专业技术职务评审工作的通知", ["请各部门于月底前报送申报材料。"]),
    ("综合", "关于规范会议室预约的通知", ["会议室统一在协同办公系统预约，涉密会议须使用保密会议室。"]),
]


def unrelated(co, d, i):
    folder, t, ps = UNREL[i]
    t = t % d.year if "%d" in t else t
    b = [("title", t)] + [("p", p % co.rng.randint(20, 90) if "%d" in p else p) for p in ps]
    return folder, t, Doc("unrelated", t, d, [], False, b, decoy="unrelated")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an AL share: 所发文件/<year>/, 质量体系文件/, 信息化处制度/, 01综合管理室/ … 04应用系统室/ by 年度,
    总装厂服务/<厂>/, 季度报告/, 应急管理/, 质量归零/, 保密管理/, 个人文件夹/, 其他/ and a NAS #recycle/."""
    (co.al_inst, co.al_short, co.al_fa, co.al_xin, co.al_code, co.al_cust, co.al_itsm, co.al_tel,
     co.al_group) = AL_INFO[getattr(co, "info_id", co.id)]
    co.al_no = {}
    r = co.rng
    optional = ["budget", "history", "svc", "ola", "kpis", "roster", "roles", "interface", "compat", "req", "baseline", "collect", "kb",
                "pt_plan", "pt", "dev", "grading", "guide", "bcp", "drdrill", "trend", "callbacks", "desk_train", "prev", "iplan", "itrack",
                "ieval", "aware", "chu_audit", "mr", "defects", "sec_stats", "audit", "aplan", "outage", "goals", "zero", "ci", "cmdb",
                "assets", "drplan", "cert", "hw", "upgrade", "health", "meeting"]
    gaps = {k for k in optional if r.random() < 0.07}
    olds = set(r.sample(sorted({"svc", "pt", "trend", "callbacks", "kb", "chu_audit", "drdrill", "aware", "collect", "desk_train", "ci",
                                "sec_stats", "defects", "audit", "goals", "zero", "ieval", "prev", "outage", "hw"} - gaps), r.randint(3, 5)))
    co.gaps, co.oldonly = gaps, olds
    made = []

    def put(rel, doc, **opt):
        opt.setdefault("meta_title", r.random() < 0.45)
        opt.setdefault("styled", r.random() < 0.65)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "xxh", "USER", "信息化处"]))
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

    def nb(s):
        """【内部】 in front of a file name, as many of this institute's people type it."""
        return ("【内部】" + s) if r.random() < 0.3 else s

    scan = {"creator": "Canon iR-ADV C5535 (OCR)", "author": "scanner", "styled": False}
    wps = {"creator": "WPS Office"}
    ZH, WL, AQ, YY = "01综合管理室/", "02网络运维室/", "03安全保密室/", "04应用系统室/"
    KH = "总装厂服务/%s/" % co.al_cust
    YJ = "应急管理/"

    def nd(d):
        return "%d年度/" % d.year

    # --- 制度: 所 红头 办法, 程序文件, 处 实施细则, the 手册
    keys = [k for k in REGS if r.random() >= 0.05]
    pool = [k for k in keys if k != "basic"]
    r.shuffle(pool)
    in_hb = sorted(pool[:r.randint(3, 6)], key=list(REGS).index)
    d = co.issued()
    put("质量体系文件/%s信息化运维服务管理手册.pdf" % co.al_short, handbook(co, d, in_hb, r.random() < 0.75), **wps)
    for k in keys:
        if k in in_hb and r.random() < 0.65:
            continue
        d = co.issued()
        doc = reg_doc(co, d, k, drop_optional=r.random() < 0.15)
        name, level, num, _ = REGS[k]
        ext = r.choice(["docx", "pdf", "docx"])
        if level == "suo":
            nm = r.choice(["%s 关于印发《%s》的通知" % (doc.al_no, name), "关于印发%s的通知" % name, "%s（%s）" % (name, doc.al_no)])
            put("所发文件/%d年/%s.%s" % (d.year, nb(nm), ext), doc, **(scan if ext == "pdf" and r.random() < 0.5 else {}))
            if r.random() < 0.35:
                put("所发文件/%d年/发文稿纸-%s.pdf" % (d.year, name), draft_sheet(co, d - timedelta(days=3), name, doc.al_no), **scan)
        elif level == "qp":
            put("质量体系文件/程序文件/%s %s.%s" % (doc.al_no.replace("/", "-"), name, ext), doc)
        else:
            put("信息化处制度/实施细则/%s %s.%s" % (doc.al_no, name, ext), doc)
    # 作业指导书, some bound in an 汇编
    zks = list(ZY)
    bound = sorted(r.sample(zks, r.randint(2, 3)), key=zks.index)
    d = co.issued()
    put("质量体系文件/作业指导书/信息化处作业指导书汇编（%d年版）.docx" % d.year, guide_book(co, d, bound))
    for k in zks:
        if k not in bound and r.random() < 0.65:
            d = co.issued()
            put("质量体系文件/作业指导书/%s %s.%s" % (zy_code(co, k), ZY[k][0], r.choice(["docx", "pdf"])), guide(co, d, k))
    put("质量体系文件/信息化处受控文件清单.xlsx", doc_list(co, co.fresh(), keys))

    # --- 组织, 人员, 纪要
    d = co.issued()
    put("所发文件/%d年/%s.pdf" % (d.year, nb("关于调整网络安全和信息化领导小组及其工作机构的通知")), leading_group(co, d, r.random() < 0.85),
        **(scan if r.random() < 0.5 else {}))
    if r.random() < 0.55:
        d = co.issued()
        put("所务会/所务会纪要%s.docx" % ymd(d), suo_minutes(co, d))
    slot("roster", lambda d: ZH + "%s人员/信息化处运维人员名册%s.xlsx" % (nd(d), ymd(d)), lambda d: roster(co, d, r.random() < 0.85))
    slot("roles", lambda d: ZH + "岗位职责/信息化处运维岗位及角色清单.xlsx", lambda d: role_list(co, d), "issued")
    d = co.issued()
    put(AQ + "三员管理/%s.docx" % nb("关于明确非密信息系统三员设置及授权的通知"), sanyuan(co, d))
    d = co.fresh()
    put("保密管理/外协人员/%s外协人员保密协议及出入管理台账.xlsx" % nd(d), vendor_nda(co, d))
    iv_min = r.random() < 0.35
    desk_min = r.random() < 0.3
    if not iv_min:
        slot("interface", lambda d: "信息化处制度/处发通知/%s.docx" % nb("关于明确网络安全管理接口人的通知"), lambda d: interface_notice(co, d), "issued")
    if not desk_min:
        d = co.issued()
        put("所发文件/%d年/关于设立信息化服务台的通知.pdf" % d.year, desk_notice(co, d), **scan)
    slot("desk_train", lambda d: WL + "%s服务台/服务台人员培训记录%s.xlsx" % (nd(d), ymd(d)), lambda d: desk_training(co, d))
    months = sorted(r.sample(range(2, 12), 3))
    for i, m in enumerate(months):
        d = date(2026, m, r.randint(3, 26))
        n = m + i
        if i == 0:
            t = ["secrecy"] + (["interface"] if iv_min and "interface" not in gaps else []) + (["desk"] if desk_min else [])
        elif i == 1:
            t = (["improve"] if r.random() < 0.55 else []) + ["model"]
        else:
            t = ["quality", "secrecy"]
        put(ZH + "2026年度/处务会纪要/处务会纪要（2026年第%d期）.docx" % n, chu_minutes(co, d, n, t))

    # --- 服务设计
    d = co.issued()
    put(ZH + "服务管理/%s.xlsx" % nb("信息化处运维服务目录（%d版）" % d.year),
        catalog(co, d, r.choice([("base", "l2", "l1")] * 4 + [("base", "l2"), ("base",), ("base", "l1")])))
    slot("ola", lambda d: ZH + "服务管理/运维服务级别设计及处内运营级别约定.docx", lambda d: sld_ola(co, d, r.random() < 0.9, r.random() < 0.9), "issued")
    slot("kpis", lambda d: ZH + "服务管理/信息系统可用性指标清单.xlsx", lambda d: avail_kpis(co, d), "issued")
    slot("svc", lambda d: WL + "%s以往运维服务方案影响分析.docx" % nd(d), lambda d: svc_review(co, d, r.random() < 0.85))
    slot("dev", lambda d: YY + "%d年度运维工具自主开发计划.docx" % d.year, lambda d: dev_plan(co, d))

    # --- 总装厂服务
    d0 = co.issued()
    put(KH + "01需求调研/%s信息化运维服务需求调研报告.docx" % co.al_cust, survey(co, d0, r.random() < 0.9, r.random() < 0.88))
    slot("budget", lambda d: KH + "01需求调研/%d年度信息化运维服务经费预算表.xlsx" % d.year, lambda d: budget(co, d), "issued")
    if "meeting" not in gaps:
        d = d0 + timedelta(days=r.randint(7, 40))
        put(KH + "01需求调研/%s服务对接会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), meeting(co, d, r.random() < 0.9))
    on = [x for x in ("list", "analysis", "strategy") if r.random() < 0.88]
    slot("history", lambda d: KH + "01需求调研/历史运行数据分析及保障策略.docx", lambda d: history(co, d, on), "issued")
    d = co.issued()
    put(KH + "02服务协议/%s.pdf" % nb("信息化运维服务协议（盖章版）"), agreement(co, d, r.random() < 0.88, r.random() < 0.88, r.random() < 0.8),
        **(scan if r.random() < 0.6 else {}))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: KH + "03健康检查/%d年第%d季度健康检查报告.%s" % (d.year, qtr(d), r.choice(["docx", "pdf"])),
             lambda d: health_check(co, d, r.random() < 0.4, r.random() < 0.85))
    for dd, h in [(date(2025, 7, 10), "上半年"), (date(2026, 1, 13), "下半年"), (date(2026, 7, 8), "上半年")]:
        if r.random() < 0.82:
            dd = dd + timedelta(days=r.randint(0, 15))
            put(ZH + "顾客满意/%d年%s顾客满意度调查报告.%s" % (dd.year if h == "上半年" else dd.year - 1, h, r.choice(["docx", "pdf"])), csat(co, dd, h))
    slot("trend", lambda d: ZH + "顾客满意/顾客满意度趋势分析%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: ZH + "顾客满意/用户回访记录表_%d.xlsx" % d.year, lambda d: callbacks(co, d))
    d = co.fresh()
    put(KH + "型号保障/%s型号总装节点信息保障方案.docx" % ymd(d), model_support(co, d))

    # --- 网络运维室: 运维记录本 (scans), 巡检表, 变更, 工单, 台账
    for i in range(r.randint(1, 3)):
        d = co.fresh()
        put(WL + "%s运维记录本/运维记录本扫描%s.pdf" % (nd(d), ymd(d)), logbook_scan(co, d, r.random() < 0.6, r.random() < 0.4), **scan)
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        ks = [k for k in ("env", "dev", "av", "maint", "fault", "up") if r.random() < 0.75] or ["env"]
        put(WL + "%s巡检记录/机房及网络设备巡检记录表%d年%02d月.xlsx" % (nd(d), d.year, d.month), patrol_book(co, d, ks))
    slot("hw", lambda d: WL + "%s安全设备硬件故障统计表.xlsx" % nd(d), lambda d: hw_stats(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(WL + "%s变更/变更登记台账%d年%02d月.xlsx" % (nd(d), d.year, d.month), change_register(co, d, r.random() < 0.85))
    for i in range(r.randint(1, 3)):
        d = co.fresh()
        done = r.random() < 0.7
        put(WL + "%s变更/变更申请单扫描/BG-%s.pdf" % (nd(d), ymd(d)), change_form(co, d, done), **scan)
    for i in range(2):
        d = co.fresh()
        put(WL + "%s工单/%s导出_%d%02d.xlsx" % (nd(d), co.al_itsm, d.year, d.month), tickets(co, d, r.random() < 0.75))
    slot("assets", lambda d: WL + "台账/非密信息设备台账_%s.xlsx" % ymd(d), lambda d: assets(co, d))
    relc = r.random() < 0.75
    slot("cmdb", lambda d: WL + "台账/配置库导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci", lambda d: WL + "台账/配置项更新维护登记%d.xlsx" % d.year, lambda d: ci_log(co, d))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.88] or ["status"]
    slot("collect", lambda d: WL + "%s网络安全信息采集记录.xlsx" % nd(d), lambda d: collect(co, d, which))
    slot("baseline", lambda d: AQ + "安全基线/非密信息系统安全配置基线.xlsx", lambda d: baseline(co, d), "issued")
    slot("aplan", lambda d: WL + "可用性/%d年信息系统可用性保障计划.docx" % d.year, lambda d: avail_plan(co, d))
    slot("outage", lambda d: WL + "可用性/信息系统服务中断登记表（%d年）.xlsx" % d.year, lambda d: outage_book(co, d))
    slot("kb", lambda d: WL + "知识库/知识库导出_%s.xlsx" % ymd(d), lambda d: kb_export(co, d))
    for i in range(r.randint(1, 2)):
        d = co.fresh()
        put(WL + "%s周报/信息化处工作周报%s.txt" % (nd(d), ymd(d)), weekly(co, d), **({"encoding": "gb18030"} if r.random() < 0.5 else {}))

    # --- 季度报告 to the 所领导
    for q in sorted(r.sample([1, 2, 3], r.randint(2, 3))):
        d = date(2026, q * 3 + 1, r.randint(5, 15))
        put("季度报告/2026年/%d年第%d季度信息化工作报告.%s" % (2026, q, r.choice(["docx", "pdf", "docx"])),
            quarterly(co, d, q, r.random() < 0.8, r.random() < 0.45, r.random() < 0.55))
    if r.random() < 0.6:
        d = date(2026, 1, r.randint(8, 20))
        put("季度报告/2025年/2025年第4季度信息化工作报告.docx", quarterly(co, d, 4, True, r.random() < 0.5, True))

    # --- 应用系统室
    slot("upgrade", lambda d: YY + "升级改造/%s/%s升级改造实施方案.docx" % (ymd(d), co.sys(2)),
         lambda d: upgrade_plan(co, d, r.random() < 0.85, r.random() < 0.85))
    if r.random() < 0.75:
        d = co.fresh()
        put(WL + "%s改造/%s厂区网络双链路改造实施方案.docx" % (nd(d), co.al_cust), net_retrofit(co, d, r.random() < 0.8, r.random() < 0.85))
    slot("req", lambda d: YY + "项目/装配数据采集子系统/需求分析记录.pdf", lambda d: requirements(co, d), **scan)
    slot("compat", lambda d: YY + "项目/装配数据采集子系统/兼容性验证报告.docx", lambda d: compat(co, d))

    # --- 安全保密室
    for i in range(r.randint(1, 3)):
        slot("audit", lambda d: AQ + "%s安全审计/%d年%02d月安全审计报告.%s" % (nd(d), d.year, d.month, r.choice(["docx", "pdf"])),
             lambda d: audit_report(co, d, True))
    if r.random() < 0.4:
        d = co.fresh()
        put(AQ + "%s安全审计/第%d季度安全审计报告.docx" % (nd(d), qtr(d)), audit_report(co, d, False))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month + i
        put(AQ + "%s网络安全通报/网络安全通报第%d期.%s" % (nd(d), n, r.choice(["docx", "pdf", "docx"])), bulletin(co, d, n, r.random() < 0.7))
    slot("sec_stats", lambda d: AQ + "%s网络安全事件统计分析表.xlsx" % nd(d), lambda d: sec_stats(co, d, r.random() < 0.8))
    slot("pt_plan", lambda d: AQ + "渗透测试/%d年度渗透测试工作计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pt", lambda d: AQ + "渗透测试/%s门户网站渗透测试报告.pdf" % ymd(d), lambda d: pentest_report(co, d))
    d = co.fresh()
    put(AQ + "%s漏洞扫描/扫描任务导出_%s.xlsx" % (nd(d), ymd(d)), vscan_export(co, d))
    slot("grading", lambda d: AQ + "等级保护/%s.pdf" % nb("非密办公网定级报告"), lambda d: grading(co, d), "issued")
    slot("guide", lambda d: AQ + "等级保护/定级工作指南.docx", lambda d: grading_guide(co, d), "issued")
    d = co.fresh()
    put("保密管理/自查自评/%d年度保密自查自评报告.docx" % d.year, secrecy_self_check(co, d))
    if r.random() < 0.6:
        d = co.fresh()
        put("保密管理/保密检查通报%s.pdf" % ymd(d), secrecy_notice(co, d), **scan)

    # --- 应急
    d = co.issued()
    put(YJ + "预案/%s.%s" % (nb("网络安全事件应急预案（%d年修订）" % d.year), r.choice(["docx", "pdf"])),
        emergency_plan(co, d, r.random() < 0.6, r.random() < 0.45))
    slot("drplan", lambda d: YJ + "预案/%s数据备份与系统恢复计划.docx" % co.sys(0), lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: YJ + "业务连续性/非密信息系统业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    if r.random() < 0.85:
        d = co.fresh()
        if r.random() < 0.3:
            put("个人文件夹/%s/新建 Microsoft Word 文档 (%d).docx" % (co.p(1), r.randint(2, 5)), drill(co, d, "sec"))
        else:
            put(YJ + "演练/%d年/%s网络安全事件应急演练记录.docx" % (d.year, ymd(d)), drill(co, d, "sec"))
    slot("drdrill", lambda d: YJ + "演练/%d年/%s备份恢复演练记录.pdf" % (d.year, ymd(d)), lambda d: drill(co, d, "dr"), **scan)

    # --- 综合管理室: 质量目标, 归零, 审核, 评审, 改进
    slot("goals", lambda d: ZH + "%s质量目标/信息化处质量目标完成情况统计表.xlsx" % nd(d), lambda d: goals(co, d))
    slot("zero", lambda d: "质量归零/%d年/GL-%s %s中断故障归零报告.docx" % (d.year, ymd(d), co.sys(2)), lambda d: zero_report(co, d, r.random() < 0.75))
    if r.random() < 0.6:
        d = co.fresh()
        put(ZH + "%s纠正措施/纠正措施单JZ-%s.pdf" % (nd(d), ymd(d)), capa_form(co, d, r.random() < 0.7), **scan)
    slot("prev", lambda d: ZH + "%s预防措施实施及有效性验证记录.xlsx" % nd(d), lambda d: prevent_log(co, d))
    slot("chu_audit", lambda d: ZH + "%s内审/%d年度信息化服务内部审核报告.docx" % (nd(d), d.year), lambda d: chu_audit(co, d))
    d = co.fresh()
    put(ZH + "%s内审/【质量处】%d年度质量管理体系内部审核报告.pdf" % (nd(d), d.year), suo_audit(co, d, r.random() < 0.4), **wps)
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.9]
    slot("mr", lambda d: ZH + "%s管理评审/%d年度管理评审报告.docx" % (nd(d), d.year), lambda d: mgmt_review(co, d, inputs))
    slot("cert", lambda d: ZH + "体系认证/ITSS-ISO20000证书.pdf", lambda d: iso_cert(co, d), "issued", **scan)
    d = co.issued()
    put(ZH + "体系认证/GJB9001C质量管理体系认证证书.pdf", gjb_cert(co, d), **scan)
    slot("iplan", lambda d: ZH + "%s持续改进/%d年度持续改进计划.docx" % (nd(d), d.year), lambda d: improve_plan(co, d, r.random() < 0.85))
    slot("ieval", lambda d: ZH + "%s持续改进/改进建议评估表_%s.docx" % (nd(d), ymd(d)), lambda d: improve_eval(co, d, r.random() < 0.8))
    slot("itrack", lambda d: ZH + "%s持续改进/持续改进项目跟踪表.xlsx" % nd(d), lambda d: improve_track(co, d, r.random() < 0.85))
    slot("aware", lambda d: ZH + "%s培训/质量月持续改进专题培训签到%s.xlsx" % (nd(d), ymd(d)), lambda d: quality_month(co, d))
    slot("defects", lambda d: "质量归零/%d年质量问题及运维缺陷分析报告.docx" % d.year, lambda d: defects(co, d))
    d = date(2026, 1, r.randint(10, 28))
    put(ZH + "工作总结/信息化处2025年度工作总结.docx", year_summary(co, d, r.random() < 0.6, r.random() < 0.55))
    if r.random() < 0.6:
        d = date(2025, 1, r.randint(10, 28))
        put("归档/2025年度/信息化处2024年度工作总结.docx", year_summary(co, d, True, True))

    archive(co, made, put)
    decoys(co, lock_bytes, put, keys, ZH, WL, AQ, KH, YJ)


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


def decoys(co, lock_bytes, put, keys, ZH, WL, AQ, KH, YJ):
    r = co.rng
    # 空白 记录表格
    put(WL + "运维记录本/运维记录本（空白页）.xlsx", blank_sheet("信息化处运维记录本", "QR-20.08-04", co.fresh(), ["日期", "时间", "巡检及操作内容", "异常及处理", "记录人", "复核"]))
    put(WL + "变更/信息系统变更申请单（空表）QR-20.07-01.docx",
        blank_paper("信息系统变更申请单", "QR-20.07-01", co.fresh(), ["变更内容", "影响范围", "测试情况", "回退措施", "审批意见", "验证结果"]))
    put(ZH + "顾客满意/顾客满意度调查表（空白）.xlsx", blank_sheet("信息化服务顾客满意度调查表", "QR-20.10-01", co.fresh(),
                                                          ["调查项", "非常满意", "满意", "一般", "不满意", "意见建议"]))
    put(KH + "02服务协议/信息化运维服务协议（范本）.docx",
        blank_paper("信息化运维服务协议（范本）", "—", co.fresh(), ["第一条 服务范围", "第二条 运维方式", "第三条 服务级别及核心指标", "第四条 健康检查", "第五条 保密与费用"]))
    put("质量归零/质量问题归零报告（模板）.docx", blank_paper("质量问题归零报告", "QR-20.12-02", co.fresh(), ["问题概述", "技术归零", "管理归零", "归零评审"]))
    put(YJ + "演练/应急演练记录（模板）.docx", blank_paper("应急演练记录", "QR-20.13-01", co.fresh(), ["演练时间", "演练场景", "演练过程", "演练结果", "存在问题"]))
    # 征求意见稿 / 送审稿 / 草稿
    d = co.fresh()
    put(YJ + "业务连续性/非密信息系统业务连续性计划（征求意见稿）.docx", void(bcp(co, d), "draft (征求意见稿)", "（征求意见稿）"))
    d = co.fresh()
    put("个人文件夹/%s/信息化运维服务协议修订（送审稿）.docx" % co.p(0), void(agreement(co, d, True, True, True), "draft", "（送审稿）"))
    d = co.fresh()
    put("个人文件夹/%s/%d年持续改进计划（草稿）.docx" % (co.p(3), d.year + 1), void(improve_plan(co, d, True), "draft", "（草稿）"))
    d = co.fresh()
    put("个人文件夹/%s/管理评审报告信息化部分（初稿）.docx" % co.p(0), void(mgmt_review(co, d, ["perf", "fb", "res", "ca", "chg", "imp"]), "draft", "（初稿）"))
    # 作废 versions
    d = date(2021, 5, 18)
    put("质量体系文件/作废/Q-%s 20.09-2021 信息系统问题管理程序（A版）作废.docx" % co.al_code,
        void(reg_doc(co, d, "problem", ver="A/0"), "obsolete", "（作废）"))
    d = date(2020, 10, 9)
    put(YJ + "预案/作废/网络安全事件应急预案（2020版）作废.pdf", void(emergency_plan(co, d, True, True), "obsolete", "（作废）"))
    # NAS recycle bin: copies of real documents
    put("#recycle/%s/备份恢复演练记录.docx" % co.p(2), void(drill(co, co.fresh(), "dr"), "recycle bin"))
    put("#recycle/%s/变更登记台账.xlsx" % co.p(2), void(change_register(co, co.fresh(), True), "recycle bin"))
    put("#recycle/安全审计报告(1).docx", void(audit_report(co, co.fresh(), True), "recycle bin"))
    # 宣贯签到 about 预案 / 程序, 管理评审通知, 演练方案
    for what in ("网络安全事件应急预案", "信息系统变更控制程序", "非密信息系统业务连续性计划"):
        if r.random() < 0.75:
            d = co.fresh()
            put(ZH + "%d年度/培训/%s《%s》宣贯签到表.xlsx" % (d.year, ymd(d), what), sign_sheet(co, d, what))
    d = co.fresh()
    put(ZH + "%d年度/管理评审/关于开展%d年度管理评审的通知.docx" % (d.year, d.year), mr_notice(co, d))
    d = co.fresh()
    put(YJ + "演练/%d年度网络安全应急演练方案.docx" % d.year, drill_scheme(co, d))
    # unrelated
    for i in sorted(r.sample(range(len(UNREL)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    # lock files, empty files, an image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith("#recycle")]
    for rel in office[3:120:15]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(2)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw(WL + "2026年度/运维记录本/新建 Microsoft Excel 工作表.xlsx", b"", "empty file")
    raw(AQ + "2026年度/安全审计/2026年11月安全审计报告.docx", b"", "empty file")
    raw(ZH + "顾客满意/2026年下半年顾客满意度调查报告.docx", b"", "empty file")
    raw(WL + "2026年度/运维记录本/扫描%s.pdf" % ymd(co.fresh()), MIN_PDF, "image-only scan without a text layer")
