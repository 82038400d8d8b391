# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_be.py - style BE: the 数字科技部 / 信息管理部 of a national 物业服务集团 (property-management group).

An author voice for the accuracy corpus, used only by the BE shares, written blind (from the form's
需提供证明材料, /work/items.txt, kinds.py's Doc API, gen.py, kinds_bc.py's mechanics and the README's "The shares",
"Ground truth" and "Style BC" sections; never the rules, the sources or a score).

The company: the head-office IT department of a property-management group with several hundred 在管项目 (住宅小区,
写字楼, 商场) in many cities, organised in 城市公司.  It runs the 智慧社区平台 (业主APP / 小程序, 报事报修, 线上缴费),
the 物业收费系统 (ERP 收费模块, 银行/微信/支付宝 对账), the 400 客服中心 (呼叫中心, 工单), the 门禁 / 停车道闸 / 梯控 IoT
(项目边缘网关, IoT平台), the 项目 office networks (项目出口防火墙, 弱电间交换机, 前台/客服 PCs), the group ERP / OA and
the data centre (机房, 核心防火墙, WAF, 堡垒机, 日志审计).  Inside: 基础架构组, 应用组, 信息安全组, the IT服务台 (IT热线 and
企业微信), 城市公司IT (one engineer per 城市公司), and an outsourced 驻场 vendor (驻场工程师 + 远程值守).  Its customer
is the group's 商业管理公司 (商管公司: malls and office towers), served under an 《IT运维服务协议》 with an SLA 附件.

How its people write (a property company: ISO 9001 / 三体系 habits, 物业 words, 城市公司 folders):
- 集团 文件 (X物业〔2026〕N号) that 印发 the 运维管理办法, filed whole or split into a scanned 正文 and a 附件;
  部门 管理文件 with a code (LT-SZ-GL-nn) and a 文件控制 table; a 《数字科技部管理制度汇编（2025版）》 whose chapters are
  several procedures; 作业指导书 (LT-SZ-WI-nn) loose or in a 作业指导书汇编;
- monthly 运维记录台账 workbooks whose sheets are record kinds (机房巡检, 设备维护, 病毒查杀, 故障处理, 升级记录, IoT在线率),
  城市公司 项目网络巡检表 by 季度, ITSM 工单 and 变更 exports, 故障报告, 硬件故障统计;
- the 商管公司 folder: 需求调研, 预算, 沟通纪要, the 协议 scan, 健康检查 by 商场 and quarter, 满意度, 回访, 月度服务报告;
- 信息安全: 日志审计 (季度), 安全通告, 渗透测试 of the 业主APP, 等保 (智慧社区平台 三级), 信息采集, 事件统计;
- 体系: ISO 20000 内审, 管评, KPI, CAPA, 预防措施, 持续改进; 总经理办公会 专题纪要 that decide several things;
- things a 物业 group files that prove nothing: 业主满意度第三方测评报告 (of the property service, not of IT), 物业费收缴率通报,
  台风/春节 保障方案, 项目承接查验 IT清单, 400 话务日报, 三体系 (9001/14001/45001) 内审报告, 个人信息保护自查表, 道闸采购合同;
- names: 2026年07月, 202607, 20260712, 2026.7.12, V2.1, 终版, 终版(1), " - 副本", 扫描件, 附件1, 新建 XLSX 工作表.xlsx,
  归档/2025年, 个人/<name>, a NAS recycle folder.

Every builder returns a kinds.Doc listing as items only what its own text proves: a part lends its items only when it
is written; a sheet without data rows proves nothing; a record older than a year keeps its items (record=True) and is
stale.  build(co, lock_bytes) lays out the whole share; BE_INFO holds the per-share facts and the designed holes.

Judgement calls of this voice (also in the README):
- a 集团 文件 filed whole (红头 + 办法) is the 办法; split, the 附件 is the 办法 and the 正文 is a decoy; the 制度汇编 proves
  what its chapters write; the 运维管理办法 proves 10/pdca only with its 管理循环（PDCA） chapter;
- the 网络安全事件管理办法 proves 30 (上报, 处置), 31/incident-process, 34/emergency-process (应急响应) and
  34/incident-process only with its 分类 and 事后处理 chapters;
- one 作业指导书 of one module is 24's work instruction and 11's manual; the 作业指导书汇编 is one document; the 项目承接查验
  IT清单 proves nothing;
- the monthly 运维记录台账 proves each record kind whose sheet has rows; its IoT在线率 sheet (门禁, 道闸, 梯控 gateways, not
  security devices) proves nothing;
- the 城市公司 项目网络巡检表 checks the 项目出口防火墙 (a security device) and the 前台/客服 PCs' 防病毒: 44/inspection,
  45/monitoring, 14/maintenance, 44/virus-scan and 45/antivirus;
- a 故障报告 of a security device is 44's 故障处理 record; only the 硬件故障统计 is 14/hardware-faults;
- the 月度服务报告 to the 商管公司 proves 50 with its 趋势 chapter, 56 with the ten-indicator table, 18/22's availability
  report with its 可用性 chapter;
- the ITSM export is 43's process records and, with its 响应时间 column, 55's response times; the 变更 export is 54/43;
- the 总经理办公会 专题纪要 proves each decision it records (the 接口人 28; the scored, ranked and approved 改进机会 67);
  the 改进机会评估表 on its own ranks (67/prioritisation) but carries no approval;
- the 业主满意度 测评 is about the property service, not the IT service: it proves nothing; nor does the 400 话务日报;
- a "- 副本" copy of a record in a personal folder proves what the record proves.
"""

from datetime import date, timedelta

from kinds import Doc

BE_INFO = {
    "be1": dict(grp="澜庭物业服务集团股份有限公司", dept="数字科技部", wh="澜物", code="LT", hq="深圳",
                cust="澜庭商业管理有限公司", custs="商管公司", app="澜庭到家APP",
                malls=("澜庭中心购物广场", "澜庭天街", "澜庭国际写字楼"),
                cities=("深圳城市公司", "广州城市公司", "长沙城市公司", "武汉城市公司"),
                projects=("澜庭·云璟花园", "澜庭·滨江府", "澜庭·翠湖湾", "澜庭·科技园", "澜庭·悦府", "澜庭·星河湾"),
                itsm="蓝鲸ITSM", nas="#recycle", gl="SZ",
                holes={"survey_notime", "ola_draft", "pdca", "collect", "kb_empty", "pentest_old", "trend",
                       "bcp_draft", "request", "no_resp", "opp_unapproved", "forecast"}),
    "be2": dict(grp="锦程物业服务集团有限公司", dept="信息管理部", wh="锦物集", code="JC", hq="重庆",
                cust="锦程商业管理（重庆）有限公司", custs="商管公司", app="锦程生活APP",
                malls=("锦程广场", "锦程汇购物中心", "锦程金融中心写字楼"),
                cities=("重庆城市公司", "成都城市公司", "贵阳城市公司", "昆明城市公司"),
                projects=("锦程·江山樾", "锦程·观澜府", "锦程·南山郡", "锦程·天府里", "锦程·花溪苑", "锦程·春城印"),
                itsm="ITSM工单系统", nas="$RECYCLE.BIN", gl="XX",
                holes={"budget_tpl", "strategy_draft", "kpis", "compat", "cmdb_norel", "iface", "drdrill",
                       "desk_train", "ia_old", "criteria", "defects_old", "grading_criteria"}),
    "be3": dict(grp="华樾物业服务股份有限公司", dept="数字科技部", wh="华樾物", code="HY", hq="杭州",
                cust="华樾商业运营管理有限公司", custs="商业运营公司", app="华樾社区小程序",
                malls=("华樾城", "华樾里商业街区", "华樾大厦"),
                cities=("杭州城市公司", "宁波城市公司", "苏州城市公司", "合肥城市公司", "南京城市公司"),
                projects=("华樾·西溪云庐", "华樾·钱塘印", "华樾·东湖春晓", "华樾·姑苏雅园", "华樾·庐州府", "华樾·金陵雅筑"),
                itsm="ServiceNow", nas=".recycle", gl="SK",
                holes={"survey_nosec", "no_outsourcing", "hw_old", "roles", "wi_one", "sec_nopost", "no_recovery",
                       "bulletin_partial", "capa", "itrack", "sla_nomodes", "improve_proc"}),
    "be4": dict(grp="嘉禾悦生活服务集团有限公司", dept="信息管理部", wh="嘉悦集", code="JHY", hq="天津",
                cust="嘉禾悦商业管理有限公司", custs="商管公司", app="嘉悦邻里APP",
                malls=("嘉禾悦MALL", "嘉禾悦荟", "嘉禾悦国际中心"),
                cities=("天津城市公司", "北京城市公司", "济南城市公司", "石家庄城市公司"),
                projects=("嘉禾·海河湾", "嘉禾·望京府", "嘉禾·泉城里", "嘉禾·正定园", "嘉禾·梅江苑", "嘉禾·大明湖畔"),
                itsm="飞书工单", nas="#recycle", gl="XX",
                holes={"comm_noagree", "svc_noauto", "problem", "slm", "ci", "monthly_notrend", "no_data",
                       "mr_partial", "monitor_proc", "aware_signin", "prevent", "catalog_l1"}),
}

HAN = "零一二三四五六七八九"
ZHN = "〇一二三四五六七八九"
ANCHOR = date(2026, 11, 30)


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


def ym(d):
    return "%04d%02d" % (d.year, d.month)


def anyd(co, d):
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


class Sec:
    """A written document assembled part by part; a part lends its items only when it is written."""

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
        elif self.num == "en":
            h = "%d %s" % (self.n, heading)
        elif self.num == "tiao":
            h = "第%s条 %s" % (han(self.n), heading)
        else:
            h = "第%s章 %s" % (han(self.n), heading)
        self.blocks.append(("h1", h))
        for b in body:
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))
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


def dept(co):
    return co.be["grp"] + co.be["dept"]


def ctl(co, d, code, ver, status="受控"):
    """the 文件控制 block of a 数字科技部 管理文件"""
    return [("table", [["文件编号", code, "版本/修改状态", ver],
                       ["编制", co.p(1), "审核", co.p(0)],
                       ["批准", co.boss, "受控状态", status],
                       ["发布日期", anyd(co, d), "实施日期", anyd(co, d + timedelta(days=10))]])]


def long_cover(co, title, code, ver, d, chapters):
    b = [("p", co.be["grp"]), ("p", co.be["dept"]), ("p", " "), ("title", title), ("p", "文件编号：%s" % code),
         ("p", "版本：%s" % ver), ("p", "编制：%s    审核：%s    批准：%s" % (co.p(1), co.p(0), co.boss)),
         ("p", "%s发布    %s实施" % (cnd(d), cnd(d + timedelta(days=10)))), ("break",), ("h1", "修订记录")]
    rows = [["版本", "修订说明", "修订人", "日期"]]
    for i, v in enumerate(["A/0", "A/1", "B/0", ver]):
        rows.append([v, ["首次发布", "增加IoT平台相关内容", "部门更名及职责调整", "年度评审修订"][i], co.p(i),
                     "%d-%02d-%02d" % (min(d.year - 3 + i, d.year), 3 + i, 8 + i)])
    b += [("table", rows), ("h1", "目  录")]
    b += [("p", "%d  %s ........ %d" % (i, ch, 3 + 4 * i)) for i, ch in enumerate(chapters, 1)] + [("break",)]
    return b


# ------------------------------------------------------------------------------ 制度 and 程序

# key: (name, level, code, [(chapter, [paras], items, tag)]); level "grp" = 集团 文件, "dept" = 部门 管理文件
REGS = {
    "yw": ("信息系统运维管理办法", "grp", "GL-01", [
        ("总则", ["为规范集团信息系统运维管理，保障智慧社区平台、物业收费系统、400客服中心系统、门禁停车梯控IoT平台、ERP及各在管项目办公网络稳定运行，"
                 "保障业主缴费、报事报修和项目日常运营，制定本办法。",
                 "本办法适用于集团总部、各城市公司及在管项目；按《IT运维服务协议》由{dept}提供运维服务的{custs}所辖商场、写字楼参照执行。"], [], None),
        ("管理循环（PDCA）", ["运维管理实行PDCA循环：每年一月由{dept}制定年度运维目标、服务目录、运维工作计划和预算（策划）；",
                           "各组、城市公司IT及驻场服务商按程序和作业指导书实施运维服务（实施）；",
                           "通过KPI月度统计、月度服务报告、满意度调查、内部审核和管理评审对运维服务进行监视和评审（检查）；",
                           "对未达成的目标、审核发现和客户投诉制定纠正预防措施，纳入年度持续改进计划并跟踪关闭（改进）。"], ["10/pdca"], "pdca"),
        ("职责分工", ["{dept}是集团信息系统运维的归口管理部门；城市公司IT负责辖区在管项目的现场支持；项目经理是项目IT设备的第一责任人。"], [], None),
        ("运维要求", ["生产系统7×24小时监控；项目网络和门禁停车设备每季度巡检；所有变更走变更流程，在维护窗口（凌晨0:00-6:00）实施，月末收费结算期封网。"], [], None),
        ("附则", ["本办法由{dept}负责解释，自印发之日起施行。原《信息化运维管理暂行规定》同时废止。"], [], None)]),
    "aq": ("网络安全事件管理办法", "dept", "GL-05", [
        ("目的和范围", ["规范网络安全事件的分类、上报、处置和事后处理，适用于集团数据中心、云上系统、项目网络、IoT设备及{custs}的系统。"], [], None),
        ("事件分类分级", ["网络安全事件分为有害程序事件（勒索、木马）、网络攻击事件、信息泄露事件（含业主个人信息、车辆信息、缴费数据）、"
                       "设备设施故障和其他事件；按影响分为特别重大、重大、较大、一般四级。"], [], "post"),
        ("事件上报", ["发现人或监控值守人员发现事件后立即报IT服务台，服务台15分钟内报信息安全组；重大以上事件30分钟内上报部门负责人和集团网络安全领导小组，"
                   "涉及业主个人信息泄露的按规定报告属地网信和公安部门，涉及{custs}的同时通知其接口人。"], ["30/reporting-process"], None),
        ("事件处置", ["处置步骤：确认定级→遏制（隔离项目网络、下线接口或冻结账号）→根除→恢复→验证，处置过程记录在ITSM事件单中。"],
         ["30/response-process", "31/incident-process"], None),
        ("应急响应", ["达到《网络安全事件应急预案》启动条件时，由应急领导小组宣布启动应急响应，成立技术处置组、业务保障组（收费、客服）和对外沟通组，事态消除后宣布结束。"],
         ["34/emergency-process"], None),
        ("事后处理", ["事件关闭后5个工作日内提交事件调查报告，分析根因、明确整改措施和责任人，更新知识库和应急预案，在部门月度例会上通报。"],
         ["34/incident-process"], "post")]),
    "bg": ("变更管理程序", "dept", "GL-04", [
        ("目的", ["对生产环境的网络、安全设备、服务器、数据库、收费系统和智慧社区平台版本及配置变更进行有效控制，降低变更对业主缴费和项目运营的影响。"], [], None),
        ("变更流程", ["变更发起人在ITSM提交变更单，写明变更内容、影响项目范围、测试结果和回退方案；",
                   "标准变更按预授权执行；一般变更由组长审批；重大变更（影响收费、全部项目门禁或APP）须变更评审会评审并经部门负责人批准，提前通知城市公司和{custs}；",
                   "变更在维护窗口实施，实施后验证，失败的按回退方案恢复；紧急变更可先电话审批后24小时内补单；",
                   "变更单完整记录申请、审批、实施、验证和关闭过程，每月统计变更成功率。"], ["54/procedure"], None)]),
    "sj": ("事件管理程序", "dept", "GL-02", [
        ("目的", ["尽快恢复IT服务，减少故障对项目收费、客服接听和门禁通行的影响。"], [], None),
        ("事件受理与处理", ["事件来源：监控告警、项目通过IT热线或企业微信报障、ITSM自助提单；由IT服务台统一登记。",
                         "事件分为P1-P4四级，P1（收费系统全部不可用、400系统中断、APP无法登录）15分钟响应；一线不能解决的升级至二线、驻场服务商或原厂。",
                         "事件解决后由服务台回访报障人确认，关闭工单。"], ["49/incident-procedure"], None)]),
    "qq": ("服务请求管理程序", "dept", "GL-03", [
        ("目的", ["规范总部、城市公司和项目员工提出的账号开通、权限调整、新项目网络开通、设备领用、报表提取等服务请求。"], [], None),
        ("请求流程", ["请求通过ITSM服务目录提交，经申请人上级审批；涉及业主信息导出的须经信息安全组和数据负责人审批；",
                   "服务台派单，承办组按服务目录时限办结，请求人确认后关闭。"], ["49/request-procedure"], None)]),
    "wt": ("问题管理程序", "dept", "GL-06", [
        ("目的", ["识别并消除重复发生或影响重大的事件的根本原因，防止再次发生。"], [], None),
        ("问题流程", ["P1事件、同一项目同类事件一个月内三次以上、失败变更，均须建立问题单；",
                   "问题负责人在10个工作日内完成根因分析，提出临时方案和永久方案，需变更的走变更流程；",
                   "问题解决后验证关闭，形成已知错误录入知识库；未关闭问题在部门月度例会上跟踪。"], ["20/procedure", "37/procedure"], None)]),
    "zs": ("知识管理程序", "dept", "GL-07", [
        ("目的", ["积累运维经验，建立并维护IT知识库，提高一线解决率。"], [], None),
        ("知识流程", ["知识来源：事件与问题处理、变更经验、厂商资料、项目常见问题；",
                   "工程师提交知识条目→组长审核→发布到知识库→服务台和城市公司IT使用→每季度复核，过期条目下线。"], ["21/procedure"], None)]),
    "slm": ("服务级别管理程序", "dept", "GL-08", [
        ("目的", ["规范IT服务级别的设计、协商、签订、监视和评审。"], [], None),
        ("服务级别管理", ["根据业务需求制定服务目录和服务级别，与{custs}签订《IT运维服务协议》及其服务级别协议，与各组约定内部运营级别，与驻场服务商约定服务级别；",
                       "服务级别达成情况按月统计并写入月度服务报告，每季度与{custs}召开服务回顾会，未达标项纳入持续改进。"], ["39/slm-procedure"], None)]),
    "nsh": ("内部审核程序", "dept", "GL-12", [
        ("目的", ["按计划的时间间隔验证IT服务管理体系（ISO/IEC 20000-1）符合标准、满足服务需求和{custs}的要求并被有效实施和保持。"], [], None),
        ("审核安排", ["每年至少开展一次覆盖全部过程的内部审核，内审员经培训合格，不审核本组工作；",
                   "流程：年度审核方案→审核计划→首次会议→现场审核→不符合项报告→末次会议→整改跟踪验证→结果输入管理评审。"],
         ["61/audit-system", "62/audit-mechanism"], None)]),
    "jc": ("服务监视与测量程序", "dept", "GL-09", [
        ("目的", ["对IT服务的实现情况进行监视和测量。"], [], None),
        ("监视测量", ["监视内容：SLA达成率、{custs}满意度、投诉建议、事件按时解决率、变更成功率、项目巡检完成率等KPI；",
                   "每月统计KPI并在月度服务报告中通报，每半年开展满意度调查，未达目标的开具纠正预防措施单并跟踪验证。"],
         ["61/monitoring-process", "62/monitoring-process"], None)]),
    "gj": ("持续改进管理程序", "dept", "GL-10", [
        ("目的", ["对改进措施进行识别、记录、批准、评估、测量和报告。"], [], None),
        ("改进流程", ["改进机会来源：内审、管评、{custs}投诉、事件与问题分析、KPI未达成、员工合理化建议；",
                   "提出人填写改进机会登记→部门按评估标准打分排序→总经理办公会批准→实施→测量效果→在管理评审中报告。"],
         ["65/procedure"], None)]),
    "yf": ("预防措施控制程序", "dept", "GL-11", [
        ("目的", ["采取预防措施，消除潜在不符合的原因，防止其发生。"], [], None),
        ("预防措施", ["潜在问题来源：容量趋势、巡检发现的隐患、设备维保到期、台风汛期和春节前风险排查；",
                   "预防措施经组长批准后实施，一个月内验证其有效性并记录在预防措施记录单中。"], ["66/preventive-actions"], None)]),
    "px": ("信息安全培训服务流程", "dept", "GL-14", [
        ("目的", ["规范为总部、城市公司、项目员工和{custs}提供的信息安全培训服务。"], [], None),
        ("培训流程", ["培训需求调研→年度培训计划→课件编写与审核→实施（线上学习平台或现场，签到）→考试→效果评估→归档。"],
         ["31/training-process"], None)]),
    "st": ("渗透测试管理规定", "dept", "GL-15", [
        ("目的", ["规范对业主APP、小程序、收费系统对外接口和官网的渗透测试。"], [], None),
        ("测试流程", ["取得业务负责人书面授权→确定范围和测试窗口（避开月初缴费高峰）→信息收集→漏洞发现与验证→报告→修复→复测；",
                   "测试不得使用拒绝服务手段，不得读取真实业主数据。"], ["31/pentest-process"], None)]),
}


def fill(co, s):
    return s.replace("{dept}", co.be["dept"]).replace("{custs}", co.be["custs"])


def reg_drop(co):
    H = co.be["holes"]
    return ({"pdca"} if "pdca" in H else set()) | ({"post"} if "sec_nopost" in H else set())


def reg_body(co, key, drop=(), style="zhang"):
    name, level, code, chs = REGS[key]
    b, items, t, ci = [], [], 0, 0
    for ch, paras, its, tag in chs:
        if tag and tag in drop:
            continue
        ci += 1
        if style == "zhang":
            b.append(("h1", "第%s章 %s" % (han(ci), ch)))
            for p in paras:
                t += 1
                b.append(("p", "第%s条 %s" % (han(t), fill(co, p))))
        else:
            b.append(("h1", "%d %s" % (ci, ch)))
            for j, p in enumerate(paras, 1):
                b.append(("p", "%d.%d %s" % (ci, j, fill(co, p))))
        items += its
    return b, items


def next_no(co, d):
    key = d.year
    co.be_no[key] = co.be_no.get(key, co.rng.randint(8, 60)) + co.rng.randint(3, 17)
    return "%s〔%d〕%d号" % (co.be["wh"], d.year, co.be_no[key])


def regcode(co, key):
    return "%s-%s-%s" % (co.be["code"], co.be["gl"], REGS[key][2])


def grp_doc(co, d, key, split=None):
    """a 集团 文件: 红头, 印发 notice, then the 办法; split='main' is the 正文 only (a decoy)."""
    name = REGS[key][0]
    body, items = reg_body(co, key, reg_drop(co))
    no = next_no(co, d)
    full = co.be["grp"] + name
    top = [("big", co.be["grp"] + "文件"), ("p", no), ("title", "关于印发《%s》的通知" % full),
           ("p", "集团各部门、各城市公司、各在管项目："),
           ("p", "《%s》已经集团总经理办公会审议通过，现印发给你们，请认真遵照执行。执行中如有问题，请及时反馈%s。" % (full, co.be["dept"])),
           ("p", "附件：%s" % full), ("p", co.be["grp"]), ("p", sign_date(d)),
           ("p", "抄送：%s。" % co.be["cust"]),
           ("p", "%s综合管理中心          %s印发" % (co.be["grp"], cnd(d + timedelta(days=2))))]
    if split == "main":
        doc = Doc("grp_main", "关于印发《%s》的通知" % full, d, [], False, top, decoy="notice that only cites the 办法 it issues")
    else:
        doc = Doc("reg:" + key, name, d, sorted(set(items)), False, top + [("break",), ("title", full)] + body)
    doc.be_no = no
    return doc


def dept_doc(co, d, key, ver=None):
    """a 部门 管理文件 with its 文件控制 table"""
    name = REGS[key][0]
    body, items = reg_body(co, key, reg_drop(co), style="num")
    ver = ver or "V%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 4))
    b = [("p", dept(co)), ("title", name)] + ctl(co, d, regcode(co, key), ver) + body
    return Doc("reg:" + key, name, d, sorted(set(items)), False, b)


def compilation(co, d, keys):
    names = [REGS[k][0] for k in keys]
    b = long_cover(co, "%s管理制度汇编（%d版）" % (co.be["dept"], d.year), "%s-%s-HB-%d" % (co.be["code"], co.be["gl"], d.year),
                   "B/%d" % co.rng.randint(1, 4), d, names)
    b += [("h1", "编制说明"), ("p", "本汇编收录%s现行有效的管理制度和程序，供各组、城市公司IT及驻场人员学习使用。与正式发布文本不一致的，以正式发布文本为准。" % co.be["dept"])]
    items = []
    for i, k in enumerate(keys, 1):
        body, its = reg_body(co, k, reg_drop(co), style="num")
        b += [("break",), ("h1", "第%s篇 %s（%s）" % (han(i), REGS[k][0], regcode(co, k)))] + [("h2", x[1]) if x[0] == "h1" else x for x in body]
        items += its
    return Doc("compilation", "制度汇编", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------------------ 作业指导书 (24, 11)

WIS = {
    "jf": ("数据中心机房及核心网络巡检作业指导书", "基础架构组",
           ["检查机房温湿度、UPS负载和精密空调告警", "登录核心防火墙、WAF、堡垒机，查看CPU、内存、会话数和HA状态",
            "检查核心交换机端口错包和上联链路", "将结果填入运维记录台账“机房巡检”页，异常在ITSM提单"]),
    "xm": ("项目弱电间网络及IoT网关维护作业指导书", "城市公司IT",
           ["检查项目出口防火墙在线状态、策略版本是否为集团标准模板", "检查弱电间交换机、门禁/道闸/梯控边缘网关在线及心跳",
            "检查前台和客服PC终端防病毒在线和病毒库版本", "填写项目网络巡检表并拍照上传"]),
    "fw": ("防火墙策略维护作业指导书", "信息安全组",
           ["核对变更单审批状态和策略需求", "导出当前配置备份并上传配置库", "按变更单新增或删除策略，核对源、目的、端口",
            "验证收费、APP、IoT平台业务连通后在变更单回填结果"]),
    "sf": ("收费系统数据库备份与恢复作业指导书", "应用组",
           ["每日检查收费系统数据库全量和日志备份任务结果", "每月在恢复验证环境执行一次恢复并核对应收、实收数据一致性",
            "备份保留30天，月备份保留一年，异地存放于灾备机房", "恢复结果记录在备份恢复记录表"]),
    "fb": ("终端防病毒维护作业指导书", "信息安全组",
           ["每日检查防病毒控制中心病毒库更新任务", "统计项目前台、客服中心及总部终端在线率，离线超过7天的通知城市公司IT",
            "每周下发全网快速查杀，每月全盘查杀，导出查杀报告", "发现勒索或木马按网络安全事件管理办法上报"]),
}


def wi(co, d, key, n):
    name, owner, steps = WIS[key]
    code = "%s-%s-WI-%02d" % (co.be["code"], co.be["gl"], n)
    p = Sec(name, "en").head(*ctl(co, d, code, "A/%d" % co.rng.randint(0, 3)))
    p.part("目的", ["规范%s的操作步骤，确保作业一致、可追溯。" % name.replace("作业指导书", "")])
    p.part("适用范围", ["适用于%s。" % owner])
    p.part("作业步骤", ["步骤%d：%s。" % (i, s) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"])
    p.part("注意事项", ["涉及配置修改的须有已批准的变更单；作业完成后填写相应记录。"])
    return p.doc("wi", d, False)


def wi_book(co, d, keys):
    b = long_cover(co, "IT运维作业指导书汇编（%d）" % d.year, "%s-%s-WI-HB" % (co.be["code"], co.be["gl"]), "A/%d" % co.rng.randint(1, 3), d,
                   [WIS[k][0] for k in keys])
    for i, k in enumerate(keys, 1):
        name, owner, steps = WIS[k]
        b += [("break",), ("h1", "%d. %s" % (i, name)), ("p", "适用：%s" % owner), ("h2", "作业步骤")]
        b += [("p", "（%d）%s；" % (j, s)) for j, s in enumerate(steps, 1)]
    return Doc("wi_book", "作业指导书汇编", d, ["24/work-instructions", "11/manuals"], False, b)


def takeover_list(co, d, proj):
    rows = [[i, t, "√", co.p(4)] for i, t in enumerate(["弱电间机柜、UPS到位并加电", "项目出口防火墙上线并导入标准策略",
                                                      "门禁、道闸、梯控网关接入IoT平台", "收费系统建项目、房产资料导入",
                                                      "前台、客服PC安装防病毒", "业主APP项目上线及缴费测试"], 1)]
    return book("takeover", "%s 项目承接查验IT清单" % proj, d, False,
                [("查验清单", ["序号", "查验项", "完成", "确认人"], rows, [])], note="承接日期：%s" % anyd(co, d))


# ------------------------------------------------------------------------------ the customer (商管公司)

def survey(co, d, time_req, sec_types):
    c = co.be
    p = Sec("%s IT运维服务需求调研报告" % c["custs"], "cn")
    p.head(("p", "调研单位：%s    报告日期：%s" % (c["dept"], anyd(co, d))))
    p.part("调研背景", ["为做好%s所辖%s等商场、写字楼的IT运维服务，%s于%d年%d月对%s运营部、招商部、物业部及%s、%s进行访谈和问卷调研，"
                    "并结合集团%d-%d年数字化规划形成本报告。" % (c["custs"], "、".join(c["malls"]), c["dept"], d.year, d.month, c["custs"],
                                                     co.cp(0), co.cp(1), d.year, d.year + 2)])
    p.part("服务时间需求", ["商场营业时间10:00-22:00，停车场、会员积分和收银对接系统要求7×24小时服务；周末、节假日和店庆期间须安排驻场保障；",
                         ("table", [["系统/服务", "服务时间", "响应时限", "到场时限"],
                                    ["商场停车场道闸及无感支付", "7×24", "15分钟", "1小时"],
                                    ["会员积分及收银对接", "7×24", "15分钟", "2小时"],
                                    ["写字楼门禁梯控", "7×24", "30分钟", "2小时"],
                                    ["商管办公网络及OA", "5×8（9:00-18:00）", "1小时", "次工作日"]])],
           ["1/survey"], on=time_req)
    p.part("信息安全服务需求和类型", ["%s提出的安全服务需求：商场出口防火墙及Wi-Fi安全运维、会员及车辆信息保护、收银对接等保合规、"
                               "员工安全意识培训、安全事件应急响应。" % c["custs"],
                               ("table", [["类型", "内容", "优先级"], ["安全设备运维类", "出口防火墙、上网行为管理、Wi-Fi认证", "高"],
                                          ["数据保护类", "会员、车辆信息防泄露、日志审计", "高"],
                                          ["应急响应类", "勒索病毒、停车系统被篡改等事件处置", "中"],
                                          ["培训咨询类", "商户及员工安全意识培训、等保测评配合", "中"]])],
           ["5/survey"], on=sec_types)
    p.part("结论", ["以上需求已与%s确认，作为服务目录和《IT运维服务协议》的输入。" % c["custs"]])
    return p.doc("survey", d, False)


def budget(co, d):
    rows = [[1, "商场网络及安全设备运维", 250, "驻场工程师1名", 1100, 275000, "%d-01起" % d.year],
            [2, "季度健康检查", 36, "高级工程师2名", 1600, 57600, "每季度末月"],
            [3, "停车及会员系统应用运维", 150, "应用运维1名", 1300, 195000, "全年"],
            [4, "渗透测试及漏洞扫描", 16, "安全工程师", 2400, 38400, "%d-06前" % d.year],
            [5, "节假日及店庆保障", 20, "驻场+城市公司IT", 1200, 24000, "按需"],
            ["", "合计", 472, "", "", 590000, ""]]
    return book("budget", "%d年度%s IT运维预算表" % (d.year, co.be["custs"]), d, False,
                [("预算", ["序号", "工作项", "工作量（人天）", "人力资源", "单价（元/人天）", "项目经费（元）", "项目节点"], rows, ["2/budget"])],
                note="编制：%s  审核：%s  日期：%s" % (co.p(1), co.p(0), anyd(co, d)))


def comm_minutes(co, d, agreed):
    c = co.be
    p = Sec("%s IT运维服务沟通会会议纪要" % c["custs"], "cn")
    p.head(("p", "时间：%s 14:00    地点：%s%d楼会议室" % (anyd(co, d), c["malls"][-1], co.rng.randint(6, 30))),
           ("p", "参会：%s %s、%s；%s %s、%s、%s" % (c["custs"], co.cp(0), co.cp(1), c["dept"], co.p(0), co.p(1), co.p(3))))
    p.part("议题", ["%d年度IT运维服务范围、驻场安排、健康检查频次、月报和满意度调查安排。" % (d + timedelta(days=40)).year])
    if agreed:
        p.part("会议共识", ["1. 双方一致同意服务范围包括商场及写字楼网络与安全设备、停车及会员系统、门禁梯控IoT网关；",
                         "2. 每个商场工作日驻场1人，节假日及店庆驻场保障，夜间由%s远程值守；健康检查每季度一次；每月8日前提交月度服务报告；" % c["dept"],
                         "3. 以上事项双方达成一致，由%s据此起草《IT运维服务协议》。" % c["dept"],
                         "双方确认：%s（签字）   %s（签字）" % (co.cp(0), co.p(0))], ["3/communication"])
    else:
        p.part("讨论情况", ["%s提出驻场人员费用由集团承担，%s认为应计入服务费，双方未形成一致意见；" % (c["custs"], c["dept"]),
                         "健康检查频次（季度/半年）及节假日驻场人数待双方领导确认后另行沟通。"])
        p.part("后续事项", ["%s于下周提交两套费用方案，再次沟通。" % co.p(0)])
    return p.doc("communication", d, False)


def history_list(co, d):
    rows = [[i, n, s, "%d-01至%d-12" % (d.year - 1, d.year - 1), co.rng.randint(120, 9000), o]
            for i, (n, s, o) in enumerate([("报障工单", co.be["itsm"], "IT服务台"), ("事件单（P1-P4）", co.be["itsm"], "IT服务台"),
                                            ("变更单", co.be["itsm"], "基础架构组"), ("监控告警", "Zabbix", "基础架构组"),
                                            ("防火墙/上网行为日志", "日志审计平台", "信息安全组"), ("健康检查报告", "共享盘", "基础架构组"),
                                            ("满意度调查", "问卷星", "IT服务台")], 1)]
    return book("history_list", "上一服务期运维历史数据清单", d, False,
                [("数据清单", ["序号", "数据名称", "来源", "时间范围", "数量", "保管"], rows, ["4/history-list"])])


def history_analysis(co, d):
    p = Sec("%d年度%s运维历史数据分析报告" % (d.year - 1, co.be["custs"]), "cn")
    p.head(("p", "编制：%s    日期：%s" % (co.p(3), anyd(co, d))))
    p.part("指标完成情况", ["停车系统可用率99.93%（目标99.9%），会员积分系统可用率99.95%，报障按时解决率95.2%（目标95%）。"], ["4/analysis"])
    p.part("违例操作", ["全年违例操作6次：商户私接无线路由3次，未走变更修改防火墙策略2次，共享账号登录停车管理后台1次，均已通报整改。"])
    p.part("重大事件", ["重大事件2起：%d年国庆期间停车场无感支付中断1小时20分；%d年12月某商场出口防火墙宕机影响收银对接40分钟。" % (d.year - 1, d.year - 1)])
    p.part("重大（失败）变更", ["失败变更3次（停车系统升级2次、防火墙策略1次），均已回退；原因为测试不充分。"])
    return p.doc("history_analysis", d, False)


def ops_strategy(co, d):
    p = Sec("%d年度运维保障策略及实施方案" % d.year, "cn").head(*ctl(co, d, "%s-%s-PL-01" % (co.be["code"], co.be["gl"]), "V1.0"))
    p.part("依据", ["根据上年度运维历史数据分析报告的结论（违例操作、重大事件、失败变更）制定。"])
    p.part("保障策略", ["1. 停车、会员系统变更一律先在测试环境验证并准备回退方案；2. 商场出口防火墙双机改造；3. 节假日及店庆前专项巡检；4. 商户私接设备准入控制。"])
    p.part("实施方案", [("table", [["措施", "负责人", "完成时间"], ["变更测试验证清单", co.p(2), "3月"], ["出口防火墙双机", co.p(1), "6月"],
                                   ["节假日前专项巡检", co.p(4), "4月、9月"], ["商户准入控制", co.p(5), "8月"]])], ["4/strategy"])
    return p.doc("ops_strategy", d, False)


def sla(co, d, modes=True):
    c = co.be
    p = Sec("IT运维服务协议", "tiao")
    p.head(("p", "甲方：%s    乙方：%s    协议编号：%s-ITYW-%d-%02d" % (c["cust"], c["grp"], c["code"], d.year, co.rng.randint(1, 20))))
    p.part("服务范围", ["乙方（%s）为甲方所辖%s提供网络及安全设备、停车及会员系统、门禁梯控IoT网关和办公网络的运维服务。" % (c["dept"], "、".join(c["malls"]))], ["39/sla"])
    p.part("运维方式", ["乙方采用驻场值守、定期巡检和远程值守相结合的方式：每个商场工作日驻场1人；每月对商场机房及弱电间定期巡检一次；非工作时间由乙方监控中心远程值守。"],
           ["35/sla"], on=modes)
    p.part("服务级别及核心指标（附件1 服务级别协议）", [("table", [["指标", "承诺值"], ["停车系统可用率", "≥99.9%"], ["会员积分系统可用率", "≥99.9%"],
                                                           ["P1故障响应", "15分钟"], ["P1故障恢复", "4小时"], ["报障按时解决率", "≥95%"], ["满意度", "≥90分"]])], ["36/sla"])
    p.part("健康检查", ["乙方每季度对甲方安全设备和业务系统进行一次健康检查，店庆及节假日前现场检查，其余远程检查，检查后10个工作日内提交报告。"], ["15/agreement"])
    p.part("期限与费用", ["协议期限自%s起一年，费用按年度预算表结算。" % cnd(d),
                         "甲方（盖章）：%s    乙方（盖章）：%s    签订日期：%s" % (c["cust"], c["grp"], anyd(co, d))])
    return p.doc("sla", d, False)


def health(co, d, mall, collect):
    p = Sec("%s %d年第%d季度健康检查报告" % (mall, d.year, qtr(d)), "cn")
    p.head(("p", "检查方式：%s    检查时间：%s    检查人：%s、%s" % (co.rng.choice(["现场检查", "远程检查", "现场+远程"]), anyd(co, d), co.p(1), co.vp(0))))
    p.part("检查范围", ["%s出口防火墙、上网行为管理、Wi-Fi AC、停车系统服务器、会员积分系统对接接口。" % mall])
    p.part("可用性与持续性检查", [("table", [["对象", "可用性", "持续运行", "冗余", "结论"], ["出口防火墙", "100%", "%d天" % co.rng.randint(60, 300), "HA正常", "健康"],
                                             ["上网行为管理", "99.9%", "%d天" % co.rng.randint(30, 200), "单机", "健康"],
                                             ["停车系统", "99.96%", "%d天" % co.rng.randint(20, 120), "主备", "健康"],
                                             ["会员积分接口", "99.92%", "%d天" % co.rng.randint(20, 90), "单点", "需关注"]])],
           ["15/records", "46/records", "14/maintenance", "44/inspection"])
    p.part("安全信息采集", ["系统配置：导出出口防火墙、核心交换机配置与基线比对，差异%d项；" % co.rng.randint(1, 4),
                         "流量信息：出口带宽峰值%dMbps，停车无感支付接口调用峰值%d次/分；" % (co.rng.randint(200, 900), co.rng.randint(300, 3000)),
                         "系统状态：CPU、内存、磁盘、会话数均在阈值内。"], ["16/config", "16/traffic", "16/status"], on=collect)
    p.part("问题与建议", ["会员积分接口单点部署，建议增加备节点；%d台商户Wi-Fi AP固件版本过低，建议升级。" % co.rng.randint(3, 12)])
    return p.doc("health", d, True)


def satisfaction(co, d, half):
    c = co.be
    p = Sec("%s IT服务满意度调查报告（%d年%s）" % (c["custs"], d.year, half), "cn")
    p.head(("p", "调查时间：%s    方式：问卷星+电话回访    有效问卷：%d份" % (anyd(co, d), co.rng.randint(30, 120))))
    p.part("调查结果", [("table", [["维度", "得分"], ["响应及时性", co.rng.randint(85, 96)], ["问题解决能力", co.rng.randint(84, 95)],
                                    ["服务态度", co.rng.randint(90, 98)], ["综合满意度", co.rng.randint(87, 95)]])])
    p.part("满意度分析", ["商场运营对驻场服务态度评价最高；周末停车场报障的响应及时性评分偏低，主要因周末驻场只有1人。"])
    p.part("改进措施", ["周末及节假日驻场增至2人；停车场常见问题上线自助知识库。"])
    return Doc("satisfaction", p.blocks[0][1], d, ["41/surveys", "58/survey", "63/survey"], True, p.blocks)


def sat_trend(co, d):
    rows = [["%d下半年" % (d.year - 2), 86, 83, 90], ["%d上半年" % (d.year - 1), 88, 85, 91], ["%d下半年" % (d.year - 1), 90, 87, 92],
            ["%d上半年" % d.year, 92, 88, 94]]
    return book("sat_trend", "满意度趋势分析（%d-%d）" % (d.year - 2, d.year), d, True, [
        ("各期得分", ["期次", "综合满意度", "响应及时性", "服务态度"], rows, []),
        ("趋势分析", ["结论"], [["综合满意度连续四期上升；问题解决能力提升最明显，周末响应及时性仍是短板。"],
                               ["分析人：%s    日期：%s" % (co.p(5), anyd(co, d))]], ["41/trend"])])


def callbacks(co, d):
    rows = [[(d - timedelta(days=20 * i)).isoformat(), co.rng.choice(co.be["malls"]), co.p(4), co.rng.choice(["电话", "企业微信", "上门"]),
             co.rng.choice(["满意", "希望周末响应更快", "停车场问题已解决，满意"]), "已记录"] for i in range(6)]
    return book("callbacks", "%s 服务回访登记表（%d年）" % (co.be["custs"], d.year), d, True,
                [("回访", ["回访日期", "商场/写字楼", "回访人", "方式", "客户意见", "处理"], rows, ["63/follow-up-visits"])])


def monthly_report(co, d, trend, data, avail=True):
    c = co.be
    p = Sec("%s IT运维月度服务报告（%d年%d月）" % (c["custs"], d.year, d.month), "dig")
    p.head(("p", "报送：%s    编制：%s    日期：%s" % (c["custs"], co.p(3), anyd(co, (d + timedelta(days=5))))))
    p.part("本月服务概况", ["受理报障%d单、服务请求%d单，P1事件%d起；完成商场巡检%d次。" % (co.rng.randint(60, 200), co.rng.randint(30, 120),
                                                                  co.rng.randint(0, 1), co.rng.randint(3, 9))])
    p.part("指标趋势分析", [("table", [["指标", "%d月" % ((d.month - 3) % 12 + 1), "%d月" % ((d.month - 2) % 12 + 1), "%d月" % d.month, "趋势"],
                                      ["报障量", 182, 166, 150, "下降"], ["一线解决率", "70%", "73%", "77%", "上升"],
                                      ["出口带宽峰值(Mbps)", 620, 680, 735, "上升"], ["停车无感支付调用峰值(次/分)", 1800, 2100, 2600, "上升"]]),
                         "停车无感支付调用量随节假日持续上升，预计两个月后达到接口网关扩容阈值，已提出扩容申请。"], ["50/monitoring-report"], on=trend)
    p.part("运维数据", [("table", [["指标", "本月"], ["异常报告及时率", "98.2%"], ["异常漏报率", "0.5%"], ["维护作业计划的及时完成率", "96%"],
                                  ["故障隐患发现率", "90%"], ["异常主动发现率", "85%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                  ["加固设备覆盖率", "95%"], ["安全补丁安装及时率", "92%"], ["安全事件次数", co.rng.randint(1, 6)]])], ["56/data"], on=data)
    p.part("可用性报告", [("table", [["系统", "目标", "本月可用率", "中断次数", "达标"], ["停车系统", "99.9%", "99.97%", 1, "是"],
                                    ["会员积分系统", "99.9%", "99.94%", 1, "是"], ["写字楼门禁梯控", "99.5%", "99.80%", 2, "是"]])],
           ["18/availability-report", "22/report"], on=avail)
    p.part("下月计划", ["国庆及店庆保障；商场出口防火墙固件升级。"])
    return p.doc("monthly_report", d, True)


# ------------------------------------------------------------------------------ design, org, assets

CAT = {
    "basic": (["12/catalog"], [("初始服务", "新项目承接IT导入、资产识别、配置项录入"), ("安全设备运维", "项目出口防火墙、核心防火墙、WAF、堡垒机维护与升级"),
                               ("日常巡检服务", "机房每日巡检，城市公司IT季度项目巡检"), ("健康检查", "每季度安全设备和业务系统健康检查"),
                               ("安全事件审计", "防火墙、服务器、收费系统及APP应用日志审计")]),
    "l2": (["19/catalog"], [("运维监控与分析", "7×24监控、月度趋势分析"), ("终端安全监控", "项目前台、客服中心及总部终端防病毒、准入"),
                            ("等级保护合规性运维", "智慧社区平台、收费系统等保三级合规检查与整改")]),
    "l1": (["26/catalog"], [("安全通告及漏洞分析", "漏洞、病毒、厂商及监管通告的收集与分析"), ("应急响应服务", "7×24应急响应，P1事件4小时恢复")]),
}


def catalog(co, d, parts):
    rows = [["服务类别", "服务内容", "服务方式", "服务时限"]]
    items = ["29/catalog"]
    for k in parts:
        its, entries = CAT[k]
        items += its
        for n, c in entries:
            rows.append([n, c, co.rng.choice(["现场", "远程", "现场+远程"]), co.rng.choice(["P1 15分钟响应", "按月", "按季度", "按需"])])
    b = [("p", dept(co)), ("title", "IT运维服务目录")] + ctl(co, d, "%s-%s-FW-01" % (co.be["code"], co.be["gl"]), "V%d.%d" % (co.rng.randint(2, 4), co.rng.randint(0, 5))) + [
        ("p", "本目录列明%s向集团总部、城市公司、在管项目及%s提供的IT运维服务。" % (co.be["dept"], co.be["custs"])), ("table", rows)]
    return Doc("catalog", "服务目录", d, sorted(items), False, b)


def avail_kpis(co, d):
    rows = [["整体指标", "生产系统整体可用率", "全部生产系统", "≥99.9%", "月"], ["整体指标", "P1事件次数", "全部", "≤2", "年"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.95%", "月"], ["单系统指标", "%s可用率" % co.sys(1), co.sys(1), "≥99.9%", "月"],
            ["单系统指标", "IoT网关在线率", "门禁/道闸/梯控", "≥99%", "日"], ["单系统指标", "400呼叫中心接通可用率", co.sys(2), "≥99.9%", "月"]]
    return book("avail_kpis", "信息系统可用性指标清单", d, False,
                [("可用性指标", ["类型", "指标", "适用范围", "目标值", "统计周期"], rows, ["6/availability-kpis"])])


def svc_analysis(co, d, auto):
    p = Sec("以往服务解决方案及对生产影响分析报告", "cn").head(("p", "日期：%s    编制：%s" % (anyd(co, d), co.p(3))))
    p.part("以往服务解决方案回顾", ["回顾%d年为在管项目和%s实施的%d项服务方案：项目专线改SD-WAN、出口防火墙统一策略模板、收费系统上云、停车无感支付接口改造等。"
                               % (d.year - 1, co.be["custs"], co.rng.randint(18, 40))])
    p.part("对生产的影响分析", ["其中4项方案实施期间对项目有短时影响（最长20分钟，均在凌晨维护窗口），无方案造成业主无法缴费或门禁无法通行。"], ["7/impact-analysis"])
    p.part("安全事件解决效率分析", ["全年处理安全事件%d起，平均解决时长3.8小时；项目终端病毒告警、弱口令、IoT网关离线三类重复事件占61%%。" % co.rng.randint(50, 140)], on=auto)
    p.part("未来可自动化的服务", ["建议将IoT网关在线巡检、终端病毒库核查、弱口令核查、月报数据汇总实现自动化。"], ["7/automation"], on=auto)
    return p.doc("svc_analysis", d, True)


def sld(co, d):
    p = Sec("驻场运维服务合同 附件2：服务级别要求", "cn").head(("p", "合同编号：%s-CG-%d-%03d    乙方：%s" % (co.be["code"], d.year, co.rng.randint(1, 99), co.vendor)))
    p.part("服务级别设计", ["乙方（驻场及远程值守）对甲方安全运维服务的级别：P1事件15分钟响应、4小时恢复；P2事件30分钟响应、8小时恢复；P3事件2小时响应、2个工作日解决。"], ["8/sld"])
    p.part("考核", ["按月统计达成率，未达标按合同扣减服务费。"])
    return p.doc("sld", d, False)


def ola(co, d):
    p = Sec("内部运营级别协议（OLA）", "dig").head(*ctl(co, d, "%s-%s-OLA-01" % (co.be["code"], co.be["gl"]), "V1.%d" % co.rng.randint(0, 3)))
    p.part("协议各方", ["IT服务台、基础架构组、应用组、信息安全组、城市公司IT。"])
    p.part("内部安全运营级别", ["P1事件：二线15分钟内接手、4小时恢复；P2：30分钟接手、8小时恢复；P3：2小时接手、2个工作日解决；",
                             "以上时限与驻场运维服务合同附件2（服务级别要求）保持一致，每半年对照复核一次。"], ["8/ola"])
    return p.doc("ola", d, False)


def org_chart(co, d, outs):
    c = co.be
    p = Sec("网络安全组织架构及职责", "cn").head(*ctl(co, d, "%s-%s-ZZ-01" % (c["code"], c["gl"]), "V2.%d" % co.rng.randint(0, 5)))
    p.part("网络安全领导小组", ["组长：%s（集团副总裁、分管数字化）；副组长：%s；成员：运营中心、财务中心、客服中心、法务部负责人。负责网络安全方针和资源决策。" % (co.boss, co.p(0))])
    p.part("网络安全管理组", ["组长：%s。负责制度、风险评估、内审和合规（等保、个人信息保护）。" % co.p(3)])
    body = ["由基础架构组、应用组、信息安全组和城市公司IT组成" + ("，驻场服务商%s的驻场工程师和远程值守人员参与执行。" % co.vendor if outs else "。")]
    rows = [["组织", "角色", "人员", "单位"], ["领导小组", "组长", co.boss, c["grp"]], ["管理组", "网络安全经理", co.p(3), c["dept"]],
            ["执行组", "基础架构工程师", co.p(1), c["dept"]], ["执行组", "城市公司IT", co.p(4), c["cities"][0]]]
    if outs:
        rows.append(["执行组", "驻场运维工程师（外包）", co.vp(0), co.vendor])
    p.part("执行组", body + [("table", rows)])
    items = ["9/org-chart", "23/org-chart"] + (["9/outsourcing"] if outs else [])
    return Doc("org_chart", p.blocks[0][1], d, items, False, p.blocks)


def staff_list(co, d, outs):
    c = co.be
    own = [[i + 1, co.p(i), ["部门负责人", "基础架构工程师", "应用运维", "网络安全经理", "城市公司IT", "IT服务台"][i], c["dept"] if i != 4 else c["cities"][0],
            "1%d%09d" % (co.rng.choice([35, 38, 39]), co.rng.randint(0, 10 ** 9 - 1)), co.rng.choice(["CISP", "ITIL 4", "HCIP", "—"])] for i in range(6)]
    ext = [[7, co.vp(0), "驻场运维工程师", co.vendor, "13%09d" % co.rng.randint(0, 10 ** 9 - 1), "HCIE"],
           [8, co.vp(1), "远程值守工程师", co.vendor, "15%09d" % co.rng.randint(0, 10 ** 9 - 1), "HCIA"]]
    sheets = [("本部门", ["序号", "姓名", "岗位", "单位", "手机", "证书"], own, ["9/staff-list"]),
              ("驻场服务商", ["序号", "姓名", "岗位", "单位", "手机", "证书"], ext if outs else [], ["9/outsourcing"])]
    return book("staff_list", "运维人员名册（%s更新）" % ym(d), d, True, sheets)


def role_list(co, d):
    rows = [["服务经理", "SLA管理、与%s沟通" % co.be["custs"], "管理组", co.p(0)], ["网络安全工程师", "漏洞、渗透、应急、日志审计", "执行组", co.p(3)],
            ["基础架构工程师", "网络与安全设备运维、巡检", "执行组", co.p(1)], ["IT服务台", "受理报障与请求", "执行组", co.p(5)],
            ["配置管理员", "CMDB维护", "管理组", co.p(2)], ["内审员", "内部审核", "管理组", co.p(3)]]
    return book("role_list", "安全运维角色及职责清单", d, False,
                [("角色", ["角色", "职责", "对应组织", "人员"], rows, ["18/roles", "23/roles"])])


def desk_notice(co, d):
    b = [("big", co.be["grp"] + "文件"), ("p", next_no(co, d)), ("title", "关于设立IT服务台的通知"), ("p", "集团各部门、各城市公司、各在管项目："),
         ("p", "为统一受理员工和项目的IT报障与服务请求，集团设立IT服务台，隶属%s。IT服务台与面向业主的400客服中心分设。" % co.be["dept"]),
         ("p", "IT服务台7×24小时受理IT热线、企业微信和%s自助提单，负责登记、一线处理、派单、跟踪和回访。" % co.be["itsm"]),
         ("p", "服务台组长：%s；成员：%s及驻场值班人员。" % (co.p(5), co.p(4))), ("p", co.be["grp"]), ("p", sign_date(d))]
    return Doc("desk", "服务台通知", d, ["48/service-desk"], False, b)


def desk_training(co, d):
    rows = [[i + 1, n, "IT服务台", "合格"] for i, n in enumerate([co.p(5), co.p(4), co.vp(1), co.vp(2)])]
    return book("desk_training", "IT服务台岗位培训记录", d, True,
                [("培训记录", ["序号", "姓名", "岗位", "考核"], rows, ["48/training"])],
                note="培训内容：报障受理与定级（P1-P4）、%s工单操作、收费系统及APP常见问题一线处理；讲师：%s；日期：%s" % (co.be["itsm"], co.p(0), anyd(co, d)))


def asset_list(co, d):
    c = co.be
    devs = [("FW", "核心防火墙", "华为USG6555E", "数据中心边界访问控制", "GE1/0/1-核心交换机", "高"),
            ("WAF", "Web应用防火墙", "安恒明御WAF", "业主APP/小程序防护", "反向代理", "高"),
            ("BH", "堡垒机", "齐治PAM", "运维审计", "管理网", "高"),
            ("PFW", "项目出口防火墙", "深信服AF-1000", "项目边界", "WAN1-专线/WAN2-宽带", "中"),
            ("IOT", "IoT边缘网关", "海康DS-K网关", "门禁/道闸/梯控接入", "弱电间交换机", "中"),
            ("SRV", "收费系统数据库服务器", "浪潮NF5280M6", co.sys(1), "Bond0-核心", "高")]
    rows = [["%s-%s-%02d" % (c["code"], a, i), n, "网络安全设备" if a not in ("SRV", "IOT") else ("服务器" if a == "SRV" else "物联网设备"), m, f,
             "%s数据中心" % c["hq"] if a in ("FW", "WAF", "BH", "SRV") else "项目弱电间", port, "生产",
             lvl, "HA" if a in ("FW",) else "单机", "V%d.%d" % (co.rng.randint(5, 9), co.rng.randint(0, 9))]
            for i, (a, n, m, f, port, lvl) in enumerate(devs, 1)]
    return book("asset_list", "IT资产识别清单", d, True,
                [("资产", ["资产编号", "名称", "种类", "型号", "功能", "物理位置", "端口对应", "部署", "分级", "保护", "软件版本"], rows,
                  ["13/asset-list", "43/asset-list"])], note="更新日期：%s    维护人：%s" % (anyd(co, d), co.p(2)))


def cmdb(co, d, relations):
    cis = [("核心防火墙策略", "安全配置"), ("项目出口防火墙标准策略模板", "安全配置"), ("IoT平台接入配置", "网络配置"), ("WAF规则集", "安全配置"),
           ("%s应用配置" % co.sys(1), "应用配置"), ("%s接口配置" % co.sys(0), "应用配置")]
    rows = [["CI-%05d" % (3100 + i), n, t, "v%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i % 5),
             co.rng.choice(["机密", "内部"]), "仅配置管理员可写", "SHA256校验", "每日异地备份"] for i, (n, t) in enumerate(cis, 1)]
    rel = [["CI-%05d" % 3101, "CI-%05d" % 3102, "策略模板继承"], ["CI-%05d" % 3103, "CI-%05d" % 3102, "IoT网关经项目防火墙接入"],
           ["CI-%05d" % 3105, "CI-%05d" % 3101, "收费系统经核心防火墙访问"], ["CI-%05d" % 3106, "CI-%05d" % 3104, "APP接口受WAF保护"]]
    return book("cmdb", "CMDB配置项导出", d, True,
                [("配置项", ["CI编号", "名称", "类型", "版本", "负责人", "密级", "访问控制", "完整性", "备份"], rows, ["27/cmdb"]),
                 ("关联关系", ["源CI", "目标CI", "关系"], rel if relations else [], ["38/cmdb-relations"])],
                note="导出时间：%s" % anyd(co, d))


def ci_updates(co, d):
    rows = [[(d - timedelta(days=15 * i)).isoformat(), "CI-%05d" % (3101 + i % 6),
             ["新增停车接口访问策略", "项目模板增加准入规则", "IoT网关固件登记", "WAF规则更新", "收费系统参数调整", "APP接口证书更新"][i % 6],
             "BG-%d%04d" % (d.year, 300 - i), co.p(2), co.p(1)] for i in range(8)]
    return book("ci_updates", "配置项更新维护记录", d, True,
                [("维护记录", ["日期", "CI", "内容", "关联变更单", "执行人", "复核人"], rows, ["43/ci-updates"])])


def req_record(co, d):
    p = Sec("智慧停车系统（%s）新建项目需求分析记录" % co.be["malls"][0], "dig").head(("p", "日期：%s    参与：%s、%s、停车运营组" % (anyd(co, d), co.be["dept"], co.be["custs"])))
    p.part("需求清单", [("table", [["类别", "需求", "确认"], ["功能", "车牌识别、无感支付、会员积分抵扣停车费、商户停车券", "已确认"],
                                   ["性能", "高峰进出场识别≤1秒，支付回调≤500ms", "已确认"], ["安全性", "车辆及会员信息加密存储、等保三级、道闸网关独立VLAN", "已确认"]])],
           ["11/requirements"])
    p.part("确认", ["需求方签字：%s    %s" % (co.cp(1), anyd(co, d))])
    return p.doc("req", d, True)


def compat(co, d):
    p = Sec("%s升级兼容性验证报告" % co.sys(1), "dig").head(("p", "验证日期：%s    验证人：%s" % (anyd(co, d), co.p(2))))
    p.part("验证结果", [("table", [["验证项", "内容", "结果"], ["网络兼容", "新版本与项目SD-WAN、出口防火墙策略", "通过"],
                                   ["系统兼容", "前台PC Win10/Win11、票据打印机、POS机驱动", "通过"],
                                   ["应用兼容", "与业主APP缴费、银行代扣、微信支付对账、ERP财务接口", "通过"]])], ["11/compatibility"])
    return p.doc("compat", d, True)


def test_plan(co, d, rollback=True):
    p = Sec("%s V%d.%d 升级改造测试计划" % (co.sys(1), co.rng.randint(3, 8), co.rng.randint(0, 9)), "cn").head(*ctl(co, d, "%s-%s-TP-%02d" % (co.be["code"], co.be["gl"], co.rng.randint(1, 30)), "V1.0"))
    p.part("测试范围", ["收费系统云端、项目前台客户端、与业主APP、银行代扣、微信支付、ERP的接口。"])
    p.part("测试内容与进度", ["第1周测试环境准备；第2周功能与接口测试；第3周性能测试（月初缴费高峰）与安全测试；第4周选5个项目试点。"], ["25/test-plan"])
    p.part("回退措施", ["升级前全量备份数据库和应用包；试点项目出现无法收费、对账差异的，30分钟内回退至原版本；回退步骤已在测试环境演练。"],
           ["25/rollback", "11/rollback"], on=rollback)
    return p.doc("test_plan", d, False)


def baseline(co, d):
    rows = [["账号", "口令复杂度", "≥10位，含大小写数字特殊字符", "全部服务器、项目防火墙"], ["账号", "默认账号", "禁用admin默认账号", "项目防火墙、IoT网关"],
            ["服务", "管理端口", "仅允许集团管理网段访问", "项目防火墙"], ["日志", "日志外发", "syslog至日志审计平台", "全部网络安全设备"],
            ["IoT", "网络隔离", "门禁道闸梯控VLAN与办公VLAN隔离", "弱电间交换机"]]
    return book("baseline", "安全配置基线（%s）" % d.year, d, False,
                [("基线", ["类别", "检查项", "要求", "适用"], rows, ["25/baseline"])])


def dev_plan(co, d):
    p = Sec("%d年安全工具定制开发计划" % d.year, "cn").head(*ctl(co, d, "%s-%s-PL-05" % (co.be["code"], co.be["gl"]), "V1.0"))
    p.part("背景", ["根据%s提出的安全运维需求和%s自身能力，计划自研以下工具。" % (co.be["custs"], co.be["dept"])])
    p.part("开发计划", [("table", [["工具", "用途", "完成时间", "负责人"], ["IoT网关在线巡检机器人", "自动巡检门禁道闸梯控网关并生成巡检表", "%d-06" % d.year, co.p(1)],
                                   ["业主数据导出审计脚本", "识别批量导出业主信息的异常", "%d-09" % d.year, co.p(3)]])], ["33/dev-plan"])
    return p.doc("dev_plan", d, False)


def avail_plan(co, d):
    p = Sec("信息系统可用性计划（%d）" % d.year, "cn").head(*ctl(co, d, "%s-%s-PL-03" % (co.be["code"], co.be["gl"]), "V1.%d" % co.rng.randint(0, 3)))
    p.part("可用性目标", ["%s≥99.95%%，%s≥99.9%%，IoT网关在线率≥99%%。" % (co.sys(0), co.sys(1))])
    p.part("保障措施", ["收费系统同城双机房部署；APP多可用区；项目双线路（专线+宽带）；季度切换演练。"])
    p.part("可用性事件监控与报告", ["监控值守记录全部中断类可用性事件，每月在月度服务报告中报告可用性执行情况，未达标的提出改进。"],
           ["18/availability-plan", "22/plan"])
    return p.doc("avail_plan", d, False)


def avail_events(co, d):
    rows = [[(d - timedelta(days=27 * i)).isoformat(), co.sys(i), co.rng.choice(["服务中断", "性能下降", "接口中断"]),
             "%d分钟" % co.rng.randint(3, 70), co.rng.choice(["云主机宕机", "银行接口变更", "运营商线路中断", "数据库锁表"]), "已恢复"] for i in range(6)]
    return book("avail_events", "可用性事件登记表（%d）" % d.year, d, True,
                [("可用性事件", ["日期", "系统", "事件", "中断时长", "原因", "状态"], rows,
                  ["18/availability-events", "22/events", "43/process-records"])])


def kb_export(co, d, empty):
    rows = [] if empty else [["KB%05d" % (200 + i), t, "项目FAQ" if i % 2 else "故障处理", co.p(i % 5), "已发布"]
                             for i, t in enumerate(["道闸网关离线后车牌识别不抬杆处理", "收费系统票据打印机错位", "业主APP缴费成功未销账",
                                                    "门禁梯控卡批量下发失败", "400坐席软电话无声", "项目出口防火墙恢复出厂后重新上线"], 1)]
    return book("kb", "知识库条目导出", d, True,
                [("条目", ["编号", "标题", "分类", "作者", "状态"], rows, ["21/knowledge-base"])],
                note="导出自%s知识库，导出人%s，导出时间%s" % (co.be["itsm"], co.p(5), d.isoformat()))


def grading(co, d):
    b = [("title", "%s网络安全等级保护定级报告" % co.sys(0)), ("p", "定级日期：%s" % anyd(co, d)),
         ("p", "业务信息安全保护等级：第三级；系统服务安全保护等级：第二级；系统安全保护等级：第三级。"),
         ("p", "已向%s市公安局网安支队备案，备案编号：%d-%05d-%d。" % (co.be["hq"], co.rng.randint(33010, 51019), co.rng.randint(0, 99999), d.year))]
    return Doc("grading", "定级报告", d, ["51/grading"], False, b)


def grading_criteria(co, d):
    b = [("title", "信息系统安全保护等级划分标准")] + ctl(co, d, "%s-%s-BZ-03" % (co.be["code"], co.be["gl"]), "V1.0") + [
        ("p", "依据GB/T 22240-2020，按业务信息和系统服务受到破坏后侵害的客体和侵害程度确定系统等级；涉及业主身份信息、车辆信息和缴费数据的系统原则上不低于第三级。"),
        ("table", [["侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第三级"],
                   ["社会秩序、公共利益", "第二级", "第三级", "第四级"]])]
    return Doc("grading_criteria", "分级标准", d, ["51/grading-criteria"], False, b)


# ------------------------------------------------------------------------------ records

def ops_book(co, d, virus=True):
    """运维记录台账_YYYY年MM月.xlsx: one sheet per record kind"""
    days = [date(d.year, d.month, x) for x in (2, 6, 10, 14, 18, 22, 26)]
    s1 = [[x.isoformat(), dev, "%d%%" % co.rng.randint(8, 45), "%d%%" % co.rng.randint(30, 70), co.rng.randint(12000, 90000),
           co.rng.choice(["无", "无", "1条低危"]), co.rng.choice([co.p(1), co.vp(0)])] for x in days for dev in ("核心防火墙FW-01", "WAF-01")]
    s2 = [[x.isoformat(), co.rng.choice(["核心防火墙", "WAF", "堡垒机"]), co.rng.choice(["清理过期策略", "日志归档", "风扇除尘", "证书检查"]), "完成", co.vp(0)] for x in days[::2]]
    s3 = [[x.isoformat(), "项目前台、客服中心及总部终端", "%d%02d%02d.1" % (x.year, x.month, x.day), co.rng.choice(["未发现病毒", "清除木马1个", "隔离可疑文件2个"]),
           "%d%%" % co.rng.randint(94, 99), co.p(3)] for x in days[1::2]] if virus else []
    s4 = [[days[2].isoformat(), co.rng.choice(co.be["projects"]) + " 项目出口防火墙", "电源模块故障，项目断网", "硬件", "城市公司IT更换备机，50分钟恢复", co.p(4)],
          [days[5].isoformat(), "WAF-01", "业务口光模块告警", "硬件", "更换光模块", co.vp(0)]]
    s5 = [[days[3].isoformat(), "项目出口防火墙（第%d批）" % co.rng.randint(1, 3), "AF 8.0.45", "AF 8.0.85", "BG-%d%04d" % (d.year, co.rng.randint(100, 400)), "通过"]]
    s6 = [[x.isoformat(), co.rng.choice(co.be["projects"]), "%d/%d" % (co.rng.randint(40, 60), 60), "%.1f%%" % (97 + 3 * co.rng.random()), "正常"] for x in days[::3]]
    return book("ops_book", "运维记录台账（%d年%02d月）" % (d.year, d.month), d, True, [
        ("机房巡检", ["日期", "设备", "CPU", "内存", "会话数", "告警", "巡检人"], s1, ["44/inspection", "45/monitoring", "14/maintenance"]),
        ("设备维护", ["日期", "设备", "维护内容", "结果", "执行人"], s2, ["14/maintenance", "44/maintenance"]),
        ("病毒查杀", ["日期", "范围", "病毒库版本", "查杀结果", "在线率", "执行人"], s3, ["44/virus-scan", "45/antivirus"]),
        ("故障处理", ["日期", "设备", "现象", "类型", "检测与排除", "处理人"], s4, ["44/faults"]),
        ("升级记录", ["日期", "设备", "升级前", "升级后", "变更单", "验证"], s5, ["44/upgrades"]),
        ("IoT在线率", ["日期", "项目", "网关在线", "月在线率", "状态"], s6, [])])


def proj_check(co, d, city, projs):
    rows = [[s, (d + timedelta(days=i)).isoformat(), "在线", "%d%%" % co.rng.randint(10, 40), co.rng.choice(["无", "无", "WAN2宽带丢包"]),
             "%d/%d" % (co.rng.randint(10, 24), 24), co.rng.choice(["在线，病毒库最新", "1台离线已处理"]), co.p(4)] for i, s in enumerate(projs)]
    return book("proj_check", "%s项目网络巡检表（%d年第%d季度）" % (city, d.year, qtr(d)), d, True,
                [("巡检", ["项目", "巡检日期", "出口防火墙状态", "CPU", "告警", "IoT网关在线", "前台/客服PC防病毒", "巡检人"], rows,
                  ["44/inspection", "45/monitoring", "14/maintenance", "44/virus-scan", "45/antivirus"])])


def hw_stats(co, d, rows_on=True):
    rows = [[i + 1, (d - timedelta(days=35 * i)).isoformat(), co.rng.choice(["项目出口防火墙", "核心防火墙", "WAF", "堡垒机"]),
             ["电源", "光模块", "硬盘", "风扇", "主板"][i], co.rng.choice(["返厂", "备机替换"]), "%d分钟" % co.rng.randint(15, 120)] for i in range(5)]
    rows.append(["", "合计", "", "5次", "", ""])
    return book("hw_stats", "安全设备硬件故障统计（%d年）" % d.year, d, True,
                [("统计", ["序号", "日期", "设备", "故障部件", "处理", "影响时长"], rows if rows_on else [], ["14/hardware-faults", "44/faults"])])


def fault_report(co, d):
    p = Sec("故障报告：核心防火墙主备切换失败", "cn").head(("p", "事件单号：INC%s-%02d    级别：P2    日期：%s" % (ymd(d), co.rng.randint(1, 9), anyd(co, d))))
    p.part("经过", ["01:52 监控告警主墙心跳丢失；01:55 备墙未接管；02:10 驻场工程师手工切换；02:18 收费系统、APP恢复。"])
    p.part("原因", ["主墙心跳口光模块老化，备墙会话同步配置错误未接管。"])
    p.part("处理与恢复", ["更换光模块，修正会话同步配置，验证切换正常。"], ["44/faults"])
    p.part("整改措施", ["光模块纳入年度更换计划（%s）；主备切换纳入季度演练（%s）。" % (co.p(1), co.p(3))])
    return p.doc("fault_report", d, True)


def collect(co, d):
    rows = [[(d - timedelta(days=30 * i)).isoformat(), co.rng.choice(["核心防火墙", "核心交换机", "WAF"]), "已导出，与基线差异%d项" % co.rng.randint(0, 3),
             "出口峰值%dMbps" % co.rng.randint(300, 900), "CPU %d%% / 内存 %d%%" % (co.rng.randint(10, 50), co.rng.randint(30, 70)), co.p(3)] for i in range(6)]
    return book("collect", "安全信息采集记录", d, True,
                [("采集", ["采集日期", "对象", "系统配置", "流量信息", "系统状态", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def log_audit(co, d):
    p = Sec("%d年第%d季度日志审计分析报告" % (d.year if qtr(d) > 1 else d.year - 1, qtr(d) - 1 or 4), "dig").head(("p", "审计人：%s    日期：%s" % (co.p(3), anyd(co, d))))
    p.part("网络及安全设备日志", ["核心防火墙、项目出口防火墙、WAF日志共%.1f亿条；发现针对业主APP登录接口的撞库源IP %d个，已封禁。" % (co.rng.uniform(1, 6), co.rng.randint(10, 90))])
    p.part("服务器和操作系统日志", ["Linux/Windows登录审计：异常登录失败峰值3次，为运维人员口令输错；发现1个离职员工账号未禁用，已处理。"])
    p.part("网络应用日志", ["%s应用日志：批量导出业主信息操作%d次，均有审批；缴费接口异常调用%d次，已限流。" % (co.sys(1), co.rng.randint(2, 9), co.rng.randint(30, 400))])
    p.part("结论", ["未发现成功入侵和数据泄露。"])
    return Doc("log_audit", p.blocks[0][1], d, ["17/log-analysis", "45/audit-report", "47/audit"], True, p.blocks)


def incident_stats(co, d):
    rows = [["%d月" % m, co.rng.randint(0, 5), co.rng.randint(0, 12), co.rng.randint(0, 1), co.rng.randint(0, 3)] for m in range(1, d.month + 1)]
    return book("incident_stats", "网络安全事件统计分析（%d年1-%d月）" % (d.year, d.month), d, True, [
        ("统计", ["月份", "有害程序", "网络攻击", "信息泄露", "设备故障"], rows, ["18/incident-stats"]),
        ("分析", ["分析结论"], [["网络攻击类（撞库、接口刷取）占比最高，集中在业主APP登录和缴费接口；有害程序事件集中在项目前台PC，主要因U盘，建议项目禁用USB存储。"]],
         ["18/incident-analysis"])], note="信息安全组    %s" % anyd(co, d))


def tickets(co, d, resp=True):
    rows = []
    for i in range(12):
        x = d - timedelta(days=6 * i)
        r = ["IT%s%03d" % (ymd(x), i + 1), co.rng.choice(["事件", "服务请求", "事件"]), co.rng.choice(co.be["projects"] + co.be["malls"]),
             "%s %02d:%02d" % (x.isoformat(), 8 + i % 10, 5), "%s %02d:%02d" % (x.isoformat(), 8 + i % 10, 12 + i),
             "%s %02d:40" % (x.isoformat(), 10 + i % 10), co.rng.choice(["前台票据打印机无法打印", "道闸不抬杆", "收费系统登录慢", "APP缴费未销账", "新员工ERP账号"]),
             co.rng.choice(["P3", "P4", "P2"]), "已关闭"]
        if not resp:
            r = r[:4] + r[5:]
        rows.append(r)
    head = ["工单号", "类型", "项目/商场", "创建时间", "响应时间", "解决时间", "摘要", "优先级", "状态"]
    if not resp:
        head = head[:4] + head[5:]
    return book("tickets", "%s 工单导出 %s" % (co.be["itsm"], ym(d)), d, True,
                [("导出", head, rows, ["43/process-records"] + (["55/response-times"] if resp else []))])


def changes(co, d):
    rows = [["BG-%d%04d" % (d.year, 400 - i), (d - timedelta(days=11 * i)).isoformat(),
             co.rng.choice(["项目出口防火墙固件升级", "收费系统补丁发布", "APP接口证书更换", "核心防火墙策略调整", "IoT平台网关批量配置"]),
             co.rng.choice(["一般", "重大", "标准"]), co.p(0), "成功", co.rng.choice(["无需回退", "无需回退", "已验证"]), "已关闭"] for i in range(9)]
    return book("changes", "变更记录导出（%d年）" % d.year, d, True,
                [("变更", ["变更单号", "实施日期", "变更内容", "类型", "审批人", "实施结果", "回退", "状态"], rows, ["54/records", "43/process-records"])])


def bulletin(co, d, full):
    p = Sec("网络安全通告（%d年第%d期）" % (d.year, d.month), "cn").head(("p", "信息安全组    %s" % anyd(co, d)))
    p.part("漏洞通告", ["CVE-%d-%05d 深信服AF防火墙远程代码执行漏洞（严重），影响集团项目出口防火墙型号，建议升级至最新版本。" % (d.year, co.rng.randint(20000, 49999))],
           ["52/vulnerability", "53/bulletin"])
    p.part("厂商安全通告", ["收费系统厂商发布安全补丁；海康发布IoT网关固件安全更新。"])
    p.part("病毒通告", ["针对物业行业的钓鱼邮件（伪装银行代扣对账单）传播木马，请项目财务人员勿打开不明附件。"], ["52/virus"], on=full)
    p.part("政策法规及业界动态", ["《网络数据安全管理条例》实施要求；住建部门关于智慧社区个人信息保护的要求；行业勒索事件动态。"], ["52/policy"], on=full)
    p.part("分析与处置", ["经排查集团受影响项目出口防火墙%d台，已列入本月升级批次。" % co.rng.randint(30, 300)], ["52/analysis"], on=full)
    return p.doc("bulletin", d, True)


def pentest_plan(co, d):
    p = Sec("%d年度渗透测试计划" % d.year, "cn").head(*ctl(co, d, "%s-%s-AQ-02" % (co.be["code"], co.be["gl"]), "V1.0"))
    p.part("测试安排", [("table", [["季度", "对象", "方式", "负责人"], ["Q1", co.be["app"], "黑盒", co.p(3)], ["Q2", co.sys(1) + "对外接口", "灰盒", co.p(3)],
                                   ["Q3", "停车无感支付接口", "灰盒", co.vp(1)], ["Q4", "项目网络", "白盒", co.p(3)]])], ["31/pentest-plan", "32/pentest-plan"])
    return p.doc("pentest_plan", d, False)


def pentest_report(co, d):
    p = Sec("%s 渗透测试报告" % co.be["app"], "cn").head(("p", "测试时间：%s    测试人：%s    授权编号：SQ-%s-%02d" % (anyd(co, d), co.p(3), ymd(d), co.rng.randint(1, 9))))
    p.part("发现的漏洞", [("table", [["编号", "漏洞", "等级", "状态"], ["V-01", "缴费记录接口越权查看他人房产", "高", "已修复"], ["V-02", "短信验证码可爆破", "中", "已修复"],
                                    ["V-03", "业主手机号明文返回", "中", "已修复"]])], ["31/pentest-records", "32/pentest-records"])
    p.part("复测结论", ["高中危漏洞已全部修复。"])
    return p.doc("pentest_report", d, True)


# ------------------------------------------------------------------------------ emergency

def emergency_plan(co, d, recovery):
    p = Sec("网络安全事件应急预案", "zhang").head(*ctl(co, d, "%s-%s-YA-01" % (co.be["code"], co.be["gl"]), "V3.%d" % co.rng.randint(0, 4)))
    p.part("总则", ["为建立信息系统应急事件响应机制，最大限度减少收费系统、400客服系统中断和业主信息泄露对项目运营的影响，制定本预案。"], ["36/emergency-plan", "53/emergency-plan"])
    p.part("组织机构", ["应急领导小组组长%s；下设技术处置组、业务保障组（收费、客服）、对外沟通组（业主、%s）。" % (co.boss, co.be["custs"])])
    p.part("事件分级与响应", ["P1：收费系统全部不可用、400系统中断、业主信息泄露；15分钟响应，30分钟启动预案。"])
    p.part("项目降级方案", ["收费系统不可用时项目启用手工收据和离线台账，系统恢复后24小时内补录；门禁网关离线时启用本地白名单。"])
    p.part("恢复策略", ["收费系统、APP RTO≤2小时、RPO≤5分钟：同城灾备机房切换；400系统切换至云呼叫中心，RTO≤30分钟。"], ["55/plan"], on=recovery)
    return p.doc("emergency_plan", d, False)


def dr_plan(co, d):
    p = Sec("信息系统灾难恢复计划", "cn").head(*ctl(co, d, "%s-%s-YA-02" % (co.be["code"], co.be["gl"]), "V2.%d" % co.rng.randint(0, 3)))
    p.part("恢复目标", ["%s RTO 2小时/RPO 5分钟；%s RTO 2小时/RPO 15分钟。" % (co.sys(1), co.sys(0))])
    p.part("恢复步骤", ["宣布灾难→DNS切换至灾备机房→数据库提升→应用启动→项目抽测收费→通知银行及微信支付回切对账→回切。"], ["36/recovery-plan"])
    return p.doc("dr_plan", d, False)


def bcp(co, d):
    p = Sec("业务连续性计划", "cn").head(*ctl(co, d, "%s-%s-BCP-01" % (co.be["code"], co.be["gl"]), "V1.%d" % co.rng.randint(1, 4)))
    p.part("业务影响分析", ["关键业务：物业费收缴、业主报事报修（400及APP）、门禁通行、停车收费；最大可容忍中断4小时。"])
    p.part("应急响应与灾难恢复", ["以《网络安全事件应急预案》和《信息系统灾难恢复计划》为支撑，项目启用降级方案。"], ["42/bcp"])
    p.part("演练与维护", ["每年至少演练一次，每年评审更新。"])
    return p.doc("bcp", d, False)


def drill(co, d, kind):
    if kind == "em":
        t, sc, its = "应急演练记录", "项目前台PC感染勒索病毒、项目网络隔离处置", ["40/emergency-drill", "53/drill"]
    else:
        t, sc, its = "灾备切换演练记录", "%s同城灾备切换及回切" % co.sys(1), ["40/recovery-drill", "53/drill"]
    rows = [["演练名称", sc], ["演练时间", anyd(co, d)], ["方式", "实战演练"], ["参加人员", "、".join(co.p(i) for i in range(4)) + "、" + co.vp(0)],
            ["过程", "01:30 发现告警→01:38 启动预案→02:05 隔离完成→03:10 恢复→03:30 项目抽测通过"], ["结果", "RTO 1小时40分，达到预案要求"],
            ["问题与改进", "备份恢复脚本需更新，已提变更单"], ["记录人", co.p(3)]]
    return Doc("drill", t, d, its, True, [("title", t), ("table", rows)])


# ------------------------------------------------------------------------------ 体系 (监视评审, 改进)

def internal_audit(co, d):
    p = Sec("%d年度IT服务管理体系内部审核报告" % d.year, "cn").head(("p", "审核日期：%s    审核组长：%s    审核员：%s" % (anyd(co, d), co.p(3), co.p(2))))
    p.part("审核目的和准则", ["验证体系满足ISO/IEC 20000-1及CCRC安全运维服务要求、满足服务需求和%s的要求，并被有效实施和维护。" % co.be["custs"]])
    p.part("审核范围", ["%s全部过程及城市公司IT。" % co.be["dept"]])
    p.part("审核发现", ["不符合项3项（NC-01 项目巡检表缺签字；NC-02 2单变更无回退方案；NC-03 知识库条目逾期未复核），观察项4项。"])
    p.part("结论", ["体系运行基本有效，不符合项已下发纠正预防措施单。"])
    return Doc("internal_audit", p.blocks[0][1], d, ["59/internal-audit"], True, p.blocks)


def qms_audit(co, d):
    p = Sec("%d年度质量、环境、职业健康安全管理体系内部审核报告" % d.year, "cn").head(("p", "审核日期：%s    审核组长：品质管理中心" % anyd(co, d)))
    p.part("审核范围", ["住宅、商写物业服务全过程（客服、秩序、保洁、绿化、工程维修）及各城市公司。"])
    p.part("审核发现", ["不符合项5项：消防通道堆物、二次供水水箱清洗记录缺失、保洁化学品标识不全等。"])
    p.part("结论", ["三体系运行有效。"])
    return p.doc("qms_audit", d, True)


MR = {"perf": ("60/performance", "服务和流程的执行情况和符合性：SLA达成率98.2%，各流程按程序执行，内审不符合项3项已整改2项。"),
      "fb": ("60/customer-feedback", "客户反馈：%s满意度92分，投诉2起（周末停车场响应慢），已处理。"),
      "res": ("60/resources", "当前和预测资源水平：部门%d人，驻场服务商6人；明年新承接项目约80个、商场2个，预计需增加城市公司IT 2人。"),
      "ca": ("60/corrective-actions", "纠正措施的进展：上次管评提出5项措施，完成4项，1项（商场出口防火墙双机）进行中。"),
      "chg": ("60/changes", "可能影响服务的变更：收费系统换代、400系统上云、个人信息保护合规审计要求。"),
      "imp": ("60/improvements", "改进的机会：周末响应及时性、IoT巡检自动化、服务台自助化。")}


def mgmt_review(co, d, inputs):
    p = Sec("%d年度管理评审报告" % d.year, "cn").head(("p", "时间：%s    主持：%s    参加：%s各组长、%s代表%s" % (anyd(co, d), co.boss, co.be["dept"], co.be["custs"], co.cp(0))))
    paras, items = [], []
    for k in inputs:
        itm, s = MR[k]
        paras.append(s % co.be["custs"] if k == "fb" else (s % co.rng.randint(18, 40) if k == "res" else s))
        items.append(itm)
    p.part("评审输入", paras, items + (["59/management-review"] if "perf" in inputs else []))
    p.part("评审结论", ["体系持续适宜、充分、有效。"])
    p.part("评审输出", ["批准增加城市公司IT编制；启动IoT巡检自动化项目；周末驻场增员。"])
    return p.doc("mgmt_review", d, True)


def kpi_list(co, d):
    rows = [["SLA达成率", "≥98%", "98.2%", "是", "—"], ["%s满意度" % co.be["custs"], "≥90分", "92分", "是", "—"], ["投诉", "≤5起/年", "2起", "是", "—"],
            ["P1事件按时恢复率", "100%", "90%", "否", "JZ-%d-04" % d.year], ["项目巡检完成率", "100%", "95%", "否", "JZ-%d-05" % d.year]]
    return book("kpi", "IT服务KPI监视测量表（%d年）" % d.year, d, True,
                [("KPI", ["指标", "目标", "实际", "达成", "措施"], rows, ["57/measurement"])],
                note="统计截至：%s    统计人：%s" % (anyd(co, d), co.p(3)))


def capa(co, d, n):
    rows = [["编号", "JZ-%d-%02d" % (d.year, n)], ["来源", "KPI未达成：项目巡检完成率95%"], ["原因分析", "%s IT岗位空缺1人" % co.be["cities"][-1]],
            ["纠正措施", "临时抽调总部工程师补巡"], ["预防措施", "城市公司IT设AB角，空缺超过15天启动借调"], ["责任人", co.p(0)],
            ["完成日期", anyd(co, d)], ["有效性验证", "次季度巡检完成率100%，措施有效"], ["验证人", co.p(3)]]
    return Doc("capa", "纠正预防措施单", d, ["57/capa", "66/effectiveness"], True, [("title", "纠正预防措施单"), ("table", rows)])


def prevent_record(co, d):
    rows = [["编号", "YF-%d-%02d" % (d.year, co.rng.randint(1, 9))], ["潜在问题", "国庆及店庆期间停车无感支付调用量增长，接口网关CPU趋势将超过80%"],
            ["预防措施", "9月扩容接口网关2个节点并设置限流"], ["批准", co.p(0)], ["实施日期", anyd(co, d - timedelta(days=40))],
            ["有效性验证", "10月峰值CPU 55%%，未发生接口超时，措施有效（验证人%s，%s）" % (co.p(3), anyd(co, d))]]
    return Doc("prevent", "预防措施记录单", d, ["66/effectiveness"], True, [("title", "预防措施记录单"), ("table", rows)])


def improve_plan(co, d, criteria):
    p = Sec("%d年度IT服务持续改进计划" % d.year, "cn").head(*ctl(co, d, "%s-%s-GJ-%d" % (co.be["code"], co.be["gl"], d.year), "V1.0"))
    p.part("改进项目", [("table", [["改进项", "来源", "改进目标", "负责人", "完成时间"], ["IoT巡检自动化", "管评", "巡检人天减少50%", co.p(1), "%d-06" % d.year],
                                   ["周末响应提升", "满意度调查", "周末P3响应≤30分钟", co.p(5), "%d-09" % d.year],
                                   ["知识库自助", "服务台", "一线解决率≥80%", co.p(4), "%d-12" % d.year]])], ["64/plan", "68/plan"])
    p.part("评估标准", ["改进机会按对业主及客户影响（40%）、实施成本（30%）、风险（30%）打分，≥70分列入计划；各项须经识别、记录、批准、评估、测量和报告。"],
           ["64/criteria"], on=criteria)
    return p.doc("improve_plan", d, True)


def improve_opps(co, d):
    rows = [["IoT巡检自动化", 9, 7, 8, 83, 1], ["周末响应提升", 8, 6, 9, 78, 2], ["知识库自助", 7, 5, 8, 68, 3], ["监控大屏改版", 4, 6, 9, 58, 4]]
    return book("improve_opps", "改进机会评估表", d, True,
                [("评估", ["改进机会", "影响", "成本", "风险", "得分", "排序"], rows, ["67/prioritisation"])],
                note="按持续改进评估标准加权打分排序，提交总经理办公会审议。填表：%s    %s" % (co.p(0), anyd(co, d)))


def gm_minutes(co, d, iface, approve):
    """总经理办公会 专题纪要 (数字化专题): several decisions in one set of minutes"""
    c = co.be
    p = Sec("总经理办公会会议纪要（数字化专题）", "cn").head(("p", "〔%d〕第%d期" % (d.year, co.rng.randint(8, 30))),
                                                    ("p", "时间：%s    主持：%s    出席：%s、%s、%s" % (anyd(co, d), co.boss, co.p(0), co.p(3), co.p(1))))
    p.part("关于%s收费系统换代项目进展" % c["dept"], ["会议听取了收费系统换代项目汇报，同意按计划于四季度完成全部城市公司切换。"])
    if iface:
        p.part("关于明确网络安全管理接口人", ["会议明确%s（CISP）为集团网络安全管理接口人，负责与%s、属地网信和公安部门、驻场服务商的安全管理对接，"
                                     "负责安全通报的接收与传达、安全检查配合；%s为B角。" % (co.p(3), c["custs"], co.p(1))], ["28/interface-person"])
    else:
        p.part("关于网络安全管理接口人", ["%s提出需明确网络安全管理接口人，会议要求%s提出人选，下次会议确定。" % (c["custs"], c["dept"])])
    if approve:
        p.part("关于%d年度改进机会" % d.year, ["会议审议了《改进机会评估表》：4项改进机会按影响、成本、风险加权评分，IoT巡检自动化（83分）、周末响应提升（78分）、"
                                          "知识库自助（68分）依次排序。会议批准前两项列入年度持续改进计划，第三项下半年启动，监控大屏改版暂缓。"],
               ["67/analysis", "67/prioritisation"])
    else:
        p.part("关于%d年度改进机会" % d.year, ["《改进机会评估表》未及审议，下次会议再议。"])
    p.part("其他事项", ["春节期间IT值班由%s安排；物业费收缴率通报口径由财务中心与%s对齐。" % (c["dept"], c["dept"])])
    return p.doc("gm_minutes", d, True)


def improve_track(co, d):
    rows = [["IoT巡检自动化", "巡检人天减少50%", "巡检机器人上线", (d - timedelta(days=70)).isoformat(), "实测减少55%，有效", "已在管评报告"],
            ["周末响应提升", "周末P3响应≤30分钟", "周末驻场2人", (d - timedelta(days=25)).isoformat(), "实测平均21分钟，有效", "已在部门例会报告"]]
    return book("improve_track", "持续改进实施跟踪表", d, True,
                [("跟踪", ["改进项", "目标", "实施情况", "完成日期", "有效性测量", "报告"], rows, ["68/implementation", "68/effectiveness"])])


def csi_training(co, d):
    rows = [["主题", "持续服务改进——人人都是改进者"], ["时间", anyd(co, d)], ["讲师", co.p(3)],
            ["对象", "%s全员及城市公司IT（%d人）" % (co.be["dept"], co.rng.randint(18, 40))], ["内容", "改进意识、改进机会提交方式、本年度优秀改进案例"],
            ["考核", "线上测试平均分%d" % co.rng.randint(85, 96)]]
    return Doc("csi_training", "改进意识培训", d, ["69/awareness-training"], True, [("title", "持续改进意识培训记录"), ("table", rows)])


def defects(co, d):
    p = Sec("%d年运维服务缺陷分析及改进方案" % d.year, "cn").head(("p", "编制：%s    日期：%s" % (co.p(0), anyd(co, d))))
    p.part("重大事件", ["核心防火墙主备切换失败（P2），收费系统、APP中断26分钟。"])
    p.part("失败变更", ["收费系统补丁发布失败2次（与月初批量代扣冲突），均回退。"])
    p.part("服务不达标", ["二季度P1事件按时恢复率90%，未达100%。"])
    p.part("改进计划", ["光模块生命周期管理；收费发布避开代扣窗口并增加批量测试；P1演练每季度一次。"])
    return Doc("defects", p.blocks[0][1], d, ["70/defect-analysis"], True, p.blocks)


def year_summary(co, d, data, forecast):
    """written in January about the year before"""
    p = Sec("%s %d年度工作总结" % (co.be["dept"], d.year - 1), "cn").head(("p", "%s    %s" % (co.be["dept"], anyd(co, d))))
    p.part("年度工作回顾", ["全年支持新承接项目%d个，完成收费系统上云、400系统扩容、项目出口防火墙统一升级。" % co.rng.randint(40, 160)])
    p.part("运维数据", [("table", [["指标", "全年"], ["异常报告及时率", "98.0%"], ["异常漏报率", "0.6%"], ["维护作业计划的及时完成率", "96%"],
                                  ["故障隐患发现率", "90%"], ["异常主动发现率", "84%"], ["问题解决率", "93%"], ["漏洞扫描覆盖率", "100%"],
                                  ["加固设备覆盖率", "94%"], ["安全补丁安装及时率", "91%"], ["安全事件次数", co.rng.randint(20, 80)]])], ["56/data"], on=data)
    p.part("数据汇总分析与服务预测", ["汇总日志、变更、事件、请求、问题数据：事件同比下降12%，服务请求上升28%（新项目承接），变更集中在月末收费结算前。",
                                  "预测明年在管项目增长15%，服务请求将继续增长，需推进自助服务和新项目承接IT标准化，IoT告警量预计上升20%。"],
           ["71/forecast"], on=forecast)
    p.part("明年工作计划", ["收费系统换代、400系统上云、个人信息保护合规审计。"])
    return p.doc("year_summary", d, True)


def iso_cert(co, d):
    b = [("title", "信息技术服务管理体系认证证书"), ("p", "兹证明 %s" % co.be["grp"]), ("p", "的信息技术服务管理体系符合 ISO/IEC 20000-1:2018"),
         ("p", "认证范围：向集团在管项目及商业管理公司提供的IT运维服务"), ("p", "证书编号：%s    发证日期：%s    有效期至：%d年%d月%d日" % (
             "0%d ITSM%04d" % (co.rng.randint(10, 99), co.rng.randint(0, 9999)), cnd(d), d.year + 3, d.month, d.day))]
    return Doc("iso_cert", "认证证书", d, ["61/audit-system"], False, b)


def qms_cert(co, d):
    b = [("title", "质量管理体系认证证书"), ("p", "兹证明 %s" % co.be["grp"]), ("p", "的质量管理体系符合 GB/T 19001-2016/ISO 9001:2015"),
         ("p", "认证范围：住宅、商业及写字楼物业管理服务"), ("p", "发证日期：%s" % cnd(d))]
    return Doc("qms_cert", "质量体系证书", d, [], False, b)


# ------------------------------------------------------------------------------ real documents that prove nothing

def owner_survey(co, d):
    p = Sec("%d年度业主满意度第三方测评报告" % d.year, "cn").head(("p", "测评机构：赛惟咨询    样本量：%d户    %s" % (co.rng.randint(3000, 9000), anyd(co, d))))
    p.part("总体满意度", ["业主总体满意度%d分，较上年提升2分；客服、秩序、保洁、绿化、工程维修五项中工程维修得分最低。" % co.rng.randint(78, 88)])
    p.part("改进建议", ["提升报修响应速度；加强公共区域保洁频次。"])
    return p.doc("owner_survey", d, True)


def fee_notice(co, d):
    rows = [[c, "%d%%" % co.rng.randint(82, 96), "%d%%" % co.rng.randint(80, 95)] for c in co.be["cities"]]
    return book("fee", "物业费收缴率通报（%d年%d月）" % (d.year, d.month), d, False, [("收缴率", ["城市公司", "本月收缴率", "上年同期"], rows, [])])


def typhoon(co, d):
    p = Sec("%d年台风汛期IT保障方案" % d.year, "cn").head(("p", co.be["dept"] + "    " + anyd(co, d)))
    p.part("保障范围", ["沿海城市公司在管项目弱电间、地下车库道闸及IoT网关。"])
    p.part("保障安排", ["台风预警发布后弱电间设备断电保护，地下车库道闸切换为人工放行；城市公司IT24小时待命。"])
    p.part("值班表", [("table", [["日期", "值班", "备班"]] + [["%d月%d日" % (d.month, min(28, d.day + i)), co.p(i % 6), co.p((i + 2) % 6)] for i in range(5)])])
    return p.doc("typhoon", d, False)


def mall_event(co, d, mall):
    p = Sec("%s %d周年店庆IT保障方案" % (mall, co.rng.randint(3, 12)), "cn").head(("p", co.be["dept"] + "    " + anyd(co, d)))
    p.part("保障时间", ["店庆活动三天，每日9:00-23:00。"])
    p.part("保障安排", ["驻场2人；停车场无感支付和会员积分接口每2小时巡检；封网期间除紧急变更外不做变更。"])
    return p.doc("mall_event", d, False)


def call_daily(co, d):
    rows = [[(d - timedelta(days=i)).isoformat(), co.rng.randint(1800, 4200), "%d%%" % co.rng.randint(88, 97), co.rng.randint(200, 600)] for i in range(7)]
    return book("call_daily", "400客服中心话务日报", d, False, [("话务", ["日期", "呼入量", "接通率", "报修工单"], rows, [])])


def weekly(co, d):
    p = Sec("%s部门周例会纪要（%s）" % (co.be["dept"], d.isoformat()), "dig").head(("p", "参会：%s" % "、".join(co.p(i) for i in range(6))))
    p.part("上周回顾", ["报障%d单；1起P3（APP缴费回调延迟）已关闭。" % co.rng.randint(60, 160)])
    p.part("本周重点", ["新项目承接%d个；项目出口防火墙第2批升级；个人信息保护自查表填报。" % co.rng.randint(2, 6)])
    p.part("待办", ["%s跟进专线续费；%s准备内审资料。" % (co.p(1), co.p(3))])
    return p.doc("weekly", d, False)


def pipl_check(co, d):
    rows = [["1", "是否制定个人信息保护制度", "是"], ["2", "业主APP隐私政策是否经法务审核", "是"], ["3", "是否开展个人信息保护影响评估", "进行中"],
            ["4", "人脸识别门禁是否取得单独同意", "部分项目未取得"]]
    return book("pipl", "个人信息保护合规自查表（%d）" % d.year, d, False, [("自查", ["序号", "检查项", "结论"], rows, [])])


def oncall(co, d):
    rows = [[(d + timedelta(days=i)).isoformat(), co.p(i % 6), co.vp(i % 3), "IT热线 %04d" % co.rng.randint(8000, 8999)] for i in range(14)]
    return book("oncall", "IT值班表（%s）" % ym(d), d, False, [("值班", ["日期", "值班", "驻场", "电话"], rows, [])])


def purchase(co, d):
    rows = [[1, "项目出口防火墙 AF-1000", 30, 9800, 294000], [2, "IoT边缘网关", 120, 1500, 180000], [3, "道闸车牌识别一体机", 40, 6200, 248000]]
    return book("purchase", "%s道闸及网络设备采购合同清单" % ym(d), d, False, [("采购", ["序号", "设备", "数量", "单价", "金额"], rows, [])])


UNREL = [("综合", "关于%d年员工年会的通知", "定于1月16日在集团总部举办年会，请各部门报名节目。"),
         ("人力", "%d年校园招聘计划（数字科技方向）", "拟招收应届生4名，方向：IoT平台开发、数据分析。"),
         ("社区文化", "%d年中秋社区游园会活动方案", "各项目于中秋前一周末举办游园会，组织业主猜灯谜、做月饼。"),
         ("工会", "%d年职工篮球赛报名表", "以城市公司为单位组队，每队10人。"),
         ("行政", "员工食堂管理规定（%d修订）", "食堂开放时间11:30-13:00，员工刷工卡就餐。")]


def unrelated(co, d, i):
    folder, t, s = UNREL[i]
    t = t % d.year
    return folder, t, Doc("unrelated", t, d, [], False, [("title", t), ("p", s)], decoy="unrelated")


def blank(title, d, cols, n=10):
    rows = [[title], cols] + [[""] * len(cols) for _ in range(n)] + [["填表人：", "", "审核："]]
    return Doc("blank", title, d, [], False, sheets=[("Sheet1", rows)], decoy="template")


def blank_doc(title, d, heads):
    b = [("title", title), ("p", "编号：________    日期：____年__月__日")]
    for h in heads:
        b += [("h1", h), ("p", "（请填写）")]
    return Doc("blank", title, d, [], False, b, decoy="template")


def signin(co, d, what):
    rows = [[i + 1, co.p(i), co.be["dept"], co.p(i)] for i in range(6)]
    return Doc("signin", "学习签到表", d, [], True, sheets=[("签到", [["《%s》宣贯学习签到表" % what], ["日期：%s    讲师：%s" % (anyd(co, d), co.p(0))],
                                                                ["序号", "姓名", "部门", "签字"]] + rows)], decoy="training record about a plan or procedure")


def doc_index(co, d, keys):
    rows = [[i + 1, REGS[k][0], regcode(co, k), "V%d.%d" % (co.rng.randint(1, 3), co.rng.randint(0, 5)), "有效"] for i, k in enumerate(keys)]
    return Doc("index", "受控文件清单", d, [], False, sheets=[("清单", [["%s受控文件清单" % co.be["dept"]], ["序号", "文件名称", "编号", "版本", "状态"]] + rows)],
               decoy="list of document names")


def mr_notice(co, d):
    b = [("title", "关于召开%d年度IT服务管理体系管理评审会议的通知" % d.year),
         ("p", "定于%s召开管理评审会议，请各组准备评审输入：客户反馈、资源需求、纠正措施进展、改进建议、服务和流程执行情况。" % cnd(d)),
         ("p", co.be["dept"])]
    return Doc("mr_notice", "管评通知", d, [], True, b, decoy="meeting notice, not the review record")


def drill_scheme(co, d):
    p = Sec("%d年网络安全应急演练方案" % d.year, "cn").head(*ctl(co, d, "%s-%s-YL-%d" % (co.be["code"], co.be["gl"], d.year), "V1.0"))
    p.part("演练目的", ["检验《网络安全事件应急预案》和项目降级方案的可操作性。"])
    p.part("场景与时间", ["模拟%s数据库故障，计划于%d年%d月凌晨实施。" % (co.sys(1), d.year, min(12, d.month + 1))])
    d_ = p.doc("drill_scheme", d, False)
    d_.decoy = "drill plan, neither the plan nor the record"
    return d_


def ccrc_sheet(co, d):
    rows = [[i, t, "", ""] for i, t in [(1, "采集客户对信息系统运维服务时间的需求"), (12, "制定安全运维服务目录"), (27, "收集与建立配置管理数据库"),
                                       (49, "建立事件管理程序和信息安全服务请求管理程序"), (58, "建立与分析客户满意度调查")]]
    return Doc("ccrc", "自评估表", d, [], False, sheets=[("自评估", [["信息系统安全运维服务资质自评估表（工作底稿）"], ["序号", "条款", "结论", "证明材料"]] + rows)],
               decoy="the self-assessment form itself")


MIN_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ------------------------------------------------------------------------------ the share

class Ctx:
    def __init__(self, co):
        self.co, self.r = co, co.rng
        self.H = co.be["holes"]
        self.made = []
        self.scan = {"creator": "Canon iR-ADV C5535 (OCR)", "author": "scanner", "styled": False}

    def put(self, rel, doc, **opt):
        r, co = self.r, self.co
        opt.setdefault("meta_title", r.random() < 0.3)
        opt.setdefault("styled", r.random() < 0.7)
        opt.setdefault("author", r.choice([co.p(r.randint(0, 5)), "Administrator", "admin", "user", "Lenovo"]))
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            n = 1
            while "%s(%d).%s" % (base, n, ext) in co.used:
                n += 1
            rel = "%s(%d).%s" % (base, n, ext)
        co.add(rel, doc, **opt)
        return rel

    def rec(self, name, factory, d, **opt):
        doc = factory(d)
        self.put(name(d), doc, **opt)
        if doc.items and doc.record and (ANCHOR - d).days <= 365:
            self.made.append((name, factory, d))
        return doc


def fresh_in(co, y, m):
    return date(y, m, co.rng.randint(3, 26))


def build(co, lock_bytes):
    """Lay out a BE share: 01-制度文件/, 02-作业指导书/, 03-运维记录/, 04-城市公司/, 05-<customer>/, 06-信息安全/,
    07-应急管理/, 08-体系管理/, 09-会议纪要/, 10-培训/, 11-资产与配置/, 12-项目/, 00-部门管理/, 归档/, 个人/, a recycle folder."""
    co.be = BE_INFO[getattr(co, "info_id", co.id)]
    co.be_no = {}
    c = Ctx(co)
    co.gaps = set(c.H)
    co.oldonly = {h for h in c.H if h.endswith("_old")}
    keys = lay_rules(c)
    lay_customer(c)
    lay_design(c)
    lay_records(c)
    lay_security(c)
    lay_emergency(c)
    lay_review(c)
    lay_none(c)
    archive(c)
    decoys(c, lock_bytes, keys)


def lay_rules(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    skip = {"request": "qq", "problem": "wt", "slm": "slm", "monitor_proc": "jc", "improve_proc": "gj", "prevent": "yf"}
    keys = [k for k in REGS if k not in {v for h, v in skip.items() if h in H}]
    pool = [k for k in keys if REGS[k][1] == "dept"]
    r.shuffle(pool)
    in_book = sorted(pool[:r.randint(4, 6)], key=list(REGS).index)
    d = date(2025, r.randint(2, 6), r.randint(1, 28))
    put("01-制度文件/%s管理制度汇编（%d版）.pdf" % (co.be["dept"], d.year), compilation(co, d, in_book), creator="WPS Office")
    for k in keys:
        name, level, code, _ = REGS[k]
        d = co.issued()
        if level == "grp":
            folder = "01-制度文件/集团发文/%d年/" % d.year
            if r.random() < 0.5:
                main = grp_doc(co, d, k, split="main")
                body, its = reg_body(co, k, reg_drop(co))
                annex = Doc("reg:" + k, name, d, sorted(set(its)), False,
                            [("p", "附件"), ("title", co.be["grp"] + name)] + body)
                sub = folder + "%s 关于印发《%s》的通知/" % (main.be_no, name)
                put(sub + "扫描件-正文.pdf", main, **c.scan)
                put(sub + "附件 %s%s.docx" % (co.be["grp"], name), annex)
            else:
                doc = grp_doc(co, d, k)
                put(folder + r.choice(["%s关于印发《%s》的通知.pdf" % (doc.be_no, name), "%s（%s）.docx" % (name, doc.be_no)]), doc)
            continue
        if k in in_book and r.random() < 0.55:
            continue
        doc = dept_doc(co, d, k)
        ver = doc.blocks[2][1][0][3]
        fn = r.choice(["%s《%s》%s.docx" % (regcode(co, k), name, ver), "%s-%s.docx" % (code, name),
                       "%s（%s）.pdf" % (name, regcode(co, k)), "%s_终版.docx" % name, "%s %s 终版(1).docx" % (name, ver)])
        put("01-制度文件/部门管理文件/" + fn, doc)
    # 作业指导书
    ks = list(WIS)
    if "wi_one" in H:
        k = r.choice(ks)
        put("02-作业指导书/%s-%s-WI-%02d %s.docx" % (co.be["code"], co.be["gl"], ks.index(k) + 1, WIS[k][0]), wi(co, co.issued(), k, ks.index(k) + 1))
        other = [x for x in ks if x != k][0]
        put("02-作业指导书/待发布/%s（送审稿）.docx" % WIS[other][0], void(wi(co, co.fresh(), other, ks.index(other) + 1), "draft (送审稿)", "（送审稿）"))
    else:
        bound = sorted(r.sample(ks, 3), key=ks.index)
        d = co.issued()
        put("02-作业指导书/IT运维作业指导书汇编%d.pdf" % d.year, wi_book(co, d, bound))
        for k in [k for k in ks if k not in bound]:
            n = ks.index(k) + 1
            put("02-作业指导书/%s-%s-WI-%02d %s A%d.docx" % (co.be["code"], co.be["gl"], n, WIS[k][0], r.randint(0, 3)), wi(co, co.issued(), k, n))
    for pj in r.sample(co.be["projects"], 2):
        d = co.fresh()
        put("02-作业指导书/项目承接/%s承接查验IT清单%s.xlsx" % (pj.replace("·", ""), ymd(d)), takeover_list(co, d, pj))
    return keys


def lay_customer(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    C = "05-%s服务/" % co.be["custs"]
    d0 = date(2025, 12, r.randint(1, 20))
    put(C + "01需求调研/%s IT运维需求调研报告%s.docx" % (co.be["custs"], ymd(d0)),
        survey(co, d0, "survey_notime" not in H, "survey_nosec" not in H))
    d = d0 + timedelta(days=r.randint(3, 10))
    if "budget_tpl" in H:
        put(C + "01需求调研/运维预算表（模板）.xlsx", blank("IT运维预算表", d, ["序号", "工作项", "工作量（人天）", "人力资源", "单价", "项目经费", "项目节点"]))
    else:
        put(C + "01需求调研/%d年IT运维预算表v%d.xlsx" % (d.year + 1, r.randint(2, 4)), budget(co, date(2026, 1, r.randint(3, 12))))
    d = d0 + timedelta(days=r.randint(12, 20))
    put(C + "01需求调研/服务沟通会纪要%s.docx" % d.strftime("%Y.%m.%d"), comm_minutes(co, d, "comm_noagree" not in H))
    d = date(2026, 1, r.randint(5, 25))
    put(C + "01需求调研/上年度数据/历史数据清单.xlsx", history_list(co, d))
    put(C + "01需求调研/上年度数据/%d年运维数据分析报告.docx" % (d.year - 1), history_analysis(co, d))
    if "strategy_draft" in H:
        put("个人/%s/%d年度运维保障策略（征求意见稿）.docx" % (co.p(0), d.year),
            void(ops_strategy(co, d + timedelta(days=6)), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(C + "01需求调研/上年度数据/%d年度运维保障策略及实施方案.docx" % d.year, ops_strategy(co, d + timedelta(days=6)))
    # the 协议 scan
    d = date(2026, 1, r.randint(1, 15))
    put(C + "02协议/IT运维服务协议_%s_%d（双方盖章）.pdf" % (co.be["custs"], d.year), sla(co, d, "sla_nomodes" not in H), **c.scan)
    # health checks, by 商场 and quarter
    n = 0
    for q in (2, 3):
        for mall in co.be["malls"]:
            d = date(2026, q * 3, r.randint(8, 25))
            collect_sec = (n == 1 and "collect" not in H)
            c.rec(lambda dd, mall=mall, q=q: C + "03健康检查/%dQ%d/%s健康检查报告.%s" % (dd.year, q, mall, "docx" if q == 2 else "pdf"),
                  lambda dd, mall=mall, cs=collect_sec: health(co, dd, mall, cs), d)
            n += 1
    # satisfaction
    for d, half in ((date(2025, 12, r.randint(5, 20)), "下半年"), (date(2026, 6, r.randint(10, 28)), "上半年")):
        put(C + "04满意度/%d年%s满意度调查报告.docx" % (d.year, half), satisfaction(co, d, half))
    put("归档/2025年/满意度/%d年上半年满意度调查报告.docx" % 2025, satisfaction(co, date(2025, 6, r.randint(10, 28)), "上半年"))
    if "trend" in H:
        d = date(2026, 7, r.randint(5, 28))
        put("个人/%s/满意度趋势分析（草稿）.xlsx" % co.p(5), void(sat_trend(co, d), "draft", "（草稿）"))
    else:
        d = date(2026, 7, r.randint(5, 28))
        put(C + "04满意度/满意度趋势分析%s.xlsx" % ym(d), sat_trend(co, d))
    d = fresh_in(co, 2026, r.randint(8, 10))
    put(C + "04满意度/服务回访登记表%d.xlsx" % d.year, callbacks(co, d))
    # monthly reports
    data_months = set() if "no_data" in H else set(r.sample(range(5, 11), 3))
    for m in range(5, 11):
        d = date(2026, m, 28)
        c.rec(lambda dd: C + "05月度服务报告/%s月度服务报告%d年%02d月.docx" % (co.be["custs"], dd.year, dd.month),
              lambda dd, m=m: monthly_report(co, dd, "monthly_notrend" not in H, m in data_months), d)


def lay_design(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    A = "11-资产与配置/"
    M = "00-部门管理/"
    d = co.issued()
    parts = ("basic", "l2") if "catalog_l1" in H else ("basic", "l2", "l1")
    put(M + "IT运维服务目录V%d.docx" % r.randint(2, 4), catalog(co, d, parts))
    if "kpis" not in H:
        put(M + "信息系统可用性指标清单.xlsx", avail_kpis(co, co.issued()))
    d = fresh_in(co, 2026, r.randint(1, 3))
    put(M + "以往服务方案及生产影响分析%s.docx" % ymd(d), svc_analysis(co, d, "svc_noauto" not in H))
    d = co.issued()
    put(M + "驻场合同/%s驻场运维服务合同附件2 服务级别要求.pdf" % co.vendor, sld(co, d), **c.scan)
    if "ola_draft" in H:
        put("个人/%s/OLA内部运营级别协议（讨论稿）.docx" % co.p(0), void(ola(co, co.fresh()), "draft", "（讨论稿）"))
    else:
        put(M + "内部运营级别协议OLA_v1.docx", ola(co, co.issued()))
    d = co.issued()
    put(M + "组织架构/网络安全组织架构及职责.docx", org_chart(co, d, "no_outsourcing" not in H))
    d = fresh_in(co, 2026, r.randint(6, 10))
    put(M + "组织架构/运维人员名册%s.xlsx" % ym(d), staff_list(co, d, "no_outsourcing" not in H))
    if "roles" not in H:
        put(M + "组织架构/安全运维角色及职责清单.xlsx", role_list(co, co.issued()))
    d = co.issued()
    doc = desk_notice(co, d)
    put("01-制度文件/集团发文/%d年/%s关于设立IT服务台的通知.pdf" % (d.year, doc.blocks[1][1]), doc, **c.scan)
    if "desk_train" in H:
        d = co.fresh()
        put("10-培训/%d/服务台岗位培训计划.docx" % d.year, Doc("train_plan", "培训计划", d, [], False,
                                                           [("title", "IT服务台岗位培训计划"), ("p", "计划于%d年%d月对新入职服务台人员开展岗位培训，讲师%s。" % (d.year, min(12, d.month + 1), co.p(0)))]))
    else:
        d = co.fresh()
        put("10-培训/%d/IT服务台岗位培训记录%s.xlsx" % (d.year, ymd(d)), desk_training(co, d))
    # assets, CMDB
    c.rec(lambda dd: A + "资产/IT资产识别清单%s.xlsx" % ymd(dd), lambda dd: asset_list(co, dd), co.fresh())
    c.rec(lambda dd: A + "CMDB/CMDB导出%s.xlsx" % ymd(dd), lambda dd: cmdb(co, dd, "cmdb_norel" not in H), co.fresh())
    if "ci" not in H:
        c.rec(lambda dd: A + "CMDB/配置项更新维护记录%d.xlsx" % dd.year, lambda dd: ci_updates(co, dd), fresh_in(co, 2026, r.randint(7, 10)))
    put(A + "安全基线/安全配置基线%d.xlsx" % 2026, baseline(co, co.issued()))
    # projects: 智慧停车, 收费系统升级
    P = "12-项目/%s升级/" % co.sys(1)
    d = co.fresh()
    put("12-项目/%s智慧停车/需求分析记录%s.docx" % (co.be["malls"][0], ymd(d)), req_record(co, d))
    d = co.fresh()
    put(P + "测试计划%s.docx" % ymd(d), test_plan(co, d))
    if "compat" not in H:
        d = co.fresh()
        put(P + "兼容性验证报告.docx", compat(co, d))
    else:
        d = co.fresh()
        put(P + "兼容性验证报告（模板）.docx", blank_doc("兼容性验证报告", d, ["网络兼容", "系统兼容", "应用兼容", "结论"]))
    put(M + "%d年安全工具定制开发计划.docx" % 2026, dev_plan(co, date(2026, 2, r.randint(1, 25))))
    put(M + "信息系统可用性计划%d.docx" % 2026, avail_plan(co, date(2026, 1, r.randint(5, 25))))
    c.rec(lambda dd: "03-运维记录/%d年/可用性事件登记表.xlsx" % dd.year, lambda dd: avail_events(co, dd), fresh_in(co, 2026, r.randint(8, 10)))
    d = co.fresh()
    put(A + "知识库/知识库导出%s.xlsx" % ymd(d), kb_export(co, d, "kb_empty" in H))
    d = co.issued()
    put("06-信息安全/等保/%s定级报告.pdf" % co.sys(0), grading(co, d), **c.scan)
    if "grading_criteria" not in H:
        put("06-信息安全/等保/信息系统安全保护等级划分标准.docx", grading_criteria(co, co.issued()))


def lay_records(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    for m in range(3, 11):
        d = date(2026, m, 28)
        c.rec(lambda dd: "03-运维记录/%d年/%02d月/运维记录台账_%d年%02d月.xlsx" % (dd.year, dd.month, dd.year, dd.month), lambda dd: ops_book(co, dd), d)
    cities = co.be["cities"]
    for q in (2, 3):
        for i, city in enumerate(cities[:3]):
            d = date(2026, q * 3, r.randint(5, 25))
            projs = r.sample(co.be["projects"], 3)
            c.rec(lambda dd, city=city: "04-城市公司/%s/%d年第%d季度/项目网络巡检表.xlsx" % (city, dd.year, qtr(dd)),
                  lambda dd, city=city, pj=projs: proj_check(co, dd, city, pj), d)
    if "hw_old" in H:
        d = date(2025, r.randint(1, 6), r.randint(1, 28))
        put("03-运维记录/%d年/安全设备硬件故障统计%d.xlsx" % (d.year, d.year), hw_stats(co, d))
        put("03-运维记录/2026年/安全设备硬件故障统计2026.xlsx", hw_stats(co, co.fresh(), rows_on=False))
    else:
        c.rec(lambda dd: "03-运维记录/%d年/安全设备硬件故障统计%d.xlsx" % (dd.year, dd.year), lambda dd: hw_stats(co, dd), fresh_in(co, 2026, r.randint(6, 10)))
    d = co.fresh()
    put("03-运维记录/%d年/%02d月/故障报告-核心防火墙主备切换失败%s.docx" % (d.year, d.month, ymd(d)), fault_report(co, d))
    for m in sorted(r.sample(range(6, 11), 3)):
        d = date(2026, m, 28)
        c.rec(lambda dd: "03-运维记录/%d年/%02d月/工单导出_%s.xlsx" % (dd.year, dd.month, ym(dd)), lambda dd: tickets(co, dd, "no_resp" not in H), d)
    c.rec(lambda dd: "03-运维记录/%d年/变更记录导出%s.xlsx" % (dd.year, ymd(dd)), lambda dd: changes(co, dd), fresh_in(co, 2026, r.randint(9, 10)))


def lay_security(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    S = "06-信息安全/"
    if "collect" in H:
        d = co.old()
        put(S + "信息采集/安全信息采集记录%d.xlsx" % d.year, collect(co, d))
    else:
        c.rec(lambda dd: S + "信息采集/安全信息采集记录%d.xlsx" % dd.year, lambda dd: collect(co, dd), fresh_in(co, 2026, r.randint(7, 10)))
    for q in (1, 2, 3):
        d = date(2026, q * 3 + 1, r.randint(5, 20))
        c.rec(lambda dd: S + "日志审计/%d年Q%d日志审计分析报告.docx" % (dd.year, qtr(dd) - 1 or 4), lambda dd: log_audit(co, dd), d)
    c.rec(lambda dd: S + "事件统计/网络安全事件统计分析%s.xlsx" % ym(dd), lambda dd: incident_stats(co, dd), fresh_in(co, 2026, r.randint(8, 10)))
    for m in sorted(r.sample(range(4, 11), 4)):
        d = date(2026, m, r.randint(3, 12))
        c.rec(lambda dd: S + "安全通告/%d/网络安全通告%d年第%d期.%s" % (dd.year, dd.year, dd.month, "pdf" if dd.month % 2 else "docx"),
              lambda dd: bulletin(co, dd, "bulletin_partial" not in H), d)
    put(S + "渗透测试/%d年度渗透测试计划.docx" % 2026, pentest_plan(co, date(2026, 1, r.randint(6, 28))))
    if "pentest_old" in H:
        d = co.old()
        put(S + "渗透测试/%d/%s渗透测试报告%s.pdf" % (d.year, co.be["app"], ymd(d)), pentest_report(co, d))
        d = co.fresh()
        put(S + "渗透测试/2026/渗透测试授权书%s.pdf" % ymd(d), Doc("authz", "渗透测试授权书", d, [], False,
                                                           [("title", "渗透测试授权书"), ("p", "兹授权信息安全组于%s对%s开展渗透测试。" % (cnd(d), co.be["app"])),
                                                            ("p", "授权人：%s" % co.boss)]), **c.scan)
    else:
        c.rec(lambda dd: S + "渗透测试/%d/%s渗透测试报告%s.pdf" % (dd.year, co.be["app"], ymd(dd)), lambda dd: pentest_report(co, dd), co.fresh())


def lay_emergency(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    E = "07-应急管理/"
    d = co.issued()
    put(E + "预案/网络安全事件应急预案V3.docx", emergency_plan(co, d, "no_recovery" not in H))
    if "no_recovery" not in H:
        put(E + "预案/信息系统灾难恢复计划.pdf", dr_plan(co, co.issued()))
    if "bcp_draft" in H:
        put(E + "业务连续性/业务连续性计划（征求意见稿）.docx", void(bcp(co, co.fresh()), "draft (征求意见稿)", "（征求意见稿）"))
    else:
        put(E + "业务连续性/业务连续性计划V1.%d.pdf" % r.randint(1, 4), bcp(co, co.issued()))
    c.rec(lambda dd: E + "演练/%d/应急演练记录%s.docx" % (dd.year, ymd(dd)), lambda dd: drill(co, dd, "em"), co.fresh())
    if "drdrill" not in H:
        c.rec(lambda dd: E + "演练/%d/灾备切换演练记录%s.pdf" % (dd.year, ymd(dd)), lambda dd: drill(co, dd, "dr"), co.fresh())
    d = co.fresh()
    put(E + "演练/%d/%d年网络安全应急演练方案.docx" % (d.year, d.year), drill_scheme(co, d))


def lay_review(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    T = "08-体系管理/"
    if "ia_old" in H:
        d = co.old()
        put(T + "内审/%d年内审报告.docx" % d.year, internal_audit(co, d))
        d = co.fresh()
        put(T + "内审/%d年内审计划.docx" % d.year, Doc("ia_plan", "内审计划", d, [], False,
                                                  [("title", "%d年度内部审核计划" % d.year), ("p", "计划于%d年12月开展年度内审，审核组长%s。" % (d.year, co.p(3)))]))
    else:
        c.rec(lambda dd: T + "内审/%d年内审报告.docx" % dd.year, lambda dd: internal_audit(co, dd), fresh_in(co, 2026, r.randint(3, 9)))
    d = fresh_in(co, 2026, r.randint(4, 9))
    put("08-体系管理/三体系/%d年度三体系内部审核报告.pdf" % d.year, qms_audit(co, d), **c.scan)
    inputs = ["perf", "fb", "ca", "imp"] if "mr_partial" in H else ["perf", "fb", "res", "ca", "chg", "imp"]
    c.rec(lambda dd: T + "管评/%d年度管理评审报告.docx" % dd.year, lambda dd: mgmt_review(co, dd, inputs), fresh_in(co, 2026, r.randint(4, 10)))
    c.rec(lambda dd: T + "KPI与纠正预防/IT服务KPI监视测量表%d.xlsx" % dd.year, lambda dd: kpi_list(co, dd), fresh_in(co, 2026, r.randint(7, 10)))
    if "capa" not in H:
        for n in (4, 5):
            c.rec(lambda dd, n=n: T + "KPI与纠正预防/纠正预防措施单JZ-%d-%02d.pdf" % (dd.year, n), lambda dd, n=n: capa(co, dd, n), co.fresh(), **c.scan)
    c.rec(lambda dd: T + "KPI与纠正预防/预防措施记录单%s.docx" % ymd(dd), lambda dd: prevent_record(co, dd), fresh_in(co, 2026, r.randint(8, 10)))
    d = date(2026, 1, r.randint(10, 28))
    put(T + "持续改进/%d年度IT服务持续改进计划.docx" % d.year, improve_plan(co, d, "criteria" not in H))
    d = fresh_in(co, 2026, r.randint(2, 4))
    put(T + "持续改进/改进机会评估表%s.xlsx" % ym(d), improve_opps(co, d))
    d2 = d + timedelta(days=r.randint(5, 20))
    put("09-会议纪要/总经理办公会/总经理办公会纪要（数字化专题）%s.pdf" % ymd(d2), gm_minutes(co, d2, "iface" not in H, "opp_unapproved" not in H), **c.scan)
    if "itrack" not in H:
        c.rec(lambda dd: T + "持续改进/持续改进实施跟踪表.xlsx", lambda dd: improve_track(co, dd), fresh_in(co, 2026, r.randint(8, 10)))
    if "aware_signin" in H:
        d = co.fresh()
        put("10-培训/%d/《持续改进管理程序》宣贯签到表.xlsx" % d.year, signin(co, d, "持续改进管理程序"))
    else:
        d = co.fresh()
        put("10-培训/%d/持续改进意识培训记录%s.docx" % (d.year, ymd(d)), csi_training(co, d))
    if "defects_old" in H:
        d = co.old()
        put(T + "持续改进/%d年运维服务缺陷分析及改进方案.docx" % d.year, defects(co, d))
    else:
        c.rec(lambda dd: T + "持续改进/%d年运维服务缺陷分析及改进方案.docx" % dd.year, lambda dd: defects(co, dd), fresh_in(co, 2026, r.randint(7, 10)))
    d = date(2026, 1, r.randint(15, 28))
    put("00-部门管理/工作总结/%s%d年度工作总结.docx" % (co.be["dept"], d.year - 1), year_summary(co, d, "no_data" not in H, "forecast" not in H))
    if "forecast" in H:
        d = date(2025, 1, r.randint(10, 28))
        put("归档/2025年/工作总结/%s%d年度工作总结.docx" % (co.be["dept"], d.year - 1), year_summary(co, d, True, True))
    put(T + "证书/ISO20000证书.pdf", iso_cert(co, co.issued()), **c.scan)
    put(T + "证书/ISO9001质量管理体系证书.pdf", qms_cert(co, co.issued()), **c.scan)
    if "improve_proc" in H:
        put("个人/%s/持续改进管理程序（修改稿）.docx" % co.p(3), void(dept_doc(co, co.fresh(), "gj", "V0.3"), "draft", "（修改稿）"))


def lay_none(c):
    co, r, H, put = c.co, c.r, c.H, c.put
    d = fresh_in(co, 2026, r.randint(9, 11))
    put("05-%s服务/业主满意度/%d年度业主满意度第三方测评报告.pdf" % (co.be["custs"], d.year), owner_survey(co, d))
    for m in sorted(r.sample(range(6, 11), 2)):
        d = date(2026, m, r.randint(3, 10))
        put("其他/财务中心来文/物业费收缴率通报%d.%d.xlsx" % (d.year, d.month), fee_notice(co, d))
    d = date(2026, 7, r.randint(1, 20))
    put("09-会议纪要/保障方案/%d年台风汛期IT保障方案.docx" % d.year, typhoon(co, d))
    d = co.fresh()
    put("09-会议纪要/保障方案/%s店庆IT保障方案%s.docx" % (co.be["malls"][0], ymd(d)), mall_event(co, d, co.be["malls"][0]))
    for _ in range(3):
        d = co.fresh()
        put("09-会议纪要/部门周例会/周例会纪要%s.docx" % d.strftime("%m%d"), weekly(co, d))
    d = co.fresh()
    put("其他/客服中心/400话务日报%s.xlsx" % ymd(d), call_daily(co, d))
    d = co.fresh()
    put("06-信息安全/个人信息保护/个人信息保护合规自查表%d.xlsx" % d.year, pipl_check(co, d))
    d = co.fresh()
    put("03-运维记录/%d年/IT值班表%s.xlsx" % (d.year, ym(d)), oncall(co, d))
    d = co.fresh()
    put("04-城市公司/采购/道闸及网络设备采购清单%s.xlsx" % ymd(d), purchase(co, d))
    # personal folders
    me = co.p(2)
    d = co.fresh()
    put("个人/%s/新建 XLSX 工作表.xlsx" % me, purchase(co, d))
    put("个人/%s/附件1.docx" % me, baseline(co, co.issued()))
    put("个人/%s/新建 DOCX 文档.docx" % co.p(4), weekly(co, co.fresh()))
    put("个人/%s/扫描件%s.pdf" % (co.p(0), ymd(date(2026, 1, r.randint(1, 15)))), sla(co, date(2026, 1, r.randint(1, 15)), "sla_nomodes" not in H), **c.scan)
    # a user's copy of a fresh record
    d = date(2026, 9, 28)
    put("个人/%s/运维记录台账_%d年%02d月 - 副本.xlsx" % (co.p(1), d.year, d.month), ops_book(co, d))


def archive(c):
    """last year's copies under 归档/2025年/: genuine, a year older, stale"""
    co = c.co
    for name, factory, d in c.made:
        if co.rng.random() >= 0.18:
            continue
        prev = date(d.year - 1, d.month, min(d.day, 28))
        if (ANCHOR - prev).days <= 365:
            continue
        rel = "归档/%d年/" % prev.year + name(prev).split("/")[-1]
        if rel in co.used:
            continue
        c.put(rel, factory(prev))


def decoys(c, lock_bytes, keys):
    co, r, H, put = c.co, c.r, c.H, c.put
    C = "05-%s服务/" % co.be["custs"]
    put("04-城市公司/模板/项目网络巡检表（空表）.xlsx", blank("项目网络巡检表", co.fresh(), ["项目", "巡检日期", "出口防火墙状态", "CPU", "告警", "IoT网关在线", "前台/客服PC防病毒", "巡检人"]))
    put("03-运维记录/模板/变更申请单模板.docx", blank_doc("变更申请单", co.fresh(), ["变更内容", "影响项目范围", "测试结果", "回退方案", "审批", "实施结果"]))
    put(C + "04满意度/满意度调查问卷（空白）.xlsx", blank("IT服务满意度调查问卷", co.fresh(), ["维度", "非常满意", "满意", "一般", "不满意", "建议"], 6))
    put(C + "02协议/IT运维服务协议范本.docx", blank_doc("IT运维服务协议（范本）", co.fresh(), ["服务范围", "运维方式", "服务级别及核心指标", "健康检查", "期限与费用"]))
    put("03-运维记录/模板/故障报告模板.docx", blank_doc("故障报告", co.fresh(), ["经过", "原因", "处理与恢复", "整改措施"]))
    if r.random() < 0.6:
        put("07-应急管理/演练/演练记录表（空）.docx", blank_doc("应急演练记录", co.fresh(), ["演练名称", "演练时间", "过程", "结果", "问题与改进"]))
    # drafts
    put(C + "02协议/IT运维服务协议%d送审稿v0.3.docx" % 2026, void(sla(co, co.fresh()), "draft", "（送审稿）"))
    d = co.fresh()
    put("个人/%s/%d年持续改进计划（讨论稿）.docx" % (co.p(3), d.year + 1), void(improve_plan(co, d, True), "draft", "（讨论稿）"))
    d = co.fresh()
    put("个人/%s/管评报告初稿.docx" % co.p(0), void(mgmt_review(co, d, list(MR)), "draft", "（初稿）"))
    if "request" in H:
        put("个人/%s/服务请求管理程序_草稿v0.2.docx" % co.p(5), void(dept_doc(co, co.fresh(), "qq", "V0.2"), "draft", "（草稿）"))
    if "slm" in H:
        put("01-制度文件/部门管理文件/待审批/服务级别管理程序（征求意见稿）.docx", void(dept_doc(co, co.fresh(), "slm", "V0.9"), "draft (征求意见稿)", "（征求意见稿）"))
    # 作废
    put("07-应急管理/预案/作废/网络安全事件应急预案（2020版）作废.pdf", void(emergency_plan(co, date(2020, 6, 18), True), "obsolete", "（作废）"), **c.scan)
    put("01-制度文件/已废止/问题管理程序V1.0（已废止）.docx", void(dept_doc(co, date(2021, 4, 9), "wt", "V1.0"), "obsolete", "（已废止）"))
    # recycle bin
    nas = co.be["nas"]
    put(nas + "/07-应急管理/灾备切换演练记录%s.pdf" % ymd(co.fresh()), void(drill(co, co.fresh(), "dr"), "recycle bin"))
    put(nas + "/03-运维记录/变更记录导出.xlsx", void(changes(co, co.fresh()), "recycle bin"))
    put(nas + "/08-体系管理/内审报告.docx", void(internal_audit(co, co.fresh()), "recycle bin"))
    put(nas + "/00-部门管理/安全运维角色及职责清单.xlsx", void(role_list(co, co.fresh()), "recycle bin"))
    put(nas + "/06-信息安全/安全信息采集记录.xlsx", void(collect(co, co.fresh()), "recycle bin"))
    # sign-ins, index, notice, CCRC sheet
    for what in r.sample(["网络安全事件应急预案", "变更管理程序", "网络安全事件管理办法", "业务连续性计划"], 2):
        d = co.fresh()
        put("10-培训/%d/《%s》宣贯签到%s.xlsx" % (d.year, what, ymd(d)), signin(co, d, what))
    put("01-制度文件/受控文件清单.xlsx", doc_index(co, co.fresh(), keys))
    d = co.fresh()
    put("08-体系管理/管评/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    put("资质申报/CCRC/自评估表（工作底稿）.xlsx", ccrc_sheet(co, co.fresh()))
    for i in sorted(r.sample(range(len(UNREL)), 2)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        put("其他/%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
    # lock files, empty files, image-only scan
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx") and not rel.startswith(nas)]
    for rel in office[4:150:19]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + (base if base.endswith(".xlsx") or len(base) <= 12 else base[2:])
        p = (folder + "/" if folder else "") + owner
        if p not in co.used:
            co.raw(p, lock_bytes(co.p(1)), "Office lock file")

    def raw(rel, data, why):
        if rel not in co.used:
            co.raw(rel, data, why)
    raw("03-运维记录/2026年/11月/运维记录台账_2026年11月.xlsx", b"", "empty file")
    raw("06-信息安全/日志审计/新建 DOCX 文档.docx", b"", "empty file")
    raw(C + "03健康检查/2026Q4/%s健康检查报告.docx" % co.be["malls"][0], b"", "empty file")
    raw("04-城市公司/%s/扫描件%s.pdf" % (co.be["cities"][0], ymd(co.fresh())), MIN_PDF, "image-only scan without a text layer")
