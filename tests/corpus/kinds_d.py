# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_d.py - style D: the IT operations subsidiary of a state-owned group (国企风格).

A second author voice for the accuracy corpus, used only by the D shares (d1 d2 d3).  Its
documents prove the same evidence items as kinds.py's (see REQ in gen.py), but are
written the way a group subsidiary writes: procedures are 管理办法 issued by a 红头 notice
(关于印发《…》的通知, the 办法 follows as its 附件), file numbers such as HCJT-YW-ZD-2026-003
and 华辰数科〔2026〕12号, records named by period and department (【运维部】10月巡检记录.xlsx,
2026年第三季度运维服务报告.docx), folders by department instead of by clause, meeting
minutes that hold several record kinds, workbooks whose sheets are record kinds and only
some of them have data rows.  The wording is this company's own (故障, 台账, 巡视检查,
测评, 提质增效 …), not kinds.py's and not the rule pack's.

Every builder returns a kinds.Doc whose items are what its text proves: an optional part
adds its items only when it is written into the text; a workbook sheet proves its kind only
when it has data rows.  build(co, …) lays out one company's share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc

# group, the subsidiary's short name in 文号, the group's department that buys the service
D_INFO = {
    "d1": ("华辰能源集团", "华辰数科", "集团信息化管理部"),
    "d2": ("北辰交通投资集团", "北辰数运", "集团科技信息部"),
    "d3": ("西江水务集团", "西江水信", "集团数字化中心"),
    "d4": ("东岳港航集团", "东岳数科", "集团数字化管理部"),
    "d5": ("川康医药集团", "川康数科", "集团信息中心"),
    "d6": ("赣江钢铁集团", "赣钢数智", "集团智能制造部"),
    "d7": ("天山农牧集团", "天山数科", "集团数字化办公室"),
    "d8": ("三晋煤业集团", "晋煤智联", "集团信息化工作部"),
    "d9": ("黔山文旅投资集团", "黔旅数科", "集团科技数字部"),
    "d10": ("鲁港物流集团", "鲁港数科", "集团信息化管理部"),
    "d11": ("湘江电力集团", "湘电数智", "集团数字化部"),
    "d12": ("闽江建工集团", "闽建数科", "集团信息中心"),
    "d13": ("陇原能源集团", "陇能数科", "集团科技信息部"),
    "d14": ("晋能电力集团", "晋能数智", "集团数字化部"),
    "d15": ("北部湾港务集团", "桂港数科", "集团信息中心"),
    "d16": ("中原粮食集团", "豫粮数科", "集团信息化管理部"),
    "d17": ("渝江水务集团", "渝水数科", "集团科技信息部"),
    "d18": ("燕赵钢铁集团", "冀钢数智", "集团智能制造部"),
    "d19": ("雪域电力集团", "藏电数科", "集团数字化办公室"),
    "d20": ("随州岑科集团", "宸安数科", "集团信息化管理部"),
    "d21": ("恩施瑞创集团", "璟盾数科", "集团信息化管理部"),
    "d22": ("信阳锦航集团", "昱达数科", "集团信息化管理部"),
    "d23": ("周口沐科集团", "枫安数科", "集团信息化管理部"),
    "d24": ("驻马店翔信集团", "澜达数科", "集团信息化管理部"),
    "d25": ("商丘曦讯集团", "铂信数科", "集团信息化管理部"),
    "d26": ("许昌霁科集团", "睿信数科", "集团信息化管理部"),
    "d27": ("漯河峻科集团", "铂讯数科", "集团信息化管理部"),
    "d28": ("常德锦维集团", "泓安数科", "集团科技信息部"),
    "d29": ("张家界昱安集团", "澜信数科", "集团数字化部"),
    "d30": ("宜昌璞创集团", "卓联数科", "集团科技信息部"),
    "d31": ("襄阳瑞拓集团", "翔宇数科", "集团信息化管理部"),
    "d32": ("鄂州启创集团", "卓科数科", "集团信息化管理部"),
    "d33": ("荆门珩拓集团", "启信数科", "集团数字化部"),
    "d34": ("荆州沐信集团", "允维数科", "集团信息化管理部"),
    "d35": ("开封朔科集团", "璞盾数科", "集团数字化部"),
    "d36": ("洛阳璞联集团", "岑航数科", "集团数字化部"),
    "d37": ("平顶山煦联集团", "淳科数科", "集团信息化管理部"),
    "d38": ("菏泽琨卫集团", "曜维数科", "集团信息化管理部"),
    "d39": ("邢台珩联集团", "翔创数科", "集团数字化部"),
    "d40": ("邯郸璞维集团", "沐航数科", "集团数字化部"),
    "d41": ("沧州允维集团", "璞拓数科", "集团科技信息部"),
    "d42": ("廊坊璟信集团", "睿航数科", "集团数字化部"),
    "d43": ("衡水瑞宇集团", "铂科数科", "集团信息化管理部"),
    "d44": ("大同弘联集团", "锦盾数科", "集团数字化部"),
    "d45": ("阳泉砚盾集团", "岑宇数科", "集团数字化部"),
    "d46": ("长治翔信集团", "弘科数科", "集团信息化管理部"),
    "d47": ("晋城珩讯集团", "恒拓数科", "集团信息化管理部"),
    "d48": ("朔州峻讯集团", "曜联数科", "集团信息化管理部"),
    "d49": ("晋中卓联集团", "启维数科", "集团信息化管理部"),
    "d50": ("运城枫安集团", "璟航数科", "集团科技信息部"),
    "d51": ("忻州澜创集团", "铂宇数科", "集团科技信息部"),
    "d52": ("吕梁沐讯集团", "锦达数科", "集团科技信息部"),
    "d53": ("呼伦贝尔睿盾集团", "砚讯数科", "集团数字化部"),
    "d54": ("巴彦淖尔泓航集团", "泓安数科", "集团信息化管理部"),
    "d55": ("四平朔拓集团", "弘宇数科", "集团数字化部"),
    "d56": ("辽源澜安集团", "琨衡数科", "集团科技信息部"),
    "d57": ("白山允卫集团", "弘卫数科", "集团科技信息部"),
    "d58": ("松原恒卫集团", "弘航数科", "集团科技信息部"),
    "d59": ("延边翔维集团", "煦衡数科", "集团科技信息部"),
    "d60": ("防城港峻盾集团", "曜维数科", "集团数字化部"),
    "d61": ("铜仁朔信集团", "铂信数科", "集团信息化管理部"),
    "d62": ("毕节允维集团", "翔创数科", "集团信息化管理部"),
    "d63": ("楚雄淳盾集团", "璞科数科", "集团信息化管理部"),
    "d64": ("红河朔盾集团", "璟信数科", "集团数字化部"),
    "d65": ("文山珩信集团", "泓盾数科", "集团数字化部"),
    "d66": ("大理淳航集团", "卓创数科", "集团数字化部"),
    "d67": ("德宏泓宇集团", "睿科数科", "集团信息化管理部"),
    "d68": ("绍兴恒衡集团", "澜联数科", "集团科技信息部"),
    "d69": ("金华曦卫集团", "曦信数科", "集团科技信息部"),
    "d70": ("衢州璟盾集团", "淳拓数科", "集团信息化管理部"),
    "d71": ("丽水枫联集团", "霁安数科", "集团科技信息部"),
    "d72": ("舟山霁维集团", "珩安数科", "集团数字化部"),
    "d73": ("芜湖启讯集团", "璞达数科", "集团数字化部"),
    "d74": ("辽源澜安集团", "琨衡数科", "集团科技信息部"),
    "d75": ("铜仁朔信集团", "铂信数科", "集团信息化管理部"),
    "d76": ("大理淳航集团", "卓创数科", "集团数字化部"),
    "d77": ("丽水枫联集团", "霁安数科", "集团科技信息部"),
    "d78": ("四平朔拓集团", "弘宇数科", "集团数字化部"),
    "d79": ("防城港峻盾集团", "曜维数科", "集团数字化部"),
    "d80": ("文山珩信集团", "泓盾数科", "集团数字化部"),
    "d81": ("衢州璟盾集团", "淳拓数科", "集团信息化管理部"),
    "d82": ("巴彦淖尔泓航集团", "泓安数科", "集团信息化管理部"),
    "d83": ("延边翔维集团", "煦衡数科", "集团科技信息部"),
    "d84": ("红河朔盾集团", "璟信数科", "集团数字化部"),
    "d85": ("金华曦卫集团", "曦信数科", "集团科技信息部"),
    "d86": ("呼伦贝尔睿盾集团", "砚讯数科", "集团数字化部"),
    "d87": ("松原恒卫集团", "弘航数科", "集团科技信息部"),
    "d88": ("楚雄淳盾集团", "璞科数科", "集团信息化管理部"),
    "d89": ("绍兴恒衡集团", "澜联数科", "集团科技信息部"),
    "d90": ("芜湖启讯集团", "璞达数科", "集团数字化部"),
    "d91": ("白山允卫集团", "弘卫数科", "集团科技信息部"),
    "d92": ("毕节允维集团", "翔创数科", "集团信息化管理部"),
    "d93": ("德宏泓宇集团", "睿科数科", "集团信息化管理部"),
    "d94": ("舟山霁维集团", "珩安数科", "集团数字化部"),
    "d95": ("辽源澜安集团", "琨衡数科", "集团科技信息部"),
    "d96": ("铜仁朔信集团", "铂信数科", "集团信息化管理部"),
    "d97": ("大理淳航集团", "卓创数科", "集团数字化部"),
    "d98": ("丽水枫联集团", "霁安数科", "集团科技信息部"),
    "d99": ("四平朔拓集团", "弘宇数科", "集团数字化部"),
    "d100": ("防城港峻盾集团", "曜维数科", "集团数字化部"),
    "d101": ("文山珩信集团", "泓盾数科", "集团数字化部"),
    "d102": ("衢州璟盾集团", "淳拓数科", "集团信息化管理部"),
    "d103": ("巴彦淖尔泓航集团", "泓安数科", "集团信息化管理部"),
}

CN_DIGIT = "〇一二三四五六七八九"


def cn_num(n):
    """1..99 in Chinese numerals (第十二条)."""
    if n < 10:
        return CN_DIGIT[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGIT[t]) + "十" + (CN_DIGIT[u] if u else "")


def cn_date_upper(d):
    """The date under a 红头 notice's seal: 二〇二六年三月十五日."""
    return "".join(CN_DIGIT[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def cn(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def iso(d):
    return d.isoformat()


def quarter(d):
    return (d.month - 1) // 3 + 1


def redhead(co, d, seq):
    """The 红头 block: issuer, document number, signer, the red rule; the title follows."""
    return [("big", "%s文件" % co.name),
            ("p", "%s〔%d〕%d号　　　　　　签发人：%s" % (co.abbr, d.year, seq, co.boss)),
            ("p", "━" * 24)]


def seal(co, d):
    return [("p", co.name), ("p", cn_date_upper(d)),
            ("p", "（此件主动公开至公司内网）"),
            ("p", "抄送：%s。" % co.buyer),
            ("p", "%s综合管理部　　%d年%d月%d日印发" % (co.name, d.year, d.month, d.day))]


def doc_no(co, d, seq, kind="ZD"):
    return "%s-YW-%s-%d-%03d" % (co.short, kind, d.year, seq)


def sign_table(co, d, no=None):
    return [("table", [["文件编号", no or "—", "密级", "内部"],
                       ["拟稿", co.p(0), "审核", co.p(1)],
                       ["签发", co.boss, "印发日期", cn(d)]])]


def nar(kind, title, d, record, parts, pre=None, post=None):
    """A narrative document: parts = (heading or None, body, items); body is a string, a
    list of strings and blocks, or one block.  Items come only from the parts written."""
    b = list(pre or []) + [("title", title)]
    items = []
    for head, body, its in parts:
        if head:
            b.append(("h1", head))
        if isinstance(body, tuple):
            body = [body]
        for x in ([body] if isinstance(body, str) else body):
            b.append(x if isinstance(x, tuple) else ("p", x))
        items += its
    b += list(post or [])
    return Doc(kind, title, d, sorted(set(items)), record, b)


def book(kind, title, d, record, sheets, note=None):
    """A workbook: sheets = (name, header, rows, items).  A sheet proves its items only
    when it has data rows; a sheet with only its header (a kind nobody filled in this
    year) proves nothing."""
    out, items = [], []
    if note:
        out.append(("填表说明", [[title]] + [[x] for x in note]))
    for name, head, rows, its in sheets:
        out.append((name, [[title + "—" + name], head] + [list(r) for r in rows]))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


# ------------------------------------------------------------------ 管理办法 (procedures)

# key -> (办法 name, items its text proves, chapters of articles)
D_PROC = {
    "problem": ("信息系统运维问题管理办法", ["20/procedure", "37/procedure"], [
        ("总则", ["为查找运维故障背后的深层原因，防止同类故障反复出现，结合公司实际，制定本办法。",
                "本办法所称问题，是指引发一起或者多起故障、其根源尚未查明的隐患。"]),
        ("职责分工", ["运维服务部是问题管理的归口部门，设问题管理岗，负责问题的登记、跟踪和关闭。",
                    "安全管理部及各系统运维组配合开展根源分析，提出整改建议。"]),
        ("工作程序", ["同一故障一个月内重复发生两次及以上，或者单次故障影响集团生产经营的，应当建立问题单。",
                    "问题管理岗组织技术骨干在五个工作日内完成根源分析，形成已知错误和临时规避办法，录入运维平台。",
                    "解决措施需要调整系统配置的，按照公司变更管理的有关规定办理。",
                    "措施落实后连续观察一个月未再发生的，经部门负责人确认后关闭问题单。"]),
        ("附则", ["本办法由运维服务部负责解释，自印发之日起施行。"])]),
    "change": ("信息系统变更管理办法", ["54/procedure"], [
        ("总则", ["为规范运维过程中技术方案调整和软硬件资源变动，控制变更带来的运行风险，制定本办法。",
                "本办法适用于网络、安全设备、服务器、数据库及应用系统的配置调整、版本升级和资源扩缩容。"]),
        ("变更分类与审批", ["变更分为标准变更、一般变更、重大变更和紧急变更。",
                      "一般变更由运维服务部负责人审批；重大变更提交变更评审小组集体审议，报分管领导批准。",
                      "紧急变更可以先行处置，事后两个工作日内补办审批手续。"]),
        ("变更实施", ["实施前应当完成测试验证，制定回退步骤，并在批准的时间窗口内实施。",
                    "实施完成后由申请人和运维人员共同验证，验证不通过的立即回退。"]),
        ("记录与归档", ["变更的申请、评估、审批、实施、验证和关闭全过程在运维平台留痕，年底整理归档备查。"]),
        ("附则", ["本办法自印发之日起施行，原有规定与本办法不一致的，以本办法为准。"])]),
    "incident": ("信息系统故障及事件管理办法", ["49/incident-procedure"], [
        ("总则", ["为尽快恢复信息系统正常运行，降低故障和事件对集团生产经营的影响，制定本办法。"]),
        ("受理与分级", ["服务台统一受理用户电话报障、监控告警和巡视检查中发现的异常，逐一登记。",
                     "按影响范围和紧急程度分为一级、二级、三级、四级，一级故障十五分钟内响应。"]),
        ("处置与升级", ["一线人员先行处置，三十分钟内不能恢复的升级至二线专家；一级故障同时报告分管领导。",
                     "处置过程中及时向用户通报进展。"]),
        ("关闭与回访", ["故障恢复并经用户确认后关闭，服务台在三个工作日内回访。"]),
        ("附则", ["本办法自印发之日起施行。"])]),
    "request": ("运维服务请求受理管理办法", ["49/request-procedure"], [
        ("总则", ["为规范用户提出的信息安全服务请求的受理和办理，提高服务效率，制定本办法。"]),
        ("请求范围", ["服务请求包括：账号开通与注销、访问权限调整、防火墙访问策略开通、VPN接入、数据恢复申请、安全咨询等。"]),
        ("办理流程", ["用户通过运维平台或者服务台提交请求，服务台登记后按授权清单派单。",
                    "涉及权限和安全策略的请求须经安全管理部审核；办理完毕由用户确认后关闭，全程在平台留痕。"]),
        ("附则", ["本办法自印发之日起施行。"])]),
    "knowledge": ("运维知识库管理办法", ["21/procedure"], [
        ("总则", ["为沉淀运维经验，建立和维护公司运维知识库，缩短故障处置时间，制定本办法。"]),
        ("知识的采集与审核", ["故障处置、问题分析、变更实施完成后，责任人应当在五个工作日内提交知识条目。",
                       "知识管理员对条目的准确性和完整性进行审核，审核通过后发布。"]),
        ("知识的使用与维护", ["知识库对运维人员开放查询，每季度清理过期条目，每年组织一次全面复核。"]),
        ("附则", ["本办法自印发之日起施行。"])]),
    "slm": ("运维服务水平管理办法", ["39/slm-procedure"], [
        ("总则", ["为明确公司向集团各单位提供运维服务的水平，规范服务水平的约定和考核，制定本办法。"]),
        ("服务水平的确定", ["运维服务部根据用户需求编制服务目录，确定各项服务的时限和质量标准。",
                      "服务水平经双方协商一致后签订服务水平协议。"]),
        ("监测与评价", ["每月统计服务水平达成情况，每季度与用户单位共同评价，未达成的项目制定整改措施。",
                    "协议每年复核一次，用户需求变化时及时修订。"]),
        ("附则", ["本办法自印发之日起施行。"])]),
    "improve": ("运维服务持续改进管理办法", ["65/procedure"], [
        ("总则", ["为推动运维服务提质增效，规范改进措施的管理，制定本办法。"]),
        ("改进事项的管理", ["改进事项来源于内部审核、管理评审、用户意见、故障和问题分析、考核指标未达标等。",
                      "改进事项应当登记在改进台账中，经分管领导批准后实施。",
                      "质量管理办公室对改进事项的预期效果进行评估，实施后测量实际效果。",
                      "改进事项的完成情况每季度向公司管理层报告，并作为管理评审的输入。"]),
        ("附则", ["本办法自印发之日起施行。"])]),
    "audit": ("管理体系内部审核管理办法", ["61/audit-system", "62/audit-mechanism"], [
        ("总则", ["为检查公司运维服务管理体系是否符合标准要求并得到有效运行，制定本办法。"]),
        ("审核安排", ["质量管理办公室每年年初编制年度内审方案，全年审核覆盖体系全部要求和全部部门。",
                    "内审员须经培训合格后聘任，不得审核本人所在部门。"]),
        ("审核实施", ["审核按照审核计划、首次会议、现场审核、开具不符合项、末次会议的顺序进行。",
                    "受审核部门在十个工作日内制定纠正措施，质量管理办公室跟踪验证，形成闭环。"]),
        ("附则", ["本办法自印发之日起施行。"])]),
    "monitor": ("运维服务绩效监测与考核办法", ["61/monitoring-process", "62/monitoring-process"], [
        ("总则", ["为掌握运维服务的实际成效，建立服务绩效的监测和考核机制，制定本办法。"]),
        ("监测内容", ["监测内容包括：服务水平协议达成率、用户满意度、投诉与建议、各项运维考核指标。"]),
        ("监测方式", ["运维服务部每月汇总指标数据，质量管理办公室每季度组织用户满意度回访。",
                    "指标未达到目标值的，责任部门应当分析原因并采取纠正预防措施。"]),
        ("附则", ["本办法自印发之日起施行。"])]),
    "incident_sec": ("网络安全事件处置与报告管理办法",
                     ["30/response-process", "30/reporting-process", "31/incident-process",
                      "34/incident-process", "34/emergency-process"], [
        ("总则", ["为及时、有序处置网络安全事件，规范事件报告，减少损失，制定本办法。"]),
        ("事件分类分级", ["网络安全事件分为有害程序事件、网络攻击事件、信息破坏事件、信息内容安全事件、设备设施故障和灾害性事件。",
                      "按影响程度分为特别重大、重大、较大和一般四个级别。"]),
        ("事件报告", ["发现人员应当立即向运维值班员报告，值班员十五分钟内报安全管理部。",
                    "较大及以上事件一小时内书面报告公司领导和集团网信办，事件处置情况每日续报。"]),
        ("事件处置", ["安全管理部组织先期处置，采取隔离、阻断等措施控制事态，查明原因后消除隐患、恢复系统，并验证恢复效果。"]),
        ("应急响应", ["达到应急预案启动条件的，由应急指挥部宣布启动预案，应急工作组按预案分工开展处置；",
                    "事态得到控制、系统恢复正常后，由应急指挥部宣布结束应急响应。"]),
        ("事后总结", ["事件处置结束后五个工作日内形成事件调查报告，分析原因、总结教训，修订相关预案和知识库，并落实责任追究。"])]),
    "training": ("安全培训服务工作细则", ["31/training-process"], [
        ("总则", ["为规范公司向集团各单位提供的网络安全培训服务，制定本细则。"]),
        ("工作流程", ["每年年初调研各单位培训需求，编制年度培训计划；",
                    "培训课件由安全管理部审核后使用，培训现场签到，培训后进行测试；",
                    "培训结束后收集学员评价，评估培训效果，培训资料归档保存。"])]),
    "pentest": ("渗透测试工作规范", ["31/pentest-process"], [
        ("总则", ["为规范渗透测试的授权、实施和报告，防止测试影响生产，制定本规范。"]),
        ("测试流程", ["测试前取得被测单位书面授权，明确测试范围、方式和时间窗口；",
                    "测试按信息收集、漏洞探测、漏洞验证、报告编写、整改复测的步骤进行；",
                    "严禁使用可能造成系统瘫痪或者数据损毁的测试手段。"])]),
    "preventive": ("运维隐患排查与预防措施管理规定", ["66/preventive-actions"], [
        ("总则", ["为消除可能导致不符合的潜在原因，防患于未然，制定本规定。"]),
        ("隐患的发现", ["隐患来源于趋势分析、风险评估、巡视检查和同行业事故通报。"]),
        ("预防措施", ["对识别出的隐患制定预防措施，明确责任人和完成时限，经部门负责人批准后实施；",
                    "措施完成后一个月内由质量管理办公室验证其有效性，验证结果登记在案。"])]),
}


def articles(chapters, start=1):
    """第一章 总则 / 第一条 …: the 办法's body as blocks, articles numbered throughout."""
    b, n = [], start
    for i, (head, arts) in enumerate(chapters, 1):
        b.append(("h2", "第%s章　%s" % (cn_num(i), head)))
        for a in arts:
            b.append(("p", "第%s条　%s" % (cn_num(n), a)))
            n += 1
    return b


def pdca_rules(co):
    """The 体系总则: how the company plans, runs, checks and improves its service."""
    return ("运维服务管理体系总则", ["10/pdca", "61/audit-system"], [
        ("总则", ["为建立系统化的运维服务管理体系，依据相关国家标准和集团管理要求，制定本总则。"]),
        ("管理循环", ["公司运维服务按照“计划、执行、检查、处理”的循环开展管理：",
                    "计划：每年制定运维服务目标、服务目录和年度工作计划；执行：按照各项管理办法提供运维服务；",
                    "检查：通过指标监测、内部审核和管理评审检查服务成效；处理：对发现的问题采取纠正预防措施，纳入下一年度计划。"]),
        ("体系的审核", ["公司每年开展内部审核和管理评审，并接受第三方认证机构的监督审核，确保体系持续有效。"])])


def procedure_doc(co, d, key, seq):
    """A 办法 filed on its own, with its file number and approval table."""
    name, items, chapters = pdca_rules(co) if key == "pdca" else D_PROC[key]
    no = doc_no(co, d, seq)
    b = [("p", "文件编号：%s" % no), ("title", name)] + sign_table(co, d, no) + articles(chapters)
    return Doc("proc:" + key, name, d, items, False, b)


def issue_notice(co, d, seq, keys, bundle=None):
    """关于印发《…》的通知 with the 办法 (or several, a 制度汇编) as its attachments: the
    attachments are the procedures, so the notice proves them."""
    procs = [pdca_rules(co) if k == "pdca" else D_PROC[k] for k in keys]
    if bundle:
        title = "关于印发《%s》的通知" % bundle
    else:
        title = "关于印发《%s》的通知" % procs[0][0]
    lst = [("p", "附件：%s" % ("；".join("%d.%s" % (i, p[0]) for i, p in enumerate(procs, 1))
                             if len(procs) > 1 else procs[0][0]))]
    body = [("p", "公司各部门："),
            ("p", "%s已经公司%d年第%s次总经理办公会审议通过，现予印发，请结合工作实际认真贯彻执行。"
             "执行中发现的问题，请及时反馈运维服务部。" % (
                 "《%s》" % bundle if bundle else "《%s》" % procs[0][0], d.year, cn_num(co.rng.randint(2, 12))))]
    b = redhead(co, d, seq) + [("title", title)] + body + lst + seal(co, d)
    items = []
    for i, (name, its, chapters) in enumerate(procs, 1):
        b += [("break",), ("p", "附件%d" % i if len(procs) > 1 else "附件"), ("h1", name),
              ("p", "文件编号：%s" % doc_no(co, d, seq * 10 + i))] + articles(chapters)
        items += its
    return Doc("notice_procedure", title, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ 需求与设计 (plans, lists)

def survey(co, d, hours=True, types=True):
    parts = [("一、摸排工作开展情况",
              "按照%s工作部署，公司于%d年%d月对%s本部及所属单位开展信息化运维服务需求摸排，"
              "采取座谈、发放调查表和查阅资料相结合的方式，并结合集团“十四五”信息化规划，形成本报告。"
              % (co.buyer, d.year, d.month, co.customer), [])]
    if hours:
        parts.append(("二、各系统服务时段要求", [
            "%s、%s属于生产经营关键系统，要求全年全天候保障，年度结算和迎峰度夏期间安排专人值守；"
            "%s按工作日保障，工作时间以外电话支持。" % (co.sys(0), co.sys(2), co.sys(1)),
            ("table", [["系统", "保障时段", "响应要求", "到场要求"], [co.sys(0), "7×24小时", "15分钟", "1小时"],
                       [co.sys(2), "7×24小时", "30分钟", "2小时"], [co.sys(1), "工作日8:00-17:30", "1小时", "次日"]])],
            ["1/survey"]))
    if types:
        parts.append(("三、安全服务需求分类", [
            "各单位提出的网络安全服务需求归为四类：一是安全设备运行维护；二是漏洞检测和渗透测试；"
            "三是网络安全事件应急处置和重要时期保障；四是等级保护测评配合和人员安全培训。",
            ("table", [["类别", "需求内容", "提出单位数"], ["安全设备运行维护", "防火墙、入侵防御、WAF、堡垒机", 9],
                       ["检测评估", "季度漏洞检测、年度渗透测试", 7], ["应急保障", "事件处置、护网值守", 9],
                       ["合规与培训", "等保测评配合、全员安全培训", 5]])], ["5/survey"]))
    parts.append(("四、下一步工作", "以上需求已与%s沟通确认，作为编制服务目录和签订服务水平协议的依据。" % co.buyer, []))
    return nar("survey", "关于%s信息化运维服务需求摸排情况的报告" % co.group, d, False, parts,
               post=[("p", "%s运维服务部　%s" % (co.name, cn(d)))])


def budget(co, d):
    rows = [[1, "安全设备运行维护", 230, "驻场工程师1人", 1100, 253000, "全年"],
            [2, "巡视检查及健康检查", 36, "高级工程师2人", 1600, 57600, "每季度末月"],
            [3, "漏洞检测与渗透测试", 24, "安全测试人员2人", 2200, 52800, "%d年6月底前" % d.year],
            [4, "重要时期保障", 18, "应急保障组", 1800, 32400, "按集团通知"],
            ["", "合计", 308, "", "", 395800, ""]]
    return book("budget", "%d年度运维服务费用测算表" % d.year, d, False,
                [("费用测算", ["序号", "工作内容", "工作量（人天）", "投入人员", "单价（元/人天）", "金额（元）", "时间节点"],
                  rows, ["2/budget"])], note=["本表用于%d年度运维服务预算申报，报%s审核。" % (d.year, co.buyer),
                                           "测算人：%s　复核：%s" % (co.p(0), co.p(1))])


def meeting_liaison(co, d, agreement=True):
    """运维服务对接会会议纪要: the agreed service (3) and, as a second topic, the agreed
    health-check mode, frequency and content (15)."""
    parts = [(None, ["会议时间：%s上午9:30　会议地点：%s第三会议室" % (cn(d), co.customer),
                     "主持人：%s　参会人员：%s%s、%s；%s%s、%s" % (co.boss, co.buyer, co.cp(0), co.cp(1), co.name, co.p(0), co.p(2))], []),
             ("一、关于%d年度运维服务内容" % d.year,
              ["会议听取了公司关于%d年度运维服务安排的汇报。经讨论，双方一致同意：" % d.year,
               "（一）服务范围为集团数据中心网络、安全设备和%s等%d个系统；" % (co.sys(0), 3),
               "（二）公司派驻工程师1名常驻集团本部，节假日远程值守；",
               "（三）每月5日前报送上月运维情况。",
               "以上事项双方达成一致，由公司据此编制服务方案。"], ["3/communication"])]
    if agreement:
        parts.append(("二、关于健康检查的安排",
                      ["健康检查每季度开展一次，迎峰度夏、重要会议等重要时期前加开一次专项检查；重要时期采用现场检查，"
                       "其余采用远程检查；检查内容包括安全设备和业务系统的可用性、连续运行情况、配置和容量，"
                       "检查结束后五个工作日内提交检查报告。"], ["15/agreement"]))
    parts.append(("三、其他事项", "会议还通报了集团本部办公楼弱电改造安排。", []))
    return nar("meeting_liaison", "运维服务对接会会议纪要", d, False, parts,
               post=[("p", "出席确认：%s（%s）　%s（%s）" % (co.cp(0), co.buyer, co.p(0), co.name)),
                     ("p", "记录：%s" % co.p(5))])


def history_list(co, d):
    rows = [[i, n, s, "%d年1月—12月" % (d.year - 1), co.rng.randint(60, 3000), dep] for i, (n, s, dep) in enumerate(
        [("故障及事件工单", "运维平台", "运维服务部"), ("变更审批单", "运维平台", "运维服务部"),
         ("监控告警记录", "监控平台", "运维服务部"), ("安全设备日志", "日志审计系统", "安全管理部"),
         ("巡视检查记录", "共享盘", "运维服务部"), ("用户满意度测评表", "共享盘", "质量管理办公室")], 1)]
    return book("history_list", "运维历史数据台账", d, False,
                [("数据台账", ["序号", "数据名称", "来源", "时间范围", "条数", "保管部门"], rows, ["4/history-list"])])


def history_analysis(co, d):
    py = d.year - 1
    return nar("history_analysis", "%d年度运维历史数据分析报告" % py, d, False, [
        (None, "编制部门：运维服务部　编制日期：%s" % cn(d), []),
        ("一、考核指标完成情况", "%d年集团核心系统可用率99.96%%，超过协议约定的99.9%%；故障按时处置率96.8%%，同比提高2.1个百分点。" % py, ["4/analysis"]),
        ("二、违规操作", "全年发现违规操作5起：未经审批修改安全策略2起、使用共享账号登录服务器3起，均已通报整改。", []),
        ("三、重大故障", "%d年7月机房空调故障导致%s停运37分钟，为全年唯一一起重大故障。" % (py, co.sys(1)), []),
        ("四、失败变更", "全年变更412次，失败3次，均已回退，主要原因是测试环境与生产环境不一致。", []),
        ("五、工作建议", "加强变更前测试，补齐监控盲区。", [])])


def ops_strategy(co, d):
    return nar("ops_strategy", "%d年运维保障工作方案" % d.year, d, False, [
        ("一、编制依据", "依据《%d年度运维历史数据分析报告》提出的问题和建议，制定本方案。" % (d.year - 1), []),
        ("二、保障策略", ["（一）变更前必须在测试环境验证并准备回退步骤；（二）监控覆盖全部生产设备；（三）重要时期实行驻场保障。"], ["4/strategy"]),
        ("三、工作安排", ("table", [["措施", "责任人", "完成时限"], ["建立变更测试检查表", co.p(0), "3月底"],
                                   ["补齐监控项", co.p(2), "5月底"], ["重要时期驻场排班", co.p(1), "按集团通知"]]), [])],
        pre=[("p", "文件编号：%s" % doc_no(co, d, 21, "FA"))])


def avail_kpis(co, d):
    rows = [["综合指标", "生产系统综合可用率", "全部生产系统", "≥99.9%", "月度"],
            ["综合指标", "重大故障次数", "全部生产系统", "0次", "年度"],
            ["单系统指标", "%s可用率" % co.sys(0), co.sys(0), "≥99.99%", "月度"],
            ["单系统指标", "%s故障平均恢复时长" % co.sys(2), co.sys(2), "≤30分钟", "月度"]]
    return book("avail_kpis", "信息系统可用性指标体系", d, False,
                [("指标", ["指标类型", "指标名称", "适用对象", "目标值", "考核周期"], rows, ["6/availability-kpis"])])


def service_analysis(co, d, automation=True):
    parts = [("一、以往服务方案回顾", "梳理%d年为集团实施的运维服务方案27项，包括安全策略优化、系统加固、版本升级等。" % (d.year - 1), []),
             ("二、对生产运行的影响", "其中2项在实施中造成业务短时中断（最长9分钟），均在批准的时间窗口内完成，未造成生产事故。",
              ["7/impact-analysis"])]
    if automation:
        parts += [("三、安全事件处置效率", "全年处置安全事件96起，平均处置时长4.1小时，弱口令告警、病毒告警等重复性事件占比58%。", []),
                  ("四、可实行自动化的服务", "建议对弱口令核查、病毒库版本核对、日志采集完整性检查和巡视检查报告生成实行自动化处理。",
                   ["7/automation"])]
    return nar("service_analysis", "运维服务方案实施情况及生产影响分析", d, True, parts)


def sld_ola(co, d):
    return nar("sld_ola", "运维服务水平设计及内部支撑协议", d, False, [
        ("一、对外服务水平设计", "公司与安全服务供应商%s约定：一级故障15分钟响应、2小时恢复；二级故障30分钟响应、8小时恢复；"
                        "三级故障4小时响应、2个工作日解决。" % co.vendor, ["8/sld"]),
        ("二、内部支撑协议", ["运维服务部、安全管理部、网络组之间的支撑时限：一级故障15分钟内接手、2小时恢复；二级30分钟接手、8小时恢复；三级4小时接手。",
                       "内部支撑时限与对供应商的服务水平设计保持一致，每半年对照检查一次。"], ["8/ola"])],
        pre=[("p", "文件编号：%s" % doc_no(co, d, 4, "XY"))])


def org_notice(co, d, seq):
    """关于调整网络安全工作领导小组及工作机构的通知: the security organisation, with the
    supplier's staff in the executive group."""
    return nar("org_chart", "关于调整网络安全工作领导小组及工作机构的通知", d, False, [
        (None, "公司各部门：因人员变动，经研究，决定对公司网络安全工作领导小组及工作机构进行调整，现将有关事项通知如下：", []),
        ("一、网络安全工作领导小组", "组长：%s（总经理）；副组长：%s；成员：各部门负责人。领导小组负责网络安全和运维服务重大事项决策。" % (co.boss, co.p(1)), []),
        ("二、安全管理组", "组长：%s。负责制度建设、内部审核、风险评估。" % co.p(3), []),
        ("三、运维执行组", ["由运维服务部工程师和安全服务供应商%s派驻人员组成，负责日常运维、巡视检查和应急处置。" % co.vendor,
                     ("table", [["机构", "职务", "姓名", "单位"], ["领导小组", "组长", co.boss, co.name],
                                ["安全管理组", "组长", co.p(3), co.name], ["运维执行组", "驻场工程师", co.p(4), co.name],
                                ["运维执行组", "外包运维工程师", co.vp(0), co.vendor]])],
         ["9/org-chart", "9/outsourcing", "23/org-chart"])],
        pre=redhead(co, d, seq), post=seal(co, d))


def staff_list(co, d):
    rows = [[i + 1, co.p(i), ["项目负责人", "安全工程师", "驻场工程师", "网络工程师", "服务台"][i], co.name, "CISP"] for i in range(5)]
    rows += [[6, co.vp(0), "外包运维工程师", co.vendor, "CCNP"], [7, co.vp(1), "外包安全工程师", co.vendor, "CISP-PTE"]]
    return book("staff_list", "运维人员花名册", d, True,
                [("花名册", ["序号", "姓名", "岗位", "单位", "持证情况"], rows, ["9/staff-list", "9/outsourcing"])])


def role_list(co, d):
    rows = [["服务经理", "服务水平管理、用户沟通", "安全管理组", co.p(0)], ["安全工程师", "漏洞检测、渗透测试、事件处置", "运维执行组", co.p(1)],
            ["运维工程师", "安全设备维护、巡视检查", "运维执行组", co.p(2)], ["服务台", "受理报障和请求、派单", "运维执行组", co.p(4)],
            ["配置管理员", "配置台账维护", "安全管理组", co.p(3)], ["审计员", "日志审计、内部审核", "安全管理组", co.p(5)]]
    return book("role_list", "运维岗位职责一览表", d, False,
                [("岗位职责", ["岗位", "主要职责", "所属机构", "人员"], rows, ["18/roles", "23/roles"])])


def appointment(co, d, seq):
    return nar("interface_person", "关于明确网络安全管理联络人的通知", d, False, [
        (None, ["公司各部门：", "为做好与集团网信办、属地公安机关和各用户单位的网络安全工作对接，经研究，明确%s同志为公司网络安全管理联络人，"
                "负责网络安全事件通报、安全检查配合和安全管理文件的接收与传达；%s同志为B角。" % (co.p(3), co.p(1))],
         ["28/interface-person"])], pre=redhead(co, d, seq), post=seal(co, d))


def desk_notice(co, d, seq):
    return nar("service_desk", "关于设立运维服务台的通知", d, False, [
        (None, ["公司各部门：",
                "为统一受理集团各单位的故障报告和服务请求，公司设立运维服务台，归口运维服务部管理。",
                "服务台实行7×24小时值守，受理电话、邮件和运维平台工单，负责登记、初步处理、派单、跟踪和回访。",
                "服务热线：400-%03d-%04d；服务台人员：%s、%s。" % (co.rng.randint(100, 999), co.rng.randint(0, 9999), co.p(4), co.p(5))],
         ["48/service-desk"])], pre=redhead(co, d, seq), post=seal(co, d))


def catalog(co, d, parts=("basic", "level2", "level1")):
    secs = {"basic": (["12/catalog"], [("系统初始化服务", "资产梳理、配置信息采集、运维流程导入"),
                                       ("安全设备运行维护", "防火墙、入侵防御、WAF、堡垒机的日常维护和版本升级"),
                                       ("日常巡视检查", "每日检查设备运行状态、告警和病毒库"),
                                       ("健康检查", "每季度对安全设备和业务系统进行健康检查"),
                                       ("安全审计", "网络和安全设备、服务器及应用日志审计")]),
            "level2": (["19/catalog"], [("运行监控与分析", "全天候监控和月度趋势分析"),
                                        ("终端安全监控", "终端防病毒、准入控制和违规外联监控"),
                                        ("等级保护合规运维", "按照等级保护要求开展合规检查和整改")]),
            "level1": (["26/catalog"], [("安全通告与漏洞分析", "收集分析漏洞、病毒和厂商通告"),
                                        ("应急响应", "全天候应急响应，重大事件2小时到场")])}
    rows, items = [["序号", "服务项目", "服务内容", "交付成果"]], ["29/catalog"]
    for p in parts:
        its, entries = secs[p]
        items += its
        for n, c in entries:
            rows.append([len(rows), n, c, "服务记录或报告"])
    doc = nar("catalog", "运维服务目录（%d年版）" % d.year, d, False,
              [(None, ["本目录列明公司向集团各单位提供的运维服务项目。", ("table", rows)], items)],
              pre=[("p", "文件编号：%s" % doc_no(co, d, 2, "ML"))])
    return doc


def baseline(co, d):
    rows = [["账号口令", "口令长度和复杂度", "不少于8位，包含大小写字母、数字和特殊字符", "全部服务器"],
            ["账号口令", "登录失败处理", "连续5次失败锁定30分钟", "全部服务器"],
            ["服务端口", "高危端口", "关闭telnet、ftp等明文协议", "全部服务器"],
            ["日志", "日志外发", "通过syslog发送至日志审计系统", "网络和安全设备"]]
    return book("baseline", "安全配置基线", d, False,
                [("基线", ["类别", "检查项", "基线要求", "适用对象"], rows, ["25/baseline"])])


def test_plan(co, d, rollback=True):
    parts = [("一、测试范围", "%s升级改造涉及的网络、服务器、数据库和应用。" % co.sys(1), []),
             ("二、测试内容", "改造前在测试环境完成功能、性能和安全测试，并验证与原系统的网络、系统和应用兼容性。", ["25/test-plan"]),
             ("三、进度安排", "第一周搭建环境，第二周功能测试，第三周性能和安全测试。", [])]
    if rollback:
        parts.append(("四、回退措施", "割接前完整备份配置和数据；割接失败时30分钟内切回原系统，回退步骤已在测试环境演练。",
                      ["25/rollback", "11/rollback"]))
    return nar("test_plan", "%s升级改造测试方案" % co.sys(1), d, False, parts,
               pre=[("p", "文件编号：%s" % doc_no(co, d, 7, "FA"))])


def req_analysis(co, d):
    return nar("req_analysis", "网络安全防护能力提升项目需求确认单", d, True, [
        (None, ["项目名称：%s网络安全防护能力提升项目　日期：%s" % (co.customer, cn(d)),
                ("table", [["需求类别", "需求内容", "用户确认"], ["功能", "支持应用识别、访问控制和入侵防御", "已确认"],
                           ["性能", "吞吐量不低于10Gbps，新建连接不低于20万/秒", "已确认"],
                           ["安全", "满足等级保护三级要求，双机热备", "已确认"]]),
                "用户单位签字：%s" % co.cp(0)], ["11/requirements"])])


def compat_report(co, d):
    return nar("compat_report", "系统改造兼容性验证报告", d, True, [
        (None, ["验证日期：%s" % cn(d),
                ("table", [["验证项目", "验证内容", "结论"], ["网络兼容", "新设备与现网VLAN、路由协议对接", "通过"],
                           ["系统兼容", "新版操作系统与原有中间件", "通过"], ["应用兼容", "%s客户端访问" % co.sys(0), "通过"]]),
                "结论：改造后与原系统兼容。验证人：%s" % co.p(1)], ["11/compatibility"])])


def construction_manual(co, d):
    return nar("construction_manual", "网络安全项目实施手册", d, False, [
        ("一、项目组织", "项目负责人、实施工程师、测试工程师，实行项目负责人负责制。", ["11/manuals"]),
        ("二、实施准备", "现场勘察、设备到货验收、割接方案评审。", []),
        ("三、实施步骤", "设备上架加电、基础配置、策略迁移、联调测试、割接上线、试运行、竣工验收。", []),
        ("四、安全要求", "实施期间未经批准不得调整生产配置。", [])],
        pre=[("p", "文件编号：%s" % doc_no(co, d, 11, "SC"))])


def work_instruction(co, d, module, seq):
    steps = {"防火墙维护": ["检查双机状态和会话数", "导出配置与基线比对", "清理过期策略"],
             "漏洞检测": ["确认授权和检测时间", "配置检测策略并执行", "复核高危漏洞，出具报告"],
             "日志审计": ["检查日志源接入情况", "按审计规则生成报表", "研判异常事件"],
             "巡视检查": ["按检查表逐项检查设备", "记录CPU、内存、告警", "发现异常提交故障单"]}[module]
    return nar("work_instruction", "%s作业指导书" % module, d, False, [
        ("一、适用范围", "适用于运维项目中%s工作的现场作业。" % module, ["24/work-instructions", "11/manuals"]),
        ("二、作业步骤", ["%d. %s" % (i, s) for i, s in enumerate(steps, 1)], []),
        ("三、注意事项", "作业前确认已办理审批，作业后填写相应记录。", [])],
        pre=[("p", "文件编号：%s" % doc_no(co, d, seq, "ZY"))])


def avail_plan(co, d):
    return nar("avail_plan", "%d年信息系统可用性保障工作方案" % d.year, d, False, [
        ("一、工作目标", "%s可用率不低于99.99%%，其他生产系统不低于99.9%%。" % co.sys(0), ["18/availability-plan", "22/plan"]),
        ("二、保障措施", "双机热备、链路冗余、定期切换、容量监控。", []),
        ("三、可用性监测与报告", "监控平台记录全部中断类可用性事件，每月报告可用性执行情况并提出改进措施。", [])])


def pentest_plan(co, d):
    return nar("pentest_plan", "%d年度渗透测试工作计划" % d.year, d, False, [
        (None, [("table", [["季度", "测试对象", "方式", "负责人"], ["一季度", "集团门户网站", "黑盒", co.p(1)],
                           ["二季度", co.sys(0), "灰盒", co.p(1)], ["三季度", "移动办公APP", "灰盒", co.p(5)],
                           ["四季度", "内网核心区", "白盒", co.p(1)]]),
                "每次测试前取得被测单位书面授权，测试结束十个工作日内提交报告。"], ["31/pentest-plan", "32/pentest-plan"])])


def dev_plan(co, d):
    return nar("dev_plan", "安全运维工具研发工作计划", d, False, [
        (None, ["根据集团各单位要求和公司技术能力，计划研发以下安全工具：",
                ("table", [["工具名称", "用途", "计划完成时间", "负责人"], ["巡视检查报告自动生成工具", "汇总设备检查数据", "%d年6月" % d.year, co.p(2)],
                           ["弱口令批量核查脚本", "核查服务器弱口令", "%d年9月" % d.year, co.p(1)]])], ["33/dev-plan"])])


def sla(co, d, modes=True, kpis=True, health=False):
    parts = [(None, "甲方：%s　乙方：%s　协议编号：%s" % (co.customer, co.name, doc_no(co, d, 1, "XY")), ["39/sla"]),
             ("第一条　服务范围", "乙方为甲方数据中心网络、安全设备及%s等系统提供运维服务。" % co.sys(0), [])]
    if modes:
        parts.append(("第二条　服务方式", "乙方采取驻场值守、定期巡视检查和远程值守相结合的方式：工作日派驻1名工程师；每月巡视检查一次；"
                                     "工作时间以外由乙方监控中心远程值守。", ["35/sla"]))
    if kpis:
        parts.append(("第三条　服务水平", ("table", [["指标", "承诺值"], ["核心系统可用率", "≥99.9%"], ["一级故障响应时间", "15分钟"],
                                                  ["一级故障恢复时间", "4小时"], ["用户满意度", "≥90分"]]), ["36/sla"]))
    if health:
        parts.append(("第四条　健康检查", "乙方每季度开展一次健康检查，以现场检查为主、远程检查为辅，检查后提交报告。", ["15/agreement"]))
    parts.append(("第五条　协议期限", ["本协议自%s起生效，有效期一年。" % cn(d), "甲方（盖章）：%s　乙方（盖章）：%s" % (co.customer, co.name)], []))
    return nar("sla", "信息系统运维服务水平协议", d, False, parts)


def emergency_plan(co, d, seq, strategy=True, recovery=False, notice=True):
    """网络安全突发事件应急预案, issued by a notice (the plan is the attachment)."""
    name = "网络安全突发事件应急预案"
    b = [("p", "总则：为建立健全网络安全突发事件应急工作机制，保障集团信息系统连续稳定运行，制定本预案。"),
         ("h2", "组织指挥体系"), ("p", "成立应急指挥部，总指挥%s；下设应急工作组，由运维服务部、安全管理部人员组成。" % co.boss),
         ("h2", "事件分级和响应"), ("p", "Ⅰ级事件15分钟内响应、30分钟内到达现场；Ⅱ级事件30分钟内响应。"),
         ("h2", "处置流程"), ("p", "信息报告、研判定级、启动响应、应急处置、恢复运行、总结评估。")]
    items = ["36/emergency-plan", "53/emergency-plan"]
    if strategy:
        b += [("h2", "恢复策略"), ("p", "核心系统恢复时间目标不超过2小时、数据丢失不超过15分钟，采用同城灾备切换；其他系统从备份恢复。")]
        items.append("55/plan")
    if recovery:
        b += [("h2", "系统恢复计划"), ("p", "按网络、数据库、应用的顺序逐系统恢复，各系统恢复步骤见本预案附表。")]
        items.append("36/recovery-plan")
    if notice:
        t = "关于印发《%s》的通知" % name
        pre = redhead(co, d, seq) + [("title", t), ("p", "公司各部门："),
                                     ("p", "现将修订后的《%s》印发给你们，请认真组织学习，抓好贯彻落实。" % name),
                                     ("p", "附件：%s" % name)] + seal(co, d) + [("break",), ("p", "附件"), ("h1", name)]
        return Doc("emergency_plan", t, d, items, False, pre + b)
    return Doc("emergency_plan", name, d, items, False, [("title", name)] + sign_table(co, d, doc_no(co, d, 3, "YA")) + b)


def recovery_plan(co, d):
    return nar("recovery_plan", "信息系统灾难恢复预案", d, False, [
        ("一、恢复目标", "%s恢复时间目标2小时，恢复点目标15分钟。" % co.sys(0), ["36/recovery-plan"]),
        ("二、恢复资源", "同城灾备中心，每日全量备份和实时日志备份。", []),
        ("三、恢复步骤", "宣布灾难、切换网络、恢复数据库、启动应用、业务验证、回切。", [])],
        pre=[("p", "文件编号：%s" % doc_no(co, d, 5, "YA"))])


def bcp(co, d):
    return nar("bcp", "业务连续性保障方案", d, False, [
        ("一、业务影响分析", "关键业务为%s、%s，最长可容忍中断时间4小时。" % (co.sys(0), co.sys(2)), ["42/bcp"]),
        ("二、应急和恢复机制", "本方案由网络安全突发事件应急预案和信息系统灾难恢复预案支撑。", []),
        ("三、演练和维护", "每年至少演练一次，每年评审修订。", [])], pre=sign_table(co, d, doc_no(co, d, 6, "FA")))


def grading_criteria(co, d):
    return nar("grading_criteria", "信息系统安全保护等级划分标准", d, False, [
        (None, ["参照GB/T 22240，按照业务信息和系统服务遭到破坏后侵害的客体和程度确定等级。",
                ("table", [["侵害客体", "一般损害", "严重损害", "特别严重损害"], ["公民、法人和其他组织的合法权益", "第一级", "第二级", "第三级"],
                           ["社会秩序、公共利益", "第二级", "第三级", "第四级"]])], ["51/grading-criteria"])],
        pre=[("p", "文件编号：%s" % doc_no(co, d, 9, "BZ"))])


# ------------------------------------------------------------------ 台账 and records

def asset_list(co, d):
    rows = []
    for i, (a, n, m, f, port) in enumerate([("FW", "防火墙", "华为USG6680", "边界访问控制", "GE1/0/1—核心交换机"),
                                            ("IPS", "入侵防御", "天融信TopIDP", "入侵检测阻断", "GE0/2—出口"),
                                            ("WAF", "Web应用防火墙", "安恒明御WAF", "网站防护", "旁路"),
                                            ("SW", "核心交换机", "H3C S10508", "数据交换", "上联FW"),
                                            ("SRV", "应用服务器", "浪潮NF5280", co.sys(0), "Bond0—SW")], 1):
        rows.append(["%s-%s-%02d" % (co.short, a, i), n, "网络安全设备" if a != "SRV" else "服务器", m, f,
                     "%s数据中心%d号机柜" % (co.city, i), port, "生产区", ["重要", "重要", "一般", "重要", "重要"][i - 1],
                     "双机热备" if i < 3 else "冷备", "版本V%d.%d" % (co.rng.randint(5, 9), co.rng.randint(0, 9))])
    return book("asset_list", "信息资产台账", d, True, [
        ("资产台账", ["资产编号", "资产名称", "类别", "型号", "用途", "安装位置", "端口连接", "部署区域", "重要程度", "防护措施", "软件版本"],
         rows, ["13/asset-list", "43/asset-list"])])


def cmdb(co, d, relations=True):
    head = ["配置项编号", "名称", "类别", "版本", "责任人", "密级", "访问权限", "完整性校验", "备份"]
    if relations:
        head += ["上级配置项", "下级配置项"]
    rows = []
    for i, (n, t) in enumerate([("防火墙安全策略", "安全配置"), ("入侵防御特征库", "安全配置"), ("%s参数配置" % co.sys(0), "应用配置"),
                                ("数据库参数", "数据库配置"), ("堡垒机账号策略", "安全配置")], 1):
        r = ["PZ-%04d" % (200 + i), n, t, "v%d.%d" % (co.rng.randint(1, 4), co.rng.randint(0, 9)), co.p(i % 5),
             ["秘密", "内部", "秘密", "秘密", "内部"][i - 1], "仅配置管理员可修改", "SHA256校验", "每日异地备份"]
        if relations:
            r += ["PZ-%04d" % (200 + i - 1) if i > 1 else "—", "PZ-%04d" % (200 + i + 1) if i < 5 else "—"]
        rows.append(r)
    return book("cmdb", "配置管理台账", d, True,
                [("配置项", head, rows, ["27/cmdb"] + (["38/cmdb-relations"] if relations else []))])


def ci_updates(co, d):
    rows = [[iso(d - timedelta(days=23 * i)), "PZ-%04d" % (201 + i), ["新增访问策略", "特征库升级", "参数调整", "账号清理"][i],
             "变更单BG-%d%03d" % (d.year, 30 + i), co.p(2), co.p(3)] for i in range(4)]
    return book("ci_updates", "配置项变动登记表", d, True,
                [("变动登记", ["日期", "配置项", "变动内容", "依据", "经办人", "复核人"], rows, ["43/ci-updates"])])


def ops_ledger(co, d, filled):
    """【运维服务部】安全设备运维台账: one sheet per record kind; the kinds this company did
    not fill in this year keep only their header and prove nothing."""
    days = [d - timedelta(days=9 * i) for i in range(6)]
    r = co.rng
    data = {
        "日常维护": (["日期", "设备", "维护内容", "结果", "维护人"],
                 [[iso(x), r.choice(["防火墙", "入侵防御", "WAF"]), "清理日志、核对策略命中、设备除尘", "正常", co.p(2)] for x in days],
                 ["14/maintenance", "44/maintenance"]),
        "状态检查": (["日期", "设备", "CPU", "内存", "会话数", "告警", "检查人"],
                 [[iso(x), "FW-01", "%d%%" % r.randint(10, 40), "%d%%" % r.randint(30, 60), r.randint(20000, 90000), "无", co.p(2)] for x in days],
                 ["14/maintenance", "44/inspection"]),
        "定期查杀": (["日期", "范围", "病毒库版本", "查杀结果", "防病毒网关", "执行人"],
                 [[iso(x), "服务器及终端", "%d.%02d%02d" % (x.year, x.month, x.day), r.choice(["未发现病毒", "清除木马1个"]), "运行正常", co.p(4)] for x in days[:3]],
                 ["14/maintenance", "44/virus-scan", "45/antivirus"]),
        "故障处理": (["日期", "设备", "故障现象", "排查过程", "处理结果", "恢复用时"],
                 [[iso(days[1]), "IPS-02", "电源告警", "检测电源模块输出异常", "更换电源模块", "40分钟"],
                  [iso(days[4]), "WAF-03", "业务口丢包", "逐段测试定位光模块", "更换光模块", "25分钟"]],
                 ["14/maintenance", "44/faults"]),
        "硬件故障统计": (["月份", "电源", "风扇", "硬盘", "光模块", "合计"],
                   [["%d月" % m, r.randint(0, 1), r.randint(0, 1), 0, r.randint(0, 2), ""] for m in range(1, d.month + 1, 3)],
                   ["14/hardware-faults", "44/faults"]),
        "版本升级": (["日期", "设备", "升级前版本", "升级后版本", "验证"],
                 [[iso(days[2]), "FW-01", "V600R007C00", "V600R007C20", "通过"]],
                 ["14/maintenance", "44/upgrades"]),
    }
    sheets = [(n, h, rows if n in filled else [], its) for n, (h, rows, its) in data.items()]
    return book("ops_ledger", "%d年安全设备运维台账" % d.year, d, True, sheets,
                note=["各运维组每周五前更新本台账。", "无内容的工作表保留表头，不得删除。"])


def inspection_month(co, d, antivirus):
    """【运维部】N月巡检记录: the month's weekly checks, one sheet per week (the last ones of
    the month may still be empty)."""
    head = ["检查时间", "设备", "运行状态", "CPU", "内存", "告警"] + (["病毒库版本", "防病毒客户端在线率", "定期查杀结果"] if antivirus else []) + ["检查人"]
    sheets = []
    for w in range(1, 5):
        x = date(d.year, d.month, min(28, 7 * w - 2))
        rows = []
        if x <= d:
            for dev in ["FW-01", "IPS-02", "WAF-03"]:
                row = ["%s 09:30" % iso(x), dev, "正常", "%d%%" % co.rng.randint(10, 45), "%d%%" % co.rng.randint(30, 60), "无"]
                if antivirus:
                    row += ["%d.%02d%02d" % (x.year, x.month, x.day), "%d.%d%%" % (co.rng.randint(96, 99), co.rng.randint(0, 9)),
                            "全盘查杀完成，未发现病毒" if w % 2 else "已查杀，清除木马1个"]
                rows.append(row + [co.p(2)])
        its = ["44/inspection", "45/monitoring", "14/maintenance"] + (["45/antivirus", "44/virus-scan"] if antivirus else [])
        sheets.append(("第%d周" % w, head, rows, its))
    return book("inspection", "【运维部】%d月巡检记录" % d.month, d, True, sheets)


def health_report(co, d, collection=False):
    parts = [(None, "检查方式：%s　检查时间：%s　检查人：%s" % (co.rng.choice(["现场检查", "远程检查"]), cn(d), co.p(1)), []),
             ("一、检查对象", "防火墙、入侵防御、WAF、堡垒机以及%s、%s。" % (co.sys(0), co.sys(2)), []),
             ("二、可用性和连续运行情况",
              ("table", [["对象", "可用率", "连续运行时长", "冗余状态", "结论"], ["防火墙", "100%", "203天", "主备正常", "良好"],
                         [co.sys(0), "99.98%", "88天", "双活", "良好"], [co.sys(2), "99.93%", "41天", "单机", "需关注"]]),
              ["15/records", "46/records", "14/maintenance", "44/inspection"])]
    if collection:
        parts.append(("三、运行信息采集", ["导出防火墙、交换机运行配置，与基线比对发现差异2项；",
                                      "出口流量峰值760Mbps、均值290Mbps，未见异常流量；",
                                      "各设备CPU、内存、磁盘和会话数均在阈值以内。"], ["16/config", "16/traffic", "16/status"]))
    parts.append(("四、意见建议", "建议%s增加冗余节点。" % co.sys(2), []))
    return nar("health_report", "%d年第%s季度信息系统健康检查报告" % (d.year, cn_num(quarter(d))), d, True, parts)


def collection(co, d):
    rows = [[iso(d - timedelta(days=30 * i)), co.rng.choice(["FW-01", "核心交换机", "WAF-03"]), "已导出，与基线比对",
             "峰值%dMbps" % co.rng.randint(300, 900), "CPU %d%%，内存 %d%%" % (co.rng.randint(10, 50), co.rng.randint(30, 70)), co.p(2)]
            for i in range(5)]
    return book("collection", "运行信息采集登记表", d, True,
                [("采集登记", ["采集日期", "对象", "配置", "流量", "运行状态", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def log_analysis(co, d):
    return nar("log_analysis", "%d年第%s季度网络安全日志审计报告" % (d.year, cn_num(quarter(d))), d, True, [
        (None, "审计日期：%s　审计人：%s" % (cn(d), co.p(5)), []),
        ("一、网络和安全设备日志", "汇集防火墙、入侵防御、WAF日志约9800万条，发现扫描探测源地址29个，已封堵。", []),
        ("二、服务器和操作系统日志", "审计服务器登录日志，发现登录失败集中出现2次，经核实为运维人员输错口令。", []),
        ("三、应用日志", "%s应用日志中有SQL注入尝试167次，均被WAF拦截。" % co.sys(0), []),
        ("四、审计结论", "本季度未发现成功入侵，建议继续治理弱口令。", ["17/log-analysis", "45/audit-report", "47/audit"])])


def monthly_minutes(co, d, analysis=True):
    """运维服务月度例会纪要: this month's security-event statistics (18) with their analysis."""
    rows = [["类别", "本月", "本年累计"], ["有害程序事件", co.rng.randint(0, 5), co.rng.randint(10, 40)],
            ["网络攻击事件", co.rng.randint(1, 9), co.rng.randint(20, 70)], ["信息破坏事件", 0, co.rng.randint(0, 3)],
            ["设备设施故障", 1, co.rng.randint(5, 12)]]
    parts = [(None, "时间：%s　地点：运维服务部会议室　主持：%s" % (cn(d), co.p(0)), []),
             ("一、本月网络安全事件统计", ("table", rows), ["18/incident-stats"])]
    if analysis:
        parts.append(("二、事件分析", "网络攻击类事件占比最高，主要为扫描探测和暴力破解；有害程序事件集中在办公终端，会议要求加强移动存储介质管控。",
                      ["18/incident-analysis"]))
    parts.append(("三、其他事项", "布置下月巡视检查和重要时期保障工作。", []))
    return nar("monthly_minutes", "运维服务月度例会纪要（%d年%d月）" % (d.year, d.month), d, True, parts)


def avail_events(co, d):
    rows = [[iso(d - timedelta(days=31 * i)), co.sys(i % 3), "服务中断", "%d分钟" % co.rng.randint(2, 40),
             co.rng.choice(["链路抖动", "数据库锁等待", "主机宕机"]), "已恢复"] for i in range(5)]
    return book("avail_events", "可用性事件登记表", d, True,
                [("登记表", ["日期", "系统", "事件", "中断时长", "原因", "处置"], rows,
                  ["18/availability-events", "22/events", "43/process-records"])])


def quarter_report(co, d, qn, data=False, avail=False, forecast=False):
    """N年第X季度运维服务报告, written after the quarter (qn 0: the year's 运维工作总结):
    monitoring trends, and as it happens the KPI data, availability and a forecast."""
    t = ("%d年度运维工作总结" % d.year) if not qn else "%d年第%s季度运维服务报告" % (d.year, cn_num(qn))
    m = 3 * qn if qn else d.month
    parts = [(None, "报告日期：%s　编制：运维服务部" % cn(d), []),
             ("一、运行监控指标趋势", [("table", [["指标", "%d月" % max(1, m - 2), "%d月" % max(1, m - 1), "%d月" % m, "走势"],
                                             ["CPU峰值", "58%", "63%", "69%", "上升"], ["告警条数", 402, 371, 344, "下降"],
                                             ["出口带宽峰值(Mbps)", 710, 745, 790, "上升"]]),
                                  "带宽和CPU持续走高，预计两个月后达到扩容阈值。"], ["50/monitoring-report"])]
    if data:
        parts.append(("二、运维考核指标", ("table", [["指标", "本期"], ["异常报告及时率", "98%"], ["异常漏报率", "0.4%"],
                                              ["维护作业计划的及时完成率", "97%"], ["故障隐患发现率", "91%"], ["异常主动发现率", "87%"],
                                              ["问题解决率", "95%"], ["漏洞扫描覆盖率", "100%"], ["加固设备覆盖率", "95%"],
                                              ["安全补丁安装及时率", "92%"], ["安全事件次数", 6]]), ["56/data"]))
    if avail:
        parts.append(("三、可用性情况", "%s本期可用率99.996%%，%s可用率99.91%%，均达到目标。" % (co.sys(0), co.sys(2)),
                      ["18/availability-report", "22/report"]))
    if forecast:
        parts.append(("四、数据汇总与服务预测", "汇总日志、变更、故障、服务请求和问题数据：故障同比下降16%，服务请求增长23%，变更集中在月末。"
                                         "预计明年服务请求继续增长，需充实服务台力量并推广自助服务。", ["71/forecast"]))
    return nar("quarter_report", t, d, True, parts)


def avail_report(co, d):
    return nar("avail_report", "%d年%d月信息系统可用性分析" % (d.year, d.month), d, True, [
        (None, [("table", [["系统", "目标", "实际可用率", "中断次数", "是否达标"], [co.sys(0), "99.99%", "99.995%", 1, "是"],
                           [co.sys(2), "99.9%", "99.86%", 3, "否"]]),
                "改进：%s未达标，原因为单机部署，已纳入可用性改进工作。" % co.sys(2)], ["18/availability-report", "22/report"])])


def knowledge_base(co, d):
    rows = [["ZS-%03d" % i, t, "故障处置", co.p(i % 5), "已发布"] for i, t in enumerate(
        ["防火墙双机切换失败处置", "入侵防御误报排查", "WAF证书更换步骤", "交换机环路定位"], 1)]
    return book("knowledge_base", "运维知识库条目导出", d, True,
                [("知识条目", ["编号", "标题", "分类", "提交人", "状态"], rows, ["21/knowledge-base"])])


def pentest_report(co, d):
    return nar("pentest_report", "%s渗透测试报告" % co.sys(0), d, True, [
        (None, "测试时间：%s　测试人员：%s　授权编号：SQ-%d-%02d" % (cn(d), co.p(1), d.year, d.month), []),
        ("一、测试范围", "%s互联网入口及管理后台。" % co.sys(0), []),
        ("二、发现的漏洞", ("table", [["编号", "漏洞", "等级", "状态"], ["L-01", "越权访问", "高危", "已整改"],
                                  ["L-02", "敏感信息泄露", "中危", "已整改"]]), ["31/pentest-records", "32/pentest-records"]),
        ("三、复测结论", "高、中危漏洞已全部整改。", [])])


def drill_summary(co, d, emergency=True, recovery=False):
    items = (["40/emergency-drill", "53/drill"] if emergency else []) + (["40/recovery-drill", "53/drill"] if recovery else [])
    what = "勒索病毒应急处置演练" if emergency else "灾备切换演练"
    if emergency and recovery:
        what = "勒索病毒应急处置及系统恢复演练"
    return nar("drill_record", "%s%s总结报告" % (co.sys(0), what), d, True, [
        (None, [("table", [["演练时间", cn(d)], ["演练形式", "实战演练"], ["参演人员", "、".join(co.p(i) for i in range(4))],
                           ["演练过程", "9:00监测发现告警，9:12启动预案，9:45完成隔离，10:40系统恢复，11:05业务验证通过"],
                           ["演练效果", "达到预期，恢复用时1小时40分钟"], ["发现问题", "备份恢复脚本需要更新"]])], items)])


def sat_survey(co, d, year, half):
    return nar("sat_survey", "%d年%s用户满意度测评报告" % (year, half), d, True, [
        (None, "测评时间：%s　测评方式：问卷测评和电话回访" % cn(d), []),
        ("一、测评结果", ("table", [["测评项目", "得分"], ["响应及时", co.rng.randint(88, 98)], ["技术水平", co.rng.randint(85, 97)],
                                ["服务态度", co.rng.randint(90, 99)], ["总体满意度", co.rng.randint(88, 96)]]), []),
        ("二、结果分析", "用户对服务态度评价最高，响应及时得分较上期下降，主要是夜间远程支持排队。", ["41/surveys", "58/survey", "63/survey"]),
        ("三、改进措施", "增加夜间值守力量。", [])])


def sat_trend(co, d):
    return nar("sat_trend", "用户满意度变化趋势分析", d, True, [
        (None, [("table", [["测评期次", "总体满意度"], ["%d年上半年" % (d.year - 1), 88], ["%d年下半年" % (d.year - 1), 91],
                           ["%d年上半年" % d.year, 92], ["%d年下半年" % d.year, 94]]),
                "连续四期上升，技术水平一项提升最明显。"], ["41/trend"])])


def followup(co, d):
    rows = [[iso(d - timedelta(days=40 * i)), co.customer, co.p(0), co.rng.choice(["电话", "上门"]),
             co.rng.choice(["满意", "希望报告更及时", "满意，无意见"]), "已反馈"] for i in range(4)]
    return book("followup", "用户回访登记表", d, True,
                [("回访登记", ["回访日期", "用户单位", "回访人", "方式", "用户意见", "处理"], rows, ["63/follow-up-visits"])])


def tickets(co, d, response_times=True):
    """The ticket export; only a platform that records when a ticket was answered (and
    checks it against the 15-minute commitment) shows the response times (55)."""
    rows = []
    for i in range(8):
        x = d - timedelta(days=11 * i)
        row = ["GD%d%02d%02d%02d" % (x.year, x.month, x.day, i), co.rng.choice(["故障", "服务请求", "安全事件"]),
               "%s 08:%02d" % (iso(x), 10 + i)]
        if response_times:
            row += ["%s 08:%02d" % (iso(x), 20 + i), "是"]
        rows.append(row + ["%s 10:40" % iso(x), co.rng.choice(["VPN无法连接", "访问策略开通", "病毒告警", "WAF误拦截"]),
                           co.p(i % 5), "已关闭"])
    head = ["工单号", "类别", "受理时间"] + (["响应时间", "响应是否达标（≤15分钟）"] if response_times else []) + \
        ["解决时间", "内容", "处理人", "状态"]
    return book("tickets", "运维平台工单导出", d, True,
                [("工单", head, rows, ["43/process-records"] + (["55/response-times"] if response_times else []))])


def desk_training(co, d):
    return book("desk_training", "服务台人员岗位培训记录", d, True,
                [("培训记录", ["培训内容", "时间", "授课人", "参训人员", "考核结果"],
                  [["服务台受理规范、故障分级、运维平台操作", cn(d), co.p(0), "%s、%s" % (co.p(4), co.p(5)), "合格"]], ["48/training"])])


def ops_data(co, d):
    rows = [[n, "%d%%" % co.rng.randint(85, 99), "%d%%" % co.rng.randint(85, 99), "%d%%" % co.rng.randint(85, 99), "≥90%"]
            for n in ["异常报告及时率", "异常漏报率", "维护作业计划的及时完成率", "故障隐患发现率", "异常主动发现率", "问题解决率",
                      "漏洞扫描覆盖率", "加固设备覆盖率", "安全补丁安装及时率", "安全事件次数"]]
    return book("ops_data", "%d年运维考核指标统计" % d.year, d, True,
                [("指标统计", ["指标", "一季度", "二季度", "三季度", "目标"], rows, ["56/data"])])


def grading(co, d):
    return nar("grading", "%s网络安全等级保护定级报告" % co.sys(0), d, False, [
        (None, ["定级日期：%s" % cn(d), "业务信息安全保护等级为第三级，系统服务安全保护等级为第三级，确定为第三级。",
                "已向%s公安机关备案，备案编号：%d-%05d。" % (co.city, d.year, co.rng.randint(0, 99999))], ["51/grading"])])


def bulletin(co, d, full=True):
    parts = [(None, "%d年第%d期　发布日期：%s　安全管理部" % (d.year, d.month, cn(d)), []),
             ("一、漏洞预警", "CVE-%d-%04d Apache Tomcat远程代码执行漏洞，影响多个版本，请及时升级。" % (d.year, co.rng.randint(1000, 9999)),
              ["52/vulnerability", "53/bulletin"]),
             ("二、厂商通告", "华为、天融信发布本月安全补丁，涉及防火墙固件。", [])]
    if full:
        parts += [("三、病毒预警", "新型勒索病毒利用远程桌面弱口令传播。", ["52/virus"]),
                  ("四、政策法规和行业动态", "收集《网络数据安全管理条例》施行要求和能源行业监管动态。", ["52/policy"]),
                  ("五、分析研判", "经排查，集团内受影响主机9台，已安排升级。", ["52/analysis"])]
    return nar("bulletin", "网络安全信息通报", d, True, parts)


def change_records(co, d):
    rows = [["BG-%d%03d" % ((d - timedelta(days=15 * i)).year, 50 - i), iso(d - timedelta(days=15 * i)),
             co.rng.choice(["防火墙访问策略调整", "入侵防御特征库升级", "交换机端口调整"]), co.rng.choice(["低", "中"]), co.p(1), "成功", "未回退"]
            for i in range(6)]
    return book("change_records", "%d年变更审批登记表" % d.year, d, True,
                [("变更登记", ["变更编号", "申请日期", "变更内容", "风险等级", "审批人", "实施结果", "回退情况"], rows,
                  ["54/records", "43/process-records"])])


def kpi_list(co, d):
    rows = [["用户满意度", "≥90分", "92分", "达成", "—"], ["投诉建议", "≤2次", "1次", "达成", "—"],
            ["故障按时处置率（考核指标）", "≥95%", "93%", "未达成", "已开具纠正措施单JZ-%d-02" % d.year],
            ["巡视检查完成率（考核指标）", "100%", "100%", "达成", "—"]]
    return book("kpi_list", "%d年运维服务绩效监测表" % d.year, d, True,
                [("绩效监测", ["监测项目", "目标", "实际", "达成情况", "措施"], rows, ["57/measurement"])])


def capa(co, d, verify=True):
    rows = [["编号", "JZ-%d-02" % d.year], ["来源", "考核指标未达成：故障按时处置率93%"],
            ["原因分析", "夜间值守人员不足，二线支持响应慢"], ["纠正措施", "增设夜间二线值班"], ["预防措施", "建立排班容量预警"],
            ["责任人", co.p(0)], ["完成日期", cn(d)],
            ["效果验证", "实施后两个月按时处置率达到97%，措施有效" if verify else "（未填写）"], ["验证人", co.p(3) if verify else ""]]
    return nar("capa", "纠正和预防措施处理单", d, True, [(None, ("table", rows), ["57/capa"] + (["66/effectiveness"] if verify else []))])


def internal_audit(co, d):
    return nar("internal_audit", "%d年度管理体系内部审核报告" % d.year, d, True, [
        (None, "审核时间：%s　审核组长：%s" % (cn(d), co.p(3)), []),
        ("一、审核目的和依据", "检查运维服务管理体系是否符合标准要求、满足集团各单位的运维服务需求和用户提出的管理要求，并得到有效实施和保持。", []),
        ("二、审核范围和方法", "按年度审核方案覆盖全部部门，依据内审检查表逐项核查。", []),
        ("三、审核发现", "开具不符合项2项：巡视检查记录缺少签字；变更审批单未填写回退步骤。", []),
        ("四、审核结论", "体系运行基本有效，不符合项已制定纠正措施并跟踪验证。", ["59/internal-audit"])])


def gm_minutes(co, d, issue, mr_inputs, opps=True, defects=False):
    """总经理办公会会议纪要: the year's management review as one topic (59, 60), the
    prioritised improvement opportunities as another (67), the service's defects (70), and
    a topic nothing of the form cares about."""
    parts = [(None, "%d年第%s期　%s　主持：%s　出席：公司领导班子成员、各部门负责人" % (d.year, issue, cn(d), co.boss), [])]
    text = {"perf": ("60/performance", "服务和流程执行情况：服务水平协议达成率98.4%，各项管理办法执行到位，内审发现不符合项2项。"),
            "feedback": ("60/customer-feedback", "用户反馈：用户满意度92分，全年收到投诉1起，已妥善处理。"),
            "resources": ("60/resources", "资源状况和需求预测：现有运维人员13人，明年新增两家单位接入，预计需增加3人。"),
            "ca": ("60/corrective-actions", "纠正措施进展：上年评审提出的5项纠正措施已完成4项，1项正在推进。"),
            "changes": ("60/changes", "可能影响运维服务的变化：集团数据中心迁移、等级保护测评新要求。"),
            "improve": ("60/improvements", "改进机会：故障按时处置率未达标、巡视检查报告自动生成、服务台自助服务。")}
    body = ["会议对公司运维服务管理体系开展年度管理评审，听取质量管理办公室汇报："]
    items = ["59/management-review"] if "perf" in mr_inputs else []
    for k in mr_inputs:
        body.append(text[k][1])
        items.append(text[k][0])
    body.append("会议认为，体系总体适宜、充分、有效；同意增加人员编制，启动巡视检查自动化改进项目。")
    parts.append(("一、%d年度管理评审" % d.year, body, items))
    if opps:
        parts.append(("二、改进事项排序", ["会议审议了质量管理办公室提交的改进事项，按用户影响、投入和风险评分排序：",
                                     ("table", [["改进事项", "用户影响", "投入", "风险", "得分", "顺序"], ["巡视检查自动化", 9, 7, 8, 82, 1],
                                                ["服务台自助服务", 7, 5, 8, 68, 2], ["知识库重构", 5, 6, 9, 61, 3]]),
                                     "会议同意按上述顺序实施，排序第一、二项列入本年度计划。"], ["67/analysis", "67/prioritisation"]))
    if defects:
        parts.append(("三、运维服务短板分析", ["重大故障：5月核心交换机板卡故障中断42分钟，原因为板卡老化未及时更换；",
                                        "失败变更：2次变更失败回退，原因为测试环境与生产不一致；",
                                        "指标未达标：三季度故障按时处置率93%，未达95%；",
                                        "会议要求：建立设备生命周期台账，测试环境同步生产配置，增设夜间二线支持。"], ["70/defect-analysis"]))
    parts.append(("%s、工会工作" % ("四" if defects else "三"), "会议同意公司工会年度职工疗休养安排。", []))
    return nar("gm_minutes", "总经理办公会会议纪要", d, True, parts)


def iso_cert(co, d):
    return nar("iso_cert", "认证证书", d, False, [
        (None, ["兹证明 %s" % co.name, "建立的信息技术服务管理体系符合 GB/T 24405.1 / ISO/IEC 20000-1:2018",
                "认证范围：为集团内外部客户提供信息系统运维服务",
                "发证日期：%s　有效期至：%d年%d月%d日" % (cn(d), d.year + 3, d.month, d.day)], ["61/audit-system"])])


def improve_plan(co, d, criteria=True):
    parts = [("一、改进项目", ("table", [["改进项目", "来源", "目标", "责任人", "完成时间"],
                                  ["巡视检查报告自动生成", "运维过程", "报告生成时间由2天缩短到2小时", co.p(2), "%d年6月" % d.year],
                                  ["夜间支持能力", "指标监测", "故障按时处置率≥97%", co.p(0), "%d年9月" % d.year]]), ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("二、改进事项评价标准", "按用户影响（40%）、投入（30%）、风险（30%）评分，70分以上列入计划。", ["64/criteria"]))
    return nar("improve_plan", "%d年运维服务提质增效工作计划" % d.year, d, True, parts)


def improve_track(co, d):
    rows = [["巡视检查报告自动生成", "2小时内出报告", "工具已上线", iso(d - timedelta(days=60)), "实测平均1.6小时，有效", "已向管理层报告"],
            ["夜间支持能力", "按时处置率≥97%", "增设夜间二线", iso(d - timedelta(days=20)), "实测97.3%，有效", "已报告"]]
    return book("improve_track", "提质增效事项跟踪台账", d, True,
                [("跟踪台账", ["事项", "目标", "进展", "完成日期", "效果测量", "报告情况"], rows, ["68/implementation", "68/effectiveness"])])


def improve_training(co, d):
    return nar("improve_training", "“提质增效、持续改进”专题宣贯记录", d, True, [
        (None, [("table", [["主题", "提质增效、持续改进——人人都是改进者"], ["时间", cn(d)], ["主讲", co.p(3)],
                           ["参加人员", "运维服务部、安全管理部全体（%d人）" % co.rng.randint(9, 22)],
                           ["内容", "持续改进的意义、改进建议的提交渠道、优秀改进案例"], ["效果", "随堂测试平均91分"]])],
         ["69/awareness-training"])])


def defect_analysis(co, d):
    return nar("defect_analysis", "运维服务短板分析及整改方案", d, True, [
        ("一、重大故障", "核心交换机板卡故障导致业务中断42分钟，原因为板卡老化未及时更换。", []),
        ("二、失败变更", "2次变更失败回退，原因为测试环境与生产环境不一致。", []),
        ("三、指标未达标", "三季度故障按时处置率93%，未达到95%。", []),
        ("四、整改方案", "建立设备生命周期台账；测试环境同步生产配置；增设夜间二线支持。", ["70/defect-analysis"])])


def ops_staffing(co, d):
    """Not evidence: the 运维服务费用结算确认单 that mentions the on-site engineer."""
    return nar("decoy_confirm", "运维服务费用结算确认单", d, True, [
        (None, ["兹确认%s于%d年%d月按协议派驻工程师1名，完成月度巡视检查，服务符合要求，同意按月结算。" % (co.name, d.year, d.month),
                "用户单位确认：%s　日期：%s" % (co.cp(0), cn(d))], [])])


# ------------------------------------------------------------------ decoys

def decoy(doc, why, kind=None, mark=None):
    """A copy of a real document that proves nothing (draft, withdrawn, in a bin); mark is
    what its text says of it (（征求意见稿）, 【作废】)."""
    doc.items, doc.decoy = [], why
    doc.kind = kind or ("decoy_" + why.split()[0])
    if mark:
        at = next(i for i, b in enumerate(doc.blocks) if b[0] == "title")
        doc.blocks[at] = ("title", doc.blocks[at][1] + mark)
    return doc


def draft_notice(co, d, seq):
    """关于征求《业务连续性保障方案（征求意见稿）》意见的通知: the draft as its attachment."""
    draft = bcp(co, d)
    t = "关于征求《业务连续性保障方案（征求意见稿）》意见的通知"
    b = [("title", t), ("p", "公司各部门："),
         ("p", "现将《业务连续性保障方案（征求意见稿）》印发给你们，请于%d月%d日前将修改意见反馈质量管理办公室，逾期视为无意见。" % (
             (d + timedelta(days=10)).month, (d + timedelta(days=10)).day)),
         ("p", "附件：业务连续性保障方案（征求意见稿）"), ("p", "质量管理办公室　%s" % cn(d)), ("break",),
         ("h1", "业务连续性保障方案（征求意见稿）")] + [x for x in draft.blocks if x[0] != "title"]
    return Doc("decoy_draft", t, d, [], False, b, decoy="draft (征求意见稿)")


def template(title, d, head, kind="template"):
    return Doc("decoy_template", title, d, [], True,
               sheets=[("Sheet1", [[title], head] + [["" for _ in head] for _ in range(6)])], decoy=kind)


def template_doc(title, d, heads):
    b = [("title", title)]
    for h in heads:
        b += [("h1", h), ("p", "（请填写）")]
    return Doc("decoy_template", title, d, [], True, b, decoy="template")


def training_on_plan(co, d, plan):
    rows = [["会议（培训）签到表"], ["主题", "《%s》宣贯培训" % plan], ["时间", cn(d)], ["主讲", co.p(3)],
            ["序号", "姓名", "部门", "签到"]] + [[i + 1, co.p(i), co.rng.choice(["运维服务部", "安全管理部"]), co.p(i)] for i in range(6)]
    return Doc("decoy_training", "宣贯培训签到表", d, [], True, sheets=[("签到表", rows)], decoy="training record about a plan")


def study_notice(co, d, plan):
    return Doc("decoy_study", "关于组织学习《%s》的通知" % plan, d, [], True, [
        ("title", "关于组织学习《%s》的通知" % plan),
        ("p", "各部门：《%s》已修订印发，请各部门于本月底前组织全体员工学习，学习情况纳入月度考核。" % plan),
        ("p", "综合管理部　%s" % cn(d))], decoy="notice about a plan (cites it)")


def check_notice(co, d, seq, cites):
    """关于开展制度执行情况专项检查的通知: names every 办法 in 《》, is none of them."""
    b = redhead(co, d, seq) + [("title", "关于开展%d年度制度执行情况专项检查的通知" % d.year), ("p", "公司各部门："),
                               ("p", "为推动各项管理制度落地见效，公司决定开展制度执行情况专项检查。现将有关事项通知如下："),
                               ("h1", "一、检查范围"), ("p", "重点检查以下制度的执行情况：")]
    b += [("p", "%d.《%s》" % (i, c)) for i, c in enumerate(cites, 1)]
    b += [("h1", "二、时间安排"), ("p", "各部门%d月底前完成自查，质量管理办公室%d月组织抽查。" % (d.month, min(12, d.month + 1)))] + seal(co, d)
    return Doc("decoy_citing", "制度执行检查通知", d, [], False, b, decoy="notice citing procedures by 《》")


def register(co, d, cites):
    rows = [["公司现行有效制度目录"], ["序号", "制度名称", "文件编号", "印发日期", "归口部门"]]
    rows += [[i, c, doc_no(co, d, i), iso(d - timedelta(days=35 * i)), "运维服务部"] for i, c in enumerate(cites, 1)]
    return Doc("decoy_register", "现行有效制度目录", d, [], True, sheets=[("目录", rows)], decoy="list of document names")


def mr_rules(co, d):
    name, _, _ = ("管理评审管理办法", [], [])
    b = [("title", name)] + sign_table(co, d, doc_no(co, d, 15)) + articles([
        ("总则", ["为规范公司管理评审工作，制定本办法。"]),
        ("评审输入", ["管理评审的输入包括：用户反馈，服务和流程的执行情况，资源状况和需求预测，纠正措施进展，可能影响服务的变化，改进机会。"]),
        ("评审输出", ["评审形成会议纪要，经总经理签发。"])])
    return Doc("decoy_mrproc", name, d, [], False, b, decoy="procedure, not the review record")


def mr_meeting_notice(co, d):
    t = "关于召开%d年度管理评审会议的通知" % d.year
    return Doc("decoy_mrnotice", t, d, [], True, [
        ("title", t), ("p", "各部门："),
        ("p", "公司定于%s召开%d年度管理评审会议，请各部门准备评审输入材料：用户反馈、资源需求、纠正措施进展、改进建议，于会前三天报质量管理办公室。"
         % (cn(d + timedelta(days=7)), d.year)),
        ("p", "质量管理办公室　%s" % cn(d))], decoy="meeting notice, not the review record")


def audit_notice(co, d):
    t = "关于开展%d年度内部审核工作的通知" % d.year
    return Doc("decoy_auditnotice", t, d, [], True, [
        ("title", t), ("p", "各部门："),
        ("p", "根据《管理体系内部审核管理办法》，公司定于%d月开展年度内部审核，审核组由%s任组长，请各部门做好迎审准备。" % (d.month, co.p(3))),
        ("p", "质量管理办公室　%s" % cn(d))], decoy="notice of an audit, not its record")


def drill_scheme(co, d):
    return Doc("decoy_drillplan", "%d年网络安全应急演练工作方案" % d.year, d, [], False, [
        ("title", "%d年网络安全应急演练工作方案" % d.year),
        ("h1", "一、演练目的"), ("p", "检验《网络安全突发事件应急预案》的可操作性。"),
        ("h1", "二、演练场景"), ("p", "模拟%s遭受勒索病毒攻击。" % co.sys(0)),
        ("h1", "三、时间安排"), ("p", "计划于%d年%d月组织实施。" % (d.year, min(12, d.month + 1)))],
        decoy="drill plan, neither the plan nor the record")


def appraisal(co, d):
    rows = [["%d年度部门绩效考核指标" % d.year], ["部门", "考核指标", "权重", "评分标准"],
            ["运维服务部", "巡检记录按时归档", "20%", "每缺一次扣2分"], ["运维服务部", "满意度测评回收率", "15%", "低于90%扣分"],
            ["安全管理部", "应急演练按计划开展", "15%", "未开展不得分"], ["运维服务部", "变更审批单填写规范", "20%", "抽查不合格扣分"]]
    return Doc("decoy_appraisal", "绩效考核指标", d, [], True, sheets=[("考核指标", rows)], decoy="appraisal naming record kinds as KPIs")


UNRELATED_D = [
    ("党支部%d年第三季度主题党日活动记录", "docx", [("p", "活动主题：学习贯彻党的二十届三中全会精神"), ("p", "参加人员：支部全体党员"), ("p", "活动内容：集中学习、交流研讨。")]),
    ("关于开展%d年“安全生产月”活动的通知", "pdf", [("p", "各部门：今年6月是全国第二十五个“安全生产月”，请各部门组织消防演练和隐患排查。")]),
    ("工会%d年职工疗休养安排", "docx", [("p", "根据工会经费预算，今年职工疗休养分三批进行，每批5天。")]),
    ("公务用车管理办法（%d年修订）", "pdf", [("p", "第一条　为加强公务用车管理，降低运行成本，制定本办法。"), ("p", "第二条　公务用车实行统一调度、派车单管理。")]),
    ("关于做好%d年国庆节放假安排的通知", "docx", [("p", "各部门：国庆节放假7天，请做好值班安排和节前安全检查。")]),
    ("%d年度中层干部述职述廉报告汇编", "docx", [("p", "一、履职情况"), ("p", "二、廉洁自律情况"), ("p", "三、存在的不足")]),
    ("关于评选%d年度先进集体和先进个人的通知", "pdf", [("p", "各部门：请按名额推荐先进集体和先进个人，事迹材料不超过1500字。")]),
]


def unrelated(co, d, i):
    name, ext, blocks = UNRELATED_D[i]
    t = name % d.year
    return t, ext, Doc("decoy_unrelated", t, d, [], False, [("title", t)] + list(blocks), decoy="unrelated")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out a D company's share: procedures by notice, records by department and period,
    combined minutes and workbooks, earlier years' copies, decoys."""
    co.group, co.abbr, co.buyer = D_INFO[co.id]
    r = co.rng
    seq = [r.randint(3, 9)]
    OPS, SEC, QA, ADM = "运维服务部/", "安全管理部/", "质量管理办公室/", "综合管理部/"
    optional = ["budget", "history_list", "history_analysis", "ops_strategy", "avail_kpis", "service_analysis", "sld_ola",
                "staff_list", "role_list", "construction_manual", "req_analysis", "test_plan", "baseline", "compat_report",
                "collection", "avail_plan", "avail_events", "avail_report", "knowledge_base", "pentest_plan",
                "pentest_report", "dev_plan", "recovery_plan", "bcp", "recovery_drill", "sat_trend", "followup",
                "desk_training", "ops_data", "grading", "grading_criteria", "kpi_list", "capa", "internal_audit", "iso_cert",
                "improve_plan", "improve_track", "improve_training", "defect_analysis", "log_analysis", "ci_updates", "cmdb",
                "interface_person"]
    gaps = {k for k in optional if r.random() < 0.08}
    # records whose last copy is more than a year old
    olds = set(r.sample(sorted({"survey", "communication", "history_analysis", "pentest_report", "sat_trend", "followup",
                                "knowledge_base", "internal_audit", "log_analysis", "drill", "improve_training", "kpi_list"}
                               - gaps), 3))
    co.gaps, co.oldonly = gaps, olds
    made = []   # (name of a date, factory of a date): the records, for their earlier years' copies

    def next_no():
        seq[0] += r.randint(1, 4)
        return seq[0]

    def add(rel, doc, **opt):
        opt.setdefault("styled", r.random() < 0.5)
        co.add(rel, doc, **opt)

    def put(k, name, factory, age="record", **opt):
        """One document of slot k (skipped when it is one of this company's gaps): name and
        factory are functions of its date; age says which date (record / current / issued)."""
        if k in gaps:
            return None
        d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        add(name(d), doc, **opt)
        if doc.record and doc.items and k not in olds:
            made.append((name, factory, d))
        return doc

    def y(d):
        return "%d年" % d.year

    # --- procedures: most by 红头 notice, some in one 制度汇编 notice, a few filed bare
    keys = [k for k in D_PROC if r.random() >= 0.06]
    bundle = [k for k in keys if r.random() < 0.35]
    if len(bundle) < 2:
        bundle = []
    for k in ["pdca"] + keys:
        if k in bundle:
            continue
        d = co.issued()
        no = next_no()
        if k != "pdca" and r.random() < 0.25:
            doc = procedure_doc(co, d, k, no)
            add(QA + "体系文件/%s %s.docx" % (doc_no(co, d, no), doc.title), doc)
        else:
            doc = issue_notice(co, d, no, [k])
            ext = r.choice(["pdf", "pdf", "docx"])
            add(ADM + "公司发文/%s/%s〔%d〕%d号 %s.%s" % (y(d), co.abbr, d.year, no, doc.title, ext), doc,
                meta_title=r.random() < 0.3)
    if bundle:
        d = co.issued()
        no = next_no()
        doc = issue_notice(co, d, no, bundle, bundle="运维服务管理制度汇编（%d年版）" % d.year)
        add(ADM + "公司发文/%s/%s〔%d〕%d号 关于印发《运维服务管理制度汇编》的通知.pdf" % (y(d), co.abbr, d.year, no), doc)

    # --- organisation and appointments (红头)
    for k, title, f in [("org", "关于调整网络安全工作领导小组及工作机构的通知", org_notice),
                        ("interface_person", "关于明确网络安全管理联络人的通知", appointment),
                        ("desk", "关于设立运维服务台的通知", desk_notice)]:
        no = next_no()
        put(k, lambda d, t=title, n=no: ADM + "公司发文/%s/%s〔%d〕%d号 %s.%s" % (y(d), co.abbr, d.year, n, t, "pdf" if n % 3 else "docx"),
            lambda d, f=f, n=no: f(co, d, n), "issued")
    put("staff_list", lambda d: ADM + "人事/运维人员花名册（%d年%d月）.xlsx" % (d.year, d.month), lambda d: staff_list(co, d))
    put("role_list", lambda d: QA + "体系文件/运维岗位职责一览表.xlsx", lambda d: role_list(co, d), "issued")

    # --- 客户对接
    C = OPS + "01 客户对接/"
    put("survey", lambda d: C + "%s/关于%s信息化运维服务需求摸排情况的报告.docx" % (y(d), co.group),
        lambda d: survey(co, d, hours=r.random() < 0.9, types=r.random() < 0.85))
    put("communication", lambda d: C + "%s/运维服务对接会会议纪要（%d.%d.%d）.docx" % (y(d), d.year, d.month, d.day),
        lambda d: meeting_liaison(co, d, agreement=r.random() < 0.7))
    put("budget", lambda d: C + "%s/%d年度运维服务费用测算表.xlsx" % (y(d), d.year), lambda d: budget(co, d))
    put("sla", lambda d: C + "%s/%s运维服务水平协议（盖章版）.pdf" % (y(d), co.customer),
        lambda d: sla(co, d, modes=r.random() < 0.85, kpis=r.random() < 0.85, health=r.random() < 0.4), "current")
    put("history_list", lambda d: C + "%s/运维历史数据台账.xlsx" % y(d), lambda d: history_list(co, d))
    put("history_analysis", lambda d: C + "%s/%d年度运维历史数据分析报告.docx" % (y(d), d.year - 1), lambda d: history_analysis(co, d))
    put("service_analysis", lambda d: C + "%s/运维服务方案实施情况及生产影响分析.docx" % y(d),
        lambda d: service_analysis(co, d, automation=r.random() < 0.7))

    # --- 体系文件 and plans
    Q = QA + "体系文件/"
    put("ops_strategy", lambda d: Q + "%d年运维保障工作方案.docx" % d.year, lambda d: ops_strategy(co, d), "current")
    put("avail_kpis", lambda d: Q + "信息系统可用性指标体系.xlsx", lambda d: avail_kpis(co, d), "issued")
    put("sld_ola", lambda d: Q + "运维服务水平设计及内部支撑协议.docx", lambda d: sld_ola(co, d), "issued")
    put("baseline", lambda d: Q + "安全配置基线（%d版）.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    put("test_plan", lambda d: Q + "%s升级改造测试方案.docx" % co.sys(1), lambda d: test_plan(co, d, rollback=r.random() < 0.8), "issued")
    put("avail_plan", lambda d: Q + "%d年信息系统可用性保障工作方案.docx" % d.year, lambda d: avail_plan(co, d), "current")
    put("dev_plan", lambda d: Q + "安全运维工具研发工作计划（%d）.docx" % d.year, lambda d: dev_plan(co, d), "current")
    put("grading_criteria", lambda d: Q + "信息系统安全保护等级划分标准.docx", lambda d: grading_criteria(co, d), "issued")
    put("construction_manual", lambda d: Q + "网络安全项目实施手册.docx", lambda d: construction_manual(co, d), "issued")
    put("catalog", lambda d: Q + "运维服务目录（%d年版）.docx" % d.year,
        lambda d: catalog(co, d, r.choice([("basic", "level2", "level1"), ("basic", "level2", "level1"), ("basic", "level1")])), "issued")
    put("iso_cert", lambda d: Q + "信息技术服务管理体系认证证书（%d）.pdf" % d.year, lambda d: iso_cert(co, d), "issued")
    for i, m in enumerate(["防火墙维护", "漏洞检测", "日志审计", "巡视检查"], 1):
        if r.random() < 0.8:
            put("wi", lambda d, i=i, m=m: OPS + "06 作业指导书/%s %s作业指导书.docx" % (doc_no(co, d, 30 + i, "ZY"), m),
                lambda d, i=i, m=m: work_instruction(co, d, m, 30 + i), "issued")
    E = SEC + "应急管理/"
    no, by_notice = next_no(), r.random() < 0.6
    put("emergency_plan", lambda d: E + ("%s〔%d〕%d号 关于印发《网络安全突发事件应急预案》的通知.pdf" % (co.abbr, d.year, no) if by_notice
                                         else "网络安全突发事件应急预案（%d年修订）.docx" % d.year),
        lambda d: emergency_plan(co, d, no, strategy=r.random() < 0.7, recovery=r.random() < 0.3, notice=by_notice), "issued")
    put("recovery_plan", lambda d: E + "信息系统灾难恢复预案.docx", lambda d: recovery_plan(co, d), "issued")
    put("bcp", lambda d: E + "业务连续性保障方案 V2.0.pdf", lambda d: bcp(co, d), "issued")

    # --- 运维台账 and records (运维服务部)
    L = OPS + "02 运维台账/"
    put("cmdb", lambda d: L + "配置管理台账（%d年%d月）.xlsx" % (d.year, d.month), lambda d: cmdb(co, d, relations=r.random() < 0.7))
    put("ci_updates", lambda d: L + "配置项变动登记表.xlsx", lambda d: ci_updates(co, d))
    put("knowledge_base", lambda d: L + "运维知识库条目导出_%d%02d.xlsx" % (d.year, d.month), lambda d: knowledge_base(co, d))
    put("asset_list", lambda d: L + "信息资产台账 %d.%d.xlsx" % (d.year, d.month), lambda d: asset_list(co, d))
    kinds = ["日常维护", "状态检查", "定期查杀", "故障处理", "硬件故障统计", "版本升级"]
    filled = [k for k in kinds if r.random() < 0.6] or ["日常维护"]
    put("ledger", lambda d: L + "【运维服务部】%d年安全设备运维台账.xlsx" % d.year, lambda d: ops_ledger(co, d, filled))
    months = sorted(r.sample(range(3, 11), 3))
    for m in months:
        day = 15 if m == months[-1] else 26   # the last month is still being filled in
        d = date(2026, m, day)
        add(OPS + "03 巡检记录/%d年/【运维部】%d月巡检记录.xlsx" % (d.year, m), inspection_month(co, d, antivirus=r.random() < 0.5))
    R = OPS + "04 服务报告/"
    for qn in sorted(r.sample([1, 2, 3], 2)):
        d = date(2026, 3 * qn, 28) + timedelta(days=r.randint(3, 12))
        add(R + "%d年第%s季度运维服务报告.docx" % (2026, cn_num(qn)), quarter_report(co, d, qn, data=r.random() < 0.4, avail=r.random() < 0.4))
    if r.random() < 0.6:
        d = date(2026, 11, 20)
        add(R + "%d年度运维工作总结.docx" % d.year, quarter_report(co, d, 0, data=True, forecast=True))
    put("health_report", lambda d: R + "%d年第%s季度信息系统健康检查报告.pdf" % (d.year, cn_num(quarter(d))),
        lambda d: health_report(co, d, collection=r.random() < 0.3))
    put("collection", lambda d: R + "运行信息采集登记表（%d）.xlsx" % d.year, lambda d: collection(co, d))
    put("avail_report", lambda d: R + "%d年%d月信息系统可用性分析.docx" % (d.year, d.month), lambda d: avail_report(co, d))
    put("ops_data", lambda d: R + "%d年运维考核指标统计.xlsx" % d.year, lambda d: ops_data(co, d))
    T = OPS + "05 工单与变更/"
    put("tickets", lambda d: T + "运维平台工单导出 %d%02d%02d.xlsx" % (d.year, d.month, d.day),
        lambda d: tickets(co, d, response_times=r.random() < 0.75))
    put("change_records", lambda d: T + "%d年变更审批登记表.xlsx" % d.year, lambda d: change_records(co, d))
    put("avail_events", lambda d: T + "可用性事件登记表（%d）.xlsx" % d.year, lambda d: avail_events(co, d))
    put("monthly", lambda d: OPS + "07 月度例会/运维服务月度例会纪要（%d年%d月）.docx" % (d.year, d.month),
        lambda d: monthly_minutes(co, d, analysis=r.random() < 0.7))
    P = OPS + "08 项目建设/"
    put("req_analysis", lambda d: P + "网络安全防护能力提升项目需求确认单.pdf", lambda d: req_analysis(co, d))
    put("compat_report", lambda d: P + "系统改造兼容性验证报告.docx", lambda d: compat_report(co, d))
    put("desk_training", lambda d: ADM + "培训/服务台人员岗位培训记录（%d.%d）.xlsx" % (d.year, d.month), lambda d: desk_training(co, d))

    # --- 安全管理部
    put("pentest_plan", lambda d: SEC + "渗透测试/%d年度渗透测试工作计划.docx" % d.year, lambda d: pentest_plan(co, d), "current")
    put("pentest_report", lambda d: SEC + "渗透测试/%s渗透测试报告（终稿）%d%02d.pdf" % (co.sys(0), d.year, d.month),
        lambda d: pentest_report(co, d))
    put("log_analysis", lambda d: SEC + "日志审计/%d年第%s季度网络安全日志审计报告.docx" % (d.year, cn_num(quarter(d))),
        lambda d: log_analysis(co, d))
    put("grading", lambda d: SEC + "等级保护/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    for i in range(r.randint(2, 3)):
        d = date(2026, 2 + 3 * i, 10 + i)
        add(SEC + "安全通告/网络安全信息通报〔%d〕第%d期.pdf" % (d.year, d.month), bulletin(co, d, full=r.random() < 0.7))
    both = r.random() < 0.5
    put("drill", lambda d: E + "%s/%s应急演练总结报告.docx" % (y(d), "勒索病毒处置及系统恢复" if both else "勒索病毒"),
        lambda d: drill_summary(co, d, True, both))
    put("recovery_drill", lambda d: E + "%s/灾备切换演练总结（%d.%d）.docx" % (y(d), d.month, d.day),
        lambda d: drill_summary(co, d, False, True))

    # --- 质量管理办公室
    halves = [(2026, "上半年", date(2026, 7, 6)), (2025, "下半年", date(2026, 1, 10)), (2025, "上半年", date(2025, 7, 9))]
    for yy, h, d in halves[:r.choice([2, 3])]:
        d = d + timedelta(days=r.randint(0, 10))
        add(QA + "满意度测评/%d年%s用户满意度测评报告.docx" % (yy, h), sat_survey(co, d, yy, h))
    put("sat_trend", lambda d: QA + "满意度测评/用户满意度变化趋势分析（%d）.docx" % d.year, lambda d: sat_trend(co, d))
    put("followup", lambda d: QA + "满意度测评/用户回访登记表%d.xlsx" % d.year, lambda d: followup(co, d))
    put("internal_audit", lambda d: QA + "内审/%d年度管理体系内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    put("kpi_list", lambda d: QA + "绩效监测/%d年运维服务绩效监测表.xlsx" % d.year, lambda d: kpi_list(co, d))
    put("capa", lambda d: QA + "绩效监测/纠正和预防措施处理单 JZ-%d-02.docx" % d.year, lambda d: capa(co, d, verify=r.random() < 0.75))
    put("improve_plan", lambda d: QA + "持续改进/%d年运维服务提质增效工作计划.docx" % d.year,
        lambda d: improve_plan(co, d, criteria=r.random() < 0.75))
    put("improve_track", lambda d: QA + "持续改进/提质增效事项跟踪台账（%d）.xlsx" % d.year, lambda d: improve_track(co, d))
    put("improve_training", lambda d: QA + "持续改进/%d年“提质增效、持续改进”专题宣贯记录.docx" % d.year,
        lambda d: improve_training(co, d))
    # the management review, the improvement priorities and the defects are topics of the 总经理办公会 minutes
    inputs = tuple(x for x in ("perf", "feedback", "resources", "ca", "changes", "improve") if r.random() < 0.9)
    in_minutes = "defect_analysis" not in gaps and r.random() < 0.5
    opps = r.random() < 0.8
    issue = cn_num(r.randint(8, 15))
    put("gm", lambda d: ADM + "会议纪要/%d年/总经理办公会会议纪要（%d年第%s期）.docx" % (d.year, d.year, issue),
        lambda d: gm_minutes(co, d, issue, inputs, opps=opps, defects=in_minutes))
    if not in_minutes:
        put("defect_analysis", lambda d: QA + "持续改进/运维服务短板分析及整改方案（%d.%d）.docx" % (d.year, d.month),
            lambda d: defect_analysis(co, d))

    # --- earlier years' copies beside this year's records: they belong to the clause, but are stale
    for name, factory, d in list(made):
        if r.random() > 0.15 or d.year != 2026:
            continue
        od = d.replace(year=2025)
        rel = name(od)
        if rel == name(d):
            head, _, tail = rel.rpartition("/")
            rel = head + "/往年资料/2025年/" + tail
        if rel not in co.used:
            add(rel, factory(od))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    OPS, SEC, QA, ADM = "运维服务部/", "安全管理部/", "质量管理办公室/", "综合管理部/"

    def add(rel, doc):
        co.add(rel, doc, styled=r.random() < 0.5)

    # drafts, templates, withdrawn versions
    d = co.fresh()
    add(ADM + "公司发文/%d年/关于征求《业务连续性保障方案（征求意见稿）》意见的通知.docx" % d.year, draft_notice(co, d, 0))
    d = co.fresh()
    add(OPS + "01 客户对接/%d年/【征求意见稿】运维服务水平协议.docx" % d.year, decoy(sla(co, d), "draft (征求意见稿)", mark="（征求意见稿）"))
    add(OPS + "09 表单模板/【模板】变更审批单.xlsx",
        template("变更审批单（模板）", co.fresh(), ["变更编号", "申请日期", "变更内容", "风险等级", "审批人", "实施结果"]))
    add(OPS + "09 表单模板/巡检记录表（空表）.xlsx",
        template("巡检记录表", co.fresh(), ["检查时间", "设备", "运行状态", "CPU", "内存", "告警", "检查人"]))
    add(QA + "满意度测评/附件3 用户满意度测评表（样表）.docx",
        template_doc("用户满意度测评表（样表）", co.fresh(), ["一、测评结果", "二、结果分析", "三、改进措施"]))
    add(SEC + "应急管理/应急演练总结报告（模板）.docx",
        template_doc("应急演练总结报告（模板）", co.fresh(), ["演练时间", "演练过程", "演练效果", "发现问题"]))
    d = date(2022, 4, 11)
    add(QA + "体系文件/已废止/【作废】%s 信息系统运维问题管理办法.docx" % doc_no(co, d, 5),
        decoy(procedure_doc(co, d, "problem", 5), "obsolete", mark="（已废止）"))
    d = date(2023, 2, 20)
    add(SEC + "应急管理/网络安全突发事件应急预案（2023版，作废）.pdf",
        decoy(emergency_plan(co, d, 3, notice=False), "obsolete", mark="（2023版，已作废）"))
    # recycle bins: the NAS's and a hand-made one
    d = co.fresh()
    add("#recycle/运维服务部/%d年变更审批登记表.xlsx" % d.year, decoy(change_records(co, d), "recycle bin"))
    d = co.fresh()
    add(OPS + "回收站/%s应急演练总结报告.docx" % co.sys(0), decoy(drill_summary(co, d), "recycle bin"))
    # lock files and empty files
    for rel, _, obj, _ in list(co.files)[3:60:11]:
        head, tail = rel.rsplit("/", 1)
        if tail.endswith((".docx", ".xlsx")):
            co.raw(head + "/~$" + (tail[2:] if len(tail) > 6 else tail), lock_bytes(co.p(2)), "Office lock file")
    co.raw(OPS + "05 工单与变更/.~lock.%d年变更审批登记表.xlsx#" % 2026,
           (",%s,HCPC-%s,02.11.2026 10:05,file:///C:/Users/%s/AppData/Roaming/LibreOffice/4;" % (co.p(1), co.short, co.short)).encode("utf-8"),
           "LibreOffice lock file")
    co.raw(OPS + "03 巡检记录/2026年/【运维部】11月巡检记录.xlsx", b"", "empty file")
    co.raw(SEC + "应急管理/2026年/应急演练总结报告.docx", b"", "empty file")
    # training and study notices about plans, notices citing procedures, registers
    for plan in ["网络安全突发事件应急预案", "业务连续性保障方案", "信息系统变更管理办法"]:
        if r.random() < 0.8:
            d = co.fresh()
            add(ADM + "培训/《%s》宣贯培训签到表（%d.%d）.xlsx" % (plan, d.month, d.day), training_on_plan(co, d, plan))
    d = co.fresh()
    add(ADM + "公司发文/%d年/关于组织学习《网络安全突发事件应急预案》的通知.docx" % d.year, study_notice(co, d, "网络安全突发事件应急预案"))
    cites = [D_PROC[k][0] for k in ("problem", "change", "incident", "request", "knowledge", "slm", "incident_sec", "audit")]
    d = co.fresh()
    add(ADM + "公司发文/%d年/%s〔%d〕%d号 关于开展%d年度制度执行情况专项检查的通知.pdf" % (d.year, co.abbr, d.year, 40, d.year),
        check_notice(co, d, 40, cites))
    add(QA + "体系文件/公司现行有效制度目录（%d版）.xlsx" % 2026, register(co, co.fresh(), cites))
    add(QA + "体系文件/管理评审管理办法.docx", mr_rules(co, co.issued()))
    d = co.fresh()
    add(QA + "管理评审/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_meeting_notice(co, d))
    d = co.fresh()
    add(QA + "内审/关于开展%d年度内部审核工作的通知.pdf" % d.year, audit_notice(co, d))
    d = co.fresh()
    add(SEC + "应急管理/%d年网络安全应急演练工作方案.docx" % d.year, drill_scheme(co, d))
    d = co.fresh()
    add(OPS + "01 客户对接/%d年/运维服务费用结算确认单（%d年%d月）.pdf" % (d.year, d.year, d.month), decoy(ops_staffing(co, d), "mentions on-site staff, is no staff list or SLA", "decoy_confirm"))
    add(ADM + "人事/%d年度部门绩效考核指标.xlsx" % 2026, appraisal(co, co.fresh()))
    # 党建、工会、行政
    for i in sorted(r.sample(range(len(UNRELATED_D)), 4)):
        d = co.fresh()
        t, ext, doc = unrelated(co, d, i)
        folder = "党建工会/" if i in (0, 2, 5, 6) else "行政事务/"
        add(ADM + folder + t + "." + ext, doc)
