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
         K  the IT department (信息技术部 / IT中心) of an automotive-parts group that also runs IT and security
            operations for a sister company or a customer plant, written in kinds_k.py: IATF-style QP/WI/QR
            with 文件编号 and 版本 A/0 B/1, an IT管理手册, 点检表, 异常处理台账, 8D, PFMEA, KPI看板, 改善提案,
            folders by 部门 / 工厂 / 年度 / 月份
         L  the 网络与信息中心 (信息化办公室) of a provincial university that also supports its 附属医院,
            独立学院 or 附属中学, written in kinds_l.py: 办法 issued by 校发/校办发 notices, a 规章制度汇编,
            作业指导书, 值班记录, 网上服务大厅 exports, 运行月报, the 领导小组's minutes, 工作总结,
            folders by 科室 and 学年
         M  the operations company (国资) of a city's 政务云 and big-data centre that also runs security
            operations for a 委办局 or 区县, written in kinds_m.py: 管理办法 issued by 红头 通知 with
            文号, 请示/报告/函, 工作专报 and 周报 to the 大数据局, 督办单 and 整改台账, 运维月报 with
            可用率, 考核评分表, 监理月报, folders by 部门 and 年度/月份
         N  the 信息管理部 / 信息技术中心 of a provincial airport group that also runs IT and security
            operations for a 支线机场 or an airline's 运行基地, written in kinds_n.py: 管理程序/管理规定
            with 版次 and 修订记录, a 部门工作手册, 岗位工作手册, 值班日志, 不停航施工方案, 应急救援演练 and
            桌面推演, SMS 隐患 and 月度安全形势分析会 minutes, 服务品质测评, folders by 科室 and year/month
         O  the 信息科 of a 三甲 hospital that runs HIS, EMR, PACS, LIS and the 医保 interfaces and supports a
            医联体 member county hospital, written in kinds_o.py: 制度 issued by 院发 notices (signed scans), a 工作制度
            汇编 with a PDCA chapter, 岗位操作规程, 登记本 kept as xlsx, 值班表, PDCA 持续改进记录表, 质量与安全管理小组
            records, 院长办公会 minutes, folders by 科室职能 and year
         P  the 信息技术部 of a securities company that also runs the trading and market-data systems of its
            fund subsidiary under an internal service agreement, written in kinds_p.py: 制度/流程 with
            XTB-ZD-nnn numbers approved by the 首席信息官, an IT运维管理手册, 开盘前检查, 运维日报 as mail
            text, 生产事件/变更 登记台账, 同城灾备切换演练, the 信息技术治理委员会's minutes, folders by year
            and 制度/流程/台账/报告
         Q  a 30-person managed-service startup running IT for small and mid-size businesses, written in
            kinds_q.py: 飞书/钉钉 online docs exported with the tool's suffix, 多维表格 exports with English
            or mixed headers, OPS-1234 tickets, SOPs and runbooks, 复盘 and postmortems, OKR, QBR, a
            负责人确认 line instead of stamps, a flat layout with dates in names
         R  the 网络运维中心 (NOC) of a provincial telecom operator's 政企 subsidiary that operates government and
            enterprise customers' networks under contract, written in kinds_r.py: 管理办法 with 企业标准 numbers
            (Q/XXXX-NOC), a 运维管理手册, 维护作业指导书, 割接方案 and 割接台账, 工单系统 exports, 网管告警 statistics,
            维护作业计划执行记录, 代维 vendors, 月度质量分析会 minutes, 集团考核指标, 客户月报, folders by 专业 and year-month
         S  the 信息中心 of a city water-supply group (水务集团) that runs SCADA, 营收 and 管网GIS and operates the systems of
            two county water companies it took over, written in kinds_s.py: 办法/细则 issued by 集团发文 with 文号 and a
            制度编号, a 制度汇编, 岗位作业指导书, 班组 运行记录本, 运行月报, 工控安全 records, 安全生产例会 minutes,
            安全生产月, 隐患排查整改, folders by 科室 and year
         T  the 信息技术部 of a port group (港口集团) that runs the TOS, 闸口 and EDI systems of its own terminals and of a
            joint-venture terminal company, written in kinds_t.py: a 管理手册, 程序文件 and 作业指导书 numbered
            GJ-IT-Mxx/Pxx/Wxx, 值班日志 and 交接班记录, 船期/堆场/闸口 language, EDI and BAPLIE terms, folders by 年度 and 系统
         U  the IT运维部 of a national retail chain (连锁零售, 800 门店) that also runs the IT of a 加盟商 under contract,
            written in kinds_u.py: IT-OPS-Pnn 流程 approved by the CIO through OA (OA审批单 PDFs), an IT运维手册, 门店 SOP,
            Helpdesk 工单 exports, a 值班巡检记录 workbook, 周报 mails saved as txt, 大促保障 (618/双11 作战室) and 复盘,
            folders by 季度 and 项目
         W  the 信息技术处 and 路网监控中心 of a provincial expressway group (高速公路集团) that runs toll/ETC, 机电 and
            tunnel-monitoring systems for its own and two 路段公司, written in kinds_w.py: 处 发文 with 文号, a 制度汇编,
            值班台账 by 监控分中心, 路段/收费站/隧道 and 联网收费 language, 处务会纪要, folders by 处室, 路段 and year
         X  the IT部 of a GMP pharmaceutical manufacturer (原料药与制剂, two 生产基地) that also runs IT and security
            operations for a sister company, written in kinds_x.py: SOP-IT-0xx with 版本号 and QA批准, an IT质量手册,
            计算机化系统验证 (URS/IQ/OQ/PQ), 审计追踪审查 (ALCOA+), 偏差/变更控制/CAPA, 年度质量回顾, ITSM exports,
            folders by 质量体系 module
         Y  the 技术中心 (网络与信息安全部) of a provincial 广播电视台 that also runs the 融媒体 platforms of four
            县级融媒体中心, written in kinds_y.py: 台发 办法 with 文号, a 技术管理制度汇编, 作业指导书, 值机记录 and
            交接班, 安全播出 月报, 停播/劣播 事件分析, 预警通报, 管理评审 minutes, folders by 部门 and 年度
         Z  the 运维服务部 of a commercial data-centre operator (IDC) with three 园区 selling 托管, 代维 and
            云主机, operating a 托管客户 (a city 农商行), written in kinds_z.py: 制度 numbered -YW-ZD-nn, a 运维服务管理
            手册, 施工手册 and 作业指导书, 班组巡检 workbooks, 动环月报, 工单系统 exports, SLA by 金/银/铜 等级, 变更窗口,
            出入机房登记, 质量分析会 minutes, folders by 园区 and 客户
         V  the 信息中心 of a provincial tobacco commercial company (省烟草公司) that runs 卷烟营销, 专卖管理, 物流 and
            一体化平台 systems and operates the IT of its 市级公司, written in kinds_v.py: 制度 issued by 发文 with 文号
            (X烟信〔2026〕N号), a 制度汇编, 作业指导书, Excel 台账 for everything, 驻场 外包 with monthly 考核通报,
            预警通报, 主任办公会 minutes, folders by 科室 and 年度
         AA the 信息中心 of a coal-mining group (煤业集团 / 能源集团) that runs the group's ERP and the 安全生产
            networks (安全监控, 人员定位, 调度通信) for two 矿, one 煤矿 the customer, written in kinds_aa.py: 办法
            issued by 集团/中心 文件 with 文号, a 制度汇编, 作业指导书, 调度值班 by 矿, 记录表 by 矿 and 年月 (some
            signed scans), 双重预防 and 隐患排查, 三违 and 班前会, 管理评审 minutes
Companies a1-a72 b1-b72 c1-c72 d1-d73 e1-e73 f1-f71 g1-g68 h1-h64 i1-i58 j1-j50 k1-k14 l1-l14
m1-m14 n1-n14 o1-o10 p1-p10 q1-q10 r1-r10 s1-s4 t1-t4 u1-u4 are the development part (eleven
held-out parts were held out until their figures had been seen); a73-a102 b73-b102 c73-c102
d74-d103 e74-e103 f72-f101 g69-g98 h65-h94 i59-i88 j51-j80 and k15-k22 l15-l22 m15-m22 n15-n22
o11-o18 p11-p18 q11-q18 r11-r18 s5-s12 t5-t12 u5-u12, with w1-w4 x1-x4 y1-y4 (three new
styles, written blind), are the twelfth held-out part, at least a third of the shares
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
import kinds_k as KK  # noqa: E402
import kinds_l as KL  # noqa: E402
import kinds_m as KM  # noqa: E402
import kinds_n as KN  # noqa: E402
import kinds_o as KO  # noqa: E402
import kinds_p as KP  # noqa: E402
import kinds_q as KQ  # noqa: E402
import kinds_r as KR  # noqa: E402
import kinds_s as KS  # noqa: E402
import kinds_t as KT  # noqa: E402
import kinds_u as KU  # noqa: E402
import kinds_w as KW  # noqa: E402
import kinds_x as KX  # noqa: E402
import kinds_y as KY  # noqa: E402
import kinds_z as KZ  # noqa: E402
import kinds_v as KV  # noqa: E402
import kinds_aa as KAA  # noqa: E402

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
    # the eighth held-out part (scored once at b18ad7e, then dev): written and its truth committed before any scoring run on it
    ("a19", "A", "dev", 13101, "珩创信息安全技术股份有限公司", "A19S", "湖州农村商业银行", "峻航安全服务有限公司", "湖州",
     ["电力营销系统", "生产管理系统", "OA办公系统"]),
    ("a20", "A", "dev", 13114, "砚科信息安全技术股份有限公司", "A20S", "嘉兴农村商业银行", "璟卫安全服务有限公司", "嘉兴",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a21", "A", "dev", 13127, "珩信信息安全技术股份有限公司", "A21S", "绍兴农村商业银行", "睿航安全服务有限公司", "绍兴",
     ["电力营销系统", "生产管理系统", "OA办公系统"]),
    ("a22", "A", "dev", 13140, "澜维信息安全技术股份有限公司", "A22S", "台州农村商业银行", "泓讯安全服务有限公司", "台州",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a23", "A", "dev", 13153, "砚维信息安全技术股份有限公司", "A23S", "宁德农村商业银行", "锦创安全服务有限公司", "宁德",
     ["电力营销系统", "生产管理系统", "OA办公系统"]),
    ("a24", "A", "dev", 13166, "昱创信息安全技术股份有限公司", "A24S", "三明农村商业银行", "岑安安全服务有限公司", "三明",
     ["电力营销系统", "生产管理系统", "OA办公系统"]),
    ("a25", "A", "dev", 13179, "霁维信息安全技术股份有限公司", "A25S", "南平农村商业银行", "璟航安全服务有限公司", "南平",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a26", "A", "dev", 13192, "砚安信息安全技术股份有限公司", "A26S", "龙岩农村商业银行", "琨维安全服务有限公司", "龙岩",
     ["电力营销系统", "生产管理系统", "OA办公系统"]),
    ("b19", "B", "dev", 13205, "Ashford SecOps（萍乡）有限公司", "B19S", "萍乡铂卫制造集团", "Kingsbay运维服务有限公司", "萍乡",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b20", "B", "dev", 13218, "Birchwood SecOps（新余）有限公司", "B20S", "新余铂联制造集团", "Larchmont运维服务有限公司", "新余",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b21", "B", "dev", 13231, "Coldharbor SecOps（鹰潭）有限公司", "B21S", "鹰潭昱科制造集团", "Millbrook运维服务有限公司", "鹰潭",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b22", "B", "dev", 13244, "Dunmore SecOps（吉安）有限公司", "B22S", "吉安沐卫制造集团", "Northfield运维服务有限公司", "吉安",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b23", "B", "dev", 13257, "Elmstead SecOps（抚州）有限公司", "B23S", "抚州朔创制造集团", "Oakhurst运维服务有限公司", "抚州",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b24", "B", "dev", 13270, "Fairhaven SecOps（宜春）有限公司", "B24S", "宜春峻卫制造集团", "Pinecrest运维服务有限公司", "宜春",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b25", "B", "dev", 13283, "Glenrock SecOps（邵阳）有限公司", "B25S", "邵阳曜安制造集团", "Queensgate运维服务有限公司", "邵阳",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b26", "B", "dev", 13296, "Hollowell SecOps（郴州）有限公司", "B26S", "郴州翔卫制造集团", "Ravenhill运维服务有限公司", "郴州",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("c19", "C", "dev", 13309, "永州锦安信息技术有限公司", "C19", "永州区政务服务中心", "永州泓联网络科技有限公司", "永州",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c20", "C", "dev", 13322, "怀化曜维信息技术有限公司", "C20", "怀化区政务服务中心", "怀化恒维网络科技有限公司", "怀化",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c21", "C", "dev", 13335, "娄底瑞盾信息技术有限公司", "C21", "娄底区政务服务中心", "娄底泓航网络科技有限公司", "娄底",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c22", "C", "dev", 13348, "益阳澜卫信息技术有限公司", "C22", "益阳区政务服务中心", "益阳桓达网络科技有限公司", "益阳",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c23", "C", "dev", 13361, "十堰沐安信息技术有限公司", "C23", "十堰区政务服务中心", "十堰砚达网络科技有限公司", "十堰",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c24", "C", "dev", 13374, "孝感枫创信息技术有限公司", "C24", "孝感区政务服务中心", "孝感宸维网络科技有限公司", "孝感",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c25", "C", "dev", 13387, "黄冈砚宇信息技术有限公司", "C25", "黄冈区政务服务中心", "黄冈锦盾网络科技有限公司", "黄冈",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c26", "C", "dev", 13400, "咸宁桓安信息技术有限公司", "C26", "咸宁区政务服务中心", "咸宁瑞科网络科技有限公司", "咸宁",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("d20", "D", "dev", 13413, "宸安数字科技有限公司", "D20SZ", "随州岑科集团有限公司", "霁航信息安全服务有限公司", "随州",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d21", "D", "dev", 13426, "璟盾数字科技有限公司", "D21SZ", "恩施瑞创集团有限公司", "睿安信息安全服务有限公司", "恩施",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d22", "D", "dev", 13439, "昱达数字科技有限公司", "D22SZ", "信阳锦航集团有限公司", "瑞达信息安全服务有限公司", "信阳",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d23", "D", "dev", 13452, "枫安数字科技有限公司", "D23SZ", "周口沐科集团有限公司", "泓创信息安全服务有限公司", "周口",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d24", "D", "dev", 13465, "澜达数字科技有限公司", "D24SZ", "驻马店翔信集团有限公司", "曜盾信息安全服务有限公司", "驻马店",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d25", "D", "dev", 13478, "铂信数字科技有限公司", "D25SZ", "商丘曦讯集团有限公司", "曦联信息安全服务有限公司", "商丘",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d26", "D", "dev", 13491, "睿信数字科技有限公司", "D26SZ", "许昌霁科集团有限公司", "璟联信息安全服务有限公司", "许昌",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d27", "D", "dev", 13504, "铂讯数字科技有限公司", "D27SZ", "漯河峻科集团有限公司", "恒讯信息安全服务有限公司", "漯河",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("e20", "E", "dev", 13517, "岑创信息服务有限公司", "E20IS", "焦作珩维股份有限公司", "澜宇网络安全有限公司", "焦作",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e21", "E", "dev", 13530, "朔航信息服务有限公司", "E21IS", "鹤壁翔盾股份有限公司", "曜航网络安全有限公司", "鹤壁",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e22", "E", "dev", 13543, "枫讯信息服务有限公司", "E22IS", "濮阳恒盾股份有限公司", "曦维网络安全有限公司", "濮阳",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e23", "E", "dev", 13556, "朔安信息服务有限公司", "E23IS", "安阳煦讯股份有限公司", "珩科网络安全有限公司", "安阳",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e24", "E", "dev", 13569, "昱宇信息服务有限公司", "E24IS", "聊城枫宇股份有限公司", "朔维网络安全有限公司", "聊城",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e25", "E", "dev", 13582, "锦信信息服务有限公司", "E25IS", "德州峻宇股份有限公司", "睿科网络安全有限公司", "德州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e26", "E", "dev", 13595, "砚联信息服务有限公司", "E26IS", "滨州珩讯股份有限公司", "澜航网络安全有限公司", "滨州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e27", "E", "dev", 13608, "翔安信息服务有限公司", "E27IS", "东营曦达股份有限公司", "昱讯网络安全有限公司", "东营",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("f18", "F", "dev", 13621, "华讯通信集团有限公司安徽省分公司", "F18X", "菏泽新区管理委员会", "菏泽通信工程有限公司", "菏泽",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f19", "F", "dev", 13634, "中拓电信股份有限公司江苏省分公司", "F19X", "枣庄新区管理委员会", "枣庄通信工程有限公司", "枣庄",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f20", "F", "dev", 13647, "联讯移动通信有限公司河南省分公司", "F20X", "泰安新区管理委员会", "泰安通信工程有限公司", "泰安",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f21", "F", "dev", 13660, "神州广通网络有限公司辽宁省分公司", "F21X", "威海新区管理委员会", "威海通信工程有限公司", "威海",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f22", "F", "dev", 13673, "华讯通信集团有限公司内蒙古分公司", "F22X", "莱芜新区管理委员会", "莱芜通信工程有限公司", "莱芜",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f23", "F", "dev", 13686, "中拓电信股份有限公司宁夏分公司", "F23X", "淄博新区管理委员会", "淄博通信工程有限公司", "淄博",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f24", "F", "dev", 13699, "联讯移动通信有限公司青海省分公司", "F24X", "沧州新区管理委员会", "沧州通信工程有限公司", "沧州",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f25", "F", "dev", 13712, "神州广通网络有限公司西藏分公司", "F25X", "衡水新区管理委员会", "衡水通信工程有限公司", "衡水",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("g15", "G", "dev", 13725, "邢台银行股份有限公司", "G15YH", "邢台宸卫村镇银行股份有限公司", "昱安信息技术外包服务有限公司", "邢台",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g16", "G", "dev", 13738, "邯郸银行股份有限公司", "G16YH", "邯郸宸科村镇银行股份有限公司", "睿创信息技术外包服务有限公司", "邯郸",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g17", "G", "dev", 13751, "承德银行股份有限公司", "G17YH", "承德砚讯村镇银行股份有限公司", "砚创信息技术外包服务有限公司", "承德",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g18", "G", "dev", 13764, "廊坊银行股份有限公司", "G18YH", "廊坊岑达村镇银行股份有限公司", "煦航信息技术外包服务有限公司", "廊坊",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g19", "G", "dev", 13777, "大同银行股份有限公司", "G19YH", "大同琨宇村镇银行股份有限公司", "霁盾信息技术外包服务有限公司", "大同",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g20", "G", "dev", 13790, "朔州银行股份有限公司", "G20YH", "朔州曜科村镇银行股份有限公司", "曜联信息技术外包服务有限公司", "朔州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g21", "G", "dev", 13803, "忻州银行股份有限公司", "G21YH", "忻州枫维村镇银行股份有限公司", "峻讯信息技术外包服务有限公司", "忻州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g22", "G", "dev", 13816, "晋中银行股份有限公司", "G22YH", "晋中睿卫村镇银行股份有限公司", "璟科信息技术外包服务有限公司", "晋中",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("h11", "H", "dev", 13829, "吕梁市人民医院", "H11RY", "吕梁县人民医院", "铂维医疗信息技术有限公司", "吕梁",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h12", "H", "dev", 13842, "长治市人民医院", "H12RY", "长治县人民医院", "泓维医疗信息技术有限公司", "长治",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h13", "H", "dev", 13855, "晋城市人民医院", "H13RY", "晋城县人民医院", "砚盾医疗信息技术有限公司", "晋城",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h14", "H", "dev", 13868, "运城市人民医院", "H14RY", "运城县人民医院", "珩联医疗信息技术有限公司", "运城",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h15", "H", "dev", 13881, "阳泉市人民医院", "H15RY", "阳泉县人民医院", "澜联医疗信息技术有限公司", "阳泉",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h16", "H", "dev", 13894, "通辽市人民医院", "H16RY", "通辽县人民医院", "岑卫医疗信息技术有限公司", "通辽",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h17", "H", "dev", 13907, "赤峰市人民医院", "H17RY", "赤峰县人民医院", "曜达医疗信息技术有限公司", "赤峰",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h18", "H", "dev", 13920, "乌海市人民医院", "H18RY", "乌海县人民医院", "恒宇医疗信息技术有限公司", "乌海",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("i5", "I", "dev", 13933, "霁安云计算有限公司", "I05YJ", "巴彦淖尔璟信股份有限公司", "泓达安全技术有限公司", "巴彦淖尔",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i6", "I", "dev", 13946, "曦盾云计算有限公司", "I06YJ", "鄂尔多斯澜盾股份有限公司", "锦达安全技术有限公司", "鄂尔多斯",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i7", "I", "dev", 13959, "泓科云计算有限公司", "I07YJ", "呼伦贝尔瑞讯股份有限公司", "翔达安全技术有限公司", "呼伦贝尔",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i8", "I", "dev", 13972, "峻安云计算有限公司", "I08YJ", "锡林浩特琨信股份有限公司", "曜讯安全技术有限公司", "锡林浩特",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i9", "I", "dev", 13985, "琨卫云计算有限公司", "I09YJ", "四平睿联股份有限公司", "宸信安全技术有限公司", "四平",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i10", "I", "dev", 13998, "朔卫云计算有限公司", "I10YJ", "辽源朔盾股份有限公司", "霁讯安全技术有限公司", "辽源",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i11", "I", "dev", 14011, "澜信云计算有限公司", "I11YJ", "白山铂宇股份有限公司", "桓维安全技术有限公司", "白山",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i12", "I", "dev", 14024, "翔维云计算有限公司", "I12YJ", "松原昱维股份有限公司", "铂科安全技术有限公司", "松原",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    # the eighth held-out part (then dev): a new style, J, written and its truth committed before any scoring run on it
    ("j1", "J", "dev", 12101, "东岳省电力有限公司信息通信分公司", "DYXT", "临江供电公司", "远衡信安技术有限公司", "泰安",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j2", "J", "dev", 12223, "冀北省电力有限公司信息通信分公司", "JBXT", "北岭风电有限公司", "燕山电力信息服务有限公司", "张家口",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j3", "J", "dev", 12347, "湘南省电力有限公司信息通信分公司", "XNXT", "湘南衡阳供电公司", "潇湘电网科技有限公司", "衡阳",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j4", "J", "dev", 12469, "闽海省电力有限公司信息通信分公司", "MHXT", "滨海光伏发电有限公司", "海峡电力信通技术有限公司", "莆田",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    # the ninth held-out part: written and its truth committed before any scoring run on it
    ("a27", "A", "dev", 15101, "弘安信息安全技术股份有限公司", "A27S", "绍兴农村商业银行", "睿拓安全服务有限公司", "绍兴",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a28", "A", "dev", 15114, "锦信信息安全技术股份有限公司", "A28S", "金华城市商业银行", "允联安全服务有限公司", "金华",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a29", "A", "dev", 15127, "澜联信息安全技术股份有限公司", "A29S", "衢州人寿保险分公司", "曜拓安全服务有限公司", "衢州",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a30", "A", "dev", 15140, "琨卫信息安全技术股份有限公司", "A30S", "丽水证券营业部", "澜宇安全服务有限公司", "丽水",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a31", "A", "dev", 15153, "曦联信息安全技术股份有限公司", "A31S", "舟山住房公积金管理中心", "瑞航安全服务有限公司", "舟山",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("a32", "A", "dev", 15166, "琨安信息安全技术股份有限公司", "A32S", "芜湖农村商业银行", "琨讯安全服务有限公司", "芜湖",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a33", "A", "dev", 15179, "霁衡信息安全技术股份有限公司", "A33S", "蚌埠城市商业银行", "允安安全服务有限公司", "蚌埠",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a34", "A", "dev", 15192, "珩科信息安全技术股份有限公司", "A34S", "淮南人寿保险分公司", "宸宇安全服务有限公司", "淮南",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a35", "A", "dev", 15205, "允信信息安全技术股份有限公司", "A35S", "马鞍山证券营业部", "琨信安全服务有限公司", "马鞍山",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a36", "A", "dev", 15218, "沐盾信息安全技术股份有限公司", "A36S", "铜陵住房公积金管理中心", "昱卫安全服务有限公司", "铜陵",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("b27", "B", "dev", 15231, "Ashbury SecOps（安庆）有限公司", "B27S", "安庆曦维制造集团", "Kestrel运维服务有限公司", "安庆",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b28", "B", "dev", 15244, "Brookfield SecOps（黄山）有限公司", "B28S", "黄山淳联物流有限公司", "Lakeshore运维服务有限公司", "黄山",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b29", "B", "dev", 15257, "Cresthaven SecOps（滁州）有限公司", "B29S", "滁州允卫零售连锁股份有限公司", "Maplewood运维服务有限公司", "滁州",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b30", "B", "dev", 15270, "Driftwood SecOps（阜阳）有限公司", "B30S", "阜阳珩宇汽车零部件有限公司", "Norbury运维服务有限公司", "阜阳",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b31", "B", "dev", 15283, "Eastmoor SecOps（宿州）有限公司", "B31S", "宿州睿达食品股份有限公司", "Oakridge运维服务有限公司", "宿州",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("b32", "B", "dev", 15296, "Foxglen SecOps（六安）有限公司", "B32S", "六安珩达制造集团", "Pembrook运维服务有限公司", "六安",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b33", "B", "dev", 15309, "Greystone SecOps（亳州）有限公司", "B33S", "亳州峻盾物流有限公司", "Quarry运维服务有限公司", "亳州",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b34", "B", "dev", 15322, "Highcliff SecOps（池州）有限公司", "B34S", "池州恒达零售连锁股份有限公司", "Redfern运维服务有限公司", "池州",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b35", "B", "dev", 15335, "Ironwood SecOps（宣城）有限公司", "B35S", "宣城朔安汽车零部件有限公司", "Stonebridge运维服务有限公司", "宣城",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b36", "B", "dev", 15348, "Juniper SecOps（莆田）有限公司", "B36S", "莆田璟维食品股份有限公司", "Thornbury运维服务有限公司", "莆田",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("c27", "C", "dev", 15361, "泉州砚衡信息技术有限公司", "C27", "泉州区政务服务中心", "泉州煦拓网络科技有限公司", "泉州",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c28", "C", "dev", 15374, "漳州峻信信息技术有限公司", "C28", "漳州市第二中学", "漳州昱信网络科技有限公司", "漳州",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c29", "C", "dev", 15387, "景德镇淳达信息技术有限公司", "C29", "景德镇区人民医院", "景德镇璞达网络科技有限公司", "景德镇",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c30", "C", "dev", 15400, "九江恒拓信息技术有限公司", "C30", "九江县自然资源局", "九江卓衡网络科技有限公司", "九江",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c31", "C", "dev", 15413, "赣州砚卫信息技术有限公司", "C31", "赣州市图书馆", "赣州桓航网络科技有限公司", "赣州",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("c32", "C", "dev", 15426, "上饶霁科信息技术有限公司", "C32", "上饶区政务服务中心", "上饶昱达网络科技有限公司", "上饶",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c33", "C", "dev", 15439, "株洲睿联信息技术有限公司", "C33", "株洲市第二中学", "株洲枫联网络科技有限公司", "株洲",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c34", "C", "dev", 15452, "湘潭弘航信息技术有限公司", "C34", "湘潭区人民医院", "湘潭澜科网络科技有限公司", "湘潭",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c35", "C", "dev", 15465, "衡阳宸信信息技术有限公司", "C35", "衡阳县自然资源局", "衡阳启达网络科技有限公司", "衡阳",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c36", "C", "dev", 15478, "岳阳琨拓信息技术有限公司", "C36", "岳阳市图书馆", "岳阳允衡网络科技有限公司", "岳阳",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("d28", "D", "dev", 15491, "泓安数字科技有限公司", "D28SZ", "常德锦维集团有限公司", "锦衡信息安全服务有限公司", "常德",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d29", "D", "dev", 15504, "澜信数字科技有限公司", "D29SZ", "张家界昱安集团有限公司", "卓盾信息安全服务有限公司", "张家界",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d30", "D", "dev", 15517, "卓联数字科技有限公司", "D30SZ", "宜昌璞创集团有限公司", "锦宇信息安全服务有限公司", "宜昌",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d31", "D", "dev", 15530, "翔宇数字科技有限公司", "D31SZ", "襄阳瑞拓集团有限公司", "岑科信息安全服务有限公司", "襄阳",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d32", "D", "dev", 15543, "卓科数字科技有限公司", "D32SZ", "鄂州启创集团有限公司", "淳信信息安全服务有限公司", "鄂州",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d33", "D", "dev", 15556, "启信数字科技有限公司", "D33SZ", "荆门珩拓集团有限公司", "淳航信息安全服务有限公司", "荆门",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d34", "D", "dev", 15569, "允维数字科技有限公司", "D34SZ", "荆州沐信集团有限公司", "琨创信息安全服务有限公司", "荆州",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d35", "D", "dev", 15582, "璞盾数字科技有限公司", "D35SZ", "开封朔科集团有限公司", "宸安信息安全服务有限公司", "开封",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d36", "D", "dev", 15595, "岑航数字科技有限公司", "D36SZ", "洛阳璞联集团有限公司", "沐维信息安全服务有限公司", "洛阳",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d37", "D", "dev", 15608, "淳科数字科技有限公司", "D37SZ", "平顶山煦联集团有限公司", "煦达信息安全服务有限公司", "平顶山",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("e28", "E", "dev", 15621, "宸拓信息服务有限公司", "E28IS", "新乡岑联股份有限公司", "沐科网络安全有限公司", "新乡",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e29", "E", "dev", 15634, "翔达信息服务有限公司", "E29IS", "南阳璞安股份有限公司", "弘联网络安全有限公司", "南阳",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e30", "E", "dev", 15647, "琨航信息服务有限公司", "E30IS", "烟台岑宇股份有限公司", "恒创网络安全有限公司", "烟台",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e31", "E", "dev", 15660, "曜创信息服务有限公司", "E31IS", "潍坊岑安股份有限公司", "枫航网络安全有限公司", "潍坊",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e32", "E", "dev", 15673, "睿创信息服务有限公司", "E32IS", "济宁璞信股份有限公司", "霁达网络安全有限公司", "济宁",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e33", "E", "dev", 15686, "恒航信息服务有限公司", "E33IS", "日照煦创股份有限公司", "泓创网络安全有限公司", "日照",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e34", "E", "dev", 15699, "砚创信息服务有限公司", "E34IS", "临沂弘达股份有限公司", "弘卫网络安全有限公司", "临沂",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e35", "E", "dev", 15712, "恒衡信息服务有限公司", "E35IS", "保定沐讯股份有限公司", "铂拓网络安全有限公司", "保定",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e36", "E", "dev", 15725, "曜安信息服务有限公司", "E36IS", "张家口曜衡股份有限公司", "启科网络安全有限公司", "张家口",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e37", "E", "dev", 15738, "泓卫信息服务有限公司", "E37IS", "秦皇岛沐衡股份有限公司", "桓创网络安全有限公司", "秦皇岛",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("f26", "F", "dev", 15751, "华讯通信集团有限公司浙江省分公司", "F26X", "唐山新区管理委员会", "唐山通信工程有限公司", "唐山",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f27", "F", "dev", 15764, "中拓电信股份有限公司安徽省分公司", "F27X", "太原新区管理委员会", "太原通信工程有限公司", "太原",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f28", "F", "dev", 15777, "联讯移动通信有限公司福建省分公司", "F28X", "临汾新区管理委员会", "临汾通信工程有限公司", "临汾",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f29", "F", "dev", 15790, "神州广通网络有限公司江西省分公司", "F29X", "包头新区管理委员会", "包头通信工程有限公司", "包头",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f30", "F", "dev", 15803, "华讯通信集团有限公司湖南省分公司", "F30X", "乌兰察布新区管理委员会", "乌兰察布通信工程有限公司", "乌兰察布",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f31", "F", "dev", 15816, "中拓电信股份有限公司湖北省分公司", "F31X", "吉林新区管理委员会", "吉林通信工程有限公司", "吉林",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f32", "F", "dev", 15829, "联讯移动通信有限公司山东省分公司", "F32X", "通化新区管理委员会", "通化通信工程有限公司", "通化",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f33", "F", "dev", 15842, "神州广通网络有限公司广西分公司", "F33X", "白城新区管理委员会", "白城通信工程有限公司", "白城",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f34", "F", "dev", 15855, "华讯通信集团有限公司贵州省分公司", "F34X", "锦州新区管理委员会", "锦州通信工程有限公司", "锦州",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f35", "F", "dev", 15868, "中拓电信股份有限公司云南省分公司", "F35X", "营口新区管理委员会", "营口通信工程有限公司", "营口",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("g23", "G", "dev", 15881, "阜新银行股份有限公司", "G23YH", "阜新岑拓村镇银行股份有限公司", "恒卫信息技术外包服务有限公司", "阜新",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g24", "G", "dev", 15894, "辽阳银行股份有限公司", "G24YH", "辽阳桓宇村镇银行股份有限公司", "桓科信息技术外包服务有限公司", "辽阳",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g25", "G", "dev", 15907, "盘锦银行股份有限公司", "G25YH", "盘锦璟信村镇银行股份有限公司", "弘盾信息技术外包服务有限公司", "盘锦",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g26", "G", "dev", 15920, "铁岭银行股份有限公司", "G26YH", "铁岭瑞联村镇银行股份有限公司", "铂航信息技术外包服务有限公司", "铁岭",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g27", "G", "dev", 15933, "朝阳银行股份有限公司", "G27YH", "朝阳桓盾村镇银行股份有限公司", "煦维信息技术外包服务有限公司", "朝阳",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g28", "G", "dev", 15946, "葫芦岛银行股份有限公司", "G28YH", "葫芦岛澜维村镇银行股份有限公司", "锦航信息技术外包服务有限公司", "葫芦岛",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g29", "G", "dev", 15959, "丹东银行股份有限公司", "G29YH", "丹东峻联村镇银行股份有限公司", "翔创信息技术外包服务有限公司", "丹东",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g30", "G", "dev", 15972, "本溪银行股份有限公司", "G30YH", "本溪启讯村镇银行股份有限公司", "珩卫信息技术外包服务有限公司", "本溪",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g31", "G", "dev", 15985, "抚顺银行股份有限公司", "G31YH", "抚顺煦科村镇银行股份有限公司", "珩维信息技术外包服务有限公司", "抚顺",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g32", "G", "dev", 15998, "鞍山银行股份有限公司", "G32YH", "鞍山宸达村镇银行股份有限公司", "宸创信息技术外包服务有限公司", "鞍山",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("h19", "H", "dev", 16011, "齐齐哈尔市人民医院", "H19RY", "齐齐哈尔县人民医院", "曜信医疗信息技术有限公司", "齐齐哈尔",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h20", "H", "dev", 16024, "牡丹江市人民医院", "H20RY", "牡丹江县人民医院", "砚讯医疗信息技术有限公司", "牡丹江",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h21", "H", "dev", 16037, "佳木斯市人民医院", "H21RY", "佳木斯县人民医院", "弘信医疗信息技术有限公司", "佳木斯",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h22", "H", "dev", 16050, "大庆市人民医院", "H22RY", "大庆县人民医院", "璟宇医疗信息技术有限公司", "大庆",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h23", "H", "dev", 16063, "鸡西市人民医院", "H23RY", "鸡西县人民医院", "锦安医疗信息技术有限公司", "鸡西",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h24", "H", "dev", 16076, "双鸭山市人民医院", "H24RY", "双鸭山县人民医院", "朔盾医疗信息技术有限公司", "双鸭山",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h25", "H", "dev", 16089, "伊春市人民医院", "H25RY", "伊春县人民医院", "瑞宇医疗信息技术有限公司", "伊春",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h26", "H", "dev", 16102, "七台河市人民医院", "H26RY", "七台河县人民医院", "珩联医疗信息技术有限公司", "七台河",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h27", "H", "dev", 16115, "黑河市人民医院", "H27RY", "黑河县人民医院", "卓航医疗信息技术有限公司", "黑河",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h28", "H", "dev", 16128, "绥化市人民医院", "H28RY", "绥化县人民医院", "宸衡医疗信息技术有限公司", "绥化",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("i13", "I", "dev", 16141, "铂讯云计算有限公司", "I13YJ", "柳州霁联股份有限公司", "弘衡安全技术有限公司", "柳州",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i14", "I", "dev", 16154, "璞宇云计算有限公司", "I14YJ", "桂林曦安股份有限公司", "淳拓安全技术有限公司", "桂林",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i15", "I", "dev", 16167, "澜卫云计算有限公司", "I15YJ", "梧州桓联股份有限公司", "瑞科安全技术有限公司", "梧州",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i16", "I", "dev", 16180, "铂联云计算有限公司", "I16YJ", "北海璟安股份有限公司", "朔信安全技术有限公司", "北海",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i17", "I", "dev", 16193, "岑创云计算有限公司", "I17YJ", "钦州弘拓股份有限公司", "峻创安全技术有限公司", "钦州",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i18", "I", "dev", 16206, "卓达云计算有限公司", "I18YJ", "贵港璟科股份有限公司", "瑞信安全技术有限公司", "贵港",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i19", "I", "dev", 16219, "睿维云计算有限公司", "I19YJ", "玉林启衡股份有限公司", "宸维安全技术有限公司", "玉林",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i20", "I", "dev", 16232, "恒宇云计算有限公司", "I20YJ", "百色朔维股份有限公司", "昱盾安全技术有限公司", "百色",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i21", "I", "dev", 16245, "枫讯云计算有限公司", "I21YJ", "贺州璟盾股份有限公司", "沐创安全技术有限公司", "贺州",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i22", "I", "dev", 16258, "昱衡云计算有限公司", "I22YJ", "河池恒安股份有限公司", "曜航安全技术有限公司", "河池",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("j5", "J", "dev", 16271, "浙江省电力有限公司信息通信分公司", "ZJXT", "来宾供电公司", "睿科电力信息技术有限公司", "来宾",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j6", "J", "dev", 16284, "安徽省电力有限公司信息通信分公司", "AHXT", "崇左允宇风电有限公司", "朔航电力信息技术有限公司", "崇左",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j7", "J", "dev", 16297, "江西省电力有限公司信息通信分公司", "JXXT", "遵义供电公司", "朔卫电力信息技术有限公司", "遵义",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j8", "J", "dev", 16310, "湖北省电力有限公司信息通信分公司", "HBXT", "六盘水翔讯光伏发电有限公司", "恒讯电力信息技术有限公司", "六盘水",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j9", "J", "dev", 16323, "河南省电力有限公司信息通信分公司", "HNXT", "安顺供电公司", "瑞盾电力信息技术有限公司", "安顺",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j10", "J", "dev", 16336, "山东省电力有限公司信息通信分公司", "SDXT", "曲靖曜联风电有限公司", "霁航电力信息技术有限公司", "曲靖",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j11", "J", "dev", 16349, "山西省电力有限公司信息通信分公司", "SXXT", "玉溪供电公司", "璞拓电力信息技术有限公司", "玉溪",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j12", "J", "dev", 16362, "吉林省电力有限公司信息通信分公司", "JLXT", "保山沐拓光伏发电有限公司", "枫维电力信息技术有限公司", "保山",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j13", "J", "dev", 16375, "广西电网有限公司信息通信分公司", "GXXT", "昭通供电公司", "枫宇电力信息技术有限公司", "昭通",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j14", "J", "dev", 16388, "贵州省电力有限公司信息通信分公司", "GZXT", "丽江昱宇风电有限公司", "启拓电力信息技术有限公司", "丽江",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    # a new style, K, written blind and its truth committed before any scoring run on it
    ("k1", "K", "dev", 13501, "瑞驰汽车零部件集团股份有限公司", "RCQP", "瑞驰精密铸造（芜湖）有限公司", "智维工业信息服务有限公司", "芜湖",
     ["MES制造执行系统", "SAP ERP系统", "WMS仓储管理系统"]),
    ("k2", "K", "dev", 13623, "华擎汽车部件集团有限公司", "HQAP", "东江汽车有限公司襄阳总装厂", "楚瑞网络安全技术有限公司", "襄阳",
     ["MES系统", "QMS质量管理系统", "PLM产品数据管理系统"]),
    ("k3", "K", "dev", 13747, "博鑫汽车系统集团有限公司", "BXAS", "博鑫座椅（长春）有限公司", "北恒智造信息技术有限公司", "长春",
     ["SAP ERP系统", "MES系统", "SRM供应商协同平台"]),
    ("k4", "K", "dev", 13869, "凯拓汽车电子集团股份有限公司", "KTAE", "江北新能源汽车有限公司杭州湾工厂", "甬安工业网络安全有限公司", "宁波",
     ["MES系统", "EAP设备自动化系统", "SAP ERP系统"]),
    # a new style, L, written blind and its truth committed before any scoring run on it
    ("l1", "L", "dev", 13901, "淮扬大学网络与信息中心", "HYDX", "淮扬大学广陵学院", "扬帆网络技术服务有限公司", "扬州",
     ["统一身份认证平台", "校园一卡通系统", "教务管理系统"]),
    ("l2", "L", "dev", 14023, "岭南理工大学网络与信息中心", "LNLG", "岭南理工大学附属医院", "粤信智联科技有限公司", "湛江",
     ["统一身份认证平台", "医院门户网站", "VPN及远程访问系统"]),
    ("l3", "L", "dev", 14147, "赣西师范大学网络与信息中心", "GXSD", "赣西师范大学附属中学", "庐陵数安科技有限公司", "吉安",
     ["校园一卡通系统", "统一身份认证平台", "智慧教学平台"]),
    ("l4", "L", "dev", 14269, "冀中农业大学网络与信息中心", "JZND", "冀中农业大学附属医院", "燕赵云网科技有限公司", "保定",
     ["统一身份认证平台", "一卡通系统", "医院协同办公系统"]),
    # style M (a new voice, written blind): held out
    ("m1", "M", "dev", 14401, "江州城市大数据运营有限公司", "JZSY", "江州市市场监督管理局", "华睿信息技术有限公司", "江州",
     ["市场主体登记系统", "12345政务服务热线平台", "智慧监管平台"]),
    ("m2", "M", "dev", 14523, "滨江市大数据运营有限公司", "BJSY", "滨江市临港区人民政府办公室", "云策网络科技有限公司", "滨江",
     ["区一网通办系统", "基层社会治理平台", "区政府门户网站"]),
    ("m3", "M", "dev", 14647, "青岚城市大数据发展有限公司", "QLSJ", "青岚市人力资源和社会保障局", "天衡数据服务有限公司", "青岚",
     ["社保经办系统", "就业创业服务平台", "人社一体化业务平台"]),
    ("m4", "M", "dev", 14769, "鹭洲城市大数据运营有限公司", "LZSY", "鹭洲市鹭东区行政审批局", "安策信息科技有限公司", "鹭洲",
     ["行政审批系统", "电子证照库", "区县视频会议系统"]),
    # style N (a new voice, written blind), held out
    ("n1", "N", "dev", 14901, "黔中机场集团有限公司", "QZJC", "盘江支线机场有限公司", "航信数安科技有限公司", "贵阳",
     ["AODB航班运营数据库", "FIDS航班信息显示系统", "DCS离港控制系统"]),
    ("n2", "N", "dev", 14953, "湘楚机场集团有限公司", "XCJC", "祥鹭航空有限公司长沙运行基地", "中南民航信息技术有限公司", "长沙",
     ["离港控制系统（DCS）", "安检信息管理系统", "生产运行调度系统"]),
    ("n3", "N", "dev", 15007, "塞北机场集团有限公司", "SBJC", "白音支线机场管理有限公司", "北疆天翼航空信息服务有限公司", "呼和浩特",
     ["AODB运营数据库", "航显系统（FIDS）", "行李处理控制系统"]),
    ("n4", "N", "dev", 15059, "闽越机场集团有限公司", "MYJC", "鹭江航空股份有限公司福州基地", "海西民航网安技术有限公司", "福州",
     ["生产运行管理系统（AOMS）", "离港控制系统（DCS）", "安检信息管理系统"]),
    # the tenth held-out part: written and its truth committed before any scoring run on it
    ("a37", "A", "dev", 18101, "煦联信息安全技术股份有限公司", "A37S", "嘉兴农村商业银行", "璞卫安全服务有限公司", "嘉兴",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a38", "A", "dev", 18114, "澜宇信息安全技术股份有限公司", "A38S", "湖州城市商业银行", "澜维安全服务有限公司", "湖州",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a39", "A", "dev", 18127, "峻信信息安全技术股份有限公司", "A39S", "温州人寿保险分公司", "朔卫安全服务有限公司", "温州",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a40", "A", "dev", 18140, "睿宇信息安全技术股份有限公司", "A40S", "台州证券营业部", "朔联安全服务有限公司", "台州",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a41", "A", "dev", 18153, "桓创信息安全技术股份有限公司", "A41S", "宁德住房公积金管理中心", "峻达安全服务有限公司", "宁德",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("a42", "A", "dev", 18166, "睿维信息安全技术股份有限公司", "A42S", "三明农村商业银行", "珩盾安全服务有限公司", "三明",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a43", "A", "dev", 18179, "弘盾信息安全技术股份有限公司", "A43S", "南平城市商业银行", "淳维安全服务有限公司", "南平",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a44", "A", "dev", 18192, "峻衡信息安全技术股份有限公司", "A44S", "龙岩人寿保险分公司", "朔达安全服务有限公司", "龙岩",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a45", "A", "dev", 18205, "澜达信息安全技术股份有限公司", "A45S", "萍乡证券营业部", "曦维安全服务有限公司", "萍乡",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a46", "A", "dev", 18218, "沐科信息安全技术股份有限公司", "A46S", "新余住房公积金管理中心", "锦讯安全服务有限公司", "新余",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("a47", "A", "dev", 18231, "泓盾信息安全技术股份有限公司", "A47S", "鹰潭农村商业银行", "琨衡安全服务有限公司", "鹰潭",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a48", "A", "dev", 18244, "璞达信息安全技术股份有限公司", "A48S", "吉安城市商业银行", "睿卫安全服务有限公司", "吉安",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a49", "A", "dev", 18257, "允拓信息安全技术股份有限公司", "A49S", "宜春人寿保险分公司", "昱航安全服务有限公司", "宜春",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a50", "A", "dev", 18270, "昱盾信息安全技术股份有限公司", "A50S", "抚州证券营业部", "峻科安全服务有限公司", "抚州",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a51", "A", "dev", 18283, "昱拓信息安全技术股份有限公司", "A51S", "邵阳住房公积金管理中心", "澜讯安全服务有限公司", "邵阳",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("b37", "B", "dev", 18296, "Ulverston SecOps（益阳）有限公司", "B37S", "益阳淳卫制造集团", "Farrowdale运维服务有限公司", "益阳",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b38", "B", "dev", 18309, "Valebrook SecOps（郴州）有限公司", "B38S", "郴州霁航物流有限公司", "Glenhurst运维服务有限公司", "郴州",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b39", "B", "dev", 18322, "Westmere SecOps（永州）有限公司", "B39S", "永州桓安零售连锁股份有限公司", "Harrowgate运维服务有限公司", "永州",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b40", "B", "dev", 18335, "Yarrow SecOps（怀化）有限公司", "B40S", "怀化睿达汽车零部件有限公司", "Inverleigh运维服务有限公司", "怀化",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b41", "B", "dev", 18348, "Zephyrfield SecOps（娄底）有限公司", "B41S", "娄底卓创食品股份有限公司", "Kingsmere运维服务有限公司", "娄底",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("b42", "B", "dev", 18361, "Alderney SecOps（十堰）有限公司", "B42S", "十堰启科制造集团", "Larkspur运维服务有限公司", "十堰",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b43", "B", "dev", 18374, "Bramwell SecOps（孝感）有限公司", "B43S", "孝感铂航物流有限公司", "Millbrook运维服务有限公司", "孝感",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b44", "B", "dev", 18387, "Calloway SecOps（黄冈）有限公司", "B44S", "黄冈沐维零售连锁股份有限公司", "Northwold运维服务有限公司", "黄冈",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b45", "B", "dev", 18400, "Dunmore SecOps（咸宁）有限公司", "B45S", "咸宁恒创汽车零部件有限公司", "Ormsby运维服务有限公司", "咸宁",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b46", "B", "dev", 18413, "Elmstead SecOps（随州）有限公司", "B46S", "随州峻安食品股份有限公司", "Penhallow运维服务有限公司", "随州",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("b47", "B", "dev", 18426, "Farrowdale SecOps（恩施）有限公司", "B47S", "恩施翔宇制造集团", "Ravenscar运维服务有限公司", "恩施",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b48", "B", "dev", 18439, "Glenhurst SecOps（安阳）有限公司", "B48S", "安阳翔衡物流有限公司", "Saltmarsh运维服务有限公司", "安阳",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b49", "B", "dev", 18452, "Harrowgate SecOps（鹤壁）有限公司", "B49S", "鹤壁璞安零售连锁股份有限公司", "Tidewell运维服务有限公司", "鹤壁",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b50", "B", "dev", 18465, "Inverleigh SecOps（焦作）有限公司", "B50S", "焦作淳宇汽车零部件有限公司", "Underhill运维服务有限公司", "焦作",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b51", "B", "dev", 18478, "Kingsmere SecOps（濮阳）有限公司", "B51S", "濮阳锦联食品股份有限公司", "Wrenfield运维服务有限公司", "濮阳",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("c37", "C", "dev", 18491, "许昌朔安信息技术有限公司", "C37", "许昌区政务服务中心", "许昌枫维网络科技有限公司", "许昌",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c38", "C", "dev", 18504, "漯河泓拓信息技术有限公司", "C38", "漯河市第二中学", "漯河泓科网络科技有限公司", "漯河",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c39", "C", "dev", 18517, "三门峡启达信息技术有限公司", "C39", "三门峡区人民医院", "三门峡桓盾网络科技有限公司", "三门峡",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c40", "C", "dev", 18530, "商丘琨航信息技术有限公司", "C40", "商丘县自然资源局", "商丘煦达网络科技有限公司", "商丘",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c41", "C", "dev", 18543, "信阳泓维信息技术有限公司", "C41", "信阳市图书馆", "信阳淳科网络科技有限公司", "信阳",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("c42", "C", "dev", 18556, "周口珩信信息技术有限公司", "C42", "周口区政务服务中心", "周口睿盾网络科技有限公司", "周口",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c43", "C", "dev", 18569, "驻马店铂信信息技术有限公司", "C43", "驻马店市第二中学", "驻马店桓科网络科技有限公司", "驻马店",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c44", "C", "dev", 18582, "淄博峻拓信息技术有限公司", "C44", "淄博区人民医院", "淄博峻卫网络科技有限公司", "淄博",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c45", "C", "dev", 18595, "枣庄宸衡信息技术有限公司", "C45", "枣庄县自然资源局", "枣庄允信网络科技有限公司", "枣庄",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c46", "C", "dev", 18608, "东营枫创信息技术有限公司", "C46", "东营市图书馆", "东营珩衡网络科技有限公司", "东营",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("c47", "C", "dev", 18621, "泰安煦科信息技术有限公司", "C47", "泰安区政务服务中心", "泰安昱联网络科技有限公司", "泰安",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c48", "C", "dev", 18634, "威海砚航信息技术有限公司", "C48", "威海市第二中学", "威海睿拓网络科技有限公司", "威海",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c49", "C", "dev", 18647, "德州沐联信息技术有限公司", "C49", "德州区人民医院", "德州峻盾网络科技有限公司", "德州",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c50", "C", "dev", 18660, "聊城朔信信息技术有限公司", "C50", "聊城县自然资源局", "聊城卓达网络科技有限公司", "聊城",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c51", "C", "dev", 18673, "滨州琨拓信息技术有限公司", "C51", "滨州市图书馆", "滨州砚安网络科技有限公司", "滨州",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("d38", "D", "dev", 18686, "曜维数字科技有限公司", "D38SZ", "菏泽琨卫集团有限公司", "翔航信息安全服务有限公司", "菏泽",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d39", "D", "dev", 18699, "翔创数字科技有限公司", "D39SZ", "邢台珩联集团有限公司", "沐拓信息安全服务有限公司", "邢台",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d40", "D", "dev", 18712, "沐航数字科技有限公司", "D40SZ", "邯郸璞维集团有限公司", "允航信息安全服务有限公司", "邯郸",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d41", "D", "dev", 18725, "璞拓数字科技有限公司", "D41SZ", "沧州允维集团有限公司", "启航信息安全服务有限公司", "沧州",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d42", "D", "dev", 18738, "睿航数字科技有限公司", "D42SZ", "廊坊璟信集团有限公司", "璟科信息安全服务有限公司", "廊坊",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d43", "D", "dev", 18751, "铂科数字科技有限公司", "D43SZ", "衡水瑞宇集团有限公司", "岑盾信息安全服务有限公司", "衡水",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d44", "D", "dev", 18764, "锦盾数字科技有限公司", "D44SZ", "大同弘联集团有限公司", "恒信信息安全服务有限公司", "大同",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d45", "D", "dev", 18777, "岑宇数字科技有限公司", "D45SZ", "阳泉砚盾集团有限公司", "淳达信息安全服务有限公司", "阳泉",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d46", "D", "dev", 18790, "弘科数字科技有限公司", "D46SZ", "长治翔信集团有限公司", "恒维信息安全服务有限公司", "长治",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d47", "D", "dev", 18803, "恒拓数字科技有限公司", "D47SZ", "晋城珩讯集团有限公司", "朔讯信息安全服务有限公司", "晋城",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d48", "D", "dev", 18816, "曜联数字科技有限公司", "D48SZ", "朔州峻讯集团有限公司", "璟衡信息安全服务有限公司", "朔州",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d49", "D", "dev", 18829, "启维数字科技有限公司", "D49SZ", "晋中卓联集团有限公司", "瑞拓信息安全服务有限公司", "晋中",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d50", "D", "dev", 18842, "璟航数字科技有限公司", "D50SZ", "运城枫安集团有限公司", "桓卫信息安全服务有限公司", "运城",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d51", "D", "dev", 18855, "铂宇数字科技有限公司", "D51SZ", "忻州澜创集团有限公司", "恒衡信息安全服务有限公司", "忻州",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d52", "D", "dev", 18868, "锦达数字科技有限公司", "D52SZ", "吕梁沐讯集团有限公司", "琨安信息安全服务有限公司", "吕梁",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("e38", "E", "dev", 18881, "淳安信息服务有限公司", "E38IS", "赤峰霁宇股份有限公司", "璟安网络安全有限公司", "赤峰",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e39", "E", "dev", 18894, "珩卫信息服务有限公司", "E39IS", "通辽曦创股份有限公司", "霁讯网络安全有限公司", "通辽",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e40", "E", "dev", 18907, "桓衡信息服务有限公司", "E40IS", "鄂尔多斯沐创股份有限公司", "允宇网络安全有限公司", "鄂尔多斯",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e41", "E", "dev", 18920, "瑞科信息服务有限公司", "E41IS", "呼伦贝尔恒讯股份有限公司", "桓航网络安全有限公司", "呼伦贝尔",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e42", "E", "dev", 18933, "枫航信息服务有限公司", "E42IS", "巴彦淖尔珩航股份有限公司", "瑞创网络安全有限公司", "巴彦淖尔",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e43", "E", "dev", 18946, "璞联信息服务有限公司", "E43IS", "四平枫讯股份有限公司", "泓信网络安全有限公司", "四平",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e44", "E", "dev", 18959, "弘衡信息服务有限公司", "E44IS", "辽源砚衡股份有限公司", "曜科网络安全有限公司", "辽源",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e45", "E", "dev", 18972, "琨盾信息服务有限公司", "E45IS", "白山曜卫股份有限公司", "璞航网络安全有限公司", "白山",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e46", "E", "dev", 18985, "昱衡信息服务有限公司", "E46IS", "松原岑航股份有限公司", "卓安网络安全有限公司", "松原",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e47", "E", "dev", 18998, "霁联信息服务有限公司", "E47IS", "延边铂盾股份有限公司", "琨联网络安全有限公司", "延边",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e48", "E", "dev", 19011, "卓航信息服务有限公司", "E48IS", "防城港璞创股份有限公司", "弘拓网络安全有限公司", "防城港",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e49", "E", "dev", 19024, "宸安信息服务有限公司", "E49IS", "铜仁岑联股份有限公司", "允联网络安全有限公司", "铜仁",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e50", "E", "dev", 19037, "枫盾信息服务有限公司", "E50IS", "毕节瑞盾股份有限公司", "曦航网络安全有限公司", "毕节",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e51", "E", "dev", 19050, "枫联信息服务有限公司", "E51IS", "楚雄琨讯股份有限公司", "璞信网络安全有限公司", "楚雄",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e52", "E", "dev", 19063, "恒安信息服务有限公司", "E52IS", "红河砚联股份有限公司", "翔科网络安全有限公司", "红河",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("f36", "F", "dev", 19076, "华讯通信集团有限公司河南省分公司", "F36X", "文山新区管理委员会", "文山通信工程有限公司", "文山",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f37", "F", "dev", 19089, "中拓电信股份有限公司河北省分公司", "F37X", "大理新区管理委员会", "大理通信工程有限公司", "大理",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f38", "F", "dev", 19102, "联讯移动通信有限公司山西省分公司", "F38X", "德宏新区管理委员会", "德宏通信工程有限公司", "德宏",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f39", "F", "dev", 19115, "神州广通网络有限公司陕西省分公司", "F39X", "绍兴新区管理委员会", "绍兴通信工程有限公司", "绍兴",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f40", "F", "dev", 19128, "华讯通信集团有限公司甘肃省分公司", "F40X", "金华新区管理委员会", "金华通信工程有限公司", "金华",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f41", "F", "dev", 19141, "中拓电信股份有限公司四川省分公司", "F41X", "衢州新区管理委员会", "衢州通信工程有限公司", "衢州",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f42", "F", "dev", 19154, "联讯移动通信有限公司重庆分公司", "F42X", "丽水新区管理委员会", "丽水通信工程有限公司", "丽水",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f43", "F", "dev", 19167, "神州广通网络有限公司吉林省分公司", "F43X", "舟山新区管理委员会", "舟山通信工程有限公司", "舟山",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f44", "F", "dev", 19180, "华讯通信集团有限公司辽宁省分公司", "F44X", "芜湖新区管理委员会", "芜湖通信工程有限公司", "芜湖",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f45", "F", "dev", 19193, "中拓电信股份有限公司黑龙江省分公司", "F45X", "蚌埠新区管理委员会", "蚌埠通信工程有限公司", "蚌埠",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f46", "F", "dev", 19206, "联讯移动通信有限公司内蒙古分公司", "F46X", "淮南新区管理委员会", "淮南通信工程有限公司", "淮南",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f47", "F", "dev", 19219, "神州广通网络有限公司宁夏分公司", "F47X", "马鞍山新区管理委员会", "马鞍山通信工程有限公司", "马鞍山",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f48", "F", "dev", 19232, "华讯通信集团有限公司青海省分公司", "F48X", "铜陵新区管理委员会", "铜陵通信工程有限公司", "铜陵",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f49", "F", "dev", 19245, "中拓电信股份有限公司海南省分公司", "F49X", "安庆新区管理委员会", "安庆通信工程有限公司", "安庆",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f50", "F", "dev", 19258, "联讯移动通信有限公司江苏省分公司", "F50X", "黄山新区管理委员会", "黄山通信工程有限公司", "黄山",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("g33", "G", "dev", 19271, "滁州银行股份有限公司", "G33YH", "滁州煦安村镇银行股份有限公司", "昱安信息技术外包服务有限公司", "滁州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g34", "G", "dev", 19284, "阜阳银行股份有限公司", "G34YH", "阜阳璟达村镇银行股份有限公司", "锦维信息技术外包服务有限公司", "阜阳",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g35", "G", "dev", 19297, "宿州银行股份有限公司", "G35YH", "宿州铂拓村镇银行股份有限公司", "珩创信息技术外包服务有限公司", "宿州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g36", "G", "dev", 19310, "六安银行股份有限公司", "G36YH", "六安峻创村镇银行股份有限公司", "允科信息技术外包服务有限公司", "六安",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g37", "G", "dev", 19323, "亳州银行股份有限公司", "G37YH", "亳州岑创村镇银行股份有限公司", "砚达信息技术外包服务有限公司", "亳州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g38", "G", "dev", 19336, "池州银行股份有限公司", "G38YH", "池州珩科村镇银行股份有限公司", "煦创信息技术外包服务有限公司", "池州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g39", "G", "dev", 19349, "宣城银行股份有限公司", "G39YH", "宣城瑞航村镇银行股份有限公司", "霁衡信息技术外包服务有限公司", "宣城",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g40", "G", "dev", 19362, "莆田银行股份有限公司", "G40YH", "莆田翔拓村镇银行股份有限公司", "瑞达信息技术外包服务有限公司", "莆田",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g41", "G", "dev", 19375, "泉州银行股份有限公司", "G41YH", "泉州沐盾村镇银行股份有限公司", "翔盾信息技术外包服务有限公司", "泉州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g42", "G", "dev", 19388, "漳州银行股份有限公司", "G42YH", "漳州泓宇村镇银行股份有限公司", "枫拓信息技术外包服务有限公司", "漳州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g43", "G", "dev", 19401, "景德镇银行股份有限公司", "G43YH", "景德镇沐信村镇银行股份有限公司", "曦衡信息技术外包服务有限公司", "景德镇",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g44", "G", "dev", 19414, "九江银行股份有限公司", "G44YH", "九江岑信村镇银行股份有限公司", "泓航信息技术外包服务有限公司", "九江",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g45", "G", "dev", 19427, "赣州银行股份有限公司", "G45YH", "赣州霁拓村镇银行股份有限公司", "淳信信息技术外包服务有限公司", "赣州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g46", "G", "dev", 19440, "上饶银行股份有限公司", "G46YH", "上饶琨维村镇银行股份有限公司", "卓讯信息技术外包服务有限公司", "上饶",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g47", "G", "dev", 19453, "株洲银行股份有限公司", "G47YH", "株洲曦科村镇银行股份有限公司", "桓信信息技术外包服务有限公司", "株洲",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("h29", "H", "dev", 19466, "湘潭市人民医院", "H29RY", "湘潭县人民医院", "泓安医疗信息技术有限公司", "湘潭",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h30", "H", "dev", 19479, "衡阳市人民医院", "H30RY", "衡阳县人民医院", "砚科医疗信息技术有限公司", "衡阳",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h31", "H", "dev", 19492, "岳阳市人民医院", "H31RY", "岳阳县人民医院", "朔航医疗信息技术有限公司", "岳阳",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h32", "H", "dev", 19505, "常德市人民医院", "H32RY", "常德县人民医院", "岑卫医疗信息技术有限公司", "常德",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h33", "H", "dev", 19518, "张家界市人民医院", "H33RY", "张家界县人民医院", "曦拓医疗信息技术有限公司", "张家界",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h34", "H", "dev", 19531, "宜昌市人民医院", "H34RY", "宜昌县人民医院", "启卫医疗信息技术有限公司", "宜昌",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h35", "H", "dev", 19544, "襄阳市人民医院", "H35RY", "襄阳县人民医院", "曜盾医疗信息技术有限公司", "襄阳",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h36", "H", "dev", 19557, "鄂州市人民医院", "H36RY", "鄂州县人民医院", "曦信医疗信息技术有限公司", "鄂州",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h37", "H", "dev", 19570, "荆门市人民医院", "H37RY", "荆门县人民医院", "珩达医疗信息技术有限公司", "荆门",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h38", "H", "dev", 19583, "荆州市人民医院", "H38RY", "荆州县人民医院", "铂达医疗信息技术有限公司", "荆州",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h39", "H", "dev", 19596, "开封市人民医院", "H39RY", "开封县人民医院", "璞科医疗信息技术有限公司", "开封",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h40", "H", "dev", 19609, "洛阳市人民医院", "H40RY", "洛阳县人民医院", "允讯医疗信息技术有限公司", "洛阳",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h41", "H", "dev", 19622, "平顶山市人民医院", "H41RY", "平顶山县人民医院", "桓维医疗信息技术有限公司", "平顶山",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h42", "H", "dev", 19635, "新乡市人民医院", "H42RY", "新乡县人民医院", "睿科医疗信息技术有限公司", "新乡",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h43", "H", "dev", 19648, "南阳市人民医院", "H43RY", "南阳县人民医院", "瑞安医疗信息技术有限公司", "南阳",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("i23", "I", "dev", 19661, "昱信云计算有限公司", "I23YJ", "烟台霁科股份有限公司", "恒宇安全技术有限公司", "烟台",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i24", "I", "dev", 19674, "琨科云计算有限公司", "I24YJ", "潍坊弘达股份有限公司", "启联安全技术有限公司", "潍坊",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i25", "I", "dev", 19687, "璟创云计算有限公司", "I25YJ", "济宁恒航股份有限公司", "宸创安全技术有限公司", "济宁",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i26", "I", "dev", 19700, "瑞维云计算有限公司", "I26YJ", "日照卓衡股份有限公司", "曜航安全技术有限公司", "日照",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i27", "I", "dev", 19713, "昱创云计算有限公司", "I27YJ", "临沂曜达股份有限公司", "枫宇安全技术有限公司", "临沂",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i28", "I", "dev", 19726, "卓信云计算有限公司", "I28YJ", "保定璟维股份有限公司", "煦讯安全技术有限公司", "保定",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i29", "I", "dev", 19739, "珩拓云计算有限公司", "I29YJ", "张家口沐卫股份有限公司", "铂维安全技术有限公司", "张家口",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i30", "I", "dev", 19752, "曜创云计算有限公司", "I30YJ", "秦皇岛宸科股份有限公司", "弘维安全技术有限公司", "秦皇岛",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i31", "I", "dev", 19765, "沐达云计算有限公司", "I31YJ", "唐山锦安股份有限公司", "璟盾安全技术有限公司", "唐山",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i32", "I", "dev", 19778, "砚拓云计算有限公司", "I32YJ", "太原锦航股份有限公司", "澜拓安全技术有限公司", "太原",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i33", "I", "dev", 19791, "允创云计算有限公司", "I33YJ", "临汾煦航股份有限公司", "曜信安全技术有限公司", "临汾",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i34", "I", "dev", 19804, "宸拓云计算有限公司", "I34YJ", "包头砚信股份有限公司", "瑞卫安全技术有限公司", "包头",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i35", "I", "dev", 19817, "曦盾云计算有限公司", "I35YJ", "乌兰察布锦信股份有限公司", "睿信安全技术有限公司", "乌兰察布",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i36", "I", "dev", 19830, "曦宇云计算有限公司", "I36YJ", "吉林睿讯股份有限公司", "岑讯安全技术有限公司", "吉林",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i37", "I", "dev", 19843, "霁维云计算有限公司", "I37YJ", "通化岑衡股份有限公司", "启创安全技术有限公司", "通化",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("j15", "J", "dev", 19856, "河北省电力有限公司信息通信分公司", "HEXT", "白城供电公司", "琨宇电力信息技术有限公司", "白城",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j16", "J", "dev", 19869, "辽宁省电力有限公司信息通信分公司", "LNXT", "锦州煦拓风电有限公司", "曜衡电力信息技术有限公司", "锦州",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j17", "J", "dev", 19882, "黑龙江省电力有限公司信息通信分公司", "HLXT", "营口供电公司", "泓讯电力信息技术有限公司", "营口",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j18", "J", "dev", 19895, "陕西省电力有限公司信息通信分公司", "SNXT", "阜新岑安光伏发电有限公司", "恒达电力信息技术有限公司", "阜新",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j19", "J", "dev", 19908, "甘肃省电力有限公司信息通信分公司", "GSXT", "辽阳供电公司", "宸达电力信息技术有限公司", "辽阳",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j20", "J", "dev", 19921, "四川省电力有限公司信息通信分公司", "SCXT", "盘锦弘卫风电有限公司", "澜联电力信息技术有限公司", "盘锦",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j21", "J", "dev", 19934, "重庆电力有限公司信息通信分公司", "CQXT", "铁岭供电公司", "沐安电力信息技术有限公司", "铁岭",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j22", "J", "dev", 19947, "海南省电力有限公司信息通信分公司", "HIXT", "朝阳朔拓光伏发电有限公司", "铂讯电力信息技术有限公司", "朝阳",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j23", "J", "dev", 19960, "宁夏电力有限公司信息通信分公司", "NXXT", "葫芦岛供电公司", "曦达电力信息技术有限公司", "葫芦岛",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j24", "J", "dev", 19973, "青海省电力有限公司信息通信分公司", "QHXT", "丹东砚讯风电有限公司", "泓卫电力信息技术有限公司", "丹东",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j25", "J", "dev", 19986, "内蒙古电力有限公司信息通信分公司", "NMXT", "本溪供电公司", "煦衡电力信息技术有限公司", "本溪",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j26", "J", "dev", 19999, "江苏省电力有限公司信息通信分公司", "JSXT", "抚顺恒卫光伏发电有限公司", "铂联电力信息技术有限公司", "抚顺",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j27", "J", "dev", 20012, "福建省电力有限公司信息通信分公司", "FJXT", "鞍山供电公司", "睿联电力信息技术有限公司", "鞍山",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j28", "J", "dev", 20025, "湖南省电力有限公司信息通信分公司", "HUNXT", "齐齐哈尔沐宇风电有限公司", "宸盾电力信息技术有限公司", "齐齐哈尔",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j29", "J", "dev", 20038, "广东电力有限公司信息通信分公司", "GDXT", "牡丹江供电公司", "峻维电力信息技术有限公司", "牡丹江",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("k5", "K", "dev", 20101, "远驰汽车底盘系统股份有限公司", "YCDP", "远驰底盘（柳州）有限公司", "桂联工业信息技术有限公司", "柳州",
     ["MES制造执行系统", "SAP ERP系统", "QMS质量管理系统"]),
    ("k6", "K", "dev", 20114, "恒锐汽车电子有限公司", "HRAE", "北岭新能源汽车有限公司合肥工厂", "庐州网络安全技术有限公司", "合肥",
     ["MES系统", "WMS仓储管理系统", "PLM产品数据管理系统"]),
    ("k7", "K", "dev", 20127, "北辰汽车内饰集团有限公司", "BCNS", "北辰内饰（天津）有限公司", "津沽智造信息服务有限公司", "天津",
     ["SAP ERP系统", "MES系统", "SRM供应商协同平台"]),
    ("k8", "K", "dev", 20140, "川岳动力总成股份有限公司", "CYDL", "川岳发动机（绵阳）有限公司", "蜀工信安科技有限公司", "绵阳",
     ["MES系统", "EAP设备自动化系统", "QMS质量管理系统"]),
    ("l5", "L", "dev", 20153, "荆楚理工大学网络与信息中心", "JCLG", "荆楚理工大学附属医院", "楚天智联科技有限公司", "荆门",
     ["统一身份认证平台", "校园一卡通系统", "医院信息平台"]),
    ("l6", "L", "dev", 20166, "滇南师范大学网络与信息中心", "DNSD", "滇南师范大学附属中学", "彩云数安科技有限公司", "蒙自",
     ["统一身份认证平台", "教务管理系统", "智慧教学平台"]),
    ("l7", "L", "dev", 20179, "燕北工业大学网络与信息中心", "YBGD", "燕北工业大学科技学院", "长城网络技术服务有限公司", "张家口",
     ["校园一卡通系统", "统一身份认证平台", "VPN及远程访问系统"]),
    ("l8", "L", "dev", 20192, "闽江海洋大学网络与信息中心", "MJHY", "闽江海洋大学附属医院", "榕城云网科技有限公司", "福州",
     ["统一身份认证平台", "一卡通系统", "科研管理系统"]),
    ("m5", "M", "dev", 20205, "泓州城市大数据运营有限公司", "HZSY", "泓州市医疗保障局", "汇智信息技术有限公司", "泓州",
     ["医保经办系统", "医保公共服务平台", "12345政务服务热线平台"]),
    ("m6", "M", "dev", 20218, "临川市大数据运营有限公司", "LCSY", "临川市住房和城乡建设局", "云峰网络科技有限公司", "临川",
     ["不动产交易系统", "住房保障管理系统", "城建档案系统"]),
    ("m7", "M", "dev", 20231, "沅江城市大数据发展有限公司", "YJSJ", "沅江市沅北区人民政府办公室", "恒策数据服务有限公司", "沅江",
     ["区一网通办系统", "区政府门户网站", "基层社会治理平台"]),
    ("m8", "M", "dev", 20244, "清溪城市大数据运营有限公司", "QXSY", "清溪市公共资源交易中心", "安衡信息科技有限公司", "清溪",
     ["公共资源交易平台", "电子证照库", "区县视频会议系统"]),
    ("n5", "N", "dev", 20257, "滇西机场集团有限公司", "DXJC", "澜沧支线机场有限公司", "彩云民航信息技术有限公司", "昆明",
     ["AODB航班运营数据库", "离港控制系统（DCS）", "安检信息管理系统"]),
    ("n6", "N", "dev", 20270, "江淮机场集团有限公司", "JHJC", "皖航航空有限公司合肥运行基地", "庐州民航网安技术有限公司", "合肥",
     ["生产运行调度系统", "FIDS航班信息显示系统", "行李处理控制系统"]),
    ("n7", "N", "dev", 20283, "陇原机场集团有限公司", "LYJC", "祁连支线机场管理有限公司", "西北民航信息服务有限公司", "兰州",
     ["AODB运营数据库", "航显系统（FIDS）", "DCS离港控制系统"]),
    ("n8", "N", "dev", 20296, "桂海机场集团有限公司", "GHJC", "北部湾航空股份有限公司南宁基地", "八桂民航网安技术有限公司", "南宁",
     ["生产运行管理系统（AOMS）", "离港控制系统（DCS）", "安检信息管理系统"]),
    # style O (a new voice, written blind), held out
    ("o1", "O", "dev", 17501, "桐江市第一人民医院", "TJYY", "桐溪县人民医院", "众康医疗软件有限公司", "桐江",
     ["HIS医院信息系统", "电子病历系统（EMR）", "LIS检验信息系统"]),
    ("o2", "O", "dev", 17513, "澄州市中心医院", "CZZX", "澄东县中医医院", "华杏信息科技有限公司", "澄州",
     ["PACS影像系统", "HIS医院信息系统", "医保结算接口平台"]),
    ("o3", "O", "dev", 17527, "宁川医科大学附属第二医院", "NCFE", "宁川县人民医院", "九洲医信科技有限公司", "宁川",
     ["医院集成平台", "电子病历系统（EMR）", "LIS检验系统"]),
    ("o4", "O", "dev", 17539, "汀州市人民医院", "TZRY", "汀北县人民医院", "闽康医疗信息技术有限公司", "汀州",
     ["HIS系统", "PACS系统", "医保DRG结算平台"]),
    # style P (a new voice, written blind), held out
    ("p1", "P", "dev", 17601, "华岳证券股份有限公司", "HYZQ", "华岳基金管理有限公司", "鼎讯金融科技服务有限公司", "长沙",
     ["集中交易系统", "行情转发系统", "基金投资交易管理系统"]),
    ("p2", "P", "dev", 17613, "江汉证券股份有限公司", "JHZQ", "江汉汇智基金管理有限公司", "楚衡信息技术服务有限公司", "武汉",
     ["集中交易系统", "融资融券系统", "基金TA登记过户系统"]),
    ("p3", "P", "dev", 17627, "海岱证券股份有限公司", "HDZQ", "海岱基金管理有限公司", "齐鲁金科信息服务有限公司", "济南",
     ["核心交易系统", "Level-2行情系统", "基金估值核算系统"]),
    ("p4", "P", "dev", 17639, "闽南证券股份有限公司", "MNZQ", "闽南鑫源基金管理有限公司", "鹭岛金融信息技术有限公司", "厦门",
     ["集中交易系统", "股票期权交易系统", "基金投资交易系统"]),
    # style Q (a new voice, written blind), held out
    ("q1", "Q", "dev", 17701, "栖木云管家（杭州）信息技术有限公司", "QMYG", "悦齿口腔医疗连锁有限公司", "夜航安全技术有限公司", "杭州",
     ["门诊SaaS收银系统", "企业微信及邮箱", "NAS文件服务器"]),
    ("q2", "Q", "dev", 17713, "小满云维信息技术（成都）有限公司", "XMYW", "明衡律师事务所", "蜀盾网络安全有限公司", "成都",
     ["案件管理系统", "文档NAS与备份", "企业邮箱"]),
    ("q3", "Q", "dev", 17727, "拾光IT服务（深圳）有限公司", "SGIT", "恒远国际贸易有限公司", "湾区白帽安全科技有限公司", "深圳",
     ["金蝶云星空ERP", "跨境电商店铺后台", "办公网络与VPN"]),
    ("q4", "Q", "dev", 17739, "知行云管家（苏州）科技有限公司", "ZXYG", "鲜果时光连锁便利店有限公司", "吴中安信网络技术有限公司", "苏州",
     ["门店POS收银系统", "会员小程序", "仓储进销存系统"]),
    # style R (a new voice, written blind), held out
    ("r1", "R", "dev", 17801, "华讯（江苏）政企网络运营有限公司", "HXZQ", "徐州市公安局交通警察支队", "苏通通信工程有限公司", "徐州",
     ["交警视频专网", "交通信号控制专网", "互联网出口安全防护"]),
    ("r2", "R", "dev", 17813, "中拓电信（安徽）数字网络服务有限公司", "ZTAH", "淮南市教育局", "皖通信息工程有限公司", "淮南",
     ["教育城域网", "智慧校园云平台", "校园视频监控专网"]),
    ("r3", "R", "dev", 17827, "联讯（河北）政企网络运营有限公司", "LXHB", "沧海化工集团有限公司", "燕赵通信技术服务有限公司", "沧州",
     ["企业SD-WAN专网", "生产视频监控系统", "ERP云主机资源池"]),
    ("r4", "R", "dev", 17839, "神州广通（陕西）网络运维服务有限公司", "SZSX", "汉中市医疗保障局", "秦川通信工程有限公司", "汉中",
     ["医保业务专网", "医保结算云主机", "互联网出口安全防护"]),
    # the eleventh held-out part: written and its truth committed before any scoring run on it
    ("a52", "A", "dev", 21101, "澜达信息安全技术股份有限公司", "A52S", "嘉兴农村商业银行", "睿安安全服务有限公司", "嘉兴",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a53", "A", "dev", 21114, "睿创信息安全技术股份有限公司", "A53S", "湖州城市商业银行", "璟达安全服务有限公司", "湖州",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a54", "A", "dev", 21127, "朔创信息安全技术股份有限公司", "A54S", "温州人寿保险分公司", "弘达安全服务有限公司", "温州",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a55", "A", "dev", 21140, "枫达信息安全技术股份有限公司", "A55S", "台州证券营业部", "沐航安全服务有限公司", "台州",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a56", "A", "dev", 21153, "霁联信息安全技术股份有限公司", "A56S", "宁德住房公积金管理中心", "昱衡安全服务有限公司", "宁德",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("a57", "A", "dev", 21166, "煦达信息安全技术股份有限公司", "A57S", "三明农村商业银行", "宸卫安全服务有限公司", "三明",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a58", "A", "dev", 21179, "锦安信息安全技术股份有限公司", "A58S", "南平城市商业银行", "宸拓安全服务有限公司", "南平",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a59", "A", "dev", 21192, "澜盾信息安全技术股份有限公司", "A59S", "龙岩人寿保险分公司", "恒安安全服务有限公司", "龙岩",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a60", "A", "dev", 21205, "璟联信息安全技术股份有限公司", "A60S", "萍乡证券营业部", "瑞维安全服务有限公司", "萍乡",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a61", "A", "dev", 21218, "翔科信息安全技术股份有限公司", "A61S", "新余住房公积金管理中心", "启信安全服务有限公司", "新余",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("a62", "A", "dev", 21231, "岑宇信息安全技术股份有限公司", "A62S", "鹰潭农村商业银行", "霁衡安全服务有限公司", "鹰潭",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a63", "A", "dev", 21244, "砚联信息安全技术股份有限公司", "A63S", "吉安城市商业银行", "沐拓安全服务有限公司", "吉安",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a64", "A", "dev", 21257, "翔安信息安全技术股份有限公司", "A64S", "宜春人寿保险分公司", "枫拓安全服务有限公司", "宜春",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a65", "A", "dev", 21270, "沐盾信息安全技术股份有限公司", "A65S", "抚州证券营业部", "澜科安全服务有限公司", "抚州",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a66", "A", "dev", 21283, "锦维信息安全技术股份有限公司", "A66S", "邵阳住房公积金管理中心", "卓维安全服务有限公司", "邵阳",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("a67", "A", "dev", 21296, "峻宇信息安全技术股份有限公司", "A67S", "益阳农村商业银行", "泓拓安全服务有限公司", "益阳",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a68", "A", "dev", 21309, "朔安信息安全技术股份有限公司", "A68S", "郴州城市商业银行", "卓航安全服务有限公司", "郴州",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a69", "A", "dev", 21322, "琨盾信息安全技术股份有限公司", "A69S", "永州人寿保险分公司", "睿维安全服务有限公司", "永州",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a70", "A", "dev", 21335, "桓卫信息安全技术股份有限公司", "A70S", "怀化证券营业部", "澜讯安全服务有限公司", "怀化",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a71", "A", "dev", 21348, "琨维信息安全技术股份有限公司", "A71S", "娄底住房公积金管理中心", "澜航安全服务有限公司", "娄底",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("a72", "A", "dev", 21361, "曦衡信息安全技术股份有限公司", "A72S", "十堰农村商业银行", "煦宇安全服务有限公司", "十堰",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("b52", "B", "dev", 21374, "Abberley SecOps（孝感）有限公司", "B52S", "孝感淳卫制造集团", "Lowther运维服务有限公司", "孝感",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b53", "B", "dev", 21387, "Barnstow SecOps（黄冈）有限公司", "B53S", "黄冈曦科物流有限公司", "Merrow运维服务有限公司", "黄冈",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b54", "B", "dev", 21400, "Coldharbour SecOps（咸宁）有限公司", "B54S", "咸宁澜创零售连锁股份有限公司", "Newhaven运维服务有限公司", "咸宁",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b55", "B", "dev", 21413, "Deepdale SecOps（随州）有限公司", "B55S", "随州煦讯汽车零部件有限公司", "Oxley运维服务有限公司", "随州",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b56", "B", "dev", 21426, "Elderfield SecOps（恩施）有限公司", "B56S", "恩施昱拓食品股份有限公司", "Pinewood运维服务有限公司", "恩施",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("b57", "B", "dev", 21439, "Fairhaven SecOps（安阳）有限公司", "B57S", "安阳砚宇制造集团", "Ribbleton运维服务有限公司", "安阳",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b58", "B", "dev", 21452, "Goldcrest SecOps（鹤壁）有限公司", "B58S", "鹤壁睿卫物流有限公司", "Sandford运维服务有限公司", "鹤壁",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b59", "B", "dev", 21465, "Hollins SecOps（焦作）有限公司", "B59S", "焦作铂安零售连锁股份有限公司", "Tarleton运维服务有限公司", "焦作",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b60", "B", "dev", 21478, "Ivybridge SecOps（濮阳）有限公司", "B60S", "濮阳允达汽车零部件有限公司", "Upton运维服务有限公司", "濮阳",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b61", "B", "dev", 21491, "Kelsall SecOps（许昌）有限公司", "B61S", "许昌沐宇食品股份有限公司", "Verwood运维服务有限公司", "许昌",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("b62", "B", "dev", 21504, "Lowther SecOps（漯河）有限公司", "B62S", "漯河允宇制造集团", "Whitstone运维服务有限公司", "漯河",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b63", "B", "dev", 21517, "Merrow SecOps（三门峡）有限公司", "B63S", "三门峡珩盾物流有限公司", "Yewdale运维服务有限公司", "三门峡",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b64", "B", "dev", 21530, "Newhaven SecOps（商丘）有限公司", "B64S", "商丘璟宇零售连锁股份有限公司", "Ulverston运维服务有限公司", "商丘",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b65", "B", "dev", 21543, "Oxley SecOps（信阳）有限公司", "B65S", "信阳枫信汽车零部件有限公司", "Valebrook运维服务有限公司", "信阳",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b66", "B", "dev", 21556, "Pinewood SecOps（周口）有限公司", "B66S", "周口朔卫食品股份有限公司", "Westmere运维服务有限公司", "周口",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("b67", "B", "dev", 21569, "Ribbleton SecOps（驻马店）有限公司", "B67S", "驻马店允安制造集团", "Yarrow运维服务有限公司", "驻马店",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b68", "B", "dev", 21582, "Sandford SecOps（淄博）有限公司", "B68S", "淄博曦达物流有限公司", "Zephyrfield运维服务有限公司", "淄博",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b69", "B", "dev", 21595, "Tarleton SecOps（枣庄）有限公司", "B69S", "枣庄煦盾零售连锁股份有限公司", "Alderney运维服务有限公司", "枣庄",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b70", "B", "dev", 21608, "Upton SecOps（东营）有限公司", "B70S", "东营曜创汽车零部件有限公司", "Bramwell运维服务有限公司", "东营",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b71", "B", "dev", 21621, "Verwood SecOps（泰安）有限公司", "B71S", "泰安铂航食品股份有限公司", "Calloway运维服务有限公司", "泰安",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("b72", "B", "dev", 21634, "Whitstone SecOps（威海）有限公司", "B72S", "威海瑞航制造集团", "Dunmore运维服务有限公司", "威海",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("c52", "C", "dev", 21647, "德州澜维信息技术有限公司", "C52", "德州区政务服务中心", "德州淳科网络科技有限公司", "德州",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c53", "C", "dev", 21660, "聊城瑞达信息技术有限公司", "C53", "聊城市第二中学", "聊城沐科网络科技有限公司", "聊城",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c54", "C", "dev", 21673, "滨州昱卫信息技术有限公司", "C54", "滨州区人民医院", "滨州锦拓网络科技有限公司", "滨州",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c55", "C", "dev", 24999, "菏泽启安信息技术有限公司", "C55", "菏泽县自然资源局", "菏泽沐达网络科技有限公司", "菏泽",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c56", "C", "dev", 21699, "邢台翔拓信息技术有限公司", "C56", "邢台市图书馆", "邢台璟科网络科技有限公司", "邢台",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("c57", "C", "dev", 21712, "邯郸砚创信息技术有限公司", "C57", "邯郸区政务服务中心", "邯郸煦拓网络科技有限公司", "邯郸",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c58", "C", "dev", 21725, "沧州宸宇信息技术有限公司", "C58", "沧州市第二中学", "沧州曦宇网络科技有限公司", "沧州",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c59", "C", "dev", 21738, "廊坊淳创信息技术有限公司", "C59", "廊坊区人民医院", "廊坊昱维网络科技有限公司", "廊坊",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c60", "C", "dev", 21751, "衡水璞盾信息技术有限公司", "C60", "衡水县自然资源局", "衡水琨科网络科技有限公司", "衡水",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c61", "C", "dev", 21764, "大同枫卫信息技术有限公司", "C61", "大同市图书馆", "大同恒盾网络科技有限公司", "大同",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("c62", "C", "dev", 21777, "阳泉淳维信息技术有限公司", "C62", "阳泉区政务服务中心", "阳泉峻科网络科技有限公司", "阳泉",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c63", "C", "dev", 21790, "长治璟卫信息技术有限公司", "C63", "长治市第二中学", "长治卓联网络科技有限公司", "长治",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c64", "C", "dev", 21803, "晋城璞航信息技术有限公司", "C64", "晋城区人民医院", "晋城朔科网络科技有限公司", "晋城",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c65", "C", "dev", 21816, "朔州珩维信息技术有限公司", "C65", "朔州县自然资源局", "朔州翔卫网络科技有限公司", "朔州",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c66", "C", "dev", 21829, "晋中宸联信息技术有限公司", "C66", "晋中市图书馆", "晋中启衡网络科技有限公司", "晋中",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("c67", "C", "dev", 21842, "运城铂讯信息技术有限公司", "C67", "运城区政务服务中心", "运城曜达网络科技有限公司", "运城",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c68", "C", "dev", 21855, "忻州桓联信息技术有限公司", "C68", "忻州市第二中学", "忻州岑维网络科技有限公司", "忻州",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c69", "C", "dev", 21868, "吕梁宸安信息技术有限公司", "C69", "吕梁区人民医院", "吕梁昱安网络科技有限公司", "吕梁",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c70", "C", "dev", 21881, "赤峰泓维信息技术有限公司", "C70", "赤峰县自然资源局", "赤峰枫安网络科技有限公司", "赤峰",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c71", "C", "dev", 21894, "通辽峻达信息技术有限公司", "C71", "通辽市图书馆", "通辽睿信网络科技有限公司", "通辽",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("c72", "C", "dev", 21907, "鄂尔多斯砚安信息技术有限公司", "C72", "鄂尔多斯区政务服务中心", "鄂尔多斯琨安网络科技有限公司", "鄂尔多斯",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("d53", "D", "dev", 21920, "砚讯数字科技有限公司", "D53SZ", "呼伦贝尔睿盾集团有限公司", "琨宇信息安全服务有限公司", "呼伦贝尔",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d54", "D", "dev", 21933, "泓安数字科技有限公司", "D54SZ", "巴彦淖尔泓航集团有限公司", "卓讯信息安全服务有限公司", "巴彦淖尔",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d55", "D", "dev", 21946, "弘宇数字科技有限公司", "D55SZ", "四平朔拓集团有限公司", "瑞安信息安全服务有限公司", "四平",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d56", "D", "dev", 21959, "琨衡数字科技有限公司", "D56SZ", "辽源澜安集团有限公司", "朔达信息安全服务有限公司", "辽源",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d57", "D", "dev", 21972, "弘卫数字科技有限公司", "D57SZ", "白山允卫集团有限公司", "昱讯信息安全服务有限公司", "白山",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d58", "D", "dev", 21985, "弘航数字科技有限公司", "D58SZ", "松原恒卫集团有限公司", "卓拓信息安全服务有限公司", "松原",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d59", "D", "dev", 21998, "煦衡数字科技有限公司", "D59SZ", "延边翔维集团有限公司", "曜联信息安全服务有限公司", "延边",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d60", "D", "dev", 22011, "曜维数字科技有限公司", "D60SZ", "防城港峻盾集团有限公司", "澜卫信息安全服务有限公司", "防城港",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d61", "D", "dev", 22024, "铂信数字科技有限公司", "D61SZ", "铜仁朔信集团有限公司", "泓科信息安全服务有限公司", "铜仁",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d62", "D", "dev", 22037, "翔创数字科技有限公司", "D62SZ", "毕节允维集团有限公司", "睿讯信息安全服务有限公司", "毕节",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d63", "D", "dev", 22050, "璞科数字科技有限公司", "D63SZ", "楚雄淳盾集团有限公司", "卓安信息安全服务有限公司", "楚雄",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d64", "D", "dev", 22063, "璟信数字科技有限公司", "D64SZ", "红河朔盾集团有限公司", "翔盾信息安全服务有限公司", "红河",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d65", "D", "dev", 22076, "泓盾数字科技有限公司", "D65SZ", "文山珩信集团有限公司", "霁达信息安全服务有限公司", "文山",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d66", "D", "dev", 22089, "卓创数字科技有限公司", "D66SZ", "大理淳航集团有限公司", "澜衡信息安全服务有限公司", "大理",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d67", "D", "dev", 22102, "睿科数字科技有限公司", "D67SZ", "德宏泓宇集团有限公司", "枫创信息安全服务有限公司", "德宏",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d68", "D", "dev", 22115, "澜联数字科技有限公司", "D68SZ", "绍兴恒衡集团有限公司", "翔航信息安全服务有限公司", "绍兴",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d69", "D", "dev", 22128, "曦信数字科技有限公司", "D69SZ", "金华曦卫集团有限公司", "宸盾信息安全服务有限公司", "金华",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d70", "D", "dev", 22141, "淳拓数字科技有限公司", "D70SZ", "衢州璟盾集团有限公司", "桓维信息安全服务有限公司", "衢州",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d71", "D", "dev", 22154, "霁安数字科技有限公司", "D71SZ", "丽水枫联集团有限公司", "允讯信息安全服务有限公司", "丽水",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d72", "D", "dev", 22167, "珩安数字科技有限公司", "D72SZ", "舟山霁维集团有限公司", "朔讯信息安全服务有限公司", "舟山",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d73", "D", "dev", 22180, "璞达数字科技有限公司", "D73SZ", "芜湖启讯集团有限公司", "泓讯信息安全服务有限公司", "芜湖",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("e53", "E", "dev", 22193, "宸达信息服务有限公司", "E53IS", "蚌埠桓航股份有限公司", "璞创网络安全有限公司", "蚌埠",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e54", "E", "dev", 22206, "枫盾信息服务有限公司", "E54IS", "淮南岑信股份有限公司", "恒达网络安全有限公司", "淮南",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e55", "E", "dev", 22219, "昱盾信息服务有限公司", "E55IS", "马鞍山澜信股份有限公司", "珩衡网络安全有限公司", "马鞍山",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e56", "E", "dev", 22232, "峻维信息服务有限公司", "E56IS", "铜陵铂达股份有限公司", "珩讯网络安全有限公司", "铜陵",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e57", "E", "dev", 22245, "昱信信息服务有限公司", "E57IS", "安庆珩达股份有限公司", "璟航网络安全有限公司", "安庆",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e58", "E", "dev", 22258, "朔航信息服务有限公司", "E58IS", "黄山沐维股份有限公司", "允航网络安全有限公司", "黄山",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e59", "E", "dev", 22271, "岑科信息服务有限公司", "E59IS", "滁州泓创股份有限公司", "璞宇网络安全有限公司", "滁州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e60", "E", "dev", 22284, "桓盾信息服务有限公司", "E60IS", "阜阳卓科股份有限公司", "霁卫网络安全有限公司", "阜阳",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e61", "E", "dev", 22297, "睿航信息服务有限公司", "E61IS", "宿州昱联股份有限公司", "曜盾网络安全有限公司", "宿州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e62", "E", "dev", 22310, "澜拓信息服务有限公司", "E62IS", "六安淳讯股份有限公司", "沐讯网络安全有限公司", "六安",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e63", "E", "dev", 22323, "卓衡信息服务有限公司", "E63IS", "亳州曜科股份有限公司", "璞卫网络安全有限公司", "亳州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e64", "E", "dev", 22336, "琨航信息服务有限公司", "E64IS", "池州淳衡股份有限公司", "昱航网络安全有限公司", "池州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e65", "E", "dev", 22349, "砚衡信息服务有限公司", "E65IS", "宣城岑衡股份有限公司", "启卫网络安全有限公司", "宣城",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e66", "E", "dev", 22362, "锦达信息服务有限公司", "E66IS", "莆田煦安股份有限公司", "朔衡网络安全有限公司", "莆田",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e67", "E", "dev", 22375, "珩科信息服务有限公司", "E67IS", "泉州砚盾股份有限公司", "峻衡网络安全有限公司", "泉州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e68", "E", "dev", 22388, "霁信信息服务有限公司", "E68IS", "漳州峻联股份有限公司", "淳宇网络安全有限公司", "漳州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e69", "E", "dev", 22401, "曜安信息服务有限公司", "E69IS", "景德镇砚达股份有限公司", "桓信网络安全有限公司", "景德镇",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e70", "E", "dev", 22414, "霁宇信息服务有限公司", "E70IS", "九江恒宇股份有限公司", "峻讯网络安全有限公司", "九江",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e71", "E", "dev", 22427, "曜卫信息服务有限公司", "E71IS", "赣州曜拓股份有限公司", "峻创网络安全有限公司", "赣州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e72", "E", "dev", 22440, "睿拓信息服务有限公司", "E72IS", "上饶睿宇股份有限公司", "曦创网络安全有限公司", "上饶",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e73", "E", "dev", 22453, "沐信信息服务有限公司", "E73IS", "株洲峻卫股份有限公司", "岑盾网络安全有限公司", "株洲",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("f51", "F", "dev", 22466, "华讯通信集团有限公司广东省分公司", "F51X", "湘潭新区管理委员会", "湘潭通信工程有限公司", "湘潭",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f52", "F", "dev", 22479, "中拓电信股份有限公司贵州省分公司", "F52X", "衡阳新区管理委员会", "衡阳通信工程有限公司", "衡阳",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f53", "F", "dev", 22492, "联讯移动通信有限公司云南省分公司", "F53X", "岳阳新区管理委员会", "岳阳通信工程有限公司", "岳阳",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f54", "F", "dev", 22505, "神州广通网络有限公司西藏分公司", "F54X", "常德新区管理委员会", "常德通信工程有限公司", "常德",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f55", "F", "dev", 22518, "华讯通信集团有限公司新疆分公司", "F55X", "张家界新区管理委员会", "张家界通信工程有限公司", "张家界",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f56", "F", "dev", 22531, "中拓电信股份有限公司天津分公司", "F56X", "宜昌新区管理委员会", "宜昌通信工程有限公司", "宜昌",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f57", "F", "dev", 22544, "联讯移动通信有限公司河南省分公司", "F57X", "襄阳新区管理委员会", "襄阳通信工程有限公司", "襄阳",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f58", "F", "dev", 22557, "神州广通网络有限公司河北省分公司", "F58X", "鄂州新区管理委员会", "鄂州通信工程有限公司", "鄂州",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f59", "F", "dev", 22570, "华讯通信集团有限公司山西省分公司", "F59X", "荆门新区管理委员会", "荆门通信工程有限公司", "荆门",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f60", "F", "dev", 22583, "中拓电信股份有限公司陕西省分公司", "F60X", "荆州新区管理委员会", "荆州通信工程有限公司", "荆州",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f61", "F", "dev", 22596, "联讯移动通信有限公司甘肃省分公司", "F61X", "开封新区管理委员会", "开封通信工程有限公司", "开封",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f62", "F", "dev", 22609, "神州广通网络有限公司四川省分公司", "F62X", "洛阳新区管理委员会", "洛阳通信工程有限公司", "洛阳",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f63", "F", "dev", 22622, "华讯通信集团有限公司重庆分公司", "F63X", "平顶山新区管理委员会", "平顶山通信工程有限公司", "平顶山",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f64", "F", "dev", 22635, "中拓电信股份有限公司吉林省分公司", "F64X", "新乡新区管理委员会", "新乡通信工程有限公司", "新乡",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f65", "F", "dev", 22648, "联讯移动通信有限公司辽宁省分公司", "F65X", "南阳新区管理委员会", "南阳通信工程有限公司", "南阳",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f66", "F", "dev", 22661, "神州广通网络有限公司黑龙江省分公司", "F66X", "烟台新区管理委员会", "烟台通信工程有限公司", "烟台",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f67", "F", "dev", 22674, "华讯通信集团有限公司内蒙古分公司", "F67X", "潍坊新区管理委员会", "潍坊通信工程有限公司", "潍坊",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f68", "F", "dev", 22687, "中拓电信股份有限公司宁夏分公司", "F68X", "济宁新区管理委员会", "济宁通信工程有限公司", "济宁",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f69", "F", "dev", 22700, "联讯移动通信有限公司青海省分公司", "F69X", "日照新区管理委员会", "日照通信工程有限公司", "日照",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f70", "F", "dev", 22713, "神州广通网络有限公司海南省分公司", "F70X", "临沂新区管理委员会", "临沂通信工程有限公司", "临沂",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f71", "F", "dev", 22726, "华讯通信集团有限公司江苏省分公司", "F71X", "保定新区管理委员会", "保定通信工程有限公司", "保定",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("g48", "G", "dev", 22739, "张家口银行股份有限公司", "G48YH", "张家口沐创村镇银行股份有限公司", "瑞创信息技术外包服务有限公司", "张家口",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g49", "G", "dev", 22752, "秦皇岛银行股份有限公司", "G49YH", "秦皇岛启创村镇银行股份有限公司", "弘维信息技术外包服务有限公司", "秦皇岛",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g50", "G", "dev", 22765, "唐山银行股份有限公司", "G50YH", "唐山宸信村镇银行股份有限公司", "珩宇信息技术外包服务有限公司", "唐山",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g51", "G", "dev", 22778, "太原银行股份有限公司", "G51YH", "太原宸维村镇银行股份有限公司", "霁创信息技术外包服务有限公司", "太原",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g52", "G", "dev", 22791, "临汾银行股份有限公司", "G52YH", "临汾恒航村镇银行股份有限公司", "璞联信息技术外包服务有限公司", "临汾",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g53", "G", "dev", 22804, "包头银行股份有限公司", "G53YH", "包头睿联村镇银行股份有限公司", "卓信信息技术外包服务有限公司", "包头",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g54", "G", "dev", 22817, "乌兰察布银行股份有限公司", "G54YH", "乌兰察布宸科村镇银行股份有限公司", "瑞讯信息技术外包服务有限公司", "乌兰察布",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g55", "G", "dev", 22830, "吉林银行股份有限公司", "G55YH", "吉林岑拓村镇银行股份有限公司", "卓宇信息技术外包服务有限公司", "吉林",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g56", "G", "dev", 22843, "通化银行股份有限公司", "G56YH", "通化恒联村镇银行股份有限公司", "煦创信息技术外包服务有限公司", "通化",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g57", "G", "dev", 22856, "白城银行股份有限公司", "G57YH", "白城桓讯村镇银行股份有限公司", "砚维信息技术外包服务有限公司", "白城",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g58", "G", "dev", 22869, "锦州银行股份有限公司", "G58YH", "锦州铂科村镇银行股份有限公司", "泓联信息技术外包服务有限公司", "锦州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g59", "G", "dev", 22882, "营口银行股份有限公司", "G59YH", "营口霁盾村镇银行股份有限公司", "砚拓信息技术外包服务有限公司", "营口",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g60", "G", "dev", 22895, "阜新银行股份有限公司", "G60YH", "阜新睿达村镇银行股份有限公司", "铂维信息技术外包服务有限公司", "阜新",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g61", "G", "dev", 22908, "辽阳银行股份有限公司", "G61YH", "辽阳沐卫村镇银行股份有限公司", "启维信息技术外包服务有限公司", "辽阳",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g62", "G", "dev", 22921, "盘锦银行股份有限公司", "G62YH", "盘锦珩创村镇银行股份有限公司", "岑讯信息技术外包服务有限公司", "盘锦",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g63", "G", "dev", 22934, "铁岭银行股份有限公司", "G63YH", "铁岭岑航村镇银行股份有限公司", "霁科信息技术外包服务有限公司", "铁岭",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g64", "G", "dev", 22947, "朝阳银行股份有限公司", "G64YH", "朝阳铂卫村镇银行股份有限公司", "朔维信息技术外包服务有限公司", "朝阳",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g65", "G", "dev", 22960, "葫芦岛银行股份有限公司", "G65YH", "葫芦岛珩航村镇银行股份有限公司", "璞拓信息技术外包服务有限公司", "葫芦岛",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g66", "G", "dev", 22973, "丹东银行股份有限公司", "G66YH", "丹东卓达村镇银行股份有限公司", "岑达信息技术外包服务有限公司", "丹东",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g67", "G", "dev", 22986, "本溪银行股份有限公司", "G67YH", "本溪铂盾村镇银行股份有限公司", "璞安信息技术外包服务有限公司", "本溪",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g68", "G", "dev", 22999, "抚顺银行股份有限公司", "G68YH", "抚顺琨创村镇银行股份有限公司", "曦航信息技术外包服务有限公司", "抚顺",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("h44", "H", "dev", 23012, "鞍山市人民医院", "H44RY", "鞍山县人民医院", "璞讯医疗信息技术有限公司", "鞍山",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h45", "H", "dev", 23025, "齐齐哈尔市人民医院", "H45RY", "齐齐哈尔县人民医院", "沐安医疗信息技术有限公司", "齐齐哈尔",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h46", "H", "dev", 23038, "牡丹江市人民医院", "H46RY", "牡丹江县人民医院", "峻航医疗信息技术有限公司", "牡丹江",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h47", "H", "dev", 23051, "佳木斯市人民医院", "H47RY", "佳木斯县人民医院", "朔宇医疗信息技术有限公司", "佳木斯",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h48", "H", "dev", 23064, "大庆市人民医院", "H48RY", "大庆县人民医院", "砚卫医疗信息技术有限公司", "大庆",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h49", "H", "dev", 23077, "鸡西市人民医院", "H49RY", "鸡西县人民医院", "峻信医疗信息技术有限公司", "鸡西",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h50", "H", "dev", 23090, "双鸭山市人民医院", "H50RY", "双鸭山县人民医院", "铂联医疗信息技术有限公司", "双鸭山",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h51", "H", "dev", 23103, "伊春市人民医院", "H51RY", "伊春县人民医院", "启联医疗信息技术有限公司", "伊春",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h52", "H", "dev", 23116, "七台河市人民医院", "H52RY", "七台河县人民医院", "煦科医疗信息技术有限公司", "七台河",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h53", "H", "dev", 23129, "黑河市人民医院", "H53RY", "黑河县人民医院", "弘创医疗信息技术有限公司", "黑河",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h54", "H", "dev", 23142, "绥化市人民医院", "H54RY", "绥化县人民医院", "弘拓医疗信息技术有限公司", "绥化",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h55", "H", "dev", 23155, "柳州市人民医院", "H55RY", "柳州县人民医院", "昱达医疗信息技术有限公司", "柳州",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h56", "H", "dev", 23168, "桂林市人民医院", "H56RY", "桂林县人民医院", "启拓医疗信息技术有限公司", "桂林",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h57", "H", "dev", 23181, "梧州市人民医院", "H57RY", "梧州县人民医院", "瑞科医疗信息技术有限公司", "梧州",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h58", "H", "dev", 23194, "北海市人民医院", "H58RY", "北海县人民医院", "启航医疗信息技术有限公司", "北海",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h59", "H", "dev", 23207, "钦州市人民医院", "H59RY", "钦州县人民医院", "允信医疗信息技术有限公司", "钦州",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h60", "H", "dev", 23220, "贵港市人民医院", "H60RY", "贵港县人民医院", "枫衡医疗信息技术有限公司", "贵港",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h61", "H", "dev", 23233, "玉林市人民医院", "H61RY", "玉林县人民医院", "弘衡医疗信息技术有限公司", "玉林",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h62", "H", "dev", 23246, "百色市人民医院", "H62RY", "百色县人民医院", "锦宇医疗信息技术有限公司", "百色",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h63", "H", "dev", 23259, "贺州市人民医院", "H63RY", "贺州县人民医院", "璟安医疗信息技术有限公司", "贺州",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h64", "H", "dev", 23272, "河池市人民医院", "H64RY", "河池县人民医院", "璟创医疗信息技术有限公司", "河池",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("i38", "I", "dev", 23285, "宸航云计算有限公司", "I38YJ", "来宾翔衡股份有限公司", "沐联安全技术有限公司", "来宾",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i39", "I", "dev", 23298, "恒讯云计算有限公司", "I39YJ", "崇左弘信股份有限公司", "枫讯安全技术有限公司", "崇左",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i40", "I", "dev", 23311, "允盾云计算有限公司", "I40YJ", "遵义曜讯股份有限公司", "翔信安全技术有限公司", "遵义",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i41", "I", "dev", 23324, "恒科云计算有限公司", "I41YJ", "六盘水曦盾股份有限公司", "沐衡安全技术有限公司", "六盘水",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i42", "I", "dev", 23337, "锦科云计算有限公司", "I42YJ", "安顺铂创股份有限公司", "璞信安全技术有限公司", "安顺",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i43", "I", "dev", 23350, "泓卫云计算有限公司", "I43YJ", "曲靖淳达股份有限公司", "曦拓安全技术有限公司", "曲靖",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i44", "I", "dev", 23363, "煦卫云计算有限公司", "I44YJ", "玉溪桓拓股份有限公司", "砚信安全技术有限公司", "玉溪",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i45", "I", "dev", 23376, "珩拓云计算有限公司", "I45YJ", "保山曜航股份有限公司", "曜信安全技术有限公司", "保山",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i46", "I", "dev", 23389, "允拓云计算有限公司", "I46YJ", "昭通曦讯股份有限公司", "桓衡安全技术有限公司", "昭通",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i47", "I", "dev", 23402, "璞衡云计算有限公司", "I47YJ", "丽江锦讯股份有限公司", "岑安安全技术有限公司", "丽江",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i48", "I", "dev", 23415, "桓宇云计算有限公司", "I48YJ", "普洱翔联股份有限公司", "宸讯安全技术有限公司", "普洱",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i49", "I", "dev", 23428, "铂拓云计算有限公司", "I49YJ", "临沧淳联股份有限公司", "枫宇安全技术有限公司", "临沧",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i50", "I", "dev", 23441, "霁拓云计算有限公司", "I50YJ", "嘉兴宸创股份有限公司", "弘安安全技术有限公司", "嘉兴",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i51", "I", "dev", 23454, "璟衡云计算有限公司", "I51YJ", "湖州岑联股份有限公司", "砚科安全技术有限公司", "湖州",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i52", "I", "dev", 23467, "锦创云计算有限公司", "I52YJ", "温州瑞信股份有限公司", "瑞卫安全技术有限公司", "温州",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i53", "I", "dev", 23480, "允科云计算有限公司", "I53YJ", "台州瑞联股份有限公司", "璟拓安全技术有限公司", "台州",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i54", "I", "dev", 23493, "瑞拓云计算有限公司", "I54YJ", "宁德霁讯股份有限公司", "朔联安全技术有限公司", "宁德",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i55", "I", "dev", 23506, "曦安云计算有限公司", "I55YJ", "三明卓盾股份有限公司", "煦信安全技术有限公司", "三明",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i56", "I", "dev", 23519, "曦维云计算有限公司", "I56YJ", "南平恒创股份有限公司", "卓卫安全技术有限公司", "南平",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i57", "I", "dev", 23532, "琨卫云计算有限公司", "I57YJ", "龙岩澜宇股份有限公司", "泓信安全技术有限公司", "龙岩",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i58", "I", "dev", 23545, "岑创云计算有限公司", "I58YJ", "萍乡璟维股份有限公司", "霁航安全技术有限公司", "萍乡",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("j30", "J", "dev", 23558, "天津电力有限公司信息通信分公司", "TJXT", "新余供电公司", "允衡电力信息技术有限公司", "新余",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j31", "J", "dev", 23571, "上海电力有限公司信息通信分公司", "SHXT", "鹰潭铂宇风电有限公司", "允创电力信息技术有限公司", "鹰潭",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j32", "J", "dev", 23584, "北京电力有限公司信息通信分公司", "BJXT", "吉安供电公司", "桓达电力信息技术有限公司", "吉安",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j33", "J", "dev", 23597, "西藏电力有限公司信息通信分公司", "XZXT", "宜春淳信光伏发电有限公司", "璟讯电力信息技术有限公司", "宜春",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j34", "J", "dev", 23610, "新疆电力有限公司信息通信分公司", "XJXT", "抚州供电公司", "锦盾电力信息技术有限公司", "抚州",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j35", "J", "dev", 23623, "河北省电力有限公司信息通信分公司", "HEXT", "邵阳曜宇风电有限公司", "宸衡电力信息技术有限公司", "邵阳",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j36", "J", "dev", 23636, "辽宁省电力有限公司信息通信分公司", "LNXT", "益阳供电公司", "砚航电力信息技术有限公司", "益阳",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j37", "J", "dev", 23649, "黑龙江省电力有限公司信息通信分公司", "HLXT", "郴州启宇光伏发电有限公司", "锦衡电力信息技术有限公司", "郴州",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j38", "J", "dev", 23662, "陕西省电力有限公司信息通信分公司", "SNXT", "永州供电公司", "锦信电力信息技术有限公司", "永州",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j39", "J", "dev", 23675, "甘肃省电力有限公司信息通信分公司", "GSXT", "怀化桓安风电有限公司", "弘联电力信息技术有限公司", "怀化",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j40", "J", "dev", 23688, "四川省电力有限公司信息通信分公司", "SCXT", "娄底供电公司", "弘盾电力信息技术有限公司", "娄底",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j41", "J", "dev", 23701, "重庆电力有限公司信息通信分公司", "CQXT", "十堰铂衡光伏发电有限公司", "昱科电力信息技术有限公司", "十堰",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j42", "J", "dev", 23714, "海南省电力有限公司信息通信分公司", "HIXT", "孝感供电公司", "瑞盾电力信息技术有限公司", "孝感",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j43", "J", "dev", 23727, "宁夏电力有限公司信息通信分公司", "NXXT", "黄冈枫科风电有限公司", "瑞衡电力信息技术有限公司", "黄冈",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j44", "J", "dev", 23740, "青海省电力有限公司信息通信分公司", "QHXT", "咸宁供电公司", "翔讯电力信息技术有限公司", "咸宁",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j45", "J", "dev", 23753, "内蒙古电力有限公司信息通信分公司", "NMXT", "随州锦联光伏发电有限公司", "桓创电力信息技术有限公司", "随州",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j46", "J", "dev", 23766, "江苏省电力有限公司信息通信分公司", "JSXT", "恩施供电公司", "煦联电力信息技术有限公司", "恩施",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j47", "J", "dev", 23779, "福建省电力有限公司信息通信分公司", "FJXT", "安阳泓达风电有限公司", "珩联电力信息技术有限公司", "安阳",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j48", "J", "dev", 23792, "湖南省电力有限公司信息通信分公司", "HUNXT", "鹤壁供电公司", "弘讯电力信息技术有限公司", "鹤壁",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j49", "J", "dev", 23805, "广东电力有限公司信息通信分公司", "GDXT", "焦作瑞宇光伏发电有限公司", "枫航电力信息技术有限公司", "焦作",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j50", "J", "dev", 23818, "浙江省电力有限公司信息通信分公司", "ZJXT", "濮阳供电公司", "昱创电力信息技术有限公司", "濮阳",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    # the eleventh held-out part (K-R): written and its truth committed before any tuning on the tenth
    ("k9", "K", "dev", 24101, "启驰汽车零部件集团股份有限公司", "RCQP9", "瑞驰精密铸造（芜湖）有限公司", "智维工业信息服务有限公司", "芜湖",
     ["MES制造执行系统", "SAP ERP系统", "WMS仓储管理系统"]),
    ("k10", "K", "dev", 24114, "弘擎汽车部件集团有限公司", "HQAP10", "东江汽车有限公司襄阳总装厂", "楚瑞网络安全技术有限公司", "襄阳",
     ["MES系统", "QMS质量管理系统", "PLM产品数据管理系统"]),
    ("k11", "K", "dev", 24127, "泓鑫汽车系统集团有限公司", "BXAS11", "博鑫座椅（长春）有限公司", "北恒智造信息技术有限公司", "长春",
     ["SAP ERP系统", "MES系统", "SRM供应商协同平台"]),
    ("k12", "K", "dev", 24140, "沐拓汽车电子集团股份有限公司", "KTAE12", "江北新能源汽车有限公司杭州湾工厂", "甬安工业网络安全有限公司", "宁波",
     ["MES系统", "EAP设备自动化系统", "SAP ERP系统"]),
    ("k13", "K", "dev", 24153, "澜驰汽车底盘系统股份有限公司", "YCDP13", "远驰底盘（柳州）有限公司", "桂联工业信息技术有限公司", "柳州",
     ["MES制造执行系统", "SAP ERP系统", "QMS质量管理系统"]),
    ("k14", "K", "dev", 24166, "岑锐汽车电子有限公司", "HRAE14", "北岭新能源汽车有限公司合肥工厂", "庐州网络安全技术有限公司", "合肥",
     ["MES系统", "WMS仓储管理系统", "PLM产品数据管理系统"]),
    ("l9", "L", "dev", 24179, "砚扬大学网络与信息中心", "HYDX9", "淮扬大学广陵学院", "扬帆网络技术服务有限公司", "扬州",
     ["统一身份认证平台", "校园一卡通系统", "教务管理系统"]),
    ("l10", "L", "dev", 24192, "曦南理工大学网络与信息中心", "LNLG10", "岭南理工大学附属医院", "粤信智联科技有限公司", "湛江",
     ["统一身份认证平台", "医院门户网站", "VPN及远程访问系统"]),
    ("l11", "L", "dev", 24205, "珩西师范大学网络与信息中心", "GXSD11", "赣西师范大学附属中学", "庐陵数安科技有限公司", "吉安",
     ["校园一卡通系统", "统一身份认证平台", "智慧教学平台"]),
    ("l12", "L", "dev", 24218, "琨中农业大学网络与信息中心", "JZND12", "冀中农业大学附属医院", "燕赵云网科技有限公司", "保定",
     ["统一身份认证平台", "一卡通系统", "医院协同办公系统"]),
    ("l13", "L", "dev", 24231, "璟楚理工大学网络与信息中心", "JCLG13", "荆楚理工大学附属医院", "楚天智联科技有限公司", "荆门",
     ["统一身份认证平台", "校园一卡通系统", "医院信息平台"]),
    ("l14", "L", "dev", 24244, "煦南师范大学网络与信息中心", "DNSD14", "滇南师范大学附属中学", "彩云数安科技有限公司", "蒙自",
     ["统一身份认证平台", "教务管理系统", "智慧教学平台"]),
    ("m9", "M", "dev", 24257, "桓州城市大数据运营有限公司", "JZSY9", "江州市市场监督管理局", "华睿信息技术有限公司", "江州",
     ["市场主体登记系统", "12345政务服务热线平台", "智慧监管平台"]),
    ("m10", "M", "dev", 24270, "朔江市大数据运营有限公司", "BJSY10", "滨江市临港区人民政府办公室", "云策网络科技有限公司", "滨江",
     ["区一网通办系统", "基层社会治理平台", "区政府门户网站"]),
    ("m11", "M", "dev", 24283, "霁岚城市大数据发展有限公司", "QLSJ11", "青岚市人力资源和社会保障局", "天衡数据服务有限公司", "青岚",
     ["社保经办系统", "就业创业服务平台", "人社一体化业务平台"]),
    ("m12", "M", "dev", 24296, "昱洲城市大数据运营有限公司", "LZSY12", "鹭洲市鹭东区行政审批局", "安策信息科技有限公司", "鹭洲",
     ["行政审批系统", "电子证照库", "区县视频会议系统"]),
    ("m13", "M", "dev", 24309, "启州城市大数据运营有限公司", "HZSY13", "泓州市医疗保障局", "汇智信息技术有限公司", "泓州",
     ["医保经办系统", "医保公共服务平台", "12345政务服务热线平台"]),
    ("m14", "M", "dev", 24322, "弘川市大数据运营有限公司", "LCSY14", "临川市住房和城乡建设局", "云峰网络科技有限公司", "临川",
     ["不动产交易系统", "住房保障管理系统", "城建档案系统"]),
    ("n9", "N", "dev", 24335, "泓中机场集团有限公司", "QZJC9", "盘江支线机场有限公司", "航信数安科技有限公司", "贵阳",
     ["AODB航班运营数据库", "FIDS航班信息显示系统", "DCS离港控制系统"]),
    ("n10", "N", "dev", 24348, "沐楚机场集团有限公司", "XCJC10", "祥鹭航空有限公司长沙运行基地", "中南民航信息技术有限公司", "长沙",
     ["离港控制系统（DCS）", "安检信息管理系统", "生产运行调度系统"]),
    ("n11", "N", "dev", 24361, "澜北机场集团有限公司", "SBJC11", "白音支线机场管理有限公司", "北疆天翼航空信息服务有限公司", "呼和浩特",
     ["AODB运营数据库", "航显系统（FIDS）", "行李处理控制系统"]),
    ("n12", "N", "dev", 24374, "岑越机场集团有限公司", "MYJC12", "鹭江航空股份有限公司福州基地", "海西民航网安技术有限公司", "福州",
     ["生产运行管理系统（AOMS）", "离港控制系统（DCS）", "安检信息管理系统"]),
    ("n13", "N", "dev", 24387, "砚西机场集团有限公司", "DXJC13", "澜沧支线机场有限公司", "彩云民航信息技术有限公司", "昆明",
     ["AODB航班运营数据库", "离港控制系统（DCS）", "安检信息管理系统"]),
    ("n14", "N", "dev", 24400, "曦淮机场集团有限公司", "JHJC14", "皖航航空有限公司合肥运行基地", "庐州民航网安技术有限公司", "合肥",
     ["生产运行调度系统", "FIDS航班信息显示系统", "行李处理控制系统"]),
    ("o5", "O", "dev", 24413, "珩江市第一人民医院", "TJYY5", "桐溪县人民医院", "众康医疗软件有限公司", "桐江",
     ["HIS医院信息系统", "电子病历系统（EMR）", "LIS检验信息系统"]),
    ("o6", "O", "dev", 24426, "琨州市中心医院", "CZZX6", "澄东县中医医院", "华杏信息科技有限公司", "澄州",
     ["PACS影像系统", "HIS医院信息系统", "医保结算接口平台"]),
    ("o7", "O", "dev", 24439, "璟川医科大学附属第二医院", "NCFE7", "宁川县人民医院", "九洲医信科技有限公司", "宁川",
     ["医院集成平台", "电子病历系统（EMR）", "LIS检验系统"]),
    ("o8", "O", "dev", 24452, "煦州市人民医院", "TZRY8", "汀北县人民医院", "闽康医疗信息技术有限公司", "汀州",
     ["HIS系统", "PACS系统", "医保DRG结算平台"]),
    ("o9", "O", "dev", 24465, "桓江市第一人民医院", "TJYY9", "桐溪县人民医院", "众康医疗软件有限公司", "桐江",
     ["HIS医院信息系统", "电子病历系统（EMR）", "LIS检验信息系统"]),
    ("o10", "O", "dev", 24478, "朔州市中心医院", "CZZX10", "澄东县中医医院", "华杏信息科技有限公司", "澄州",
     ["PACS影像系统", "HIS医院信息系统", "医保结算接口平台"]),
    ("p5", "P", "dev", 24491, "霁岳证券股份有限公司", "HYZQ5", "华岳基金管理有限公司", "鼎讯金融科技服务有限公司", "长沙",
     ["集中交易系统", "行情转发系统", "基金投资交易管理系统"]),
    ("p6", "P", "dev", 24504, "昱汉证券股份有限公司", "JHZQ6", "江汉汇智基金管理有限公司", "楚衡信息技术服务有限公司", "武汉",
     ["集中交易系统", "融资融券系统", "基金TA登记过户系统"]),
    ("p7", "P", "dev", 24517, "启岱证券股份有限公司", "HDZQ7", "海岱基金管理有限公司", "齐鲁金科信息服务有限公司", "济南",
     ["核心交易系统", "Level-2行情系统", "基金估值核算系统"]),
    ("p8", "P", "dev", 24530, "弘南证券股份有限公司", "MNZQ8", "闽南鑫源基金管理有限公司", "鹭岛金融信息技术有限公司", "厦门",
     ["集中交易系统", "股票期权交易系统", "基金投资交易系统"]),
    ("p9", "P", "dev", 24543, "泓岳证券股份有限公司", "HYZQ9", "华岳基金管理有限公司", "鼎讯金融科技服务有限公司", "长沙",
     ["集中交易系统", "行情转发系统", "基金投资交易管理系统"]),
    ("p10", "P", "dev", 24556, "沐汉证券股份有限公司", "JHZQ10", "江汉汇智基金管理有限公司", "楚衡信息技术服务有限公司", "武汉",
     ["集中交易系统", "融资融券系统", "基金TA登记过户系统"]),
    ("q5", "Q", "dev", 24569, "澜木云管家（杭州）信息技术有限公司", "QMYG5", "悦齿口腔医疗连锁有限公司", "夜航安全技术有限公司", "杭州",
     ["门诊SaaS收银系统", "企业微信及邮箱", "NAS文件服务器"]),
    ("q6", "Q", "dev", 24582, "岑满云维信息技术（成都）有限公司", "XMYW6", "明衡律师事务所", "蜀盾网络安全有限公司", "成都",
     ["案件管理系统", "文档NAS与备份", "企业邮箱"]),
    ("q7", "Q", "dev", 24595, "砚光IT服务（深圳）有限公司", "SGIT7", "恒远国际贸易有限公司", "湾区白帽安全科技有限公司", "深圳",
     ["金蝶云星空ERP", "跨境电商店铺后台", "办公网络与VPN"]),
    ("q8", "Q", "dev", 24608, "曦行云管家（苏州）科技有限公司", "ZXYG8", "鲜果时光连锁便利店有限公司", "吴中安信网络技术有限公司", "苏州",
     ["门店POS收银系统", "会员小程序", "仓储进销存系统"]),
    ("q9", "Q", "dev", 24621, "珩木云管家（杭州）信息技术有限公司", "QMYG9", "悦齿口腔医疗连锁有限公司", "夜航安全技术有限公司", "杭州",
     ["门诊SaaS收银系统", "企业微信及邮箱", "NAS文件服务器"]),
    ("q10", "Q", "dev", 24634, "琨满云维信息技术（成都）有限公司", "XMYW10", "明衡律师事务所", "蜀盾网络安全有限公司", "成都",
     ["案件管理系统", "文档NAS与备份", "企业邮箱"]),
    ("r5", "R", "dev", 24647, "璟讯（江苏）政企网络运营有限公司", "HXZQ5", "徐州市公安局交通警察支队", "苏通通信工程有限公司", "徐州",
     ["交警视频专网", "交通信号控制专网", "互联网出口安全防护"]),
    ("r6", "R", "dev", 24660, "煦拓电信（安徽）数字网络服务有限公司", "ZTAH6", "淮南市教育局", "皖通信息工程有限公司", "淮南",
     ["教育城域网", "智慧校园云平台", "校园视频监控专网"]),
    ("r7", "R", "dev", 24673, "桓讯（河北）政企网络运营有限公司", "LXHB7", "沧海化工集团有限公司", "燕赵通信技术服务有限公司", "沧州",
     ["企业SD-WAN专网", "生产视频监控系统", "ERP云主机资源池"]),
    ("r8", "R", "dev", 24686, "朔州广通（陕西）网络运维服务有限公司", "SZSX8", "汉中市医疗保障局", "秦川通信工程有限公司", "汉中",
     ["医保业务专网", "医保结算云主机", "互联网出口安全防护"]),
    ("r9", "R", "dev", 24699, "霁讯（江苏）政企网络运营有限公司", "HXZQ9", "徐州市公安局交通警察支队", "苏通通信工程有限公司", "徐州",
     ["交警视频专网", "交通信号控制专网", "互联网出口安全防护"]),
    ("r10", "R", "dev", 24712, "昱拓电信（安徽）数字网络服务有限公司", "ZTAH10", "淮南市教育局", "皖通信息工程有限公司", "淮南",
     ["教育城域网", "智慧校园云平台", "校园视频监控专网"]),
    # style S (a new voice, written blind), held out
    ("s1", "S", "dev", 25101, "临川水务集团有限公司信息中心", "LCSW", "安平县供水有限公司", "清源智慧水务科技有限公司", "临川",
     ["供水调度SCADA系统", "营收管理系统", "管网GIS系统"]),
    ("s2", "S", "dev", 25113, "澧州水务集团有限公司信息中心", "LZSW", "石门县水务有限公司", "湘江水务信息技术有限公司", "常德",
     ["供水调度SCADA系统", "智慧营收系统", "供水管网地理信息系统"]),
    ("s3", "S", "dev", 25127, "汾阳水务集团有限公司信息中心", "FYSW", "永和县供水有限责任公司", "晋水自控工程有限公司", "吕梁",
     ["水厂及泵站SCADA系统", "营业收费系统", "管网GIS平台"]),
    ("s4", "S", "dev", 25139, "聊城水务集团有限公司信息中心", "LCJT", "高唐县水务有限公司", "鲁源水务软件有限公司", "聊城",
     ["供水调度监控系统（SCADA）", "营收抄表系统", "管网GIS系统"]),
    # style T (a new voice, written blind), held out
    ("t1", "T", "dev", 25201, "海州港集团有限公司信息技术部", "HZGJ", "海州东港集装箱码头有限公司", "港信通软件技术有限公司", "连云港",
     ["TOS码头操作系统", "智能闸口系统", "EDI数据交换平台"]),
    ("t2", "T", "dev", 25213, "渤津港口集团有限公司信息技术部", "BJGK", "渤津北湾国际集装箱码头有限公司", "津港智联信息技术有限公司", "天津",
     ["集装箱TOS系统", "闸口自助通行系统", "港航EDI中心"]),
    ("t3", "T", "dev", 25227, "甬东港务集团有限公司信息技术部", "YDGW", "甬东南岙国际码头有限公司", "四明港航科技有限公司", "宁波",
     ["码头生产操作系统（TOS）", "闸口无人化系统", "船舶EDI报文平台"]),
    ("t4", "T", "dev", 25239, "闽江港口集团有限公司信息技术部", "MJGK", "闽江西堤集运码头有限公司", "榕港数字科技有限公司", "福州",
     ["TOS生产管理系统", "智慧闸口系统", "EDI报文交换系统"]),
    # a new style, U, written blind (a retail chain's IT运维部 serving a 加盟商)
    ("u1", "U", "dev", 25301, "惠源选连锁商业股份有限公司", "HYX", "淄博惠万家商贸有限公司", "鲁信智联技术服务有限公司", "淄博",
     ["门店POS收银系统", "会员中台（CRM）", "线上商城（小程序）"]),
    ("u2", "U", "dev", 25313, "林尚集连锁超市股份有限公司", "LSJ", "衢州佳和超市有限公司", "浙衢数码科技有限公司", "衢州",
     ["门店POS收银系统", "会员积分系统", "O2O到家商城"]),
    ("u3", "U", "dev", 25327, "百家购商业连锁集团有限公司", "BJG", "禾润便利店管理（洛阳）有限公司", "中原易维信息技术有限公司", "洛阳",
     ["便利店POS系统", "会员中台（CRM）", "线上商城（APP）"]),
    ("u4", "U", "dev", 25339, "鑫美天零售连锁股份有限公司", "XMT", "汇邻生鲜超市（九江）有限公司", "赣鄱网络工程有限公司", "九江",
     ["门店POS收银系统", "会员营销平台", "社区团购小程序"]),
    # the twelfth held-out part: written and its truth committed before any tuning on the eleventh
    ("a73", "A", "heldout", 27101, "正维信息安全技术股份有限公司", "A55S", "台州证券营业部", "沐航安全服务有限公司", "台州",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a74", "A", "heldout", 27114, "珩安信息安全技术股份有限公司", "A60S", "萍乡证券营业部", "瑞维安全服务有限公司", "萍乡",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a75", "A", "heldout", 27127, "峻元信息安全技术股份有限公司", "A65S", "抚州证券营业部", "澜科安全服务有限公司", "抚州",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a76", "A", "heldout", 27140, "恒安信息安全技术股份有限公司", "A70S", "怀化证券营业部", "澜讯安全服务有限公司", "怀化",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a77", "A", "heldout", 27153, "峻信信息安全技术股份有限公司", "A54S", "温州人寿保险分公司", "弘达安全服务有限公司", "温州",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a78", "A", "heldout", 27166, "澜信信息安全技术股份有限公司", "A59S", "龙岩人寿保险分公司", "恒安安全服务有限公司", "龙岩",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a79", "A", "heldout", 27179, "卓创信息安全技术股份有限公司", "A64S", "宜春人寿保险分公司", "枫拓安全服务有限公司", "宜春",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a80", "A", "heldout", 27192, "霁创信息安全技术股份有限公司", "A69S", "永州人寿保险分公司", "睿维安全服务有限公司", "永州",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a81", "A", "heldout", 27205, "凌盾信息安全技术股份有限公司", "A53S", "湖州城市商业银行", "璟达安全服务有限公司", "湖州",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a82", "A", "heldout", 27218, "峻望信息安全技术股份有限公司", "A58S", "南平城市商业银行", "宸拓安全服务有限公司", "南平",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a83", "A", "heldout", 27231, "弘维信息安全技术股份有限公司", "A63S", "吉安城市商业银行", "沐拓安全服务有限公司", "吉安",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a84", "A", "heldout", 27244, "昱卫信息安全技术股份有限公司", "A68S", "郴州城市商业银行", "卓航安全服务有限公司", "郴州",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("a85", "A", "heldout", 27257, "国锋信息安全技术股份有限公司", "A52S", "嘉兴农村商业银行", "睿安安全服务有限公司", "嘉兴",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a86", "A", "heldout", 27270, "煦宇信息安全技术股份有限公司", "A57S", "三明农村商业银行", "宸卫安全服务有限公司", "三明",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a87", "A", "heldout", 27283, "澜达信息安全技术股份有限公司", "A62S", "鹰潭农村商业银行", "霁衡安全服务有限公司", "鹰潭",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a88", "A", "heldout", 27296, "霁衡信息安全技术股份有限公司", "A67S", "益阳农村商业银行", "泓拓安全服务有限公司", "益阳",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a89", "A", "heldout", 27309, "曦石信息安全技术股份有限公司", "A72S", "十堰农村商业银行", "煦宇安全服务有限公司", "十堰",
     ["综合业务系统", "手机银行系统", "反洗钱系统"]),
    ("a90", "A", "heldout", 27322, "华卫信息安全技术股份有限公司", "A56S", "宁德住房公积金管理中心", "昱衡安全服务有限公司", "宁德",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("a91", "A", "heldout", 27335, "昱科信息安全技术股份有限公司", "A61S", "新余住房公积金管理中心", "启信安全服务有限公司", "新余",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("a92", "A", "heldout", 27348, "瀚安信息安全技术股份有限公司", "A66S", "邵阳住房公积金管理中心", "卓维安全服务有限公司", "邵阳",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("a93", "A", "heldout", 27361, "澜衡信息安全技术股份有限公司", "A71S", "娄底住房公积金管理中心", "澜航安全服务有限公司", "娄底",
     ["公积金业务系统", "网上服务大厅", "档案系统"]),
    ("a94", "A", "heldout", 27374, "琨联信息安全技术股份有限公司", "A55S", "台州证券营业部", "沐航安全服务有限公司", "台州",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a95", "A", "heldout", 27387, "锦信信息安全技术股份有限公司", "A60S", "萍乡证券营业部", "瑞维安全服务有限公司", "萍乡",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a96", "A", "heldout", 27400, "恒盾信息安全技术股份有限公司", "A65S", "抚州证券营业部", "澜科安全服务有限公司", "抚州",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a97", "A", "heldout", 27413, "澜创信息安全技术股份有限公司", "A70S", "怀化证券营业部", "澜讯安全服务有限公司", "怀化",
     ["核保核赔系统", "客户服务系统", "财务系统"]),
    ("a98", "A", "heldout", 27426, "天盾信息安全技术股份有限公司", "A54S", "温州人寿保险分公司", "弘达安全服务有限公司", "温州",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a99", "A", "heldout", 27439, "华信信息安全技术股份有限公司", "A59S", "龙岩人寿保险分公司", "恒安安全服务有限公司", "龙岩",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a100", "A", "heldout", 27452, "澜盾信息安全技术股份有限公司", "A64S", "宜春人寿保险分公司", "枫拓安全服务有限公司", "宜春",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a101", "A", "heldout", 27465, "恒安信息安全技术股份有限公司", "A69S", "永州人寿保险分公司", "睿维安全服务有限公司", "永州",
     ["核心业务系统", "信贷管理系统", "网上银行系统"]),
    ("a102", "A", "heldout", 27478, "睿信信息安全技术股份有限公司", "A53S", "湖州城市商业银行", "璟达安全服务有限公司", "湖州",
     ["集中交易系统", "资管系统", "客户服务平台"]),
    ("b73", "B", "heldout", 27491, "Deepdale SecOps（随州）有限公司", "B55S", "随州煦讯汽车零部件有限公司", "Oxley运维服务有限公司", "随州",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b74", "B", "heldout", 27504, "Ivybridge SecOps（濮阳）有限公司", "B60S", "濮阳允达汽车零部件有限公司", "Upton运维服务有限公司", "濮阳",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b75", "B", "heldout", 27517, "Oxley SecOps（信阳）有限公司", "B65S", "信阳枫信汽车零部件有限公司", "Valebrook运维服务有限公司", "信阳",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b76", "B", "heldout", 27530, "Upton SecOps（东营）有限公司", "B70S", "东营曜创汽车零部件有限公司", "Bramwell运维服务有限公司", "东营",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b77", "B", "heldout", 27543, "Coldharbour SecOps（咸宁）有限公司", "B54S", "咸宁澜创零售连锁股份有限公司", "Newhaven运维服务有限公司", "咸宁",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b78", "B", "heldout", 27556, "Hollins SecOps（焦作）有限公司", "B59S", "焦作铂安零售连锁股份有限公司", "Tarleton运维服务有限公司", "焦作",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b79", "B", "heldout", 27569, "Newhaven SecOps（商丘）有限公司", "B64S", "商丘璟宇零售连锁股份有限公司", "Ulverston运维服务有限公司", "商丘",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b80", "B", "heldout", 27582, "Tarleton SecOps（枣庄）有限公司", "B69S", "枣庄煦盾零售连锁股份有限公司", "Alderney运维服务有限公司", "枣庄",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b81", "B", "heldout", 27595, "Barnstow SecOps（黄冈）有限公司", "B53S", "黄冈曦科物流有限公司", "Merrow运维服务有限公司", "黄冈",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b82", "B", "heldout", 27608, "Goldcrest SecOps（鹤壁）有限公司", "B58S", "鹤壁睿卫物流有限公司", "Sandford运维服务有限公司", "鹤壁",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b83", "B", "heldout", 27621, "Merrow SecOps（三门峡）有限公司", "B63S", "三门峡珩盾物流有限公司", "Yewdale运维服务有限公司", "三门峡",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b84", "B", "heldout", 27634, "Sandford SecOps（淄博）有限公司", "B68S", "淄博曦达物流有限公司", "Zephyrfield运维服务有限公司", "淄博",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("b85", "B", "heldout", 27647, "Abberley SecOps（孝感）有限公司", "B52S", "孝感淳卫制造集团", "Lowther运维服务有限公司", "孝感",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b86", "B", "heldout", 27660, "Fairhaven SecOps（安阳）有限公司", "B57S", "安阳砚宇制造集团", "Ribbleton运维服务有限公司", "安阳",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b87", "B", "heldout", 27673, "Lowther SecOps（漯河）有限公司", "B62S", "漯河允宇制造集团", "Whitstone运维服务有限公司", "漯河",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b88", "B", "heldout", 27686, "Ribbleton SecOps（驻马店）有限公司", "B67S", "驻马店允安制造集团", "Yarrow运维服务有限公司", "驻马店",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b89", "B", "heldout", 27699, "Whitstone SecOps（威海）有限公司", "B72S", "威海瑞航制造集团", "Dunmore运维服务有限公司", "威海",
     ["MES系统", "ERP系统", "供应商门户"]),
    ("b90", "B", "heldout", 27712, "Elderfield SecOps（恩施）有限公司", "B56S", "恩施昱拓食品股份有限公司", "Pinewood运维服务有限公司", "恩施",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("b91", "B", "heldout", 27725, "Kelsall SecOps（许昌）有限公司", "B61S", "许昌沐宇食品股份有限公司", "Verwood运维服务有限公司", "许昌",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("b92", "B", "heldout", 27738, "Pinewood SecOps（周口）有限公司", "B66S", "周口朔卫食品股份有限公司", "Westmere运维服务有限公司", "周口",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("b93", "B", "heldout", 27751, "Verwood SecOps（泰安）有限公司", "B71S", "泰安铂航食品股份有限公司", "Calloway运维服务有限公司", "泰安",
     ["ERP系统", "追溯系统", "经销商门户"]),
    ("b94", "B", "heldout", 27764, "Deepdale SecOps（随州）有限公司", "B55S", "随州煦讯汽车零部件有限公司", "Oxley运维服务有限公司", "随州",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b95", "B", "heldout", 27777, "Ivybridge SecOps（濮阳）有限公司", "B60S", "濮阳允达汽车零部件有限公司", "Upton运维服务有限公司", "濮阳",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b96", "B", "heldout", 27790, "Oxley SecOps（信阳）有限公司", "B65S", "信阳枫信汽车零部件有限公司", "Valebrook运维服务有限公司", "信阳",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b97", "B", "heldout", 27803, "Upton SecOps（东营）有限公司", "B70S", "东营曜创汽车零部件有限公司", "Bramwell运维服务有限公司", "东营",
     ["MES系统", "QMS质量系统", "SRM系统"]),
    ("b98", "B", "heldout", 27816, "Coldharbour SecOps（咸宁）有限公司", "B54S", "咸宁澜创零售连锁股份有限公司", "Newhaven运维服务有限公司", "咸宁",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b99", "B", "heldout", 27829, "Hollins SecOps（焦作）有限公司", "B59S", "焦作铂安零售连锁股份有限公司", "Tarleton运维服务有限公司", "焦作",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b100", "B", "heldout", 27842, "Newhaven SecOps（商丘）有限公司", "B64S", "商丘璟宇零售连锁股份有限公司", "Ulverston运维服务有限公司", "商丘",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b101", "B", "heldout", 27855, "Tarleton SecOps（枣庄）有限公司", "B69S", "枣庄煦盾零售连锁股份有限公司", "Alderney运维服务有限公司", "枣庄",
     ["POS收银系统", "会员系统", "电商平台"]),
    ("b102", "B", "heldout", 27868, "Barnstow SecOps（黄冈）有限公司", "B53S", "黄冈曦科物流有限公司", "Merrow运维服务有限公司", "黄冈",
     ["TMS运输管理系统", "WMS仓储系统", "订单中心"]),
    ("c73", "C", "heldout", 27881, "娄泽启安信息技术有限公司", "C73", "菏泽县自然资源局", "菏泽沐达网络科技有限公司", "菏泽",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c74", "C", "heldout", 27894, "驻丹璞盾信息技术有限公司", "C74", "衡水县自然资源局", "衡水琨科网络科技有限公司", "衡水",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c75", "C", "heldout", 27907, "常庄珩维信息技术有限公司", "C75", "朔州县自然资源局", "朔州翔卫网络科技有限公司", "朔州",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c76", "C", "heldout", 27920, "赣饶泓维信息技术有限公司", "C76", "赤峰县自然资源局", "赤峰枫安网络科技有限公司", "赤峰",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c77", "C", "heldout", 27933, "拉江昱卫信息技术有限公司", "C77", "滨州区人民医院", "滨州锦拓网络科技有限公司", "滨州",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c78", "C", "heldout", 27946, "东口淳创信息技术有限公司", "C78", "廊坊区人民医院", "廊坊昱维网络科技有限公司", "廊坊",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c79", "C", "heldout", 27959, "兰泉璞航信息技术有限公司", "C79", "晋城区人民医院", "晋城朔科网络科技有限公司", "晋城",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c80", "C", "heldout", 27972, "朔城宸安信息技术有限公司", "C80", "吕梁区人民医院", "吕梁昱安网络科技有限公司", "吕梁",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c81", "C", "heldout", 27985, "大门瑞达信息技术有限公司", "C81", "聊城市第二中学", "聊城沐科网络科技有限公司", "聊城",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c82", "C", "heldout", 27998, "娄州宸宇信息技术有限公司", "C82", "沧州市第二中学", "沧州曦宇网络科技有限公司", "沧州",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c83", "C", "heldout", 28011, "聊治璟卫信息技术有限公司", "C83", "长治市第二中学", "长治卓联网络科技有限公司", "长治",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c84", "C", "heldout", 28024, "滨宁桓联信息技术有限公司", "C84", "忻州市第二中学", "忻州岑维网络科技有限公司", "忻州",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("c85", "C", "heldout", 28037, "鄂丹澜维信息技术有限公司", "C85", "德州区政务服务中心", "德州淳科网络科技有限公司", "德州",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c86", "C", "heldout", 28050, "泰治砚创信息技术有限公司", "C86", "邯郸区政务服务中心", "邯郸煦拓网络科技有限公司", "邯郸",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c87", "C", "heldout", 28063, "聊饶淳维信息技术有限公司", "C87", "阳泉区政务服务中心", "阳泉峻科网络科技有限公司", "阳泉",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c88", "C", "heldout", 28076, "株州铂讯信息技术有限公司", "C88", "运城区政务服务中心", "运城曜达网络科技有限公司", "运城",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c89", "C", "heldout", 28089, "聊洲多斯砚安信息技术有限公司", "C89", "鄂尔多斯区政务服务中心", "鄂尔多斯琨安网络科技有限公司", "鄂尔多斯",
     ["政务审批系统", "门户网站", "档案系统"]),
    ("c90", "C", "heldout", 28102, "赤峰翔拓信息技术有限公司", "C90", "邢台市图书馆", "邢台璟科网络科技有限公司", "邢台",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("c91", "C", "heldout", 28115, "九中枫卫信息技术有限公司", "C91", "大同市图书馆", "大同恒盾网络科技有限公司", "大同",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("c92", "C", "heldout", 28128, "阳阳宸联信息技术有限公司", "C92", "晋中市图书馆", "晋中启衡网络科技有限公司", "晋中",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("c93", "C", "heldout", 28141, "九阳峻达信息技术有限公司", "C93", "通辽市图书馆", "通辽睿信网络科技有限公司", "通辽",
     ["图书管理系统", "数字资源平台", "门户网站"]),
    ("c94", "C", "heldout", 28154, "泉水启安信息技术有限公司", "C94", "菏泽县自然资源局", "菏泽沐达网络科技有限公司", "菏泽",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c95", "C", "heldout", 28167, "漯泉璞盾信息技术有限公司", "C95", "衡水县自然资源局", "衡水琨科网络科技有限公司", "衡水",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c96", "C", "heldout", 28180, "邢州珩维信息技术有限公司", "C96", "朔州县自然资源局", "朔州翔卫网络科技有限公司", "朔州",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c97", "C", "heldout", 28193, "赣庆泓维信息技术有限公司", "C97", "赤峰县自然资源局", "赤峰枫安网络科技有限公司", "赤峰",
     ["不动产登记系统", "OA系统", "门户网站"]),
    ("c98", "C", "heldout", 28206, "咸城昱卫信息技术有限公司", "C98", "滨州区人民医院", "滨州锦拓网络科技有限公司", "滨州",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c99", "C", "heldout", 28219, "十庄淳创信息技术有限公司", "C99", "廊坊区人民医院", "廊坊昱维网络科技有限公司", "廊坊",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c100", "C", "heldout", 28232, "德辽璞航信息技术有限公司", "C100", "晋城区人民医院", "晋城朔科网络科技有限公司", "晋城",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c101", "C", "heldout", 28245, "许州宸安信息技术有限公司", "C101", "吕梁区人民医院", "吕梁昱安网络科技有限公司", "吕梁",
     ["HIS系统", "门户网站", "预约挂号系统"]),
    ("c102", "C", "heldout", 28258, "滨化瑞达信息技术有限公司", "C102", "聊城市第二中学", "聊城沐科网络科技有限公司", "聊城",
     ["教务管理系统", "校园网站", "一卡通系统"]),
    ("d74", "D", "heldout", 28271, "曦港数字科技有限公司", "D56SZ", "辽源澜安集团有限公司", "朔达信息安全服务有限公司", "辽源",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d75", "D", "heldout", 28284, "珩信数字科技有限公司", "D61SZ", "铜仁朔信集团有限公司", "泓科信息安全服务有限公司", "铜仁",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d76", "D", "heldout", 28297, "睿盾数字科技有限公司", "D66SZ", "大理淳航集团有限公司", "澜衡信息安全服务有限公司", "大理",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d77", "D", "heldout", 28310, "东卫数字科技有限公司", "D71SZ", "丽水枫联集团有限公司", "允讯信息安全服务有限公司", "丽水",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d78", "D", "heldout", 28323, "卓港数字科技有限公司", "D55SZ", "四平朔拓集团有限公司", "瑞安信息安全服务有限公司", "四平",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d79", "D", "heldout", 28336, "铂信数字科技有限公司", "D60SZ", "防城港峻盾集团有限公司", "澜卫信息安全服务有限公司", "防城港",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d80", "D", "heldout", 28349, "宸钢数字科技有限公司", "D65SZ", "文山珩信集团有限公司", "霁达信息安全服务有限公司", "文山",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d81", "D", "heldout", 28362, "桂煤数字科技有限公司", "D70SZ", "衢州璟盾集团有限公司", "桓维信息安全服务有限公司", "衢州",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d82", "D", "heldout", 28375, "岑联数字科技有限公司", "D54SZ", "巴彦淖尔泓航集团有限公司", "卓讯信息安全服务有限公司", "巴彦淖尔",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d83", "D", "heldout", 28388, "宸盾数字科技有限公司", "D59SZ", "延边翔维集团有限公司", "曜联信息安全服务有限公司", "延边",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d84", "D", "heldout", 28401, "睿创数字科技有限公司", "D64SZ", "红河朔盾集团有限公司", "翔盾信息安全服务有限公司", "红河",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d85", "D", "heldout", 28414, "桂信数字科技有限公司", "D69SZ", "金华曦卫集团有限公司", "宸盾信息安全服务有限公司", "金华",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d86", "D", "heldout", 28427, "璞达数字科技有限公司", "D53SZ", "呼伦贝尔睿盾集团有限公司", "琨宇信息安全服务有限公司", "呼伦贝尔",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d87", "D", "heldout", 28440, "曦盾数字科技有限公司", "D58SZ", "松原恒卫集团有限公司", "卓拓信息安全服务有限公司", "松原",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d88", "D", "heldout", 28453, "曦安数字科技有限公司", "D63SZ", "楚雄淳盾集团有限公司", "卓安信息安全服务有限公司", "楚雄",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d89", "D", "heldout", 28466, "黔江数字科技有限公司", "D68SZ", "绍兴恒衡集团有限公司", "翔航信息安全服务有限公司", "绍兴",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d90", "D", "heldout", 28479, "铂科数字科技有限公司", "D73SZ", "芜湖启讯集团有限公司", "泓讯信息安全服务有限公司", "芜湖",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d91", "D", "heldout", 28492, "枫水数字科技有限公司", "D57SZ", "白山允卫集团有限公司", "昱讯信息安全服务有限公司", "白山",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d92", "D", "heldout", 28505, "陇航数字科技有限公司", "D62SZ", "毕节允维集团有限公司", "睿讯信息安全服务有限公司", "毕节",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d93", "D", "heldout", 28518, "陇港数字科技有限公司", "D67SZ", "德宏泓宇集团有限公司", "枫创信息安全服务有限公司", "德宏",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d94", "D", "heldout", 28531, "煦维数字科技有限公司", "D72SZ", "舟山霁维集团有限公司", "朔讯信息安全服务有限公司", "舟山",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d95", "D", "heldout", 28544, "澜港数字科技有限公司", "D56SZ", "辽源澜安集团有限公司", "朔达信息安全服务有限公司", "辽源",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d96", "D", "heldout", 28557, "赣拓数字科技有限公司", "D61SZ", "铜仁朔信集团有限公司", "泓科信息安全服务有限公司", "铜仁",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d97", "D", "heldout", 28570, "翔航数字科技有限公司", "D66SZ", "大理淳航集团有限公司", "澜衡信息安全服务有限公司", "大理",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d98", "D", "heldout", 28583, "华电数字科技有限公司", "D71SZ", "丽水枫联集团有限公司", "允讯信息安全服务有限公司", "丽水",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d99", "D", "heldout", 28596, "睿电数字科技有限公司", "D55SZ", "四平朔拓集团有限公司", "瑞安信息安全服务有限公司", "四平",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d100", "D", "heldout", 28609, "启水数字科技有限公司", "D60SZ", "防城港峻盾集团有限公司", "澜卫信息安全服务有限公司", "防城港",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d101", "D", "heldout", 28622, "璞信数字科技有限公司", "D65SZ", "文山珩信集团有限公司", "霁达信息安全服务有限公司", "文山",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d102", "D", "heldout", 28635, "澜盾数字科技有限公司", "D70SZ", "衢州璟盾集团有限公司", "桓维信息安全服务有限公司", "衢州",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("d103", "D", "heldout", 28648, "卓宇数字科技有限公司", "D54SZ", "巴彦淖尔泓航集团有限公司", "卓讯信息安全服务有限公司", "巴彦淖尔",
     ["ERP系统", "生产管理系统", "协同办公系统"]),
    ("e74", "E", "heldout", 28661, "枫衡信息服务有限公司", "E56IS", "铜陵铂达股份有限公司", "珩讯网络安全有限公司", "铜陵",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e75", "E", "heldout", 28674, "恒科信息服务有限公司", "E61IS", "宿州昱联股份有限公司", "曜盾网络安全有限公司", "宿州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e76", "E", "heldout", 28687, "澄科信息服务有限公司", "E66IS", "莆田煦安股份有限公司", "朔衡网络安全有限公司", "莆田",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e77", "E", "heldout", 28700, "淳拓信息服务有限公司", "E71IS", "赣州曜拓股份有限公司", "峻创网络安全有限公司", "赣州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e78", "E", "heldout", 28713, "珩达信息服务有限公司", "E55IS", "马鞍山澜信股份有限公司", "珩衡网络安全有限公司", "马鞍山",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e79", "E", "heldout", 28726, "翔航信息服务有限公司", "E60IS", "阜阳卓科股份有限公司", "霁卫网络安全有限公司", "阜阳",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e80", "E", "heldout", 28739, "锦卫信息服务有限公司", "E65IS", "宣城岑衡股份有限公司", "启卫网络安全有限公司", "宣城",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e81", "E", "heldout", 28752, "曜达信息服务有限公司", "E70IS", "九江恒宇股份有限公司", "峻讯网络安全有限公司", "九江",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e82", "E", "heldout", 28765, "昱迹信息服务有限公司", "E54IS", "淮南岑信股份有限公司", "恒达网络安全有限公司", "淮南",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e83", "E", "heldout", 28778, "拓芯信息服务有限公司", "E59IS", "滁州泓创股份有限公司", "璞宇网络安全有限公司", "滁州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e84", "E", "heldout", 28791, "珩航信息服务有限公司", "E64IS", "池州淳衡股份有限公司", "昱航网络安全有限公司", "池州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e85", "E", "heldout", 28804, "澜衡信息服务有限公司", "E69IS", "景德镇砚达股份有限公司", "桓信网络安全有限公司", "景德镇",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e86", "E", "heldout", 28817, "霁创信息服务有限公司", "E53IS", "蚌埠桓航股份有限公司", "璞创网络安全有限公司", "蚌埠",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e87", "E", "heldout", 28830, "昱拓信息服务有限公司", "E58IS", "黄山沐维股份有限公司", "允航网络安全有限公司", "黄山",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e88", "E", "heldout", 28843, "博盾信息服务有限公司", "E63IS", "亳州曜科股份有限公司", "璞卫网络安全有限公司", "亳州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e89", "E", "heldout", 28856, "霁卫信息服务有限公司", "E68IS", "漳州峻联股份有限公司", "淳宇网络安全有限公司", "漳州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e90", "E", "heldout", 28869, "翔信信息服务有限公司", "E73IS", "株洲峻卫股份有限公司", "岑盾网络安全有限公司", "株洲",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e91", "E", "heldout", 28882, "瑞帆信息服务有限公司", "E57IS", "安庆珩达股份有限公司", "璟航网络安全有限公司", "安庆",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e92", "E", "heldout", 28895, "枫航信息服务有限公司", "E62IS", "六安淳讯股份有限公司", "沐讯网络安全有限公司", "六安",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e93", "E", "heldout", 28908, "启航信息服务有限公司", "E67IS", "泉州砚盾股份有限公司", "峻衡网络安全有限公司", "泉州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e94", "E", "heldout", 28921, "澜安信息服务有限公司", "E72IS", "上饶睿宇股份有限公司", "曦创网络安全有限公司", "上饶",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e95", "E", "heldout", 28934, "穗芯信息服务有限公司", "E56IS", "铜陵铂达股份有限公司", "珩讯网络安全有限公司", "铜陵",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e96", "E", "heldout", 28947, "宸帆信息服务有限公司", "E61IS", "宿州昱联股份有限公司", "曜盾网络安全有限公司", "宿州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e97", "E", "heldout", 28960, "珩拓信息服务有限公司", "E66IS", "莆田煦安股份有限公司", "朔衡网络安全有限公司", "莆田",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e98", "E", "heldout", 28973, "睿卫信息服务有限公司", "E71IS", "赣州曜拓股份有限公司", "峻创网络安全有限公司", "赣州",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e99", "E", "heldout", 28986, "枫航信息服务有限公司", "E55IS", "马鞍山澜信股份有限公司", "珩衡网络安全有限公司", "马鞍山",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e100", "E", "heldout", 28999, "澜衡信息服务有限公司", "E60IS", "阜阳卓科股份有限公司", "霁卫网络安全有限公司", "阜阳",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e101", "E", "heldout", 29012, "朔帆信息服务有限公司", "E65IS", "宣城岑衡股份有限公司", "启卫网络安全有限公司", "宣城",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e102", "E", "heldout", 29025, "卓航信息服务有限公司", "E70IS", "九江恒宇股份有限公司", "峻讯网络安全有限公司", "九江",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("e103", "E", "heldout", 29038, "星联信息服务有限公司", "E54IS", "淮南岑信股份有限公司", "恒达网络安全有限公司", "淮南",
     ["核心业务系统", "客户服务平台", "数据中台"]),
    ("f72", "F", "heldout", 29051, "中讯广通网络有限公司西藏分公司", "F54X", "常德新区管理委员会", "常德通信工程有限公司", "常德",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f73", "F", "heldout", 29064, "华拓通信集团有限公司山西省分公司", "F59X", "荆门新区管理委员会", "荆门通信工程有限公司", "荆门",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f74", "F", "heldout", 29077, "中州电信股份有限公司吉林省分公司", "F64X", "新乡新区管理委员会", "新乡通信工程有限公司", "新乡",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f75", "F", "heldout", 29090, "神讯移动通信有限公司青海省分公司", "F69X", "日照新区管理委员会", "日照通信工程有限公司", "日照",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f76", "F", "heldout", 29103, "中州移动通信有限公司云南省分公司", "F53X", "岳阳新区管理委员会", "岳阳通信工程有限公司", "岳阳",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f77", "F", "heldout", 29116, "联拓广通网络有限公司河北省分公司", "F58X", "鄂州新区管理委员会", "鄂州通信工程有限公司", "鄂州",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f78", "F", "heldout", 29129, "联拓通信集团有限公司重庆分公司", "F63X", "平顶山新区管理委员会", "平顶山通信工程有限公司", "平顶山",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f79", "F", "heldout", 29142, "中拓电信股份有限公司宁夏分公司", "F68X", "济宁新区管理委员会", "济宁通信工程有限公司", "济宁",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f80", "F", "heldout", 29155, "神讯电信股份有限公司贵州省分公司", "F52X", "衡阳新区管理委员会", "衡阳通信工程有限公司", "衡阳",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f81", "F", "heldout", 29168, "联讯移动通信有限公司河南省分公司", "F57X", "襄阳新区管理委员会", "襄阳通信工程有限公司", "襄阳",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f82", "F", "heldout", 29181, "神讯广通网络有限公司四川省分公司", "F62X", "洛阳新区管理委员会", "洛阳通信工程有限公司", "洛阳",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f83", "F", "heldout", 29194, "华讯通信集团有限公司内蒙古分公司", "F67X", "潍坊新区管理委员会", "潍坊通信工程有限公司", "潍坊",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f84", "F", "heldout", 29207, "神讯通信集团有限公司广东省分公司", "F51X", "湘潭新区管理委员会", "湘潭通信工程有限公司", "湘潭",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f85", "F", "heldout", 29220, "神讯电信股份有限公司天津分公司", "F56X", "宜昌新区管理委员会", "宜昌通信工程有限公司", "宜昌",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f86", "F", "heldout", 29233, "神讯移动通信有限公司甘肃省分公司", "F61X", "开封新区管理委员会", "开封通信工程有限公司", "开封",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f87", "F", "heldout", 29246, "中讯广通网络有限公司黑龙江省分公司", "F66X", "烟台新区管理委员会", "烟台通信工程有限公司", "烟台",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f88", "F", "heldout", 29259, "联拓通信集团有限公司江苏省分公司", "F71X", "保定新区管理委员会", "保定通信工程有限公司", "保定",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f89", "F", "heldout", 29272, "神州通信集团有限公司新疆分公司", "F55X", "张家界新区管理委员会", "张家界通信工程有限公司", "张家界",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f90", "F", "heldout", 29285, "华拓电信股份有限公司陕西省分公司", "F60X", "荆州新区管理委员会", "荆州通信工程有限公司", "荆州",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f91", "F", "heldout", 29298, "中讯移动通信有限公司辽宁省分公司", "F65X", "南阳新区管理委员会", "南阳通信工程有限公司", "南阳",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f92", "F", "heldout", 29311, "中讯广通网络有限公司海南省分公司", "F70X", "临沂新区管理委员会", "临沂通信工程有限公司", "临沂",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f93", "F", "heldout", 29324, "华讯广通网络有限公司西藏分公司", "F54X", "常德新区管理委员会", "常德通信工程有限公司", "常德",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f94", "F", "heldout", 29337, "神讯通信集团有限公司山西省分公司", "F59X", "荆门新区管理委员会", "荆门通信工程有限公司", "荆门",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f95", "F", "heldout", 29350, "联州电信股份有限公司吉林省分公司", "F64X", "新乡新区管理委员会", "新乡通信工程有限公司", "新乡",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f96", "F", "heldout", 29363, "华讯移动通信有限公司青海省分公司", "F69X", "日照新区管理委员会", "日照通信工程有限公司", "日照",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f97", "F", "heldout", 29376, "华州移动通信有限公司云南省分公司", "F53X", "岳阳新区管理委员会", "岳阳通信工程有限公司", "岳阳",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f98", "F", "heldout", 29389, "华州广通网络有限公司河北省分公司", "F58X", "鄂州新区管理委员会", "鄂州通信工程有限公司", "鄂州",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f99", "F", "heldout", 29402, "华拓通信集团有限公司重庆分公司", "F63X", "平顶山新区管理委员会", "平顶山通信工程有限公司", "平顶山",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f100", "F", "heldout", 29415, "中讯电信股份有限公司宁夏分公司", "F68X", "济宁新区管理委员会", "济宁通信工程有限公司", "济宁",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("f101", "F", "heldout", 29428, "中拓电信股份有限公司贵州省分公司", "F52X", "衡阳新区管理委员会", "衡阳通信工程有限公司", "衡阳",
     ["政务云平台", "视频监控云", "企业服务平台"]),
    ("g69", "G", "heldout", 29441, "朝家银行股份有限公司", "G51YH", "太原宸维村镇银行股份有限公司", "霁创信息技术外包服务有限公司", "太原",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g70", "G", "heldout", 29454, "朝汾银行股份有限公司", "G56YH", "通化恒联村镇银行股份有限公司", "煦创信息技术外包服务有限公司", "通化",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g71", "G", "heldout", 29467, "锦山银行股份有限公司", "G61YH", "辽阳沐卫村镇银行股份有限公司", "启维信息技术外包服务有限公司", "辽阳",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g72", "G", "heldout", 29480, "池台银行股份有限公司", "G66YH", "丹东卓达村镇银行股份有限公司", "岑达信息技术外包服务有限公司", "丹东",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g73", "G", "heldout", 29493, "瓯花银行股份有限公司", "G50YH", "唐山宸信村镇银行股份有限公司", "珩宇信息技术外包服务有限公司", "唐山",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g74", "G", "heldout", 29506, "忻新银行股份有限公司", "G55YH", "吉林岑拓村镇银行股份有限公司", "卓宇信息技术外包服务有限公司", "吉林",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g75", "G", "heldout", 29519, "邯阳银行股份有限公司", "G60YH", "阜新睿达村镇银行股份有限公司", "铂维信息技术外包服务有限公司", "阜新",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g76", "G", "heldout", 29532, "池新岛银行股份有限公司", "G65YH", "葫芦岛珩航村镇银行股份有限公司", "璞拓信息技术外包服务有限公司", "葫芦岛",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g77", "G", "heldout", 29545, "抚东岛银行股份有限公司", "G49YH", "秦皇岛启创村镇银行股份有限公司", "弘维信息技术外包服务有限公司", "秦皇岛",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g78", "G", "heldout", 29558, "晋江察布银行股份有限公司", "G54YH", "乌兰察布宸科村镇银行股份有限公司", "瑞讯信息技术外包服务有限公司", "乌兰察布",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g79", "G", "heldout", 29571, "抚州银行股份有限公司", "G59YH", "营口霁盾村镇银行股份有限公司", "砚拓信息技术外包服务有限公司", "营口",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g80", "G", "heldout", 29584, "承山银行股份有限公司", "G64YH", "朝阳铂卫村镇银行股份有限公司", "朔维信息技术外包服务有限公司", "朝阳",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g81", "G", "heldout", 29597, "锦州口银行股份有限公司", "G48YH", "张家口沐创村镇银行股份有限公司", "瑞创信息技术外包服务有限公司", "张家口",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g82", "G", "heldout", 29610, "钱坊银行股份有限公司", "G53YH", "包头睿联村镇银行股份有限公司", "卓信信息技术外包服务有限公司", "包头",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g83", "G", "heldout", 29623, "雪州银行股份有限公司", "G58YH", "锦州铂科村镇银行股份有限公司", "泓联信息技术外包服务有限公司", "锦州",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g84", "G", "heldout", 29636, "朔山银行股份有限公司", "G63YH", "铁岭岑航村镇银行股份有限公司", "霁科信息技术外包服务有限公司", "铁岭",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g85", "G", "heldout", 29649, "葫溪银行股份有限公司", "G68YH", "抚顺琨创村镇银行股份有限公司", "曦航信息技术外包服务有限公司", "抚顺",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g86", "G", "heldout", 29662, "辽江银行股份有限公司", "G52YH", "临汾恒航村镇银行股份有限公司", "璞联信息技术外包服务有限公司", "临汾",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g87", "G", "heldout", 29675, "岷阳银行股份有限公司", "G57YH", "白城桓讯村镇银行股份有限公司", "砚维信息技术外包服务有限公司", "白城",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g88", "G", "heldout", 29688, "邢州银行股份有限公司", "G62YH", "盘锦珩创村镇银行股份有限公司", "岑讯信息技术外包服务有限公司", "盘锦",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g89", "G", "heldout", 29701, "汉德银行股份有限公司", "G67YH", "本溪铂盾村镇银行股份有限公司", "璞安信息技术外包服务有限公司", "本溪",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g90", "G", "heldout", 29714, "张阳银行股份有限公司", "G51YH", "太原宸维村镇银行股份有限公司", "霁创信息技术外包服务有限公司", "太原",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g91", "G", "heldout", 29727, "瓯蒙银行股份有限公司", "G56YH", "通化恒联村镇银行股份有限公司", "煦创信息技术外包服务有限公司", "通化",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g92", "G", "heldout", 29740, "承州银行股份有限公司", "G61YH", "辽阳沐卫村镇银行股份有限公司", "启维信息技术外包服务有限公司", "辽阳",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g93", "G", "heldout", 29753, "泉溪银行股份有限公司", "G66YH", "丹东卓达村镇银行股份有限公司", "岑达信息技术外包服务有限公司", "丹东",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g94", "G", "heldout", 29766, "通州银行股份有限公司", "G50YH", "唐山宸信村镇银行股份有限公司", "珩宇信息技术外包服务有限公司", "唐山",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g95", "G", "heldout", 29779, "秦山银行股份有限公司", "G55YH", "吉林岑拓村镇银行股份有限公司", "卓宇信息技术外包服务有限公司", "吉林",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g96", "G", "heldout", 29792, "邯州银行股份有限公司", "G60YH", "阜新睿达村镇银行股份有限公司", "铂维信息技术外包服务有限公司", "阜新",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g97", "G", "heldout", 29805, "赣顺岛银行股份有限公司", "G65YH", "葫芦岛珩航村镇银行股份有限公司", "璞拓信息技术外包服务有限公司", "葫芦岛",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("g98", "G", "heldout", 29818, "营顺岛银行股份有限公司", "G49YH", "秦皇岛启创村镇银行股份有限公司", "弘维信息技术外包服务有限公司", "秦皇岛",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("h65", "H", "heldout", 29831, "宜木斯市人民医院", "H47RY", "佳木斯县人民医院", "朔宇医疗信息技术有限公司", "佳木斯",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h66", "H", "heldout", 29844, "桂丹河市人民医院", "H52RY", "七台河县人民医院", "煦科医疗信息技术有限公司", "七台河",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h67", "H", "heldout", 29857, "常岭市人民医院", "H57RY", "梧州县人民医院", "瑞科医疗信息技术有限公司", "梧州",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h68", "H", "heldout", 29870, "黑鸭市人民医院", "H62RY", "百色县人民医院", "锦宇医疗信息技术有限公司", "百色",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h69", "H", "heldout", 29883, "七河江市人民医院", "H46RY", "牡丹江县人民医院", "峻航医疗信息技术有限公司", "牡丹江",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h70", "H", "heldout", 29896, "黑江市人民医院", "H51RY", "伊春县人民医院", "启联医疗信息技术有限公司", "伊春",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h71", "H", "heldout", 29909, "荆顶市人民医院", "H56RY", "桂林县人民医院", "启拓医疗信息技术有限公司", "桂林",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h72", "H", "heldout", 29922, "北春市人民医院", "H61RY", "玉林县人民医院", "弘衡医疗信息技术有限公司", "玉林",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h73", "H", "heldout", 29935, "柳治哈尔市人民医院", "H45RY", "齐齐哈尔县人民医院", "沐安医疗信息技术有限公司", "齐齐哈尔",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h74", "H", "heldout", 29948, "七丹山市人民医院", "H50RY", "双鸭山县人民医院", "铂联医疗信息技术有限公司", "双鸭山",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h75", "H", "heldout", 29961, "七州市人民医院", "H55RY", "柳州县人民医院", "昱达医疗信息技术有限公司", "柳州",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h76", "H", "heldout", 29974, "常河市人民医院", "H60RY", "贵港县人民医院", "枫衡医疗信息技术有限公司", "贵港",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h77", "H", "heldout", 29987, "洛台市人民医院", "H44RY", "鞍山县人民医院", "璞讯医疗信息技术有限公司", "鞍山",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h78", "H", "heldout", 30000, "阳木市人民医院", "H49RY", "鸡西县人民医院", "峻信医疗信息技术有限公司", "鸡西",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h79", "H", "heldout", 30013, "南台市人民医院", "H54RY", "绥化县人民医院", "弘拓医疗信息技术有限公司", "绥化",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h80", "H", "heldout", 30026, "黑塘市人民医院", "H59RY", "钦州县人民医院", "允信医疗信息技术有限公司", "钦州",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h81", "H", "heldout", 30039, "牡阳市人民医院", "H64RY", "河池县人民医院", "璟创医疗信息技术有限公司", "河池",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h82", "H", "heldout", 30052, "贵梁市人民医院", "H48RY", "大庆县人民医院", "砚卫医疗信息技术有限公司", "大庆",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h83", "H", "heldout", 30065, "潍江市人民医院", "H53RY", "黑河县人民医院", "弘创医疗信息技术有限公司", "黑河",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h84", "H", "heldout", 30078, "七山市人民医院", "H58RY", "北海县人民医院", "启航医疗信息技术有限公司", "北海",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h85", "H", "heldout", 30091, "南丹市人民医院", "H63RY", "贺州县人民医院", "璟安医疗信息技术有限公司", "贺州",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h86", "H", "heldout", 30104, "玉河斯市人民医院", "H47RY", "佳木斯县人民医院", "朔宇医疗信息技术有限公司", "佳木斯",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h87", "H", "heldout", 30117, "瓯西河市人民医院", "H52RY", "七台河县人民医院", "煦科医疗信息技术有限公司", "七台河",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h88", "H", "heldout", 30130, "北阳市人民医院", "H57RY", "梧州县人民医院", "瑞科医疗信息技术有限公司", "梧州",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h89", "H", "heldout", 30143, "荆西市人民医院", "H62RY", "百色县人民医院", "锦宇医疗信息技术有限公司", "百色",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h90", "H", "heldout", 30156, "荆潭江市人民医院", "H46RY", "牡丹江县人民医院", "峻航医疗信息技术有限公司", "牡丹江",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h91", "H", "heldout", 30169, "开辽市人民医院", "H51RY", "伊春县人民医院", "启联医疗信息技术有限公司", "伊春",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h92", "H", "heldout", 30182, "荆海市人民医院", "H56RY", "桂林县人民医院", "启拓医疗信息技术有限公司", "桂林",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h93", "H", "heldout", 30195, "通港市人民医院", "H61RY", "玉林县人民医院", "弘衡医疗信息技术有限公司", "玉林",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("h94", "H", "heldout", 30208, "梧泉哈尔市人民医院", "H45RY", "齐齐哈尔县人民医院", "沐安医疗信息技术有限公司", "齐齐哈尔",
     ["HIS系统", "LIS系统", "PACS系统"]),
    ("i59", "I", "heldout", 30221, "星创云计算有限公司", "I41YJ", "六盘水曦盾股份有限公司", "沐衡安全技术有限公司", "六盘水",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i60", "I", "heldout", 30234, "卓卫云计算有限公司", "I46YJ", "昭通曦讯股份有限公司", "桓衡安全技术有限公司", "昭通",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i61", "I", "heldout", 30247, "铂光云计算有限公司", "I51YJ", "湖州岑联股份有限公司", "砚科安全技术有限公司", "湖州",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i62", "I", "heldout", 30260, "瑞盾云计算有限公司", "I56YJ", "南平恒创股份有限公司", "卓卫安全技术有限公司", "南平",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i63", "I", "heldout", 30273, "璞光云计算有限公司", "I40YJ", "遵义曜讯股份有限公司", "翔信安全技术有限公司", "遵义",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i64", "I", "heldout", 30286, "铂衡云计算有限公司", "I45YJ", "保山曜航股份有限公司", "曜信安全技术有限公司", "保山",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i65", "I", "heldout", 30299, "青科云计算有限公司", "I50YJ", "嘉兴宸创股份有限公司", "弘安安全技术有限公司", "嘉兴",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i66", "I", "heldout", 30312, "星盾云计算有限公司", "I55YJ", "三明卓盾股份有限公司", "煦信安全技术有限公司", "三明",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i67", "I", "heldout", 30325, "珩桥云计算有限公司", "I39YJ", "崇左弘信股份有限公司", "枫讯安全技术有限公司", "崇左",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i68", "I", "heldout", 30338, "青盾云计算有限公司", "I44YJ", "玉溪桓拓股份有限公司", "砚信安全技术有限公司", "玉溪",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i69", "I", "heldout", 30351, "璟创云计算有限公司", "I49YJ", "临沧淳联股份有限公司", "枫宇安全技术有限公司", "临沧",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i70", "I", "heldout", 30364, "璟维云计算有限公司", "I54YJ", "宁德霁讯股份有限公司", "朔联安全技术有限公司", "宁德",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i71", "I", "heldout", 30377, "朔宇云计算有限公司", "I38YJ", "来宾翔衡股份有限公司", "沐联安全技术有限公司", "来宾",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i72", "I", "heldout", 30390, "瑞盾云计算有限公司", "I43YJ", "曲靖淳达股份有限公司", "曦拓安全技术有限公司", "曲靖",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i73", "I", "heldout", 30403, "峻盾云计算有限公司", "I48YJ", "普洱翔联股份有限公司", "宸讯安全技术有限公司", "普洱",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i74", "I", "heldout", 30416, "翔桥云计算有限公司", "I53YJ", "台州瑞联股份有限公司", "璟拓安全技术有限公司", "台州",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i75", "I", "heldout", 30429, "峻创云计算有限公司", "I58YJ", "萍乡璟维股份有限公司", "霁航安全技术有限公司", "萍乡",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i76", "I", "heldout", 30442, "铂卫云计算有限公司", "I42YJ", "安顺铂创股份有限公司", "璞信安全技术有限公司", "安顺",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i77", "I", "heldout", 30455, "铂卫云计算有限公司", "I47YJ", "丽江锦讯股份有限公司", "岑安安全技术有限公司", "丽江",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i78", "I", "heldout", 30468, "瑞宇云计算有限公司", "I52YJ", "温州瑞信股份有限公司", "瑞卫安全技术有限公司", "温州",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i79", "I", "heldout", 30481, "泓维云计算有限公司", "I57YJ", "龙岩澜宇股份有限公司", "泓信安全技术有限公司", "龙岩",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i80", "I", "heldout", 30494, "昱维云计算有限公司", "I41YJ", "六盘水曦盾股份有限公司", "沐衡安全技术有限公司", "六盘水",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i81", "I", "heldout", 30507, "瑞科云计算有限公司", "I46YJ", "昭通曦讯股份有限公司", "桓衡安全技术有限公司", "昭通",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i82", "I", "heldout", 30520, "泓拓云计算有限公司", "I51YJ", "湖州岑联股份有限公司", "砚科安全技术有限公司", "湖州",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i83", "I", "heldout", 30533, "锦卫云计算有限公司", "I56YJ", "南平恒创股份有限公司", "卓卫安全技术有限公司", "南平",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i84", "I", "heldout", 30546, "岑衡云计算有限公司", "I40YJ", "遵义曜讯股份有限公司", "翔信安全技术有限公司", "遵义",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i85", "I", "heldout", 30559, "卓宇云计算有限公司", "I45YJ", "保山曜航股份有限公司", "曜信安全技术有限公司", "保山",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i86", "I", "heldout", 30572, "卓盾云计算有限公司", "I50YJ", "嘉兴宸创股份有限公司", "弘安安全技术有限公司", "嘉兴",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i87", "I", "heldout", 30585, "璞维云计算有限公司", "I55YJ", "三明卓盾股份有限公司", "煦信安全技术有限公司", "三明",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("i88", "I", "heldout", 30598, "恒讯云计算有限公司", "I39YJ", "崇左弘信股份有限公司", "枫讯安全技术有限公司", "崇左",
     ["支付网关服务", "统一账号中心（SSO）", "对象存储服务"]),
    ("j51", "J", "heldout", 30611, "青龙电力有限公司信息通信分公司", "XZXT", "宜春淳信光伏发电有限公司", "璟讯电力信息技术有限公司", "宜春",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j52", "J", "heldout", 30624, "江海省电力有限公司信息通信分公司", "SNXT", "永州供电公司", "锦信电力信息技术有限公司", "永州",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j53", "J", "heldout", 30637, "安江电力有限公司信息通信分公司", "NXXT", "黄冈枫科风电有限公司", "瑞衡电力信息技术有限公司", "黄冈",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j54", "J", "heldout", 30650, "浙南省电力有限公司信息通信分公司", "HUNXT", "鹤壁供电公司", "弘讯电力信息技术有限公司", "鹤壁",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j55", "J", "heldout", 30663, "冀津电力有限公司信息通信分公司", "BJXT", "吉安供电公司", "桓达电力信息技术有限公司", "吉安",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j56", "J", "heldout", 30676, "江建江省电力有限公司信息通信分公司", "HLXT", "郴州启宇光伏发电有限公司", "锦衡电力信息技术有限公司", "郴州",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j57", "J", "heldout", 30689, "重林省电力有限公司信息通信分公司", "HIXT", "孝感供电公司", "瑞盾电力信息技术有限公司", "孝感",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j58", "J", "heldout", 30702, "西蒙省电力有限公司信息通信分公司", "FJXT", "安阳泓达风电有限公司", "珩联电力信息技术有限公司", "安阳",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j59", "J", "heldout", 30715, "湖江电力有限公司信息通信分公司", "SHXT", "鹰潭铂宇风电有限公司", "允创电力信息技术有限公司", "鹰潭",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j60", "J", "heldout", 30728, "西南省电力有限公司信息通信分公司", "LNXT", "益阳供电公司", "砚航电力信息技术有限公司", "益阳",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j61", "J", "heldout", 30741, "冀庆电力有限公司信息通信分公司", "CQXT", "十堰铂衡光伏发电有限公司", "昱科电力信息技术有限公司", "十堰",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j62", "J", "heldout", 30754, "海疆省电力有限公司信息通信分公司", "JSXT", "恩施供电公司", "煦联电力信息技术有限公司", "恩施",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j63", "J", "heldout", 30767, "山蒙电力有限公司信息通信分公司", "TJXT", "新余供电公司", "允衡电力信息技术有限公司", "新余",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j64", "J", "heldout", 30780, "河蒙省电力有限公司信息通信分公司", "HEXT", "邵阳曜宇风电有限公司", "宸衡电力信息技术有限公司", "邵阳",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j65", "J", "heldout", 30793, "福东省电力有限公司信息通信分公司", "SCXT", "娄底供电公司", "弘盾电力信息技术有限公司", "娄底",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j66", "J", "heldout", 30806, "辽西古电力有限公司信息通信分公司", "NMXT", "随州锦联光伏发电有限公司", "桓创电力信息技术有限公司", "随州",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j67", "J", "heldout", 30819, "陕海省电力有限公司信息通信分公司", "ZJXT", "濮阳供电公司", "昱创电力信息技术有限公司", "濮阳",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j68", "J", "heldout", 30832, "河南电力有限公司信息通信分公司", "XJXT", "抚州供电公司", "锦盾电力信息技术有限公司", "抚州",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j69", "J", "heldout", 30845, "湖南省电力有限公司信息通信分公司", "GSXT", "怀化桓安风电有限公司", "弘联电力信息技术有限公司", "怀化",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j70", "J", "heldout", 30858, "安海省电力有限公司信息通信分公司", "QHXT", "咸宁供电公司", "翔讯电力信息技术有限公司", "咸宁",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j71", "J", "heldout", 30871, "上南电力有限公司信息通信分公司", "GDXT", "焦作瑞宇光伏发电有限公司", "枫航电力信息技术有限公司", "焦作",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j72", "J", "heldout", 30884, "四南电力有限公司信息通信分公司", "XZXT", "宜春淳信光伏发电有限公司", "璟讯电力信息技术有限公司", "宜春",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j73", "J", "heldout", 30897, "福川省电力有限公司信息通信分公司", "SNXT", "永州供电公司", "锦信电力信息技术有限公司", "永州",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j74", "J", "heldout", 30910, "宁肃电力有限公司信息通信分公司", "NXXT", "黄冈枫科风电有限公司", "瑞衡电力信息技术有限公司", "黄冈",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j75", "J", "heldout", 30923, "江肃省电力有限公司信息通信分公司", "HUNXT", "鹤壁供电公司", "弘讯电力信息技术有限公司", "鹤壁",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j76", "J", "heldout", 30936, "湘疆电力有限公司信息通信分公司", "BJXT", "吉安供电公司", "桓达电力信息技术有限公司", "吉安",
     ["SG-ERP企业资源计划系统", "配电自动化主站", "协同办公系统"]),
    ("j77", "J", "heldout", 30949, "福西江省电力有限公司信息通信分公司", "HLXT", "郴州启宇光伏发电有限公司", "锦衡电力信息技术有限公司", "郴州",
     ["光伏功率预测系统", "SG-I6000运维监控平台", "智能巡检系统"]),
    ("j78", "J", "heldout", 30962, "内北省电力有限公司信息通信分公司", "HIXT", "孝感供电公司", "瑞盾电力信息技术有限公司", "孝感",
     ["SG-OMS调度管理系统", "营销业务应用系统", "用电信息采集系统"]),
    ("j79", "J", "heldout", 30975, "广北省电力有限公司信息通信分公司", "FJXT", "安阳泓达风电有限公司", "珩联电力信息技术有限公司", "安阳",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("j80", "J", "heldout", 30988, "福龙电力有限公司信息通信分公司", "SHXT", "鹰潭铂宇风电有限公司", "允创电力信息技术有限公司", "鹰潭",
     ["新能源集控平台", "SG-PMS设备管理系统", "电力交易辅助系统"]),
    ("k15", "K", "heldout", 28101, "瑞拓汽车电子集团股份有限公司", "KTAE15", "江北新能源汽车有限公司杭州湾工厂", "甬安工业网络安全有限公司", "宁波",
     ["MES系统", "EAP设备自动化系统", "SAP ERP系统"]),
    ("k16", "K", "heldout", 28114, "澜擎汽车系统集团有限公司", "BXAS16", "博鑫座椅（长春）有限公司", "北恒智造信息技术有限公司", "长春",
     ["SAP ERP系统", "MES系统", "SRM供应商协同平台"]),
    ("k17", "K", "heldout", 28127, "启岳汽车部件集团有限公司", "HQAP17", "东江汽车有限公司襄阳总装厂", "楚瑞网络安全技术有限公司", "襄阳",
     ["MES系统", "QMS质量管理系统", "PLM产品数据管理系统"]),
    ("k18", "K", "heldout", 28140, "启驰汽车零部件集团股份有限公司", "RCQP18", "瑞驰精密铸造（芜湖）有限公司", "智维工业信息服务有限公司", "芜湖",
     ["MES制造执行系统", "SAP ERP系统", "WMS仓储管理系统"]),
    ("k19", "K", "heldout", 28153, "泓锐汽车电子有限公司", "HRAE19", "北岭新能源汽车有限公司合肥工厂", "庐州网络安全技术有限公司", "合肥",
     ["MES系统", "WMS仓储管理系统", "PLM产品数据管理系统"]),
    ("k20", "K", "heldout", 28166, "沐驰汽车底盘系统股份有限公司", "YCDP20", "远驰底盘（柳州）有限公司", "桂联工业信息技术有限公司", "柳州",
     ["MES制造执行系统", "SAP ERP系统", "QMS质量管理系统"]),
    ("k21", "K", "heldout", 28179, "启岳汽车电子集团股份有限公司", "KTAE21", "江北新能源汽车有限公司杭州湾工厂", "甬安工业网络安全有限公司", "宁波",
     ["MES系统", "EAP设备自动化系统", "SAP ERP系统"]),
    ("k22", "K", "heldout", 28192, "澜鑫汽车系统集团有限公司", "BXAS22", "博鑫座椅（长春）有限公司", "北恒智造信息技术有限公司", "长春",
     ["SAP ERP系统", "MES系统", "SRM供应商协同平台"]),
    ("l15", "L", "heldout", 28205, "煦扬农业大学网络与信息中心", "JZND15", "冀中农业大学附属医院", "燕赵云网科技有限公司", "保定",
     ["统一身份认证平台", "一卡通系统", "医院协同办公系统"]),
    ("l16", "L", "heldout", 28218, "璟楚师范大学网络与信息中心", "GXSD16", "赣西师范大学附属中学", "庐陵数安科技有限公司", "吉安",
     ["校园一卡通系统", "统一身份认证平台", "智慧教学平台"]),
    ("l17", "L", "heldout", 28231, "璟扬理工大学网络与信息中心", "LNLG17", "岭南理工大学附属医院", "粤信智联科技有限公司", "湛江",
     ["统一身份认证平台", "医院门户网站", "VPN及远程访问系统"]),
    ("l18", "L", "heldout", 28244, "闽中大学网络与信息中心", "HYDX18", "淮扬大学广陵学院", "扬帆网络技术服务有限公司", "扬州",
     ["统一身份认证平台", "校园一卡通系统", "教务管理系统"]),
    ("l19", "L", "heldout", 28257, "滇南师范大学网络与信息中心", "DNSD19", "滇南师范大学附属中学", "彩云数安科技有限公司", "蒙自",
     ["统一身份认证平台", "教务管理系统", "智慧教学平台"]),
    ("l20", "L", "heldout", 28270, "煦扬理工大学网络与信息中心", "JCLG20", "荆楚理工大学附属医院", "楚天智联科技有限公司", "荆门",
     ["统一身份认证平台", "校园一卡通系统", "医院信息平台"]),
    ("l21", "L", "heldout", 28283, "燕中农业大学网络与信息中心", "JZND21", "冀中农业大学附属医院", "燕赵云网科技有限公司", "保定",
     ["统一身份认证平台", "一卡通系统", "医院协同办公系统"]),
    ("l22", "L", "heldout", 28296, "曦中师范大学网络与信息中心", "GXSD22", "赣西师范大学附属中学", "庐陵数安科技有限公司", "吉安",
     ["校园一卡通系统", "统一身份认证平台", "智慧教学平台"]),
    ("m15", "M", "heldout", 28309, "临川城市大数据运营有限公司", "LZSY15", "鹭洲市鹭东区行政审批局", "安策信息科技有限公司", "鹭洲",
     ["行政审批系统", "电子证照库", "区县视频会议系统"]),
    ("m16", "M", "heldout", 28322, "滨岚城市大数据发展有限公司", "QLSJ16", "青岚市人力资源和社会保障局", "天衡数据服务有限公司", "青岚",
     ["社保经办系统", "就业创业服务平台", "人社一体化业务平台"]),
    ("m17", "M", "heldout", 28335, "昱江市大数据运营有限公司", "BJSY17", "滨江市临港区人民政府办公室", "云策网络科技有限公司", "滨江",
     ["区一网通办系统", "基层社会治理平台", "区政府门户网站"]),
    ("m18", "M", "heldout", 28348, "滨江城市大数据运营有限公司", "JZSY18", "江州市市场监督管理局", "华睿信息技术有限公司", "江州",
     ["市场主体登记系统", "12345政务服务热线平台", "智慧监管平台"]),
    ("m19", "M", "heldout", 28361, "昱州市大数据运营有限公司", "LCSY19", "临川市住房和城乡建设局", "云峰网络科技有限公司", "临川",
     ["不动产交易系统", "住房保障管理系统", "城建档案系统"]),
    ("m20", "M", "heldout", 28374, "青溪城市大数据运营有限公司", "HZSY20", "泓州市医疗保障局", "汇智信息技术有限公司", "泓州",
     ["医保经办系统", "医保公共服务平台", "12345政务服务热线平台"]),
    ("m21", "M", "heldout", 28387, "弘江城市大数据运营有限公司", "LZSY21", "鹭洲市鹭东区行政审批局", "安策信息科技有限公司", "鹭洲",
     ["行政审批系统", "电子证照库", "区县视频会议系统"]),
    ("m22", "M", "heldout", 28400, "沅岚城市大数据发展有限公司", "QLSJ22", "青岚市人力资源和社会保障局", "天衡数据服务有限公司", "青岚",
     ["社保经办系统", "就业创业服务平台", "人社一体化业务平台"]),
    ("n15", "N", "heldout", 28413, "砚原机场集团有限公司", "MYJC15", "鹭江航空股份有限公司福州基地", "海西民航网安技术有限公司", "福州",
     ["生产运行管理系统（AOMS）", "离港控制系统（DCS）", "安检信息管理系统"]),
    ("n16", "N", "heldout", 28426, "江淮机场集团有限公司", "SBJC16", "白音支线机场管理有限公司", "北疆天翼航空信息服务有限公司", "呼和浩特",
     ["AODB运营数据库", "航显系统（FIDS）", "行李处理控制系统"]),
    ("n17", "N", "heldout", 28439, "沐越机场集团有限公司", "XCJC17", "祥鹭航空有限公司长沙运行基地", "中南民航信息技术有限公司", "长沙",
     ["离港控制系统（DCS）", "安检信息管理系统", "生产运行调度系统"]),
    ("n18", "N", "heldout", 28452, "塞越机场集团有限公司", "QZJC18", "盘江支线机场有限公司", "航信数安科技有限公司", "贵阳",
     ["AODB航班运营数据库", "FIDS航班信息显示系统", "DCS离港控制系统"]),
    ("n19", "N", "heldout", 28465, "闽中机场集团有限公司", "JHJC19", "皖航航空有限公司合肥运行基地", "庐州民航网安技术有限公司", "合肥",
     ["生产运行调度系统", "FIDS航班信息显示系统", "行李处理控制系统"]),
    ("n20", "N", "heldout", 28478, "泓楚机场集团有限公司", "DXJC20", "澜沧支线机场有限公司", "彩云民航信息技术有限公司", "昆明",
     ["AODB航班运营数据库", "离港控制系统（DCS）", "安检信息管理系统"]),
    ("n21", "N", "heldout", 28491, "澜原机场集团有限公司", "MYJC21", "鹭江航空股份有限公司福州基地", "海西民航网安技术有限公司", "福州",
     ["生产运行管理系统（AOMS）", "离港控制系统（DCS）", "安检信息管理系统"]),
    ("n22", "N", "heldout", 28504, "沐中机场集团有限公司", "SBJC22", "白音支线机场管理有限公司", "北疆天翼航空信息服务有限公司", "呼和浩特",
     ["AODB运营数据库", "航显系统（FIDS）", "行李处理控制系统"]),
    ("o11", "O", "heldout", 28517, "琨江市人民医院", "TZRY11", "汀北县人民医院", "闽康医疗信息技术有限公司", "汀州",
     ["HIS系统", "PACS系统", "医保DRG结算平台"]),
    ("o12", "O", "heldout", 28530, "琨州医科大学附属第二医院", "NCFE12", "宁川县人民医院", "九洲医信科技有限公司", "宁川",
     ["医院集成平台", "电子病历系统（EMR）", "LIS检验系统"]),
    ("o13", "O", "heldout", 28543, "汀州市中心医院", "CZZX13", "澄东县中医医院", "华杏信息科技有限公司", "澄州",
     ["PACS影像系统", "HIS医院信息系统", "医保结算接口平台"]),
    ("o14", "O", "heldout", 28556, "煦州市第一人民医院", "TJYY14", "桐溪县人民医院", "众康医疗软件有限公司", "桐江",
     ["HIS医院信息系统", "电子病历系统（EMR）", "LIS检验信息系统"]),
    ("o15", "O", "heldout", 28569, "澄州市中心医院", "CZZX15", "澄东县中医医院", "华杏信息科技有限公司", "澄州",
     ["PACS影像系统", "HIS医院信息系统", "医保结算接口平台"]),
    ("o16", "O", "heldout", 28582, "珩州市第一人民医院", "TJYY16", "桐溪县人民医院", "众康医疗软件有限公司", "桐江",
     ["HIS医院信息系统", "电子病历系统（EMR）", "LIS检验信息系统"]),
    ("o17", "O", "heldout", 28595, "汀州市人民医院", "TZRY17", "汀北县人民医院", "闽康医疗信息技术有限公司", "汀州",
     ["HIS系统", "PACS系统", "医保DRG结算平台"]),
    ("o18", "O", "heldout", 28608, "宁川医科大学附属第二医院", "NCFE18", "宁川县人民医院", "九洲医信科技有限公司", "宁川",
     ["医院集成平台", "电子病历系统（EMR）", "LIS检验系统"]),
    ("p11", "P", "heldout", 28621, "泓岳证券股份有限公司", "MNZQ11", "闽南鑫源基金管理有限公司", "鹭岛金融信息技术有限公司", "厦门",
     ["集中交易系统", "股票期权交易系统", "基金投资交易系统"]),
    ("p12", "P", "heldout", 28634, "闽岱证券股份有限公司", "HDZQ12", "海岱基金管理有限公司", "齐鲁金科信息服务有限公司", "济南",
     ["核心交易系统", "Level-2行情系统", "基金估值核算系统"]),
    ("p13", "P", "heldout", 28647, "泓汉证券股份有限公司", "JHZQ13", "江汉汇智基金管理有限公司", "楚衡信息技术服务有限公司", "武汉",
     ["集中交易系统", "融资融券系统", "基金TA登记过户系统"]),
    ("p14", "P", "heldout", 28660, "霁汉证券股份有限公司", "HYZQ14", "华岳基金管理有限公司", "鼎讯金融科技服务有限公司", "长沙",
     ["集中交易系统", "行情转发系统", "基金投资交易管理系统"]),
    ("p15", "P", "heldout", 28673, "启汉证券股份有限公司", "JHZQ15", "江汉汇智基金管理有限公司", "楚衡信息技术服务有限公司", "武汉",
     ["集中交易系统", "融资融券系统", "基金TA登记过户系统"]),
    ("p16", "P", "heldout", 28686, "霁汉证券股份有限公司", "HYZQ16", "华岳基金管理有限公司", "鼎讯金融科技服务有限公司", "长沙",
     ["集中交易系统", "行情转发系统", "基金投资交易管理系统"]),
    ("p17", "P", "heldout", 28699, "启汉证券股份有限公司", "MNZQ17", "闽南鑫源基金管理有限公司", "鹭岛金融信息技术有限公司", "厦门",
     ["集中交易系统", "股票期权交易系统", "基金投资交易系统"]),
    ("p18", "P", "heldout", 28712, "江岱证券股份有限公司", "HDZQ18", "海岱基金管理有限公司", "齐鲁金科信息服务有限公司", "济南",
     ["核心交易系统", "Level-2行情系统", "基金估值核算系统"]),
    ("q11", "Q", "heldout", 28725, "曦木云管家（苏州）科技有限公司", "ZXYG11", "鲜果时光连锁便利店有限公司", "吴中安信网络技术有限公司", "苏州",
     ["门店POS收银系统", "会员小程序", "仓储进销存系统"]),
    ("q12", "Q", "heldout", 28738, "琨满IT服务（深圳）有限公司", "SGIT12", "恒远国际贸易有限公司", "湾区白帽安全科技有限公司", "深圳",
     ["金蝶云星空ERP", "跨境电商店铺后台", "办公网络与VPN"]),
    ("q13", "Q", "heldout", 28751, "拾木云维信息技术（成都）有限公司", "XMYW13", "明衡律师事务所", "蜀盾网络安全有限公司", "成都",
     ["案件管理系统", "文档NAS与备份", "企业邮箱"]),
    ("q14", "Q", "heldout", 28764, "知木云管家（杭州）信息技术有限公司", "QMYG14", "悦齿口腔医疗连锁有限公司", "夜航安全技术有限公司", "杭州",
     ["门诊SaaS收银系统", "企业微信及邮箱", "NAS文件服务器"]),
    ("q15", "Q", "heldout", 28777, "澜光云维信息技术（成都）有限公司", "XMYW15", "明衡律师事务所", "蜀盾网络安全有限公司", "成都",
     ["案件管理系统", "文档NAS与备份", "企业邮箱"]),
    ("q16", "Q", "heldout", 28790, "琨满云管家（杭州）信息技术有限公司", "QMYG16", "悦齿口腔医疗连锁有限公司", "夜航安全技术有限公司", "杭州",
     ["门诊SaaS收银系统", "企业微信及邮箱", "NAS文件服务器"]),
    ("q17", "Q", "heldout", 28803, "小行云管家（苏州）科技有限公司", "ZXYG17", "鲜果时光连锁便利店有限公司", "吴中安信网络技术有限公司", "苏州",
     ["门店POS收银系统", "会员小程序", "仓储进销存系统"]),
    ("q18", "Q", "heldout", 28816, "拾满IT服务（深圳）有限公司", "SGIT18", "恒远国际贸易有限公司", "湾区白帽安全科技有限公司", "深圳",
     ["金蝶云星空ERP", "跨境电商店铺后台", "办公网络与VPN"]),
    ("r11", "R", "heldout", 28829, "华讯广通（陕西）网络运维服务有限公司", "SZSX11", "汉中市医疗保障局", "秦川通信工程有限公司", "汉中",
     ["医保业务专网", "医保结算云主机", "互联网出口安全防护"]),
    ("r12", "R", "heldout", 28842, "华讯（河北）政企网络运营有限公司", "LXHB12", "沧海化工集团有限公司", "燕赵通信技术服务有限公司", "沧州",
     ["企业SD-WAN专网", "生产视频监控系统", "ERP云主机资源池"]),
    ("r13", "R", "heldout", 28855, "中讯电信（安徽）数字网络服务有限公司", "ZTAH13", "淮南市教育局", "皖通信息工程有限公司", "淮南",
     ["教育城域网", "智慧校园云平台", "校园视频监控专网"]),
    ("r14", "R", "heldout", 28868, "桓讯（江苏）政企网络运营有限公司", "HXZQ14", "徐州市公安局交通警察支队", "苏通通信工程有限公司", "徐州",
     ["交警视频专网", "交通信号控制专网", "互联网出口安全防护"]),
    ("r15", "R", "heldout", 28881, "联讯电信（安徽）数字网络服务有限公司", "ZTAH15", "淮南市教育局", "皖通信息工程有限公司", "淮南",
     ["教育城域网", "智慧校园云平台", "校园视频监控专网"]),
    ("r16", "R", "heldout", 28894, "霁讯（江苏）政企网络运营有限公司", "HXZQ16", "徐州市公安局交通警察支队", "苏通通信工程有限公司", "徐州",
     ["交警视频专网", "交通信号控制专网", "互联网出口安全防护"]),
    ("r17", "R", "heldout", 28907, "昱州广通（陕西）网络运维服务有限公司", "SZSX17", "汉中市医疗保障局", "秦川通信工程有限公司", "汉中",
     ["医保业务专网", "医保结算云主机", "互联网出口安全防护"]),
    ("r18", "R", "heldout", 28920, "联拓（河北）政企网络运营有限公司", "LXHB18", "沧海化工集团有限公司", "燕赵通信技术服务有限公司", "沧州",
     ["企业SD-WAN专网", "生产视频监控系统", "ERP云主机资源池"]),
    ("s5", "S", "heldout", 28933, "汾川水务集团有限公司信息中心", "LCJT", "高唐县水务有限公司", "鲁源水务软件有限公司", "聊城",
     ["供水调度监控系统（SCADA）", "营收抄表系统", "管网GIS系统"]),
    ("s6", "S", "heldout", 28946, "临城水务集团有限公司信息中心", "LCSW", "安平县供水有限公司", "清源智慧水务科技有限公司", "临川",
     ["供水调度SCADA系统", "营收管理系统", "管网GIS系统"]),
    ("s7", "S", "heldout", 28959, "澧阳水务集团有限公司信息中心", "LZSW", "石门县水务有限公司", "湘江水务信息技术有限公司", "常德",
     ["供水调度SCADA系统", "智慧营收系统", "供水管网地理信息系统"]),
    ("s8", "S", "heldout", 28972, "临州水务集团有限公司信息中心", "FYSW", "永和县供水有限责任公司", "晋水自控工程有限公司", "吕梁",
     ["水厂及泵站SCADA系统", "营业收费系统", "管网GIS平台"]),
    ("s9", "S", "heldout", 28985, "澧城水务集团有限公司信息中心", "LCJT", "高唐县水务有限公司", "鲁源水务软件有限公司", "聊城",
     ["供水调度监控系统（SCADA）", "营收抄表系统", "管网GIS系统"]),
    ("s10", "S", "heldout", 28998, "聊阳水务集团有限公司信息中心", "LCSW", "安平县供水有限公司", "清源智慧水务科技有限公司", "临川",
     ["供水调度SCADA系统", "营收管理系统", "管网GIS系统"]),
    ("s11", "S", "heldout", 29011, "临州水务集团有限公司信息中心", "LZSW", "石门县水务有限公司", "湘江水务信息技术有限公司", "常德",
     ["供水调度SCADA系统", "智慧营收系统", "供水管网地理信息系统"]),
    ("s12", "S", "heldout", 29024, "聊川水务集团有限公司信息中心", "FYSW", "永和县供水有限责任公司", "晋水自控工程有限公司", "吕梁",
     ["水厂及泵站SCADA系统", "营业收费系统", "管网GIS平台"]),
    ("t5", "T", "heldout", 29037, "闽津港口集团有限公司信息技术部", "MJGK", "闽江西堤集运码头有限公司", "榕港数字科技有限公司", "福州",
     ["TOS生产管理系统", "智慧闸口系统", "EDI报文交换系统"]),
    ("t6", "T", "heldout", 29050, "甬州港集团有限公司信息技术部", "HZGJ", "海州东港集装箱码头有限公司", "港信通软件技术有限公司", "连云港",
     ["TOS码头操作系统", "智能闸口系统", "EDI数据交换平台"]),
    ("t7", "T", "heldout", 29063, "渤州港口集团有限公司信息技术部", "BJGK", "渤津北湾国际集装箱码头有限公司", "津港智联信息技术有限公司", "天津",
     ["集装箱TOS系统", "闸口自助通行系统", "港航EDI中心"]),
    ("t8", "T", "heldout", 29076, "海东港务集团有限公司信息技术部", "YDGW", "甬东南岙国际码头有限公司", "四明港航科技有限公司", "宁波",
     ["码头生产操作系统（TOS）", "闸口无人化系统", "船舶EDI报文平台"]),
    ("t9", "T", "heldout", 29089, "闽东港口集团有限公司信息技术部", "MJGK", "闽江西堤集运码头有限公司", "榕港数字科技有限公司", "福州",
     ["TOS生产管理系统", "智慧闸口系统", "EDI报文交换系统"]),
    ("t10", "T", "heldout", 29102, "甬东港集团有限公司信息技术部", "HZGJ", "海州东港集装箱码头有限公司", "港信通软件技术有限公司", "连云港",
     ["TOS码头操作系统", "智能闸口系统", "EDI数据交换平台"]),
    # seed 29115 gave two of kinds_t.py's monthly duty logs the same path: the next free one
    ("t11", "T", "heldout", 30115, "海津港口集团有限公司信息技术部", "BJGK", "渤津北湾国际集装箱码头有限公司", "津港智联信息技术有限公司", "天津",
     ["集装箱TOS系统", "闸口自助通行系统", "港航EDI中心"]),
    ("t12", "T", "heldout", 29128, "渤州港务集团有限公司信息技术部", "YDGW", "甬东南岙国际码头有限公司", "四明港航科技有限公司", "宁波",
     ["码头生产操作系统（TOS）", "闸口无人化系统", "船舶EDI报文平台"]),
    ("u5", "U", "heldout", 29141, "惠家天零售连锁股份有限公司", "XMT", "汇邻生鲜超市（九江）有限公司", "赣鄱网络工程有限公司", "九江",
     ["门店POS收银系统", "会员营销平台", "社区团购小程序"]),
    ("u6", "U", "heldout", 29154, "惠家选连锁商业股份有限公司", "HYX", "淄博惠万家商贸有限公司", "鲁信智联技术服务有限公司", "淄博",
     ["门店POS收银系统", "会员中台（CRM）", "线上商城（小程序）"]),
    ("u7", "U", "heldout", 29167, "林美集连锁超市股份有限公司", "LSJ", "衢州佳和超市有限公司", "浙衢数码科技有限公司", "衢州",
     ["门店POS收银系统", "会员积分系统", "O2O到家商城"]),
    ("u8", "U", "heldout", 29180, "林美购商业连锁集团有限公司", "BJG", "禾润便利店管理（洛阳）有限公司", "中原易维信息技术有限公司", "洛阳",
     ["便利店POS系统", "会员中台（CRM）", "线上商城（APP）"]),
    ("u9", "U", "heldout", 29193, "百家天零售连锁股份有限公司", "XMT", "汇邻生鲜超市（九江）有限公司", "赣鄱网络工程有限公司", "九江",
     ["门店POS收银系统", "会员营销平台", "社区团购小程序"]),
    ("u10", "U", "heldout", 29206, "百美选连锁商业股份有限公司", "HYX", "淄博惠万家商贸有限公司", "鲁信智联技术服务有限公司", "淄博",
     ["门店POS收银系统", "会员中台（CRM）", "线上商城（小程序）"]),
    ("u11", "U", "heldout", 29219, "林家集连锁超市股份有限公司", "LSJ", "衢州佳和超市有限公司", "浙衢数码科技有限公司", "衢州",
     ["门店POS收银系统", "会员积分系统", "O2O到家商城"]),
    ("u12", "U", "heldout", 29232, "惠源购商业连锁集团有限公司", "BJG", "禾润便利店管理（洛阳）有限公司", "中原易维信息技术有限公司", "洛阳",
     ["便利店POS系统", "会员中台（CRM）", "线上商城（APP）"]),
    ("w1", "W", "heldout", 25401, "江淮高速公路集团有限公司", "JHGS", "宁宣高速公路有限公司", "皖通机电工程有限公司", "合肥",
     ["联网收费系统", "隧道监控系统", "机电设备管理平台"]),
    ("w2", "W", "heldout", 25413, "荆楚交投高速公路集团有限公司", "JCGS", "汉宜路段管理有限公司", "楚通智能交通科技有限公司", "荆州",
     ["ETC门架收费系统", "路网监控平台", "隧道机电监控系统"]),
    ("w3", "W", "heldout", 25427, "黔山高速公路集团有限公司", "QSGS", "遵贵高速公路有限公司", "黔通机电技术有限公司", "遵义",
     ["收费站车道系统", "隧道监控与照明控制系统", "路网视频监控平台"]),
    ("w4", "W", "heldout", 25439, "陇海高速公路集团有限公司", "LHGS", "天定高速公路有限公司", "陇通交通信息科技有限公司", "天水",
     ["联网收费系统", "隧道综合监控系统", "通信与视频监控系统"]),
    # a new style, X, written blind (a GMP pharmaceutical manufacturer's IT部 serving a sister company)
    ("x1", "X", "heldout", 25501, "华瑞康药业股份有限公司", "HRK", "泰州华瑞康生物制药有限公司", "苏网信安科技有限公司", "泰州",
     ["MES制造执行系统", "LIMS实验室信息管理系统", "ERP（SAP）"]),
    ("x2", "X", "heldout", 25513, "远恒制药集团股份有限公司", "YHP", "宜昌远恒原料药有限公司", "楚天数安信息技术有限公司", "宜昌",
     ["MES制造执行系统", "LIMS实验室信息管理系统", "QMS质量管理系统"]),
    ("x3", "X", "heldout", 25527, "康泽医药股份有限公司", "KZY", "德州康泽制剂有限公司", "齐鲁云盾网络科技有限公司", "德州",
     ["WMS仓储管理系统", "LIMS实验室信息管理系统", "ERP（用友U9）"]),
    ("x4", "X", "heldout", 25539, "瑞康生物医药集团有限公司", "RKB", "绵阳瑞康药业有限公司", "蜀安信通科技有限公司", "成都",
     ["MES制造执行系统", "EMS环境监测系统", "QMS质量管理系统"]),
    ("y1", "Y", "heldout", 25601, "东海省广播电视台", "DHTV", "青田县融媒体中心", "之江视讯技术有限公司", "丽水",
     ["融媒体云平台", "全台网制作系统", "县级台直播推流系统"]),
    ("y2", "Y", "heldout", 25613, "徽州省广播电视台", "HZTV", "祁门县融媒体中心", "新安广电科技有限公司", "黄山",
     ["融媒体指挥调度平台", "非编制作网", "移动客户端直播系统"]),
    ("y3", "Y", "heldout", 25627, "湘西省广播电视台", "XXTV", "凤凰县融媒体中心", "武陵视联网络有限公司", "吉首",
     ["融媒体中央厨房平台", "新闻制作网", "IPTV直播推流系统"]),
    ("y4", "Y", "heldout", 25639, "闽东省广播电视台", "MDTV", "霞浦县融媒体中心", "海西广电信息技术有限公司", "宁德",
     ["融媒体内容管理平台", "高清制作网", "县级台直播推流系统"]),
    # a new style, Z, written blind (a commercial data-centre operator's 运维服务部 serving a 托管客户)
    ("z1", "Z", "heldout", 25701, "江城云港数据中心有限公司", "JCYG", "江城农村商业银行", "安辰网络安全技术有限公司", "武汉",
     ["核心业务系统", "信贷管理系统", "手机银行系统"]),
    ("z2", "Z", "heldout", 25713, "海岳数据港科技有限公司", "HYDG", "青州农村商业银行", "鲁信安网络技术有限公司", "潍坊",
     ["综合业务系统", "网上银行系统", "支付前置系统"]),
    ("z3", "Z", "heldout", 25727, "锦城云谷数据中心有限公司", "JCDC", "郫都农村商业银行", "蜀盾网络安全技术有限公司", "成都",
     ["核心业务系统", "柜面业务系统", "反洗钱系统"]),
    ("z4", "Z", "heldout", 25739, "闽江智算数据中心有限公司", "MJDC", "福清农村商业银行", "榕安信息安全技术有限公司", "福州",
     ["核心业务系统", "手机银行系统", "信贷管理系统"]),
    ("v1", "V", "heldout", 25801, "皖江省烟草公司", "WJYC", "芜湖市烟草公司", "江淮数智科技有限公司", "芜湖",
     ["卷烟营销管理系统", "专卖管理信息系统", "物流管理系统"]),
    ("v2", "V", "heldout", 25813, "赣南省烟草公司", "GNYC", "赣州市烟草公司", "章贡信息技术服务有限公司", "赣州",
     ["卷烟营销系统", "专卖管理信息系统", "一体化平台"]),
    ("v3", "V", "heldout", 25827, "滇东省烟草公司", "DDYC", "曲靖市烟草公司", "彩云数联科技有限公司", "曲靖",
     ["一体化平台", "卷烟物流管理系统", "专卖执法管理系统"]),
    ("v4", "V", "heldout", 25839, "黔北省烟草公司", "QBYC", "遵义市烟草公司", "黔云信通技术有限公司", "遵义",
     ["卷烟营销管理系统", "物流仓储管理系统", "专卖管理信息系统"]),
    ("aa1", "AA", "heldout", 25901, "晋北能源集团有限公司信息中心", "JBNY", "晋北能源集团麻家梁煤矿", "三晋云安信息技术有限公司", "朔州",
     ["煤矿安全监控系统", "井下人员定位系统", "SAP ERP系统"]),
    ("aa2", "AA", "heldout", 25913, "陕北煤业集团有限责任公司信息中心", "SBMY", "陕北煤业集团红柳沟煤矿", "长安矿信科技有限公司", "榆林",
     ["矿井安全监测监控系统", "调度通信系统", "ERP系统（用友NC）"]),
    ("aa3", "AA", "heldout", 25927, "淮东能源集团有限公司信息中心", "HDNY", "淮东能源集团谢家湖煤矿", "皖北矿山信息技术有限公司", "淮南",
     ["安全生产监测监控系统", "井下人员定位系统", "集团ERP系统"]),
    ("aa4", "AA", "heldout", 25939, "鄂西煤业集团有限公司信息中心", "EXMY", "鄂西煤业集团青龙山煤矿", "荆楚矿联网络技术有限公司", "宜昌",
     ["调度指挥通信系统", "矿井安全监控系统", "集团财务共享平台"]),
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
OWN_BUILD = {"D": KD, "E": KE, "F": KF, "G": KG, "H": KH, "I": KI, "J": KJ, "K": KK, "L": KL, "M": KM, "N": KN, "O": KO, "P": KP, "Q": KQ, "R": KR, "S": KS, "T": KT, "U": KU, "W": KW, "X": KX, "Y": KY, "Z": KZ}
OWN_BUILD = {"D": KD, "E": KE, "F": KF, "G": KG, "H": KH, "I": KI, "J": KJ, "K": KK, "L": KL, "M": KM, "N": KN, "O": KO, "P": KP, "Q": KQ, "R": KR, "S": KS, "T": KT, "U": KU, "W": KW, "X": KX, "Y": KY, "V": KV}
OWN_BUILD = {"D": KD, "E": KE, "F": KF, "G": KG, "H": KH, "I": KI, "J": KJ, "K": KK, "L": KL, "M": KM, "N": KN, "O": KO, "P": KP, "Q": KQ, "R": KR, "S": KS, "T": KT, "U": KU, "W": KW, "X": KX, "Y": KY, "AA": KAA}


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
    binned = pick(["sla", "drill_record", "internal_audit", "mgmt_review", "bcp"])
    for k in r.sample(binned, min(2, len(binned))):  # a share with many gaps may have one
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
