# SPDX-License-Identifier: AGPL-3.0-or-later
"""kinds_i.py - style I: the SRE / 安全运营 (SecOps) team of a mid-size internet and cloud company.

A seventh author voice for the accuracy corpus, used only by the I shares.  The company (XX云科技
有限公司 and the like) runs its own cloud services and, for a few enterprise customers, managed
security operations (托管安全运营, MSS): that is why it applies for the CCRC 安全运维服务资质, and the
enterprise customer is the form's customer; a security vendor's engineers work in its 7x24 SOC.
Its engineers write as SRE and SecOps teams do: a Runbook (操作手册) per service or module, a
Playbook per kind of security incident, a Runbook 合集 whose chapters are several modules; 故障复盘 /
Postmortem with 时间线, 根因, Action Items; SLO/SLI 文档 and 月度 SLO 报告 with error budget; On-call
排班表; 变更评审 (CR) with 灰度 and 回滚, 变更冻结 notices; GameDay / 混沌工程 演练, DR 切换演练, 红蓝对抗;
漏洞响应 and 威胁情报周报; OKR and 周会纪要 with several agenda items; 飞书/钉钉 documents exported to
docx/pdf (an export line under the title), Markdown-ish plain .txt exports, and spreadsheet exports
from Jira, Grafana and an on-call tool with a 类型 column that holds several record kinds.  Names mix
Chinese and English with dates like 2026Q3, 2026-W43, 20261015; folders by team (sre/, secops/,
infra/, compliance/, customers/<客户>/) and by quarter.  A 合规 team keeps the formal 管理规范 and the
管理手册 (ISO 27001 / 20000 style, 文件编号 and 审批 table) and files the form's required documents,
some formal, many not.  Written from the form's 需提供证明材料, not from kinds*.py's rules or the rule
pack.

Every builder returns a kinds.Doc listing as items only what its own text proves: an optional
section adds its items only when it is written; an export or sheet with no data rows counts for
nothing.  build(co, lock_bytes) lays out the whole share, decoys included.
"""

from datetime import date, timedelta

from kinds import Doc
from kinds_d import decoy
from kinds_f import blank_sheet, blank_text, cnd, iso

# per share: the customer's short name (folder), the on-call tool, the wiki, the IM, the SIEM
I_INFO = {
    "i1": ("嘉禾零售", "OnCall", "飞书", "飞书", "SOC平台"),
    "i2": ("北湾物流", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i3": ("南岭职教", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i4": ("东岭装备", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i5": ("巴彦淖尔璟信", "OnCall", "飞书", "飞书", "SOC平台"),
    "i6": ("鄂尔多斯澜盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i7": ("呼伦贝尔瑞讯", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i8": ("锡林浩特琨信", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i9": ("四平睿联", "OnCall", "飞书", "飞书", "SOC平台"),
    "i10": ("辽源朔盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i11": ("白山铂宇", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i12": ("松原昱维", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i13": ("柳州霁联", "OnCall", "飞书", "飞书", "SOC平台"),
    "i14": ("桂林曦安", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i15": ("梧州桓联", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i16": ("北海璟安", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i17": ("钦州弘拓", "OnCall", "飞书", "飞书", "SOC平台"),
    "i18": ("贵港璟科", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i19": ("玉林启衡", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i20": ("百色朔维", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i21": ("贺州璟盾", "OnCall", "飞书", "飞书", "SOC平台"),
    "i22": ("河池恒安", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i23": ("烟台霁科", "OnCall", "飞书", "飞书", "SOC平台"),
    "i24": ("潍坊弘达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i25": ("济宁恒航", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i26": ("日照卓衡", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i27": ("临沂曜达", "OnCall", "飞书", "飞书", "SOC平台"),
    "i28": ("保定璟维", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i29": ("张家口沐卫", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i30": ("秦皇岛宸科", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i31": ("唐山锦安", "OnCall", "飞书", "飞书", "SOC平台"),
    "i32": ("太原锦航", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i33": ("临汾煦航", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i34": ("包头砚信", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i35": ("乌兰察布锦信", "OnCall", "飞书", "飞书", "SOC平台"),
    "i36": ("吉林睿讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i37": ("通化岑衡", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i38": ("来宾翔衡", "OnCall", "飞书", "飞书", "SOC平台"),
    "i39": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i40": ("遵义曜讯", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i41": ("六盘水曦盾", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i42": ("安顺铂创", "OnCall", "飞书", "飞书", "SOC平台"),
    "i43": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i44": ("玉溪桓拓", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i45": ("保山曜航", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i46": ("昭通曦讯", "OnCall", "飞书", "飞书", "SOC平台"),
    "i47": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i48": ("普洱翔联", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i49": ("临沧淳联", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i50": ("嘉兴宸创", "OnCall", "飞书", "飞书", "SOC平台"),
    "i51": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i52": ("温州瑞信", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i53": ("台州瑞联", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i54": ("宁德霁讯", "OnCall", "飞书", "飞书", "SOC平台"),
    "i55": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i56": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i57": ("龙岩澜宇", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i58": ("萍乡璟维", "OnCall", "飞书", "飞书", "SOC平台"),
    "i59": ("六盘水曦盾", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i60": ("昭通曦讯", "OnCall", "飞书", "飞书", "SOC平台"),
    "i61": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i62": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i63": ("遵义曜讯", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i64": ("保山曜航", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i65": ("嘉兴宸创", "OnCall", "飞书", "飞书", "SOC平台"),
    "i66": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i67": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i68": ("玉溪桓拓", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i69": ("临沧淳联", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i70": ("宁德霁讯", "OnCall", "飞书", "飞书", "SOC平台"),
    "i71": ("来宾翔衡", "OnCall", "飞书", "飞书", "SOC平台"),
    "i72": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i73": ("普洱翔联", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i74": ("台州瑞联", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i75": ("萍乡璟维", "OnCall", "飞书", "飞书", "SOC平台"),
    "i76": ("安顺铂创", "OnCall", "飞书", "飞书", "SOC平台"),
    "i77": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i78": ("温州瑞信", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i79": ("龙岩澜宇", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i80": ("六盘水曦盾", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i81": ("昭通曦讯", "OnCall", "飞书", "飞书", "SOC平台"),
    "i82": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i83": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i84": ("遵义曜讯", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i85": ("保山曜航", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i86": ("嘉兴宸创", "OnCall", "飞书", "飞书", "SOC平台"),
    "i87": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i88": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i89": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i90": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i91": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i92": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i93": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i94": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i95": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i96": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i97": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i98": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i99": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i100": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i101": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i102": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i103": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i104": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i105": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i106": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i107": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i108": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i109": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i110": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i111": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i112": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i113": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i114": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i115": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i116": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i117": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i118": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i119": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i120": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i121": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i122": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i123": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i124": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i125": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i126": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i127": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i128": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i129": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i130": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i131": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i132": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i133": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i134": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i135": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i136": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i137": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i138": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i139": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i140": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i141": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i142": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i143": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i144": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i145": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i146": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i147": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i148": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i149": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i150": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i151": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i152": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i153": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i154": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i155": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i156": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i157": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i158": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i159": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i160": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i161": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i162": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i163": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i164": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i165": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i166": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i167": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i168": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i169": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i170": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i171": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i172": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i173": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i174": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i175": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i176": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i177": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i178": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i179": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i180": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i181": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i182": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i183": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i184": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i185": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i186": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i187": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i188": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i189": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i190": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i191": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i192": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i193": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i194": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i195": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i196": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i197": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i198": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i199": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i200": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i201": ("保山曜航", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i202": ("贺州璟盾", "OnCall", "飞书", "飞书", "SOC平台"),
    "i203": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i204": ("昭通曦讯", "OnCall", "飞书", "飞书", "SOC平台"),
    "i205": ("潍坊弘达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i206": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i207": ("临沧淳联", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i208": ("来宾翔衡", "OnCall", "飞书", "飞书", "SOC平台"),
    "i209": ("白山铂宇", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i210": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i211": ("东岭装备", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i212": ("柳州霁联", "OnCall", "飞书", "飞书", "SOC平台"),
    "i213": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i214": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i215": ("来宾翔衡", "OnCall", "飞书", "飞书", "SOC平台"),
    "i216": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i217": ("台州瑞联", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i218": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i219": ("保山曜航", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i220": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i221": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i222": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i223": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i224": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i225": ("嘉兴宸创", "OnCall", "飞书", "飞书", "SOC平台"),
    "i226": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i227": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i228": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i229": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i230": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i231": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i232": ("普洱翔联", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i233": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i234": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i235": ("吉林睿讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i236": ("来宾翔衡", "OnCall", "飞书", "飞书", "SOC平台"),
    "i237": ("嘉兴宸创", "OnCall", "飞书", "飞书", "SOC平台"),
    "i238": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i239": ("嘉兴宸创", "OnCall", "飞书", "飞书", "SOC平台"),
    "i240": ("来宾翔衡", "OnCall", "飞书", "飞书", "SOC平台"),
    "i241": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i242": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i243": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i244": ("吉林睿讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i245": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i246": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i247": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i248": ("萍乡璟维", "OnCall", "飞书", "飞书", "SOC平台"),
    "i249": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i250": ("嘉禾零售", "OnCall", "飞书", "飞书", "SOC平台"),
    "i251": ("四平睿联", "OnCall", "飞书", "飞书", "SOC平台"),
    "i252": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i253": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i254": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i255": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i256": ("辽源朔盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i257": ("鄂尔多斯澜盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i258": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i259": ("保山曜航", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i260": ("湖州岑联", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i261": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i262": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i263": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i264": ("嘉兴宸创", "OnCall", "飞书", "飞书", "SOC平台"),
    "i265": ("临沧淳联", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i266": ("保山曜航", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i267": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i268": ("玉林启衡", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i269": ("六盘水曦盾", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i270": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i271": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i272": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i273": ("太原锦航", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i274": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i275": ("临沧淳联", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i276": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i277": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i278": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i279": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i280": ("嘉兴宸创", "OnCall", "飞书", "飞书", "SOC平台"),
    "i281": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i282": ("通化岑衡", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i283": ("临沧淳联", "OnCall", "语雀", "钉钉", "ELK+SOAR"),
    "i284": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i285": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i286": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i287": ("玉林启衡", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i288": ("三明卓盾", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i289": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i290": ("南岭职教", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i291": ("曲靖淳达", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i292": ("丽江锦讯", "PagerDuty", "Confluence", "钉钉", "Splunk"),
    "i293": ("南平恒创", "夜莺告警", "飞书", "飞书", "态势感知平台"),
    "i294": ("崇左弘信", "PagerDuty", "Confluence", "钉钉", "Splunk"),
}


def wk(d):
    y, w, _ = d.isocalendar()
    return "%d-W%02d" % (y, w)


def q(d):
    return "%dQ%d" % (d.year, (d.month - 1) // 3 + 1)


def ymd(d):
    return d.strftime("%Y%m%d")


def export_line(co, d, who):
    return ("p", "（%s文档导出 · 最后更新 %s · Owner: %s）" % (co.wiki, iso(d), who))


def md(kind, title, d, record, parts, pre=None, txt=False):
    """A wiki page or Markdown export: parts = (heading or None, body, items).  Items come
    only from the parts written."""
    b = list(pre or []) + [("title", ("# " if txt else "") + title)]
    items = []
    for head, body, its in parts:
        if head:
            b.append(("h1", ("## " if txt else "") + head))
        if isinstance(body, tuple):
            body = [body]
        for x in ([body] if isinstance(body, str) else body):
            b.append(x if isinstance(x, tuple) else ("p", ("- " if txt else "") + x))
        items += its
    return Doc(kind, title, d, sorted(set(items)), record, b)


def export(kind, title, d, record, sheets, line=None):
    """A tool export: per sheet an export line, the header, the rows.  A sheet with no rows
    proves nothing."""
    out, items = [], []
    for name, head, rows, its in sheets:
        out.append((name, [[line or title]] + [head] + [list(r) for r in rows]))
        if rows:
            items += its
    return Doc(kind, title, d, sorted(set(items)), record, sheets=out)


# ------------------------------------------------------------------ 合规: formal 管理规范

def approval(co, d, code, ver):
    return [("table", [["文件编号", code, "版本", ver],
                       ["编制", co.p(4) + "（合规）", "审核", co.p(0) + "（SRE负责人）"],
                       ["批准", co.boss + "（CTO）", "发布日期", iso(d)]]),
            ("p", "本文件经信息安全委员会审批后发布，受控于合规部文档库。")]


# key -> (title, code, items, sections (heading, paragraphs))
I_RULES = {
    "incident": ("故障管理规范（Incident Management）", "ISMS-P-06", ["49/incident-procedure"], [
        ("目的与范围", ["规范线上服务故障（Incident）的发现、响应、升级、恢复和复盘，适用于公司自营云服务及托管客户的运维服务。"]),
        ("故障定级", ["按影响面分为P0（核心服务全面不可用）、P1（核心功能受损或SLO告急）、P2（部分用户受影响）、P3/P4（个别用户或无感知）。"]),
        ("响应与升级", ["告警或客户报障进入On-call工具，值班SRE 5分钟内确认（ack）；P0/P1 拉起应急群并指定 Incident Commander，15分钟未缓解升级至SRE负责人，30分钟未缓解升级至CTO。"]),
        ("恢复与关闭", ["以止损优先，可回滚、切流、扩容；恢复后在工单中记录处理过程和影响时长，经报障方确认后关闭。"]),
        ("复盘", ["P0/P1 故障在5个工作日内完成 Postmortem，Action Item 录入 Jira 跟踪；重复发生或原因不明的转入问题管理。"]),
    ]),
    "request": ("服务请求管理规范", "ISMS-P-07", ["49/request-procedure"], [
        ("目的", ["规范客户及内部用户提交的服务请求（账号开通、权限申请、策略调整、日志调取、报告索取等）的受理和交付。"]),
        ("受理渠道", ["服务台工单、客户门户、邮件；紧急请求可电话联系7x24值班台，事后补单。"]),
        ("分类与时限", ["标准请求按服务目录约定时限交付；涉及安全策略和权限的请求须经客户接口人书面确认及组长审批。"]),
        ("交付与关闭", ["执行人记录交付结果，请求方确认后关闭；服务台每月统计请求量和按时交付率。"]),
    ]),
    "problem": ("问题管理规范", "ISMS-P-08", ["20/procedure", "37/procedure"], [
        ("目的", ["通过根因分析消除反复发生的故障和潜在隐患。"]),
        ("问题的来源", ["P0/P1故障复盘、同类告警一个月内重复三次以上、巡检和红蓝对抗发现的系统性隐患、客户投诉。"]),
        ("根因分析与解决", ["问题 Owner 在10个工作日内完成根因分析（5 Whys / 鱼骨图），提出临时规避和永久方案；需要变更的走CR流程。"]),
        ("已知错误与关闭", ["已知错误及规避方法写入知识库；永久方案上线后观察30天无复发，由SRE负责人关闭问题单。"]),
    ]),
    "change": ("变更管理规范", "ISMS-P-09", ["54/procedure"], [
        ("目的", ["控制对生产环境和客户托管环境的变更风险。"]),
        ("变更分类", ["标准变更（预批准，走自动化流水线）、普通变更、重大变更、紧急变更。"]),
        ("变更评审（CR）", ["普通及重大变更提交CR，写明变更内容、影响范围、灰度计划、验证方法和回滚方案；重大变更在周二变更评审会上评审，客户环境的变更须客户接口人审批。"]),
        ("实施与验证", ["变更在变更窗口内按灰度批次实施，观察监控指标；验证失败立即回滚。变更冻结期间（大促、重大活动保障）只允许紧急变更。"]),
        ("记录", ["CR全过程在变更平台留痕，变更后更新CMDB配置项。"]),
    ]),
    "knowledge": ("知识管理规范", "ISMS-P-10", ["21/procedure"], [
        ("目的", ["沉淀故障处理、Runbook和复盘经验，缩短处理时长。"]),
        ("知识的产生", ["每个关闭的P0-P2故障和问题单须关联知识条目；Runbook由服务Owner维护。"]),
        ("审核与发布", ["知识条目经组长 Review 后发布到知识库空间，每半年清理过期条目。"]),
    ]),
    "slm": ("服务级别管理规范", "ISMS-P-04", ["39/slm-procedure"], [
        ("目的", ["确定、签订、监视和评审对托管客户的服务级别（SLA）及内部SLO。"]),
        ("服务级别的确定", ["商务签约前与客户确认服务范围、服务时间、运维方式、响应与恢复时限和报告方式，形成SLA；内部以SLO分解到各团队。"]),
        ("监视与报告", ["每月出具SLO/SLA报告，未达成项分析原因并制定改进措施，每季度与客户评审。"]),
        ("评审", ["SLA每年评审一次，客户业务变化时及时修订。"]),
    ]),
    "secinc": ("网络安全事件响应与上报管理规范", "ISMS-P-11",
               ["30/response-process", "30/reporting-process", "31/incident-process", "34/incident-process", "34/emergency-process"], [
        ("事件分类", ["有害程序事件、网络攻击事件（入侵、DDoS、Web攻击）、信息破坏事件（数据泄露、篡改）、设备设施故障、其他事件。"]),
        ("事件分级", ["特别重大、重大、较大、一般四级，按影响的客户数、数据敏感程度和业务中断时长判定。"]),
        ("上报流程", ["SOC值班分析师确认事件后10分钟内通知安全运营负责人；较大及以上事件30分钟内报告CTO和客户接口人，按监管要求向网信、公安部门报告。"]),
        ("处置流程", ["按 Playbook 执行：研判、遏制（封禁、隔离、下线）、根除、恢复；处置全过程记录在SOC工单。"]),
        ("应急响应", ["较大及以上事件启动应急响应，由应急指挥组统一指挥，按《网络安全事件应急预案》执行。"]),
        ("事后处理", ["事件关闭后5个工作日内完成复盘报告，整改项纳入问题管理和持续改进跟踪。"]),
    ]),
    "audit": ("内部审核管理程序", "ISMS-P-15", ["61/audit-system", "62/audit-mechanism"], [
        ("目的", ["检查信息安全和运维服务管理体系是否符合标准、客户要求并有效实施。"]),
        ("审核方案", ["合规部每年制定审核方案，至少每年一次覆盖全部过程；内审员不审核本团队。"]),
        ("实施", ["审核计划、首次会议、现场审核、不符合报告、末次会议、纠正措施验证。"]),
        ("结果", ["审核报告提交管理评审；外部认证审核结果一并跟踪。"]),
    ]),
    "monitor": ("服务监视与测量管理程序", "ISMS-P-16", ["61/monitoring-process", "62/monitoring-process"], [
        ("目的", ["对服务的SLO、SLA达成和客户满意度进行持续监视和测量。"]),
        ("监视内容", ["SLI/SLO（可用率、延迟、错误率）、SLA达成率、MTTA/MTTR、变更成功率、客户满意度和投诉。"]),
        ("报告", ["Grafana看板实时监视，SRE每月出SLO报告，每季度在管理评审通报。"]),
        ("处置", ["错误预算耗尽时冻结非紧急变更；指标连续两个月不达标开纠正措施单。"]),
    ]),
    "improve": ("持续改进管理程序", "ISMS-P-17", ["65/procedure"], [
        ("目的", ["规范改进机会的识别、记录、批准、评估、测量和报告。"]),
        ("识别与记录", ["来源：复盘 Action Item、内审、管理评审、客户反馈、SLO未达成；统一登记在改进 Backlog。"]),
        ("评估与批准", ["按评估标准（影响、紧急度、投入）打分排序，由SRE负责人批准立项。"]),
        ("测量与报告", ["立项项目设定可测量目标，完成后测量效果，每季度向管理层报告。"]),
    ]),
    "training": ("安全培训服务流程", "ISMS-P-13", ["31/training-process"], [
        ("目的", ["规范向托管客户和内部员工提供安全意识和技能培训服务的过程。"]),
        ("需求与计划", ["年初收集客户和内部培训需求，制定年度培训计划，明确对象、课程和频次。"]),
        ("实施与考核", ["培训签到，课后在线考试，钓鱼演练结果纳入意识培训评估。"]),
        ("评估与归档", ["收集反馈评估效果，材料归档三年。"]),
    ]),
    "pentest": ("渗透测试服务流程", "ISMS-P-14", ["31/pentest-process"], [
        ("授权", ["测试前与客户签署渗透测试授权书，明确范围、时间窗口、禁止事项和联系人。"]),
        ("实施", ["信息收集、漏洞探测、漏洞利用验证、权限提升验证，禁止破坏性操作，全程记录日志。"]),
        ("报告与复测", ["出具渗透测试报告（漏洞、风险等级、复现步骤、修复建议），客户修复后复测。"]),
        ("数据处置", ["测试结束删除测试中获取的数据，由客户确认。"]),
    ]),
}

# formal documents that prove none of the form's items
I_OTHER = {
    "access": ("访问控制管理规范", [("账号", ["生产账号实名，离职当天回收。"]), ("堡垒机", ["生产访问经堡垒机，会话录像保存180天。"])]),
    "crypto": ("密钥与证书管理规范", [("证书", ["证书到期前30天告警并续期。"]), ("密钥", ["密钥存放于KMS，禁止硬编码。"])]),
    "oss": ("开源软件使用管理规定", [("准入", ["引入开源组件须经许可证和漏洞检查。"])]),
}


def rule_doc(co, d, key, ver):
    title, code, items, sections = I_RULES[key]
    b = [("p", co.name)] + [("title", title)] + approval(co, d, code, ver)
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "%d %s" % (i, head)))
        b += [("p", p) for p in paras]
    b += [("h1", "%d 修订记录" % (len(sections) + 1)), ("table", [["版本", "日期", "修订内容", "修订人"],
                                                               [ver, iso(d), "按年度评审修订", co.p(4)]])]
    return Doc("proc:" + key, title, d, items, False, b)


def other_doc(co, d, key):
    title, sections = I_OTHER[key]
    b = [("title", title)] + approval(co, d, "ISMS-P-%02d" % (30 + len(key)), "V1.0")
    for i, (head, paras) in enumerate(sections, 1):
        b.append(("h1", "%d %s" % (i, head)))
        b += [("p", p) for p in paras]
    return Doc("other_rule", title, d, [], False, b)


def manual(co, d, chapters, pdca, draft=False):
    """管理手册: the PDCA model as its own chapter (optional) and several 规范 as chapters."""
    t = "运维服务与信息安全管理手册"
    b = [("title", t)] + approval(co, d, "ISMS-M-01", "V3.%d" % (d.year - 2023))
    items = []
    n = 1
    b += [("h1", "第%d章 范围与术语" % n), ("p", "本手册适用于公司自营云服务及托管安全运营服务。")]
    if pdca:
        n += 1
        b += [("h1", "第%d章 管理模型（PDCA）" % n),
              ("p", "策划（Plan）：年度OKR、服务目录、SLO与风险评估；实施（Do）：按Runbook、变更和故障流程运行；"
                    "监视与评审（Check）：月度SLO报告、内审、管理评审；持续改进（Act）：复盘Action Item、改进Backlog。")]
        items.append("10/pdca")
    for k in chapters:
        title, _, its, sections = I_RULES[k]
        n += 1
        b.append(("h1", "第%d章 %s" % (n, title)))
        for i, (head, paras) in enumerate(sections, 1):
            b.append(("h2", "%d.%d %s" % (n, i, head)))
            b += [("p", p) for p in paras]
        items += its
    return Doc("manual", t, d, sorted(set(items)), False, b)


# ------------------------------------------------------------------ Runbooks and Playbooks

# module -> (name, steps)
RUNBOOKS = {
    "waf": ("WAF/防火墙策略运维", ["登录堡垒机，打开WAF控制台，核对策略版本与CR编号一致。", "新增或调整规则先在观察模式运行24小时，确认无误拦截后切阻断。",
                              "策略备份导出到配置仓库（git），commit message 写CR编号。", "回滚：在控制台选择上一版本策略一键恢复，并通知On-call。"]),
    "scan": ("漏洞扫描", ["每周日凌晨对互联网资产执行授权扫描，扫描任务在SOC平台创建。", "高危漏洞24小时内建Jira单派给服务Owner，中危7天。",
                         "修复后发起复扫验证，关闭工单。", "扫描器插件每周更新。"]),
    "log": ("日志接入与审计", ["新资产上线时在日志平台登记数据源，校验时间同步与字段解析。", "每日检查数据源断流告警，超过30分钟无日志即处理。",
                              "每周按审计规则输出审计结果，异常登录和高危操作逐条核实。"]),
    "patrol": ("日常巡检", ["每日09:30按巡检清单检查安全设备CPU、内存、会话数、HA状态、特征库版本。", "巡检结果录入Jira巡检任务，异常项当场建故障单。",
                           "每周一汇总上周巡检异常。"]),
    "edr": ("终端EDR与防病毒运维", ["每日确认病毒库版本和客户端在线率，离线超过3天的终端通知资产Owner。", "每周全盘扫描，查杀结果导出归档。",
                                "发现病毒告警按《勒索病毒处置 Playbook》处理。"]),
    "ir": ("应急响应", ["接到告警后在SOC工单确认事件，按Playbook判定级别。", "遏制：封禁源IP、隔离主机、下线受影响接口。",
                      "取证：保留内存、磁盘镜像和相关日志。", "恢复与复盘：恢复服务，5个工作日内完成复盘。"]),
}


def runbook(co, d, key, txt=False):
    name, steps = RUNBOOKS[key]
    t = "%s Runbook" % name if key != "ir" else "应急响应 Playbook"
    parts = [("适用范围", "适用于公司自营环境及%s托管环境。" % co.customer, []),
             ("前置条件", "具备堡垒机权限和SOC平台账号；变更类操作需有已批准的CR。", []),
             ("操作步骤", ["%d. %s" % (i, s) for i, s in enumerate(steps, 1)], ["24/work-instructions", "11/manuals"]),
             ("联系人", "服务Owner：%s；On-call：见排班表。" % co.p(2), [])]
    return md("runbook", t, d, False, parts, [export_line(co, d, co.p(2))], txt)


def runbook_book(co, d, keys):
    """Runbook 合集: several modules as chapters."""
    t = "SecOps Runbook 合集（%s）" % q(d)
    b = [("title", t), export_line(co, d, co.p(1)), ("p", "本合集收录安全运营各模块的操作手册，每季度更新。")]
    for i, k in enumerate(keys, 1):
        name, steps = RUNBOOKS[k]
        b.append(("h1", "%d %s" % (i, name)))
        b += [("p", "%d.%d %s" % (i, j, s)) for j, s in enumerate(steps, 1)]
    return Doc("runbook_book", t, d, ["11/manuals", "24/work-instructions"], False, b)


# ------------------------------------------------------------------ customer onboarding

def survey(co, d, time_req, sec):
    parts = [("一、客户概况", "%s，在%s运营线上业务系统：%s。" % (co.customer, co.city, "、".join(co.systems)), [])]
    if time_req:
        parts.append(("二、服务时间要求", ["SOC 7x24监控值守；工作日09:00-18:00驻场；大促和节假日前后需加强值守。",
                                      "P1事件15分钟响应，4小时内恢复。"], ["1/survey"]))
    if sec:
        parts.append(("三、安全服务需求与类型", ["需求类型：安全设备托管运维、日志审计、漏洞管理、渗透测试、应急响应、安全意识培训。",
                                         "优先级：日志审计和漏洞管理为最高（满足等保2.0三级要求）。"], ["5/survey"]))
    parts.append(("四、调研方式", "访谈客户IT部、安全部和业务部门，结合客户三年数字化规划。", []))
    return md("survey", "%s托管安全运营服务需求调研报告" % co.customer, d, False, parts, [export_line(co, d, co.p(3))])


def budget(co, d):
    head = ["项目节点", "工作内容", "人力（人月）", "角色", "经费（万元）", "计划完成"]
    rows = [["M1 启动", "需求调研、资产梳理", 2, "交付经理、安全工程师", 6.0, iso(d + timedelta(days=15))],
            ["M2 接入", "日志接入、设备托管", 4, "SRE、安全工程师", 12.5, iso(d + timedelta(days=45))],
            ["M3 运营", "7x24监控、月度报告", 18, "SOC分析师×3", 54.0, iso(d + timedelta(days=365))],
            ["M4 验收", "年度总结、满意度调查", 1, "交付经理", 3.0, iso(d + timedelta(days=380))]]
    return export("budget", "%s托管运营项目预算（工作量与经费）" % co.customer, d, False, [("预算", head, rows, ["2/budget"])])


def kickoff(co, d):
    parts = [("会议信息", "时间：%s；地点：%s会议室/线上；参会：%s、%s（客户），%s、%s（我方）。" % (cnd(d), co.customer, co.cp(0), co.cp(1), co.p(3), co.p(1)), []),
             ("讨论与结论", ["服务范围：三套系统的安全设备托管、日志审计、漏洞管理和应急响应。", "双方确认：服务时间和SLA按需求调研报告执行，接口人为%s。" % co.cp(0),
                         "客户同意开放日志采集端口和堡垒机只读账号。"], ["3/communication"]),
             ("Action Items", ["%s：一周内提供资产清单初稿。" % co.cp(1), "%s：输出接入方案。" % co.p(1)], []),
             ("确认", "以上纪要经双方确认（客户接口人邮件回复确认 %s）。" % iso(d + timedelta(days=2)), [])]
    return md("communication", "%s项目启动会纪要" % co.customer, d, False, parts, [export_line(co, d, co.p(3))])


def history(co, d, parts_on):
    """历史数据清单 + 分析 + 策略, each a section of the onboarding assessment."""
    parts = [("背景", "接手前对%s过去12个月的运维数据进行评估。" % co.customer, [])]
    if "list" in parts_on:
        parts.append(("1 历史数据清单", ("table", [["数据集", "来源", "时间范围", "条数"], ["告警", "客户原监控系统", "近12个月", "48,210"],
                                              ["工单", "客户ITSM", "近12个月", "3,912"], ["变更", "客户ITSM", "近12个月", "611"],
                                              ["安全日志", "防火墙/WAF", "近6个月", "约21亿"]]), ["4/history-list"]))
    if "analysis" in parts_on:
        parts.append(("2 数据分析", ["指标完成：可用率月均99.91%，低于承诺的99.95%；", "违例操作：发现共享账号登录生产23次；",
                                 "重大事件：勒索告警1起、DDoS 2起；", "重大（失败）变更：2次数据库升级失败回退。"], ["4/analysis"]))
    if "strategy" in parts_on:
        parts.append(("3 运维策略与实施方案", ["账号实名与堡垒机全覆盖（第1月）；", "DDoS高防接入和应急Playbook（第2月）；",
                                         "变更走CR评审与灰度（第1月起）。"], ["4/strategy"]))
    return md("history", "%s运维现状评估（历史数据）" % co.customer, d, False, parts, [export_line(co, d, co.p(0))])


# ------------------------------------------------------------------ SRE documents

def sli_list(co, d):
    head = ["服务", "SLI", "SLO", "统计窗口", "类型"]
    rows = [["整体（对外）", "可用率（成功请求/总请求）", "99.95%", "28天", "整体指标"]]
    for s in co.systems:
        rows += [[s, "可用率", "99.9%", "28天", "单系统指标"], [s, "P99延迟", "<300ms", "28天", "单系统指标"]]
    return export("sli", "SLI-SLO 指标清单", d, False, [("SLO", head, rows, ["6/availability-kpis"])])


def slo_plan(co, d):
    parts = [("目标", "各服务%d年SLO目标见指标清单；错误预算 = 1 - SLO。" % d.year, []),
             ("可用性保障计划", ["容量：核心服务按峰值1.5倍预留；", "冗余：%s 三可用区部署，数据库主从跨AZ；" % co.sys(0),
                            "错误预算策略：预算消耗超过50%时冻结非紧急发布，耗尽时只允许修复类变更；", "季度DR演练一次。"],
              ["22/plan", "18/availability-plan"])]
    return md("slo_plan", "%d年 SLO 与可用性保障计划" % d.year, d, False, parts, [export_line(co, d, co.p(0))])


def slo_report(co, d, trend):
    m = d.month - 1 or 12
    rows = [[s, "99.9%", "%.3f%%" % (99.9 + co.rng.random() * 0.09), "%d%%" % co.rng.randint(10, 90)] for s in co.systems]
    parts = [("SLO 达成", ("table", [["服务", "SLO", "本月可用率", "错误预算消耗"]] + rows), ["22/report", "18/availability-report"]),
             ("可用性事件", ["%s %s 出现5xx上升，影响18分钟（INC-%d）。" % (iso(d - timedelta(days=12)), co.sys(1), co.rng.randint(1000, 9999))], [])]
    if trend:
        parts.append(("趋势分析", ["近6个月可用率：99.93、99.95、99.91、99.96、99.97、99.96，整体向好；",
                                "告警量环比下降12%，MTTR由42分钟降至31分钟；", "变更成功率稳定在98%以上。"], ["50/monitoring-report"]))
    return md("slo_report", "%d年%d月 SLO 月报" % (d.year, m), d, True, parts, [export_line(co, d, co.p(0))])


def incidents_export(co, d, with_ack):
    head = ["Incident", "级别", "服务", "触发时间", "恢复时间", "影响（分钟）"] + (["确认耗时（分钟）", "SLA要求"] if with_ack else [])
    rows = []
    for i in range(7):
        t = d - timedelta(days=4 * i + 1)
        r = ["INC-%d" % (3200 + 7 * i), "P%d" % (1 + i % 3), co.sys(i), iso(t) + " 0%d:1%d" % (i % 9, i), iso(t) + " 0%d:5%d" % (i % 9, i), 10 + 7 * i]
        if with_ack:
            r += [2 + i % 4, "P1≤5 / P2≤15"]
        rows.append(r)
    its = ["22/events", "18/availability-events", "43/process-records"] + (["55/response-times"] if with_ack else [])
    return export("incidents", "Incident 列表导出", d, True, [("incidents", head, rows, its)],
                  "%s 导出 · %s · 共%d条" % (co.oncall, iso(d), len(rows)))


def postmortem(co, d, full):
    parts = [("概要", "%s %s 不可用27分钟（P1），影响约4%%请求。" % (iso(d), co.sys(0)), []),
             ("时间线", ["14:02 告警触发；14:05 On-call ack；14:11 定位为配置发布；14:29 回滚完成。"],
              ["22/events", "18/availability-events", "43/process-records"]),
             ("根因", "配置中心灰度规则错误导致全量下发。", [])]
    if full:
        parts.append(("同期不良情况汇总与改进计划", ["本季度重大故障2起、失败变更3次、SLA不达标1个月（%s）；" % co.sys(2),
                                            "改进计划：配置发布接入灰度校验（%s，Q4）；变更前自动化预检（%s，Q4）；SLA不达标服务扩容。" % (co.p(1), co.p(2))],
                      ["70/defect-analysis"]))
    parts.append(("Action Items", ["配置中心增加 diff 校验（%s）" % co.p(1)], []))
    return md("postmortem", "Postmortem：%s P1 故障复盘" % co.sys(0), d, True, parts, [export_line(co, d, co.p(1))])


def toil(co, d, auto):
    parts = [("过往服务数据", "统计近12个月工单3,140个、告警处理1.2万次、安全事件处置86起。", []),
             ("解决方案对生产的影响", ["重启类处理平均影响4分钟；手工封禁IP平均延迟22分钟，期间攻击持续；", "人工巡检占用2.5人天/周。"], ["7/impact-analysis"])]
    if auto:
        parts.append(("自动化机会", ["安全事件平均处置时长分析：IP封禁、恶意样本上报可由SOAR自动完成；", "巡检脚本化、证书续期自动化；预计减少Toil 40%。"], ["7/automation"]))
    return md("toil", "Toil 分析与自动化机会（%s）" % q(d), d, True, parts, [export_line(co, d, co.p(0))])


def ola(co, d, sld):
    parts = [("内部运营级别协议（OLA）", ["SRE 对 SecOps：日志平台可用率99.9%，数据源接入请求3个工作日内完成；", "SecOps 对 SRE：高危漏洞24小时内通报，安全事件15分钟内通知On-call。"], ["8/ola"])]
    if sld:
        parts.append(("第三方服务级别设计", ["%s（SOC驻场及设备维保）：7x24响应，硬件故障4小时到场，与对客户SLA的P1恢复4小时一致；" % co.vendor,
                                       "云厂商：ECS SLA 99.975%。"], ["8/sld"]))
    return md("ola", "OLA 与第三方服务级别设计", d, False, parts, [export_line(co, d, co.p(0))])


def org(co, d, roles, outs):
    parts = [("组织架构", ["信息安全委员会（安全领导小组）：组长 %s（CTO），成员 %s、%s；" % (co.boss, co.p(0), co.p(1)),
                       "SRE组（%s）、SecOps组（%s）、合规组（%s）、交付组（%s）。" % (co.p(0), co.p(1), co.p(4), co.p(3))], ["9/org-chart", "23/org-chart"])]
    if roles:
        parts.append(("安全运维角色", ("table", [["角色", "职责", "对应组织"], ["Incident Commander", "故障指挥", "SRE组"], ["SOC分析师", "告警研判", "SecOps组"],
                                                ["安全工程师", "设备运维、漏洞管理", "SecOps组"], ["变更经理", "CR评审", "SRE组"], ["内审员", "内部审核", "合规组"]]),
                      ["18/roles", "23/roles"]))
    return md("org", "安全组织架构与角色（%d）" % d.year, d, False, parts, [export_line(co, d, co.p(4))])


def staff(co, d, outs):
    head = ["姓名", "团队", "岗位", "类型"]
    rows = [[co.p(i), ["SRE", "SecOps", "SRE", "交付", "合规", "SecOps"][i], ["SRE", "安全工程师", "SRE", "交付经理", "内审员", "SOC分析师"][i], "正式"] for i in range(6)]
    its = ["9/staff-list"]
    if outs:
        rows += [[co.vp(i), "SecOps（驻场）", "SOC分析师", "%s外包" % co.vendor] for i in range(2)]
        its.append("9/outsourcing")
    return export("staff", "运维人员清单", d, False, [("人员", head, rows, its)])


def catalog(co, d, levels):
    rows = [["初始服务", "资产识别、日志接入"], ["安全设备运维", "防火墙、WAF、IPS托管"], ["日常巡检服务", "每日巡检"], ["健康检查", "每季度"],
            ["安全事件审计", "日志审计周报"]]
    its = ["12/catalog", "29/catalog"]
    if "l2" in levels:
        rows += [["运维监控与分析", "7x24 SOC"], ["终端安全监控", "EDR托管"], ["等级保护合规性运维", "等保差距整改"]]
        its.append("19/catalog")
    if "l1" in levels:
        rows += [["安全通告及漏洞分析", "威胁情报周报"], ["应急响应服务", "7x24 应急"]]
        its.append("26/catalog")
    return export("catalog", "托管安全运营服务目录（%d）" % d.year, d, False, [("服务目录", ["服务", "内容"], rows, its)])


def cmdb(co, d, rel):
    head = ["CI编号", "名称", "类型", "型号", "功能", "位置", "端口", "部署", "等级", "Owner"]
    rows = [["CI-%04d" % (100 + i), n, t, m, f, "%s-AZ%d" % (co.city, 1 + i % 3), p, dep, lv, co.p(i)]
            for i, (n, t, m, f, p, dep, lv) in enumerate([
                ("fw-edge-01", "防火墙", "USG6650", "边界防护", "GE1/0/1-2", "主备", "核心"),
                ("waf-01", "WAF", "WAF-3000", "Web防护", "443", "集群", "核心"),
                ("siem-01", "日志平台", "自研", "日志审计", "514/9200", "3节点", "重要"),
                ("k8s-prod", "容器集群", "v1.28", co.sys(0), "6443", "三AZ", "核心"),
                ("db-prod-01", "数据库", "MySQL 8.0", co.sys(1), "3306", "主从", "核心")])]
    sheets = [("CI", head, rows, ["13/asset-list", "43/asset-list", "27/cmdb"]),
              ("说明", ["项", "要求"], [["机密性", "CMDB按角色授权，敏感字段（IP、账号）脱敏"], ["完整性", "变更经CR驱动自动同步，审计日志留存"],
                                      ["可用性", "每日备份，异地保存"]], [])]
    if rel:
        sheets.append(("依赖关系", ["上游CI", "关系", "下游CI"], [["waf-01", "保护", "k8s-prod"], ["k8s-prod", "依赖", "db-prod-01"],
                                                              ["siem-01", "采集", "fw-edge-01"]], ["38/cmdb-relations"]))
    return export("cmdb", "CMDB 导出", d, True, sheets, "CMDB 导出 · %s" % iso(d))


def ci_history(co, d):
    rows = [[iso(d - timedelta(days=9 * i)), "CI-%04d" % (100 + i), ["型号", "版本", "Owner", "端口"][i % 4], "CR-%d" % (5100 + i), co.p(i)] for i in range(6)]
    return export("ci_updates", "配置项变更历史", d, True, [("history", ["时间", "CI", "字段", "关联CR", "操作人"], rows, ["43/ci-updates"])],
                  "CMDB 变更历史导出 · %s" % iso(d))


def kb(co, d):
    rows = [["KB-%03d" % (20 + i), t, co.p(i), iso(d - timedelta(days=20 * i))] for i, t in enumerate(
        ["K8s 节点 NotReady 排查", "WAF 误拦截处理", "日志断流排查", "MySQL 主从延迟处理", "证书过期应急"])]
    return export("kb", "知识库空间页面导出", d, True, [("pages", ["编号", "标题", "作者", "更新"], rows, ["21/knowledge-base"])])


def interface(co, d):
    parts = [("任命", "经研究，指定%s为公司网络安全管理接口人，负责与%s及监管部门的安全事务对接；%s为B角。" % (co.p(1), co.customer, co.p(5)), ["28/interface-person"]),
             ("联系方式", "7x24安全值班电话及邮箱见附件。", [])]
    return md("interface", "关于指定网络安全管理接口人的通知", d, False, parts, [("p", co.name)])


def ops_workbook(co, d, kinds, hw):
    """Jira export of the security-device work: one 类型 column holds several record kinds."""
    names = {"maint": ("日常维护", ["14/maintenance", "44/maintenance"]), "insp": ("状态检查", ["44/inspection", "45/monitoring"]),
             "virus": ("病毒库更新/查杀", ["44/virus-scan", "45/antivirus"]), "fault": ("故障处理", ["44/faults"]),
             "upgrade": ("版本升级", ["44/upgrades"])}
    rows, its = [], []
    for i, k in enumerate(kinds):
        for j in range(2):
            rows.append(["SEC-%d" % (700 + 10 * i + j), names[k][0], ["fw-edge-01", "waf-01", "IPS-02"][j % 3],
                         iso(d - timedelta(days=11 * i + 3 * j)), "完成：%s" % names[k][0], co.p(1 + j)])
        its += names[k][1]
    sheets = [("任务", ["Key", "类型", "设备", "日期", "结果", "经办人"], rows, its)]
    if hw:
        sheets.append(("硬件故障统计", ["设备", "故障", "次数", "RMA"], [["fw-edge-01", "电源模块", 1, "已更换"], ["IPS-02", "硬盘", 2, "已更换"]],
                       ["14/hardware-faults"]))
    return export("ops_workbook", "安全设备运维任务导出", d, True, sheets, "Jira 导出 · 项目 SECOPS · %s" % iso(d))


def health(co, d):
    parts = [("检查方式与范围", "远程检查为主，季度一次现场检查；范围：%s及边界安全设备。" % "、".join(co.systems), []),
             ("检查结果", ("table", [["对象", "可用性", "持续性（容量/冗余）", "结论"], ["fw-edge-01", "HA正常", "会话峰值62%", "正常"],
                                  [co.sys(0), "可用率99.96%", "CPU峰值58%", "正常"], ["db-prod-01", "主从正常", "磁盘81%", "需扩容"]]),
              ["15/records", "46/records", "44/inspection"])]
    return md("health", "%s %s 健康检查报告" % (co.customer, q(d)), d, True, parts, [export_line(co, d, co.p(1))])


def collect(co, d, which):
    sheets = []
    if "config" in which:
        sheets.append(("配置采集", ["设备", "采集项", "值", "时间"], [["fw-edge-01", "策略数", 412, iso(d)], ["waf-01", "规则集版本", "2026.10", iso(d)]], ["16/config"]))
    if "traffic" in which:
        sheets.append(("流量", ["链路", "峰值入向", "峰值出向", "日期"], [["互联网出口", "3.2Gbps", "1.1Gbps", iso(d)], ["专线", "420Mbps", "380Mbps", iso(d)]], ["16/traffic"]))
    if "status" in which:
        sheets.append(("状态", ["对象", "CPU", "内存", "HA"], [["fw-edge-01", "31%", "44%", "主"], ["waf-01", "22%", "51%", "正常"]], ["16/status"]))
    return export("collect", "安全信息采集（Grafana 导出）", d, True, sheets, "Grafana 导出 · %s" % iso(d))


def log_audit(co, d, txt):
    parts = [("数据源", "网络及安全设备（防火墙、WAF、IPS）、服务器与操作系统（Linux审计日志）、应用日志（网关访问日志）。", []),
             ("审计发现", ["异常登录 14 次（均已核实为运维人员VPN切换）；", "WAF 拦截SQL注入 2,310 次，来源IP已封禁；", "高危命令执行 3 次，均有对应CR。"],
              ["17/log-analysis", "45/audit-report", "47/audit"])]
    return md("log_audit", "安全日志审计周报 %s" % wk(d), d, True, parts, [export_line(co, d, co.p(5))], txt)


def sec_quarter(co, d, analysis):
    parts = [("事件统计", ("table", [["类型", "次数", "较大及以上"], ["网络攻击事件", 23, 1], ["有害程序事件", 6, 0], ["信息破坏事件", 1, 1]]), ["18/incident-stats"])]
    if analysis:
        parts.append(("分析", ["网络攻击以Web扫描和撞库为主，集中在促销期；", "1起数据泄露源于测试环境配置错误，已整改。"], ["18/incident-analysis"]))
    return md("sec_quarter", "%s 安全事件统计分析" % q(d), d, True, parts, [export_line(co, d, co.p(1))])


def pentest_plan(co, d):
    parts = [("范围与时间", ["Q2：%s（外网）；Q3：%s（内网）；Q4：%s。" % co_sys3(co), "红蓝对抗每年一次。"], ["31/pentest-plan", "32/pentest-plan"])]
    return md("pentest_plan", "%d年渗透测试与红蓝对抗计划" % d.year, d, False, parts, [export_line(co, d, co.p(1))])


def co_sys3(co):
    return tuple(co.systems[:3])


def pentest_report(co, d, redteam):
    t = ("%d 红蓝对抗总结报告" % d.year) if redteam else ("%s 渗透测试报告" % co.sys(1))
    parts = [("测试概况", "授权范围：%s；时间：%s 至 %s；测试人员：%s、%s。" % (co.sys(1), iso(d - timedelta(days=5)), iso(d), co.p(5), co.vp(0)), []),
             ("发现的漏洞", ("table", [["编号", "漏洞", "等级", "状态"], ["V-01", "越权访问订单接口", "高", "已修复"], ["V-02", "弱口令", "中", "已修复"]]),
              ["31/pentest-records", "32/pentest-records"]),
             ("修复建议与复测", "已于%s复测通过。" % iso(d + timedelta(days=10)), [])]
    return md("pentest", t, d, True, parts, [export_line(co, d, co.p(5))])


def dev_plan(co, d):
    parts = [("背景", "客户要求缩短处置时长，SecOps 自研工具补足商业产品空白。", []),
             ("开发计划", ("table", [["工具", "内容", "负责人", "计划"], ["SOAR 剧本", "IP自动封禁、样本上报", co.p(1), "%dQ1" % (d.year + 1)],
                                  ["资产指纹探测", "互联网暴露面发现", co.p(5), "%dQ2" % (d.year + 1)]]), ["33/dev-plan"])]
    return md("dev_plan", "安全工具自研 Roadmap %d" % (d.year + 1), d, False, parts, [export_line(co, d, co.p(1))])


def sla(co, d, ways, core, health=True):
    parts = [("服务范围", "%s：%s。" % (co.customer, "、".join(co.systems)), [])]
    if ways:
        parts.append(("运维方式", "驻场值守（工作日1人）、定期巡检（每日远程、季度现场）、远程值守（7x24 SOC）。", ["35/sla"]))
    if health:
        parts.append(("健康检查服务", "检查方式：远程检查（每月）与现场检查（每季度）；检查内容：安全设备及业务系统的可用性、容量、冗余和配置；每次检查出具健康检查报告。",
                      ["15/agreement"]))
    if core:
        parts.append(("服务级别与核心指标", ("table", [["指标", "承诺"], ["核心系统可用率", "≥99.95%"], ["P1响应", "15分钟"], ["P1恢复", "4小时"],
                                                   ["高危漏洞通报", "24小时"]]), ["36/sla"]))
    parts.append(("签署", "甲方：%s（盖章）  乙方：%s（盖章）  %s" % (co.customer, co.name, cnd(d)), ["39/sla"]))
    return md("sla", "托管安全运营服务级别协议（SLA）", d, False, parts)


def emergency_plan(co, d, recovery):
    parts = [("总则", "适用于公司及托管客户的网络安全事件应急处置，依据《网络安全法》和国家网络安全事件应急预案。", []),
             ("组织与职责", "应急指挥组（组长CTO）、技术处置组（SRE/SecOps）、对外沟通组。", []),
             ("应急处置", ["监测预警、事件研判、分级响应、遏制与处置、信息通报。", "P1/较大及以上事件30分钟内启动响应。"], ["36/emergency-plan", "53/emergency-plan"])]
    if recovery:
        parts.append(("恢复策略", ["核心服务RTO 30分钟、RPO 5分钟；跨AZ切流、备份恢复、降级开关。"], ["36/recovery-plan", "55/plan"]))
    return md("emergency_plan", "网络安全事件应急预案", d, False, parts, approval(co, d, "ISMS-PL-02", "V2.%d" % (d.year % 10)))


def dr_plan(co, d):
    parts = [("范围", "%s 及其数据。" % "、".join(co.systems), []),
             ("恢复目标与步骤", ["RTO 1小时、RPO 15分钟；", "主AZ故障：DNS切换至备AZ，数据库提升从库，验证核心链路。"], ["36/recovery-plan"])]
    return md("dr_plan", "灾难恢复计划（DRP）", d, False, parts, approval(co, d, "ISMS-PL-03", "V1.%d" % (d.year % 10)))


def bcp(co, d):
    parts = [("业务影响分析", "核心业务：%s，最大可容忍中断1小时。" % co.sys(0), []),
             ("连续性策略", ["三AZ部署、异地备份、应急值守；", "关键供应商替代方案。"], ["42/bcp"]),
             ("批准", "本计划经信息安全委员会审批发布（%s）。" % cnd(d), [])]
    return md("bcp", "业务连续性计划（BCP）", d, False, parts, approval(co, d, "ISMS-PL-01", "V2.0"))


def gameday(co, d, kind):
    if kind == "dr":
        t, its, body = "DR 切换演练记录（%s）" % co.sys(0), ["40/recovery-drill"], ["14:00 主库下线；14:03 提升从库；14:11 业务恢复，RTO 11分钟，数据无丢失。"]
    else:
        t, its, body = "GameDay 演练记录：%s" % co.sys(1), ["40/emergency-drill", "53/drill"], ["混沌注入：网关节点随机宕机+勒索告警模拟；", "15:02 告警，15:06 ack，IC 拉群，15:20 隔离完成，15:41 恢复。"]
    parts = [("演练信息", "时间：%s；参与：%s、%s、%s；形式：实战。" % (cnd(d), co.p(0), co.p(1), co.p(2)), []),
             ("过程记录", body, its),
             ("评估与改进", ["告警分派延迟2分钟，已优化路由。"], [])]
    return md("drill", t, d, True, parts, [export_line(co, d, co.p(0))])


def csat(co, d, half):
    parts = [("调查说明", "面向%s IT部、安全部发放问卷，回收12份。" % co.customer, []),
             ("结果与分析", ("table", [["维度", "得分"], ["响应及时", 4.6], ["专业能力", 4.5], ["报告质量", 4.2], ["总体NPS", 42]]),
              ["41/surveys", "58/survey", "63/survey"]),
             ("改进", "报告质量得分最低，下期增加可视化。", [])]
    return md("csat", "客户满意度调研（%d%s）" % (d.year, half), d, True, parts)


def csat_trend(co, d):
    parts = [("趋势", ("table", [["期次", "总体满意度", "NPS"], ["2024H2", 4.1, 25], ["2025H1", 4.2, 31], ["2025H2", 4.4, 38], ["2026H1", 4.5, 42]]), ["41/trend"]),
             ("分析", "满意度连续上升，报告质量仍为短板。", [])]
    return md("csat_trend", "客户满意度趋势分析（%d）" % d.year, d, True, parts)


def callbacks(co, d):
    rows = [[iso(d - timedelta(days=30 * i)), co.cp(i), ["电话", "现场", "视频"][i % 3], ["满意", "建议加快报告", "满意"][i % 3], co.p(3)] for i in range(4)]
    return export("callbacks", "客户回访记录", d, True, [("回访", ["日期", "客户联系人", "方式", "反馈", "回访人"], rows, ["63/follow-up-visits"])])


def desk(co, d):
    parts = [("设立", "设立7x24服务台（SOC值班台），统一受理客户报障、服务请求和安全事件，电话及工单双渠道。", ["48/service-desk"]),
             ("人员", "L1值班分析师3人轮班，%s任服务台主管。" % co.p(5), [])]
    return md("desk", "关于设立7x24服务台的通知", d, False, parts, [("p", co.name)])


def desk_training(co, d):
    rows = [["培训主题", "服务台L1值班培训：工单分派、升级规则、话术"], ["时间", iso(d)], ["讲师", co.p(5)], ["姓名", "签到"]] + [[co.p(i), "已签"] for i in range(4)] + [[co.vp(0), "已签"]]
    return Doc("desk_training", "服务台人员培训签到", d, ["48/training"], True, sheets=[("签到", rows)])


def grading(co, d):
    parts = [("定级对象", co.sys(0), []), ("定级结果", "业务信息安全保护等级第三级，系统服务安全保护等级第三级，定为第三级，已向公安机关备案。", ["51/grading"])]
    return md("grading", "%s等级保护定级报告" % co.sys(0), d, False, parts)


def grading_criteria(co, d):
    parts = [("定级标准", ["依据GB/T 22240-2020，按受侵害客体和侵害程度确定业务信息和系统服务等级；", "对外提供服务、涉及个人信息超百万的系统原则上不低于第三级。"], ["51/grading-criteria"])]
    return md("grading_criteria", "信息系统安全等级定级指南（公司版）", d, False, parts, approval(co, d, "ISMS-G-05", "V1.1"))


def intel_weekly(co, d, full, txt=False):
    parts = [("本周漏洞通告", ["CVE-2026-%04d（某中间件远程代码执行）影响%s，已排查0台受影响。" % (co.rng.randint(1000, 9999), co.sys(0))], ["52/vulnerability", "53/bulletin"]),
             ("病毒与威胁", "新型勒索家族样本在行业内传播，EDR特征库已更新。", ["52/virus"])]
    if full:
        parts += [("业界动态与政策法规", ["《网络数据安全管理条例》配套标准发布；行业数据泄露事件2起。", "厂商安全通告：防火墙厂商发布补丁。"], ["52/policy"]),
                  ("分析与建议", "中间件漏洞利用已在野，建议本周内完成升级；暴露面复查。", ["52/analysis"])]
    return md("intel", "威胁情报与漏洞通告周报 %s" % wk(d), d, True, parts, [export_line(co, d, co.p(5))], txt)


def cr_export(co, d):
    rows = [["CR-%d" % (5100 + i), ["普通", "重大", "标准", "紧急"][i % 4], co.sys(i), "灰度50%%→100%%", "回滚：上一镜像版本", ["成功", "成功", "回滚", "成功"][i % 4],
             co.p(i), iso(d - timedelta(days=6 * i))] for i in range(8)]
    return export("changes", "CR 变更记录导出", d, True, [("CR", ["CR", "类型", "服务", "灰度计划", "回滚方案", "结果", "申请人", "日期"], rows,
                                                        ["54/records", "43/process-records"])], "变更平台导出 · %s" % iso(d))


def upgrade_plan(co, d):
    parts = [("变更内容", "K8s 集群 v1.26 升级至 v1.28（%s）。" % co.sys(0), []),
             ("测试计划", ["预发环境全量回归；性能压测（峰值1.5倍）；安全扫描。"], ["25/test-plan"]),
             ("回滚方案", ["保留旧版本节点池；失败时切回旧节点池并恢复etcd快照，30分钟内完成。"], ["25/rollback", "11/rollback"])]
    return md("upgrade", "CR-%s K8s 集群升级方案" % ymd(d), d, False, parts, [export_line(co, d, co.p(2))])


def baseline(co, d):
    rows = [["Linux", "SSH禁止root登录", "PermitRootLogin no"], ["Linux", "密码复杂度", "minlen=12"], ["K8s", "禁用匿名访问", "--anonymous-auth=false"],
            ["MySQL", "审计日志", "audit_log=ON"]]
    return export("baseline", "安全配置基线（%d）" % d.year, d, False, [("基线", ["对象", "检查项", "要求"], rows, ["25/baseline"])])


def compat(co, d):
    parts = [("背景", "CentOS 7 迁移至 Rocky Linux 9。", []),
             ("兼容性验证", ["网络兼容：网卡驱动、bond、iptables→nftables 通过；", "系统兼容：内核参数、时钟同步通过；", "应用兼容：%s 回归测试通过，JDK 版本无差异。" % co.sys(1)],
              ["11/compatibility"])]
    return md("compat", "OS 迁移兼容性验证报告", d, True, parts, [export_line(co, d, co.p(2))])


def requirements(co, d):
    parts = [("需求来源", "%s新建%s的需求评审。" % (co.customer, co.sys(2)), []),
             ("需求分析", ["功能：多租户、审计；", "性能：峰值3000 QPS，P99<300ms；", "安全：等保三级、数据加密、WAF防护。"], ["11/requirements"]),
             ("确认", "客户接口人%s确认（%s）。" % (co.cp(0), iso(d)), [])]
    return md("requirements", "%s 需求分析记录" % co.sys(2), d, True, parts, [export_line(co, d, co.p(3))])


def metrics(co, d):
    names = ["异常报告及时率", "异常漏报率", "维护作业计划及时完成率", "故障隐患发现率", "异常主动发现率", "问题解决率", "漏洞扫描覆盖率", "加固设备覆盖率",
             "安全补丁安装及时率", "安全事件次数"]
    vals = ["98.6%", "0.4%", "97.2%", "12", "91%", "93%", "100%", "96%", "94%", "3"]
    rows = [[n, v, "%d-%02d" % (d.year, d.month - 1 or 1)] for n, v in zip(names, vals)]
    return export("metrics", "运维指标采集表", d, True, [("指标", ["指标", "值", "月份"], rows, ["56/data"])])


def kpi_board(co, d, capa_sheet):
    sheets = [("监视测量", ["指标", "目标", "实际", "达成"], [["SLA达成率", "100%", "96%", "否"], ["客户满意度", "4.5", "4.5", "是"], ["投诉", "0", "1", "否"], ["MTTR", "<30min", "31min", "否"]],
               ["57/measurement"])]
    if capa_sheet:
        sheets.append(("纠正预防措施", ["编号", "不符合/未达成", "原因", "措施", "责任人", "验证结果"],
                       [["CAPA-%d-07" % d.year, "SLA达成率96%", "DDoS 期间切换慢", "高防预接入；演练", co.p(1), "已验证有效"]], ["57/capa", "66/effectiveness"]))
    return export("kpi", "%s 运维KPI与纠正措施" % q(d), d, True, sheets, "飞书表格导出 · %s" % iso(d))


def preventive(co, d):
    parts = [("风险识别", "根据近两季度趋势和红蓝对抗结果识别潜在风险：证书过期、单点依赖、弱口令。", []),
             ("预防措施", ("table", [["风险", "措施", "Owner", "期限"], ["证书过期", "证书自动续期+30天告警", co.p(2), "%s" % q(d)], ["单点依赖", "日志平台多AZ", co.p(0), "%dQ1" % (d.year + 1)]]),
              ["66/preventive-actions"])]
    return md("preventive", "稳定性风险治理与预防措施（%dH%d）" % (d.year, 1 if d.month <= 6 else 2), d, True, parts, [export_line(co, d, co.p(0))])


def improve_plan(co, d, criteria):
    parts = [("改进目标", "MTTR 降至25分钟；SLA达成率100%；满意度≥4.6。", ["64/plan", "68/plan"])]
    if criteria:
        parts.append(("改进机会评估标准", "按 影响（1-5）× 紧急度（1-5）÷ 投入（人周）打分，≥5 分立项；立项须SRE负责人批准，每季度测量并报告。", ["64/criteria"]))
    return md("improve_plan", "%dH2 稳定性持续改进计划" % d.year, d, False, parts, [export_line(co, d, co.p(0))])


def backlog(co, d, scored, tracked):
    sheets = []
    rows = [["IMP-%02d" % i, t, s, "已批准（%s）" % co.boss if s >= 5 else "暂缓"] for i, (t, s) in enumerate([("SOAR自动封禁", 9.0), ("日志平台多AZ", 6.5), ("报告可视化", 5.0), ("值班工具替换", 2.0)], 1)]
    if scored:
        sheets.append(("评估排序", ["编号", "改进机会", "得分", "批准"], rows, ["67/analysis", "67/prioritisation"]))
    if tracked:
        sheets.append(("跟踪", ["编号", "目标", "状态", "测量结果", "季度汇报"], [["IMP-01", "封禁时长<2分钟", "已上线", "平均1.3分钟", q(d)], ["IMP-02", "日志可用率99.9%", "实施中", "-", q(d)]],
                       ["68/implementation", "68/effectiveness"]))
    if not sheets:
        sheets.append(("评估排序", ["编号", "改进机会", "得分", "批准"], [], []))
    return export("backlog", "改进 Backlog", d, True, sheets, "Jira 导出 · 项目 IMPROVE · %s" % iso(d))


def improve_training(co, d):
    rows = [["分享主题", "Blameless 复盘文化与持续改进"], ["时间", iso(d)], ["讲师", co.p(0)], ["姓名", "签到"]] + [[co.p(i), "✓"] for i in range(6)]
    return Doc("improve_training", "技术分享会签到：Blameless 复盘与持续改进", d, ["69/awareness-training"], True, sheets=[("签到", rows)])


def internal_audit(co, d):
    parts = [("审核范围与依据", "依据 ISO/IEC 20000-1、ISO/IEC 27001 和客户SLA，覆盖SRE、SecOps、交付、合规。", []),
             ("审核发现", ["不符合2项：CR回滚方案缺失1次；知识条目未评审3条。", "观察项3项。"], ["59/internal-audit"]),
             ("结论", "体系运行基本有效，满足标准要求和客户要求。", [])]
    return md("audit", "%d年内部审核报告" % d.year, d, True, parts, approval(co, d, "ISMS-R-15", "—"))


def mgmt_review(co, d, inputs):
    parts = [("会议信息", "%s，主持：%s；议程：1 体系运行回顾 2 OKR 复盘 3 下季度招聘。" % (cnd(d), co.boss), [])]
    lines = {"perf": ("服务和流程执行情况及符合性", "SLA达成率96%，变更成功率98.4%，内审不符合2项已关闭。", ["59/management-review", "60/performance"]),
             "fb": ("客户反馈", "满意度4.5，投诉1起（报告延迟）。", ["60/customer-feedback"]),
             "res": ("资源水平（当前与预测）", "当前SOC 9人；预计明年新增2家客户需增3人。", ["60/resources"]),
             "ca": ("纠正措施进展", "CAPA 7项，已关闭5项。", ["60/corrective-actions"]),
             "chg": ("可能影响服务的变更", "云厂商机房迁移、等保新标准。", ["60/changes"]),
             "imp": ("改进机会", "SOAR自动化、报告可视化。", ["60/improvements"])}
    for k in inputs:
        parts.append(lines[k])
    parts.append(("其他议题", "下季度招聘：SRE 2人。", []))
    return md("mgmt_review", "%d年度管理评审会议纪要" % d.year, d, True, parts)


def forecast(co, d):
    parts = [("数据汇总", "近12个月日志量+38%、变更+22%、Incident -15%、服务请求+30%、问题单41个。", []),
             ("服务预测", ["%d年预计日志量再增40%%，需扩容存储；请求量增长需上线自助门户；事件以Web攻击为主。" % (d.year + 1)], ["71/forecast"])]
    return md("forecast", "%d 容量与服务量预测" % (d.year + 1), d, True, parts, [export_line(co, d, co.p(0))])


# ------------------------------------------------------------------ documents that prove no clause

def oncall(co, d):
    rows = [[iso(d + timedelta(days=7 * i)), co.p(i % 3), co.p(3 + i % 3), co.vp(i % 3)] for i in range(5)]
    return Doc("oncall", "On-call 排班表", d, [], True, sheets=[("排班", [["On-call 排班 %d-%02d" % (d.year, d.month)], ["周起", "Primary", "Secondary", "SOC驻场"]] + rows)])


def weekly(co, d):
    parts = [("1 上周 Incident 回顾", "P2 1起，已复盘。", []), ("2 本周变更", "CR 6个，均在窗口内。", []), ("3 OKR 进展", "KR2 完成60%。", [])]
    return md("weekly", "SRE 周会纪要 %s" % wk(d), d, True, parts, [export_line(co, d, co.p(0))])


def okr(co, d):
    rows = [["O1 稳定性", "KR1 核心SLO 99.95%", "70%"], ["O1", "KR2 MTTR<25min", "60%"], ["O2 安全运营", "KR1 高危漏洞24h修复率95%", "80%"]]
    return Doc("okr", "%s OKR" % q(d), d, [], True, sheets=[("OKR", [["%s SRE&SecOps OKR" % q(d)], ["Objective", "Key Result", "进度"]] + rows)])


def freeze(co, d):
    parts = [("通知", "为保障双十一大促，%s 00:00 至 %s 24:00 进入变更冻结，仅允许紧急变更，须CTO审批。" % (iso(d), iso(d + timedelta(days=12))), [])]
    return md("freeze", "变更冻结通知（%d 双十一）" % d.year, d, True, parts, [("p", co.name)])


def vuln_scan(co, d):
    rows = [["10.0.%d.%d" % (i, 10 + i), "CVE-2025-%04d" % (1000 + 37 * i), ["高", "中", "低"][i % 3]] for i in range(6)]
    return Doc("vuln_scan", "漏洞扫描结果导出", d, [], True, sheets=[("结果", [["扫描任务 weekly-ext %s" % iso(d)], ["IP", "漏洞", "等级"]] + rows)])


def near_miss_kpi(co, d):
    rows = [[co.p(i), "应急演练记录完整率、变更记录完整率、满意度调查完成率", "%d" % (80 + i)] for i in range(5)]
    return decoy(Doc("kpi", "%s 个人绩效考核" % q(d), d, [], True, sheets=[("绩效", [["个人绩效考核"], ["姓名", "考核项", "得分"]] + rows)]),
                 "KPI sheet naming record kinds")


def gameday_plan(co, d):
    parts = [("目的", "检验《网络安全事件应急预案》和 Playbook。", []), ("场景", "网关节点宕机+勒索告警。", []), ("安排", "计划%s。" % iso(d + timedelta(days=20)), [])]
    return decoy(md("drill_plan", "GameDay 演练方案（%s）" % q(d), d, False, parts), "drill plan, neither the plan nor the record")


def confirm(co, d):
    parts = [("确认内容", "本月驻场工程师%s完成驻场值守，服务工作量22人天，客户确认无异议。" % co.vp(0), [])]
    return decoy(md("confirm", "驻场服务月度确认单（%d-%02d）" % (d.year, d.month), d, True, parts), "mentions on-site staff, is no staff list")


def signin(co, d, plan):
    rows = [["培训主题", "《%s》宣贯" % plan], ["时间", iso(d)], ["姓名", "签到"]] + [[co.p(i), "✓"] for i in range(6)]
    return decoy(Doc("training", "《%s》宣贯签到" % plan, d, [], True, sheets=[("签到", rows)]), "training record about a plan")


def doc_control(co, d, cites):
    b = [("title", "文件与记录控制程序")] + approval(co, d, "ISMS-P-01", "V2.0") + [
        ("h1", "1 目的"), ("p", "规定体系文件的编制、评审、发布、变更和作废。"), ("h1", "2 现行体系文件")] + [("p", "《%s》" % c) for c in cites] + [
        ("h1", "3 记录"), ("p", "记录保存期限不少于三年。")]
    return decoy(Doc("doccontrol", "文件与记录控制程序", d, [], False, b), "procedure citing procedures by 《》")


def register(co, d, cites):
    rows = [[i, c, "V%d.0" % (1 + i % 3), "合规"] for i, c in enumerate(cites, 1)]
    return decoy(Doc("register", "体系文件清单", d, [], True, sheets=[("清单", [["体系文件清单 %d" % d.year], ["序号", "文件", "版本", "Owner"]] + rows)]),
                 "list of document names")


def mr_procedure(co, d):
    b = [("title", "管理评审程序")] + approval(co, d, "ISMS-P-18", "V1.2") + [
        ("h1", "1 频次"), ("p", "每年至少一次。"), ("h1", "2 输入"),
        ("p", "客户反馈、服务和流程的执行情况和符合性、当前和预测资源水平、纠正措施进展、可能影响服务的变更、改进的机会。"), ("h1", "3 输出"), ("p", "管理评审报告。")]
    return decoy(Doc("mrproc", "管理评审程序", d, [], False, b), "procedure, not the review record")


def mr_notice(co, d):
    parts = [("通知", "定于%s召开年度管理评审会议，请各团队准备服务执行情况、客户反馈、资源、纠正措施和改进建议材料。" % iso(d + timedelta(days=14)), [])]
    return decoy(md("mrnotice", "关于召开%d年度管理评审会议的通知" % d.year, d, True, parts), "meeting notice, not the review record")


def pm_guide(co, d):
    parts = [("何时写复盘", "P0/P1 必写。"), ("模板结构", "概要、时间线、根因、影响、Action Items。"), ("原则", "Blameless。")]
    return decoy(md("guide", "Postmortem 写作指南", d, False, [(h, b, []) for h, b in parts]), "template guide, not a postmortem")


UNRELATED_I = [
    ("hr", "招聘", "2027届校园招聘计划（SRE/安全方向）", ["岗位：SRE工程师5人、安全工程师3人。", "流程：笔试、两轮技术面、HR面。"]),
    ("mkt", "市场", "托管安全运营（MSS）产品白皮书", ["7x24 SOC，分钟级响应。", "典型客户案例：零售、物流、制造。"]),
    ("fin", "财务", "费用报销管理办法（2026修订）", ["差旅住宿标准一线城市550元/晚。", "报销须在30天内提交。"]),
    ("team", "行政", "2026年秋季团建活动通知", ["时间：10月下旬，地点：千岛湖。", "请于本周五前在飞书报名。"]),
    ("it", "行政", "办公网Wi-Fi与打印机使用说明", ["访客Wi-Fi每日更换密码。", "打印机需刷工卡。"]),
]


def unrelated(co, d, i):
    _, folder, t, paras = UNRELATED_I[i]
    return folder, t, decoy(md("unrelated", t, d, False, [(None, paras, [])]), "unrelated")


# ------------------------------------------------------------------ the share

class Share:
    """What one I share has written so far: the documents it never wrote (gaps), those whose only
    copy is more than a year old (olds), and the fresh records that may have an archived copy."""

    def __init__(self, co, gaps=(), olds=()):
        self.co, self.gaps, self.olds, self.made = co, set(gaps), set(olds), []

    def add(self, rel, doc, **opt):
        # about half the wiki exports keep their heading styles, the rest are plain paragraphs
        opt.setdefault("styled", self.co.rng.random() < 0.6)
        self.co.add(rel, doc, **opt)

    def slot(self, k, name, factory, age="record", **opt):
        """One document of kind k, unless the share never wrote it; dated by its age."""
        if k in self.gaps:
            return None
        co = self.co
        when = co.old() if k in self.olds else (co.issued() if age == "issued" else co.fresh())
        doc = factory(when)
        self.add(name(when), doc, **opt)
        if doc.items and doc.record and k not in self.olds:
            self.made.append((name, factory, when))
        return doc


def build(co, lock_bytes):
    """Lay out an I share: compliance/ (管理手册, 管理规范, 审核), sre/ (Runbook, SLO, Postmortem,
    CR), secops/ (Playbook, 情报, 渗透测试, 日志审计), infra/ (CMDB, 基线), customers/<客户>/
    (onboarding, SLA, 健康检查, 满意度), by quarter; older copies under archive/, decoys."""
    co.cust, co.oncall, co.wiki, co.im, co.siem = I_INFO[co.info_id]
    r = co.rng
    CP, SRE, SEC, INF, CU = "compliance/", "sre/", "secops/", "infra/", "customers/%s/" % co.cust
    optional = ["budget", "history", "toil", "ola", "staff", "roles", "requirements", "compat", "upgrade", "baseline", "collect", "kb",
                "pentest_plan", "pentest", "dev_plan", "dr", "bcp", "drdrill", "csat_trend", "callbacks", "desk_training", "metrics",
                "kpi", "preventive", "improve_plan", "backlog", "improve_training", "audit", "review", "forecast", "grading",
                "grading_criteria", "interface", "cmdb", "ci_updates", "sec_quarter", "health", "log_audit", "slo_plan", "sli", "postmortem"]
    gaps = {k for k in optional if r.random() < 0.08}
    olds = set(r.sample(sorted({"toil", "pentest", "csat_trend", "callbacks", "kb", "audit", "log_audit", "drdrill", "improve_training",
                                "metrics", "collect", "desk_training", "postmortem", "ci_updates", "sec_quarter", "health"} - gaps), 3))
    sh = Share(co, gaps, olds)
    add, slot, made = sh.add, sh.slot, sh.made

    # --- compliance: the 管理手册 holds some 规范 as chapters, the rest filed alone
    keys = [k for k in I_RULES if r.random() >= 0.06]
    in_manual = [k for k in keys if r.random() < 0.35]
    pdca = r.random() < 0.9
    d = co.issued()
    add(CP + "ISMS/ISMS-M-01 运维服务与信息安全管理手册 V3.%d.pdf" % (d.year - 2023), manual(co, d, in_manual, pdca), meta_title=r.random() < 0.5)
    for k in keys:
        if k in in_manual:
            continue
        d = co.issued()
        doc = rule_doc(co, d, k, r.choice(["V1.0", "V1.2", "V2.0", "V2.1"]))
        code = I_RULES[k][1]
        add(CP + "ISMS/%s %s.%s" % (code, doc.title, r.choice(["docx", "docx", "pdf"])), doc, meta_title=r.random() < 0.4)
    for k in ("access", "crypto", "oss"):
        if r.random() < 0.7:
            add(CP + "ISMS/%s.docx" % I_OTHER[k][0], other_doc(co, co.issued(), k))

    # --- Runbooks and Playbooks: a collection and single ones
    mods = list(RUNBOOKS)
    in_book = sorted(r.sample(mods, r.randint(2, 4)), key=mods.index)
    d = co.issued()
    add(SEC + "runbook/SecOps_Runbook_合集_%s.pdf" % q(d), runbook_book(co, d, in_book))
    for k in mods:
        if k in in_book or r.random() < 0.25:
            continue
        d = co.issued()
        if r.random() < 0.35:
            co.add(SEC + "runbook/%s.md.txt" % RUNBOOKS[k][0].replace("/", "_"), runbook(co, d, k, txt=True))
        else:
            add(SEC + "runbook/%s Runbook.docx" % RUNBOOKS[k][0].replace("/", "_"), runbook(co, d, k))

    # --- customers/<客户>: onboarding documents (do not age), SLA, health checks, satisfaction
    d0 = co.issued()
    add(CU + "onboarding/%s托管安全运营需求调研报告.docx" % co.customer, survey(co, d0, r.random() < 0.88, r.random() < 0.85))
    slot("budget", lambda d: CU + "onboarding/项目预算_%s.xlsx" % ymd(d), lambda d: budget(co, d), "issued")
    d = d0 + timedelta(days=9)
    add(CU + "onboarding/%s 项目启动会纪要.%s" % (ymd(d), r.choice(["docx", "pdf"])), kickoff(co, d))
    parts_on = [p for p in ("list", "analysis", "strategy") if r.random() < 0.85]
    slot("history", lambda d: CU + "onboarding/运维现状评估（历史数据）.docx", lambda d: history(co, d, parts_on), "issued")
    d = co.issued()
    add(CU + "contract/托管安全运营服务级别协议（SLA）_%s盖章版.pdf" % ymd(d), sla(co, d, r.random() < 0.9, r.random() < 0.85, r.random() < 0.85))
    slot("requirements", lambda d: CU + "projects/%s 需求分析记录.docx" % co.sys(2), lambda d: requirements(co, d))
    for i in range(r.randint(1, 2)):
        slot("health", lambda d: CU + "health/%s/%s 健康检查报告_%s.pdf" % (q(d), q(d), ymd(d)), lambda d: health(co, d))
    halves = [(date(2025, 6, 20), "H1"), (date(2025, 12, 18), "H2"), (date(2026, 6, 22), "H1")]
    for d, h in halves:
        if r.random() < 0.8:
            add(CU + "csat/%d%s 客户满意度调研.%s" % (d.year, h, r.choice(["docx", "pdf"])), csat(co, d, h))
    slot("csat_trend", lambda d: CU + "csat/满意度趋势分析_%d.docx" % d.year, lambda d: csat_trend(co, d))
    slot("callbacks", lambda d: CU + "csat/客户回访记录_%s.xlsx" % q(d), lambda d: callbacks(co, d))
    for i in range(2):
        d = co.fresh()
        name = CU + "reports/%d-%02d 驻场服务确认单.pdf" % (d.year, d.month)
        if name not in co.used:
            add(name, confirm(co, d))

    # --- organisation, catalogue, OLA
    d = co.issued()
    roles = "roles" not in gaps
    add(CP + "org/安全组织架构与角色_%d.pdf" % d.year, org(co, d, roles, True))
    slot("staff", lambda d: CP + "org/运维人员清单_%s.xlsx" % ymd(d), lambda d: staff(co, d, r.random() < 0.85), "issued")
    slot("interface", lambda d: CP + "org/关于指定网络安全管理接口人的通知.%s" % r.choice(["docx", "pdf", "txt"]), lambda d: interface(co, d), "issued")
    d = co.issued()
    add(CP + "org/关于设立7x24服务台的通知.docx", desk(co, d))
    slot("desk_training", lambda d: SEC + "training/%s 服务台L1值班培训签到.xlsx" % ymd(d), lambda d: desk_training(co, d))
    lv = r.choice([("l1", "l2"), ("l1", "l2"), ("l2",), ("l1",), ()])
    d = co.issued()
    add(CU + "contract/服务目录_%d.xlsx" % d.year, catalog(co, d, lv))
    slot("ola", lambda d: SRE + "slo/OLA_与第三方服务级别设计.docx", lambda d: ola(co, d, r.random() < 0.85), "issued")

    # --- SRE: SLO, incidents, postmortems, changes, DR
    slot("sli", lambda d: SRE + "slo/SLI-SLO指标清单_%d.xlsx" % d.year, lambda d: sli_list(co, d))
    slot("slo_plan", lambda d: SRE + "slo/%d年SLO与可用性保障计划.docx" % d.year, lambda d: slo_plan(co, d))
    for m in sorted(r.sample(range(6, 12), r.choice([2, 3]))):
        d = date(2026, m, 3 + r.randint(0, 5))
        add(SRE + "slo/%s月报/%d%02d_SLO月报.%s" % (q(d), d.year, m - 1, r.choice(["pdf", "docx"])), slo_report(co, d, r.random() < 0.6))
    d = co.fresh()
    add(SRE + "incident/%s_incidents_export.xlsx" % ymd(d), incidents_export(co, d, r.random() < 0.75))
    slot("postmortem", lambda d: SRE + "postmortem/%s/%s-%s-P1复盘.docx" % (q(d), ymd(d), co.sys(0)), lambda d: postmortem(co, d, r.random() < 0.75))
    d = co.fresh()
    add(SRE + "postmortem/%s/%s-网关5xx-P2复盘.%s" % (q(d), ymd(d), r.choice(["docx", "pdf"])), postmortem(co, d, False))
    slot("toil", lambda d: SRE + "analysis/Toil分析与自动化机会_%s.docx" % q(d), lambda d: toil(co, d, r.random() < 0.8))
    d = co.fresh()
    add(SRE + "change/CR导出_%s.xlsx" % ymd(d), cr_export(co, d))
    slot("upgrade", lambda d: SRE + "change/CR-%s K8s升级方案.docx" % ymd(d), lambda d: upgrade_plan(co, d), "issued")
    slot("compat", lambda d: INF + "迁移/OS迁移兼容性验证报告_%s.pdf" % ymd(d), lambda d: compat(co, d))
    d = co.issued()
    add(SEC + "应急/网络安全事件应急预案 V2.%d.pdf" % (d.year % 10), emergency_plan(co, d, r.random() < 0.8))
    slot("dr", lambda d: SRE + "dr/灾难恢复计划（DRP）.docx", lambda d: dr_plan(co, d), "issued")
    slot("bcp", lambda d: CP + "BCP/业务连续性计划（BCP）V2.0.pdf", lambda d: bcp(co, d), "issued")
    slot("drdrill", lambda d: SRE + "dr/%s DR切换演练记录.docx" % ymd(d), lambda d: gameday(co, d, "dr"))
    if r.random() < 0.9:
        d = co.fresh()
        add(SRE + "gameday/%s/GameDay_%s_记录.%s" % (q(d), ymd(d), r.choice(["docx", "pdf"])), gameday(co, d, "gameday"))
    slot("forecast", lambda d: SRE + "capacity/%d容量与服务量预测.docx" % (d.year + 1), lambda d: forecast(co, d))

    # --- infra: CMDB, baseline, collection
    relc = r.random() < 0.7
    slot("cmdb", lambda d: INF + "cmdb/CMDB导出_%s.xlsx" % ymd(d), lambda d: cmdb(co, d, relc))
    slot("ci_updates", lambda d: INF + "cmdb/CI变更历史_%s.xlsx" % q(d), lambda d: ci_history(co, d))
    slot("baseline", lambda d: INF + "安全配置基线_%d.xlsx" % d.year, lambda d: baseline(co, d), "issued")
    which = [w for w in ("config", "traffic", "status") if r.random() < 0.85]
    slot("collect", lambda d: INF + "monitoring/安全信息采集_%s.xlsx" % ymd(d), lambda d: collect(co, d, which))
    slot("kb", lambda d: SRE + "kb/知识库导出_%s.xlsx" % ymd(d), lambda d: kb(co, d))

    # --- secops: device ops, logs, intel, incidents, pentest
    kinds = [k for k in ("maint", "insp", "virus", "fault", "upgrade") if r.random() < 0.75] or ["maint"]
    d = co.fresh()
    add(SEC + "ops/%s/SECOPS任务导出_%s.xlsx" % (q(d), ymd(d)), ops_workbook(co, d, kinds, r.random() < 0.6))
    for i in range(r.randint(1, 2)):
        slot("log_audit", lambda d: SEC + "audit/%s/安全日志审计周报_%s_%s.%s" % (q(d), wk(d), ymd(d), r.choice(["docx", "txt", "pdf"])), lambda d: log_audit(co, d, False))
    for i in range(r.randint(2, 3)):
        d = co.fresh()
        ext = r.choice(["pdf", "docx", "txt"])
        name = SEC + "intel/威胁情报周报_%s.%s" % (wk(d), ext)
        if name not in co.used:
            add(name, intel_weekly(co, d, r.random() < 0.7, txt=ext == "txt"))
    slot("sec_quarter", lambda d: SEC + "report/%s安全事件统计分析.docx" % q(d), lambda d: sec_quarter(co, d, r.random() < 0.75))
    slot("pentest_plan", lambda d: SEC + "pentest/%d渗透测试与红蓝对抗计划.docx" % d.year, lambda d: pentest_plan(co, d))
    slot("pentest", lambda d: SEC + "pentest/%s_%s渗透测试报告.pdf" % (ymd(d), co.sys(1)), lambda d: pentest_report(co, d, False))
    if r.random() < 0.6:
        d = co.fresh()
        add(SEC + "pentest/%d红蓝对抗总结报告.pdf" % d.year, pentest_report(co, d, True))
    slot("dev_plan", lambda d: SEC + "roadmap/安全工具自研Roadmap_%d.docx" % (d.year + 1), lambda d: dev_plan(co, d))
    d = co.fresh()
    add(SEC + "scan/%s_weekly-ext.xlsx" % ymd(d), vuln_scan(co, d))
    slot("grading", lambda d: CP + "等保/%s定级报告.pdf" % co.sys(0), lambda d: grading(co, d), "issued")
    slot("grading_criteria", lambda d: CP + "等保/信息系统安全等级定级指南.docx", lambda d: grading_criteria(co, d), "issued")

    # --- 监视评审 and 改进
    slot("metrics", lambda d: SRE + "report/运维指标采集表_%d%02d.xlsx" % (d.year, d.month), lambda d: metrics(co, d))
    capa_sheet = r.random() < 0.8
    slot("kpi", lambda d: CP + "review/%s_运维KPI与纠正措施.xlsx" % q(d), lambda d: kpi_board(co, d, capa_sheet))
    slot("preventive", lambda d: SRE + "reliability/稳定性风险治理与预防措施_%dH%d.docx" % (d.year, 1 if d.month <= 6 else 2), lambda d: preventive(co, d))
    slot("improve_plan", lambda d: SRE + "reliability/%dH2稳定性持续改进计划.docx" % d.year, lambda d: improve_plan(co, d, r.random() < 0.8))
    sc, tr = r.random() < 0.8, r.random() < 0.8
    slot("backlog", lambda d: SRE + "reliability/改进Backlog_%s.xlsx" % ymd(d), lambda d: backlog(co, d, sc, tr))
    slot("improve_training", lambda d: SRE + "分享会/%s Blameless复盘分享签到.xlsx" % ymd(d), lambda d: improve_training(co, d))
    slot("audit", lambda d: CP + "audit/%d内部审核报告.pdf" % d.year, lambda d: internal_audit(co, d))
    inputs = [k for k in ("perf", "fb", "res", "ca", "chg", "imp") if r.random() < 0.88]
    slot("review", lambda d: CP + "review/%d管理评审会议纪要.docx" % d.year, lambda d: mgmt_review(co, d, inputs))

    # --- working documents that prove no clause
    d = date(2026, 11, 2)
    add(SRE + "oncall/oncall_%d%02d.xlsx" % (d.year, d.month), oncall(co, d))
    for w in sorted(r.sample(range(40, 47), 2)):
        d = date(2026, 1, 1) + timedelta(days=7 * (w - 1) + 2)
        add(SRE + "weekly/SRE周会_%s.%s" % (wk(d), r.choice(["docx", "txt"])), weekly(co, d))
    d = co.fresh()
    add(CP + "OKR/%s_OKR.xlsx" % q(d), okr(co, d))
    d = date(2026, 11, 1)
    add(SRE + "change/变更冻结通知_双十一_%d.docx" % d.year, freeze(co, d))

    # --- last year's copies of some records, moved whole to archive/<year>/ by the team's
    # yearly clean-up: they belong, but are stale
    for name, factory, when in list(made):
        if r.random() < 0.2:
            before = when - timedelta(days=364)
            rel = "archive/%d/%s" % (before.year, name(before))
            if rel not in co.used:
                add(rel, factory(before))

    decoys(co, lock_bytes)


def decoys(co, lock_bytes):
    r = co.rng
    CP, SRE, SEC, CU = "compliance/", "sre/", "secops/", "customers/%s/" % co.cust
    add = Share(co).add

    # templates
    add(SRE + "templates/Postmortem模板.docx", blank_text("Postmortem 模板", co.fresh(), ["概要", "时间线", "根因", "影响", "Action Items"]))
    add(SRE + "templates/CR模板.xlsx", blank_sheet("CR 变更申请", co.fresh(), ["CR", "变更内容", "影响范围", "灰度计划", "回滚方案", "审批"]))
    add(CU + "templates/SLA模板.docx", blank_text("托管安全运营服务级别协议（模板）", co.fresh(), ["服务范围", "运维方式", "服务级别与核心指标", "签署"]))
    add(SEC + "templates/健康检查报告模板.docx", blank_text("健康检查报告（模板）", co.fresh(), ["检查方式", "检查结果", "结论"]))
    add(CU + "csat/满意度问卷模板.docx", blank_text("客户满意度问卷（模板）", co.fresh(), ["响应及时", "专业能力", "报告质量", "建议"]))
    add(SRE + "templates/Postmortem写作指南.docx", pm_guide(co, co.issued()))
    # drafts / WIP
    d = co.fresh()
    add(CP + "BCP/WIP_业务连续性计划V3.0_草稿.docx", decoy(bcp(co, d), "draft", mark="（草稿）"))
    d = co.fresh()
    add(CU + "contract/SLA_v0.3_draft.docx", decoy(sla(co, d, True, True), "draft", mark="（draft）"))
    d = co.fresh()
    add(SRE + "reliability/[WIP]%dH1稳定性持续改进计划.docx" % (d.year + 1), decoy(improve_plan(co, d, True), "draft", mark="（WIP）"))
    # deprecated
    d = date(2022, 4, 11)
    add(CP + "ISMS/deprecated/ISMS-P-08 问题管理规范 V0.9【作废】.docx", decoy(rule_doc(co, d, "problem", "V0.9"), "obsolete", mark="【作废】"))
    d = date(2021, 10, 8)
    add(SEC + "应急/deprecated/网络安全事件应急预案 V1.0（已废止）.pdf", decoy(emergency_plan(co, d, True), "obsolete", mark="（已废止）"))
    # recycle bins / trash
    d = co.fresh()
    add(".Trash-1000/files/%s_incidents_export.xlsx" % ymd(d), decoy(incidents_export(co, d, True), "recycle bin"))
    d = co.fresh()
    add("#recycle/sre/GameDay_%s_记录.docx" % ymd(d), decoy(gameday(co, d, "gameday"), "recycle bin"))
    # lock files and empty files
    office = [rel for rel, fmt, _, _ in co.files if fmt in ("docx", "xlsx")]
    for rel in office[2:70:14]:
        folder, _, base = rel.rpartition("/")
        owner = "~$" + base[2:] if len(base) > 6 else "~$" + base
        co.raw(folder + "/" + owner if folder else owner, lock_bytes(co.p(2)), "Office lock file")
    co.raw(SRE + "change/.~lock.CR导出.xlsx#", (",%s,mbp-%s,12.11.2026 10:21,file:///Users/%s/Library/Application%%20Support/LibreOffice/4;" % (
        co.p(2), co.short.lower(), co.short.lower())).encode("utf-8"), "LibreOffice lock file")
    co.raw(SRE + "gameday/2026Q4/GameDay_20261120_记录.docx", b"", "empty file")
    co.raw(CU + "csat/2026H2 客户满意度调研.docx", b"", "empty file")
    co.raw(SEC + "audit/2026Q4/安全日志审计周报_2026-W47.txt", b"", "empty file")
    # training about plans, documents that cite or announce
    for plan in ("网络安全事件应急预案", "变更管理规范", "勒索病毒处置 Playbook"):
        if r.random() < 0.8:
            d = co.fresh()
            add(SEC + "training/%s《%s》宣贯签到.xlsx" % (ymd(d), plan), signin(co, d, plan))
    cites = [I_RULES[k][0] for k in ("incident", "problem", "change", "knowledge", "slm", "secinc", "improve")]
    add(CP + "ISMS/ISMS-P-01 文件与记录控制程序.docx", doc_control(co, co.issued(), cites))
    add(CP + "ISMS/体系文件清单_%d.xlsx" % 2026, register(co, co.fresh(), cites))
    add(CP + "ISMS/ISMS-P-18 管理评审程序.pdf", mr_procedure(co, co.issued()))
    d = co.fresh()
    add(CP + "review/关于召开%d年度管理评审会议的通知.docx" % d.year, mr_notice(co, d))
    d = co.fresh()
    add(SRE + "gameday/GameDay演练方案_%s.docx" % q(d), gameday_plan(co, d))
    d = co.fresh()
    add("hr/绩效/%s_个人绩效考核.xlsx" % q(d), near_miss_kpi(co, d))
    # unrelated
    for i in sorted(r.sample(range(len(UNRELATED_I)), 3)):
        folder, t, doc = unrelated(co, co.fresh(), i)
        add("%s/%s.%s" % ({"招聘": "hr", "市场": "marketing", "财务": "finance", "行政": "admin"}[folder], t, r.choice(["docx", "pdf"])), doc)
