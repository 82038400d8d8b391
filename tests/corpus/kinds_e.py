# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_e.py - style E: a mid-size managed-service provider that runs ITIL / ISO 20000.

A third author voice for the accuracy corpus, used only by the E shares.  The company runs
its processes in an ITSM tool and a wiki, and its evidence is mostly what those tools export:
PDF exports of wiki pages whose first lines are the space path (breadcrumb) and the page's
metadata before the real title; spreadsheets exported from the ITSM tool with the tool's
column headers (工单编号 / 摘要 / 状态 / 解决方案 / 关闭时间, or Ticket ID / Summary /
Status / Resolution / Closed); bilingual controlled procedures (1 目的 Purpose / 2 范围 Scope
…) named by the document-control system (OPS-PRC-012_变更管理流程_v2.3_已批准.pdf), records
numbered REC-2026-0413, folders by process (ITSM/Change/2026-Q3/).  Its vocabulary is ISO
20000's: 服务级别管理, 事件 vs 问题, CMDB 配置管理数据库, CAB 变更评审, 持续服务改进 (CSI)
登记册, 服务报告, 可用性与容量管理.  Written from the form, not from kinds.py, kinds_d.py or
the rule pack.

Every builder returns a kinds.Doc whose items are what its text proves: an optional part
adds its items only when it is written into the text; a workbook sheet proves its kind only
when it has data rows; an export proves a record kind only when rows of that kind are in it.
build(co, lock_bytes) lays out one company's share, decoys included.
"""

import re
from datetime import date, timedelta

from kinds import Doc
from kinds_d import book, decoy, nar

# the ITSM tool, the wiki, the wiki space, whether the tool exports English column headers,
# the document-control prefix
E_INFO = {
    "e1": ("Jira Service Management", "Confluence", "运维服务管理 (ITSM)", False, "OPS"),
    "e2": ("ServiceNow", "Confluence", "Managed Services / 服务交付", True, "MSP"),
    "e3": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SOC"),
    "e4": ("ManageEngine ServiceDesk Plus", "Confluence", "IT服务运营 Service Operations", False, "SVC"),
    "e5": ("Freshservice", "Notion", "Managed Ops / 运维交付", True, "MSO"),
    "e6": ("iTop", "MediaWiki", "服务管理部 SMO", False, "ITS"),
    "e7": ("Zendesk", "Confluence", "客户运维交付 Delivery", True, "DLV"),
    "e8": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心 OSC", False, "OSC"),
    "e9": ("Jira Service Management", "钉钉知识库", "服务运营部", False, "SOP"),
    "e10": ("ServiceNow", "Confluence", "Managed Services / 交付中心", True, "MSD"),
    "e11": ("Jira Service Management", "Confluence", "IT运维服务 ITSM", False, "ITO"),
    "e12": ("Freshservice", "语雀知识库", "服务支持部 Service Desk", True, "SDK"),
    "e13": ("蓝鲸ITSM", "飞书知识库", "运维交付中心", False, "ODC"),
    "e14": ("ServiceNow", "Confluence", "Managed Services / 运维交付", True, "MSV"),
    "e15": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITC"),
    "e16": ("蓝鲸ITSM", "语雀知识库", "服务运营中心 SOC", False, "SVO"),
    "e17": ("Freshservice", "Notion", "Managed Ops / 交付中心", True, "MOD"),
    "e18": ("iTop", "MediaWiki", "服务管理部 SMD", False, "SMD"),
    "e19": ("Zendesk", "Confluence", "客户运维交付 Delivery", True, "CDL"),
    "e20": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX20"),
    "e21": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX21"),
    "e22": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX22"),
    "e23": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX23"),
    "e24": ("iTop", "MediaWiki", "服务管理部", False, "SMX24"),
    "e25": ("Zendesk", "Confluence", "客户运维交付", True, "CDX25"),
    "e26": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX26"),
    "e27": ("ManageEngine ServiceDesk Plus", "Confluence", "IT服务运营", False, "SOX27"),
    "e28": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX28"),
    "e29": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX29"),
    "e30": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX30"),
    "e31": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX31"),
    "e32": ("iTop", "MediaWiki", "服务管理部", False, "SMX32"),
    "e33": ("Zendesk", "Confluence", "客户运维交付", True, "CDX33"),
    "e34": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX34"),
    "e35": ("ManageEngine ServiceDesk Plus", "Confluence", "IT服务运营", False, "SOX35"),
    "e36": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX36"),
    "e37": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX37"),
    "e38": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX38"),
    "e39": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX39"),
    "e40": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX40"),
    "e41": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX41"),
    "e42": ("iTop", "MediaWiki", "服务管理部", False, "SMX42"),
    "e43": ("Zendesk", "Confluence", "客户运维交付", True, "CDX43"),
    "e44": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX44"),
    "e45": ("ManageEngine ServiceDesk Plus", "Confluence", "IT服务运营", False, "SOX45"),
    "e46": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX46"),
    "e47": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX47"),
    "e48": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX48"),
    "e49": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX49"),
    "e50": ("iTop", "MediaWiki", "服务管理部", False, "SMX50"),
    "e51": ("Zendesk", "Confluence", "客户运维交付", True, "CDX51"),
    "e52": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX52"),
    "e53": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX53"),
    "e54": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e55": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX55"),
    "e56": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX56"),
    "e57": ("iTop", "MediaWiki", "服务管理部", False, "SMX57"),
    "e58": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e59": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX59"),
    "e60": ("ManageEngine ServiceDesk Plus", "Confluence", "IT服务运营", False, "SOX60"),
    "e61": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX61"),
    "e62": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e63": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX63"),
    "e64": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX64"),
    "e65": ("iTop", "MediaWiki", "服务管理部", False, "SMX65"),
    "e66": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e67": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX67"),
    "e68": ("ManageEngine ServiceDesk Plus", "Confluence", "IT服务运营", False, "SOX68"),
    "e69": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX69"),
    "e70": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e71": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e72": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX72"),
    "e73": ("iTop", "MediaWiki", "服务管理部", False, "SMX73"),
    "e74": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX56"),
    "e75": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX61"),
    "e76": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e77": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e78": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX55"),
    "e79": ("ManageEngine ServiceDesk Plus", "Confluence", "IT服务运营", False, "SOX60"),
    "e80": ("iTop", "MediaWiki", "服务管理部", False, "SMX65"),
    "e81": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e82": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e83": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX59"),
    "e84": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX64"),
    "e85": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX69"),
    "e86": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX53"),
    "e87": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e88": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX63"),
    "e89": ("ManageEngine ServiceDesk Plus", "Confluence", "IT服务运营", False, "SOX68"),
    "e90": ("iTop", "MediaWiki", "服务管理部", False, "SMX73"),
    "e91": ("iTop", "MediaWiki", "服务管理部", False, "SMX57"),
    "e92": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e93": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX67"),
    "e94": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX72"),
    "e95": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX56"),
    "e96": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX61"),
    "e97": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e98": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e99": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX55"),
    "e100": ("ManageEngine ServiceDesk Plus", "Confluence", "IT服务运营", False, "SOX60"),
    "e101": ("iTop", "MediaWiki", "服务管理部", False, "SMX65"),
    "e102": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e103": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e104": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e105": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e106": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e107": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e108": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e109": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e110": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e111": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e112": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e113": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e114": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e115": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e116": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e117": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e118": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e119": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e120": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e121": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e122": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e123": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e124": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e125": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e126": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e127": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e128": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e129": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e130": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e131": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e132": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e133": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e134": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e135": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e136": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e137": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e138": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e139": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e140": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e141": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e142": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e143": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e144": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e145": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e146": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e147": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e148": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e149": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e150": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e151": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e152": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e153": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e154": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e155": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e156": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e157": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e158": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e159": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e160": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e161": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e162": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e163": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e164": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e165": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e166": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e167": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e168": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e169": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e170": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e171": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e172": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e173": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e174": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e175": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e176": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e177": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e178": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e179": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e180": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e181": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e182": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e183": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e184": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e185": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e186": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e187": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e188": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e189": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e190": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e191": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e192": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e193": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e194": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e195": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e196": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e197": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e198": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e199": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e200": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e201": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e202": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e203": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e204": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e205": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e206": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e207": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e208": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e209": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e210": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e211": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e212": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e213": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e214": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e215": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e216": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e217": ("iTop", "MediaWiki", "服务管理部", False, "SMX50"),
    "e218": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e219": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e220": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX61"),
    "e221": ("Freshservice", "Notion", "Managed Ops / 运维交付", True, "MSO"),
    "e222": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e223": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX31"),
    "e224": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX34"),
    "e225": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX69"),
    "e226": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX34"),
    "e227": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX59"),
    "e228": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e229": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e230": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX63"),
    "e231": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e232": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITC"),
    "e233": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e234": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e235": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX64"),
    "e236": ("iTop", "MediaWiki", "服务管理部", False, "SMX50"),
    "e237": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e238": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX55"),
    "e239": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e240": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e241": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e242": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e243": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e244": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e245": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e246": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX44"),
    "e247": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX23"),
    "e248": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e249": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e250": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e251": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e252": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e253": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e254": ("ManageEngine ServiceDesk Plus", "Confluence", "IT服务运营", False, "SOX35"),
    "e255": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e256": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心 OSC", False, "OSC"),
    "e257": ("iTop", "MediaWiki", "服务管理部", False, "SMX24"),
    "e258": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e259": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX56"),
    "e260": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e261": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e262": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e263": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e264": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e265": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX55"),
    "e266": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e267": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e268": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e269": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX30"),
    "e270": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e271": ("Zendesk", "Confluence", "客户运维交付", True, "CDX25"),
    "e272": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e273": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e274": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e275": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e276": ("iTop", "MediaWiki", "服务管理部 SMO", False, "ITS"),
    "e277": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e278": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e279": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX70"),
    "e280": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX63"),
    "e281": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e282": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SOC"),
    "e283": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e284": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e285": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e286": ("ServiceNow", "Confluence", "Managed Services / 交付", True, "MSX61"),
    "e287": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e288": ("iTop", "MediaWiki", "服务管理部", False, "SMX57"),
    "e289": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e290": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e291": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e292": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e293": ("嘉为蓝鲸ITSM", "飞书知识库", "运维服务中心", False, "OSX59"),
    "e294": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e295": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e296": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e297": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e298": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX56"),
    "e299": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX71"),
    "e300": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX62"),
    "e301": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e302": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e303": ("Zendesk", "Confluence", "客户运维交付", True, "CDX66"),
    "e304": ("蓝鲸ITSM", "语雀知识库", "服务运营中心", False, "SVX40"),
    "e305": ("Freshservice", "Notion", "Managed Ops / 交付", True, "MOX56"),
    "e306": ("Zendesk", "Confluence", "客户运维交付", True, "CDX58"),
    "e307": ("ServiceNow", "Confluence", "Managed Services / 交付中心", True, "MSD"),
    "e308": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
    "e309": ("Jira Service Management", "Confluence", "IT运维服务中心", False, "ITX54"),
}


def iso(d):
    return d.isoformat()


def ymd(d):
    return "%d%02d%02d" % (d.year, d.month, d.day)


def cnd(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def quarter(d):
    return (d.month - 1) // 3 + 1


def export(kind, title, d, sheets):
    """What the ITSM tool (or the learning platform, or the document-control system) exports:
    the header row is the first row, no title above it; sheets = (name, header, rows, items),
    a sheet proves its items only when it has rows.  Exports are records."""
    out, items = [], []
    for name, head, rows, its in sheets:
        out.append((name, [head] + [list(r) for r in rows]))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), True, sheets=out)


def wiki_head(co, d, path, version=None, status="已发布"):
    """What a wiki PDF export starts with: the space path, then the page's metadata, then
    (after these blocks) the page's own title."""
    v = version or co.rng.randint(3, 19)
    return [("p", " / ".join([co.wiki_space] + list(path))),
            ("p", "由 %s 创建，最后由 %s 修改于 %s · 版本 %d · 页面状态：%s" % (co.p(0), co.p(co.rng.randint(1, 5)), iso(d), v, status)),
            ("p", "标签：%s" % ", ".join(co.rng.sample(["itsm", "iso20000", "sms", "流程", "记录", "客户交付", "安全"], 3)))]


def dc_table(co, d, code, ver):
    """The document-control block of a controlled document."""
    return [("table", [["文档编号 Doc No.", code, "版本 Version", ver],
                       ["编写 Author", co.p(0), "审核 Reviewer", co.p(1)],
                       ["批准 Approver", co.boss, "状态 Status", "已批准 Approved"],
                       ["生效日期 Effective", iso(d), "密级 Classification", "内部 Internal"]])]


def bilingual(sections, n0=1):
    """1 目的 Purpose / 2 范围 Scope …: sections = (cn, en, [paragraphs or blocks])."""
    b = []
    for i, (cn, en, paras) in enumerate(sections, n0):
        b.append(("h1", "%d %s %s" % (i, cn, en)))
        for x in paras:
            b.append(x if isinstance(x, tuple) else ("p", x))
    return b


# ------------------------------------------------------------------ procedures (流程)

# key -> (code number, Chinese name, English name, items its text proves, sections after
# 目的 and 范围)
E_PROC = {
    "incident": (10, "事件管理流程", "Incident Management", ["49/incident-procedure"], "恢复中断或降级的服务，使业务尽快回到SLA约定的状态", [
        ("职责", "Roles", ["服务台（一线）：记录、分类、初步诊断；二线支持组：技术处置；事件经理：监督时限、协调升级。"]),
        ("流程", "Procedure", ["5.1 识别与记录：来自电话、邮件、门户、监控告警的事件一律在ITSM中建单，不得口头处理。",
                             "5.2 分类与优先级：按影响度×紧急度确定P1–P4，P1为核心业务中断。",
                             "5.3 诊断与升级：一线20分钟内无法恢复的转二线；P1同时通知事件经理和客户经理（职能升级与层级升级）。",
                             "5.4 解决与恢复：实施解决方案，确认服务恢复。",
                             "5.5 关闭：经报障人确认后关闭工单，填写解决方案；疑似根因未明的转问题管理。"]),
        ("记录", "Records", ["事件工单（ITSM导出）、P1事件回顾报告。"])]),
    "request": (11, "服务请求管理流程", "Service Request Fulfilment", ["49/request-procedure"],
                "规范客户提出的标准服务请求（含信息安全类请求）的受理、审批和履行", [
        ("请求类型", "Request types", ["账号开通/注销、权限变更、防火墙访问策略申请、VPN开通、日志调阅、安全配置核查等信息安全服务请求，均在服务目录中定义为标准请求。"]),
        ("流程", "Procedure", ["5.1 客户通过服务门户或服务台提交请求；", "5.2 涉及访问权限和安全策略的请求由安全主管审批；",
                             "5.3 履行人按标准作业执行，完成后由请求人验收；", "5.4 请求全过程在ITSM中记录，按月统计履行时长。"]),
        ("记录", "Records", ["服务请求单（ITSM）。"])]),
    "change": (12, "变更管理流程", "Change Management", ["54/procedure"], "以受控方式实施对服务、配置项和运维方案的变更，降低变更风险", [
        ("变更类型", "Change types", ["标准变更（预授权）、一般变更（CAB评审）、重大变更（CAB+客户批准）、紧急变更（ECAB）。"]),
        ("流程", "Procedure", ["5.1 提交RFC：说明变更原因、影响的配置项、实施方案、测试结果和回退计划；",
                             "5.2 评估与CAB评审：每周二召开变更评审委员会（CAB），评估风险与资源；",
                             "5.3 批准与排程：纳入变更日历，在维护窗口实施；",
                             "5.4 实施与验证：失败立即执行回退计划；",
                             "5.5 实施后评审（PIR）并关闭，同步更新CMDB。"]),
        ("记录", "Records", ["变更单（RFC）、CAB会议纪要、变更日历。"])]),
    "problem": (13, "问题管理流程", "Problem Management", ["20/procedure", "37/procedure"], "找出一个或多个事件的根本原因，消除或规避，防止事件重复发生", [
        ("职责", "Roles", ["问题经理：问题单的登记、分派和跟踪；技术专家组：根本原因分析（RCA）。"]),
        ("流程", "Procedure", ["5.1 问题识别：同类事件30天内重复3次、P1事件、趋势分析发现的隐患，均建立问题单；",
                             "5.2 根本原因分析：采用5Why、鱼骨图，10个工作日内完成；",
                             "5.3 已知错误：记录规避方法（Workaround）并发布到知识库；",
                             "5.4 解决：需要变更的提交RFC；", "5.5 关闭：观察期内无复发即关闭问题单。"]),
        ("记录", "Records", ["问题单、已知错误库（KEDB）。"])]),
    "knowledge": (14, "知识管理流程", "Knowledge Management", ["21/procedure"], "收集、审核和共享运维知识，形成并维护知识库", [
        ("流程", "Procedure", ["5.1 事件、问题、变更关闭时，处理人判断是否形成知识文章；",
                             "5.2 知识经理审核文章的准确性与可复用性后在Wiki知识空间发布；",
                             "5.3 每季度复核，失效文章归档；", "5.4 知识库使用情况（浏览、引用）纳入月度服务报告。"]),
        ("记录", "Records", ["知识文章、知识库复核记录。"])]),
    "slm": (20, "服务级别管理流程", "Service Level Management", ["39/slm-procedure"], "与客户商定、监视和评审服务级别，持续满足客户的服务要求", [
        ("流程", "Procedure", ["5.1 依据服务目录和客户需求起草SLA，内部支撑团队签署OLA，外部供应商签订支持合同；",
                             "5.2 SLA经双方签字后生效；", "5.3 每月在服务报告中报告SLA达成情况；",
                             "5.4 每季度与客户召开服务评审会，未达标项进入CSI登记册；", "5.5 SLA每年评审一次。"]),
        ("记录", "Records", ["SLA、OLA、月度服务报告、服务评审会纪要。"])]),
    "reporting": (21, "服务报告与监视测量流程", "Service Reporting and Measurement", ["61/monitoring-process", "62/monitoring-process"],
                  "规定服务绩效的监视、测量和报告，使管理层和客户了解服务实际状况", [
        ("监视内容", "What is measured", ["SLA指标达成、客户满意度、投诉与表扬、运维KPI、可用性与容量。"]),
        ("流程", "Procedure", ["5.1 ITSM与监控平台每日自动采集数据；", "5.2 服务经理每月5日前发布月度服务报告；",
                             "5.3 质量经理每季度汇总监视结果，未达目标的开具纠正预防措施单；",
                             "5.4 监视结果作为管理评审输入。"]),
        ("记录", "Records", ["月度服务报告、服务绩效监视表、CAPA单。"])]),
    "audit": (30, "内部审核程序", "Internal Audit", ["61/audit-system", "62/audit-mechanism"], "验证服务管理体系（SMS）符合ISO/IEC 20000-1和客户要求并有效实施", [
        ("审核方案", "Audit programme", ["质量经理每年制定审核方案，12个月内覆盖SMS全部条款和全部流程；审核员不得审核自己的工作。"]),
        ("流程", "Procedure", ["5.1 审核计划与检查表；5.2 首次会议、现场审核、收集证据；",
                             "5.3 开具不符合项，末次会议；5.4 责任人制定纠正措施，质量经理跟踪关闭并验证有效性；",
                             "5.5 审核结果报告管理层并作为管理评审输入。"])]),
    "csi": (31, "持续服务改进流程", "Continual Service Improvement", ["65/procedure"], "识别、记录、批准、评估、测量和报告服务与SMS的改进", [
        ("流程", "Procedure", ["5.1 识别：改进机会来自内审、管理评审、客户反馈、事件与问题趋势、SLA未达标；",
                             "5.2 记录：全部改进机会登记在CSI登记册，编号CSI-年份-序号；",
                             "5.3 评估与批准：按评估标准打分，由服务管理委员会批准；",
                             "5.4 实施与测量：设定改进目标，实施后测量实际效果；",
                             "5.5 报告：每季度向管理层和客户报告改进进展。"])]),
    "preventive": (32, "预防措施管理规程", "Preventive Action", ["66/preventive-actions"], "消除潜在不符合的原因，防止其发生", [
        ("流程", "Procedure", ["5.1 潜在问题来源：趋势分析、容量预警、风险评估、行业安全事件；",
                             "5.2 登记预防措施，明确负责人和期限，经服务经理批准；",
                             "5.3 措施实施后30天内由质量经理验证有效性并记录在CAPA单。"])]),
    "secinc": (40, "信息安全事件管理流程", "Information Security Incident Management",
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"],
               "及时发现、报告、处置信息安全事件，必要时启动应急响应", [
        ("事件分类", "Classification", ["有害程序、网络攻击、信息破坏、信息内容安全、设备设施故障、灾害性事件及其他；分为特别重大、重大、较大、一般四级。"]),
        ("报告", "Reporting", ["发现人立即报告值班安全工程师；值班工程师15分钟内报安全经理；较大及以上事件1小时内书面报告客户和管理层，按要求报送主管部门。"]),
        ("处置", "Handling", ["遏制（隔离、阻断）、根除、恢复，保留证据，处置过程在ITSM安全事件单中记录。"]),
        ("应急响应", "Emergency response", ["满足应急预案启动条件时由应急领导小组启动预案，按预案分工处置，恢复后宣布响应结束。"]),
        ("事后处理", "Post-incident", ["5个工作日内完成事件回顾报告，分析原因，更新知识库和预案，落实整改。"])]),
    "training": (41, "安全培训服务流程", "Security Training Service", ["31/training-process"], "规范向客户提供的安全意识与技能培训服务", [
        ("流程", "Procedure", ["5.1 调研客户培训需求，制定培训计划；", "5.2 课件经安全经理审核；",
                             "5.3 培训实施、签到、考试；", "5.4 收集评估问卷，评价培训效果，资料归档。"])]),
    "pentest": (42, "渗透测试流程", "Penetration Testing", ["31/pentest-process"], "在授权范围内安全地实施渗透测试", [
        ("流程", "Procedure", ["5.1 取得客户书面授权，确认范围、方法和时间窗口；", "5.2 信息收集、漏洞发现、漏洞验证；",
                             "5.3 编写报告，通报高危漏洞；", "5.4 整改后复测并关闭。"]),
        ("限制", "Constraints", ["禁止拒绝服务类测试，禁止修改或删除生产数据。"])]),
}


def proc_code(co, key):
    return "%s-PRC-%03d" % (co.prefix, E_PROC[key][0])


def proc_body(co, key, n0=1, cites=()):
    _, cn, en, _, purpose, secs = E_PROC[key]
    sections = [("目的", "Purpose", ["本流程用于%s。" % purpose]),
                ("范围", "Scope", ["适用于%s为%s提供的全部托管运维服务。" % (co.name, co.customer)])] + \
        [(a, b, c) for a, b, c in secs]
    if cites:
        sections.append(("相关文件", "References", ["《%s》" % c for c in cites]))
    # the steps are numbered under their section: 4.1, 4.2 … when 流程 is section 4
    sections = [(a, b, [re.sub(r"^5\.(\d)", "%d.\\1" % i, x) for x in c]) for i, (a, b, c) in enumerate(sections, n0)]
    return bilingual(sections, n0)


def procedure(co, d, key, ver, cites=(), wiki=False):
    """A controlled procedure: the document-control block, then 1 目的 Purpose …; or the
    same procedure as a wiki page export (breadcrumb and page data before its title)."""
    _, cn, en, items, _, _ = E_PROC[key]
    title = "%s %s" % (cn, en)
    code = proc_code(co, key)
    pre = wiki_head(co, d, ["流程库 Processes", cn]) if wiki else []
    b = pre + [("title", title)] + dc_table(co, d, code, ver) + proc_body(co, key, cites=cites)
    return Doc("proc:" + key, title, d, items, False, b)


def manual(co, d, keys, ver):
    """服务管理手册: its chapter 2 is the SMS's plan-do-check-act, the others are processes
    in full (a combined document: it proves each chapter)."""
    code = "%s-MAN-001" % co.prefix
    b = [("p", co.name), ("p", "服务管理体系文件 Service Management System"), ("title", "服务管理手册 Service Management Manual")] + \
        dc_table(co, d, code, ver) + [("break",)]
    b += [("h1", "第1章 手册说明 About this manual"),
          ("p", "本手册描述%s依据ISO/IEC 20000-1建立的服务管理体系（SMS）及其主要流程。" % co.name),
          ("h1", "第2章 服务管理体系 Service Management System"),
          ("h2", "2.1 策划 Plan"), ("p", "管理层每年确定服务管理方针与目标、服务范围、资源和风险，形成年度服务计划。"),
          ("h2", "2.2 实施 Do"), ("p", "按本手册各章流程提供和运行服务，流程均在ITSM平台固化。"),
          ("h2", "2.3 监视与评审 Check"), ("p", "通过月度服务报告、内部审核、管理评审和客户服务评审监视服务绩效。"),
          ("h2", "2.4 持续改进 Act"), ("p", "评审发现的问题进入CSI登记册，经批准后实施改进，形成PDCA闭环。"),
          ("p", "公司SMS每年接受认证机构的监督审核。")]
    items = ["10/pdca", "61/audit-system"]
    for i, k in enumerate(keys, 3):
        _, cn, en, its, _, _ = E_PROC[k]
        b.append(("h1", "第%d章 %s %s" % (i, cn, en)))
        b += [("p" if x[0] == "p" else "h2", x[1]) for x in proc_body(co, k) if x[0] in ("p", "h1")]
        items += its
    return Doc("manual", "服务管理手册", d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ onboarding (客户导入)

def survey(co, d, hours=True, types=True):
    parts = [("1 调研概况 Overview", "%d年%d月，%s服务导入小组对%s开展服务需求调研：访谈IT部门负责人%s及业务部门代表，"
              "查阅客户年度IT规划与现有运维合同，形成本报告。" % (d.year, d.month, co.name, co.customer, co.cp(0)), [])]
    if hours:
        parts.append(("2 服务时间窗口 Service hours", [
            "客户对服务时间的要求如下（含业务高峰与节假日保障）：",
            ("table", [["服务对象", "服务时间", "高峰/节假日保障", "P1响应"], [co.sys(0), "7×24", "月末、节假日专人值守", "15分钟"],
                       [co.sys(1), "7×24", "远程值守", "30分钟"], [co.sys(2), "周一至周五 8:30-18:00", "无", "1小时"]])], ["1/survey"]))
    if types:
        parts.append(("3 安全服务需求 Security service needs", [
            "客户提出的信息安全服务需求按类型归纳为：安全设备托管运维；漏洞扫描与渗透测试；安全事件监测与应急响应；"
            "合规支持（等级保护）与安全意识培训。",
            ("table", [["类型", "需求", "优先级"], ["托管运维", "防火墙、WAF、IPS、堡垒机", "高"], ["评估测试", "季度漏扫、年度渗透", "高"],
                       ["监测响应", "7×24安全监测、应急响应", "高"], ["合规培训", "等保整改支持、年度培训", "中"]])], ["5/survey"]))
    parts.append(("4 结论 Conclusion", "调研结果已经客户确认，作为服务设计、SLA和服务目录的输入。", []))
    return nar("survey", "%s服务需求调研报告" % co.customer, d, False, parts,
               pre=wiki_head(co, d, ["客户 Customers", co.customer, "服务导入 Onboarding"]))


def budget(co, d):
    rows = [["WBS-1", "安全设备托管运维", 220, "驻场工程师×1", 1150, 253000, "%d-01-01 起" % d.year],
            ["WBS-2", "健康检查（季度）", 32, "高级工程师×2", 1700, 54400, "每季度末"],
            ["WBS-3", "漏洞扫描/渗透测试", 22, "安全测试×2", 2300, 50600, "%d-06-30 前" % d.year],
            ["WBS-4", "7×24监测与应急响应", 40, "SOC值班", 1500, 60000, "全年"],
            ["WBS-5", "服务管理（SLM/报告）", 24, "服务经理×1", 1600, 38400, "每月"],
            ["", "合计 Total", 338, "", "", 456400, ""]]
    return book("budget", "服务交付预算 Delivery Budget %d" % d.year, d, False,
                [("Budget", ["WBS", "工作项 Work item", "人天 Effort", "资源 Resources", "单价 Rate", "费用 Cost (CNY)", "里程碑 Milestone"],
                  rows, ["2/budget"])], note=["客户：%s；编制：%s；审批：%s" % (co.customer, co.p(0), co.boss)])


def kickoff(co, d, health=True):
    """项目启动会纪要: what was agreed with the customer (3) and, as one agenda item, the
    health-check mode, frequency and content (15)."""
    parts = [(None, ["会议：%s托管运维服务启动会 Kick-off　日期：%s　地点：%s %s" % (co.customer, iso(d), co.customer, "301会议室"),
                     "参会：客户 %s、%s；%s %s（服务经理）、%s" % (co.cp(0), co.cp(1), co.short, co.p(0), co.p(2))], []),
             ("议题1 服务范围与交付方式", ["双方确认：服务范围为%s及安全设备；驻场1人，夜间由NOC远程值守；每月5日前提交服务报告。" % "、".join(co.systems),
                                     "决议：以上内容双方同意，纳入SLA附件。"], ["3/communication"])]
    if health:
        parts.append(("议题2 健康检查安排", ["决议：健康检查每季度一次，重大保障前加做一次；季度检查为现场检查，专项检查可远程检查；"
                                         "检查内容为安全设备与业务系统的可用性、持续运行、配置与容量，检查后5个工作日内提交报告。"], ["15/agreement"]))
    parts.append(("行动项 Action items", ("table", [["#", "行动", "负责人", "期限"], [1, "提交SLA终稿", co.p(0), iso(d + timedelta(days=7))],
                                                   [2, "完成CMDB初始化", co.p(3), iso(d + timedelta(days=30))]]), []))
    return nar("communication", "项目启动会会议纪要 Kick-off Meeting Minutes", d, False, parts)


def history_list(co, d):
    rows = [[i, n, s, "%d-01 ~ %d-12" % (d.year - 1, d.year - 1), co.rng.randint(50, 5000)] for i, (n, s) in enumerate(
        [("事件工单", co.itsm), ("服务请求", co.itsm), ("变更记录", co.itsm), ("问题记录", co.itsm),
         ("监控告警", "Zabbix"), ("安全日志", "SIEM"), ("客户满意度", "问卷平台")], 1)]
    return book("history_list", "历史运维数据清单 Historical Data Inventory", d, False,
                [("Inventory", ["#", "数据集 Dataset", "来源系统 Source", "时间范围 Period", "记录数 Records"], rows, ["4/history-list"])])


def history_analysis(co, d):
    py = d.year - 1
    return nar("history_analysis", "%d年运维历史数据分析 Historical Data Analysis" % py, d, False, [
        ("1 SLA/KPI达成", "%d年核心系统可用性99.94%%（目标99.9%%）；P1/P2事件按时解决率96.5%%。" % py, ["4/analysis"]),
        ("2 违规操作", "堡垒机审计发现违规操作7次（绕过堡垒机直连4次、共享账号3次），已通报整改。", []),
        ("3 重大事件", "P1事件2起，其中%s数据库主库宕机造成中断51分钟。" % co.sys(0), []),
        ("4 失败变更", "变更总数386，失败4次（回退3次），主要原因为未在预生产验证。", []),
        ("5 建议", "强化变更前验证；补齐应用层监控。", [])],
        pre=wiki_head(co, d, ["客户 Customers", co.customer, "服务导入 Onboarding"]))


def ops_strategy(co, d):
    return nar("ops_strategy", "%d年服务保障策略与实施计划 Service Assurance Strategy" % d.year, d, False, [
        ("1 输入", "《%d年运维历史数据分析》的结论与建议。" % (d.year - 1), []),
        ("2 保障策略", "变更必须经预生产验证并附回退计划；应用层监控覆盖率100%；重保期间驻场+远程双值守。", ["4/strategy"]),
        ("3 实施计划", ("table", [["措施", "负责人", "完成时间"], ["上线预生产环境", co.p(3), "Q1"], ["APM监控接入", co.p(2), "Q2"],
                                 ["重保值守排班模板", co.p(0), "Q1"]]), [])],
        pre=dc_table(co, d, "%s-PLN-001" % co.prefix, "v1.0"))


def avail_kpis(co, d):
    rows = [["整体 Overall", "服务整体可用性", "全部在管系统", "≥99.9%", "月"], ["整体 Overall", "P1事件数", "全部在管系统", "≤1", "季"],
            ["单系统 Per system", "%s可用性" % co.sys(0), co.sys(0), "≥99.95%", "月"],
            ["单系统 Per system", "%s MTTR" % co.sys(1), co.sys(1), "≤30min", "月"]]
    return book("avail_kpis", "可用性指标定义 Availability KPI Register", d, False,
                [("KPIs", ["类型 Type", "指标 KPI", "对象 Scope", "目标 Target", "周期 Period"], rows, ["6/availability-kpis"])])


def service_analysis(co, d, automation=True):
    parts = [("1 以往解决方案及对生产的影响", "回顾%d年交付的解决方案31项（策略优化、补丁、扩容等），其中3项实施时造成业务短暂中断（最长6分钟），均在维护窗口内。" % (d.year - 1),
              ["7/impact-analysis"])]
    if automation:
        parts += [("2 安全事件处置效率", "全年安全事件118起，平均处置时长3.6小时；弱口令、病毒告警、封禁IP等重复性处置占61%。", []),
                  ("3 可自动化的服务", "建议通过SOAR剧本自动处置：恶意IP封禁、病毒告警工单自动分派、弱口令周检、巡检报告自动生成。", ["7/automation"])]
    return nar("service_analysis", "服务回顾：解决方案影响与自动化机会", d, True, parts,
               pre=wiki_head(co, d, ["服务交付 Delivery", "服务回顾 Reviews"]))


def sld_ola(co, d, sld=True):
    parts = []
    if sld:
        parts.append(("1 与第三方的服务级别设计 Underpinning contract", ("table", [
            ["优先级", "供应商%s响应" % co.vendor, "供应商恢复"], ["P1", "15min", "2h"], ["P2", "30min", "8h"], ["P3", "4h", "2d"]]), ["8/sld"]))
    parts.append(("2 内部运营级别协议 OLA", ["服务台、NOC、安全运营组、系统组之间约定：P1 15分钟内接单、2小时内恢复；P2 30分钟接单、8小时恢复。",
                                          "OLA时限与对第三方的服务级别设计逐项对齐，每半年复核一次。"], ["8/ola"]))
    return nar("sld_ola", "OLA 运营级别协议与支持合同对照", d, False, parts,
               pre=wiki_head(co, d, ["服务级别管理 SLM", "OLA"]))


def org_page(co, d, outsourced=True):
    rows = [["层级", "角色", "姓名", "所属"], ["安全领导小组", "组长", co.boss, co.name], ["安全领导小组", "副组长", co.p(1), co.name],
            ["管理组", "安全经理", co.p(3), co.name], ["执行组", "安全运维工程师", co.p(4), co.name]]
    items = ["9/org-chart", "23/org-chart"]
    if outsourced:
        rows.append(["执行组", "外包安全工程师（驻场）", co.vp(0), co.vendor])
        items.append("9/outsourcing")
    return nar("org_chart", "信息安全组织架构 Security Organisation", d, False, [
        (None, ["安全领导小组：由总经理任组长，负责安全方针、资源和重大事项决策；管理组：制度、风险、审核；执行组：日常安全运维与应急处置。",
                ("table", rows)], items)], pre=wiki_head(co, d, ["组织 Organisation"]))


def staff_list(co, d):
    rows = [[co.p(i), ["服务经理", "安全工程师", "驻场工程师", "系统工程师", "服务台"][i], co.name, "在岗"] for i in range(5)]
    rows += [[co.vp(0), "外包安全工程师", co.vendor, "在岗"], [co.vp(1), "外包网络工程师", co.vendor, "在岗"]]
    return book("staff_list", "项目人员名单 Staff Roster", d, True,
                [("Roster", ["姓名 Name", "角色 Role", "单位 Company", "状态 Status"], rows, ["9/staff-list", "9/outsourcing"])])


def raci(co, d):
    rows = [["服务经理 Service Manager", "SLM、服务报告", "A", "R", "C"], ["事件经理 Incident Manager", "事件、服务台", "R", "A", "I"],
            ["变更经理 Change Manager", "CAB、变更日历", "C", "A", "R"], ["配置经理 Configuration Manager", "CMDB", "I", "C", "A"],
            ["安全经理 Security Manager", "安全事件、渗透测试", "A", "R", "C"], ["质量经理 Quality Manager", "内审、CSI", "R", "C", "A"]]
    return book("role_list", "角色与职责矩阵 RACI", d, False,
                [("RACI", ["角色 Role", "职责 Responsibilities", "管理组", "执行组", "支持组"], rows, ["18/roles", "23/roles"])])


def interface_person(co, d):
    return nar("interface_person", "关于指定信息安全管理接口人的通知", d, False, [
        (None, ["全体员工：", "经公司研究，指定%s为%s项目信息安全管理接口人，负责与客户安全部门、监管机构的安全事务对接、"
                "安全事件通报与安全检查配合；%s为备份接口人。" % (co.p(3), co.customer, co.p(1)),
                "%s　%s" % (co.name, cnd(d))], ["28/interface-person"])],
        pre=wiki_head(co, d, ["公告 Announcements"]))


def desk_charter(co, d):
    return nar("service_desk", "服务台运作说明 Service Desk Charter", d, False, [
        ("1 定位", "服务台是客户的单一联系点（SPOC），7×24受理事件、服务请求、咨询与投诉。", ["48/service-desk"]),
        ("2 渠道", "热线400-%03d-%04d、门户、邮件servicedesk@%s.cn、企业微信。" % (co.rng.randint(100, 999), co.rng.randint(0, 9999), co.short.lower()), []),
        ("3 人员与班次", "服务台%s、%s，三班倒；一线解决率目标≥65%%。" % (co.p(4), co.p(5)), [])],
        pre=wiki_head(co, d, ["服务台 Service Desk"]))


def desk_training(co, d):
    rows = [["SD-101 服务台受理规范与话术", iso(d), co.p(4), "通过", 92], ["SD-102 事件分类与优先级", iso(d), co.p(5), "通过", 88],
            ["SD-103 %s基本操作" % co.itsm, iso(d), co.p(4), "通过", 95]]
    return export("desk_training", "学习平台导出：服务台岗位培训", d,
                [("Completions", ["课程 Course", "完成日期", "学员", "结果", "考试成绩"], rows, ["48/training"])])


def catalog(co, d, parts):
    secs = {"basic": (["12/catalog"], [("初始化服务", "资产梳理、CMDB初始化、流程导入"), ("安全设备运维", "防火墙/WAF/IPS/堡垒机托管"),
                                       ("日常巡检", "每日设备与告警巡检"), ("健康检查", "季度健康检查"), ("安全事件审计", "日志审计与分析")]),
            "level2": (["19/catalog"], [("运维监控与分析", "7×24监控、月度趋势分析"), ("终端安全监控", "EDR与防病毒监控"),
                                        ("等级保护合规运维", "等保差距分析与整改支持")]),
            "level1": (["26/catalog"], [("安全通告与漏洞分析", "漏洞/病毒/厂商通告与影响分析"), ("应急响应", "7×24应急响应，P1 2小时到场")])}
    rows, items = [["服务编号 ID", "服务名称 Service", "描述 Description", "SLA"]], ["29/catalog"]
    for p in parts:
        its, entries = secs[p]
        items += its
        for n, c in entries:
            rows.append(["SVC-%02d" % len(rows), n, c, "见SLA附件"])
    return nar("catalog", "服务目录 Service Catalogue", d, False, [(None, ["本目录列出%s提供的托管安全运维服务。" % co.short, ("table", rows)], items)],
               pre=dc_table(co, d, "%s-LST-002" % co.prefix, "v%d.%d" % (co.rng.randint(2, 4), co.rng.randint(0, 9))))


def baseline(co, d):
    rows = [["Linux", "口令复杂度", "≥10位，三类字符", "全部主机"], ["Linux", "SSH", "禁止root远程登录", "全部主机"],
            ["网络设备", "管理协议", "仅SSHv2/HTTPS", "全部网络设备"], ["数据库", "审计", "开启审计并外发SIEM", "全部数据库"]]
    return book("baseline", "安全配置基线 Security Baseline", d, False,
                [("Baseline", ["平台", "检查项", "要求", "适用"], rows, ["25/baseline"])])


def test_plan(co, d, rollback=True):
    parts = [("1 范围", "%s迁移改造涉及的主机、数据库与应用。" % co.sys(1), []),
             ("2 测试验证", "在预生产环境完成功能、性能、安全测试，并验证网络兼容、系统兼容、应用兼容。", ["25/test-plan"])]
    if rollback:
        parts.append(("3 回退计划 Backout plan", "割接前全量备份；任一验收项失败即在30分钟内回退到原环境，回退步骤已演练。", ["25/rollback", "11/rollback"]))
    return nar("test_plan", "%s迁移改造测试计划 Test Plan" % co.sys(1), d, False, parts,
               pre=dc_table(co, d, "%s-PLN-007" % co.prefix, "v1.1"))


def req_record(co, d):
    return nar("req_analysis", "新系统建设需求分析记录", d, True, [
        (None, ["项目：%s安全能力建设　日期：%s" % (co.customer, iso(d)),
                ("table", [["类别", "需求", "客户确认"], ["功能", "统一身份认证、访问控制", "已确认"], ["性能", "并发5000、响应<2s", "已确认"],
                           ["安全", "等保三级、双因素认证", "已确认"]]), "客户代表：%s" % co.cp(1)], ["11/requirements"])])


def compat_report(co, d):
    return nar("compat_report", "兼容性验证报告 Compatibility Test Report", d, True, [
        (None, ["验证日期：%s" % iso(d), ("table", [["项目", "内容", "结论"], ["网络兼容", "新旧VLAN与路由互通", "通过"],
                                                  ["系统兼容", "新OS与原中间件", "通过"], ["应用兼容", "%s接口" % co.sys(0), "通过"]])],
         ["11/compatibility"])])


def impl_manual(co, d):
    return nar("construction_manual", "项目实施手册 Implementation Handbook", d, False, [
        ("1 项目组织", "项目经理负责制，实施、测试、质量三组分工。", ["11/manuals"]),
        ("2 实施阶段", "勘察→方案评审→安装配置→联调→割接→试运行→验收。", []),
        ("3 现场纪律", "未经变更批准不得修改生产配置。", [])], pre=dc_table(co, d, "%s-MAN-003" % co.prefix, "v1.0"))


def work_instruction(co, d, module, n):
    steps = {"防火墙策略维护": ["导出策略并比对基线", "清理过期与冗余策略", "变更单关联后生效"],
             "漏洞扫描": ["确认授权与窗口", "执行扫描任务", "复核高危并出具报告"],
             "SIEM日志分析": ["检查日志源接入", "运行关联规则", "研判告警并建单"],
             "日常巡检": ["按检查单逐项巡检", "记录CPU/内存/告警", "异常即建事件单"],
             "应急处置": ["确认事件级别", "隔离与遏制", "恢复与验证"]}[module]
    return nar("work_instruction", "%s作业指导书 Work Instruction" % module, d, False, [
        ("1 适用范围", "适用于托管运维项目中的%s作业。" % module, ["24/work-instructions", "11/manuals"]),
        ("2 作业步骤", ["%d) %s" % (i, s) for i, s in enumerate(steps, 1)], []),
        ("3 输出", "作业结果记录于ITSM任务单。", [])], pre=dc_table(co, d, "%s-WI-%03d" % (co.prefix, n), "v1.%d" % co.rng.randint(0, 5)))


# ------------------------------------------------------------------ plans

def avail_cap_plan(co, d):
    return nar("avail_plan", "%d年可用性与容量管理计划 Availability & Capacity Plan" % d.year, d, False, [
        ("1 可用性目标", "%s≥99.95%%，其他在管系统≥99.9%%。" % co.sys(0), ["18/availability-plan", "22/plan"]),
        ("2 措施", "集群与链路冗余、季度切换测试、容量阈值告警（CPU 75%、存储80%）。", []),
        ("3 监视与报告", "可用性事件在ITSM中记录；每月在服务报告中报告可用性，未达标进入CSI登记册。", [])],
        pre=dc_table(co, d, "%s-PLN-004" % co.prefix, "v2.0"))


def pentest_plan(co, d):
    return nar("pentest_plan", "%d年度渗透测试计划" % d.year, d, False, [
        (None, [("table", [["季度", "目标", "方法", "负责人"], ["Q1", "互联网门户", "黑盒", co.p(1)], ["Q2", co.sys(0), "灰盒", co.p(1)],
                           ["Q3", "移动APP", "灰盒", co.p(5)], ["Q4", "内网核心区", "白盒", co.p(1)]]),
                "每次测试前取得客户书面授权。"], ["31/pentest-plan", "32/pentest-plan"])],
        pre=wiki_head(co, d, ["安全运营 SecOps", "渗透测试 PenTest"]))


def dev_plan(co, d):
    return nar("dev_plan", "安全工具定制开发计划 Tooling Roadmap %d" % d.year, d, False, [
        (None, ["根据客户需求与团队能力，计划开发：", ("table", [["工具", "用途", "计划完成", "负责人"],
                                                        ["巡检报告自动生成", "汇总巡检数据", "%d-06" % d.year, co.p(2)],
                                                        ["SOAR封禁剧本", "自动封禁恶意IP", "%d-09" % d.year, co.p(1)]])], ["33/dev-plan"])],
        pre=wiki_head(co, d, ["安全运营 SecOps", "工具 Tooling"]))


def sla(co, d, modes=True, kpis=True, health=False):
    parts = [(None, "甲方 Customer：%s　乙方 Provider：%s　协议号：SLA-%s-%d" % (co.customer, co.name, co.short, d.year), ["39/sla"]),
             ("1 服务范围 Scope", "托管运维%s及安全设备。" % "、".join(co.systems), [])]
    if modes:
        parts.append(("2 服务交付方式 Delivery model", "驻场值守（工作日1人）＋定期巡检（每日远程、每月现场）＋NOC远程值守（非工作时间）。", ["35/sla"]))
    if kpis:
        parts.append(("3 服务级别目标 Service level targets", ("table", [["指标", "目标"], ["核心系统可用性", "≥99.9%"], ["P1响应", "15min"],
                                                                        ["P1恢复", "4h"], ["客户满意度", "≥90"]]), ["36/sla"]))
    if health:
        parts.append(("4 健康检查 Health checks", "每季度一次健康检查，现场检查为主、远程检查为辅，检查内容含可用性、持续运行、配置和容量，检查后提交报告。", ["15/agreement"]))
    parts.append(("5 期限与签署", ["有效期自%s起一年。" % iso(d), "甲方签章：%s　乙方签章：%s" % (co.customer, co.name)], []))
    return nar("sla", "服务级别协议 Service Level Agreement", d, False, parts)


def emergency_plan(co, d, strategy=True, recovery=False):
    parts = [("1 适用范围", "在管信息系统发生信息安全事件或重大故障时的应急响应。", ["36/emergency-plan", "53/emergency-plan"]),
             ("2 应急组织", "应急领导小组组长%s，下设技术处置组、沟通协调组。" % co.boss, []),
             ("3 分级与响应", "I级15分钟响应、30分钟到场；II级30分钟响应。", []),
             ("4 响应程序", "报告→研判→启动→处置→恢复→总结。", [])]
    if strategy:
        parts.append(("5 恢复策略", "核心系统RTO≤2h、RPO≤15min，采用同城灾备切换；其他系统从备份恢复。", ["55/plan"]))
    if recovery:
        parts.append(("6 系统恢复计划", "按网络→存储→数据库→应用顺序恢复，逐系统恢复步骤见附表。", ["36/recovery-plan"]))
    return nar("emergency_plan", "信息安全应急响应预案 Incident Response Plan", d, False, parts,
               pre=dc_table(co, d, "%s-PLN-003" % co.prefix, "v2.1"))


def drp(co, d):
    return nar("recovery_plan", "IT服务连续性与灾难恢复计划 DRP", d, False, [
        ("1 恢复目标", "%s RTO 2h / RPO 15min。" % co.sys(0), ["36/recovery-plan"]),
        ("2 恢复资源", "同城灾备机房、每日全备+实时日志。", []), ("3 恢复步骤", "宣告灾难→切换网络→恢复数据库→启动应用→业务验证→回切。", [])],
        pre=dc_table(co, d, "%s-PLN-006" % co.prefix, "v1.3"))


def bcp(co, d):
    return nar("bcp", "业务连续性计划 Business Continuity Plan", d, False, [
        ("1 业务影响分析 BIA", "关键业务%s、%s，最大可容忍中断4小时。" % (co.sys(0), co.sys(1)), ["42/bcp"]),
        ("2 连续性策略", "应急响应预案与灾难恢复计划支撑本计划。", []), ("3 测试与维护", "每年演练一次并评审。", [])],
        pre=dc_table(co, d, "%s-PLN-005" % co.prefix, "v2.0"))


def grading_criteria(co, d):
    return nar("grading_criteria", "信息系统安全保护等级确定准则", d, False, [
        (None, ["依据GB/T 22240，按受侵害客体及侵害程度确定等级：", ("table", [["受侵害客体", "一般", "严重", "特别严重"],
                                                                  ["公民、法人和其他组织的合法权益", "一级", "二级", "三级"],
                                                                  ["社会秩序和公共利益", "二级", "三级", "四级"]])], ["51/grading-criteria"])],
        pre=dc_table(co, d, "%s-STD-001" % co.prefix, "v1.0"))


# ------------------------------------------------------------------ ITSM exports and records

def cmdb_export(co, d, relations=True):
    head = ["CI编号", "CI名称", "CI类型", "版本", "所有者", "机密性等级", "访问控制", "完整性校验", "备份策略"]
    if relations:
        head += ["关系类型", "关联CI"]
    rows = []
    for i, (n, t) in enumerate([("FW-Policy-Set", "安全配置"), ("WAF-Ruleset", "安全配置"), ("%s-AppConfig" % co.sys(0), "应用配置"),
                                ("DB-Params", "数据库配置"), ("Bastion-AccountPolicy", "安全配置")], 1):
        r = ["CI%05d" % (1200 + i), n, t, "%d.%d" % (co.rng.randint(1, 5), co.rng.randint(0, 9)), co.p(i % 5),
             ["机密", "内部", "机密", "机密", "内部"][i - 1], "RBAC，仅配置经理可写", "SHA-256", "每日异地"]
        if relations:
            r += [["承载于", "依赖于", "运行于", "依赖于", "保护"][i - 1], "CI%05d" % (1200 + (i % 5) + 1)]
        rows.append(r)
    return export("cmdb", "CMDB导出 Configuration Items", d,
                [("CI", head, rows, ["27/cmdb"] + (["38/cmdb-relations"] if relations else []))])


def asset_export(co, d):
    rows = []
    for i, (t, n, m, f, port) in enumerate([("FW", "边界防火墙", "Fortinet FG-1800F", "边界访问控制", "port1↔核心SW Gi1/0/1"),
                                            ("WAF", "Web应用防火墙", "长亭雷池", "Web防护", "透明串接"),
                                            ("IPS", "入侵防御", "绿盟NIPS", "入侵防御", "port3↔出口"),
                                            ("SW", "核心交换机", "华为CE12804", "数据交换", "上联FW"),
                                            ("SRV", "应用服务器", "Dell R750", co.sys(0), "bond0↔SW")], 1):
        rows.append(["AST-%s-%03d" % (t, i), n, "服务器" if t == "SRV" else "网络安全设备", m, f, "%s IDC A区%02d机柜" % (co.city, i), port, "生产区",
                     ["高", "高", "中", "高", "高"][i - 1], "HA双机" if i < 3 else "冷备", "fw %d.%d" % (co.rng.randint(6, 9), co.rng.randint(0, 9))])
    return export("asset_list", "IT资产清单（CMDB资产视图导出）", d, [
        ("Assets", ["资产标识", "名称", "资产类别", "型号", "功能", "物理位置", "端口对应", "部署区域", "资产分级", "保护措施", "软件配置"], rows,
         ["13/asset-list", "43/asset-list"])])


def ci_history(co, d):
    rows = [[iso(d - timedelta(days=19 * i)), "CI%05d" % (1201 + i), ["属性更新：策略数", "版本升级", "参数调整", "关系变更"][i],
             "CHG-%d-%04d" % (d.year, 120 + i), co.p(3)] for i in range(4)]
    return export("ci_updates", "CI变更历史 CI Audit History", d,
                [("History", ["时间", "CI", "变更内容", "关联变更单", "操作人"], rows, ["43/ci-updates"])])


def ticket_export(co, d, response=True):
    en = co.en
    head = (["Ticket ID", "Summary", "Type", "Priority", "Created"] + (["First Response", "Response SLA Met"] if response else []) +
            ["Status", "Resolution", "Closed"]) if en else \
        (["工单编号", "摘要", "类型", "优先级", "创建时间"] + (["首次响应时间", "响应是否达标"] if response else []) + ["状态", "解决方案", "关闭时间"])
    rows = []
    for i in range(9):
        x = d - timedelta(days=9 * i)
        what, fix = co.rng.choice([("VPN无法连接", "重新下发证书后恢复"), ("WAF误拦截业务请求", "调整WAF规则后恢复"),
                                   ("防火墙策略开通", "按审批开通策略"), ("病毒告警", "隔离终端并查杀"), ("账号锁定", "解锁账号并重置口令")])
        r = ["INC%07d" % (40000 + 97 * i), what,
             co.rng.choice(["事件", "服务请求"] if not en else ["Incident", "Request"]), "P%d" % co.rng.randint(1, 4), "%s 09:%02d" % (iso(x), 10 + i)]
        if response:
            r += ["%s 09:%02d" % (iso(x), 18 + i), "Yes" if en else "是"]
        r += ["Closed" if en else "已关闭", fix, "%s 11:30" % iso(x)]
        rows.append(r)
    return export("tickets", "%s 工单导出" % co.itsm, d,
                [("export", head, rows, ["43/process-records"] + (["55/response-times"] if response else []))])


def change_export(co, d):
    en = co.en
    head = ["Change ID", "Short description", "Type", "Risk", "CAB decision", "Implemented", "Result", "Backout"] if en else \
        ["变更编号", "摘要", "变更类型", "风险", "CAB结论", "实施时间", "结果", "是否回退"]
    rows = [["CHG%07d" % (8800 + 13 * i), co.rng.choice(["防火墙策略调整", "WAF规则更新", "数据库参数调整", "操作系统补丁"]),
             co.rng.choice(["标准", "一般", "重大"]), co.rng.choice(["低", "中", "高"]), "批准", iso(d - timedelta(days=12 * i)),
             "成功", "否"] for i in range(7)]
    return export("change_records", "%s 变更记录导出" % co.itsm, d, [("changes", head, rows, ["54/records", "43/process-records"])])


def problem_export(co, d):
    head = ["问题编号", "标题", "关联事件数", "根本原因", "已知错误", "状态"]
    rows = [["PRB%06d" % (300 + i), t, co.rng.randint(2, 9), c, "KE-%03d" % (40 + i), s] for i, (t, c, s) in enumerate(
        [("VPN间歇断连", "证书链不完整", "已解决"), ("WAF误拦截", "规则过宽", "已解决"), ("备份作业超时", "存储I/O瓶颈", "RCA中")])]
    return export("problem_records", "%s 问题记录导出" % co.itsm, d, [("problems", head, rows, ["43/process-records"])])


def avail_events(co, d):
    rows = [[iso(d - timedelta(days=27 * i)), co.sys(i % 3), "服务中断", co.rng.randint(3, 45), co.rng.choice(["链路切换", "主机宕机", "证书过期"]),
             "INC%07d" % (41000 + i), "已恢复"] for i in range(5)]
    return export("avail_events", "可用性事件记录 Availability Events", d,
                [("events", ["日期", "服务", "事件", "中断(分钟)", "原因", "关联工单", "状态"], rows,
                  ["18/availability-events", "22/events", "43/process-records"])])


def routine_tasks(co, d, types, hw_pivot=False):
    """The ITSM's routine-task export for the security devices: one row per task; a record
    kind is proven by the rows of its task type."""
    spec = {"日常维护": ("清理日志、检查策略命中、风扇除尘保养", ["14/maintenance", "44/maintenance"]),
            "状态检查": ("CPU/内存/会话数/HA状态检查", ["14/maintenance", "44/inspection"]),
            "病毒库更新与查杀": ("更新病毒库，全网终端与服务器查杀", ["14/maintenance", "44/virus-scan", "45/antivirus"]),
            "故障处理": ("电源模块告警，检测后更换模块", ["14/maintenance", "44/faults"]),
            "固件升级": ("升级固件/特征库并验证", ["14/maintenance", "44/upgrades"])}
    rows, items = [], []
    for i in range(10):
        t = types[i % len(types)]
        x = d - timedelta(days=6 * i)
        rows.append(["TASK%06d" % (9000 + i), t, co.rng.choice(["FW-01", "WAF-01", "IPS-01"]), spec[t][0], co.p(2), "已完成", "%s 17:00" % iso(x)])
        items += spec[t][1]
    sheets = [("tasks", ["任务编号", "任务类型", "设备", "内容", "执行人", "状态", "完成时间"], rows, sorted(set(items)))]
    hw = [["%d-%02d" % (d.year, m), co.rng.randint(0, 1), co.rng.randint(0, 1), co.rng.randint(0, 2)] for m in range(1, d.month + 1, 2)]
    sheets.append(("硬件故障透视", ["月份", "电源", "风扇", "光模块"], hw if hw_pivot else [], ["14/hardware-faults", "44/faults"]))
    return export("maint_tasks", "%s 安全设备例行任务导出" % co.itsm, d, sheets)


def daily_checks(co, d, antivirus):
    """巡检记录 of a month, exported from the ITSM checklist module."""
    head = ["日期", "设备", "监控状态", "告警", "CPU", "内存"] + (["病毒库版本", "防病毒网关", "终端查杀"] if antivirus else []) + ["巡检人"]
    rows = []
    for i in range(8):
        x = date(d.year, d.month, 1) + timedelta(days=3 * i)
        if x > d:
            break
        r = [iso(x), co.rng.choice(["FW-01", "WAF-01", "IPS-01"]), "正常", co.rng.choice(["无", "1条低危"]),
             "%d%%" % co.rng.randint(10, 50), "%d%%" % co.rng.randint(30, 65)]
        if antivirus:
            r += ["%d%02d%02d.01" % (x.year, x.month, x.day), "正常", co.rng.choice(["未发现病毒", "清除木马1个"])]
        rows.append(r + [co.p(2)])
    its = ["44/inspection", "45/monitoring", "14/maintenance"] + (["45/antivirus", "44/virus-scan"] if antivirus else [])
    return export("inspection", "安全设备日常巡检 %d-%02d" % (d.year, d.month), d, [("checklist", head, rows, its)])


def health_report(co, d, collection=False):
    parts = [(None, "检查方式：%s　日期：%s　工程师：%s" % (co.rng.choice(["现场检查", "远程检查"]), iso(d), co.p(1)), []),
             ("1 范围", "防火墙、WAF、IPS、堡垒机及%s、%s。" % (co.sys(0), co.sys(1)), []),
             ("2 可用性与持续运行", ("table", [["对象", "可用性", "连续运行", "冗余", "结论"], ["防火墙", "100%", "211天", "HA正常", "健康"],
                                              [co.sys(0), "99.97%", "76天", "集群", "健康"], [co.sys(1), "99.90%", "33天", "单点", "关注"]]),
              ["15/records", "46/records", "14/maintenance", "44/inspection"])]
    if collection:
        parts.append(("3 采集的安全信息", ["配置：导出防火墙与核心交换机配置，与基线比对差异1项；", "流量：出口峰值680Mbps、均值240Mbps；",
                                         "状态：CPU、内存、磁盘、会话数在阈值内。"], ["16/config", "16/traffic", "16/status"]))
    parts.append(("4 建议", "%s建议消除单点。" % co.sys(1), []))
    return nar("health_report", "健康检查报告 Health Check Report %dQ%d" % (d.year, quarter(d)), d, True, parts)


def collection(co, d):
    rows = [[iso(d - timedelta(days=28 * i)), co.rng.choice(["FW-01", "CoreSW", "WAF-01"]), "running-config已导出比对",
             "%dMbps" % co.rng.randint(300, 900), "CPU %d%% / MEM %d%%" % (co.rng.randint(10, 50), co.rng.randint(30, 70)), co.p(2)]
            for i in range(5)]
    return book("collection", "安全信息采集记录", d, True,
                [("collect", ["日期", "对象", "系统配置", "流量信息", "系统状态", "采集人"], rows, ["16/config", "16/traffic", "16/status"])])


def log_review(co, d):
    return nar("log_analysis", "%dQ%d 日志审计分析报告 Log Review" % (d.year, quarter(d)), d, True, [
        (None, "分析人：%s　日期：%s　数据源：SIEM" % (co.p(5), iso(d)), []),
        ("1 网络与安全设备日志", "防火墙/IPS/WAF日志1.1亿条，识别扫描源IP 34个并封禁。", []),
        ("2 服务器与操作系统日志", "Linux/Windows登录审计：异常登录失败集中3次，经核实为口令过期。", []),
        ("3 网络应用日志", "%s访问日志中SQL注入尝试212次，全部被拦截。" % co.sys(0), []),
        ("4 结论", "本季度无成功入侵；建议缩短口令有效期提醒周期。", ["17/log-analysis", "45/audit-report", "47/audit"])],
        pre=wiki_head(co, d, ["安全运营 SecOps", "日志审计 Log Review"]))


def secinc_review(co, d, analysis=True):
    rows = [["类别", "本月", "年累计"], ["有害程序事件", co.rng.randint(0, 6), co.rng.randint(10, 40)],
            ["网络攻击事件", co.rng.randint(2, 12), co.rng.randint(30, 90)], ["信息破坏事件", 0, co.rng.randint(0, 2)],
            ["设备设施故障", co.rng.randint(0, 2), co.rng.randint(3, 10)]]
    parts = [("1 信息安全事件统计", ("table", rows), ["18/incident-stats"])]
    if analysis:
        parts.append(("2 分析", "网络攻击事件以暴力破解和Web扫描为主，较上月上升；有害程序集中于办公终端U盘传播，建议启用USB管控。",
                      ["18/incident-analysis"]))
    return nar("incident_stats", "信息安全事件月度统计与分析 %d-%02d" % (d.year, d.month), d, True, parts,
               pre=wiki_head(co, d, ["安全运营 SecOps", "安全事件 Security Incidents", "%d" % d.year]))


def service_report(co, d, kpi=False, avail=False, measure=False):
    """月度服务报告: always the monitored metrics' trends (50); by chance the KPI data (56),
    the availability report (18, 22) and the SLA/satisfaction monitoring (57)."""
    m = d.month - 1 or 12
    parts = [(None, "报告期：%d年%d月　客户：%s　服务经理：%s" % (d.year if d.month > 1 else d.year - 1, m, co.customer, co.p(0)), []),
             ("1 事件与请求概况", ("table", [["", "P1", "P2", "P3", "P4", "服务请求"], ["数量", co.rng.randint(0, 2), co.rng.randint(1, 6),
                                                                                   co.rng.randint(10, 40), co.rng.randint(20, 60), co.rng.randint(80, 200)]]), []),
             ("2 监控指标趋势", [("table", [["指标", "%d月" % max(1, m - 2), "%d月" % max(1, m - 1), "%d月" % m, "趋势"],
                                          ["峰值CPU", "57%", "61%", "66%", "↑"], ["告警量", 512, 470, 433, "↓"], ["出口峰值带宽(Mbps)", 690, 720, 760, "↑"]]),
                                "带宽与CPU三个月持续上升，按当前斜率约10周后触及容量阈值，已提交容量评估。"], ["50/monitoring-report"])]
    if kpi:
        parts.append(("3 运维KPI", ("table", [["KPI", "本月"], ["异常报告及时率", "99%"], ["异常漏报率", "0.3%"], ["维护作业计划的及时完成率", "98%"],
                                             ["故障隐患发现率", "90%"], ["异常主动发现率", "86%"], ["问题解决率", "94%"], ["漏洞扫描覆盖率", "100%"],
                                             ["加固设备覆盖率", "97%"], ["安全补丁安装及时率", "91%"], ["安全事件次数", co.rng.randint(2, 9)]]), ["56/data"]))
    if avail:
        parts.append(("4 可用性", "%s可用性99.98%%（目标99.95%%），%s 99.87%%（目标99.9%%，未达标，原因为单点故障，已登记CSI）。" % (co.sys(0), co.sys(1)),
                      ["18/availability-report", "22/report"]))
    if measure:
        parts.append(("5 服务级别与客户反馈监视", ("table", [["监视项", "目标", "实际", "达成"], ["SLA达成率", "≥98%", "97.2%", "否（已开CAPA）"],
                                                    ["客户满意度", "≥90", "93", "是"], ["投诉", "≤1", "0", "是"]]), ["57/measurement"]))
    return nar("service_report", "月度服务报告 Monthly Service Report %d-%02d" % (d.year if d.month > 1 else d.year - 1, m), d, True, parts)


def avail_report(co, d):
    return nar("avail_report", "可用性报告 Availability Report %d-%02d" % (d.year, d.month), d, True, [
        (None, [("table", [["服务", "目标", "实际", "中断次数", "达标"], [co.sys(0), "99.95%", "99.99%", 1, "是"], [co.sys(1), "99.9%", "99.82%", 2, "否"]]),
                "改进：%s未达标，消除单点列入CSI登记册。" % co.sys(1)], ["18/availability-report", "22/report"])])


def kb_export(co, d):
    rows = [["KB%05d" % (100 + i), t, "已发布", co.p(i % 5), iso(d - timedelta(days=20 * i))] for i, t in enumerate(
        ["FortiGate HA切换失败处理", "WAF误拦截排查步骤", "堡垒机会话录像回放", "Linux口令过期批量处理"])]
    return export("knowledge_base", "知识库文章导出 Knowledge Articles", d,
                [("articles", ["文章编号", "标题", "状态", "作者", "发布日期"], rows, ["21/knowledge-base"])])


def pentest_report(co, d):
    return nar("pentest_report", "%s渗透测试报告" % co.sys(0), d, True, [
        (None, "测试时间：%s　测试人员：%s　授权书编号：AUTH-%d-%02d" % (iso(d), co.p(1), d.year, d.month), []),
        ("1 范围", "%s互联网入口与管理后台。" % co.sys(0), []),
        ("2 发现", ("table", [["编号", "漏洞", "风险", "状态"], ["V-01", "水平越权", "高", "已修复"], ["V-02", "目录遍历", "中", "已修复"]]),
         ["31/pentest-records", "32/pentest-records"]),
        ("3 复测", "高中危漏洞复测通过。", [])])


def drill_record(co, d, emergency=True, recovery=False):
    items = (["40/emergency-drill", "53/drill"] if emergency else []) + (["40/recovery-drill", "53/drill"] if recovery else [])
    what = {(True, False): "勒索软件应急响应演练", (False, True): "灾备切换恢复演练", (True, True): "勒索软件应急响应及系统恢复演练"}[(emergency, recovery)]
    return nar("drill_record", "%s记录 Drill Record" % what, d, True, [
        (None, [("table", [["日期", iso(d)], ["形式", "实战演练"], ["参与", "、".join(co.p(i) for i in range(4))],
                           ["过程", "09:00 SIEM告警→09:10 启动预案→09:40 隔离→10:35 恢复→11:00 业务验证"],
                           ["结果", "达到预期，RTO 2小时内"], ["改进", "更新恢复脚本"]])], items)])


def sat_survey(co, d, year, half):
    return nar("sat_survey", "客户满意度调查报告 %d%s" % (year, half), d, True, [
        (None, "调查期：%s　方式：在线问卷＋电话" % iso(d), []),
        ("1 结果", ("table", [["维度", "得分"], ["响应速度", co.rng.randint(86, 97)], ["专业能力", co.rng.randint(85, 96)],
                             ["沟通", co.rng.randint(88, 98)], ["总体", co.rng.randint(87, 95)]]), []),
        ("2 分析", "沟通得分最高；响应速度较上期下降，主要是夜间P3排队时间较长。", ["41/surveys", "58/survey", "63/survey"]),
        ("3 措施", "夜间增加一名值班工程师。", [])])


def sat_trend(co, d):
    return nar("sat_trend", "客户满意度趋势分析 CSAT Trend", d, True, [
        (None, [("table", [["期次", "总体"], ["%dH1" % (d.year - 1), 87], ["%dH2" % (d.year - 1), 90], ["%dH1" % d.year, 92], ["%dH2" % d.year, 93]]),
                "连续四期上升，专业能力维度提升最明显。"], ["41/trend"])], pre=wiki_head(co, d, ["服务级别管理 SLM", "客户满意度 CSAT"]))


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=35 * i)), co.customer, co.cp(i), co.rng.choice(["电话", "上门"]),
             co.rng.choice(["满意", "希望报告提前", "满意，无"]), "已处理"] for i in range(4)]
    return export("followup", "%s 满意度回访记录" % co.itsm, d,
                [("callbacks", ["回访日期", "客户", "联系人", "方式", "反馈", "处理"], rows, ["63/follow-up-visits"])])


def kpi_data(co, d):
    rows = [[n, "%d%%" % co.rng.randint(85, 99), "%d%%" % co.rng.randint(85, 99), "%d%%" % co.rng.randint(85, 99)]
            for n in ["异常报告及时率", "异常漏报率", "维护作业计划的及时完成率", "故障隐患发现率", "异常主动发现率", "问题解决率",
                      "漏洞扫描覆盖率", "加固设备覆盖率", "安全补丁安装及时率", "安全事件次数"]]
    return book("ops_data", "运维KPI数据采集 %d" % d.year, d, True, [("kpi", ["KPI", "Q1", "Q2", "Q3"], rows, ["56/data"])])


def grading(co, d):
    return nar("grading", "%s等级保护定级报告" % co.sys(0), d, False, [
        (None, ["定级日期：%s" % iso(d), "业务信息安全保护等级三级，系统服务安全保护等级三级，最终定为第三级。",
                "备案证明编号：%d-%05d（%s公安机关）" % (d.year, co.rng.randint(0, 99999), co.city)], ["51/grading"])])


def bulletin(co, d, full=True):
    parts = [(None, "【安全通告】%d年第%d期　发布：安全运营组　%s" % (d.year, d.month, iso(d)), []),
             ("一、漏洞通告", "CVE-%d-%04d OpenSSH远程代码执行漏洞，影响在管Linux主机，建议升级。" % (d.year, co.rng.randint(1000, 9999)),
              ["52/vulnerability", "53/bulletin"]),
             ("二、厂商安全通告", "Fortinet、长亭发布本月安全更新。", [])]
    if full:
        parts += [("三、病毒通告", "新型勒索软件通过RDP弱口令传播。", ["52/virus"]),
                  ("四、政策法规与业界动态", "《网络数据安全管理条例》配套要求；行业监管通报。", ["52/policy"]),
                  ("五、影响分析", "经核查，在管资产受影响主机11台，已排期修复。", ["52/analysis"])]
    return nar("bulletin", "安全通告 Security Advisory", d, True, parts)


def measurement(co, d):
    rows = [["客户满意度", "≥90", "93", "达成", "—"], ["投诉与建议", "≤2", "1", "达成", "—"],
            ["SLA达成率（KPI）", "≥98%", "96.9%", "未达成", "CAPA-%d-007" % d.year], ["变更成功率（KPI）", "≥97%", "98.6%", "达成", "—"]]
    return book("kpi_list", "服务绩效监视表 Service Performance Monitoring %d" % d.year, d, True,
                [("monitoring", ["监视项", "目标", "实际", "达成", "措施"], rows, ["57/measurement"])])


def capa(co, d, verify=True):
    rows = [["CAPA编号", "CAPA-%d-007" % d.year], ["来源", "SLA达成率96.9%未达目标"], ["原因", "夜间二线响应慢"],
            ["纠正措施", "设夜间二线On-call"], ["预防措施", "排班容量预警"], ["负责人", co.p(0)], ["完成", iso(d)],
            ["有效性验证", "实施后两个月SLA达成率98.4%，有效" if verify else "待验证"], ["验证人", co.p(3) if verify else ""]]
    return nar("capa", "纠正与预防措施单 CAPA", d, True, [(None, ("table", rows), ["57/capa"] + (["66/effectiveness"] if verify else []))])


def audit_report(co, d):
    return nar("internal_audit", "%d年SMS内部审核报告 Internal Audit Report" % d.year, d, True, [
        (None, "审核日期：%s　审核组长：%s" % (iso(d), co.p(3)), []),
        ("1 目的与准则", "验证SMS符合ISO/IEC 20000-1、满足服务需求和客户提出的SMS要求，并被有效实施和保持。", []),
        ("2 范围", "全部流程与部门，依据审核检查表。", []),
        ("3 发现", "不符合项2项：CAB纪要缺少风险评估；两张事件单未记录解决方案。", []),
        ("4 结论", "SMS总体有效实施；不符合项已制定纠正措施。", ["59/internal-audit"])])


def mr_minutes(co, d, inputs):
    text = {"perf": ("60/performance", "服务和流程绩效及符合性：SLA达成率97.8%，内审不符合项2项已关闭。"),
            "feedback": ("60/customer-feedback", "客户反馈：满意度93分，投诉1起。"),
            "resources": ("60/resources", "当前与预测的资源：现有18人，明年新增两客户，需增3人。"),
            "ca": ("60/corrective-actions", "纠正措施进展：上次评审的6项措施完成5项。"),
            "changes": ("60/changes", "可能影响SMS的变化：客户数据中心搬迁、新等保要求。"),
            "improve": ("60/improvements", "改进机会：SLA未达标、巡检自动化、服务门户自助。")}
    items = ["59/management-review"] if "perf" in inputs else []
    body = ["管理评审输入："]
    for k in inputs:
        body.append(text[k][1])
        items.append(text[k][0])
    body.append("评审结论：SMS持续适宜、充分、有效；批准增员与巡检自动化项目。")
    return nar("mgmt_review", "%d年管理评审会议纪要 Management Review Minutes" % d.year, d, True, [
        (None, "日期：%s　主持：%s　参加：管理层、各流程经理" % (iso(d), co.boss), []), ("评审内容", body, items)])


def iso_cert(co, d):
    return nar("iso_cert", "ISO/IEC 20000-1 认证证书", d, False, [
        (None, ["兹证明 %s 的服务管理体系符合 ISO/IEC 20000-1:2018" % co.name, "认证范围：托管运维与信息安全运维服务",
                "发证：%s　有效期至：%d-%02d-%02d" % (iso(d), d.year + 3, d.month, min(d.day, 28))], ["61/audit-system"])])


def csi_plan(co, d, criteria=True):
    parts = [("1 改进项目与目标", ("table", [["项目", "来源", "目标", "负责人", "完成"], ["巡检报告自动化", "运维过程", "出报告≤2小时", co.p(2), "%d-06" % d.year],
                                          ["夜间二线On-call", "监视过程", "SLA达成率≥98%", co.p(0), "%d-09" % d.year]]), ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("2 改进机会评估标准", "按客户影响40%、成本30%、风险30%打分，≥70分进入计划；经识别、记录、批准、评估、测量、报告。", ["64/criteria"]))
    return nar("improve_plan", "%d年持续服务改进计划 CSI Plan" % d.year, d, True, parts,
               pre=wiki_head(co, d, ["持续改进 CSI"]))


def csi_register(co, d, scored=True, tracked=True):
    """CSI登记册: the register sheet (opportunities with score, priority and approval: 67)
    and the tracking sheet (targets, implementation, measured effect, reported: 68)."""
    reg = [["CSI-%d-%03d" % (d.year, i), t, s, sc, p, co.boss if sc >= 70 else "—"] for i, (t, s, sc, p) in enumerate(
        [("巡检报告自动化", "内审", 84, 1), ("夜间二线On-call", "SLA未达标", 79, 2), ("服务门户自助", "客户反馈", 66, 3)], 1)]
    trk = [["CSI-%d-001" % d.year, "出报告≤2小时", "已上线", iso(d - timedelta(days=50)), "实测1.4小时，有效", "已在管理评审中报告"],
           ["CSI-%d-002" % d.year, "SLA达成率≥98%", "已实施", iso(d - timedelta(days=18)), "实测98.4%，有效", "已向客户报告"]]
    return book("csi_register", "CSI登记册 Continual Improvement Register", d, True, [
        ("登记册", ["编号", "改进机会", "来源", "评分", "优先级", "批准人"], reg if scored else [], ["67/analysis", "67/prioritisation"]),
        ("实施跟踪", ["编号", "改进目标", "实施状态", "完成日期", "有效性测量", "报告"], trk if tracked else [], ["68/implementation", "68/effectiveness"])])


def csi_training(co, d):
    rows = [["课程", "CSI持续服务改进意识"], ["日期", iso(d)], ["讲师", co.p(3)], ["对象", "全体交付人员（%d人）" % co.rng.randint(12, 30)],
            ["内容", "为何改进、如何在CSI登记册提交改进、优秀案例"], ["考核", "在线测验平均90分"]]
    return nar("improve_training", "CSI持续改进意识宣贯记录", d, True, [(None, ("table", rows), ["69/awareness-training"])])


def annual_review(co, d, defects=False):
    """年度服务评审报告: the data summarised and the service forecast (71), and by chance the
    service's defects with an improvement plan (70)."""
    parts = [("1 数据汇总", "汇总日志、变更、事件、请求、问题：事件同比下降14%，服务请求上升27%，变更集中在月末周五。", []),
             ("2 趋势与预测", "预测明年服务请求继续增长约20%，需扩充服务台并上线自助门户；P1事件预计下降。", ["71/forecast"])]
    if defects:
        parts.append(("3 服务缺陷与改进", ["重大事件：%s主库宕机51分钟；失败变更：4次；SLA未达标：Q3达成率96.9%%。" % co.sys(0),
                                        "改进计划：数据库高可用改造、变更预生产验证、夜间二线On-call。"], ["70/defect-analysis"]))
    return nar("annual_review", "%d年度服务评审报告 Annual Service Review" % d.year, d, True, parts)


def defect_review(co, d):
    return nar("defect_analysis", "服务缺陷分析与改进方案", d, True, [
        ("1 重大事件", "%s主库宕机51分钟，原因为存储控制器故障。" % co.sys(0), []), ("2 失败变更", "4次，原因为未在预生产验证。", []),
        ("3 服务不达标", "Q3 SLA达成率96.9%。", []), ("4 改进计划", "数据库高可用改造；变更预生产验证；夜间二线On-call。", ["70/defect-analysis"])],
        pre=wiki_head(co, d, ["持续改进 CSI", "缺陷分析"]))


# ------------------------------------------------------------------ decoys

def form_template(title, d, head):
    return Doc("decoy_template", title, d, [], True, sheets=[("Sheet1", [[title], head] + [["" for _ in head] for _ in range(5)])], decoy="template")


def page_template(co, d, title, heads):
    b = wiki_head(co, d, ["模板 Templates"], status="模板") + [("title", title)]
    for h in heads:
        b += [("h1", h), ("p", "<在此填写>")]
    return Doc("decoy_template", title, d, [], True, b, decoy="template")


def blank_doc(co, d, code, title, heads):
    """A blank form of the document-control system: headings and placeholders only."""
    b = [("title", title)] + dc_table(co, d, code, "v1.0")
    for h in heads:
        b += [("h1", h), ("p", "【填写说明】________")]
    return Doc("decoy_template", title, d, [], False, b, decoy="template")


def course_on_plan(co, d, plan):
    rows = [[co.p(i), "课程：《%s》宣贯" % plan, iso(d), "已完成"] for i in range(6)]
    return decoy(export("decoy_training", "学习平台导出：《%s》宣贯培训" % plan, d,
                      [("Completions", ["学员", "课程", "完成日期", "状态"], rows, [])]), "training record about a plan", "decoy_training")


def doc_control(co, d, cites):
    b = [("title", "文件控制程序 Document Control")] + dc_table(co, d, "%s-PRC-001" % co.prefix, "v3.0") + bilingual([
        ("目的", "Purpose", ["规范SMS文件的编号、审批、发布、变更和作废。"]),
        ("编号规则", "Numbering", ["PRC流程、PLN计划、WI作业指导书、FRM表单、REC记录。"]),
        ("受控文件", "Controlled documents", ["《%s》" % c for c in cites])])
    return Doc("decoy_citing", "文件控制程序", d, [], False, b, decoy="procedure citing procedures by 《》")


def process_map(co, d, cites):
    b = wiki_head(co, d, ["流程库 Processes"]) + [("title", "流程总览 Process Landscape"),
                                                  ("p", "下表列出SMS的全部流程及其负责人，点击名称进入流程页面。"),
                                                  ("table", [["流程", "负责人"]] + [["《%s》" % c, co.p(i % 6)] for i, c in enumerate(cites)])]
    return Doc("decoy_citing", "流程总览", d, [], False, b, decoy="page citing procedures by 《》")


def register(co, d, cites):
    rows = [[proc_code_any(co, i), c, "v%d.%d" % (1 + i % 3, i % 7), iso(d - timedelta(days=29 * i)), "已批准"] for i, c in enumerate(cites, 1)]
    return decoy(export("decoy_register", "受控文件清单（文控系统导出）", d,
                      [("docs", ["文档编号", "名称", "版本", "发布日期", "状态"], rows, [])]), "list of document names", "decoy_register")


def proc_code_any(co, i):
    return "%s-PRC-%03d" % (co.prefix, 9 + i)


def mr_procedure(co, d):
    b = [("title", "管理评审程序 Management Review")] + dc_table(co, d, "%s-PRC-033" % co.prefix, "v1.4") + bilingual([
        ("目的", "Purpose", ["规定最高管理层按计划的时间间隔评审SMS。"]),
        ("输入", "Inputs", ["客户反馈；服务和流程的绩效与符合性；当前和预测的资源水平；纠正措施进展；可能影响SMS的变化；改进机会。"]),
        ("输出", "Outputs", ["管理评审纪要，由总经理批准。"])])
    return Doc("decoy_mrproc", "管理评审程序", d, [], False, b, decoy="procedure, not the review record")


def mr_agenda(co, d):
    t = "%d年管理评审会议议程 Agenda" % d.year
    return Doc("decoy_mrnotice", t, d, [], True, [("title", t), ("p", "时间：%s 14:00　地点：大会议室" % iso(d + timedelta(days=6))),
                                                 ("p", "议程：1 客户反馈；2 流程绩效；3 资源；4 纠正措施；5 变化；6 改进机会。请各流程经理会前提交材料。")],
               decoy="agenda, not the review record")


def drill_plan(co, d):
    t = "%d年度应急演练计划 Exercise Plan" % d.year
    return Doc("decoy_drillplan", t, d, [], False, [("title", t), ("h1", "1 目的"), ("p", "检验《信息安全应急响应预案》的可操作性。"),
                                                    ("h1", "2 场景"), ("p", "模拟%s遭勒索软件攻击。" % co.sys(0)),
                                                    ("h1", "3 安排"), ("p", "计划于%d年%d月实施。" % (d.year, min(12, d.month + 1)))],
               decoy="drill plan, neither the plan nor the record")


def acceptance(co, d):
    return Doc("decoy_confirm", "月度服务验收单", d, [], True, [
        ("title", "月度服务验收单 Monthly Service Acceptance"),
        ("p", "%d年%d月，%s按合同派驻工程师1名，完成月度巡检与服务报告，经验收合格，同意结算。" % (d.year, d.month, co.name)),
        ("p", "客户代表：%s　%s" % (co.cp(0), iso(d)))], decoy="mentions on-site staff, is no staff list or SLA")


def okr(co, d):
    rows = [["O1 交付质量", "KR1 巡检记录按期归档率100%", co.p(2)], ["O1 交付质量", "KR2 满意度调查回收率≥90%", co.p(0)],
            ["O2 风险控制", "KR3 应急演练按计划完成", co.p(1)], ["O2 风险控制", "KR4 变更单填写合规率≥98%", co.p(3)]]
    return decoy(book("decoy_appraisal", "交付团队%dQ%d OKR" % (d.year, quarter(d)), d, True, [("OKR", ["目标", "关键结果", "负责人"], rows, [])]),
                 "OKR naming record kinds as key results", "decoy_appraisal")


UNRELATED_E = [
    ("%d年年会活动方案", "docx", ["时间：1月18日晚；地点：酒店宴会厅；节目报名截止1月10日。"]),
    ("办公区Wi-Fi使用说明", "pdf", ["员工网络SSID：Staff，访客网络：Guest，口令每季度更换。"]),
    ("差旅报销管理规定（%d修订）", "pdf", ["第一条 为规范差旅费用报销，制定本规定。", "第二条 住宿标准按城市分级执行。"]),
    ("团队建设活动照片说明%d", "docx", ["秋季团建：徒步与烧烤，共42人参加。"]),
    ("办公室搬迁通知", "docx", ["公司将于下月整体搬迁至新址，请各部门做好物品打包。"]),
    ("%d年度体检安排", "pdf", ["体检时间为9月，请于体检前一天晚上8点后禁食。"]),
]


def unrelated(co, d, i):
    name, ext, paras = UNRELATED_E[i]
    t = name % d.year if "%d" in name else name
    return t, ext, Doc("decoy_unrelated", t, d, [], False, [("title", t)] + [("p", p) for p in paras], decoy="unrelated")


# ------------------------------------------------------------------ the share

def build(co, lock_bytes):
    """Lay out an E company's share: controlled documents in DocCtrl/, records and tool
    exports by process under ITSM/, wiki exports, earlier years, decoys."""
    co.itsm, co.wiki, co.wiki_space, co.en, co.prefix = E_INFO[co.info_id]
    r = co.rng
    rec = [r.randint(100, 400)]
    optional = ["budget", "history_list", "history_analysis", "ops_strategy", "avail_kpis", "service_analysis", "sld_ola",
                "staff_list", "raci", "impl_manual", "req_record", "test_plan", "baseline", "compat_report", "collection",
                "avail_plan", "avail_events", "avail_report", "kb", "pentest_plan", "pentest_report", "dev_plan", "drp", "bcp",
                "recovery_drill", "sat_trend", "callbacks", "desk_training", "kpi_data", "grading", "grading_criteria",
                "measurement", "capa", "audit", "iso_cert", "csi_register", "csi_training", "defects", "log_review", "cmdb", "interface", "secinc_review", "problems", "health", "drill", "catalog", "org", "desk"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"service_analysis", "req_record", "pentest_report", "sat_trend", "callbacks", "kb",
                                "audit", "log_review", "drill", "csi_training", "measurement", "secinc_review", "capa",
                                "collection", "desk_training"} - gaps), 3))
    co.gaps, co.oldonly = gaps, olds
    made = []

    def recno(d):
        rec[0] += r.randint(3, 40)
        return "REC-%d-%04d" % (d.year, rec[0])

    def add(rel, doc, **opt):
        opt.setdefault("styled", r.random() < 0.6)
        co.add(rel, doc, **opt)

    def put(k, name, factory, age="record", **opt):
        if k in gaps:
            return None
        d = co.old() if k in olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(d)
        add(name(d), doc, **opt)
        if doc.record and doc.items and k not in olds:
            made.append((name, factory, d))
        return doc

    def q(d):
        return "%d-Q%d" % (d.year, quarter(d))

    def ver():
        return "v%d.%d" % (r.randint(1, 3), r.randint(0, 9))

    DC, IT, WX, CU = "DocCtrl/Approved/", "ITSM/", "Wiki-Export/", "Customer/%s/" % co.customer

    # --- procedures: the manual holds some as chapters; the rest are controlled PDFs/DOCX, a
    # few only as wiki page exports
    keys = [k for k in E_PROC if r.random() >= 0.06]
    in_manual = [k for k in keys if k in ("incident", "request", "problem", "change", "knowledge", "slm") and r.random() < 0.45]
    d = co.issued()
    add(DC + "%s-MAN-001_服务管理手册_%s_已批准.pdf" % (co.prefix, ver()), manual(co, d, in_manual, ver()), meta_title=r.random() < 0.5)
    cites_pool = [E_PROC[k][1] for k in ("incident", "problem", "change", "knowledge", "slm")]
    for k in keys:
        if k in in_manual:
            continue
        d, v = co.issued(), ver()
        cites = r.sample([c for c in cites_pool if c != E_PROC[k][1]], 2) if r.random() < 0.4 else ()
        if r.random() < 0.2:
            add(WX + "流程库/%s.pdf" % E_PROC[k][1], procedure(co, d, k, v, cites, wiki=True))
        else:
            ext = r.choice(["pdf", "pdf", "docx"])
            add(DC + "%s_%s_%s_已批准.%s" % (proc_code(co, k), E_PROC[k][1], v, ext), procedure(co, d, k, v, cites),
                meta_title=r.random() < 0.4)

    # --- onboarding (客户导入): these do not age
    put("survey", lambda d: CU + "Onboarding/%s服务需求调研报告.pdf" % co.customer,
        lambda d: survey(co, d, hours=r.random() < 0.9, types=r.random() < 0.85))
    put("kickoff", lambda d: CU + "Onboarding/%s_项目启动会会议纪要.docx" % recno(d), lambda d: kickoff(co, d, health=r.random() < 0.6))
    put("budget", lambda d: CU + "Onboarding/Delivery_Budget_%d.xlsx" % d.year, lambda d: budget(co, d))
    put("sla", lambda d: CU + "Contract/SLA_%s_%d_signed.pdf" % (co.short, d.year),
        lambda d: sla(co, d, modes=r.random() < 0.85, kpis=r.random() < 0.85, health=r.random() < 0.4), "current")
    put("history_list", lambda d: CU + "Onboarding/历史运维数据清单.xlsx", lambda d: history_list(co, d))
    put("history_analysis", lambda d: WX + "客户/%d年运维历史数据分析.pdf" % (d.year - 1), lambda d: history_analysis(co, d))
    put("ops_strategy", lambda d: DC + "%s-PLN-001_服务保障策略与实施计划_v1.0_已批准.docx" % co.prefix, lambda d: ops_strategy(co, d), "current")
    put("avail_kpis", lambda d: IT + "Availability-Capacity/可用性指标定义.xlsx", lambda d: avail_kpis(co, d), "issued")
    put("service_analysis", lambda d: WX + "服务交付/服务回顾-解决方案影响与自动化机会.pdf", lambda d: service_analysis(co, d, automation=r.random() < 0.7))

    # --- service design and organisation
    put("sld_ola", lambda d: WX + "SLM/OLA运营级别协议.pdf", lambda d: sld_ola(co, d, sld=r.random() < 0.85), "issued")
    put("org", lambda d: WX + "组织/信息安全组织架构.pdf", lambda d: org_page(co, d, outsourced=r.random() < 0.8), "issued")
    put("staff_list", lambda d: "HR/项目人员名单_%d%02d.xlsx" % (d.year, d.month), lambda d: staff_list(co, d))
    put("raci", lambda d: DC + "%s-LST-003_角色与职责矩阵RACI_%s_已批准.xlsx" % (co.prefix, ver()), lambda d: raci(co, d), "issued")
    ext = r.choice(["pdf", "txt"])   # the wiki page, or the announcement mail saved as text
    put("interface", lambda d: WX + "公告/关于指定信息安全管理接口人的通知.%s" % ext, lambda d: interface_person(co, d), "issued")
    put("desk", lambda d: WX + "服务台/服务台运作说明.pdf", lambda d: desk_charter(co, d), "issued")
    put("desk_training", lambda d: "HR/Training/服务台岗位培训_%s.xlsx" % ymd(d), lambda d: desk_training(co, d))
    put("catalog", lambda d: DC + "%s-LST-002_服务目录_%s_已批准.docx" % (co.prefix, ver()),
        lambda d: catalog(co, d, r.choice([("basic", "level2", "level1"), ("basic", "level2", "level1"), ("basic", "level2"), ("basic",)])), "issued")
    put("baseline", lambda d: DC + "%s-STD-002_安全配置基线_%s_已批准.xlsx" % (co.prefix, ver()), lambda d: baseline(co, d), "issued")
    put("grading_criteria", lambda d: DC + "%s-STD-001_等级确定准则_v1.0_已批准.docx" % co.prefix, lambda d: grading_criteria(co, d), "issued")
    put("iso_cert", lambda d: "QMS/Certificates/ISO20000-1_Certificate_%d.pdf" % d.year, lambda d: iso_cert(co, d), "issued")

    # --- projects
    P = "Projects/%s/" % co.sys(1)
    put("impl_manual", lambda d: DC + "%s-MAN-003_项目实施手册_v1.0_已批准.pdf" % co.prefix, lambda d: impl_manual(co, d), "issued")
    put("test_plan", lambda d: P + "%s-PLN-007_迁移改造测试计划_v1.1.docx" % co.prefix, lambda d: test_plan(co, d, rollback=r.random() < 0.8), "issued")
    put("req_record", lambda d: P + "%s_需求分析记录.docx" % recno(d), lambda d: req_record(co, d))
    put("compat_report", lambda d: P + "%s_兼容性验证报告.pdf" % recno(d), lambda d: compat_report(co, d))
    for i, m in enumerate(["防火墙策略维护", "漏洞扫描", "SIEM日志分析", "日常巡检", "应急处置"], 1):
        if r.random() < 0.7:
            put("wi", lambda d, i=i, m=m: DC + "%s-WI-%03d_%s作业指导书_%s_已批准.docx" % (co.prefix, i, m, ver()),
                lambda d, i=i, m=m: work_instruction(co, d, m, i), "issued")

    # --- plans (continuity, availability, security)
    put("avail_plan", lambda d: DC + "%s-PLN-004_可用性与容量管理计划_v2.0_已批准.docx" % co.prefix, lambda d: avail_cap_plan(co, d), "current")
    put("emergency", lambda d: DC + "%s-PLN-003_信息安全应急响应预案_v2.1_已批准.pdf" % co.prefix,
        lambda d: emergency_plan(co, d, strategy=r.random() < 0.7, recovery=r.random() < 0.3), "issued")
    put("drp", lambda d: DC + "%s-PLN-006_IT服务连续性与灾难恢复计划_v1.3_已批准.pdf" % co.prefix, lambda d: drp(co, d), "issued")
    put("bcp", lambda d: DC + "%s-PLN-005_业务连续性计划_v2.0_已批准.pdf" % co.prefix, lambda d: bcp(co, d), "issued")
    put("pentest_plan", lambda d: WX + "安全运营/%d年度渗透测试计划.pdf" % d.year, lambda d: pentest_plan(co, d), "current")
    put("dev_plan", lambda d: WX + "安全运营/安全工具定制开发计划.pdf", lambda d: dev_plan(co, d), "current")
    put("csi_plan", lambda d: WX + "CSI/%d年持续服务改进计划.pdf" % d.year, lambda d: csi_plan(co, d, criteria=r.random() < 0.75))

    # --- ITSM exports and records, by process
    put("tickets", lambda d: IT + "Incident/%s/%s_export_%s.xlsx" % (q(d), "incident" if co.en else "工单", ymd(d)),
        lambda d: ticket_export(co, d, response=r.random() < 0.75))
    put("changes", lambda d: IT + "Change/%s/change_request_export_%s.xlsx" % (q(d), ymd(d)), lambda d: change_export(co, d))
    put("problems", lambda d: IT + "Problem/%s/problem_export_%s.xlsx" % (q(d), ymd(d)), lambda d: problem_export(co, d))
    put("avail_events", lambda d: IT + "Availability-Capacity/可用性事件记录_%d.xlsx" % d.year, lambda d: avail_events(co, d))
    put("avail_report", lambda d: IT + "Availability-Capacity/%s_可用性报告_%d-%02d.docx" % (recno(d), d.year, d.month), lambda d: avail_report(co, d))
    put("cmdb", lambda d: IT + "Config/cmdb_ci_export_%s.xlsx" % ymd(d), lambda d: cmdb_export(co, d, relations=r.random() < 0.7))
    put("assets", lambda d: IT + "Config/IT资产清单_%d%02d.xlsx" % (d.year, d.month), lambda d: asset_export(co, d))
    put("ci_history", lambda d: IT + "Config/ci_audit_history_%d.xlsx" % d.year, lambda d: ci_history(co, d))
    put("kb", lambda d: IT + "Knowledge/kb_articles_%s.xlsx" % ymd(d), lambda d: kb_export(co, d))
    types = [t for t in ["日常维护", "状态检查", "病毒库更新与查杀", "故障处理", "固件升级"] if r.random() < 0.65] or ["日常维护"]
    hw = r.random() < 0.5
    put("tasks", lambda d: IT + "Security-Devices/routine_tasks_export_%s.xlsx" % ymd(d), lambda d: routine_tasks(co, d, types, hw))
    for m in sorted(r.sample(range(3, 11), 3)):
        d = date(2026, m, 26)
        add(IT + "Security-Devices/巡检/安全设备日常巡检_%d-%02d.xlsx" % (d.year, m), daily_checks(co, d, antivirus=r.random() < 0.5))
    put("health", lambda d: IT + "Health-Check/%s/%s_健康检查报告.pdf" % (q(d), recno(d)), lambda d: health_report(co, d, collection=r.random() < 0.3))
    put("collection", lambda d: IT + "Health-Check/安全信息采集记录_%d.xlsx" % d.year, lambda d: collection(co, d))
    put("log_review", lambda d: WX + "安全运营/日志审计/%dQ%d 日志审计分析报告.pdf" % (d.year, quarter(d)), lambda d: log_review(co, d))
    put("secinc_review", lambda d: WX + "安全运营/安全事件/信息安全事件月度统计与分析 %d-%02d.pdf" % (d.year, d.month),
        lambda d: secinc_review(co, d, analysis=r.random() < 0.7))
    put("pentest_report", lambda d: IT + "Security/PenTest/%s_%s渗透测试报告.pdf" % (recno(d), co.sys(0)), lambda d: pentest_report(co, d))
    for i in range(r.randint(2, 3)):
        d = date(2026, 3 + 3 * i, 8 + i)
        ext = r.choice(["txt", "pdf"])
        add(IT + "Security/Advisories/安全通告_%d年第%d期.%s" % (d.year, d.month, ext), bulletin(co, d, full=r.random() < 0.7))
    put("grading", lambda d: IT + "Security/MLPS/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    both = r.random() < 0.5
    put("drill", lambda d: IT + "Continuity/%s/%s_应急演练记录.docx" % (q(d), recno(d)), lambda d: drill_record(co, d, True, both))
    put("recovery_drill", lambda d: IT + "Continuity/%s/%s_灾备切换演练记录.pdf" % (q(d), recno(d)), lambda d: drill_record(co, d, False, True))

    # --- service reporting: monthly reports (trends, by chance KPI data, availability,
    # monitoring of SLA and feedback), the year's review
    for m in sorted(r.sample(range(2, 12), 3)):
        d = date(2026, m, 4 + r.randint(0, 3))
        add(IT + "Reporting/%d-%02d/月度服务报告_%s_%d-%02d.%s" % (d.year, m - 1, co.short, d.year, m - 1, r.choice(["pdf", "docx"])),
            service_report(co, d, kpi=r.random() < 0.4, avail=r.random() < 0.4, measure=r.random() < 0.3))
    in_review = "defects" not in gaps and r.random() < 0.5
    if r.random() < 0.7:
        d = date(2026, 11, 18)
        add(IT + "Reporting/%d年度服务评审报告.docx" % d.year, annual_review(co, d, defects=in_review))
    elif in_review:
        in_review = False
    if not in_review:
        put("defects", lambda d: WX + "CSI/服务缺陷分析与改进方案.pdf", lambda d: defect_review(co, d))
    put("kpi_data", lambda d: IT + "Reporting/运维KPI数据采集_%d.xlsx" % d.year, lambda d: kpi_data(co, d))

    # --- SLM: satisfaction
    halves = [(2026, "H1", date(2026, 7, 3)), (2025, "H2", date(2026, 1, 9)), (2025, "H1", date(2025, 7, 7))]
    for yy, h, d in halves[:r.choice([2, 3])]:
        d = d + timedelta(days=r.randint(0, 10))
        add(IT + "SLM/CSAT/%s_客户满意度调查报告_%d%s.docx" % (recno(d), yy, h), sat_survey(co, d, yy, h))
    put("sat_trend", lambda d: WX + "SLM/客户满意度趋势分析.pdf", lambda d: sat_trend(co, d))
    put("callbacks", lambda d: IT + "SLM/CSAT/survey_callback_export_%d.xlsx" % d.year, lambda d: callbacks(co, d))

    # --- QMS: audit, review, measurement, improvement
    put("audit", lambda d: "QMS/Internal-Audit/%d/%s_内部审核报告.pdf" % (d.year, recno(d)), lambda d: audit_report(co, d))
    inputs = tuple(x for x in ("perf", "feedback", "resources", "ca", "changes", "improve") if r.random() < 0.9)
    put("mr", lambda d: "QMS/Management-Review/%d/%s_管理评审会议纪要.docx" % (d.year, recno(d)), lambda d: mr_minutes(co, d, inputs))
    put("measurement", lambda d: "QMS/Measurement/服务绩效监视表_%d.xlsx" % d.year, lambda d: measurement(co, d))
    put("capa", lambda d: "QMS/CAPA/CAPA-%d-007.docx" % d.year, lambda d: capa(co, d, verify=r.random() < 0.75))
    scored, tracked = r.random() < 0.85, r.random() < 0.8
    put("csi_register", lambda d: IT + "CSI/CSI_Register_%d.xlsx" % d.year, lambda d: csi_register(co, d, scored, tracked))
    put("csi_training", lambda d: "HR/Training/%s_CSI意识宣贯记录.docx" % recno(d), lambda d: csi_training(co, d))

    # --- earlier years' copies beside this year's records: they belong to the clause, but are stale
    for name, factory, d in list(made):
        if r.random() > 0.15 or d.year != 2026:
            continue
        od = d.replace(year=2025)
        rel = name(od)
        if rel == name(d) or rel in co.used:
            rel = "Archive/2025/" + rel.rsplit("/", 1)[-1]
        if rel not in co.used:
            add(rel, factory(od))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    DC, IT, WX = "DocCtrl/", "ITSM/", "Wiki-Export/"

    def add(rel, doc):
        co.add(rel, doc, styled=r.random() < 0.6)

    # templates: blank forms in the document-control system, a wiki page template
    add(DC + "Forms/%s-FRM-012-01_变更申请单RFC_模板.xlsx" % co.prefix,
        form_template("变更申请单 RFC（模板）", co.fresh(), ["变更编号", "摘要", "变更类型", "风险", "CAB结论", "实施时间", "结果"]))
    add(DC + "Forms/%s-FRM-020-02_服务级别协议_模板.docx" % co.prefix,
        blank_doc(co, co.fresh(), "%s-FRM-020-02" % co.prefix, "服务级别协议（模板）SLA Template",
                  ["1 服务范围 Scope", "2 服务交付方式 Delivery model", "3 服务级别目标 Service level targets", "4 签署 Signatures"]))
    add(WX + "模板/模板-应急演练记录.pdf", page_template(co, co.fresh(), "模板：应急演练记录", ["日期", "形式", "过程", "结果", "改进"]))
    add(DC + "Forms/%s-FRM-050_客户满意度调查问卷_空白.docx" % co.prefix,
        blank_doc(co, co.fresh(), "%s-FRM-050" % co.prefix, "客户满意度调查问卷（空白）", ["响应速度", "专业能力", "沟通", "总体评价"]))
    # drafts and withdrawn versions
    d = co.fresh()
    add(DC + "Drafts/%s-PLN-005_业务连续性计划_v0.9_草稿.docx" % co.prefix, decoy(bcp(co, d), "draft", mark="（草稿）"))
    d = co.fresh()
    add("Customer/%s/Contract/SLA_%s_v3.0_Draft.docx" % (co.customer, co.short), decoy(sla(co, d), "draft", mark=" [DRAFT]"))
    d = co.fresh()
    doc = csi_plan(co, d)
    doc.blocks = wiki_head(co, d, ["持续改进 CSI"], status="草稿 Draft") + [b for b in doc.blocks[3:]]
    add(WX + "CSI/%d年持续服务改进计划（草稿）.pdf" % (d.year + 1), decoy(doc, "draft", mark="（草稿）"))
    d = date(2022, 6, 14)
    add(DC + "Obsolete/%s_问题管理流程_v1.0_作废.pdf" % proc_code(co, "problem"), decoy(procedure(co, d, "problem", "v1.0"), "obsolete", mark="（作废）"))
    d = date(2023, 4, 3)
    add(DC + "Obsolete/%s-PLN-003_信息安全应急响应预案_v1.2_Obsolete.pdf" % co.prefix, decoy(emergency_plan(co, d), "obsolete", mark=" [OBSOLETE]"))
    # recycle bins: the NAS's (QNAP) and Windows'
    d = co.fresh()
    add("@Recycle/%s_export_%s.xlsx" % ("change_request", ymd(d)), decoy(change_export(co, d), "recycle bin"))
    d = co.fresh()
    add("$RECYCLE.BIN/S-1-5-21-3301/%s_应急演练记录.docx" % ("REC-%d-0099" % d.year), decoy(drill_record(co, d), "recycle bin"))
    # lock files and empty files
    for rel, _, obj, _ in list(co.files)[5:70:13]:
        head, tail = rel.rsplit("/", 1) if "/" in rel else ("", rel)
        if tail.endswith((".docx", ".xlsx")):
            co.raw((head + "/" if head else "") + "~$" + (tail[2:] if len(tail) > 6 else tail), lock_bytes(co.p(3)), "Office lock file")
    co.raw(IT + "Change/.~lock.change_request_export.xlsx#",
           (",%s,MSP-%s,03.11.2026 16:20,file:///home/%s/.config/libreoffice/4;" % (co.p(1), co.short, co.short.lower())).encode("utf-8"),
           "LibreOffice lock file")
    co.raw(IT + "Continuity/2026-Q4/REC-2026-0999_应急演练记录.docx", b"", "empty file")
    co.raw(IT + "SLM/CSAT/客户满意度调查报告_2026H2.docx", b"", "empty file")
    # training about plans, documents citing procedures, registers
    for plan in ["信息安全应急响应预案", "业务连续性计划", "变更管理流程"]:
        if r.random() < 0.8:
            d = co.fresh()
            add("HR/Training/LMS_《%s》宣贯_%s.xlsx" % (plan, ymd(d)), course_on_plan(co, d, plan))
    cites = [E_PROC[k][1] for k in ("incident", "request", "change", "problem", "knowledge", "slm", "secinc", "audit", "csi")]
    add(DC + "Approved/%s-PRC-001_文件控制程序_v3.0_已批准.pdf" % co.prefix, doc_control(co, co.issued(), cites))
    add(WX + "流程库/流程总览.pdf", process_map(co, co.fresh(), cites))
    add(DC + "受控文件清单_导出_%s.xlsx" % ymd(co.fresh()), register(co, co.fresh(), cites))
    add(DC + "Approved/%s-PRC-033_管理评审程序_v1.4_已批准.docx" % co.prefix, mr_procedure(co, co.issued()))
    d = co.fresh()
    add("QMS/Management-Review/%d/管理评审会议议程.docx" % d.year, mr_agenda(co, d))
    d = co.fresh()
    add(IT + "Continuity/%d年度应急演练计划.docx" % d.year, drill_plan(co, d))
    d = co.fresh()
    add("Customer/%s/Acceptance/月度服务验收单_%d%02d.pdf" % (co.customer, d.year, d.month), acceptance(co, d))
    d = co.fresh()
    add("HR/OKR/交付团队%dQ%d_OKR.xlsx" % (d.year, quarter(d)), okr(co, d))
    for i in sorted(r.sample(range(len(UNRELATED_E)), 3)):
        d = co.fresh()
        t, ext, doc = unrelated(co, d, i)
        add("Admin/%s.%s" % (t, ext), doc)
