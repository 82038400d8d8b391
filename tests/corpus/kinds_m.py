# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_m.py - style M: the operations company of a city's government cloud and big-data centre.

A new author voice for the accuracy corpus, used only by the M shares.  The company is a 国资
城市大数据运营有限公司 that runs the city's 政务云, 政务外网 and 数据共享交换平台 under the 市大数据管理局
and sells security operations, as a service, to a 委办局 or a 区县 (the form's customer).  It writes as
a 政务 organisation does: 管理办法 issued by 红头 通知 with 文号 (X数运〔2026〕N号), 工作方案 and 实施方案,
请示 / 报告 / 函, 工作专报 and 周报 to the 大数据局, 云资源申请单, 政务云租户, 等保 and 密评, 督办单 and
整改台账, 重要时期 (两会 / 国庆) 网络安全保障方案, 运维月报 with 可用率, 服务目录, the 大数据局's
考核办法 and 年度考核评分表, 第三方监理 reports; folders by 部门 and by 年度 / 月份.  Written from the
form's 需提供证明材料, not from the rule pack or another voice's text.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional
section adds its items only when it is written; a sheet with no data rows proves nothing.
build(co, lock_bytes) lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar
from kinds_f import blank_sheet, blank_text, cnd, iso, ymd
from kinds_i import Share

# per share: the customer's short name (folder), the 文号 prefix, the supervising bureau, the cloud's name
M_INFO = {
    "m1": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m2": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m3": ("市人社局", "青数运", "青岚市大数据管理局", "青岚市政务云"),
    "m4": ("鹭东区审批局", "鹭数运", "鹭洲市大数据管理局", "鹭洲市政务云"),
    "m5": ("市医保局", "泓数运", "泓州市大数据管理局", "泓州市政务云"),
    "m6": ("市住建局", "临数运", "临川市大数据管理局", "临川市政务云"),
    "m7": ("沅北区政府办", "沅数运", "沅江市大数据管理局", "沅江市政务云"),
    "m8": ("市公共资源交易中心", "清数运", "清溪市大数据管理局", "清溪市政务云"),
    "m9": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m10": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m11": ("市人社局", "青数运", "青岚市大数据管理局", "青岚市政务云"),
    "m12": ("鹭东区审批局", "鹭数运", "鹭洲市大数据管理局", "鹭洲市政务云"),
    "m13": ("市医保局", "泓数运", "泓州市大数据管理局", "泓州市政务云"),
    "m14": ("市住建局", "临数运", "临川市大数据管理局", "临川市政务云"),
    "m15": ("鹭东区审批局", "鹭数运", "鹭洲市大数据管理局", "鹭洲市政务云"),
    "m16": ("市人社局", "青数运", "青岚市大数据管理局", "青岚市政务云"),
    "m17": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m18": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m19": ("市住建局", "临数运", "临川市大数据管理局", "临川市政务云"),
    "m20": ("市医保局", "泓数运", "泓州市大数据管理局", "泓州市政务云"),
    "m21": ("鹭东区审批局", "鹭数运", "鹭洲市大数据管理局", "鹭洲市政务云"),
    "m22": ("市人社局", "青数运", "青岚市大数据管理局", "青岚市政务云"),
    "m23": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m24": ("鹭东区审批局", "鹭数运", "鹭洲市大数据管理局", "鹭洲市政务云"),
    "m25": ("市医保局", "泓数运", "泓州市大数据管理局", "泓州市政务云"),
    "m26": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m27": ("市人社局", "青数运", "青岚市大数据管理局", "青岚市政务云"),
    "m28": ("市住建局", "临数运", "临川市大数据管理局", "临川市政务云"),
    "m29": ("市人社局", "青数运", "青岚市大数据管理局", "青岚市政务云"),
    "m30": ("鹭东区审批局", "鹭数运", "鹭洲市大数据管理局", "鹭洲市政务云"),
    "m31": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m32": ("鹭东区审批局", "鹭数运", "鹭洲市大数据管理局", "鹭洲市政务云"),
    "m33": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m34": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m35": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m36": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m37": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m38": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m39": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m40": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m41": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m42": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m43": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m44": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m45": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m46": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m47": ("鹭东区审批局", "鹭数运", "鹭洲市大数据管理局", "鹭洲市政务云"),
    "m48": ("市人社局", "青数运", "青岚市大数据管理局", "青岚市政务云"),
    "m49": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m50": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m51": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m52": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m53": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m54": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m55": ("市公共资源交易中心", "清数运", "清溪市大数据管理局", "清溪市政务云"),
    "m56": ("市人社局", "青数运", "青岚市大数据管理局", "青岚市政务云"),
    "m57": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m58": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m59": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m60": ("市住建局", "临数运", "临川市大数据管理局", "临川市政务云"),
    "m61": ("市市场监管局", "江数运", "江州市大数据管理局", "江州市政务云"),
    "m62": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
    "m63": ("市人社局", "青数运", "青岚市大数据管理局", "青岚市政务云"),
    "m64": ("市人社局", "青数运", "青岚市大数据管理局", "青岚市政务云"),
    "m65": ("市人社局", "青数运", "青岚市大数据管理局", "青岚市政务云"),
    "m66": ("临港区政府办", "滨数运", "滨江市大数据管理局", "滨江市政务云"),
}

CN_NUM = "一二三四五六七八九十"


def red(co, d, n):
    """红头: the issuer in large red type, the 文号 and the signer, the rule."""
    return [("big", "%s文件" % co.name), ("p", "%s〔%d〕%d号　　　签发人：%s" % (co.abbr, d.year, n, co.boss)), ("p", "—" * 20)]


def wenhao(co, d, n):
    return "%s〔%d〕%d号" % (co.abbr, d.year, n)


def tail(co, d):
    return [("p", co.name), ("p", cnd(d)), ("p", "（联系人：%s，电话：%s）" % (co.p(3), "0%d-8%07d" % (571 + len(co.city), len(co.name) * 1013)))]


# ------------------------------------------------------------------ 管理办法 issued by 通知

# key -> (办法 name, items, chapters (heading, articles))
M_RULES = {
    "fault": ("政务云及政务外网运维故障处置管理办法", ["49/incident-procedure"], [
        ("总则", ["为及时恢复政务云、政务外网及托管业务系统的正常运行，减少故障对各委办局政务服务的影响，制定本办法。"]),
        ("故障分级", ["故障按影响范围和中断时长分为特别重大、重大、较大和一般四级，涉及全市性政务服务中断的不低于较大级。"]),
        ("受理与处置", ["运维服务热线、监控平台告警和租户报障统一由运维服务台登记、派单；一般故障30分钟内响应，较大及以上故障15分钟内响应并电话报告分管领导。",
                   "处置人员定位原因、恢复服务后在工单中填写处理结果，由报障单位确认后关闭。"]),
        ("报告与总结", ["较大及以上故障恢复后2个工作日内形成故障分析报告，报市大数据管理局。"]),
    ]),
    "request": ("政务云资源及运维服务申请受理办法", ["49/request-procedure"], [
        ("适用范围", ["各委办局、区县通过服务热线、运维服务门户提出的云资源开通、扩容、回收，账号权限，安全策略开通，数据调取等服务申请。"]),
        ("受理与审批", ["申请单位填写云资源申请单或服务申请单，经本单位信息化负责人签字；涉及资源的报市大数据管理局审核。",
                    "运维服务台受理后1个工作日内派单，标准服务3个工作日内办结。"]),
        ("办结与回访", ["办理完成后服务台回访申请人，确认后关单归档；每月统计受理量和按时办结率。"]),
    ]),
    "problem": ("运维疑难问题及重复性故障管理办法", ["20/procedure", "37/procedure"], [
        ("总则", ["为查找重复发生、原因不明故障的根本原因，防止同类故障反复发生，制定本办法。"]),
        ("问题立项", ["同一系统一个月内同类故障发生两次及以上、较大及以上故障、巡检中发现的系统性隐患，由云网运维部立为问题，指定责任人。"]),
        ("根因分析与解决", ["责任人10个工作日内完成根因分析，提出临时规避措施和永久解决方案；需调整配置的按变更管理办法实施。"]),
        ("关闭", ["解决后观察一个月未复发的，经部门负责人审核后关闭，处置经验录入运维知识库。"]),
    ]),
    "change": ("政务云平台变更管理办法", ["54/procedure"], [
        ("总则", ["为控制运维过程中技术方案调整和云资源、网络、安全策略变动的风险，制定本办法。"]),
        ("变更分类", ["标准变更、一般变更、重大变更和紧急变更；影响租户业务的变更须提前3个工作日通知租户单位。"]),
        ("申请与审批", ["变更申请单须写明变更内容、影响范围、风险评估、测试情况、回退方案；重大变更经变更评审会审议，分管领导批准。"]),
        ("实施与验证", ["在批准窗口内实施，实施后由申请人与租户共同验证，失败立即回退；紧急变更事后1个工作日内补办手续。"]),
        ("记录", ["变更全过程在运维管理平台留痕，变更实施记录台账按月归档。"]),
    ]),
    "knowledge": ("运维知识库管理办法", ["21/procedure"], [
        ("知识来源", ["故障处置、问题分析、变更经验、厂商资料和培训材料。"]),
        ("提交与审核", ["处置人在工单关闭后3个工作日内提交知识条目，部门技术负责人审核后发布。"]),
        ("维护", ["知识管理员每季度复核，失效条目下线。"]),
    ]),
    "slm": ("运维服务等级管理办法", ["39/slm-procedure"], [
        ("服务等级的约定", ["根据委办局需求确定服务范围、服务时间、服务方式、响应和恢复时限，与服务对象签订服务协议。"]),
        ("监测与通报", ["运营管理部每月统计服务等级达成情况，在运维月报中通报；未达成的分析原因，提出措施。"]),
        ("评审", ["服务协议每年与服务对象评审一次，业务变化时及时修订。"]),
    ]),
    "secinc": ("网络安全事件应急处置和信息报送管理办法",
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、设备设施故障和其他事件，按影响分为特别重大、重大、较大、一般四级。"]),
        ("信息报送", ["安全运营中心值班人员发现事件后10分钟内报告中心负责人；较大及以上事件30分钟内电话报告公司领导和市大数据管理局，1小时内书面报送，按规定向网信、公安部门报告。"]),
        ("事件处置", ["按研判定级、控制（隔离、封堵）、消除、恢复、核查的步骤处置，处置过程填入网络安全事件处置单。"]),
        ("应急响应", ["较大及以上事件启动《网络安全事件应急预案》，由应急工作领导小组统一指挥，响应结束后宣布解除。"]),
        ("事后处置", ["处置结束后5个工作日内形成事件调查报告，整改措施纳入问题整改台账并跟踪销号。"]),
    ]),
    "audit": ("管理体系内部审核工作规程", ["61/audit-system", "62/audit-mechanism"], [
        ("审核安排", ["运营管理部每年编制内部审核方案，至少开展一次覆盖全部部门和条款的审核，审核员不审核本部门工作。"]),
        ("审核实施", ["审核计划、首次会议、现场审核、不符合项报告、末次会议、整改跟踪验证。"]),
        ("结果运用", ["内审报告作为管理评审的输入，不符合项整改纳入问题整改台账。"]),
    ]),
    "monitor": ("运维服务质量监测与考核管理办法", ["61/monitoring-process", "62/monitoring-process"], [
        ("监测内容", ["服务等级达成率、平台可用率、工单按时办结率、用户满意度、投诉建议、市大数据管理局考核得分。"]),
        ("监测方式", ["运维管理平台自动采集，运营管理部按月汇总，在运维月报和月度运营分析会通报。"]),
        ("考核与纠正", ["指标未达标的部门提出纠正措施，纳入部门月度考核，整改情况列入问题整改台账。"]),
    ]),
    "improve": ("运维服务持续改进管理办法", ["65/procedure"], [
        ("改进来源", ["内审、管理评审、督办事项、监理意见、用户投诉、故障分析和指标未达标。"]),
        ("登记与评估", ["改进建议登记到改进事项清单，按效益、紧迫性、投入评分排序，经分管领导批准后立项。"]),
        ("实施与报告", ["改进事项设定可测量目标，完成后测量效果，每季度在运营分析会上报告，年度纳入管理评审。"]),
    ]),
    "training": ("网络安全培训服务工作规程", ["31/training-process"], [
        ("需求与计划", ["每年初征集各委办局、区县的网络安全培训需求，编制年度培训计划。"]),
        ("组织实施", ["集中授课、线上课程和实操演练相结合，签到、考试成绩归档。"]),
        ("效果评估", ["培训结束后开展满意度评价，评估结果用于改进下一年度计划。"]),
    ]),
    "pentest": ("政务信息系统渗透测试工作规程", ["31/pentest-process"], [
        ("授权", ["测试前取得系统主管单位书面授权，明确测试对象、时间窗口和禁止事项，报市大数据管理局备案。"]),
        ("实施", ["信息收集、漏洞发现、验证利用，禁止拒绝服务类测试和删除数据，全程录屏。"]),
        ("报告与复测", ["出具渗透测试报告，督促整改并复测，结果纳入问题整改台账。"]),
    ]),
}

# the company's other rules, in its own vocabulary, that prove no clause of the form
M_OTHER = {
    "tenant": ("政务云租户管理办法", ["租户单位负责本单位业务系统的应用安全和数据安全。", "租户资源使用率连续三个月低于10%的，予以回收。"]),
    "data": ("政务数据共享交换平台运行管理办法", ["共享数据按“无条件共享、有条件共享、不予共享”分类。", "数据调用须经数据提供方授权，调用日志保存六个月。"]),
    "room": ("数据中心机房管理办法", ["外来人员进入机房须登记并由运维人员全程陪同。", "机房温度控制在18-27℃。"]),
}


def rule_notice(co, d, key, n):
    """关于印发《…办法》的通知: the 办法 follows the notice in the same file."""
    name, items, chapters = M_RULES[key]
    b = red(co, d, n) + [("title", "关于印发《%s》的通知" % name), ("p", "各部门："),
                         ("p", "《%s》已经公司总经理办公会审议通过，现印发给你们，请认真贯彻执行。" % name)] + tail(co, d) + [("break",), ("h1", name)]
    for i, (head, arts) in enumerate(chapters, 1):
        b.append(("h2", "第%s章 %s" % (CN_NUM[i - 1], head)))
        b += [("p", "第%d条 %s" % (i * 2 - 1 + j, a)) for j, a in enumerate(arts)]
    return Doc("proc:" + key, "关于印发《%s》的通知" % name, d, items, False, b)


def rule_bare(co, d, key):
    """the 办法 filed alone (the notice lost), with its article numbers"""
    name, items, chapters = M_RULES[key]
    b = [("title", name), ("p", "（%d年%d月修订）" % (d.year, d.month))]
    art = 0
    for i, (head, arts) in enumerate(chapters, 1):
        b.append(("h1", "第%s章　%s" % (CN_NUM[i - 1], head)))
        for a in arts:
            art += 1
            b.append(("p", "第%s条　%s" % (art, a)))
    b.append(("p", "本办法自印发之日起施行，由%s负责解释。" % co.name))
    return Doc("proc:" + key, name, d, items, False, b)


def other_rule(co, d, key, n):
    name, arts = M_OTHER[key]
    b = red(co, d, n) + [("title", "关于印发《%s》的通知" % name), ("p", "各部门：现印发给你们，请遵照执行。"), ("h1", name)]
    b += [("p", "第%d条 %s" % (i, a)) for i, a in enumerate(arts, 1)]
    return Doc("other_rule", name, d, [], False, b)


def rule_book(co, d, keys, pdca):
    """管理制度汇编: the 体系运行总则 (PDCA) and several 办法 as chapters."""
    t = "运维服务管理制度汇编（%d年版）" % d.year
    b = [("title", t), ("p", "%s运营管理部编印　%s" % (co.name, cnd(d))), ("p", "目　录")]
    items, n = [], 0
    if pdca:
        n += 1
        b += [("h1", "第%s部分　体系运行总则" % CN_NUM[n - 1]),
              ("p", "公司运维服务管理按“计划—执行—检查—处理”（PDCA）循环运行：年度工作计划、服务目录和服务协议为计划；依照各项管理办法、作业指导书执行；"
                    "以运维月报、大数据局考核、内部审核和管理评审进行检查；以问题整改台账和改进事项清单处理，持续改进。")]
        items.append("10/pdca")
    for k in keys:
        name, its, chapters = M_RULES[k]
        n += 1
        b.append(("h1", "第%s部分　%s" % (CN_NUM[n - 1], name)))
        for i, (head, arts) in enumerate(chapters, 1):
            b.append(("h2", "（%s）%s" % (CN_NUM[i - 1], head)))
            b += [("p", a) for a in arts]
        items += its
    return Doc("compendium", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 作业指导书

WI = {
    "host": ("政务云主机安全加固", ["核对变更申请单，确认租户已同意维护窗口。", "加固前创建云主机快照。", "按安全配置基线逐项加固：口令策略、远程登录、日志审计、补丁。",
                                 "加固后复核业务端口和应用可用性；异常时由快照回滚。"]),
    "fw": ("政务外网边界防火墙策略开通", ["核对安全策略开通申请单和审批意见。", "导出现有策略备份。", "按最小授权原则配置策略，禁止any规则。", "测试连通性并截图留档。"]),
    "waf": ("Web应用防火墙运维", ["每日查看拦截日志和站点防护状态。", "新上线站点接入前完成防护策略学习期。", "误拦截须经安全运营中心确认后加白名单。"]),
    "av": ("云主机防病毒运维", ["每日检查病毒库版本和客户端在线率。", "每周组织全量查杀并导出报表。", "发现感染主机立即隔离并报安全运营中心。"]),
    "scan": ("漏洞扫描及复测", ["扫描前通知租户单位，避开办件高峰。", "高危漏洞24小时内通知租户，中危7天。", "整改后复测，结果录入问题整改台账。"]),
}


def wi(co, d, key, n):
    name, steps = WI[key]
    t = "%s作业指导书" % name
    b = [("title", t), ("p", "编号：%s-ZY-%02d　版本：V%d.%d" % (co.short, n, 1 + n % 2, n % 4)), ("h1", "一、适用范围"),
         ("p", "适用于%s及托管的委办局业务系统。" % co.cloud), ("h1", "二、作业准备"), ("p", "确认工单或变更单已审批，准备备份介质和操作账号。"), ("h1", "三、作业步骤")]
    b += [("p", "%d. %s" % (i, s)) for i, s in enumerate(steps, 1)]
    b += [("h1", "四、注意事项"), ("p", "双人操作、全程审计，作业完成后更新资源台账。")]
    return Doc("wi", t, d, ["11/manuals", "24/work-instructions"], False, b)


def wi_book(co, d, keys):
    t = "安全运维作业指导书汇编"
    b = [("title", t), ("p", "%s云网运维部、安全运营中心　%s" % (co.name, cnd(d)))]
    for i, k in enumerate(keys, 1):
        name, steps = WI[k]
        b.append(("h1", "%s、%s作业指导书" % (CN_NUM[i - 1], name)))
        b += [("p", "（%d）%s" % (j, s)) for j, s in enumerate(steps, 1)]
    return Doc("wi_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ the customer's project (委办局 / 区县)

def survey(co, d, time_req, sec):
    parts = [("一、调研背景", "为做好%s信息系统网络安全运维保障，我公司会同%s信息化科室开展需求调研，结合其“数字政府”建设三年行动计划形成本报告。" % (co.customer, co.customer), []),
             ("二、业务系统情况", "、".join(co.systems) + "，均部署在%s。" % co.cloud, [])]
    if time_req:
        parts.append(("三、保障时间要求", ["%s面向企业群众办件，工作日8:30-17:30须有人驻场值守，其余时间远程值守、7x24小时可响应；" % co.sys(0),
                                   "两会、国庆等重要时期和年度集中办件期实行全天候值守。"], ["1/survey"]))
    if sec:
        parts.append(("四、安全服务需求及类型", ["监测预警类：安全设备运维、日志审计、态势监测；", "评估类：漏洞扫描、渗透测试、等保测评和密评整改配合；",
                                        "应急类：网络安全事件应急处置、重要时期保障；", "培训类：干部职工网络安全意识培训。"], ["5/survey"]))
    parts.append(("五、下一步", "调研结果经%s确认，作为服务协议和实施方案的依据。" % co.cp(0), []))
    return nar("survey", "%s网络安全运维保障需求调研报告" % co.customer, d, False, parts)


def budget_ask(co, d, n, table):
    """请示 asking the 大数据局 to approve the year's budget; the budget table is its 附件."""
    parts = [(None, ["%s：" % co.bureau, "为保障%s网络安全运维工作，我公司编制了%d年度运维服务经费预算，共计%s万元，现将有关情况请示如下。" % (co.customer, d.year + 1, "76.5"),
                     "妥否，请批示。"], [])]
    post = tail(co, d)
    if table:
        post += [("break",), ("h1", "附件：%d年度%s网络安全运维服务经费预算表" % (d.year + 1, co.customer)),
                 ("table", [["阶段（节点）", "工作内容", "工作量（人·月）", "人员", "经费（万元）", "时间节点"],
                            ["接入", "资产梳理、设备接入", "2", "项目经理、安全工程师", "5.0", "%d年1月" % (d.year + 1)],
                            ["运行", "驻场值守、监测分析、月报", "24", "驻场工程师2名", "62.0", "%d年2-11月" % (d.year + 1)],
                            ["评估", "渗透测试、等保整改配合", "3", "渗透测试工程师", "7.5", "%d年6月" % (d.year + 1)],
                            ["总结", "年度总结及考核", "0.5", "项目经理", "2.0", "%d年12月" % (d.year + 1)]])]
    doc = nar("budget", "关于%d年度%s网络安全运维服务经费预算的请示" % (d.year + 1, co.customer), d, False, parts, red(co, d, n), post)
    if table:
        doc.items = ["2/budget"]
    return doc


def meeting(co, d, hc):
    """服务对接会会议纪要: several decisions, each proving what it says."""
    parts = [(None, "%s，%s在%s主持召开网络安全运维服务对接会，%s、%s（%s），%s、%s（%s）参加。会议议定如下：" % (
        cnd(d), co.cp(0), co.customer, co.cp(0), co.cp(1), co.customer, co.p(3), co.p(1), co.name), []),
             ("一、关于服务范围和服务时间", "双方确认服务范围为%s的安全设备运维、日志审计、漏洞管理、应急处置，服务时间按调研报告执行。以上意见双方一致同意。" % "、".join(co.systems),
              ["3/communication"])]
    if hc:
        parts.append(("二、关于健康检查", "每月一次远程检查，每季度一次现场检查，检查安全设备和业务系统的运行状态、可用性和性能，检查后5个工作日内提交健康检查报告。",
                      ["15/agreement"]))
    parts.append(("%s、关于联络机制" % ("三" if hc else "二"), "双方各明确一名联络人，每月召开一次工作例会。", []))
    return nar("meeting", "%s网络安全运维服务对接会会议纪要" % co.customer, d, False, parts)


def history_report(co, d, n, on):
    """工作专报 to the 大数据局 on the systems' past year, before taking them over."""
    parts = [(None, "编者按：受%s委托，我公司对其托管系统近一年运行数据进行了梳理分析。" % co.customer, [])]
    if "list" in on:
        parts.append(("一、数据来源", ("table", [["数据类别", "来源", "时间范围", "条数"], ["故障工单", "原运维单位工单系统", "近12个月", "318"],
                                           ["变更记录", "原运维单位变更台账", "近12个月", "126"], ["安全告警", "态势感知平台", "近12个月", "9,420"]]), ["4/history-list"]))
    if "analysis" in on:
        parts.append(("二、主要问题", ["指标完成情况：%s可用率99.72%%，低于99.9%%的要求；" % co.sys(0), "违规操作：未经审批变更3次、共享账号运维1起；",
                                   "重大事件：网页篡改事件1起；", "失败变更：数据库升级失败回退2次。"], ["4/analysis"]))
    if "strategy" in on:
        parts.append(("三、运维保障策略及实施安排", ["第1个月完成资产摸底和账号清理；", "第2个月上线堡垒机统一运维入口；", "变更一律走变更评审，重大变更安排在周末窗口。"],
                      ["4/strategy"]))
    return nar("history", "工作专报（第%d期）%s托管系统运行数据分析及运维保障策略" % (n, co.customer), d, False, parts)


def agreement(co, d, ways, core, health):
    parts = [("第一条 服务内容", "乙方为甲方%s提供网络安全运维服务。" % "、".join(co.systems), [])]
    if ways:
        parts.append(("第二条 服务方式", "工作日驻场值守（1人）、每日远程值守和监测、每月定期巡检、重要时期现场保障。", ["35/sla"]))
    if health:
        parts.append(("第三条 健康检查", "乙方每月远程、每季度现场对安全设备和业务系统进行健康检查，检查内容包括运行状态、可用性、性能容量，检查结果书面提交甲方。", ["15/agreement"]))
    if core:
        parts.append(("第四条 服务等级", ("table", [["指标", "约定值"], ["业务系统可用率", "≥99.9%"], ["紧急故障响应", "≤15分钟"], ["紧急故障恢复", "≤4小时"],
                                              ["高危漏洞处置", "≤24小时"]]), ["36/sla"]))
    parts.append(("第五条 签署", "甲方：%s（盖章）　乙方：%s（盖章）　签订日期：%s" % (co.customer, co.name, cnd(d)), ["39/sla"]))
    return nar("sla", "%s网络安全运维服务协议" % co.customer, d, False, parts)


def contact_letter(co, d, n):
    """函 to the customer naming the company's 网络安全联络员."""
    parts = [(None, ["%s：" % co.customer, "为做好贵单位网络安全运维服务对接，经研究，明确我公司%s为网络安全工作联络员，负责安全管理工作的对口联络、事件信息报送和协调；%s为备岗。"
                     % (co.p(1), co.p(5)), "特此函告。"], ["28/interface-person"])]
    return nar("interface", "关于明确网络安全工作联络员的函", d, False, parts, red(co, d, n), tail(co, d))


def requirements(co, d):
    parts = [("一、项目背景", "%s新建%s，拟部署在%s。" % (co.customer, co.sys(2), co.cloud), []),
             ("二、需求分析", ["功能：统一受理、电子证照调用；", "性能：并发用户1500、页面响应≤2秒；", "安全：等保第三级，商用密码应用，数据库审计。"], ["11/requirements"]),
             ("三、确认", "需求经%s于%s确认。" % (co.cp(0), cnd(d)), [])]
    return nar("requirements", "%s上云需求分析报告" % co.sys(2), d, True, parts)


def migration(co, d, test, back):
    parts = [("一、迁移内容", "%s由原机房迁移上云，操作系统同步升级。" % co.sys(1), [])]
    if test:
        parts.append(("二、测试验证计划", ["迁移前在测试租户完成功能回归、性能压测和安全扫描；", "迁移当晚业务验证清单由租户单位逐项确认。"], ["25/test-plan"]))
    if back:
        parts.append(("三、回退措施", ["保留原机房系统和数据库全量备份至迁移后30天；", "验证不通过的，2小时内切回原环境。"], ["25/rollback", "11/rollback"]))
    return nar("migration", "%s迁移上云实施方案" % co.sys(1), d, False, parts)


def xc_report(co, d):
    parts = [("测试背景", "政务云信创资源池上线，%s适配国产操作系统和数据库。" % co.sys(1), []),
             ("测试结果", ["网络兼容：IPv6双栈、负载均衡通过；", "系统兼容：国产操作系统、中间件通过；", "应用兼容：%s全部功能回归通过，报表导出1项已修复。" % co.sys(1)],
              ["11/compatibility"])]
    return nar("compat", "%s信创适配兼容性测试报告" % co.sys(1), d, True, parts)


def health_check(co, d, remote):
    parts = [("检查方式及范围", "%s检查；范围：%s及防火墙、WAF、数据库审计。" % ("远程" if remote else "现场", "、".join(co.systems)), []),
             ("检查结果", ("table", [["检查对象", "可用性", "运行/容量", "结论"], ["边界防火墙", "双机正常", "会话数32%", "正常"],
                                  [co.sys(0), "可用率99.96%", "CPU峰值58%", "正常"], ["数据库审计", "正常", "存储使用87%", "建议扩容"]]),
              ["15/records", "46/records"]),
             ("结论及建议", "整体运行良好，数据库审计存储需在下月扩容。", [])]
    return nar("health", "%s网络安全健康检查报告（%d年%d月）" % (co.customer, d.year, d.month), d, True, parts)


def csat(co, d, half):
    parts = [("测评情况", "向%s相关科室发放满意度测评表12份，回收12份。" % co.customer, []),
             ("测评结果及分析", ("table", [["测评项目", "得分"], ["响应及时性", 94], ["问题解决", 92], ["服务态度", 97], ["总体满意度", 94]]),
              ["41/surveys", "58/survey", "63/survey"]),
             ("意见建议", "希望月报更简洁。", [])]
    return nar("csat", "%d年%s%s用户满意度测评报告" % (d.year, half, co.customer), d, True, parts)


def csat_trend(co, d):
    parts = [("历次测评", ("table", [["期次", "总体满意度"], ["2024年下半年", 90], ["2025年上半年", 92], ["2025年下半年", 93], ["2026年上半年", 94]]), ["41/trend"]),
             ("趋势分析", "满意度连续四期上升，问题解决项提升最慢，列入改进事项。", [])]
    return nar("csat_trend", "用户满意度趋势分析（%d年）" % d.year, d, True, parts)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=40 * i)), co.cp(i), ["电话回访", "上门走访", "电话回访"][i % 3], ["满意", "建议缩短工单回复时间", "满意"][i % 3], co.p(4)] for i in range(4)]
    return book("callbacks", "用户回访登记表", d, True, [("回访", ["回访日期", "回访对象", "方式", "意见", "回访人"], rows, ["63/follow-up-visits"])])


def supervision(co, d, check):
    """第三方监理月报: the 监理单位's view of the project; its 指标核查 proves the measurement."""
    parts = [("一、本月项目进展", "运维服务按合同执行，驻场人员在岗。", [])]
    if check:
        parts.append(("二、服务指标核查", ("table", [["指标", "合同要求", "核查结果", "是否达标"], ["系统可用率", "≥99.9%", "99.95%", "是"], ["工单按时办结率", "≥95%", "93.8%", "否"],
                                               ["用户满意度", "≥90", "94", "是"], ["投诉建议", "—", "1件（已办结）", "—"]]), ["57/measurement"]))
    parts.append(("%s、监理意见" % ("三" if check else "二"), "请运维单位分析工单超时原因并提出整改措施。", []))
    return nar("supervision", "%s网络安全运维服务项目监理月报（%d年%d月）" % (co.customer, d.year, d.month), d, True, parts, [("p", "监理单位：%s" % co.vendor)])


def onsite_confirm(co, d):
    parts = [(None, "%d年%d月驻场工程师%s在%s驻场21个工作日，服务情况良好，特此确认。" % (d.year, d.month, co.vp(1), co.customer), [])]
    return decoy(nar("confirm", "驻场服务情况确认单（%d年%d月）" % (d.year, d.month), d, True, parts), "mentions on-site staff, is no staff list")


# ------------------------------------------------------------------ organisation and service

def org(co, d, roles):
    parts = [("一、组织架构", ["网络安全和信息化工作领导小组：组长%s（董事长、总经理），副组长%s，成员为各部门负责人；" % (co.boss, co.p(0)),
                         "领导小组下设办公室（设在安全运营中心）；执行层：云网运维部（%s）、安全运营中心（%s）、数据资源部（%s）、运营管理部（%s）。" % (co.p(0), co.p(1), co.p(2), co.p(4))],
              ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("二、安全运维岗位及职责", ("table", [["岗位", "职责", "部门"], ["服务台坐席", "报障受理、派单、回访", "云网运维部"], ["安全值守工程师", "监测分析、事件处置", "安全运营中心"],
                                                  ["云平台运维工程师", "云资源、变更实施", "云网运维部"], ["安全管理专员", "制度、等保、密评", "安全运营中心"], ["质量专员", "考核、内审、改进", "运营管理部"]]),
                      ["18/roles", "23/roles"]))
    return nar("org", "安全运维组织架构及岗位职责（%d年）" % d.year, d, False, parts)


def group_notice(co, d, n):
    parts = [(None, ["各部门：", "因人员变动，经研究，调整公司网络安全和信息化工作领导小组：组长%s，副组长%s，成员%s、%s、%s。" % (co.boss, co.p(0), co.p(1), co.p(2), co.p(4)),
                     "领导小组办公室设在安全运营中心，%s任办公室主任；各部门为执行层，驻场外包服务人员纳入安全运营中心统一管理。" % co.p(1)], ["9/org-chart"])]
    return nar("group", "关于调整网络安全和信息化工作领导小组的通知", d, False, parts, red(co, d, n), tail(co, d))


def staff(co, d, outs):
    head = ["序号", "姓名", "部门", "岗位", "人员类别"]
    rows = [[i + 1, co.p(i), ["云网运维部", "安全运营中心", "云网运维部", "安全运营中心", "运营管理部", "安全运营中心"][i],
             ["部门经理", "中心主任", "服务台坐席", "项目经理", "质量专员", "安全值守工程师"][i], "公司员工"] for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[7 + i, co.vp(i), "安全运营中心（驻场）", "安全值守工程师", "外包（%s）" % co.vendor] for i in range(2)]
        its.append("9/outsourcing")
    return book("staff", "安全运维人员名单", d, False, [("名单", head, rows, its)])


def desk_notice(co, d, n):
    parts = [(None, ["各委办局、区县：", "为方便各单位报障和申请服务，我公司设立政务云统一运维服务台，服务热线0%d-12345-8，7x24小时受理故障报修、云资源申请、安全事件报告和咨询。" % (500 + len(co.city) * 7),
                     "服务台由云网运维部%s负责，实行坐席轮班制。" % co.p(2)], ["48/service-desk"])]
    return nar("desk", "关于启用政务云统一运维服务台的通知", d, False, parts, red(co, d, n), tail(co, d))


def desk_training(co, d):
    rows = [["培训记录"], ["培训内容", "服务台坐席业务培训：工单受理规范、派单升级规则、政务服务用语"], ["培训时间", cnd(d)], ["授课人", co.p(2)],
            ["参训人员", "签到", "考核成绩"]] + [[co.p(i), co.p(i), 85 + i] for i in range(5)]
    return Doc("desk_training", "服务台坐席业务培训记录", d, ["48/training"], True, sheets=[("培训记录", rows)])


def catalog(co, d, lv):
    rows = [["基础服务", "初始化服务", "资产梳理、租户接入、账号梳理"], ["基础服务", "安全设备运维", "防火墙、WAF、数据库审计、堡垒机"], ["基础服务", "日常巡检", "每日巡检"],
            ["基础服务", "健康检查", "月度远程、季度现场"], ["基础服务", "安全审计", "日志审计月报"]]
    its = ["12/catalog", "29/catalog"]
    if "l2" in lv:
        rows += [["增值服务", "运维监控与分析", "平台监控、月度分析"], ["增值服务", "终端安全监控", "云主机防病毒、终端准入"], ["增值服务", "等级保护合规运维", "定级备案、测评整改配合"]]
        its.append("19/catalog")
    if "l1" in lv:
        rows += [["专项服务", "安全通告及漏洞分析", "预警通报"], ["专项服务", "应急响应", "7x24应急处置"]]
        its.append("26/catalog")
    return book("catalog", "政务云安全运营服务目录（%d版）" % d.year, d, False, [("服务目录", ["类别", "服务名称", "服务内容"], rows, its)])


def ola(co, d, sld):
    parts = [("一、部门间支撑约定", ["云网运维部向安全运营中心：日志源接入3个工作日内完成，堡垒机可用率99.9%；", "安全运营中心向云网运维部：高危漏洞24小时内推送，变更安全评审2个工作日内反馈。"], ["8/ola"])]
    if sld:
        parts.append(("二、外包服务商服务要求", ["%s：7x24小时响应，紧急故障4小时恢复，与对委办局承诺的服务等级一致；" % co.vendor, "运营商政务外网线路：可用率99.95%。"], ["8/sld"]))
    return nar("ola", "内部运维支撑约定及外包服务等级要求", d, False, parts)


# ------------------------------------------------------------------ 云网运维部

def kpi_list(co, d):
    rows = [["平台", co.cloud + "整体可用率", "99.95%", "月", "整体"], ["网络", "政务外网可用率", "99.9%", "月", "整体"], ["平台", "数据共享交换平台可用率", "99.9%", "月", "整体"]]
    rows += [["业务系统", s + "可用率", "99.9%", "月", "单系统"] for s in co.systems]
    return book("kpi_list", "政务云可用性指标清单", d, False, [("指标", ["类别", "指标名称", "目标值", "统计周期", "指标类型"], rows, ["6/availability-kpis"])])


def avail_plan(co, d, n):
    parts = [("一、工作目标", "%d年%s整体可用率不低于99.95%%，托管业务系统不低于99.9%%。" % (d.year, co.cloud), []),
             ("二、保障措施", ["核心业务系统双可用区部署、数据库主备；", "每季度开展容量评估，资源使用率超过75%提前扩容；", "两会、国庆等重要时期实行领导带班；",
                          "可用性事件实时记入值班日志，月度报告可用率。"], ["22/plan", "18/availability-plan"])]
    return nar("avail_plan", "%d年政务云可用性保障工作方案" % d.year, d, False, parts, red(co, d, n), tail(co, d))


def month_report(co, d, trend, data, resp=False):
    m = d.month - 1 or 12
    rows = [[co.cloud, "99.95%", "99.98%"], ["政务外网", "99.9%", "99.97%"]] + [[s, "99.9%", "%.2f%%" % (99.91 + co.rng.random() * 0.08)] for s in co.systems]
    parts = [("一、运行总体情况", ("table", [["对象", "目标可用率", "本月可用率"]] + rows), ["22/report", "18/availability-report"]),
             ("二、服务情况", "本月受理工单386张，其中故障47张、服务申请312张、安全事件27张。", [])]
    if resp:
        parts.append(("二（续）、故障响应情况", ("table", [["故障级别", "约定响应时限", "平均响应用时", "超时"], ["紧急", "15分钟", "7分钟", 0], ["一般", "30分钟", "16分钟", 1]]),
                      ["55/response-times"]))
    if trend:
        parts.append(("三、运行趋势分析", ["近六个月平台可用率99.96%、99.97%、99.95%、99.98%、99.97%、99.98%，保持平稳；", "故障工单数环比下降12%，平均恢复时长由3.1小时降至2.4小时；",
                                     "安全告警量随攻防演练上升，8月达峰后回落。"], ["50/monitoring-report"]))
    if data:
        parts.append(("四、运维指标数据", ("table", [["指标", "本月"], ["异常报告及时率", "99%"], ["异常漏报率", "0.5%"], ["维护作业计划及时完成率", "97%"], ["故障隐患发现数", "11"],
                                              ["异常主动发现率", "91%"], ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "96%"],
                                              ["安全补丁安装及时率", "94%"], ["安全事件次数", "2"]]), ["56/data"]))
    parts.append(("下月工作安排", "国庆保障、季度现场健康检查。", []))
    return nar("month_report", "%s运维服务月报（%d年%d月）" % (co.cloud, d.year if m != 12 else d.year - 1, m), d, True, parts)


def duty_log(co, d, resp):
    """运维值班日志: one 类别 column holds 故障, 服务申请, 变更 and 巡检."""
    head = ["时间", "类别", "对象", "情况", "值班人"] + (["响应用时（分钟）", "约定时限"] if resp else [])
    rows = []
    for i in range(9):
        t = d - timedelta(days=2 * i + 1)
        kind = ["故障", "服务申请", "巡检", "故障", "变更", "服务申请", "故障", "巡检", "变更"][i]
        what = ["业务中断38分钟，切换备机后恢复", "开通云主机2台", "例行巡检正常", "访问缓慢，扩容后恢复", "按变更单升级中间件", "开通安全策略", "专线中断，运营商修复",
                "例行巡检正常", "按变更单调整负载均衡"][i]
        r = ["%s %02d:%02d" % (iso(t), 8 + i, 10 * (i % 6)), kind, co.sys(i), what, co.p(i % 3)]
        if resp:
            r += [4 + i % 6, "紧急15/一般30"]
        rows.append(r)
    its = ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if resp else [])
    return book("duty_log", "运维值班日志（%d年%d月）" % (d.year, d.month), d, True, [("值班日志", head, rows, its)])


def fault_report(co, d, bad):
    parts = [("一、故障概况", "%s %s业务中断52分钟，影响企业办件。" % (cnd(d), co.sys(0)), []),
             ("二、处置经过", ["09:12 监控告警；09:15 服务台派单；09:40 定位为云硬盘IO异常；10:04 迁移至备用存储恢复。"], ["22/events", "18/availability-events", "43/process-records"]),
             ("三、原因", "存储节点固件缺陷。", [])]
    if bad:
        parts.append(("四、近期不良情况分析及改进计划", ["本季度较大故障2起、变更失败1次（中间件升级回退）、%s服务等级未达标1个月；" % co.sys(2),
                                                "改进：存储固件统一升级（%s，%d年12月）；变更前增加预演环节（%s）。" % (co.p(0), d.year, co.p(2))], ["70/defect-analysis"]))
    parts.append(("整改措施", "同批次存储节点固件排查。", []))
    return nar("fault_report", "%s故障分析报告" % co.sys(0), d, True, parts)


def automation(co, d, auto):
    parts = [("一、服务数据", "近一年工单4,120张、变更386次、安全事件处置71起。", []),
             ("二、以往解决方案对生产的影响", ["云主机重启类处置平均中断6分钟；", "人工封禁攻击IP平均耗时25分钟，期间告警持续；", "日常巡检占用2人天/周。"], ["7/impact-analysis"])]
    if auto:
        parts.append(("三、可自动化的服务", ["攻击IP自动封禁、巡检报告自动生成、云资源开通编排，预计减少人工工作量35%。"], ["7/automation"]))
    return nar("automation", "运维服务数据分析及自动化运维建议", d, True, parts)


def year_report(co, d, n, defects):
    """关于…年度工作情况的报告 to the 大数据局: the data summary and the forecast."""
    parts = [(None, "%s：现将我公司%d年度政务云运维工作情况报告如下。" % (co.bureau, d.year), []),
             ("一、运维数据汇总", ("table", [["类别", "数量", "同比"], ["故障", "412", "-9%"], ["变更", "386", "+14%"], ["服务申请", "3,560", "+21%"], ["问题", "23", "-4%"],
                                          ["日志量（亿条）", "18.6", "+37%"]]), []),
             ("二、%d年服务预测" % (d.year + 1), ["随区县业务上云，预计服务申请增长25%、日志量增长40%，需增加安全值守工程师2名、存储扩容300TB。"], ["71/forecast"]),
             ("三、存在问题", "工单按时办结率个别月份未达标。", [])]
    if defects:
        parts[-1] = ("三、重大故障、失败变更和服务不达标情况分析及改进打算", ["全年较大故障3起（存储2起、专线1起）、失败变更4次、工单按时办结率3个月未达标；",
                                                          "原因集中在存储固件缺陷和变更预演不足；%d年计划完成存储固件统一升级、变更前全部预演、夜间二线值班常态化。" % (d.year + 1)],
                     ["70/defect-analysis"])
    return nar("forecast", "关于%d年度政务云运维工作情况的报告" % d.year, d, True, parts, red(co, d, n), tail(co, d))


def change_book(co, d):
    rows = [["BG-%d%04d" % (d.year, 120 + i), ["一般", "重大", "标准", "紧急"][i % 4], co.sys(i), ["扩容", "升级", "策略调整", "补丁"][i % 4], "快照回滚",
             ["成功", "成功", "回退", "成功"][i % 4], co.p(i), iso(d - timedelta(days=6 * i))] for i in range(8)]
    return book("changes", "政务云变更实施记录台账（%d年）" % d.year, d, True,
                [("变更记录", ["变更单号", "类别", "对象", "内容", "回退方案", "结果", "实施人", "日期"], rows, ["54/records", "43/process-records"])])


def res_requests(co, d):
    rows = [["YZ-%s-%03d" % (ymd(d - timedelta(days=9 * i)), i + 1), co.customer, ["云主机", "对象存储", "安全策略", "数据库"][i % 4], ["4核16G×2", "2TB", "开放443端口", "MySQL主备"][i % 4],
             "已开通", iso(d - timedelta(days=9 * i))] for i in range(6)]
    return book("requests", "云资源申请受理台账（%d年）" % d.year, d, True,
                [("受理台账", ["申请编号", "申请单位", "资源类型", "规格", "状态", "办结日期"], rows, ["43/process-records"])])


def asset_ledger(co, d):
    head = ["资产编号", "名称", "类别", "品牌型号", "功能", "物理位置", "端口/IP段", "部署方式", "重要等级", "责任人"]
    rows = [["ZY-%04d" % (201 + i), a, b, c, e, "%s政务云机房%s" % (co.city, f), g, h, k, co.p(i)] for i, (a, b, c, e, f, g, h, k) in enumerate([
        ("政务外网边界防火墙", "安全设备", "NGFW-6000", "边界访问控制", "A区03柜", "GE1/0/1-4", "双机热备", "重要"),
        ("Web应用防火墙", "安全设备", "WAF-2000", "网站防护", "A区04柜", "反向代理", "集群", "重要"),
        ("数据库审计", "安全设备", "DAS-1000", "数据库审计", "A区04柜", "旁路镜像", "单机", "一般"),
        ("云主机资源池", "计算", "超融合8节点", "租户计算资源", "B区01-04柜", "10.20.0.0/16", "集群", "核心"),
        (co.sys(0), "业务系统", "云主机4台", "租户业务", "B区资源池", "443", "双可用区", "核心")])]
    return book("assets", "政务云及政务外网资产台账", d, True, [("资产台账", head, rows, ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, rel):
    head = ["配置项编号", "配置项", "类型", "版本", "所属租户", "密级", "访问权限", "完整性校验", "备份策略"]
    rows = [["CI-%03d" % (i + 1), n, t, v, tn, "内部", "仅云网运维部可写", "变更后比对基线", "每日增量/每周全量"] for i, (n, t, v, tn) in enumerate([
        ("边界防火墙策略", "安全配置", "R3.2", "公共"), (co.sys(0) + "应用服务器", "云主机", "OS 2.0", co.customer),
        (co.sys(0) + "数据库", "数据库", "V8.1", co.customer), ("负载均衡", "网络配置", "V5", "公共")])]
    sheets = [("配置项", head, rows, ["27/cmdb"])]
    if rel:
        sheets.append(("关联关系", ["配置项", "关系", "关联配置项"], [["边界防火墙策略", "防护", co.sys(0) + "应用服务器"], [co.sys(0) + "应用服务器", "依赖", co.sys(0) + "数据库"],
                                                               ["负载均衡", "承载", co.sys(0) + "应用服务器"]], ["38/cmdb-relations"]))
    return book("cmdb", "政务云配置管理库（CMDB）导出", d, True, sheets)


def ci_changes(co, d):
    rows = [[iso(d - timedelta(days=12 * i)), "CI-%03d" % (1 + i % 4), ["版本", "规格", "责任人", "策略"][i % 4], "BG-%d%04d" % (d.year, 120 + i), co.p(i)] for i in range(6)]
    return book("ci_changes", "配置项变更记录", d, True, [("变更", ["日期", "配置项", "变更项", "关联变更单", "更新人"], rows, ["43/ci-updates"])])


def baseline(co, d):
    rows = [["云主机操作系统", "禁止root远程登录", "必须"], ["云主机操作系统", "口令长度≥12位且90天更换", "必须"], ["数据库", "开启审计日志", "必须"], ["网络设备", "仅允许SSH管理", "必须"]]
    return book("baseline", "政务云安全配置基线（%d版）" % d.year, d, False, [("基线", ["对象", "配置要求", "要求级别"], rows, ["25/baseline"])])


def kb(co, d):
    rows = [["KB-%04d" % (30 + i), t, co.p(i), iso(d - timedelta(days=21 * i))] for i, t in enumerate(
        ["云主机无法挂载云硬盘", "WAF误拦截办件上传", "政务外网专线切换", "数据交换任务积压", "证书过期导致接口失败"])]
    return book("kb", "运维知识库条目", d, True, [("知识条目", ["编号", "标题", "提交人", "发布日期"], rows, ["21/knowledge-base"])])


def device_book(co, d, kinds, hw):
    """安全设备运维记录: one workbook, a sheet per record kind; a kind with no rows proves nothing."""
    names = {"maint": ("日常维护", ["14/maintenance", "44/maintenance"]), "insp": ("巡检", ["44/inspection", "45/monitoring"]),
             "virus": ("病毒库更新及查杀", ["44/virus-scan", "45/antivirus"]), "fault": ("故障处理", ["44/faults"]),
             "upgrade": ("升级更新", ["44/upgrades"])}
    sheets = []
    for i, k in enumerate(("maint", "insp", "virus", "fault", "upgrade")):
        if k in kinds:
            rows = [[iso(d - timedelta(days=7 * i + 3 * j)), ["边界防火墙", "WAF", "云主机防病毒"][j % 3], "%s完成，运行正常" % names[k][0], co.p(j + 1)] for j in range(3)]
        else:
            rows = []
        sheets.append((names[k][0], ["日期", "设备", "工作内容", "操作人"], rows, names[k][1]))
    sheets.append(("硬件故障统计", ["设备", "故障部件", "次数", "处理"], [["边界防火墙", "电源模块", 1, "已更换"], ["超融合节点3", "内存条", 2, "已更换"]] if hw else [],
                   ["14/hardware-faults"]))
    return book("device_book", "安全设备运维记录（%d年）" % d.year, d, True, sheets)


def patrol(co, d, av, hc):
    """月度安全巡检报告: the month's patrol, and by chance the antivirus check and the health check of the quarter."""
    parts = [("一、巡检情况", ("table", [["巡检对象", "巡检内容", "结果"], ["边界防火墙", "运行状态、会话数、告警", "正常"], ["WAF", "防护状态、拦截日志", "正常"],
                                    ["数据库审计", "采集状态、存储", "存储使用86%"]]), ["44/inspection", "45/monitoring"])]
    if av:
        parts.append(("二、病毒监测及查杀", "云主机防病毒客户端在线率98.7%，病毒库已更新至最新；本月全量查杀2次，发现并清除木马3个。", ["44/virus-scan", "45/antivirus"]))
    if hc:
        parts.append(("%s、季度健康检查" % ("三" if av else "二"), "按服务协议对%s开展现场健康检查，设备可用性、冗余和性能容量均满足要求，%s可用率99.97%%。" % (
            "、".join(co.systems), co.sys(0)), ["15/records", "46/records"]))
    return nar("patrol", "%d年%d月网络安全巡检报告" % (d.year, d.month), d, True, parts)


def hazard_report(co, d, recheck):
    parts = [("一、排查情况", "%d年全国两会前，对%s、政务外网和托管业务系统开展网络安全隐患排查，发现潜在隐患5项。" % (d.year, co.cloud), []),
             ("二、预防措施", ("table", [["潜在隐患", "预防措施", "责任部门"], ["弱口令账号", "统一身份认证改造、口令定期强制更换", "云网运维部"],
                                   ["老旧中间件", "纳入升级计划", "云网运维部"], ["证书集中到期", "证书到期自动提醒", "安全运营中心"]]), ["66/preventive-actions"])]
    if recheck:
        parts.append(("三、复查验证", "整治完成一个月后复查：弱口令清零，中间件完成升级，未发生同类问题，预防措施有效。", ["66/effectiveness"]))
    return nar("hazard", "重要时期网络安全隐患排查整治工作报告", d, True, parts)


def collect(co, d, which):
    sheets = []
    if "config" in which:
        sheets.append(("配置信息", ["设备", "采集项", "值", "时间"], [["边界防火墙", "策略数", 512, iso(d)], ["WAF", "防护站点数", 64, iso(d)]], ["16/config"]))
    if "traffic" in which:
        sheets.append(("流量信息", ["链路", "入峰值", "出峰值", "日期"], [["互联网出口", "2.4Gbps", "0.9Gbps", iso(d)], ["政务外网汇聚", "680Mbps", "540Mbps", iso(d)]], ["16/traffic"]))
    if "status" in which:
        sheets.append(("状态信息", ["设备", "CPU", "内存", "状态"], [["边界防火墙", "31%", "45%", "主用"], ["WAF", "22%", "38%", "正常"]], ["16/status"]))
    return book("collect", "政务外网安全监测数据采集表", d, True, sheets)


# ------------------------------------------------------------------ 安全运营中心

def log_audit(co, d):
    parts = [("审计范围", "网络及安全设备、云主机操作系统、数据库、门户及业务应用日志。", []),
             ("审计发现及分析", ["境外IP暴力破解2,310次，已封禁；", "非工作时间运维登录6次，均有审批；", "数据库批量导出1次，经核实为租户授权的数据比对。"],
              ["17/log-analysis", "45/audit-report", "47/audit"])]
    return nar("log_audit", "网络安全日志审计分析报告（%d年%d月）" % (d.year, d.month), d, True, parts)


def situation(co, d, n, analysis):
    """工作专报 on the quarter's security events."""
    q = (d.month - 1) // 3 + 1
    parts = [("一、事件统计", ("table", [["事件类型", "数量", "较大及以上"], ["网络攻击", 23, 0], ["有害程序", 5, 0], ["信息破坏", 1, 0], ["设备设施故障", 3, 1]]), ["18/incident-stats"])]
    if analysis:
        parts.append(("二、态势分析", ["攻击集中在攻防演练期间，主要针对门户网站；", "1起设备设施故障为存储节点缺陷导致，已整改。"], ["18/incident-analysis"]))
    return nar("sec_stats", "工作专报（第%d期）%d年第%d季度政务网络安全事件统计分析" % (n, d.year, q), d, True, parts)


def warning(co, d, n, full):
    parts = [("一、漏洞预警", "CVE-2026-%04d 办公软件远程代码执行漏洞影响政务外网终端和%s，请各单位排查。" % (co.rng.randint(2000, 9999), co.sys(0)), ["52/vulnerability", "53/bulletin"]),
             ("二、病毒预警", "新型勒索病毒通过钓鱼邮件传播，云主机防病毒特征库已更新。", ["52/virus"])]
    if full:
        parts += [("三、政策法规和业界动态", "《政务数据共享条例》施行；某省政务网站被篡改事件通报。", ["52/policy"]),
                  ("四、研判分析", "该漏洞已有利用代码，政务外网终端数量大，风险高，请于3日内完成修复。", ["52/analysis"])]
    return nar("bulletin", "网络安全预警通报（%d年第%d期）" % (d.year, n), d, True, parts, [("p", "%s安全运营中心" % co.name)])


def pentest_plan(co, d):
    parts = [("测试安排", ["二季度：%s；三季度：%s；四季度：%s。" % tuple(co.systems[:3]), "两会、国庆等重要时期前各开展一次专项测试。"], ["31/pentest-plan", "32/pentest-plan"])]
    return nar("pentest_plan", "%d年渗透测试工作计划" % d.year, d, False, parts)


def pentest_report(co, d):
    parts = [("测试概况", "授权单位：%s；对象：%s；时间：%s至%s；人员：%s、%s。" % (co.customer, co.sys(1), iso(d - timedelta(days=3)), iso(d), co.p(5), co.vp(0)), []),
             ("发现问题", ("table", [["序号", "问题", "等级", "整改情况"], ["1", "越权查询办件信息", "高", "已整改并复测"], ["2", "短信验证码可爆破", "中", "已整改"]]),
              ["31/pentest-records", "32/pentest-records"])]
    return nar("pentest", "%s渗透测试报告" % co.sys(1), d, True, parts)


def dev_plan(co, d):
    parts = [("开发计划", ("table", [["工具", "内容", "负责人", "完成时间"], ["自动封禁编排", "态势平台告警联动防火墙", co.p(1), "%d年3月" % (d.year + 1)],
                                  ["租户安全自查小程序", "供委办局自查弱口令和暴露面", co.p(5), "%d年8月" % (d.year + 1)]]), ["33/dev-plan"])]
    return nar("dev_plan", "%d年安全运营工具定制开发计划" % (d.year + 1), d, False, parts)


def grading(co, d):
    parts = [("定级对象", "%s（%s）" % (co.sys(0), co.customer), []), ("定级结果", "业务信息安全保护等级第三级，系统服务安全保护等级第二级，最终定为第三级，已向公安机关备案。", ["51/grading"])]
    return nar("grading", "%s网络安全等级保护定级报告" % co.sys(0), d, False, parts)


def grading_criteria(co, d):
    parts = [("定级依据", ["依据GB/T 22240《网络安全等级保护定级指南》，按受侵害客体和侵害程度确定业务信息和系统服务安全等级，取较高者；",
                       "面向社会公众提供政务服务的系统原则上不低于第二级，涉及大量个人信息的不低于第三级。"], ["51/grading-criteria"])]
    return nar("grading_criteria", "政务信息系统等级保护定级工作指引", d, False, parts)


def emergency_plan(co, d, recovery, flows=False):
    parts = [("一、总则", "适用于%s、政务外网及托管业务系统的网络安全事件应急处置。" % co.cloud, []),
             ("二、组织体系", "应急工作领导小组、领导小组办公室（安全运营中心）、技术处置组、信息报送组。", []),
             ("三、响应处置", ["预警发布、事件研判、分级响应、处置、信息报送；", "较大及以上事件30分钟内启动响应。"], ["36/emergency-plan", "53/emergency-plan"])]
    if flows:
        parts.append(("三（附）、事件分类分级、报告和处置流程", [
            "事件分类：有害程序、网络攻击、信息破坏、设备设施故障、灾害性和其他事件；分级：特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）、一般（Ⅳ级）。",
            "信息报告：值班人员发现后10分钟内报中心负责人，较大及以上30分钟内报公司领导和市大数据管理局，同时报网信、公安部门。",
            "处置流程：研判定级→先期处置（隔离、封堵）→消除威胁→恢复业务→核查验证；Ⅲ级及以上启动本预案，Ⅳ级由安全运营中心按日常流程处置。",
            "后期处置：调查评估、形成事件报告、落实整改并更新预案。"],
            ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"]))
    if recovery:
        parts.append(("四、恢复策略", ["核心系统恢复时间目标1小时、恢复点目标15分钟；通过同城灾备切换、云主机快照和备份恢复业务。"], ["36/recovery-plan", "55/plan"]))
    return nar("emergency_plan", "%s网络安全事件应急预案" % co.cloud, d, False, parts)


def dr_plan(co, d):
    parts = [("恢复范围", "、".join(co.systems), []), ("恢复步骤", ["RTO 2小时、RPO 30分钟；", "主可用区故障时切换至同城灾备可用区，数据库切换，租户验证业务。"], ["36/recovery-plan"])]
    return nar("dr_plan", "政务云灾难恢复预案", d, False, parts)


def bcp(co, d):
    parts = [("业务影响分析", "%s最大可容忍中断2小时，数据共享交换平台4小时。" % co.sys(0), []),
             ("业务连续性策略", ["双可用区、同城灾备、异地数据备份；", "重要时期特别值守和备品备件。"], ["42/bcp"]),
             ("审批", "本计划经公司总经理办公会审议通过，%s批准发布。" % co.boss, [])]
    return nar("bcp", "政务云业务连续性计划", d, False, parts)


def drill(co, d, dr, restore=False):
    if dr:
        t, its, body = "%s同城灾备切换演练记录" % co.sys(0), ["40/recovery-drill"], ["14:00 模拟主可用区故障；14:09 灾备可用区接管；14:31 租户验证业务正常，数据无丢失。"]
    else:
        t, its, body = "网络安全事件应急演练总结", ["40/emergency-drill", "53/drill"], ["模拟门户网站被篡改；10:02 监测发现，10:05 信息报送，10:12 断网隔离，10:48 恢复并取证。"]
    parts = [("演练概况", "时间：%s；参演：%s、%s、%s及%s；形式：实战。" % (cnd(d), co.p(0), co.p(1), co.p(2), co.customer), []),
             ("演练过程", body, its)]
    if restore and not dr:
        parts.append(("恢复验证", ["演练同步验证了网站从备份恢复：11:05 启动恢复，11:32 网站恢复访问，数据与备份一致，满足恢复预案要求。"], ["40/recovery-drill"]))
    parts.append(("存在问题", ["信息报送模板不统一，已修订。"], []))
    return nar("drill", t, d, True, parts)


# ------------------------------------------------------------------ 运营管理部

def metrics(co, d):
    names = ["异常报告及时率", "异常漏报率", "维护作业计划及时完成率", "故障隐患发现率", "异常主动发现率", "问题解决率", "漏洞扫描覆盖率", "加固设备覆盖率", "安全补丁安装及时率", "安全事件次数"]
    vals = ["98.6%", "0.4%", "96%", "12.5%", "90%", "94%", "100%", "95%", "93%", "3"]
    q = (d.month - 1) // 3 + 1
    return book("metrics", "运维指标数据统计表（%d年第%d季度）" % (d.year, q), d, True,
                [("指标", ["指标", "数值", "统计期"], [[n, v, "%d年第%d季度" % (d.year, q)] for n, v in zip(names, vals)], ["56/data"])])


def score_sheet(co, d, filled):
    """the 大数据局's 年度考核评分表 of the company's service; a blank one proves nothing."""
    rows = [["服务保障", "平台可用率", 20, 19], ["服务保障", "故障响应及恢复", 20, 18], ["服务质量", "工单按时办结率", 15, 13], ["服务质量", "用户满意度", 15, 14],
            ["服务质量", "投诉建议办理", 10, 10], ["安全管理", "网络安全事件", 20, 20]]
    rows = rows if filled else []
    return book("score", "%d年度政务云运维服务考核评分表" % d.year, d, True, [("评分", ["考核类别", "考核内容", "分值", "得分"], rows, ["57/measurement"])])


def assessment_rules(co, d):
    """the 大数据局's 考核办法: the customer's own rules, no record of this company."""
    parts = [(None, ["第一条 为加强政务云运维服务质量管理，制定本办法。", "第二条 考核采取月度检查与年度考核相结合，满分100分。",
                     "第三条 考核结果与运维服务费支付挂钩，得分低于80分的约谈运维单位。"], [])]
    return nar("rules", "%s政务云运维服务考核办法" % co.bureau, d, False, parts, [("p", "%s文件" % co.bureau)])


def rectify_book(co, d, capa, prev, verified):
    """问题整改台账: 督办, 监理, 内审 and 考核 items, and the hazards prevented before they happen."""
    sheets = [("整改事项", ["编号", "来源", "问题", "原因", "纠正措施", "责任人", "完成情况"],
               [["ZG-%d-%02d" % (d.year, i + 1), s, p, c, m, co.p(i), "已完成"] for i, (s, p, c, m) in enumerate([
                   ("督办单", "工单按时办结率低于95%", "夜间派单无人确认", "增加夜间二线值班，超时自动升级"),
                   ("监理意见", "月报提交延迟", "数据手工汇总", "月报数据自动导出"),
                   ("内部审核", "变更单回退方案缺失1份", "审核把关不严", "变更评审增加回退方案检查项")])] if capa else [],
               ["57/capa"])]
    prow = [["YF-%d-%02d" % (d.year, i + 1), h, m, co.p(i + 2), iso(d - timedelta(days=30 * i))] + (["已验证：%s" % v] if verified else [""])
            for i, (h, m, v) in enumerate([("数据库审计存储将满", "提前扩容并设置80%告警", "三个月未再告警"),
                                          ("SSL证书集中到期", "证书到期前30天自动提醒", "本年无证书过期故障")])] if prev else []
    sheets.append(("隐患预防", ["编号", "潜在问题", "预防措施", "责任人", "日期", "有效性验证"], prow,
                   ["66/preventive-actions"] + (["66/effectiveness"] if verified else [])))
    return book("rectify", "问题整改台账（%d年）" % d.year, d, True, sheets)


def supervise(co, d, n, done):
    """督办单 of the 大数据局, with the company's 办理情况 when it has answered."""
    parts = [("督办事项", "%d年第%d季度考核发现工单按时办结率93.8%%，低于约定的95%%，请分析原因并整改。" % (d.year, (d.month - 1) // 3 + 1), [])]
    if done:
        parts.append(("办理情况", ["原因：夜间派单无人确认、二线响应慢；", "措施：增设夜间二线值班，工单超时30分钟自动升级至部门经理；", "结果：次月按时办结率97.2%，已达标。"],
                      ["57/capa"]))
    return nar("supervise", "%s督办单（督字〔%d〕%d号）" % (co.bureau, d.year, n), d, True, parts)


def improve_plan(co, d, criteria):
    parts = [("一、改进目标", "工单按时办结率≥97%；平均恢复时长≤2小时；用户满意度≥95分。", ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("二、改进事项评估标准", "改进建议按服务效益（40分）、紧迫程度（30分）、投入成本（30分）评分，70分以上经分管领导批准立项；实施后按目标测量效果并在季度运营分析会上报告。",
                      ["64/criteria"]))
    return nar("improve_plan", "%d年运维服务持续改进工作计划" % d.year, d, False, parts)


def improve_list(co, d, scored, tracked):
    ranked = [("攻击IP自动封禁", 86), ("工单超时自动升级", 81), ("月报数据自动导出", 74), ("更换值班系统", 55)]
    sheets = [("评估排序", ["序号", "改进事项", "评分", "排序", "审批意见"],
               [[i + 1, t, s, i + 1, "同意立项（%s）" % co.boss if s >= 70 else "暂缓"] for i, (t, s) in enumerate(ranked)] if scored else [],
               ["67/analysis", "67/prioritisation"]),
              ("实施跟踪", ["序号", "改进目标", "实施情况", "效果测量", "报告"],
               [[1, "封禁时长<3分钟", "已上线", "平均1.8分钟", "第三季度运营分析会"], [2, "超时工单升级率100%", "已上线", "按时办结率97.2%", "第三季度运营分析会"]] if tracked else [],
               ["68/implementation", "68/effectiveness"])]
    return book("improve_list", "改进事项清单（%d年）" % d.year, d, True, sheets)


def awareness(co, d):
    rows = [["“服务提升年”专题培训签到表"], ["主题", "持续改进服务，从每一张工单做起：改进意识和改进方法"], ["时间", cnd(d)], ["主讲", co.p(4)], ["姓名", "部门", "签到"]]
    rows += [[co.p(i), ["云网运维部", "安全运营中心", "运营管理部"][i % 3], co.p(i)] for i in range(6)]
    return Doc("awareness", "“服务提升年”专题培训签到表", d, ["69/awareness-training"], True, sheets=[("签到", rows)])


def improve_training(co, d):
    parts = [("培训概况", "%s，%s为云网运维部、安全运营中心全体人员讲授持续服务改进，参训%d人，签到表附后。" % (cnd(d), co.p(4), 18 + d.day % 7), []),
             ("培训内容", ["为什么要持续改进：从督办单、监理意见和用户投诉看服务差距；", "怎样提改进建议：改进事项清单的登记、评分和审批；",
                         "人人都是改进者：本年度改进事项评选和奖励。"], ["69/awareness-training"])]
    return nar("improve_training", "持续改进宣贯培训记录", d, True, parts)


def internal_audit(co, d):
    parts = [("审核范围和依据", "依据ISO/IEC 20000-1、ISO/IEC 27001及公司管理制度，覆盖各部门。", []),
             ("审核发现", ["不符合项2项：变更单回退方案缺失1份；知识条目未审核发布3条。", "观察项4项。"], ["59/internal-audit"]),
             ("审核结论", "管理体系运行总体有效。", [])]
    return nar("audit", "%d年度管理体系内部审核报告" % d.year, d, True, parts)


def iso_cert(co, d):
    parts = [(None, ["兹证明%s建立的信息技术服务管理体系符合ISO/IEC 20000-1:2018标准要求。" % co.name, "认证范围：政务云平台运维及网络安全运维服务。",
                     "发证日期：%s，有效期三年。" % cnd(d)], ["61/audit-system"])]
    return nar("cert", "管理体系认证证书", d, False, parts)


def office_minutes(co, d, inputs, opps, defects):
    """总经理办公会议纪要: the management review, ranked improvements, the service's defects, and other business."""
    parts = [(None, "%s，%s主持召开总经理办公会，会议议定事项纪要如下。" % (cnd(d), co.boss), [])]
    n = 0
    if inputs:
        n += 1
        lines = {"perf": ("服务和流程执行情况及符合性：服务等级达成率96%，内审不符合项已整改；", ["59/management-review", "60/performance"]),
                 "fb": ("用户反馈：满意度94分，投诉1件已办结；", ["60/customer-feedback"]),
                 "res": ("资源现状及预测：现有安全值守工程师10人，明年区县上云需增加2人；", ["60/resources"]),
                 "ca": ("纠正措施进展：整改台账14项已销号12项；", ["60/corrective-actions"]),
                 "chg": ("可能影响服务的变化：信创资源池上线、数据安全新规；", ["60/changes"]),
                 "imp": ("改进机会：工单自动升级、攻击IP自动封禁。", ["60/improvements"])}
        body, its = ["会议听取了运营管理部关于运维服务管理体系运行情况的汇报（管理评审）："], []
        for k in inputs:
            body.append(lines[k][0])
            its += lines[k][1]
        parts.append(("%s、关于运维服务管理评审" % CN_NUM[n - 1], body, its))
    if opps:
        n += 1
        parts.append(("%s、关于改进事项" % CN_NUM[n - 1], ["会议审议了改进机会分析，按评分排序：攻击IP自动封禁（86分）、工单超时自动升级（81分）、月报数据自动导出（74分）；",
                                                    "会议同意前三项立项实施，更换值班系统暂缓。"], ["67/analysis", "67/prioritisation"]))
    if defects:
        n += 1
        parts.append(("%s、关于运维服务不良情况" % CN_NUM[n - 1], ["三季度较大故障2起、失败变更1次、%s服务等级1个月未达标；" % co.sys(2),
                                                         "会议要求云网运维部12月底前完成存储固件升级，变更前增加预演。"], ["70/defect-analysis"]))
    n += 1
    parts.append(("%s、其他事项" % CN_NUM[n - 1], "会议研究了职工食堂改造和年度慰问工作。", []))
    return nar("office", "总经理办公会议纪要（%d年第%d期）" % (d.year, d.month + 10), d, True, parts)


# ------------------------------------------------------------------ working documents that prove nothing

def weekly(co, d, week):
    parts = [("一、本周工作", ["开通云资源27项，受理服务申请63件；", "配合%s完成密评整改。" % co.customer]), ("二、下周计划", ["国庆保障准备。"])]
    return nar("weekly", "%s运营工作周报（%d年第%d周）" % (co.name, d.year, week), d, True, [(h, b, []) for h, b in parts])


def guard_plan(co, d, n, event):
    parts = [("一、保障时段", "%s期间（%s起）。" % (event, cnd(d + timedelta(days=20))), []), ("二、组织保障", "成立保障工作专班，%s任组长，实行领导带班、24小时值守。" % co.boss, []),
             ("三、工作要求", "各部门严格执行《网络安全事件应急处置和信息报送管理办法》，实行日报告、零报告。", [])]
    return nar("guard", "%d年%s网络安全保障工作方案" % (d.year, event), d, False, parts, red(co, d, n), tail(co, d))


def tenant_list(co, d):
    rows = [[i + 1, t, "%d台" % (4 + 3 * i), "%dTB" % (2 + i), "正常"] for i, t in enumerate([co.customer, "市公安局", "市卫健委", "市教育局", "市交通运输局"])]
    return Doc("tenants", "政务云租户资源统计", d, [], True, sheets=[("租户", [["政务云租户资源统计（%s）" % iso(d)], ["序号", "租户单位", "云主机", "存储", "状态"]] + rows)])


def crypto_report(co, d):
    parts = [("测评对象", co.sys(0), []), ("测评结论", "商用密码应用安全性评估得分78.6分，基本符合。", [])]
    return nar("crypto", "%s商用密码应用安全性评估报告" % co.sys(0), d, True, parts)


# ------------------------------------------------------------------ decoys

def draft_letter(co, d, n):
    """关于征求《…（征求意见稿）》意见的函: the draft plan as its attachment."""
    t = "关于征求《政务云业务连续性计划（征求意见稿）》意见的函"
    draft = bcp(co, d)
    b = red(co, d, n) + [("title", t), ("p", "各部门、%s：" % co.customer), ("p", "现将《政务云业务连续性计划（征求意见稿）》送上，请于10个工作日内反馈意见。"),
                         ("break",), ("h1", "政务云业务连续性计划（征求意见稿）")] + [x for x in draft.blocks if x[0] != "title"]
    return Doc("decoy_draft", t, d, [], False, b, decoy="draft (征求意见稿)")


def signin(co, d, what):
    rows = [["学习培训签到表"], ["主题", "《%s》学习培训" % what], ["时间", cnd(d)], ["姓名", "部门", "签到"]] + [[co.p(i), "安全运营中心", co.p(i)] for i in range(6)]
    return Doc("decoy_training", "《%s》学习培训签到表" % what, d, [], True, sheets=[("签到", rows)], decoy="training record about a plan")


def rule_list(co, d, n, cites):
    b = red(co, d, n) + [("title", "关于公布公司现行有效管理制度目录的通知"), ("p", "各部门：经清理，现行有效的运维服务管理制度如下：")]
    b += [("p", "%d.《%s》" % (i, c)) for i, c in enumerate(cites, 1)] + [("p", "请各部门组织学习，严格执行。")]
    return Doc("decoy_rulelist", "关于公布公司现行有效管理制度目录的通知", d, [], False, b, decoy="notice citing procedures by 《》")


def doc_rule(co, d, cites):
    b = [("title", "公文及制度文件管理办法"), ("h1", "第一章 总则"), ("p", "第一条 规范公司公文和制度文件的起草、审核、印发、归档和废止。"),
         ("h1", "第二章 制度清单"), ("p", "第二条 公司运维服务制度包括：" + "、".join("《%s》" % c for c in cites) + "。"),
         ("h1", "第三章 废止"), ("p", "第三条 废止的制度加注“已废止”并移出现行目录。")]
    return Doc("decoy_doccontrol", "公文及制度文件管理办法", d, [], False, b, decoy="procedure citing other procedures")


def mr_rule(co, d):
    b = [("title", "管理评审工作规程"), ("p", "第一条 管理评审每年至少开展一次，由总经理主持。"),
         ("p", "第二条 评审输入包括用户反馈、服务和流程的执行情况、资源、纠正措施、可能影响服务的变化、改进机会。"), ("p", "第三条 评审结论形成会议纪要。")]
    return Doc("decoy_mrproc", "管理评审工作规程", d, [], False, b, decoy="procedure, not the review record")


def mr_notice(co, d):
    parts = [(None, "定于%s召开%d年度运维服务管理评审会，请各部门准备服务执行情况、用户反馈、资源、纠正措施和改进建议材料。" % (cnd(d + timedelta(days=10)), d.year), [])]
    return decoy(nar("mrnotice", "关于召开%d年度管理评审会的通知" % d.year, d, True, parts), "meeting notice, not the review record")


def drill_scheme(co, d):
    parts = [("演练目的", "检验《%s网络安全事件应急预案》。" % co.cloud, []), ("演练场景", "门户网站被篡改、勒索病毒感染。", []),
             ("时间安排", "拟于%s开展。" % cnd(d + timedelta(days=25)), [])]
    return decoy(nar("drill_plan", "%d年网络安全应急演练实施方案" % d.year, d, False, parts), "drill plan, neither the plan nor the record")


def appraisal(co, d):
    rows = [[co.p(i), "值班日志完整率、演练记录归档率、满意度测评完成率", 88 + i] for i in range(5)]
    return decoy(Doc("kpi", "%d年员工绩效考核表" % d.year, d, [], True, sheets=[("考核", [["员工绩效考核"], ["姓名", "考核指标", "得分"]] + rows)]),
                 "KPI sheet naming record kinds")


UNRELATED_M = [
    ("党建工作", "%d年“主题党日”活动方案", ["每月第一个周五开展主题党日。", "结合国企改革深化提升行动开展专题学习。"]),
    ("工会", "%d年职工趣味运动会通知", ["项目：拔河、跳绳、定点投篮。", "请各部门于本周五前报名。"]),
    ("综合管理部", "%d年国有资产清查工作方案", ["按市国资委要求开展资产清查。", "账实不符的说明原因。"]),
    ("综合管理部", "%d年公务用车使用管理规定", ["用车须提前一天在OA申请。", "严禁公车私用。"]),
    ("数据资源部", "%d年公共数据开放目录编制说明", ["开放数据集按主题分类。", "数据更新频率不低于每季度一次。"]),
    ("综合管理部", "%d年职工食堂改造方案", ["改造面积360平方米。", "工期45天。"]),
]


def unrelated(co, d, i):
    folder, t, paras = UNRELATED_M[i]
    t = t % d.year
    return folder, t, decoy(nar("unrelated", t, d, False, [(None, paras, [])]), "unrelated")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an M share: 综合管理部/公文/<年>/发文|收文, 运营管理部/ (制度, 考核, 内审, 改进, 整改),
    云网运维部/ (台账, 变更, 值班, 月报, 作业指导书), 安全运营中心/ (通报, 审计, 渗透, 应急, 等保密评),
    项目管理/<委办局>/ (调研, 协议, 健康检查, 满意度, 监理), 报送材料/大数据局/<年>/ (专报, 周报, 报告);
    older copies under 历年归档/<年>/, decoys."""
    co.cust, co.abbr, co.bureau, co.cloud = M_INFO[co.info_id]
    r = co.rng
    ZH, YY, YW, AQ = "综合管理部/", "运营管理部/", "云网运维部/", "安全运营中心/"
    PJ = "项目管理/%s/" % co.cust
    BS = "报送材料/大数据局/"
    optional = ["budget", "history", "automation", "ola", "staff", "roles", "requirements", "compat", "migration", "baseline", "collect", "kb",
                "pentest_plan", "pentest", "dev_plan", "dr", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "metrics",
                "score", "rectify", "improve_plan", "improve_list", "awareness", "audit", "minutes", "forecast", "grading",
                "grading_criteria", "interface", "assets", "cmdb", "ci_changes", "sec_stats", "health", "log_audit", "avail_plan", "kpi_list",
                "fault", "supervise", "supervision", "hazard"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"pentest", "csat_trend", "callbacks", "kb", "audit", "log_audit", "drdrill", "awareness",
                                "metrics", "collect", "desk_training", "fault", "ci_changes", "sec_stats", "health", "supervise"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, made = sh.add, sh.made

    def slot(k, name, factory, age="record", **opt):
        """Share.slot with a name made unique the way Windows does: a second report of a month gets " (2)"."""
        def uniq(d):
            rel, i = name(d), 2
            while rel in co.used:
                base, ext = name(d).rsplit(".", 1)
                rel, i = "%s (%d).%s" % (base, i, ext), i + 1
            return rel
        return sh.slot(k, uniq, factory, age, **opt)
    seq = iter(range(4, 300, 5))
    pick = lambda: r.choice(["docx", "docx", "pdf"])  # noqa: E731

    # --- 制度: an 汇编 with some 办法 as chapters; the rest issued by 通知 (filed under 发文) or filed bare
    keys = [k for k in M_RULES if r.random() >= 0.06]
    in_book = [k for k in keys if r.random() < 0.4]
    d = co.issued()
    add(YY + "制度建设/运维服务管理制度汇编（%d年版）.pdf" % d.year, rule_book(co, d, in_book, r.random() < 0.9), meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_book:
            continue
        d = co.issued()
        if r.random() < 0.7:
            n = next(seq)
            doc = rule_notice(co, d, k, n)
            add(ZH + "公文/%d年/发文/%s 关于印发《%s》的通知.%s" % (d.year, wenhao(co, d, n), M_RULES[k][0], pick()), doc, meta_title=r.random() < 0.4)
        else:
            add(YY + "制度建设/现行制度/%s.%s" % (M_RULES[k][0], pick()), rule_bare(co, d, k))
    for k in M_OTHER:
        if r.random() < 0.75:
            d = co.issued()
            n = next(seq)
            add(ZH + "公文/%d年/发文/%s 关于印发《%s》的通知.docx" % (d.year, wenhao(co, d, n), M_OTHER[k][0]), other_rule(co, d, k, n))

    # --- 作业指导书: an 汇编 and single ones
    mods = list(WI)
    in_wi = sorted(r.sample(mods, r.randint(2, 3)), key=mods.index)
    add(YW + "作业指导书/安全运维作业指导书汇编.pdf", wi_book(co, co.issued(), in_wi))
    for i, k in enumerate(mods):
        if k in in_wi or r.random() < 0.3:
            continue
        add(YW + "作业指导书/%s-ZY-%02d %s作业指导书.docx" % (co.short, i + 1, WI[k][0]), wi(co, co.issued(), k, i + 1))

    # --- 项目管理/<委办局>: onboarding, agreement, health checks, satisfaction, 监理
    d0 = co.issued()
    add(PJ + "01 需求调研/%s网络安全运维保障需求调研报告.%s" % (co.customer, pick()), survey(co, d0, r.random() < 0.88, r.random() < 0.85))
    d = d0 + timedelta(days=12)
    add(PJ + "01 需求调研/%s 服务对接会会议纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), meeting(co, d, r.random() < 0.7))
    if "budget" not in gaps:
        d = d0 + timedelta(days=20)
        n = next(seq)
        add(ZH + "公文/%d年/发文/%s 关于%d年度%s网络安全运维服务经费预算的请示.docx" % (d.year, wenhao(co, d, n), d.year + 1, co.cust),
            budget_ask(co, d, n, r.random() < 0.9))
    on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    n_hist = r.randint(3, 9)
    slot("history", lambda d: BS + "%d年/工作专报/工作专报第%d期（%s托管系统运行数据分析）.docx" % (d.year, n_hist, co.cust), lambda d: history_report(co, d, n_hist, on), "issued")
    d = co.issued()
    add(PJ + "02 服务协议/%s网络安全运维服务协议（双方盖章）.pdf" % co.customer, agreement(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.6))
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])
    d = co.issued()
    add(PJ + "02 服务协议/附件 服务目录（%d版）.xlsx" % d.year, catalog(co, d, lv))
    n_if = next(seq)
    slot("interface", lambda d: ZH + "公文/%d年/发文/%s 关于明确网络安全工作联络员的函.%s" % (d.year, wenhao(co, d, n_if), r.choice(["docx", "pdf"])),
         lambda d: contact_letter(co, d, n_if), "issued")
    slot("requirements", lambda d: PJ + "03 项目实施/%s上云需求分析报告.docx" % co.sys(2), lambda d: requirements(co, d))
    mt, mb = r.random() < 0.85, r.random() < 0.85
    slot("migration", lambda d: PJ + "03 项目实施/%s迁移上云实施方案.docx" % co.sys(1), lambda d: migration(co, d, mt, mb), "issued")
    for i in range(r.randint(1, 3)):
        rem = r.random() < 0.6
        slot("health", lambda d: PJ + "04 健康检查/%d年/%s健康检查报告（%s）.%s" % (d.year, ymd(d), "远程" if rem else "现场", pick()), lambda d: health_check(co, d, rem))
    for d, h in [(date(2025, 6, 26), "上半年"), (date(2025, 12, 22), "下半年"), (date(2026, 6, 25), "上半年")]:
        if r.random() < 0.8:
            add(PJ + "05 满意度/%d年%s用户满意度测评报告.%s" % (d.year, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("csat_trend", lambda d: PJ + "05 满意度/用户满意度趋势分析（%d年）.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: PJ + "05 满意度/用户回访登记表（%d年）.xlsx" % d.year, lambda d: callbacks(co, d))
    chk = r.random() < 0.75
    for i in range(r.randint(1, 2)):
        slot("supervision", lambda d: PJ + "06 监理/%d年/监理月报（%d年%d月）.pdf" % (d.year, d.year, d.month), lambda d: supervision(co, d, chk))
    for i in range(2):
        d = co.fresh()
        name = PJ + "07 驻场/%d年%02d月驻场服务情况确认单.pdf" % (d.year, d.month)
        if name not in co.used:
            add(name, onsite_confirm(co, d))

    # --- organisation, 服务台, OLA
    d = co.issued()
    add(YY + "组织机构/安全运维组织架构及岗位职责（%d年）.%s" % (d.year, pick()), org(co, d, "roles" not in gaps))
    if r.random() < 0.7:
        d = co.issued()
        n = next(seq)
        add(ZH + "公文/%d年/发文/%s 关于调整网络安全和信息化工作领导小组的通知.docx" % (d.year, wenhao(co, d, n)), group_notice(co, d, n))
    outs = r.random() < 0.85
    slot("staff", lambda d: YY + "组织机构/安全运维人员名单（%s）.xlsx" % ymd(d), lambda d: staff(co, d, outs), "issued")
    d = co.issued()
    n = next(seq)
    add(ZH + "公文/%d年/发文/%s 关于启用政务云统一运维服务台的通知.pdf" % (d.year, wenhao(co, d, n)), desk_notice(co, d, n))
    slot("desk_training", lambda d: YW + "服务台/%s 服务台坐席业务培训记录.xlsx" % ymd(d), lambda d: desk_training(co, d))
    sld = r.random() < 0.85
    slot("ola", lambda d: YY + "服务管理/内部运维支撑约定及外包服务等级要求.docx", lambda d: ola(co, d, sld), "issued")

    # --- 云网运维部: 可用性, 值班日志, 月报, 故障分析, 台账, 变更
    slot("kpi_list", lambda d: YW + "可用性管理/政务云可用性指标清单（%d）.xlsx" % d.year, lambda d: kpi_list(co, d))
    n_av = next(seq)
    slot("avail_plan", lambda d: ZH + "公文/%d年/发文/%s %d年政务云可用性保障工作方案.docx" % (d.year, wenhao(co, d, n_av), d.year), lambda d: avail_plan(co, d, n_av))
    for m in sorted(r.sample(range(5, 12), r.choice([2, 3]))):
        d = date(2026, m, 3 + r.randint(0, 6))
        add(YW + "运维月报/%d年/%s运维服务月报（%d年%d月）.%s" % (d.year, co.cloud, d.year, m - 1, r.choice(["pdf", "docx"])),
            month_report(co, d, r.random() < 0.6, r.random() < 0.3, r.random() < 0.3))
    d = co.fresh()
    add(YW + "值班日志/%d年/%02d月/运维值班日志.xlsx" % (d.year, d.month), duty_log(co, d, r.random() < 0.75))
    bad = r.random() < 0.7
    slot("fault", lambda d: YW + "故障分析/%s %s故障分析报告.docx" % (ymd(d), co.sys(0)), lambda d: fault_report(co, d, bad))
    slot("automation", lambda d: YY + "运营分析/运维服务数据分析及自动化运维建议（%d）.docx" % d.year, lambda d: automation(co, d, r.random() < 0.8))
    n_yr, yd = next(seq), r.random() < 0.5
    slot("forecast", lambda d: BS + "%d年/%s 关于%d年度政务云运维工作情况的报告.pdf" % (d.year, wenhao(co, d, n_yr), d.year), lambda d: year_report(co, d, n_yr, yd))
    d = co.fresh()
    add(YW + "变更管理/%d年/政务云变更实施记录台账.xlsx" % d.year, change_book(co, d))
    if r.random() < 0.85:
        d = co.fresh()
        add(YW + "云资源管理/%d年/云资源申请受理台账.xlsx" % d.year, res_requests(co, d))
    slot("compat", lambda d: YW + "信创适配/%s信创适配兼容性测试报告_%s.pdf" % (co.sys(1), ymd(d)), lambda d: xc_report(co, d))
    slot("assets", lambda d: YW + "资产台账/政务云及政务外网资产台账（%s）.xlsx" % ymd(d), lambda d: asset_ledger(co, d))
    relc = r.random() < 0.7
    slot("cmdb", lambda d: YW + "资产台账/CMDB导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci_changes", lambda d: YW + "资产台账/配置项变更记录（%d年）.xlsx" % d.year, lambda d: ci_changes(co, d))
    slot("baseline", lambda d: YW + "安全基线/政务云安全配置基线（%d版）.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    slot("kb", lambda d: YW + "知识库/运维知识库条目导出_%s.xlsx" % ymd(d), lambda d: kb(co, d))
    kinds = [k for k in ("maint", "insp", "virus", "fault", "upgrade") if r.random() < 0.92] or ["insp"]
    d = co.fresh()
    add(YW + "运维记录/%d年/安全设备运维记录.xlsx" % d.year, device_book(co, d, kinds, r.random() < 0.7))
    for m in sorted(r.sample(range(3, 11), r.choice([1, 2]))):
        d = date(2026, m, 25 + r.randint(0, 3))
        add(YW + "巡检记录/%d年/%d年%d月网络安全巡检报告.%s" % (d.year, d.year, m, pick()), patrol(co, d, r.random() < 0.6, r.random() < 0.35))
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.9]
    slot("collect", lambda d: AQ + "监测分析/%d年/政务外网安全监测数据采集表_%s.xlsx" % (d.year, ymd(d)), lambda d: collect(co, d, which))

    # --- 安全运营中心: 审计, 专报, 通报, 渗透, 开发, 等保密评, 应急
    for i in range(r.randint(1, 2)):
        txt = r.random() < 0.3
        slot("log_audit", lambda d: AQ + "日志审计/%d年/%02d月/日志审计分析报告_%s.%s" % (d.year, d.month, ymd(d), "txt" if txt else pick()), lambda d: log_audit(co, d),
             **({"encoding": "gb18030"} if txt else {}))
    n_ss = r.randint(10, 20)
    ana = r.random() < 0.75
    slot("sec_stats", lambda d: BS + "%d年/工作专报/工作专报第%d期（第%d季度网络安全事件统计分析）.docx" % (d.year, n_ss, (d.month - 1) // 3 + 1),
         lambda d: situation(co, d, n_ss, ana))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        n = d.month * 2 + i
        name = AQ + "预警通报/%d年/网络安全预警通报（%d年第%d期）.%s" % (d.year, d.year, n, r.choice(["pdf", "docx"]))
        if name not in co.used:
            add(name, warning(co, d, n, r.random() < 0.7))
    slot("pentest_plan", lambda d: AQ + "渗透测试/%d年渗透测试工作计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: AQ + "渗透测试/%d年/%s %s渗透测试报告.pdf" % (d.year, ymd(d), co.sys(1)), lambda d: pentest_report(co, d))
    slot("dev_plan", lambda d: AQ + "平台建设/%d年安全运营工具定制开发计划.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    slot("grading", lambda d: AQ + "等保密评/%s网络安全等级保护定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("grading_criteria", lambda d: AQ + "等保密评/政务信息系统等级保护定级工作指引.docx", lambda d: grading_criteria(co, d), "issued")
    d = co.fresh()
    add(AQ + "等保密评/%d年/%s商用密码应用安全性评估报告.pdf" % (d.year, co.sys(0)), crypto_report(co, d))
    d = co.issued()
    add(AQ + "应急管理/%s网络安全事件应急预案（%d年修订）.pdf" % (co.cloud, d.year), emergency_plan(co, d, r.random() < 0.8, r.random() < 0.5))
    slot("dr", lambda d: AQ + "应急管理/政务云灾难恢复预案.docx", lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: YY + "业务连续性/政务云业务连续性计划.pdf", lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: AQ + "应急管理/演练记录/%s %s同城灾备切换演练记录.docx" % (ymd(d), co.sys(0)), lambda d: drill(co, d, True))
    if r.random() < 0.9:
        d = co.fresh()
        add(AQ + "应急管理/演练记录/%s 网络安全事件应急演练总结.%s" % (ymd(d), r.choice(["docx", "pdf"])), drill(co, d, False, r.random() < 0.4))

    # --- 运营管理部: 指标, 考核, 督办, 整改, 改进, 内审, 办公会
    slot("metrics", lambda d: YY + "运营分析/运维指标数据统计表（%d年第%d季度）.xlsx" % (d.year, (d.month - 1) // 3 + 1), lambda d: metrics(co, d))
    slot("score", lambda d: YY + "考核/%d年度政务云运维服务考核评分表（大数据局反馈）.xlsx" % d.year, lambda d: score_sheet(co, d, True))
    d = co.issued()
    add(ZH + "公文/%d年/收文/%s政务云运维服务考核办法.pdf" % (d.year, co.bureau), assessment_rules(co, d))
    n_db = r.randint(11, 40)
    slot("supervise", lambda d: ZH + "公文/%d年/收文/督办单（督字〔%d〕%d号）及办理情况.pdf" % (d.year, d.year, n_db), lambda d: supervise(co, d, n_db, True))
    cp, pv, vf = r.random() < 0.85, r.random() < 0.9, r.random() < 0.88
    slot("rectify", lambda d: YY + "整改台账/问题整改台账（%d年）.xlsx" % d.year, lambda d: rectify_book(co, d, cp, pv, vf))
    rch = r.random() < 0.8
    slot("hazard", lambda d: AQ + "隐患排查/%d年/重要时期网络安全隐患排查整治工作报告.docx" % d.year, lambda d: hazard_report(co, d, rch))
    slot("improve_plan", lambda d: YY + "持续改进/%d年运维服务持续改进工作计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    sc, tr = r.random() < 0.8, r.random() < 0.8
    slot("improve_list", lambda d: YY + "持续改进/改进事项清单（%s）.xlsx" % ymd(d), lambda d: improve_list(co, d, sc, tr))
    slot("awareness", lambda d: YY + "培训/%s “服务提升年”专题培训签到表.xlsx" % ymd(d), lambda d: awareness(co, d))
    if r.random() < 0.5:
        d = co.fresh()
        add(YY + "培训/%s 持续改进宣贯培训记录.%s" % (ymd(d), pick()), improve_training(co, d))
    slot("audit", lambda d: YY + "内部审核/%d年度管理体系内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    if r.random() < 0.5:
        d = co.issued()
        add(YY + "资质证书/ISO20000认证证书（扫描件）.pdf", iso_cert(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.93]
    opps, dfx = r.random() < 0.7, r.random() < 0.5
    slot("minutes", lambda d: ZH + "会议纪要/%d年/总经理办公会议纪要（%d年第%d期）.docx" % (d.year, d.year, d.month + 10), lambda d: office_minutes(co, d, inputs, opps, dfx))

    # --- working documents of this voice that prove no clause
    for w in sorted(r.sample(range(30, 46), 3)):
        d = date(2026, 1, 5) + timedelta(days=7 * w)
        add(BS + "%d年/周报/%d年第%d周运营工作周报.docx" % (d.year, d.year, w), weekly(co, d, w))
    for event in ("全国两会", "国庆"):
        d = date(2026, 2, 10) if event == "全国两会" else date(2026, 9, 8)
        n = next(seq)
        add(ZH + "公文/%d年/发文/%s %d年%s期间网络安全保障工作方案.docx" % (d.year, wenhao(co, d, n), d.year, event), guard_plan(co, d, n, event))
    d = co.fresh()
    add(YW + "云资源管理/%d年/政务云租户资源统计_%s.xlsx" % (d.year, ymd(d)), tenant_list(co, d))

    # --- last year's copies moved to 历年归档/<年>/: they belong, but are stale
    for name, factory, when in list(made):
        if r.random() < 0.2:
            before = when - timedelta(days=365)
            rel = "历年归档/%d年/%s" % (before.year, name(before).split("/")[-1])
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    ZH, YY, YW, AQ = "综合管理部/", "运营管理部/", "云网运维部/", "安全运营中心/"
    PJ = "项目管理/%s/" % co.cust
    add = Share(co).add

    # templates and 空白表
    add(YW + "云资源管理/云资源申请单（空白）.xlsx", blank_sheet("政务云资源申请单", co.fresh(), ["申请单位", "资源类型", "规格", "用途", "申请单位负责人签字", "大数据局审核"]))
    add(YW + "变更管理/变更申请单（模板）.docx", blank_text("政务云变更申请单", co.fresh(), ["变更内容", "影响范围", "风险评估", "回退方案", "审批意见"]))
    add(PJ + "04 健康检查/健康检查报告模板.docx", blank_text("网络安全健康检查报告（模板）", co.fresh(), ["检查方式及范围", "检查结果", "结论及建议"]))
    add(PJ + "05 满意度/用户满意度测评表（空表）.docx", blank_text("用户满意度测评表", co.fresh(), ["响应及时性", "问题解决", "服务态度", "意见建议"]))
    add(ZH + "公文/表单/督办单（样表）.docx", decoy(supervise(co, co.fresh(), 0, False), "template", mark="（样表）"))
    d = co.fresh()
    add(YY + "考核/%d年度考核评分表（空表）.xlsx" % d.year, decoy(score_sheet(co, d, False), "template"))
    # drafts
    d = co.fresh()
    n = r.randint(60, 90)
    add(ZH + "公文/%d年/发文/%s 关于征求《政务云业务连续性计划（征求意见稿）》意见的函.docx" % (d.year, wenhao(co, d, n)), draft_letter(co, d, n))
    d = co.fresh()
    add(PJ + "02 服务协议/%s网络安全运维服务协议（送审稿）.docx" % co.customer, decoy(agreement(co, d, True, True, True), "draft (送审稿)", mark="（送审稿）"))
    d = co.fresh()
    add(YY + "持续改进/%d年运维服务持续改进工作计划（讨论稿）.docx" % (d.year + 1), decoy(improve_plan(co, d, True), "draft", mark="（讨论稿）"))
    # withdrawn versions
    d = date(2022, 6, 13)
    add(YY + "制度建设/已废止/运维疑难问题及重复性故障管理办法（2022年）【已废止】.docx", decoy(rule_bare(co, d, "problem"), "obsolete", mark="【已废止】"))
    d = date(2022, 3, 2)
    add(AQ + "应急管理/作废/网络安全事件应急预案（2022版）作废.pdf", decoy(emergency_plan(co, d, True), "obsolete", mark="（作废）"))
    # recycle bins
    d = co.fresh()
    add(".recycle/%s/运维值班日志%s.xlsx" % (co.p(2), ymd(d)), decoy(duty_log(co, d, True), "recycle bin"))
    d = co.fresh()
    add(".recycle/%s/网络安全事件应急演练总结.docx" % co.p(4), decoy(drill(co, d, False), "recycle bin"))
    d = co.fresh()
    add("#recycle/运营管理部/问题整改台账.xlsx", decoy(rectify_book(co, d, True, True, True), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:80:14]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        co.raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(3)), "Office lock file")
    co.raw(YW + "值班日志/2026年/11月/运维值班日志（新）.xlsx", b"", "empty file")
    co.raw(AQ + "应急管理/演练记录/应急演练总结（待补充）.docx", b"", "empty file")
    co.raw(PJ + "05 满意度/2026年下半年用户满意度测评报告.docx", b"", "empty file")
    # study records about plans, notices and rules that cite, near misses
    for what in ("%s网络安全事件应急预案" % co.cloud, "政务云平台变更管理办法", "政务云灾难恢复预案"):
        if r.random() < 0.8:
            d = co.fresh()
            add(YY + "培训/%s《%s》学习培训签到表.xlsx" % (ymd(d), what), signin(co, d, what))
    cites = [M_RULES[k][0] for k in ("fault", "request", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    d = co.fresh()
    n = r.randint(91, 120)
    add(ZH + "公文/%d年/发文/%s 关于公布公司现行有效管理制度目录的通知.pdf" % (d.year, wenhao(co, d, n)), rule_list(co, d, n, cites))
    add(ZH + "制度/公文及制度文件管理办法.docx", doc_rule(co, co.issued(), cites))
    add(YY + "制度建设/现行制度/管理评审工作规程.docx", mr_rule(co, co.issued()))
    d = co.fresh()
    add(YY + "管理评审/关于召开%d年度管理评审会的通知.docx" % d.year, mr_notice(co, d))
    d = co.fresh()
    add(AQ + "应急管理/%d年网络安全应急演练实施方案.docx" % d.year, drill_scheme(co, d))
    d = co.fresh()
    add(ZH + "人力资源/%d年员工绩效考核表.xlsx" % d.year, appraisal(co, d))
    # unrelated files of a 国资 company
    for i in sorted(r.sample(range(len(UNRELATED_M)), 4)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        add("%s/%s.%s" % (folder, t, r.choice(["docx", "pdf"])), doc)
