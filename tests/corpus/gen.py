#!/usr/bin/python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""gen.py - generate the accuracy corpus: evidence shares of the companies in COMPANIES.

    /usr/bin/python3 tests/corpus/gen.py OUTDIR [--truth TRUTHDIR]
    /usr/bin/python3 tests/corpus/gen.py --truth-only TRUTHDIR

Writes OUTDIR/<share>/... (one directory per company) and, with --truth, the ground truth
files.tsv and clauses.tsv (see tests/corpus/README.md); --truth-only writes only the truth
(no document library needed, a second).  Deterministic: every choice comes
from a per-company seeded random.Random, zip members carry a fixed time, documents carry
their own date in the text and in the metadata (docProps/core.xml, PDF info), and file
mtimes are set to the document's date.

Styles:  A  ISO-style numbered 体系文件 (一级/二级/三级文件, QP-07, ISMS-M-01), big company
         B  English and mixed names (SLA_v2.docx, Incident_Mgmt_Procedure.pdf)
         C  small company, generic names (附件2.docx, 扫描件001.pdf, Book1.xlsx, 新建文档.docx)
         D  a state-owned group's IT operations subsidiary (国企风格), written in kinds_d.py:
            管理办法 issued by 红头 notices, folders by department, minutes and workbooks
            that hold several record kinds
         E  a managed-service provider running ITIL / ISO 20000 in an ITSM tool and a wiki,
            written in kinds_e.py: tool exports, wiki page exports, bilingual controlled
            procedures named by a document-control system, folders by process
         F  the security-operations department of a telecom operator's provincial branch,
            written in kinds_f.py: 管理规定/实施细则/操作规程 with 省公司 file numbers, work-order
            exports, 【网安】 weekly and monthly reports, records filed by year and month
         G  the 信息科技部 of a city commercial bank, written in kinds_g.py: 办法 by 行内 文号,
            细则/指引 by department number, 登记簿/台账 per year, quarterly reports to the board's
            科技委员会, the 信息科技管理委员会's minutes, 科技输出 to a 村镇银行
         H  the 信息中心 of a 三甲 hospital serving its 医联体's member units, written in
            kinds_h.py: a 制度汇编 and 院发 制度, SOP-numbered 标准操作规程, 登记本/记录本 (some
            scanned), 宕机应急预案 and drills, the 领导小组's minutes, PDCA, folders by 组 and year
         I  the SRE / SecOps team of an internet and cloud company that also runs managed
            security operations, written in kinds_i.py: Runbooks and Playbooks, Postmortems,
            SLO reports, CR exports, GameDays, wiki and tool exports, folders by team and quarter
         J  the 信息通信分公司 of a provincial power grid company that also runs security operations
            for 地市供电公司 and 新能源 customers, written in kinds_j.py: 管理规定/实施细则 with 企业标准
            numbers, a 规章制度汇编, 标准化作业指导书, 运行日志, 检修申请单, 运行分析报告, 反事故演习,
            安全日活动, 隐患排查治理, folders by 部门 and year/month
Companies a1-a18 b1-b18 c1-c18 d1-d19 e1-e19 f1-f17 g1-g14 h1-h10 i1-i4 are the development
part (seven held-out parts were held out until their figures had been seen); a19-a26 b19-b26
c19-c26 d20-d27 e20-e27 f18-f25 g15-g22 h11-h18 i5-i12 and j1-j4 (a new style) are the eighth
held-out part, at least a third of the shares
(tests/corpus/README.md).

Needs python3-docx, python3-openpyxl, python3-reportlab (scripts/deps.sh fixtures).
"""

import io
import os
import random
import re
import shutil
import sys
import zipfile
from datetime import date, datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kinds as K  # noqa: E402
import kinds_d as KD  # noqa: E402
import kinds_e as KE  # noqa: E402
import kinds_f as KF  # noqa: E402
import kinds_g as KG  # noqa: E402
import kinds_h as KH  # noqa: E402
import kinds_i as KI  # noqa: E402
import kinds_j as KJ  # noqa: E402

# The document libraries are imported only to render: the plan and the truth (--truth-only,
# used by tests/blackbox/t_corpus.sh) need nothing beyond the standard library.

ANCHOR = date(2026, 11, 30)          # the corpus's "today"; score.py scans as of this day
FRESH_DAYS = 365                     # records older than this prove nothing current
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# The form's evidence items per clause (the decomposition of 需提供证明材料), with how
# many documents each needs.  "any" = the item's documents may be of any age.
REQ = {
    1: ["survey"], 2: ["budget"], 3: ["communication"],
    4: ["history-list", "analysis", "strategy"], 5: ["survey"], 6: ["availability-kpis"],
    7: ["impact-analysis", "automation"], 8: ["sld", "ola"],
    9: ["org-chart", "staff-list", "outsourcing"], 10: ["pdca"],
    11: ["manuals", "requirements", "rollback", "compatibility"], 12: ["catalog"],
    13: ["asset-list"], 14: ["maintenance", "hardware-faults"], 15: ["agreement", "records"],
    16: ["config", "traffic", "status"], 17: ["log-analysis"],
    18: ["incident-stats", "incident-analysis", "availability-plan", "availability-events",
         "availability-report", "roles"],
    19: ["catalog"], 20: ["procedure"], 21: ["procedure", "knowledge-base"],
    22: ["plan", "events", "report"], 23: ["org-chart", "roles"],
    24: [("work-instructions", 2)], 25: ["test-plan", "baseline", "rollback"], 26: ["catalog"],
    27: ["cmdb"], 28: ["interface-person"], 29: ["catalog"],
    30: ["response-process", "reporting-process"],
    31: ["pentest-plan", "pentest-records", "incident-process", "training-process",
         "pentest-process"],
    32: ["pentest-plan", "pentest-records"], 33: ["dev-plan"],
    34: ["incident-process", "emergency-process"], 35: ["sla"],
    36: ["sla", "emergency-plan", "recovery-plan"], 37: ["procedure"], 38: ["cmdb-relations"],
    39: ["slm-procedure", "sla"], 40: ["emergency-drill", "recovery-drill"],
    41: [("surveys", 2, "any"), "trend"], 42: ["bcp"],
    43: ["asset-list", "ci-updates", "process-records"],
    44: ["maintenance", "inspection", "virus-scan", "faults", "upgrades"],
    45: ["audit-report", "monitoring", "antivirus"], 46: ["records"], 47: ["audit"],
    48: ["service-desk", "training"], 49: ["incident-procedure", "request-procedure"],
    50: ["monitoring-report"], 51: ["grading", "grading-criteria"],
    52: ["vulnerability", "virus", "policy", "analysis"],
    53: ["bulletin", "emergency-plan", "drill"], 54: ["procedure", "records"],
    55: ["plan", "response-times"], 56: ["data"], 57: ["measurement", "capa"], 58: ["survey"],
    59: ["internal-audit", "management-review"],
    60: ["resources", "corrective-actions", "changes", "improvements", "customer-feedback",
         "performance"],
    61: ["audit-system", "monitoring-process"], 62: ["monitoring-process", "audit-mechanism"],
    63: ["survey", "follow-up-visits"], 64: ["plan", "criteria"], 65: ["procedure"],
    66: ["preventive-actions", "effectiveness"], 67: ["analysis", "prioritisation"],
    68: ["plan", "implementation", "effectiveness"], 69: ["awareness-training"],
    70: ["defect-analysis"], 71: ["forecast"],
}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = ["伟", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "华", "丹", "建国",
         "志强", "晓东", "海燕", "文博", "思远", "雪梅", "国庆", "俊杰", "子涵", "宇航", "佳怡"]

COMPANIES = [
    # id, style, part, seed, name, short, customer, vendor, city, systems
    ("a1", "A", "dev", 101, "华信安全技术股份有限公司", "HXS", "江南农村商业银行", "博安网络技术有限公司", "杭州",
     ["核心业务系统", "网上银行系统", "OA办公系统"]),
    ("b1", "B", "dev", 202, "Sinotech Secure Ops（上海）有限公司", "STS", "华东电力交易中心", "Netguard服务有限公司", "上海",
     ["电力交易系统", "门户网站", "邮件系统"]),
    ("c1", "C", "dev", 303, "合肥明诚网络科技有限公司", "MC", "庐阳区政务服务中心", "安徽恒信科技有限公司", "合肥",
     ["政务审批系统", "门户网站", "视频会议系统"]),
    ("a2", "A", "dev", 404, "中安信息系统股份有限公司", "ZAX", "北方证券股份有限公司", "天诚安全服务有限公司", "天津",
     ["集中交易系统", "网上交易系统", "CRM系统"]),
    ("b2", "B", "dev", 505, "Bluepeak Cyber Services（深圳）有限公司", "BPC", "南粤医疗集团", "Fortline运维有限公司", "深圳",
     ["HIS系统", "PACS影像系统", "互联网医院平台"]),
    ("c2", "C", "dev", 606, "成都蓉安科技有限公司", "RA", "锦江区教育局", "四川星云网络有限公司", "成都",
     ["教育云平台", "门户网站", "财务系统"]),
    ("a3", "A", "dev", 707, "国泰网安科技集团股份有限公司", "GTW", "西部航空股份有限公司", "云盾安全服务有限公司", "西安",
     ["离港系统", "收益管理系统", "官网及APP"]),
    ("b3", "B", "dev", 808, "Crestline InfoSec（苏州）有限公司", "CIS", "苏南制造集团", "Ironwall服务有限公司", "苏州",
     ["MES系统", "ERP系统", "供应链平台"]),
    ("c3", "C", "dev", 909, "南宁青禾信息技术有限公司", "QH", "青秀区人民医院", "广西安联网络有限公司", "南宁",
     ["HIS系统", "LIS系统", "医院官网"]),
    ("d1", "D", "dev", 1313, "华辰数字科技有限公司", "HCJT", "华辰能源集团有限公司", "赛博盾安全服务有限公司", "郑州",
     ["ERP系统", "燃料管理系统", "生产实时监控系统"]),
    # held out until 2026-11-30 (second held-out part): scored once, then moved to dev
    ("a4", "A", "dev", 1010, "恒岳网络安全技术股份有限公司", "HYS", "东海城市商业银行", "卫岭安全服务有限公司", "宁波",
     ["信贷管理系统", "手机银行系统", "数据仓库"]),
    ("b4", "B", "dev", 1111, "Northgate SecOps（武汉）有限公司", "NGS", "华中物流集团", "Shieldway运维有限公司", "武汉",
     ["WMS仓储系统", "TMS运输系统", "客户门户"]),
    ("c4", "C", "dev", 1212, "昆明云岭数安科技有限公司", "YL", "五华区社保中心", "云南智联网络有限公司", "昆明",
     ["社保经办系统", "门户网站", "档案管理系统"]),
    ("d2", "D", "dev", 1414, "北辰交投数字运营有限公司", "BCJT", "北辰交通投资集团有限公司", "安恒瑞信息服务有限公司", "济南",
     ["高速公路收费系统", "路网监测平台", "协同办公系统"]),
    ("d3", "D", "dev", 1515, "西江水务信息科技有限公司", "XJSW", "西江水务集团有限公司", "桂信网络科技有限公司", "柳州",
     ["营业收费系统", "管网GIS系统", "SCADA调度系统"]),
    # the third held-out part: scored once at the end of a piece of work, never tuned on
    ("a5", "A", "dev", 1616, "瀚宇网络安全股份有限公司", "HYW", "北海证券期货股份有限公司", "锐盾安全服务有限公司", "青岛",
     ["期货交易系统", "结算系统", "行情发布系统"]),
    ("b5", "B", "dev", 1717, "Riverbend CyberOps（长沙）有限公司", "RCO", "湘江轨道交通集团", "Bastion运维服务有限公司", "长沙",
     ["票务清分系统", "综合监控系统", "乘客信息系统"]),
    ("c5", "C", "dev", 1818, "兰州陇原信息技术有限公司", "LY", "城关区不动产登记中心", "甘肃丝路网络科技有限公司", "兰州",
     ["不动产登记系统", "门户网站", "电子档案系统"]),
    ("d4", "D", "dev", 1919, "东岳港航数字科技有限公司", "DYGH", "东岳港航集团有限公司", "海鸥信息安全服务有限公司", "烟台",
     ["码头作业系统", "船舶调度平台", "电子口岸系统"]),
    ("d5", "D", "dev", 2020, "川康医药数字科技有限公司", "CKYY", "川康医药集团有限公司", "蜀安网络安全服务有限公司", "绵阳",
     ["药品流通管理系统", "冷链监控平台", "集采招投标系统"]),
    ("e1", "E", "dev", 2141, "博睿智联信息服务有限公司", "BRZL", "安澜财产保险股份有限公司", "启明云安全服务有限公司", "南京",
     ["核心承保系统", "理赔系统", "客服呼叫中心"]),
    ("e2", "E", "dev", 2389, "汇通云维科技有限公司", "HTYW", "鼎新连锁超市集团", "极光网安服务有限公司", "厦门",
     ["POS收银系统", "会员营销平台", "供应链协同平台"]),
    ("e3", "E", "dev", 2753, "星衡信息技术服务有限公司", "XHIT", "海川职业技术学院", "翼盾网络科技有限公司", "贵阳",
     ["教务管理系统", "一卡通系统", "统一身份认证平台"]),
    # the fourth held-out part: scored once at the end of a piece of work, never tuned on
    ("a6", "A", "dev", 3101, "澜石安全科技股份有限公司", "LSS", "渤海人寿保险股份有限公司", "铸甲安全服务有限公司", "大连",
     ["保单管理系统", "核保核赔系统", "移动展业平台"]),
    ("b6", "B", "dev", 3203, "Harborlight SecOps（福州）有限公司", "HLS", "海峡文旅传媒集团", "Sentrix运维服务有限公司", "福州",
     ["票务分销系统", "内容发布平台", "会员小程序"]),
    ("c6", "C", "dev", 3307, "呼和浩特北疆信息技术有限公司", "BJX", "新城区市场监督管理局", "内蒙古草原云网络科技有限公司", "呼和浩特",
     ["市场主体登记系统", "门户网站", "食品安全追溯平台"]),
    ("d6", "D", "dev", 3411, "赣钢数智科技有限公司", "GGSZ", "赣江钢铁集团有限公司", "洪城安信网络服务有限公司", "南昌",
     ["炼钢MES系统", "能源管控中心系统", "设备点检系统"]),
    ("d7", "D", "dev", 3513, "天山农牧数字科技有限公司", "TSNM", "天山农牧集团有限公司", "西域盾安信息技术有限公司", "乌鲁木齐",
     ["牧场管理系统", "乳品溯源平台", "饲料生产管理系统"]),
    ("e4", "E", "dev", 3617, "云帆数智运维服务有限公司", "YFSZ", "锦程航空物流股份有限公司", "铂影网络安全有限公司", "重庆",
     ["货运订舱系统", "航空货站管理系统", "报关单证平台"]),
    ("e5", "E", "dev", 3719, "朗维信息服务有限公司", "LWIS", "华南妇女儿童医院", "穹顶安全技术有限公司", "广州",
     ["电子病历系统", "预约挂号平台", "检验信息系统"]),
    ("e6", "E", "dev", 3823, "诚拓云服科技有限公司", "CTYF", "北原矿业股份有限公司", "钧盾信息安全服务有限公司", "太原",
     ["矿山安全监测系统", "生产调度系统", "设备全生命周期管理系统"]),
    ("f1", "F", "dev", 4129, "华讯通信集团有限公司河北省分公司", "HXHB", "冀东新区管理委员会", "冀通网络技术服务有限公司", "石家庄",
     ["政务云平台", "城市运行管理中心系统", "12345热线系统"]),
    ("f2", "F", "dev", 4231, "中拓电信股份有限公司江西分公司", "ZTJX", "浔阳城市燃气集团有限公司", "豫章信通工程有限公司", "九江",
     ["燃气SCADA系统", "智慧燃气营业厅", "管网巡检APP"]),
    ("f3", "F", "dev", 4337, "联讯移动通信有限公司黑龙江省分公司", "LXHL", "冰城公共交通集团有限公司", "龙江讯达通信技术有限公司", "哈尔滨",
     ["公交智能调度系统", "乘车码平台", "场站视频监控系统"]),
    ("f4", "F", "dev", 4441, "神州广通网络有限公司海南省分公司", "SZHN", "琼海自贸区综合服务中心", "南海星辰信息服务有限公司", "海口",
     ["国际贸易单一窗口", "跨境电商监管平台", "园区一网通办系统"]),
    # the fifth held-out part: scored once on 2026-11-30, then moved to dev
    ("a7", "A", "dev", 5107, "砺锋信息安全技术股份有限公司", "LFS", "滇池农村信用合作联社", "曜石安全服务有限公司", "温州",
     ["综合业务系统", "柜面业务系统", "信贷审批平台"]),
    ("a8", "A", "dev", 5233, "鼎衡网络空间安全股份有限公司", "DHC", "楚天铁路投资集团", "玄甲安防技术有限公司", "宜昌",
     ["铁路货运管理系统", "站段调度平台", "客票代售系统"]),
    ("b7", "B", "dev", 5359, "Ashgrove SecureOps（合肥）有限公司", "AGS", "江淮新能源汽车集团", "Kestrel运维服务有限公司", "合肥",
     ["整车订单系统", "电池溯源平台", "车联网TSP平台"]),
    ("b8", "B", "dev", 5471, "Tidewater CyberCare（珠海）有限公司", "TCC", "伶仃湾港口集团", "Paladin IT服务有限公司", "珠海",
     ["集装箱码头TOS系统", "闸口自动化系统", "港口EDI平台"]),
    ("c7", "C", "dev", 5587, "拉萨雪域网讯科技有限公司", "XYW", "城关区医疗保障局", "西藏高原数联科技有限公司", "拉萨",
     ["医保结算系统", "门户网站", "慢病备案系统"]),
    ("c8", "C", "dev", 5693, "西宁湟水信息技术有限公司", "HS", "城东区住房保障中心", "青海昆仑网安科技有限公司", "西宁",
     ["住房保障管理系统", "门户网站", "公租房摇号系统"]),
    ("d8", "D", "dev", 5711, "晋煤智联数字科技有限公司", "JMZL", "三晋煤业集团有限公司", "汾河安信网络技术有限公司", "临汾",
     ["煤矿安全监控系统", "洗选厂DCS监管平台", "物资供应链系统"]),
    ("d9", "D", "dev", 5827, "黔旅数字科技有限公司", "QLSZ", "黔山文旅投资集团有限公司", "筑城云安信息服务有限公司", "遵义",
     ["景区票务系统", "智慧酒店管理系统", "文旅大数据平台"]),
    ("e7", "E", "dev", 5939, "澄迈云服信息技术有限公司", "CMYF", "顺德湾农村商业银行", "罗盘网络安全技术有限公司", "佛山",
     ["客户关系管理系统", "电子渠道平台", "风险预警系统"]),
    ("e8", "E", "dev", 6043, "凌渡科技服务有限公司", "LDKJ", "青峦制药股份有限公司", "赤羽信息安全有限公司", "石家庄",
     ["GMP质量管理系统", "仓储WMS系统", "药品追溯码平台"]),
    ("e9", "E", "dev", 6151, "岚迹信息服务有限公司", "LJIS", "丰禾粮油集团", "斗拱安全服务有限公司", "哈密",
     ["粮库智能化系统", "采购电商平台", "财务共享中心系统"]),
    ("f5", "F", "dev", 6263, "华讯通信集团有限公司甘肃省分公司", "HXGS", "河西走廊新能源基地管委会", "陇通网络工程有限公司", "酒泉",
     ["新能源集控平台", "园区视频云平台", "政务外网门户"]),
    ("f6", "F", "dev", 6379, "中拓电信股份有限公司广西分公司", "ZTGX", "邕江智慧水利调度中心", "八桂信通技术服务有限公司", "南宁",
     ["水情遥测系统", "闸站远程控制系统", "防汛会商平台"]),
    ("f7", "F", "dev", 6481, "联讯移动通信有限公司吉林省分公司", "LXJL", "长白山旅游集团有限公司", "松江讯联通信工程有限公司", "长春",
     ["景区分时预约系统", "索道监控系统", "森林防火监测平台"]),
    ("g1", "G", "dev", 7127, "锦澜银行股份有限公司", "JLYH", "锦澜兴农村镇银行股份有限公司", "恒御信息技术外包服务有限公司", "嘉兴",
     ["新一代核心业务系统", "支付清算系统", "反洗钱监测系统"]),
    ("g2", "G", "dev", 7243, "沂蒙银行股份有限公司", "YMYH", "蒙山沂河村镇银行股份有限公司", "齐鲁长河信息技术服务有限公司", "临沂",
     ["供应链金融平台", "企业网上银行", "统一支付平台"]),
    ("g3", "G", "dev", 7369, "凤城银行股份有限公司", "FCYH", "丹凤宽甸村镇银行股份有限公司", "辽海融科信息服务有限公司", "丹东",
     ["综合前置系统", "手机银行系统", "监管数据报送平台"]),
    ("g4", "G", "dev", 7481, "岷江银行股份有限公司", "MJYH", "峨眉岷江村镇银行股份有限公司", "天府金信科技服务有限公司", "乐山",
     ["核心账务系统", "银行卡前置系统", "互联网贷款平台"]),
    # the sixth held-out part: scored once on 2026-11-30, then moved to dev
    ("a9", "A", "dev", 8111, "铭盾信息安全技术股份有限公司", "MDS", "洞庭湖农村商业银行", "青锋安全服务有限公司", "岳阳",
     ["综合业务系统", "企业网银系统", "影像平台"]),
    ("a10", "A", "dev", 8123, "远望网络安全科技股份有限公司", "YWS", "华北能源交易中心", "铁壁安全技术有限公司", "保定",
     ["电力营销系统", "交易结算系统", "调度数据网"]),
    ("a11", "A", "dev", 8137, "启衡信息系统安全股份有限公司", "QHS", "江海证券股份有限公司", "金汤安全服务有限公司", "南通",
     ["集中交易系统", "融资融券系统", "投资者服务平台"]),
    ("a12", "A", "dev", 8149, "瑞安网络安全集团股份有限公司", "RAS", "中原航空港投资集团", "卫城网络科技有限公司", "郑州",
     ["航空物流平台", "智慧园区系统", "OA办公系统"]),
    ("b9", "B", "dev", 8211, "Stonebridge SecOps（无锡）有限公司", "SBS", "太湖精密制造集团", "Vanguard运维服务有限公司", "无锡",
     ["MES生产执行系统", "PLM系统", "供应商门户"]),
    ("b10", "B", "dev", 8223, "Clearwater Cyber Services（青岛）有限公司", "CWC", "黄海冷链物流集团", "Bulwark IT服务有限公司", "青岛",
     ["冷链温控平台", "仓储管理系统", "订单中台"]),
    ("b11", "B", "dev", 8237, "Redmaple InfoSec（成都）有限公司", "RMI", "天府数字文创集团", "Aegisline运维有限公司", "成都",
     ["数字版权平台", "内容分发系统", "会员商城"]),
    ("b12", "B", "dev", 8249, "Silverpine CyberOps（南昌）有限公司", "SPC", "赣鄱城市燃气集团", "Rampart服务有限公司", "南昌",
     ["燃气营收系统", "管网SCADA系统", "客服热线平台"]),
    ("c9", "C", "dev", 8311, "银川贺兰信息技术有限公司", "HL", "金凤区人力资源和社会保障局", "宁夏塞上网络科技有限公司", "银川",
     ["就业服务系统", "门户网站", "劳动监察系统"]),
    ("c10", "C", "dev", 8323, "海口椰城网络科技有限公司", "YC", "美兰区卫生健康委员会", "海南琼岛数智科技有限公司", "海口",
     ["基层卫生信息系统", "门户网站", "疫苗接种管理系统"]),
    ("c11", "C", "dev", 8337, "长春北国信息技术有限公司", "BG", "朝阳区行政审批局", "吉林松辽网络有限公司", "长春",
     ["一网通办系统", "门户网站", "电子证照系统"]),
    ("c12", "C", "dev", 8349, "赣州章贡网安科技有限公司", "ZG", "章贡区自然资源局", "江西稀金信息技术有限公司", "赣州",
     ["国土空间规划系统", "门户网站", "不动产交易系统"]),
    ("d10", "D", "dev", 8411, "鲁港数字科技有限公司", "LGSZ", "鲁港物流集团有限公司", "泰岳信安网络服务有限公司", "日照",
     ["港口生产管理系统", "铁路集疏运平台", "财务共享系统"]),
    ("d11", "D", "dev", 8423, "湘电数智科技有限公司", "XDSZ", "湘江电力集团有限公司", "岳麓盾安信息技术有限公司", "株洲",
     ["发电生产管理系统", "电力营销系统", "安全生产监控平台"]),
    ("d12", "D", "dev", 8437, "闽建数字科技有限公司", "MJSZ", "闽江建工集团有限公司", "武夷云安网络服务有限公司", "福州",
     ["项目管理系统", "智慧工地平台", "劳务实名制系统"]),
    ("d13", "D", "dev", 8449, "陇能数字科技有限公司", "LNSZ", "陇原能源集团有限公司", "祁连安信信息服务有限公司", "兰州",
     ["能源调度系统", "煤炭运销系统", "设备管理系统"]),
    ("e10", "E", "dev", 8511, "穗恒信息服务有限公司", "SHIS", "岭南商业银行股份有限公司", "赤焰网络安全有限公司", "广州",
     ["信贷工厂系统", "网贷平台", "数据中台"]),
    ("e11", "E", "dev", 8523, "衡芯云维科技有限公司", "HXYW", "东湖光电科技股份有限公司", "曜盾安全服务有限公司", "武汉",
     ["晶圆MES系统", "良率分析平台", "SRM供应商系统"]),
    ("e12", "E", "dev", 8537, "澜山信息技术服务有限公司", "LSIT", "滨海国际学校集团", "鹰眼信息安全有限公司", "天津",
     ["校园管理平台", "在线学习系统", "家校通APP"]),
    ("e13", "E", "dev", 8549, "拓维智服科技有限公司", "TWZF", "川西连锁药房集团", "磐石网安服务有限公司", "成都",
     ["门店POS系统", "处方流转平台", "会员健康平台"]),
    ("f8", "F", "dev", 8611, "华讯通信集团有限公司湖南省分公司", "HXHN", "湘江新区管理委员会", "潇湘通信工程有限公司", "长沙",
     ["新区政务云", "城市大脑平台", "企业服务平台"]),
    ("f9", "F", "dev", 8623, "中拓电信股份有限公司山东分公司", "ZTSD", "胶东半岛港口集团", "齐鲁信通技术服务有限公司", "烟台",
     ["港口调度系统", "集装箱物联网平台", "视频监控云"]),
    ("f10", "F", "dev", 8637, "联讯移动通信有限公司四川省分公司", "LXSC", "川南城市供水集团", "巴蜀讯联通信工程有限公司", "宜宾",
     ["供水调度系统", "智能水表平台", "营业收费系统"]),
    ("f11", "F", "dev", 8649, "神州广通网络有限公司云南省分公司", "SZYN", "滇西边境口岸管理委员会", "彩云信达信息服务有限公司", "瑞丽",
     ["口岸通关系统", "边民互市平台", "智慧边境监控平台"]),
    ("g5", "G", "dev", 8711, "瓯江银行股份有限公司", "OJYH", "瓯江泰顺村镇银行股份有限公司", "东瓯信息技术外包服务有限公司", "温州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g6", "G", "dev", 8723, "汉水银行股份有限公司", "HSYH", "汉水竹山村镇银行股份有限公司", "楚天金科信息服务有限公司", "襄阳",
     ["新一代核心系统", "票据业务系统", "网联支付平台"]),
    ("g7", "G", "dev", 8737, "嵩山银行股份有限公司", "SSYH", "嵩山登封村镇银行股份有限公司", "中原融智科技服务有限公司", "洛阳",
     ["综合业务系统", "二代支付系统", "大数据风控平台"]),
    ("g8", "G", "dev", 8749, "雪峰银行股份有限公司", "XFYH", "雪峰洞口村镇银行股份有限公司", "潇湘金服信息技术有限公司", "邵阳",
     ["核心账务系统", "柜面系统", "监管报送平台"]),
    # the sixth held-out part, style H: scored once on 2026-11-30, then moved to dev
    ("h1", "H", "dev", 9103, "瓯江市第一人民医院", "OJYY", "永宁县人民医院", "仁和医疗信息技术有限公司", "瓯江",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h2", "H", "dev", 9227, "南陵市中心医院", "NLZX", "青阳县中医院", "杏林数智科技有限公司", "南陵",
     ["电子病历系统（EMR）", "医院集成平台", "PACS影像归档系统"]),
    ("h3", "H", "dev", 9341, "北塘市人民医院", "BTRY", "城北区石湖社区卫生服务中心", "博医云信息系统有限公司", "北塘",
     ["HIS系统", "互联网医院平台", "区域影像云平台"]),
    ("h4", "H", "dev", 9467, "西岭大学附属医院", "XLFY", "雁门县人民医院", "康桥信安科技有限公司", "西岭",
     ["临床数据中心（CDR）", "LIS系统", "手术麻醉系统"]),
    # the seventh held-out part: scored once on 2026-11-30, then moved to dev
    ("a13", "A", "dev", 11101, "凌霄信息安全技术股份有限公司", "LXS", "钱塘农村商业银行", "锐锋安全服务有限公司", "衢州",
     ["综合业务系统", "手机银行系统", "反欺诈平台"]),
    ("a14", "A", "dev", 11118, "卓信网络安全股份有限公司", "ZXN", "江淮证券股份有限公司", "磐盾安全技术有限公司", "芜湖",
     ["集中交易系统", "两融系统", "客户服务平台"]),
    ("a15", "A", "dev", 11135, "天衡信息系统股份有限公司", "THS", "赣江能源集团", "青铜安全服务有限公司", "赣州",
     ["电力营销系统", "生产管理系统", "OA办公系统"]),
    ("a16", "A", "dev", 11152, "弘安网络空间安全股份有限公司", "HAC", "南海航运集团", "铁甲安全技术有限公司", "湛江",
     ["船舶调度系统", "集装箱管理系统", "财务系统"]),
    ("a17", "A", "dev", 11169, "正元信息安全集团股份有限公司", "ZYS", "蜀南商业银行", "星盾安全服务有限公司", "绵阳",
     ["核心业务系统", "信贷系统", "网上银行系统"]),
    ("a18", "A", "dev", 11186, "辰光网安科技股份有限公司", "CGW", "柳江汽车集团", "玄武安全技术有限公司", "柳州",
     ["ERP系统", "MES系统", "经销商门户"]),
    ("b13", "B", "dev", 11203, "Brightwater SecOps（芜湖）有限公司", "BWS", "皖江新材料集团", "Sentinel运维服务有限公司", "榆林",
     ["MES系统", "LIMS系统", "供应商门户"]),
    ("b14", "B", "dev", 11220, "Oakridge Cyber Services（湛江）有限公司", "ORC", "粤西港务集团", "Bastionline IT服务有限公司", "潍坊",
     ["码头TOS系统", "堆场管理系统", "港口EDI平台"]),
    ("b15", "B", "dev", 11237, "Ironbark InfoSec（潍坊）有限公司", "IBI", "齐鲁农机集团", "Vigil运维有限公司", "常德",
     ["ERP系统", "PLM系统", "售后服务平台"]),
    ("b16", "B", "dev", 11254, "Cedarline CyberOps（泉州）有限公司", "CLC", "闽南鞋服集团", "Warden服务有限公司", "泉州",
     ["电商中台", "WMS仓储系统", "会员系统"]),
    ("b17", "B", "dev", 11271, "Northwind SecureOps（扬州）有限公司", "NWS", "运河文旅集团", "Palisade运维服务有限公司", "包头",
     ["票务系统", "酒店管理系统", "文旅小程序"]),
    ("b18", "B", "dev", 11288, "Summitgate Cyber（包头）有限公司", "SGC", "草原稀土集团", "Keystone IT服务有限公司", "南充",
     ["生产执行系统", "能源管理平台", "安全生产监控系统"]),
    ("c13", "C", "dev", 11305, "衢州柯城信息技术有限公司", "KC", "柯城区政务服务中心", "浙西网联科技有限公司", "宜宾",
     ["政务审批系统", "门户网站", "12345热线系统"]),
    ("c14", "C", "dev", 11322, "常德武陵网络科技有限公司", "WL", "武陵区教育局", "湘北智联科技有限公司", "扬州",
     ["教育云平台", "门户网站", "学籍管理系统"]),
    ("c15", "C", "dev", 11339, "南充顺庆信息技术有限公司", "SQ", "顺庆区人民医院", "川东数联网络有限公司", "安庆",
     ["HIS系统", "门户网站", "体检系统"]),
    ("c16", "C", "dev", 11356, "安庆迎江网安科技有限公司", "YJ", "迎江区市场监督管理局", "皖西南信息技术有限公司", "九江",
     ["市场监管系统", "门户网站", "信用公示系统"]),
    ("c17", "C", "dev", 11373, "曲靖麒麟信息技术有限公司", "QL", "麒麟区社会保险中心", "滇东网络科技有限公司", "桂林",
     ["社保经办系统", "门户网站", "档案系统"]),
    ("c18", "C", "dev", 11390, "牡丹江东安网络科技有限公司", "DA", "东安区住房和城乡建设局", "龙东智联信息技术有限公司", "遵义",
     ["房产交易系统", "门户网站", "物业监管平台"]),
    ("d14", "D", "dev", 11407, "晋能数智科技有限公司", "JNSZ", "晋能电力集团有限公司", "太行盾安网络服务有限公司", "曲靖",
     ["发电监控系统", "燃料管理系统", "协同办公系统"]),
    ("d15", "D", "dev", 11424, "桂港数字科技有限公司", "BBGW", "北部湾港务集团有限公司", "八桂云安信息服务有限公司", "大理",
     ["港口生产系统", "智慧物流平台", "财务共享系统"]),
    ("d16", "D", "dev", 11441, "豫粮数字科技有限公司", "YLSZ", "中原粮食集团有限公司", "嵩岳安信网络技术有限公司", "延边",
     ["粮库管理系统", "粮食交易平台", "ERP系统"]),
    ("d17", "D", "dev", 11458, "渝水数字科技有限公司", "YSSZ", "渝江水务集团有限公司", "巴渝云安信息技术有限公司", "张家口",
     ["营业收费系统", "管网GIS系统", "水质监测平台"]),
    ("d18", "D", "dev", 11475, "冀钢数智科技有限公司", "JGSZ", "燕赵钢铁集团有限公司", "冀盾信息安全服务有限公司", "秦皇岛",
     ["炼铁MES系统", "设备点检系统", "能源管控系统"]),
    ("d19", "D", "dev", 11492, "藏电数字科技有限公司", "ZDSZ", "雪域电力集团有限公司", "高原安信网络服务有限公司", "鞍山",
     ["电网调度系统", "营销系统", "安全生产管理系统"]),
    ("e14", "E", "dev", 11509, "澜汇信息服务有限公司", "LHIS", "东海财产保险股份有限公司", "赤霄网络安全有限公司", "吉林",
     ["核心承保系统", "理赔系统", "电销平台"]),
    ("e15", "E", "dev", 11526, "启辰云维科技有限公司", "QCYW", "南湖连锁餐饮集团", "玄鸟安全服务有限公司", "齐齐哈尔",
     ["POS收银系统", "会员营销平台", "中央厨房系统"]),
    ("e16", "E", "dev", 11543, "衡澄信息技术服务有限公司", "HCIT", "北辰职业大学", "鹞鹰信息安全有限公司", "牡丹江",
     ["教务系统", "一卡通系统", "统一身份认证平台"]),
    ("e17", "E", "dev", 11560, "曜迹科技服务有限公司", "YJKJ", "西岭制药股份有限公司", "苍穹网安服务有限公司", "盐城",
     ["GMP质量系统", "WMS仓储系统", "药品追溯平台"]),
    ("e18", "E", "dev", 11577, "朗拓智服科技有限公司", "LTZF", "东原矿业股份有限公司", "铁骑信息安全服务有限公司", "淮安",
     ["矿山监测系统", "生产调度系统", "设备管理系统"]),
    ("e19", "E", "dev", 11594, "澄碧云服信息技术有限公司", "CBYF", "珠江农村商业银行", "罗经网络安全技术有限公司", "连云港",
     ["客户关系管理系统", "电子渠道平台", "风险预警系统"]),
    ("f12", "F", "dev", 11611, "华讯通信集团有限公司浙江省分公司", "HXZJ", "钱江新区管理委员会", "之江通信工程有限公司", "舟山",
     ["新区政务云", "城市大脑平台", "企业服务平台"]),
    ("f13", "F", "dev", 11628, "中拓电信股份有限公司湖北分公司", "ZTHB", "江汉平原水利调度中心", "荆楚信通技术服务有限公司", "丽水",
     ["水情遥测系统", "闸站控制系统", "防汛会商平台"]),
    ("f14", "F", "dev", 11645, "联讯移动通信有限公司山西省分公司", "LXSX", "汾河谷地新能源集团", "晋通讯联工程有限公司", "金华",
     ["新能源集控平台", "场站视频平台", "营销系统"]),
    ("f15", "F", "dev", 11662, "神州广通网络有限公司贵州省分公司", "SZGZ", "黔中大数据产业园管委会", "黔通信达信息服务有限公司", "漳州",
     ["园区一网通办", "数据交易平台", "视频监控云"]),
    ("f16", "F", "dev", 11679, "华讯通信集团有限公司福建省分公司", "HXFJ", "闽江口港区管理委员会", "八闽通信工程有限公司", "莆田",
     ["港区调度系统", "口岸通关平台", "视频监控云"]),
    ("f17", "F", "dev", 11696, "中拓电信股份有限公司陕西分公司", "ZTSX", "秦岭生态保护中心", "三秦信通技术服务有限公司", "上饶",
     ["生态监测平台", "林区防火系统", "政务门户"]),
    ("g9", "G", "dev", 11713, "钱塘银行股份有限公司", "QTYH", "钱塘临安村镇银行股份有限公司", "浙银信息技术外包服务有限公司", "景德镇",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g10", "G", "dev", 11730, "漓江银行股份有限公司", "LJYH", "漓江阳朔村镇银行股份有限公司", "桂林金科信息服务有限公司", "株洲",
     ["新一代核心系统", "票据系统", "网联支付平台"]),
    ("g11", "G", "dev", 11747, "泰山银行股份有限公司", "TSYH", "泰山肥城村镇银行股份有限公司", "齐鲁融智科技服务有限公司", "岳阳",
     ["综合业务系统", "二代支付系统", "风控平台"]),
    ("g12", "G", "dev", 11764, "赣南银行股份有限公司", "GNYH", "赣南于都村镇银行股份有限公司", "赣鄱金服信息技术有限公司", "襄阳",
     ["核心账务系统", "柜面系统", "监管报送平台"]),
    ("g13", "G", "dev", 11781, "松花江银行股份有限公司", "SHJYH", "松花江五常村镇银行股份有限公司", "龙江金信科技服务有限公司", "宜昌",
     ["核心业务系统", "互联网贷款平台", "统一支付平台"]),
    ("g14", "G", "dev", 11798, "洞庭银行股份有限公司", "DTYH", "洞庭华容村镇银行股份有限公司", "湘楚融科信息服务有限公司", "荆州",
     ["新一代核心系统", "银行卡前置系统", "手机银行系统"]),
    ("h5", "H", "dev", 11815, "衢江市人民医院", "QJRY", "衢江区廿里镇卫生院", "康联医疗信息技术有限公司", "衢江",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h6", "H", "dev", 11832, "湛海市中心医院", "ZHZX", "湛海市霞山区中医院", "岐黄数智科技有限公司", "湛海",
     ["电子病历系统（EMR）", "医院集成平台", "PACS影像归档系统"]),
    ("h7", "H", "dev", 11849, "潍河市第二人民医院", "WHEY", "潍河县人民医院", "杏坛医疗信息系统有限公司", "潍河",
     ["HIS系统", "互联网医院平台", "区域影像云平台"]),
    ("h8", "H", "dev", 11866, "南岭医科大学附属医院", "NLFY", "南岭县人民医院", "仁心信安科技有限公司", "南岭",
     ["临床数据中心（CDR）", "LIS系统", "手术麻醉系统"]),
    ("h9", "H", "dev", 11883, "泉港市妇幼保健院", "QGFY", "泉港区社区卫生服务中心", "百草云医疗信息技术有限公司", "泉港",
     ["妇幼信息系统", "HIS系统", "预约挂号平台"]),
    ("h10", "H", "dev", 11900, "延河市中医医院", "YHZY", "延河县中医院", "杏林云信息科技有限公司", "延河",
     ["HIS系统", "中医电子病历系统", "治未病管理系统"]),
    # the seventh held-out part, style I: scored once on 2026-11-30, then moved to dev
    ("i1", "I", "dev", 10103, "云岫网络科技有限公司", "YXWL", "嘉禾连锁零售集团股份有限公司", "深蓝安全技术有限公司", "杭州",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i2", "I", "dev", 10217, "星桥云计算有限公司", "XQYJ", "北湾智慧物流股份有限公司", "铁穹安全服务有限公司", "东莞",
     ["容器云平台（K8s）", "开放API网关", "消息队列服务"]),
    ("i3", "I", "dev", 10331, "青鸾互联网科技有限公司", "QLHL", "南岭职业教育集团", "白泽网络安全有限公司", "芜湖",
     ["在线直播课堂平台", "内容审核服务", "数据仓库（Hive）"]),
    ("i4", "I", "dev", 10457, "燧光数据科技有限公司", "SGSJ", "东岭新能源装备股份有限公司", "玄武盾信息安全有限公司", "常州",
     ["IoT设备接入平台", "时序数据库集群", "运营管理后台"]),
    # the eighth held-out part: written and its truth committed before any scoring run on it
    ("a19", "A", "heldout", 13101, "珩创信息安全技术股份有限公司", "A19S", "湖州农村商业银行", "峻航安全服务有限公司", "湖州",
     ["电力营销系统", "生产管理系统", "OA办公系统"]),
    ("a20", "A", "heldout", 13114, "砚科信息安全技术股份有限公司", "A20S", "嘉兴农村商业银行", "璟卫安全服务有限公司", "嘉兴",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a21", "A", "heldout", 13127, "珩信信息安全技术股份有限公司", "A21S", "绍兴农村商业银行", "睿航安全服务有限公司", "绍兴",
     ["电力营销系统", "生产管理系统", "OA办公系统"]),
    ("a22", "A", "heldout", 13140, "澜维信息安全技术股份有限公司", "A22S", "台州农村商业银行", "泓讯安全服务有限公司", "台州",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a23", "A", "heldout", 13153, "砚维信息安全技术股份有限公司", "A23S", "宁德农村商业银行", "锦创安全服务有限公司", "宁德",
     ["电力营销系统", "生产管理系统", "OA办公系统"]),
    ("a24", "A", "heldout", 13166, "昱创信息安全技术股份有限公司", "A24S", "三明农村商业银行", "岑安安全服务有限公司", "三明",
     ["电力营销系统", "生产管理系统", "OA办公系统"]),
    ("a25", "A", "heldout", 13179, "霁维信息安全技术股份有限公司", "A25S", "南平农村商业银行", "璟航安全服务有限公司", "南平",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a26", "A", "heldout", 13192, "砚安信息安全技术股份有限公司", "A26S", "龙岩农村商业银行", "琨维安全服务有限公司", "龙岩",
     ["电力营销系统", "生产管理系统", "OA办公系统"]),
    ("b19", "B", "heldout", 13205, "Ashford SecOps（萍乡）有限公司", "B19S", "萍乡铂卫制造集团", "Kingsbay运维服务有限公司", "萍乡",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b20", "B", "heldout", 13218, "Birchwood SecOps（新余）有限公司", "B20S", "新余铂联制造集团", "Larchmont运维服务有限公司", "新余",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b21", "B", "heldout", 13231, "Coldharbor SecOps（鹰潭）有限公司", "B21S", "鹰潭昱科制造集团", "Millbrook运维服务有限公司", "鹰潭",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b22", "B", "heldout", 13244, "Dunmore SecOps（吉安）有限公司", "B22S", "吉安沐卫制造集团", "Northfield运维服务有限公司", "吉安",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b23", "B", "heldout", 13257, "Elmstead SecOps（抚州）有限公司", "B23S", "抚州朔创制造集团", "Oakhurst运维服务有限公司", "抚州",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b24", "B", "heldout", 13270, "Fairhaven SecOps（宜春）有限公司", "B24S", "宜春峻卫制造集团", "Pinecrest运维服务有限公司", "宜春",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b25", "B", "heldout", 13283, "Glenrock SecOps（邵阳）有限公司", "B25S", "邵阳曜安制造集团", "Queensgate运维服务有限公司", "邵阳",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b26", "B", "heldout", 13296, "Hollowell SecOps（郴州）有限公司", "B26S", "郴州翔卫制造集团", "Ravenhill运维服务有限公司", "郴州",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("c19", "C", "heldout", 13309, "永州锦安信息技术有限公司", "C19", "永州区政务服务中心", "永州泓联网络科技有限公司", "永州",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c20", "C", "heldout", 13322, "怀化曜维信息技术有限公司", "C20", "怀化区政务服务中心", "怀化恒维网络科技有限公司", "怀化",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c21", "C", "heldout", 13335, "娄底瑞盾信息技术有限公司", "C21", "娄底区政务服务中心", "娄底泓航网络科技有限公司", "娄底",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c22", "C", "heldout", 13348, "益阳澜卫信息技术有限公司", "C22", "益阳区政务服务中心", "益阳桓达网络科技有限公司", "益阳",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c23", "C", "heldout", 13361, "十堰沐安信息技术有限公司", "C23", "十堰区政务服务中心", "十堰砚达网络科技有限公司", "十堰",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c24", "C", "heldout", 13374, "孝感枫创信息技术有限公司", "C24", "孝感区政务服务中心", "孝感宸维网络科技有限公司", "孝感",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c25", "C", "heldout", 13387, "黄冈砚宇信息技术有限公司", "C25", "黄冈区政务服务中心", "黄冈锦盾网络科技有限公司", "黄冈",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c26", "C", "heldout", 13400, "咸宁桓安信息技术有限公司", "C26", "咸宁区政务服务中心", "咸宁瑞科网络科技有限公司", "咸宁",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("d20", "D", "heldout", 13413, "宸安数字科技有限公司", "D20SZ", "随州岑科集团有限公司", "霁航信息安全服务有限公司", "随州",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d21", "D", "heldout", 13426, "璟盾数字科技有限公司", "D21SZ", "恩施瑞创集团有限公司", "睿安信息安全服务有限公司", "恩施",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d22", "D", "heldout", 13439, "昱达数字科技有限公司", "D22SZ", "信阳锦航集团有限公司", "瑞达信息安全服务有限公司", "信阳",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d23", "D", "heldout", 13452, "枫安数字科技有限公司", "D23SZ", "周口沐科集团有限公司", "泓创信息安全服务有限公司", "周口",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d24", "D", "heldout", 13465, "澜达数字科技有限公司", "D24SZ", "驻马店翔信集团有限公司", "曜盾信息安全服务有限公司", "驻马店",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d25", "D", "heldout", 13478, "铂信数字科技有限公司", "D25SZ", "商丘曦讯集团有限公司", "曦联信息安全服务有限公司", "商丘",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d26", "D", "heldout", 13491, "睿信数字科技有限公司", "D26SZ", "许昌霁科集团有限公司", "璟联信息安全服务有限公司", "许昌",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d27", "D", "heldout", 13504, "铂讯数字科技有限公司", "D27SZ", "漯河峻科集团有限公司", "恒讯信息安全服务有限公司", "漯河",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("e20", "E", "heldout", 13517, "岑创信息服务有限公司", "E20IS", "焦作珩维股份有限公司", "澜宇网络安全有限公司", "焦作",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e21", "E", "heldout", 13530, "朔航信息服务有限公司", "E21IS", "鹤壁翔盾股份有限公司", "曜航网络安全有限公司", "鹤壁",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e22", "E", "heldout", 13543, "枫讯信息服务有限公司", "E22IS", "濮阳恒盾股份有限公司", "曦维网络安全有限公司", "濮阳",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e23", "E", "heldout", 13556, "朔安信息服务有限公司", "E23IS", "安阳煦讯股份有限公司", "珩科网络安全有限公司", "安阳",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e24", "E", "heldout", 13569, "昱宇信息服务有限公司", "E24IS", "聊城枫宇股份有限公司", "朔维网络安全有限公司", "聊城",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e25", "E", "heldout", 13582, "锦信信息服务有限公司", "E25IS", "德州峻宇股份有限公司", "睿科网络安全有限公司", "德州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e26", "E", "heldout", 13595, "砚联信息服务有限公司", "E26IS", "滨州珩讯股份有限公司", "澜航网络安全有限公司", "滨州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e27", "E", "heldout", 13608, "翔安信息服务有限公司", "E27IS", "东营曦达股份有限公司", "昱讯网络安全有限公司", "东营",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("f18", "F", "heldout", 13621, "华讯通信集团有限公司安徽省分公司", "F18X", "菏泽新区管理委员会", "菏泽通信工程有限公司", "菏泽",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f19", "F", "heldout", 13634, "中拓电信股份有限公司江苏省分公司", "F19X", "枣庄新区管理委员会", "枣庄通信工程有限公司", "枣庄",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f20", "F", "heldout", 13647, "联讯移动通信有限公司河南省分公司", "F20X", "泰安新区管理委员会", "泰安通信工程有限公司", "泰安",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f21", "F", "heldout", 13660, "神州广通网络有限公司辽宁省分公司", "F21X", "威海新区管理委员会", "威海通信工程有限公司", "威海",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f22", "F", "heldout", 13673, "华讯通信集团有限公司内蒙古分公司", "F22X", "莱芜新区管理委员会", "莱芜通信工程有限公司", "莱芜",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f23", "F", "heldout", 13686, "中拓电信股份有限公司宁夏分公司", "F23X", "淄博新区管理委员会", "淄博通信工程有限公司", "淄博",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f24", "F", "heldout", 13699, "联讯移动通信有限公司青海省分公司", "F24X", "沧州新区管理委员会", "沧州通信工程有限公司", "沧州",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f25", "F", "heldout", 13712, "神州广通网络有限公司西藏分公司", "F25X", "衡水新区管理委员会", "衡水通信工程有限公司", "衡水",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("g15", "G", "heldout", 13725, "邢台银行股份有限公司", "G15YH", "邢台宸卫村镇银行股份有限公司", "昱安信息技术外包服务有限公司", "邢台",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g16", "G", "heldout", 13738, "邯郸银行股份有限公司", "G16YH", "邯郸宸科村镇银行股份有限公司", "睿创信息技术外包服务有限公司", "邯郸",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g17", "G", "heldout", 13751, "承德银行股份有限公司", "G17YH", "承德砚讯村镇银行股份有限公司", "砚创信息技术外包服务有限公司", "承德",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g18", "G", "heldout", 13764, "廊坊银行股份有限公司", "G18YH", "廊坊岑达村镇银行股份有限公司", "煦航信息技术外包服务有限公司", "廊坊",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g19", "G", "heldout", 13777, "大同银行股份有限公司", "G19YH", "大同琨宇村镇银行股份有限公司", "霁盾信息技术外包服务有限公司", "大同",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g20", "G", "heldout", 13790, "朔州银行股份有限公司", "G20YH", "朔州曜科村镇银行股份有限公司", "曜联信息技术外包服务有限公司", "朔州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g21", "G", "heldout", 13803, "忻州银行股份有限公司", "G21YH", "忻州枫维村镇银行股份有限公司", "峻讯信息技术外包服务有限公司", "忻州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g22", "G", "heldout", 13816, "晋中银行股份有限公司", "G22YH", "晋中睿卫村镇银行股份有限公司", "璟科信息技术外包服务有限公司", "晋中",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("h11", "H", "heldout", 13829, "吕梁市人民医院", "H11RY", "吕梁县人民医院", "铂维医疗信息技术有限公司", "吕梁",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h12", "H", "heldout", 13842, "长治市人民医院", "H12RY", "长治县人民医院", "泓维医疗信息技术有限公司", "长治",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h13", "H", "heldout", 13855, "晋城市人民医院", "H13RY", "晋城县人民医院", "砚盾医疗信息技术有限公司", "晋城",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h14", "H", "heldout", 13868, "运城市人民医院", "H14RY", "运城县人民医院", "珩联医疗信息技术有限公司", "运城",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h15", "H", "heldout", 13881, "阳泉市人民医院", "H15RY", "阳泉县人民医院", "澜联医疗信息技术有限公司", "阳泉",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h16", "H", "heldout", 13894, "通辽市人民医院", "H16RY", "通辽县人民医院", "岑卫医疗信息技术有限公司", "通辽",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h17", "H", "heldout", 13907, "赤峰市人民医院", "H17RY", "赤峰县人民医院", "曜达医疗信息技术有限公司", "赤峰",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h18", "H", "heldout", 13920, "乌海市人民医院", "H18RY", "乌海县人民医院", "恒宇医疗信息技术有限公司", "乌海",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("i5", "I", "heldout", 13933, "霁安云计算有限公司", "I05YJ", "巴彦淖尔璟信股份有限公司", "泓达安全技术有限公司", "巴彦淖尔",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i6", "I", "heldout", 13946, "曦盾云计算有限公司", "I06YJ", "鄂尔多斯澜盾股份有限公司", "锦达安全技术有限公司", "鄂尔多斯",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i7", "I", "heldout", 13959, "泓科云计算有限公司", "I07YJ", "呼伦贝尔瑞讯股份有限公司", "翔达安全技术有限公司", "呼伦贝尔",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i8", "I", "heldout", 13972, "峻安云计算有限公司", "I08YJ", "锡林浩特琨信股份有限公司", "曜讯安全技术有限公司", "锡林浩特",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i9", "I", "heldout", 13985, "琨卫云计算有限公司", "I09YJ", "四平睿联股份有限公司", "宸信安全技术有限公司", "四平",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i10", "I", "heldout", 13998, "朔卫云计算有限公司", "I10YJ", "辽源朔盾股份有限公司", "霁讯安全技术有限公司", "辽源",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i11", "I", "heldout", 14011, "澜信云计算有限公司", "I11YJ", "白山铂宇股份有限公司", "桓维安全技术有限公司", "白山",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i12", "I", "heldout", 14024, "翔维云计算有限公司", "I12YJ", "松原昱维股份有限公司", "铂科安全技术有限公司", "松原",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    # the eighth held-out part: a new style, J, written and its truth committed before any scoring run on it
    ("j1", "J", "heldout", 12101, "东岳省电力有限公司信息通信分公司", "DYXT", "临江供电公司", "远衡信安技术有限公司", "泰安",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j2", "J", "heldout", 12223, "冀北省电力有限公司信息通信分公司", "JBXT", "北岭风电有限公司", "燕山电力信息服务有限公司", "张家口",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j3", "J", "heldout", 12347, "湘南省电力有限公司信息通信分公司", "XNXT", "湘南衡阳供电公司", "潇湘电网科技有限公司", "衡阳",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j4", "J", "heldout", 12469, "闽海省电力有限公司信息通信分公司", "MHXT", "滨海光伏发电有限公司", "海峡电力信通技术有限公司", "莆田",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
]


class Company:
    def __init__(self, cid, style, part, seed, name, short, customer, vendor, city, systems):
        self.id, self.style, self.part = cid, style, part
        self.rng = random.Random(seed)
        self.name, self.short, self.customer, self.vendor, self.city = name, short, customer, vendor, city
        self.systems = systems
        pool = random.Random(seed + 1)
        names = set()
        while len(names) < 14:
            names.add(pool.choice(SURNAMES) + pool.choice(GIVEN))
        names = sorted(names)
        pool.shuffle(names)
        self.people, self.cpeople, self.vpeople = names[:7], names[7:11], names[11:14]
        self.boss = self.people[6]
        self.files = []       # (relpath, fmt, doc or raw bytes, note)
        self.used = set()

    def p(self, i):
        return self.people[i % 6]

    def cp(self, i):
        return self.cpeople[i % 4]

    def vp(self, i):
        return self.vpeople[i % 3]

    def sys(self, i):
        return self.systems[i % 3]

    # dates
    def fresh(self):
        return date(2026, 1, 8) + timedelta(days=self.rng.randint(0, 300))

    def old(self):
        return date(2024, 2, 1) + timedelta(days=self.rng.randint(0, 560))

    def issued(self):
        return date(2023, 3, 1) + timedelta(days=self.rng.randint(0, 1150))

    def add(self, rel, doc, fmt=None, **opt):
        """Place a document at rel (its extension says the format)."""
        if rel in self.used:
            raise SystemExit("duplicate path %s in %s" % (rel, self.id))
        self.used.add(rel)
        self.files.append((rel, fmt or rel.rsplit(".", 1)[-1].lower(), doc, opt))

    def raw(self, rel, data, why):
        self.used.add(rel)
        self.files.append((rel, "raw", data, {"why": why}))


# ------------------------------------------------------------------------ rendering

def _strip_bloat(name, body):
    """python-docx's template carries 500 KB of unused styles and a thumbnail; Word
    documents without them are ordinary, and the corpus stays small."""
    if name in ("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"):
        s = body.decode("utf-8")
        s = re.sub(r'<Override PartName="/(word/stylesWithEffects\.xml|docProps/thumbnail\.jpeg|'
                   r'customXml/[^"]*)"[^>]*/>', "", s)
        s = re.sub(r'<Relationship [^>]*Target="(stylesWithEffects\.xml|docProps/thumbnail\.jpeg|'
                   r'\.\./customXml/[^"]*)"[^>]*/>', "", s)
        return s.encode("utf-8")
    return body


def _fix_core(xml, when, title):
    for tag in ("created", "modified"):
        pat = re.compile(r"<dcterms:%s\b[^>]*?(/>|>.*?</dcterms:%s>)" % (tag, tag), re.S)
        # openpyxl declares the namespaces on each element, python-docx on the root:
        # declare them here too so that both stay well-formed
        el = ('<dcterms:%s xmlns:dcterms="http://purl.org/dc/terms/" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:type="dcterms:W3CDTF">%sT01:30:00Z</dcterms:%s>' % (tag, when.isoformat(), tag))
        xml, n = pat.subn(el, xml)
        if n == 0:
            xml = xml.replace("</cp:coreProperties>", el + "</cp:coreProperties>")
    xml = re.sub(r"<cp:lastPrinted>.*?</cp:lastPrinted>", "", xml)
    return xml


def repack(data, path, when, title):
    drop = re.compile(r"^(word/stylesWithEffects\.xml|docProps/thumbnail\.jpeg|customXml/.*)$")
    members = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for zi in zf.infolist():
            if drop.match(zi.filename):
                continue
            body = _strip_bloat(zi.filename, zf.read(zi.filename))
            if zi.filename == "docProps/core.xml":
                body = _fix_core(body.decode("utf-8"), when, title).encode("utf-8")
            members.append((zi.filename, body))
    with zipfile.ZipFile(path, "w") as zf:
        for name, body in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, body, compresslevel=9)


def doc_blocks(doc):
    """A spreadsheet kind written as a document: each sheet a titled table."""
    if doc.blocks:
        return doc.blocks
    b = []
    for name, rows in doc.sheets:
        if rows and len(rows[0]) == 1:
            b.append(("title", str(rows[0][0])))
            rows = rows[1:]
        width = max(len(r) for r in rows) if rows else 1
        b.append(("table", [[str(c) for c in r] + [""] * (width - len(r)) for r in rows]))
    return b


def heading(doc):
    """The title a document's author typed into its properties: its own heading."""
    for blk in doc_blocks(doc):
        if blk[0] == "title":
            return blk[1]
    return doc.title


def render_docx(doc, path, opt):
    import docx
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    cp = d.core_properties
    cp.title = heading(doc) if opt.get("meta_title") else ""
    cp.author = opt.get("author", "Administrator")
    cp.last_modified_by = cp.author
    cp.comments = ""
    cp.revision = 1
    styled = opt.get("styled", True)
    for blk in doc_blocks(doc):
        k = blk[0]
        if k == "title":
            if styled:
                d.add_heading(blk[1], 0)
            else:
                d.add_paragraph().add_run(blk[1]).bold = True
        elif k in ("h1", "h2"):
            if styled:
                d.add_heading(blk[1], 1 if k == "h1" else 2)
            else:
                d.add_paragraph(blk[1])
        elif k == "p":
            d.add_paragraph(blk[1])
        elif k == "big":
            # a 红头: the issuer in large red type, a direct format, no heading style
            from docx.shared import Pt, RGBColor
            run = d.add_paragraph().add_run(blk[1])
            run.bold, run.font.size, run.font.color.rgb = True, Pt(26), RGBColor(0xC0, 0, 0)
        elif k == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "table":
            rows = blk[1]
            t = d.add_table(rows=0, cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    repack(buf.getvalue(), path, doc.date, doc.title)


def render_xlsx(doc, path, opt):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    sheets = doc.sheets or [("Sheet1", [[b[1]] for b in doc.blocks if b[0] not in ("table", "break")])]
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = opt.get("sheet_name", name) if len(sheets) == 1 else name
        for r in rows:
            ws.append(list(r))
    wb.properties.title = heading(doc) if opt.get("meta_title") else None
    wb.properties.creator = opt.get("author", "Administrator")
    wb.properties.lastModifiedBy = wb.properties.creator
    buf = io.BytesIO()
    wb.save(buf)
    repack(buf.getvalue(), path, doc.date, doc.title)


FONT = "STSong-Light"


def _wrap(text, size, width):
    from reportlab.pdfbase import pdfmetrics
    out, line = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(line + ch, FONT, size) > width:
            out.append(line)
            line = ch
        else:
            line += ch
    out.append(line)
    return out


def render_pdf(doc, path, opt):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, invariant=1)
    stamp = "D:%04d%02d%02d093000+08'00'" % (doc.date.year, doc.date.month, doc.date.day)
    c.setDateFormatter(lambda *a: stamp)
    if opt.get("meta_title"):
        c.setTitle(heading(doc))
    c.setAuthor(opt.get("author", "Administrator"))
    c.setCreator(opt.get("creator", "Microsoft Word"))
    y = [780]

    def line(s, size):
        for piece in _wrap(s, size, 450):
            if y[0] < 60:
                c.showPage()
                y[0] = 780
            c.setFont(FONT, size)
            c.drawString(72, y[0], piece)
            y[0] -= size * 1.7

    for blk in doc_blocks(doc):
        k = blk[0]
        if k == "title":
            line(blk[1], 18)
        elif k == "h1":
            line(blk[1], 14)
        elif k in ("h2", "p"):
            line(blk[1], 11)
        elif k == "big":
            c.setFillColorRGB(0.75, 0, 0)
            line(blk[1], 24)
            c.setFillColorRGB(0, 0, 0)
        elif k == "break":
            c.showPage()
            y[0] = 780
        elif k == "table":
            for r in blk[1]:
                line("  ".join(str(v) for v in r), 10)
    c.showPage()
    c.save()


def doc_text(doc):
    out = []
    for blk in doc_blocks(doc):
        if blk[0] == "table":
            out += ["\t".join(str(v) for v in r) for r in blk[1]]
        elif blk[0] != "break":
            out.append(blk[1])
    return "\r\n".join(out) + "\r\n"


def render(root, co, rel, fmt, obj, opt):
    path = os.path.join(root, co.id, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if fmt == "raw":
        with open(path, "wb") as f:
            f.write(obj)
        t = datetime(2026, 11, 2, 9, 0).timestamp()
        os.utime(path, (t, t))
        return
    if fmt == "docx":
        render_docx(obj, path, opt)
    elif fmt == "xlsx":
        render_xlsx(obj, path, opt)
    elif fmt == "pdf":
        render_pdf(obj, path, opt)
    elif fmt == "txt":
        with open(path, "wb") as f:
            f.write(doc_text(obj).encode(opt.get("encoding", "utf-8")))
    else:
        raise SystemExit("unknown format " + fmt)
    t = datetime(obj.date.year, obj.date.month, obj.date.day, 10, 0).timestamp()
    os.utime(path, (t, t))


# ------------------------------------------------------------------- the three styles

def lock_bytes(owner):
    """A Word owner ("~$") file: length byte, the user name, padding."""
    n = owner.encode("utf-8")
    return bytes([len(n)]) + n + b"\x00" * (54 - len(n)) + owner.encode("utf-16-le")[:108].ljust(108, b"\x00")


def maybe(co, p):
    return co.rng.random() < p


def common_plan(co):
    """Which documents this company has: a list of (slot, factory, record?).  Every
    company draws its own gaps (documents it never wrote) and old-only records (the last
    one is more than a year old) from its seed."""
    f, o, i = co.fresh, co.old, co.issued
    s = co.rng
    plan = {
        "survey": lambda d: K.survey(co, d, time_req=s.random() < 0.85, sec_types=s.random() < 0.8),
        "budget": lambda d: K.budget(co, d),
        "communication": lambda d: K.communication(co, d),
        "history_list": lambda d: K.history_list(co, d),
        "history_analysis": lambda d: K.history_analysis(co, d),
        "ops_strategy": lambda d: K.ops_strategy(co, d),
        "avail_kpis": lambda d: K.avail_kpis(co, d),
        "service_analysis": lambda d: K.service_analysis(co, d, automation=s.random() < 0.7),
        "sld_ola": lambda d: K.sld_ola(co, d),
        "org_chart": lambda d: K.org_chart(co, d),
        "staff_list": lambda d: K.staff_list(co, d),
        "role_list": lambda d: K.role_list(co, d),
        "interface_person": lambda d: K.interface_person(co, d),
        "construction_manual": lambda d: K.construction_manual(co, d),
        "req_analysis": lambda d: K.req_analysis(co, d),
        "test_plan": lambda d: K.test_plan(co, d, rollback=s.random() < 0.8),
        "baseline": lambda d: K.baseline(co, d),
        "compat_report": lambda d: K.compat_report(co, d),
        "catalog": lambda d: K.catalog(co, d, parts=s.choice([("basic", "level2", "level1"),
                                                               ("basic", "level2", "level1"),
                                                               ("basic", "level1"), ("basic",)])),
        "asset_list": lambda d: K.asset_list(co, d),
        "cmdb": lambda d: K.cmdb(co, d, relations=s.random() < 0.7),
        "ci_updates": lambda d: K.ci_updates(co, d),
        "hw_faults": lambda d: K.hw_faults(co, d),
        "health_report": lambda d: K.health_report(co, d, collection=s.random() < 0.3),
        "collection": lambda d: K.collection(co, d),
        "log_analysis": lambda d: K.log_analysis(co, d),
        "incident_stats": lambda d: K.incident_stats(co, d, analysis=s.random() < 0.4),
        "incident_analysis": lambda d: K.incident_analysis(co, d),
        "avail_plan": lambda d: K.avail_plan(co, d),
        "avail_events": lambda d: K.avail_events(co, d),
        "avail_report": lambda d: K.avail_report(co, d),
        "knowledge_base": lambda d: K.knowledge_base(co, d),
        "pentest_plan": lambda d: K.pentest_plan(co, d),
        "pentest_report": lambda d: K.pentest_report(co, d),
        "dev_plan": lambda d: K.dev_plan(co, d),
        "sla": lambda d: K.sla(co, d, modes=s.random() < 0.85, kpis=s.random() < 0.85, health=s.random() < 0.5),
        "emergency_plan": lambda d: K.emergency_plan(co, d, recovery_strategy=s.random() < 0.7,
                                                     recovery_plan=s.random() < 0.3),
        "recovery_plan": lambda d: K.recovery_plan(co, d),
        "bcp": lambda d: K.bcp(co, d),
        "drill_record": lambda d: K.drill_record(co, d, emergency=True, recovery=s.random() < 0.5),
        "recovery_drill": lambda d: K.drill_record(co, d, emergency=False, recovery=True),
        "sat_trend": lambda d: K.sat_trend(co, d),
        "followup": lambda d: K.followup(co, d),
        "tickets": lambda d: K.tickets(co, d, response_times=s.random() < 0.7),
        "service_desk": lambda d: K.service_desk(co, d),
        "desk_training": lambda d: K.desk_training(co, d),
        "monitoring_report": lambda d: K.monitoring_report(co, d, data=s.random() < 0.3, avail=s.random() < 0.3),
        "ops_data": lambda d: K.ops_data(co, d),
        "grading": lambda d: K.grading(co, d),
        "grading_criteria": lambda d: K.grading_criteria(co, d),
        "bulletin": lambda d: K.bulletin(co, d, full=s.random() < 0.75),
        "change_records": lambda d: K.change_records(co, d),
        "kpi_list": lambda d: K.kpi_list(co, d),
        "capa": lambda d: K.capa(co, d, verify=s.random() < 0.75),
        "internal_audit": lambda d: K.internal_audit(co, d),
        "mgmt_review": lambda d: K.mgmt_review(co, d, inputs=tuple(x for x in ("perf", "feedback", "resources", "ca", "changes", "improve") if s.random() < 0.9)),
        "iso_cert": lambda d: K.iso_cert(co, d),
        "improve_plan": lambda d: K.improve_plan(co, d, criteria=s.random() < 0.75),
        "improve_opps": lambda d: K.improve_opps(co, d),
        "improve_track": lambda d: K.improve_track(co, d),
        "improve_training": lambda d: K.improve_training(co, d),
        "defect_analysis": lambda d: K.defect_analysis(co, d),
        "grading_dummy": None,
    }
    del plan["grading_dummy"]
    return plan


RECORD_SLOTS = {"survey", "budget", "communication", "history_list", "history_analysis", "staff_list",
                "req_analysis", "compat_report", "asset_list", "cmdb", "ci_updates", "hw_faults",
                "health_report", "collection", "log_analysis", "incident_stats", "incident_analysis",
                "avail_events", "avail_report", "knowledge_base", "pentest_report", "drill_record",
                "recovery_drill", "sat_trend", "followup", "tickets", "desk_training", "monitoring_report",
                "ops_data", "grading", "bulletin", "change_records", "kpi_list", "capa", "internal_audit",
                "mgmt_review", "improve_plan", "improve_opps", "improve_track", "improve_training",
                "defect_analysis", "service_analysis"}


def choose(co, plan, gap_p, oldonly_n):
    """Drop this company's gaps; turn a few records into old-only ones."""
    keys = sorted(plan)
    gaps = {k for k in keys if co.rng.random() < gap_p}
    rec = sorted(k for k in keys if k in RECORD_SLOTS and k not in gaps)
    oldonly = set(co.rng.sample(rec, oldonly_n))
    return [k for k in keys if k not in gaps], gaps, oldonly


# Not records, but of this period: an agreement in force, this year's plans.
CURRENT_SLOTS = {"sla", "pentest_plan", "ops_strategy", "dev_plan"}


def make(co, plan, k, oldonly):
    d = co.old() if k in oldonly else (co.fresh() if k in RECORD_SLOTS | CURRENT_SLOTS else co.issued())
    return plan[k](d)


# Names per style.  A: code + Chinese title; B: English/mixed; C: mostly generic.
A_NAMES = {
    "survey": "四级文件（记录）/{y}/01需求调研/{cust}运维服务需求调查报告.docx",
    "budget": "四级文件（记录）/{y}/01需求调研/QR-02-01 运维预算表{y}.xlsx",
    "communication": "四级文件（记录）/{y}/01需求调研/需求沟通会议纪要-{ymd}.docx",
    "history_list": "四级文件（记录）/{y}/01需求调研/历史数据清单.xlsx",
    "history_analysis": "四级文件（记录）/{y}/01需求调研/{py}年度运维历史数据分析报告.pdf",
    "ops_strategy": "三级文件/计划方案/ISMS-P-01 运维保障策略及实施方案 V1.0.docx",
    "avail_kpis": "三级文件/清单/ISMS-L-02 可用性指标清单.xlsx",
    "service_analysis": "四级文件（记录）/{y}/01需求调研/以往服务方案生产影响分析报告.docx",
    "sld_ola": "二级文件/QP-04 服务级别设计与OLA.docx",
    "org_chart": "一级文件/ISMS-M-02 信息安全管理组织架构 V2.1.pdf",
    "staff_list": "三级文件/清单/ISMS-L-01 安全运维人员清单 {y}.xlsx",
    "role_list": "三级文件/清单/ISMS-L-03 安全运维角色及职责清单.xlsx",
    "interface_person": "一级文件/任命文件/关于任命安全管理接口人的通知.pdf",
    "construction_manual": "三级文件/WI-00 安全运维项目施工手册.docx",
    "req_analysis": "四级文件（记录）/{y}/02项目建设/新建系统需求分析记录.docx",
    "test_plan": "三级文件/计划方案/ISMS-P-05 系统改造测试计划.docx",
    "baseline": "三级文件/清单/ISMS-L-05 安全配置基线.xlsx",
    "compat_report": "四级文件（记录）/{y}/02项目建设/兼容性验证报告.pdf",
    "catalog": "二级文件/QP-03 安全运维服务目录 V2.0.docx",
    "asset_list": "四级文件（记录）/{y}/03配置管理/IT资产识别清单{ym}.xlsx",
    "cmdb": "四级文件（记录）/{y}/03配置管理/CMDB导出_{ymd}.xlsx",
    "ci_updates": "四级文件（记录）/{y}/03配置管理/QR-08-03 配置项更新维护记录.xlsx",
    "hw_faults": "四级文件（记录）/{y}/04运维记录/QR-06-02 安全设备硬件故障统计表.xlsx",
    "health_report": "四级文件（记录）/{y}/04运维记录/{cust}健康检查报告（{q}）.pdf",
    "collection": "四级文件（记录）/{y}/04运维记录/安全信息采集记录.xlsx",
    "log_analysis": "四级文件（记录）/{y}/04运维记录/{y}Q{qn} 安全日志审计分析报告.docx",
    "incident_stats": "四级文件（记录）/{y}/05事件/信息安全事件统计表.xlsx",
    "incident_analysis": "四级文件（记录）/{y}/05事件/信息安全事件分析报告.docx",
    "avail_plan": "三级文件/计划方案/ISMS-P-06 信息系统可用性计划.docx",
    "avail_events": "四级文件（记录）/{y}/05事件/可用性事件记录.xlsx",
    "avail_report": "四级文件（记录）/{y}/05事件/信息系统可用性报告{ym}.docx",
    "knowledge_base": "四级文件（记录）/{y}/06知识库/运维知识库导出.xlsx",
    "pentest_plan": "三级文件/计划方案/ISMS-P-08 {y}年度渗透测试计划.docx",
    "pentest_report": "四级文件（记录）/{y}/07渗透测试/渗透测试报告-{ymd}.pdf",
    "dev_plan": "三级文件/计划方案/ISMS-P-09 安全工具定制开发计划.docx",
    "sla": "四级文件（记录）/{y}/00合同协议/{cust}服务级别协议（签章版）.pdf",
    "emergency_plan": "三级文件/计划方案/ISMS-P-03 网络安全事件应急响应预案 V3.0.docx",
    "recovery_plan": "三级文件/计划方案/ISMS-P-04 信息系统灾难恢复计划.docx",
    "bcp": "三级文件/计划方案/ISMS-P-02 业务连续性计划 V2.0.pdf",
    "drill_record": "四级文件（记录）/{y}/08应急演练/应急演练记录{ymd}.docx",
    "recovery_drill": "四级文件（记录）/{y}/08应急演练/灾备切换恢复演练记录.docx",
    "sat_trend": "四级文件（记录）/{y}/09满意度/客户满意度趋势分析.docx",
    "followup": "四级文件（记录）/{y}/09满意度/客户回访记录表.xlsx",
    "tickets": "四级文件（记录）/{y}/05事件/运维工单导出{ymd}.xlsx",
    "service_desk": "一级文件/任命文件/关于成立运维服务台的通知.docx",
    "desk_training": "四级文件（记录）/{y}/10培训/服务台人员培训记录.xlsx",
    "monitoring_report": "四级文件（记录）/{y}/11监控分析/运维监控分析报告{ym}.docx",
    "ops_data": "四级文件（记录）/{y}/11监控分析/QR-12-01 运维数据收集记录.xlsx",
    "grading": "四级文件（记录）/{y}/12等级保护/{sys}定级报告.pdf",
    "grading_criteria": "三级文件/ISMS-S-01 信息系统分级标准.docx",
    "bulletin": "四级文件（记录）/{y}/13安全通告/安全通告{ym}期.pdf",
    "change_records": "四级文件（记录）/{y}/14变更/QR-08-02 变更记录单（{y}）.xlsx",
    "kpi_list": "四级文件（记录）/{y}/15监视测量/监视测量清单{y}.xlsx",
    "capa": "四级文件（记录）/{y}/15监视测量/QR-13-02 纠正预防措施记录单 CA-{y}-03.docx",
    "internal_audit": "四级文件（记录）/{y}/16内审/{y}年度内部审核报告.docx",
    "mgmt_review": "四级文件（记录）/{y}/17管理评审/{y}年度管理评审报告.docx",
    "iso_cert": "一级文件/认证证书/ISO20000证书.pdf",
    "improve_plan": "四级文件（记录）/{y}/18持续改进/{y}年度持续改进计划.docx",
    "improve_opps": "四级文件（记录）/{y}/18持续改进/改进机会分析报告.docx",
    "improve_track": "四级文件（记录）/{y}/18持续改进/改进活动实施跟踪表.xlsx",
    "improve_training": "四级文件（记录）/{y}/10培训/持续改进意识宣贯培训记录.docx",
    "defect_analysis": "四级文件（记录）/{y}/18持续改进/运维服务缺陷分析及改进方案.docx",
}

B_NAMES = {
    "survey": "01_Customer/Requirement_Survey_{cust}_{ymd}.docx",
    "budget": "01_Customer/Budget_{y}.xlsx",
    "communication": "01_Customer/Meeting_Minutes_{ymd}.docx",
    "history_list": "01_Customer/History_Data_List.xlsx",
    "history_analysis": "01_Customer/History_Data_Analysis_{py}.pdf",
    "ops_strategy": "03_Plans/Ops_Strategy_and_Implementation_v1.0.docx",
    "avail_kpis": "03_Plans/Availability_KPI_List.xlsx",
    "service_analysis": "04_Records/Service_Impact_Analysis_{y}.docx",
    "sld_ola": "00_Governance/OLA-internal_v1.1.docx",
    "org_chart": "00_Governance/Org_Chart_{y}.pdf",
    "staff_list": "00_Governance/Staff_List_{ym}.xlsx",
    "role_list": "00_Governance/Roles_and_Responsibilities.xlsx",
    "interface_person": "00_Governance/Appointment_Security_Interface.pdf",
    "construction_manual": "02_Procedures/WI/Project_Construction_Manual.docx",
    "req_analysis": "04_Records/Project/Requirement_Analysis_NewSystem.docx",
    "test_plan": "03_Plans/Test_Plan_{sysen}_v1.2.docx",
    "baseline": "02_Procedures/Security_Baseline_V2.xlsx",
    "compat_report": "04_Records/Project/Compatibility_Test_Report.pdf",
    "catalog": "00_Governance/Service_Catalog_v3.docx",
    "asset_list": "04_Records/CMDB/Asset_Inventory_{ymd}.xlsx",
    "cmdb": "04_Records/CMDB/CMDB_export_{ymd}.xlsx",
    "ci_updates": "04_Records/CMDB/CI_Update_Log.xlsx",
    "hw_faults": "04_Records/{q}/HW_Fault_Stats_{y}.xlsx",
    "health_report": "04_Records/{q}/Health_Check_{y}.{m}.pdf",
    "collection": "04_Records/{q}/Collection_Log_{ym}.xlsx",
    "log_analysis": "04_Records/{q}/Log_Audit_Report_{y}Q{qn}.pdf",
    "incident_stats": "04_Records/Incidents/Incident_Stats_{y}.xlsx",
    "incident_analysis": "04_Records/Incidents/Incident_Analysis_{y}.docx",
    "avail_plan": "03_Plans/Availability_Plan_{y}.docx",
    "avail_events": "04_Records/Incidents/Availability_Events.xlsx",
    "avail_report": "04_Records/Incidents/Availability_Report_{ym}.docx",
    "knowledge_base": "05_Knowledge/KB_export.xlsx",
    "pentest_plan": "03_Plans/Pentest_Plan_{y}.docx",
    "pentest_report": "04_Records/Pentest/Pentest_Report_{ymd}.pdf",
    "dev_plan": "03_Plans/Tool_Dev_Plan.docx",
    "sla": "01_Customer/SLA_v2.docx",
    "emergency_plan": "03_Plans/ERP_应急预案_v3.0_终版.docx",
    "recovery_plan": "03_Plans/DRP_v2.docx",
    "bcp": "03_Plans/BCP_final.pdf",
    "drill_record": "04_Records/Drills/Drill_Record_{ymd}.pdf",
    "recovery_drill": "04_Records/Drills/DR_Switchover_Drill_{ymd}.docx",
    "sat_trend": "04_Records/CSAT/CSAT_Trend_Analysis.docx",
    "followup": "04_Records/CSAT/Customer_Callback_Log.xlsx",
    "tickets": "04_Records/Incidents/Tickets_export_{ymd}.xlsx",
    "service_desk": "00_Governance/Service_Desk_Setup.docx",
    "desk_training": "04_Records/Training/ServiceDesk_Training_{ymd}.xlsx",
    "monitoring_report": "04_Records/{q}/Monitoring_Report_{y}.{m}.docx",
    "ops_data": "04_Records/KPI/Ops_Data_{y}.xlsx",
    "grading": "04_Records/MLPS/Grading_Report_{sysen}.pdf",
    "grading_criteria": "02_Procedures/Classification_Criteria.docx",
    "bulletin": "04_Records/Bulletins/Security_Bulletin_{y}-{m2}.pdf",
    "change_records": "04_Records/Changes/Change_Log_{y}.xlsx",
    "kpi_list": "04_Records/KPI/KPI_Dashboard_{y}.xlsx",
    "capa": "04_Records/KPI/CAPA_CA-{y}-03.docx",
    "internal_audit": "04_Records/Audit/IA_Report_{y}.pdf",
    "mgmt_review": "04_Records/Audit/MR_Minutes_{y}.docx",
    "iso_cert": "00_Governance/ISO20000_Certificate.pdf",
    "improve_plan": "03_Plans/CSI_Plan_{y}.docx",
    "improve_opps": "04_Records/CSI/Improvement_Opportunities_{y}.docx",
    "improve_track": "04_Records/CSI/CSI_Tracking.xlsx",
    "improve_training": "04_Records/Training/CSI_Awareness_Training_{ymd}.docx",
    "defect_analysis": "04_Records/CSI/Defect_Analysis_{y}.docx",
}

# C: a few telling names, the rest generic; {n} is a running number.
C_TELLING = {
    "sla": "SLA(1).docx", "emergency_plan": "应急预案终版.docx", "health_report": "巡检.pdf",
    "tickets": "工单.xlsx", "bcp": "业务连续性.docx",
    "change_records": "变更.xlsx", "drill_record": "演练{ymd}.docx",
}
C_GENERIC = ["附件{n}.docx", "扫描件{n3}.pdf", "Book{n}.xlsx", "新建文档{n}.docx",
             "新建 Microsoft Word 文档 ({n}).docx", "文档{n}.docx", "{y}.{m}.docx", "终版({n}).docx",
             "新建 Microsoft Excel 工作表 ({n}).xlsx", "工作簿{n}.xlsx", "最终版(1)-{n}.pdf",
             "附件{n}-{ymd}.pdf", "新建文本文档 ({n}).txt"]
C_FOLDERS = ["资质材料/", "资质材料/新建文件夹/", "新建文件夹 (2)/", "微信文件/", "客户资料/{cust}/", "桌面备份/", ""]
TABULAR = {"budget", "history_list", "avail_kpis", "staff_list", "role_list", "baseline", "asset_list", "cmdb",
           "ci_updates", "hw_faults", "collection", "incident_stats", "avail_events", "knowledge_base",
           "followup", "tickets", "desk_training", "ops_data", "change_records", "kpi_list", "improve_track"}
SYS_EN = {"核心业务系统": "CoreBanking", "电力交易系统": "TradingSys", "政务审批系统": "GovApproval",
          "集中交易系统": "CentralTrade", "HIS系统": "HIS", "教育云平台": "EduCloud", "离港系统": "DCS",
          "MES系统": "MES", "WMS仓储系统": "WMS"}


def fill(co, pat, d, n=0):
    q = (d.month - 1) // 3 + 1
    return pat.format(y=d.year, py=d.year - 1, m=d.month, m2="%02d" % d.month, ym="%d%02d" % (d.year, d.month),
                      ymd="%d%02d%02d" % (d.year, d.month, d.day), q="%dQ%d" % (d.year, q), qn=q,
                      cust=co.customer, sys=co.sys(0), sysen=SYS_EN.get(co.sys(0), "App"),
                      n=n, n3="%03d" % n)


def fmt_of(rel):
    return rel.rsplit(".", 1)[-1].lower()


def place_named(co, k, doc, pat, meta_title):
    rel = fill(co, pat, doc.date)
    # a register written as a Word table or as a PDF
    if k in TABULAR and fmt_of(rel) not in ("xlsx",):
        pass
    if rel in co.used:
        base, ext = rel.rsplit(".", 1)
        rel = "%s (1).%s" % (base, ext)
    co.add(rel, doc, meta_title=meta_title, styled=co.style != "C")


def c_name(co, k, doc, counter):
    d = doc.date
    if k in C_TELLING and co.rng.random() < 0.6:
        pat = C_TELLING[k]
    else:
        cands = [p for p in C_GENERIC if (p.endswith(".xlsx") == (k in TABULAR)) or
                 (k in TABULAR and co.rng.random() < 0.15)]
        pat = co.rng.choice(cands)
    folder = co.rng.choice(C_FOLDERS)
    while True:
        counter[0] += 1
        rel = fill(co, folder + pat, d, counter[0])
        if rel not in co.used:
            return rel
        # A name without a counter ({n}) collided: Windows' " (2)" makes it unique.
        if "{n" not in folder + pat:
            base, ext = rel.rsplit(".", 1)
            rel = "%s (%d).%s" % (base, counter[0], ext)
            if rel not in co.used:
                return rel


# Styles D-J are written in their own modules, each with its own build().
OWN_BUILD = {"D": KD, "E": KE, "F": KF, "G": KG, "H": KH, "I": KI, "J": KJ}


def build_company(co):
    if co.style in OWN_BUILD:
        OWN_BUILD[co.style].build(co, lock_bytes)
        return
    plan = common_plan(co)
    gap_p = {"A": 0.06, "B": 0.10, "C": 0.22}[co.style]
    oldonly_n = {"A": 2, "B": 3, "C": 3}[co.style]
    keys, gaps, oldonly = choose(co, plan, gap_p, oldonly_n)
    co.gaps, co.oldonly = gaps, oldonly
    made = {}
    counter = [0]
    for k in keys:
        doc = make(co, plan, k, oldonly)
        made[k] = doc
        if co.style == "A":
            place_named(co, k, doc, A_NAMES[k], meta_title=True)
        elif co.style == "B":
            place_named(co, k, doc, B_NAMES[k], meta_title=co.rng.random() < 0.5)
        else:
            rel = c_name(co, k, doc, counter)
            if fmt_of(rel) == "txt" and co.rng.random() < 0.5:
                co.add(rel, doc, encoding="gb18030")
            else:
                co.add(rel, doc, styled=False)
    style_specific(co, made, counter)
    satisfaction(co, counter)
    procedures(co, counter)
    history(co, made, counter)
    decoys(co, made, counter)


def satisfaction(co, counter):
    """Two to three half-yearly surveys (a trend needs several), some older than a year."""
    n = co.rng.choice([1, 2, 3, 3]) if co.style == "C" else co.rng.choice([2, 3])
    halves = [(2026, "上半年", date(2026, 7, 8)), (2025, "下半年", date(2026, 1, 12)),
              (2025, "上半年", date(2025, 7, 10))][:n]
    for y, h, d in halves:
        d = d + timedelta(days=co.rng.randint(0, 12))
        doc = K.sat_survey(co, d, h)
        if co.style == "A":
            rel = "四级文件（记录）/%d/09满意度/客户满意度调查报告（%d%s）.docx" % (d.year, y, h)
        elif co.style == "B":
            rel = "04_Records/CSAT/CSAT_Survey_%d%s.docx" % (y, "H1" if h == "上半年" else "H2")
        else:
            rel = c_name(co, "sat", doc, counter)
        co.add(rel, doc, meta_title=co.style == "A", styled=co.style != "C")


def procedures(co, counter):
    """Procedures: A files them as QP-xx (some as chapters of the manual), B as English
    names, C in one 制度汇编 plus a few loose ones."""
    keys = ["problem", "change", "incident", "request", "knowledge", "slm", "improve", "audit", "monitor",
            "incident_sec", "training", "pentest", "preventive"]
    gap_p = {"A": 0.04, "B": 0.10, "C": 0.25}[co.style]
    keys = [k for k in keys if co.rng.random() >= gap_p]
    codes = {"slm": "QP-05", "incident": "QP-06", "problem": "QP-07", "change": "QP-08", "request": "QP-09",
             "knowledge": "QP-10", "audit": "QP-11", "monitor": "QP-12", "improve": "QP-13",
             "preventive": "QP-14", "incident_sec": "QP-16", "training": "QP-17", "pentest": "QP-18"}
    en = {"problem": "Problem_Mgmt_Procedure_v1.3.pdf", "change": "Change_Mgmt_Procedure.docx",
          "incident": "Incident_Mgmt_Procedure.pdf", "request": "Service_Request_Procedure.docx",
          "knowledge": "KM_Procedure.docx", "slm": "SLM_Procedure_V1.2.pdf", "improve": "CSI_Procedure.docx",
          "audit": "Internal_Audit_Procedure.pdf", "monitor": "Service_Monitoring_Procedure.docx",
          "incident_sec": "SecIncident_Response_Process.pdf", "training": "Security_Training_Process.docx",
          "pentest": "PenTest_Methodology.docx", "preventive": "Preventive_Action_Rule.docx"}
    cites_pool = [K.PROC_TEXT[k][0] for k in ("problem", "change", "incident", "knowledge")]
    if co.style == "A":
        in_manual = [k for k in keys if k in ("problem", "change", "incident", "request", "knowledge")
                     and co.rng.random() < 0.6]
        co.add("一级文件/ISMS-M-01 信息安全运维服务管理手册 B2.docx", K.manual(co, co.issued(), in_manual),
               meta_title=True)
        for k in keys:
            if k in in_manual:
                continue
            d = co.issued()
            cites = co.rng.sample(cites_pool, 2) if co.rng.random() < 0.5 else ()
            ver = co.rng.choice(["V1.0", "A/1", "B/0", "V2.1"])
            doc = K.procedure(co, d, k, codes[k], ver, cites=cites)
            if co.rng.random() < 0.4:
                # a long cover page: company, document data, revision history, contents
                heads = [b[1] for b in doc.blocks if b[0] == "h1"]
                doc.blocks = K.cover(co, doc.title, codes[k], ver, d, heads) + doc.blocks[1:]
            ext = co.rng.choice(["docx", "docx", "pdf"])
            co.add("二级文件/%s %s.%s" % (codes[k], K.PROC_TEXT[k][0], ext), doc, meta_title=True)
    elif co.style == "B":
        co.add("00_Governance/ISMS_Manual_v2.0.pdf", K.manual(co, co.issued(), [], code="M-01", ver="2.0",
                                                                  long_cover=False), meta_title=False)
        for k in keys:
            cites = co.rng.sample(cites_pool, 1) if co.rng.random() < 0.4 else ()
            doc = K.procedure(co, co.issued(), k, None, "v1.%d" % co.rng.randint(0, 4), cites=cites)
            co.add("02_Procedures/" + en[k], doc, meta_title=co.rng.random() < 0.5)
    else:
        in_compendium = [k for k in keys if co.rng.random() < 0.6]
        loose = [k for k in keys if k not in in_compendium]
        m = K.manual(co, co.issued(), in_compendium, code="MC-ZD-2025", ver="2025版", long_cover=False)
        m.blocks[0] = ("title", "公司管理制度汇编")
        # a 制度汇编 has no PDCA chapter of its own: it proves only its procedures
        m.blocks = [b for b in m.blocks if "PDCA" not in b[1] and "策划（制定方针" not in str(b[1])]
        m.items = sorted(set(it for k in in_compendium for it in K.PROC_TEXT[k][1]))
        co.add("资质材料/制度汇编.pdf", m)
        for k in loose:
            doc = K.procedure(co, co.issued(), k)
            rel = c_name(co, "proc", doc, counter)
            co.add(rel, doc, styled=False)


def style_specific(co, made, counter):
    """Combined documents and the work instructions, by style."""
    if co.style == "A":
        log = K.maint_log(co, co.fresh())
        co.add("四级文件（记录）/2026/04运维记录/安全设备运维记录汇总（2026）.xlsx", log, meta_title=True)
        if co.rng.random() < 0.7:
            co.add("四级文件（记录）/2026/11监控分析/2026年度运维服务总结报告.docx", K.annual_report(co, co.fresh()),
                   meta_title=True)
        for i, m in enumerate(["防火墙运维", "漏洞扫描", "日志审计", "巡检", "应急响应"], 1):
            if co.rng.random() < 0.85:
                co.add("三级文件/作业指导书/WI-%02d %s作业指导书.docx" % (i, m),
                       K.work_instruction(co, co.issued(), m, "WI-%02d" % i), meta_title=True)
        for i in range(co.rng.randint(2, 4)):
            co.add("四级文件（记录）/2026/04运维记录/巡检记录/%d月安全设备巡检报告.pdf" % (3 + 2 * i),
                   K.inspection(co, date(2026, 3 + 2 * i, 20), antivirus=co.rng.random() < 0.6), meta_title=True)
    elif co.style == "B":
        sheets = co.rng.choice([("maint", "inspect", "virus", "fault", "upgrade"), ("maint", "inspect", "upgrade"),
                                ("maint", "fault")])
        co.add("04_Records/Ops_Log_%s.xlsx" % co.rng.choice(["2026", "2026.3", "20260315", "V1.2"]),
               K.maint_log(co, co.fresh(), sheets))
        for i in range(2):
            d = date(2026, 4 + 3 * i, 15)
            co.add("04_Records/%dQ%d/Inspection_Report_%s.pdf" % (d.year, (d.month - 1) // 3 + 1, d.strftime("%Y%m%d")),
                   K.inspection(co, d, antivirus=True))
        if co.rng.random() < 0.6:
            co.add("04_Records/Annual_Ops_Report_2026_终版.docx", K.annual_report(co, co.fresh()))
        for m in co.rng.sample(["防火墙运维", "漏洞扫描", "日志审计", "巡检", "应急响应"], co.rng.randint(1, 3)):
            co.add("02_Procedures/WI/WI_%s.docx" % m, K.work_instruction(co, co.issued(), m))
    else:
        d = co.fresh()
        log = K.maint_log(co, d, co.rng.choice([("maint", "inspect", "virus", "fault", "upgrade"),
                                                ("maint", "virus", "fault"), ("inspect", "virus")]))
        co.add("资质材料/运维记录%d.xlsx" % d.year, log)
        if co.rng.random() < 0.7:
            doc = K.inspection(co, co.fresh(), antivirus=co.rng.random() < 0.5)
            co.add(c_name(co, "insp", doc, counter), doc, styled=False)
        if co.rng.random() < 0.5:
            m = co.rng.choice(["巡检", "防火墙运维"])
            co.add("资质材料/%s作业指导书.docx" % m, K.work_instruction(co, co.issued(), m), styled=False)


def history(co, made, counter):
    """Records of past years next to the current ones (they prove the clause, but stale)."""
    for k in sorted(made):
        if k not in RECORD_SLOTS or co.rng.random() > 0.18:
            continue
        doc = common_plan(co)[k](co.old())
        if co.style == "A":
            rel = fill(co, A_NAMES[k], doc.date)
        elif co.style == "B":
            rel = "99_Archive/%d/" % doc.date.year + fill(co, B_NAMES[k], doc.date).split("/")[-1]
        else:
            rel = "历年资料/%d/" % doc.date.year + c_name(co, k, doc, counter).split("/")[-1]
        if rel in co.used:
            base, ext = rel.rsplit(".", 1)
            rel = "%s-%d.%s" % (base, doc.date.year, ext)
        if rel not in co.used:
            co.add(rel, doc, meta_title=co.style == "A", styled=co.style != "C")


def decoys(co, made, counter):
    """Decoys of every kind; each proves nothing."""
    r = co.rng
    plan = common_plan(co)
    pick = lambda ks: [k for k in ks if k in made]  # noqa: E731
    tmpl_dir = {"A": "三级文件/表单/", "B": "Templates/", "C": "模板/"}[co.style]
    # templates: the blank form of a real record or agreement
    for k in r.sample(pick(["sla", "tickets", "change_records", "drill_record", "health_report", "capa",
                            "mgmt_review", "followup", "sat_trend"]), 3):
        t = K.blank_form(plan[k](co.fresh()))
        name = {"A": "QR-%02d-01 %s（空白表）" % (r.randint(2, 18), made[k].title),
                "B": "%s_template" % (B_NAMES[k].split("/")[-1].rsplit(".", 1)[0].split("_{")[0]),
                "C": "%s模板" % made[k].title}[co.style]
        ext = "xlsx" if t.sheets else r.choice(["docx", "docx", "pdf"])
        co.add(tmpl_dir + fill(co, name, t.date) + "." + ext, t, styled=co.style != "C")
    # drafts and withdrawn versions
    for k, why, tag, suffix in [("sla", "draft", "（草稿）", {"A": "（草稿）", "B": "_v3_draft", "C": "草稿"}),
                                ("emergency_plan", "obsolete", "（作废）", {"A": " A0（作废）", "B": "_old_作废", "C": "旧版作废"}),
                                ("bcp", "draft", "征求意见稿", {"A": "（征求意见稿）", "B": "_draft", "C": "征求意见稿"})]:
        if k not in plan:
            continue
        doc = K.as_decoy(plan[k](co.fresh() if why == "draft" else co.issued()), why, tag)
        base = {"A": "作废文件/" if why == "obsolete" else "三级文件/计划方案/", "B": "Drafts/", "C": "新建文件夹/"}[co.style]
        co.add(base + made.get(k, doc).title + suffix[co.style] + ".docx", doc, styled=co.style != "C")
    # a superseded procedure
    old = K.as_decoy(K.procedure(co, date(2021, 5, 10), "problem", "QP-07", "A/0"), "obsolete", "（已废止）")
    co.add({"A": "作废文件/QP-07 问题管理程序 A0（作废）.docx", "B": "99_Archive/obsolete/Problem_Mgmt_Procedure_v0.9_obsolete.docx",
            "C": "旧版/问题管理制度（旧版）.docx"}[co.style], old, styled=co.style != "C")
    # recycle bins and lock files: copies of real documents
    bin_dir = {"A": ".recycle/%s/" % co.p(2), "B": "#recycle/", "C": "$RECYCLE.BIN/S-1-5-21-1004/"}[co.style]
    for k in r.sample(pick(["sla", "drill_record", "internal_audit", "mgmt_review", "bcp"]), 2):
        d = plan[k](co.fresh())
        K.as_decoy(d, "recycle bin")
        co.add(bin_dir + "%s.docx" % made[k].title, d)
    for rel, _, obj, _ in list(co.files)[:40:9]:
        head, tail = os.path.split(rel)
        if fmt_of(tail) in ("docx", "xlsx"):
            co.raw(os.path.join(head, "~$" + tail[2:] if len(tail) > 6 else "~$" + tail), lock_bytes(co.p(1)),
                   "Office lock file")
    co.raw({"A": "四级文件（记录）/2026/", "B": "04_Records/", "C": "资质材料/"}[co.style] + ".~lock.变更记录.xlsx#",
           (",%s,WS-%s,30.10.2026 09:12,file:///C:/Users/%s/AppData/Roaming/LibreOffice/4;" % (
               co.p(1), co.short, co.short)).encode("utf-8"), "LibreOffice lock file")
    # empty files that carry an evidence name
    co.raw({"A": "四级文件（记录）/2026/08应急演练/应急演练记录.docx", "B": "04_Records/Drills/Drill_Record_empty.docx",
            "C": "演练记录.docx"}[co.style], b"", "empty file")
    co.raw({"A": "四级文件（记录）/2026/09满意度/满意度调查汇总.xlsx", "B": "04_Records/CSAT/CSAT_Survey_2026H2.xlsx",
            "C": "资质材料/满意度调查.xlsx"}[co.style], b"", "empty file")
    # training sign-in sheets about plans and procedures
    for plan_name, ver in [("网络安全事件应急响应预案", "V3.0"), ("业务连续性计划", "V2.0"), ("变更管理程序", "V1.2")]:
        if r.random() < 0.8:
            doc = K.decoy_training_on_plan(co, co.fresh(), plan_name, ver)
            rel = {"A": "四级文件（记录）/2026/10培训/《%s》%s宣贯培训签到表.xlsx" % (plan_name, ver),
                   "B": "04_Records/Training/Training_%s_%s_signin.xlsx" % (plan_name, ver),
                   "C": "培训/%s培训签到%s.xlsx" % (plan_name, ver)}[co.style]
            co.add(rel, doc)
    # procedures that cite others, registers of document names, procedure-not-record
    cites = ["问题管理程序", "变更管理程序", "事件管理程序", "服务级别管理程序", "网络安全事件应急响应预案",
             "业务连续性计划", "内部审核程序", "持续改进管理程序"]
    co.add({"A": "二级文件/QP-01 文件控制程序.docx", "B": "02_Procedures/Document_Control_Procedure.docx",
            "C": "资质材料/文件管理制度.docx"}[co.style], K.decoy_doc_control(co, co.issued(), cites),
           meta_title=co.style == "A", styled=co.style != "C")
    co.add({"A": "一级文件/受控文件一览表.xlsx", "B": "00_Governance/Document_Register.xlsx",
            "C": "Book%d.xlsx" % (90 + r.randint(0, 9))}[co.style], K.decoy_doc_register(co, co.fresh(), cites))
    co.add({"A": "二级文件/QP-15 管理评审控制程序.docx", "B": "02_Procedures/Management_Review_Procedure.pdf",
            "C": "资质材料/管理评审制度.docx"}[co.style], K.decoy_mr_procedure(co, co.issued()),
           meta_title=co.style == "A", styled=co.style != "C")
    co.add({"A": "三级文件/计划方案/2026年应急演练方案.docx", "B": "03_Plans/Drill_Plan_2026.docx",
            "C": "附件%d.docx" % (80 + r.randint(0, 9))}[co.style], K.decoy_drill_plan(co, co.fresh()),
           styled=co.style != "C")
    co.add({"A": "四级文件（记录）/2026/00合同协议/服务确认单%s.docx" % co.fresh().strftime("%Y%m"),
            "B": "01_Customer/Service_Confirmation_2026.10.pdf", "C": "扫描件%03d.pdf" % (200 + r.randint(0, 9))}[co.style],
           K.decoy_confirmation(co, co.fresh()), styled=co.style != "C")
    co.add({"A": "人力资源/员工绩效考核表2026.xlsx", "B": "HR/Appraisal_2026.xlsx", "C": "工作簿%d.xlsx" % (70 + r.randint(0, 9))}[co.style],
           K.decoy_appraisal(co, co.fresh()))
    co.add({"A": "四级文件（记录）/2026/17管理评审/关于召开管理评审会议的通知.docx", "B": "04_Records/Audit/MR_Notice_2026.docx",
            "C": "新建文档%d.docx" % (60 + r.randint(0, 9))}[co.style], K.decoy_mr_notice(co, co.fresh()),
           styled=co.style != "C")
    # unrelated files
    udir = {"A": "行政/", "B": "Admin/", "C": ""}[co.style]
    for i in r.sample(range(len(K.UNRELATED)), 3):
        doc = K.decoy_unrelated(co, co.fresh(), i)
        ext = r.choice(["docx", "pdf"])
        rel = udir + (doc.title + "." + ext if co.style != "C" else "附件%d.%s" % (100 + i, ext))
        co.add(rel, doc, styled=co.style != "C")
    co.add(udir + ("通讯录.xlsx" if co.style != "C" else "新建 Microsoft Excel 工作表 (%d).xlsx" % (50 + r.randint(0, 9))),
           K.decoy_contacts(co, co.fresh()))


# ------------------------------------------------------------------------ the truth

def is_fresh(doc):
    return (not doc.record) or (ANCHOR - doc.date).days <= FRESH_DAYS


def clause_truth(co):
    """covered when every item of the clause has enough proving documents (fresh ones
    where the item is about records)."""
    have = {}
    for rel, fmt, obj, opt in co.files:
        if fmt == "raw" or obj.decoy:
            continue
        for it in obj.items:
            have.setdefault(it, []).append((rel, is_fresh(obj)))
    out = {}
    for cl in range(1, 72):
        ok, why, files = True, [], set()
        for spec in REQ[cl]:
            if isinstance(spec, str):
                spec = (spec, 1)
            item, need = spec[0], spec[1]
            anyage = len(spec) > 2
            got = [r for r, fr in have.get("%d/%s" % (cl, item), []) if fr or anyage]
            files |= set(got)
            if len(got) < need:
                ok = False
                stale = [r for r, fr in have.get("%d/%s" % (cl, item), [])]
                why.append("%s:%s" % (item, "stale" if stale else "none"))
        out[cl] = (ok, ",".join(why), sorted(files))
    return out


def write_truth(cos, tdir):
    os.makedirs(tdir, exist_ok=True)
    with open(os.path.join(tdir, "files.tsv"), "w", encoding="utf-8") as f:
        f.write("# share\tpart\tpath\tverdict\tclauses\titems\tdate\tfresh\tnote\n")
        for co in cos:
            for rel, fmt, obj, opt in sorted(co.files, key=lambda x: x[0]):
                if fmt == "raw":
                    f.write("%s\t%s\t%s\tdecoy\t-\t-\t-\t-\t%s\n" % (co.id, co.part, rel, opt["why"]))
                    continue
                bin_ = re.search(r"(^|/)(\.recycle|#recycle|\$RECYCLE\.BIN)/", rel)
                if obj.decoy or bin_:
                    f.write("%s\t%s\t%s\tdecoy\t-\t-\t%s\t-\t%s\n" % (co.id, co.part, rel, obj.date,
                                                                      obj.decoy or "recycle bin"))
                    continue
                cls = sorted({int(i.split("/")[0]) for i in obj.items})
                f.write("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (
                    co.id, co.part, rel, "proves" if cls else "none", ",".join(map(str, cls)) or "-",
                    ",".join(sorted(obj.items, key=lambda s: (int(s.split("/")[0]), s))) or "-",
                    obj.date, "yes" if is_fresh(obj) else "no", obj.kind))
    with open(os.path.join(tdir, "clauses.tsv"), "w", encoding="utf-8") as f:
        f.write("# share\tpart\tclause\texpected\tmissing_items\tproving_files\n")
        for co in cos:
            for cl, (ok, why, files) in clause_truth(co).items():
                f.write("%s\t%s\t%d\t%s\t%s\t%s\n" % (co.id, co.part, cl, "covered" if ok else "not_covered",
                                                      why or "-", " | ".join(files) or "-"))


def main():
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "--truth-only":
        cos = [Company(*c) for c in COMPANIES]
        for co in cos:
            build_company(co)
        write_truth(cos, args[1])
        return
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    out = args[0]
    tdir = args[args.index("--truth") + 1] if "--truth" in args else None
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    cos = [Company(*c) for c in COMPANIES]
    for co in cos:
        build_company(co)
    if os.path.isdir(out):
        shutil.rmtree(out)
    for co in cos:
        for rel, fmt, obj, opt in co.files:
            render(out, co, rel, fmt, obj, opt)
    if tdir:
        write_truth(cos, tdir)
    n = sum(len(c.files) for c in cos)
    print("corpus: %d files in %d shares under %s" % (n, len(cos), out))


if __name__ == "__main__":
    main()
